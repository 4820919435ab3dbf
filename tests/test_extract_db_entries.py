"""Database and encyclopedia entries: a credit cell printing a name over a caption line ("<a>Kuroe, Aki</a><br>
<small>Main</small>", "<a>Mase, Rin</a><br><small>Director</small>") is the name, the caption a note (the part's
rank, the dub language) or the person's roles (invented names throughout)."""
from __future__ import annotations

from extract_helpers import facts as _facts


def _db(body: str, title: str = "Quill Harbor Rangers") -> str:
    return (f"<!doctype html><html><head><title>{title} - AnimeIndex</title></head><body><div id=\"content\">"
            f"<h1>{title}</h1>{body}</div></body></html>")


def test_character_and_actor_cells_with_rank_and_language_captions():
    doc = _db("""<h2>Characters &amp; Voice Actors</h2><table class="characters">
<tr><td><a>Toyama, Ren</a><br><small>Main</small></td><td><a>Kuroe, Aki</a><br><small>Japanese</small></td></tr>
<tr><td><a>Madam Vell</a><br><small>Supporting</small></td><td><a>Ibuki, Sana</a><br><small>Japanese</small></td></tr>
</table>""")
    facts = _facts(doc, "Quill Harbor Rangers")
    assert ("cast", "Toyama, Ren", "Kuroe, Aki") in facts
    assert ("cast", "Madam Vell", "Ibuki, Sana") in facts
    assert not any(f == "cast" and ("Main" in k or "Japanese" in v or "Supporting" in k) for f, k, v in facts)


def test_captions_in_a_div_and_linked_names():
    doc = _db("""<h2>Cast</h2><table>
<tr><td><a href="/character/11">Pell</a><div class="note">Main</div></td><td><a href="/people/7">Mori, Yuka</a><div>Japanese</div></td></tr>
<tr><td><a href="/character/12">Brant</a><div class="note">Supporting</div></td><td><a href="/people/8">Hase, Goro</a><div>Japanese</div></td></tr>
</table>""")
    facts = _facts(doc, "Quill Harbor Rangers")
    assert ("cast", "Pell", "Mori, Yuka") in facts
    assert ("cast", "Brant", "Hase, Goro") in facts


def test_an_english_dub_cell_keeps_its_language():
    doc = _db("""<h2>Characters &amp; Voice Actors</h2><table class="characters">
<tr><td><a>Corin</a><br><small>Main</small></td><td><a>Blake, Jenna</a><br><small>English</small></td></tr>
<tr><td><a>Tamsin</a><br><small>Main</small></td><td><a>Ford, Ellis</a><br><small>English</small></td></tr>
</table>""")
    facts = _facts(doc, "Quill Harbor Rangers")
    assert ("cast", "Corin [English]", "Blake, Jenna") in facts
    assert ("cast", "Tamsin [English]", "Ford, Ellis") in facts


def test_one_cell_staff_rows_person_over_roles():
    doc = _db("""<h2>Staff</h2><table class="staff">
<tr><td><a>Mase, Rin</a><br><small>Director, Storyboard</small></td></tr>
<tr><td><a>Okuda, Jun</a><br><small>Character Design, Chief Animation Director</small></td></tr>
<tr><td><a>Ueki, Nao</a><br><small>Music</small></td></tr>
</table>""")
    facts = _facts(doc, "Quill Harbor Rangers")
    assert ("staff", "director", "Rin Mase") in facts
    assert ("staff", "storyboard", "Rin Mase") in facts
    assert ("staff", "character design", "Jun Okuda") in facts
    assert ("staff", "chief animation director", "Jun Okuda") in facts
    assert ("staff", "music", "Nao Ueki") in facts


def test_staff_rows_with_a_picture_cell_and_the_caption_in_a_small_tag():
    doc = _db("""<h2>Staff</h2><table>
<tr><td><img src="/a.jpg" alt=""></td><td><a href="/people/31">Sorano, Emi</a> <small>Art Director</small></td></tr>
<tr><td><img src="/b.jpg" alt=""></td><td><a href="/people/32">Kaji, Tomo</a> <small>Sound Director</small></td></tr>
</table>""")
    facts = _facts(doc, "Quill Harbor Rangers")
    assert ("staff", "art director", "Emi Sorano") in facts
    assert ("staff", "sound director", "Tomo Kaji") in facts


