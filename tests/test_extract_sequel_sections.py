"""A sequel's page: which of its sections, rows and notes are the watched season's, and which another season's.

Forms written for these tests (not copied from fixtures): wiki headings carrying an anchor mark, a credit noting the
person's role in an earlier season, EN and JA, and their traps (a credit bounded to season 1, a season-1 block).
"""
from extract_helpers import facts

_WIKI_HEAD = ("<!doctype html><html><head><title>アニメ/汐見坂の灯 第2期 - まとめWiki</title></head><body>"
              "<div id='body'><h1>汐見坂の灯 第2期</h1><p>『汐見坂の灯』のTVアニメ第2期。</p>")
_EN_HEAD = ("<!doctype html><html><head><title>Shiomizaka Lights Season 2 - Fan Wiki</title></head><body>"
            "<div id='content'><h1>Shiomizaka Lights Season 2</h1><p>The second season of the Shiomizaka Lights anime.</p>")
_TAIL = "</div></body></html>"


def _ja(body: str) -> set:
    return facts(_WIKI_HEAD + body + _TAIL, "汐見坂の灯 第2期", "汐見坂の灯", url="https://wiki.example/?page=x")


def _en(body: str) -> set:
    return facts(_EN_HEAD + body + _TAIL, "Shiomizaka Lights Season 2", "Shiomizaka Lights",
                 url="https://wiki.example/wiki/x")


def _anchor(mark: str = "&dagger;") -> str:
    return f"<a class='anchor_super' href='#h'>{mark}</a>"


def _values(got: set) -> str:
    return " ".join(v for _f, _k, v in got)


# ---- a wiki heading's anchor mark ("スタッフ†", PukiWiki's &dagger; link) is not part of the section's name
def test_a_dagger_anchored_staff_heading_heads_a_dash_list():
    got = _ja(f"<h2>スタッフ{_anchor()}</h2><ul><li>原作 - 椎名ほたる</li><li>監督 - 浅葱透</li>"
              "<li>音楽 - 鷹野灯</li><li>アニメーション制作 - スタジオ潮騒</li></ul>")
    assert ("staff", "director", "浅葱透") in got
    assert ("staff", "music", "鷹野灯") in got
    assert any(f == "studio" and v == "スタジオ潮騒" for f, _k, v in got)


def test_a_double_dagger_on_a_lower_heading_and_a_cast_dl():
    got = _ja(f"<h3>キャスト{_anchor('&Dagger;')}</h3><dl><dt>ミナト</dt><dd>声 - 朝霧りん</dd>"
              "<dt>カエデ</dt><dd>声 - 藤代はるか<br>灯台守の娘。</dd></dl>")
    assert ("cast", "ミナト", "朝霧りん") in got
    assert ("cast", "カエデ", "藤代はるか") in got


def test_a_dagger_anchored_english_staff_heading():
    got = _en(f"<h2>Staff {_anchor()}</h2><ul><li>Director - Tomo Asagi</li><li>Series Composition - Rin Kanou</li>"
              "<li>Music - Akari Takano</li></ul>")
    assert ("staff", "director", "Tomo Asagi") in got
    assert ("staff", "series composition", "Rin Kanou") in got


def test_a_plain_dagger_character_after_a_theme_song_heading():
    got = _ja("<h2>主題歌 †</h2><dl><dt>オープニングテーマ「潮騒ライン」</dt><dd>歌 - 夜凪バンド</dd></dl>")
    assert any(f == "theme_song" and k == "opening 1" and v.startswith("潮騒ライン") for f, k, v in got)


def test_a_dagger_anchored_earlier_season_heading_still_drops_its_block():
    got = _ja(f"<h2>スタッフ{_anchor()}</h2><ul><li>監督 - 浅葱透</li><li>音楽 - 鷹野灯</li></ul>"
              f"<h2>第1期（参考）{_anchor()}</h2><ul><li>監督 - 古川一郎</li><li>アニメーション制作 - スタジオ鴎</li></ul>")
    assert ("staff", "director", "浅葱透") in got
    assert "古川一郎" not in _values(got) and "スタジオ鴎" not in _values(got)


