"""Bad input gets one clear line on stderr and exit code 2, never a traceback (the real CLI, in a
subprocess): malformed watchlists, URLs that are not http(s), unknown extractors, files that are not
SQLite databases or are tracker databases from a newer version, read-only databases.
"""
from __future__ import annotations

import os
import shutil
import sqlite3
import stat
import subprocess

import pytest

from faultserver import FaultServer, drop_file_permission_override, healthy_page, run_tracker, tracker_env


def assert_usage_error(ran):
    """click's own usage errors (a path that must be a file is a directory…): exit 2, its usual
    "Usage: … / Error: …" text, no traceback."""
    assert ran.returncode == 2, f"exit {ran.returncode}: {ran.stderr!r}"
    assert "Traceback" not in ran.stderr
    assert [line for line in ran.stderr.splitlines() if line.startswith("Error: ")], ran.stderr


def assert_one_line_error(ran, *words, code=2):
    assert ran.returncode == code, f"exit {ran.returncode} (wanted {code}): {ran.stderr!r} {ran.stdout!r}"
    err = ran.stderr.strip()
    assert "Traceback" not in ran.stderr and "internal error" not in err, ran.stderr
    assert err, "no message on stderr"
    assert len(err.splitlines()) == 1, f"more than one line: {ran.stderr!r}"
    assert len(err) < 400, err
    for word in words:
        assert word.lower() in err.lower(), f"{word!r} not in {err!r}"


@pytest.fixture
def inproc(capsys):
    """The CLI's own entry point in this process (no interpreter start-up): for the many small cases."""
    from faultserver import Ran
    from tracker.cli import main

    def call(db, *args):
        capsys.readouterr()
        try:
            main(["--db", str(db), *args])
            code = 0
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
        out = capsys.readouterr()
        return Ran(list(args), code, out.out, out.err, 0.0, 0.0)

    return call


@pytest.fixture
def db(tmp_path):
    return tmp_path / "tracker.db"


@pytest.fixture
def populated(tmp_path):
    """A tracker database with one source (no fetch needed)."""
    path = tmp_path / "pop.db"
    ran = run_tracker(path, "add", "http://127.0.0.1:9/page", "--work", "Some Work")
    assert ran.returncode == 0, ran.stderr
    return path


# ------------------------------------------------------------------------------ watchlists

BAD_WATCHLISTS = {
    "toml syntax": ('[[source]\nurl = "http://a.example/"\n', "toml"),
    "unclosed string": ('[[source]]\nurl = "http://a.example/\nwork = "W"\n', "toml"),
    "url not text": ('[[source]]\nurl = 5\nwork = "W"\n', "url"),
    "work missing": ('[[source]]\nurl = "http://a.example/"\n', "work"),
    "unknown section": ('[sources]\nurl = "http://a.example/"\n', "unknown"),
    "unknown key": ('[[source]]\nurl = "http://a.example/"\nwork = "W"\ninterval = "6h"\n', "unknown"),
    "source not a table": ('source = ["http://a.example/"]\n', "source"),
    "bad duration": ('[[source]]\nurl = "http://a.example/"\nwork = "W"\nevery = "soon"\n', "duration"),
    "bad setting type": ('[settings]\nconfirm_retraction = "two"\n', "confirm_retraction"),
    "zero confirmation": ('[settings]\nconfirm_retraction = 0\n', "confirm_retraction"),
    "bad size": ('[settings]\nmax_body = "huge"\n', "size"),
    "bad timeout": ('[settings]\ntimeout = "-1s"\n', "-1s"),
    "settings not a table": ('settings = 3\n', "settings"),
    "file scheme": ('[[source]]\nurl = "file:///etc/passwd"\nwork = "W"\n', "url"),
    "javascript scheme": ('[[source]]\nurl = "javascript:alert(1)"\nwork = "W"\n', "url"),
    "no host": ('[[source]]\nurl = "http:///path"\nwork = "W"\n', "url"),
    "relative url": ('[[source]]\nurl = "/news/page"\nwork = "W"\n', "url"),
    "unknown extractor": ('[[source]]\nurl = "http://a.example/"\nwork = "W"\nextractor = "magic"\n', "extractor"),
    "css for unknown field": ('[[source]]\nurl = "http://a.example/"\nwork = "W"\n[source.css]\nprice = "p"\n', "price"),
    "invalid css selector": ('[[source]]\nurl = "http://a.example/"\nwork = "W"\n[source.css]\nstaff = "dl[[["\n', "selector"),
    "aliases not a list": ('[[source]]\nurl = "http://a.example/"\nwork = "W"\naliases = 3\n', "aliases"),
}


@pytest.mark.parametrize("case", list(BAD_WATCHLISTS))
def test_bad_watchlist(tmp_path, db, case, inproc):
    text, word = BAD_WATCHLISTS[case]
    wl = tmp_path / "watchlist.toml"
    wl.write_text(text, encoding="utf-8")
    ran = inproc(db, "import", str(wl))
    assert_one_line_error(ran, word)
    # a broken file changes nothing: no source was added
    if db.exists():
        listed = inproc(db, "sources", "--format", "json")
        assert listed.returncode == 0 and listed.json() == []


