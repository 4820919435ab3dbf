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


def _season2(sentence: str) -> set:
    doc = news(["Brass Meadow will return for a second season in April 2027.", sentence])
    return facts(doc, "Brass Meadow Season 2", "Brass Meadow")


def test_animation_moves_from_the_old_studio_to_the_new_one():
    got = _season2("Animation moves from Studio Larkspur, which produced the 2025 first season, to Osaka-based Tenmoku Animation.")
    assert ("studio", "tenmokuanimation", "Tenmoku Animation") in got
    assert not any("Larkspur" in v for _, _, v in got)


def test_a_known_for_aside_ends_at_the_subjects_predicate():
    got = _season2("Mika Ogasawara, a studio veteran best known for storyboarding on Paper Harbor, takes over as director "
                   "from Jun Tateishi, who helmed season one.")
    assert ("staff", "director", "Mika Ogasawara") in got
    assert not any(v == "Jun Tateishi" for _, _, v in got)


def test_a_long_who_clause_before_the_promotion():
    got = _season2("Rui Sakuragi, who worked under season one's designer Kenji Amamoto as an animation director, is promoted "
                   "to character designer and will also serve as chief animation director.")
    assert ("staff", "character design", "Rui Sakuragi") in got
    assert ("staff", "chief animation director", "Rui Sakuragi") in got
    assert not any(v == "Kenji Amamoto" for _, _, v in got)


def test_the_composing_duo_of_both_return():
    got = _season2("The composing duo of Tomo Hirakawa and Sena Mizuno return to score the series.")
    assert {("staff", "music", "Tomo Hirakawa"), ("staff", "music", "Sena Mizuno")} <= got


def test_a_sentence_case_section_heading_is_not_another_title():
    doc = ("<html><head><title>Brass Meadow Season 2 sets April bow</title></head><body><article>"
           "<h1>Brass Meadow Season 2 sets April bow</h1><p>Brass Meadow will return for a second season in April 2027.</p>"
           "<h2>Fan-festival launch</h2><p>The announcement teaser premiered on November 21, 2026 on the main stage of the "
           "franchise's fan festival.</p></article></body></html>")
    assert ("trailer", "teaser 1", "2026-11-21") in facts(doc, "Brass Meadow Season 2", "Brass Meadow")


def test_the_earlier_seasons_dub_director_is_not_this_seasons():
    got = _season2("Season one's English dub, directed by Carla Benning, arrived three weeks after the Japanese premiere.")
    assert not any("Benning" in v for _, _, v in got)


def _wiki(sections: str, title: str = "Lamplit Orchard") -> str:
    return (f"<html><head><title>{title} - OpenWiki</title></head><body><main><h1>{title}</h1>"
            f"<p>{title} is an upcoming Japanese animated film directed by Sayo Tanemura.</p>{sections}</main></body></html>")


def test_a_wikis_one_word_marketing_section_is_read():
    doc = _wiki("<h2>Marketing</h2><p>The first fifteen minutes of the film were screened at the Harbor Reach Animation "
                "Showcase 2026 on September 26, 2026, followed by a talk.</p>")
    got = facts(doc, "Lamplit Orchard")
    assert ("premiere_event", "Harbor Reach Animation Showcase 2026", "first fifteen minutes") in got


def test_a_full_trailer_takes_the_date_nearest_it():
    doc = _wiki("<h2>Postponement</h2><p>The new release date of March 19, 2027 was revealed alongside the full trailer "
                "on October 30, 2026.</p>")
    got = facts(doc, "Lamplit Orchard")
    assert ("trailer", "trailer 1", "2026-10-30") in got
    assert ("trailer", "trailer 1", "2027-03-19") not in got


def _db_page(body: str) -> str:
    return (f"<html><head><title>Lamplit Orchard (TV) - AnimeBase</title></head><body><main><h1>Lamplit Orchard</h1>"
            f"<p>Type: TV</p>{body}</main></body></html>")


def test_a_database_staff_table_of_unlinked_sort_names():
    doc = _db_page("<h2>Staff</h2><table>"
                   "<tr><td>Mizuhara, Sayo</td><td>Director</td></tr>"
                   "<tr><td>Okabe, Jun</td><td>Series Composition</td></tr>"
                   "<tr><td>Hanazono, Riku</td><td>Character Design, Chief Animation Director</td></tr></table>")
    got = facts(doc, "Lamplit Orchard")
    assert {("staff", "series composition", "Jun Okabe"), ("staff", "character design", "Riku Hanazono"),
            ("staff", "chief animation director", "Riku Hanazono")} <= got