# ---- a credit's note on the person's role in another season is history, the credit this season's
def test_ja_dash_credit_noting_the_earlier_seasons_role():
    got = _ja("<h2>スタッフ</h2><ul><li>原作 - 椎名ほたる</li><li>監督 - 浅葱透（第1期副監督）</li><li>音楽 - 鷹野灯</li></ul>")
    assert ("staff", "director", "浅葱透") in got


def test_ja_colon_credit_noting_then_role_with_de_wa():
    got = _ja("<h2>スタッフ</h2><ul><li>総監督：古川一郎（第1期では監督）</li><li>監督：浅葱透</li></ul>")
    assert ("staff", "chief director", "古川一郎") in got
    assert ("staff", "director", "浅葱透") in got


def test_ja_table_row_noting_a_carry_over():
    got = _ja("<h2>スタッフ</h2><table><tr><th>シリーズ構成</th><td>狩野凛（第1期から続投）</td></tr>"
              "<tr><th>キャラクターデザイン</th><td>柚木ひなこ（1期 作画監督）</td></tr></table>")
    assert ("staff", "series composition", "狩野凛") in got
    assert ("staff", "character design", "柚木ひなこ") in got


def test_en_credit_noting_the_first_seasons_role_possessive():
    got = _en("<h2>Staff</h2><ul><li>Director: Tomo Asagi (Season 1's assistant director)</li>"
              "<li>Music: Akari Takano</li></ul>")
    assert ("staff", "director", "Tomo Asagi") in got


def test_en_credit_noting_a_role_on_an_ordinal_season():
    got = _en("<h2>Staff</h2><ul><li>Character Design - Hina Yuzuki (animation director on the first season)</li>"
              "<li>Director - Tomo Asagi</li></ul>")
    assert ("staff", "character design", "Hina Yuzuki") in got


def test_en_table_credit_noting_a_return():
    got = _en("<h2>Staff</h2><table><tr><th>Series Composition</th><td>Rin Kanou (returning from Season 1)</td></tr>"
              "<tr><th>Director</th><td>Tomo Asagi</td></tr></table>")
    assert ("staff", "series composition", "Rin Kanou") in got


def test_trap_a_credit_bounded_to_the_earlier_season_is_not_this_seasons():
    got = _ja("<h2>キャスト</h2><ul><li>ミナト - 朝霧りん</li><li>カイ - 高原晴人（第1期のみ）</li></ul>"
              "<h2>スタッフ</h2><ul><li>監督 - 浅葱透</li><li>音楽 - 古川一郎（第1期）</li></ul>")
    assert "高原晴人" not in _values(got)
    assert "古川一郎" not in _values(got)
    assert ("staff", "director", "浅葱透") in got


def test_trap_en_season_only_note_and_a_dated_season_note():
    got = _en("<h2>Staff</h2><ul><li>Director: Tomo Asagi</li><li>Music: Ken Furukawa (season 1 only)</li>"
              "<li>Character Design: Mai Oda (Season 1, 2025)</li></ul>")
    assert "Ken Furukawa" not in _values(got) and "Mai Oda" not in _values(got)
    assert ("staff", "director", "Tomo Asagi") in got


# ---- another season's section may hold this season's box or subsection: those stay this season's
def _en_news(body: str) -> set:
    return facts("<!doctype html><html><head><title>Shiomizaka Lights Season 2: everything we know</title></head><body>"
                 "<main><article><h1>Shiomizaka Lights Season 2: everything we know</h1>"
                 "<p>Shiomizaka Lights Season 2 is coming next winter.</p>" + body + "</article></main></body></html>",
                 "Shiomizaka Lights Season 2", "Shiomizaka Lights")


