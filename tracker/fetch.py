"""HTTP for tracker: the only module that speaks it.

One GET per source, with what a polite, robust tracker needs and httpx leaves to us:

- conditional requests from the validators the caller stored (a 304 is an answer, not an error);
- redirects followed by hand, to http/https only, at most `max_redirects` of them;
- a body cap enforced while streaming (decompressed bytes, so gzip bombs stop too);
- charsets: the header's, the page's `<meta>`, then detection, with mojibake caught rather than stored;
- concurrency bounded per host and overall, results yielded as they complete;
- one repeat of a GET whose connection dropped before any response (a stale keep-alive); any other
  retry policy (429/5xx, Retry-After, backoff) belongs to the scheduler, across runs.

Network and HTTP faults never raise: they become `Fetched.error`, one line, so one bad source cannot
stop a run (see `tracker.model.Fetched`).
"""
from __future__ import annotations

import codecs
import email.utils
import hashlib
import logging
import re
import threading
import time
import zlib
from collections import Counter, OrderedDict, deque
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Callable, Iterable, Iterator
from urllib.parse import urlsplit

import httpx

from . import __version__
from .errors import ConfigError
from .model import Fetched

__all__ = [
    "FetchRequest", "FetchSettings", "fetch_one", "fetch_many", "make_client",
    "decode_body", "is_mojibake", "parse_size", "format_size", "parse_retry_after",
]

log = logging.getLogger(__name__)

USER_AGENT = f"tracker/{__version__} (+https://github.com/tracker; change log of announced facts)"
ACCEPT = "text/html,application/xhtml+xml,application/json;q=0.9,*/*;q=0.8"
#: The whole fetch (all hops and the body) may take this many times `timeout`: stops slow drips,
#: which reset the per-read timeout with every byte.
TOTAL_TIMEOUT_FACTOR = 3


@dataclass(frozen=True)
class FetchRequest:
    """One URL to fetch, with the validators stored from its last good fetch.

    `key` is the caller's own id (a source id): `fetch_many` yields results out of order, so it
    echoes the request back and the caller needs no URL lookup.
    """

    url: str
    etag: str | None = None
    last_modified: str | None = None
    key: object = None


@dataclass(frozen=True)
class FetchSettings:
    """Limits and politeness. Defaults keep real pages (a few MB) and stop floods.

    `timeout` is the read timeout; connecting gets at most 10 s of it, and the whole fetch at most
    `TOTAL_TIMEOUT_FACTOR` times it. `host_delay` is the minimum gap between request starts on one
    host (0: none, as Scrapy does unless a site asks).
    """

    timeout: float = 20.0
    max_body: int = 10 * 1024 * 1024
    max_redirects: int = 5
    per_host: int = 4
    total_concurrency: int = 32
    host_delay: float = 0.0
    user_agent: str = USER_AGENT


DEFAULT_SETTINGS = FetchSettings()


class _Failed(Exception):
    """Internal: a fetch ended with a one-line error (and maybe a status)."""

    def __init__(self, error: str, response: httpx.Response | None = None):
        super().__init__(error)
        self.error = error
        self.response = response


# --------------------------------------------------------------------------------------------
# Clients


def make_client(settings: FetchSettings | None = None, transport: httpx.BaseTransport | None = None) -> httpx.Client:
    """A `Client` configured for `fetch_one`: timeouts, User-Agent, HTTP/1.1, no auto-redirects.

    httpx ignores a client's `limits` when `transport=` is given, so pools are sized on our own transport
    (`PerHostTransport`); a caller's transport (tests: respx, a mock) keeps its own.
    """
    settings = settings or DEFAULT_SETTINGS
    if transport is None:
        transport = PerHostTransport(per_host=settings.per_host, max_hosts=max(2 * settings.total_concurrency, 8))
    return httpx.Client(
        transport=transport,
        timeout=_timeout(settings),
        headers={"User-Agent": settings.user_agent, "Accept": ACCEPT},
        follow_redirects=False,
        event_hooks={"response": [_check_redirect]},
    )


