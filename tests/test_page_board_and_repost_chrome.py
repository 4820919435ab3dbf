"""Chrome by structure: a readers' board or comment box under its own label (in any markup), and a feed item that
shares another account's post with an inline repost mark ("RT @user: …"). Their credits, dates and services are
readers' guesses or other works' news, never this work's facts."""
from __future__ import annotations

import pytest

from extract_helpers import facts


def _article(extra: str) -> str:
    return ("<html><head><title>Moorglass Relay TV anime | AnimeWire</title></head><body><main><article>"
            "<h1>Moorglass Relay TV anime premieres in April</h1>"
            "<p>The TV anime Moorglass Relay premieres April 8, 2027. Director: Kaito Hanazawa. "
            "Animation production: Studio Lumenfold.</p>"
            "<p>The story follows a courier girl who carries letters across a drowned city of glass towers.</p>"
            + extra + "</article></main></body></html>")


def _site(extra: str) -> str:
    return ("<html><head><title>TVアニメ「霧硝子リレー」公式サイト</title></head><body><main>"
            "<section><h2>NEWS</h2><p>TVアニメ「霧硝子リレー」2027年4月8日放送開始！監督：花沢海斗、アニメーション制作：スタジオルーメン。</p>"
            "<p>硝子の塔が沈んだ街で、手紙を運ぶ少女の物語。</p></section>"
            + extra + "</main></body></html>")


# ------------------------------------------------------------------ a readers' board or comment box, by its label
BOARDS = [
    # a database page's topic list under a board heading, a quoted post after each topic
    ('<h2>Recent Forum Discussion</h2><ul><li><a href="/t/1">Wrong studio?</a> by reedling — "Animation production:'
     ' Studio Pinwheel, says the leak"</li><li><a href="/t/2">Staff</a> by mote — "Netflix streams it from May 2"</li></ul>',
     "Netflix"),
    # a bold label opening a box of signed lines (hashed classes, no heading)
    ('<div class="sc-a1b2"><b>User comments</b><div><i>kelp</i>: Netflix streaming it May 2 I think?</div>'
     '<div><i>orrin</i>: Director: Sora Imai, per a leak.</div></div>', "Netflix"),
    # a paragraph label over a list, Japanese
    ("<div class=\"css-q9z\"><p>この記事へのみんなの声</p><ul><li>監督：今井ソラって本当？</li>"
     "<li>エンディングテーマはグラスハーバー「紙の潮」だと思ってた</li></ul></div>", "グラスハーバー"),
    # a span label, "Forums"
    ('<div class="x7"><span>Forums</span><ul><li>Ending theme: "Paper Tide" by Glass Harbor, surely</li>'
     '<li>Netflix will get it, I bet</li></ul></div>', "Glass Harbor"),
    # a Japanese board heading
    ("<h3>関連スレッド</h3><ul><li>霧硝子リレー 監督：今井ソラ</li><li>エンディングテーマ：グラスハーバー「紙の潮」</li></ul>",
     "グラスハーバー"),
    # a strong label, "Discussion threads", over items
    ('<div><strong>Discussion threads</strong><ul><li>Director: Sora Imai</li><li>Opening theme: "Paper Tide" by Glass'
     ' Harbor</li></ul></div>', "Sora Imai"),
    # an ordered list under "Latest threads"
    ("<h4>Latest threads</h4><ol><li>Opening theme is \"Paper Tide\" by Glass Harbor?</li><li>Hulu has it too</li></ol>",
     "Glass Harbor"),
    # a message board heading with a count
    ('<h2>Message Board (2)</h2><div><p>Director: Sora Imai, my cousin says</p><p>Netflix, April 1</p></div>', "Sora Imai"),
    # a Japanese em label over a list of thread titles
    ("<div><em>スレ一覧</em><ul><li>監督：今井ソラ</li><li>オープニングテーマ：グラスハーバー「紙の潮」</li></ul></div>", "グラスハーバー"),
]


@pytest.mark.parametrize("board,foreign", BOARDS)
def test_a_labelled_board_gives_no_fact(board, foreign):
    page = _site(board) if any("\u3040" <= ch <= "\u30ff" for ch in board) else _article(board)
    got = facts(page, "Moorglass Relay", "霧硝子リレー")
    assert not [g for g in got if foreign in g[1] + g[2]], got


@pytest.mark.parametrize("heading", ["Comments from the director", "Panel discussion at AnimeJapan", "スタッフ情報",
                                     "Staff", "Latest topics", "NEW TOPICS", "トピックス", "Anime Business Forum 2027"])
def test_a_staff_comment_or_event_heading_stays_content(heading):
    got = facts(_article(f"<h2>{heading}</h2><p>Director: Kaito Hanazawa. Music: Rena Okabe.</p>"), "Moorglass Relay")
    assert ("staff", "music", "Rena Okabe") in got


