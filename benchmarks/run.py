"""tracker's performance benchmark, side by side with urlwatch and a bare httpx loop. See README.md.

    /work/venv/bin/python benchmarks/run.py                     # defaults: 1,000 sources, 3 repetitions
    /work/venv/bin/python benchmarks/run.py --sources 200 --repeat 1 --changes 100000   # a quick look

Every figure is a whole process as a user runs it (`tracker --db X run`, `urlwatch …`, `python
bare_httpx.py …`), timed from spawn to exit, with its peak RSS from wait4(); medians over --repeat runs,
tracker, urlwatch and the bare loop interleaved within each repetition so that a noisy neighbour costs
them alike.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
import gen_pages  # noqa: E402


# ------------------------------------------------------------------------------------------ processes
class Proc:
    __slots__ = ("seconds", "cpu", "maxrss_mb", "tree_rss_mb", "rc", "out", "err")

    def __init__(self, seconds, cpu, maxrss_mb, rc, out, err, tree_rss_mb=0.0):
        self.seconds, self.cpu, self.maxrss_mb, self.rc, self.out, self.err = seconds, cpu, maxrss_mb, rc, out, err
        self.tree_rss_mb = tree_rss_mb


def _tree_rss(root: int, cpu: dict | None = None) -> int:
    """Resident bytes of a process and all its descendants now (worker processes included); with `cpu`,
    also each one's CPU seconds so far (user + system), by pid."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    ticks: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as fh:
                fields = fh.read().rsplit(b")", 1)[1].split()
        except OSError:
            continue
        pid = int(entry)
        children.setdefault(int(fields[1]), []).append(pid)  # ppid
        rss[pid] = int(fields[21]) * os.sysconf("SC_PAGE_SIZE")  # rss pages
        ticks[pid] = int(fields[11]) + int(fields[12])  # utime + stime, clock ticks
    total, stack = 0, [root]
    while stack:
        pid = stack.pop()
        total += rss.get(pid, 0)
        if cpu is not None and pid in ticks:
            cpu[pid] = ticks[pid] / os.sysconf("SC_CLK_TCK")
        stack.extend(children.get(pid, ()))
    return total


class _TreeSampler(threading.Thread):
    """Samples the process tree's total RSS every 0.2 s: `ru_maxrss` sees one process, not its workers."""

    def __init__(self, pid: int):
        super().__init__(daemon=True)
        self.pid, self.peak, self.stop = pid, 0, threading.Event()
        self.cpu: dict[int, float] = {}  # last CPU seconds seen per pid of the tree

    def run(self):
        while not self.stop.wait(0.2):
            if os.path.isdir("/proc"):
                self.peak = max(self.peak, _tree_rss(self.pid, self.cpu))


def timed(cmd: list[str], *, env=None, cwd=None, quiet_stdout=False) -> Proc:
    """Run a whole process; wall seconds from spawn to exit, CPU seconds (user + system, of the process
    and the children it waited for) and peak RSS (wait4's ru_maxrss, KB on Linux)."""
    out_f = tempfile.TemporaryFile()
    err_f = tempfile.TemporaryFile()
    started = time.perf_counter()
    p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL if quiet_stdout else out_f, stderr=err_f, env=env, cwd=cwd)
    sampler = _TreeSampler(p.pid)
    sampler.start()
    _, status, usage = os.wait4(p.pid, 0)
    seconds = time.perf_counter() - started
    sampler.stop.set()
    p.returncode = os.waitstatus_to_exitcode(status)
    out_f.seek(0)
    err_f.seek(0)
    # CPU: the process and the children it waited for, or the sampled sum over its whole tree if larger
    # (extraction workers are reaped by a forkserver, which wait4 may not count; samples miss each
    # process's last 0.2 s, so this errs low)
    cpu = max(usage.ru_utime + usage.ru_stime, sum(sampler.cpu.values()))
    return Proc(seconds, cpu, usage.ru_maxrss / 1024, p.returncode,
                out_f.read().decode("utf-8", "replace"), err_f.read().decode("utf-8", "replace"),
                tree_rss_mb=max(sampler.peak, usage.ru_maxrss * 1024) / 2**20)


