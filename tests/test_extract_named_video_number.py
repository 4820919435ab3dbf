"""A video linked under a name with no number ("Main trailer: <link>", 「本予告」, "Final trailer") and a sentence that
says which number that name is ("The main trailer, released today, is the film's second trailer", 「PV第2弾となる本予告」):
one video under the sentence's number, with the sentence's date and the link's URL (extract._named_video_numbered).

Every form here is invented; none is a fixture page's wording."""
from extract_helpers import facts, news

W = "Lantern Ferry"
YT = "https://www.youtube.com/watch?v="
STORY = ("The ferry crosses the river every night, and the lanterns on its deck tell the passengers where they are "
         "headed; a girl who boards one night finds her own name on one of them and decides to steer it home herself.")


def _trailers(doc: str, title: str = W) -> dict[str, str]:
    return {k: v for f, k, v in facts(doc, title) if f == "trailer"}


def _en(sentence: str, links: str, published: str = "2026-11-25") -> str:
    return news([STORY, f"{W} opens in theaters in March.", sentence, links, "More news will follow."],
                title=f"{W} news", published=published)


def test_main_trailer_is_said_to_be_the_second():
    doc = _en("The main trailer, released today, is the film's second trailer after the teaser.",
              f"Main trailer: <a href=\"{YT}CccaDddd001\">{YT}CccaDddd001</a>")
    t = _trailers(doc)
    assert t.get("trailer 2") == f"2026-11-25 {YT}CccaDddd001" and "trailer 1" not in t


def test_final_trailer_marks_the_third():
    doc = _en("The final trailer, which debuted on Monday, marks the series' third trailer.",
              f"<ul><li><a href=\"{YT}CccaDddd002\">Final trailer</a></li></ul>")
    t = _trailers(doc)
    assert t.get("trailer 3") == f"2026-11-23 {YT}CccaDddd002" and "trailer 1" not in t


def test_full_trailer_with_its_number_in_parentheses():
    doc = _en("The full trailer (the second trailer) was posted on November 20.",
              f"<p>▶ <a href=\"{YT}CccaDddd003\">Full trailer</a></p>")
    t = _trailers(doc)
    assert t.get("trailer 2") == f"2026-11-20 {YT}CccaDddd003" and "trailer 1" not in t


def test_ja_pv_number_before_the_name():
    doc = ("<!doctype html><html lang=ja><head><title>TVアニメ『灯篭フェリー』</title>"
           "<meta property=\"article:published_time\" content=\"2026-11-25T10:00:00+09:00\"></head><body><main><article>"
           "<h1>TVアニメ『灯篭フェリー』最新情報</h1><p>TVアニメ『灯篭フェリー』は2027年1月放送開始。川を渡る渡し船の灯篭には、"
           "乗客の行き先が記されている。ある夜、自分の名前が書かれた灯篭を見つけた少女は、船を故郷へ向けることを決める。"
           "原作は同名の人気小説。灯篭に書かれた名前の謎、渡し守の老人が隠してきた過去、そして川の向こう岸で待つ人々。少女の旅は、やがて町全体を巻き込む大きな騒動へとつながっていく。</p>"
           "<p>本日11月25日、PV第2弾となるメインPVが公開された。</p>"
           f"<ul><li><a href=\"{YT}CccaDddd004\">メインPV</a></li></ul></article></main></body></html>")
    t = _trailers(doc, "灯篭フェリー")
    assert t.get("PV 2") == f"2026-11-25 {YT}CccaDddd004" and "PV 1" not in t


def test_ja_number_in_brackets_after_the_name():
    doc = ("<!doctype html><html lang=ja><head><title>映画『灯篭フェリー』</title>"
           "<meta property=\"article:published_time\" content=\"2026-11-25T10:00:00+09:00\"></head><body><main><article>"
           "<h1>映画『灯篭フェリー』最新情報</h1><p>劇場アニメ『灯篭フェリー』は2027年3月公開。川を渡る渡し船の灯篭には、"
           "乗客の行き先が記されている。ある夜、自分の名前が書かれた灯篭を見つけた少女は、船を故郷へ向けることを決める。"
           "原作は同名の人気小説。灯篭に書かれた名前の謎、渡し守の老人が隠してきた過去、そして川の向こう岸で待つ人々。少女の旅は、やがて町全体を巻き込む大きな騒動へとつながっていく。</p>"
           "<p>11月20日、本PV（PV第2弾）が公開された。</p>"
           f"<ul><li><a href=\"{YT}CccaDddd005\">本PV</a></li></ul></article></main></body></html>")
    t = _trailers(doc, "灯篭フェリー")
    assert t.get("PV 2") == f"2026-11-20 {YT}CccaDddd005" and "PV 1" not in t


