"""Precision bugs of the wave: a theme keyed by a heading's slot where its own words name another, a film's page
read for the TV series' episode count, a cast value with a particle attached, one phrase with two readers."""
from __future__ import annotations

from extract_helpers import facts, news

TITLE = "星屑ランタン"


def _ja(body: str, title: str = TITLE, kind: str = "TVアニメ") -> str:
    """A Japanese official site's page: a lead line naming the work, then `body`."""
    return (f"<!doctype html><html><head><title>{kind}『{title}』公式サイト</title></head><body><main>"
            f"<h1>{kind}『{title}』</h1><p>{kind}『{title}』2027年1月より放送開始！</p>{body}</main></body></html>")


def _themes(doc: str, title: str = TITLE) -> set[tuple[str, str]]:
    return {(k, v) for f, k, v in facts(doc, title) if f == "theme_song"}


# ---------------------------------------------------------------------- 1. a theme's slot is its own label's
def test_ending_named_in_its_own_sentence_under_a_theme_heading_is_no_opening():
    got = _themes(_ja("<h2>■主題歌情報</h2><p>エンディング主題歌は、主人公・ミオ役の白石ことねが歌う「夕凪メモリー」です。</p>"))
    assert ("ending 1", "夕凪メモリー — 白石ことね") in got
    assert not any(k.startswith("opening") for k, _v in got)


def test_insert_song_named_in_its_own_sentence_is_no_opening():
    got = _themes(_ja("<h2>主題歌</h2><p>挿入歌は、劇中バンドのルミナスが歌う「硝子の羽」に決定。</p>"))
    assert not any(k.startswith("opening") for k, _v in got)


def test_ed_abbreviation_under_an_opening_heading_is_the_ending():
    got = _themes(_ja("<h2>オープニングテーマ</h2><p>ED主題歌は花園リコの「月影ステップ」。</p>"))
    assert ("ending 1", "月影ステップ — 花園リコ") in got
    assert not any(k.startswith("opening") for k, _v in got)
    assert not any("主題歌" in v for _k, v in got)


def test_an_ending_after_an_opening_list_line_takes_no_opening_slot():
    got = _themes(_ja("<h2>主題歌</h2><ul><li>OP主題歌：ルミナス「硝子の羽」</li></ul>"
                      "<p>そしてエンディングは、白石ことねが担当する「夕凪メモリー」です。</p>"))
    assert ("opening 1", "硝子の羽 — ルミナス") in got
    assert ("ending 1", "夕凪メモリー — 白石ことね") in got
    assert not any(k == "opening 2" for k, _v in got)


def test_english_ending_sentence_under_a_theme_songs_heading():
    doc = news(["<b>Theme Songs</b>", 'The ending theme is "Paper Lanterns" by Mika Soren.'], title="Hoshikuzu Lantern")
    got = _themes(doc, "Hoshikuzu Lantern")
    assert ("ending 1", "Paper Lanterns — Mika Soren") in got
    assert not any(k.startswith("opening") for k, _v in got)


def test_heading_kind_still_reaches_an_unlabelled_line():
    """Near miss: a line naming no slot of its own takes its heading's (主題歌 on a TV page: the opening)."""
    got = _themes(_ja("<h2>主題歌</h2><p>ミオ役・白石ことねが歌う「夕凪メモリー」。</p>"))
    assert ("opening 1", "夕凪メモリー — 白石ことね") in got


def test_ending_heading_still_reaches_an_unlabelled_line():
    got = _themes(_ja("<h2>エンディングテーマ</h2><p>白石ことねが歌う「夕凪メモリー」</p>"))
    assert got == {("ending 1", "夕凪メモリー — 白石ことね")}


def test_own_label_agreeing_with_the_heading_keeps_the_song():
    got = _themes(_ja("<h2>MUSIC</h2><p>エンディングテーマは白石ことねの「夕凪メモリー」</p>"))
    assert got == {("ending 1", "夕凪メモリー — 白石ことね")}


