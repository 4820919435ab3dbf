"""What is not this work's content: readers' threads, a layout's side column, another title's sentence, a negated
service. Each family is written in several of its forms (English and Japanese, other markup, other word orders),
with a trap that must keep its fact. Every page here is invented for these tests (sites, titles, people).
"""
from __future__ import annotations

import pytest
from extract_helpers import facts, news

WORK_JA = "灯台守のソナタ"
LEAD_JA = f"<p>TVアニメ『{WORK_JA}』は2027年4月より放送。監督は森川ユウ。</p>"
RUMOUR_EPISODES = f"『{WORK_JA}』は全24話の2クールです。"
RUMOUR_DIRECTOR = "監督：山岸トオル"


def _ja(body: str, title: str = f"TVアニメ『{WORK_JA}』最新情報") -> str:
    return ("<!doctype html><html lang=\"ja\"><head><meta charset=\"utf-8\"><title>" + title + "</title></head><body>"
            f"<div id=\"main\"><div class=\"article\"><h1>{title}</h1>{body}</div></div></body></html>")


def _rumours(got) -> list:
    return [g for g in got if g[2] in ("24", "山岸トオル")]


# ---------------------------------------------------------------- readers' threads, by their heading
THREAD_HEADINGS = [
    "■この作品についての書き込み（掲示板より転載）",
    "みんなの感想",
    "口コミ・評判",
    "読者のコメント",
    "視聴者の声",
    "ユーザーレビュー（期待度）",
    "コメント（12件）",
    "Reader comments",
    "What fans are saying",
    "Comments (12)",
    "Join the discussion",
    "Fan buzz",
    "From the forums",
    "What the community thinks",
]


@pytest.mark.parametrize("heading", THREAD_HEADINGS)
def test_a_thread_under_a_readers_heading_gives_no_fact(heading):
    # the posts have no class and no time: only the heading says they are readers'
    doc = _ja(LEAD_JA + f"<h3>{heading}</h3><div><p><b>きいろ</b></p><p>{RUMOUR_EPISODES}</p>"
                        f"<p><b>テツ</b></p><p>{RUMOUR_DIRECTOR}</p></div>")
    got = facts(doc, WORK_JA)
    assert ("staff", "director", "森川ユウ") in got
    assert not _rumours(got)


@pytest.mark.parametrize("heading", ["キャストコメント", "スタッフコメント到着", "Comments from the director",
                                     "Comments", "ファンの声に応えて第2期制作決定"])
def test_the_staffs_comments_and_a_news_heading_are_content(heading):
    from tracker.page import _reaction_heading
    assert not _reaction_heading(heading)


# ---------------------------------------------------------------- readers' threads, by their posts' shape
POST_THREADS = [
    # (a writer and a time on the first line, the post after it), without a class or a heading
    f"<table><tr><td><b>名無しさん</b> 2026/11/22(日) 21:14<br>{RUMOUR_EPISODES}</td></tr>"
    f"<tr><td><b>きいろ</b> 2026/11/23(月) 08:41<br>{RUMOUR_DIRECTOR}</td></tr></table>",
    f"<ul><li><b>kindling_kid</b> · 3 hours ago<br>{RUMOUR_EPISODES}</li><li><b>ashfall</b> · 2 days ago<br>{RUMOUR_DIRECTOR}</li></ul>",
    f"<div><div><span>1：名無しさん</span> 2026/11/25<p>{RUMOUR_EPISODES}</p></div>"
    f"<div>2：名無しさん 2026/11/25<p>{RUMOUR_DIRECTOR}</p></div></div>",
    f"<div><p>Posted by ashfall on Nov 22, 2026 at 9:14 pm<br>{RUMOUR_EPISODES}</p>"
    f"<p>Posted by kiiro on Nov 23, 2026 at 8:01 am<br>{RUMOUR_DIRECTOR}</p></div>",
    f"<ol><li>きいろ — 2日前<br>{RUMOUR_EPISODES}</li><li>あおば — 5時間前<br>{RUMOUR_DIRECTOR}</li></ol>",
    f"<p><b>ななし</b> 2026.11.22 21:14<br>{RUMOUR_EPISODES}</p><p><b>ゆう</b> 2026.11.22 22:01<br>{RUMOUR_DIRECTOR}</p>",
    f"<dl><dd>通りすがり 11/22 21:14<br>{RUMOUR_EPISODES}</dd><dd>鉄オタ 11/23 08:00<br>{RUMOUR_DIRECTOR}</dd></dl>",
]


