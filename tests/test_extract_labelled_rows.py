"""Labelled rows, tables and lists (staff, cast, services in structure), written as forms of a family, not as
any one page: every work, person and site here is invented for these tests.

Family 1: a row's value opening on the separator the layout puts between label and value — a colon, bar, slash
or dash at the start of the value cell, <dd> or line ("カナリア | ：小鳥遊すず", "Director | : Jane Doe").
"""
from __future__ import annotations

import pytest

from extract_helpers import facts


def page(body: str, title: str) -> str:
    return (f"<!doctype html><html><head><title>{title}</title></head><body><main><article><h1>{title}</h1>"
            f"{body}</article></main></body></html>")


JA = "星灯りのレール"
EN = "Starlit Rails"

SEPARATOR_LED = [
    # (title, body, facts that must be there)
    (JA, "<h3>■キャスト</h3><table><tr><td>ミオ</td><td>：<a href='/cast/c1.html'>森川 ゆず</a></td></tr>"
         "<tr><td>鷹宮 レン</td><td>：<a href='/cast/c2.html'>神代 颯</a></td></tr><tr><td colspan='2'>ほか</td></tr></table>",
     {("cast", "ミオ", "森川 ゆず"), ("cast", "鷹宮 レン", "神代 颯")}),
    (EN, "<h2>Cast</h2><table><tr><td>Mio Ardent</td><td>: Yuzu Morikawa</td></tr>"
         "<tr><td>Ren Takamiya</td><td>: Hayate Kamishiro</td></tr></table>",
     {("cast", "Mio Ardent", "Yuzu Morikawa"), ("cast", "Ren Takamiya", "Hayate Kamishiro")}),
    (JA, "<h3>スタッフ</h3><dl><dt>監督</dt><dd>：楢崎悠真</dd><dt>シリーズ構成</dt><dd>：久我朔</dd></dl>",
     {("staff", "director", "楢崎悠真"), ("staff", "series composition", "久我朔")}),
    (EN, "<table><tr><th>Director</th><td>— Jane Holloway</td></tr><tr><th>Music</th><td>— Peter Vance</td></tr></table>",
     {("staff", "director", "Jane Holloway"), ("staff", "music", "Peter Vance")}),
    (JA, "<h3>キャスト</h3><table><tr><td>ミオ</td><td>／森川ゆず</td></tr><tr><td>レン</td><td>／神代颯</td></tr></table>",
     {("cast", "ミオ", "森川ゆず"), ("cast", "レン", "神代颯")}),
    (EN, "<h2>Staff</h2><ul><li>Director | : Jane Holloway</li><li>Series Composition | : Tom Reyes</li></ul>",
     {("staff", "director", "Jane Holloway"), ("staff", "series composition", "Tom Reyes")}),
    (EN, "<h2>Cast</h2><p>Mio Ardent — Yuzu Morikawa</p><p>Ren Takamiya — Hayate Kamishiro</p>",
     {("cast", "Mio Ardent", "Yuzu Morikawa"), ("cast", "Ren Takamiya", "Hayate Kamishiro")}),
    (JA, "<h3>キャスト</h3><p>ミオ……森川ゆず</p><p>レン……神代颯</p>",
     {("cast", "ミオ", "森川ゆず"), ("cast", "レン", "神代颯")}),
    (EN, "<h2>Staff</h2><table><tr><td>Director</td><td>- Jane Holloway</td></tr><tr><td>Sound Director</td><td>- Kenji Arai</td></tr></table>",
     {("staff", "director", "Jane Holloway"), ("staff", "sound director", "Kenji Arai")}),
    (EN, "<h2>Cast</h2><ul><li><span>Mio Ardent</span><span>: Yuzu Morikawa</span></li>"
         "<li><span>Ren Takamiya</span><span>: Hayate Kamishiro</span></li></ul>",
     {("cast", "Mio Ardent", "Yuzu Morikawa"), ("cast", "Ren Takamiya", "Hayate Kamishiro")}),
    (JA, "<h3>CAST</h3><table><tr><td>ミオ・アーデント</td><td>｜森川ゆず</td></tr><tr><td>機関士ゴードン</td><td>｜鏑木哲也</td></tr></table>",
     {("cast", "ミオ・アーデント", "森川ゆず"), ("cast", "機関士ゴードン", "鏑木哲也")}),
    (JA, "<h3>キャスト</h3><dl><dt>ミオ</dt><dd>：森川ゆず</dd><dt>鷹宮 レン</dt><dd>：神代 颯</dd></dl>",
     {("cast", "ミオ", "森川ゆず"), ("cast", "鷹宮 レン", "神代 颯")}),
    (EN, "<h2>Voice Cast</h2><table><tr><td>Mio Ardent</td><td>| Yuzu Morikawa</td></tr>"
         "<tr><td>Ren Takamiya</td><td>| Hayate Kamishiro</td></tr><tr><td colspan='2'>and more</td></tr></table>",
     {("cast", "Mio Ardent", "Yuzu Morikawa"), ("cast", "Ren Takamiya", "Hayate Kamishiro")}),
    (JA, "<h3>スタッフ</h3><ul><li>監督 ｜ ：楢崎悠真</li><li>音楽 ／ ：瀬戸内ヒロ</li></ul>",
     {("staff", "director", "楢崎悠真"), ("staff", "music", "瀬戸内ヒロ")}),
]


@pytest.mark.parametrize("title,body,want", SEPARATOR_LED)
def test_value_opening_on_a_separator_is_the_labels_value(title, body, want):
    got = facts(page(body, title), title)
    assert want <= got
    assert not any(v[:1] in ":：|｜/／—–-" for _f, _k, v in got), got   # the separator is no part of a name


def test_a_spaced_part_name_before_its_value_cell_is_not_a_pair_itself():
    got = facts(page("<h3>キャスト</h3><table><tr><td>鷹宮 レン</td><td>：神代 颯</td></tr>"
                     "<tr><td>灯野 ミナト</td><td>：早瀬陽菜</td></tr></table>", JA), JA)
    assert ("cast", "鷹宮 レン", "神代 颯") in got and ("cast", "灯野 ミナト", "早瀬陽菜") in got
    assert ("cast", "鷹宮", "レン") not in got and ("cast", "灯野", "ミナト") not in got


