"""A page's block about another work of the franchise is that work's data, never this one's: a sequel's page
with a heading naming the earlier work ("前作：X（第1幕）", "Prequel: X (ONA, 2025)"), a film's page with a heading
naming the TV series ("TV SERIES", 「TVシリーズ『X』」), and a side box "People who viewed this page also viewed"
(invented names and pages)."""
from __future__ import annotations

import pytest

from extract_helpers import facts, news


def _ja_page(title: str, heading: str, h1: str | None = None) -> str:
    """A database-like Japanese page: the work's own rows, then a block under `heading` with another work's rows."""
    return (f"<!doctype html><html><head><meta charset='utf-8'><title>{h1 or title} - アニメDB</title></head><body>"
            f"<div id='main'><h1>{h1 or title}</h1>"
            "<table><tr><th>放送時期</th><td>2027年夏 放送予定</td></tr>"
            "<tr><th>アニメーション制作</th><td>スタジオ・ハルニレ</td></tr>"
            "<tr><th>監督</th><td>朝霧ケンジ</td></tr></table>"
            "<h2>概要</h2><p>人気漫画を原作とするアニメの最新作。詳細は公式サイトで順次発表される予定です。</p>"
            f"<h2>{heading}</h2>"
            "<table><tr><th>放送局</th><td>TOKYO MX、BS日テレ</td></tr>"
            "<tr><th>キャラクターデザイン</th><td>坂上ミドリ</td></tr>"
            "<tr><th>OP</th><td>「ガラスの羅針盤」／ルミナ・ドット</td></tr></table>"
            "<h2>関連リンク</h2><p>公式サイトはこちら。</p></div></body></html>")


def _en_page(title: str, heading: str) -> str:
    """An English database-like page: the work's rows, then a block under `heading` with another work's rows."""
    return ("<!doctype html><html><head><meta charset='utf-8'>"
            f"<title>{title} - AnimeBase</title></head><body><main><h1>{title}</h1>"
            "<dl><dt>Studio</dt><dd>Studio Harunire</dd><dt>Director</dt><dd>Kenji Asagiri</dd>"
            "<dt>Premiere</dt><dd>July 2027</dd></dl>"
            "<h2>Synopsis</h2><p>The new chapter of the story of the bell-ringers of the mountain town.</p>"
            f"<h2>{heading}</h2>"
            "<dl><dt>Character Design</dt><dd>Midori Sakagami</dd><dt>Broadcaster</dt><dd>TOKYO MX</dd>"
            "<dt>Opening Theme</dt><dd>\"Glass Compass\" by Lumina Dot</dd></dl>"
            "<h2>External links</h2><p>Official site.</p></main></body></html>")


def _values(found) -> str:
    return " | ".join(f"{k}={v}" for _, k, v in found)


@pytest.mark.parametrize("heading", [
    "前作：鉄と砂糖のワルツ（第1幕）",
    "前作データ",
    "■前作情報",
    "【前作】",
    "前シリーズ『ハルニレの鐘』",
    "前作のスタッフ・主題歌",
    "前シーズン（2025年）",
])
def test_ja_heading_naming_the_earlier_work_heads_its_block(heading):
    found = facts(_ja_page("ハルニレの鐘 第2幕", heading), "ハルニレの鐘 第2幕")
    assert ("staff", "director", "朝霧ケンジ") in found
    text = _values(found)
    assert "坂上ミドリ" not in text and "ガラスの羅針盤" not in text and "TOKYO MX" not in text


@pytest.mark.parametrize("heading", [
    "Prequel",
    "Prequel: Harunire Bells: Prologue (ONA, 2025)",
    "Previous series",
    "The previous installment",
    "Previous season — Harunire Bells",
    "Earlier series (2025)",
])
def test_en_heading_naming_the_earlier_work_heads_its_block(heading):
    found = facts(_en_page("Harunire Bells Act II", heading), "Harunire Bells Act II")
    assert ("staff", "director", "Kenji Asagiri") in found
    text = _values(found)
    assert "Midori Sakagami" not in text and "Glass Compass" not in text and "TOKYO MX" not in text


