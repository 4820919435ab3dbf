"""Another work as what a sentence is about, in the article's own text: a same-day announcement of another title
named as a studio's next/new/other film or series ("its next feature, Rust Lily Parade, …", "Orchid Frame's other
series Lamplit Orchard, directed by …"), and another version of the franchise told in the past («※OVA版ではリオを
Aが演じていた», "In the 2019 OVA, Gai was played by B"). Their credits are that work's, never this one's; this work's
own credits in the same page, and a present-tense version note, stay."""
from extract_helpers import facts, news

EN_OWN = "The TV anime of Ashen Harbor is animated by Studio Halcyon. Rio is voiced by Hana Sakuraba."


def _en(sentence: str) -> set[tuple[str, str, str]]:
    return facts(news([EN_OWN, sentence], title="Ashen Harbor anime"), "Ashen Harbor")


def _wiki(note: str) -> set[tuple[str, str, str]]:
    doc = ("<!doctype html><html lang=\"ja\"><head><title>灰の港 - ウィキ</title></head><body><main><h1>灰の港</h1>"
           "<p>『灰の港』は、日本のテレビアニメ。</p><h2>キャスト</h2><dl>"
           "<dt>リオ・ハーン</dt><dd>声 - 桜庭ハナ<br>本作の主人公。港町の少女。</dd>"
           "<dt>ガイ・ロウ</dt><dd>声 - 戸田レン<br>船乗り。</dd></dl>"
           f"<p>{note}</p><h2>スタッフ</h2><ul><li>監督 - 森下海斗</li></ul></main></body></html>")
    return facts(doc, "灰の港")


def _names(found: set[tuple[str, str, str]]) -> set[str]:
    return {v for (_field, _key, v) in found}


# ---------------------------------------------------------------- another title as a studio's next/new/other work
def test_next_feature_in_commas_is_another_titles():
    found = _en("Separately, Orchid Frame said its next feature, Rust Lily Parade, will be directed by Noa Ishida.")
    assert "Noa Ishida" not in _names(found) and ("cast", "Rio", "Hana Sakuraba") in found


def test_their_new_original_anime_with_director_is_another_titles():
    found = _en("In other news, the studio announced their new original anime Velvet Tides, with Kenji Arata directing.")
    assert "Kenji Arata" not in _names(found)


def test_latest_project_at_sentence_start_is_another_titles():
    found = _en("Its latest project, Cobalt Night Market, is directed by Sora Ebina.")
    assert "Sora Ebina" not in _names(found)


def test_possessive_upcoming_film_is_another_titles():
    found = _en("Meanwhile, Orchid Frame's upcoming film Rust Lily Parade is directed by Noa Ishida.")
    assert "Noa Ishida" not in _names(found)


def test_separately_confirmed_film_with_writer_is_another_titles():
    found = _en("Separately, Orchid Frame confirmed its upcoming film Rust Lily Parade, with Noa Ishida directing "
                "and Kei Sawamura writing the script.")
    assert not {"Noa Ishida", "Kei Sawamura"} & _names(found)


def test_new_series_with_semicolon_is_another_titles():
    found = _en("Also on Tuesday, Kitsunebi's new series Lamplit Orchard was announced; Jun Aoki directs at Studio Tsubame.")
    assert not {"Jun Aoki", "Studio Tsubame"} & _names(found)


def test_second_theatrical_film_is_another_titles():
    found = _en("The studio also revealed its second theatrical film Paper Lantern Sky, directed by Rika Sone.")
    assert "Rika Sone" not in _names(found)


def test_next_ova_is_another_titles():
    found = _en("Studio Halcyon's next OVA Glass Tide Requiem, directed by Mei Tachibana, ships in May.")
    assert "Mei Tachibana" not in _names(found)


def test_own_title_as_the_studios_new_anime_is_kept():
    found = _en("The studio said its new TV anime Ashen Harbor is directed by Kaito Morishita.")
    assert ("staff", "director", "Kaito Morishita") in found


def test_own_title_as_the_studios_first_series_is_kept():
    found = _en("Studio Halcyon's first series Ashen Harbor is directed by Kaito Morishita.")
    assert ("staff", "director", "Kaito Morishita") in found


# ---------------------------------------------------------------- another version as a past-tense topic
def test_ova_note_in_the_past_is_that_versions_cast():
    found = _wiki("※OVA版ではリオを桐生マオ、ガイを高梨ユウが演じていた。")
    assert not {"桐生マオ", "高梨ユウ"} & _names(found)
    assert ("cast", "リオ・ハーン", "桜庭ハナ") in found and ("cast", "ガイ・ロウ", "戸田レン") in found


