"""Precision: a person named in passing is no credit, a sequel's date is no release, a goods' day is no trailer's."""
from __future__ import annotations

import re

import pytest

from extract_helpers import facts, news

TITLE = "Lantern Bay"
LEAD = "Lantern Bay is a new TV anime from Studio Kiri."
JA_TITLE = "灯台の湾"
JA_LEAD = "TVアニメ『灯台の湾』は現在TOKYO MXほかで放送中。"


def _staff(sentence: str, title: str = TITLE, lead: str = LEAD) -> set[tuple[str, str]]:
    return {(k, v) for f, k, v in facts(news([lead, sentence]), title) if f == "staff"}


def _ja_staff(sentence: str) -> set[tuple[str, str]]:
    return {(k, v) for f, k, v in facts(news([JA_LEAD + sentence]), JA_TITLE) if f == "staff"}


# ---------------------------------------------------------------- 1. a person named in passing is no credit
@pytest.mark.parametrize("sentence, person", [
    ("The harbour scenes echo director Ren Okabe's favourite seaside town.", "Ren Okabe"),
    ("Its soundtrack is a nod to composer Mina Kajiwara's score for an old drama.", "Mina Kajiwara"),
    ("Fans compared the art to character designer Kazuo Mikami's style.", "Kazuo Mikami"),
    ("The series was inspired by director Kenji Morino and his early shorts.", "Kenji Morino"),
    ("The staff cited director Isao Tanabe as a major influence.", "Isao Tanabe"),
    ("As a tribute to director Hayato Nakaya, the opening shot is one long pan.", "Hayato Nakaya"),
    ("Influenced by director Kenji Morino, the team kept the palette muted.", "Kenji Morino"),
    ("Lantern Bay is directed by Taro Yamase, who was inspired by director Goro Oshima.", "Goro Oshima"),
    ("The episode is dedicated to the late director Ren Okabe.", "Ren Okabe"),
    ("Director Ren Okabe, whose films inspired the team, is not involved.", "Ren Okabe"),
    ("Lantern Bay is helmed by Taro Yamase, a former assistant to director Ren Okabe.", "Ren Okabe"),
    ("The color script draws on director Ren Okabe and composer Mina Kajiwara.", "Mina Kajiwara"),
    ("Director Taro Yamase said he was inspired by director Ren Okabe's first feature.", "Ren Okabe"),
    ("Composer Mina Kajiwara's score for an old drama is still a fan favourite.", "Mina Kajiwara"),
])
def test_person_named_in_passing_is_no_credit(sentence, person):
    assert not {v for _, v in _staff(sentence)} & {person}


@pytest.mark.parametrize("sentence, credit", [
    ("Director Taro Yamase's first feature opens in June.", ("director", "Taro Yamase")),
    ("Director Taro Yamase helms the series.", ("director", "Taro Yamase")),
    ("Lantern Bay is directed by Taro Yamase, who was inspired by director Goro Oshima.", ("director", "Taro Yamase")),
    ("The series is directed by Taro Yamase, with music by composer Ken Arai.", ("music", "Ken Arai")),
    ("Composer Ken Arai is scoring the series.", ("music", "Ken Arai")),
    ("Director Taro Yamase's comment on the series is below.", ("director", "Taro Yamase")),
    ("Below is director Taro Yamase's comment.", ("director", "Taro Yamase")),
    ("The series features composer Ken Arai's score for the anime.", ("music", "Ken Arai")),
    ("Composer Ken Arai recalls director Taro Yamase asking for a quiet score.", ("director", "Taro Yamase")),
    ("Director Taro Yamase, a protege of director Ren Okabe, helms the series.", ("director", "Taro Yamase")),
    ("Taro Yamase directs the series; he cites director Ren Okabe as his hero.", ("director", "Taro Yamase")),
])
def test_credit_near_a_passing_mention_stays(sentence, credit):
    assert credit in _staff(sentence)


@pytest.mark.parametrize("sentence, person", [
    ("押井守監督のもとで演出を学んだ山田太郎さんが監督を務める。", "押井守"),
    ("若い頃に押井守監督のもとで修業した経験が生きているという。", "押井守"),
    ("今村敏監督へのオマージュも随所に見られる。", "今村敏"),
    ("今村敏監督の作品に影響を受けたという。", "今村敏"),
])
def test_ja_person_named_in_passing_is_no_credit(sentence, person):
    assert not any(person in v for _, v in _ja_staff(sentence))


@pytest.mark.parametrize("sentence, credit", [
    ("山田太郎監督のもと、制作が進む。", ("director", "山田太郎")),
    ("監督は山田太郎さんが務める。", ("director", "山田太郎")),
])
def test_ja_credit_stays(sentence, credit):
    assert credit in _ja_staff(sentence)


