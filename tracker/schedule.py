"""`tracker schedule`: fetch every source on its own interval, in the foreground, until SIGINT/SIGTERM.

The database is the single source of truth. A source's next due time is derived from its last fetch
(`next_due`, a pure function of the source row and a clock), never from a second, pickled job store: a
restart resumes where the last process stopped, and `tracker add/import/remove` while the scheduler runs
are picked up at the next re-read of the database (every `SYNC_SECONDS`).

    next due = last fetch + delay + jitter, and never before a server's Retry-After

    delay  = the source's `every`, else the global `every` setting      (healthy source)
           = every · 2^(streak-1), capped at max(every, BACKOFF_CAP)    (a source failing `streak` times in a row)
    jitter = a fixed fraction of the delay per source (a hash of its URL): in [0, min(10 %, 15 min)),
             so sources added together do not fire together, and the same source lands on the same
             offset after a restart

APScheduler 3.11 runs it: a `BackgroundScheduler` with one date-triggered job per source (id `source:N`,
`max_instances=1`, `coalesce=True`, a generous `misfire_grace_time`, so a sleeping laptop runs each source
once when it wakes, never a backlog), plus a `sync` job that re-reads the database. Each job calls the same
`tracker.run.run` that `tracker run` calls, with its own `Store`; politeness (robots.txt, per-host limits,
Retry-After) comes from `tracker.politeness`. A lock file beside the database keeps a second scheduler
out; a manual `tracker run` alongside needs no lock (SQLite serialises the writers, one transaction per
source).
"""
from __future__ import annotations

import hashlib
import logging
import threading
import time
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Callable

log = logging.getLogger("tracker.schedule")

#: How often the scheduler re-reads the database for added, changed and removed sources.
SYNC_SECONDS = 30.0
#: The longest a failing source is left alone (unless its own interval is longer).
BACKOFF_CAP = 24 * 3600.0
#: Jitter: at most this fraction of a source's delay, and never more than JITTER_MAX seconds.
JITTER_FRACTION = 0.1
JITTER_MAX = 15 * 60.0
#: A job that fires this late (a laptop that slept) still runs, once (coalesce): the backlog is never replayed.
MISFIRE_GRACE = 7 * 24 * 3600
#: SIGINT/SIGTERM: in-flight fetches get this long to finish before they are abandoned.
STOP_GRACE = 5.0
#: A scheduled run that fails before reaching the database is retried after this, doubling, up to the cap.
ERROR_BACKOFF = 5.0
ERROR_BACKOFF_CAP = 3600.0
#: The shortest interval the scheduler accepts (tests use 1s).
MIN_INTERVAL = 1.0

Clock = Callable[[], datetime]


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


def parse_iso(text: str | datetime | None) -> datetime | None:
    """'2024-01-10T12:00:00Z' (as the store writes it) -> an aware UTC datetime; None/'' -> None."""
    if text is None or text == "":
        return None
    if isinstance(text, datetime):
        dt = text
    else:
        try:
            dt = datetime.fromisoformat(str(text).strip().replace("Z", "+00:00"))
        except ValueError:
            return None
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=timezone.utc)
    return dt.astimezone(timezone.utc)


def iso(dt: datetime) -> str:
    return dt.astimezone(timezone.utc).isoformat(timespec="seconds").replace("+00:00", "Z")


# ---------------------------------------------------------------- pure arithmetic
def interval_seconds(every: str | float | None, default_every: str | float | None = "6h") -> float:
    """A source's interval: its own `every`, else the global setting, else 6h; never under MIN_INTERVAL."""
    from .errors import ConfigError
    from .watchlist import DEFAULT_SETTINGS, parse_duration

    for candidate in (every, default_every, DEFAULT_SETTINGS["every"]):
        if candidate is None or candidate == "":
            continue
        try:
            return max(MIN_INTERVAL, parse_duration(candidate))
        except ConfigError:
            log.warning("ignoring invalid interval %r", candidate)
    return parse_duration(DEFAULT_SETTINGS["every"])


def jitter_fraction(key: str) -> float:
    """A fixed number in [0, 1) per key: the same source gets the same offset in every process."""
    digest = hashlib.sha256(key.encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "big") / 2.0**64


def jitter_seconds(key: str, delay: float) -> float:
    """The source's offset after `delay`: in [0, min(JITTER_FRACTION·delay, JITTER_MAX))."""
    return jitter_fraction(key) * min(JITTER_FRACTION * max(delay, 0.0), JITTER_MAX)


