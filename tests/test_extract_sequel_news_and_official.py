"""Sequel news and official pages: a dropped premiere plan, a service's country arm starting later, and more."""
from __future__ import annotations

from extract_helpers import facts, news


def test_no_longer_premiere_is_the_dropped_plan_and_the_new_day_is_taken():
    doc = news(["The studio said that Lumen Ferry season 2 will no longer premiere in January 2027.",
                "The season will premiere on TOKYO MX on April 9 at 25:30."], title="Lumen Ferry season 2 delayed")
    got = facts(doc, "Lumen Ferry")
    dates = {v for f, k, v in got if f == "release_date"}
    assert dates == {"2027-04-10"}


def test_service_country_arm_getting_it_later_is_streaming_with_its_own_start_day():
    doc = news(["Lumen Ferry will premiere on TOKYO MX on April 9, 2027.",
                "Crunchyroll will stream Lumen Ferry worldwide outside of Asia as it airs, "
                "while Netflix Japan gets it one week later, starting April 16."])
    got = facts(doc, "Lumen Ferry")
    assert ("streaming", "netflix", "Netflix (Japan)") in got
    assert ("release_date", "Netflix", "2027-04-16") in got
    assert ("release_date", "", "2027-04-09") in got


def test_band_named_with_lower_case_the_and_a_returning_lower_case_singer():
    doc = news(['The rock band the LANTERNS will perform the opening theme "Harbor Lights," while singer '
                'mizuhi returns to sing the ending theme "Paper Moon," her second ending for Lumen Ferry.'])
    got = facts(doc, "Lumen Ferry")
    assert ("theme_song", "opening 1", "Harbor Lights — the LANTERNS") in got
    assert ("theme_song", "ending 1", "Paper Moon — mizuhi") in got


def test_screening_at_an_event_named_in_quotes_keys_the_event_not_its_hall():
    doc = news(['Lumen Ferry will hold an advance screening of its first two episodes at the "Lumen Ferry Harbor Night" '
                "event at Osaka's Minato Grand Hall on March 20."])
    got = facts(doc, "Lumen Ferry")
    events = {(k, v) for f, k, v in got if f == "premiere_event"}
    assert events == {("Lumen Ferry Harbor Night", "advance screening")}


def test_services_listed_as_following_from_a_day_on_an_official_streaming_card():
    doc = ("<html><head><title>TV anime Lumen Ferry official site</title></head><body><main>"
           "<h3>Streaming</h3><p>ABEMA will stream the series ahead of other services, every Friday from "
           "January 15, 2027 at 22:00. U-NEXT, dアニメストア and other services follow from January 16.</p>"
           "</main></body></html>")
    got = facts(doc, "Lumen Ferry", url="https://lumenferry-anime.example/")
    assert ("streaming", "unext", "U-NEXT") in got
    assert ("streaming", "danimestore", "dアニメストア") in got
    assert ("release_date", "U-NEXT", "2027-01-16") in got
    assert ("release_date", "ABEMA", "2027-01-15") in got


def test_video_linked_twice_is_dated_by_its_dated_card():
    doc = ("<html><head><title>TV anime Lumen Ferry official site</title></head><body><main>"
           "<p>The harbor never sleeps.</p>"
           '<div><a href="https://www.youtube.com/watch?v=AbCdEfGh123">▶ Main PV</a></div>'
           "<p>Lumen Ferry premieres January 2027.</p>"
           "<h2>MOVIE</h2><ul>"
           '<li><a href="https://www.youtube.com/watch?v=AbCdEfGh123"><p>Main PV (2026.11.20)</p></a></li>'
           "</ul></main></body></html>")
    got = facts(doc, "Lumen Ferry", url="https://lumenferry-anime.example/")
    trailers = {(k, v) for f, k, v in got if f == "trailer"}
    assert trailers == {("PV 1", "2026-11-20 https://www.youtube.com/watch?v=AbCdEfGh123")}


