"""Structured extractors (jsonld, labels, css) and the role table, on synthetic pages in real pages' styles.

Every page here was written for these tests: invented sites, works, people and video ids, with the
mess real pages have (chrome naming other shows with their dates, placeholders, CD dates, committees).
"""
from __future__ import annotations

import re

import pytest

from tracker.extract import extract
from tracker.extract.css import CssExtractor
from tracker.extract.jsonld import JsonldExtractor
from tracker.extract.labels import LabelsExtractor
from tracker.model import Fetched, Work
from tracker.normalize import fold, org_key
from tracker.page import Page
from tracker.roles import credit_kind, is_committee, roles_of


def page(html: str) -> Page:
    return Page("https://example.test/p", html.encode("utf-8"))


def facts_of(extractor, html: str, work: Work):
    return extractor.extract(page(html), work)


def as_set(facts):
    return {(f.field, f.key, f.value) for f in facts}


def values(facts, field, key=None):
    return [f.value for f in facts if f.field == field and (key is None or f.key == key)]


def no_foreign(facts, *foreign):
    for f in facts:
        for bad in foreign:
            assert fold(bad) not in fold(f.key) and fold(bad) not in fold(f.value), (bad, f)


# ---------------------------------------------------------------------------------------------- roles
def test_roles_map_combined_and_unknown_credits():
    assert roles_of("シリーズ構成・脚本") == ["series composition", "screenplay"]
    assert roles_of("Sound Director, Producer, Series Composition") == ["sound director", "producer", "series composition"]
    assert roles_of("総作画監督") == ["chief animation director"]
    assert roles_of("3Dディレクター") == ["3d director"]
    assert roles_of("グラディエーターデザイン") == ["グラディエーターデザイン"]   # unknown: kept as written
    assert credit_kind("アニメーション制作") == "studio" and credit_kind("Animation Production") == "studio"
    assert credit_kind("製作") == "committee" and credit_kind("制作") == "studio"
    assert is_committee("灯火の番人製作委員会") and is_committee("Ember Road Production Committee")
    assert not is_committee("Studio Hoshiboshi")


# ---------------------------------------------------------------------------------------------- JSON-LD
JSONLD = """<html><head><title>Glass Owl (TV) - AnimeShelf</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
  "headline":"Glass Owl anime dated","datePublished":"2024-08-01","about":{"@type":"TVSeries","name":"Glass Owl"}}</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"TVSeries","name":"Glass Owl",
  "alternateName":"ガラスのふくろう","startDate":"2025-01-09","numberOfEpisodes":12,
  "actor":[{"@type":"PerformanceRole","actor":{"@type":"Person","name":"Rin Asagiri"},"characterName":"Hoot"},
           {"@type":"Person","name":"Daichi Mori"}],
  "director":{"@type":"Person","name":"Sora Kageyama"},"musicBy":{"@type":"Person","name":"Kiln Collective"},
  "productionCompany":[{"@type":"Organization","name":"Studio Ashgrove"},
                       {"@type":"Organization","name":"Glass Owl Production Committee"}],
  "trailer":{"@type":"VideoObject","name":"Glass Owl teaser","uploadDate":"2024-08-01T10:00:00+09:00",
             "url":"https://www.youtube.com/watch?v=GlassOwl001"}}</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"ItemList","itemListElement":[
  {"@type":"ListItem","item":{"@type":"TVSeries","name":"Tin Saint","startDate":"2025-04","productionCompany":{"@type":"Organization","name":"Rootwork"}}}]}</script>
</head><body><p>Glass Owl</p></body></html>"""


def test_jsonld_reads_the_work_object_only():
    facts = facts_of(JsonldExtractor(), JSONLD, Work("Glass Owl"))
    got = as_set(facts)
    assert ("release_date", "", "2025-01-09") in got
    assert ("episodes", "", "12") in got
    assert ("cast", "Hoot", "Rin Asagiri") in got and ("cast", "", "Daichi Mori") in got
    assert ("staff", "director", "Sora Kageyama") in got and ("staff", "music", "Kiln Collective") in got
    assert values(facts, "studio") == ["Studio Ashgrove"]                  # the committee is no studio
    assert values(facts, "trailer") == ["2024-08-01 https://www.youtube.com/watch?v=GlassOwl001"]
    no_foreign(facts, "Tin Saint", "Rootwork", "2025-04")
    assert values(facts, "release_date") == ["2025-01-09"]                # the article's date is never one
    assert [f.precision for f in facts if f.field == "release_date"] == ["day"]


def test_jsonld_article_dates_and_other_series_give_nothing():
    html = """<html><head><script type="application/ld+json">[{"@type":"BlogPosting","datePublished":"2024-05-05"},
      {"@type":"TVSeries","name":"Kite City","startDate":"2024-07"}]</script></head><body></body></html>"""
    assert facts_of(JsonldExtractor(), html, Work("Salt Road")) == []


def test_jsonld_precision_as_written_and_first_episode_only():
    html = """<html><head><script type="application/ld+json">{"@type":"TVSeries","name":"Salt Road","startDate":"2026"}</script>
      <script type="application/ld+json">{"@type":"Episode","name":"Salt Road","episodeNumber":2,"datePublished":"2026-01-15"}</script>
      </head><body></body></html>"""
    facts = facts_of(JsonldExtractor(), html, Work("Salt Road"))
    assert [(f.value, f.precision) for f in facts if f.field == "release_date"] == [("2026", "year")]


# ---------------------------------------------------------------------------------------------- official site
OFFICIAL_STAFF = """<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8">
<title>TVアニメ「灯火の番人」公式サイト</title>
<meta name="description" content="TVアニメ「灯火の番人」公式サイト。TOKYO MX、BS11、AT-Xにて7月より放送開始！">
<meta name="twitter:title" content="TVアニメ「灯火の番人」2025年夏放送決定！">
</head><body>
<header><h1><img src="logo.png" alt="灯火の番人"></h1><nav><ul><li><a href="../staff/">STAFF</a></li></ul></nav></header>
<div class="news"><p>2025.5.30 【BS11】放送時間変更のお知らせ</p></div>
<section><h2 class="pageTtl">STAFF</h2><ul id="staff">
 <li><img src="s1.png" alt="原作：三条あおい「灯火の番人」（星灯文庫刊）"></li>
 <li><img src="s2.png" alt="監督：白河ゆう"></li>
 <li><img src="s3.png" alt="シリーズ構成・脚本：早瀬かなめ"></li>
 <li><img src="s4.png" alt="キャラクターデザイン：桐谷 ほたる"></li>
 <li><img src="s5.png" alt="背景デザイン：森野こずえ、北条 匠"></li>
 <li><img src="s6.png" alt="音楽：未定"></li>
 <li><img src="s7.png" alt="アニメーション制作：スタジオ千鳥"></li>
 <li><img src="s8.png" alt="製作：灯火の番人製作委員会"></li>
 <li><img src="op.png" alt="オープニングテーマ：「ひかりの窓」/ミナモ"></li>
 <li><img src="ed.png" alt="エンディングテーマ：Luna Bell「夜間飛行」（Moonlit Records）"></li>
 <li><img src="op2.png" alt="オープニングテーマ：「二度目の灯り」/ミナモ"></li>
</ul></section>
<footer><small>©三条あおい/灯火の番人製作委員会</small></footer></body></html>"""


def test_official_staff_images_roles_studio_and_themes():
    facts = facts_of(LabelsExtractor(), OFFICIAL_STAFF, Work("Tomoshibi no Bannin", aliases=("灯火の番人",)))
    got = as_set(facts)
    assert ("staff", "original creator", "三条あおい") in got
    assert ("staff", "director", "白河ゆう") in got
    assert ("staff", "series composition", "早瀬かなめ") in got and ("staff", "screenplay", "早瀬かなめ") in got
    assert ("staff", "character design", "桐谷 ほたる") in got
    assert ("staff", "背景デザイン", "森野こずえ") in got and ("staff", "背景デザイン", "北条 匠") in got
    assert values(facts, "staff", "music") == []                          # 未定 is a placeholder
    assert values(facts, "studio") == ["スタジオ千鳥"]
    assert values(facts, "theme_song", "opening 1") == ["ひかりの窓 — ミナモ"]
    assert values(facts, "theme_song", "ending 1") == ["夜間飛行 — Luna Bell"]
    assert values(facts, "theme_song", "opening 2") == ["二度目の灯り — ミナモ"]
    no_foreign(facts, "製作委員会", "2025-05-30")


def test_official_meta_gives_broadcasters_and_the_month_with_the_year_from_twitter_title():
    facts = facts_of(LabelsExtractor(), OFFICIAL_STAFF, Work("灯火の番人"))
    got = as_set(facts)
    assert {("broadcaster", "tokyomx", "TOKYO MX"), ("broadcaster", "bs11", "BS11"), ("broadcaster", "atx", "AT-X")} <= got
    assert values(facts, "release_date") == ["2025-07"]


OFFICIAL_CAST = """<html><body><div id="contents"><h2>CHARACTER</h2>
<ul class="charaNav"><li><a href="#c1">ミナト</a></li><li><a href="#c2">ユズハ</a></li><li><a href="#c3">灯台守</a></li></ul>
<div class="chara"><div class="st"><img src="c1.png" alt="ミナト"></div>
  <h4><img src="n1.png" alt="ミナト"></h4><p class="cv"><span>CV.</span>青葉しずく</p><p>港町で育った少年。17歳。</p><p>身長：158cm</p><p>誕生日：4月1日</p><p>好きなもの：潮風</p></div>
<div class="chara"><h4><img src="n2.png" alt="ユズハ"></h4><p class="cv"><span>CV.</span>真柴 凛</p><p>灯台に住む少女。</p></div>
<div class="chara"><h4><img src="n3.png" alt="灯台守"></h4><p class="cv"><span>CV.</span>???</p></div>
<p>ナギ（CV：宇佐美 光）、カイ（CV：未発表）</p>
</div></body></html>"""


def test_official_cast_from_heading_images_and_cv_lines():
    facts = facts_of(LabelsExtractor(), OFFICIAL_CAST, Work("灯火の番人"))
    got = {(f.key, f.value) for f in facts if f.field == "cast"}
    assert got == {("ミナト", "青葉しずく"), ("ユズハ", "真柴 凛"), ("ナギ", "宇佐美 光")}


OFFICIAL_ONAIR = """<html><head><title>ON AIR | TVアニメ「灯火の番人」</title></head><body><main>
<h2>ON AIR 放送・配信情報</h2>
<p>2025年7月6日(日)より放送開始！</p>
<table><tr><th>TOKYO MX</th><td>7月6日より 毎週日曜 24:30～</td></tr>
<tr><th>BS11</th><td>7月8日より 毎週火曜 23:00～</td></tr></table>
<h3>配信</h3>
<table class="vod"><tr><th>サービス名</th><th>配信開始日時</th></tr>
<tr><td><a href="https://vod1.example/">ｄアニメストア</a></td><td>毎週日曜 25:00～</td></tr>
<tr><td>ネコ動画<br>※一部地域を除く</td><td>毎週月曜 12:00～</td></tr></table>
<p>※放送日時は変更になる場合がございます。</p>
</main></body></html>"""


def test_onair_stations_late_night_dates_and_service_tables():
    facts = facts_of(LabelsExtractor(), OFFICIAL_ONAIR, Work("灯火の番人"))
    got = as_set(facts)
    assert ("release_date", "", "2025-07-07") in got   # 毎週日曜 24:30 / 7月6日(日)24:30: the calendar day is the 7th
    assert {("broadcaster", "tokyomx", "TOKYO MX"), ("broadcaster", "bs11", "BS11")} <= got
    assert ("release_date", "BS11", "2025-07-08") in got
    assert {f.value for f in facts if f.field == "streaming"} == {"dアニメストア", "ネコ動画"}
    assert not [f for f in facts if f.field == "broadcaster" and f.value in ("dアニメストア", "ネコ動画")]


OFFICIAL_MUSIC = """<html><body><main><h2>MUSIC</h2>
<h3>ミナモ ニューシングル「ひかりの窓」</h3>
<p>「ひかりの窓」（TVアニメ『灯火の番人』第1クールＯＰテーマ）<br>c/w「潮騒ノート」</p>
<p>2025年8月20日（水）発売！</p>
<p>1. ひかりの窓<br>2. 潮騒ノート<br>3. ひかりの窓（TV size）</p>
<h3>EP「ふたつの灯り」</h3>
<p>「二度目の灯り」（TVアニメ「灯火の番人」第２クールオープニングテーマ）収録</p>
<p>「灯火の番人」のエンディングテーマ「夜間飛行」も好評配信中。</p>
</main></body></html>"""


def test_music_page_cour_numbers_and_no_cd_dates_or_coupling_tracks():
    facts = facts_of(LabelsExtractor(), OFFICIAL_MUSIC, Work("灯火の番人"))
    themes = {f.key: f.value for f in facts if f.field == "theme_song"}
    assert themes == {"opening 1": "ひかりの窓 — ミナモ", "opening 2": "二度目の灯り", "ending 1": "夜間飛行"}
    assert values(facts, "release_date") == []
    no_foreign(facts, "潮騒ノート", "2025-08-20")


# ---------------------------------------------------------------------------------------------- databases
DB = """<html><head><title>Paper Comet - AnimeShelf</title></head><body>
<div id="menu"><a href="/">AnimeShelf</a></div>
<div id="content"><h1>Paper Comet</h1>
<h2>Characters &amp; Voice Actors</h2>
<div class="card"><span class="users">1,204 users</span><h3>Hoshino, Tama</h3><a href="/character/501/Tama"></a></div>
<div class="card"><span class="users">880 users</span><span class="name">Kurose, Aki</span><a href="/people/77/Aki_Kurose"></a></div>
<div class="card"><span class="users">950 users</span><h3>Comet</h3><a href="/character/502/Comet"></a></div>
<div class="card"><span class="users">12 users</span><span class="name">Ibuki, Nao</span><a href="/people/78/Nao_Ibuki"></a></div>
<h2>Staff</h2>
<div class="card"><a href="/people/90/x"><img alt="Kanda, Rei"></a><span class="role">Director, Storyboard</span><a href="/people/90/x">Kanda, Rei</a></div>
<h2>Theme Songs</h2>
<span>Opening</span><table><tr><td>"Stardust Mail" by Velvet Owls</td></tr></table>
<span>Ending</span><table><tr><td>1: "Night Post (夜の郵便)" by Nao Ibuki (eps 1-6)</td></tr>
<tr><td>2: "Return Address" by Tin Lanterns (eps 7-12)</td></tr></table>
<h2>Episodes</h2><ul>
<li><a href="/anime/321/Paper_Comet/episode/1">#1 Launch</a> Aired: Apr 5, 2025</li>
<li><a href="/anime/321/Paper_Comet/episode/2">#2 Orbit</a> Aired: Apr 12, 2025</li></ul>
<h2>Information</h2><table>
<tr><td>Episodes</td><td>12</td></tr>
<tr><td>Aired</td><td>Apr 5, 2025 to Jun 21, 2025</td></tr>
<tr><td>Premiered</td><td>Spring 2025</td></tr>
<tr><td>Broadcast</td><td>Saturdays at 24:00 (JST)</td></tr>
<tr><td>Producers</td><td>Comet Partners, Paper Records</td></tr>
<tr><td>Studios</td><td>Hoshiboshi</td></tr>
<tr><td>Duration</td><td>24 min. per ep.</td></tr></table>
<h2>Spring 2025 Anime</h2><ul>
<li><a href="/anime/9001/Cloud_Diver">Cloud Diver</a></li><li><a href="/anime/9002/Tin_Saint">Tin Saint</a></li>
<li><a href="/anime/9003/Glass_Owl">Glass Owl</a></li><li><a href="/anime/9004/Salt_Road">Salt Road</a></li></ul>
</div></body></html>"""


def test_database_page_infobox_cards_and_theme_lists():
    facts = facts_of(LabelsExtractor(), DB, Work("Paper Comet"))
    got = as_set(facts)
    assert values(facts, "release_date") == ["2025-04-05"]
    assert values(facts, "episodes") == ["12"]
    assert values(facts, "studio") == ["Hoshiboshi"]
    assert ("cast", "Hoshino, Tama", "Kurose, Aki") in got and ("cast", "Comet", "Ibuki, Nao") in got
    assert ("staff", "director", "Kanda, Rei") in got and ("staff", "storyboard", "Kanda, Rei") in got
    themes = {f.key: f.value for f in facts if f.field == "theme_song"}
    assert themes == {"opening 1": "Stardust Mail — Velvet Owls", "ending 1": "Night Post (夜の郵便) — Nao Ibuki",
                      "ending 2": "Return Address — Tin Lanterns"}
    no_foreign(facts, "2025-04-12", "Cloud Diver", "Tin Saint", "Comet Partners", "Paper Records")


ENCYC = """<html><body><div id="maincontent">
<h1>Moss Garden (TV 2)</h1>
<div class="info"><strong>Vintage:</strong> <span>2013 (Fall)</span></div>
<div class="info"><strong>Number of episodes:</strong> <span>TBA</span></div>
<div class="info"><strong>Opening Theme:</strong><div>#1: "Green Hour" by Ivy Lane</div><div>#2: "Rain Garden" (Ame no Niwa) by Ivy Lane</div></div>
<div class="info"><strong>Ending Theme:</strong><div>"Slow Spores" by Fern &amp; Fig</div><div>"Dewline" (Special Ending) by Fern &amp; Fig</div></div>
<div class="info"><strong>Insert song:</strong><div>"Dewline" by Fern &amp; Fig (ep 7)</div></div>
<table id="credits"><tr><td>Japanese staff</td><td>Japanese cast</td></tr>
<tr><td><div><b>Director</b>: <a href="people.php?id=1">Mika Sorano</a></div>
<div><b>Storyboard</b>:<br><a href="people.php?id=2">Ken Arai</a> <small>(eps 1, 3)</small><br><a href="people.php?id=3">Yui Oto</a> <small>(ep 2)</small></div>
<div><b>Music</b>: <a href="people.php?id=4">Tarou Nami</a></div></td>
<td><div><a href="people.php?id=5">Hana Ueda</a> <i>as</i> <b>Moss</b></div><div><a href="people.php?id=6">Jo Kim</a> <i>as</i> <b>Fern</b></div></td></tr>
<tr><td>Japanese companies</td></tr>
<tr><td><div><b>Animation Production</b>: <a href="company.php?id=9">Studio Lichen</a></div>
<div><b>Production</b>: <a href="company.php?id=10">Moss Garden Production Committee</a></div></td></tr>
<tr><td>English cast</td></tr>
<tr><td><div><a href="people.php?id=7">Amy Reed</a> <i>as</i> <b>Moss</b></div></td></tr></table>
</div></body></html>"""


def test_encyclopedia_entry_vintage_season_numbered_themes_credits_and_dub_cast():
    facts = facts_of(LabelsExtractor(), ENCYC, Work("Moss Garden"))
    got = as_set(facts)
    assert [(f.value, f.precision) for f in facts if f.field == "release_date"] == [("2013-fall", "season")]
    assert values(facts, "episodes") == []
    themes = {f.key: f.value for f in facts if f.field == "theme_song"}
    assert themes["opening 1"] == "Green Hour — Ivy Lane"
    assert themes["opening 2"] == "Rain Garden (Ame no Niwa) — Ivy Lane"
    assert themes["ending 1"] == "Slow Spores — Fern & Fig" and themes["ending 2"] == "Dewline — Fern & Fig"
    assert themes["insert 1"] == "Dewline — Fern & Fig"
    assert {("staff", "director", "Mika Sorano"), ("staff", "storyboard", "Ken Arai"), ("staff", "storyboard", "Yui Oto"),
            ("staff", "music", "Tarou Nami")} <= got
    assert ("cast", "Moss", "Hana Ueda") in got and ("cast", "Fern", "Jo Kim") in got
    assert ("cast", "Moss [English]", "Amy Reed") in got
    assert values(facts, "studio") == ["Studio Lichen"]


# ---------------------------------------------------------------------------------------------- season list end to end
SEASON = """<html><head><title>2017年秋季開始の新作アニメ一覧</title></head><body>
<h2><a href="https://kaze.example/">風見鶏のレシピ</a></h2>
<p><b>・放送情報</b><br>MBS：10/7(土) 26:55～<br>TOKYO MX：10/8(日) 24:00～<br>AT-X：10/11(水) 21:00～ほか<br>全12話</p>
<p><b>・スタッフ</b><br>原作：早瀬かなめ<br>監督：白河ゆう<br>アニメーション制作：ランタン工房<br>制作：風見鶏のレシピ制作委員会<br>
Twitter：@kazami_anime<br>ハッシュタグ：#kazami<br>OP：ミナモ「湯気の向こう」<br>ED：Luna Bell「Slow Simmer」</p>
<p><b>・キャスト</b><br>ソラ：青葉しずく<br>マスター：真柴 凛</p>
<h2><a href="https://tsuki.example/">月夜のポスト 第2期</a></h2>
<p><b>・放送情報</b><br>NHK総合：10/14(土) 23:00～</p>
<p><b>・スタッフ</b><br>監督：北条 匠<br>アニメーション制作：スタジオ千鳥</p>
</body></html>"""


def run(html: str, work: Work):
    body = html.encode("utf-8")
    f = Fetched(url="https://example.test/s", final_url="https://example.test/s", status=200, body=body,
                text=html, content_type="text/html")
    return extract(f, work)


def test_season_list_section_only_with_late_night_and_year_from_title():
    result = run(SEASON, Work("Kazamidori no Recipe", aliases=("風見鶏のレシピ",)))
    got = as_set(result.facts)
    assert ("release_date", "", "2017-10-08") in got                 # 10/7 26:55 is the 8th
    assert {("broadcaster", "mbs", "MBS"), ("broadcaster", "tokyomx", "TOKYO MX"), ("broadcaster", "atx", "AT-X")} <= got
    assert ("episodes", "", "12") in got
    assert ("studio", "ランタン工房", "ランタン工房") in got
    assert ("theme_song", "opening 1", "湯気の向こう — ミナモ") in got
    assert ("theme_song", "ending 1", "Slow Simmer — Luna Bell") in got
    assert ("cast", "ソラ", "青葉しずく") in got
    no_foreign(result.facts, "北条", "スタジオ千鳥", "NHK", "2017-10-14", "委員会", "kazami")


def test_season_list_without_this_work_gives_nothing():
    result = run(SEASON, Work("Nowhere Express"))
    assert result.facts == [] and result.has_main_content


# ---------------------------------------------------------------------------------------------- CSS rules
CSS_PAGE = """<html><body><nav class="menu"><dl class="staff"><dt>監督</dt><dd>ナビの人</dd></dl></nav>
<div class="box"><dl class="credits"><dt>監督</dt><dd>白河ゆう</dd><dt>音楽</dt><dd>潮見リク</dd></dl>
<ul class="cast"><li>ミナト：青葉しずく</li><li>ユズハ（CV：真柴 凛）</li></ul>
<p class="date">2025年7月6日（日）24:30～</p>
<p class="st">TOKYO MX、BS11</p></div></body></html>"""


