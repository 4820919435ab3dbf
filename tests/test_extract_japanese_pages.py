"""Extraction on Japanese pages: streaming sites, databases, press releases, official sites (invented names)."""
from __future__ import annotations

from functools import partial

from extract_helpers import facts

_facts = partial(facts, url="https://stream.example/works/w100")


def _doc(body: str, title: str = "すずらん写真部 | 見放題 ネコミル") -> str:
    return f"""<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>{title}</title></head><body>
<main><h1>すずらん写真部</h1>{body}</main></body></html>"""


# ---------------------------------------------------------------- a streaming page's episode list
_EPISODES = _doc("""
<section><h2>放送情報</h2><dl>
<dt>テレビ放送</dt><dd>TOKYO MX：2027年4月6日（火）より毎週火曜 24:00〜</dd>
<dt>話数</dt><dd>全12話</dd></dl></section>
<section><h2>エピソード</h2><ol>
<li><span>第1話</span> シャッターの音 <span>4月8日配信予定</span></li>
<li><span>第2話</span> 暗室の秘密 <span>4月15日配信予定</span></li>
</ol></section>""")


def test_an_episode_list_heading_ends_the_broadcast_section():
    facts = _facts(_EPISODES, "すずらん写真部")
    assert ("broadcaster", "tokyomx", "TOKYO MX") in {(f, k.lower().replace(" ", ""), v) for f, k, v in facts}
    # the episodes' own days are no service's start
    assert not any("2027-04-15" in v or "第2話" in k for f, k, v in facts)


# ---------------------------------------------------------------- "<service>配信" as a row label
_SERVICE_ROW = _doc("""
<section><h2>放送情報</h2><dl>
<dt>テレビ放送</dt><dd>TOKYO MX：2027年4月6日（火）より毎週火曜 24:00〜</dd>
<dt>ネコミル配信</dt><dd>2027年4月8日（木）12:00〜 毎週木曜更新</dd>
</dl></section>""")


def test_a_service_named_row_label_keys_that_service():
    facts = _facts(_SERVICE_ROW, "すずらん写真部")
    assert ("release_date", "ネコミル", "2027-04-08") in facts
    assert not any(k == "ネコミル配信" for f, k, v in facts)


# ---------------------------------------------------------------- a caption over a bare watch link
_CAPTIONS = _doc("""
<section><h2>予告・PV</h2><ul>
<li><p>PV第2弾（2027/02/20公開）</p><a href="https://www.youtube.com/watch?v=AbCdEfGh002">YouTubeで見る</a></li>
<li><p>PV第1弾（2026/10/01公開）</p><a href="https://www.youtube.com/watch?v=AbCdEfGh001">YouTubeで見る</a></li>
</ul></section>""")


def test_a_caption_numbers_the_video_of_a_bare_watch_link():
    facts = _facts(_CAPTIONS, "すずらん写真部")
    assert ("trailer", "PV 2", "2027-02-20 https://www.youtube.com/watch?v=AbCdEfGh002") in facts
    assert ("trailer", "PV 1", "2026-10-01 https://www.youtube.com/watch?v=AbCdEfGh001") in facts


# ---------------------------------------------------------------- a database's side column of other titles
_DB_SIDE = """<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>すずらん写真部 | アニメ資料庫</title></head>
<body><div id="wrap"><div id="main"><h1>すずらん写真部</h1>
<table class="infobox"><tr><th>放送時期</th><td>2027年春</td></tr><tr><th>アニメーション制作</th><td>スタジオ灯台</td></tr>
<tr><th>話数</th><td>全12話</td></tr></table>
<h2>スタッフ</h2><table class="credit"><tr><th>監督</th><td><a href="/person/11">湊ケイ</a></td></tr>
<tr><th>音楽</th><td><a href="/person/12">森あかね</a></td></tr></table>
<p>寂れた写真部を舞台に、三人の部員がフィルムカメラで町を撮り歩く青春群像劇。原作は同人誌から始まった人気作で、アニメ化の発表時には大きな話題となった。</p>
</div>
<div id="side"><div class="box"><h3>2027年春アニメ</h3><ul>
<li><a href="/anime/501">星くず商店街</a><br><small>2027年4月3日 ／ 制作：ぴかぴか堂 ／ 監督：北条ハヤト</small></li>
<li><a href="/anime/502">月夜のパティシエ</a><br><small>2027年4月 ／ 制作：スタジオ朧</small></li>
<li><a href="/anime/503">港町ラジオ</a><br><small>2027年4月9日 ／ 監督：西園寺レン</small></li>
</ul></div></div></div></body></html>"""


