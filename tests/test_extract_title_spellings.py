"""A work's name in its other spellings: a season or a film written one way in the watchlist and another way on
the page ("X Season 2" = "X 2nd Season" = "X II" = 「X 第二期」 = 「X シーズン2」; 「劇場版 X」 = 映画『X』 = "X: The Movie"),
read by every extractor, not only by the gate that asks whether the page names the work."""
from __future__ import annotations

from extract_helpers import facts, news


def ja(paragraphs: list[str], title: str) -> str:
    """A Japanese news article: a headline, a publication date, and these paragraphs."""
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"<html><head><title>{title}</title><meta property=\"article:published_time\" "
            f"content=\"2026-11-24T09:00:00+09:00\"></head><body><main><article><h1>{title}</h1>{body}"
            "</article></main></body></html>")


def dates(got) -> set[str]:
    return {v for f, k, v in got if f == "release_date"}


# ------------------------------------------------------------------ a season written another way (EN)

def test_season_number_watched_ordinal_on_the_page():
    doc = news(["Lumen Ferry 2nd Season will premiere on TOKYO MX on April 9, 2027."],
               title="Lumen Ferry 2nd Season gets its date")
    assert "2027-04-09" in dates(facts(doc, "Lumen Ferry Season 2"))


def test_ordinal_word_season_on_the_page():
    doc = news(["Lumen Ferry Second Season premieres on TOKYO MX on April 9, 2027."], title="A date for the sequel")
    assert "2027-04-09" in dates(facts(doc, "Lumen Ferry Season 2"))


def test_season_number_word_on_the_page():
    doc = news(["Lumen Ferry Season Two premieres on TOKYO MX on April 9, 2027."], title="A date for the sequel")
    assert "2027-04-09" in dates(facts(doc, "Lumen Ferry 2nd Season"))


def test_roman_numeral_watched_season_number_on_the_page():
    doc = news(["Lumen Ferry Season 2 will premiere on TOKYO MX on April 9, 2027."], title="Lumen Ferry Season 2 dated")
    assert "2027-04-09" in dates(facts(doc, "Lumen Ferry II"))


def test_season_in_brackets_after_the_title():
    doc = news(["Lumen Ferry (Season 2) will premiere on TOKYO MX on April 9, 2027."], title="Winter news")
    assert "2027-04-09" in dates(facts(doc, "Lumen Ferry Season 2"))


def test_compact_season_mark_watched():
    doc = news(["Lumen Ferry Season 2 will premiere on TOKYO MX on April 9, 2027."], title="Sequel dated")
    assert "2027-04-09" in dates(facts(doc, "Lumen Ferry S2"))


# ------------------------------------------------------------------ a season written another way (JA)

def test_kanji_season_number_on_the_page():
    doc = ja(["TVアニメ『灯台守の歌』第二期が2027年4月9日よりTOKYO MXにて放送開始。"], "『灯台守の歌』第二期 放送日決定")
    assert "2027-04-09" in dates(facts(doc, "灯台守の歌 第2期"))


def test_kanji_season_number_watched():
    doc = ja(["TVアニメ『灯台守の歌』第2期が2027年4月9日よりTOKYO MXにて放送開始。"], "『灯台守の歌』第2期 放送日決定")
    assert "2027-04-09" in dates(facts(doc, "灯台守の歌 第二期"))


def test_katakana_season_on_the_page():
    doc = ja(["TVアニメ『灯台守の歌』シーズン2が2027年4月9日よりTOKYO MXにて放送開始。"], "『灯台守の歌』シーズン2 放送日決定")
    assert "2027-04-09" in dates(facts(doc, "灯台守の歌 第2期"))


def test_katakana_ordinal_season_watched():
    doc = ja(["TVアニメ『灯台守の歌』第2期が2027年4月9日よりTOKYO MXにて放送開始。"], "『灯台守の歌』第2期 放送日決定")
    assert "2027-04-09" in dates(facts(doc, "灯台守の歌 2ndシーズン"))


def test_english_season_mark_inside_the_japanese_quotes():
    doc = ja(["TVアニメ『灯台守の歌 2nd Season』が2027年4月9日よりTOKYO MXにて放送開始。"], "『灯台守の歌 2nd Season』放送日決定")
    assert "2027-04-09" in dates(facts(doc, "灯台守の歌 第2期"))


