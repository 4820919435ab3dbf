"""Value hygiene, second pass (tracker/extract/hygiene.py): what is no value of any field (a placeholder, a heading, a
source line, a menu link, a title's tail), the name inside a phrase of a change (who takes over, who joins), another
credit's label read into a staff value, a unit voiced by several actors read as a part, and a staff key read with
its label's separator. The forms are invented; the survivors are names that look like such phrases."""
import pytest
from extract_helpers import facts, news

from tracker.extract.hygiene import clean_fact
from tracker.model import Fact
from tracker.roles import known_role, roles_of


def _ja(paragraphs: list[str], title: str) -> str:
    """A Japanese news article: a headline, a publication date, and these paragraphs."""
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"<!doctype html><html><head><title>{title}</title><meta property=\"article:published_time\" "
            f"content=\"2026-11-24T09:00:00+09:00\"></head><body><main><article><h1>{title}</h1>{body}</article>"
            "</main></body></html>")


def _cleaned(field: str, key: str, value: str, evidence: str = ""):
    got = clean_fact(Fact(field, key, value, evidence))
    return None if got is None else (got.key, got.value)


# ---- a placeholder: nothing announced yet, in any field

@pytest.mark.parametrize("field, key, value", [
    ("theme_song", "opening 1", "coming soon. Follow @kite_anime for news."),
    ("theme_song", "ending 1", "TBA"), ("theme_song", "ending 1", "To be announced!"),
    ("theme_song", "opening 1", "後日発表"), ("theme_song", "ending 1", "まだ言えません"),
    ("staff", "music", "未定"), ("staff", "director", "Details to come. Stay tuned"),
    ("studio", "tba", "TBD"), ("cast", "ルカ", "調整中"),
    ("broadcaster", "k", "近日発表"), ("streaming", "k", "Coming soon"),
    ("theme_song", "opening 1", "続報をお待ちください"),
])
def test_a_placeholder_is_no_value(field, key, value):
    assert _cleaned(field, key, value) is None


@pytest.mark.parametrize("value, evidence", [
    ("Coming Soon", 'The opening theme is "Coming Soon" by Lamp Harbor.'),
    ("Tomorrow Soon", "OP: Tomorrow Soon"), ("未定義のうた", "主題歌「未定義のうた」"),
    ("Stay — Kite Lights", "Ending: Stay (Kite Lights)"),
])
def test_song_titles_like_a_placeholder_survive(value, evidence):
    assert _cleaned("theme_song", "ending 1", value, evidence) == ("ending 1", value)


# ---- a heading, a source line, the work itself, a title's tail or a menu link where a name should be

@pytest.mark.parametrize("field, key, value", [
    ("staff", "director", "荻原蓮司の他の作品"), ("staff", "director", "他の作品"), ("staff", "music", "水城カナの参加作品一覧"),
    ("staff", "director", "Other works by Renji Ogihara"), ("staff", "director", "Renji Ogihara's other works"),
    ("studio", "k", "スタジオ葛葉の関連作品"), ("staff", "original creator", "TVアニメ"), ("staff", "director", "Official site"),
    ("staff", "Kettle", "The Movie"), ("staff", "Lantern", "Season 2"), ("staff", "星屑", "劇場版"), ("staff", "Harbor", "Final Season"),
    ("cast", "‹ STORY", "ON AIR ›"), ("cast", "« NEWS", "CAST"), ("cast", "ミナ", "More by Yui Aoki"),
])
def test_a_heading_or_a_tail_is_no_name(field, key, value):
    assert _cleaned(field, key, value) is None


@pytest.mark.parametrize("key", ["情報元", "出典", "Source", "via", "引用元", "参考"])
def test_a_source_line_is_no_credit(key):
    assert _cleaned("staff", key, "TVアニメ『星の轍』公式サイト") is None


@pytest.mark.parametrize("field, key, value", [
    ("studio", "studio4c", "Studio 4°C"), ("broadcaster", "atx", "AT-X"), ("staff", "theme song performance", "The Movie Stars"),
    ("studio", "k", "Movie Planet"), ("staff", "music", "作品番号ゼロ"), ("staff", "music", "Anime Orchestra Tokyo"),
    ("cast", "Movie Director Kanda", "Rina Kobe"), ("staff", "director", "Season Okada"), ("theme_song", "opening 1", "Movie Night — Aimer"),
    ("cast", "作家の卵", "森ひかり"),
])
def test_names_like_a_heading_survive(field, key, value):
    assert _cleaned(field, key, value) == (key, value)


# ---- a carrier's section label