def test_css_rules_read_each_match_for_its_field():
    work = Work("灯火の番人", css={"staff": "dl.credits dd", "cast": "ul.cast li", "release_date": "p.date",
                                   "broadcaster": "p.st", "episodes": "[[invalid"})
    facts = CssExtractor().extract(page(CSS_PAGE), work)
    got = as_set(facts)
    assert ("staff", "director", "白河ゆう") in got and ("staff", "music", "潮見リク") in got
    assert ("cast", "ミナト", "青葉しずく") in got and ("cast", "ユズハ", "真柴 凛") in got
    assert ("release_date", "", "2025-07-07") in got   # 毎週日曜 24:30 / 7月6日(日)24:30: the calendar day is the 7th
    assert {("broadcaster", "tokyomx", "TOKYO MX"), ("broadcaster", "bs11", "BS11")} <= got
    no_foreign(facts, "ナビの人")


def test_css_rule_may_point_into_chrome_on_purpose():
    work = Work("灯火の番人", css={"staff": "nav dl.staff dd"})
    facts = CssExtractor().extract(page(CSS_PAGE), work)
    assert as_set(facts) == {("staff", "director", "ナビの人")}


# ---------------------------------------------------------------------------------------------- robustness
@pytest.mark.parametrize("html", ["", "<html></html>", "<p>Director:</p>", "<<<>>>", "<table><tr><th>配信</th></tr></table>",
                                  "<script type='application/ld+json'>{\"@type\":\"TVSeries\",\"actor\":[1,null,\"x\"]}</script>"])
def test_extractors_never_raise(html):
    w = Work("Anything", css={"cast": "li", "trailer": "a", "theme_song": "p"})
    for ex in (JsonldExtractor(), LabelsExtractor(), CssExtractor()):
        assert isinstance(ex.extract(page(html), w), list)


def test_placeholders_and_not_yet_announced_give_nothing():
    html = """<html><body><main><h2>STAFF</h2><dl><dt>監督</dt><dd>未発表</dd><dt>Music</dt><dd>TBA</dd></dl>
      <h2>Information</h2><div>Aired: Not available</div><div>Episodes: ?</div><div>Studios: None found, add some</div>
      <h2>MUSIC</h2><p>OP Theme: Coming soon</p><p>ED：未定</p></main></body></html>"""
    assert facts_of(LabelsExtractor(), html, Work("Salt Road")) == []


WIKI = """<html><head><title>Salt Road (TV series) - Encyclopedia</title></head><body>
<div id="site-navigation"><ul><li><a href="/wiki/Main">Main page</a></li></ul></div>
<div id="content"><h1>Salt Road (TV series)</h1>
<table class="infobox"><tr><th colspan="2">Salt Road</th></tr><tr><th>Genre</th><td>Fantasy</td></tr>
<tr><th>Directed by</th><td>Mio Tanaka</td></tr><tr><th>Written by</th><td>Ken Aoyama</td></tr>
<tr><th>Music by</th><td>Rei Kudo<br>Shin Abe</td></tr><tr><th>Studio</th><td>Hoshiboshi</td></tr>
<tr><th>Licensed by</th><td>Crunchyroll</td></tr><tr><th>Original network</th><td>Tokyo MX, BS11</td></tr>
<tr><th>Original run</th><td>January 10, 2025 – March 28, 2025</td></tr><tr><th>Episodes</th><td>12</td></tr></table>
<h2>Cast</h2><ul><li>Yui Mori as Tama, a courier who never sleeps</li><li>Ken Oda as Sho</li></ul>
<p>Why watch: the studio's last show, Cloud Diver (2022, 12 episodes), was lovely.</p>
<div class="navbox"><table><tr><th>Hoshiboshi works</th><td><a href="/wiki/Cloud_Diver">Cloud Diver</a> (2022)</td></tr></table></div>
</div></body></html>"""


def test_encyclopedia_infobox_by_credits_and_descriptive_cast_lines():
    facts = facts_of(LabelsExtractor(), WIKI, Work("Salt Road"))
    got = as_set(facts)
    assert {("staff", "director", "Mio Tanaka"), ("staff", "screenplay", "Ken Aoyama"), ("staff", "music", "Rei Kudo"),
            ("staff", "music", "Shin Abe")} <= got
    assert values(facts, "studio") == ["Hoshiboshi"] and values(facts, "episodes") == ["12"]
    assert values(facts, "release_date") == ["2025-01-10"]
    assert {("broadcaster", "tokyomx", "Tokyo MX"), ("broadcaster", "bs11", "BS11")} <= got
    assert ("cast", "Tama", "Yui Mori") in got and ("cast", "Sho", "Ken Oda") in got
    no_foreign(facts, "Cloud Diver", "Crunchyroll")


NEWS_EN = """<html><head><title>Paper Comet anime: staff and premiere | PopReel</title>
<meta property="article:published_time" content="2024-12-02T08:00:00Z"></head><body>
<nav><a href="/">PopReel</a></nav>
<article><h1>Paper Comet anime: staff and premiere</h1>
<p>READ MORE: Tin Saint premieres April 6, 2025 on Tokyo MX</p>
<ul><li>Director: Mio Tanaka (Cloud Diver, Salt Road)</li>
<li>Character designs: Ken Oda, the animator behind Tin Saint</li>
<li>Studio: Hoshiboshi</li></ul>
<p>Watch the first teaser below.</p>
<div class="embed"><iframe src="https://www.youtube.com/embed/PaperComet1" title="Paper Comet teaser trailer"></iframe></div>
</article>
<aside class="sidebar"><h3>Popular</h3><p>Glass Owl: Director: Rin Asagiri</p></aside>
</body></html>"""


def test_news_bullets_without_the_works_named_in_passing():
    facts = facts_of(LabelsExtractor(), NEWS_EN, Work("Paper Comet"))
    got = as_set(facts)
    assert ("staff", "director", "Mio Tanaka") in got and ("staff", "character design", "Ken Oda") in got
    assert values(facts, "studio") == ["Hoshiboshi"]
    assert values(facts, "trailer", "teaser 1") == ["https://www.youtube.com/watch?v=PaperComet1"]
    assert values(facts, "release_date") == []       # the READ MORE line is about another show
    no_foreign(facts, "Tin Saint", "Cloud Diver", "Salt Road", "Tokyo MX", "Rin Asagiri", "Glass Owl")


OFFICIAL_TOP = """<html><head><meta charset="utf-8"><title>TVアニメ「灯火の番人」公式サイト</title></head><body>
<div class="kv"><img src="kv.jpg" alt="2025.7.6 SUN TOKYO MXほかにて放送開始"></div>
<ul class="bnr"><li><img src="b1.png" alt="各配信サイトにて第1話無料配信決定！"></li>
<li><img src="b2.png" alt="7月20日(日)新宿にて先行上映イベント開催！"></li>
<li><img src="b3.png" alt="Blu-ray BOX(全12話収録)2025年10月22日発売"></li></ul>
</body></html>"""


def test_official_top_key_visual_alt_and_banners_that_are_not_facts():
    facts = facts_of(LabelsExtractor(), OFFICIAL_TOP, Work("灯火の番人"))
    got = as_set(facts)
    assert ("release_date", "", "2025-07-06") in got
    assert ("broadcaster", "tokyomx", "TOKYO MX") in got
    assert values(facts, "streaming") == [] and values(facts, "episodes") == []
    no_foreign(facts, "2025-07-20", "2025-10-22", "配信サイト")


def test_cast_layouts_dl_cv_and_same_line_cv():
    html = """<html><body><main><h2>CAST</h2>
    <dl><dt>ミナト</dt><dd>CV：青葉しずく</dd></dl>
    <div class="c"><h4>ユズハ</h4><dl><dt>CV</dt><dd>真柴 凛</dd></dl></div>
    <p>ナギ　CV：宇佐美 光</p><p>Kai / CV: Ren Oda</p></main></body></html>"""
    facts = facts_of(LabelsExtractor(), html, Work("灯火の番人"))
    assert {(f.key, f.value) for f in facts if f.field == "cast"} == {
        ("ミナト", "青葉しずく"), ("ユズハ", "真柴 凛"), ("ナギ", "宇佐美 光"), ("Kai", "Ren Oda")}


def test_european_database_dates_and_type_with_episode_count():
    html = """<html><body><div id="layout-main"><h1>Anime: Paper Comet</h1><table>
    <tr><th>Main Title</th><td>Paper Comet</td></tr><tr><th>Type</th><td>TV Series, 12 episodes</td></tr>
    <tr><th>Year</th><td>05.04.2025 until 21.06.2025</td></tr></table>
    <table class="staffcredits"><tr><th>Direction</th><td>Kanda Rei</td></tr><tr><th>Animation Work</th><td>Hoshiboshi</td></tr></table>
    </div></body></html>"""
    got = as_set(facts_of(LabelsExtractor(), html, Work("Paper Comet")))
    assert {("episodes", "", "12"), ("release_date", "", "2025-04-05"), ("staff", "director", "Kanda Rei"),
            ("studio", "hoshiboshi", "Hoshiboshi")} <= got


def _cast_of(html: str) -> dict:
    from tracker.extract import extract
    from tracker.model import Fetched, Work

    body = html.encode("utf-8")
    fetched = Fetched(url="http://x/", final_url="http://x/", status=200, body=body, text=html, content_type="text/html")
    return {f.key: f.value for f in extract(fetched, Work("Star Ferry", ("スターフェリー",))).facts if f.field == "cast"}


def test_database_cast_table_reads_names_without_role_and_language_notes():
    html = """<html><body><main><h1>Star Ferry</h1><h2>Characters &amp; Voice Actors</h2><table>
    <tr><td><a href="/character/11/">Minato, Aoi</a><div><small>Main</small></div></td>
        <td><a href="/people/90/">Sato, Rina</a><br><small>Japanese</small></td></tr>
    <tr><td><a href="/character/12/">Kuroe</a><div><small>Supporting</small></div></td>
        <td><a href="/people/91/">Abe, Jun</a><br><small>Japanese</small></td></tr>
    </table></main></body></html>"""
    cast = _cast_of(html)
    assert cast.get("Minato, Aoi") == "Sato, Rina" and cast.get("Kuroe") == "Abe, Jun"
    assert not any("Main" in k or "Supporting" in k or "Japanese" in v for k, v in cast.items())


def test_official_cast_card_keeps_both_scripts_so_names_can_be_linked():
    html = """<html><head><title>TVアニメ「スターフェリー」公式サイト</title></head><body><main><section id="cast"><h2>CAST</h2><ul>
    <li><h4><img src="c1.png" alt="ミナト・アオイ"></h4><p class="en">MINATO AOI</p>
        <p><span>CV.</span>佐藤里奈</p><p class="en">Rina Sato</p></li>
    <li><h4><img src="c2.png" alt="クロエ"></h4><p><span>CV.</span>安部 純</p></li>
    </ul></section></main></body></html>"""
    cast = _cast_of(html)
    assert cast.get("ミナト・アオイ（Minato Aoi）") == "佐藤里奈（Rina Sato）"
    assert cast.get("クロエ") == "安部 純"


def test_a_page_that_never_names_the_work_yields_nothing_and_says_why():
    from tracker.extract import extract
    from tracker.model import Fetched, Work

    html = ("<html><head><title>Hollow Lantern: everything we know</title></head><body><article>"
            "<h1>Hollow Lantern</h1><p>Hollow Lantern premieres on April 5, 2024 on Tokyo MX.</p>"
            "<p>Director: Taro Yamada</p></article></body></html>")
    fetched = Fetched(url="http://x/", final_url="http://x/", status=200, body=html.encode(), text=html,
                      content_type="text/html")
    ex = extract(fetched, Work("Star Ferry", ("スターフェリー",)))
    assert ex.facts == [] and not ex.has_main_content and "does not name Star Ferry" in ex.problem
    assert extract(fetched, Work("Hollow Lantern")).facts  # the same page, for its own work


# ---------------------------------------------------------------------------------------------- holdout-style rules
def _labels(html: str, work: Work):
    return facts_of(LabelsExtractor(), html, work)


def test_layout_table_beside_the_content_is_no_cast_table():
    # a database page laid out as a two-cell table: info column (with a "Type: TV" link) | the content
    html = """<html><head><title>Copper Lark - CatalogDB</title></head><body><table><tr>
    <td class="left"><div><span>Type:</span> <a href="/browse?type=tv">TV</a></div>
        <div><span>Episodes:</span> 10</div></td>
    <td class="right"><h2>Synopsis</h2><p>A lark made of copper wire learns to sing in a foundry town where
        every bell has been melted down for the war effort, and nobody remembers the old songs any more.</p>
      <h2>Characters &amp; Voice Actors</h2><table class="cv">
      <tr><td><a href="/character/77/Lark">Lark, Copper</a></td><td><a href="/people/55/">Hoshino, Mai</a></td></tr>
      </table></td></tr></table></body></html>"""
    facts = _labels(html, Work("Copper Lark"))
    keys = {f.key for f in facts if f.field == "cast"}
    assert "TV" not in keys
    assert ("cast", "Lark, Copper", "Hoshino, Mai") in as_set(facts)


def test_other_works_note_is_not_a_credit():
    html = """<html><head><title>TVアニメ「磯の灯」公式サイト</title></head><body><main><section><h3>STAFF</h3>
    <dl><dt>監督</dt><dd>岬 しおり</dd></dl><p>[代表作：監督『海鳴りの庭』『錨のワルツ』]</p>
    <p>【代表作】シリーズ構成『白い帆』</p></section></main></body></html>"""
    facts = _labels(html, Work("磯の灯"))
    assert values(facts, "staff", "director") == ["岬 しおり"]
    assert not any("代表作" in f.key or "海鳴り" in f.value or "白い帆" in f.value for f in facts)


def test_station_schedule_late_night_rollover_and_first_airing():
    html = """<html><head><title>TVアニメ「潮見の探偵」公式サイト</title></head><body><main>
    <section><h2>ON AIR</h2><p class="lead">2026年7月放送開始予定</p><table>
    <tr><th>テレ東</th><td>2026年7月4日(土)より 毎週土曜23:00～</td></tr>
    <tr><th>BSフジ</th><td>2026年7月7日(火)より 毎週火曜25:30～</td></tr></table>
    <h4>配信</h4><p>Hulu、FODにて 2026年7月5日(日)12:00より順次配信開始</p></section></main></body></html>"""
    facts = _labels(html, Work("潮見の探偵"))
    dates = {f.key: f.value for f in facts if f.field == "release_date"}
    assert dates[""] == "2026-07-04"                 # the first TV airing, not the streaming start
    assert dates.get("BSフジ") == "2026-07-08"       # 毎週火曜25:30 is the night after the 7th
    assert "テレ東" not in dates                      # the same as the first airing
    assert {org_key("Hulu"), org_key("FOD")} <= {f.key for f in facts if f.field == "streaming"}


def test_station_label_lines_roll_over_and_stream_lines_lose_their_times():
    html = """<html><head><title>「星見坂ラジオ」放送決定</title></head><body><article><h1>「星見坂ラジオ」放送決定</h1>
    <h2>放送情報</h2>
    <p>テレビ大阪：2026年1月8日(木)24:30～<br>BS朝日：2026年1月9日(金)26:00～<br>AT-X：2026年1月11日(日)22:00～</p>
    <p>配信：2026年1月9日(金)12:00よりFOD・Leminoにて先行配信</p>
    <p><img src="kv.jpg" alt="2026年1月8日(木)24:30～ テレビ大阪・BS朝日ほかにて放送開始"></p>
    </article></body></html>"""
    facts = _labels(html, Work("星見坂ラジオ"))
    dates = {f.key: f.value for f in facts if f.field == "release_date"}
    assert dates[""] == "2026-01-09"
    assert "テレビ大阪" not in dates and dates.get("BS朝日") == "2026-01-10" and dates.get("AT-X") == "2026-01-11"
    assert {org_key("FOD"), org_key("Lemino")} <= {f.key for f in facts if f.field == "streaming"}
    assert {org_key("テレビ大阪"), org_key("BS朝日")} <= {f.key for f in facts if f.field == "broadcaster"}
    assert not any(re.search(r"\d", f.key) for f in facts if f.field in ("broadcaster", "streaming"))


def test_theme_lines_performed_by_split_items_and_artist_possessive():
    html = """<html><head><title>Lamplight Ferry - Credits</title></head><body><main><h1>Lamplight Ferry</h1>
    <h2>Music</h2><ul>
    <li>OP: "Harbour Lights" — performed by Tidewater Choir</li>
    <li>ED: "Rope and Knot" — performed by Mina Oda &amp; Kei Sato (as Nell &amp; Pim)</li></ul>
    <h2>Also this season</h2>
    <p><b>OP:</b> "Salt Map" by gullwing · <b>ED:</b> TBA</p>
    <p><b>Opening theme:</b> NORTH STAR's "Compass Rose". <b>Ending theme:</b> "Low Tide" by Ren Mori.</p>
    </main></body></html>"""
    facts = _labels(html, Work("Lamplight Ferry"))
    themes = {f.key: f.value for f in facts if f.field == "theme_song"}
    assert themes["opening 1"] == "Harbour Lights — Tidewater Choir"
    assert themes["ending 1"] == "Rope and Knot — Mina Oda & Kei Sato"
    assert "Salt Map — gullwing" in themes.values()
    assert "Compass Rose — NORTH STAR" in themes.values() and "Low Tide — Ren Mori" in themes.values()
    assert not any("TBA" in v or "·" in v or v.endswith(".") for v in themes.values())


def test_theme_items_with_placeholder_yield_nothing():
    html = """<html><head><title>Kettle Moon</title></head><body><main><h1>Kettle Moon</h1>
    <ul><li>OP: TBA</li><li>ED: TBA</li></ul></main></body></html>"""
    assert values(_labels(html, Work("Kettle Moon")), "theme_song") == []


def test_japanese_theme_described_singer_is_no_artist():
    html = """<html><head><title>TVアニメ「こもれび商店街」</title></head><body><article><h1>TVアニメ「こもれび商店街」</h1>
    <p>新PVでは、オープニングテーマであるからくりPARADEの「ひだまり号」を使用。エンディングテーマは主人公たちが歌う「まちかど日和」に決まった。</p>
    </article></body></html>"""
    facts = _labels(html, Work("こもれび商店街"))
    themes = {f.key: f.value for f in facts if f.field == "theme_song"}
    assert themes.get("opening 1") == "ひだまり号 — からくりPARADE"
    assert themes.get("ending 1") == "まちかど日和"


def test_head_meta_description_labelled_credits():
    html = """<html><head><title>TVアニメ「木漏れ日ポスト」公式サイト</title>
    <meta name="description" content="TVアニメ「木漏れ日ポスト」2026年4月より放送開始！原作：葉月こより（週刊ポラリス連載）／監督：真砂ゆうき／アニメーション制作：スタジオ白樺／製作：木漏れ日ポスト製作委員会">
    </head><body><main><h1><img src="logo.png" alt="木漏れ日ポスト"></h1></main></body></html>"""
    facts = _labels(html, Work("木漏れ日ポスト"))
    got = as_set(facts)
    assert ("staff", "original creator", "葉月こより") in got
    assert ("staff", "director", "真砂ゆうき") in got
    assert values(facts, "studio") == ["スタジオ白樺"]
    no_foreign(facts, "週刊ポラリス", "製作委員会")


def test_cast_bullets_character_dash_actor_in_a_cast_list():
    html = """<html><head><title>Brass Heron delayed to summer</title></head><body><article><h1>Brass Heron delayed</h1>
    <p>The studio said the extra months will go into the aerial scenes.</p>
    <p>Cast so far:</p>
    <ul><li>Odile Brask — Nanami Hoshi</li><li>The Heron (Brass) – Ryo Kazama</li><li>Captain Fenn - Aki Tomura</li></ul>
    <p>The trailer went up on May 2 — fans liked it.</p>
    </article></body></html>"""
    facts = _labels(html, Work("Brass Heron"))
    cast = {f.key: f.value for f in facts if f.field == "cast"}
    assert cast.get("Odile Brask") == "Nanami Hoshi"
    assert cast.get("The Heron (Brass)") == "Ryo Kazama"
    assert cast.get("Captain Fenn") == "Aki Tomura"
    assert len(cast) == 3


def test_three_column_credit_and_cast_tables_with_header_rows():
    html = """<html><head><title>Willow Switchboard (TV 2026) - ShowIndex</title></head><body><main>
    <h1>Willow Switchboard</h1>
    <h2>Credits</h2><table class="credits"><thead><tr><th>Role</th><th>Name</th><th>Notes</th></tr></thead><tbody>
    <tr><td>Original Creator</td><td><a href="/p/1">Hana Ibuki</a></td><td>Seiunsha</td></tr>
    <tr><td>Director</td><td><a href="/p/2">Toma Kiriya</a></td><td></td></tr>
    <tr><td>Character Design</td><td><a href="/p/3">Yui Senda</a></td><td>also Chief Animation Director</td></tr>
    <tr><td>Animation Production</td><td><a href="/c/9">Studio Kogarashi</a></td><td></td></tr>
    <tr><td>Production</td><td>Willow Switchboard Production Committee</td><td></td></tr>
    </tbody></table>
    <h2>Cast</h2><table class="cast"><thead><tr><th>Character</th><th>Japanese</th><th>English</th></tr></thead><tbody>
    <tr><td>Nell Ashby</td><td>Mao Kuze</td><td>Dana Price</td></tr>
    <tr><td>Otto Brill</td><td>Ken Araki</td><td>—</td></tr>
    <tr><td>Pia Lund</td><td>Rina Oka</td><td>TBA</td></tr>
    </tbody></table></main></body></html>"""
    facts = _labels(html, Work("Willow Switchboard"))
    got = as_set(facts)
    assert ("staff", "original creator", "Hana Ibuki") in got and ("staff", "director", "Toma Kiriya") in got
    assert ("staff", "character design", "Yui Senda") in got
    assert ("staff", "chief animation director", "Yui Senda") in got      # from the notes cell
    assert values(facts, "studio") == ["Studio Kogarashi"]
    assert not any(f.key.lower() in ("notes", "name", "role") for f in facts)
    no_foreign(facts, "Seiunsha", "Committee")
    cast = {f.key: f.value for f in facts if f.field == "cast"}
    assert cast == {"Nell Ashby": "Mao Kuze", "Otto Brill": "Ken Araki", "Pia Lund": "Rina Oka",
                    "Nell Ashby [English]": "Dana Price"}


def test_premiere_row_station_after_dot_and_also_airs_with_its_own_date():
    html = """<html><head><title>Pebble Courier (TV 2026) - ShowIndex</title></head><body><main><h1>Pebble Courier</h1>
    <table class="release">
    <tr><th>Premiere</th><td>2026-04-09 (Thu) 22:00 · NHK E</td></tr>
    <tr><th>Also airs</th><td>Kansai Hoso, BS Fuji (2026-04-12)</td></tr></table>
    <ul><li><b>Broadcast:</b> Friday, April 10 at 25:00 on CBC; Saturday April 11 on AT-X, KBS Kyoto later</li></ul>
    </main></body></html>"""
    facts = _labels(html, Work("Pebble Courier"))
    bro = {f.key for f in facts if f.field == "broadcaster"}
    assert {org_key(n) for n in ("NHK E", "Kansai Hoso", "BS Fuji", "AT-X", "KBS Kyoto")} <= bro
    dates = {f.key: f.value for f in facts if f.field == "release_date"}
    assert dates[""] == "2026-04-09" and dates.get("BS Fuji") == "2026-04-12"
    assert not any("later" in f.value for f in facts)


