"""A video's own release day said apart from its link: in the caption or list item around it, in the short line
just before a bare player, relative to the article's date ("Friday", "today", 「本日」「昨日」), or a month only
(「今年7月に公開された」). One reader (labels._video_release_day) for every form, English and Japanese; and the
short line above a player with no text of its own (page._caption_before) as that player's caption.

Every form here is invented; none is a fixture page's wording."""
from extract_helpers import facts, news

W = "Lantern Ferry"
YT = "https://www.youtube.com/watch?v="


def _trailers(doc: str, title: str = W, *aliases: str) -> dict[str, str]:
    return {k: v for f, k, v in facts(doc, title, *aliases) if f == "trailer"}


def _ja(body: str, published: str = "2026-11-25") -> str:
    """A Japanese article about TVアニメ『灯篭フェリー』 published on `published`."""
    return ("<!doctype html><html lang=ja><head><title>TVアニメ『灯篭フェリー』最新情報</title>"
            f"<meta property=\"article:published_time\" content=\"{published}T10:00:00+09:00\"></head><body><main><article>"
            f"<h1>TVアニメ『灯篭フェリー』最新情報</h1><p>TVアニメ『灯篭フェリー』は2027年1月放送開始。川を渡る渡し船の灯篭には、乗客の行き先が記されている。ある夜、自分の名前が書かれた灯篭を見つけた少女は、船を故郷へ向けることを決める。原作は同名の人気小説。灯篭に書かれた名前の謎、渡し守の老人が隠してきた過去、そして川の向こう岸で待つ人々。少女の旅は、やがて町全体を巻き込む大きな騒動へとつながっていく。</p>{body}"
            "</article></main></body></html>")


JA = "灯篭フェリー"
# a story paragraph, so that a video's card is its own paragraph and not the whole short article
STORY = ("The ferry crosses the river every night, and the lanterns on its deck tell the passengers where they are "
         "headed; a girl who boards one night finds her own name on one of them and decides to steer it home herself.")


# ------------------------------------------------------------------ the day in the caption or list item
def test_sentence_around_link_gives_a_day_months_before_the_article():
    doc = news([STORY, f"{W} premieres in January.",
                f"The opening PV, first released on August 30, still plays on the channel: <a href=\"{YT}AaaaBbbb001\">{W} PV 1</a>."],
               title=f"{W} news", published="2026-11-25")
    assert _trailers(doc)["PV 1"] == f"2026-08-30 {YT}AaaaBbbb001"


def test_list_item_posted_with_parenthesis_after_link():
    doc = news([STORY, f"{W} premieres in January.", "Videos so far:"], title=f"{W} news", published="2026-11-25").replace(
        "</article>", f"<ul><li><a href=\"https://youtu.be/AaaaBbbb002\">Teaser 1</a> (posted July 4)</li></ul></article>")
    assert _trailers(doc)["teaser 1"] == f"2026-07-04 {YT}AaaaBbbb002"


def test_weekday_relative_to_article():
    doc = news([STORY, f"{W} premieres in January.",
                f"<a href=\"https://m.youtube.com/watch?v=AaaaBbbb003\">Trailer 2</a>, uploaded Friday by the studio."],
               title=f"{W} news", published="2026-11-25")
    assert _trailers(doc)["trailer 2"] == f"2026-11-20 {YT}AaaaBbbb003"


def test_yesterday_in_english_caption():
    doc = news([STORY, f"{W} premieres in January.",
                f"Trailer 2 went up yesterday: <a href=\"{YT}AaaaBbbb004\">watch on YouTube</a>"],
               title=f"{W} news", published="2026-11-25")
    assert _trailers(doc)["trailer 2"] == f"2026-11-24 {YT}AaaaBbbb004"


def test_figcaption_under_embed_with_verb_before_day():
    doc = news([STORY, f"{W} premieres in January."], title=f"{W} news", published="2026-11-25").replace(
        "</article>", f"<figure><iframe src=\"https://www.youtube-nocookie.com/embed/AaaaBbbb005\"></iframe>"
        "<figcaption>PV 2 — debuted on November 3</figcaption></figure></article>")
    assert _trailers(doc)["PV 2"] == f"2026-11-03 {YT}AaaaBbbb005"