def _site(body: str, title: str = "Hoshikuzu Lantern") -> str:
    """An English official site's page: a lead line naming the work, then `body`."""
    return (f"<!doctype html><html><head><title>{title} | Official Site</title></head><body><main><h1>{title}</h1>"
            f"<p>The TV anime {title} premieres January 2027.</p>{body}</main></body></html>")


def test_english_line_naming_the_ending_under_an_opening_heading():
    got = _themes(_site('<h2>Opening Theme</h2><p>Mika Soren performs the ending theme "Paper Lanterns".</p>'),
                  "Hoshikuzu Lantern")
    assert got == {("ending 1", "Paper Lanterns — Mika Soren")}


def test_english_ending_sentence_after_an_opening_list_takes_no_second_opening():
    got = _themes(_site('<h2>Music</h2><h3>Opening Theme</h3><p>"Ember Tide" by Lunavel</p>'
                        '<p>The ending theme, "Paper Lanterns", is sung by Mika Soren.</p>'), "Hoshikuzu Lantern")
    assert got == {("opening 1", "Ember Tide — Lunavel"), ("ending 1", "Paper Lanterns — Mika Soren")}


def test_song_with_its_slot_in_a_bracket_after_it_takes_that_slot():
    got = _themes(_site('<h2>Opening Theme</h2><p>"Ember Tide" by Lunavel</p>'
                        '<p>"Paper Lanterns" by Mika Soren (ending theme)</p>'), "Hoshikuzu Lantern")
    assert got == {("opening 1", "Ember Tide — Lunavel"), ("ending 1", "Paper Lanterns — Mika Soren")}


def test_slot_bracketed_right_after_the_title_takes_that_slot():
    got = _themes(_site('<h2>Opening Theme</h2><p>"Ember Tide" by Lunavel</p>'
                        '<p>"Paper Lanterns" (Ending Theme) by Mika Soren</p>'), "Hoshikuzu Lantern")
    assert ("ending 1", "Paper Lanterns — Mika Soren") in got
    assert not any(k == "opening 2" for k, _v in got)

def test_a_version_in_a_bracket_is_no_slot():
    """Near miss: "(ending version)" names a version of the song, not its slot."""
    got = _themes(_site('<h2>Opening Theme</h2><p>"Ember Tide" by Lunavel (ending version)</p>'), "Hoshikuzu Lantern")
    assert {k for k, _v in got} == {"opening 1"}


# ---------------------------------------------------------------------- 2. a film's page: the TV series' count
MOVIE = "Star Lantern the Movie"


def _film_ja(body: str) -> str:
    return (f"<!doctype html><html><head><title>劇場版『{TITLE}』公式サイト</title></head><body><main>"
            f"<h1>劇場版『{TITLE}』</h1><p>劇場版『{TITLE}』2027年5月21日(金)全国ロードショー！</p>{body}</main></body></html>")


def _episodes(doc: str, title: str) -> set[str]:
    return {v for f, _k, v in facts(doc, title) if f == "episodes"}


def test_film_page_note_on_the_series_digest_gives_no_episode_count():
    assert _episodes(_film_ja("<p>※TVシリーズ（全12話）の総集編に新作カットを加えた作品です。</p>"), TITLE) == set()


def test_film_page_sequel_to_the_aired_tv_anime_gives_no_episode_count():
    assert _episodes(_film_ja("<p>2025年に放送されたTVアニメ（全24話）の続きを描く完全新作。</p>"), TITLE) == set()


def test_film_page_first_season_count_gives_no_episode_count():
    assert _episodes(_film_ja("<p>テレビアニメ第1期 全13話 好評配信中！</p>"), TITLE) == set()


def test_english_film_compilation_of_the_series_episodes():
    doc = news([f"{MOVIE} opens in Japanese theaters on May 21, 2027.",
                "The film is a compilation of all 24 episodes of the TV series with new scenes."], title=MOVIE)
    assert _episodes(doc, MOVIE) == set()


def test_english_film_page_the_tv_anime_count():
    doc = news([f"{MOVIE} opens in Japanese theaters on May 21, 2027.",
                "The TV anime, which will have 12 episodes, premiered in 2025."], title=MOVIE)
    assert _episodes(doc, MOVIE) == set()


