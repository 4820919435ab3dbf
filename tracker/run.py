"""One run: fetch every (due) source once, extract, and record each result; the CLI and the scheduler share it.

Fetches run concurrently; results are recorded in source-id order, so the same fetches always log the
same changes whatever order the network returned them in (FACTS.md). A URL that serves several works is
fetched once and recorded once per work.
"""
from __future__ import annotations

import logging
import sqlite3
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone

from .errors import TrackerError
from .model import Change, Fetched

log = logging.getLogger("tracker.run")


@dataclass
class RunResult:
    run_id: int
    sources: int = 0
    changes: list[Change] = field(default_factory=list)
    failures: list[tuple[str, str]] = field(default_factory=list)  # (url, error)
    elapsed: float = 0.0


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


def iso(dt: datetime) -> str:
    return dt.astimezone(timezone.utc).isoformat(timespec="seconds").replace("+00:00", "Z")


def fetch_settings(settings: dict):
    from .fetch import FetchSettings, parse_size  # binary units, as fetch's own default and messages
    from .watchlist import parse_duration

    return FetchSettings(
        max_body=parse_size(settings.get("max_body", "10MB")),
        per_host=int(settings.get("per_host", 4)),
        host_delay=parse_duration(settings.get("host_delay", "0s")),
        timeout=parse_duration(settings.get("timeout", "20s")),
    )


def is_due(source, now: datetime) -> bool:
    if not source.last_fetch_at or not source.next_due_at:
        return True
    return source.next_due_at <= iso(now)


def _robots_refusals(urls: list[str]) -> dict[str, str]:
    from .politeness import robots_refusals

    try:
        return robots_refusals(urls)
    except Exception as exc:  # robots.txt is politeness, not a reason to stop a run
        log.warning("robots.txt check failed: %s: %s", type(exc).__name__, exc)
        return {}


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
        now: datetime | None = None, check_robots: bool = True) -> RunResult:
    """Fetch, extract and record. Never raises for a source's fault; those land in `failures`.

    Pages robots.txt disallows are not fetched: they are recorded as failed fetches (which change nothing).
    """
    from .extract import extract
    from .fetch import FetchRequest, fetch_many

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
    refused = _robots_refusals(list(by_url)) if check_robots else {}
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
    ready: dict[int, tuple] = {}
    next_index = 0

    def flush() -> None:
        nonlocal next_index
        while next_index < len(sources) and next_index in ready:
            source, fetched, extraction = ready.pop(next_index)
            next_index += 1
            try:
                changes = store.record(source, fetched, extraction, run_id, now=iso(now))
            except (TrackerError, sqlite3.Error):
                raise  # the database itself (locked, read-only, corrupt): the whole run stops, in one line
            except Exception as exc:  # a bug on one source's data: that source fails, the run goes on
                log.debug("recording %s failed", source.url, exc_info=True)
                result.failures.append((source.url, f"internal error: {type(exc).__name__}: {exc}"))
                continue
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
    for req, fetched in fetch_many(requests, fetch_settings(store.get_settings()), transport=transport):
        for source in by_url[req.key]:
            extraction = None
            if fetched.ok:
                extraction = store.reusable_extraction(source.id, fetched)
                if extraction is None and not fetched.not_modified:
                    extraction = _extract_safely(extract, fetched, source)
            ready[order[source.id]] = (source, fetched, extraction)
        flush()
    flush()
    store.finish_run(run_id, sources=len(sources), changes=len(result.changes), errors=len(result.failures))
    result.elapsed = time.perf_counter() - started
    return result

