"""Precision: what a page says is NOT a fact of this work must give no fact (a wrong fact is worse than a miss).

Each group: the trap forms (the wrong fact must not come out) and the near-miss forms (the right fact must stay)."""
from __future__ import annotations

import pytest

from extract_helpers import facts, news

W = "Moon Garden"


def _staff(doc: str, title: str = W) -> set[tuple[str, str, str]]:
    return {f for f in facts(doc, title) if f[0] in ("staff", "cast")}


# ------------------------------------------------------------------ 1. a negated credit
@pytest.mark.parametrize("sentence, name", [
    ("Moon Garden season 2 is coming. Director Yuji Amabe is also not returning.", "Yuji Amabe"),
    ("Moon Garden season 2: director Yuji Amabe will not return.", "Yuji Amabe"),
    ("Moon Garden season 2 will be made without director Yuji Amabe.", "Yuji Amabe"),
    ("Moon Garden season 2: Kanako Hibiki replaces director Yuji Amabe.", "Yuji Amabe"),
    ("Moon Garden season 2 has staff news: series composer Tomoe Sakuraba won't be back for the sequel.",
     "Tomoe Sakuraba"),
    ("Moon Garden season 2 has staff news. Composer Ren Takasago is no longer attached to the project.", "Ren Takasago"),
    ("Moon Garden season 2 has staff news. Character designer Shunsuke Irie has left the production.", "Shunsuke Irie"),
    ("Moon Garden season 2 is directed by Kanako Hibiki. Character designer Shunsuke Irie is not involved this time.",
     "Shunsuke Irie"),
    ("Moon Garden season 2 news. Director Yuji Amabe has stepped down after the first season.", "Yuji Amabe"),
    ("Moon Garden season 2 news. With director Yuji Amabe gone, Kanako Hibiki takes the helm.", "Yuji Amabe"),
])
def test_negated_credit_gives_no_staff(sentence, name):
    assert not any(f[2] == name for f in _staff(news([sentence]))), _staff(news([sentence]))


@pytest.mark.parametrize("sentence, fact", [
    ("Moon Garden season 2 is coming. Director Yuji Amabe returns for the sequel.", ("staff", "director", "Yuji Amabe")),
    ("Moon Garden season 2 is directed by Kanako Hibiki, while original director Yuji Amabe has stepped down.",
     ("staff", "director", "Kanako Hibiki")),
    ("Moon Garden season 2 is directed by Kanako Hibiki. She has not worked with the studio before.",
     ("staff", "director", "Kanako Hibiki")),
    ("Moon Garden season 2 is directed by Kanako Hibiki; the studio has not changed.",
     ("staff", "director", "Kanako Hibiki")),
    ("Moon Garden season 2 has staff news. Kanako Hibiki, who storyboarded season 1, is directing, and Yuji Amabe is "
     "not returning.", ("staff", "director", "Kanako Hibiki")),
])
def test_credit_beside_a_negated_one_stays(sentence, fact):
    got = _staff(news([sentence]))
    assert fact in got, got


@pytest.mark.parametrize("sentence, name", [
    ("『月の庭』第2期の制作が決定。前作の監督・天部雄二さんは続投せず、新たに響かな子さんが監督を務める。", "天部雄二"),
    ("『月の庭』第2期の制作が決定。天部雄二監督は今作には参加しない。", "天部雄二"),
    ("『月の庭』第2期の制作が決定。シリーズ構成の真柴るり子さんは続投せず。", "真柴るり子"),
    ("TVアニメ『月の庭』キャスト変更のお知らせ。ヒナ役は真白ゆいさんから青木ひなさんに変更となります。", "真白ゆい"),
])
def test_ja_negated_credit_gives_no_staff(sentence, name):
    assert not any(f[2] == name for f in _staff(news([sentence], "月の庭"), "月の庭"))


def test_ja_continued_credit_stays():
    doc = news(["『月の庭』第2期の制作が決定。シリーズ構成の真柴るり子さんが続投。"], "月の庭")
    assert ("staff", "series composition", "真柴るり子") in _staff(doc, "月の庭")


