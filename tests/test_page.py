"""tracker.page: chrome removal, display lines, head data, health problems and season-list splitting.

Every page here is synthetic and written for these tests (invented sites, titles and people).
"""
from __future__ import annotations

import time

from tracker.model import Work
from tracker.page import Page


def page(html: str, url: str = "https://example.test/a") -> Page:
    return Page(url, html.encode("utf-8"))


NEWS = """<!doctype html><html><head>
<title>Lantern Keeper anime: premiere month, cast and studio | PopReel</title>
<meta name="description" content="Everything announced so far about the Lantern Keeper TV anime.">
<meta property="article:published_time" content="2024-11-02T09:00:00Z">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[
  {"@type":"NewsArticle","headline":"Lantern Keeper anime","datePublished":"2024-11-02"},
  {"@type":"BreadcrumbList","itemListElement":[]}]}</script>
<script type="application/ld+json">{ this is not json </script>
</head><body>
<header class="site-header"><nav><a href="/">Home</a><a href="/anime">Anime</a></nav></header>
<div class="ticker">Breaking: Moss Garden season 3 dated for March 3, 2025</div>
<div id="content-zone" class="news-article">
  <h1>Lantern Keeper anime: premiere month, cast and studio</h1>
  <p class="byline">By Ada Quill · Nov 2, 2024</p>
  <p>The TV anime of Lantern Keeper premieres in January 2025 on Tokyo MX.</p>
  <ul><li>Director: Kaede Minase</li><li>Music: Oboro Sound</li></ul>
  <figure><img src="/kv.jpg" alt="Lantern Keeper key visual"><figcaption>The first key visual.</figcaption></figure>
  <p>A second paragraph about the <a href="/people/12">director</a> and her staff, long enough to read like an article body.</p>
</div>
<aside class="sidebar"><h3>Trending</h3><ul><li>Moss Garden S3 premieres March 3</li></ul></aside>
<div class="related-posts"><h3>Related</h3>
  <ul><li><a href="/news/2024/10/30/moss-garden">Moss Garden dated</a></li>
      <li><a href="/news/2024/10/29/iron-tea">Iron Tea gets film</a></li>
      <li><a href="/news/2024/10/28/kite-city">Kite City cast</a></li>
      <li><a href="/news/2024/10/27/ember">Ember Road trailer</a></li></ul></div>
<div id="comments"><p>user1: is Studio Rivet animating Moss Garden too?</p></div>
<footer><p>© PopReel. Studio names are trademarks.</p></footer>
</body></html>"""


def test_chrome_is_removed_and_the_article_kept():
    p = page(NEWS)
    text = "\n".join(p.blocks())
    assert "premieres in January 2025" in text
    assert "Director: Kaede Minase" in text
    for chrome in ("Moss Garden", "Iron Tea", "Studio Rivet", "Trending", "PopReel"):
        assert chrome not in text, chrome


def test_an_article_wrapper_with_a_chrome_looking_class_survives():
    # "news-article" contains the word "news", which marks tickers elsewhere: the content guard keeps it
    p = page(NEWS)
    assert p.main.find("h1") is not None


def test_head_data_meta_jsonld_published():
    p = page(NEWS)
    assert p.title.startswith("Lantern Keeper anime")
    assert p.meta["description"][0].startswith("Everything announced")
    types = {o.get("@type") for o in p.jsonld}
    assert "NewsArticle" in types and "BreadcrumbList" in types   # @graph flattened, broken block skipped
    assert p.published.iso() == "2024-11-02"


def test_lines_keep_image_alts_and_mark_headings():
    html = """<html><body><main>
      <h2 class="ttl"><img src="t.png" alt="STAFF"></h2>
      <ul><li><img src="1.png" alt="監督：白河ゆう"></li><li><img src="2.png" alt="音楽：潮見リク"></li></ul>
      <h4 class="name"><img src="c.png" alt="ミナト"></h4><p><span class="cv">CV.</span>青葉しずく</p>
      <p>一行目<br>二行目</p>
    </main></body></html>"""
    lines = page(html).lines()
    texts = [(l.kind, l.text) for l in lines]
    assert ("heading", "STAFF") in texts
    assert ("alt", "監督:白河ゆう") in texts          # NFKC: full-width colon folded
    assert ("heading", "ミナト") in texts
    assert ("text", "CV.青葉しずく") in texts
    assert ("text", "一行目") in texts and ("text", "二行目") in texts


def test_adjacent_inline_elements_do_not_run_together():
    html = "<html><body><div class='card'><span class='role'>Producer</span><a href='/people/1'>Tanaka, Mio</a></div></body></html>"
    assert page(html).lines()[0].text == "Producer Tanaka, Mio"


def test_database_infobox_is_kept_but_lists_of_other_titles_go():
    html = """<html><body><div id="content">
      <h1>Paper Comet</h1>
      <div class="leftside"><h2>Information</h2>
        <div><span>Aired:</span> Apr 5, 2025 to ?</div>
        <div><span>Studios:</span> <a href="/anime/producer/77/Hoshiboshi">Hoshiboshi</a></div></div>
      <div class="seasonal"><h2>Spring 2025 Anime</h2><ul>
        <li><a href="/anime/9001/Cloud_Diver">Cloud Diver</a></li><li><a href="/anime/9002/Tin_Saint">Tin Saint</a></li>
        <li><a href="/anime/9003/Glass_Owl">Glass Owl</a></li><li><a href="/anime/9004/Salt_Road">Salt Road</a></li>
        <li><a href="/anime/9005/Blue_Kiln">Blue Kiln</a></li></ul></div>
    </div></body></html>"""
    text = "\n".join(l.text for l in page(html).lines())
    assert "Aired: Apr 5, 2025 to ?" in text and "Hoshiboshi" in text
    assert "Cloud Diver" not in text and "Salt Road" not in text


def test_problem_maintenance_login_and_empty():
    maint = "<html><head><title>メンテナンス中</title></head><body><p>ただいまメンテナンス中です。しばらくお待ちください。</p></body></html>"
    assert page(maint).problem() == "maintenance page"
    login = "<html><body><form><p>Please log in to continue reading.</p></form><p>Please log in to continue.</p></body></html>"
    assert page(login).problem() == "login wall"
    assert page("<html><body><script>var a=1</script></body></html>").problem() == "no main content"
    assert page(NEWS).problem() is None


def test_a_thin_official_top_page_with_meta_is_healthy():
    html = """<html><head><meta name="description" content="TVアニメ「ほしのうみ」2025年7月より放送開始"></head>
      <body><div class="kv"><img src="kv.jpg" alt="ほしのうみ"></div></body></html>"""
    assert page(html).problem() is None


SEASON = """<html><head><title>2025年夏の新作アニメまとめ</title></head><body>
<div class="entry">
<p>今期の注目作を紹介します。</p>
<h2><a href="https://hoshi.example/">ほしのうみ</a></h2>
<p>・放送情報<br>ＴＯＫＹＯ　ＭＸ：7/6(日) 24:00～</p>
<p>監督：白河ゆう<br>アニメーション制作：スタジオ千鳥</p>
<h2><a href="https://kaze.example/">風見鶏のレシピ 第２期</a></h2>
<p>NHK総合：7/9(水) 18:25～</p>
<p>監督：早瀬かなめ<br>アニメーション制作：ランタン工房</p>
<h2><a href="https://tsuki.example/">月夜のポスト</a></h2>
<p>BS11：7/10(木) 23:00～</p>
</div></body></html>"""


def test_for_work_cuts_a_season_list_at_the_headings():
    p = page(SEASON)
    scoped = p.for_work(Work("Kazamidori no Recipe", aliases=("風見鶏のレシピ",)))
    assert scoped is not None and scoped.multi_work
    text = "\n".join(l.text for l in scoped.lines())
    assert "早瀬かなめ" in text and "ランタン工房" in text
    assert "白河ゆう" not in text and "BS11" not in text


def test_for_work_matches_nfkc_and_returns_none_when_absent():
    p = page(SEASON)
    scoped = p.for_work(Work("ＨＯＳＨＩ", aliases=("ほしのうみ",)))
    assert scoped is not None and "白河ゆう" in "\n".join(l.text for l in scoped.lines())
    assert page(SEASON).for_work(Work("Nowhere Express", aliases=("どこにも行かない急行",))) is None


def test_for_work_keeps_a_single_work_article_whole():
    html = """<html><head><title>Ember Road: everything we know</title></head><body><article>
      <h1>Ember Road: everything we know</h1>
      <h2>When does Ember Road come out?</h2><p>In April 2025.</p>
      <h2>Who is in the Ember Road cast?</h2><p>Mei Kuroda as Ash.</p>
      <h2>Is there an Ember Road trailer?</h2><p>Yes.</p></article></body></html>"""
    p = page(html)
    assert p.for_work(Work("Ember Road")) is p


def test_videos_are_canonical_with_labels_and_nearby_dates():
    html = """<html><body><main><h2>MOVIE</h2><ul>
      <li><a class="js-modal-yt" href="https://youtu.be/AbCdEfGhIj1"><img src="t1.jpg" alt="ティザーPV"></a>
          <p>ティザーPV<span>2024.10.01公開</span></p></li>
      <li><div class="thumb" data-id="https://www.youtube.com/embed/AbCdEfGhIj2" data-title="PV 2"></div></li>
    </ul><iframe src="https://www.youtube-nocookie.com/embed/AbCdEfGhIj2"></iframe></main></body></html>"""
    vids = page(html).videos()
    assert [v.url for v in vids] == ["https://www.youtube.com/watch?v=AbCdEfGhIj1",
                                     "https://www.youtube.com/watch?v=AbCdEfGhIj2"]
    assert vids[0].label == "ティザーPV" and "2024.10.01" in vids[0].near
    assert vids[1].label == "PV 2" and vids[1].context == "MOVIE"


def test_parse_time_of_a_large_page_is_reasonable():
    rows = "".join(f"<li><a href='/anime/{i}/x'>Other show {i}</a> <span>{i} members</span></li>" for i in range(1500))
    paras = "".join(f"<p>Paragraph {i} of the article body with some words.</p>" for i in range(400))
    html = f"<html><body><article><h1>Big</h1>{paras}</article><div class='ranking'><ul>{rows}</ul></div></body></html>"
    t0 = time.perf_counter()
    p = page(html)
    p.lines()
    p.blocks()
    elapsed = time.perf_counter() - t0
    assert "Other show" not in "\n".join(p.blocks())
    assert elapsed < 3.0, elapsed   # ~0.1 s here; a generous bound for loaded CI machines


def test_a_news_article_body_on_an_official_site_is_content_not_a_news_list():
    from tracker.page import Page

    html = """<html><body><header><ul class="gnav"><li><a href="/news/">NEWS</a></li></ul></header>
    <main class="l-main"><div class="p-news-detail"><h2 class="p-news-detail__ttl">放送開始日決定！</h2>
    <div class="p-news-detail__body"><p>TVアニメ「星灯り」は2027年1月9日より放送開始！</p></div></div>
    <ul class="news-list"><li><a href="/news/1.html">2026.10.01 キャスト解禁</a></li>
    <li><a href="/news/2.html">2026.09.01 PV公開</a></li></ul></main></body></html>"""
    text = " ".join(line.text for line in Page("http://x/news/3.html", html).lines())
    assert "2027年1月9日より放送開始" in text
    assert "キャスト解禁" not in text  # the list of other news items is still chrome


POST_LIST = """<html><head><title>NEWS | TVアニメ『月影の灯台守』公式サイト</title></head><body><header><nav class="gnav"><a href="/news/">NEWS</a></nav></header>
<div id="wrapper"><h1>NEWS</h1>
<div class="news-container"><ul class="news-tabs"><li><a href="/news/">ALL</a></li>
  <li><a href="/news/c/info/">INFO</a></li><li><a href="/news/c/cast/">CAST</a></li>
  <li><a href="/news/c/music/">MUSIC</a></li></ul>
<div class="news-posts">
 <article class="post"><time datetime="2030-03-02">2030.03.02</time><h2>放送開始日のお知らせ</h2>
  <p>TVアニメ『月影の灯台守』は2030年7月5日より毎週金曜深夜に放送いたします。放送局は後日改めて発表します。</p>
  <p>放送開始に先立ち、第1話の先行上映会の開催も予定しております。詳細は決まり次第、公式サイトおよび公式SNSにてお知らせいたします。
  今後とも『月影の灯台守』をよろしくお願いいたします。皆様の応援をスタッフ一同心よりお待ちしております。放送まで今しばらくお待ちください。</p></article>
 <article class="post"><time datetime="2030-02-10">2030.02.10</time><h2>スタッフ発表</h2>
  <p>監督：森川ユウキ<br>シリーズ構成：日向ミチル<br>音楽：水無瀬カイト<br>アニメーション制作：スタジオ・ミナト</p>
  <p>以上のスタッフで制作を進めております。キャラクターデザインの設定画やスタッフからのコメントも、
  順次この公式サイトにて公開してまいります。放送時期や放送局などの続報は、決まり次第お知らせいたしますので、
  どうぞお楽しみにお待ちください。引き続き『月影の灯台守』をよろしくお願いいたします。</p></article>
</div></div>
<aside class="news-side"><p>放送情報はこちら</p></aside></div></body></html>"""


def test_a_chrome_named_wrapper_around_the_content_is_kept():
    # "news-container" and "news-posts" both look like a news list; the posts hold most of the page, and
    # the wrapper around them must not take them away
    text = "\n".join(line.text for line in page(POST_LIST).lines())
    assert "2030年7月5日より" in text
    assert "監督:森川ユウキ" in text.replace(" ", "")
    assert "放送情報はこちら" not in text          # the aside is still chrome


def test_several_sibling_posts_are_all_the_content():
    # an official site's NEWS page: each dated post is content, not only the first <article>
    p = page(POST_LIST)
    texts = [line.text for line in p.lines()]
    assert any("放送開始日のお知らせ" in t for t in texts)
    assert any("スタッフ発表" in t for t in texts)


def test_a_single_article_with_short_teaser_cards_is_still_the_main():
    html = """<html><body><article><h1>Tidewater Saga dated</h1><p>""" + "The series premieres in spring. " * 12 + \
        """</p></article><div><article><a href="/x">Other show teaser</a></article>
        <article><a href="/y">Another teaser</a></article></div></body></html>"""
    p = page(html)
    assert p.main.name == "article" and "Other show" not in p.main.get_text()


