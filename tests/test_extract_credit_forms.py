"""Staff and studio credits in the forms the readers generalise to, EN and JA:
- credit lines with several "Label: value" pairs set apart by a space only, a label of several words ("Art Director:
  A 美術監督：B", "Sound Director: A Music: B"): split before each later label, never inside the first label's words;
- a person, then a description set apart, then the credit (", formerly an animator at the studio, is now serving as
  director"): the person before the aside is the subject, not a name inside it;
- a studio, then its return or hiring, then "to animate" ("X returns to animate the sequel", "X is set to animate"),
  a ", which …," aside between them read past, another title as the verb's object no credit of this work;
- a JA credit naming a studio or person in Latin letters of several words (「アニメーション制作はNORTH LIGHT WORKS。」);
- a JA person credited with two roles joined by と (「AさんがキャラクターデザインとB総作画監督を担当」);
- "A and B are credited with the character designs": the duty as a credit, each person of a pair;
- "The dub was directed by X" (no language named): the dub's director, never the work's;
- "Kei Nagatomo of Orchestra Minami is composing the music": the person, not the group they belong to;
- the source's author: 「原作はXの漫画」 (a name holding は, a publisher or a place no author), "X's webcomic about …
  gets the TV treatment" (a webcomic, picture book or yonkoma, what it is about between it and the anime);
- JA credits whose name follows what the person is known for (「監督は劇場作品で有名な真柴 塔也」「脚本は監督と長年
  組んでいる乙部ナギ」: the name alone, a given name after a space kept), and 「Xも第1期と同じくY」 (も with a carry-over);
- the bare duty ending its clause ("…, and Kei Nagatomo is composing.", "X is scoring again"): the music;
- a credit line's pen name with a mark (「キャラクター原案：tomo☆ri」) read; a value of marks only (「音楽：☆」) no name;
- a sequel's returning staff: "reprises her role / resumes his duties as ROLE", "reprises her duty in DUTY", "is back in /
  returns to the director's chair", "will again handle DUTY", "is also back as ROLE";
- JA roles joined by 兼 (「キャラクターデザイン兼総作画監督：A」, 「…兼…はA」「Aさんが…兼…を務める」「…兼…のAさん」): both roles.

Every form here is invented; none is a fixture page's wording."""
from extract_helpers import facts, news

W = "Copperwing Ferry"


def _site(body: str) -> str:
    return (f"<!doctype html><html lang=\"en\"><head><title>TV Anime \"{W}\" Official Site</title></head><body><main>"
            f"<p>TV anime \"{W}\" 2027.4 ON AIR</p><section><h2>STAFF</h2>{body}</section></main></body></html>")


def _got(body: str, field: str = "staff") -> set[tuple[str, str]]:
    return {(k, v) for f, k, v in facts(_site(body), W) if f == field}


def test_bilingual_two_word_label_li():
    got = _got("<ul><li>Art Director: Hana Morikawa 美術監督：森川華</li><li>Director: Jun Oda 監督：小田純</li></ul>")
    assert ("art director", "Hana Morikawa") in got and ("art director", "森川華") in got
    assert not any("美術" in v for _, v in got)


def test_bilingual_combined_label_in_img_alt():
    got = _got('<ul><li><img src="s1.png" alt="Series Composition &amp; Screenplay: Rei Tachi シリーズ構成・脚本：舘玲"></li>'
               '<li><img src="s2.png" alt="Director: Jun Oda 監督：小田純"></li></ul>')
    assert {("series composition", "Rei Tachi"), ("screenplay", "Rei Tachi"),
            ("series composition", "舘玲"), ("screenplay", "舘玲")} <= got
    assert not any("シリーズ" in v or "脚本" in v for _, v in got)


def test_english_pairs_run_together_on_one_line():
    got = _got("<p>Sound Director: Goro Imai Music: Mai Kashiwa Character Design: Ren Uno</p>")
    assert {("sound director", "Goro Imai"), ("music", "Mai Kashiwa"), ("character design", "Ren Uno")} <= got


def test_three_word_label_then_japanese_in_dd():
    got = _got("<dl><dt>Staff</dt><dd>Chief Animation Director: Kei Sora 総作画監督：空慶</dd></dl>")
    assert ("chief animation director", "Kei Sora") in got and ("chief animation director", "空慶") in got


