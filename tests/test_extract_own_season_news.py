"""News and official pages about a work that is itself a later season ("X Season 2"): the season named alone as a
sentence's subject is the work (its date, not a sequel's), while on a page watched for the plain title, or for
another season, it stays another installment; with what such pages put beside the work (another title's credits in
an aside, a source book's commercial among the videos, a cast slot not yet filled)."""
from extract_helpers import facts, news

S2 = "Lanterns of the Ninth Ward Season 2"
BASE = "Lanterns of the Ninth Ward"


def _dates(paragraphs, title=S2, *aliases):
    doc = news([f"{title} has a date at last."] + paragraphs, title=f"{title}: everything we know")
    return {(k, v) for f, k, v in facts(doc, title, *aliases) if f == "release_date"}


# --- the season named alone as the subject, on the season's own page --------------------------------------------

def test_season_number_subject_with_late_slot():
    assert _dates(["Season 2 premieres on Thursday, July 8, 2027 at 24:55 JST on Fuji TV."], S2, BASE) == {("", "2027-07-09")}


def test_season_number_subject_plain_day():
    assert _dates(["Season 2 will debut on April 3, 2027 on TBS."], S2, BASE) == {("", "2027-04-03")}


def test_season_word_number_subject():
    assert _dates(["Season Two arrives on October 2, 2027, on TOKYO MX."], S2, BASE) == {("", "2027-10-02")}


def test_ordinal_season_subject():
    assert _dates(["The second season begins airing on January 9, 2028."], S2, BASE) == {("", "2028-01-09")}


def test_possessive_ordinal_season_subject_third():
    title = "Brass Tide Saga Season 3"
    assert _dates(["Its third season starts on October 5, 2027 on Nippon TV."], title, "Brass Tide Saga") \
        == {("", "2027-10-05")}


def test_season_subject_month_only():
    assert _dates(["Season 2 is slated for July 2027."], S2, BASE) == {("", "2027-07")}


def test_season_subject_with_will_now():
    assert _dates(["Season 2 will now premiere on January 14, 2028 after a delay."], S2, BASE) == {("", "2028-01-14")}


def test_numbered_season_abbrev_subject():
    title = "Saltwind Courier 2nd Season"
    assert _dates(["The 2nd season kicks off on July 3, 2027 on Fuji TV."], title, "Saltwind Courier") \
        == {("", "2027-07-03")}


# --- traps: another installment ---------------------------------------------------------------------------------

def test_plain_title_page_keeps_season_two_as_a_sequel():
    assert _dates(["Season 2 premieres on July 8, 2027 on Fuji TV."], BASE) == set()


def test_earlier_season_subject_is_not_the_work():
    title = "Brass Tide Saga Season 3"
    assert _dates(["Season 2 premiered on April 1, 2025 on Nippon TV."], title, "Brass Tide Saga") == set()


def test_later_season_subject_is_not_the_work():
    assert _dates(["Season 3 premieres on October 1, 2029."], S2, BASE) == set()


def test_season_subject_in_a_denial():
    assert _dates(["Season 2 will not premiere on July 8, 2027, despite the rumours."], S2, BASE) == set()


# --- beside the work: another title's credit in an aside ----------------------------------------------------------

def _staff(paragraphs, title="Glasswing Courier"):
    return {(k, v) for f, k, v in facts(news(paragraphs, title=f"{title} news"), title) if f == "staff"}


def test_as_director_in_another_titles_which_clause():
    got = _staff(["Glasswing Courier is directed by Takuma Shinoda. Shinoda was earlier an episode director on Pinegate's "
                  "Lamp Road Diaries, which aired in 2023 and was made with Kenji Horiuchi as director."])
    assert ("director", "Takuma Shinoda") in got and ("director", "Kenji Horiuchi") not in got


def test_as_composer_in_another_titles_which_clause():
    got = _staff(["Glasswing Courier's music is by Koichi Baba. Baba earlier scored Paper Kingdom Tales, "
                  "which ended in 2023 and had Miho Arata as sound director."])
    assert ("sound director", "Miho Arata") not in got


def test_as_director_after_assistant_credit_on_another_title():
    got = _staff(["Glasswing Courier is directed by Takuma Shinoda. Shinoda previously worked as assistant director on "
                  "Studio Pinegate's Lamp Road Diaries, which premiered in May 2023 and was animated with Kenji Horiuchi as director."])
    assert ("director", "Takuma Shinoda") in got and ("director", "Kenji Horiuchi") not in got


