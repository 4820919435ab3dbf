"""Extraction on English database, streamer and sequel pages: staff tables the other way round, cast grids per
language, a service's own start day, earlier seasons' credits and songs kept apart (invented names throughout)."""
from __future__ import annotations

from extract_helpers import facts as _facts, fetched as _fetched, news as _news


def test_composer_of_another_title_in_a_which_clause_is_not_the_works():
    doc = _news(["Orrin Vale is composing the music for Heron Bay Signal. Studio Pelt previously produced Copper "
                 "Kettle Choir, which premiered in October 2024 with Dara Finch on music."])
    facts = _facts(doc, "Heron Bay Signal")
    assert ("staff", "music", "Orrin Vale") in facts
    assert not any("Dara Finch" in v for _f, _k, v in facts)


def test_songs_split_off_an_earlier_seasons_theme_label_are_that_seasons():
    doc = """<!doctype html><html><head><title>TVアニメ『灯りの回廊』第2期 公式サイト</title></head><body><main>
<h1>灯りの回廊 第2期</h1>
<h2>STAFF</h2><p>監督：北村あおい</p>
<h2>MUSIC</h2>
<p>オープニングテーマ：七海ソラ「Lumen Drive」</p>
<p><a href="/season1/music/">第1期の楽曲はこちら（OP：春野ゆず「Old Compass」／ED：moriko「Paper Rain」）</a></p>
</main></body></html>"""
    facts = _facts(doc, "灯りの回廊 第2期", "灯りの回廊")
    assert any(f == "theme_song" and v.startswith("Lumen Drive") for f, _k, v in facts)
    assert not any("Paper Rain" in v or "moriko" in v or "Old Compass" in v for _f, _k, v in facts)


def test_a_streamers_rail_of_the_seasons_other_simulcasts_is_no_fact_of_the_work():
    doc = """<!doctype html><html><head><title>Watch Gull Harbor Nocturne | Streamly</title></head><body><main>
<h1>Gull Harbor Nocturne</h1>
<section><h2>Music</h2><ul><li><span>Opening</span> “Salt Static” performed by NOVAREEF</li></ul></section>
<section><h2>Winter 2027 Simulcasts</h2><ul>
<li><b>Brass Orchard Saga</b><small>Sat, Jan 9</small></li>
<li><b>Velvet Anvil</b><small>Sun, Jan 10 · OP: “Copper Choir” by HASEGAWA</small></li>
</ul></section></main></body></html>"""
    facts = _facts(doc, "Gull Harbor Nocturne")
    assert any(f == "theme_song" and v.startswith("Salt Static") for f, _k, v in facts)
    assert not any("Copper Choir" in v or "HASEGAWA" in v for _f, _k, v in facts)


def test_database_staff_table_with_the_person_first_and_the_roles_after():
    doc = """<!doctype html><html><head><title>Marrow Tide - AnimeDex</title></head><body><div id="content">
<h1>Marrow Tide</h1>
<h2>Staff</h2>
<table class="staff">
<tr><td><a href="/people/501">Okabe, Sumire</a></td><td><small>Director</small></td></tr>
<tr><td><a href="/people/502">Yanase, Toru</a></td><td><small>Character Design, Chief Animation Director</small></td></tr>
<tr><td><a href="/people/503">Kinoshita, Ema</a></td><td><small>Music</small></td></tr>
</table></div></body></html>"""
    facts = _facts(doc, "Marrow Tide")
    assert ("staff", "director", "Sumire Okabe") in facts
    assert ("staff", "character design", "Toru Yanase") in facts
    assert ("staff", "chief animation director", "Toru Yanase") in facts
    assert ("staff", "music", "Ema Kinoshita") in facts
    assert not any(f == "staff" and v in ("Okabe", "Sumire") for f, _k, v in facts)


