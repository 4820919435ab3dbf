"""tracker.dates: partial dates, their comparison, and dates found in text."""
import time

import pytest

from tracker.dates import DateMatch, PartialDate, find_dates, parse_date

P = PartialDate.parse
PUB = P("2023-11-21")


# ---------------------------------------------------------------- the stored form and comparison
@pytest.mark.parametrize("iso,precision", [
    ("2024", "year"), ("2024-winter", "season"), ("2024-01", "month"), ("2024-01-10", "day"),
])
def test_parse_and_iso_round_trip(iso, precision):
    d = P(iso)
    assert d.iso() == iso and d.precision == precision


def test_parse_rejects_impossible_dates():
    assert P("2024-02-30") is None and P("2024-13") is None and P("soon") is None and P("") is None
    assert P("2023-autumn").iso() == "2023-fall"


def test_refines_agrees_contains():
    assert P("2024-01-10").refines(P("2024-01")) and P("2024-01").refines(P("2024-winter"))
    assert not P("2024-04").refines(P("2024-01"))
    assert P("2024-01-10").agrees(P("2024-01-11"))          # a late-night slot written two ways
    assert not P("2024-01-10").agrees(P("2024-01-12"))
    assert P("2023-fall").contains(P("2023-09-29"))         # two weeks before the season agrees
    assert not P("2023-fall").contains(P("2023-09-01"))
    assert P("2024").contains(P("2024-07"))


# ---------------------------------------------------------------- text: explicit dates
@pytest.mark.parametrize("text,iso", [
    ("The show premieres January 10, 2024 on TV.", "2024-01-10"),
    ("It starts on Jan. 10, 2024.", "2024-01-10"),
    ("It starts on 10 January 2024.", "2024-01-10"),
    ("It starts on the 10th of January, 2024.", "2024-01-10"),
    ("Coming in January 2024.", "2024-01"),
    ("Coming in early January 2024.", "2024-01"),
    ("Expect it late March, 2025.", "2025-03"),
    ("The Spring 2024 lineup", "2024-spring"),
    ("a Winter 2024 anime season highlight", "2024-winter"),
    ("returns in fall 2023", "2023-fall"),
    ("returns in autumn 2023", "2023-fall"),
    ("the 2025 summer season", "2025-summer"),
    ("will air sometime in 2024", "2024"),
    ("delayed to 2025 due to production issues", "2025"),
    ("The anime will premiere in the second half of 2021.", "2021"),
    ("It premieres on July 15, 2021 at 24:30 on Tokyo MX.", "2021-07-16"),
    ("release: 2024-01-10", "2024-01-10"),
    ("2024/01/10 update", "2024-01-10"),
    ("2024.1.10 放送開始", "2024-01-10"),
    ("2024年1月10日(水)より放送開始", "2024-01-10"),
    ("２０２４年１月１０日（水）２３：００～", "2024-01-10"),
    ("2024年1月放送予定", "2024-01"),
    ("2024年春放送", "2024-spring"),
    ("2024年1月上旬スタート", "2024-01"),
    ("2024年1月期TVアニメ", "2024-winter"),
    ("2024年放送決定", "2024"),
    ("2024年1月10日(水) 25:30～", "2024-01-11"),
    ("aired 3/14/2024 in the US", "2024-03-14"),
])
def test_explicit_dates(text, iso):
    d = parse_date(text)
    assert d is not None and d.iso() == iso, (text, d)


# ---------------------------------------------------------------- text: years from context
def test_yearless_dates_take_default_year_or_publication_year():
    assert parse_date("10月8日（日）より放送", default_year=2023).iso() == "2023-10-08"
    assert parse_date("premieres on April 5", default_year=2024).iso() == "2024-04-05"
    assert parse_date("On October 15, the studio posted a teaser", published=PUB).iso() == "2023-10-15"
    # a month far before the publication month is next year's
    assert parse_date("It premieres on January 10.", published=PUB).iso() == "2024-01-10"
    # without any year context, a year-less date is not stated
    assert parse_date("premieres on April 5") is None


def test_future_statements_roll_to_next_year():
    assert parse_date("postponed to July", published=PUB).iso() == "2023-07"
    assert parse_date("postponed to July", published=PUB, future=True).iso() == "2024-07"
    assert parse_date("on November 3", published=PUB, future=True).iso() == "2024-11-03"
    assert parse_date("on November 30", published=PUB, future=True).iso() == "2023-11-30"
    assert parse_date("making its debut this January", published=PUB, future=True).iso() == "2024-01"


