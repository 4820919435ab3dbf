"""Which part of a roundup page (a blog or preview naming a few works) belongs to which work."""
from extract_helpers import facts


def _blog(title: str, sections: str) -> str:
    return (f"<!doctype html><html><head><title>{title} - ゆる視聴ブログ</title></head><body><main><article>"
            f"<h1>{title}</h1><p>来期の注目作を紹介します。</p>{sections}</article></main></body></html>")


_TWO_WORKS = _blog(
    "冬アニメ、推したい2作品【こはく灯台／ゆきみ坂ラジオ】",
    "<h2>こはく灯台</h2><p><img src='kv.jpg' alt=''></p><p>港町の灯台守の話。</p>"
    "<ul><li>監督：森宮ちあき</li><li>アニメーション制作：スタジオ潮騒</li></ul>"
    "<h2>ゆきみ坂ラジオ</h2><p>こっちは青春もの。</p>"
    "<ul><li>監督：遠野カズマ</li><li>アニメーション制作：スタジオ雪原</li></ul>"
    "<h2>その他気になるやつ</h2><p>ほかにも「鉄塔のうた」（監督：沢井タク）も見る予定。</p>")


def test_headline_listing_two_plain_title_headings_scopes_each_work():
    """The headline lists the works between brackets (【A／B】) and each <h2> is just a title whose text below
    does not repeat it: each work gets its own section, not the whole page."""
    got = facts(_TWO_WORKS, "こはく灯台")
    assert ("staff", "director", "森宮ちあき") in got
    assert not any("遠野カズマ" in v or "沢井タク" in v or "スタジオ雪原" in v for _, _, v in got)
    other = facts(_TWO_WORKS, "ゆきみ坂ラジオ")
    assert ("staff", "director", "遠野カズマ") in other
    assert not any("森宮ちあき" in v or "沢井タク" in v for _, _, v in other)


def test_single_work_headline_with_section_headings_stays_whole():
    """A one-work article whose headline names it and whose subheadings are "スタッフ", "キャスト" is whole."""
    doc = _blog("『こはく灯台』TVアニメ化決定【スタッフ／キャスト】",
                "<h2>スタッフ</h2><ul><li>監督：森宮ちあき</li></ul>"
                "<h2>キャスト</h2><ul><li>灯台守・ミオ：春野あおい</li></ul>")
    got = facts(doc, "こはく灯台")
    assert ("staff", "director", "森宮ちあき") in got
    assert any(v == "春野あおい" for f, _, v in got if f == "cast")


def _post(headline: str, sections: str) -> str:
    return (f"<!doctype html><html><head><title>{headline} – Backlog Notes</title></head><body><main><article>"
            f"<h1>{headline}</h1><p>Two shows I keep thinking about.</p>{sections}</article></main></body></html>")


_PICKS = ("<h2>1. Paper Lantern Relay</h2><p><em>Japanese title: 紙灯リレー</em></p>"
          "<ul><li>Director: Mina Arakawa</li><li>Studio: Studio Drizzle</li></ul>"
          "<h2>2. The Velvet Orchard Inn</h2><p>A cozy comedy.</p>"
          "<ul><li>Director: Toru Kanbe</li><li>Studio: Studio Hearth</li></ul>")


def test_headline_naming_both_title_headings_in_a_sentence_scopes_each_work():
    """"Why A and B deserve more hype": both plain title headings are named inside the headline, so the page
    is a roundup even though the text under each heading never repeats its title."""
    doc = _post("Why Paper Lantern Relay and The Velvet Orchard Inn deserve more hype", _PICKS)
    got = facts(doc, "Paper Lantern Relay")
    assert ("staff", "director", "Mina Arakawa") in got
    assert not any("Toru Kanbe" in v or "Hearth" in v for _, _, v in got)
    other = facts(doc, "The Velvet Orchard Inn")
    assert ("staff", "director", "Toru Kanbe") in other
    assert not any("Mina Arakawa" in v for _, _, v in other)