# ---------------------------------------------------------------- 2. a sequel's date is no release of this work
def _rel(paragraphs: list[str], title: str = TITLE) -> set[tuple[str, str]]:
    return {(k, v) for f, k, v in facts(news(paragraphs), title) if f == "release_date"}


S1_LEAD = "Lantern Bay is a TV anime by Studio Kiri, now airing on Tokyo MX."


@pytest.mark.parametrize("sentence", [
    "The next season is slated for a July 2028 premiere.",
    "Lantern Bay will return for a second season in 2028.",
    "The sequel film opens in theaters on March 3, 2028.",
    "A follow-up season will premiere in January 2028.",
    "Studio Kiri confirmed that Season 2 will debut in spring 2028.",
    "In 2028, a sequel will hit TV screens.",
    "The sequel to Lantern Bay premieres in January 2028.",
])
def test_sequel_date_is_no_release(sentence):
    assert not any(v.startswith("2028") for _, v in _rel([S1_LEAD, sentence]))


@pytest.mark.parametrize("sentence", [
    "続編は2028年1月から放送予定。",
    "第2期の制作も決定、2028年放送予定。",
    "2028年には第2期が放送される予定だ。",
    "続編となる第2期は2028年夏に放送。",
    "新シリーズとなる続編が2028年春より放送される。",
])
def test_ja_sequel_date_is_no_release(sentence):
    assert not any(v.startswith("2028") for _, v in _rel([JA_LEAD + sentence], JA_TITLE))


@pytest.mark.parametrize("paragraphs, title, want", [
    (["Lantern Bay will premiere in January 2027, and a sequel is already planned."], TITLE, "2027-01"),
    (["Lantern Bay Season 2 is in production at Studio Kiri.", "The second season will air from January 2028."],
     "Lantern Bay Season 2", "2028-01"),
    (["Lantern Bay Season 2 is in production at Studio Kiri.", "The sequel will air from January 2028."],
     "Lantern Bay Season 2", "2028-01"),
    (["TVアニメ『灯台の湾 第2期』の制作が決定。第2期は2028年1月から放送予定。"], "灯台の湾 第2期", "2028-01"),
    (["TVアニメ『灯台の湾』は2028年1月より放送開始。"], JA_TITLE, "2028-01"),
    (["Following news of a sequel, Lantern Bay will premiere on Netflix in January 2027."], TITLE, "2027-01"),
    (["Lantern Bay, the sequel to Harbor Lights, premieres in January 2027."], TITLE, "2027-01"),
    (["Lantern Bay is a sequel to Harbor Lights and will premiere in January 2027."], TITLE, "2027-01"),
    (["Lantern Bay premieres in January 2027, its second season in July 2028."], TITLE, "2027-01"),
    (["Lantern Bay Season 2 premieres in January 2028."], TITLE, "2028-01"),   # (the bare title covers its seasons)
    (["Season 2 of Lantern Bay premieres in January 2028."], TITLE, "2028-01"),
    (["続編の制作も決定した『灯台の湾』は、2027年1月より放送。"], JA_TITLE, "2027-01"),
    (["TVアニメ『灯台の湾』は2027年1月より放送開始、続編も制作決定。"], JA_TITLE, "2027-01"),
    (["TVアニメ『灯台の湾』（第2期の制作も決定）は2027年1月より放送。"], JA_TITLE, "2027-01"),
    (["Lantern Bay, whose second season was announced, premieres in January 2027."], TITLE, "2027-01"),
    (["Lantern Bay, which already has a sequel in the works, premieres in January 2027."], TITLE, "2027-01"),
    (["With a sequel already planned, Lantern Bay premieres in January 2027."], TITLE, "2027-01"),
    (["Lantern Bay (a second season is planned) premieres in January 2027."], TITLE, "2027-01"),
])
def test_own_date_stays_beside_a_sequel(paragraphs, title, want):
    assert ("", want) in _rel(paragraphs, title)


# ---------------------------------------------------------------- 2c. a headline about the sequel
def _article(title: str, body: str) -> str:
    return ("<!doctype html><html><head><title>" + title + "</title><meta property=\"article:published_time\" "
            "content=\"2026-11-24T09:00:00+00:00\"></head><body><main><article>" + body + "</article></main></body></html>")


@pytest.mark.parametrize("title, body, work", [
    ("『灯台の湾』続編が2028年1月より放送",
     "<h1>『灯台の湾』続編が2028年1月より放送</h1><p>TVアニメ『灯台の湾』の続編制作が決定した。</p>", JA_TITLE),
    ("Lantern Bay news", "<h1>Lantern Bay</h1><p>Lantern Bay: The Next Tide, the sequel film, opens in theaters on "
                         "March 3, 2028.</p>", TITLE),
])
def test_sequel_headline_date_is_no_release(title, body, work):
    got = {v for f, k, v in facts(_article(title, body), work) if f == "release_date"}
    assert not any(v.startswith("2028") for v in got)