def test_a_video_takes_its_date_from_its_own_card_only():
    html = """<html><body><main><h2>Videos</h2><div class="row">
      <a href="https://www.youtube.com/embed/QwErTyUiOp1" title="Teaser"><span>Teaser</span><span>Feb 2, 2031</span></a>
      <a href="https://www.youtube.com/embed/QwErTyUiOp2" title="PV 1"><span>PV 1</span><span>May 9, 2031</span></a>
    </div></main></body></html>"""
    vids = page(html).videos()
    assert [v.label for v in vids] == ["Teaser", "PV 1"]
    assert "Feb 2, 2031" in vids[0].near and "May" not in vids[0].near
    assert "May 9, 2031" in vids[1].near and "Feb" not in vids[1].near


def test_a_player_takes_the_caption_beside_it_and_the_thumbnail_of_the_same_video():
    html = """<html><body><main><section><h2>MOVIE</h2>
      <div class="player-box"><div class="frame"><iframe src="https://www.youtube.com/embed/ZxCvBnMaSd1" title="本PV"></iframe></div>
        <p class="cap">本PV(2031.04.01公開)</p></div>
      <div class="player-box"><div class="frame"><iframe src="https://www.youtube.com/embed/ZxCvBnMaSd2" title="PV第2弾"></iframe></div></div>
      <ul class="thumbs"><li data-ytid="ZxCvBnMaSd2"><img src="t.jpg" alt=""><p>PV第2弾<br><time>2031.06.20</time></p></li>
        <li data-youtube-id="ZxCvBnMaSd3"><p>特報<br><time>2030.12.24</time></p></li></ul>
    </section></main></body></html>"""
    vids = page(html).videos()
    by_id = {v.url[-11:]: v for v in vids}
    assert set(by_id) == {"ZxCvBnMaSd1", "ZxCvBnMaSd2", "ZxCvBnMaSd3"}
    assert "2031.04.01" in by_id["ZxCvBnMaSd1"].near
    assert by_id["ZxCvBnMaSd2"].label == "PV第2弾" and "2031.06.20" in by_id["ZxCvBnMaSd2"].near
    assert "2030.12.24" in by_id["ZxCvBnMaSd3"].near
    assert "2031" not in by_id["ZxCvBnMaSd2"].near.replace("2031.06.20", "")


def test_lists_under_a_more_to_read_heading_are_chrome():
    html = """<html><body><main><h1>Duskwood Harbor gets a second cour</h1>
    <p>The second cour of Duskwood Harbor begins in October 2031 on a late-night slot, the studio said today.</p>
    <h3>Other stories from Pebblestone Media</h3>
    <ul><li><a href="/pr/2031-05-01-glass-fox">"Glass Fox" film opens May 2, 2031; Rin Oda voices the fox</a></li>
        <li><a href="/pr/2031-04-11-iron-tea">"Iron Tea" Blu-ray box ships in June</a></li></ul>
    <h2>You might also like</h2>
    <ul class="cards"><li><a href="/t/88">Moss Garden</a> — TV, Apr 2030, Studio Kettle, Aki Mori as Pell</li></ul>
    <h3>Related</h3>
    <p>The original novels by the same author are published in English by a small press; this note is prose.</p>
    </main></body></html>"""
    text = "\n".join(line.text for line in page(html).lines())
    assert "October 2031" in text
    for chrome in ("Glass Fox", "Iron Tea", "Moss Garden", "Other stories", "You might also like"):
        assert chrome not in text, chrome
    assert "this note is prose" in text      # a prose paragraph under such a heading is not a link list


def test_a_box_with_its_own_heading_ends_the_more_to_read_run():
    # a database page: "Related Titles" (links) is chrome, the credits box after it (also links) is content
    html = """<html><body><div id="content"><h2>Related Titles</h2>
    <table><tr><td>Sequel:</td><td><a href="/t/91/Fern_Hollow_2">Fern Hollow 2</a></td></tr></table>
    <div class="credits-box"><h2>Characters &amp; Voice Actors</h2>
      <table><tr><td><a href="/character/5/Tamsin">Tamsin</a></td><td><a href="/people/7/Oda_Rin">Oda, Rin</a></td></tr></table>
    </div></div></body></html>"""
    text = "\n".join(line.text for line in page(html).lines())
    assert "Fern Hollow 2" not in text
    assert "Tamsin" in text and "Oda, Rin" in text


OFFICIAL_TOP = """<html><head><title>TVアニメ「{t}」公式サイト</title></head><body>
<header><nav><a href="/">TOP</a><a href="/news/">NEWS</a></nav></header>
<section class="top-news"><h2>NEWS</h2><ul class="top-news__list">
 <li><time>2031.02.01</time><span>EVENT</span><a href="/news/?id=9">"{t}" first-episode preview screening on March 3, 2031</a></li>
 <li><time>2031.01.20</time><span>CAST</span><a href="/news/?id=8">Additional cast announced</a></li>
 <li><time>2031.01.05</time><span>MUSIC</span><a href="/news/?id=7">Opening theme artist revealed</a></li>
 <li><time>2030.12.24</time><span>INFO</span><a href="/news/?id=6">Key visual released</a></li></ul></section>
<section class="story"><h2>STORY</h2><p>A clockmaker's apprentice repairs the town's broken bell tower and finds a door in it.
 Behind the door lies a second town where every clock runs backwards, and the apprentice must set them right
 before the winter festival, or the two towns will trade places for good.</p></section>
<div class="sidebar"><p>Follow us</p></div></body></html>"""


def test_an_official_sites_own_news_list_is_content():
    # on a work's official site every headline is about that work ("news" in a class is not chrome there)
    text = "\n".join(line.text for line in page(OFFICIAL_TOP.format(t="Bell Tower Door")).lines())
    assert 'EVENT "Bell Tower Door" first-episode preview screening' in text
    assert "Follow us" not in text


def test_a_news_list_on_a_news_site_is_still_chrome():
    html = OFFICIAL_TOP.format(t="Bell Tower Door").replace("TVアニメ「Bell Tower Door」公式サイト", "AnimeBeat: anime news")
    text = "\n".join(line.text for line in page(html).lines())
    assert "preview screening" not in text and "clockmaker" in text


def test_inline_spacing_before_a_quote_only_when_an_element_opens_with_it():
    html = """<html><body><main><p><span>NEWS</span><a href="/n/1">"Fox Lantern" dated</a></p>
    <p>Author <b>Mio Sato</b>'s novel "<i>Fox Lantern</i>" is adapted.</p></main></body></html>"""
    texts = [line.text for line in page(html).lines()]
    assert 'NEWS "Fox Lantern" dated' in texts
    assert 'Author Mio Sato\'s novel "Fox Lantern" is adapted.' in texts


# ---------------------------------------------------------------------- JSON-LD (tracker/extract/jsonld.py)
def test_jsonld_parent_series_of_a_tracked_season_gives_no_dates_or_counts():
    from tracker.extract.jsonld import JsonldExtractor

    html = """<html><head><title>Amber Kite Season 2 news</title><script type="application/ld+json">
    {"@context":"https://schema.org","@type":"TVSeries","name":"Amber Kite","startDate":"2029-04-06",
     "numberOfEpisodes":12,"director":{"@type":"Person","name":"Sora Kimura"},
     "trailer":{"@type":"VideoObject","name":"PV 1","url":"https://www.youtube.com/watch?v=AaBbCcDdEe1"}}
    </script></head><body><p>Amber Kite Season 2 returns next year.</p></body></html>"""
    facts = JsonldExtractor().extract(page(html), Work("Amber Kite Season 2"))
    fields = {(f.field, f.value) for f in facts}
    assert ("staff", "Sora Kimura") in fields
    assert not [f for f in facts if f.field in ("release_date", "episodes", "trailer")]
    # the same object read for the series itself keeps its date
    same = JsonldExtractor().extract(page(html), Work("Amber Kite"))
    assert ("release_date", "2029-04-06") in {(f.field, f.value) for f in same}


def test_jsonld_a_season_object_named_with_its_season_is_read_whole():
    from tracker.extract.jsonld import JsonldExtractor

    html = """<html><head><script type="application/ld+json">
    {"@context":"https://schema.org","@type":"TVSeason","name":"Amber Kite 第2期","startDate":"2030-10"}
    </script></head><body><p>Amber Kite 第2期</p></body></html>"""
    facts = JsonldExtractor().extract(page(html), Work("Amber Kite 第2期"))
    assert [(f.field, f.value) for f in facts] == [("release_date", "2030-10")]


# ---------------------------------------------------------------------- merge (tracker/extract/__init__.py)
def _extract_html(html: str, title: str):
    from tracker.extract import extract
    from tracker.model import Fetched

    f = Fetched(url="http://x.test/", final_url="http://x.test/", status=200, headers={}, body=html.encode(),
                text=html, content_type="text/html", charset="utf-8")
    return extract(f, Work(title)).facts


def test_merge_a_delay_notice_beats_a_schedule_still_showing_the_old_date():
    html = """<html><head><title>TVアニメ『霧笛の灯台』公式サイト</title></head><body><main>
    <h2>ON AIR</h2><dl><dt>放送開始</dt><dd>2031年1月</dd></dl>
    <h2>NEWS</h2><p>2031年1月より放送を予定しておりましたTVアニメ『霧笛の灯台』は、制作上の都合により2031年4月に放送を延期いたします。</p>
    </main></body></html>"""
    dates = [f.value for f in _extract_html(html, "霧笛の灯台") if f.field == "release_date" and not f.key]
    assert dates == ["2031-04"]


def test_merge_without_a_change_notice_the_structured_value_still_wins():
    from tracker.extract import merge
    from tracker.model import Fact

    table = Fact("release_date", "", "2031-01", "Premiere: January 2031", "month")
    prose = Fact("release_date", "", "2031-04", "Fans hope to see it by April 2031.", "month")
    moved = Fact("release_date", "", "2031-04", "The anime has been postponed to April 2031.", "month")
    assert [f.value for f in merge([[table], [prose]])] == ["2031-01"]
    assert [f.value for f in merge([[table], [moved]])] == ["2031-04"]
    # a more precise date that agrees still refines, a change notice of a coarser agreeing date does not
    day = Fact("release_date", "", "2031-04-07", "Premiere: April 7, 2031", "day")
    assert [f.value for f in merge([[day], [moved]])] == ["2031-04-07"]



def test_merge_a_date_read_as_the_replaced_one_of_a_change_notice_gives_way_to_the_new_one():
    from tracker.extract import merge
    from tracker.model import Fact

    def merged(value: str, evidence: str) -> list[str]:
        return [f.value for f in merge([[Fact("release_date", "", value, evidence, None)]])]

    # the old date of the notice, in its Japanese and English markings, is restated as the new one
    assert merged("2031-01-10", "TVアニメ「灯台守」の放送開始が、当初予定していた2031年1月10日から延期されることに"
                                "なりました。新しい放送開始日は2031年4月5日です。") == ["2031-04-05"]
    assert merged("2031-10", "当初2031年10月に放送を予定しておりましたが、制作上の都合により2032年1月へ変更となりました。"
                  ) == ["2032-01"]
    assert merged("2031-01", "当初2031年1月の予定だった放送開始を、2031年4月に延期します。") == ["2031-04"]
    assert merged("2031-01-10", "The premiere, originally set for January 10, 2031, has been postponed to April 5, "
                                "2031.") == ["2031-04-05"]
    assert merged("2031-02-03", "It was originally slated to premiere on February 3, 2031 before it was delayed; it "
                                "will now air on March 3, 2031.") == ["2031-03-03"]
    assert merged("2031-01", "Production delays moved the premiere from January 2031 to April 2031.") == ["2031-04"]
    # a notice without a new date states no date
    assert merged("2031-07", "The second half has been delayed from July 2031 until further notice.") == []
    # a start "from" a date, a date kept "as planned", a notice's new date: kept
    assert merged("2031-04-05", "After the delay, the anime will air from April 5, 2031 on Tokyo MX.") == ["2031-04-05"]
    assert merged("2031-04-05", "延期となっていたTVアニメ「灯台守」が2031年4月5日から放送開始。") == ["2031-04-05"]
    assert merged("2031-01-10", "当初の予定通り2031年1月10日から放送します。") == ["2031-01-10"]


def test_merge_a_schedule_still_showing_a_date_a_notice_replaced_is_stale():
    from tracker.extract import merge
    from tracker.model import Fact

    table = Fact("release_date", "", "2031-01-10", "放送開始日: 2031年1月10日(金)", "day")
    month = Fact("release_date", "", "2031-01", "Premiere: January 2031", "month")
    year = Fact("release_date", "", "2031", "The anime is coming in 2031.", "year")
    undated = Fact("release_date", "", "2031-01-10", "当初予定していた2031年1月10日からの放送開始を延期いたします。"
                   "新たな放送時期は決定次第お知らせします。", "day")
    moved = Fact("release_date", "", "2031-01", "The premiere, originally planned for January 2031, was delayed to "
                 "April 4, 2031.", "month")
    assert [f.value for f in merge([[table], [undated]])] == []          # postponed, no new date: none
    assert [f.value for f in merge([[month], [undated]])] == []
    assert [f.value for f in merge([[table], [moved]])] == ["2031-04-04"]
    assert [f.value for f in merge([[year], [undated]])] == ["2031"]      # a year alone may still hold
    assert [f.value for f in merge([[table]])] == ["2031-01-10"]          # no notice: nothing is stale


def test_merge_a_second_first_airing_date_from_a_services_own_line_is_that_services_date():
    from tracker.extract import merge
    from tracker.model import Fact

    table = Fact("release_date", "", "2031-04-05", "放送開始日: 2031年4月5日(土)24:00〜", "day")

    def merged(evidence: str, value: str = "2031-04-05") -> list[tuple[str, str]]:
        line = Fact("release_date", "", value, evidence, "day")
        return sorted((f.key, f.value) for f in merge([[table], [line]]))

    assert merged("Netflixにて4月12日(土)より見放題独占配信", "2031-04-12") == [("", "2031-04-05"), ("Netflix", "2031-04-12")]
    # the same day (or the next, past midnight) is the first airing itself
    assert merged("Netflixにて4月5日(土)24:00より見放題独占配信") == [("", "2031-04-05")]
    assert merged("【ABEMA】4月9日(水)より地上波先行配信", "2031-04-09") == [("", "2031-04-05"), ("ABEMA", "2031-04-09")]
    assert merged("Crunchyroll: streaming from April 9, 2031", "2031-04-09") == [
        ("", "2031-04-05"), ("Crunchyroll", "2031-04-09")]
    # a line about the work, an unknown name, a service named later in the line: no key
    assert merged("TVアニメ「潮鳴り」4月9日(水)よりTOKYO MXほかにて放送開始", "2031-04-09") == [("", "2031-04-05")]
    assert merged("Lumivueにて4月9日より配信", "2031-04-09") == [("", "2031-04-05")]
    assert merged("The anime premieres April 9 on Netflix.", "2031-04-09") == [("", "2031-04-05")]


