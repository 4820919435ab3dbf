"""An official site's news headline reporting an event's stage and what was shown there ('Report: "Harbor Festival
2026" stage — PV 2 premiered and Episode 1 screened', 'Event report: "Kobe Anime Carnival 2026" stage, first look at
the storyboards'): the premiere event, with what the headline says was shown. A headline announcing a stage to come,
or a report of a talk where nothing was shown, gives none."""
from extract_helpers import facts

W = "Velvet Orchard"


def _page(headline: str) -> str:
    return ("<html><head><title>TV Anime Velvet Orchard Official Site</title></head><body><h1>Velvet Orchard</h1>"
            "<section><h2>NEWS</h2><ul>"
            f"<li><time>2026.11.14</time><span>EVENT</span><a href=\"/news/?id=1\">{headline}</a></li>"
            "<li><time>2026.11.01</time><a href=\"/news/?id=2\">Key visual released</a></li></ul></section></body></html>")


def _events(headline: str) -> dict[str, str]:
    return {k: v for f, k, v in facts(_page(headline), W) if f == "premiere_event"}


def test_event_report_headlines():
    forms = [
        ('Report: "Anime Harbor Festival 2026" stage — PV 2 premiered and Episode 1 screened ahead of broadcast',
         "Anime Harbor Festival 2026", "PV 2 premiered"),
        ('Event report: "Kobe Anime Carnival 2026" stage, first look at the opening sequence storyboards',
         "Kobe Anime Carnival 2026", "first look"),
        ('"Winter Anime Live 2026" panel recap: cast talk and the new key visual unveiled', "Winter Anime Live 2026", "unveiled"),
        ('Recap: "Velvet Night Fest" — the first episode was screened for 500 fans', "Velvet Night Fest", "screened"),
        ('"Anime Expo 2026" stage report — opening animation shown for the first time', "Anime Expo 2026", "opening animation"),
        ('Stage report: “Harbor Anime Summit 2026” | the third PV had its world premiere', "Harbor Anime Summit 2026", "world premiere"),
        ('Report: "Tokyo Anime Matsuri 2026" booth / the ending sequence previewed on the big screen', "Tokyo Anime Matsuri 2026", "previewed"),
        ('Report: "Autumn Anime Festival" special stage - Episode 2 screened', "Autumn Anime Festival", "Episode 2"),
    ]
    for headline, event, shown in forms:
        got = _events(headline)
        assert event in got and shown.lower() in got[event].lower(), (headline, got)


def test_no_show_no_event():
    assert not _events('Report: "Velvet Orchard Talk Event" — the cast chatted about recording')
    assert not _events('"Anime Japan 2027" stage announced — PV 3 to premiere')


def test_news_list_under_a_two_script_heading():
    """"NEWS ニュース" (a Latin word over its Japanese gloss) heads a news list as "NEWS" alone does."""
    headline = 'Report: "Anime Harbor Festival 2026" stage — PV 2 premiered and Episode 1 screened ahead of broadcast'
    for head in ("<span>NEWS</span>ニュース", "<span>NEWS</span> ニュース", "NEWS / お知らせ", "<span>NEWS</span><small>お知らせ</small>"):
        page = _page(headline).replace("<h2>NEWS</h2>", f"<h2>{head}</h2>")
        got = {k for f, k, _v in facts(page, W) if f == "premiere_event"}
        assert "Anime Harbor Festival 2026" in got, (head, got)