def test_pilot_note_in_the_past_is_that_versions_cast():
    assert "桐生マオ" not in _names(_wiki("※パイロット版ではリオを桐生マオが演じていた。"))


def test_film_note_in_the_plain_past_is_that_versions_cast():
    assert not {"桐生マオ", "高梨ユウ"} & _names(_wiki("※劇場版ではリオを桐生マオ、ガイを高梨ユウが演じた。"))


def test_voice_comic_note_is_that_versions_cast():
    assert "桐生マオ" not in _names(_wiki("※ボイスコミック版ではリオを桐生マオが演じていた。"))


def test_ova_demo_note_is_that_versions_cast():
    assert "桐生マオ" not in _names(_wiki("※OVAでもリオを桐生マオが演じていた。"))


def test_dated_ova_in_english_is_that_versions_cast():
    assert "Yu Takanashi" not in _names(_en("In the 2019 OVA, Gai was played by Yu Takanashi."))


def test_earlier_drama_cd_in_english_is_that_versions_cast():
    assert "Yu Takanashi" not in _names(_en("On the earlier drama CD, Gai was played by Yu Takanashi."))


def test_first_anime_film_in_english_is_that_versions_cast():
    found = _en("In the first anime film, Gai was played by Yu Takanashi, and Rio by Mao Kiryu.")
    assert not {"Yu Takanashi", "Mao Kiryu"} & _names(found) and ("cast", "Rio", "Hana Sakuraba") in found


def test_previous_adaptation_in_english_is_that_versions_cast():
    assert "Yu Takanashi" not in _names(_en("In the previous adaptation, Gai was played by Yu Takanashi."))


def test_ova_note_in_the_present_stays():
    """(a present or future verb may be this work's own OVA: the credit stays)"""
    assert ("cast", "リオ", "桐生マオ") in _wiki("※OVA版ではリオを桐生マオが演じる。")


def test_own_work_note_stays():
    assert ("cast", "リオ", "桐生マオ") in _wiki("※本作ではリオを桐生マオが演じる。")


def test_ova_in_english_present_stays():
    assert ("cast", "Gai", "Yu Takanashi") in _en("In the OVA, Gai is played by Yu Takanashi.")


def test_page_about_the_ova_keeps_its_past_note():
    """(on the OVA's own page its version note is its own credit)"""
    doc = ("<!doctype html><html lang=\"ja\"><head><title>灰の港 OVA - ウィキ</title></head><body><main><h1>灰の港 OVA</h1>"
           "<p>『灰の港 OVA』は、日本のOVA。</p><h2>キャスト</h2><dl><dt>リオ・ハーン</dt><dd>声 - 桜庭ハナ<br>主人公。</dd></dl>"
           "<p>※OVA版ではリオを桐生マオが演じていた。</p></main></body></html>")
    assert ("cast", "リオ", "桐生マオ") in facts(doc, "灰の港 OVA")


# ---------------------------------------------------------------- a season the work was popular in is no premiere
def _release(sentence: str) -> set[str]:
    found = facts(news([sentence], title="Saltmarsh Keepers anime"), "Saltmarsh Keepers")
    return {v for (field, _key, v) in found if field == "release_date"}


def test_one_of_the_hits_of_a_season_is_no_premiere():
    assert "2024-fall" not in _release("The quiet fantasy Saltmarsh Keepers became one of the surprise hits of fall 2024, "
                                       "and the second season is now firmly on the calendar.")


def test_the_breakout_hit_of_a_season_is_no_premiere():
    assert "2023-spring" not in _release("Saltmarsh Keepers was the breakout hit of spring 2023, and season 2 is coming.")


def test_a_hit_among_a_seasons_shows_is_no_premiere():
    assert "2025-summer" not in _release("Saltmarsh Keepers, a sleeper hit among summer 2025 shows, returns with new staff.")


def test_topping_streaming_charts_in_a_season_is_no_premiere():
    assert "2024-winter" not in _release("Saltmarsh Keepers topped streaming charts in winter 2024.")


def test_airing_to_ratings_in_a_month_is_no_premiere():
    assert "2024-04" not in _release("Saltmarsh Keepers aired to strong ratings in April 2024.")


def test_streaming_views_in_a_month_is_no_premiere():
    assert "2024-10" not in _release("Saltmarsh Keepers drew record streaming views in October 2024.")


def test_hits_theaters_in_a_season_is_a_premiere():
    assert "2027-fall" in _release("Saltmarsh Keepers hits theaters in fall 2027.")


def test_hits_a_service_on_a_day_is_a_premiere():
    assert "2027-07-15" in _release("Saltmarsh Keepers hits Netflix on July 15, 2027.")


def test_plain_premiere_in_a_season_is_kept():
    assert "2027-fall" in _release("Saltmarsh Keepers premieres in fall 2027.")