@pytest.mark.parametrize("heading", ["前作からの続投スタッフ", "Previous series' staff return"])
def test_heading_saying_more_than_the_earlier_work_is_this_works(heading):
    """A heading about what carries over from the earlier work heads this work's block."""
    page = _ja_page("ハルニレの鐘 第2幕", heading) if heading.startswith("前") else _en_page("Harunire Bells Act II", heading)
    name = "坂上ミドリ" if heading.startswith("前") else "Midori Sakagami"
    title = "ハルニレの鐘 第2幕" if heading.startswith("前") else "Harunire Bells Act II"
    assert ("staff", "character design", name) in facts(page, title)


@pytest.mark.parametrize("heading", [
    "TV SERIES",
    "TVシリーズ『ハルニレの鐘』",
    "TVアニメ第1期",
    "テレビアニメ情報",
    "TVアニメ版 スタッフ",
])
def test_ja_film_page_heading_naming_the_tv_series_heads_its_block(heading):
    found = facts(_ja_page("劇場版 ハルニレの鐘", heading), "劇場版 ハルニレの鐘")
    assert ("staff", "director", "朝霧ケンジ") in found
    text = _values(found)
    assert "坂上ミドリ" not in text and "ガラスの羅針盤" not in text and "TOKYO MX" not in text


@pytest.mark.parametrize("heading", ["About the TV anime (2025)", "The TV Series", "TV anime staff", "TV Series Recap"])
def test_en_film_page_heading_naming_the_tv_series_heads_its_block(heading):
    found = facts(_en_page("Harunire Bells the Movie", heading), "Harunire Bells the Movie")
    assert ("staff", "director", "Kenji Asagiri") in found
    text = _values(found)
    assert "Midori Sakagami" not in text and "Glass Compass" not in text


def test_tv_series_heading_on_the_tv_works_own_page_is_its_own():
    """On the TV series' own page, a "TV SERIES" heading heads its own data."""
    found = facts(_ja_page("ハルニレの鐘", "TVシリーズ スタッフ"), "ハルニレの鐘")
    assert ("staff", "character design", "坂上ミドリ") in found


def test_film_page_heading_naming_both_the_film_and_the_series_is_kept():
    found = facts(_ja_page("劇場版 ハルニレの鐘", "TVアニメ＆劇場版 共通スタッフ"), "劇場版 ハルニレの鐘")
    assert ("staff", "character design", "坂上ミドリ") in found


def _side_box_page(heading: str) -> str:
    return ("<!doctype html><html><head><meta charset='utf-8'><title>ハルニレの鐘 - アニメDB</title></head><body>"
            "<div id='main'><h1>ハルニレの鐘</h1><table><tr><th>監督</th><td>朝霧ケンジ</td></tr>"
            "<tr><th>キャスト</th><td>ミナ：水城かすみ</td></tr></table></div>"
            f"<div id='col'><div class='box'><h3>{heading}</h3><ul>"
            "<li><a href='/person/1'>水城かすみ</a>（声優・歌手）</li><li><a href='/person/2'>黒田リク</a>（声優）</li>"
            "<li><a href='/title/3'>夜明けの測量士</a>（監督：三好カナメ）</li></ul></div></div></body></html>")


@pytest.mark.parametrize("heading", [
    "このページを見た人はこんなページも見ています",
    "この記事を読んだ人はこんな記事も読んでいます",
    "この番組を見た方におすすめ",
    "People who viewed this page also viewed",
    "Viewers also watched",
    "Users who liked this also liked",
])
def test_also_viewed_box_is_chrome(heading):
    found = facts(_side_box_page(heading), "ハルニレの鐘")
    assert ("staff", "director", "朝霧ケンジ") in found
    text = _values(found)
    assert "三好カナメ" not in text and "声優" not in text and "黒田リク" not in text


