"""A fault-injection HTTP server on 127.0.0.1 for the reliability tests, plus the pages and the
subprocess runner they share.

    with FaultServer() as server:
        server.page("/a", healthy_page("Work A"))        # a healthy page (ETag, 304s)
        server.fault("/a", "reset-mid-body")              # from now on /a resets the connection
        server.url("/a")

Each path serves either a page or one fault from `FAULTS` (the fault may use the path's last page:
a truncated or re-encoded copy of it). Faults are served by a hand-written handler on real sockets,
so what reaches the client is exactly what a broken server sends: a reset (RST) mid-body, a
Content-Length larger than the body, a body that never ends, a gzip bomb. Large bodies are generated
while they are sent, never held in memory. Every handler gives up when the client hangs up, so a
test never waits for a slow fault to finish.

`run_tracker()` runs the real CLI in a subprocess and returns its exit code, output and peak memory
(`ru_maxrss` from `os.wait4`), which is how the tests bound memory.
"""
from __future__ import annotations

import email.utils
import gzip
import hashlib
import json
import os
import socket
import struct
import subprocess
import sys
import threading
import time
import zlib
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Callable

__all__ = ["FaultServer", "FAULTS", "FAULT_NOTES", "healthy_page", "western_page", "run_tracker", "Ran",
           "gzip_bomb", "MB"]

MB = 1024 * 1024
#: How long "slow" faults stall: far past the tests' fetch timeout (1 s), short enough that a
#: handler thread left behind by a client that gave up ends soon.
STALL = 8.0


# ---------------------------------------------------------------------------------------- pages

def healthy_page(work: str, *, extra: str = "", episodes: int = 12, date: str = "2024年1月10日",
                 staff: list[tuple[str, str]] | None = None, cast: list[tuple[str, str]] | None = None) -> str:
    """An official-site style page (Japanese labels) with facts every generic extractor can read:
    JSON-LD, labelled "Role：Name" lines, a dated on-air block and plain prose. `extra` is a block
    of HTML added to the main content (a fact that comes and goes)."""
    staff = staff if staff is not None else [("監督", "出渕裕"), ("キャラクターデザイン", "川元利浩"), ("音楽", "岩崎琢")]
    cast = cast if cast is not None else [("ルージュ・レッドスター", "宮本侑芽"), ("ナオミ・オルトマン", "黒沢ともよ")]
    ld = {
        "@context": "https://schema.org", "@type": "TVSeries", "name": work,
        "numberOfEpisodes": episodes, "startDate": "2024-01-10",
        "productionCompany": {"@type": "Organization", "name": "ボンズ"},
    }
    staff_html = "\n".join(f"<li>{role}：{name}</li>" for role, name in staff)
    cast_html = "\n".join(f"<li>{ch}：{actor}</li>" for ch, actor in cast)
    return f"""<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8">
<title>TVアニメ「{work}」公式サイト</title>
<meta property="og:title" content="TVアニメ「{work}」公式サイト">
<meta name="description" content="TVアニメ「{work}」2024年1月10日よりフジテレビ「+Ultra」にて放送開始！">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head><body>
<header><nav class="gnav"><a href="/">TOP</a> <a href="/story/">STORY</a> <a href="/staff/">STAFF</a></nav></header>
<main id="main"><article class="entry">
<h1>TVアニメ「{work}」</h1>
<div class="onair"><h2>放送情報</h2>
<p class="date">{date}より放送開始</p>
<p class="station">フジテレビ「+Ultra」にて毎週水曜24時55分から</p></div>
<p>TVアニメ「{work}」は{date}よりフジテレビ「+Ultra」にて放送開始。全{episodes}話。アニメーション制作はボンズ。</p>
<h2>STAFF</h2>
<ul class="staff">
{staff_html}
<li>アニメーション制作：ボンズ</li>
</ul>
<h2>CAST</h2>
<ul class="cast">
{cast_html}
</ul>
{extra}
</article></main>
<footer class="site-footer"><p>(C)BONES・出渕裕／{work}製作委員会</p></footer>
</body></html>
"""


