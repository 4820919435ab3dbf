"""An encyclopedia's release label over a list of dated lines ("Vintage:", "Aired:"), each line's bracket telling what
happened that day: the home broadcast with its slot and station ("Friday late night 25:20 JST, TV Asahi's NUMAnimation
block"), a station alone, a service with a region ("streaming on Netflix worldwide"). The station (with its block) is
a broadcaster and a slot past midnight gives the next day; a later station's or service's day is keyed by it. Forms
in invented words; traps (a screening, a disc) give no release."""
from extract_helpers import facts

T = "Ember Postal Route"


def entry(*lines: str) -> str:
    tabs = "".join(f'<div class="tab">{x}</div>' for x in lines)
    return ("<!doctype html><html><head><title>Ember Postal Route (TV) - Anime Index Encyclopedia</title></head><body><main>"
            "<h1>Ember Postal Route (TV)</h1>"
            '<div class="info"><strong>Number of episodes:</strong> 12</div>'
            f'<div class="info"><strong>Vintage:</strong>{tabs}</div>'
            '<div class="info"><strong>Opening Theme:</strong><div class="tab">"Cinder Mail" by Nova Arc</div></div>'
            "</main></body></html>")


def got(doc: str) -> set[tuple[str, str, str]]:
    return {f for f in facts(doc, T) if f[0] in ("release_date", "broadcaster", "streaming", "premiere_event")}


def test_late_night_slot_and_a_stations_block():
    g = got(entry("2027-01-08 (Friday late night 25:20 JST, TV Asahi's NUMAnimation block)"))
    assert ("release_date", "", "2027-01-09") in g
    assert any(f[0] == "broadcaster" and f[2] == "TV Asahi (NUMAnimation)" for f in g)


def test_station_then_weekly_slot():
    g = got(entry("2027-01-10 (TOKYO MX, Sundays 24:00)"))
    assert ("release_date", "", "2027-01-11") in g
    assert any(f[0] == "broadcaster" and f[2] == "TOKYO MX" for f in g)


def test_two_stations_with_an_evening_slot():
    g = got(entry("2027-04-03 (Saturdays 17:30 JST, MBS/TBS)"))
    assert ("release_date", "", "2027-04-03") in g
    assert {"MBS", "TBS"} <= {f[2] for f in g if f[0] == "broadcaster"}


def test_a_later_station_line_is_keyed_by_it():
    g = got(entry("2027-01-08 (Friday 23:00 JST, Fuji TV)", "2027-01-12 (BS Fuji)"))
    assert ("release_date", "", "2027-01-08") in g and ("release_date", "BS Fuji", "2027-01-12") in g


def test_a_service_with_its_region_after_it():
    g = got(entry("2027-01-08 (Friday 23:00 JST, Fuji TV)", "2027-01-15 (streaming on Netflix worldwide)"))
    assert ("release_date", "Netflix", "2027-01-15") in g
    assert any(f[0] == "streaming" and f[2].startswith("Netflix") for f in g)


def test_a_service_line_after_the_stations_line_and_a_screening_line():
    g = got(entry("2026-10-31 (preview screening of episode 1, Harbor Anime Days 2026)",
                  "2027-01-08 (Friday late night 25:20 JST, TV Asahi's NUMAnimation block)",
                  "2027-01-15 (streaming on Netflix worldwide)"))
    assert ("release_date", "", "2027-01-09") in g and ("release_date", "Netflix", "2027-01-15") in g
    assert not any(f[0] == "release_date" and f[2] == "2026-10-31" for f in g)


def test_a_simulcast_outside_a_region():
    g = got(entry("2027-01-08 (Friday 23:00 JST, Fuji TV)", "2027-01-08 (simulcast on Crunchyroll outside Asia)"))
    assert any(f[0] == "streaming" and f[2].startswith("Crunchyroll") for f in g)
    assert ("release_date", "", "2027-01-08") in g


# ---- traps
def test_a_disc_release_line_gives_no_release_and_no_station():
    g = got(entry("2027-01-08 (Friday 23:00 JST, Fuji TV)", "2027-03-24 (Blu-ray volume 1)"))
    assert not any(f[2] == "2027-03-24" for f in g)


def test_a_note_naming_no_known_station_is_no_broadcaster():
    g = got(entry("2027-01-08 (Friday late night 25:20 JST, the Midnight Lantern block)"))
    assert not any(f[0] == "broadcaster" for f in g)