def test_launch_trailer_is_the_shows_fourth():
    doc = _en("The launch trailer, posted Friday, is the show's fourth trailer.",
              f"<p><a href=\"{YT}CccaDddd006\">Launch trailer</a></p>")
    t = _trailers(doc)
    assert t.get("trailer 4") == f"2026-11-20 {YT}CccaDddd006" and "trailer 1" not in t


def test_official_trailer_with_its_number_between_dashes():
    doc = _en("The official trailer — the second trailer — was released on November 21.",
              f"<p>Official trailer: <a href=\"{YT}CccaDddd007\">watch on YouTube</a></p>")
    t = _trailers(doc)
    assert t.get("trailer 2") == f"2026-11-21 {YT}CccaDddd007" and "trailer 1" not in t


def test_new_pv_is_the_series_second():
    doc = _en("The new PV, released on Friday, is the series' second PV.",
              f"<ul><li><a href=\"{YT}CccaDddd008\">New PV</a></li></ul>")
    t = _trailers(doc)
    assert t.get("PV 2") == f"2026-11-20 {YT}CccaDddd008" and "PV 1" not in t


def _ja(sentence: str, link: str) -> str:
    return ("<!doctype html><html lang=ja><head><title>TVアニメ『灯篭フェリー』</title>"
            "<meta property=\"article:published_time\" content=\"2026-11-25T10:00:00+09:00\"></head><body><main><article>"
            "<h1>TVアニメ『灯篭フェリー』最新情報</h1><p>TVアニメ『灯篭フェリー』は2027年1月放送開始。川を渡る渡し船の灯篭には、"
            "乗客の行き先が記されている。ある夜、自分の名前が書かれた灯篭を見つけた少女は、船を故郷へ向けることを決める。"
            "原作は同名の人気小説。灯篭に書かれた名前の謎、渡し守の老人が隠してきた過去、そして川の向こう岸で待つ人々。"
            f"少女の旅は、やがて町全体を巻き込む大きな騒動へとつながっていく。</p><p>{sentence}</p>"
            f"<ul><li>{link}</li></ul></article></main></body></html>")


def test_ja_name_said_to_become_the_third_pv():
    doc = _ja("メインPVがPV第3弾となり、11月20日に公開された。", f"<a href=\"{YT}CccaDddd009\">メインPV</a>")
    t = _trailers(doc, "灯篭フェリー")
    assert t.get("PV 3") == f"2026-11-20 {YT}CccaDddd009" and "PV 1" not in t


def test_ja_pv_number_before_honpv():
    doc = _ja("11月20日、PV第2弾となる本PVが公開された。", f"<a href=\"{YT}CccaDddd015\">本PV</a>")
    t = _trailers(doc, "灯篭フェリー")
    assert t.get("PV 2") == f"2026-11-20 {YT}CccaDddd015" and "PV 1" not in t


# ------------------------------------------------------------------ traps
def test_a_name_only_followed_by_another_video_is_not_tied():
    doc = _en("Following the main trailer in October, the second trailer arrived today.",
              f"Main trailer: <a href=\"{YT}CccaDddd010\">{YT}CccaDddd010</a>")
    assert _trailers(doc).get("trailer 2", "").endswith("CccaDddd010") is False


def test_a_bare_kind_names_no_one_video():
    """("Trailer:" over a link is no name a sentence can number: the merge leaves both facts as they are.)"""
    from tracker.extract import _named_video_numbered
    from tracker.model import Fact

    given = [Fact("trailer", "trailer 1", f"{YT}CccaDddd011", "Trailer:"),
             Fact("trailer", "trailer 2", "2026-11-25", "The trailer, released today, is the film's second trailer.")]
    assert _named_video_numbered(given) == given


def test_two_names_one_numbered_sentence_ties_only_the_named_one():
    from tracker.extract import _named_video_numbered
    from tracker.model import Fact

    given = [Fact("trailer", "trailer 1", f"{YT}CccaDddd013", "Main trailer"),
             Fact("trailer", "teaser 1", f"{YT}CccaDddd014", "Teaser trailer"),
             Fact("trailer", "trailer 2", "2026-11-25", "The main trailer, released today, is the film's second trailer.")]
    got = {f.key: f.value for f in _named_video_numbered(given)}
    assert got == {"teaser 1": f"{YT}CccaDddd014", "trailer 2": f"2026-11-25 {YT}CccaDddd013"}


def test_a_name_with_its_own_number_keeps_it():
    doc = _en("The main trailer, released today, is the film's second trailer after the teaser.",
              f"<ul><li><a href=\"{YT}CccaDddd012\">Trailer 1</a></li></ul>")
    assert _trailers(doc).get("trailer 1", "").endswith("CccaDddd012")