# ---------------------------------------------------------------- a news list's row is no event's name
def _site(row: str) -> set[tuple[str, str, str]]:
    doc = ("<!doctype html><html><head><title>Starfall Laundry Service | TV Anime Official Site</title></head><body>"
           "<section id=\"news\"><h2>NEWS</h2><ul class=\"newsList\">"
           "<li><time>2026.11.25</time><span class=\"cat\">Blu-ray</span><a href=\"/n/1\">Blu-ray Vol.1 on sale March 24, 2027</a></li>"
           f"{row}</ul></section><section><h2>STAFF</h2><dl><dt>Director</dt><dd>Kei Aoba</dd></dl></section></body></html>")
    return {(k, v) for (field, k, v) in facts(doc, "Starfall Laundry Service") if field == "premiere_event"}


def test_dotted_stamp_and_tag_row_keeps_only_the_fes():
    found = _site('<li><time>2026.10.12</time><span class="cat">EVENT</span><a href="/n/2">Stage report: Starfall Laundry '
                  'Service at Hoshizora Bunko Fes 2026 — first episode screened ahead of broadcast</a></li>')
    assert {k for k, _v in found} == {"Hoshizora Bunko Fes 2026"}


def test_dashed_stamp_row_keeps_only_the_fes():
    found = _site('<li><span class="date">2026-10-12</span> <span class="cat">EVENT</span> <a href="/n/2">Stage report from '
                  'Hoshizora Bunko Fes 2026: episode 1 screened</a></li>')
    assert {k for k, _v in found} == {"Hoshizora Bunko Fes 2026"}


def test_event_report_row_keeps_only_the_fes():
    found = _site('<li><time>2026.10.12</time><span class="cat">EVENT</span><a href="/n/2">Event report: Hoshizora Bunko '
                  'Fes 2026 premiere screening of episode 1</a></li>')
    assert {k for k, _v in found} == {"Hoshizora Bunko Fes 2026"}


def test_ja_row_keeps_the_fes():
    found = _site('<li><time>2026.10.12</time><span class="cat">イベント</span><a href="/n/2">「星空文庫フェス2026」ステージレポート！'
                  '第1話を先行上映</a></li>')
    assert ("星空文庫フェス2026", "第1話を先行上映") in found


def test_stamp_keys_are_no_event_names():
    from tracker.extract.hygiene import clean_fact
    from tracker.model import Fact
    for key in ("2026.10.12 EVENT Stage", "2026/10/12 Stage", "2026-10-12 NEWS Report", "2026年10月12日 イベント",
                "[EVENT] Stage report", "[お知らせ] ステージ"):
        assert clean_fact(Fact("premiere_event", key, "first episode screened", "")) is None, key


def test_event_names_with_a_year_stay():
    from tracker.extract.hygiene import clean_fact
    from tracker.model import Fact
    for key in ("Anime Expo 2027", "NETFLIX ANIME NIGHT 2026", "2026 Premiere Night", "EVENT HORIZON FES", "AnimeJapan 2027"):
        assert clean_fact(Fact("premiere_event", key, "first episode screened", "")) is not None, key


# ---------------------------------------------------------------- a pointer link to an earlier season's video
_POINTER = '<a href="https://www.youtube.com/watch?v=Lm2bXo8dNfA">{}</a>'


def _guide(paragraph: str) -> set[str]:
    doc = ("<!doctype html><html><head><title>Copperwing Season 2: everything we know</title></head><body><main><article>"
           "<h1>Copperwing Season 2: everything we know</h1><h2>Is there a trailer?</h2>"
           "<p>Yes. The first teaser for the new season came out on November 22, 2026.</p>"
           "<iframe src=\"https://www.youtube.com/embed/Zk4tRw9oPbQ\" title=\"Copperwing Season 2 - Teaser\"></iframe>"
           f"<p>{paragraph}</p></article></main></body></html>")
    return {v for (field, _k, v) in facts(doc, "Copperwing Season 2", "Copperwing") if field == "trailer"}


def _links_old(found: set[str]) -> bool:
    return any("Lm2bXo8dNfA" in v for v in found)


def test_watch_here_to_the_season_1_trailer_is_that_seasons():
    found = _guide("If you need a refresher, the Season 1 trailer is still on the official channel (" + _POINTER.format("watch here")
                   + "), though it is of course only about the first season.")
    assert not _links_old(found) and any("Zk4tRw9oPbQ" in v for v in found)


def test_view_it_here_to_the_first_seasons_trailer_is_that_seasons():
    assert not _links_old(_guide("Newcomers can start with the first season's trailer (" + _POINTER.format("view it here")
                                 + "), which sums up the story so far in about ninety seconds of footage."))