def test_a_table_captioned_with_this_season_inside_a_season_1_recap_stays():
    got = _en_news("<h2>Shiomizaka Lights Season 1 recap</h2><p>The first season aired in 2024 on TBS, animated by Gull Works.</p>"
                   "<div class='facts'><table><caption>Shiomizaka Lights Season 2 at a glance</caption>"
                   "<tr><th>Studio</th><td>Tidepool Animation</td></tr><tr><th>Episodes</th><td>12</td></tr></table></div>")
    assert any(f == "studio" and v == "Tidepool Animation" for f, _k, v in got)
    assert ("episodes", "", "12") in got
    assert "Gull Works" not in _values(got) and "TBS" not in _values(got)


def test_a_lower_heading_naming_this_season_ends_the_recap():
    got = _en_news("<h2>Looking back at Season 1</h2><ul><li>Director: Ken Furukawa</li></ul>"
                   "<h3>What changes in Season 2</h3><ul><li>Director: Tomo Asagi</li><li>Music: Akari Takano</li></ul>")
    assert ("staff", "director", "Tomo Asagi") in got
    assert ("staff", "music", "Akari Takano") in got
    assert "Ken Furukawa" not in _values(got)


def test_a_section_box_opened_by_a_season_2_heading_under_the_first_season():
    got = _en_news("<h2>The first season</h2><ul><li>Character Design: Mai Oda</li></ul>"
                   "<section><h3>Season 2 staff</h3><ul><li>Character Design: Hina Yuzuki</li></ul></section>")
    assert ("staff", "character design", "Hina Yuzuki") in got
    assert "Mai Oda" not in _values(got)


def test_ja_a_table_captioned_with_the_second_season_under_a_first_season_heading():
    got = _ja("<h2>第1期（参考）</h2><table><tr><th>監督</th><td>古川一郎</td></tr></table>"
              "<table><caption>第2期 スタッフ</caption><tr><th>監督</th><td>浅葱透</td></tr>"
              "<tr><th>アニメーション制作</th><td>スタジオ潮騒</td></tr></table>")
    assert ("staff", "director", "浅葱透") in got
    assert "古川一郎" not in _values(got)


def test_ja_a_div_opened_by_a_second_season_heading_under_a_first_season_heading():
    got = _ja("<h2>1期の振り返り</h2><p>1期はスタジオ鴎が制作した。</p>"
              "<div class='box'><h3>2期の主題歌</h3><dl><dt>オープニングテーマ「潮騒ライン」</dt><dd>歌 - 夜凪バンド</dd></dl></div>")
    assert any(f == "theme_song" and v.startswith("潮騒ライン") for f, _k, v in got)
    assert "スタジオ鴎" not in _values(got)


def test_ja_a_lower_heading_for_the_second_season_after_the_first_seasons_list():
    got = _ja("<h2>第1期</h2><ul><li>音楽 - 古川一郎</li></ul><h3>第2期からの新スタッフ</h3><ul><li>音楽 - 鷹野灯</li></ul>")
    assert ("staff", "music", "鷹野灯") in got
    assert "古川一郎" not in _values(got)


def test_trap_a_box_labelled_with_the_first_season_or_both_stays_dropped():
    got = _en_news("<h2>Season 1 recap</h2>"
                   "<table><caption>Season 1 at a glance</caption><tr><th>Studio</th><td>Gull Works</td></tr></table>"
                   "<table><caption>Season 1 and Season 2 theme artists</caption><tr><th>Opening</th><td>\"Old Light\" by Ferry</td></tr></table>"
                   "<ul><li>Character Design: Mai Oda</li></ul>")
    assert "Gull Works" not in _values(got) and "Old Light" not in _values(got) and "Mai Oda" not in _values(got)


