"""Which part of a page is the content and which work or season a section is about: one-page official sites,
related-works boxes, station pages (invented names)."""
from __future__ import annotations

from tracker.extract import extract
from tracker.model import Fetched, Work


def _facts(doc: str, work: Work, url: str = "https://lantern-owl.example/en/"):
    fetched = Fetched(url=url, final_url=url, status=200, headers={"content-type": "text/html"},
                      body=doc.encode(), text=doc, content_type="text/html", charset="utf-8")
    return extract(fetched, work).facts


def _has(facts, field: str, value: str) -> bool:
    return any(f.field == field and value in f.value for f in facts)


ONE_PAGE_SITE = """<!doctype html><html><head><meta charset="utf-8">
<title>TV Anime "Lantern Owl" Official Website</title></head><body>
<header><h1><a href="/en/"><img src="/logo.png" alt="Lantern Owl"></a></h1></header>
<section id="news"><h2><img src="/t_news.png" alt="NEWS"></h2>
<ul><li><time>2031.02.01</time><a href="/n/1">Key visual released</a></li>
<li><time>2031.01.20</time><a href="/n/2">Cast announced</a></li></ul></section>
<section id="topics"><article><time>2031.02.01</time><h3>Key visual released!</h3>
<p>The second key visual of the TV anime has been released today. It shows the owl keeper standing on the roof of
the old lighthouse at dusk, with the whole town below lit by lanterns. Please look forward to the broadcast and
share the visual with your friends. More news will be announced on the official X account soon.</p></article></section>
<section id="staff"><h2><img src="/t_staff.png" alt="STAFF"></h2>
<ul><li>Director: Maru Tobishima</li><li>Music: Kei Sawanobe</li></ul></section>
<section id="cast"><h2><img src="/t_cast.png" alt="CAST"></h2>
<div><h4>Tomo Aikawa</h4><p><span>CV.</span>Rena Hoshizaki</p></div></section>
</body></html>"""


def test_one_page_official_site_reads_its_sections_not_only_the_news_post():
    facts = _facts(ONE_PAGE_SITE, Work("Lantern Owl"))
    assert _has(facts, "staff", "Maru Tobishima")
    assert _has(facts, "cast", "Rena Hoshizaki")


def test_official_news_post_without_work_sections_stays_the_content():
    doc = ONE_PAGE_SITE.replace('alt="STAFF"', 'alt="PICK UP"').replace('alt="CAST"', 'alt="GALLERY"')
    facts = _facts(doc, Work("Lantern Owl"))
    assert not _has(facts, "staff", "Maru Tobishima")


def test_combined_credit_label_longer_than_forty_characters():
    doc = """<html><head><title>Lantern Owl Official Website</title></head><body><main><h2>STAFF</h2><ul>
<li><img src="/s1.png" alt="Character Design &amp; Chief Animation Director: Sae Kurobane"></li>
<li>Character Design / Chief Animation Director: Yui Matsunae</li>
<li>Director: Maru Tobishima</li></ul></main></body></html>"""
    facts = _facts(doc, Work("Lantern Owl"))
    got = {(f.key, f.value) for f in facts if f.field == "staff"}
    assert ("chief animation director", "Sae Kurobane") in got and ("character design", "Sae Kurobane") in got
    assert ("chief animation director", "Yui Matsunae") in got
    assert not any("Director:" in v for _k, v in got)   # never the second role glued to the name


JA_SEASON2_NEWS = """<!doctype html><html><head><meta charset="utf-8">
<title>灯台守フクロウの記録：テレビアニメ第2期が2031年4月スタート - ニュースサイト</title>
<meta property="article:published_time" content="2031-01-10T10:00:00+09:00"></head><body>
<main><article><h1>灯台守フクロウの記録：テレビアニメ第2期が2031年4月スタート</h1>
<p>「月刊ソラカゼ」で連載中の岬ナギサさんのマンガが原作のテレビアニメ「灯台守フクロウの記録」の第2期が、2031年4月からTOKYO MXほかで放送されることが分かった。</p>
<p>第1期は鳥羽カズマさんが監督を務めた。第2期では、シリーズ構成の相良みのりさん、音楽の東雲ケイさんが続投。キャラクターデザインは「霧の港」などの宮下リオさんが新たに担当する。</p>
<p>第1期に引き続き、春野ことはさんが灯台守の少女・ミオ、真壁シンさんが船乗り・ガルドを演じる。</p>
</article></main></body></html>"""


