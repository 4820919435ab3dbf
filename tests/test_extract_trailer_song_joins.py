"""Trailers and theme songs a careful reader joins to what the page says elsewhere about them.

- a MOVIE list whose cards a script opens in a modal or popup player carry their video only as a bare id
  (`data-youtube`, `data-ytid`, `data-video-id`), a `<lite-youtube>` or a YouTube thumbnail: the box is the
  site's own player list, not chrome, so each card's label and date make a trailer with its URL; a popup
  with no video at all (a newsletter box) stays chrome.
- 「あわせて…PVが公開された」 takes the day of the news the sentence before dates, never the broadcast's start
  written with its hour (「1月8日(金)24時30分から」「深夜1時半より」) nor any day after the article (a plan).
- a news article whose dated line says when the video came out ("A teaser debuted on August 15 at the panel")
  and whose undated lines only mention it beside another reveal ("The cast was revealed alongside the teaser"):
  the dated line's day, not the article's; an undated line saying it came out now ("today", 「本日」) keeps
  the article's day.
- a music list line "KIND／「Title」Artist" (a separator after the kind, the singer after the title): the separator
  is no singer, the name after the title is; a label in brackets after it is dropped, a singing character's
  "(CV：…)" kept.
- an English sentence that names the kind, says it is set, then the performer and the song after a colon or dash
  ("The ending theme, however, is confirmed: singer X will perform "T"", "… of W is set: X will sing "T""): the
  song with its performer; "of OTHER" is that title's song, a clause with no title states nothing.
- a Japanese sentence that names the singer beside the title in any of its usual relations: 「KINDは「T」をXが歌唱/担当」
  (the kind as topic, a singing character's (CV:…) kept), 「X（reading）が担当する/手がける/によるKIND「T」」, 「主題歌は
  LATIN NAMEの「T」」 (a Latin name with spaces); 「「OTHER」のKIND」 is that title's song.
- an English performer beside the title: '"T," written/composed/produced and performed/sung by X' after it, "X, who
  also sing(s)/will perform the KIND "T"" before it; "written by X" alone names no performer.
- the sentence around a video link dates it with a video's other past verbs ("which ran on August 14", "aired",
  "came out", "surfaced"); a run to come ("will run on …") dates nothing.
- a numbered video that "followed" the news ("a first teaser trailer followed in July", "PV 2 followed on
  October 9") is a video that came out then; "was followed by a visual" names no release of the video.
- "X will perform the W ending theme "T"": the work's own name between the performer's verb and the kind is
  skipped, so X is the performer; another title there ("the Brass Orchard ending theme") makes it that title's
  song, while a performer's possessive ("Duo Y's opening theme") and generic words ("the TV opening") do not.

Every form here is invented; none is a fixture page's wording."""
from extract_helpers import facts, news

W = "Tinplate Lighthouse"
WJ = "ブリキの灯台"
YT = "https://www.youtube.com/watch?v="
STORY = ("A tin lighthouse keeper who cannot sleep keeps a lamp burning for ships that stopped coming years ago, "
         "until a girl rows out of the fog with a letter addressed to the lamp itself.")
STORY_JA = "霧の海に立つブリキの灯台。眠れない灯台守の少年は、もう誰も来ない港のために毎晩灯りをともしている。"


def _trailers(doc: str, title: str = W) -> dict[str, str]:
    return {k: v for f, k, v in facts(doc, title) if f == "trailer"}


def _site(movie: str, ja: bool = False) -> str:
    """An official site's top page: a story line and a movie section."""
    title = f"TVアニメ「{WJ}」公式サイト" if ja else f"TV Anime \"{W}\" Official Site"
    name, story = (WJ, STORY_JA) if ja else (W, STORY)
    return (f"<!doctype html><html><head><title>{title}</title></head><body><main>"
            f"<section class=\"intro\"><p>TV anime \"{name}\" 2027.4 ON AIR</p><p>{story}</p></section>"
            f"{movie}</main></body></html>")


def _id(n: int) -> str:
    return f"Tq{n}xLm0Pa9Z"[:11]