@pytest.mark.parametrize("thread", POST_THREADS)
def test_a_run_of_posts_gives_no_fact(thread):
    got = facts(_ja(LEAD_JA + thread), WORK_JA)
    assert ("staff", "director", "森川ユウ") in got
    assert not _rumours(got)


def test_a_news_list_opening_with_dates_is_no_thread():
    # a news item opens with its date and no writer: the site's own news stays
    doc = _ja(LEAD_JA + f"<ul><li>2026/11/22 21:00<br>{RUMOUR_EPISODES}</li><li>2026/11/20 18:00<br>PV公開</li></ul>")
    assert ("episodes", "", "24") in facts(doc, WORK_JA)


def test_post_shape_needs_a_writer_not_a_station():
    from tracker.page import _POST_STAMP, _SCHEDULE_WORDS
    line = "TOKYO MX 2027/4/10(土) 24:00～"
    assert _POST_STAMP.match(line) is None or _SCHEDULE_WORDS.search(line)


# ---------------------------------------------------------------- a table layout's side column of other titles
MENU_JA = ("<b>■最近更新した作品</b><br>・<a href='04711.html'>ガラスの旋律</a><br>2027年1月7日放送開始<br>制作：スタジオ月窓<br>"
           "・<a href='04705.html'>ぼくらの宇宙港</a><br>2027年1月 NHK Eテレ<br>監督：望月泰造<br>"
           "・<a href='04698.html'>夜明けのパラディン</a><br>2027年2月26日公開<br>・<a href='04690.html'>雪解けディスパッチ</a><br>")
MAIN_JA = ("<h2>灯台守のソナタ</h2><table border=1><tr><th>放送時期</th><td>2027年春（予定）</td></tr>"
           "<tr><th>アニメーション制作</th><td>アトリエ燕</td></tr></table>"
           "<h3>■スタッフ</h3><table><tr><td width='170'>監督</td><td><a href='../staff/1.html'>森川 ユウ</a></td></tr>"
           "<tr><td>音楽</td><td><a href='../staff/2.html'>瀬戸 ヒロ</a></td></tr></table>"
           "<p>港町の灯台を守る少女の物語。原作は白井つぐみの同名小説で、2023年から連載中。全国の書店で好評発売中のシリーズが待望のアニメ化。</p>"
           "<p>灯台の光が消えた夜、少女は海の向こうから届く歌声を聞く。町の人々が忘れてしまった約束と、灯台に残された古い楽譜の謎を追って、"
           "彼女は旅に出る。</p>")
MENU_EN = ("<b>Recently updated</b><br>» <a href='/db/4711'>Glass Melody</a><br>Jan 7, 2027 on TOKYO MX<br>Directed by Taizo Mochizuki<br>"
           "» <a href='/db/4705'>Harbor of Stars</a><br>Studio Moonwindow<br>» <a href='/db/4698'>Dawn Paladin</a><br>Film, Feb 26, 2027<br>")
MAIN_EN = ("<h1>Lighthouse Sonata</h1><p>Lighthouse Sonata is a TV anime directed by Yu Morikawa and animated by Atelier Tsubame. "
           "It premieres in April 2027.</p><p>The story follows a girl who keeps the last lighthouse of a harbor town, and the songs "
           "that reach her from across the sea on the nights the light goes out. The original novels by Tsugumi Shirai have sold "
           "over a million copies.</p>")


def _layout(cols: str, title: str = "灯台守のソナタ - アニメDB") -> str:
    return ("<html><head><meta charset='utf-8'><title>" + title + "</title></head><body><table width='100%'>"
            "<tr valign='top'>" + cols + "</tr></table></body></html>")


