"""tracker.fetch: what one GET turns into, and how many of them run at once.

respx (`respx_mock`) stands in for the network in most tests; `LocalServer` gives real sockets for
what a mock cannot show (keep-alive, a connection closed mid-body, concurrency).
"""
from __future__ import annotations

import email.utils
import gzip
import hashlib
import time
from datetime import datetime, timezone

import httpx
import pytest
from hypothesis import given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from localserver import LocalServer, local_server  # noqa: F401  (fixture)
from tracker.errors import ConfigError
from tracker.fetch import (
    FetchRequest,
    FetchSettings,
    PerHostTransport,
    decode_body,
    fetch_many,
    fetch_one,
    is_mojibake,
    make_client,
    parse_retry_after,
    parse_size,
)

URL = "https://news.example/anime/metallic-rouge"
PAGE = "<html><head><title>Metallic Rouge</title></head><body><main><p>Premieres January 10, 2024.</p></main></body></html>"
JA = (
    "<html><head>{meta}<title>メタリックルージュ 公式サイト</title></head><body><main>"
    "<p>TVアニメ『メタリックルージュ』2024年1月10日（水）より放送開始！</p>"
    "<dl><dt>監督</dt><dd>堀元宣</dd><dt>シリーズ構成・脚本</dt><dd>野村祐一</dd>"
    "<dt>アニメーション制作</dt><dd>ボンズ</dd></dl></main></body></html>"
)
WESTERN = (
    "<html><body><main><p>The café’s “naïve” owner — Zoë — said it’s déjà vu: the crème brûlée"
    " still costs €5 at the façade, and the anime’s première is “soon”.</p></main></body></html>"
)


class _Stream(httpx.SyncByteStream):
    def __init__(self, chunks):
        self.chunks = chunks

    def __iter__(self):
        yield from self.chunks


@pytest.fixture
def client():
    with make_client() as c:
        yield c


def get(client, url=URL, settings=None, **request):
    return fetch_one(client, FetchRequest(url, **request), settings or FetchSettings())


# --------------------------------------------------------------------------- success, validators


def test_ok_page_is_decoded_hashed_and_keeps_validators(respx_mock, client):
    respx_mock.get(URL).respond(200, html=PAGE, headers={"ETag": '"v1"', "Last-Modified": "Wed, 10 Jan 2024 00:00:00 GMT"})
    f = get(client)
    assert f.ok and f.status == 200 and not f.not_modified
    assert f.text == PAGE and f.body == PAGE.encode()
    assert f.content_type == "text/html" and f.charset == "utf-8"
    assert len(f.content_hash) == 64 and f.content_hash == hashlib.sha256(PAGE.encode()).hexdigest()
    assert f.etag == '"v1"' and f.last_modified == "Wed, 10 Jan 2024 00:00:00 GMT"
    assert f.final_url == URL and f.elapsed >= 0


def test_request_names_the_tool_in_user_agent(respx_mock, client):
    route = respx_mock.get(URL).respond(200, html=PAGE)
    get(client)
    assert route.calls.last.request.headers["User-Agent"].startswith("tracker/")


def test_etag_is_sent_back_and_304_means_not_modified(respx_mock, client):
    route = respx_mock.get(URL)
    route.side_effect = [
        httpx.Response(200, html=PAGE, headers={"ETag": '"v1"'}),
        httpx.Response(304, headers={"ETag": '"v1"'}),
    ]
    first = get(client)
    assert "If-None-Match" not in route.calls.last.request.headers
    second = get(client, etag=first.etag)
    assert route.calls.last.request.headers["If-None-Match"] == '"v1"'
    assert second.status == 304 and second.not_modified and second.error is None
    assert second.body == b"" and second.content_hash is None and second.etag == '"v1"'


def test_last_modified_is_sent_as_if_modified_since(respx_mock, client):
    stamp = "Wed, 10 Jan 2024 00:00:00 GMT"
    route = respx_mock.get(URL).respond(304)
    f = get(client, last_modified=stamp)
    assert route.calls.last.request.headers["If-Modified-Since"] == stamp
    # a 304 without validators keeps the ones we sent
    assert f.not_modified and f.ok and f.last_modified == stamp