def test_ja_day_then_release_word_with_colon_label():
    doc = _ja(f"<ul><li><a href=\"{YT}AaaaBbbb006\">特報</a>：9月18日公開</li></ul>")
    assert _trailers(doc, JA)["teaser 1"] == f"2026-09-18 {YT}AaaaBbbb006"


def test_ja_today_word():
    doc = _ja(f"<ul><li><a href=\"{YT}AaaaBbbb007\">PV第2弾</a>（本日解禁）</li></ul>")
    assert _trailers(doc, JA)["PV 2"] == f"2026-11-25 {YT}AaaaBbbb007"


def test_ja_yesterday_word():
    doc = _ja(f"<ul><li><a href=\"{YT}AaaaBbbb008\">ティザーPV</a> 昨日公開されたばかり</li></ul>")
    assert _trailers(doc, JA)["teaser 1"] == f"2026-11-24 {YT}AaaaBbbb008"


def test_ja_month_only_this_year():
    doc = _ja(f"<p>今年7月に公開された第1弾PVは<a href=\"{YT}AaaaBbbb009\">こちら</a>から見られる。</p>")
    assert _trailers(doc, JA)["PV 1"] == f"2026-07 {YT}AaaaBbbb009"


def test_ja_day_with_no_particle_before_noun():
    doc = _ja(f"<ul><li><a href=\"{YT}AaaaBbbb010\">メインPV</a>（10月2日お披露目）</li></ul>")
    assert _trailers(doc, JA)["PV 1"] == f"2026-10-02 {YT}AaaaBbbb010"


def test_table_row_with_day_cell():
    doc = _ja("<table><tr><th>映像</th><th>公開日</th><th>リンク</th></tr>"
              f"<tr><td>PV第1弾</td><td>8月30日公開</td><td><a href=\"{YT}AaaaBbbb011\">YouTube</a></td></tr></table>")
    assert _trailers(doc, JA)["PV 1"] == f"2026-08-30 {YT}AaaaBbbb011"


def test_released_a_year_ago_in_january_article():
    doc = news([STORY, f"{W} premieres in April.",
                f"<a href=\"{YT}AaaaBbbb012\">Teaser 1</a> (released September 9)"],
               title=f"{W} news", published="2027-01-20")
    assert _trailers(doc)["teaser 1"] == f"2026-09-09 {YT}AaaaBbbb012"


def test_thumbnail_card_named_by_its_alt_dated_by_its_caption():
    doc = _ja("<div class=\"movie\"><a href=\"#\"><img src=\"https://i.ytimg.com/vi/AaaaBbbb041/hqdefault.jpg\" alt=\"PV第2弾\"></a>"
              "<p>11月20日公開</p></div>")
    assert _trailers(doc, JA)["PV 2"] == f"2026-11-20 {YT}AaaaBbbb041"


def test_modal_thumbnail_with_dotted_full_date():
    doc = _ja("<div class=\"movie\"><a class=\"js-modal\" href=\"#\" data-id=\"AaaaBbbb040\"><img "
              "src=\"https://i.ytimg.com/vi/AaaaBbbb040/hqdefault.jpg\" alt=\"PV第2弾\"></a><p>2026.11.20公開</p></div>")
    assert _trailers(doc, JA)["PV 2"] == f"2026-11-20 {YT}AaaaBbbb040"


def test_character_pv_keeps_its_own_series_and_day():
    doc = _ja("<ul><li><a href=\"https://youtu.be/AaaaBbbb042\">キャラクターPV〈ツバキ編〉</a>（10月30日公開）</li>"
              "<li><a href=\"https://youtu.be/AaaaBbbb043\">PV第1弾</a>（8月1日公開）</li></ul>")
    t = _trailers(doc, JA)
    assert t["PV 1"] == f"2026-08-01 {YT}AaaaBbbb043" and "AaaaBbbb042" not in t["PV 1"]