def test_story_headings_named_in_a_one_work_headline_keep_the_page_whole():
    """"X: Release Date, Cast and Trailer" with headings "Release Date" and "Cast and Trailer" is one work's
    explainer: its headings are sections, so a heading naming X does not cut the page to its part."""
    doc = _post("Paper Lantern Relay: Release Date, Cast and Trailer",
                "<h2>What is Paper Lantern Relay about?</h2><p>A relay race told through paper lanterns.</p>"
                "<h2>Release Date</h2><p>Paper Lantern Relay premieres on January 9, 2027 on TBS.</p>"
                "<h2>Cast and Trailer</h2><p>Directed by Mina Arakawa at Studio Drizzle.</p>")
    got = facts(doc, "Paper Lantern Relay")
    assert ("staff", "director", "Mina Arakawa") in got
    assert ("release_date", "", "2027-01-09") in got


def test_list_headline_naming_one_of_two_title_headings_scopes_each_work():
    """"A & more: my winter 2027 picks" names one work and says it is a list; its two headings are plain titles,
    so each work gets its own section (the other work's director is not this one's)."""
    doc = _post("Paper Lantern Relay & more: my winter 2027 picks", _PICKS)
    got = facts(doc, "Paper Lantern Relay")
    assert ("staff", "director", "Mina Arakawa") in got
    assert not any("Toru Kanbe" in v or "Hearth" in v for _, _, v in got)


def test_count_of_works_in_a_japanese_headline_is_a_list_word():
    """"Aほか推したい2作品" (N作品, N選) says the post covers several works, so two plain title headings are its
    two works; "『A』名シーン10選" naming A alone is A's own article."""
    doc = _blog("こはく灯台ほか推したい2作品",
                "<h2>こはく灯台</h2><p>港町の話。</p><ul><li>監督：森宮ちあき</li></ul>"
                "<h2>ゆきみ坂ラジオ</h2><p>青春もの。</p><ul><li>監督：遠野カズマ</li></ul>")
    got = facts(doc, "こはく灯台")
    assert ("staff", "director", "森宮ちあき") in got
    assert not any("遠野カズマ" in v for _, _, v in got)


def test_one_work_headline_with_a_title_heading_and_a_section_heading_stays_whole():
    """A one-work post under a list-like headline whose second heading is a section ("Staff and cast") is not
    two works: the staff under it stays this work's."""
    doc = _post("Paper Lantern Relay & more: my winter 2027 picks",
                "<h2>Paper Lantern Relay</h2><p>A relay race told through paper lanterns.</p>"
                "<h2>Staff and cast</h2><ul><li>Director: Mina Arakawa</li></ul>")
    assert ("staff", "director", "Mina Arakawa") in facts(doc, "Paper Lantern Relay")


_BOLD_PICKS = ("<p><strong>1. Paper Lantern Relay</strong></p><p>A relay race told through lanterns.</p>"
               "<ul><li>Director: Mina Arakawa</li></ul>"
               "<p><strong>2. The Velvet Orchard Inn</strong></p><p>A cozy comedy.</p>"
               "<ul><li>Director: Toru Kanbe</li></ul>"
               "<h2>Honorable mention</h2><p>Also watching Tin Kettle Brigade (directed by Sora Inui).</p>")


def test_bold_title_lines_set_apart_each_work_of_a_roundup():
    """A roundup that writes its works' titles as bold lines instead of headings: each work's part runs from its
    line to the next title line or heading, so the other pick's director is not this work's."""
    doc = _post("Two under-the-radar shows I can't stop thinking about", _BOLD_PICKS)
    got = facts(doc, "Paper Lantern Relay")
    assert ("staff", "director", "Mina Arakawa") in got
    assert not any("Toru Kanbe" in v or "Sora Inui" in v for _, _, v in got)
    other = facts(doc, "The Velvet Orchard Inn")
    assert ("staff", "director", "Toru Kanbe") in other
    assert not any("Mina Arakawa" in v or "Sora Inui" in v for _, _, v in other)


