"""Japanese article copy that looks like a song or a label line but is not: a staff member's other works, a byline."""
from extract_helpers import facts

TITLE = "星見の灯台"


def _page(body: str) -> str:
    return ("<!doctype html><html><head><title>ニュース</title>"
            "<meta property=\"article:published_time\" content=\"2026-11-24T09:00:00+09:00\"></head>"
            f"<body><main><article><h1>TVアニメ『{TITLE}』主題歌決定</h1>{body}</article></main></body></html>")


def test_known_for_sentence_under_songs_is_no_song():
    doc = _page("<p>【主題歌】<br>OP：ミズハナ「しおさいの歌」<br>ED：後日発表</p>"
                "<p>監督の川村ユウは『森の郵便屋』『銀の列車』などでも知られる。</p>")
    got = facts(doc, TITLE)
    songs = {v for f, _k, v in got if f == "theme_song"}
    assert "しおさいの歌 — ミズハナ" in songs
    assert not any("森の郵便屋" in v for v in songs)


def test_meta_line_date_category_writer_is_no_song():
    doc = _page("<div class=\"meta\"><time>2026.11.24</time> <span>アニメ主題歌</span> <span>文：山吹</span></div>"
                f"<p>TVアニメ『{TITLE}』のオープニングテーマは、ミズハナ「しおさいの歌」に決定した。</p>")
    got = facts(doc, TITLE)
    songs = {v for f, _k, v in got if f == "theme_song"}
    assert not any("山吹" in v for v in songs)


def test_press_release_company_profile_after_cast_is_no_part():
    doc = _page("<p>【キャスト】</p><ul><li>ミナ：早川しずく</li><li>トオル：石田ケンジ</li></ul>"
                "<h2>■株式会社ルミナ企画について</h2><dl><dt>会社名</dt><dd>株式会社ルミナ企画</dd>"
                "<dt>設立</dt><dd>2019年4月</dd></dl>")
    got = facts(doc, TITLE)
    assert ("cast", "ミナ", "早川しずく") in got
    assert not any("ルミナ企画" in v for f, _k, v in got if f == "cast")


def test_phrase_before_actor_with_role_in_brackets_is_no_name():
    doc = _page(f"<p>TVアニメ『{TITLE}』の先行上映会では第1話を上映するほか、上映後には早川しずく（ミナ役）によるトークショーを予定。</p>")
    got = facts(doc, TITLE)
    assert ("cast", "ミナ", "早川しずく") in got
    assert not any("上映後" in v for f, _k, v in got if f == "cast")


def test_paragraph_about_the_first_season_credits_it_not_this_one():
    title = "星見の灯台 第2期"
    doc = ("<!doctype html><html><head><title>星見の灯台 第2期 - ウィキ</title></head><body><main><article>"
           "<h1>星見の灯台 第2期</h1><h2>概要</h2>"
           "<p>第1期は2025年4月から6月まで放送された。監督は川村ユウ、アニメーション制作はスタジオ・ハヤブサが担当した。</p>"
           "<p>第2期の監督は石田ケンジが務める。</p></article></main></body></html>")
    got = facts(doc, title)
    assert not any("ハヤブサ" in v for f, _k, v in got if f == "studio")


def test_earlier_season_topic_ends_where_this_season_is_named():
    title = "星見の灯台 第2期"
    doc = ("<!doctype html><html><head><title>星見の灯台 第2期 - ニュース</title></head><body><main><article>"
           "<h1>星見の灯台 第2期 スタッフ発表</h1>"
           "<p>第1期は2025年7月に放送された。第2期では、音楽の久米サトルさんが続投。"
           "キャラクターデザインは小野ハルカさんが新たに担当する。</p></article></main></body></html>")
    got = facts(doc, title)
    assert ("staff", "character design", "小野ハルカ") in got


def _film_page(body: str) -> str:
    return ("<!doctype html><html><head><title>劇場版『星見の灯台』公式サイト</title></head><body><main>"
            f"<h1>劇場版『星見の灯台』</h1>{body}</main></body></html>")


def test_film_site_song_label_naming_the_series_song_is_not_this_one():
    doc = _film_page("<h2>主題歌</h2><dl><dt>エンディング主題歌</dt><dd>ミズハナ「夜の航路」</dd></dl>"
                     "<p>エンディング主題歌：TVシリーズのオープニング「しおさいの歌」に続き、ミズハナが書き下ろした新曲。</p>")
    got = facts(doc, "劇場版 星見の灯台")
    songs = {v for f, _k, v in got if f == "theme_song"}
    assert "夜の航路 — ミズハナ" in songs
    assert not any("しおさい" in v for v in songs)


