"""A side fact box (an <aside>, a "sidebar" box) whose credits stand on lines of one cell set apart by <br>
(「スタッフ」 then 「原作：A<br>監督：B<br>…」, "Staff" then "Director: A<br>Music: B<br>…"): its <br> lines are the box's
leaves as a reader sees them, so 3+ labels make it the work's infobox, kept as content like a box of one label per
leaf. Forms: a <dl> cell, a table cell, a paragraph, a chrome-classed div, headed by nothing, by what the box is
(作品情報, Series info) or by the page's own title. Traps: such a box headed by another title ("Starfield Choir",
"Also this season") stays chrome, and a box of other titles on <br> lines (no labels) stays chrome.

Every form here is invented; none is a fixture page's wording."""
from extract_helpers import facts, news

W = "Harbor Lantern Waltz"
J = "灯台守のワルツ"


def _article(box: str, title: str = W) -> str:
    doc = news([f"The TV anime {title} will premiere in April 2027 on Tokyo MX.", "More details will follow soon."],
               title=f"{title} anime set for April 2027")
    return doc.replace("</article>", "</article>" + box)


def _got(box: str, field: str, title: str = W) -> set[tuple[str, str]]:
    return {(k, v) for f, k, v in facts(_article(box, title), title) if f == field}


def test_japanese_dl_cell_lines_staff_and_cast():
    box = (f"<aside class=\"factbox\"><h3>TVアニメ「{J}」</h3><dl><dt>スタッフ</dt><dd>原作：潮見なぎ<br>監督：宇野蓮<br>"
           "シリーズ構成：青井舞<br>アニメーション制作：スタジオ雲路</dd><dt>キャスト</dt><dd>ミナ：早乙女ユイ<br>ルカ：千早遥</dd></dl></aside>")
    assert {("director", "宇野蓮"), ("series composition", "青井舞"), ("original creator", "潮見なぎ")} <= _got(box, "staff", J)
    assert {("ミナ", "早乙女ユイ"), ("ルカ", "千早遥")} <= _got(box, "cast", J)


def test_english_table_cell_lines():
    box = ("<aside><table><tr><th>Staff</th><td>Director: Ren Uno<br>Series Composition: Mai Aoi<br>Music: Ken Aoi"
           "</td></tr></table></aside>")
    assert {("director", "Ren Uno"), ("series composition", "Mai Aoi"), ("music", "Ken Aoi")} <= _got(box, "staff")


def test_paragraph_lines_without_a_heading():
    box = "<aside><p>Director: Ren Uno<br/>Character Design: Saki Ueno<br/>Music: Ken Aoi</p></aside>"
    assert {("director", "Ren Uno"), ("character design", "Saki Ueno")} <= _got(box, "staff")


def test_chrome_classed_div_with_lines():
    box = ('<div class="sidebar-box"><h4>Series info</h4><p>Director: Ren Uno<br>Screenplay: Mai Aoi<br>'
           "Animation Production: Studio Kumoji</p></div>")
    assert ("director", "Ren Uno") in _got(box, "staff")


def test_box_named_by_what_it_is_in_japanese():
    box = "<aside><h3>作品情報</h3><div>監督：宇野蓮<br />音楽：青井健<br />キャラクターデザイン：上野咲</div></aside>"
    assert {("director", "宇野蓮"), ("music", "青井健")} <= _got(box, "staff", J)


def test_box_headed_by_the_quoted_own_title():
    box = (f"<aside><h3>『{J}』</h3><p>監督：宇野蓮<br>脚本：青井舞<br>音楽：青井健</p></aside>")
    assert ("screenplay", "青井舞") in _got(box, "staff", J)


def test_box_headed_by_another_title_stays_chrome():
    box = ("<aside class=\"factbox\"><h3>Starfield Choir</h3><dl><dt>Staff</dt><dd>Director: Goro Imai<br>"
           "Series Composition: Saki Ueno<br>Music: Daigo Uno</dd></dl></aside>")
    assert not _got(box, "staff")


def test_box_of_this_seasons_other_works_stays_chrome():
    box = ("<aside><h3>Also this season</h3><p>Starfield Choir<br>Director: Goro Imai<br>Series Composition: Saki Ueno"
           "<br>Music: Daigo Uno</p></aside>")
    assert not _got(box, "staff")


def test_box_of_titles_on_lines_stays_chrome():
    box = "<aside><h3>Ranking</h3><p>1. Starfield Choir<br>2. Copperwing Ferry<br>3. Moss Garden Diaries</p></aside>"
    every = facts(_article(box), W)
    assert not any("Starfield" in v or "Copperwing" in v for _, _, v in every)
