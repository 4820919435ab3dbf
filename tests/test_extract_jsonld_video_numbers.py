"""A JSON-LD trailer list numbers each video within its own kind, by the number its name gives (PV第2弾, "Trailer
#2", "Second Trailer") and never by a season's number in that name (第2期, "Season 2", "2nd Season")."""
import json

from extract_helpers import facts


def _db_page(name: str, videos: list[dict], kind: str = "TVSeries") -> str:
    ld = {"@context": "https://schema.org", "@type": kind, "name": name,
          "trailer": [dict({"@type": "VideoObject"}, **v) for v in videos]}
    return (f"<!doctype html><html><head><title>{name}</title><script type=\"application/ld+json\">"
            f"{json.dumps(ld, ensure_ascii=False)}</script></head><body><main><h1>{name}</h1>"
            "<p>An entry.</p></main></body></html>")


def _trailers(doc: str, title: str) -> dict[str, str]:
    return {k: v for f, k, v in facts(doc, title, url="https://db.example/anime/1") if f == "trailer"}


def _v(name: str, day: str, vid: str) -> dict:
    return {"name": name, "uploadDate": day, "embedUrl": f"https://www.youtube.com/embed/{vid}"}


YT = "https://www.youtube.com/watch?v="


def test_teaser_then_trailer_are_each_the_first_of_their_kind():
    got = _trailers(_db_page("Quartz Meadow", [_v("Teaser", "2026-03-02", "aaaaaaaaaa1"),
                                                _v("Trailer", "2026-09-09", "bbbbbbbbbb2")]), "Quartz Meadow")
    assert got.get("trailer 1") == f"2026-09-09 {YT}bbbbbbbbbb2"
    assert "trailer 2" not in got


def test_ja_teaser_then_main_pv():
    got = _trailers(_db_page("硝子の灯台守", [_v("ティザーPV", "2026-04-01", "ccccccccc03"),
                                             _v("本PV", "2026-10-01", "ddddddddd04")]), "硝子の灯台守")
    assert got.get("teaser 1") == f"2026-04-01 {YT}ccccccccc03"
    assert got.get("PV 1") == f"2026-10-01 {YT}ddddddddd04"
    assert "PV 2" not in got


def test_season_number_in_a_ja_name_is_not_the_video_number():
    got = _trailers(_db_page("鉄と鈴の庭", [_v("TVアニメ『鉄と鈴の庭』第2期 ティザーPV", "2026-11-14", "eeeeeeeee05")],
                             kind="TVSeason"), "鉄と鈴の庭")
    assert got.get("teaser 1") == f"2026-11-14 {YT}eeeeeeeee05"
    assert "teaser 2" not in got


def test_season_number_in_an_english_name_is_not_the_video_number():
    got = _trailers(_db_page("Harbor Owls", [_v("Harbor Owls Season 3 Official Teaser", "2026-05-05", "fffffffff06"),
                                              _v("Harbor Owls 2nd Season Trailer", "2026-08-08", "ggggggggg07")],
                             kind="TVSeason"), "Harbor Owls")
    assert got.get("teaser 1") == f"2026-05-05 {YT}fffffffff06"
    assert got.get("trailer 1") == f"2026-08-08 {YT}ggggggggg07"
    assert "teaser 3" not in got and "trailer 2" not in got


def test_ja_numbered_pv_keeps_its_own_number():
    got = _trailers(_db_page("月影の鍛冶師", [_v("ティザーPV", "2026-02-02", "hhhhhhhhh08"),
                                             _v("PV第2弾", "2026-09-30", "iiiiiiiii09")]), "月影の鍛冶師")
    assert got.get("teaser 1") == f"2026-02-02 {YT}hhhhhhhhh08"
    assert got.get("PV 2") == f"2026-09-30 {YT}iiiiiiiii09"


def test_hash_and_word_ordinals_name_the_number():
    got = _trailers(_db_page("Copper Lark", [_v("Copper Lark Trailer #2", "2026-06-06", "jjjjjjjjj10"),
                                              _v("Copper Lark Second Teaser", "2026-07-07", "kkkkkkkkk11")]), "Copper Lark")
    assert got.get("trailer 2") == f"2026-06-06 {YT}jjjjjjjjj10"
    assert got.get("teaser 2") == f"2026-07-07 {YT}kkkkkkkkk11"


def test_unnamed_numbers_count_within_the_kind():
    got = _trailers(_db_page("Velvet Kiln", [_v("PV", "2026-01-10", "lllllllll12"), _v("Teaser", "2026-02-10", "mmmmmmmmm13"),
                                              _v("PV", "2026-03-10", "nnnnnnnnn14")]), "Velvet Kiln")
    assert got.get("PV 1") == f"2026-01-10 {YT}lllllllll12"
    assert got.get("teaser 1") == f"2026-02-10 {YT}mmmmmmmmm13"
    assert got.get("PV 2") == f"2026-03-10 {YT}nnnnnnnnn14"


def test_second_season_word_ordinal_is_not_the_video_number():
    got = _trailers(_db_page("Pale Current", [_v("Pale Current second season teaser", "2026-04-04", "ooooooooo15")],
                             kind="TVSeason"), "Pale Current")
    assert got.get("teaser 1") == f"2026-04-04 {YT}ooooooooo15"
    assert "teaser 2" not in got


# the same rule in Japanese news prose: a video's own number (PV第2弾, ティザーPV第3弾) between a bare day of the month and
# the release verb does not hide that day (「25日にPV第2弾が公開された」: the article's month)

def _ja_news(p: str, title: str = "水鏡の灯台") -> dict[str, str]:
    doc = (f"<!doctype html><html><head><title>「{title}」PV第2弾公開</title><meta property=\"article:published_time\" "
           f"content=\"2026-11-26T18:00:00+09:00\"></head><body><main><article><h1>TVアニメ「{title}」PV第2弾公開</h1>"
           f"<p>TVアニメ「{title}」が2027年4月より放送される。</p><p>{p}</p></article></main></body></html>")
    return {k: v for f, k, v in facts(doc, title) if f == "trailer"}


def test_ja_bare_day_before_a_numbered_pv():
    assert _ja_news("あわせて、25日に公式YouTubeチャンネルでPV第2弾が公開された。").get("PV 2") == "2026-11-25"


def test_ja_yesterday_with_its_day_in_brackets():
    assert _ja_news("あわせて、昨日（25日）公式YouTubeチャンネルでPV第2弾が公開された。").get("PV 2") == "2026-11-25"


def test_ja_bare_day_before_a_numbered_teaser():
    assert _ja_news("24日にはティザーPV第3弾が解禁された。").get("teaser 3") == "2026-11-24"


def test_ja_bare_day_later_than_the_article_is_last_month():
    assert _ja_news("28日に第2弾PVが公開された。").get("PV 2") == "2026-10-28"


def test_trap_ja_future_release_has_no_day():
    assert _ja_news("27日に公開されるPV第2弾。").get("PV 2", "") != "2026-11-27"


def test_trap_ja_day_of_another_event():
    assert "2026-11-10" not in _ja_news("第1期の放送は10日に終了し、PV第2弾が近日公開される。").values()
