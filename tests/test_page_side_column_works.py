"""A layout's side column (class/id "side", "l-side", "col-side", "encyc-side", "side-column") may hold the work's own
ON AIR box, so it is not chrome by its name; but what it lists of OTHER entries is: a short list whose items each open with
a link to another entry of the site (two of them, or one naming another version: an OVA, a film, a prequel, the first
season), and a table with a title column (a season's chart, "Title | Premiere | Studio", 作品名 | 放送開始 | 制作). Their
studios, directors and dates are those works' (page._l_is_side_work_list, page._l_is_side_title_table). A box that opens on
a "watched this, also watched" label (「この作品を見た人はこんな作品も」, "Fans also liked", "More like this") is a rail
wherever it sits (page._RAIL_LABEL). And a cast pair whose character is a season or a date (a card's "2025年春 / Studio")
or whose actor is a studio is no cast (extract.hygiene). The work's own side box, an episode table's "Title" column, a
character named like a season without a year, stay."""
from __future__ import annotations

import pytest
from extract_helpers import facts

EN = "Harbor Gale Sentinels"
JA = "潮風の守り人"


def _en(side: str, side_class: str = "page-side", main_extra: str = "") -> str:
    """A database-like English page: the entry in a main column, `side` in a side column after it."""
    return ("<!doctype html><html><head><title>Harbor Gale Sentinels (TV) - Anime Catalog</title></head><body>"
            "<div id=\"wrap\"><div id=\"content-main\"><h1>Harbor Gale Sentinels (TV)</h1>"
            "<p>Harbor Gale Sentinels premieres on January 9, 2027 on TOKYO MX. Studio Kestrel animates the series and "
            "Aya Morikawa directs it.</p>" + main_extra + "</div>"
            f"<div class=\"{side_class}\">{side}</div></div></body></html>")


def _ja(side: str, side_class: str = "l-side", main_extra: str = "") -> str:
    """A Japanese page: the article in a main column, `side` in a side column beside it."""
    return ("<!doctype html><html><head><title>TVアニメ『潮風の守り人』2027年1月9日放送開始 | アニメ通信</title></head><body>"
            f"<div class=\"l-wrap\"><div class=\"{side_class}\">{side}</div><div class=\"l-main\">"
            "<h1>TVアニメ『潮風の守り人』2027年1月9日放送開始</h1>"
            "<p>TVアニメ『潮風の守り人』が2027年1月9日よりTOKYO MXにて放送開始となることが発表された。</p>"
            "<p>監督は森川彩、アニメーション制作はスタジオ鶫が担当する。</p>" + main_extra + "</div></div></body></html>")


def _own_en(got) -> None:
    assert ("release_date", "", "2027-01-09") in got
    assert ("staff", "director", "Aya Morikawa") in got
    assert any(f == "studio" and v == "Studio Kestrel" for f, _k, v in got)


def _own_ja(got) -> None:
    assert ("release_date", "", "2027-01-09") in got
    assert ("staff", "director", "森川彩") in got


def _values(got) -> str:
    return " | ".join(f"{f} {k} {v}" for f, k, v in sorted(got))


# ---- a side column's short list of other entries
SIDE_LISTS_EN = [
    # two entries of the site, each with notes after its link
    ("<div class=\"box\"><h3>Also in the catalog</h3><ul>"
     "<li><a href=\"/anime.php?id=4410\">Harbor Gale Sentinels: Zero</a> — 2024-03-01, animated by Studio Wren, directed by "
     "Kohei Tsurumaki</li><li><a href=\"/anime.php?id=4520\">Night Orchard (TV)</a> — 2026-10-02, Studio Kestrel</li></ul></div>",
     ("Studio Wren", "Kohei Tsurumaki")),
    # one entry naming another version (an OVA), its credits on labelled lines
    ("<div class=\"box\"><h3>Elsewhere</h3><ul><li><a href=\"/anime/3301\">Harbor Gale Sentinels (OVA)</a><br>"
     "Studio: Studio Wren<br>Director: Kohei Tsurumaki</li></ul></div>",
     ("Studio Wren", "Kohei Tsurumaki")),
    # one entry naming another version: the film, its note in a trailing span
    ("<ul><li><a href=\"/titles/7781-harbor-gale-film\">Harbor Gale Sentinels the Movie</a> <span>(2025) directed by "
     "Kohei Tsurumaki, produced at Studio Wren</span></li></ul>",
     ("Studio Wren", "Kohei Tsurumaki")),
    # one entry naming the first season, its credits after semicolons
    ("<ol><li><a href=\"/series/2210\">Harbor Gale Sentinels Season 1</a> (2024) Animation Production: "
     "Studio Wren; Director: Kohei Tsurumaki</li></ol>",
     ("Studio Wren", "Kohei Tsurumaki")),
    # one entry, "(prequel)" after its link
    ("<ul><li><a href=\"/anime/3302\">Harbor Gale: First Watch</a> (prequel) — 2025-06-20, animated by Studio Wren, "
     "directed by Kohei Tsurumaki</li></ul>",
     ("Studio Wren", "Kohei Tsurumaki")),
]


