"""The named-event reader (named_event_shows and its Japanese half) widened to the family of ways a page says where
something of the work was first shown: an event known only by its name and year ("at Anime Harbor 2026", "on the
main stage of Tokyo Anime Harvest 2026"), a premiere kind as what was shown ("the film's North American premiere"),
a definite video the paragraph already has in view ("the PV was screened …"), and names that are no other title
(an author's manga, a region, a sentence's article). Each form is in invented words; each trap must stay no fact."""
from extract_helpers import facts, news

T = "Lantern Ferry"


def events(doc: str, title: str = T, *aliases: str) -> set[tuple[str, str]]:
    return {(k, v) for f, k, v in facts(doc, title, *aliases) if f == "premiere_event"}


def keys(doc: str, title: str = T, *aliases: str) -> set[str]:
    return {k for k, _ in events(doc, title, *aliases)}


def page(*paras: str, headline: str = "Lantern Ferry anime reveals its first PV") -> str:
    return news(["Lantern Ferry, the TV anime of Mio Sakurai's fantasy manga, will premiere next year.", *paras], title=headline)


# ---- an event by its name and year, no event noun
def test_unveiled_on_the_main_stage_of_an_event_named_by_its_year():
    got = events(page("The first PV of Lantern Ferry was unveiled on the main stage of Kitakaze Creators Harvest 2026 on July 19."))
    assert ("Kitakaze Creators Harvest 2026", "first pv unveiled") in got


def test_event_first_then_what_was_shown():
    got = keys(page("At Minato Anime Harbor 2026, the staff of Lantern Ferry debuted a teaser trailer and the key visual."))
    assert "Minato Anime Harbor 2026" in got


def test_announced_at_a_forum_where_a_visual_was_shown():
    got = keys(page("The anime was announced on May 2, 2026 at the Hokkai Animation Forum 2026, where a teaser trailer and the first visual were shown."))
    assert "Hokkai Animation Forum 2026" in got


def test_a_panel_of_the_work_at_a_dated_event():
    got = keys(page("The second PV premiered during the Lantern Ferry panel at Sakura Bay Anime Gathering 2026 in Kobe."))
    assert "Sakura Bay Anime Gathering 2026" in got


def test_definite_video_on_the_works_page_without_its_title():
    got = keys(page("Later that afternoon, the PV was screened for a full hall at the Aoba Light Novel Fes 2026 stage in Sendai."))
    assert "Aoba Light Novel Fes 2026" in got


def test_definite_key_visual_of_the_season():
    got = keys(page("The series' first key visual was also revealed at Umineko Comic Days 2026 in Osaka."))
    assert "Umineko Comic Days 2026" in got


def test_adaptation_of_an_authors_manga_announced_at_a_stage_event():
    got = keys(news(["The TV anime adaptation of Rei Hoshikawa's manga was announced on March 3, 2026 during the Tsubame Manga "
                     "Matsuri 2026 stage event, where the first teaser PV was screened."],
                    title="Lantern Ferry (TV) - AniDB entry"))
    assert "Tsubame Manga Matsuri 2026" in got


def test_a_premiere_kind_is_what_was_shown():
    got = events(page("Audiences can catch the film at the Maplewood Animation Festival 2026 in Toronto, where the film's North "
                      "American premiere will be held with the English dub."))
    assert ("Maplewood Animation Festival 2026", "north american premiere") in got


def test_season_page_names_the_franchise_panel():
    doc = news(["Lantern Ferry Season 2 will air in July 2027.",
                "The season's first teaser PV debuted during the Lantern Ferry panel at Kujira Anime Harbor 2026 in Yokohama."],
               title="Lantern Ferry Season 2: teaser")
    assert "Kujira Anime Harbor 2026" in keys(doc, "Lantern Ferry Season 2")


# ---- traps
def test_trap_another_titles_teaser_at_a_dated_event():
    got = keys(page("A teaser for Copper Kettle Diner debuted at Minato Anime Harbor 2026 as well."))
    assert not got