@pytest.mark.parametrize("title, body, work", [
    ("Lantern Bay Season 2 Set for January 2028",
     "<h1>Lantern Bay Season 2 Set for January 2028</h1><p>Studio Kiri announced the news on Sunday.</p>", TITLE),
    ("『灯台の湾』第2期、2028年1月放送決定",
     "<h1>『灯台の湾』第2期、2028年1月放送決定</h1><p>TVアニメ『灯台の湾』の第2期制作が決定した。</p>", JA_TITLE),
])
def test_season_named_with_the_bare_title_is_the_works_own(title, body, work):
    """A work watched by its bare title covers a season named with it ("W Season 2 …", 「『W』第2期」), as
    test_extract_service_own_start's "W season 2 premieres on April 2, 2027" has it: only a sequel named apart
    ("a second season", "W's sequel", 「続編」) is another installment."""
    got = {v for f, k, v in facts(_article(title, body), work) if f == "release_date"}
    assert "2028-01" in got


def test_season_2_headline_keeps_its_date_for_season_2():
    body = "<h1>Lantern Bay Season 2 Set for January 2028</h1><p>Studio Kiri announced the news on Sunday.</p>"
    got = {v for f, k, v in facts(_article("Lantern Bay Season 2 Set for January 2028", body), "Lantern Bay Season 2")
           if f == "release_date"}
    assert "2028-01" in got


# ---------------------------------------------------------------- 3. a planned day of goods or the work is no trailer's
def _trailers(sentence: str) -> set[tuple[str, str]]:
    lead = "Lantern Bay will premiere in January 2027."
    return {(k, v) for f, k, v in facts(news([lead, sentence]), TITLE) if f == "trailer"}


@pytest.mark.parametrize("sentence", [
    "The second PV previews the Blu-ray box, which will be released on December 12.",
    "The Blu-ray will be released on December 12, the staff said in the second PV.",
    "The second trailer teases the film, which will be released on December 12.",
    "The second PV dropped, and the soundtrack album goes on sale December 12.",
    "A second trailer is out, and the film will be released on December 12.",
    "A new full trailer debuted, and the Blu-ray box goes on sale on December 12.",
    "An announcement video was posted, and the Blu-ray will be released on December 12.",
    "A teaser trailer was released, and the soundtrack will be out on December 12.",
])
def test_other_things_day_is_no_trailer_date(sentence):
    assert not any("12-12" in v for _, v in _trailers(sentence))


@pytest.mark.parametrize("sentence, want", [
    ("The second PV was streamed on November 20.", "2026-11-20"),
    ("The second PV for the film was released on November 20.", "2026-11-20"),
    ("The anime's second trailer, released on November 20, previews the Blu-ray.", "2026-11-20"),
    ("The second PV will be released on December 12.", "2026-12-12"),
    ("A teaser trailer was released on November 20.", "2026-11-20"),
    ("The film opens on December 12, and its third PV was unveiled on November 20.", "2026-11-20"),
    ("The third PV was unveiled at the event on November 20, where the staff said the film opens on December 12.",
     "2026-11-20"),
])
def test_video_own_day_stays(sentence, want):
    assert any(v.startswith(want) for _, v in _trailers(sentence))


JA_PV_LEAD = "TVアニメ『灯台の湾』は2027年1月より放送開始。"


@pytest.mark.parametrize("sentence", [
    "第2弾PVでは、12月12日に発売されるBlu-ray第1巻の情報も公開。",
    "12月12日発売のBlu-ray第1巻の告知を含む第2弾PVが公開された。",
    "第2弾PVが公開され、サウンドトラックは12月12日にリリースされる。",
])
def test_ja_goods_day_is_no_trailer_date(sentence):
    got = {(k, v) for f, k, v in facts(news([JA_PV_LEAD + sentence]), JA_TITLE) if f == "trailer"}
    assert not any("12-12" in v for _, v in got)


def test_ja_video_own_day_stays():
    got = {(k, v) for f, k, v in facts(news([JA_PV_LEAD + "第2弾PVが11月20日に公開され、Blu-ray第1巻は12月12日に発売される。"]),
                                       JA_TITLE) if f == "trailer"}
    assert ("PV 2", "2026-11-20") in got


# ---------------------------------------------------------------- 2b. "it" after a later installment's news
@pytest.mark.parametrize("paragraph", [
    "A second season has been green-lit. It will premiere in April 2028.",
    "A sequel was announced on Sunday, and it will premiere in April 2028.",
    "A sequel was announced on Sunday. The new season will premiere in April 2028.",
    "Studio Kiri confirmed a third season. It is slated for July 2028.",
])
def test_pronoun_for_a_sequel_is_no_release(paragraph):
    assert not any(v.startswith("2028") for _, v in _rel([S1_LEAD + " " + paragraph]))