def check(proc: Proc, what: str, ok=(0,)) -> Proc:
    if proc.rc not in ok:
        tail = "\n".join((proc.err or proc.out).strip().splitlines()[-15:])
        raise SystemExit(f"benchmark: {what} exited {proc.rc}:\n{tail}")
    return proc


# ------------------------------------------------------------------------------------------ the server
class Server:
    def __init__(self, args, workdir: Path):
        self.args = args
        ready = workdir / "server.ready"
        ready.unlink(missing_ok=True)  # a reused work dir's file from an earlier run would be taken as this one
        cmd = [sys.executable, str(HERE / "server.py"), "--sources", str(args.sources), "--hosts", str(args.hosts),
               "--port", str(args.port), "--seed", str(args.seed), "--latency", str(args.latency),
               "--no-validators", str(args.no_validators), "--ready", str(ready)]
        if args.fixtures:
            cmd += ["--fixtures", str(args.fixtures)]
        if args.no_gzip:
            cmd.append("--no-gzip")
        if args.slow_first:
            cmd += ["--slow-first", str(args.slow_first)]
        self.proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=open(workdir / "server.log", "w"))
        deadline = time.time() + 600
        while not ready.exists():
            if self.proc.poll() is not None:
                raise SystemExit(f"benchmark: the page server exited {self.proc.returncode}: see {workdir / 'server.log'}")
            if time.time() > deadline:
                raise SystemExit("benchmark: the page server did not start")
            time.sleep(0.1)
        self.info = json.loads(ready.read_text())

    def control(self, what: str) -> dict:
        with urllib.request.urlopen(f"http://127.0.0.2:{self.args.port}/__bench/{what}", timeout=10) as r:
            return json.loads(r.read())

    def state(self, rev: int) -> None:
        self.control(f"state?rev={rev}")

    def stats(self) -> dict:
        return self.control("stats")

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(10)
        except subprocess.TimeoutExpired:
            self.proc.kill()


# ------------------------------------------------------------------------------------------ tools
def tracker_cmd(args) -> list[str]:
    exe = Path(sys.executable).parent / "tracker"
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "tracker"]


def urlwatch_exe(args) -> Path:
    """urlwatch from PyPI in its own venv (never a tracker dependency): --urlwatch-venv, created if missing."""
    venv = Path(args.urlwatch_venv).expanduser()
    exe = venv / "bin" / "urlwatch"
    if not exe.exists():
        print(f"installing urlwatch into {venv} (a separate venv) …", file=sys.stderr)
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        subprocess.run([str(venv / "bin" / "pip"), "install", "-q", "urlwatch"], check=True)
    return exe


URLWATCH_CONFIG = """\
display:
  new: true
  error: true
  unchanged: false
  empty-diff: true
report:
  text:
    details: true
    footer: true
    line_length: 75
    minimal: false
    separate: false
  stdout:
    enabled: true
    color: false
  html:
    diff: unified
  markdown:
    details: true
    footer: true
    minimal: false
    separate: false
  email:
    enabled: false
job_defaults:
  all: {}
  url: {}
"""


class Urlwatch:
    """urlwatch driven non-interactively: --urls/--config/--hooks/--cache given, HOME in the work dir."""

    def __init__(self, args, workdir: Path, entries, base: str):
        self.exe = urlwatch_exe(args)
        self.dir = workdir / "urlwatch"
        self.dir.mkdir(exist_ok=True)
        self.urls = self.dir / "urls.yaml"
        docs = []
        for e in entries:
            job = f"name: {json.dumps(e.work, ensure_ascii=False)}\nurl: {json.dumps(base_url(args, e))}\n"
            if args.urlwatch_filter:
                job += f"filter: {args.urlwatch_filter}\n"
            docs.append(job)
        self.urls.write_text("---\n".join(docs), encoding="utf-8")
        self.config = self.dir / "urlwatch.yaml"
        self.config.write_text(URLWATCH_CONFIG)
        self.hooks = self.dir / "hooks.py"
        self.hooks.write_text("")
        self.env = dict(os.environ, HOME=str(self.dir), XDG_CONFIG_HOME=str(self.dir / "config"),
                        XDG_CACHE_HOME=str(self.dir / "cache"))

    def run(self, cache: Path) -> Proc:
        cmd = [str(self.exe), "--urls", str(self.urls), "--config", str(self.config), "--hooks", str(self.hooks),
               "--cache", str(cache)]
        return check(timed(cmd, env=self.env, quiet_stdout=True), "urlwatch", ok=(0, 1))