# ------------------------------------------------------------------ modal / popup cards with a bare video id
def test_modal_cards_bare_id_ja():
    movie = ("<section id=\"movie\"><h2>MOVIE</h2><ul>"
             f"<li class=\"js-modal\" data-youtube=\"{_id(2)}\"><p>第2弾PV<span>2026.10.09</span></p></li>"
             f"<li class=\"js-modal\" data-youtube=\"{_id(1)}\"><p>ティザーPV<span>2026.05.01</span></p></li></ul></section>")
    got = _trailers(_site(movie, ja=True), WJ)
    assert got["PV 2"] == f"2026-10-09 {YT}{_id(2)}"
    assert got["teaser 1"] == f"2026-05-01 {YT}{_id(1)}"


def test_popup_anchor_with_ytid_en():
    movie = ("<div class=\"movies\"><h2>Videos</h2>"
             f"<a class=\"popup-video\" href=\"#\" data-ytid=\"{_id(3)}\">Teaser trailer (March 3, 2026)</a></div>")
    assert _trailers(_site(movie))["teaser 1"] == f"2026-03-03 {YT}{_id(3)}"


def test_modal_button_data_video_id():
    movie = ("<section class=\"movie\"><h2>MOVIE</h2>"
             f"<div class=\"js-modal-btn\" data-video-id=\"{_id(4)}\"><p>PV 1</p><p>2026.08.21 release</p></div>"
             "</section>")
    assert _trailers(_site(movie))["PV 1"] == f"2026-08-21 {YT}{_id(4)}"


def test_modal_thumbnail_image_only():
    movie = ("<section><h2>MOVIE</h2><div class=\"modal-open\">"
             f"<img src=\"https://i.ytimg.com/vi/{_id(5)}/maxresdefault.jpg\" alt=\"\"><p>本PV</p></div></section>")
    got = _trailers(_site(movie, ja=True), WJ)
    assert any(v.endswith(f"{YT}{_id(5)}") for v in got.values())


def test_popup_background_thumbnail():
    movie = ("<section><h2>Trailers</h2>"
             f"<div class=\"popup\" style=\"background-image:url(//img.youtube.com/vi/{_id(6)}/0.jpg)\">"
             "<span>Main trailer</span></div></section>")
    got = _trailers(_site(movie))
    assert any(v.endswith(f"{YT}{_id(6)}") for v in got.values())


def test_modal_lite_youtube():
    movie = ("<section><h2>MOVIE</h2><div class=\"c-modal\">"
             f"<lite-youtube videoid=\"{_id(7)}\"></lite-youtube><p>PV第3弾 2026.11.02</p></div></section>")
    got = _trailers(_site(movie, ja=True), WJ)
    assert got["PV 3"] == f"2026-11-02 {YT}{_id(7)}"


def test_modal_in_news_article():
    doc = news([f"The second trailer for {W} is out, ahead of the April premiere.",
                f"<span class=\"modal-trigger\" data-youtube-id=\"{_id(8)}\">Watch the second trailer</span>"])
    got = _trailers(doc)
    assert got["trailer 2"].endswith(f"{YT}{_id(8)}")


# ------------------------------------------------------------------ traps
def test_popup_without_video_stays_chrome():
    movie = ("<div class=\"popup\"><p>Subscribe to our newsletter!</p><p>Also airing: \"Brass Orchard\" PV 2 "
             "released 2026.11.11</p></div>")
    doc = _site(movie)
    assert _trailers(doc) == {}
    assert not any("Brass Orchard" in v for _f, _k, v in facts(doc, W))


def test_popup_channel_link_is_no_video():
    movie = ("<div class=\"modal\"><a href=\"https://www.youtube.com/@tinplate_anime\">YouTube</a>"
             "<p>PV 4 coming 2026.12.24</p></div>")
    assert _trailers(_site(movie)) == {}


def test_data_video_id_all_digits_is_no_youtube_id():
    movie = ("<section class=\"movie\"><h2>MOVIE</h2>"
             "<div class=\"js-modal-btn\" data-video-id=\"12345678901\"><p>PV 1</p></div></section>")
    assert not any("youtube" in v for v in _trailers(_site(movie)).values())


# ------------------------------------------------------------------ 「あわせて」: the news day, not the broadcast's
def _ja_news(*paras: str, published: str = "2026-11-24") -> str:
    return news(list(paras), title=f"「{WJ}」放送日決定", published=published)


def test_along_after_broadcast_hour_from():
    doc = _ja_news(f"TVアニメ「{WJ}」が、2027年1月8日(金)24時30分からTOKYO MXほかで放送開始となることが発表された。"
                   "あわせて第2弾PVが公開された。")
    got = _trailers(doc, WJ)
    assert not got.get("PV 2", "").startswith("2027-01")


