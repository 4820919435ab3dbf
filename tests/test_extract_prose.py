"""tracker.extract.prose: facts from article prose (news sites' writing), on whole pages with chrome."""
from __future__ import annotations

import html
import time
from pathlib import Path

import pytest

from tracker.extract.prose import ProseExtractor, split_sentences
from tracker.model import Fetched, Work
from tracker.normalize import org_key
from tracker.page import Page

SEED = Path(__file__).resolve().parents[2] / "shared" / "seed-article.txt"


def _page(body_html: str, *, published: str = "2023-11-21", title: str = "Anime news",
          description: str = "") -> Page:
    meta = f'<meta property="article:published_time" content="{published}T09:30:00+00:00">'
    if description:
        meta += f'<meta name="description" content="{html.escape(description)}">'
    doc = f"""<!doctype html><html><head><title>{html.escape(title)}</title>{meta}</head><body>
<header class="site-header"><nav><ul><li><a href="/news">News</a></li><li><a href="/anime">Anime</a></li>
<li><a href="/games">Games</a></li></ul></nav></header>
<main><article>{body_html}</article>
<aside class="sidebar"><h3>Trending now</h3><ul>
<li><a href="/news/2023/11/20/jjk">Jujutsu Kaisen season 3 will premiere on January 9, 2025 on MBS</a></li>
<li><a href="/news/2023/11/19/op">One Piece: Kenji Ota will voice Luffy Jr in the new film</a></li>
</ul><p>Solo Leveling premieres January 6, 2024 on Crunchyroll.</p></aside>
<div class="newsletter-box"><p>Get the news first: our newsletter comes out every Friday at 9:00.</p></div>
<section id="comments"><h3>Comments</h3><p>Can't wait! I heard Mika Tanaka will voice the villain Lord Kessel and the
opening theme is "Wildfire" by Nobody Band.</p></section></main>
<footer><p>© 2023 Example Media. All rights reserved.</p></footer></body></html>"""
    return Page.from_fetched(Fetched(url="https://news.example/a", final_url="https://news.example/a", status=200,
                                     body=doc.encode(), text=doc, content_type="text/html"))


def _html(paragraphs: list[str], headings: set[str] = frozenset()) -> str:
    out = []
    for p in paragraphs:
        if p.startswith("<"):
            out.append(p)
        elif p in headings:
            out.append(f"<h2>{html.escape(p)}</h2>")
        else:
            out.append(f"<p>{html.escape(p)}</p>")
    return "\n".join(out)


def _facts(page: Page, title: str, *aliases: str) -> set[tuple[str, str, str]]:
    return {(f.field, f.key, f.value) for f in ProseExtractor().extract(page, Work(title, aliases))}


# ====================================================================== the seed article
def _seed_page() -> Page:
    lines = [ln for ln in SEED.read_text(encoding="utf-8").splitlines() if ln.strip()]
    _, published, first = lines[0].strip().split(" ", 2)   # " date 2023-11-21 From the studio…"
    paragraphs = [first, *lines[1:]]
    headings = {p for p in paragraphs if len(p) < 60 and not p.endswith(".")}
    body = "<h1>Metallic Rouge: release date, plot, cast and trailer</h1>" + _html(paragraphs, headings)
    # the trailer section embeds the video right after its paragraph, as news sites do
    body = body.replace("teaser trailer.</p>", 'teaser trailer.</p><figure class="wp-block-embed"><iframe '
                        'src="https://www.youtube.com/embed/Zx9Rq3mTt0A" title="Third teaser"></iframe></figure>', 1)
    return _page(body, published=published, title="Metallic Rouge: everything we know")


SEED_FACTS = {
    ("release_date", "", "2024-01"),
    ("broadcaster", "fujitv", "Fuji TV (+Ultra)"),
    ("streaming", "crunchyroll", "Crunchyroll (outside Asia)"),
    ("studio", "bones", "Studio Bones"),
    ("staff", "chief director", "Yutaka Izubuchi"),
    ("staff", "character design", "Toshihiro Kawamoto"),
    ("staff", "music", "Taisei Iwasaki"),
    ("cast", "Rouge Redstar", "Yume Miyamoto"),
    ("cast", "Naomi Orthmann", "Tomoyo Kurosawa"),
    ("trailer", "teaser 1", "2023-07"),
    ("trailer", "teaser 3", "2023-10-15 https://www.youtube.com/watch?v=Zx9Rq3mTt0A"),
    ("theme_song", "insert 1", "Crimson Lightning — Taisei Iwasaki"),
    ("premiere_event", "Anime NYC 2023", "first episode screened"),
}


@pytest.mark.skipif(not SEED.exists(), reason="shared seed article not present")
def test_seed_article_yields_exactly_its_facts():
    page = _seed_page()
    assert _facts(page, "Metallic Rouge", "メタリックルージュ") == SEED_FACTS


@pytest.mark.skipif(not SEED.exists(), reason="shared seed article not present")
def test_seed_article_facts_keep_their_sentence_and_precision():
    facts = ProseExtractor().extract(_seed_page(), Work("Metallic Rouge"))
    rel = [f for f in facts if f.field == "release_date"]
    assert len(rel) == 1 and rel[0].precision == "month"
    assert rel[0].evidence.startswith("Metallic Rouge will debut in January 2024")
    for f in facts:
        assert f.evidence and len(f.evidence) <= 400
    names = " ".join(f.value + " " + f.key for f in facts)
    for other in ("My Hero Academia", "Fullmetal", "Mob Psycho", "Evangelion", "Cowboy Bebop", "Spirited Away",
                  "Ultraman", "GJ Club", "Yuki Yuna", "Motonobu Hori", "Toshizo Nemoto", "Jujutsu", "Solo Leveling"):
        assert other not in names


# ====================================================================== more articles, in the styles news sites use
def test_wire_style_announcement():
    """A trade-news piece: credits with other works in parentheses, a cast list, themes, episode count."""
    body = _html([
        "<h1>Starlit Forge TV Anime Reveals January 9 Premiere, Theme Song Artists</h1>",
        "The official website for the television anime of Reika Omori's Starlit Forge manga announced on "
        "Wednesday that the anime will premiere on January 9 on Tokyo MX and BS11. Crunchyroll will stream the "
        "anime as it airs in North America.",
        "The anime will have 12 episodes.",
        "Hajime Kuroda ( Iron Lantern , Summer Orbit ) is directing the anime at Studio Mirai Kobo. Saki Tomioka "
        "( Paper Moon Academy ) is writing and overseeing the series scripts, Ren Aizawa is designing the "
        "characters, and Kazuki Hoshino ( Blue Parade ) is composing the music. Mao Ishida is the sound director.",
        "The rock band Glass Harbor performs the opening theme song \"Ember Road,\" while singer Nanami Oda "
        "performs the ending theme song \"Quiet Anvil.\"",
        "The anime stars:",
        "<ul><li>Yuto Sakamoto as Kai Brandt</li><li>Aoi Kurata as Lisette Vane, a blacksmith's apprentice</li>"
        "<li>Daisuke Ono as Master Gerrit</li></ul>",
        "Omori launched the manga in Shogakukan's Sunday Webry service in March 2019, and Shogakukan published "
        "the ninth compiled book volume on August 9. The manga's first anime short premiered in 2021.",
    ])
    got = _facts(_page(body, published="2023-10-04"), "Starlit Forge")
    assert got == {
        ("release_date", "", "2024-01-09"),
        ("staff", "original creator", "Reika Omori"),
        ("broadcaster", "tokyomx", "Tokyo MX"),
        ("broadcaster", "bs11", "BS11"),
        ("streaming", "crunchyroll", "Crunchyroll (in North America)"),
        ("episodes", "", "12"),
        ("staff", "director", "Hajime Kuroda"),
        ("studio", "miraikobo", "Studio Mirai Kobo"),
        ("staff", "series composition", "Saki Tomioka"),
        ("staff", "screenplay", "Saki Tomioka"),
        ("staff", "character design", "Ren Aizawa"),
        ("staff", "music", "Kazuki Hoshino"),
        ("staff", "sound director", "Mao Ishida"),
        ("theme_song", "opening 1", "Ember Road — Glass Harbor"),
        ("theme_song", "ending 1", "Quiet Anvil — Nanami Oda"),
        ("cast", "Kai Brandt", "Yuto Sakamoto"),
        ("cast", "Lisette Vane", "Aoi Kurata"),
        ("cast", "Master Gerrit", "Daisuke Ono"),
    }


def test_delay_replaces_the_old_window_and_other_dates_are_not_releases():
    body = _html([
        "<h1>Project Aster anime delayed to 2025</h1>",
        "Bad news for fans of Project Aster: the sci-fi anime was originally scheduled to premiere in October, "
        "but it has been postponed to January 2025 because of production troubles.",
        "The staff said the first two episodes will still get an advance screening at Shinjuku Wald 9 on "
        "December 14.",
        "A Blu-ray box is planned for release on March 26, and the soundtrack CD will go on sale in February.",
        "The second teaser trailer dropped on September 2, and the anime's manga adaptation began serialization "
        "back in 2022.",
        "Director Emi Saito (Lantern Girls) is helming the series at studio Kujira Works.",
    ])
    got = _facts(_page(body, published="2024-09-12"), "Project Aster")
    assert got == {
        ("release_date", "", "2025-01"),
        ("premiere_event", "Shinjuku Wald 9", "first two episodes screened"),
        ("trailer", "teaser 2", "2024-09-02"),
        ("staff", "director", "Emi Saito"),
        ("studio", "kujiraworks", "Kujira Works"),
    }


def test_pop_culture_style_with_voiced_by_and_streaming():
    body = _html([
        "<h1>Moonlit Ledger: Netflix's New Anime Gets a Trailer</h1>",
        "Netflix has dropped the first official trailer for Moonlit Ledger, the streamer's next original anime, "
        "and it's set to premiere on April 18, 2024 exclusively on Netflix worldwide.",
        "Moonlit Ledger is directed by Tomoya Kanda and animated by Orbit Line, with music by Hiro Yamane.",
        "The series follows the bookkeeper Ilse Marow, voiced by Haruka Tomatsu, and her rival Duke Oren "
        "(CV: Kenjiro Tsuda), who is best known for his turn in Other Show.",
        "Takahiro Sakurai stars as the mysterious broker Vance Ado, while Yui Horie joins the cast as Pell.",
        "If you liked Cowboy Bebop, which premiered in 1998, this might be one to watch.",
        "<p><a href=\"https://youtu.be/Ab12Cd34Ef5\">Watch the first trailer</a></p>",
    ])
    got = _facts(_page(body, published="2024-02-27"), "Moonlit Ledger")
    assert got == {
        ("release_date", "", "2024-04-18"),   # (FACTS.md: a worldwide streaming release, the only one, is the first airing)
        ("streaming", "netflix", "Netflix (worldwide)"),
        ("trailer", "trailer 1", "https://www.youtube.com/watch?v=Ab12Cd34Ef5"),
        ("staff", "director", "Tomoya Kanda"),
        ("studio", "orbitline", "Orbit Line"),
        ("staff", "music", "Hiro Yamane"),
        ("cast", "Ilse Marow", "Haruka Tomatsu"),
        ("cast", "Duke Oren", "Kenjiro Tsuda"),
        ("cast", "Vance Ado", "Takahiro Sakurai"),
        ("cast", "Pell", "Yui Horie"),
    }


def test_nothing_from_statements_that_something_is_unknown():
    body = _html([
        "<h1>Crimson Tidal: everything we know so far</h1>",
        "Crimson Tidal does not have a release date yet, and no studio has been named.",
        "An opening theme hasn't been announced, and there's no word yet on a streaming partner.",
        "Release date: TBA",
        "We'll update this article when the cast is revealed.",
        "Some fans predict that it could arrive in Spring 2025, but that is only a guess.",
    ])
    assert _facts(_page(body, published="2024-06-01"), "Crimson Tidal") == set()


def test_list_article_reads_only_the_section_of_the_work():
    body = _html([
        "<h1>Five new anime to watch this winter</h1>",
        "<h2>1. Velvet Circuit</h2>",
        "Velvet Circuit follows two racers in a neon city. It premieres on January 7 on TV Tokyo, and Mika "
        "Shiraishi will voice the lead Rhea Sol.",
        "<h2>2. Paper Lanterns of Edo</h2>",
        "A quiet ghost story. Keep an eye out for it when it premieres on January 11, with Jun Fukuyama as "
        "Sojiro Hata.",
        "<h2>3. Grave Orbit</h2>",
        "Another mecha show, which will air on Fuji TV starting January 13.",
    ])
    got = _facts(_page(body, published="2023-12-05"), "Paper Lanterns of Edo")
    assert got == {("release_date", "", "2024-01-11"), ("cast", "Sojiro Hata", "Jun Fukuyama")}


def test_sequel_article_ignores_the_earlier_season():
    body = _html([
        "<h1>Harbor Lights Season 2 announced for Fall 2024</h1>",
        "Harbor Lights Season 2 is set to air in Fall 2024 on TBS, the official account confirmed on Sunday.",
        "The first season aired in Spring 2021 on Tokyo MX and ran for 24 episodes, and it streamed on HIDIVE.",
        "Returning director Kaoru Mizuno is back at studio Lumen Field, while Yoko Kanno-style composer "
        "Rina Sato returns as composer.",
    ])
    got = _facts(_page(body, published="2024-03-10"), "Harbor Lights Season 2", "Harbor Lights 2nd Season")
    assert got == {
        ("release_date", "", "2024-fall"),
        ("broadcaster", "tbs", "TBS"),
        ("staff", "director", "Kaoru Mizuno"),
        ("studio", "lumenfield", "Lumen Field"),
        ("staff", "music", "Rina Sato"),
    }


def test_japanese_news_prose():
    body = _html([
        "<h1>TVアニメ『星降る工房』2024年1月10日(水)より放送開始！</h1>",
        "TVアニメ『星降る工房』が2024年1月10日(水)24:30よりTOKYO MXほかにて放送開始となることが決定した。全12話を予定している。",
        "第1期は2021年春に放送され、原作コミックス第5巻は12月に発売される。",
    ])
    got = _facts(_page(body, published="2023-11-02"), "星降る工房")
    # 24:30 on the 10th is the small hours of the 11th (FACTS.md: late-night slots give the calendar day)
    assert got == {("release_date", "", "2024-01-11"), ("episodes", "", "12"), ("broadcaster", "tokyomx", "TOKYO MX")}


def test_relative_dates_come_from_the_publication_date():
    body = _html([
        "Lumen Drive will debut this October, the studio said. The anime's English dub will follow in "
        "January of next year.",
    ])
    got = _facts(_page(body, published="2024-05-20", title="Lumen Drive anime news"), "Lumen Drive")
    assert ("release_date", "", "2024-10") in got


def test_description_meta_is_read_when_the_body_is_thin():
    body = _html(["<h1>Night Ferry</h1>", "<p>Read more below.</p>"])
    page = _page(body, published="2024-01-15", title="Night Ferry anime",
                 description="The Night Ferry anime will premiere in July 2024 on Fuji TV's Noitamina block.")
    got = _facts(page, "Night Ferry")
    assert ("release_date", "", "2024-07") in got
    assert ("broadcaster", "fujitv", "Fuji TV (Noitamina)") in got


def test_an_article_about_another_title_yields_nothing():
    body = _html([
        "<h1>Solar Bloom season 3 premieres in April</h1>",
        "Solar Bloom season 3 will premiere on April 4 on TV Asahi. Aya Uchida will voice Mira.",
    ])
    assert _facts(_page(body, published="2024-01-10"), "Metallic Rouge") == set()


# ====================================================================== pieces
def test_sentence_split_keeps_abbreviated_months_together():
    assert split_sentences("It airs Jan. 10 on TBS. The cast is great! 放送開始。全12話。") == [
        "It airs Jan. 10 on TBS.", "The cast is great!", "放送開始。", "全12話。"]


def test_station_dates_late_night_slots_and_a_season_two_piece():
    body = _html([
        "<h1>Glass Meridian Season 2 gets October premiere</h1>",
        "The second season of Glass Meridian will premiere on October 5 at 25:30 on TBS, and on October 8 on "
        "BS-TBS. Crunchyroll will simulcast the new season worldwide outside of Asia.",
        "Returning director Sho Nagata is directing again at studio Halcyon Frame, with Miyu Endo as sound "
        "director. Koji Arai is returning as character designer and chief animation director.",
        "The duo Paper Crane will sing the second season's opening theme song \"Afterglow Signal\" (Zankō Shingō), "
        "and the ending theme is \"Low Tide\" by the band Saltwater Echo.",
        "The first season premiered in April 2022 and was streamed on HIDIVE and Hulu.",
    ])
    got = _facts(_page(body, published="2024-08-30"), "Glass Meridian Season 2", "Glass Meridian 2nd Season")
    assert got == {
        ("release_date", "", "2024-10-06"),
        ("release_date", "BS-TBS", "2024-10-08"),
        ("broadcaster", "tbs", "TBS"),
        ("broadcaster", "bstbs", "BS-TBS"),
        ("streaming", "crunchyroll", "Crunchyroll (worldwide outside Asia)"),
        ("staff", "director", "Sho Nagata"),
        ("studio", "halcyonframe", "Halcyon Frame"),
        ("staff", "sound director", "Miyu Endo"),
        ("staff", "character design", "Koji Arai"),
        ("staff", "chief animation director", "Koji Arai"),
        ("theme_song", "opening 1", "Afterglow Signal — Paper Crane"),
        ("theme_song", "ending 1", "Low Tide — Saltwater Echo"),
    }


def test_other_works_named_in_passing_give_no_facts():
    body = _html([
        "<h1>Thorn Crown anime adds cast</h1>",
        "Thorn Crown, the new fantasy anime from the studio behind Sky Lantern, has added three cast members.",
        "Hana Kisaragi, who voiced Mirel in Sky Lantern, will voice the knight Odile Varr. Veteran Kenta Miura "
        "joins the cast as Captain Bram.",
        "Sky Lantern composer Rei Takahashi is not involved; instead the score comes from Yusuke Hori, known "
        "for Dusk Parade and Iron Tea Party.",
        "The singer behind Starfall Academy's opening song, Lumi, returns with a new single on May 3.",
        "Sky Lantern premiered in 2019 on Fuji TV and ran for 24 episodes.",
    ])
    got = _facts(_page(body, published="2024-04-02"), "Thorn Crown")
    assert got == {
        ("cast", "Odile Varr", "Hana Kisaragi"),
        ("cast", "Captain Bram", "Kenta Miura"),
        ("staff", "music", "Yusuke Hori"),   # "instead the score comes from …": this work's composer
    }


def test_japanese_news_credits_and_stations():
    body = _html([
        "<h1>「月影のフォージ」7月放送開始</h1>",
        "ライトノベルが原作のテレビアニメ「月影のフォージ」が、7月からテレビ東京、BSフジほかで放送されることが分かった。",
        "声優で歌手の小鳥遊みおさんがオープニングテーマ「Silver Anvil」を担当し、ロックバンドの"
        "GLASS TIDEがエンディングテーマ「夜明けの鍛冶場」を担当することも発表された。",
        "主人公・レン役の田村睦心さん、ヒロインのミラ役の高橋李依さんらが出演する。",
        "第1期は2021年春に放送された。",
    ])
    got = _facts(_page(body, published="2024-04-16"), "月影のフォージ")
    assert got == {
        ("release_date", "", "2024-07"),
        ("broadcaster", "tvtokyo", "テレビ東京"),
        ("broadcaster", "bsfuji", "BSフジ"),
        ("theme_song", "opening 1", "Silver Anvil — 小鳥遊みお"),
        ("theme_song", "ending 1", "夜明けの鍛冶場 — GLASS TIDE"),
        ("cast", "レン", "田村睦心"),
        ("cast", "ミラ", "高橋李依"),
    }


