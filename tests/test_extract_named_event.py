"""One reader for a premiere event told in a sentence: an event's name, a showing verb and what of the work was shown,
in any order (named_event_shows; _ja_named_event_shows in Japanese). The forms are invented, not fixture pages'."""
from __future__ import annotations

import pytest

from extract_helpers import facts, news

EN = "Brasswing Couriers"
JA = "星屑ポストマン"


def _events(doc: str, title: str) -> dict[str, str]:
    return {k: v for f, k, v in facts(doc, title) if f == "premiere_event"}


def _en(*paras: str) -> dict[str, str]:
    return _events(news(list(paras), title=f"{EN}: latest news"), EN)


def _ja(*paras: str) -> dict[str, str]:
    return _events(news(list(paras), title=f"TVアニメ『{JA}』最新情報"), JA)


@pytest.mark.parametrize("sentence, event, word", [
    ("The first episode of Brasswing Couriers will receive an early screening at the Lantern Row Anime Night in Osaka on March 3.",
     "Lantern Row Anime Night", "screening"),
    ("At Harborlight Comic Fest 2026, the Brasswing Couriers panel unveiled a second teaser trailer.",
     "Harborlight Comic Fest 2026", "teaser"),
    ("Brasswing Couriers' cast performed the opening theme live at the Moonpier Music Festival 2026, where a new key visual was also revealed.",
     "Moonpier Music Festival 2026", "key visual"),
    ("The Brasswing Couriers Launch Party 2026, held on Friday, screened episodes 1 and 2 for a sold-out crowd.",
     "Brasswing Couriers Launch Party 2026", "episodes 1 and 2"),
    ("A teaser PV for Brasswing Couriers debuted on the main stage of Northgate Anime Expo 2026 on Sunday.",
     "Northgate Anime Expo 2026", "teaser pv"),
    ("The anime adaptation of Brasswing Couriers was announced on stage at Kitewind Manga Festival 2026 on Saturday.",
     "Kitewind Manga Festival 2026", "announced"),
    ("Screened for the first time at the Silverbell Animation Showcase 2026: the first fifteen minutes of Brasswing Couriers.",
     "Silverbell Animation Showcase 2026", "minutes"),
    ("The Brasswing Couriers stage at Pinefall Anime Live 2026 ended with the reveal of the main cast and a new PV.",
     "Pinefall Anime Live 2026", "main cast"),
    ("Brasswing Couriers — the premiere episode to screen at Redroof Anime Summit 2026 ahead of broadcast",
     "Redroof Anime Summit 2026", "premiere episode"),
    ("Both theme songs of Brasswing Couriers were performed live for the first time at the Brasswing Couriers Departure Festival on December 20.",
     "Brasswing Couriers Departure Festival", "theme songs"),
    ("Visitors to Tidegate Con 2026 were shown footage from Brasswing Couriers during a studio panel.",
     "Tidegate Con 2026", "footage"),
])
def test_named_event_any_order(sentence, event, word):
    got = _en(sentence)
    assert event in got, got
    assert word in got[event].lower()


@pytest.mark.parametrize("paras", [
    # another work's episode at the event
    (f"{EN} gets a spring premiere.", "The first episode of Mirror Lake Detectives screened at Redroof Anime Summit 2026."),
    # a negative statement
    ("No screening of Brasswing Couriers is planned at Redroof Anime Summit 2026.",),
    # a hope, not a fact
    ("Fans hope a teaser for Brasswing Couriers might debut at Kitewind Manga Festival 2026.",),
    # another title's video by its possessive
    ("The teaser for Mirror Lake Detectives debuted at Kitewind Manga Festival 2026, next to a Brasswing Couriers booth.",),
    # the cast attends, nothing shown
    ("Brasswing Couriers' voice cast will attend Tidegate Con 2026 in May.",),
    # a quoted other title
    ("At Harborlight Comic Fest 2026, the first episode of “Mirror Lake Detectives” screened before Brasswing Couriers' panel.",),
    # only a kind of event, no name
    ("Brasswing Couriers' first episode screened at an Advance Screening on Saturday Night.",),
    # a person's past work
    ("Brasswing Couriers is directed by Reina Okuzawa.", "Her last show premiered its first episode at Harborlight Comic Fest 2026."),
    # another title as the subject, "its" its own
    (f"{EN} will stream on Crunchyroll.", "Mirror Lake Detectives, meanwhile, screened its first episode at Tidegate Con 2026."),
    ("The Brasswing Couriers cast will appear at Tidegate Con 2026, where Mirror Lake Detectives will premiere its first episode.",),
    # another title's episode by its possessive
    ("Brasswing Couriers fans can also catch the Tidegate Con 2026 screening of Mirror Lake Detectives' first episode.",),
    # a cast performing is no cast announced
    ("Brasswing Couriers' Japanese cast performed at Harborlight Comic Fest 2026 last year.",),
])
def test_named_event_traps(paras):
    got = _en(*paras)
    assert not any(k in got for k in ("Redroof Anime Summit 2026", "Kitewind Manga Festival 2026", "Tidegate Con 2026",
                                      "Harborlight Comic Fest 2026", "Advance Screening", "Saturday Night")), got