def test_as_director_of_the_work_itself_still_read():
    got = _staff(["Glasswing Courier, which premieres in April, has Takuma Shinoda serving as director."])
    assert ("director", "Takuma Shinoda") in got


# --- beside the work: the source book's commercial among the videos ----------------------------------------------

def _video_page(caption, title="Stardust Switchboard"):
    items = [("Ck3tRd9Pb0W", "PV 1 (2026.08.21)"), ("Hp5mAa1Lz7Q", caption)]
    lis = "".join(f'<li data-id="{v}"><img src="https://i.ytimg.com/vi/{v}/mqdefault.jpg" alt=""><span>{c}</span></li>'
                  for v, c in items)
    doc = (f"<!doctype html><html><head><title>TVアニメ『{title}』公式サイト</title></head><body><main><h1>{title}</h1>"
           f'<section id="movie"><h2>MOVIE</h2><ul class="thumbs">{lis}</ul></section></main></body></html>')
    return {(k, v) for f, k, v in facts(doc, title, url="https://anime-official.example/") if f == "trailer"}


def test_novel_anniversary_commercial_is_no_trailer():
    assert {k for k, _ in _video_page("Original novel 5th anniversary CM (2025)")} == {"PV 1"}


def test_light_novel_sales_commercial_is_no_trailer():
    assert {k for k, _ in _video_page("Light novel series 1 million copies commercial")} == {"PV 1"}


def test_ja_source_anniversary_video_is_no_trailer():
    assert {k for k, _ in _video_page("原作5周年記念PV")} == {"PV 1"}


def test_the_works_own_next_pv_is_still_read():
    assert ("PV 3", "2026-12-01 https://www.youtube.com/watch?v=Hp5mAa1Lz7Q") in _video_page("PV 3 (2026.12.01)")


# --- a cast slot not yet filled ------------------------------------------------------------------------------------

def _cast_ja(line, title="アルカの灯台"):
    doc = (f"<!doctype html><html><head><title>TVアニメ『{title}』公式サイト</title></head><body><main><h1>{title}</h1>"
           f"<section id=\"cast\"><h2>CAST</h2><p>アルカ役の早乙女澪さん</p><p>{line}</p></section></main></body></html>")
    return {(k, v) for f, k, v in facts(doc, title, url="https://anime-official.example/") if f == "cast"}


def test_cast_slot_announced_later_gives_nothing():
    got = _cast_ja("※メルル役のキャストは後日発表")
    assert not any("メルル" in k or "後日" in v for k, v in got)


def test_cast_slot_undecided_gives_nothing():
    got = _cast_ja("ノエル役は未定")
    assert not any("ノエル" in k for k, v in got)


# --- a theme's performer set apart by an aside, and a theme qualified by a season's number ------------------------

def _themes(sentence, title=S2, *aliases):
    doc = news([f"{title} adds music.", sentence], title=f"{title} news")
    return {(k, v) for f, k, v in facts(doc, title, *(aliases or (BASE,))) if f == "theme_song"}


def test_performer_with_earlier_season_relative_clause_then_comma():
    assert _themes('Mika Oribe, who sang the first season\'s ending and plays a ferry clerk, will perform the opening theme '
                   '"Paper Tide."') == {("opening 1", "Paper Tide — Mika Oribe")}


def test_performer_with_a_noun_aside():
    assert _themes('Mika Oribe, a newcomer signed by Lantis this spring, will perform the opening theme "Paper Tide."') \
        == {("opening 1", "Paper Tide — Mika Oribe")}


def test_performer_with_an_noun_aside_present_tense():
    assert _themes('Mika Oribe, an indie singer-songwriter, sings the ending theme "Paper Tide."') \
        == {("ending 1", "Paper Tide — Mika Oribe")}


def test_performer_with_a_long_who_clause():
    assert _themes('Mika Oribe, who previously provided songs for several games and dramas over the last decade, will '
                   'perform the ending theme "Paper Tide."') == {("ending 1", "Paper Tide — Mika Oribe")}


def test_band_behind_earlier_song_performs_own_season_theme_titled():
    assert _themes('Hollow Kite, the band behind the first season\'s ending "Gaslight," will perform the Season 2 ending '
                   'theme, titled "Paper Tide."') == {("ending 1", "Paper Tide — Hollow Kite")}


def test_own_season_number_before_theme_kind():
    assert _themes('Mika Oribe will sing the Season 2 ending theme "Paper Tide."') == {("ending 1", "Paper Tide — Mika Oribe")}