def test_release_dates_of_other_titles_in_the_article_are_ignored():
    body = _html([
        "<h1>Iron Petal: what we know</h1>",
        "Iron Petal will premiere in April 2025 on TV Asahi.",
        "In other news, Blue Harvest season 3 will premiere on May 4, and Steel Saint returns in July 2025 on Netflix.",
        "Iron Petal's director previously made Blue Harvest, which aired in 2019.",
    ])
    got = _facts(_page(body, published="2024-12-01"), "Iron Petal")
    assert got == {("release_date", "", "2025-04"), ("broadcaster", "tvasahi", "TV Asahi")}


@pytest.mark.parametrize("text", [
    " ".join(["Alpha Beta Gamma Delta"] * 400),
    " as ".join(["Kenji Mori"] * 400),
    " will voice ".join(["Kenji Mori"] * 300),
    "Studio Bones, known for " + ", ".join(f"Show Number {i}" for i in range(300)) + " has announced",
    "the opening theme song " + "\u201c" * 800 + " by " + "A" * 800,
    "(" * 800 + "Kenji Mori as Rouge" + ")" * 800,
    "「テスト」" * 400 + "役の" * 200 + "さんがオープニングテーマ「" * 100,
    " ".join(f"January {i % 28 + 1}, 2024" for i in range(300)),
])
def test_hostile_paragraphs_neither_raise_nor_stall(text):
    page = _page(_html(["Metallic Rouge news", text]), published="2024-01-01", title="Metallic Rouge")
    page.lines()
    t = time.perf_counter()
    ProseExtractor().extract(page, Work("Metallic Rouge"))
    assert time.perf_counter() - t < 2.0


def test_trade_piece_with_weekday_trailer_and_late_night_slot():
    body = _html([
        "<h1>Ashen Lighthouse Anime's 2nd Promo Video Reveals January 8 Debut</h1>",
        "The official website for the television anime of Sora Kitamura's Ashen Lighthouse light novel series "
        "began streaming the anime's second promotional video on Tuesday. The video announces that the anime "
        "will premiere on January 8 on Tokyo MX at 24:30 (effectively, January 9 at 12:30 a.m.). The show will "
        "then run on BS11 from January 11.",
        "<p>PV 2 (<a href=\"https://www.youtube.com/watch?v=AshLtPv02xy\">YouTube</a>)</p>",
        "Hiroshi Kudo is directing the anime at Studio Nagi, with Emi Sato on scripts. Music is by the duo "
        "Paper Tide, and production is handled by Studio Nagi's second team.",
        "Mai Fuchigami was previously announced as the lighthouse keeper Ione Varga.",
    ])
    got = _facts(_page(body, published="2024-11-26"), "Ashen Lighthouse")   # a Tuesday
    assert got == {
        ("staff", "original creator", "Sora Kitamura"),
        ("trailer", "PV 2", "2024-11-26 https://www.youtube.com/watch?v=AshLtPv02xy"),
        ("release_date", "", "2025-01-09"),
        ("release_date", "BS11", "2025-01-11"),
        ("broadcaster", "tokyomx", "Tokyo MX"),
        ("broadcaster", "bs11", "BS11"),
        ("staff", "director", "Hiroshi Kudo"),
        ("studio", "nagi", "Studio Nagi"),
        ("staff", "screenplay", "Emi Sato"),
        ("staff", "music", "Paper Tide"),
        ("cast", "Ione Varga", "Mai Fuchigami"),
    }


def test_blog_style_roundup():
    body = _html([
        "<h1>Copper Orchard: release window, cast and staff</h1>",
        "Copper Orchard is scheduled for Spring 2025. An exact premiere date is TBA, though HIDIVE has already "
        "confirmed it will simulcast the series in North America.",
        "Based on Yui Amano's web manga, the show is a quiet farming drama. Production is handled by Gray Owl, "
        "the studio behind a well-liked short from last year. Director Ken Ishida (Moth Lantern) is at the helm, "
        "with series composition by Aya Kimura and character designs from Nao Hayase. The score comes from "
        "Daichi Mori.",
        "OP: Orchard Light / Lumen Youth. ED: TBA.",
        "The premiere episode already screened at Anime Expo 2024, and fans in Los Angeles loved it.",
    ])
    got = _facts(_page(body, published="2024-12-02"), "Copper Orchard")
    assert got == {
        ("release_date", "", "2025-spring"),
        ("streaming", "hidive", "HIDIVE (in North America)"),
        ("staff", "original creator", "Yui Amano"),
        ("studio", "grayowl", "Gray Owl"),
        ("staff", "director", "Ken Ishida"),
        ("staff", "series composition", "Aya Kimura"),
        ("staff", "character design", "Nao Hayase"),
        ("staff", "music", "Daichi Mori"),
        ("theme_song", "opening 1", "Orchard Light — Lumen Youth"),
        ("premiere_event", "Anime Expo 2024", "premiere episode screened"),
    }


def test_more_phrasings_from_the_brief():
    body = _html([
        "<h1>Velvet Hour: delay, cast and where to watch</h1>",
        "Velvet Hour has been postponed to July, the production committee said on its website.",
        "The series will run for 12 episodes and will be streaming on Netflix worldwide.",
        "The cast includes Ayane Sakura as Vela Hart and Yuki Kaji as Orin Vale.",
        "In the English dub, Erica Mendez voices Vela Hart.",
        "We still don't have an opening theme, and the ending song is TBA.",
    ])
    got = _facts(_page(body, published="2024-03-05"), "Velvet Hour")
    assert got == {
        ("release_date", "", "2024-07"),
        ("episodes", "", "12"),
        ("streaming", "netflix", "Netflix (worldwide)"),
        ("cast", "Vela Hart", "Ayane Sakura"),
        ("cast", "Orin Vale", "Yuki Kaji"),
        ("cast", "Vela Hart [English]", "Erica Mendez"),
    }


def test_headline_casting_news():
    body = _html(["<h1>Tidewater Anime Casts Rie Takahashi as Queen Ilsa</h1>", "More cast will be announced later."])
    assert _facts(_page(body, published="2024-12-01"), "Tidewater") == {("cast", "Queen Ilsa", "Rie Takahashi")}


def test_a_streaming_premiere_is_keyed_by_its_service():
    body = _html([
        "<h1>Cinder Waltz film dated</h1>",
        "The Cinder Waltz film opens in Japanese theaters on October 2. Crunchyroll will stream the film in "
        "November in North America.",
    ])
    got = _facts(_page(body, published="2024-08-01"), "Cinder Waltz")
    assert ("release_date", "", "2024-10-02") in got
    assert ("release_date", "Crunchyroll", "2024-11") in got


def test_japanese_official_top_page_lines():
    body = _html([
        "<h1>TVアニメ「潮騒のアルケミスト」公式サイト</h1>",
        "2025年1月10日(金)より毎週金曜25:28～TBSほかにて放送開始!",
        "第2期「潮騒のアルケミスト 嵐の章」2026年放送決定!",
        "Blu-ray第1巻 2025年3月26日発売",
    ])
    got = _facts(_page(body, published="2024-12-20", title="TVアニメ「潮騒のアルケミスト」公式サイト"), "潮騒のアルケミスト")
    assert ("release_date", "", "2025-01-11") in got            # Friday 25:28 is early Saturday
    assert not any(f == "release_date" and v != "2025-01-11" for f, _, v in got)


def test_staff_verb_forms_and_sequel_credits():
    body = _html([
        "<h1>Saltmarsh Cartography gets a second season</h1>",
        "The sequel of Saltmarsh Cartography adapts Odile Fennimore's travelogue novel series. Directing is "
        "Kenji Warabe; he's also handling series composition himself. Music is by the trio PAPERKITE.",
        "Tamsin Orrell is once again handling series composition for the new cour.",
        "Scripts come from Daichi Horokawa, who oversees the series composition.",
        "One swap: character designer Ines Kuroha, who designed the first season, is now credited as chief "
        "animation director, with Teru Amabane taking over the character designs for Season 2.",
        "The first season, which adapted the opening volumes of Odile Fennimore's novels, was animated by "
        "Studio Quillfeather and aired in 2022. For the new season, production moves to Lanternfish Works.",
    ])
    got = _facts(_page(body, published="2025-02-01"), "Saltmarsh Cartography")
    staff = {(k, v) for f, k, v in got if f == "staff"}
    assert staff == {
        ("original creator", "Odile Fennimore"),
        ("director", "Kenji Warabe"), ("series composition", "Kenji Warabe"),
        ("music", "PAPERKITE"),
        ("series composition", "Tamsin Orrell"),
        ("series composition", "Daichi Horokawa"),
        ("chief animation director", "Ines Kuroha"),
        ("character design", "Teru Amabane"),
    }
    studios = {v for f, k, v in got if f == "studio"}
    assert studios == {"Lanternfish Works"}     # the first season's studio, in the past tense, is not this one's


def test_original_creator_from_possessive_before_the_title_and_source_by_line():
    body = _html([
        "<h1>Fathom Ledger anime announced</h1>",
        "Mireille Tasaka's gloomy lighthouse thriller manga Fathom Ledger is getting a TV anime.",
        "Velvet Crane's manga series also got one last year.",
    ])
    got = _facts(_page(body, published="2025-02-01"), "Fathom Ledger")
    assert {(k, v) for f, k, v in got if f == "staff"} == {("original creator", "Mireille Tasaka")}
    body = _html(["<h2>Fathom Ledger</h2>", "TV · Light novel by Oriko Sanada",
                  "The show follows a clerk who counts ghosts."])
    got = _facts(_page(body, published="2025-02-01"), "Fathom Ledger")
    assert ("staff", "original creator", "Oriko Sanada") in got


def test_networks_in_prose_sequels_carriers_slots_and_regions():
    body = _html([
        "<h1>Gullwing Post returns for a second season</h1>",
        "Season 2 will again air on TV Asahi and BS11, and HIDIVE, which streamed the first season, will carry the "
        "new one as well.",
    ])
    got = _facts(_page(body, published="2025-02-01"), "Gullwing Post")
    assert {(f, k) for f, k, _ in got if f in ("broadcaster", "streaming")} == {
        ("broadcaster", "tvasahi"), ("broadcaster", "bs11"), ("streaming", "hidive")}
    body = _html([
        "<h1>Ember Orchard anime: what we know</h1>",
        "The novel's publisher confirmed the TV anime will debut in July 2025, with Tokyo MX and a handful of "
        "regional stations carrying it in Japan. An exact day hasn't been set yet.",
        "Update: still no day, but U-NEXT has been confirmed as the Japanese streaming home, and Crunchyroll will "
        "simulcast it everywhere except Asia.",
        "The broadcast will be on Fuji TV's late-night slot.",
    ])
    got = _facts(_page(body, published="2025-03-01"), "Ember Orchard")
    assert ("release_date", "", "2025-07") in got      # the negative sentence next to it does not cancel it
    nets = {(f, v) for f, k, v in got if f in ("broadcaster", "streaming")}
    assert nets == {("broadcaster", "Tokyo MX"), ("broadcaster", "Fuji TV"), ("streaming", "U-NEXT"),
                    ("streaming", "Crunchyroll (outside Asia)")}


def test_cast_with_descriptions_between_actor_and_character():
    body = _html([
        "<h1>Inkwell Samurai: cast and premiere</h1>",
        "Inkwell Samurai follows a paper swordsman. Daigo Arata plays the swordsman, Kenshin; Mio Tachibana is "
        "the printer's apprentice Oharu.",
        "Ren Kisaragi voices the monk Ganryu opposite Aya Morimoto as the innkeeper's niece Sachi.",
        "They join the previously announced Kaito Hoshi as the protagonist Jubei Kasane.",
        "The cast announcement also named Tama, the river spirit, voiced by Noa Fujisaki.",
        "Goro Imai is the studio's director Of Record.",
    ])
    got = _facts(_page(body, published="2025-02-01"), "Inkwell Samurai")
    cast = {(k, v) for f, k, v in got if f == "cast"}
    assert {("Oharu", "Mio Tachibana"), ("Sachi", "Aya Morimoto"), ("Jubei Kasane", "Kaito Hoshi"),
            ("Tama", "Noa Fujisaki")} <= cast
    assert not any(v == "Goro Imai" for _, v in cast)
    assert not any("[" in k for k, _ in cast)          # no invented key suffixes


def test_a_numbered_sentence_heading_is_not_another_title():
    body = _html([
        "<h1>Brine Orchard anime: 5 things we know</h1>",
        "<h2>1. It arrives in summer 2025</h2>",
        "The TV anime will debut in July 2025, with Tokyo MX carrying it in Japan.",
        "<h2>2. Velvet Comet</h2>",
        "Velvet Comet will premiere in August 2025 on TV Tokyo.",
    ], headings={"1. It arrives in summer 2025", "2. Velvet Comet"})
    got = _facts(_page(body, published="2025-02-01"), "Brine Orchard")
    assert ("release_date", "", "2025-07") in got
    assert ("broadcaster", "tokyomx", "Tokyo MX") in got
    assert not any(v == "2025-08" or k == "tvtokyo" for _, k, v in got)


def test_unnumbered_trailers_and_past_tense_months():
    # "a 40-second teaser" is no second teaser; a past-tense month takes the year before publication
    body = _html([
        "<h1>Paper Kite Brigade TV anime dated</h1>",
        "Paper Kite Brigade will premiere on January 9. The studio first announced the project at an expo in "
        "March, where it showed a 40-second teaser.",
        "The third teaser trailer was released in August.",
    ])
    got = _facts(_page(body, published="2024-11-20"), "Paper Kite Brigade")
    trailers = {(k, v) for f, k, v in got if f == "trailer"}
    assert trailers == {("teaser 3", "2024-08")}
    # "… on Saturday … posted the same day": the weekday before publication dates the announcement video
    body = _html([
        "<h1>Gilded Tern season 2 announced</h1>",
        "A second season of Gilded Tern was announced at an expo stage on Saturday. A key visual and a "
        "short announcement video were shown on stage and posted online the same day.",
    ])
    got = _facts(_page(body, published="2025-03-23"), "Gilded Tern")   # a Sunday
    assert ("trailer", "teaser 1", "2025-03-22") in got


def test_episode_count_from_listings():
    body = _html([
        "<h1>Mossback Inn anime: what we know</h1>",
        "Mossback Inn is coming in 2026. Retail listings point to 10 episodes across three discs.",
    ])
    got = _facts(_page(body, published="2025-05-01"), "Mossback Inn")
    assert ("episodes", "", "10") in got


def test_a_returning_studio_is_this_seasons_studio_and_a_past_one_is_not():
    body = _html([
        "<h1>Kestrel Lines season 2 announced</h1>",
        "Studio Ravelin, which animated the first season, is also animating season 2 of Kestrel Lines.",
        "The spin-off was animated by Studio Moorhen, while the first season was animated by Studio Pintail.",
    ])
    got = _facts(_page(body, published="2025-04-01"), "Kestrel Lines")
    assert {v for f, _, v in got if f == "studio"} >= {"Studio Ravelin"}
    assert not any(f == "studio" and "Pintail" in v for f, _, v in got)


def test_station_names_in_capitals_and_a_list_after_them():
    # official copy writes "TOKYO MX", "FUJI TV"; the rest of the list follows the first station
    body = _html([
        "<h1>Quill and Anchor anime gets a spring slot</h1>",
        "The Quill and Anchor series will be broadcast on FUJI TV, BS11 and KBS Kyoto starting in April 2025.",
    ])
    got = _facts(_page(body, published="2024-12-02"), "Quill and Anchor")
    assert {k for f, k, _ in got if f == "broadcaster"} == {"fujitv", "bs11", "kbskyoto"}
    # a one-word service in capitals is a headline word, not the service
    body = _html(["<h1>Quill and Anchor</h1>", "Quill and Anchor will air on Tokyo MX. MAX fun awaits on air."])
    got = _facts(_page(body, published="2024-12-02"), "Quill and Anchor")
    assert not any(f == "streaming" for f, _, _ in got)


def test_japanese_delay_keeps_the_new_window_and_a_service_beside_an_unknown_date():
    body = _html([
        "<h1>TVアニメ『潮騒レコード』放送時期変更のお知らせ</h1>",
        "2025年7月より放送を予定しておりました『潮騒レコード』につきまして、制作上の都合により、放送時期を2025年10月に変更いたします。",
        "Netflixでの世界独占配信も予定しておりますが、配信開始日は未定です。",
    ])
    got = _facts(_page(body, published="2025-05-10"), "潮騒レコード")
    assert {(k, v) for f, k, v in got if f == "release_date"} == {("", "2025-10")}
    assert ("streaming", "netflix", "Netflix（世界独占配信）") in got


def test_staff_verbs_helms_handles_adapts_takes_over():
    body = _html([
        "<h1>Saltmarsh Courier: staff announced</h1>",
        "Ines Varga helms Saltmarsh Courier at Studio Heronfield. Paul Oduya is in charge of series composition and "
        "also writes the scripts. Lena Brandt handles character designs, while mechanical designs are by Omar Khalil.",
        "Tom Reyes handles the music, and Ada Lindqvist adapts Mori's characters for animation.",
        "Kim Sorensen takes over series composition from "
        "Bruno Alves, who wrote the first season.",
        "Marta Gil returns to helm the sequel.",
    ])
    got = _facts(_page(body, published="2025-02-01"), "Saltmarsh Courier")
    staff = {(k, v) for f, k, v in got if f == "staff"}
    assert {("director", "Ines Varga"), ("series composition", "Paul Oduya"), ("screenplay", "Paul Oduya"),
            ("character design", "Lena Brandt"), ("mechanical design", "Omar Khalil"), ("music", "Tom Reyes"),
            ("character design", "Ada Lindqvist"), ("series composition", "Kim Sorensen"),
            ("director", "Marta Gil")} <= staff
    assert not any("Bruno Alves" in v for _, v in staff)   # the predecessor
    assert ("studio", "heronfield", "Studio Heronfield") in got or any(f == "studio" and "Heronfield" in v for f, _, v in got)


def test_cast_verbs_relative_clauses_and_descriptions():
    body = _html([
        "<h1>Ember Loom anime adds cast</h1>",
        "Returning are Mika Sorel, who will voice the weaver Anneliese Dorn, and Jun Arakawa, who lends his voice to "
        "Kit's older brother and rival Halvard Dorn.",
        "Reina Ostrova returns as the scheming duchess Celestine, a part she fought for.",
        "Tatsuya Imai takes on the role of Abbot Grell, and Sara Lund appears as Captain Mirelle of the river watch.",
        "Bram, the loyal gatekeeper (voiced by Kenta Mori)",
    ])
    got = _facts(_page(body, published="2025-02-01"), "Ember Loom")
    cast = {(k, v) for f, k, v in got if f == "cast"}
    assert {("Anneliese Dorn", "Mika Sorel"), ("Halvard Dorn", "Jun Arakawa"), ("Celestine", "Reina Ostrova"),
            ("Abbot Grell", "Tatsuya Imai"), ("Captain Mirelle", "Sara Lund"), ("Bram", "Kenta Mori")} <= cast
    # a verb of another clause is no description: "announced as directing the anime at …"
    body = _html(["<h1>Ember Loom</h1>", "Kaito Rhee was announced as directing the anime at Studio Wren."])
    assert not any(f == "cast" for f, _, _ in _facts(_page(body, published="2025-02-01"), "Ember Loom"))