def test_film_site_lists_the_series_pv_for_reference():
    doc = _film_page("<h2>MOVIE</h2><ul><li><span>特報（2026.06.12公開）</span>"
                     "<a href=\"https://www.youtube.com/watch?v=AAAAAAAAAAA\">YouTubeで見る</a></li>"
                     "<li><span>【参考】TVシリーズ第1弾PV（2024.12.01公開）</span>"
                     "<a href=\"https://www.youtube.com/watch?v=BBBBBBBBBBB\">YouTubeで見る</a></li></ul>")
    got = facts(doc, "劇場版 星見の灯台")
    assert not any("BBBBBBBBBBB" in v or "2024-12-01" in v for f, _k, v in got if f == "trailer")


def test_airing_topic_then_start_then_station():
    doc = _page("<p>放送は<strong>2027年1月10日（日）24:55から日本テレビ</strong>ほか。</p>")
    got = facts(doc, TITLE)
    assert ("release_date", "", "2027-01-11") in got


def test_airing_topic_then_start_then_no_station_is_not_read_that_way():
    doc = _page("<p>放送は2027年1月10日（日）から延期。</p>")
    got = facts(doc, TITLE)
    assert ("release_date", "", "2027-01-10") not in got


def test_video_topic_before_its_release_day_is_no_premiere():
    doc = _page("<p>PV第1弾は11月22日に公開されたばかり。</p>")
    got = facts(doc, TITLE)
    assert not any(f == "release_date" and "11-22" in v for f, _k, v in got)


def test_role_dot_actor_pairs_in_a_sentence():
    doc = _page("<p>キャストは続投組のミナ・ローレン役・早川しずくさん、トオル役・石田ケンジさんに加えて、"
                "新キャラの情報屋ゴウを森田レンさんが演じます。</p>")
    got = facts(doc, TITLE)
    assert ("cast", "ミナ・ローレン", "早川しずく") in got
    assert ("cast", "トオル", "石田ケンジ") in got
    assert ("cast", "ゴウ", "森田レン") in got


def test_role_dot_actor_then_voice_word():
    doc = _page("<p>ユズ役・早川しずく、トオル役・石田ケンジの声も初めてお聴きいただけます。</p>")
    got = facts(doc, TITLE)
    assert not any(v.endswith("の声") for f, _k, v in got if f == "cast")


def test_cast_topic_then_character_ga_actor_items():
    doc = _page("<p>キャストは長女・ユズが早川みのりさん、次女・二葉が石田そらさん。主題歌は未定です。</p>")
    got = facts(doc, TITLE)
    assert ("cast", "ユズ", "早川みのり") in got
    assert ("cast", "二葉", "石田そら") in got


def test_airing_topic_month_then_station_planned():
    doc = _page("<p>放送は<strong>来年1月からTBSほか</strong>で予定されています。</p>")
    got = facts(doc, TITLE)
    assert ("release_date", "", "2027-01") in got


def test_song_slash_singer_with_role_bracket_and_latin_band():
    doc = _page("<h2>■主題歌情報</h2><p>オープニング主題歌：「Sky Letter」／Blue Rail<br>"
                "エンディング主題歌：「ひかりの手紙」／早川しずく（ミナ役）</p>")
    got = facts(doc, TITLE)
    songs = {v for f, _k, v in got if f == "theme_song"}
    assert "Sky Letter — Blue Rail" in songs
    assert "ひかりの手紙 — 早川しずく" in songs
    assert not any("(" in v or "（" in v for v in songs)


def test_onair_table_under_its_caption_dates_each_station():
    doc = _page("<h2>■放送開始日が決定</h2><table><caption>放送・配信情報</caption>"
                "<tr><th>テレビ東京</th><td>2027年1月7日（木）より 毎週木曜 25:05〜</td></tr>"
                "<tr><th>AT-X</th><td>2027年1月12日（火）より 毎週火曜 23:30〜</td></tr></table>")
    got = facts(doc, TITLE)
    assert ("release_date", "", "2027-01-08") in got
    assert ("release_date", "AT-X", "2027-01-12") in got


def test_season_column_table_same_as_left_takes_the_left_name():
    title = "星見の灯台 第2期"
    doc = ("<!doctype html><html><head><title>星見の灯台 第2期 - ウィキ</title></head><body><main><article>"
           "<h1>星見の灯台 第2期</h1><h2>スタッフ</h2><table>"
           "<tr><th>役職</th><th>第1期</th><th>第2期</th></tr>"
           "<tr><td>監督</td><td>川村ユウ</td><td>石田ケンジ</td></tr>"
           "<tr><td>音響監督</td><td>森田 誠</td><td>同左</td></tr>"
           "</table></article></main></body></html>")
    got = facts(doc, title)
    assert ("staff", "sound director", "森田 誠") in got
    assert ("staff", "director", "石田ケンジ") in got
    assert not any(v == "同左" for _f, _k, v in got)


