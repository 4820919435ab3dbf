"""store: real SQLite files in tmp_path, never mocked."""
from __future__ import annotations

import hashlib
import os
import sqlite3
import stat

import pytest

from tracker import diff as diff_module
from tracker.errors import ConfigError, DatabaseError
from tracker.model import Extraction, Fact, Fetched
from tracker.store import SCHEMA_VERSION, Store

URL = "https://news.example/metallic-rouge"
URL2 = "https://official.example/"
WORK = "Metallic Rouge"


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "tracker.db"


@pytest.fixture
def store(db_path):
    s = Store.open(db_path)
    yield s
    s.close()


def page(body: bytes, etag=None):
    return Fetched(URL, final_url=URL, status=200, body=body, content_hash=hashlib.sha256(body).hexdigest(),
                   etag=etag, content_type="text/html")


def not_modified():
    return Fetched(URL, final_url=URL, status=304, not_modified=True)


FACTS_A = [Fact("release_date", "", "2024-01", "premieres in January 2024", "month"),
           Fact("studio", "Bones", "Bones", "produced by Bones"),
           Fact("cast", "Rouge Redstar", "Yume Miyamoto", "Yume Miyamoto as Rouge")]


def tables(path):
    c = sqlite3.connect(path)
    try:
        return {r[0]: r[1] for r in c.execute("SELECT name, type FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'")}
    finally:
        c.close()


def count(path, table, where="1"):
    c = sqlite3.connect(path)
    try:
        return c.execute(f"SELECT count(*) FROM {table} WHERE {where}").fetchone()[0]
    finally:
        c.close()


# ------------------------------------------------------------------ schema
def test_schema_tables_and_views(store, db_path):
    t = tables(db_path)
    for name in ("works", "work_aliases", "sources", "bodies", "snapshots", "facts", "changes", "runs",
                 "known_values", "stale_values", "key_aliases", "extractions", "settings", "schema_version"):
        assert t.get(name) == "table", name
    assert t.get("current_facts") == "view" and t.get("change_log") == "view"
    c = sqlite3.connect(db_path)
    assert c.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert c.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    c.execute("SELECT * FROM current_facts").fetchall()
    c.execute("SELECT * FROM change_log").fetchall()
    c.close()


def test_reopen_is_idempotent(db_path):
    Store.open(db_path).close()
    s = Store.open(db_path)
    s.add_source(URL, WORK)
    s.close()
    assert len(Store.open(db_path, readonly=True).sources()) == 1


def test_not_sqlite_file(tmp_path):
    p = tmp_path / "notes.db"
    p.write_text("hello, this is not a database\n" * 10)
    with pytest.raises(DatabaseError) as e:
        Store.open(p)
    assert "not a SQLite database" in str(e.value) and "\n" not in str(e.value)
    with pytest.raises(DatabaseError):
        Store.open(p, readonly=True)


def test_corrupt_file(tmp_path, db_path):
    s = Store.open(db_path)
    s.add_source(URL, WORK)
    s.close()
    raw = bytearray(db_path.read_bytes())
    raw[100:4096] = b"\xff" * (4096 - 100)   # clobber the schema page
    db_path.write_bytes(bytes(raw))
    with pytest.raises(DatabaseError) as e:
        Store.open(db_path).sources()
    assert "\n" not in str(e.value)


def test_newer_schema_version(db_path):
    Store.open(db_path).close()
    c = sqlite3.connect(db_path)
    c.execute(f"PRAGMA user_version={SCHEMA_VERSION + 1}")
    c.commit()
    c.close()
    with pytest.raises(DatabaseError) as e:
        Store.open(db_path)
    assert "newer" in str(e.value)
    with pytest.raises(DatabaseError):
        Store.open(db_path, readonly=True)


