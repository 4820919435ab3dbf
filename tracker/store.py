"""Store: the only module that speaks SQL. One SQLite file in WAL mode.

Tables (read well in Datasette or the sqlite3 shell):

    works            a tracked title                      work_aliases   other names of a work
    sources          one per URL·work pair: schedule, validators, last status, flags
    bodies           fetched bodies, deduplicated by sha256, zlib-compressed
    extractions      the facts extracted from one body for one source (reused on a 304 / same body)
    snapshots        one row per fetch: status, body hash, health verdict, fact count
    facts            what each source states now (first/last seen, evidence, missing count)
    known_values     what each work knows per field·key(·member): the known value, who holds it
    stale_values     values a work held and replaced (January before the delay), with who replaced them
    key_aliases      learned spellings of keys and members (Rouge Redmaster -> Rouge Redstar)
    changes          the change log                       runs           one row per run
    settings         the watchlist's [settings]
    views: current_facts (one row per work·field·key·value), change_log (newest first, with titles and URLs)

The schema version is `PRAGMA user_version`. Writes go through sqlite-utils inside one explicit
transaction per source per run (`record`); reads use plain `sqlite3` so a read-only command starts fast.
"""
from __future__ import annotations

import functools
import json
import os
import re
import sqlite3
import time
import zlib
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterable

from .errors import ConfigError, DatabaseError
from .model import FIELDS, REREAD, Change, Extraction, Fact, Fetched, Verdict, Work, is_set_field
from .normalize import fold

SCHEMA_VERSION = 3
#: The oldest schema the read-only commands (`facts`, `report --format`, `sources`) can read as it is:
#: migrations since only added tables and columns they do not need, so upgrading tracker never locks readers out.
READABLE_SINCE = 1
BUSY_TIMEOUT_MS = 10_000
DEFAULT_SETTINGS = {
    "every": "6h", "per_host": 4, "concurrency": 32, "host_delay": "0s", "confirm_retraction": 2, "flap_window": 3,
    "max_body": "10MB", "timeout": "20s",
}


def utcnow() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds").replace("+00:00", "Z")


def _parse_iso(ts: str) -> datetime:
    try:
        dt = datetime.fromisoformat(ts.replace("Z", "+00:00"))
    except (ValueError, AttributeError):
        return datetime.now(timezone.utc)
    return dt if dt.tzinfo else dt.replace(tzinfo=timezone.utc)


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split()) or type(exc).__name__


def _guard(method):
    """Turn sqlite3's errors into one-line DatabaseErrors the CLI prints."""

    @functools.wraps(method)
    def wrapper(self, *args, **kwargs):
        try:
            return method(self, *args, **kwargs)
        except sqlite3.Error as exc:
            raise self._db_error(exc) from None

    return wrapper


@dataclass
class SourceRow:
    id: int
    url: str
    work: str
    aliases: tuple[str, ...] = ()
    every: str | None = None
    extractor: str = "auto"
    css: dict = field(default_factory=dict)
    etag: str | None = None
    last_modified: str | None = None
    last_fetch_at: str | None = None
    last_status: int | None = None
    last_error: str | None = None
    fail_streak: int = 0
    flags: str | None = None
    n_facts: int = 0
    next_due_at: str | None = None
    work_id: int | None = None
    reader: str | None = None      # tracker.reader of the latest extraction (None: before readers were kept)

    @property
    def work_obj(self) -> Work:
        return Work(self.work, tuple(self.aliases), dict(self.css or {}))


# ------------------------------------------------------------------------------------------ schema

