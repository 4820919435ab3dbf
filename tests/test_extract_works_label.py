"""A person's list of other works, however it is labelled ("Principal works:", "Representative works:", "Key credits:",
"Credits include:", 「主要作品：」, 「代表的な作品：」, 「作品歴：」): its titles and parts are those works', never a staff or
cast fact of this work (`_WORKS_LABEL`, `_WORKS_KEY`, labels' `_OTHER_WORKS_LABEL`); the work's own credits beside it stay."""
from __future__ import annotations

import pytest

from extract_helpers import facts, news

EN = "Harbor Kite Diaries"
JA = "潮風カイトの日誌"
_FOREIGN = ("Lamplight", "Glasswing", "Iron Orchid", "Salt Road", "Lilia", "Crimson", "深海図書館", "鋼鉄のカルテット", "シオン")


def _site(title: str, staff_head: str, rows: str, profile: str) -> str:
    return ("<!doctype html><html><head><title>" + title + " official site</title></head><body><main>"
            f"<h1>{title}</h1><section><h2>{staff_head}</h2>{rows}"
            f"<div class=\"profile\"><h4>PROFILE</h4>{profile}</div></section></main></body></html>")


_EN_ROWS = "<dl><dt>Director</dt><dd>Rie Sonobe</dd><dt>Key Animation</dt><dd>Taro Minegishi</dd></dl>"
_JA_ROWS = "<dl><dt>監督</dt><dd>園部りえ</dd><dt>原画</dt><dd>峰岸太郎</dd></dl>"

EN_FORMS = [
    '<dl><dt>Rie Sonobe (Director)</dt><dd>Principal works: "Lamplight Orchard" (director), "Glasswing Courier" '
    '(series director). Born in Sendai.</dd></dl>',
    '<ul><li>Rie Sonobe</li><li>Representative works: Iron Orchid (storyboard), Salt Road Caravan (episode director)</li></ul>',
    '<p>Rie Sonobe — Key credits: "Glasswing Courier" (director); "Iron Orchid" (screenplay).</p>',
    '<dl><dt>Rie Sonobe</dt><dd>Credits include: Lamplight Orchard (director) and Salt Road Caravan (storyboard).</dd></dl>',
    '<p>Rie Sonobe<br>Selected credits: Glasswing Courier (director), Iron Orchid (assistant director)</p>',
    '<table><tr><th>Rie Sonobe</th><td>Prominent works: Lamplight Orchard (director) / Salt Road Caravan (storyboard)</td></tr></table>',
]
JA_FORMS = [
    "<dl><dt>園部りえ（監督）</dt><dd>主要作品：『深海図書館のアリア』（監督）、『鋼鉄のカルテット』（絵コンテ）</dd></dl>",
    "<p>園部りえ<br>代表的な作品：「深海図書館のアリア」（シリーズ構成）、「鋼鉄のカルテット」（脚本）</p>",
    "<ul><li>園部りえ</li><li>作品歴：『深海図書館のアリア』（演出）／『鋼鉄のカルテット』（監督）</li></ul>",
]


@pytest.mark.parametrize("profile", EN_FORMS)
def test_an_english_works_label_lists_no_credit_of_this_work(profile):
    got = facts(_site(EN, "Staff", _EN_ROWS, profile), EN)
    assert ("staff", "director", "Rie Sonobe") in got, got
    assert not any(w in k or w in v for _f, k, v in got for w in _FOREIGN), got


@pytest.mark.parametrize("profile", JA_FORMS)
def test_a_japanese_works_label_lists_no_credit_of_this_work(profile):
    got = facts(_site(JA, "スタッフ", _JA_ROWS, profile), JA)
    assert ("staff", "director", "園部りえ") in got, got
    assert not any(w in k or w in v for _f, k, v in got for w in _FOREIGN), got


def test_a_cast_profiles_recent_roles_are_no_characters():
    doc = _site(EN, "Cast", "<ul><li>Mira: Akari Serizawa</li></ul>",
                "<p>Akari Serizawa</p><p>Recent roles: Lilia (Crimson Orchard Saga), Tae (Ribbon Gunners)</p>")
    got = facts(doc, EN)
    assert ("cast", "Mira", "Akari Serizawa") in got, got
    assert not any("Lilia" in k or "Lilia" in v or "Crimson" in v for _f, k, v in got), got


def test_a_credit_note_of_key_works_is_no_label():
    doc = _site(EN, "Staff", '<ul><li>Director: Rie Sonobe [Key works: "Lamplight Orchard", "Iron Orchid"]</li></ul>', "")
    got = facts(doc, EN)
    assert ("staff", "director", "Rie Sonobe") in got, got
    assert not any(w in v for _f, _k, v in got for w in _FOREIGN), got


# ---- traps: labels that only look like a works list stay this work's credits
def test_key_animation_and_a_plain_works_studio_stay():
    got = facts(_site(EN, "Staff", _EN_ROWS + "<dl><dt>Animation Production</dt><dd>North Light Works</dd></dl>", ""), EN)
    assert ("staff", "key animation", "Taro Minegishi") in got or any(v == "Taro Minegishi" for f, _k, v in got
                                                                       if f == "staff"), got
    assert any(f == "studio" and v == "North Light Works" for f, _k, v in got), got


def test_a_sentence_after_a_works_list_that_returns_to_this_work_keeps_its_credit():
    doc = _site(EN, "Staff", _EN_ROWS, '<p>Credits include: "Lamplight Orchard" (director); for this series '
                '<b>Series Composition</b>: Kazane Ichinose.</p>')
    got = facts(doc, EN)
    assert not any("Lamplight" in v for _f, _k, v in got), got


# ---- another title's news told beside this one ("X also announced that Y will return for a second season, with Z
# again directing at Studio W"): that sentence's credits are Y's (`_OTHER_TITLE_TOPIC`'s "also announced" form)
TITLE = "Lantern Keeper"
OTHER_NEWS = [
    "On the same day, publisher Hoshi Shoten also announced that Clock Shepherds will return for a second season in July, "
    "with Akira Onoe again directing at Studio Midorimon.",
    "Hoshi Shoten separately revealed Clock Shepherds will get an anime adaptation by Studio Midorimon, directed by Akira Onoe.",
    "The label additionally confirmed that Clock Shepherds is set to receive a new film, again from Studio Midorimon "
    "with director Akira Onoe.",
    "Its publisher also unveiled that Clock Shepherds would get a 3rd season, produced at Studio Midorimon under Akira Onoe.",
]


@pytest.mark.parametrize("sentence", OTHER_NEWS)
def test_another_titles_news_beside_this_one_gives_no_credit(sentence):
    page_ = news([f"The TV anime {TITLE} will premiere in April 2027, animated by Studio Kanteraya and directed by Mio Hanai.",
                  sentence], f"{TITLE} anime premieres in April")
    got = facts(page_, TITLE)
    assert any(f == "studio" and v == "Studio Kanteraya" for f, _k, v in got), got
    assert not any("Midorimon" in v or "Onoe" in v for _f, _k, v in got), got


def test_also_announced_of_a_person_is_no_other_title():
    page_ = news([f"The TV anime {TITLE} will premiere in April 2027. The studio also announced that Mio Hanai will direct, "
                  "with animation by Studio Kanteraya."], f"{TITLE} anime premieres in April")
    got = facts(page_, TITLE)
    assert any(f == "studio" and v == "Studio Kanteraya" for f, _k, v in got), got
