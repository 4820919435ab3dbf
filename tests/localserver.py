"""A small real HTTP server on 127.0.0.1 for end-to-end tests: real sockets, real keep-alive.

    with LocalServer() as server:
        server.set("/news", b"<html>...</html>", headers={"Content-Type": "text/html; charset=utf-8"})
        fetch(server.url("/news"))

Each path serves what `set()` last gave it (change it at runtime to replay a timeline), with an
automatic ETag and Last-Modified and 304s for matching conditional requests, plus a few faults
chosen per path: `delay`, `redirect`, `close_after` (send part of the body, then hang up).
`requests` logs what arrived and `max_in_flight` how many were served at once.

Register the `local_server` fixture from `tests/conftest.py` with `pytest_plugins = ["localserver"]`.
"""
from __future__ import annotations

import email.utils
import hashlib
import socket
import sys
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Mapping

import pytest

__all__ = ["LocalServer", "Route", "Seen", "local_server"]


@dataclass
class Route:
    """What one path serves."""

    body: bytes = b""
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0                 # seconds before the response starts
    redirect: str | None = None        # a path or URL to send a redirect (status 302 unless 3xx given)
    close_after: int | None = None     # send this many body bytes, then close the connection
    conditional: bool = True           # automatic ETag / Last-Modified and 304 answers


@dataclass(frozen=True)
class Seen:
    """One request as the server received it."""

    method: str
    path: str
    headers: Mapping[str, str]
    peer: tuple[str, int] = ("", 0)    # the client's address: one per connection


