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


# ---- Japanese prose: a list of credits closed by one verb, each item 「PART<link>ACTOR」
def _prose(sentences: list[str]) -> set[tuple[str, str]]:
    return {(k, v) for f, k, v in facts(news(sentences, title=f"TVアニメ『{W}』キャスト発表"), W) if f == "cast"}


@pytest.mark.parametrize("sentence, pairs", [
    # 役の, then a running-on 「に加え」, then 役として
    ("『星屑ポストマン』のキャストには、既報のハル役の七瀬まひろ、ハルの相棒・クロ役の宮坂ゆずに加え、局長・ゴードン役として鏑木哲也が名を連ねた。",
     [("ハル", "七瀬まひろ"), ("クロ", "宮坂ゆず"), ("ゴードン", "鏑木哲也")]),
    # を … 、を … が担当 with a description glued before each part
    ("『星屑ポストマン』では、港町の見習い配達員ハルを七瀬まひろ、隣家の老人ゲンを石動源が担当する。", [("ハル", "七瀬まひろ"), ("ゲン", "石動源")]),
    # を … が演じる, a job glued to the part's name
    ("『星屑ポストマン』で、郵便局の先輩配達員ナツを相沢ひなのが演じる。", [("ナツ", "相沢ひなの")]),
    # 役に … 、役に … が決まった, a trade glued to the name
    ("『星屑ポストマン』の新キャストとして、村の鍛冶職人ボルグ役に岩城剛、旅の吟遊詩人リラ役に春野ことりが決まった。",
     [("ボルグ", "岩城剛"), ("リラ", "春野ことり")]),
    # 役を … 、役を … が務める, the sentence's topic before the first part
    ("『星屑ポストマン』ではハル役を七瀬まひろ、ナツ役を相沢ひなのが務める。", [("ハル", "七瀬まひろ"), ("ナツ", "相沢ひなの")]),
    # には … 、には … が決定
    ("『星屑ポストマン』の配達員ハルには七瀬まひろ、相棒の黒猫クロには宮坂ゆずが決定。", [("ハル", "七瀬まひろ"), ("クロ", "宮坂ゆず")]),
    # 役には、 … を起用 (an honorific-less actor with a description before the name)
    ("『星屑ポストマン』の灯台守の老人ゲン役には、ベテランの石動源を起用した。", [("ゲン", "石動源")]),
    # colon pairs after the cast topic
    ("『星屑ポストマン』のキャストは、ハル：七瀬まひろ、ナツ：相沢ひなのが出演する。", [("ハル", "七瀬まひろ"), ("ナツ", "相沢ひなの")]),
    # さん after each actor, 役が
    ("『星屑ポストマン』では、ハル役が七瀬まひろさん、ナツ役が相沢ひなのさんに決定した。", [("ハル", "七瀬まひろ"), ("ナツ", "相沢ひなの")]),
    # the part introduced by a kanji job and a dot, three items
    ("『星屑ポストマン』のキャストとして、配達員・ハル役に七瀬まひろ、局長・ゴードン役に鏑木哲也、黒猫・クロ役に宮坂ゆずが名を連ねる。",
     [("ハル", "七瀬まひろ"), ("ゴードン", "鏑木哲也"), ("クロ", "宮坂ゆず")]),
    # 演じる, the part first and a long description with に inside it
    ("『星屑ポストマン』では、丘の上に住む少女ミナを桐谷そら、港に立つ灯台の番人ゲンを石動源が演じる。", [("ミナ", "桐谷そら"), ("ゲン", "石動源")]),
])
def test_japanese_credit_list(sentence, pairs):
    got = _prose([sentence])
    for pair in pairs:
        assert pair in got, got
    assert not any(v.endswith(("に加え", "さん", "を起用")) or k.startswith(("では", "の")) for k, v in got), got


@pytest.mark.parametrize("sentence", [
    "『星屑ポストマン』では、監督を岸田涼、シリーズ構成を園田慧が担当する。",                # staff, not cast
    "『星屑ポストマン』の主題歌を七瀬まひろ、挿入歌を宮坂ゆずが担当する。",                  # songs, not parts
    "『星屑ポストマン』のハル役は未定で、キャストは後日発表される。",                        # nothing known
    "七瀬まひろは、前作『夜明けの灯』ではミナ役を演じ、相沢ひなのもナツ役を務めた。",        # another work's parts
])
def test_japanese_credit_list_traps(sentence):
    got = _prose(["『星屑ポストマン』の放送が決定した。", sentence])
    assert not got, got