def base_url(args, e) -> str:
    return f"http://127.0.0.{2 + e.host}:{args.port}{e.path}"


def write_watchlist(path: Path, args, entries) -> None:
    lines = ["# generated by benchmarks/run.py", ""]
    for e in entries:
        lines += ["[[source]]", f"url = {json.dumps(base_url(args, e))}", f"work = {json.dumps(e.work, ensure_ascii=False)}",
                  f"aliases = [{json.dumps(e.alias, ensure_ascii=False)}]", ""]
    path.write_text("\n".join(lines), encoding="utf-8")


def copy_db(src: Path, dst: Path) -> Path:
    """A consistent copy of a (WAL) database, through SQLite's own backup."""
    for suffix in ("", "-wal", "-shm"):
        Path(str(dst) + suffix).unlink(missing_ok=True)
    with sqlite3.connect(src) as a, sqlite3.connect(dst) as b:
        a.backup(b)
    a.close()
    b.close()
    return dst


def db_bytes(db: Path) -> int:
    return sum(Path(str(db) + s).stat().st_size for s in ("", "-wal") if Path(str(db) + s).exists())


def table_counts(db: Path, tables=("works", "sources", "snapshots", "bodies", "facts", "changes", "runs")) -> dict:
    out = {}
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        have = {r[0] for r in con.execute("select name from sqlite_master where type='table'")}
        for t in tables:
            if t in have:
                out[t] = con.execute(f"select count(*) from {t}").fetchone()[0]
    finally:
        con.close()
    return out


# ------------------------------------------------------------------------------------------ a million changes
def build_big_db(src: Path, dst: Path, target: int, *, unreported: int = 100, days: float = 730) -> dict:
    """A database with `target` changes, made from a real one in seconds.

    `src` is a database tracker itself built (its schema, indexes, triggers and views are tracker's own,
    made by `Store`, holding the works, sources, snapshots, facts and changes of a real cold run). The
    change log is grown with plain SQL: the real changes are copied over and over (every column but the
    primary key) until there are `target`; then every change is dated evenly over the last `days` days
    (the newest now) and marked reported, except the `unreported` newest, so a plain `report` has about
    that many to show and `report --since 1d` about target/days. Every row goes through tracker's own
    indexes, as a real history would.
    """
    copy_db(src, dst)
    con = sqlite3.connect(dst, isolation_level=None)
    cols = list(con.execute("PRAGMA table_info(changes)"))
    names = [r[1] for r in cols]
    pk = [r[1] for r in cols if r[5]]
    base, maxid = con.execute("select count(*), max(rowid) from changes").fetchone()
    if not base:
        raise SystemExit("benchmark: the cold run logged no changes: nothing to grow a change log from")
    time_col = next((n for n in ("observed_at", "at", "created_at", "logged_at") if n in names), None)
    rep_col = next((n for n in names if n.startswith("reported")), None)
    rep_type = next((r[2].upper() for r in cols if r[1] == rep_col), "") if rep_col else ""
    flag = "INT" in rep_type or "BOOL" in rep_type
    copy_cols = [n for n in names if n not in pk]
    started = time.perf_counter()
    con.execute("BEGIN")
    total = base
    while total < target:
        n = min(base, target - total)
        con.execute(f"INSERT INTO changes ({', '.join(copy_cols)}) SELECT {', '.join(copy_cols)} "
                    f"FROM changes WHERE rowid <= {maxid} ORDER BY rowid LIMIT {n}")
        total += n
    top = con.execute("select max(rowid) from changes").fetchone()[0]
    if time_col:
        span = days * 86400
        con.execute(f"UPDATE changes SET {time_col} = strftime('%Y-%m-%dT%H:%M:%SZ', 'now', "
                    f"'-' || CAST(({top} - rowid) * {span} / {total} AS INTEGER) || ' seconds')")
    if rep_col:
        done_value = "1" if flag else (f"{time_col}" if time_col else "strftime('%Y-%m-%dT%H:%M:%SZ', 'now')")
        con.execute(f"UPDATE changes SET {rep_col} = {done_value}")
        con.execute(f"UPDATE changes SET {rep_col} = {'0' if flag else 'NULL'} WHERE rowid > {top - unreported}")
    con.execute("COMMIT")
    con.execute("ANALYZE")
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    total = con.execute("select count(*) from changes").fetchone()[0]
    con.close()
    return {"changes": total, "copied_from": base, "seconds": round(time.perf_counter() - started, 1),
            "reported_column": rep_col, "time_column": time_col, "days": days, "bytes": db_bytes(dst)}