def test_studio_label_of_two_words_then_japanese():
    got = _got("<ul><li>Director: Jun Oda</li><li>Animation Production: Studio Kumoji アニメーション制作：スタジオ雲路</li></ul>",
               "studio")
    assert ("kumoji", "Studio Kumoji") in got or any(v == "Studio Kumoji" for _, v in got)
    assert not any("スタジオ雲路" in v and "Kumoji" in v for _, v in got)


def test_japanese_first_then_english():
    got = _got("<ul><li>音響監督：今井吾郎 Sound Director: Goro Imai</li><li>監督：小田純</li></ul>")
    assert ("sound director", "今井吾郎") in got and ("sound director", "Goro Imai") in got


def test_label_words_in_value_not_cut():
    """A value holding words that end in a role ("Studio Art Director Ltd") stays whole: no colon follows."""
    got = _got("<ul><li>Director of Photography: Aki Mune</li><li>Color Design: Saki Ueno (Studio Direction Lab)</li></ul>")
    assert ("director of photography", "Aki Mune") in got
    assert any(k == "color design" and v.startswith("Saki Ueno") for k, v in got)


def test_note_label_after_value_is_no_credit():
    got = _got("<ul><li>Art Director: Hana Morikawa Note: tentative</li><li>Director: Jun Oda</li></ul>")
    assert not any(k == "note" for k, _ in got)


def test_earlier_season_sidebar_stays_out():
    doc = _site("<ul><li>Art Director: Hana Morikawa 美術監督：森川華</li></ul>").replace(
        "</main>", "</main><aside><h3>Other works</h3><p>Sunfall Choir: Art Director: Toru Baba 美術監督：馬場徹</p></aside>")
    got = {(k, v) for f, k, v in facts(doc, W) if f == "staff"}
    assert not any("Baba" in v or "馬場" in v for _, v in got)


# ---- a description set apart between the person and the credit
T = "Tidewatch Harbor"


def _prose_staff(*paragraphs: str, title: str = T) -> set[tuple[str, str]]:
    return {(k, v) for f, k, v in facts(news(list(paragraphs), title=f"{title} staff news"), title) if f == "staff"}


def test_aside_formerly_then_serving_as():
    assert ("director", "Mei Arata") in _prose_staff("Mei Arata, formerly an animator at the studio, is now serving as director.")


def test_aside_best_known_then_takes_over_as():
    assert ("character design", "Mei Arata") in _prose_staff(
        "Mei Arata, best known for the designs of Paper Kite, takes over as character designer.")


def test_aside_whose_credits_name_no_subject():
    got = _prose_staff("Mei Arata, whose credits include Paper Kite, will be the sound director.")
    assert ("sound director", "Mei Arata") in got and not any(v == "Paper Kite" for _, v in got)


def test_aside_who_then_auxiliary_then_stepping_up():
    assert ("chief director", "Mei Arata") in _prose_staff(
        "Mei Arata, who directed the first season, is now stepping up to chief director.")


def test_aside_one_of_then_promoted():
    assert ("director", "Mei Arata") in _prose_staff(
        "The studio also said that Mei Arata, one of the show's episode directors, is promoted to director.")


def test_aside_a_protege_names_no_subject():
    got = _prose_staff("Mei Arata, a protégé of Goro Tanba, is directing.")
    assert ("director", "Mei Arata") in got and not any(v == "Goro Tanba" for _, v in got)


def test_aside_fresh_off_then_joins_as():
    assert ("art director", "Mei Arata") in _prose_staff("Mei Arata, fresh off Paper Kite, joins the staff as art director.")


def test_aside_herself_then_returns_as():
    assert ("character design", "Mei Arata") in _prose_staff(
        "Mei Arata, herself a former key animator, returns as character designer.")


def test_aside_second_person_after_first_credit():
    got = _prose_staff("Goro Tanba moves up to chief director, and Mei Arata, previously a storyboard artist on the show, "
                       "takes over as director.")
    assert {("chief director", "Goro Tanba"), ("director", "Mei Arata")} <= got


def test_aside_trap_not_returning():
    got = _prose_staff("Mei Arata, who directed the first season, is not returning as director.")
    assert ("director", "Mei Arata") not in got


# ---- a studio's return or hiring, then "to animate"
def _prose_studios(*paragraphs: str, title: str = T) -> set[str]:
    return {v for f, k, v in facts(news(list(paragraphs), title=f"{title} news"), title) if f == "studio"}