def test_a_replaced_staff_name_before_ni_kawari_is_no_credit():
    got = _prose(["『星屑ポストマン』の放送が決定した。", "一方、音楽は、これまでの久遠 晴に代わり、ミナセユウが新たに担当する。"])
    assert not got, got


@pytest.mark.parametrize("sentence", [
    "『星屑ポストマン』では、シリーズ構成と脚本を園田慧、音楽を藤代ジンが担当する。",          # joined roles
    "『星屑ポストマン』のハルを演じる七瀬まひろは「距離感を大切に演じたい」と語った。",          # a manner, no part
    "※11月20日追記：放送日時が決まりました。",                                                 # a note's label
    "『星屑ポストマン』は第1期から引き続き、新監督に朝比奈徹が決定した。",                      # a new director
])
def test_japanese_credit_list_no_junk(sentence):
    got = _prose(["『星屑ポストマン』の放送が決定した。", sentence])
    assert not any(k in ("シリーズ構成と脚本", "音楽", "距離感", "新監督", "第1期") or k.startswith("※") for k, _v in got), got


def test_the_list_to_before_its_sum_and_a_voice_word():
    got = _prose(["『星屑ポストマン』では、ハル役に七瀬まひろ、局長・ゴードン役に鏑木哲也と、2名が続投する。",
                  "『星屑ポストマン』の黒猫クロの声を宮坂ゆずが担当する。"])
    assert ("ゴードン", "鏑木哲也") in got and ("ゴードン", "鏑木哲也と") not in got, got
    assert not any(k == "声" for k, _v in got), got


def test_latin_cards_without_a_person_link_are_left_alone():
    got = _cast_of(_site("<div class=\"people\"><div class=\"person\"><img src=\"a.jpg\" alt=\"\"><b>Mahiro Nanase</b><span>Hal</span></div>"
                         "<div class=\"person\"><img src=\"b.jpg\" alt=\"\"><b>Yuzu Miyasaka</b><span>Kuro</span></div></div>"))
    assert ("Mahiro Nanase", "Hal") not in got and ("Yuzu Miyasaka", "Kuro") not in got, got


def test_voiced_by_then_the_actor_is_no_part_name():
    got = _cast_of(_site("<div class=\"card\"><h4>Hal</h4><p class=\"voiced\">Voiced by <span class=\"actor\">Mahiro Nanase</span></p></div>"))
    assert not any(k.lower().startswith("voiced") for k, _v in got), got


# ---- a guest list that names this work's staff by their role beside the name (「監督・X」「Xさん（監督）」「X監督」)
def _staff(sentences: list[str]) -> set[tuple[str, str]]:
    doc = news(["『星屑ポストマン』の放送が決定した。", *sentences], title=f"TVアニメ『{W}』先行上映会")
    return {(k, v) for f, k, v in facts(doc, W) if f == "staff"}


@pytest.mark.parametrize("sentence, role, who", [
    ("『星屑ポストマン』先行上映会の登壇者：七瀬まひろ、宮坂ゆず、監督・岸田涼（予定）", "director", "岸田涼"),
    ("『星屑ポストマン』のイベントには、七瀬まひろ、監督・岸田涼が登壇する。", "director", "岸田涼"),
    ("『星屑ポストマン』のトークショーには岸田涼監督と七瀬まひろが出演。", "director", "岸田涼"),
    ("『星屑ポストマン』の上映会の出演：七瀬まひろ、宮坂ゆず、岸田涼（監督）", "director", "岸田涼"),
    ("『星屑ポストマン』のステージには、シリーズ構成・園田慧、監督・岸田涼が登壇。", "series composition", "園田慧"),
    ("『星屑ポストマン』の上映会のゲスト：岸田涼（監督）、七瀬まひろ（ハル役）", "director", "岸田涼"),
    ("『星屑ポストマン』の当日は監督の岸田涼氏、キャラクターデザインの三枝ユウ氏が登壇予定。", "character design", "三枝ユウ"),
    ("『星屑ポストマン』の上映会の出演者：七瀬まひろ／宮坂ゆず／岸田涼（監督）", "director", "岸田涼"),
    ("『星屑ポストマン』の登壇：園田慧（シリーズ構成）、藤代ジン（音楽）", "music", "藤代ジン"),
    ("『星屑ポストマン』のステージに、総監督・真柴亮太と七瀬まひろが登場した。", "chief director", "真柴亮太"),
])
def test_guest_list_role_beside_the_name(sentence, role, who):
    got = _staff([sentence])
    assert (role, who) in got, got


