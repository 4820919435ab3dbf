"""Health: may this fetch change anything? PURE (FACTS.md, "Healthy fetches"); decided before diff.

    judge(fetched, extraction, history) -> Verdict

Unhealthy: a fetch error (network, 4xx/5xx, another type, truncated, mojibake: `Fetched.error`), no
extraction, no main content (maintenance page, login wall, empty), zero facts where the last healthy
fetch had some (never a new normal), facts falling below half of the last healthy fetch's when that had
four or more (a broken layout) — unless the same smaller set repeats on the next fetch (an identical body
or a 304 included): then it is the new normal, healthy, flagged "layout change", and diff keeps the facts
it lost without retracting them. A first fetch with zero facts is healthy, flagged "no facts". A fetch on which
an extractor raised is healthy, flagged "partial extraction": diff reveals what it found and counts nothing
it lacks as missing (a bug meeting new markup is not the page taking facts back). The same body read again by
another reader (`reread`) is healthy as judged, flagged "re-read": diff forgets what it no longer finds.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass

from .model import EXTRACTOR_FAILED, PARTIAL, REREAD, Extraction, Fact, Fetched, Verdict

LAYOUT_CHANGE = "layout change"
NO_FACTS = "no facts"
SECTION_GONE = "work section gone"
DROP_PREFIX = "facts fell"   # reasons of fetches judged unhealthy for a fact drop start with this


@dataclass(frozen=True, slots=True)
class SourceHealth:
    """What judging needs of a source's past, from the store.

    last_healthy_n: fact count of the last healthy fetch (None: never a healthy fetch).
    prev_drop_sig: when the previous fetch was judged unhealthy for a fact drop, the signature of its facts.
    """

    last_healthy_n: int | None = None
    prev_drop_sig: str | None = None


def _section_gone(problem: str | None) -> bool:
    """Extraction's word that this work's section of a multi-work page is gone (not that the page broke)."""
    p = (problem or "").lower()
    return "section" in p and any(w in p for w in ("gone", "not on the page", "missing", "vanished", "no longer")) \
        and not any(w in p for w in ("unassigned", "renamed", "cannot assign"))


def fact_signature(facts: list[Fact]) -> str:
    """Order-free fingerprint of a set of facts (field, key, value)."""
    h = hashlib.sha256()
    for line in sorted(f"{f.field}\x1f{f.key}\x1f{f.value}" for f in facts):
        h.update(line.encode("utf-8", "surrogatepass"))
        h.update(b"\n")
    return h.hexdigest()[:32]


def judge(fetched: Fetched, extraction: Extraction | None, history: SourceHealth | None = None) -> Verdict:
    history = history or SourceHealth()
    if fetched.error:
        return Verdict(False, fetched.error)
    if fetched.status is not None and fetched.status not in (200, 304) and not fetched.not_modified:
        return Verdict(False, f"HTTP {fetched.status}")
    if extraction is None:
        return Verdict(False, "nothing to compare: no facts from an earlier fetch" if fetched.not_modified
                       else "not extracted")
    if not extraction.has_main_content:
        return Verdict(False, extraction.problem or "no main content")
    n = len(extraction.facts)
    last = history.last_healthy_n
    if n == 0:
        if _section_gone(extraction.problem):
            # a season list whose other sections still parse lost this work's section: a healthy fetch
            # with zero facts, so its facts are retracted after confirm_retraction fetches
            return Verdict(True, flag=SECTION_GONE)
        if last:
            return Verdict(False, f"no facts (the last healthy fetch had {last})")
        return Verdict(True, flag=NO_FACTS)
    if last is not None and last >= 4 and n * 2 < last:
        if history.prev_drop_sig is not None and history.prev_drop_sig == fact_signature(extraction.facts):
            return Verdict(True, flag=LAYOUT_CHANGE)
        return Verdict(False, f"{DROP_PREFIX} from {last} to {n} (a broken layout?)")
    if (extraction.problem or "").startswith(EXTRACTOR_FAILED):
        return Verdict(True, flag=PARTIAL)   # what it found counts; what it lacks is not taken for gone
    return Verdict(True)


def reread(verdict: Verdict) -> Verdict:
    """The verdict on the last healthy body read again by another reader (tracker.reader): a healthy, unflagged
    reading is flagged `REREAD`. Any other verdict stands: unhealthy changes nothing, and a partial or
    collapsed reading keeps what it lacks."""
    return Verdict(True, flag=REREAD) if verdict.healthy and verdict.flag is None else verdict
