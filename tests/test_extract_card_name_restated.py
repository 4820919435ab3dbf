"""An official site's cast card whose character image is named in Japanese and whose first text line gives the Latin
form with the name restated in brackets ("Michiru Hinata (日向ミチル)" under <img alt="日向ミチル">), then the CV line:
the character is keyed in both scripts ('日向ミチル（Michiru Hinata）', diff learns the two as one), in <li>, <div>
and <figure> cards, with CV. / CV: / CV： marks, full-width brackets, names in capitals. Traps: a bracket holding
anything but the card's own name (an actor, a note) is no Latin form, and a line of prose is none.

Every form here is invented; none is a fixture page's wording."""
from extract_helpers import facts

W = "Copperwing Ferry"


def _site(cards: str) -> str:
    return (f"<!doctype html><html lang=\"en\"><head><title>TV Anime \"{W}\" Official Site</title></head><body><main>"
            f"<p>TV anime \"{W}\" 2027.4 ON AIR</p><section><h2>CAST</h2><ul>{cards}</ul></section></main></body></html>")


def _cast(cards: str) -> set[tuple[str, str]]:
    return {(k, v) for f, k, v in facts(_site(cards), W) if f == "cast"}


def _card(alt: str, line: str, cv: str, tag: str = "li") -> str:
    return f'<{tag}><img src="/c/{len(alt)}.png" alt="{alt}"><p>{line}<br><span>CV.</span>{cv}</p></{tag}>'


def test_li_card_latin_then_name_in_brackets():
    assert ("灯野ミオ（Mio Tono）", "Rina Hoshi") in _cast(_card("灯野ミオ", "Mio Tono (灯野ミオ)", "Rina Hoshi"))


def test_full_width_brackets():
    assert ("灯野ミオ（Mio Tono）", "Rina Hoshi") in _cast(_card("灯野ミオ", "Mio Tono（灯野ミオ）", "Rina Hoshi"))


def test_capitals_are_title_cased():
    assert ("灯野ミオ（Mio Tono）", "Rina Hoshi") in _cast(_card("灯野ミオ", "MIO TONO (灯野ミオ)", "Rina Hoshi"))


def test_div_card():
    assert ("早瀬カイ（Kai Hayase）", "Ren Uno") in _cast(_card("早瀬カイ", "Kai Hayase (早瀬カイ)", "Ren Uno", "div"))


def test_actor_with_reading_in_brackets():
    got = _cast(_card("早瀬カイ", "Kai Hayase (早瀬カイ)", "Ren Uno (宇野蓮)"))
    assert any(k == "早瀬カイ（Kai Hayase）" and v.startswith("Ren Uno") for k, v in got)


def test_two_cards_in_a_row():
    got = _cast(_card("灯野ミオ", "Mio Tono (灯野ミオ)", "Rina Hoshi") + _card("早瀬カイ", "Kai Hayase (早瀬カイ)", "Ren Uno"))
    assert {("灯野ミオ（Mio Tono）", "Rina Hoshi"), ("早瀬カイ（Kai Hayase）", "Ren Uno")} <= got


def test_one_word_latin_name():
    assert ("ポポ（Popo）", "Mai Aoi") in _cast(_card("ポポ", "Popo (ポポ)", "Mai Aoi"))


def test_figure_card():
    assert ("灯野ミオ（Mio Tono）", "Rina Hoshi") in _cast(_card("灯野ミオ", "Mio Tono (灯野ミオ)", "Rina Hoshi", "figure"))


def test_bracket_with_another_name_is_no_latin_form():
    got = _cast(_card("灯野ミオ", "Mio Tono (宇野蓮)", "Rina Hoshi"))
    assert not any("Mio Tono" in k for k, _ in got)
