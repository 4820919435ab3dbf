"""A roundup entry's or article's cast list with no cast heading above it: a run of two or more list items, each
'Character：Actor' (「ブリュンヒルデ：氷室あかね」, 'Kai: Haruto Miyashita'), every label a short name no field or credit
knows and every value a bare person's name. A station or date list, an info list of known labels, a single item or a
value that is no name is left to the other readers."""
from __future__ import annotations

from extract_helpers import facts

JA = "斬鉄のワルキューレ"
EN = "Iron Valkyrie"


def _entry(items: list[str], title: str) -> str:
    lis = "".join(f"<li>{x}</li>" for x in items)
    return ("<!doctype html><html><head><title>今期の推し3本まとめ</title></head><body><main><article>"
            "<h1>今期の推し3本まとめ</h1><p>来期のおすすめをまとめました。</p>"
            f"<h2>1. {title}</h2><p>{title}は待望のアニメ化。新キャストも発表された。</p><ul>{lis}</ul>"
            "<h2>2. ほかの作品</h2><p>こちらも気になる。</p></article></main></body></html>")


def _cast(got):
    return {(k, v) for f, k, v in got if f == "cast"}


def test_ja_fullwidth_colon_items():
    got = facts(_entry(["ブリュンヒルデ：氷室あかね", "ロスヴァイセ：桐谷まどか"], JA), JA)
    assert {("ブリュンヒルデ", "氷室あかね"), ("ロスヴァイセ", "桐谷まどか")} <= _cast(got)


def test_ja_new_character_descriptor_dropped():
    got = facts(_entry(["ブリュンヒルデ：氷室あかね", "新キャラのゲルヒルデ：天羽しおん"], JA), JA)
    assert ("ゲルヒルデ", "天羽しおん") in _cast(got)


def test_ja_ascii_colon_items():
    got = facts(_entry(["カイ:宮下遥斗", "ロッコ:三上大樹", "ナツメ:桐谷美羽"], JA), JA)
    assert ("ロッコ", "三上大樹") in _cast(got)


def test_ja_spaced_actor_names():
    got = facts(_entry(["ミオ：森川 ゆず", "レン：新城 健太"], JA), JA)
    assert any(k == "ミオ" and v.replace(" ", "") == "森川ゆず" for k, v in _cast(got))


def test_ja_kanji_character_names():
    got = facts(_entry(["氷室ナツメ：桐谷美羽", "大河内レイ：宮下遥斗"], JA), JA)
    assert ("氷室ナツメ", "桐谷美羽") in _cast(got)


def test_en_items():
    got = facts(_entry(["Kai: Haruto Miyashita", "Rokko: Daiki Mikami"], EN), EN)
    assert ("Kai", "Haruto Miyashita") in _cast(got)


def test_en_two_word_characters():
    got = facts(_entry(["Captain Vey: Mina Arakawa", "Old Tomas: Kenta Arashiro"], EN), EN)
    assert ("Old Tomas", "Kenta Arashiro") in _cast(got)


def test_en_macron_names():
    got = facts(_entry(["Sevrin: Aoi Hirota", "Mara: Kōhei Ajiro"], EN), EN)
    assert ("Mara", "Kōhei Ajiro") in _cast(got)


def test_ja_katakana_middle_dot_actor():
    got = facts(_entry(["アリス：リナ・ホワイト", "ボブ：ケン・ブラック"], JA), JA)
    assert ("アリス", "リナ・ホワイト") in _cast(got)


def test_three_items_run():
    got = facts(_entry(["ユナ：七瀬かのん", "ハル：月島ゆかり", "店主：大谷ふくすけ"], JA), JA)
    assert ("店主", "大谷ふくすけ") in _cast(got)


# ---------------------------------------------------------------------------------------------- traps
def test_trap_station_list_is_no_cast():
    got = facts(_entry(["TOKYO MX：2027年1月9日（土）25:30〜", "BS11：1月12日（火）24:00〜"], JA), JA)
    assert not _cast(got)


def test_trap_known_labels_are_credits_not_cast():
    got = facts(_entry(["監督：八雲透", "音楽：鷹野みずき"], JA), JA)
    assert not _cast(got)


def test_trap_single_item_is_not_a_list():
    got = facts(_entry(["ブリュンヒルデ：氷室あかね"], JA), JA)
    assert ("ブリュンヒルデ", "氷室あかね") not in _cast(got)


def test_trap_values_that_are_no_names():
    got = facts(_entry(["見どころ：作画がすごい！", "おすすめ度：★★★★"], JA), JA)
    assert not _cast(got)