def backoff_seconds(interval: float, fail_streak: int, cap: float = BACKOFF_CAP) -> float:
    """The delay after a fetch: the interval when healthy; doubled per further failure in a row, capped.

    streak 0 or 1 -> interval, 2 -> 2·interval, 3 -> 4·interval …, never over max(interval, cap).
    """
    if fail_streak <= 1:
        return interval
    ceiling = max(interval, cap)
    exponent = min(fail_streak - 1, 62)  # 2**62 · anything is past any cap; keeps the float finite
    return min(interval * 2.0**exponent, ceiling)


def source_key(source) -> str:
    """What the jitter hashes: the URL, stable across restarts and re-adds (ids may change); the works
    of one URL (a season list) share it, so they fall due together and are fetched once."""
    return str(getattr(source, "url", ""))


def next_due(*, last_fetch_at: str | datetime | None, interval: float, key: str, fail_streak: int = 0,
             retry_after: float | None = None, retry_at: str | datetime | None = None) -> datetime | None:
    """When a source is next due, from its last fetch; None = never fetched, due now.

    `retry_after` (seconds after the last fetch) or `retry_at` (an absolute time) from a 429/503's
    Retry-After header push the time later, never earlier.
    """
    last = parse_iso(last_fetch_at)
    if last is None:
        return None
    delay = backoff_seconds(interval, fail_streak)
    due = last + timedelta(seconds=delay + jitter_seconds(key, delay))
    if retry_after is not None and retry_after > 0:
        due = max(due, last + timedelta(seconds=retry_after))
    when = parse_iso(retry_at)
    if when is not None:
        due = max(due, when)
    return due


def due_for(source, default_every: str | float | None, *, retry_at: datetime | None = None) -> datetime | None:
    """`next_due` for a store `SourceRow` (or anything with url, work, every, last_fetch_at, fail_streak)."""
    return next_due(
        last_fetch_at=getattr(source, "last_fetch_at", None),
        interval=interval_seconds(getattr(source, "every", None), default_every),
        key=source_key(source),
        fail_streak=int(getattr(source, "fail_streak", 0) or 0),
        retry_after=getattr(source, "retry_after", None),
        retry_at=retry_at or getattr(source, "retry_at", None),
    )


def next_due_iso(*, url: str, every: str | None, default_every: str | float | None, last_fetch_at: str,
                 fail_streak: int = 0, retry_after: float | None = None) -> str:
    """The `sources.next_due_at` the store should write after a fetch (what `tracker sources` shows and
    `tracker run --due` reads), so that cron, the scheduler and the listing agree: same interval, jitter,
    backoff and Retry-After as `next_due`."""
    due = next_due(last_fetch_at=last_fetch_at, interval=interval_seconds(every, default_every), key=url,
                   fail_streak=fail_streak, retry_after=retry_after)
    return iso(due)


@dataclass(frozen=True)
class Plan:
    """One source's place in the schedule."""

    source_id: int
    url: str
    due: datetime          # when it should run (now for a never-fetched or overdue source)
    overdue: bool          # its due time had already passed when planned


def plan(sources, default_every, now: datetime, *, retry_at: dict[str, datetime] | None = None) -> list[Plan]:
    """Due times for every source, earliest first. Pure: the same rows and clock give the same plan.

    `retry_at` maps a host (or URL) to a time before which it must not be asked again (Retry-After).
    """
    from .fetch import host_of

    retry_at = retry_at or {}
    out = []
    for s in sources:
        host = host_of(s.url)
        hold = max((t for t in (retry_at.get(s.url), retry_at.get(host)) if t is not None), default=None)
        due = due_for(s, default_every, retry_at=hold)
        if due is None:
            due = max(now, hold) if hold else now
        out.append(Plan(s.id, s.url, due, due <= now))
    out.sort(key=lambda p: (p.due, p.source_id))
    return out