@pytest.mark.parametrize("side", [s for s, _bad in SIDE_LISTS_EN], ids=range(len(SIDE_LISTS_EN)))
def test_side_column_list_of_other_entries_en(side):
    got = facts(_en(side), EN)
    _own_en(got)
    bad = dict(SIDE_LISTS_EN)[side]
    assert not any(b in _values(got) for b in bad), _values(got)


SIDE_LISTS_JA = [
    # two works, a credit on a line under each link
    ("<section><h3>こちらの作品も</h3><ul><li><a href=\"/works/5521\">星降る港の灯台守</a><br>監督：鷹野修</li>"
     "<li><a href=\"/works/5630\">砂丘のラジオ局</a><br>監督：浅木凛</li></ul></section>",
     ("鷹野修", "浅木凛")),
    # one work naming another version: 劇場版
    ("<ul><li><a href=\"/anime/880\">劇場版 潮風の守り人</a><br>監督：鷹野修<br>制作：スタジオ燕</li></ul>",
     ("スタジオ燕", "鷹野修")),
    # one work naming another version: 第1期, its credits after slashes
    ("<div><p>シリーズ</p><ul><li><a href=\"/title/12003\">潮風の守り人 第1期</a> 2024年10月放送／監督：鷹野修／"
     "アニメーション制作：スタジオ燕</li></ul></div>",
     ("スタジオ燕", "鷹野修")),
]


@pytest.mark.parametrize("side", [s for s, _bad in SIDE_LISTS_JA], ids=range(len(SIDE_LISTS_JA)))
@pytest.mark.parametrize("side_class", ["l-side", "side-column", "col-side"])
def test_side_column_list_of_other_entries_ja(side, side_class):
    got = facts(_ja(side, side_class), JA)
    _own_ja(got)
    bad = dict(SIDE_LISTS_JA)[side]
    assert not any(b in _values(got) for b in bad), _values(got)


# ---- a side column's table of other titles
SIDE_TABLES = [
    ("<section><h4>Winter 2027 chart</h4><table><tr><th>Title</th><th>Premiere</th><th>Studio</th></tr>"
     "<tr><td>Copper Finch</td><td>Jan 6</td><td>Studio Wren</td></tr>"
     "<tr><td>Lantern Moth</td><td>Jan 8</td><td>Bluequill</td></tr></table></section>",
     ("Copper Finch", "Studio Wren", "Bluequill")),
    ("<table><thead><tr><th>Anime</th><th>Studio</th><th>Director</th></tr></thead><tbody>"
     "<tr><td><a href=\"/a/1\">Copper Finch</a></td><td>Studio Wren</td><td>Kohei Tsurumaki</td></tr>"
     "<tr><td><a href=\"/a/2\">Lantern Moth</a></td><td>Bluequill</td><td>Rin Asagi</td></tr></tbody></table>",
     ("Copper Finch", "Studio Wren", "Kohei Tsurumaki", "Bluequill")),
]


@pytest.mark.parametrize("side", [s for s, _bad in SIDE_TABLES], ids=range(len(SIDE_TABLES)))
def test_side_column_title_table_en(side):
    got = facts(_en(side), EN)
    _own_en(got)
    bad = dict(SIDE_TABLES)[side]
    assert not any(b in _values(got) for b in bad), _values(got)


def test_side_column_title_table_ja():
    side = ("<div><h3>2027年冬の新作</h3><table><tr><th>作品名</th><th>監督</th><th>アニメーション制作</th></tr>"
            "<tr><td>銅のひばり</td><td>鷹野修</td><td>スタジオ燕</td></tr>"
            "<tr><td>灯蛾の森</td><td>浅木凛</td><td>プロダクション雫</td></tr></table></div>")
    got = facts(_ja(side), JA)
    _own_ja(got)
    assert not any(b in _values(got) for b in ("銅のひばり", "鷹野修", "スタジオ燕", "プロダクション雫")), _values(got)


# ---- keep traps
def test_keep_official_side_column_on_air_box():
    """An official site's side column with its own ON AIR box: its stations stay."""
    side = ("<div class=\"onair\"><h3>ON AIR</h3><table><tr><th>放送局</th><th>放送日時</th></tr>"
            "<tr><td>TOKYO MX</td><td>2027年1月9日より 毎週土曜24:00〜</td></tr>"
            "<tr><td>BS11</td><td>2027年1月10日より 毎週日曜23:30〜</td></tr></table></div>")
    doc = ("<!doctype html><html><head><title>TVアニメ「潮風の守り人」公式サイト</title></head><body>"
           "<div class=\"l-main\"><h1>TVアニメ「潮風の守り人」</h1><p>2027年1月9日より放送開始！</p></div>"
           f"<div class=\"l-side\">{side}</div></body></html>")
    got = facts(doc, JA)
    assert any(f == "broadcaster" and v == "BS11" for f, _k, v in got), _values(got)