def test_odd_validators_do_not_break_the_request(respx_mock, client):
    route = respx_mock.get(URL).respond(304)
    assert get(client, etag='"café"').not_modified
    assert route.calls.last.request.headers.raw[-1] == (b"If-None-Match", '"café"'.encode())
    assert get(client, etag="a\r\nX-Injected: 1", last_modified="Wed, 10 Jan 2024 00:00:00 GMT").not_modified
    assert "X-Injected" not in route.calls.last.request.headers


def test_unsolicited_304_is_an_error(respx_mock, client):
    respx_mock.get(URL).respond(304)
    f = get(client)
    assert f.error == "unexpected 304 (no validators sent)"


# --------------------------------------------------------------------------- redirects


def test_redirects_are_followed_and_final_url_recorded(respx_mock, client):
    respx_mock.get(URL).respond(301, headers={"Location": "/anime/metallic-rouge-2024"})
    respx_mock.get("https://news.example/anime/metallic-rouge-2024").respond(302, headers={"Location": "https://www.news.example/mr"})
    respx_mock.get("https://www.news.example/mr").respond(200, html=PAGE)
    f = get(client)
    assert f.ok and f.final_url == "https://www.news.example/mr" and f.url == URL


def test_conditional_headers_survive_a_redirect(respx_mock, client):
    respx_mock.get(URL).respond(301, headers={"Location": "/new"})
    target = respx_mock.get("https://news.example/new").respond(304)
    f = get(client, etag='"v1"')
    assert target.calls.last.request.headers["If-None-Match"] == '"v1"'
    assert f.not_modified


def test_redirects_are_capped(respx_mock, client):
    for i in range(3):
        respx_mock.get(f"https://news.example/{i}").respond(302, headers={"Location": f"/{i + 1}"})
    respx_mock.get("https://news.example/3").respond(200, html=PAGE)
    assert get(client, "https://news.example/0", FetchSettings(max_redirects=3)).ok
    capped = get(client, "https://news.example/0", FetchSettings(max_redirects=2))
    assert capped.error == "too many redirects" and capped.status == 302


def test_redirect_loop_stops(respx_mock, client):
    a = respx_mock.get("https://news.example/a").respond(302, headers={"Location": "/b"})
    b = respx_mock.get("https://news.example/b").respond(302, headers={"Location": "/a"})
    f = get(client, "https://news.example/a")
    assert f.error == "too many redirects"
    assert a.call_count + b.call_count == 6  # the first request and the 5 redirects allowed


@pytest.mark.parametrize("location", ["file:///etc/passwd", "ftp://news.example/x", "javascript:alert(1)"])
def test_redirect_to_other_scheme_is_refused(respx_mock, client, location):
    respx_mock.get(URL).respond(302, headers={"Location": location})
    f = get(client)
    assert f.error.startswith("redirect to unsupported scheme")
    assert len(respx_mock.calls) == 1


def test_non_http_url_is_an_error_not_an_exception(client):
    assert get(client, "file:///etc/passwd").error == "unsupported URL scheme: file"
    assert get(client, "http://").error.startswith("invalid URL")
    assert get(client, "news.example/anime").error == "invalid URL: no scheme (http:// or https://)"


# --------------------------------------------------------------------------- network faults and HTTP errors


def test_read_timeout_is_an_error_not_an_exception(respx_mock, client):
    respx_mock.get(URL).mock(side_effect=httpx.ReadTimeout("timed out"))
    f = get(client)
    assert f.error == "timeout after 20s" and f.status is None and f.body == b""


def test_connect_timeout_and_connection_errors_are_one_line(respx_mock, client):
    respx_mock.get(URL).mock(side_effect=[httpx.ConnectTimeout("x"), httpx.ConnectError("[Errno 111] Connection\nrefused")])
    assert get(client).error == "timeout after 10s (connect)"
    assert get(client).error == "connection failed: [Errno 111] Connection refused"


