"""Japanese announcement pages (press releases, news articles, blogs, databases): phrasings the extractors must
read, each with a trap that must not become a fact."""
from __future__ import annotations

from extract_helpers import facts

TITLE = "灯火の森のミナ"


def ja_page(body: str, published: str = "2026-11-26") -> str:
    return (f"<!doctype html><html lang=\"ja\"><head><meta charset=\"utf-8\"><title>TVアニメ『{TITLE}』最新情報</title>"
            f"<meta property=\"article:published_time\" content=\"{published}T12:00:00+09:00\"></head>"
            f"<body><main><article><h1>TVアニメ『{TITLE}』最新情報</h1>{body}</article></main></body></html>")


def of(fs, field):
    return {(k, v) for f, k, v in fs if f == field}


def test_station_line_with_its_block_in_brackets_dates_the_premiere_past_midnight():
    page = ja_page(f"<p>TVアニメ『{TITLE}』の放送情報をお知らせします。</p>"
                   "<h2>■放送情報</h2><p>TBS「アニメイズム」：2027年1月13日より毎週水曜25:28〜<br>"
                   "BS-TBSでも放送</p>")
    fs = facts(page, TITLE)
    assert ("", "2027-01-14") in of(fs, "release_date")


def test_watch_link_labelled_only_by_its_platform_takes_the_heading_number():
    page = ja_page(f"<p>TVアニメ『{TITLE}』の第3弾PVを本日公開しました。</p>"
                   "<h2>■第3弾PV（本編映像ver.）</h2>"
                   "<p>YouTube：<a href=\"https://www.youtube.com/watch?v=AbCdEf12345\">https://www.youtube.com/watch?v=AbCdEf12345</a></p>")
    tr = of(facts(page, TITLE), "trailer")
    assert ("PV 3", "2026-11-26 https://www.youtube.com/watch?v=AbCdEf12345") in tr
    assert not any(k == "PV 1" for k, _ in tr)


def test_each_earlier_video_dated_by_its_own_bracket_not_taken_as_the_premiere():
    page = ja_page(f"<p>TVアニメ『{TITLE}』は2027年4月より放送開始。</p>"
                   "<p>※第1弾PV（2026年6月公開）、第2弾PV（2026年9月公開）も公式YouTubeチャンネルにて公開中です。</p>")
    fs = facts(page, TITLE)
    assert {("PV 1", "2026-06"), ("PV 2", "2026-09")} <= of(fs, "trailer")
    assert of(fs, "release_date") == {("", "2027-04")}


def test_late_night_slot_after_the_stations_gives_the_next_day():
    page = ja_page(f"<p>テレビアニメ「{TITLE}」が、2027年1月10日からTOKYO MXほかで毎週日曜深夜1時半（25時半）に放送されることが"
                   "分かった。</p>")
    assert ("", "2027-01-11") in of(facts(page, TITLE), "release_date")


def test_evening_slot_after_the_stations_keeps_the_day():
    page = ja_page(f"<p>テレビアニメ「{TITLE}」が、2027年1月10日からTOKYO MXほかで毎週日曜午後10時に放送されることが"
                   "分かった。</p>")
    assert ("", "2027-01-10") in of(facts(page, TITLE), "release_date")


def test_services_of_a_clause_stand_when_another_clause_says_the_date_is_unknown():
    page = ja_page(f"<p>アニメ「{TITLE}」の配信はABEMA、U-NEXTほかで予定されているが、配信開始日時は未発表。</p>"
                   f"<p>アニメ「{TITLE}」の配信はHuluで予定されているが、TOKYO MXでの放送は未定。</p>")
    fs = facts(page, TITLE)
    assert {"abema", "unext", "hulu"} <= {k for k, _ in of(fs, "streaming")}
    assert not of(fs, "broadcaster")


def test_a_word_describing_the_actor_is_not_part_of_the_name():
    page = ja_page(f"<p>アニメ「{TITLE}」の追加キャストが発表された。師匠・ガロ役には大御所の岩清水剛さんが決まった。</p>")
    assert ("ガロ", "岩清水剛") in of(facts(page, TITLE), "cast")


