"""Untrusted text: what a page says reaches people and the database only cleaned, capped and as data.

- control characters, terminal escapes (CSI, OSC, C1) and bidi overrides in a page never reach the
  output of `report` / `facts` / `sources`, nor the stored facts and changes;
- extracted keys, values and evidence are length-capped;
- page text is data: SQL-looking and shell-looking values are stored verbatim, nothing runs;
- fuzzing (hypothesis, bounded): `tracker.extract.extract` never raises on random HTML, on random
  JSON-LD, or on mutated fixture pages, and what it returns obeys the same rules.
"""
from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from faultserver import FaultServer, healthy_page, run_tracker
from tracker.model import FIELDS, Extraction, Fact, Fetched, Work
from tracker.normalize import MAX_EVIDENCE, MAX_VALUE, clean

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
FIXTURE_PAGES = sorted(FIXTURES.rglob("*.html"))
#: What may never be printed or stored: C0 controls but TAB/LF, DEL, C1 (0x9b is a one-byte CSI),
#: bidi embeddings/overrides/isolates, zero-width characters.
FORBIDDEN = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")
MAX_KEY = MAX_VALUE

ESC = "\x1b"
HOSTILE_CAST = [
    ("ルージュ・レッドスター", f"宮本{ESC}[31m侑芽{ESC}[0m"),                   # colour (CSI)
    (f"ナオミ{ESC}]0;pwned{chr(7)}・オルトマン", "黒沢ともよ"),                  # window title (OSC)
    ("ジル", "&#27;[2J&#27;[H佐藤未来"),                                          # clear screen, as a reference
    ("アッシュ", "&#x9b;31m田中\u202e健太"),                                       # C1 CSI, right-to-left override
    ("ロバート", "Robert'); DROP TABLE changes;--"),                               # SQL, as text
    ("シェル", "$(touch /tmp/tracker-untrusted-pwned)`touch /tmp/tracker-untrusted-pwned`"),  # shell, as text
    ("ロング", "長" * 5000),                                                      # far past any cap
]
LONG_PROSE = ("<p>" + "とても長い文章です。" * 800 + f"TVアニメは2024年1月10日より放送開始{ESC}[5m。" + "続きの文章。" * 800 + "</p>")


def hostile_page(work: str) -> str:
    page = healthy_page(work, cast=HOSTILE_CAST, extra=LONG_PROSE,
                        staff=[("監督", f"出渕{ESC}[1m裕"), ("音楽", "岩崎琢" + "\u200b" * 3),
                               ("キャラクターデザイン", "川元利浩" + "x" * 3000)])
    return page.replace("<title>", f"<title>{ESC}]8;;http://evil.example/{ESC}\\", 1)


def assert_clean_text(text: str, where: str) -> None:
    m = FORBIDDEN.search(text)
    assert m is None, f"{where}: {m.group()!r} at {m.start()}: {text[max(0, m.start() - 40): m.start() + 40]!r}"


def assert_clean_fact(f: Fact, where: str = "") -> None:
    assert isinstance(f, Fact), f
    assert f.field in FIELDS, f
    for part, cap in (("key", MAX_KEY), ("value", MAX_VALUE), ("evidence", MAX_EVIDENCE)):
        text = getattr(f, part)
        assert isinstance(text, str), (part, f)
        assert len(text) <= cap, f"{where} {f.field}.{part} is {len(text)} characters (cap {cap})"
        assert_clean_text(text, f"{where} {f.field}.{part}")


def fetched(html: str | bytes, url: str = "https://example.org/page") -> Fetched:
    body = html.encode("utf-8", "surrogatepass") if isinstance(html, str) else html
    text = html if isinstance(html, str) else html.decode("utf-8", "replace")
    return Fetched(url=url, final_url=url, status=200, headers={"content-type": "text/html; charset=utf-8"},
                   body=body, text=text, content_type="text/html", charset="utf-8", content_hash="0" * 64)


def checked_extract(html, work: Work, where: str = "") -> Extraction:
    from tracker.extract import extract

    result = extract(fetched(html), work)
    assert isinstance(result, Extraction)
    for f in result.facts:
        assert_clean_fact(f, where)
    return result


# ------------------------------------------------------------------------------ clean()