def test_headline_naming_both_bold_title_lines_is_a_roundup():
    """The headline names both works; their parts are bold lines: each work still gets its own part."""
    doc = _post("Paper Lantern Relay and The Velvet Orchard Inn: two shows to watch", _BOLD_PICKS)
    got = facts(doc, "The Velvet Orchard Inn")
    assert ("staff", "director", "Toru Kanbe") in got
    assert not any("Mina Arakawa" in v for _, _, v in got)


def test_one_work_article_with_bold_section_lines_stays_whole():
    """An article whose intro names its one work, with bold lines "Paper Lantern Relay" and "Final thoughts",
    is that work's whole article: the staff under its last bold line is kept."""
    doc = _post("This karuta show looks incredible",
                "<p>Paper Lantern Relay is the one I am waiting for.</p>"
                "<p><strong>Paper Lantern Relay</strong></p><p>A relay race told through lanterns.</p>"
                "<p><strong>Final thoughts</strong></p><ul><li>Director: Mina Arakawa</li></ul>")
    assert ("staff", "director", "Mina Arakawa") in facts(doc, "Paper Lantern Relay")


def _three(item) -> str:
    return "".join(item(t, d) for t, d in (("Paper Lantern Relay", "Mina Arakawa"), ("The Velvet Orchard Inn", "Toru Kanbe"),
                                           ("Tin Kettle Brigade", "Sora Inui")))


def test_headline_counting_its_shows_makes_bold_led_paragraphs_items():
    """"Three shows to watch next year" counts its works: paragraphs led by a bold title are each work's item."""
    body = _three(lambda t, d: f"<p><strong>{t}</strong> premieres in January 2027. Directed by {d} at Studio Ash.</p>")
    got = facts(_post("Three shows to watch next year", body), "The Velvet Orchard Inn")
    assert ("staff", "director", "Toru Kanbe") in got
    assert not any("Mina Arakawa" in v or "Sora Inui" in v for _, _, v in got)


def test_a_season_number_or_a_date_is_not_a_count_of_works():
    """"Season 2 anime", "January 10 debut - Anime …" count nothing."""
    from tracker.page import _counts_works

    assert _counts_works("2 Under-the-Radar Anime I Can't Stop Thinking About")
    assert _counts_works("Winter 2027 Anime Guide: 4 New Series You Shouldn't Sleep On")
    assert not _counts_works("Paper Lantern Relay Season 2 Anime Announced")
    assert not _counts_works("Paper Lantern Relay Reveals Cast, January 10 Debut - Anime Dispatch")


def test_definition_list_terms_set_apart_each_work():
    """A roundup written as a definition list (a term per work, its details in the definition)."""
    body = "<dl>" + _three(lambda t, d: f"<dt>{t}</dt><dd>Premieres in January 2027. Directed by {d}.</dd>") + \
        "</dl><p>Also on my list: Brass Lantern Opera, directed by Ken Ueno.</p>"
    doc = _post("Three shows to watch next year", body)
    for title, director in (("Paper Lantern Relay", "Mina Arakawa"), ("Tin Kettle Brigade", "Sora Inui")):
        got = facts(doc, title)
        assert ("staff", "director", director) in got
        assert {v for f, k, v in got if f == "staff"} == {director}


def test_a_digest_item_keeps_its_video_player_between_paragraphs():
    """A roundup without headings (items led by a bold title) keeps the player that follows an item's "The teaser
    went up on October 30:" in that item, not the next one's."""
    def item(title, director, video):
        return (f"<p><strong>{title}</strong> premieres in January 2027. Directed by {director}.</p>"
                f"<p>The teaser went up on October 30, 2026:</p><figure><iframe src=\"https://www.youtube.com/embed/{video}\" "
                f"title=\"{title} teaser\"></iframe></figure>")
    doc = _post("Two shows to watch next year", item("Paper Lantern Relay", "Mina Arakawa", "PlR2teaser1") +
                item("The Velvet Orchard Inn", "Toru Kanbe", "VoI2teaser2"))
    got = facts(doc, "The Velvet Orchard Inn")
    assert ("trailer", "teaser 1", "2026-10-30 https://www.youtube.com/watch?v=VoI2teaser2") in got
    assert not any("PlR2teaser1" in v for _, _, v in got)


