"""A video's URL and its day kept in the card's markup, not its text: a lazy player's whole URL in any data-
attribute (`data-youtube="https://…watch?v=…"`, `data-video-src`, `data-lity`), and the video's own day in an
attribute of its link or card (`data-date="2026.08.20"`, `data-published`, `data-release-date`) or in an empty
`<time datetime>` a script fills in. Traps: a date on a box holding two videos, a channel URL in a data attribute,
another work's player in a sidebar, a day the card's own text already gives."""
from extract_helpers import facts, news

W = "Clockwork Lantern Tea"
JW = "からくり灯籠茶会"


def _site(movie_html: str, title: str = JW, aside: str = "") -> str:
    """An official site's page (no publication date) with a MOVIE section."""
    return (f"<!doctype html><html><head><title>TVアニメ『{title}』公式サイト</title></head><body><main>"
            f"<h1>TVアニメ『{title}』</h1><p>2027年1月より放送開始。</p><section><h2>MOVIE</h2>{movie_html}</section>"
            f"</main>{aside}</body></html>")


def _trailers(doc: str, title: str = JW) -> set[tuple[str, str]]:
    return {(k, v) for f, k, v in facts(doc, title) if f == "trailer"}


def _yt(vid: str) -> str:
    return f"https://www.youtube.com/watch?v={vid}"


# ---- the day in an attribute of the link or its card
def test_data_date_on_the_link():
    doc = _site(f'<ul><li><a href="{_yt("Rt2bY6kVz9a")}" data-date="2026.08.20"><span>2nd PV</span></a></li>'
                f'<li><a href="{_yt("Mn8cF3jHq0b")}" data-date="2026.05.15"><span>Teaser PV</span></a></li></ul>')
    got = _trailers(doc)
    assert ("PV 2", f"2026-08-20 {_yt('Rt2bY6kVz9a')}") in got
    assert ("teaser 1", f"2026-05-15 {_yt('Mn8cF3jHq0b')}") in got


def test_data_published_on_the_card():
    doc = _site(f'<ul><li class="movie" data-published="2026-09-10"><a href="{_yt("Yg7Tr8aDrd2")}">PV第1弾</a></li>'
                f'<li class="movie" data-published="2026-11-27"><a href="{_yt("Rw4Nt9sOnE3")}">PV第2弾</a></li></ul>')
    got = _trailers(doc)
    assert ("PV 1", f"2026-09-10 {_yt('Yg7Tr8aDrd2')}") in got
    assert ("PV 2", f"2026-11-27 {_yt('Rw4Nt9sOnE3')}") in got


def test_release_date_in_japanese_on_a_figure():
    doc = _site(f'<figure data-release-date="2026年7月14日"><iframe src="https://www.youtube.com/embed/Hb3vK0dRm84" '
                f'title="ティザーPV"></iframe></figure>')
    assert ("teaser 1", f"2026-07-14 {_yt('Hb3vK0dRm84')}") in _trailers(doc)


def test_empty_time_element_in_the_card():
    doc = _site(f'<div class="card"><a href="{_yt("Kd7wRz2nPc5")}">本PV</a><time datetime="2026-11-19"></time></div>')
    assert any(v == f"2026-11-19 {_yt('Kd7wRz2nPc5')}" for _k, v in _trailers(doc))


# ---- the URL in a lazy player's data attribute
def test_data_youtube_whole_url_with_caption_date():
    doc = _site(f'<ul><li><div class="thumb" data-youtube="{_yt("Rw4Nt9sOnE6")}"><img src="/img/pv2.jpg" alt=""></div>'
                f'<p>PV第2弾 <time>2026.11.27</time></p></li>'
                f'<li><div class="thumb" data-youtube="{_yt("tokuho26Xq7")}"><img src="/img/t.jpg" alt=""></div>'
                f'<p>特報 <time>2026.03.28</time></p></li></ul>')
    got = _trailers(doc)
    assert ("PV 2", f"2026-11-27 {_yt('Rw4Nt9sOnE6')}") in got
    assert ("teaser 1", f"2026-03-28 {_yt('tokuho26Xq7')}") in got


