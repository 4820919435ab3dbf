"""One reader for a station's schedule row: a known station's name, then its start day and weekly slot, as a table
row (<th>/<td>, <dt>/<dd>) under any heading or none, or as a line of a broadcast label's value, the day with or
without its year, in Japanese or English; the slot past midnight moves the day, and the earliest row is the first
airing while each later station keeps its own keyed day. Forms written for these tests, not copied from pages."""
from extract_helpers import facts

T = "夜想のランタン"


def _page(body: str, title: str = T) -> str:
    return (f"<!doctype html><html><head><title>{title}</title></head><body><main><h1>{title}</h1>{body}"
            "</main></body></html>")


def _dates(doc: str) -> dict[str, str]:
    return {k: v for f, k, v in facts(doc, T, "Nocturne Lantern") if f == "release_date"}


def _stations(doc: str) -> set[str]:
    return {k for f, k, v in facts(doc, T, "Nocturne Lantern") if f == "broadcaster"}


def _rows(tag_l: str, tag_v: str, rows: list[tuple[str, str]], wrap: str) -> str:
    cells = "".join(f"<{tag_l}>{a}</{tag_l}><{tag_v}>{b}</{tag_v}>" for a, b in rows)
    if wrap == "table":
        return "<table>" + "".join(f"<tr><{tag_l}>{a}</{tag_l}><{tag_v}>{b}</{tag_v}></tr>" for a, b in rows) + "</table>"
    return f"<dl>{cells}</dl>"


def test_th_td_rows_under_an_unknown_heading_give_each_station_its_day():
    doc = _page("<h2>テレビでの放送スケジュールのお知らせ</h2>" + _rows("th", "td", [
        ("TBS", "2027年1月14日（木）より 毎週木曜 25:28～"), ("BS-TBS", "2027年1月16日（土）より 毎週土曜 24:30～")], "table"))
    assert _dates(doc) == {"": "2027-01-15", "BS-TBS": "2027-01-17"}
    assert {"tbs", "bstbs"} <= _stations(doc)


def test_rows_with_no_heading_at_all():
    doc = _page("<p>テレビ放送も決まりました。</p>" + _rows("th", "td", [
        ("TOKYO MX", "2027年1月9日(土)から毎週土曜23:30~"), ("BS11", "2027年1月11日(月)から毎週月曜24:00~")], "table"))
    assert _dates(doc) == {"": "2027-01-09", "BS11": "2027-01-12"}


def test_dt_dd_rows_with_a_slash_date():
    doc = _page("<h3>オンエア</h3>" + _rows("dt", "dd", [
        ("テレビ東京", "2027/1/6(水) 25:05〜"), ("AT-X", "2027/1/8(金) 22:00〜")], "dl"))
    d = _dates(doc)
    assert d.get("") == "2027-01-07" and d.get("AT-X") == "2027-01-08"


def test_english_rows_with_month_names():
    doc = _page("<h2>On TV in Japan</h2>" + _rows("th", "td", [
        ("Fuji TV", "January 13, 2027 (Wed) from 24:55"), ("BS Fuji", "January 15, 2027 (Fri) from 25:00")], "table"),
        title="Nocturne Lantern")
    d = _dates(doc)
    assert d.get("") == "2027-01-14" and d.get("BS Fuji") == "2027-01-16"


def test_two_stations_in_one_label_cell():
    doc = _page(_rows("th", "td", [("TOKYO MX・BS日テレ", "2027年1月10日（日）より毎週日曜24:00～")], "table"))
    assert _dates(doc).get("") == "2027-01-11"
    assert {"tokyomx"} <= _stations(doc)


def test_lines_of_one_broadcast_cell_with_a_year():
    doc = _page("<table><tr><th>放送開始</th><td>2027年1月10日(日)</td></tr>"
                "<tr><th>放送局・日時</th><td>TBS　2027年1月10日(日) 25:28〜<br>BS-TBS　2027年1月12日(火) 24:00〜</td></tr></table>")
    d = _dates(doc)
    assert d.get("BS-TBS") == "2027-01-13"
    assert "bstbs" in _stations(doc)


def test_lines_of_one_broadcast_cell_in_english():
    doc = _page("<table><tr><th>Premiere</th><td>January 10, 2027</td></tr>"
                "<tr><th>Broadcast</th><td>TBS January 10, 2027 (Sun) 25:28~<br>BS-TBS January 12, 2027 (Tue) 24:00~</td></tr></table>",
                title="Nocturne Lantern")
    d = _dates(doc)
    assert d.get("BS-TBS") == "2027-01-13"


def test_the_row_keys_the_station_when_another_source_gives_the_first_airing():
    doc = _page('<script type="application/ld+json">{"@context": "https://schema.org", "@type": "TVSeries", '
                '"name": "夜想のランタン", "startDate": "2027-01-08"}</script>'
                "<h2>地上波でも</h2>" + _rows("th", "td", [
                    ("TBS", "2027年1月14日（木）より 毎週木曜 25:28～"), ("BS-TBS", "2027年1月16日（土）より 毎週土曜 24:30～")], "table"))
    d = _dates(doc)
    assert d.get("TBS") == "2027-01-15" and d.get("BS-TBS") == "2027-01-17"