def test_news_item_on_the_works_quoted_stage_at_a_dated_event():
    doc = ("<html><head><title>TV anime Lumen Ferry official site</title></head><body><main>"
           "<p>Lumen Ferry premieres January 2027.</p><h2>NEWS</h2><ul>"
           '<li><time>2026.11.02</time> EVENT <a href="/news/3">Stage report: "Lumen Ferry" special stage at Harbor Anime Fes 2026</a></li>'
           '<li><time>2026.10.02</time> EVENT <a href="/news/2">"Other Show" special stage at Autumn Comic Party 2026</a></li>'
           "</ul></main></body></html>")
    got = facts(doc, "Lumen Ferry", url="https://lumenferry-anime.example/")
    events = {(k, v) for f, k, v in got if f == "premiere_event"}
    assert events == {("Harbor Anime Fes 2026", "special stage")}


def test_insert_song_sung_in_character_and_an_actor_as_the_voice_of_a_part():
    doc = news(['Lumen Ferry will also feature an insert song, "Rust Lullaby," sung in-character by Aya Kurose, '
                "who voices Princess Mirel.",
                "The cast of Lumen Ferry includes Sota Minami as the ferryman Iven, and veteran Jiro Tanabe as the voice "
                "of the sea serpent Orm."])
    got = facts(doc, "Lumen Ferry")
    assert ("theme_song", "insert 1", "Rust Lullaby — Aya Kurose") in got
    assert ("cast", "Orm", "Jiro Tanabe") in got
    assert ("cast", "Iven", "Sota Minami") in got


def test_database_available_at_row_with_the_territories_in_brackets():
    doc = ("<html><head><title>Lumen Ferry (TV) - AnimeBase</title></head><body><main><h1>Lumen Ferry</h1>"
           '<h2>Information</h2><div><span class="dark">Type:</span> TV</div>'
           '<div><span class="dark">Premiered:</span> Summer 2027</div>'
           "<h2>Available At</h2>"
           '<div><a href="https://stream.example/series/lumen">Crunchyroll</a> (announced for North America and Europe)</div>'
           "</main></body></html>")
    got = facts(doc, "Lumen Ferry", url="https://animebase.example/anime/123/Lumen_Ferry")
    assert ("streaming", "crunchyroll", "Crunchyroll (North America and Europe)") in got


def _ja_article(paragraphs: list[str]) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return ("<html lang='ja'><head><title>音楽ニュース</title><meta property='article:published_time' "
            "content='2026-11-26T12:00:00+09:00'></head><body><main><article><h1>音楽ニュース</h1>"
            f"{body}</article></main></body></html>")


def test_ja_theme_artist_written_by_and_a_singing_actor_described_by_the_part():
    doc = _ja_article(["TVアニメ「波音ステーション」の主題歌が決定した。",
                       "オープニング主題歌は3人組バンド・Tide Lampによる書き下ろしの新曲「ソナー・ハート」。"
                       "エンディング主題歌は、主人公・ミオ役を演じる声優の月島ななが歌う「潮騒ノート」に決定した。"])
    got = facts(doc, "波音ステーション")
    assert ("theme_song", "opening 1", "ソナー・ハート — Tide Lamp") in got
    assert ("theme_song", "ending 1", "潮騒ノート — 月島なな") in got


def test_ja_airing_topic_sentence_ending_on_the_late_night_start():
    doc = _ja_article(["TVアニメ「波音ステーション」の主題歌が決定した。",
                       "放送はMBS・TBS系全国28局ネット“スーパーアニメイズムTURBO”枠にて、2027年1月8日（金）深夜1時28分から。"])
    got = facts(doc, "波音ステーション")
    assert {v for f, k, v in got if f == "release_date"} == {"2027-01-09"}