def test_short_season_mark_watched_full_one_on_the_page():
    doc = ja(["TVアニメ『灯台守の歌』第2期が2027年4月9日よりTOKYO MXにて放送開始。"], "『灯台守の歌』第2期 放送日決定")
    assert "2027-04-09" in dates(facts(doc, "灯台守の歌 2期"))


def test_season_in_full_width_brackets():
    doc = ja(["TVアニメ「灯台守の歌（第2期）」が2027年4月9日よりTOKYO MXにて放送開始。"], "「灯台守の歌（第2期）」放送日決定")
    assert "2027-04-09" in dates(facts(doc, "灯台守の歌 シーズン2"))


# ------------------------------------------------------------------ a film written another way

def test_film_mark_eiga_on_the_page():
    doc = ja(["映画『灯台守の歌』が2027年4月9日より全国の劇場で公開される。"], "映画『灯台守の歌』公開日決定")
    assert "2027-04-09" in dates(facts(doc, "劇場版 灯台守の歌"))


def test_film_mark_gekijo_anime_on_the_page():
    doc = ja(["劇場アニメ『灯台守の歌』が2027年4月9日より全国の劇場で公開される。"], "劇場アニメ『灯台守の歌』公開日決定")
    assert "2027-04-09" in dates(facts(doc, "劇場版 灯台守の歌"))


def test_the_movie_after_a_colon():
    doc = news(["Lumen Ferry: The Movie opens in Japanese theaters on April 9, 2027."], title="Film dated")
    assert "2027-04-09" in dates(facts(doc, "Lumen Ferry the Movie"))


def test_film_written_as_the_title_then_film():
    doc = news(["The Lumen Ferry film opens in Japanese theaters on April 9, 2027."], title="Lumen Ferry film dated")
    assert "2027-04-09" in dates(facts(doc, "Lumen Ferry the Movie"))


# ------------------------------------------------------------------ traps: another season, another work

def test_page_of_the_next_season_is_not_the_watched_one():
    doc = news(["Lumen Ferry III will premiere on TOKYO MX on April 9, 2027."], title="Lumen Ferry III dated")
    assert not dates(facts(doc, "Lumen Ferry II"))


def test_first_season_date_is_not_the_second_seasons():
    doc = ja(["『灯台守の歌』第1期は2025年4月5日より放送された。",
              "TVアニメ『灯台守の歌』第二期が2027年4月9日よりTOKYO MXにて放送開始。"], "『灯台守の歌』第二期 放送日決定")
    assert dates(facts(doc, "灯台守の歌 第2期")) == {"2027-04-09"}


def test_series_page_without_a_film_word_is_not_the_film():
    doc = news(["TV anime Lumen Ferry premieres on TOKYO MX on April 9, 2027."], title="Lumen Ferry dated")
    assert not facts(doc, "Lumen Ferry the Movie")


def test_season_two_page_is_not_the_season_three_watch():
    doc = ja(["TVアニメ『灯台守の歌』第二期が2027年4月9日よりTOKYO MXにて放送開始。"], "『灯台守の歌』第二期 放送日決定")
    assert not dates(facts(doc, "灯台守の歌 第3期"))


# ------------------------------------------------------------------ a series' page, one part per season

def wiki(first: str, second: str, ja_page: bool = False) -> str:
    """A series' encyclopedia entry with one heading per season, each over that season's credits and date."""
    if ja_page:
        return ("<html><head><title>灯台守の歌 - アニメ事典</title></head><body><main><h1>灯台守の歌</h1>"
                "<p>『灯台守の歌』は、日本のテレビアニメ作品。</p>"
                f"<h2>{first}</h2><ul><li>監督：佐藤 明</li><li>アニメーション制作：ハーバーレーン</li><li>放送開始：2025年4月5日</li></ul>"
                f"<h2>{second}</h2><ul><li>監督：森 蓮</li><li>アニメーション制作：ケストレルワークス</li><li>放送開始：2027年4月9日</li></ul>"
                "</main></body></html>")
    return ("<html><head><title>Lumen Ferry - Anime Wiki</title></head><body><main><h1>Lumen Ferry</h1>"
            "<p>Lumen Ferry is a Japanese anime television series about a night ferry.</p>"
            f"<h2>{first}</h2><ul><li>Director: Aki Sora</li><li>Studio: Harbor Lane</li><li>Premiere: April 5, 2025</li></ul>"
            f"<h2>{second}</h2><ul><li>Director: Ren Mori</li><li>Studio: Kestrel Works</li><li>Premiere: April 9, 2027</li></ul>"
            "</main></body></html>")


