"""A video's own day, as a careful reader takes it from the text around the video rather than from the page's date:

- an official site's news list whose date stamp is its own line (or cell) right above the item's headline
  ("2026.11.13 MOVIE" / "PV2 released!"): the item's day;
- the paragraph right above a bare player, longer than a caption: its one sentence that names a video and says
  when it came out ("The new trailer debuted on Monday …");
- a news article's sentence that dates the video it reveals ("debuted at the stage on November 22"): that day,
  not the article's; a video that itself "revealed" something is no reveal of the video;
- two videos in one sentence, each with its own date: each takes the date in its own clause.

Every form here is invented; none is a fixture page's wording."""
from extract_helpers import facts, news

W = "Copperleaf Orchard"
YT = "https://www.youtube.com/watch?v="
STORY = ("An orchard on a floating island grows copper apples that ring like bells when ripe; the girl who tends it "
         "has never left the island, until a storm drops a stranger and his broken airship between the trees.")


def _trailers(doc: str, title: str = W) -> dict[str, str]:
    return {k: v for f, k, v in facts(doc, title) if f == "trailer"}


def _site(news_items: str, movie: str = "") -> str:
    """An English official site's top page: a story line, a news list, a movie list."""
    return ("<!doctype html><html lang=\"en\"><head><title>TV Anime \"Copperleaf Orchard\" Official Site</title></head>"
            f"<body><main><section class=\"mv\"><p>TV anime \"{W}\" 2027.4 ON AIR</p><p>{STORY}</p></section>"
            f"<section class=\"secNews\"><h2>NEWS</h2><ul class=\"newsList\">{news_items}</ul></section>"
            f"{movie}</main></body></html>")


def _item(stamp: str, cat: str, head: str) -> str:
    return f"<li><a href=\"/en/news/1.html\"><time>{stamp}</time><span class=\"cat\">{cat}</span><p>{head}</p></a></li>"


# ------------------------------------------------------------------ the news list's own date stamp line
def test_stamp_line_then_pv_headline():
    doc = _site(_item("2026.11.13", "MOVIE", "PV2 released! Broadcast information revealed")
                + _item("2026.07.01", "MOVIE", "PV1 released!"))
    got = _trailers(doc)
    assert got["PV 2"].startswith("2026-11-13")
    assert got["PV 1"].startswith("2026-07-01")


def test_stamp_line_with_slashes_and_weekday():
    doc = _site(_item("2026/08/20 (Thu)", "NEWS", "The teaser PV has been unveiled"))
    assert _trailers(doc)["teaser 1"].startswith("2026-08-20")


def test_stamp_in_dt_headline_in_dd():
    doc = _site("").replace("<ul class=\"newsList\"></ul>",
                            "<dl class=\"newsList\"><dt>2026.09.30</dt><dd>Second PV now available on YouTube!</dd>"
                            "<dt>2026.06.02</dt><dd>Key visual revealed</dd></dl>")
    assert _trailers(doc)["PV 2"].startswith("2026-09-30")


def test_stamp_line_japanese_headline():
    doc = _site(_item("2026.10.05", "MOVIE", "PV第2弾を公開しました！"))
    assert _trailers(doc)["PV 2"].startswith("2026-10-05")


def test_stamp_line_dated_pv_keeps_the_movie_lists_url():
    doc = _site(_item("2026.11.13", "MOVIE", "PV2 released!"),
                "<section><h2>MOVIE</h2><ul><li><a href=\"https://www.youtube.com/watch?v=CuPv0000002\">"
                "<img src=\"t.jpg\" alt=\"\"><span>PV2</span></a></li></ul></section>")
    assert _trailers(doc)["PV 2"] == f"2026-11-13 {YT}CuPv0000002"


def test_trap_stamp_line_of_a_planned_video():
    doc = _site(_item("2026.11.13", "MOVIE", "PV3 will be released on December 4!"))
    assert not _trailers(doc).get("PV 3", "").startswith("2026-11-13")


def test_trap_stamp_line_of_another_item():
    # the stamp two items up is not this headline's: an item with no stamp of its own gets none
    doc = _site(_item("2026.11.13", "GOODS", "Blu-ray pre-orders open") + "<li><p>PV2 released!</p></li>")
    assert not _trailers(doc).get("PV 2", "").startswith("2026-11-13")