def test_newer_schema_version_in_table(db_path):
    Store.open(db_path).close()
    c = sqlite3.connect(db_path)
    assert c.execute("SELECT max(version) FROM schema_version").fetchall() == [(SCHEMA_VERSION,)]
    c.execute("INSERT INTO schema_version(version, migrated_at) VALUES (?, ?)", (SCHEMA_VERSION + 5, "2030-01-01"))
    c.commit()
    c.close()
    with pytest.raises(DatabaseError) as e:
        Store.open(db_path, readonly=True)
    assert "newer" in str(e.value)


def test_other_sqlite_database_refused(tmp_path):
    p = tmp_path / "other.db"
    c = sqlite3.connect(p)
    c.execute("CREATE TABLE customers(id INTEGER PRIMARY KEY)")
    c.commit()
    c.close()
    with pytest.raises(DatabaseError):
        Store.open(p)


def test_readonly_open_missing_file(tmp_path):
    with pytest.raises(DatabaseError):
        Store.open(tmp_path / "missing.db", readonly=True)


# ------------------------------------------------------------------ watchlist
def test_add_source_idempotent_and_updates(store):
    assert store.add_source(URL, WORK) is True
    assert store.add_source(URL, WORK) is False
    assert store.add_source(URL, WORK, every="1h", extractor="jsonld", css={"staff": "dl dd"}) is False
    (s,) = store.sources()
    assert (s.every, s.extractor, s.css) == ("1h", "jsonld", {"staff": "dl dd"})
    assert store.add_source(URL2, WORK) is True
    assert [x.url for x in store.sources()] == [URL, URL2]


def test_aliases_resolve_and_attach(store):
    store.add_source(URL, WORK, aliases=("メタリックルージュ",))
    store.add_source(URL, WORK, aliases=("メタリックルージュ",))          # idempotent
    assert store.resolve_work("メタリックルージュ") == WORK
    assert store.resolve_work("metallic  ROUGE") == WORK
    assert store.resolve_work("Other") is None
    assert store.add_source(URL2, "メタリックルージュ") is True           # attaches to the work
    srcs = store.sources()
    assert {s.work for s in srcs} == {WORK}
    assert srcs[0].aliases == ("メタリックルージュ",)
    assert srcs[0].work_obj.names == (WORK, "メタリックルージュ")
    store.add_source(URL, "Other Show")
    with pytest.raises(ConfigError):
        store.add_source(URL, "Other Show", aliases=("メタリックルージュ",))


def test_same_url_two_works_two_sources(store):
    store.add_source(URL, WORK)
    store.add_source(URL, "Frieren")
    assert len(store.sources()) == 2
    assert store.remove_sources([URL], work="Frieren") == 1
    assert [s.work for s in store.sources()] == [WORK]


def test_remove_keeps_change_log(store):
    store.add_source(URL, WORK)
    (src,) = store.sources()
    store.record(src, page(b"<html>a</html>"), Extraction(FACTS_A), store.begin_run())
    assert store.remove_sources([URL]) == 1
    assert store.sources() == []
    rows = store.changes()
    assert len(rows) == 3 and rows[0]["source"] == URL
    assert store.current_facts() == []


def test_settings_roundtrip(store):
    assert store.get_settings()["confirm_retraction"] == 2
    store.set_settings({"confirm_retraction": 3, "every": "1h"})
    s = store.get_settings()
    assert s["confirm_retraction"] == 3 and s["every"] == "1h" and s["flap_window"] == 3


# ------------------------------------------------------------------ record
def _one(store, url=URL, work=WORK):
    store.add_source(url, work)
    return [s for s in store.sources() if s.url == url][0]