def test_a_side_columns_list_of_other_titles_is_not_content():
    from bs4 import BeautifulSoup
    from tracker.page import Page
    for page in (Page("https://db.example/anime/500", _DB_SIDE),
                 Page("https://db.example/anime/500", b"", _soup=BeautifulSoup(_DB_SIDE, "lxml"))):
        text = page.main.get_text(" ")
        assert "湊ケイ" in text and "北条ハヤト" not in text and "西園寺レン" not in text
    facts = _facts(_DB_SIDE, "すずらん写真部")
    assert ("staff", "director", "湊ケイ") in facts
    assert not any("北条ハヤト" in v or "西園寺レン" in v or "2027-04-09" in v for f, k, v in facts)


# ---------------------------------------------------------------- songs whose singers are credited with their parts
_SONGS = _doc("""
<h2>■ 主題歌・挿入歌</h2>
<p><strong>エンディングテーマ</strong><br>「ゆうやけ定食」／小町りん（白石ナギ役）</p>
<p><strong>挿入歌</strong><br>「暗室ブルース」／久住マコ（部長役）</p>
<p>小町りん コメント：<br>「撮影帰りの夕暮れを思い浮かべながら歌いました。ぜひ聴いてください！」</p>""",
                title="TVアニメ『すずらん写真部』主題歌決定 | プレスネット")


def test_a_song_line_naming_the_singers_part_is_the_song():
    facts = _facts(_SONGS, "すずらん写真部")
    songs = {k: v for f, k, v in facts if f == "theme_song"}
    assert songs["ending 1"].startswith("ゆうやけ定食 — 小町りん")
    assert songs["insert 1"].startswith("暗室ブルース — 久住マコ")
    # the singer's comment box below is no song
    assert not any("夕暮れ" in v for v in songs.values())
    assert ("cast", "白石ナギ", "小町りん") in facts


# ---------------------------------------------------------------- a "STAFF&CAST" section's credits
_STAFF_CAST = _doc("""
<h2>STAFF&amp;CAST</h2>
<p>原作：七瀬ユキ</p><p>原作イラスト：あおばね</p><p>監督：湊ケイ</p><p>シリーズ構成・脚本：森あかね</p>
<p>ミナ：春野ひかり</p>""")


def test_a_mixed_sections_combined_credit_and_illustration_credit_are_staff():
    facts = _facts(_STAFF_CAST, "すずらん写真部")
    assert ("staff", "series composition", "森あかね") in facts
    assert ("staff", "screenplay", "森あかね") in facts
    assert ("staff", "原作イラスト", "あおばね") in facts
    assert ("cast", "ミナ", "春野ひかり") in facts
    assert not any(f == "cast" and v in ("森あかね", "あおばね") for f, k, v in facts)


# ---------------------------------------------------------------- a video screened at a named event
def _news(body: str, title: str = "すずらん写真部：第2弾PV公開 - アニメニュース") -> str:
    return f"""<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>{title}</title></head><body>
<main><article><h1>{title}</h1>{body}</article></main></body></html>"""


def test_an_episodes_opening_screened_at_an_event():
    doc = _news("<p>テレビアニメ「すずらん写真部」の第2弾PVが公開された。</p>"
                "<p>10月3日に開催されたイベント「アニメ博覧会2026」のステージでは第1話の冒頭映像が上映され、キャストが登壇した。</p>")
    facts = _facts(doc, "すずらん写真部")
    assert ("premiere_event", "アニメ博覧会2026", "第1話の冒頭映像") in facts


def test_a_pv_screened_at_the_event_a_heading_names():
    doc = _news("<h2>「ファンミーティング2026」ステージレポート</h2>"
                "<p>3月2日に開催された「ファンミーティング2026」のスペシャルステージに、キャストが登壇しました。"
                "ステージでは第1弾PVを大画面で初上映しました。</p>", title="すずらん写真部 公式サイト")
    facts = _facts(doc, "すずらん写真部")
    assert ("premiere_event", "ファンミーティング2026", "第1弾PV") in facts


def test_a_later_seasons_teaser_at_an_earlier_seasons_event():
    doc = _news("<h2>イベント</h2><p>2026年9月1日、第1期完結記念イベント「潮騒の夜」で第2期の制作が発表され、"
                "第2期ティザーPVが初上映された。</p>", title="すずらん写真部 第2期 | アニメ資料庫")
    assert ("premiere_event", "潮騒の夜", "第2期ティザーPV") in _facts(doc, "すずらん写真部 第2期")
    # the same sentence on the first season's page is no event of its own video
    assert not any(f == "premiere_event" for f, k, v in _facts(doc.replace("第2期 |", " |"), "すずらん写真部"))