def test_unlinked_plain_text_staff_rows_with_a_line_break():
    doc = _db("""<h2>Staff</h2><table>
<tr><td>Hirose, Mika<br>Original Creator</td></tr>
<tr><td>Tada, Kei<br>Series Composition</td></tr>
</table>""")
    facts = _facts(doc, "Quill Harbor Rangers")
    assert ("staff", "original creator", "Mika Hirose") in facts
    assert ("staff", "series composition", "Kei Tada") in facts


def test_japanese_staff_cells_name_over_role():
    doc = _db("""<h2>スタッフ</h2><table>
<tr><td><a>水城 透</a><br><small>監督</small></td></tr>
<tr><td><a>早瀬 りお</a><br><small>キャラクターデザイン</small></td></tr>
</table>""", "潮騒レンジャーズ")
    facts = _facts(doc, "潮騒レンジャーズ")
    assert ("staff", "director", "水城 透") in facts
    assert ("staff", "character design", "早瀬 りお") in facts


def test_a_table_with_a_row_whose_caption_is_no_role_is_not_read_as_staff():
    doc = _db("""<h2>Staff</h2><table>
<tr><td><a>Mase, Rin</a><br><small>Director</small></td></tr>
<tr><td><a>Tide Almanac</a><br><small>TV, 2024</small></td></tr>
<tr><td><a>Okuda, Jun</a><br><small>Music</small></td></tr>
</table>""")
    facts = _facts(doc, "Quill Harbor Rangers")
    assert not any("Tide Almanac" in k or "Tide Almanac" in v or "2024" in k for _f, k, v in facts)


def test_a_related_entries_table_of_captioned_titles_gives_nothing():
    doc = _db("""<h2>Staff</h2><table>
<tr><td><a>Mase, Rin</a><br><small>Director</small></td></tr>
<tr><td><a>Okuda, Jun</a><br><small>Music</small></td></tr>
</table>
<h2>Related Entries</h2><table>
<tr><td>Prequel:</td><td><a href="/anime/4410/Quill_Harbor__Dawn">Quill Harbor: Dawn</a> (Movie, 2023)</td></tr>
<tr><td>Side story:</td><td><a href="/anime/4522/Quill_Harbor__Tide_Log">Quill Harbor: Tide Log</a> (ONA, 2025)</td></tr>
</table>""")
    facts = _facts(doc, "Quill Harbor Rangers")
    assert ("staff", "director", "Rin Mase") in facts
    assert not any("Dawn" in k or "Dawn" in v or "Tide Log" in v for _f, k, v in facts)


def _layout(main: str, side: str, side_attrs: str = 'class="rightside" style="width:300px;vertical-align:top"') -> str:
    return ("<!doctype html><html><head><title>Quill Harbor Rangers - AnimeIndex</title></head><body><div id=\"content\">"
            "<h1>Quill Harbor Rangers</h1><table><tr>"
            f"<td style=\"vertical-align:top\">{main}</td><td {side_attrs}>{side}</td></tr></table></div></body></html>")


_MAIN = """<h2>Synopsis</h2><p>Rangers guard a harbor of paper ships against storms that write themselves into
the sky. Every night the tide brings a new letter, and every letter holds a map to somewhere that does not exist yet.</p>
<h2>Staff</h2><table class="staff">
<tr><td><a>Mase, Rin</a><br><small>Director</small></td></tr>
<tr><td><a>Okuda, Jun</a><br><small>Music</small></td></tr>
</table>"""


def test_a_layout_tables_side_cell_sized_in_its_style_is_no_part_of_the_entry():
    side = """<h3>Top Upcoming</h3><ol>
<li><a>Brass Lantern Saga</a><br><small>TV, Jan 2027 · Studio Corvid</small></li>
<li><a>Paper Moon Relay</a><br><small>Movie, Jul 16, 2027</small></li>
<li><a>Glass Tide Academy</a><br><small>TV, Apr 2027 · 12 eps</small></li>
</ol><h3>Recommendations</h3><ul><li>Harbor-like: Salt Lantern</li><li>Sea Ledger</li></ul>"""
    facts = _facts(_layout(_MAIN, side), "Quill Harbor Rangers")
    assert ("staff", "director", "Rin Mase") in facts
    assert not any(w in k or w in v for _f, k, v in facts
                   for w in ("Salt Lantern", "Corvid", "Brass", "2027-07-16", "Glass Tide", "Harbor-like"))