def test_japanese_season_two_news_credits_carried_over_and_listed_by_role():
    facts = _facts(JA_SEASON2_NEWS, Work("灯台守フクロウの記録", ("灯台守フクロウの記録 第2期",)),
                   url="https://news.example.jp/article/1.html")
    got = {(f.field, f.key, f.value) for f in facts}
    assert ("staff", "original creator", "岬ナギサ") in got
    assert ("staff", "series composition", "相良みのり") in got
    assert ("staff", "music", "東雲ケイ") in got
    assert ("staff", "character design", "宮下リオ") in got
    assert ("cast", "ミオ", "春野ことは") in got and ("cast", "ガルド", "真壁シン") in got
    assert not any("鳥羽カズマ" in v for _f, _k, v in got)   # the first season's director


FORUM_POST = """<!doctype html><html><head><title>Lantern Owl Season 2 announced : animeboard</title></head><body>
<main><article><h1>"Lantern Owl" Season 2 premieres in April</h1>
<p>Premiere: Friday April 4, 2031 at 24:00 on Tokyo MX, then BS11 from April 6</p>
<p>Streaming: Crunchyroll (worldwide except Asia), same day</p>
<p>12 episodes</p>
<h2>Staff</h2><p>Director: Maru Tobishima</p></article></main></body></html>"""


def test_info_lines_a_later_station_an_episode_line_and_no_timing_words_as_a_service():
    facts = _facts(FORUM_POST, Work("Lantern Owl Season 2", ("Lantern Owl",)), url="https://board.example/p/1")
    got = {(f.field, f.key, f.value) for f in facts}
    assert ("release_date", "", "2031-04-05") in got   # Friday 24:00 is early Saturday
    assert ("release_date", "BS11", "2031-04-06") in got
    assert ("broadcaster", "bs11", "BS11") in got
    assert ("episodes", "", "12") in got
    assert [f.value for f in facts if f.field == "streaming"] == ["Crunchyroll (worldwide except Asia)"]


FEATURE_ARTICLE = """<!doctype html><html><head><title>Lantern Owl is a quiet new anime about lighthouses | Culture Desk</title>
<meta property="article:published_time" content="2031-01-10T10:00:00+00:00"></head><body>
<main><article><h1>Lantern Owl is a quiet new anime about lighthouses</h1>
<p>Studio news came on Tuesday: <strong>Lantern Owl</strong>, an original TV anime, will premiere in April 2031.</p>
<h2>The voices</h2>
<p>Two leads are set. Rena Hoshizaki voices Mio, and Shin Makabe plays the gruff sailor Gald Brenner.</p>
<p>The studio did confirm the length: 12 episodes, in a single cour.</p>
<h2>Where you can watch it</h2>
<p>In Japan the show runs on TBS and its satellite sibling BS-TBS. Outside Japan, it's a Netflix exclusive worldwide.</p>
</article></main></body></html>"""


def test_feature_article_sections_voices_length_runs_on_and_an_exclusive():
    facts = _facts(FEATURE_ARTICLE, Work("Lantern Owl"), url="https://culture.example/2031/01/lantern-owl")
    got = {(f.field, f.key, f.value) for f in facts}
    assert ("cast", "Mio", "Rena Hoshizaki") in got and ("cast", "Gald Brenner", "Shin Makabe") in got
    assert ("episodes", "", "12") in got
    assert ("broadcaster", "tbs", "TBS") in got and any(f == "broadcaster" and v == "BS-TBS" for f, _k, v in got)
    assert any(f == "streaming" and k == "netflix" for f, k, _v in got)


DB_PAGE = """<!doctype html><html><head><meta charset="utf-8"><title>灯台守フクロウの記録 第2期 - アニメDB</title></head><body>
<div id="content"><h1>灯台守フクロウの記録 第2期</h1>
<table class="infobox">
<tr><th>放送開始</th><td>2031年7月（予定）</td></tr>
<tr><th>海外配信</th><td>Crunchyroll</td></tr>
<tr><th>国内配信</th><td>Prime Video</td></tr></table>
<h2>キャスト</h2>
<table class="credits"><tr><th>ミオ・ハーヴェイ</th><td>春野 ことは</td></tr></table>
<h2>シリーズ作品</h2>
<div class="series-box">
<h3>灯台守フクロウの記録 特別編「霧笛の夜」</h3>
<dl><dt>公開</dt><dd>2030年5月22日（劇場上映・2週間限定）</dd></dl></div>
</div></body></html>"""