def test_merge_cuts_a_sentence_key_of_a_release_date_to_the_service_it_names():
    from tracker.extract import merge
    from tracker.model import Fact

    def key(k):
        return [f.key for f in merge([[Fact("release_date", k, "2031-04-03", "", "day")]])]

    assert key("Huluにて独占見放題配信スタート!") == ["Hulu"]
    assert key("U-NEXTで地上波先行配信") == ["U-NEXT"]
    assert key("Netflix: worldwide streaming") == ["Netflix"]
    assert key("テレビ東京系 6局ネット") == ["テレビ東京"]
    assert key("【Hulu】独占見放題") == ["Hulu"] and key("「U-NEXT」にて配信") == ["U-NEXT"]
    # a known name inside a longer name of its own, or an unknown station, stays as written
    assert key("Animax Asia") == ["Animax Asia"]
    assert key("Crunchyroll") == ["Crunchyroll"]
    assert key("北陸放送にて放送") == ["北陸放送にて放送"]


DAY_GROUPED = """<html><head><title>2031年春アニメ 放送スケジュール</title></head><body><main>
<h1>2031年春アニメ 放送スケジュール</h1>
<h2>4月6日(日)スタート</h2>
<h3>潮騒ラジオ局</h3><p>TOKYO MXにて毎週日曜23:00~ アニメーション制作:スタジオ・ナギ</p>
<h3>銀河の八百屋</h3><p>日本テレビにて毎週日曜24:55~ アニメーション制作:ポプラワークス</p>
<h2>4月7日(月)スタート</h2>
<h3>夜明けの編み物部</h3><p>テレビ東京にて毎週月曜25:30~ アニメーション制作:ミトン</p>
<p>※各局の放送日時は変更になる場合があります。</p>
</main></body></html>"""


def test_for_work_finds_titles_one_level_below_day_group_headings():
    p = page(DAY_GROUPED)
    s = p.for_work(Work("銀河の八百屋"))
    assert s is not None and s.multi_work
    text = s.main.get_text(" ", strip=True)
    assert "ポプラワークス" in text
    assert "スタジオ・ナギ" not in text and "ミトン" not in text


def test_for_work_the_last_title_of_a_day_group_stops_at_the_next_day():
    s = page(DAY_GROUPED).for_work(Work("潮騒ラジオ局"))
    text = s.main.get_text(" ", strip=True)
    assert "スタジオ・ナギ" in text and "ポプラワークス" not in text
    last = page(DAY_GROUPED).for_work(Work("夜明けの編み物部")).main.get_text(" ", strip=True)
    assert "ミトン" in last and "ポプラワークス" not in last
    assert page(DAY_GROUPED).for_work(Work("雪原の郵便屋")) is None


def test_a_modal_trailer_player_is_kept_but_other_modals_are_chrome():
    html = """<html><body><main><h2>MOVIE</h2><ul><li><a href="#pv" class="js-open">本予告</a></li></ul>
    <div class="c-modal" id="pv"><div class="c-modal__inner">
      <iframe src="https://www.youtube.com/embed/QaZwSxEdCr1" title="本予告"></iframe></div></div>
    <div class="modal-box"><p>メールマガジンに登録してください</p></div>
    <p>小さな町の時計職人の物語。</p></main></body></html>"""
    p = page(html)
    assert [v.url[-11:] for v in p.videos()] == ["QaZwSxEdCr1"]
    assert p.videos()[0].label == "本予告"
    assert p.videos()[0].near == ""            # the card stops below the content root, not at the whole page
    assert "メールマガジン" not in "\n".join(line.text for line in p.lines())


def test_teaser_articles_beside_a_div_article_are_not_taken_for_the_content():
    card = "<article><h3>{t}</h3><p>" + "A short teaser about another series and its cast. " * 6 + "</p></article>"
    html = ("<html><body><div class='entry'><h1>Copper Wren dated</h1><p>"
            + "Copper Wren premieres on 2031-04-02 with a one-hour special episode. " * 45 + "</p></div>"
            + "<div class='col'>" + card.format(t="Kelp Forest") + card.format(t="Tin Soldier") + "</div></body></html>")
    p = page(html)
    text = p.main.get_text(" ", strip=True)
    assert "Copper Wren premieres" in text          # the body, not the teaser column


def test_the_article_inside_main_is_preferred_to_one_outside_it():
    html = ("<html><body><div class='top'><article><p>" + "Spotlight on a different show entirely. " * 8 + "</p></article></div>"
            "<main><article><h1>Copper Wren</h1><p>" + "Copper Wren premieres in April. " * 10 + "</p></article></main></body></html>")
    p = page(html)
    assert "Copper Wren premieres" in p.main.get_text() and "Spotlight" not in p.main.get_text()


def test_a_news_sites_next_article_appended_below_is_not_content():
    story = "<article><h1>{t} dated</h1><p>" + "{t} premieres in the spring season on a late-night slot. " * 6 + "</p></article>"
    html = ("<html><head><title>Copper Wren dated | AnimeBeat</title></head><body><main>"
            + story.format(t="Copper Wren") + story.format(t="Kelp Forest") + "</main></body></html>")
    text = page(html).main.get_text(" ", strip=True)
    assert "Copper Wren premieres" in text and "Kelp Forest" not in text


def test_official_site_titles_in_their_common_forms():
    from tracker.page import _is_official_site

    for t in ("TVアニメ「灯台守」公式サイト", "アニメ『灯台守』オフィシャルサイト", "Lighthouse Keeper | Official Website",
              "TV Anime Lighthouse Keeper Official Site"):
        assert _is_official_site(t, {}), t
    assert _is_official_site("NEWS", {"og:site_name": ["TVアニメ「灯台守」公式ホームページ"]})
    for t in ("Lighthouse Keeper anime dated | AnimeBeat", "「灯台守」公式サイトがオープン - アニメニュース",
              "Lighthouse Keeper Anime's Official Site Reveals Cast - AnimeBeat"):
        assert not _is_official_site(t, {}), t   # a news story about an official site is not one


def test_videos_from_thumbnails_and_lite_youtube():
    html = """<html><body><main><h2>MOVIE</h2><ul class="thumbs">
      <li class="js-play"><img src="https://i.ytimg.com/vi/PlMkOjNiUh1/hqdefault.jpg" alt=""><p>PV第1弾<br>2031.05.05公開</p></li>
      <li><div class="thumb" style="background-image:url(https://img.youtube.com/vi/PlMkOjNiUh2/mqdefault.jpg)"></div><p>特報</p></li>
    </ul><lite-youtube videoid="PlMkOjNiUh3" title="本PV"></lite-youtube>
    <div data-video-id="92810000001">not a YouTube id attribute</div></main></body></html>"""
    vids = page(html).videos()
    assert [v.url[-11:] for v in vids] == ["PlMkOjNiUh1", "PlMkOjNiUh2", "PlMkOjNiUh3"]
    assert "2031.05.05" in vids[0].near and "特報" in vids[1].near and vids[2].label == "本PV"


CARD_GRID = """<html><head><title>今期の新作アニメまとめ | アニメ速報帳</title></head><body><main>
<h1>今期の新作アニメまとめ</h1>
<div class="grid">
 <div class="card"><p class="ttl">潮騒ラジオ局</p><p>4月6日よりTOKYO MXにて放送。アニメーション制作:スタジオ・ナギ</p></div>
 <div class="card"><p class="ttl">銀河の八百屋</p><p>4月7日より日本テレビにて放送。アニメーション制作:ポプラワークス</p></div>
 <div class="card"><p class="ttl">夜明けの編み物部</p><p>4月8日よりテレビ東京にて放送。アニメーション制作:ミトン</p></div>
</div></main></body></html>"""


def test_for_work_cuts_a_card_grid_without_headings():
    s = page(CARD_GRID).for_work(Work("銀河の八百屋"))
    assert s is not None and s.multi_work
    text = s.main.get_text(" ", strip=True)
    assert "ポプラワークス" in text and "ミトン" not in text and "スタジオ・ナギ" not in text


def test_for_work_cuts_a_table_row_and_keeps_the_column_labels():
    html = """<html><head><title>Spring 2031 premieres | Chart</title></head><body><main><table>
    <tr><th>Title</th><th>Premiere</th><th>Studio</th></tr>
    <tr><td>Copper Wren</td><td>April 2, 2031</td><td>Studio Alder</td></tr>
    <tr><td>Kelp Forest</td><td>April 3, 2031</td><td>Brine Works</td></tr>
    <tr><td>Tin Soldier</td><td>April 4, 2031</td><td>Gearbox Films</td></tr></table></main></body></html>"""
    s = page(html).for_work(Work("Kelp Forest"))
    rows = [line.text for line in s.lines()]
    assert rows == ["Title", "Premiere", "Studio", "Kelp Forest", "April 3, 2031", "Brine Works"]


def test_a_page_of_one_work_is_not_cut_to_a_card():
    # the work's name is in one card of a repeated list, but also elsewhere on the page: not a list of works
    html = """<html><head><title>Episode guide</title></head><body><main>
    <p>銀河の八百屋は、宇宙ステーションで八百屋を営む少女の物語です。</p>
    <ul class="eps"><li class="ep">第1話 銀河の八百屋、開店します - 店主のミナが初めてのお客を迎える</li>
      <li class="ep">第2話 星のキャベツ - 軌道上の畑で育った野菜に異変が起きる</li>
      <li class="ep">第3話 流星セール - 年に一度の大売り出しに行列ができる</li></ul></main></body></html>"""
    p = page(html)
    assert p.for_work(Work("銀河の八百屋")) is p


def test_jsonld_a_nested_season_is_read_for_the_tracked_season():
    from tracker.extract.jsonld import JsonldExtractor

    html = """<html><head><script type="application/ld+json">
    {"@context":"https://schema.org","@type":"TVSeries","name":"Amber Kite","startDate":"2029-04-06",
     "dateCreated":"2020-01-15",
     "containsSeason":[{"@type":"TVSeason","name":"Amber Kite Season 2","startDate":"2031-07","numberOfEpisodes":13}]}
    </script></head><body><p>Amber Kite</p></body></html>"""
    s2 = {(f.field, f.value) for f in JsonldExtractor().extract(page(html), Work("Amber Kite Season 2"))}
    assert ("release_date", "2031-07") in s2 and ("episodes", "13") in s2
    assert ("release_date", "2029-04-06") not in s2
    s1 = {(f.field, f.value) for f in JsonldExtractor().extract(page(html), Work("Amber Kite"))}
    assert ("release_date", "2029-04-06") in s1 and ("release_date", "2020-01-15") not in s1
    assert ("release_date", "2031-07") not in s1 and ("episodes", "13") not in s1   # the sequel is not the work


def test_a_list_page_naming_one_work_in_its_title_is_still_cut():
    html = """<html><head><title>Spring 2031 anime preview: Copper Wren, Kelp Forest and more | Reel</title></head>
    <body><main><h1>Spring 2031 anime preview</h1>
    <h2>Copper Wren</h2><p>Premieres April 2, 2031 on Tokyo MX. Studio Alder animates.</p>
    <h2>Kelp Forest</h2><p>Premieres April 3, 2031 on TBS. Brine Works animates.</p>
    <h2>Tin Soldier</h2><p>Premieres April 4, 2031 on Fuji TV. Gearbox Films animates.</p></main></body></html>"""
    text = page(html).for_work(Work("Kelp Forest")).main.get_text(" ", strip=True)
    assert "Brine Works" in text and "Studio Alder" not in text and "Gearbox" not in text


def test_a_roundup_of_one_work_with_one_heading_naming_it_stays_whole():
    html = """<html><head><title>『銀河の八百屋』最新情報まとめ|放送日・声優・制作会社</title></head><body><main>
    <h2>『銀河の八百屋』とは?</h2><p>宇宙ステーションの八百屋を舞台にした物語。</p>
    <h2>いつから放送?</h2><p>2031年4月7日より日本テレビにて放送。</p>
    <h2>声優は誰?</h2><p>ミナ役は青葉しずく。</p></main></body></html>"""
    p = page(html)
    assert p.for_work(Work("銀河の八百屋")) is p


def test_a_read_also_line_in_an_article_body_is_chrome():
    html = """<html><body><article><h1>Copper Wren gets a spring premiere</h1>
    <p>Copper Wren premieres on April 2, 2031, the production committee announced on Friday.</p>
    <p><strong>RELATED:</strong> <a href="/kelp-forest-dated">Kelp Forest Premieres April 3 With Studio Brine Works</a></p>
    <p>関連記事:<a href="/n/77">『錫の兵隊』7月放送開始</a></p>
    <p>The related staff list was announced too: director Mio Sato returns.</p>
    <p>Related to the announcement, a <a href="/kv">new key visual</a> was revealed as well.</p>
    </article></body></html>"""
    text = "\n".join(line.text for line in page(html).lines())
    assert "Kelp Forest" not in text and "錫の兵隊" not in text
    assert "director Mio Sato" in text and "new key visual" in text     # "related" in prose is not a label


def test_link_cards_and_next_article_teasers_are_chrome():
    html = """<html><body><article><h1>Copper Wren dated</h1>
    <p>Copper Wren premieres on April 2, 2031 on a late-night slot, the committee said.</p>
    <div class="p-blogcard"><a href="/x"><span>Kelp Forest gets a July premiere on TBS</span></a></div>
    <div class="next-post"><span>Next</span><p>Tin Soldier film opens in May with Gearbox Films</p></div>
    <div class="c-more-from"><p>Brine Works announces a new original series</p></div>
    </article></body></html>"""
    text = "\n".join(line.text for line in page(html).lines())
    assert "April 2, 2031" in text
    for other in ("Kelp Forest", "Tin Soldier", "Brine Works"):
        assert other not in text, other


def test_a_news_list_item_naming_the_work_is_not_taken_for_its_card():
    html = """<html><head><title>NEWS</title></head><body><main><ul class="news">
    <li class="item"><time>2031.03.01</time> 『銀河の八百屋』第2弾PV公開! 放送は4月7日から</li>
    <li class="item"><time>2031.02.10</time> 追加キャスト発表 ミナ役は青葉しずく</li>
    <li class="item"><time>2031.01.20</time> 主題歌アーティスト決定 オープニングは潮見リク</li></ul>
    <p>放送局:日本テレビ</p></main></body></html>"""
    p = page(html)
    assert p.for_work(Work("銀河の八百屋")) is p
    li = html.replace("<time>2031.03.01</time> 『銀河の八百屋』第2弾PV公開!", "『銀河の八百屋』第2弾PV公開!")
    assert page(li).for_work(Work("銀河の八百屋")).multi_work is False