def second_season_only(got) -> bool:
    values = {v for f, k, v in got if f in ("staff", "studio", "release_date")}
    return {"2027-04-09"} <= values and not values & {"Aki Sora", "Harbor Lane", "2025-04-05", "佐藤 明", "ハーバーレーン"}


def test_season_headings_with_a_year():
    assert second_season_only(facts(wiki("First season (2025)", "Second season (2027)"), "Lumen Ferry Season 2"))


def test_season_headings_in_words():
    assert second_season_only(facts(wiki("Season One", "Season Two"), "Lumen Ferry 2nd Season"))


def test_season_headings_watched_in_roman():
    assert second_season_only(facts(wiki("Season 1", "Season 2"), "Lumen Ferry II"))


def test_season_headings_with_the_series_title():
    assert second_season_only(facts(wiki("Lumen Ferry: 1st Season", "Lumen Ferry: 2nd Season"), "Lumen Ferry Season 2"))


def test_season_headings_ja_digits():
    assert second_season_only(facts(wiki("第1期", "第2期", ja_page=True), "灯台守の歌 第2期"))


def test_season_headings_ja_kanji():
    assert second_season_only(facts(wiki("第一期", "第二期", ja_page=True), "灯台守の歌 第2期"))


def test_season_headings_ja_katakana():
    assert second_season_only(facts(wiki("シーズン1", "シーズン2", ja_page=True), "灯台守の歌 2nd Season"))


def test_season_headings_ja_katakana_ordinals():
    assert second_season_only(facts(wiki("ファーストシーズン", "セカンドシーズン", ja_page=True), "灯台守の歌 第2期"))


def test_season_headings_ja_medium_and_year():
    assert second_season_only(facts(wiki("TVアニメ第1期（2025年）", "TVアニメ第2期（2027年）", ja_page=True), "灯台守の歌 第二期"))


def test_season_headings_ja_short_marks():
    assert second_season_only(facts(wiki("アニメ1期", "アニメ2期", ja_page=True), "灯台守の歌 2ndシーズン"))


def test_season_headings_ja_series_word():
    assert second_season_only(facts(wiki("テレビアニメ（第1シリーズ）", "テレビアニメ（第2シリーズ）", ja_page=True), "灯台守の歌 第2期"))


def test_season_headings_ja_quoted_title():
    assert second_season_only(facts(wiki("『灯台守の歌』", "『灯台守の歌』第二期", ja_page=True), "灯台守の歌 第2期"))


def test_season_three_watch_takes_nothing_from_a_page_of_seasons_one_and_two():
    assert not {v for f, k, v in facts(wiki("第一期", "第二期", ja_page=True), "灯台守の歌 第3期") if f == "staff"}


def test_heading_of_another_title_with_a_season_mark_is_not_the_season():
    doc = ("<html><head><title>Winter roundup</title></head><body><main><h1>Winter sequels</h1>"
           "<h2>Paper Whale Season 2</h2><ul><li>Director: Aki Sora</li><li>Premiere: January 5, 2027</li></ul>"
           "<h2>Lumen Ferry</h2><ul><li>Director: Ren Mori</li><li>Premiere: April 9, 2027</li></ul>"
           "</main></body></html>")
    got = facts(doc, "Lumen Ferry Season 2")
    assert not {v for f, k, v in got} & {"Aki Sora", "2027-01-05"}


def test_season_member_heading_is_not_a_season():
    doc = wiki("第1期", "2期生オーディション", ja_page=True)
    assert not {v for f, k, v in facts(doc, "灯台守の歌 第2期")} & {"佐藤 明", "森 蓮"}


# ------------------------------------------------------------------ a sentence about an earlier season, in any spelling

SEASON_TWO_JA = "TVアニメ『灯台守の歌』第2期が2027年4月9日よりTOKYO MXにて放送開始。"
SEASON_THREE_JA = "TVアニメ『灯台守の歌』第3期が2027年4月9日よりTOKYO MXにて放送開始。"


def earlier_kept_out(got) -> bool:
    values = {v for f, k, v in got}
    return "2027-04-09" in values and not values & {"AT-X", "2025-04-05", "佐藤明"}


