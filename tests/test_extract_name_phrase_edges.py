"""Where a name's phrase begins and ends, so the reader around it takes the name and nothing else: a cast table's third
column that ranks the part (主役 / Main / Supporting: a billing tier, not a description, the rows still part | actor);
a singer described before the name and doing something after it (「主人公を演じるXがソロ名義で歌う「T」」「劇伴も手がける
Xが作詞・作曲した「T」」), or named after a place's topic (「本PVではXが歌うOPテーマ「T」」); an actor subject after the
sentence's lead-in (「声優としてXさんがC、YさんがDを演じる」「第3話には」「また」「さらに」). Invented forms, EN and JA;
traps: a cast of its own as singer, another title's PV, an earlier season's PV, an unknown song, an earlier work's part."""
from __future__ import annotations

import pytest

from extract_helpers import facts, news

JW = "灯台のアルマ"
EW = "Lantern Tide Couriers"


def _page(body: str, title: str) -> str:
    return (f"<!doctype html><html><head><title>{title} | Anime DB</title></head><body><main><h1>{title}</h1>{body}"
            "</main></body></html>")


def _cast_of(body: str, title: str = JW) -> set[tuple[str, str]]:
    return {(k, v) for f, k, v in facts(_page(body, title), title) if f == "cast"}


def _rows(rows: list[tuple[str, ...]]) -> str:
    return "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows)


# ---- a cast table's third column of billing tiers
@pytest.mark.parametrize("body, title, want", [
    ('<h2>キャスト</h2><table class="cast">' + _rows([("一ノ瀬ソラ", '<a href="/people/1">水無瀬しおり</a>', "主役"),
                                                  ("二階堂カイ", '<a href="/people/2">真砂 カズキ</a>', "主役"),
                                                  ("三枝ミレイ", '<a href="/people/3">朝霧レイ</a>', "メイン")]) + "</table>",
     JW, {("一ノ瀬ソラ", "水無瀬しおり"), ("二階堂カイ", "真砂 カズキ"), ("三枝ミレイ", "朝霧レイ")}),
    ("<h2>Cast</h2><table>" + _rows([("Rell Harrow", "Dana Whitcombe", "Main"), ("Ostin Vale", "Carmen Ruiz", "Supporting"),
                                     ("Old Pike", "Hal Brenner", "Guest")]) + "</table>",
     EW, {("Rell Harrow", "Dana Whitcombe"), ("Ostin Vale", "Carmen Ruiz"), ("Old Pike", "Hal Brenner")}),
    ('<table class="voice-cast">' + _rows([("Rell Harrow", "Dana Whitcombe", "Lead role"),
                                           ("Ostin Vale", "Carmen Ruiz", "Recurring")]) + "</table>",
     EW, {("Rell Harrow", "Dana Whitcombe"), ("Ostin Vale", "Carmen Ruiz")}),
    ("<h3>声の出演</h3><table>" + _rows([("マリナ", "早乙女りん", "サブ"), ("オルバン", "篠原拓海", "脇役"),
                                       ("灯台守", "大河原厳", "ゲスト")]) + "</table>",
     JW, {("マリナ", "早乙女りん"), ("オルバン", "篠原拓海"), ("灯台守", "大河原厳")}),
    ('<p>キャスト</p><table>' + _rows([("マリナ", "早乙女りん", "レギュラー"), ("オルバン", "篠原拓海", "準レギュラー")]) + "</table>",
     JW, {("マリナ", "早乙女りん"), ("オルバン", "篠原拓海")}),
    ('<h2>Cast</h2><table class="credits">' + _rows([("Rell Harrow", '<a href="/people/7">Dana Whitcombe</a>', "main cast"),
                                                     ("Ostin Vale", '<a href="/people/8">Carmen Ruiz</a>', "supporting cast")])
     + "</table>", EW, {("Rell Harrow", "Dana Whitcombe"), ("Ostin Vale", "Carmen Ruiz")}),
    ('<h2>キャスト</h2><table class="cast">' + _rows([('<a href="/people/1">水無瀬しおり</a>', "一ノ瀬ソラ", "主役"),
                                                  ('<a href="/people/2">朝霧レイ</a>', "三枝ミレイ", "メイン")]) + "</table>",
     JW, {("一ノ瀬ソラ", "水無瀬しおり"), ("三枝ミレイ", "朝霧レイ")}),
    ("<h2>Voice Cast</h2><table>" + _rows([("Rell Harrow", "Dana Whitcombe", "Protagonist"),
                                           ("Ostin Vale", "Carmen Ruiz", "Minor")]) + "</table>",
     EW, {("Rell Harrow", "Dana Whitcombe"), ("Ostin Vale", "Carmen Ruiz")}),
])
def test_cast_table_with_a_billing_tier_column(body, title, want):
    got = _cast_of(body, title)
    assert want <= got, got