def test_along_after_late_night_hour_yori():
    doc = _ja_news(f"「{WJ}」は2027年4月4日(日)深夜1時30分よりBS11で放送されることが明らかになった。"
                   "併せてティザーPVも解禁された。")
    got = _trailers(doc, WJ)
    assert not got.get("teaser 1", "").startswith("2027-04")


def test_along_simultaneously_with_time_range():
    doc = _ja_news(f"TVアニメ「{WJ}」の放送が2027年1月10日(日)22時00分～から始まることが決定した。"
                   "同時に本PVもお披露目された。")
    assert not any(v.startswith("2027-01") for v in _trailers(doc, WJ).values())


def test_along_day_after_the_article_is_a_plan():
    doc = _ja_news(f"「{WJ}」Blu-ray第1巻を12月18日に届けることが決定した。あわせてPV第1弾が公開された。")
    assert not _trailers(doc, WJ).get("PV 1", "").startswith("2026-12-18")


def test_along_keeps_the_news_day_before_the_article():
    doc = _ja_news(f"TVアニメ「{WJ}」が2027年に放送されることが11月20日、分かった。あわせて第1弾PVが公開された。")
    assert _trailers(doc, WJ)["PV 1"].startswith("2026-11-20")


def test_along_keeps_news_day_beside_a_broadcast_hour():
    doc = _ja_news(f"TVアニメ「{WJ}」が2027年1月8日(金)23時からTOKYO MXで放送されることが11月21日、発表された。"
                   "あわせて第2弾PVが公開された。")
    assert _trailers(doc, WJ)["PV 2"].startswith("2026-11-21")


# ------------------------------------------------------------------ a dated reveal beside undated mentions
def _player(n: int, title: str = "") -> str:
    return f"<iframe src=\"https://www.youtube.com/embed/{_id(n)}\" title=\"{title}\"></iframe>"


W2 = f"{W} Season 2"


def _s2_news(*paras: str) -> str:
    return news(list(paras), title=f"{W2}: release date, trailer and cast", published="2026-11-20")


def test_dated_debut_beside_newcomers_revealed_alongside():
    doc = _s2_news(f"A roughly 40-second teaser debuted on August 15, 2026, during the {W} panel at Harbor Expo in "
                   "Kobe, where the staff also unveiled the season's first key visual.", _player(11, f"{W2} Teaser"),
                   "Two newcomers were revealed alongside the teaser: Mio Arata joins as Wren, and Kai Soma plays Thatch.")
    assert _trailers(doc, W2)["teaser 1"] == f"2026-08-15 {YT}{_id(11)}"


def test_dated_debut_beside_cast_unveiled_with_it():
    doc = _s2_news(f"A short teaser debuted on June 2, 2026, at the {W} stage in Osaka, where the studio also "
                   "revealed the new key visual.", _player(12, f"{W2} Teaser"),
                   "Two cast members were unveiled alongside the teaser: Mio Arata and Kai Soma.")
    assert _trailers(doc, W2)["teaser 1"] == f"2026-06-02 {YT}{_id(12)}"


def test_undated_line_saying_today_keeps_the_article_day():
    doc = _s2_news(f"A roughly 40-second teaser debuted on August 15, 2026, during the {W} panel at Harbor Expo in "
                   "Kobe, where the staff also unveiled the season's first key visual.", _player(13, f"{W2} Teaser"),
                   "The teaser was released online today; two newcomers were revealed alongside the teaser.")
    assert _trailers(doc, W2)["teaser 1"] == f"2026-11-20 {YT}{_id(13)}"


def test_undated_line_saying_now_keeps_the_article_day():
    doc = _s2_news(f"A roughly 40-second teaser debuted on August 15, 2026, during the {W} panel at Harbor Expo in "
                   "Kobe, where the staff also unveiled the season's first key visual.", _player(14, f"{W2} Teaser"),
                   "Two newcomers were revealed alongside the teaser, which is now up on YouTube.")
    assert _trailers(doc, W2)["teaser 1"] == f"2026-11-20 {YT}{_id(14)}"


def test_earlier_seasons_dated_teaser_is_not_this_ones():
    doc = _s2_news(f"The first season's teaser debuted on March 3, 2025, during the {W} panel at Harbor Expo, where "
                   "the staff also unveiled a key visual.", _player(15, f"{W2} Teaser"),
                   "Two newcomers were revealed alongside the teaser: Mio Arata joins as Wren.")
    assert not _trailers(doc, W2).get("teaser 1", "").startswith("2025")


