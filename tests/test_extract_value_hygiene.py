"""Value hygiene (tracker/extract/hygiene.py): every reader's fact passes one check on its way into the merge; a phrase
where a name should be is cut back to the name when that is clean, and dropped when it is no value of its field.
The forms are invented; the survivors are names that look like phrases and must stay as written."""
import pytest
from extract_helpers import facts, news

from tracker.extract.hygiene import clean_fact
from tracker.model import Fact


def _ja(paragraphs: list[str], title: str) -> str:
    """A Japanese news article: a headline, a publication date, and these paragraphs."""
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"<!doctype html><html><head><title>{title}</title><meta property=\"article:published_time\" "
            f"content=\"2026-11-24T09:00:00+09:00\"></head><body><main><article><h1>{title}</h1>{body}</article>"
            "</main></body></html>")


def _cleaned(field: str, key: str, value: str):
    got = clean_fact(Fact(field, key, value))
    return None if got is None else (got.key, got.value)


def _value(field: str, value: str, key: str = "k"):
    got = _cleaned(field, key, value)
    return None if got is None else got[1]


# ---- carriers: a broadcaster, a streaming service, a keyed release date's key

@pytest.mark.parametrize("phrase, name", [
    ("来年4月にTOKYO MX", "TOKYO MX"),
    ("来月10日にTOKYO MX", "TOKYO MX"),
    ("毎週土曜深夜0時30分からテレビ東京", "テレビ東京"),
    ("深夜1時35分より MBS", "MBS"),
    ("フジテレビほかにて放送予定", "フジテレビ"),
    ("日本テレビ系)", "日本テレビ"),
    ("NHK Eテレにて", "NHK Eテレ"),
    ("TBS in Japan", "TBS"), ("日本テレビ系全国30局ネット", "日本テレビ"), ("テレビ朝日系列24局ネット", "テレビ朝日"),
])
def test_broadcaster_phrase_is_cut_to_the_station(phrase, name):
    assert _value("broadcaster", phrase) == name


@pytest.mark.parametrize("phrase, name", [
    ("ABEMAほかにて順次配信予定", "ABEMA"),
    ("dアニメストアほかにて順次配信", "dアニメストア"),
    ("Crunchyrollほか各配信サービスにて順次配信", "Crunchyroll"),
    ("ABEMAにて", "ABEMA"),
    ("Prime Videoで見放題独占配信", "Prime Video"),
    ("Netflix; Crunchyroll (outside Asia)", "Netflix"), ("BS11 (Japan); Crunchyroll (outside Asia)", "BS11 (Japan)"),
    ("U-NEXT；Hulu", "U-NEXT"),
])
def test_streaming_phrase_is_cut_to_the_service(phrase, name):
    assert _value("streaming", phrase) == name


def test_the_key_follows_the_cut_value():
    assert _cleaned("broadcaster", "来年4月にtokyomx", "来年4月にTOKYO MX") == ("tokyomx", "TOKYO MX")


@pytest.mark.parametrize("field, phrase", [
    ("broadcaster", "深夜1時35分より"), ("streaming", "来月10日に"), ("broadcaster", "本PV"), ("broadcaster", "第2弾PV"), ("broadcaster", "ティザー映像"), ("broadcaster", "本日"),
    ("broadcaster", "TVアニメ化"), ("broadcaster", "アニメ化決定"), ("broadcaster", "YouTube"),
    ("streaming", "中国など一部地域を除く)"), ("streaming", "北米など一部地域を除く"), ("broadcaster", "Official trailer"),
])
def test_what_is_no_carrier_is_dropped(field, phrase):
    assert _cleaned(field, "k", phrase) is None


@pytest.mark.parametrize("field, name", [
    ("broadcaster", "TOKYO MX"), ("broadcaster", "AT-X"), ("broadcaster", "群馬テレビ"), ("broadcaster", "毎日放送"),
    ("broadcaster", "MBS (スーパーアニメイズム)"), ("broadcaster", "テレビ愛知"), ("streaming", "Netflix（世界配信）"),
    ("broadcaster", "TBS系列"), ("streaming", "Bilibili (Southeast Asia)"), ("streaming", "YouTube"), ("streaming", "Prime Video (見放題独占)"),
])
def test_carrier_names_survive_as_written(field, name):
    assert _value(field, name) == name


