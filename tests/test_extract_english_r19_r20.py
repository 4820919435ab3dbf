"""English news and announcement pages (the misses of holdout rounds 19-20): each rule on a snippet of its own,
with invented names, and the trap next to it that must stay out."""
from extract_helpers import facts, news


def _keys(found, field):
    return {(k, v) for f, k, v in found if f == field}


def test_a_correction_note_does_not_restate_the_wrong_network():
    doc = news(["Harbor Lantern is set to premiere in April 2027 on Nippon TV.",
                "Correction: An earlier version of this article said the series would air on TV Asahi. It will air on Nippon TV."],
               title="Harbor Lantern gets April premiere")
    nets = {k for k, v in _keys(facts(doc, "Harbor Lantern"), "broadcaster")}
    assert any("nippon" in k for k in nets)
    assert not any("asahi" in k for k in nets)


def test_a_director_in_a_which_clause_about_another_title_is_that_titles():
    doc = news(["Studio Quill is animating Harbor Lantern, directed by Mina Sorel.",
                "The publisher had earlier backed Glass Orchard, which Studio Quill animated under director Toma Reyes "
                "and which premiered in 2025."],
               title="Harbor Lantern staff revealed")
    staff = _keys(facts(doc, "Harbor Lantern"), "staff")
    assert ("director", "Mina Sorel") in staff
    assert not any(v == "Toma Reyes" for k, v in staff)


def test_a_teaser_that_debuted_in_a_bare_month_is_the_past_one():
    doc = news(["Harbor Lantern returns in January 2027 on Tokyo MX.",
                "The first teaser for the season debuted in June, shortly after the sequel was announced."],
               title="Harbor Lantern season 2 dated", published="2026-11-24")
    trailers = _keys(facts(doc, "Harbor Lantern"), "trailer")
    assert ("teaser 1", "2026-06") in trailers
    assert ("teaser 1", "2027-06") not in trailers


def test_a_list_introduced_as_the_english_dub_cast_is_keyed_as_the_dub():
    doc = ("<!doctype html><html><head><title>Harbor Lantern dub cast</title></head><body><main><article>"
           "<h1>Harbor Lantern Season 2 English dub cast</h1>"
           "<p>Harbor Lantern Season 2 premieres January 9 on Fuji TV.</p>"
           "<p>The returning Japanese cast includes:</p><ul><li>Rei Okabe as Lio Marsh</li><li>Sena Ito as Pell Dorne</li></ul>"
           "<p>Crunchyroll also revealed the English dub cast, which will begin streaming later in the season:</p>"
           "<ul><li>Lio Marsh – Dana Whitcomb</li><li>Pell Dorne – Arlo Benning</li></ul>"
           "</article></main></body></html>")
    cast = _keys(facts(doc, "Harbor Lantern Season 2"), "cast")
    assert ("Lio Marsh", "Rei Okabe") in cast
    assert ("Lio Marsh [English]", "Dana Whitcomb") in cast
    assert ("Pell Dorne [English]", "Arlo Benning") in cast
    assert ("Lio Marsh", "Dana Whitcomb") not in cast


def test_a_service_that_will_add_the_season_later_streams_it_from_that_day():
    doc = news(["Harbor Lantern Season 2 premieres on Saturday, January 9, on Fuji TV. In Japan, Netflix will add the "
                "season a week after its TV debut, on January 17."],
               title="Harbor Lantern Season 2 dated")
    found = facts(doc, "Harbor Lantern Season 2")
    assert ("streaming", "netflix", "Netflix") in found
    assert ("release_date", "Netflix", "2027-01-17") in found
    assert ("release_date", "", "2027-01-09") in found


