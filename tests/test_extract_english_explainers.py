"""English news explainers: a schedule of several works, a streaming list with long notes, a rail of story cards."""
from __future__ import annotations

from extract_helpers import facts


def _page(body: str, title: str = "Anime news") -> str:
    return (f"<!doctype html><html><head><title>{title}</title><meta property=\"article:published_time\" "
            "content=\"2026-11-20T09:00:00+00:00\"></head><body><main><article><h1>{title}</h1>"
            f"{body}</article></main></body></html>")


def test_schedule_table_of_other_works_gives_no_service():
    doc = _page("<p>Gearwick Hollow Season 2 premieres on January 9, 2027 on TBS.</p>"
                "<table><caption>Other winter simulcasts</caption><thead><tr><th>Title</th><th>Service</th>"
                "<th>Starts</th></tr></thead><tbody><tr><td>Copperfin Tales</td><td>HIDIVE</td><td>January 6</td></tr>"
                "<tr><td>Moss Harbor</td><td>Netflix</td><td>January 10</td></tr></tbody></table>",
                "Gearwick Hollow Season 2 sets winter premiere")
    got = facts(doc, "Gearwick Hollow Season 2")
    assert not any(f == "streaming" for f, _k, _v in got)
    assert ("release_date", "", "2027-01-09") in got


def test_schedule_table_row_of_the_work_is_read():
    doc = _page("<table><thead><tr><th>Title</th><th>Service</th><th>Starts</th></tr></thead><tbody>"
                "<tr><td>Copperfin Tales</td><td>HIDIVE</td><td>January 6, 2027</td></tr>"
                "<tr><td>Gearwick Hollow</td><td>Crunchyroll</td><td>January 9, 2027</td></tr></tbody></table>",
                "Winter simulcasts")
    got = facts(doc, "Gearwick Hollow")
    assert ("streaming", "crunchyroll", "Crunchyroll") in got
    assert not any(k == "hidive" for f, k, _v in got if f == "streaming")


def test_explainer_streaming_list_with_long_notes():
    doc = _page("<p>Gearwick Hollow premieres on Saturday, January 9, 2027 on TBS.</p>"
                "<h2>Where can you stream it?</h2><ul>"
                "<li><strong>Crunchyroll</strong> — simulcast worldwide excluding Asia, subtitled in English, "
                "Spanish, French and German</li>"
                "<li><strong>Netflix</strong> — in Japan and Taiwan, starting <strong>January 16, 2027</strong>, "
                "a week after the TV premiere, with new episodes every Saturday</li></ul>",
                "Gearwick Hollow streaming guide")
    got = facts(doc, "Gearwick Hollow")
    assert ("streaming", "crunchyroll", "Crunchyroll (worldwide excluding Asia)") in got
    assert ("streaming", "netflix", "Netflix (Japan and Taiwan)") in got
    assert ("release_date", "Netflix", "2027-01-16") in got
    assert ("release_date", "", "2027-01-09") in got


def test_story_cards_under_more_from_heading_are_other_articles():
    doc = _page("<p>Gearwick Hollow premieres on April 9, 2027 on TOKYO MX.</p>"
                "<section class=\"more-cards\"><h3>More from Inkwell</h3>"
                "<div class=\"card\"><a href=\"/anime/copperfin-s2/\"><img src=\"/a.jpg\" alt=\"\">"
                "<h4>Copperfin Tales season 2: new director Rin Tomoda</h4></a><p>Studio Bramble returns.</p></div>"
                "<div class=\"card\"><a href=\"/anime/moss-harbor-delay/\"><img src=\"/b.jpg\" alt=\"\">"
                "<h4>Moss Harbor delayed to May 2027</h4></a><p>Netflix will stream it worldwide on the same day.</p>"
                "</div></section>", "Gearwick Hollow sets April premiere")
    got = facts(doc, "Gearwick Hollow")
    assert any(f == "broadcaster" for f, _k, _v in got)
    assert not any(f == "streaming" for f, _k, _v in got)
    assert not any(v == "Rin Tomoda" for _f, _k, v in got)


def test_weekly_digest_headline_shortens_a_title():
    doc = _page("<section><h2>1. <em>Copperfin Tales Rebellion</em> delayed to April 2027</h2>"
                "<p>Copperfin Tales Rebellion will now premiere in April 2027 on Fuji TV.</p></section>"
                "<section><h2>2. <em>Moss Harbor Bakery</em> adds cast</h2>"
                "<p>Moss Harbor Bakery premieres on Nippon TV on January 9, 2027.</p></section>"
                "<section><h2>Quick hits</h2><ul><li><em>Velvet Spire</em> moved its premiere to January 10, on TBS.</li>"
                "</ul></section>",
                "Copperfin Tales Slips to Spring, Moss Harbor Bakery Adds Cast")
    got = facts(doc, "Moss Harbor Bakery")
    assert ("broadcaster", "nippon tv", "Nippon TV") in got or any(k == "nippontv" for f, k, _v in got)
    assert not any(k in ("tbs", "fujitv", "fuji tv") for f, k, _v in got if f == "broadcaster")