def test_record_logs_and_reads(store):
    src = _one(store)
    run = store.begin_run()
    changes = store.record(src, page(b"<html>v1</html>", etag='"v1"'), Extraction(FACTS_A), run,
                           now="2024-01-01T00:00:00Z")
    store.finish_run(run, sources=1, changes=len(changes), errors=0)
    assert sorted(c.kind for c in changes) == ["revealed"] * 3
    rows = store.changes()
    assert {r["field"] for r in rows} == {"release_date", "studio", "cast"}
    assert set(rows[0]) >= {"id", "work", "field", "key", "kind", "old", "new", "source", "observed_at", "evidence"}
    facts = store.current_facts(WORK)
    assert {(f["field"], f["value"]) for f in facts} == {("release_date", "2024-01"), ("studio", "Bones"),
                                                         ("cast", "Yume Miyamoto")}
    assert all(f["sources"] == [URL] for f in facts)
    (s,) = store.sources()
    assert (s.etag, s.last_status, s.n_facts, s.fail_streak) == ('"v1"', 200, 3, 0)
    # the default 6h interval plus the source's own jitter (under 10%, at most 15 minutes)
    assert "2024-01-01T06:00:00Z" <= s.next_due_at <= "2024-01-01T06:15:00Z"


def test_record_twice_same_content_logs_nothing(store):
    src = _one(store)
    body = b"<html>v1</html>"
    assert store.record(src, page(body), Extraction(FACTS_A), store.begin_run())
    assert store.record(src, page(body), Extraction(FACTS_A), store.begin_run()) == []


def test_record_is_atomic(store, db_path, monkeypatch):
    src = _one(store)
    store.record(src, page(b"<html>v1</html>"), Extraction(FACTS_A), store.begin_run(), now="2024-01-01T00:00:00Z")
    before = {t: count(db_path, t) for t in ("snapshots", "bodies", "facts", "changes", "known_values", "extractions")}
    src_before = store.sources()[0]

    def boom(*a, **k):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(store, "_save_work_state", boom)  # fails after snapshot, body and facts were written
    newer = FACTS_A + [Fact("episodes", "", "12", "12 episodes")]
    with pytest.raises(RuntimeError):
        store.record(src, page(b"<html>v2</html>"), Extraction(newer), store.begin_run(), now="2024-01-02T00:00:00Z")
    after = {t: count(db_path, t) for t in before}
    assert after == before
    assert store.sources()[0] == src_before
    monkeypatch.undo()
    changes = store.record(src, page(b"<html>v2</html>"), Extraction(newer), store.begin_run(),
                           now="2024-01-03T00:00:00Z")
    assert [c.kind for c in changes] == ["revealed"]


def test_record_failing_in_diff_is_atomic(store, db_path, monkeypatch):
    src = _one(store)
    monkeypatch.setattr(diff_module, "diff", lambda *a, **k: (_ for _ in ()).throw(RuntimeError("bug")))
    with pytest.raises(RuntimeError):
        store.record(src, page(b"<html>v1</html>"), Extraction(FACTS_A), store.begin_run())
    assert count(db_path, "snapshots") == 0 and count(db_path, "bodies") == 0
    assert store.sources()[0].last_fetch_at is None


def test_bodies_deduplicated_and_compressed(store, db_path):
    src = _one(store)
    body = b"<html>" + b"Metallic Rouge " * 2000 + b"</html>"
    for _ in range(3):
        store.record(src, page(body), Extraction(FACTS_A), store.begin_run())
    assert count(db_path, "snapshots") == 3
    assert count(db_path, "bodies") == 1
    c = sqlite3.connect(db_path)
    size, stored = c.execute("SELECT size, stored_size FROM bodies").fetchone()
    assert size == len(body) and stored < size / 10
    c.close()


def test_a_body_the_server_compressed_is_stored_without_compressing_it_again(store, db_path):
    """fetch hands over the wire's gzip as a zlib stream (`Fetched.deflated`): the store keeps those very
    bytes, and they read back with plain zlib like every other body."""
    import zlib

    src = _one(store)
    body = b"<html>" + b"Metallic Rouge " * 2000 + b"</html>"
    fetched = page(body)
    fetched.deflated = zlib.compress(body, 1)  # not what the store's own level 6 would make
    store.record(src, fetched, Extraction(FACTS_A), store.begin_run())
    c = sqlite3.connect(db_path)
    content, size, stored = c.execute("SELECT content, size, stored_size FROM bodies").fetchone()
    c.close()
    assert content == fetched.deflated and stored == len(fetched.deflated) and size == len(body)
    assert zlib.decompress(content) == body


