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