def test_sequels_theme_on_the_plain_titles_page_is_not_the_works():
    assert _themes('Mika Oribe will sing the Season 2 ending theme "Paper Tide."', BASE, "Kyuku no Toro") == set()


def test_later_seasons_theme_is_not_the_works():
    assert _themes('Mika Oribe will perform the Season 3 opening theme "Paper Tide."') == set()


def test_earlier_seasons_theme_is_not_the_works():
    assert _themes('Season 1\'s opening theme "Gaslight" was a hit.') == set()


# --- the source book's author said with a copula ("the original light novels are written by X") ------------------

def _staff_s2(sentence):
    doc = news([f"{S2} gets a date.", sentence], title=f"{S2} news")
    return {(k, v) for f, k, v in facts(doc, S2, BASE) if f == "staff"}


def test_plural_light_novels_are_written_by():
    got = _staff_s2("The original light novels are written by Kōsuke Yamabuki with illustrations by hanaori.")
    assert ("original creator", "Kōsuke Yamabuki") in got and ("screenplay", "Kōsuke Yamabuki") not in got


def test_manga_is_written_and_illustrated_by():
    assert ("original creator", "Sayo Kurata") in _staff_s2("The manga is written and illustrated by Sayo Kurata.")


def test_source_novel_was_penned_by():
    assert ("original creator", "Jun Ishida") in _staff_s2("The source novel was penned by Jun Ishida and published by Kadokawa.")


def test_its_manga_was_created_by():
    assert ("original creator", "Ao Mitsurugi") in _staff_s2("Its original manga was created by Ao Mitsurugi in 2019.")


def test_novels_were_authored_by():
    assert ("original creator", "Hiro Sakamaki") in _staff_s2("The novels were authored by Hiro Sakamaki.")


def test_screenplay_is_written_by_stays_screenplay():
    assert ("screenplay", "Ken Oda") in _staff_s2("The screenplay is written by Ken Oda.")


def test_another_titles_manga_is_no_source():
    got = _staff_s2("Rust Orchard's manga is written by Mayumi Horikawa.")
    assert not any(v == "Mayumi Horikawa" for _, v in got)


def test_whose_manga_is_another_titles():
    got = _staff_s2("Imagawa's next project adapts Rust Orchard, whose manga is written by Mayumi Horikawa.")
    assert not any(v == "Mayumi Horikawa" for _, v in got)


def test_spin_off_novel_is_no_source():
    got = _staff_s2("The spin-off novel is written by Sayo Kurata.")
    assert ("original creator", "Sayo Kurata") not in got


# --- a listing's premiere, a streamer's own later start ----------------------------------------------------------

SC2 = "Saltwind Courier Season 2"


def _rel(paragraphs, title=SC2):
    doc = news(paragraphs, title=f"{title} news")
    return {(k, v) for f, k, v in facts(doc, title, "Saltwind Courier") if f == "release_date"}


def test_site_lists_the_debut_as_a_day():
    assert _rel([f"{SC2} is coming.", "The official site lists the debut as Saturday, July 3, 2027 at 23:00 JST on Fuji TV."]) \
        == {("", "2027-07-03")}


def test_schedule_gives_the_premiere_date_as():
    assert _rel([f"{SC2} is coming.", "The broadcaster's schedule gives the premiere date as July 3, 2027."]) == {("", "2027-07-03")}


def test_listing_of_another_titles_debut_is_not_the_works():
    assert _rel([f"{SC2} is coming.", "The official site lists the debut of Harbor of Stars as July 3, 2027."]) == set()


def test_streamer_releasing_episodes_weekly_from():
    assert _rel([f"{SC2} premieres July 3, 2027 on Fuji TV.", "Netflix will begin releasing episodes weekly from July 10, 2027."]) \
        == {("", "2027-07-03"), ("Netflix", "2027-07-10")}


def test_pronoun_after_a_streamers_sentence_keys_that_streamer():
    assert _rel([f"{SC2} premieres July 3, 2027 on Fuji TV.", "HIDIVE has picked up the series. They will begin streaming it "
                 "on July 5, 2027."]) == {("", "2027-07-03"), ("HIDIVE", "2027-07-05")}


def test_pronoun_that_premieres_is_the_work_not_the_streamer():
    assert _rel([f"Crunchyroll will stream {SC2} worldwide. It premieres on July 3, 2027 on Fuji TV."]) == {("", "2027-07-03")}