@pytest.mark.parametrize("sentence, fact", [
    ("Moon Garden season 2 is directed by Kanako Hibiki and Yuji Amabe is not returning.",
     ("staff", "director", "Kanako Hibiki")),
    ("Moon Garden season 2 news: Kanako Hibiki directs and Tomoe Sakuraba has left the production.",
     ("staff", "director", "Kanako Hibiki")),
])
def test_credit_before_another_persons_negation_stays(sentence, fact):
    assert fact in _staff(news([sentence]))


def test_replaced_person_credited_in_another_role_stays():
    doc = news(["Moon Garden season 2 has a new director: Kanako Hibiki takes over from Yuji Amabe, who directed the "
                "first season and is credited as chief director this time."])
    got = _staff(doc)
    assert ("staff", "chief director", "Yuji Amabe") in got, got


# ------------------------------------------------------------------ 5. a trailer dated by the article's date
_VIDEO = ('<iframe title="Moon Garden Season 2 Teaser" src="https://www.youtube.com/embed/mOoNgArDn01"></iframe>')


def _trailers(paragraphs: list[str], title: str = W) -> set[tuple[str, str, str]]:
    doc = news(paragraphs, title="Moon Garden Season 2: everything we know", published="2026-11-24")
    doc = doc.replace("</article>", _VIDEO + "</article>")
    return {f for f in facts(doc, title) if f[0] == "trailer"}


@pytest.mark.parametrize("sentence", [
    "Moon Garden season 2 is coming. The teaser also revealed one new name: Ryota Fujimura voices the Ferryman.",
    "Moon Garden season 2 is coming. The teaser reveals a colder, snow-covered city.",
    "Moon Garden season 2 is coming. Its teaser unveiled the new cast member Aki Sumida.",
    "Moon Garden season 2 is coming. The teaser debuted at the festival stage on November 22. The teaser "
    "also revealed a new character.",
    "Moon Garden season 2 is coming. The short teaser showed the Ferryman for the first time and revealed his voice.",
    "Moon Garden season 2 is coming. The teaser, which also revealed a new character, runs about a minute.",
])
def test_teaser_revealing_something_is_not_dated_by_the_article(sentence):
    got = _trailers([sentence])
    assert got and not any(v.startswith("2026-11-24") for _, _, v in got), got


@pytest.mark.parametrize("sentence", [
    "Moon Garden season 2 is coming. The first teaser was revealed today.",
    "Moon Garden season 2 is coming. The studio revealed the first teaser on its channel.",
    "Moon Garden season 2 is coming. A teaser for the new season has been unveiled.",
    "Moon Garden season 2 is coming. The new teaser is out now.",
])
def test_teaser_the_article_reveals_is_dated_by_it(sentence):
    got = _trailers([sentence])
    assert any(v.startswith("2026-11-24") for _, _, v in got), got


@pytest.mark.parametrize("sentence", [
    "『月の庭』第2期の制作が決定。ティザーPVでは新キャラクターの姿も公開された。",
    "『月の庭』第2期の制作が決定。ティザーPV内で新キャストが発表、ビジュアルも公開。",
])
def test_ja_teaser_as_medium_is_not_dated_by_the_article(sentence):
    got = _trailers([sentence], "月の庭")
    assert got and not any(v.startswith("2026-11-24") for _, _, v in got), got


def test_ja_teaser_revealed_is_dated_by_the_article():
    got = _trailers(["『月の庭』第2期の制作が決定し、ティザーPVが公開された。"], "月の庭")
    assert any(v.startswith("2026-11-24") for _, _, v in got), got


# ------------------------------------------------------------------ 3. a song's own video read as a trailer
def _movie_list(caption: str) -> str:
    """An official site's MOVIE section: the first PV, then one more video with this caption."""
    items = [("PV第1弾（2026.07.04）", "pVfIrSt0001"), (caption, "sOnGvIdE0o1")]
    lis = "".join(f'<li><a href="https://www.youtube.com/watch?v={u}"><p>{t}</p></a></li>' for t, u in items)
    return ("<!doctype html><html><head><title>TVアニメ『月の庭』公式サイト</title></head><body><main>"
            f"<section id='movie'><h2>MOVIE</h2><ul>{lis}</ul></section></main></body></html>")


