"""A release list's dated line keyed by what its note names: the one outlet ("streaming on Disney+, worldwide" ->
Disney+), else the region ("United States, theatrical, subtitled and dubbed" -> United States); a release format
("theatrical", "in select theaters", 「劇場公開」) or a reach ("worldwide", "outside Japan", 「海外」) is no outlet."""
from extract_helpers import facts

TITLE = "Paper Orchard"


def _db(lines: list[str], label: str = "Vintage:") -> str:
    """An encyclopedia entry: a release label over one dated line per div."""
    body = "".join(f"<div>{ln}</div>" for ln in lines)
    return ("<html><head><title>Paper Orchard (TV) - Encyclopedia</title></head><body><main><h1>Paper Orchard (TV)</h1>"
            f"<div><strong>{label}</strong>{body}</div><div><strong>Genres:</strong> fantasy</div></main></body></html>")


def _table(cell: str) -> str:
    """A film's infobox: the release dates in one cell, one a line."""
    return ("<html><head><title>Paper Orchard (film)</title></head><body><main><h1>Paper Orchard (film)</h1><table>"
            f"<tr><th>Studio</th><td>Studio Wren</td></tr><tr><th>Release date</th><td>{cell}</td></tr></table></main></body></html>")


def _dates(doc: str) -> set[tuple[str, str, str]]:
    return {f for f in facts(doc, TITLE) if f[0] == "release_date"}


def test_service_then_reach_is_keyed_by_the_service():
    got = _dates(_db(["2027-01-12 (Japan)", "2027-03-19 (streaming on Amazon Prime Video, outside Japan)"]))
    assert got == {("release_date", "", "2027-01-12"), ("release_date", "Amazon Prime Video", "2027-03-19")}


def test_service_then_worldwide_is_keyed_by_the_service():
    doc = _db(["2027-01-12 (Japan)", "2027-03-19 (streaming on Disney+, worldwide)"])
    assert ("release_date", "Disney+", "2027-03-19") in facts(doc, TITLE)
    assert not any(f[0] == "broadcaster" for f in facts(doc, TITLE))   # "worldwide" is no network


def test_service_excluding_a_region():
    assert ("release_date", "Crunchyroll", "2027-03-19") in _dates(
        _db(["2027-01-12 (Japan)", "2027-03-19 (streaming on Crunchyroll, excluding Asia)"]))


def test_region_then_formats_is_keyed_by_the_region():
    got = _dates(_db(["2027-01-12 (Japan)", "2027-03-19 (United States, theatrical, subtitled and dubbed)"]))
    assert got == {("release_date", "", "2027-01-12"), ("release_date", "United States", "2027-03-19")}


def test_region_in_select_theaters():
    doc = _db(["2027-01-12 (Japan)", "2027-03-19 (North America, in select theaters)"])
    assert ("release_date", "North America", "2027-03-19") in facts(doc, TITLE)
    assert not any(f[0] == "broadcaster" for f in facts(doc, TITLE))   # "in select theaters" is no network


def test_region_with_release_and_dub_pieces():
    assert ("release_date", "UK", "2027-03-19") in _dates(
        _db(["2027-01-12 (Japan)", "2027-03-19 (UK, theatrical release, English dub)"]))


def test_region_of_two_countries():
    assert ("release_date", "Australia and New Zealand", "2027-03-19") in _dates(
        _db(["2027-01-12 (Japan)", "2027-03-19 (Australia and New Zealand, theatrical)"]))


def test_worldwide_theatrical_is_keyed_worldwide():
    assert ("release_date", "worldwide", "2027-03-19") in _dates(
        _db(["2027-01-12 (Japan)", "2027-03-19 (worldwide, theatrical)"]))


def test_japanese_region_and_theatrical_release():
    got = _dates(_db(["2027年1月12日（日本）", "2027年3月19日（北米、劇場公開）"], "公開日："))
    assert got == {("release_date", "", "2027-01-12"), ("release_date", "北米", "2027-03-19")}


def test_japanese_service_and_reach():
    assert ("release_date", "Netflix", "2027-03-19") in _dates(
        _db(["2027年1月12日（日本）", "2027年3月19日（Netflix にて配信、全世界）"], "公開日："))


def test_table_cell_lines_with_long_note():
    got = _dates(_table("2027-01-12 (Japan)<br>2027-03-19 (streaming on Netflix, outside Japan)"))
    assert got == {("release_date", "", "2027-01-12"), ("release_date", "Netflix", "2027-03-19")}


def test_trap_long_screening_note_is_no_release():
    got = _dates(_db(["2027-01-12 (Japan)", "2026-10-31 (world premiere screening, Tokyo International Film Festival)"]))
    assert got == {("release_date", "", "2027-01-12")}


def test_trap_blu_ray_line_is_no_release():
    got = _dates(_db(["2027-01-12 (Japan)", "2027-06-25 (Blu-ray release)"]))
    assert got == {("release_date", "", "2027-01-12")}
