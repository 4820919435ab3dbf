"""Another installment of the franchise told in passing (a prequel film, an ONA, a short web anime, a voice drama, a
spin-off) gives none of its credits, songs or videos to the work; the work's own film or season keeps its facts."""
from __future__ import annotations

import pytest

from extract_helpers import facts, news

TITLE = "Lantern Tide"


def _staff(doc: str, title: str = TITLE) -> set[tuple[str, str]]:
    return {(k, v) for f, k, v in facts(doc, title) if f in ("staff", "studio")}


OWN = "Lantern Tide is directed by Mio Kasahara at Studio Quill."

OTHER_FORMS = [
    "The prequel ONA, Ink Under Ice, was directed by Goro Hatanaka and released on YouTube on 2025-12-01.",
    "A prequel film, Lantern Tide: Zero, directed by Goro Hatanaka at Studio Heron, opened in Japanese theaters on September 12, 2025.",
    "The series previously inspired a short web anime, Tide Notes, produced by Studio Heron in 2025.",
    "In 2024 an ONA of the franchise was directed by Goro Hatanaka.",
    "Its spin-off series, Lantern Tide Diaries, was directed by Goro Hatanaka for Studio Heron.",
    "A voice drama released in 2023 was directed by Goro Hatanaka.",
    "The 2022 ONA, directed by Goro Hatanaka, ran for six episodes.",
    "Goro Hatanaka directed the spinoff short, which opened at a festival last year.",
]


@pytest.mark.parametrize("sentence", OTHER_FORMS)
def test_another_installments_credits_are_not_the_works(sentence):
    got = _staff(news([OWN, sentence]))
    assert ("director", "Mio Kasahara") in got
    assert not any("Hatanaka" in v or "Heron" in v for _, v in got), got


def test_the_works_own_film_keeps_its_director():
    doc = news(["The film version of Lantern Tide premieres March 19 and is directed by Mio Kasahara."])
    assert ("director", "Mio Kasahara") in _staff(doc)


def test_a_future_short_of_the_work_is_not_another_production_by_its_word_alone():
    doc = news(["Lantern Tide is directed by Mio Kasahara.", "The ONA will premiere in 2027 on YouTube."])
    assert ("director", "Mio Kasahara") in _staff(doc)


def _page(body: str, title: str = "Lantern Tide") -> str:
    return (f"<!doctype html><html><head><title>{title}</title></head><body><main><h1>{title}</h1>{body}"
            "</main></body></html>")


OWN_BLOCK = "<h2>Staff</h2><p>Director: Mio Kasahara</p>"

PREQUEL_BLOCKS = [
    "<h3>About the prequel: Lantern Tide: Zero (movie)</h3><p>Vintage: 2025-09-12. Director: Goro Hatanaka. "
    "Theme song: \"Pilot Flame\" by Rei Okada. Running time: 98 minutes.</p>",
    "<h3>About the prequel film</h3><p>Director: Goro Hatanaka</p>",
    "<h3>The prequel ONA: Tide Notes (2025)</h3><ul><li>Director: Goro Hatanaka</li></ul>",
    "<h3>前日譚について</h3><p>監督：畑中吾郎</p>",
    "<h3>前日譚『灯の前夜』</h3><p>監督：畑中吾郎</p>",
]


@pytest.mark.parametrize("block", PREQUEL_BLOCKS)
def test_a_block_headed_by_the_prequel_is_that_works(block):
    got = facts(_page(OWN_BLOCK + block), "Lantern Tide")
    assert ("staff", "director", "Mio Kasahara") in got
    assert not any("Hatanaka" in v or "畑中" in v or "Pilot Flame" in v for _, _, v in got), got


def test_a_heading_of_returning_cast_from_the_prequel_is_the_works():
    doc = _page("<h3>前作からの続投キャスト</h3><p>監督：笠原美緒</p>")
    assert ("staff", "director", "笠原美緒") in facts(doc, "Lantern Tide")


def _movie_list(*captions: str) -> str:
    items = "".join(f'<li><a href="https://www.youtube.com/watch?v=Vid{i}xxxxxxx"><p>{c}</p></a></li>'
                    for i, c in enumerate(captions))
    return _page(f'<section id="movie"><h2>MOVIE</h2><ul>{items}</ul></section>', "灯潮")


OTHER_VIDEO_CAPTIONS = ["前日譚ボイスドラマ「開店前夜」第1話", "ドラマCD「灯の夜」試聴動画", "スピンオフ『灯潮ちゃんねる』PV",
                        "Voice drama episode 2", "Spin-off short trailer", "Prequel ONA teaser", "オーディオドラマ 予告"]


@pytest.mark.parametrize("caption", OTHER_VIDEO_CAPTIONS)
def test_another_installments_video_is_no_trailer(caption):
    got = facts(_movie_list("第1弾PV", caption), "灯潮")
    trailers = {(k, v) for f, k, v in got if f == "trailer"}
    assert any(k == "PV 1" and "Vid0" in v for k, v in trailers), trailers
    assert not any("Vid1" in v for _, v in trailers), trailers


def test_a_tracked_prequels_own_trailer_stays():
    doc = _page('<section id="movie"><h2>MOVIE</h2><ul><li><a href="https://www.youtube.com/watch?v=Vid0xxxxxxx">'
                '<p>前日譚 本予告</p></a></li></ul></section>', "灯潮 前日譚")
    assert any(f == "trailer" and "Vid0" in v for f, _, v in facts(doc, "灯潮 前日譚"))
