"""A video the article says was "also" put out goes with the news it follows, on the day that news gives: when the
video sentence opens its own paragraph, the news is the paragraph just before it ("The site announced on Thursday
that …" / "The site also began streaming the second PV"), not the article's own stamp. Only one paragraph back and
under the same heading; a date the video sentence gives itself wins.

Every form here is invented; none is a fixture page's wording."""
from extract_helpers import facts, fetched, news
from tracker.extract import extract
from tracker.model import Work

W = "Lanternwick Letters"
PUBLISHED = "2026-11-27"   # a Friday


def _trailers(paragraphs: list[str]) -> set[tuple[str, str]]:
    doc = news(paragraphs, title=f"{W} news", published=PUBLISHED)
    return {(k, v) for f, k, v in facts(doc, W) if f == "trailer"}


def test_site_announced_on_weekday_then_also_began_streaming():
    got = _trailers([f"The official website for the {W} anime announced on Thursday that the show will premiere in "
                     "April 2027 on TOKYO MX.", "The site also began streaming the second promotional video, which "
                     "previews the opening theme."])
    assert got == {("PV 2", "2026-11-26")}


def test_account_announced_then_it_also_released_trailer():
    got = _trailers([f"The {W} anime's official X account announced on Wednesday that the anime will premiere in "
                     "April 2027.", "It also released the second trailer, narrated by the lead."])
    assert got == {("trailer 2", "2026-11-25")}


def test_studio_confirmed_on_monday_then_also_released():
    got = _trailers([f"Studio Kiriko confirmed on Monday that the {W} anime will premiere in April 2027.",
                     "The studio also released the anime's third promotional video."])
    assert got == {("PV 3", "2026-11-23")}


def test_website_revealed_then_also_posted_first_pv():
    got = _trailers([f"The {W} anime's website revealed on Tuesday that the anime will air from April 2027.",
                     "The website also posted the first PV, which features the ending theme."])
    assert got == {("PV 1", "2026-11-24")}


def test_also_sentence_followed_by_more_in_its_paragraph():
    got = _trailers([f"The official site announced on Thursday that the {W} anime will premiere in April 2027.",
                     "The site also began streaming the second promotional video. It previews the opening."])
    assert got == {("PV 2", "2026-11-26")}


def test_own_date_of_the_video_wins():
    got = _trailers([f"The {W} anime will premiere in April 2027, the official site announced on Tuesday.",
                     "The site also unveiled the third PV on November 20."])
    assert got == {("PV 3", "2026-11-20")}


def test_trap_news_two_paragraphs_back_is_not_read():
    got = _trailers([f"The {W} anime announced on Wednesday that the anime will premiere in April 2027.",
                     "Fans gathered outside the studio.", "The site also began streaming the second promotional video."])
    assert ("PV 2", "2026-11-25") not in got


def test_trap_news_under_another_heading_is_not_read():
    doc = (f"<html><head><title>{W}</title><meta property='article:published_time' content='{PUBLISHED}T09:00:00+00:00'>"
           f"</head><body><article><h1>{W} news</h1><p>The official site announced on Thursday that the {W} anime will "
           "premiere in April 2027.</p><h2>Videos</h2><p>The site also began streaming the second promotional video.</p>"
           "</article></body></html>")
    got = {(f.key, f.value) for f in extract(fetched(doc), Work(W, ())).facts if f.field == "trailer"}
    assert ("PV 2", "2026-11-26") not in got
