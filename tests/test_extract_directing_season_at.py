""""X is directing the second season at Studio Y": the studio where the work's director makes it, whatever noun names
the work (anime, season, sequel, cour, with its ordinal); an earlier season's or another title's studio is not."""
from extract_helpers import facts, news

W = "The Ninefold Lantern Season 2"


def _studios(sentence):
    doc = news(["The Ninefold Lantern Season 2 gets a new trailer.", sentence], title="The Ninefold Lantern Season 2 news")
    return {k for f, k, _v in facts(doc, W, "The Ninefold Lantern") if f == "studio"}


def test_directing_the_season_at_a_studio():
    forms = [
        ("Saya Minakuchi is directing the second season at Kitebird Studio, which also animated the first.", "kitebirdstudio"),
        ("Saya Minakuchi is directing the season at Kitebird Studio.", "kitebirdstudio"),
        ("Saya Minakuchi is helming the new sequel at Studio Kitebird.", "kitebird"),
        ("Saya Minakuchi will direct the second cour at Kitebird Studio.", "kitebirdstudio"),
        ("Saya Minakuchi is directing the 2nd season for Kitebird Studio.", "kitebirdstudio"),
        ("Saya Minakuchi is directing the anime at Kitebird Studio.", "kitebirdstudio"),
        ("Newcomer Saya Minakuchi directs the sequel at Lark Animation.", "larkanimation"),
        ("Saya Minakuchi is helming the next season at Kitebird Studio.", "kitebirdstudio"),
    ]
    for sentence, key in forms:
        got = _studios(sentence)
        assert key in got, (sentence, got)


def test_an_earlier_seasons_or_another_titles_studio_is_not_the_works():
    assert not _studios("Saya Minakuchi directed the first season at Lark Animation.")
    assert not _studios("Saya Minakuchi is directing the third season of Other Show at Lark Animation.")
