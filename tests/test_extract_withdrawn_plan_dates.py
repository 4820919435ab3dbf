"""A plan the page says was withdrawn or replaced: within one page only the current date is the work's (FACTS.md: a
delay is a `changed` fact only across snapshots). The old notice is named before its date ("延期前の告知（1月放送
予定）", "旧日程：", "当初の発表では") or called withdrawn after it ("…は取り消されています", "…は白紙", "has been
withdrawn", "(scrapped)"); the replacing date, and a date kept "as planned", stay.

Every form here is invented; none is a fixture page's wording."""
from extract_helpers import facts, news

JA = "くろがね坂の手紙屋"
EN = "Lanternwick Letters"
JA_HEAD = [f"TVアニメ『{JA}』の放送情報をお届けします。", "TOKYO MX：2027年4月6日（火）より毎週火曜23:00～"]
EN_HEAD = [f"The {EN} anime's broadcast details were revealed.", "TOKYO MX: from April 6, 2027 (Tue), Tuesdays at 23:00"]


def _dates(title: str, paragraphs: list[str]) -> set[tuple[str, str]]:
    return {(k, v) for f, k, v in facts(news(paragraphs, title=f"{title} news"), title) if f == "release_date"}


def _ja(note: str) -> set[tuple[str, str]]:
    return _dates(JA, [*JA_HEAD, note])


def _en(note: str) -> set[tuple[str, str]]:
    return _dates(EN, [*EN_HEAD, note])


def test_ja_old_notice_in_brackets_withdrawn_after_delay():
    assert _ja("※延期前の告知（2027年1月放送予定）は取り消されています。") == {("", "2027-04-06")}


def test_ja_first_announcement_retracted():
    assert _ja("※当初発表の「2027年1月放送」は撤回されました。") == {("", "2027-04-06")}


def test_ja_old_schedule_label():
    assert _ja("（旧日程：2027年1月放送開始）") == {("", "2027-04-06")}


def test_ja_plan_made_blank():
    assert _ja("※以前お知らせした2027年1月の放送予定は白紙となりました。") == {("", "2027-04-06")}


def test_ja_withdrawn_plan_alone_gives_no_date():
    got = _dates(JA, [f"TVアニメ『{JA}』放送延期のお知らせ。",
                      "※延期前の告知（2027年1月放送予定）は取り消されています。新たな放送時期は後日発表します。"])
    assert got == set()


def test_en_date_announced_earlier_withdrawn():
    assert _en("Note: The January 2027 premiere date announced earlier has been withdrawn.") == {("", "2027-04-06")}


def test_en_original_window_scrapped():
    assert _en("The original January 2027 window was scrapped after the delay.") == {("", "2027-04-06")}


def test_en_bracketed_withdrawn():
    assert _en("Previously announced premiere: January 2027 (withdrawn)") == {("", "2027-04-06")}


def test_en_withdrawn_premiere_alone_gives_no_date():
    got = _dates(EN, [f"{EN} anime delayed.", f"The {EN} anime's January 2027 premiere has been withdrawn due to "
                                               "production issues; a new date will be announced later."])
    assert got == set()


def test_keep_date_as_planned():
    assert _dates(JA, [f"TVアニメ『{JA}』は当初の予定どおり2027年1月7日より放送。"]) == {("", "2027-01-07")}


def test_keep_new_date_of_a_delay():
    assert _dates(EN, [f"The {EN} anime has been delayed to April 6, 2027."]) == {("", "2027-04-06")}


def test_keep_release_when_an_event_is_cancelled():
    got = _dates(JA, [f"TVアニメ『{JA}』は2027年4月6日より放送開始。", "2027年3月の先行上映会は中止となりました。"])
    assert got == {("", "2027-04-06")}


def test_ja_notice_before_change_void():
    assert _ja("※変更前の発表（2027年1月7日より放送）は無効となります。") == {("", "2027-04-06")}


def test_ja_start_plan_cancelled_by_delay():
    assert _ja("放送延期に伴い、2027年1月7日の放送開始予定は取り消しとなりました。") == {("", "2027-04-06")}


def test_ja_plan_before_delay_stated_first():
    got = _dates(JA, [f"TVアニメ『{JA}』放送延期のお知らせ", "延期前の予定では2027年1月7日放送開始でした。",
                      "TOKYO MX：2027年4月6日（火）より毎週火曜23:00～"])
    assert got == {("", "2027-04-06")}


def test_ja_change_notice_dateline_is_no_start():
    got = _dates(JA, [f"2026年11月20日、TVアニメ『{JA}』の放送時期の変更が発表されました。当初は2027年1月の放送予定とされて"
                      "いましたが、2027年4月6日（火）23:00よりTOKYO MXほかで放送されることになりました。"])
    assert got == {("", "2027-04-06")}


def test_ja_delay_notice_dateline_is_no_start():
    got = _dates(JA, [f"11月20日、『{JA}』の放送延期が発表された。新たな放送開始日は2027年4月6日（火）。"])
    assert ("", "2026-11-20") not in got


def test_keep_dateline_that_is_the_start_itself():
    assert _dates(JA, [f"2027年4月6日、TVアニメ『{JA}』放送開始決定！"]) == {("", "2027-04-06")}