def test_a_dropped_connection_before_any_response_is_retried_once(respx_mock, client):
    route = respx_mock.get(URL)
    route.side_effect = [httpx.RemoteProtocolError("Server disconnected without sending a response."), httpx.Response(200, html=PAGE)]
    assert get(client).ok and route.call_count == 2
    route.side_effect = [httpx.ReadError("reset")] * 2
    assert get(client).error == "connection failed: reset" and route.call_count == 4


def test_not_found_is_http_error_with_status(respx_mock, client):
    respx_mock.get(URL).respond(404, html="<html>gone</html>")
    f = get(client)
    assert f.error == "HTTP 404" and f.status == 404 and f.body == b"" and f.retry_after is None


def test_503_with_retry_after_seconds(respx_mock, client):
    respx_mock.get(URL).respond(503, headers={"Retry-After": "120"})
    f = get(client)
    assert f.error == "HTTP 503" and f.retry_after == 120.0


def test_429_with_retry_after_http_date(respx_mock, client):
    when = datetime.now(timezone.utc).timestamp() + 3600
    respx_mock.get(URL).respond(429, headers={"Retry-After": email.utils.formatdate(when, usegmt=True)})
    f = get(client)
    assert f.error == "HTTP 429" and 3590 < f.retry_after <= 3600


def test_parse_retry_after():
    now = datetime(2024, 1, 10, 12, 0, tzinfo=timezone.utc)
    assert parse_retry_after("30", now) == 30.0
    assert parse_retry_after("Wed, 10 Jan 2024 12:05:00 GMT", now) == 300.0
    assert parse_retry_after("Wed, 10 Jan 2024 11:00:00 GMT", now) == 0.0  # in the past
    assert parse_retry_after("Wed, 10 Jan 2024 12:05:00 GMT", now.timestamp()) == 300.0
    assert parse_retry_after("soon", now) is None and parse_retry_after(None) is None and parse_retry_after("-5", now) is None


# --------------------------------------------------------------------------- size cap


def test_body_over_cap_rejected_from_content_length(respx_mock, client):
    respx_mock.get(URL).respond(200, headers={"Content-Type": "text/html", "Content-Length": str(11 * 1024 * 1024)}, content=b"<html>")
    f = get(client)
    assert f.error == "body over 10 MB" and f.status == 200 and f.body == b""


def test_body_over_cap_rejected_while_streaming_without_content_length(respx_mock, client):
    sent = 0

    def endless():
        nonlocal sent
        while True:
            sent += 1
            yield b"<p>" + b"x" * 1017 + b"</p>"

    respx_mock.get(URL).respond(200, headers={"Content-Type": "text/html"}, stream=_Stream(endless()))
    f = get(client, settings=FetchSettings(max_body=10 * 1024))
    assert f.error == "body over 10 KB" and "content-length" not in f.headers
    assert sent == 11  # stopped at the first chunk past the cap


def test_gzip_bomb_is_stopped_by_the_decompressed_size(respx_mock, client):
    bomb = gzip.compress(b"<html>" + b" " * (5 * 1024 * 1024))
    assert len(bomb) < 10 * 1024
    respx_mock.get(URL).respond(200, headers={"Content-Type": "text/html", "Content-Encoding": "gzip"}, content=bomb)
    f = get(client, settings=FetchSettings(max_body=1024 * 1024))
    assert f.error == "body over 1 MB"


def test_fewer_bytes_than_content_length_is_truncated(respx_mock, client):
    respx_mock.get(URL).respond(200, headers={"Content-Type": "text/html", "Content-Length": "5000"}, stream=_Stream([b"<html><body>cut"]))
    assert get(client).error == "truncated body"


def test_parse_size():
    assert parse_size("10MB") == 10 * 1024 * 1024
    assert parse_size("512 kb") == 512 * 1024
    assert parse_size("1.5MB") == 1536 * 1024
    assert parse_size("100") == 100 and parse_size(7) == 7 and parse_size("2GiB") == 2 * 1024**3
    with pytest.raises(ConfigError):
        parse_size("ten megabytes")


