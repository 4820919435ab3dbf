"""Precision bugs of round 28's families: a publisher in a creator's brackets, …"""
from extract_helpers import facts, news


def _staff_page(*lines: str, title: str = "星灯りのミシン") -> str:
    """An official site's staff list: one credit a line."""
    items = "".join(f"<li>{x}</li>" for x in lines)
    return (f"<!doctype html><html><head><title>TVアニメ『{title}』公式サイト</title></head><body><main>"
            f"<h1>TVアニメ『{title}』</h1><section id=\"staff\"><h2>STAFF</h2><ul>{items}</ul></section></main></body></html>")


def _creators(doc: str, title: str = "星灯りのミシン") -> set[str]:
    return {v for f, k, v in facts(doc, title) if f == "staff" and k == "original creator"}


def test_publisher_in_brackets_is_not_the_creators_name():
    for note in ("Ruriiro Books", "Hoshizora Publishing", "Tsukimi Comics", "Kagerou Bunko", "Aozora Press"):
        got = _creators(_staff_page(f"原作：早乙女トワ（{note}）", "監督：森野カイ"))
        assert got == {"早乙女トワ"}, (note, got)


def test_japanese_publisher_note_is_not_the_creators_name():
    for note in ("ルリイロ文庫", "月刊ホシゾラ連載", "ツキミコミックス刊", "星影出版"):
        got = _creators(_staff_page(f"原作：早乙女トワ（{note}）", "監督：森野カイ"))
        assert got == {"早乙女トワ"}, (note, got)


def test_latin_reading_of_the_creator_stays():
    got = _creators(_staff_page("原作：早乙女トワ（Towa Saotome）", "監督：森野カイ"))
    assert got == {"早乙女トワ（Towa Saotome）"}


def test_english_credit_with_publisher_note():
    doc = _staff_page("Original Story: Towa Saotome (Ruriiro Books)", "Director: Kai Morino", title="Starlit Sewing Machine")
    assert _creators(doc, "Starlit Sewing Machine") == {"Towa Saotome"}
