"""A run that parses many pages extracts them in worker processes (`tracker.run._ExtractPool`); what it
logs must be exactly what an in-process run logs, in the same order."""
from __future__ import annotations

from pathlib import Path

import pytest

from tracker import run as run_mod
from tracker.store import Store

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "metallic-rouge"
PAGES = sorted(p for style in ("news", "official", "db") for p in (FIXTURES / style).glob("*.html"))
N_SOURCES = max(12, len(PAGES))


def _run_all(tmp_path: Path, server, name: str, *, in_process: bool, monkeypatch) -> list[tuple]:
    monkeypatch.setattr(run_mod, "POOL_MIN_SOURCES", 8)  # a pool for a test-sized run
    monkeypatch.setattr(run_mod, "POOL_AFTER", 2)
    if in_process:
        monkeypatch.setenv("TRACKER_EXTRACT_WORKERS", "0")
    else:
        monkeypatch.delenv("TRACKER_EXTRACT_WORKERS", raising=False)
    store = Store.open(tmp_path / f"{name}.db")
    try:
        for i in range(N_SOURCES):
            # each URL its own work: the same page read for a different title, so facts and changes differ
            work = "Metallic Rouge" if i < len(PAGES) else f"Metallic Rouge {i}"
            store.add_source(server.url(f"/p{i}"), work, aliases=("メタリックルージュ",) if i < len(PAGES) else ())
        result = run_mod.run(store)
        assert not [f for f in result.failures if not f[1].startswith("unhealthy")]  # fixtures include a maintenance page
        return [(c.work, c.field, c.key, c.kind, c.old, c.new, c.source) for c in result.changes] + result.failures
    finally:
        store.close()


@pytest.mark.skipif(not PAGES, reason="no fixture pages")
def test_pool_logs_what_in_process_extraction_logs(tmp_path, local_server, monkeypatch):
    for i in range(N_SOURCES):
        local_server.set(f"/p{i}", PAGES[i % len(PAGES)].read_bytes(),
                         headers={"Content-Type": "text/html; charset=utf-8"})
    submitted = []
    real_submit = run_mod._ExtractPool.submit

    def counting_submit(self, *args):
        future = real_submit(self, *args)
        if future is not None:
            submitted.append(future)
        return future

    monkeypatch.setattr(run_mod._ExtractPool, "submit", counting_submit)
    serial = _run_all(tmp_path, local_server, "serial", in_process=True, monkeypatch=monkeypatch)
    assert not submitted
    pooled = _run_all(tmp_path, local_server, "pooled", in_process=False, monkeypatch=monkeypatch)
    if run_mod._ExtractPool().workers > 1:
        assert submitted, "a run of this size should have used worker processes"
    assert serial  # the fixtures state facts
    assert pooled == serial


def test_robots_txt_is_asked_once_a_day_not_once_a_run(tmp_path, local_server, monkeypatch):
    """The answer is kept in the database: the next `tracker run` (a new process, an empty in-memory cache)
    does not ask the host again, and still honours its rules."""
    from tracker import politeness

    local_server.set("/robots.txt", "User-agent: *\nDisallow: /private/\n", headers={"Content-Type": "text/plain"})
    local_server.set("/page", PAGES[0].read_bytes() if PAGES else b"<p>x</p>")
    local_server.set("/private/page", b"<p>secret</p>")
    store = Store.open(tmp_path / "t.db")
    try:
        store.add_source(local_server.url("/page"), "Metallic Rouge")
        store.add_source(local_server.url("/private/page"), "Metallic Rouge")
        for _ in range(2):
            monkeypatch.setattr(politeness, "_shared", None)  # what a new process starts with
            result = run_mod.run(store)
            assert [u for u, why in result.failures if why == politeness.DISALLOWED] == [local_server.url("/private/page")]
        kept = store.robots_copies([politeness.robots_url(local_server.url("/"))])
    finally:
        store.close()
    assert local_server.hits("/robots.txt") == 1
    assert local_server.hits("/private/page") == 0
    assert [(status, "Disallow: /private/" in body) for _o, status, body, _age in kept] == [(200, True)]


def test_a_run_waiting_on_a_slow_host_does_not_hold_the_write_lock(tmp_path):
    """A run commits its batch of records when no fetch has finished for a moment: another writer (`tracker
    add` in a second terminal) is not kept waiting for the slowest host of the run."""
    import sqlite3
    import threading
    import time

    import httpx

    db = tmp_path / "t.db"
    store = Store.open(db)
    store.add_source("https://fast.example/a", "Fast")
    store.add_source("https://slow.example/b", "Slow")
    fast_recorded = threading.Event()
    seen = {}

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.host == "slow.example":
            fast_recorded.wait(5)
            time.sleep(0.3)  # the run is idle now, its batch holding the fast source's record
            other = sqlite3.connect(db, timeout=0.1)
            try:
                other.execute("BEGIN IMMEDIATE")
                seen["fast snapshots"] = other.execute(
                    "SELECT count(*) FROM snapshots s JOIN sources r ON r.id = s.source_id "
                    "WHERE r.url = 'https://fast.example/a'").fetchone()[0]
                other.rollback()
            except sqlite3.OperationalError as exc:
                seen["error"] = str(exc)
            finally:
                other.close()
        return httpx.Response(200, html="<html><body><article><p>Nothing yet.</p></article></body></html>")

    record = store.record

    def recording(source, *a, **k):
        out = record(source, *a, **k)
        if "fast" in source.url:
            fast_recorded.set()
        return out

    store.record = recording
    try:
        run_mod.run(store, transport=httpx.MockTransport(handler), check_robots=False)
    finally:
        store.close()
    assert seen == {"fast snapshots": 1}
