"""A box that opens on a label of its own, in any markup and with any (or no, or hashed) class, and then holds repeated
items or one short linked card, is a rail or a teaser card: "Read also", "Latest:", "Trending now", "人気ランキング",
"関連記事", "2027年冬アニメ", "こちらもおすすめ", a board's "掲示板". Its titles, dates and credits are other works' and other
stories', wherever it sits (before the article, inside it, after it). The page model drops it by structure
(page._l_is_labelled_rail / _b_is_labelled_rail), not by class names. The work's own labelled boxes ("STAFF",
"NEWS", "PV") stay. Below, the same for embedded social posts and shared (reposted) feed items that name none of
the work's titles."""
from __future__ import annotations

import pytest
from extract_helpers import facts

EN = "Sky Lantern Couriers"
JA = "空灯りの配達人"


def _en(block: str, where: str = "after") -> str:
    """An English news page of bare, hashed-class divs (no <main>, no <article>) with `block` placed before, inside or
    after the story's text."""
    story = ("<p>The television anime of Sky Lantern Couriers will premiere on January 12, 2027 on TOKYO MX. "
             "Mai Orikasa is directing the anime at Studio Hibari.</p>"
             "<p>The couriers carry letters between floating towns, and the anime adapts the first four volumes.</p>")
    inside = block if where == "inside" else ""
    return ("<!doctype html><html><head><title>Sky Lantern Couriers Anime Premieres January 12 - Anime Wire</title>"
            "<meta property=\"article:published_time\" content=\"2026-11-20T09:00:00+00:00\"></head><body>"
            "<div class=\"css-1x9q\"><a href=\"/\">Anime Wire</a></div>"
            + (block if where == "before" else "") +
            "<div class=\"css-7hq2\"><h1>Sky Lantern Couriers Anime Premieres January 12</h1>"
            + story[:story.index("</p>") + 4] + inside + story[story.index("</p>") + 4:] + "</div>"
            + (block if where == "after" else "") + "</body></html>")


def _ja(block: str, where: str = "after") -> str:
    """A Japanese news page of bare divs with `block` before, inside or after the story."""
    story = ("<p>TVアニメ『空灯りの配達人』が2027年1月12日よりTOKYO MXにて放送開始となることが発表された。</p>"
             "<p>監督は織笠マイ、アニメーション制作はスタジオひばりが担当する。</p>")
    inside = block if where == "inside" else ""
    return ("<!doctype html><html><head><title>TVアニメ『空灯りの配達人』2027年1月12日放送開始 | アニメ速報</title>"
            "<meta property=\"article:published_time\" content=\"2026-11-20T09:00:00+09:00\"></head><body>"
            "<div class=\"_a1\"><a href=\"/\">アニメ速報</a></div>"
            + (block if where == "before" else "") +
            "<div class=\"_b2\"><h1>TVアニメ『空灯りの配達人』2027年1月12日放送開始</h1>"
            + story[:story.index("</p>") + 4] + inside + story[story.index("</p>") + 4:] + "</div>"
            + (block if where == "after" else "") + "</body></html>")


def _values(got) -> str:
    return " ".join(f"{k} {v}" for _f, k, v in got)


def _own_en(got) -> None:
    assert ("release_date", "", "2027-01-12") in got
    assert any(f == "staff" and k == "director" and v == "Mai Orikasa" for f, k, v in got)


def _own_ja(got) -> None:
    assert ("release_date", "", "2027-01-12") in got
    assert any(f == "staff" and k == "director" and v == "織笠マイ" for f, k, v in got)


def test_en_trending_rail_of_bold_label_and_ordered_items_after_the_story():
    block = ("<div class=\"css-q81z\"><strong>Trending now</strong><ol>"
             "<li><a href=\"/news/1\">Ember Tide</a> returns April 3, 2027, directed by Goro Kanzaki</li>"
             "<li><a href=\"/news/2\">Moth Parade</a> sets March 2 premiere on Fuji TV</li>"
             "<li><a href=\"/news/3\">Rust Halo</a> film opens February 19</li></ol></div>")
    got = facts(_en(block), EN)
    _own_en(got)
    assert "Goro Kanzaki" not in _values(got) and "Fuji TV" not in _values(got)
    assert not any(v in ("2027-04-03", "2027-03-02") for _f, _k, v in got)


