"""English announcement phrasing met in rounds 17 and 18: credits of other pieces and earlier seasons kept out,
and the work's own facts read."""
from extract_helpers import facts, news


def staff(found, role):
    return {v for f, k, v in found if f == "staff" and k == role}


def test_music_video_director_is_not_the_anime_director():
    doc = news(["Corin Vale is directing Glass Orchard Relay at Studio Wend.",
                "The band's single ships in March. A music video directed by Pavel Stroud premieres on its channel on May 2."],
               title="Glass Orchard Relay theme single")
    found = facts(doc, "Glass Orchard Relay")
    assert staff(found, "director") == {"Corin Vale"}


def test_stage_play_director_is_not_the_anime_director():
    doc = news(["Glass Orchard Relay premieres in April, directed by Corin Vale.",
                "The franchise also has a stage play directed by Pavel Stroud running in Tokyo."],
               title="Glass Orchard Relay")
    assert staff(facts(doc, "Glass Orchard Relay"), "director") == {"Corin Vale"}


def test_first_season_aired_clause_credits_that_season():
    doc = news(["Glass Orchard Relay Season 2 premieres in January 2027 with Corin Vale directing.",
                "The first season aired 12 episodes in 2025 on Example TV, directed by Pavel Stroud at Studio Wend."],
               title="Glass Orchard Relay Season 2")
    found = facts(doc, "Glass Orchard Relay Season 2")
    assert "Pavel Stroud" not in staff(found, "director")


def test_late_night_slot_after_a_weekday_in_brackets_is_the_next_day():
    from tracker.dates import find_dates
    [m] = find_dates("In Japan the series airs on Example TV from March 3, 2027 (Wed) at 25:10.")
    assert str(m.date) == "2027-03-04"
    [m] = find_dates("It airs from March 3, 2027 (Wed) at 22:00.")
    assert str(m.date) == "2027-03-03"


CREDITS_TABLE = ("<p>{intro}</p><table><tr><th>Director</th><td>Corin Vale</td></tr>"
                 "<tr><th>Music</th><td>Lena Marsh</td></tr><tr><th>{label}</th><td>Ada Quill</td></tr>"
                 "<tr><th>Captain Rook</th><td>Milo Fenn</td></tr></table>")


def test_staff_and_cast_table_reads_the_character_rows_after_the_credits():
    doc = news(["Glass Orchard Relay premieres in April.",
                CREDITS_TABLE.format(intro="Staff and cast announced today:", label="Wren Ashby")], title="Glass Orchard Relay")
    found = facts(doc, "Glass Orchard Relay")
    assert ("cast", "Wren Ashby", "Ada Quill") in found and ("cast", "Captain Rook", "Milo Fenn") in found
    assert ("staff", "director", "Corin Vale") in found
    assert not any(f == "cast" and k == "Director" for f, k, v in found)


def test_staff_table_with_an_unknown_role_row_reads_no_cast():
    doc = news(["Glass Orchard Relay premieres in April.",
                CREDITS_TABLE.format(intro="Staff and cast announced today:", label="Gladiator Design")], title="Glass Orchard Relay")
    assert not any(f == "cast" for f, k, v in facts(doc, "Glass Orchard Relay"))
    doc = news(["Glass Orchard Relay premieres in April.",
                CREDITS_TABLE.format(intro="The staff:", label="Wren Ashby")], title="Glass Orchard Relay")
    assert not any(f == "cast" and v == "Ada Quill" for f, k, v in facts(doc, "Glass Orchard Relay"))


def _roundup(section: str) -> str:
    return ("<html><head><title>Con report</title></head><body><main><article><h1>Con report: two shows</h1>"
            "<p>Intro text about the convention and the studio's panel.</p>"
            "<h2>Glass Orchard Relay: PV 3 debut</h2><p>The second half of the panel was devoted to Glass Orchard Relay.</p>"
            f"<p>{section}</p><h2>Copper Kettle Club: episode screened</h2>"
            "<p>Copper Kettle Club premieres on Nippon TV on January 8, 2027.</p></article></main></body></html>")


def test_premiere_window_label_gives_the_date_and_stations_in_the_works_section():
    found = facts(_roundup("The PV ends on the reveal of the premiere window: Spring 2027, on MBS and TBS."),
                  "Glass Orchard Relay")
    assert ("release_date", "", "2027-spring") in found
    assert {("broadcaster", "mbs", "MBS"), ("broadcaster", "tbs", "TBS")} <= found
    assert not any(v == "Nippon TV" or v.startswith("2027-01") for f, k, v in found)


def test_earlier_seasons_premiere_date_label_is_not_the_release():
    found = facts(_roundup("The first season's premiere date: April 2025, on MBS."), "Glass Orchard Relay")
    assert not any(f == "release_date" for f, k, v in found)