def test_tier_column_table_without_any_cast_sign_is_no_cast():
    body = "<h2>Ratings</h2><table>" + _rows([("Story", "Plot Arc", "Main"), ("Art", "Backgrounds", "Supporting")]) + "</table>"
    assert _cast_of(body, EW) == set()


def test_tier_cell_mixed_with_a_name_is_no_tier_column():
    body = '<h2>Cast</h2><table class="cast">' + _rows([("Rell Harrow", "Dana Whitcombe", "Main"),
                                                        ("Ostin Vale", "Carmen Ruiz", "Hal Brenner")]) + "</table>"
    assert not any(v == "Hal Brenner" or k == "Hal Brenner" for k, v in _cast_of(body, EW))


# ---- a singer's phrase: the description before the name and the verb phrase after it are no part of it
def _songs(sentence: str) -> set[tuple[str, str]]:
    return {(k, v) for f, k, v in facts(news([sentence], title=f"TVアニメ『{JW}』最新情報"), JW) if f == "theme_song"}


@pytest.mark.parametrize("sentence, key, value", [
    (f"TVアニメ『{JW}』のエンディング主題歌は、主人公・ナギを演じる水無瀬しおりがソロ名義で歌う「灯りの手紙」に決まった。",
     "ending 1", "灯りの手紙 — 水無瀬しおり"),
    (f"TVアニメ『{JW}』のエンディングテーマは、ヒロインを演じる水無瀬しおりがキャラクター名義で歌唱する「潮の手紙」に決定。",
     "ending 1", "潮の手紙 — 水無瀬しおり"),
    (f"TVアニメ『{JW}』のOPテーマは、劇伴も手がける深町トオルが作詞・作曲した「白い航路」。", "opening 1", "白い航路 — 深町トオル"),
    (f"TVアニメ『{JW}』のOPテーマは、ナレーションも務める朝霧レイが歌う「白い航路」に決定した。", "opening 1", "白い航路 — 朝霧レイ"),
    (f"TVアニメ『{JW}』のオープニングテーマは、第1話から登場するリオを演じる朝霧レイが自ら作詞も手がけた「白い航路」。",
     "opening 1", "白い航路 — 朝霧レイ"),
    (f"TVアニメ『{JW}』の本PVではORBITAL9が歌うオープニングテーマ「North Star Engine」を使用。",
     "opening 1", "North Star Engine — ORBITAL9"),
    (f"TVアニメ『{JW}』の第2弾PVにはロックバンド・ORBITAL9の歌うOPテーマ「North Star Engine」が使われている。",
     "opening 1", "North Star Engine — ORBITAL9"),
    (f"TVアニメ『{JW}』のPVではORBITAL9によるオープニング主題歌「North Star Engine」と、小鳥遊ふうかによるエンディング主題歌「夜光」を初解禁。",
     "opening 1", "North Star Engine — ORBITAL9"),
    (f"TVアニメ『{JW}』の新CMでも、4人組ユニット・しおさいが担当するエンディングテーマ「夜光」が流れる。", "ending 1", "夜光 — しおさい"),
    (f"TVアニメ『{JW}』のエンディングテーマ「おかわりの魔法」は、クーヘン役の小鳥遊ミュウが歌唱を担当します。",
     "ending 1", "おかわりの魔法 — 小鳥遊ミュウ"),
    (f"TVアニメ『{JW}』のオープニングテーマ「白い航路」は、ヒロインを演じる朝霧レイが担当。", "opening 1", "白い航路 — 朝霧レイ"),
    (f"TVアニメ『{JW}』のEDは、アニメソングで知られる朝霧レイの「夜光」。", "ending 1", "夜光 — 朝霧レイ"),
])
def test_singer_between_description_and_verb(sentence, key, value):
    got = _songs(sentence)
    assert (key, value) in got, got