def test_earlier_season_in_katakana_digits():
    doc = ja([SEASON_TWO_JA, "シーズン1は2025年4月5日よりAT-Xで放送され、監督は佐藤明が務めた。"], "『灯台守の歌』第2期 放送日決定")
    assert earlier_kept_out(facts(doc, "灯台守の歌 第2期"))


def test_earlier_season_in_katakana_ordinal():
    doc = ja([SEASON_TWO_JA, "ファーストシーズンは2025年4月5日よりAT-Xで放送され、監督は佐藤明が務めた。"], "『灯台守の歌』第2期 放送日決定")
    assert earlier_kept_out(facts(doc, "灯台守の歌 第2期"))


def test_earlier_season_as_first_shiizun_with_number():
    doc = ja([SEASON_TWO_JA, "第1シーズンは2025年4月5日よりAT-Xで放送され、監督は佐藤明が務めた。"], "『灯台守の歌』第2期 放送日決定")
    assert earlier_kept_out(facts(doc, "灯台守の歌 セカンドシーズン"))


def test_earlier_season_in_kanji_for_a_third_season():
    doc = ja([SEASON_THREE_JA, "第二期は2025年4月5日よりAT-Xで放送され、監督は佐藤明が務めた。"], "『灯台守の歌』第3期 放送日決定")
    assert earlier_kept_out(facts(doc, "灯台守の歌 第3期"))


def test_earlier_season_in_katakana_for_a_third_season():
    doc = ja([SEASON_THREE_JA, "2ndシーズンは2025年4月5日よりAT-Xで放送され、監督は佐藤明が務めた。"], "『灯台守の歌』第3期 放送日決定")
    assert earlier_kept_out(facts(doc, "灯台守の歌 第三期"))


def test_earlier_season_in_digits_still_read():
    doc = ja([SEASON_TWO_JA, "第1期は2025年4月5日よりAT-Xで放送され、監督は佐藤明が務めた。"], "『灯台守の歌』第2期 放送日決定")
    assert earlier_kept_out(facts(doc, "灯台守の歌 シーズン2"))


def test_earlier_season_in_english_words():
    doc = news(["Lumen Ferry Season 2 premieres on TOKYO MX on April 9, 2027.",
                "Season one aired on AT-X on April 5, 2025, directed by 佐藤明."])
    assert earlier_kept_out(facts(doc, "Lumen Ferry II"))


def test_own_season_in_kanji_is_this_work():
    doc = ja(["『灯台守の歌』第三期の新情報が公開された。", "第三期は2027年4月9日よりTOKYO MXにて放送開始。"], "『灯台守の歌』第三期 最新情報")
    assert "2027-04-09" in dates(facts(doc, "灯台守の歌 第3期"))


# ------------------------------------------------------------------ the page's own name for the work, given beside a watched one

PLAN_JA = ["本作は2027年4月9日よりTOKYO MXにて放送開始。", "監督は森蓮、アニメーション制作はケストレルワークスが担当する。"]


def credits(got) -> set[str]:
    return {v for f, k, v in got if f in ("staff", "studio", "release_date")}


def test_watched_romaji_glosses_the_japanese_title():
    doc = ja(["TVアニメ『灯台守の歌』（Todaimori no Uta）の放送日が決定した。", "『灯台守の歌』は2027年4月9日よりTOKYO MXにて放送開始。",
              "『灯台守の歌』の監督は森蓮が務める。"], "『灯台守の歌』放送日決定")
    assert {"2027-04-09", "森蓮"} <= credits(facts(doc, "Todaimori no Uta"))


def test_watched_english_title_labelled_in_the_bracket():
    doc = ja(["TVアニメ『灯台守の歌』（英題：Lighthouse Keeper's Song）の放送日が決定した。", *PLAN_JA], "『灯台守の歌』放送日決定")
    assert {"2027-04-09", "森蓮", "ケストレルワークス"} <= credits(facts(doc, "Lighthouse Keeper's Song"))


def test_abbreviation_given_on_the_page():
    doc = ja(["TVアニメ『灯台守の歌』（略称：とううた）の放送日が決定した。", "『とううた』は2027年4月9日よりTOKYO MXにて放送開始。",
              "『とううた』の監督は森蓮、アニメーション制作はケストレルワークスが担当する。"], "『とううた』放送日決定")
    assert {"2027-04-09", "森蓮", "ケストレルワークス"} <= credits(facts(doc, "灯台守の歌"))


