"""A database's dated release line whose note names the outlet first and the region after it ("2027-01-21 (streaming on
Netflix, worldwide)", "(Crunchyroll, outside Asia)"): the day is keyed by the outlet, as "(worldwide, streaming on
Netflix)" already was; a screening's or a tentative note gives no keyed release."""
from extract_helpers import facts

W = "Velvet Orchard"


def _page(line: str) -> str:
    return ("<html><head><title>Velvet Orchard (TV) - Anime Encyclopedia</title></head><body><h1>Velvet Orchard (TV)</h1>"
            "<div id=\"infotype-3\"><strong>Number of episodes:</strong> <span>13</span></div>"
            f"<div id=\"infotype-7\"><strong>Vintage:</strong><div>2027-01-07</div><div>{line}</div></div>"
            "<div><strong>Broadcast:</strong> TV Tokyo</div></body></html>")


def _releases(line: str) -> set[tuple[str, str]]:
    return {(k, v) for f, k, v in facts(_page(line), W) if f == "release_date"}


def test_outlet_then_region_keys_the_day_by_the_outlet():
    forms = [
        ("2027-01-21 (streaming on Netflix, worldwide)", "Netflix"),
        ("2027-01-21 (Netflix, worldwide)", "Netflix"),
        ("January 21, 2027 (Crunchyroll, outside Asia)", "Crunchyroll"),
        ("2027-01-21 (simulcast on HIDIVE, globally)", "HIDIVE"),
        ("2027-01-21 (Disney+, internationally)", "Disney+"),
        ("2027-01-21 (Netflix, in North America)", "Netflix"),
        ("2027-01-21 (worldwide, streaming on Netflix)", "Netflix"),   # (the region first, as before)
        ("2027-01-21 (premiere on Crunchyroll, outside of Japan)", "Crunchyroll"),
    ]
    for line, key in forms:
        got = _releases(line)
        assert (key, "2027-01-21") in got and ("", "2027-01-07") in got, (line, got)


def test_screening_or_tentative_note_is_no_keyed_release():
    assert _releases("2027-01-21 (advance screening, Anime Winter Carnival 2026)") == {("", "2027-01-07")}
    assert _releases("2027-01-21 (tentative)") == {("", "2027-01-07")}