def _studios(found):
    return {v for f, k, v in found if f == "studio"}


def test_co_animating_studios_are_both_read_and_a_short_name_takes_its_full_form():
    doc = news(["Kestrel Vale Animation hosted the panel.",
                "Glass Orchard Relay adapts the novels, which Kestrel Vale is co-animating with Studio Pell."], title="Panel report")
    assert _studios(facts(doc, "Glass Orchard Relay")) == {"Kestrel Vale Animation", "Studio Pell"}
    doc = news(["Glass Orchard Relay is co-animated by Kestrel Vale Animation and Studio Pell."], title="Glass Orchard Relay")
    assert _studios(facts(doc, "Glass Orchard Relay")) == {"Kestrel Vale Animation", "Studio Pell"}


def test_a_partner_without_a_studio_name_is_not_a_studio():
    doc = news(["Glass Orchard Relay is animated by Kestrel Vale Animation and Netflix will stream it worldwide."],
               title="Glass Orchard Relay")
    assert _studios(facts(doc, "Glass Orchard Relay")) == {"Kestrel Vale Animation"}


def test_station_that_begins_its_broadcast_later_keys_its_own_day():
    doc = news(["Glass Orchard Relay will premiere on TOKYO MX on January 9, 2027. "
                "BS11 will begin its broadcast on January 12, and AT-X will also air the series."], title="Glass Orchard Relay")
    found = facts(doc, "Glass Orchard Relay")
    assert ("release_date", "BS11", "2027-01-12") in found and ("release_date", "", "2027-01-09") in found
    assert ("broadcaster", "bs11", "BS11") in found


def test_adaptation_appositive_does_not_make_the_source_the_subject():
    doc = news(['Example Media today announced that GLASS ORCHARD RELAY, the television anime adaptation of Ann Lee\'s '
                'fantasy novels, will make its streaming debut exclusively on HIDIVE on Saturday, April 10, 2027. '
                'The series premieres in Japan on TBS on April 3, 2027.'], title="Glass Orchard Relay")
    found = facts(doc, "Glass Orchard Relay")
    assert ("release_date", "HIDIVE", "2027-04-10") in found and ("release_date", "", "2027-04-03") in found


def test_the_source_itself_launching_is_still_not_the_release():
    doc = news(["Glass Orchard Relay gets an anime. Ann Lee's novels, which the anime adapts, launched in April 2019."],
               title="Glass Orchard Relay")
    assert not any(f == "release_date" for f, k, v in facts(doc, "Glass Orchard Relay"))


def test_animation_duties_moving_to_a_studio_is_the_new_seasons_studio():
    doc = news(["Season 1 was animated by Flint Hollow Animation, but for Glass Orchard Relay Season 2, animation duties "
                "move to Tidemark Pictures, with Ada Quill stepping in as director."], title="Glass Orchard Relay Season 2")
    assert _studios(facts(doc, "Glass Orchard Relay Season 2")) == {"Tidemark Pictures"}


def test_the_season_is_n_episodes():
    found = facts(news(["Glass Orchard Relay premieres in April 2027.", "The season is 12 episodes."], title="Glass Orchard Relay"),
                  "Glass Orchard Relay")
    assert ("episodes", "", "12") in found
    found = facts(news(["Glass Orchard Relay Season 2 premieres in April 2027.", "The first season is 24 episodes."],
                       title="Glass Orchard Relay Season 2"), "Glass Orchard Relay Season 2")
    assert not any(f == "episodes" for f, k, v in found)


def test_live_report_artist_who_walked_out_and_performed_the_opening():
    doc = news(["Glass Orchard Relay premieres in April 2027.",
                'Then the pop trio Paper Kites walked out and performed the opening theme, "Lantern Road," live.'],
               title="Glass Orchard Relay panel")
    assert ("theme_song", "opening 1", "Lantern Road — Paper Kites") in facts(doc, "Glass Orchard Relay")


def test_insert_song_sung_as_a_unit_credits_the_unit():
    doc = news(["Glass Orchard Relay premieres in April 2027.",
                'The three leads also sing the insert song "Lantern Road" as the unit Team Orchard; it plays in episode 1.'],
               title="Glass Orchard Relay")
    assert ("theme_song", "insert 1", "Lantern Road — Team Orchard") in facts(doc, "Glass Orchard Relay")


def test_credited_as_music_producer():
    doc = news(["Lena Marsh is composing the music for Glass Orchard Relay, with Ada Quill as sound director and "
                "Milo Fenn credited as music producer."], title="Glass Orchard Relay")
    found = facts(doc, "Glass Orchard Relay")
    assert ("staff", "music producer", "Milo Fenn") in found and ("staff", "sound director", "Ada Quill") in found