def western_page(work: str) -> str:
    """An English page whose names need Latin-1 letters, for the cp1252 faults."""
    ld = {"@context": "https://schema.org", "@type": "TVSeries", "name": work, "numberOfEpisodes": 24,
          "startDate": "2024-04-05", "productionCompany": {"@type": "Organization", "name": "Studio Façade"}}
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{work} – official site</title>
<meta property="og:title" content="{work}">
<meta name="description" content="{work} premieres April 5, 2024 on Tokyo MX.">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head><body><main><article>
<h1>{work}</h1>
<p>The TV anime {work} premieres on April 5, 2024 on Tokyo MX. The series will run for 24 episodes.</p>
<p>Animation production: Studio Façade.</p>
<h2>Staff</h2>
<ul class="staff"><li>Director: José Núñez</li><li>Music: Chloë Bégué</li><li>Character Design: Søren Ærø</li></ul>
<h2>Cast</h2>
<ul class="cast"><li>Amélie: Zoë Lefèvre</li><li>François: Anaïs Dubœuf</li></ul>
</article></main></body></html>
"""


_MAINTENANCE = """<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>メンテナンスのお知らせ</title></head>
<body><main><h1>メンテナンスのお知らせ</h1><p>ただいまメンテナンス中です。We are currently under maintenance.
Service will resume shortly. ご迷惑をおかけしますが、しばらくお待ちください。</p></main></body></html>"""

_LOGIN = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Sign in</title></head>
<body><main><h1>Members only</h1><p>Please log in to continue reading this article.</p>
<form action="/login" method="post"><input name="user"><input name="password" type="password">
<button>Log in</button></form></main></body></html>"""


def _deep(n: int = 100_000) -> bytes:
    return (b"<!DOCTYPE html><html><head><title>deep</title></head><body><main>" + b"<div>" * n
            + b"deep text" + b"</div>" * n + b"</main></body></html>")


def _malformed(page: str) -> bytes:
    """The page's own text in markup a browser still shows but nobody wrote on purpose: unclosed
    and misnested tags, stray brackets, a broken comment, attributes without quotes, junk after </html>."""
    broken = (page.replace("</li>", "").replace("</p>", "<p>").replace("<ul class=\"staff\">", "<ul class=staff <b>")
              .replace("</h1>", "</h2></h1></b>").replace("<main id=\"main\">", "<main id=main><table><div>")
              .replace("</article>", "<!-- unterminated -- comment > </article>"))
    return (broken + "</html></body><<<>>></div></span>\x7f<script>if (a < b && c > d) {</script>").encode("utf-8")


def gzip_bomb(decompressed: int = 1024 * MB) -> bytes:
    """A gzip stream of `decompressed` bytes of spaces (after a little HTML), about a thousandth its size.

    Built without compressing a gigabyte: one megabyte is deflated once, ended with a full flush
    (which makes the segment independent of what came before), and the segment is repeated.
    """
    head = b"<!DOCTYPE html><html><body><main>"
    block = b" " * MB
    comp = zlib.compressobj(9, zlib.DEFLATED, -15)
    first = comp.compress(head) + comp.flush(zlib.Z_FULL_FLUSH)
    segment = comp.compress(block) + comp.flush(zlib.Z_FULL_FLUSH)
    end = comp.flush(zlib.Z_FINISH)
    n = decompressed // MB
    crc = zlib.crc32(head)
    for _ in range(n):
        crc = zlib.crc32(block, crc)
    size = len(head) + n * MB
    header = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff"
    return header + first + segment * n + end + struct.pack("<II", crc & 0xFFFFFFFF, size & 0xFFFFFFFF)


_BOMB: bytes | None = None
_BOMB_LOCK = threading.Lock()


def _bomb() -> bytes:
    global _BOMB
    with _BOMB_LOCK:
        if _BOMB is None:
            _BOMB = gzip_bomb()
        return _BOMB


# ---------------------------------------------------------------------------------------- faults

@dataclass
class Route:
    page: bytes = b""                  # the last healthy page set on this path
    fault: str | None = None           # a key of FAULTS, or None to serve `page`
    content_type: str = "text/html; charset=utf-8"
    last_modified: str = ""
    delay: float = 0.0                 # seconds before a healthy page is answered


class _Abort(Exception):
    """The client went away: stop serving this request quietly."""


#: fault name -> what a test may expect of the run (used for the docs' table and messages).
FAULT_NOTES: dict[str, str] = {}
FAULTS: dict[str, Callable[["_Handler", Route], None]] = {}


def fault(name: str, note: str):
    def register(fn):
        FAULTS[name] = fn
        FAULT_NOTES[name] = note
        return fn
    return register


