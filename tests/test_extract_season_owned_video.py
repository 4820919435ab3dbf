"""A numbered video owned by an earlier season ("Season 1's second PV", "PV 2 of the first season") is that season's,
not the sequel's: its key, date and link stay off the work; the sequel's own videos are kept."""
from extract_helpers import facts, news

W = "Glimmerfen Saga Season 2"
URL_OLD = "https://www.youtube.com/watch?v=OldOldOld01"
URL_NEW = "https://www.youtube.com/watch?v=NewNewNew02"


def _trailers(paragraphs, title=W):
    return {(k, v) for f, k, v in facts(news(paragraphs, title=title), title, "Glimmerfen Saga") if f == "trailer"}


def test_earlier_seasons_possessive_video_is_not_the_sequels():
    forms = [
        f"Glimmerfen Saga Season 2 premieres in April. Fans can rewatch Season 1's second PV from 2024 (<a href=\"{URL_OLD}\">here</a>).",
        f"Glimmerfen Saga Season 2 premieres in April. The first season's second trailer, released in May 2024 (<a href=\"{URL_OLD}\">link</a>), sums it up.",
        f"Glimmerfen Saga Season 2 premieres in April. Season One's official third PV, posted in 2024, is still worth a look: <a href=\"{URL_OLD}\">watch</a>.",
        f"Glimmerfen Saga Season 2 premieres in April. Last season's PV 2 from March 2024 (<a href=\"{URL_OLD}\">video</a>) recaps the story.",
        f"Glimmerfen Saga Season 2 premieres in April. Fans can revisit S1's second teaser, released in March 2024, on the channel.",
        f"Glimmerfen Saga Season 2 premieres in April. The second PV from season one, released in 2024, is <a href=\"{URL_OLD}\">here</a>.",
        f"Glimmerfen Saga Season 2 premieres in April. Trailer 3 of the previous season dropped in 2024 (<a href=\"{URL_OLD}\">watch</a>).",
        f"Glimmerfen Saga Season 2 premieres in April. For a refresher, the original series' second PV was posted in 2024: <a href=\"{URL_OLD}\">watch</a>.",
    ]
    for p in forms:
        got = _trailers([p])
        assert not any("OldOldOld01" in v or "2024" in v for _, v in got), (p, got)


def test_the_sequels_own_numbered_video_is_kept():
    got = _trailers([f"Glimmerfen Saga Season 2's second PV was released on November 18, 2026 (<a href=\"{URL_NEW}\">watch</a>)."])
    assert any(k == "PV 2" and "2026-11-18" in v for k, v in got), got
    got = _trailers(["The second PV for Season 2 was released on November 18, 2026."])
    assert any(k == "PV 2" and v.startswith("2026-11-18") for k, v in got), got


def test_season_three_page_reads_season_two_as_earlier():
    title = "Glimmerfen Saga Season 3"
    got = _trailers(["Glimmerfen Saga Season 3 arrives in July. Season 2's third trailer was released in June 2025."], title=title)
    assert not any(k == "trailer 3" for k, _ in got), got
    got = _trailers(["Glimmerfen Saga Season 3 arrives in July. Its third trailer was released on November 2, 2026."], title=title)
    assert any(k == "trailer 3" and v.startswith("2026-11-02") for k, v in got), got