class PerHostTransport(httpx.BaseTransport):
    """A connection pool per host (scheme, host, port), each of `per_host` connections, as browsers do.

    Why not httpx's one pool for every host: httpcore scans its whole pool on each request (twice, with a
    poll() per idle connection and a nested scan per connection), so a pool big enough for a run over
    many hosts costs more CPU per request than the request itself (measured: 1,000 conditional GETs over
    50 hosts with 32 threads took 1.47 s of CPU on one 32-connection pool, 0.97 s on per-host pools).
    At most `max_hosts` pools are kept: past that, the least recently used idle one is closed, so a run
    over thousands of hosts never holds thousands of sockets.
    """

    def __init__(self, per_host: int = 4, max_hosts: int = 64) -> None:
        self.limits = httpx.Limits(max_connections=max(per_host, 1), max_keepalive_connections=max(per_host, 1))
        self.max_hosts = max(max_hosts, 1)
        self._pools: OrderedDict[tuple, list] = OrderedDict()  # key -> [HTTPTransport, requests in flight]
        self._lock = threading.Lock()
        self._ssl_context = None  # shared by every pool (loading the CA bundle costs ~40 ms)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        key = (request.url.scheme, request.url.host, request.url.port)
        with self._lock:
            entry = self._pools.get(key)
            if entry is None:
                entry = self._pools[key] = [self._new_pool(), 0]
                self._evict()
            else:
                self._pools.move_to_end(key)
            entry[1] += 1
        try:
            response = entry[0].handle_request(request)
        except BaseException:
            self._release(entry)
            raise
        response.stream = _ReleasingStream(response.stream, lambda: self._release(entry))
        return response

    def _new_pool(self) -> httpx.HTTPTransport:
        if self._ssl_context is None:  # one for every pool: HTTPTransport would load the CA bundle each time
            self._ssl_context = httpx.create_ssl_context()
        return httpx.HTTPTransport(verify=self._ssl_context, limits=self.limits, http1=True, http2=False)

    def _evict(self) -> None:
        """Close the least recently used idle pools while there are more than `max_hosts` (lock held)."""
        excess = len(self._pools) - self.max_hosts
        for key in list(self._pools):
            if excess <= 0:
                break
            pool, in_flight = self._pools[key]
            if in_flight == 0:
                del self._pools[key]
                pool.close()
                excess -= 1

    def _release(self, entry: list) -> None:
        with self._lock:
            entry[1] -= 1

    def close(self) -> None:
        with self._lock:
            pools, self._pools = list(self._pools.values()), OrderedDict()
        for pool, _ in pools:
            pool.close()


class _ReleasingStream(httpx.SyncByteStream):
    """A response body that tells its pool's entry when it is closed (the request is then no longer in flight)."""

    def __init__(self, stream, on_close: Callable[[], None]) -> None:
        self._stream = stream
        self._on_close: Callable[[], None] | None = on_close

    def __iter__(self):
        yield from self._stream

    def close(self) -> None:
        try:
            self._stream.close()
        finally:
            if self._on_close is not None:
                on_close, self._on_close = self._on_close, None
                on_close()


def _check_redirect(response: httpx.Response) -> None:
    """Judge a redirect's Location before httpx does: even when not following, httpx builds the
    next request and raises on Locations it cannot parse (`javascript:alert(1)`)."""
    if response.has_redirect_location:
        _redirect_target(response)


def _timeout(settings: FetchSettings) -> httpx.Timeout:
    return httpx.Timeout(settings.timeout, connect=min(10.0, settings.timeout))


# --------------------------------------------------------------------------------------------
# One fetch


def fetch_one(client: httpx.Client, req: FetchRequest, settings: FetchSettings | None = None) -> Fetched:
    """GET `req.url` and describe the outcome. Never raises for network or HTTP faults.

    The client should come from `make_client` (it must not follow redirects itself: we follow
    them here so that each hop's scheme is checked).
    """
    settings = settings or DEFAULT_SETTINGS
    started = time.monotonic()
    try:
        fetched = _fetch(client, req, settings, started + settings.timeout * TOTAL_TIMEOUT_FACTOR)
    except _Failed as failure:
        fetched = _failed(req, failure)
    fetched.elapsed = time.monotonic() - started
    return fetched


