"""A wiki's character list: its heading names the people and their voices together (「登場人物と声優」,
"Characters and voice cast"), and each definition gives the voice first, then the character's profile on the same
line (「声 - A（続投）。主人公。…」). Both must read as the work's cast, even right after a staff list.
News prose describes a part by a clause before its name (「食堂を切り盛りする燈子を」, 「師匠ヴェルダを」) or links
part and actor by 役で (「同級生・アオ役でXさんが出演」): the name without its description, the actor credited.
An official site's song block prints the artist's line under the title: a unit styled in lower case ("nanowire") or
a singing actor with the part in brackets is that song's artist."""
from __future__ import annotations

import pytest

from extract_helpers import facts, news

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


def _ja_news(sentence: str, title: str = "灯台守の食堂") -> str:
    return (f"<!doctype html><html lang=\"ja\"><head><title>{title}</title><meta property=\"article:published_time\" "
            f"content=\"2026-11-20T09:00:00+09:00\"></head><body><main><article><h1>TVアニメ『{title}』追加キャスト発表</h1>"
            f"<p>{sentence}</p></article></main></body></html>")


@pytest.mark.parametrize("sentence, pair", [
    ("TVアニメ『灯台守の食堂』の追加キャストとして、港の食堂を切り盛りする燈子を三枝まひるさんが演じることが発表された。", ("燈子", "三枝まひる")),
    ("TVアニメ『灯台守の食堂』では、主人公・汐見ミオを新堂ゆいなさん、港で働く燈子を三枝まひるさんが演じる。", ("燈子", "三枝まひる")),
    ("TVアニメ『灯台守の食堂』では、夜の海を照らす灯台守ガルドを大槻哲平さんが演じる。", ("ガルド", "大槻哲平")),
    ("TVアニメ『灯台守の食堂』のキャストは、ミオの師匠ヴェルダを真柴玲子さんが演じることが発表された。", ("ヴェルダ", "真柴玲子")),
    ("TVアニメ『灯台守の食堂』では、看板娘リンを小野寺あおいさんが演じる。", ("リン", "小野寺あおい")),
    ("TVアニメ『灯台守の食堂』で、旅を続ける剣士カイを村瀬トウマさんが演じることも決まった。", ("カイ", "村瀬トウマ")),
    ("TVアニメ『灯台守の食堂』は、ミオの同級生・水無瀬アオ役で羽鳥ゆいさんが出演することも発表された。", ("水無瀬アオ", "羽鳥ゆい")),
    ("TVアニメ『灯台守の食堂』では、ミオを新堂ゆいなさんが演じるほか、港の漁師・源蔵役で石川大悟さんが出演する。", ("源蔵", "石川大悟")),
])
def test_a_part_described_by_a_clause_or_linked_by_yakude_is_read(sentence, pair):
    cast = {(k, v) for f, k, v in facts(_ja_news(sentence), "灯台守の食堂") if f == "cast"}
    assert pair in cast
    assert not any("する" in c or "働く" in c or "師匠" in c or "娘" in c for c, _ in cast)


def test_a_clause_needs_a_particle_and_names_stay_whole():
    from tracker.extract.prose import _ja_char
    assert _ja_char("八つ橋") == "八つ橋"   # (okurigana is no clause)
    assert _ja_char("眠れる獅子") == "眠れる獅子"
    assert _ja_char("小鳥遊ひかる") == "小鳥遊ひかる"


def test_a_clause_naming_a_staff_role_gives_no_part():
    s = "TVアニメ『灯台守の食堂』では、作品を愛する監督を長谷部カイさんが務める。"
    assert not {(k, v) for f, k, v in facts(_ja_news(s), "灯台守の食堂") if f == "cast"}


def test_an_earlier_part_by_yakude_is_no_credit():
    s = "TVアニメ『灯台守の食堂』の主演・新堂ゆいなさんは、以前『星の港』でミナ役で出演していた。"
    cast = {(k, v) for f, k, v in facts(_ja_news(s), "灯台守の食堂") if f == "cast"}
    assert ("ミナ", "新堂ゆいな") not in cast


def _music_site(songs: str) -> str:
    return ('<!doctype html><html lang="en"><head><title>TV anime "Brasswing Relay" official site</title></head><body>'
            f'<h1>Brasswing Relay</h1><section id="music"><h2>MUSIC</h2>{songs}</section></body></html>')


def _songs(doc: str) -> set[tuple[str, str]]:
    return {(k, v) for f, k, v in facts(doc, "Brasswing Relay") if f == "theme_song"}


@pytest.mark.parametrize("label, title, artist_line, value", [
    ("ENDING THEME", '"Copper Lullaby"', "nanowire", "Copper Lullaby — nanowire"),
    ("OPENING THEME", "「月影の約束」", "sora*tone", "月影の約束 — sora*tone"),
    ("OPENING THEME", '"Gearheart Aria"', "fripSide", "Gearheart Aria — fripSide"),
    ("ENDING THEME", '"Small Hours"', "tiny lanterns", "Small Hours — tiny lanterns"),
    ("エンディングテーマ", "「ほどけた星図」", "宮坂ユイ（リゼ・カンパネラ役）", "ほどけた星図 — 宮坂ユイ"),
    ("オープニングテーマ", "「ゆれる灯」", "n-buna", "ゆれる灯 — n-buna"),
    ("ENDING THEME", '"Paper Tide"', "yama", "Paper Tide — yama"),
    ("OPENING THEME", '"Glass Comet"', "sajou no hana", "Glass Comet — sajou no hana"),
])
def test_the_artist_line_under_a_song_title_is_its_artist(label, title, artist_line, value):
    doc = _music_site(f"<div class=\"song\"><p>{label}</p><p>{title}</p><p>{artist_line}</p></div>")
    assert value in {v for _, v in _songs(doc)}