def test_a_side_cell_sized_in_percent_in_its_style_is_dropped_too():
    side = """<p><a>Brass Lantern Saga</a><br>TV, Jan 2027 · Studio Corvid</p>
<p><a>Paper Moon Relay</a><br>Director: Aiko Brandt</p>
<p><a>Glass Tide Academy</a><br>TV, Apr 2027</p>"""
    facts = _facts(_layout(_MAIN, side, 'style="width: 25%"'), "Quill Harbor Rangers")
    assert ("staff", "music", "Jun Okuda") in facts
    assert not any("Brandt" in v or "Corvid" in v for _f, _k, v in facts)


def test_a_narrow_styled_cell_holding_the_entrys_own_information_stays():
    info = """<h2>Information</h2><div><span>Studios:</span> <a>Studio Wickline</a></div>
<div><span>Episodes:</span> 12</div>"""
    facts = _facts(_layout(_MAIN, "", 'style="width:0"').replace('<td style="vertical-align:top">',
                   f'<td class="leftside" style="width:225px">{info}</td><td style="vertical-align:top">'),
                   "Quill Harbor Rangers")
    assert ("studio", "wickline", "Studio Wickline") in facts or any(f == "studio" and "Wickline" in v for f, _k, v in facts)
    assert ("episodes", "", "12") in facts


def _ld_page(body: str, start: str = "2027-10-01", title: str = "Quill Harbor Rangers") -> str:
    ld = ('{"@context":"https://schema.org","@type":"TVSeries","name":"%s","startDate":"%s"}' % (title, start))
    return (f"<!doctype html><html><head><title>{title} - AnimeIndex</title>"
            f"<script type=\"application/ld+json\">{ld}</script></head><body><div id=\"content\"><h1>{title}</h1>"
            f"{body}</div></body></html>")


def _dates(doc: str, title: str = "Quill Harbor Rangers") -> set[str]:
    return {v for f, k, v in _facts(doc, title) if f == "release_date" and not k}


def test_a_structured_date_padded_to_the_first_yields_to_the_month_the_page_states():
    doc = _ld_page('<div><span class="dark_text">Aired:</span> Oct 2027 to ?</div>')
    assert _dates(doc) == {"2027-10"}


def test_padded_day_under_a_release_label_spelled_out():
    assert _dates(_ld_page("<p><b>Release date:</b> October 2027</p>")) == {"2027-10"}


def test_padded_day_under_an_encyclopedias_vintage_label():
    assert _dates(_ld_page("<div><strong>Vintage:</strong> <span>2027-10</span></div>")) == {"2027-10"}


def test_padded_day_under_a_japanese_infobox_row():
    doc = _ld_page("<table><tr><th>放送時期</th><td>2027年10月予定</td></tr></table>", title="潮騒レンジャーズ")
    assert _dates(doc, "潮騒レンジャーズ") == {"2027-10"}


def test_padded_day_against_a_news_sentence_giving_the_month():
    doc = _ld_page("<p>Quill Harbor Rangers will premiere in October 2027 on Tokyo MX.</p>")
    assert _dates(doc) == {"2027-10"}


def test_the_first_of_the_month_the_page_itself_prints_stays_a_day():
    doc = _ld_page('<div><span>Aired:</span> Oct 2027 to ?</div><p>Quill Harbor Rangers premieres on October 1, 2027.</p>')
    assert _dates(doc) == {"2027-10-01"}


def test_a_structured_day_that_is_not_the_first_is_no_padding():
    doc = _ld_page('<div><span>Aired:</span> Oct 2027 to ?</div>', start="2027-10-03")
    assert _dates(doc) == {"2027-10-03"}


def test_a_structured_day_with_nothing_visible_to_compare_stays():
    assert _dates(_ld_page("<p>Rangers guard a harbor of paper ships.</p>")) == {"2027-10-01"}


def test_a_padded_day_of_another_month_is_no_match():
    doc = _ld_page('<div><span>Aired:</span> Nov 2027 to ?</div>')
    assert "2027-10" not in _dates(doc)


