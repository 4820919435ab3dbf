"""A theme song's performer, read wherever a news article names it: a later, fuller reading of the same song (the
headline gives the title, the body its band), a performer described by what kind of artist it is or by the part it
voices ("Mina's voice actress X", 「ロックバンドX」「4人組ユニット・X」「声優・X」), a band name written with ・, and a
headline that quotes the band where the body names the song. Traps: an unannounced ending, a placeholder, another
work's song, an earlier season's song."""
from extract_helpers import facts, news

W = "Harbor Lamp Keepers"
JW = "灯台のアルマ"


def _songs(paragraphs, title=W, head=None):
    return {(k, v) for f, k, v in facts(news(paragraphs, title=head or f"{title} anime news"), title) if f == "theme_song"}


def _ja(paragraphs, title=JW, head=None):
    return {(k, v) for f, k, v in facts(news(paragraphs, title=head or f"TVアニメ『{title}』最新情報"), title) if f == "theme_song"}


# ---- EN: the body's fuller reading of a song the headline named by title alone
def test_headline_title_then_body_lowercase_band():
    got = _songs(["Slated for spring; lowmoss performs the opening theme \"Tidewalk\"",
                  f"The new trailer for {W} previews the opening theme song \"Tidewalk\" by the indie trio lowmoss."])
    assert ("opening 1", "Tidewalk — lowmoss") in got and ("opening 1", "Tidewalk") not in got


def test_headline_title_then_body_artist_before_verb():
    got = _songs([f"{W} reveals its ending theme \"Salt Letters\"",
                  "The duo Mirror Finch performs the ending theme \"Salt Letters\", written for the anime."])
    assert got == {("ending 1", "Salt Letters — Mirror Finch")}


# ---- EN: the singer named by the part they voice
def test_sung_by_possessive_voice_actress():
    got = _songs([f"The {W} ending theme \"Low Beacon\" will be sung by Mina's voice actress Saya Itoh."])
    assert got == {("ending 1", "Low Beacon — Saya Itoh")}


def test_performed_by_lead_voice_actor():
    got = _songs([f"For {W}, the opening theme, \"Breakwater,\" is performed by lead voice actor Jun Odagiri."])
    assert got == {("opening 1", "Breakwater — Jun Odagiri")}


def test_sung_by_the_heroines_voice_actress():
    got = _songs([f"{W}'s ending theme \"Paper Gull\" is sung by the heroine's voice actress Rei Tamura."])
    assert got == {("ending 1", "Paper Gull — Rei Tamura")}


# ---- JA: a kind word before the name is no part of it
def test_ja_rock_band_before_verb():
    got = _ja([f"TVアニメ『{JW}』のPV第2弾が公開され、ロックバンドSIRO:NAMIが担当するオープニングテーマ「夜汽車の灯」の音源が初披露された。"])
    assert got == {("opening 1", "夜汽車の灯 — SIRO:NAMI")}


def test_ja_unit_name_with_middle_dot():
    got = _ja([f"TVアニメ『{JW}』のエンディング主題歌は、4人組ユニット・ミナモ・ラインの新曲「潮の手紙」に決定した。"])
    assert got == {("ending 1", "潮の手紙 — ミナモ・ライン")}


def test_ja_voice_actor_kind_word():
    got = _ja([f"TVアニメ『{JW}』のエンディング主題歌は、声優・佐倉ユイの新曲「ほどける星図」に決定。"])
    assert got == {("ending 1", "ほどける星図 — 佐倉ユイ")}


def test_ja_headline_quotes_the_band_body_names_the_song():
    doc = news([f"TVアニメ『{JW}』の主題歌アーティストが発表された。",
                "<h2>OPは「ミナモ・ライン」、EDは佐倉ユイが担当</h2>",
                "オープニング主題歌は、バンド・ミナモ・ラインの書き下ろし曲「潮の手紙」に決定。"
                "エンディング主題歌は、シンガーソングライターの佐倉ユイが歌う「ほどける星図」となる。"],
               title=f"TVアニメ『{JW}』主題歌決定")
    got = {(k, v) for f, k, v in facts(doc, JW) if f == "theme_song"}
    assert ("opening 1", "潮の手紙 — ミナモ・ライン") in got
    assert ("ending 1", "ほどける星図 — 佐倉ユイ") in got
    assert ("opening 1", "ミナモ・ライン") not in got


# ---- traps
def test_ja_placeholder_with_a_time_word_is_no_song():
    got = _ja([f"TVアニメ『{JW}』のオープニングテーマはSIRO:NAMIの「夜汽車の灯」に決定。エンディングテーマについては「現時点では未発表」としている。"])
    assert not any(k.startswith("ending") for k, _ in got)


def test_unannounced_ending_and_performer():
    got = _songs([f"{W} reveals its opening theme \"Tidewalk\"",
                  "The ending theme song and its performer have not been announced yet."])
    assert not any(k.startswith("ending") for k, _ in got)


def test_other_works_song_keeps_out():
    got = _songs([f"{W} reveals its opening theme \"Tidewalk\"",
                  "Separately, the band Mirror Finch performs the opening theme \"Glass Oar\" of Cinder Atlas."])
    assert ("opening 1", "Glass Oar — Mirror Finch") not in got and ("opening 1", "Tidewalk") in got


def test_earlier_seasons_singer_is_not_this_songs_artist():
    got = _ja([f"TVアニメ『{JW}』のオープニングテーマは「灯火の航路」。第1期のオープニングテーマはロックバンドSIRO:NAMIの「潮騒ドライブ」だった。"])
    assert ("opening 1", "潮騒ドライブ — SIRO:NAMI") not in got