def test_data_video_src_short_url_and_data_date():
    doc = _site('<a class="play" data-video-src="https://youtu.be/Zt4pWq9eR28" data-date="2026/10/03">'
                'Teaser Trailer</a>', title=W)
    assert ("teaser 1", f"2026-10-03 {_yt('Zt4pWq9eR28')}") in _trailers(doc, W)


def test_data_lity_embed_url_in_english():
    doc = _site('<div class="video"><a data-lity="https://www.youtube.com/embed/Lc5rNp2Gx79" data-day="2026.11.13">'
                '2nd PV</a></div>', title=W)
    assert ("PV 2", f"2026-11-13 {_yt('Lc5rNp2Gx79')}") in _trailers(doc, W)


def test_undated_lazy_player_still_read():
    doc = _site(f'<div class="thumb" data-youtube="{_yt("Aa9kHe3Wm4A")}"></div><p>第1弾PV</p>')
    assert ("PV 1", _yt("Aa9kHe3Wm4A")) in _trailers(doc)


# ---- traps
def test_date_on_a_box_of_two_videos_is_no_ones_day():
    doc = _site(f'<ul data-date="2026.11.01"><li><a href="{_yt("Vb9kXr2LmQa")}">第1弾PV</a></li>'
                f'<li><a href="{_yt("Wq1eNd7HsTb")}">ティザーPV</a></li></ul>')
    got = _trailers(doc)
    assert ("PV 1", _yt("Vb9kXr2LmQa")) in got
    assert not any(v.startswith("2026-11-01") for _k, v in got)


def test_card_text_day_wins_over_markup():
    doc = _site(f'<div class="card" data-date="2026.12.24"><a href="{_yt("Xc4pE7uNw1c")}">第3弾PV</a> (2026.11.26)</div>')
    got = _trailers(doc)
    assert ("PV 3", f"2026-11-26 {_yt('Xc4pE7uNw1c')}") in got
    assert not any("2026-12-24" in v for _k, v in got)


def test_channel_url_in_data_attribute_is_no_video():
    doc = _site('<div class="sns" data-youtube="https://www.youtube.com/@karakuri_anime">YouTube公式チャンネル</div>'
                f'<a href="{_yt("Mn8cF3jHq0d")}">ティザーPV</a>')
    got = _trailers(doc)
    assert all("@" not in v for _k, v in got)
    assert ("teaser 1", _yt("Mn8cF3jHq0d")) in got


def test_other_works_sidebar_lazy_player_not_ours():
    aside = ('<aside><h3>その他の作品</h3><div class="thumb" data-youtube="https://www.youtube.com/watch?v=OtherWk01aZ" '
             'data-date="2026.10.01"><p>『星屑ポストマン』PV第1弾</p></div></aside>')
    doc = _site(f'<a href="{_yt("Tm3kX0pLw8e")}" data-date="2026.07.01">第1弾PV</a>', aside=aside)
    got = _trailers(doc)
    assert ("PV 1", f"2026-07-01 {_yt('Tm3kX0pLw8e')}") in got
    assert all("OtherWk01aZ" not in v for _k, v in got)


# ---- a video list's "Promotional Video N": the spelled-out PV is numbered like "PV N"
def _en_list(items: str) -> set[tuple[str, str]]:
    return _trailers(_site(f"<ul>{items}</ul>", title=W), W)


def test_promotional_video_numbers_in_any_order():
    got = _en_list(f'<li><a href="{_yt("Lc5rNp2Gx7a")}">Promotional Video 2</a> (2026-11-13)</li>'
                   f'<li><a href="{_yt("Aa9kHe3Wm4b")}">Promotional Video 1</a> (2026-05-02)</li>')
    assert ("PV 2", f"2026-11-13 {_yt('Lc5rNp2Gx7a')}") in got
    assert ("PV 1", f"2026-05-02 {_yt('Aa9kHe3Wm4b')}") in got


