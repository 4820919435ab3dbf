"""The work's source book said to be "by" its author with a bare copula ("The original manga is by X", "Its source
novels are by X"): the original creator, as "… is written by X" already was; another title's or a spin-off's book is not."""
from extract_helpers import facts, news

W = "Velvet Orchard"


def _creators(sentence):
    doc = news(["The Velvet Orchard anime gets a new trailer.", sentence], title="Velvet Orchard anime news")
    return {v for f, k, v in facts(doc, W) if f == "staff" and k == "original creator"}


def test_source_is_by_its_author():
    forms = [
        "The original manga is by Kanae Shiomi, whose series is still running in Monthly Comic Lumen.",
        "Its source novels are by Kanae Shiomi.",
        "The light novel series was by Kanae Shiomi before the reboot.",
        "The manga is by Kanae Shiomi.",
        "The web novel is by Kanae Shiomi, who also supervises the scripts.",
        "Velvet Orchard's manga is by Kanae Shiomi.",
        "The novel is by Kanae Shiomi.",
        "The manga series is by Kanae Shiomi and runs weekly.",
    ]
    for sentence in forms:
        assert "Kanae Shiomi" in _creators(sentence), sentence


def test_another_titles_or_a_spin_offs_book_is_not_the_source():
    assert not _creators("Copper Diner's manga is by Kanae Shiomi too.")
    assert not _creators("The spin-off manga is by Kanae Shiomi.")
