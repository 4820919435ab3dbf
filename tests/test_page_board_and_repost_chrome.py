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
    # an ordered list under "Latest topics"
    ("<h4>Latest topics</h4><ol><li>Opening theme is \"Paper Tide\" by Glass Harbor?</li><li>Hulu has it too</li></ol>",
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
                                     "Staff"])
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
