"""A news article's line with a station as its own topic (「BS11では4月6日（火）午後11時から放送。」, 「TOKYO MXでの放送後、
BS11でも4月14日…」, 「ABEMAでは4月1日…先行配信」): a line reader that does not see the article's premiere sentence
reads its day as the first airing, while the sentence reader keys it to that station; the station's reading wins and
the first airing is the premiere sentence's. A line whose station is one name of a list the clause is about
(「本番組はTOKYO MX、BS日テレでは…」) or of a label's list (「配信:ABEMAで…、Netflixでも…」) keeps its first airing."""
from extract_helpers import facts

TITLE, JA_TITLE = "Kurogane", "鉄の灯台守"
PREMIERE = "テレビアニメ「鉄の灯台守」が2027年4月4日からTOKYO MXで放送される。"
FIRST = ("release_date", "", "2027-04-04")


def _ja(paragraphs: list[str]) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return ("<html><head><title>鉄の灯台守</title><meta property='article:published_time' content='2026-11-27T09:00:00+09:00'>"
            f"</head><body><main><article><h1>「鉄の灯台守」放送決定</h1>{body}</article></main></body></html>")


def _dates(paragraphs: list[str]) -> set[tuple[str, str, str]]:
    return {f for f in facts(_ja(paragraphs), TITLE, JA_TITLE) if f[0] == "release_date"}


def test_station_dewa_with_an_evening_hour():
    assert _dates([PREMIERE, "BS11では4月6日（火）午後11時から放送。"]) == {FIRST, ("release_date", "BS11", "2027-04-06")}


def test_station_demo_with_an_hour():
    assert _dates([PREMIERE, "BS11でも4月14日（水）23時から放送される。"]) == {FIRST, ("release_date", "BS11", "2027-04-14")}


def test_station_after_the_first_broadcast_clause():
    assert _dates([PREMIERE, "TOKYO MXでの放送後、BS11でも4月14日（水）23時から放送される。配信はABEMAが担当する。"]) == {
        FIRST, ("release_date", "BS11", "2027-04-14")}


def test_service_streaming_ahead_of_tv():
    assert _dates([PREMIERE, "ABEMAでは4月1日（木）正午から先行配信する。"]) == {FIRST, ("release_date", "ABEMA", "2027-04-01")}


def test_station_planned_with_hour_and_minutes():
    assert _dates([PREMIERE, "AT-Xでは4月10日（土）21時30分から放送予定。"]) == {FIRST, ("release_date", "AT-X", "2027-04-10")}


def test_late_night_first_airing_and_a_station_one_day_later():
    assert _dates(["テレビアニメ「鉄の灯台守」は2027年4月9日（金）からTOKYO MXで毎週金曜24時30分から放送される。",
                   "BS日テレでは4月11日（日）23時30分から放送。"]) == {("release_date", "", "2027-04-10")}   # (one day off: agrees)


def test_trap_station_listed_after_another_keeps_the_first_airing():
    got = _dates(["テレビアニメ「鉄の灯台守」が2027年4月から放送される。", "本番組はTOKYO MX、BS日テレでは4月7日(水)より放送されます。"])
    assert ("release_date", "", "2027-04-07") in got


def test_trap_label_list_keeps_the_first_airing():
    got = _dates(["テレビアニメ「鉄の灯台守」が2027年4月から放送される。",
                  "配信:ABEMAで地上波同時の見放題最速、Netflixでも4月7日(水)12:00から配信"])
    assert ("release_date", "Netflix", "2027-04-07") not in got or ("release_date", "", "2027-04-07") not in got
    assert not any(f[1] == "" and f[2] not in ("2027-04", "2027-04-07") for f in got)
