"""A video's own day in a news article: a year-less month after a past verb of the video's own ("The first teaser
trailer followed in June", "arrived in March", "came out in August", "went up in May") is the month already past,
and a Japanese sentence that lists several videos dates each by its own day (the day right before it, or right
after it when the sentence names each video first), not all by the sentence's first day. Traps: another title's
video in the list, a premiere day in the list, a future plan."""
from extract_helpers import facts, news

W = "Saltmarsh Couriers"
JW = "潮騒の配達人"


def _videos(paragraphs, title=W, published="2026-11-20"):
    head = f"{title} anime news" if title == W else f"『{title}』最新情報まとめ"
    return {(k, v) for f, k, v in facts(news(paragraphs, title=head, published=published), title) if f == "trailer"}


def _en(sentence):
    return _videos([f"The {W} anime has been delayed to April 2027.", sentence])


# ---- EN: the video's own past verb before "in <month>"
def test_teaser_followed_in_month():
    assert ("teaser 1", "2026-06") in _en("The first teaser trailer followed in June and introduced the two leads.")


def test_teaser_arrived_in_month():
    assert ("teaser 1", "2026-03") in _en("A first teaser trailer arrived in March, alongside the key visual.")


def test_pv_came_out_in_month():
    assert ("PV 1", "2026-08") in _en("The first PV came out in August and revealed the main cast.")


def test_teaser_went_up_in_month():
    assert ("teaser 1", "2026-05") in _en("The first teaser trailer went up in May on the official channel.")


def test_future_teaser_month_stays_ahead():
    got = _en("A second teaser trailer will follow in December.")
    assert ("teaser 2", "2025-12") not in got


# ---- JA: several videos in one sentence, each its own day
def test_ja_days_before_each_video():
    got = _videos([f"TVアニメ『{JW}』の最新情報をまとめた。", "6月12日にティザーPVが、9月30日にPV第1弾が、11月26日にPV第2弾が公開された。"],
                  title=JW, published="2026-11-26")
    assert got == {("teaser 1", "2026-06-12"), ("PV 1", "2026-09-30"), ("PV 2", "2026-11-26")}


def test_ja_followed_by_then_today():
    got = _videos([f"TVアニメ『{JW}』の最新情報をまとめた。",
                   "2026年6月12日に公開されたティザーPVに続き、9月30日には延期の告知とあわせてPV第1弾が、そして本日11月26日にPV第2弾が公開されました。"],
                  title=JW, published="2026-11-26")
    assert ("PV 1", "2026-09-30") in got and ("PV 1", "2026-06-12") not in got
    assert ("PV 2", "2026-11-26") in got and ("teaser 1", "2026-06-12") in got


def test_ja_each_video_then_its_day():
    got = _videos([f"TVアニメ『{JW}』の最新情報をまとめた。", "特報は7月1日、PV第1弾は9月30日にそれぞれ公開された。"],
                  title=JW, published="2026-11-26")
    assert ("teaser 1", "2026-07-01") in got and ("PV 1", "2026-09-30") in got


def test_ja_second_numbered_form():
    got = _videos([f"TVアニメ『{JW}』の最新情報をまとめた。", "第1弾PVが8月3日に、第2弾PVが11月20日に解禁された。"],
                  title=JW, published="2026-11-26")
    assert ("PV 1", "2026-08-03") in got and ("PV 2", "2026-11-20") in got


# ---- traps
def test_ja_other_titles_video_in_the_list():
    got = _videos([f"TVアニメ『{JW}』の最新情報をまとめた。", "『ハルカゼ探偵団』のPV第1弾が9月30日に、本作のPV第2弾が11月26日に公開された。"],
                  title=JW, published="2026-11-26")
    assert ("PV 1", "2026-09-30") not in got and ("PV 2", "2026-11-26") in got


def test_ja_premiere_day_in_the_list_dates_no_video():
    got = _videos([f"TVアニメ『{JW}』の最新情報をまとめた。", "9月30日にPV第1弾、11月26日にPV第2弾が公開され、本編は4月9日から放送される。"],
                  title=JW, published="2026-11-26")
    assert ("PV 1", "2026-09-30") in got and ("PV 2", "2026-11-26") in got
    assert not any(v.startswith("2027-04-09") for _, v in got)