def test_304_reuses_facts(store):
    src = _one(store)
    store.record(src, page(b"<html>v1</html>", etag='"v1"'), Extraction(FACTS_A), store.begin_run())
    reused = store.reusable_extraction(src.id, not_modified())
    assert reused is not None and set(reused.facts) == set(FACTS_A)
    assert store.record(src, not_modified(), reused, store.begin_run()) == []
    # record also finds them itself when the caller passes none
    assert store.record(src, not_modified(), None, store.begin_run()) == []
    (s,) = store.sources()
    assert s.last_status == 304 and s.n_facts == 3 and s.fail_streak == 0


def test_identical_body_reuses_facts(store):
    src = _one(store)
    body = b"<html>v1</html>"
    store.record(src, page(body), Extraction(FACTS_A), store.begin_run())
    assert set(store.reusable_extraction(src.id, page(body)).facts) == set(FACTS_A)
    assert store.reusable_extraction(src.id, page(b"<html>other</html>")) is None


def test_unhealthy_fetch_changes_nothing_and_does_not_break_retraction(store):
    src = _one(store)
    store.record(src, page(b"v1"), Extraction(FACTS_A), store.begin_run())
    less = FACTS_A[:2]
    assert store.record(src, page(b"v2"), Extraction(less), store.begin_run()) == []
    err = Fetched(URL, status=503, error="HTTP 503")
    assert store.record(src, err, None, store.begin_run()) == []
    (s,) = store.sources()
    assert s.fail_streak == 1 and s.last_error == "HTTP 503"
    changes = store.record(src, page(b"v2"), Extraction(less), store.begin_run())
    assert [(c.kind, c.field) for c in changes] == [("retracted", "cast")]
    assert store.sources()[0].n_facts == 2


def test_layout_change_keeps_lost_facts(store):
    src = _one(store)
    many = FACTS_A + [Fact("episodes", "", "12"), Fact("staff", "music", "Taisei Iwasaki")]
    store.record(src, page(b"v1"), Extraction(many), store.begin_run())
    few = many[:2]
    assert store.record(src, page(b"v2"), Extraction(few), store.begin_run()) == []   # unhealthy: a drop
    assert store.sources()[0].fail_streak == 1
    assert store.record(src, page(b"v2"), Extraction(few), store.begin_run()) == []   # the new normal
    for n in range(3):
        assert store.record(src, page(b"v2"), Extraction(few), store.begin_run()) == []
    s = store.sources()[0]
    assert s.n_facts == 5 and "layout change" in (s.flags or "")


def test_first_fetch_without_facts_flagged(store):
    src = _one(store)
    assert store.record(src, page(b"<html>empty</html>"), Extraction([]), store.begin_run()) == []
    assert "no facts" in store.sources()[0].flags


def test_validators_only_from_main_content(store):
    src = _one(store)
    store.record(src, page(b"<html>maintenance</html>", etag='"m"'),
                 Extraction([], has_main_content=False, problem="maintenance page"), store.begin_run())
    (s,) = store.sources()
    assert s.etag is None and s.last_error == "maintenance page"


def test_diff_state_persists_across_stores(db_path):
    """Learned aliases and stale values live in the database: a new Store sees them."""
    s = Store.open(db_path)
    src = _one(s)
    src2 = _one(s, URL2)
    s.record(src, page(b"a1"), Extraction([Fact("release_date", "", "2024-01"),
                                           Fact("cast", "Rouge Redstar", "Yume Miyamoto")]), s.begin_run())
    s.record(src2, page(b"b1"), Extraction([Fact("release_date", "", "2024-01")]), s.begin_run())
    s.record(src, page(b"a2"), Extraction([Fact("release_date", "", "2024-04"),
                                           Fact("cast", "Rouge Redmaster", "Yume Miyamoto")]), s.begin_run())
    s.close()
    s = Store.open(db_path)
    src, src2 = s.sources()
    # the stale January from the other source logs nothing; the drifted cast key stays one character
    out = s.record(src2, page(b"b2"), Extraction([Fact("release_date", "", "2024-01"),
                                                  Fact("cast", "Rouge Redmaster", "Yume Miyamoto")]), s.begin_run())
    assert [(c.kind, c.key) for c in out] == [("corroborated", "Rouge Redstar")]
    kinds = [r["kind"] for r in s.changes()]
    assert kinds.count("changed") == 1 and kinds.count("revealed") == 2
    c = sqlite3.connect(db_path)
    assert c.execute("SELECT count(*) FROM key_aliases").fetchone()[0] == 1
    assert c.execute("SELECT value FROM stale_values").fetchall() == [("2024-01",)]
    s.close()