def test_networks_under_a_plain_heading_with_a_shared_block_and_regions():
    body = _html([
        "<h1>Tern Lantern</h1>",
        "Background",
        "The anime will be broadcast on TV Aichi, TVQ and MBS as part of the Nightglow block, the same slot as the "
        "first season.",
        "Netflix has the worldwide streaming rights and will stream it globally, just as it did with the first season.",
        "Wakanim will simulcast the series in the Americas, Europe and Oceania.",
    ], headings={"Background"})
    got = _facts(_page(body, published="2025-06-01"), "Tern Lantern")
    assert {v for f, _, v in got if f == "broadcaster"} == {"TV Aichi (Nightglow)", "TVQ (Nightglow)", "MBS (Nightglow)"}
    streams = {k: v for f, k, v in got if f == "streaming"}
    assert "netflix" in streams and streams["wakanim"] == "Wakanim (in the Americas, Europe and Oceania)"
    # a statement about the earlier season alone still yields nothing
    body = _html(["<h1>Tern Lantern</h1>", "The first season of Tern Lantern aired on TV Aichi."])
    assert not any(f == "broadcaster" for f, _, _ in _facts(_page(body, published="2025-06-01"), "Tern Lantern"))


def test_premiere_events_where_clause_premiere_of_the_first_episode_and_japanese_stage():
    body = _html([
        "<h1>Copper Gull anime</h1>",
        "Copper Gull's team will appear on a panel at Anime Weekend Atlanta 2025 on October 3, where the first "
        "episode will get an advance screening.",
        "The distributor will also hold the world premiere of the first episode at Otakon 2025 in Washington.",
    ])
    got = _facts(_page(body, published="2025-06-01"), "Copper Gull")
    events = {(k, v) for f, k, v in got if f == "premiere_event"}
    assert ("Anime Weekend Atlanta 2025", "first episode advance screening") in events
    assert ("Otakon 2025", "first episode world premiere") in events
    body = _html(["<h1>TVアニメ『銅のカモメ』</h1>", "「アニメフェス2025」ステージにて第1話先行上映決定!"])
    got = _facts(_page(body, published="2025-06-01"), "銅のカモメ")
    assert any(f == "premiere_event" and k == "アニメフェス2025" for f, k, _ in got)


def test_trailer_dates_today_a_bare_share_a_teaser_for_the_series_and_a_headline_clause():
    body = _html([
        "<h1>Vellum Hawk Moves to Fall 2025; Second Trailer Revealed</h1>",
        "The studio released the second promotional video today, previewing the opening song.",
        "Aniplex also shared the anime's third trailer on its channel.",
        "The first teaser for the series debuted in March 2024 alongside the announcement.",
    ])
    got = _facts(_page(body, published="2025-05-14"), "Vellum Hawk")
    trailers = {(k, v) for f, k, v in got if f == "trailer"}
    assert ("PV 2", "2025-05-14") in trailers and ("trailer 3", "2025-05-14") in trailers
    assert ("teaser 1", "2024-03") in trailers
    assert not any(f == "release_date" and v == "2024-03" for f, _, v in got)   # the teaser's month, not a premiere
    assert not any(f == "trailer" and v.startswith("2025-10") for f, _, v in got)
    # an unnumbered teaser beside a numbered PV is teaser 1, with the announcement's month
    body = _html([
        "<h1>Vellum Hawk</h1>",
        "Vellum Hawk was first revealed in February alongside a teaser trailer, which was shown at a stage event.",
        "The second PV was released on May 1.",
    ])
    got = _facts(_page(body, published="2025-05-14"), "Vellum Hawk")
    assert ("trailer", "teaser 1", "2025-02") in got


def test_japanese_trailer_posted_today_and_not_the_premiere_day():
    body = _html([
        "<h1>TVアニメ『灯台のうた』</h1>",
        "TVアニメ『灯台のうた』2025年10月4日(土)よりBS11にて放送開始!第3弾PV公開中。",
        "本日公開のキービジュアルでは、灯台守の少年が描かれた。あわせてティザーPVも公開。",
    ])
    got = _facts(_page(body, published="2025-08-30"), "灯台のうた")
    trailers = {(k, v) for f, k, v in got if f == "trailer"}
    assert ("teaser 1", "2025-08-30") in trailers
    assert not any(v.startswith("2025-10-04") for _, v in trailers)


def test_japanese_news_list_item_date_dates_a_pv_released_in_that_item():
    body = _html([
        "<h1>TVアニメ『雪路の探偵』NEWS</h1>",
        "<div>2025.07.02 MOVIE</div>",
        "<h2>PV第2弾を公開しました!</h2>",
        "雪の街を歩くふたり。PV第2弾を公開しました!",
        "<div>2025.06.10 INFO</div>",
        "<h2>キャスト発表</h2>",
        "主人公の声は未発表です。",
    ])
    got = _facts(_page(body, published="2025-07-05"), "雪路の探偵")
    assert ("trailer", "PV 2", "2025-07-02") in got


def test_theme_artist_in_lower_case_and_a_surname_that_names_a_cast_member():
    body = _html([
        "<h1>Moth Orchard anime</h1>",
        "Saya Kurebayashi plays the orchard keeper Lio.",
        'Kurebayashi is also performing the anime\'s opening theme song "Petal Relay."',
        'The ending theme, "Low Tide Lamps," is by singer-songwriter yoruno.',
    ])
    got = _facts(_page(body, published="2025-07-05"), "Moth Orchard")
    themes = {(k, v) for f, k, v in got if f == "theme_song"}
    assert ("opening 1", "Petal Relay — Saya Kurebayashi") in themes
    assert ("ending 1", "Low Tide Lamps — yoruno") in themes


def test_author_possessive_on_the_title_in_a_sentence_about_novels():
    body = _html([
        "<h1>Salt Cathedral anime</h1>",
        "Not many web novels have earned a readership as loyal as Rowan Ito's Salt Cathedral, a tale of a drowned city.",
    ])
    got = _facts(_page(body, published="2025-07-05"), "Salt Cathedral")
    assert ("staff", "original creator", "Rowan Ito") in got
    # a company's possessive is no author; nor is a possessive without a source noun in the sentence
    body = _html(["<h1>Salt Cathedral</h1>", "Tidal Pictures' new manga Salt Cathedral is out.",
                  "Many fans loved Rowan Ito's Salt Cathedral trailer."])
    got = _facts(_page(body, published="2025-07-05"), "Salt Cathedral")
    assert not any(f == "staff" for f, _, _ in got)


def test_a_new_season_moving_to_another_studio():
    body = _html([
        "<h1>Brine Saints season 2</h1>",
        "The first season was animated by Studio Kelp, but season 2 moves to Harrow Frame, with the same director.",
    ])
    got = _facts(_page(body, published="2025-07-05"), "Brine Saints")
    assert {v for f, _, v in got if f == "studio"} == {"Harrow Frame"}


def test_a_station_date_with_its_calendar_day_in_parentheses():
    body = _html([
        "<h1>Harbor Wicks anime</h1>",
        "Harbor Wicks premieres on October 3, 2025 on TV Asahi. It will also air on BS Asahi from October 5 "
        "(technically the early hours of October 6, in the Sunday 25:00 slot).",
    ])
    got = _facts(_page(body, published="2025-07-05"), "Harbor Wicks")
    dates = {(k, v) for f, k, v in got if f == "release_date"}
    assert ("", "2025-10-03") in dates and ("BS Asahi", "2025-10-06") in dates


def test_japanese_prose_staff_cast_and_a_station_list_without_yori():
    body = _html([
        "<h1>TVアニメ『夜汽車のパン屋』制作決定</h1>",
        "『夜汽車のパン屋』は2026年1月、TOKYO MX、BS日テレにて放送開始予定。",
        "監督は「星見の丘」などで知られる浜口ゆう、シリーズ構成は木島まどかが務め、キャラクターデザインは岩瀬トオルが手がける。"
        "音楽は西条ハル。アニメーション制作はスタジオ・ヨミチが担当する。",
        "主人公・ルカ役を桜井みそらさん、車掌のオルガ役を大森ケンさんが演じます。見習いのピコ役として七瀬あおも出演する。",
        "音楽は壮大で、監督は第1期に引き続き担当。",
    ])
    got = _facts(_page(body, published="2025-09-01"), "夜汽車のパン屋")
    staff = {(k, v) for f, k, v in got if f == "staff"}
    assert staff == {("director", "浜口ゆう"), ("series composition", "木島まどか"), ("character design", "岩瀬トオル"),
                     ("music", "西条ハル")}
    assert ("studio", org_key("スタジオ・ヨミチ"), "スタジオ・ヨミチ") in got
    cast = {(k, v) for f, k, v in got if f == "cast"}
    assert cast == {("ルカ", "桜井みそら"), ("オルガ", "大森ケン"), ("ピコ", "七瀬あお")}
    assert {k for f, k, _ in got if f == "broadcaster"} == {"tokyomx", "bsnittele"}


def test_japanese_prose_credits_under_another_titles_heading_are_not_ours():
    body = _html([
        "<h1>今週のアニメニュースまとめ</h1>",
        "<h3>『夜汽車のパン屋』</h3>",
        "2026年1月放送。監督は浜口ゆう。",
        "<h3>『霧笛の灯台』</h3>",
        "監督は別所タクミ、シリーズ構成は三輪ユキが務める。",
    ])
    got = _facts(_page(body, published="2025-09-01"), "夜汽車のパン屋")
    staff = {(k, v) for f, k, v in got if f == "staff"}
    assert staff == {("director", "浜口ゆう")}


def test_delay_with_the_old_plan_in_an_aside_and_an_event_premiere_is_no_release():
    body = _html([
        "<h1>Quartz Heron delayed</h1>",
        "The anime, which was set to premiere in October 2025, will now debut in January 2026.",
        "Quartz Heron will also hold its North American premiere at Otakon 2025 on August 9.",
    ])
    got = _facts(_page(body, published="2025-07-05"), "Quartz Heron")
    assert {(k, v) for f, k, v in got if f == "release_date"} == {("", "2026-01")}
    assert ("premiere_event", "Otakon 2025", "north american premiere") in got
    body = _html(["<h1>TVアニメ『霜の羅針盤』</h1>", "主人公・ミラを白石かのんさんが演じる。相棒のボウ役には岡野タケルが決定。"])
    got = _facts(_page(body, published="2025-07-05"), "霜の羅針盤")
    assert {(k, v) for f, k, v in got if f == "cast" and not k.isascii()} == {("ミラ", "白石かのん"), ("ボウ", "岡野タケル")}


def test_japanese_station_with_its_programming_block():
    body = _html(["<h1>TVアニメ『霜の羅針盤』</h1>", "『霜の羅針盤』は2026年1月よりフジテレビ「ノイタミナ」枠にて放送。",
                  "放送はTBS系“アニメイズム”枠を予定。"])
    got = _facts(_page(body, published="2025-07-05"), "霜の羅針盤")
    nets = {(k, v) for f, k, v in got if f == "broadcaster"}
    assert any(k == "fujitv" and "ノイタミナ" in v for k, v in nets) and ("tbs", "TBS（アニメイズム）") in nets


def test_staff_on_board_as_credited_with_and_directed_by_at_a_studio():
    body = _html([
        "<h1>Gilt Finch anime</h1>",
        "Gilt Finch is directed by Haru Senda at Studio Marten. Rui Okabe is on board as composer, and "
        "Saki Ueno joins the staff as character designer. Taro Ike is credited with the score.",
    ])
    got = _facts(_page(body, published="2025-07-05"), "Gilt Finch")
    staff = {(k, v) for f, k, v in got if f == "staff"}
    assert {("director", "Haru Senda"), ("music", "Rui Okabe"), ("character design", "Saki Ueno"),
            ("music", "Taro Ike")} <= staff
    assert any(f == "studio" and k == "marten" for f, k, _ in got)


def test_cast_reprises_set_to_voice_and_inverted_playing():
    body = _html([
        "<h1>Amber Sextant anime</h1>",
        "Playing the lead role of Captain Ysolde is Nami Kurata. Voicing the navigator Brisk will be Genta Aoki.",
        "Emi Tsuge reprises her role as Lio, and Daichi Mura is set to voice Old Perrin.",
    ])
    got = _facts(_page(body, published="2025-07-05"), "Amber Sextant")
    cast = {(k, v) for f, k, v in got if f == "cast"}
    assert {("Captain Ysolde", "Nami Kurata"), ("Brisk", "Genta Aoki"), ("Lio", "Emi Tsuge"),
            ("Old Perrin", "Daichi Mura")} <= cast


def test_a_known_block_without_the_word_block_and_a_station_subject_list():
    body = _html([
        "<h1>Lumen Weir anime</h1>",
        "Lumen Weir debuts on Fuji TV's Noitamina in April. Kansai TV and BS Fuji will carry it later.",
    ])
    got = _facts(_page(body, published="2025-01-05"), "Lumen Weir")
    nets = {(k, v) for f, k, v in got if f == "broadcaster"}
    assert {("fujitv", "Fuji TV (Noitamina)"), ("kansaitv", "Kansai TV"), ("bsfuji", "BS Fuji")} <= nets


def test_theme_songs_returns_to_perform_and_japanese_kind_wa_artist_no_title():
    body = _html(["<h1>Cinder Vane anime</h1>",
                  'Idol group STARLOOM returns to perform the opening theme, "Second Orbit."'])
    got = _facts(_page(body, published="2025-01-05"), "Cinder Vane")
    assert ("theme_song", "opening 1", "Second Orbit — STARLOOM") in got
    body = _html(["<h1>TVアニメ『霜の羅針盤』</h1>",
                  "オープニングテーマはMIRAIKAの「北極星」、エンディングテーマは白石かのんが歌う「雪明かり」に決定。"])
    got = _facts(_page(body, published="2025-01-05"), "霜の羅針盤")
    themes = {(k, v) for f, k, v in got if f == "theme_song"}
    assert themes == {("opening 1", "北極星 — MIRAIKA"), ("ending 1", "雪明かり — 白石かのん")}


def test_release_phrasings_kicks_off_premiere_date_for_and_originally_then_now():
    def rel(text, title="Larch Signal"):
        got = _facts(_page(_html([f"<h1>{title} news</h1>", text]), published="2025-09-01"), title)
        return {(k, v) for f, k, v in got if f == "release_date"}
    assert rel("Larch Signal kicks off on January 9, 2026.") == {("", "2026-01-09")}
    assert rel("The premiere date for Larch Signal is January 9, 2026.") == {("", "2026-01-09")}
    assert rel("Larch Signal, originally planned for fall 2025, is now slated for winter 2026.") == {("", "2026-winter")}
    assert rel("Larch Signal was originally slated for fall 2025.") == set()
    assert rel("The release date for the manga's final volume is January 9, 2026.") == set()


def test_episode_counts_all_n_episodes_totaling_and_n_episodes_long():
    def eps(text):
        got = _facts(_page(_html(["<h1>Reed Anchor news</h1>", text]), published="2025-09-01"), "Reed Anchor")
        return {v for f, _, v in got if f == "episodes"}
    assert eps("Broadcast starts in April! All 10 episodes.") == {"10"}
    assert eps("Reed Anchor will be 11 episodes long.") == {"11"}
    assert eps("Reed Anchor will have two cours, totaling 22 episodes.") == {"22"}
    assert eps("All 12 episodes of season one are already streaming.") == set()


def test_studio_behind_and_handles_the_animation():
    def studios(text):
        got = _facts(_page(_html(["<h1>Reed Anchor news</h1>", text]), published="2025-09-01"), "Reed Anchor")
        return {v for f, _, v in got if f == "studio"}
    assert studios("The animation studio behind Reed Anchor is Copperline.") == {"Copperline"}
    assert studios("Copperline handles the animation.") == {"Copperline"}
    assert studios("The studio behind the first season is Oak Lane.") == set()


def test_a_role_in_another_named_work_is_not_cast():
    body = _html([
        "<h1>Reed Anchor cast</h1>",
        "Rina Oda, who lends her voice to Mira in Glass Crown, joins the cast as Tessa. Ken Arai plays Lark in "
        "Moonfall Saga and voices Pim in Reed Anchor.",
    ])
    got = _facts(_page(body, published="2025-09-01"), "Reed Anchor")
    cast = {(k, v) for f, k, v in got if f == "cast"}
    assert ("Tessa", "Rina Oda") in cast and not any(k in ("Mira", "Lark") for k, _ in cast)


def test_a_staff_predicate_about_another_named_work_is_not_ours():
    body = _html([
        "<h1>Reed Anchor staff</h1>",
        "Mika Sato handles character designs for Moonfall Saga, and Reo Ban returns to helm Glass Crown season 2.",
        "Jun Ueda helms Reed Anchor at Studio Tamarisk. Sae Iwa handles character designs.",
    ])
    got = _facts(_page(body, published="2025-09-01"), "Reed Anchor")
    staff = {(k, v) for f, k, v in got if f == "staff"}
    assert staff == {("director", "Jun Ueda"), ("character design", "Sae Iwa")}


def test_japanese_later_station_date_demo_kara_wa():
    body = _html(["<h1>TVアニメ『霜の羅針盤』</h1>",
                  "『霜の羅針盤』は2025年10月4日(土)よりTOKYO MXほかにて放送開始。また、10月6日(月)からはBS11でも放送。"])
    got = _facts(_page(body, published="2025-11-20"), "霜の羅針盤")
    assert {(k, v) for f, k, v in got if f == "release_date"} == {("", "2025-10-04"), ("BS11", "2025-10-06")}
    assert {k for f, k, _ in got if f == "broadcaster"} == {"tokyomx", "bs11"}


def test_staff_duty_predicates_back_on_returns_to_handle_and_a_second_gerund():
    def staff(text):
        got = _facts(_page(_html(["<h1>Reed Anchor news</h1>", text]), published="2025-09-01"), "Reed Anchor")
        return {(k, v) for f, k, v in got if f == "staff"}
    assert staff("Reed Anchor keeps its team: Aki Mori returns to handle series composition, and Jo Kanda is back on "
                 "character designs.") == {("series composition", "Aki Mori"), ("character design", "Jo Kanda")}
    assert staff("Reed Anchor news: Ren Tsuji is overseeing series composition and writing the scripts.") == \
        {("series composition", "Ren Tsuji"), ("screenplay", "Ren Tsuji")}
    assert staff("For Reed Anchor, Ema Hori will handle the soundtrack.") == {("music", "Ema Hori")}
    # another work's credit, and a predecessor, are not ours
    assert staff("Reed Anchor: Aki Mori is back on character designs for Moonfall Saga.") == set()


def test_director_chair_debut_as_and_predecessor_appositive():
    def staff(text):
        got = _facts(_page(_html(["<h1>Reed Anchor news</h1>", text]), published="2025-09-01"), "Reed Anchor")
        return {(k, v) for f, k, v in got if f == "staff"}
    assert staff("For the new season of Reed Anchor, Kei Ono is taking over the director's chair from previous "
                 "director Sho Ida.") == {("director", "Kei Ono")}
    assert staff("Reed Anchor also marks the moment Nana Iwai makes her first debut as director.") == \
        {("director", "Nana Iwai")}
    assert staff("Reed Anchor replaces former director Tomo Ueno.") == set()


def test_music_shared_by_two_people_and_provided_by_a_unit():
    def music(text):
        got = _facts(_page(_html(["<h1>Reed Anchor news</h1>", text]), published="2025-09-01"), "Reed Anchor")
        return {v for f, k, v in got if f == "staff" and k == "music"}
    assert music("On Reed Anchor, the score is a collaboration between Yuri Sano and Dai Koga.") == {"Yuri Sano", "Dai Koga"}
    assert music("On Reed Anchor, the music is split between Yuri Sano, Mei Aoki, and Dai Koga.") == \
        {"Yuri Sano", "Mei Aoki", "Dai Koga"}
    assert music("For Reed Anchor, music is once again provided by the production unit Glasswing.") == {"Glasswing"}


