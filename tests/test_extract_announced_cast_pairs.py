"""An official site's news headline announcing cast pairs, the way site tickers write them, EN and JA: a cast cue
("Main cast announced:", "Additional cast revealed!", "New cast —", "Voice cast has been revealed:", 「追加キャスト解禁！」,
「キャスト発表：」, 「メインキャスト決定！」) then every piece a character-actor pair ("A: X / B: Y", "A (CV. X), B (CV. Y)",
「ミナ役：X、ルカ役：Y」, "A: X and B: Y", "A: X; B: Y"): each pair is a cast fact, though the news list is otherwise
skipped. Traps: a headline naming actors only gives no keyed pair, another work's headline (its title quoted) gives
none, a placeholder gives none, an event's guest list gives none.

Every form here is invented; none is a fixture page's wording."""
from extract_helpers import facts

W = "Harbor Lantern Waltz"


def _site(items: list[str], lang: str = "en") -> str:
    lis = "".join(f'<li><a href="/news/{i}"><time>2026.10.{10 + i}</time><span class="cat">NEWS</span><p>{t}</p></a></li>'
                  for i, t in enumerate(items))
    return (f"<!doctype html><html lang=\"{lang}\"><head><title>TV Anime \"{W}\" Official Site</title></head><body>"
            f"<main><p>TV anime \"{W}\" 2027.4 ON AIR</p><section><h2>NEWS</h2><ul>{lis}</ul></section>"
            "</main></body></html>")


def _cast(items: list[str], lang: str = "en") -> set[tuple[str, str]]:
    return {(k, v) for f, k, v in facts(_site(items, lang), W) if f == "cast"}


def test_colon_pairs_after_a_slash_in_english():
    assert _cast(["Additional cast announced! Toffee Moss: Rina Hoshi / Mr. Crumble: Daigo Uno"]) == {
        ("Toffee Moss", "Rina Hoshi"), ("Mr. Crumble", "Daigo Uno")}


def test_cv_brackets_after_other_news_in_one_headline():
    assert _cast(["PV 2 is out! Main cast announced: Kai Ardent (CV. Ren Uno), Pip (CV. Mai Aoi)"]) == {
        ("Kai Ardent", "Ren Uno"), ("Pip", "Mai Aoi")}


def test_japanese_role_pairs_after_a_cue():
    assert _cast(["追加キャスト解禁！ミナ役：早乙女ユイ、ルカ役：千早遥"], "ja") == {("ミナ", "早乙女ユイ"), ("ルカ", "千早遥")}


def test_dash_cue_and_pairs_joined_by_and():
    assert _cast(["New cast revealed — Kai: Ren Uno and Sora: Mai Aoi"]) == {("Kai", "Ren Uno"), ("Sora", "Mai Aoi")}


def test_japanese_cv_brackets_set_apart_by_slash():
    assert _cast(["キャスト発表：ミオ（CV：星あや）／カナ（CV：空舞）"], "ja") == {("ミオ", "星あや"), ("カナ", "空舞")}


def test_semicolon_pairs_after_confirmed():
    assert _cast(["Cast members confirmed! Captain Vell: Goro Imai; Lady Fern: Saki Ueno"]) == {
        ("Captain Vell", "Goro Imai"), ("Lady Fern", "Saki Ueno")}


def test_japanese_pairs_joined_by_ampersand():
    assert _cast(["メインキャスト決定！テオ：真田蓮司 & イオ：水無月葵"], "ja") == {("テオ", "真田蓮司"), ("イオ", "水無月葵")}


def test_voice_cast_has_been_revealed_with_cv_colon():
    assert _cast(["Voice cast has been revealed: Captain Vell (CV: Ren Uno) &amp; Pip (CV: Mai Aoi)"]) == {
        ("Captain Vell", "Ren Uno"), ("Pip", "Mai Aoi")}


def test_actors_only_give_no_keyed_pair():
    assert not any(k for k, _ in _cast(["Cast announced: Ren Uno, Mai Aoi"]))


def test_another_works_headline_gives_none():
    assert not _cast(["『星の庭』追加キャスト解禁！ミナ役：早乙女ユイ、ルカ役：千早遥"], "ja")


def test_placeholder_and_event_guests_give_none():
    got = _cast(["Cast to be announced: stay tuned!", "Event cast announced: Ren Uno and Mai Aoi will appear on stage"])
    assert not got
