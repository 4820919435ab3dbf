"""Sequel news and official pages: a dropped premiere plan, a service's country arm starting later, and more."""
from __future__ import annotations

from extract_helpers import facts, news


def test_no_longer_premiere_is_the_dropped_plan_and_the_new_day_is_taken():
    doc = news(["The studio said that Lumen Ferry season 2 will no longer premiere in January 2027.",
                "The season will premiere on TOKYO MX on April 9 at 25:30."], title="Lumen Ferry season 2 delayed")
    got = facts(doc, "Lumen Ferry")
    dates = {v for f, k, v in got if f == "release_date"}
    assert dates == {"2027-04-10"}


def test_service_country_arm_getting_it_later_is_streaming_with_its_own_start_day():
    doc = news(["Lumen Ferry will premiere on TOKYO MX on April 9, 2027.",
                "Crunchyroll will stream Lumen Ferry worldwide outside of Asia as it airs, "
                "while Netflix Japan gets it one week later, starting April 16."])
    got = facts(doc, "Lumen Ferry")
    assert ("streaming", "netflix", "Netflix (Japan)") in got
    assert ("release_date", "Netflix", "2027-04-16") in got
    assert ("release_date", "", "2027-04-09") in got