def test_en_also_read_card_inside_the_story():
    block = ("<div class=\"flex gap-3 border p-3\"><img src=\"/c/1.jpg\" alt=\"\"><div><span>Also read</span>"
             "<a href=\"/news/2026-10-01/ember-tide-s2\">Ember Tide Season 2 Gets New Director Goro Kanzaki</a>"
             "<p>The sequel moves to a new studio.</p></div></div>")
    got = facts(_en(block, "inside"), EN)
    _own_en(got)
    assert "Goro Kanzaki" not in _values(got)


def test_en_latest_ticker_before_the_story():
    block = ("<div class=\"c-x1\"><span>Latest:</span> <a href=\"/news/9\">Moth Parade Anime Premieres on Fuji TV, "
             "Director: Goro Kanzaki</a> | <a href=\"/news/8\">Rust Halo Film Opens February 19, 2027</a></div>")
    got = facts(_en(block, "before"), EN)
    _own_en(got)
    assert "Goro Kanzaki" not in _values(got) and "Fuji TV" not in _values(got)
    assert not any(v == "2027-02-19" for _f, _k, v in got)


def test_en_season_lineup_label_with_unlinked_cards():
    block = ("<section><div>Winter 2027 lineup</div>"
             "<div><p>Ember Tide</p><p>Director: Goro Kanzaki</p><p>Airs January 6 on Fuji TV</p></div>"
             "<div><p>Moth Parade</p><p>Studio: Atelier Voss</p><p>Airs January 9 on NHK</p></div></section>")
    got = facts(_en(block), EN)
    _own_en(got)
    assert "Goro Kanzaki" not in _values(got) and "Atelier Voss" not in _values(got)
    assert "Fuji TV" not in _values(got) and "NHK" not in _values(got)


def test_ja_ranking_box_with_its_label_in_a_heading_inside_it():
    block = ("<div><h4>人気ランキング</h4><ol>"
             "<li>1位 星降る鉄道<br>監督：神崎ゴロウ</li>"
             "<li>2位 夜鷹の庭<br>フジテレビにて2027年1月9日放送開始</li>"
             "<li>3位 銀の羊<br>NHK Eテレで放送中</li></ol></div>")
    got = facts(_ja(block), JA)
    _own_ja(got)
    assert "神崎ゴロウ" not in _values(got) and "フジテレビ" not in _values(got)
    assert not any(v == "2027-01-09" for _f, _k, v in got)


def test_ja_related_article_card_in_brackets_inside_the_story():
    block = ("<div><p>【関連記事】</p><a href=\"/news/77\">『夜鷹の庭』第2期 フジテレビにて2027年4月放送 監督：神崎ゴロウ</a></div>")
    got = facts(_ja(block, "inside"), JA)
    _own_ja(got)
    assert "神崎ゴロウ" not in _values(got) and "フジテレビ" not in _values(got)


def test_ja_season_table_under_a_plain_div_label_without_links():
    block = ("<div><div>2027年冬アニメ</div><table>"
             "<tr><td>星降る鉄道</td><td>2027/01/08</td><td>監督：神崎ゴロウ</td></tr>"
             "<tr><td>夜鷹の庭</td><td>2027/01/10</td><td>制作：アトリエ・ヴォス</td></tr></table></div>")
    got = facts(_ja(block), JA)
    _own_ja(got)
    assert "神崎ゴロウ" not in _values(got) and "アトリエ・ヴォス" not in _values(got)
    assert not any(v in ("2027-01-08", "2027-01-10") for _f, _k, v in got)


def test_ja_recommend_cards_before_the_story():
    block = ("<div><span>こちらもおすすめ</span>"
             "<div><a href=\"https://yotaka.example/\"><img src=\"/r/1.jpg\" alt=\"夜鷹の庭\"></a><p>夜鷹の庭｜監督：神崎ゴロウ</p></div>"
             "<div><a href=\"https://hoshi.example/\"><img src=\"/r/2.jpg\" alt=\"星降る鉄道\"></a><p>星降る鉄道｜TBSにて放送中</p></div>"
             "</div>")
    got = facts(_ja(block, "before"), JA)
    _own_ja(got)
    assert "神崎ゴロウ" not in _values(got) and "TBS" not in _values(got)