def test_studio_returns_to_animate():
    assert "Lighthouse Four" in _prose_studios(f"{T} gets a second season. Lighthouse Four returns to animate the sequel.")


def test_studio_is_set_to_animate():
    assert "Pale Heron Studio" in _prose_studios(f"{T} is getting an anime. Pale Heron Studio is set to animate the series.")


def test_studio_has_been_tapped_to_animate():
    assert "Quillpoint" in _prose_studios(f"{T} is getting an anime, and Quillpoint has been tapped to animate the adaptation.")


def test_studio_is_back_to_animate():
    assert "Studio Mizuoto" in _prose_studios(f"{T} returns. Studio Mizuoto is back to animate the new season.")


def test_studio_will_return_to_co_animate():
    assert "Pale Heron Animation" in _prose_studios(f"{T} returns. Pale Heron Animation will return to co-animate the film.")


def test_studio_slated_to_animate():
    assert "Quillpoint" in _prose_studios(f"{T} is getting a TV anime. Quillpoint is slated to animate the TV series.")


def test_studio_comes_back_to_animate():
    assert "Orbit Lane Pictures" in _prose_studios(f"{T} returns. Orbit Lane Pictures comes back to animate season two.")


def test_studio_once_again_set_to_animate():
    assert "Quillpoint" in _prose_studios(f"{T} returns in April. Quillpoint is once again set to animate it.")


def test_studio_trap_not_set():
    assert "Pale Heron Animation" not in _prose_studios(f"{T} returns. Pale Heron Animation is not set to animate the series.")


# ---- JA: a name in Latin letters of several words
J = "星屑の渡し舟"


def _ja_page(p: str) -> str:
    return (f"<!doctype html><html lang='ja'><head><title>TVアニメ『{J}』最新情報</title><meta property='article:published_time' "
            f"content='2026-11-20T09:00:00+09:00'></head><body><main><article><h1>TVアニメ『{J}』スタッフ発表</h1>"
            f"<p>TVアニメ『{J}』の放送が決定した。</p><p>{p}</p></article></main></body></html>")


def _ja(p: str, field: str = "staff") -> set[tuple[str, str]]:
    return {(k, v) for f, k, v in facts(_ja_page(p), J) if f == field}


def test_ja_latin_studio_after_carried_over():
    assert any(v == "NORTH LIGHT WORKS" for _, v in _ja("アニメーション制作は前作に引き続きNORTH LIGHT WORKS。", "studio"))


def test_ja_latin_studio_then_reading_in_brackets():
    got = _ja("アニメーション制作はStudio Kazeoto（スタジオ・カゼオト）が担当。", "studio")
    assert any(v == "Studio Kazeoto" for _, v in got) and not any(v == "Studio" for _, v in got)


def test_ja_latin_person_set_apart_by_spaces():
    assert ("director", "Kei Sato") in _ja("監督は Kei Sato が務める。")


def test_ja_latin_unit_longer_than_a_kana_name():
    assert ("music", "Sound Lantern Orchestra") in _ja("音楽はSound Lantern Orchestraが担当。")


def test_ja_latin_pair_with_ampersand():
    assert ("music", "Ray & Mio") in _ja("音楽はRay & Mio、音響監督は今井吾郎。")


def test_ja_latin_person_with_honorific():
    assert ("character design", "Anna Kowalski") in _ja("キャラクターデザインはAnna Kowalskiさんが担当する。")


def test_ja_latin_studio_three_words():
    assert any(v == "Cloud Nine Pictures" for _, v in _ja("監督は小田純、アニメーション制作はCloud Nine Pictures。", "studio"))


def test_ja_latin_trap_service_is_no_credit():
    assert not any("Japan" in v for _, v in _ja("音楽はNetflix Japanで配信される。"))


# ---- JA: one person, two roles joined by と
def test_ja_two_roles_to_in_subject_list():
    got = _ja("宮野ちかさんがシリーズ構成と脚本、遠藤まことさんが音楽を担当する。")
    assert {("series composition", "宮野ちか"), ("screenplay", "宮野ちか"), ("music", "遠藤まこと")} <= got


