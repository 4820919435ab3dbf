"""A companion show's own block (a web radio programme, a podcast, a radio show, under its own heading: 「WEBラジオ」,
「公式ラジオ『X』」, "Web radio", "Official podcast", "Radio show: X"): its service (音泉, HiBiKi Radio Station, 文化放送,
Spotify), its weekday and its dates are that programme's, never the anime's broadcaster, streaming or date; the
anime's own on-air blocks around it stay."""
from extract_helpers import facts

from tracker.page import _other_medium_heading

TITLE = "ハヤブサ書房"


def _site(body: str, title: str = TITLE) -> str:
    return (f"<!doctype html><html><head><title>TVアニメ「{title}」公式サイト</title></head><body><main>"
            f"<h1>{title}</h1><section><h2>ON AIR</h2><div><h3>放送情報</h3><p>TOKYO MX 2027年1月8日(金)より 毎週金曜 24:30～</p></div>"
            f"{body}</section></main></body></html>")


def _services(doc, title=TITLE):
    return {(f, k) for f, k, v in facts(doc, title) if f in ("broadcaster", "streaming", "release_date")}


def test_companion_show_headings_are_read_as_another_programmes():
    for head in ("WEBラジオ", "Webラジオ「ハヤブサ書房 放課後ラジオ」", "ラジオ番組", "TVアニメ『ハヤブサ書房』公式ラジオ",
                 "ウェブラジオ情報", "Web Radio", "Official podcast", "Radio show: Falcon Books After Hours",
                 "The companion podcast", "【ラジオ】"):
        assert _other_medium_heading(head), head
    for head in ("放送情報", "配信情報", "ON AIR", "ラジオドラマ", "Broadcast and streaming", "オンエア情報", "ラジオCM"):
        assert _other_medium_heading(head) == (head == "ラジオドラマ"), head


def test_a_web_radio_block_gives_no_service_nor_date():
    got = _services(_site("<div><h3>WEBラジオ</h3><p>パーソナリティ：星野マコ（ツグミ役）<br>"
                          "音泉にて隔週木曜更新中！第5回は12月3日(木)配信予定。</p></div>"))
    assert not any("音泉" in k for f, k in got)
    assert ("broadcaster", "tokyomx") in got


def test_a_radio_programme_on_a_station_is_not_the_anime_broadcaster():
    got = _services(_site("<div><h3>ラジオ番組「ハヤブサ書房 深夜便」</h3><p>文化放送にて2027年1月10日(日)より毎週日曜 25:00～放送</p></div>"
                          "<div><h3>配信情報</h3><p>dアニメストアにて2027年1月9日(土)12:00より配信</p></div>"))
    assert not any("文化放送" in k for f, k in got)
    assert any(f == "streaming" and "dアニメストア" in k or k == "danimestore" for f, k in got)


def test_an_english_podcast_block_gives_no_service():
    doc = ("<!doctype html><html><head><title>Falcon Books anime</title></head><body><main><h1>Falcon Books</h1>"
           "<h2>Where to watch</h2><p>Falcon Books streams on Crunchyroll from January 9, 2027.</p>"
           "<h2>Official podcast</h2><p>New episodes stream on Spotify every other Thursday from December 3, 2026.</p>"
           "</main></body></html>")
    got = {(f, k, v) for f, k, v in facts(doc, "Falcon Books")}
    assert any(f == "streaming" and k == "crunchyroll" for f, k, v in got)
    assert not any("spotify" in k.lower() or "Spotify" in v for f, k, v in got)
    assert not any(v.startswith("2026-12") for f, k, v in got)


def test_the_hosts_parts_in_a_cut_radio_block_stay_this_works_cast():
    doc = _site("<div><h3>WEBラジオ</h3><p>「ハヤブサ書房 放課後ラジオ」<br>パーソナリティ：星野マコ（ツグミ役）、柿沼タクト（ソウタ役）<br>"
                "2026年12月18日(金)より隔週金曜配信（音泉）</p></div>")
    got = facts(doc, TITLE)
    assert ("cast", "ツグミ", "星野マコ") in got and ("cast", "ソウタ", "柿沼タクト") in got
    assert not any("音泉" in k or "音泉" in v for f, k, v in got)
    assert not any(f == "release_date" and v.startswith("2026-12") for f, k, v in got)
