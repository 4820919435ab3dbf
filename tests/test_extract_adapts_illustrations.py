"""A character designer named by what they adapt for the anime: not only "adapts the character designs for
animation" but the source's illustrations or art ("adapts the original illustrations by X for animation",
"adapts X's illustrations for the anime", "is adapting the original artwork for the screen"): the same
character-design predicate of prose._PRED, its pre-check words widened with it. A novel adapted for the screen
(the script's work) or illustrations adapted for a stage play give no character design.

Every form here is invented; none is a fixture page's wording."""
from extract_helpers import facts, news

W = "Saltwind Couriers"
STORY = ("Couriers who carry letters across a salt desert on wind-powered sledges discover that one of their parcels "
         "is a sleeping girl, and the guild that sent it wants her back.")


def _designers(sentence: str) -> set[str]:
    doc = news([STORY, f"{W} premieres in April 2027.", sentence], title=f"{W} news")
    return {v for f, k, v in facts(doc, W) if f == "staff" and k == "character design"}


def test_illustrations_by_for_animation_as_designer():
    assert "Rina Ikeda" in _designers("Rina Ikeda adapts the original illustrations by Chika Moto for animation as "
                                      "character designer.")


def test_after_a_while_clause():
    assert "Rina Ikeda" in _designers("Mei Tachi is in charge of the series composition, while Rina Ikeda adapts the "
                                      "original illustrations by Chika Moto for animation.")


def test_possessive_illustrations():
    assert "Rina Ikeda" in _designers("Rina Ikeda adapts Chika Moto's illustrations for the anime.")


def test_original_artwork_for_the_screen():
    assert "Rina Ikeda" in _designers("Rina Ikeda is adapting the original artwork for the screen.")


def test_character_art_by_for_tv():
    assert "Rina Ikeda" in _designers("Rina Ikeda will adapt the character art by Chika Moto for TV.")


def test_cover_illustrations():
    assert "Rina Ikeda" in _designers("Rina Ikeda adapts the novel's cover illustrations for animation.")


def test_trap_novel_for_the_screen():
    assert not _designers("Mei Tachi adapts the original novel for the screen.")


def test_trap_stage_play():
    assert not _designers("Rina Ikeda adapts the illustrations by Chika Moto for the stage play.")


def test_trap_illustrator_not_credited():
    assert "Chika Moto" not in _designers("Rina Ikeda adapts the original illustrations by Chika Moto for animation.")
