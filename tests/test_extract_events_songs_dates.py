"""Extraction on English news prose: roundups cut per work, delays, events where the anime was announced or shown,
theme songs and their singers, dates in late-night slots (invented names throughout)."""
from __future__ import annotations

from functools import partial

from extract_helpers import facts, news as _news
from tracker.dates import PartialDate, find_dates

_facts = partial(facts, url="https://music.example/news/1")


# ---------------------------------------------------------------- a two-work roundup headed by both titles
_ROUNDUP = """<!doctype html><html><head><title>Theme Song Watch: Velvet Orchard and Paper Moth Lantern Name Artists</title>
<meta property="article:published_time" content="2026-03-02T10:00:00+00:00"></head><body><main><article>
<h1>Theme Song Watch: Velvet Orchard and Paper Moth Lantern Name Artists</h1>
<p>Two anime revealed their music this week.</p>
<h2>Velvet Orchard</h2>
<p>Velvet Orchard revealed that the band Glass Finches will perform the opening theme "Ripe Light."</p>
<figure><iframe src="https://www.youtube.com/embed/VoRchPv0002" title="Velvet Orchard PV 2"></iframe></figure>
<p>The anime premieres on Tokyo MX on July 3, 2026.</p>
<h2>Paper Moth Lantern</h2>
<p>Over at Studio Tessellate, Paper Moth Lantern announced that Rin Aomori will sing the ending theme "Wick."</p>
<figure><iframe src="https://www.youtube.com/embed/PmLthPv0003" title="Paper Moth Lantern PV 3"></iframe></figure>
<p>It will air on MBS in July 2026.</p>
</article></main></body></html>"""


def test_two_work_roundup_is_cut_to_each_works_section():
    orchard = _facts(_ROUNDUP, "Velvet Orchard")
    moth = _facts(_ROUNDUP, "Paper Moth Lantern")
    assert ("release_date", "", "2026-07-03") in orchard
    assert not any("PmLthPv0003" in v or "Rin Aomori" in v or "Wick" in v for _f, _k, v in orchard)
    assert not any("VoRchPv0002" in v or "Glass Finches" in v or v == "2026-07-03" for _f, _k, v in moth)
    assert any(f == "trailer" and "PmLthPv0003" in v for f, _k, v in moth)


# ---------------------------------------------------------------- a late-night slot written after the day
def _dates(text: str) -> list[PartialDate]:
    return [m.date for m in find_dates(text)]


def test_slot_past_midnight_after_the_day_gives_the_next_day():
    assert PartialDate.parse("2027-04-06") in _dates("It premieres on April 5, 2027, in the Monday 25:00 slot.")
    assert PartialDate.parse("2027-04-06") in _dates("It premieres on April 5, 2027, in the 25:00 slot.")


def test_slot_whose_weekday_is_the_day_before_keeps_the_day_written():
    # July 8, 2027 is a Thursday: "the Wednesday 24:00 slot" says July 8 is already the calendar day
    assert PartialDate.parse("2027-07-08") in _dates("early hours of July 8, 2027, in the Wednesday 24:00 slot")


def test_one_works_headline_naming_its_own_section_heading_is_no_roundup():
    doc = """<!doctype html><html><head><title>Velvet Orchard Unveils Opening Theme Artists</title></head><body><main>
<article><h1>Velvet Orchard Unveils Opening Theme Artists</h1>
<h2>Velvet Orchard</h2><p>Velvet Orchard will premiere on Tokyo MX on July 3, 2026.</p>
<h2>Opening Theme Artists</h2><p>The band Glass Finches will perform the opening theme "Ripe Light."</p>
</article></main></body></html>"""
    facts = _facts(doc, "Velvet Orchard")
    assert ("release_date", "", "2026-07-03") in facts
    assert any(f == "theme_song" and "Ripe Light" in v for f, _k, v in facts)


# ---------------------------------------------------------------- a delay: "had been slated for …, but will now …"


