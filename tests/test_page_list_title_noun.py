"""A season "preview"/"picks" in a headline makes the page a list of works only as a noun ("Spring 2031 Anime
Preview"); a video that previews something ("2nd PV Previews Its Opening"), an episode's preview, or a service that
"picks up" a show is one work's news, and its headed sections (Staff / Cast / スタッフ) must stay whole.

The same family, a heading misread that drops a whole section: on a later season's page, a heading that names
an earlier season only as the source of this season's team
("Staff, carried over from Season 1", 「スタッフ（第1期より続投）」) heads this season's credits, not the earlier
season's data; a heading of the earlier season itself ("Season 1 staff", 「第1期 再放送」) still goes."""
from extract_helpers import facts

from tracker.model import Work
from tracker.page import Page


def _article(headline: str, body: str) -> str:
    return (f"<!doctype html><html><head><title>{headline} | Reel</title><meta property=\"article:published_time\" "
            f"content=\"2030-11-24T09:00:00+00:00\"></head><body><main><article><h1>{headline}</h1>{body}"
            "</article></main></body></html>")


_STAFF_EN = ("<p>Copper Wren will premiere in April 2031 on Tokyo MX.</p>"
             "<h2>Staff and cast</h2><p>Mio Sarugaku is directing the anime at Studio Alder. "
             "Rinka Oda voices Wren.</p>")

_EN_HEADLINES = (
    "Copper Wren Anime Slips to April 2031, 2nd PV Previews Its Opening Song",
    "Copper Wren Anime Set for 2031; New Trailer Previews Ending Theme",
    "Copper Wren Delayed to Spring 2031 as Teaser Previews Main Cast",
    "Copper Wren 2031 Premiere: Promo Video 3 Previews the Insert Song",
    "Copper Wren Dated for April 2031, Episode 1 Preview Streamed",
    "Copper Wren Lands April 2031 Slot, Netflix Picks Up Global Rights",
    "April 2031: Copper Wren's Clip Previews Studio Alder's Animation",
    "Copper Wren Spring 2031 CM Previews Theme by Lumen",
)


def _staff_read(headline: str, body: str, title: str = "Copper Wren") -> set:
    return facts(_article(headline, body), title)


def test_a_video_that_previews_keeps_the_staff_section_en():
    for headline in _EN_HEADLINES:
        got = _staff_read(headline, _STAFF_EN)
        assert ("staff", "director", "Mio Sarugaku") in got, headline
        assert any(f[0] == "studio" and f[2] == "Studio Alder" for f in got), headline


def test_a_video_that_previews_keeps_the_staff_section_ja():
    body = ("<p>『銅のミソサザイ』は2031年4月よりTOKYO MXにて放送。</p><h2>スタッフ・キャスト</h2>"
            "<p>監督：猿楽ミオ</p><p>アニメーション制作：スタジオアルダー</p>")
    for headline in ("『銅のミソサザイ』2031年4月放送、PV第2弾でOP主題歌を先行公開 2nd PV previews OP",
                     "TVアニメ『銅のミソサザイ』2031年放送決定 teaser previews cast"):
        got = _staff_read(headline, body, "銅のミソサザイ")
        assert ("staff", "director", "猿楽ミオ") in got, headline


def test_a_season_preview_noun_still_cuts_the_page_to_one_work():
    for headline in ("Spring 2031 anime preview", "The Spring 2031 Preview Guide", "2031 Winter Anime Previews",
                     "Fall 2031: our picks", "Spring 2031 anime list"):
        html = (f"<html><head><title>{headline} | Reel</title></head><body><main><h1>{headline}</h1>"
                "<h2>Copper Wren</h2><p>Premieres April 2, 2031 on Tokyo MX. Studio Alder animates.</p>"
                "<h2>Kelp Forest</h2><p>Premieres April 3, 2031 on TBS. Brine Works animates.</p>"
                "<h2>Tin Soldier</h2><p>Premieres April 4, 2031 on Fuji TV. Gearbox Films animates.</p>"
                "</main></body></html>")
        page = Page("https://news.example/a", html.encode())
        text = page.for_work(Work("Kelp Forest")).main.get_text(" ", strip=True)
        assert "Brine Works" in text and "Studio Alder" not in text and "Gearbox" not in text, headline


