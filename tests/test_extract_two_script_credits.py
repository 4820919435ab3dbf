"""Credits printed in two languages on one official site, the way bilingual sites write them, EN and JA:
- one credit label written in both languages ("Director / 監督", 「監督／Director」, "DIRECTOR 監督", 「美術監督 Art
  Director」, "Sound Director (音響監督)", 「色彩設計｜Color Design」) is one role, never two keys; the label's kind is read
  through it ("Animation Production / アニメーション制作" names the studio, "Production / 製作" the committee: no staff, no
  studio); an unknown role named twice is one key, as first written;
- one name printed in both scripts with no bracket ("Ren Uno 宇野蓮", 「青井 健 Ken Aoi」, "Aya Hoshi 星あや" after a CV
  mark) is one person: 'First（Other）', the form a bracketed reading has (diff learns the two as one); a studio keeps the
  first written name alone;
- a credit restated in the other language in brackets (「美術監督：森川華（Art Director: Hana Morikawa）」) is one
  credit of one person, never a second credit read out of the bracket.
Traps: a label beside a name is no second script ("Director 宇野蓮" is no name 'Director'), a bracket naming another
credit or a past work stays a note, a label in one script with two roles ('原作/脚本') is still two roles, a sidebar's
other work gives nothing.

Every form here is invented; none is a fixture page's wording."""
from extract_helpers import facts

W = "Harbor Lantern Waltz"


def _site(body: str) -> str:
    return (f"<!doctype html><html lang=\"ja\"><head><title>TVアニメ「{W}」公式サイト</title></head><body><main>"
            f"<p>TVアニメ「{W}」2027年4月放送開始</p>{body}</main></body></html>")


def _got(body: str, field: str) -> set[tuple[str, str]]:
    return {(k, v) for f, k, v in facts(_site(body), W) if f == field}


def _staff_dl(rows: str) -> str:
    return f"<section><h2>STAFF</h2><dl>{rows}</dl></section>"


# ---- one label in two languages


def test_label_english_then_japanese_after_a_slash():
    got = _got(_staff_dl("<dt>Director / 監督</dt><dd>宇野蓮</dd><dt>Music / 音楽</dt><dd>青井健</dd>"), "staff")
    assert ("director", "宇野蓮") in got and ("music", "青井健") in got
    assert not any(k in ("Director", "監督", "Music", "音楽") for k, _ in got)


def test_label_japanese_first_full_width_slash():
    got = _got(_staff_dl("<dt>監督／Director</dt><dd>宇野蓮</dd>"), "staff")
    assert got == {("director", "宇野蓮")}


def test_label_in_capitals_then_japanese_space_only():
    got = _got(_staff_dl("<dt>CHARACTER DESIGN キャラクターデザイン</dt><dd>空舞</dd>"
                         "<dt>美術監督 Art Director</dt><dd>森川華</dd>"), "staff")
    assert {("character design", "空舞"), ("art director", "森川華")} <= got


def test_label_with_its_translation_in_brackets_in_a_table():
    got = _got("<section><h2>STAFF</h2><table><tr><th>Sound Director (音響監督)</th><td>Goro Imai</td></tr>"
               "<tr><th>色彩設計｜Color Design</th><td>上野咲</td></tr></table></section>", "staff")
    assert {("sound director", "Goro Imai"), ("color design", "上野咲")} <= got


def test_label_with_brackets_before_a_colon():
    got = _got("<section><h2>STAFF</h2><ul><li>音楽（Music）：青井健</li></ul></section>", "staff")
    assert ("music", "青井健") in got


def test_combined_credit_in_both_languages_is_two_roles_not_four():
    got = _got(_staff_dl("<dt>Series Composition &amp; Screenplay / シリーズ構成・脚本</dt><dd>舘玲</dd>"), "staff")
    assert got == {("series composition", "舘玲"), ("screenplay", "舘玲")}


def test_unknown_role_named_twice_is_one_key_as_first_written():
    got = _got(_staff_dl("<dt>Monster Design / 怪獣デザイン</dt><dd>Goro Imai</dd>"), "staff")
    assert got == {("Monster Design", "Goro Imai")}
    got = _got(_staff_dl("<dt>怪獣デザイン／Monster Design</dt><dd>今井吾郎</dd>"), "staff")
    assert got == {("怪獣デザイン", "今井吾郎")}


def test_studio_label_in_both_languages_names_the_studio():
    got = _got(_staff_dl("<dt>Director / 監督</dt><dd>宇野蓮</dd>"
                         "<dt>Animation Production / アニメーション制作</dt><dd>Studio Kumoji</dd>"), "studio")
    assert ("kumoji", "Studio Kumoji") in got
    assert not any("制作" in v or "Production" in v for _, v in got)