def test_promo_video_hash_and_ordinal_forms():
    got = _en_list(f'<li><a href="{_yt("Pm3vHs2LpX1")}">Promo Video #3</a></li>'
                   f'<li><a href="{_yt("Pm3vHs2LpX2")}">2nd Promotional Video</a></li>'
                   f'<li><a href="{_yt("Pm3vHs2LpX3")}">The first promotional video</a></li>')
    assert ("PV 3", _yt("Pm3vHs2LpX1")) in got
    assert ("PV 2", _yt("Pm3vHs2LpX2")) in got
    assert ("PV 1", _yt("Pm3vHs2LpX3")) in got


def test_character_promotional_video_is_its_own_series():
    got = _en_list(f'<li><a href="{_yt("Ch4rPv0001a")}">Character Promotional Video 2</a></li>'
                   f'<li><a href="{_yt("Mainpv0001b")}">Promotional Video 1</a></li>')
    assert ("PV 1", _yt("Mainpv0001b")) in got
    assert ("PV 2", _yt("Ch4rPv0001a")) not in got


# ---- a news row's day heading the row, the video's release a later sentence or cell of that row
def _rows(rows_html: str, title: str = JW) -> set[tuple[str, str]]:
    movie = (f'<div class="m"><p>第1弾PV</p><div><iframe src="https://www.youtube.com/embed/Vb9kXr2LmQ1"></iframe></div></div>'
             f'<div class="m"><p>ティザーPV</p><div><iframe src="https://www.youtube.com/embed/Tz0oPq5VbN2"></iframe></div></div>')
    doc = (f"<!doctype html><html><head><title>TVアニメ『{title}』公式サイト</title></head><body><main><h1>TVアニメ『{title}』</h1>"
           f"<section><h2>NEWS</h2><ul>{rows_html}</ul></section><section><h2>MOVIE</h2>{movie}</section></main></body></html>")
    return _trailers(doc, title)


def _row(day: str, text: str) -> str:
    return f'<li><time>{day}</time><a href="/news/1">{text}</a></li>'


TEASER = _yt("Tz0oPq5VbN2")
PV1 = _yt("Vb9kXr2LmQ1")


def test_row_day_governs_the_rows_second_sentence():
    got = _rows(_row("2026.09.12", "第1弾PVを公開しました!") + _row("2026.06.01", "TVアニメ化決定! ティザーPV公開"))
    assert ("teaser 1", f"2026-06-01 {TEASER}") in got
    assert ("PV 1", f"2026-09-12 {PV1}") in got


def test_row_day_slashes_and_also_released():
    assert ("teaser 1", f"2026-06-01 {TEASER}") in _rows(_row("2026/6/1", "メインキャスト解禁! ティザーPVも公開しました"))


def test_row_day_in_kanji_after_a_full_stop():
    assert ("teaser 1", f"2026-06-01 {TEASER}") in _rows(_row("2026年6月1日", "キービジュアル公開。 特報解禁!"))


def test_row_day_in_brackets():
    assert ("teaser 1", f"2026-06-01 {TEASER}") in _rows(_row("【2026.06.01】", "アニメ化決定! ティザーPVを公開"))


def test_row_day_cell_then_category_then_text_cell():
    rows = ('<li><a href="/n/2"><time datetime="2026-11-20">2026.11.20</time><span class="cat">映像</span>'
            '<p>第1弾PVを公開しました</p></a></li>')
    assert ("PV 1", f"2026-11-20 {PV1}") in _rows(rows)


def test_row_day_cell_then_text_cell():
    assert ("PV 1", f"2026-11-20 {PV1}") in _rows('<li><a href="/n/3"><time>2026.11.20</time><p>PV第1弾公開!</p></a></li>')