def test_at_this_link_to_season_1s_trailer_is_that_seasons():
    assert not _links_old(_guide("For a recap, Season 1's main trailer can be found " + _POINTER.format("at this link")
                                 + " on the official channel, along with the creditless opening."))


def test_here_to_the_season_1_pv_is_that_seasons():
    assert not _links_old(_guide("Want to catch up first? The season 1 PV is " + _POINTER.format("here") + ", and the whole "
                                 "first season streams on Crunchyroll for anyone who missed it last year."))


def test_kochira_to_the_first_seasons_pv_is_that_seasons():
    assert not _links_old(_guide("第1期のPVは" + _POINTER.format("こちら") + "から視聴できる。第1期は2024年10月から12月まで放送され、"
                                 "全12話で完結した作品で、続編を待つファンも多い。"))


def test_watch_here_to_the_new_teaser_stays():
    assert _links_old(_guide("The new teaser is on the official channel too (" + _POINTER.format("watch here") + "), and the "
                             "committee says a second one will follow closer to the July premiere."))


def test_watch_here_to_season_2s_teaser_stays():
    assert _links_old(_guide("Season 2's teaser is also up on the official channel (" + _POINTER.format("watch here") + "), in "
                             "case the embed above does not load for you on this page."))


# ---------------------------------------------------------------- 「こちらは」 after another title's announcement
_JA_OWN = "TVアニメ『灰の港』が2027年1月より放送される。監督を森下海斗、アニメーション制作をスタジオ・ハルシオンが担当する。"


def _ja_news(paragraph: str) -> set[tuple[str, str, str]]:
    title = "『灰の港』TVアニメ、2027年1月放送"
    body = f"<p>{_JA_OWN}</p><p>{paragraph}</p>"
    doc = (f"<!doctype html><html lang=\"ja\"><head><title>{title}</title><meta property=\"article:published_time\" "
           f"content=\"2026-11-24T09:00:00+09:00\"></head><body><main><article><h1>{title}</h1>{body}</article></main></body></html>")
    return facts(doc, "灰の港")


def test_kochira_after_another_titles_anime_adaptation_is_that_titles():
    found = _ja_news("なお同イベントでは、「骨董屋ミカヅキ」のTVアニメ化も発表された。こちらは2027年7月放送予定で、監督を宇佐見宗一、"
                     "アニメーション制作をスタジオ・ガレオンが担当する。")
    assert not {"宇佐見宗一", "スタジオ・ガレオン", "2027-07"} & _names(found)
    assert ("staff", "director", "森下海斗") in found


def test_dousaku_after_a_film_title_is_that_films():
    found = _ja_news("同日には劇場アニメ『鉄の百合』の制作も発表された。同作は監督を石田ノア、アニメーション制作をスタジオ・ツバメが担当する。")
    assert not {"石田ノア", "スタジオ・ツバメ"} & _names(found)


def test_kochira_mo_after_an_adaptation_decision_is_that_titles():
    found = _ja_news("また、「硝子の港」のアニメ化が決定した。こちらも監督を青木純、アニメーション制作をスタジオ・カナタが担当する。")
    assert "スタジオ・カナタ" not in _names(found)


def test_sochira_after_a_new_title_is_that_titles():
    found = _ja_news("新作『月影の窯』も発表された。そちらは監督を砂原サヨ、アニメーション制作をスタジオ・ツバメが担当する。")
    assert "スタジオ・ツバメ" not in _names(found)


def test_dousakuhin_after_a_film_adaptation_is_that_titles():
    found = _ja_news("同誌連載の「灯火の果樹園」も映画化が決まった。同作品は監督を中井遥、アニメーション制作をスタジオ・カナタが担当する。")
    assert "スタジオ・カナタ" not in _names(found)


def test_nao_kochira_after_a_tv_adaptation_is_that_titles():
    found = _ja_news("同じ作者の「鉄の百合」もTVアニメ化が発表された。なお、こちらは監督を石田ノア、アニメーション制作をスタジオ・ツバメが担当する。")
    assert "スタジオ・ツバメ" not in _names(found)


def test_kochira_after_a_song_title_stays():
    found = _ja_news("主題歌は「灯台」に決定した。こちらは監督を森下海斗、アニメーション制作をスタジオ・ミナトが担当する。")
    assert ("studio", "スタジオミナト", "スタジオ・ミナト") in found


def test_kochira_after_this_works_sequel_stays():
    found = _ja_news("TVアニメ『灰の港』の続編制作も決定した。こちらは監督を森下海斗、アニメーション制作をスタジオ・ミナトが担当する。")
    assert ("studio", "スタジオミナト", "スタジオ・ミナト") in found