# ---- a section heading qualified by the page's own season ("第2期スタッフ") heads that section
def test_ja_headings_qualified_by_this_season_head_their_sections():
    got = _ja("<h2>第2期スタッフ</h2><ul><li>監督 - 浅葱透</li><li>音楽 - 鷹野灯</li></ul>"
              "<h2>2期の主題歌</h2><dl><dt>オープニングテーマ「潮騒ライン」</dt><dd>歌 - 夜凪バンド</dd></dl>"
              "<h3>第2期からの新キャスト</h3><ul><li>カエデ - 藤代はるか</li></ul>")
    assert ("staff", "director", "浅葱透") in got and ("staff", "music", "鷹野灯") in got
    assert any(f == "theme_song" and v.startswith("潮騒ライン") for f, _k, v in got)
    assert ("cast", "カエデ", "藤代はるか") in got


def test_ja_a_trailing_season_qualifier_and_a_tv_anime_prefix():
    got = _ja("<h3>スタッフ（第2期）</h3><ul><li>シリーズ構成 - 狩野凛</li></ul>"
              "<h3>TVアニメ第2期 放送情報</h3><table><tr><th>放送局</th><td>TOKYO MX</td></tr></table>")
    assert ("staff", "series composition", "狩野凛") in got
    assert any(f == "broadcaster" and "TOKYO MX" in v for f, _k, v in got)


def test_trap_a_heading_qualified_by_the_first_season_stays_out():
    got = _ja("<h2>スタッフ</h2><ul><li>監督 - 浅葱透</li></ul><h2>第1期スタッフ</h2><ul><li>音楽 - 古川一郎</li></ul>")
    assert ("staff", "director", "浅葱透") in got
    assert "古川一郎" not in _values(got)



# ---- a wiki's side column ("menubar", "rightbar", "leftbar") lists other works' new shows: chrome, not this page's
def _side_column_page(side: str) -> str:
    return ("<!doctype html><html><head><title>アニメ/汐見坂の灯 第2期 - まとめWiki</title></head><body><table><tr>" + side +
            "<td valign='top'><div id='body'><h1>汐見坂の灯 第2期</h1><h2>概要</h2><p>椎名ほたるの漫画『汐見坂の灯』を原作と"
            "するTVアニメの第2期。第1期最終話の放送後に制作が発表された。港町の灯台を舞台に、灯台守の少女ミナトと"
            "町の人々の一年を描く。</p><h2>放送情報</h2><p>2027年1月から放送開始予定。全12話（予定）。</p>"
            "<h2>スタッフ</h2><ul><li>原作 - 椎名ほたる</li><li>監督 - 浅葱透</li><li>音楽 - 鷹野灯</li></ul>"
            "<h2>キャスト</h2><dl><dt>ミナト</dt><dd>声 - 朝霧りん</dd><dt>カエデ</dt><dd>声 - 藤代はるか</dd></dl>"
            "</div></td></tr></table></body></html>")


_OTHER_SHOW = "<p>『鉄塔の回転木馬』2027年1月11日(月)25:30〜 テレビ東京 / 監督：早瀬ジュン / 制作：スタジオ鐘</p>"


def _side_facts(side: str) -> set:
    return facts(_side_column_page(side), "汐見坂の灯 第2期", "汐見坂の灯", url="https://wiki.example/?page=z")


def test_a_pukiwiki_menubar_cell_and_box_are_chrome():
    got = _side_facts(f"<td class='menubar'><div id='menubar'><h4>メニュー</h4><h5>新番組情報</h5>{_OTHER_SHOW}</div></td>")
    assert ("staff", "director", "浅葱透") in got
    assert "早瀬ジュン" not in _values(got) and "スタジオ鐘" not in _values(got)


def test_a_menu_bar_div_with_a_hyphen_is_chrome():
    got = _side_facts(f"<td><div class='menu-bar'><h5>今期の新番組</h5>{_OTHER_SHOW}</div></td>")
    assert "早瀬ジュン" not in _values(got) and ("staff", "director", "浅葱透") in got


