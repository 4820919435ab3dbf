"""English official sites and streaming pages: placeholder rows, image-drawn season headings, video captions."""
from __future__ import annotations

from extract_helpers import facts


def _site(body: str, title: str = "Harbor Kites Season 2 Official Site") -> str:
    return (f"<!doctype html><html lang=\"en\"><head><title>{title}</title></head><body><main>{body}</main>"
            "</body></html>")


def test_other_services_row_is_no_streaming_service():
    doc = _site("<section><h2>ON AIR</h2><h3>Streaming</h3><table>"
                "<tr><th>d Anime Store</th><td>From March 6, 2027 (Fri) 12:00</td></tr>"
                "<tr><th>Other services</th><td>From March 13, 2027 (Fri) 12:00</td></tr></table></section>")
    got = facts(doc, "Harbor Kites Season 2")
    assert any(f == "streaming" and k == "danimestore" for f, k, _ in got)
    assert not any("other" in v.lower() or "other" in k.lower() for _, k, v in got)
    assert not any(v == "2027-03-13" for _, _, v in got)


def test_season_one_section_under_an_image_heading_is_cut():
    doc = _site('<section><h2><img src="s.png" alt="STAFF"></h2><ul><li>Director: Emi Kuroba</li></ul></section>'
                '<section><h2><img src="s1.png" alt="SEASON 1"></h2>'
                "<p>Season 1 staff: Director Goro Hanabusa / Music Ren Oyama</p></section>")
    got = facts(doc, "Harbor Kites Season 2")
    assert ("staff", "director", "Emi Kuroba") in got
    assert not any("Hanabusa" in v or "Oyama" in v for _, _, v in got)


def test_pv_vol_numbers_and_a_lineup_sizzle_reel():
    doc = _site('<section><h2>MOVIE</h2><ul>'
                '<li><a href="https://www.youtube.com/watch?v=AAAAAAAAAA2"><img alt=""></a><p>PV Vol.2 (2026.11.20)</p></li>'
                '<li><a href="https://www.youtube.com/watch?v=AAAAAAAAAA1"><img alt=""></a><p>PV Vol.1 (2026.09.04)</p></li>'
                '<li><a href="https://www.youtube.com/watch?v=SIZZLEREEL1"><img alt=""></a><p>Anime Lineup 2027 Sizzle</p></li>'
                "</ul></section>")
    got = facts(doc, "Harbor Kites Season 2")
    trailers = {k: v for f, k, v in got if f == "trailer"}
    assert trailers.get("PV 1", "").endswith("AAAAAAAAAA1")
    assert trailers.get("PV 2", "").endswith("AAAAAAAAAA2")
    assert not any("SIZZLEREEL1" in v for v in trailers.values())


def test_back_in_a_month_is_the_past_even_beside_a_plan():
    from extract_helpers import news
    doc = news(["The Moss Signal anime will now premiere on April 9 on TOKYO MX.",
                "The anime revealed its first teaser trailer back in June, when the project was originally slated "
                "for winter."], title="The Moss Signal Anime Delayed to April", published="2026-11-24")
    got = facts(doc, "The Moss Signal")
    assert ("trailer", "teaser 1", "2026-06") in got


def _article(body: str, title: str = "Anime music news") -> str:
    return (f"<!doctype html><html><head><title>{title}</title><meta property=\"article:published_time\" "
            f"content=\"2026-11-26T09:00:00+00:00\"></head><body><main><article><h1>{title}</h1>{body}"
            "</article></main></body></html>")