def _videos(caption: str) -> set[tuple[str, str, str]]:
    return {f for f in facts(_movie_list(caption), "月の庭") if f[0] == "trailer"}


@pytest.mark.parametrize("caption", [
    "SILVER RAILS「夜灯」リリックビデオ",
    "「夜灯」Lyric Video",
    "ミナミ「灯台」ミュージックビデオ",
    "「灯台」Music Clip",
    "【歌ってみた】灯台 / ミナミ",
    "ノンテロップOP",
    "Textless Opening",
    "「灯台」Song Teaser",
    "楽曲ティザー「灯台」",
    "OPテーマ「灯台」試聴ティザー",
    "主題歌「灯台」スペシャルムービー",
    "ED映像",
    "OPムービー",
    "キャラクターソングPV",
])
def test_song_video_in_a_movie_list_is_no_trailer(caption):
    got = _videos(caption)
    assert ("trailer", "PV 1", "2026-07-04 https://www.youtube.com/watch?v=pVfIrSt0001") in got, got
    assert not any("sOnGvIdE0o1" in v for _, _, v in got), got


@pytest.mark.parametrize("caption, key", [
    ("PV第2弾", "PV 2"),
    ("本PV", "PV 2"),
    ("PV第2弾（OPテーマ「灯台」使用）", "PV 2"),
    ("ティザーPV", "teaser 1"),
    ("スペシャル映像", "PV 2"),
    ("Official Trailer", "trailer 1"),
])
def test_work_video_in_a_movie_list_stays(caption, key):
    got = _videos(caption)
    assert ("trailer", key, "https://www.youtube.com/watch?v=sOnGvIdE0o1") in got, got


def _captioned_links(caption: str) -> set[tuple[str, str, str]]:
    """A MOVIE section whose videos are "YouTubeで見る" links under a caption of their own."""
    doc = ("<!doctype html><html><head><title>TVアニメ『月の庭』公式サイト</title></head><body><main>"
           "<section id='movie'><h2>MOVIE</h2><div class='item'><p>PV第1弾（2026.07.04）</p>"
           "<a href='https://www.youtube.com/watch?v=pVfIrSt0001'>YouTubeで見る</a></div>"
           f"<div class='item'><p>{caption}</p><a href='https://www.youtube.com/watch?v=sOnGvIdE0o1'>YouTubeで見る</a>"
           "</div></section></main></body></html>")
    return {f for f in facts(doc, "月の庭") if f[0] == "trailer"}


@pytest.mark.parametrize("caption", ["SILVER RAILS「夜灯」リリックビデオ", "「灯台」Music Clip", "ノンクレジットOP"])
def test_song_video_caption_over_a_plain_link_is_no_trailer(caption):
    got = _captioned_links(caption)
    assert got and not any("sOnGvIdE0o1" in v for _, _, v in got), got


@pytest.mark.parametrize("caption", ["PV第2弾", "メインPV"])
def test_work_video_caption_over_a_plain_link_stays(caption):
    assert ("trailer", "PV 2", "https://www.youtube.com/watch?v=sOnGvIdE0o1") in _captioned_links(caption)


# ------------------------------------------------------------------ 2. an earlier season's song or service
_S2 = "月の庭 第2期"
_S2_LEAD = "TVアニメ『月の庭』第2期のPV第1弾が公開された。"


def _songs(paragraphs: list[str], title: str = _S2) -> set[tuple[str, str, str]]:
    return {f for f in facts(news(paragraphs, "News"), title) if f[0] == "theme_song"}