# ------------------------------------------------------------------ 「KIND／「Title」Artist」 list lines
def _songs(doc: str, title: str = WJ) -> dict[str, str]:
    return {k: v for f, k, v in facts(doc, title) if f == "theme_song"}


def _music(*lines: str) -> str:
    return _site("<section id=\"music\"><h2>MUSIC</h2>" + "".join(f"<p>{x}</p>" for x in lines) + "</section>", ja=True)


def test_kind_slash_title_then_band():
    got = _songs(_music("オープニングテーマ／「霧笛のリフレイン」ハーバー・ノイズ"))
    assert got["opening 1"] == "霧笛のリフレイン — ハーバー・ノイズ"


def test_kind_ascii_slash_spaced():
    got = _songs(_music("エンディングテーマ / 『灯りの数え歌』 七森あかり"))
    assert got["ending 1"] == "灯りの数え歌 — 七森あかり"


def test_kind_bar_insert_song():
    got = _songs(_music("挿入歌｜「潮騒ラジオ」Sea Glass Parade"))
    assert got["insert 1"] == "潮騒ラジオ — Sea Glass Parade"


def test_kind_dash_title_artist_then_label():
    got = _songs(_music("エンディング ―「さよならの灯台」ミナトユウ（Lantern Records）"))
    assert got["ending 1"] == "さよならの灯台 — ミナトユウ"


def test_kind_slash_character_singer_with_cv():
    got = _songs(_music("エンディングテーマ／「夜明けのブイ」ルカ（CV：白浜 ことね）"))
    assert got["ending 1"].startswith("夜明けのブイ — ルカ")


def test_both_lines_numbered_apart():
    got = _songs(_music("OPテーマ／「ブリキの心臓」TIN HEART", "EDテーマ／「眠れない夜の灯」汐見ルイ"))
    assert got["opening 1"] == "ブリキの心臓 — TIN HEART"
    assert got["ending 1"] == "眠れない夜の灯 — 汐見ルイ"


def test_slash_then_sale_note_is_no_singer():
    got = _songs(_music("オープニングテーマ／「霧笛のリフレイン」発売中"))
    assert got.get("opening 1") == "霧笛のリフレイン"


# ------------------------------------------------------------------ "KIND is confirmed: X will perform "T""
def _en_songs(*paras: str) -> dict[str, str]:
    return {k: v for f, k, v in facts(news(list(paras)), W) if f == "theme_song"}


def test_kind_aside_confirmed_then_performer_will_perform():
    got = _en_songs(f"{W} returns in April. The ending theme, however, is confirmed: singer-songwriter Mio Arata will "
                    "perform \"Lamp Oil.\"")
    assert got["ending 1"] == "Lamp Oil — Mio Arata"


def test_kind_of_work_set_then_sings():
    got = _en_songs(f"The ending theme of {W} is set: Mio Arata will sing \"Lamp Oil.\"")
    assert got["ending 1"] == "Lamp Oil — Mio Arata"


def test_kind_revealed_dash_band_performs():
    got = _en_songs(f"The {W} opening theme has been revealed — rock band Tin Heart performs \"Foghorn Waltz.\"")
    assert got["opening 1"] == "Foghorn Waltz — Tin Heart"


def test_kind_meanwhile_was_confirmed_duo_will_sing():
    got = _en_songs(f"{W} premieres in April.", "The opening, meanwhile, was confirmed: the duo Paper Lanterns will sing "
                    "\"Harbor Lights.\"")
    assert got["opening 1"] == "Harbor Lights — Paper Lanterns"


def test_kind_announced_then_artist_title_no_verb():
    got = _en_songs(f"For {W}, the ending theme has been announced: Tin Heart \"Foghorn Waltz.\"")
    assert got["ending 1"] == "Foghorn Waltz — Tin Heart"


def test_other_titles_song_set_is_not_ours():
    got = _en_songs(f"{W} premieres in April.", "The ending theme of Brass Orchard is set: Mio Arata will sing \"Lamp Oil.\"")
    assert not any("Lamp Oil" in v for v in got.values())


def test_unannounced_opening_beside_confirmed_ending():
    got = _en_songs(f"The {W} opening theme hasn't been announced yet. The ending theme is confirmed: Mio Arata will "
                    "perform \"Lamp Oil.\"")
    assert got == {"ending 1": "Lamp Oil — Mio Arata"}


