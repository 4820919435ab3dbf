"""One reader for a Japanese insert song and who sings it anywhere in its sentence (_ja_insert_song_sung): 劇中歌・挿入歌
「T」 with 「X演じるCが歌う」, 「C役のXが歌う」, 「（歌：X）」, 「をXが歌う」, 「Xが歌う」; a character singing is its actor.
The forms are invented, not fixture pages'."""
from __future__ import annotations

import pytest

from extract_helpers import facts, news

W = "星屑ポストマン"


def _songs(*paras: str) -> set[tuple[str, str]]:
    doc = news([f"TVアニメ『{W}』の最新情報です。", *paras], title=f"TVアニメ『{W}』")
    return {(k, v) for f, k, v in facts(doc, W) if f == "theme_song"}


@pytest.mark.parametrize("paras, value", [
    (("さらに、劇中では白峰しずくさん演じるセレネが歌う劇中歌「銀の鈴」も登場予定です。",), "銀の鈴 — 白峰しずく"),
    (("『星屑ポストマン』の劇中歌「銀の鈴」は、セレネ役の白峰しずくが歌う。",), "銀の鈴 — 白峰しずく"),
    (("第5話では、挿入歌「銀の鈴」（歌：白峰しずく）が流れる。",), "銀の鈴 — 白峰しずく"),
    (("劇中歌「銀の鈴」を白峰しずくが歌唱する。",), "銀の鈴 — 白峰しずく"),
    (("第3話の挿入歌として、「灯台のワルツ」を相沢ひなのさんが歌います。",), "灯台のワルツ — 相沢ひなの"),
    (("セレネ役は白峰しずくさんに決定。", "劇中では、セレネが歌う劇中歌「銀の鈴」も流れる。"), "銀の鈴 — 白峰しずく"),
    (("ハル役は七瀬まひろさんが担当。", "また、劇中では七瀬さん演じるハルが歌う劇中歌「夜汽車の手紙」も流れる。"), "夜汽車の手紙 — 七瀬まひろ"),
    (("「風の郵便屋」という劇中歌を、桐谷そらさんが歌う。",), "風の郵便屋 — 桐谷そら"),
])
def test_insert_song_and_singer(paras, value):
    got = _songs(*paras)
    assert any(k.startswith("insert") and v == value for k, v in got), got


@pytest.mark.parametrize("paras, title", [
    (("『別作品の森』の劇中歌「銀の鈴」を白峰しずくが歌う。",), "銀の鈴"),   # another title's song
])
def test_insert_song_traps(paras, title):
    got = _songs(*paras)
    assert not any(v.startswith(title) for _, v in got), got


def test_cast_as_a_whole_is_no_artist():
    got = _songs("劇中歌「銀の鈴」はメインキャスト全員が歌う。")
    assert not any("キャスト" in v for _, v in got), got