def test_a_board_heading_ends_at_the_next_heading():
    board = ('<h2>Forum posts</h2><ul><li>Director: Sora Imai?</li><li>Netflix?</li></ul>'
             '<h2>Staff</h2><p>Music: Rena Okabe</p>')
    got = facts(_article(board), "Moorglass Relay")
    assert ("staff", "music", "Rena Okabe") in got
    assert not [g for g in got if "Sora Imai" in g[2]]


# ------------------------------------------------------------------ a feed item opening on an inline repost mark
REPOSTS = [
    'RT @lanternworks_pr: Our studio\'s next film "Velvet Moth" opens summer 2028. Director: Aoi Tsurumi.',
    'RT @lanternworks_pr Our next film "Velvet Moth" opens summer 2028! Director: Aoi Tsurumi',
    'QT @lanternworks_pr: "Velvet Moth" key visual is out. Director: Aoi Tsurumi.',
    '[RT] @lanternworks_pr: Director: Aoi Tsurumi helms "Velvet Moth", 2028.',
    'Reposted from @lanternworks_pr: "Velvet Moth" (2028), directed by Aoi Tsurumi.',
    "RT @moth_anime：劇場版「ベルベットモス」2028年夏公開！監督：鶴見あおい",
    "【RT】@moth_anime：映画「ベルベットモス」監督：鶴見あおい",
    "@moth_animeさんのポストをリポスト：映画「ベルベットモス」監督は鶴見あおい",
    "RT @moth_anime: Velvet Moth — Director: Aoi Tsurumi, Studio Kiln",
]


def _timeline(post: str, tag: str = "blockquote") -> str:
    return (f'<section class="topTwitter"><h2>X</h2><div class="twitter-timeline">'
            f"<{tag}>Moorglass Relay begins April 8 on TOKYO MX! #moorglass — @moorglass_anime</{tag}>"
            f"<{tag}>{post}</{tag}></div></section>")


@pytest.mark.parametrize("post", REPOSTS)
@pytest.mark.parametrize("tag", ["blockquote", "li", "div"])
def test_an_inline_repost_of_another_show_gives_no_fact(post, tag):
    page = _site(_timeline(post, tag)) if "「" in post else _article(_timeline(post, tag))
    got = facts(page, "Moorglass Relay", "霧硝子リレー")
    assert not [g for g in got if "Tsurumi" in g[2] or "鶴見" in g[2]], got


def test_an_inline_repost_of_the_works_own_news_stays():
    post = "RT @moorglass_pr: Moorglass Relay ending theme: \"Paper Tide\" by Glass Harbor."
    got = facts(_article(_timeline(post)), "Moorglass Relay")
    assert any("Glass Harbor" in g[2] for g in got if g[0] == "theme_song"), got


def test_a_mention_inside_a_sentence_is_no_repost():
    got = facts(_article("<ul><li>Music: Rena Okabe (fans can RT @moorglass_anime to win a poster)</li></ul>"),
                "Moorglass Relay")
    assert ("staff", "music", "Rena Okabe") in got


def test_the_repost_gate_reads_the_inline_mark():
    from tracker.page import _may_hold_reposts
    assert _may_hold_reposts("x rt @studio: film")
    assert _may_hold_reposts("【rt】@studio：映画")
    assert _may_hold_reposts("@studioさんのポストをリポスト")
    assert not _may_hold_reposts("the art of @studio")


# ------------------------------------------------------------------ a teaser card or rail under a "read also" label
READ_ALSO_LABELS = [
    ('<div class="my-4 flex"><img src="/t.jpg" alt=""><div><div class="text-xs">あわせて読みたい</div>'
     '<a href="/news/20261120-03">「くじら亭の下宿人」キャスト発表 桐生ユウ役に三峰さくら</a></div></div>', "三峰さくら"),
    ('<div><span>You may also like</span><a href="/news/2026/11/20/harbor-kites">Harbor Kites anime reveals ending'
     ' theme "Low Tide" by Mirelle</a></div>', "Mirelle"),
    ("<div><p>Don't miss</p><ul><li><a href=\"/news/1\">Harbor Kites ending theme: \"Low Tide\" by Mirelle</a></li>"
     "<li><a href=\"/news/2\">Harbor Kites streams on Hulu</a></li></ul></div>", "Mirelle"),
    ('<section><strong>Further reading</strong><a href="/news/3">Harbor Kites ending theme: "Low Tide" by Mirelle</a>'
     '</section>', "Mirelle"),
    ("<div><b>合わせてチェック</b><a href=\"/news/4\">「くじら亭の下宿人」エンディングテーマはミレイユ「引き潮」</a></div>",
     "ミレイユ"),
    ("<div><div>この記事も読まれています</div><ul><li><a href=\"/news/5\">「くじら亭の下宿人」キャスト発表 桐生ユウ役に三峰さくら</a>"
     "</li><li><a href=\"/news/6\">「くじら亭の下宿人」1月放送</a></li></ul></div>", "三峰さくら"),
    ('<div><em>More on this</em><a href="/news/7">Harbor Kites ending theme: "Low Tide" by Mirelle</a></div>', "Mirelle"),
    ("<div><small>次に読みたい</small><a href=\"/news/8\">「くじら亭の下宿人」エンディングテーマはミレイユ「引き潮」</a></div>",
     "ミレイユ"),
    ("<div><p>こんな記事も</p><a href=\"/news/9\">「くじら亭の下宿人」キャスト発表 桐生ユウ役に三峰さくら</a></div>", "三峰さくら"),
]


