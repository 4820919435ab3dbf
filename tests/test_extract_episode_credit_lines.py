"""A database's credit row whose names go on, one a line, each with the episodes it covers ("Script: A (eps 1-4, 12)"
then "B (eps 5-8)", 「脚本：A（第1話〜第4話）」 then 「B（第5話〜第8話）」): every name is the row's credit. A line without
an episode note, or a new label, is no such name. Invented words."""
from extract_helpers import facts

T = "Saltbell Harbor"


def rows(*html_rows: str, title: str = T) -> str:
    body = "".join(f'<div class="row">{r}</div>' for r in html_rows)
    return (f"<!doctype html><html><head><title>{title} (TV) - Anime Ledger Encyclopedia</title></head><body><main>"
            f"<h1>{title} (TV)</h1><h2>Staff</h2>{body}</main></body></html>")


def staff(doc: str, title: str = T) -> set[tuple[str, str]]:
    return {(k, v) for f, k, v in facts(doc, title) if f == "staff"}


def test_second_writer_on_the_next_line_with_its_episodes():
    g = staff(rows("<b>Director:</b> Aki Mori", "<b>Script:</b> <a href='/p/1'>Rena Kai</a> (eps 1-4, 12)<br><a href='/p/2'>Tomo Ise</a> (eps 5-8)"))
    assert ("screenplay", "Rena Kai") in g and ("screenplay", "Tomo Ise") in g


def test_three_storyboard_artists():
    g = staff(rows("<b>Director:</b> Aki Mori",
                   "<b>Storyboard:</b> Rena Kai (eps 1, 3)<br>Tomo Ise (episodes 2, 4)<br>Yuu Hara (ep 5)"))
    assert {("storyboard", "Rena Kai"), ("storyboard", "Tomo Ise"), ("storyboard", "Yuu Hara")} <= g


def test_hash_episode_notes():
    g = staff(rows("<b>Director:</b> Aki Mori", "<b>Episode Director:</b> Rena Kai (#1)<br>Tomo Ise (#2, #4)"))
    assert ("episode director", "Tomo Ise") in g


def test_japanese_episode_notes():
    g = staff(rows("<b>監督：</b>森亜紀", "<b>脚本：</b>甲斐玲奈（第1話〜第4話）<br>伊勢朋（第5話〜第8話）", title="潮鈴の港"), "潮鈴の港")
    assert ("screenplay", "甲斐玲奈") in g and ("screenplay", "伊勢朋") in g


# ---- traps
def test_a_line_without_an_episode_note_is_not_the_credits():
    g = staff(rows("<b>Director:</b> Aki Mori", "<b>Script:</b> Rena Kai (eps 1-4)<br>Produced in cooperation with Harbor Lab"))
    assert not any(v.startswith("Produced") or "Harbor Lab" in v for _, v in g)


def test_a_new_label_line_is_its_own_credit():
    g = staff(rows("<b>Script:</b> Rena Kai (eps 1-4)", "<b>Music:</b> Ko Hanabusa"))
    assert ("music", "Ko Hanabusa") in g and ("screenplay", "Ko Hanabusa") not in g