def _fetch(client: httpx.Client, req: FetchRequest, settings: FetchSettings, deadline: float) -> Fetched:
    try:
        url = httpx.URL(req.url)
    except (httpx.InvalidURL, TypeError) as exc:
        raise _Failed(f"invalid URL: {_one_line(exc)}") from None
    if not url.scheme:
        raise _Failed("invalid URL: no scheme (http:// or https://)")
    if url.scheme not in ("http", "https"):
        raise _Failed(f"unsupported URL scheme: {url.scheme}")
    if not url.host:
        raise _Failed("invalid URL: no host")

    headers: dict[str, bytes] = {}
    for name, value in (("If-None-Match", req.etag), ("If-Modified-Since", req.last_modified)):
        if value and "\r" not in value and "\n" not in value:
            # Echo the server's bytes: httpx decoded a non-ASCII validator as UTF-8 (else Latin-1).
            headers[name] = value.encode("ascii") if value.isascii() else value.encode("utf-8")

    hop = 0
    retried = False
    while True:
        if hop and time.monotonic() > deadline:
            raise _Failed(f"timeout after {settings.timeout * TOTAL_TIMEOUT_FACTOR:g}s (whole fetch)")
        try:
            with client.stream("GET", url, headers=headers, timeout=_timeout(settings)) as response:
                if response.has_redirect_location:
                    if hop >= settings.max_redirects:
                        raise _Failed("too many redirects", response)
                    url = _redirect_target(response)
                    _drain(response)
                    hop += 1
                    continue
                return _read(response, req, settings, deadline)
        except (httpx.RemoteProtocolError, httpx.ReadError) as exc:
            # No response at all: most often a kept-alive connection the server had just closed.
            # A GET may be repeated, once.
            if not retried:
                retried = True
                continue
            raise _Failed(f"connection failed: {_one_line(exc)}") from None
        except httpx.TimeoutException as exc:
            raise _Failed(_timeout_message(exc, settings)) from None
        except httpx.LocalProtocolError as exc:
            raise _Failed(f"invalid request: {_one_line(exc)}") from None
        except httpx.InvalidURL as exc:
            # Only a redirect's Location can be invalid here (a client without `_check_redirect`).
            raise _Failed(f"bad redirect: {_one_line(exc)}") from None
        except (httpx.TransportError, OSError) as exc:
            # Before the response's headers: nothing was received, so the connection failed.
            raise _Failed(f"connection failed: {_one_line(exc)}") from None


def _redirect_target(response: httpx.Response) -> httpx.URL:
    """Where a redirect points, resolved against the response URL; only http/https are followed."""
    location = response.headers["Location"]
    try:
        target = response.url.join(location.strip())
    except httpx.InvalidURL as exc:
        raise _Failed(f"bad redirect: {_one_line(exc)}", response) from None
    if target.scheme not in ("http", "https"):
        raise _Failed(f"redirect to unsupported scheme: {target.scheme or '(none)'}", response)
    if not target.host:
        raise _Failed(f"bad redirect: {_one_line(location)}", response)
    return target


def _read(response: httpx.Response, req: FetchRequest, settings: FetchSettings, deadline: float) -> Fetched:
    status = response.status_code
    content_type_header = response.headers.get("Content-Type")
    fetched = Fetched(
        url=req.url,
        final_url=str(response.url),
        status=status,
        headers=dict(response.headers),
        content_type=_media_type(content_type_header),
        etag=response.headers.get("ETag"),
        last_modified=response.headers.get("Last-Modified"),
    )
    if status == 304:
        # A 304 may omit the validators: the ones we sent still describe what we have.
        fetched.not_modified = True
        fetched.etag = fetched.etag or req.etag
        fetched.last_modified = fetched.last_modified or req.last_modified
        if not (req.etag or req.last_modified):
            fetched.error = "unexpected 304 (no validators sent)"
        _drain(response)
        return fetched
    if not 200 <= status < 300:
        fetched.error = f"HTTP {status}"
        if status in (429, 503):
            fetched.retry_after = parse_retry_after(response.headers.get("Retry-After"))
        _drain(response)
        return fetched
    if not _is_readable_type(fetched.content_type):
        fetched.error = f"not HTML: {fetched.content_type}"
        return fetched

    declared = _content_length(response)
    if declared is not None and declared > settings.max_body:
        fetched.error = f"body over {format_size(settings.max_body)}"
        return fetched

    error, body, deflated = _read_body(response, settings, declared, deadline)
    if error:
        fetched.error = error
        return fetched
    if not body.strip():
        fetched.error = "empty body"
        return fetched
    if _looks_binary(body, content_type_header):
        fetched.error = "binary body"
        return fetched
    text, charset = decode_body(body, content_type_header)
    if is_mojibake(text):
        fetched.error = "undecodable body (mojibake)"
        fetched.charset = charset
        return fetched
    fetched.body = body
    fetched.deflated = deflated
    fetched.text = text
    fetched.charset = charset
    fetched.content_hash = hashlib.sha256(body).hexdigest()
    return fetched


