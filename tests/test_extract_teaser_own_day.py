"""A teaser's own day, told in a past clause about that video ("which went up on March 14 of this year", "that debuted
at the panel on Saturday", "announced on June 12 alongside a short teaser video"): the video's date is that past day,
not a day a year later, not the article's day."""
from extract_helpers import facts, news

W = "Velvet Orchard"


def _trailers(paragraphs, published="2026-11-24"):
    doc = news(paragraphs, title="Velvet Orchard anime news", published=published)
    return {(k, v) for f, k, v in facts(doc, W) if f == "trailer"}


def _has(got, key, day):
    return any(k == key and v.split()[0] == day for k, v in got)


def test_teaser_day_in_a_past_clause():
    forms = [
        (["Velvet Orchard was first announced on June 12 alongside a short teaser video."], "teaser 1", "2026-06-12"),
        (["The Velvet Orchard anime was revealed on March 3 together with a brief teaser trailer."], "teaser 1", "2026-03-03"),
        (["Velvet Orchard gets a spring premiere. The teaser that debuted at the Anime Expo panel on Saturday was uploaded the same day."],
         "teaser 1", "2026-11-21"),
        (["Velvet Orchard is delayed. The first teaser, which went up on March 14 of this year, promised a fall run."], "teaser 1", "2026-03-14"),
        (["Velvet Orchard is coming. A 30-second teaser video, which dropped on August 2, shows the heroine."], "teaser 1", "2026-08-02"),
        (["Velvet Orchard is coming. Its first teaser trailer went online on April 1 of this year."], "teaser 1", "2026-04-01"),
        (["Velvet Orchard is coming. The second teaser, which was posted on September 9, shows the orchard."], "teaser 2", "2026-09-09"),
        (["Velvet Orchard is coming. Its teaser, which debuted on Friday, runs 40 seconds."], "teaser 1", "2026-11-20"),
    ]
    for paragraphs, key, day in forms:
        got = _trailers(paragraphs)
        assert _has(got, key, day), (paragraphs, got)


def test_a_teaser_to_come_keeps_its_future_day():
    got = _trailers(["Velvet Orchard is coming. A second teaser will be released on December 12."])
    assert not _has(got, "teaser 2", "2025-12-12"), got


def test_another_titles_teaser_is_not_dated_for_the_work():
    got = _trailers(["Velvet Orchard is coming. The teaser for Copper Lantern Diner, which went up on March 14, drew praise."])
    assert not any("03-14" in v for _, v in got), got


def test_no_teaser_yet_is_no_fact():
    got = _trailers(["Velvet Orchard was announced on June 12, but no teaser has been released yet."])
    assert not any(k.startswith("teaser") for k, _ in got), got


def test_a_day_followed_by_its_relative_year():
    from tracker.dates import PartialDate, find_dates
    pub = PartialDate.parse("2026-11-20")
    days = lambda t: [d.date.iso() for d in find_dates(t, published=pub) if d.date.day is not None]
    assert days("The teaser went up on March 14 of this year.") == ["2026-03-14"]
    assert days("The first PV was released June 2 last year.") == ["2025-06-02"]
    assert days("The finale airs March 14 next year.") == ["2027-03-14"]
    assert days("The finale airs March 14.") == ["2027-03-14"]   # (no year words: inferred as before)