def test_premiere_day_in_a_headline_does_not_date_the_video_it_also_announces():
    page = (f"<!doctype html><html lang=\"ja\"><head><meta charset=\"utf-8\"><title>{TITLE}：1月10日スタート</title>"
            "<meta property=\"article:published_time\" content=\"2026-11-26T18:00:00+09:00\"></head><body><main><article>"
            f"<h1>{TITLE}：TVアニメが1月10日スタート　第2弾PVも公開</h1>"
            f"<p>テレビアニメ「{TITLE}」が、2027年1月10日からTOKYO MXで放送されることが11月26日、分かった。第2弾PVも公開された。</p>"
            "</article></main></body></html>")
    tr = of(facts(page, TITLE), "trailer")
    assert ("PV 2", "2026-11-26") in tr
    assert not any(v.startswith("2027-01-10") for _, v in tr)


def test_a_blog_cast_row_of_character_ellipsis_actor_pairs():
    page = ja_page(f"<h2>{TITLE}</h2><ul><li><b>監督：</b>北川ミオ</li>"
                   "<li><b>キャスト：</b>船長・アトラ…森野ゆう／見習いのキルト…相沢圭／ノア…結城ひなの</li></ul>")
    cast = of(facts(page, TITLE), "cast")
    assert {("船長・アトラ", "森野ゆう"), ("キルト", "相沢圭"), ("ノア", "結城ひなの")} <= cast
    assert not any("…" in v or "..." in v for _, v in cast)


def test_the_source_author_named_by_the_word_sakusha():
    page = ja_page(f"<p>アニメ「{TITLE}」の原作はWebで人気の4コマで、作者の木漏日ひかりさんが描くゆるい空気感が魅力。</p>"
                   f"<p>アニメ「{TITLE}」の原作は、『星屑の迷路』の作者の砂原ユウさんも絶賛している。</p>")
    staff = of(facts(page, TITLE), "staff")
    assert ("original creator", "木漏日ひかり") in staff
    assert not any("砂原" in v for _, v in staff)


def test_a_line_label_before_a_cast_phrase_is_not_the_character():
    page = ja_page(f"<h2>{TITLE}</h2><ul><li><b>監督：</b>北川ミオ</li>"
                   "<li><b>キャスト：</b>ルーク役に大鳥翔真さん、部下のエマ役に春日こはるさん</li></ul>")
    cast = of(facts(page, TITLE), "cast")
    assert ("ルーク", "大鳥翔真") in cast
    assert not any(":" in k or "：" in k for k, _ in cast)


def test_a_video_that_came_out_in_a_yearless_month_or_day_is_dated_back_from_the_article():
    page = ja_page(f"<h2>{TITLE}</h2><p>アニメ「{TITLE}」は2027年1月放送予定。9月に出たティザーPVはこちら → "
                   "<a href=\"https://www.youtube.com/watch?v=Tz1aaaaaaaa\">https://www.youtube.com/watch?v=Tz1aaaaaaaa</a></p>"
                   "<p>先週（11月22日）公開された本PVも必見。 <a href=\"https://www.youtube.com/watch?v=Pv1bbbbbbbb\">本PV</a></p>")
    tr = of(facts(page, TITLE), "trailer")
    assert ("teaser 1", "2026-09 https://www.youtube.com/watch?v=Tz1aaaaaaaa") in tr
    assert ("PV 1", "2026-11-22 https://www.youtube.com/watch?v=Pv1bbbbbbbb") in tr


def test_an_event_named_for_the_episode_it_screens_is_the_premiere_event_unless_called_off():
    held = ja_page(f"<h2>{TITLE}</h2><p>アニメ「{TITLE}」は1月放送。12月19日に開催される「ミナ 第1話先行上映会」では"
                   "第1話が一足早く上映される予定。</p>")
    assert ("ミナ 第1話先行上映会", "第1話先行上映") in of(facts(held, TITLE), "premiere_event")
    off = ja_page(f"<p>アニメ「{TITLE}」の放送時期の変更に伴い、2月に開催を予定しておりました「第1話先行上映会」は開催を"
                  "見送らせていただくこととなりました。</p>")
    assert not of(facts(off, TITLE), "premiere_event")


