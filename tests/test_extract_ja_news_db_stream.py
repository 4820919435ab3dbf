"""Japanese news, fan-database and streaming pages: whose song, date or credit a sentence or a box gives."""
from __future__ import annotations

from extract_helpers import facts


def ja_news(body: str, title: str = "アニメニュース") -> str:
    """A Japanese news article: a headline and this body's HTML."""
    return (f"<!doctype html><html lang=\"ja\"><head><meta charset=\"utf-8\"><title>{title}</title></head><body><main>"
            f"<article><h1>{title}</h1>{body}</article></main></body></html>")


def themes(found):
    return {(k, v) for f, k, v in found if f == "theme_song"}


def test_a_heading_after_a_label_boxs_songs_ends_them():
    doc = ja_news("<p>TVアニメ『月影のパレット』が2027年4月より放送される。</p>"
                  "<div><h3>【作品情報】TVアニメ『月影のパレット』</h3>"
                  "<p>■主題歌<br>オープニングテーマ：ミズイロ「夜明けのキャンバス」<br>エンディングテーマ：未発表</p></div>"
                  "<h2>春アニメの話題が続く</h2>"
                  "<p>放送時期の変更が相次いでいる。10月3日には『ほしぞら探偵団』が延期を発表し、14日には『蒼の境界線』が放送を休止した。</p>")
    got = themes(facts(doc, "月影のパレット"))
    assert ("opening 1", "夜明けのキャンバス — ミズイロ") in got
    assert not any("ほしぞら探偵団" in v or "蒼の境界線" in v for _k, v in got)


def test_an_earlier_seasons_opening_is_not_the_films():
    doc = ja_news("<p>TVアニメ『ソラノウタ』の劇場版『劇場版 ソラノウタ』が2027年5月7日より公開される。</p>"
                  "<p>『ソラノウタ』は2024年に第1期、2025年に第2期が放送された。第2期のオープニングテーマ、アオバの「雲の切れ間」は"
                  "配信チャートで上位に入った。</p>")
    got = themes(facts(doc, "劇場版 ソラノウタ"))
    assert not any("雲の切れ間" in v for _k, v in got)
