"""`tracker demo`: the first thing a new user runs, offline."""
import subprocess
import sys


def test_demo_replays_the_timeline_and_prints_the_report(tmp_path):
    env = {"PATH": "/usr/bin:/bin", "TRACKER_DB": str(tmp_path / "ignored.db"), "PYTHONIOENCODING": "utf-8"}
    proc = subprocess.run([sys.executable, "-m", "tracker", "--db", str(tmp_path / "demo.db"), "demo"],
                          capture_output=True, text=True, timeout=180, env=env)
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    assert "step 4" in out and "official site maintenance" in out
    maintenance = next(line for line in out.splitlines() if line.startswith("step 4"))
    assert maintenance.endswith("nothing new") or "nothing new;" in maintenance
    assert "refined    release_date: 2024-01 → 2024-01-10" in out
    assert "theme_song [insert 1]: Crimson Lightning — Taisei Iwasaki" in out
    assert "cast [Rouge Redstar]: Yume Miyamoto" in out
    assert "retracted" not in out and "Traceback" not in proc.stderr
    assert (tmp_path / "demo.db").exists() and not (tmp_path / "ignored.db").exists()