def test_a_work_pages_events_list_gives_the_event_and_what_it_showed():
    page = ja_page(f"<h2>概要</h2><p>アニメ「{TITLE}」の作品データ。</p><h2>イベント</h2>"
                   "<ul><li>2026年11月14日　ミナ スペシャルステージ（ティザーPV初公開、放送時期発表）</li>"
                   "<li>2026年8月1日　ミナ 原画展（原画200点を展示）</li></ul>")
    ev = of(facts(page, TITLE), "premiere_event")
    assert ("ミナ スペシャルステージ", "ティザーPV初公開、放送時期発表") in ev
    assert not any("原画展" in k for k, _ in ev)


def test_the_opening_minutes_screened_at_a_named_festival():
    page = ja_page(f"<p>アニメ「{TITLE}」の最新情報。</p><h2>■ 映画祭での冒頭映像上映</h2>"
                   "<p>11月3日に開催された「北海アニメ映画祭2026」では、本作の冒頭10分間が世界初上映され、上映後には監督が登壇しました。</p>")
    ev = of(facts(page, TITLE), "premiere_event")
    assert any(k == "北海アニメ映画祭2026" and "冒頭10分間" in v for k, v in ev)


def test_a_surname_ending_like_a_title_stays_with_the_character_name():
    page = ja_page(f"<p>アニメ「{TITLE}」のOPを歌うのはキャラクターユニット。早乙女ミチル（CV：結城まなみ）、桐生ソウ（CV：鳴瀬いぶき）、"
                   "元騎士リヒト（CV：森川タクト）ら3人が歌う。</p>")
    cast = of(facts(page, TITLE), "cast")
    assert {("早乙女ミチル", "結城まなみ"), ("桐生ソウ", "鳴瀬いぶき"), ("リヒト", "森川タクト")} <= cast


def test_a_station_list_line_ending_in_also_airs_names_only_stations():
    page = ja_page(f"<p>TVアニメ『{TITLE}』の放送情報。</p><h2>■放送・配信情報</h2>"
                   "<p>TBS：2027年1月13日より毎週水曜25:28〜<br>関西テレビ、東海テレビ、BSフジでも放送</p>")
    bc = {k for k, _ in of(facts(page, TITLE), "broadcaster")}
    assert {"kansaitv", "tokaitv", "bsfuji"} <= bc
    assert not any("放送" in k for k in bc)


def test_a_cast_tables_spaced_character_name_is_not_read_as_a_pair_by_itself():
    page = ja_page(f"<h2>{TITLE}</h2><h2>キャスト</h2><table class=\"cast\">"
                   "<tr><th>蒼井 ミナ</th><td>七瀬 みなと</td></tr><tr><th>宗像 ルイ</th><td>久遠 大地</td></tr></table>")
    cast = of(facts(page, TITLE), "cast")
    assert {("蒼井 ミナ", "七瀬 みなと"), ("宗像 ルイ", "久遠 大地")} <= cast
    assert not any(k in ("蒼井", "宗像") for k, _ in cast)


def test_headline_stations_after_a_slot_or_the_quoted_title_are_only_the_stations():
    page = (f"<!doctype html><html lang=\"ja\"><head><meta charset=\"utf-8\"><title>{TITLE}</title>"
            f"<meta name=\"description\" content=\"2027年4月3日(土)23:00~ テレビ東京ほかにて放送開始！\"></head><body><main>"
            f"<h1>TVアニメ「{TITLE}」テレビ東京・AT-Xにて2028年1月放送開始！</h1><p>アニメ「{TITLE}」の最新情報です。</p>"
            "</main></body></html>")
    bc = of(facts(page, TITLE), "broadcaster")
    assert {"tvtokyo", "atx"} <= {k for k, _ in bc}
    assert not any("00" in k or "アニメ" in k for k, _ in bc)