@pytest.mark.parametrize("paragraphs, title, want", [
    (["Lantern Bay is a new TV anime by Studio Kiri. It will premiere in April 2027."], TITLE, "2027-04"),
    (["Lantern Bay is based on a novel whose sequel was announced last year. It will premiere in April 2027."],
     TITLE, "2027-04"),
    (["Lantern Bay Season 2 is in production.", "A second season has been green-lit. It will premiere in April 2028."],
     "Lantern Bay Season 2", "2028-04"),
])
def test_pronoun_for_the_work_keeps_its_date(paragraphs, title, want):
    assert ("", want) in _rel(paragraphs, title)



# ---------------------------------------------------------------- 3b. the text around a video player
_PLAYER = '<iframe src="https://www.youtube.com/embed/abcdefghijk" title="Lantern Bay PV 2"></iframe>'


def _player_page(before: str, caption: str) -> str:
    return ("<!doctype html><html><head><title>Lantern Bay news</title><meta property=\"article:published_time\" "
            "content=\"2026-11-24T09:00:00+00:00\"></head><body><main><article><h1>Lantern Bay second PV</h1>"
            f"{before}<figure>{_PLAYER}{caption}</figure></article></main></body></html>")


@pytest.mark.parametrize("before, caption", [
    ("<p>Lantern Bay will premiere in January 2027.</p>", ""),
    ("<p>The Blu-ray box will be released on December 12, 2026.</p>", ""),
    ("", "<figcaption>Blu-ray第1巻は2026年12月12日発売。</figcaption>"),
    ("", "<figcaption>The soundtrack goes on sale December 12, 2026.</figcaption>"),
])
def test_a_release_to_come_near_a_player_is_no_video_date(before, caption):
    got = {v for f, k, v in facts(_player_page(before, caption), TITLE) if f == "trailer" and k == "PV 2"}
    assert got and not any(v[:1].isdigit() for v in got)


@pytest.mark.parametrize("before, caption, want", [
    ("", "<figcaption>PV 2 was released on November 20, 2026.</figcaption>", "2026-11-20"),
    ("", "<figcaption>PV 2 will be released on December 12, 2026.</figcaption>", "2026-12-12"),
    ("<p>The second PV went up on November 20, 2026.</p>", "", "2026-11-20"),
    ("", "<figcaption>PV第2弾（2026年11月20日公開）</figcaption>", "2026-11-20"),
])
def test_the_videos_own_day_near_a_player_stays(before, caption, want):
    got = {v for f, k, v in facts(_player_page(before, caption), TITLE) if f == "trailer" and k == "PV 2"}
    assert any(v.startswith(want) for v in got)


# ---------------------------------------------------------------- the new pre-checks stay in step with their patterns
def test_new_prechecks_pass_every_line_their_pattern_matches():
    """_PASSING_WORDS, _SEQUEL_WORDS and _THING_DUE_WORDS guard slow patterns: on every fixture line and every
    sentence above, a pattern that matches must pass its pre-check (and the sentences must match, or this proves
    nothing)."""
    import sys

    from tracker.extract import prose as p
    from tracker.normalize import may_contain_i

    from test_extract_prose import _fixture_lines

    own = [v for name, obj in sorted(vars(sys.modules[__name__]).items()) if hasattr(obj, "pytestmark")
           for mark in obj.pytestmark if mark.name == "parametrize" for row in mark.args[1]
           for v in (row if isinstance(row, tuple) else (row,)) if isinstance(v, str)]
    pairs = {
        "_PASSING_CUE_BEFORE": (p._PASSING_CUE_BEFORE, p._PASSING_WORDS),
        "_PASSING_CUE_AFTER": (p._PASSING_CUE_AFTER, p._PASSING_WORDS),
        "_SEQUEL_MARK": (p._SEQUEL_MARK, p._SEQUEL_WORDS),
        "_THING_DUE": (p._THING_DUE, p._THING_DUE_WORDS),
    }
    matched = dict.fromkeys(pairs, 0)
    for line in [*own, *_fixture_lines()]:
        for name, (rx, words) in pairs.items():
            if rx.search(line):
                matched[name] += 1
                assert may_contain_i(line, words), (name, line)
        if may_contain_i(line, p._PASSING_WORDS):
            continue
        for cap in re.finditer(r"(?<=\s)[A-Z]", line):   # (the cue ends where a name starts, as the reader asks it)
            assert not p._PASSING_CUE_BEFORE.search(line, max(0, cap.start() - 90), cap.start()), line
    for line in own:
        matched["_PASSING_CUE_BEFORE"] += any(p._PASSING_CUE_BEFORE.search(line, max(0, c.start() - 90), c.start())
                                              for c in re.finditer(r"(?<=\s)[A-Z]", line))
    assert all(matched.values()), matched