def test_a_rightbar_and_a_left_bar_are_chrome():
    for side in (f"<td><div id='rightbar' class='rightbar'>{_OTHER_SHOW}</div></td>",
                 f"<td class='left-bar'>{_OTHER_SHOW}</td>", f"<td id='leftbar'>{_OTHER_SHOW}</td>"):
        got = _side_facts(side)
        assert "早瀬ジュン" not in _values(got), side
        assert ("staff", "director", "浅葱透") in got, side


# ---- a sequel's handover sentences: who and which studio the credit passed to (never the predecessor)
from extract_helpers import news  # noqa: E402

_T = "Vesper Lights Season 2"


def _said(*paragraphs: str) -> set:
    return facts(news(list(paragraphs), title=f"{_T} reveals its staff"), _T, "Vesper Lights")


def _studios(got: set) -> set:
    return {v for f, _k, v in got if f == "studio"}


def test_the_sequel_has_moved_to_a_studio():
    got = _said("Season 1 was directed by Ken Furukawa at Studio Ferrous, but the sequel has moved to Hoshi Works.")
    assert _studios(got) == {"Hoshi Works"}


def test_the_new_season_moves_or_switches_to_a_studio():
    assert any("Kite" in v for v in _studios(_said("The new season moves to Studio Kite, a first for the franchise.")))
    assert _studios(_said("Season 2 has switched to Lumen Pictures after the first season's troubled production.")) >= {"Lumen Pictures"}
    assert _studios(_said("The second season is moving to Tidepool Animation.")) == {"Tidepool Animation"}


def test_trap_a_season_moving_to_a_service_or_a_month_is_no_studio():
    got = _said("The sequel has moved to Netflix for its worldwide release.", "Season 2 has moved to April 2027.")
    assert not _studios(got)


def test_with_someone_taking_over_as_director_even_after_an_aside():
    got = _said("The sequel has a new team, with Reika Someya (previously an episode director on another show) taking over as director.")
    assert ("staff", "director", "Reika Someya") in got
    got = _said("Production continues at the same studio, with Kaito Mori stepping in as the new director.")
    assert ("staff", "director", "Kaito Mori") in got


def test_trap_taking_over_as_director_of_photography_or_chief_director():
    got = _said("The look changes too, with Jun Aoki taking over as director of photography.",
                "The story stays, with Mina Ueda taking over as chief director.")
    assert ("staff", "director", "Jun Aoki") not in got and ("staff", "director", "Mina Ueda") not in got


def test_role_duties_pass_from_the_predecessor_to_the_newcomer():
    got = _said("Character design duties pass from Season 1's Rumi Tadokoro to Hinako Yuzuki.")
    assert ("staff", "character design", "Hinako Yuzuki") in got
    assert "Rumi Tadokoro" not in _values(got)


def test_the_directors_chair_and_the_music_are_handed_over():
    got = _said("The director's chair has passed from Ken Furukawa to Aya Morisaki.",
                "The composer credit is handed over from Taro Ishida to Yusuke Omura, while series composition moves from Rin Kano to Kohei Sudo.")
    assert ("staff", "director", "Aya Morisaki") in got
    assert ("staff", "music", "Yusuke Omura") in got
    assert ("staff", "series composition", "Kohei Sudo") in got
    assert not {"Ken Furukawa", "Taro Ishida", "Rin Kano"} & {v for _f, _k, v in got}


# ---- the newcomer's second credit in a relative clause ("…, who is also credited as chief animation director")
def test_who_is_also_credited_or_listed_as_a_role():
    got = _said("Character designer Kenta Roku has been replaced by Chihiro Amaku, who is also credited as chief animation director.")
    assert ("staff", "chief animation director", "Chihiro Amaku") in got
    got = _said("Design duties pass from Season 1's Rumi Tado to Hina Yuzu , who is also listed as a chief animation director alongside Ken Soga .")
    assert ("staff", "chief animation director", "Hina Yuzu") in got
    assert ("staff", "chief animation director", "Ken Soga") in got