@pytest.mark.parametrize("raw", [
    f"a{ESC}[31mb{ESC}[0m", f"{ESC}]0;title{chr(7)}x", f"{ESC}]8;;http://e/{ESC}\\link", "x\x9b31my",
    "a\x00b\x07c\x08d", "\u202eevil\u202c", "zero\u200bwidth", f"{ESC}P1;2|payload{ESC}\\after", f"{ESC}c",
    "line\nbreak\r\nand\ttab", "\ufeffbom",
])
def test_clean_removes_controls_and_escapes(raw):
    out = clean(raw)
    assert_clean_text(out, repr(raw))
    assert "\n" not in out and "\t" not in out


def test_clean_caps_length():
    assert len(clean("x" * 10_000)) <= MAX_VALUE
    assert len(clean("y" * 10_000, 50)) <= 50


# ------------------------------------------------------------------------------ one hostile page, end to end

def test_extract_cleans_and_caps_a_hostile_page():
    result = checked_extract(hostile_page("Metallic Rouge"), Work("Metallic Rouge"), "hostile page")
    assert result.facts, "the hostile page still states facts"


@pytest.fixture(scope="module")
def hostile_db(tmp_path_factory):
    db = tmp_path_factory.mktemp("untrusted") / "tracker.db"
    marker = Path("/tmp/tracker-untrusted-pwned")
    marker.unlink(missing_ok=True)
    with FaultServer() as server:
        server.page("/hostile", hostile_page("Hostile Work"))
        assert run_tracker(db, "add", server.url("/hostile"), "--work", "Hostile Work").returncode == 0
        ran = run_tracker(db, "run")
    assert ran.returncode in (0, 1) and "Traceback" not in ran.stderr, ran.stderr
    assert not marker.exists(), "page text reached a shell"
    return db


@pytest.mark.parametrize("cmd", [
    ("report", "--all"), ("report", "--all", "--format", "markdown"), ("report", "--all", "--format", "json"),
    ("facts",), ("facts", "--format", "json"), ("sources",), ("sources", "--format", "json"), ("report",),
], ids=" ".join)
def test_outputs_carry_no_escapes(hostile_db, cmd):
    ran = run_tracker(hostile_db, *cmd)
    assert ran.returncode == 0, ran.stderr
    assert ran.stdout.strip(), "nothing shown"
    assert_clean_text(ran.stdout.replace("\n", " "), " ".join(cmd))
    assert_clean_text(ran.stderr.replace("\n", " "), " ".join(cmd) + " (stderr)")
    if "json" in cmd:
        def walk(v):
            if isinstance(v, str):
                assert_clean_text(v, " ".join(cmd) + " (a JSON string)")
            elif isinstance(v, list):
                for x in v:
                    walk(x)
            elif isinstance(v, dict):
                for x in v.values():
                    walk(x)
        walk(json.loads(ran.stdout))


def test_stored_text_is_clean_capped_and_verbatim(hostile_db):
    with sqlite3.connect(hostile_db) as conn:
        tables = [r[0] for r in conn.execute("select name from sqlite_master where type='table'")]
        assert "changes" in tables and "facts" in tables, tables
        assert conn.execute("pragma integrity_check").fetchone()[0] == "ok"
        found_sql = False
        for table in ("changes", "facts"):
            cols = [r[1] for r in conn.execute(f"pragma table_info({table})")]
            for col in ("key", "value", "old", "new", "evidence", "key_display"):
                if col not in cols:
                    continue
                for (text,) in conn.execute(f'select "{col}" from {table} where "{col}" is not null'):
                    if not isinstance(text, str):
                        continue
                    assert_clean_text(text, f"{table}.{col}")
                    cap = MAX_EVIDENCE if col == "evidence" else MAX_VALUE
                    assert len(text) <= cap, f"{table}.{col}: {len(text)} characters"
                    found_sql |= "DROP TABLE" in text
        n = conn.execute("select count(*) from changes").fetchone()[0]
    assert n > 0
    assert found_sql, "the SQL-looking cast value is stored as text (it is a fact like any other)"


# ------------------------------------------------------------------------------ fuzzing

TAGS = ["div", "p", "main", "article", "section", "h1", "h2", "h3", "ul", "ol", "li", "dl", "dt", "dd", "table",
        "tr", "td", "th", "span", "b", "a", "br", "img", "time", "aside", "nav", "footer", "header", "script",
        "style", "iframe", "font", "center", "meta", "title", "body", "html", "head"]