def test_pronoun_adding_another_title_gives_nothing():
    assert _rel([f"{SC2} premieres July 3, 2027 on Fuji TV.", "Netflix has the rights to Harbor of Stars. It will add that "
                 "series on July 10, 2027."]) == {("", "2027-07-03")}


# --- a cast list whose intro says it carries over from an earlier season -----------------------------------------

def _cast_list(intro, title=S2, sep="–", head="Who is in the cast of Season 2?"):
    doc = (f"<!doctype html><html><head><title>{title} news</title><meta property=\"article:published_time\" "
           f"content=\"2026-11-24T09:00:00+00:00\"></head><body><main><article><h1>{title}: everything we know</h1>"
           f"<p>{title} premieres in July 2027.</p><h2>{head}</h2><p>{intro}</p><ul>"
           f"<li><strong>Ren Asagiri</strong> {sep} Hinata Kiryu</li><li><strong>Koyomi Sendo</strong> {sep} Yuzuki Haneda</li>"
           "</ul></article></main></body></html>")
    return {(k, v) for f, k, v in facts(doc, title, BASE) if f == "cast"}


PAIRS = {("Ren Asagiri", "Hinata Kiryu"), ("Koyomi Sendo", "Yuzuki Haneda")}


def test_cast_returns_from_the_first_season_intro():
    assert _cast_list("The main cast returns from the first season:") == PAIRS


def test_cast_returns_intro():
    assert _cast_list("The main cast returns:") == PAIRS


def test_cast_all_back_from_season_one_intro():
    assert _cast_list("The core cast are all back from Season 1:") == PAIRS


def test_cast_returning_intro_with_colon_separator():
    assert _cast_list("The returning cast:", sep=":") == PAIRS


def test_season_one_cast_list_on_season_twos_page_is_not_read():
    assert _cast_list("The first season's cast was:", head="Season 1 cast") == set()


# --- a section headed by the work's own season ("Who is making Season 2?") is the work's ------------------------

def _section(head, para, title=S2):
    doc = (f"<!doctype html><html><head><title>{title}: everything we know</title><meta property=\"article:published_time\" "
           f"content=\"2026-11-24T09:00:00+00:00\"></head><body><main><article><h1>{title}: everything we know</h1>"
           f"<p>Fans waited two years for this.</p><h2>{head}</h2><p>{para}</p></article></main></body></html>")
    return {(f, k, v) for f, k, v in facts(doc, title, BASE) if f in ("studio", "release_date")}


def test_studio_back_under_own_season_heading():
    assert ("studio", "driftglass", "Studio Driftglass") in _section("Who is making Season 2?",
                                                                     "Studio Driftglass is back to animate the sequel.")


def test_studio_returns_under_season_two_word_heading():
    assert ("studio", "driftglass", "Studio Driftglass") in _section("Season Two staff",
                                                                     "Studio Driftglass returns to animate the new season.")


def test_studio_back_under_earlier_season_heading_is_not_read():
    assert not any(f == "studio" for f, _, _ in _section("Who made Season 1?", "Studio Driftglass is back at work."))


def test_studio_back_under_plain_page_season_heading_is_not_read():
    assert not any(f == "studio" for f, _, _ in _section("Who is making Season 2?", "Studio Driftglass is back to animate it.",
                                                         title=BASE))


# --- a successor's duty ("X replaces Y on music") and a second credit after "as ROLE" ------------------------------

def test_newcomer_replaces_composer_on_music():
    got = _staff_s2("Newcomer Mio Sakuraba (Autumn Ledger) replaces Season 1 composer Ryohei Kawamata on music.")
    assert ("music", "Mio Sakuraba") in got and ("music", "Ryohei Kawamata") not in got


def test_takes_over_from_on_character_designs():
    got = _staff_s2("Aya Kirishima takes over from Jun Mase on character designs.")
    assert ("character design", "Aya Kirishima") in got and ("character design", "Jun Mase") not in got


def test_succeeds_on_the_score():
    assert ("music", "Mio Sakuraba") in _staff_s2("Mio Sakuraba succeeds Ryohei Kawamata on the score.")


def test_replaces_on_music_for_another_title_is_not_read():
    got = _staff_s2("Mio Sakuraba replaces Ryohei Kawamata on music for Vermilion Tide.")
    assert ("music", "Mio Sakuraba") not in got


def test_replaces_as_designer_and_also_serves_as_chief_animation_director():
    got = _staff_s2("Yurika Tamon replaces Kaoru Minabe as character designer and also serves as chief animation director.")
    assert {("character design", "Yurika Tamon"), ("chief animation director", "Yurika Tamon")} <= got
    assert not any(v == "Kaoru Minabe" for _, v in got)