def test_separator_led_placeholders_are_no_values():
    got = facts(page("<h3>スタッフ</h3><table><tr><td>監督</td><td>楢崎 悠真</td></tr><tr><td>色彩設計</td><td>：未発表</td></tr>"
                     "<tr><td>音響監督</td><td>：未定</td></tr><tr><td>編集</td><td>｜—</td></tr></table>"
                     "<h3>キャスト</h3><table><tr><td>ミオ</td><td>：未発表</td></tr><tr><td>レン</td><td>／TBA</td></tr></table>", JA), JA)
    assert got == {("staff", "director", "楢崎 悠真")}


# Family 2: a row whose value says the named service or station does NOT carry the work ("Netflix | Not available",
# "MBS | 放送なし", "Hulu | ✗", "Sub | Dub: No | No"): a statement of absence is no fact, whichever reader sees the row.
ABSENT_ROWS = [
    # (title, body, carriers that must be there, names that must not be)
    (EN, "<h2>Where to watch</h2><table><tr><th>Service</th><th>Availability</th></tr><tr><td>Crunchyroll</td>"
         "<td>Simulcast from Jan 9, 2027</td></tr><tr><td>Netflix</td><td>Not available</td></tr><tr><td>Hulu</td><td>N/A</td></tr></table>",
     {"crunchyroll"}, {"netflix", "hulu"}),
    (EN, "<h2>Streaming</h2><table><tr><th>Platform</th><th>Status</th></tr><tr><td>HIDIVE</td><td>Streaming weekly</td></tr>"
         "<tr><td>Netflix</td><td>—</td></tr><tr><td>Hulu</td><td>Unavailable</td></tr></table>",
     {"hidive"}, {"netflix", "hulu"}),
    (JA, "<h3>配信情報</h3><table><tr><th>配信サービス</th><th>配信開始</th></tr><tr><td>dアニメストア</td><td>1月10日(日)12:00〜</td></tr>"
         "<tr><td>Netflix</td><td>配信なし</td></tr><tr><td>Hulu</td><td>配信予定なし</td></tr></table>",
     {"danimestore"}, {"netflix", "hulu"}),
    (EN, "<h2>Where to watch</h2><table><tr><th>Service</th><th>Sub</th><th>Dub</th></tr><tr><td>Crunchyroll</td><td>Yes</td>"
         "<td>Yes</td></tr><tr><td>Netflix</td><td>No</td><td>No</td></tr></table>",
     {"crunchyroll"}, {"netflix"}),
    (EN, "<h2>Streaming</h2><dl><dt>Crunchyroll</dt><dd>Available (subbed)</dd><dt>Netflix</dt><dd>Not available</dd>"
         "<dt>Hulu</dt><dd>Not streaming</dd></dl>",
     {"crunchyroll"}, {"netflix", "hulu"}),
    (EN, "<h2>Where to watch</h2><table><tr><th>Service</th><th>Availability</th></tr><tr><td>Crunchyroll</td><td>✓</td></tr>"
         "<tr><td>Netflix</td><td>✗</td></tr><tr><td>Hulu</td><td>×</td></tr></table>",
     {"crunchyroll"}, {"netflix", "hulu"}),
    (JA, "<h3>放送情報</h3><table><tr><th>放送局</th><th>放送開始</th></tr><tr><td>TOKYO MX</td><td>1月7日(木)24:00〜</td></tr>"
         "<tr><td>MBS</td><td>放送なし</td></tr><tr><td>AT-X</td><td>非対応</td></tr></table>",
     {"tokyomx"}, {"mbs", "atx"}),
    (EN, "<h2>Where to watch</h2><table><tr><th>Service</th><th>Regions</th></tr><tr><td>Crunchyroll</td><td>US, Canada</td></tr>"
         "<tr><td>Netflix</td><td>Not available in any region</td></tr><tr><td>Hulu</td><td>Not offered</td></tr></table>",
     {"crunchyroll"}, {"netflix", "hulu"}),
    (JA, "<h3>配信</h3><table><tr><td>ABEMA</td><td>1月10日(日)より配信</td></tr><tr><td>Netflix</td><td>なし</td></tr>"
         "<tr><td>U-NEXT</td><td>1月12日(火)より配信</td></tr></table>",
     {"abema", "unext"}, {"netflix"}),
    (EN, "<h2>Where to watch</h2><table><tr><th>Service</th><th>Availability</th></tr><tr><td>Crunchyroll</td><td>N/A</td></tr>"
         "<tr><td>Netflix</td><td>Available from Feb 1</td></tr></table>",
     {"netflix"}, {"crunchyroll"}),
]


@pytest.mark.parametrize("title,body,carriers,absent", ABSENT_ROWS)
def test_a_row_saying_not_available_names_no_carrier(title, body, carriers, absent):
    got = facts(page(body, title), title)
    keys = {k.replace(" ", "").replace("-", "") for f, k, _v in got if f in ("streaming", "broadcaster")}
    assert carriers <= keys, keys
    assert not keys & absent, keys


def test_a_date_still_to_come_is_no_absence():
    """「BS11 | 未定」: the station is named as carrying it, its day not yet set (not a 'not available')."""
    got = facts(page("<h3>放送情報</h3><table><tr><th>放送局</th><th>放送開始</th></tr><tr><td>TOKYO MX</td>"
                     "<td>1月7日(木)24:00〜</td></tr><tr><td>BS11</td><td>未定</td></tr></table>", JA), JA)
    keys = {k.replace(" ", "") for f, k, _v in got if f == "broadcaster"}
    assert {"tokyomx", "bs11"} <= keys


