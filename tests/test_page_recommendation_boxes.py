"""Picks of other titles under a "Recommendations" heading (a database's cards of a link, a blurb naming the other title's
studio and director, and who recommended it) go whole, whatever the cards' shape (page._recommendations_heading); a box
in a column named a rail ("right-rail", "rail") is chrome; and a database's "Recently added" box lists other entries. The
entry's own facts above them stay."""
from __future__ import annotations

import pytest
from extract_helpers import facts

W = "Lamplight Canal Mysteries"


def _page(tail: str, column: str = "") -> str:
    return ("<!doctype html><html><head><title>Lamplight Canal Mysteries - AniBase</title></head><body>"
            "<div id=\"content\"><div class=\"main-col\"><h1>Lamplight Canal Mysteries</h1>"
            "<p>Lamplight Canal Mysteries premieres in April 2027. Studio Heron Line animates it and Rika Sawada directs.</p>"
            + tail + "</div>" + column + "</div></body></html>")


def _own(got) -> None:
    assert ("release_date", "", "2027-04") in got
    assert ("staff", "director", "Rika Sawada") in got


REC_BOXES = [
    ("<h2>Recommendations</h2><div class=\"recs\"><div class=\"rec\"><a href=\"/anime/4411\">Harbor Owl</a><p>Another quiet "
     "mystery. Also by Studio Pale Finch, directed by Gorou Amami. Aired Jul 2025 on NHK.</p><small>recommended by gull</small>"
     "</div><div class=\"rec\"><a href=\"/anime/4412\">Night Ferry</a><p>Slow burn.</p></div></div>"),
    ("<h3>You might also like</h3><div><div><a href=\"/t/88\">Harbor Owl</a><p>Directed by Gorou Amami for Studio Pale Finch."
     "</p></div></div>"),
    ("<h2>Because you watched Lamplight Canal Mysteries</h2><section><article><a href=\"/t/9\">Harbor Owl</a><p>Studio Pale "
     "Finch, directed by Gorou Amami, premiered October 2025.</p></article></section>"),
    ("<h2>User Recommendations</h2><div class=\"x1\"><p><a href=\"/a/1\">Harbor Owl</a>: same vibe. Director Gorou Amami, "
     "Studio Pale Finch.</p></div>"),
    ("<h3>おすすめ作品</h3><div><div><a href=\"/a/2\">港のフクロウ</a><p>監督：天海吾郎／制作：Studio Pale Finch</p></div></div>"),
    ("<h3>More like this</h3><div><p><a href=\"/a/3\">Harbor Owl</a> (2025) — Studio Pale Finch; directed by Gorou Amami</p>"
     "</div>"),
]


@pytest.mark.parametrize("box", REC_BOXES)
def test_recommendation_boxes_give_no_fact_of_their_titles(box):
    got = facts(_page(box), W)
    _own(got)
    flat = " | ".join(v for _f, _k, v in got)
    assert "Gorou Amami" not in flat and "天海吾郎" not in flat and "Pale Finch" not in flat


def test_a_right_rail_column_is_chrome():
    rail = ("<div id=\"right-rail\"><div><h4>Recently added to the Encyclopedia</h4>"
            "<div>Orchid Signal (TV) — 2027-01-15, director Mei Tachibana</div></div></div>")
    got = facts(_page("", column=rail), W)
    _own(got)
    assert not any("Tachibana" in v for _f, _k, v in got)


def test_a_recently_added_box_in_the_main_column_gives_no_fact():
    box = ("<h3>Recently added</h3><div><div>Orchid Signal (TV) — 2027-01-15, director Mei Tachibana</div>"
           "<div>Snow Courier (TV) — TBA</div></div>")
    got = facts(_page(box), W)
    _own(got)
    assert not any("Tachibana" in v for _f, _k, v in got)


def test_the_entrys_own_staff_section_after_a_recommendations_box_stays():
    box = REC_BOXES[0] + "<h2>Staff</h2><ul><li>Music: Haruna Isobe</li></ul>"
    got = facts(_page(box), W)
    _own(got)
    assert ("staff", "music", "Haruna Isobe") in got


def test_a_recommended_viewing_order_heading_is_no_recommendation_box():
    box = "<h2>Recommended viewing order</h2><p>Lamplight Canal Mysteries has 12 episodes.</p>"
    got = facts(_page(box), W)
    _own(got)
    assert ("episodes", "", "12") in got


def test_a_video_rail_of_the_works_own_videos_stays():
    box = ("<section class=\"videos\"><h2>Videos</h2><ul class=\"video-rail\"><li><a href=\"https://www.youtube.com/watch?v="
           "Ab3cD4eF5gH\"><span>Official Trailer</span><span>Nov 12, 2026</span></a></li></ul></section>")
    got = facts(_page(box), W)
    _own(got)
    assert any(f == "trailer" and "Ab3cD4eF5gH" in v for f, _k, v in got)