def test_character_pv_is_numbered_apart_from_the_main_pvs():
    doc = ("<html lang='ja'><head><title>TVアニメ「波音ステーション」公式サイト</title></head><body><main>"
           "<p>TVアニメ「波音ステーション」2027年1月放送開始</p><h2>MOVIE</h2><ul>"
           '<li><a href="https://www.youtube.com/watch?v=Aa1Bb2Cc3Dd"><img src="a.jpg" alt="第1弾PV"></a><p>第1弾PV（2026.09.18公開）</p></li>'
           '<li><a href="https://www.youtube.com/watch?v=Ee4Ff5Gg6Hh"><img src="b.jpg" alt="キャラクターPV ミオ編"></a>'
           "<p>キャラクターPV〈ミオ編〉（2026.10.30公開）</p></li></ul></main></body></html>")
    got = facts(doc, "波音ステーション", url="https://namioto-anime.example/")
    trailers = {(k, v) for f, k, v in got if f == "trailer"}
    assert trailers == {("PV 1", "2026-09-18 https://www.youtube.com/watch?v=Aa1Bb2Cc3Dd"),
                        ("character PV 1", "2026-10-30 https://www.youtube.com/watch?v=Ee4Ff5Gg6Hh")}


def test_news_heading_on_a_pv_premiered_at_an_event_is_no_release_date():
    doc = ("<html><head><title>NEWS | TV Anime Lumen Ferry Official Website</title></head><body><main>"
           "<h2>NEWS</h2><article><p>2026.11.25 ON AIR</p><h3>Broadcast start dates decided!</h3>"
           "<p>[Broadcast]</p><p>TOKYO MX: every Tuesday from April 6, 2027, 24:30～</p>"
           "<p>BS11: every Saturday from April 10, 2027, 22:00～</p></article>"
           "<article><p>2026.10.15 MOVIE</p><h3>PV 2 premiered at Harbor Anime Fes 2026! Now on YouTube</h3>"
           "<p>PV 2 of Lumen Ferry premiered today on stage.</p></article></main></body></html>")
    got = facts(doc, "Lumen Ferry", url="https://lumenferry-anime.example/en/news/")
    assert ("release_date", "", "2027-04-07") in got
    assert not any(f == "release_date" and v.startswith("2026") for f, k, v in got)


def test_news_list_item_dates_its_own_today_and_released_videos():
    doc = ("<html><head><title>NEWS | TV Anime Lumen Ferry Official Website</title>"
           "<meta property='article:published_time' content='2026-11-25T10:00:00+09:00'></head><body><main>"
           "<article><p>2026.11.25</p><p>ON AIR</p><h3>Broadcast start dates decided!</h3>"
           "<p>TV anime Lumen Ferry begins broadcasting April 6, 2027 on TOKYO MX.</p></article>"
           "<article><p>2026.10.15</p><p>MOVIE / EVENT</p><h3>New video on YouTube</h3>"
           "<p>PV 2 of Lumen Ferry premiered today on stage at a fan event.</p>"
           '<p><a href="https://www.youtube.com/watch?v=Zz9Yy8Xx7Ww">Watch PV 2 on YouTube</a></p></article>'
           "<article><p>2026.08.01</p><p>INFO</p><h3>Lumen Ferry gets a TV anime!</h3>"
           "<p>The teaser PV and teaser visual of Lumen Ferry have been released.</p>"
           '<p><a href="https://www.youtube.com/watch?v=Qq1Ww2Ee3Rr">Teaser PV (YouTube)</a></p></article>'
           "</main></body></html>")
    got = facts(doc, "Lumen Ferry", url="https://lumenferry-anime.example/en/news/")
    trailers = {(k, v) for f, k, v in got if f == "trailer"}
    assert ("PV 2", "2026-10-15 https://www.youtube.com/watch?v=Zz9Yy8Xx7Ww") in trailers
    assert ("teaser 1", "2026-08-01 https://www.youtube.com/watch?v=Qq1Ww2Ee3Rr") in trailers


