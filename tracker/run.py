"""One run: fetch every (due) source once, extract, and record each result; the CLI and the scheduler share it.

Fetches run concurrently; results are recorded in source-id order, so the same fetches always log the
same changes whatever order the network returned them in (FACTS.md). A URL that serves several works is
fetched once and recorded once per work.
"""
from __future__ import annotations

import logging
import os
import sqlite3
import time
import zlib
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timezone

from .errors import TrackerError
from .model import Change, Fetched

log = logging.getLogger("tracker.run")


@dataclass
class RunResult:
    run_id: int
    sources: int = 0
    changes: list[Change] = field(default_factory=list)  # empty unless run(keep_changes=True)
    kinds: Counter = field(default_factory=Counter)      # changes logged, by kind
    failures: list[tuple[str, str]] = field(default_factory=list)  # (url, error)
    elapsed: float = 0.0

    @property
    def n_changes(self) -> int:
        return sum(self.kinds.values())


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


def iso(dt: datetime) -> str:
    return dt.astimezone(timezone.utc).isoformat(timespec="seconds").replace("+00:00", "Z")


def fetch_settings(settings: dict):
    from .fetch import FetchSettings, parse_size  # binary units, as fetch's own default and messages
    from .watchlist import parse_duration

    default = FetchSettings()
    return FetchSettings(
        max_body=parse_size(settings.get("max_body", "10MB")),
        per_host=int(settings.get("per_host", default.per_host)),
        total_concurrency=int(settings.get("concurrency", default.total_concurrency)),
        host_delay=parse_duration(settings.get("host_delay", "0s")),
        timeout=parse_duration(settings.get("timeout", "20s")),
    )


def is_due(source, now: datetime) -> bool:
    if not source.last_fetch_at or not source.next_due_at:
        return True
    return source.next_due_at <= iso(now)


def seed_robots(store, cache, urls) -> None:
    """Give `cache` the robots.txt answers an earlier run kept in the database for these URLs' hosts (still
    within their TTL): `run` and the scheduler then ask a host again once a day, not once a run."""
    from .politeness import robots_url

    for origin, status, body, age in store.robots_copies({robots_url(u) for u in urls} - {None}):
        cache.seed(origin, status, body, age)


def _robots_refusals(store, urls: list[str], timeout: float | None = None) -> dict[str, str]:
    """robots.txt verdicts for this run's URLs: copies kept in the database from earlier runs (up to the
    TTL) first, the other hosts asked concurrently, and their answers kept for the next run."""
    from .politeness import robots_refusals, shared_robots

    try:
        cache = shared_robots()
        if timeout:
            cache.timeout = timeout  # robots.txt gets the pages' fetch timeout (the `timeout` setting)
        seed_robots(store, cache, urls)
        refused = robots_refusals(urls, cache)
        store.keep_robots(cache.take_fresh())
        return refused
    except (TrackerError, sqlite3.Error):
        raise  # the database itself: the run stops in one line, as it would on its next write
    except Exception as exc:  # robots.txt is politeness, not a reason to stop a run
        log.warning("robots.txt check failed: %s: %s", type(exc).__name__, exc)
        return {}


#: Runs of fewer sources extract in process: starting the workers (a fresh interpreter importing the
#: parsers, ~0.5 s of a core) pays off only over a few dozen pages.
POOL_MIN_SOURCES = 64
#: Pages a run extracts in process before it starts the workers (a run where few pages changed never does).
POOL_AFTER = 8
#: Results waiting for an earlier source beyond this many keep their bodies compressed.
HOLD_PLAIN = 256


def _lean(fetched):
    """What extraction reads of a fetch (URLs and the decoded page): a small copy to send to a worker."""
    from .model import Fetched

    return Fetched(url=fetched.url, final_url=fetched.final_url, status=fetched.status,
                   body=b"" if fetched.text else fetched.body, text=fetched.text,
                   content_type=fetched.content_type, charset=fetched.charset, content_hash=fetched.content_hash)


def _extract_job(fetched, source):
    """In a worker process: what `run` would do in process, failures included."""
    from .extract import extract

    return _extract_safely(extract, fetched, source)


def _warm_up() -> int:
    import tracker.extract  # noqa: F401  (registers the extractors, imports bs4/lxml and the date layer)
    import tracker.page  # noqa: F401

    return os.getpid()