def test_current_facts_one_row_per_value_with_sources(store, db_path):
    a, b = _one(store), _one(store, URL2)
    store.record(a, page(b"a"), Extraction([Fact("episodes", "", "12"), Fact("studio", "Bones", "Bones")]),
                 store.begin_run(), now="2024-01-01T00:00:00Z")
    store.record(b, page(b"b"), Extraction([Fact("episodes", "", "13"), Fact("studio", "Bones", "Bones")]),
                 store.begin_run(), now="2024-01-02T00:00:00Z")
    facts = {(f["field"], f["value"]): f["sources"] for f in store.current_facts(WORK)}
    assert facts == {("episodes", "12"): [URL], ("episodes", "13"): [URL2], ("studio", "Bones"): [URL, URL2]}
    c = sqlite3.connect(db_path)
    rows = c.execute("SELECT field, value, sources, first_source FROM current_facts WHERE field='studio'").fetchall()
    assert rows == [("studio", "Bones", f"{URL} {URL2}", URL)]
    assert c.execute("SELECT kind FROM change_log LIMIT 1").fetchone()[0] in ("disputed", "corroborated")


# ------------------------------------------------------------------ report cursor, read-only
def test_report_cursor(store):
    src = _one(store)
    store.record(src, page(b"v1"), Extraction(FACTS_A), store.begin_run(), now="2024-01-01T00:00:00Z")
    new = store.changes(unreported_only=True)
    assert len(new) == 3
    store.mark_reported([r["id"] for r in new])
    assert store.changes(unreported_only=True) == []
    store.record(src, page(b"v2"), Extraction(FACTS_A + [Fact("episodes", "", "12")]), store.begin_run(),
                 now="2024-01-02T00:00:00Z")
    assert [r["field"] for r in store.changes(unreported_only=True)] == ["episodes"]
    assert len(store.changes()) == 4
    assert [r["field"] for r in store.changes(since="2024-01-02T00:00:00Z")] == ["episodes"]
    assert len(store.changes(work="metallic rouge", limit=2)) == 2
    assert store.changes(work="nothing") == []


def test_readonly_file_serves_reads_refuses_writes(db_path):
    s = Store.open(db_path)
    src = _one(s)
    s.record(src, page(b"v1"), Extraction(FACTS_A), s.begin_run())
    s.close()
    os.chmod(db_path, stat.S_IRUSR | stat.S_IRGRP)
    try:
        with pytest.raises(DatabaseError) as e:
            Store.open(db_path)          # a command that must write is refused up front
        assert "read-only" in str(e.value) and "\n" not in str(e.value)
        for ro in (True,):
            r = Store.open(db_path, readonly=ro)
            assert len(r.changes()) == 3 and len(r.current_facts()) == 3 and len(r.sources()) == 1
            assert r.resolve_work(WORK) == WORK
            for write in (lambda: r.add_source(URL2, WORK), lambda: r.begin_run(),
                          lambda: r.mark_reported([1]), lambda: r.remove_sources([URL]),
                          lambda: r.set_settings({"every": "1h"})):
                with pytest.raises(DatabaseError) as e:
                    write()
                assert "read-only" in str(e.value) and "\n" not in str(e.value)
            r.close()
    finally:
        os.chmod(db_path, stat.S_IRUSR | stat.S_IWUSR)


