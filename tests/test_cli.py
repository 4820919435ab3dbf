"""The CLI as users meet it: idempotent watchlist commands, one-line errors with exit 2, never a traceback."""
import json
import os
import sqlite3
import stat

import pytest
from click.testing import CliRunner

from tracker.cli import cli, main


@pytest.fixture
def db(tmp_path):
    return tmp_path / "t.db"


def invoke(db, *args):
    """Through `main`, as the console script runs, so error handling is the real one."""
    import subprocess
    import sys

    env = dict(os.environ)
    env.pop("TRACKER_DB", None)
    return subprocess.run([sys.executable, "-m", "tracker", "--db", str(db), *args], capture_output=True,
                          text=True, env=env, timeout=60)


def assert_one_line_error(proc, code=2, match=""):
    assert proc.returncode == code, (proc.returncode, proc.stdout, proc.stderr)
    assert "Traceback" not in proc.stderr
    lines = [l for l in proc.stderr.splitlines() if l.strip()]
    assert len(lines) == 1, proc.stderr
    assert match in lines[0]


def test_help_shows_the_database_in_use(tmp_path):
    runner = CliRunner(env={"TRACKER_DB": str(tmp_path / "x.db")})
    out = runner.invoke(cli, ["--help"]).output
    assert "x.db" in out
    for command in ("add", "remove", "import", "sources", "run", "report", "facts", "demo"):
        assert command in out


def test_add_twice_is_a_no_op_and_alias_resolves(db):
    assert invoke(db, "add", "https://example.org/a", "--work", "Metallic Rouge", "--alias", "メタリックルージュ").returncode == 0
    again = invoke(db, "add", "https://example.org/a", "--work", "Metallic Rouge", "--alias", "メタリックルージュ")
    assert again.returncode == 0 and "already watched" in again.stdout
    via_alias = invoke(db, "add", "https://example.org/b", "--work", "メタリックルージュ")
    assert via_alias.returncode == 0
    rows = json.loads(invoke(db, "sources", "--format", "json").stdout)
    assert len(rows) == 2 and {r["work"] for r in rows} == {"Metallic Rouge"}


def test_import_twice_changes_nothing(db, tmp_path):
    wl = tmp_path / "w.toml"
    wl.write_text('[settings]\nevery = "2h"\n[[source]]\nurl = "https://example.org/a"\nwork = "W"\n'
                  '[[source]]\nurl = "https://example.org/b"\nwork = "W"\nevery = "1d"\n', encoding="utf-8")
    assert "2 new" in invoke(db, "import", str(wl)).stdout
    assert "0 new" in invoke(db, "import", str(wl)).stdout
    assert len(json.loads(invoke(db, "sources", "--format", "json").stdout)) == 2


def test_remove(db):
    invoke(db, "add", "https://example.org/a", "https://example.org/b", "--work", "W")
    assert "removed 1 source" in invoke(db, "remove", "https://example.org/a").stdout
    assert [r["url"] for r in json.loads(invoke(db, "sources", "--format", "json").stdout)] == ["https://example.org/b"]


@pytest.mark.parametrize("args,match", [
    (("add", "file:///etc/passwd", "--work", "W"), "invalid URL"),
    (("add", "https://example.org/", "--work", "W", "--extractor", "nope"), "unknown extractor"),
    (("add", "https://example.org/", "--work", "W", "--every", "often"), "invalid duration"),
    (("report", "--since", "last tuesday"), "invalid --since"),
])
def test_bad_input_is_one_line_and_exit_2(db, args, match):
    invoke(db, "add", "https://example.org/ok", "--work", "W")
    assert_one_line_error(invoke(db, *args), 2, match)


def test_broken_watchlist_exit_2(db, tmp_path):
    wl = tmp_path / "w.toml"
    wl.write_text("[[source]\nurl=", encoding="utf-8")
    assert_one_line_error(invoke(db, "import", str(wl)), 2, "not valid TOML")


def test_a_file_that_is_not_sqlite(tmp_path):
    bogus = tmp_path / "notes.db"
    bogus.write_bytes(b"these are my notes, not a database\n" * 100)
    assert_one_line_error(invoke(bogus, "sources"), 2)
    assert_one_line_error(invoke(bogus, "add", "https://example.org/", "--work", "W"), 2)
    assert bogus.read_bytes().startswith(b"these are my notes")


def test_unknown_work(db):
    invoke(db, "add", "https://example.org/a", "--work", "W")
    assert_one_line_error(invoke(db, "facts", "--work", "Nope"), 2, "no work named")


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores file permissions")
def test_read_only_database_serves_reads_and_refuses_writes(db):
    invoke(db, "add", "https://example.org/a", "--work", "W")
    os.chmod(db, stat.S_IRUSR)
    os.chmod(db.parent, stat.S_IRUSR | stat.S_IXUSR)
    try:
        assert invoke(db, "sources").returncode == 0
        assert invoke(db, "report", "--all").returncode == 0
        assert invoke(db, "facts").returncode == 0
        assert_one_line_error(invoke(db, "report"), 2)
        assert_one_line_error(invoke(db, "add", "https://example.org/b", "--work", "W"), 2)
    finally:
        os.chmod(db.parent, stat.S_IRWXU)
        os.chmod(db, stat.S_IRUSR | stat.S_IWUSR)


@pytest.mark.parametrize("args", [("facts",), ("sources",), ("report",), ("report", "--all"),
                                  ("remove", "https://example.org/a")])
def test_commands_on_a_missing_database_say_so_and_create_nothing(tmp_path, args):
    db = tmp_path / "typo.db"
    assert_one_line_error(invoke(db, *args), 2, "no database")
    assert not db.exists()


def test_every_command_is_documented_in_the_readme():
    from pathlib import Path

    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    for command in cli.list_commands(None):
        assert f"`{command}`" in readme and f"tracker {command}" in readme, command


def test_a_python_without_the_dependencies_says_so_in_one_line(db):
    """`python3 -m tracker` by a Python tracker was not installed into: a missing package is named, not
    reported as tracker's own internal error."""
    import subprocess
    import sys

    code = ("import sys; sys.modules['bs4'] = None; from tracker.cli import main; "
            f"main(['--db', {str(db)!r}, 'add', 'http://127.0.0.1:9/x', '--work', 'X'])")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert_one_line_error(proc, code=2, match="lacks the package 'bs4'")
    assert "internal error" not in proc.stderr