# ---------------------------------------------------------------- the lock
class ScheduleLock:
    """An exclusive `flock` on DB + ".schedule.lock": one scheduler per database.

    `tracker run` does not take it: a manual run alongside the scheduler is safe, since SQLite
    serialises writers and the store records each source in one transaction. The kernel drops the
    lock when the process ends, however it ends, so a crash never leaves a stale lock behind.
    """

    def __init__(self, db_path):
        from pathlib import Path

        self.db_path = Path(db_path)
        self.path = Path(str(db_path) + ".schedule.lock")
        self._fd: int | None = None

    def acquire(self) -> None:
        import os

        from .errors import DatabaseError

        try:
            import fcntl
        except ImportError:  # pragma: no cover - not POSIX: no lock, say so
            log.warning("no file locking on this platform: make sure only one `tracker schedule` runs")
            return
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as exc:
            raise DatabaseError(f"cannot create the scheduler lock {self.path}: {exc.strerror}") from None
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            try:
                other = os.read(fd, 32).decode("ascii", "replace").strip()
            except OSError:
                other = ""
            os.close(fd)
            who = f" (pid {other})" if other.isdigit() else ""
            raise DatabaseError(f"another `tracker schedule` is already running on {self.db_path}{who}; "
                                "stop it first (a one-off `tracker run` alongside it is fine)") from None
        os.ftruncate(fd, 0)
        os.write(fd, str(os.getpid()).encode())
        self._fd = fd

    def release(self) -> None:
        import os

        if self._fd is None:
            return
        try:
            os.ftruncate(self._fd, 0)
        except OSError:
            pass
        os.close(self._fd)  # closing drops the flock; the file stays (unlinking it would race a starter)
        self._fd = None

    def __enter__(self) -> "ScheduleLock":
        self.acquire()
        return self

    def __exit__(self, *exc) -> None:
        self.release()


# ---------------------------------------------------------------- the loop
@dataclass
class Stats:
    fetches: int = 0
    changes: int = 0
    failures: int = 0