def _read_body(
    response: httpx.Response, settings: FetchSettings, declared: int | None, deadline: float,
) -> tuple[str | None, bytes, bytes | None]:
    """Stream the (decompressed) body, stopping at the cap, the deadline or a short read. Also returns the
    body as a zlib stream when the wire's gzip or deflate held it whole (see `_zlib_stream`), else None."""
    chunks: list[bytes] = []
    wire = _Wire()
    size = 0
    try:
        for chunk in _decoded_chunks(response, settings.max_body, wire):
            size += len(chunk)
            if size > settings.max_body:
                return _no_body(f"body over {format_size(settings.max_body)}")
            chunks.append(chunk)
            if time.monotonic() > deadline:
                return _no_body(f"timeout after {settings.timeout * TOTAL_TIMEOUT_FACTOR:g}s (whole fetch)")
    except httpx.TimeoutException as exc:
        return _no_body(_timeout_message(exc, settings))
    except httpx.DecodingError as exc:
        return _no_body(f"bad content encoding: {_one_line(exc)}")
    except (httpx.RemoteProtocolError, httpx.ReadError):
        # The server closed (or reset) the connection before the body was complete.
        return _no_body("truncated body")
    except httpx.TransportError as exc:
        return _no_body(f"connection failed: {_one_line(exc)}")
    # Raw bytes against Content-Length (a mock's pre-read response downloads nothing: count those).
    if declared is not None and (response.num_bytes_downloaded or size) < declared:
        return _no_body("truncated body")
    body = b"".join(chunks)
    return None, body, _zlib_stream(wire, body)


def _no_body(error: str) -> tuple[str, bytes, None]:
    return error, b"", None


#: Content-Encodings inflated here, a bounded piece at a time (httpx inflates each network read whole).
_INFLATE_WBITS = {"gzip": 16 + zlib.MAX_WBITS, "x-gzip": 16 + zlib.MAX_WBITS, "deflate": zlib.MAX_WBITS}
#: Most decompressed bytes produced from one step of a compressed read.
_INFLATE_STEP = 256 * 1024


class _Wire:
    """What `_decoded_chunks` saw on the wire of a gzip or deflate body: its bytes, and whether the
    compressed stream ended exactly where the response did (nothing after it)."""

    __slots__ = ("encoding", "chunks", "clean_end")

    def __init__(self) -> None:
        self.encoding = ""
        self.chunks: list[bytes] = []
        self.clean_end = False


def _decoded_chunks(response: httpx.Response, limit: int, wire: _Wire | None = None):
    """The body's decompressed bytes. gzip and deflate are inflated here, at most `_INFLATE_STEP` bytes at a
    time and never past `limit` + 1, so a gzip bomb (1 MB on the wire, 1 GB inflated) costs a few hundred
    KB of memory before the cap stops it, not the whole inflated network read. Other encodings (and none)
    go through httpx's decoders. `wire`, when given, keeps the compressed bytes read."""
    encoding = response.headers.get("Content-Encoding", "").strip().lower()
    wbits = _INFLATE_WBITS.get(encoding)
    if wbits is None:
        yield from response.iter_bytes()
        return
    inflater = zlib.decompressobj(wbits)
    produced = 0
    first = True
    trailing = False  # bytes came after the compressed stream's end
    if wire is not None:
        wire.encoding = encoding
    for raw in response.iter_raw():
        if wire is not None:
            wire.chunks.append(raw)
        if inflater.eof:
            trailing = trailing or bool(raw)
            continue
        if first and encoding == "deflate" and raw:
            first = False
            if len(raw) < 2 or raw[0] & 0x0F != 8 or (raw[0] << 8 | raw[1]) % 31:
                # a raw deflate stream without the zlib header (servers send both)
                inflater = zlib.decompressobj(-zlib.MAX_WBITS)
                if wire is not None:
                    wire.encoding = "raw deflate"
        data = raw
        while data:
            try:
                out = inflater.decompress(data, _INFLATE_STEP)
            except zlib.error as exc:
                raise httpx.DecodingError(f"{encoding}: {exc}") from None
            produced += len(out)
            if out:
                yield out
            if produced > limit:
                return
            data = inflater.unconsumed_tail
            if inflater.eof:
                break
    try:
        tail = inflater.flush()
    except zlib.error as exc:
        raise httpx.DecodingError(f"{encoding}: {exc}") from None
    if wire is not None:
        wire.clean_end = inflater.eof and not inflater.unused_data and not trailing
    if tail:
        yield tail


_GZIP_FLAGS = {"FHCRC": 2, "FEXTRA": 4, "FNAME": 8, "FCOMMENT": 16}