class _ExtractPool:
    """Extraction on every core. Parsing a page is pure CPU that holds the GIL, so a cold run that parses
    hundreds of pages uses worker processes; a warm run (304s, unchanged bodies) never starts them.

    The pool starts with the (POOL_AFTER + 1)th page to extract, from a forkserver (not fork: the fetch threads
    are running by then) preloaded with the parsing modules. From then on the main thread waits for a worker
    when all are busy rather than extract itself: it has the fetching and recording to do, and a 2-core cold
    run of 1,000 pages took 6% longer when it also extracted. `submit` returns None when the run extracts in
    process (a single core, or a run of fewer than POOL_MIN_SOURCES sources)."""

    def __init__(self, enabled: bool = True) -> None:
        try:
            self.workers = len(os.sched_getaffinity(0))
        except (AttributeError, OSError):
            self.workers = os.cpu_count() or 1
        self.executor = None
        self.broken = not enabled or self.workers < 2 or os.environ.get("TRACKER_EXTRACT_WORKERS") == "0"
        self.max_inflight = 2 * self.workers
        self.seen = 0

    def submit(self, fetched, source):
        self.seen += 1
        if self.broken or self.seen <= POOL_AFTER:
            return None
        try:
            if self.executor is None:
                import multiprocessing
                from concurrent.futures import ProcessPoolExecutor

                ctx = multiprocessing.get_context("forkserver")
                ctx.set_forkserver_preload(["tracker.extract", "tracker.page", "tracker.dates"])
                self.executor = ProcessPoolExecutor(self.workers, mp_context=ctx, initializer=_warm_up)
            return self.executor.submit(_extract_job, fetched, source)
        except Exception as exc:  # no processes here (a sandbox, a read-only /dev/shm): in process
            log.debug("no extraction pool: %s", exc)
            self.broken = True
            return None

    def done(self, inflight: dict, block: bool) -> list:
        if not inflight:
            return []
        from concurrent.futures import FIRST_COMPLETED, wait

        done, _ = wait(list(inflight), timeout=None if block else 0, return_when=FIRST_COMPLETED)
        return list(done)

    def close(self) -> None:
        if self.executor is not None:
            self.executor.shutdown(wait=True, cancel_futures=True)
            self.executor = None


def _extract_safely(extract, fetched, source):
    """Extraction is pure code on untrusted input: whatever it raises (a RecursionError on a page nested
    100,000 deep, a bug) makes this fetch unhealthy for this source, never ends the run."""
    from .model import Extraction

    try:
        return extract(fetched, source.work_obj, source.extractor)
    except Exception as exc:  # noqa: BLE001 - logged with its traceback, recorded in one line
        log.warning("extracting %s failed: %s: %s", source.url, type(exc).__name__, str(exc)[:200])
        log.debug("extraction failure", exc_info=True)
        return Extraction([], has_main_content=False, problem=f"extraction failed: {type(exc).__name__}")