def test_confirmed_performer_without_title_states_no_song():
    got = _en_songs(f"The ending theme of {W} is confirmed: Mio Arata will perform it.")
    assert not any(v.startswith("Mio") for v in got.values())


# ------------------------------------------------------------------ JA: the singer beside the title
def _ja_songs(*paras: str) -> dict[str, str]:
    return _songs(news(list(paras), title=f"「{WJ}」主題歌決定"))


def test_ja_kind_topic_title_then_character_sings():
    got = _ja_songs(f"「{WJ}」のOPは「潮騒ラジオ」をルカ(CV:白浜ことね)が歌唱。")
    assert got["opening 1"] == "潮騒ラジオ — ルカ(CV:白浜ことね)"


def test_ja_kind_topic_title_then_band_in_charge():
    got = _ja_songs(f"TVアニメ「{WJ}」のオープニングテーマは「潮騒ラジオ」をTin Heartが担当する。")
    assert got["opening 1"] == "潮騒ラジオ — Tin Heart"


def test_ja_band_with_reading_in_charge_of_kind_before_title():
    got = _ja_songs(f"TVアニメ「{WJ}」、Lantern Parade（ランタンパレード）が担当するオープニングテーマ「潮騒ラジオ」が流れるPVが公開。")
    assert got["opening 1"] == "潮騒ラジオ — Lantern Parade"


def test_ja_singer_makes_kind_before_title():
    got = _ja_songs(f"TVアニメ「{WJ}」の新PVが公開。シンガーソングライターの汐見ルイが手がけるエンディングテーマ「眠れない夜の灯」も流れる。")
    assert got["ending 1"] == "眠れない夜の灯 — 汐見ルイ"


def test_ja_by_band_with_reading_kind_before_title():
    got = _ja_songs(f"TVアニメ「{WJ}」の新PVには、Paper Harbor（ペーパーハーバー）によるエンディングテーマ「眠れない夜の灯」の一部も使われている。")
    assert got["ending 1"] == "眠れない夜の灯 — Paper Harbor"


def test_ja_theme_is_latin_band_no_title():
    got = _ja_songs(f"TVアニメ「{WJ}」の主題歌はTHE LAST MINUTEの「眠れない夜の灯」。")
    assert got["opening 1"] == "眠れない夜の灯 — THE LAST MINUTE"


def test_ja_latin_band_with_spaces_around():
    got = _ja_songs(f"TVアニメ「{WJ}」の主題歌は Paper Harbor の「眠れない夜の灯」。")
    assert got["opening 1"] == "眠れない夜の灯 — Paper Harbor"


def test_ja_other_titles_kind_is_not_ours():
    got = _ja_songs(f"TVアニメ「{WJ}」が1月に放送開始。なお「真鍮の果樹園」のオープニングテーマは「眠れない夜の灯」をTin Heartが担当。")
    assert not any("眠れない夜の灯" in v for v in got.values())


def test_ja_cast_as_a_whole_is_no_singer():
    got = _ja_songs(f"TVアニメ「{WJ}」のEDは「眠れない夜の灯」をキャスト陣が歌唱。")
    assert "キャスト" not in got.get("ending 1", "")


# ------------------------------------------------------------------ EN: the performer beside the title
def test_en_written_and_performed_by():
    got = _en_songs(f"{W}'s opening theme is \"Lamp Oil,\" written and performed by Mio Arata.")
    assert got["opening 1"] == "Lamp Oil — Mio Arata"


def test_en_produced_and_performed_by_duo():
    got = _en_songs(f"The {W} ending theme is \"Lamp Oil\", produced and performed by the duo Paper Harbor.")
    assert got["ending 1"] == "Lamp Oil — Paper Harbor"


def test_en_composed_and_sung_by_theme_song():
    got = _en_songs(f"The theme song of {W} is \"Lamp Oil,\" composed and sung by Mio Arata.")
    assert any(v == "Lamp Oil — Mio Arata" for v in got.values())


def test_en_who_also_sing_the_theme_song():
    got = _en_songs(f"In {W}, the music is by the duo Paper Harbor, who also sing the theme song \"Lamp Oil\".")
    assert any(v == "Lamp Oil — Paper Harbor" for v in got.values())


def test_en_who_will_perform_the_ending():
    got = _en_songs(f"The rock band Tin Heart, who will perform the ending theme \"Lamp Oil\" for {W}, appeared at the event.")
    assert got["ending 1"] == "Lamp Oil — Tin Heart"


