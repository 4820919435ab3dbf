"""The benchmark's web: a small asyncio HTTP/1.1 server sending precomputed responses on several loopback
addresses (127.0.0.2, 127.0.0.3, …), with conditional requests (ETag / If-None-Match, Last-Modified /
If-Modified-Since), gzip when asked, and an optional per-response latency.

Python's http.server costs ~3 ms a request (ENGINEERING.md): a benchmark served by it would measure the
server. Here every response is rendered once at start-up, so a request costs a dictionary lookup and a
write. It runs as its own process (its own GIL), started by run.py:

    python benchmarks/server.py --sources 1000 --hosts 50 --port 8765 --latency 20 --ready FILE

Control (any host): GET /__bench/state?rev=1 serves the "10% changed" pages (every 10th source, re-rendered
with rev 1 and a new Last-Modified/ETag); ?rev=0 goes back. GET /__bench/stats gives the responses served
by status since the last call, as JSON.
"""
from __future__ import annotations

import argparse
import asyncio
import email.utils
import gzip
import hashlib
import json
import os
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import gen_pages  # noqa: E402


class Response:
    __slots__ = ("plain", "gzipped", "etag", "last_modified", "lm_ts", "not_modified")

    def __init__(self, body: bytes, validators: bool, lm_ts: float):
        self.etag = f'"{hashlib.sha1(body).hexdigest()[:20]}"' if validators else None
        self.lm_ts = int(lm_ts)
        self.last_modified = email.utils.formatdate(self.lm_ts, usegmt=True) if validators else None
        extra = ""
        if validators:
            extra = f"ETag: {self.etag}\r\nLast-Modified: {self.last_modified}\r\n"
        head = ("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nServer: bench\r\n"
                f"Cache-Control: max-age=0\r\n{extra}")
        self.plain = (head + f"Content-Length: {len(body)}\r\n\r\n").encode() + body
        gz = gzip.compress(body, 6, mtime=0)
        self.gzipped = (head + f"Content-Encoding: gzip\r\nVary: Accept-Encoding\r\nContent-Length: {len(gz)}\r\n\r\n").encode() + gz
        self.not_modified = (f"HTTP/1.1 304 Not Modified\r\nServer: bench\r\n{extra}Content-Length: 0\r\n\r\n").encode()


NOT_FOUND = b"HTTP/1.1 404 Not Found\r\nContent-Type: text/plain\r\nContent-Length: 9\r\n\r\nnot found"


class Site:
    def __init__(self, args):
        self.args = args
        self.entries = gen_pages.catalog(args.sources, seed=args.seed, hosts=args.hosts, no_validators=args.no_validators)
        templates = gen_pages.fixture_templates(Path(args.fixtures)) if args.fixtures else {}
        t0 = time.time() - 86400
        self.state = 0
        self.pages: list[dict[tuple[str, str], Response]] = [{}, {}]
        self.bytes = 0
        self.stats: Counter[int] = Counter()
        self.slow: set[tuple[str, str]] = set()
        for e in self.entries:
            body = (gen_pages.render_from_fixture(templates, args.seed, e, 0) if templates else None) or gen_pages.render(args.seed, e, 0)
            self.bytes += len(body)
            resp = Response(body, e.validators, t0)
            key = (self.host(e), e.path)
            self.pages[0][key] = resp
            if e.index == 0 and args.slow_first:
                self.slow.add(key)
            if e.index % 10 == 0:  # the 10% that change
                body1 = (gen_pages.render_from_fixture(templates, args.seed, e, 1) if templates else None) or gen_pages.render(args.seed, e, 1)
                self.pages[1][key] = Response(body1, e.validators, time.time())
            else:
                self.pages[1][key] = resp

    def host(self, e) -> str:
        return f"127.0.0.{2 + e.host}"

    def respond(self, host: str, target: str, headers: dict[str, str]) -> bytes:
        path, _, query = target.partition("?")
        if path.startswith("/__bench/"):
            return self.control(path, query)
        resp = self.pages[self.state].get((host, path))
        if resp is None:
            self.stats[404] += 1
            return NOT_FOUND
        if resp.etag or resp.last_modified:
            inm = headers.get("if-none-match")
            if inm is not None:
                if resp.etag and resp.etag in [t.strip() for t in inm.split(",")]:
                    self.stats[304] += 1
                    return resp.not_modified
            else:
                ims = headers.get("if-modified-since")
                if ims:
                    try:
                        when = email.utils.parsedate_to_datetime(ims).timestamp()
                    except (TypeError, ValueError, IndexError):
                        when = None
                    if when is not None and when >= resp.lm_ts:
                        self.stats[304] += 1
                        return resp.not_modified
        self.stats[200] += 1
        return resp.gzipped if "gzip" in headers.get("accept-encoding", "") and not self.args.no_gzip else resp.plain

    def control(self, path: str, query: str) -> bytes:
        if path == "/__bench/state":
            params = dict(p.partition("=")[::2] for p in query.split("&") if p)
            self.state = int(params.get("rev", "0"))
            body = json.dumps({"state": self.state}).encode()
        elif path == "/__bench/stats":
            body = json.dumps({str(k): v for k, v in self.stats.items()}).encode()
            self.stats.clear()
        else:
            return NOT_FOUND
        return b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n%s" % (len(body), body)