def test_trap_another_title_named_in_the_sentence():
    got = keys(page("The PV of Glass Moth Parade was screened at Aoba Light Novel Fes 2026."))
    assert not got


def test_trap_a_holiday_with_its_year_is_no_event():
    got = keys(page("The PV of Lantern Ferry was unveiled during Golden Week 2026 on the official channel."))
    assert not got


def test_trap_an_earlier_season_at_a_dated_event():
    doc = news(["Lantern Ferry Season 2 will air in July 2027.",
                "The first season's teaser PV premiered at Kujira Anime Harbor 2024 in Yokohama."],
               title="Lantern Ferry Season 2: teaser")
    assert not keys(doc, "Lantern Ferry Season 2")


def test_trap_hoped_for_showing_in_a_comment():
    got = keys(page("Reader comment: I hope the PV gets shown at Minato Anime Harbor 2027!"))
    assert not got


def test_trap_negated_showing():
    got = keys(page("No new PV of Lantern Ferry will be shown at Minato Anime Harbor 2026, the staff said."))
    assert not got


def test_trap_a_directors_past_film():
    got = keys(page("The director's previous film premiered at the Kestrel Bay Film Week 2025 in Oslo."))
    assert not got


# ---- Japanese: the event told apart from what was shown (a pointing word, a headline's tag, a video list's caption)
JA = "月影の灯台守"


def ja(paragraphs: list[str], title: str = "『月影の灯台守』最新情報", lists: list[list[str]] = ()) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs) + "".join(
        "<ul>" + "".join(f"<li>{x}</li>" for x in items) + "</ul>" for items in lists)
    return ("<!doctype html><html lang=\"ja\"><head><title>" + title + "</title><meta property=\"article:published_time\" "
            "content=\"2026-11-24T09:00:00+09:00\"></head><body><main><article><h1>" + title + "</h1>" + body +
            "</article></main></body></html>")


def test_ja_this_stage_points_back_to_the_event_held():
    got = events(ja(["『月影の灯台守』の新情報は、9月5日に開催された「潮風ノベル祭2026」で発表された。"
                     "このステージで本作のティザーPVが初公開され、会場は大きな拍手に包まれた。"]), JA)
    assert ("潮風ノベル祭2026", "ティザーPVが初公開") in got


def test_ja_same_event_two_sentences_later():
    got = keys(ja(["10月に開催された「みなとアニメフェス2026」に『月影の灯台守』のキャストが登壇した。"
                   "MCは声優の森野さんが務めた。同イベントではメインビジュアルもお披露目された。"]), JA)
    assert "みなとアニメフェス2026" in got


def test_ja_on_the_day_points_back_to_the_event():
    got = keys(ja(["『月影の灯台守』のスペシャルステージが「北浜コミックEXPO 2026」で行われた。"
                   "当日は第1話の冒頭5分が先行上映された。"]), JA)
    assert "北浜コミックEXPO 2026" in got


def test_ja_shown_ahead_of_release_keeps_the_showing_verb():
    got = events(ja(["『月影の灯台守』のPV第2弾は、公開に先立って10月3日の「潮風ノベル祭2026」のステージで先行上映された。"]), JA)
    assert ("潮風ノベル祭2026", "PV第2弾先行上映") in got


def test_ja_headline_tag_names_the_event():
    doc = ja(["『月影の灯台守』ステージで来年1月放送&ティザーPV解禁【みなとアニメフェス2026】"],
             title="『月影の灯台守』ステージレポート")
    assert "みなとアニメフェス2026" in keys(doc, JA)


def test_ja_caption_under_a_video_line():
    doc = ja(["『月影の灯台守』の映像一覧です。"],
             lists=[["2026-05-01 ティザーPV https://www.youtube.com/watch?v=Ab3dEf6hIj0<br><small>AnimeJapan 2026 潮風書房ブースのステージで初公開</small>"]])
    assert ("AnimeJapan 2026", "ティザーPV初公開") in events(doc, JA)