def test_clause_after_but_shares_the_works_subject():
    doc = _news(["Kestrel Bell Academy, the original anime from Studio Brightfold, has been delayed. The show had been "
                 "slated to debut in January 2027, but will now premiere on April 9 on TOKYO MX in the Friday 25:30 slot."])
    facts = _facts(doc, "Kestrel Bell Academy")
    assert ("release_date", "", "2027-04-10") in facts
    assert any(f == "broadcaster" and v == "TOKYO MX" for f, _k, v in facts)
    assert not any(f == "release_date" and v.startswith("2027-01") for f, _k, v in facts)


def test_clause_after_but_with_its_own_subject_is_not_the_works():
    doc = _news(["Kestrel Bell Academy premieres on April 9 on TOKYO MX. The show was well received at its panel, "
                 "but Orbit Lane will premiere on April 2 on Fuji TV."])
    facts = _facts(doc, "Kestrel Bell Academy")
    assert not any(v in ("2027-04-02", "Fuji TV") for _f, _k, v in facts)


def test_streaming_service_ahead_of_the_tv_run_keys_its_own_day():
    doc = _news(["Kestrel Bell Academy will premiere on April 9 on TOKYO MX. Streaming service ABEMA will carry the anime "
                 "one week ahead of the TV run, starting April 3."])
    facts = _facts(doc, "Kestrel Bell Academy")
    assert ("release_date", "", "2027-04-09") in facts
    assert ("release_date", "ABEMA", "2027-04-03") in facts


# ---------------------------------------------------------------- a schedule line "ABEMA（地上波最速）：…"
def test_service_with_how_it_streams_in_brackets_keys_its_day():
    doc = """<html><head><title>「鈴蘭ポスト」来年1月放送</title>
<meta property="article:published_time" content="2026-11-26T10:00:00+09:00"></head><body><article>
<h1>「鈴蘭ポスト」来年1月放送</h1><p>テレビアニメ「鈴蘭ポスト」が来年1月からTOKYO MXほかで放送される。</p>
<h2>放送・配信情報</h2><ul>
<li>TOKYO MX：2027年1月8日（金）24:30～</li>
<li>ABEMA（地上波最速）：2027年1月8日（金）22:00～</li></ul></article></body></html>"""
    facts = _facts(doc, "鈴蘭ポスト")
    assert ("release_date", "", "2027-01-09") in facts
    assert ("release_date", "ABEMA", "2027-01-08") in facts
    assert any(f == "streaming" and v == "ABEMA" for f, _k, v in facts)


# ---------------------------------------------------------------- asides naming other companies and titles
def test_committee_members_in_a_which_aside_are_not_producers():
    doc = _news(["Kestrel Bell Academy is animated by Studio Brightfold. The Kestrel Partners production committee, "
                 "which includes Studio Brightfold and Marrow Records, is producing the series."])
    facts = _facts(doc, "Kestrel Bell Academy")
    assert not any("Marrow Records" in v for _f, _k, v in facts)


def test_studio_of_another_title_in_a_which_aside_is_not_the_works():
    doc = _news(["Kestrel Bell Academy is animated by Studio Brightfold. Its director previously worked on Paper Kite "
                 "Requiem, which premiered in July 2024 and was animated by Studio Lantern."])
    facts = _facts(doc, "Kestrel Bell Academy")
    assert ("studio", "brightfold", "Studio Brightfold") in facts or any(v == "Studio Brightfold" for _f, _k, v in facts)
    assert not any("Lantern" in v for _f, _k, v in facts)


# ---------------------------------------------------------------- a database page: infobox, related works box
_DB_PAGE = """<html><head><title>ほたる灯台の魔導書 第2期 - アニメDB</title></head><body><div id="content">
<h1>ほたる灯台の魔導書 第2期</h1>
<table class="infobox">
<tr><th>放送開始</th><td>2027年7月（予定）</td></tr>
<tr><th>放送局</th><td>日本テレビ</td></tr>
<tr><th>海外配信</th><td>Crunchyroll（北米・欧州）</td></tr>
<tr><th>国内配信</th><td>Prime Video</td></tr>
</table>
<h2>概要</h2><p>ライトノベル『ほたる灯台の魔導書』のTVアニメ第2期。</p>
<h2>シリーズ作品</h2><div class="series-box">
<h3>ほたる灯台の魔導書 特別編「霧の夜」</h3><dl><dt>公開</dt><dd>2026年5月22日（劇場上映）</dd><dt>監督</dt><dd>早瀬ミノル</dd></dl>
</div></div></body></html>"""