def test_readonly_flag_refuses_writes(db_path):
    Store.open(db_path).close()
    r = Store.open(db_path, readonly=True)
    with pytest.raises(DatabaseError):
        r.add_source(URL, WORK)
    r.close()


def test_report_query_uses_indexes(store):
    plan = " ".join(str(r) for r in store.conn.execute(
        "EXPLAIN QUERY PLAN SELECT c.id FROM changes c JOIN works w ON w.id = c.work_id "
        "WHERE c.reported_at IS NULL ORDER BY c.observed_at DESC, c.id DESC"))
    assert "idx_changes_unreported" in plan
    plan = " ".join(str(r) for r in store.conn.execute(
        "EXPLAIN QUERY PLAN SELECT c.id FROM changes c WHERE c.observed_at >= ? "
        "ORDER BY c.observed_at DESC, c.id DESC", ("2024",)))
    assert "USING INDEX" in plan or "USING COVERING INDEX" in plan


# ------------------------------------------------------------------ persistence fidelity
_VALUES = {
    "release_date": ["2024", "2024-winter", "2024-01", "2024-01-10", "2024-01-11", "2024-04", "2023-09-29"],
    "episodes": ["12", "13"],
    "cast": ["Yume Miyamoto", "Miyamoto Yume", "宮本侑芽", "宮本侑芽（Yume Miyamoto）", "Kana Hanazawa"],
    "theme_song": ["Rouge", "Rouge — YU-KA", "Rouge — 由薫", "Scarlet — DAZBEE", "Noir"],
    "trailer": ["2023-07-13", "2023-07-13 https://youtu.be/a", "https://youtu.be/a", "https://youtu.be/b"],
    "staff": ["Yutaka Izubuchi", "Yutaka Izubushi", "出渕裕", "Izubuchi, Yutaka"],
    "broadcaster": ["Fuji TV", "Fuji TV (+Ultra)", "フジテレビ", "TV Tokyo"],
}
_KEYS = {"release_date": ["", "US"], "episodes": [""], "cast": ["", "Rouge Redstar", "Rouge Redmaster"],
         "theme_song": ["opening 1", "opening 2"], "trailer": ["teaser 1", "PV 1"],
         "staff": ["director", "chief director"], "broadcaster": [None]}


def test_store_replays_exactly_what_pure_diff_decides(tmp_path):
    """Random fetch sequences: the changes `record` logs equal those of `diff` run on in-memory states,
    so every piece of diff state survives the round trip through the tables."""
    import random

    from tracker.diff import SourceState, WorkState, diff
    from tracker.extract import merge
    from tracker.health import DROP_PREFIX, SourceHealth, fact_signature, judge

    rnd = random.Random(7)
    for trial in range(25):
        s = Store.open(tmp_path / f"fz{trial}.db")
        settings = {"confirm_retraction": rnd.choice([1, 2, 3]), "flap_window": rnd.choice([0, 3])}
        s.set_settings(settings)
        for i in (1, 2, 3):
            s.add_source(f"http://s{i}/", WORK)
        srcs = {x.id: x for x in s.sources()}
        ws, ss, hist, last = WorkState(WORK), {}, {}, {}
        for step in range(12):
            sid = rnd.choice([1, 2, 3])
            facts = []
            for _ in range(rnd.randint(0, 9)):
                f = rnd.choice(list(_VALUES))
                v = rnd.choice(_VALUES[f])
                k = rnd.choice(_KEYS[f])
                facts.append(Fact(f, v if k is None else k, v, "ev"))
            facts = merge([facts])
            if step and rnd.random() < 0.3 and sid in last:
                facts = last[sid]
            last[sid] = facts
            body = repr(facts).encode()
            fetched = Fetched(f"http://s{sid}/", status=200, body=body, content_hash=hashlib.sha256(body).hexdigest())
            h = hist.get(sid, (None, None))
            verdict = judge(fetched, Extraction(facts), SourceHealth(*h))
            hist[sid] = (len(facts) if verdict.healthy else h[0],
                         fact_signature(facts) if verdict.reason.startswith(DROP_PREFIX) else None)
            now = f"2024-01-01T00:00:{step:02d}Z"
            res = diff(sid, f"http://s{sid}/", WORK, facts, verdict, ss.get(sid, SourceState(sid)), ws, now, settings)
            ws, ss[sid] = res.work_state, res.source_state
            got = s.record(srcs[sid], fetched, Extraction(facts), None, now=now)
            assert [(c.kind, c.field, c.key, c.old, c.new) for c in got] == \
                [(c.kind, c.field, c.key, c.old, c.new) for c in res.changes], (trial, step)
        s.close()