@pytest.mark.parametrize("cols", [
    f"<td width='190' bgcolor='#f1eedd'><font size='-1'>{MENU_JA}</font></td><td>{MAIN_JA}</td>",   # left menu
    f"<td>{MAIN_JA}</td><td width='200px'>{MENU_JA}</td>",                                          # right menu
    f"<td width='22%'>{MENU_JA}</td><td width='78%'>{MAIN_JA}</td>",                                # by share
    f"<td width='160'>{MENU_JA}</td><td>{MAIN_JA}</td><td width='150'><b>広告</b><br>"
    "<a href='x.html'>a</a><a href='y.html'>b</a><a href='z.html'>c</a></td>",                      # three columns
])
def test_a_layout_side_column_of_other_titles_gives_no_fact(cols):
    got = facts(_layout(cols), WORK_JA)
    assert ("staff", "director", "森川 ユウ") in got and ("staff", "music", "瀬戸 ヒロ") in got
    assert not [g for g in got if g[2] in ("望月泰造", "スタジオ月窓")]


def test_a_layout_side_column_in_english():
    got = facts(_layout(f"<td width='180'>{MENU_EN}</td><td>{MAIN_EN}</td>", "Lighthouse Sonata - Anime DB"), "Lighthouse Sonata")
    assert ("staff", "director", "Yu Morikawa") in got
    assert ("staff", "director", "Taizo Mochizuki") not in got


def test_a_narrow_cell_of_this_works_credits_stays():
    # the links follow a label (role：actor): this work's cast, not a menu of titles
    cell = ("<b>キャスト</b><br>ミナ：<a href='../cast/1.html'>春野ミオ</a><br>カイ：<a href='../cast/2.html'>秋田ユウ</a><br>"
            "ロウ：<a href='../cast/3.html'>冬木レイ</a><br>")
    got = facts(_layout(f"<td width='190'>{cell}</td><td>{MAIN_JA}</td>"), WORK_JA)
    assert {("cast", "ミナ", "春野ミオ"), ("cast", "カイ", "秋田ユウ"), ("cast", "ロウ", "冬木レイ")} <= got


# ---------------------------------------------------------------- an actor's other works, read as parts
LEAD_CAST = LEAD_JA + "<h3>キャスト</h3><p>ミナ：春野ミオ</p>"
FILMOGRAPHIES = [
    "<h3>■声優 春野ミオ の出演作</h3><ul><li>深海図書館のアリア（シオン役）</li><li>機甲少女ブリュンヒルト 第2期（ユナ役）</li></ul>",
    "<h4>主な出演作品</h4><p>深海図書館のアリア（シオン役）／機甲少女ブリュンヒルト（ユナ役）</p>",
    "<h4>代表作</h4><ul><li>深海図書館のアリア（シオン役）</li><li>星屑ランデヴー！（ユナ役）</li></ul>",
    "<h4>Filmography</h4><ul><li>深海図書館のアリア（シオン役）</li><li>機甲少女ブリュンヒルト（ユナ役）</li></ul>",
    "<h4>Mio Haruno's other roles</h4><ul><li>深海図書館のアリア（シオン役）</li><li>機甲少女ブリュンヒルト（ユナ役）</li></ul>",
    # inline: a note of works after the credit, its titles carrying their parts in brackets
    "<p>カイ：秋田ユウ（代表作：深海図書館のアリア（シオン役）、機甲少女ブリュンヒルト（ユナ役））</p>",
    "<p>カイ：秋田ユウ（出演作：深海図書館のアリア（シオン役）、機甲少女ブリュンヒルト（ユナ役））</p>",
    # no heading, no note: a title where the actor should be (の between words, a season mark, a long run of letters)
    "<ul><li>深海図書館のアリア（シオン役）</li><li>機甲少女ブリュンヒルト 第2期（ユナ役）</li></ul>",
    "<p>深海図書館のアリア（シオン役）、劇場版 星屑ランデヴー（ユナ役）</p>",
]


@pytest.mark.parametrize("films", FILMOGRAPHIES)
def test_an_actors_filmography_gives_no_cast(films):
    got = facts(_ja(LEAD_CAST + films), WORK_JA)
    assert ("cast", "ミナ", "春野ミオ") in got
    assert not [g for g in got if g[0] == "cast" and g[1] in ("シオン", "ユナ")]