def test_ja_the_venue_points_back_to_a_quoted_event():
    got = keys(ja(["『月影の灯台守』は「灯り文庫 冬の大感謝祭2026」にキャストが出演。その会場で第2弾PVが初披露された。"]), JA)
    assert "灯り文庫 冬の大感謝祭2026" in got


def test_ja_numbered_video_after_its_kind():
    got = events(ja(["「みなとアニメフェス2026」のステージでは、『月影の灯台守』の特報第2弾が上映された。"]), JA)
    assert any(k == "みなとアニメフェス2026" and v.startswith("特報第2弾") for k, v in got)


def test_ja_trap_pointing_back_to_another_titles_event():
    got = keys(ja(["『月影の灯台守』は2027年1月放送。",
                   "一方、9月に開催された「潮風ノベル祭2026」には『霧笛のパン屋』のキャストが登壇。このステージで本PVが初公開された。"]), JA)
    assert not got


def test_ja_trap_headline_tag_of_another_titles_stage():
    doc = ja(["『月影の灯台守』は2027年1月放送。",
              "『霧笛のパン屋』ステージで本PV上映【みなとアニメフェス2026】"])
    assert not keys(doc, JA)


def test_ja_trap_caption_under_another_titles_video():
    doc = ja(["『月影の灯台守』の映像一覧です。"],
             lists=[["2026-05-01 『霧笛のパン屋』特報 https://www.youtube.com/watch?v=Zz3dEf6hIj0<br><small>AnimeJapan 2026 ブースのステージで初公開</small>"]])
    assert not keys(doc, JA)


def test_ja_trap_a_report_tag_without_a_year_is_no_event():
    doc = ja(["『月影の灯台守』ティザーPV解禁【イベントレポート】"])
    assert not keys(doc, JA)


def test_ja_trap_pointing_word_with_no_event_before():
    got = keys(ja(["『月影の灯台守』の制作が発表された。このステージでティザーPVが初公開された。"]), JA)
    assert not got


# ---- a late-night block and the stations that air it, in one bracket or one phrase, in either order
def nets(doc: str, title: str = "Glass Orchard") -> set[tuple[str, str]]:
    return {(k, v) for f, k, v in facts(doc, title) if f == "broadcaster"}


def glass(*paras: str) -> str:
    return news(["Glass Orchard is the TV anime of Mio Sakurai's manga.", *paras], title="Glass Orchard anime")


def labelled(label: str, value: str) -> str:
    return ("<!doctype html><html><head><title>Glass Orchard (TV) - AniVault</title></head><body><main>"
            "<h1>Glass Orchard</h1><table class=\"info\"><tr><th>Type</th><td>TV</td></tr>"
            f"<tr><th>{label}</th><td>{value}</td></tr></table></main></body></html>")


def test_block_after_its_stations_in_a_bracket():
    got = nets(labelled("Japan premiere", "July 3, 2027 (MBS/TBS, Super Animeism TURBO)"))
    assert {("mbs", "MBS (Super Animeism TURBO)"), ("tbs", "TBS (Super Animeism TURBO)")} <= got
    assert not any("animeism" in k for k, _ in got)   # (the block is no station of its own)


def test_block_before_its_station_in_a_bracket():
    assert ("fujitv", "Fuji TV (+Ultra)") in nets(glass("Premiere: April 4, 2027 (+Ultra: Fuji TV)"))


def test_block_and_station_separated_by_a_comma():
    assert ("fujitv", "Fuji TV (Noitamina)") in nets(labelled("Aired", "January 9, 2027 (Fuji TV, Noitamina)"))


def test_ja_block_after_stations_in_a_bracket():
    got = nets(labelled("放送開始", "2027年1月9日（MBS・TBS／アニメイズム）"))
    assert {("mbs", "MBS (アニメイズム)"), ("tbs", "TBS (アニメイズム)")} <= got


