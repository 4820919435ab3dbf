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
