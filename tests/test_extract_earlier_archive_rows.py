"""A later season's page may list the work's older news as dated headlines (a date cell, then the headline). A headline
naming the work with no mark of this season or a sequel, dated before the first row that names the sequel (or, with
none, more than a year before the page's own date), or one naming an earlier season, is that season's news: its
stations and services are no facts of this season. This season's own rows, and any row on a first season's page,
are read as before.

Every form here is invented; none is a fixture page's wording."""
from extract_helpers import fetched
from tracker.extract import extract
from tracker.model import Work

W = "Brasswind Lamplighters"
JA = "真鍮のランプ灯し"
S2_EN = f"{W} Season 2"
S2_JA = f"{JA} 第2期"


def _orgs(rows: str, title: str = S2_EN, base: str = W, lead: str = "") -> set[str]:
    lead = lead or (f"<p>{title} will premiere in July 2027. Crunchyroll will stream {title} as it airs in Japan.</p>"
                    if title.isascii() else f"<p>TVアニメ『{title}』は2027年7月より放送開始。</p>")
    doc = (f"<html><head><title>{title}</title><meta property='article:published_time' content='2026-11-20T09:00:00+00:00'>"
           f"</head><body><article><h1>{title}: everything we know</h1>{lead}<h4>{base} news archive</h4>{rows}"
           "</article></body></html>")
    work = Work(title, (base,)) if title != base else Work(title, ())
    return {f.value for f in extract(fetched(doc), work).facts if f.field in ("broadcaster", "streaming")}


def test_en_table_row_of_season_one_premiere():
    rows = (f"<table><tr><td>Mar 2, 2024</td><td>{W} manga gets TV anime</td></tr>"
            f"<tr><td>Aug 9, 2024</td><td>{W} anime sets October 5 premiere on Fuji TV</td></tr>"
            f"<tr><td>Apr 1, 2026</td><td>{W} sequel announced</td></tr></table>")
    assert "Fuji TV" not in _orgs(rows)


def test_en_dl_rows_with_dotted_dates():
    rows = (f"<dl><dt>2024.08.09</dt><dd>{W} anime premieres October 5 on TBS and streams on HIDIVE</dd>"
            f"<dt>2026.04.01</dt><dd>{W} second season confirmed</dd></dl>")
    assert not {"TBS", "HIDIVE"} & _orgs(rows)


def test_ja_dl_rows_before_the_sequel_row():
    rows = (f"<dl><dt>2024年8月9日</dt><dd>TVアニメ『{JA}』2024年10月よりフジテレビにて放送決定！</dd>"
            f"<dt>2026年4月1日</dt><dd>『{JA}』続編制作決定！</dd></dl>")
    assert "フジテレビ" not in _orgs(rows, S2_JA, JA)


def test_row_naming_the_first_season_even_recent():
    rows = (f"<table><tr><td>Apr 1, 2026</td><td>{W} sequel announced</td></tr>"
            f"<tr><td>Sep 30, 2026</td><td>{W} season 1 reruns on Tokyo MX from October 3</td></tr></table>")
    assert "Tokyo MX" not in _orgs(rows) and "TOKYO MX" not in _orgs(rows)


def test_no_sequel_row_older_than_a_year():
    rows = f"<table><tr><td>Aug 9, 2024</td><td>{W} anime premieres October 5 on Fuji TV</td></tr></table>"
    assert "Fuji TV" not in _orgs(rows)


def test_keep_this_seasons_own_row():
    rows = (f"<table><tr><td>Aug 9, 2024</td><td>{W} anime premieres October 5 on Fuji TV</td></tr>"
            f"<tr><td>Nov 18, 2026</td><td>{W} Season 2 will air on Tokyo MX and BS11</td></tr></table>")
    got = _orgs(rows)
    assert "BS11" in got and "Fuji TV" not in got


def test_keep_bare_title_row_after_the_sequel_row():
    rows = (f"<table><tr><td>Apr 1, 2026</td><td>{W} sequel announced</td></tr>"
            f"<tr><td>Oct 2, 2026</td><td>{W} anime will air on BS11 next summer</td></tr></table>")
    assert "BS11" in _orgs(rows)


def test_keep_rows_on_a_first_season_page():
    rows = f"<table><tr><td>Aug 9, 2024</td><td>{W} anime premieres October 5 on Fuji TV</td></tr></table>"
    assert "Fuji TV" in _orgs(rows, W, W, lead=f"<p>{W} premieres on October 5, 2024.</p>")
