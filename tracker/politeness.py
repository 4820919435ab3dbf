"""Politeness a site owner would accept: robots.txt, per-host limits, Retry-After.

    RobotsCache   robots.txt per host (scheme·host·port), fetched with httpx, parsed by
                  urllib.robotparser, cached with a TTL; `check(url)` -> RobotsVerdict(allowed, reason,
                  crawl_delay). RFC 9309: 2xx -> its rules; 4xx -> no rules (all allowed); 5xx or a
                  network fault -> "unreachable", all disallowed for a short while, unless an earlier
                  good copy is still cached.
    HostGate      across scheduler jobs: at most `per_host` fetches at once per host, a minimum gap
                  between starts (max of the `host_delay` setting and the host's Crawl-delay), and a
                  hold after a 429/503 Retry-After. Non-blocking (`try_acquire` says how long to wait),
                  so a waiting job never holds a worker thread.

Inside one `run`, `tracker.fetch.fetch_many` already bounds requests per host (`per_host`,
`host_delay`); the gate only coordinates separate runs of the scheduler, which each fetch one URL.
Everything takes an injected clock (`time.monotonic` by default) so tests never sleep.
"""
from __future__ import annotations

import functools
import logging
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from collections import Counter
from dataclasses import dataclass
from typing import Callable
from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

log = logging.getLogger("tracker.politeness")

#: How long a fetched robots.txt is trusted (Google caches up to a day).
ROBOTS_TTL = 24 * 3600.0
#: How long an unreachable robots.txt (5xx, network fault) blocks the host before it is asked again.
ROBOTS_RETRY = 10 * 60.0
#: robots.txt bodies past this are cut (RFC 9309 asks parsers to read at least 500 KiB).
ROBOTS_MAX = 512 * 1024
#: A Crawl-delay above this is read as this (one fetch a minute per host is polite by any standard).
MAX_CRAWL_DELAY = 60.0
#: A Retry-After above this is read as this: a misconfigured header must not silence a host for months.
MAX_RETRY_AFTER = 7 * 24 * 3600.0
#: The token matched against robots.txt User-agent lines.
ROBOTS_AGENT = "tracker"

DISALLOWED = "disallowed by robots.txt"


@dataclass(frozen=True)
class RobotsVerdict:
    allowed: bool
    reason: str = ""                 # "" when allowed; else one line for `tracker sources`
    crawl_delay: float | None = None


@functools.lru_cache(maxsize=4096)  # a run asks it three times per URL (seeding, the refusals, the check)
def robots_url(url: str) -> str | None:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return None
    return f"{parts.scheme}://{parts.netloc.rsplit('@', 1)[-1]}/robots.txt"


@dataclass
class _Entry:
    parser: RobotFileParser | None   # None: no usable rules (allow all), unless `unreachable`
    expires: float
    unreachable: str = ""            # why the host is blocked ("robots.txt unreachable: HTTP 503")
    good: RobotFileParser | None = None  # the last good copy, used while the host is unreachable
    good_until: float = 0.0


def parse_robots(text: str) -> RobotFileParser:
    rp = RobotFileParser()
    rp.parse(text.splitlines())
    return rp


def verdict(parser: RobotFileParser | None, url: str, agent: str = ROBOTS_AGENT) -> RobotsVerdict:
    """What the rules say about one URL for our agent (no rules: allowed, no delay)."""
    if parser is None:
        return RobotsVerdict(True)
    delay = None
    try:
        raw = parser.crawl_delay(agent)
        if raw is not None:
            delay = float(raw)
        rate = parser.request_rate(agent)
        if rate is not None and rate.requests:
            delay = max(delay or 0.0, rate.seconds / rate.requests)
    except (TypeError, ValueError):
        delay = None
    if delay is not None:
        delay = min(max(delay, 0.0), MAX_CRAWL_DELAY)
    if parser.can_fetch(agent, url):
        return RobotsVerdict(True, "", delay)
    return RobotsVerdict(False, DISALLOWED, delay)