def test_joins_as_director_and_will_also_serve_as_sound_director():
    got = _staff_s2("Noa Imagawa joins as director and will also serve as sound director.")
    assert {("director", "Noa Imagawa"), ("sound director", "Noa Imagawa")} <= got


# --- a writer's future or one-by-one script duty -------------------------------------------------------------------

def test_will_write_every_script_herself():
    got = _staff_s2("Akane Morioka returns to handle series composition and will write every script herself.")
    assert {("series composition", "Akane Morioka"), ("screenplay", "Akane Morioka")} <= got


def test_will_write_every_script_alone():
    assert ("screenplay", "Akane Morioka") in _staff_s2("Akane Morioka will write every script.")


def test_is_penning_each_episodes_script():
    assert ("screenplay", "Akane Morioka") in _staff_s2("Akane Morioka is penning each episode's script.")


def test_will_write_all_scripts():
    assert ("screenplay", "Akane Morioka") in _staff_s2("Akane Morioka will write all scripts for the season.")


def test_will_write_every_script_for_another_title_is_not_read():
    got = _staff_s2("Akane Morioka will write every script for Vermilion Tide next year.")
    assert ("screenplay", "Akane Morioka") not in got


# --- a JA singer named with a description: a kind word and ・, or the part the actor plays -------------------------

def _ja_themes(sentence, title="ほしふるまちの郵便屋さん"):
    doc = (f"<!doctype html><html><head><title>TVアニメ『{title}』主題歌決定</title></head><body><main><article>"
           f"<h1>TVアニメ『{title}』主題歌アーティスト決定</h1><p>TVアニメ『{title}』の主題歌が発表された。{sentence}</p>"
           "</article></main></body></html>")
    return {(k, v) for f, k, v in facts(doc, title) if f == "theme_song"}


def test_ja_singer_after_the_part_they_play():
    got = _ja_themes("エンディングテーマは主人公・夏目ルカ役を演じる真白ことねが歌う「きみの秒針」に決定した。")
    assert got == {("ending 1", "きみの秒針 — 真白ことね")}


def test_ja_singer_after_the_part_they_take_on():
    got = _ja_themes("エンディングテーマはヒロイン・ミナ役を務める朝霧しずくが歌う「夜の窓」に決まった。")
    assert got == {("ending 1", "夜の窓 — 朝霧しずく")}


def test_ja_band_kind_and_dot_before_the_name():
    got = _ja_themes("オープニングテーマはロックバンド・ヨルノカナタによる「砂時計のパレード」に決定した。")
    assert got == {("opening 1", "砂時計のパレード — ヨルノカナタ")}


def test_ja_idol_group_kind_and_dot_before_the_name():
    got = _ja_themes("オープニングテーマはアイドルグループ・ステラリンクによる「夏の星座」に決まった。")
    assert got == {("opening 1", "夏の星座 — ステラリンク")}


def test_ja_performer_in_charge_before_the_theme_kind():
    got = _ja_themes("PV第2弾では、ロックバンド・ネオンテトラが担当するオープニングテーマ「夜更けのルミナリエ」の音源が初めて使われている。")
    assert got == {("opening 1", "夜更けのルミナリエ — ネオンテトラ")}


def test_ja_performer_who_makes_the_ending_before_its_kind():
    got = _ja_themes("シンガーソングライターの水無月あおいが手がけるエンディングテーマ「灯台の歌」も公開された。")
    assert got == {("ending 1", "灯台の歌 — 水無月あおい")}


def test_ja_new_singer_dot_name_in_charge_of_ending():
    got = _ja_themes("新人歌手・星野ミクが担当するエンディング主題歌「ひこうき雲」が流れる。")
    assert got == {("ending 1", "ひこうき雲 — 星野ミク")}


# --- a headline's infinitive credit: 'Ending theme "T" to be sung by X' -------------------------------------------

def _en_themes(line, title="Stardust Switchboard"):
    return {(k, v) for f, k, v in facts(news([f"{title} news.", line], title=f"{title} news"), title) if f == "theme_song"}


def test_ending_to_be_sung_by():
    assert _en_themes('Ending theme "Receiver" to be sung by Aoi Kanzaki') == {("ending 1", "Receiver — Aoi Kanzaki")}


def test_opening_to_be_performed_by():
    assert _en_themes('Opening theme "Switchback Comet" to be performed by LUMINA MARE') \
        == {("opening 1", "Switchback Comet — LUMINA MARE")}