def _wiki(body: str, title: str = "潮騒レンジャーズ") -> str:
    return (f"<!doctype html><html lang=\"ja\"><head><title>{title} - ウィキ百科</title></head><body>"
            f"<div id=\"content\"><h1>{title}</h1>{body}</div></body></html>")


def _cast(doc: str, title: str = "潮騒レンジャーズ") -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for f, k, v in _facts(doc, title):
        if f == "cast":
            out.setdefault(k, set()).add(v)
    return out


_CHARS = "<h2>登場人物</h2><p>声の項はテレビアニメ版の声優、演の項は舞台版の俳優。</p><dl>{}</dl>"


def test_a_wikis_voice_then_stage_credit_gives_the_voice():
    doc = _wiki(_CHARS.format("<dt>ミナト</dt><dd>声 - 早瀬りお / 演 - 水城透<br>主人公。</dd>"
                              "<dt>カイ</dt><dd>声 - 森田ユウ / 演 - 北原ジン<br>相棒。</dd>"))
    cast = _cast(doc)
    assert cast.get("ミナト") == {"早瀬りお"} and cast.get("カイ") == {"森田ユウ"}


def test_a_stage_actor_alone_beside_an_unannounced_voice_is_no_cast():
    doc = _wiki(_CHARS.format("<dt>ミナト</dt><dd>声 - 早瀬りお / 演 - 水城透</dd>"
                              "<dt>ツグミ</dt><dd>声 - 未発表 / 演 - 朝倉ひな<br>花屋の娘。</dd>"))
    cast = _cast(doc)
    assert "ツグミ" not in cast
    assert not any("朝倉ひな" in v or "水城透" in v for vs in cast.values() for v in vs)


def test_cv_and_stage_marks_with_colons():
    doc = _wiki("<h2>キャスト</h2><ul><li>ミナト（CV：早瀬りお／演：水城透）</li><li>カイ（CV：森田ユウ／演：北原ジン）</li></ul>")
    cast = _cast(doc)
    assert cast.get("ミナト") == {"早瀬りお"}
    assert not any("水城透" in v or "北原ジン" in v for vs in cast.values() for v in vs)


def test_english_voiced_by_then_played_by():
    doc = _db("""<h2>Characters</h2><dl>
<dt>Corin</dt><dd>Voiced by: Jenna Blake / Played by: Ellis Ford</dd>
<dt>Tamsin</dt><dd>Voiced by: Maya Lund / Played by: Rhea Stone</dd></dl>""")
    facts = _facts(doc, "Quill Harbor Rangers")
    assert not any(f == "cast" and ("Ellis Ford" in v or "Rhea Stone" in v) for f, _k, v in facts)


_BOX = """<table class="infobox"><tr><th colspan="2">潮騒レンジャーズ</th></tr>
<tr><th colspan="2">{head}</th></tr><tr><th>演出</th><td>神崎ミオ</td></tr><tr><th>脚本</th><td>大庭コウ</td></tr>
<tr><th>上演期間</th><td>2025年8月14日 - 8月24日</td></tr>
<tr><th colspan="2">アニメ</th></tr><tr><th>監督</th><td>織田ユキ</td></tr><tr><th>音楽</th><td>桐島レン</td></tr></table>"""


def _staff_people(doc: str, title: str = "潮騒レンジャーズ") -> set[str]:
    return {v for f, _k, v in _facts(doc, title) if f == "staff"}


def test_an_infoboxs_stage_part_is_not_the_anime():
    people = _staff_people(_wiki(_BOX.format(head="舞台")))
    assert {"織田ユキ", "桐島レン"} <= people
    assert not people & {"神崎ミオ", "大庭コウ"}


def test_an_infoboxs_musical_part_is_not_the_anime():
    people = _staff_people(_wiki(_BOX.format(head="ミュージカル")))
    assert "織田ユキ" in people and "神崎ミオ" not in people


def test_an_english_infoboxs_stage_play_part_is_not_the_anime():
    box = """<table class="infobox"><tr><th colspan="2">Stage play</th></tr><tr><th>Directed by</th><td>Aiko Brandt</td></tr>
<tr><th>Written by</th><td>Sol Mercer</td></tr><tr><th colspan="2">Anime television series</th></tr>
<tr><th>Directed by</th><td>Rin Mase</td></tr><tr><th>Music by</th><td>Nao Ueki</td></tr></table>"""
    people = _staff_people(_db(box), "Quill Harbor Rangers")
    assert "Rin Mase" in people and "Aiko Brandt" not in people and "Sol Mercer" not in people