def _site(body: str) -> str:
    return (f"<html><head><title>Glass Orchard Relay Staff</title></head><body><main><h1>Glass Orchard Relay</h1>{body}"
            "</main></body></html>")


def test_credit_with_a_major_works_note_keeps_the_name_and_drops_the_titles():
    doc = _site('<h2>STAFF</h2><dl><div><dt>Director</dt><dd>Ada Quill</dd></div><div><dt>Art Director</dt>'
                '<dd>Wren Ashby <span class="works">[Major works: "Seafoam Song", "Lantern Cats"]</span></dd></div>'
                '<div><dt>Music</dt><dd>Lena Marsh</dd></div></dl>')
    found = facts(doc, "Glass Orchard Relay", url="https://glass-orchard.example/staff/")
    assert ("staff", "art director", "Wren Ashby") in found
    assert not any("Seafoam" in v or "Seafoam" in k for f, k, v in found)


def test_unknown_title_case_role_ending_on_a_role_noun_in_a_staff_list():
    doc = _site('<h2>STAFF</h2><ul><li><span class="role">Director</span><span class="name">Ada Quill</span></li>'
                '<li><span class="role">Original Illustrations</span><span class="name">pebblewhisk</span></li>'
                '<li><span class="role">Weapon Design</span><span class="name">Mei Lark</span></li>'
                '<li><span class="role">Special Thanks</span><span class="name">everyone</span></li></ul>')
    found = {(k.lower(), v) for f, k, v in facts(doc, "Glass Orchard Relay", url="https://glass-orchard.example/staff/")
             if f == "staff"}
    assert {("original illustrations", "pebblewhisk"), ("weapon design", "Mei Lark"), ("director", "Ada Quill")} <= found
    assert not any(v == "everyone" for k, v in found)


def test_streaming_services_own_title_page_banner_and_regions():
    doc = ("<html><head><title>Watch Glass Orchard Relay - Coming Soon | Lumora Stream</title>"
           '<meta name="description" content="Glass Orchard Relay premieres 3/4/27 on Lumora Stream. A quiet fantasy."></head>'
           "<body><main><h1>Glass Orchard Relay</h1><p>Premieres Thursday, March 4, 2027 · New episodes every Thursday</p>"
           "<h2>About the Series</h2><p>In Japan the series airs on Fuji TV from February 24, 2027. Lumora Stream will stream "
           "each episode one week after its Japanese broadcast in the United States, Canada and the United Kingdom.</p>"
           "</main></body></html>")
    found = facts(doc, "Glass Orchard Relay", url="https://lumora.example/series/glass-orchard-relay")
    assert ("release_date", "Lumora Stream", "2027-03-04") in found
    assert ("streaming", "lumorastream", "Lumora Stream (United States, Canada, United Kingdom)") in found
    assert ("release_date", "", "2027-02-24") in found


def test_cast_tabs_marked_by_data_lang_give_the_dub():
    doc = _site('<h2>Voice Cast</h2><ul class="cast__list" data-lang="ja"><li><span>Wren</span><span>Ada Quill</span></li>'
                '<li><span>Captain Rook</span><span>Milo Fenn</span></li></ul>'
                '<ul class="cast__list" data-lang="en" hidden><li><span>Wren</span><span>Jo Parker</span></li>'
                '<li><span>Captain Rook</span><span>Sam Reyes</span></li></ul>')
    found = facts(doc, "Glass Orchard Relay", url="https://glass-orchard.example/")
    assert {("cast", "Wren", "Ada Quill"), ("cast", "Wren [English]", "Jo Parker"),
            ("cast", "Captain Rook [English]", "Sam Reyes")} <= found


def test_a_dated_update_notes_posted_video_takes_the_updates_day():
    doc = news(["<strong>Update (November 19, 2026):</strong> The official website announced today that Glass Orchard "
                "Relay has been pushed back to April 2027. A second trailer went up alongside the news.",
                "Glass Orchard Relay is an anime adaptation of the novels."], title="Glass Orchard Relay: everything we know",
               published="2026-05-14")
    found = facts(doc, "Glass Orchard Relay")
    assert ("trailer", "trailer 2", "2026-11-19") in found


def test_teaser_released_in_a_month_and_year_is_teaser_1_by_month():
    doc = news(["Glass Orchard Relay premieres in April 2027. The main trailer premiered today. The trailer follows "
                "a teaser released in August 2026 and previews the opening theme."], title="Glass Orchard Relay")
    assert ("trailer", "teaser 1", "2026-08") in facts(doc, "Glass Orchard Relay")
    doc = news(["Glass Orchard Relay premieres in April 2027. A teaser is planned for release in August 2026."],
               title="Glass Orchard Relay")
    assert not any(f == "trailer" for f, k, v in facts(doc, "Glass Orchard Relay"))