def test_ja_two_roles_to_tsutomeru():
    assert {("director", "宮野ちか"), ("storyboard", "宮野ちか")} <= _ja("宮野ちかさんが監督と絵コンテを務める。")


def test_ja_two_roles_to_kennin():
    assert {("art director", "宮野ちか"), ("color design", "宮野ちか")} <= _ja("宮野ちかさんが美術監督と色彩設計を兼任する。")


def test_ja_two_roles_to_kenmu():
    assert {("director", "宮野ちか"), ("series composition", "宮野ちか")} <= _ja("宮野ちか氏が監督とシリーズ構成を兼務。")


def test_ja_two_roles_to_before_no():
    got = _ja("キャラクターデザインと総作画監督の宮野ちかさん、音楽の遠藤まことさんが続投。")
    assert {("character design", "宮野ちか"), ("chief animation director", "宮野ちか"), ("music", "遠藤まこと")} <= got


def test_ja_two_roles_to_tegakeru():
    assert {("sound director", "宮野ちか"), ("sound effects", "宮野ちか")} <= _ja("宮野ちかさんが音響監督と音響効果を手がける。")


def test_ja_two_roles_trap_talked_with():
    assert not any(v == "宮野ちか" for _, v in _ja("宮野ちかさんが監督と話した。"))


def test_ja_two_roles_trap_past_other_work():
    assert not any(v == "宮野ちか" for _, v in _ja("宮野ちかさんが監督と脚本を務めた『別の舟』も話題に。"))


def test_studio_trap_sidebar_other_work():
    doc = news([f"{T} returns in April. Quillpoint returns to animate the sequel."], title=f"{T} news").replace(
        "</main>", "</main><aside><h3>More news</h3><p>Crimson Ledger gets a film. Hollowmark Studio returns to animate "
                   "Crimson Ledger: The Movie.</p></aside>")
    got = {v for f, k, v in facts(doc, T) if f == "studio"}
    assert "Quillpoint" in got and "Hollowmark Studio" not in got


def test_aside_trap_other_title_credit():
    got = _prose_staff(f"{T} returns in April. Goro Tanba, who directed the first season, is directing Crimson Ledger instead.")
    assert ("director", "Goro Tanba") not in got


# ---- credited with a duty
def test_pair_credited_with_character_designs():
    got = _prose_staff("Yui Kanade and Sachi Ebihara are credited with the character designs.")
    assert {("character design", "Yui Kanade"), ("character design", "Sachi Ebihara")} <= got


def test_credited_for_the_soundtrack():
    assert ("music", "Yui Kanade") in _prose_staff("Yui Kanade is credited for the soundtrack.")


def test_credited_with_composition_then_scripts():
    got = _prose_staff("Yui Kanade is credited with the series composition and Sachi Ebihara is credited with the scripts.")
    assert {("series composition", "Yui Kanade"), ("screenplay", "Sachi Ebihara")} <= got


def test_has_been_credited_with_art_direction():
    assert ("art director", "Yui Kanade") in _prose_staff("Yui Kanade has been credited with the art direction.")


def test_also_credited_with_sound_direction():
    assert ("sound director", "Yui Kanade") in _prose_staff("Yui Kanade is also credited with the sound direction.")


def test_will_be_credited_with_color_design():
    assert ("color design", "Yui Kanade") in _prose_staff("Yui Kanade will be credited with the color design.")


def test_jointly_credited_with_music():
    got = _prose_staff("Yui Kanade and Sachi Ebihara are jointly credited with the music.")
    assert {("music", "Yui Kanade"), ("music", "Sachi Ebihara")} <= got


def test_credited_trap_earlier_season():
    assert not _prose_staff("Yui Kanade was credited with the character designs on the first season.")


# ---- a dub's director, its language unnamed
def test_dub_directed_by():
    got = _prose_staff("The dub was directed by Lorna Beckett.")
    assert ("dub director", "Lorna Beckett") in got and ("director", "Lorna Beckett") not in got


def test_film_dub_is_directed_by():
    assert ("dub director", "Lorna Beckett") in _prose_staff("The film's dub is directed by Lorna Beckett.")


def test_dubbed_version_directed_by():
    assert ("dub director", "Lorna Beckett") in _prose_staff("The dubbed version was directed by Lorna Beckett.")


def test_dub_recorded_then_directed_by():
    assert ("dub director", "Lorna Beckett") in _prose_staff("Its dub was recorded in Toronto and directed by Lorna Beckett.")