def test_cast_grids_per_language_tell_characters_from_actors_by_the_repeated_names():
    doc = """<!doctype html><html><head><title>Watch Lamplit Causeway | Streamly</title></head><body><main>
<h1>Lamplit Causeway</h1>
<section><h2>Cast</h2>
<div class="cast-grid lang-ja">
<div class="person"><img src="/a.jpg" alt=""><b>Hina Marukawa</b><span>Odile Fenn</span></div>
<div class="person"><img src="/b.jpg" alt=""><b>Sota Kuremura</b><span>Brother Amos</span></div></div>
<div class="cast-grid lang-en" hidden>
<div class="person"><img src="/c.jpg" alt=""><b>Lauren Pike</b><span>Odile Fenn</span></div>
<div class="person"><b>TBA</b><span>Brother Amos</span></div></div>
</section></main></body></html>"""
    facts = _facts(doc, "Lamplit Causeway")
    assert ("cast", "Odile Fenn", "Hina Marukawa") in facts
    assert ("cast", "Brother Amos", "Sota Kuremura") in facts
    assert ("cast", "Odile Fenn [English]", "Lauren Pike") in facts
    assert not any(f == "cast" and (k.startswith(("Hina", "Lauren")) or v == "TBA") for f, k, v in facts)


def test_a_streamers_own_page_naming_itself_keys_its_premiere():
    doc = """<!doctype html><html><head><title>Watch Pale Ferry Anthem - Coming Soon | Glimmerstream</title>
<meta name="description" content="Pale Ferry Anthem comes to Glimmerstream March 4, 2027."></head><body><main>
<h1>Pale Ferry Anthem</h1>
<p class="premiere"><strong>Premieres on Glimmerstream March 4, 2027.</strong> New episodes weekly, one week after Japan.</p>
<p>Airing in Japan from February 25, 2027 on TBS.</p>
</main></body></html>"""
    facts = _facts(doc, "Pale Ferry Anthem")
    assert any(f == "streaming" and k == "glimmerstream" for f, k, _v in facts)
    assert ("release_date", "Glimmerstream", "2027-03-04") in facts
    assert ("release_date", "", "2027-03-04") not in facts


def test_sequel_news_returning_studio_promotion_and_added_duty():
    doc = _news(["Copper Lantern Rangers Season 2 is slated for April. Studio Marlow Arts is back as the studio, and "
                 "Season 1 director Eito Sakuraba moves up to chief director, while Noa Ishimori takes over as director. "
                 "Character designer Rui Tanabe is back as well, now also serving as chief animation director."],
                title="Copper Lantern Rangers Season 2 set for April")
    facts = _facts(doc, "Copper Lantern Rangers Season 2", "Copper Lantern Rangers")
    assert any(f == "studio" and "Marlow Arts" in v for f, _k, v in facts)
    assert ("staff", "chief director", "Eito Sakuraba") in facts
    assert ("staff", "director", "Noa Ishimori") in facts
    assert ("staff", "chief animation director", "Rui Tanabe") in facts
    assert ("staff", "director", "Eito Sakuraba") not in facts


def test_episode_count_confirmed_at_singer_herself_and_service_that_has_it_worldwide():
    doc = _news(["Saffron Kite Postal is set for January on Nippon TV. Netflix has it worldwide, a week later. "
                 "This time it is confirmed at 11 episodes. The opening is “Wax Seal” by Tin Parade, and Mayu Orino "
                 "herself sings the ending, “Dead Letter.”"], title="Saffron Kite Postal gets January date")
    facts = _facts(doc, "Saffron Kite Postal")
    assert ("episodes", "", "11") in facts
    assert any(f == "streaming" and k == "netflix" and "worldwide" in v for f, k, v in facts)
    assert ("theme_song", "ending 1", "Dead Letter — Mayu Orino") in facts


def test_a_service_that_has_another_title_is_no_service_of_the_work():
    doc = _news(["Saffron Kite Postal is set for January on Nippon TV. Separately, Netflix has Brass Owl Express "
                 "worldwide from March."], title="Saffron Kite Postal gets January date")
    facts = _facts(doc, "Saffron Kite Postal")
    assert not any(f == "streaming" and k == "netflix" for f, k, _v in facts)


