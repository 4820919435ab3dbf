"""Japanese pages of a later season or a changed schedule: what belongs to the earlier season or to the notice."""
from __future__ import annotations

from extract_helpers import facts


def _db_page(body: str, title: str) -> str:
    return (f"<!doctype html><html lang=\"ja\"><head><meta charset=\"utf-8\"><title>{title} - 作品DB</title></head>"
            f"<body><main><h1>{title}</h1>{body}</main></body></html>")


def test_previous_season_data_box_is_not_this_season():
    page = _db_page(
        "<table class=\"info\"><tr><th>放送時期</th><td>2028年1月予定</td></tr>"
        "<tr><th>アニメーション制作</th><td>スタジオ小灯</td></tr></table>"
        "<h2>スタッフ</h2><table><tr><th>監督</th><td>岡部ミツル</td></tr>"
        "<tr><th>キャラクターデザイン</th><td>里見トワ</td></tr></table>"
        "<h2>前シーズンのデータ</h2><table><tr><th>放送期間</th><td>2026年4月5日～6月28日</td></tr>"
        "<tr><th>キャラクターデザイン</th><td>江波ユカリ</td></tr>"
        "<tr><th>OP</th><td>「空の底」ミナトブルー</td></tr><tr><th>配信</th><td>Netflix</td></tr></table>",
        "星屑ポストマン 第2期")
    got = facts(page, "星屑ポストマン 第2期")
    assert ("release_date", "", "2028-01") in got
    assert ("staff", "character design", "里見トワ") in got
    assert not any("江波ユカリ" in v or "空の底" in v or v == "Netflix" or v.startswith("2026") for _, _, v in got)


def test_day_a_delay_was_announced_is_not_the_new_date():
    page = _db_page(
        "<table><tr><th>放送時期</th><td>2027年10月予定<br><small>※当初2027年7月放送予定と発表されていたが、"
        "2027年3月4日に延期が告知された</small></td></tr></table>", "霧笛のアトリエ")
    got = facts(page, "霧笛のアトリエ")
    dates = {v for f, k, v in got if f == "release_date" and not k}
    assert dates == {"2027-10"}


def _release(body: str) -> str:
    return ("<!doctype html><html lang=\"ja\"><head><meta charset=\"utf-8\"><title>プレスリリース</title></head><body>"
            f"<main><article>{body}</article></main></body></html>")


def test_faq_question_names_no_network():
    page = _db_page(
        "<p>TVアニメ『月影書房の帳簿』は2027年1月9日(土)よりTOKYO MXにて放送開始。</p>"
        "<h2>よくあるご質問</h2><dl><dt>Q. BS11やABEMAでの放送・配信はありますか？</dt>"
        "<dd>A. 現在のところ予定はございません。</dd></dl>", "月影書房の帳簿")
    got = facts(page, "月影書房の帳簿")
    assert ("broadcaster", "tokyomx", "TOKYO MX") in got
    assert not any(v in ("BS11", "ABEMA") for _, _, v in got)


def test_director_listed_among_event_guests():
    page = _db_page(
        "<h2>イベント</h2><h3>第1話先行上映会</h3><dl><dt>登壇者（予定）</dt>"
        "<dd>春野ミオ（サクラ役）、秋田ユウ（カエデ役）、監督：冬木タクミ</dd></dl>", "紙風船ラジオ")
    got = facts(page, "紙風船ラジオ")
    assert ("cast", "サクラ", "春野ミオ") in got
    assert ("staff", "director", "冬木タクミ") in got


def test_theme_artist_with_reading_in_brackets():
    page = _release(
        "<h1>アニメ『硝子の灯台守』オープニングテーマ決定</h1><h2>■オープニングテーマ決定</h2>"
        "<p>オープニングテーマは、3人組バンド・NORTHWIND7（ノースウィンドセブン）の新曲「Paper Comet」に決定いたしました。</p>")
    got = facts(page, "硝子の灯台守")
    assert ("theme_song", "opening 1", "Paper Comet — NORTHWIND7") in got


