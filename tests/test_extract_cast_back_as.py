"""A returning voice said as "back": "X is back as Y", "X comes back as Y", "X will be back as her old friend Y",
"X is back to voice Y" — the same cast verb family as "returns as" (prose._CAST_VERB), with the description
between verb and character read as before. A staff member "back as director" or an actor "back as a guest" is no
cast fact.

Every form here is invented; none is a fixture page's wording."""
from extract_helpers import facts, news

W = "Saltwind Couriers"
STORY = ("Couriers who carry letters across a salt desert on wind-powered sledges discover that one of their parcels "
         "is a sleeping girl, and the guild that sent it wants her back.")


def _cast(sentence: str) -> set[tuple[str, str]]:
    doc = news([STORY, f"{W} premieres in April 2027.", sentence], title=f"{W} news")
    return {(k, v) for f, k, v in facts(doc, W) if f == "cast"}


def test_is_back_as():
    assert ("Corvin", "Takuma Ishida") in _cast("Takuma Ishida is back as Corvin.")


def test_is_back_as_with_kin_description():
    assert ("Corvin", "Takuma Ishida") in _cast("Takuma Ishida is back as her stubborn childhood friend Corvin.")


def test_second_clause_after_returns_as():
    got = _cast("Rei Kurono returns as Ilka, and Takuma Ishida is back as her stubborn childhood friend Corvin.")
    assert {("Ilka", "Rei Kurono"), ("Corvin", "Takuma Ishida")} <= got


def test_comes_back_as():
    assert ("Corvin", "Takuma Ishida") in _cast("Takuma Ishida comes back as the grumpy sledge mechanic Corvin.")


def test_will_be_back_as():
    assert ("Corvin", "Takuma Ishida") in _cast("Takuma Ishida will be back as Corvin for the second season.")


def test_is_also_back_as():
    assert ("Corvin", "Takuma Ishida") in _cast("Takuma Ishida is also back as Corvin.")


def test_is_back_to_voice():
    assert ("Corvin", "Takuma Ishida") in _cast("Takuma Ishida is back to voice Corvin.")


def test_is_coming_back_as():
    assert ("Corvin", "Takuma Ishida") in _cast("Takuma Ishida is coming back as Corvin, the guild's courier.")


def test_trap_staff_back_as_director():
    assert not _cast("Emi Kuroba is back as director.")


def test_trap_back_as_a_guest():
    assert not _cast("Takuma Ishida is back as a guest on the official radio show.")


def test_trap_not_back():
    assert not _cast("Takuma Ishida is not back as Corvin this season.")