def test_an_actor_then_the_part_in_brackets_stays_a_credit():
    got = facts(_ja(LEAD_JA + "<p>出演：春野ミオ（ミナ役）、秋田ユウ（カイ役）、ジェニファー・ローズ（ロウ役）</p>"), WORK_JA)
    assert {("cast", "ミナ", "春野ミオ"), ("cast", "カイ", "秋田ユウ"), ("cast", "ロウ", "ジェニファー・ローズ")} <= got


def test_the_filmography_heading_words():
    from tracker.page import _filmography_heading
    assert _filmography_heading("■声優 桐谷風香 の出演作") and _filmography_heading("Filmography")
    assert _filmography_heading("Best known for") and _filmography_heading("主な出演作品")
    assert not _filmography_heading("出演者") and not _filmography_heading("キャスト・出演")
    assert not _filmography_heading("Cast")


# ---------------------------------------------------------------- another title's credits inside the article
WORK_EN = "Ashen Crown Academy"
LEAD_EN = "Ashen Crown Academy premieres January 8, 2027. The anime is directed by Yu Morikawa at Atelier Tsubame."
OTHER_TITLE_CREDITS = [
    "Velvet Hound Detective Agency is animated by Studio Falx and directed by Ayumi Kotobuki.",
    "Velvet Hound Detective Agency, which premieres January 15, is directed by Ayumi Kotobuki at Studio Falx.",
    "Meanwhile, Velvet Hound Detective Agency will be produced by Studio Falx, with Ayumi Kotobuki directing.",
    "Also airing Fridays: Velvet Hound Detective Agency, animated by Studio Falx and directed by Ayumi Kotobuki.",
    "Studio Falx animates Velvet Hound Detective Agency, which Ayumi Kotobuki directs.",
    "Velvet Hound Detective Agency comes from Studio Falx and director Ayumi Kotobuki.",
    "Velvet Hound Detective Agency was directed by Ayumi Kotobuki and animated at Studio Falx.",
    "Fans of Velvet Hound Detective Agency (directed by Ayumi Kotobuki, animated by Studio Falx) will want to check it out.",
    "Ayumi Kotobuki, who directed Velvet Hound Detective Agency at Studio Falx, is not involved.",
    "『ベルベット・ハウンド探偵社』は、スタジオ・ファルクスが制作し、寿あゆみが監督を務める。",
    "同日スタートの『ベルベット・ハウンド探偵社』は監督・寿あゆみ、アニメーション制作・スタジオ・ファルクス。",
]


@pytest.mark.parametrize("sentence", OTHER_TITLE_CREDITS)
def test_another_titles_credits_are_not_this_works(sentence):
    got = facts(news([LEAD_EN, sentence], "Ashen Crown Academy: where to watch"), WORK_EN)
    assert ("staff", "director", "Yu Morikawa") in got
    assert not [g for g in got if any(w in g[2] for w in ("Kotobuki", "Falx", "寿", "ファルクス"))]


@pytest.mark.parametrize("work,sentence", [
    (WORK_EN, "Ashen Crown Academy is animated by Atelier Tsubame and directed by Yu Morikawa."),
    (WORK_EN, "The series is animated by Atelier Tsubame and directed by Yu Morikawa."),
    (WORK_EN, "It is animated by Atelier Tsubame and directed by Yu Morikawa."),
    (WORK_EN, "Ashen Crown is animated by Atelier Tsubame and directed by Yu Morikawa."),   # a shorter name
    ("Ashen Crown Academy: The Ember Gate", "Ashen Crown Academy is animated by Atelier Tsubame and directed by Yu Morikawa."),
    ("Lanterns of Hollowmere: The Tidewalker", "The Tidewalker is directed by Yu Morikawa at Atelier Tsubame."),
])
def test_this_works_own_credits_stay(work, sentence):
    got = facts(news([f"{work} premieres in April 2027.", sentence], f"{work} anime news"), work)
    assert ("staff", "director", "Yu Morikawa") in got


