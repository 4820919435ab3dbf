"""A wiki's character list: its heading names the people and their voices together (「登場人物と声優」,
"Characters and voice cast"), and each definition gives the voice first, then the character's profile on the same
line (「声 - A（続投）。主人公。…」). Both must read as the work's cast, even right after a staff list."""
from __future__ import annotations

import pytest

from extract_helpers import facts

_STAFF_JA = "<h2>スタッフ</h2><ul><li>監督 - 長谷部カイ</li><li>製作 - 宵灯り製作委員会</li></ul>"
_STAFF_EN = "<h2>Staff</h2><ul><li>Director - Kai Hasebe</li><li>Production - Lantern Committee</li></ul>"


def _wiki(body: str, title: str = "宵灯り郵便舎", lang: str = "ja") -> str:
    return (f"<!doctype html><html lang=\"{lang}\"><head><title>{title} - アニメwiki</title></head><body>"
            f"<h1>{title}</h1>{body}</body></html>")


def _cast(doc: str, title: str = "宵灯り郵便舎") -> set[tuple[str, str]]:
    return {(k, v) for f, k, v in facts(doc, title) if f == "cast"}


@pytest.mark.parametrize("heading", [
    "登場人物と声優", "主な登場人物・声優", "キャラクター／キャスト", "声優・キャラクター", "登場キャラクター",
    "登場キャラクターと声の出演", "キャラクター＆キャスト", "主要登場人物と出演者",
])
def test_a_combined_characters_and_voices_heading_opens_the_cast_after_a_staff_list(heading):
    doc = _wiki(f"{_STAFF_JA}<h2>{heading}</h2><dl><dt>灯守ミナ</dt><dd>声 - 朝倉すず</dd>"
                "<dt>カラス</dt><dd>声 - 黒沢リョウ</dd></dl>")
    assert {("灯守ミナ", "朝倉すず"), ("カラス", "黒沢リョウ")} <= _cast(doc)


@pytest.mark.parametrize("heading", ["Characters and voice cast", "Characters & Voice Cast", "Main characters and cast"])
def test_an_english_combined_heading_opens_the_cast(heading):
    doc = _wiki(f"{_STAFF_EN}<h2>{heading}</h2><dl><dt>Mina Hiyori</dt><dd>Voiced by: Sue Asakura</dd></dl>",
                title="Lantern Post", lang="en")
    assert ("Mina Hiyori", "Sue Asakura") in _cast(doc, "Lantern Post")


def test_a_characters_and_setting_heading_is_no_cast_heading():
    from tracker.extract.labels import _section_of
    assert _section_of("登場人物と舞台")[0] is None
    assert _section_of("キャラクターと世界観")[0] is None


@pytest.mark.parametrize("dd, actor", [
    ("声 - 天城リク（続投）。主人公。元・陸上部の長距離エース。", "天城リク"),
    ("声 - 石田ダイゴ。第2期からの新キャラクター。北の高校のエース。", "石田ダイゴ"),
    ("声：早瀬ユナ。郵便舎の窓口係を務める猫又。", "早瀬ユナ"),
    ("CV：真柴レイ。港の食堂を切り盛りする。", "真柴レイ"),
    ("CV - 若葉ノア。主人公の幼なじみ。", "若葉ノア"),
])
def test_a_voice_line_running_on_into_the_profile_gives_the_voice_ja(dd, actor):
    doc = _wiki(f"<h2>キャスト</h2><dl><dt>灯守ミナ</dt><dd>{dd}</dd></dl>")
    assert _cast(doc) == {("灯守ミナ", actor)}


@pytest.mark.parametrize("dd, actor", [
    ("Voiced by: Mara Lund. The eldest sister, who keeps the lamp shop.", "Mara Lund"),
    ("Voice: Hal Brenner. A retired courier pilot.", "Hal Brenner"),
    ("Voiced by: Dora Kell. Runs the night ferry. Voiced by Ivy Moss in the pilot.", "Dora Kell"),
])
def test_a_voice_line_running_on_into_the_profile_gives_the_voice_en(dd, actor):
    doc = _wiki(f"<h2>Cast</h2><dl><dt>Mina Hiyori</dt><dd>{dd}</dd></dl>", title="Lantern Post", lang="en")
    assert _cast(doc, "Lantern Post") == {("Mina Hiyori", actor)}   # (the pilot's voice in the profile: no cast)


def test_an_unannounced_voice_and_a_drama_cd_note_give_no_actor():
    doc = _wiki("<h2>登場人物と声優</h2><dl><dt>局長</dt><dd>声 - 未発表。郵便舎の局長。正体は不明。</dd>"
                "<dt>朔</dt><dd>声 - 葛西ユウ。一つ目小僧の少年。<br />※ドラマCD版では桃井ハルが演じていた。</dd></dl>")
    cast = _cast(doc)
    assert ("朔", "葛西ユウ") in cast
    assert not any(a in ("未発表", "桃井ハル") or "未発表" in a or "桃井" in a for _, a in cast)
    assert not any(c == "局長" for c, _ in cast)


def test_an_initials_stop_is_no_sentence_end():
    from tracker.extract.labels import _cv_line_before_profile
    assert _cv_line_before_profile("CV: Tom O. Reyes") == "CV: Tom O. Reyes"
    assert _cv_line_before_profile("Voiced by: Dr. Lena Ho") == "Voiced by: Dr. Lena Ho"
    assert _cv_line_before_profile("Aoi is the lead. Voiced by X.") == "Aoi is the lead. Voiced by X."   # (no voice mark first)