# ---- a clause about another title, or about the person a credit passed from, tells that title's or person's credit

_W = "Bell Tower Act Two"


def _prose(sentence: str) -> set[tuple[str, str, str]]:
    return {f for f in facts(news([f"{_W} premieres in April. {sentence}"], title=f"{_W} news"), _W)
            if f[0] in ("staff", "studio")}


@pytest.mark.parametrize("sentence, foreign", [
    ("The band broke through with \"Night Index,\" the opening of last year's Gilded Mantis, which was directed by "
     "Masaru Hinode.", "Masaru Hinode"),
    ("The film is a follow-up to the 2025 ONA short Bell Tower Act Two: Prologue, which was animated by Studio Kujaku "
     "and directed by Yuji Omuro.", "Yuji Omuro"),
    ("The film is a follow-up to the 2025 ONA short Bell Tower Act Two: Prologue, which was animated by Studio Kujaku "
     "and directed by Yuji Omuro.", "Kujaku"),
    ("Composer Rin Aoba also scored Paper Moon Relay (2023), which was directed by Kaito Mizuno.", "Kaito Mizuno"),
    ("It reunites the cast of Harbor of Nine Suns, which was animated by Studio Ridgeback in 2024.", "Ridgeback"),
    ("Its director returns from Copper Moth Agency, which was helmed by Kohei Natsume as chief director.", "Kohei Natsume"),
    ("Saeko Tachibana is the new character designer, replacing Jun Ogata, who designed the characters for season one.",
     "Jun Ogata"),
    ("Mio Satomi takes over from Ken Ueda, who directed the first season.", "Ken Ueda"),
    ("Composer Aya Morishita steps in for Daichi Kurosawa, who composed the music for the original series.",
     "Daichi Kurosawa"),
    ("Rika Tamura handles series composition in place of Shun Kido, who handled series composition for the first "
     "season.", "Shun Kido"),
    ("Haru Nomiya directs, succeeding Keita Oshiro, who was director of the first season.", "Keita Oshiro"),
])
def test_credit_in_a_clause_about_another_title_or_a_predecessor_is_not_this_works(sentence, foreign):
    assert not any(foreign in v for _, _, v in _prose(sentence))


@pytest.mark.parametrize("sentence, fact", [
    ("Saeko Tachibana is the new character designer, replacing Jun Ogata, who designed the characters for season one.",
     ("staff", "character design", "Saeko Tachibana")),
    ("Haru Nomiya directs, succeeding Keita Oshiro, who was director of the first season.",
     ("staff", "director", "Haru Nomiya")),
    # the predecessor's clause that tells his credit on this work too
    ("Noriko Segawa takes over from Hideaki Mabuchi, who directed the first two seasons and is credited as chief "
     "director this time around.", ("staff", "chief director", "Hideaki Mabuchi")),
])
def test_the_new_holder_and_a_predecessor_still_credited_stay(sentence, fact):
    assert fact in _prose(sentence)


def test_which_clause_after_the_works_own_name_is_its_own():
    found = facts(news([f"{_W}, which is directed by Yuji Omuro, opens in 2027."], title=f"{_W} news"), _W)
    assert ("staff", "director", "Yuji Omuro") in found


# ---- a compound role the slash ends ("音楽制作／X") is one role: never "音楽" with the value "制作"

def _staff_page(line: str) -> str:
    return ("<!doctype html><html><head><meta charset='utf-8'><title>TVアニメ『鉄錆のカナリア』公式サイト</title></head>"
            f"<body><main><h1>鉄錆のカナリア</h1><h2>STAFF</h2><div><p>監督／森脇 達彦</p><p>{line}</p></div></main></body></html>")