def test_a_list_with_others_keeps_the_station():
    assert _value("broadcaster", "TOKYO MX ほか") == "TOKYO MX"


def test_a_dangling_slot_mark_is_trimmed():
    assert _value("streaming", "Disney+~)") == "Disney+"
    assert _value("broadcaster", "BS11 〜") == "BS11"
    assert _cleaned("release_date", "Disney+~)", "2027-04-16") == ("Disney+", "2027-04-16")


@pytest.mark.parametrize("cut, name", [("Crunchyroll(日本・中国など", "Crunchyroll"), ("Netflix（全世界独占配信", "Netflix"),
                                       ("Hulu [Japan only", "Hulu"), ("U-NEXT（見放題", "U-NEXT")])
def test_a_note_cut_inside_its_bracket_is_left_off_the_carrier(cut, name):
    assert _value("streaming", cut) == name


def test_a_footnote_after_the_carrier_is_left_off():
    assert _value("streaming", "Crunchyroll(海外)※国内配信情報は後日発表") == "Crunchyroll(海外)"
    assert _value("broadcaster", "TOKYO MX ※一部地域") == "TOKYO MX"
    assert _value("streaming", "ABEMA※見逃し配信あり") == "ABEMA"


def test_a_whole_note_stays_on_the_carrier():
    assert _value("streaming", "Netflix（全世界独占配信）") == "Netflix（全世界独占配信）"


@pytest.mark.parametrize("cut, key", [("整備ロボ「ポンチ", "整備ロボ「ポンチ」"), ("案内人『ミト", "案内人『ミト』"),
                                      ("Pip (the robot", "Pip (the robot)")])
def test_a_character_cut_before_its_closing_bracket_is_closed(cut, key):
    assert _cleaned("cast", cut, "白井ここな") == (key, "白井ここな")


def test_a_bracketed_station_loses_its_brackets():
    assert _value("broadcaster", "「TOKYO MX」にて放送") == "TOKYO MX"
    assert _value("streaming", "【ABEMA】ほかにて配信") == "ABEMA"


@pytest.mark.parametrize("key", ["本PV", "本編PV", "本日", "その", "その他配信", "この日"])
def test_release_date_keyed_by_no_carrier_is_dropped(key):
    assert _cleaned("release_date", key, "2027-01-09") is None


@pytest.mark.parametrize("key", ["ABEMA", "北米", "Worldwide", "AT-X", "Lumivueにて4月9日より配信", "TOKYO MX 2027年1月9日より"])
def test_release_date_key_that_may_be_a_carrier_is_left_to_the_merge(key):
    assert _cleaned("release_date", key, "2027-01") == (key, "2027-01")


@pytest.mark.parametrize("key", ["放送中", "配信中", "放送開始", "Now airing", "ongoing"])
def test_release_date_keyed_by_a_status_keys_none(key):
    assert _cleaned("release_date", key, "2027-01-08") == ("", "2027-01-08")


def test_unkeyed_release_date_passes():
    assert _cleaned("release_date", "", "2027-01-09") == ("", "2027-01-09")


# ---- cast: a character's name and an actor's name, not a clause

@pytest.mark.parametrize("key, name", [
    ("エンディングテーマはルミナ", "ルミナ"), ("オープニング曲はミナト", "ミナト"), ("第1話ではユイ", "ユイ"),
    ("劇中ではミオ", "ミオ"), ("今回発表されたソラ", "ソラ"), ("これまでに発表されていたミオ", "ミオ"),
    ("既に公開されていたカイト", "カイト"), ("をセツナ", "セツナ"), ("をあんず", "あんず"), ("主人公ルカ", "ルカ"), ("ヒロイン・アメリ", "アメリ"),
    ("protagonist Kai", "Kai"),
])
def test_clause_before_the_character_is_cut(key, name):
    assert _cleaned("cast", key, "桐谷蒼真") == (name, "桐谷蒼真")