def test_a_setting_row_labelled_butai_does_not_hide_the_rows_after_it():
    box = """<table class="infobox"><tr><th>舞台</th><td>港町・潮見</td></tr><tr><th>監督</th><td>織田ユキ</td></tr>
<tr><th>音楽</th><td>桐島レン</td></tr></table>"""
    assert {"織田ユキ", "桐島レン"} <= _staff_people(_wiki(box))


def _staff_list(items: str, title: str = "潮騒レンジャーズ") -> set[tuple[str, str]]:
    doc = _wiki(f"<h2>スタッフ</h2><ul class=\"credit\">{items}</ul>", title)
    return {(k, v) for f, k, v in _facts(doc, title) if f == "staff"}


def _has(staff: set[tuple[str, str]], role: str, name: str) -> bool:
    """The credit with the name as written, with or without its romanisation in brackets after it."""
    return any(k == role and (v == name or v.startswith(name + "（") or v.startswith(name + "(")) for k, v in staff)


def test_a_role_span_run_into_a_spaced_name_with_its_romanisation():
    staff = _staff_list('<li><span class="role">監督</span>水城 透（Toru Mizuki）</li>'
                        '<li><span class="role">音楽</span>桐島 レン（Ren Kirishima）</li>')
    assert _has(staff, "director", "水城 透") and _has(staff, "music", "桐島 レン")


def test_a_combined_role_span_run_into_a_name_gives_each_role():
    staff = _staff_list('<li><span>シリーズ構成・脚本</span>早瀬 りお</li><li><span>監督</span>水城 透</li>')
    assert _has(staff, "series composition", "早瀬 りお") and _has(staff, "screenplay", "早瀬 りお")


def test_a_role_in_an_em_tag_run_into_a_name():
    staff = _staff_list('<li><em>キャラクターデザイン</em>森田 ユウ（Yu Morita）</li><li><em>美術監督</em>緑川 そら</li>')
    assert _has(staff, "character design", "森田 ユウ") and _has(staff, "art director", "緑川 そら")


def test_a_run_together_role_and_an_unspaced_name_still_reads():
    staff = _staff_list('<li><span>色彩設計</span>堀之内まこ</li><li><span>監督</span>水城透</li>')
    assert _has(staff, "color design", "堀之内まこ") and _has(staff, "director", "水城透")


def test_a_longer_role_is_not_cut_short_before_a_spaced_name():
    staff = _staff_list('<li><span>原作者</span>鳴海 ちとせ</li><li><span>監督</span>水城 透</li>')
    assert not any(v.startswith("者") for _k, v in staff)


def test_a_run_together_role_with_nothing_announced_gives_no_credit():
    staff = _staff_list('<li><span>監督</span>水城 透</li><li><span>音響監督</span>未発表 (TBA)</li>')
    assert not any(k == "sound director" for k, _v in staff)


def test_a_sentence_after_a_role_word_is_no_credit():
    staff = _staff_list('<li>監督は水城 透が務める。</li><li>監督の水城 透さんからコメント</li><li><span>音楽</span>桐島 レン</li>')
    assert not any(k == "director" and ("は" in v[:1] or "の" in v[:1] or "務め" in v) for k, v in staff)


def test_div_rows_of_a_role_span_and_a_spaced_name():
    doc = _wiki('<h2>スタッフ</h2><div class="staff"><div><span class="job">撮影監督</span>北原 ジン（Jin Kitahara）</div>'
                '<div><span class="job">編集</span>大庭 コウ</div></div>')
    staff = {(k, v) for f, k, v in _facts(doc, "潮騒レンジャーズ") if f == "staff"}
    assert _has(staff, "director of photography", "北原 ジン") and _has(staff, "editing", "大庭 コウ")


def _trailers(doc: str, title: str) -> set[str]:
    return {v for f, _k, v in _facts(doc, title) if f == "trailer"}


_VIDEOS = "<h2>映像</h2><ul class=\"videos\">{}</ul>"


