"""One reader for a weekly slot said after a start day, not next to it (tracker.dates.late_slot_day, used by the
English and Japanese prose readers and by the label reader): a slot past midnight of the start day's own weekday
(or of none named) makes the first airing the next calendar day; 深夜1時半 is 25:30, "1:30 a.m." counts with the
next day named; an evening slot, another weekday's slot or a slot handed to another clause leaves the day as
written. Forms written for these tests, not copied from pages."""
from extract_helpers import facts, news

from tracker.dates import PartialDate, late_slot_day

T, JA = "Cinder Lantern", "シンダー・ランタン"


def _first(paragraph: str, title: str = "Anime news") -> str | None:
    got = {k: v for f, k, v in facts(news([paragraph], title=title), T, JA) if f == "release_date"}
    return got.get("")


def test_participle_slot_after_the_year():
    assert _first("Cinder Lantern premieres in Japan on January 8, 2027, airing Fridays at 25:30 JST on TOKYO MX.") == "2027-01-09"


def test_relative_clause_slot():
    assert _first("Cinder Lantern will debut on January 8, 2027 on TOKYO MX, where it airs every Friday at 25:30.") == "2027-01-09"


def test_dash_then_every_weekday_comma_clock():
    assert _first("Cinder Lantern starts January 8, 2027 (Fri) — every Friday, 25:30, on TOKYO MX.") == "2027-01-09"


def test_slot_noun_phrase_after_a_weekday_date():
    assert _first("Cinder Lantern begins airing on Friday, January 8, 2027, in the Friday 25:30 slot on TOKYO MX.") == "2027-01-09"


def test_am_slot_with_the_next_day_named():
    assert _first("Cinder Lantern will premiere on January 8, 2027 on TOKYO MX, with new episodes every Friday at "
                  "1:30 a.m. (technically Saturday).") == "2027-01-09"


def test_and_will_air_weekly():
    assert _first("The anime Cinder Lantern premieres January 8, 2027 and will air weekly on Fridays at 25:00 on Fuji TV.") == "2027-01-09"


def test_late_night_slot_without_weekday():
    assert _first("Cinder Lantern hits TV Tokyo on January 8, 2027, in its late-night slot at 25:05.") == "2027-01-09"


def test_ja_slot_in_the_next_clause():
    assert _first("TVアニメ『シンダー・ランタン』は2027年1月8日（金）より放送開始、毎週金曜25:30～。", "ニュース") == "2027-01-09"


def test_ja_shinya_hour_in_a_topic_clause():
    assert _first("TVアニメ『シンダー・ランタン』は2027年1月8日（金）からTOKYO MXほかにて放送、"
                  "放送時間は毎週金曜深夜1時30分～。", "ニュース") == "2027-01-09"


def test_ja_station_between_date_and_slot():
    assert _first("TVアニメ『シンダー・ランタン』2027年1月8日(金)放送開始 TOKYO MX 毎週金曜25:30〜", "ニュース") == "2027-01-09"


def test_reader_forms_directly():
    d = PartialDate(2027, 1, 8)   # a Friday
    for tail in [", airing Fridays at 25:30 JST", " (Fri) - every Friday, 25:30", " on TBS, Fridays at 1:28 a.m. (Saturday morning)",
                 "（金）より放送、放送枠は毎週金曜 25時30分から", "から毎週金曜日 深夜1時25分よりテレビ東京ほかで",
                 " on MX, airing Saturdays at 1:30 a.m.", " — Friday nights at 25:55 on MBS"]:
        assert late_slot_day(d, tail, 0) == PartialDate(2027, 1, 9), tail


def test_trap_evening_slot_first():
    assert _first("Cinder Lantern premieres on January 8, 2027 on TOKYO MX at 22:00, and Crunchyroll streams it at 25:30.") == "2027-01-08"
    assert _first("Cinder Lantern premieres on January 8, 2027 on TOKYO MX, airing Fridays at 23:00.") == "2027-01-08"
    assert _first("TVアニメ『シンダー・ランタン』は2027年1月8日（金）より毎週金曜22:00からTOKYO MXで放送。", "ニュース") == "2027-01-08"


def test_trap_slots_of_another_clause_or_weekday():
    d = PartialDate(2027, 1, 8)
    for tail in [" on TOKYO MX, while BS11 airs it Sundays at 25:00", " on TOKYO MX; BS11 follows at 25:00",
                 " airing Thursdays at 25:00", "（金）よりTOKYO MXにて放送、BS11では毎週日曜25:00～",
                 " at 1:30 a.m. on TOKYO MX", " on Wednesdays at 24:00 (effectively Thursdays at midnight)"]:
        assert late_slot_day(d, tail, 0) == d, tail
    assert late_slot_day(d, " on TOKYO MX.", 0) is None


def test_trap_slot_after_the_next_date():
    d = PartialDate(2027, 1, 8)
    tail = " on TOKYO MX, and on January 10 on BS11 at 25:00"
    assert late_slot_day(d, tail, 0, tail.index("January 10")) is None