def test_cast_as_a_whole_is_no_singer():
    got = _songs(f"TVアニメ『{JW}』のエンディングテーマは、キャスト陣がキャラクター名義で歌う「夜光」。")
    assert not any("—" in v for _k, v in got), got


@pytest.mark.parametrize("sentence", [
    f"TVアニメ『{JW}』のEDは、TVシリーズのオープニングテーマ「North Star Engine」も担当したバンドの「夜光」。",
    f"同じ制作会社の『星屑マーチ』の本PVではORBITAL9が歌うオープニングテーマ「North Star Engine」を使用。TVアニメ『{JW}』のPVは来月公開。",
    "第1期の本PVではORBITAL9が歌うオープニングテーマ「North Star Engine」が使われていた。",
    f"TVアニメ『{JW}』のオープニングテーマは未定だが、ORBITAL9が歌うことが決まった。",
])
def test_other_titles_or_earlier_or_unknown_song_is_not_read(sentence):
    got = _songs(sentence)
    assert not any("North Star Engine" in v or "ORBITAL9" in v for _k, v in got), got


# ---- an actor subject after the sentence's lead-in
def _cast_news(sentence: str) -> set[tuple[str, str]]:
    return {(k, v) for f, k, v in facts(news([sentence], title=f"TVアニメ『{JW}』キャスト情報"), JW) if f == "cast"}


@pytest.mark.parametrize("sentence, want", [
    (f"TVアニメ『{JW}』では、声優として春日井しずくさんがツバメ、御影颯太さんが灰島レン、大河原厳さんが艦長・ヴォルクを演じることも発表済み。",
     {("ツバメ", "春日井しずく"), ("灰島レン", "御影颯太"), ("ヴォルク", "大河原厳")}),
    (f"TVアニメ『{JW}』の新キャストとして早乙女りんさんが灯台守の娘・マリナ、篠原拓海さんが港町の医師・オルバンを演じることが発表された。",
     {("マリナ", "早乙女りん"), ("オルバン", "篠原拓海")}),
    (f"TVアニメ『{JW}』の追加キャストが発表され、第3話には早乙女りんさんが灯台守の娘・マリナ、篠原拓海さんがオルバンを演じる。",
     {("マリナ", "早乙女りん"), ("オルバン", "篠原拓海")}),
    (f"TVアニメ『{JW}』のキャストも明らかになり、また早乙女りんさんがマリナ、篠原拓海さんがオルバンを演じる。",
     {("マリナ", "早乙女りん"), ("オルバン", "篠原拓海")}),
    (f"TVアニメ『{JW}』では、本編のナレーションとして早乙女りんさんがマリナを演じる。", {("マリナ", "早乙女りん")}),
    (f"TVアニメ『{JW}』の放送に向け、ゲスト声優として早乙女りんさんがマリナを、篠原拓海さんがオルバンを演じることが決まった。",
     {("マリナ", "早乙女りん"), ("オルバン", "篠原拓海")}),
    (f"TVアニメ『{JW}』では早乙女りんさんが灯台守の娘・マリナを、篠原拓海さんがオルバンを演じる。",
     {("マリナ", "早乙女りん"), ("オルバン", "篠原拓海")}),
    (f"TVアニメ『{JW}』では、声優として早乙女りんさんが出演する。", {("", "早乙女りん")}),
    (f"TVアニメ『{JW}』の追加キャストが決定し、さらに早乙女りんさん、篠原拓海さんらも出演する。",
     {("", "早乙女りん"), ("", "篠原拓海")}),
    (f"TVアニメ『{JW}』のキャストは、リュミエール役に白石ここなさん、ノア役に佐伯颯太さん、オルド役に黒瀬剛志さんが出演する。",
     {("リュミエール", "白石ここな"), ("ノア", "佐伯颯太"), ("オルド", "黒瀬剛志")}),
])
def test_actor_subject_after_a_lead_in(sentence, want):
    got = _cast_news(sentence)
    assert want <= got, got
    assert not any(v.startswith(("声優", "また", "さらに", "第3話", "新キャスト", "ゲスト", "本編")) or "役" in v for _k, v in got), got


def test_earlier_works_part_is_not_this_works():
    got = _cast_news(f"TVアニメ『{JW}』では早乙女りんさんがマリナを演じる。なお、前作『星屑マーチ』では篠原拓海さんがオルバンを演じた。")
    assert ("マリナ", "早乙女りん") in got and not any(v == "篠原拓海" for _k, v in got), got