def test_readded_source_starts_afresh(store):
    a, b = _one(store), _one(store, URL2)
    store.record(a, page(b"a"), Extraction([Fact("studio", "Bones", "Bones")]), store.begin_run())
    store.record(b, page(b"b"), Extraction([Fact("studio", "Bones", "Bones")]), store.begin_run())
    assert store.remove_sources([URL2]) == 1
    b2 = _one(store, URL2)
    changes = store.record(b2, page(b"b"), Extraction([Fact("studio", "Bones", "Bones")]), store.begin_run())
    assert [c.kind for c in changes] == ["corroborated"]


def test_a_version_1_database_is_read_as_is_and_migrated_in_place(db_path):
    """A database made by the first schema can be read at once, and a writer adds what later schemas added
    (the robots table, the readers of extractions), keeps its rows, and says the current version."""
    import sqlite_utils

    from tracker.store import _migrate_1

    db = sqlite_utils.Database(db_path)
    _migrate_1(db)
    db.execute("PRAGMA user_version = 1")
    db.execute("INSERT INTO schema_version(version, migrated_at) VALUES (1, '2024-01-01T00:00:00Z')")
    db.execute("INSERT INTO settings(name, value) VALUES ('every', '\"2h\"')")
    db.conn.commit()
    db.conn.close()
    reader = Store.open(db_path, readonly=True)  # readers are never locked out by an upgrade
    try:
        assert reader.sources() == [] and reader.get_settings()["every"] == "2h"
    finally:
        reader.close()
    s = Store.open(db_path)
    try:
        assert s.get_settings()["every"] == "2h"
        s.keep_robots([("http://h.example/robots.txt", 404, "")])
        assert [r[:3] for r in s.robots_copies(["http://h.example/robots.txt"])] == [("http://h.example/robots.txt", 404, "")]
        assert s.add_source("https://a.example/", "Metallic Rouge")
        assert s.sources()[0].reader is None  # never read yet
    finally:
        s.close()
    c = sqlite3.connect(db_path)
    assert c.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 3
    assert c.execute("SELECT version FROM schema_version ORDER BY version").fetchall() == [(1,), (2,), (3,)]
    assert {"reader", "charset"} <= {r[1] for r in c.execute("PRAGMA table_info(extractions)")}


def _state(path):
    c = sqlite3.connect(path)
    try:
        return {
            "snapshots": c.execute("SELECT source_id, status, body_hash, not_modified, healthy, reason, flag, n_facts, "
                                   "facts_sig, error FROM snapshots ORDER BY id").fetchall(),
            "facts": c.execute("SELECT source_id, field, key, member, value, evidence, first_seen, last_seen, missing, "
                               "kept, seen_no, history FROM facts ORDER BY source_id, field, key, member").fetchall(),
            "sources": c.execute("SELECT last_fetch_at, last_status, last_error, fail_streak, flags, next_due_at, etag, "
                                 "validators_body, n_facts, healthy_fetches, last_healthy_n, last_healthy_sig "
                                 "FROM sources").fetchall(),
            "changes": c.execute("SELECT field, key, kind, old, new, observed_at FROM changes ORDER BY id").fetchall(),
        }
    finally:
        c.close()