def _zlib_stream(wire: _Wire, body: bytes) -> bytes | None:
    """The body as a zlib stream (what `zlib.compress` makes) built from the server's own compression, or
    None. The store keeps bodies zlib-compressed; compressing a 90 KB page again costs ~2.5 ms (level 6),
    while a gzip member holds the same deflate data as a zlib stream under another header and trailer.
    Only a stream that ended exactly with the response and whose checksum and length match `body`."""
    if not wire.clean_end or not wire.chunks:
        return None
    raw = b"".join(wire.chunks)
    if wire.encoding == "deflate":  # already a zlib stream
        return raw if raw[-4:] == zlib.adler32(body).to_bytes(4, "big") else None
    if wire.encoding == "raw deflate":  # the same without the zlib header and checksum
        return b"\x78\x9c" + raw + zlib.adler32(body).to_bytes(4, "big")
    if wire.encoding not in ("gzip", "x-gzip") or len(raw) < 18 or raw[:3] != b"\x1f\x8b\x08":
        return None
    if raw[-8:] != zlib.crc32(body).to_bytes(4, "little") + (len(body) & 0xFFFFFFFF).to_bytes(4, "little"):
        return None
    flags, at = raw[3], 10
    if flags & _GZIP_FLAGS["FEXTRA"]:
        at += 2 + int.from_bytes(raw[at:at + 2], "little")
    for flag in ("FNAME", "FCOMMENT"):
        if flags & _GZIP_FLAGS[flag]:
            at = raw.find(b"\0", at) + 1
            if at == 0:
                return None
    if flags & _GZIP_FLAGS["FHCRC"]:
        at += 2
    if at > len(raw) - 8:
        return None
    return b"\x78\x9c" + raw[at:-8] + zlib.adler32(body).to_bytes(4, "big")


def _drain(response: httpx.Response, limit: int = 64 * 1024) -> None:
    """Read a small unwanted body (a 304's, a redirect's, an error page) so the connection is
    reused; closing a response with unread bytes makes httpcore drop the connection (measured: a
    304 then cost a new TCP connection each)."""
    declared = _content_length(response)
    if declared is not None and declared > limit:
        return
    received = 0
    until = time.monotonic() + 1.0
    try:
        for chunk in response.iter_raw():
            received += len(chunk)
            if received > limit:
                return
            if time.monotonic() > until:
                return
    except (httpx.HTTPError, httpx.StreamError):
        pass


def _failed(req: FetchRequest, failure: _Failed) -> Fetched:
    fetched = Fetched(url=req.url, error=failure.error)
    response = failure.response
    if response is not None:
        fetched.final_url = str(response.url)
        fetched.status = response.status_code
        fetched.headers = dict(response.headers)
    return fetched


def _timeout_message(exc: httpx.TimeoutException, settings: FetchSettings) -> str:
    if isinstance(exc, httpx.ConnectTimeout):
        return f"timeout after {min(10.0, settings.timeout):g}s (connect)"
    if isinstance(exc, httpx.PoolTimeout):
        return f"timeout after {settings.timeout:g}s (no free connection)"
    return f"timeout after {settings.timeout:g}s"


def _one_line(exc: object, limit: int = 200) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _content_length(response: httpx.Response) -> int | None:
    try:
        value = int(response.headers["Content-Length"])
    except (KeyError, ValueError):
        return None
    return value if value >= 0 else None


def _media_type(content_type_header: str | None) -> str:
    return (content_type_header or "").split(";", 1)[0].strip().lower()


def _is_readable_type(media_type: str) -> bool:
    """HTML, JSON, XML and other text: what an extractor can read. No type at all: sniff later."""
    return (
        not media_type
        or media_type.startswith("text/")
        or media_type in ("application/xhtml+xml", "application/xml", "application/json")
        or media_type.endswith(("+xml", "+json"))
    )


# --------------------------------------------------------------------------------------------
# Bodies: binary sniffing, charsets, mojibake

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE: its BOM starts the same way
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# C0 controls that text never holds: not TAB LF VT FF CR, nor ESC (ISO-2022-JP uses it).
_CONTROL = bytes([*range(0, 9), *range(14, 27), *range(28, 32)])
_NOT_CONTROL = bytes(b for b in range(256) if b not in _CONTROL)
_SNIFF = 64 * 1024


def _looks_binary(body: bytes, content_type_header: str | None) -> bool:
    """An image or archive served as text: NUL bytes, or more than 5% control characters."""
    if _bom_codec(body) or "utf-16" in (content_type_header or "").lower() or "utf-32" in (content_type_header or "").lower():
        return False
    sample = body[:_SNIFF]
    if b"\x00" in sample:
        return True
    controls = len(sample.translate(None, _NOT_CONTROL))
    return controls > 0.05 * len(sample)


def _bom_codec(body: bytes) -> str | None:
    for bom, codec in _BOMS:
        if body.startswith(bom):
            return codec
    return None


