"""A comparison with an earlier season tacked on a sentence about the sequel ("…, just as it did the first season",
"like they did in season one", "as it did during the previous season") is no statement about that season: the rest of
the sentence is read as the sequel's. A sentence about the earlier season itself still yields nothing."""
from extract_helpers import facts, news

W = "Moth and Marigold Season 2"


def _services(sentence):
    doc = news(["Moth and Marigold Season 2 gets a new trailer.", sentence], title="Moth and Marigold Season 2 news")
    return {k for f, k, _v in facts(doc, W, "Moth and Marigold") if f == "streaming"}


def test_comparison_with_an_earlier_season_keeps_the_sequels_service():
    forms = [
        "Netflix holds the global streaming rights and is expected to carry Season 2 worldwide, just as it did the first season.",
        "Netflix is expected to carry Season 2 worldwide, just as it did the first season.",
        "Netflix will stream Season 2 worldwide, just like they did in season one.",
        "Netflix will stream Season 2, as it did during the previous season.",
        "Netflix will stream Season 2, like it did with Season 1.",
        "Netflix will stream Season 2 worldwide, as it did for the first season.",
        "HIDIVE will stream Season 2, just as they did the previous season.",
        "Crunchyroll will simulcast the new season, as it did in Season 1.",
    ]
    for sentence in forms:
        got = _services(sentence)
        assert got, (sentence, got)


def test_a_sentence_about_the_earlier_season_gives_no_service():
    assert not _services("Netflix streamed the first season worldwide.")
    assert not _services("Netflix streamed the first season, just as it did the OVA.")
