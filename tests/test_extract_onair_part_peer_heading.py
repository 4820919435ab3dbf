"""The broadcast/streaming part of a page ends at the next heading of its own rank that names no station, day or
airing ("<h2>Where can I stream it?</h2> … <h2>Trailer</h2>", 「<h3>放送・配信情報</h3> … <h3>スペシャル映像</h3>」):
a video's upload day or an event's date under that heading is no station's start, and no first airing. A station's
own heading at that rank ("<h3>TOKYO MX</h3>") and a lower sub-heading keep the part open.

Every form here is invented; none is a fixture page's wording."""
from extract_helpers import fetched
from tracker.extract import extract
from tracker.model import Work

W = "Copperkiln Choir"
JA = "銅窯の聖歌隊"


def _dates(body: str, title: str = W) -> set[tuple[str, str]]:
    doc = (f"<html><head><title>{title}</title><meta property='article:published_time' content='2026-11-20T09:00:00+00:00'>"
           f"</head><body><article><h1>{title}: everything we know</h1>{body}</article></body></html>")
    return {(f.key, f.value) for f in extract(fetched(doc), Work(title, ())).facts if f.field == "release_date"}


def test_en_trailer_heading_after_stream_question():
    got = _dates(f"<h2>When does {W} come out?</h2><p>{W} will premiere in July 2027.</p>"
                 f"<h2>Where can I stream it?</h2><p>Crunchyroll will stream {W} as it airs in Japan.</p>"
                 "<h2>Trailer</h2><p>The teaser that premiered at Harbor Con was posted online the next day, "
                 "November 19. It previews the opening theme.</p>")
    assert got == {("", "2027-07")}


def test_en_videos_heading_after_broadcast():
    got = _dates(f"<h3>Release date</h3><p>{W} premieres in July 2027.</p><h3>Broadcast</h3><p>Fuji TV will air the "
                 "series.</p><h3>Videos</h3><p>The second trailer premieres online on November 19.</p>")
    assert got == {("", "2027-07")}


def test_ja_special_video_heading_after_onair():
    got = _dates(f"<h2>放送時期</h2><p>2027年7月放送開始予定。</p><h3>放送・配信情報</h3><p>TOKYO MX、BS11にて放送</p>"
                 "<h3>スペシャル映像</h3><p>スペシャル映像 11月19日より公開！</p>", JA)
    assert got == {("", "2027-07")}


def test_ja_event_heading_after_streaming():
    got = _dates(f"<h2>放送時期</h2><p>2027年7月放送開始予定。</p><h2>配信情報</h2><p>dアニメストアほかで配信予定</p>"
                 "<h2>ステージ情報</h2><p>ステージ映像 12月5日より配信開始！</p>", JA)
    assert got == {("", "2027-07")}


def test_en_teaser_relative_clause_premiered():
    got = _dates(f"<h2>Release date</h2><p>{W} premieres in July 2027.</p><h2>Where to watch {W}</h2>"
                 "<p>Crunchyroll will stream the series.</p><p>The teaser which premiered at the panel went up on November 19.</p>")
    assert got == {("", "2027-07")}


def test_keep_station_heading_of_the_same_rank():
    got = _dates("<h3>放送情報</h3><p>2027年4月より放送開始</p><h3>TOKYO MX</h3><p>2027年4月6日（火）より毎週火曜23:00～放送</p>", JA)
    assert ("", "2027-04-06") in got


def test_keep_sub_heading_under_the_broadcast_part():
    got = _dates(f"<h2>Where can I watch {W}?</h2><h3>In Japan</h3><p>{W} premieres on April 6, 2027 on TOKYO MX.</p>")
    assert ("", "2027-04-06") in got


def test_keep_region_sub_part_of_the_same_rank():
    doc = (f"<html><head><title>{W}</title></head><body><main><h2>ON AIR</h2><h3>TV</h3><dl><dt>Fuji TV</dt>"
           "<dd>From April 6, 2027</dd></dl><h3>Streaming</h3><dl><dt>Netflix</dt><dd>From April 7, 2027</dd></dl>"
           "<h3>Overseas</h3><dl><dt>HIDIVE</dt><dd>Worldwide (excluding Asia)</dd></dl></main></body></html>")
    got = {(f.field, f.key) for f in extract(fetched(doc, url="https://copperkiln.example/en/"), Work(W, ())).facts}
    assert ("streaming", "hidive") in got