@pytest.mark.parametrize("field, value", [
    ("broadcaster", "放送・配信情報"), ("broadcaster", "放送情報"), ("streaming", "配信情報"), ("streaming", "放送予定"),
    ("streaming", "配信スケジュール"), ("broadcaster", "Broadcast Information"), ("broadcaster", "ON AIR"),
    ("streaming", "Where to watch"), ("streaming", "Streaming schedule"),
])
def test_a_section_label_is_no_carrier(field, value):
    assert _cleaned(field, "k", value) is None


@pytest.mark.parametrize("field, value", [
    ("broadcaster", "毎日放送"), ("broadcaster", "朝日放送テレビ"), ("broadcaster", "BS日テレ"), ("broadcaster", "AT-X"),
    ("broadcaster", "放送大学"), ("streaming", "dアニメストア"), ("streaming", "Streamline Plus"),
])
def test_carriers_like_a_section_label_survive(field, value):
    assert _cleaned(field, "k", value) == ("k", value)


# ---- the name inside a phrase of a change (a handover, a newcomer, someone joining)

@pytest.mark.parametrize("phrase, name", [
    ("千早ユキノにバトンタッチ", "千早ユキノ"), ("新たに桐野ひより", "桐野ひより"), ("葛城ソウに交代", "葛城ソウ"),
    ("水無月ルイへ交代した", "水無月ルイ"), ("今回は椎名アキ", "椎名アキ"), ("瀬戸まひろが続投", "瀬戸まひろ"),
    ("代わって東雲リク", "東雲リク"), ("新たに森本カイが就任", "森本カイ"),
    ("Kenji Sato takes over", "Kenji Sato"), ("Mei Arai, who replaces Ryo Ito", "Mei Arai"), ("Sora Ito steps in", "Sora Ito"),
])
def test_a_change_phrase_is_cut_to_the_staff_name(phrase, name):
    assert _cleaned("staff", "director", phrase) == ("director", name)


@pytest.mark.parametrize("phrase, name", [
    ("早瀬ことりに加わる", "早瀬ことり"), ("河合ひなたに加わった", "河合ひなた"), ("新たに小野寺ミク", "小野寺ミク"),
    ("Aya Morita joins", "Aya Morita"), ("Kaito Ishida, who returns", "Kaito Ishida"), ("水谷レンが続投", "水谷レン"),
])
def test_a_change_phrase_is_cut_to_the_actor(phrase, name):
    assert _cleaned("cast", "ミラ", phrase) == ("ミラ", name)


@pytest.mark.parametrize("field, name", [
    ("staff", "新田ひより"), ("staff", "今井麻美"), ("staff", "代田ユウ"), ("cast", "加藤みのり"), ("cast", "Takeshi Overman"),
    ("staff", "Joiner Smith"), ("cast", "さらさ"), ("staff", "後藤あかり"),
])
def test_names_like_a_change_phrase_survive(field, name):
    assert _cleaned(field, "director" if field == "staff" else "ミラ", name)[1] == name


# ---- another credit's label read into a staff value

@pytest.mark.parametrize("value", ["アニメーション制作:スタジオねぷた", "Animation Production: Studio Kite", "製作:星屑製作委員会",
                                   "Production Committee: Lantern Partners", "制作:スタジオ灯", "アニメ制作：アトリエ鵺"])
def test_a_studio_or_committee_label_in_a_staff_value_is_dropped(value):
    assert _cleaned("staff", "director", value) is None


# ---- a unit voiced by several actors read as a part

@pytest.mark.parametrize("key, value, evidence", [
    ("雷鳴学園生徒会", "八雲 凛", "エンディングテーマは雷鳴学園生徒会(CV.八雲 凛、東條マコト)が歌う"),
    ("雷鳴学園生徒会", "東條マコト", "エンディングテーマは雷鳴学園生徒会(CV.八雲 凛、東條マコト)が歌う"),
    ("Trio Lumen", "Aya Kono", "The ending is sung by Trio Lumen (CV: Aya Kono, Mei Sato and Rin Oda)."),
    ("星見隊", "青井ミオ", "挿入歌は星見隊（CV：青井ミオ＆赤城ナツ）"),
    ("Kite Girls", "Rin Oda", "Kite Girls (voiced by Rin Oda, Mio Ito)"),
    ("ユニット・ハルカゼ", "春野ゆい", "ユニット・ハルカゼ(声:春野ゆい、夏目リコ)"),
])
def test_a_unit_of_several_voices_is_no_part(key, value, evidence):
    assert _cleaned("cast", key, value, evidence) is None


