"""An earlier season as the object of a past credit verb ("Studio P animated the first season under director X, but …")
or as a clause's frame: the credits inside that clause are that season's, never the sequel's (`earlier_object_spans`)."""
from extract_helpers import facts, news

TITLE = "Glass Harbor Season 2"
HEAD = "Glass Harbor Season 2 announced"
TAIL = "Glass Harbor Season 2 premieres in April 2027."


def staff(sentence: str) -> set[tuple[str, str, str]]:
    return {f for f in facts(news([sentence, TAIL], title=HEAD), TITLE) if f[0] in ("staff", "studio")}


def test_under_director_after_the_first_season_is_that_seasons():
    got = staff("Pinwheel Studio animated the first season under director Reiko Tanabe, but Glass Harbor Season 2 "
                "is directed by Goro Ishida.")
    assert ("staff", "director", "Goro Ishida") in got
    assert not any("Tanabe" in f[2] for f in got)


def test_produced_the_previous_season_with_x_directing():
    got = staff("Pinwheel Studio produced the previous season with Reiko Tanabe directing, while the sequel is "
                "directed by Goro Ishida.")
    assert ("staff", "director", "Goro Ishida") in got
    assert not any("Tanabe" in f[2] for f in got)


def test_season_one_in_digits_with_director_at_the_helm():
    got = staff("Studio Lumen animated season 1 with director Reiko Tanabe at the helm, whereas the new season is "
                "directed by Goro Ishida.")
    assert ("staff", "director", "Goro Ishida") in got
    assert not any("Tanabe" in f[2] for f in got)


def test_made_the_original_series_under_chief_director_then_a_semicolon():
    got = staff("Studio Lumen made the original series under chief director Reiko Tanabe; Goro Ishida directs the "
                "new season at Studio Kite.")
    assert ("staff", "director", "Goro Ishida") in got
    assert not any("Tanabe" in f[2] for f in got)


def test_a_participle_credit_set_off_after_the_earlier_season():
    got = staff("Orbit Pictures animated the first season, directed by Reiko Tanabe, but Goro Ishida directs "
                "Season 2 at Studio Kite.")
    assert ("staff", "director", "Goro Ishida") in got
    assert not any("Tanabe" in f[2] for f in got)


def test_handled_the_previous_season():
    got = staff("Studio Lumen handled the previous season with Reiko Tanabe directing, while Goro Ishida helms "
                "the sequel.")
    assert ("staff", "director", "Goro Ishida") in got
    assert not any("Tanabe" in f[2] for f in got)


def test_keep_the_subject_of_a_relative_clause_who_directed_season_one():
    got = staff("Reiko Tanabe, who directed the first season, will direct Season 2 as well.")
    assert ("staff", "director", "Reiko Tanabe") in got


def test_keep_a_relative_clause_ends_at_its_comma():
    got = staff("Daichi Kuroe, who directed Season 1, moves up to chief director, and Reiko Tanabe takes over as "
                "director.")
    assert ("staff", "director", "Reiko Tanabe") in got


def test_keep_a_studio_that_returns_after_animating_the_first_season():
    got = staff("Studio Lumen animated the first season and returns for Season 2 under director Reiko Tanabe.")
    assert ("staff", "director", "Reiko Tanabe") in got


def test_keep_a_frame_of_likeness_is_no_earlier_credit():
    got = staff("Like the first season, Glass Harbor Season 2 is directed by Reiko Tanabe.")
    assert ("staff", "director", "Reiko Tanabe") in got


def test_keep_who_also_directed_the_first_season():
    got = staff("Glass Harbor Season 2 is directed by Reiko Tanabe, who also directed the first season.")
    assert ("staff", "director", "Reiko Tanabe") in got