def test_database_page_schedule_note_region_split_services_and_a_special_of_the_franchise():
    facts = _facts(DB_PAGE, Work("灯台守フクロウの記録 第2期"), url="https://animedb.example/works/1")
    got = {(f.field, f.key, f.value) for f in facts}
    assert ("release_date", "", "2031-07") in got   # (予定) is a note on the date, not a region
    assert not any(v.startswith("2030") for f, _k, v in got if f == "release_date")   # the special's screening
    assert {k for f, k, _v in got if f == "streaming"} >= {"crunchyroll", "amazonprimevideo"}
    assert [(k, v) for f, k, v in got if f == "cast"] == [("ミオ・ハーヴェイ", "春野 ことは")]   # not 春野 as a part


STATION_PAGE = """<!doctype html><html><head><meta charset="utf-8"><title>【新】港町のミオ・ハーヴェイ｜番組情報｜みなとテレビ</title></head>
<body><table id="layout"><tr><td id="main">
<h1>【新】港町のミオ・ハーヴェイ</h1>
<h2><img src="/h2_cast.gif" alt="出演（声）"></h2>
<table class="pg-list"><tr><td>ミオ・ハーヴェイ</td><td>春野ことは</td></tr>
<tr><td>ガルド</td><td>真壁 シン</td></tr></table>
<h2><img src="/h2_staff.gif" alt="スタッフ"></h2>
<table class="pg-list"><tr><td>監督</td><td>鳥羽カズマ</td></tr></table>
</td></tr></table></body></html>"""


def test_station_page_cast_table_under_an_image_heading_keeps_the_title_character():
    facts = _facts(STATION_PAGE, Work("港町のミオ・ハーヴェイ", ("ミオ・ハーヴェイ",)), url="https://minato-tv.example/program/mio/")
    got = {(f.key, f.value) for f in facts if f.field == "cast"}
    assert ("ミオ・ハーヴェイ", "春野ことは") in got and ("ガルド", "真壁 シン") in got
    assert not any(k == "港町のミオ・ハーヴェイ" for k, _v in got)
    assert ("真壁", "シン") not in got   # the spaced name in its cell is one actor


def test_station_page_start_day_then_a_slot_past_midnight_and_a_channel_row():
    doc = STATION_PAGE.replace("<h2><img", """<table class="pg-onair"><tr><th>放送日時</th><td><b>2031年1月8日(水)スタート</b><br>
毎週水曜 24:55〜25:25</td></tr><tr><th>チャンネル</th><td>みなとテレビ（デジタル5ch）</td></tr></table><h2><img""", 1)
    facts = _facts(doc, Work("港町のミオ・ハーヴェイ", ("ミオ・ハーヴェイ",)), url="https://minato-tv.example/program/mio/")
    got = {(f.field, f.key, f.value) for f in facts}
    assert ("release_date", "", "2031-01-09") in got   # Wednesday 24:55 is early Thursday
    assert any(f == "broadcaster" and v.startswith("みなとテレビ") for f, _k, v in got)


def test_theme_sentence_with_an_aside_about_the_artists_earlier_season_song():
    doc = ONE_PAGE_SITE.replace("<p>The second key visual", """<p>The opening theme is "Harbor Bells" by TIDE SIGNAL,
who also performed Season 1's opening "Paper Kite". The second key visual""")
    facts = _facts(doc, Work("Lantern Owl Season 2", ("Lantern Owl",)))
    songs = [f.value for f in facts if f.field == "theme_song"]
    assert "Harbor Bells — TIDE SIGNAL" in songs
    assert not any("Paper Kite" in v for v in songs)


def test_japanese_actor_first_cast_keeps_a_katakana_full_name():
    doc = JA_SEASON2_NEWS.replace("真壁シンさんが船乗り・ガルドを演じる。",
                                  "真壁シンさんが船乗り・ガルド、大森タクミさんが港湾局長のエド・ラングレーを演じる。")
    facts = _facts(doc, Work("灯台守フクロウの記録", ("灯台守フクロウの記録 第2期",)), url="https://news.example.jp/article/1.html")
    got = {(f.key, f.value) for f in facts if f.field == "cast"}
    assert ("エド・ラングレー", "大森タクミ") in got
    assert ("ガルド", "真壁シン") in got   # a description before ・ is still cut


