"""A Japanese cast list closed by と before its sum (「…ドミニク役に伊吹大和と、3名が続投」): the と is the list's, not the
last actor's name; a name that ends in と keeps it. The forms are invented, not fixture pages'."""
from __future__ import annotations

import pytest

from extract_helpers import facts, news

W = "星屑ポストマン"


def _cast(sentence: str) -> set[tuple[str, str]]:
    return {(k, v) for f, k, v in facts(news([sentence], title=f"TVアニメ『{W}』キャスト発表"), W) if f == "cast"}


@pytest.mark.parametrize("sentence, char, actor", [
    ("『星屑ポストマン』のキャストは、ハル役に七瀬まひろ、郵便局長・ゴードン役に鏑木哲也と、2名が続投する。", "ゴードン", "鏑木哲也"),
    ("『星屑ポストマン』では、ハル役に七瀬まひろ、相棒の黒猫・クロ役に宮坂ゆずと、おなじみの2人が出演。", "クロ", "宮坂ゆず"),
    ("『星屑ポストマン』にはユキ役に白石こはる、ソラ役に水野灯と、人気声優らが集結した。", "ソラ", "水野灯"),
    ("『星屑ポストマン』のメインキャストはハル役に七瀬まひろ、ナツ役に相沢ひなのと、三名が決定した。", "ナツ", "相沢ひなの"),
    ("『星屑ポストマン』は、ハル役に七瀬まひろ、ナツ役に相沢ひなの、アキ役に桐谷そらと、3人がそろって続投する。", "アキ", "桐谷そら"),
])
def test_list_closing_to(sentence, char, actor):
    got = _cast(sentence)
    assert (char, actor) in got, got
    assert (char, actor + "と") not in got


@pytest.mark.parametrize("sentence, char, actor", [
    # a name that ends in と, with more credits after it
    ("『星屑ポストマン』では、ミケ役に森川ちさと、バルトロ役に石動源が決定している。", "ミケ", "森川ちさと"),
    # a name that ends in と, closed by the list's own と
    ("『星屑ポストマン』では、ハル役に七瀬まひろ、ミケ役に森川ちさとと、2名が決定。", "ミケ", "森川ちさと"),
])
def test_name_ending_in_to_kept(sentence, char, actor):
    got = _cast(sentence)
    assert (char, actor) in got, got