def test_cast_is_the_voice_of_and_joins_the_series_as():
    def cast(text):
        got = _facts(_page(_html(["<h1>Reed Anchor cast</h1>", text]), published="2025-09-01"), "Reed Anchor")
        return {(k, v) for f, k, v in got if f == "cast"}
    assert cast("Reed Anchor brings back Emi Sato, who is once again the voice of Tessa.") >= {("Tessa", "Emi Sato")}
    assert cast("In Reed Anchor, newcomer Koji Abe joins the ensemble as Lark.") == {("Lark", "Koji Abe")}
    assert cast("Reed Anchor: Koji Abe is the voice of Lark in Moonfall Saga.") == set()


def test_a_dub_section_ends_at_the_next_heading_and_a_genre_noun_refers_to_the_work():
    body = _html(["<h1>Reed Anchor Season 2 English dub cast</h1>", "English Dub Cast", "Tessa – Jill Barr",
                  "About the Series",
                  "Season 2 of the gentle seaside drama premiered on October 3 on TOKYO MX, with BS11 also airing the broadcast.",
                  "Emi Sato returns as Tessa."],
                 headings={"English Dub Cast", "About the Series"})
    got = _facts(_page(body, published="2025-10-20"), "Reed Anchor Season 2")
    assert ("cast", "Tessa", "Emi Sato") in got
    assert ("release_date", "", "2025-10-03") in got
    assert {k for f, k, _ in got if f == "broadcaster"} == {"tokyomx", "bs11"}


def _one(text: str, title: str = "Reed Anchor", published: str = "2025-09-01"):
    return _facts(_page(_html([f"<h1>{title} news</h1>", text]), published=published), title)


def test_a_distributor_releasing_the_film_dates_it_and_a_region_keys_it():
    got = _one("Reed Anchor has found a home. Riverlight will release the film in Japan first, on Oct. 3. The distributor "
               "plans to open the movie in theaters across the U.S. and Canada on Dec. 5.")
    assert {(k, v) for f, k, v in got if f == "release_date"} == {("", "2025-10-03"), ("North America", "2025-12-05")}
    # a relative clause about another title named just before is that title's date
    got = _one("Reed Anchor joins Riverlight's slate. It follows the pickup of Cloud Atlasian, which opens on Nov. 9.")
    assert not [v for f, _, v in got if f == "release_date"]


def test_film_credits_in_the_past_tense_and_writer_director():
    got = _one("Reed Anchor is the new feature from Korean writer-director Jae Min Park. Lena Hoshi designed the "
               "characters, and Taro Ueda wrote the score. Saki Mori, who produced the film for Studio Kestrel, spoke "
               "at the launch. Park also wrote the screenplay.")
    staff = {(k, v) for f, k, v in got if f == "staff"}
    assert staff >= {("director", "Jae Min Park"), ("screenplay", "Jae Min Park"), ("character design", "Lena Hoshi"),
                     ("music", "Taro Ueda"), ("producer", "Saki Mori")}
    # a role list does not swallow the next person's appositive
    got = _one("On Reed Anchor, Koji Ban is the art director, and composer Rie Ono wrote the music.")
    assert {(k, v) for f, k, v in got if f == "staff"} == {("art director", "Koji Ban"), ("music", "Rie Ono")}


def test_produced_at_a_studio_and_a_plain_theme_song_over_the_credits():
    got = _one("Produced at Osaka's Studio Kestrel, Reed Anchor follows a ferry pilot.")
    assert {k for f, k, _ in got if f == "studio"} == {"kestrel"}
    got = _one('For Reed Anchor, the duo Paper Moths wrote and performs the theme song, "Low Bridge," which plays over '
               'the end credits.')
    assert ("theme_song", "ending 1", "Low Bridge — Paper Moths") in got
    got = _one('The theme song of Reed Anchor is "Harbor Lights" by Mina Kei.')
    assert ("theme_song", "opening 1", "Harbor Lights — Mina Kei") in got


def test_an_insert_song_sung_by_a_cast_member_named_by_surname():
    got = _one('Reed Anchor stars Aya Hirose as Tessa. Hirose also sings an insert song, "Quiet Tide," in character.')
    assert ("theme_song", "insert 1", "Quiet Tide — Aya Hirose") in got


def _ja(text: str, published: str = "2026-11-22", title: str = "夜明けの灯台守"):
    return _facts(_page(_html([f"<h1>TVアニメ『{title}』</h1>", text]), published=published), title)


def test_japanese_relative_year_with_a_late_slot_past_a_source_description():
    got = _ja("20日、青波ユキさんの小説(灯台文庫刊)が原作のTVアニメ『夜明けの灯台守』が、来年1月8日(金)24:30よりTBSほかにて"
              "放送されることが発表された。BS11でも1月11日(月)23:00から放送される。")
    assert {(k, v) for f, k, v in got if f == "release_date"} == {("", "2027-01-09"), ("BS11", "2027-01-11")}
    assert {k for f, k, _ in got if f == "broadcaster"} == {"tbs", "bs11"}


def test_japanese_services_named_in_any_streaming_sentence():
    got = _ja("『夜明けの灯台守』の配信はNetflix、ABEMAにて1月9日(土)より開始。Huluでは1月15日から配信予定。")
    assert {k for f, k, _ in got if f == "streaming"} == {"netflix", "abema", "hulu"}
    assert ("release_date", "Hulu", "2027-01-15") in got
    # a service named about the earlier season is not this one's
    got = _ja("『夜明けの灯台守』第1期はNetflixで配信された。")
    assert not [k for f, k, _ in got if f == "streaming"]


def test_japanese_cast_list_enjiru_combined_staff_roles_and_a_theme_after_a_comma():
    got = _ja("『夜明けの灯台守』では、灯台守の少年・ハルを宮下ソラさん、港の少女・ミオを水野あかねさんが演じる。"
              "監督・シリーズ構成は森川タクさん。PVではエンディングテーマ、ミナモ・バンド「潮だまり」も聴ける。")
    cast = {(k, v) for f, k, v in got if f == "cast"}
    assert cast == {("ハル", "宮下ソラ"), ("ミオ", "水野あかね")}
    staff = {(k, v) for f, k, v in got if f == "staff"}
    assert {("director", "森川タク"), ("series composition", "森川タク")} <= staff
    assert ("theme_song", "ending 1", "潮だまり — ミナモ・バンド") in got


def test_japanese_pv_published_on_a_bare_day_of_the_month():
    got = _ja("『夜明けの灯台守』の、19日に公開されたPV第2弾では新キャラクターも登場。")
    assert ("trailer", "PV 2", "2026-11-19") in got
    got = _ja("『夜明けの灯台守』の、25日に解禁された第3弾PVも話題だ。")
    assert ("trailer", "PV 3", "2026-10-25") in got      # after the article's day: last month's


def test_japanese_sequel_title_written_with_brackets_and_cast_ga_list():
    body = _html(["<h1>『潮騒の図書館』第2期、10月放送決定</h1>",
                  "TVアニメ『潮騒の図書館』の第2期が、2027年10月よりTOKYO MXにて放送されることが決定した。",
                  "新キャラクターとして、港町の“灯台守”エリカ・ベルンを森ミズキが、見習い船員の少年トビを雨宮ソウが演じる。"])
    got = _facts(_page(body, published="2027-03-01"), "潮騒の図書館 第2期")
    assert ("release_date", "", "2027-10") in got
    assert {(k, v) for f, k, v in got if f == "cast"} == {("エリカ・ベルン", "森ミズキ"), ("トビ", "雨宮ソウ")}


def test_japanese_screening_whose_event_the_previous_sentence_names():
    body = _html(["<h1>TVアニメ『潮騒の図書館』</h1>",
                  "『潮騒の図書館』の8月2日(土)のスペシャルイベント「潮騒ナイト2027」の開催が決定。出演者が登壇し、第1話の先行上映も行われる。"])
    got = _facts(_page(body, published="2027-05-01"), "潮騒の図書館")
    assert ("premiere_event", "潮騒ナイト2027", "第1話 先行上映") in got
    body = _html(["<h1>TVアニメ『潮騒の図書館』</h1>", "『潮騒の図書館』の第1話の先行上映が決定。"])
    assert not [f for f in _facts(_page(body, published="2027-05-01"), "潮騒の図書館") if f[0] == "premiere_event"]


def test_japanese_source_author_studio_as_subject_and_a_day_before_the_verb():
    got = _ja("5日、森野ハルカさんの小説『夜明けの灯台守』(星雲社)のTVアニメ化が発表された。スタジオ・ミズカゼがアニメーションを"
              "制作する。17日にはティザーPVが公式サイトで公開された。")
    assert ("staff", "original creator", "森野ハルカ") in got
    assert {k for f, k, _ in got if f == "studio"} == {"スタジオミズカゼ"}
    assert ("trailer", "teaser 1", "2026-11-17") in got
    # another title's author is not ours
    got = _ja("『夜明けの灯台守』は、森野ハルカさんの小説『潮の図書館』に続く企画だ。")
    assert not [v for f, k, v in got if f == "staff"]


def test_world_premiere_value_full_trailer_and_titled_character_after_a_description():
    got = _one("Reed Anchor's first episode will get its North American premiere at Otakon 2026 in August.")
    assert ("premiere_event", "Otakon 2026", "north american premiere of the first episode") in got
    got = _one("Reed Anchor's new official trailer, which dropped Friday, shows the harbor.", published="2025-09-03")
    assert ("trailer", "trailer 1", "2025-08-29") in got
    got = _one("Reed Anchor stars Ami Ueno as the ship's grumpy cook, Mrs. Barrow, and Jin Oda as Pell.")
    assert {(k, v) for f, k, v in got if f == "cast"} == {("Mrs. Barrow", "Ami Ueno"), ("Pell", "Jin Oda")}


def test_adapting_illustrations_into_character_designs():
    got = _one("For Reed Anchor, Mio Sato is adapting the manga's artwork into the anime's character designs.")
    assert ("staff", "character design", "Mio Sato") in got


def test_each_staff_predicate_guard_names_a_word_of_its_own_pattern():
    from tracker.extract import prose as P
    for (rx, _), guard in zip(P._PRED, P._PRED_GUARDS):
        assert any(g in rx.pattern.lower() for g in guard), (guard, rx.pattern[:80])


def test_a_screening_whose_event_a_title_line_just_before_names_and_a_gala_premiere():
    body = _html(["<h1>Reed Anchor</h1>", "EVENT", "Anime Expo 2026 Reed Anchor Panel", "2026.7.4 SAT 11:00 @ LA",
                  "The panel featured an early screening of Episode 2. / パネルでは第2話を上映しました。"], headings={"EVENT"})
    got = _facts(_page(body, published="2026-07-05"), "Reed Anchor")
    assert ("premiere_event", "Anime Expo 2026", "Episode 2 early screening") in got
    body = _html(["<h1>劇場版『潮騒の図書館』</h1>", "EVENT", "■完成披露試写会", "2027年7月、都内にて開催予定。"], headings={"EVENT"})
    got = _facts(_page(body, published="2027-05-01"), "潮騒の図書館")
    assert ("premiere_event", "完成披露試写会", "完成披露試写会") in got


def test_wiki_style_credits_themes_with_a_japanese_aside_and_a_dub_premiere():
    body = _html(["<h1>Reed Anchor</h1>",
                  "Reed Anchor is a manga series written and illustrated by Kei Mori. The anime is directed by Jun Ota, with "
                  "Ai Sato overseeing the series' scripts, Emi Ono designing the characters and serving as chief animation "
                  "director, and Ken Abe composing the music. Rio Ban served as sound director. Mori supervised the story.",
                  'The series aired from October 3 to December 19, 2025, on TBS. The opening theme song is "Harbor Lights" '
                  "(ハーバーライツ), performed by Umi no Oto, while the ending theme song is \"Tide\", performed by Mina Kei.",
                  "An English dub premiered on Adult Swim's Toonami programming block on February 7, 2026."])
    got = _facts(_page(body, published="2026-03-01"), "Reed Anchor")
    staff = {(k, v) for f, k, v in got if f == "staff"}
    assert {("original creator", "Kei Mori"), ("director", "Jun Ota"), ("series composition", "Ai Sato"),
            ("character design", "Emi Ono"), ("chief animation director", "Emi Ono"), ("music", "Ken Abe"),
            ("sound director", "Rio Ban"), ("story supervision", "Kei Mori")} <= staff
    assert ("screenplay", "Kei Mori") not in staff
    assert ("release_date", "", "2025-10-03") in got
    assert ("release_date", "Adult Swim", "2026-02-07") in got
    assert ("theme_song", "opening 1", "Harbor Lights — Umi no Oto") in got
    assert ("theme_song", "ending 1", "Tide — Mina Kei") in got


def test_networks_listed_after_a_first_one_or_after_a_list_intro():
    def nets(text):
        got = _one(text, published="2025-12-01")
        return {(f, k) for f, k, _ in got if f in ("streaming", "broadcaster")}
    assert nets("Fans can catch Reed Anchor on Hulu and U-NEXT.") == {("streaming", "hulu"), ("streaming", "unext")}
    assert nets("Broadcasters for Reed Anchor include TV Tokyo and BS11.") == {("broadcaster", "tvtokyo"), ("broadcaster", "bs11")}
    assert nets("Reed Anchor is a Netflix and Hulu favorite.") == set()


def test_cast_takes_the_lead_role_and_the_works_possessive_before_a_character():
    def cast(text):
        return {(k, v) for f, k, v in _one(text) if f == "cast"}
    assert cast("In Reed Anchor, Emi Sato takes the lead role of Tessa.") == {("Tessa", "Emi Sato")}
    assert cast("Koji Abe takes on the role of Lark in Reed Anchor.") == {("Lark", "Koji Abe")}
    assert ("Mira", "Rina Oda") in cast("Reed Anchor's Mira will be played by Rina Oda.")
    assert ("Sein's Older Brother", "Rina Oda") in cast("Reed Anchor news: Sein's Older Brother will be voiced by Rina Oda.")


def test_release_dates_relative_to_the_article():
    def rel(text, published="2025-12-03"):   # a Wednesday
        return {(k, v) for f, k, v in _one(text, published=published) if f == "release_date"}
    assert rel("Reed Anchor will premiere next month on TOKYO MX.") == {("", "2026-01")}
    assert rel("Reed Anchor hits screens later this month.") == {("", "2025-12")}
    assert rel("Reed Anchor debuts this Friday.") == {("", "2025-12-05")}
    assert rel("Reed Anchor premiered earlier today.") == {("", "2025-12-03")}
    assert rel("Reed Anchor was announced on Thursday.") == set()
    assert rel("The Reed Anchor trailer premiered today.") == set()


def test_japanese_cast_yaku_de_shutsuen_koe_wo_and_enjiru_no_wa():
    def cast(text):   # (the test page's comment box is another matter: only Japanese keys are this test's)
        return {(k, v) for f, k, v in _ja(text) if f == "cast" and not k.isascii()}
    assert cast("『夜明けの灯台守』には、水野あかねがミオ役で出演する。") == {("ミオ", "水野あかね")}
    assert cast("『夜明けの灯台守』のトビの声を雨宮ソウさんが担当。") == {("トビ", "雨宮ソウ")}
    assert cast("『夜明けの灯台守』で主人公・ハルを演じるのは宮下ソラ。") == {("ハル", "宮下ソラ")}
    assert cast("『夜明けの灯台守』の魅力は声優陣の演技だ。") == set()
    got = _ja("『夜明けの灯台守』の監督を森川タクが務める。")
    assert ("staff", "director", "森川タク") in got


# ====================================================================== staff inside running sentences (round 6)
@pytest.mark.parametrize("sentence, expected", [
    ("Mika Arai is directing the series, with Jun Takeda handling series composition and scripts.",
     {("series composition", "Jun Takeda"), ("screenplay", "Jun Takeda"), ("director", "Mika Arai")}),
    ("Ren Oda helms the anime with Sora Imai on the scripts and the score.",
     {("screenplay", "Sora Imai"), ("music", "Sora Imai")}),
    ("Kaoru Hino and Tetsu Mabuchi are composing the music.", {("music", "Kaoru Hino"), ("music", "Tetsu Mabuchi")}),
    ("The score? Yui Sakamaki and Goro Ebina will be handling the soundtrack together.",
     {("music", "Yui Sakamaki"), ("music", "Goro Ebina")}),
    ("Art direction is by Noboru Kanda, and sound direction is by Emi Tsuji.",
     {("art director", "Noboru Kanda"), ("sound director", "Emi Tsuji")}),
    ("Saki Morimoto is adapting the author's original designs for the anime.", {("character design", "Saki Morimoto")}),
])
def test_staff_in_running_prose(sentence, expected):
    page = _page(_html(["Ashen Lantern anime staff revealed", "Ashen Lantern is a new TV anime. " + sentence]),
                 title="Ashen Lantern staff")
    staff = {(k, v) for f, k, v in _facts(page, "Ashen Lantern") if f == "staff"}
    assert expected <= staff


@pytest.mark.parametrize("sentence", [
    "Kaoru Hino, who scored Other Show, and Tetsu Mabuchi are composing the music.",   # Hino's aside does not lose Mabuchi
    "Kaoru Hino met Tetsu Mabuchi, who is composing the music.",
])
def test_co_subject_needs_a_plain_pair(sentence):
    page = _page(_html(["Ashen Lantern anime staff revealed", "Ashen Lantern is a new TV anime. " + sentence]),
                 title="Ashen Lantern staff")
    staff = {(k, v) for f, k, v in _facts(page, "Ashen Lantern") if f == "staff"}
    assert ("music", "Kaoru Hino") not in staff


@pytest.mark.parametrize("sentence, expected", [
    ("The studio will host a panel for Ashen Lantern at Anime Expo 2027 in July, where the first three episodes will be screened.",
     ("Anime Expo 2027", "first three episodes screened")),
    ("Fans can meet the cast at the Ashen Lantern booth during AnimeJapan 2027, where episode 1 is set to be shown.",
     ("AnimeJapan 2027", "episode 1 screened")),
])
def test_event_where_episodes_will_be_screened(sentence, expected):
    page = _page(_html(["Ashen Lantern event", sentence]), title="Ashen Lantern event")
    events = {(k, v) for f, k, v in _facts(page, "Ashen Lantern") if f == "premiere_event"}
    assert expected in events


def test_event_where_nothing_is_screened_is_no_premiere_event():
    page = _page(_html(["Ashen Lantern event", "Ashen Lantern's cast will appear at Anime Expo 2027, where the first "
                        "two episodes of another show will be discussed."]), title="Ashen Lantern event")
    assert not {f for f, k, v in _facts(page, "Ashen Lantern") if f == "premiere_event"}


# ====================================================================== a new season vs the earlier seasons
def _season_page(paragraphs):
    return _page(_html(["Harbor Clock Season 4 announced", *paragraphs]), title="Harbor Clock Season 4")


def test_earlier_seasons_song_and_designer_are_background():
    page = _season_page([
        "Harbor Clock Season 4 is coming in 2028.",
        'Season 3\'s ending, "Paper Moths" by Lantern Echo, topped the charts. This time, Season 4\'s ending theme is '
        '"Glass Tide," performed by yuzuha.',
        "Composer Ito Mabuchi, who scored the first three seasons, is not back; Rei Kanda takes over the music.",
    ])
    facts = _facts(page, "Harbor Clock Season 4", "Harbor Clock 4th Season")
    assert ("theme_song", "ending 1", "Glass Tide — yuzuha") in facts
    assert not any("Paper Moths" in v or "Lantern Echo" in v for f, k, v in facts)
    assert ("staff", "music", "Ito Mabuchi") not in facts


