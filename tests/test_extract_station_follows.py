"""A station opening its sentence as the subject of "will follow" / "picks it up", right after the sentence that
tells the work's airing on a station, carries on that airing: it is one of the work's broadcasters. An earlier
season's airing, another title's, or a negated follow gives none."""
from extract_helpers import facts, news

W = "Velvet Orchard"


def _stations(paragraphs):
    return {k for f, k, _v in facts(news(paragraphs, title="Velvet Orchard anime news"), W) if f == "broadcaster"}


def test_station_follows_the_works_airing():
    forms = [
        (["Velvet Orchard will premiere on April 8 at 24:30 on TOKYO MX. BS11 will follow the same week."], "bs11"),
        (["The Velvet Orchard anime has been delayed.",
          "The anime will now debut on April 8 on TOKYO MX, which is effectively 12:30 a.m. on April 9. BS11 will follow in the same week."], "bs11"),
        (["Velvet Orchard debuts January 9 on AT-X. Sun TV follows a few days later."], "suntv"),
        (["Velvet Orchard airs from July 3 on MBS. Later, BS-TBS picks it up."], "bstbs"),
        (["Velvet Orchard will air on Fuji TV starting October 2. BS Fuji will then follow."], "bsfuji"),
        (["The series premieres in April on TV Tokyo, Velvet Orchard's staff said. AT-X is set to follow."], "atx"),
        (["Velvet Orchard will be broadcast on TOKYO MX from January. Meanwhile, BS11 will pick up the series a week later."], "bs11"),
        (["Velvet Orchard premieres on TBS on April 4. KBS Kyoto will also follow."], "kbskyoto"),
    ]
    for paragraphs, key in forms:
        got = _stations(paragraphs)
        assert key in got, (paragraphs, got)


def test_following_an_earlier_seasons_airing_is_no_station():
    got = _stations(["Velvet Orchard Season 2 is coming in 2027.",
                     "The first season aired on TOKYO MX in 2024. BS11 will follow with a rerun."])
    assert "bs11" not in got, got


def test_a_negated_follow_is_no_station():
    got = _stations(["Velvet Orchard will premiere on April 8 on TOKYO MX. BS11 will not follow this time."])
    assert "bs11" not in got, got


def test_following_another_titles_airing_is_no_station():
    got = _stations(["Velvet Orchard has a new visual.", "Copper Lantern Diner premieres April 3 on TOKYO MX. BS11 will follow."])
    assert "bs11" not in got, got


def test_a_station_followed_in_the_past_is_no_station():
    got = _stations(["Velvet Orchard Season 2 was announced.", "Season 1 aired on TOKYO MX last year. BS11 followed a week later."])
    assert "bs11" not in got, got