# ------------------------------------------------------------------ the paragraph above a bare player
def _player(paragraph: str, vid: str, title: str = "TVアニメ『銅葉の果樹園』本PV", published: str = "2026-11-24") -> str:
    return news([STORY, f"{W} premieres in April 2027.", paragraph], title=f"{W} delayed", published=published).replace(
        "</article>", f"<div class=\"video-embed\"><iframe src=\"https://www.youtube.com/embed/{vid}\" title=\"{title}\">"
                      "</iframe></div></article>")


def test_paragraph_above_player_weekday():
    doc = _player("The new trailer debuted on Monday on the studio's YouTube channel. It gives a first listen to the "
                  "opening theme and closes on the new \"April 2027\" caption.", "CuPv0000010")
    assert _trailers(doc)["PV 1"] == f"2026-11-23 {YT}CuPv0000010"


def test_paragraph_above_player_day_after_verb():
    doc = _player("Producers say the delay gives the team time to polish the flight scenes. The latest promotional "
                  "video was posted on November 20 and runs for ninety seconds.", "CuPv0000011")
    assert _trailers(doc)["PV 1"] == f"2026-11-20 {YT}CuPv0000011"


def test_trap_paragraph_above_player_names_two_videos():
    doc = _player("The first teaser went up in March, and the new trailer followed on Monday with more footage of the "
                  "storm sequence and the stranger's broken airship.", "CuPv0000012")
    assert not _trailers(doc).get("PV 1", "").startswith("2026-11-23")


def test_trap_paragraph_above_player_planned():
    doc = _player("A longer trailer will be released on Friday, according to the staff, together with the full "
                  "broadcast schedule and a second key visual.", "CuPv0000013")
    assert not _trailers(doc).get("PV 1", "").startswith("2026-11-2")




def test_paragraph_above_player_sentence_second_with_yesterday():
    doc = _player("Fans had waited almost half a year for new footage of the orchard and its bells. The studio shared the "
                  "second PV yesterday, and it closes on the broadcast date.", "CuPv0000014", title="PV第2弾")
    assert _trailers(doc)["PV 2"] == f"2026-11-23 {YT}CuPv0000014"


def test_paragraph_above_player_japanese():
    doc = _player("放送開始に先がけて、物語の舞台となる空に浮かぶ果樹園と、嵐とともに落ちてきた青年の姿を描いた映像が届いた。"
                  "11月20日に公開されたPV第2弾では、オープニング主題歌の一部も聴くことができる。果樹園の鐘の音にも注目だ。"
                  "放送は2027年4月から。果樹園を守る少女の声は新人声優が担当する。", "CuPv0000015", title="PV第2弾")
    assert _trailers(doc)["PV 2"] == f"2026-11-20 {YT}CuPv0000015"
# ------------------------------------------------------------------ a reveal sentence's own day
def _article(paragraphs: list[str], vid: str, title: str = "『銅葉の果樹園』第2期 ティザーPV") -> str:
    return news([STORY, *paragraphs], title=f"{W} Season 2 news", published="2026-11-26").replace(
        "</article>", f"<figure><iframe src=\"https://www.youtube-nocookie.com/embed/{vid}?feature=oembed\" title=\"{title}\">"
                      "</iframe></figure></article>")


def test_teaser_debuted_at_stage_on_a_day():
    doc = _article([f"{W} Season 2 premieres in July 2027.",
                    "The teaser for Season 2 debuted at the studio's festival stage on November 22 alongside a new key "
                    "visual, and was uploaded to YouTube shortly afterward."], "CuTz0000020")
    assert _trailers(doc)["teaser 1"] == f"2026-11-22 {YT}CuTz0000020"


def test_teaser_day_before_the_verb():
    doc = _article([f"{W} Season 2 premieres in July 2027.",
                    "On November 21, during a livestream, the staff premiered the teaser for the sequel."], "CuTz0000021")
    assert _trailers(doc)["teaser 1"] == f"2026-11-21 {YT}CuTz0000021"


def test_trap_teaser_as_agent_gets_no_article_day():
    doc = _article([f"{W} Season 2 premieres in July 2027.",
                    "The teaser also revealed one new name: Aoi Kurata voices the airship captain."], "CuTz0000022")
    assert not _trailers(doc).get("teaser 1", "").startswith("2026-11-26")