def test_en_written_by_alone_is_no_performer():
    got = _en_songs(f"The theme song of {W} is \"Lamp Oil,\" written by Mio Arata.")
    assert not any("Mio Arata" in v for v in got.values())


# ------------------------------------------------------------------ a link's sentence: other past verbs
def _link(n: int, text: str) -> str:
    return f"<a href=\"{YT}{_id(n)}\">{text}</a>"


def _link_news(sentence: str) -> str:
    return news([f"{W} moves to January, the staff announced on Friday.", "</p><h2>Videos</h2><p>" + sentence,
                 "The staff also thanked fans for their patience."])


def test_link_sentence_which_ran_on():
    doc = _link_news(f"The first teaser, which ran on August 14, is still up {_link(21, 'on the official channel')}.")
    assert _trailers(doc)["teaser 1"] == f"2026-08-14 {YT}{_id(21)}"


def test_link_sentence_came_out_on():
    doc = _link_news(f"PV 1, which came out on July 3, is {_link(22, 'here')}.")
    assert _trailers(doc)["PV 1"] == f"2026-07-03 {YT}{_id(22)}"


def test_link_sentence_aired_on():
    doc = _link_news(f"The teaser that aired on September 9 is still up {_link(23, 'on the official channel')}.")
    assert _trailers(doc)["teaser 1"] == f"2026-09-09 {YT}{_id(23)}"


def test_link_sentence_surfaced_on():
    doc = _link_news(f"The second PV, which surfaced on October 2, is {_link(25, 'on YouTube')}.")
    assert _trailers(doc)["PV 2"] == f"2026-10-02 {YT}{_id(25)}"


def test_link_sentence_will_run_is_no_day():
    doc = _link_news(f"The second PV will run on December 24; the first one is {_link(24, 'here')}.")
    assert not any(v.startswith("2026-12-24") or v.startswith("2025-12-24") for v in _trailers(doc).values())


# ------------------------------------------------------------------ "a first teaser followed in July"
def test_first_teaser_followed_in_month():
    doc = news([f"{W} was first announced at the end of March, and a first teaser trailer followed in July."])
    assert _trailers(doc)["teaser 1"].startswith("2026-07")


def test_second_pv_followed_on_day():
    doc = news([f"{W} was announced in spring.", "A second PV followed on October 9."])
    assert _trailers(doc)["PV 2"].startswith("2026-10-09")


def test_trailer_number_followed_weeks_later():
    doc = news([f"{W} moved its premiere to April.", "Trailer 2 followed two weeks later, on September 30."])
    assert _trailers(doc)["trailer 2"].startswith("2026-09-30")


def test_followed_by_a_visual_is_no_video_day():
    doc = news([f"The first teaser for {W} was followed by a key visual in May."])
    assert not _trailers(doc).get("teaser 1", "").startswith("2026-05")



# ------------------------------------------------------------------ the work's name between verb and kind
def test_performer_will_perform_the_works_ending():
    got = _en_songs(f"Mio Arata will perform the {W} ending theme \"Lamp Oil.\"")
    assert got["ending 1"] == "Lamp Oil — Mio Arata"


def test_band_performs_the_works_ending_song():
    got = _en_songs(f"Rock band Tin Heart performs the {W} ending song \"Lamp Oil\".")
    assert got["ending 1"] == "Lamp Oil — Tin Heart"


def test_who_also_performs_the_works_opening():
    got = _en_songs(f"Singer Mio Arata, who also performs the {W} opening theme \"Lamp Oil\", joins the cast.")
    assert got["opening 1"] == "Lamp Oil — Mio Arata"


def test_another_titles_ending_is_not_ours():
    got = _en_songs(f"{W} premieres in April.", "Mio Arata will perform the Brass Orchard ending theme \"Lamp Oil.\"")
    assert not any("Lamp Oil" in v for v in got.values())


def test_performers_possessive_before_kind_stays_the_artist():
    got = _en_songs(f"{W} gets a trailer.", "Duo Tin Heart's opening theme \"Lamp Oil\" plays at its end.")
    assert got.get("opening 1", "").startswith("Lamp Oil")


def test_generic_words_before_kind_are_no_title():
    got = _en_songs(f"For {W}, the TV opening theme is \"Lamp Oil\" by Tin Heart.")
    assert got["opening 1"] == "Lamp Oil — Tin Heart"