@pytest.mark.parametrize("card,foreign", READ_ALSO_LABELS)
def test_a_read_also_labelled_card_gives_no_fact(card, foreign):
    page = _site(card) if any("\u3040" <= ch <= "\u30ff" for ch in card) else _article(card)
    got = facts(page, "Moorglass Relay", "霧硝子リレー")
    assert not [g for g in got if foreign in g[1] + g[2]], got


def test_a_sentence_opening_like_a_label_is_content():
    page = _site("<div><p>あわせて読みたいのは原作の第3巻だ。</p><p>エンディングテーマ：ミレイユ「引き潮」</p></div>")
    got = facts(page, "Moorglass Relay", "霧硝子リレー")
    assert any("ミレイユ" in g[2] for g in got if g[0] == "theme_song"), got


# ------------------------------------------------------------------ a picture card linking to another site
PICTURE_CARDS = [
    # a service's grid, an empty-alt thumbnail and a caption span (JA)
    '<a href="https://www.streamer.example/title/81603"><img src="/nf3.jpg" alt=""><span>ネオン鎮魂歌｜配信中｜OP：ミレイユ「引き潮」</span></a>',
    # EN caption in a div, another show's song
    '<a href="https://shop.example/harbor"><img src="/h.jpg" alt=""><div>Harbor Kites — streaming now — Ending theme:'
    ' "Low Tide" by Mirelle</div></a>',
    # a <picture> and a paragraph caption, a film's director
    '<a href="https://film.example/"><picture><img src="/f.jpg"></picture><p>劇場版『ミレイユの海』2028年公開｜エンディング：ミレイユ「引き潮」</p></a>',
    # bold and small captions
    '<a href="https://kites.example/"><img src="/k.jpg" alt=""><b>Harbor Kites</b><small>Season 2 · Ending theme: "Low Tide"'
    ' by Mirelle</small></a>',
    # an <img> without alt in a list item card
    '<ul><li><a href="https://kites.example/s2"><img src="/k2.jpg"><span>「ハーバーカイト」第2期 ED：ミレイユ「引き潮」</span></a></li></ul>',
    # a heading inside the card
    '<a href="https://hk-anime.example/"><img src="/k.jpg" alt=""><h4>Harbor Kites</h4><span>2027 · ED: "Low Tide" by Mirelle</span></a>',
    # a figcaption inside the card
    '<a href="https://kites.example/"><figure><img src="/k.jpg" alt=""><figcaption>『ハーバーカイト』放送中 ED：ミレイユ「引き潮」'
    '</figcaption></figure></a>',
    # two cards in a grid under a service's label
    '<div><p>FROM STREAMER</p><div><a href="https://streamer.example/title/1"><img src="/1.jpg" alt=""><span>ネオン鎮魂歌｜配信中｜'
    'OP：ミレイユ「引き潮」</span></a><a href="https://streamer.example/title/2"><img src="/2.jpg" alt=""><span>獣王の花嫁｜2027年3月 配信予定'
    '</span></a></div></div>',
]


@pytest.mark.parametrize("card", PICTURE_CARDS)
def test_a_picture_card_of_another_title_gives_no_fact(card):
    page = _site(card) if any("\u3040" <= ch <= "\u30ff" for ch in card) else _article(card)
    got = facts(page, "Moorglass Relay", "霧硝子リレー")
    assert not [g for g in got if "Mirelle" in g[2] or "ミレイユ" in g[2]], got


@pytest.mark.parametrize("card,field,value", [
    # a service's logo card says where this work streams
    ('<a href="https://www.netflix.example/title/9"><img src="/nf.png" alt=""><span>Netflixにて2027年4月8日より独占配信</span></a>',
     "streaming", "Netflix"),
    # a card naming this work, linking to its shop
    ('<a href="https://shop.example/kiri"><img src="/bd.jpg" alt=""><span>「霧硝子リレー」エンディングテーマ：ミレイユ「引き潮」</span></a>',
     "theme_song", "ミレイユ"),
])
def test_a_picture_card_of_this_work_or_its_service_stays(card, field, value):
    got = facts(_site(card), "Moorglass Relay", "霧硝子リレー")
    assert any(g[0] == field and value in g[2] for g in got), got