def test_streaming_start_dates_a_streaming_only_work():
    html = """<html><head><title>「霧笛の図書館」</title></head><body><main><h1>「霧笛の図書館」</h1>
    <p>「霧笛の図書館」2026年春配信予定</p><p>「霧笛の図書館」は2026年4月16日(木)よりNetflixにて世界独占配信開始</p></main></body></html>"""
    facts = _labels(html, Work("霧笛の図書館"))
    assert values(facts, "release_date", "") == ["2026-04-16"]


def test_english_schedule_rolls_a_late_night_slot_and_keys_a_later_streaming_day():
    html = """<html><head><title>Copper Kite Almanac official site</title></head><body><main>
    <h1>Copper Kite Almanac</h1><section><h2>ON AIR</h2>
    <table><tr><th>Tokai TV</th><td>From May 6, 2027 (Thu) every Thursday 26:10～</td></tr>
    <tr><th>BS Asahi</th><td>From May 8, 2027 (Sat) every Saturday 21:00～</td></tr></table>
    <h3>STREAMING</h3>
    <table><tr><th>Netflix</th><td>From May 7, 2027 (Fri) 03:00 JST</td></tr>
    <tr><th>Lemino</th><td>From May 9, 2027 (Sun) 12:00～</td></tr></table></section></main></body></html>"""
    facts = _labels(html, Work("Copper Kite Almanac"))
    dates = {f.key: f.value for f in facts if f.field == "release_date"}
    assert dates[""] == "2027-05-07"                        # 26:10 on the 6th is the 7th
    assert dates["BS Asahi"] == "2027-05-08" and dates["Lemino"] == "2027-05-09"
    assert "Netflix" not in dates                            # the same day as the first airing: no key


SEASON_TABLE = """<html><head><title>2027年夏アニメ一覧</title></head><body><main><h1>2027年夏アニメ 新番組</h1>
<div class="work" id="a1"><h2>硝子細工の灯台守</h2>
<table><tr><th>放送日時</th><td>テレビ朝日：2027年7月3日(土)より毎週土曜 26:00～<br>BS朝日：7月6日(火)より毎週火曜 23:00～</td></tr>
<tr><th>配信</th><td>Lemino：7月4日(日)12:00より先行配信</td></tr>
<tr><th>キャスト</th><td>灯台守ミオ：早瀬あかり／老船長：沖田ケンジ</td></tr>
<tr><th>主題歌</th><td>OP「潮騒コンパス」／ハルカゼ</td></tr></table></div>
<div class="work" id="a2"><h2>歯車仕掛けの午後</h2>
<table><tr><th>放送日時</th><td>2027年7月11日(日)より毎週日曜 17:30～　CBC/TBS系全国28局ネット（日5枠）</td></tr>
<tr><th>スタッフ</th><td>監督：野々宮リク<br>アニメーション制作：スタジオ・ハグルマ×LUMENWORKS</td></tr>
<tr><th>キャスト</th><td>クロノ（CV：雨宮トオル）</td></tr></table></div>
<div class="work" id="a3"><h2>霧雨の測量士</h2>
<table><tr><th>放送日時</th><td>2027年7月予定（放送局・日時は未定）</td></tr></table></div>
</main></body></html>"""


def _labels_for(html: str, work: Work):
    """Labels on the work's own section of a page (a season list is scoped the way extract() scopes it)."""
    return LabelsExtractor().extract(page(html).for_work(work), work)


def test_season_table_schedule_cell_station_lines_and_cast_cell():
    facts = _labels_for(SEASON_TABLE, Work("硝子細工の灯台守"))
    dates = {f.key: f.value for f in facts if f.field == "release_date"}
    assert dates[""] == "2027-07-04"                     # テレビ朝日 26:00 on the 3rd
    assert dates["BS朝日"] == "2027-07-06"
    assert "Lemino" not in dates                           # the same day as the first airing
    assert {org_key("テレビ朝日"), org_key("BS朝日")} <= {f.key for f in facts if f.field == "broadcaster"}
    cast = {f.key: f.value for f in facts if f.field == "cast"}
    assert cast == {"灯台守ミオ": "早瀬あかり", "老船長": "沖田ケンジ"}
    no_foreign(facts, "野々宮リク", "ハグルマ", "雨宮トオル", "CBC")


def test_season_table_date_first_schedule_names_network_and_joint_studios():
    facts = _labels_for(SEASON_TABLE, Work("歯車仕掛けの午後"))
    assert values(facts, "release_date", "") == ["2027-07-11"]
    assert {f.key for f in facts if f.field == "broadcaster"} == {org_key("CBC"), org_key("TBS")}
    assert sorted(values(facts, "studio")) == sorted(["スタジオ・ハグルマ", "LUMENWORKS"])
    facts = _labels_for(SEASON_TABLE, Work("霧雨の測量士"))
    assert values(facts, "release_date", "") == ["2027-07"]
    assert not [f for f in facts if f.field == "broadcaster"]   # "予定" / "未定" name no station


def test_two_column_staff_table_with_a_season_header_and_a_contents_list():
    html = """<html><head><title>Paper Lantern Knights season 2: all we know</title></head><body><main>
    <h1>Paper Lantern Knights season 2: all we know</h1>
    <div class="toc"><ol><li><a href="#d">Release date</a></li><li><a href="#c">Cast</a></li><li><a href="#s">Staff</a></li></ol></div>
    <h2 id="s">Who is making it</h2>
    <table><thead><tr><th>Position</th><th>Second season</th></tr></thead><tbody>
    <tr><td>Director</td><td>Haru Ozaki</td></tr>
    <tr><td>Character Design</td><td>Ami Tsuge, Rei Konno</td></tr>
    <tr><td>Music</td><td>Daichi Mori</td></tr></tbody></table>
    <table><thead><tr><th>Role</th><th>Voice actor</th></tr></thead><tbody>
    <tr><td>Sir Pell</td><td>Kou Ishida</td></tr></tbody></table>
    </main></body></html>"""
    facts = _labels(html, Work("Paper Lantern Knights"))
    staff = {(f.key, f.value) for f in facts if f.field == "staff"}
    assert staff == {("director", "Haru Ozaki"), ("character design", "Ami Tsuge"),
                     ("character design", "Rei Konno"), ("music", "Daichi Mori")}
    assert not [f for f in facts if f.field in ("broadcaster", "release_date")]   # "Release date" then "Cast"


def test_link_card_character_without_an_actor_takes_none_from_the_staff_table_below():
    html = """<html><head><title>Tin Sparrow Express - AnimeCatalog</title></head><body><main><h1>Tin Sparrow Express</h1>
    <h2>Characters &amp; Voice Actors</h2><table class="chars">
    <tr><td><a href="/character/501/Juno_Vale">Vale, Juno</a><small>Main</small></td>
        <td><a href="/people/901/Saki_Hatano">Hatano, Saki</a><small>Japanese</small></td></tr>
    <tr><td><a href="/character/502/Brass_Owl">Brass Owl</a><small>Supporting</small></td><td></td></tr></table>
    <h2>Staff</h2><table class="staff">
    <tr><td><a href="/people/902/Gen_Amano">Amano, Gen</a><div><small>Original Creator</small></div></td></tr>
    <tr><td><a href="/people/903/Yui_Kase">Kase, Yui</a><div><small>Director</small></div></td></tr></table>
    </main></body></html>"""
    facts = _labels(html, Work("Tin Sparrow Express"))
    cast = {f.key: f.value for f in facts if f.field == "cast"}
    assert cast == {"Vale, Juno": "Hatano, Saki"}
    staff = {(f.key, f.value) for f in facts if f.field == "staff"}
    assert ("original creator", "Amano, Gen") in staff and ("director", "Kase, Yui") in staff


def test_official_site_music_title_then_artist_lines_artist_first_english_and_all_n_episodes():
    html = """<html><head><title>Velvet Comet Diner official</title></head><body><main><h1>Velvet Comet Diner</h1>
    <section><h2>ON AIR</h2><p>Airing from October 2027! All 13 episodes.</p></section>
    <section><h2>MUSIC</h2>
    <h3>OPENING THEME</h3><p>"Neon Pancakes"</p><p>Mariko Sato</p><p>Single out: Nov 3, 2027 / Kumo Records</p>
    <h3>ENDING THEME</h3><p>The Jukebox Owls "Last Order Waltz"</p>
    <h3>INSERT SONG</h3><p>TBA</p></section></main></body></html>"""
    facts = _labels(html, Work("Velvet Comet Diner"))
    themes = {f.key: f.value for f in facts if f.field == "theme_song"}
    assert themes == {"opening 1": "Neon Pancakes — Mariko Sato", "ending 1": "Last Order Waltz — The Jukebox Owls"}
    assert values(facts, "episodes") == ["13"]


def test_streaming_card_name_run_into_its_start_day():
    html = """<html><head><title>TVアニメ「銀河ポストの夜」公式サイト｜2026年10月放送</title></head><body><main><h1>銀河ポストの夜</h1>
    <section><h2>ON AIR</h2><table><tr><th>TOKYO MX</th><td>10月2日より 毎週土曜 24:00～</td></tr></table>
    <h3>配信情報</h3><ul>
    <li><span>Lemino</span><span>10月3日（日）12:00より毎週日曜 配信</span></li>
    <li><span>FOD</span><span>10月5日（火）12:00より毎週火曜 配信</span></li>
    <li><span>その他配信サービス</span><span>後日発表</span></li></ul></section></main></body></html>"""
    facts = _labels(html, Work("銀河ポストの夜"))
    assert {org_key("Lemino"), org_key("FOD")} <= {f.key for f in facts if f.field == "streaming"}
    dates = {f.key: f.value for f in facts if f.field == "release_date"}
    assert dates[""] == "2026-10-03"                       # 24:00 on the 2nd
    assert dates["FOD"] == "2026-10-05" and "Lemino" not in dates
    assert not any("その他" in f.value for f in facts)


def test_premiere_label_then_station_slot_lines_and_stations_after_the_date():
    html = """<html><head><title>2027年春 新作アニメまとめ</title></head><body><main><h1>2027年春 新作アニメまとめ</h1>
    <h2>【雪見坂の写真館】</h2>
    <p>放送開始：2027年4月1日(木)より</p>
    <p>テレビ東京 毎週木曜 24:30～</p>
    <p>BSテレ東 4月3日(土)より毎週土曜 25:00～</p>
    <p>【スタッフ】</p><p>監督：早瀬ユウキ</p>
    <h2>【灯台のメロディ】</h2>
    <p>放送開始：2027年4月 関西テレビ、BSフジにて放送開始</p>
    <p>【キャスト】</p><p>ナギ（CV：小鳥遊リン）</p>
    </main></body></html>"""
    facts = _labels_for(html, Work("雪見坂の写真館"))
    dates = {f.key: f.value for f in facts if f.field == "release_date"}
    assert dates == {"": "2027-04-02", "BSテレ東": "2027-04-04"}       # 24:30 on the 1st; 25:00 on the 3rd
    assert {org_key("テレビ東京"), org_key("BSテレ東")} <= {f.key for f in facts if f.field == "broadcaster"}
    facts = _labels_for(html, Work("灯台のメロディ"))
    assert values(facts, "release_date", "") == ["2027-04"]
    assert {f.key for f in facts if f.field == "broadcaster"} == {org_key("関西テレビ"), org_key("BSフジ")}


def test_question_headings_open_cast_and_staff_sections_and_a_role_note_after_a_dash():
    html = """<html><head><title>Ash Kite: what we know</title></head><body><main><h1>Ash Kite: what we know</h1>
    <h2>Who is in the cast?</h2><ul>
    <li><strong>Tamsin</strong>: Hikari Naruse &ndash; the kite maker</li>
    <li><strong>Old Bram</strong>: Jo Kurata</li></ul>
    <h2>Who is making it?</h2><ul><li>Director: Sei Amamiya</li></ul>
    <h2>When will it release?</h2><p>Tamsin: not before spring, the studio says.</p></main></body></html>"""
    facts = _labels(html, Work("Ash Kite"))
    cast = {f.key: f.value for f in facts if f.field == "cast"}
    assert cast == {"Tamsin": "Hikari Naruse", "Old Bram": "Jo Kurata"}
    assert values(facts, "staff", "director") == ["Sei Amamiya"]


def test_official_news_headlines_announce_a_theme_and_a_cast_member_but_no_dates():
    html = """<html><head><title>TVアニメ「紙飛行機の郵便屋」公式サイト</title></head><body><main><h1>紙飛行機の郵便屋</h1>
    <section><h2>NEWS</h2><ul>
    <li><time>2026.05.02</time><p>エンディングテーマは月影トリオ「ひこうき雲レター」に決定！</p></li>
    <li><time>2026.04.20</time><p>追加キャストに水無瀬カナが決定</p></li>
    <li><time>2026.04.01</time><p>Blu-ray第1巻 2026年9月発売決定</p></li>
    <li><time>2026.03.10</time><p>スタッフコメントを公開しました</p></li></ul></section></main></body></html>"""
    facts = _labels(html, Work("紙飛行機の郵便屋"))
    assert values(facts, "theme_song", "ending 1") == ["ひこうき雲レター — 月影トリオ"]
    assert values(facts, "cast", "") == ["水無瀬カナ"]
    assert not values(facts, "release_date")


def test_voiced_by_bullets_with_a_descriptor_and_a_singer_prefix_on_a_theme_line():
    html = """<html><head><title>Brass Wren official</title></head><body><main><h1>Brass Wren</h1>
    <h2>Cast</h2><ul>
    <li>Corin, the lamplighter's son (voiced by Taiga Hoshimi)</li>
    <li>Lady Eswen (voiced by Nao Kisaragi)</li>
    <li>Old Gus, voiced by Ken Moriwaki</li></ul>
    <p>エンディングテーマ：「夜の歯車」／歌：ミナト</p>
    <p>Mira Vance (voiced by Aiko Hoshi) leads the new arc, the studio says.</p></main></body></html>"""
    facts = _labels(html, Work("Brass Wren"))
    cast = {f.key: f.value for f in facts if f.field == "cast"}
    assert cast == {"Corin": "Taiga Hoshimi", "Lady Eswen": "Nao Kisaragi", "Old Gus": "Ken Moriwaki"}
    assert values(facts, "theme_song", "ending 1") == ["夜の歯車 — ミナト"]


def test_role_suffix_keys_dt_dd_cast_ordinal_trailers_and_a_bracketed_singer():
    html = """<html><head><title>TVアニメ「風見鶏の工房」公式サイト 2027年1月放送</title></head><body><main><h1>風見鶏の工房</h1>
    <h2>CAST</h2><p>ミナ役：早乙女ユイ／ゴロー役：石田タケル</p>
    <dl><dt>ソラ</dt><dd>白鷺まな</dd><dt>ハヤテ</dt><dd>CV：黒木リョウ</dd></dl>
    <h2>MOVIE</h2>
    <figure><iframe src="https://www.youtube-nocookie.com/embed/AbCdEf12345" title="Second trailer"></iframe></figure>
    <h2>MUSIC</h2><p>ED：「ねじまき」（歌：三日月ハル）</p></main></body></html>"""
    facts = _labels(html, Work("風見鶏の工房"))
    cast = {f.key: f.value for f in facts if f.field == "cast"}
    assert cast == {"ミナ": "早乙女ユイ", "ゴロー": "石田タケル", "ソラ": "白鷺まな", "ハヤテ": "黒木リョウ"}
    assert values(facts, "trailer", "trailer 2") == ["https://www.youtube.com/watch?v=AbCdEf12345"]
    assert values(facts, "theme_song", "ending 1") == ["ねじまき — 三日月ハル"]


def test_station_table_with_the_slot_in_its_own_cell_rolls_past_midnight():
    html = """<html><head><title>Glimmer Fox | Official</title></head><body><main><h1>Glimmer Fox</h1>
    <h2>Broadcast</h2>
    <table><thead><tr><th>Station</th><th>Start</th><th>Slot</th></tr></thead><tbody>
    <tr><td>TV Aichi</td><td>2027/1/9 (Sat)</td><td>25:30～</td></tr>
    <tr><td>BS Fuji</td><td>2027/1/11 (Mon)</td><td>23:00～</td></tr></tbody></table></main></body></html>"""
    facts = _labels(html, Work("Glimmer Fox"))
    dates = {f.key: f.value for f in facts if f.field == "release_date"}
    assert dates == {"": "2027-01-10", "BS Fuji": "2027-01-11"}


def test_staff_list_items_with_role_and_name_in_two_spans():
    html = """<html><head><title>Lumen Drift official site</title></head><body><main><h1>Lumen Drift</h1>
    <section id="staff"><h2>STAFF</h2><ul>
    <li><span class="role">Original Work</span><span class="name">Ayu Kamo (Hoshizora Bunko)</span></li>
    <li><span class="role">Director</span><span class="name">Haruto Ishii</span></li>
    <li><span class="role">Series Composition &amp; Screenplay</span><span class="name">Mei Sato</span></li>
    <li><span class="role">Mechanical Design</span><span class="name">Go Tanaka, Rin Abe</span></li>
    <li><span class="role">Animation Production</span><span class="name">Studio Nami</span></li>
    <li><span class="role">Production</span><span class="name">Lumen Drift Partners</span></li>
    <li>Director Haruto Ishii is known for his work on many shows.</li></ul></section></main></body></html>"""
    facts = _labels(html, Work("Lumen Drift"))
    staff = {(f.key, f.value) for f in facts if f.field == "staff"}
    assert staff == {("original creator", "Ayu Kamo"), ("director", "Haruto Ishii"), ("series composition", "Mei Sato"),
                     ("screenplay", "Mei Sato"), ("mechanical design", "Go Tanaka"), ("mechanical design", "Rin Abe")}
    assert values(facts, "studio") == ["Studio Nami"]
    no_foreign(facts, "Partners", "Hoshizora")


def test_schedule_year_written_once_and_a_character_song_in_the_music_list():
    html = """<html><head><title>TVアニメ「砂時計の庭師」公式サイト</title></head><body><main><h1><img alt="砂時計の庭師"></h1>
    <section><h2><img alt="ON AIR"></h2>
    <dl><dt>TOKYO MX</dt><dd>2027年1月9日(土)より 毎週土曜 25:30～</dd>
    <dt>サンテレビ</dt><dd>1月10日(日)より 毎週日曜 24:00～</dd></dl>
    <h3>配信</h3><dl><dt>dアニメストア</dt><dd>1月10日(日)12:00より</dd><dt>Prime Video</dt><dd>1月12日(火)12:00より</dd></dl></section>
    <section><h2><img alt="MUSIC"></h2><dl><dt>EDテーマ</dt><dd>「眠れる庭」／歌：庭師（CV：青葉リツ）</dd></dl></section>
    </main></body></html>"""
    facts = _labels(html, Work("砂時計の庭師"))
    dates = {f.key: f.value for f in facts if f.field == "release_date"}
    assert dates == {"": "2027-01-10", "サンテレビ": "2027-01-11", "Prime Video": "2027-01-12"}
    assert values(facts, "theme_song", "ending 1") == ["眠れる庭 — 庭師"]
    assert not values(facts, "cast")


def test_season_guide_premiere_row_with_the_slot_after_the_stations():
    html = """<html><head><title>Winter 2027 anime season guide</title>
    <meta property="article:published_time" content="2026-12-10"></head><body><main><h1>Winter 2027 anime season guide</h1>
    <h2>Clockwork Tea Party</h2>
    <ul><li><b>Premiere:</b> January 8 on Tokai TV, BS11 (25:00 JST)</li><li><b>Studio:</b> Studio Kettle</li></ul>
    <h2>Iron Moon Diner</h2>
    <ul><li><b>Premiere:</b> January 10 on Fuji TV (22:00 JST)</li><li><b>Studio:</b> Bolt Pictures</li></ul>
    </main></body></html>"""
    facts = _labels_for(html, Work("Clockwork Tea Party"))
    assert values(facts, "release_date", "") == ["2027-01-09"]
    assert {f.key for f in facts if f.field == "broadcaster"} == {org_key("Tokai TV"), org_key("BS11")}
    facts = _labels_for(html, Work("Iron Moon Diner"))
    assert values(facts, "release_date", "") == ["2027-01-10"]


def test_onair_list_items_with_the_year_right_after_the_station():
    html = """<html><head><title>TVアニメ「月影の郵便箱」公式サイト</title></head><body><main><h1>月影の郵便箱</h1>
    <section><h2>放送情報</h2><ul>
    <li>テレビ愛知 2027年1月9日(土)25:30～</li>
    <li>BS11 ：1月11日(月)より毎週月曜 24:00～</li>
    <li>Lemino 2027/1/10(日) 12:00～ 配信</li></ul></section></main></body></html>"""
    facts = _labels(html, Work("月影の郵便箱"))
    assert {f.key for f in facts if f.field == "broadcaster"} == {org_key("テレビ愛知"), org_key("BS11")}
    assert values(facts, "streaming") == ["Lemino"]
    dates = {f.key: f.value for f in facts if f.field == "release_date"}
    assert dates == {"": "2027-01-10", "BS11": "2027-01-12"}


@pytest.mark.parametrize("heading", ["<p>The confirmed voice cast:</p>", "<h2>Staff and Cast</h2>",
                                     "<h2>Cast &amp; Staff</h2>", "<h3>スタッフ・キャスト</h3>"])
def test_mixed_and_qualified_cast_headings(heading):
    html = f"""<html><head><title>Ember Loom anime news</title></head><body><main><h1>Ember Loom anime reveals cast</h1>
    <p>The anime Ember Loom premieres in April.</p>{heading}
    <ul><li>Sora Vell: Aya Kimura</li><li>Director: Jin Oda</li><li>Weapon Design: Kai Mori</li></ul></main></body></html>"""
    facts = _labels(html, Work("Ember Loom"))
    assert {f.key: f.value for f in facts if f.field == "cast"} == {"Sora Vell": "Aya Kimura"}
    assert {(f.key, f.value) for f in facts if f.field == "staff"} == {("director", "Jin Oda"), ("Weapon Design", "Kai Mori")}


def test_japanese_cast_forms_actor_with_role_in_brackets_and_pairs_with_separators():
    html = """<html><head><title>TVアニメ「風見鶏の工房」公式サイト</title></head><body><main><h1>風見鶏の工房</h1>
    <h2>CAST</h2><ul>
    <li>ミナ / 早乙女ユイ</li><li>ゴロー…石田タケル</li><li>桐谷アオイ（ソラ役）</li><li>ハヤテ役 黒木リョウ</li>
    <li>Japanese / English</li></ul>
    <p>出演：佐伯マコ（リン役）、石田ケン（ジロー役）ほか</p></main></body></html>"""
    facts = _labels(html, Work("風見鶏の工房"))
    cast = {f.key: f.value for f in facts if f.field == "cast"}
    assert cast == {"ミナ": "早乙女ユイ", "ゴロー": "石田タケル", "ソラ": "桐谷アオイ", "ハヤテ": "黒木リョウ",
                    "リン": "佐伯マコ", "ジロー": "石田ケン"}