SNIPPETS = ["監督", "：", ":", "出渕裕", "2024年1月10日", "2024年冬", "January 10, 2024", "Fuji TV", "フジテレビ",
            "放送開始", "全12話", "12 episodes", "キャスト", "CV", "オープニングテーマ", "「Rouge」", "YU-KA",
            "Metallic Rouge", "メタリックルージュ", "Studio", "アニメーション制作", "ボンズ", "PV第3弾",
            "https://www.youtube.com/watch?v=mRg7tsr03Cc", "TBA", "未定", "<", ">", "&", "&amp;", "&#27;",
            "\x1b[31m", "\u202e", "\x00", "\ufffd", "Season 2", "第2期", "上旬", "24:30～", "\n", " "]

text_st = st.lists(st.one_of(st.sampled_from(SNIPPETS), st.text(max_size=12)), max_size=8).map("".join)
attr_st = st.dictionaries(st.sampled_from(["class", "id", "role", "href", "src", "alt", "itemprop", "property",
                                           "name", "content", "datetime", "type", "lang", "charset"]),
                          text_st, max_size=3)


def _render(node) -> str:
    if isinstance(node, str):
        return node
    tag, attrs, children, closed = node
    a = "".join(f' {k}="{v}"' for k, v in attrs.items())
    inner = "".join(_render(c) for c in children)
    return f"<{tag}{a}>{inner}" + (f"</{tag}>" if closed else "")


node_st = st.recursive(
    text_st,
    lambda kids: st.tuples(st.sampled_from(TAGS), attr_st, st.lists(kids, max_size=5), st.booleans()),
    max_leaves=25,
)

json_scalar = st.one_of(st.none(), st.booleans(), st.integers(-10**6, 10**12), st.floats(allow_nan=True),
                        text_st)
JSONLD_KEYS = ["@type", "@context", "@graph", "@id", "name", "alternateName", "startDate", "datePublished",
               "numberOfEpisodes", "actor", "director", "character", "characterName", "productionCompany",
               "musicBy", "creator", "author", "trailer", "contentUrl", "embedUrl", "uploadDate", "partOfSeries",
               "about", "mainEntity", "broadcastChannel", "publication", "genre", "description", "headline"]
json_st = st.recursive(
    json_scalar,
    lambda kids: st.one_of(st.lists(kids, max_size=4),
                           st.dictionaries(st.sampled_from(JSONLD_KEYS) | st.text(max_size=5), kids, max_size=5)),
    max_leaves=25,
)
work_st = st.builds(
    Work,
    title=st.sampled_from(["Metallic Rouge", "メタリックルージュ", "W", "Tidebound Alchemist", "x" * 200]),
    aliases=st.lists(st.sampled_from(["メタリックルージュ", "MR", "Rouge", ""]), max_size=2).map(tuple),
    css=st.sampled_from([{}, {"staff": "ul.staff li"}, {"release_date": ".onair p.date", "cast": "li"},
                         {"episodes": "p", "studio": "div", "trailer": "a"}]),
)
FUZZ = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                           HealthCheck.data_too_large])


@FUZZ
@given(nodes=st.lists(node_st, max_size=4), work=work_st)
def test_fuzz_random_html(nodes, work):
    checked_extract("".join(_render(n) for n in nodes), work, "random html")


@FUZZ
@given(data=st.lists(json_st, min_size=1, max_size=3), work=work_st, raw=st.booleans())
def test_fuzz_jsonld(data, work, raw):
    scripts = []
    for d in data:
        body = json.dumps(d, ensure_ascii=False, allow_nan=True) if not raw else str(d)
        scripts.append(f'<script type="application/ld+json">{body}</script>')
    html = f"<html><head><title>{work.title}</title>{''.join(scripts)}</head><body><main><h1>{work.title}</h1>" \
           f"<p>TVアニメ「{work.title}」2024年1月放送開始。</p></main></body></html>"
    checked_extract(html, work, "random JSON-LD")


def _mutate(data: bytes, ops: list[tuple[int, int, int, bytes]]) -> bytes:
    for kind, a, b, junk in ops:
        n = len(data)
        if n == 0:
            data = junk
            continue
        i, j = sorted((a % n, b % n))
        if kind == 0:
            data = data[:i] + data[j:]                  # delete a slice
        elif kind == 1:
            data = data[:j] + data[i:j] + data[j:]      # duplicate a slice
        elif kind == 2:
            data = data[:i] + junk + data[i:]           # insert junk
        elif kind == 3:
            data = data[:i]                             # truncate
        elif kind == 4:
            data = data[:i] + data[j:] + data[i:j]      # move a slice to the end
        else:
            data = data[:i] + bytes([data[i] ^ 0xFF]) + data[i + 1:]  # flip a byte
    return data