def test_japanese_actor_first_cast_cuts_a_katakana_description():
    doc = JA_SEASON2_NEWS.replace("真壁シンさんが船乗り・ガルドを演じる。", "真壁シンさんがメイド・ロッテを演じる。")
    facts = _facts(doc, Work("灯台守フクロウの記録", ("灯台守フクロウの記録 第2期",)), url="https://news.example.jp/article/1.html")
    assert ("ロッテ", "真壁シン") in {(f.key, f.value) for f in facts if f.field == "cast"}


def test_official_news_list_reports_its_own_event_screening():
    doc = ONE_PAGE_SITE.replace('<li><time>2031.01.20</time>', '''<li><time>2031.01.25</time><a href="/n/3">"Lantern Owl Fes 2031"
report — Season 2 episode 1 screened early</a></li><li><time>2031.01.20</time>''')
    facts = _facts(doc, Work("Lantern Owl Season 2", ("Lantern Owl",)))
    got = {(f.key, f.value) for f in facts if f.field == "premiere_event"}
    assert ("Lantern Owl Fes 2031", "Season 2 episode 1 screened") in got


def test_station_program_page_keys_its_own_start_and_takes_the_earlier_stations_premiere():
    doc = STATION_PAGE.replace("<title>【新】港町のミオ・ハーヴェイ｜番組情報｜みなとテレビ</title>",
                               "<title>港町のミオ・ハーヴェイ｜みなとテレビ</title>").replace("<h2><img", """<table class="pg-onair">
<tr><th>放送日時</th><td><b>2031年1月15日(水)スタート</b><br>毎週水曜 24:55〜25:25</td></tr>
<tr><th>チャンネル</th><td>みなとテレビ（デジタル5ch）</td></tr></table>
<div class="pg-text">・本番組はTOKYO MX、BS日テレでは2031年1月9日(木)より放送されます。</div><h2><img""", 1)
    facts = _facts(doc, Work("港町のミオ・ハーヴェイ", ("ミオ・ハーヴェイ",)), url="https://minato-tv.example/program/mio/")
    got = {(f.key, f.value) for f in facts if f.field == "release_date"}
    assert ("", "2031-01-09") in got
    assert ("みなとテレビ", "2031-01-16") in got


def test_one_page_site_inside_main_or_a_wrapper_reads_its_sections_too():
    in_main = ONE_PAGE_SITE.replace('<section id="news">', '<main><section id="news">').replace("</body>", "</main></body>")
    wrapped = ONE_PAGE_SITE.replace('<section id="news">', '<div id="wrap"><div class="inner"><section id="news">') \
        .replace("</body>", "</div></div></body>")
    for doc in (in_main, wrapped):
        facts = _facts(doc, Work("Lantern Owl"))
        assert _has(facts, "staff", "Maru Tobishima") and _has(facts, "cast", "Rena Hoshizaki")


def test_japanese_season_two_carried_over_as_in_season_one():
    doc = JA_SEASON2_NEWS.replace("第1期に引き続き、", "第1期同様、").replace(
        "</article>", "<p>分割2クールで放送される。第1期に続き、スタジオ・カイトが制作する。</p></article>")
    facts = _facts(doc, Work("灯台守フクロウの記録", ("灯台守フクロウの記録 第2期",)), url="https://news.example.jp/article/1.html")
    got = {(f.field, f.key, f.value) for f in facts}
    assert ("cast", "ミオ", "春野ことは") in got
    assert any(f == "studio" and v == "スタジオ・カイト" for f, _k, v in got)


def test_later_station_line_with_a_month_after_on():
    doc = FORUM_POST.replace("Premiere: Friday April 4, 2031 at 24:00 on Tokyo MX",
                             "Premiere: premieres on April 4, 2031 at 24:00 on Tokyo MX")
    facts = _facts(doc, Work("Lantern Owl Season 2", ("Lantern Owl",)), url="https://board.example/p/1")
    got = {(f.key, f.value) for f in facts if f.field == "release_date"}
    assert got == {("", "2031-04-05"), ("BS11", "2031-04-06")}   # ("on April" names no station)