@pytest.mark.parametrize("line, role, who", [
    ("音楽制作／ネオンテイル・ミュージック", "音楽制作", "ネオンテイル・ミュージック"),
    ("音響制作／マジックカプセル", "音響制作", "マジックカプセル"),
    ("美術協力／アトリエ青", "美術協力", "アトリエ青"),
    ("撮影監督補佐／辻本航", "撮影監督補佐", "辻本航"),
    ("色彩設計補佐／相良ミキ", "色彩設計補佐", "相良ミキ"),
    ("作画監督協力／森田ハナ", "作画監督協力", "森田ハナ"),
    ("音楽制作協力／ランティス", "音楽制作協力", "ランティス"),
    ("音楽プロデューサー／北野ユウ", "music producer", "北野ユウ"),
    ("音楽 / fumika_k", "music", "fumika_k"),
])
def test_slash_ends_a_compound_role(line, role, who):
    staff = {(k, v) for f, k, v in facts(_staff_page(line), "鉄錆のカナリア") if f == "staff"}
    assert (role, who) in staff
    assert not any(v in ("制作", "補佐", "協力") for _, v in staff)
    assert not any(k in ("music", "director of photography", "color design") and v == who for k, v in staff) \
        or role in ("music",)


# ---- a showing said not to happen, or told of an earlier work, is no premiere_event (every reader: `_Run.add`)

def _events(sentence: str, work: str = "Brasswing Couriers", lead: str = "Brasswing Couriers premieres in April."):
    return {(k, v) for f, k, v in facts(news([lead, sentence], title=f"{work} news"), work) if f == "premiere_event"}


@pytest.mark.parametrize("sentence", [
    "Brasswing Couriers' first episode was not screened at Harbor Con 2026 as planned.",
    "The planned screening of the first episode at Harbor Con 2026 was cancelled.",
    "The first episode won't be shown at Harbor Con 2026 after all.",
    "Contrary to earlier reports, the first episode didn't premiere at Harbor Con 2026.",
    "Director Mina Okabe previously screened the first episode of her earlier series at Anime Expo 2019.",
    "The studio's previous film premiered at Harbor Con 2024.",
    "Okabe's team showed the first episode of their last series at Harbor Con 2025.",
])
def test_en_showing_that_did_not_happen_or_of_an_earlier_work_is_no_event(sentence):
    assert _events(sentence) == set()


@pytest.mark.parametrize("sentence", ["「ハーバーコン2026」での第1話先行上映は中止となった。",
                                      "「ハーバーコン2026」では第1話は上映されなかった。"])
def test_ja_showing_that_did_not_happen_is_no_event(sentence):
    assert _events(sentence, "ハーバーの灯", "TVアニメ『ハーバーの灯』は2027年4月放送開始。") == set()


@pytest.mark.parametrize("sentence", [
    "Brasswing Couriers' first episode was screened at Harbor Con 2026.",
    "The first episode won't be the only one: it will be shown at Harbor Con 2026.",
    "The first episode was screened at Harbor Con 2026, and not only to the press.",
    "The first episode screened at Harbor Con 2026 to a full hall; the second episode was not shown.",
    "Okabe's team showed the first episode at Harbor Con 2026.",
])
def test_showing_of_this_work_with_a_negation_elsewhere_stays(sentence):
    assert ("Harbor Con 2026", "first episode screened") in _events(sentence)


def test_ja_showing_stays():
    assert ("ハーバーコン2026", "第1話を先行上映") in _events("「ハーバーコン2026」で第1話を先行上映した。", "ハーバーの灯",
                                                    "TVアニメ『ハーバーの灯』は2027年4月放送開始。")


# ---- a pilot made before the series is another production: its section's credits and showings are its own

def _wiki_with(heading: str, body: str, work: str = "Clockwork Orchard") -> str:
    return ("<!doctype html><html><head><meta charset='utf-8'><title>Clockwork Orchard - Wiki</title></head><body><main>"
            "<h1>Clockwork Orchard</h1><h2>Production</h2><p>The TV anime Clockwork Orchard is directed by Minoru Kagami "
            "at Studio Tenbin. It premieres on January 8, 2027.</p>"
            f"<h2>{heading}</h2><p>{body}</p><h2>References</h2><p>Official website.</p></main></body></html>")


