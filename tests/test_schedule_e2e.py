"""End to end: `tracker schedule` as a subprocess, one-second intervals, a real local HTTP server whose pages
change, a real SQLite file; SIGTERM, a clean exit and an intact database; a second scheduler refused."""
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from localserver import LocalServer
from tracker.demo import FIXTURES

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals and flock")

WORK = "Metallic Rouge"
DIR = FIXTURES / "metallic-rouge"
NEWS, DB_PAGE, OFFICIAL, PRIVATE = "/news/metallic-rouge", "/db/anime/55791", "/official/", "/private/leak"
ROBOTS = "User-agent: *\nDisallow: /private/\n"


def env():
    e = dict(os.environ, PYTHONIOENCODING="utf-8", NO_PROXY="127.0.0.1,localhost")
    e.pop("TRACKER_DB", None)
    return e


def tracker(db, *args, timeout=60):
    return subprocess.run([sys.executable, "-m", "tracker", "--db", str(db), *args], capture_output=True,
                          text=True, env=env(), timeout=timeout)


def query(db, sql, params=()):
    conn = sqlite3.connect(db, timeout=10)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def wait_until(predicate, timeout=25.0, what=""):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if predicate():
                return
        except sqlite3.OperationalError:  # busy or not created yet
            pass
        time.sleep(0.2)
    raise AssertionError(f"timed out after {timeout}s waiting for {what}")


def serve_step(server, step):
    """Step 1: the announcement; step 2: the third teaser and the lead cast (the fixtures' timeline)."""
    server.set("/robots.txt", ROBOTS, headers={"Content-Type": "text/plain"})
    server.set(PRIVATE, (DIR / "news/2023-07-14.html").read_bytes())
    day = "2023-07-14" if step == 1 else "2023-10-16"
    server.set(NEWS, (DIR / f"news/{day}.html").read_bytes())
    server.set(DB_PAGE, (DIR / f"db/{day}.html").read_bytes())
    server.set(OFFICIAL, (DIR / "official/2023-10-16.html").read_bytes())


def changes(db):
    return query(db, "SELECT count(*) FROM changes")[0][0]


def fetches(db, url):
    return query(db, "SELECT count(*) FROM snapshots sn JOIN sources s ON s.id = sn.source_id WHERE s.url = ?",
                 (url,))[0][0]


def source(db, url):
    rows = json.loads(tracker(db, "sources", "--format", "json").stdout)
    return next(r for r in rows if r["url"] == url)


def test_schedule_end_to_end(tmp_path):
    db = tmp_path / "tracker.db"
    log_file = tmp_path / "schedule.log"
    with LocalServer() as server:
        base = server.url("").rstrip("/")
        serve_step(server, 1)
        added = tracker(db, "add", base + NEWS, base + DB_PAGE, base + PRIVATE, "--work", WORK)
        assert added.returncode == 0, added.stderr
        stderr = open(tmp_path / "stderr.txt", "w+")
        proc = subprocess.Popen([sys.executable, "-m", "tracker", "--db", str(db), "--log-file", str(log_file),
                                 "schedule", "--every", "1s", "--sync", "1s"],
                                stdout=subprocess.DEVNULL, stderr=stderr, env=env())
        try:
            # 1. every source fetched, the first facts logged as changes
            wait_until(lambda: fetches(db, base + NEWS) >= 1 and fetches(db, base + DB_PAGE) >= 1 and changes(db) > 0,
                       what="the first fetches")
            first = changes(db)
            # 2. the pages change: the scheduler sees it on its own, within a few intervals
            serve_step(server, 2)
            wait_until(lambda: changes(db) > first, what="the pages' changes to be logged")
            # 3. a source added while it runs is picked up at the next re-read of the database
            assert tracker(db, "add", base + OFFICIAL, "--work", WORK).returncode == 0
            wait_until(lambda: fetches(db, base + OFFICIAL) >= 1, what="the added source's first fetch")
            # 4. robots.txt: the disallowed page is never fetched, and says why
            wait_until(lambda: source(db, base + PRIVATE)["last_error"] == "disallowed by robots.txt",
                       what="the robots.txt status")
            assert server.hits(PRIVATE) == 0 and server.hits("/robots.txt") == 1  # cached for the day
            # 5. a second scheduler on the same database is refused: one line, exit 2
            second = tracker(db, "schedule", "--every", "1s", timeout=30)
            assert second.returncode == 2, second.stderr
            assert "already running" in second.stderr and len(second.stderr.strip().splitlines()) == 1
            # 6. a manual run alongside is safe: no duplicate changes (it honours robots.txt too)
            manual = tracker(db, "run")
            assert manual.returncode in (0, 1), manual.stderr
            assert server.hits(PRIVATE) == 0
            assert "Traceback" not in manual.stderr
            before_removal = fetches(db, base + DB_PAGE)
            # 7. a removed source is dropped within a sync
            assert tracker(db, "remove", base + DB_PAGE).returncode == 0
            wait_until(lambda: "removed: unscheduled" in log_file.read_text(encoding="utf-8"),
                       what="the removed source to be unscheduled")
        finally:
            proc.send_signal(signal.SIGTERM)
            try:
                code = proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                raise AssertionError("the scheduler did not stop within 10 s of SIGTERM")
        stderr.seek(0)
        err = stderr.read()
    assert code == 0, err
    assert "Traceback" not in err
    assert query(db, "PRAGMA integrity_check") == [("ok",)]
    dupes = query(db, """SELECT count(*) FROM (SELECT source_id, field, key, kind, old, new, count(*) AS n FROM changes
                         GROUP BY source_id, field, key, kind, old, new, observed_at HAVING n > 1)""")
    assert dupes == [(0,)]
    log = log_file.read_text(encoding="utf-8")
    assert "scheduling 3 sources" in log
    assert f"{base}{NEWS} [{WORK}] 200" in log and f"{base}{NEWS} [{WORK}] 304" in log
    assert f"disallowed by robots.txt" in log
    assert "SIGTERM received: stopping" in log and "stopped after" in log
    assert f"new source" in log and "removed: unscheduled" in log
    # the INFO lines reach stderr too (the default for `schedule`, unlike the other commands)
    assert "SIGTERM received" in err
    # the lock is free again
    assert before_removal >= 1