class Scheduler:
    """APScheduler jobs derived from the database; see the module docstring.

    `store_factory()` returns a fresh `Store` (one per job: a connection per thread); `clock()` the
    current UTC time; `transport_factory()` an httpx transport for one run (tests: a mock).
    """

    def __init__(self, store_factory, *, every: str | float | None = None, sync_seconds: float = SYNC_SECONDS,
                 workers: int = 4, clock: Clock = utcnow, robots=None, gate=None, transport_factory=None,
                 stop_grace: float = STOP_GRACE):
        from apscheduler.executors.pool import ThreadPoolExecutor
        from apscheduler.schedulers.background import BackgroundScheduler

        from .politeness import HostGate, RobotsCache

        self.store_factory = store_factory
        self.every = every
        self.sync_seconds = max(0.5, float(sync_seconds))
        self.clock = clock
        self.robots = robots if robots is not None else RobotsCache()
        self.gate = gate if gate is not None else HostGate()
        self.transport_factory = transport_factory
        self.stop_grace = stop_grace
        self.stats = Stats()
        self.stopping = threading.Event()
        self._lock = threading.Lock()          # in-flight set, stats, and (stop flag + job changes)
        self._in_flight: dict[int, str] = {}   # source id -> URL
        self._known: set[int] = set()
        self._errors: dict[int, int] = {}       # source id -> scheduled runs failed in a row (not fetches)
        self._not_before: dict[int, datetime] = {}
        self._default_every: str | float | None = every
        self._aps = BackgroundScheduler(
            timezone=timezone.utc,
            executors={"default": ThreadPoolExecutor(max_workers=max(1, workers))},
            # max_instances 2, not 1: a job places its successor as it ends, and APScheduler counts it
            # running until it has returned; "one run of a source at a time" is kept by `_in_flight`.
            job_defaults={"coalesce": True, "max_instances": 2, "misfire_grace_time": MISFIRE_GRACE},
        )

    # -- life cycle
    def start(self) -> None:
        self._aps.start()
        self.sync(first=True)
        self._aps.add_job(self.sync, "interval", seconds=self.sync_seconds, id="sync", name="re-read the database",
                          max_instances=1, replace_existing=True)

    def stop(self) -> list[str]:
        """Stop firing jobs, give in-flight fetches `stop_grace` seconds; return the URLs abandoned."""
        with self._lock:
            self.stopping.set()
            in_flight = sorted({url for url in self._in_flight.values() if url})
        if in_flight:
            log.info("stopping: waiting up to %gs for %d in-flight fetch%s (%s)", self.stop_grace, len(in_flight),
                     "" if len(in_flight) == 1 else "es", ", ".join(in_flight))
        done = threading.Thread(target=self._shutdown, name="tracker-schedule-stop", daemon=True)
        done.start()
        done.join(self.stop_grace)
        with self._lock:
            return [] if not done.is_alive() else sorted({url or "(starting)" for url in self._in_flight.values()})

    def _shutdown(self) -> None:
        try:
            self._aps.shutdown(wait=True)
        except Exception:  # noqa: BLE001 - already stopped
            pass
        self.robots.close()

    # -- reading the database
    def _holds(self, now: datetime) -> dict[str, datetime]:
        return {host: now + timedelta(seconds=left) for host, left in self.gate.holds().items()}

    def _plans(self, rows, now: datetime) -> list[Plan]:
        return plan(rows, self._default_every, now, retry_at=self._holds(now))

    def _read(self):
        store = self.store_factory()
        try:
            rows = store.sources()
            settings = store.get_settings() or {}
        finally:
            store.close()
        return rows, settings

    def _apply_settings(self, settings: dict) -> None:
        from .watchlist import parse_duration

        self._default_every = self.every if self.every is not None else settings.get("every")
        try:
            self.gate.configure(per_host=int(settings.get("per_host", 4)),
                                host_delay=parse_duration(settings.get("host_delay", "0s")))
        except Exception:  # noqa: BLE001 - a bad setting keeps the previous values
            log.warning("ignoring invalid per_host/host_delay settings")

    def sync(self, first: bool = False) -> None:
        """Re-read the database: schedule new sources, move changed ones, drop removed ones."""
        if self.stopping.is_set():
            return
        try:
            rows, settings = self._read()
        except Exception as exc:  # noqa: BLE001 - a locked or busy database: try again at the next sync
            log.warning("cannot read the database (%s): trying again in %gs", " ".join(str(exc).split()),
                        self.sync_seconds)
            return
        self._apply_settings(settings)
        now = self.clock()
        plans = self._plans(rows, now)
        ids = {p.source_id for p in plans}
        by_id = {s.id: s for s in rows}
        with self._lock:
            if self.stopping.is_set():
                return
            added, removed = ids - self._known, self._known - ids
            for job in self._aps.get_jobs():
                if job.id.startswith("source:") and int(job.id[7:]) not in ids:
                    job.remove()
            for p in plans:
                if p.source_id not in self._in_flight:
                    self._put(p.source_id, p.due, now)
            self._known = ids
        if first:
            due = [p for p in plans if p.overdue]
            later = [p for p in plans if not p.overdue]
            nxt = f"; next at {iso(later[0].due)} ({later[0].url})" if later else ""
            log.info("scheduling %d source%s: %d due now, %d later%s", len(plans), "" if len(plans) == 1 else "s",
                     len(due), len(later), nxt)
        else:
            for sid in sorted(added):
                log.info("new source #%d %s: scheduled", sid, by_id[sid].url)
            for sid in sorted(removed):
                log.info("source #%d removed: unscheduled", sid)

    def _put(self, source_id: int, due: datetime, now: datetime) -> None:
        """(Re)place the source's job; caller holds self._lock and has checked `stopping`."""
        from apscheduler.triggers.date import DateTrigger

        when = max(due, now, self._not_before.get(source_id, now))
        job = self._aps.get_job(f"source:{source_id}")
        if job is not None and job.next_run_time is not None and abs((job.next_run_time - when).total_seconds()) < 0.5:
            return
        self._aps.add_job(self.run_source, DateTrigger(run_date=when, timezone=timezone.utc), args=[source_id],
                          id=f"source:{source_id}", name=f"source #{source_id}", replace_existing=True)

    def _reschedule(self, source_ids, *, at: datetime | None = None) -> None:
        """Next job for these sources, from their fresh rows (or at a given time)."""
        try:
            rows, _ = self._read() if at is None else ([], None)
        except Exception as exc:  # noqa: BLE001 - the next sync will place them
            log.warning("cannot read the database (%s): the next sync will reschedule", exc)
            return
        now = self.clock()
        with self._lock:
            if self.stopping.is_set():
                return
            if at is not None:
                for sid in source_ids:
                    self._put(sid, at, now)
                return
            for p in self._plans([s for s in rows if s.id in set(source_ids)], now):
                self._put(p.source_id, p.due, now)

    # -- one job
    def run_source(self, source_id: int) -> None:
        """Fetch one due source (with the other due sources of its URL), politely, then plan its next run."""
        if self.stopping.is_set():
            return
        with self._lock:
            if source_id in self._in_flight:
                return
            self._in_flight[source_id] = ""
        group: list[int] = [source_id]
        at = None
        try:
            at = self._run_group(source_id, group)
            self._errors.pop(source_id, None)
            self._not_before.pop(source_id, None)
        except Exception as exc:  # noqa: BLE001 - one source's trouble never stops the scheduler
            # Nothing reached the database (a locked or broken database, a bug): the source is still
            # due there, so back off here, in memory, or the job would fire again at once, forever.
            n = self._errors[source_id] = self._errors.get(source_id, 0) + 1
            delay = min(ERROR_BACKOFF * 2.0 ** (n - 1), ERROR_BACKOFF_CAP)
            at = self.clock() + timedelta(seconds=delay)
            self._not_before[source_id] = at  # the next sync must not place it earlier
            from .errors import TrackerError

            log.error("source #%d: the scheduled run failed (%s); again in %gs", source_id,
                      _one_line(exc), delay, exc_info=not isinstance(exc, TrackerError) and n == 1)
            with self._lock:
                self.stats.failures += 1
        finally:
            with self._lock:
                for sid in group:
                    self._in_flight.pop(sid, None)
        # Only now, out of flight: a job placed earlier could fire and find the source still in flight.
        self._reschedule(group, at=at)

    def _run_group(self, source_id: int, group: list[int]) -> datetime | None:
        """Run the source (and its due siblings, appended to `group`); returns a time to retry at, if any."""
        from .fetch import host_of
        from .politeness import retry_after_observer

        store = self.store_factory()
        try:
            rows = store.sources()
            source = next((s for s in rows if s.id == source_id), None)
            if source is None:
                return None  # removed since it was planned; _reschedule finds no row and places nothing
            now = self.clock()
            plans = {p.source_id: p for p in self._plans([s for s in rows if s.url == source.url], now)}
            tolerance = timedelta(seconds=0.5)
            if plans[source_id].due > now + tolerance:
                return None  # fetched meanwhile (a manual `tracker run`, or a sibling's job): just move the job
            with self._lock:
                for sid, p in plans.items():
                    if sid != source_id and p.due <= now + tolerance and sid not in self._in_flight:
                        group.append(sid)
                for sid in group:
                    self._in_flight[sid] = source.url
            host = host_of(source.url)
            robots = self._robots_check(store, source.url)
            if not robots.allowed:
                self._refuse(store, [s for s in rows if s.id in group], robots.reason, now)
                return None
            ok, wait = self.gate.try_acquire(host, delay=robots.crawl_delay)
            if not ok:
                log.debug("%s: host busy or on hold, again in %.1fs", source.url, wait)
                return self.clock() + timedelta(seconds=wait)
            if self.stopping.is_set():
                self.gate.release(host)
                return None
            try:
                from .run import run

                transport = self.transport_factory() if self.transport_factory else _default_transport()
                result = run(store, source_ids=set(group), now=now, check_robots=False, keep_changes=False,  # robots: checked above
                             transport=retry_after_observer(transport, self.gate))
            finally:
                self.gate.release(host)
            with self._lock:
                self.stats.fetches += result.sources
                self.stats.changes += result.n_changes
                self.stats.failures += len(result.failures)
            return None
        finally:
            store.close()

    def _robots_check(self, store, url: str):
        """robots.txt for `url`: a copy kept in the database by any earlier run first (a restarted
        scheduler does not ask every host again), and a fresh answer kept for the others."""
        from .run import seed_robots

        seed_robots(store, self.robots, [url])
        verdict = self.robots.check(url)
        try:
            store.keep_robots(self.robots.take_fresh())
        except Exception as exc:  # noqa: BLE001 - keeping a copy is an optimisation, never a failure
            log.debug("could not keep robots.txt: %s", exc)
        return verdict

    def _refuse(self, store, sources, reason: str, now: datetime) -> None:
        """Record 'disallowed by robots.txt' (or 'robots.txt unreachable') as the sources' fetch outcome."""
        from .model import Fetched

        run_id = store.begin_run()
        for s in sources:
            store.record(s, Fetched(url=s.url, error=reason), None, run_id, now=iso(now))
            log.info("%s [%s] %s, 0 changes, 0.00s", s.url, s.work, reason)
        store.finish_run(run_id, sources=len(sources), changes=0, errors=len(sources))
        with self._lock:
            self.stats.fetches += len(sources)
            self.stats.failures += len(sources)