_PILOT_BODY = ("Before the TV series, a four-minute film was made in 2024, directed by Rikuto Hase with music by Emi "
               "Kanaya. It was shown at the Kichijoji Short Anime Fest 2024 on October 12, 2024.")


@pytest.mark.parametrize("heading", ["Pilot film", "Pilot Film (2024)", "The pilot short", "Pilot version"])
def test_en_pilot_section_is_another_production(heading):
    found = facts(_wiki_with(heading, _PILOT_BODY), "Clockwork Orchard")
    assert ("staff", "director", "Minoru Kagami") in found
    text = _values(found)
    assert "Rikuto Hase" not in text and "Emi Kanaya" not in text and "Kichijoji" not in text


@pytest.mark.parametrize("heading", ["パイロットフィルム", "パイロット版（2024年）", "パイロット映像について"])
def test_ja_pilot_section_is_another_production(heading):
    doc = ("<!doctype html><html><head><meta charset='utf-8'><title>ぜんまい果樹園 - Wiki</title></head><body><main>"
           "<h1>ぜんまい果樹園</h1><h2>スタッフ</h2><ul><li>監督：各務稔</li></ul>"
           f"<h2>{heading}</h2><ul><li>監督：長谷陸人</li><li>音楽：金谷エミ</li></ul>"
           "<h2>脚注</h2><p>公式サイト</p></main></body></html>")
    found = facts(doc, "ぜんまい果樹園")
    assert ("staff", "director", "各務稔") in found
    assert "長谷陸人" not in _values(found) and "金谷エミ" not in _values(found)


def test_pilots_of_a_mecha_cast_are_no_pilot_film():
    doc = ("<!doctype html><html><head><meta charset='utf-8'><title>Iron Orchard - Wiki</title></head><body><main>"
           "<h1>Iron Orchard</h1><h2>Staff</h2><ul><li>Director: Minoru Kagami</li></ul><h2>Pilots</h2>"
           "<ul><li>Rei Tachi: Aoi Sakuma</li></ul><h2>Pilot training</h2><ul><li>Music: Emi Kanaya</li></ul>"
           "</main></body></html>")
    found = facts(doc, "Iron Orchard")
    assert ("staff", "music", "Emi Kanaya") in found


# ---- a line led by another work's title as its topic (an event report's list of the day's other stages) is that work's

def _report(lines: list[str]) -> str:
    items = "".join(f"<li>{x}</li>" for x in lines)
    return ("<!doctype html><html><head><meta charset='utf-8'><title>『銀河路地裏ラジオ』ステージレポート</title></head><body><main>"
            "<h1>『銀河路地裏ラジオ』ステージレポート</h1><p>TVアニメ『銀河路地裏ラジオ』は2027年4月放送開始。"
            "OPテーマは夜更けのサーカス「ミッドナイト・チューニング」に決定した。</p>"
            f"<h2>そのほかのステージ</h2><ul>{items}</ul></main></body></html>")


@pytest.mark.parametrize("line", [
    "『劇場版 ハナミズキ探偵局』ステージ：公開日が2027年2月26日に決定、主題歌は七瀬かのん「花影」。",
    "『ハナミズキ探偵局』では、主題歌が七瀬かのん「花影」に決まったことも発表された。",
    "・『ハナミズキ探偵局』第2期の新情報：主題歌は七瀬かのん「花影」",
    "『ハナミズキ探偵局』は主題歌を七瀬かのん「花影」と発表。",
    "【『ハナミズキ探偵局』スペシャルステージ】：主題歌は七瀬かのん「花影」",
    "“Hanamizuki Detectives” panel: the theme song is 七瀬かのん「花影」.",
])
def test_line_about_another_works_stage_is_not_this_works(line):
    found = facts(_report([line]), "銀河路地裏ラジオ")
    assert ("theme_song", "opening 1", "ミッドナイト・チューニング — 夜更けのサーカス") in found
    assert "花影" not in _values(found)