def test_services_of_earlier_seasons_vs_the_new_one():
    page = _season_page([
        "Harbor Clock Season 4 premieres in April 2028.",
        "As with the previous three seasons, it will air on Tokyo MX and BS11. HIDIVE, which streamed Seasons 1 to 3, "
        "will stream Season 4 too, in the Americas and Europe.",
        "Netflix streamed the first three seasons in Japan.",
    ])
    facts = _facts(page, "Harbor Clock Season 4")
    nets = {(f, k) for f, k, v in facts if f in ("broadcaster", "streaming")}
    assert ("broadcaster", org_key("Tokyo MX")) in nets and ("broadcaster", org_key("BS11")) in nets
    assert ("streaming", org_key("HIDIVE")) in nets
    assert ("streaming", org_key("Netflix")) not in nets



@pytest.mark.parametrize("sentence, expected", [
    ("Airi Konno once again voices the pilot Deva Strand.", ("Deva Strand", "Airi Konno")),
    ("Yuto Seki also returns as Commander Hale of the Outer Fleet.", ("Commander Hale", "Yuto Seki")),
    ("Mio Sayama likewise plays the archivist Pell Rowan.", ("Pell Rowan", "Mio Sayama")),
])
def test_cast_with_an_adverb_before_the_verb(sentence, expected):
    page = _season_page(["Harbor Clock Season 4 premieres in April 2028. " + sentence])
    assert ("cast",) + expected in _facts(page, "Harbor Clock Season 4")


def test_staff_join_is_no_cast_and_aboard_is_a_credit():
    page = _season_page(["Harbor Clock Season 4 premieres in April 2028. Nao Ebisu joins as color designer and "
                         "Riku Tamba comes aboard as CG director for the battles."])
    facts = _facts(page, "Harbor Clock Season 4")
    assert not any(f == "cast" for f, k, v in facts)
    assert ("staff", "3d director", "Riku Tamba") in facts


@pytest.mark.parametrize("sentence, n", [
    ("The studio confirmed a run of 13 episodes for Season 4.", "13"),
    ("Season 4 gets a two-cour order of 22 episodes.", "22"),
])
def test_run_of_n_episodes(sentence, n):
    assert ("episodes", "", n) in _facts(_season_page(["Harbor Clock Season 4 premieres in April 2028. " + sentence]),
                                        "Harbor Clock Season 4")


def test_earlier_numbered_season_episode_count_is_background():
    page = _season_page(["Harbor Clock Season 4 premieres in April 2028. Season 3 aired last year and wrapped its "
                         "10-episode run in March."])
    assert not any(f == "episodes" for f, k, v in _facts(page, "Harbor Clock Season 4"))


@pytest.mark.parametrize("sentence, station", [
    ("Harbor Clock will premiere on April 6, 2028 on Tokyo MX, with BS11 following on April 8.", "BS11"),
    ("Harbor Clock airs from April 6, 2028 on TV Tokyo, with AT-X and BS Fuji to follow later that week.", "AT-X"),
])
def test_station_following_the_first_one(sentence, station):
    page = _page(_html(["Harbor Clock airdate", sentence]), title="Harbor Clock")
    assert ("broadcaster", org_key(station)) in {(f, k) for f, k, v in _facts(page, "Harbor Clock")}


@pytest.mark.parametrize("sentence, expected", [
    ("Crunchyroll has already listed the series for its spring lineup and will stream it weekly.", True),
    ("HIDIVE has added the anime to its catalog and plans to stream it as it airs.", True),
    ("Netflix has announced a new slate of live-action films for next year.", False),
])
def test_service_as_the_subject_of_a_streaming_clause(sentence, expected):
    page = _page(_html(["Harbor Clock streaming", "Harbor Clock premieres in April 2028. " + sentence]), title="Harbor Clock")
    assert any(f == "streaming" for f, k, v in _facts(page, "Harbor Clock")) is expected


# ====================================================================== Japanese trailers: numbered teasers, months, event days
def _ja_trailers(paragraphs, published="2027-05-20"):
    page = _page(_html(paragraphs), published=published, title="『灯台守のワルツ』最新情報")
    return {(k, v) for f, k, v in _facts(page, "灯台守のワルツ") if f == "trailer"}


def test_ja_teaser_pv_number_and_a_month_before_the_verb():
    got = _ja_trailers(["TVアニメ『灯台守のワルツ』の放送時期が決定した。",
                        "放送時期の発表にあわせて、ティザーPV第2弾が公式YouTubeで公開された。",
                        "今年1月に公開されたティザーPV第1弾とは異なる楽曲が使われている。"])
    assert ("teaser 2", "2027-05-20") in got
    assert ("teaser 1", "2027-01") in got


def test_ja_last_year_month_for_pv_one():
    got = _ja_trailers(["TVアニメ『灯台守のワルツ』PV第2弾が本日公開。", "昨年11月に解禁されたPV第1弾に続く映像となる。"])
    assert ("PV 1", "2026-11") in got and ("PV 2", "2027-05-20") in got


def test_ja_pv_shown_at_the_event_takes_the_event_day():
    got = _ja_trailers(["TVアニメ『灯台守のワルツ』のスペシャルイベントが、2027年5月16日(日)に都内にて開催されました。",
                        "イベントの最後には、会場でPV第3弾が初お披露目されました。"])
    assert ("PV 3", "2027-05-16") in got


def test_ja_pv_mentioned_without_a_release_verb_gets_no_guessed_date():
    got = _ja_trailers(["TVアニメ『灯台守のワルツ』の新情報。", "PV第1弾では主人公の過去が描かれていた。"])
    assert not any(v for k, v in got)


@pytest.mark.parametrize("text, expected", [
    ("TVアニメ『灯台守のワルツ』の第1話最速上映会が、5月16日に都内の劇場で開催された。", ("第1話最速上映会", "第1話")),
    ("TVアニメ『灯台守のワルツ』。その第1話・第2話先行上映会は、大阪の映画館にて行われた。", ("第1話・第2話先行上映会", "第1話・第2話")),
])
def test_ja_unnamed_episode_screening_held(text, expected):
    page = _page(_html([text]), published="2027-05-20", title="『灯台守のワルツ』イベント")
    assert ("premiere_event",) + expected in _facts(page, "灯台守のワルツ")


def test_ja_screening_not_held_and_other_titles_are_no_event():
    page = _page(_html(["TVアニメ『灯台守のワルツ』の最新情報。", "第1話先行上映会のチケット応募は締め切られました。",
                        "<h2>『星屑サーカス』</h2>", "『星屑サーカス』第1話先行上映会が、都内で開催された。"]),
                 published="2027-05-20", title="『灯台守のワルツ』ニュース")
    assert not any(f == "premiere_event" for f, k, v in _facts(page, "灯台守のワルツ"))


def test_dub_section_release_sentence_after_an_episode_list():
    body = _html(["Watch Harbor Clock", "<h3>S1 E2 – The Lighthouse Keeper</h3>", "Apr 13, 2028 24m",
                  "<h3>English Dub</h3>", "The English dub debuts May 4, 2028, two weeks behind Japan.",
                  "Mara — Jess Lowry"])
    facts = _facts(_page(body, title="Watch Harbor Clock | Stream"), "Harbor Clock")
    assert ("release_date", "English dub", "2028-05-04") in facts
    assert not any(f == "cast" for f, k, v in facts)   # the dub's credits stay with the labelled extractors


def test_teaser_released_with_the_announcement_takes_its_day():
    page = _page(_html(["Harbor Clock anime announced",
                        "At a stage event on May 3, the publisher announced that Harbor Clock will get a TV anime in 2028.",
                        "A teaser trailer posted along with the news shows the clock tower at dawn."]),
                 published="2027-05-05", title="Harbor Clock anime announced")
    assert ("trailer", "teaser 1", "2027-05-03") in _facts(page, "Harbor Clock")


def test_teaser_with_the_announcement_but_no_single_announcement_day():
    page = _page(_html(["Harbor Clock anime announced",
                        "The publisher announced the anime on May 3 and the cast on May 4.",
                        "A teaser trailer released alongside the announcement shows the clock tower."]),
                 published="2027-05-05", title="Harbor Clock anime announced")
    assert not any(f == "trailer" and v for f, k, v in _facts(page, "Harbor Clock"))


@pytest.mark.parametrize("lead, dates, key, value", [
    ("U-NEXTにて地上波先行配信!", "2028年4月3日(月)24:00〜 毎週月曜更新", "U-NEXT", "2028-04-04"),
    ("BS11でも放送決定", "2028年4月9日(日)23:30〜", "BS11", "2028-04-09"),
])
def test_ja_service_line_then_its_start(lead, dates, key, value):
    body = _html(["TVアニメ『灯台守のワルツ』放送・配信情報", "TVアニメ『灯台守のワルツ』は2028年4月6日より放送開始!",
                  "<h2>配信</h2>", f"<p>{lead} {dates}</p>"])
    facts = _facts(_page(body, published="2028-03-01", title="ON AIR | 灯台守のワルツ"), "灯台守のワルツ")
    assert ("release_date", key, value) in facts


def test_ja_service_line_needs_a_known_service_and_a_date_first():
    body = _html(["TVアニメ『灯台守のワルツ』放送・配信情報", "TVアニメ『灯台守のワルツ』は2028年4月6日より放送開始!",
                  "<p>公式サイトにて特別映像を配信! 2028年4月3日(月)24:00〜</p>",
                  "<p>ABEMAにて配信! 毎週月曜 2028年4月3日(月)更新</p>"])
    facts = _facts(_page(body, published="2028-03-01", title="ON AIR | 灯台守のワルツ"), "灯台守のワルツ")
    assert {(k, v) for f, k, v in facts if f == "release_date"} == {("", "2028-04-06")}


def test_staff_names_with_their_roles_in_parentheses():
    page = _page(_html(["Harbor Clock staff", "Harbor Clock premieres in April 2028. Aki Mori (director), Jun Oda "
                        "(series composition, scripts) and Kenta Ueda (music) lead the staff, while Rin Aso (Starfall Drive) "
                        "and Goro Tani (director of Glass Sky) were also named."]), title="Harbor Clock staff")
    staff = {(k, v) for f, k, v in _facts(page, "Harbor Clock") if f == "staff"}
    assert staff == {("director", "Aki Mori"), ("series composition", "Jun Oda"), ("screenplay", "Jun Oda"),
                     ("music", "Kenta Ueda")}


def _ja_facts(paragraphs, published="2028-03-10"):
    return _facts(_page(_html(paragraphs), published=published, title="『灯台守のワルツ』ニュース"), "灯台守のワルツ")


def test_ja_opening_shudaika_with_artist_no():
    assert ("theme_song", "opening 1", "海の灯 — ルミナス") in _ja_facts(
        ["TVアニメ『灯台守のワルツ』のオープニング主題歌は、ルミナスの「海の灯」に決定した。"])


def test_ja_earlier_pv_month_is_neither_the_premiere_nor_the_new_pv():
    facts = _ja_facts(["TVアニメ『灯台守のワルツ』。今年2月に公開されたPV第1弾に続き、本日PV第2弾が公開された。"])
    assert ("trailer", "PV 1", "2028-02") in facts and ("trailer", "PV 2", "2028-03-10") in facts
    assert not any(f == "release_date" for f, k, v in facts)


@pytest.mark.parametrize("text", [
    "TVアニメ『灯台守のワルツ』のキャストとして、神崎りお（ミナ役）、伊藤さや（フェン役）が発表された。",
    "TVアニメ『灯台守のワルツ』の放送記念番組に、神崎りおさん（ミナ役）と伊藤さやさん(フェン役)が出演する。",
])
def test_ja_actor_then_role_in_parentheses(text):
    facts = _ja_facts([text])
    assert {("cast", "ミナ", "神崎りお"), ("cast", "フェン", "伊藤さや")} <= facts


def test_ja_actor_role_in_parentheses_of_another_title_is_not_ours():
    facts = _ja_facts(["TVアニメ『灯台守のワルツ』の新情報。", "<h2>『星屑サーカス』</h2>",
                       "『星屑サーカス』には、神崎りお（ルル役）が出演する。"])
    assert not any(f == "cast" for f, k, v in facts)


@pytest.mark.parametrize("sentence, fact", [
    ("It will air on NHK Educational.", ("broadcaster", "nhkeducationaltv")),
    ("Kenta Ueda composes the score, while Studio Lumen produces the animation.", ("studio", "lumen")),
])
def test_more_network_and_studio_phrasings(sentence, fact):
    page = _page(_html(["Harbor Clock news", "Harbor Clock is a TV anime premiering in April 2028. " + sentence]),
                 title="Harbor Clock news")
    assert fact in {(f, k) for f, k, v in _facts(page, "Harbor Clock")}


def test_theme_song_artist_after_comes_from():
    page = _page(_html(["Harbor Clock news", 'Harbor Clock premieres in April 2028. The ending theme "Tidewalk" comes '
                        'from the band Moonlit, and the opening theme "Gale" comes from nowhere special.']), title="Harbor Clock news")
    themes = {(k, v) for f, k, v in _facts(page, "Harbor Clock") if f == "theme_song"}
    assert ("ending 1", "Tidewalk — Moonlit") in themes and ("opening 1", "Gale") in themes


def test_station_after_a_p_m_time_slot():
    page = _page(_html(["Harbor Clock news", "Harbor Clock is a TV anime premiering in April 2028. It will air every "
                        "Friday at 11:30 p.m. on Tokyo MX."]), title="Harbor Clock news")
    assert ("broadcaster", org_key("Tokyo MX")) in {(f, k) for f, k, v in _facts(page, "Harbor Clock")}


def test_second_subject_after_and_keys_its_own_date():
    page = _page(_html(["Harbor Clock news", "Harbor Clock will begin airing in Japan on April 8, 2028, and HIDIVE will "
                        "stream it in North America starting April 9."]), published="2027-05-05", title="Harbor Clock news")
    rel = {(k, v) for f, k, v in _facts(page, "Harbor Clock") if f == "release_date"}
    assert ("", "2028-04-08") in rel and ("HIDIVE", "2028-04-09") in rel
    assert ("North America", "2028-04-08") not in rel


@pytest.mark.parametrize("sentence", ["Newcomer Saya Ito leads the cast as Mina.", "Saya Ito will head the cast as Mina."])
def test_leads_the_cast_as(sentence):
    page = _page(_html(["Harbor Clock news", "Harbor Clock premieres in April 2028. " + sentence]), title="Harbor Clock news")
    assert ("cast", "Mina", "Saya Ito") in _facts(page, "Harbor Clock")


@pytest.mark.parametrize("text", ["TVアニメ『灯台守のワルツ』は、Netflixにて2028年4月6日より世界独占配信される。",
                                  "TVアニメ『灯台守のワルツ』は2028年4月6日より全国順次放送。"])
def test_ja_release_verb_with_a_qualifier(text):
    assert ("release_date", "", "2028-04-06") in _ja_facts([text])


@pytest.mark.parametrize("sentence, expected", [
    ("The anime will be part of the Noitamina programming block on Fuji TV.", {"Fuji TV (Noitamina)"}),
    ("It will air in the Super Animeism block on MBS and TBS, and on BS11 later.",
     {"MBS (Super Animeism)", "TBS (Super Animeism)", "BS11"}),
])
def test_block_named_before_its_channels(sentence, expected):
    page = _page(_html(["Harbor Clock news", "Harbor Clock premieres in April 2028. " + sentence]), title="Harbor Clock news")
    assert {v for f, k, v in _facts(page, "Harbor Clock") if f == "broadcaster"} == expected


def test_japanese_news_credits_with_the_person_as_subject():
    got = _ja("「夜明けの灯台守」は、青波ユキさんの小説で、水科まりさんが挿絵を担当している。"
              "アニメは、「風の回廊」などの森川タクさんが監督を務め、スタジオ潮騒が制作する。"
              "岸辺ルイさんがシリーズ構成・脚本を担当し、「銀の坂道」の小野寺ミクさんがキャラクターデザインを手がける。"
              "挿絵の水科さんがキャラクター原案として参加するほか、五十嵐トオルさんが音楽、相沢ケイさんが音響監督を担当する。")
    staff = {(k, v) for f, k, v in got if f == "staff"}
    assert {("original creator", "青波ユキ"), ("director", "森川タク"), ("series composition", "岸辺ルイ"),
            ("screenplay", "岸辺ルイ"), ("character design", "小野寺ミク"), ("music", "五十嵐トオル"),
            ("sound director", "相沢ケイ")} <= staff
    assert any(v == "水科まり" for k, v in staff)        # the surname stands for the full name given earlier
    assert ("studio", org_key("スタジオ潮騒"), "スタジオ潮騒") in got
    assert not any(v in ("風の回廊", "銀の坂道") for _, _, v in got)


def test_japanese_actor_first_cast_pairs_and_a_bare_appearing_list():
    got = _ja("声優の宮下ソラさんが、嵐を呼ぶ少年・ハル、水野あかねさんがハルを見守る灯台守の娘・ミオを演じる。"
              "『夜明けの灯台守』には、大森ケンさん、桜井みそらさんらも出演する。")
    cast = {(k, v) for f, k, v in got if f == "cast"}
    assert {("ハル", "宮下ソラ"), ("ミオ", "水野あかね"), ("", "大森ケン"), ("", "桜井みそら")} <= cast
    # a staff member as subject is not cast
    got = _ja("『夜明けの灯台守』は、森川タクさんが監督を務める。")
    assert not [1 for f, _, _ in got if f == "cast"]


def test_gerund_duties_appositive_before_played_by_and_a_source_as_subject():
    body = _html([
        "<h1>Glass Harbor anime news</h1>",
        "Mika Tsurugi's moody island manga is finally getting its anime adaptation, and Glass Harbor looks the part.",
        "Ren Oda is directing Glass Harbor at Studio Nami, with Saya Hoshino writing and supervising the scripts.",
        "Kei Mori is adapting Tsurugi's delicate character designs, while Jun Abe will be composing the score.",
        "Old Tomas, the cranky ferryman who distrusts Mio, is played by Goro Ishida.",
    ])
    got = _facts(_page(body, published="2027-01-10"), "Glass Harbor")
    staff = {(k, v) for f, k, v in got if f == "staff"}
    assert {("original creator", "Mika Tsurugi"), ("screenplay", "Saya Hoshino"), ("series composition", "Saya Hoshino"),
            ("character design", "Kei Mori"), ("music", "Jun Abe")} <= staff
    assert ("cast", "Old Tomas", "Goro Ishida") in got
    # another work's source, and a duty that is no credit
    body = _html(["<h1>Glass Harbor anime news</h1>",
                  "Mika Tsurugi's previous manga is also getting an anime, unrelated to Glass Harbor.",
                  "In Glass Harbor, with Mio writing letters to her brother, the mood turns dark."])
    got = _facts(_page(body, published="2027-01-10"), "Glass Harbor")
    assert not [v for f, _, v in got if f == "staff"]


def test_animation_handled_by_acting_as_a_role_and_credited_with_the_original_work():
    body = _html([
        "<h1>Ember Vale anime news</h1>",
        "Ember Vale is getting a TV anime. Animation will be handled by Lumen Frame Studio, a newcomer to series work.",
        "Hollow Pine Games is credited with the original work, and its lead writer, Ida Marsh, is acting as story supervisor.",
    ])
    got = _facts(_page(body, published="2027-01-10"), "Ember Vale")
    assert ("studio", org_key("Lumen Frame Studio"), "Lumen Frame Studio") in got
    assert ("staff", "original creator", "Hollow Pine Games") in got
    assert ("staff", "story supervisor", "Ida Marsh") in got
    # key animation is no studio credit
    body = _html(["<h1>Ember Vale anime news</h1>", "In Ember Vale, key animation is handled by Rei Kaga and friends."])
    got = _facts(_page(body, published="2027-01-10"), "Ember Vale")
    assert not [1 for f, _, _ in got if f == "studio"]


