"""The artist named before a theme as its subject, with the work's possessive between ("Minnow Hour performs Brasswing
Couriers' opening theme, "Signal Fire""): _ARTIST_BEFORE takes a title's possessive, the work's only. Invented forms."""
from __future__ import annotations

import pytest

from extract_helpers import facts, news

W = "Brasswing Couriers"


def _songs(sentence: str) -> set[tuple[str, str]]:
    return {(k, v) for f, k, v in facts(news([sentence], title=f"{W} theme songs"), W) if f == "theme_song"}


@pytest.mark.parametrize("sentence, key, value", [
    ('Minnow Hour performs Brasswing Couriers\' opening theme, "Signal Fire."', "opening 1", "Signal Fire — Minnow Hour"),
    ('Sorane will sing Brasswing Couriers’s ending theme, "Low Tide."', "ending 1", "Low Tide — Sorane"),
    ('Minnow Hour returns to perform Brasswing Couriers\' opening, "Signal Fire."', "opening 1", "Signal Fire — Minnow Hour"),
    ('Rock band Minnow Hour is handling Brasswing Couriers\' opening theme, titled "Signal Fire."', "opening 1", "Signal Fire — Minnow Hour"),
])
def test_artist_before_the_works_theme(sentence, key, value):
    got = _songs(sentence)
    assert (key, value) in got, got


def test_artist_of_another_titles_theme():
    got = _songs('Minnow Hour, who performs Mirror Lake Detectives\' opening theme, "Glass Tide," also wrote music for Brasswing Couriers.')
    assert not any("Minnow Hour" in v for _, v in got), got