def test_prose_block_of_its_stations():
    got = nets(glass("Glass Orchard will premiere on July 3, 2027 on the Super Animeism TURBO block of MBS and TBS, at 23:30."))
    assert {("mbs", "MBS (Super Animeism TURBO)"), ("tbs", "TBS (Super Animeism TURBO)")} <= got


def test_prose_stations_then_the_block_they_air_in():
    got = nets(glass("Glass Orchard premieres on January 6 on TBS and MBS in the Super Animeism block."))
    assert {("mbs", "MBS (Super Animeism)"), ("tbs", "TBS (Super Animeism)")} <= got


def test_prose_block_named_before_its_channel():
    assert ("fujitv", "Fuji TV (Noitamina)") in nets(glass("Glass Orchard will air in the Noitamina programming block on Fuji TV from April."))


def test_prose_three_word_block_as_part_of_lineup():
    got = nets(glass("Glass Orchard airs on Fuji TV from January 8 as part of the Friday Anime Night lineup."))
    assert ("fujitv", "Fuji TV (Friday Anime Night)") in got


def test_trap_earlier_season_in_the_block():
    got = nets(glass("The first season aired on the Super Animeism block of MBS and TBS in 2024."))
    assert not got


def test_trap_another_title_in_the_block():
    got = nets(glass("Glass Orchard is set for 2027.", "Meanwhile, Copper Kettle Diner airs on the Super Animeism block of MBS and TBS."))
    assert not got


def test_trap_a_bracket_without_stations_is_no_block_list():
    got = nets(labelled("Premiere", "January 9, 2027 (Tokyo, Super Animeism)"))
    assert not any(v.endswith("(Super Animeism)") for _, v in got)


# ---- a streaming service's own run, told by the service adding or uploading the episodes, keys its own day
def rel(*paras: str, lead: str = "Glass Orchard premieres on TBS on January 8, 2027.") -> dict[str, str]:
    return {k: v for f, k, v in facts(news([lead + " " + " ".join(paras)], title="Glass Orchard anime"), "Glass Orchard")
            if f == "release_date"}


def test_service_will_add_the_episodes_from():
    got = rel("In Japan, Netflix will add the episodes from January 15, a week after the TV premiere.")
    assert got == {"": "2027-01-08", "Netflix": "2027-01-15"}


def test_service_holds_rights_and_begins_adding_episodes():
    got = rel("Netflix holds global streaming rights and will begin adding episodes worldwide on January 15, 2027.")
    assert got.get("Netflix") == "2027-01-15" and got.get("") == "2027-01-08"


def test_service_adds_new_episodes_every_weekday_starting():
    assert rel("Crunchyroll adds new episodes every Friday starting January 16.").get("Crunchyroll") == "2027-01-16"


def test_service_uploads_each_episode_from():
    assert rel("HIDIVE will upload each episode from January 17.").get("HIDIVE") == "2027-01-17"


def test_service_is_adding_all_episodes_on():
    assert rel("U-NEXT is adding all episodes on January 20.").get("U-NEXT") == "2027-01-20"


def test_service_begins_adding_the_episodes_weekly():
    assert rel("Prime Video will begin adding the episodes weekly on January 16, two days after TBS.").get("Prime Video") == "2027-01-16"


def test_month_first_airing_on_tv_is_not_refined_by_the_services_day():
    got = rel("Netflix will add the episodes from January 15.", lead="Glass Orchard will begin airing in Japan in January 2027 on TBS.")
    assert got == {"": "2027-01", "Netflix": "2027-01-15"}


def test_trap_service_added_the_first_season():
    got = rel("Netflix added all episodes of the first season on January 2.")
    assert "Netflix" not in got


def test_trap_service_adds_another_titles_episodes():
    got = rel("Netflix will add episodes of Copper Kettle Diner from January 15.")
    assert "Netflix" not in got


def test_trap_service_will_not_add_episodes_yet():
    got = rel("Netflix will not add the episodes until a later date, the committee said.")
    assert "Netflix" not in got


