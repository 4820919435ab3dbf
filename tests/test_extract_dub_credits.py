"""A dub's own credits in prose (the dub predicate and the language before a gerund duty's script): "X is directing
the English dub", "with Y writing the English script" are the dub's director and script, never the original's
director or screenplay. The forms are invented, not fixture pages'."""
from __future__ import annotations

import pytest

from extract_helpers import facts, news

W = "Brasswing Couriers"


def _staff(*paras: str) -> set[tuple[str, str]]:
    return {(k, v) for f, k, v in facts(news(list(paras), title=f"{W} English dub cast"), W) if f == "staff"}


@pytest.mark.parametrize("sentence, role, who", [
    ("Lacey Marwood is directing the English dub of Brasswing Couriers, with Owen Pratchard writing the English script.",
     "english dub director", "Lacey Marwood"),
    ("Lacey Marwood is directing the English dub of Brasswing Couriers, with Owen Pratchard writing the English script.",
     "english script", "Owen Pratchard"),
    ("For Brasswing Couriers, Dana Whitcombe directs the Spanish dub.", "spanish dub director", "Dana Whitcombe"),
    ("Dana Whitcombe will direct the English dub of Brasswing Couriers for Crunchyroll.", "english dub director", "Dana Whitcombe"),
    ("Brasswing Couriers arrives in March with Marcus Oyelaran adapting the English script.", "english script", "Marcus Oyelaran"),
    ("Brasswing Couriers' dub is cast, with Celeste Yoon handling the French dub script.", "french script", "Celeste Yoon"),
    ("Brasswing Couriers' dub studio confirmed that Trevor Aldine is also directing the German dub.", "german dub director", "Trevor Aldine"),
])
def test_dub_credit(sentence, role, who):
    got = _staff(sentence)
    assert (role, who) in got, got


@pytest.mark.parametrize("sentence, who", [
    ("Lacey Marwood is directing the English dub of Brasswing Couriers.", "Lacey Marwood"),
    ("Dana Whitcombe directs the Spanish dub of Brasswing Couriers.", "Dana Whitcombe"),
    ("Brasswing Couriers ships in March, with Marcus Oyelaran writing the English script.", "Marcus Oyelaran"),
])
def test_dub_credit_is_not_the_originals(sentence, who):
    got = _staff(sentence)
    assert ("director", who) not in got and ("screenplay", who) not in got, got


def test_series_director_still_read():
    got = _staff("Reina Okuzawa is directing Brasswing Couriers at Studio Pinefall.")
    assert ("director", "Reina Okuzawa") in got, got
