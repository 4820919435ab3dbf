"""A cast credit's two parts, the character and the actor, wherever a page sets them apart: a card whose parts are
looser markup than two leaf spans (bare text after a span, a linked name with its reading in brackets), and Japanese
prose whose part name has a description glued before it or whose actor runs on into the sentence (「…に加え」).
The forms are invented, not fixture pages'."""
from __future__ import annotations

import pytest

from extract_helpers import facts, news

W = "星屑ポストマン"


def _site(cast_html: str, heading: str = "<h3>CAST</h3>") -> str:
    return ("<!doctype html><html lang=\"ja\"><head><title>TVアニメ「星屑ポストマン」公式サイト</title></head><body><main>"
            "<h1>TVアニメ「星屑ポストマン」</h1><section><h2>STAFF &amp; CAST</h2><h3>STAFF</h3><ul>"
            "<li><span>監督</span>岸田涼</li></ul>" + heading + cast_html + "</section></main></body></html>")


def _cast_of(doc: str) -> set[tuple[str, str]]:
    return {(k, v) for f, k, v in facts(doc, W, url="https://stardust-postman.example/") if f == "cast"}


def _has(cast: set, char: str, actor: str) -> bool:
    """The credit, its actor's reading in brackets aside (「水無瀬ひかり（Hikari Minase）」 is 水無瀬ひかり)."""
    return any(k == char and (v == actor or v.startswith(actor + "（")) for k, v in cast)


@pytest.mark.parametrize("cards, pairs", [
    # a span for the part, the actor as the card's bare text
    ("<ul><li><span>ハル</span>七瀬まひろ</li><li><span>クロ</span>宮坂ゆず</li></ul>", [("ハル", "七瀬まひろ"), ("クロ", "宮坂ゆず")]),
    # the actor's span holds a link to their page and a reading
    ("<ul class=\"cast\"><li><span class=\"chara\">ナツ</span><span class=\"va\"><a href=\"/p/1\">相沢ひなの</a>（Hinano Aizawa）</span></li>"
     "<li><span class=\"chara\">ゴードン</span><span class=\"va\"><a href=\"/p/2\">鏑木哲也</a>（Tetsuya Kaburagi）</span></li></ul>",
     [("ナツ", "相沢ひなの"), ("ゴードン", "鏑木哲也")]),
    # the part's name is a link, the actor a span
    ("<ul><li><a href=\"/chara/hal\">ハル</a><span>七瀬まひろ</span></li><li><a href=\"/chara/kuro\">クロ</a><span>宮坂ゆず</span></li></ul>",
     [("ハル", "七瀬まひろ"), ("クロ", "宮坂ゆず")]),
    # a picture and a line break between the parts
    ("<ul><li><img src=\"hal.png\" alt=\"\"><em>ハル</em><br>七瀬まひろ</li><li><img src=\"kuro.png\" alt=\"\"><em>クロ</em><br>宮坂ゆず</li></ul>",
     [("ハル", "七瀬まひろ"), ("クロ", "宮坂ゆず")]),
    # the part's name as bare text, the actor in a small element with a CV mark
    ("<ul><li>ハル<small>CV：七瀬まひろ</small></li><li>クロ<small>CV：宮坂ゆず</small></li></ul>", [("ハル", "七瀬まひろ"), ("クロ", "宮坂ゆず")]),
    # two paragraphs in a card
    ("<div class=\"cards\"><div class=\"card\"><p class=\"name\">ナツ</p><p class=\"cv\">相沢ひなの</p></div>"
     "<div class=\"card\"><p class=\"name\">ゲン</p><p class=\"cv\">石動 源</p></div></div>", [("ナツ", "相沢ひなの"), ("ゲン", "石動 源")]),
    # the CV mark inside the actor's span, with a link
    ("<ul><li><strong>ハル</strong><span>CV.<a href=\"/p/3\">七瀬まひろ</a></span></li></ul>", [("ハル", "七瀬まひろ")]),
    # a full name with a middle dot and a plain span after it
    ("<ul><li><span>レオ・ハーヴェイ</span>桐谷そら</li></ul>", [("レオ・ハーヴェイ", "桐谷そら")]),
    # an English site's card: bold part, linked actor
    ("<ul><li><b>Hal</b> <a href=\"/people/nanase\">Mahiro Nanase</a></li><li><b>Kuro</b> <a href=\"/people/miyasaka\">Yuzu Miyasaka</a></li></ul>",
     [("Hal", "Mahiro Nanase"), ("Kuro", "Yuzu Miyasaka")]),
])
def test_a_cast_card_of_two_loose_parts(cards, pairs):
    got = _cast_of(_site(cards))
    for char, actor in pairs:
        assert _has(got, char, actor), got


def test_a_japanese_cast_heading():
    assert _has(_cast_of(_site("<ul><li><span>ハル</span>七瀬まひろ</li></ul>", "<h3>キャスト</h3>")), "ハル", "七瀬まひろ")


def test_a_staff_card_is_no_cast_card():
    got = _cast_of(_site("<ul><li><span>ハル</span>七瀬まひろ</li></ul>"))
    assert not any(k == "監督" for k, _v in got)


def test_a_card_of_a_date_and_a_news_line_is_no_credit():
    got = _cast_of(_site("<ul><li><span>ハル</span>七瀬まひろ</li><li><span>2026.11.25</span><a href=\"/news/1\">PV公開</a></li></ul>"))
    assert not any("2026" in k or "PV" in v for k, v in got)


def test_a_placeholder_actor_is_no_credit():
    got = _cast_of(_site("<ul><li><span>ハル</span>七瀬まひろ</li><li><span>ゴードン</span>未定</li></ul>"))
    assert _has(got, "ハル", "七瀬まひろ")
    assert not any(k == "ゴードン" for k, _v in got)


def test_cards_under_a_news_heading_are_no_cast():
    doc = _site("<ul><li><span>ハル</span>七瀬まひろ</li></ul>").replace(
        "</section>", "</section><section><h2>NEWS</h2><ul><li><span>ソラ</span>別作品の話題</li></ul></section>")
    assert not any(k == "ソラ" for k, _v in _cast_of(doc))


def test_a_voice_mark_then_the_actor_is_no_part_name():
    doc = _site("<div class=\"chara\"><h4>ハル</h4><p class=\"cv\"><span>CV.</span>七瀬まひろ</p></div>")
    assert not any(k.upper().startswith("CV") for k, _v in _cast_of(doc))