def snapshot_unreported(db: Path, rep_col: str | None) -> list[int]:
    if not rep_col:
        return []
    con = sqlite3.connect(db)
    try:
        return [r[0] for r in con.execute(f"select rowid from changes where {rep_col} is null or {rep_col} = 0")]
    finally:
        con.close()


def restore_unreported(db: Path, rep_col: str | None, rowids: list[int]) -> None:
    if not rep_col or not rowids:
        return
    con = sqlite3.connect(db)
    try:
        typ = next((r[2].upper() for r in con.execute("PRAGMA table_info(changes)") if r[1] == rep_col), "")
        value = "0" if "INT" in typ or "BOOL" in typ else "NULL"
        con.execute(f"UPDATE changes SET {rep_col} = {value} WHERE rowid IN ({','.join(map(str, rowids))})")
        con.commit()
    finally:
        con.close()


# ------------------------------------------------------------------------------------------ the benchmark
def median(xs):
    return statistics.median(xs) if xs else float("nan")


def fmt_s(x):
    if x != x:
        return "—"
    return f"{x * 1000:.0f} ms" if x < 1 else f"{x:.2f} s"


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description="tracker vs urlwatch vs a bare httpx loop, on generated pages.")
    p.add_argument("--sources", type=int, default=1000, help="pages / sources (default 1000)")
    p.add_argument("--repeat", type=int, default=3, help="repetitions of each run (medians; default 3)")
    p.add_argument("--hosts", type=int, default=50, help="loopback hosts 127.0.0.2… (default 50)")
    p.add_argument("--port", type=int, default=8765)
    p.add_argument("--latency", type=float, default=20.0, help="server latency per response, ms (default 20)")
    p.add_argument("--no-validators", type=float, default=0.2,
                   help="share of pages served without ETag/Last-Modified: plain 200s, hash skips (default 0.2)")
    p.add_argument("--no-gzip", action="store_true", help="serve bodies uncompressed")
    p.add_argument("--slow-first", type=float, default=0.0,
                   help="the first source answers after this many seconds (memory: are later bodies held meanwhile?)")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--changes", type=int, default=1_000_000, help="changes in the report/facts database (0: skip)")
    p.add_argument("--read-repeat", type=int, default=7, help="repetitions of report/facts (default 7)")
    p.add_argument("--fixtures", default=None, help="reuse fixtures/<work>/<style>/*.html as page templates")
    p.add_argument("--urlwatch-venv", default=os.path.join(os.environ.get("XDG_CACHE_HOME", "~/.cache"), "tracker-bench", "urlwatch-venv"))
    p.add_argument("--urlwatch-filter", default=None, help="a urlwatch filter for every job (default none: raw HTML diff)")
    p.add_argument("--cold-only", action="store_true",
                   help="tracker's cold run only (with --slow-first: the memory check); implies --skip-urlwatch --skip-bare --changes 0")
    p.add_argument("--skip-urlwatch", action="store_true")
    p.add_argument("--skip-bare", action="store_true")
    p.add_argument("--tracker-src", default=None,
                   help="measure the tracker package in this checkout (put first on PYTHONPATH), e.g. a git worktree")
    p.add_argument("--workdir", default=None, help="keep the databases here (default: a temporary directory)")
    p.add_argument("--json", default=None, help="also write the figures here as JSON")
    args = p.parse_args(argv)
    if args.cold_only:
        args.skip_urlwatch = args.skip_bare = True
        args.changes = 0

    workdir = Path(args.workdir) if args.workdir else Path(tempfile.mkdtemp(prefix="tracker-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    workdir = workdir.resolve()
    if args.json:
        args.json = str(Path(args.json).resolve())
    if args.fixtures:
        args.fixtures = str(Path(args.fixtures).resolve())
    # every command runs from the work dir: a `tracker/` folder in the caller's directory must not shadow
    # the package being measured (python puts the current directory first for `-c` workers)
    os.chdir(workdir)
    entries = gen_pages.catalog(args.sources, seed=args.seed, hosts=args.hosts, no_validators=args.no_validators)
    tracker = tracker_cmd(args)
    env = dict(os.environ)
    env.pop("TRACKER_DB", None)
    if args.tracker_src:  # a checkout to measure (e.g. a `git worktree` of a commit) instead of the installed one
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(Path(args.tracker_src).resolve()), env.get("PYTHONPATH")]))
    log = lambda *a: print(*a, file=sys.stderr, flush=True)  # noqa: E731
    # Measure what an installed tracker costs: pip compiles a package's modules to .pyc at install time,
    # and so it did for urlwatch and httpx here; a dev shell's PYTHONDONTWRITEBYTECODE=1 would make every
    # tracker command compile its modules from source again (tens of ms a process).
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    pkg = subprocess.run([sys.executable, "-c", "import os, tracker; print(os.path.dirname(tracker.__file__))"],
                         env=env, capture_output=True, text=True, check=True).stdout.strip()
    subprocess.run([sys.executable, "-m", "compileall", "-q", pkg], env=env, check=False)
    log(f"measuring tracker from {pkg} (modules compiled to .pyc, as an install does)")

    log(f"benchmark: {args.sources} sources on {args.hosts} hosts, latency {args.latency:g} ms, work dir {workdir}")
    server = Server(args, workdir)
    log(f"  pages: {server.info['pages']}, {server.info['bytes'] / server.info['pages'] / 1000:.0f} KB each on average, "
        f"rendered in {server.info['render_seconds']} s")
    uw = None if args.skip_urlwatch else Urlwatch(args, workdir, entries, "")
    urls_file = workdir / "urls.txt"
    urls_file.write_text("\n".join(base_url(args, e) for e in entries))

    figures: dict[str, list] = {}
    cpu: dict[str, list] = {}
    rss: dict[str, list] = {}
    tree: dict[str, list] = {}  # peak RSS of the whole process tree (workers included), sampled
    notes: dict[str, object] = {}
    loads: list[float] = []

    def record(name: str, proc: Proc):
        figures.setdefault(name, []).append(proc.seconds)
        cpu.setdefault(name, []).append(proc.cpu)
        rss.setdefault(name, []).append(proc.maxrss_mb)
        tree.setdefault(name, []).append(proc.tree_rss_mb)
        loads.append(os.getloadavg()[0])
        log(f"  {name:<28} {fmt_s(proc.seconds):>9}   cpu {fmt_s(proc.cpu):>9}   maxrss {proc.maxrss_mb:6.0f} MB   "
            f"load {os.getloadavg()[0]:.1f}   {server.stats()}")

    try:
        watchlist = workdir / "watchlist.toml"
        write_watchlist(watchlist, args, entries)
        base_db = workdir / "base.db"
        for suffix in ("", "-wal", "-shm"):
            Path(str(base_db) + suffix).unlink(missing_ok=True)
        imp = check(timed(tracker + ["--db", str(base_db), "import", str(watchlist)], env=env), "tracker import")
        record("tracker import", imp)
        server.stats()

        for rep in range(args.repeat):
            log(f"repetition {rep + 1}/{args.repeat}")
            db = copy_db(base_db, workdir / f"run{rep}.db")
            server.state(0)
            server.stats()
            record("tracker cold", check(timed(tracker + ["--db", str(db), "run"], env=env), "tracker run (cold)", ok=(0, 1)))
            if args.cold_only:
                continue
            record("tracker warm", check(timed(tracker + ["--db", str(db), "run"], env=env), "tracker run (warm)", ok=(0, 1)))
            changed_db = copy_db(db, workdir / f"changed{rep}.db")
            server.state(1)
            record("tracker 10% changed", check(timed(tracker + ["--db", str(changed_db), "run"], env=env),
                                                "tracker run (10% changed)", ok=(0, 1)))
            server.state(0)
            if uw:
                cache = uw.dir / f"cache{rep}.db"
                cache.unlink(missing_ok=True)
                record("urlwatch cold", uw.run(cache))
                record("urlwatch warm", uw.run(cache))
                cache2 = uw.dir / f"cache{rep}-changed.db"
                shutil.copy(cache, cache2)
                server.state(1)
                record("urlwatch 10% changed", uw.run(cache2))
                server.state(0)
            if not args.skip_bare:
                vfile = workdir / f"validators{rep}.json"
                vfile.unlink(missing_ok=True)
                bare = [sys.executable, str(HERE / "bare_httpx.py"), str(urls_file), str(vfile)]
                record("bare httpx cold", check(timed(bare, env=env), "bare httpx (cold)"))
                record("bare httpx warm", check(timed(bare, env=env), "bare httpx (warm)"))

        # database size per snapshot, after cold + warm + 10% changed
        last = workdir / (f"run{args.repeat - 1}.db" if args.cold_only else f"changed{args.repeat - 1}.db")
        with sqlite3.connect(last) as con:
            con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        con.close()
        counts = table_counts(last)
        size = db_bytes(last)
        notes["db"] = {"bytes": size, **counts}
        if counts.get("snapshots"):
            notes["bytes_per_snapshot"] = size / counts["snapshots"]
        notes["bytes_per_source"] = size / max(1, args.sources)
        notes["page_bytes_avg"] = server.info["bytes"] / server.info["pages"]

        # report and facts at a million changes
        if args.changes:
            big = workdir / "big.db"
            log(f"building a database of {args.changes:,} changes from {workdir / 'run0.db'} …")
            info = build_big_db(workdir / "run0.db", big, args.changes)
            notes["big_db"] = info
            log(f"  {info}")
            con = sqlite3.connect(big)
            title = con.execute("select title from works order by id limit 1 offset 1").fetchone()[0] \
                if "works" in counts else entries[1].work
            con.close()
            unreported = snapshot_unreported(big, info["reported_column"])
            notes["unreported_before_report"] = len(unreported)
            for _ in range(args.read_repeat):
                record("report (plain, ~100 new)", check(timed(tracker + ["--db", str(big), "report"], env=env), "report"))
                restore_unreported(big, info["reported_column"], unreported)
                record("report --since 1d", check(timed(tracker + ["--db", str(big), "report", "--since", "1d"], env=env), "report --since"))
                record("facts --work", check(timed(tracker + ["--db", str(big), "facts", "--work", title], env=env), "facts --work"))
                record("facts --work --format json", check(timed(tracker + ["--db", str(big), "facts", "--work", title, "--format", "json"], env=env), "facts --work json"))
            notes["facts_work"] = title
    finally:
        server.stop()

    notes["load"] = f"median {median(loads):.1f}, max {max(loads, default=0):.1f} (1-minute)"
    notes["tree_rss"] = {k: max(v) for k, v in tree.items()}
    print_table(args, figures, cpu, rss, notes)
    if args.json:
        Path(args.json).write_text(json.dumps({"args": vars(args), "figures": figures, "cpu": cpu, "maxrss_mb": rss, "tree_rss_mb": tree, "notes": notes}, indent=1, default=str))
    if not args.workdir:
        shutil.rmtree(workdir, ignore_errors=True)
    return 0


