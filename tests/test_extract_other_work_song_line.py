"""A line under a song heading that names another installment's title with its medium before it and a song's kind
after it (「劇場版「序章」主題歌「星の鼓動」…」, 「OVA「潮騒」のエンディング…」, "the film 「Overture」 theme song …") is
that work's song, never one more of this work's (`_OTHER_WORK_THEN_SONG`)."""
from extract_helpers import facts

TITLE = "月影ハーバー"


def songs_page(*lines: str, head: str = "エンディングテーマ") -> str:
    body = "".join(f"<p>{x}</p>" for x in lines)
    return ("<!doctype html><html><head><title>MUSIC｜TVアニメ『月影ハーバー』公式サイト</title></head><body><main>"
            "<h1>TVアニメ『月影ハーバー』</h1><h2>MUSIC</h2>"
            "<h3>オープニングテーマ</h3><p>潮見バンド「遠い灯台」</p>"
            f"<h3>{head}</h3>{body}</main></body></html>")


def themes(doc: str) -> dict[str, str]:
    return {k: v for f, k, v in facts(doc, TITLE, url="https://tsukikage-anime.example/music/") if f == "theme_song"}


def _all(got) -> str:
    return " ".join(got.values())


def test_a_films_theme_in_a_soundtrack_note():
    got = themes(songs_page("真宮ことね「ひとさじの魔法」",
                            "劇場版「序章」主題歌「星の鼓動」（歌：月城レイ）のリマスター版を収録したサウンドトラックは2027年2月発売予定。"))
    assert "序章" not in _all(got) and "星の鼓動" not in _all(got)
    assert "ひとさじの魔法" in got.get("ending 1", "")


def test_an_ovas_ending():
    got = themes(songs_page("真宮ことね「ひとさじの魔法」", "OVA「潮騒」のエンディング「青い灯」も同時収録。"))
    assert "潮騒" not in _all(got) and "青い灯" not in _all(got)


def test_a_movies_theme_song():
    got = themes(songs_page("真宮ことね「ひとさじの魔法」", "映画「灯の街」主題歌「夜の港」のカバーも話題に。"))
    assert "灯の街" not in _all(got)


def test_the_previous_works_opening():
    got = themes(songs_page("真宮ことね「ひとさじの魔法」", "前作「鉄の港」OP「錆びた錨」に続く書き下ろし。"), )
    assert "鉄の港" not in _all(got)


def test_a_games_theme_song():
    got = themes(songs_page("真宮ことね「ひとさじの魔法」", "ゲーム「ハーバーナイト」テーマソング「潮風」も収録。"))
    assert "ハーバーナイト" not in _all(got)


def test_a_stage_plays_theme():
    got = themes(songs_page("真宮ことね「ひとさじの魔法」", "舞台「月の波止場」の主題歌「波紋」もあわせて収録される。"))
    assert "月の波止場" not in _all(got)


def test_an_english_film_theme_song_in_corner_brackets():
    got = themes(songs_page("Kotone Mamiya「A Spoonful of Magic」", "The film「Overture」theme song「Glass Pulse」is on the OST.",
                            head="Ending theme"))
    assert "Overture" not in _all(got)


def test_keep_the_works_own_ending():
    got = themes(songs_page("真宮ことね「ひとさじの魔法」"))
    assert "ひとさじの魔法" in got.get("ending 1", "")
    assert "遠い灯台" in got.get("opening 1", "")