_HEADER_CHARSET = re.compile(r"""charset\s*=\s*["']?\s*([^"';\s]+)""", re.I)
_META_CHARSET = re.compile(rb"""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_:.+\-]+)""", re.I)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9_.\-]+)""", re.I)
# Labels as browsers read them (WHATWG Encoding): Latin-1 means windows-1252, Shift_JIS means
# windows-31j, GB2312 means GBK; Python's strict codecs would reject real pages' bytes.
_ALIASES = {
    "iso-8859-1": "cp1252", "iso8859-1": "cp1252", "latin1": "cp1252", "latin-1": "cp1252",
    "l1": "cp1252", "cp819": "cp1252", "us-ascii": "cp1252", "ascii": "cp1252",
    "windows-1252": "cp1252", "x-cp1252": "cp1252",
    "shift_jis": "cp932", "shift-jis": "cp932", "sjis": "cp932", "x-sjis": "cp932",
    "ms_kanji": "cp932", "csshiftjis": "cp932", "windows-31j": "cp932", "ms932": "cp932",
    "gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030",
    "euc-kr": "cp949", "ks_c_5601-1987": "cp949",
    "iso-8859-9": "cp1254", "tis-620": "cp874",
}
_SINGLE_BYTE = frozenset({
    "cp1250", "cp1251", "cp1252", "cp1253", "cp1254", "cp1257", "latin_1", "iso8859_2",
    "iso8859_15", "cp874", "koi8_r", "mac_roman",
})
_MULTI_BYTE = frozenset({
    "utf-8", "cp932", "shift_jis", "euc_jp", "euc_jis_2004", "gb18030", "gbk", "big5", "big5hkscs",
    "cp949", "euc_kr",
})


def _codec(label: str | bytes | None) -> str | None:
    """The Python codec for a charset label, or None when it names nothing usable."""
    if not label:
        return None
    if isinstance(label, bytes):
        label = label.decode("ascii", "replace")
    label = label.strip().strip("\"'").lower()
    label = _ALIASES.get(label, label)
    try:
        info = codecs.lookup(label)
    except LookupError:
        return None
    if not getattr(info, "_is_text_encoding", True):  # rot13, base64…
        return None
    return info.name


def _header_charset(content_type_header: str | None) -> str | None:
    match = _HEADER_CHARSET.search(content_type_header or "")
    return _codec(match.group(1)) if match else None


def _meta_charset(body: bytes) -> str | None:
    """The charset the page declares in its first 4 KB (`<meta charset>`, http-equiv, XML decl)."""
    head = body[:4096]
    match = _META_CHARSET.search(head) or _XML_ENCODING.search(head)
    codec = _codec(match.group(1)) if match else None
    # A page that says UTF-16 in ASCII-compatible bytes is not UTF-16 (WHATWG: read it as UTF-8).
    return "utf-8" if codec and codec.startswith("utf-16") else codec


def _strict(body: bytes, codec: str) -> str | None:
    try:
        return body.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


def _detect(body: bytes) -> str | None:
    from charset_normalizer import from_bytes  # lazy: only pages without a usable charset pay

    results = from_bytes(body)
    best = results.best()
    if best is None:
        return None
    # Short Western pages are ambiguous among the Latin code pages (a "naïve" café reads as Baltic
    # cp1257 with fewer "chaos" points); windows-1252 is the web's legacy default, so it wins
    # whenever it reads the page about as cleanly and at least as coherently.
    for match in results:
        if (
            "cp1252" in match.could_be_from_charset
            and match.chaos <= best.chaos + 0.1
            and match.coherence >= best.coherence
        ):
            return "cp1252"
    return _codec(best.encoding)


def decode_body(body: bytes, content_type_header: str | None) -> tuple[str, str | None]:
    """Decode a page: (text, codec used). Never raises; check the text with `is_mojibake`.

    Order: a BOM; the header's charset; the page's own `<meta>`; UTF-8; detection. A declared
    charset is trusted only if the bytes decode cleanly with it: servers and pages often lie.
    A single-byte charset (Latin-1 & co. decode anything) is trusted last: it loses to a meta
    charset or UTF-8 that decodes the bytes, or to a multi-byte charset detection finds (a default
    `iso-8859-1` header on a UTF-8 or EUC-JP page is the commonest lie). If nothing decodes
    cleanly, the candidate with the fewest replacement characters wins.
    """
    if not body:
        return "", None
    bom = _bom_codec(body)
    if bom:
        return body.decode(bom, "replace"), bom

    candidates: list[str] = []
    for codec in (_header_charset(content_type_header), _meta_charset(body), "utf-8"):
        if codec and codec not in candidates:
            candidates.append(codec)
    weak: tuple[str, str] | None = None
    for codec in candidates:
        if codec.startswith(("utf-16", "utf-32")) and b"\x00" not in body[:4096]:
            continue  # markup in UTF-16 is full of NULs: ASCII bytes labelled UTF-16 are not
        text = _strict(body, codec)
        if text is None:
            continue
        if codec in _SINGLE_BYTE and not body.isascii():
            weak = weak or (text, codec)  # decodes anything: proves nothing yet
            continue
        return text, codec
    if weak is not None:
        # EUC-JP bytes (and UTF-8's) read cleanly as windows-1252 too: a multi-byte reading wins.
        detected = _detect(body)
        text = _strict(body, detected) if detected in _MULTI_BYTE else None
        return (text, detected) if text is not None else weak

    detected = _detect(body)
    if detected:
        text = _strict(body, detected)
        if text is not None:
            return text, detected
        candidates.append(detected)
    # Nothing decodes cleanly: the least damaged reading.
    best_text, best_codec = None, None
    for codec in candidates:
        text = body.decode(codec, "replace")
        if best_text is None or text.count("\ufffd") < best_text.count("\ufffd"):
            best_text, best_codec = text, codec
    return best_text or "", best_codec


def is_mojibake(text: str) -> bool:
    """Whether decoded text is damaged: replacement characters are at least 2% of its non-ASCII.

    A stray bad byte or two in a large page is tolerated; a page read with the wrong charset is not.
    """
    bad = text.count("\ufffd")
    if bad < 3:
        return False
    non_ascii = len(text) - len(text.encode("ascii", "ignore"))
    return bad >= 0.02 * non_ascii


# --------------------------------------------------------------------------------------------
# Many fetches


#: seconds without a finished fetch after which `fetch_many` calls its `idle` hook
IDLE_AFTER = 0.05


def fetch_many(
    requests: Iterable[FetchRequest],
    settings: FetchSettings | None = None,
    *,
    transport: httpx.BaseTransport | None = None,
    idle: Callable[[], None] | None = None,
) -> Iterator[tuple[FetchRequest, Fetched]]:
    """Fetch concurrently, yielding `(request, result)` as each completes (not in input order).

    One shared `Client` (a connection pool per host) in a thread pool (the fastest setup measured, see
    ENGINEERING.md). A request starts only when its host has a free slot (`per_host`) and its
    `host_delay` has passed, so no worker thread ever blocks waiting for a host; at most
    `total_concurrency` fetches run and a bounded look-ahead of `requests` is read (in the caller's
    thread), so memory stays flat for any number of sources. Slots are refilled before results are
    handed over, so fetching goes on while the caller works on them. Hosts are the requested URLs': a redirect to
    another host does not count against it. `idle` is called when no result has come for IDLE_AFTER
    seconds, before waiting longer (the store commits its batch there rather than hold the write lock).
    """
    settings = settings or DEFAULT_SETTINGS
    with make_client(settings, transport) as client, ThreadPoolExecutor(
        max_workers=max(settings.total_concurrency, 1), thread_name_prefix="tracker-fetch",
    ) as pool:
        dispatcher = _Dispatcher(requests, settings, lambda req: pool.submit(_fetch_safely, client, req, settings))
        while True:
            wake = dispatcher.launch()
            if not dispatcher.running:
                if dispatcher.finished:
                    return
                if idle is not None:
                    idle()
                time.sleep(max(0.0, (wake or 0.0) - time.monotonic()))  # only host delays hold us
                continue
            timeout = None if wake is None else max(0.0, wake - time.monotonic())
            if idle is not None and (timeout is None or timeout > IDLE_AFTER):
                done, _ = wait(dispatcher.running, timeout=IDLE_AFTER, return_when=FIRST_COMPLETED)
                if not done:
                    idle()
                    continue
            else:
                done, _ = wait(dispatcher.running, timeout=timeout, return_when=FIRST_COMPLETED)
            completed = [dispatcher.release(future) for future in done]
            dispatcher.launch()
            for req, future in completed:
                yield req, future.result()


class _Dispatcher:
    """Which request may start now: per-host slots and delays, a total cap, a bounded look-ahead."""

    def __init__(self, requests: Iterable[FetchRequest], settings: FetchSettings, submit) -> None:
        self.source = iter(requests)
        self.exhausted = False
        self.submit = submit
        self.total = max(settings.total_concurrency, 1)
        self.per_host = max(settings.per_host, 1)
        self.host_delay = settings.host_delay
        self.lookahead = max(256, self.total * 16)
        self.pending: dict[str, deque[FetchRequest]] = {}
        self.n_pending = 0
        self.busy: Counter[str] = Counter()
        self.next_start: dict[str, float] = {}
        self.running: dict[Future[Fetched], tuple[FetchRequest, str]] = {}

    @property
    def finished(self) -> bool:
        return self.exhausted and not self.pending and not self.running

    def _refill(self) -> None:
        while not self.exhausted and self.n_pending < self.lookahead:
            try:
                req = next(self.source)
            except StopIteration:
                self.exhausted = True
                return
            self.pending.setdefault(host_of(req.url), deque()).append(req)
            self.n_pending += 1

    def launch(self) -> float | None:
        """Start what may start; return when a host delay next lets something start (or None)."""
        self._refill()
        now = time.monotonic()
        wake: float | None = None
        for host in list(self.pending):
            if len(self.running) >= self.total:
                break
            queue = self.pending[host]
            while queue and len(self.running) < self.total and self.busy[host] < self.per_host:
                ready_at = self.next_start.get(host, 0.0)
                if ready_at > now:
                    wake = ready_at if wake is None else min(wake, ready_at)
                    break
                req = queue.popleft()
                self.n_pending -= 1
                self.busy[host] += 1
                if self.host_delay > 0:
                    self.next_start[host] = now + self.host_delay
                self.running[self.submit(req)] = (req, host)
            if not queue:
                del self.pending[host]
        return wake

    def release(self, future: Future[Fetched]) -> tuple[FetchRequest, Future[Fetched]]:
        req, host = self.running.pop(future)
        self.busy[host] -= 1
        if not self.busy[host]:
            del self.busy[host]
        return req, future


def _fetch_safely(client: httpx.Client, req: FetchRequest, settings: FetchSettings) -> Fetched:
    """`fetch_one`, with a bug of ours turned into this source's error rather than the run's end."""
    try:
        return fetch_one(client, req, settings)
    except Exception as exc:  # noqa: BLE001 - logged with its traceback, reported in one line
        log.exception("fetching %s failed", req.url)
        return Fetched(url=req.url, error=f"internal error: {type(exc).__name__}: {_one_line(exc)}")


def host_of(url: str) -> str:
    """The host a request counts against (lower-case, "" for a URL with none), the one reading of a host
    that per-host limits, politeness and the schedule share. urlsplit, not httpx.URL: this runs once per
    request in the dispatching thread, and httpx's full URL validation cost ~0.3 ms each (a tenth of a
    warm run's time)."""
    try:
        return (urlsplit(url).hostname or "").lower()
    except (ValueError, TypeError):
        return ""