def _migrate_1(db) -> None:
    """The first schema, created with sqlite-utils."""
    db["works"].create({"id": int, "title": str, "title_fold": str, "added_at": str}, pk="id",
                       not_null={"title", "title_fold"})
    db["works"].create_index(["title_fold"], unique=True)
    db["work_aliases"].create({"id": int, "work_id": int, "alias": str, "alias_fold": str, "added_at": str},
                              pk="id", foreign_keys=[("work_id", "works", "id")],
                              not_null={"work_id", "alias", "alias_fold"})
    db["work_aliases"].create_index(["alias_fold"], unique=True)
    db["work_aliases"].create_index(["work_id"])
    db["sources"].create({
        "id": int, "url": str, "work_id": int, "every": str, "extractor": str, "css": str,
        "etag": str, "last_modified": str, "last_fetch_at": str, "last_status": int, "last_error": str,
        "fail_streak": int, "flags": str, "next_due_at": str, "added_at": str,
        "n_facts": int, "healthy_fetches": int, "last_healthy_n": int, "last_healthy_sig": str,
        "validators_body": str,
    }, pk="id", foreign_keys=[("work_id", "works", "id")], not_null={"url", "work_id"},
        defaults={"extractor": "auto", "fail_streak": 0, "n_facts": 0, "healthy_fetches": 0, "css": "{}"})
    db["sources"].create_index(["url", "work_id"], unique=True)
    db["sources"].create_index(["work_id"])
    db["bodies"].create({"hash": str, "content": bytes, "size": int, "stored_size": int, "first_seen": str},
                        pk="hash")
    db["runs"].create({"id": int, "started_at": str, "finished_at": str, "sources": int, "changes": int,
                       "errors": int}, pk="id")
    db["snapshots"].create({
        "id": int, "source_id": int, "run_id": int, "fetched_at": str, "status": int, "final_url": str,
        "body_hash": str, "not_modified": int, "healthy": int, "reason": str, "flag": str, "n_facts": int,
        "facts_sig": str, "elapsed_ms": int, "error": str,
    }, pk="id", foreign_keys=[("source_id", "sources", "id"), ("run_id", "runs", "id"),
                              ("body_hash", "bodies", "hash")], not_null={"source_id", "fetched_at"})
    db["snapshots"].create_index(["source_id", "id"])
    db["snapshots"].create_index(["body_hash"])
    db["snapshots"].create_index(["run_id"])
    db["extractions"].create({"source_id": int, "body_hash": str, "facts": str, "has_main_content": int,
                              "problem": str}, pk=("source_id", "body_hash"),
                             foreign_keys=[("source_id", "sources", "id"), ("body_hash", "bodies", "hash")])
    db["extractions"].create_index(["body_hash"])
    db["facts"].create({
        "id": int, "source_id": int, "work_id": int, "field": str, "key": str, "member": str,
        "key_display": str, "value": str, "value_norm": str, "precision": str, "evidence": str,
        "first_seen": str, "last_seen": str, "missing": int, "kept": int, "seen_no": int, "history": str,
    }, pk="id", foreign_keys=[("source_id", "sources", "id"), ("work_id", "works", "id")],
        not_null={"source_id", "work_id", "field", "key", "member", "value"},
        defaults={"missing": 0, "kept": 0, "seen_no": 0, "history": "[]"})
    db["facts"].create_index(["source_id", "field", "key", "member"], unique=True)
    db["facts"].create_index(["work_id", "field", "key", "member", "value_norm"])
    db["known_values"].create({
        "id": int, "work_id": int, "field": str, "key": str, "member": str, "key_display": str,
        "value": str, "precision": str, "known_by": str, "retracted": int, "first_source_id": int,
        "first_seen": str, "changed_by": int, "prev_value": str, "prev_known_by": str,
    }, pk="id", foreign_keys=[("work_id", "works", "id")],
        not_null={"work_id", "field", "key", "member"}, defaults={"retracted": 0, "known_by": "[]"})
    db["known_values"].create_index(["work_id", "field", "key", "member"], unique=True)
    db["stale_values"].create({"id": int, "work_id": int, "field": str, "key": str, "member": str,
                               "value": str, "replaced_by": int}, pk="id",
                              foreign_keys=[("work_id", "works", "id")])
    db["stale_values"].create_index(["work_id", "field", "key", "member"])
    db["key_aliases"].create({"id": int, "work_id": int, "field": str, "scope": str, "variant": str,
                              "canonical": str, "learned_at": str}, pk="id",
                             foreign_keys=[("work_id", "works", "id")])
    db["key_aliases"].create_index(["work_id", "field", "scope", "variant"], unique=True)
    db["changes"].create({
        "id": int, "work_id": int, "source_id": int, "snapshot_id": int, "run_id": int, "field": str,
        "key": str, "kind": str, "old": str, "new": str, "evidence": str, "observed_at": str,
        "reported_at": str, "source_url": str,
    }, pk="id", foreign_keys=[("work_id", "works", "id"), ("source_id", "sources", "id"),
                              ("snapshot_id", "snapshots", "id")],
        not_null={"work_id", "field", "key", "kind", "observed_at"})
    db["changes"].create_index(["observed_at", "id"])
    db["changes"].create_index(["work_id", "observed_at", "id"])
    db["changes"].create_index(["source_id"])
    db["changes"].create_index(["snapshot_id"])
    # the report cursor: "what has not been reported yet" stays small and indexed at a million changes
    db.execute("CREATE INDEX idx_changes_unreported ON changes(observed_at, id) WHERE reported_at IS NULL")
    db["settings"].create({"name": str, "value": str}, pk="name")
    # the version is PRAGMA user_version; this one-row table says the same for people and tools
    db["schema_version"].create({"version": int, "migrated_at": str}, pk="version")
    db.create_view("change_log", """
        SELECT c.id, c.observed_at, w.title AS work, c.field, c.key, c.kind, c.old, c.new,
               c.source_url AS source, c.evidence, c.reported_at, c.snapshot_id, c.run_id
        FROM changes c JOIN works w ON w.id = c.work_id
        ORDER BY c.observed_at DESC, c.id DESC""", replace=True)
    db.create_view("current_facts", """
        SELECT w.title AS work, f.field, COALESCE(kv.key_display, f.key_display) AS key, f.value,
               f.precision, MIN(f.first_seen) AS first_seen, s.url AS first_source,
               (SELECT group_concat(url, ' ') FROM (
                    SELECT s2.url FROM facts f2 JOIN sources s2 ON s2.id = f2.source_id
                    WHERE f2.work_id = f.work_id AND f2.field = f.field AND f2.key = f.key
                      AND f2.member = f.member AND f2.value_norm IS f.value_norm
                    ORDER BY f2.first_seen, f2.id)) AS sources,
               COUNT(*) AS n_sources, f.evidence
        FROM facts f JOIN works w ON w.id = f.work_id JOIN sources s ON s.id = f.source_id
        LEFT JOIN known_values kv ON kv.work_id = f.work_id AND kv.field = f.field AND kv.key = f.key
                                  AND kv.member = f.member
        GROUP BY f.work_id, f.field, f.key, f.member, f.value_norm""", replace=True)


def _migrate_2(db) -> None:
    """robots.txt answers kept between runs (RFC 9309 lets a crawler cache them up to a day): a run every
    hour then asks each host once a day, not once a run."""
    db["robots"].create({"origin": str, "status": int, "body": str, "fetched_at": str}, pk="origin",
                        not_null={"status", "fetched_at"})


def _migrate_3(db) -> None:
    """The reader (tracker.reader) of each extraction and of each source's latest one, and the charset a body
    was decoded with: an upgrade or a new CSS rule reads an unchanged page again, from the stored body."""
    db["extractions"].add_column("reader", str)
    db["extractions"].add_column("charset", str)
    db["sources"].add_column("reader", str)


MIGRATIONS = {1: _migrate_1, 2: _migrate_2, 3: _migrate_3}


_PRECISION = [(re.compile(r"^\d{4}-\d{2}-\d{2}\b"), "day"), (re.compile(r"^\d{4}-\d{2}$"), "month"),
              (re.compile(r"^\d{4}-(winter|spring|summer|fall)$"), "season"), (re.compile(r"^\d{4}$"), "year")]


def _sha256(body: bytes) -> str:
    import hashlib  # here, not at the top: `report` and `facts` never hash, and start ~5 ms sooner

    return hashlib.sha256(body).hexdigest()


def _precision(value: str) -> str | None:
    """A release date's precision from its partial ISO form (without importing tracker.dates: reads stay fast)."""
    for pat, name in _PRECISION:
        if pat.match(value or ""):
            return name
    return None


def _ids(text: str | None) -> set[int]:
    if not text or text == "[]":
        return set()
    return set(json.loads(text))


def _group_form(sf) -> str:
    """What `current_facts` groups a source's fact by, beside field·key·member: a set's member is already its
    identity (Fuji TV (+Ultra) and フジテレビ“+Ultra” are one broadcaster; 出渕 裕 and Yutaka Izubuchi one
    person once learned), while a one-value fact groups by its value (sources may disagree)."""
    return "" if is_set_field(sf.field, sf.key) else value_norm(sf.field, sf.value)


def value_norm(fact_field: str, value: str) -> str:
    """A comparison form of a value for grouping `current_facts` (same value from several sources)."""
    if fact_field == "release_date":
        from .dates import PartialDate

        d = PartialDate.parse(value)
        if d:
            return d.iso()
    if fact_field in ("cast", "staff"):
        from .diff import dual_script, person_form

        both = dual_script(value)  # 宮本侑芽（Yume Miyamoto） groups with Yume Miyamoto
        return person_form(both[1] if both else value)
    return fold(value) or value.strip().casefold()


@dataclass
class _Batch:
    max_writes: int
    max_seconds: float
    open: bool = False
    writes: int = 0
    started: float = 0.0


# ------------------------------------------------------------------------------------------ the store


_FACT_COLUMNS = ("source_id", "work_id", "field", "key", "member", "key_display", "value", "value_norm", "precision",
                 "evidence", "first_seen", "last_seen", "missing", "kept", "seen_no", "history")