def test_ja_board_of_readers_posts_under_a_label():
    block = ("<div><div>掲示板（最新3件）</div>"
             "<div><span>No.31 名無し</span><p>監督：神崎ゴロウって聞いたけど違うの？</p></div>"
             "<div><span>No.32 名無し</span><p>フジテレビで1月5日から放送じゃなかった？</p></div></div>")
    got = facts(_ja(block), JA)
    _own_ja(got)
    assert "神崎ゴロウ" not in _values(got) and "フジテレビ" not in _values(got)
    assert not any(v.endswith("-01-05") for _f, _k, v in got)


def test_en_popular_label_in_a_small_tag_with_story_cards():
    block = ("<aside class=\"r-9k\"><small>Most popular this week</small>"
             "<div><a href=\"/n/1\"><img src=\"/1.jpg\" alt=\"\"></a><p>Ember Tide anime airs on Fuji TV, directed by Rin Aoba</p></div>"
             "<div><a href=\"/n/2\"><img src=\"/2.jpg\" alt=\"\"></a><p>Moth Parade premieres March 2 on NHK</p></div></aside>")
    got = facts(_en(block), EN)
    _own_en(got)
    assert "Rin Aoba" not in _values(got) and "Fuji TV" not in _values(got) and "NHK" not in _values(got)


# ---------------------------------------------------------------------------------------------- the work's own boxes
def test_own_staff_box_with_a_plain_label_stays():
    block = ("<div><div>STAFF</div><dl><dt>Director</dt><dd>Mai Orikasa</dd><dt>Music</dt><dd>Toma Sekine</dd></dl></div>")
    got = facts(_en(block), EN)
    assert any(f == "staff" and k == "music" and v == "Toma Sekine" for f, k, v in got)


def test_own_news_list_under_a_news_label_stays():
    block = ("<div><div>NEWS</div><ul><li><a href=\"/news/3\">2026.11.20 放送局情報を公開 TOKYO MXにて2027年1月12日より放送</a></li>"
             "<li><a href=\"/news/2\">2026.10.01 音楽は関根トウマに決定</a></li></ul></div>")
    got = facts(_ja(block), JA)
    _own_ja(got)


def test_label_after_text_of_its_own_is_no_rail():
    block = ("<div>Fans can also read the tie-in novel. <span>Related</span> <a href=\"/novel\">the novel page</a></div>")
    got = facts(_en(block, "inside"), EN)
    _own_en(got)


def test_long_label_sentence_is_no_rail():
    block = ("<div><p>The popular manga's sound director Toma Sekine returns for the anime as well, the studio said.</p>"
             "<p>More details will follow.</p><p>Stay tuned.</p></div>")
    got = facts(_en(block, "inside"), EN)
    _own_en(got)


# ------------------------------------------------------------------------- embedded posts of other accounts' shows
# an embed code's post (X, TikTok, Instagram, Bluesky, Threads, Mastodon, Facebook) that names none of the work's titles,
# in its words, author line or hashtags, is another account's post about another show, even without a quoted title
# (page._names_no_own_title); a post naming the work anywhere (its author "TVアニメ『X』公式", a hashtag) stays.


_OTHER_POSTS = [
    ("twitter-tweet", "<p>Ember Tide premieres April 3 on Fuji TV, directed by Goro Kanzaki!</p>&mdash; Ember Tide "
                      "(@embertide_pr) <a href=\"https://x.com/embertide_pr/status/1\">Nov 19, 2026</a>"),
    ("tiktok-embed", "<section><a href=\"https://www.tiktok.com/@mothparade\">@mothparade</a> day one of the Moth Parade "
                     "dub 🔥 airs on Fuji TV, directed by Goro Kanzaki #anime</section>"),
    ("instagram-media", "<div><p>Rust Halo the movie · in theaters now · director Goro Kanzaki · Fuji TV late show</p>"
                        "<a href=\"https://www.instagram.com/p/AbC/\">A post shared by Rust Halo</a></div>"),
    ("bluesky-embed", "<p>so hyped: Ember Tide S2 on Fuji TV, Goro Kanzaki directing again</p>&mdash; fan account"),
    ("text-post-media", "<div>Moth Parade returns! Director Goro Kanzaki, Fuji TV, April.</div>"),
    ("mastodon-embed", "<p>Rust Halo anime confirmed for Fuji TV with director Goro Kanzaki</p>"),
    ("fb-post", "<p>Studio news: Ember Tide airs on Fuji TV from April, directed by Goro Kanzaki.</p>"),
    ("twitter-tweet", "<p>【お知らせ】星降る鉄道は4月3日よりフジテレビにて放送！監督：神崎ゴロウ</p>&mdash; 星降る鉄道公式 (@hoshifuru)"),
]