def test_headerless_two_cell_credit_table():
    html = """<html><head><title>Sable Orchard - wiki</title></head><body><main><h1>Sable Orchard</h1>
    <h2>Production</h2>
    <table><tr><td>Director</td><td>Rika Ueno</td></tr><tr><td>Series Composition</td><td>Tomo Kai<br>Aki Sen</td></tr>
    <tr><td>Animation Production</td><td>Studio Fern</td></tr><tr><td>Production</td><td>Sable Orchard Committee</td></tr></table>
    <table><tr><td>Population</td><td>4,000</td></tr><tr><td>Director</td><td>of the orchard guild</td></tr>
    <tr><td>Founded</td><td>1820</td></tr></table></main></body></html>"""
    facts = _labels(html, Work("Sable Orchard"))
    staff = {(f.key, f.value) for f in facts if f.field == "staff"}
    assert staff == {("director", "Rika Ueno"), ("series composition", "Tomo Kai"), ("series composition", "Aki Sen")}
    assert values(facts, "studio") == ["Studio Fern"]


def test_theme_lines_with_singer_prefixes_credits_after_the_singer_and_a_dashed_pair():
    html = """<html><head><title>TVアニメ「灯の森」公式サイト</title></head><body><main><h1>灯の森</h1>
    <h2>MUSIC</h2>
    <p>エンディングテーマ：「さよならの灯」（歌：小日向ミオ／作詞：春野アン／作曲：冬木レイ）</p>
    <p>挿入歌「ひかりの粒」 唄：森の合唱団</p>
    <h3>Opening Theme</h3><p>Lantern Road — Aki &amp; the Owls</p></main></body></html>"""
    facts = _labels(html, Work("灯の森"))
    themes = {f.key: f.value for f in facts if f.field == "theme_song"}
    assert themes == {"ending 1": "さよならの灯 — 小日向ミオ", "insert 1": "ひかりの粒 — 森の合唱団",
                      "opening 1": "Lantern Road — Aki & the Owls"}


@pytest.mark.parametrize("line,date,stations", [
    ("放送：2027年1月8日(金)より 関西テレビほか", "2027-01-08", {"関西テレビ"}),
    ("放送：2027年1月8日(金)25:30～ 関西テレビ、BSフジ", "2027-01-09", {"関西テレビ", "BSフジ"}),
    ("TV放送：2027年1月8日(金)深夜1:28～ 関西テレビ", "2027-01-09", {"関西テレビ"}),
])
def test_a_plain_broadcast_label_with_date_slot_and_stations(line, date, stations):
    html = f"""<html><head><title>TVアニメ「霜月の灯台」公式サイト</title></head><body><main><h1>霜月の灯台</h1>
    <p>{line}</p></main></body></html>"""
    facts = _labels(html, Work("霜月の灯台"))
    assert values(facts, "release_date", "") == [date]
    assert {f.key for f in facts if f.field == "broadcaster"} == {org_key(s) for s in stations}


def test_english_onair_rows_with_the_slot_before_the_day_and_a_service_without_a_time():
    html = """<html><head><title>Moss Lantern official</title></head><body><main><h1>Moss Lantern</h1>
    <h2>ON AIR</h2><ul>
    <li>Tokai TV: Every Saturday 25:30 from January 9, 2027</li>
    <li>BS Fuji: Every Monday from January 11, 2027 at 23:00</li>
    <li>Crunchyroll: Streaming from January 10, 2027</li>
    <li>HIDIVE: Streaming from January 12, 2027</li></ul></main></body></html>"""
    facts = _labels(html, Work("Moss Lantern"))
    assert {f.key for f in facts if f.field == "streaming"} == {org_key("Crunchyroll"), org_key("HIDIVE")}
    dates = {f.key: f.value for f in facts if f.field == "release_date"}
    assert dates == {"": "2027-01-10", "BS Fuji": "2027-01-11", "HIDIVE": "2027-01-12"}


def test_cast_label_with_several_character_actor_pairs_split_by_slashes():
    html = """<html><head><title>TVアニメ「風見鶏の工房」</title></head><body><main><h1>風見鶏の工房</h1>
    <p>キャスト：ミナ：早乙女ユイ／ゴロー：石田タケル</p><p>Cast: Pell: Aki Mori / Dora: Ken Ito</p></main></body></html>"""
    facts = _labels(html, Work("風見鶏の工房"))
    assert {f.key: f.value for f in facts if f.field == "cast"} == {
        "ミナ": "早乙女ユイ", "ゴロー": "石田タケル", "Pell": "Aki Mori", "Dora": "Ken Ito"}


def test_infobox_with_a_source_medium_part_and_an_anime_part():
    # a wiki infobox: the novel's author is the original creator; its run and volumes are not the anime's
    html = """<html><head><title>Tin Orchard - Wiki</title></head><body><main><h1>Tin Orchard</h1>
    <table class="infobox"><tbody><tr><th colspan="2">Tin Orchard</th></tr>
    <tr><th colspan="2">Light novel</th></tr>
    <tr><th>Written by</th><td>Kaho Senri</td></tr><tr><th>Illustrated by</th><td>nemu</td></tr>
    <tr><th>Original run</th><td>March 3, 2019 – present</td></tr><tr><th>Volumes</th><td>7</td></tr>
    <tr><th colspan="2">Anime television series</th></tr>
    <tr><th>Directed by</th><td>Goro Akimine</td></tr><tr><th>Written by</th><td>Sae Kunugi</td></tr>
    <tr><th>Studio</th><td>Lamplit Works</td></tr>
    <tr><th>Original run</th><td>October 2, 2026 – December 18, 2026</td></tr>
    <tr><th>Episodes</th><td>12 (List of episodes)</td></tr></tbody></table></main></body></html>"""
    facts = _labels(html, Work("Tin Orchard"))
    assert ("staff", "original creator", "Kaho Senri") in as_set(facts)
    assert ("staff", "screenplay", "Sae Kunugi") in as_set(facts)
    assert ("staff", "director", "Goro Akimine") in as_set(facts)
    assert values(facts, "release_date", "") == ["2026-10-02"]
    assert values(facts, "episodes") == ["12"]
    no_foreign(facts, "nemu", "2019")


@pytest.mark.parametrize("entry, expected", [
    ("Voiced by: Nao Kirishima[3] (Japanese); Dana Whitlock[9] (English)",
     {"Sora Hoshino": "Nao Kirishima", "Sora Hoshino [English]": "Dana Whitlock"}),
    ("Voiced by: Nao Kirishima (Japanese), Dana Whitlock (English), Lucía Ferro (Spanish)",
     {"Sora Hoshino": "Nao Kirishima", "Sora Hoshino [English]": "Dana Whitlock", "Sora Hoshino [Spanish]": "Lucía Ferro"}),
    ("Voiced by: Japanese: Nao Kirishima; English: Dana Whitlock",
     {"Sora Hoshino": "Nao Kirishima", "Sora Hoshino [English]": "Dana Whitlock"}),
    ("Voiced by: Nao Kirishima", {"Sora Hoshino": "Nao Kirishima"}),
    ("(CV: Nao Kirishima)", {"Sora Hoshino": "Nao Kirishima"}),
])
def test_character_list_voiced_by_with_one_actor_per_language(entry, expected):
    html = f"""<html><head><title>Glass Tide - Wiki</title></head><body><main><h1>Glass Tide</h1>
    <h2>Characters</h2><dl><dt>Sora Hoshino (星野 空, Hoshino Sora)</dt>
    <dd><dl><dd>{entry}</dd></dl>A sailor who cannot swim.</dd></dl></main></body></html>"""
    facts = _labels(html, Work("Glass Tide"))
    assert {f.key: f.value for f in facts if f.field == "cast"} == expected


def test_cv_line_with_a_latin_actor_does_not_swallow_the_next_character():
    html = """<html><head><title>Copper Bell official</title></head><body><main><h1>Copper Bell</h1>
    <h2>CAST</h2><p>Rina(リナ)</p><p>CV: Emi Tsuji(辻 恵美)</p><p>Kota Hayami</p><p>CV: Jun Oda</p>
    </main></body></html>"""
    facts = _labels(html, Work("Copper Bell"))
    assert {f.key: f.value for f in facts if f.field == "cast"} == {"Rina": "Emi Tsuji", "Kota Hayami": "Jun Oda"}


def test_onair_and_streaming_rows_with_separator_cells_and_a_long_combined_credit_label():
    html = """<html><head><title>Paper Comet official</title></head><body><main><h1>Paper Comet</h1>
    <h2>STAFF</h2><dl><dt>Character Design・Chief Animation Director</dt><dd>:Yoko Amari</dd></dl>
    <h2>ON AIR</h2><table><tr><td>Nagoya TV</td><td>｜</td><td>2027.1.9 SAT 25:30~</td></tr>
    <tr><td>BS Asahi</td><td>|</td><td>2027.1.12 TUE 23:00~</td></tr></table>
    <h3>STREAMING</h3><table><tr><td>HIDIVE</td><td>|</td><td>2027.1.14 THU 22:00~</td></tr></table>
    </main></body></html>"""
    facts = _labels(html, Work("Paper Comet"))
    assert ("staff", "character design", "Yoko Amari") in as_set(facts)
    assert ("staff", "chief animation director", "Yoko Amari") in as_set(facts)
    assert {f.key for f in facts if f.field == "broadcaster"} == {org_key("Nagoya TV"), org_key("BS Asahi")}
    assert {f.key for f in facts if f.field == "streaming"} == {org_key("HIDIVE")}
    dates = {f.key: f.value for f in facts if f.field == "release_date"}
    assert dates == {"": "2027-01-10", "BS Asahi": "2027-01-12", "HIDIVE": "2027-01-14"}


@pytest.mark.parametrize("heading", ["English Dub Cast", "Cast (English dub)", "English Voice Cast", "英語吹替版キャスト"])
def test_dub_cast_list_under_a_heading_naming_its_language(heading):
    html = f"""<html><head><title>Lantern Owl dub news</title></head><body><main><h1>Lantern Owl dub announced</h1>
    <h2>{heading}</h2><ul><li>Piet – Aaron Castell (Rook in Iron Harbor)</li><li>Mother Wren – Delia Foss</li>
    <li>Gull - Remy Stroud (Tavi in Cloud Forge, Brann in the Salt Mile, Old Ket in Night Loom)</li></ul>
    <h3>English Dub Production Staff</h3><p>ADR Director: Corin Vale</p><p>Mix Engineer: Tomasz Ek</p>
    <h2>Cast</h2><ul><li>Piet – Haru Miyano</li></ul></main></body></html>"""
    facts = _labels(html, Work("Lantern Owl"))
    assert {f.key: f.value for f in facts if f.field == "cast"} == {
        "Piet [English]": "Aaron Castell", "Mother Wren [English]": "Delia Foss", "Gull [English]": "Remy Stroud",
        "Piet": "Haru Miyano"}
    assert ("staff", "ADR Director", "Corin Vale") in as_set(facts)
    assert ("staff", "Mix Engineer", "Tomasz Ek") in as_set(facts)
    no_foreign(facts, "Rook", "Iron Harbor")


def test_station_release_key_drops_the_other_script_form():
    html = """<html><head><title>Wind Mill official</title></head><body><main><h1>Wind Mill</h1>
    <h2>ON AIR</h2><table><tr><td>TOKYO MX</td><td>2027.4.3 SAT 23:00~</td></tr>
    <tr><td>Tokai TV(東海テレビ)</td><td>2027.4.5 MON 25:00~</td></tr></table></main></body></html>"""
    dates = {f.key: f.value for f in _labels(html, Work("Wind Mill")) if f.field == "release_date"}
    assert dates == {"": "2027-04-03", "Tokai TV": "2027-04-06"}


@pytest.mark.parametrize("corner, title_label, artist_label", [
    ("&nbsp;", "曲名", "歌"), ("", "Title", "Artist"), ("", "Song", "Performed by")])
def test_theme_table_with_one_column_per_song(corner, title_label, artist_label):
    html = f"""<html><head><title>Snow Relay - db</title></head><body><main><h1>Snow Relay</h1>
    <h2>主題歌</h2><table><tr><th>{corner}</th><th>OP</th><th>ED</th></tr>
    <tr><th>{title_label}</th><td>「白い伝令」</td><td>Small Fires</td></tr>
    <tr><th>{artist_label}</th><td>ルミナ・ベル</td><td>ユキ（CV：森川あや）</td></tr>
    <tr><th>CD発売日</th><td>2027年2月3日</td><td>2027年2月17日</td></tr></table></main></body></html>"""
    themes = {f.key: f.value for f in _labels(html, Work("Snow Relay")) if f.field == "theme_song"}
    assert themes["opening 1"] == "白い伝令 — ルミナ・ベル"
    assert themes["ending 1"].startswith("Small Fires — ")
    assert not any(f.field == "release_date" for f in _labels(html, Work("Snow Relay")))


@pytest.mark.parametrize("intro", ["The newly announced cast members include:", "Other cast members are:",
                                   "The recently revealed cast lineup includes:"])
def test_a_sentence_introducing_a_cast_list_opens_the_cast_section(intro):
    html = f"""<html><head><title>Reed Harbor anime news</title></head><body><main><h1>Reed Harbor adds cast</h1>
    <p>{intro}</p><ul><li>Mira Oune: Kaede Sorimachi</li><li>Old Tobin: Jiro Akebono</li></ul></main></body></html>"""
    facts = _labels(html, Work("Reed Harbor"))
    assert {f.key: f.value for f in facts if f.field == "cast"} == {"Mira Oune": "Kaede Sorimachi", "Old Tobin": "Jiro Akebono"}


def test_inline_cv_in_a_japanese_sentence_keys_the_character_phrase_and_title_is_no_station():
    html = """<html><head><title>アニメニュース</title></head><body><main>
    <h2>■『灯台守のレシピ』4月から放送 新PVも公開</h2>
    <p>本日公開された新PVでは、港町の郵便局員ハルカ（CV.白鳥つむぎ）と、見習い漁師のことり（CV：日向マオ）の姿も確認できる。</p>
    </main></body></html>"""
    facts = _labels(html, Work("灯台守のレシピ"))
    # the job title before a katakana name ("郵便局員ハルカ") may be dropped: the character is ハルカ
    casts = {f.key: f.value for f in facts if f.field == "cast"}
    assert casts.get("郵便局員ハルカ", casts.get("ハルカ")) == "白鳥つむぎ"
    assert casts.get("見習い漁師のことり", casts.get("ことり")) == "日向マオ" and len(casts) == 2
    assert not [f for f in facts if f.field == "broadcaster"]


def test_infobox_english_network_with_a_region_prefix():
    html = """<html><head><title>Tin Orchard - Wiki</title></head><body><main><h1>Tin Orchard</h1>
    <table class="infobox"><tr><th>Original network</th><td>Fuji TV</td></tr>
    <tr><th>English network</th><td><div class="plainlist"><ul><li><small>US</small>: Cartoon Network</li></ul></div></td></tr>
    </table></main></body></html>"""
    keys = {f.key for f in _labels(html, Work("Tin Orchard")) if f.field == "broadcaster"}
    assert keys == {org_key("Fuji TV"), org_key("Cartoon Network")}


@pytest.mark.parametrize("headline, date", [
    ("劇場版『星屑のポスト』2027年7月16日(金)全国ロードショー", "2027-07-16"),
    ("映画『星屑のポスト』2027年7月16日(金)より全国公開", "2027-07-16"),
    ("Hoshikuzu Post - in theaters nationwide July 16, 2027", "2027-07-16"),
])
def test_film_headline_with_a_theatrical_release(headline, date):
    html = f"""<html><head><title>星屑のポスト</title></head><body><main><h1>星屑のポスト</h1>
    <img src="kv.jpg" alt="{headline}"><h2>MOVIE</h2><p>特報2027.01.20公開</p></main></body></html>"""
    facts = _labels(html, Work("星屑のポスト", ("Hoshikuzu Post",)))
    assert values(facts, "release_date", "") == [date]


def test_video_links_named_with_the_ordinal_run_into_pv():
    html = """<html><head><title>Reed Harbor - Wiki</title></head><body><main><h1>Reed Harbor</h1><p>Reed Harbor is an anime.</p>
    <h2>References</h2><ol><li><a href="https://www.youtube.com/watch?v=AbCdEf01234">TVアニメ『リードハーバー』第3弾PV</a>
    (in Japanese). February 2, 2027 – via YouTube.</li>
    <li><a href="https://www.youtube.com/watch?v=ZyXwVu98765">『リードハーバー』放送直前CM</a></li></ol></main></body></html>"""
    facts = {f.key: f.value for f in _labels(html, Work("Reed Harbor", ("リードハーバー",))) if f.field == "trailer"}
    assert facts["PV 3"] == "2027-02-02 https://www.youtube.com/watch?v=AbCdEf01234"
    assert "https://www.youtube.com/watch?v=ZyXwVu98765" in facts.values()


@pytest.mark.parametrize("rows, first, keyed", [
    ("<p>Kansai TV ｜ 2027.1.8 FRI 25:55～</p><p>BS Asahi ｜ 2027.1.9 SAT 23:00～</p>", "2027-01-09", {}),
    ("<p>TOKYO MX | 2027.1.8 FRI 23:30～</p><p>BS Asahi | 2027.1.10 SUN 23:00～</p>", "2027-01-08", {"BS Asahi": "2027-01-10"}),
])
def test_onair_lines_with_a_bar_between_station_and_slot(rows, first, keyed):
    html = f"""<html><head><title>Frost Post official</title></head><body><main><h1>Frost Post</h1>
    <h2>ON AIR</h2>{rows}</main></body></html>"""
    facts = _labels(html, Work("Frost Post"))
    assert len([f for f in facts if f.field == "broadcaster"]) == 2
    dates = {f.key: f.value for f in facts if f.field == "release_date"}
    assert dates.pop("") == first and dates == keyed


@pytest.mark.parametrize("body, expected", [
    ("<h3>オープニングテーマ</h3><p>「灯りの駅」</p><p>作詞・作曲：ミナミ　歌：ソラノハコ</p>", "灯りの駅 — ソラノハコ"),
    ("<h3>オープニングテーマ</h3><p>「灯りの駅」</p><p>作詞：ミナミ／作曲：トオル／歌：ソラノハコ</p>", "灯りの駅 — ソラノハコ"),
    ("<p>OP「灯りの駅」ソラノハコ</p>", "灯りの駅 — ソラノハコ"),
    ("<p>OP「灯りの駅」ソラノハコ（ルナレコード）</p>", "灯りの駅 — ソラノハコ"),
])
def test_theme_singer_from_credit_lines_and_list_lines(body, expected):
    html = f"""<html><head><title>雪の駅</title></head><body><main><h1>雪の駅</h1><h2>MUSIC</h2>{body}</main></body></html>"""
    facts = _labels(html, Work("雪の駅"))
    assert values(facts, "theme_song", "opening 1") == [expected]


def test_op_title_followed_by_an_announcement_is_no_artist():
    html = """<html><head><title>雪の駅</title></head><body><main><h1>雪の駅</h1>
    <p>OP「灯りの駅」に決定！</p></main></body></html>"""
    assert values(_labels(html, Work("雪の駅")), "theme_song", "opening 1") == ["灯りの駅"]


def test_database_cast_rows_actor_as_character_per_language():
    html = """<html><head><title>Frost Post - db</title></head><body><main><h1>Frost Post</h1>
    <p>Japanese cast: Emi Sato as Rin, Taro Ueda as Old Gus</p><p>English cast: Jo Park as Rin</p></main></body></html>"""
    facts = _labels(html, Work("Frost Post"))
    assert {f.key: f.value for f in facts if f.field == "cast"} == {
        "Rin": "Emi Sato", "Old Gus": "Taro Ueda", "Rin [English]": "Jo Park"}


def test_staff_lists_role_dash_name_and_role_by_name():
    html = """<html><head><title>Frost Post official</title></head><body><main><h1>Frost Post</h1>
    <h2>STAFF</h2><ul><li>ADR Director – Sam Quill</li><li>3DCGディレクター - 北条レン</li>
    <li>Series composition by Aya Mori</li><li>Character designs by Ken Iida</li></ul>
    <h2>ON AIR</h2><p>2027年1月8日(金)より毎週金曜23:30～ TOKYO MXにて放送 全12話予定</p></main></body></html>"""
    facts = _labels(html, Work("Frost Post"))
    s = as_set(facts)
    assert {("staff", "ADR Director", "Sam Quill"), ("staff", "3d director", "北条レン"),
            ("staff", "series composition", "Aya Mori"), ("staff", "character design", "Ken Iida")} <= s
    assert {f.key for f in facts if f.field == "broadcaster"} == {org_key("TOKYO MX")}
    assert values(facts, "episodes") == ["12"]


@pytest.mark.parametrize("title, key", [("映画『ガラスの渡し舟』公式サイト", "ending 1"), ("劇場版 ガラスの渡し舟", "ending 1"),
                                        ("TVアニメ『ガラスの渡し舟』公式サイト", "opening 1")])
def test_a_theme_song_under_a_shudaika_heading_is_a_films_ending_and_a_series_opening(title, key):
    html = f"""<html><head><title>{title}</title></head><body><main><h1>ガラスの渡し舟</h1>
    <h2>主題歌</h2><p>ルミナ・ドライブ「夜明けの渡船」</p><h2>挿入歌</h2><p>「星のしずく」歌：綾瀬ミオ</p></main></body></html>"""
    facts = _labels(html, Work("ガラスの渡し舟"))
    assert {f.key: f.value for f in facts if f.field == "theme_song"} == {
        key: "夜明けの渡船 — ルミナ・ドライブ", "insert 1": "星のしずく — 綾瀬ミオ"}


def test_cast_pairs_separated_by_spaces_and_a_station_name_ending_in_a_digit():
    html = """<html><head><title>雪の駅 2027</title></head><body><main><h1>雪の駅</h1>
    <h2>CAST</h2><p>リン：佐藤メイ　カイ：伊藤ジュン</p>
    <h2>放送情報</h2><p>TOKYO MX　2027年1月9日より毎週土曜23:30～</p><p>BS11　2027年1月12日より毎週火曜23:00～</p></main></body></html>"""
    facts = _labels(html, Work("雪の駅"))
    assert {f.key: f.value for f in facts if f.field == "cast"} == {"リン": "佐藤メイ", "カイ": "伊藤ジュン"}
    assert {f.key for f in facts if f.field == "broadcaster"} == {org_key("TOKYO MX"), org_key("BS11")}
    assert {f.key: f.value for f in facts if f.field == "release_date"} == {"": "2027-01-09", "BS11": "2027-01-12"}


@pytest.mark.parametrize("line", ["Rin Aoyama: Mei Sato (Japanese), Amy Roe (English)",
                                  "Rin Aoyama: Mei Sato (Japanese); Amy Roe (English)",
                                  "Rin Aoyama – Mei Sato (Japanese) and Amy Roe (English)"])
def test_a_cast_entry_with_one_actor_per_language(line):
    html = f"""<html><head><title>Glass Ferry</title></head><body><main><h1>Glass Ferry</h1>
    <h2>Cast</h2><ul><li>{line}</li></ul></main></body></html>"""
    facts = _labels(html, Work("Glass Ferry"))
    assert {f.key: f.value for f in facts if f.field == "cast"} == {"Rin Aoyama": "Mei Sato", "Rin Aoyama [English]": "Amy Roe"}