@fault("slow-headers", "no response headers before the timeout")
def _slow_headers(h: "_Handler", route: Route) -> None:
    h.sleep(STALL)
    h.simple(200, route.page)


@fault("slow-drip", "headers at once, then a byte every 0.25 s: each read beats the timeout, the whole never ends in time")
def _slow_drip(h: "_Handler", route: Route) -> None:
    body = route.page
    h.head(200, {"Content-Type": route.content_type, "Content-Length": str(len(body))})
    for i in range(len(body)):
        h.write(body[i:i + 1])
        h.sleep(0.25)


@fault("reset-mid-body", "half the body, then a TCP reset (RST)")
def _reset(h: "_Handler", route: Route) -> None:
    body = route.page
    h.head(200, {"Content-Type": route.content_type, "Content-Length": str(len(body))})
    h.write(body[: len(body) // 2])
    h.reset()


@fault("truncated", "Content-Length larger than the body, then a clean close")
def _truncated(h: "_Handler", route: Route) -> None:
    body = route.page
    h.head(200, {"Content-Type": route.content_type, "Content-Length": str(len(body) + 5000),
                 "Connection": "close"})
    h.write(body)
    h.close()


def _status(code: int, retry_after: str | None = None):
    def serve(h: "_Handler", route: Route) -> None:
        headers = {"Retry-After": retry_after} if retry_after else {}
        h.simple(code, f"<html><body><h1>{code} error</h1><p>Something went wrong.</p></body></html>".encode(),
                 headers=headers)
    return serve


for _code in (500, 502, 503, 429):
    fault(f"http-{_code}", f"HTTP {_code}, no Retry-After")(_status(_code))
fault("http-503-retry-after", "HTTP 503 with Retry-After: 3600 (the run must not wait an hour)")(_status(503, "3600"))
fault("http-429-retry-after", "HTTP 429 with Retry-After as an HTTP date an hour ahead")(
    _status(429, email.utils.formatdate(time.time() + 3600, usegmt=True)))


for _code in (404, 410):
    fault(f"http-{_code}", f"HTTP {_code} (the page is gone: still no reason to retract)")(_status(_code))


@fault("wrong-type", "the page served as application/pdf")
def _wrong_type(h: "_Handler", route: Route) -> None:
    h.simple(200, route.page, headers={"Content-Type": "application/pdf"})


@fault("hangup", "the connection closed without any response")
def _hangup(h: "_Handler", route: Route) -> None:
    h.close()
    raise _Abort()


@fault("garbage", "a response that is not HTTP")
def _garbage(h: "_Handler", route: Route) -> None:
    h.write(b"SSH-2.0-OpenSSH_9.6\r\n\x00\x01\x02 not http at all\r\n\r\n")
    h.close()
    raise _Abort()


@fault("bad-length", "a Content-Length that is not a number")
def _bad_length(h: "_Handler", route: Route) -> None:
    h.write(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: lots\r\n\r\n" + route.page)
    h.close()
    raise _Abort()


@fault("escape-redirect", "a redirect whose Location carries terminal escapes and a bidi override")
def _escape_redirect(h: "_Handler", route: Route) -> None:
    h.simple(302, b"", headers={"Location": "ftp://evil.example/\x1b]0;owned\x07\x1b[2J\u202e"
                                            .encode("utf-8").decode("latin-1")})


@fault("redirect-loop", "302 to itself, forever")
def _redirect_loop(h: "_Handler", route: Route) -> None:
    h.simple(302, b"", headers={"Location": h.path})


@fault("redirect-pingpong", "302 between two paths, forever")
def _redirect_pingpong(h: "_Handler", route: Route) -> None:
    path = h.path.split("?")[0]
    target = path[: -len("/pong")] if path.endswith("/pong") else path + "/pong"
    h.simple(302, b"", headers={"Location": target})


@fault("redirect-file", "302 to file:///etc/passwd")
def _redirect_file(h: "_Handler", route: Route) -> None:
    h.simple(302, b"", headers={"Location": "file:///etc/passwd"})


@fault("redirect-other-scheme", "301 to ftp:// on the same host")
def _redirect_ftp(h: "_Handler", route: Route) -> None:
    h.simple(301, b"", headers={"Location": f"ftp://127.0.0.1:{h.server.server_address[1]}/page"})


@fault("maintenance", "200 with a maintenance page")
def _maintenance(h: "_Handler", route: Route) -> None:
    h.simple(200, _MAINTENANCE.encode())


@fault("login", "200 with a login wall")
def _login(h: "_Handler", route: Route) -> None:
    h.simple(200, _LOGIN.encode())


@fault("empty", "200 with an empty body")
def _empty(h: "_Handler", route: Route) -> None:
    h.simple(200, b"")


@fault("whitespace", "200 with a body of whitespace only")
def _whitespace(h: "_Handler", route: Route) -> None:
    h.simple(200, b" \r\n\t " * 100)


@fault("huge", "50 MB body with its Content-Length, generated while sent")
def _huge(h: "_Handler", route: Route) -> None:
    size = 50 * MB
    h.head(200, {"Content-Type": "text/html; charset=utf-8", "Content-Length": str(size)})
    h.stream_filler(size)


@fault("huge-chunked", "50 MB chunked body without Content-Length, generated while sent")
def _huge_chunked(h: "_Handler", route: Route) -> None:
    h.head(200, {"Content-Type": "text/html; charset=utf-8", "Transfer-Encoding": "chunked"})
    chunk = (b"<p>" + b"filler " * 9000 + b"</p>\n")[: 64 * 1024]
    sent = 0
    while sent < 50 * MB:
        h.write(b"%x\r\n" % len(chunk) + chunk + b"\r\n")
        sent += len(chunk)
    h.write(b"0\r\n\r\n")


@fault("binary", "random bytes (a PNG) served as text/html")
def _binary(h: "_Handler", route: Route) -> None:
    body = b"\x89PNG\r\n\x1a\n" + hashlib.sha256(b"seed").digest() * 2000
    h.simple(200, body)


@fault("gzip-bomb", "Content-Encoding: gzip, ~1 MB on the wire, 1 GB decompressed")
def _gzip_bomb(h: "_Handler", route: Route) -> None:
    body = _bomb()
    h.head(200, {"Content-Type": "text/html; charset=utf-8", "Content-Encoding": "gzip",
                 "Content-Length": str(len(body))})
    h.write(body)


@fault("bad-gzip", "Content-Encoding: gzip on a body that is not gzip")
def _bad_gzip(h: "_Handler", route: Route) -> None:
    h.simple(200, route.page, headers={"Content-Encoding": "gzip"})


@fault("deep-nesting", "100,000 nested <div>s, no content")
def _deep_nesting(h: "_Handler", route: Route) -> None:
    h.simple(200, _deep())


@fault("deep-nesting-content", "the healthy page's article inside 30,000 nested <div>s")
def _deep_nesting_content(h: "_Handler", route: Route) -> None:
    page = route.page
    n = 30_000
    cut = page.find(b"<main")
    end = page.find(b"</main>") + len(b"</main>")
    h.simple(200, page[:cut] + b"<div>" * n + page[cut:end] + b"</div>" * n + page[end:])


@fault("malformed", "the healthy page with unclosed, misnested and stray tags")
def _malformed_fault(h: "_Handler", route: Route) -> None:
    h.simple(200, _malformed(route.page.decode("utf-8")))


_OTHER_WORK = None


def _other_work() -> bytes:
    """An article about another title, in the same site style: what a URL shows after the site reused
    it, or a soft redirect to another article (every fact on it belongs to that other work)."""
    return healthy_page("Hollow Lantern", episodes=24, date="2024年4月5日",
                        staff=[("監督", "山田太郎"), ("音楽", "佐藤花子")],
                        cast=[("ルージュ・レッドスター", "花澤香菜"), ("カイ", "鈴木一郎")]).encode("utf-8")


@fault("other-work", "200 with an article about another title (a reused URL, a soft redirect)")
def _other_work_fault(h: "_Handler", route: Route) -> None:
    h.simple(200, _other_work())


_NO_FACTS = """<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>お知らせ</title></head><body>
<main><article><h1>サイトリニューアルのお知らせ</h1><p>いつもご覧いただきありがとうございます。本サイトはリニューアル
いたしました。新しいページは近日公開予定です。今後ともよろしくお願いいたします。</p></article></main></body></html>"""


@fault("no-facts", "200 with main content but no facts (a site relaunch notice)")
def _no_facts(h: "_Handler", route: Route) -> None:
    h.simple(200, _NO_FACTS.encode("utf-8"))


@fault("broken-layout", "the page with most blocks gone (on-air block, staff, cast; JSON-LD kept): under half its facts")
def _broken_layout(h: "_Handler", route: Route) -> None:
    import re

    page = route.page.decode("utf-8")
    page = re.sub(r'<div class="onair">.*?</article>', "</article>", page, flags=re.S)
    h.simple(200, page.encode("utf-8"))


def _reencoded(codec: str, header_charset: str | None, meta: str | None):
    """The path's page in `codec`, declared as `header_charset` in the header and `meta` in the page."""
    def serve(h: "_Handler", route: Route) -> None:
        text = route.page.decode("utf-8")
        text = text.replace('<meta charset="utf-8">', f'<meta charset="{meta}">' if meta else "")
        ctype = "text/html" + (f"; charset={header_charset}" if header_charset else "")
        h.simple(200, text.encode(codec), headers={"Content-Type": ctype})
    return serve


fault("sjis-correct", "Shift_JIS, declared in header and meta (healthy: must read as the UTF-8 page did)")(
    _reencoded("shift_jis", "Shift_JIS", "Shift_JIS"))
fault("sjis-no-charset", "Shift_JIS, no charset anywhere")(_reencoded("shift_jis", None, None))
fault("sjis-header-says-utf8", "Shift_JIS bytes, header says UTF-8, meta says Shift_JIS")(
    _reencoded("shift_jis", "utf-8", "Shift_JIS"))
fault("eucjp-header-says-latin1", "EUC-JP bytes, header says ISO-8859-1, meta says EUC-JP")(
    _reencoded("euc_jp", "iso-8859-1", "EUC-JP"))
fault("eucjp-no-charset", "EUC-JP, no charset anywhere")(_reencoded("euc_jp", None, None))
fault("cp1252-no-charset", "a windows-1252 page (é, ñ, œ), no charset anywhere")(_reencoded("cp1252", None, None))
fault("cp1252-header-says-utf8", "windows-1252 bytes, header says UTF-8, no meta")(
    _reencoded("cp1252", "utf-8", None))


# ---------------------------------------------------------------------------------------- server

class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    state: "FaultServer"

    def log_message(self, format: str, *args: object) -> None:
        pass

    def handle_one_request(self) -> None:
        try:
            super().handle_one_request()
        except (_Abort, OSError):
            self.close_connection = True

    def do_GET(self) -> None:
        state = self.state
        path = self.path.split("?", 1)[0]
        with state.lock:
            state.hits[path] = state.hits.get(path, 0) + 1
            route = state.routes.get(path)
            if route is None and path.endswith("/pong"):
                route = state.routes.get(path[: -len("/pong")])
        if route is None:
            self.simple(404, b"not found", headers={"Content-Type": "text/plain"})
            return
        if route.fault:
            FAULTS[route.fault](self, route)
            return
        if route.delay:
            self.sleep(route.delay)
        etag = '"' + hashlib.sha256(route.page).hexdigest()[:16] + '"'
        if self.headers.get("If-None-Match") == etag:
            self.send_response(304)
            self.send_header("ETag", etag)
            self.end_headers()
            return
        self.simple(200, route.page, headers={"Content-Type": route.content_type, "ETag": etag,
                                               "Last-Modified": route.last_modified})

    # -- building blocks for faults
    def head(self, status: int, headers: dict[str, str]) -> None:
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.flush()

    def simple(self, status: int, body: bytes, headers: dict[str, str] | None = None) -> None:
        all_headers = {"Content-Type": "text/html; charset=utf-8"}
        all_headers.update(headers or {})
        all_headers["Content-Length"] = str(len(body))
        self.head(status, all_headers)
        self.write(body)

    def write(self, data: bytes) -> None:
        if self.state.stopping.is_set():
            raise _Abort()
        try:
            self.wfile.write(data)
            self.wfile.flush()
        except OSError:
            raise _Abort() from None

    def sleep(self, seconds: float) -> None:
        if self.state.stopping.wait(seconds):
            raise _Abort()

    def stream_filler(self, size: int) -> None:
        block = (b"<p>" + b"filler text " * 6000 + b"</p>\n")[: 64 * 1024]
        sent = 0
        while sent < size:
            piece = block[: min(len(block), size - sent)]
            self.write(piece)
            sent += len(piece)

    def reset(self) -> None:
        """Close with SO_LINGER 0: the client sees a connection reset, not a clean end."""
        try:
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self.connection.close()
        finally:
            self.close_connection = True
            raise _Abort()

    def close(self) -> None:
        self.close_connection = True
        try:
            self.connection.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    # listen()'s backlog is read in the constructor: set on an instance it is too late, and the
    # default of 5 drops SYNs when a run opens many connections at once (a 1 s connect timeout).
    request_queue_size = 128


class FaultServer:
    """A threaded HTTP server on a free port of 127.0.0.1 serving pages and faults by path."""

    def __init__(self, host: str = "127.0.0.1"):
        self.host = host
        self.routes: dict[str, Route] = {}
        self.hits: dict[str, int] = {}
        self.lock = threading.Lock()
        self.stopping = threading.Event()
        self._httpd: ThreadingHTTPServer | None = None

    def start(self) -> "FaultServer":
        _bomb()  # built once per process (about a second), before any request waits on it
        handler = type("Handler", (_Handler,), {"state": self})
        self._httpd = _Server((self.host, 0), handler)
        threading.Thread(target=self._httpd.serve_forever, name="faultserver", daemon=True).start()
        return self

    def stop(self) -> None:
        self.stopping.set()
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
            self._httpd = None

    def __enter__(self) -> "FaultServer":
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def port(self) -> int:
        assert self._httpd is not None, "server not started"
        return self._httpd.server_address[1]

    def url(self, path: str = "/") -> str:
        return f"http://{self.host}:{self.port}{path}"

    def page(self, path: str, body: str | bytes, content_type: str = "text/html; charset=utf-8",
             delay: float = 0.0) -> None:
        """Serve `body` at `path` (healthy, with an ETag and 304s, after `delay` s) from now on."""
        if isinstance(body, str):
            body = body.encode("utf-8")
        with self.lock:
            self.routes[path] = Route(body, None, content_type,
                                      email.utils.formatdate(time.time(), usegmt=True), delay)

    def fault(self, path: str, name: str | None) -> None:
        """Serve fault `name` at `path` from now on (None: back to the page)."""
        if name is not None and name not in FAULTS:
            raise KeyError(f"unknown fault {name!r}")
        with self.lock:
            route = self.routes.setdefault(path, Route())
            route.fault = name


# ---------------------------------------------------------------------------------------- runner

@dataclass
class Ran:
    args: list[str]
    returncode: int
    stdout: str
    stderr: str
    maxrss_mb: float
    elapsed: float
    extra: dict = field(default_factory=dict)

    def json(self):
        return json.loads(self.stdout)


def tracker_env() -> dict[str, str]:
    env = dict(os.environ, PYTHONIOENCODING="utf-8", NO_PROXY="*", no_proxy="*")
    for name in ("TRACKER_DB", "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
        env.pop(name, None)
    return env


def run_tracker(db: Path | str | None, *args: str, timeout: float = 120.0, cwd: str | None = None,
                preexec_fn: Callable[[], None] | None = None, env: dict[str, str] | None = None) -> Ran:
    """`python -m tracker --db DB ARGS…` in a subprocess: exit code, output, peak RSS in MB.
    `db=None` leaves `--db` out (then `env` may set TRACKER_DB)."""
    import tempfile

    argv = [sys.executable, "-m", "tracker", *(["--db", str(db)] if db is not None else []), *args]
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        started = time.monotonic()
        proc = subprocess.Popen(argv, stdout=out, stderr=err, env=env or tracker_env(), cwd=cwd,
                                preexec_fn=preexec_fn)
        deadline = started + timeout
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.monotonic() > deadline:
                proc.kill()
                pid, status, usage = os.wait4(proc.pid, 0)
                proc.returncode = -9
                raise AssertionError(f"tracker {' '.join(args)} did not finish in {timeout:g}s")
            time.sleep(0.01)
        proc.returncode = os.waitstatus_to_exitcode(status)
        elapsed = time.monotonic() - started
        out.seek(0)
        err.seek(0)
        return Ran(list(args), proc.returncode, out.read().decode("utf-8", "replace"),
                   err.read().decode("utf-8", "replace"), usage.ru_maxrss / 1024, elapsed)


def drop_file_permission_override() -> None:
    """For `preexec_fn`: take CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH out of the child's bounding set,
    so that even root's child obeys file modes (a read-only file is read-only to it). Linux only;
    raises OSError where the process may not do it (then a test skips)."""
    import ctypes

    libc = ctypes.CDLL(None, use_errno=True)
    pr_capbset_drop = 24
    for cap in (1, 2):  # CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH
        if libc.prctl(pr_capbset_drop, cap, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP) failed")