def test_sentence_initial_directed_by_at_a_studio():
    body = _html(["<h1>Moss Lantern</h1>",
                  "Staff: Adapted from the novel by Eri Kanda. Directed by Sho Imai at Studio Kumo, with music by Rin Ota."])
    got = _facts(_page(body, published="2027-01-10"), "Moss Lantern")
    assert {("staff", "director", "Sho Imai"), ("staff", "music", "Rin Ota")} <= got
    assert any(f == "studio" and "Kumo" in v for f, _, v in got)


def test_a_later_station_picking_the_series_up_keys_its_own_day():
    body = _html(["<h1>Salt Bell</h1>",
                  "Salt Bell premieres on Friday, July 9, 2027 on Fuji TV, with BS11 picking it up two days later on July 11."])
    got = _facts(_page(body, published="2027-03-01"), "Salt Bell")
    assert ("release_date", "", "2027-07-09") in got and ("release_date", "BS11", "2027-07-11") in got
    assert {k for f, k, _ in got if f == "broadcaster"} == {"fujitv", "bs11"}
    # another title's station is not ours
    body = _html(["<h1>Salt Bell</h1>", "Salt Bell premieres on July 9, 2027 on Fuji TV. Iron Moth airs on BS11 on July 11."])
    got = _facts(_page(body, published="2027-03-01"), "Salt Bell")
    assert not [k for f, k, _ in got if f == "release_date" and k]


def test_japanese_theme_by_an_artists_possessive_and_a_pv_released_with_the_news():
    got = _ja("『夜明けの灯台守』のオープニングテーマは、結成10周年のバンド・シオサイの書き下ろし新曲「波の継ぎ目」に決定した。")
    assert ("theme_song", "opening 1", "波の継ぎ目 — シオサイ") in got
    got = _ja("TVアニメ『夜明けの灯台守』が2027年1月に放送されることが11月18日、分かった。ティザービジュアル、ティザーPVも公開された。")
    assert ("trailer", "teaser 1", "2026-11-18") in got
    # a PV without news around it gets no invented day
    got = _ja("『夜明けの灯台守』のティザーPVも公開された。")
    assert ("trailer", "teaser 1", "2026-11-18") not in got


def test_japanese_past_credits_with_the_person_as_subject_are_not_ours():
    got = _ja("『夜明けの灯台守』では、森川タクさんが監督を務めた作品のスタッフが再集結。宮下ソラさんが主人公・ハルを演じた舞台も話題だ。")
    assert not [1 for f, k, v in got if f == "staff" and v == "森川タク"]
    assert not [1 for f, k, v in got if f == "cast" and v == "宮下ソラ"]


def test_a_teaser_that_came_with_the_announcement_takes_the_showcase_day():
    body = _html(["<h1>Rook Harbor anime</h1>",
                  "Bellwether Games used its Spring Showcase on March 3, 2027 to announce that Rook Harbor is becoming a TV anime.",
                  "The announcement came with a short teaser trailer that shows the harbor at night."])
    got = _facts(_page(body, published="2027-03-05"), "Rook Harbor")
    assert any(f == "trailer" and k == "teaser 1" and v.startswith("2027-03-03") for f, k, v in got)


def test_numbered_first_episodes_screened_in_advance_at_an_event():
    body = _html(["<h1>Lark Clock anime: cast and screening</h1>", "<h2>Lark Clock early screening</h2>",
                  "Episodes 1 to 3 will be screened in advance at Northstar Anime Festival 2027, held on May 2 in Osaka."])
    got = _facts(_page(body, published="2027-03-05"), "Lark Clock")
    assert ("premiere_event", "Northstar Anime Festival 2027", "episodes 1 to 3 screened in advance") in got
    body = _html(["<h1>Lark Clock</h1>", "Episode 1 of Iron Moth will be screened at Northstar Anime Festival 2027."])
    got = _facts(_page(body, published="2027-03-05"), "Lark Clock")
    assert not [1 for f, _, _ in got if f == "premiere_event"]


def test_credits_of_an_earlier_short_ova_or_stage_play_are_not_the_works():
    body = _html(["<h1>Lantern Hollow gets a TV anime</h1>",
                  "Lantern Hollow will premiere in April 2027. Rei Hoshino directs the series at Studio Quillfeather.",
                  "The novels previously inspired a five-minute web short animated by Studio Pebbleworks and directed by Goro Mizutani.",
                  "An OVA produced by Bramble Pictures was bundled with the third volume back in 2021, with a script by Nao Iseki.",
                  "The franchise also got a stage play directed by Kaito Arima last year."])
    got = _facts(_page(body, published="2027-01-05"), "Lantern Hollow")
    assert ("staff", "director", "Rei Hoshino") in got
    people = {v for f, _, v in got if f in ("staff", "studio")}
    assert not people & {"Goro Mizutani", "Nao Iseki", "Kaito Arima", "Studio Pebbleworks", "Pebbleworks", "Bramble Pictures"}
    # a short still to come is not an earlier production's credit
    body = _html(["<h1>Lantern Hollow</h1>", "A Lantern Hollow anime short directed by Sena Kuroda will premiere in 2027."])
    got = _facts(_page(body, published="2026-11-05"), "Lantern Hollow")
    assert ("staff", "director", "Sena Kuroda") in got


def test_a_release_stated_for_another_country_keys_that_country():
    body = _html(["<h1>Paper Lantern Road</h1>",
                  "Paper Lantern Road opens in Japanese theaters on February 5, 2027.",
                  "Northgate Pictures, which picked up the film's North American rights, will bring it to theaters on April 16, 2027.",
                  "Over in Australia and New Zealand, Southern Star has it dated for June 2027.",
                  "The movie will also make its UK cinema debut on May 21, 2027."])
    got = _facts(_page(body, published="2026-12-01"), "Paper Lantern Road")
    rel = {(k, v) for f, k, v in got if f == "release_date"}
    assert ("", "2027-02-05") in rel
    assert ("North America", "2027-04-16") in rel
    assert ("Australia and New Zealand", "2027-06") in rel
    assert ("UK", "2027-05-21") in rel
    # a French dub is a language, not France; Japan keys nothing
    body = _html(["<h1>Paper Lantern Road</h1>", "In Japan, Paper Lantern Road premieres on January 8, 2027 on Fuji TV."])
    got = _facts(_page(body, published="2026-12-01"), "Paper Lantern Road")
    assert ("release_date", "", "2027-01-08") in got


def test_cast_by_relation_credits_song_made_at_studio_and_first_footage():
    body = _html(["<h1>Tidewater Clock</h1>",
                  "Tidewater Clock opens in Japanese theaters on March 5, 2027.",
                  "Sora Ikeda voices Minami, and stage actor Tatsuo Kubo is Minami's uncle, Genji.",
                  "Daichi Ono is the studio's president, Koji.",
                  "Ren Hamada wrote and directed the film at Brightwell Animation, his second feature there.",
                  "The teaser ends with a few bars of \"Salt Moon,\" sung by the duo Kirara, which plays over the movie's end credits.",
                  "The film's first footage was screened at Anime Expo 2026 in Los Angeles."])
    got = _facts(_page(body, published="2026-11-20"), "Tidewater Clock")
    assert ("cast", "Genji", "Tatsuo Kubo") in got
    assert not [1 for f, k, v in got if f == "cast" and k == "Koji"]
    assert ("staff", "screenplay", "Ren Hamada") in got and ("staff", "director", "Ren Hamada") in got
    assert any(f == "studio" and v == "Brightwell Animation" for f, k, v in got)
    assert ("theme_song", "ending 1", "Salt Moon — Kirara") in got
    assert ("premiere_event", "Anime Expo 2026", "first footage screened") in got
    # a song over another show's opening credits, named by title only, is nothing
    body = _html(["<h1>Tidewater Clock</h1>", "Tidewater Clock opens on March 5, 2027. \"Blue Hour\" plays over the opening credits of Iron Moth."])
    got = _facts(_page(body, published="2026-11-20"), "Tidewater Clock")
    assert not [1 for f, _, _ in got if f == "theme_song"]


def test_dub_director_designs_come_from_and_episodes_screened_there():
    body = _html(["<h1>Cinder Post</h1>",
                  "Cinder Post premieres on April 2, 2027. Character designs come from Yuri Tadokoro, and mecha designs came from Ken Oda.",
                  "The Spanish dub was produced in Madrid and directed by Lucia Ferrer.",
                  "Fans who went to Otakon 2026 got a treat: the first three episodes premiered there a month early."])
    got = _facts(_page(body, published="2026-12-01"), "Cinder Post")
    assert ("staff", "character design", "Yuri Tadokoro") in got
    assert ("staff", "spanish dub director", "Lucia Ferrer") in got
    assert ("staff", "director", "Lucia Ferrer") not in got
    assert ("premiere_event", "Otakon 2026", "first three episodes premiered") in got
    # the series itself directed by someone, with a dub named later in the sentence, stays the director
    body = _html(["<h1>Cinder Post</h1>", "Cinder Post is directed by Aoi Minase, and an English dub is in the works."])
    got = _facts(_page(body, published="2026-12-01"), "Cinder Post")
    assert ("staff", "director", "Aoi Minase") in got


def test_later_stations_followed_by_or_as_their_own_subject():
    body = _html(["<h1>Moth Lantern</h1>",
                  "Moth Lantern premieres on April 4, 2027 on Fuji TV, followed by BS Fuji on April 6.",
                  "It will also air on Kansai TV, and AT-X will begin its run on April 9."])
    got = _facts(_page(body, published="2027-01-10"), "Moth Lantern")
    rel = {(k, v) for f, k, v in got if f == "release_date"}
    assert ("", "2027-04-04") in rel and ("BS Fuji", "2027-04-06") in rel and ("AT-X", "2027-04-09") in rel


def test_a_yearless_day_after_a_full_date_takes_its_year_without_a_publication_date():
    from tracker.dates import find_dates
    got = [(d.date.iso(), d.text) for d in find_dates("It airs December 30, 2026 on TBS, then on BS11 on January 2.")]
    assert got == [("2026-12-30", "December 30, 2026"), ("2027-01-02", "January 2")]
    assert [d.date.iso() for d in find_dates("The novel came out in 2019; the anime airs on January 9.")] == ["2019"]


def test_a_paragraph_about_the_work_carries_its_streamer_and_year_to_the_next_sentence():
    body = _html(["<h1>Harbor Kite</h1>", "<p>Harbor Kite is a TV anime based on the novels.</p>",
                  "<h2>Broadcast</h2>",
                  "<p>The anime premieres on December 27, 2026 on TV Tokyo. U-NEXT will stream new episodes in Japan a week later, "
                  "starting January 3.</p>",
                  "<p>Netflix will stream new episodes of Iron Moth from January 5.</p>"], {"Broadcast"})
    got = _facts(_page(body, published=""), "Harbor Kite")
    assert ("release_date", "U-NEXT", "2027-01-03") in got
    assert any(f == "streaming" and k == "unext" for f, k, _ in got)
    assert not any(f == "streaming" and k == "netflix" for f, k, _ in got)


def test_the_cast_of_an_earlier_voice_comic_or_drama_cd_is_not_the_anime_cast():
    body = _html(["<h1>Quill Harbor</h1>", "<p>Quill Harbor is a TV anime premiering in April 2027. Mio Sakura voices Tama.</p>",
                  "<p>In the 2023 drama CD bundled with the second volume, Tama was voiced by Rika Ono.</p>",
                  "<p>A 2027 voice comic will star Jun Kase as Tama.</p>"])
    got = _facts(_page(body, published="2026-12-01"), "Quill Harbor")
    assert ("cast", "Tama", "Mio Sakura") in got
    assert not [1 for f, k, v in got if f == "cast" and v == "Rika Ono"]


def test_lineup_blurb_forms_studio_from_staff_lists_lead_as_and_slated_on_stations():
    body = _html(["<h1>Brass Comet</h1>",
                  "A new sci-fi series from Kestrel Animation, Brass Comet follows two smugglers. It's slated for April 2027 on "
                  "TV Asahi and BS11; a date has not been given yet.",
                  "Aya Morimoto is directing, with Ken Ueda on series composition, Sara Ito on character designs, and Jo Hara "
                  "composing the music. Nao Sena leads as Captain Ilse Brand, and Kei Mori is Pip, the ship's cat.",
                  "Brass Comet is being made at Harbor Light Works, and it's a remake with Goro Ban directing."])
    got = _facts(_page(body, published="2026-12-01"), "Brass Comet")
    staff = {(k, v) for f, k, v in got if f == "staff"}
    assert {("director", "Aya Morimoto"), ("series composition", "Ken Ueda"), ("character design", "Sara Ito"),
            ("music", "Jo Hara"), ("director", "Goro Ban")} <= staff
    assert ("series composition", "Sara Ito") not in staff
    assert ("cast", "Captain Ilse Brand", "Nao Sena") in got and ("cast", "Pip", "Kei Mori") in got
    studios = {v for f, _, v in got if f == "studio"}
    assert {"Kestrel Animation", "Harbor Light Works"} <= studios
    assert {k for f, k, _ in got if f == "broadcaster"} >= {"tvasahi", "bs11"}
    # a series "from" a publisher or a streamer is no studio
    body = _html(["<h1>Brass Comet</h1>", "Brass Comet is a new series from Netflix, based on a manga from Kodansha. "
                  "It is a film from Sony Pictures in the US."])
    got = _facts(_page(body, published="2026-12-01"), "Brass Comet")
    assert not [1 for f, _, _ in got if f == "studio"]


def test_japanese_cast_without_honorifics_descriptors_and_casting_verbs():
    text = ("劇場アニメ『夜明けの灯台守』に歌手の森川陽菜(22)が声優として出演することが発表された。"
            "森川が演じるのは灯台守の娘の汐見アオイ。アオイの親友・ミナをタレントの小椋りさ、港町の漁師・ゲンをモデルの新田蓮が演じるほか、"
            "お笑いトリオ・ハマカゼの大門勇が町長・ドン役で出演。看板猫のタマには、声優の白石ゆうがキャスティングされた。")
    got = {(k, v) for f, k, v in _ja(text) if f == "cast"}
    assert {("汐見アオイ", "森川陽菜"), ("ミナ", "小椋りさ"), ("ゲン", "新田蓮"), ("ドン", "大門勇"), ("タマ", "白石ゆう")} <= got


def test_japanese_film_premiered_at_a_named_event_even_after_a_comment_heading():
    body = _html(["<h1>劇場アニメ『夜明けの灯台守』特報解禁</h1>", "劇場アニメ『夜明けの灯台守』が来年5月に公開される。",
                  "<h2>■主演・森川陽菜 コメント</h2>", "「とても楽しみです」",
                  "公開に先立ち、「北海シネマフェスタ2027」の特別招待作品としてジャパンプレミア上映されることも決まった。"],
                 {"■主演・森川陽菜 コメント"})
    got = _facts(_page(body, published="2026-11-22"), "夜明けの灯台守")
    assert ("premiere_event", "北海シネマフェスタ2027", "ジャパンプレミア上映") in got
    # a screening planned for another film in the same festival is not ours
    body = _html(["<h1>劇場アニメ『夜明けの灯台守』</h1>", "同映画祭では『鉄の蛾』もワールドプレミア上映が予定されていたが中止となった。"])
    got = _facts(_page(body, published="2026-11-22"), "夜明けの灯台守")
    assert not [1 for f, _, _ in got if f == "premiere_event"]


def test_japanese_theme_sung_by_a_cast_member_credits_the_actor():
    got = _ja("TVアニメ『夜明けの灯台守』のエンディングテーマは、ミオ役・白石ゆうが歌う「灯りの帰り道」に決定！")
    assert ("theme_song", "ending 1", "灯りの帰り道 — 白石ゆう") in got


def test_a_known_for_aside_naming_an_ova_does_not_hide_the_credit():
    body = _html(["<h1>Glass Orchard</h1>", "Glass Orchard premieres in April 2027.",
                  "Rin Asada (Paper Sky, 2019 OVA) is directing the anime at Studio Lumo."])
    got = _facts(_page(body, published="2026-12-01"), "Glass Orchard")
    assert ("staff", "director", "Rin Asada") in got


def test_a_second_predicate_about_another_region_does_not_key_the_first_date():
    body = _html(["<h1>Cogwheel Saint</h1>",
                  "The series will premiere in Japan in October 2027 on Fuji TV, and will stream on HIDIVE in the United States."])
    got = _facts(_page(body, published="2027-03-01"), "Cogwheel Saint")
    assert ("release_date", "", "2027-10") in got


def test_x_is_name_the_is_a_part_only_for_a_name():
    for line, bad in (("Aoi Yuki voices Rin, and Kana Ito is Japanese, a veteran of the stage.", "Japanese"),
                      ("Aoi Yuki voices Rin, while director Jun Ono is Sunrise, the studio veteran.", "Sunrise"),
                      ("Kana Ito plays Mina, and Shin Aso is Netflix, the streamer.", "Netflix")):
        body = _html(["<h1>Glass Orchard</h1>", "Glass Orchard premieres in April 2027.", line])
        got = _facts(_page(body, published="2026-12-01"), "Glass Orchard")
        assert not [1 for f, k, _ in got if f == "cast" and k == bad]


def test_fans_of_a_country_do_not_key_the_premiere():
    body = _html(["<h1>Glass Orchard</h1>", "Glass Orchard, which US fans have waited years for, premieres January 9, 2027 on Fuji TV. "
                  "Its US release follows on March 3, 2027."])
    got = _facts(_page(body, published="2026-12-01"), "Glass Orchard")
    assert {(k, v) for f, k, v in got if f == "release_date"} == {("", "2027-01-09"), ("US", "2027-03-03")}


def test_a_full_width_comma_separates_japanese_credits_like_a_touten():
    body = _html(["<h1>TVアニメ「星屑ポストマン」</h1>",
                  "TVアニメ「星屑ポストマン」は2027年4月より放送開始。",
                  "キャストは，配達員リコ役の 森野 えま さん，ガンテ役の岩城トオルさんの出演が発表された。",
                  "売上は1,200部を突破した。"])
    got = _facts(_page(body, published="2026-12-01", title="TVアニメ「星屑ポストマン」ニュース"), "星屑ポストマン")
    cast = {(k, v) for f, k, v in got if f == "cast"}
    assert {("リコ", "森野 えま"), ("配達員リコ", "森野 えま")} & cast
    assert ("ガンテ", "岩城トオル") in cast
    assert not [k for k, _ in cast if "," in k or "、" in k]


def test_cast_pairs_without_a_heading_count_on_a_page_titled_by_the_work():
    body = _html(["発表は本日行われた。",
                  "主人公の少年カイを水城ルイさん、相棒のロボ・ドットを葉山みおさんが演じる。"])
    got = _facts(_page(body, published="2026-12-01", title="「鉄の庭と少年」TVアニメ化決定 - 例ニュース"), "鉄の庭と少年")
    cast = {(k, v) for f, k, v in got if f == "cast"}
    assert ("カイ", "水城ルイ") in cast or ("少年カイ", "水城ルイ") in cast
    # a page titled by something else: the same sentence is nobody's
    got = _facts(_page(body, published="2026-12-01", title="今週のゲームニュースまとめ"), "鉄の庭と少年")
    assert not [1 for f, *_ in got if f == "cast"]