def test_database_infobox_tentative_date_and_streaming_rows_by_territory():
    facts = _facts(_DB_PAGE, "ほたる灯台の魔導書 第2期")
    assert ("release_date", "", "2027-07") in facts
    assert not any(f == "release_date" and k for f, k, _v in facts)   # "（予定）" is no region
    assert any(f == "streaming" and v.startswith("Crunchyroll") for f, _k, v in facts)
    assert any(f == "streaming" and v == "Prime Video" for f, _k, v in facts)


def test_related_works_section_is_other_works():
    facts = _facts(_DB_PAGE, "ほたる灯台の魔導書 第2期")
    assert not any("2026-05-22" in v or "早瀬ミノル" in v for _f, _k, v in facts)


# ---------------------------------------------------------------- the event where the anime was announced
def test_english_anime_announced_at_a_convention():
    doc = _news(["Kestrel Bell Academy will premiere on April 9 on TOKYO MX. The first teaser trailer for the project "
                 "premiered back in March, when the anime was first announced during a stage event at AnimeJapan 2026."])
    facts = _facts(doc, "Kestrel Bell Academy")
    assert ("premiere_event", "AnimeJapan 2026", "anime announced") in facts


def test_english_whether_it_will_be_announced_is_no_event():
    doc = _news(["Kestrel Bell Academy will premiere on April 9 on TOKYO MX. Fans hope a sequel might be announced at "
                 "AnimeJapan 2027."])
    assert not any(f == "premiere_event" for f, _k, _v in _facts(doc, "Kestrel Bell Academy"))


def test_japanese_anime_announced_at_a_named_event():
    doc = _news(["TVアニメ『すずらん郵便局』の放送が決定。2026年11月9日に開催された「青葉社まんがフェスタ2026」のステージでTVアニメ化が"
                 "発表され、会場ではティザーPVが初公開された。"], title="TVアニメ『すずらん郵便局』2027年春放送")
    facts = _facts(doc, "すずらん郵便局")
    assert ("premiere_event", "青葉社まんがフェスタ2026", "TVアニメ化発表") in facts


def test_japanese_other_titles_announcement_at_the_event_is_not_the_works():
    doc = _news(["TVアニメ『すずらん郵便局』は2027年春放送。「青葉社まんがフェスタ2026」では『ほたる灯台』のアニメ化が発表された。"],
                title="TVアニメ『すずらん郵便局』2027年春放送")
    assert not any(f == "premiere_event" for f, _k, _v in _facts(doc, "すずらん郵便局"))


# ---------------------------------------------------------------- a Japanese blog's section on the work
_BLOG = """<html><head><title>【2027冬アニメ】推したい新作『すずらん郵便局』 - ねこブログ</title>
<meta property="article:published_time" content="2026-11-22T20:00:00+09:00"></head><body><article>
<h1>【2027冬アニメ】推したい新作『すずらん郵便局』</h1>
<p>もともとは今年の秋に放送予定だったんですが、「制作上の都合により」として延期が発表されて、来年1月に放送時期が変わりました。</p>
<p>EDテーマは若草みのりさんの「手紙のうた」に決まっていて、OPテーマはまだ未発表です。</p>
<p>12月13日には「すずらん郵便局 先行上映会」があって、第1話と第2話が上映されるそうです。</p>
</article></body></html>"""


def test_blog_delay_with_a_quoted_reason_still_dates_the_work():
    facts = _facts(_BLOG, "すずらん郵便局")
    assert ("release_date", "", "2027-01") in facts
    assert not any(f == "release_date" and v == "2026-fall" for f, _k, v in facts)


def test_blog_theme_artist_without_honorific():
    assert ("theme_song", "ending 1", "手紙のうた — 若草みのり") in _facts(_BLOG, "すずらん郵便局")