def test_film_infobox_release_list_based_on_and_wrapped_labels():
    rows = "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in [
        ("Directed by", "Aki Ono"), ("Based on", "<i>Glass Ferry</i><br>by Yuki Mori"), ("Production<br>company", "Studio Hikari"),
        ("Release dates", "<ul><li>June 14, 2027 (Annecy)</li><li>August 20, 2027 (Japan)</li>"
                          "<li>November 12, 2027 (North America)</li></ul>"), ("Running time", "105 minutes")])
    html = f"""<html><head><title>Glass Ferry - Wikipedia</title></head><body><main><h1>Glass Ferry</h1>
    <table class="infobox">{rows}</table></main></body></html>"""
    facts = _labels(html, Work("Glass Ferry"))
    assert {f.key: f.value for f in facts if f.field == "release_date"} == {"": "2027-08-20", "North America": "2027-11-12"}
    assert ("staff", "original creator", "Yuki Mori") in as_set(facts)
    assert {f.key for f in facts if f.field == "studio"} == {org_key("Studio Hikari")}


def test_infobox_network_list_starting_with_at_x():
    html = """<html><head><title>Glass Ferry - Wikipedia</title></head><body><main><h1>Glass Ferry</h1>
    <table class="infobox"><tr><th>Original network</th><td>AT-X, Tokyo MX, BS11</td></tr></table></main></body></html>"""
    keys = {f.key for f in _labels(html, Work("Glass Ferry")) if f.field == "broadcaster"}
    assert keys == {org_key("AT-X"), org_key("Tokyo MX"), org_key("BS11")}


def test_chrome_and_headers_are_no_credits():
    html = """<html><head><title>鋼の花 - アニメDB</title></head><body><main>
    <ul><li>トップ</li><li>声優・スタッフ</li><li>制作会社</li><li>掲示板</li></ul><h1>鋼の花</h1>
    <table><tr><th>原作</th><td>小説(ライトノベル)</td></tr></table>
    <h2>キャスト</h2><table><tr><th>キャラクター</th><th>声優</th></tr><tr><td>ミナ</td><td>早見ユイ</td></tr></table>
    <h2>ON AIR</h2><p>TOKYO MX: 2027年4月6日(火)より毎週火曜23:30～</p>
    <p>Repeat broadcasts: every Sunday 15:00~</p><p>ほか各配信サービスにて順次配信予定</p>
    <h2>STAFF</h2><ul><li>Director, Storyboard</li></ul><p>Sources: Comic Natalie</p>
    <img src="kv.jpg" alt="鋼の花 English Dub premieres May 1 on HIDIVE"></main></body></html>"""
    facts = _labels(html, Work("鋼の花"))
    assert {f.key: f.value for f in facts if f.field == "cast"} == {"ミナ": "早見ユイ"}
    assert not [f for f in facts if f.field in ("studio", "staff")]
    assert {f.key for f in facts if f.field in ("broadcaster", "streaming")} == {org_key("TOKYO MX")}
    assert {f.key: f.value for f in facts if f.field == "release_date"} == {"": "2027-04-06"}


@pytest.mark.parametrize("line", ["なお、第1期のオープニングテーマ「風の轍」を歌ったミナモからもコメントが届いた。",
                                  'The first season\'s opening theme "Wind Rut" was also performed by Minamo.'])
def test_an_earlier_seasons_theme_is_not_this_works(line):
    html = f"""<html><head><title>TVアニメ『風の轍』第2期</title></head><body><main><h1>風の轍 第2期</h1>
    <h2>MUSIC</h2><p>オープニングテーマ：「夜の轍」/ミナモ</p><p>{line}</p></main></body></html>"""
    themes = {f.key: f.value for f in _labels(html, Work("風の轍 第2期")) if f.field == "theme_song"}
    assert themes == {"opening 1": "夜の轍 — ミナモ"}


def test_a_news_articles_work_info_box_is_read_and_its_tags_are_not():
    html = """<html><head><title>アニメニュース</title></head><body><main><h1>『霧の図書館』第2期が決定</h1>
    <p>本文。</p><h4>作品情報</h4><p>TVアニメ『霧の図書館』第2期</p><p>2027年10月 テレビ東京ほかにて放送決定</p>
    <p>タグ:霧の図書館 春日ミオ 2027秋アニメ</p></main></body></html>"""
    facts = _labels(html, Work("霧の図書館 第2期", ("霧の図書館",)))
    assert {f.key for f in facts if f.field == "broadcaster"} == {org_key("テレビ東京")}
    assert values(facts, "release_date", "") == ["2027-10"]
    assert not [f for f in facts if f.field == "staff"]


def test_a_headline_day_gives_way_to_the_same_nights_late_slot():
    html = """<html><head><title>アニメニュース</title>
    <meta property="article:published_time" content="2026-11-18T10:00:00+09:00"></head><body><main>
    <h2>■『潮騒の食卓』来年1月9日から放送</h2><p>写真</p>
    <p>TVアニメ『潮騒の食卓』が、来年1月9日(土)25:30よりTOKYO MXほかにて放送されることが発表された。</p>
    </main></body></html>"""
    facts = _labels(html, Work("潮騒の食卓"))
    assert values(facts, "release_date", "") == ["2027-01-10"]


@pytest.mark.parametrize("sentence", ["Starting April 3, 2027 on TOKYO MX, BS11 and more!",
                                      "From April 3, 2027 on TOKYO MX and BS11", "Premieres April 3, 2027 on TOKYO MX & BS11."])
def test_english_onair_sentence_and_streaming_rows_with_a_dash(sentence):
    html = f"""<html><head><title>Tide Lamp official</title></head><body><main><h1>Tide Lamp</h1>
    <h2>ON AIR</h2><p>{sentence}</p><h3>STREAMING</h3><p>Crunchyroll – Worldwide (excluding Asia)</p>
    <p>HIDIVE – from April 5, 2027</p></main></body></html>"""
    facts = _labels(html, Work("Tide Lamp"))
    assert {f.key for f in facts if f.field == "broadcaster"} == {org_key("TOKYO MX"), org_key("BS11")}
    assert {f.key for f in facts if f.field == "streaming"} == {org_key("Crunchyroll"), org_key("HIDIVE")}
    assert {f.key: f.value for f in facts if f.field == "release_date"} == {"": "2027-04-03", "HIDIVE": "2027-04-05"}


@pytest.mark.parametrize("staff, cast, theme, premiere", [
    ("スタッフ：監督 小野アキ / シリーズ構成 斎藤レン / アニメーション制作 スタジオひかり", "キャスト：佐藤メイ、伊藤ジュン ほか",
     "主題歌：OP ミツキ・ブルー「夜明けの渡船」／ED 綾瀬ミオ「星のしずく」", "放送：2027年1月9日(土)～ TOKYO MX"),
    ("Staff: Director Aki Ono / Series Composition Ren Saito / Animation Production Studio Hikari", "Cast: Mei Sato, Jun Ito",
     "Theme songs: OP: ミツキ・ブルー「夜明けの渡船」 / ED: 綾瀬ミオ「星のしずく」", "Premiere: January 9, 2027 (TOKYO MX)"),
])
def test_a_season_list_card_with_compact_labelled_lines(staff, cast, theme, premiere):
    html = f"""<html><head><title>2027 winter list</title></head><body><main><h1>Glass Ferry</h1>
    <p>{premiere}</p><p>{staff}</p><p>{cast}</p><p>{theme}</p></main></body></html>"""
    facts = _labels(html, Work("Glass Ferry"))
    got = {(f.field, f.key) for f in facts}
    assert {("staff", "director"), ("staff", "series composition"), ("cast", ""), ("broadcaster", org_key("TOKYO MX"))} <= got
    assert len([f for f in facts if f.field == "studio"]) == 1
    assert {f.key: f.value.split(" — ")[0] for f in facts if f.field == "theme_song"} == {"opening 1": "夜明けの渡船", "ending 1": "星のしずく"}
    assert values(facts, "release_date", "") == ["2027-01-09"]


def test_a_staff_headline_is_no_credit_and_a_block_in_brackets_is_no_station():
    html = """<html><head><title>ニュース</title></head><body><main><h1>霧の図書館</h1>
    <p>スタッフ：監督が交代、柏木遼は総監督に</p><p>Premiere: October 12, 2027 on TV Asahi (NUMAnimation)</p></main></body></html>"""
    facts = _labels(html, Work("霧の図書館"))
    assert not [f for f in facts if f.field == "staff"]
    assert {f.key for f in facts if f.field == "broadcaster"} == {org_key("TV Asahi")}


@pytest.mark.parametrize("title_tag", ["h4", "p"])
def test_theme_heading_then_a_quoted_title_then_its_singer(title_tag):
    html = f"""<html><head><title>TVアニメ『雪の駅』</title></head><body><main><h1>雪の駅</h1><h2>MUSIC</h2>
    <h3>OPテーマ</h3><{title_tag}>「灯りの駅」</{title_tag}><p>ソラノハコ</p><p>作詞：ミナミ 作曲：トオル</p>
    <h3>EDテーマ</h3><{title_tag}>「白い息」</{title_tag}><p>綾瀬ミオ</p></main></body></html>"""
    themes = {f.key: f.value for f in _labels(html, Work("雪の駅")) if f.field == "theme_song"}
    assert themes == {"opening 1": "灯りの駅 — ソラノハコ", "ending 1": "白い息 — 綾瀬ミオ"}


def test_broadcast_table_with_a_region_column_before_the_station():
    html = """<html><head><title>TVアニメ『雪の駅』 2027</title></head><body><main><h1>雪の駅</h1><h2>放送情報</h2>
    <table><tr><th>地域</th><th>放送局</th><th>放送開始日</th><th>放送時間</th></tr>
    <tr><td>関東</td><td>TOKYO MX</td><td>2027年1月9日(土)</td><td>毎週土曜 23:30～</td></tr>
    <tr><td>全国</td><td>BS11</td><td>2027年1月12日(火)</td><td>毎週火曜 23:00～</td></tr></table></main></body></html>"""
    facts = _labels(html, Work("雪の駅"))
    assert {f.key for f in facts if f.field == "broadcaster"} == {org_key("TOKYO MX"), org_key("BS11")}
    assert {f.key: f.value for f in facts if f.field == "release_date"} == {"": "2027-01-09", "BS11": "2027-01-12"}


@pytest.mark.parametrize("heads, expected", [
    (("Character", "English Voice Actor"), {"Nell [English]": "Cara Voss"}),
    (("Role", "English VA"), {"Nell [English]": "Cara Voss"}),
    (("Character", "Voice Actor"), {"Nell": "Cara Voss"}),
    (("Character", "Japanese Voice Actor", "English Voice Actor"), {"Nell": "Cara Voss", "Nell [English]": "Dee Marsh"}),
    (("キャラクター", "日本語版", "英語吹替版"), {"Nell": "Cara Voss", "Nell [English]": "Dee Marsh"}),
])
def test_cast_tables_whose_header_names_the_dub(heads, expected):
    head = "".join(f"<th>{h}</th>" for h in heads)
    row = "<td>Nell</td>" + "".join(f"<td>{n}</td>" for n in ("Cara Voss", "Dee Marsh")[:len(heads) - 1])
    html = f"""<html><head><title>Moss Bell dub</title></head><body><main><h1>Moss Bell</h1>
    <h2>Cast</h2><table><tr>{head}</tr><tr>{row}</tr></table></main></body></html>"""
    assert {f.key: f.value for f in _labels(html, Work("Moss Bell")) if f.field == "cast"} == expected


@pytest.mark.parametrize("onair, streaming", [
    ("<p>TOKYO MX／BS11／Kids Station</p>", "<p>Netflix、U-NEXT、ABEMA ほか</p>"),
    ("<ul><li>TOKYO MX</li><li>BS11</li><li>Kids Station</li></ul>", "<ul><li>Netflix</li><li>U-NEXT</li><li>ABEMA</li></ul>"),
])
def test_bare_station_and_service_lists_under_their_sections(onair, streaming):
    html = f"""<html><head><title>TVアニメ『雪の駅』</title></head><body><main><h1>雪の駅</h1>
    <h2>ON AIR</h2>{onair}<h2>配信情報</h2>{streaming}<h2>STAFF</h2><p>監督：小野アキ</p></main></body></html>"""
    facts = _labels(html, Work("雪の駅"))
    assert {f.key for f in facts if f.field == "broadcaster"} == {org_key("TOKYO MX"), org_key("BS11"), org_key("Kids Station")}
    assert {f.key for f in facts if f.field == "streaming"} == {org_key("Netflix"), org_key("U-NEXT"), org_key("ABEMA")}


def test_a_section_line_of_unknown_names_is_no_station_list():
    html = """<html><head><title>TVアニメ『雪の駅』</title></head><body><main><h1>雪の駅</h1>
    <h2>ON AIR</h2><p>放送情報は後日発表</p><ul><li>トップ</li><li>ニュース</li></ul></main></body></html>"""
    assert not [f for f in _labels(html, Work("雪の駅")) if f.field in ("broadcaster", "streaming")]


@pytest.mark.parametrize("staff_intro, cast_intro", [
    ("The anime's staff includes:", "The anime stars:"),
    ("Other staff members include:", "The previously announced cast includes:"),
    ("The staff is as follows:", "The film's cast includes:"),
    ("【メインスタッフ】", "【メインキャスト】"),
])
def test_list_intros_for_staff_and_cast(staff_intro, cast_intro):
    html = f"""<html><head><title>Moss Bell news</title></head><body><main><h1>Moss Bell anime</h1>
    <p>{staff_intro}</p><ul><li>ADR Director – Sam Quill</li><li>Prop Designer: Ai Kondo</li></ul>
    <p>{cast_intro}</p><ul><li>Nell: Cara Voss</li><li>Dee Marsh as Old Tom</li></ul></main></body></html>"""
    facts = _labels(html, Work("Moss Bell"))
    assert {("staff", "ADR Director", "Sam Quill")} <= as_set(facts)
    assert any(f.field == "staff" and f.value == "Ai Kondo" for f in facts)
    assert {f.key: f.value for f in facts if f.field == "cast"} == {"Nell": "Cara Voss", "Old Tom": "Dee Marsh"}


def test_a_dub_trailer_is_keyed_with_its_dub():
    html = """<html><head><title>Moss Bell dub news</title></head><body><main><h1>Moss Bell English dub</h1>
    <iframe src="https://www.youtube.com/embed/MossBellDub1" title="Moss Bell | OFFICIAL ENGLISH DUB TRAILER"></iframe>
    <iframe src="https://www.youtube.com/embed/MossBellTrl1" title="Moss Bell | Official Trailer"></iframe></main></body></html>"""
    keys = {f.key for f in _labels(html, Work("Moss Bell")) if f.field == "trailer"}
    assert keys == {"trailer 1 English dub", "trailer 1"}


@pytest.mark.parametrize("line, char, actor", [
    ("【トウマ・クレイ】鳴海さくら", "トウマ・クレイ", "鳴海さくら"),
    ("【老船長】 岩倉 仁", "老船長", "岩倉 仁"),
    ("［ユノ］：白石ひまり", "ユノ", "白石ひまり"),
    ("[Pip] Lane Porter", "Pip", "Lane Porter"),
    ("【ユナ】CV：早見ゆら", "ユナ", "早見ゆら"),
    ("【カイ】 CV. 高槻 蓮", "カイ", "高槻 蓮"),
    ("［ミオ］声：白石ひまり", "ミオ", "白石ひまり"),
])
def test_bracketed_character_then_actor_in_a_cast_block(line, char, actor):
    html = f"""<html><head><title>TVアニメ『灯台守の歌』</title></head><body><main><h1>灯台守の歌</h1>
    <h2>■キャスト</h2><p>{line}<br>※ほか追加キャストは後日発表</p>
    <h2>■キャストコメント</h2><p>【トウマ役　鳴海さくら】<br>「楽しみにしていてください」</p>
    <h2>■公式情報</h2><p>【公式サイト】https://example.test/</p></main></body></html>"""
    casts = {(f.key, f.value) for f in _labels(html, Work("灯台守の歌")) if f.field == "cast"}
    assert casts == {(char, actor)}


def test_bracketed_words_outside_a_cast_block_are_no_cast():
    html = """<html><head><title>TVアニメ『灯台守の歌』</title></head><body><main><h1>灯台守の歌</h1>
    <h2>■放送情報</h2><p>【放送局】TOKYO MX<br>【配信】Netflix</p></main></body></html>"""
    assert not [f for f in _labels(html, Work("灯台守の歌")) if f.field == "cast"]


@pytest.mark.parametrize("notes, expected", [
    (("潮見ブラスによるオープニングテーマ。", "作詞・作曲 - 森川ユウ / 歌 - 潮見ブラス",
      "エンディングテーマ。", "作詞 - 森川ユウ / 作曲・編曲 - 井上カナ / 歌 - ミオ（春野つぐみ）",
      "第5話挿入歌。", "作詞 - 森川ユウ / 歌 - 灯台合唱団"),
     {"opening 1": "青い信号 — 潮見ブラス", "ending 1": "夜釣りの唄 — ミオ(春野つぐみ)",
      "insert 1": "霧笛 — 灯台合唱団"}),
    (("オープニングテーマ。", "作詞：森川ユウ／歌：潮見ブラス",
      "劇中歌。", "歌 - 灯台合唱団（ライブ版）",
      "エンディング。", "歌 - ミオ"),
     {"opening 1": "青い信号 — 潮見ブラス", "insert 1": "夜釣りの唄 — 灯台合唱団", "ending 1": "霧笛 — ミオ"}),
])
def test_wikipedia_theme_list_takes_kind_and_singer_from_the_notes(notes, expected):
    titles = ("青い信号", "夜釣りの唄", "霧笛")
    dl = "".join(f"<dt>「{t}」</dt><dd>{notes[2 * k]}</dd><dd>{notes[2 * k + 1]}</dd>" for k, t in enumerate(titles))
    html = f"""<html><head><title>灯台守の歌 - Wikipedia</title></head><body><main><h1>灯台守の歌</h1>
    <h3>主題歌</h3><dl>{dl}</dl><h3>放送局</h3></main></body></html>"""
    themes = {f.key: f.value for f in _labels(html, Work("灯台守の歌")) if f.field == "theme_song"}
    assert themes == expected


def test_a_theme_heading_of_a_set_kind_is_not_overridden_by_a_note():
    html = """<html><head><title>灯台守の歌</title></head><body><main><h1>灯台守の歌</h1>
    <h3>オープニングテーマ</h3><p>「青い信号」</p><p>前作のエンディングテーマ。</p><p>歌 - 潮見ブラス</p></main></body></html>"""
    themes = {f.key: f.value for f in _labels(html, Work("灯台守の歌")) if f.field == "theme_song"}
    assert themes == {"opening 1": "青い信号 — 潮見ブラス"}


@pytest.mark.parametrize("ja_head, en_head", [
    ("Cast (Japanese)", "Cast (English)"),
    ("Voice Cast (Japanese)", "Voice Cast (English dub)"),
    ("Japanese Cast", "English Cast"),
])
def test_cast_lists_under_headings_naming_their_language(ja_head, en_head):
    html = f"""<html><head><title>Fern Harbor | Streaming</title></head><body><main><h1>Fern Harbor</h1>
    <h3>{ja_head}</h3><ul><li><span>Wren</span> — <span>Aoi Kisaragi</span></li><li><span>Old Mast</span> — <span>TBA</span></li></ul>
    <h3>{en_head}</h3><ul><li><span>Wren</span> — <span>Della Crane</span></li></ul>
    <h3>Cast (Friday)</h3><p>Rowan — the ferryman's dog</p></main></body></html>"""
    casts = {(f.key, f.value) for f in _labels(html, Work("Fern Harbor")) if f.field == "cast"}
    assert casts == {("Wren", "Aoi Kisaragi"), ("Wren [English]", "Della Crane")}


def test_wikipedia_broadcast_tables_streaming_site_column_and_no_episode_rows():
    html = """<html><head><title>霧笛の港 - Wikipedia</title></head><body><main><h1>霧笛の港</h1>
    <h3>各話リスト</h3><table><tr><th>話数</th><th>サブタイトル</th><th>初放送日</th></tr>
    <tr><td>第1話</td><td>霧の朝</td><td>2027年4月3日</td></tr><tr><td>第2話</td><td>灯りの夜</td><td>4月10日</td></tr></table>
    <h3>放送局</h3><table><tr><th>放送期間</th><th>放送時間</th><th>放送局</th><th>備考</th></tr>
    <tr><td>2027年4月3日 - 予定</td><td>土曜 25:00 - 25:30</td><td>TOKYO MX</td><td>製作参加</td></tr></table>
    <table><tr><th>配信開始日</th><th>配信時間</th><th>配信サイト</th><th>備考</th></tr>
    <tr><td>2027年4月6日</td><td>火曜 12:00 更新</td><td>U-NEXT</td><td>見放題</td></tr>
    <tr><td>2027年4月5日</td><td>月曜 0:00 更新</td><td>Netflix</td><td>レンタル</td></tr></table>
    <h2>脚注</h2><p>[編集]</p><ol><li>^ 放送地域の出典 総務省. 2026年11月20日閲覧。</li></ol></main></body></html>"""
    facts = _labels(html, Work("霧笛の港"))
    assert {f.key for f in facts if f.field == "broadcaster"} == {org_key("TOKYO MX")}
    assert {f.key for f in facts if f.field == "streaming"} == {org_key("U-NEXT"), org_key("Netflix")}
    dates = {(f.key, f.value) for f in facts if f.field == "release_date"}
    assert ("", "2027-04-04") in dates and ("U-NEXT", "2027-04-06") in dates and ("Netflix", "2027-04-05") in dates
    assert not any("2026" in v or "話" in k or "[" in k for k, v in dates)


@pytest.mark.parametrize("slot, day", [
    ("毎週木曜 21:00～ 再放送：毎週土曜 27:30～", "2027-04-08"),
    ("毎週木曜 21:00～ リピート放送：毎週日曜 26:00～", "2027-04-08"),
    ("毎週木曜 25:30～", "2027-04-09"),
    ("毎週木曜 深夜1:30～", "2027-04-09"),
])
def test_a_stations_premiere_day_rolls_only_for_its_own_late_slot(slot, day):
    html = f"""<html><head><title>TVアニメ『砂時計の庭』</title></head><body><main><h1>砂時計の庭</h1>
    <h2>ON AIR</h2><table><tr><th>放送局</th><th>放送開始日</th><th>放送日時</th></tr>
    <tr><td>TOKYO MX</td><td>2027年4月6日(火)～</td><td>毎週火曜 22:00～</td></tr>
    <tr><td>AT-X</td><td>2027年4月8日(木)～</td><td>{slot}</td></tr></table></main></body></html>"""
    dates = {(f.key, f.value) for f in _labels(html, Work("砂時計の庭")) if f.field == "release_date"}
    assert dates == {("", "2027-04-06"), ("AT-X", day)}


