"""A director named by a phrase that ends "… to direct" / "… to helm": "steps up to direct the sequel", "is set to
direct the anime", "was tapped to helm it", "signs on to direct", "takes the helm to direct" — the same predicate as
"returns to direct" (prose._PRED's director entry). Another part's direction (the dub, the opening), an earlier
season, a plan that did not hold and a negation give none.

Every form here is invented; none is a fixture page's wording."""
from extract_helpers import facts, news

W = "Saltwind Couriers"
STORY = ("Couriers who carry letters across a salt desert on wind-powered sledges discover that one of their parcels "
         "is a sleeping girl, and the guild that sent it wants her back.")


def _directors(sentence: str) -> set[str]:
    doc = news([STORY, f"{W} premieres in April 2027.", sentence], title=f"{W} news")
    return {v for f, k, v in facts(doc, W) if f == "staff" and k == "director"}


def test_steps_up_after_a_who_aside():
    assert "Yuna Amaki" in _directors("Yuna Amaki, who storyboarded several episodes of the first season, steps up to "
                                      "direct the sequel, replacing Goro Hanabusa.")


def test_steps_up_plain():
    assert "Yuna Amaki" in _directors("Yuna Amaki steps up to direct the new season.")


def test_is_set_to_direct():
    assert "Yuna Amaki" in _directors("Yuna Amaki is set to direct the anime at Studio Kumo.")


def test_was_tapped_to_helm():
    assert "Yuna Amaki" in _directors("Yuna Amaki was tapped to helm the adaptation.")


def test_signed_on_to_direct():
    assert "Yuna Amaki" in _directors("Yuna Amaki signed on to direct the series last spring.")


def test_takes_the_helm_to_direct():
    assert "Yuna Amaki" in _directors("Yuna Amaki takes the helm to direct the second cour.")


def test_is_confirmed_to_direct():
    assert "Yuna Amaki" in _directors("Yuna Amaki is confirmed to direct, with Studio Kumo animating.")


def test_trap_dub_direction():
    assert not _directors("Yuna Amaki is set to direct the English dub.")


def test_trap_opening_sequence():
    assert not _directors("Yuna Amaki is set to direct the opening sequence.")


def test_trap_earlier_season():
    assert not _directors("Yuna Amaki was tapped to direct the first season before leaving the project.")


def test_trap_negated():
    assert not _directors("Yuna Amaki is not set to direct the sequel.")