def test_screening_event_named_by_its_kind_word_inside_the_quotes():
    facts = _facts(_BLOG, "すずらん郵便局")
    assert any(f == "premiere_event" and k == "すずらん郵便局 先行上映会" and "第1話・第2話" in v for f, k, v in facts)


# ---------------------------------------------------------------- Japanese theme songs: other phrasings
def test_theme_performer_first_then_the_songs_title():
    doc = _news(["TVアニメ『すずらん郵便局』のオープニングテーマは4人組バンドのカモメ・ラジオが担当し、楽曲名は「風の消印」に決まった。"],
                title="『すずらん郵便局』OP決定")
    assert ("theme_song", "opening 1", "風の消印 — カモメ・ラジオ") in _facts(doc, "すずらん郵便局")


def test_insert_song_sung_by_a_character_with_its_voice():
    doc = _news(["TVアニメ『すずらん郵便局』第5話では劇中歌としてユキ（CV:白石はるか）が歌う「雪の手紙」が使用される。"],
                title="『すずらん郵便局』劇中歌")
    facts = _facts(doc, "すずらん郵便局")
    assert any(f == "theme_song" and k == "insert 1" and v.startswith("雪の手紙 — ユキ") and "白石はるか" in v for f, k, v in facts)


def test_unit_with_its_members_voices_listed_is_the_artist():
    doc = """<html><head><title>MUSIC | TVアニメ「すずらん郵便局」公式サイト</title></head><body><main>
<h2>MUSIC</h2><dl><dt>エンディングテーマ</dt>
<dd>「ポストの歌」／郵便局の職員たち（ユキ(CV.白石はるか)、ハル(CV.青井そら)）</dd></dl></main></body></html>"""
    assert ("theme_song", "ending 1", "ポストの歌 — 郵便局の職員たち") in _facts(doc, "すずらん郵便局")


# ---------------------------------------------------------------- a database page's "Streaming Platforms" box
def test_streaming_platforms_heading_lists_services():
    doc = """<html><head><title>Kestrel Bell Academy - AnimeDB</title></head><body><div id="content">
<h1>Kestrel Bell Academy</h1><h2>Information</h2>
<div><span>Type:</span> TV</div><div><span>Aired:</span> Jul 2027 to ?</div>
<h2>Streaming Platforms</h2><div class="broadcasts"><a href="https://www.hidive.com/"><span>HIDIVE</span></a></div>
<h2>Synopsis</h2><p>A girl maps coastlines that exist only at night.</p></div></body></html>"""
    assert ("streaming", "hidive", "HIDIVE") in _facts(doc, "Kestrel Bell Academy")


# ---------------------------------------------------------------- a news site: byline, embedded player, caption
_NEWS_PLAYER = """<html><head><title>'Kestrel Bell Academy' TV Anime Delayed - News</title></head><body>
<div id="content"><div class="news-container">
<h1 class="title">'Kestrel Bell Academy' TV Anime Delayed to April 2027</h1>
<div class="information">by quill_wren <span class="date">Nov 25, 2026 9:31 PM</span> | Discuss (12 comments)</div>
<div class="content">The official website of the Kestrel Bell Academy anime announced on Wednesday that the series has been
postponed to April 2027. A new key visual and a second promotional video were also released. The first PV was unveiled
at AnimeJapan 2026 in March.<br><br>
<div class="news-embed"><iframe src="https://www.youtube.com/embed/KbAcadPv002"></iframe></div>
<b>PV 2</b><br>
<div class="news-embed"><iframe src="https://www.youtube.com/embed/KbAcadPv009"></iframe></div>
<p>※A note on an older video of another series.</p>
</div></div></div></body></html>"""


def test_byline_with_author_first_dates_the_article():
    facts = _facts(_NEWS_PLAYER, "Kestrel Bell Academy")
    assert ("trailer", "PV 1", "2026-03") in facts   # "in March" needs the article's year