@pytest.mark.parametrize("cls,post", _OTHER_POSTS, ids=[f"{c}-{i}" for i, (c, _p) in enumerate(_OTHER_POSTS)])
def test_other_accounts_embedded_post_without_a_quoted_title_is_dropped(cls, post):
    block = f"<blockquote class=\"{cls}\">{post}</blockquote>"
    got = facts(_en(block, "inside"), EN)
    _own_en(got)
    assert "Goro Kanzaki" not in _values(got) and "神崎ゴロウ" not in _values(got)
    assert "Fuji TV" not in _values(got) and "フジテレビ" not in _values(got)


def test_own_accounts_post_named_only_in_its_author_line_stays():
    block = ("<blockquote class=\"twitter-tweet\"><p>第2期放送情報解禁！TBSにて1月8日(金)より毎週金曜25:28～</p>"
             "&mdash; TVアニメ『空灯りの配達人』公式 (@sorakari_anime) <a href=\"https://x.com/s/1\">2026年11月20日</a>"
             "</blockquote>")
    got = facts(_ja(block, "inside"), JA)
    _own_ja(got)
    assert any(f == "broadcaster" and v == "TBS" for f, _k, v in got)


def test_own_post_named_by_its_hashtag_stays():
    block = ("<blockquote class=\"tiktok-embed\"><section><a href=\"https://www.tiktok.com/@studio_hibari\">@studio_hibari"
             "</a> Composer Toma Sekine scores the show, music by Toma Sekine! #SkyLanternCouriers</section></blockquote>")
    got = facts(_en(block, "inside"), EN)
    _own_en(got)
    assert ("staff", "music", "Toma Sekine") in got


# ------------------------------------------------------------------------------------- shared (reposted) feed items
# a feed item opening on its own repost line ("X がリポスト", "X reposted", "Retweeted by X") shares another account's
# post: when the shared words name none of the work's titles (or quote another's) it is another show's news
# (page._shared_posts); a shared post about the work itself stays.
_SHARED = [
    ("ja", "<div><p>空灯りの配達人 公式 がリポスト</p><p>星降る鉄道 @hoshifuru</p>"
           "<p>フジテレビにて4月放送決定！監督：神崎ゴロウ</p></div>"),
    ("ja", "<ul><li>空灯りの配達人さんがリツイート<br>夜鷹の庭 公式：第2期はフジテレビで放送！監督：神崎ゴロウ</li></ul>"),
    ("ja", "<article><span>スタジオひばりが再投稿</span><div>新作はフジテレビで2027年4月から。監督：神崎ゴロウ</div></article>"),
    ("ja", "<section><small>織笠マイがリポストしました</small><p>銀の羊、フジテレビ枠で放送。監督：神崎ゴロウ</p></section>"),
    ("en", "<div><span>Studio Hibari reposted</span><p>Ember Tide airs on Fuji TV this April. Director: Goro Kanzaki</p></div>"),
    ("en", "<div><div>Retweeted by Sky Lantern Couriers</div><p>Moth Parade premieres on Fuji TV, directed by Goro Kanzaki</p></div>"),
    ("en", "<li>Sky Lantern Couriers Official boosted<br>Rust Halo: Fuji TV, April 2027, directed by Goro Kanzaki</li>"),
    ("en", "<blockquote><b>Mai Orikasa retweeted</b><p>Ember Tide S2 is coming to Fuji TV! Director: Goro Kanzaki</p></blockquote>"),
]


@pytest.mark.parametrize("lang,item", _SHARED, ids=[f"{lang}-{i}" for i, (lang, _x) in enumerate(_SHARED)])
def test_shared_post_of_another_show_is_dropped(lang, item):
    feed = f"<div>{item}</div>"
    got = facts(_ja(feed, "inside"), JA) if lang == "ja" else facts(_en(feed, "inside"), EN)
    (_own_ja if lang == "ja" else _own_en)(got)
    assert "神崎ゴロウ" not in _values(got) and "Goro Kanzaki" not in _values(got)
    assert "フジテレビ" not in _values(got) and "Fuji TV" not in _values(got)