DIGEST = """<html><head><title>今週のアニメ話題:『潮見坂ラジオ』4月放送、『銀の砂時計』映画化 ほか|アニメ便り</title></head>
<body><article>
<h1>今週のアニメ話題:『潮見坂ラジオ』4月放送、『銀の砂時計』映画化 ほか</h1>
<p>今週注目を集めたニュースを振り返る。今回は放送日決定や映画化の発表が相次いだ一週間だった。</p>
<h2>◆『銀の砂時計』劇場アニメ化</h2>
<p>劇場アニメ『銀の砂時計』の制作が発表された。主人公を野々宮カイさんが演じ、配信はNetflixで行われる。</p>
<h2>◆『潮見坂ラジオ』2027年4月から放送</h2>
<p>TVアニメ『潮見坂ラジオ』が4月5日からテレビ東京で放送される。監督は堀江ミサキさん。</p>
<h2>◆そのほかの話題</h2>
<p>声優の桐生アオイさんがアーティストデビューを発表した。</p>
</article></body></html>"""


def test_for_work_cuts_a_digest_whose_headline_names_several_works():
    # the headline names this work, but also another: a digest of several works, each in its own section
    scoped = page(DIGEST).for_work(Work("潮見坂ラジオ"))
    assert scoped is not None and scoped.multi_work
    text = "\n".join(l.text for l in scoped.lines())
    assert "堀江ミサキ" in text and "テレビ東京" in text
    assert "Netflix" not in text and "野々宮カイ" not in text and "桐生アオイ" not in text
    en = DIGEST.replace("今週のアニメ話題:『潮見坂ラジオ』4月放送、『銀の砂時計』映画化 ほか", "This week in anime: Shiomizaka Radio dated")
    en = en.replace("『潮見坂ラジオ』2027年4月から放送", "Shiomizaka Radio airs in April").replace("『銀の砂時計』劇場アニメ化", "Silver Hourglass film")
    s = page(en).for_work(Work("Shiomizaka Radio"))
    assert s is not None and s.multi_work and "野々宮カイ" not in s.main.get_text()


def test_for_work_cuts_a_digest_headlined_by_its_stories():
    # no list word: the headline strings the stories together, and each story's heading sets its title apart
    html = """<html><head><title>Moonwell Bakery dated, Tin Falcon gets a studio | Otaku Ledger</title></head><body>
      <main><h1>Moonwell Bakery dated, Tin Falcon gets a studio</h1><p>Two stories today.</p>
      <section><h2><i>Moonwell Bakery</i> opens in May</h2><p>The film opens May 9 with Rei Amano as Pip.</p></section>
      <section><h2>Big news for <em>Tin Falcon</em></h2><p>Studio Kestrel animates it, directed by Goro Ibuki.</p></section>
      <section><h2>Odds and ends</h2><p>A Blu-ray box ships in June.</p></section></main></body></html>"""
    s = page(html).for_work(Work("Moonwell Bakery"))
    assert s is not None and s.multi_work
    assert "Rei Amano" in s.main.get_text() and "Goro Ibuki" not in s.main.get_text()
    t = page(html).for_work(Work("Tin Falcon"))
    assert t is not None and "Goro Ibuki" in t.main.get_text() and "Rei Amano" not in t.main.get_text()
    ja = html.replace("<i>Moonwell Bakery</i>", "『月井戸ベーカリー』").replace("<em>Tin Falcon</em>", "『ブリキの隼』")
    ja = ja.replace("Moonwell Bakery dated, Tin Falcon gets a studio", "『月井戸ベーカリー』公開日決定、『ブリキの隼』制作スタジオ発表")
    j = page(ja).for_work(Work("月井戸ベーカリー"))
    assert j is not None and j.multi_work and "Goro Ibuki" not in j.main.get_text()


def test_for_work_keeps_one_work_whose_headings_set_apart_its_title_and_a_song():
    # one work's article: its headline names the work and a song, its headings the work and the song
    html = """<html><head><title>Moonwell Bakery: theme song "Crumbs" and a new trailer</title></head><body><article>
      <h1>Moonwell Bakery: theme song "Crumbs" and a new trailer</h1><p>A long enough lead paragraph here.</p>
      <h2>About <i>Moonwell Bakery</i></h2><p>The film opens May 9.</p>
      <h2>The song “Crumbs”</h2><p>Sung by Lark.</p>
      <h2><i>Moonwell Bakery</i> season 2?</h2><p>Not yet.</p></article></body></html>"""
    p = page(html)
    assert p.for_work(Work("Moonwell Bakery")) is p


def test_for_work_keeps_one_work_whose_headline_quotes_it_twice_or_a_song():
    html = """<html><head><title>『潮見坂ラジオ』第2期、『潮見坂ラジオ』新PV公開 主題歌「夜明けの周波数」</title></head><body><article>
      <h1>『潮見坂ラジオ』第2期、『潮見坂ラジオ』新PV公開 主題歌「夜明けの周波数」</h1>
      <h2>◆放送情報</h2><p>2027年4月5日よりテレビ東京にて放送。こちらは十分な長さの本文である。</p>
      <h2>◆『潮見坂ラジオ』主題歌</h2><p>主題歌は「夜明けの周波数」。</p></article></body></html>"""
    p = page(html)
    assert p.for_work(Work("潮見坂ラジオ")) is p


def test_merge_joins_a_trailers_date_and_its_player_url():
    from tracker.extract import merge
    from tracker.model import Fact

    url = "https://www.youtube.com/watch?v=Qz1Qz1Qz1Qz"
    player = Fact("trailer", "PV 3", url, "PV第3弾")
    told = Fact("trailer", "PV 3", "2031-06-02", "The third PV went live on June 2.")
    assert [f.value for f in merge([[player], [told]])] == [f"2031-06-02 {url}"]
    month = Fact("trailer", "PV 3", f"2031-06 {url}", "PV第3弾 (June)")
    assert [f.value for f in merge([[month], [told]])] == [f"2031-06-02 {url}"]
    # a contradicting date or another video is not joined: the stronger extractor's value stays
    other = Fact("trailer", "PV 3", "2031-09-09 https://www.youtube.com/watch?v=Xx9Xx9Xx9Xx", "…")
    assert [f.value for f in merge([[month], [other]])] == [f"2031-06 {url}"]


def test_merge_one_video_is_one_trailer():
    from tracker.extract import merge
    from tracker.model import Fact

    url = "https://www.youtube.com/watch?v=Rr2Rr2Rr2Rr"
    player = Fact("trailer", "trailer 1", url, "映画『風の駅』本予告")
    # prose pinned the player below the paragraph to the teaser it mentioned: the teaser keeps its month only
    teaser = Fact("trailer", "teaser 1", f"2031-02 {url}", "The studio dropped a first teaser in February.")
    bare = Fact("trailer", "PV 1", url, "Watch the video below.")
    got = sorted((f.key, f.value) for f in merge([[player], [teaser, bare]]))
    assert got == [("teaser 1", "2031-02"), ("trailer 1", url)]
    # a kind guessed from the section ("Trailers" over "watch on YouTube") claims nothing
    guessed = Fact("trailer", "trailer 2", url, "watch on YouTube")
    got = sorted((f.key, f.value) for f in merge([[guessed], [teaser]]))
    assert got == [("teaser 1", f"2031-02 {url}"), ("trailer 2", url)]


def test_citation_markers_are_not_text():
    html = """<html><body><article><h1>Salt Road Lanterns</h1>
      <dl><dt>Hana Oribe</dt><dd>Voiced by: Mio Sakaki<sup class="reference"><a href="#cite_note-3">[3]</a></sup> (Japanese);
      Dana Quill<sup><a href="#cite_note-a">[a]</a></sup> (English)</dd></dl>
      <p>The series premiered on April 4, 2031.<sup id="x">[注 2]</sup> It ran for 12 episodes.<sup>[citation needed]</sup>
      Water is H<sub>2</sub>O and area is 3 m<sup>2</sup>, which is some long filler text for the article body here.</p>
    </article></body></html>"""
    text = page(html).text()
    assert "Voiced by: Mio Sakaki (Japanese); Dana Quill (English)" in text
    assert "[" not in text and "m 2" in text.replace("m2", "m 2")  # a real superscript stays


def test_video_links_in_one_paragraph_take_the_text_up_to_the_next_link():
    html = """<html><body><article><h1>星降る整備工場</h1>
      <p>TVアニメ『星降る整備工場』の映像はこちら。長めの本文をここに書いておく。長めの本文をここに書いておく。</p>
      <h2>MOVIE</h2>
      <p><a href="https://www.youtube.com/watch?v=Kk1Kk1Kk1Kk">PV第3弾</a>（2031.08.08公開）<br>
         <a href="https://youtu.be/Kk2Kk2Kk2Kk">PV第2弾</a>（2031.05.15公開）<br>
         <a href="https://www.youtube.com/watch?v=Kk3Kk3Kk3Kk">ティザーPV</a> 2030.12.01公開 / 
         <a href="https://www.youtube.com/watch?v=Kk4Kk4Kk4Kk">CM</a></p>
      <p>Trailers: <a href="https://www.youtube.com/watch?v=Kk5Kk5Kk5Kk">Main trailer</a> (posted April 2, 2031),
         <a href="https://www.youtube.com/watch?v=Kk6Kk6Kk6Kk">teaser</a> (posted Jan 9, 2031)</p>
    </article></body></html>"""
    by = {v.url[-11:]: v for v in page(html).videos()}
    assert "2031.08.08" in by["Kk1Kk1Kk1Kk"].near and "2031.05.15" not in by["Kk1Kk1Kk1Kk"].near
    assert "2031.05.15" in by["Kk2Kk2Kk2Kk"].near and "2031.08.08" not in by["Kk2Kk2Kk2Kk"].near
    assert "2030.12.01" in by["Kk3Kk3Kk3Kk"].near and "2031" not in by["Kk4Kk4Kk4Kk"].near
    assert "April 2, 2031" in by["Kk5Kk5Kk5Kk"].near and "Jan" not in by["Kk5Kk5Kk5Kk"].near
    assert "Jan 9, 2031" in by["Kk6Kk6Kk6Kk"].near and "April" not in by["Kk6Kk6Kk6Kk"].near


def test_a_video_link_printed_as_its_url_is_named_by_its_sentence():
    html = """<html><body><article><h1>Lighthouse Diner</h1>
      <p>The staff list grew again this week, and the studio confirmed a spring premiere for the series.
      A second promotional video also went up on March 3 (<a href="https://www.youtube.com/watch?v=Ll1Ll1Ll1Ll">https://www.youtube.com/watch?v=Ll1Ll1Ll1Ll</a>). More news will follow soon.</p>
    </article></body></html>"""
    v = page(html).videos()[0]
    assert "second promotional video" in v.label and "March 3" in v.label and "More news" not in v.label


def _jsonld_facts(ld: dict, work: Work) -> dict[tuple[str, str], str]:
    import json as _json

    from tracker.extract import extract
    from tracker.model import Fetched

    html = (f'<html><head><title>{work.title}: news</title><script type="application/ld+json">{_json.dumps(ld)}</script>'
            f'</head><body><article><h1>{work.title}</h1><p>{"Filler text about the show. " * 10}</p></article></body></html>')
    got = extract(Fetched(url="https://example.test/", status=200, text=html, body=html.encode()), work, "jsonld")
    return {(f.field, f.key): f.value for f in got.facts}


def test_jsonld_a_series_season_numbered_like_the_tracked_work_is_that_work():
    series = {"@context": "https://schema.org", "@type": "TVSeries", "name": "Copper Orchard", "startDate": "2029-04-03",
              "numberOfEpisodes": 24,
              "containsSeason": [{"@type": "TVSeason", "name": "Season 1", "startDate": "2029-04-03", "numberOfEpisodes": 24},
                                 {"@type": "TVSeason", "seasonNumber": "2", "startDate": "2031-10-02", "numberOfEpisodes": 11}]}
    for title in ("Copper Orchard Season 2", "Copper Orchard 2nd Season", "Copper Orchard S2"):
        got = _jsonld_facts(series, Work(title))
        assert got.get(("release_date", "")) == "2031-10-02" and got.get(("episodes", "")) == "11", title
    jp = {"@context": "https://schema.org", "@type": "TVSeries", "name": "銅の果樹園", "startDate": "2029-04",
          "containsSeason": [{"@type": "TVSeason", "name": "第1期", "startDate": "2029-04-03"},
                             {"@type": "TVSeason", "name": "第2期", "startDate": "2031-10-02"}]}
    assert _jsonld_facts(jp, Work("銅の果樹園 第2期")).get(("release_date", "")) == "2031-10-02"
    # the first season's work still reads the series; a third season that is not on the page gets no date
    assert _jsonld_facts(series, Work("Copper Orchard")).get(("release_date", "")) == "2029-04-03"
    assert ("release_date", "") not in _jsonld_facts(series, Work("Copper Orchard Season 3"))


def test_a_season_or_film_title_is_recognised_in_its_other_spellings():
    from tracker.extract import names_work
    from tracker.page import name_forms

    forms = name_forms("Copper Orchard Season 2")
    assert "Copper Orchard 2nd Season" in forms and "Copper Orchard 第2期" in forms
    assert "Copper Orchard" not in forms          # the bare series is another work
    assert "銅の果樹園 Season 3" in name_forms("銅の果樹園 第3期")
    assert "劇場版 Copper Orchard" in name_forms("Copper Orchard the Movie")
    assert name_forms("Mob Squad 100") == [] and name_forms("Lucky 7") == []
    s2 = Work("Copper Orchard Season 2")
    assert names_work("<h1>Copper Orchard 2nd Season premieres in October</h1>", s2)
    assert names_work("<p>Copper Orchard's second season returns with a new director.</p>", s2)
    assert names_work("<title>TVアニメ『Copper Orchard』第2期 公式サイト</title>", s2)
    assert not names_work("<p>Copper Orchard aired in 2029; a spin-off is planned.</p>", s2)
    film = Work("劇場版 銅の果樹園")
    assert names_work("<title>映画『銅の果樹園』公式サイト</title>", film)
    assert not names_work("<title>TVアニメ『銅の果樹園』公式サイト</title>", film)
    # a season list whose heading writes the season another way still gives the work its section
    html = """<html><head><title>Fall 2031 anime lineup</title></head><body><article><h1>Fall 2031 anime lineup</h1>
      <h2>Copper Orchard 2nd Season</h2><p>Premieres October 2 on Tokyo MX. Some more text about the show here.</p>
      <h2>Salt Road Lanterns</h2><p>Premieres October 5 on NHK. Some more text about the show here.</p>
      <h2>Kelp Forest Diaries</h2><p>Premieres October 9 on BS11. Some more text about the show here.</p></article></body></html>"""
    scoped = page(html).for_work(s2)
    assert scoped is not None and scoped.multi_work and "Tokyo MX" in scoped.text() and "NHK" not in scoped.text()