def test_watchlist_not_utf8_missing_or_a_directory(tmp_path, db):
    wl = tmp_path / "latin1.toml"
    wl.write_bytes('[[source]]\nurl = "http://a.example/"\nwork = "Pok\xe9mon"\n'.encode("latin-1"))
    assert_one_line_error(run_tracker(db, "import", str(wl)))
    assert_one_line_error(run_tracker(db, "import", str(tmp_path / "missing.toml")), "not found")
    assert_usage_error(run_tracker(db, "import", str(tmp_path)))
    binary = tmp_path / "binary.toml"
    binary.write_bytes(b"\x00\xff\xfe" * 100)
    assert_one_line_error(run_tracker(db, "import", str(binary)))


# ------------------------------------------------------------------------------ URLs and extractors

@pytest.mark.parametrize("url", [
    "file:///etc/passwd", "ftp://example.org/file", "javascript:alert(1)", "data:text/html,<h1>x</h1>",
    "gopher://127.0.0.1:70/", "http://", "http:///nohost", "example.org/no-scheme", "//example.org/x",
    "http://exa mple.org/", "http://example.org/\x1b[31mred", "", "http://[::1", "http://example.org:99999/",
    "http://example.org:abc/", "http://127.0.0.1:0/",
])
def test_add_refuses_urls_that_are_not_http(db, url, inproc):
    ran = inproc(db, "add", url, "--work", "W")
    assert_one_line_error(ran)
    if db.exists():
        assert inproc(db, "sources", "--format", "json").json() == []


def test_add_refuses_an_unknown_extractor(db):
    ran = run_tracker(db, "add", "http://example.org/a", "--work", "W", "--extractor", "magic")
    assert_one_line_error(ran, "magic")


def test_add_refuses_a_bad_interval(db):
    assert_one_line_error(run_tracker(db, "add", "http://example.org/a", "--work", "W", "--every", "often"))


def test_report_refuses_a_bad_since(populated):
    assert_one_line_error(run_tracker(populated, "report", "--since", "yesterday-ish"), "since")


def test_unknown_work(populated):
    assert_one_line_error(run_tracker(populated, "facts", "--work", "Nope"), "Nope")


# ------------------------------------------------------------------------------ database files

DB_COMMANDS = [("sources",), ("facts",), ("report", "--all"), ("report",), ("run",),
               ("add", "http://example.org/a", "--work", "W")]


@pytest.mark.parametrize("cmd", DB_COMMANDS, ids=lambda c: " ".join(c))
def test_a_file_that_is_not_sqlite(tmp_path, cmd):
    path = tmp_path / "notes.db"
    path.write_text("these are my notes, not a database\n" * 50)
    before = path.read_bytes()
    assert_one_line_error(run_tracker(path, *cmd), "not a SQLite")
    assert path.read_bytes() == before, "the file was modified"


@pytest.mark.parametrize("cmd", [("sources",), ("run",)], ids=lambda c: " ".join(c))
def test_a_sqlite_database_of_something_else(tmp_path, cmd):
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as conn:
        conn.execute("create table invoices (id integer primary key, total real)")
        conn.execute("insert into invoices (total) values (12.5)")
    ran = run_tracker(path, *cmd)
    assert_one_line_error(ran)
    with sqlite3.connect(path) as conn:
        tables = {r[0] for r in conn.execute("select name from sqlite_master where type='table'")}
    assert tables == {"invoices"}, "tracker wrote its schema into someone else's database"