@pytest.mark.parametrize("sentence", [
    "『星屑ポストマン』の上映会には、『夜明けの灯』の監督・岸田涼も駆けつけた。",      # another work's director
    "『星屑ポストマン』の上映会の司会：森本アキ（アナウンサー）",                       # no known role
    "『星屑ポストマン』の上映会には、特別ゲストとして映画監督の岸田涼さんが登壇した。",  # a film director as guest
    "『星屑ポストマン』の上映会には、前作の監督・岸田涼が登壇した。",                   # an earlier work's credit
])
def test_guest_list_traps(sentence):
    assert not any(v == "岸田涼" or v == "森本アキ" for _k, v in _staff([sentence])), _staff([sentence])


# ---- an event named without quotes, by its kind word and its year (アニメフェス東京2026), where the work was shown
def _events(sentences: list[str]) -> dict[str, str]:
    doc = news(["TVアニメ『星屑ポストマン』の放送が2027年1月に決定した。", *sentences], title=f"TVアニメ『{W}』最新情報")
    return {k: v for f, k, v in facts(doc, W) if f == "premiere_event"}


@pytest.mark.parametrize("sentence, event, word", [
    ("『星屑ポストマン』は、10月18日、みなとアニメフェス2026のメインステージにて第1話の先行上映を行った。", "みなとアニメフェス2026", "第1話"),
    ("【レポート】みなとアニメフェス2026にて『星屑ポストマン』第1話を先行上映！", "みなとアニメフェス2026", "第1話"),
    ("『星屑ポストマン』の第1話は、しおかぜ映画祭2026で世界初上映された。", "しおかぜ映画祭2026", "第1話"),
    ("『星屑ポストマン』は北海道アニメEXPO 2027のステージでティザーPVを初公開した。", "北海道アニメEXPO 2027", "PV"),
    ("京都コミックフェスタ2026の特設会場では『星屑ポストマン』の冒頭10分が先行上映された。", "京都コミックフェスタ2026", "冒頭10分"),
    ("池袋アニメ祭2027にて『星屑ポストマン』第1話・第2話を最速上映！", "池袋アニメ祭2027", "第1話"),
    ("『星屑ポストマン』は、Harbor Anime Festival 2026で第1話をワールドプレミア上映した。", "Harbor Anime Festival 2026", "第1話"),
    ("『星屑ポストマン』の第1話が、ノベル＆アニメ祭2026のステージで初上映された。", "ノベル&アニメ祭2026", "第1話"),
    ("みなとアニメフェス2026では、『星屑ポストマン』のPV第2弾が初披露された。", "みなとアニメフェス2026", "PV"),
    ("『星屑ポストマン』は、しおかぜ映画祭2026において第1話を特別上映する。", "しおかぜ映画祭2026", "第1話"),
])
def test_unquoted_event_with_its_year(sentence, event, word):
    got = _events([sentence])
    assert event in got and word in got[event], got


@pytest.mark.parametrize("sentence", [
    "みなとアニメフェス2026では、別作品『夜明けの灯』の第1話が上映された。",        # another work shown
    "『星屑ポストマン』のみなとアニメフェス2026への出展が決定した。",                   # no showing
    "『星屑ポストマン』のみなとアニメフェス2026での本編上映はございません。",             # nothing shown
])
def test_unquoted_event_traps(sentence):
    assert "みなとアニメフェス2026" not in _events([sentence]), _events([sentence])