def test_committee_label_in_both_languages_is_neither_staff_nor_studio():
    body = _staff_dl("<dt>Director / 監督</dt><dd>宇野蓮</dd>"
                     "<dt>Production / 製作</dt><dd>ハーバーランタン製作委員会 (Harbor Lantern Partners)</dd>")
    every = facts(_site(body), W)
    assert not any("委員会" in v or "Partners" in v or k in ("Production", "製作") for _, k, v in every)


def test_two_roles_in_one_script_stay_two():
    got = _got(_staff_dl("<dt>原作/脚本</dt><dd>舘玲</dd>"), "staff")
    assert {("original creator", "舘玲"), ("screenplay", "舘玲")} <= got


# ---- one name in two scripts


def test_name_roman_then_japanese_is_one_person():
    got = _got(_staff_dl("<dt>Director / 監督</dt><dd>Ren Uno 宇野蓮</dd>"), "staff")
    assert got == {("director", "Ren Uno（宇野蓮）")}


def test_name_japanese_with_inner_space_then_roman():
    got = _got(_staff_dl("<dt>音楽／Music</dt><dd>青井 健 Ken Aoi</dd>"), "staff")
    assert got == {("music", "青井 健（Ken Aoi）")}


def test_name_in_a_table_cell_roman_first():
    got = _got("<section><h2>STAFF</h2><table><tr><th>Color Design</th><td>Saki Ueno 上野咲</td></tr></table></section>",
               "staff")
    assert ("color design", "Saki Ueno（上野咲）") in got


def test_actor_in_two_scripts_after_a_voice_mark():
    got = _got('<section><h2>CAST</h2><div class="chara"><h4>Mio</h4><p>CV. Aya Hoshi 星あや</p></div>'
               '<div class="chara"><h4>ルカ</h4><p>CV：千早 遥 Haruka Chihaya</p></div></section>', "cast")
    assert {("Mio", "Aya Hoshi（星あや）"), ("ルカ", "千早 遥（Haruka Chihaya）")} <= got


def test_studio_in_two_scripts_keeps_the_first_written():
    got = _got(_staff_dl("<dt>Animation Production / アニメーション制作</dt><dd>スタジオ雲路 Studio Kumoji</dd>"), "studio")
    assert got == {("スタジオ雲路", "スタジオ雲路")}
    got = _got(_staff_dl("<dt>アニメーション制作</dt><dd>Studio Kumoji スタジオ雲路</dd>"), "studio")
    assert got == {("kumoji", "Studio Kumoji")}


def test_a_word_beside_a_name_is_no_second_script():
    got = _got(_staff_dl("<dt>Music</dt><dd>Ken Aoi ほか</dd><dt>主題歌</dt><dd>Lumen 歌</dd>"), "staff")
    assert not any("（" in v for _, v in got)


# ---- a credit restated in brackets


def test_credit_restated_in_english_in_brackets():
    got = _got('<section><h2>STAFF</h2><ul><li><img src="a.png" alt="美術監督：森川華（Art Director: Hana Morikawa）">'
               "</li></ul></section>", "staff")
    assert got == {("art director", "森川華（Hana Morikawa）")}


def test_credit_restated_in_japanese_in_brackets():
    got = _got("<section><h2>STAFF</h2><ul><li>Music: Ken Aoi (音楽：青井健)</li><li>監督：宇野蓮（Director：Ren Uno）</li>"
               "</ul></section>", "staff")
    assert ("music", "Ken Aoi") in got and ("director", "宇野蓮（Ren Uno）") in got
    assert not any(k == "director" and v == "Ren Uno" for k, v in got)


def test_bracket_naming_past_work_is_no_credit():
    got = _got("<section><h2>STAFF</h2><ul><li>監督：宇野蓮（代表作：星の庭）</li></ul></section>", "staff")
    assert ("director", "宇野蓮") in got
    assert not any("星の庭" in v or "代表作" in k for k, v in got)


def test_sidebar_banner_of_another_work_gives_no_credit():
    body = (_staff_dl("<dt>Director / 監督</dt><dd>Ren Uno 宇野蓮</dd>")
            + '<aside><a href="https://other.example/"><img src="b.png" alt="TVアニメ「星の庭」監督：真島光 / '
              'Director: Hikaru Majima"></a></aside>')
    got = _got(body, "staff")
    assert ("director", "Ren Uno（宇野蓮）") in got
    assert not any("Majima" in v or "真島" in v for _, v in got)