def test_row_day_in_a_dt_before_its_dd():
    assert ("PV 1", f"2026-11-20 {PV1}") in _rows('<dl><dt>2026.11.20</dt><dd>PV第1弾を公開しました</dd></dl>')


def test_row_day_release_word_kaikin():
    assert ("teaser 1", f"2026-09-12 {TEASER}") in _rows(_row("2026.09.12", "TVアニメ化決定! ティザーPV解禁"))


# traps: a later plan, an earlier video mentioned, a long article paragraph after a dateline
def test_row_day_not_given_to_a_planned_video():
    got = _rows(_row("2026.06.01", "TVアニメ化決定! ティザーPV公開予定") + _row("2026.05.01", "特番決定! 第1弾PVは12月公開"))
    assert ("teaser 1", TEASER) in got and ("PV 1", PV1) in got


def test_row_day_not_given_to_an_earlier_video():
    got = _rows('<li><a href="/n/4"><time>2026.11.20</time><span>映像</span><p>先日公開した第1弾PVの再生数が100万回を突破</p></a></li>')
    assert ("PV 1", PV1) in got


def test_row_day_not_given_to_another_titles_video():
    got = _rows(_row("2026.10.01", "TVアニメ化決定! 『星屑ポストマン』第1弾PV公開"))
    assert ("PV 1", PV1) in got


# ---- premiere_event: a quoted event known by its shape, not only by a kind word in its name
PW = "潮騒の配達人"


def _ja_events(sentence: str) -> set[tuple[str, str]]:
    body = f"<p>TVアニメ『{PW}』は2027年1月より放送。</p><p>{sentence}</p>"
    doc = (f"<!doctype html><html><head><title>『{PW}』TVアニメ最新情報</title><meta property=\"article:published_time\" "
           f"content=\"2026-11-20T09:00:00+00:00\"></head><body><main><article><h1>『{PW}』TVアニメ最新情報</h1>{body}"
           "</article></main></body></html>")
    return {(k, v) for f, k, v in facts(doc, PW) if f == "premiere_event"}


def _event_keys(sentence: str) -> set[str]:
    return {k for k, _v in _ja_events(sentence)}


def test_event_named_by_its_year_only():
    assert ("アニメフロンティア2026", "特報映像を初公開") in _ja_events("「アニメフロンティア2026」にて特報映像を初公開!")


def test_event_named_by_year_with_subject_first():
    assert "アニメフロンティア2026" in _event_keys("本作は「アニメフロンティア2026」にて特報映像を初公開した。")


def test_fan_event_called_so_before_its_name():
    got = _ja_events("ファンイベント「灯台の集い」にて本作のティザーPVを初公開した。")
    assert ("灯台の集い", "ティザーPVを初公開") in got


def test_fan_event_with_year_and_では():
    assert "配達人ファンデー 2026" in _event_keys(
        "6月14日に開催されたファンイベント「配達人ファンデー 2026」では、第2期のティザーPVが初公開されました。")


def test_trade_fair_kind_word_mihonichi():
    got = _ja_events("「東京国際アニメ見本市2026」にてティザーPVを世界初上映！")
    assert ("東京国際アニメ見本市2026", "ティザーPVを世界初上映") in got


def test_stage_without_の_after_the_event():
    got = _ja_events("「秋葉原アニメフェスタ2026」スペシャルステージで第1話冒頭映像を世界初公開!")
    assert ("秋葉原アニメフェスタ2026", "第1話冒頭映像を世界初公開") in got


def test_stage_then_what_with_cast():
    assert "京都アニメフェア2026" in _event_keys("「京都アニメフェア2026」スペシャルステージにて本編映像の一部とメインキャストを初披露")


def test_place_in_brackets_after_the_event():
    assert "ネコノミクス・フェス2026" in _event_keys(
        "11月3日開催の「ネコノミクス・フェス2026」(大阪)では、相沢しおん・森ひかりが登壇し、第1話Aパートが先行上映された。")