def test_restart_resumes_without_refetching(tmp_path):
    """A scheduler stopped and started again fetches only what is due, from the database's last fetch times."""
    db = tmp_path / "tracker.db"
    with LocalServer() as server:
        base = server.url("").rstrip("/")
        serve_step(server, 1)
        assert tracker(db, "add", base + NEWS, base + DB_PAGE, "--work", WORK, "--every", "1h").returncode == 0
        assert tracker(db, "run").returncode == 0
        before = fetches(db, base + NEWS) + fetches(db, base + DB_PAGE)
        proc = subprocess.Popen([sys.executable, "-m", "tracker", "--db", str(db), "schedule", "--sync", "1s"],
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env(), text=True)
        time.sleep(3)
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=10)
    assert proc.returncode == 0, err
    assert "scheduling 2 sources: 0 due now, 2 later" in err
    assert fetches(db, base + NEWS) + fetches(db, base + DB_PAGE) == before  # nothing refetched
    assert query(db, "PRAGMA integrity_check") == [("ok",)]


def test_sigterm_abandons_a_hung_fetch_within_seconds(tmp_path):
    """A fetch that would take 30 s is abandoned a few seconds after SIGTERM; the database stays whole."""
    db = tmp_path / "tracker.db"
    with LocalServer() as server:
        base = server.url("").rstrip("/")
        serve_step(server, 1)
        slow = "/slow"
        server.set(slow, (DIR / "news/2023-07-14.html").read_bytes(), delay=30)
        assert tracker(db, "add", base + NEWS, base + slow, "--work", WORK).returncode == 0
        proc = subprocess.Popen([sys.executable, "-m", "tracker", "--db", str(db), "schedule", "--every", "1s",
                                 "--sync", "1s"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env(),
                                text=True)
        try:
            wait_until(lambda: server.hits(slow) >= 1 and fetches(db, base + NEWS) >= 1, what="the slow fetch to start")
        finally:
            started = time.monotonic()
            proc.send_signal(signal.SIGTERM)
            _, err = proc.communicate(timeout=15)
        took = time.monotonic() - started
    assert proc.returncode == 0, err
    assert took < 9, f"stopping took {took:.1f}s"
    assert "abandoned 1 in-flight fetch" in err and base + slow in err
    assert query(db, "PRAGMA integrity_check") == [("ok",)]
    assert fetches(db, base + slow) == 0  # nothing half-written for the abandoned source
    # the lock went with the process: a new scheduler starts (and is stopped at once)
    again = subprocess.Popen([sys.executable, "-m", "tracker", "--db", str(db), "schedule"],
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env(), text=True)
    time.sleep(1.5)
    again.send_signal(signal.SIGINT)
    _, err = again.communicate(timeout=15)
    assert again.returncode == 0, err