def test_an_earlier_ovas_advert_in_a_database_video_list_is_that_titles():
    doc = _wiki(_VIDEOS.format(
        '<li>ティザーPV（2026年10月9日公開）：<a href="https://www.youtube.com/watch?v=aaaaaaaaaa1">YouTube</a></li>'
        '<li>OVA『潮騒 ―はじまりの波―』告知CM（2023年6月2日公開）：<a href="https://www.youtube.com/watch?v=bbbbbbbbbb2">YouTube</a></li>'))
    tr = _trailers(doc, "潮騒レンジャーズ")
    assert any("aaaaaaaaaa1" in v for v in tr)
    assert not any("bbbbbbbbbb2" in v or "2023" in v for v in tr)


def test_another_titles_pv_over_a_watch_on_youtube_link():
    doc = _wiki(_VIDEOS.format(
        '<li>PV第1弾：<a href="https://www.youtube.com/watch?v=aaaaaaaaaa1">YouTubeで見る</a></li>'
        '<li>劇場版『潮騒 外伝』PV：<a href="https://www.youtube.com/watch?v=cccccccccc3">YouTubeで見る</a></li>'))
    tr = _trailers(doc, "潮騒レンジャーズ")
    assert any("aaaaaaaaaa1" in v for v in tr) and not any("cccccccccc3" in v for v in tr)


def test_an_english_caption_giving_the_trailer_to_another_title():
    doc = _db("""<h2>Videos</h2><ul>
<li>Teaser (2026-05-09): <a href="https://www.youtube.com/watch?v=dddddddddd4">YouTube</a></li>
<li>The trailer for "Quill Harbor: Dawn" (2023-03-01): <a href="https://www.youtube.com/watch?v=eeeeeeeeee5">YouTube</a></li></ul>""")
    tr = _trailers(doc, "Quill Harbor Rangers")
    assert any("dddddddddd4" in v for v in tr) and not any("eeeeeeeeee5" in v for v in tr)


def test_the_works_own_title_in_the_caption_keeps_the_video():
    doc = _wiki(_VIDEOS.format(
        '<li>『潮騒レンジャーズ』告知CM（2026年10月9日公開）：<a href="https://www.youtube.com/watch?v=ffffffffff6">YouTube</a></li>'))
    assert any("ffffffffff6" in v for v in _trailers(doc, "潮騒レンジャーズ"))


def _encyc(rows: str) -> str:
    return _db(f'<div class="info"><strong>Vintage:</strong>{rows}</div>'
               '<div class="info"><strong>Broadcaster:</strong> TV Asahi</div>')


def test_an_encyclopedias_vintage_list_of_a_screening_the_airing_and_a_service():
    doc = _encyc("<span>2026-12-20 (advance screening, episodes 1-2, Harbor Anime Fest 2026)</span><br>"
                 "<span>2027-01-10</span><br><span>2027-01-12 (streaming on Netflix)</span>")
    facts = _facts(doc, "Quill Harbor Rangers")
    assert ("release_date", "", "2027-01-10") in facts
    assert ("release_date", "Netflix", "2027-01-12") in facts
    assert ("premiere_event", "Harbor Anime Fest 2026", "advance screening of episodes 1-2") in facts
    assert not any(v == "2026-12-20" for _f, _k, v in facts)


def test_a_screening_alone_on_the_vintage_line_is_no_release():
    doc = _encyc("<span>2026-11-02 (preview screening, Tide Expo 2026)</span>")
    facts = _facts(doc, "Quill Harbor Rangers")
    assert not any(f == "release_date" for f, _k, _v in facts)
    assert ("premiere_event", "Tide Expo 2026", "preview screening") in facts


def test_spelled_out_dates_in_a_vintage_list():
    doc = _encyc("<span>January 10, 2027</span><br><span>January 14, 2027 (simulcast on Crunchyroll)</span>")
    facts = _facts(doc, "Quill Harbor Rangers")
    assert ("release_date", "", "2027-01-10") in facts
    assert any(f == "release_date" and k.lower() == "crunchyroll" and v == "2027-01-14" for f, k, v in facts)


def test_a_premiere_note_on_a_network_in_a_vintage_list():
    doc = _encyc("<span>2027-01-10</span><br><span>2027-02-06 (premiere on Toonami)</span>")
    facts = _facts(doc, "Quill Harbor Rangers")
    assert ("release_date", "", "2027-01-10") in facts
    assert any(f == "release_date" and k.lower() == "toonami" and v == "2027-02-06" for f, k, v in facts)