@pytest.mark.parametrize("sentence", [
    "Celestaは第1期でもオープニングテーマ「鍵穴のメロディ」を担当しており、2期連続での起用となります。エンディングテーマについては後日発表予定です。",
    "Celestaは前作でもエンディングテーマ「鍵穴のメロディ」を歌っており、今回で2作連続の起用となります。オープニングテーマは後日発表予定です。",
    "第1期にもオープニングテーマ「鍵穴のメロディ」を提供したCelestaが、今作でも主題歌を担当することになりました。詳細は後日発表予定です。",
    "Celestaは第1期ではオープニングテーマ「鍵穴のメロディ」を担当しており、今作ではエンディングを担当します。曲名は後日発表予定です。",
    "Celestaは第1期もオープニングテーマ「鍵穴のメロディ」で作品を彩りました。今作の主題歌は後日発表予定です。",
    "第1期でも主題歌「鍵穴のメロディ」を歌ったCelestaが今作にも参加。新曲のタイトルは後日発表予定となっています。",
    "前期でもエンディングテーマ「鍵穴のメロディ」を手がけたCelestaが続投。新曲のタイトルは後日発表予定となっています。",
    "Celestaは前シリーズでもオープニングテーマ「鍵穴のメロディ」を担当。新曲のタイトルは後日発表予定となっています。",
])
def test_ja_earlier_seasons_song_is_no_theme(sentence):
    got = _songs([_S2_LEAD, sentence])
    assert not any("鍵穴" in v for _, _, v in got), got


@pytest.mark.parametrize("sentence", [
    "Moon Garden season 2 news. Celesta, who also sang season 1's opening theme \"Keyhole Melody\", returns for the "
    "sequel. The ending theme will be announced later.",
    "Moon Garden season 2 news. Celesta also performed the first season's opening \"Keyhole Melody\" and is back for "
    "the sequel.",
])
def test_en_earlier_seasons_song_is_no_theme(sentence):
    got = _songs([sentence], "Moon Garden Season 2")
    assert not any("Keyhole" in v for _, _, v in got), got


@pytest.mark.parametrize("sentence, fact", [
    ("第1期に続き、Celestaがオープニングテーマ「七番目の扉」を担当することが決定しました。エンディングテーマについては後日発表予定です。",
     ("theme_song", "opening 1", "七番目の扉 — Celesta")),
    ("オープニングテーマはCelestaの新曲「七番目の扉」に決定しました。エンディングテーマについては後日発表予定です。",
     ("theme_song", "opening 1", "七番目の扉 — Celesta")),
])
def test_ja_this_seasons_song_stays(sentence, fact):
    got = _songs([_S2_LEAD, sentence])
    assert any(f[1] == fact[1] and "七番目の扉" in f[2] for f in got), got


def _wiki(block_heading: str, block_lines: list[str], title: str = "月の庭") -> str:
    """A wiki entry on the TV series with its own sections, then a block on another version of the franchise."""
    block = "".join(f"<li>{x}</li>" for x in block_lines)
    return (f"<!doctype html><html><head><title>{title} - アニメ新番組まとめwiki</title></head><body><main>"
            f"<h1>{title}</h1><h2>概要</h2><p>漫画『{title}』のTVアニメ化作品。2027年夏放送予定。</p>"
            "<h2>スタッフ</h2><ul><li>監督 - 白河みのり</li><li>アニメーション制作 - スタジオ・ハルカゼ</li></ul>"
            "<h2>主題歌</h2><ul><li>オープニングテーマ - 「春告げの鐘」歌:ミナミ</li></ul>"
            f"<h2>{block_heading}</h2><p>2023年に放送された5分枠のアニメ。全12話。</p><ul>{block}</ul>"
            "<h2>関連ページ</h2><p>2027年夏アニメ一覧</p></main></body></html>")


_SHORT_BLOCK = ["主題歌 - 「ひなたワルツ」歌:こもれびシスターズ", "dアニメストアで見放題配信中。"]


@pytest.mark.parametrize("heading", ["ショートアニメ版(2023年)", "ショートアニメ版", "短編アニメ版について", "ミニアニメ版(2023)",
                                     "Short anime version (2023)", "ショートアニメ(2023年)", "Anime shorts (2023)"])
def test_short_version_block_gives_no_song_or_service(heading):
    got = facts(_wiki(heading, _SHORT_BLOCK), "月の庭")
    assert not any("ひなたワルツ" in f[2] for f in got), got
    assert not any(f[0] == "streaming" for f in got), got
    assert any(f[:2] == ("theme_song", "opening 1") and "春告げの鐘" in f[2] for f in got), got
    assert ("staff", "director", "白河みのり") in got, got