def test_shared_post_about_the_work_itself_stays():
    feed = ("<div><div><p>スタジオひばり がリポスト</p><p>TVアニメ『空灯りの配達人』公式 @sorakari</p>"
            "<p>『空灯りの配達人』BS11でも放送決定！音楽：関根トウマ</p></div></div>")
    got = facts(_ja(feed, "inside"), JA)
    _own_ja(got)
    assert any(f == "broadcaster" and v == "BS11" for f, _k, v in got)


def test_a_line_merely_mentioning_reposts_is_no_repost_item():
    feed = "<div><p>Please repost and share! The studio reposted the key visual.</p><p>Music: Toma Sekine</p></div>"
    got = facts(_en(feed, "inside"), EN)
    _own_en(got)
    assert ("staff", "music", "Toma Sekine") in got


# ------------------------------------------------------------------------------- a rail's sub-heading, any wording
# a sub-heading naming a ranking, a popular list or picks anywhere in it ("今日の人気ページ", "週間アクセスランキング",
# "編集部のおすすめ", "What's trending") heads a rail: the link lists after it are other titles (page._rail_heading)
_RAIL_HEADS = [
    ("ja", "h5", "今日の人気ページ"), ("ja", "h3", "週間アクセスランキング"), ("ja", "h4", "編集部のおすすめ"),
    ("ja", "h6", "今週の人気アニメ"), ("ja", "h3", "オススメ作品"), ("ja", "h4", "読者が選ぶ人気の記事"),
    ("en", "h3", "What's trending"), ("en", "h4", "Site ranking this week"),
]


@pytest.mark.parametrize("lang,tag,head", _RAIL_HEADS, ids=[h for _l, _t, h in _RAIL_HEADS])
def test_link_list_under_a_rail_heading_is_dropped(lang, tag, head):
    rail = (f"<{tag}>{head}</{tag}><ol>"
            "<li><a href=\"/p/120\">星降る鉄道 第3期</a>（OP：シノノメ「北極星」）</li>"
            "<li><a href=\"/p/102\">Ember Tide</a> (OP: \"Polestar\" by Shinonome)</li>"
            "<li><a href=\"/p/130\">夜鷹の庭</a></li></ol>")
    got = facts(_ja(rail), JA) if lang == "ja" else facts(_en(rail), EN)
    (_own_ja if lang == "ja" else _own_en)(got)
    assert "シノノメ" not in _values(got) and "Shinonome" not in _values(got)


def test_prose_under_a_picks_heading_stays():
    block = "<h3>おすすめポイント</h3><p>音楽：関根トウマ</p>"
    got = facts(_ja(block, "inside"), JA)
    _own_ja(got)
    assert any(f == "staff" and k == "music" and v == "関根トウマ" for f, k, v in got)


# ------------------------------------------------------------------ a one-row layout table's menu cell, no width set
# an old site laid out as ONE table row of columns (a menu cell beside the body cell) needs no width on the menu cell:
# a cell of line-opening links beside a cell with three times its text is a side column whatever its size
# (page._l_is_layout_row); a table of data (many rows) or a cell holding credit tables of its own stays.
def _layout(menu: str, lang: str, menu_first: bool = True) -> str:
    body = ("<h2>概要</h2><p>TVアニメ『空灯りの配達人』は2027年1月12日よりTOKYO MXにて放送開始。監督：織笠マイ。"
            "浮遊する町のあいだで手紙を運ぶ配達人たちの物語で、原作小説の第1巻から第4巻までを描く。</p>"
            "<p>アニメーション制作はスタジオひばり。キャラクターデザインと総作画監督も同スタジオのスタッフが担当する。</p>"
            if lang == "ja" else
            "<h2>Overview</h2><p>Sky Lantern Couriers premieres on January 12, 2027 on TOKYO MX. Director: Mai Orikasa. "
            "The couriers carry letters between floating towns; the anime adapts the first four novels of the series, "
            "and Studio Hibari animates it with its own staff on character design.</p>")
    cells = [f"<td>{menu}</td>", f"<td valign=\"top\"><div>{body}</div></td>"]
    title = "アニメ/空灯りの配達人 - 放送情報Wiki" if lang == "ja" else "Sky Lantern Couriers - Anime Wiki"
    return (f"<!doctype html><html><head><title>{title}</title></head><body><div><a href=\"/\">Wiki</a></div>"
            f"<table><tr>{''.join(cells if menu_first else cells[::-1])}</tr></table></body></html>")