def test_vintage_lines_name_region_then_outlet():
    html = """<html><head><title>Paper Lantern Club (TV) - Encyclopedia</title></head><body><main><h1>Paper Lantern Club (TV)</h1>
    <div><strong>Vintage:</strong><div>2027-10-02 (Japan, Fuji TV)</div>
    <div>2027-10-09 (worldwide, streaming on HIDIVE)</div><div>2027-11-20 (Indonesia, Animax Asia)</div>
    <div>2027-06-12 (Annecy Festival)</div><div>2027-07-02 (World premiere at Anime Expo)</div>
    <div>2027-10-16 (US premiere on Adult Swim)</div></div></main></body></html>"""
    facts = _labels(html, Work("Paper Lantern Club"))
    dates = {(f.key, f.value) for f in facts if f.field == "release_date"}
    assert dates == {("", "2027-10-02"), ("HIDIVE", "2027-10-09"), ("Animax Asia", "2027-11-20"), ("Adult Swim", "2027-10-16")}
    assert {f.key for f in facts if f.field == "broadcaster"} == {org_key("Fuji TV"), org_key("Animax Asia"), org_key("Adult Swim")}
    assert {f.key for f in facts if f.field == "streaming"} == {org_key("HIDIVE")}


@pytest.mark.parametrize("line", [
    "<strong>Netflix</strong>にて地上波最速・独占先行配信！　2027年3月27日(土)25:00～",
    "Netflixで先行配信スタート 2027年3月27日(土)25:00～",
    "【先行配信】Netflixにて2027年3月27日(土)25:00より最速配信",
])
def test_an_early_streaming_line_keys_its_day_by_the_service(line):
    html = f"""<html><head><title>TVアニメ『砂時計の庭』</title></head><body><main><h1>砂時計の庭</h1>
    <h2>ON AIR</h2><table><tr><th>放送局</th><th>放送開始日</th><th>放送日時</th></tr>
    <tr><td>TOKYO MX</td><td>2027年4月3日(土)～</td><td>毎週土曜 22:00～</td></tr></table>
    <h3>先行配信</h3><p>{line}</p></main></body></html>"""
    facts = _labels(html, Work("砂時計の庭"))
    assert ("Netflix", "2027-03-28") in {(f.key, f.value) for f in facts if f.field == "release_date"}
    assert org_key("Netflix") in {f.key for f in facts if f.field == "streaming"}
    assert not [f for f in facts if f.field == "broadcaster" and f.key != org_key("TOKYO MX")]


@pytest.mark.parametrize("staff_head, cast_head", [
    ("Velvet Orbit Staff", "Velvet Orbit Cast"),
    ("Velvet Orbit Anime Staff", "Velvet Orbit Season 2 Voice Cast"),
])
def test_section_headings_prefixed_by_the_title(staff_head, cast_head):
    html = f"""<html><head><title>Velvet Orbit news</title></head><body><main><h1>Velvet Orbit Anime Reveals Cast, Staff</h1>
    <h2>{staff_head}</h2><ul><li><strong>Script</strong> — Yumi Oda (Salt Road, Moss Bell)</li></ul>
    <h2>{cast_head}</h2><ul><li><strong>Lena Frost</strong>: Aoi Hanabi (<em>Star Drift</em>'s Rin)</li>
    <li>Captain Odo — Jun Takeda (Garo in Paper Kite)</li></ul></main></body></html>"""
    facts = _labels(html, Work("Velvet Orbit"))
    assert {f.key: f.value for f in facts if f.field == "cast"} == {"Lena Frost": "Aoi Hanabi", "Captain Odo": "Jun Takeda"}
    assert ("Yumi Oda") in values(facts, "staff")


@pytest.mark.parametrize("head", ["Velvet Orbit Anime Reveals Cast", "Meet the New Cast", "Velvet Orbit Adds Two to Cast"])
def test_a_headline_ending_in_cast_opens_no_cast_list(head):
    from tracker.extract.labels import _section_of
    assert _section_of(head) == (None, None)


def test_onair_rows_with_late_night_wording_and_dotted_service_lists():
    html = """<html><head><title>TVアニメ「月影の書架」公式サイト</title></head><body><main><h1>月影の書架</h1>
    <p>2027年10月より放送開始！</p>
    <h2>ON AIR</h2><ul><li>TOKYO MX　10月2日(土)より 毎週土曜 深夜0:30～</li><li>読売テレビ　10月5日(火)より 毎週火曜 深夜1:59～</li></ul>
    <h2>配信</h2><p>Hulu・dアニメストアほかにて10月6日(水)より順次配信開始</p><p>ミライ・テレビ 10月9日(土)12:00～</p></main></body></html>"""
    facts = _labels(html, Work("月影の書架"))
    dates = {(f.key, f.value) for f in facts if f.field == "release_date"}
    assert {("", "2027-10-03"), ("読売テレビ", "2027-10-06")} <= dates
    assert {f.key for f in facts if f.field == "broadcaster"} == {org_key("TOKYO MX"), org_key("読売テレビ")}
    streams = {f.key for f in facts if f.field == "streaming"}
    assert {org_key("Hulu"), org_key("dアニメストア")} <= streams
    assert not any("・" in k and k != org_key("ミライ・テレビ") for k in streams)   # an unknown name keeps its dot


def test_a_service_table_names_services_by_their_logos_and_no_plan_is_a_service():
    html = """<html><head><title>TVアニメ「月影の書架」公式サイト</title></head><body><main><h1>月影の書架</h1>
    <h2>ON AIR</h2><table><tr><th>放送局</th><th>放送日時</th></tr><tr><td>BS11</td><td>2027年10月2日(土)より毎週土曜23:00～</td></tr></table>
    <h2>配信</h2><table><tr><th>サービス名</th><th>見放題/レンタル</th><th>配信開始日</th></tr>
    <tr><td><a href="https://example.test/a"><img src="a.png" alt="Hulu"></a></td><td>見放題</td><td>2027年10月4日(月)12:00～</td></tr>
    <tr><td><img src="b.png" alt="FOD"></td><td>レンタル</td><td>2027年10月6日(水)12:00～</td></tr></table></main></body></html>"""
    facts = _labels(html, Work("月影の書架"))
    assert {f.key for f in facts if f.field == "streaming"} == {org_key("Hulu"), org_key("FOD")}
    dates = {(f.key, f.value) for f in facts if f.field == "release_date"}
    assert dates == {("", "2027-10-02"), ("Hulu", "2027-10-04"), ("FOD", "2027-10-06")}


@pytest.mark.parametrize("row", [
    "TOKYO MX — Saturdays at 25:30 JST, starting January 9, 2027",
    "TOKYO MX – from January 9, 2027 (Saturdays 25:30)",
])
def test_a_broadcast_rows_station_dash_slot_and_day(row):
    html = f"""<html><head><title>Ember Choir Official Website</title></head><body><main><h1>Ember Choir</h1>
    <h2>Broadcast</h2><ul><li>{row}</li><li>Sun TV – Sundays at 23:00</li></ul></main></body></html>"""
    facts = _labels(html, Work("Ember Choir"))
    assert org_key("TOKYO MX") in {f.key for f in facts if f.field == "broadcaster"}
    assert ("", "2027-01-10") in {(f.key, f.value) for f in facts if f.field == "release_date"}


@pytest.mark.parametrize("note, kind", [
    ("第2話 - 第12話のオープニングテーマ。", "opening"),
    ("エンディングテーマ（第1話 - 第6話）。", "ending"),
    ("第1話から第6話までのエンディングテーマ。", "ending"),
    ("本作のために書き下ろされたエンディングテーマ。", "ending"),
    ("第7話の劇中歌。", "insert"),
])
def test_a_wikipedia_song_note_in_its_usual_forms(note, kind):
    html = f"""<html><head><title>灯台守の歌 - Wikipedia</title></head><body><main><h1>灯台守の歌</h1>
    <h3>主題歌</h3><dl><dt>「潮騒ノート」</dt><dd>{note}</dd><dd>作詞・作曲・歌 - 夜凪</dd></dl></main></body></html>"""
    themes = {f.key: f.value for f in _labels(html, Work("灯台守の歌")) if f.field == "theme_song"}
    assert themes == {f"{kind} 1": "潮騒ノート — 夜凪"}


def test_cast_cards_of_two_spans_under_a_cast_heading():
    html = """<html><head><title>TVアニメ「月影の書架」公式サイト</title></head><body><main><h1>月影の書架</h1>
    <section><h2>CAST</h2><ul><li><span class="chara">シオリ</span><span class="cv">早見ゆら</span></li>
    <li><span>クロード</span><span>CV.高槻 蓮</span></li><li><span>監督</span><span>真柴圭吾</span></li></ul></section>
    <section><h2>STAFF</h2><ul><li><span>原作</span><span>灯野ユズリハ</span></li></ul></section>
    <section><h2>NEWS</h2><ul><li><span>メイン</span><span>キャスト発表</span></li></ul></section></main></body></html>"""
    casts = {(f.key, f.value) for f in _labels(html, Work("月影の書架")) if f.field == "cast"}
    assert casts == {("シオリ", "早見ゆら"), ("クロード", "高槻 蓮")}


@pytest.mark.parametrize("heading", ["キャスト[編集]", "声の出演［編集］", "Cast[edit]", "キャスト"])
def test_a_wiki_cast_list_of_character_then_actor_in_brackets(heading):
    html = f"""<html><head><title>潮見坂のカフェ - アニメwiki</title></head><body><main><h1>潮見坂のカフェ</h1>
    <h3>{heading}</h3><ul><li>浜崎みなと（春川しおん）<br>店長。22歳。</li>
    <li>マスター(大門寺ゲン)<br>先代の店主。</li><li>ナツメ（主人公）</li><li>ソラ（16歳）</li>
    <li>ユウ（第4話から）</li><li>ハル（Haru）</li></ul>
    <h3>関連項目[編集]</h3><ul><li>海辺の町（港町ガイド）</li></ul></main></body></html>"""
    casts = {(f.key, f.value) for f in _labels(html, Work("潮見坂のカフェ")) if f.field == "cast"}
    assert casts == {("浜崎みなと", "春川しおん"), ("マスター", "大門寺ゲン")}


def test_bracketed_names_outside_a_cast_section_are_no_cast():
    html = """<html><head><title>潮見坂のカフェ - アニメwiki</title></head><body><main><h1>潮見坂のカフェ</h1>
    <h3>関連作品[編集]</h3><ul><li>星の港（北条ミツル）</li></ul></main></body></html>"""
    assert not [f for f in _labels(html, Work("潮見坂のカフェ")) if f.field == "cast"]


@pytest.mark.parametrize("row, expected", [
    ('Theme songs: OP – "Glass Harbor" by Tidewire / ED – "Low Lantern" by Mai Orikasa',
     {"opening 1": "Glass Harbor — Tidewire", "ending 1": "Low Lantern — Mai Orikasa"}),
    ('Opening Theme: – "Glass Harbor" by Tidewire', {"opening 1": "Glass Harbor — Tidewire"}),
    ('Ending Theme: "Low Lantern" — Mai Orikasa', {"ending 1": "Low Lantern — Mai Orikasa"}),
])
def test_a_lineup_rows_theme_songs_after_a_dash(row, expected):
    html = f"""<html><head><title>Spring lineup</title></head><body><main><h2>Moth Parade</h2>
    <ul><li>Episodes: 12</li><li>{row}</li></ul></main></body></html>"""
    themes = {f.key: f.value for f in _labels(html, Work("Moth Parade")) if f.field == "theme_song"}
    assert themes == expected


def test_a_lineup_rows_cast_sentences_and_dub_pairs():
    html = """<html><head><title>Spring lineup</title></head><body><main><h2>Moth Parade</h2><ul>
    <li>Voice Cast: Mai Orikasa stars as Petra Vale, with Jun Hoshida as lighthouse keeper Ilse Marr, and Ren Tokiwa as Bo</li>
    <li>English Dub Cast: Petra Vale – Carla Dunn; Ilse Marr – Owen Pratt, Bo – Sam Ruiz</li>
    <li>Notes: Petra Vale – the heroine; a – b</li></ul></main></body></html>"""
    casts = {(f.key, f.value) for f in _labels(html, Work("Moth Parade")) if f.field == "cast"}
    assert casts == {("Petra Vale", "Mai Orikasa"), ("Ilse Marr", "Jun Hoshida"), ("Bo", "Ren Tokiwa"),
                     ("Petra Vale [English]", "Carla Dunn"), ("Ilse Marr [English]", "Owen Pratt"),
                     ("Bo [English]", "Sam Ruiz")}


@pytest.mark.parametrize("label, role", [
    ("Theme Song Performance (ED)", "theme song performance"),
    ("Storyboard (eps 2, 7)", "storyboard"),
    ("絵コンテ（第3話）", "storyboard"),
    ("Episode Director (#4)", "episode director"),
    ("Director (Season 2)", None),      # another season's credit stays unknown
    ("Music (film)", None),
    ("Director", "director"),
])
def test_a_role_with_a_note_on_its_song_or_episodes_is_still_the_role(label, role):
    from tracker.roles import known_role
    assert known_role(label) == role


def test_a_database_pages_service_links_to_the_titles_own_page_are_streaming():
    html = """<html><head><title>Moth Parade - AniBase</title></head><body><main><h1>Moth Parade</h1>
    <div><h2>Where to Watch</h2><a href="https://www.hidive.com/tv/moth-parade">HIDIVE</a>
    <a href="https://www.netflix.com/title/81234567">Netflix</a><a href="https://moth-parade.example/">Official Site</a></div>
    </main></body></html>"""
    got = {f.key for f in _labels(html, Work("Moth Parade")) if f.field == "streaming"}
    assert got == {org_key("HIDIVE"), org_key("Netflix")}
    # a news link or a service's home page is no streaming credit
    html = """<html><head><title>Moth Parade - AniBase</title></head><body><main><h1>Moth Parade</h1>
    <p>Read the <a href="https://www.crunchyroll.com/news/latest/2027/1/2/other-show">Crunchyroll</a> story.</p>
    <footer><a href="https://www.hidive.com/">HIDIVE</a></footer></main></body></html>"""
    assert not [f for f in _labels(html, Work("Moth Parade")) if f.field == "streaming"]


@pytest.mark.parametrize("label", ["Japanese broadcast", "TV Broadcast", "Japan TV stations", "Domestic airing"])
def test_a_lineup_rows_broadcast_label_names_the_station(label):
    html = f"""<html><head><title>Spring lineup</title></head><body><main><h2>Moth Parade</h2>
    <ul><li>{label}: Sun TV, Fridays at 24:30 JST starting April 9</li><li>{label}: To be announced</li></ul></main></body></html>"""
    got = {f.key for f in _labels(html, Work("Moth Parade")) if f.field == "broadcaster"}
    assert got == {org_key("Sun TV")}


def test_a_streaming_services_own_lineup_names_itself_with_the_regions():
    row = "<li>Available in: Canada, Australia and New Zealand</li><li>Episodes: 12</li>"
    html = f"""<html><head><title>Summer Simulcasts, Part 2 | Crunchyroll News</title></head><body><main>
    <h2>Moth Parade</h2><ul>{row}</ul></main></body></html>"""
    got = {(f.key, f.value) for f in _labels(html, Work("Moth Parade")) if f.field == "streaming"}
    assert got == {(org_key("Crunchyroll"), "Crunchyroll (Canada, Australia and New Zealand)")}
    # on a news site (not the service's own) the regions name no service
    html = html.replace("Crunchyroll News", "Otaku Daily")
    assert not [f for f in _labels(html, Work("Moth Parade")) if f.field == "streaming"]


@pytest.mark.parametrize("value, expected", [
    ("lowmoth", {("original character design", "lowmoth")}),
    ("Kana Ito", {("original character design", "Kana Ito")}),
    ("tba", set()),
    ("see below", set()),
])
def test_a_lower_case_pen_name_alone_is_a_credit(value, expected):
    html = f"""<html><head><title>Moth Parade news</title></head><body><main><h1>Moth Parade</h1><h3>Staff</h3>
    <p>Original Character Design: {value}</p></main></body></html>"""
    assert {(f.key, f.value) for f in _labels(html, Work("Moth Parade")) if f.field == "staff"} == expected


def test_a_staff_block_with_source_supervision_and_a_headline_theme_with_a_described_band():
    html = """<html><head><title>アニメ『潮見坂のカフェ』ニュース</title></head><body><main>
    <h1>アニメ『潮見坂のカフェ』OPテーマはミッドナイトガロの最新曲「Salt Road」に決定</h1>
    <p>【スタッフ】<br>原作：灯野ユズリハ／原作監修：白河トモ（灯野企画）／監督：真柴圭吾</p></main></body></html>"""
    facts = _labels(html, Work("潮見坂のカフェ"))
    staff = {(f.key, f.value) for f in facts if f.field == "staff"}
    assert {("original creator", "灯野ユズリハ"), ("original work supervision", "白河トモ"), ("director", "真柴圭吾")} <= staff
    assert {f.value for f in facts if f.field == "theme_song"} == {"Salt Road — ミッドナイトガロ"}


@pytest.mark.parametrize("heading, event, what", [
    ("「潮見坂のカフェ」第1話先行上映会 開催決定！", "「潮見坂のカフェ」第1話先行上映会", "第1話先行上映"),
    ("TVアニメ『潮見坂のカフェ』第1話・第2話最速上映会＆キャストトーク開催のお知らせ", None, None),
    ("潮見坂のカフェ 第1～2話 特別上映会", "潮見坂のカフェ 第1~2話 特別上映会", "第1~2話特別上映"),
])
def test_an_event_heading_naming_the_work_and_its_screened_episodes(heading, event, what):
    html = f"""<html><head><title>潮見坂のカフェ 公式サイト</title></head><body><main><h1>潮見坂のカフェ</h1>
    <section><h3>{heading}</h3><p>会場：ホールB</p></section>
    <section><h3>劇場版「別の作品」第1話先行上映会 開催決定！</h3></section></main></body></html>"""
    got = {(f.key, f.value) for f in _labels(html, Work("潮見坂のカフェ")) if f.field == "premiere_event"}
    if event:
        assert got == {(event, what)}
    else:
        assert len(got) <= 1 and all("上映" in v for _, v in got)


def test_an_official_news_headline_announcing_an_episode_screening():
    html = """<html><head><title>Moth Parade Official Website</title></head><body><main><h1>Moth Parade</h1>
    <section><h2>NEWS</h2><ul>
    <li><time>2027.01.05</time><a href="/n/3">"Moth Parade" Episodes 1-2 premiere screening to be held on February 20, 2027 at Hall Umi!</a></li>
    <li><time>2027.01.02</time><a href="/n/2">"Lamp Weaver" Episode 1 advance screening at Hall Sora!</a></li>
    </ul></section></main></body></html>"""
    got = {(f.key, f.value) for f in _labels(html, Work("Moth Parade")) if f.field == "premiere_event"}
    assert got == {("Episodes 1-2 premiere screening", "episodes 1-2 screened at Hall Umi (2027-02-20)")}


@pytest.mark.parametrize("legend, voices, expected", [
    # a legend naming the order of the media: the anime's voice is the one in its place
    ("<p>声の項はドラマCD版 / テレビアニメ版の順。1人のみの場合は両媒体共通。</p>", "早瀬みお[2] / 霧島ゆき[3]", "霧島ゆき"),
    ("<p>キャストはTVアニメ版、ボイスコミック版の順に記載。</p>", "霧島ゆき / 早瀬みお", "霧島ゆき"),
    # each name with its medium in brackets: no legend needed
    ("", "早瀬みお（ドラマCD） / 霧島ゆき（TVアニメ）", "霧島ゆき"),
    ("", "早瀬みお（ボイスコミック）、霧島ゆき（アニメ）", "霧島ゆき"),
    # one name: the same voice in every medium
    ("<p>声の項はドラマCD版 / テレビアニメ版の順。</p>", "霧島ゆき[4]", "霧島ゆき"),
])
def test_a_wiki_character_list_voiced_in_a_drama_cd_and_the_anime(legend, voices, expected):
    html = f"""<html><head><title>灯台守の手帖 - アニメwiki</title></head><body><main><h1>灯台守の手帖</h1>
    <h2>登場人物[編集]</h2>{legend}<dl><dt>汐見 凪（しおみ なぎ）</dt><dd>声 - {voices}</dd>
    <dd>灯台守の少女。</dd><dt>港の猫</dt><dd>声 - 柏木ノア<sup>[5][6]</sup></dd></dl></main></body></html>"""
    casts = {(f.key, f.value) for f in _labels(html, Work("灯台守の手帖")) if f.field == "cast"}
    assert casts == {("汐見 凪", expected), ("港の猫", "柏木ノア")}


def test_a_voice_only_in_another_medium_is_no_anime_cast():
    html = """<html><head><title>Lamp Weaver - Wiki</title></head><body><main><h1>Lamp Weaver</h1>
    <h2>Characters</h2><dl><dt>Orrin Vale</dt><dd>Voiced by: Tessa Quill (voice comic)</dd>
    <dt>Mira Vale</dt><dd>Voiced by: Ada Finch (drama CD), Jun Sorel (anime)</dd>
    <dt>Pell</dt><dd>Voiced by: Kai Mori</dd></dl></main></body></html>"""
    facts = _labels(html, Work("Lamp Weaver"))
    casts = {(f.key, f.value) for f in facts if f.field == "cast"}
    assert casts == {("Mira Vale", "Jun Sorel"), ("Pell", "Kai Mori")}
    no_foreign(facts, "Tessa Quill", "Ada Finch")


@pytest.mark.parametrize("cell", ["CV：森崎あおば", "CV. 森崎あおば", "声：森崎あおば", "森崎あおば"])
def test_a_cast_table_whose_actor_cells_carry_a_cv_mark(cell):
    html = f"""<html><head><title>霧灯りの写本 まとめ</title></head><body><main><h1>霧灯りの写本</h1>
    <h2>キャスト</h2><table class="cast"><tr><th>リゼ・ハーヴィル</th><td>{cell}</td></tr>
    <tr><th>司書・モーガン</th><td>CV：大槻 航</td></tr></table></main></body></html>"""
    casts = {(f.key, f.value) for f in _labels(html, Work("霧灯りの写本")) if f.field == "cast"}
    assert casts == {("リゼ・ハーヴィル", "森崎あおば"), ("司書・モーガン", "大槻 航")}


@pytest.mark.parametrize("byline", [
    "公開日：2026年2月3日 09:30 ／ 最終更新：2026年9月1日 12:00",
    "投稿日：2026/02/03 更新日：2026/09/01",
    "Published: February 3, 2026 | Updated: September 1, 2026",
])
def test_an_articles_publish_and_update_line_is_no_release_date(byline):
    html = f"""<html><head><title>霧灯りの写本 まとめ</title></head><body><main><h1>霧灯りの写本 アニメ情報まとめ</h1>
    <div class="date">{byline}</div><h2>放送情報</h2><p>放送開始日：2027年10月5日</p></main></body></html>"""
    dates = {(f.key, f.value) for f in _labels(html, Work("霧灯りの写本")) if f.field == "release_date"}
    assert dates == {("", "2027-10-05")}


def test_a_films_release_label_is_still_its_release():
    html = """<html><head><title>霧灯りの写本 劇場版</title></head><body><main><h1>霧灯りの写本</h1>
    <ul><li>公開日：2027年3月19日（金）</li></ul></main></body></html>"""
    assert values(_labels(html, Work("霧灯りの写本")), "release_date") == ["2027-03-19"]