def test_last_work_part_drops_an_aside_on_other_works():
    """"ほかにも「X」（1月11日〜／監督：…）とか…" after the last work, without a heading of its own, is about other
    works: its director is not the last work's; the last work's own "ほかにも、音楽は…" line is not such an aside."""
    doc = _blog("冬アニメ、推したい2作品【こはく灯台／ゆきみ坂ラジオ】",
                "<h2>こはく灯台</h2><p>港町の話。</p><ul><li>監督：森宮ちあき</li></ul>"
                "<h2>ゆきみ坂ラジオ</h2><p>青春もの。</p><ul><li>監督：遠野カズマ</li></ul>"
                "<p>ほかにも、音楽は北条セイラが担当。</p>"
                "<p>ほかにも「鉄塔のうた」（1月11日〜フジテレビ／監督：沢井タク）とかも見る予定。</p>")
    got = facts(doc, "ゆきみ坂ラジオ")
    assert ("staff", "director", "遠野カズマ") in got
    assert not any("沢井タク" in v or "フジテレビ" in v for _, _, v in got)
    assert ("staff", "music", "北条セイラ") in got


def test_title_heading_with_a_dated_tail_is_still_the_listed_title():
    """"こはく灯台（1月6日放送開始）" under "…【こはく灯台／ゆきみ坂ラジオ】": the bracketed tail is the heading's note,
    the title before it is the one the headline lists."""
    doc = _blog("冬アニメ、推したい2作品【こはく灯台／ゆきみ坂ラジオ】",
                "<h2>こはく灯台（1月6日放送開始）</h2><p>港町の話。</p><ul><li>監督：森宮ちあき</li></ul>"
                "<h2>ゆきみ坂ラジオ（2月4日配信開始）</h2><p>青春もの。</p><ul><li>監督：遠野カズマ</li></ul>")
    got = facts(doc, "こはく灯台")
    assert ("staff", "director", "森宮ちあき") in got
    assert not any("遠野カズマ" in v for _, _, v in got)


def test_numbered_pick_headings_are_the_listed_titles():
    """"1作品目：A" / "2作品目：B" under "…【A／B】": the pick's number is not part of the title."""
    doc = _blog("冬アニメ、推したい2作品【こはく灯台／ゆきみ坂ラジオ】",
                "<h2>1作品目：こはく灯台</h2><p>港町の話。</p><ul><li>監督：森宮ちあき</li></ul>"
                "<h2>2作品目：ゆきみ坂ラジオ</h2><p>青春もの。</p><ul><li>監督：遠野カズマ</li></ul>")
    got = facts(doc, "ゆきみ坂ラジオ")
    assert ("staff", "director", "遠野カズマ") in got
    assert not any("森宮ちあき" in v for _, _, v in got)


def test_a_comparison_heading_naming_both_works_is_not_either_works_section():
    """"Quick comparison: A vs. B" names both works: it does not make the page A's whole article (two headings
    naming A), and A's part is still its own heading's section."""
    doc = _post("Two under-the-radar shows", _PICKS +
                "<h2>Quick comparison: Paper Lantern Relay vs. The Velvet Orchard Inn</h2><p>Both are great.</p>")
    got = facts(doc, "Paper Lantern Relay")
    assert ("staff", "director", "Mina Arakawa") in got
    assert not any("Toru Kanbe" in v for _, _, v in got)


def test_one_work_article_whose_headings_repeat_its_title_stays_whole():
    """"When does A come out?" / "A cast and staff" / "Release date: A premieres in January": one work's article."""
    doc = _post("Everything we know so far",
                "<p>Paper Lantern Relay is an upcoming anime.</p>"
                "<h2>When does Paper Lantern Relay come out?</h2><p>It premieres on January 9, 2027.</p>"
                "<h2>Release date: Paper Lantern Relay premieres in January</h2><p>On TBS.</p>"
                "<h2>Who is making Paper Lantern Relay?</h2><ul><li>Director: Mina Arakawa</li></ul>")
    got = facts(doc, "Paper Lantern Relay")
    assert ("staff", "director", "Mina Arakawa") in got
    assert ("release_date", "", "2027-01-09") in got


