"""A database infobox's broadcast cell listing several stations, one per line (<br> or its own row under the label):
every known station's line is read, its own first day keyed by the station, whatever came before the label (a delay
note under the premiere row). English and Japanese; each form in invented words; traps stay no fact."""
from extract_helpers import facts

T = "夕映えの配達人"


def infobox(*rows: tuple[str, str], title: str = T, extra: str = "") -> str:
    body = "".join(f'<tr><td class="lbl">{k}</td><td>{v}</td></tr>' for k, v in rows)
    return (f"<!doctype html><html><head><title>{title} - アニメ作品データベース</title></head><body><main>"
            f"<h1>{title}</h1><table>{body}</table>{extra}</main></body></html>")


def got(doc: str, title: str = T) -> set[tuple[str, str, str]]:
    return {f for f in facts(doc, title) if f[0] in ("release_date", "broadcaster", "streaming")}


START = ("放送開始", "2027年1月10日(日) 25:05〜（TBS）<br>※制作の都合により2026年10月から延期（2026/9/14発表）")


def test_second_station_line_after_a_delay_note():
    g = got(infobox(START, ("放送局", "TBS　毎週日曜 25:05〜<br>BS-TBS　1月13日(水)より 毎週水曜 24:00〜")))
    assert ("broadcaster", "bstbs", "BS-TBS") in g
    assert ("release_date", "BS-TBS", "2027-01-14") in g


def test_three_station_lines_each_with_its_day():
    g = got(infobox(START, ("放送局", "TBS　毎週日曜 25:05〜<br>BS11　1月14日(木)より<br>AT-X　1月16日(土) 22:00〜")))
    assert ("release_date", "BS11", "2027-01-14") in g and ("release_date", "AT-X", "2027-01-16") in g


def test_station_lines_with_a_slash_between_name_and_day():
    g = got(infobox(START, ("放送局", "TBS 毎週日曜 25:05〜<br>BS朝日 1/15(金) 23:00〜")))
    assert ("broadcaster", "bsasahi", "BS朝日") in g or any(f[0] == "broadcaster" and "BS朝日" in f[2] for f in g)


def test_english_station_lines_after_a_delay_note():
    doc = infobox(("Premiered", "January 10, 2027 (delayed from October 2026)<br>Note: postponed for production reasons"),
                  ("Broadcast", "TBS Sundays 25:05<br>BS11 January 14, 2027"), title="Dusk Courier")
    g = got(doc, "Dusk Courier")
    assert ("release_date", "BS11", "2027-01-14") in g


def test_streaming_cell_with_two_services():
    g = got(infobox(START, ("配信", "Netflix　1月12日(火)より独占配信<br>U-NEXT　1月19日(火)より")))
    assert ("streaming", "unext", "U-NEXT") in g or any(f[0] == "streaming" and "U-NEXT" in f[2] for f in g)


# ---- traps
def test_a_line_of_another_kind_after_the_station_ends_the_list():
    g = got(infobox(START, ("放送局", "TBS　毎週日曜 25:05〜<br>特番 1月3日(日) 放送")))
    assert not any(f[1] == "特番" or "特番" in f[2] for f in g)


def test_a_sidebar_of_other_works_stations_is_no_fact():
    side = ('<div class="side-box"><h3>2027年1月期 新番組</h3><ul><li>星屑ランタン 1/8(金) 24:30〜 TOKYO MX</li>'
            "<li>虹彩のアトリエ 1/11(月) 22:00〜 NHK Eテレ</li></ul></div>")
    g = got(infobox(START, ("放送局", "TBS　毎週日曜 25:05〜<br>BS-TBS　1月13日(水)より"), extra=side))
    assert not any("MX" in f[1].upper() or "MX" in f[2] for f in g)


# ---- a station's or service's own day without a year sits near the first airing, not a year from it
LOG = '<div class="log"><p>更新履歴</p><p>2026/11/18 主題歌追加</p><p>2026/03/21 新規登録</p></div>'


def test_service_day_without_year_takes_the_premiere_year_not_the_old_plans():
    doc = infobox(("放送開始", "<s>2026年10月予定</s><br>2027年1月10日(日) 25:05〜（TBS）<br>※2026年10月から延期"),
                  ("配信", "Netflix　1月12日(火)より見放題独占配信"), extra=LOG)
    g = got(doc)
    assert ("release_date", "Netflix", "2027-01-12") in g and not any(f[2].startswith("2026-01") for f in g)


def test_station_day_in_january_after_a_december_premiere():
    doc = infobox(("放送開始", "2026年12月28日(月)"), ("放送局", "TOKYO MX　毎週月曜 23:00〜<br>BS11　1月4日(月)より 毎週月曜 24:00〜"))
    g = got(doc)
    assert not any(f[0] == "release_date" and f[2].startswith("2026-01") for f in g)


def test_a_station_day_written_with_its_year_is_kept():
    doc = infobox(("放送開始", "2027年1月10日(日)"), ("放送局", "TBS　毎週日曜 25:05〜<br>BS11　2028年1月14日(金)より"))
    g = got(doc)
    assert not any(f[0] == "release_date" and f[2] == "2027-01-14" for f in g)


# ---- a broadcast table's row: station | first day | slot | note
def table(*rows: tuple[str, ...]) -> str:
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows)
    return (f"<!doctype html><html lang=ja><head><title>{T} - アニメ作品wiki</title></head><body><main><h1>{T}</h1>"
            f"<h2>放送情報</h2><p>2027年1月8日(金)より放送開始。</p><table><thead><tr><td>放送局</td><td>開始日</td><td>時間</td><td>備考</td></tr></thead>"
            f"<tbody>{body}</tbody></table></main></body></html>")


def test_slot_cell_past_midnight_moves_the_stations_day():
    g = got(table(("TOKYO MX", "1月8日(金)", "23:00〜23:30", ""), ("BS11", "1月12日(火)", "24:00〜24:30", "")))
    assert ("release_date", "BS11", "2027-01-13") in g or ("release_date", "BS11", "2026-01-13") not in g
    assert not any(f[1] == "BS11" and f[2].endswith("-01-12") for f in g)


def test_evening_slot_cell_keeps_the_day():
    g = got(table(("TOKYO MX", "1月8日(金)", "23:00〜23:30", ""), ("AT-X", "1月10日(日)", "毎週日曜 22:00〜", "")))
    assert any(f[1] == "AT-X" and f[2].endswith("-01-10") for f in g)


def test_the_tables_column_headings_are_no_stations():
    g = got(table(("TOKYO MX", "1月8日(金)", "23:00〜23:30", "")))
    assert not any("開始日" in f[2] or "時間" in f[2] or "備考" in f[2] for f in g)