@pytest.mark.parametrize("key, value", [
    ("役名", "渚 トオル"), ("キャラクター", "CV"), ("Character", "Voice Actor"), ("文", "ボイスポスト編集部"),
    ("Australia", "NZ"), ("日本", "北米"), ("ミナト", "声優本人"), ("側に立つ", "いただきました"),
    ("ナレーション", "担当しています"), ("案内", "無口な猟師ユハン"), ("Lanterns of Hollowmere", "The Tidewalker"),
])
def test_label_region_or_clause_is_no_cast(key, value):
    assert _cleaned("cast", key, value) is None


@pytest.mark.parametrize("value, actor", [
    ("藤代紗世 トウヤ:岡峰琉生", "藤代紗世"), ("Kaito Ishikawa Mio: Saori Hayami", "Kaito Ishikawa"),
])
def test_next_pair_of_a_one_line_list_is_cut_from_the_actor(value, actor):
    assert _value("cast", value) == actor


@pytest.mark.parametrize("key, value", [
    ("松雪はるか", "三条アオイ"), ("ちはや", "茅野愛衣"), ("乃木坂の姫", "花澤香菜"), ("Old Marlo", "Kenta Miyake"),
    ("はるな", "佐藤なつみ"), ("The Narrator", "Kenyu Horiuchi"), ("郵便局長", "大門 鉄男"), ("ヴァルター局長", "黒鉄剛志"),
    ("大河", "北原 ひなた"), ("黒猫のクロ", "小林ゆう"), ("", "田中敦子"), ("灯里ミオ", "早瀬ほのか"),
    ("時計屋クオン", "水野りん"), ("機関士ドラン", "熊田剛"), ("富士ユキ", "森ひかり"),
])
def test_cast_names_that_look_like_phrases_survive(key, value):
    assert _cleaned("cast", key, value) == (key, value)


# ---- staff and studio: a name, not a clause, a label or a publisher

@pytest.mark.parametrize("phrase, name", [
    ("作曲家ユニットのKOHAKU", "KOHAKU"), ("前作に続き久遠まりえ", "久遠まりえ"), ("劇場作品で有名な真柴塔也", "真柴塔也"),
    ("監督と長年組んでいる乙部ナギ", "乙部ナギ"), ("TVシリーズに引き続き瀬川ひより", "瀬川ひより"),
    ("Writer-director Aya Kitamine", "Aya Kitamine"), ("veteran composer Yuki Kajiura", "Yuki Kajiura"),
])
def test_clause_before_the_staff_name_is_cut(phrase, name):
    assert _value("staff", phrase, key="music") == name


def test_own_label_at_the_head_of_the_value_is_cut():
    assert _cleaned("staff", "screenplay", "脚本:桜川葵") == ("screenplay", "桜川葵")
    assert _cleaned("staff", "director", "Director: Toru Karasuma") == ("director", "Toru Karasuma")


@pytest.mark.parametrize("key, value", [
    ("director", "Series Composition"), ("director", "Screenplay: Ao Himuro"), ("series composition", "脚本:桜川葵"),
    ("original creator", "星灯文庫より刊行中"), ("original creator", "月刊ルミナにて連載中"), ("制作年", "2027年"),
    ("所在地", "東京都杉並区"), ("タイトル", "TVアニメ"), ("会社名", "株式会社オービットラボ"), ("字幕", "日本語字幕"),
    ("character design", "& Animation Director"), ("director", "・絵コンテ"), ("Planning", "7,986 Users"),
    ("Original Work", "12 votes"),
])
def test_what_is_no_credit_is_dropped(key, value):
    assert _cleaned("staff", key, value) is None


@pytest.mark.parametrize("key, value", [
    ("プロップデザイン", "日下部ケン"), ("原作イラスト", "霜月ぺぺ"), ("director", "佐藤なつみ"), ("director", "佐藤のぞみ"),
    ("music", "Music Lab Tokyo"), ("music", "de Souza Marco"), ("music", "Paper Harbor"), ("original creator", "蓮見レイ"),
    ("Music Production", "Shellwave Records"), ("animation production", "8-Bit Works"), ("director", "Andre Sato"),
])
def test_staff_names_survive(key, value):
    assert _cleaned("staff", key, value) == (key, value)


