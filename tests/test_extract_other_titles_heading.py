"""A heading over the other works of this work's studio, author or director (page._OTHER_TITLES_HEAD): the
section under it is another works' list, its directors, dates and songs never this work's facts."""
from extract_helpers import facts

from tracker.page import _OTHER_TITLES_WORDS, _related_works_heading

OTHER_TITLES = ["Other titles from Studio Pinecrest", "More from this studio", "Also by Hana Oribe",
                "Other works by the author", "More anime by Studio Glowfern", "Other TV series from the same studio",
                "From the same creator", "Also from Studio Mintleaf", "この作者の他の作品", "原作者の他作品",
                "同じスタジオの作品", "■監督 柳井タクトの過去作品", "その他の作品一覧", "同スタジオのアニメ作品 †",
                "【スタジオ・ペンネの他のアニメ】"]
OWN_SECTIONS = ["Other staff", "Other cast", "Other Staff & Cast", "More from the cast", "Also by the staff: comments",
                "その他のスタッフ", "その他キャスト", "スタッフ", "Theme songs", "More information"]


def test_the_heading_family_is_read_and_a_works_own_sections_are_not():
    for heading in OTHER_TITLES:
        assert _related_works_heading(heading), heading
        assert any(w in heading.lower() for w in _OTHER_TITLES_WORDS), heading
    for heading in OWN_SECTIONS:
        assert not _related_works_heading(heading), heading


def _db(extra: str) -> str:
    return ("<!doctype html><html><head><title>Mossy Lantern (TV) - Encyclopedia</title></head><body><main>"
            "<h1>Mossy Lantern (TV)</h1><h3>Staff</h3><p>Director: Reiko Amagai</p>"
            "<h3>Other staff</h3><p>Art Director: Junpei Sakakibara</p>" + extra + "</main></body></html>")


def test_a_table_of_the_studios_other_titles_gives_no_director():
    doc = _db("<h3>Other titles from Studio Pinecrest</h3><table><tr><th>Title</th><th>Director</th></tr>"
              "<tr><td>Paper Wolves (TV)</td><td>Kenta Morishige</td></tr></table>")
    got = facts(doc, "Mossy Lantern")
    assert ("staff", "director", "Reiko Amagai") in got
    assert ("staff", "art director", "Junpei Sakakibara") in got
    assert not any("Kenta Morishige" in f[2] for f in got)


def test_a_list_under_more_from_this_studio_gives_no_director():
    doc = _db("<h2>More from this studio</h2><ul><li>Paper Wolves (TV) — Director: Kenta Morishige</li></ul>")
    got = facts(doc, "Mossy Lantern")
    assert ("staff", "director", "Reiko Amagai") in got
    assert not any("Kenta Morishige" in f[2] for f in got)


def test_a_wikis_section_of_the_authors_other_works_gives_no_song():
    doc = ("<!doctype html><html><head><title>苔灯籠 - アニメwiki</title></head><body><main><h1>苔灯籠</h1>"
           "<h2>スタッフ</h2><ul><li>監督 - 天谷玲子</li></ul>"
           "<h2>主題歌</h2><ul><li>オープニングテーマ「苔のうた」<br />歌 - 森野ルカ</li></ul>"
           "<h2>原作者の他作品 †</h2><ul><li>『紙の狼』 - 2022年4月にTVアニメ化（全12話、監督：森重健太、"
           "OP：白浜ナギ「遠吠えの朝」）</li></ul></main></body></html>")
    got = facts(doc, "苔灯籠")
    assert ("staff", "director", "天谷玲子") in got
    assert not any("遠吠えの朝" in f[2] or "森重健太" in f[2] for f in got)


def test_the_works_own_other_cast_section_is_kept():
    doc = _db("<h3>Other cast</h3><dl><dt>Mire</dt><dd>Saki Tonomura</dd></dl>")
    got = facts(doc, "Mossy Lantern")
    assert ("staff", "art director", "Junpei Sakakibara") in got