def test_english_dub_keeps_its_language():
    assert ("english dub director", "Lorna Beckett") in _prose_staff("The English dub was directed by Lorna Beckett.")


def test_dub_trap_work_director():
    got = _prose_staff(f"The anime was directed by Goro Tanba. The dub was directed by Lorna Beckett.")
    assert ("director", "Goro Tanba") in got and ("director", "Lorna Beckett") not in got


# ---- a person, then the group they belong to
def test_member_of_group_composing():
    got = _prose_staff("Kenta Nagai of Orchestra Hoshizora is composing the music.")
    assert ("music", "Kenta Nagai") in got and not any(v == "Orchestra Hoshizora" for _, v in got)


def test_member_of_group_writing_scripts():
    got = _prose_staff("Kenta Nagai of Paper Lantern Writers is writing the scripts.")
    assert ("screenplay", "Kenta Nagai") in got and not any(v == "Paper Lantern Writers" for _, v in got)


def test_member_of_studio_directing():
    got = _prose_staff("Kenta Nagai of Studio Kumoi is directing.")
    assert ("director", "Kenta Nagai") in got and not any("Kumoi" in v for _, v in got)


def test_member_of_the_group_sound_director():
    got = _prose_staff("Kenta Nagai of the Hoshizora Ensemble will be the sound director.")
    assert ("sound director", "Kenta Nagai") in got and not any("Hoshizora" in v for _, v in got)


# ---- the source's author
S = "Nemuri Lantern"


def _src(*paragraphs: str) -> set[str]:
    return {v for f, k, v in facts(news(list(paragraphs), title=f"{S} anime"), S) if f == "staff" and k == "original creator"}


def test_webcomic_about_then_tv_treatment():
    assert "Mina Kotobuki" in _src("Mina Kotobuki's four-panel webcomic about a night-shift baker who talks to her ovens "
                                   "gets the TV treatment next spring.")


def test_webcomic_gets_an_anime():
    assert "Mina Kotobuki" in _src("Mina Kotobuki's webcomic gets an anime.")


def test_picture_book_is_getting_an_anime():
    assert "Mina Kotobuki" in _src("Mina Kotobuki's picture book is getting an anime.")


def test_yonkoma_following_then_anime():
    assert "Mina Kotobuki" in _src("Mina Kotobuki's yonkoma following two sisters in Sendai is getting an anime.")


def test_web_comic_series_gets_anime():
    assert "Mina Kotobuki" in _src("Mina Kotobuki's web comic series gets an anime adaptation.")


def test_source_trap_earlier_webcomic():
    assert "Mina Kotobuki" not in _src("Mina Kotobuki's previous webcomic about a cat got an anime in 2020.")


def test_source_trap_another_source_gets_the_anime():
    assert "Mina Kotobuki" not in _src("Mina Kotobuki's webcomic about a cat is popular, and Bo Tanaka's manga gets an anime.")


def _ja_src(p: str) -> set[str]:
    return {v for k, v in _ja(p) if k == "original creator"}


def test_ja_source_name_holding_ha():
    assert "柚木はるな" in _ja_src("原作は柚木はるなの4コマ漫画（こもれび書房）。")


def test_ja_source_plain_novel():
    assert "綾瀬ミオ" in _ja_src("原作は綾瀬ミオの小説。")


def test_ja_source_after_story_clause():
    assert "綾瀬ミオ" in _ja_src("時間を巻き戻す少年の話で、原作は綾瀬ミオの同名ライトノベル（灯火文庫）。")


def test_ja_source_with_sensei_web_novel():
    assert "綾瀬ミオ" in _ja_src("原作は綾瀬ミオ先生のWEB小説。")


def test_ja_source_niyoru_book_is_no_name():
    got = _ja_src("原作は綾瀬ミオによる同名小説。")
    assert "綾瀬ミオ" in got and not any("小説" in v for v in got)


def test_ja_source_traps_publisher_place_time():
    for p in ("原作は潮騒書房の同名マンガ。", "原作は小学館の人気マンガ。", "原作は韓国の小説。", "原作は現在も連載中の漫画。"):
        assert not _ja_src(p), p


