"""A year-less date takes its year from the tense of the verb that states it: said done (「公開された」, "was shown",
"debuted"), never a later year than the article's; said to come (「公開される」「予定」, "will debut", "drops"), the next
such day not before the article. An event's own year (「AnimeJapan 2026」で) tells first."""
from extract_helpers import facts, news

from tracker.dates import PartialDate, find_dates

PUB = PartialDate.parse("2026-11-24")


def _first(text: str) -> str:
    found = find_dates(text, published=PUB)
    return found[0].date.iso() if found else ""


def test_tense_english_past_verbs_keep_the_article_year():
    assert _first("The teaser was shown on March 28 at the convention.") == "2026-03-28"
    assert _first("Its first trailer debuted March 28, to strong reactions.") == "2026-03-28"
    assert _first("The pilot aired February 2 on a local station.") == "2026-02-02"
    assert _first("A key visual was unveiled in May.") == "2026-05"
    assert _first("The trailer, released on April 2, teases the new arc.") == "2026-04-02"
    assert _first("The studio announced on June 3 that casting had finished.") == "2026-06-03"


def test_tense_english_future_verbs_take_the_next_such_day():
    assert _first("The film will debut on December 5.") == "2026-12-05"
    assert _first("The second season drops December 5.") == "2026-12-05"
    assert _first("The second cour will be released on March 28.") == "2027-03-28"
    assert _first("The series is set to premiere in January.") == "2027-01"
    assert _first("The show returns on October 10 with new episodes.") == "2027-10-10"
    # a past verb in an earlier clause does not reach the date
    assert _first("The first season aired in spring, and the sequel will premiere on November 2.") == "2027-11-02"
    # a past announcement of a future day: the nearest verb is the day's own
    assert _first("It was announced that the film will open on November 3.") == "2027-11-03"


def test_tense_japanese_past_verbs_keep_the_article_year():
    assert _first("ティザーPVは3月28日に「AnimeJapan 2026」で初公開された。") == "2026-03-28"
    assert _first("PV第1弾は2月14日に公開された。") == "2026-02-14"
    assert _first("特報は4月5日に解禁されました。") == "2026-04-05"
    assert _first("ティザービジュアルは5月に公開済み。") == "2026-05"
    assert _first("第1期は2月1日に放送を開始した。") == "2026-02-01"
    assert _first("キービジュアルは3月にお披露目された。") == "2026-03"


def test_tense_japanese_future_verbs_take_the_next_such_day():
    assert _first("ティザーPVは12月5日に公開される。") == "2026-12-05"
    assert _first("第2期は1月10日から放送予定。") == "2027-01-10"
    assert _first("先行上映会は11月1日に開催される。") == "2027-11-01"
    assert _first("PV第2弾は12月12日に公開されます。") == "2026-12-12"
    # a past verb about a future broadcast: 「放送される」 states the day, 「発表された」 the news
    assert _first("TVアニメは10月3日から放送されることが発表された。") == "2027-10-03"


def test_tense_traps_leave_the_year_as_before():
    # a title's date is no day of the work's; an attribute (「…公開のPV」) says no tense; a full stop ends the clause
    assert _first("主題歌「3月28日」が公開された。") == "2027-03-28"
    assert _first("12月5日公開のPVは好評だった。") == "2026-12-05"
    assert _first("“March 28” was released as the single.") == "2027-03-28"
    # a stated year is never moved
    assert _first("The teaser will be shown on March 28, 2026.") == "2026-03-28"


def _ja_page(paragraphs: list[str]) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return ("<!doctype html><html lang=ja><head><title>TVアニメ『星屑の灯台』</title><meta property=\"article:published_time\" "
            "content=\"2026-11-24T09:00:00+09:00\"></head><body><main><article><h1>TVアニメ『星屑の灯台』最新情報</h1>"
            f"{body}</article></main></body></html>")


def test_tense_trailer_days_by_the_verb_end_to_end():
    got = facts(_ja_page(["TVアニメ『星屑の灯台』のティザーPVは3月28日に「AnimeJapan 2026」で初公開された。"]), "星屑の灯台")
    assert ("trailer", "teaser 1", "2026-03-28") in got and ("trailer", "teaser 1", "2027-03-28") not in got
    got = facts(_ja_page(["TVアニメ『星屑の灯台』のPV第2弾が12月5日に公開されます。"]), "星屑の灯台")
    assert ("trailer", "PV 2", "2026-12-05") in got and ("trailer", "PV 2", "2025-12-05") not in got
    got = facts(news(["Stardust Lighthouse premieres January 10. Its first trailer debuted March 28."]), "Stardust Lighthouse")
    assert ("trailer", "trailer 1", "2026-03-28") in got and ("release_date", "", "2027-01-10") in got
    got = facts(_ja_page(["TVアニメ『星屑の灯台』は1月10日より放送されることが発表された。"]), "星屑の灯台")
    assert ("release_date", "", "2027-01-10") in got


def test_tense_a_plan_said_in_the_past_is_no_past_day():
    # deciding or moving a day is past; the day itself is still to come: the year stays as the plain reading gives it
    assert _first("放送は1月10日に決定した。") == "2027-01-10"
    assert _first("放送開始は4月10日に延期となった。") == "2027-04-10"
    assert _first("The premiere was moved to January 9.") == "2027-01-09"
    assert _first("The film had been slated for February 6 before the delay.") == "2027-02-06"
    assert _first("The finale was set for March 28.") == "2027-03-28"


def test_tense_a_date_naming_a_thing_takes_no_tense_from_the_news_verb():
    # 「1月10日放送開始を発表した」, "revealed a January 10 premiere": the day is the object of past news
    assert _first("制作委員会は1月10日放送開始を発表した。") == "2027-01-10"
    assert _first("TVアニメは4月より放送開始と発表された。") == "2027-04"
    assert _first("Aniplex revealed a January 10 premiere for the series.") == "2027-01-10"
    assert _first("The studio announced January 10 as the premiere date.") == "2027-01-10"
    assert _first("The studio announced on June 3 that casting had finished.") == "2026-06-03"


def test_tense_an_events_own_year_names_the_day():
    assert _first("The teaser was shown on March 28 at AnimeJapan 2025.") == "2025-03-28"
    assert _first("A new PV premiered March 22 during the AnimeJapan 2026 stage.") == "2026-03-22"
    assert _first("PV第2弾は3月22日に「AnimeJapan 2025」で公開された。") == "2025-03-22"
    # a year that is no event's leaves the tense to decide
    assert _first("The trailer was shown on March 28 at the 2027 schedule briefing.") == "2026-03-28"