@pytest.mark.parametrize("line, song", [
    ("エンディングテーマは、シンガーソングライター小鳥遊ミクさんによる「夜明けの窓」に決定した。", "夜明けの窓 — 小鳥遊ミク"),
    ("オープニングテーマは、ロックバンドのHollow Tideの「Glass Wings」。", "Glass Wings — Hollow Tide"),
    ("オープニングテーマは、3人組ユニット・ソラノハの「朝凪」に決まった。", "朝凪 — ソラノハ"),
])
def test_a_japanese_theme_artist_drops_the_kind_of_artist(line, song):
    body = _html(["<h1>TVアニメ「月灯りの工房」</h1>", "TVアニメ「月灯りの工房」は2027年7月放送。", line])
    got = _facts(_page(body, published="2026-12-01", title="月灯りの工房"), "月灯りの工房")
    assert song in {v for f, _, v in got if f == "theme_song"}


@pytest.mark.parametrize("line, artist", [
    ('The opening theme, "Low Tide," is performed by indie pop trio mellow harbor.', "mellow harbor"),
    ('Its ending song is "Ashfall" by the five-piece band Crimson Lanes.', "Crimson Lanes"),
    ('The opening theme is "Runaway" by singer-songwriter lumi.', "lumi"),
])
def test_an_english_theme_artist_drops_the_kind_of_artist(line, artist):
    body = _html(["<h1>Moth Cathedral</h1>", "Moth Cathedral premieres in April 2027.", line])
    got = _facts(_page(body, published="2026-12-01"), "Moth Cathedral")
    assert [v for f, _, v in got if f == "theme_song" and v.endswith("— " + artist)], got


@pytest.mark.parametrize("line", [
    "※当初3月5日（金）放送開始と告知されていましたが、2月20日に3月12日（金）へ変更となりました。",
    "当初は3月5日より放送予定でしたが、制作上の都合により3月12日に延期となりました。",
    "もともと3月5日から放送を予定していたが、3月12日へ変更された。",
])
def test_a_japanese_changed_premiere_keeps_the_new_date_not_the_old(line):
    body = _html(["<h1>TVアニメ「砂時計の騎士」</h1>", "TVアニメ「砂時計の騎士」の放送日が変更された。", line])
    got = _facts(_page(body, published="2027-01-20", title="砂時計の騎士"), "砂時計の騎士")
    dates = {v for f, k, v in got if f == "release_date" and k == ""}
    assert "2027-03-05" not in dates
    assert dates == {"2027-03-12"}


@pytest.mark.parametrize("line", [
    "The publisher's own game director, Lena Marsh, said the studio has full creative freedom.",
    "Manga editor Kaito Rowe told fans the ending will differ.",
    "The stage play director, Ivo Brandt, will attend the premiere as a guest.",
])
def test_a_role_of_the_source_medium_is_not_the_anime_staff(line):
    body = _html(["<h1>Brass Lantern</h1>", "Brass Lantern premieres in October 2027 on TV Tokyo.",
                  "Series director Mika Sorel leads the production.", line])
    got = _facts(_page(body, published="2026-12-01"), "Brass Lantern")
    staff = {v for f, _, v in got if f == "staff"}
    assert "Mika Sorel" in staff
    assert not staff & {"Lena Marsh", "Kaito Rowe", "Ivo Brandt"}


def test_japanese_role_ni_name_lists_and_cast_lists_with_ni():
    body = _html(["<h1>映画「潮風のコンパス」</h1>", "映画「潮風のコンパス」は2027年8月公開。",
                  "声の出演は、陽太役に小野寺ハル、凪役に森 ゆい、船長役に大門剛。",
                  "スタッフには、キャラクターデザインに青木ミツル、美術監督に岡 千景、音楽に高梨レンが名を連ねる。",
                  "本作は音楽にこだわった作品だ。"])
    got = _facts(_page(body, published="2026-12-01", title="映画「潮風のコンパス」"), "潮風のコンパス")
    assert {("陽太", "小野寺ハル"), ("凪", "森 ゆい"), ("船長", "大門剛")} <= {(k, v) for f, k, v in got if f == "cast"}
    staff = {(k, v) for f, k, v in got if f == "staff"}
    assert {("character design", "青木ミツル"), ("art director", "岡 千景"), ("music", "高梨レン")} <= staff
    assert not [v for k, v in staff if "こだわ" in v]


def test_a_japanese_studio_after_a_known_for_aside_and_a_surname_credit():
    body = _html(["<h1>映画「潮風のコンパス」</h1>", "「霧の港」で知られる三好航平監督の新作となる。",
                  "監督・脚本を三好が務め、アニメーション制作は「霧の港」のスタジオ・アオバが担う。"])
    got = _facts(_page(body, published="2026-12-01", title="映画「潮風のコンパス」"), "潮風のコンパス")
    assert ("studio", "スタジオアオバ", "スタジオ・アオバ") in got or [1 for f, _, v in got if f == "studio" and "アオバ" in v]
    assert ("staff", "screenplay", "三好航平") in got


@pytest.mark.parametrize("line, want", [
    ("なお、台湾と香港でも2027年9月の公開が予定されている。", {("台湾", "2027-09"), ("香港", "2027-09")}),
    ("北米では2027年10月1日より公開される。", {("北米", "2027-10-01")}),
])
def test_a_japanese_regions_own_release(line, want):
    body = _html(["<h1>映画「潮風のコンパス」</h1>", "映画「潮風のコンパス」は2027年8月6日から全国公開。", line])
    got = _facts(_page(body, published="2026-12-01", title="映画「潮風のコンパス」"), "潮風のコンパス")
    rel = {(k, v) for f, k, v in got if f == "release_date"}
    assert ("", "2027-08-06") in rel and want <= rel


def test_a_tokuho_is_a_teaser_dated_by_its_release():
    body = _html(["<h1>映画「潮風のコンパス」</h1>", "映画「潮風のコンパス」の本予告が公開された。",
                  "5月に解禁された特報では、港の風景のみが映されていた。"])
    got = _facts(_page(body, published="2026-12-01", title="映画「潮風のコンパス」"), "潮風のコンパス")
    assert ("trailer", "teaser 1", "2026-05") in got


def test_a_plural_ra_after_a_name_is_not_part_of_it():
    body = _html(["<h1>TVアニメ「鉄鯨の歌」</h1>", "TVアニメ「鉄鯨の歌」は2027年4月より放送開始。",
                  "船長役の三上さくら、機関士ゴウ役の石動リュウジらも続投となる。"])
    got = _facts(_page(body, published="2026-12-01", title="TVアニメ「鉄鯨の歌」"), "鉄鯨の歌")
    cast = {(k, v) for f, k, v in got if f == "cast"}
    assert ("船長", "三上さくら") in cast
    assert {("ゴウ", "石動リュウジ"), ("機関士ゴウ", "石動リュウジ")} & cast
    assert not [v for _, v in cast if v.endswith("ジら")]


def test_a_video_out_with_the_news_is_dated_by_the_news_day_not_the_premiere():
    body = _html(["<h1>映画「鉄鯨の歌」</h1>",
                  "声優の三上さくらが、来年5月8日に公開される映画「鉄鯨の歌」で主演を務めることが25日、発表された。",
                  "あわせて、主題歌を使った特報映像が解禁された。"])
    got = _facts(_page(body, published="2026-11-25", title="映画「鉄鯨の歌」"), "鉄鯨の歌")
    assert ("trailer", "teaser 1", "2026-11-25") in got


def test_an_official_sites_news_subheading_is_the_works_own():
    body = _html(["<h1>TVアニメ「鉄鯨の歌」</h1>", "TVアニメ「鉄鯨の歌」は2027年4月より放送開始。",
                  "<h4>■新PVお披露目！</h4>", "新PVではエンディングテーマ、ミナモトリオ「灯台まで」が流れる。"])
    got = _facts(_page(body, published="2026-12-01", title="NEWS | TVアニメ「鉄鯨の歌」公式サイト"), "鉄鯨の歌")
    assert ("theme_song", "ending 1", "灯台まで — ミナモトリオ") in got
    # under a heading naming another title, the same line is that title's
    body = _html(["<h1>TVアニメ「鉄鯨の歌」</h1>", "TVアニメ「鉄鯨の歌」は2027年4月より放送開始。",
                  "<h4>■「星の渡し守」新PVお披露目！</h4>", "新PVではエンディングテーマ、ミナモトリオ「灯台まで」が流れる。"])
    got = _facts(_page(body, published="2026-12-01", title="NEWS | TVアニメ「鉄鯨の歌」公式サイト"), "鉄鯨の歌")
    assert not [1 for f, *_ in got if f == "theme_song"]


@pytest.mark.parametrize("line, want", [
    ("Yuji Okabe rounds out the announced staff as sound director.", ("sound director", "Yuji Okabe")),
    ("The press release names Rena Haga as the writer handling series composition.", ("series composition", "Rena Haga")),
    ("Mei Tanabe joins the team as art director.", ("art director", "Mei Tanabe")),
])
def test_a_person_as_a_role_after_a_verb_phrase(line, want):
    body = _html(["<h1>Brass Lantern</h1>", "Brass Lantern premieres in October 2027 on TV Tokyo.", line])
    got = _facts(_page(body, published="2026-12-01"), "Brass Lantern")
    assert ("staff", *want) in got


@pytest.mark.parametrize("line, key, day, field", [
    ("BS Asahi picks it up a week later, starting January 15.", "BS Asahi", "2027-01-15", "broadcaster"),
    ("Netflix will begin streaming it worldwide from January 20.", "Netflix", "2027-01-20", "streaming"),
    ("AT-X follows on January 11.", "AT-X", "2027-01-11", "broadcaster"),
    ("BS11 will also air the series starting January 14.", "BS11", "2027-01-14", "broadcaster"),
])
def test_a_station_taking_the_show_up_later_in_its_own_sentence(line, key, day, field):
    body = _html(["<h1>Brass Lantern</h1>", f"Brass Lantern will premiere on January 8, 2027 on TBS. {line}"])
    got = _facts(_page(body, published="2026-11-20"), "Brass Lantern")
    rel = {(k, v) for f, k, v in got if f == "release_date"}
    assert ("", "2027-01-08") in rel and (key, day) in rel
    assert [1 for f, *_ in got if f == field]


def test_bringing_episodes_to_a_convention_is_a_premiere_event():
    body = _html(["<h1>Brass Lantern</h1>", "Brass Lantern premieres in October 2027 on TV Tokyo.",
                  "Director: We're bringing the first two episodes to Anime Expo 2027 before the broadcast.",
                  "We took a lot of photos at Anime Expo 2026."])
    got = _facts(_page(body, published="2026-12-01"), "Brass Lantern")
    ev = {(k, v) for f, k, v in got if f == "premiere_event"}
    assert ev == {("Anime Expo 2027", "first two episodes screened")}


@pytest.mark.parametrize("line, want", [
    ("Kitsune Play will stream Brass Lantern as it airs in Japan, in North America, Europe and Oceania.",
     "Kitsune Play (North America, Europe and Oceania)"),
    ("Brass Lantern has a home overseas: Lumen TV+ will simulcast the anime worldwide.", None),
])
def test_a_service_no_gazetteer_knows_streaming_the_work(line, want):
    body = _html(["<h1>Brass Lantern</h1>", "Brass Lantern premieres in October 2027.", line,
                  "Fans will stream it anyway.", "Mika Sorel streams her drawing sessions on weekends."])
    got = _facts(_page(body, published="2026-12-01"), "Brass Lantern")
    svc = {v for f, _, v in got if f == "streaming"}
    if want:
        assert svc == {want}
    assert not [v for v in svc if v.startswith(("Fans", "Mika"))]


@pytest.mark.parametrize("lines, who", [
    (["Much of the buzz is about Ilse Marrow. She wrote the novel's companion album, and she's returning to score the anime."], "Ilse Marrow"),
    (["Tomo Hirai will score the film."], "Tomo Hirai"),
    (["Composer Ren Aoki is scoring the series, his first TV work."], "Ren Aoki"),
])
def test_scoring_the_anime_is_the_music_credit(lines, who):
    body = _html(["<h1>Brass Lantern</h1>", "Brass Lantern premieres in October 2027.", *lines])
    got = _facts(_page(body, published="2026-12-01"), "Brass Lantern")
    assert ("staff", "music", who) in got


def test_a_pronoun_needs_exactly_one_person_just_before():
    body = _html(["<h1>Brass Lantern</h1>", "Brass Lantern premieres in October 2027.",
                  "Ilse Marrow and Tomo Hirai met at the studio. She is returning to score the anime."])
    got = _facts(_page(body, published="2026-12-01"), "Brass Lantern")
    assert not [1 for f, k, _ in got if f == "staff" and k == "music"]


def test_credited_as_a_character_is_a_cast_credit():
    body = _html(["<h1>Brass Lantern</h1>", "Brass Lantern premieres in October 2027.",
                  "Two voices are confirmed: Aya Mori voices Juno. A third, Hideo Saito, is credited at the end as the Bellkeeper.",
                  "Kenji Ota is credited as director."])
    got = _facts(_page(body, published="2026-12-01"), "Brass Lantern")
    assert ("cast", "Bellkeeper", "Hideo Saito") in got
    assert not [1 for f, k, _ in got if f == "cast" and k.lower() == "director"]


@pytest.mark.parametrize("line, want", [
    ('Lina Corvo, who sang the novel tie-in song "Glass Road," will also perform the anime\'s opening, although the title is unknown.',
     ("staff", "theme song performance", "Lina Corvo")),
    ('Mika Sorel will sing the ending theme "Low Tide."', ("theme_song", "ending 1", "Low Tide — Mika Sorel")),
])
def test_a_singer_credited_before_the_song_has_a_title(line, want):
    body = _html(["<h1>Brass Lantern</h1>", "Brass Lantern premieres in October 2027.", line])
    got = _facts(_page(body, published="2026-12-01"), "Brass Lantern")
    assert want in got
    if want[0] == "theme_song":
        assert not [1 for f, k, _ in got if k == "theme song performance"]


@pytest.mark.parametrize("title, kind", [("映画「潮風のコンパス」", "ending"), ("TVアニメ「潮風のコンパス」", "opening")])
def test_a_japanese_theme_artist_and_title_told_in_two_sentences(title, kind):
    body = _html([f"<h1>{title}</h1>", f"{title}の本予告が公開され、3人組ユニット「ミナモトリオ」が主題歌を担当することも発表された。",
                  "予告の終盤では、主題歌「灯台まで」が初めて流れる。"])
    got = _facts(_page(body, published="2026-12-01", title=title), "潮風のコンパス")
    assert ("theme_song", f"{kind} 1", "灯台まで — ミナモトリオ") in got


def test_two_titles_do_not_pair_with_one_artist():
    body = _html(["<h1>映画「潮風のコンパス」</h1>", "映画「潮風のコンパス」は、ミナモトリオが主題歌を担当する。",
                  "予告では主題歌「灯台まで」が流れる。", "本編では主題歌「夜の港」も使われる。"])
    got = _facts(_page(body, published="2026-12-01", title="映画「潮風のコンパス」"), "潮風のコンパス")
    assert not [v for f, _, v in got if f == "theme_song" and "ミナモトリオ" in v]


@pytest.mark.parametrize("line", [
    "TVアニメ「砂時計の騎士」の放送開始が、当初予定していた2027年1月8日から延期されることになった。新しい放送開始日は2027年4月2日。",
    "「砂時計の騎士」は2027年1月8日より延期となった。製作委員会によると、新たな放送開始日は4月2日(金)とのこと。",
    "TVアニメ「砂時計の騎士」の延期が発表された。延期後の放送日は2027年4月2日です。",
])
def test_a_japanese_new_start_date_named_as_such_wins_over_the_old_one(line):
    body = _html(["<h1>TVアニメ「砂時計の騎士」</h1>", line])
    got = _facts(_page(body, published="2026-11-20", title="砂時計の騎士"), "砂時計の騎士")
    assert {v for f, k, v in got if f == "release_date" and k == ""} == {"2027-04-02"}


@pytest.mark.parametrize("line", [
    "TVアニメ「砂時計の騎士」の当初の放送開始日は2027年1月8日でしたが、延期されます。新たな放送日は未定です。",
    "TVアニメ「砂時計の騎士」は当初予定していた2027年1月8日から延期となりました。",
])
def test_a_japanese_old_start_date_of_a_delay_is_not_the_date(line):
    body = _html(["<h1>TVアニメ「砂時計の騎士」</h1>", line])
    got = _facts(_page(body, published="2026-11-20", title="砂時計の騎士"), "砂時計の騎士")
    assert not {v for f, k, v in got if f == "release_date" and k == ""}


@pytest.mark.parametrize("text, want", [
    ("Harbor Lane Films has picked up U.S. rights to Reed Anchor. The Chicago-based distributor will open the film on "
     "April 2, 2026.", {("US", "2026-04-02")}),
    ("Reed Anchor has sold widely. In Japan, Shoreline Pictures will release the film on Jan. 16, 2026.",
     {("", "2026-01-16")}),
    ("Reed Anchor has sold widely. Écume Films will release the film in France on March 4, 2026, while Tallow Media has "
     "taken U.K. and Ireland rights and is eyeing a spring 2026 rollout.",
     {("France", "2026-03-04"), ("UK and Ireland", "2026-spring")}),
])
def test_a_trade_story_dates_each_territory_of_the_film(text, want):
    got = _one(text)
    assert {(k, v) for f, k, v in got if f == "release_date"} == want


@pytest.mark.parametrize("text", [
    "Reed Anchor leads Harbor Lane's slate, which also includes the Polish feature “Salt Orchard,” which it will release in May.",
    "Reed Anchor leads the slate; the label has taken UK rights to “Salt Orchard” and is eyeing a spring 2026 rollout.",
])
def test_another_title_in_a_trade_story_keeps_its_own_date(text):
    got = _one(text)
    assert not [v for f, _, v in got if f == "release_date"]


@pytest.mark.parametrize("text", [
    "The sales agent is also handling the studio's next project, “Salt Orchard,” directed by Mina Ostrova.",
    "Reed Anchor's studio also showed “Salt Orchard”, directed by Mina Ostrova, to buyers.",
    "The company also backs the short “Salt Orchard,” written by Mina Ostrova.",
])
def test_a_credit_of_another_quoted_title_is_not_the_staff(text):
    got = _one("Reed Anchor is directed by Tomas Grell. " + text)
    assert ("staff", "director", "Tomas Grell") in got
    assert not [v for f, _, v in got if f == "staff" and v == "Mina Ostrova"]


def test_a_distributor_named_again_by_its_kind_keeps_the_territory_it_acquired():
    got = _one("Kestrel Home has acquired all North American rights to Reed Anchor. The company, a unit of a larger "
               "group, plans to release the film in theaters on May 8, 2026.")
    assert {(k, v) for f, k, v in got if f == "release_date"} == {("North America", "2026-05-08")}


@pytest.mark.parametrize("text, event", [
    ("Reed Anchor will have its world premiere in the Panorama section of the 80th Cannes Film Festival in May.", "Cannes Film Festival"),
    ("Reed Anchor will get its world premiere at the Berlinale in February.", "Berlinale"),
    ("Reed Anchor's sales agent showed a promo reel to buyers at the European Film Market last week.", "European Film Market"),
])
def test_a_festival_or_market_premiere_in_a_trade_story(text, event):
    got = _one(text)
    assert event in {k for f, k, _ in got if f == "premiere_event"}, got


def test_a_promo_reel_of_another_quoted_title_is_no_event():
    got = _one("Reed Anchor opens in May. The agent also showed a promo reel of “Salt Orchard” at the European Film Market.")
    assert not [k for f, k, _ in got if f == "premiere_event"]


