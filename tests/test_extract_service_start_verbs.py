"""A streaming service's own start told with the verbs real articles use beside the TV premiere: it "lands on Netflix
on", a service "will make it available on", "has (already) listed the season for" a day to come, and the service
named with a relative clause before its verb ("Netflix, which holds global rights, has …"): that service's keyed
date. A trailer that "landed", or a listing denied, dates nothing."""
from extract_helpers import facts, news

TITLE = "Tidecaller"
LEAD = "The second season of <em>Tidecaller</em> premieres on January 8, 2027 on TOKYO MX."
FIRST = ("release_date", "", "2027-01-08")


def _dates(sentence: str) -> set[tuple[str, str, str]]:
    return {f for f in facts(news([LEAD, sentence], published="2026-11-10"), TITLE) if f[0] == "release_date"}


def test_relative_clause_then_listed_for_a_day_to_come():
    assert _dates("Netflix, which holds global rights, has already listed the season for January 15 in its regions "
                  "outside Japan.") == {FIRST, ("release_date", "Netflix", "2027-01-15")}


def test_listed_it_for():
    assert _dates("Disney+ has listed it for January 15.") == {FIRST, ("release_date", "Disney+", "2027-01-15")}


def test_make_available_worldwide_on():
    assert _dates("Netflix will make the series available worldwide on January 15.") == {
        FIRST, ("release_date", "Netflix", "2027-01-15")}


def test_making_the_show_available_in_a_region():
    assert _dates("Hulu is making the show available on January 15 in the US.") == {FIRST, ("release_date", "Hulu", "2027-01-15")}


def test_it_lands_on_a_service():
    assert _dates("It lands on Netflix on January 15.") == {FIRST, ("release_date", "Netflix", "2027-01-15")}


def test_the_season_lands_on_a_service_in_a_region():
    assert _dates("The season lands on HIDIVE on January 15 in North America.") == {FIRST, ("release_date", "HIDIVE", "2027-01-15")}


def test_who_clause_then_will_stream():
    assert _dates("Crunchyroll, who acquired the streaming rights, will stream it from January 15.") == {
        FIRST, ("release_date", "Crunchyroll", "2027-01-15")}


def test_trap_a_trailer_landed():
    assert _dates("The new trailer landed on November 19 and shows the antagonist.") == {FIRST}


def test_trap_a_trailer_landed_on_a_site():
    assert _dates("A second trailer landed on YouTube on November 19.") == {FIRST}


def test_trap_no_listing_yet():
    assert _dates("Netflix has not listed the season for any date yet.") == {FIRST}