# --------------------------------------------------------------------------- charsets


def test_shift_jis_from_header_charset(respx_mock, client):
    page = JA.format(meta="")
    respx_mock.get(URL).respond(200, headers={"Content-Type": "text/html; charset=Shift_JIS"}, content=page.encode("shift_jis"))
    f = get(client)
    assert f.ok and f.text == page and f.charset == "cp932"


def test_euc_jp_from_meta_charset_only(respx_mock, client):
    page = JA.format(meta='<meta http-equiv="Content-Type" content="text/html; charset=EUC-JP">')
    respx_mock.get(URL).respond(200, headers={"Content-Type": "text/html"}, content=page.encode("euc_jp"))
    f = get(client)
    assert f.ok and f.text == page and f.charset == "euc_jp"


def test_cp1252_without_any_charset_is_detected(respx_mock, client):
    respx_mock.get(URL).respond(200, headers={"Content-Type": "text/html"}, content=WESTERN.encode("cp1252"))
    f = get(client)
    assert f.ok and f.text == WESTERN and f.charset == "cp1252"


def test_utf8_declared_but_shift_jis_bytes_falls_back_to_detection(respx_mock, client):
    page = JA.format(meta="")
    respx_mock.get(URL).respond(200, headers={"Content-Type": "text/html; charset=utf-8"}, content=page.encode("shift_jis"))
    f = get(client)
    assert f.ok and f.text == page and f.charset in ("cp932", "shift_jis")
    assert "\ufffd" not in f.text


def test_header_charset_that_fails_loses_to_meta():
    page = JA.format(meta='<meta charset="utf-8">')
    text, charset = decode_body(page.encode("utf-8"), "text/html; charset=Shift_JIS")
    assert text == page and charset == "utf-8"


def test_latin1_label_on_utf8_bytes_reads_as_utf8():
    text, charset = decode_body(WESTERN.encode("utf-8"), "text/html; charset=iso-8859-1")
    assert text == WESTERN and charset == "utf-8"


def test_latin1_label_on_euc_jp_bytes_reads_as_euc_jp():
    page = JA.format(meta="")
    text, charset = decode_body(page.encode("euc_jp"), "text/html; charset=iso-8859-1")
    assert text == page and charset.startswith("euc")


def test_latin1_label_on_western_bytes_stays_windows_1252():
    text, charset = decode_body(WESTERN.encode("cp1252"), "text/html; charset=ISO-8859-1")
    assert text == WESTERN and charset == "cp1252"


def test_bom_wins_over_declarations():
    text, charset = decode_body(PAGE.encode("utf-16"), "text/html; charset=iso-8859-1")
    assert text == PAGE and charset == "utf-16"


def test_utf16_label_on_ascii_compatible_bytes_is_ignored():
    assert decode_body(PAGE.encode(), "text/html; charset=utf-16") == (PAGE, "utf-8")
    assert decode_body(PAGE.encode("utf-16-le"), "text/html; charset=utf-16le") == (PAGE, "utf-16-le")


def test_unknown_charset_label_is_ignored():
    assert decode_body(PAGE.encode(), "text/html; charset=klingon") == (PAGE, "utf-8")


def test_bytes_no_charset_reads_cleanly_are_mojibake(respx_mock, client):
    page = JA.format(meta="")
    mixed = (page.encode("utf-8") + page.encode("shift_jis") + page.encode("euc_jp")) * 3
    respx_mock.get(URL).respond(200, headers={"Content-Type": "text/html; charset=utf-8"}, content=mixed)
    f = get(client)
    assert f.error == "undecodable body (mojibake)" and f.body == b"" and f.text == ""


def test_a_stray_bad_byte_is_not_mojibake():
    text, _ = decode_body(JA.format(meta="").encode("utf-8") * 20 + b"\xff", "text/html; charset=utf-8")
    assert not is_mojibake(text)
    assert is_mojibake("ab\ufffd\ufffd\ufffdcd")


