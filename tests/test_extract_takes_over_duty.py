"""A person who "takes over" a duty ("takes over the score from Y", "will take over the music", "is taking over the art
direction") holds that credit now; the predecessor after "from", a past "took over" of an earlier season, and a negated
take-over give none."""
from extract_helpers import facts, news

W = "Velvet Orchard"


def _staff(sentence):
    doc = news(["The Velvet Orchard anime gets a new trailer.", sentence], title="Velvet Orchard anime news")
    return {(k, v) for f, k, v in facts(doc, W) if f == "staff"}


def test_takes_over_a_duty():
    forms = [
        ("The music is new: Arisu Yamabuki takes over the score from Gen Tatsumura.", ("music", "Arisu Yamabuki")),
        ("Arisu Yamabuki will take over the music.", ("music", "Arisu Yamabuki")),
        ("Arisu Yamabuki takes over music duties this season.", ("music", "Arisu Yamabuki")),
        ("Arisu Yamabuki takes over the soundtrack for the new season.", ("music", "Arisu Yamabuki")),
        ("Arisu Yamabuki will now take over the scripts.", ("screenplay", "Arisu Yamabuki")),
        ("Arisu Yamabuki is taking over the art direction.", ("art director", "Arisu Yamabuki")),
        ("Arisu Yamabuki has taken over the series' character designs.", ("character design", "Arisu Yamabuki")),
        ("For the sequel, Arisu Yamabuki takes over the anime's sound direction.", ("sound director", "Arisu Yamabuki")),
    ]
    for sentence, credit in forms:
        got = _staff(sentence)
        assert credit in got, (sentence, got)


def test_the_predecessor_is_no_credit():
    got = _staff("Arisu Yamabuki takes over the score from Gen Tatsumura, who composed the first season's soundtrack.")
    assert ("music", "Arisu Yamabuki") in got and not any(v == "Gen Tatsumura" for _, v in got), got


def test_a_past_or_negated_take_over_is_no_credit():
    assert not _staff("Arisu Yamabuki took over the score for the first season.")
    assert not _staff("Arisu Yamabuki will not take over the score.")
