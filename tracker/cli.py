"""The `tracker` command: a thin layer that parses arguments, calls one function, prints.

Imports are lazy, per command: `report`, `facts` and `sources` only read the database and should start
in tens of milliseconds, without loading the HTTP or HTML stacks.
"""
from __future__ import annotations

import logging
import os
import sys
from contextlib import contextmanager
from pathlib import Path

import click

from .errors import ConfigError, DatabaseError, TrackerError


def default_db_path() -> Path:
    """$TRACKER_DB, else the user's data directory, so cron, systemd and any shell share one history."""
    if os.environ.get("TRACKER_DB"):
        return Path(os.environ["TRACKER_DB"]).expanduser()
    base = os.environ.get("XDG_DATA_HOME") or os.path.join(os.path.expanduser("~"), ".local", "share")
    return Path(base) / "tracker" / "tracker.db"


class Context:
    def __init__(self, db: Path):
        self.db = db

    @contextmanager
    def store(self, *, readonly: bool = False, create: bool = True):
        """`create=False` for commands that only make sense on an existing history (a typo in --db must not
        leave an empty database behind and say "No new changes")."""
        from .store import Store

        if (readonly or not create) and not self.db.exists():
            raise DatabaseError(f"no database at {self.db}: add a source first (tracker add URL --work TITLE)")
        if not readonly:
            try:
                self.db.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise DatabaseError(f"cannot create {self.db.parent}: {exc.strerror}") from None
        store = Store.open(self.db, readonly=readonly)
        try:
            yield store
        finally:
            store.close()


def _setup_logging(verbose: int, quiet: int, log_file: str | None) -> None:
    level = logging.WARNING + 10 * quiet - 10 * verbose
    handlers: list[logging.Handler] = [logging.StreamHandler(sys.stderr)]
    if log_file:
        handlers.append(logging.FileHandler(log_file, encoding="utf-8"))
    logging.basicConfig(level=max(logging.DEBUG, level), handlers=handlers,
                        format="%(asctime)s %(levelname)s %(message)s", datefmt="%Y-%m-%dT%H:%M:%S")


class _Group(click.Group):
    """Says which database is in use in `--help`, and loads heavy commands only when they are called."""

    lazy = {"schedule": ("tracker.schedule", "schedule_command")}

    def get_command(self, ctx, name):
        if name in self.lazy:
            import importlib

            module, attr = self.lazy[name]
            return getattr(importlib.import_module(module), attr)
        return super().get_command(ctx, name)

    def list_commands(self, ctx):
        return sorted([*super().list_commands(ctx), *self.lazy])

    def format_help_text(self, ctx, formatter):
        db = ctx.params.get("db") or default_db_path()
        self.help = ("Watch announcement pages, extract structured facts, keep a change log in SQLite.\n\n"
                     f"\b\nDatabase in use: {db}\n(--db PATH, else $TRACKER_DB, else the user's data directory)")
        super().format_help_text(ctx, formatter)


@click.group(cls=_Group)
@click.option("--db", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="SQLite database file (default: $TRACKER_DB, else the user's data directory).")
@click.option("-v", "--verbose", count=True, help="More logging (-vv for debug).")
@click.option("-q", "--quiet", count=True, help="Less logging.")
@click.option("--log-file", type=click.Path(dir_okay=False), default=None, help="Also log to this file.")
@click.version_option(package_name="tracker", prog_name="tracker")
@click.pass_context
def cli(ctx, db, verbose, quiet, log_file):
    _setup_logging(verbose, quiet, log_file)
    ctx.obj = Context(db or default_db_path())


# ---------------------------------------------------------------- watchlist
@cli.command()
@click.argument("urls", nargs=-1, required=True)
@click.option("--work", required=True, help="The tracked title (an alias of a known work attaches to it).")
@click.option("--alias", "aliases", multiple=True, help="Another name of the work (repeatable).")
@click.option("--every", default=None, help="Fetch interval: 90s, 30m, 6h, 1d (default: the global setting).")
@click.option("--extractor", default="auto", show_default=True, help="auto, or one extractor by name.")
@click.pass_obj
def add(obj: Context, urls, work, aliases, every, extractor):
    """Watch URL(s) for facts about a work."""
    from .watchlist import check_extractor, check_url, parse_duration

    urls = [check_url(u) for u in urls]
    if every is not None:
        parse_duration(every)
    check_extractor(extractor)
    with obj.store() as store:
        for url in urls:
            created = store.add_source(url, work.strip(), aliases=tuple(a.strip() for a in aliases if a.strip()),
                                       every=every, extractor=extractor)
            click.echo(f"{'added' if created else 'already watched'}: {url} ({store.resolve_work(work) or work})")


