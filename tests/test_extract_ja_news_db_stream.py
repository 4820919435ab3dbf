"""Japanese news, fan-database and streaming pages: whose song, date or credit a sentence or a box gives."""
from __future__ import annotations

from extract_helpers import facts


def ja_news(body: str, title: str = "アニメニュース") -> str:
    """A Japanese news article: a headline and this body's HTML."""
    return (f"<!doctype html><html lang=\"ja\"><head><meta charset=\"utf-8\"><title>{title}</title><meta property="
            "\"article:published_time\" content=\"2026-11-26T09:00:00+09:00\"></head><body><main>"
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


def fan_db(body: str, title: str) -> str:
    """An old fan database's entry page: a title heading, then bold 「◆」 parts and their tables."""
    return (f"<!DOCTYPE html><html lang=\"ja\"><head><meta charset=\"utf-8\"><title>{title} - アニメ番組データ</title></head>"
            f"<body><table><tr><td><h2>{title}</h2>{body}</td></tr></table></body></html>")


def test_a_fan_databases_parts_after_its_station_table_are_no_stations():
    doc = fan_db("<b>◆放送局</b><br><table border=1><tr><th>放送局</th><th>放送開始</th><th>曜日・時間</th></tr>"
                 "<tr><td>TOKYO MX</td><td>2027/04/07</td><td>毎週水曜 22:00〜</td></tr></table>"
                 "<b>◆PV・CM</b><br><table border=1><tr><th>種類</th><th>公開日</th></tr>"
                 "<tr><td>PV第1弾</td><td>2027/01/15</td></tr></table>"
                 "<b>◆更新履歴</b><br>2027/02/02 キャスト追加<br>2027/01/15 PV第1弾を追加<br>", "ほたる坂写真部")
    got = facts(doc, "ほたる坂写真部")
    assert ("broadcaster", "tokyomx", "TOKYO MX") in got and any(v == "2027-04-07" for f, _k, v in got if f == "release_date")
    assert not any(k in ("PV第1弾", "◆更新履歴", "更新履歴") for f, k, _v in got if f in ("release_date", "broadcaster"))
    assert not any(v == "2027-02-02" for f, _k, v in got if f == "release_date")


def test_a_two_column_cast_table_with_its_header_row():
    doc = fan_db("<b>◆キャスト</b><br><table border=1><tr><th>役名</th><th>声優</th></tr>"
                 "<tr><td>春野ミドリ</td><td>川瀬あおい</td></tr><tr><td>秋月レン</td><td>森下ゆうた</td></tr>"
                 "<tr><td>ナレーション</td><td>（未発表）</td></tr></table>", "ほたる坂写真部")
    got = {(k, v) for f, k, v in facts(doc, "ほたる坂写真部") if f == "cast"}
    assert got == {("春野ミドリ", "川瀬あおい"), ("秋月レン", "森下ゆうた")}


def test_a_late_night_start_is_the_earliest_stations_calendar_day():
    doc = fan_db("<table border=1><tr><th>タイトル</th><td>ほたる坂写真部</td></tr>"
                 "<tr><th>放送開始</th><td>2027年4月7日(水) 深夜 〜</td></tr></table>"
                 "<b>◆放送局</b><br><table border=1><tr><th>放送局</th><th>放送開始</th><th>曜日・時間</th></tr>"
                 "<tr><td>TOKYO MX</td><td>2027/04/07</td><td>毎週水曜 25:30〜26:00</td></tr>"
                 "<tr><td>BS11</td><td>2027/04/10</td><td>毎週土曜 23:00〜</td></tr></table>", "ほたる坂写真部")
    got = facts(doc, "ほたる坂写真部")
    assert ("release_date", "", "2027-04-08") in got
    assert ("release_date", "", "2027-04-07") not in got


def test_a_music_news_meta_line_and_a_singers_other_works_song():
    doc = ja_news('<div class="article-meta"><span>アニメ主題歌</span> <time>2026.11.20</time> <span>TEXT：大橋</span></div>'
                  "<p>TVアニメ『ハネウタ商店』の主題歌が決定した。エンディングテーマは主人公・ミウ役を務める白浜ことねが歌う「ただいまの灯り」。"
                  "</p><p>白浜は2025年に放送された『ゆめみ坂ダイアリー』でもEDテーマ「星のしおり」を歌っており、主題歌は2作目となる。</p>",
                  "TVアニメ『ハネウタ商店』主題歌決定")
    got = facts(doc, "ハネウタ商店")
    songs = themes(got)
    assert ("ending 1", "ただいまの灯り — 白浜ことね") in songs
    assert not any("大橋" in v or "星のしおり" in v for _k, v in songs)
    assert ("cast", "ミウ", "白浜ことね") in got


def test_a_streamers_rail_of_what_viewers_also_watched_is_no_credit():
    doc = ("<!doctype html><html lang=\"ja\"><head><meta charset=\"utf-8\"><title>みなと湯けむり日記 | アニメ配信</title></head>"
           "<body><main><section><h1>みなと湯けむり日記</h1><dl><dt>監督</dt><dd>早坂ユウ</dd><dt>話数</dt><dd>全12話</dd></dl></section>"
           "<section class=\"rail\"><h2>この作品を見た人はこんな作品も見ています</h2><ul class=\"cards\">"
           "<li><a href=\"/title/a\"><p>夜更けのベーカリー</p><span>毎週土曜更新 / 監督：宮森トオル</span></a></li>"
           "<li><a href=\"/title/b\"><p>潮風レストラン</p><span>2027年4月2日(金)独占配信</span></a></li></ul></section>"
           "</main></body></html>")
    got = facts(doc, "みなと湯けむり日記")
    assert ("staff", "director", "早坂ユウ") in got
    assert not any("宮森トオル" in v or v == "2027-04-02" for _f, _k, v in got)


def test_a_json_ld_trailer_named_pv_dai_1_dan_is_pv_1():
    ld = ('{"@context":"https://schema.org","@type":"TVSeason","name":"みなと湯けむり日記 2nd Season","trailer":'
          '{"@type":"VideoObject","name":"2nd Season PV第1弾","uploadDate":"2026-10-30",'
          '"embedUrl":"https://www.youtube.com/embed/abcDEF12345"}}')
    doc = ("<!doctype html><html lang=\"ja\"><head><meta charset=\"utf-8\"><title>みなと湯けむり日記 2nd Season</title>"
           f"<script type=\"application/ld+json\">{ld}</script></head><body><main><h1>みなと湯けむり日記 2nd Season</h1>"
           "<p>2027年4月より配信開始。</p></main></body></html>")
    got = {(k, v) for f, k, v in facts(doc, "みなと湯けむり日記 2nd Season") if f == "trailer"}
    assert ("PV 1", "2026-10-30 https://www.youtube.com/watch?v=abcDEF12345") in got


def test_a_blog_lists_cast_as_role_yaku_space_actor_and_a_songs_singing_character():
    doc = ja_news("<p>TVアニメ『砂丘の図書館』は2027年1月より放送。</p><ul><li>監督：浅井ミナト</li>"
                  "<li>キャスト：シオン役 小田切あや／灯台守ロウ役 真壁悠人</li>"
                  "<li>ED：「砂のしおり」歌：シオン（CV:小田切あや）</li></ul>", "冬アニメまとめ『砂丘の図書館』")
    got = facts(doc, "砂丘の図書館")
    cast = {(k, v) for f, k, v in got if f == "cast"}
    assert {("シオン", "小田切あや"), ("灯台守ロウ", "真壁悠人")} <= cast
    assert ("ending 1", "砂のしおり — シオン") in themes(got)


def test_terrestrial_airing_named_as_the_topic_then_its_station_and_slot():
    doc = ja_news("<p>TVアニメ『砂丘の図書館』の放送情報をまとめた。</p>"
                  "<p>『砂丘の図書館』は冬の注目作。放送は<b>1月8日（金）22:00〜 AT-X</b>が最速。地上波はTOKYO MXで<b>1月10日（日）25:00〜</b>です。</p>",
                  "冬アニメ『砂丘の図書館』")
    got = facts(doc, "砂丘の図書館")
    assert ("broadcaster", "tokyomx", "TOKYO MX") in got
    assert ("release_date", "TOKYO MX", "2027-01-11") in got


def test_a_month_stands_when_only_the_station_and_slot_are_unknown():
    doc = ja_news("<h2>1. 夜明けの灯台</h2><p>2027年4月7日より放送。</p><h2>2. 砂丘の図書館</h2>"
                  "<p>砂漠の図書館を舞台にした日常もの。<b>2027年4月放送予定</b>とだけ発表されていて、放送局・日時はまだ未発表です。</p>",
                  "春アニメまとめ")
    assert ("release_date", "", "2027-04") in facts(doc, "砂丘の図書館")
    doc2 = ja_news("<p>TVアニメ『砂丘の図書館』の放送時期は未定、2027年4月の放送は見送られた。</p>", "春アニメ『砂丘の図書館』")
    assert not any(f == "release_date" for f, _k, _v in facts(doc2, "砂丘の図書館"))


def test_a_films_opening_day_in_the_headline_is_not_its_teasers_day():
    doc = ja_news("<p>『劇場版 ほしかげ楽団』が2027年6月18日より全国公開される。特報は26日に公式YouTubeチャンネルで公開された。</p>"
                  "<p>キャストは、ミナト役の早見ゆう、カイ役の沢村湊らTVシリーズのメンバーが続投。</p>"
                  '<p><a href="https://www.youtube.com/watch?v=zzTop123456">『劇場版 ほしかげ楽団』特報</a></p>',
                  "『劇場版 ほしかげ楽団』2027年6月18日公開決定 特報解禁")
    got = facts(doc, "劇場版 ほしかげ楽団")
    trailers = {(k, v) for f, k, v in got if f == "trailer"}
    assert not any(v.startswith("2027-06-18") for _k, v in trailers)
    assert ("cast", "カイ", "沢村湊") in got


def test_the_same_video_dated_in_the_next_sentence():
    doc = ja_news("<p>マンガ「みさき食堂」がテレビアニメ化されることが明らかになった。23日のイベントで発表されたもので、"
                  "会場ではティザーPVが初めて上映された。同映像は24日に公式YouTubeチャンネルでも公開されている。</p>"
                  '<h2>ティザーPV</h2><p><a href="https://www.youtube.com/watch?v=abcXYZ98765">TVアニメ「みさき食堂」ティザーPV</a></p>',
                  "みさき食堂:TVアニメ化決定 ティザーPV公開")
    trailers = {(k, v) for f, k, v in facts(doc, "みさき食堂") if f == "trailer"}
    assert ("teaser 1", "2026-11-24 https://www.youtube.com/watch?v=abcXYZ98765") in trailers


def test_a_start_and_weekly_slot_line_under_the_works_box_heading():
    doc = ja_news("<p>TVアニメ『砂丘の図書館』の主題歌が決定した。</p><div class=\"work-data\"><h2>TVアニメ『砂丘の図書館』</h2>"
                  "<p>TBS系“アニメイズム”枠<br>2027年1月7日（木）より毎週木曜25:28〜<br>"
                  "Amazon Prime Video：2027年1月9日（土）12:00より毎週土曜見放題独占配信</p></div>", "『砂丘の図書館』主題歌決定")
    got = {(k, v) for f, k, v in facts(doc, "砂丘の図書館") if f == "release_date"}
    assert ("", "2027-01-08") in got
    assert ("", "2027-01-09") not in got


def test_a_seasons_own_video_released_today_in_its_news_movie_box():
    doc = ("<!doctype html><html lang=\"ja\"><head><meta charset=\"utf-8\"><title>「砂丘の図書館」第2期OP決定</title>"
           "<meta property=\"article:published_time\" content=\"2026-11-25T12:00:00+09:00\"></head><body><main><article>"
           "<h1>「砂丘の図書館」第2期OP決定</h1><div class=\"news-text\"><p>TVアニメ「砂丘の図書館」第2期のOPテーマが決定した。"
           "本日公開された第2期のPV第2弾では、この曲の音源が初めて使われた。</p>"
           "<div class=\"news-movie\"><iframe src=\"https://www.youtube.com/embed/Qq1Ww2Ee3Rr\" title=\"TVアニメ「砂丘の図書館」第2期 PV第2弾\">"
           "</iframe><p>TVアニメ「砂丘の図書館」第2期 PV第2弾 <a href=\"https://www.youtube.com/watch?v=Qq1Ww2Ee3Rr\">YouTube</a></p></div>"
           "</div></article></main></body></html>")
    trailers = {(k, v) for f, k, v in facts(doc, "砂丘の図書館 第2期", "砂丘の図書館") if f == "trailer"}
    assert ("PV 2", "2026-11-25 https://www.youtube.com/watch?v=Qq1Ww2Ee3Rr") in trailers


def test_videos_released_yesterday_and_late_last_month_on_youtube():
    doc = ja_news("<h2>1. 砂丘の図書館</h2><p>TVアニメ『砂丘の図書館』は1月放送。昨日公開されたPV第2弾がこちら。</p>"
                  '<p><a href="https://www.youtube.com/watch?v=Aa1Bb2Cc3Dd">TVアニメ『砂丘の図書館』PV第2弾 - YouTube</a></p>',
                  "冬アニメ『砂丘の図書館』")
    trailers = {(k, v) for f, k, v in facts(doc, "砂丘の図書館") if f == "trailer"}
    assert ("PV 2", "2026-11-25 https://www.youtube.com/watch?v=Aa1Bb2Cc3Dd") in trailers
    doc2 = ja_news("<p>TVアニメ『砂丘の図書館』は2027年1月放送予定。9月のイベントのステージでティザーPVが先行上映されて、"
                   "10月末にYouTubeでも公開されました。</p>", "冬アニメ『砂丘の図書館』")
    trailers2 = {(k, v) for f, k, v in facts(doc2, "砂丘の図書館") if f == "trailer"}
    assert ("teaser 1", "2026-10") in trailers2


def test_a_wiki_voice_credit_with_the_drama_cds_actor_in_a_note():
    doc = ("<!doctype html><html lang=\"ja\"><head><meta charset=\"utf-8\"><title>みさき食堂 - Wiki</title></head><body><main>"
           "<h1>みさき食堂</h1><h2>登場人物</h2><dl><dt>岬 ナギ（みさき ナギ）</dt>"
           "<dd>声 - 早坂ゆう<sup class=\"reference\">[3]</sup>（ドラマCD版は白石まどか）</dd>"
           "<dt>ハル</dt><dd>声 - 三宅ゆうき</dd></dl></main></body></html>")
    got = facts(doc, "みさき食堂")
    cast = {(k, v) for f, k, v in got if f == "cast"}
    assert ("岬 ナギ", "早坂ゆう") in cast
    assert not any("白石まどか" in v for _f, _k, v in got)


def test_an_earlier_seasons_director_joins_under_a_quoted_credit():
    doc = ja_news("<h2>TVアニメ『砂丘の図書館』2nd Season スタッフ</h2><dl><dt>監督</dt><dd>早坂ゆう</dd></dl>"
                  "<p>※1st Seasonで副監督を務めた早坂ゆうが、2nd Seasonでは監督に就任。1st Season監督の三宅トオルは「スーパーバイザー」として参加。</p>",
                  "『砂丘の図書館』2nd Season")
    got = facts(doc, "砂丘の図書館 2nd Season", "砂丘の図書館")
    assert ("staff", "スーパーバイザー", "三宅トオル") in got
    assert ("staff", "director", "三宅トオル") not in got
    assert not any(v.startswith("※") for _f, _k, v in got)


def test_a_teaser_first_played_at_a_named_concert():
    doc = ja_news("<p>TVアニメ『ほしかげ楽団』の劇場版『劇場版 ほしかげ楽団』が2027年6月18日より公開される。"
                  "22日に行われた単独コンサート「ほしかげ楽団 Winter Concert 2026」の終盤で制作が発表され、会場のスクリーンで特報映像が初めて流された。</p>",
                  "『劇場版 ほしかげ楽団』公開決定")
    got = {(k, v) for f, k, v in facts(doc, "劇場版 ほしかげ楽団") if f == "premiere_event"}
    assert ("ほしかげ楽団 Winter Concert 2026", "特報映像") in got


def test_placeholders_links_and_carried_over_words_are_no_values():
    doc = ja_news("<p>TVアニメ『ほしかげ楽団』は2027年4月放送。アニメーション制作はTVシリーズと同じくスタジオ・ミモザが手がける。</p>"
                  "<table class=\"info\"><tr><th>主題歌</th><td>OPテーマ：ミズイロ「夜明けのキャンバス」<br>EDテーマ：近日解禁</td></tr>"
                  "<tr><th>キャスト</th><td>ミナト：早見ゆう／カイ：沢村湊</td></tr></table>"
                  "<p class=\"source\">関連リンク：TVアニメ『ほしかげ楽団』公式サイト／公式X @hoshikage</p>", "『ほしかげ楽団』情報")
    got = facts(doc, "ほしかげ楽団")
    assert not any(v == "近日解禁" for f, _k, v in got if f == "theme_song")
    assert not any(k == "関連リンク" for f, k, _v in got if f == "cast")
    assert ("studio", "スタジオ・ミモザ") in {(f, v) for f, _k, v in got}
    assert not any("同じく" in v for _f, _k, v in got)


def test_a_news_lists_two_new_names_joined_by_a_dot_and_a_wiki_internet_topic():
    doc = ("<!doctype html><html lang=\"ja\"><head><meta charset=\"utf-8\"><title>TVアニメ「ほしかげ楽団」公式サイト</title></head>"
           "<body><main><h1>ほしかげ楽団</h1><h2>NEWS</h2><ul><li>2026.09.18 CAST 追加キャストとして早見ゆう・沢村湊の出演が決定</li></ul>"
           "<h2>放送情報</h2><p>TOKYO MX 2027年1月8日より</p><p>インターネットではdアニメストア、ABEMAほかで配信予定。</p></main></body></html>")
    got = facts(doc, "ほしかげ楽団")
    actors = {v for f, k, v in got if f == "cast"}
    assert "早見ゆう・沢村湊" not in actors
    assert not any("インターネット" in v for _f, _k, v in got)


def test_a_readers_hearsay_is_no_fact():
    doc = fan_db("<table border=1><tr><th>タイトル</th><td>ほたる坂写真部</td></tr><tr><th>話数</th><td>未発表</td></tr></table>"
                 "<table><tr><td><b>◇掲示板より（最新3件）</b><br><b>11/22 名無しさん：</b>全12話って公式で出てたよ。"
                 "あとMXは4/13スタートって聞いた<br><b>11/21 通りすがり：</b>全13話らしい</td></tr></table>", "ほたる坂写真部")
    got = facts(doc, "ほたる坂写真部")
    assert not any(f == "episodes" for f, _k, _v in got)
    assert not any(v.endswith("-04-13") for f, _k, v in got if f == "release_date")


def test_a_service_named_after_the_start_with_its_exclusive_streaming_words():
    doc = ("<!doctype html><html lang=\"ja\"><head><meta charset=\"utf-8\"><title>みなと湯けむり日記 | アニメ配信</title></head>"
           "<body><main><h1>みなと湯けむり日記</h1><dl class=\"spec\"><dt>配信開始</dt>"
           "<dd>2027年4月4日(日) 0:00〜 ミナトチャンネル+ 独占先行配信</dd></dl></main></body></html>")
    got = facts(doc, "みなと湯けむり日記")
    assert ("streaming", "ミナトチャンネル+") in {(f, v) for f, _k, v in got}
    assert not any(f == "broadcaster" for f, _k, _v in got)
    assert not any("独占" in v for _f, _k, v in got if _f in ("streaming", "broadcaster"))


def test_a_broadcast_parts_own_sub_marks_do_not_end_it():
    doc = fan_db("<b>◆放送局</b><br><b>◆地上波</b><br><table border=1><tr><th>放送局</th><th>放送開始</th><th>曜日・時間</th></tr>"
                 "<tr><td>TOKYO MX</td><td>2027/04/07</td><td>毎週水曜 22:00〜</td></tr></table>"
                 "<b>◆BS</b><br>BS11<br>2027年4月9日より 毎週金曜 23:00〜<br>", "ほたる坂写真部")
    got = facts(doc, "ほたる坂写真部")
    assert ("broadcaster", "bs11", "BS11") in got