@hypothesis_settings(max_examples=150, deadline=None)
@given(
    body=st.binary(max_size=600) | st.text(max_size=200).map(lambda t: t.encode("utf-8")),
    header=st.sampled_from([None, "text/html", "text/html; charset=utf-8", "text/html; charset=Shift_JIS",
                            "text/html; charset=iso-8859-1", "text/html; charset=utf-16", "text/html; charset=bogus",
                            'text/html; charset="EUC-JP"', "text/html; charset=rot13"]),
)
def test_decode_body_never_raises(body, header):
    text, charset = decode_body(body, header)
    assert isinstance(text, str) and (charset is None) == (not body)


# --------------------------------------------------------------------------- bodies that are not pages


def test_binary_body_served_as_html(respx_mock, client):
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8
    respx_mock.get(URL).respond(200, headers={"Content-Type": "text/html"}, content=png)
    f = get(client)
    assert f.error == "binary body" and f.status == 200 and f.body == b""


def test_empty_body(respx_mock, client):
    respx_mock.get(URL).respond(200, headers={"Content-Type": "text/html"}, content=b"")
    assert get(client).error == "empty body"


def test_image_is_not_html_but_keeps_status(respx_mock, client):
    respx_mock.get(URL).respond(200, headers={"Content-Type": "image/png"}, content=b"\x89PNG")
    f = get(client)
    assert f.error == "not HTML: image/png" and f.status == 200 and f.content_type == "image/png"


@pytest.mark.parametrize("ctype", ["application/json", "application/ld+json", "text/plain; charset=utf-8", "application/xhtml+xml", ""])
def test_json_xml_and_text_are_readable(respx_mock, client, ctype):
    respx_mock.get(URL).respond(200, headers={"Content-Type": ctype} if ctype else {}, content=b'{"title": "Metallic Rouge"}')
    f = get(client)
    assert f.ok and f.text == '{"title": "Metallic Rouge"}'


# --------------------------------------------------------------------------- many


def test_fetch_many_yields_one_result_per_request_with_its_key(respx_mock):
    respx_mock.get(url__regex=r"https://h\d\.example/\d+").respond(200, html=PAGE)
    respx_mock.get("https://h0.example/bad").respond(503)
    reqs = [FetchRequest(f"https://h{i % 3}.example/{i}", key=i) for i in range(40)] + [FetchRequest("https://h0.example/bad", key="bad")]
    results = list(fetch_many(iter(reqs), FetchSettings(total_concurrency=5)))
    assert sorted(map(str, (r.key for r, _ in results))) == sorted(map(str, (r.key for r in reqs)))
    by_key = {r.key: f for r, f in results}
    assert by_key["bad"].error == "HTTP 503" and all(by_key[i].ok for i in range(40))
    assert all(f.url == r.url for r, f in results)


def test_fetch_many_respects_per_host_limit(local_server):
    local_server.set("/slow", PAGE, delay=0.2)
    reqs = [FetchRequest(local_server.url("/slow"), key=i) for i in range(9)]
    started = time.monotonic()
    results = list(fetch_many(reqs, FetchSettings(per_host=3, total_concurrency=16)))
    assert len(results) == 9 and all(f.ok for _, f in results)
    assert local_server.max_in_flight == 3
    assert time.monotonic() - started >= 0.6  # 9 requests, 3 at a time, 0.2 s each


def test_fetch_many_runs_hosts_in_parallel_up_to_total(local_server):
    # 127.0.0.1 and localhost are two hosts to the dispatcher, one server to us
    local_server.set("/slow", PAGE, delay=0.3)
    port = local_server.port
    reqs = [FetchRequest(f"http://{h}:{port}/slow") for h in ("127.0.0.1", "localhost") for _ in range(4)]
    list(fetch_many(reqs, FetchSettings(per_host=2, total_concurrency=16)))
    assert local_server.max_in_flight == 4


def _peers(server: LocalServer) -> list[tuple[str, int]]:
    return [seen.peer for seen in server.requests]