@cli.command()
@click.argument("urls", nargs=-1, required=True)
@click.option("--work", default=None, help="Only the source of this work (a URL may serve several).")
@click.pass_obj
def remove(obj: Context, urls, work):
    """Stop watching URL(s). History stays in the database."""
    with obj.store(create=False) as store:
        n = store.remove_sources(list(urls), work=work)
    click.echo(f"removed {n} source{'s' if n != 1 else ''}")


@cli.command(name="import")
@click.argument("watchlist", type=click.Path(dir_okay=False, path_type=Path))
@click.pass_obj
def import_(obj: Context, watchlist):
    """Add the sources and settings of a watchlist TOML file (importing twice changes nothing)."""
    from . import watchlist as wl

    parsed = wl.load(watchlist)
    created = 0
    with obj.store() as store:
        store.set_settings(parsed.settings)
        for spec in parsed.sources:
            created += store.add_source(spec.url, spec.work, aliases=spec.aliases, every=spec.every,
                                        extractor=spec.extractor, css=spec.css)
    click.echo(f"imported {len(parsed.sources)} source{'s' if len(parsed.sources) != 1 else ''} "
               f"({created} new) from {watchlist}")


@cli.command()
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.pass_obj
def sources(obj: Context, fmt):
    """The watchlist with last fetch, status and next due time."""
    import json

    from .normalize import clean

    with obj.store(readonly=True) as store:
        rows = store.sources()
    if fmt == "json":
        click.echo(json.dumps([_source_dict(s) for s in rows], ensure_ascii=False, indent=2))
        return
    if not rows:
        click.echo("No sources. Add one: tracker add URL --work TITLE")
        return
    for s in rows:
        status = "never fetched" if not s.last_fetch_at else (s.last_error or f"HTTP {s.last_status}")
        streak = f", {s.fail_streak} failure{'s' if s.fail_streak != 1 else ''} in a row" if s.fail_streak else ""
        flags = f"  [{clean(s.flags, 80)}]" if s.flags else ""
        click.echo(f"#{s.id} {clean(s.work, 60)}  {s.url}")
        click.echo(f"    every {s.every or 'default'}, extractor {s.extractor}, {s.n_facts} facts; "
                   f"last {s.last_fetch_at or '-'}: {clean(status, 100)}{streak}; next due {s.next_due_at or 'now'}{flags}")


def _source_dict(s) -> dict:
    keys = ("id", "url", "work", "aliases", "every", "extractor", "css", "last_fetch_at", "last_status",
            "last_error", "fail_streak", "flags", "n_facts", "next_due_at")
    return {k: (list(getattr(s, k)) if k == "aliases" else getattr(s, k)) for k in keys}


# ---------------------------------------------------------------- running
@cli.command(name="run")
@click.option("--due", is_flag=True, help="Only the sources whose interval has passed.")
@click.pass_obj
def run_(obj: Context, due):
    """Fetch every source once (or only the due ones) and log what changed."""
    from .run import run

    with obj.store() as store:
        result = run(store, due_only=due, keep_changes=False)
    n = result.n_changes
    click.echo(f"fetched {result.sources} source{'s' if result.sources != 1 else ''} in {result.elapsed:.1f}s: "
               f"{n} change{'s' if n != 1 else ''} logged, {len(result.failures)} failed")
    if result.failures:
        from .normalize import clean

        for url, error in result.failures:
            click.echo(f"tracker: {url}: {clean(error, 200)}", err=True)
        sys.exit(1)


