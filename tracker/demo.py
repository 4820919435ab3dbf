"""`tracker demo`: replay the bundled fixture timeline offline, step by step, and print the report.

A local HTTP server on 127.0.0.1 serves, at each step of `fixtures/<work>/timeline.toml`, the page each
URL showed on that date (404 before a page existed); the real pipeline (fetch → extract → store → diff)
runs once per step against a temporary database, with the step's date as the time of observation.
"""
from __future__ import annotations

import hashlib
import http.server
import shutil
import tempfile
import threading
import time
import tomllib
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import urlsplit

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
DEFAULT_TIMELINE = FIXTURES / "metallic-rouge" / "timeline.toml"


class _Pages:
    """What each path serves now: path -> (status, body, content type). Swapped whole at each step."""

    def __init__(self):
        self.routes: dict[str, tuple[int, bytes, str]] = {}


def _handler(pages: _Pages):
    class Handler(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args):
            pass

        def do_GET(self):
            status, body, ctype = pages.routes.get(self.path.split("?")[0], (404, b"not found", "text/plain"))
            etag = '"%s"' % hashlib.sha256(body).hexdigest()[:16]
            if status == 200 and self.headers.get("If-None-Match") == etag:
                self.send_response(304)
                self.send_header("ETag", etag)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            if status == 200:
                self.send_header("ETag", etag)
            if status == 503:
                self.send_header("Retry-After", "120")
            self.end_headers()
            self.wfile.write(body)

    return Handler


class _Server(http.server.ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 128  # read by listen() in the constructor; the default 5 drops SYNs


@contextmanager
def serve(pages: _Pages):
    server = _Server(("127.0.0.1", 0), _handler(pages))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def load_timeline(path: Path = DEFAULT_TIMELINE) -> dict:
    with open(path, "rb") as fh:
        data = tomllib.load(fh)
    data["_dir"] = path.parent
    return data


def _route(base_dir: Path, spec) -> tuple[int, bytes, str]:
    """A step's serve entry: "file.html", or {file = "…", status = 503, content_type = "…"}."""
    if isinstance(spec, str):
        spec = {"file": spec}
    status = int(spec.get("status", 200))
    body = (base_dir / spec["file"]).read_bytes() if spec.get("file") else b""
    return status, body, spec.get("content_type", "text/html")


def run_demo(db: Path | None, *, echo=print, step_delay: float = 0.0, timeline: Path = DEFAULT_TIMELINE) -> int:
    from .normalize import clean
    from .report import render_changes
    from .run import run
    from .store import Store

    tl = load_timeline(timeline)
    tmpdir = None
    if db is None:
        tmpdir = tempfile.mkdtemp(prefix="tracker-demo-")
        db = Path(tmpdir) / "demo.db"
    pages = _Pages()
    try:
        with serve(pages) as base:
            store = Store.open(db)
            try:
                echo(f"tracker demo: replaying {len(tl['step'])} dates of {tl['work']} from {base} into {db}\n")
                for src in tl["source"]:
                    store.add_source(base + src["path"], tl["work"], aliases=tuple(tl.get("aliases", ())))
                for n, step in enumerate(tl["step"], 1):
                    pages.routes = {path: _route(tl["_dir"], spec) for path, spec in step.get("serve", {}).items()}
                    when = datetime.fromisoformat(str(step["date"])).replace(hour=12, tzinfo=timezone.utc)
                    result = run(store, now=when)
                    summary = ", ".join(f"{v} {k}" for k, v in sorted(result.kinds.items())) or "nothing new"
                    failed = "".join(f"; {urlsplit(url).path} {clean(err, 60)} (ignored)" for url, err in result.failures)
                    echo(f"step {n}  {step['date']}  {clean(step.get('label', ''), 60):<28} "
                         f"{len(pages.routes)} page(s) served: {summary}{failed}")
                    if step_delay:
                        time.sleep(step_delay)
                rows = store.changes(unreported_only=True)
                store.mark_reported([r["id"] for r in rows])
                echo("\n$ tracker report\n")
                echo(render_changes(rows, "text"))
                if tmpdir:
                    echo("\nThat database was temporary. Keep one to explore: tracker --db demo.db demo, then "
                         "tracker --db demo.db facts --work 'Metallic Rouge'")
                else:
                    echo(f"\nExplore it: tracker --db {db} facts --work 'Metallic Rouge' (or sqlite3 {db})")
            finally:
                store.close()
    finally:
        if tmpdir:
            shutil.rmtree(tmpdir, ignore_errors=True)
    return 0