def test_each_host_keeps_its_own_connection_alive(local_server):
    local_server.set("/p", PAGE)
    port = local_server.port
    with make_client() as c:
        for _ in range(3):
            for host in ("127.0.0.1", "localhost"):
                assert c.get(f"http://{host}:{port}/p").status_code == 200
    peers = _peers(local_server)
    assert len(peers) == 6 and len(set(peers)) == 2  # one connection per host, reused
    assert peers[0::2] == [peers[0]] * 3 and peers[1::2] == [peers[1]] * 3


def test_least_recently_used_idle_host_pool_is_closed_past_max_hosts(local_server):
    local_server.set("/p", PAGE)
    port = local_server.port
    with httpx.Client(transport=PerHostTransport(per_host=2, max_hosts=1)) as c:
        for host in ("127.0.0.1", "localhost", "127.0.0.1"):
            assert c.get(f"http://{host}:{port}/p").text == PAGE
    first, second, third = _peers(local_server)
    assert third != first  # 127.0.0.1's pool was closed for localhost's: a new connection


def test_a_host_pool_with_a_response_still_open_is_not_closed(local_server):
    local_server.set("/p", PAGE)
    port = local_server.port
    with httpx.Client(transport=PerHostTransport(per_host=2, max_hosts=1)) as c:
        with c.stream("GET", f"http://127.0.0.1:{port}/p") as open_response:
            assert c.get(f"http://localhost:{port}/p").text == PAGE  # over max_hosts, but 127.0.0.1 is busy
            assert open_response.read().decode() == PAGE
        assert c.get(f"http://127.0.0.1:{port}/p").text == PAGE
    first, second, third = _peers(local_server)
    assert third == first  # its pool (and keep-alive connection) survived


def test_fetch_many_host_delay_spaces_request_starts(local_server):
    local_server.set("/p", PAGE)
    started = time.monotonic()
    results = list(fetch_many([FetchRequest(local_server.url("/p")) for _ in range(4)], FetchSettings(host_delay=0.1)))
    assert len(results) == 4 and time.monotonic() - started >= 0.3


def test_fetch_many_yields_in_order_of_completion(local_server):
    local_server.set("/slow", PAGE, delay=0.5)
    local_server.set("/fast", PAGE)
    results = fetch_many([FetchRequest(local_server.url("/slow"), key="slow"), FetchRequest(local_server.url("/fast"), key="fast")])
    assert [req.key for req, _ in results] == ["fast", "slow"]


def test_fetch_many_reads_requests_lazily(respx_mock):
    """5,000 sources must not all be queued: the generator is drawn only as capacity frees up."""
    respx_mock.get(url__regex=r"https://h\d+\.example/").respond(200, html=PAGE)
    drawn = 0

    def requests():
        nonlocal drawn
        for i in range(5000):
            drawn += 1
            yield FetchRequest(f"https://h{i}.example/")

    results = fetch_many(requests(), FetchSettings(total_concurrency=4))
    next(results)
    assert drawn <= 300
    results.close()


def test_fetch_many_with_a_custom_transport():
    transport = httpx.MockTransport(lambda request: httpx.Response(200, html=PAGE))
    [(req, f)] = list(fetch_many([FetchRequest(URL, key="k")], transport=transport))
    assert req.key == "k" and f.ok and f.text == PAGE


# --------------------------------------------------------------------------- real sockets


def test_conditional_get_end_to_end(local_server):
    local_server.set("/news", PAGE)
    with make_client() as c:
        first = fetch_one(c, FetchRequest(local_server.url("/news")))
        assert first.ok and first.etag and first.last_modified
        again = fetch_one(c, FetchRequest(local_server.url("/news"), etag=first.etag, last_modified=first.last_modified))
        assert again.not_modified and again.status == 304 and again.ok
        local_server.set("/news", PAGE.replace("January 10", "January 11"))
        changed = fetch_one(c, FetchRequest(local_server.url("/news"), etag=first.etag, last_modified=first.last_modified))
        assert changed.status == 200 and changed.content_hash != first.content_hash and "January 11" in changed.text
    assert local_server.requests[1].headers["If-None-Match"] == first.etag