@pytest.mark.parametrize("note, expected", [
    ("潮見ブルーによるオープニングテーマ。作詞は灰原ケイ、作曲・編曲は潮見ブルー。", ("opening 1", "灯の航路 — 潮見ブルー")),
    ("エンディングテーマ。作詞 - 灰原ケイ / 作曲 - 森谷ジン", ("ending 1", "灯の航路")),
])
def test_a_wiki_theme_note_followed_by_its_writing_credits(note, expected):
    html = f"""<html><head><title>灯台守の手帖 - アニメwiki</title></head><body><main><h1>灯台守の手帖</h1>
    <h3>主題歌</h3><dl><dt>「灯の航路」</dt><dd>{note}</dd></dl></main></body></html>"""
    themes = {(f.key, f.value) for f in _labels(html, Work("灯台守の手帖")) if f.field == "theme_song"}
    assert themes == {expected}


@pytest.mark.parametrize("copy, artist", [
    ("オープニング主題歌は、ナギ役でも出演する汐見ゆらさんが歌う「灯の航路」に決定。", "汐見ゆら"),
    ("オープニング主題歌は、3人組バンド「ルミナスポート」が歌う「灯の航路」に決定しました。", "ルミナスポート"),
    ("オープニング主題歌は、新人歌手の白峰ミオが歌う「灯の航路」。", "白峰ミオ"),
    ("オープニング主題歌は、メインキャスト陣が歌う「灯の航路」に決定。", None),
])
def test_a_singer_named_before_ga_utau(copy, artist):
    html = f"""<html><head><title>灯台守の手帖 まとめ</title></head><body><main><h1>灯台守の手帖</h1>
    <h2>主題歌</h2><p>{copy}</p></main></body></html>"""
    themes = {(f.key, f.value) for f in _labels(html, Work("灯台守の手帖")) if f.field == "theme_song"}
    assert themes == {("opening 1", f"灯の航路 — {artist}" if artist else "灯の航路")}


@pytest.mark.parametrize("line, expected", [
    ("Hulu・Netflixでは2月6日(土)12:00より配信開始", {"Hulu": "2027-02-06", "Netflix": "2027-02-06"}),
    ("U-NEXT、dアニメストアにて2月7日(日)正午より順次配信", {"U-NEXT": "2027-02-07", "dアニメストア": "2027-02-07"}),
    ("ABEMAにて地上波同時配信！ 2月4日(木)より毎週木曜25:00～", {}),   # the same day as the first airing: no key
])
def test_an_on_air_sections_streaming_line_gives_each_service_its_day(line, expected):
    html = f"""<html><head><title>霧灯りの写本 公式サイト</title></head><body><main><h1>霧灯りの写本</h1>
    <section><h2>ON AIR</h2><table><tr><th>放送局</th><th>放送開始日</th><th>放送日時</th></tr>
    <tr><td>TOKYO MX</td><td>2027年2月4日(木)</td><td>毎週木曜 25:00～</td></tr></table>
    <h3>配信情報</h3><p>{line}</p></section></main></body></html>"""
    dates = {f.key: f.value for f in _labels(html, Work("霧灯りの写本")) if f.field == "release_date"}
    assert dates.pop("") == "2027-02-05"
    assert {k: v for k, v in dates.items() if k != "TOKYO MX"} == expected


def test_a_news_info_box_of_stations_then_their_start_day_and_slot():
    html = """<html><head><title>霧灯りの写本 放送開始</title></head><body><main><h1>「霧灯りの写本」2月放送開始</h1>
    <section><h2>TVアニメ「霧灯りの写本」</h2><p>TOKYO MX、群馬テレビ：2027年2月7日（日）より毎週日曜25:05〜<br>
    BS11：2027年2月10日（水）より毎週水曜23:30〜<br>dアニメストア：2027年2月9日（火）12:00より配信</p>
    <p>監督：灰原ケイ</p></section></main></body></html>"""
    facts = _labels(html, Work("霧灯りの写本"))
    dates = {f.key: f.value for f in facts if f.field == "release_date"}
    assert dates[""] == "2027-02-08" and dates["BS11"] == "2027-02-10" and dates["dアニメストア"] == "2027-02-09"
    assert {"TOKYO MX", "群馬テレビ", "BS11"} <= set(values(facts, "broadcaster"))


@pytest.mark.parametrize("line", [
    "毎週日曜：2027年2月7日より放送",            # a weekday is no station
    "先行上映会：2027年2月1日（月）19:00〜",      # an event
    "TOKYO MX：2027年2月7日より『星屑旅館』放送",  # another work's title in the value
])
def test_label_lines_that_are_no_station_and_its_start(line):
    html = f"""<html><head><title>霧灯りの写本</title></head><body><main><h1>霧灯りの写本</h1>
    <section><h2>TVアニメ「霧灯りの写本」</h2><p>{line}</p></section></main></body></html>"""
    facts = _labels(html, Work("霧灯りの写本"))
    assert not [f for f in facts if f.field == "release_date" and f.value.startswith("2027-02")]


def test_a_singer_named_before_the_theme_kind():
    html = """<html><head><title>霧灯りの写本 本PV</title></head><body><main><h1>霧灯りの写本</h1>
    <p>映像では、4人組バンド・カモメラジオが歌うエンディング主題歌「夜光の栞」も聴くことができる。</p></main></body></html>"""
    assert values(_labels(html, Work("霧灯りの写本")), "theme_song") == ["夜光の栞 — カモメラジオ"]


@pytest.mark.parametrize("heading, key", [("English Dub Cast", "Pell Anders [English]"), ("French Cast", "Pell Anders [French]"),
                                          ("英語吹替キャスト", "Pell Anders [English]"), ("Japanese Cast", "Pell Anders")])
def test_a_cast_table_under_a_dub_heading_is_that_dubs(heading, key):
    html = f"""<html><head><title>Lamp Weaver press release</title></head><body><main><h1>Lamp Weaver</h1>
    <h3>{heading}</h3><table class="credits"><tr><th>Pell Anders</th><td>Nora Quist</td></tr>
    <tr><th>Odile Marsh</th><td>Theo Brand</td></tr></table></main></body></html>"""
    casts = {(f.key, f.value) for f in _labels(html, Work("Lamp Weaver")) if f.field == "cast"}
    assert (key, "Nora Quist") in casts


def test_a_singer_credited_with_the_role_they_voice():
    html = """<html><head><title>霧灯りの写本 公式</title></head><body><main><h1>霧灯りの写本</h1>
    <h2>主題歌</h2><p>エンディングテーマ「夜光の栞」 歌：リゼ役・森崎あおば</p></main></body></html>"""
    assert values(_labels(html, Work("霧灯りの写本")), "theme_song") == ["夜光の栞 — 森崎あおば"]


@pytest.mark.parametrize("voices, expected", [
    ("ドラマCD：早瀬みお / TVアニメ：霧島ゆき", "霧島ゆき"),      # the medium as a label before each name
    ("霧島ゆき（ドラマCD・TVアニメ）", "霧島ゆき"),               # one voice for both media
])
def test_a_wiki_voice_credit_naming_its_media_other_ways(voices, expected):
    html = f"""<html><head><title>灯台守の手帖 - アニメwiki</title></head><body><main><h1>灯台守の手帖</h1>
    <h2>登場人物</h2><dl><dt>汐見 凪</dt><dd>声 - {voices}</dd></dl></main></body></html>"""
    assert {(f.key, f.value) for f in _labels(html, Work("灯台守の手帖")) if f.field == "cast"} == {("汐見 凪", expected)}


def test_a_voiced_by_entry_with_dubs_and_a_voice_comic():
    html = """<html><head><title>Lamp Weaver - Wiki</title></head><body><main><h1>Lamp Weaver</h1>
    <h2>Characters</h2><dl><dt>Mira Vale</dt>
    <dd>Voiced by: Jun Sorel (Japanese); Ada Finch (English); Tessa Quill (voice comic)</dd></dl></main></body></html>"""
    casts = {(f.key, f.value) for f in _labels(html, Work("Lamp Weaver")) if f.field == "cast"}
    assert casts == {("Mira Vale", "Jun Sorel"), ("Mira Vale [English]", "Ada Finch")}


@pytest.mark.parametrize("copy, expected", [
    ("オープニング主題歌はTidewireの「硝子の港」、エンディング主題歌は織笠まいの「低い灯」に決定。",
     {("opening 1", "硝子の港 — Tidewire"), ("ending 1", "低い灯 — 織笠まい")}),
    ("エンディング主題歌は本作のための新曲「低い灯」。", {("ending 1", "低い灯")}),
    ("エンディング主題歌は前作の「低い灯」を再び起用。", {("ending 1", "低い灯")}),
])
def test_a_kind_of_shudaika_then_the_singer_before_no(copy, expected):
    html = f"""<html><head><title>灯台守の手帖 公式</title></head><body><main><h1>灯台守の手帖</h1>
    <h2>主題歌</h2><p>{copy}</p></main></body></html>"""
    assert {(f.key, f.value) for f in _labels(html, Work("灯台守の手帖")) if f.field == "theme_song"} == expected


@pytest.mark.parametrize("other", ["ドラマCD", "舞台[編集]", "ボイスコミック版", "Drama CD", "Stage play (2025)", "Voice comic",
                                   "Live-action film"])
def test_another_mediums_part_of_a_wiki_is_not_the_animes_cast_or_staff(other):
    html = f"""<html><head><title>灯台守の手帖 - wiki</title></head><body><main><h1>灯台守の手帖</h1>
    <h2>{other}</h2><p>2025年に発表された。</p><h3>キャスト</h3><ul><li>ナギ：早瀬みお</li></ul>
    <h3>スタッフ</h3><ul><li>脚本：灰原ケイ</li></ul>
    <h2>テレビアニメ</h2><h3>キャスト</h3><ul><li>ナギ：霧島ゆき</li></ul><h3>スタッフ</h3><ul><li>監督：小田ケン</li></ul>
    </main></body></html>"""
    facts = _labels(html, Work("灯台守の手帖"))
    assert {(f.field, f.key, f.value) for f in facts if f.field in ("cast", "staff")} == {
        ("cast", "ナギ", "霧島ゆき"), ("staff", "director", "小田ケン")}
    no_foreign(facts, "早瀬みお", "灰原ケイ")


def test_a_cast_heading_alone_is_still_the_animes_after_another_mediums_part_ends():
    html = """<html><head><title>Lamp Weaver - Wiki</title></head><body><main><h1>Lamp Weaver</h1>
    <h2>Characters</h2><dl><dt>Pell Anders</dt><dd>Voiced by: Nora Quist</dd></dl>
    <h2>Video game</h2><p>A rhythm game was released in 2025.</p>
    <h2>Cast</h2><ul><li>Odile Marsh: Theo Brand</li></ul></main></body></html>"""
    casts = {(f.key, f.value) for f in _labels(html, Work("Lamp Weaver")) if f.field == "cast"}
    assert casts == {("Pell Anders", "Nora Quist"), ("Odile Marsh", "Theo Brand")}


def test_cast_cards_of_a_bold_character_then_the_actor():
    html = """<html><head><title>Lamp Weaver</title></head><body><main><h1>Lamp Weaver</h1>
    <h2>Cast</h2><ul><li><strong>Pell Anders</strong> Nora Quist</li><li><b>Odile Marsh</b> – Theo Brand</li>
    <li><strong>Bram</strong> A retired lamp weaver who keeps the old workshop running.</li>
    <li><strong>Director</strong> Ken Oda</li></ul></main></body></html>"""
    casts = {(f.key, f.value) for f in _labels(html, Work("Lamp Weaver")) if f.field == "cast"}
    assert casts == {("Pell Anders", "Nora Quist"), ("Odile Marsh", "Theo Brand")}


@pytest.mark.parametrize("body, expected", [
    # a list item whose bold name is only part of the line: the name, not the 登場人物 heading, is the character
    ("<h2>登場人物</h2><ul><li><b>汐見 凪</b>（しおみ なぎ）<br>声 - 霧島ゆき<br>本作の主人公。</li></ul>", ("汐見 凪", "霧島ゆき")),
    ("<h2>登場人物</h2><dl><dt>汐見 凪</dt><dd>声 - 早瀬みお（ドラマCD版） → 霧島ゆき（テレビアニメ版）</dd></dl>", ("汐見 凪", "霧島ゆき")),
    ("<h2>Characters</h2><dl><dt>Nagi Shiomi</dt><dd>Voiced by: Yuki Kirishima<sup>[3]</sup> (anime); Mio Hayase (drama CD)</dd></dl>",
     ("Nagi Shiomi", "Yuki Kirishima")),
])
def test_wiki_character_entries_in_more_shapes(body, expected):
    html = f"""<html><head><title>灯台守の手帖 - Wikipedia</title></head><body><main><h1>灯台守の手帖</h1>{body}</main></body></html>"""
    assert {(f.key, f.value) for f in _labels(html, Work("灯台守の手帖")) if f.field == "cast"} == {expected}


@pytest.mark.parametrize("contact", [
    "<p><strong>Press Contact:</strong><br>Mara Quill, Tidewater Films<br>press@tidewater.test</p>",
    "<p><b>Media Inquiries:</b> Dev Anand, Larkspur Pictures (dev@larkspur.test)</p>",
    "<h4>ABOUT LARKSPUR PICTURES</h4><p>Larkspur Pictures distributes animation.</p><p>Publicity: Ola Brandt</p>",
    "<p>報道関係者お問い合わせ先：星野ミカ（株式会社ソラノ広報部）</p>",
])
def test_a_press_releases_contact_block_after_the_credits_is_no_staff(contact):
    html = f"""<html><head><title>Salt Harbor - Press</title></head><body><main><h1>SALT HARBOR arrives in theaters</h1>
    <h4>KEY CREDITS</h4><ul><li>Director: Ivo Lenz</li><li>Music: Pia Sorel</li></ul>
    {contact}</main></body></html>"""
    facts = _labels(html, Work("Salt Harbor"))
    staff = {(f.key, f.value) for f in facts if f.field == "staff"}
    assert staff == {("director", "Ivo Lenz"), ("music", "Pia Sorel")}


@pytest.mark.parametrize("box, cast, extra_staff", [
    # the info box closing a news article: credits, then the cast as bare "Character：Actor" lines
    ("■TVアニメ「灯火の航路」<br>監督：川辺ユウ<br>音楽：森野ハル<br>世界観監修：松井サキ（ルミナゲームス）<br><br>"
     "ミオ：早瀬ナナ<br>カイ：堂本リク<br>老船長：岩城 剛", {("ミオ", "早瀬ナナ"), ("カイ", "堂本リク"), ("老船長", "岩城 剛")},
     ("世界観監修", "松井サキ")),
    ("<b>Lantern Route (TV anime)</b><br>Director: Yu Kawabe<br>Music: Haru Morino<br>Lore Supervisor: Saki Matsui<br>"
     "Mio: Nana Hayase<br>Kai: Riku Domoto", {("Mio", "Nana Hayase"), ("Kai", "Riku Domoto")}, ("Lore Supervisor", "Saki Matsui")),
])
def test_a_news_articles_closing_info_box_gives_cast_and_unknown_credits(box, cast, extra_staff):
    html = f"""<html><head><title>灯火の航路 アニメ化</title></head><body><main><h1>「灯火の航路」TVアニメ化決定</h1>
    <p>本日発表された。</p><div class="box"><p>{box}</p></div></main></body></html>"""
    work = Work("灯火の航路", aliases=("Lantern Route",))
    facts = _labels(html, work)
    assert {(f.key, f.value) for f in facts if f.field == "cast"} == cast
    assert extra_staff in {(f.key, f.value) for f in facts if f.field == "staff"}


def test_an_info_boxs_company_rows_and_a_lone_pair_are_no_cast():
    html = """<html><head><title>灯火の航路</title></head><body><main><h1>「灯火の航路」TVアニメ化決定</h1>
    <div class="box"><p>監督：川辺ユウ<br>開発：ルミナ・インタラクティブ<br>運営：星海ゲームス<br>ジャンル：航海RPG<br>
    </p><p>監督：川辺ユウ<br>ミオ：早瀬ナナ</p><p>お問い合わせ：広報部 田中</p></div></main></body></html>"""
    facts = _labels(html, Work("灯火の航路"))
    assert not [f for f in facts if f.field == "cast"]
    no_foreign(facts, "ルミナ", "星海", "田中")


def test_a_season_lists_table_cells_more_shapes():
    # stations with a topic particle, a station row with no date yet, two credits set apart by a space only,
    # and a streaming service's name without its day
    html = """<html><head><title>2027年春アニメ一覧</title></head><body><main><h1>2027年春アニメ一覧</h1>
    <section><h2>星屑ポストマン</h2><table>
    <tr><th>放送開始日</th><td>2027年4月8日（木）24:30〜</td></tr>
    <tr><th>放送局</th><td>TOKYO MX、サンテレビほか／BS日テレでは4月11日（日）より</td></tr>
    <tr><th>配信</th><td>U-NEXT 4月8日（木）25:00より</td></tr>
    <tr><th>スタッフ</th><td>原作：森本サチ　制作：スタジオ・ヒバリ</td></tr>
    </table></section>
    <section><h2>古書店ルルの事件簿</h2><table>
    <tr><th>放送局</th><td>日本テレビ系</td><td>BS日テレ：放送時期未定</td></tr>
    </table></section></main></body></html>"""
    facts = _labels_for(html, Work("星屑ポストマン"))
    got = as_set(facts)
    assert ("release_date", "BS日テレ", "2027-04-11") in got
    assert ("release_date", "", "2027-04-09") in got and ("streaming", "unext", "U-NEXT") in got
    assert not [f for f in facts if f.field == "release_date" and f.key.startswith("U-NEXT")]   # its day is the TV's
    assert ("staff", "original creator", "森本サチ") in got
    assert {f.value for f in facts if f.field == "studio"} == {"スタジオ・ヒバリ"}
    assert not [f for f in facts if f.field == "broadcaster" and f.value.endswith("では")]
    other = _labels_for(html, Work("古書店ルルの事件簿"))
    assert {f.value for f in other if f.field == "broadcaster"} >= {"BS日テレ"}
    assert not [f for f in other if f.field == "release_date"]


def test_space_separated_credits_split_only_before_known_labels():
    html = """<html><head><title>Quiet Lanterns</title></head><body><main><h1>Quiet Lanterns</h1>
    <p>Director: Mina Roe Music: Abe Lund</p><p>Note: Dates: subject to change</p></main></body></html>"""
    staff = {(f.key, f.value) for f in _labels(html, Work("Quiet Lanterns")) if f.field == "staff"}
    assert staff == {("director", "Mina Roe"), ("music", "Abe Lund")}


@pytest.mark.parametrize("question, answer, expected", [
    ("How many episodes will Moth Lantern season 2 have?", "It will have 11 episodes.", "11"),
    ("Moth Lantern: number of episodes", "24 episodes", "24"),
    ("『蛾の灯』第2期は全何話？", "全12話の予定です。", "12"),
    ("How many episodes did the first season have?", "13 episodes.", None),   # the earlier season's count
    ("Where can I watch it?", "13 episodes are on Netflix.", None),
])
def test_an_faq_answer_under_its_episode_question(question, answer, expected):
    html = f"""<html><head><title>Moth Lantern season 2 FAQ</title></head><body><main><h1>Moth Lantern season 2</h1>
    <h2>FAQ</h2><h3>{question}</h3><p>{answer}</p></main></body></html>"""
    eps = values(_labels(html, Work("Moth Lantern", aliases=("蛾の灯",))), "episodes")
    assert eps == ([expected] if expected else [])


@pytest.mark.parametrize("slots, expected", [
    ("<li>TOKYO MX 毎週月曜24:00～</li><li>BS11 毎週月曜24:30～</li>", "2027-04-06"),     # past midnight: the 6th
    ("<li>AT-X 毎週水曜25:00～</li><li>TOKYO MX 毎週月曜25:30～</li>", "2027-04-06"),     # another weekday's slot is not it
    ("<li>TOKYO MX 毎週月曜22:00～</li><li>BS11 毎週月曜23:30～</li>", "2027-04-05"),     # before midnight: the day stands
])
def test_an_on_air_announcement_then_its_stations_slots(slots, expected):
    html = f"""<html><head><title>TVアニメ「灯台もと暮らし」公式サイト</title></head><body><main><h1>灯台もと暮らし</h1>
    <h2>ON AIR</h2><p>2027年4月5日(月)より TOKYO MX、BS11ほかにて放送開始！</p><ul>{slots}</ul></main></body></html>"""
    facts = _labels(html, Work("灯台もと暮らし"))
    assert values(facts, "release_date", "") == [expected]
    assert {"TOKYO MX", "BS11"} <= set(values(facts, "broadcaster"))


@pytest.mark.parametrize("row, expected", [
    ("Cast: Mei Tanabe (Oriel), Ken Hoshi (Dax)", {("Oriel", "Mei Tanabe"), ("Dax", "Ken Hoshi")}),
    ("Voice Cast: Oriel (Mei Tanabe); Dax (Ken Hoshi)", {("Oriel", "Mei Tanabe"), ("Dax", "Ken Hoshi")}),
    ("Cast: Mei Tanabe (Oriel) and Ken Hoshi (Dax)", {("Oriel", "Mei Tanabe"), ("Dax", "Ken Hoshi")}),
    ("Cast: Mei Tanabe (Ruby Tides), Ken Hoshi (Dax)", set()),          # unclear piece: a known-for note, not a part
])
def test_an_info_box_cast_row_of_names_with_parts_in_brackets(row, expected):
    html = f"""<html><head><title>Tide Bell</title></head><body><main><h1>Tide Bell</h1>
    <div class="info-box"><h3>Series info</h3><p><b>Tide Bell</b><br>Original TV anime by Harbor Light Studio<br>
    {row}<br>Episodes: 12</p></div></main></body></html>"""
    facts = _labels(html, Work("Tide Bell"))
    assert {(f.key, f.value) for f in facts if f.field == "cast"} == expected
    assert values(facts, "studio") == ["Harbor Light Studio"]


def test_an_anime_by_line_needs_a_studios_name():
    html = """<html><head><title>Tide Bell</title></head><body><main><h1>Tide Bell</h1>
    <p>Original TV anime by the studio</p><p>An anime by Kei Moro</p></main></body></html>"""
    assert not values(_labels(html, Work("Tide Bell")), "studio")


@pytest.mark.parametrize("heading, key", [
    ("■PV第2弾公開", "PV 2"),
    ("【本予告】解禁", "trailer 1"),
    ("ティザーPVが公開", "teaser 1"),
    ("Watch the second PV", "PV 2"),
])
def test_an_untitled_embed_is_named_by_the_heading_above_it(heading, key):
    html = f"""<html><head><title>TVアニメ「紙風船の街」公式サイト</title></head><body><main><h1>紙風船の街</h1>
    <h3>{heading}</h3><p>映像をご覧ください。</p>
    <iframe src="https://www.youtube.com/embed/Zq3PaperB01" allowfullscreen></iframe>
    <p><a href="https://www.youtube.com/watch?v=Zq3PaperB01">https://www.youtube.com/watch?v=Zq3PaperB01</a></p></main></body></html>"""
    trailers = {f.key: f.value for f in _labels(html, Work("紙風船の街")) if f.field == "trailer"}
    assert list(trailers) == [key] and trailers[key].endswith("https://www.youtube.com/watch?v=Zq3PaperB01")