def test_an_earlier_season_section_still_goes_under_a_previews_headline():
    body = ("<p>Copper Wren Season 2 will premiere in April 2031.</p>"
            "<h2>Season 2 staff</h2><p>Mio Sarugaku is directing the anime at Studio Alder.</p>"
            "<h2>Season 1 staff</h2><p>Taro Kinoshita directed the first season at Brine Works.</p>")
    got = facts(_article("Copper Wren Season 2 Set for April 2031, Trailer Previews Opening", body),
                "Copper Wren Season 2")
    assert ("staff", "director", "Mio Sarugaku") in got
    assert not any("Kinoshita" in f[2] or "Brine" in f[2] for f in got)


_LINEUP_HEADLINES = (
    "Copper Wren Anime Reveals Full Cast Lineup, April 2031 Premiere",
    "Copper Wren Anime Unveils Staff Line-up and Spring 2031 Debut",
    "April 2031's Copper Wren Completes Its Voice Cast Line-Up",
    "Copper Wren TV Anime: Merch Lineup Opens With the April 2031 Premiere",
)


def test_a_lineup_of_the_works_cast_or_staff_keeps_its_sections_en():
    for headline in _LINEUP_HEADLINES:
        got = _staff_read(headline, _STAFF_EN)
        assert ("staff", "director", "Mio Sarugaku") in got, headline


def test_a_lineup_of_the_works_cast_or_staff_keeps_its_sections_ja():
    body = ("<p>『銅のミソサザイ』は2031年4月よりTOKYO MXにて放送。</p><h2>スタッフ・キャスト</h2>"
            "<p>監督：猿楽ミオ</p><p>アニメーション制作：スタジオアルダー</p>")
    for headline in ("TVアニメ『銅のミソサザイ』豪華キャストラインナップ公開、2031年4月放送",
                     "『銅のミソサザイ』スタッフ一覧・放送情報まとめ【2031年4月】",
                     "アニメ『銅のミソサザイ』グッズラインナップ解禁"):
        got = _staff_read(headline, body, "銅のミソサザイ")
        assert ("staff", "director", "猿楽ミオ") in got, headline


def test_a_seasons_cast_lineup_or_list_still_cuts_the_page_to_one_work():
    for headline in ("Spring 2031 Anime Cast Lineup", "2031年春アニメ 声優一覧", "春アニメ キャストラインナップ",
                     "Spring 2031 anime lineup", "2031年春アニメ ラインナップ"):
        html = (f"<html><head><title>{headline} | Reel</title></head><body><main><h1>{headline}</h1>"
                "<h2>Copper Wren</h2><p>Premieres April 2, 2031 on Tokyo MX. Studio Alder animates.</p>"
                "<h2>Kelp Forest</h2><p>Premieres April 3, 2031 on TBS. Brine Works animates.</p>"
                "<h2>Tin Soldier</h2><p>Premieres April 4, 2031 on Fuji TV. Gearbox Films animates.</p>"
                "</main></body></html>")
        page = Page("https://news.example/a", html.encode())
        text = page.for_work(Work("Kelp Forest")).main.get_text(" ", strip=True)
        assert "Brine Works" in text and "Studio Alder" not in text and "Gearbox" not in text, headline


def test_one_works_anime_guide_keeps_its_sections():
    for headline in ("Copper Wren Anime Guide: Release Date, Cast, Staff and Trailer",
                     "The Complete Copper Wren Anime Guide (April 2031)",
                     "Copper Wren Anime Guide: When Does It Come Out in 2031?"):
        got = _staff_read(headline, _STAFF_EN)
        assert ("staff", "director", "Mio Sarugaku") in got, headline


def test_a_seasons_anime_guide_or_chart_still_cuts_the_page_to_one_work():
    for headline in ("Winter 2031 Anime Guide", "The New Anime Chart", "Anime Guide to Spring 2031",
                     "Spring 2031 TV Anime Chart", "Seasonal Anime Guide: Copper Wren, Kelp Forest and More"):
        html = (f"<html><head><title>{headline} | Reel</title></head><body><main><h1>{headline}</h1>"
                "<h2>Copper Wren</h2><p>Premieres April 2, 2031 on Tokyo MX. Studio Alder animates.</p>"
                "<h2>Kelp Forest</h2><p>Premieres April 3, 2031 on TBS. Brine Works animates.</p>"
                "<h2>Tin Soldier</h2><p>Premieres April 4, 2031 on Fuji TV. Gearbox Films animates.</p>"
                "</main></body></html>")
        page = Page("https://news.example/a", html.encode())
        text = page.for_work(Work("Kelp Forest")).main.get_text(" ", strip=True)
        assert "Brine Works" in text and "Studio Alder" not in text and "Gearbox" not in text, headline


