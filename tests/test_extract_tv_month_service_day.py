"""A first airing given to the month and placed on a TV station ("will premiere in January 2027 on TOKYO MX") is a
television premiere: a streaming service's own later day ("Netflix will stream it worldwide from January 15") keys
that service and does not make the month a day; a station's own day still does."""
from extract_helpers import facts, news

TITLE = "Tidecaller"


def _dates(paragraphs: list[str]) -> set[tuple[str, str, str]]:
    return {f for f in facts(news(paragraphs), TITLE) if f[0] == "release_date"}


def test_station_month_then_worldwide_service_day():
    assert _dates(["The second season of <em>Tidecaller</em> will premiere in January 2027 on TOKYO MX.",
                   "Netflix will stream it worldwide from January 15."]) == {
        ("release_date", "", "2027-01"), ("release_date", "Netflix", "2027-01-15")}


def test_block_of_a_station_then_service_outside_asia():
    assert _dates(["<em>Tidecaller</em> debuts in April 2027 on Fuji TV's +Ultra block.",
                   "Crunchyroll will start streaming the season on April 20 outside Asia."]) == {
        ("release_date", "", "2027-04"), ("release_date", "Crunchyroll", "2027-04-20")}


def test_slated_on_a_public_broadcaster():
    assert _dates(["<em>Tidecaller</em> is slated for July 2027 on NHK General.",
                   "Disney+ will stream it worldwide from July 10."]) == {
        ("release_date", "", "2027-07"), ("release_date", "Disney+", "2027-07-10")}


def test_two_stations_then_a_regional_service():
    assert _dates(["The <em>Tidecaller</em> anime will premiere in October 2027 on TV Tokyo and BS TV Tokyo.",
                   "HIDIVE will begin streaming it on October 9 in North America."]) == {
        ("release_date", "", "2027-10"), ("release_date", "HIDIVE", "2027-10-09")}


def test_picked_up_rights_then_available_on_a_day():
    assert _dates(["The second season of <em>Tidecaller</em> will premiere in January 2027 on TOKYO MX.",
                   "Netflix has picked up the worldwide streaming rights for the new season and will make it "
                   "available on January 15, with new episodes following weekly."]) == {
        ("release_date", "", "2027-01"), ("release_date", "Netflix", "2027-01-15")}


def test_japanese_station_month_then_service_day():
    body = "".join(f"<p>{p}</p>" for p in ["テレビアニメ「潮呼び」が2027年4月よりTBSほかでスタートする。",
                                          "Netflixでは4月20日より世界独占配信される。"])
    doc = (f"<html><head><title>潮呼び</title><meta property='article:published_time' content='2026-11-24T09:00:00+09:00'>"
           f"</head><body><main><article><h1>「潮呼び」来年4月放送</h1>{body}</article></main></body></html>")
    got = {f for f in facts(doc, TITLE, "潮呼び") if f[0] == "release_date"}
    assert got == {("release_date", "", "2027-04"), ("release_date", "Netflix", "2027-04-20")}


def test_keep_a_station_day_refining_the_month():
    assert _dates(["The <em>Tidecaller</em> anime will premiere in October 2027 on TOKYO MX.",
                   "TOKYO MX will air it from October 3 at 24:30."]) == {("release_date", "", "2027-10-04")}