# Family 3: a role no role list knows, in a row among known credits ('車両デザイン | 大楠航', 'Vehicle Design',
# 'Dub Script', '鉄道考証'): a credit kept as written (FACTS.md), in a td table, a th infobox, a <dl> or a list.
UNKNOWN_ROLES = [
    (JA, "<h3>スタッフ</h3><table><tr><td>監督</td><td>楢崎 悠真</td></tr><tr><td>車両デザイン</td><td>大楠 航</td></tr>"
         "<tr><td>音楽</td><td>瀬戸内 ヒロ</td></tr></table>", ("staff", "車両デザイン", "大楠 航")),
    (EN, "<h2>Staff</h2><table><tr><td>Director</td><td>Jane Holloway</td></tr><tr><td>Vehicle Design</td><td>Wataru Ogusu</td></tr>"
         "<tr><td>Music</td><td>Peter Vance</td></tr></table>", ("staff", "vehicle design", "Wataru Ogusu")),
    (EN, "<table><tr><th>Director</th><td>Jane Holloway</td></tr><tr><th>Vehicle Design</th><td>Wataru Ogusu</td></tr>"
         "<tr><th>Music</th><td>Peter Vance</td></tr></table>", ("staff", "vehicle design", "Wataru Ogusu")),
    (JA, "<h3>スタッフ</h3><dl><dt>監督</dt><dd>楢崎悠真</dd><dt>車両デザイン</dt><dd>大楠航</dd></dl>", ("staff", "車両デザイン", "大楠航")),
    (EN, "<h2>Staff</h2><ul><li>Director: Jane Holloway</li><li>Vehicle Design: Wataru Ogusu</li></ul>",
     ("staff", "vehicle design", "Wataru Ogusu")),
    (EN, "<h2>English Dub Staff</h2><ul><li>ADR Director: Pat Gale</li><li>ADR Script: Owen Pratt</li></ul>",
     ("staff", "adr script", "Owen Pratt")),
    (EN, "<h2>English Dub</h2><ul><li>English Dub Director: Lacey Marlow</li><li>English Script: Owen Pratt</li></ul>",
     ("staff", "english dub director", "Lacey Marlow")),
    (EN, "<h2>Staff</h2><table><tr><td>Director</td><td>Jane Holloway</td></tr><tr><td>Dub Director</td><td>Lacey Marlow</td></tr>"
         "<tr><td>Dub Script</td><td>Owen Pratt</td></tr></table>", ("staff", "dub script", "Owen Pratt")),
    (JA, "<h3>スタッフ</h3><ul><li>監督：楢崎悠真</li><li>モンスターデザイン：大楠航</li><li>音楽：瀬戸内ヒロ</li></ul>",
     ("staff", "モンスターデザイン", "大楠航")),
    (EN, "<h2>Staff</h2><table><tr><td>Director</td><td>Jane Holloway</td></tr><tr><td>Series Composition</td><td>Tom Reyes</td></tr>"
         "<tr><td>Weapon Design</td><td>Kai Mori</td></tr><tr><td>Music</td><td>Peter Vance</td></tr></table>",
     ("staff", "weapon design", "Kai Mori")),
    (JA, "<h3>スタッフ</h3><table><tr><td>原作</td><td>白井つぐみ</td></tr><tr><td>監督</td><td>楢崎 悠真</td></tr>"
         "<tr><td>鉄道考証</td><td>大楠 航</td></tr></table>", ("staff", "鉄道考証", "大楠 航")),
    (JA, "<table><tr><th>監督</th><td>楢崎悠真</td></tr><tr><th>メカニック作画監督</th><td>大楠航</td></tr>"
         "<tr><th>音楽</th><td>瀬戸内ヒロ</td></tr></table>", ("staff", "メカニック作画監督", "大楠航")),
]


@pytest.mark.parametrize("title,body,want", UNKNOWN_ROLES)
def test_an_unknown_role_among_credits_is_kept_as_written(title, body, want):
    got = {(f, k.casefold(), v) for f, k, v in facts(page(body, title), title)}
    assert want in got, got


def test_profile_product_and_song_rows_are_no_credits():
    got = facts(page("<h3>スタッフ</h3><table><tr><td>監督</td><td>楢崎 悠真</td></tr><tr><td>音楽</td><td>瀬戸内 ヒロ</td></tr>"
                     "<tr><td>作詞</td><td>森下 凪</td></tr><tr><td>編曲</td><td>諸岡 大地</td></tr></table>"
                     "<h3>キャラクター</h3><table><tr><td>年齢</td><td>14歳</td></tr><tr><td>身長</td><td>150cm</td></tr></table>"
                     "<h3>Blu-ray</h3><table><tr><td>発売日</td><td>2027年3月3日</td></tr><tr><td>価格</td><td>7,800円</td></tr>"
                     "<tr><td>品番</td><td>ABCD-1234</td></tr></table>", JA), JA)
    assert {("staff", "director", "楢崎 悠真"), ("staff", "music", "瀬戸内 ヒロ")} <= got
    assert not any(x in v for _f, _k, v in got for x in ("森下", "諸岡", "14", "150", "2027", "7,800", "ABCD")), got