@pytest.mark.parametrize("note", ["coming soon", "to be announced", "tba", "out now", "now on sale"])
def test_a_lower_case_note_under_a_song_title_is_no_artist(note):
    doc = _music_site(f"<div class=\"song\"><p>ENDING THEME</p><p>\"Copper Lullaby\"</p><p>{note}</p></div>")
    assert {v for _, v in _songs(doc)} == {"Copper Lullaby"}


def _ja_theme_news(sentence: str, title: str = "灯台守の食堂") -> str:
    return (f"<!doctype html><html lang=\"ja\"><head><title>{title}</title><meta property=\"article:published_time\" "
            f"content=\"2026-11-20T09:00:00+09:00\"></head><body><main><article><h1>TVアニメ『{title}』主題歌決定</h1>"
            f"<p>{sentence}</p></article></main></body></html>")


@pytest.mark.parametrize("sentence, value", [
    ("TVアニメ『灯台守の食堂』のオープニングテーマは、Hanabi Dropによる書き下ろし楽曲「潮の星図」に決定。", ("opening 1", "潮の星図 — Hanabi Drop")),
    ("TVアニメ『灯台守の食堂』のエンディングテーマは、真宮ことりが手がける新曲「ひとさじの灯」に決まった。", ("ending 1", "ひとさじの灯 — 真宮ことり")),
    ("TVアニメ『灯台守の食堂』のエンディングテーマは、Luma Seaが手掛けたオリジナル曲「夜汽車」。", ("ending 1", "夜汽車 — Luma Sea")),
    ("TVアニメ『灯台守の食堂』のオープニングテーマは、カナリヤ文庫による書き下ろしの新曲「まよなかの港」に決定した。", ("opening 1", "まよなかの港 — カナリヤ文庫")),
    ("TVアニメ『灯台守の食堂』のオープニング主題歌は、ロックバンド・潮騒ラジオによる新曲「白い灯台」。", ("opening 1", "白い灯台 — 潮騒ラジオ")),
])
def test_a_theme_singer_named_before_niyoru_and_the_songs_description(sentence, value):
    songs = {(k, v) for f, k, v in facts(_ja_theme_news(sentence), "灯台守の食堂") if f == "theme_song"}
    assert value in songs


def test_a_theme_with_only_a_description_before_its_title_has_no_artist():
    s = "TVアニメ『灯台守の食堂』のエンディングテーマは、書き下ろしの新曲「夜汽車」に決定。"
    songs = {(k, v) for f, k, v in facts(_ja_theme_news(s), "灯台守の食堂") if f == "theme_song"}
    assert songs == {("ending 1", "夜汽車")}


def _en_theme(sentence: str) -> set[tuple[str, str]]:
    doc = news([f"Lantern Keepers season 2 news. {sentence}"], "Lantern Keepers Season 2")
    return {(k, v) for f, k, v in facts(doc, "Lantern Keepers") if f == "theme_song"}


@pytest.mark.parametrize("sentence, value", [
    ('The opening theme this time is "Afterglow Relay" by Haruka Enoki, while the trio tiny lanterns performs the ending.',
     ("opening 1", "Afterglow Relay — Haruka Enoki")),
    ('The opening theme once again is "Afterglow Relay" by Haruka Enoki.', ("opening 1", "Afterglow Relay — Haruka Enoki")),
    ('The ending theme this season will be "Small Hours" by Mika Reed.', ("ending 1", "Small Hours — Mika Reed")),
    ('The film\'s ending theme song, "Tidepool Letter," is performed by lead actress Hikari Sone herself, with music by Rei Hanazono.',
     ("ending 1", "Tidepool Letter — Hikari Sone")),
    ('The ending theme, "Tidepool Letter," is sung by star Hikari Sone.', ("ending 1", "Tidepool Letter — Hikari Sone")),
    ('The opening theme, "Harbor Lights," is performed by voice actress Aya Kurose.', ("opening 1", "Harbor Lights — Aya Kurose")),
    ('The ending theme, "Harbor Lights," is performed by series star Jun Mori himself.', ("ending 1", "Harbor Lights — Jun Mori")),
    ('The opening theme also is "Harbor Lights" by Aya Kurose.', ("opening 1", "Harbor Lights — Aya Kurose")),
])
def test_an_en_theme_with_an_adverb_before_is_or_a_billing_before_the_singer(sentence, value):
    assert value in _en_theme(sentence)


def test_a_billing_word_alone_is_no_singer():
    assert ("ending 1", "Small Hours — star") not in _en_theme('The ending theme, "Small Hours," is sung by a star singer.')