@pytest.mark.parametrize("sentence, event, word", [
    ("「港町アニメフェス2026」で本作の第1話が先行上映された。", "港町アニメフェス2026", "第1話"),
    ("第1話の先行上映は「みなとみらいアニメ祭2026」のスペシャルステージで行われる。", "みなとみらいアニメ祭2026", "第1話"),
    ("12月に開催された「星灯りフェスタ2026」にて、『星屑ポストマン』のティザーPVが初披露された。", "星灯りフェスタ2026", "ティザーPV"),
    ("本作の冒頭10分を「東京シネマアニメーションフェスティバル2026」で特別上映することが決定した。", "東京シネマアニメーションフェスティバル2026", "上映"),
    ("「ジャンプフェスタ2027」では、メインキャストが登壇し、本作の本PVを世界初公開した。", "ジャンプフェスタ2027", "PV"),
    ("『星屑ポストマン』のキービジュアルは「ハーバーアニメEXPO 2026」の会場で解禁された。", "ハーバーアニメEXPO 2026", "ビジュアル"),
    ("AnimeJapan 2027のステージで、『星屑ポストマン』の第1弾PVが初公開された。", "AnimeJapan 2027", "PV"),
    ("オープニング主題歌は「夏空ライブ2026」にて『星屑ポストマン』キャストにより初披露された。", "夏空ライブ2026", "主題歌"),
    ("「星屑ポストマン 放送直前イベント」にて第1話・第2話を最速上映。", "星屑ポストマン 放送直前イベント", "第1話"),
    ("『星屑ポストマン』は「秋の上映祭 in 横浜」で第1話と第2話を上映しました。", "秋の上映祭 in 横浜", "第1話"),
])
def test_ja_named_event_any_order(sentence, event, word):
    got = _ja(sentence)
    assert event in got, got
    assert word in got[event]


@pytest.mark.parametrize("sentence", [
    "『別作品の森』の第1話は「港町アニメフェス2026」で先行上映された。",   # another title's episode
    "「港町アニメフェス2026」での『星屑ポストマン』の先行上映は中止となりました。",   # called off
    "「港町アニメフェス2026」での『星屑ポストマン』の上映予定はありません。",   # nothing planned
    "『星屑ポストマン』の主題歌「夏祭り」では、キャストの歌声が流れる。",   # a song's title, not an event
    "「港町アニメフェス2026」では、人気作の第1話が先行上映された。",   # another (unnamed) work's episode
    "なお、「港町アニメフェス2026」で公開されたのは別作品のPVです。",   # another work's video
])
def test_ja_named_event_traps(sentence):
    got = _ja(sentence)
    assert not any(k in got for k in ("港町アニメフェス2026", "夏祭り")), got


def _sections(title: str, *sections: tuple[str, list[str]]) -> str:
    """A digest page: a generic title, then each work under its own heading."""
    body = "".join(f"<h2>{h}</h2>" + "".join(f"<p>{p}</p>" for p in ps) for h, ps in sections)
    return (f"<!doctype html><html><head><title>{title}</title><meta property=\"article:published_time\" "
            f"content=\"2026-11-24T09:00:00+00:00\"></head><body><main><article><h1>{title}</h1>{body}"
            "</article></main></body></html>")


def test_named_event_pointed_video():
    got = _en("Brasswing Couriers released its second PV on Monday.",
              "The same PV was shown for the first time at Gullrock Anime Crossing 2026 a week earlier.")
    assert "pv" in got.get("Gullrock Anime Crossing 2026", "").lower(), got


def test_named_event_digest_entry_by_anaphor():
    doc = _sections("This week in anime", ("Brasswing Couriers", [
        "Ryo Tamaki directs the film at Studio Pinefall.",
        "Fans at the Ferrylight Film Festival 2026 got an early look: the festival screened the film's opening twelve minutes."]),
        ("Mirror Lake Detectives", ["The same PV was shown at Gullrock Anime Crossing 2026 last week."]))
    got = _events(doc, EN)
    assert "minutes" in got.get("Ferrylight Film Festival 2026", ""), got
    assert "Gullrock Anime Crossing 2026" not in got   # (another work's entry)


def test_ja_named_event_after_an_earlier_season_clause():
    doc = news(["第1期の最終回で続編が告知され、「港町アニメフェス2026」では第2期の第1話が先行上映された。"],
               title="『星屑ポストマン 第2期』最新情報")
    got = _events(doc, "星屑ポストマン 第2期")
    assert "第1話" in got.get("港町アニメフェス2026", ""), got


def test_ja_named_event_earlier_season_only():
    doc = news(["第1期の第1話は「港町アニメフェス2025」で先行上映された。"], title="『星屑ポストマン 第2期』最新情報")
    assert "港町アニメフェス2025" not in _events(doc, "星屑ポストマン 第2期")