# Family 4: a song's writing credits (lyrics, music, arrangement; 作詞・作曲・編曲) in lines or list items are the
# song's, never the series' music staff — however the series' own "Music:" credit stays.
STAFF_EN = "<h2>Staff</h2><ul><li>Director: Jane Holloway</li><li>Music: Keiko Aramaki</li></ul>"
STAFF_JA = "<h3>スタッフ</h3><p>監督：楢崎悠真／音楽：瀬戸内ヒロ</p>"
SONG_CREDITS = [
    (EN, STAFF_EN + "<h2>Opening single</h2><h3>Paper Kites – \"Undertow\"</h3><ul><li>Lyrics: Sho Amaya · Music: Ren Takigawa · "
                    "Arrangement: Paper Kites, Daichi Morooka</li></ul>"),
    (JA, STAFF_JA + "<h3>主題歌</h3><p>オープニングテーマ「風切りレター」</p><p>作詞：森下 凪／作曲：高槻 蓮／編曲：諸岡 大地</p>"),
    (EN, STAFF_EN + "<h2>Ending theme</h2><p>\"Harbor Lights\" by Aya Minase</p><ul><li>Lyrics: Aya Minase</li>"
                    "<li>Music and arrangement: Tomohiro Kusaka</li></ul>"),
    (EN, STAFF_EN + "<h2>Theme song</h2><p>Words &amp; Music: Ren Takigawa / Arrangement: Daichi Morooka</p>"),
    (JA, STAFF_JA + "<h3>エンディングテーマ</h3><p>「おやすみポスト」</p><p>作詞・作曲：高槻 蓮　編曲：諸岡 大地</p>"),
    (EN, STAFF_EN + "<h2>Opening theme</h2><p>\"Undertow\" by Paper Kites</p><p>Music: Ren Takigawa | Lyrics: Sho Amaya</p>"),
    (EN, STAFF_EN + "<h2>Opening theme</h2><p>\"Undertow\" by Paper Kites (Music: Ren Takigawa, Lyrics: Sho Amaya)</p>"),
    (EN, STAFF_EN + "<h2>Theme songs</h2><table><tr><th>Song</th><td>Undertow</td></tr><tr><th>Artist</th><td>Paper Kites</td></tr>"
                    "<tr><th>Lyrics</th><td>Sho Amaya</td></tr><tr><th>Music</th><td>Ren Takigawa</td></tr>"
                    "<tr><th>Arrangement</th><td>Daichi Morooka</td></tr></table>"),
    (EN, STAFF_EN + "<h2>Opening theme</h2><ul><li>Title: Undertow</li><li>Artist: Paper Kites</li><li>Lyrics: Sho Amaya</li>"
                    "<li>Music: Ren Takigawa</li><li>Arrangement: Daichi Morooka</li></ul>"),
    (JA, STAFF_JA + "<h3>オープニングテーマ</h3><ul><li>曲名：風切りレター</li><li>歌：ハイドランジア通信</li><li>作詞：森下 凪</li>"
                    "<li>作曲：高槻 蓮</li><li>編曲：諸岡 大地</li></ul>"),
    (EN, STAFF_EN + "<h2>Insert song</h2><p>\"Lanterns\" — Vocals: Mina Aoi / Lyrics &amp; Music: Ren Takigawa / "
                    "Arranged by: Daichi Morooka</p>"),
    (JA, STAFF_JA + "<h3>挿入歌</h3><p>「銀の鈴」</p><p>作曲：高槻 蓮、編曲：諸岡 大地</p>"),
]
SONG_WRITERS = ("Takigawa", "Morooka", "Amaya", "Kusaka", "高槻", "諸岡", "森下")


@pytest.mark.parametrize("title,body", SONG_CREDITS)
def test_a_songs_writing_credits_are_no_series_staff(title, body):
    staff = {(k, v) for f, k, v in facts(page(body, title), title) if f == "staff"}
    assert ("music", "Keiko Aramaki") in staff or ("music", "瀬戸内ヒロ") in staff, staff
    assert not any(w in v for _k, v in staff for w in SONG_WRITERS), staff


def test_the_series_music_credit_beside_other_credits_stays():
    got = facts(page("<h2>Staff</h2><ul><li>Director: Jane Holloway</li><li>Series Composition: Tom Reyes</li>"
                     "<li>Music: Keiko Aramaki</li><li>Sound Director: Kenji Arai</li></ul>", EN), EN)
    assert ("staff", "music", "Keiko Aramaki") in got


# Family 5: a cast block whose panels or columns are languages (tabs "Japanese | English", <div lang="en">,
# data-lang, id="cast-english", a "Cast & Crew" heading), 'Character (Actor)' lines: the original language's
# actor under the bare key, another language's under "X [English]"; "TBA" in place of an actor is no credit.
def _cards(pairs) -> str:
    return "<ul>" + "".join(f"<li><span class='c'>{a}</span><span class='v'>{b}</span></li>" for a, b in pairs) + "</ul>"


_JP = [("Mio Ardent", "Yuzu Morikawa"), ("Ren Takamiya", "Hayate Kamishiro")]
_ENG = [("Mio Ardent", "Clara Boone"), ("Ren Takamiya", "TBA")]
_BOTH = {("cast", "Mio Ardent", "Yuzu Morikawa"), ("cast", "Ren Takamiya", "Hayate Kamishiro"),
         ("cast", "Mio Ardent [English]", "Clara Boone")}
