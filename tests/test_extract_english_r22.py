"""English announcement phrasings met on round-22 pages (news, trade, database, wiki, music and streaming pages)."""
from extract_helpers import facts, news


def test_a_teaser_visual_is_a_picture_not_a_teaser_video():
    doc = news(["Alongside the delay, a second teaser visual for Lamplit Orchard has been released.",
                "The first promotional video, released on September 5, 2026, is on YouTube."])
    got = facts(doc, "Lamplit Orchard")
    assert not any(f == "trailer" and k.startswith("teaser") for f, k, _ in got)


def test_a_second_teaser_video_is_still_read():
    doc = news(["Lamplit Orchard's second teaser trailer was released on November 20, 2026."])
    assert ("trailer", "teaser 2", "2026-11-20") in facts(doc, "Lamplit Orchard")