def test_who_is_serving_set_or_confirmed_as_a_role():
    got = _said("The sound team is new: Kei Aoba, who is serving as sound director, joins the sequel.",
                "Story duties go to Rin Kano, who will be credited as series composer.",
                "The sequel also brings in Ami Sato, who is set as art director together with Jun Oka.",
                "Its lead storyboarder is Mio Ueno, who has been confirmed as the new director.")
    assert ("staff", "sound director", "Kei Aoba") in got
    assert ("staff", "series composition", "Rin Kano") in got
    assert ("staff", "art director", "Ami Sato") in got and ("staff", "art director", "Jun Oka") in got
    assert ("staff", "director", "Mio Ueno") in got


def test_trap_a_past_or_another_works_credit_in_the_relative_clause():
    got = _said("The new designer is joined by Tomo Kiri, who was credited as chief animation director on the first season.",
                "Also on board is Yuki Hara, who is also credited as director of Other Harbor Story.",
                "The sequel keeps Nao Mita, who is also listed as character designer on the first season.")
    vals = _values(got)
    assert "Tomo Kiri" not in vals and "Yuki Hara" not in vals
    assert ("staff", "character design", "Nao Mita") not in got


# ---- a wiki's station or service table whose header row is <td>s in a <thead>: a header, not a label and its value
def _thead_table(head: list[str], rows: list[list[str]]) -> str:
    th = "".join(f"<td>{h}</td>" for h in head)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows)
    return f"<table><thead><tr>{th}</tr></thead><tbody>{body}</tbody></table>"


def test_ja_station_table_with_a_td_header_in_thead():
    got = _ja("<h2>放送情報</h2><p>2027年1月8日(金)より放送開始予定。</p>" +
              _thead_table(["放送局", "開始日", "時間"], [["フジテレビ", "1月8日(金)", "23:00〜23:30"], ["BSフジ", "1月12日(火)", "24:00〜24:30"]]))
    assert not any(f == "broadcaster" and "開始日" in v for f, _k, v in got)
    assert ("release_date", "BSフジ", "2027-01-13") in got   # (24:00 on the 12th: the 13th)
    assert any(f == "broadcaster" and v == "フジテレビ" for f, _k, v in got)


def test_en_network_table_and_a_service_table_with_td_headers():
    got = _en("<h2>Broadcast</h2><p>Season 2 premieres on January 8, 2027.</p>" +
              _thead_table(["Network", "Start", "Time"], [["TOKYO MX", "January 8", "24:00"], ["BS11", "January 9", "23:30"]]) +
              "<h2>Streaming</h2>" + _thead_table(["Service", "Start"], [["Crunchyroll", "January 8"], ["HIDIVE", "January 10"]]))
    vals = {v for f, _k, v in got if f in ("broadcaster", "streaming")}
    assert {"TOKYO MX", "BS11", "Crunchyroll", "HIDIVE"} <= vals
    assert not vals & {"Start", "Network", "Service"}


def test_trap_an_episode_list_with_a_td_header_names_no_station():
    got = _ja("<h2>各話リスト</h2>" + _thead_table(["話数", "サブタイトル", "放送日"], [["第1話", "灯のともる坂", "1月8日"]]))
    assert not any(f in ("broadcaster", "streaming") for f, _k, _v in got)


def test_trap_a_plain_works_page_or_another_seasons_move_gives_no_studio():
    plain = facts(news(["Season 2 has moved to Hoshi Works, the studio confirmed."], title="Vesper Lights gets a sequel"), "Vesper Lights")
    assert not _studios(plain)
    third = facts(news(["Season 3 has moved to Hoshi Works."], title="Vesper Lights Season 2 news"), _T, "Vesper Lights")
    assert not _studios(third)
    third = facts(news(["The third season has moved to Hoshi Works."], title="Vesper Lights Season 2 news"), _T, "Vesper Lights")
    assert not _studios(third)