LANGUAGE_PANELS = [
    (EN, "<h2>Cast &amp; Crew</h2><div class='tabs'><button>Japanese</button><button>English</button></div>"
         "<div class='tab-panel' data-lang='ja'>" + _cards(_JP) + "</div><div class='tab-panel' data-lang='en'>"
         "<p>English dub arriving later. Announced cast:</p>" + _cards(_ENG) + "</div>", _BOTH),
    (EN, "<h2>Voice Cast</h2><div lang='ja'>" + _cards(_JP) + "</div><div lang='en'>" + _cards(_ENG) + "</div>", _BOTH),
    (EN, "<h2>Cast</h2><section id='cast-japanese'>" + _cards(_JP) + "</section><section id='cast-english'>" + _cards(_ENG)
         + "</section>", _BOTH),
    (EN, "<h2>Cast and Crew</h2><div data-tab='japanese'>" + _cards(_JP) + "</div><div data-tab='english'>" + _cards(_ENG)
         + "</div>", _BOTH),
    (EN, "<h2>Cast</h2><div class='panel' data-language='Japanese'>" + _cards(_JP) + "</div>"
         "<div class='panel' data-language='English'>" + _cards(_ENG) + "</div>", _BOTH),
    (EN, "<h2>Cast</h2><div role='tabpanel' aria-label='Japanese'>" + _cards(_JP) + "</div>"
         "<div role='tabpanel' aria-label='English dub'>" + _cards(_ENG) + "</div>", _BOTH),
    (EN, "<h2>Cast</h2><div class='dub english'>" + _cards(_ENG) + "</div><div class='sub japanese'>" + _cards(_JP) + "</div>", _BOTH),
    (EN, "<h2>Cast</h2><table><tr><th>Character</th><th>Japanese</th><th>English</th></tr><tr><td>Mio Ardent</td>"
         "<td>Yuzu Morikawa</td><td>Clara Boone</td></tr><tr><td>Ren Takamiya</td><td>Hayate Kamishiro</td><td>TBA</td></tr></table>", _BOTH),
    (EN, "<h2>Cast</h2><h3>Japanese</h3><ul><li>Mio Ardent — Yuzu Morikawa</li><li>Ren Takamiya — Hayate Kamishiro</li></ul>"
         "<h3>English</h3><ul><li>Mio Ardent — Clara Boone</li><li>Ren Takamiya — TBA</li></ul>", _BOTH),
    (EN, "<h2>Cast</h2><ul><li>Mio Ardent (CV: Yuzu Morikawa)</li><li>Ren Takamiya (CV: Hayate Kamishiro)</li></ul>"
         "<h2>English Dub Cast</h2><ul><li>Mio Ardent (Clara Boone)</li><li>Ren Takamiya (TBA)</li></ul>", _BOTH),
    (JA, "<h3>キャスト</h3><ul><li>ミオ：森川ゆず</li><li>レン：神代颯</li></ul><h3>英語吹替版キャスト</h3><ul><li>ミオ：クララ・ブーン</li>"
         "<li>レン：未定</li></ul>", {("cast", "ミオ", "森川ゆず"), ("cast", "レン", "神代颯"), ("cast", "ミオ [English]", "クララ・ブーン")}),
    (JA, "<h3>CAST</h3><ul><li>ミオ／森川ゆず</li><li>レン／神代颯</li></ul>", {("cast", "ミオ", "森川ゆず"), ("cast", "レン", "神代颯")}),
]


@pytest.mark.parametrize("title,body,want", LANGUAGE_PANELS)
def test_a_cast_panels_language_keys_its_credits(title, body, want):
    cast = {x for x in facts(page(body, title), title) if x[0] == "cast"}
    assert cast == want


def test_brackets_that_name_no_actor_are_no_cast():
    cast = {x for x in facts(page("<h2>Cast</h2><ul><li>Mio Ardent (The Heroine)</li><li>Ren Takamiya (Season 2)</li>"
                                  "<li>Kaito Mori (Main Character)</li><li>Old Gordon (Young Gordon)</li></ul>", EN), EN)
            if x[0] == "cast"}
    assert not cast, cast


# Family 6: a single theme song in an infobox row (主題歌 / Theme song): FACTS.md makes it a TV series' opening and a
# film's ending; a page whose title says nothing is a film's when its infobox names a distributor or a running time
# and no network or episode count.
def _wiki(rows, title: str, tag: str = "table") -> str:
    if tag == "table":
        box = "<table class='infobox'>" + "".join(f"<tr><th>{a}</th><td>{b}</td></tr>" for a, b in rows) + "</table>"
    else:
        box = "<dl>" + "".join(f"<dt>{a}</dt><dd>{b}</dd>" for a, b in rows) + "</dl>"
    return (f"<!doctype html><html><head><title>{title} - Wiki</title></head><body><main><article><h1>{title}</h1>"
            f"{box}<p>{title} is an upcoming work.</p></article></main></body></html>")


_JSONG = ("主題歌", "月見里ナナ「glass garden」")
_ESONG = ("Theme song", "\"Glass Garden\" by Nana Yamanashi")
THEME_ROWS = [
    ("硝子の小径", [("監督", "桐生湊"), _JSONG, ("配給", "ルミエール・ピクチャーズ"), ("公開", "2027年3月19日")], "table", "ending 1"),
    ("Glass Lane", [("Directed by", "Minato Kiryu"), _ESONG, ("Distributed by", "Lumiere Pictures"),
                    ("Release date", "March 19, 2027")], "table", "ending 1"),
    ("Glass Lane", [("Directed by", "Minato Kiryu"), _ESONG, ("Running time", "104 minutes")], "table", "ending 1"),
    ("硝子の小径", [("監督", "桐生湊"), ("配給", "ルミエール・ピクチャーズ"), _JSONG], "dl", "ending 1"),
    ("硝子の小径", [("監督", "桐生湊"), _JSONG, ("上映時間", "105分")], "table", "ending 1"),
    ("Glass Lane", [("Director", "Minato Kiryu"), ("Distributor", "Lumiere Pictures"),
                    ("Theme song", "Nana Yamanashi – \"Glass Garden\"")], "dl", "ending 1"),
    # a TV series' infobox: its theme song is the opening, whatever else the box holds
    ("硝子の小径", [("監督", "桐生湊"), ("放送局", "TOKYO MX"), _JSONG], "table", "opening 1"),
    ("Glass Lane", [("Directed by", "Minato Kiryu"), ("Original network", "TOKYO MX"), ("Distributed by", "Lumiere Pictures"),
                    _ESONG], "table", "opening 1"),
    ("Glass Lane", [("Directed by", "Minato Kiryu"), ("Episodes", "12"), ("Running time", "24 minutes"), _ESONG],
     "table", "opening 1"),
    ("硝子の小径", [("監督", "桐生湊"), ("話数", "全12話"), _JSONG], "dl", "opening 1"),
]


@pytest.mark.parametrize("title,rows,tag,key", THEME_ROWS)
def test_an_infobox_theme_song_is_a_films_ending_and_a_series_opening(title, rows, tag, key):
    keys = {k for f, k, _v in facts(_wiki(rows, title, tag), title) if f == "theme_song"}
    assert keys == {key}


