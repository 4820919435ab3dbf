"""A station's or service's own later (or earlier) start, said in a news article next to the first airing: its day
written with the day's name before it ("with BS11 following on Sunday, April 11", "and on BS-TBS from Wednesday,
January 13 at 24:00"), a time of day between the date and から (「4月13日（火）23時30分から」「正午から」), a relative
word before the date (「翌週の」), the service as the subject (「dアニメストアが4月8日…先行配信」). Traps: a keyed start on the
first airing's own day, the slot's weekday explained in parentheses, a station whose day is not given."""
from extract_helpers import facts, news

W = "Copperleaf Relay"
JW = "銅葉のリレー"


def _dates(paragraphs, title=W, published="2026-11-20"):
    head = f"{title} anime news" if title == W else f"TVアニメ『{title}』放送日決定"
    return {(k, v) for f, k, v in facts(news(paragraphs, title=head, published=published), title) if f == "release_date"}


# ---- EN: the day's name before the later station's date
def test_with_station_following_on_weekday():
    got = _dates([f"{W} will premiere on TOKYO MX on April 9, with BS11 following on Sunday, April 11."])
    assert ("", "2027-04-09") in got and ("BS11", "2027-04-11") in got


def test_late_slot_then_with_station_following_on_weekday():
    got = _dates([f"{W} will now premiere on TOKYO MX on April 8 at 25:05 JST (effectively early Friday morning), "
                  "with BS11 following on Sunday, April 11."])
    assert got == {("", "2027-04-09"), ("BS11", "2027-04-11")}


def test_and_on_station_from_weekday_with_late_slot():
    got = _dates([f"{W} will begin broadcasting on TBS from Saturday, January 9, 2027 at 25:30, "
                  "and on BS-TBS from Wednesday, January 13 at 24:00."])
    assert got == {("", "2027-01-10"), ("BS-TBS", "2027-01-14")}


def test_followed_by_station_on_weekday():
    got = _dates([f"{W} debuts on TBS on April 9, followed by BS11 on Tuesday, April 13."])
    assert ("BS11", "2027-04-13") in got


# ---- JA: a time of day, a relative word, the service as the subject
def test_ja_station_time_of_day_before_kara():
    got = _dates([f"TVアニメ『{JW}』は2027年4月9日（金）からTOKYO MXにて放送開始。BS11では4月13日（火）23時30分から放送。"], title=JW)
    assert got == {("", "2027-04-09"), ("BS11", "2027-04-13")}


def test_ja_station_next_week_word():
    got = _dates([f"TVアニメ『{JW}』は2027年4月9日（金）からTOKYO MXにて放送開始。BS11で翌週の4月16日（金）22時から放送される。"], title=JW)
    assert ("BS11", "2027-04-16") in got


def test_ja_service_as_subject_ahead_of_tv():
    got = _dates([f"TVアニメ『{JW}』は2027年4月9日（金）からTOKYO MXにて放送開始。配信はdアニメストアが4月8日（木）正午から"
                   "地上波に先駆けて独占先行配信を行う。"], title=JW)
    assert ("dアニメストア", "2027-04-08") in got and ("", "2027-04-09") in got


def test_ja_date_then_service_at_noon():
    got = _dates([f"TVアニメ『{JW}』は2027年4月9日（金）からTOKYO MXにて放送開始。4月8日（木）正午よりABEMAにて地上波先行配信。"], title=JW)
    assert ("ABEMA", "2027-04-08") in got


# ---- traps
def test_station_keyed_on_the_first_airings_own_day_is_no_fact():
    got = _dates([f"TVアニメ『{JW}』の放送開始日が2027年1月7日（木）に決定した。テレビ東京では2027年1月7日（木）22時30分より放送。"],
                 title=JW)
    assert not any(k for k, _ in got)


def test_slot_weekday_in_parentheses_is_no_date():
    got = _dates([f"{W} has been pushed back and will now debut on TBS on April 8 in the Thursday 25:28 slot "
                  "(that is, 1:28 a.m. on Friday morning), with BS11 following on Sunday, April 11."])
    assert got == {("", "2027-04-09"), ("BS11", "2027-04-11")}


def test_station_without_its_day_gets_none():
    got = _dates([f"{W} will premiere on TOKYO MX on Friday, April 9, with BS11 following at a later date."])
    assert got == {("", "2027-04-09")}


def test_ja_subject_station_on_the_same_day_keys_nothing():
    got = _dates([f"TVアニメ『{JW}』は2027年4月9日（金）から放送開始。TOKYO MXが4月9日（金）22時から放送する。"], title=JW)
    assert not any(k for k, _ in got)