def test_keep_side_column_own_single_link_without_version():
    """One linked item naming no other version (the site's link to the work's own episode guide) stays."""
    side = "<ul><li><a href=\"/anime/31844/episodes\">Episode guide</a> — Director: Aya Morikawa</li></ul>"
    got = facts(_en(side), EN)
    _own_en(got)


def test_keep_episode_table_with_title_column_in_side_column():
    """A side column's episode table has a "Title" column beside its episode numbers: the work's own episodes."""
    side = ("<table><tr><th>#</th><th>Title</th><th>Storyboard</th></tr>"
            "<tr><td>1</td><td>The Gale Bell</td><td>Aya Morikawa</td></tr>"
            "<tr><td>2</td><td>Salt Lanterns</td><td>Aya Morikawa</td></tr></table>")
    from tracker.page import _title_table_rows
    assert not _title_table_rows([["#", "Title", "Storyboard"], ["1", "The Gale Bell", "A"], ["2", "Salt Lanterns", "A"]])
    _own_en(facts(_en(side), EN))


def test_keep_title_table_in_main_column():
    """A table with a title column in the main column is no side column's (a season list is split by its rows)."""
    from tracker.page import _title_table_rows
    assert _title_table_rows([["Title", "Studio"], ["A", "B"], ["C", "D"]])
    table = ("<table><tr><th>Title</th><th>Studio</th></tr><tr><td>Harbor Gale Sentinels</td><td>Studio Kestrel</td></tr>"
             "<tr><td>Harbor Gale Sentinels (dub)</td><td>Studio Kestrel</td></tr></table>")
    _own_en(facts(_en("<p>Ads</p>", main_extra=table), EN))


# ---- "watched this, also watched" rails, any markup, any place
RAILS = [
    ("<div class=\"x1\"><div class=\"fw-bold\">この作品を見た人はこんな作品も</div><div class=\"grid\">"
     "<div><div>銅のひばり</div><div>監督：鷹野修</div></div><div><div>灯蛾の森</div><div>監督：浅木凛</div></div>"
     "</div></div>", ("鷹野修", "浅木凛")),
    ("<section><span>似ている作品</span><div><a href=\"/w/1\"><div>銅のひばり</div><div>CV：鷹野修</div></a>"
     "<a href=\"/w/2\"><div>灯蛾の森</div><div>CV：浅木凛</div></a></div></section>", ("鷹野修", "浅木凛")),
    ("<section><span>このアニメを観ている人が見た作品</span><dl><dt>監督</dt><dd>鷹野修</dd><dt>制作</dt><dd>スタジオ燕</dd></dl>"
     "<dl><dt>監督</dt><dd>浅木凛</dd></dl></section>", ("鷹野修", "浅木凛", "スタジオ燕")),
]


@pytest.mark.parametrize("rail", [r for r, _bad in RAILS], ids=range(len(RAILS)))
def test_also_watched_rail_ja(rail):
    got = facts(_ja("<p>広告</p>", main_extra=rail), JA)
    _own_ja(got)
    bad = dict(RAILS)[rail]
    assert not any(b in _values(got) for b in bad), _values(got)


RAILS_EN = [
    ("<div><div class=\"t\">People who watched this also watched</div><div>"
     "<a href=\"/s/1\"><div>Copper Finch</div><div>Director: Kohei Tsurumaki</div></a>"
     "<a href=\"/s/2\"><div>Lantern Moth</div><div>Director: Rin Asagi</div></a></div></div>", ("Kohei Tsurumaki", "Rin Asagi")),
    ("<div><div>Fans also liked</div><ul><li>Copper Finch<br>Studio: Studio Wren</li><li>Lantern Moth<br>Studio: Bluequill</li>"
     "</ul></div>", ("Studio Wren", "Bluequill")),
    ("<div><strong>Viewers also enjoyed</strong><div><div>Copper Finch — Kohei Tsurumaki (director), Studio Wren</div>"
     "<div>Lantern Moth — Rin Asagi (director), Bluequill</div></div></div>", ("Kohei Tsurumaki", "Rin Asagi")),
    ("<section><h5>More like this</h5><div><div>Copper Finch — animated by Studio Wren</div>"
     "<div>Lantern Moth — animated by Bluequill</div></div></section>", ("Studio Wren", "Bluequill")),
]