# Family 1 again, one pair a line under a CAST heading: whatever mark sets the part and the actor apart (colon,
# slash, bar, dash, leaders, arrow, brackets, 役), the line is one credit.
_WE = {("cast", "Mio Ardent", "Yuzu Morikawa"), ("cast", "Ren Takamiya", "Hayate Kamishiro")}
_WJ = {("cast", "ミオ", "森川ゆず"), ("cast", "レン", "神代颯")}
CAST_LINES = [
    (EN, "<h2>Cast</h2><ul><li>Mio Ardent (CV: Yuzu Morikawa)</li><li>Ren Takamiya (CV: Hayate Kamishiro)</li></ul>", _WE),
    (EN, "<h2>Cast</h2><p>Mio Ardent: Yuzu Morikawa<br>Ren Takamiya: Hayate Kamishiro</p>", _WE),
    (EN, "<h2>Cast</h2><p>Mio Ardent – Yuzu Morikawa<br>Ren Takamiya – Hayate Kamishiro</p>", _WE),
    (EN, "<h2>Cast</h2><ul><li>Mio Ardent | Yuzu Morikawa</li><li>Ren Takamiya | Hayate Kamishiro</li></ul>", _WE),
    (EN, "<h2>Cast</h2><ul><li>Mio Ardent / Yuzu Morikawa</li><li>Ren Takamiya / Hayate Kamishiro</li></ul>", _WE),
    (EN, "<h2>Cast</h2><ul><li>Yuzu Morikawa as Mio Ardent</li><li>Hayate Kamishiro as Ren Takamiya</li></ul>", _WE),
    (EN, "<h2>Cast</h2><ul><li>Mio Ardent ... Yuzu Morikawa</li><li>Ren Takamiya ... Hayate Kamishiro</li></ul>", _WE),
    (EN, "<h2>Voice Cast</h2><ul><li>Mio Ardent → Yuzu Morikawa</li><li>Ren Takamiya → Hayate Kamishiro</li></ul>", _WE),
    (EN, "<p><strong>CAST</strong><br>Mio Ardent: Yuzu Morikawa<br>Ren Takamiya: Hayate Kamishiro</p>", _WE),
    (JA, "<h3>キャスト</h3><p>ミオ：森川ゆず<br>レン：神代颯</p>", _WJ),
    (JA, "<h3>キャスト</h3><ul><li>ミオ（CV：森川ゆず）</li><li>レン（CV：神代颯）</li></ul>", _WJ),
    (JA, "<h3>キャスト</h3><ul><li>ミオ役：森川ゆず</li><li>レン役：神代颯</li></ul>", _WJ),
    (JA, "<h3>キャスト</h3><ul><li>ミオ …… 森川ゆず</li><li>レン …… 神代颯</li></ul>", _WJ),
    (JA, "<p>【キャスト】<br>ミオ：森川ゆず<br>レン：神代颯</p>", _WJ),
    (JA, "<h3>キャスト</h3><ul><li>ミオ｜森川ゆず</li><li>レン｜神代颯</li></ul>", _WJ),
    (JA, "<h3>キャスト</h3><ul><li>ミオ → 森川ゆず</li><li>レン → 神代颯</li></ul>", _WJ),
    (JA, "<h3>■CAST</h3><p>ミオ：森川ゆず　レン：神代颯</p>", _WJ),
]


@pytest.mark.parametrize("title,body,want", CAST_LINES)
def test_one_cast_pair_a_line_whatever_its_mark(title, body, want):
    assert {x for x in facts(page(body, title), title) if x[0] == "cast"} == want


def test_a_bar_or_arrow_line_that_names_no_actor_is_no_pair():
    got = facts(page("<h2>Cast</h2><ul><li>Mio Ardent | Yuzu Morikawa</li><li>Cast | Staff</li><li>Ren Takamiya → TBA</li>"
                     "<li>Episode 1 → Episode 2</li></ul>", EN), EN)
    assert {x for x in got if x[0] == "cast"} == {("cast", "Mio Ardent", "Yuzu Morikawa")}


# Family 5 again, a dub's own list: under an English-dub heading every form keys its credits "X [English]" —
# a table headed only by "English Dub", 'Actor (other works) as Character', 'Character – voiced by Actor'.
_DUB = {("cast", "Mio Ardent [English]", "Clara Boone"), ("cast", "Ren Takamiya [English]", "Jake Rowe")}
DUB_LISTS = [
    "<h2>English Dub Cast</h2><ul><li>Clara Boone (Tidebound, Iron Lily) as Mio Ardent</li><li>Jake Rowe (Hexfield) as Ren Takamiya</li></ul>",
    "<h2>English Cast</h2><ul><li>Mio Ardent: Clara Boone</li><li>Ren Takamiya: Jake Rowe</li></ul>",
    "<h2>English Dub</h2><table><tr><td>Mio Ardent</td><td>Clara Boone</td></tr><tr><td>Ren Takamiya</td><td>Jake Rowe</td></tr></table>",
    "<h3>English dub cast</h3><p>Mio Ardent — Clara Boone<br>Ren Takamiya — Jake Rowe</p>",
    "<h3>英語吹替版キャスト</h3><ul><li>Mio Ardent：Clara Boone</li><li>Ren Takamiya：Jake Rowe</li></ul>",
    "<h2>English Voice Cast</h2><ul><li><strong>Mio Ardent</strong> Clara Boone</li><li><strong>Ren Takamiya</strong> Jake Rowe</li></ul>",
    "<h2>English Dub Cast</h2><ul><li>Mio Ardent – voiced by Clara Boone</li><li>Ren Takamiya – voiced by Jake Rowe</li></ul>",
    "<h2>English Dub Cast</h2><ul><li>Mio Ardent: voiced by Clara Boone</li><li>Ren Takamiya: voiced by Jake Rowe</li></ul>",
    "<h2>English Dub</h2><table><tr><td>Mio Ardent</td><td>: Clara Boone</td></tr><tr><td>Ren Takamiya</td><td>: Jake Rowe</td></tr>"
    "<tr><td colspan='2'>and more</td></tr></table>",
]


@pytest.mark.parametrize("body", DUB_LISTS)
def test_a_dub_list_keys_its_credits_by_the_dubs_language(body):
    assert {x for x in facts(page(body, EN), EN) if x[0] == "cast"} == _DUB