junk_st = st.one_of(st.sampled_from([b"<div>", b"</main>", b"<!--", b"-->", b"<script>", b"]]>", b"\x00",
                                     b"\xff\xfe", b"<table><tr><td>", b"</html>", b"<main>", b"&#", "監督：".encode(),
                                     b'<script type="application/ld+json">{"@type":', b"\x1b[31m"]),
                    st.binary(max_size=16))
ops_st = st.lists(st.tuples(st.integers(0, 5), st.integers(0, 10**6), st.integers(0, 10**6), junk_st),
                  min_size=1, max_size=6)


@pytest.mark.skipif(not FIXTURE_PAGES, reason="no fixture pages")
@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(index=st.integers(0, 10**6), ops=ops_st, work=work_st)
def test_fuzz_mutated_fixture_pages(index, ops, work):
    page = FIXTURE_PAGES[index % len(FIXTURE_PAGES)]
    data = _mutate(page.read_bytes(), ops)
    checked_extract(data.decode("utf-8", "replace"), work, page.name)


# ------------------------------------------------------------------------------ pathological shapes

@pytest.mark.parametrize("shape", ["nested-divs", "unclosed-font", "nested-lists", "many-siblings", "long-attr",
                                   "long-word"])
def test_pathological_pages_do_not_raise(shape):
    n = 20_000  # far past Python's recursion limit (1,000) for anything that walks the tree recursively
    html = {
        "nested-divs": "<main>" + "<div>" * n + "監督：出渕裕" + "</div>" * n + "</main>",
        "unclosed-font": "<main><p>TVアニメ「W」2024年1月放送開始</p>" + "<font size=2><b>" * (n // 2) + "監督：出渕裕</main>",
        "nested-lists": "<main>" + "<ul><li>" * (n // 2) + "キャスト：宮本侑芽" + "</li></ul>" * (n // 2) + "</main>",
        "many-siblings": "<main>" + "<p>監督：出渕裕</p>" * 5_000 + "</main>",
        "long-attr": '<main><p class="' + "x" * 2_000_000 + '">監督：出渕裕</p></main>',
        "long-word": "<main><p>監督：" + "出" * 300_000 + "</p></main>",
    }[shape]
    checked_extract(f"<html><head><title>W</title></head><body>{html}</body></html>", Work("W"), shape)


# ------------------------------------------------------------------------------ Markdown reports

def test_markdown_report_shows_page_text_as_text():
    """A Markdown report is pasted into issues, wikis and mail: page text must not become HTML, a link,
    emphasis or a new table cell there."""
    from tracker.report import changes_markdown

    row = {"work": "W", "field": "cast", "key": "[x](javascript:alert(1))", "kind": "revealed", "old": None,
           "new": '<img src=x onerror=alert(1)> **bold** | cell', "source": "https://example.org/a (b)",
           "observed_at": "2024-01-10T00:00:00Z",
           "evidence": "<script>alert(1)</script> ![i](http://evil.example/t.png) `code`"}
    out = changes_markdown([row])
    body = out.split("| --- |")[-1]
    assert "<img" not in out and "<script" not in out
    unescaped_link = re.compile(r"(?<!\\)\[[^\]]*(?<!\\)\]\(")
    links = unescaped_link.findall(out)
    assert links == ["[example.org/a (b)]("], links  # only the source's own link
    assert "**bold**" not in out and "`code`" not in out
    assert body.count(" | ") == 6, body  # seven cells, however many pipes the page wrote
    assert "(https://example.org/a%20(b))" in out or "(https://example.org/a%20%28b%29)" in out


def test_a_body_that_looks_like_a_url_prints_no_parser_warning():
    """bs4 warns when a document "looks like a URL"; every body tracker parses is fetched content, and a run's
    output must not fill with multi-line warnings about it (stderr of a real process: pytest's own warning
    capture would hide it)."""
    import subprocess
    import sys

    code = ("from tracker.page import Page\n"
            "p = Page('https://x.example/', 'https://example.com/some/page')\n"
            "p.full_soup(); p.main\n")
    ran = subprocess.run([sys.executable, "-W", "default", "-c", code], capture_output=True, text=True, timeout=60)
    assert ran.returncode == 0, ran.stderr
    assert "Warning" not in ran.stderr, ran.stderr