def test_list_headline_naming_one_work_with_noted_title_headings():
    """"A & more: my winter 2027 picks" over "A (January 9, TBS)" and "B (Spring 2027)": two title headings with
    notes are still the list's two works."""
    doc = _post("Paper Lantern Relay & more: my winter 2027 picks",
                "<h2>Paper Lantern Relay (January 9, TBS)</h2><ul><li>Director: Mina Arakawa</li></ul>"
                "<h2>The Velvet Orchard Inn (Spring 2027)</h2><ul><li>Director: Toru Kanbe</li></ul>")
    got = facts(doc, "Paper Lantern Relay")
    assert ("staff", "director", "Mina Arakawa") in got
    assert not any("Toru Kanbe" in v for _, _, v in got)


def test_a_count_in_a_headline_naming_one_work_alone_is_that_works_article():
    """"『A』名シーン10選" counts scenes of one work: its heading naming A does not cut the page to A's part."""
    doc = _blog("『こはく灯台』名シーン10選",
                "<h2>こはく灯台の魅力</h2><p>港町の話。</p>"
                "<h2>第1話の名シーン</h2><p>灯台の場面。</p>"
                "<h2>スタッフ情報</h2><ul><li>監督：森宮ちあき</li></ul>")
    assert ("staff", "director", "森宮ちあき") in facts(doc, "こはく灯台")


def test_an_aside_on_other_works_leaves_a_one_work_article():
    """"I almost included X (…, directed by Y)" and "Honorable mention: Z, directed by W" are other works'
    credits; "Honorable mention goes to A's soundtrack" names A and stays."""
    doc = _post("Why Paper Lantern Relay is my most anticipated show",
                "<p>Paper Lantern Relay premieres January 9, 2027 on TBS.</p><ul><li>Director: Mina Arakawa</li></ul>"
                "<p>I almost included Tin Kettle Brigade (January 2027, directed by Sora Inui), but it has hype.</p>"
                "<p>Honorable mention: Brass Opera, directed by Ken Ueno, premieres April 2027 on Fuji TV.</p>"
                "<p>Honorable mention goes to Paper Lantern Relay's music, composed by Aki Tsukino.</p>")
    got = facts(doc, "Paper Lantern Relay")
    assert ("staff", "director", "Mina Arakawa") in got
    assert not any(v in ("Sora Inui", "Ken Ueno", "Fuji TV") for _, _, v in got)
    assert ("staff", "music", "Aki Tsukino") in got


def test_every_aside_lead_has_its_cheap_gate_word():
    """The page is searched for an aside only when `_ASIDE_WORDS` finds one of its words: each lead the pattern
    reads must hold one."""
    from tracker.page import _ASIDE_LEAD, _names_asides

    for lead in ("他にも『X』", "ほかにも、『X』", "Also on my list: X", "Also on my radar: X", "Honorable mention: X",
                 "Honourable mentions: X", "I almost included X"):
        assert _ASIDE_LEAD.match(lead) and _names_asides(lead), lead


def test_marked_title_lines_named_by_the_headline_set_apart_each_work():
    """A blog that types its headings as "■A" / "【B】" lines under "…【A／B】": each work's part runs from its line
    to the next such line."""
    doc = _blog("冬アニメ、推したい2作品【こはく灯台／ゆきみ坂ラジオ】",
                "<p>■こはく灯台</p><p>港町の話。</p><ul><li>監督：森宮ちあき</li></ul>"
                "<p>■ゆきみ坂ラジオ</p><p>青春もの。</p><ul><li>監督：遠野カズマ</li></ul>")
    got = facts(doc, "こはく灯台")
    assert ("staff", "director", "森宮ちあき") in got
    assert not any("遠野カズマ" in v for _, _, v in got)