@pytest.mark.parametrize("rail", [r for r, _bad in RAILS_EN], ids=range(len(RAILS_EN)))
def test_also_watched_rail_en(rail):
    got = facts(_en("<p>Ads</p>", main_extra=rail), EN)
    _own_en(got)
    bad = dict(RAILS_EN)[rail]
    assert not any(b in _values(got) for b in bad), _values(got)


# ---- a cast pair that is a card's season and studio
@pytest.mark.parametrize("key,value", [("2025年春", "アトリエ・カノン"), ("Spring 2025", "Studio Wren"),
                                       ("2026-10", "Bluequill"), ("2027年6月11日公開", "スタジオ燕"),
                                       ("Fall 2026", "Lantern Pictures"), ("銅のひばり", "スタジオ燕")])
def test_cast_pair_of_a_date_or_a_studio_is_no_cast(key, value):
    from tracker.extract.hygiene import clean_fact
    from tracker.model import Fact
    assert clean_fact(Fact("cast", key, value, f"{key} / {value}")) is None


@pytest.mark.parametrize("key,value", [("ハル", "森川彩"), ("2B", "Aya Morikawa"), ("Autumn", "Rin Asagi"),
                                       ("No.6", "鷹野修"), ("Captain 2025", "Kohei Tsurumaki"),
                                       ("ジーク", "山岸芳樹（スタジオライフ）")])
def test_keep_cast_named_like_a_season_or_number(key, value):
    from tracker.extract.hygiene import clean_fact
    from tracker.model import Fact
    got = clean_fact(Fact("cast", key, value, f"{key}: {value}"))
    assert got is not None and got.key == key and got.value == value


# ---- a heading over a database's other entries, in any column
OTHER_ENTRIES = [
    ("<div class=\"box\"><h3>Also in the encyclopedia</h3><ul><li><a href=\"/encyclopedia/anime.php?id=29910\">Harbor Gale: "
     "Zero</a> — 2025-11-14, animated by Studio Wren, directed by Kohei Tsurumaki</li></ul></div>", ("Studio Wren", "Kohei Tsurumaki")),
    ("<section><h4>Elsewhere in the database</h4><ul><li><a href=\"/anime/881\">Copper Finch</a><br>Studio: Studio Wren</li>"
     "<li><a href=\"/anime/882\">Lantern Moth</a><br>Studio: Bluequill</li></ul></section>", ("Studio Wren", "Bluequill")),
    ("<div><h3>More in our catalogue</h3><ul><li><a href=\"/t/77\">Copper Finch</a><br>Director: Kohei Tsurumaki</li></ul></div>",
     ("Kohei Tsurumaki",)),
    ("<div><h3>Other entries</h3><ul><li><a href=\"/t/77\">Copper Finch</a><br>Director: Kohei Tsurumaki</li></ul></div>",
     ("Kohei Tsurumaki",)),
]
OTHER_ENTRIES_JA = [
    ("<div><h3>同じシリーズの作品</h3><ul><li><a href=\"/works/1\">潮風の守り人 零</a><br>監督：鷹野修</li></ul></div>", ("鷹野修",)),
    ("<div><h3>データベース内の関連項目</h3><ul><li><a href=\"/works/1\">潮風の守り人 零</a><br>監督：鷹野修</li></ul></div>", ("鷹野修",)),
    ("<div><h3>同フランチャイズの作品</h3><ul><li><a href=\"/works/2\">銅のひばり</a><br>監督：鷹野修</li></ul></div>", ("鷹野修",)),
]


@pytest.mark.parametrize("box", [b for b, _bad in OTHER_ENTRIES], ids=range(len(OTHER_ENTRIES)))
def test_other_entries_heading_en(box):
    got = facts(_en("<p>Ads</p>", main_extra=box), EN)
    _own_en(got)
    assert not any(b in _values(got) for b in dict(OTHER_ENTRIES)[box]), _values(got)


@pytest.mark.parametrize("box", [b for b, _bad in OTHER_ENTRIES_JA], ids=range(len(OTHER_ENTRIES_JA)))
def test_other_entries_heading_ja(box):
    got = facts(_ja("<p>広告</p>", main_extra=box), JA)
    _own_ja(got)
    assert not any(b in _values(got) for b in dict(OTHER_ENTRIES_JA)[box]), _values(got)


@pytest.mark.parametrize("head", ["In the database", "Staff", "More staff", "Other staff"])
def test_keep_own_entry_headings(head):
    """A heading of the entry's own box ("In the database", "Other staff") is no heading of other entries."""
    box = f"<div><h3>{head}</h3><ul><li>Music: <a href=\"/people/12\">Rin Asagi</a></li></ul></div>"
    got = facts(_en("<p>Ads</p>", main_extra=box), EN)
    assert ("staff", "music", "Rin Asagi") in got, _values(got)