def db_page(rows: list[tuple[str, str]], tag: str = "table") -> str:
    if tag == "dl":
        body = "<dl>" + "".join(f"<dt>{a}</dt><dd>{b}</dd>" for a, b in rows) + "</dl>"
    else:
        body = "<table class=\"info\">" + "".join(f"<tr><th>{a}</th><td>{b}</td></tr>" for a, b in rows) + "</table>"
    return ("<!doctype html><html><head><title>Glass Orchard (TV) - AniVault</title></head><body><main>"
            f"<h1>Glass Orchard</h1>{body}</main></body></html>")


def dated(doc: str) -> dict[str, str]:
    return {k: v for f, k, v in facts(doc, "Glass Orchard") if f == "release_date"}


def test_label_service_premiere_row_beside_the_tv_premiere():
    doc = db_page([("Japan premiere", "July 3, 2027 (MBS/TBS, Super Animeism TURBO)"), ("Netflix premiere", "July 10, 2027 (worldwide)")])
    assert dated(doc) == {"": "2027-07-03", "Netflix": "2027-07-10"}
    assert ("streaming", "netflix", "Netflix (worldwide)") in facts(doc, "Glass Orchard")


def test_label_service_release_date_in_a_definition_list():
    doc = db_page([("Japan premiere", "July 3, 2027 (MBS/TBS, Super Animeism TURBO)"), ("Crunchyroll release date", "July 4, 2027")], tag="dl")
    assert dated(doc).get("Crunchyroll") == "2027-07-04"


def test_label_service_streaming_start():
    doc = db_page([("Japan premiere", "July 3, 2027 (MBS/TBS, Super Animeism TURBO)"), ("HIDIVE streaming start", "July 5, 2027")])
    assert dated(doc).get("HIDIVE") == "2027-07-05"


def test_trap_label_service_day_without_a_tv_day_keys_nothing():
    doc = db_page([("Japan premiere", "July 2027"), ("Netflix premiere", "July 10, 2027 (worldwide)")])
    assert "Netflix" not in dated(doc)


def test_trap_label_service_blu_ray_release_is_no_start():
    doc = db_page([("Japan premiere", "July 3, 2027 (MBS/TBS, Super Animeism TURBO)"), ("Netflix release", "Blu-ray box, October 6, 2027")])
    assert "Netflix" not in dated(doc)


# ---- a news article's where-to-watch section: its lines are about the article's work
def sectioned(heading: str, para: str, headline: str = "Glass Orchard Season 2: everything we know") -> str:
    return ("<!doctype html><html><head><title>" + headline + "</title><meta property=\"article:published_time\" "
            "content=\"2026-11-24T09:00:00+00:00\"></head><body><main><article><h1>" + headline + "</h1>"
            "<p>Glass Orchard returns next summer.</p><h2>Staff</h2><p>Mio Sakurai directs again.</p>"
            f"<h2>{heading}</h2><p>{para}</p></article></main></body></html>")


def streams(doc: str) -> set[tuple[str, str]]:
    return {(k, v) for f, k, v in facts(doc, "Glass Orchard") if f == "streaming"}


def test_where_can_you_stream_it_section():
    got = streams(sectioned("Where Can You Stream It?", "Netflix holds global streaming rights again and will carry new episodes worldwide."))
    assert ("netflix", "Netflix (worldwide)") in got


def test_how_to_watch_the_anime_section():
    got = streams(sectioned("How to Watch the Anime", "Crunchyroll has the streaming rights outside of Asia and will simulcast it."))
    assert any(k == "crunchyroll" for k, _ in got)


def test_where_to_stream_the_season_section():
    got = streams(sectioned("Where to stream the season", "HIDIVE holds the streaming rights in North America."))
    assert any(k == "hidive" for k, _ in got)


def test_trap_where_to_watch_section_of_a_page_about_another_title():
    doc = sectioned("Where Can You Stream It?", "Netflix holds global streaming rights again.", headline="Copper Kettle Diner Season 2: everything we know")
    assert not streams(doc)