def test_embedded_player_with_a_caption_under_it_is_that_trailer():
    facts = _facts(_NEWS_PLAYER, "Kestrel Bell Academy")
    assert ("trailer", "PV 2", "2026-11-25 https://www.youtube.com/watch?v=KbAcadPv002") in facts
    assert not any("KbAcadPv009" in v for _f, _k, v in facts)


# ---------------------------------------------------------------- English theme songs: the performer told apart
_TWO_COUR = _news(['Kestrel Bell Academy announced that the four-piece rock band Velvet Finches will perform the openings '
                   'for both halves of the two-cour series. The first-cour opening is "Harbor Count," and the band\'s '
                   '"Salt Stairway" takes over as the second opening when the second cour begins in July.',
                   'The ending is by singer Rin Aomori: Rin Aomori「Moth Lantern」. An insert song has not been announced yet.'])


def test_performer_of_the_openings_named_before_their_titles():
    facts = _facts(_TWO_COUR, "Kestrel Bell Academy")
    assert ("theme_song", "opening 1", "Harbor Count — Velvet Finches") in facts
    assert ("theme_song", "opening 2", "Salt Stairway — Velvet Finches") in facts


def test_ending_by_a_singer_then_its_title():
    facts = _facts(_TWO_COUR, "Kestrel Bell Academy")
    assert ("theme_song", "ending 1", "Moth Lantern — Rin Aomori") in facts
    assert not any(k.startswith("insert") for f, k, _v in facts if f == "theme_song")


# ---------------------------------------------------------------- a character song; a video "released the same day"
def test_sung_in_character_as_credits_the_cast():
    doc = _news(['Kestrel Bell Academy revealed its ending theme, "Oven Glow," sung by Mio Kanzaki in character as the '
                 'baby dragon Pip, whom she voices in the series.'])
    assert ("cast", "Pip", "Mio Kanzaki") in _facts(doc, "Kestrel Bell Academy")


def test_trailer_released_the_same_day_as_the_news():
    doc = _news(["Kestrel Bell Academy revealed on Wednesday that the band Velvet Finches will perform the opening "
                 "theme \"Harbor Count.\"",
                 "The song can be heard in the anime's second promotional video, released the same day."],
                published="2026-11-26")   # a Thursday: Wednesday is the 25th
    facts = _facts(doc, "Kestrel Bell Academy")
    assert any(f == "trailer" and k == "PV 2" and v.startswith("2026-11-25") for f, k, v in facts)


def test_teaser_played_at_a_convention_is_a_premiere_event():
    doc = _news(["Kestrel Bell Academy is Studio Brightfold's next series. The teaser below first played on the big screen "
                 "at Anime Frontier 2026 in Fort Worth last weekend."], title="Kestrel Bell Academy gets a teaser")
    assert ("premiere_event", "Anime Frontier 2026", "teaser trailer screened") in _facts(doc, "Kestrel Bell Academy")


def test_teaser_released_online_after_footage_screened_keeps_the_footage():
    doc = _news(["Kestrel Bell Academy is a film. The first teaser debuted on June 30 after the film's first footage "
                 "screened at Anime Expo 2026 in Los Angeles."], title="Kestrel Bell Academy explained")
    facts = _facts(doc, "Kestrel Bell Academy")
    assert not any(f == "premiere_event" and "teaser" in v for f, _k, v in facts)


# ---------------------------------------------------------------- a character called with さん
def test_character_named_with_san_keeps_it():
    doc = _news(["映画『すずらん郵便局』の声の出演は、ユキ役に白石はるか。さらに、島の郵便局員・源さんを野々村岳が演じる。"],
                title="映画『すずらん郵便局』キャスト")
    assert ("cast", "源さん", "野々村岳") in _facts(doc, "すずらん郵便局")


def test_teaser_debuted_during_a_streamers_showcase():
    doc = _news(["Kiraflix today released the first teaser trailer for Kestrel Bell Academy, an original animated feature.",
                 "The teaser, which debuted this morning during the Kiraflix Anime Showcase 2026 livestream together with "
                 "the film's key visual, can be viewed online."], title="Kiraflix Unveils Teaser for Kestrel Bell Academy")
    facts = _facts(doc, "Kestrel Bell Academy")
    assert ("premiere_event", "Kiraflix Anime Showcase 2026", "teaser trailer and key visual debuted") in facts


