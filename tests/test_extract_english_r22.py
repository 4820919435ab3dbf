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


def test_the_directors_earlier_film_keeps_its_own_composer():
    doc = news(["Lamplit Orchard is directed by Sayo Tanemura, with music by Kei Morrow.",
                "Tanemura's earlier film, Glass Ferry (2019), was animated by Studio Ashgrove and scored by composer Ren Okuda."])
    got = facts(doc, "Lamplit Orchard")
    assert ("staff", "music", "Kei Morrow") in got
    assert not any("Okuda" in v for _, _, v in got)


def test_episode_count_planned_at():
    doc = news(["Brass Meadow will return for a second season in April 2027 on TV Tokyo.",
                "According to the publisher, season two is planned at 24 episodes.",
                "The first season ran 13 episodes in 2025."])
    got = facts(doc, "Brass Meadow Season 2", "Brass Meadow")
    assert ("episodes", "", "24") in got
    assert ("episodes", "", "13") not in got


def test_cast_reprises_the_described_part():
    doc = news(["Brass Meadow returns next spring with most of its cast. On the voice side, Kaito Merrin returns as "
                "the smith Ada Lune, and Tomo Hirase reprises the mercenary Orsolo Vane."])
    got = facts(doc, "Brass Meadow")
    assert ("cast", "Orsolo Vane", "Tomo Hirase") in got