def test_a_link_under_a_pv_heading_that_a_sentence_gives_to_the_game_is_no_trailer():
    html = """<html><head><title>紙風船の街 アニメ化</title></head><body><main><h1>「紙風船の街」TVアニメ化</h1>
    <h3>第1弾PVが公開</h3><iframe src="https://www.youtube.com/embed/Zq3PaperB01" allowfullscreen></iframe>
    <p>なお、同じ日にはゲーム版の新章トレーラーも公開された（<a href="https://www.youtube.com/watch?v=Gx9GameT002">こちら</a>）。アニメとは無関係の映像だ。</p>
    </main></body></html>"""
    trailers = {f.key: f.value for f in _labels(html, Work("紙風船の街")) if f.field == "trailer"}
    assert trailers == {"PV 1": "https://www.youtube.com/watch?v=Zq3PaperB01"}


@pytest.mark.parametrize("label", ["Voice cast", "Main Cast", "Voice Cast"])
def test_a_cast_label_with_a_plain_adjective_names_no_dub(label):
    html = f"""<html><head><title>Snowhill Bakery</title></head><body><main><h1>Snowhill Bakery</h1>
    <ul><li><strong>{label}:</strong> Mei Aoki as Haru, Ken Tamura as Sora</li></ul>
    <ul><li><strong>Hindi cast:</strong> Ravi Shah as Haru</li></ul></main></body></html>"""
    casts = {(f.key, f.value) for f in _labels(html, Work("Snowhill Bakery")) if f.field == "cast"}
    assert {("Haru", "Mei Aoki"), ("Sora", "Ken Tamura"), ("Haru [Hindi]", "Ravi Shah")} == casts


@pytest.mark.parametrize("cell, expected", [
    ("Crunchyroll (worldwide excl. Asia)", {"Crunchyroll (worldwide excl. Asia)"}),
    ("Crunchyroll (North America, Europe, Oceania), Netflix (Japan)", {"Crunchyroll (North America, Europe, Oceania)",
                                                                     "Netflix (Japan)"}),
    ("HIDIVE (new episodes every Friday after the broadcast ends)", {"HIDIVE"}),   # a long aside that is no region
])
def test_a_streaming_cell_keeps_its_region_list(cell, expected):
    html = f"""<html><head><title>Snowhill Bakery</title></head><body><main><h1>Snowhill Bakery</h1>
    <ul><li><strong>Streaming:</strong> {cell}</li></ul></main></body></html>"""
    assert set(values(_labels(html, Work("Snowhill Bakery")), "streaming")) == expected


def test_staff_role_slash_name_music_rows_and_a_streamer_in_a_station_table():
    html = """<html><head><title>雪見坂のパン屋 公式</title></head><body><main><h1>雪見坂のパン屋</h1>
    <h2>STAFF</h2><p>監督／日野アキラ<br>シリーズ構成・脚本／森ミオ<br>Character Design / Ren Oda</p>
    <h2>MUSIC</h2><h3>エンディングテーマ</h3><p>「夜明けのバゲット」</p><p>歌：ハル（CV：青木メイ）</p>
    <h2>Theme Songs</h2><ul><li>Opening: Powder Melody by Milk Tea</li><li>Insert Song: Crumbs – Ivy Lane</li></ul>
    <h2>放送情報</h2><table><tr><th>放送局</th><th>放送開始日</th><th>放送時間</th></tr>
    <tr><td>TOKYO MX</td><td>2027年10月3日(日)</td><td>毎週日曜 24:30～</td></tr>
    <tr><td>Netflix</td><td>2027年10月6日(水)</td><td>12:00～</td></tr></table></main></body></html>"""
    facts = _labels(html, Work("雪見坂のパン屋"))
    got = as_set(facts)
    assert {("staff", "series composition", "森ミオ"), ("staff", "screenplay", "森ミオ"),
            ("staff", "character design", "Ren Oda")} <= got
    assert not [f for f in facts if f.field == "staff" and f.value in ("脚本", "シリーズ構成")]
    themes = {f.key: f.value for f in facts if f.field == "theme_song"}
    assert themes["opening 1"] == "Powder Melody — Milk Tea" and themes["insert 1"] == "Crumbs — Ivy Lane"
    assert themes["ending 1"].startswith("夜明けのバゲット — ハル")
    assert values(facts, "streaming") == ["Netflix"] and "Netflix" not in values(facts, "broadcaster")
    assert ("release_date", "Netflix", "2027-10-06") in got


def test_a_cast_section_of_part_and_actor_set_apart_by_a_space():
    html = """<html><head><title>雪見坂のパン屋 公式</title></head><body><main><h1>雪見坂のパン屋</h1>
    <h2>CAST</h2><p>ハル　青木メイ<br>店長ゴウ　大森 剛<br>ソラ　田村ケン</p>
    <h2>STORY</h2><p>小さな町 パン屋</p></main></body></html>"""
    casts = {(f.key, f.value) for f in _labels(html, Work("雪見坂のパン屋")) if f.field == "cast"}
    assert casts == {("ハル", "青木メイ"), ("店長ゴウ", "大森 剛"), ("ソラ", "田村ケン")}


@pytest.mark.parametrize("para, expected", [
    # the replaced date is named first, the new one later in the same paragraph; the notice's own day is no start
    ("TVアニメ「灯台守のレシピ」の放送開始が、当初予定していた2027年7月4日から延期されることになりました。"
     "製作委員会が5月20日、公式サイトで発表しました。新たな放送開始日は2027年10月3日です。", "2027-10-03"),
    ("TVアニメ「灯台守のレシピ」は7月4日(日)に放送予定でしたが延期となり、2027年10月3日(日)より放送開始となります。",
     "2027-10-03"),
    ("The anime, originally slated for July 4, 2027, will now premiere on October 3, 2027 on TOKYO MX.", "2027-10-03"),
    ("2027年7月4日(日)22時から放送開始予定だった本作は、制作の都合により2027年10月3日(日)からの放送となります。", "2027-10-03"),
    ("当初は2027年7月4日開始予定だったが延期され、2027年10月3日(日)より放送開始。", "2027-10-03"),
])
def test_a_delay_notice_paragraph_gives_the_new_date_not_the_replaced_one(para, expected):
    html = f"""<html><head><title>灯台守のレシピ</title></head><body><main><h1>灯台守のレシピ 延期のお知らせ</h1>
    <p>{para}</p></main></body></html>"""
    dates = [f.value for f in _labels(html, Work("灯台守のレシピ")) if f.field == "release_date" and not f.key]
    assert "2027-07-04" not in dates and "2027-05-20" not in dates
    assert dates in ([expected], [])


def test_a_sentence_cast_drops_the_honorific_badge_and_the_title_before_the_name():
    html = """<html><head><title>灯台守のレシピ</title></head><body><main><h1>灯台守のレシピ</h1>
    <p>第2弾PVには、灯台の料理番マルタ（CV：岸辺ゆきのさん）と、港町の元船長ボルク（CV：大岩 剛さん）の姿も描かれており、物語の広がりを感じさせます。</p>
    <h2>CAST</h2><ul><li><h4><img src="a.png" alt="Tomo Reyes"></h4><p><span>CV.</span>Mina Haraguchi <em>NEW</em></p></li></ul>
    </main></body></html>"""
    casts = {(f.key, f.value) for f in _labels(html, Work("灯台守のレシピ")) if f.field == "cast"}
    assert {("マルタ", "岸辺ゆきの"), ("ボルク", "大岩 剛"), ("Tomo Reyes", "Mina Haraguchi")} <= casts


@pytest.mark.parametrize("row_head, cell, expected", [
    ("Japan", "Hulu, ABEMA — from April 9, 2027 (Fri) 23:00", {"hulu": "Hulu (Japan)", "abema": "ABEMA (Japan)"}),
    ("North America", "HIDIVE: simulcast starting April 8, 2027", {"hidive": "HIDIVE (North America)"}),
    ("国内", "dアニメストア、Netflix：2027年4月9日(金)12:00より", {"danimestore": "dアニメストア (国内)", "netflix": "Netflix (国内)"}),
])
def test_a_streaming_row_headed_by_a_territory_names_each_service_there(row_head, cell, expected):
    html = f"""<html><head><title>Cinder Lane Couriers</title></head><body><main><h1>Cinder Lane Couriers</h1>
    <h2>ON AIR</h2><table><tr><th>TOKYO MX</th><td>From April 8, 2027 (Thu) every Thursday 23:30～</td></tr></table>
    <h3>STREAMING</h3><table><tr><th>{row_head}</th><td>{cell}</td></tr><tr><th>Asia</th><td>To be announced</td></tr></table>
    </main></body></html>"""
    facts = _labels(html, Work("Cinder Lane Couriers"))
    got = {org_key(f.value): f.value for f in facts if f.field == "streaming"}
    assert set(got) == set(expected)   # (the territory is kept at least where a dash sets the services apart)
    assert got == expected or "—" not in cell
    assert not [f for f in facts if f.field in ("streaming", "broadcaster") and org_key(f.value) in ("japan", "northamerica", "asia")]


def test_a_news_item_about_season_one_gives_no_facts_on_a_season_two_site():
    html = """<html><head><title>Cinder Lane Couriers Season 2</title></head><body><main><h1>Cinder Lane Couriers Season 2</h1>
    <ul><li>2025.03.02 Season 1 starts April 6, 2025 on TOKYO MX! Animation production: Studio Hoshizora</li>
    <li>2026.11.02 Season 2 animation production: Kumo Works</li></ul>
    <dl><dt>Animation Production</dt><dd>Kumo Works</dd></dl></main></body></html>"""
    facts = _labels(html, Work("Cinder Lane Couriers Season 2", ("Cinder Lane Couriers 2nd Season",)))
    assert values(facts, "studio") == ["Kumo Works"] and "2025-04-06" not in values(facts, "release_date")


def test_a_film_site_lists_territory_releases_and_actors_only_under_cast():
    html = """<html><head><title>映画『灯台守のレシピ』</title></head><body><main><h1>映画『灯台守のレシピ』</h1>
    <h2>公開情報</h2><dl><dt>公開日</dt><dd>2027年3月5日(金)</dd></dl>
    <h3>初日舞台挨拶</h3><p>登壇予定：岸辺 ゆきの（マルタ役）、大岩 剛（ボルク役）、主演 早瀬みお（リナ役）</p>
    <h3>海外公開情報</h3><p>韓国：2027年5月公開予定（配給：ハヌル映画）<br>France: October 2027 release (distributed by Lune Films)<br>
    ※その他の地域は決定次第お知らせします。</p>
    <h3>CAST</h3><p>岸辺ゆきの 大岩 剛<br>早瀬 みお 森川 大吾</p></main></body></html>"""
    facts = _labels(html, Work("灯台守のレシピ"))
    got = as_set(facts)
    assert {("release_date", "韓国", "2027-05"), ("release_date", "France", "2027-10")} <= got
    casts = {(f.key, f.value) for f in facts if f.field == "cast"}
    assert {("マルタ", "岸辺 ゆきの"), ("ボルク", "大岩 剛"), ("", "森川 大吾")} <= casts
    assert not [k for k, _ in casts if k in ("岸辺ゆきの", "早瀬 みお", "主演 早瀬みお")]


def test_credits_in_one_image_alt_split_before_a_long_combined_role_and_a_band_descriptor_is_dropped():
    html = """<html><head><title>灯台守のレシピ 公式</title></head><body><main><h1>灯台守のレシピ</h1>
    <h2>STAFF</h2><div><img src="s.png" alt="キャラクター原案：しろくま堂　キャラクターデザイン・総作画監督：戸川みのり　音楽：小野寺 悠"></div>
    <h2>MUSIC</h2><p>オープニングテーマ：3ピースバンド・ソルトレイクの新曲「灯りの在処」</p>
    <p>エンディングテーマ：シンガーソングライターの宮野ミレイ「さよならの献立」</p></main></body></html>"""
    facts = _labels(html, Work("灯台守のレシピ"))
    got = as_set(facts)
    assert {("staff", "character design", "戸川みのり"), ("staff", "chief animation director", "戸川みのり"),
            ("staff", "music", "小野寺 悠")} <= got
    assert "しろくま堂" in values(facts, "staff") and not [v for v in values(facts, "staff") if "戸川" in v and "しろくま" in v]
    themes = {f.key: f.value for f in facts if f.field == "theme_song"}
    assert themes.get("opening 1") == "灯りの在処 — ソルトレイク"
    assert themes.get("ending 1") == "さよならの献立 — 宮野ミレイ"


def test_a_streamer_page_of_its_own_a_second_station_line_and_no_station_from_the_date_words():
    html = """<html><head><title>Watch Harbor Lantern Club | Simulcast | Nimbusplay</title>
    <meta name="description" content="Stream Harbor Lantern Club on Nimbusplay. New episodes every Friday.">
    <meta property="og:site_name" content="Nimbusplay"></head><body><main><h1>Harbor Lantern Club</h1>
    <dl><dt>Japanese broadcast</dt><dd>Fuji TV, Fridays at 24:55 JST, from April 9, 2027<br>also on BS Fuji</dd>
    <dt>Availability</dt><dd>Canada, Mexico, Brazil</dd></dl></main></body></html>"""
    facts = _labels(html, Work("Harbor Lantern Club"))
    assert set(values(facts, "broadcaster")) == {"Fuji TV", "BS Fuji"}
    assert values(facts, "streaming") == ["Nimbusplay (Canada, Mexico, Brazil)"]


def test_a_news_site_is_no_streamer_of_its_own():
    html = """<html><head><title>Harbor Lantern Club anime gets April date | Otaku Ledger</title>
    <meta name="description" content="Fans can watch the trailer on Otaku Ledger's channel.">
    <meta property="og:site_name" content="Otaku Ledger"></head><body><main><h1>Harbor Lantern Club anime gets April date</h1>
    <dl><dt>Availability</dt><dd>Canada, Mexico</dd></dl></main></body></html>"""
    assert not values(_labels(html, Work("Harbor Lantern Club")), "streaming")


def test_a_quoted_name_after_a_performer_kind_is_the_singer_and_no_song_title():
    html = """<html><head><title>潮騒ダイアリー 主題歌</title></head><body><main><h1>潮騒ダイアリー</h1>
    <h2>主題歌</h2><p>オープニングテーマはロックバンド「ネオンポスト」が担当します。曲名は後日発表予定です。</p>
    <p>エンディングテーマは女性デュオ『みずいろ鉛筆』が歌う「夕凪レター」に決定しました。</p>
    <p>挿入歌は合唱団「ひだまり少年少女」が担当。</p></main></body></html>"""
    facts = _labels(html, Work("潮騒ダイアリー"))
    themes = {f.key: f.value for f in facts if f.field == "theme_song"}
    assert themes.get("ending 1") == "夕凪レター — みずいろ鉛筆"
    no_foreign(facts, "ネオンポスト", "ひだまり少年少女")


def test_a_song_quoted_after_its_singer_name_still_reads():
    html = """<html><head><title>潮騒ダイアリー 主題歌</title></head><body><main><h1>潮騒ダイアリー</h1>
    <p>オープニングテーマは春日井ユウの「ひかりの岸辺」に決定。</p></main></body></html>"""
    themes = {f.key: f.value for f in _labels(html, Work("潮騒ダイアリー")) if f.field == "theme_song"}
    assert themes.get("opening 1", "").startswith("ひかりの岸辺")


@pytest.mark.parametrize("byline", [
    "更新日：2027年2月1日 公開日：2026年12月5日 ライター：ハコネ",
    "公開日：2026年12月5日 ／ 執筆者：ハコネ",
    "Updated: Feb 1, 2027 Published: Dec 5, 2026 Author: Hakone",
    "Posted: December 5, 2026 | Writer: Hakone Ito",
])
def test_an_article_byline_gives_no_date_station_or_staff(byline):
    html = f"""<html><head><title>潮騒ダイアリー 放送日まとめ</title></head><body><main><h1>潮騒ダイアリー 放送日まとめ</h1>
    <div class="meta">{byline}</div><p>原作：白浜トオル</p></main></body></html>"""
    facts = _labels(html, Work("潮騒ダイアリー"))
    no_foreign(facts, "ハコネ", "Hakone")
    assert not values(facts, "broadcaster") and not values(facts, "release_date")
    assert values(facts, "staff", "original creator") == ["白浜トオル"]


def test_a_quote_the_line_says_performs_is_the_singer_but_a_chosen_song_stays_a_song():
    html = """<html><head><title>潮騒ダイアリー 主題歌</title></head><body><main><h1>潮騒ダイアリー</h1>
    <p>オープニングテーマは「KAZAMIDORI」が担当することが決定。</p>
    <p>エンディングテーマには灯野ルカの新曲「波音カレンダー」が起用された。</p></main></body></html>"""
    facts = _labels(html, Work("潮騒ダイアリー"))
    themes = {f.key: f.value for f in facts if f.field == "theme_song"}
    assert themes.get("ending 1", "").startswith("波音カレンダー")
    no_foreign(facts, "KAZAMIDORI")


def test_a_new_heading_of_the_same_rank_ends_the_theme_songs_part():
    html = """<html><head><title>潮騒ダイアリー 番組詳細</title></head><body><main><h1>潮騒ダイアリー</h1>
    <h2>主題歌</h2><div>オープニングテーマ ♪「ひかりの岸辺」／歌：春日井ユウ<br>エンディングテーマ ♪「夜凪」／歌：灯野ルカ</div>
    <h2>番組からのお知らせ</h2><div>・2月3日(水)は特番「港まつり生中継」のため休止します。</div>
    <h2>サブタイトル</h2><table><tr><td>第1話</td><td>「灯台の下で」</td></tr></table></main></body></html>"""
    facts = _labels(html, Work("潮騒ダイアリー"))
    themes = {f.key: f.value for f in facts if f.field == "theme_song"}
    assert themes == {"opening 1": "ひかりの岸辺 — 春日井ユウ", "ending 1": "夜凪 — 灯野ルカ"}


@pytest.mark.parametrize("line", [
    "灯野ルカにとっては2025年の『星屑コンパス』EDテーマ「遠い汽笛」以来のタイアップとなる。",
    "灯野ルカはアニメ「星屑コンパス」の主題歌「遠い汽笛」でも知られる。",
    "灯野ルカは『星屑コンパス』第2期のOPテーマ「遠い汽笛」を歌った。",
])
def test_a_song_of_another_titled_work_is_no_theme_of_this_one(line):
    html = f"""<html><head><title>潮騒ダイアリー 主題歌決定</title></head><body><main><h1>潮騒ダイアリー</h1>
    <p>TVアニメ『潮騒ダイアリー』のエンディングテーマは灯野ルカの「夜凪」に決定。</p><p>{line}</p></main></body></html>"""
    facts = _labels(html, Work("潮騒ダイアリー"))
    no_foreign(facts, "遠い汽笛")
    assert [v for v in values(facts, "theme_song") if v.startswith("夜凪")]


@pytest.mark.parametrize("value, names", [
    ("浅倉みのり・久我山トオル", ["浅倉みのり", "久我山トオル"]),
    ("浅倉みのり・久我山トオル・真田 結", ["浅倉みのり", "久我山トオル", "真田 結"]),
    ("Nora Vance・Eli Marsh", ["Nora Vance", "Eli Marsh"]),
    ("ジャン・ルノワール", ["ジャン・ルノワール"]),     # a foreign name in katakana is one person
    ("M・A・O", ["M・A・O"]),                         # a stage name with dots
])
def test_a_cast_value_joined_by_a_middle_dot_is_two_people_or_one_name(value, names):
    html = f"""<html><head><title>潮騒ダイアリー</title></head><body><main><h1>潮騒ダイアリー</h1>
    <p>声の出演：{value}</p></main></body></html>"""
    assert sorted(values(_labels(html, Work("潮騒ダイアリー")), "cast")) == sorted(names)


@pytest.mark.parametrize("value", ["Rei Kanda (S2), Joji Mori (S1)", "Rei Kanda (Season 2) / Joji Mori (Season 1)",
                                   "神田礼（第2期）、森丈二（第1期）"])
def test_a_name_noted_with_another_season_is_no_credit_of_this_season(value):
    html = f"""<html><head><title>Tide Diary Season 2</title></head><body><main><h1>Tide Diary Season 2</h1>
    <dl><dt>Director</dt><dd>{value}</dd><dt>Music</dt><dd>Ana Ruiz (S1-S2)</dd></dl></main></body></html>"""
    facts = _labels(html, Work("Tide Diary Season 2"))
    no_foreign(facts, "Joji Mori", "森丈二")
    assert len(values(facts, "staff", "director")) == 1


@pytest.mark.parametrize("tail, station", [("ライター：ハコネ", None), ("TOKYO MX 文：ハコネ", "TOKYO MX"),
                                           ("WOWOW Text: Hakone", "WOWOW"), ("BS11 Text: Hakone", "BS11")])
def test_a_label_after_the_premiere_date_is_no_station(tail, station):
    html = f"""<html><head><title>潮騒ダイアリー</title></head><body><main><h1>潮騒ダイアリー</h1>
    <p>放送開始：2027年4月3日(土) {tail}</p></main></body></html>"""
    facts = _labels(html, Work("潮騒ダイアリー"))
    no_foreign(facts, "ハコネ", "Hakone")
    assert values(facts, "release_date") == ["2027-04-03"]
    if station:
        assert values(facts, "broadcaster") == [station]


def test_late_slot_matches_what_its_leading_lookbehind_form_did():
    """labels._LATE_SLOT (its look-behind moved after the '2' for speed) finds the same spans as the pattern it
    replaced, on every short string over the characters that matter."""
    import itertools
    import re

    from tracker.extract import labels

    old = re.compile(r"(?<![\d:：])2[4-9]\s*[:：時]\s*[0-5]?\d?")
    for n in range(7):
        for chars in itertools.product("2 5:：時9a", repeat=n):
            s = "".join(chars)
            assert [m.span() for m in labels._LATE_SLOT.finditer(s)] == [m.span() for m in old.finditer(s)], s


def test_edit_link_precheck_bracket_is_in_every_match():
    """labels._section_of runs _EDIT_LINK only where '[' or '［' is: the pattern's opening bracket is not optional."""
    from tracker.extract import labels

    assert labels._EDIT_LINK.pattern.startswith(r"\s*[\[［]\s*(?:")
    assert labels._section_of("Staff [edit]") == labels._section_of("Staff")
    assert labels._section_of("スタッフ［編集］") == labels._section_of("スタッフ")


def test_actor_cast_as_a_character_is_not_also_cast_without_one():
    html = """<html><head><title>Metallic Rouge</title>
    <script type="application/ld+json">{"@context": "https://schema.org", "@type": "TVSeries", "name": "Metallic Rouge",
      "actor": [{"@type": "Person", "name": "Yume Miyamoto"}, {"@type": "Person", "name": "Shion Wakayama"}]}</script>
    </head><body><main><h1>Metallic Rouge</h1><h2>CAST</h2>
    <dl><dt>Rouge Redstar</dt><dd>Yume Miyamoto</dd><dt>Naomi Orthmann</dt><dd>Tomoyo Kurosawa</dd></dl>
    </main></body></html>"""
    cast = {(f.key, f.value) for f in run(html, Work("Metallic Rouge")).facts if f.field == "cast"}
    assert ("Rouge Redstar", "Yume Miyamoto") in cast
    assert ("", "Yume Miyamoto") not in cast           # the same actor, already cast as Rouge
    assert ("", "Shion Wakayama") in cast              # named without a part anywhere: stays