def test_video_url_printed_as_text_and_other_releases_list():
    page = _release(
        "<h1>アニメ『硝子の灯台守』本予告公開</h1><p>アニメ『硝子の灯台守』の予告映像を公開しました。</p><ul>"
        "<li>本予告（2026年10月3日公開）：https://www.youtube.com/watch?v=Ab3dEf6hIj9</li>"
        "<li>ティザー予告（2026年6月1日公開）：https://www.youtube.com/watch?v=Zy8xWv5uTs2</li></ul>"
        "<section><h2>株式会社ミナモスタジオのプレスリリース</h2><ul>"
        "<li><a href=\"/r/1\">TVアニメ『砂時計の庭』2027年1月放送開始！OPテーマはmoca-mi「渚の約束」に決定</a> <span>2026年9月1日</span></li>"
        "<li><a href=\"/r/2\">『砂時計の庭』Blu-ray発売決定</a> <span>2026年8月1日</span></li></ul></section>")
    got = facts(page, "硝子の灯台守")
    trailers = {k: v for f, k, v in got if f == "trailer"}
    assert trailers.get("teaser 1") == "2026-06-01 https://www.youtube.com/watch?v=Zy8xWv5uTs2"
    assert trailers.get("trailer 1") == "2026-10-03 https://www.youtube.com/watch?v=Ab3dEf6hIj9"
    assert not any("渚の約束" in v or "moca-mi" in v for _, _, v in got)


def test_commercial_for_the_source_book_is_no_trailer():
    page = _db_page(
        "<h2>MOVIE</h2><ul>"
        "<li><a href=\"https://www.youtube.com/watch?v=Pq1rSt2uVw3\"><span>PV第1弾（2026.9.1）</span></a></li>"
        "<li><a href=\"https://www.youtube.com/watch?v=Lm4nOp5qRs6\"><span>原作コミックス第5巻 CM</span></a></li></ul>",
        "雪灯りの郵便局")
    got = facts(page, "雪灯りの郵便局")
    assert ("trailer", "PV 1", "2026-09-01 https://www.youtube.com/watch?v=Pq1rSt2uVw3") in got
    assert not any("Lm4nOp5qRs6" in v for _, _, v in got)


def test_article_picture_credit_is_no_cast():
    page = _db_page(
        "<h2>キャスト</h2><p>ミナ：春野ミオ<br>カイ：秋田ユウ</p>"
        "<div class=\"author\">文：アニメ通信編集部　写真提供：雪灯り製作委員会</div>", "雪灯りの郵便局")
    got = facts(page, "雪灯りの郵便局")
    assert ("cast", "ミナ", "春野ミオ") in got
    assert not any("委員会" in v for _, _, v in got)


def test_song_the_band_also_did_for_the_tv_series():
    page = _db_page(
        "<p>劇場版『潮見坂の灯台』のエンディング主題歌は、TVシリーズのオープニングテーマ「青い信号」も担当した"
        "バンド・Silver Tops（シルバートップス）による書き下ろし曲「夜明けの桟橋」に決定。</p>", "劇場版 潮見坂の灯台")
    got = facts(page, "劇場版 潮見坂の灯台")
    songs = {k: v for f, k, v in got if f == "theme_song"}
    assert not any("青い信号" in v for v in songs.values())
    assert not any(v.startswith("夜明けの桟橋 — s") for v in songs.values())


def _matome(body: str) -> str:
    return ("<!doctype html><html lang=\"ja\"><head><meta charset=\"utf-8\"><title>まとめ速報</title></head><body>"
            f"<div id=\"main\"><div class=\"article\">{body}</div></div></body></html>")


