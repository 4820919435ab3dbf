"""The shared vocabulary: every module speaks in these types (see ../shared/FACTS.md).

Kept free of I/O and of heavy imports so that any command can import it cheaply.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Mapping

#: Fields whose (field, key) holds one value; a new value supersedes the old one.
ONE_VALUE_FIELDS = frozenset({"release_date", "episodes", "cast", "theme_song", "trailer"})
#: Fields that hold a set of members; a member is revealed or retracted, never changed.
SET_FIELDS = frozenset({"staff", "studio", "broadcaster", "streaming", "premiere_event"})
FIELDS = (
    "release_date", "episodes", "cast", "theme_song", "trailer",
    "staff", "studio", "broadcaster", "streaming", "premiere_event",
)
PRECISIONS = ("year", "season", "month", "day")
CHANGE_KINDS = ("revealed", "refined", "changed", "disputed", "retracted", "corroborated")


def is_set_field(field_name: str, key: str) -> bool:
    """Cast under the empty key (actors named without characters) is a set; other cast is one-value."""
    return field_name in SET_FIELDS or (field_name == "cast" and key == "")


@dataclass(frozen=True, slots=True)
class Fact:
    """One statement a page makes about a work: field · key · value (+ precision for dates).

    `value` is the display form as FACTS.md writes it (`2024-01`, `Rouge — YU-KA`,
    `2023-10-15 https://…`); comparison uses folded forms computed by `tracker.normalize`.
    `evidence` is the sentence or element it came from, already cleaned and length-capped.
    """

    field: str
    key: str
    value: str
    evidence: str = ""
    precision: str | None = None  # release_date only: year | season | month | day


@dataclass(frozen=True, slots=True)
class Work:
    """What an extractor needs to know about the tracked title: its names and the source's CSS rules."""

    title: str
    aliases: tuple[str, ...] = ()
    css: Mapping[str, str] = field(default_factory=dict)

    @property
    def names(self) -> tuple[str, ...]:
        return (self.title, *self.aliases)


@dataclass(slots=True)
class Fetched:
    """The outcome of one HTTP fetch. `error` is set (and `body` empty) when the fetch failed.

    Never raised: the network's faults are data here, so one bad source cannot stop a run.
    """

    url: str
    final_url: str = ""
    status: int | None = None
    headers: Mapping[str, str] = field(default_factory=dict)
    body: bytes = b""
    text: str = ""                 # decoded body ('' when not text or not decodable)
    content_type: str = ""         # media type without parameters, lower case
    charset: str | None = None     # the charset used to decode `text`
    content_hash: str | None = None  # sha256 hex of `body` (None for 304 / errors)
    deflated: bytes | None = None  # `body` as a zlib stream, from the wire's gzip/deflate when it held it whole
    not_modified: bool = False     # a 304 answer to our conditional request
    error: str | None = None       # one line: "timeout after 20s", "HTTP 503", "body over 10 MB"…
    elapsed: float = 0.0           # seconds
    etag: str | None = None
    last_modified: str | None = None
    retry_after: float | None = None  # seconds, from a 429/503 Retry-After header

    @property
    def ok(self) -> bool:
        return self.error is None


@dataclass(slots=True)
class Extraction:
    """What extraction made of one page for one work, with what health needs to judge it."""

    facts: list[Fact]
    has_main_content: bool = True
    problem: str | None = None     # why the page is not usable ("no main content", "login wall"…)


#: An extractor raised on the page (a bug meeting new markup): the other extractors' facts count, but what the
#: page's facts lack is not taken for gone (`Extraction.problem` starts with `EXTRACTOR_FAILED`, so a stored
#: extraction reused on a 304 says so too).
PARTIAL = "partial extraction"
EXTRACTOR_FAILED = "extractor failed"
#: The body of the last healthy fetch, read again by another reader (an upgrade, a new CSS rule or alias:
#: tracker.reader): what the new reading finds counts, what it no longer finds is forgotten, never retracted
#: (the page took nothing back).
REREAD = "re-read"


@dataclass(frozen=True, slots=True)
class Verdict:
    """Whether a fetch may change anything. Decided before diff (FACTS.md, Healthy fetches)."""

    healthy: bool
    reason: str = ""               # "" when healthy; else one line for `tracker sources`
    flag: str | None = None        # a healthy-but-noteworthy condition: "layout change", "no facts"


@dataclass(frozen=True, slots=True)
class Change:
    """One line of the change log."""

    work: str
    field: str
    key: str
    kind: str                      # one of CHANGE_KINDS
    old: str | None
    new: str | None
    source: str                    # source URL
    observed_at: str               # ISO 8601 UTC
    evidence: str = ""