def test_english_film_page_the_television_anime_total():
    doc = news([f"{MOVIE} opens in Japanese theaters on May 21, 2027.",
                "The television anime had a total of 13 episodes."], title=MOVIE)
    assert _episodes(doc, MOVIE) == set()


def test_tv_page_keeps_its_own_count_ja():
    """Near miss: a TV series' page keeps its own 全12話."""
    assert _episodes(_ja("<p>全12話で放送予定。</p>"), TITLE) == {"12"}


def test_tv_page_keeps_its_own_count_en():
    doc = news(["The Star Lantern TV anime premieres in April 2027.", "The TV anime will have 12 episodes."],
               title="Star Lantern TV anime")
    assert _episodes(doc, "Star Lantern") == {"12"}


# ---------------------------------------------------------------------- 3. a Japanese name cut with its particle
def _cast(doc: str, title: str = TITLE) -> dict[str, str]:
    return {k: v for f, k, v in facts(doc, title) if f == "cast"}


def test_name_before_to_and_a_comma_loses_the_particle():
    got = _cast(_ja("<p>ミオ役の宮下遥斗と、カイ役の佐倉みのりが出演する。</p>"))
    assert got.get("ミオ") == "宮下遥斗"
    assert got.get("カイ") == "佐倉みのり"


def test_name_before_ya_loses_the_particle():
    got = _cast(_ja("<p>ミオ役・宮下遥斗や、カイ役・佐倉みのりも出演。</p>"))
    assert got.get("ミオ") == "宮下遥斗"
    assert not any(v.endswith("や") for v in got.values())


def test_two_names_joined_by_to_give_the_first_for_the_part():
    got = _cast(_ja("<p>ミオ役の宮下遥斗と佐倉みのりが出演。</p>"))
    assert got.get("ミオ") in (None, "宮下遥斗")


def test_name_then_to_and_a_verb_clause_keeps_the_name_only():
    got = _cast(_ja("<p>ミオを演じるのは宮下遥斗と発表された。</p>"))
    assert got.get("ミオ") in (None, "宮下遥斗")


def test_katakana_given_name_before_mo_loses_the_particle():
    got = _cast(_ja("<p>ミオ役の宮下ハルトも、カイ役の佐倉みのりと共に登壇した。</p>"))
    assert all(not v.endswith(("も", "と")) for v in got.values())


def test_cast_list_value_beats_the_prose_one_for_the_same_part():
    got = _cast(_ja("<p>ミオ役の宮下遥斗と佐倉みのりが出演。</p><h2>キャスト</h2><ul><li>ミオ：宮下遥斗</li>"
                    "<li>カイ：佐倉みのり</li></ul>"))
    assert got == {"ミオ": "宮下遥斗", "カイ": "佐倉みのり"}


def test_cast_list_value_beats_a_prose_one_with_a_trailing_particle():
    """「森川ちさとは」: a hiragana name with a particle prose cannot tell from the name; the list's value stays."""
    got = _cast(_ja("<h2>キャスト</h2><ul><li>ミオ：森川ちさと</li><li>カイ：佐倉みのり</li></ul>"
                    "<p>なお、ミオ役の森川ちさとは、仕事の都合で欠席となった。</p>"))
    assert got.get("ミオ") == "森川ちさと"


def test_hiragana_given_name_ending_like_a_particle_is_kept():
    """Near miss: 「森川ちさと」「伊藤さや」「星野あやの」 end in と, や, の: hiragana given names, never cut."""
    got = _cast(_ja("<p>ミオ役の森川ちさと、カイ役の伊藤さや、ルル役の星野あやのが出演。</p>"))
    assert got.get("ミオ") == "森川ちさと"
    assert got.get("カイ") == "伊藤さや"
    assert got.get("ルル") == "星野あやの"


def test_given_name_starting_with_to_or_ya_is_kept():
    """Near miss: 「加藤ともみ」「田中やよい」: と / や after a kanji surname that open a hiragana given name."""
    got = _cast(_ja("<p>ミオ役の加藤ともみ、カイ役の田中やよいが出演。</p>"))
    assert got.get("ミオ") == "加藤ともみ"
    assert got.get("カイ") == "田中やよい"


