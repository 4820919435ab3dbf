"""Credit lines that carry several "Label: value" pairs set apart by a space only, where a label is several words
("Art Director: A 美術監督：B", "Sound Director: A Music: B"): the line splits before each later label, never inside
the first label's own words (the "Director" of "Art Director" is no second credit).

Every form here is invented; none is a fixture page's wording."""
from extract_helpers import facts

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
