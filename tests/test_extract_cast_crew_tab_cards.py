"""A tabbed 'Cast & Crew' block of two-part cards: each panel a language or the crew, each card two spans whose
classes may say which is the actor (<span class="actor">X</span><span class="role">Y</span>: actor first). The
actor-first cards read the other way round; a crew card (a job and a person, either order) is a staff credit, never
a cast pair; a panel's language (id="tab-en", data-tab="ja") keys its cards."""
from __future__ import annotations

from extract_helpers import facts

TITLE = "Lanterns of the Salt Road"


def _page(block: str, head: str = "Cast &amp; Crew") -> str:
    return (f"<!doctype html><html><head><title>{TITLE} | Watch on Streamly</title></head><body><main><article>"
            f"<h1>{TITLE}</h1><p>{TITLE} follows a caravan guard who carries lanterns across the salt flats, "
            "one night at a time, for a town that has forgotten the sun.</p>"
            f"<section><h2>{head}</h2>{block}</section></article></main></body></html>")


def _cards(items, a="actor", b="role") -> str:
    return "<ul class='people'>" + "".join(f"<li><span class='{a}'>{x}</span><span class='{b}'>{y}</span></li>"
                                           for x, y in items) + "</ul>"


EN = [("Dana Whitcombe", "Sella"), ("Paul Amberley", "Old Tomas"), ("Rita Okafor", "Wren")]
JA = [("Yuzu Morikawa", "Sella"), ("Kenta Arashiro", "Old Tomas"), ("Mio Hanazawa", "Wren")]
CREW = [("Ren Takashiro", "Director"), ("Sayo Imai", "Series Composition, Screenplay"),
        ("Kaito Ueno", "Music"), ("Jordan Pike", "ADR Director")]


def _tabs(crew=CREW, panel_attr="id", en="tab-en", ja="tab-ja", crew_id="tab-crew") -> str:
    return (f"<div class='tab-panel' {panel_attr}='{en}'>{_cards(EN)}</div>"
            f"<div class='tab-panel' {panel_attr}='{ja}' hidden>{_cards(JA)}</div>"
            f"<div class='tab-panel' {panel_attr}='{crew_id}' hidden>{_cards(crew)}</div>")


def test_actor_first_cards_in_language_tabs():
    got = facts(_page(_tabs()), TITLE)
    assert ("cast", "Sella", "Yuzu Morikawa") in got
    assert ("cast", "Sella [English]", "Dana Whitcombe") in got
    assert ("cast", "Wren", "Mio Hanazawa") in got


def test_crew_tab_gives_staff_not_cast():
    got = facts(_page(_tabs()), TITLE)
    assert ("staff", "director", "Ren Takashiro") in got
    assert ("staff", "music", "Kaito Ueno") in got
    assert ("staff", "series composition", "Sayo Imai") in got


def test_job_no_role_list_knows_is_still_crew():
    got = facts(_page(_tabs()), TITLE)
    assert any(f == "staff" and v == "Jordan Pike" for f, k, v in got)
    assert not any(f == "cast" and "Jordan Pike" in (k, v) for f, k, v in got)


def test_panels_by_data_tab_attribute():
    got = facts(_page(_tabs(panel_attr="data-tab", en="en", ja="ja", crew_id="crew")), TITLE)
    assert ("cast", "Old Tomas", "Kenta Arashiro") in got
    assert ("cast", "Old Tomas [English]", "Paul Amberley") in got


def test_voice_class_marks_the_actor():
    block = _cards(JA, a="voice", b="chara-name")
    got = facts(_page(block, "Cast"), TITLE)
    assert ("cast", "Sella", "Yuzu Morikawa") in got


def test_character_first_cards_unchanged():
    block = _cards([(c, a) for a, c in JA], a="character", b="actor")
    got = facts(_page(block, "Cast"), TITLE)
    assert ("cast", "Wren", "Mio Hanazawa") in got


def test_crew_card_job_first():
    block = "<ul>" + "".join(f"<li><span>{j}</span><span>{p}</span></li>" for p, j in CREW[:3]) + "</ul>"
    got = facts(_page(block, "Staff &amp; Cast"), TITLE)
    assert ("staff", "director", "Ren Takashiro") in got
    assert not any(f == "cast" and k == "Director" for f, k, v in got)


def test_japanese_cards_actor_first():
    block = ("<ul><li><span class='cv'>森川ゆず</span><span class='role'>セラ</span></li>"
             "<li><span class='cv'>新城健太</span><span class='role'>トマス</span></li></ul>")
    got = facts(_page(block, "キャスト"), TITLE)
    assert ("cast", "セラ", "森川ゆず") in got


def test_japanese_crew_tab():
    block = ("<div class='tab-panel' data-tab='staff'><ul><li><span>監督</span><span>高城蓮</span></li>"
             "<li><span>音楽</span><span>上野海斗</span></li></ul></div>")
    got = facts(_page(block, "キャスト・スタッフ"), TITLE)
    assert ("staff", "director", "高城蓮") in got
    assert not any(f == "cast" and k == "監督" for f, k, v in got)


# ---------------------------------------------------------------------------------------------- traps
def test_trap_character_with_a_title_stays_cast():
    """'Director Hollis' is a character's title before a name, not a job."""
    block = _cards([("Sam Oduya", "Director Hollis"), ("Rita Okafor", "Wren")])
    got = facts(_page(block, "Cast"), TITLE)
    assert ("cast", "Director Hollis", "Sam Oduya") in got
    assert not any(f == "staff" and v == "Sam Oduya" for f, k, v in got)


def test_trap_no_role_word_as_a_character():
    got = facts(_page(_tabs()), TITLE)
    assert not any(f == "cast" and k.split(" [")[0] in ("Director", "Music", "ADR Director") for f, k, v in got)