@pytest.mark.parametrize("phrase, name", [
    ("ノクトアニメーションに変更された", "ノクトアニメーション"), ("スタジオ・アオバトだ", "スタジオ・アオバト"),
    ("背景美術に定評のあるスタジオ鷺草", "スタジオ鷺草"), ("スタジオ薄明が担当", "スタジオ薄明"),
])
def test_clause_around_the_studio_is_cut(phrase, name):
    assert _value("studio", phrase) == name


@pytest.mark.parametrize("name", ["Studio 4°C", "スタジオ雲の上", "Production I.G", "手塚プロダクション", "MAPPA", "スタジオ颯",
                                  "AT-X"])
def test_studio_names_survive(name):
    assert _value("studio", name) == name


def test_a_bare_generic_word_is_no_studio():
    assert _cleaned("studio", "studio", "Studio") is None


# ---- a song's artist part

def test_clause_as_the_artist_leaves_the_title():
    assert _value("theme_song", "アリアの子守唄 — 劇中では主人公・アカリ") == "アリアの子守唄"
    assert _value("theme_song", "星の歌 — 主題歌は未定") == "星の歌"


@pytest.mark.parametrize("song", ["帰り道のうた — 松雪はるか", "Blue Anchor — はるまきごはん", "夜光虫のワルツ — ルミナ(CV:早瀬ひより)",
                                  "Morning Proof — Hanagumori"])
def test_artists_survive(song):
    assert _value("theme_song", song) == song


# ---- an event's name, not a headline

@pytest.mark.parametrize("key", ["Glasswing Cartographers TV Anime Sets January Premiere",
                                 "Starlit Canal Season 2 Reveals New Director", "Moonlit Ferry Anime Delays Premiere",
                                 "Harbor Lights Film Unveils Trailer"])
def test_headline_is_no_event(key):
    assert _cleaned("premiere_event", key, "pv reveals") is None


@pytest.mark.parametrize("key", ["Anime Expo 2027", "Premiere Night Tokyo", "AnimeJapan 2027", "完成披露上映会",
                                 "Sets and Stages Expo"])
def test_event_names_survive(key):
    assert _cleaned("premiere_event", key, "PV 2") == (key, "PV 2")


# ---- whole pages: the readers' phrases come out as names

def test_japanese_news_station_after_the_month():
    got = facts(_ja(["漣ミナト原作「潮鳴りの灯台」のTVアニメが来年4月にTOKYO MXほかで放送される。PV第1弾が公開された。"],
                    "「潮鳴りの灯台」TVアニメ化、来年4月にTOKYO MXほかで放送"), "潮鳴りの灯台")
    assert {(k, v) for f, k, v in got if f == "broadcaster"} == {("tokyomx", "TOKYO MX")}


def test_japanese_news_character_and_studio_after_a_clause():
    got = facts(_ja(["エンディングテーマはミナト役の桐谷蒼真さんが歌う「白い航路」に決まった。",
                     "アニメーション制作は、水彩の背景に定評のあるスタジオ薄明。"], "TVアニメ「潮鳴りの灯台」ED決定"), "潮鳴りの灯台")
    assert ("cast", "ミナト", "桐谷蒼真") in got
    assert {v for f, k, v in got if f == "studio"} == {"スタジオ薄明"}
    assert not any("エンディングテーマ" in k for f, k, v in got if f == "cast")


def test_japanese_news_staff_after_a_descriptor_and_no_publisher_as_creator():
    got = facts(_ja(["音楽は作曲家デュオのLUMEN。", "原作は月光文庫より刊行中の同名小説。"], "TVアニメ「潮鳴りの灯台」スタッフ"),
                "潮鳴りの灯台")
    assert ("staff", "music", "LUMEN") in got
    assert not any(k == "original creator" for f, k, v in got if f == "staff")


def test_english_news_descriptor_before_the_writer():
    got = facts(news(["The Salt Lantern anime premieres in April on TOKYO MX.",
                      "Writer-director Mika Oshiro wrote the screenplay too."], "The Salt Lantern anime dated"),
                "The Salt Lantern")
    assert {v for f, k, v in got if f == "staff" and k == "screenplay"} == {"Mika Oshiro"}
