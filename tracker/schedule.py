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
    from urllib.parse import urlsplit

    retry_at = retry_at or {}
    out = []
    for s in sources:
        host = (urlsplit(s.url).hostname or "").lower()
        hold = max((t for t in (retry_at.get(s.url), retry_at.get(host)) if t is not None), default=None)
        due = due_for(s, default_every, retry_at=hold)
        if due is None:
            due = max(now, hold) if hold else now
        out.append(Plan(s.id, s.url, due, due <= now))
    out.sort(key=lambda p: (p.due, p.source_id))
    return out