def test_line_about_this_works_own_stage_is_read():
    found = facts(_report(["『銀河路地裏ラジオ』ステージ：EDテーマは七瀬かのん「花影」に決定。"]), "銀河路地裏ラジオ")
    assert any(f == "theme_song" and "花影" in v for f, _, v in found)


# ---- a list of the same staff's or studio's other works: their dates and credits are theirs

def _db_with_maker_list(head_html: str, items: list[str]) -> str:
    rows = "".join(f"<tr><td>{x}</td></tr>" for x in items)
    return ("<!doctype html><html><head><meta charset='utf-8'><title>夕凪ポストマン - アニメ資料室</title></head><body>"
            "<table><tr><td><b>夕凪ポストマン</b></td></tr><tr><td>放送開始：2027年1月</td></tr>"
            "<tr><td>監督：椎名航平</td></tr><tr><td>アニメーション制作：スタジオ汐風</td></tr>"
            f"<tr><td>{head_html}</td></tr>{rows}<tr><td>■掲示板</td></tr></table></body></html>")


_MAKER_ITEMS = ["・彼方の灯台（2023年7月 / 監督：椎名航平 / 制作：うみねこ動画 / 全13話）",
                "・さざなみ郵便舎（2021年4月 / シリーズ構成：宇佐美 環 / 制作：スタジオ灯台）"]


@pytest.mark.parametrize("head", ["■同じスタッフの作品", "■同じ制作会社の作品", "【この監督の他の作品】", "◆監督の過去作品",
                                  "■このスタッフが関わった作品", "■ More from this studio", "■ Other works by the same staff"])
def test_same_makers_other_works_list_is_theirs(head):
    found = facts(_db_with_maker_list(head, _MAKER_ITEMS), "夕凪ポストマン")
    assert ("staff", "director", "椎名航平") in found
    text = _values(found)
    assert "灯台" not in text and "うみねこ" not in text and "宇佐美" not in text and "13" not in text


def test_section_after_the_maker_list_is_read_again():
    doc = _db_with_maker_list("■同じスタッフの作品", _MAKER_ITEMS).replace(
        "<tr><td>■掲示板</td></tr>", "<tr><td>■スタッフ補足</td></tr><tr><td>音楽：汐見ミナ</td></tr>")
    assert ("staff", "music", "汐見ミナ") in facts(doc, "夕凪ポストマン")


# ---- a theme song's artist slot holds the singer, never a clause; the title ends at its closing quote

def _en_theme(line: str) -> set:
    w = "Brasswing Couriers"
    doc = (f"<!doctype html><html><head><title>{w} news</title></head><body><main><h1>{w}</h1>"
           f"<p>{w} premieres in April.</p><p>{line}</p></main></body></html>")
    return {(k, v) for f, k, v in facts(doc, w) if f == "theme_song"}


def _ja_theme(line: str) -> set:
    j = "ハナミズキ"
    doc = (f"<!doctype html><html><head><meta charset='utf-8'><title>TVアニメ『{j}』第3期</title></head><body><main>"
           f"<h1>TVアニメ『{j}』第3期</h1><p>TVアニメ『{j}』第3期は2027年4月放送開始。</p><p>{line}</p></main></body></html>")
    return {(k, v) for f, k, v in facts(doc, j) if f == "theme_song"}