class RobotsCache:
    """robots.txt per origin, fetched on first use and again after `ttl`. Thread-safe.

    `fetch_text(robots_url) -> (status, text)` is injectable for tests; the default uses httpx with
    the tracker's User-Agent. A status of None means a network fault.
    """

    def __init__(self, *, ttl: float = ROBOTS_TTL, retry: float = ROBOTS_RETRY,
                 fetch_text: Callable[[str], tuple[int | None, str]] | None = None,
                 clock: Callable[[], float] = time.monotonic, agent: str = ROBOTS_AGENT,
                 timeout: float = 10.0):
        self.ttl = ttl
        self.retry = retry
        self.clock = clock
        self.agent = agent
        self.timeout = timeout
        self._fetch_text = fetch_text or self._http_fetch
        self._entries: dict[str, _Entry] = {}
        self._locks: dict[str, threading.Lock] = {}
        self._lock = threading.Lock()
        self._client = None
        self._fresh: list[tuple[str, int, str]] = []

    def seed(self, origin: str, status: int, text: str, age: float) -> None:
        """Trust a copy fetched `age` seconds ago (kept in the database by an earlier run) for the rest of
        its TTL, so a run every hour does not ask every host for robots.txt again. Only answers with rules
        or without (2xx, 4xx) are kept; an unreachable host is always asked again."""
        if age < 0 or age >= self.ttl or origin in self._entries:
            return
        parser = parse_robots(text) if 200 <= status < 300 else None
        self._entries[origin] = _Entry(parser, self.clock() + self.ttl - age)

    def take_fresh(self) -> list[tuple[str, int, str]]:
        """The (origin, status, text) answers fetched since the last call: what a caller may keep."""
        with self._lock:
            fresh, self._fresh = self._fresh, []
        return fresh

    def check(self, url: str) -> RobotsVerdict:
        origin = robots_url(url)
        if origin is None:
            return RobotsVerdict(True)
        with self._lock:
            lock = self._locks.setdefault(origin, threading.Lock())
        with lock:  # one robots.txt request per origin at a time, whatever the number of jobs
            entry = self._entries.get(origin)
            if entry is None or entry.expires <= self.clock():
                entry = self._refresh(origin, entry)
                self._entries[origin] = entry
        if entry.unreachable:
            if entry.good is not None and entry.good_until > self.clock():
                return verdict(entry.good, url, self.agent)
            return RobotsVerdict(False, entry.unreachable)
        return verdict(entry.parser, url, self.agent)

    def forget(self, url: str | None = None) -> None:
        with self._lock:
            if url is None:
                self._entries.clear()
            else:
                self._entries.pop(robots_url(url) or "", None)

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None

    # -- internals
    def _refresh(self, origin: str, old: _Entry | None) -> _Entry:
        now = self.clock()
        try:
            status, text = self._fetch_text(origin)
        except Exception as exc:  # noqa: BLE001 - a robots.txt fault must never stop a run
            status, text = None, f"{type(exc).__name__}: {exc}"
        good = old.parser if old and old.parser and not old.unreachable else (old.good if old else None)
        good_until = (old.expires + self.ttl) if old and old.parser and not old.unreachable else (
            old.good_until if old else 0.0)
        if status is not None and 200 <= status < 300:
            log.debug("robots.txt %s: %d, %d bytes", origin, status, len(text))
            with self._lock:
                self._fresh.append((origin, status, text))
            return _Entry(parse_robots(text), now + self.ttl)
        if status is not None and 400 <= status < 500:
            log.debug("robots.txt %s: HTTP %d, no rules", origin, status)
            with self._lock:
                self._fresh.append((origin, status, ""))
            return _Entry(None, now + self.ttl)
        why = f"HTTP {status}" if status is not None else " ".join(str(text).split())[:120]
        log.info("robots.txt %s unreachable (%s): not fetching that host for now", origin, why)
        return _Entry(None, now + self.retry, unreachable=f"robots.txt unreachable ({why})",
                      good=good, good_until=good_until)

    def _http_fetch(self, url: str) -> tuple[int | None, str]:
        import httpx

        from .fetch import USER_AGENT

        with self._lock:  # one client, shared by the threads of `robots_refusals`
            if self._client is None:
                self._client = httpx.Client(timeout=httpx.Timeout(self.timeout), follow_redirects=True,
                                            headers={"User-Agent": USER_AGENT}, max_redirects=5)
        # the read timeout restarts with every byte: a whole-fetch deadline stops a drip (as fetch does)
        deadline = time.monotonic() + 3 * self.timeout
        try:
            with self._client.stream("GET", url, timeout=httpx.Timeout(self.timeout)) as response:
                body = bytearray()
                for chunk in response.iter_bytes():
                    body.extend(chunk)
                    if len(body) >= ROBOTS_MAX:
                        break
                    if time.monotonic() > deadline:
                        return None, f"timeout after {3 * self.timeout:g}s (whole fetch)"
                status = response.status_code
                # RFC 9309: a redirect loop / too many redirects counts as unavailable (4xx)
        except httpx.TooManyRedirects:
            return 404, ""
        except httpx.HTTPError as exc:
            return None, f"{type(exc).__name__}: {exc}"
        return status, bytes(body[:ROBOTS_MAX]).decode("utf-8", "replace")


