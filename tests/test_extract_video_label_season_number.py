"""A video's label that names a season, a part or an episode ("Season 1 main PV", "Season 1 PV 2", "Episode 1
preview PV", "first season PV") holds that number for it, not the trailer's: a sentence about "PV 1" of this season
never takes that link (`_LABEL_SEASON_MENTION`); a label numbering the PV itself ("Season 2 PV 1") still does."""
from extract_helpers import facts, news

TITLE = "Glass Harbor Season 2"


def page(label: str, vid: str = "Aa1Bb2Cc3Dd") -> str:
    link = (f'<a href="https://www.youtube.com/watch?v={vid}"><img src="/th.jpg" alt="{label}"></a> '
            '<a href="https://www.youtube.com/watch?v=Zz9Yy8Xx7Ww"><img src="/th2.jpg" alt="Season 2 teaser"></a>')
    return news(["Glass Harbor Season 2 released its PV 1 on September 12, 2026, with a first key visual.",
                 "Glass Harbor Season 2 premieres in January 2027.", link], title="Glass Harbor Season 2: PV 1 released")


def pv1(label: str) -> str:
    return {k: v for f, k, v in facts(page(label), TITLE) if f == "trailer"}.get("PV 1", "")


def test_season_1_main_pv_is_no_pv_1():
    assert "Aa1Bb2Cc3Dd" not in pv1("Season 1 main PV (2025)")


def test_season_1_pv_2_is_no_pv_1():
    assert "Aa1Bb2Cc3Dd" not in pv1("Season 1 PV 2")


def test_the_first_seasons_main_pv_is_no_pv_1():
    assert "Aa1Bb2Cc3Dd" not in pv1("The first season's main PV")


def test_episode_1_preview_pv_is_no_pv_1():
    assert "Aa1Bb2Cc3Dd" not in pv1("Episode 1 preview PV")


def test_first_season_pv_is_no_pv_1():
    assert "Aa1Bb2Cc3Dd" not in pv1("First season PV")


def test_keep_season_2_pv_1_is_pv_1():
    assert "Aa1Bb2Cc3Dd" in pv1("Season 2 PV 1")


def test_keep_pv_hash_1_is_pv_1():
    assert "Aa1Bb2Cc3Dd" in pv1("Glass Harbor Season 2 PV #1")