def test_a_database_character_row_with_role_and_language_tags():
    doc = _db_page("<h2>Characters &amp; Voice Actors</h2>"
                   "<div><span>Amano, Rei</span> <span>Main</span> <span>Kaji, Hina</span> <span>Japanese</span></div>"
                   "<div><span>Pip</span> <span>Supporting</span> <span>Oda, Shun</span> <span>Japanese</span></div>")
    got = facts(doc, "Lamplit Orchard")
    assert {("cast", "Rei Amano", "Hina Kaji"), ("cast", "Pip", "Shun Oda")} <= got


def test_an_official_sites_streaming_section_lines():
    doc = ("<html><head><title>TV Anime \"Lamplit Orchard\" Official Site</title></head><body><main>"
           "<h2>ON AIR</h2><p>TOKYO MX: From January 8, 2027 every Friday 24:30</p>"
           "<h3>STREAMING</h3><p>Streaming on ABEMA and U-NEXT from January 9, 2027 (Sat) 12:00, with more services to follow.</p>"
           "<p>Overseas: Crunchyroll (outside Asia)</p>"
           "<h3>RELATED</h3><p>\"Brass Meadow\" streams on Netflix.</p></main></body></html>")
    got = facts(doc, "Lamplit Orchard")
    assert {("streaming", "abema", "ABEMA"), ("streaming", "unext", "U-NEXT"),
            ("streaming", "crunchyroll", "Crunchyroll (outside Asia)")} <= got
    assert not any(f == "streaming" and "Netflix" in v for f, _, v in got)


def test_an_official_sites_song_line_under_the_title():
    doc = ("<html><head><title>TV Anime \"Lamplit Orchard\" Official Site</title></head><body><main>"
           "<h2>MUSIC</h2><h3>ENDING THEME</h3><p>「Paper Kites」<br>Song: Hina Kaji</p>"
           "<p>Digital release January 23, 2027</p></main></body></html>")
    assert ("theme_song", "ending 1", "Paper Kites — Hina Kaji") in facts(doc, "Lamplit Orchard")


def test_is_both_designing_the_characters_and_serving_as():
    doc = news(["Lamplit Orchard is directed by Sayo Tanemura. Rui Hanazono is both designing the characters for "
                "animation and serving as chief animation director."])
    got = facts(doc, "Lamplit Orchard")
    assert {("staff", "character design", "Rui Hanazono"), ("staff", "chief animation director", "Rui Hanazono")} <= got


def test_a_streaming_pages_japan_premiere_and_own_service_rows():
    doc = ("<html><head><title>Watch Lamplit Orchard | Streamwick</title>"
           "<meta name=\"description\" content=\"Lamplit Orchard is coming to Streamwick. New episodes every Thursday.\">"
           "</head><body><main><h1>Lamplit Orchard</h1><h2>Details</h2><dl>"
           "<dt>Japan Premiere</dt><dd>January 7, 2027 on Fuji TV's \"+Ultra\" block</dd>"
           "<dt>On Streamwick</dt><dd>Weekly from January 14, 2027, in the US, Canada and UK</dd>"
           "<dt>Episodes</dt><dd>12</dd></dl></main></body></html>")
    got = facts(doc, "Lamplit Orchard")
    assert ("broadcaster", "fujitv", "Fuji TV (+Ultra)") in got
    assert ("streaming", "streamwick", "Streamwick (US, Canada, UK)") in got


def test_the_singer_who_also_stars_in_the_anime_as_and_a_co_star():
    doc = news(["Starfall Post premieres in January 2027.",
                "The ending theme is \"Paper Moth,\" sung by Rena Kaji, who also stars in the anime as the heroine Mira, "
                "a postal witch. Daiki Oda co-stars as Tobin, a boy who keeps missing his mail."])
    got = facts(doc, "Starfall Post")
    assert {("cast", "Mira", "Rena Kaji"), ("cast", "Tobin", "Daiki Oda")} <= got


def _listicle(item: str, title: str = "Lamplit Orchard") -> str:
    return ("<html><head><title>3 Winter 2027 Anime to Watch</title></head><body><article><h1>3 Winter 2027 Anime to Watch</h1>"
            "<p>Everyone has the big sequels on their calendars, so here are three quieter picks.</p>"
            f"<h2>1. {title}</h2><p>A comfy series about two siblings and a food truck.</p><p>{item}</p>"
            "<h2>2. Brass Meadow</h2><p>Brass Meadow premieres January 15, 2027 on Fuji TV.</p></article></body></html>")


def test_the_premiere_itself_as_subject_in_the_items_paragraph():
    got = facts(_listicle("Back in the spring they said October. The new premiere is Wednesday, January 6, 2027 at 21:00 "
                          "on AT-X, with TOKYO MX picking it up on January 9 at 22:30."), "Lamplit Orchard")
    assert ("release_date", "", "2027-01-06") in got
    assert ("release_date", "", "2027-01-15") not in got