class HTTP(asyncio.Protocol):
    def __init__(self, site: Site, host: str, latency: float):
        self.site, self.host, self.latency = site, host, latency
        self.buf = b""
        self.transport = None

    def connection_made(self, transport):
        self.transport = transport

    def data_received(self, data: bytes):
        self.buf += data
        while True:
            end = self.buf.find(b"\r\n\r\n")
            if end < 0:
                if len(self.buf) > 65536:
                    self.transport.close()
                return
            head, self.buf = self.buf[:end].decode("latin-1"), self.buf[end + 4:]
            lines = head.split("\r\n")
            try:
                method, target, version = lines[0].split(" ", 2)
            except ValueError:
                self.transport.close()
                return
            headers = {}
            for line in lines[1:]:
                name, _, value = line.partition(":")
                headers[name.strip().lower()] = value.strip()
            out = self.site.respond(self.host, target, headers)
            delay = self.latency
            if self.site.slow and (self.host, target) in self.site.slow:
                delay = self.site.args.slow_first
            if method == "HEAD":
                out = out.split(b"\r\n\r\n", 1)[0] + b"\r\n\r\n"
            close = headers.get("connection", "").lower() == "close" or version == "HTTP/1.0"
            if delay > 0:
                asyncio.get_running_loop().call_later(delay, self.send, out, close)
            else:
                self.send(out, close)

    def send(self, out: bytes, close: bool):
        if self.transport.is_closing():
            return
        self.transport.write(out)
        if close:
            self.transport.close()


async def main(args) -> None:
    started = time.perf_counter()
    site = Site(args)
    loop = asyncio.get_running_loop()
    servers = []
    for h in range(args.hosts):
        host = f"127.0.0.{2 + h}"
        servers.append(await loop.create_server(lambda host=host: HTTP(site, host, args.latency / 1000), host, args.port,
                                                reuse_address=True, backlog=1024))
    info = {"pid": os.getpid(), "pages": len(site.entries), "bytes": site.bytes,
            "render_seconds": round(time.perf_counter() - started, 2)}
    if args.ready:
        tmp = args.ready + ".tmp"
        Path(tmp).write_text(json.dumps(info))
        os.replace(tmp, args.ready)
    else:
        print(json.dumps(info), flush=True)
    await asyncio.Event().wait()


def parse_args(argv=None):
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--sources", type=int, default=1000)
    p.add_argument("--hosts", type=int, default=50)
    p.add_argument("--port", type=int, default=8765)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--latency", type=float, default=20.0, help="milliseconds before each response")
    p.add_argument("--no-validators", type=float, default=0.2, help="share of pages served without ETag/Last-Modified")
    p.add_argument("--no-gzip", action="store_true")
    p.add_argument("--slow-first", type=float, default=0.0,
                   help="answer the first source after this many seconds (a slow host: do later bodies pile up?)")
    p.add_argument("--fixtures", default=None, help="fixtures/ directory: reuse its pages as templates")
    p.add_argument("--ready", default=None, help="write the start-up info (JSON) here once listening")
    return p.parse_args(argv)


if __name__ == "__main__":
    try:
        asyncio.run(main(parse_args()))
    except KeyboardInterrupt:
        pass