def test_abbreviation_given_as_hereafter():
    doc = ja(["TVアニメ『灯台守の歌』（以下『とううた』）の新情報が公開された。",
              "『とううた』の監督は森蓮、アニメーション制作はケストレルワークスが担当する。"], "『とううた』スタッフ発表")
    assert {"森蓮", "ケストレルワークス"} <= credits(facts(doc, "灯台守の歌"))


def test_encyclopedia_lead_with_japanese_and_hepburn():
    doc = ("<html><head><title>Anime Wiki</title></head><body><main><h1>Anime Wiki</h1>"
           "<p>Starfall Cartography (Japanese: 星降りの地図帳, Hepburn: Hoshifuri no Chizuchō) is a manga series.</p>"
           "<p>An anime adaptation of Starfall Cartography is directed by Ren Mori.</p></main></body></html>")
    assert "Ren Mori" in credits(facts(doc, "Hoshifuri no Chizuchō"))


def test_japanese_reading_labelled_beside_an_english_watch():
    doc = ja(["Lumen Ferry（原題：ルーメン・フェリー）のアニメ化が決定した。", "『ルーメン・フェリー』の監督は森蓮が務める。"], "アニメ化決定")
    assert "森蓮" in credits(facts(doc, "Lumen Ferry"))


def test_katakana_of_an_english_title_in_brackets():
    doc = ja(["Lumen Ferry（ルーメン・フェリー）のアニメ化が決定した。", "『ルーメン・フェリー』の監督は森蓮が務める。"], "アニメ化決定")
    assert "森蓮" in credits(facts(doc, "Lumen Ferry"))


def test_title_in_single_quotes_before_its_season():
    doc = news(["'Lumen Ferry' Season 2 will premiere on TOKYO MX on April 9, 2027, directed by Ren Mori."],
               title="'Lumen Ferry' Season 2 sets April premiere")
    assert {"2027-04-09", "Ren Mori"} <= credits(facts(doc, "Lumen Ferry Season 2"))


def test_title_in_curly_quotes_before_its_season():
    doc = news(["‘Lumen Ferry’ Season 2 will premiere on TOKYO MX on April 9, 2027, directed by Ren Mori."],
               title="‘Lumen Ferry’ Season 2 sets April premiere")
    assert {"2027-04-09", "Ren Mori"} <= credits(facts(doc, "Lumen Ferry Season 2"))


def test_song_glossed_by_the_work_is_not_the_work():
    doc = ja(["TVアニメ『灯台守の歌』の放送日が2027年4月9日に決定した。",
              "『潮風メロディ』（TVアニメ『灯台守の歌』オープニングテーマ）は2027年5月12日に発売される。"], "『灯台守の歌』放送日決定")
    assert "2027-05-12" not in credits(facts(doc, "灯台守の歌"))


def test_station_or_platforms_in_brackets_are_not_names():
    doc = ja(["Lumen Ferry（iOS/Android）のアニメ化が決定した。", "Lumen Ferry（TOKYO MX）は2027年4月9日放送開始。",
              "TOKYO MXでは『パペット・ホエール』が2027年1月5日より放送され、監督は佐藤明。"], "アニメ化決定")
    got = credits(facts(doc, "Lumen Ferry"))
    assert not got & {"2027-01-05", "佐藤明"}


def test_series_title_glossing_a_watched_season_name_is_not_learnt():
    doc = ja(["第2期『灯台守の歌 凪の章』（Lighthouse Song Nagi）は2027年4月9日放送開始。",
              "『灯台守の歌』（Lighthouse Song）第1期は2025年4月5日に放送開始、監督は佐藤明だった。"], "『灯台守の歌 凪の章』放送日決定")
    got = credits(facts(doc, "Lighthouse Song Nagi"))
    assert "2027-04-09" in got and not got & {"2025-04-05", "佐藤明"}


# ------------------------------------------------------------------ a roundup's part headed by the work in another spelling

def roundup(head: str, bold: bool = False, lead: str = "") -> str:
    """A season roundup with three works, each a heading (or a bold line) over its director and premiere."""
    heads = [head, "『パペット・ホエール』", "『星の港』"]
    bodies = [f"{lead}<ul><li>監督：森 蓮</li><li>放送開始：2027年4月9日</li></ul>",
              "<ul><li>監督：佐藤 明</li><li>放送開始：2027年1月5日</li></ul>",
              "<ul><li>監督：高田 翼</li><li>放送開始：2027年1月8日</li></ul>"]
    tag = "p><strong" if bold else "h2"
    end = "strong></p" if bold else "h2"
    body = "".join(f"<{tag}>{a}</{end}>{b}" for a, b in zip(heads, bodies))
    return ("<html><head><title>2027年春アニメまとめ</title></head><body><main><h1>2027年春アニメまとめ</h1>"
            f"<p>今期の注目作を紹介。</p>{body}</main></body></html>")