def test_ja_earlier_video_in_a_today_sentence_is_not_todays():
    doc = _ja("<p>先日公開された特報（<a href=\"https://youtu.be/AaaaBbbb046\">こちら</a>）に続き、本日PV第1弾"
              "（<a href=\"https://youtu.be/AaaaBbbb047\">こちら</a>）が解禁された。</p>")
    t = _trailers(doc, JA)
    assert "2026-11-25" not in t.get("teaser 1", "") and t["PV 1"].startswith("2026-11-25")


def test_out_since_a_weekday_behind_a_pointer_link():
    doc = news([STORY, f"{W} premieres in January.",
                f"The 2nd PV, out since Saturday, is <a href=\"{YT}AaaaBbbb053\">here</a>."], title=f"{W} news", published="2026-11-25")
    assert _trailers(doc)["PV 2"] == f"2026-11-21 {YT}AaaaBbbb053"


def test_weekday_that_is_the_articles_own_day():
    doc = news([STORY, f"{W} premieres in January.",
                f"<a href=\"{YT}AaaaBbbb055\">Teaser 2</a> went up on Wednesday, a day early."], title=f"{W} news", published="2026-11-25")
    assert _trailers(doc)["teaser 2"] == f"2026-11-25 {YT}AaaaBbbb055"


def test_planned_weekday_gives_no_past_day():
    doc = news([STORY, f"{W} premieres in January.",
                f"<a href=\"{YT}AaaaBbbb056\">Trailer 3</a> will be released Friday."], title=f"{W} news", published="2026-11-25")
    assert "2026-11-20" not in _trailers(doc).get("trailer 3", "")


def test_earlier_seasons_trailer_with_its_day_is_not_the_sequels():
    doc = news([STORY, f"{W} Season 2 premieres in January.",
                f"<ul><li><a href=\"https://youtu.be/AaaaBbbb050\">Season 1 trailer</a> (released March 3, 2025)</li></ul>"],
               title=f"{W} Season 2 news", published="2026-11-25")
    assert not any("AaaaBbbb050" in v or "2025-03-03" in v for v in _trailers(doc, f"{W} Season 2").values())


# ------------------------------------------------------------------ "yesterday" in a sentence with no link beside it
def _said(sentence: str) -> dict[str, str]:
    return _trailers(news([STORY, f"{W} premieres in January.", sentence], title=f"{W} news", published="2026-11-25"))


def test_prose_went_up_yesterday():
    assert _said("The second trailer went up yesterday on the official channel.") == {"trailer 2": "2026-11-24"}


def test_prose_yesterday_first():
    assert _said("Yesterday, the studio released the second trailer.") == {"trailer 2": "2026-11-24"}


def test_prose_premiered_yesterday_in_a_relative_clause():
    assert _said("The anime's second PV, which premiered yesterday, previews the opening.") == {"PV 2": "2026-11-24"}


def test_prose_today_beats_another_videos_yesterday():
    assert _said("The second trailer, released today, follows the teaser that went up yesterday.")["trailer 2"] == "2026-11-25"


# ------------------------------------------------------------------ the line just before a bare player
def test_line_before_player_english_second_trailer():
    doc = news([STORY, f"{W} premieres in January.", "Here is the second trailer, released on Friday."],
               title=f"{W} news", published="2026-11-25").replace(
        "</article>", f"<div class=\"embed\"><iframe src=\"https://www.youtube.com/embed/AaaaBbbb013\"></iframe></div></article>")
    assert _trailers(doc)["trailer 2"] == f"2026-11-20 {YT}AaaaBbbb013"


def test_line_before_player_ja_blog_note():
    doc = _ja("<p>PVはこちら。ネコが転がるのが最高。（11月4日公開の本PV）</p>"
              "<p><iframe src=\"https://www.youtube.com/embed/AaaaBbbb014?feature=oembed\"></iframe></p>")
    assert _trailers(doc, JA)["PV 1"] == f"2026-11-04 {YT}AaaaBbbb014"


def test_line_before_lite_youtube_ja_colon():
    doc = _ja("<p><strong>特報：9月18日公開 ↓</strong></p><lite-youtube videoid=\"AaaaBbbb015\"></lite-youtube>")
    assert _trailers(doc, JA)["teaser 1"] == f"2026-09-18 {YT}AaaaBbbb015"