# ---- JA: a known-for modifier before the name; も with a carry-over
def test_ja_known_for_then_spaced_name():
    got = _ja("監督は短編映画で有名な浅葱 晴臣、音楽は北条セイラ。")
    assert ("director", "浅葱 晴臣") in got and not any("有名" in v for _, v in got)


def test_ja_relative_clause_then_name():
    got = _ja("脚本は浅葱監督と長年組んでいる乙部ナギ。")
    assert ("screenplay", "乙部ナギ") in got and not any("組んで" in v for _, v in got)


def test_ja_known_for_then_name_with_verb():
    assert ("director", "浅葱晴臣") in _ja("監督は深夜アニメで有名な浅葱晴臣が務める。")


def test_ja_belonging_clause_then_name():
    assert ("character design", "杏堂マコト") in _ja("キャラクターデザインは同じスタジオに所属している杏堂マコト。")


def test_ja_mo_same_as_earlier_season():
    assert ("series composition", "鷹宮みずほ") in _ja("シリーズ構成も第1期と同じく鷹宮みずほ。")


def test_ja_mo_carried_over_with_verb():
    assert ("music", "北条セイラ") in _ja("音楽も前作に引き続き北条セイラが担当。")


def test_ja_mo_two_in_a_row():
    got = _ja("シリーズ構成も第1期と同じく鷹宮みずほ、音響監督も前作同様に岡部哲。")
    assert {("series composition", "鷹宮みずほ"), ("sound director", "岡部哲")} <= got


def test_ja_mo_trap_praise_is_no_credit():
    assert not _ja("音楽も素晴らしい。")


def test_ja_spaced_given_trap_hoka():
    assert not any(v.endswith("他") and " " in v for _, v in _ja("監督は劇場作品で有名な浅葱 他。"))


# ---- the bare duty at the clause's end
def test_bare_composing_after_another_credit():
    got = _prose_staff("Yuta Pell is designing the characters, and Orchestra Hoshi's Kenta Nagai is composing.")
    assert ("music", "Kenta Nagai") in got and ("character design", "Yuta Pell") in got


def test_bare_scoring_again():
    assert ("music", "Kenta Nagai") in _prose_staff("Kenta Nagai is scoring again.")


def test_bare_scoring_too():
    assert ("music", "Kenta Nagai") in _prose_staff("Kenta Nagai will be scoring too.")


def test_bare_composing_then_comma_and():
    got = _prose_staff("Kenta Nagai is composing, and Mika Oda is directing.")
    assert {("music", "Kenta Nagai"), ("director", "Mika Oda")} <= got


def test_bare_composing_as_well():
    assert ("music", "Kenta Nagai") in _prose_staff("Mika Oda is directing, and Kenta Nagai is composing as well.")


def test_bare_composing_member_of_group():
    got = _prose_staff("Kenta Nagai of Orchestra Hoshi is composing.")
    assert ("music", "Kenta Nagai") in got and not any("Orchestra" in v for _, v in got)


def test_bare_composing_trap_stage_play():
    assert ("music", "Kenta Nagai") not in _prose_staff("Kenta Nagai is composing for the stage play.")


def test_bare_composing_trap_who_clause():
    assert ("music", "Kenta Nagai") not in _prose_staff("Kenta Nagai, who is composing, said hello to the fans.")


# ---- pen names with a mark; marks only
def test_ja_marked_pen_name_in_credit_line():
    got = _ja("【スタッフ】監督：大河内理人／キャラクター原案：mika☆no／キャラクターデザイン：井筒 沙耶")
    assert ("original character design", "mika☆no") in got


def test_marked_pen_name_star():
    assert ("original character design", "ume★chan") in _ja("【スタッフ】監督：大河内理人／キャラクター原案：ume★chan")


def test_marks_only_is_no_name():
    got = _ja("【スタッフ】監督：大河内理人／音楽：☆")
    assert ("director", "大河内理人") in got and not any(k == "music" for k, _ in got)


# ---- a studio's aside before its verb; another title as the object
def test_studio_which_aside_then_returns_to_animate():
    assert "Arvo Lane Works" in _prose_studios(f"{T} returns. Arvo Lane Works, which animated the first season, "
                                               "returns to animate the sequel.")


def test_studio_which_aside_then_will_animate_own_title():
    assert "Arvo Lane Works" in _prose_studios(f"Arvo Lane Works, which made the pilot, will animate {T} too.")


