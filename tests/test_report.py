"""Rendering: grouped by work, old → new, and no raw control characters from the web reach the terminal."""
import json

from tracker.report import changes_markdown, changes_text, facts_json, facts_text, render_changes

CHANGES = [
    {"id": 3, "work": "Metallic Rouge", "field": "release_date", "key": "", "kind": "refined", "old": "2024-01",
     "new": "2024-01-10", "source": "http://127.0.0.1:8000/official/", "observed_at": "2023-12-01T12:00:00Z",
     "evidence": "2024年1月10日(水)より放送開始"},
    {"id": 2, "work": "Frieren", "field": "cast", "key": "Fern", "kind": "revealed", "old": None,
     "new": "Kana Ichinose", "source": "https://example.org/a", "observed_at": "2023-11-30T12:00:00Z", "evidence": ""},
    {"id": 1, "work": "Metallic Rouge", "field": "cast", "key": "Rouge Redstar", "kind": "revealed", "old": None,
     "new": "Yume Miyamoto\x1b[2J\x07", "source": "https://example.org/news", "observed_at": "2023-10-20T12:00:00Z",
     "evidence": "GJ Club's Yume Miyamoto will voice Rouge Redstar\x1b]0;pwned\x07"},
]


def test_text_groups_by_work_newest_first_with_old_to_new():
    out = changes_text(CHANGES)
    assert out.index("Metallic Rouge") < out.index("Frieren")
    mr = out[out.index("Metallic Rouge"):out.index("Frieren")]
    assert mr.index("2024-01 → 2024-01-10") < mr.index("Rouge Redstar")
    assert "127.0.0.1:8000/official/" in out


def test_text_strips_terminal_escapes_and_control_characters():
    out = changes_text(CHANGES)
    assert "\x1b" not in out and "\x07" not in out
    assert "Yume Miyamoto" in out and "pwned" not in out


def test_json_is_one_array_with_the_stable_keys():
    data = json.loads(render_changes(CHANGES, "json"))
    assert isinstance(data, list) and len(data) == 3
    assert set(data[0]) == {"work", "field", "key", "kind", "old", "new", "source", "observed_at", "evidence"}
    assert data[1]["old"] is None and data[0]["new"] == "2024-01-10"


def test_markdown_escapes_table_pipes():
    rows = [dict(CHANGES[1], new="A | B")]
    out = changes_markdown(rows)
    assert "## Frieren" in out and "A \\| B" in out


def test_empty_report_says_so():
    assert changes_text([]) == "No new changes."


def test_facts_text_and_json():
    facts = [{"work": "Metallic Rouge", "field": "broadcaster", "key": "fujitv", "value": "Fuji TV (+Ultra)",
              "precision": None, "sources": ["https://a.org/x", "https://b.org/y"], "first_seen": "2023-07-13T12:00:00Z",
              "evidence": "It will air on Fuji TV (+Ultra)."}]
    text = facts_text(facts)
    assert "[2] https://b.org/y" in text and "Fuji TV (+Ultra)  [1,2]" in text
    data = json.loads(facts_json(facts))
    assert data[0]["sources"] == ["https://a.org/x", "https://b.org/y"] and data[0]["value"] == "Fuji TV (+Ultra)"


def test_text_sums_up_corroborations_per_work():
    rows = CHANGES + [dict(CHANGES[1], kind="corroborated", id=9, source="https://other.org/b")]
    out = changes_text(rows)
    frieren = out[out.index("Frieren"):]
    assert "Frieren  (1 change, 1 corroborated)" in frieren
    assert "1 known fact corroborated by another source" in frieren
    assert frieren.count("Kana Ichinose") == 1