def test_line_before_player_today_ja():
    doc = _ja("<p>「PV第2弾」が本日公開されました！</p>"
              "<div class=\"yt\"><iframe src=\"https://www.youtube-nocookie.com/embed/AaaaBbbb016\"></iframe></div>")
    assert _trailers(doc, JA)["PV 2"] == f"2026-11-16 {YT}AaaaBbbb016".replace("11-16", "11-25")


def test_line_before_player_teaser_with_date_in_parens():
    doc = news([STORY, f"{W} premieres in January.", "<b>Teaser (July 4)</b>"], title=f"{W} news", published="2026-11-25").replace(
        "</article>", f"<div><iframe src=\"https://www.youtube.com/embed/AaaaBbbb017\"></iframe></div></article>")
    assert _trailers(doc)["teaser 1"] == f"2026-07-04 {YT}AaaaBbbb017"


def test_line_before_wp_embed_check_out_the_teaser():
    doc = news([STORY, f"{W} premieres in January.", "Check out the teaser below:"], title=f"{W} news", published="2026-11-25").replace(
        "</article>", "<figure class=\"wp-block-embed\"><div class=\"wp-block-embed__wrapper\">"
        "<iframe src=\"https://www.youtube.com/embed/AaaaBbbb031?feature=oembed\"></iframe></div></figure></article>")
    assert _trailers(doc)["teaser 1"].endswith(f"{YT}AaaaBbbb031")


def test_line_before_lite_youtube_pv_number_and_day():
    doc = news([STORY, f"{W} premieres in January.", "<em>PV 2 (November 3)</em>"], title=f"{W} news", published="2026-11-25").replace(
        "</article>", "<div class=\"video\"><lite-youtube videoid=\"AaaaBbbb032\"></lite-youtube></div></article>")
    assert _trailers(doc)["PV 2"] == f"2026-11-03 {YT}AaaaBbbb032"


def test_line_before_player_ja_arrow_and_unveil_word():
    doc = _ja("<p><span>▼ティザーPV（7月4日解禁）</span></p><div class=\"movie\"><iframe src=\"https://www.youtube.com/embed/AaaaBbbb033\"></iframe></div>")
    assert _trailers(doc, JA)["teaser 1"] == f"2026-07-04 {YT}AaaaBbbb033"


def test_line_before_player_ja_number_first():
    doc = _ja("<p>第2弾PVはこちら↓</p><p><iframe src=\"https://www.youtube.com/embed/AaaaBbbb034\"></iframe></p>")
    assert _trailers(doc, JA)["PV 2"].endswith(f"{YT}AaaaBbbb034")


def test_line_before_player_third_trailer_uploaded_yesterday():
    doc = news([STORY, f"{W} premieres in January.", "Watch the third trailer, uploaded yesterday:"],
               title=f"{W} news", published="2026-11-25").replace(
        "</article>", "<div><iframe src=\"https://www.youtube.com/embed/AaaaBbbb035\"></iframe></div></article>")
    assert _trailers(doc)["trailer 3"] == f"2026-11-24 {YT}AaaaBbbb035"


# ------------------------------------------------------------------ traps
def test_planned_release_is_never_read_as_last_years_day():
    doc = news([STORY, f"{W} premieres in January.",
                f"<a href=\"{YT}AaaaBbbb020\">Trailer 2</a> will be released on May 3 on the channel."],
               title=f"{W} news", published="2026-11-25")
    assert "2026-05-03" not in _trailers(doc).get("trailer 2", "")


def test_ja_planned_release_is_never_read_as_last_years_day():
    doc = _ja(f"<ul><li><a href=\"{YT}AaaaBbbb021\">PV第3弾</a>（5月3日公開予定）</li></ul>")
    assert "2026-05-03" not in _trailers(doc, JA).get("PV 3", "")