def test_episode_count_before_series_is_still_the_series():
    doc = _page("<p>The 12-episode series premieres on Nippon TV on Saturday, January 9, 2027, at 25:59.</p>",
                "Moss Harbor Bakery dated")
    assert ("release_date", "", "2027-01-10") in facts(doc, "Moss Harbor Bakery")


def test_series_wiki_article_season_part_is_the_season():
    doc = ("<!doctype html><html><head><title>Gearwick Chronicle - Fanwiki</title></head><body><main>"
           "<h1>Gearwick Chronicle</h1><p>Gearwick Chronicle is a fantasy manga series.</p>"
           "<h2>Anime</h2><h3>Season 1</h3><p>The first season aired from July 5, 2025 on Fuji TV, directed by "
           "Rin Tomoda.</p><h3>Season 2</h3><p>Hal Odaka directs the second season at Studio Bramble.</p>"
           "<p>The second season is scheduled to run for 13 episodes and will premiere on January 9, 2027, "
           "on TOKYO MX. Crunchyroll will stream the season outside of Asia, and Amazon Prime Video will begin "
           "streaming it in Japan on January 16, 2027.</p><h2>Reception</h2><p>Sales were strong.</p>"
           "</main></body></html>")
    got = facts(doc, "Gearwick Chronicle Season 2")
    assert ("staff", "director", "Hal Odaka") in got
    assert ("episodes", "", "13") in got
    assert ("release_date", "", "2027-01-09") in got
    assert ("release_date", "Amazon Prime Video", "2027-01-16") in got
    assert ("streaming", "amazonprimevideo", "Amazon Prime Video") in got
    assert not any(v == "Rin Tomoda" for _f, _k, v in got)
    assert not any(k == "Crunchyroll" for f, k, _v in got if f == "release_date")


def test_staff_phrasings_continues_as_adr_director_writes_composition_studio_once_again():
    doc = _page("<p>Moss Harbor returns in January 2027.</p>"
                "<p>Studio Bramble is once again animating. Hal Odaka returns for series composition, and Sae Kuno "
                "continues as character designer. Dana Reyes is the ADR director. Rio Tamaki directs, and Jun Aoba writes "
                "the series composition.</p>", "Moss Harbor season 2 staff")
    got = facts(doc, "Moss Harbor")
    assert ("studio", "bramble", "Studio Bramble") in got
    assert ("staff", "character design", "Sae Kuno") in got
    assert ("staff", "adr director", "Dana Reyes") in got
    assert ("staff", "series composition", "Jun Aoba") in got


def test_english_dub_heading_keys_its_actor_as_character_list():
    doc = _page("<p>Moss Harbor premieres in January 2027.</p><h2>English dub</h2>"
                "<p>The English dub will begin streaming later in the season. The leads have been recast:</p>"
                "<ul><li>Dana Reyes as Rei Valen</li><li>Jon Keel as Casimir Otter</li></ul>"
                "<p>For comparison, season one's dub starred Tess Hollis as Rei.</p>", "Moss Harbor dub cast")
    got = facts(doc, "Moss Harbor")
    assert ("cast", "Rei Valen [English]", "Dana Reyes") in got
    assert ("cast", "Casimir Otter [English]", "Jon Keel") in got
    assert not any(v == "Tess Hollis" for _f, _k, v in got)


def test_co_composing_pair_and_still_planned_episode_count():
    doc = _page("<p>Moss Harbor is set for April 2027. Rin Ota designs the characters, and Dai Honda and Mari Sugo "
                "are co-composing the music. The series is still planned to run for 23 episodes across two split "
                "cours.</p>", "Moss Harbor delayed")
    got = facts(doc, "Moss Harbor")
    assert ("staff", "music", "Dai Honda") in got and ("staff", "music", "Mari Sugo") in got
    assert ("episodes", "", "23") in got


def test_weekday_picks_the_year_and_since_started_is_no_premiere():
    doc = _page("<p>Rei Kato's Moss Harbor has been a quiet hit of Monthly Lumen Comics since it started in 2021.</p>"
                "<p>Update: the show has been pushed back. It will debut on Thursday, April 8 at 25:28 JST "
                "on TOKYO MX.</p>", "Moss Harbor delayed")
    got = facts(doc, "Moss Harbor")
    assert ("release_date", "", "2027-04-09") in got
    assert ("release_date", "", "2021") not in got