def source_revision(args) -> str:
    src = Path(args.tracker_src).resolve() if args.tracker_src else ROOT
    try:
        rev = subprocess.run(["git", "-C", str(src), "rev-parse", "--short", "HEAD"], capture_output=True, text=True).stdout.strip()
        dirty = subprocess.run(["git", "-C", str(src), "status", "--porcelain", "--untracked-files=no", "--", "tracker"],
                               capture_output=True, text=True).stdout.strip()
        return f"{src} at {rev}{' (+ uncommitted changes in tracker/)' if dirty else ''}"
    except OSError:
        return str(src)


def print_table(args, figures, cpu, rss, notes) -> None:
    m = {k: median(v) for k, v in figures.items()}
    mc = {k: median(v) for k, v in cpu.items()}
    mr = {k: max(v) for k, v in rss.items()}
    nan = float("nan")
    cmd = " ".join(["python benchmarks/run.py", *sys.argv[1:]])
    print(f"\n## tracker benchmark\n\ncommand: `{cmd}`  ")
    print(f"tracker: {source_revision(args)}  ")
    print(f"machine: nproc {len(os.sched_getaffinity(0))}, {platform.machine()}, Python {platform.python_version()}, "
          f"{platform.platform()}; load average during the runs {notes.get('load', '?')}  ")
    print(f"pages: {args.sources} sources on {args.hosts} loopback hosts, {notes.get('page_bytes_avg', 0) / 1000:.0f} KB average, "
          f"latency {args.latency:g} ms, {args.no_validators:.0%} served without validators, "
          f"{'identity' if args.no_gzip else 'gzip'}; medians of {args.repeat} (reads: {args.read_repeat})\n")
    print("| run | tracker | urlwatch | bare httpx | tracker/urlwatch | tracker/bare | tracker CPU | urlwatch CPU | bare CPU | tracker peak RSS (with workers) |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for label, key in (("cold (all new)", "cold"), ("warm (nothing changed)", "warm"), ("10% changed", "10% changed")):
        t, u, b = (m.get(f"{who} {key}", nan) for who in ("tracker", "urlwatch", "bare httpx"))
        ct, cu, cb = (mc.get(f"{who} {key}", nan) for who in ("tracker", "urlwatch", "bare httpx"))
        ru = f"{t / u:.2f}×" if u == u and t == t else "—"
        rb = f"{t / b:.2f}×" if b == b and t == t else "—"
        print(f"| {label} | {fmt_s(t)} | {fmt_s(u)} | {fmt_s(b)} | {ru} | {rb} | {fmt_s(ct)} | {fmt_s(cu)} | {fmt_s(cb)} "
              f"| {mr.get(f'tracker {key}', 0):.0f} MB ({notes.get('tree_rss', {}).get(f'tracker {key}', 0):.0f} MB) |")
    reads = [k for k in m if k.startswith(("report", "facts"))]
    if reads:
        big = notes.get("big_db", {})
        print(f"\n| command on {big.get('changes', 0):,} changes ({big.get('bytes', 0) / 1e6:.0f} MB) | median | CPU | max rss |")
        print("| --- | ---: | ---: | ---: |")
        for k in reads:
            print(f"| `tracker {k}` | {fmt_s(m[k])} | {fmt_s(mc[k])} | {mr[k]:.0f} MB |")
    db = notes.get("db", {})
    if db:
        print(f"\ndatabase after cold + warm + 10% changed: {db['bytes'] / 1e6:.1f} MB; "
              + ", ".join(f"{k} {v}" for k, v in db.items() if k != "bytes"))
        if "bytes_per_snapshot" in notes:
            print(f"bytes per snapshot: {notes['bytes_per_snapshot'] / 1000:.1f} KB (pages average "
                  f"{notes['page_bytes_avg'] / 1000:.0f} KB); bytes per source: {notes['bytes_per_source'] / 1000:.1f} KB")
    print(f"import of the watchlist: {fmt_s(m.get('tracker import', nan))}; "
          f"peak RSS of tracker runs: {max((v for k, v in mr.items() if k.startswith('tracker ')), default=0):.0f} MB")
    print("\nall samples, wall s: " + json.dumps({k: [round(x, 3) for x in v] for k, v in figures.items()}))


if __name__ == "__main__":
    sys.exit(main())