def test_merge_a_dub_premiere_is_not_the_first_airing():
    from tracker.extract import merge
    from tracker.model import Fact

    dub = Fact("release_date", "", "2031-05-07", "Salt Road Lanterns English Dub premieres May 7 on Crunchyroll", "day")
    jp = Fact("release_date", "", "2031-04-02", "The series premiered in Japan on April 2 on TV Tokyo.", "day")
    assert [f.value for f in merge([[dub], [jp]])] == ["2031-04-02"]
    fuki = Fact("release_date", "", "2031-06-01", "英語吹替版は6月1日より配信", "day")
    assert [f.value for f in merge([[fuki], [jp]])] == ["2031-04-02"]
    # "the Japanese dub premiered on …" is the original's airing
    jp_dub = Fact("release_date", "", "2031-04-02", "The Japanese dub of the season premiered on April 2.", "day")
    assert [f.value for f in merge([[dub], [jp_dub]])] == ["2031-04-02"]
    # without a dub in sight the stronger extractor keeps its date
    other = Fact("release_date", "", "2031-04-09", "Premiere: April 9, 2031", "day")
    assert [f.value for f in merge([[other], [jp]])] == ["2031-04-09"]


def test_for_work_cuts_a_digest_without_headings_to_the_work_s_paragraphs():
    html = """<html><head><title>アニメ1週間:「潮見坂ラジオ」放送日決定 「銀の砂時計」映画化 ほか</title></head><body><article>
      <h1>アニメ1週間:「潮見坂ラジオ」放送日決定 「銀の砂時計」映画化 ほか</h1>
      <p>1週間のアニメのニュースをまとめて紹介する「アニメ1週間」。今回は放送日決定の話題などが注目された。</p>
      <p>12日、マンガ「銀の砂時計」が劇場アニメ化されることが分かった。主人公を野々宮カイさんが演じる。</p>
      <p>13日、「潮見坂ラジオ」のテレビアニメが4月5日からテレビ東京で放送されることが分かった。</p>
      <p>堀江ミサキさんが監督を務め、スタジオ灯台がアニメーションを制作する。</p>
      <p>14日、声優の桐生アオイさんがアーティストデビューを発表した。</p>
      <p>15日には「潮見坂ラジオ」の第1弾PVも公開された。</p>
    </article></body></html>"""
    s = page(html).for_work(Work("潮見坂ラジオ"))
    assert s is not None and s.multi_work
    text = s.text()
    assert "テレビ東京" in text and "堀江ミサキ" in text and "第1弾PV" in text
    assert "野々宮カイ" not in text and "桐生アオイ" not in text
    # an ordinary article (not titled as a digest) stays whole
    one = html.replace("アニメ1週間:「潮見坂ラジオ」放送日決定 「銀の砂時計」映画化 ほか", "「潮見坂ラジオ」放送日決定")
    p = page(one)
    assert p.for_work(Work("潮見坂ラジオ")) is p


def test_a_title_block_above_main_is_content_and_the_masthead_beside_it_is_not():
    html = """<html><head><title>Watch Ember Orchard | StreamCo</title></head><body><div id="shell">
    <header class="top"><a href="/"><img src="/l.svg" alt="StreamCo"></a><a href="/login">Log in</a></header>
    <section class="showcase"><h1>Ember Orchard</h1>
      <p class="blurb">A gardener who grows fire. Broadcast in Japan on TV Tokyo every Thursday.</p></section>
    <main class="body"><h3>E1 – Sparks</h3><p>Jan 7, 2031</p><h3>E2 – Ash</h3><p>Jan 14, 2031</p>
      <dl><dt>Director</dt><dd>Rinko Sawa</dd><dt>Music</dt><dd>Tadashi Umeno</dd></dl>
      <p>""" + "Episode notes and more details about the series. " * 8 + """</p></main></div></body></html>"""
    text = page(html).text()
    assert "Broadcast in Japan on TV Tokyo" in text and "Director" in text
    assert "StreamCo" not in text and "Log in" not in text


def test_main_with_its_own_h1_does_not_take_a_block_before_it():
    html = """<html><body><div><section class="promo-strip"><h1>Other Show Premieres Friday</h1></section>
    <main><article><h1>Ember Orchard</h1><p>""" + "The article text about the series goes here. " * 10 + """</p>
    </article></main></div></body></html>"""
    text = page(html).text()
    assert "Ember Orchard" in text and "Other Show" not in text


def test_a_more_like_this_carousel_of_title_cards_is_chrome():
    html = """<html><body><main><h1>Ember Orchard</h1><p>""" + "About the series and its staff. " * 10 + """</p>
    <section class="rail similar-titles"><h2>You may also like</h2><div class="track">
      <a href="/season/1"><h4>Copper Lark</h4><p>2030 · Drama · Studio Pell</p></a>
      <a href="/season/2"><h4>Night Ferry</h4><p>Premieres May 2, 2031</p></a></div></section>
    <div class="more-like-this"><a href="/season/3"><h4>Tin Bells</h4></a></div></main></body></html>"""
    text = page(html).text()
    assert "About the series" in text
    assert not any(t in text for t in ("Copper Lark", "Studio Pell", "Night Ferry", "Tin Bells"))


def test_a_comment_thread_is_chrome_even_when_it_outweighs_a_short_article():
    thread = "".join(f"<li><b>reader{i}</b> I bet Mika Tono voices the lead and the opening is by Velvet Owls!</li>"
                     for i in range(12))
    for box in ('<section id="comments">', '<div class="comments-area">', '<div id="disqus_thread">',
                '<div class="commentlist">', '<div class="comment_area">'):
        html = f"""<html><body><article><h1>Ember Orchard gets a TV anime</h1>
        <p>The TV anime of Ember Orchard premieres in April 2031 on TV Tokyo.</p>
        {box}<h3>Comments</h3><ul>{thread}</ul>{'</section>' if 'section' in box else '</div>'}
        </article></body></html>"""
        text = page(html).text()
        assert "premieres in April 2031" in text
        assert "Velvet Owls" not in text and "Mika Tono" not in text, box


def test_merge_a_late_night_slot_past_midnight_beats_the_bare_day_it_is_written_on():
    from tracker.extract import merge
    from tracker.model import Fact

    bare = Fact("release_date", "", "2031-04-05", "2031年4月5日(土)より放送開始", "day")
    for ev in ("放送日時：2031年4月5日(土) 25:30～", "April 5, 2031 at 24:00 JST", "4月5日(土)深夜1:00より放送"):
        slot = Fact("release_date", "", "2031-04-06", ev, "day")
        assert [f.value for f in merge([[bare], [slot]])] == ["2031-04-06"], ev
    # not a slot: another day, two days later, or both with their times
    other = Fact("release_date", "", "2031-04-06", "Premiere: April 6, 2031", "day")
    assert [f.value for f in merge([[bare], [other]])] == ["2031-04-05"]
    later = Fact("release_date", "", "2031-04-07", "4月5日(土)25:30～ 4月7日", "day")
    assert [f.value for f in merge([[bare], [later]])] == ["2031-04-05"]
    timed = Fact("release_date", "", "2031-04-05", "4月5日(土)23:00～", "day")
    assert [f.value for f in merge([[timed], [Fact("release_date", "", "2031-04-06", "4月5日 24:30～", "day")]])] \
        == ["2031-04-05"]


def test_jsonld_trailer_embed_url_is_the_same_video_as_the_pages_watch_link():
    html = """<html><head><title>Copper Lark | StreamCo</title>
    <script type="application/ld+json">{"@context":"https://schema.org","@type":"TVSeries","name":"Copper Lark",
     "startDate":"2031-07-03","trailer":{"@type":"VideoObject","name":"Copper Lark | Official Trailer",
     "embedUrl":"https://www.youtube-nocookie.com/embed/CopperLrk01?rel=0","uploadDate":"2031-05-20"}}</script>
    </head><body><main><h1>Copper Lark</h1><p>""" + "A lark made of copper learns to sing. " * 8 + """</p>
    <p><a href="https://youtu.be/CopperLrk01">Official Trailer</a></p></main></body></html>"""
    trailers = [(f.key, f.value) for f in _extract_html(html, "Copper Lark") if f.field == "trailer"]
    assert trailers == [("trailer 1", "2031-05-20 https://www.youtube.com/watch?v=CopperLrk01")]


def test_merge_one_stations_premiere_in_two_spellings_is_one_fact():
    from tracker.extract import merge
    from tracker.model import Fact

    a = Fact("release_date", "テレビ東京", "2031-04-03", "テレビ東京 | 2031年4月3日(木)", "day")
    b = Fact("release_date", "TV Tokyo", "2031-04-03", "TV Tokyo from April 3", "day")
    c = Fact("release_date", "Sapporo Local 7", "2031-04-05", "", "day")
    assert [f.key for f in merge([[a], [b, c]])] == ["テレビ東京", "Sapporo Local 7"]


def test_a_headline_header_above_main_is_content_but_a_site_logo_heading_is_not():
    body = "<main><div class='post'><p>" + "The series follows a baker in a quiet harbour town. " * 8 + "</p></div></main>"
    text = page(f"""<html><body><div class="wrap"><header class="post-head"><h1>Harbour Loaf anime set for July 2031
    on Fuji TV</h1></header>{body}</div></body></html>""").text()
    assert "Harbour Loaf anime set for July 2031" in text and "quiet harbour town" in text
    for logo in ('<h1><a href="/">AnimePaper</a></h1>', '<h1><a href="https://animepaper.test/"><img src="l.png" '
                 'alt="AnimePaper"></a></h1>', '<h1><img src="l.png" alt="AnimePaper"></h1>'):
        text = page(f"""<html><body><div class="wrap"><div class="top">{logo}</div>{body}</div></body></html>""").text()
        assert "AnimePaper" not in text and "quiet harbour town" in text, logo


def test_jsonld_reads_slash_dates_counted_episodes_and_a_role_with_two_voices():
    ld = """{"@context":"https://schema.org","@type":"TVSeries","name":"Copper Lark","startDate":"2031/07/03",
     "numberOfEpisodes":"全13話","actor":[{"@type":"PerformanceRole","characterName":"Lark",
     "actor":[{"@type":"Person","name":"Aoi Kiryu"},{"@type":"Person","name":"Mei Kiryu"}]}]}"""
    html = f"""<html><head><title>Copper Lark</title><script type="application/ld+json">{ld}</script></head>
    <body><main><h1>Copper Lark</h1><p>{"A lark made of copper learns to sing. " * 8}</p></main></body></html>"""
    got = {(f.field, f.key, f.value) for f in _extract_html(html, "Copper Lark")}
    assert {("release_date", "", "2031-07-03"), ("episodes", "", "13"), ("cast", "Lark", "Aoi Kiryu")} <= got
    bad = html.replace("2031/07/03", "20310703").replace("全13話", "twelve")
    got = {(f.field, f.value) for f in _extract_html(bad, "Copper Lark")}
    assert not any(f in ("release_date", "episodes") for f, _v in got)


def _one_page_site(event_box: str) -> str:
    return ("<html><head><title>TVアニメ「星見坂の郵便屋さん」公式サイト</title></head><body>"
            "<header><h1 class='logo'><a href='/'><img src='/logo.png' alt='星見坂の郵便屋さん'></a></h1></header><main>"
            "<section id='story'><h2>STORY</h2><p>" + "坂の上の郵便局に、季節外れの手紙が届く。" * 14 + "</p></section>"
            "<section id='cast'><h2>CAST</h2><ul><li><h4>ユキノ</h4><p>CV:千早まどか</p></li>"
            "<li><h4>オスカー</h4><p>CV:灰原ジン</p></li></ul></section>"
            "<section id='staff'><h2>STAFF</h2><dl><dt>監督</dt><dd>葛西ミツル</dd><dt>シリーズ構成</dt><dd>鳴海しずく</dd>"
            "<dt>アニメーション制作</dt><dd>スタジオ灯台</dd></dl></section>"
            "<section id='special'><h2>SPECIAL</h2>" + event_box + "</section></main></body></html>")


def test_an_event_article_deep_in_a_one_page_site_is_a_card_not_the_content():
    box = ("<article class='event'><h3>先行上映会 開催決定!</h3><p>" + "第1話の先行上映とトークショーを行います。" * 9
           + "</p><table><tr><th>会場</th><td>みなと文化ホール</td></tr></table></article>")
    p = page(_one_page_site(box))
    texts = [line.text for line in p.lines()]
    assert any("葛西ミツル" in t for t in texts) and any("千早まどか" in t for t in texts)
    assert any("先行上映会" in t for t in texts)


def test_a_news_story_first_in_main_stays_the_content_beside_appended_cards():
    story = "<article><h1>Brass Heron dated</h1><p>" + "Brass Heron premieres in October on a late-night slot. " * 8 + "</p></article>"
    card = "<article><h2>{t}</h2><p>" + "{t} gets a second cour and a new visual for its next arc. " * 4 + "</p></article>"
    html = ("<html><head><title>Brass Heron dated | ReelNotes</title></head><body><main>" + story
            + "".join(card.format(t=t) for t in ("Salt Meadow", "Paper Comet", "Glass Owl")) + "</main></body></html>")
    text = page(html).main.get_text(" ", strip=True)
    assert "Brass Heron premieres" in text and "Salt Meadow" not in text


def test_a_long_article_after_a_short_hero_stays_the_content():
    html = ("<html><body><main><section class='hero'><p>Tonight on the blog</p></section><article><h1>Ivy Relay</h1><p>"
            + "Ivy Relay airs from July with a new director. " * 12 + "</p></article>"
            "<section><h2>Tags</h2><p>drama, sports</p></section></main></body></html>")
    assert page(html).main.name == "article"


def test_a_database_side_panel_of_labelled_fields_is_kept():
    html = ("<html><body><div class='entry'><h1>Salt Meadow</h1><p>" + "A shepherd and a salt spirit cross the plains. " * 6
            + "</p><div class='side-bar'><div class='row'><b>Format</b><span>TV</span></div>"
            "<div class='row'><b>Episodes</b><span>12</span></div><div class='row'><b>Start Date</b><span>Jan 9, 2031</span></div>"
            "<div class='row'><b>Studios</b><span><a href='/studio/9/Kite-Lab'>Kite Lab</a></span></div></div></div></body></html>")
    text = "\n".join(l.text for l in page(html).lines())
    assert "Kite Lab" in text and "Jan 9, 2031" in text