def run(store, *, due_only: bool = False, source_ids: set[int] | None = None, transport=None,
        now: datetime | None = None, check_robots: bool = True, keep_changes: bool = True) -> RunResult:
    """Fetch, extract and record. Never raises for a source's fault; those land in `failures`.

    Pages robots.txt disallows are not fetched: they are recorded as failed fetches (which change nothing).
    The changes are in the database; `keep_changes=False` only counts them (`kinds`), so that a cold run
    over thousands of sources does not also hold every change in memory.
    """
    from .extract import extract
    from .fetch import FetchRequest, fetch_many
    from .reader import reader_of

    started = time.perf_counter()
    now = now or utcnow()
    sources = [s for s in store.sources()
               if (source_ids is None or s.id in source_ids) and (not due_only or is_due(s, now))]
    sources.sort(key=lambda s: s.id)
    run_id = store.begin_run()
    result = RunResult(run_id, sources=len(sources))

    by_url: dict[str, list] = {}
    for s in sources:
        by_url.setdefault(s.url, []).append(s)
    settings = fetch_settings(store.get_settings())
    refused = _robots_refusals(store, list(by_url), settings.timeout) if check_robots else {}
    requests = []
    for url, group in by_url.items():
        if url in refused:
            continue
        # Validators are kept per source: send them only when every source of this URL holds the same
        # ones, so that a 304 means "unchanged" for each of them.
        validators = {(s.etag, s.last_modified) for s in group}
        etag, last_modified = validators.pop() if len(validators) == 1 else (None, None)
        requests.append(FetchRequest(url, etag=etag, last_modified=last_modified, key=url))
    order = {s.id: n for n, s in enumerate(sources)}
    readers = {s.id: reader_of(s.work_obj, s.extractor) for s in sources}
    ready: dict[int, tuple] = {}
    packed: set[int] = set()  # ids of Fetched whose body waits compressed (see `hold`)
    next_index = 0
    pool = _ExtractPool(enabled=len(requests) >= POOL_MIN_SOURCES)
    inflight: dict = {}  # Future -> (index, source, fetched, lean copy)

    def flush() -> None:
        nonlocal next_index
        while next_index < len(sources) and next_index in ready:
            source, fetched, extraction = ready.pop(next_index)
            next_index += 1
            if id(fetched) in packed:
                packed.discard(id(fetched))
                fetched.body = zlib.decompress(fetched.body)
            try:
                changes = store.record(source, fetched, extraction, run_id, now=iso(now), reader=readers[source.id])
            except (TrackerError, sqlite3.Error):
                raise  # the database itself (locked, read-only, corrupt): the whole run stops, in one line
            except Exception as exc:  # a bug on one source's data: that source fails, the run goes on
                log.debug("recording %s failed", source.url, exc_info=True)
                result.failures.append((source.url, f"internal error: {type(exc).__name__}: {exc}"))
                continue
            result.kinds.update(c.kind for c in changes)
            if keep_changes:
                result.changes.extend(changes)
            verdict = getattr(store, "last_verdict", None)
            if fetched.error:
                result.failures.append((source.url, fetched.error))
            elif verdict is not None and not verdict.healthy:
                # answered, but not usable (maintenance page, login wall, collapsed layout): nothing changed
                result.failures.append((source.url, f"unhealthy: {verdict.reason}"))
            log.info("%s [%s] %s, %d change%s, %.2fs", source.url, source.work,
                     fetched.error or fetched.status, len(changes), "" if len(changes) == 1 else "s", fetched.elapsed)

    for url, reason in refused.items():  # never fetched: recorded as this fetch's error, changing nothing
        for source in by_url[url]:
            ready[order[source.id]] = (source, Fetched(url=url, final_url=url, error=reason), None)
    flush()

    def hold(index: int, source, fetched, extraction) -> None:
        """Results wait here until every earlier source is recorded (source-id order). Behind a slow
        source many may wait: past HOLD_PLAIN of them, bodies wait zlib-compressed (a page shrinks ~5x)
        and the decoded text, which only extraction reads, is dropped, so memory stays bounded."""
        ready[index] = (source, fetched, extraction)
        if len(ready) > HOLD_PLAIN and fetched.body and id(fetched) not in packed and index != next_index:
            fetched.body = fetched.deflated or zlib.compress(fetched.body, 1)
            packed.add(id(fetched))
            fetched.text = ""

    def harvest(block: bool) -> None:
        for future in pool.done(inflight, block):
            index, source, fetched, lean = inflight.pop(future)
            try:
                extraction = future.result()
            except Exception as exc:  # a broken pool (a worker died): extract here instead
                log.debug("extraction pool failed (%s); extracting in process", exc)
                extraction = _extract_safely(extract, lean, source)
            hold(index, source, fetched, extraction)

    try:
        with store.batched():
            for req, fetched in fetch_many(requests, settings, transport=transport, idle=store.commit_batch):
                lean = _lean(fetched) if fetched.ok and not fetched.not_modified else None
                for source in by_url[req.key]:
                    extraction, page = None, None
                    reader = readers[source.id]
                    if fetched.ok and fetched.not_modified:
                        # a 304 answers for a page read before; by other code or settings, it is read again
                        page = store.stored_page(source.id, fetched) if source.reader != reader else None
                    elif fetched.ok and not (source.reader == reader and store.repeats_last_fetch(source.id, fetched)):
                        # (the very body of the last fetch, read by this reader: `record` has its facts)
                        extraction = store.reusable_extraction(source.id, fetched, reader)
                        page = lean if extraction is None else None
                    if page is not None:
                        # to a worker (waiting for one when all are busy); in process while the pool starts
                        if len(inflight) >= pool.max_inflight and pool.executor is not None:
                            store.commit_batch()
                            harvest(block=True)
                        future = pool.submit(page, source) if len(inflight) < pool.max_inflight else None
                        if future is not None:
                            inflight[future] = (order[source.id], source, fetched, page)
                            continue
                        extraction = _extract_safely(extract, page, source)
                    hold(order[source.id], source, fetched, extraction)
                if lean is not None:
                    fetched.text = ""  # extraction has its own copy; what is recorded needs the body only
                harvest(block=False)
                flush()
            while inflight:
                store.commit_batch()  # about to wait for the workers: do not hold the write lock meanwhile
                harvest(block=True)
                flush()
            flush()
    finally:
        pool.close()
    store.finish_run(run_id, sources=len(sources), changes=result.n_changes, errors=len(result.failures))
    result.elapsed = time.perf_counter() - started
    return result