def test_films_opening_day_in_its_trailers_caption_is_not_the_trailers_day():
    doc = ("<!doctype html><html lang=ja><head><title>映画『灯篭フェリー』</title>"
           "<meta property=\"article:published_time\" content=\"2026-11-25T10:00:00+09:00\"></head><body><main><article>"
           "<h1>映画『灯篭フェリー』</h1><p>劇場アニメーション映画『灯篭フェリー』、全国の映画館でロードショー。川を渡る渡し船の灯篭には、"
           "乗客の行き先が記されている。ある夜、自分の名前が書かれた灯篭を見つけた少女は、船を故郷へ向けることを決める。</p>"
           f"<ul><li><a href=\"{YT}AaaaBbbb027\">本予告</a> 3月19日公開</li></ul></article></main></body></html>")
    assert not any("03-19" in v for v in _trailers(doc, JA).values())


def test_show_start_in_caption_is_not_the_videos_day():
    doc = _ja(f"<ul><li><a href=\"{YT}AaaaBbbb022\">PV第1弾</a> 1月8日放送開始</li></ul>")
    v = _trailers(doc, JA).get("PV 1", "")
    assert "01-08" not in v


def test_line_before_player_naming_two_videos_is_no_caption():
    doc = _ja("<p>8月に出たPV第1弾と、11月に出たPV第2弾を見比べてほしい。</p>"
              "<p><iframe src=\"https://www.youtube.com/embed/AaaaBbbb023\"></iframe></p>")
    t = _trailers(doc, JA)
    assert not any("AaaaBbbb023" in v and v.split()[0][:4] == "2026" and k == "PV 1" for k, v in t.items()) \
        or t.get("PV 1", "").startswith("2026-08 ") is False


def test_line_before_player_that_is_a_long_story_paragraph():
    story = ("The ferry crosses the river every night, and the lanterns on its deck tell the passengers where the dead are "
             "headed; a girl who boards on August 30 finds her own name on one of them and decides to steer it home.")
    doc = news([STORY, f"{W} premieres in January.", story], title=f"{W} news", published="2026-11-25").replace(
        "</article>", f"<div><iframe src=\"https://www.youtube.com/embed/AaaaBbbb024\"></iframe></div></article>")
    assert not any("08-30" in v for v in _trailers(doc).values())


def test_music_video_with_release_day_is_no_trailer():
    doc = news([STORY, f"{W} premieres in January.",
                f"<a href=\"{YT}AaaaBbbb025\">Opening theme music video</a> (released November 2)"],
               title=f"{W} news", published="2026-11-25")
    assert not any("AaaaBbbb025" in v for v in _trailers(doc).values())


def test_date_of_another_statement_in_the_same_caption_is_not_taken():
    doc = news([STORY, f"{W} premieres in January.",
                f"<a href=\"{YT}AaaaBbbb026\">Trailer 2</a>; the Blu-ray was released on August 3."],
               title=f"{W} news", published="2026-11-25")
    assert "2026-08-03" not in _trailers(doc).get("trailer 2", "")


def test_day_of_another_numbered_video_under_a_player_is_not_its_day():
    doc = news([STORY, f"{W} premieres in January."], title=f"{W} news", published="2026-11-25").replace(
        "</article>", f"<h3>Videos</h3><div class=\"movie\"><iframe src=\"https://www.youtube.com/embed/AaaaBbbb028\" "
        f"title=\"{W} Trailer 3\"></iframe></div><p>Trailer 2, posted on September 9, is also still up.</p></article>")
    assert "2026-09-09" not in _trailers(doc).get("trailer 3", "")


def test_line_before_player_naming_another_titles_teaser_is_not_the_works():
    doc = news([STORY, f"{W} premieres in January.", "Also new this week: the first teaser for “Moonlit Harbor”, posted Monday."],
               title=f"{W} news", published="2026-11-25").replace(
        "</article>", f"<div><iframe src=\"https://www.youtube.com/embed/AaaaBbbb029\"></iframe></div></article>")
    assert not any("AaaaBbbb029" in v for v in _trailers(doc).values())


def test_ja_line_before_player_naming_another_titles_pv_is_not_the_works():
    doc = _ja("<p>ちなみに同じ制作会社の『月影ハーバー』PV第1弾（昨日公開）はこちら。</p>"
              "<p><iframe src=\"https://www.youtube.com/embed/AaaaBbbb030\"></iframe></p>")
    assert not any("AaaaBbbb030" in v for v in _trailers(doc, JA).values())