@pytest.mark.parametrize("line, kind", [
    ("Pop duo Lanterns wrote and performs the closing theme song, “Low Tide.”", "ending"),
    ("Singer Mara Oyelu performs the end-credits theme song “Low Tide.”", "ending"),
    ("Pop duo Lanterns wrote and performs the theme song, “Low Tide.”", "opening"),
])
def test_a_closing_theme_song_is_the_ending(line, kind):
    got = _one("Reed Anchor premieres in April 2026. " + line)
    assert [k for f, k, v in got if f == "theme_song" and v.startswith("Low Tide")] == [f"{kind} 1"], got


@pytest.mark.parametrize("line, want", [
    ("Reed Anchor's character design was handled by no one yet; Ema Solberg handled character design and served as "
     "animation director.", {("character design", "Ema Solberg"), ("animation director", "Ema Solberg")}),
    ("For Reed Anchor, Ema Solberg took charge of the music.", {("music", "Ema Solberg")}),
])
def test_a_past_tense_duty_credit(line, want):
    got = _one(line)
    assert want <= {(k, v) for f, k, v in got if f == "staff"}, got


@pytest.mark.parametrize("line, studio", [
    ("Produced by Osaka's Hoshizora Animation, Reed Anchor follows a lighthouse keeper.", "Hoshizora Animation"),
    ("Produced by Studio Kaze, Reed Anchor follows a lighthouse keeper.", "Studio Kaze"),
])
def test_produced_by_an_animation_house_is_the_studio(line, studio):
    got = _one(line)
    assert [v for f, _, v in got if f == "studio" and studio.endswith(v)], got   # ("Studio" may be dropped)


def test_produced_by_a_company_without_a_studio_word_is_no_studio():
    got = _one("Produced by Aniplex and Dentsu, Reed Anchor follows a lighthouse keeper.")
    assert not [v for f, _, v in got if f == "studio"]


@pytest.mark.parametrize("text, event", [
    ("Reed Anchor's key staff were announced at the publisher's booth at AnimeJapan 2026 on March 22.", "AnimeJapan 2026"),
    ("The series' second PV premiered during a panel at Anime Expo 2026 in July. Reed Anchor airs in October.", "Anime Expo 2026"),
    ("At the Jump Festa 2027 stage, the cast of Reed Anchor was revealed.", "Jump Festa 2027"),
])
def test_news_revealed_at_a_convention_names_the_event(text, event):
    got = _one(text)
    assert event in {k for f, k, _ in got if f == "premiere_event"}, got


@pytest.mark.parametrize("text", [
    "Reed Anchor's director previously revealed “Salt Orchard” at Anime Expo 2019.",
    "Reed Anchor airs in October. The first season's PV debuted at Anime Expo 2019.",
    "Reed Anchor airs in October. Fans asked whether a PV would be shown at Anime Expo 2026, but none was.",
])
def test_a_past_or_other_reveal_at_a_convention_is_no_event(text):
    got = _one(text)
    assert not [k for f, k, _ in got if f == "premiere_event"], got


@pytest.mark.parametrize("text, want", [
    ("Reed Anchor has been delayed from January to April 2026. It will now debut on April 9.", "2026-04-09"),
    ("Reed Anchor was pushed back from fall 2025 to spring 2026.", "2026-spring"),
])
def test_a_delay_from_one_window_to_another_keeps_the_new_one(text, want):
    got = _one(text)
    assert {v for f, k, v in got if f == "release_date" and k == ""} == {want}


@pytest.mark.parametrize("text", [
    "Reed Anchor has been pushed back from this fall.",
    "Reed Anchor has been delayed from October; a new date will be announced later.",
])
def test_a_delay_without_a_new_date_gives_no_release(text):
    got = _one(text)
    assert not [v for f, k, v in got if f == "release_date"], got


def test_a_lower_case_singer_named_before_the_verb():
    got = _one("Reed Anchor premieres in April 2026. The band Orchid Row performs the opening theme song “Tide Map,” and "
               "singer-songwriter yoruha performs the ending theme song “Paper Moon.”")
    assert ("theme_song", "ending 1", "Paper Moon — yoruha") in got


@pytest.mark.parametrize("text, want", [
    ("at Anime Expo 2024 on July 5", "2024-07-05"),
    ("during AnimeJapan 2025 on March 22, where", "2025-03-22"),
])
def test_a_day_right_after_an_event_year_takes_that_year(text, want):
    from tracker.dates import PartialDate, find_dates
    got = [d.date.iso() for d in find_dates(text, published=PartialDate(2027, 1, 5))]
    assert want in got


@pytest.mark.parametrize("line, want", [
    ("First-time actor Lio Brandt, 12, voices Pim, opposite veteran actor Ada Korhonen as his grandmother Wilma.",
     {("Pim", "Lio Brandt"), ("Wilma", "Ada Korhonen")}),
    ("Mika Sato, 19, plays Rin, with Joel Ek as her older brother Taro.", {("Rin", "Mika Sato"), ("Taro", "Joel Ek")}),
])
def test_cast_with_an_age_aside_and_a_kin_description(line, want):
    got = _one("Reed Anchor opens in May 2026. " + line)
    assert want <= {(k, v) for f, k, v in got if f == "cast"}, got


def test_a_kin_word_without_a_name_is_no_part():
    got = _one("Reed Anchor opens in May 2026. Joel Ek appears as her older brother in a flashback.")
    assert not [k for f, k, _ in got if f == "cast" and k]


def test_a_reveal_at_a_convention_in_may_is_still_an_event():
    got = _one("Reed Anchor's main cast was revealed at Anime Central 2026 on May 16.")
    assert "Anime Central 2026" in {k for f, k, _ in got if f == "premiere_event"}, got


@pytest.mark.parametrize("line", [
    "Reed Anchor was written and directed by Ilse Marrow.",
    "Reed Anchor, directed and written by Ilse Marrow, opens in May.",
])
def test_written_and_directed_by_is_both_credits(line):
    got = _one(line)
    assert {("director", "Ilse Marrow"), ("screenplay", "Ilse Marrow")} <= {(k, v) for f, k, v in got if f == "staff"}


def test_another_titles_cast_revealed_at_a_convention_is_no_event():
    got = _one("Reed Anchor premieres in October. The cast of Salt Orchard was revealed at Anime Expo 2026.")
    assert not [k for f, k, _ in got if f == "premiere_event"], got
    got = _one("The main cast of Reed Anchor was revealed at Anime Expo 2026.")
    assert "Anime Expo 2026" in {k for f, k, _ in got if f == "premiere_event"}, got


@pytest.mark.parametrize("line, want", [
    ("In the U.S., Harbor Lane will release the film on March 6, 2027.", ("US", "2027-03-06")),
    ("In the UK and Ireland, Tallow Media will release the film on April 2, 2027.", ("UK and Ireland", "2027-04-02")),
])
def test_a_territory_leading_a_distributors_release(line, want):
    got = _one("Reed Anchor sold widely at the market. " + line)
    assert {(k, v) for f, k, v in got if f == "release_date"} == {want}


@pytest.mark.parametrize("line", [
    "Ema Solberg handled character design on the first season.",
    "Ema Solberg, who handled character design on Salt Orchard, joins the staff.",
])
def test_a_past_tense_duty_of_an_earlier_or_other_work_is_no_credit(line):
    got = _one("Reed Anchor is directed by Tomas Grell. " + line)
    assert not [v for f, _, v in got if f == "staff" and v == "Ema Solberg"], got


# ====================================================================== an earlier season's credits in a clause of its own
@pytest.mark.parametrize("sentence, kept, dropped", [
    ("Season 1 was made at Studio Harrow with Kenji Amarume directing, so both changed.", [], ["Kenji Amarume", "Studio Harrow"]),
    ("Moonwell Patisserie Season 1 was directed by Kenji Amarume, while the new season is directed by Saori Hanabusa.",
     ["Saori Hanabusa"], ["Kenji Amarume"]),
    ("The first season was directed by Kenji Amarume and animated by Studio Harrow.", [], ["Kenji Amarume", "Studio Harrow"]),
    ("Season 1 of Moonwell Patisserie was directed by Kenji Amarume and animated by Studio Harrow, whereas season 2 is "
     "directed by Saori Hanabusa and animated by Pinecone Works.", ["Saori Hanabusa", "Pinecone Works"], ["Kenji Amarume", "Studio Harrow"]),
    ("The previous season had Kenji Amarume as director and Rio Tachibana writing the scripts.", [], ["Kenji Amarume", "Rio Tachibana"]),
    ("S1 was helmed by Kenji Amarume; this time Saori Hanabusa is directing.", ["Saori Hanabusa"], ["Kenji Amarume"]),
    # negative cases: a credit carried over, and this season's own clause
    ("The first season was directed by Kenji Amarume, who returns to direct the new one.", ["Kenji Amarume"], []),
    ("Season 2 is directed by Saori Hanabusa and animated by Pinecone Works.", ["Saori Hanabusa", "Pinecone Works"], []),
])
def test_an_earlier_seasons_clause_gives_no_credits(sentence, kept, dropped):
    page = _page(_html(["Moonwell Patisserie Season 2 premieres in April 2027.", sentence]), title="Moonwell Patisserie Season 2 news")
    values = {v for _, _, v in _facts(page, "Moonwell Patisserie Season 2", "Moonwell Patisserie")}
    assert set(kept) <= values
    assert not set(dropped) & values


# ====================================================================== a quoted performer, another title's service
@pytest.mark.parametrize("sentence", [
    "『星霜ランタン』のエンディングテーマはロックバンド「ハルカゼ」が担当することが決まった。曲名は未定。",
    "『星霜ランタン』のオープニングテーマは、女性デュオ『ミナモ』が歌う。",
    "『星霜ランタン』のエンディングテーマは「ハルカゼ」が担当し、タイトルは後日発表される。",
])
def test_a_quoted_performer_is_no_song_title(sentence):
    page = _page(_html([sentence]), title="星霜ランタン ニュース")
    facts = _facts(page, "星霜ランタン")
    assert not {f for f in facts if f[0] == "theme_song"}


def test_a_chosen_quoted_song_stays_a_song():
    page = _page(_html(["『星霜ランタン』のエンディングテーマは、灯野ミオの新曲「風見鶏のうた」に決定した。"]), title="星霜ランタン ニュース")
    themes = {v for f, _, v in _facts(page, "星霜ランタン") if f == "theme_song"}
    assert any(v.startswith("風見鶏のうた") for v in themes)


@pytest.mark.parametrize("sentence, service", [
    ("『北風の手紙』『砂時計の庭』はU-NEXTで見放題配信中!無料トライアルあり。", "U-NEXT"),
    ("「北風の手紙」もdアニメストアにて独占配信中。", "dアニメストア"),
])
def test_another_titles_service_in_a_box_is_not_this_works(sentence, service):
    page = _page(_html(["『星霜ランタン』は2027年4月より放送開始。", sentence]), title="星霜ランタン ニュース")
    assert not {f for f in _facts(page, "星霜ランタン") if f[0] == "streaming" and service in f[2]}


def test_this_works_own_quoted_title_keeps_its_service():
    page = _page(_html(["『星霜ランタン』はNetflixにて世界独占配信される。"]), title="星霜ランタン ニュース")
    assert any(f[0] == "streaming" and "Netflix" in f[2] for f in _facts(page, "星霜ランタン"))


def _fixture_lines():
    from pathlib import Path

    from bs4 import BeautifulSoup

    from tracker.fetch import decode_body

    fixtures = Path(__file__).resolve().parent.parent / "fixtures"
    for html in sorted(fixtures.rglob("*.html")):
        text = BeautifulSoup(decode_body(html.read_bytes(), "text/html")[0], "html.parser").get_text("\n")
        yield from filter(None, (" ".join(t.split()) for t in text.split("\n")))


def test_staff_pattern_prechecks_pass_every_fixture_line_their_pattern_matches():
    """_PRED_GUARDS and _PRED_VERBS are pre-checks kept in step with _PRED by hand, position by position: a
    pattern extended without its words would silently read fewer credits. On every line of every fixture
    page, a pattern that matches must pass its own pre-check (and some lines must match, or this proves nothing)."""
    from tracker.extract.prose import _PRED, _PRED_GUARD_WORDS, _PRED_GUARDS, _PRED_VERBS, _may_hold

    matched = 0
    for line in _fixture_lines():
        present = {g for g in _PRED_GUARD_WORDS if g in line.lower()}
        for n, ((rx, _roles), guard, verbs) in enumerate(zip(_PRED, _PRED_GUARDS, _PRED_VERBS)):
            if rx.search(line):
                matched += 1
                assert not present.isdisjoint(guard), (n, line)
                assert not verbs or _may_hold(line, verbs), (n, line)
    assert matched >= 20


def test_other_prechecks_pass_every_fixture_line_their_pattern_matches():
    """The word pre-checks in front of slow patterns, each held against its pattern on every fixture line."""
    from tracker.extract import prose as p
    from tracker.normalize import may_contain_i

    pairs = {
        "_NEG": (p._NEG, p._may_negate),
        "_OTHER_PRODUCTION": (p._OTHER_PRODUCTION, lambda t: may_contain_i(t, p._OTHER_PRODUCTION_WORDS)),
        "_IS_ROLE": (p._IS_ROLE, lambda t: may_contain_i(t, p._ROLE_TOKENS)),
        "_INSERT1": (p._INSERT1, lambda t: may_contain_i(t, ("song",))),
        "_INSERT2": (p._INSERT2, p._may_insert2),
        "_INSERT3": (p._INSERT3, lambda t: may_contain_i(t, ("soundtrack", "score", "ost"))),
        "_INSERT4": (p._INSERT4, lambda t: may_contain_i(t, ("soundtrack", "score", "ost", "music"))),
        "_FULL_TRAILER": (p._FULL_TRAILER, lambda t: may_contain_i(t, ("trailer",))),
        "_UNNUM_VIDEO": (p._UNNUM_VIDEO, lambda t: may_contain_i(t, p._UNNUM_VIDEO_WORDS)),
        "_TRAILER": (p._TRAILER, lambda t: p._ANY_DIGIT.search(t) is not None or may_contain_i(t, p._ORD_SPELLED)),
        "_EPISODES": (p._EPISODES, lambda t: may_contain_i(t, p._EPISODES_WORDS)),
        "_SCREENED_HERE": (p._SCREENED_HERE, lambda t: may_contain_i(t, ("screening",))),
    }
    matched = dict.fromkeys(pairs, 0)
    for line in _fixture_lines():
        for name, (rx, may_match) in pairs.items():
            if rx.search(line):
                matched[name] += 1
                assert may_match(line), (name, line)
    assert sum(1 for n in matched.values() if n) >= 8, matched


def test_name_gap_matches_what_the_one_character_class_did():
    """_NAME_GAP's single-character alternatives (split so re compiles them cheaply) match exactly the
    characters of the class [\\s\\u3000:：\\-–] it replaced, under re.IGNORECASE, and still match 『…』の."""
    import re

    from tracker.extract import prose as p

    old = re.compile(r"[\s\u3000:：\-–]", re.I)
    step = r"(?:[\s:\-]|[–：]|(?!))"
    assert step + "*" in p._NAME_GAP
    new = re.compile(step, re.I)
    assert [c for c in map(chr, range(0x110000)) if bool(old.fullmatch(c)) != bool(new.fullmatch(c))] == []
    rx = re.compile(p._name_pattern("灰かぶりの魔導書店 第2期"), re.I)
    for text in ("灰かぶりの魔導書店 第2期", "『灰かぶりの魔導書店』第2期", "『灰かぶりの魔導書店』の第2期", "灰かぶりの魔導書店：　–第2期"):
        assert rx.search(text), text
    assert not rx.search("灰かぶりの魔導書店・第2期")


def test_insert2_precheck_passes_its_matches():
    """_may_insert2 (no fixture line holds an _INSERT2 match) is True on sentences _INSERT2 matches, whatever their case."""
    from tracker.extract import prose as p

    for text in ('Another track heard in the film, from its original soundtrack: "Night Drive".',
                 "The songs FEATURED IN the show's OST: Blue Hour.",
                 "A song used in the score: “Lantern”, sung by Mio.",
                 "Tracks included in the Soundtrack： 「灯火」"):
        assert p._INSERT2.search(text), text
        assert p._may_insert2(text), text
    assert not p._may_insert2("The opening song is by Mio.")


def test_trailer_first_letter_lookahead_and_month_hint_boundary_keep_their_matches():
    """_TRAILER's first-letter lookahead lets through every character its alternatives can start with (over
    all of Unicode under re.I), and _MONTH_HINT, its word boundary asked after the month's letters, finds what
    \\b(?:Jan|…) found."""
    import itertools
    import re

    from tracker.extract import prose as p

    firsts = re.compile(r"(?:f|s|t|e|n|p|\d)", re.I)   # first letters of _ORD's and _TRAILER_KIND's words; \d+st
    ahead = re.compile(r"[fstenp\d]", re.I)
    assert p._TRAILER.pattern.startswith(r"(?=[fstenp\d])")
    assert [c for c in map(chr, range(0x110000)) if bool(firsts.fullmatch(c)) != bool(ahead.fullmatch(c))] == []
    old = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)")
    for parts in itertools.product(["", "x", "1", " ", "-", "_", "é", "Jan", "Dec", "Ja"], repeat=4):
        s = "".join(parts)
        assert [m.span() for m in p._MONTH_HINT.finditer(s)] == [m.span() for m in old.finditer(s)], s
    assert p._TRAILER.search("the second official trailer").group("ord") == "second"
    assert p._TRAILER.search("Teaser PV #2").group("num") == "2"


def test_first_letter_lookaheads_let_through_every_first_character():
    """A lookahead class in front of a case-insensitive pattern lets through every character (over all of
    Unicode, under re.I) that one of the pattern's alternatives can start with."""
    import re

    from tracker.extract import _REVEAL
    from tracker.extract import prose as p

    cases = [  # (pattern, its lookahead class, the first literals of its alternatives)
        (p._FULL_TRAILER, "[ati’']", "a|t|i|’|'"),
        (p._OVER_CREDITS, "[prbiu]", "p|r|b|i|u"),
        (_REVEAL, "[解公お披初rudlwi]", "解|公|お|披|初|r|u|d|l|w|i"),
        (p._PREV_SEASON, "[fpleos1第前一]", "f|p|l|e|o|s|S|1|第|前|一"),
        (p._INSERT4, f"[so{p._Q_OPEN}]", f"s|o|[{p._Q_OPEN}]"),
    ]
    for rx, cls, firsts in cases:
        assert rx.pattern.startswith(f"(?={cls})"), rx.pattern[:40]
        ahead, first = re.compile(cls, re.I), re.compile(f"(?:{firsts})", re.I)
        assert [c for c in map(chr, range(0x110000)) if first.fullmatch(c) and not ahead.fullmatch(c)] == [], cls
    for rx in (p._CAST3, p._DUTY_GERUND):   # (case-sensitive: a capitalised name first; 'with' for _DUTY_GERUND)
        assert rx.pattern.startswith(f"(?=[{'w' if rx is p._DUTY_GERUND else ''}{p._UP}])")
        assert re.match(r"\(\?:\(\?:Mr\|", p._CHAR) and all(t[0] in "MDPSL" for t in "Mr|Mrs|Ms|Dr|Prof|Sir|Lady|Lord|St".split("|"))
        assert p._WORD.startswith(f"[{p._UP}]") and p._PERSON.startswith(p._WORD)
    assert p._FULL_TRAILER.search("the film's new full trailer") and p._OVER_CREDITS.search("it plays over the end credits")
    assert _REVEAL.search("PVが公開") and _REVEAL.search("the teaser is now out")
