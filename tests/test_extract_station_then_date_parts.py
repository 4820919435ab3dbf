"""A broadcast or streaming label whose value names each known station or service first, then its own start, one
part each ('Broadcast: TBS from Thursday, April 1, 2027 at 25:28 / BS-TBS from Saturday, April 3, 2027 at 24:30',
'Streaming: Netflix (worldwide) from Thursday, April 15, 2027', 「放送：TBS 4月1日(木)より／BS-TBS 4月3日(土)より」): the
names, the earliest day the first airing, each other station its own day (a slot past midnight moving it). A value
where any part is not such a pair is left to the other readers."""
from __future__ import annotations

from extract_helpers import facts

TITLE = "Moonlit Ferry"


def _release(lines: list[str], title: str = TITLE) -> str:
    body = "".join(f"<p>{x}</p>" for x in lines)
    return (f"<!doctype html><html><head><title>{title} theme song release</title></head><body><main><article>"
            f"<h1>{title}: ending theme single announced</h1><p>The TV anime {title} premieres this spring.</p>"
            f"<h3>Anime information</h3><p>TV anime {title}</p>{body}</article></main></body></html>")


def _dates(got):
    return {(k, v) for f, k, v in got if f == "release_date"}


def test_two_stations_with_weekdays_and_late_slots():
    got = facts(_release(["Broadcast: TBS from Thursday, April 1, 2027 at 25:28 / BS-TBS from Saturday, April 3, 2027 at 24:30"]), TITLE)
    assert ("", "2027-04-02") in _dates(got) and ("BS-TBS", "2027-04-04") in _dates(got)


def test_no_fragments_as_stations():
    got = facts(_release(["Broadcast: TBS from Thursday, April 1, 2027 at 25:28 / BS-TBS from Saturday, April 3, 2027 at 24:30"]), TITLE)
    keys = {k for f, k, v in got if f == "broadcaster"}
    assert keys == {"tbs", "bstbs"}


def test_streaming_service_with_region_note():
    got = facts(_release(["Broadcast: TBS from April 1, 2027", "Streaming: Netflix (worldwide) from Thursday, April 15, 2027"]), TITLE)
    assert ("Netflix", "2027-04-15") in _dates(got)
    assert any(f == "streaming" and v == "Netflix (worldwide)" for f, k, v in got)


def test_starting_verb():
    got = facts(_release(["Broadcast: TOKYO MX starting January 9, 2027 / BS11 starting January 12, 2027"]), TITLE)
    assert ("", "2027-01-09") in _dates(got) and ("BS11", "2027-01-12") in _dates(got)


def test_semicolon_separator_and_year_carried():
    got = facts(_release(["Broadcast: TOKYO MX from January 9, 2027; BS11 from January 12"]), TITLE)
    assert ("BS11", "2027-01-12") in _dates(got)


def test_japanese_parts():
    got = facts(_release(["放送：TBS 2027年4月1日(木)より／BS-TBS 4月3日(土)より"]), TITLE)
    assert ("", "2027-04-01") in _dates(got) and ("BS-TBS", "2027-04-03") in _dates(got)


def test_japanese_streaming_part():
    got = facts(_release(["放送：TBS 2027年4月1日(木)より", "配信：Netflix 2027年4月15日(木)より"]), TITLE)
    assert ("Netflix", "2027-04-15") in _dates(got)


def test_on_weekday_form():
    got = facts(_release(["Airing: Fuji TV on Wednesday, January 6, 2027 / BS Fuji on Saturday, January 9, 2027"]), TITLE)
    assert ("BS Fuji", "2027-01-09") in _dates(got) or ("BSフジ", "2027-01-09") in _dates(got) \
        or any(k.lower().replace(" ", "") == "bsfuji" and v == "2027-01-09" for k, v in _dates(got))


def test_three_stations():
    got = facts(_release(["Broadcast: TOKYO MX from January 9, 2027 / BS11 from January 10, 2027 / AT-X from January 13, 2027"]), TITLE)
    assert ("AT-X", "2027-01-13") in _dates(got)


def test_single_part():
    got = facts(_release(["Broadcast: TBS from Thursday, April 1, 2027 at 23:00"]), TITLE)
    assert ("", "2027-04-01") in _dates(got)
    assert {k for f, k, v in got if f == "broadcaster"} == {"tbs"}


# ---------------------------------------------------------------------------------------------- traps
def test_trap_unknown_name_part_reads_nothing_this_way():
    got = facts(_release(["Broadcast: TBS from April 1, 2027 / the anime's sister show from April 3, 2027"]), TITLE)
    assert not any(f == "broadcaster" and "sister" in v for f, k, v in got)


def test_trap_part_without_day_reads_nothing_this_way():
    got = facts(_release(["Broadcast: TBS from April 2027 / BS-TBS later"]), TITLE)
    assert not any(f == "release_date" and k == "BS-TBS" for f, k, v in got)