@pytest.mark.parametrize("line, fact", [
    ('Opening theme: "Signal Fire" (Minnow Hour)', ("opening 1", "Signal Fire — Minnow Hour")),
    ('Opening theme: “Signal Fire” (Minnow Hour)', ("opening 1", "Signal Fire — Minnow Hour")),
    ('Ending theme: "Glass Coast" (Lumina Dot)', ("ending 1", "Glass Coast — Lumina Dot")),
    ('ED: "Glass Coast" (Lumina Dot)', ("ending 1", "Glass Coast — Lumina Dot")),
    ('Insert song: "Tin Bell" (Mio Aoki)', ("insert 1", "Tin Bell — Mio Aoki")),
    ('Opening: "Signal Fire" by Minnow Hour', ("opening 1", "Signal Fire — Minnow Hour")),
])
def test_en_title_then_artist_in_brackets(line, fact):
    assert fact in _en_theme(line)


@pytest.mark.parametrize("line, fact", [
    ("エンディングテーマは、ルカ・ミナセが第3期のために書き下ろした新曲「エーテル・パレード」。", ("ending 1", "エーテル・パレード — ルカ・ミナセ")),
    ("オープニング主題歌である緋村レイの新曲「スロットル・ハート」が解禁された。", ("opening 1", "スロットル・ハート — 緋村レイ")),
    ("七瀬さん演じるハルが歌う挿入歌「T」も話題に。", ("insert 1", "T — 七瀬")),
    ("篠宮彩花演じるノアが歌うエンディングテーマ「夜の窓」も公開。", ("ending 1", "夜の窓 — 篠宮彩花")),
    ("オープニングテーマは緋村レイさんが新たに書き下ろした「ガラスの海」に決定。", ("opening 1", "ガラスの海 — 緋村レイ")),
    ("エンディングテーマは緋村レイが手がける「夜の窓」。", ("ending 1", "夜の窓 — 緋村レイ")),
    # (a group named by a common noun is no artist: the title alone)
    ("エンディングテーマはキャスト陣が歌う「おやすみ事件簿」に決まった。", ("ending 1", "おやすみ事件簿")),
])
def test_ja_artist_slot_holds_the_singer_not_a_clause(line, fact):
    found = _ja_theme(line)
    assert fact in found
    assert not any(any(w in v for w in ("である", "のために", "演じる", "が第", "が歌う")) for _, v in found)


# ---- a credit in a clause right after a dub is the dub's ("… for X's dub, which Y directs")

@pytest.mark.parametrize("sentence, fact", [
    ("Owen Pratchard writes the English script for Brasswing Couriers' dub, which Lacey Marwood directs.",
     ("staff", "english dub director", "Lacey Marwood")),
    ("Crunchyroll produces the Spanish dub, directed by Lucia Ferrer, for Brasswing Couriers.",
     ("staff", "spanish dub director", "Lucia Ferrer")),
    ("Sentai records the French dub of Brasswing Couriers, which Amelie Roux directs.",
     ("staff", "french dub director", "Amelie Roux")),
    ("Brasswing Couriers' English dub, which Lacey Marwood is directing, arrives in May.",
     ("staff", "english dub director", "Lacey Marwood")),
    ("Brasswing Couriers' German dub, which was directed by Jonas Weber, streams now.",
     ("staff", "german dub director", "Jonas Weber")),
    # (the work's own director, named outside the dub's clause)
    ("Brasswing Couriers is directed by Aki Onoda; the English dub premieres in May.", ("staff", "director", "Aki Onoda")),
    ("The English dub, which premieres in May, keeps director Aki Onoda's notes on tone; Aki Onoda directs the series.",
     ("staff", "director", "Aki Onoda")),
])
def test_credit_in_a_clause_after_a_dub_is_the_dubs(sentence, fact):
    w = "Brasswing Couriers"
    found = {f for f in facts(news([f"{w} premieres in April.", sentence], title=f"{w} news"), w) if f[0] == "staff"}
    assert fact in found
    assert not any(k == "director" and v != "Aki Onoda" for _, k, v in found)


# ---- on a film's page, the song named as the TV series' is the series'

