"""Recall on credits: cast and staff in prose under press-release sub-headings, dubs, roundups of several works."""
from __future__ import annotations

from test_extract_prose import _facts, _page


def test_creative_team_heading_is_a_section_of_the_work_not_another_title():
    body = ("<p>Pinecrest Films today announced the anime film Lantern Reef, opening in 2027.</p>"
            "<h3>Creative team</h3>"
            "<p>The screenplay is written by Hiroka Tamase, and Shun Oribe serves as character designer.</p>"
            "<h3>Photos &amp; Multimedia</h3><p>The Lantern Reef key visual.</p>")
    got = _facts(_page(body), "Lantern Reef")
    assert ("staff", "screenplay", "Hiroka Tamase") in got
    assert ("staff", "character design", "Shun Oribe") in got


def test_an_english_language_version_keys_its_cast_as_the_dub():
    body = ("<p>The anime film Lantern Reef opens in 2027.</p>"
            "<p>Mio Kasuga stars as Nell. For the English-language version, Dana Whitcombe voices Nell.</p>")
    got = _facts(_page(body), "Lantern Reef")
    assert ("cast", "Nell", "Mio Kasuga") in got
    assert ("cast", "Nell [English]", "Dana Whitcombe") in got
    assert ("cast", "Nell", "Dana Whitcombe") not in got