# ---------------------------------------------------------------- reading
def parse_when(text: str) -> str:
    """An ISO date or date-time, or a duration back from now ('7d') -> ISO 8601 UTC."""
    from datetime import datetime, timedelta, timezone

    from .watchlist import parse_duration

    try:
        seconds = parse_duration(text)
        when = datetime.now(timezone.utc) - timedelta(seconds=seconds)
    except ConfigError:
        try:
            when = datetime.fromisoformat(text.replace("Z", "+00:00"))
        except ValueError:
            raise ConfigError(f"invalid --since {text!r}: use an ISO date (2024-01-10), date-time, or 7d") from None
        if when.tzinfo is None:
            when = when.replace(tzinfo=timezone.utc)
    return when.astimezone(timezone.utc).isoformat(timespec="seconds").replace("+00:00", "Z")


@cli.command()
@click.option("--since", default=None, help="Changes since WHEN: ISO date/date-time or a duration back (7d).")
@click.option("--work", default=None, help="Only this work (title or alias).")
@click.option("--all", "show_all", is_flag=True, help="The whole change log.")
@click.option("--format", "fmt", type=click.Choice(["text", "json", "markdown"]), default="text", show_default=True)
@click.pass_obj
def report(obj: Context, since, work, show_all, fmt):
    """Changes not reported before (then marked reported), or --since / --all."""
    from .report import render_changes

    plain = since is None and not show_all
    since_iso = parse_when(since) if since else None
    with obj.store(readonly=not plain, create=False) as store:
        title = _resolve(store, work)
        rows = store.changes(since=since_iso, work=title, unreported_only=plain)
        if plain and rows:
            store.mark_reported([r["id"] for r in rows])
    click.echo(render_changes(rows, fmt))


@cli.command()
@click.option("--work", default=None, help="Only this work (title or alias).")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.pass_obj
def facts(obj: Context, work, fmt):
    """What is known now, per field, with the sources that state it."""
    from .report import render_facts

    with obj.store(readonly=True) as store:
        title = _resolve(store, work)
        rows = store.current_facts(work=title)
    click.echo(render_facts(rows, fmt))


def _resolve(store, work: str | None) -> str | None:
    if work is None:
        return None
    title = store.resolve_work(work)
    if title is None:
        from .errors import NotFound

        raise NotFound(f"no work named {work!r}: see `tracker sources`")
    return title


# ---------------------------------------------------------------- demo
@cli.command()
@click.option("--step-delay", default=0.0, type=float, help="Seconds to pause between timeline steps.")
@click.pass_context
def demo(ctx, step_delay):
    """Replay the bundled Metallic Rouge timeline offline (local server, temporary database unless --db)."""
    from .demo import run_demo

    db = ctx.parent.params.get("db")  # --db only: the demo ignores $TRACKER_DB
    sys.exit(run_demo(db, echo=click.echo, step_delay=step_delay))




# ---------------------------------------------------------------- entry point
def main(argv: list[str] | None = None) -> None:
    try:
        cli.main(args=argv, prog_name="tracker", standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("tracker: aborted", err=True)
        sys.exit(130)
    except click.exceptions.Exit as exc:
        sys.exit(exc.exit_code)
    except click.ClickException as exc:
        exc.show()
        sys.exit(2)
    except TrackerError as exc:
        click.echo(f"tracker: error: {exc.message}", err=True)
        sys.exit(exc.exit_code)
    except KeyboardInterrupt:
        click.echo("tracker: interrupted", err=True)
        sys.exit(130)
    except BrokenPipeError:
        sys.exit(0)
    except Exception as exc:  # the last line of defence: one line, never a traceback
        import sqlite3

        if isinstance(exc, sqlite3.DatabaseError):
            click.echo(f"tracker: error: database problem: {exc}", err=True)
            sys.exit(2)
        if isinstance(exc, ModuleNotFoundError) and exc.name and exc.name.split(".")[0] != "tracker":
            # not a bug: tracker run by a Python it was not installed into (`python3 -m tracker` beside a venv)
            click.echo(f"tracker: error: this Python ({sys.executable}) lacks the package {exc.name!r} tracker needs: "
                       f"install tracker into it (pip install -e .) or run the tracker of its own environment", err=True)
            sys.exit(2)
        logging.getLogger("tracker").debug("internal error", exc_info=True)
        click.echo(f"tracker: internal error: {type(exc).__name__}: {exc} (run with -vv for details)", err=True)
        sys.exit(1)
    sys.exit(0)