def test_delay_from_a_previously_planned_window_keeps_the_new_date():
    doc = _news(["The official website announced that Ember Reed Ferry has been pushed back from its previously planned "
                 "July 2027 debut. The anime will now premiere in October 2027.",
                 "The opening theme is “Tin Compass” by the four-piece rock band Moss Harbor."],
                title="Ember Reed Ferry delayed to October 2027")
    facts = _facts(doc, "Ember Reed Ferry")
    assert ("release_date", "", "2027-10") in facts
    assert ("release_date", "", "2027-07") not in facts
    assert ("theme_song", "opening 1", "Tin Compass — Moss Harbor") in facts


def test_bilingual_season_theme_labels_and_a_singer_credited_in_character():
    doc = """<!doctype html><html><head><title>TVアニメ『灯りの回廊』第2期 公式サイト</title></head><body><main>
<h1>灯りの回廊 第2期</h1>
<h2>MUSIC</h2>
<dl>
<dt>第2期オープニングテーマ / Opening Theme</dt><dd>LUMEN∞WAY「Glass Relay」<br><small>2027年3月3日(水) CD発売</small></dd>
<dt>第2期エンディングテーマ / Ending Theme</dt><dd>「ひかりの小径」(Hikari no Komichi) / 水森あかね（ユリカ役）</dd>
</dl></main></body></html>"""
    facts = _facts(doc, "灯りの回廊 第2期", "灯りの回廊")
    assert ("theme_song", "opening 1", "Glass Relay — LUMEN∞WAY") in facts
    ending = [v for f, k, v in facts if f == "theme_song" and k == "ending 1"]
    assert ending and ending[0].startswith("ひかりの小径") and ending[0].endswith("— 水森あかね")
    assert ("cast", "ユリカ", "水森あかね") in facts   # the singer in character voices her too


def test_a_section_heading_in_japanese_then_english_after_a_slash():
    doc = """<!doctype html><html><head><title>TVアニメ『灯りの回廊』公式サイト</title></head><body><main>
<h1>灯りの回廊</h1>
<h3>TV / 放送情報</h3>
<table><tr><th>TOKYO MX</th><td>2027年4月3日(土)より 毎週土曜 24:00～</td></tr></table>
<h3>配信情報 / Streaming</h3>
<table><tr><th>ABEMA</th><td>2027年4月8日(木)12:00より 毎週木曜 12:00 配信</td></tr></table>
</main></body></html>"""
    facts = _facts(doc, "灯りの回廊")
    assert any(f == "streaming" and k == "abema" for f, k, _v in facts)
    assert ("release_date", "ABEMA", "2027-04-08") in facts


def test_a_teaser_that_went_up_on_a_day_before_a_colon_and_its_embed():
    doc = """<!doctype html><html><head><title>Two anime I am waiting for</title>
<meta property="article:published_time" content="2026-11-20T10:00:00+00:00"></head><body><main><article>
<h1>Rusty Bell Orchard Season 2 news</h1>
<p>Rusty Bell Orchard Season 2 is slated for April next year.</p>
<p>The teaser went up on October 30:</p>
<figure><iframe src="https://www.youtube.com/embed/RbO2teaser1" title="Rusty Bell Orchard Season 2 teaser"></iframe></figure>
</article></main></body></html>"""
    facts = _facts(doc, "Rusty Bell Orchard Season 2", "Rusty Bell Orchard")
    assert ("trailer", "teaser 1", "2026-10-30 https://www.youtube.com/watch?v=RbO2teaser1") in facts


def test_a_day_before_a_colon_is_a_day_and_a_clock_time_is_not():
    from tracker.dates import find_dates, PartialDate
    assert [m.date for m in find_dates("It went up on October 30: watch it", default_year=2026)] == [PartialDate(2026, 10, 30)]
    assert not any(m.date.day == 10 for m in find_dates("Doors open May 10:30 sharp", default_year=2026) if m.date)


def test_an_event_titled_in_quotes_that_will_screen_the_first_episode():
    doc = _news(["Brine Lantern Choir will premiere on TOKYO MX in April 2027. A pre-broadcast event titled "
                 "“Brine Night Gala” will screen the first episode on March 20, 2027 in Tokyo."],
                title="Brine Lantern Choir delayed to April")
    facts = _facts(doc, "Brine Lantern Choir")
    assert ("premiere_event", "Brine Night Gala", "first episode screening") in facts


