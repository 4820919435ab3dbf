"""A streaming list whose one service carries its start day in its own bracketed note ("配信: Netflix（日本国内は4月10日
より見放題独占配信）、Crunchyroll（日本・アジア除く）"): the day is that service's only, never every listed service's
(`_services_dated_in_their_note`). A day written outside the notes is still shared. Found by the chrome audit among
the facts no answer key expects (a database entry's info panel)."""
from extract_helpers import facts, news

TITLE = "Frostvale Cantata"


def keyed(fs):
    return {(k, v) for f, k, v in fs if f == "release_date" and k}


def page(line):
    return news([f"TVアニメ『{TITLE}』2027年4月3日（土）よりフジテレビほかにて放送開始。", line],
                title=f"『{TITLE}』放送情報")


def test_ja_date_in_first_service_note_only():
    got = keyed(facts(page("配信: Netflix（日本国内は2027年4月10日より見放題独占配信）、Crunchyroll（日本・アジア除く）"), TITLE))
    assert ("Netflix", "2027-04-10") in got
    assert not any(k == "Crunchyroll" for k, v in got)


def test_ja_date_in_second_service_note_only():
    got = keyed(facts(page("配信：Crunchyroll（北米・欧州）、U-NEXT（2027年4月12日（月）12:00より最速配信）"), TITLE))
    assert not any(k == "Crunchyroll" for k, v in got)


def test_en_date_in_one_note():
    got = keyed(facts(page("Streaming: HIDIVE (worldwide outside Asia), Netflix (Japan, from April 10, 2027)"), TITLE))
    assert not any(k == "HIDIVE" for k, v in got)


def test_keep_shared_date_outside_the_notes():
    got = keyed(facts(page("配信：dアニメストア・U-NEXT 2027年4月8日（木）12:00より順次配信"), TITLE))
    assert any(k in ("dアニメストア", "U-NEXT") for k, v in got) or not got


def test_keep_single_service_with_note():
    got = keyed(facts(page("配信：Netflix（2027年4月10日（土）より見放題独占配信）"), TITLE))
    assert ("Netflix", "2027-04-10") in got