def test_connections_are_reused_after_304_redirect_and_error(local_server):
    local_server.set("/news", PAGE)
    local_server.set("/old", redirect="/news")
    local_server.set("/down", "<html>maintenance</html>", status=503)
    with make_client() as c:
        first = fetch_one(c, FetchRequest(local_server.url("/news")))
        for _ in range(3):
            assert fetch_one(c, FetchRequest(local_server.url("/old"), etag=first.etag)).not_modified
            assert fetch_one(c, FetchRequest(local_server.url("/down"))).error == "HTTP 503"
    assert len(local_server.requests) == 10
    assert len({seen.peer for seen in local_server.requests}) == 1


def test_connection_closed_mid_body_is_truncated(local_server):
    local_server.set("/cut", "<html><body>" + "x" * 20000, close_after=1000)
    with make_client() as c:
        f = fetch_one(c, FetchRequest(local_server.url("/cut")))
    assert f.error == "truncated body" and f.body == b""


def test_slow_server_times_out(local_server):
    local_server.set("/slow", PAGE, delay=1.0)
    with make_client() as c:
        f = fetch_one(c, FetchRequest(local_server.url("/slow")), FetchSettings(timeout=0.2))
    assert f.error == "timeout after 0.2s" and f.elapsed < 0.9


def test_redirect_on_a_real_server(local_server):
    local_server.set("/old", redirect="/new")
    local_server.set("/new", PAGE)
    with make_client() as c:
        f = fetch_one(c, FetchRequest(local_server.url("/old")))
    assert f.ok and f.final_url == local_server.url("/new")


def test_refused_connection_is_one_line():
    with LocalServer() as server:
        url = server.url("/")
    with make_client() as c:
        f = fetch_one(c, FetchRequest(url))
    assert f.error.startswith("connection failed: ") and "\n" not in f.error



# Compressed bodies go through a real local server: respx hands httpx a response it has already read
# (and inflated whole), so the streaming path is only exercised over a socket.
@pytest.mark.parametrize("encoding", ["gzip", "deflate", "raw-deflate"])
def test_compressed_bodies_are_inflated(local_server, client, encoding):
    import zlib

    page = b"<html><body><p>" + "メタリックルージュ".encode() * 2000 + b"</p></body></html>"
    if encoding == "gzip":
        wire = gzip.compress(page)
    elif encoding == "deflate":
        wire = zlib.compress(page)
    else:
        c = zlib.compressobj(wbits=-zlib.MAX_WBITS)
        wire = c.compress(page) + c.flush()
    local_server.set("/z", wire, headers={"Content-Encoding": encoding.replace("raw-", "")})
    f = get(client, local_server.url("/z"))
    assert f.error is None and f.body == page
    # the store keeps bodies zlib-compressed: the server's compression is handed over as a zlib stream
    assert zlib.decompress(f.deflated) == page


def _gzip_member(page: bytes, flags: int, header_fields: bytes) -> bytes:
    """A gzip member written by hand, with optional header fields (FEXTRA, FNAME, FCOMMENT, FHCRC)."""
    import struct
    import zlib

    c = zlib.compressobj(6, zlib.DEFLATED, -zlib.MAX_WBITS)
    head = b"\x1f\x8b\x08" + bytes([flags]) + b"\0\0\0\0\x00\x03" + header_fields
    if flags & 0x02:  # FHCRC: the low 16 bits of the header's CRC-32
        head += struct.pack("<H", zlib.crc32(head) & 0xFFFF)
    return (head + c.compress(page) + c.flush()
            + struct.pack("<II", zlib.crc32(page), len(page) & 0xFFFFFFFF))