def test_cast_phrasings_whose_edges_are_not_names():
    page = ja_page(f"<p>アニメ「{TITLE}」第2期では、主人公アリサ役の朝霧いおなをはじめ、メインキャスト陣が続投する。</p>"
                   "<p>キキ/ココ（CV：小鳥遊ねむ ※二役）</p>"
                   "<p>また、第5話では劇中歌としてミル（CV：七瀬カナデ）が歌う「ホエールソング」が使用される。</p>"
                   "<p>エンディングテーマは、宮ノ下さんが汐見ナツ（CV.宮ノ下あおば）名義で歌う「継ぎ目」に決定。</p>"
                   "<p>なお、オープニング・エンディングテーマについては「後日発表予定」とされている。</p>")
    fs = facts(page, TITLE)
    cast = of(fs, "cast")
    assert {("アリサ", "朝霧いおな"), ("ミル", "七瀬カナデ"), ("汐見ナツ", "宮ノ下あおば")} <= cast
    assert not any("をはじめ" in v or "※" in v or "CV" in k or "劇中歌" in k or "さんが" in k for k, v in cast)
    assert not any("後日" in v for _, v in of(fs, "theme_song"))


def test_a_credit_value_with_a_products_label_run_into_it_is_only_the_person():
    page = ja_page(f"<p>劇場アニメ『{TITLE}』スタッフ情報。</p><h2>STAFF</h2>"
                   "<p>監督：北川ミオ<br>音楽：森ハルミ / サウンドトラック発売：2027年8月18日(水)</p>")
    staff = of(facts(page, TITLE), "staff")
    assert ("music", "森ハルミ") in staff
    assert not any("発売" in v or "2027" in v for _, v in staff)


def test_onair_page_rows_that_are_no_station_and_headline_station_lists():
    page = ja_page(f"<h1>TVアニメ『{TITLE}』放送情報</h1><h2>ON AIR</h2>"
                   "<p>2027.1.12 TUE 24:55 日本テレビにて放送開始!</p>"
                   "<p>放送直前スペシャルイベント 2027年9月19日(日)開催</p>"
                   "<h3>配信：dアニメストアほかにて順次配信予定</h3>")
    fs = facts(page, TITLE)
    orgs = {k for f, k, _ in fs if f in ("broadcaster", "streaming")}
    assert {"nippontv", "danimestore"} <= orgs
    assert not any("イベント" in k or "配信" in k or k == "本テレビ" for k in orgs)


def test_a_stations_block_in_brackets_in_a_sentence_is_no_other_title():
    page = ja_page(f"<p>TVアニメ『{TITLE}』が、2027年1月8日(木)からフジテレビ「ノイタミナ」ほかで放送される。</p>")
    assert ("", "2027-01-08") in of(facts(page, TITLE), "release_date")
    page = ja_page(f"<p>TVアニメ『{TITLE}』が、2027年1月8日からTBS「アニメイズム」枠ほかで毎週木曜25時28分に放送されることが分かった。</p>")
    assert ("", "2027-01-09") in of(facts(page, TITLE), "release_date")


def test_a_small_hours_slot_written_with_shinya_right_after_the_day():
    page = ja_page(f"<p>TVアニメ『{TITLE}』は、2027年1月8日(木)深夜1時30分からTOKYO MXほかで放送される。</p>")
    assert ("", "2027-01-09") in of(facts(page, TITLE), "release_date")
    page = ja_page(f"<p>TVアニメ『{TITLE}』は、2027年1月8日(木)午後11時30分からTOKYO MXほかで放送される。</p>")
    assert ("", "2027-01-08") in of(facts(page, TITLE), "release_date")


def test_a_videos_bracketed_date_under_a_title_line_is_no_premiere():
    page = ja_page(f"<p>TVアニメ『{TITLE}』の最新PVが公開された。</p><p>※PV第1弾（2026年7月公開）、PV第2弾（9月30日公開）も公開中。</p>")
    fs = facts(page, TITLE)
    assert {("PV 1", "2026-07"), ("PV 2", "2026-09-30")} <= of(fs, "trailer")
    assert not of(fs, "release_date")


def test_actor_then_part_in_brackets_after_niwa():
    page = ja_page(f"<p>TVアニメ『{TITLE}』のメインキャストには水野あかり（ソラ役）、藤代朔（カイ役）が決定した。</p>")
    assert {("ソラ", "水野あかり"), ("カイ", "藤代朔")} <= of(facts(page, TITLE), "cast")