def test_place_in_full_width_brackets_then_にて():
    assert ("港町アニメフェス2026", "第1話を先行上映") in _ja_events("「港町アニメフェス2026」（横浜）にて第1話を先行上映")


def test_fan_meeting_kind_word():
    assert "配達人 ファンミーティング" in _event_keys("「配達人 ファンミーティング」にて第2期ティザーPVを初公開した。")


# traps: a product with a year, another title's video, an earlier season's video, a called-off showing
def test_product_with_a_year_is_no_event():
    assert not _ja_events("「ベストアルバム2026」にて新曲を初披露した。")


def test_another_titles_video_at_a_year_event():
    assert not _ja_events("「アニメフロンティア2026」にて『星屑ポストマン』の特報映像を初公開!")


def test_earlier_seasons_video_at_a_year_event():
    assert not _ja_events("「アニメフロンティア2025」では第1期のティザーPVが初公開された。")


def test_called_off_showing_at_a_year_event():
    assert not _ja_events("「アニメフロンティア2026」のステージは中止となり、特報映像の初公開は見送られた。")


# ---- premiere_event in English: the work's own yearly event ("X Fan Meeting 2026", "X Fan Thanksgiving 2026",
# "X Harvest Festival 2026") where a video was first shown
EW = "Saltmarsh Couriers"


def _en_events(sentence: str) -> set[tuple[str, str]]:
    doc = news([f"The {EW} anime will premiere in January 2027.", sentence], title=f"{EW} anime news")
    return {(k, v) for f, k, v in facts(doc, EW) if f == "premiere_event"}


def _en_event_keys(sentence: str) -> set[str]:
    return {k for k, _v in _en_events(sentence)}


def test_en_teaser_debuted_at_own_fan_meeting():
    assert "Saltmarsh Couriers Fan Meeting 2026" in _en_event_keys(
        "A roughly 40-second teaser debuted at the Saltmarsh Couriers Fan Meeting 2026 in Yokohama on Saturday.")


def test_en_fan_thanksgiving_event_with_where_clause():
    assert "Saltmarsh Couriers Fan Thanksgiving 2026" in _en_event_keys(
        "A teaser debuted at the Saltmarsh Couriers Fan Thanksgiving 2026 event in Tokyo on November 15, where the cast "
        "also unveiled the season's teaser visual on stage.")


def test_en_pv_debuted_during_own_festival_stage_event():
    assert "Saltmarsh Couriers Harvest Festival 2026" in _en_event_keys(
        "The first full PV debuted during the Saltmarsh Couriers Harvest Festival 2026 stage event in Tokyo on Sunday.")


def test_en_teaser_premiered_during_the_event():
    assert "Saltmarsh Couriers Harvest Festival 2026" in _en_event_keys(
        "The teaser premiered during the Saltmarsh Couriers Harvest Festival 2026 stage event.")


def test_en_episode_screened_at_a_gathering():
    assert ("Harbor Lights Gathering 2026", "first episode screened") in _en_events(
        "The first episode was screened at the Harbor Lights Gathering 2026 in Osaka.")


def test_en_event_name_first_then_what_was_shown():
    assert "Saltmarsh Couriers Fan Meeting 2026" in _en_event_keys(
        "At the Saltmarsh Couriers Fan Meeting 2026 in Yokohama, the staff unveiled the first teaser for Saltmarsh Couriers.")


def test_en_fan_meeting_screening_of_episodes():
    assert "Saltmarsh Couriers Fan Meeting 2026" in _en_event_keys(
        "The first two episodes of Saltmarsh Couriers were screened at the Saltmarsh Couriers Fan Meeting 2026.")


def test_en_gathering_with_teaser_unveiled():
    assert "Couriers Summer Gathering 2026" in _en_event_keys(
        "Saltmarsh Couriers unveiled its teaser at the Couriers Summer Gathering 2026 last weekend.")