def test_a_dub_staff_table_is_no_cast():
    got = facts(page("<h2>English Dub</h2><table><tr><td>ADR Director</td><td>Pat Gale</td></tr><tr><td>ADR Script</td>"
                     "<td>Owen Pratt</td></tr><tr><td>Mix Engineer</td><td>Sam Ito</td></tr></table>", EN), EN)
    assert not {x for x in got if x[0] == "cast"}


# Family 7: a person's own other works under a heading that says so ("X の出演作", "参加作品", "代表作", "Filmography",
# "Other works", "X's other roles", "Known for"): rows of other works, never this work's cast or staff.
_OWN_JA = "<h3>キャスト</h3><ul><li>ミオ：森川ゆず</li></ul>"
_OWN_EN = "<h2>Cast</h2><ul><li>Mio Ardent: Yuzu Morikawa</li></ul>"
OTHER_WORKS = [
    (JA, _OWN_JA + "<h3>森川ゆずの主な出演作</h3><ul><li>『深海図書館のアリア』（シオン役）</li><li>『鋼鉄のカルテット』（ユナ役）</li></ul>"),
    (EN, _OWN_EN + "<h3>Other works</h3><ul><li>Abyssal Library Aria (as Shion)</li><li>Steel Quartet (as Yuna)</li></ul>"),
    (EN, _OWN_EN + "<h3>Filmography</h3><ul><li>Abyssal Library Aria — Shion</li><li>Steel Quartet — Yuna</li></ul>"),
    (JA, _OWN_JA + "<h4>代表作</h4><ul><li>深海図書館のアリア／シオン</li><li>鋼鉄のカルテット／ユナ</li></ul>"),
    (EN, _OWN_EN + "<h3>Yuzu Morikawa's other roles</h3><ul><li>Abyssal Library Aria (Shion)</li><li>Steel Quartet (Yuna)</li></ul>"),
    (JA, "<h3>スタッフ</h3><ul><li>監督：楢崎悠真</li></ul>" + _OWN_JA + "<h3>楢崎悠真の参加作品</h3><ul><li>深海図書館のアリア（監督）</li>"
         "<li>鋼鉄のカルテット（絵コンテ）</li></ul>"),
    (EN, _OWN_EN + "<h3>Known for</h3><ul><li>Abyssal Library Aria: Shion</li><li>Steel Quartet: Yuna</li></ul>"),
    (EN, _OWN_EN + "<h3>Selected works</h3><table><tr><td>Abyssal Library Aria</td><td>Shion</td></tr>"
         "<tr><td>Steel Quartet</td><td>Yuna</td></tr></table>"),
    (JA, _OWN_JA + "<h3>■森川ゆず 出演作品一覧</h3><ul><li>深海図書館のアリア：シオン</li><li>鋼鉄のカルテット：ユナ</li></ul>"),
    (EN, _OWN_EN + "<h3>Notable roles</h3><ul><li>Abyssal Library Aria | Shion</li><li>Steel Quartet | Yuna</li></ul>"),
]


@pytest.mark.parametrize("title,body", OTHER_WORKS)
def test_a_persons_other_works_are_no_credits_of_this_work(title, body):
    got = facts(page(body, title), title)
    assert ("cast", "ミオ", "森川ゆず") in got or ("cast", "Mio Ardent", "Yuzu Morikawa") in got
    assert not any(w in k or w in v for _f, k, v in got
                   for w in ("深海", "鋼鉄", "Abyssal", "Steel", "シオン", "ユナ", "Shion", "Yuna")), got


# Family 8: a cast table in other shapes: the actor column first under its header ("声優 | 役名", "Voice actor |
# Character"), a third column describing the part, a <th> part and a <td> actor, a "CV." mark in the cell.
_TJ = {("cast", "ミオ", "森川ゆず"), ("cast", "レン", "神代颯")}
_TE = {("cast", "Mio Ardent", "Yuzu Morikawa"), ("cast", "Ren Takamiya", "Hayate Kamishiro")}
CAST_TABLES = [
    (JA, "<h3>キャスト</h3><table><tr><td>ミオ</td><td>森川ゆず</td><td>主人公の車掌見習い</td></tr><tr><td>レン</td><td>神代颯</td>"
         "<td>無口な護衛士</td></tr></table>", _TJ),
    (JA, "<table><tr><th>役名</th><th>声優</th><th>備考</th></tr><tr><td>ミオ</td><td>森川ゆず</td><td>主人公</td></tr>"
         "<tr><td>レン</td><td>神代颯</td><td>新キャスト</td></tr></table>", _TJ),
    (JA, "<table><tr><th>キャラクター</th><th>キャスト</th></tr><tr><td>ミオ</td><td>森川ゆず</td></tr><tr><td>レン</td><td>神代颯</td></tr></table>", _TJ),
    (JA, "<h3>キャスト</h3><table><tr><th>ミオ</th><td>森川ゆず</td></tr><tr><th>レン</th><td>神代颯</td></tr></table>", _TJ),
    (JA, "<table><tr><th>声優</th><th>役名</th></tr><tr><td>森川ゆず</td><td>ミオ</td></tr><tr><td>神代颯</td><td>レン</td></tr></table>", _TJ),
    (EN, "<table><tr><th>Voice actor</th><th>Character</th></tr><tr><td>Yuzu Morikawa</td><td>Mio Ardent</td></tr>"
         "<tr><td>Hayate Kamishiro</td><td>Ren Takamiya</td></tr></table>", _TE),
    (EN, "<h2>Cast</h2><table><tr><td>Mio Ardent</td><td>Yuzu Morikawa</td><td>The apprentice conductor</td></tr>"
         "<tr><td>Ren Takamiya</td><td>Hayate Kamishiro</td><td>A bodyguard</td></tr></table>", _TE),
    (EN, "<table><thead><tr><td>Character</td><td>Cast</td></tr></thead><tbody><tr><td>Mio Ardent</td><td>Yuzu Morikawa</td></tr>"
         "<tr><td>Ren Takamiya</td><td>Hayate Kamishiro</td></tr></tbody></table>", _TE),
    (EN, "<h2>Cast</h2><table><tr><td>Mio Ardent</td><td>Yuzu Morikawa</td></tr><tr><td>Ren Takamiya</td><td>Hayate Kamishiro</td></tr></table>", _TE),
    (JA, "<h3>キャスト</h3><table><tr><td>ミオ</td><td>CV.森川ゆず</td></tr><tr><td>レン</td><td>CV.神代颯</td></tr></table>", _TJ),
]