def test_a_singles_early_digital_release_in_a_release_section_is_not_the_shows_start():
    page = ja_page(f"<p>TVアニメ『{TITLE}』の主題歌アーティストが決定。</p><h2>■リリース情報</h2>"
                   "<p>オープニング主題歌シングル「ひかり」2027年2月10日(水)発売<br>※各配信サービスでは1月20日より先行配信予定</p>")
    assert not of(facts(page, TITLE), "release_date")


def test_a_held_event_named_by_its_own_kind_word_then_the_screening_it_holds():
    page = ja_page(f"<p>TVアニメ『{TITLE}』のイベント情報。</p><h2>■イベント情報</h2>"
                   "<p>「ミナ 放送直前スペシャルステージ」を2026年12月27日(日)に東京で開催。第1話の先行上映に加え、主題歌のライブ初披露を予定しています。</p>")
    ev = of(facts(page, TITLE), "premiere_event")
    assert any(k == "ミナ 放送直前スペシャルステージ" and "第1話" in v and "先行上映" in v for k, v in ev)


def test_the_source_author_before_or_after_the_word_gensaku():
    for body in (f"<p>TVアニメ『{TITLE}』の原作は、大河内サキによる同名漫画（海燕社「月刊マリン」連載）。</p>",
                 f"<p>『{TITLE}』は、大河内サキ原作の人気漫画をアニメ化。</p>"):
        assert ("original creator", "大河内サキ") in of(facts(ja_page(body), TITLE), "staff")
    trap = ja_page(f"<p>『{TITLE}』は、ライトノベル原作の話題作。</p>")
    assert not of(facts(trap, TITLE), "staff")


def test_a_publishers_book_given_as_the_source_is_no_person():
    page = ja_page(f"<p>TVアニメ『{TITLE}』の監督は岸田涼。原作は潮風書房の同名マンガ。</p>")
    staff = of(facts(page, TITLE), "staff")
    assert not any(k == "original creator" for k, _ in staff)


def test_theme_title_first_then_its_performer():
    page = ja_page(f"<p>TVアニメ『{TITLE}』で、オープニングテーマ「ひかりの航路」をMarine Snowが担当する。"
                   "エンディングテーマ「還る場所」を白雪リナが歌う。</p>")
    th = of(facts(page, TITLE), "theme_song")
    assert {("opening 1", "ひかりの航路 — Marine Snow"), ("ending 1", "還る場所 — 白雪リナ")} <= th


def test_a_video_released_in_a_month_said_after_its_name():
    for body in ("第1弾PVは7月に公開された。", "第1弾PVは7月に公開済み。", "第2弾PVを本日公開、第1弾PVは7月に公開された。"):
        tr = of(facts(ja_page(f"<p>TVアニメ『{TITLE}』。{body}</p>"), TITLE), "trailer")
        assert ("PV 1", "2026-07") in tr, body


def test_a_description_with_an_adjective_glued_to_the_characters_name():
    page = ja_page(f"<p>TVアニメ『{TITLE}』では、千年を生きる古竜バルドを黒田厳、厳格な司書長オルネを榊原千景、湊ハルトを水野陸が演じます。</p>")
    cast = of(facts(page, TITLE), "cast")
    assert {("オルネ", "榊原千景"), ("湊ハルト", "水野陸")} <= cast


def test_an_info_box_start_then_stations_ending_in_hoka():
    page = ja_page(f"<dl><dt>放送</dt><dd>2027年1月 TOKYO MX・BS11ほか</dd><dt>配信</dt><dd>Prime Video</dd></dl><p>TVアニメ『{TITLE}』</p>")
    assert {"tokyomx", "bs11"} <= {k for k, _ in of(facts(page, TITLE), "broadcaster")}