def test_performer_then_an_aside_then_the_verb():
    doc = _article("<p>The music lineup for <strong>Brass Owl Parade</strong> is complete.</p>"
                   "<p>The Kyoto duo <strong>Glass Wren</strong> (who wrote \"Tin Sky\" for <em>Other Show</em> in 2024) "
                   "will perform the opening theme <strong>\"Paper Moths.\"</strong></p>"
                   "<p><strong>Aya Tomura</strong>, who stars as the juggler Lin, sings the ending theme "
                   "<strong>\"Quiet Ferris\"</strong>.</p>"
                   "<p>Reo Amano — who voices the ringmaster, in character — will also perform an insert song, "
                   "\"Sawdust Waltz,\" in episode 4.</p>")
    got = facts(doc, "Brass Owl Parade")
    assert ("theme_song", "opening 1", "Paper Moths — Glass Wren") in got
    assert ("theme_song", "ending 1", "Quiet Ferris — Aya Tomura") in got
    assert ("theme_song", "insert 1", "Sawdust Waltz — Reo Amano") in got
    assert not any("Tin Sky" in v for _, _, v in got)


def test_a_subheading_naming_the_singer_is_no_song_title():
    doc = _article("<p>The music lineup for <strong>Brass Owl Parade</strong> is complete.</p>"
                   "<h2>Ending: the voice of Lin</h2>"
                   "<p><strong>Aya Tomura</strong>, who stars as the juggler Lin, sings the ending theme "
                   "<strong>\"Quiet Ferris\"</strong>.</p>")
    got = facts(doc, "Brass Owl Parade")
    assert ("theme_song", "ending 1", "Quiet Ferris — Aya Tomura") in got
    assert not any("voice of" in v for _, _, v in got)


def test_a_streamers_cast_lists_under_language_subheadings():
    doc = _site('<section><h1>Marsh Lantern Club</h1><h2>Voice Cast</h2><h3>Japanese</h3><ul class="cast">'
                '<li><span class="char">Ivo Brandt</span> <span class="actor">Kenta Oshiro</span></li>'
                '<li><span class="char">Mira Solle</span> <span class="actor">Saki Uemura</span></li></ul>'
                '<h3>English Dub</h3><ul class="cast">'
                '<li><span class="char">Ivo Brandt</span> <span class="actor">Dale Penrose</span></li>'
                '<li><span class="char">Mira Solle</span> <span class="actor">Tess Varga</span></li></ul></section>',
                title="Watch Marsh Lantern Club | Streamer")
    got = facts(doc, "Marsh Lantern Club")
    assert ("cast", "Ivo Brandt", "Kenta Oshiro") in got
    assert ("cast", "Ivo Brandt [English]", "Dale Penrose") in got
    assert ("cast", "Mira Solle [English]", "Tess Varga") in got
    assert ("cast", "Ivo Brandt", "Dale Penrose") not in got


def test_cast_lines_under_an_english_dub_subheading():
    doc = _site("<section><h1>Marsh Lantern Club</h1><h2>Cast</h2><h3>Japanese</h3>"
                "<p>Ivo Brandt: Kenta Oshiro</p><h3>English Dub</h3><p>Ivo Brandt: Dale Penrose</p></section>",
                title="Marsh Lantern Club")
    got = facts(doc, "Marsh Lantern Club")
    assert ("cast", "Ivo Brandt", "Kenta Oshiro") in got
    assert ("cast", "Ivo Brandt [English]", "Dale Penrose") in got


def test_a_database_available_at_box_lists_the_streamer():
    doc = _site('<td class="borderClass"><h2>Information</h2>'
                '<div class="spaceit_pad"><span class="dark_text">Studios:</span> <a href="/producer/1">Kite Frame</a></div>'
                '<h2>Available At</h2><div class="spaceit_pad"><a href="https://www.netflix.com/">Netflix</a> '
                "<small>(worldwide)</small></div>"
                '<h2>Resources</h2><div class="external_links"><a href="https://kites.example/">Official Site</a></div></td>',
                title="Harbor Kites (Harbor Kites) - MyAnimeDB")
    got = facts(doc, "Harbor Kites")
    assert ("streaming", "netflix", "Netflix (worldwide)") in got
    assert not any("official" in v.lower() for _, _, v in got)