@pytest.mark.parametrize("key, value, evidence", [
    ("アッシュ", "雨宮 紬", "アッシュ(CV:雨宮 紬 / Tsumugi Amamiya)"), ("ミナ", "青井ミオ", "ミナ(CV:青井ミオ)、ソラ(CV:赤城ナツ)"),
    ("Lumen", "Aya Kono", "Lumen (CV: Aya Kono), Kite (CV: Mei Sato)"), ("ルカ", "春野ゆい", "ルカ役の春野ゆい、ミオ役の夏目リコ"),
])
def test_one_voice_per_part_survives(key, value, evidence):
    assert _cleaned("cast", key, value, evidence) == (key, value)


# ---- a staff key read with its label's separator; a role the table had no spelling for

@pytest.mark.parametrize("key, role", [("原作/", "original creator"), ("監督／", "director"), ("Director -", "director"),
                                       ("音楽｜", "music"), ("キャラクターデザイン・", "character design"), ("脚本:", "screenplay")])
def test_a_key_with_its_separator_is_keyed_by_the_role(key, role):
    assert _cleaned("staff", key, "綾瀬 灯") == (role, "綾瀬 灯")


def test_an_unknown_label_with_a_separator_stays_as_written():
    assert _cleaned("staff", "音楽制作/", "ネオンテイル") == ("音楽制作/", "ネオンテイル")
    assert _cleaned("staff", "音楽制作", "ネオンテイル") == ("音楽制作", "ネオンテイル")


def test_animation_producer_is_a_role():
    assert known_role("アニメーションプロデューサー") == "animation producer"
    assert known_role("Animation Producer") == "animation producer"
    assert roles_of("アニメーションプロデューサー") == ["animation producer"]
    assert known_role("プロデューサー") == "producer"


# ---- whole pages

def test_japanese_news_handover_and_newcomer():
    got = facts(_ja(["TVアニメ「星の轍」は2027年4月放送開始。", "監督は霧島アオイにバトンタッチ",
                     "キャラクターデザインは新たに白峰ひよりさんが担当する。"], "TVアニメ「星の轍」新スタッフ発表"), "星の轍")
    staff = {(k, v) for f, k, v in got if f == "staff"}
    assert ("director", "霧島アオイ") in staff and ("character design", "白峰ひより") in staff
    assert not any("バトンタッチ" in v or "新たに" in v for k, v in staff)


def test_english_news_placeholder_theme_is_no_song():
    got = facts(news(["The Lantern Kite anime premieres in April on TOKYO MX.",
                      "*Opening and ending themes: coming soon. Follow @lanternkite for updates."], "Lantern Kite dated"),
                "Lantern Kite")
    assert not any(f == "theme_song" for f, k, v in got)


@pytest.mark.parametrize("phrase, name", [("森下 蛍が手", "森下 蛍"), ("葛西タケルが手がけた", "葛西タケル"), ("浅葱ユウが手掛ける", "浅葱ユウ"),
                                          ("白峰ヒナが手掛けた", "白峰ヒナ"), ("Studio Kiteが手", "Studio Kite"), ("真柴トウヤが手がける", "真柴トウヤ")])
def test_a_credit_cut_inside_its_verb_is_cut_to_the_name(phrase, name):
    assert _cleaned("staff", "series composition", phrase) == ("series composition", name)


@pytest.mark.parametrize("field, key, value", [("cast", "ミナ", "???"), ("cast", "Mystery Girl", "Secret"), ("staff", "music", "？？？"),
                                               ("staff", "director", "シークレット"), ("cast", "謎の少年", "非公開"), ("studio", "k", "???")])
def test_a_hidden_actor_or_credit_is_no_value(field, key, value):
    assert _cleaned(field, key, value) is None


@pytest.mark.parametrize("key", ["???", "？？？", "シークレット"])
def test_a_hidden_part_keeps_its_named_actor(key):
    assert _cleaned("cast", key, "森ひかり") == (key, "森ひかり")


@pytest.mark.parametrize("field, value", [("streaming", "各配信サービス"), ("streaming", "動画配信サイト"), ("broadcaster", "各局"),
                                          ("streaming", "other streaming services"), ("streaming", "Major platforms"),
                                          ("streaming", "主要配信プラットフォーム"), ("broadcaster", "その他の放送局")])
def test_a_group_of_carriers_named_by_none_is_no_carrier(field, value):
    assert _cleaned(field, "k", value) is None


def test_a_group_after_a_named_carrier_keeps_the_carrier():
    assert _cleaned("streaming", "k", "dアニメストアほか各配信サービス") == ("k", "dアニメストア")
    assert _cleaned("release_date", "各配信サービス", "2027-01-10") == ("各配信サービス", "2027-01-10")