def test_a_rails_story_cards_are_other_stories():
    rail = ("<section><h3>More Winter 2027 Simulcasts</h3><article><a href='/anime/kitsune/'><h4>Kitsune Post Joins HIDIVE</h4>"
            "<p>Premieres January 6 on TOKYO MX.</p></a></article><article><a href='/anime/paper-harbor/'>"
            "<h4>Paper Harbor Detectives Will Stream on Netflix</h4><p>Directed by Kenichi Sagara at Studio Pinwheel.</p></a>"
            "</article></section>")
    doc = ("<html><head><title>Lighthouse Sonata anime: English dub cast | StreamBeat</title></head><body><main>"
           "<div class='post'><h1>Lighthouse Sonata anime: English dub cast</h1><p>Lighthouse Sonata premieres January 9, "
           "2027 on Crunchyroll. The series is directed by Yu Morikawa at Atelier Tsubame.</p></div>" + rail + "</main></body></html>")
    got = facts(doc, "Lighthouse Sonata")
    assert ("staff", "director", "Yu Morikawa") in got
    assert not [g for g in got if any(w in g[2] for w in ("Sagara", "Pinwheel", "HIDIVE", "Netflix"))]


# ---------------------------------------------------------------- a service said not to carry the work
def _watch(extra: str) -> str:
    return ("<html><head><title>Ironveil Academy English dub cast | StreamBeat</title></head><body><main><article>"
            "<h1>Ironveil Academy English dub cast</h1><p>Ironveil Academy premieres January 9, 2027. Crunchyroll streams it.</p>"
            "<p>The story follows a scholarship girl at an academy of machines and bells, where every engine keeps a secret.</p>"
            + extra + "</article></main></body></html>")


NEGATED_SERVICES = [
    "<h4>Where to watch Ironveil Academy</h4><table><tr><th>Service</th><th>Availability</th></tr><tr><td>Crunchyroll</td>"
    "<td>Simulcast from Jan 9</td></tr><tr><td>Netflix</td><td>Not available</td></tr><tr><td>Hulu</td><td>Not available</td></tr></table>",
    "<h4>Where to watch</h4><ul><li>Crunchyroll: streaming</li><li>Netflix: N/A</li><li>Hulu: —</li></ul>",
    "<h4>Where to watch</h4><table><tr><td>Crunchyroll</td><td>✓</td></tr><tr><td>Netflix</td><td>✗</td></tr><tr><td>Hulu</td><td>No</td></tr></table>",
    "<h4>配信情報</h4><table><tr><td>dアニメストア</td><td>2027年1月9日より配信</td></tr><tr><td>Netflix</td><td>配信なし</td></tr>"
    "<tr><td>Hulu</td><td>配信予定なし</td></tr></table>",
    "<dl><dt>Netflix</dt><dd>Not available</dd><dt>Hulu</dt><dd>×</dd></dl>",
    "<p>If you watched the TV series on Netflix, don't assume the movie will land there too; nothing has been announced.</p>",
    "<p>It is not on Netflix or Hulu.</p>",
    "<p>There's no sign of it on Netflix or Hulu yet.</p>",
    "<p>Netflix and Hulu are not streaming the series.</p>",
    "<p>It won't be available on Netflix or Hulu.</p>",
    "<p>The series will not stream on Netflix or Hulu.</p>",
    "<p>Netflix、Huluでの配信は予定されていない。</p>",
]


@pytest.mark.parametrize("extra", NEGATED_SERVICES)
def test_a_service_said_not_to_carry_the_work_is_no_fact(extra):
    got = facts(_watch(extra), "Ironveil Academy")
    assert ("streaming", "crunchyroll", "Crunchyroll") in got or any(g[1] == "dアニメストア" for g in got)
    assert not [g for g in got if "Netflix" in g[1] + g[2] or "Hulu" in g[1] + g[2] or g[1] in ("netflix", "hulu")]


@pytest.mark.parametrize("extra,kept", [
    ("<p>Netflix streams it in Japan, but it is not on Hulu.</p>", "netflix"),
    ("<p>It is streaming not only on Netflix but also on Hulu.</p>", "netflix"),
    ("<h4>Where to watch</h4><table><tr><td>Netflix</td><td>✓</td><td>✗</td></tr></table>", "netflix"),   # sub yes, dub no
    ("<p>Netflix will stream Ironveil Academy (Tetsu no Gakuen) worldwide.</p>", "netflix"),   # a romanised title's "no"
])
def test_a_service_that_does_carry_it_stays(extra, kept):
    got = facts(_watch(extra), "Ironveil Academy")
    assert any(g[0] == "streaming" and g[1] == kept for g in got)