def _one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text if len(text) <= 200 else text[:199] + "…"


def _default_transport():
    import httpx

    return httpx.HTTPTransport(limits=httpx.Limits(max_connections=16, max_keepalive_connections=16),
                               http1=True, http2=False)


# ---------------------------------------------------------------- the command
def serve_forever(db_path, *, every=None, sync_seconds: float = SYNC_SECONDS, workers: int = 4,
                  stop_grace: float = STOP_GRACE) -> int:
    """Run the scheduler in the foreground until SIGINT/SIGTERM; returns the exit code (0)."""
    import os
    import signal

    from .store import Store

    from .errors import DatabaseError

    # Open once up front: creates/migrates the database and fails early (exit 2) if it is unusable.
    store = Store.open(db_path)
    readonly = getattr(store, "readonly", False)
    store.close()
    if readonly:
        raise DatabaseError(f"database is read-only: {db_path} (`tracker schedule` records every fetch)")
    lock = ScheduleLock(db_path)
    lock.acquire()
    signals = {"n": 0}
    scheduler = Scheduler(lambda: Store.open(db_path), every=every, sync_seconds=sync_seconds, workers=workers,
                          stop_grace=stop_grace)

    def on_signal(signum, frame):
        signals["n"] += 1
        if signals["n"] > 1:
            log.warning("second %s: abandoning in-flight fetches now", signal.Signals(signum).name)
            logging.shutdown()
            os._exit(1)
        log.info("%s received: stopping", signal.Signals(signum).name)
        scheduler.stopping.set()

    previous = {s: signal.signal(s, on_signal) for s in (signal.SIGINT, signal.SIGTERM)}
    started = time.monotonic()
    try:
        log.info("tracker schedule: database %s, pid %d, every %s%s; re-reading the database every %gs",
                 db_path, os.getpid(), every or "(per source, else the `every` setting)",
                 "" if every else "", sync_seconds)
        scheduler.start()
        while not scheduler.stopping.wait(1.0):
            pass
        abandoned = scheduler.stop()
        s = scheduler.stats
        summary = (f"stopped after {time.monotonic() - started:.0f}s: {s.fetches} fetch{'es' if s.fetches != 1 else ''}, "
                   f"{s.changes} change{'s' if s.changes != 1 else ''} logged, {s.failures} failed")
        if abandoned:
            # Each source is recorded in one transaction: an abandoned one left nothing half-written.
            log.warning("abandoned %d in-flight fetch%s (%s); %s", len(abandoned), "" if len(abandoned) == 1 else "es",
                        ", ".join(abandoned), summary)
            lock.release()
            logging.shutdown()
            os._exit(0)
        log.info(summary)
        return 0
    finally:
        for s, handler in previous.items():
            signal.signal(s, handler)
        lock.release()