def test_trap_teaser_unveiled_a_song_gets_no_article_day():
    doc = _article([f"{W} Season 2 premieres in July 2027.",
                    "The teaser unveiled the new opening theme as well, a ballad sung by the lead actress."], "CuTz0000023")
    assert not _trailers(doc).get("teaser 1", "").startswith("2026-11-26")


def test_still_article_day_when_the_teaser_is_revealed_without_a_day():
    doc = _article([f"{W} Season 2 premieres in July 2027.",
                    "The official website revealed the teaser for the second season alongside the news."], "CuTz0000024")
    assert _trailers(doc)["teaser 1"] == f"2026-11-26 {YT}CuTz0000024"




def test_teaser_first_shown_during_a_livestream():
    doc = _article([f"{W} Season 2 premieres in July 2027.",
                    "The announcement teaser was first shown during the publisher's livestream on October 3 and was "
                    "uploaded an hour later."], "CuTz0000025")
    assert _trailers(doc)["teaser 1"] == f"2026-10-03 {YT}CuTz0000025"


def test_teaser_went_live_on_a_weekday():
    doc = _article([f"{W} Season 2 premieres in July 2027.",
                    "The teaser went live on Sunday on the official channel, three days after the sequel was confirmed."],
                   "CuTz0000026")
    assert _trailers(doc)["teaser 1"] == f"2026-11-22 {YT}CuTz0000026"


def test_trap_teaser_to_come_gets_no_past_day():
    doc = _article([f"{W} Season 2 premieres in July 2027.",
                    "The full teaser will be released on December 1, the staff said."], "CuTz0000027")
    assert not _trailers(doc).get("teaser 1", "").startswith("2025-12")


def test_trap_day_of_another_thing():
    doc = _article([f"{W} Season 2 premieres in July 2027.",
                    "The teaser was unveiled ahead of the November 14 screening of the first season's finale."],
                   "CuTz0000028")
    assert not _trailers(doc).get("teaser 1", "").startswith("2026-11-14")
# ------------------------------------------------------------------ each video in its own clause
def test_teaser_and_pv_each_in_own_clause():
    doc = news([STORY, f"{W} premieres in April 2027.",
                "The anime was first announced in March with a teaser trailer, and the staff screened the first PV at "
                "the publisher's booth at a summer convention in July."], title=f"{W} news", published="2026-11-24")
    got = _trailers(doc)
    assert got.get("PV 1") == "2026-07"
    assert got.get("teaser 1") == "2026-03"


def test_pv_clause_before_teaser_clause():
    doc = news([STORY, f"{W} premieres in April 2027.",
                "The second PV arrived in October, while the first PV had gone up back in June during the "
                "publisher's summer showcase."], title=f"{W} news", published="2026-11-24")
    got = _trailers(doc)
    assert got.get("PV 2") == "2026-10"
    assert got.get("PV 1") == "2026-06"


def test_two_videos_semicolon():
    doc = news([STORY, f"{W} premieres in April 2027.",
                "The first trailer was released on August 8; the second trailer followed on November 2."],
               title=f"{W} news", published="2026-11-24")
    got = _trailers(doc)
    assert got.get("trailer 1") == "2026-08-08"
    assert got.get("trailer 2") == "2026-11-02"


def test_teaser_clause_then_pv_clause_with_followed():
    doc = news([STORY, f"{W} premieres in April 2027.",
                "A teaser trailer was posted in February, and the first PV followed in August at the publisher's "
                "summer stage."], title=f"{W} news", published="2026-11-24")
    got = _trailers(doc)
    assert got.get("PV 1") == "2026-08"
    assert got.get("teaser 1") == "2026-02"


def test_pv_clause_but_teaser_clause():
    doc = news([STORY, f"{W} premieres in April 2027.",
                "The first PV was screened in July, but the announcement video had come out in April."],
               title=f"{W} news", published="2026-11-24")
    assert _trailers(doc).get("PV 1") == "2026-07"


def test_trap_other_clause_date_not_taken_for_pv_without_own_date():
    doc = news([STORY, f"{W} premieres in April 2027.",
                "The second PV is now out, while the key visual went up in June."],
               title=f"{W} news", published="2026-11-24")
    assert "-06" not in _trailers(doc).get("PV 2", "")