def test_a_repeat_recorded_without_loading_its_facts_leaves_the_same_database(tmp_path):
    """A 304 or an identical 200 repeating the last healthy fetch skips loading the stored extraction (and
    `run` skips extracting it): every table must end up exactly as when the caller hands those facts over,
    through pending retractions, errors, drops and a layout change."""
    many = FACTS_A + [Fact("episodes", "", "12"), Fact("staff", "music", "Taisei Iwasaki")]
    steps = [("200", b"v1", many), ("304",), ("200", b"v1", many), ("304",), ("200", b"v2", many[:4]),
             ("200", b"v2", many[:4]), ("304",), ("304",), ("503",), ("200", b"v2", many[:4]), ("304",),
             ("200", b"v3", many[:1]), ("304",), ("200", b"v3", many[:1]), ("304",), ("304",),
             ("200", b"v4", []), ("304",), ("200", b"v4", []), ("200", b"v5", many), ("304",), ("200", b"v5", many)]
    states = []
    repeats = 0
    for fast in (True, False):
        path = tmp_path / f"{fast}.db"
        with Store.open(path) as store:
            src = _one(store)
            for n, step in enumerate(steps):
                now = f"2024-01-{n + 1:02d}T00:00:00+00:00"
                if step[0] == "200":
                    fetched = page(step[1], etag=f'"{step[1].decode()}"')
                    repeat = fast and store.repeats_last_fetch(src.id, fetched)
                    repeats += repeat
                    extraction = None if repeat else Extraction(list(step[2]))
                elif step[0] == "304":
                    fetched = not_modified()
                    extraction = None if fast else store.reusable_extraction(src.id, fetched)
                else:
                    fetched, extraction = Fetched(URL, status=503, error="HTTP 503"), None
                store.record(src, fetched, extraction, store.begin_run(), now=now)
        states.append(_state(path))
    assert states[0] == states[1]
    assert any(kind == "retracted" for _f, _k, kind, *_ in states[0]["changes"])  # the sequence reached diff
    assert any(flag for *_, flag, _n, _sig, _err in states[0]["snapshots"])  # and flagged fetches
    assert repeats >= 3  # identical 200s took the short way


def test_a_batch_keeps_each_record_atomic(store, db_path, monkeypatch):
    """Inside `batched()` a record that fails midway rolls back alone; the records around it are kept."""
    a, b, c = (_one(store, url) for url in (URL, URL2, "https://db.example/rouge"))
    with store.batched():
        store.record(a, page(b"<html>a</html>"), Extraction(FACTS_A), store.begin_run())
        monkeypatch.setattr(store, "_save_work_state", lambda *a, **k: (_ for _ in ()).throw(RuntimeError("bug")))
        with pytest.raises(RuntimeError):
            store.record(b, page(b"<html>b</html>"), Extraction(FACTS_A), None)
        monkeypatch.undo()
        store.record(c, page(b"<html>c</html>"), Extraction(FACTS_A[:1]), None)
    assert count(db_path, "snapshots", f"source_id = {b.id}") == 0
    assert count(db_path, "snapshots", f"source_id IN ({a.id}, {c.id})") == 2
    assert count(db_path, "facts", f"source_id = {b.id}") == 0 and count(db_path, "facts") == 4


def test_a_batch_is_committed_by_size_and_when_asked(store, db_path):
    sources = [_one(store, f"https://site{n}.example/") for n in range(5)]
    with store.batched(max_writes=2, max_seconds=60):
        for n, src in enumerate(sources):
            store.record(src, page(f"<html>{n}</html>".encode()), Extraction(FACTS_A), None)
            # another connection sees what the batch committed: every second record, then on request
            assert count(db_path, "snapshots") == (n + 1) // 2 * 2
        store.commit_batch()
        assert count(db_path, "snapshots") == 5
        other = sqlite3.connect(db_path, timeout=0.1)
        other.execute("BEGIN IMMEDIATE")  # the write lock is free between batches
        other.rollback()
        other.close()