# ---------------------------------------------------------------- a news article's numbered PV beside an older dated one
def test_the_article_dates_the_pv_its_headline_names_by_number():
    title = "すずらん写真部：4月放送 第2弾PV公開 - アニメニュース"
    doc = f"""<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>{title}</title>
<meta property="article:published_time" content="2027-02-10T07:00:00+09:00"></head><body><main><article>
<h1>{title}</h1>
<p>テレビアニメ「すずらん写真部」が4月からTOKYO MXで放送される。同日公開された第2弾PVでは部室の場面が描かれた。</p>
<div class="video"><p>【PV】TVアニメ「すずらん写真部」第2弾PV</p>
<a href="https://www.youtube.com/watch?v=SuZuRaN0002"><img src="https://i.ytimg.example/vi/SuZuRaN0002/hq.jpg" alt="第2弾PV"></a></div>
<p>昨年10月に公開された第1弾PVは部員の紹介が中心だった。</p>
</article></main></body></html>"""
    facts = _facts(doc, "すずらん写真部")
    assert ("trailer", "PV 2", "2027-02-10 https://www.youtube.com/watch?v=SuZuRaN0002") in facts


# ---------------------------------------------------------------- a theme's title and singer in separate clauses
def test_a_themes_title_and_singer_told_apart_in_one_sentence():
    doc = _news("<p>テレビアニメ「すずらん写真部」の主題歌が発表された。"
                "オープニングテーマ（OP）を3人組バンド「ピンホール」が担当し、楽曲のタイトルは「光の粒」に決まった。"
                "エンディングテーマ（ED）「暗室の窓」は、部長のミナを演じる声優の春野ひかりさんが歌う。</p>")
    facts = _facts(doc, "すずらん写真部")
    assert ("theme_song", "opening 1", "光の粒 — ピンホール") in facts
    assert ("theme_song", "ending 1", "暗室の窓 — 春野ひかり") in facts


# ---------------------------------------------------------------- precision: words that are no names or stations
def test_a_meta_description_start_phrase_is_no_station():
    doc = f"""<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>すずらん写真部：来年4月からMBSほかで放送</title>
<meta name="description" content="マンガ「すずらん写真部」のテレビアニメが来年4月からMBSほかで放送されることが分かった。"></head>
<body><main><article><h1>すずらん写真部：来年4月からMBSほかで放送</h1><p>テレビアニメ「すずらん写真部」の放送局が発表された。</p></article></main></body></html>"""
    facts = _facts(doc, "すずらん写真部")
    assert ("broadcaster", "mbs", "MBS") in facts
    assert not any(f == "broadcaster" and "来年" in v for f, k, v in facts)


def test_a_news_line_adding_a_cast_member_names_only_the_actor():
    doc = _doc("""<h2>NEWS</h2><ul><li>2026.09.15 CAST 追加キャストとして森ミナトさんの出演が決定！</li></ul>""",
               title="TVアニメ「すずらん写真部」公式サイト")
    facts = _facts(doc, "すずらん写真部")
    assert not any(f == "cast" and "出演" in v for f, k, v in facts)


def test_a_story_line_hearing_a_voice_is_no_cast_credit():
    doc = _news("<p>テレビアニメ「すずらん写真部」は、風の声を聴く少女と、不器用な写真部員が紡ぐ青春ファンタジー。</p>"
                "<p>ミナの声を春野ひかりさんが担当する。</p>")
    facts = _facts(doc, "すずらん写真部")
    assert ("cast", "ミナ", "春野ひかり") in facts
    assert not any(f == "cast" and "聴く" in v for f, k, v in facts)


def test_a_database_staff_table_with_person_links_is_no_cast_table():
    doc = _DB_SIDE.replace('<p>寂れた写真部', '<p class="memo">キャラクターデザイン・音楽は続投。</p><p>寂れた写真部')
    facts = _facts(doc, "すずらん写真部")
    assert ("staff", "director", "湊ケイ") in facts
    assert not any(f == "cast" and v == "湊ケイ" for f, k, v in facts)
    assert not any(v == "続投" for f, k, v in facts)


def test_a_surname_in_a_role_mention_stands_for_the_full_name():
    doc = _news("<p>テレビアニメ「すずらん写真部」のエンディングテーマを、声優の春野ひかりさんが歌う。</p>"
                "<p>ミナ役の春野さんはすでに発表されている。</p>")
    facts = _facts(doc, "すずらん写真部")
    assert ("cast", "ミナ", "春野ひかり") in facts
    assert ("cast", "ミナ", "春野") not in facts


def test_a_wrapper_named_side_around_the_title_is_no_side_column():
    from tracker.page import Page
    doc = _DB_SIDE.replace('<div id="wrap">', '<div id="wrap" class="layout with-side">').replace(
        '<div id="side">', '<div id="rail">')
    page = Page("https://db.example/anime/500", doc)
    text = page.main.get_text(" ")
    assert "湊ケイ" in text and "全12話" in text   # no side column: the content stays
    assert "北条ハヤト" not in text   # (the list goes by its own label, "2027年春アニメ": a rail of other titles)


def test_a_kind_of_streaming_as_a_row_label_names_no_service():
    doc = _SERVICE_ROW.replace("ネコミル配信", "日本最速配信")
    facts = _facts(doc, "すずらん写真部")
    assert not any(k == "日本" for f, k, v in facts)