def test_readers_thread_is_not_the_page_and_equals_cast_row():
    page = _matome(
        "<h2>【朗報】『夕凪ベーカリー』来年1月から放送開始！</h2>"
        "<p>TVアニメ『夕凪ベーカリー』が、2027年1月8日よりテレビ東京ほかで放送される。放送は2クール、全24話を予定。</p>"
        "<p>キャスト：ミナ＝春野ミオ／カイ＝秋田ユウ（新キャラ）</p>"
        "<h3>ネットの反応</h3>"
        "<div class=\"res\">1：名無しさん 2026/11/25<br>全13話って書いてあったけど2クールなのかよ</div>"
        "<div class=\"res\">2：名無しさん 2026/11/25<br>ミナ役の冬木レイが歌ってほしい</div>")
    got = facts(page, "夕凪ベーカリー")
    assert ("episodes", "", "24") in got
    assert ("cast", "ミナ", "春野ミオ") in got
    assert ("cast", "カイ", "秋田ユウ") in got
    assert not any(v in ("13", "冬木レイ") for _, _, v in got)


def test_source_is_the_authors_web_novel():
    page = _db_page("<p>TVアニメ『夕凪ベーカリー』の制作が決定。</p><p>原作は水無月トオルのWeb小説（書籍版は灯火文庫）。</p>",
                    "夕凪ベーカリー")
    got = facts(page, "夕凪ベーカリー")
    assert ("staff", "original creator", "水無月トオル") in got
    assert not any("灯火文庫" in v for _, _, v in got)


def test_minutes_of_an_episode_screened_at_an_event():
    page = _release(
        "<h1>アニメ『硝子の灯台守』メイン予告解禁</h1><h2>■メイン予告映像解禁</h2>"
        "<p>アニメ『硝子の灯台守』は、11月3日に開催された「AUTUMN ANIME STAGE 2026」のステージにて、"
        "第1話の冒頭約8分の映像をいち早く上映した。</p>")
    got = facts(page, "硝子の灯台守")
    assert any(f == "premiere_event" and k == "AUTUMN ANIME STAGE 2026" and "第1話" in v for f, k, v in got)


def test_late_slot_given_in_the_next_sentence():
    page = _db_page(
        "<p>TVアニメ『夕凪ベーカリー』は、2027年4月4日（日）よりテレビ東京ほかにて放送予定。"
        "テレビ東京では毎週日曜25:05～の枠となる。</p>", "夕凪ベーカリー")
    got = facts(page, "夕凪ベーカリー")
    assert ("release_date", "", "2027-04-05") in got
    other = _db_page(
        "<p>TVアニメ『夕凪ベーカリー』は、2027年4月4日（日）よりテレビ東京ほかにて放送予定。"
        "BS日テレでは毎週水曜25:05～放送。dアニメストア、U-NEXT、ABEMAほかでも順次配信予定で、配信開始日は各サービスにて"
        "後日発表される。</p>", "夕凪ベーカリー")
    assert ("release_date", "", "2027-04-04") in facts(other, "夕凪ベーカリー")


def test_event_stage_then_topic_particle_before_the_episode():
    page = _db_page(
        "<p>TVアニメ『夕凪ベーカリー』の新情報が公開された。12月5日に開催される「Harbor Anime Fes 2026」のステージでは、"
        "第1話の先行上映と、キャストトークが行われる予定だ。</p>", "夕凪ベーカリー")
    got = facts(page, "夕凪ベーカリー")
    assert any(f == "premiere_event" and k == "Harbor Anime Fes 2026" and v.startswith("第1話") for f, k, v in got)



def test_previous_season_heading_words():
    from tracker.page import _previous_season_heading, _reaction_heading
    assert _previous_season_heading("前シーズンのデータ") and _previous_season_heading("Previous season info")
    assert not _previous_season_heading("前期主題歌")   # a two-cour show's first half
    assert not _previous_season_heading("前作からの続投キャスト")
    assert _reaction_heading("ネットの反応") and not _reaction_heading("キャストコメント")
    assert not _reaction_heading("Comments")   # a press release's staff and cast comments
