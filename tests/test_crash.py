"""Crash safety: `tracker run` killed with SIGKILL at random points, many times, against a local server
whose pages change between runs; and two `tracker run` processes at once on one database.

After every kill: `PRAGMA integrity_check` is ok and every change logged before the kill is still there,
unchanged. After the kills, a complete run finishes and the change log holds no duplicates; a run on the
same content logs nothing. Two runs at once log each change once and never crash on "database is locked".

Bounded: CRASH_KILLS kills (default 20, env TRACKER_CRASH_KILLS), each within about one run's time.
"""
from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections import Counter

import pytest

from faultserver import FaultServer, healthy_page, run_tracker, tracker_env

KILLS = int(os.environ.get("TRACKER_CRASH_KILLS", "20"))
SEED = int(os.environ.get("TRACKER_CRASH_SEED", "20240110"))

WORKS = ["Crash Work Alpha", "Crash Work Beta", "Crash Work Gamma"]
#: Distinct names (no two a typo apart), so each added line is one new fact.
CAST_POOL = [
    ("アルフォンス", "山田太郎"), ("ベアトリス", "佐藤花子"), ("カミーユ", "鈴木一郎"), ("ドミニク", "高橋美咲"),
    ("エレオノーラ", "田中健太"), ("フレデリカ", "伊藤直子"), ("グスタフ", "渡辺大輔"), ("ヒルデガルト", "中村由美"),
    ("イザベラ", "小林拓也"), ("ヨハネス", "加藤真理"), ("クラウディア", "吉田翔"), ("ルートヴィヒ", "山本彩"),
    ("マクシミリアン", "松本亮"), ("ノルベルト", "井上恵"), ("オクタヴィア", "木村悠斗"), ("パトリツィア", "林さくら"),
    ("クィリヌス", "清水蓮"), ("ロザリンデ", "山口葵"), ("ジークフリート", "森大和"), ("テオドラ", "池田楓"),
    ("ウルスラ", "橋本陽向"), ("ヴァレンティン", "阿部結衣"), ("ヴィルヘルミナ", "石川湊"), ("クサヴァー", "前田凛"),
    ("イヴォンヌ", "藤田樹"), ("ツェツィーリア", "小川芽衣"), ("アナスタシア", "岡田律"), ("バルタザール", "後藤紬"),
    ("コルネリウス", "長谷川蒼"), ("デメトリア", "村上楓花"), ("エメリヒ", "近藤陸"), ("ファビアン", "坂本心春"),
]


def _page(work_index: int, source_index: int, version: int) -> str:
    """Version `version` of a page: it grows (one more cast line per version, offset per source)."""
    n = min(len(CAST_POOL), 2 + version + source_index)
    start = work_index * 3
    cast = [CAST_POOL[(start + i) % len(CAST_POOL)] for i in range(n)]
    return healthy_page(WORKS[work_index], cast=cast, episodes=12)


PATHS = [(w, s, f"/crash/{w}/{s}") for w in range(len(WORKS)) for s in range(3)]


def _serve(server: FaultServer, version: int) -> None:
    # staggered answers, so that the sources of one run are recorded one after another over ~0.5 s
    # (a kill then often falls between two of a run's transactions, or inside one)
    for i, (w, s, path) in enumerate(PATHS):
        server.page(path, _page(w, s, version), delay=0.06 * i)


def _setup(server: FaultServer, db) -> None:
    lines = ['[settings]', 'timeout = "2s"', 'per_host = 8', '']
    for w, s, path in PATHS:
        lines += ['[[source]]', f'url = "{server.url(path)}"', f'work = "{WORKS[w]}"', '']
    wl = db.with_name("watchlist.toml")
    wl.write_text("\n".join(lines), encoding="utf-8")
    ran = run_tracker(db, "import", str(wl))
    assert ran.returncode == 0, ran.stderr


def _changes(db) -> list[tuple]:
    with sqlite3.connect(db, timeout=30) as conn:
        cols = [r[1] for r in conn.execute("pragma table_info(changes)")]
        wanted = [c for c in ("id", "work_id", "source_id", "field", "key", "kind", "old", "new", "observed_at")
                  if c in cols]
        return [tuple(r) for r in conn.execute(f"select {', '.join(wanted)} from changes order by id")]


def _identity(row: tuple) -> tuple:
    """A change without its id and time: the same change logged twice has the same identity."""
    return row[1:-1]


def _duplicates(rows: list[tuple]) -> list[tuple]:
    counts = Counter(_identity(r) for r in rows)
    return [k for k, n in counts.items() if n > 1]


def _integrity(db) -> str:
    with sqlite3.connect(db, timeout=30) as conn:
        return conn.execute("pragma integrity_check").fetchone()[0]


def _start_run(db) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "tracker", "--db", str(db), "run"], env=tracker_env(),
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def _timed_run(db) -> tuple[float, float]:
    """A complete run, watched: (seconds to its first committed change, seconds to its end)."""
    before = len(_changes(db))
    proc = _start_run(db)
    started = time.monotonic()
    first = None
    while proc.poll() is None:
        if first is None and len(_changes(db)) > before:
            first = time.monotonic() - started
        time.sleep(0.02)
    total = time.monotonic() - started
    proc.stderr.close()
    assert proc.returncode == 0
    return (first if first is not None else total * 0.6), total