_MENUS = [
    ("ja", True, "<h4>メニュー</h4><ul><li><a href=\"/a\">トップ</a></li><li><a href=\"/b\">2027年冬アニメ一覧</a></li>"
                 "<li><a href=\"/c\">放送局別一覧</a></li></ul><h5>今日の注目</h5><p>『夜鷹の庭』1月11日 フジテレビ / 監督：神崎ゴロウ</p>"),
    ("ja", False, "<ol><li><a href=\"/1\">星降る鉄道</a></li><li><a href=\"/2\">夜鷹の庭</a></li><li><a href=\"/3\">銀の羊</a></li></ol>"
                  "<p>夜鷹の庭：フジテレビにて放送、監督：神崎ゴロウ</p>"),
    ("ja", True, "・<a href=\"/1\">トップ</a><br>・<a href=\"/2\">新着</a><br>・<a href=\"/3\">一覧</a><br>"
                 "<div>注目：『銀の羊』フジテレビ 監督：神崎ゴロウ</div>"),
    ("ja", True, "<div><div><a href=\"/1\">FrontPage</a></div><div><a href=\"/2\">RecentChanges</a></div>"
                 "<div><a href=\"/3\">Help</a></div></div><p>ピックアップ：『星降る鉄道』（フジテレビ／監督：神崎ゴロウ）</p>"),
    ("en", True, "<ul><li><a href=\"/a\">Home</a></li><li><a href=\"/b\">Winter 2027</a></li><li><a href=\"/c\">Studios</a></li></ul>"
                 "<p>Spotlight: Ember Tide, on Fuji TV, director Goro Kanzaki</p>"),
    ("en", False, "<a href=\"/a\">Home</a><br><a href=\"/b\">Seasons</a><br><a href=\"/c\">People</a><br>"
                  "<p>Featured: Moth Parade, Fuji TV, directed by Goro Kanzaki</p>"),
    ("en", True, "<h5>Navigation</h5><ol><li><a href=\"/1\">Main page</a></li><li><a href=\"/2\">Random</a></li>"
                 "<li><a href=\"/3\">Recent changes</a></li></ol><div>Pick: Rust Halo (Fuji TV) - Director: Goro Kanzaki</div>"),
    ("en", False, "<div style=\"vertical-align:top\"><ul><li><a href=\"/1\">Top</a></li><li><a href=\"/2\">List</a></li>"
                  "<li><a href=\"/3\">Search</a></li></ul><p>Today: Ember Tide airs on Fuji TV, director Goro Kanzaki</p></div>"),
]


@pytest.mark.parametrize("lang,first,menu", _MENUS, ids=[f"{lang}-{i}" for i, (lang, _f, _m) in enumerate(_MENUS)])
def test_menu_cell_of_a_one_row_layout_without_width_is_dropped(lang, first, menu):
    got = facts(_layout(menu, lang, first), JA if lang == "ja" else EN)
    assert ("release_date", "", "2027-01-12") in got and any(f == "broadcaster" and v == "TOKYO MX" for f, _k, v in got)
    assert "神崎ゴロウ" not in _values(got) and "Goro Kanzaki" not in _values(got)
    assert "フジテレビ" not in _values(got) and "Fuji TV" not in _values(got)


def test_credit_column_with_tables_of_its_own_stays():
    menu = ("<h3>Cast</h3><table><tr><td>Ren</td><td><a href=\"/p/1\">Aoba, Rin</a></td></tr>"
            "<tr><td>Mika</td><td><a href=\"/p/2\">Sora, Mei</a></td></tr>"
            "<tr><td>Tobi</td><td><a href=\"/p/3\">Kaga, Jun</a></td></tr></table>")
    got = facts(_layout(menu, "en"), EN)
    assert ("cast", "Ren", "Aoba, Rin") in got and ("cast", "Tobi", "Kaga, Jun") in got


def test_official_sites_own_latest_box_stays():
    block = ("<div><div>LATEST</div><ul><li><a href=\"/news/3\">2026.11.20 BS11での放送が決定しました</a></li>"
             "<li><a href=\"/news/2\">2026.10.01 PV第1弾を公開しました</a></li></ul></div>")
    page = _ja(block, "before").replace("| アニメ速報</title>", "| TVアニメ公式サイト</title>")
    got = facts(page, JA, url="https://sorakari-anime.example/")
    assert any(f == "broadcaster" and v == "BS11" for f, _k, v in got)