def test_a_wiki_infobox_in_an_aside_is_kept_in_japanese_too():
    html = ("<html><body><main><article><h1>潮見の灯台守</h1><aside class='portable-infobox'>"
            "<h3>原作</h3><div>白浜コウ</div><h3>監督</h3><div>荻原ナツ</div><h3>放送期間</h3><div>2031年4月 -</div>"
            "<h3>話数</h3><div>全12話</div></aside><p>" + "灯台守の少女と渡り鳥の物語。" * 10 + "</p></article></main></body></html>")
    text = "\n".join(l.text for l in page(html).lines())
    assert "荻原ナツ" in text and "全12話" in text


def test_a_sidebar_of_other_titles_cards_with_the_same_labels_still_goes():
    card = ("<div class='card'><h4>{t}</h4><div><b>Episodes</b> 12</div><div><b>Studio</b> {s}</div>"
            "<div><b>Aired</b> 2030</div></div>")
    html = ("<html><body><div class='entry'><h1>Salt Meadow</h1><p>" + "A shepherd and a salt spirit cross the plains. " * 6
            + "</p></div><div class='sidebar'>" + card.format(t="Glass Owl", s="Owl Works")
            + card.format(t="Tin Saint", s="Saint Pictures") + "</div></body></html>")
    text = "\n".join(l.text for l in page(html).lines())
    assert "Owl Works" not in text and "Saint Pictures" not in text


def test_a_sidebar_without_labelled_fields_still_goes():
    html = ("<html><body><div class='entry'><h1>Salt Meadow</h1><p>" + "A shepherd and a salt spirit cross the plains. " * 6
            + "</p></div><div class='sidebar'><h3>Trending</h3><p>Glass Owl premieres in May on Fuji TV</p>"
            "<p>Status: hot</p></div></body></html>")
    assert "Glass Owl" not in "\n".join(l.text for l in page(html).lines())


def test_a_row_of_link_buttons_is_one_line_per_link():
    html = ("<html><body><main><h1>Kelp Forest</h1><p>" + "Divers find a city in the kelp. " * 8 + "</p>"
            "<div class='links'><h2>Where to watch</h2><a href='https://www.netflix.com/title/1'><span>Netflix</span></a> "
            "<a href='https://kelp.example/'><span>Official Site</span> <span>Japanese</span></a></div>"
            "<p>Voiced by <a href='/p/1'>Rei Tama</a> and <a href='/p/2'>Jun Oka</a>.</p></main></body></html>")
    texts = [l.text for l in page(html).lines()]
    assert "Netflix" in texts and "Official Site Japanese" in texts
    assert "Voiced by Rei Tama and Jun Oka." in texts      # links inside a sentence stay in it


def test_merge_the_first_airing_is_the_earliest_station_date_within_it():
    from tracker.extract import merge
    from tracker.model import Fact

    month = Fact("release_date", "", "2031-07", "「潮騒ラジオ」は2031年7月より放送", "month")
    stations = [Fact("release_date", "AT-X", "2031-07-09", "AT-X 7月9日(水)より", "day"),
                Fact("release_date", "BS11", "2031-07-06", "BS11 7月6日(日)より", "day"),
                Fact("release_date", "Netflix", "2031-07-07", "Netflix: streaming from July 7", "day")]
    first = [f.value for f in merge([[month, *stations]]) if f.field == "release_date" and not f.key]
    assert first == ["2031-07-06"]
    # a station date outside the first airing (an advance screening month earlier) does not change it
    early = Fact("release_date", "Fuji TV", "2031-06-20", "Fuji TV June 20 special", "day")
    first = [f.value for f in merge([[month, early, *stations]]) if f.field == "release_date" and not f.key]
    assert first == ["2031-07"]
    # a key that is no known station ("the Blu-ray box on August 2") never refines it
    box = Fact("release_date", "Blu-ray BOX", "2031-07-02", "Blu-ray BOX 2031年7月2日発売", "day")
    assert [f.value for f in merge([[month, box]]) if not f.key] == ["2031-07"]
    # a day already known is kept
    day = Fact("release_date", "", "2031-07-08", "Premiere: July 8, 2031", "day")
    assert [f.value for f in merge([[day, *stations]]) if not f.key] == ["2031-07-08"]


def test_a_streamers_rail_of_other_titles_under_a_more_or_other_heading_is_chrome():
    body = "<p>" + "Harbor Lights follows a ferry pilot and her crew. " * 8 + "</p>"
    for heading in ("More Anime on StreamCo", "Other shows you can watch", "Similar series", "その他の作品",
                    "More titles from this studio", "Because you watched Harbor Lights", "Top 10 in Japan today",
                    "New on StreamCo"):
        html = f"""<html><body><main><h1>Harbor Lights</h1>{body}
        <section><h2>{heading}</h2><div class="grid">
          <a href="/t/1"><span>Paper Comet &mdash; Coming June 2031, voiced by Ren Aoba</span></a>
          <a href="/t/2"><span>Salt Road: Season 3 &mdash; Now Streaming</span></a></div></section></main></body></html>"""
        text = page(html).text()
        assert "ferry pilot" in text, heading
        assert "Ren Aoba" not in text and "Salt Road" not in text, heading
    # a prose paragraph under such a heading is no rail; and "more" before other words is no rail heading
    html = f"""<html><body><main><h1>Harbor Lights</h1>{body}<h2>More anime news</h2>
    <p>The studio also confirmed the second cour will follow in the fall without a break.</p>
    <h2>More about the cast</h2><ul><li><a href="/p/1">Mina Tale</a> as the pilot</li></ul></main></body></html>"""
    text = page(html).text()
    assert "second cour will follow" in text and "Mina Tale" in text


SEASON2_SITE = """<html><head><title>TVアニメ『潮見坂の灯台守』第2期 公式サイト</title></head><body><main>
<section id="staff"><h2>STAFF</h2><dl><dt>監督</dt><dd>水無瀬 岳</dd><dt>音楽</dt><dd>白鳥はるか</dd></dl></section>
<section id="onair"><h2>ON AIR</h2><p>2031年1月8日(水)より放送開始！</p>
  <div class="rerun"><h3>第1期 再放送情報</h3><p>TOKYO MXにて2030年12月1日より再放送</p></div></section>
<section class="archive"><details><summary>1st SEASON STAFF</summary><p>監督：柊 景一<br>音楽：白鳥はるか</p></details></section>
</main></body></html>"""


def test_a_season_page_drops_blocks_headed_by_another_season():
    p = page(SEASON2_SITE).for_work(Work("潮見坂の灯台守 第2期", ("潮見坂の灯台守 2nd Season",)))
    text = p.text()
    assert "水無瀬 岳" in text and "2031年1月8日" in text
    assert "柊 景一" not in text and "再放送" not in text
    # the page's own tree is untouched (another tracked work, the first season, reads it whole)
    whole = page(SEASON2_SITE)
    assert "柊 景一" in whole.for_work(Work("潮見坂の灯台守")).text()


def test_a_wiki_section_headed_by_an_earlier_season_ends_at_the_next_heading():
    html = """<html><head><title>Tidewater Relay Season 2 - Wiki</title></head><body><main><h1>Tidewater Relay Season 2</h1>
    <p>Tidewater Relay is an anime series. Its second season premieres in April 2031.</p>
    <h2>Season 1 cast</h2><ul><li>Ivo – Dan Kurogane</li></ul><p>Recorded in 2029.</p>
    <h2>Season 2 cast</h2><ul><li>Ivo – Sho Minami</li></ul>
    <h2>Seasons 1 and 2 theme songs</h2><p>Season 1 and season 2 both open with "Tidal Bell".</p>
    <h2>Production</h2><p>The first season's director Rui Hata returns.</p></main></body></html>"""
    text = page(html).for_work(Work("Tidewater Relay Season 2")).text()
    assert "Dan Kurogane" not in text and "Recorded in 2029" not in text
    assert "Sho Minami" in text and "Tidal Bell" in text and "Rui Hata returns" in text
    # a work without a season number keeps every section
    assert "Dan Kurogane" in page(html).for_work(Work("Tidewater Relay")).text()


def test_an_official_sites_banner_to_its_own_page_is_content_but_banners_to_other_sites_are_not():
    html = """<html><head><title>TVアニメ『風見鶏の郵便屋』公式サイト</title></head><body><main>
    <section class="intro"><h2>INTRODUCTION</h2><p>丘の上の郵便局で働く少年と、風を読む鶏の物語。</p></section>
    <div class="top-bnr"><a href="./music/"><img src="bnr_music.png" alt="OPテーマ 朝凪ランプ「青い封筒」"></a></div>
    <div class="bnr-area"><a href="https://shop.example.test/"><img src="bnr_shop.png" alt="公式ショップ 缶バッジ発売中"></a>
      <a href="/music/"><img src="bnr2.png" alt="キャラクターソングCD"></a></div>
    </main></body></html>"""
    text = page(html).text()
    assert "青い封筒" in text
    assert "缶バッジ" not in text and "キャラクターソングCD" not in text   # one link off the site: a sponsor row
    # on a news site a banner is an advert, wherever it links
    news = html.replace("公式サイト", "ニュース | アニメ速報")
    assert "青い封筒" not in page(news).text()


def test_merge_drops_a_release_date_keyed_by_an_event_or_a_product():
    from tracker.extract import merge
    from tracker.model import Fact

    facts = [Fact("release_date", "先行上映イベント", "2031-03-20", "先行上映イベント 2031年3月20日(木)開催", "day"),
             Fact("release_date", "Blu-ray Vol.1", "2031-06-25", "Blu-ray Vol.1: June 25, 2031", "day"),
             Fact("release_date", "Fan panel at Kitecon", "2031-02-01", "Fan panel at Kitecon: Feb 1, 2031", "day"),
             Fact("release_date", "AT-X", "2031-04-09", "AT-X 2031年4月9日(水)より", "day"),
             Fact("release_date", "Europe", "2031-04-12", "Europe: April 12, 2031", "day")]
    assert [f.key for f in merge([facts])] == ["AT-X", "Europe"]


def test_merge_a_voice_credits_mark_is_not_part_of_the_actors_name():
    from tracker.extract import merge
    from tracker.model import Fact

    marked = [Fact("cast", "リサ", "CV:篠原みなと", "リサ — CV：篠原みなと"),
              Fact("cast", "Bram", "CV. Ollie Tran", "Bram CV. Ollie Tran"),
              Fact("cast", "Ines", "Voiced by Dana Reyes", "Ines Voiced by Dana Reyes"),
              Fact("cast", "Kai", "声 - 三好 遥", "Kai 声 - 三好 遥"),
              Fact("cast", "Tomo", "Cvetka Novak", "Tomo: Cvetka Novak"),
              Fact("cast", "Vale", "Castor Lind", "Vale: Castor Lind")]
    assert [f.value for f in merge([marked])] == ["篠原みなと", "Ollie Tran", "Dana Reyes", "三好 遥",
                                                  "Cvetka Novak", "Castor Lind"]


def test_a_url_alone_under_its_sentence_is_named_by_that_line_never_by_its_own_letters():
    html = """<html><body><article><h1>Paper Moon Post</h1>
      <p>The first teaser, released on May 2, 2031, is still online.<br>
      <a href="https://www.youtube.com/watch?v=Ab3teaSer07">https://www.youtube.com/watch?v=Ab3teaSer07</a></p>
      <p>A new trailer went up today: <a href="https://youtu.be/Zq9PvTwo2xY">https://youtu.be/Zq9PvTwo2xY</a></p>
      <p><a href="https://www.youtube.com/watch?v=Mm4PV3xxxxx">https://www.youtube.com/watch?v=Mm4PV3xxxxx</a></p>
    </article></body></html>"""
    by_url = {v.url.rsplit("=", 1)[-1].rsplit("/", 1)[-1]: v.label for v in page(html).videos()}
    assert "first teaser" in by_url["Ab3teaSer07"] and "May 2, 2031" in by_url["Ab3teaSer07"]
    assert "Ab3teaSer07" not in by_url["Ab3teaSer07"]
    assert "new trailer went up today" in by_url["Zq9PvTwo2xY"] and "youtu" not in by_url["Zq9PvTwo2xY"]
    assert by_url["Mm4PV3xxxxx"] == ""                  # a URL with no words around it names nothing


def test_a_printed_dateline_is_the_published_date_when_the_head_has_none():
    for line, want in (("2031.02.14 18:05 / 編集部：ハナダ", "2031-02-14"), ("2031年2月14日 09:30", "2031-02-14"),
                       ("February 14, 2031 by Staff Writer", "2031-02-14"), ("Posted: Feb 14, 2031 | Desk", "2031-02-14"),
                       ("Posted on February 14, 2031 by Rio", "2031-02-14")):
        html = f"""<html><head><title>Glass Finch anime dated - NewsSite</title></head><body><article>
        <h1>Glass Finch anime dated</h1><p>{line}</p><p>The Glass Finch anime premieres in April.</p></article></body></html>"""
        assert str(page(html).published) == want, line
    for line in ("2031年4月3日(木) 23:30～ TOKYO MX", "2031.04.03 ON AIR", "April 3, 2031 premiere on AT-X",
                 "2031年4月3日 18:00 / 会場：港ホール"):
        html = f"""<html><head><title>Glass Finch anime dated - NewsSite</title></head><body><article>
        <h1>Glass Finch anime dated</h1><p>{line}</p></article></body></html>"""
        assert page(html).published is None, line


def _extract_news(html: str, title: str):
    from tracker.extract import extract
    from tracker.model import Fetched

    return extract(Fetched("https://news.example.test/a", body=html.encode("utf-8"), text=html), Work(title)).facts


def test_a_trailer_a_news_article_reveals_takes_the_articles_date():
    tmpl = """<html><head><title>{head} - Reelpost</title>
    <meta property="article:published_time" content="2031-05-20T10:00:00+09:00"></head><body><article>
    <h1>{head}</h1><p>{body}</p>
    <iframe src="https://www.youtube.com/embed/Qw3Er5Ty7Ui"></iframe><p>▼{caption}</p></article></body></html>"""
    cases = [("TVアニメ『砂時計の庭』特報解禁", "TVアニメ『砂時計の庭』の特報が公開された。", "特報", True),
             ("Hourglass Garden anime unveils its first teaser", "The first teaser was unveiled today.", "Teaser", True),
             # the article names the video's own earlier date: no date from the article
             ("Hourglass Garden cast grows", "The teaser, released on March 2, is below.", "Teaser", False),
             # no sentence says the video came out now: an old trailer embedded for reference
             ("Hourglass Garden cast grows", "Two more actors join the cast.", "Teaser", False)]
    for head, body, caption, dated in cases:
        html = tmpl.format(head=head, body=body, caption=caption)
        values = [f.value for f in _extract_news(html, "砂時計の庭" if "砂" in head else "Hourglass Garden")
                  if f.field == "trailer"]
        assert values, head
        assert all(v.startswith("2031-05-20 ") for v in values) == dated, (head, body, values)