class LocalServer:
    """A threaded `http.server` on a free port of 127.0.0.1, serving routes set at runtime."""

    def __init__(self, host: str = "127.0.0.1"):
        self.host = host
        self.routes: dict[str, Route] = {}
        self.requests: list[Seen] = []
        self.in_flight = 0
        self.max_in_flight = 0
        self._lock = threading.Lock()
        self._httpd: _Server | None = None
        self._thread: threading.Thread | None = None

    # -- lifecycle
    def start(self) -> LocalServer:
        handler = type("Handler", (_Handler,), {"server_state": self})
        self._httpd = _Server((self.host, 0), handler)
        self._thread = threading.Thread(target=self._httpd.serve_forever, args=(0.05,), name="localserver", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
            self._httpd = None

    def __enter__(self) -> LocalServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def port(self) -> int:
        assert self._httpd is not None, "server not started"
        return self._httpd.server_address[1]

    def url(self, path: str = "/") -> str:
        return f"http://{self.host}:{self.port}{path if path.startswith('/') else '/' + path}"

    # -- content
    def set(
        self,
        path: str,
        body: bytes | str = b"",
        status: int = 200,
        headers: Mapping[str, str] | None = None,
        *,
        delay: float = 0.0,
        redirect: str | None = None,
        close_after: int | None = None,
        conditional: bool = True,
    ) -> Route:
        """Serve `body` at `path` from now on. A str body is sent as UTF-8.

        Unless `headers` says otherwise: Content-Type `text/html; charset=utf-8`, an ETag hashed
        from the body, and Last-Modified the time of this call (`conditional=False` turns both
        off, and with them the 304s).
        """
        if isinstance(body, str):
            body = body.encode("utf-8")
        all_headers = {"Content-Type": "text/html; charset=utf-8"}
        if conditional:
            all_headers["ETag"] = '"' + hashlib.sha256(body).hexdigest()[:16] + '"'
            all_headers["Last-Modified"] = email.utils.formatdate(time.time(), usegmt=True)
        for name, value in (headers or {}).items():
            for existing in [k for k in all_headers if k.lower() == name.lower()]:
                del all_headers[existing]
            all_headers[name] = value
        if redirect is not None and not 300 <= status < 400:
            status = 302
        route = Route(body, status, all_headers, delay, redirect, close_after, conditional)
        with self._lock:
            self.routes[path] = route
        return route

    def hits(self, path: str) -> int:
        """How many requests `path` received."""
        with self._lock:
            return sum(1 for seen in self.requests if seen.path == path)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    # The default listen() backlog of 5 drops SYNs when a run opens many connections at once; the
    # client then waits a second to retry, and a short connect timeout fails.
    request_queue_size = 128

    def handle_error(self, request: object, client_address: object) -> None:
        """Clients that hang up (timeouts, closed pools) are normal here: stay quiet about them."""
        if not isinstance(sys.exc_info()[1], (ConnectionError, TimeoutError)):
            super().handle_error(request, client_address)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, as real servers do
    # Headers and body leave in one segment: unbuffered writes meet Nagle and delayed ACKs, which
    # cost 40 ms a response on loopback and would make every timing here measure the server.
    disable_nagle_algorithm = True
    wbufsize = 64 * 1024
    server_state: LocalServer

    def log_message(self, format: str, *args: object) -> None:  # quiet
        pass

    def do_GET(self) -> None:
        self._serve(send_body=True)

    def do_HEAD(self) -> None:
        self._serve(send_body=False)

    def _serve(self, send_body: bool) -> None:
        state = self.server_state
        path = self.path.split("?", 1)[0]
        with state._lock:
            state.requests.append(Seen(self.command, self.path, dict(self.headers.items()), tuple(self.client_address)))
            route = state.routes.get(path) or state.routes.get(self.path)
            state.in_flight += 1
            state.max_in_flight = max(state.max_in_flight, state.in_flight)
        try:
            if route is None:
                route = Route(b"not found", 404, {"Content-Type": "text/plain"})
            if route.delay:
                time.sleep(route.delay)
            self._respond(route, send_body)
        finally:
            with state._lock:
                state.in_flight -= 1

    def _respond(self, route: Route, send_body: bool) -> None:
        headers = dict(route.headers)
        if route.redirect is not None:
            location = route.redirect
            if location.startswith("/"):
                location = self.server_state.url(location)
            self.send_response(route.status)
            self.send_header("Location", location)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        if route.conditional and route.status == 200 and self._not_modified(headers):
            self.send_response(304)
            for name in ("ETag", "Last-Modified"):
                if name in headers:
                    self.send_header(name, headers[name])
            self.end_headers()
            return
        self.send_response(route.status)
        has_length = any(k.lower() == "content-length" for k in headers)
        for name, value in headers.items():
            self.send_header(name, value)
        if not has_length:
            self.send_header("Content-Length", str(len(route.body)))
        if route.close_after is not None:
            self.send_header("Connection", "close")
        self.end_headers()
        if not send_body:
            return
        if route.close_after is not None:
            self.wfile.write(route.body[: route.close_after])
            self.wfile.flush()
            self.close_connection = True
            try:
                self.connection.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            return
        self.wfile.write(route.body)

    def _not_modified(self, headers: Mapping[str, str]) -> bool:
        """RFC 9110 §13.2.2: If-None-Match decides when present, else If-Modified-Since."""
        if_none_match = self.headers.get("If-None-Match")
        etag = headers.get("ETag")
        if if_none_match is not None:
            if if_none_match.strip() == "*":
                return True
            wanted = {tag.strip().removeprefix("W/") for tag in if_none_match.split(",")}
            return etag is not None and etag.removeprefix("W/") in wanted
        if_modified_since = self.headers.get("If-Modified-Since")
        last_modified = headers.get("Last-Modified")
        if if_modified_since and last_modified:
            try:
                since = email.utils.parsedate_to_datetime(if_modified_since)
                modified = email.utils.parsedate_to_datetime(last_modified)
            except (TypeError, ValueError):
                return False
            return modified <= since
        return False


@pytest.fixture
def local_server():
    """A started `LocalServer`, stopped after the test."""
    with LocalServer() as server:
        yield server
