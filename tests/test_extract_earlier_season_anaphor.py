"""An earlier season named as a sentence's object or by anaphora ('streamed the first season ... starring X',
"that season's opening theme", 「その期のOPテーマ」): that season's credits, never this season's."""
from extract_helpers import facts, news

TITLE = "Velvet Orrery Season 2"


def _values(paras, field):
    return {v for f, _k, v in facts(news(paras, TITLE), TITLE, "Velvet Orrery") if f == field}


def test_that_seasons_theme_songs_are_the_earlier_seasons():
    paras = ["Velvet Orrery Season 2 premieres in April 2027. Ryo Tanabe directs the new season at Studio Quillfeather.",
             "The first season aired in 2025. Lumen Drift performed that season's opening theme \"Brass Comet,\" "
             "while Aya Koshiba sang the ending theme \"Quiet Gears.\""]
    songs = _values(paras, "theme_song")
    assert not any("Brass Comet" in s or "Quiet Gears" in s for s in songs)


def test_that_cours_song_in_another_word_order():
    paras = ["Velvet Orrery Season 2 premieres in April 2027.",
             "The opening theme of that cour's broadcast was \"Copper Tide\" by Lumen Drift, which topped the charts."]
    assert not any("Copper Tide" in s for s in _values(paras, "theme_song"))


def test_a_dub_of_the_streamed_first_season_is_not_this_seasons_cast():
    paras = ["Velvet Orrery Season 2 premieres in April 2027. Mei Arisawa voices Pell in the new season.",
             "Crunchyroll streamed the first season too, and produced an English dub starring Dana Whitlow as Pell."]
    cast = _values(paras, "cast")
    assert "Dana Whitlow" not in cast
    assert "Mei Arisawa" in cast


def test_other_verbs_with_the_earlier_season_as_object():
    for verb in ("simulcast", "licensed", "dubbed", "aired"):
        paras = ["Velvet Orrery Season 2 premieres in April 2027.",
                 f"HIDIVE {verb} season one last year, with an English cast featuring Dana Whitlow as Pell."]
        assert "Dana Whitlow" not in _values(paras, "cast"), verb


def test_that_season_in_japanese():
    paras = ["TVアニメ『ベルベット・オーラリー』第2期は2027年4月放送開始。監督は田辺亮。",
             "第1期は2025年に放送された。その期のオープニングテーマは、ルーメン・ドリフトの「真鍮の彗星」だった。"]
    assert not any("真鍮の彗星" in s for s in _values(paras, "theme_song"))


def test_this_seasons_own_song_and_cast_stay():
    paras = ["Velvet Orrery Season 2 premieres in April 2027.",
             "Lumen Drift performs the new season's opening theme \"Iron Bloom.\" Mei Arisawa stars as Pell."]
    assert any("Iron Bloom" in s for s in _values(paras, "theme_song"))
    assert "Mei Arisawa" in _values(paras, "cast")


def test_a_returning_cast_member_after_the_earlier_season_is_handed_back():
    paras = ["Velvet Orrery Season 2 premieres in April 2027.",
             "Crunchyroll streamed the first season, and Mei Arisawa now reprises her role as Pell in season 2."]
    assert "Mei Arisawa" in _values(paras, "cast")