def _schedule_logging(verbose: int, quiet: int) -> None:
    """`schedule` is followed through its log: INFO by default (the CLI's default is WARNING)."""
    level = max(logging.DEBUG, logging.INFO + 10 * quiet - 10 * verbose)
    logging.getLogger().setLevel(level)
    if verbose < 2:  # one line per fetch is ours; the libraries' per-request chatter only at -vv
        for name in ("apscheduler", "httpx", "httpcore"):
            logging.getLogger(name).setLevel(max(level, logging.WARNING))


def _make_command():
    import click

    @click.command(name="schedule")
    @click.option("--every", default=None, metavar="DURATION",
                  help="Interval for sources without their own (default: the watchlist's `every` setting, 6h).")
    @click.option("--sync", "sync_every", default="30s", show_default=True, metavar="DURATION",
                  help="How often the database is re-read for added, changed and removed sources.")
    @click.option("--workers", default=4, show_default=True, type=click.IntRange(1, 64),
                  help="Sources fetched at once (per host: the `per_host` setting).")
    @click.pass_context
    def schedule_command(ctx, every, sync_every, workers):
        """Fetch every source on its interval, in the foreground, until SIGINT/SIGTERM.

        Due times derive from each source's last fetch, so a restart resumes where it stopped. One
        line per fetch at INFO (-q for less, --log-file to keep it). Only one scheduler per database.
        """
        from .watchlist import parse_duration

        if every is not None:
            parse_duration(every)
        sync_seconds = parse_duration(sync_every)
        params = ctx.parent.params if ctx.parent is not None else {}
        _schedule_logging(params.get("verbose", 0) or 0, params.get("quiet", 0) or 0)
        obj = ctx.obj
        db = obj.db if obj is not None else None
        if db is None:
            from .cli import default_db_path

            db = default_db_path()
        try:
            db.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            from .errors import DatabaseError

            raise DatabaseError(f"cannot create {db.parent}: {exc.strerror}") from None
        ctx.exit(serve_forever(db, every=every, sync_seconds=sync_seconds, workers=workers))

    return schedule_command


schedule_command = _make_command()