def test_marked_lines_of_a_one_work_press_release_keep_it_whole():
    """"【A】" then "■原作" / "■監督" lines in a release about A: its sections, not two works."""
    doc = _blog("新作アニメの放送日決定のお知らせ",
                "<p>【こはく灯台】</p><p>2027年1月放送開始。</p><p>■原作</p><p>港野しおり</p>"
                "<p>■アニメーション制作</p><ul><li>監督：森宮ちあき</li></ul>")
    assert ("staff", "director", "森宮ちあき") in facts(doc, "こはく灯台")


def test_numbered_marked_lines_and_bulleted_label_lines():
    """"■1. A" is A's title line (mark and number are not the title); "●OP：「…」<br>●ED：「…」" is a bulleted
    label line of the last work, not a title line that would cut its part short."""
    doc = _blog("【2027冬アニメ】推したい新作2本！『こはく灯台』と『ゆきみ坂ラジオ』",
                "<p>■1. こはく灯台</p><p>港町の話。</p><ul><li>監督：森宮ちあき</li></ul>"
                "<p>■2. ゆきみ坂ラジオ</p><p>●OP：「雪見坂」 歌：ミナモ<br>●ED：「灯」 歌：ユラ</p>"
                "<p>監督は遠野カズマ。</p>")
    got = facts(doc, "ゆきみ坂ラジオ")
    assert ("staff", "director", "遠野カズマ") in got
    assert not any("森宮ちあき" in v for _, _, v in got)
    assert not any("遠野カズマ" in v for _, _, v in facts(doc, "こはく灯台"))


def test_a_bold_title_line_reads_as_its_parts_heading():
    """A part cut at a bold title line reads as if the line were its heading: "原作はWebで人気の4コマで、作者の
    Xさんが描く…" under "<b>1. A</b>" credits X as A's original creator, as under "<h2>1. A</h2>"."""
    body = ("<p><strong>{n}. {t}</strong></p><p>路地裏の喫茶店が舞台の日常もの。原作はWebで人気の4コマで、"
            "作者の{c}さんが描くゆるっとした空気感がたまらないんです。</p><ul><li><b>監督：</b>{d}</li></ul>")
    doc = _blog("【来期が待てない】冬アニメ、今のうちにチェックしたい新作2本",
                body.format(n=1, t="こはく灯台", c="港野しおり", d="森宮ちあき") +
                body.format(n=2, t="ゆきみ坂ラジオ", c="雪村かえで", d="遠野カズマ"))
    got = facts(doc, "こはく灯台")
    assert ("staff", "original creator", "港野しおり") in got
    assert not any(v in ("雪村かえで", "遠野カズマ") for _, _, v in got)


def test_works_under_a_blogs_smallest_headings():
    """A blog post whose works sit under <h5> headings (its theme's smallest heading) is scoped like one with <h2>."""
    doc = _blog("【来期が待てない】冬アニメ、今のうちにチェックしたい新作2本",
                "<h5>こはく灯台</h5><p>港町の話。</p><ul><li>監督：森宮ちあき</li></ul>"
                "<h5>ゆきみ坂ラジオ</h5><p>青春もの。</p><ul><li>監督：遠野カズマ</li></ul>")
    got = facts(doc, "ゆきみ坂ラジオ")
    assert ("staff", "director", "遠野カズマ") in got
    assert not any("森宮ちあき" in v for _, _, v in got)


def test_a_title_heading_with_a_badge_is_still_the_listed_title():
    """"B <span>Exclusive</span>" under the headline "A and B: my winter 2027 picks": the badge in its own tag is
    not part of the title the headline names."""
    doc = _post("Paper Lantern Relay and The Velvet Orchard Inn: two more picks",
                "<h2>Paper Lantern Relay</h2><ul><li>Director: Mina Arakawa</li></ul>"
                "<h2>The Velvet Orchard Inn <span class=\"badge\">Exclusive</span></h2><ul><li>Director: Toru Kanbe</li></ul>")
    got = facts(doc, "Paper Lantern Relay")
    assert ("staff", "director", "Mina Arakawa") in got
    assert not any("Toru Kanbe" in v for _, _, v in got)
