"""A season written as an act (第一幕/第二幕, "Act I"/"Act II"): on the page of a work whose own title carries its act,
a block headed by another act, or a dated news item naming another act only, is that earlier season's (its songs,
stations, reruns), never this work's; the work's own act keeps its facts."""
from extract_helpers import facts

from tracker.page import _heading_seasons, season_split


def _site(body: str, title: str) -> str:
    return (f"<!doctype html><html><head><title>{title}</title></head><body><main><h1>{title}</h1>{body}"
            "</main></body></html>")


def test_an_act_is_read_as_a_season_number_in_a_title_and_a_heading():
    assert season_split("潮風ラジオ 第二幕") == ("潮風ラジオ", 2)
    assert season_split("Saltwind Radio Act II") == ("Saltwind Radio", 2)
    assert season_split("Saltwind Radio: Act 3") == ("Saltwind Radio", 3)
    assert _heading_seasons("第一幕 再放送のお知らせ") == {1}
    assert _heading_seasons("第1幕 主題歌") == {1}
    assert _heading_seasons("Act I theme songs") == {1}
    assert _heading_seasons("Act One — broadcast") == {1}
    # traps: an opening ceremony, subtitles, Makuhari, an actor: no act
    assert _heading_seasons("開幕記念イベント") == set()
    assert _heading_seasons("日本語字幕版 配信") == set()
    assert _heading_seasons("幕張メッセ 開催") == set()
    assert _heading_seasons("Actors and staff") == set()


def test_a_ja_block_headed_by_the_first_act_is_that_seasons_rerun_and_songs():
    doc = _site("<h2>放送情報</h2><p>2027年7月 テレビ東京ほかにて放送開始</p>"
                "<div><h3>第一幕 再放送のお知らせ</h3><p>第一幕(全12話)をBS11にて2027年4月3日より再放送。"
                "U-NEXTにて第一幕 配信中</p></div>"
                "<h2>音楽</h2><div><h3>オープニングテーマ</h3><p>「汐の標」</p><p>歌：灯野ミオ</p></div>"
                "<div><h3>第1幕 主題歌</h3><p>OP：波間トオル「白い航路」／ED：月島ナギ「遠い灯」</p></div>",
                "潮風ラジオ 第二幕")
    got = facts(doc, "潮風ラジオ 第二幕")
    assert ("broadcaster", "tv tokyo", "TV Tokyo") in got or any(f[0] == "broadcaster" and "テレビ東京" in f[2] or
                                                                  f[1] == "tv tokyo" for f in got)
    blob = repr(got)
    for foreign in ("BS11", "U-NEXT", "白い航路", "遠い灯", "2027-04-03"):
        assert foreign not in blob


def test_an_english_block_headed_by_act_one_is_that_seasons():
    doc = _site("<h2>Broadcast</h2><p>Act II premieres in October 2027 on Fuji TV.</p>"
                "<section><h3>Act I encore broadcast</h3><p>Act I returns on Tokyo MX from July 2, 2027, "
                "and streams on Crunchyroll.</p></section>"
                "<section><h3>Act One music</h3><p>Opening theme: \"Harbor Lights\" by Nine Bells</p></section>",
                "Saltwind Radio Act II")
    got = facts(doc, "Saltwind Radio Act II")
    blob = repr(got)
    for foreign in ("Tokyo MX", "Crunchyroll", "Harbor Lights", "2027-07-02"):
        assert foreign not in blob
    assert any(f[0] == "release_date" and f[2] == "2027-10" for f in got)


def test_a_dated_news_item_naming_another_act_only_is_that_acts():
    doc = _site("<h2>NEWS</h2><ul><li><time datetime=\"2025-10-02\">2025.10.02</time>"
                "第一幕EDテーマ 月島ナギ「遠い灯」配信スタート</li>"
                "<li><time datetime=\"2026-11-20\">2026.11.20</time>第二幕の放送は2027年7月から！</li></ul>"
                "<h2>ON AIR</h2><p>2027年7月 テレビ東京ほかにて放送開始</p>",
                "潮風ラジオ 第二幕")
    got = facts(doc, "潮風ラジオ 第二幕")
    assert "遠い灯" not in repr(got)
    assert any(f[0] == "release_date" and f[2] == "2027-07" for f in got)


def test_the_works_own_act_keeps_its_block():
    doc = _site("<h2>STAFF</h2><dl><dt>監督</dt><dd>渡瀬ハル</dd></dl>"
                "<div><h3>第二幕 主題歌</h3><p>OP：灯野ミオ「汐の標」</p></div>"
                "<div><h3>第二幕 放送情報</h3><p>2027年7月 テレビ東京ほかにて放送開始</p></div>",
                "潮風ラジオ 第二幕")
    got = facts(doc, "潮風ラジオ 第二幕")
    assert ("staff", "director", "渡瀬ハル") in got
    assert any(f[0] == "theme_song" and "汐の標" in f[2] for f in got)
    assert any(f[0] == "release_date" and f[2] == "2027-07" for f in got)


def test_a_work_without_acts_keeps_an_opening_ceremony_block():
    doc = _site("<h2>スタッフ</h2><dl><dt>監督</dt><dd>渡瀬ハル</dd></dl>"
                "<div><h3>開幕記念 先行上映会</h3><p>監督：渡瀬ハル 登壇</p></div>",
                "潮風ラジオ 第2期")
    got = facts(doc, "潮風ラジオ 第2期")
    assert ("staff", "director", "渡瀬ハル") in got


def test_a_video_link_labelled_with_another_act_is_that_acts_video():
    doc = _site("<h2>MOVIE</h2><ul><li><a href=\"https://www.youtube.com/watch?v=aaaaaaaaaa1\">第二幕 ティザーPV</a></li>"
                "<li><a href=\"https://www.youtube.com/watch?v=bbbbbbbbbb2\">第一幕 本PV</a></li>"
                "<li><a href=\"https://www.youtube.com/watch?v=cccccccccc3\">Act I main trailer</a></li></ul>",
                "潮風ラジオ 第二幕")
    got = facts(doc, "潮風ラジオ 第二幕")
    blob = repr(got)
    assert "aaaaaaaaaa1" in blob
    assert "bbbbbbbbbb2" not in blob and "cccccccccc3" not in blob


def test_an_english_act_two_page_keeps_its_own_act_trailer_and_drops_act_ones():
    doc = _site("<h2>Videos</h2><ul><li><a href=\"https://www.youtube.com/watch?v=dddddddddd4\">Act 2 teaser</a></li>"
                "<li><a href=\"https://www.youtube.com/watch?v=eeeeeeeeee5\">Act 1 trailer</a></li></ul>",
                "Saltwind Radio Act II")
    blob = repr(facts(doc, "Saltwind Radio Act II"))
    assert "dddddddddd4" in blob and "eeeeeeeeee5" not in blob
