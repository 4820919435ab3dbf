"""A definition list's term heads its <dd> lines: a special program named in a <dt> (「放送直前特番「X」」, "Pre-premiere
special", 「第1期振り返り特番」) owns the stations and days in the <dd> under it, up to the next <dt>; they are never the
series' premiere (`_special_part_line`)."""
from extract_helpers import facts

TITLE = "月影ハーバー"


def onair(*dl: tuple[str, str], series: str = "") -> str:
    items = "".join(f"<dt>{t}</dt><dd>{d}</dd>" for t, d in dl)
    return ("<!doctype html><html><head><title>放送情報｜TVアニメ『月影ハーバー』公式サイト</title></head><body><main>"
            "<h1>TVアニメ『月影ハーバー』</h1>"
            f"<section><h2>ON AIR</h2>{series}</section>"
            f"<section><h2>関連番組</h2><dl>{items}</dl></section></main></body></html>")


SERIES = "<p>TOKYO MX：2027年1月7日（木）より 毎週木曜23:00～</p>"


def dates(doc: str) -> set[tuple[str, str]]:
    return {(k, v) for f, k, v in facts(doc, TITLE, url="https://tsukikage-anime.example/onair/") if f == "release_date"}


def _values(got) -> set[str]:
    return {v for _k, v in got}


def test_a_pre_broadcast_special_in_a_term_is_not_the_premiere():
    got = dates(onair(("放送直前特番「ようこそ月影へ」", "TOKYO MX：2027年1月6日（水）22:00～22:30"), series=SERIES))
    assert "2027-01-06" not in _values(got)
    assert ("TOKYO MX", "2027-01-07") in got or ("", "2027-01-07") in got


def test_a_recap_special_of_the_first_season():
    got = dates(onair(("第1期振り返り特番", "BS11：2026年12月30日（水）23:00～"), series=SERIES))
    assert "2026-12-30" not in _values(got)


def test_a_marathon_in_a_term():
    got = dates(onair(("第1期 一挙放送", "AT-X：2026年12月31日（木）10:00～"), series=SERIES))
    assert "2026-12-31" not in _values(got)


def test_an_english_pre_premiere_special_term():
    got = dates(onair(("Pre-premiere special", "Tokyo MX: January 6, 2027, 22:00"), series=SERIES))
    assert "2027-01-06" not in _values(got)


def test_a_special_program_term_with_two_station_lines():
    got = dates(onair(("特別番組「月影ハーバーの夜」", "TOKYO MX：2027年1月5日（火）22:00～<br>BS11：2027年1月6日（水）23:00～"),
                      series=SERIES))
    assert not {"2027-01-05", "2027-01-06"} & _values(got)


def test_a_countdown_special_term_in_english():
    got = dates(onair(("Countdown special “Harbor Lights”", "BS11: December 29, 2026"), series=SERIES))
    assert "2026-12-29" not in _values(got)


def test_keep_the_next_term_ends_the_special():
    got = dates(onair(("放送直前特番", "TOKYO MX：2027年1月6日（水）22:00～"),
                      ("TVアニメ『月影ハーバー』", "TOKYO MX：2027年1月7日（木）より 毎週木曜23:00～")))
    assert "2027-01-06" not in _values(got)
    assert "2027-01-07" in _values(got)


def test_keep_a_station_term_is_the_series_row():
    got = dates(onair(("TOKYO MX", "2027年1月7日（木）より 毎週木曜23:00～")))
    assert "2027-01-07" in _values(got)
