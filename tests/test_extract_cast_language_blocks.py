"""An encyclopedia entry's cast split into one block per language under the Cast heading: a bold or plain line naming
the language ("Japanese staff", "English cast", "English dub", "英語吹替版", "Deutsch (German)") over that language's
"Character: Actor" rows. The rows are cast (a dub's characters keyed with its language), never staff credits,
whatever word the line adds to the language. Each form is in invented words; each trap stays as it was."""
from extract_helpers import facts

T = "Lantern Cartographer"


def entry(blocks: str, extra: str = "") -> str:
    """An English database entry: an infobox, a Staff list, then the Cast heading over `blocks`."""
    return ("<!doctype html><html><head><title>Lantern Cartographer (TV) - Anime Atlas Encyclopedia</title></head><body>"
            "<main><h1>Lantern Cartographer (TV)</h1><p><b>Number of episodes:</b> 12</p>"
            "<h3>Staff</h3><table><tr><td>Director:</td><td>Sora Kitamine</td></tr>"
            "<tr><td>Music:</td><td>Ren Oshiro</td></tr></table>"
            f"<h3>Cast</h3>{blocks}{extra}</main></body></html>")


def rows(*pairs: tuple[str, str]) -> str:
    return '<table class="cast">' + "".join(f'<tr><td class="char">{c}:</td><td><a href="/p/1">{a}</a></td></tr>'
                                            for c, a in pairs) + "</table>"


def cast(doc: str) -> set[tuple[str, str]]:
    return {(k, v) for f, k, v in facts(doc, T) if f == "cast"}


def staff_keys(doc: str) -> set[str]:
    return {k for f, k, v in facts(doc, T) if f == "staff"}


JA = rows(("Mira Tsukishiro", "Aoi Hanamura"), ("Old Bram", "Kenta Mogami"))
EN = rows(("Mira Tsukishiro", "Jessa Whitlow"), ("Old Bram", "Dale Okonkwo"))


def test_language_staff_lines_over_cast_tables():
    doc = entry(f'<div class="lang"><b>Japanese staff</b></div>{JA}<div class="lang"><b>English staff</b></div>{EN}')
    got = cast(doc)
    assert ("Mira Tsukishiro", "Aoi Hanamura") in got and ("Mira Tsukishiro [English]", "Jessa Whitlow") in got
    assert ("Old Bram [English]", "Dale Okonkwo") in got
    assert not {"mira tsukishiro", "old bram", "Mira Tsukishiro", "Old Bram"} & staff_keys(doc)


def test_language_cast_lines_over_cast_tables():
    doc = entry(f"<b>Japanese cast</b>{JA}<b>English cast</b>{EN}")
    got = cast(doc)
    assert ("Old Bram", "Kenta Mogami") in got and ("Old Bram [English]", "Dale Okonkwo") in got


def test_dub_subheadings_as_headings():
    doc = entry(f"<h4>Japanese</h4>{JA}<h4>English Dub</h4>{EN}")
    got = cast(doc)
    assert ("Old Bram", "Kenta Mogami") in got and ("Old Bram [English]", "Dale Okonkwo") in got


def test_language_staff_line_as_a_paragraph_over_a_list():
    items = "".join(f"<li>{c}: {a}</li>" for c, a in (("Mira Tsukishiro", "Jessa Whitlow"), ("Old Bram", "Dale Okonkwo")))
    doc = entry(f"<p><b>Japanese staff</b></p>{JA}<p><b>English staff</b></p><ul>{items}</ul>")
    got = cast(doc)
    assert ("Old Bram [English]", "Dale Okonkwo") in got
    assert "Old Bram" not in staff_keys(doc) and "old bram" not in staff_keys(doc)


def test_a_real_english_staff_block_after_the_cast_stays_staff():
    doc = entry(f"<b>Japanese cast</b>{JA}<h3>Staff (English version)</h3><b>English staff</b>"
                '<table><tr><td>ADR Director:</td><td>Pia Lindqvist</td></tr>'
                '<tr><td>Dub Script:</td><td>Marcus Hale</td></tr></table>')
    got = {(k, v) for f, k, v in facts(doc, T) if f == "staff"}
    assert any(v == "Pia Lindqvist" for _, v in got)
    assert not any(v == "Pia Lindqvist" for _, v in cast(doc))


def test_english_staff_of_roles_under_the_cast_heading_stays_staff():
    doc = entry(f"<b>Japanese cast</b>{JA}<b>English staff</b>"
                '<table><tr><td>ADR Director:</td><td>Pia Lindqvist</td></tr>'
                '<tr><td>Dub Script:</td><td>Marcus Hale</td></tr></table>')
    assert not any(v == "Pia Lindqvist" for _, v in cast(doc))


def test_a_french_staff_line_over_a_cast_table_keys_the_french_dub():
    fr = rows(("Old Bram", "Luc Ferrand"))
    doc = entry(f"<b>Japanese staff</b>{JA}<b>French staff</b>{fr}")
    assert ("Old Bram [French]", "Luc Ferrand") in cast(doc)


def test_a_japanese_dub_line_over_a_table_on_a_japanese_entry():
    doc = ("<!doctype html><html lang=ja><head><title>灯りの地図師 - アニメ作品データベース</title></head><body><main>"
           "<h1>灯りの地図師</h1><h3>キャスト</h3><p>日本語版</p>"
           + rows(("ミラ", "花村あおい")) + "<p>英語吹替版</p>" + rows(("ミラ", "Jessa Whitlow")) + "</main></body></html>")
    got = {(k, v) for f, k, v in facts(doc, "灯りの地図師") if f == "cast"}
    assert ("ミラ", "花村あおい") in got and ("ミラ [English]", "Jessa Whitlow") in got