@pytest.mark.parametrize("title,body,want", CAST_TABLES)
def test_a_cast_table_in_any_column_order_or_with_notes(title, body, want):
    assert {x for x in facts(page(body, title), title) if x[0] == "cast"} == want


def test_a_three_name_table_keeps_no_description_rule_for_actors():
    """Character | Japanese | English with no header: the third column is a second actor, no description to drop."""
    got = facts(page("<h2>Cast</h2><table><tr><th>Character</th><th>Japanese</th><th>English</th></tr><tr><td>Mio Ardent</td>"
                     "<td>Yuzu Morikawa</td><td>Clara Boone</td></tr><tr><td>Ren Takamiya</td><td>Hayate Kamishiro</td>"
                     "<td>Jake Rowe</td></tr></table>", EN), EN)
    assert ("cast", "Mio Ardent [English]", "Clara Boone") in got and ("cast", "Mio Ardent", "Yuzu Morikawa") in got


# Family 3 again, in a staff list's lines: a role (known, or shaped like one) then its person, whatever mark is
# between them — a space after Japanese, a slash, a bar, leaders, 【brackets】, or nothing (two spans run together).
_SJ = {("staff", "director", "楢崎悠真"), ("staff", "車両デザイン", "大楠航")}
_SE = {("staff", "director", "Jane Holloway"), ("staff", "vehicle design", "Wataru Ogusu")}
STAFF_LINES = [
    (JA, "<h3>スタッフ</h3><p>監督　楢崎悠真<br>車両デザイン　大楠航</p>", _SJ),
    (EN, "<h2>Staff</h2><ul><li>Director Jane Holloway</li><li>Vehicle Design Wataru Ogusu</li></ul>", _SE),
    (JA, "<h3>STAFF</h3><ul><li><span>監督</span><span>楢崎悠真</span></li><li><span>車両デザイン</span><span>大楠航</span></li></ul>", _SJ),
    (EN, "<h2>Staff</h2><ul><li><span>Director</span><span>Jane Holloway</span></li><li><span>Vehicle Design</span>"
         "<span>Wataru Ogusu</span></li></ul>", _SE),
    (JA, "<h3>スタッフ</h3><p>監督／楢崎悠真<br>車両デザイン／大楠航</p>", _SJ),
    (JA, "<h3>スタッフ</h3><p>監督…楢崎悠真<br>車両デザイン…大楠航</p>", _SJ),
    (EN, "<h2>Staff</h2><p>Director — Jane Holloway<br>Vehicle Design — Wataru Ogusu</p>", _SE),
    (JA, "<h3>スタッフ</h3><p>【監督】楢崎悠真<br>【車両デザイン】大楠航</p>", _SJ),
    (EN, "<h2>Staff</h2><p>Director | Jane Holloway<br>Vehicle Design | Wataru Ogusu</p>", _SE),
    (JA, "<h3>スタッフ</h3><ul><li>監督｜楢崎悠真</li><li>車両デザイン｜大楠航</li></ul>", _SJ),
]


@pytest.mark.parametrize("title,body,want", STAFF_LINES)
def test_a_staff_line_is_a_role_then_its_person_whatever_the_mark(title, body, want):
    assert {(f, k.casefold(), v) for f, k, v in facts(page(body, title), title) if f == "staff"} == want


def test_a_role_alone_or_in_a_sentence_is_no_credit():
    got = facts(page("<h3>スタッフ</h3><table><tr><td>監督</td><td>楢崎悠真</td></tr><tr><td>色彩設計</td><td>未発表</td></tr>"
                     "<tr><td>メカ作画監督</td><td>未定</td></tr></table><p>車両デザインは大楠航が担当。</p>", JA), JA)
    assert {(f, k, v) for f, k, v in got if f == "staff"} <= {("staff", "director", "楢崎悠真"), ("staff", "車両デザイン", "大楠航")}
    assert ("staff", "director", "楢崎悠真") in got


# Family 2 again, the words after "Streaming" / 「配信」 in a where-to-watch part: when or how it streams ('weekly',
# 'now', 'every Saturday', '毎週土曜更新', 'exclusively') is no service; a service named after them is one.
STREAM_WORDS = [
    (EN, "<h2>Streaming</h2><p>Streaming weekly</p>", set()),
    (EN, "<h2>Streaming</h2><p>Streaming now</p>", set()),
    (EN, "<h2>Where to watch</h2><p>Streaming soon</p>", set()),
    (EN, "<h2>Streaming</h2><p>Streaming every Saturday</p>", set()),
    (JA, "<h3>配信</h3><p>配信 毎週土曜更新</p>", set()),
    (EN, "<h2>Streaming</h2><p>Streaming exclusively</p>", set()),
    (EN, "<h2>Streaming</h2><p>Streaming: Crunchyroll</p>", {"crunchyroll"}),
    (JA, "<h3>配信情報</h3><p>配信：dアニメストア</p>", {"danimestore"}),
    (EN, "<h2>Streaming</h2><p>Streaming on HIDIVE</p>", {"hidive"}),
    (JA, "<h3>配信</h3><p>配信 dアニメストア</p>", {"danimestore"}),
    (EN, "<h2>Streaming</h2><p>Streaming Netflix, Crunchyroll</p>", {"netflix", "crunchyroll"}),
]


@pytest.mark.parametrize("title,body,want", STREAM_WORDS)
def test_the_words_after_streaming_name_a_service_or_nothing(title, body, want):
    assert {k.replace(" ", "") for f, k, _v in facts(page(body, title), title) if f == "streaming"} == want