def test_a_corrupt_database(populated):
    data = bytearray(populated.read_bytes())
    for name in ("-wal", "-shm"):
        wal = populated.with_name(populated.name + name)
        if wal.exists():
            wal.unlink()
    # keep the header, wreck the pages after it
    data[100:] = (b"\xde\xad\xbe\xef" * (len(data) // 4 + 1))[: len(data) - 100]
    populated.write_bytes(bytes(data))
    for cmd in (("sources",), ("run",), ("report", "--all")):
        assert_one_line_error(run_tracker(populated, *cmd))


def test_a_database_of_a_newer_schema(populated):
    with sqlite3.connect(populated) as conn:
        version = conn.execute("pragma user_version").fetchone()[0]
        assert version >= 1
        conn.execute(f"pragma user_version = {version + 5}")
    for cmd in (("sources",), ("run",), ("add", "http://example.org/b", "--work", "W"), ("report", "--all")):
        assert_one_line_error(run_tracker(populated, *cmd), "newer")
    with sqlite3.connect(populated) as conn:
        assert conn.execute("pragma user_version").fetchone()[0] == version + 5


def test_a_directory_as_database(tmp_path):
    assert_usage_error(run_tracker(tmp_path, "sources"))
    assert_usage_error(run_tracker(tmp_path, "add", "http://example.org/a", "--work", "W"))
    env = dict(tracker_env(), TRACKER_DB=str(tmp_path))  # the same through the environment: not click's check
    assert_one_line_error(run_tracker(None, "sources", env=env), "directory")
    assert_one_line_error(run_tracker(None, "add", "http://example.org/a", "--work", "W", env=env), "directory")


def test_a_database_under_a_file(tmp_path):
    blocker = tmp_path / "file.txt"
    blocker.write_text("x")
    assert_one_line_error(run_tracker(blocker / "sub" / "tracker.db", "add", "http://example.org/a", "--work", "W"))


def test_no_database_yet_for_a_reading_command(tmp_path):
    ran = run_tracker(tmp_path / "none.db", "sources")
    assert ran.returncode in (0, 2) and "Traceback" not in ran.stderr
    if ran.returncode == 2:
        assert_one_line_error(ran)


# ------------------------------------------------------------------------------ read-only databases

def _as_unprivileged():
    """Run a child so that file modes bind it. As root (CI containers, this machine) modes do not
    apply, so the child loses CAP_DAC_OVERRIDE; as any other user nothing is needed."""
    if os.geteuid() != 0:
        return None
    try:
        subprocess.run(["true"], preexec_fn=drop_file_permission_override, check=True)
    except (subprocess.SubprocessError, OSError) as exc:
        pytest.skip(f"running as root and cannot drop CAP_DAC_OVERRIDE here ({exc}): file modes do not apply")
    return drop_file_permission_override


@pytest.fixture
def readonly_db(tmp_path, populated):
    # changes not reported yet (a plain `report` would have to mark them), then one checkpoint so the
    # database is a single file, then make it read-only
    with FaultServer() as server:
        server.page("/page", healthy_page("Some Work"))
        assert run_tracker(populated, "add", server.url("/page"), "--work", "Some Work").returncode == 0
        ran = run_tracker(populated, "run")
        assert ran.returncode in (0, 1) and "Traceback" not in ran.stderr, ran.stderr
    with sqlite3.connect(populated) as conn:
        conn.execute("pragma wal_checkpoint(truncate)")
    populated.chmod(stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
    yield populated
    populated.chmod(0o644)


def test_readonly_database_serves_reads_and_refuses_writes(readonly_db):
    pre = _as_unprivileged()
    before = readonly_db.read_bytes()
    for cmd in (("sources",), ("sources", "--format", "json"), ("facts",), ("report", "--all"),
                ("report", "--since", "7d")):
        ran = run_tracker(readonly_db, *cmd, preexec_fn=pre)
        assert ran.returncode == 0, f"{cmd}: exit {ran.returncode}: {ran.stderr}"
        assert "Traceback" not in ran.stderr
    writes = [("run",), ("add", "http://example.org/b", "--work", "W"), ("remove", "http://127.0.0.1:9/page")]
    unreported = run_tracker(readonly_db, "report", "--all", "--format", "json").json()
    if unreported:  # a plain report must mark what it shows; with nothing to show it may just say so
        writes.append(("report",))
    for cmd in writes:
        assert_one_line_error(run_tracker(readonly_db, *cmd, preexec_fn=pre), "read-only")
    assert readonly_db.read_bytes() == before


def test_readonly_directory(tmp_path, populated):
    pre = _as_unprivileged()
    with sqlite3.connect(populated) as conn:
        conn.execute("pragma wal_checkpoint(truncate)")
    ro_dir = tmp_path / "ro"
    ro_dir.mkdir()
    db = ro_dir / "tracker.db"
    shutil.copy(populated, db)
    ro_dir.chmod(0o555)
    try:
        ran = run_tracker(db, "sources", "--format", "json", preexec_fn=pre)
        assert ran.returncode == 0, ran.stderr
        assert len(ran.json()) == 1
        assert_one_line_error(run_tracker(db, "add", "http://example.org/b", "--work", "W", preexec_fn=pre))
        assert_one_line_error(run_tracker(ro_dir / "new.db", "add", "http://example.org/b", "--work", "W",
                                          preexec_fn=pre))
    finally:
        ro_dir.chmod(0o755)


@pytest.mark.parametrize("args, word", [
    (("add", "http://example.org/a", "--work", "W", "--every", "99999999999d"), "duration"),
    (("report", "--since", "99999999999d"), "since"),
    (("report", "--since", "9999999999999999999999s"), "since"),
], ids=lambda a: " ".join(a[-2:]) if isinstance(a, tuple) else a)
def test_absurd_durations(populated, args, word):
    assert_one_line_error(run_tracker(populated, *args), word)


def test_absurd_interval_in_a_watchlist(tmp_path, db):
    wl = tmp_path / "w.toml"
    wl.write_text('[settings]\nevery = "99999999999d"\n', encoding="utf-8")
    assert_one_line_error(run_tracker(db, "import", str(wl)), "duration")