_UPSERT_FACT = (f"INSERT INTO facts({', '.join(_FACT_COLUMNS)}) VALUES ({', '.join('?' for _ in _FACT_COLUMNS)}) "
                "ON CONFLICT(source_id, field, key, member) DO UPDATE SET "
                + ", ".join(f"{c} = excluded.{c}" for c in _FACT_COLUMNS if c not in ("source_id", "field", "key", "member")))


class Store:
    def __init__(self, conn: sqlite3.Connection, path: Path, readonly: bool, readonly_reason: str = ""):
        self.conn = conn
        self.path = path
        self.readonly = readonly
        self._readonly_reason = readonly_reason
        self._db = None  # sqlite_utils.Database, created on first write
        self._settings: dict | None = None
        self.last_verdict = None  # the health verdict of the last `record`
        self._batch: _Batch | None = None  # set inside `batched()`

    # ---------------------------------------------------------------------------------- open / close
    @classmethod
    def open(cls, path: str | Path, *, readonly: bool = False) -> "Store":
        path = Path(path).expanduser()
        if path.exists():
            if path.is_dir():
                raise DatabaseError(f"{path} is a directory, not a database file")
            # Not read with Python's open(): closing any descriptor of the file drops every POSIX lock this
            # process holds on it, including those of SQLite connections already open (the scheduler's).
            # SQLite itself says "file is not a database" for anything else, before writing a byte.
            try:
                exists = path.stat().st_size > 0
            except OSError as exc:
                raise DatabaseError(f"cannot read {path}: {exc.strerror}") from None
            if exists and not os.access(path, os.R_OK):
                raise DatabaseError(f"cannot read {path}: permission denied")
        else:
            exists = False
            if readonly:
                raise DatabaseError(f"no database at {path}")
        reason = ""
        if not readonly:
            parent = path.parent if str(path.parent) else Path(".")
            if not parent.is_dir():
                raise DatabaseError(f"cannot create a database in {parent}: no such directory")
            # a command that must write refuses a read-only file up front (read commands open readonly=True)
            if exists and (not os.access(path, os.W_OK) or not path.stat().st_mode & 0o222):
                # no write bits: read-only even for root, who could write anyway
                raise DatabaseError(f"database is read-only: {path}")
            if not os.access(parent, os.W_OK):
                if not exists:
                    raise DatabaseError(f"cannot create a database in {parent}: directory is read-only")
                raise DatabaseError(f"database is read-only (its directory is): {path}")
        try:
            conn = cls._connect(path, readonly)
            store = cls(conn, path, readonly, reason or f"database is read-only: {path}")
            store._check_schema(exists)
        except sqlite3.Error as exc:
            raise _db_error(path, exc) from None
        return store

    @staticmethod
    def _connect(path: Path, readonly: bool) -> sqlite3.Connection:
        if not readonly:
            conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None,
                                   check_same_thread=False)
        else:
            from urllib.parse import quote

            uri = f"file:{quote(str(path.resolve()))}?mode=ro"
            conn = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None,
                                   check_same_thread=False)
            try:
                conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            except sqlite3.OperationalError:
                # a WAL database in a read-only directory: read it as immutable
                conn.close()
                conn = sqlite3.connect(uri + "&immutable=1", uri=True, isolation_level=None,
                                       check_same_thread=False)
        conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA foreign_keys=ON")
        if not readonly:
            conn.execute("PRAGMA synchronous=NORMAL")  # WAL: durable at checkpoints, never corrupt
        return conn

    def _version(self) -> int:
        version = self.conn.execute("PRAGMA user_version").fetchone()[0]
        if self.conn.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name='schema_version'").fetchone():
            row = self.conn.execute("SELECT max(version) FROM schema_version").fetchone()
            if row and row[0] is not None:
                version = max(version, int(row[0]))
        return version

    def _check_schema(self, existed: bool) -> None:
        self.conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # reads the header: corrupt?
        version = self._version()
        if version > SCHEMA_VERSION:
            raise DatabaseError(f"{self.path} has schema version {version}, newer than this tracker's "
                                f"{SCHEMA_VERSION}: upgrade tracker")
        if self.readonly:
            if version < READABLE_SINCE:
                has_tables = self.conn.execute(
                    "SELECT count(*) FROM sqlite_master WHERE type='table' AND name='works'").fetchone()[0]
                if not has_tables:
                    raise DatabaseError(f"{self.path} is not a tracker database")
                raise DatabaseError(f"{self.path} has an old schema (version {version}): open it writable "
                                    "once to migrate")
            return
        if self.conn.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
            self.conn.execute("PRAGMA journal_mode=WAL")
        if version < SCHEMA_VERSION:
            if version == 0 and self.conn.execute(
                    "SELECT count(*) FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
            ).fetchone()[0] and not self.conn.execute(
                    "SELECT count(*) FROM sqlite_master WHERE name='works'").fetchone()[0]:
                raise DatabaseError(f"{self.path} is a SQLite database of something else, not tracker's")
            self._migrate()

    def _migrate(self) -> None:
        db = self._sqlite_utils()
        with self._tx():
            version = self.conn.execute("PRAGMA user_version").fetchone()[0]
            for target in sorted(MIGRATIONS):
                if target > version:
                    MIGRATIONS[target](db)
                    self.conn.execute(f"PRAGMA user_version={int(target)}")
                    self.conn.execute("INSERT OR REPLACE INTO schema_version(version, migrated_at) VALUES (?, ?)",
                                      (int(target), utcnow()))

    def _sqlite_utils(self):
        if self._db is None:
            import sqlite_utils

            self._db = sqlite_utils.Database(self.conn)
        return self._db

    def close(self) -> None:
        try:
            self.commit_batch()
        except DatabaseError:
            pass
        try:
            if not self.readonly:
                try:
                    self.conn.execute("PRAGMA optimize")
                except sqlite3.Error:
                    pass
            self.conn.close()
        except sqlite3.Error:
            pass

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    # ---------------------------------------------------------------------------------- helpers
    def _db_error(self, exc: sqlite3.Error) -> DatabaseError:
        return _db_error(self.path, exc)

    def _writable(self) -> None:
        if self.readonly:
            raise DatabaseError(self._readonly_reason)

    @contextmanager
    def _tx(self):
        """One explicit transaction (BEGIN IMMEDIATE: take the write lock now, waiting up to busy_timeout).
        Inside `batched()`, a savepoint in the batch's transaction: as atomic, a fraction of the cost."""
        if self._batch is not None:
            with self._batch_savepoint():
                yield
            return
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise
        else:
            self.conn.execute("COMMIT")

    @contextmanager
    def batched(self, *, max_writes: int = 128, max_seconds: float = 0.1):
        """Commit many small atomic writes (a warm run's 304s) together: each `record` stays all-or-nothing
        (a savepoint), but a commit, most of a small write's cost on a real disk, is paid once per batch.
        The write lock is held at most about `max_seconds`, plus what `commit_batch` bounds while the caller
        waits on the network; a run killed halfway loses at most the uncommitted batch, never half a source."""
        if self.readonly or self._batch is not None:
            yield self
            return
        self._batch = _Batch(max_writes, max_seconds)
        try:
            yield self
        finally:
            try:
                self.commit_batch()
            finally:
                self._batch = None

    def commit_batch(self) -> None:
        """Commit what the batch holds now (the caller is about to wait: do not keep the write lock)."""
        if self._batch is not None and self._batch.open:
            self._batch.open = False
            self._batch.writes = 0
            if self.conn.in_transaction:
                try:
                    self.conn.execute("COMMIT")
                except sqlite3.Error as exc:
                    if self.conn.in_transaction:  # leave no half-open batch behind the error
                        self.conn.execute("ROLLBACK")
                    raise self._db_error(exc) from None

    @contextmanager
    def _batch_savepoint(self):
        batch = self._batch
        assert batch is not None
        if not batch.open:
            self.conn.execute("BEGIN IMMEDIATE")
            batch.open, batch.started = True, time.monotonic()
        self.conn.execute("SAVEPOINT record")
        try:
            yield
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK TO record")
                self.conn.execute("RELEASE record")
            else:  # SQLite rolled the whole batch back itself (a full disk, an I/O error)
                batch.open, batch.writes = False, 0
            raise
        self.conn.execute("RELEASE record")
        batch.writes += 1
        if batch.writes >= batch.max_writes or time.monotonic() - batch.started >= batch.max_seconds:
            self.commit_batch()

    def _q(self, sql: str, params: Iterable = ()) -> list[sqlite3.Row]:
        cur = self.conn.execute(sql, tuple(params))
        cols = [d[0] for d in cur.description]
        return [dict(zip(cols, row)) for row in cur.fetchall()]

    def _work_id(self, name: str) -> int | None:
        f = fold(name) or name.strip().casefold()
        row = self.conn.execute("SELECT id FROM works WHERE title_fold = ?", (f,)).fetchone()
        if row:
            return row[0]
        row = self.conn.execute("SELECT work_id FROM work_aliases WHERE alias_fold = ?", (f,)).fetchone()
        return row[0] if row else None

    # ---------------------------------------------------------------------------------- watchlist
    @_guard
    def resolve_work(self, name: str) -> str | None:
        wid = self._work_id(name)
        if wid is None:
            return None
        return self.conn.execute("SELECT title FROM works WHERE id = ?", (wid,)).fetchone()[0]

    @_guard
    def add_source(self, url: str, work: str, *, aliases=(), every: str | None = None, extractor: str = "auto",
                   css: dict | None = None) -> bool:
        self._writable()
        db = self._sqlite_utils()
        now = utcnow()
        work = " ".join(work.split())
        if not work:
            raise ConfigError("a work title cannot be empty")
        with self._tx():
            wid = self._work_id(work)
            if wid is None:
                wid = db["works"].insert({"title": work, "title_fold": fold(work) or work.casefold(),
                                          "added_at": now}).last_pk
            title = self.conn.execute("SELECT title FROM works WHERE id = ?", (wid,)).fetchone()[0]
            for alias in aliases:
                alias = " ".join(str(alias).split())
                af = fold(alias) or alias.casefold()
                if not alias or af == fold(title):
                    continue
                owner = self._work_id(alias)
                if owner == wid:
                    continue
                if owner is not None:
                    other = self.conn.execute("SELECT title FROM works WHERE id = ?", (owner,)).fetchone()[0]
                    raise ConfigError(f"alias {alias!r} already names another work: {other!r}")
                db["work_aliases"].insert({"work_id": wid, "alias": alias, "alias_fold": af, "added_at": now})
            css_json = json.dumps(css or {}, ensure_ascii=False, sort_keys=True)
            row = self.conn.execute("SELECT id, every, extractor, css FROM sources WHERE url = ? AND work_id = ?",
                                    (url, wid)).fetchone()
            if row is None:
                db["sources"].insert({"url": url, "work_id": wid, "every": every, "extractor": extractor or "auto",
                                      "css": css_json, "added_at": now, "fail_streak": 0, "n_facts": 0,
                                      "healthy_fetches": 0})
                return True
            sid, old_every, old_extractor, old_css = row
            updates: dict[str, Any] = {}
            if every is not None and every != old_every:
                updates["every"] = every
            if extractor and extractor != old_extractor:
                updates["extractor"] = extractor
            if css is not None and css_json != (old_css or "{}"):
                updates["css"] = css_json
            if updates:
                db["sources"].update(sid, updates)
            return False

    @_guard
    def remove_sources(self, urls, work: str | None = None) -> int:
        self._writable()
        wid = None
        if work is not None:
            wid = self._work_id(work)
            if wid is None:
                return 0
        removed = 0
        with self._tx():
            for url in urls:
                if wid is None:
                    ids = [r[0] for r in self.conn.execute("SELECT id FROM sources WHERE url = ?", (url,))]
                else:
                    ids = [r[0] for r in self.conn.execute("SELECT id FROM sources WHERE url = ? AND work_id = ?",
                                                           (url, wid))]
                for sid in ids:
                    # the change log outlives the source: it keeps the URL, loses the links
                    self.conn.execute("UPDATE changes SET source_id = NULL, snapshot_id = NULL WHERE source_id = ?",
                                      (sid,))
                    for table in ("facts", "extractions", "snapshots"):
                        self.conn.execute(f"DELETE FROM {table} WHERE source_id = ?", (sid,))
                    # the work's memory forgets the source too (a source added later may reuse its id)
                    wid_of = self.conn.execute("SELECT work_id FROM sources WHERE id = ?", (sid,)).fetchone()[0]
                    for kid, known_by, prev_by in self.conn.execute(
                            "SELECT id, known_by, prev_known_by FROM known_values WHERE work_id = ?", (wid_of,)
                    ).fetchall():
                        a, b = _ids(known_by), _ids(prev_by)
                        if sid in a or sid in b:
                            self.conn.execute("UPDATE known_values SET known_by = ?, prev_known_by = ? WHERE id = ?",
                                              (json.dumps(sorted(a - {sid})), json.dumps(sorted(b - {sid})), kid))
                    self.conn.execute("UPDATE known_values SET changed_by = NULL WHERE changed_by = ?", (sid,))
                    self.conn.execute("UPDATE known_values SET first_source_id = NULL WHERE first_source_id = ?",
                                      (sid,))
                    self.conn.execute("UPDATE stale_values SET replaced_by = NULL WHERE replaced_by = ?", (sid,))
                    self.conn.execute("DELETE FROM sources WHERE id = ?", (sid,))
                    removed += 1
        return removed

    @_guard
    def sources(self) -> list[SourceRow]:
        aliases: dict[int, list[str]] = {}
        for wid, alias in self.conn.execute("SELECT work_id, alias FROM work_aliases ORDER BY id"):
            aliases.setdefault(wid, []).append(alias)
        out = []
        for r in self._q("""SELECT s.*, w.title AS work FROM sources s JOIN works w ON w.id = s.work_id
                            ORDER BY s.id"""):
            try:
                css = json.loads(r["css"] or "{}")
            except ValueError:
                css = {}
            out.append(SourceRow(
                id=r["id"], url=r["url"], work=r["work"], aliases=tuple(aliases.get(r["work_id"], ())),
                every=r["every"], extractor=r["extractor"] or "auto", css=css, etag=r["etag"],
                last_modified=r["last_modified"], last_fetch_at=r["last_fetch_at"], last_status=r["last_status"],
                last_error=r["last_error"], fail_streak=r["fail_streak"] or 0, flags=r["flags"],
                n_facts=r["n_facts"] or 0, next_due_at=r["next_due_at"], work_id=r["work_id"],
                reader=r.get("reader")))  # (a read-only open of a schema-2 database has no such column)
        return out

    @_guard
    def get_settings(self) -> dict:
        if self._settings is not None:
            return dict(self._settings)
        out = dict(DEFAULT_SETTINGS)
        for name, value in self.conn.execute("SELECT name, value FROM settings"):
            try:
                out[name] = json.loads(value)
            except ValueError:
                out[name] = value
        self._settings = out
        return dict(out)

    @_guard
    def set_settings(self, settings: dict) -> None:
        self._writable()
        self._settings = None
        with self._tx():
            for name, value in sorted(settings.items()):
                self.conn.execute("INSERT INTO settings(name, value) VALUES (?, ?) "
                                  "ON CONFLICT(name) DO UPDATE SET value = excluded.value",
                                  (name, json.dumps(value, ensure_ascii=False)))

    # ---------------------------------------------------------------------------------- runs
    @_guard
    def begin_run(self) -> int:
        self._writable()
        with self._tx():
            # plain SQL: a run whose pages are unchanged then never imports sqlite-utils (~50 ms)
            return self.conn.execute("INSERT INTO runs(started_at) VALUES (?)", (utcnow(),)).lastrowid

    @_guard
    def robots_copies(self, origins: Iterable[str]) -> list[tuple[str, int, str, float]]:
        """(origin, status, body, age in seconds) of the kept robots.txt answers for these origins."""
        wanted = set(origins)
        now = datetime.now(timezone.utc)
        return [(o, st, body or "", (now - _parse_iso(at)).total_seconds())
                for o, st, body, at in self.conn.execute("SELECT origin, status, body, fetched_at FROM robots")
                if o in wanted]

    @_guard
    def keep_robots(self, answers: Iterable[tuple[str, int, str]]) -> None:
        answers = list(answers)
        if not answers or self.readonly:
            return
        at = utcnow()
        with self._tx():
            self.conn.executemany(
                "INSERT INTO robots(origin, status, body, fetched_at) VALUES (?, ?, ?, ?) ON CONFLICT(origin) "
                "DO UPDATE SET status = excluded.status, body = excluded.body, fetched_at = excluded.fetched_at",
                [(o, st, body, at) for o, st, body in answers])

    @_guard
    def finish_run(self, run_id: int, *, sources: int, changes: int, errors: int) -> None:
        self._writable()
        with self._tx():
            self.conn.execute("UPDATE runs SET finished_at = ?, sources = ?, changes = ?, errors = ? WHERE id = ?",
                              (utcnow(), sources, changes, errors, run_id))

    @_guard
    def reusable_extraction(self, source_id: int, fetched: Fetched, reader: str | None = None) -> Extraction | None:
        """The facts of an earlier fetch of this source: the one whose validators a 304 answers, or the
        one with an identical body, made by `reader` when one is given. None when there is none (the caller
        extracts)."""
        if fetched.error:
            return None
        body_hash = self._body_hash_of(source_id, fetched)
        if not body_hash:
            return None
        return self._extraction(source_id, body_hash, reader)

    def _body_hash_of(self, source_id: int, fetched: Fetched) -> str | None:
        """The body a fetch stands for: its own, or for a 304 the one whose validators it answers."""
        if fetched.not_modified:
            row = self.conn.execute("SELECT validators_body FROM sources WHERE id = ?", (source_id,)).fetchone()
            return row[0] if row else None
        return fetched.content_hash or (_sha256(fetched.body) if fetched.body else None)

    @_guard
    def repeats_last_fetch(self, source_id: int, fetched: Fetched) -> bool:
        """A 200 whose body is the one of this source's last fetch, healthy and unflagged: `record` knows its
        facts already (the caller neither extracts nor loads them, unless its reader changed: tracker.reader)."""
        if not (fetched.ok and fetched.status == 200 and fetched.content_hash):
            return False
        last = self._last_snapshot(source_id)
        return last is not None and last[2] == fetched.content_hash and bool(last[3]) and last[4] is None

    @_guard
    def stored_page(self, source_id: int, fetched: Fetched) -> Fetched | None:
        """The page an unchanged fetch (a 304, an identical body) stands for, decoded from the stored body as
        the fetch that stored it decoded it: for reading it again with a new reader. None when not stored."""
        from .fetch import decode_body

        body_hash = self._body_hash_of(source_id, fetched)
        row = body_hash and self.conn.execute("SELECT content FROM bodies WHERE hash = ?", (body_hash,)).fetchone()
        if not row or row[0] is None:
            return None
        try:
            body = zlib.decompress(row[0])
        except zlib.error:
            return None
        charset = self.conn.execute(
            "SELECT charset FROM extractions WHERE body_hash = ? AND charset IS NOT NULL "
            "ORDER BY source_id = ? DESC LIMIT 1", (body_hash, source_id)).fetchone()
        text, codec = decode_body(body, f"text/html; charset={charset[0]}" if charset else None)
        last = self.conn.execute("SELECT final_url FROM snapshots WHERE source_id = ? AND body_hash = ? "
                                 "ORDER BY id DESC LIMIT 1", (source_id, body_hash)).fetchone()
        return Fetched(url=fetched.url, final_url=(last and last[0]) or fetched.final_url or fetched.url,
                       status=200, text=text, content_type="text/html", charset=codec, content_hash=body_hash)

    def _last_healthy_body(self, source_id: int) -> str | None:
        row = self.conn.execute("SELECT body_hash FROM snapshots WHERE source_id = ? AND healthy = 1 "
                                "ORDER BY id DESC LIMIT 1", (source_id,)).fetchone()
        return row[0] if row else None

    def _last_snapshot(self, source_id: int):
        """(reason, facts_sig, body_hash, healthy, flag, n_facts) of the source's latest fetch, or None."""
        return self.conn.execute("SELECT reason, facts_sig, body_hash, healthy, flag, n_facts FROM snapshots "
                                 "WHERE source_id = ? ORDER BY id DESC LIMIT 1", (source_id,)).fetchone()

    def _extraction(self, source_id: int, body_hash: str, reader: str | None = None) -> Extraction | None:
        """The stored extraction of this body for this source (made by `reader`, when one is given)."""
        row = self.conn.execute("SELECT facts, has_main_content, problem, reader FROM extractions "
                                "WHERE source_id = ? AND body_hash = ?", (source_id, body_hash)).fetchone()
        if row is None or (reader is not None and row[3] != reader):
            return None
        facts = [Fact(f[0], f[1], f[2], f[3] if len(f) > 3 else "", f[4] if len(f) > 4 else None)
                 for f in json.loads(row[0] or "[]")]
        return Extraction(facts, has_main_content=bool(row[1]), problem=row[2])

    # ---------------------------------------------------------------------------------- record
    @_guard
    def record(self, source: SourceRow, fetched: Fetched, extraction: Extraction | None, run_id: int | None,
               now: str | None = None, reader: str | None = None) -> list[Change]:
        """Judge health, store the body and the snapshot, diff, and write the facts, changes and the
        source's status: all in one transaction. Returns the changes logged.

        `reader` (tracker.reader) made `extraction`; given, an unchanged page read before by another reader
        is not taken for unchanged, and its new reading is judged a re-read (see `REREAD`)."""
        self._writable()
        self.last_verdict = None
        from .health import DROP_PREFIX, LAYOUT_CHANGE, SourceHealth, fact_signature, judge, reread

        now = now or utcnow()
        with self._tx():
            src = self.conn.execute(
                "SELECT s.id, s.url, s.work_id, w.title, s.every, s.last_healthy_n, s.healthy_fetches, "
                "s.validators_body, s.fail_streak, s.etag, s.last_modified, s.last_healthy_sig, s.n_facts, s.reader "
                "FROM sources s JOIN works w ON w.id = s.work_id WHERE s.id = ?", (source.id,)).fetchone()
            if src is None:
                return []  # removed while the run was fetching
            (sid, url, wid, title, every, last_healthy_n, healthy_fetches, validators_body, fail_streak,
             etag, last_modified, last_healthy_sig, stored_n, stored_reader) = src
            new_reader = reader is not None and reader != stored_reader
            # the body: deduplicated by hash; a 304 repeats the fetch whose validators were sent
            body_hash = None
            if fetched.ok and fetched.not_modified:
                body_hash = validators_body
            elif fetched.ok and fetched.body:
                body_hash = fetched.content_hash or _sha256(fetched.body)
                if self.conn.execute("SELECT 1 FROM bodies WHERE hash = ?", (body_hash,)).fetchone() is None:
                    # only a body not stored yet (an unchanged 200: none); the server's gzip when it had one
                    packed = fetched.deflated or zlib.compress(fetched.body, 6)
                    self.conn.execute("INSERT INTO bodies(hash, content, size, stored_size, first_seen) "
                                      "VALUES (?, ?, ?, ?, ?)", (body_hash, packed, len(fetched.body), len(packed), now))
            prev = self._last_snapshot(sid)
            # a 304 or an identical 200 repeating the last healthy, unflagged fetch with nothing pending: the
            # same facts, the same verdict, so the stored extraction is not even loaded (most of a warm run)
            unchanged = (fetched.ok and (fetched.not_modified or fetched.status == 200) and extraction is None
                         and body_hash is not None
                         and prev is not None and prev[2] == body_hash and prev[3] and prev[4] is None
                         and prev[1] == last_healthy_sig and prev[5] == last_healthy_n
                         and not new_reader and not self._pending(sid))
            fresh = extraction is not None  # made for this fetch (or reused as made by `reader`), not loaded below
            if fetched.ok and extraction is None and body_hash and not unchanged:
                extraction = self._extraction(sid, body_hash)
            if fetched.ok and fresh and body_hash and (not fetched.not_modified or new_reader):
                self.conn.execute(
                    "INSERT OR REPLACE INTO extractions(source_id, body_hash, facts, has_main_content, problem, "
                    "reader, charset) VALUES (?, ?, ?, ?, ?, ?, COALESCE(?, (SELECT charset FROM extractions "
                    "WHERE source_id = ? AND body_hash = ?)))",
                    (sid, body_hash, json.dumps([[f.field, f.key, f.value, f.evidence, f.precision]
                                                 for f in extraction.facts], ensure_ascii=False),
                     int(extraction.has_main_content), extraction.problem, reader, fetched.charset, sid, body_hash))
                if reader is not None:
                    stored_reader = reader   # the source's reader now (written with its status below)
            # health
            if unchanged:
                verdict, facts, n_facts, sig = Verdict(True), [], last_healthy_n, last_healthy_sig
            else:
                prev_drop_sig = prev[1] if prev and prev[0] and prev[0].startswith(DROP_PREFIX) else None
                verdict = judge(fetched, extraction, SourceHealth(last_healthy_n, prev_drop_sig))
                if fresh and new_reader and body_hash == self._last_healthy_body(sid):
                    verdict = reread(verdict)
                facts = list(extraction.facts) if extraction is not None else []
                n_facts = len(facts) if extraction is not None else None
                sig = fact_signature(facts) if extraction is not None else None
            self.last_verdict = verdict  # for the caller's summary ("2 failed"), after the commit below
            # the hot path writes with plain parameterised SQL: sqlite-utils' insert re-reads the table's
            # schema on every call (~1.5 ms each, measured), which a run of a thousand sources cannot afford
            snapshot_id = self.conn.execute(
                "INSERT INTO snapshots(source_id, run_id, fetched_at, status, final_url, body_hash, not_modified, "
                "healthy, reason, flag, n_facts, facts_sig, elapsed_ms, error) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (sid, run_id, now, fetched.status, fetched.final_url or fetched.url, body_hash,
                 int(bool(fetched.not_modified)), int(verdict.healthy), verdict.reason or None, verdict.flag,
                 n_facts, sig,
                 int(round((fetched.elapsed or 0) * 1000)), fetched.error)).lastrowid
            changes: list[Change] = []
            if unchanged or (verdict.healthy and verdict.flag in (None, REREAD) and sig is not None
                             and sig == last_healthy_sig and not self._pending(sid)):
                # the same facts as the last healthy fetch, nothing pending: diff would only count the fetch
                healthy_fetches = (healthy_fetches or 0) + 1
                self.conn.execute("UPDATE facts SET last_seen = ?, seen_no = ? WHERE source_id = ?",
                                  (now, healthy_fetches, sid))
            elif verdict.healthy:
                from .diff import diff  # here: an unchanged source (most of a warm run) never needs it (~25 ms)

                ss = self._load_source_state(sid, healthy_fetches)
                ws = self._load_work_state(wid, title)
                settings = self.get_settings()
                res = diff(sid, url, title, facts, verdict, ss, ws, now, settings)
                self._save_source_state(sid, wid, ss, res.source_state)
                self._save_work_state(wid, ws, res.work_state, res.new_aliases, now)
                changes = res.changes
                if changes:
                    self.conn.executemany(
                        "INSERT INTO changes(work_id, source_id, snapshot_id, run_id, field, key, kind, old, new, "
                        "evidence, observed_at, source_url) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        [(wid, sid, snapshot_id, run_id, c.field, c.key, c.kind, c.old, c.new, c.evidence,
                          c.observed_at, c.source) for c in changes])
                healthy_fetches = res.source_state.healthy_fetches
            if verdict.healthy:
                last_healthy_n, last_healthy_sig = n_facts, sig
            # the source's status (unchanged: the same rows as after the last fetch, none kept)
            n_facts, n_kept = (stored_n, 0) if unchanged and stored_n is not None else self.conn.execute(
                "SELECT count(*), coalesce(sum(kept), 0) FROM facts WHERE source_id = ?", (sid,)).fetchone()
            flags = []
            if n_kept:
                flags.append(LAYOUT_CHANGE)
            if verdict.flag and verdict.flag not in flags:
                flags.append(verdict.flag)
            if (not verdict.healthy and not fetched.error and extraction is not None
                    and extraction.has_main_content and not extraction.facts):
                flags.append("no facts")  # zero facts is never a new normal: say so
            if ((unchanged or extraction is not None and extraction.has_main_content) and fetched.ok
                    and not fetched.not_modified and body_hash):
                etag, last_modified, validators_body = fetched.etag, fetched.last_modified, body_hash
            elif fetched.not_modified:
                etag = fetched.etag or etag
                last_modified = fetched.last_modified or last_modified
            # the same arithmetic as the scheduler (interval, jitter, backoff, Retry-After), so that
            # `tracker sources`, `tracker run --due` from cron and `tracker schedule` agree
            from .schedule import next_due_iso

            new_streak = 0 if verdict.healthy else (fail_streak or 0) + 1
            next_due = next_due_iso(url=source.url, every=every, default_every=self.get_settings().get("every"),
                                    last_fetch_at=now, fail_streak=new_streak, retry_after=fetched.retry_after)
            self.conn.execute(
                "UPDATE sources SET last_fetch_at = ?, last_status = ?, last_error = ?, fail_streak = ?, flags = ?, "
                "next_due_at = ?, etag = ?, last_modified = ?, validators_body = ?, n_facts = ?, "
                "healthy_fetches = ?, last_healthy_n = ?, last_healthy_sig = ?, reader = ? WHERE id = ?",
                (now, fetched.status, None if verdict.healthy else verdict.reason,
                 new_streak, "; ".join(flags) or None, next_due,
                 etag, last_modified, validators_body, n_facts, healthy_fetches, last_healthy_n, last_healthy_sig,
                 stored_reader, sid))
        return changes

    def _pending(self, sid: int) -> bool:
        """Facts this source no longer states but has not retracted yet, or keeps after a layout change:
        the next healthy fetch must go through diff even when its facts are the same."""
        return self.conn.execute("SELECT 1 FROM facts WHERE source_id = ? AND (missing > 0 OR kept) LIMIT 1",
                                 (sid,)).fetchone() is not None

    # ---------------------------------------------------------------------------------- diff state
    def _load_source_state(self, sid: int, healthy_fetches: int):
        from .diff import SourceFact, SourceState, ident_str

        ss = SourceState(sid, healthy_fetches or 0)
        facts = ss.facts
        for (fld, key, member, key_display, value, evidence, precision, first_seen, last_seen, missing, kept,
             seen_no, history) in self.conn.execute(
                "SELECT field, key, member, key_display, value, evidence, precision, first_seen, last_seen, "
                "missing, kept, seen_no, history FROM facts WHERE source_id = ?", (sid,)):
            facts[ident_str(fld, key, member)] = SourceFact(
                fld, key, member, key_display or "", value, evidence or "", precision, first_seen or "",
                last_seen or "", missing or 0, bool(kept), seen_no or 0,
                json.loads(history) if history not in (None, "[]") else [])
        return ss

    def _save_source_state(self, sid: int, wid: int, before, after) -> None:
        def core(sf):
            return (sf.key_display, sf.value, sf.evidence, sf.precision, sf.first_seen, sf.missing, sf.kept,
                    sf.history)

        if after.facts:
            some = next(iter(after.facts.values()))
            self.conn.execute("UPDATE facts SET last_seen = ?, seen_no = ? WHERE source_id = ? AND missing = 0 "
                              "AND kept = 0",
                              (max(sf.last_seen for sf in after.facts.values()) or some.last_seen,
                               after.healthy_fetches, sid))
        gone = [before.facts[ident] for ident in set(before.facts) - set(after.facts)]
        self.conn.executemany("DELETE FROM facts WHERE source_id = ? AND field = ? AND key = ? AND member = ?",
                              [(sid, sf.field, sf.key, sf.member) for sf in gone])
        rows = []
        for ident, sf in after.facts.items():
            old = before.facts.get(ident)
            if old is not None and core(old) == core(sf):
                continue
            rows.append((sid, wid, sf.field, sf.key, sf.member, sf.key_display, sf.value, _group_form(sf),
                         sf.precision, sf.evidence, sf.first_seen, sf.last_seen, sf.missing, int(sf.kept),
                         sf.seen_no, json.dumps(sf.history, ensure_ascii=False)))
        self.conn.executemany(_UPSERT_FACT, rows)  # one prepared statement for a source's facts

    def _load_work_state(self, wid: int, title: str):
        from .diff import Slot, WorkState, alias_str, ident_str

        ws = WorkState(title)
        slots = ws.slots
        for (fld, key, member, key_display, value, precision, known_by, retracted, first_source, first_seen,
             changed_by, prev_value, prev_known_by) in self.conn.execute(
                "SELECT field, key, member, key_display, value, precision, known_by, retracted, first_source_id, "
                "first_seen, changed_by, prev_value, prev_known_by FROM known_values WHERE work_id = ?", (wid,)):
            slots[ident_str(fld, key, member)] = Slot(
                fld, key, member, key_display or "", value, precision, _ids(known_by), set(), [],
                bool(retracted), first_source, first_seen or "", changed_by, prev_value, _ids(prev_known_by))
        for r in self._q("SELECT field, key, member, value, replaced_by FROM stale_values WHERE work_id = ? "
                         "ORDER BY id", (wid,)):
            slot = ws.slots.get(ident_str(r["field"], r["key"], r["member"]))
            if slot is not None:
                slot.stale.append([r["value"], r["replaced_by"]])
        for f, k, m, s in self.conn.execute("SELECT field, key, member, source_id FROM facts WHERE work_id = ?",
                                            (wid,)):
            slot = ws.slots.get(ident_str(f, k, m))
            if slot is not None:
                slot.holders.add(s)
        for f, scope, variant, canonical in self.conn.execute(
                "SELECT field, scope, variant, canonical FROM key_aliases WHERE work_id = ?", (wid,)):
            ws.aliases[alias_str(f, scope, variant)] = canonical
        return ws

    def _save_work_state(self, wid: int, before, after, new_aliases: dict[str, str], now: str) -> None:
        from .diff import split_ident

        def core(slot):
            return (slot.key_display, slot.value, slot.precision, sorted(slot.known_by), slot.retracted,
                    slot.first_source, slot.first_seen, slot.changed_by, slot.prev_value,
                    sorted(slot.prev_known_by), slot.stale)

        upserts, stale = [], []
        for ident, slot in after.slots.items():
            old = before.slots.get(ident)
            if old is not None and core(old) == core(slot):
                continue
            upserts.append((wid, slot.field, slot.key, slot.member, slot.key_display, slot.value, slot.precision,
                            json.dumps(sorted(slot.known_by)), int(slot.retracted), slot.first_source,
                            slot.first_seen, slot.changed_by, slot.prev_value, json.dumps(sorted(slot.prev_known_by))))
            if old is None or old.stale != slot.stale:
                stale.append(slot)
        self.conn.executemany(
            "INSERT INTO known_values(work_id, field, key, member, key_display, value, precision, known_by, "
            "retracted, first_source_id, first_seen, changed_by, prev_value, prev_known_by) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT(work_id, field, key, member) DO UPDATE SET key_display = excluded.key_display, "
            "value = excluded.value, precision = excluded.precision, known_by = excluded.known_by, "
            "retracted = excluded.retracted, changed_by = excluded.changed_by, "
            "prev_value = excluded.prev_value, prev_known_by = excluded.prev_known_by", upserts)
        for slot in stale:
            self.conn.execute("DELETE FROM stale_values WHERE work_id = ? AND field = ? AND key = ? AND member = ?",
                              (wid, slot.field, slot.key, slot.member))
            self.conn.executemany("INSERT INTO stale_values(work_id, field, key, member, value, replaced_by) "
                                  "VALUES (?, ?, ?, ?, ?, ?)",
                                  [(wid, slot.field, slot.key, slot.member, value, by) for value, by in slot.stale])
        for a, canonical in sorted(new_aliases.items()):
            f, scope, variant = split_ident(a)
            self.conn.execute("INSERT INTO key_aliases(work_id, field, scope, variant, canonical, learned_at) "
                              "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(work_id, field, scope, variant) "
                              "DO UPDATE SET canonical = excluded.canonical",
                              (wid, f, scope, variant, canonical, now))

    # ---------------------------------------------------------------------------------- reading
    @_guard
    def changes(self, *, since: str | None = None, work: str | None = None, unreported_only: bool = False,
                limit: int | None = None) -> list[dict]:
        where, params = [], []
        if unreported_only:
            where.append("c.reported_at IS NULL")
        if since:
            where.append("c.observed_at >= ?")
            params.append(since)
        if work is not None:
            wid = self._work_id(work)
            if wid is None:
                return []
            where.append("c.work_id = ?")
            params.append(wid)
        sql = ("SELECT c.id, w.title AS work, c.field, c.key, c.kind, c.old, c.new, c.source_url AS source, "
               "c.observed_at, c.evidence FROM changes c JOIN works w ON w.id = c.work_id"
               + (" WHERE " + " AND ".join(where) if where else "")
               + " ORDER BY c.observed_at DESC, c.id DESC")
        if limit is not None:
            sql += " LIMIT ?"
            params.append(int(limit))
        return self._q(sql, params)

    @_guard
    def mark_reported(self, ids) -> None:
        ids = [int(i) for i in ids]
        if not ids:
            return
        self._writable()
        now = utcnow()
        with self._tx():
            for i in range(0, len(ids), 500):
                chunk = ids[i:i + 500]
                self.conn.execute(f"UPDATE changes SET reported_at = ? WHERE reported_at IS NULL AND id IN "
                                  f"({', '.join('?' for _ in chunk)})", [now, *chunk])

    @_guard
    def current_facts(self, work: str | None = None) -> list[dict]:
        where, params = "", []
        if work is not None:
            wid = self._work_id(work)
            if wid is None:
                return []
            where, params = " WHERE f.work_id = ?", [wid]
        rows = self.conn.execute(
            "SELECT w.title, f.field, f.key, f.member, COALESCE(kv.key_display, f.key_display), f.value, "
            "f.value_norm, f.precision, f.first_seen, f.evidence, s.url, f.work_id "
            "FROM facts f JOIN works w ON w.id = f.work_id JOIN sources s ON s.id = f.source_id "
            "LEFT JOIN known_values kv ON kv.work_id = f.work_id AND kv.field = f.field AND kv.key = f.key "
            "AND kv.member = f.member" + where + " ORDER BY f.first_seen, f.id", params).fetchall()
        groups: dict[tuple, dict] = {}
        for title, fld, key, member, key_display, value, vnorm, precision, first_seen, evidence, url, wid in rows:
            g = groups.get((wid, fld, key, member, vnorm))
            if g is None:
                groups[(wid, fld, key, member, vnorm)] = {
                    "work": title, "field": fld, "key": key_display or "", "value": value,
                    "precision": precision or (_precision(value) if fld == "release_date" else None),
                    "sources": [url], "first_seen": first_seen, "evidence": evidence or ""}
            elif url not in g["sources"]:
                g["sources"].append(url)
        order = {f: i for i, f in enumerate(FIELDS)}
        return sorted(groups.values(), key=lambda g: (g["work"].casefold(), order.get(g["field"], 99),
                                                      g["key"].casefold(), g["first_seen"] or ""))


def _db_error(path: Path, exc: sqlite3.Error) -> DatabaseError:
    msg = _one_line(exc)
    low = msg.lower()
    if "not a database" in low:
        return DatabaseError(f"{path} is not a SQLite database")
    if "readonly" in low or "read-only" in low:
        return DatabaseError(f"database is read-only: {path}")
    if "locked" in low or "busy" in low:
        return DatabaseError(f"database is locked by another process: {path}")
    if "malformed" in low or "corrupt" in low:
        return DatabaseError(f"database is corrupt: {path} ({msg})")
    if "unable to open" in low:
        return DatabaseError(f"cannot open database {path}: {msg}")
    return DatabaseError(f"database error on {path}: {msg}")