def _film_news(sentence: str, work: str = "Lanterns of Hollowmere: The Tidewalker") -> set:
    lead = f"{work} opens in theaters on March 5, 2027. The film follows the TV series."
    return {(k, v) for f, k, v in facts(news([lead, sentence], title=f"{work} news"), work) if f == "theme_song"}


@pytest.mark.parametrize("sentence", [
    "The TV series' opening, \"Wick and Water\" by the duo Minnow Hour, was a streaming hit in Japan.",
    "Fans still hum the TV show's ending theme, \"Low Tide\" by Mio Aoki.",
    "Before that, the television series' opening song \"Wick and Water\" by Minnow Hour topped the charts.",
])
def test_en_tv_series_song_on_a_film_page_is_the_series(sentence):
    assert _film_news(sentence) == set()


@pytest.mark.parametrize("sentence", ["TVシリーズのOPテーマ「潮騒」（ミノウ・アワー）は配信でヒットした。",
                                      "TVアニメ版の主題歌「潮騒」を歌ったミノウ・アワーも来場した。"])
def test_ja_tv_series_song_on_a_film_page_is_the_series(sentence):
    work = "劇場版 ホロウミアの灯"
    lead = "『劇場版 ホロウミアの灯』は2027年3月5日公開。"
    found = {(k, v) for f, k, v in facts(news([lead, sentence], title=work), work) if f == "theme_song"}
    assert not any("潮騒" in v for _, v in found)


def test_films_own_song_stays():
    assert ("ending 1", "Ember Road — Lumina Dot") in _film_news(
        "The film's ending theme is \"Ember Road\" by Lumina Dot, while the TV series' opening, \"Wick and Water\", "
        "was by Minnow Hour.") or any("Ember Road" in v for _, v in _film_news(
            "The film's ending theme is \"Ember Road\" by Lumina Dot."))


def test_tv_series_song_on_the_series_own_page_stays():
    w = "Lanterns of Hollowmere"
    found = facts(news([f"{w} premieres in April on TV Tokyo.",
                        "The TV series' opening is \"Wick and Water\" by Minnow Hour."], title=f"{w} news"), w)
    assert any(f == "theme_song" and "Wick and Water" in v for f, _, v in found)


def test_ja_tv_works_own_song_stays_on_a_page_that_mentions_a_film():
    work = "ホロウミアの灯"
    found = facts(news(["TVアニメ『ホロウミアの灯』は2027年4月放送開始。",
                        "TVアニメのオープニング主題歌「潮騒」をミノウ・アワーが担当する。",
                        "ミノウ・アワーは映画の音楽でも知られる。"], title=work), work)
    assert any(f == "theme_song" and "潮騒" in v for f, _, v in found)


@pytest.mark.parametrize("lines, fact", [
    (["第3期のために書き下ろした新曲「エーテル・パレード」に決定しました。", "オープニング主題歌：ノクターン・リープ「エーテル・パレード」"],
     ("opening 1", "エーテル・パレード — ノクターン・リープ")),
    (["灯吹が手がけるオープニングテーマのタイトルは「まじないポップ」。", "オープニングテーマ：灯吹「まじないポップ」"],
     ("opening 1", "まじないポップ — 灯吹")),
])
def test_clause_with_no_singer_leaves_the_artist_to_the_line_that_names_one(lines, fact):
    j = "ハナミズキ"
    body = "".join(f"<p>{x}</p>" for x in lines)
    doc = (f"<!doctype html><html><head><meta charset='utf-8'><title>TVアニメ『{j}』第3期</title></head><body><main>"
           f"<h1>TVアニメ『{j}』第3期</h1><p>TVアニメ『{j}』第3期は2027年4月放送開始。</p>{body}</main></body></html>")
    found = {(k, v) for f, k, v in facts(doc, j) if f == "theme_song"}
    assert fact in found
    assert not any(w in v for _, v in found for w in ("のために", "新曲", "タイトル"))