def test_an_artists_earlier_season_song_set_apart_does_not_hide_the_new_theme():
    doc = news(["Harbor Lantern Season 2 premieres on January 9 on Fuji TV.",
                "Glass Finch, the band behind the first season's opening \"Paper Signal,\" returns to perform the new "
                "opening theme \"Low Bloom.\""],
               title="Harbor Lantern Season 2 theme")
    themes = _keys(facts(doc, "Harbor Lantern Season 2"), "theme_song")
    assert ("opening 1", "Low Bloom — Glass Finch") in themes
    assert not any("Paper Signal" in v for k, v in themes)


def test_the_studio_of_the_directors_previous_feature_is_not_this_films():
    doc = news(["Harbor Lantern, the new feature from director Aya Tomori, opens May 21, 2027. It is animated by Studio Reed.",
                "Tomori's previous feature, Glass Ferry (2023), was produced at Studio Pell and opened in July 2023."],
               title="Harbor Lantern dated")
    studios = {k for k, v in _keys(facts(doc, "Harbor Lantern"), "studio")}
    assert any("reed" in k for k in studios)
    assert not any("pell" in k for k in studios)


def test_a_month_of_last_year_is_last_years():
    from tracker.dates import PartialDate, find_dates
    got = [d.date.iso() for d in find_dates("The first teaser debuted in October of last year, at a press event.",
                                             published=PartialDate.parse("2026-11-26"))]
    assert got == ["2025-10"]


def test_a_distributor_releasing_the_films_teaser_is_the_works_own_video():
    doc = news(["Harbor Lantern will open in Japanese theaters on May 21, 2027.",
                "Kaze Pictures released the film's second teaser trailer on Wednesday.",
                "Separately, Glass Ferry's second teaser trailer went up on Monday."],
               title="Harbor Lantern dated", published="2026-11-26")
    trailers = _keys(facts(doc, "Harbor Lantern"), "trailer")
    assert ("teaser 2", "2026-11-25") in trailers
    assert ("teaser 2", "2026-11-23") not in trailers


def test_directs_from_her_own_screenplay_and_where_someone_is_producing():
    doc = news(["Harbor Lantern, the new feature from director Aya Tomori, opens in theaters on May 21, 2027.",
                "Tomori directs from her own original screenplay at Reed Works, where Kenji Obara is producing."],
               title="Harbor Lantern dated")
    staff = _keys(facts(doc, "Harbor Lantern"), "staff")
    assert ("screenplay", "Aya Tomori") in staff
    assert ("producer", "Kenji Obara") in staff
    assert not any(v == "Reed Works" for k, v in staff)


def test_is_back_as_a_role_and_a_role_before_a_colon_taken_over():
    doc = news(["Harbor Lantern Season 2 premieres in October 2027.",
                "Several key staff return: Rika Ono is back as sound director. The character designs are new, though: "
                "Mei Hoshida replaces Season 1's Jun Arata."],
               title="Harbor Lantern Season 2 staff")
    staff = _keys(facts(doc, "Harbor Lantern Season 2"), "staff")
    assert ("sound director", "Rika Ono") in staff
    assert ("character design", "Mei Hoshida") in staff
    assert not any(v == "Jun Arata" for k, v in staff)


def test_a_teaser_shown_at_an_event_that_went_up_later_is_dated():
    doc = news(["Harbor Lantern Season 2 premieres in October 2027.",
                "The 45-second teaser shown at the fan meeting went up on YouTube the same day, November 8, 2026."],
               title="Harbor Lantern Season 2: everything we know")
    trailers = _keys(facts(doc, "Harbor Lantern Season 2"), "trailer")
    assert ("teaser 1", "2026-11-08") in trailers
    assert not any(k == "teaser 2" for k, v in trailers)   # "45-second" is no ordinal


def test_an_authors_novels_getting_the_tv_treatment_and_the_novelist_by_surname():
    doc = news(["Harbor Lantern premieres in April 2027.",
                "Mina Kurose's court-intrigue light novels are getting the TV treatment from Studio Reed.",
                "Daiki Sawa is the director, and novelist Kurose is supervising the scripts herself.",
                "Novelist Kurose is also writing the first episode."],
               title="Harbor Lantern spring preview")
    staff = _keys(facts(doc, "Harbor Lantern"), "staff")
    assert ("original creator", "Mina Kurose") in staff
    assert ("series composition", "Mina Kurose") in staff
    assert not any(v.startswith("Novelist") for k, v in staff)