class HostGate:
    """Per-host concurrency, minimum gap between request starts, and Retry-After holds. Thread-safe.

        ok, wait = gate.try_acquire(host, delay=crawl_delay)
        if ok: try: fetch … finally: gate.release(host)
        else:  come back in `wait` seconds
    """

    def __init__(self, *, per_host: int = 4, host_delay: float = 0.0,
                 clock: Callable[[], float] = time.monotonic):
        self.per_host = max(1, int(per_host))
        self.host_delay = max(0.0, float(host_delay))
        self.clock = clock
        self._busy: Counter[str] = Counter()
        self._next_start: dict[str, float] = {}
        self._hold_until: dict[str, float] = {}
        self._lock = threading.Lock()

    def configure(self, *, per_host: int | None = None, host_delay: float | None = None) -> None:
        with self._lock:
            if per_host is not None:
                self.per_host = max(1, int(per_host))
            if host_delay is not None:
                self.host_delay = max(0.0, float(host_delay))

    def try_acquire(self, host: str, *, delay: float | None = None) -> tuple[bool, float]:
        """Take a slot on `host` now, or say how many seconds to wait for one."""
        now = self.clock()
        with self._lock:
            hold = self._hold_until.get(host, 0.0)
            if hold > now:
                return False, hold - now
            ready = self._next_start.get(host, 0.0)
            if ready > now:
                return False, ready - now
            if self._busy[host] >= self.per_host:
                return False, 0.5  # a slot frees when a fetch ends: look again shortly
            self._busy[host] += 1
            gap = max(self.host_delay, delay or 0.0)
            if gap > 0:
                self._next_start[host] = now + gap
            return True, 0.0

    def release(self, host: str) -> None:
        with self._lock:
            self._busy[host] -= 1
            if self._busy[host] <= 0:
                del self._busy[host]

    def hold(self, host: str, seconds: float) -> None:
        """A 429/503 said Retry-After: leave the host alone that long (capped at MAX_RETRY_AFTER)."""
        seconds = min(max(0.0, float(seconds)), MAX_RETRY_AFTER)
        with self._lock:
            self._hold_until[host] = max(self._hold_until.get(host, 0.0), self.clock() + seconds)

    def held_until(self, host: str) -> float | None:
        """The clock time before which `host` must not be asked (None: not held)."""
        with self._lock:
            until = self._hold_until.get(host)
            if until is not None and until <= self.clock():
                del self._hold_until[host]
                return None
            return until

    def holds(self) -> dict[str, float]:
        """Every host on hold, with the seconds left."""
        now = self.clock()
        with self._lock:
            return {h: t - now for h, t in self._hold_until.items() if t > now}

    def busy(self, host: str) -> int:
        with self._lock:
            return self._busy.get(host, 0)


def retry_after_observer(inner, gate: HostGate):
    """An httpx transport around `inner` that puts a host on hold when it answers 429/503 with Retry-After.

    `fetch` already records the header on `Fetched.retry_after`; this lets the scheduler act on it at
    once, for every source on that host, without waiting for the store to be read again.
    """
    import httpx

    from .fetch import parse_retry_after

    class RetryAfterObserver(httpx.BaseTransport):
        def handle_request(self, request: httpx.Request) -> httpx.Response:
            response = inner.handle_request(request)
            if response.status_code in (429, 503):
                seconds = parse_retry_after(response.headers.get("Retry-After"))
                if seconds:
                    host = request.url.host.lower()
                    gate.hold(host, seconds)
                    log.info("%s answered %d with Retry-After %gs: leaving it alone until then",
                             host, response.status_code, min(seconds, MAX_RETRY_AFTER))
            return response

        def close(self) -> None:
            inner.close()

    return RetryAfterObserver()


_shared: RobotsCache | None = None
_shared_lock = threading.Lock()


def shared_robots() -> RobotsCache:
    """One RobotsCache per process (what `tracker run` would use; the scheduler holds its own)."""
    global _shared
    with _shared_lock:
        if _shared is None:
            _shared = RobotsCache()
        return _shared


#: robots.txt requests in flight at once when a run starts (one per host; hosts answer in parallel).
ROBOTS_CONCURRENCY = 16


def robots_refusals(urls, cache: RobotsCache | None = None) -> dict[str, str]:
    """{url: reason} for the URLs robots.txt does not let us fetch ("disallowed by robots.txt",
    "robots.txt unreachable (HTTP 503)"); the others are absent. For `run` to record as the fetch's error.

    The hosts' robots.txt files are fetched concurrently: fifty hosts cost one round trip, not fifty."""
    cache = cache or shared_robots()
    urls = list(urls)
    first_of_origin: dict[str, str] = {}
    for url in urls:
        origin = robots_url(url)
        if origin is not None:
            first_of_origin.setdefault(origin, url)
    if len(first_of_origin) > 1:
        with ThreadPoolExecutor(min(ROBOTS_CONCURRENCY, len(first_of_origin)),
                                thread_name_prefix="robots") as pool:
            list(pool.map(cache.check, first_of_origin.values()))
    out = {}
    for url in urls:
        verdict_ = cache.check(url)
        if not verdict_.allowed:
            out[url] = verdict_.reason
    return out