def test_a_wiki_infobox_with_a_manga_group_repeating_original_run_is_kept():
    box = """<aside class="portable-infobox"><h2>Reed Lantern</h2>
      <section><h2>TV anime</h2><table>
        <tr><th>Directed by</th><td>Sora Imai</td></tr><tr><th>Studio</th><td>Gull Works</td></tr>
        <tr><th>Original network</th><td>TV Tokyo</td></tr><tr><th>Original run</th><td>April 4, 2031 – scheduled</td></tr>
        <tr><th>Episodes</th><td>13</td></tr></table></section>
      <section><h2>Manga</h2><table><tr><th>Written by</th><td>Kei Oda</td></tr>
        <tr><th>Magazine</th><td>Weekly Lark</td></tr><tr><th>Original run</th><td>2028 – present</td></tr>
        <tr><th>Volumes</th><td>9</td></tr></table></section></aside>"""
    html = ("<html><body><main><h1>Reed Lantern (anime)</h1>" + box +
            "<p>" + "Reed Lantern is an upcoming anime. " * 6 + "</p></main></body></html>")
    text = page(html).text()
    assert "Gull Works" in text and "13" in text
    # cards of two other works, each with the same labels, are still a sidebar
    card = "<div><h4>{t}</h4><p><b>Studio</b> {s}</p><p><b>Episodes</b> 12</p><p><b>Original run</b> 2030</p></div>"
    side = ("<aside class='portable-infobox'>" + card.format(t="Moth Bay", s="Bay Films") +
            card.format(t="Iron Kite", s="Kite House") + "</aside>")
    text = page("<html><body><main><h1>Reed Lantern</h1>" + side + "<p>" + "Reed Lantern is an upcoming anime. " * 6
                + "</p></main></body></html>").text()
    assert "Bay Films" not in text and "Kite House" not in text


def test_a_news_posts_lone_date_above_its_headline_is_its_published_date_but_a_news_list_is_not():
    post = """<html><head><title>NEWS | TVアニメ『硝子の渡り鳥』公式サイト</title></head><body><main>
    <section class="news-detail"><p class="date">2031.06.02</p><p class="cat">MOVIE</p>
    <h2>PV第2弾を公開！</h2><p>本日、PV第2弾を公開いたしました。</p></section></main></body></html>"""
    assert str(page(post).published) == "2031-06-02"
    listing = """<html><head><title>TVアニメ『硝子の渡り鳥』公式サイト</title></head><body><main>
    <ul class="news"><li><p>2031.06.02</p><h3>PV第2弾を公開！</h3></li>
    <li><p>2031.05.20</p><h3>キャスト追加</h3></li></ul></main></body></html>"""
    assert page(listing).published is None
    # a date alone with no headline under it is no dateline
    assert page(post.replace("<h2>PV第2弾を公開！</h2>", "")).published is None


def test_sections_of_another_medium_are_not_the_animes():
    html = """<html><head><title>灯火のポラリス - Wiki</title></head><body><main><h1>灯火のポラリス</h1>
    <p>『灯火のポラリス』は漫画作品。2031年にテレビアニメ化された。</p>
    <h2>ドラマCD [編集]</h2><p>2029年発売。ユノ役：北条みさき、カイ役：西野 匠</p>
    <h2>舞台版キャスト</h2><ul><li>ユノ：望月れい</li></ul>
    <h2>Live-action film</h2><p>Directed by Oren Blake.</p>
    <h2>テレビアニメ</h2><p>監督：天羽ゆうき。ユノ役：雪代あおい</p>
    <h2>舞台挨拶</h2><p>2031年3月2日、第1話先行上映会の舞台挨拶に雪代あおいが登壇。</p>
    <h2>TVアニメ・ドラマCD 共通キャスト</h2><p>ミナ役：白峰かなた</p></main></body></html>"""
    text = page(html).for_work(Work("灯火のポラリス")).text()
    assert "北条みさき" not in text and "望月れい" not in text and "Oren Blake" not in text
    assert "天羽ゆうき" in text and "雪代あおいが登壇" in text and "白峰かなた" in text
    # the page's own tree keeps every section
    assert "北条みさき" in page(html).text()


def _both_paths(html: str):
    """The page through the fast lxml pre-pass and through the plain bs4 path (`_scan`)."""
    from bs4 import BeautifulSoup

    return page(html), Page("https://example.test/a", b"", _soup=BeautifulSoup(html, "lxml"))


def test_struck_through_text_is_not_a_current_statement():
    cases = [
        # a moved date kept struck in a table cell, the new one beside it
        ("""<table><tr><th>放送開始</th><td>2031年4月12日（土）<del>2031年4月5日</del></td></tr></table>""",
         "2031年4月12日", "4月5日"),
        # a recast: the old actor struck in a cast list
        ("""<ul><li>Rin: <s>Haruka Seno</s> Mao Kiritani</li><li>Taku: Ren Odagiri</li></ul>""",
         "Mao Kiritani", "Haruka Seno"),
        # struck by an inline style (a classic editor's span)
        ("""<p>監督：<span style="text-decoration: line-through;">木島 透</span> 早瀬ゆかり</p>""", "早瀬ゆかり", "木島"),
        # prose with a struck month (an old <strike> tag)
        ("""<p>The film opens <strike>in March 2032</strike> on May 9, 2032 in theaters.</p>""",
         "May 9, 2032", "March 2032"),
    ]
    for body, kept, gone in cases:
        html = f"<html><head><title>Glass Heron anime</title></head><body><article><h1>Glass Heron</h1>{body}" \
               "<p>More text about the work so the article is long enough to be the content.</p></article></body></html>"
        for p in _both_paths(html):
            text = p.text()
            assert kept in text and gone not in text, (body, text)
    # text around the struck part stays in one line
    p = page("<html><body><main><p>監督：<s>木村</s>森 千晶</p></main></body></html>")
    assert "監督:森 千晶" in p.text().replace("：", ":")


def test_an_article_whose_lead_names_the_work_is_one_work_despite_its_subheadings():
    # a game-news article: the headline names the game, the standfirst and lead the anime's full title, and
    # the subheadings are sections in words, not titles
    html = """<html><head><title>Cogsworth Saga is getting an anime - Pad & Pixel</title></head><body><article>
      <h1>Cogsworth Saga is getting an anime</h1><p class="dek">The puzzle game becomes Cogsworth Saga: Ember Tide</p>
      <p>The anime, Cogsworth Saga: Ember Tide, is animated by Studio Wrenfield and airs in spring 2031.</p>
      <h2>Who is making it</h2><p>Mika Tsujimoto directs the series; Hal Brenner writes it.</p>
      <h2>What is Cogsworth Saga?</h2><p>The game launched in 2028 and sold two million copies.</p>
      <h2>What the trailer shows</h2><p>A clockwork tower and a lot of fog.</p></article></body></html>"""
    p = page(html)
    assert p.for_work(Work("Cogsworth Saga: Ember Tide")) is p
    # in Japanese: 「X」アニメ化 headline with the series' full title only in the lead
    ja = """<html><head><title>人気RPG「星綴りの庭」TVアニメ化決定 - ゲーム通信</title></head><body><article>
      <h1>人気RPG「星綴りの庭」TVアニメ化決定</h1>
      <p>本日、TVアニメ「星綴りの庭 -暁の章-」の制作が発表された。2031年秋放送予定。</p>
      <h2>メインスタッフが明らかに</h2><p>監督は水野 遥、アニメーション制作はスタジオ灯。</p>
      <h2>原作の魅力をおさらい</h2><p>2029年配信のスマートフォン向けRPG。</p></article></body></html>"""
    p = page(ja)
    assert p.for_work(Work("星綴りの庭 -暁の章-")) is p


def test_a_list_whose_lead_names_a_work_still_cuts_at_its_heading_or_finds_none():
    html = """<html><head><title>Our October picks - Reel Notes</title></head><body><article>
      <h1>Our October picks</h1><p>Headlined by Glass Harbor, this month is a strong one.</p>
      <h2>Glass Harbor</h2><p>Director: Aki Nomura. Studio Pell.</p>
      <h2>Salt Engine</h2><p>Director: Rui Sato. Studio Kanna.</p>
      <h2>Moth Parade</h2><p>Director: Eri Hoshi.</p></article></body></html>"""
    s = page(html).for_work(Work("Glass Harbor"))
    assert s is not None and s.multi_work and "Aki Nomura" in s.text() and "Rui Sato" not in s.text()
    # a list-titled page whose lead names a work without a heading of its own: not that work's page
    listed = html.replace("Our October picks", "Fall 2031 anime list").replace("Headlined by Glass Harbor",
                                                                             "After last year's Iron Finch")
    assert page(listed).for_work(Work("Iron Finch")) is None
    # a list whose headings give the works' short titles is cut at the short one, though its lead names it in full
    short = html.replace("Headlined by Glass Harbor", "Headlined by Glass Harbor: Low Tide")
    s = page(short).for_work(Work("Glass Harbor: Low Tide"))
    assert s is not None and s.multi_work and "Aki Nomura" in s.text() and "Rui Sato" not in s.text()
    # and a work named only under another work's heading is not on the page
    under = html.replace("Studio Pell.", "Studio Pell, who also made Iron Finch.")
    assert page(under).for_work(Work("Iron Finch")) is None


def test_a_section_about_the_source_game_is_another_mediums():
    html = """<html><head><title>Lumen Drift anime announced</title></head><body><article>
      <h1>Lumen Drift anime announced</h1><p>Lumen Drift: Tides airs in 2031 on TV Tokyo. Directed by Sae Ono.</p>
      <h2>About the original game</h2><p>In the game, Ria is voiced by Dana Whitlow. Game director: Pat Kerr.</p>
      <h2>The anime's cast</h2><p>Ria is voiced by Nao Kisaragi.</p></article></body></html>"""
    text = page(html).for_work(Work("Lumen Drift: Tides")).text()
    assert "Dana Whitlow" not in text and "Pat Kerr" not in text
    assert "Sae Ono" in text and "Nao Kisaragi" in text
    from tracker.page import _other_medium_heading

    for head in ("A quick look back at the game", "The game's story so far", "原作ゲームについて", "ゲーム版の概要"):
        assert _other_medium_heading(head), head
    for head in ("How the anime adapts the game", "Who is making it", "Staff", "Game changer for the studio",
                 "About New Game!", "Kami wa Game ni Ueteiru"):
        assert not _other_medium_heading(head), head


def test_merge_joins_a_labelled_pv_and_a_prose_trailer_of_one_number():
    # (the merge of extractor outputs, tracker.extract.merge: kept here with the page's other scoping rules)
    from tracker.extract import merge
    from tracker.model import Fact

    url = "https://www.youtube.com/watch?v=AbCdEfGh123"
    labelled = [Fact("trailer", "PV 3", url, "『潮騒ラジオ』PV第3弾")]
    prose = [Fact("trailer", "trailer 3", "2031-02-14", "The third trailer dropped on February 14, 2031.")]
    got = {(f.key, f.value) for f in merge([labelled, prose])}
    assert got == {("PV 3", f"2031-02-14 {url}")}
    # another number, another kind (a teaser), or two URLs: separate videos
    for other in (Fact("trailer", "trailer 2", "2031-02-14", "e"), Fact("trailer", "teaser 3", "2031-02-14", "e"),
                  Fact("trailer", "trailer 3", "https://youtu.be/Zz9", "e")):
        assert len(merge([labelled, [other]])) == 2, other
    # two dated videos are not joined either
    assert len(merge([[Fact("trailer", "PV 1", f"2031-01-02 {url}", "e")],
                      [Fact("trailer", "trailer 1", "2031-03-02", "e")]])) == 2


def test_merge_keeps_the_schedule_date_over_the_old_date_of_a_change_notice():
    from tracker.extract import merge
    from tracker.model import Fact

    table = [Fact("release_date", "", "2031-04-12", "放送開始日: 2031年4月12日(土)")]
    for old, ev in (("2031-04-05", "※当初4月5日(土)放送開始とお知らせしておりましたが、4月12日(土)に変更となりました。"),
                    ("2031-03", "The series, originally slated for March 2031, was postponed to April 12, 2031."),
                    ("2031-01", "It was delayed from January 2031 to April 12, 2031."),
                    ("2031-04-05", "4月5日(土)に放送を予定しておりました第1話は、4月12日(土)に延期となりました。"),
                    ("2031-03-01", "It was supposed to open in theaters on March 1, 2031, but has been delayed.")):
        got = [f.value for f in merge([table, [Fact("release_date", "", old, ev)]]) if f.field == "release_date"]
        assert got == ["2031-04-12"], (old, got)
    # the notice's new date still beats a schedule that shows the old one
    stale = [Fact("release_date", "", "2031-01", "Premiere: January 2031")]
    new = [Fact("release_date", "", "2031-04", "The anime has been postponed to April 2031.")]
    assert [f.value for f in merge([stale, new])] == ["2031-04"]
    # the old date of a notice in the past tense ("予定しておりましたが…変更") replaces nothing either: the notice's
    # new date does
    planned = [Fact("release_date", "", "2031-04", "放送開始を2031年4月に予定しておりましたが、7月に変更となりました。")]
    assert [f.value for f in merge([stale, planned])] == ["2031-07"]
    vague = [Fact("release_date", "", "2031-04", "放送開始を2031年4月に予定しておりましたが、延期となりました。")]
    assert [f.value for f in merge([stale, vague])] == ["2031-01"]


def test_an_article_headlined_with_the_title_without_its_subtitle_is_about_the_work():
    # the full title only deep in the body; the headline names it without its subtitle
    html = """<html><head><title>Harbor Lights Saga heads to TV - Screen Byte</title></head><body><article>
      <h1>Harbor Lights Saga heads to TV</h1><p>The visual novel is getting a TV series next year.</p>
      <h2>When it airs</h2><p>Spring 2031 on Tokyo MX.</p>
      <h2>The team</h2><p>The series, Harbor Lights Saga: Low Tide, is directed by Ichika Moro.</p></article></body></html>"""
    p = page(html)
    assert p.for_work(Work("Harbor Lights Saga: Low Tide")) is p
    ja = html.replace("Harbor Lights Saga: Low Tide", "港灯りの物語 ～引き潮～").replace("Harbor Lights Saga", "港灯りの物語")
    p = page(ja)
    assert p.for_work(Work("港灯りの物語 ～引き潮～")) is p
    # a short main title ("Re:X", "A - B") is too common a word to count; a list-titled page never does
    listed = html.replace("Harbor Lights Saga heads to TV", "Spring 2031 anime list: Harbor Lights Saga and more")
    assert page(listed).for_work(Work("Harbor Lights Saga: Low Tide")) is None