def test_watch_it_here_link_takes_the_number_and_day_its_sentence_gives():
    doc = news(["Glass Orchard Relay premieres in spring 2027.</p><h2>Glass Orchard Relay: PV 3 debut</h2><p>"
                'The studio showed the third PV for the first time anywhere; it went up on YouTube the next day, '
                'November 22 (<a href="https://www.youtube.com/watch?v=abcDEF12345">watch it here</a>).'],
               title="Glass Orchard Relay panel report", published="2026-11-23")
    trailers = {(k, v) for f, k, v in facts(doc, "Glass Orchard Relay") if f == "trailer"}
    assert trailers == {("PV 3", "2026-11-22 https://www.youtube.com/watch?v=abcDEF12345")}


def test_video_also_put_out_with_the_news_takes_the_announcement_day():
    doc = news(["The official website for Glass Orchard Relay announced on Tuesday that the duo Paper Kites will perform "
                'the opening theme "Lantern Road." The site also began streaming the second promotional video, which '
                "previews the song."], title="Glass Orchard Relay opening", published="2026-11-26")
    found = facts(doc, "Glass Orchard Relay")
    assert ("trailer", "PV 2", "2026-11-24") in found


def test_official_news_headline_pairing_kinds_with_artist_and_title():
    doc = _site('<h2>NEWS</h2><ul><li><time>2026.11.02</time> <a href="/news/27">Theme songs decided! Opening: Paper Kites '
                '"Lantern Road" / Ending: Mina Solberg "Salt Glass"</a></li><li><time>2026.10.03</time> '
                '<a href="/news/23">PV 1 released</a></li></ul><h2>STORY</h2><p>A quiet fantasy.</p>')
    found = facts(doc, "Glass Orchard Relay", url="https://glass-orchard.example/")
    assert ("theme_song", "opening 1", "Lantern Road — Paper Kites") in found
    assert ("theme_song", "ending 1", "Salt Glass — Mina Solberg") in found


def test_a_services_region_list_runs_through_the_united_kingdom():
    doc = news(["Glass Orchard Relay airs on Fuji TV from January 13, 2027. HIDIVE will stream it in the United States, "
                "Canada, the United Kingdom and Ireland."], title="Glass Orchard Relay")
    found = facts(doc, "Glass Orchard Relay")
    assert ("streaming", "hidive", "HIDIVE (in the United States, Canada, the United Kingdom and Ireland)") in found


def test_a_bare_month_in_a_late_year_article_reads_forward():
    doc = news(["Glass Orchard Relay premieres in January."], title="Glass Orchard Relay news", published="2026-11-24")
    assert {v for f, k, v in facts(doc, "Glass Orchard Relay") if f == "release_date"} == {"2027-01"}
    doc = news(["Glass Orchard Relay premiered in March."], title="Glass Orchard Relay news", published="2026-11-24")
    assert {v for f, k, v in facts(doc, "Glass Orchard Relay") if f == "release_date"} == {"2026-03"}


def test_a_music_video_or_live_action_heading_its_clause_keeps_its_director():
    for other in ("The music video for the single was directed by Pavel Stroud.",
                  "The live-action film adaptation is directed by Pavel Stroud."):
        doc = news(["Corin Vale is directing Glass Orchard Relay at Studio Wend.", other], title="Glass Orchard Relay")
        assert staff(facts(doc, "Glass Orchard Relay"), "director") == {"Corin Vale"}
    doc = news(["The TV anime adaptation of the stage play Glass Orchard Relay is directed by Corin Vale."],
               title="Glass Orchard Relay")
    assert staff(facts(doc, "Glass Orchard Relay"), "director") == {"Corin Vale"}


def test_first_season_with_a_which_aside_credits_that_season_but_keeps_the_source():
    doc = news(["Glass Orchard Relay Season 2 premieres in January 2027 with Corin Vale directing.",
                "The first season, which adapted Ann Lee's novels, was directed by Pavel Stroud."],
               title="Glass Orchard Relay Season 2")
    found = facts(doc, "Glass Orchard Relay Season 2")
    assert staff(found, "director") == {"Corin Vale"}
    assert ("staff", "original creator", "Ann Lee") in found


def test_two_studios_before_are_co_animating():
    doc = news(["Studio Wend and Kestrel Vale Animation are co-animating Glass Orchard Relay."], title="Glass Orchard Relay")
    assert _studios(facts(doc, "Glass Orchard Relay")) == {"Studio Wend", "Kestrel Vale Animation"}


def test_a_video_revealing_a_dated_premiere_in_the_works_section():
    found = facts(_roundup("The PV reveals a spring 2027 premiere on MBS and TBS."), "Glass Orchard Relay")
    assert ("release_date", "", "2027-spring") in found
    found = facts(_roundup("The PV's January 5 premiere drew a million views."), "Glass Orchard Relay")
    assert not any(f == "release_date" for f, k, v in found)