def test_trap_a_row_that_is_no_station():
    doc = _page(_rows("th", "td", [("先行上映イベント", "2026年12月20日（日）14:00～"),
                                   ("TOKYO MX", "2027年1月9日(土)から毎週土曜23:30~")], "table"))
    assert _dates(doc) == {"": "2027-01-09"}


def test_trap_a_station_with_no_date_yet():
    doc = _page(_rows("th", "td", [("TBS", "放送日時は後日発表"), ("BS11", "調整中")], "table"))
    assert _dates(doc) == {}


def test_trap_a_date_that_does_not_open_the_cell():
    doc = _page(_rows("th", "td", [("dアニメストア", "見放題配信ほか、2027年1月20日より順次")], "table"))
    assert "dアニメストア" not in _dates(doc)


def test_trap_an_unknown_label_with_a_date():
    doc = _page(_rows("th", "td", [("原作第1巻発売", "2024年3月8日(金) 10:00～")], "table"))
    assert _dates(doc) == {}


def test_premiere_cell_with_day_slot_station_parts():
    doc = _page("<ul><li>放送開始：2027年1月6日(水) 25:05～ TOKYO MX／1月8日(金) 24:00～ BS朝日</li></ul>")
    assert _dates(doc) == {"": "2027-01-07", "BS朝日": "2027-01-09"}
    assert {"tokyomx", "bsasahi"} <= _stations(doc)


def test_premiere_cell_with_day_then_station_parts_no_slot():
    doc = _page("<ul><li>放送日：2027年1月6日(水)より TOKYO MX、1月10日(日)より BS11</li></ul>")
    assert _dates(doc) == {"": "2027-01-06", "BS11": "2027-01-10"}


def test_premiere_cell_parts_in_english():
    doc = _page("<ul><li>Premiere: January 6, 2027 (Wed) 25:05~ TOKYO MX / January 8 (Fri) 24:00~ BS Asahi</li></ul>")
    assert _dates(doc) == {"": "2027-01-07", "BS Asahi": "2027-01-09"}


def test_trap_a_part_that_names_no_station():
    doc = _page("<ul><li>放送開始：2027年1月6日(水) 25:05～ TOKYO MX／1月8日(金) 24:00～ 配信予定</li></ul>")
    assert _dates(doc) == {"": "2027-01-07"}


def test_bare_premiere_day_over_the_same_nights_slot_past_midnight():
    doc = _page("<table><tr><th>放送開始</th><td>2027年1月10日(日)</td></tr>"
                "<tr><th>放送局・日時</th><td>TBS　2027年1月10日(日) 25:28〜<br>BS-TBS　2027年1月12日(火) 24:00〜</td></tr></table>")
    assert _dates(doc) == {"": "2027-01-11", "BS-TBS": "2027-01-13"}


def test_bare_premiere_day_over_the_same_nights_slot_in_english():
    doc = _page("<table><tr><th>Premiere</th><td>January 10, 2027</td></tr>"
                "<tr><th>Broadcast</th><td>TBS January 10, 2027 (Sun) 25:28~<br>BS-TBS January 12, 2027 (Tue) 24:00~</td></tr></table>",
                title="Nocturne Lantern")
    assert _dates(doc).get("") == "2027-01-11"


def test_trap_next_days_evening_slot_leaves_the_premiere_day():
    doc = _page("<table><tr><th>放送開始</th><td>2027年1月10日(日)</td></tr>"
                "<tr><th>放送局・日時</th><td>TBS　2027年1月11日(月) 22:00〜</td></tr></table>")
    assert _dates(doc).get("") == "2027-01-10"


def _services(doc: str) -> set[str]:
    return {k for f, k, v in facts(doc, T, "Nocturne Lantern") if f == "streaming"}


def test_service_table_rows_that_do_not_carry_it():
    doc = _page("<table><tr><th>Service</th><th>Availability</th></tr>"
                "<tr><td>Crunchyroll</td><td>Simulcast from Jan 9, 2027</td></tr>"
                "<tr><td>Netflix</td><td>Not available</td></tr><tr><td>Hulu</td><td>N/A</td></tr>"
                "<tr><td>HIDIVE</td><td>—</td></tr></table>", title="Nocturne Lantern")
    assert _services(doc) == {"crunchyroll"}


def test_ja_service_table_rows_that_do_not_carry_it():
    doc = _page("<table><tr><th>配信サービス</th><th>配信開始</th></tr>"
                "<tr><td>dアニメストア</td><td>2027年1月10日より</td></tr>"
                "<tr><td>Netflix</td><td>配信なし</td></tr><tr><td>U-NEXT</td><td>配信予定なし</td></tr></table>")
    assert _services(doc) == {"danimestore"}