def test_sigkill_at_random_points_loses_nothing_and_duplicates_nothing(tmp_path):
    rng = random.Random(SEED)
    db = tmp_path / "tracker.db"
    figures = {"kills": 0, "killed_mid_run": 0, "killed_after_a_partial_commit": 0, "integrity_failures": 0,
               "lost": 0, "duplicates": 0}
    with FaultServer() as server:
        _setup(server, db)
        _serve(server, 0)
        _timed_run(db)  # the first run also migrates the database and asks for robots.txt: slower than the rest
        version = 1
        _serve(server, version)
        first_commit, full = _timed_run(db)  # a run like the ones killed below: what their timing is drawn from
        k = 0
        # KILLS kills, and more (up to 3x) while fewer than half landed mid-run: on a loaded machine a run's
        # length varies, and a kill after the run ended proves nothing
        while k < KILLS or (figures["killed_mid_run"] < KILLS // 2 and k < 3 * KILLS):
            k += 1
            version += 1
            _serve(server, version)
            before = _changes(db)
            proc = _start_run(db)
            # two kills in three while the run is recording (between and inside its transactions; a run
            # commits its records in batches, so its first commit may come late in a short run), the others
            # anywhere from interpreter start-up to the end of a run
            if k % 3:
                delay = rng.uniform(min(first_commit * 0.8, full * 0.5), full * 0.95)
            else:
                delay = rng.uniform(0.05, full * 1.1)
            time.sleep(delay)
            if proc.poll() is None:
                figures["killed_mid_run"] += 1
            else:  # this run was over before `delay`: runs are shorter now (a machine less loaded than at
                full = min(full, delay) * 0.9  # calibration); draw the next kills from the shorter span
                first_commit = min(first_commit, full)
            proc.send_signal(signal.SIGKILL)
            proc.wait()
            proc.stderr.close()
            figures["kills"] += 1
            if _integrity(db) != "ok":
                figures["integrity_failures"] += 1
            after = _changes(db)
            if len(after) > len(before) and proc.returncode == -signal.SIGKILL:
                figures["killed_after_a_partial_commit"] += 1  # some sources of the killed run were recorded
            kept = set(after)
            figures["lost"] += sum(1 for row in before if row not in kept)
            figures["duplicates"] += len(_duplicates(after))
        # the next complete run: finishes, and completes what the killed runs left undone
        final = run_tracker(db, "run")
        again = run_tracker(db, "run")
    rows = _changes(db)
    figures["duplicates_final"] = len(_duplicates(rows))
    figures["changes"] = len(rows)
    print("crash figures:", json.dumps(figures))
    assert final.returncode == 0 and "Traceback" not in final.stderr, final.stderr
    assert again.returncode == 0, again.stderr
    assert figures["integrity_failures"] == 0, figures
    assert figures["lost"] == 0, figures
    assert figures["duplicates"] == 0 and figures["duplicates_final"] == 0, (figures, _duplicates(rows)[:5])
    assert figures["killed_mid_run"] >= KILLS // 2, f"most kills should land mid-run: {figures}"
    assert _integrity(db) == "ok"
    # the same content once more: nothing new
    assert "0 changes" in again.stdout, again.stdout
    # not vacuous: the pages grew at every version, and the final state was recorded
    assert len(rows) > len(PATHS), figures
    facts = run_tracker(db, "facts", "--format", "json").json()
    for w, s, path in PATHS:
        n_cast = sum(1 for f in facts if f["work"] == WORKS[w] and f["field"] == "cast")
        assert n_cast >= min(len(CAST_POOL), 2 + version + 2), f"{WORKS[w]}: {n_cast} cast facts"


def test_two_runs_at_once_log_each_change_once(tmp_path):
    db = tmp_path / "tracker.db"
    with FaultServer() as server:
        _setup(server, db)
        for version in range(2):
            _serve(server, version)
            procs = [_start_run(db) for _ in range(2)]
            errs = []
            for proc in procs:
                _, err = proc.communicate(timeout=120)
                errs.append(err.decode("utf-8", "replace"))
                assert proc.returncode in (0, 1), err
            for err in errs:
                assert "locked" not in err.lower() and "Traceback" not in err, err
                assert all(p.returncode == 0 for p in procs), errs
            rows = _changes(db)
            assert _duplicates(rows) == [], _duplicates(rows)[:5]
            assert _integrity(db) == "ok"
        assert len(rows) > len(PATHS)


def test_a_run_waits_for_a_writer_holding_the_lock(tmp_path):
    """Another process in the middle of a write transaction: `run` waits (busy timeout), then completes."""
    db = tmp_path / "tracker.db"
    with FaultServer() as server:
        _setup(server, db)
        _serve(server, 0)
        holder = sqlite3.connect(db, isolation_level=None, check_same_thread=False)
        holder.execute("begin exclusive")
        release = threading.Timer(1.5, lambda: holder.execute("rollback"))
        release.start()
        try:
            ran = run_tracker(db, "run")
        finally:
            release.join()
            holder.close()
    assert ran.returncode == 0, ran.stderr
    assert "locked" not in ran.stderr.lower()
    assert _integrity(db) == "ok"


def test_a_lock_held_too_long_is_one_clear_line(tmp_path, monkeypatch, capsys):
    """A writer that never lets go: `add` gives up after the busy timeout with one line, exit 2.
    In-process, with the busy timeout cut to 0.3 s so the test does not wait the real 10 s."""
    from tracker import store as store_module
    from tracker.cli import main

    db = tmp_path / "tracker.db"
    assert run_tracker(db, "add", "http://127.0.0.1:9/a", "--work", "W").returncode == 0
    monkeypatch.setattr(store_module, "BUSY_TIMEOUT_MS", 300)
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("begin exclusive")
    try:
        with pytest.raises(SystemExit) as exit_:
            main(["--db", str(db), "add", "http://127.0.0.1:9/b", "--work", "W"])
    finally:
        holder.execute("rollback")
        holder.close()
    err = capsys.readouterr().err.strip()
    assert exit_.value.code == 2, err
    assert "Traceback" not in err and len(err.splitlines()) == 1, err
    assert "locked" in err.lower() or "busy" in err.lower(), err