# ---- a theme label whose value names only who sings each kind ("主題歌：OPはX、EDはY"): no title there, the songs below
@pytest.mark.parametrize("head", [
    "<h2>主題歌：OPはしおさい、EDはアルマ役・水無瀬しおり</h2>",
    "<h3>主題歌:オープニングはしおさい、エンディングは水無瀬しおり</h3>",
    "<p>主題歌：OPがしおさい、EDが水無瀬しおりに決定</p>",
    "<h2>主題歌：OPテーマはしおさい</h2>",
    "<h2>テーマソング：OPはしおさい／EDは水無瀬しおり</h2>",
    "<h2>主題歌｜EDは水無瀬しおり</h2>",
    "<dl><dt>主題歌</dt><dd>OPはしおさい、EDは水無瀬しおり</dd></dl>",
    "<h2>主題歌：OPはしおさい「白い航路」</h2>",
])
def test_singers_only_theme_label_leaves_the_songs_to_the_body(head):
    body = ("<p>オープニングテーマはロックバンド・しおさいの「白い航路」。エンディングテーマはアルマ役の水無瀬しおりが歌う"
            "「夜光」に決定しました。</p>")
    doc = (f"<!doctype html><html><head><title>TVアニメ『{JW}』最新情報</title></head><body><main><article>"
           f"<h1>TVアニメ『{JW}』PV第2弾公開</h1>{head}{body}</article></main></body></html>")
    got = {(k, v) for f, k, v in facts(doc, JW) if f == "theme_song"}
    assert got == {("opening 1", "白い航路 — しおさい"), ("ending 1", "夜光 — 水無瀬しおり")}, got


# ---- a card's spaced part name right over its voice line ("凪沢 絹" / "CV：小野寺ふみ"): one name, not a part and an actor
@pytest.mark.parametrize("name, voice, actor", [
    ("灯里の祖母・凪沢 絹", "CV：小野寺ふみ", "小野寺ふみ"),
    ("港町の医師 オルバン", "声：篠原拓海", "篠原拓海"),
    ("マリナ 早乙女", "CV：早乙女りん", "早乙女りん"),
    ("千早 鈴", "C.V. 桃井すみれ", "桃井すみれ"),
    ("灯台守 ロイ", "CV. 真砂カズキ", "真砂カズキ"),
    ("凪沢 灯里", "声優：水無瀬ことり", "水無瀬ことり"),
    ("Old Man Pike", "Voice: Hal Brenner", "Hal Brenner"),
    ("Rell Harrow", "CV: Dana Whitcombe", "Dana Whitcombe"),
])
def test_spaced_part_name_over_its_voice_line(name, voice, actor):
    body = (f'<h2>キャラクター</h2><div class="chara"><p class="name">{name}</p><p class="cv">{voice}</p></div>'
            '<div class="chara"><p class="name">ルル</p><p class="cv">CV：星野ひより</p></div>')
    got = _cast_of(body)
    assert (name, actor) in got and not any(k != name and name.startswith(k) and k for k, _v in got), got


def test_spaced_cast_list_without_voice_lines_still_pairs():
    got = _cast_of("<h2>キャスト</h2><ul><li>ハル 青木メイ</li><li>ソラ 水野灯</li></ul>")
    assert {("ハル", "青木メイ"), ("ソラ", "水野灯")} <= got, got


# ---- a card's description line under its voice line is a sentence, not the next card's part
@pytest.mark.parametrize("desc", ["灯台から海賊放送を続ける少年。", "港の食堂の看板娘。", "灯台守、寡黙", "海辺の少女。よく笑う", "A quiet courier.",
                                  "Runs the harbor diner!", "Always late", "寡黙な灯台守。"])
def test_card_description_is_not_the_next_part(desc):
    body = (f'<h2>キャラクター</h2><div class="chara"><p class="name">有馬 湊</p><p class="cv">CV：東雲カイト</p><p>{desc}</p></div>'
            '<div class="chara"><p class="name">千早 鈴</p><p class="cv">CV：桃井すみれ</p></div>')
    got = _cast_of(body)
    assert ("千早 鈴", "桃井すみれ") in got and not any(desc.rstrip("。.!") in k for k, _v in got), got