def test_the_original_creator_survives_the_cut_of_another_seasons_section():
    from tracker.extract import extract
    from tracker.model import Fetched

    html = """<html><head><title>Kite Harbor Season 2: everything we know</title></head><body><article>
      <h1>Kite Harbor Season 2: everything we know</h1>
      <p>Kite Harbor Season 2 premieres in April 2031. Director Emi Kanda returns for the new season.</p>
      <h2>Season 1 recap</h2>
      <p>The first season, based on the manga by Rokuro Ibuki, was animated by Studio Gale, and Taro Fujimi
      handled the character designs.</p>
      <h2>Season 2 staff</h2><p>Character design is by Yuna Kashiwa.</p></article></body></html>"""
    f = Fetched(url="https://example.test/k", final_url="https://example.test/k", status=200,
                body=html.encode(), text=html, content_type="text/html")
    facts = {(x.field, x.key, x.value) for x in extract(f, Work("Kite Harbor Season 2")).facts}
    assert ("staff", "original creator", "Rokuro Ibuki") in facts
    assert not any("Taro Fujimi" in v or "Studio Gale" in v for _f, _k, v in facts), facts


def test_a_season_word_in_one_works_headline_does_not_make_a_list():
    body = """<html><head><title>{t} | ニュース</title></head><body><article><h1>{t}</h1>
      <p>2031年4月より放送のTVアニメ『灯台守のワルツ』の本PVが公開された。</p>
      <h2>『灯台守のワルツ』本PV</h2><p>動画はこちら。</p>
      <h2>追加キャスト</h2><p>ミオ役：雪村あかり</p>
      <h2>放送情報</h2><p>TOKYO MX：2031年4月6日(日)24:00～</p></article></body></html>"""
    work = Work("灯台守のワルツ", ("Lighthouse Waltz",))
    for one in ("2031年春アニメ『灯台守のワルツ』本PV公開、追加キャストも", "春アニメ「灯台守のワルツ」OP主題歌は「潮風」に決定",
                "新番組『灯台守のワルツ』放送情報", "New anime Lighthouse Waltz drops its main trailer"):
        p = page(body.format(t=one))
        assert p.for_work(work) is p, one
    # a season word with a second title, or "ほか"/"and more", is still a list: cut at the work's heading
    for several in ("2031年春アニメ『灯台守のワルツ』『星の郵便局』PV公開", "新番組『灯台守のワルツ』ほか春の注目作"):
        s = page(body.format(t=several)).for_work(work)
        assert s is not None and s.multi_work, several


def test_a_songs_title_in_the_headline_is_not_a_second_work():
    body = """<html><head><title>{t}</title></head><body><article><h1>{t}</h1>
      <p>2031年4月より放送のTVアニメ『灯台守のワルツ』のOP主題歌が決定した。</p>
      <h2>『灯台守のワルツ』OP主題歌</h2><p>歌うのはミナミ。</p>
      <h2>追加キャスト</h2><p>ミオ役：雪村あかり</p>
      <h2>放送情報</h2><p>TOKYO MX：2031年4月6日(日)24:00～</p></article></body></html>"""
    work = Work("灯台守のワルツ")
    for one in ("TVアニメ『灯台守のワルツ』OP主題歌はミナミ『潮風』に決定", "『灯台守のワルツ』エンディング『夜の波』MV公開"):
        p = page(body.format(t=one))
        assert p.for_work(work) is p, one
    from tracker.page import _names_several_works

    assert _names_several_works("『灯台守のワルツ』OP主題歌決定、『星の郵便局』放送開始")   # a digest of two works


def test_a_seasons_site_drops_its_older_seasons_dated_news_items():
    html = """<html><head><title>TV Anime "Moonlit Ferry" Season 3 Official Website</title></head><body><main>
    <h2>NEWS</h2><ul>
      <li><time>2030.10.01</time><a href="#">New cast for Season 3: Rin Aoba as Quill</a></li>
      <li><time>2030.06.01</time><a href="#">Season 3 production decided! Season 2 director returns</a></li>
      <li><time>2029.04.02</time><a href="#">Season 2 starts April 8 on BS11! Animation production: Studio Pebble</a></li>
      <li>2029.03.20 第2期 4月8日より放送開始！アニメーション制作：スタジオ小石</li>
      <li>Mar 1, 2029 — Second season ending theme by Dune Harp now streaming</li>
      <li><a href="#">Season 2 Blu-ray BOX on sale</a></li>
    </ul><dl class="news"><dt>2029.01.15</dt><dd>2nd season key visual: art by Kiln Nine</dd>
      <dt>2030.09.09</dt><dd>3rd season PV by Kiln Nine</dd></dl>
    <div class="item"><span class="date">2028.12.01</span><p>TVアニメ第2期制作決定！監督：岩見ハル</p></div>
    <h2>STAFF</h2><dl><dt>Animation Production</dt><dd>Studio Wharf</dd></dl></main></body></html>"""
    text = page(html).for_work(Work("Moonlit Ferry Season 3")).text()
    assert "Rin Aoba" in text and "Season 2 director returns" in text and "Studio Wharf" in text
    assert "Studio Pebble" not in text and "スタジオ小石" not in text and "Dune Harp" not in text
    assert "art by Kiln Nine" not in text and "岩見ハル" not in text and "3rd season PV by Kiln Nine" in text
    assert "Blu-ray BOX" in text  # an undated link is no news item
    # a work without a season number keeps every item
    assert "Studio Pebble" in page(html).for_work(Work("Moonlit Ferry")).text()


def test_a_side_column_s_boxes_are_chrome_but_the_column_and_side_stories_are_not():
    # a station's programme page: its side column's boxes list other programmes with their studio and voices
    body = "<p>" + "Programme details, cast and staff of this show. " * 8 + "</p>"
    html = f"""<html><body><table><tr><td id="main"><h1>Paper Kites</h1>{body}</td><td id="side">
      <div class="side-box"><p>New this month</p><ul><li><a href="/p/a">Salt Road</a> animation: Studio Gale</li></ul></div>
      <div class="sidebox"><p>Voices: Ren Ogi, Mai Tono</p></div><div class="side_block"><p>Weather and traffic</p></div>
      <div class="side-story"><p>The side story Kite Letters streams too.</p></div></td></tr></table></body></html>"""
    text = page(html).text()
    assert "Programme details" in text and "Kite Letters" in text
    assert not any(t in text for t in ("Studio Gale", "Ren Ogi", "Weather and traffic"))
    # a film site's side column holds its own info and trailer: kept
    film = html.replace('class="side-box"', 'class="sideInfo"').replace('class="sidebox"', 'class="side-col"')
    ftext = page(film).text()
    assert "Studio Gale" in ftext and "Ren Ogi" in ftext


def test_a_small_box_with_a_sponsored_link_is_an_ad_in_both_paths():
    # an affiliate box: another service's free trial, a manga shop; a sponsored link inline in a long body stays
    body = "<p>" + "The series premieres in spring with its original cast back. " * 9 + "</p>"
    html = f"""<html><body><article><h1>Pale Harbor</h1>{body}
      <div class="vod"><p>Binge the first season on Kinoweb first!</p>
        <a href="https://aff.example/?to=kw" rel="nofollow sponsored">Watch free for 14 days</a></div>
      <aside><p>Read the manga</p><a href="https://aff.example/?to=books" rel="sponsored noopener">Volume 1 free</a></aside>
      <section><p>{"A long part of the article, with one paid link to a shop. " * 9}
        <a href="https://shop.example/bd" rel="sponsored">the Blu-ray</a></p></section>
      <div class="box"><a href="https://other.example/" rel="nofollow">Our partner site</a></div></article></body></html>"""
    for p in _both_paths(html):
        text = p.text()
        assert "original cast" in text and "paid link to a shop" in text and "Our partner site" in text
        assert "Kinoweb" not in text and "Volume 1 free" not in text


def test_read_also_precheck_knows_every_separator_form():
    """`_reads_also` skips texts without a character of _READ_ALSO_SEP: that class must hold every character
    whose normal form has one of _READ_ALSO's separators (else a "RELATED：" line written another way is missed)."""
    import sys
    import unicodedata

    from tracker.page import _READ_ALSO_SEP, _reads_also

    seps = set(":：>»›|｜")
    for i in range(sys.maxunicode + 1):
        if 0xD800 <= i < 0xE000:
            continue
        c = chr(i)
        assert bool(seps & set(unicodedata.normalize("NFKD", c))) == bool(_READ_ALSO_SEP.match(c)), hex(i)
    assert _reads_also("ＲＥＬＡＴＥＤ：Another story") and _reads_also("関連記事 ＞ 次の話")
    assert not _reads_also("Related stories about the cast")


def test_has_word_agrees_with_its_pattern():
    """`_has_word` answers exactly as the case-insensitive hint pattern, odd case folds included."""
    from tracker.page import _MEDIUM_HINT, _MEDIUM_WORDS, _SEASON_HINT, _SEASON_WORDS, _has_word

    for text in ("", "Stage play", "STAGE", "ſtage", "Lıve-Action film", "LİVE ACTION", "ドラマcd", "ドラマＣＤ",
                 "2nd SEASON", "ſeaſon", "第2期", "シーズン", "Kelvin K", "nothing here", "gam e", "舞台挨拶"):
        assert _has_word(text, _MEDIUM_HINT, _MEDIUM_WORDS) == bool(_MEDIUM_HINT.search(text)), text
        assert _has_word(text, _SEASON_HINT, _SEASON_WORDS) == bool(_SEASON_HINT.search(text)), text


def test_nfkc_line_collapses_exactly_the_regex_whitespace():
    """nfkc_line splits at str.isspace characters: the same set as re's \\s, so lines read as before."""
    import re
    import sys
    import unicodedata

    from tracker.page import nfkc_line

    spaces = "".join(chr(i) for i in range(sys.maxunicode + 1)
                     if not 0xD800 <= i < 0xE000 and (chr(i).isspace() or re.fullmatch(r"\s", chr(i))))
    for text in (spaces, "a" + spaces + "b", f" {spaces}Ｘ\u3000Y\u00a0 z\u2028", "", "ｶﾞｷﾞ  \x1c\x85 end "):
        assert nfkc_line(text) == re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text)).strip(), repr(text)


def test_video_site_precheck_agrees_with_its_pattern():
    from tracker.page import _VIDEO_HINT, _names_video_site

    for text in ("", "<a href='https://youtu.be/x'>", "YOUTUBE", "VıMEO", "bılıbılı", "no video here", "NicoVideo",
                 "ytİmg", "DailyMotion"):
        assert _names_video_site(text) == bool(_VIDEO_HINT.search(text)), text


def test_html_of_is_lxml_html_tostring():
    import lxml.etree
    import lxml.html

    from tracker.page import _html_of, _html_parser

    for markup in ('<html><body><p>a<br>b &amp; c</p><meta http-equiv="Content-Type" content="text/html">x</body></html>',
                   "<html><body><div class=k>日本語<img src=a.png alt=A></div>tail</body></html>"):
        body = lxml.etree.fromstring(markup, _html_parser()).find("body")
        assert _html_of(body) == lxml.html.tostring(body, encoding="unicode")


def _finite_language(pattern: str) -> list[str]:
    """Every string a pattern of literals, alternations, groups and `?` matches (a finite regex)."""
    import re._parser as sre_parse
    from re._constants import BRANCH, LITERAL, MAX_REPEAT, SUBPATTERN

    def seq(items) -> list[str]:
        out = [""]
        for op, av in items:
            if op is LITERAL:
                opts = [chr(av)]
            elif op is SUBPATTERN:
                opts = seq(av[-1])
            elif op is BRANCH:
                opts = [s for branch in av[1] for s in seq(branch)]
            elif op is MAX_REPEAT:
                lo, hi, body = av
                assert (lo, hi) == (0, 1), "only ? is supported"
                opts = ["", *seq(body)]
            else:
                raise AssertionError(f"unsupported {op}")
            out = [a + b for a in out for b in opts]
        return out

    return seq(sre_parse.parse(pattern))


def test_infobox_word_precheck_passes_every_label_the_pattern_takes():
    """`_may_hold_infobox_label` (the word pre-check in front of the infobox leaf scan) is true for every label
    `_INFOBOX_LABEL` fullmatches, in any case, with re's odd equivalences (ı ~ i, ſ ~ s), inside longer text,
    and on every fixture page's boxes that hold an infobox."""
    from tracker import page as P

    labels = _finite_language(P._INFOBOX_LABEL.pattern)
    assert len(labels) > 50
    for label in labels:
        variants = {label, label.upper(), label.title(), label.replace("i", "ı"), label.replace("s", "ſ"),
                    label.upper().replace("I", "İ"), label.replace("st", "ﬆ")}
        for v in variants:
            folded = v.strip().rstrip(":：").strip().casefold()
            if P._INFOBOX_LABEL.fullmatch(folded):
                assert P._may_hold_infobox_label(f"Info\n{v}:\n12"), v
    assert not P._may_hold_infobox_label("user12 2 days ago Can't wait, looks great")


def test_infobox_precheck_keeps_every_fixture_boxs_answer():
    """On every fixture page, each element's infobox answer is the same with and without the pre-check."""
    import lxml.etree

    import test_fixtures as tf
    from tracker import page as P

    parser = P._html_parser()
    asked = 0
    for path in tf.ALL:
        fetched = tf.fetched_for(tf.load(path)[1])
        text = P._XML_DECLARATION.sub("", fetched.text or P._decode(fetched.body), count=1)   # (as Page reads it)
        doc = lxml.etree.fromstring(text, parser)
        if doc is None:
            continue
        lxml.etree.strip_elements(doc, lxml.etree.Comment, lxml.etree.ProcessingInstruction, with_tail=False)
        for el in doc.iter():
            if isinstance(el.tag, str) and len(el):
                full = P._infobox_labels(e.text for e in el.iter() if isinstance(e.tag, str) and not len(e))
                assert P._l_holds_infobox(el) == full, path
                asked += full
    assert asked >= 1


def test_an_xhtml_page_with_an_xml_declaration_takes_the_fast_path_and_prints_no_warning():
    """Old Japanese sites (PukiWiki, 2000s official sites) open with <?xml … encoding="EUC-JP"?>: lxml refused the
    decoded text, so the page fell to the plain-bs4 path, and bs4 printed a multi-line XMLParsedAsHTMLWarning."""
    import warnings

    html = ('<?xml version="1.0" encoding="EUC-JP"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
            '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd"><html xmlns="http://www.w3.org/1999/xhtml">'
            '<head><title>白夜のフーガ - Wiki</title></head><body><div id="body"><p>監督：氷室透</p></div></body></html>')
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        page = Page("http://wiki.example/", html)
    assert page._pruned and page.title == "白夜のフーガ - Wiki"
    assert "監督：氷室透" in page.soup.get_text()