# ---------------------------------------------------------------- another installment's song
FILM = "Lanterns of Hollowmere: The Tidewalker"
FILM_LEAD = (f"{FILM} opens in theaters in October 2027. The film is directed by Yu Morikawa, and the movie runs "
             "110 minutes.")


@pytest.mark.parametrize("sentence,foreign", [
    ("The TV series' opening, \"Wick and Water\" by the duo Minnow Hour, was a streaming hit in Japan.", True),
    ("The first film's ending, \"Wick and Water\" by Minnow Hour, topped the charts.", True),
    ("Season 1's opening \"Wick and Water\" by Minnow Hour is still beloved.", True),
    ("The TV anime's opening theme \"Wick and Water\" by Minnow Hour was everywhere in 2024.", True),
    ("The film's theme song is \"Wick and Water\" by Minnow Hour.", False),
    ("The movie's ending theme, \"Wick and Water\" by Minnow Hour, was announced today.", False),
])
def test_another_installments_song_on_a_films_page(sentence, foreign):
    got = facts(news([FILM_LEAD, sentence], f"{FILM} – everything we know"), FILM)
    assert any(g[0] == "theme_song" and "Wick" in g[2] for g in got) != foreign


def test_the_tv_series_own_song_on_its_page():
    got = facts(news(["Lanterns of Hollowmere premieres in October 2027 on TOKYO MX. The series is directed by Yu Morikawa.",
                      "The TV series' opening, \"Wick and Water\" by Minnow Hour, was revealed today."],
                     "Lanterns of Hollowmere anime"), "Lanterns of Hollowmere")
    assert any(g[0] == "theme_song" and "Wick" in g[2] for g in got)


# ---------------------------------------------------------------- a song's credit line
SONG_CREDITS = [
    "<ul><li>Lyrics: Sho Amaya · Music: Ren Takigawa · Arrangement: Paper Lighthouse, Daichi Morooka</li></ul>",
    "<ul><li>Music: Ren Takigawa · Arrangement: Daichi Morooka</li></ul>",
    "<p>作詞：天谷翔／作曲：滝川蓮／編曲：諸岡大地</p>",
    "<p>作曲・編曲：諸岡大地</p>",
    "<ul><li>Words: Sho Amaya</li><li>Music &amp; arrangement: Daichi Morooka</li></ul>",
    "<p>The single's lyrics are by Sho Amaya, with music by Daichi Morooka.</p>",
]


@pytest.mark.parametrize("credits", SONG_CREDITS)
def test_a_songs_credits_are_no_staff(credits):
    doc = _watch("<h3>Staff</h3><p>Music: Keiko Aramaki</p><h3>Opening theme single</h3>" + credits)
    got = facts(doc, "Ironveil Academy")
    assert ("staff", "music", "Keiko Aramaki") in got
    assert not [g for g in got if g[0] == "staff" and g[2] in ("Daichi Morooka", "Ren Takigawa", "諸岡大地", "滝川蓮")]


def test_a_staff_line_before_a_songs_lyricist_keeps_its_credits():
    got = facts(_watch("<h3>Staff</h3><p>Music: Keiko Aramaki / Theme song lyrics: Sho Amaya</p>"), "Ironveil Academy")
    assert ("staff", "music", "Keiko Aramaki") in got


def test_the_heading_gate_holds_every_heading_word():
    # the gate looks for plain words in the page's headings: every heading the readers take must hold one
    from tracker.page import _HEADING_ONLY_WORDS, _filmography_heading, _reaction_heading
    for heading in [*THREAD_HEADINGS, "ネットの意見", "ユーザー評価", "ファンのツイート", "What readers said",
                    "■声優 春野ミオ の出演作", "Filmography", "Other credits", "Also voiced in", "Best known for"]:
        assert _reaction_heading(heading) or _filmography_heading(heading), heading
        assert any(w in heading.lower() for w in _HEADING_ONLY_WORDS), heading