def test_an_overseas_subheading_names_no_other_title():
    doc = _site('<section id="onair"><h2>ON AIR</h2><h3>Overseas</h3>'
                "<p>Crunchyroll will stream the series in North America, Europe and Oceania.</p></section>",
                title="Harbor Kites Official Site")
    got = facts(doc, "Harbor Kites")
    assert ("streaming", "crunchyroll", "Crunchyroll (in North America, Europe and Oceania)") in got


def test_a_heading_naming_another_title_still_fences_its_section():
    doc = _site("<h1>Harbor Kites</h1><p>Harbor Kites premieres in April.</p><h2>Iron Tea House</h2>"
                "<p>Crunchyroll will stream the series in North America.</p>", title="Harbor Kites Official Site")
    got = facts(doc, "Harbor Kites")
    assert not any(f == "streaming" for f, _, _ in got)


def test_adapting_the_original_illustrators_designs_is_character_design():
    from extract_helpers import news
    doc = news(["The Moss Signal anime premieres in April.",
                "Rena Oki is adapting the original illustrator's designs for animation, and Jo Tamura is the art director."],
               title="The Moss Signal Anime Reveals Staff")
    got = facts(doc, "The Moss Signal")
    assert ("staff", "character design", "Rena Oki") in got


def test_a_cour_subheading_and_a_song_named_after_it_is_set():
    doc = _article("<p>The music lineup for <strong>Brass Owl Parade</strong> is complete.</p>"
                   "<h2>Second cour: GLASSWREN</h2>"
                   "<p>Because the series runs for 24 episodes, a second opening has already been locked in: "
                   "GLASSWREN「Tin Orbit」will take over from episode 13.</p>")
    got = facts(doc, "Brass Owl Parade")
    assert ("episodes", "", "24") in got
    assert ("theme_song", "opening 2", "Tin Orbit — GLASSWREN") in got


def test_a_song_not_yet_decided_gives_nothing():
    doc = _article("<p>The music lineup for <strong>Brass Owl Parade</strong> is complete.</p>"
                   "<p>The second-cour ending has not been decided yet: Aya Tomura's \"Tin Orbit\" was only a rumour.</p>")
    got = facts(doc, "Brass Owl Parade")
    assert not any(f == "theme_song" for f, _, _ in got)


def test_a_streamers_own_title_page_says_it_streams_there_worldwide():
    doc = ("<!doctype html><html><head><title>Watch Fern Relay | Lumivue Original Anime</title>"
           "<meta name=\"description\" content=\"Fern Relay: a relay-race anime. Coming to Lumivue May 7, 2027.\"></head>"
           "<body><main><h1>Fern Relay</h1><p>The series premieres on TV Tokyo in Japan on Thursday, May 6, 2027, and "
           "streams worldwide on Lumivue starting the following day, Friday, May 7, 2027.</p></main></body></html>")
    got = facts(doc, "Fern Relay", url="https://www.lumivue.example/title/1")
    assert ("streaming", "lumivue", "Lumivue (worldwide)") in got
    assert ("release_date", "Lumivue", "2027-05-07") in got


def test_a_numbered_pv_premiered_at_an_event():
    from extract_helpers import news
    doc = news(["The Moss Signal anime will now premiere on April 9 on TOKYO MX.",
                "The second PV premiered on stage at AnimeStage Nagoya 2026 over the weekend before it went up online."],
               title="The Moss Signal Anime Delayed to April, Second PV Streamed")
    got = facts(doc, "The Moss Signal")
    assert ("premiere_event", "AnimeStage Nagoya 2026", "second PV premiered") in got


def test_a_pv_merely_mentioned_near_an_event_is_no_premiere():
    from extract_helpers import news
    doc = news(["The Moss Signal anime will now premiere on April 9 on TOKYO MX.",
                "The second PV will be streamed online after the stage at AnimeStage Nagoya 2026."],
               title="The Moss Signal Anime Delayed to April")
    got = facts(doc, "The Moss Signal")
    assert not any(f == "premiere_event" for f, _, _ in got)