def test_short_anime_watched_keeps_its_own_block():
    got = facts(_wiki("ショートアニメ版(2023年)", _SHORT_BLOCK), "月の庭 ショートアニメ版", "月の庭")
    assert any("ひなたワルツ" in f[2] for f in got), got


# ------------------------------------------------------------------ 4. a special program's date read as the premiere
def _onair(special_heading: str, special_lines: list[str], after: str = "") -> str:
    """An official site's ON AIR page: the series' stations, then a block on a special program."""
    lines = "<br>".join(special_lines)
    return ("<!doctype html><html><head><title>ON AIR | TVアニメ『月の庭』公式サイト</title></head><body><main>"
            "<h2>ON AIR 放送・配信情報</h2><p>TVアニメ『月の庭』は、2027年1月9日(土)よりTOKYO MXほかにて放送スタート!</p>"
            "<h3>TV放送</h3><table><tr><th>放送局</th><th>放送開始日</th></tr>"
            "<tr><td>TOKYO MX</td><td>2027年1月9日(土)</td></tr><tr><td>AT-X</td><td>2027年1月12日(火)</td></tr></table>"
            "<h3>配信</h3><table><tr><th>配信サービス</th><th>配信開始日時</th></tr>"
            "<tr><td>ABEMA</td><td>2027年1月9日(土)25:30~</td></tr></table>"
            f"<h3>{special_heading}</h3><p>「月の庭 開幕前夜祭」</p><p>{lines}</p>{after}</main></body></html>")


_SPECIAL_LINES = ["TOKYO MX:2027年1月3日(日)23:30~24:00", "ABEMA:2027年1月3日(日)23:30~ 同時配信"]


@pytest.mark.parametrize("heading", ["放送直前特番", "第1期振り返り特番", "放送直前スペシャル", "特別番組", "一挙放送",
                                     "Pre-premiere special"])
def test_special_programs_date_is_no_premiere(heading):
    got = facts(_onair(heading, _SPECIAL_LINES), "月の庭")
    assert not any(f[0] == "release_date" and f[2] == "2027-01-03" for f in got), sorted(got)
    assert ("release_date", "AT-X", "2027-01-12") in got, sorted(got)


def test_stations_after_a_special_block_are_read_again():
    after = ("<h3>BS放送</h3><table><tr><th>放送局</th><th>放送開始日</th></tr>"
             "<tr><td>BS11</td><td>2027年1月14日(木)</td></tr></table>")
    got = facts(_onair("放送直前特番", _SPECIAL_LINES, after), "月の庭")
    assert ("release_date", "BS11", "2027-01-14") in got, sorted(got)


def test_mark_led_special_part_gives_no_premiere():
    doc = ("<!doctype html><html><head><title>TVアニメ『月の庭』公式サイト</title></head><body><main>"
           "<p>■放送情報<br>TOKYO MX:2027年1月9日(土)より毎週土曜25:30~<br>AT-X:2027年1月12日(火)より毎週火曜21:30~</p>"
           "<p>■第1期一挙放送<br>TOKYO MX:2027年1月2日(土)20:00~</p>"
           "<p>■スタッフ<br>監督:白河みのり</p></main></body></html>")
    got = facts(doc, "月の庭")
    assert not any(f[0] == "release_date" and f[2] == "2027-01-02" for f in got), sorted(got)
    assert ("release_date", "AT-X", "2027-01-12") in got, sorted(got)
    assert ("staff", "director", "白河みのり") in got, sorted(got)


def test_special_parts_guest_cast_is_still_read():
    got = facts(_onair("放送直前特番", [*_SPECIAL_LINES, "出演:真白ゆい(ヒナ役)"]), "月の庭")
    assert not any(f[0] == "release_date" and f[2] == "2027-01-03" for f in got), sorted(got)


# an earlier/other version's song or service said in a sentence (no block heading)
_JA_LEAD = "TVアニメ『月の庭』が2027年夏に放送決定。"