def test_announced_at_a_fest_stage_where_a_teaser_was_shown():
    doc = _news(["Glimmer Toll Requiem is the first anime adaptation of the light novels. The TV anime was announced on "
                 "September 12, 2026 at the Harbor Bunko Summer Fest 2026 stage, where an announcement teaser was shown."],
                title="Glimmer Toll Requiem")
    facts = _facts(doc, "Glimmer Toll Requiem")
    assert ("premiere_event", "Harbor Bunko Summer Fest 2026", "announcement teaser shown") in facts


def test_a_band_back_for_the_opening_with_the_title_in_a_dash_aside():
    doc = _news(["Quick refresher: the first season of Tallow Creek Rangers had the opening “Old Tin Moon” by Wrenfield.",
                 "Tallow Creek Rangers Season 2 is slated for April. Wrenfield is back for the opening too — the new song "
                 "is called “Second Frost.” No word on the ending yet."],
                title="Tallow Creek Rangers Season 2 in April")
    facts = _facts(doc, "Tallow Creek Rangers Season 2", "Tallow Creek Rangers")
    assert ("theme_song", "opening 1", "Second Frost — Wrenfield") in facts
    assert not any("Old Tin Moon" in v for _f, _k, v in facts)


def test_a_name_after_a_role_and_a_comma_that_opens_a_past_tense_clause_is_not_that_role():
    doc = _news(["Staff-wise: Rei Kamiyama is directing at Studio Plover, Jun Akashi is handling series composition, "
                 "Mio Tsukasa designed the characters, and Ken Hoshida is on music."], title="Ribbon Tram Diaries staff")
    facts = _facts(doc, "Ribbon Tram Diaries")
    assert ("staff", "character design", "Mio Tsukasa") in facts
    assert ("staff", "series composition", "Jun Akashi") in facts
    assert ("staff", "series composition", "Mio Tsukasa") not in facts


def test_a_service_that_has_it_from_a_later_day_keys_that_day():
    doc = _news(["Saffron Kite Postal premieres on January 8, 2027 on Nippon TV. Netflix has it worldwide, but only "
                 "from January 15, a week behind."], title="Saffron Kite Postal gets January date")
    facts = _facts(doc, "Saffron Kite Postal")
    assert ("release_date", "", "2027-01-08") in facts
    assert ("release_date", "Netflix", "2027-01-15") in facts


def test_a_bare_simulcasts_heading_over_the_works_services_is_no_rail():
    from tracker.page import Page
    doc = """<!doctype html><html><head><title>Gull Harbor Nocturne streaming news</title></head><body><main>
<h1>Gull Harbor Nocturne gets simulcast partners</h1>
<p>Gull Harbor Nocturne premieres on TOKYO MX on April 3, 2027.</p>
<h2>Simulcasts</h2><ul><li><b>Crunchyroll</b><small> North America and Europe</small></li>
<li><b>HIDIVE</b><small> Oceania</small></li></ul>
<h2>Winter 2027 Simulcasts</h2><ul><li><b>Brass Orchard Saga</b><small>Sat, Jan 9</small></li>
<li><b>Velvet Anvil</b><small>Sun, Jan 10</small></li></ul></main></body></html>"""
    text = " ".join(line.text for line in Page.from_fetched(_fetched(doc)).lines())
    assert "HIDIVE" in text and "Crunchyroll" in text
    assert "Velvet Anvil" not in text


def test_what_came_out_at_an_event_keeps_one_verb_when_all_share_it():
    doc = _news(["Glimmer Toll Requiem's main cast and first PV were revealed at the Harbor Bunko Summer Fest 2026 stage."],
                title="Glimmer Toll Requiem")
    facts = _facts(doc, "Glimmer Toll Requiem")
    assert ("premiere_event", "Harbor Bunko Summer Fest 2026", "main cast and first pv revealed") in facts
