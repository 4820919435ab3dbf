"""A broadcast section's station or service row and its own first day: the day cell may give the date in English
words without a slot ("Netflix | Streaming worldwide from January 14, 2027 (Thu)"), and a row may lead with the kind
of carriage ("見放題配信 | Netflix | 2027年1月13日(水)より"), the service then being a row of its own, not the kind's
one value. A name that is no known station or service, a Blu-ray's day or a day not yet set gives no keyed date."""
from extract_helpers import facts

TITLE, JA_TITLE = "Starwell Courier", "スターウェル便"


def _en(streaming: str) -> str:
    """An English official site's ON AIR page: two stations, then the streaming part given."""
    return ("<html><head><title>ON AIR | TV Anime \"Starwell Courier\" Official Website</title></head><body><main><section>"
            "<h2>ON AIR</h2><h3>TV Broadcast</h3><dl><dt>TOKYO MX</dt><dd>From January 9, 2027 every Saturday 24:30~</dd>"
            "<dt>BS11</dt><dd>From January 12, 2027 every Tuesday 23:00~</dd></dl>"
            f"<h3>Streaming</h3>{streaming}</section></main></body></html>")


def _ja(rows: str) -> str:
    """A Japanese official site's ON AIR page: a station table, then a streaming table of these rows."""
    return ("<html><head><title>ON AIR｜TVアニメ「スターウェル便」公式サイト</title></head><body><main><section>"
            "<h2>ON AIR 放送・配信情報</h2><h3>TV放送</h3><table><tbody>"
            "<tr><td>TOKYO MX</td><td>2027年1月9日(土)より</td><td>毎週土曜 24:30～</td></tr>"
            "<tr><td>BS11</td><td>2027年1月12日(火)より</td><td>毎週火曜 23:00～</td></tr></tbody></table>"
            f"<h3>配信</h3><table><tbody>{rows}</tbody></table></section></main></body></html>")


def _dates(doc: str) -> set[tuple[str, str, str]]:
    return {f for f in facts(doc, TITLE, JA_TITLE) if f[0] == "release_date"}


BASE = {("release_date", "", "2027-01-10"), ("release_date", "BS11", "2027-01-12")}


def test_dl_service_then_english_day_with_words_before_it():
    got = _dates(_en("<dl><dt>Netflix</dt><dd>Streaming worldwide from January 14, 2027 (Thu)</dd></dl>"))
    assert got == BASE | {("release_date", "Netflix", "2027-01-14")}


def test_table_service_then_abbreviated_month():
    assert ("release_date", "Crunchyroll", "2027-01-15") in _dates(
        _en("<table><tr><td>Crunchyroll</td><td>Simulcast starting Jan. 15, 2027, outside Asia</td></tr></table>"))


def test_ordinal_day():
    assert ("release_date", "HIDIVE", "2027-02-03") in _dates(_en("<dl><dt>HIDIVE</dt><dd>Premieres February 3rd, 2027</dd></dl>"))


def test_list_items_service_then_day():
    assert ("release_date", "Disney+", "2027-01-20") in _dates(_en("<ul><li>Disney+</li><li>Worldwide from January 20, 2027</li></ul>"))


def test_english_row_led_by_its_kind():
    got = _dates(_en("<table><tr><th>Streaming</th><td>Netflix</td><td>From January 14, 2027</td></tr></table>"))
    assert got == BASE | {("release_date", "Netflix", "2027-01-14")}


def test_japanese_row_led_by_its_kind():
    got = _dates(_ja("<tr><th>見放題配信</th><td>Netflix</td><td>2027年1月13日(水)より配信開始</td></tr>"))
    assert got == BASE | {("release_date", "Netflix", "2027-01-13")}


def test_japanese_overseas_row():
    assert ("release_date", "Crunchyroll", "2027-01-15") in _dates(
        _ja("<tr><th>海外配信</th><td>Crunchyroll</td><td>2027年1月15日(金)より</td></tr>"))


def test_japanese_row_with_time():
    assert ("release_date", "Prime Video", "2027-01-16") in _dates(
        _ja("<tr><th>配信サイト</th><td>Prime Video</td><td>2027年1月16日(土)12:00～</td></tr>"))


def test_trap_advert_line_then_blu_ray_day():
    doc = _en("<div>Advertisement</div><div>Pre-order the Complete Blu-ray – out March 2, 2027</div>")
    assert _dates(doc) == BASE
    assert not any(f[0] == "streaming" for f in facts(doc, TITLE))


def test_trap_service_then_blu_ray_day():
    assert _dates(_en("<dl><dt>Netflix</dt><dd>Blu-ray Vol.1 on sale March 24, 2027</dd></dl>")) == BASE


def test_trap_row_with_no_day_yet():
    doc = _ja("<tr><th>見放題配信</th><td>Netflix</td><td>配信日未定</td></tr>")
    assert _dates(doc) == BASE
    assert ("streaming", "netflix", "Netflix") in facts(doc, TITLE, JA_TITLE)