def test_numbered_pv_premiered_at_an_event_is_that_events_premiere():
    doc = news(['PV 2 of Lumen Ferry premiered today on the "Lumen Ferry" stage at Harbor Con 2026, where the lead cast '
                "read a scene live."], title="Lumen Ferry PV 2 premiered at Harbor Con 2026!")
    got = facts(doc, "Lumen Ferry")
    events = {(k, v) for f, k, v in got if f == "premiere_event"}
    assert ("Harbor Con 2026", "PV 2 premiered") in events


def test_takes_over_as_director_at_a_studio_names_the_studio():
    doc = news(["Lumen Ferry season 2 premieres in January 2027.",
                "Aki Morino takes over as director at Studio Kestrelight, the same studio that produced season one."])
    got = facts(doc, "Lumen Ferry")
    assert ("studio", "kestrelight", "Studio Kestrelight") in got
    assert ("staff", "director", "Aki Morino") in got


def test_ja_later_tv_run_after_the_streaming_start_is_keyed_by_its_station():
    doc = _ja_article(["Netflixシリーズ「波音ステーション」が、2027年4月22日（木）よりNetflixにて世界独占配信されることが決定した。",
                       "本作は配信開始後、2027年10月よりTBSにて地上波放送を予定している。"])
    got = facts(doc, "波音ステーション")
    assert ("release_date", "", "2027-04-22") in got
    assert ("release_date", "TBS", "2027-10") in got
    assert ("broadcaster", "tbs", "TBS") in got


def test_with_a_station_beginning_its_broadcast_later_keys_that_day_in_the_premieres_year():
    doc = news(["Lumen Ferry is set to premiere on January 8, 2027, at 25:28 JST on TBS, with BS-TBS beginning its "
                "broadcast on January 12."], published="2026-11-20")
    got = facts(doc, "Lumen Ferry")
    assert ("release_date", "BS-TBS", "2027-01-12") in got
    assert ("release_date", "", "2027-01-09") in got   # (25:28 on the 8th, also as the headline-copy reader reads it)
    assert not any(f == "release_date" and v.startswith("2026") for f, k, v in got)


def test_pilot_screened_at_an_event_is_a_premiere_event():
    doc = news(["Lumen Ferry is coming in spring 2027. A five-minute pilot was screened at Anime Frontier 2026 in Osaka "
                "last month, and the audience loved it."])
    got = facts(doc, "Lumen Ferry")
    assert ("premiere_event", "Anime Frontier 2026", "five-minute pilot screened") in got


def test_getting_the_tv_or_anime_treatment_from_a_studio():
    doc = news(["Mina Sato's light novels Lumen Ferry are getting the TV treatment from Atelier Kestrel, and all "
                "anyone will commit to is spring 2027."])
    assert ("studio", "atelierkestrel", "Atelier Kestrel") in facts(doc, "Lumen Ferry")
    doc2 = news(["The manga Lumen Ferry is getting the anime treatment from studio Kumoya, the team announced."])
    assert {v for f, k, v in facts(doc2, "Lumen Ferry") if f == "studio"} == {"Kumoya"}


def test_a_streaming_services_season_window_alone_is_the_works_release_window():
    doc = news(["Lumen Ferry is an anime adaptation of Mina Sato's novels.",
                'Crunchyroll has already listed it for streaming "in spring 2027".'])
    got = facts(doc, "Lumen Ferry")
    assert ("release_date", "", "2027-spring") in got
    doc2 = news(["Lumen Ferry premieres on TOKYO MX on April 9, 2027.",
                 "Crunchyroll has already listed it for streaming in spring 2027."])
    assert {(k, v) for f, k, v in facts(doc2, "Lumen Ferry") if f == "release_date" and not k} == {("", "2027-04-09")}


def test_season_premiere_episode_screened_at_the_hosts_own_named_event():
    doc = news(["Lumen Ferry Season 2 premieres January 9, 2027.",
                "Crunchyroll also screened the Season 2 premiere episode to fans at its Winter Fan Night 2026 event in "
                "Los Angeles on Saturday."])
    got = facts(doc, "Lumen Ferry")
    events = {(k, v) for f, k, v in got if f == "premiere_event"}
    assert events == {("Winter Fan Night 2026", "season 2 premiere episode screened")}