# --------------------------------------------------------------------------------------------
# Small pure helpers (settings, scheduler)

_SIZE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([kmg]i?b?|b)?\s*$", re.I)
_UNITS = {"": 1, "b": 1, "k": 1024, "m": 1024**2, "g": 1024**3}


def parse_size(text: str | int) -> int:
    """`"10MB"` → 10485760. Units B, KB, MB, GB (binary, as `max_body`'s default); a bare number is bytes."""
    if isinstance(text, int) and not isinstance(text, bool):
        if text < 0:
            raise ConfigError(f"invalid size: {text} (must not be negative)")
        return text
    match = _SIZE.match(str(text))
    if not match:
        raise ConfigError(f"invalid size: {text!r} (use e.g. 500KB, 10MB)")
    number, unit = match.groups()
    return int(float(number) * _UNITS[(unit or "")[:1].lower()])


def format_size(size: int) -> str:
    """10485760 → `"10 MB"`: the inverse of `parse_size` for messages."""
    for unit, factor in (("GB", 1024**3), ("MB", 1024**2), ("KB", 1024)):
        if size >= factor:
            return f"{size / factor:g} {unit}" if size % factor == 0 else f"{size / factor:.1f} {unit}"
    return f"{size} bytes"


def parse_retry_after(value: str | None, now: datetime | float | None = None) -> float | None:
    """Seconds to wait from a Retry-After header: delta-seconds or an HTTP-date (RFC 9110 §10.2.3).

    `now` (a datetime or a POSIX timestamp; default: the clock) dates an HTTP-date. A date in the
    past gives 0; an unreadable value gives None.
    """
    if value is None:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when is None:
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    if now is None:
        now_ts = time.time()
    elif isinstance(now, datetime):
        now_ts = (now if now.tzinfo else now.replace(tzinfo=timezone.utc)).timestamp()
    else:
        now_ts = float(now)
    return max(0.0, when.timestamp() - now_ts)