def test_the_animation_producer_for_the_works_own_studio():
    doc = news(["Harbor Lantern premieres in July 2027. It is animated by Studio Reed.",
                "Aki Sora is the animation producer for Studio Reed. Jun Oda is the animation producer for Glass Ferry."],
               title="Harbor Lantern staff")
    staff = _keys(facts(doc, "Harbor Lantern"), "staff")
    assert ("animation producer", "Aki Sora") in staff
    assert not any(v == "Jun Oda" for k, v in staff)


def test_a_station_that_follows_on_a_weekday_and_date():
    doc = news(["Harbor Lantern premieres on Friday, April 9 on TOKYO MX. BS11 follows on Wednesday, April 14, "
                "and HIDIVE will simulcast it outside Japan."],
               title="Harbor Lantern dated", published="2026-11-24")
    found = facts(doc, "Harbor Lantern")
    assert ("release_date", "BS11", "2027-04-14") in found
    assert ("broadcaster", "bs11", "BS11") in found


def test_a_theme_label_said_still_unannounced_is_no_song():
    doc = ("<!doctype html><html><head><title>Harbor Lantern</title></head><body><main><article>"
           "<h1>Harbor Lantern</h1><p>Harbor Lantern premieres on April 9, 2027 on TOKYO MX.</p>"
           "<p>Opening: \"Deep Glow\" by Ninefold</p><p>Ending: still unannounced</p></article></main></body></html>")
    themes = _keys(facts(doc, "Harbor Lantern"), "theme_song")
    assert not any("unannounced" in v for k, v in themes)


def test_a_single_cour_of_n_episodes():
    doc = news(["Harbor Lantern premieres on April 9, 2027 on TOKYO MX. The run is a single cour of 12 episodes."],
               title="Harbor Lantern dated")
    assert ("episodes", "", "12") in facts(doc, "Harbor Lantern")


def test_stations_joined_by_a_slash_are_both_broadcasters():
    doc = news(["Harbor Lantern airs in Japan on MBS/TBS every Thursday at 24:00 JST starting January 7, 2027."],
               title="Harbor Lantern dated")
    nets = {k for k, v in _keys(facts(doc, "Harbor Lantern"), "broadcaster")}
    assert {"mbs", "tbs"} <= nets


def test_a_streaming_row_for_a_service_and_other_services():
    doc = ("<!doctype html><html><head><title>Harbor Lantern official site</title></head><body><main>"
           "<h1>Harbor Lantern</h1><section><h2>ON AIR</h2><h3>TV</h3><table>"
           "<tr><th>TOKYO MX</th><td>From January 6, 2027 (Wed) every week 25:00～</td></tr></table><h3>STREAMING</h3><table>"
           "<tr><th>ABEMA</th><td>Exclusive first streaming from January 7, 2027 (Thu) 12:00～</td></tr>"
           "<tr><th>U-NEXT and other services</th><td>From January 14, 2027 (Thu) 12:00～</td></tr>"
           "</table></section></main></body></html>")
    found = facts(doc, "Harbor Lantern")
    assert ("release_date", "U-NEXT", "2027-01-14") in found
    assert any(f == "streaming" and v == "U-NEXT" for f, k, v in found)
    assert not any("other services" in v for f, k, v in found)


def test_a_quoted_title_before_as_in_a_headline_is_no_actor():
    doc = news(["Harbor Lantern premieres in July 2027. Rei Okabe plays the lead, Lio Marsh."],
               title="Crunchyroll Takes Rights to 'Harbor Lantern' as Committee Lines Up July Launch")
    cast = _keys(facts(doc, "Harbor Lantern"), "cast")
    assert not any("Committee" in k or "Lantern" in v for k, v in cast)