def test_announcement_made_at_an_event_in_an_adaptation_article():
    doc = _news(["Kestrel Bell Academy, the fantasy by Haru Ibuki, is being adapted into a TV anime! The series will begin "
                 "broadcasting in July 2027. The announcement was made at the Hoshino Bunko Festival 2026 in Tokyo, where "
                 "a teaser PV was revealed for the first time."], title="Kestrel Bell Academy Is Getting a TV Anime!")
    assert ("premiere_event", "Hoshino Bunko Festival 2026", "anime announced") in _facts(doc, "Kestrel Bell Academy")


def test_original_concept_art_by_an_illustrator_is_its_own_credit():
    doc = _news(["Kestrel Bell Academy is directed by Reiji Tomoe. Haru Miyake is designing the characters based on "
                 "original concept art by the illustrator Umi Kasane."])
    facts = _facts(doc, "Kestrel Bell Academy")
    assert ("staff", "original concept art", "Umi Kasane") in facts
    assert not any(f == "staff" and k == "character design" and v == "Umi Kasane" for f, k, v in facts)


def test_roundup_turning_to_the_works_studio():
    doc = _news(["Over at Studio Brightfold, the supernatural drama Kestrel Bell Academy announced its opening theme.",
                 "Over at Netflix, the comedy Kestrel Bell Academy got a trailer."])
    facts = _facts(doc, "Kestrel Bell Academy")
    assert any(f == "studio" and v == "Studio Brightfold" for f, _k, v in facts)
    assert not any(f == "studio" and "Netflix" in v for f, _k, v in facts)


# ---------------------------------------------------------------- a press release's own streaming service
def test_service_the_page_calls_a_streaming_service():
    doc = _news(["Lumiflix, the anime streaming service, today released the first teaser for Kestrel Bell Academy, an "
                 "original film that opens in Japan on June 18, 2027.",
                 "Lumiflix will bring the film to audiences in more than 180 countries, with global streaming beginning "
                 "in October 2027.",
                 "Lumiflix's catalog includes Orbit Lane, which streams on Lumiflix from May 2, 2027."],
                title="Lumiflix Unveils Teaser for Kestrel Bell Academy", published="2026-11-25")
    facts = _facts(doc, "Kestrel Bell Academy")
    assert ("streaming", "lumiflix", "Lumiflix") in facts
    assert ("release_date", "Lumiflix", "2027-10") in facts
    assert not any(v == "2027-05-02" for _f, _k, v in facts)


# ---------------------------------------------------------------- a Japanese blog's schedule sentences
def test_blog_topic_without_a_start_is_no_date():
    doc = _news(["『すずらん郵便局』の放送は2027年1月7日（木）の予定でしたが延期です。"], title="【2027冬アニメ】『すずらん郵便局』",
                published="2026-11-22")
    assert not any(f == "release_date" and v.startswith("2027-01-0") for f, _k, v in _facts(doc, "すずらん郵便局"))


def test_japanese_relative_months():
    pub = PartialDate.parse("2026-11-22")
    assert [m.date for m in find_dates("先月公開されたPV第1弾", published=pub)] == [PartialDate.parse("2026-10")]
    assert [m.date for m in find_dates("来月から放送", published=pub)] == [PartialDate.parse("2026-12")]
    assert find_dates("先月公開されたPV", published=None) == []


def test_video_caption_premiere_month_is_not_the_videos_day():
    doc = _news(["『すずらん郵便局』の先月公開されたPV第1弾がこちら。",
                 '<a href="https://www.youtube.com/watch?v=SzRnPv00001">【PV第1弾】TVアニメ「すずらん郵便局」2027年1月放送開始</a>'],
                title="【2027冬アニメ】『すずらん郵便局』", published="2026-11-22")
    facts = _facts(doc, "すずらん郵便局")
    assert ("trailer", "PV 1", "2026-10 https://www.youtube.com/watch?v=SzRnPv00001") in facts