@pytest.mark.parametrize("flags, fields", [
    (0x08, b"page.html\0"),                              # FNAME, as gzip(1) writes
    (0x04 | 0x10, b"\x04\0ABCD" + b"a comment\0"),        # FEXTRA and FCOMMENT
    (0x08 | 0x02, b"page.html\0"),                       # FNAME and FHCRC
])
def test_a_gzip_header_with_optional_fields_still_hands_over_the_stream(local_server, client, flags, fields):
    import zlib

    page = b"<html><body>" + b"<p>Metallic Rouge premieres January 10, 2024.</p>" * 300 + b"</body></html>"
    local_server.set("/z", _gzip_member(page, flags, fields), headers={"Content-Encoding": "gzip"})
    f = get(client, local_server.url("/z"))
    assert f.error is None and f.body == page
    assert zlib.decompress(f.deflated) == page


@pytest.mark.parametrize("after", [b"trailing junk", gzip.compress(b"<p>a second member</p>")])
def test_bytes_after_the_gzip_stream_leave_the_store_to_compress(local_server, client, after):
    """Only a stream that ended with the response is handed over; what comes after it is not the body's."""
    page = b"<html><body>" + b"<p>Metallic Rouge</p>" * 500 + b"</body></html>"
    local_server.set("/z", gzip.compress(page) + after, headers={"Content-Encoding": "gzip"})
    f = get(client, local_server.url("/z"))
    assert f.error is None and f.body.startswith(page)
    assert f.deflated is None


def test_an_uncompressed_body_has_no_stream_to_hand_over(local_server, client):
    local_server.set("/p", b"<html><body><p>Metallic Rouge</p></body></html>")
    f = get(client, local_server.url("/p"))
    assert f.error is None and f.deflated is None


def test_a_corrupt_gzip_body_is_a_one_line_error(local_server, client):
    local_server.set("/z", b"\x1f\x8b\x08\x00garbage that is not deflate at all", headers={"Content-Encoding": "gzip"})
    f = get(client, local_server.url("/z"))
    assert f.error.startswith("bad content encoding") and "\n" not in f.error


def test_a_gzip_bomb_is_stopped_without_inflating_it_whole(local_server, client):
    """1 GB inflated from ~1 MB on the wire: the cap stops it, and the fetch never holds much more than
    the cap (httpx alone inflates each network read whole: hundreds of MB from one read)."""
    import tracemalloc
    import zlib

    c = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    zeros = b"\0" * (1 << 20)
    wire = b"".join([c.compress(b"<html>")] + [c.compress(zeros) for _ in range(1024)] + [c.flush()])
    local_server.set("/bomb", wire, headers={"Content-Encoding": "gzip"})
    tracemalloc.start()
    try:
        f = get(client, local_server.url("/bomb"), settings=FetchSettings(max_body=2 * 1024 * 1024))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert f.error == "body over 2 MB"
    assert peak < 16 * 1024 * 1024, f"peak {peak / 2**20:.0f} MB"


def test_concurrency_setting_bounds_a_runs_fetches_over_all_hosts(local_server, tmp_path):
    """`concurrency` in [settings] is the run's cap over all hosts, below `per_host` times the hosts."""
    from tracker.run import run
    from tracker.store import Store

    local_server.set("/slow", PAGE, delay=0.2)
    store = Store.open(tmp_path / "t.db")
    store.set_settings({"per_host": 8, "concurrency": 3})
    for n, host in enumerate(["127.0.0.1", "localhost"] * 4):
        store.add_source(f"http://{host}:{local_server.port}/slow?{n}", "Metallic Rouge")
    result = run(store, check_robots=False)
    assert result.sources == 8 and not result.failures
    assert local_server.max_in_flight == 3


def test_one_reading_of_a_host_for_limits_politeness_and_the_schedule():
    """Per-host limits, robots/Retry-After holds and the schedule must agree on which host a URL counts against."""
    from tracker.fetch import host_of

    assert host_of("HTTPS://News.Example.COM:8443/a?b") == "news.example.com"
    assert host_of("http://user:pw@Example.com/") == "example.com"
    assert host_of("not a url") == ""
    assert host_of("http://[malformed/") == ""