def own_part_only(got) -> bool:
    values = {v for f, k, v in got if f in ("staff", "release_date")}
    return values == {"2027-04-09", "森 蓮"}


def test_roundup_heading_quoted_title_and_season():
    assert own_part_only(facts(roundup("『灯台守の歌』第2期"), "灯台守の歌 Season 2"))


def test_roundup_heading_english_season_mark():
    assert own_part_only(facts(roundup("灯台守の歌 2nd Season"), "灯台守の歌 第2期"))


def test_roundup_heading_season_in_brackets():
    assert own_part_only(facts(roundup("灯台守の歌（第2期）"), "灯台守の歌 第2期"))


def test_roundup_heading_kanji_season():
    assert own_part_only(facts(roundup("TVアニメ『灯台守の歌』第二期"), "灯台守の歌 第2期"))


def test_roundup_bold_line_with_a_mark_and_kanji_season():
    assert own_part_only(facts(roundup("■『灯台守の歌』第二期", bold=True), "灯台守の歌 第2期"))


def test_roundup_bold_line_with_upper_case_season():
    assert own_part_only(facts(roundup("『灯台守の歌』2nd SEASON", bold=True), "灯台守の歌 2期"))


def test_roundup_heading_with_the_watched_romaji_in_brackets():
    assert own_part_only(facts(roundup("『灯台守の歌』（Lighthouse Song）"), "Lighthouse Song"))


def test_roundup_heading_by_the_japanese_title_glossed_in_its_text():
    doc = roundup("『灯台守の歌』", lead="<p>『灯台守の歌』（Todaimori no Uta）は港町の物語。</p>")
    assert own_part_only(facts(doc, "Todaimori no Uta"))


def test_roundup_heading_by_the_japanese_title_with_a_labelled_english_gloss():
    doc = roundup("『灯台守の歌』", lead="<p>『灯台守の歌』（英題：Lighthouse Song）は港町の物語。</p>")
    assert own_part_only(facts(doc, "Lighthouse Song"))


def test_roundup_heading_of_the_film():
    assert own_part_only(facts(roundup("映画『灯台守の歌』"), "劇場版 灯台守の歌"))


def test_roundup_without_the_watched_season_gives_nothing():
    assert not facts(roundup("『灯台守の歌』第2期"), "灯台守の歌 第3期")


# ------------------------------------------------------------------ a subtitle's separator written another way

def test_subtitle_after_a_colon_written_with_a_dash():
    doc = news(["Lumen Ferry - The Long Night will premiere on TOKYO MX on April 9, 2027."], title="News")
    assert "2027-04-09" in dates(facts(doc, "Lumen Ferry: The Long Night"))


def test_subtitle_after_a_colon_written_with_an_em_dash():
    doc = news(["Lumen Ferry — The Long Night will premiere on TOKYO MX on April 9, 2027."], title="News")
    assert "2027-04-09" in dates(facts(doc, "Lumen Ferry: The Long Night"))


def test_subtitle_between_wave_dashes_watched_with_a_space():
    doc = ja(["TVアニメ『灯台守の歌〜凪の章〜』が2027年4月9日よりTOKYO MXにて放送開始。"], "放送日決定")
    assert "2027-04-09" in dates(facts(doc, "灯台守の歌 凪の章"))


def test_full_width_watched_title():
    doc = news(["Lumen Ferry will premiere on TOKYO MX on April 9, 2027."], title="News")
    assert "2027-04-09" in dates(facts(doc, "ＬＵＭＥＮ ＦＥＲＲＹ"))


def test_full_width_season_digit_on_the_page():
    doc = ja(["TVアニメ『灯台守の歌』第２期が2027年4月9日よりTOKYO MXにて放送開始。"], "『灯台守の歌』第２期 放送日決定")
    assert "2027-04-09" in dates(facts(doc, "灯台守の歌 Season 2"))


def test_subtitle_alone_is_not_the_series():
    doc = news(["The Long Night, a new film, opens in theaters on April 9, 2027."], title="News")
    assert not facts(doc, "Lumen Ferry: The Long Night")