def test_broadcast_is_set_for_a_month_on_a_station():
    got = facts(_listicle("Broadcast is set for January 2027 on TOKYO MX, but there's no exact day yet."), "Lamplit Orchard")
    assert {("release_date", "", "2027-01"), ("broadcaster", "tokyomx", "TOKYO MX")} <= got
    assert not any("Fuji" in v for _, _, v in got)


def test_a_cast_row_part_with_an_epithet_before_its_name():
    got = facts(_listicle("</p><ul><li><strong>Studio:</strong> Drifthouse</li><li><strong>Cast:</strong> Hina Kaji (Pell), "
                          "Rena Oda (the Salt Witch, Mareth)</li></ul><p>"), "Lamplit Orchard")
    assert {("cast", "Pell", "Hina Kaji"), ("cast", "Mareth", "Rena Oda")} <= got


def test_based_on_someones_webcomic():
    doc = news(["Lamplit Orchard is a comfy short-format series. It's based on Mai Orihata's webcomic, and Studio Lemonseed is animating it."])
    assert ("staff", "original creator", "Mai Orihata") in facts(doc, "Lamplit Orchard")


def test_an_insert_song_sung_in_character_then_titled():
    doc = news(["Lamplit Orchard is an upcoming anime film.",
                "Hina Kaji also sings an insert song in character as Kohaku, titled \"Kites Over Water\"."])
    assert ("theme_song", "insert 1", "Kites Over Water — Hina Kaji") in facts(doc, "Lamplit Orchard")


def test_a_distributor_that_acquired_rights_and_will_release_it():
    doc = news(["Lamplit Orchard is an anime film opening in Japan on March 19, 2027.",
                "Harbor Arc Films acquired North American distribution rights and will release the film in theaters in "
                "North America on May 7, 2027, in both subtitled and dubbed versions."])
    got = facts(doc, "Lamplit Orchard")
    assert ("release_date", "North America", "2027-05-07") in got
    assert ("release_date", "", "2027-05-07") not in got


def test_two_video_links_in_one_paragraph_each_with_its_sentence():
    doc = _wiki("<h2>Postponement</h2><p>The new release date was revealed alongside the full trailer on October 30, 2026.</p>"
                "<h3>Marketing</h3><p>A teaser trailer was released on May 2, 2026 (<a href=\"https://www.youtube.com/watch?v=AAAAaaaa111\">"
                "video</a>).\nThe full trailer, which revealed the new date, followed on October 30, 2026\n"
                "(<a href=\"https://www.youtube.com/watch?v=BBBBbbbb222\">video</a>).</p>")
    got = facts(doc, "Lamplit Orchard")
    assert ("trailer", "trailer 1", "2026-10-30 https://www.youtube.com/watch?v=BBBBbbbb222") in got
    assert ("trailer", "teaser 1", "2026-05-02 https://www.youtube.com/watch?v=AAAAaaaa111") in got


def test_the_teaser_premiered_at_the_franchises_own_fan_festa():
    doc = ("<html><head><title>'Brass Meadow' Season 2 Sets April Bow</title></head><body><article><h1>'Brass Meadow' Season 2 "
           "Sets April Bow</h1><p>Brass Meadow will return for a second season in April 2027.</p>"
           "<p>The announcement teaser (watch on YouTube) premiered on November 21 on the main stage of Brass Meadow Fan "
           "Festa 2026 in Tokyo.</p></article></body></html>")
    got = facts(doc, "Brass Meadow Season 2", "Brass Meadow")
    assert ("premiere_event", "Brass Meadow Fan Festa 2026", "teaser trailer screened") in got


def test_an_original_drama_from_a_studio_about():
    doc = news(["Lamplit Orchard airs in winter 2027.",
                "Lamplit Orchard is an original track-and-field drama from Copperline about a relay team that never passes cleanly."])
    assert ("studio", "copperline", "Copperline") in facts(doc, "Lamplit Orchard")
    trap = news(["Lamplit Orchard airs in winter 2027.", "It is an original anime from Japan about a relay team."])
    assert not any(f == "studio" for f, _, _ in facts(trap, "Lamplit Orchard"))


def test_reprise_alone_is_a_cast_cue():
    doc = news(["Brass Meadow will return for a second season in April 2027. Kenji Amano reprises the mercenary Captain "
                "Vale, and Rio Hase is reprising the role of Ilde. The band reprises the theme song."])
    got = facts(doc, "Brass Meadow Season 2", "Brass Meadow")
    assert {("cast", "Captain Vale", "Kenji Amano"), ("cast", "Ilde", "Rio Hase")} <= got