def test_part_ga_actor_pairs_and_a_part_that_is_only_decided():
    page = ja_page(f"<p>TVアニメ『{TITLE}』のキャストは、ソラ役が水野あかり、カイ役が藤代朔。</p>"
                   f"<p>TVアニメ『{TITLE}』の新キャラクター、ガロ役が決定。</p>")
    cast = of(facts(page, TITLE), "cast")
    assert {("ソラ", "水野あかり"), ("カイ", "藤代朔")} <= cast
    assert not any(k == "ガロ" for k, _ in cast)


def test_a_network_label_value_with_its_station_count():
    page = ja_page(f"<h2>{TITLE}</h2><table><tr><th>放送局</th><td>ABCテレビ・テレビ朝日系全国24局ネット</td></tr></table>")
    bc = of(facts(page, TITLE), "broadcaster")
    assert {"abctv", "tvasahi"} <= {k for k, _ in bc}
    assert not any("24" in k or "ネット" in v for k, v in bc)


def test_a_wikis_see_also_is_no_station_and_a_creditless_ops_date_no_premiere():
    page = ja_page(f"<h2>{TITLE}</h2><table><tr><th>放送局</th><td>放送局参照</td></tr></table>"
                   f"<p>TVアニメ『{TITLE}』の映像。ノンクレジットOP(2027/01/15公開)：https://www.youtube.com/watch?v=KmNcOp2xY8u</p>")
    fs = facts(page, TITLE)
    assert not of(fs, "broadcaster")
    assert not of(fs, "release_date")


def test_an_episode_screening_event_to_be_held_unless_called_off():
    held = ja_page(f"<p>TVアニメ『{TITLE}』の第1話先行上映会を12月20日に開催することが決定した。</p>")
    assert ("第1話先行上映会", "第1話") in of(facts(held, TITLE), "premiere_event")
    off = ja_page(f"<p>TVアニメ『{TITLE}』の第1話先行上映会を12月20日に開催する予定でしたが、中止となりました。</p>")
    assert not of(facts(off, TITLE), "premiere_event")


def test_the_adaptation_announced_at_a_named_event():
    page = ja_page(f"<p>TVアニメ『{TITLE}』のアニメ化は「北海アニメフェス2026」のステージで発表された。</p>"
                   f"<p>TVアニメ『{TITLE}』の続編制作が「月刊マリン」誌上で発表された。</p>")
    ev = of(facts(page, TITLE), "premiere_event")
    assert ("北海アニメフェス2026", "アニメ化発表") in ev
    assert not any("マリン" in k for k, _ in ev)


def test_music_news_phrasings_of_theme_songs():
    page = ja_page(f"<p>Marine Snowの新曲「ひかりの航路」が、TVアニメ『{TITLE}』のオープニングテーマに決定した。</p>"
                   f"<p>白雪リナが、TVアニメ『{TITLE}』のエンディングテーマ「還る場所」を担当する。</p>"
                   f"<p>TVアニメ『{TITLE}』の挿入歌「潮騒メモリー」をミナ（CV：水野あかり）が歌う。</p>"
                   "<p>白雪リナが、TVアニメ『星屑ランタン』のエンディングテーマ「別の歌」を担当していた。</p>")
    th = of(facts(page, TITLE), "theme_song")
    assert {("opening 1", "ひかりの航路 — Marine Snow"), ("ending 1", "還る場所 — 白雪リナ")} <= th
    assert any(k == "insert 1" and v.startswith("潮騒メモリー — ") and "水野あかり" in v for k, v in th)
    assert not any("別の歌" in v for _, v in th)


def test_credits_said_around_the_role_word():
    page = ja_page(f"<p>TVアニメ『{TITLE}』の監督を務めるのは柚木タカシ。</p>"
                   f"<p>TVアニメ『{TITLE}』の音楽を担当するのはミナセ・ハルキ。</p>"
                   f"<p>桜井ひよこがキャラクターデザインを務めるTVアニメ『{TITLE}』。</p>"
                   f"<p>アニメ『{TITLE}』の放送前に、『海鳴りのロンド』の監督を務めるのは真柴ヒロだと話題になった。</p>")
    staff = of(facts(page, TITLE), "staff")
    assert {("director", "柚木タカシ"), ("music", "ミナセ・ハルキ"), ("character design", "桜井ひよこ")} <= staff
    assert not any("真柴" in v for _, v in staff)