def test_a_japanese_release_row_with_a_screening_note():
    doc = _wiki('<table class="infobox"><tr><th>放送期間</th><td>2026年12月20日（先行上映会、「潮騒フェス2026」）<br>'
                '2027年1月10日</td></tr></table>')
    facts = _facts(doc, "潮騒レンジャーズ")
    assert not any(f == "release_date" and v == "2026-12-20" for f, _k, v in facts)


def test_a_weekday_note_is_no_entry_of_a_dated_list():
    doc = _wiki("<p>放送開始：2027年1月10日（土）</p><p>2027年1月12日（月）</p>")
    facts = _facts(doc, "潮騒レンジャーズ")
    assert ("release_date", "", "2027-01-10") in facts
    assert not any(f == "release_date" and k for f, k, _v in facts)


def test_a_news_list_after_the_vintage_line_is_not_read_as_its_dates():
    doc = _encyc("<span>2027-01-10</span><br><span>2027-01-12 (streaming on Netflix)</span>") .replace(
        "</div></body>", "<h3>News</h3><ul><li>2026-11-25 Quill Harbor Rangers Reveals Dub Cast</li></ul></div></body>")
    facts = _facts(doc, "Quill Harbor Rangers")
    assert not any(v == "2026-11-25" for _f, _k, v in facts)


def test_a_forum_guess_below_is_no_entry():
    doc = _encyc("<span>2027-01-10</span><br><span>2027-01-12 (streaming on Netflix)</span>").replace(
        "</div></body>", "<p>2027-01-03 (airing on Tokyo MX, I think?)</p></div></body>")
    facts = _facts(doc, "Quill Harbor Rangers")
    assert ("release_date", "", "2027-01-10") in facts


def test_a_studio_row_then_a_production_committee_row_gives_no_studio_production():
    doc = _db("""<h3>Staff</h3><div class="encyc-staff"><b>Director:</b> <a>Rin Mase</a></div>
<div class="encyc-staff"><b>Animation Production:</b> <a>Wickline</a></div>
<div class="encyc-staff"><b>Production:</b> <a>Quill Harbor Rangers Production Committee</a></div>""")
    studios = {v for f, _k, v in _facts(doc, "Quill Harbor Rangers") if f == "studio"}
    assert studios == {"Wickline"}



def _cast_list(items: str) -> dict[str, set[str]]:
    return _cast(_wiki(f'<section class="cast"><h2>キャスト</h2><ul>{items}</ul></section>'))


def test_a_cards_spaced_part_run_into_its_actor_is_read_once():
    cast = _cast_list('<li><span class="chara">月岡 湊</span><span class="cv"><a href="/person/1/">風間瑛太</a></span></li>'
                      '<li><span class="chara">九条 すず</span><span class="cv"><a href="/person/2/">花咲ゆいな</a></span></li>')
    assert cast == {"月岡 湊": {"風間瑛太"}, "九条 すず": {"花咲ゆいな"}}


def test_unlinked_card_spans_with_spaced_parts():
    cast = _cast_list('<li><span class="chara">水城 透</span><span class="cv">早瀬りお</span></li>'
                      '<li><span class="chara">森田 ユウ</span><span class="cv">北原ジン</span></li>'
                      '<li><span class="chara">大庭 コウ</span><span class="cv">桐島レン</span></li>')
    assert cast.get("水城 透") == {"早瀬りお"} and "水城" not in cast and "森田" not in cast


def test_card_parts_in_bold_and_em_tags():
    cast = _cast_list('<li><b>緑川 そら</b><em>朝倉ひな</em></li><li><b>北原 ジン</b><em>森田ユウ</em></li>')
    assert "緑川" not in cast and "北原" not in cast
    assert not any(v.startswith(("そら", "ジン")) for vs in cast.values() for v in vs)


def test_a_plain_space_separated_cast_list_still_pairs():
    cast = _cast_list("<li>ハル 青木メイ</li><li>ソラ 森田ユウ</li><li>ミナト 北原ジン</li>")
    assert cast.get("ハル") == {"青木メイ"} and cast.get("ソラ") == {"森田ユウ"}
