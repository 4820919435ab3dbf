"""An unchanged page read again by another reader (an upgrade of tracker, a new CSS rule or alias):
`tracker.reader`. What the new reading finds is logged; what only the old reading found is forgotten, never
retracted (the page took nothing back). Real SQLite files; the end-to-end cases over a real local server."""
from __future__ import annotations

import hashlib
import sqlite3

import pytest

from tracker import reader as reader_mod
from tracker import run as run_mod
from tracker.model import Extraction, Fact, Fetched, Work
from tracker.reader import reader_of
from tracker.store import Store

URL = "https://news.example/metallic-rouge"
WORK = "Metallic Rouge"
OLD = [Fact("release_date", "", "2024-01", "premieres in January 2024", "month"),
       Fact("studio", "Bones", "Bones", "produced by Bones"),
       Fact("staff", "director", "Yoshiyuki Ito", "Yoshiyuki Ito directs the series"),
       Fact("cast", "Rouge Redstar", "Yume Miyamoto", "Yume Miyamoto as Rouge")]
# the new reader no longer takes a sidebar's director, and reads the episode count the old one missed
NEW = [f for f in OLD if f.field != "staff"] + [Fact("episodes", "", "13", "13 episodes")]


def page(body: bytes, etag='"v1"'):
    return Fetched(URL, final_url=URL, status=200, body=body, content_hash=hashlib.sha256(body).hexdigest(),
                   etag=etag, content_type="text/html", charset="utf-8")


def not_modified():
    return Fetched(URL, final_url=URL, status=304, not_modified=True)


def kinds(changes):
    return sorted((c.field, c.kind) for c in changes)


@pytest.fixture
def store(tmp_path):
    s = Store.open(tmp_path / "tracker.db")
    s.add_source(URL, WORK)
    yield s
    s.close()


def test_a_new_reader_of_an_unchanged_page_logs_what_it_finds_and_forgets_without_retracting(store):
    src = store.sources()[0]
    store.record(src, page(b"<html>v1</html>"), Extraction(OLD), store.begin_run(), reader="r1")
    assert store.record(src, not_modified(), None, store.begin_run(), reader="r1") == []

    changes = store.record(src, not_modified(), Extraction(NEW), store.begin_run(), reader="r2")

    assert kinds(changes) == [("episodes", "revealed")]
    for _ in range(3):  # long past confirm_retraction: the director is forgotten, not retracted
        assert store.record(src, not_modified(), None, store.begin_run(), reader="r2") == []
    c = sqlite3.connect(store.path)
    assert c.execute("SELECT count(*) FROM changes WHERE kind = 'retracted'").fetchone()[0] == 0
    assert c.execute("SELECT flag FROM snapshots ORDER BY id").fetchall() == [(None,), (None,), ("re-read",),
                                                                             (None,), (None,), (None,)]
    assert c.execute("SELECT count(*) FROM facts WHERE field = 'staff'").fetchone()[0] == 0
    assert c.execute("SELECT count(*) FROM current_facts WHERE field = 'episodes'").fetchone()[0] == 1
    assert c.execute("SELECT reader FROM sources").fetchone()[0] == "r2"


def test_a_new_reader_of_a_changed_page_is_an_ordinary_fetch(store):
    """Only the very body of the last healthy fetch is a re-read: a page that changed as tracker was upgraded
    takes facts back as any page does, after confirm_retraction healthy fetches."""
    src = store.sources()[0]
    store.record(src, page(b"<html>v1</html>"), Extraction(OLD), store.begin_run(), reader="r1")
    store.record(src, page(b"<html>v2</html>", '"v2"'), Extraction(NEW), store.begin_run(), reader="r2")
    changes = store.record(src, not_modified(), None, store.begin_run(), reader="r2")
    assert kinds(changes) == [("staff", "retracted")]