def test_year_of_weekday():
    from tracker.dates import PartialDate, _WEEKDAY_BEFORE, _year_of_weekday
    wm = _WEEKDAY_BEFORE.search("on Friday, ")
    assert _year_of_weekday(PartialDate(2026, 4, 9), wm) == PartialDate(2027, 4, 9)
    assert _year_of_weekday(PartialDate(2027, 4, 9), wm) == PartialDate(2027, 4, 9)


def test_both_adapting_designs_and_acting_as():
    doc = _page("<p>Moss Harbor is set for January 2027. Mie Tana is in charge of series composition, and Sayo Oka is both "
                "adapting Rei Kato's designs for animation and acting as chief animation director.</p>", "Moss Harbor staff")
    got = facts(doc, "Moss Harbor")
    assert ("staff", "character design", "Sayo Oka") in got
    assert ("staff", "chief animation director", "Sayo Oka") in got


def test_streaming_label_sentence_names_services_not_clauses():
    doc = _page("<p>TV anime Moss Harbor begins broadcasting on TOKYO MX from Saturday, January 9, 2027.</p>"
                "<h4>Broadcast information</h4><dl><dt>TOKYO MX</dt><dd>From January 9, 2027 (Sat), every Saturday "
                "24:30–</dd></dl><p>Streaming: ABEMA will start streaming on January 13 (Wed) at 12:00, with U-NEXT and other platforms "
                "to follow. *Schedules are subject to change.</p>", "Moss Harbor broadcast news")
    got = facts(doc, "Moss Harbor")
    assert ("streaming", "abema", "ABEMA") in got and ("streaming", "unext", "U-NEXT") in got
    assert ("release_date", "ABEMA", "2027-01-13") in got
    assert all(len(k) <= 20 for f, k, _v in got if f == "release_date")


def test_studio_named_in_an_aside_beside_the_title():
    doc = _page("<p>The first teaser for Moss Harbor (Koke no Minato), Atelier Pinewood's first original feature film, "
                "debuted on Monday. Makoto Rei's first feature film, Tide Clock, opened in 2024.</p>", "Moss Harbor teaser")
    got = facts(doc, "Moss Harbor")
    assert ("studio", "atelier pinewood", "Atelier Pinewood") in got or any(v == "Atelier Pinewood" for f, _k, v in got if f == "studio")
    assert not any("Makoto" in v for f, _k, v in got if f == "studio")


def test_main_pv_dropped_is_pv_1():
    doc = _page("<p>Moss Harbor Season 2 premieres in January 2027.</p><h2>Trailer</h2>"
                "<p>The season 2 main PV dropped on November 14:</p>", "Moss Harbor Season 2 news")
    assert ("trailer", "PV 1", "2026-11-14") in facts(doc, "Moss Harbor Season 2")


def test_news_list_line_with_its_date_dates_the_teaser():
    doc = ("<!doctype html><html><head><title>TV Anime Moss Harbor Official Site</title></head><body><main>"
           "<h2>NEWS</h2><ul><li><time>2026.11.20</time> <span>MOVIE</span> <a href=\"/n/2\">The second PV has been "
           "released!</a></li><li><time>2026.08.15</time> <span>INFO</span> <a href=\"/n/1\">TV anime Moss Harbor "
           "announced! Teaser visual and teaser PV released</a></li></ul></main></body></html>")
    got = facts(doc, "Moss Harbor", url="https://mossharbor.example/en/")
    assert any(f == "trailer" and k == "teaser 1" and v.startswith("2026-08-15") for f, k, v in got)


def test_artist_after_a_lower_case_article():
    doc = _page("<p>Moss Harbor's new PV gives the first listen to the ending theme, \"Low Tide Waltz\" by the Kiri Sisters.</p>",
                "Moss Harbor PV")
    assert ("theme_song", "ending 1", "Low Tide Waltz — Kiri Sisters") in facts(doc, "Moss Harbor")


def test_with_service_streaming_it_from_a_later_day():
    doc = _page("<p>The 12-episode series Moss Harbor premieres on Nippon TV on Saturday, January 9, 2027, with Disney+ "
                "streaming it worldwide from January 16.</p>", "Moss Harbor dated")
    got = facts(doc, "Moss Harbor")
    assert ("release_date", "Disney+", "2027-01-16") in got
    assert ("release_date", "", "2027-01-09") in got


def test_cast_list_after_voices_continues_with_is():
    doc = _page("<p>Moss Harbor's Japanese cast returns in full: Mao Hira voices Rei Valen, Shin Kozu is Casimir Otter and "
                "Yoko Ame is Professor Wren. Director Jun Ono is Japanese.</p>", "Moss Harbor cast")
    got = facts(doc, "Moss Harbor")
    assert ("cast", "Casimir Otter", "Shin Kozu") in got and ("cast", "Professor Wren", "Yoko Ame") in got
    assert not any(k == "Japanese" for f, k, _v in got if f == "cast")
