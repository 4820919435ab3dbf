"""An earlier season as a sentence's subject with its credits set off as an aside ("The first season, animated by P and
directed by X, aired …"): those credits are that season's, never the sequel's; the sequel's own aside keeps its credits."""
from extract_helpers import facts, news

TITLE = "Velvet Orrery Season 2"


def _staff(doc):
    return {(f, v) for f, _k, v in facts(doc, TITLE, "Velvet Orrery") if f in ("staff", "studio")}


def _page(sentence):
    return news(["Velvet Orrery Season 2 was announced on Sunday for a July 2027 premiere.", sentence],
                title="Velvet Orrery Season 2 announced")


EARLIER_FORMS = [
    ("The first season, animated by Brindle Hollow Studio and directed by Okabe Renshiro, aired from January to March 2025.",
     ["Brindle Hollow Studio", "Okabe Renshiro"]),
    ("Season 1 (directed by Okabe Renshiro) premiered in spring 2025 on TBS.", ["Okabe Renshiro"]),
    ("The original series, produced at Brindle Hollow Studio, ran for 24 episodes.", ["Brindle Hollow Studio"]),
    ("The previous season, helmed by Okabe Renshiro, concluded in March with 12 episodes.", ["Okabe Renshiro"]),
    ("Season one, animated by Brindle Hollow Studio, directed by Okabe Renshiro, streamed on Crunchyroll last year.",
     ["Brindle Hollow Studio", "Okabe Renshiro"]),
    ("The 1st season, scored by Mizushima Kaede, debuted in 2024.", ["Mizushima Kaede"]),
    ("The first season (animated by Brindle Hollow Studio) was a surprise hit.", ["Brindle Hollow Studio"]),
    ("S1, written by Tachibana Yoru, aired in 2025 to strong reviews.", ["Tachibana Yoru"]),
]


def test_an_earlier_seasons_aside_credits_stay_that_seasons():
    for sentence, names in EARLIER_FORMS:
        got = {v for _f, v in _staff(_page(sentence))}
        for n in names:
            assert n not in got, (sentence, got)


def test_the_works_own_season_aside_keeps_its_director():
    got = _staff(_page("Season 2, directed by Okabe Renshiro, premieres in July 2027 on TBS."))
    assert ("staff", "Okabe Renshiro") in got


def test_the_director_who_directed_the_first_season_returns():
    got = _staff(_page("Okabe Renshiro, who directed the first season, returns as director for the sequel."))
    assert ("staff", "Okabe Renshiro") in got


def test_a_sequel_credit_after_the_earlier_clause_is_kept():
    got = _staff(_page("The first season, animated by Brindle Hollow Studio, aired in 2025, while the sequel is "
                       "directed by Okabe Renshiro."))
    assert ("staff", "Okabe Renshiro") in got
    assert ("studio", "Brindle Hollow Studio") not in got