def test_an_unhealthy_rereading_changes_nothing(store):
    """A new reader that finds nothing on the page it read before is judged like any fetch: unhealthy."""
    src = store.sources()[0]
    store.record(src, page(b"<html>v1</html>"), Extraction(OLD), store.begin_run(), reader="r1")
    assert store.record(src, not_modified(), Extraction([]), store.begin_run(), reader="r2") == []
    c = sqlite3.connect(store.path)
    assert c.execute("SELECT count(*) FROM facts").fetchone()[0] == len(OLD)


def test_the_stored_page_is_decoded_as_it_was_fetched(store):
    src = store.sources()[0]
    body = "<html><p>放送開始</p></html>".encode("euc_jp")
    fetched = page(body)
    fetched.charset = "euc_jp"
    store.record(src, fetched, Extraction(OLD), store.begin_run(), reader="r1")
    again = store.stored_page(src.id, not_modified())
    assert again is not None and "放送開始" in again.text and again.content_hash == fetched.content_hash
    assert again.charset == "euc_jp"  # the codec the fetch used, kept beside its extraction
    c = sqlite3.connect(store.path)
    assert c.execute("SELECT charset FROM extractions").fetchall() == [("euc_jp",)]


def test_the_reader_changes_with_code_title_aliases_extractor_and_css(monkeypatch):
    base = reader_of(Work(WORK, ("メタリックルージュ",)))
    assert reader_of(Work(WORK, ("メタリックルージュ",))) == base
    assert reader_of(Work(WORK, ("メタリックルージュ", "MR"))) != base
    assert reader_of(Work("Metallic Rouge 2", ("メタリックルージュ",))) != base
    assert reader_of(Work(WORK, ("メタリックルージュ",)), "jsonld") != base
    assert reader_of(Work(WORK, ("メタリックルージュ",), {"cast": "ul.cast li"})) != base
    monkeypatch.setattr(reader_mod, "code_version", lambda: "another release")
    assert reader_of(Work(WORK, ("メタリックルージュ",))) != base


PAGE = """<html><head><title>Metallic Rouge - anime news</title></head><body><main><article>
<h1>Metallic Rouge anime reveals its premiere</h1>
<p>The original anime Metallic Rouge will premiere in January 2024 on Fuji TV, animated by Bones.</p>
<p class="voice">Rouge Redstar: Yume Miyamoto</p>
</article></main></body></html>"""


def _run(store):
    return run_mod.run(store, check_robots=False)


def test_a_css_rule_added_to_the_watchlist_applies_to_a_page_that_answers_304(tmp_path, local_server):
    """Without readers the 304 would reuse the facts read before the rule, for as long as the page stands."""
    local_server.set("/mr", PAGE.encode(), headers={"Content-Type": "text/html; charset=utf-8"})
    store = Store.open(tmp_path / "tracker.db")
    try:
        store.add_source(local_server.url("/mr"), WORK)
        first = _run(store)
        assert not first.failures and ("cast", "revealed") not in kinds(first.changes)
        store.add_source(local_server.url("/mr"), WORK, css={"cast": "p.voice"})
        second = _run(store)
        assert local_server.hits("/mr") == 2  # the second fetch was a conditional GET answered 304
        assert ("cast", "revealed") in kinds(second.changes)
        assert not [c for c in second.changes if c.kind == "retracted"]
        assert _run(store).changes == []  # read by the same reader since: nothing re-read, nothing logged
    finally:
        store.close()


def test_an_upgrade_rereads_stored_pages_without_false_retractions(tmp_path, local_server, monkeypatch):
    local_server.set("/mr", PAGE.encode(), headers={"Content-Type": "text/html; charset=utf-8"})
    store = Store.open(tmp_path / "tracker.db")
    try:
        store.add_source(local_server.url("/mr"), WORK, css={"cast": "p.voice"})
        assert _run(store).changes
        monkeypatch.setattr(reader_mod, "code_version", lambda: "the next release")
        for _ in range(3):
            assert _run(store).changes == []  # the same reading by the new code: nothing to say
        c = sqlite3.connect(store.path)
        readers = {r[0] for r in c.execute("SELECT reader FROM extractions")}
        assert readers == {reader_of(Work(WORK, (), {"cast": "p.voice"}))}
    finally:
        store.close()