@pytest.mark.parametrize("sentence, trap", [
    ("なお、ショートアニメ版はdアニメストアで見放題配信中。", "dアニメストア"),
    ("2023年に放送されたショートアニメ版は現在dアニメストアで配信中だ。", "dアニメストア"),
    ("短編アニメ版もU-NEXTにて配信中。", "U-NEXT"),
    ("dアニメストアで配信中のショートアニメ版もチェックしよう。", "dアニメストア"),
    ("ショートアニメ版の主題歌「ひなたワルツ」を歌ったこもれびシスターズにも注目。", "ひなたワルツ"),
    ("OVAはU-NEXTで配信中。", "U-NEXT"),
])
def test_ja_other_versions_service_or_song_is_none(sentence, trap):
    got = facts(news([_JA_LEAD + sentence], "News"), "月の庭")
    assert not any(trap in f[2] for f in got), sorted(got)


@pytest.mark.parametrize("sentence", [
    "Moon Garden premieres in July 2027. The 2023 short anime version is streaming on Crunchyroll.",
    "Moon Garden premieres in July 2027. Fans can watch the OVA on HIDIVE in the meantime.",
])
def test_en_other_versions_service_is_none(sentence):
    got = facts(news([sentence], "News"), W)
    assert not any(f[0] == "streaming" for f in got), sorted(got)


@pytest.mark.parametrize("sentence, fact", [
    ("本作はdアニメストアで配信予定。", ("streaming", "danimestore", "dアニメストア")),
    ("TVアニメはdアニメストアで、ショートアニメ版はU-NEXTで配信される。", ("streaming", "danimestore", "dアニメストア")),
    ("ショートアニメ版に続き、TVアニメもdアニメストアで配信が決定した。", ("streaming", "danimestore", "dアニメストア")),
])
def test_ja_own_service_beside_another_version_stays(sentence, fact):
    got = facts(news([_JA_LEAD + sentence], "News"), "月の庭")
    assert fact in got, sorted(got)
    assert not any(f[0] == "streaming" and "U-NEXT" in f[2] for f in got), sorted(got)


def test_ova_watched_keeps_its_service():
    got = facts(news(["『月の庭 OVA』が2027年夏に発売。OVAはU-NEXTで先行配信される。"], "News"), "月の庭 OVA")
    assert ("streaming", "unext", "U-NEXT") in got, sorted(got)


def _onair_body(body: str) -> set[tuple[str, str, str]]:
    doc = f"<!doctype html><html><head><title>TVアニメ『月の庭』公式サイト</title></head><body><main>{body}</main></body></html>"
    return {f for f in facts(doc, "月の庭") if f[0] == "release_date"}


@pytest.mark.parametrize("body", [
    "<h2>放送情報</h2><table><tr><th>放送局</th><th>放送日時</th></tr><tr><td>TOKYO MX</td><td>2027年1月9日(土)より毎週土曜25:30~</td>"
    "</tr><tr><td>AT-X</td><td>2027年1月12日(火)より</td></tr><tr><td>放送直前特番(TOKYO MX)</td><td>2027年1月3日(日)23:30~</td></tr></table>",
    "<h2>放送情報</h2><ul><li>TOKYO MX:2027年1月9日(土)より毎週土曜25:30~</li><li>AT-X:2027年1月12日(火)より</li>"
    "<li>直前特番 TOKYO MX:2027年1月3日(日)23:30~</li></ul>",
    "<h2>放送情報</h2><ul><li>TOKYO MX:2027年1月9日(土)より毎週土曜25:30~</li><li>AT-X:2027年1月12日(火)より</li>"
    "<li>第1期一挙放送 TOKYO MX:2027年1月3日(日)18:00~</li></ul>",
    "<h2>放送情報</h2><p>TOKYO MX:2027年1月9日(土)より毎週土曜25:30~<br>AT-X:2027年1月12日(火)より</p>"
    "<p><b>振り返り特番</b></p><p>TOKYO MX:2027年1月3日(日)20:00~</p>",
])
def test_special_program_row_or_line_gives_no_day(body):
    got = _onair_body(body)
    assert ("release_date", "", "2027-01-10") in got and ("release_date", "AT-X", "2027-01-12") in got, sorted(got)
    assert not any(f[2] == "2027-01-03" for f in got), sorted(got)