@pytest.mark.parametrize("sentence, pairs", [
    # the actor first: 「AがCを、BがDを演じる」「AさんはC、BさんはDをそれぞれ演じる」
    ("『星屑ポストマン』では、七瀬まひろがハルを、宮坂ゆずがクロを演じる。", [("ハル", "七瀬まひろ"), ("クロ", "宮坂ゆず")]),
    ("『星屑ポストマン』では、七瀬まひろさんは見習い配達員のハル、宮坂ゆずさんは相棒の黒猫クロをそれぞれ演じる。",
     [("ハル", "七瀬まひろ"), ("クロ", "宮坂ゆず")]),
    ("『星屑ポストマン』で、相沢ひなのが先輩配達員のナツを担当する。", [("ナツ", "相沢ひなの")]),
    ("『星屑ポストマン』では、七瀬まひろがハル、宮坂ゆずがクロの声をそれぞれ担当する。", [("ハル", "七瀬まひろ"), ("クロ", "宮坂ゆず")]),
    # the part, 役を and a comma, then who the actor is and the name
    ("『星屑ポストマン』の局長・ゴードン役を、本作で声優初挑戦となる俳優の鏑木哲也が務める。", [("ゴードン", "鏑木哲也")]),
    # a parenthesised voice credit after a described part, a guest and a part joined by と
    ("『星屑ポストマン』の局長・ゴードン（CV：鏑木哲也）も登場する。", [("ゴードン", "鏑木哲也")]),
    ("『星屑ポストマン』の上映後には、監督の岸田涼さんとハル役の七瀬まひろさんが登壇した。", [("ハル", "七瀬まひろ")]),
])
def test_japanese_credit_list_actor_first(sentence, pairs):
    got = _prose([sentence])
    for pair in pairs:
        assert pair in got, got
    assert not any(k.startswith(("の", "岸田")) or k.endswith("の声") for k, _v in got), got


@pytest.mark.parametrize("sentence", [
    "『星屑ポストマン』では、七瀬まひろが主題歌を担当する。",
    "『星屑ポストマン』では、岸田涼が監督を務める。",
    "『星屑ポストマン』では、七瀬まひろがナレーションを担当する。",
    "七瀬まひろは『夜明けの灯』でミナを演じた。",
    "『星屑ポストマン』の発表会では、七瀬まひろがMCを務める。",
])
def test_japanese_actor_first_traps(sentence):
    got = _prose(["『星屑ポストマン』の放送が決定した。", sentence])
    assert not got, got


def test_a_past_part_in_a_list_is_not_this_works():
    got = _prose(["『星屑ポストマン』の放送が決定した。", "七瀬まひろさんが少女ミナを、宮坂ゆずさんが黒猫クロを演じた舞台も話題だ。"])
    assert not got, got


# ---- theme songs told the same way: kind, 「title」, then its artist, several under one verb
def _themes(sentences: list[str]) -> set[tuple[str, str]]:
    doc = news(["TVアニメ『星屑ポストマン』の放送が2027年1月に決定した。", *sentences], title=f"TVアニメ『{W}』主題歌発表")
    return {(k, v) for f, k, v in facts(doc, W) if f == "theme_song"}


@pytest.mark.parametrize("sentence, pairs", [
    ("『星屑ポストマン』のOPテーマ「ひかりの航路」をMarine Snowが、EDテーマ「小麦色の約束」を水瀬こはるが担当する。",
     [("opening 1", "ひかりの航路 — Marine Snow"), ("ending 1", "小麦色の約束 — 水瀬こはる")]),
    ("『星屑ポストマン』のオープニング主題歌「ひかりの航路」はMarine Snowが書き下ろした。", [("opening 1", "ひかりの航路 — Marine Snow")]),
    ("『星屑ポストマン』のオープニングテーマ「ひかりの航路」を、Marine Snowが歌う。", [("opening 1", "ひかりの航路 — Marine Snow")]),
    ("『星屑ポストマン』のエンディングテーマ「小麦色の約束」は水瀬こはるが歌唱する。", [("ending 1", "小麦色の約束 — 水瀬こはる")]),
    ("『星屑ポストマン』のエンディングを飾るのは、水瀬こはるの新曲「小麦色の約束」だ。", [("ending 1", "小麦色の約束 — 水瀬こはる")]),
    ("『星屑ポストマン』のオープニングを飾るのはMarine Snowの「ひかりの航路」。", [("opening 1", "ひかりの航路 — Marine Snow")]),
])
def test_japanese_theme_title_then_artist(sentence, pairs):
    got = _themes([sentence])
    for pair in pairs:
        assert pair in got, got


def test_japanese_theme_of_another_work_is_no_theme():
    got = _themes(["Marine Snowは『夜明けの灯』のOPテーマ「群青ライン」を担当した。"])
    assert not any("群青ライン" in v for _k, v in got), got


def test_the_part_marked_by_yaku_in_either_place_of_a_card():
    got = _cast_of(_site("<ul><li><span class=\"cv\">七瀬まひろ</span><span class=\"name\">ハル役</span></li>"
                         "<li><span class=\"cv\">宮坂ゆず</span><span class=\"name\">クロ役</span></li></ul>"))
    assert ("ハル", "七瀬まひろ") in got and ("クロ", "宮坂ゆず") in got, got
    assert not any(v.endswith("役") for _k, v in got), got