def test_event_where_a_teaser_was_premiered():
    doc = news(["Lumen Ferry was first shown to buyers at Kansai Content Market 2026 in late October, where the "
                "committee unveiled a 90-second teaser at its publisher's booth."])
    got = facts(doc, "Lumen Ferry")
    assert ("premiere_event", "Kansai Content Market 2026", "90-second teaser unveiled") in got


def test_an_unknown_services_own_title_page_says_it_streams_it_in_places():
    doc = ("<html><head><title>Watch Lumen Ferry - Coming Soon | Kiraflow</title>"
           "<meta name='description' content='Stream Lumen Ferry on Kiraflow.'></head><body><main>"
           "<h1>Lumen Ferry</h1><p>Premieres Friday, January 8, 2027 · New episodes every Friday</p>"
           "<p>Lumen Ferry airs in Japan on TOKYO MX starting January 7, 2027. Kiraflow streams each episode shortly "
           "after the Japanese broadcast, in the US, Canada and the UK.</p></main></body></html>")
    got = facts(doc, "Lumen Ferry", url="https://kiraflow.example/series/lumen-ferry")
    assert ("streaming", "kiraflow", "Kiraflow (US, Canada, UK)") in got


def test_distributor_which_acquired_regional_rights_keys_its_release_by_that_territory():
    doc = news(["Lumen Ferry opens in Japanese theaters on May 21, 2027.",
                "U.S. distributor Harbor Pictures, which acquired North American rights in September, plans to release "
                "the film in theaters there in fall 2027."])
    got = facts(doc, "Lumen Ferry")
    assert ("release_date", "North America", "2027-fall") in got
    assert ("release_date", "", "2027-05-21") in got


def test_festival_named_without_a_year_takes_the_year_of_its_run():
    doc = news(["Before it opens in Japan, Lumen Ferry will have its world premiere in the competition of the 5th "
                "Harbor Bay Animation Festival, which runs March 10–15, 2027."])
    got = facts(doc, "Lumen Ferry")
    assert {k for f, k, v in got if f == "premiere_event"} == {"Harbor Bay Animation Festival 2027"}


def test_quoted_theme_title_by_a_lower_case_artist():
    doc = news(["Lumen Ferry premieres in January 2027.", 'The opening theme is "Tide Count" by lumina-rail.'])
    assert ("theme_song", "opening 1", "Tide Count — lumina-rail") in facts(doc, "Lumen Ferry")


def test_a_credits_who_aside_about_an_earlier_short_film_keeps_the_credit():
    doc = news(["Lumen Ferry premieres in 2027, directed by Emi Kado.",
                "The music is by Ikumi Marlowe, who scored Kado's earlier short film."])
    assert ("staff", "music", "Ikumi Marlowe") in facts(doc, "Lumen Ferry")
    doc2 = news(["Lumen Ferry premieres in 2027.",
                 "The earlier short film of Lumen Ferry, released back in 2023, had music by Jun Sato."])
    assert not any(f == "staff" and v == "Jun Sato" for f, k, v in facts(doc2, "Lumen Ferry"))


def test_with_a_writer_of_every_episodes_screenplay_and_a_designer_listed_after():
    doc = news(["Lumen Ferry premieres in 2027.",
                "Emi Kado is directing at Hoshizora Animation, with Taku Ibara writing every episode's screenplay and "
                "Rin Soe on character designs."])
    got = facts(doc, "Lumen Ferry")
    assert ("staff", "screenplay", "Taku Ibara") in got
    assert ("staff", "character design", "Rin Soe") in got