def test_station_line_with_its_rerun_keeps_its_day():
    got = _onair_body("<h2>放送情報</h2><ul><li>TOKYO MX:2027年1月9日(土)より毎週土曜25:30~</li>"
                      "<li>BS11:2027年1月11日(月)23:00~(再放送:毎週木曜)</li></ul>")
    assert ("release_date", "BS11", "2027-01-11") in got, sorted(got)


def _ja_trailers(sentence: str) -> set[tuple[str, str, str]]:
    iframe = '<iframe title="TVアニメ『月の庭』ティザーPV" src="https://www.youtube.com/embed/mOoNgArDn01"></iframe>'
    doc = news([sentence, iframe], title="『月の庭』ニュース", published="2026-11-24")
    return {f for f in facts(doc, "月の庭") if f[0] == "trailer"}


@pytest.mark.parametrize("sentence", [
    "TVアニメ『月の庭』のティザーPVでは、新キャラクターのビジュアルが本日公開された。",
    "TVアニメ『月の庭』のティザーPVに登場した新キャラクターの設定画が公開された。",
])
def test_ja_what_the_teaser_shows_does_not_date_it(sentence):
    got = _ja_trailers(sentence)
    assert got and not any(v.startswith("2026-11-24") for _, _, v in got), got


@pytest.mark.parametrize("sentence", ["TVアニメ『月の庭』のティザーPVが本日公開された。", "TVアニメ『月の庭』の特報が本日解禁された。"])
def test_ja_teaser_out_today_is_dated(sentence):
    assert any(v.startswith("2026-11-24") for _, _, v in _ja_trailers(sentence))


def _staff_page(title: str, items: list[str]) -> set[tuple[str, str, str]]:
    lis = "".join(f"<li>{x}</li>" for x in items)
    doc = f"<!doctype html><html><head><title>{title} 公式サイト</title></head><body><main><h2>STAFF</h2><ul>{lis}</ul></main></body></html>"
    return {f for f in facts(doc, title) if f[0] == "staff"}


@pytest.mark.parametrize("title, items, trap", [
    ("月の庭 第2期", ["監督:響かな子", "音楽:高砂蓮 ※第2期は不参加"], "高砂蓮"),
    ("Moon Garden Season 2", ["Director: Kanako Hibiki", "Music: Ren Takasago (not returning)"], "Ren Takasago"),
    ("Moon Garden Season 2", ["Director: Kanako Hibiki", "Music: Ren Takasago (season 1 only)"], "Ren Takasago"),
])
def test_credit_line_noted_as_withdrawn_gives_no_staff(title, items, trap):
    got = _staff_page(title, items)
    assert not any(trap in f[2] for f in got), sorted(got)
    assert any(f[1] == "director" for f in got), sorted(got)


@pytest.mark.parametrize("title, items, fact", [
    ("月の庭 第2期", ["監督:響かな子", "音楽:高砂蓮(続投)"], ("staff", "music", "高砂蓮")),
    ("Moon Garden Season 2", ["Director: Kanako Hibiki", "Music: Ren Takasago (returning)"], ("staff", "music", "Ren Takasago")),
])
def test_credit_line_noted_as_returning_stays(title, items, fact):
    assert fact in _staff_page(title, items)


def test_rerun_heading_over_the_series_stations_keeps_their_days():
    got = _onair_body("<h2>放送・再放送情報</h2><ul><li>TOKYO MX:2027年1月9日(土)より毎週土曜25:30~</li>"
                      "<li>AT-X:2027年1月12日(火)より</li></ul>")
    assert ("release_date", "AT-X", "2027-01-12") in got, sorted(got)


def test_service_shared_by_the_tv_series_and_an_ova_stays():
    got = facts(news(["Moon Garden premieres in July 2027. The OVA will stream on Crunchyroll alongside the TV series."],
                     "News"), W)
    assert ("streaming", "crunchyroll", "Crunchyroll") in got, sorted(got)