# traps: a bare kind of event, an earlier season's event, another title's video at a fan meeting
def test_en_bare_fan_meeting_is_no_name():
    assert not _en_events("A teaser debuted at the Fan Meeting on Saturday.")


def test_en_earlier_seasons_fan_meeting():
    assert not _en_events("The first season premiered at the Saltmarsh Couriers Fan Meeting 2024.")


def test_en_other_titles_teaser_at_a_fan_meeting():
    assert not _en_events("Moonlit Harbor's teaser debuted at the Harbor Fan Meeting 2026.")


# ---- a news article's reveal line naming one of several numbered, undated videos of one kind dates that one
def _article_videos(lines: list[str], links: list[tuple[str, str]], title: str = JW) -> set[tuple[str, str]]:
    paras = [*lines, *(f'<a href="{_yt(vid)}">{label}</a>' for label, vid in links)]
    head = f"『{title}』最新情報" if title == JW else f"{title} anime news"
    return _trailers(news(paras, title=head, published="2026-11-26"), title)


def test_article_dates_the_numbered_pv_its_line_names():
    got = _article_videos([f"TVアニメ『{JW}』の放送は2027年4月に決定。", "あわせて第2弾PVと第2弾キービジュアルが公開された。"],
                          [("TVアニメ「からくり灯籠茶会」第2弾PV", "qE7lmN2aR41"), ("第1弾PV", "Tm3kX0pLw82")])
    assert ("PV 2", f"2026-11-26 {_yt('qE7lmN2aR41')}") in got
    assert ("PV 1", _yt("Tm3kX0pLw82")) in got


def test_article_pv_number_after_pv():
    got = _article_videos([f"TVアニメ『{JW}』のPV第2弾が公開された。"],
                          [("PV第1弾", "Tm3kX0pLw83"), ("PV第2弾", "qE7lmN2aR44")])
    assert ("PV 2", f"2026-11-26 {_yt('qE7lmN2aR44')}") in got
    assert ("PV 1", _yt("Tm3kX0pLw83")) in got


def test_article_pv_kaikin():
    got = _article_videos([f"TVアニメ『{JW}』第2弾PVを解禁した。"], [("第1弾PV", "Tm3kX0pLw85"), ("第2弾PV", "qE7lmN2aR46")])
    assert ("PV 2", f"2026-11-26 {_yt('qE7lmN2aR46')}") in got


def test_article_english_pv_number():
    got = _article_videos([f"The {W} anime has released PV 2 today."], [("PV 1", "Tm3kX0pLw87"), ("PV 2", "qE7lmN2aR48")], W)
    assert ("PV 2", f"2026-11-26 {_yt('qE7lmN2aR48')}") in got
    assert ("PV 1", _yt("Tm3kX0pLw87")) in got


def test_article_english_trailer_hash_number():
    got = _article_videos([f"Trailer #2 for the {W} anime was released today."],
                          [("Trailer #1", "Tm3kX0pLw89"), ("Trailer #2", "qE7lmN2aR4a")], W)
    assert ("trailer 2", f"2026-11-26 {_yt('qE7lmN2aR4a')}") in got


# traps: a line naming no number, the earlier one named as already out
def test_article_line_without_a_number_dates_neither():
    got = _article_videos([f"TVアニメ『{JW}』の新PVが公開された。"], [("第1弾PV", "Tm3kX0pLw8b"), ("第2弾PV", "qE7lmN2aR4c")])
    assert ("PV 1", _yt("Tm3kX0pLw8b")) in got and ("PV 2", _yt("qE7lmN2aR4c")) in got


def test_article_earlier_pv_already_out_not_dated_today():
    got = _article_videos([f"TVアニメ『{JW}』の先日公開された第1弾PVが話題だ。"], [("第1弾PV", "Tm3kX0pLw8d"), ("第2弾PV", "qE7lmN2aR4e")])
    assert ("PV 1", _yt("Tm3kX0pLw8d")) in got