def test_studio_trap_set_to_animate_other_title():
    assert "Pale Heron Studio" not in _prose_studios(f"{T} gets an anime. Pale Heron Studio is set to animate Crimson Ledger.")


def test_studio_trap_returns_to_animate_other_title():
    assert "Pale Heron Studio" not in _prose_studios(
        f"{T} gets an anime. Separately, Pale Heron Studio returns to animate Crimson Ledger's second season.")


def test_studio_trap_will_animate_other_title():
    assert "Pale Heron Studio" not in _prose_studios(f"{T} gets an anime. Pale Heron Studio will animate Crimson Ledger.")


def test_studio_trap_season_aside_names_no_studio_subject():
    assert "Arvo Lane Works" not in _prose_studios(f"The first season, which Arvo Lane Works animated, returns in April.")


# ---- a sequel's returning staff
def test_reprises_role_as_role():
    assert ("series composition", "Yoko Kanbe") in _prose_staff("Yoko Kanbe reprises her role as series composer.")


def test_resumes_duties_as_role():
    assert ("character design", "Yoko Kanbe") in _prose_staff("Yoko Kanbe resumes her duties as character designer.")


def test_reprises_duty_in_duty():
    assert ("series composition", "Yoko Kanbe") in _prose_staff("Yoko Kanbe reprises her duty in series composition.")


def test_back_in_directors_chair():
    assert ("director", "Yoko Kanbe") in _prose_staff("Yoko Kanbe is back in the director's chair.")


def test_returns_to_directors_chair():
    assert ("director", "Yoko Kanbe") in _prose_staff("Yoko Kanbe returns to the director's chair.")


def test_will_again_handle_duty():
    assert ("series composition", "Yoko Kanbe") in _prose_staff("Yoko Kanbe will again handle the series composition.")


def test_also_back_as_role():
    assert ("art director", "Yoko Kanbe") in _prose_staff("Yoko Kanbe is also back as art director.")


def test_will_reprise_role_as_role():
    assert ("sound director", "Yoko Kanbe") in _prose_staff("Yoko Kanbe will reprise her role as sound director.")


def test_reprise_trap_cast_part_is_no_staff():
    assert not _prose_staff("Mio Sato reprises her role as Mika.")


def test_chair_trap_other_title():
    assert ("director", "Yoko Kanbe") not in _prose_staff(
        "Yoko Kanbe, who directed the first season, returns to the director's chair for Crimson Ledger.")


# ---- JA: roles joined by 兼
def test_ja_ken_in_credit_line():
    got = _ja("【スタッフ】監督：小田純／キャラクターデザイン兼総作画監督：宮野ちか")
    assert {("character design", "宮野ちか"), ("chief animation director", "宮野ちか"), ("director", "小田純")} <= got


def test_ja_ken_director_and_composition_line():
    assert {("director", "小田純"), ("series composition", "小田純")} <= _ja("【スタッフ】監督兼シリーズ構成：小田純")


def test_ja_ken_then_wa():
    got = _ja("キャラクターデザイン兼総作画監督は宮野ちか。")
    assert {("character design", "宮野ちか"), ("chief animation director", "宮野ちか")} <= got


def test_ja_ken_subject_tsutomeru():
    got = _ja("宮野ちかさんがキャラクターデザイン兼総作画監督を務める。")
    assert {("character design", "宮野ちか"), ("chief animation director", "宮野ちか")} <= got


def test_ja_ken_before_no_name():
    got = _ja("キャラクターデザイン兼総作画監督の宮野ちかさんが続投。")
    assert {("character design", "宮野ちか"), ("chief animation director", "宮野ちか")} <= got


def test_ja_ken_dl_row():
    doc = _site("<dl><dt>監督兼絵コンテ</dt><dd>小田純</dd><dt>音楽</dt><dd>遠藤まこと</dd></dl>")
    got = {(k, v) for f, k, v in facts(doc, W) if f == "staff"}
    assert {("director", "小田純"), ("storyboard", "小田純"), ("music", "遠藤まこと")} <= got


def test_ja_latin_name_after_description_no():
    assert any(v == "Studio Kazeoto" for _, v in _ja("アニメーション制作は新進気鋭のStudio Kazeoto。", "studio"))
    assert ("music", "Blue Paper Kites") in _ja("音楽は人気バンドのBlue Paper Kitesが担当。")