# ---------------------------------------------------------------------- 4. one reader of "X, the ROLE," / "ROLE X"
W4 = "Brasswing Couriers"


def _readings(text: str) -> list[tuple[str, str]]:
    from tracker.extract.prose import _appos
    return [(m.group("role"), m.group("who")) for m in _appos(text, text)]


def _staff4(*paras: str) -> set[tuple[str, str]]:
    return {(k, v) for f, k, v in facts(news(list(paras), title=f"{W4} news"), W4) if f == "staff"}


def test_owner_role_name_is_read_once():
    assert _readings("The show's composer Daichi Honjo performed live.") == [("composer", "Daichi Honjo")]


def test_work_owned_role_name_is_read_once():
    assert _readings(f"{W4}' art director Shiho Nagumo painted the harbor.") == [("art director", "Shiho Nagumo")]


def test_name_then_definite_role_is_read_by_the_same_generator():
    assert _readings("Daichi Honjo, the composer, will perform live.") == [("composer", "Daichi Honjo")]


def test_bare_role_before_name_still_read():
    assert _readings("The anime reunites director Aki Morikawa with the studio.") == [("director", "Aki Morikawa")]


def test_both_families_in_one_sentence_give_both_credits():
    got = _staff4(f"{W4} is directed by Reina Okuzawa, and Daichi Honjo, the composer, returns with screenwriter Kanae Oyamada.")
    assert {("music", "Daichi Honjo"), ("screenplay", "Kanae Oyamada")} <= got


def test_other_works_owned_role_still_no_credit():
    got = _staff4(f"Mirror Lake Detectives' composer Daichi Honjo praised the {W4} trailer.")
    assert not any(v == "Daichi Honjo" for _k, v in got)


def test_the_old_second_reader_is_gone():
    from tracker.extract.prose import _Run
    assert not hasattr(_Run, "role_apposition")


def test_english_film_compilation_of_the_first_season():
    doc = news([f"{MOVIE} opens in Japanese theaters on May 21, 2027.",
                "The film is a compilation of the 24-episode first season."], title=MOVIE)
    assert _episodes(doc, MOVIE) == set()


def test_english_film_page_the_anime_run():
    doc = news(["The Star Lantern film opens in Japanese theaters on May 21, 2027.",
                "The movie follows the anime's 12-episode run."], title="Star Lantern film")
    assert _episodes(doc, "Star Lantern") == set()


def test_english_film_page_all_episodes_of_the_anime_streaming():
    doc = news([f"{MOVIE} opens on May 21, 2027.", "All 12 episodes of the anime are streaming on Netflix."], title=MOVIE)
    assert _episodes(doc, MOVIE) == set()


def test_film_page_reedit_of_the_anime_gives_no_episode_count():
    assert _episodes(_film_ja("<p>本作は全12話のアニメを一本の映画に再編集したもの。</p>"), TITLE) == set()


def test_film_page_story_told_over_the_episodes_gives_no_count():
    assert _episodes(_film_ja("<h2>STORY</h2><p>全12話にわたって描かれた物語の、その先へ。</p>"), TITLE) == set()


def test_tv_page_naming_a_film_too_keeps_its_count():
    """Near miss: a TV series' page that also announces a film keeps the series' own 全12話."""
    assert _episodes(_ja("<p>TVアニメは全12話で放送予定。劇場版の制作も決定！</p>"), TITLE) == {"12"}


def test_who_plays_it_unsaid_gives_no_cast():
    got = _cast(_ja("<p>本予告が解禁されたほか、新キャラクターを演じるキャストや、主題歌の情報も明らかになった。</p>"))
    assert not any(v.startswith("キャスト") for v in got.values())


def test_name_before_mo_then_verb_loses_the_particle():
    got = _cast(_ja("<p>カイ役の佐倉美乃梨も、収録の感想を語った。</p>"))
    assert got.get("カイ") in (None, "佐倉美乃梨")