def test_late_night_slots_are_the_next_calendar_day():
    assert parse_date("1/8(土) 24:30～", default_year=2022).iso() == "2022-01-09"
    assert parse_date("10/7(土) 27:08～", default_year=2023).iso() == "2023-10-08"
    assert parse_date("10/7(土) 23:00～", default_year=2023).iso() == "2023-10-07"
    assert parse_date("12/31(日) 25:00～", default_year=2023).iso() == "2024-01-01"
    assert parse_date("１０月７日（土）深夜２５時３０分～", default_year=2023).iso() == "2023-10-08"


def test_relative_dates_from_publication():
    assert parse_date("coming this October", published=P("2024-03-02")).iso() == "2024-10"
    assert parse_date("slated for January of next year", published=PUB).iso() == "2024-01"
    assert parse_date("arrives next year", published=PUB).iso() == "2024"
    assert parse_date("later this year", published=PUB).iso() == "2023"
    assert parse_date("returns next spring", published=PUB).iso() == "2024-spring"
    assert parse_date("due this winter", published=PUB).iso() == "2024-winter"
    assert parse_date("来春放送", published=PUB).iso() == "2024-spring"
    assert parse_date("来年1月より放送", published=PUB).iso() == "2024-01"
    m = find_dates("arrives next year", published=PUB)[0]
    assert m.relative and not m.year_inferred
    assert parse_date("arrives next year") is None
    fri = P("2024-11-29")  # a Friday
    assert parse_date("began streaming the video on Friday", published=fri).iso() == "2024-11-29"
    assert parse_date("announced on Wednesday", published=fri).iso() == "2024-11-27"
    assert parse_date("premieres on Sunday", published=fri, future=True).iso() == "2024-12-01"
    assert parse_date("airs on Fridays") is None and parse_date("on Friday") is None


# ---------------------------------------------------------------- text: not dates
@pytest.mark.parametrize("text", [
    "shown at Anime NYC 2023 to fans",
    "the 2:30 video",
    "It may be great.",
    "March on, heroes",
    "the series will run for 12 episodes",
    "a score of 1/2",
    "the 2023-24 season of the league",
    "fall in love again",
    "Episode 2024 of the podcast",
    "version 2.1.10",
])
def test_not_dates(text):
    assert find_dates(text, published=PUB) == [], text


# ---------------------------------------------------------------- offsets and overlaps
def test_match_spans_and_several_dates():
    text = "Revealed in July 2023, it debuts January 10, 2024 (early 2024 was rumoured)."
    found = find_dates(text)
    assert [m.date.iso() for m in found] == ["2023-07", "2024-01-10", "2024"]
    for m in found:
        assert isinstance(m, DateMatch) and text[m.start:m.end] == m.text
    assert found[1].text == "January 10, 2024"


def test_spans_refer_to_the_original_text_when_it_is_not_nfkc():
    text = "放送は２０２４年１月１０日（水）から"
    m = find_dates(text)[0]
    assert text[m.start:m.end] == m.text and m.text.startswith("２０２４")


def test_speed_on_paragraphs():
    paragraphs = [
        "Metallic Rouge will debut in January 2024, but we have no exact date yet.",
        "The crew is led by a veteran director with decades of work behind him.",
        "TVアニメ「作品」は2024年1月10日(水)より毎週水曜24:30～放送開始！",
        "On October 15, the studio released a third teaser with new footage.",
    ] * 250
    t = time.perf_counter()
    for p in paragraphs:
        find_dates(p, published=PUB)
    per = (time.perf_counter() - t) / len(paragraphs)
    assert per < 0.0005, f"{per * 1e6:.0f} µs per paragraph"


def test_relative_days_and_months_from_the_publication_date():
    from tracker.dates import PartialDate, find_dates
    pub = PartialDate.parse("2026-06-10")   # a Wednesday

    def first(text):
        got = find_dates(text, published=pub)
        return got[0].date.iso() if got else None
    assert first("The key visual went up last month.") == "2026-05"
    assert first("More news later this month.") == "2026-06"
    assert first("A second PV, which dropped Monday, shows the villain.") == "2026-06-08"
    assert first("The studio posted the teaser earlier today.") == "2026-06-10"
    assert first("Last month's events") is None or first("Last month's events") == "2026-05"
    assert first("Monday Night Anime") is None                       # a bare weekday is no date
    assert first("last month", ) == "2026-05"
    assert find_dates("last month") == []                               # nothing to resolve it from


def test_japanese_relative_year_with_a_day():
    from tracker.dates import PartialDate, find_dates
    pub = PartialDate.parse("2026-11-20")
    got = find_dates("来年1月9日（土）25:00より放送", published=pub)
    assert got[0].date.iso() == "2027-01-10"                          # past midnight: the next calendar day
    assert find_dates("昨年12月20日に発表", published=pub)[0].date.iso() == "2025-12-20"
    assert find_dates("去年12月に発表", published=pub)[0].date.iso() == "2025-12"
    assert find_dates("今年3月3日", published=pub)[0].date.iso() == "2026-03-03"