def _s2_article(heading: str, line: str) -> str:
    return ("<!doctype html><html><head><title>Copper Wren Season 2 Dated for April 2031 | Reel</title>"
            "<meta property=\"article:published_time\" content=\"2030-11-24T09:00:00+00:00\"></head><body><main>"
            "<article><h1>Copper Wren Season 2 Dated for April 2031</h1>"
            "<p>Copper Wren Season 2 will premiere in April 2031 on Tokyo MX.</p>"
            f"<h2>{heading}</h2><p>{line}</p></article></main></body></html>")


_OWN_LINE = "Mio Sarugaku is directing the new season at Studio Alder."

_CARRIED_HEADINGS = (
    "Staff, carried over from Season 1",
    "Returning Season 1 staff",
    "Staff (same as the first season)",
    "Staff: the first season's team returns",
    "Cast (returning from season one)",
    "Season 1 crew reunites",
    "1st Season staff stays on",
)


def test_a_team_carried_over_from_an_earlier_season_is_this_seasons_en():
    for heading in _CARRIED_HEADINGS:
        got = facts(_s2_article(heading, _OWN_LINE), "Copper Wren Season 2")
        assert ("staff", "director", "Mio Sarugaku") in got, heading


def test_a_team_carried_over_from_an_earlier_season_is_this_seasons_ja():
    for heading in ("第1期から続投のスタッフ", "スタッフ（第1期より続投）", "第1期キャストが再集結", "キャスト（第1期から引き続き）"):
        got = facts(_s2_article(heading, "監督：猿楽ミオ"), "Copper Wren Season 2")
        assert ("staff", "director", "猿楽ミオ") in got, heading


def test_an_earlier_seasons_own_section_still_goes():
    for heading in ("Season 1 staff", "第1期スタッフ", "Season 1 returns to TV before the premiere",
                    "第1期 再放送情報", "Season 1 recap"):
        got = facts(_s2_article(heading, "Taro Kinoshita directed the series at Brine Works."), "Copper Wren Season 2")
        assert not any("Kinoshita" in f[2] or "Brine" in f[2] for f in got), heading


def test_a_later_season_named_with_a_return_word_is_not_this_seasons():
    got = facts(_s2_article("Season 3 staff returns", "Taro Kinoshita will direct Season 3 at Brine Works."),
                "Copper Wren Season 2")
    assert not any("Kinoshita" in f[2] or "Brine" in f[2] for f in got)


def _anime_article(heading: str, line: str) -> str:
    return ("<!doctype html><html><head><title>Copper Wren Anime Dated for April 2031 | Reel</title>"
            "<meta property=\"article:published_time\" content=\"2030-11-24T09:00:00+00:00\"></head><body><main>"
            "<article><h1>Copper Wren Anime Dated for April 2031</h1>"
            "<p>Copper Wren will premiere in April 2031 on Tokyo MX.</p>"
            f"<h2>{heading}</h2><p>{line}</p></article></main></body></html>")


def test_a_team_carried_over_from_another_medium_is_the_anime_s():
    for heading in ("ゲーム版から続投のキャスト", "The game's voice cast returns", "Cast carried over from the drama CD",
                    "舞台版キャストが再集結", "Stage play staff return"):
        got = facts(_anime_article(heading, "Mio Sarugaku is directing the anime at Studio Alder."), "Copper Wren")
        assert ("staff", "director", "Mio Sarugaku") in got, heading


def test_another_mediums_own_section_still_goes():
    for heading in ("ゲーム版キャスト", "About the original game", "Stage play cast", "ドラマCD", "Live-action film"):
        got = facts(_anime_article(heading, "Taro Kinoshita directed it at Brine Works."), "Copper Wren")
        assert not any("Kinoshita" in f[2] or "Brine" in f[2] for f in got), heading