def test_station_label_network_with_block_names_each_station():
    doc = _page("<table><tr><th>放送局</th><td>MBS・TBS系列全国28局ネット「アニメイズム」枠</td></tr></table>")
    got = facts(doc, TITLE)
    keys = {k for f, k, _v in got if f == "broadcaster"}
    assert {"mbs", "tbs"} <= keys
    assert not any("28局" in v for f, _k, v in got if f == "broadcaster")



def test_unknown_role_piece_in_a_slash_credit_line_is_its_own_credit():
    doc = _page("<h2>スタッフ</h2><p>原作：森野カイ（ノベル・ポルカ刊）／原作イラスト：ぽむ吉／監督：石田ケンジ</p>")
    got = facts(doc, TITLE)
    assert ("staff", "原作イラスト", "ぽむ吉") in got
    assert ("staff", "original creator", "森野カイ") in got


def test_person_and_latin_named_studio_credited_together_are_two_credits():
    doc = _page("<h2>スタッフ</h2><ul><li>原作：川村 ユウ・NorthWorks</li><li>監督：石田ケンジ</li></ul>")
    got = facts(doc, TITLE)
    assert ("staff", "original creator", "川村 ユウ") in got
    assert ("staff", "original creator", "NorthWorks") in got


def test_onair_table_captioned_with_the_works_title():
    doc = _page(f"<table><caption>TVアニメ『{TITLE}』放送情報</caption>"
                "<tr><th>TOKYO MX</th><td>2027年1月8日より 毎週金曜 24:30～</td></tr>"
                "<tr><th>BS11</th><td>2027年1月12日より 毎週火曜 23:30～</td></tr></table>")
    got = facts(doc, TITLE)
    assert ("release_date", "", "2027-01-09") in got
    assert ("release_date", "BS11", "2027-01-12") in got


def test_pointer_link_is_the_video_named_right_before_it():
    doc = _page("<p>公開されたPV第2弾は約90秒の映像。7月に公開されたPV第1弾（<a href=\"https://www.youtube.com/watch?v=CCCCCCCCCCC\">"
                "こちら</a>）とは雰囲気が違う。</p>")
    got = facts(doc, TITLE)
    trailers = {k: v for f, k, v in got if f == "trailer"}
    assert "CCCCCCCCCCC" in trailers.get("PV 1", "")
    assert "CCCCCCCCCCC" not in trailers.get("PV 2", "")


def test_part_of_a_video_screened_first_at_a_held_event():
    doc = _page("<p>11月21日（土）に開催された「アニメまつり東京2026」のステージでは、ミナ役・早川しずくが登壇し、"
                "本予告の一部を先行上映しました。</p>")
    got = facts(doc, TITLE)
    assert ("premiere_event", "アニメまつり東京2026", "本予告の一部を先行上映") in got


def test_episode_part_screened_at_the_event_held_the_sentence_before():
    doc = _page("<h2>■「アニメまつり東京2026」ステージレポート</h2><p>11月22日（日）に開催された「アニメまつり東京2026」では、"
                "本作のスペシャルステージを実施。早川しずくが登壇し、第1話の冒頭約10分を世界最速で先行上映しました。</p>")
    got = facts(doc, TITLE)
    assert ("premiere_event", "アニメまつり東京2026", "第1話の冒頭約10分を世界最速で先行上映") in got


def test_part_screened_without_a_named_event_gives_nothing():
    doc = _page("<p>会場では本予告の一部を先行上映しました。</p>")
    got = facts(doc, TITLE)
    assert not any(f == "premiere_event" for f, _k, _v in got)


def test_screening_under_a_song_heading_is_the_works_own():
    doc = _page("<h2>OPテーマはミズハナ「しおさいの歌」</h2><p>オープニング主題歌はミズハナの新曲に決定した。"
                "また、12月20日（日）には都内で第1話先行上映会の開催も決定。早川しずくが登壇し、第1話を先行上映する。</p>")
    doc = doc.replace("<title>ニュース</title>", f"<title>『{TITLE}』PV第2弾公開 | ニュース</title>")
    got = facts(doc, TITLE)
    assert any(f == "premiere_event" and k == "第1話先行上映会" for f, k, _v in got)


def test_screening_under_a_heading_quoting_another_title_is_not_ours():
    doc = _page("<h2>『森の郵便屋』第1話先行上映会</h2><p>12月20日（日）には都内で第1話先行上映会の開催も決定。</p>")
    got = facts(doc, TITLE)
    assert not any(f == "premiere_event" for f, _k, _v in got)
