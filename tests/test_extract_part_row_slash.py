"""A cast row whose cell under the part's name holds a slash ("<dt>カイ</dt><dd>宇野蓮 / Ren Uno</dd>", a table's
"<th>ルカ</th><td>千早 遥 / Haruka Chihaya</td>"): the cell is the part's actor (the slash sets apart its reading), never a
second pair with the actor as a character. Forms: <dl> and <table>, JA then Latin, Latin then JA, full-width slash.
Trap: a cell under a cast label ("Cast" then "Kai / Ren Uno") is still a pair.

Every form here is invented; none is a fixture page's wording."""
from extract_helpers import facts

W = "Copperwing Ferry"


def _cast(block: str) -> set[tuple[str, str]]:
    doc = (f"<!doctype html><html lang=\"ja\"><head><title>TVアニメ「{W}」公式サイト</title></head><body><main>"
           f"<p>TVアニメ「{W}」2027年4月放送</p><section><h2>CAST</h2>{block}</section></main></body></html>")
    return {(k, v) for f, k, v in facts(doc, W) if f == "cast"}


def test_dl_japanese_then_latin():
    got = _cast("<dl><dt>カイ</dt><dd>宇野蓮 / Ren Uno</dd><dt>ミオ</dt><dd>星あや</dd></dl>")
    assert ("カイ", "宇野蓮") in got and ("ミオ", "星あや") in got
    assert not any(k == "宇野蓮" for k, _ in got)


def test_table_japanese_with_space_then_latin():
    got = _cast("<table><tr><th>ルカ</th><td>千早 遥 / Haruka Chihaya</td></tr></table>")
    assert ("ルカ", "千早 遥") in got and not any(k.startswith("千早") for k, _ in got)


def test_dl_latin_then_japanese_full_width_slash():
    got = _cast("<dl><dt>Kai</dt><dd>Ren Uno／宇野蓮</dd></dl>")
    assert any(k == "Kai" and v.startswith("Ren Uno") for k, v in got)
    assert not any(k == "Ren Uno" for k, _ in got)


def test_cell_under_a_cast_label_is_still_a_pair():
    assert ("Kai", "Ren Uno") in _cast("<dl><dt>Cast</dt><dd>Kai / Ren Uno</dd></dl>")