def test_actor_is_their_described_part_in_a_cast_line():
    doc = news(["Lumen Ferry premieres in 2027.",
                "Cast: Aya Koto voices Suzu, Haru Sendo plays Kanade, and Tetsu Ouchi is their cranky coach Master Hayame."])
    got = facts(doc, "Lumen Ferry")
    assert ("cast", "Master Hayame", "Tetsu Ouchi") in got
    doc2 = news(["Lumen Ferry premieres in 2027.", "Director Jun Oda is their longtime friend Kei Mori."])
    assert not any(f == "cast" for f, k, v in facts(doc2, "Lumen Ferry"))


def test_a_part_named_by_its_given_name_is_keyed_as_first_written_in_full():
    doc = news(["Lumen Ferry follows Mio Amase, a girl who hears the tide, and her rival Kana Oyano, the harbor champion.",
                "Cast: Aya Koto voices Mio, and Haru Sendo plays Kana."])
    got = facts(doc, "Lumen Ferry")
    assert ("cast", "Mio Amase", "Aya Koto") in got
    assert ("cast", "Kana Oyano", "Haru Sendo") in got
    doc2 = news(["Lumen Ferry premieres in 2027.", "Cast: Aya Koto as Mio", "Haru Sendo as Kana"])
    assert ("cast", "Mio", "Aya Koto") in facts(doc2, "Lumen Ferry")


def test_teaser_pv_went_up_on_a_day_and_bracketed_roles_at_the_helm():
    doc = news(["Lumen Ferry comes in spring 2027. Harbor Pictures is animating, with Kazu Tsuge (director) and "
                "Hana Miku (series composition) at the helm.",
                'Trailers: The teaser PV went up on November 13: <a href="https://www.youtube.com/watch?v=Ab1Cd2Ef3Gh">watch</a>'])
    got = facts(doc, "Lumen Ferry")
    assert ("staff", "director", "Kazu Tsuge") in got
    assert ("staff", "series composition", "Hana Miku") in got
    assert ("staff", "director", "Hana Miku") not in got
    assert ("trailer", "teaser 1", "2026-11-13 https://www.youtube.com/watch?v=Ab1Cd2Ef3Gh") in got


def test_episode_screened_at_an_event_named_in_quotes():
    doc = news(['The first episode of Lumen Ferry was already screened at the "Harbor Pictures 10th Anniversary Fes 2026" '
                "last weekend."])
    got = facts(doc, "Lumen Ferry")
    assert ("premiere_event", "Harbor Pictures 10th Anniversary Fes 2026", "first episode screened") in got


def test_blu_ray_volumes_collecting_all_episodes_give_the_count_but_manga_volumes_do_not():
    doc = news(["The Blu-ray of TV anime Lumen Ferry will be released in three volumes collecting all 12 episodes."])
    assert ("episodes", "", "12") in facts(doc, "Lumen Ferry")
    doc2 = news(["Lumen Ferry premieres in 2027. The manga's four volumes collect all 20 episodes of the web comic."])
    assert not any(f == "episodes" for f, k, v in facts(doc2, "Lumen Ferry"))


def test_ja_service_with_its_regions_in_brackets_keeps_them_whole():
    doc = _ja_article(["TVアニメ「波音ステーション」は2027年1月7日より放送開始。",
                       "Crunchyroll（北米、中南米、ヨーロッパほか）にて配信決定。"])
    got = facts(doc, "波音ステーション")
    values = {v for f, k, v in got if f == "streaming"}
    assert values and all(v.count("(") == v.count(")") for v in values), values


def test_the_works_own_fan_event_where_a_season_teaser_was_unveiled():
    doc = news(["The announcement was made at the Lumen Ferry Fan Meeting 2026 in Tokyo on November 8, where the cast "
                "unveiled a teaser for Season 2."], title="Lumen Ferry Season 2: everything we know")
    got = facts(doc, "Lumen Ferry")
    assert ("premiere_event", "Lumen Ferry Fan Meeting 2026", "teaser for Season 2 unveiled") in got
    doc2 = news(["It was shown at the Lumen Ferry Gazette 2026 in Tokyo, where the editors unveiled a teaser."])
    assert not any(f == "premiere_event" for f, k, v in facts(doc2, "Lumen Ferry"))
