"""An unnumbered teaser the article says was put online, after a relative clause about where it first played ("The
teaser that premiered at the panel was posted online the next day, November 19"): teaser 1, on the day the sentence
gives. A teaser still to come, or an earlier season's, gives no date.

Every form here is invented; none is a fixture page's wording."""
from extract_helpers import facts, news

W = "Brasswind Lamplighters Season 2"


def _teasers(sentence: str) -> set[tuple[str, str]]:
    doc = news([f"{W} will premiere in July 2027.", sentence], title=f"{W} news", published="2026-11-20")
    return {(k, v) for f, k, v in facts(doc, W, "Brasswind Lamplighters") if f == "trailer"}


def test_premiered_at_then_posted_online_next_day():
    assert _teasers("The teaser that premiered at Harbor Con was posted online the next day, November 19.") == \
        {("teaser 1", "2026-11-19")}


def test_which_was_shown_at_then_went_up():
    assert _teasers("The teaser which was shown at Lantern Expo went up on November 18.") == {("teaser 1", "2026-11-18")}


def test_debuted_during_then_uploaded_on_youtube():
    assert _teasers("The teaser that debuted during the stage event was uploaded on YouTube on November 17.") == \
        {("teaser 1", "2026-11-17")}


def test_has_been_released_online():
    assert _teasers("The teaser has been released online as of November 16.") == {("teaser 1", "2026-11-16")}


def test_trap_teaser_still_to_come():
    assert _teasers("The teaser will be posted online on November 30.") == set()


def test_trap_earlier_seasons_teaser():
    assert _teasers("The first season's teaser was posted online on March 3, 2024.") == set()
