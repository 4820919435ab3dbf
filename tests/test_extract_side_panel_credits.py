"""A work's credits printed in a side panel (an <aside>, a 'sidebar' box, role=complementary) are content when the
panel is one work's infobox: 3+ distinct credit labels (Director / Music / Character Design, 監督 / 音楽 / 脚本),
as a dl, a table, bold leads or 'Label: value' lines. A rail of other works' cards (labels repeated), a box with
fewer labels or a comment box stays chrome."""
from __future__ import annotations

from extract_helpers import facts

TITLE = "Harbor of Paper Cranes"
JA_TITLE = "紙鶴の港"


def _site(main: str, side: str, title: str = TITLE) -> str:
    return (f"<!doctype html><html><head><title>{title} | TV Anime Official Website</title></head><body>"
            f"<header><nav><a href='/'>TOP</a><a href='/news/'>NEWS</a></nav></header>"
            f"<main><section><h2>STORY</h2><p>{main}</p></section>{side}</main>"
            "<footer><p>© committee</p></footer></body></html>")


EN_MAIN = (f"{TITLE} is the story of a courier who folds letters into birds and sends them over the bay. "
           "Every fold carries a wish, and every wish finds its harbor at last in the quiet town.")
JA_MAIN = (f"『{JA_TITLE}』は、手紙を鶴に折って湾の向こうへ飛ばす配達人の物語。折り目のひとつひとつに願いが宿り、"
           "その願いはいつか静かな港町にたどり着く。")


def _staff(got, role, name):
    return any(f == "staff" and k == role and v == name for f, k, v in got)


def test_aside_dl_of_english_role_labels():
    side = ("<aside class='info'><dl><dt>Director</dt><dd>Tomoe Hirakawa</dd><dt>Series Composition</dt>"
            "<dd>Kenji Usami</dd><dt>Music</dt><dd>Aoi Sakuragi</dd></dl></aside>")
    got = facts(_site(EN_MAIN, side), TITLE)
    assert _staff(got, "director", "Tomoe Hirakawa") and _staff(got, "music", "Aoi Sakuragi")


def test_aside_table_with_th_labels():
    side = ("<aside><table><tr><th>Original Creator</th><td>Ritsu Nanao</td></tr><tr><th>Screenplay</th>"
            "<td>Mai Tokunaga</td></tr><tr><th>Character Design</th><td>Hiro Ozaki</td></tr></table></aside>")
    got = facts(_site(EN_MAIN, side), TITLE)
    assert _staff(got, "screenplay", "Mai Tokunaga") and _staff(got, "character design", "Hiro Ozaki")


def test_aside_of_label_colon_value_lines():
    side = ("<aside class='p-info'><h3>STAFF</h3><ul><li>Director: Tomoe Hirakawa</li><li>Composer: Aoi Sakuragi</li>"
            "<li>Script: Mai Tokunaga</li></ul></aside>")
    got = facts(_site(EN_MAIN, side), TITLE)
    assert _staff(got, "director", "Tomoe Hirakawa")


def test_aside_of_bold_leads():
    side = ("<aside><p><b>Chief Director</b> Goro Amamiya</p><p><b>Music</b> Aoi Sakuragi</p>"
            "<p><b>Sound Director</b> Yuki Homma</p></aside>")
    got = facts(_site(EN_MAIN, side), TITLE)
    assert _staff(got, "chief director", "Goro Amamiya") and _staff(got, "sound director", "Yuki Homma")


def test_sidebar_class_box_with_credits():
    side = ("<div class='sidebar'><dl><dt>Director</dt><dd>Tomoe Hirakawa</dd><dt>Music</dt><dd>Aoi Sakuragi</dd>"
            "<dt>Animation Production</dt><dd>Studio Kamome</dd></dl></div>")
    got = facts(_site(EN_MAIN, side), TITLE)
    assert _staff(got, "director", "Tomoe Hirakawa")


def test_complementary_role_box_keeps_its_cast_too():
    side = ("<div role='complementary'><dl><dt>Director</dt><dd>Tomoe Hirakawa</dd><dt>Series Composition</dt>"
            "<dd>Kenji Usami</dd><dt>Character Design</dt><dd>Hiro Ozaki</dd></dl>"
            "<dl class='cast'><dt>Suzu</dt><dd>CV. Hana Mizuki</dd></dl></div>")
    got = facts(_site(EN_MAIN, side), TITLE)
    assert _staff(got, "series composition", "Kenji Usami")
    assert ("cast", "Suzu", "Hana Mizuki") in got


def test_japanese_aside_dl():
    side = ("<aside class='staff'><dl><dt>原作</dt><dd>七尾りつ</dd><dt>監督</dt><dd>平川ともえ</dd>"
            "<dt>シリーズ構成</dt><dd>宇佐美健二</dd><dt>音楽</dt><dd>桜木あおい</dd></dl></aside>")
    got = facts(_site(JA_MAIN, side, JA_TITLE), JA_TITLE)
    assert _staff(got, "director", "平川ともえ") and _staff(got, "music", "桜木あおい")


def test_japanese_aside_colon_lines():
    side = ("<aside><h3>スタッフ</h3><ul><li>監督：平川ともえ</li><li>脚本：徳永まい</li><li>キャラクターデザイン：尾崎ひろ</li></ul></aside>")
    got = facts(_site(JA_MAIN, side, JA_TITLE), JA_TITLE)
    assert _staff(got, "character design", "尾崎ひろ")


def test_japanese_aside_table():
    side = ("<aside><table><tr><th>総監督</th><td>雨宮吾郎</td></tr><tr><th>音響監督</th><td>本間ゆき</td></tr>"
            "<tr><th>美術監督</th><td>森下さとし</td></tr></table></aside>")
    got = facts(_site(JA_MAIN, side, JA_TITLE), JA_TITLE)
    assert any(f == "staff" and v == "雨宮吾郎" for f, k, v in got)


def test_fullwidth_colon_and_character_original_design():
    side = ("<aside><h4>STAFF</h4><p>キャラクター原案：尾崎ひろ</p><p>監督：平川ともえ</p><p>音楽：桜木あおい</p></aside>")
    got = facts(_site(JA_MAIN, side, JA_TITLE), JA_TITLE)
    assert _staff(got, "director", "平川ともえ")


# ---------------------------------------------------------------------------------------------- traps
def test_trap_rail_of_other_works_cards_stays_chrome():
    """Each card repeats Director and Music: a rail of other works, not this one's infobox."""
    cards = "".join(f"<li><h4>Other Show {i}</h4><p>Director</p><p>Person Number{i}</p><p>Music</p><p>Composer Number{i}</p></li>"
                    for i in range(1, 4))
    side = f"<aside><h3>Also this season</h3><ul>{cards}</ul></aside>"
    got = facts(_site(EN_MAIN, side), TITLE)
    assert not any("Number" in v for f, k, v in got)


def test_trap_two_labels_are_no_infobox():
    side = ("<aside><h3>Recommended</h3><p>Director: Pat Othername</p><p>Music: Lee Elsewhere</p></aside>")
    got = facts(_site(EN_MAIN, side), TITLE)
    assert not any(v in ("Pat Othername", "Lee Elsewhere") for f, k, v in got)


def test_trap_comment_box_stays_chrome():
    side = ("<div class='comments'><p>Director: who cares</p><p>Music: Jo Fanname is great</p>"
            "<p>Script: Rin Commenter did the last show</p></div>")
    got = facts(_site(EN_MAIN, side), TITLE)
    assert not any("Fanname" in v or "Commenter" in v for f, k, v in got)
