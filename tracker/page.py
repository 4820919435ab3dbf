"""A fetched HTML page reduced to what extractors may read: the head's metadata, JSON-LD, and the main content.

Chrome (navigation, sidebars, related lists, footers, comments, ads, scripts) is removed here, once, so
no extractor can read a fact about another title from it. A page about several works (a season list) is
split at the headings that name them (`for_work`).

Interface used by extractors (keep it stable):
    page.url, page.title                str
    page.meta                            dict[str, list[str]]  (name/property lower-cased: "description",
                                         "og:description", "og:title", "twitter:title", …)
    page.jsonld                          list[dict]  (every JSON-LD object, @graph flattened)
    page.main                            bs4 Tag of the main content (chrome removed)
    page.blocks()                        list[str]: text of headings, paragraphs, list items, table rows,
                                         NFKC-normalised, one string per block, in document order
    page.lines()                         list[Line]: the main content as display lines (a <br>, a block
                                         element or an image's alt text starts a new line), with the
                                         kind of element each came from ("heading", "alt", "text")
    page.videos()                        list[Video]: video links/embeds in the main content (url, label)
    page.published                       PartialDate | None: the article's own date (for years and relative dates)
    page.multi_work                      True when `for_work` cut this page out of a list of several works

Cost: the document is parsed once by lxml (fast); title, meta and JSON-LD are read there and chrome is
dropped there, so bs4 (which extractors use for detailed markup) builds a tree of the content only. Measured
CPU per page on the dev pages: 3–20 ms for official-site pages, ~40 ms for a 200 KB database page, ~210 ms
for a 420 KB encyclopedia entry with 300 credits. A markup lxml cannot take falls back to bs4 alone.

How chrome is recognised, generically (no per-site rules):
- elements that are chrome by name (script, nav, aside, footer, form…) or by id/class/role words
  (sidebar, related, ranking, ticker, comments, ads…), unless they hold most of the page's text;
- link lists of other titles or articles: a list/box whose text is nearly all links to work or
  article pages (`/anime/123`, `/news/…`, dated paths);
- what is kept although it looks like chrome: labelled infobox pairs ("Aired:", "Studios:") live in
  ordinary tables/lists and are not link lists; image alt texts are read as text (official sites print
  their staff lists as images).
"""
from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import cached_property, lru_cache

from bs4 import BeautifulSoup, Comment, NavigableString, Tag

from .model import Fetched, Work
from .normalize import may_contain_i

_CHROME_TAGS = ("script", "style", "noscript", "nav", "footer", "aside", "form", "template", "svg",
                "button", "select", "input", "textarea", "audio", "video", "canvas", "map")
_CHROME_WORDS = re.compile(
    r"(^|[-_\s])(nav|navi|navbar|gnav|navigation|menu|breadcrumbs?|sidebar|side-bar|sidenav|widget|related|"
    r"recommend\w*|trending|popular|ranking|rank|footer|comments?|disqus|newsletter|subscribe|share|"
    r"sharing|social|sns|ads?|adsense|advert\w*|promo|banner|bnrs?|sponsor\w*|outbrain|taboola|cookie|"
    r"consent|modal|popup|pager|pagination|ticker|herald|login|signup|sign-up|search|searchbox|toolbar|"
    r"masthead|byline|news|newsticker|discussion|disqus_thread|comment-list|clubs|stacks|forum|user-?list|recently-?updated|more-?stories|latest-?news|pickup|"
    r"reviews?)([-_\s]|$)",
    re.I,
)
_NEWS_BODY = re.compile(r"detail|body|article|entry|content|text|single", re.I)


@lru_cache(maxsize=4096)
def _is_chrome_ident(ident: str) -> bool:
    """Class/id words of chrome. "news" alone is a news list or ticker, but not a news article's own body
    (`p-news-detail`, `news-body`), which is the page's content on an official site's NEWS page."""
    found = {m.group(2).lower() for m in _CHROME_WORDS.finditer(ident)}
    if found == {"news"} and _NEWS_BODY.search(ident):
        return False
    return bool(found)

# links that point at another work's page or at an article (a list of them is chrome)
_FOREIGN_LINK = re.compile(
    r"(/(anime|manga|title|titles|work|works|series|shows?|movies?|drama|novel|game)/[^/?#]*\d)|"
    r"(anime|manga|title|work)\.php\?id=|/news/|/articles?/|/press-release|/reviews?/|/columns?/|/interest/|"
    r"/features?/|/stacks?/|/clubs?|/forum|/\d{4}[-/]\d{1,2}[-/]\d{1,2}/|/\d{4}/\d{2}/|/topics?/|/entry/",
    re.I,
)
_BLOCK_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "dt", "dd", "tr", "figcaption", "blockquote", "caption")
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_LINE_BREAKERS = frozenset((
    "p", "div", "li", "ul", "ol", "dl", "dt", "dd", "tr", "td", "th", "table", "tbody", "thead", "tfoot",
    "section", "article", "main", "header", "h1", "h2", "h3", "h4", "h5", "h6", "br", "hr", "blockquote",
    "figure", "figcaption", "caption", "pre", "address", "body", "html", "center", "iframe", "img",
))
_PROBLEM_PATTERNS = (
    ("maintenance page", re.compile(r"メンテナンス(中|のお知らせ|を実施)|under maintenance|scheduled maintenance|"
                                    r"temporarily unavailable|service unavailable|ただいま.{0,10}(混雑|アクセスが集中)", re.I)),
    ("login wall", re.compile(r"(please|you must) (log|sign) ?in|sign in to (continue|view|read)|"
                              r"log ?in to (continue|view|read)|ログインしてください|ログインが必要|会員限定", re.I)),
    ("access denied", re.compile(r"access denied|403 forbidden|are you a robot|verify you are human|"
                                 r"enable javascript and cookies|captcha", re.I)),
    ("not found", re.compile(r"404 not found|page not found|ページが見つかりません|お探しのページは見つかりません", re.I)),
)
_VIDEO_URL = re.compile(
    r"(youtube(?:-nocookie)?\.com/(?:watch\?v=|embed/|shorts/|v/)|youtu\.be/)([\w-]{11})|"
    r"(vimeo\.com/(?:video/)?\d+|nicovideo\.jp/watch/\w+|dailymotion\.com/(?:embed/)?video/\w+|bilibili\.com/video/\w+)",
    re.I,
)


_VIDEO_WORDS = ("youtu", "vimeo", "nicovideo", "dailymotion", "bilibili")
_VIDEO_HINT = re.compile(r"youtu|vimeo|nicovideo|dailymotion|bilibili", re.I)


@dataclass(frozen=True, slots=True)
class Line:
    """One display line of the main content."""

    text: str
    kind: str = "text"          # "heading" | "alt" (an image's alt text) | "text"
    tag: str = ""               # the block element it came from (h4, dd, td, li…)
    bold: bool = False          # the whole line is <b>/<strong> (a section label in many layouts)


@dataclass(frozen=True, slots=True)
class Video:
    url: str                    # canonical watch URL
    label: str                  # the text or title naming it ("PV 2", "Teaser trailer")
    context: str = ""           # the closest preceding heading / line (for section labels)
    near: str = ""              # the text of the card around the link (a caption, a date)


def nfkc_line(text: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text)).strip()


_norm = nfkc_line


class Page:
    def __init__(self, url: str, html: str | bytes, *, _soup=None):
        self.url = url
        self._raw = html
        self.multi_work = False
        self._main_override: Tag | None = None
        self._pruned = False
        if _soup is not None:
            self.soup = _soup
            return
        try:
            # lxml builds a tree ~20x faster than bs4: read the head and drop the chrome there, then give bs4
            # only the page's own content (what the extractors read in detail)
            self.soup = self._prepare(html)
            self._pruned = True
        except Exception:  # odd markup lxml cannot take (or absurd nesting): the plain bs4 path
            for k in ("title", "meta", "jsonld"):
                self.__dict__.pop(k, None)
            self.soup = BeautifulSoup(html or b"", "lxml")

    def _prepare(self, html: str | bytes) -> BeautifulSoup:
        import lxml.etree
        import lxml.html

        text = html if isinstance(html, str) else _decode(html or b"")
        if not text.strip():
            raise ValueError("empty document")
        # plain etree elements (the same parser and tree as lxml.html.document_fromstring, without the
        # Python element-class lookup that lxml.html runs for every element the pre-pass touches)
        doc = lxml.etree.fromstring(text, _html_parser())
        if doc is None:
            raise ValueError("Document is empty")
        t = doc.find(".//title")
        self.__dict__["title"] = _norm(_STRING_VALUE(t)) if t is not None else ""
        meta: dict[str, list[str]] = {}
        for m in doc.iter("meta"):
            name = (m.get("name") or m.get("property") or m.get("itemprop") or "").strip().lower()
            content = m.get("content")
            if name and content:
                meta.setdefault(name, []).append(_norm(content))
        self.__dict__["meta"] = meta
        self.__dict__["jsonld"] = _jsonld_objects(
            sc.text or "" for sc in doc.iter("script") if "ld+json" in (sc.get("type") or "").lower())
        body = doc.find("body")
        if body is None:
            body = doc
        lxml.etree.strip_elements(body, lxml.etree.Comment, lxml.etree.ProcessingInstruction, with_tail=False)
        doomed: list = []
        total = _lscan(body, doomed, None)[0] + sum(t for _el, t, _b in doomed)
        # (the element objects stay referenced while we rescan: lxml proxies' ids are only stable while alive)
        big_elems = [el for el, tlen, by_name in doomed if not by_name and total and tlen > 0.5 * total]
        if big_elems:
            big = {id(el) for el in big_elems}
            doomed.clear()
            _lscan(body, doomed, big)
        for el, _t, _b in doomed:
            _drop_tree(el)
        return BeautifulSoup(lxml.html.tostring(body, encoding="unicode"), "lxml")

    @classmethod
    def from_fetched(cls, fetched: Fetched) -> "Page":
        return cls(fetched.final_url or fetched.url, fetched.text or fetched.body)

    # ------------------------------------------------------------------ head
    @cached_property
    def title(self) -> str:
        t = self.soup.title
        return _norm(t.get_text(" ", strip=True)) if t else ""

    @cached_property
    def meta(self) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        for m in self.soup.find_all("meta"):
            name = (m.get("name") or m.get("property") or m.get("itemprop") or "").strip().lower()
            content = m.get("content")
            if name and content:
                out.setdefault(name, []).append(_norm(content))
        return out

    @cached_property
    def jsonld(self) -> list[dict]:
        return _jsonld_objects(s.string or s.get_text() or ""
                               for s in self.soup.find_all("script", type=re.compile(r"ld\+json", re.I)))

    # ------------------------------------------------------------------ body
    @cached_property
    def main(self) -> Tag:
        if self._main_override is not None:
            return self._main_override
        body = self.soup.body or self.soup
        if self._pruned:
            found = _article_or_main(body)
            if found is not None and _text_longer_than(found, 200):
                return found
            return body
        for c in body.find_all(string=lambda s: isinstance(s, Comment)):
            c.extract()
        doomed: list[Tag] = []
        try:
            total = _scan(body, doomed, None)[0] + sum(t for _tag, t, _b in doomed)
            # chrome-looking wrappers holding most of the page are the content ("article-related-wrap")
            big = set()
            if total:
                for tag, tlen, by_name in doomed:
                    if not by_name and tlen > 0.5 * total:
                        big.add(id(tag))
            if big:
                doomed.clear()
                _scan(body, doomed, big)
            for tag, _tlen, _by_name in doomed:
                tag.decompose()
        except RecursionError:  # absurdly deep markup: fall back to removing chrome by name only
            for tag in body.find_all(_CHROME_TAGS):
                tag.decompose()
        found = _article_or_main(body)
        if found is not None and _text_longer_than(found, 200):
            return found
        return body

    def blocks(self) -> list[str]:
        out = []
        for el in find_tags(self.main, _BLOCK_TAGS):
            if find_tag(el, _BLOCK_TAGS):
                continue
            text = _norm(el.get_text(" ", strip=True))
            if text:
                out.append(text)
        return out

    def lines(self) -> list[Line]:
        if self.__dict__.get("_lines") is None:
            self.__dict__["_lines"] = _lines_of(self.main)
        return self.__dict__["_lines"]

    def text(self) -> str:
        return "\n".join(line.text for line in self.lines())

    def videos(self) -> list[Video]:
        if self.__dict__.get("_videos") is not None:
            return self.__dict__["_videos"]
        raw = self._raw
        if raw:
            sample = raw if isinstance(raw, str) else raw.decode("latin-1")
            # (an exact pre-check for re.search(r"youtu|vimeo|…", sample, re.I), which scans the whole page)
            low = sample.lower()
            if not any(w in low for w in _VIDEO_WORDS) and not (
                    may_contain_i(sample, _VIDEO_WORDS) and _VIDEO_HINT.search(sample)):
                self.__dict__["_videos"] = []
                return []
        out = self._find_videos()
        self.__dict__["_videos"] = out
        return out

    def _find_videos(self) -> list[Video]:
        out: list[Video] = []
        seen: set[str] = set()
        context = ""
        for el in find_tags(self.main):
            if el.name in _HEADINGS:
                context = _norm(el.get_text(" ", strip=True))[:120]
            attrs = el.attrs
            if not attrs:
                continue  # no URL attribute: no candidate
            cands = []
            for attr in ("href", "src", "data-src", "data-id", "data-url", "data-video-url", "data-embed"):
                v = attrs.get(attr)
                if isinstance(v, str) and v:
                    cands.append(v)
            for v in cands:
                m = _VIDEO_URL.search(v)
                if not m:
                    continue
                url = canonical_video_url(m)
                if url in seen:
                    continue
                seen.add(url)
                label = (el.get("data-title") or el.get("title") or el.get("aria-label") or "")
                if not label:
                    label = el.get_text(" ", strip=True)
                if not label:
                    img = el.find("img", alt=True)
                    label = img["alt"] if img is not None else ""
                near = ""
                parent = el.parent
                if parent is not None:
                    near = _norm(parent.get_text(" ", strip=True))
                    if len(near) > 200 or near == _norm(label):
                        gp = parent.parent
                        near2 = _norm(gp.get_text(" ", strip=True)) if gp is not None else ""
                        near = near2 if near2 and len(near2) <= 200 else ("" if len(near) > 200 else near)
                out.append(Video(url, _norm(label)[:200], context, near))
                break
        return out

    @cached_property
    def published(self):
        from .dates import PartialDate

        for key in ("article:published_time", "og:published_time", "datepublished", "date", "pubdate",
                    "publish-date", "dc.date", "dcterms.date", "sailthru.date", "parsely-pub-date"):
            for v in self.meta.get(key, []):
                d = PartialDate.parse(v[:10])
                if d:
                    return d
        for obj in self.jsonld:
            t = obj.get("@type")
            types = t if isinstance(t, list) else [t]
            if any(str(x) in ("Article", "NewsArticle", "BlogPosting", "WebPage", "ReportageNewsArticle") for x in types):
                v = obj.get("datePublished") or obj.get("dateCreated")
                if isinstance(v, str):
                    d = PartialDate.parse(v[:10])
                    if d:
                        return d
        raw = self._raw
        if raw:
            head = raw[:300_000] if isinstance(raw, str) else raw[:300_000].decode("utf-8", "ignore")
            m = re.search(r"<time[^>]+datetime=[\"']?(\d{4}-\d{2}-\d{2})", head, re.I)
            if m:
                d = PartialDate.parse(m.group(1))
                if d:
                    return d
        return None

    def full_soup(self):
        """The whole document as served (chrome included), parsed again on demand: for the watchlist's
        own CSS rules, which may deliberately point anywhere on the page."""
        if self.__dict__.get("_full") is None:
            raw = self._raw
            self.__dict__["_full"] = BeautifulSoup(raw, "lxml") if raw else self.soup
        return self.__dict__["_full"]

    # ------------------------------------------------------------------ health and scope
    def problem(self) -> str | None:
        """Why this page cannot be read for facts (maintenance page, login wall, empty), or None."""
        # (main.get_text(" ", strip=True) up to 1500 characters: only its start and length below 1500 matter)
        main_text = _text_prefix(self.main, 1500)
        has_meta = bool(self.meta.get("description") or self.meta.get("og:description"))
        alts = any(line.kind == "alt" for line in self.lines()) if len(main_text) < 50 else True
        if not main_text and not has_meta and not self.jsonld and not alts:
            return "no main content"
        if len(main_text) < 1500:
            hay = " ".join([self.title, *self.meta.get("description", []), main_text[:1500]])
            for reason, pat in _PROBLEM_PATTERNS:
                if pat.search(hay):
                    return reason
        return None

    def for_work(self, work: Work) -> "Page | None":
        """This page scoped to `work` (itself unless it lists several works); None if `work` is not on it."""
        heads = self._work_headings()
        if len(heads) < 2:
            return self
        names = [fold_title(n) for n in work.names if fold_title(n)]
        # an article about this work, whose subheadings repeat its title ("When does X come out?"), is one work
        page_names = fold_title(" ".join([self.title, *self.meta.get("og:title", []),
                                          *(h.get_text() for h in find_tags(self.main, "h1"))]))
        if any(n and n in page_names for n in names):
            return self
        naming = [h for h in heads if any(n in fold_title(h.get_text(" ", strip=True)) for n in names)]
        if len(naming) >= 2 and len(naming) * 2 >= len(heads):
            return self
        best, best_score = -1, 0
        for i, h in enumerate(heads):
            ht = fold_title(h.get_text(" ", strip=True))
            if not ht:
                continue
            score = 0
            for n in names:
                if ht == n:
                    score = max(score, 3)
                elif n in ht:
                    score = max(score, 2)
                elif len(ht) >= 4 and ht in n:
                    score = max(score, 1)
            if score > best_score:
                best, best_score = i, score
        if best < 0:
            # a list of several works that does not contain this one; unless the page as a whole is about it
            page_names = fold_title(" ".join([self.title, *self.meta.get("og:title", []),
                                              *(h.get_text() for h in find_tags(self.main, "h1"))]))
            if any(n and n in page_names for n in names):
                return self
            return None
        start = heads[best]
        stop = heads[best + 1] if best + 1 < len(heads) else None
        section = _slice_between(start, stop)
        if section is None:
            return self
        scoped = Page(self.url, b"", _soup=self.soup)
        scoped._raw = self._raw
        scoped._main_override = section
        scoped.__dict__["main"] = section
        scoped.__dict__["title"] = self.title
        # the head describes the whole list, not this work: keep only what dates need
        scoped.__dict__["meta"] = {k: v for k, v in self.meta.items() if "time" in k or "date" in k}
        scoped.__dict__["jsonld"] = []
        scoped.__dict__["published"] = self.published
        scoped.multi_work = True
        return scoped

    def _work_headings(self) -> list[Tag]:
        """Headings of one level that name works (a season list): each holds a title, not a section word."""
        main = self.main
        by_level: dict[str, list[Tag]] = {}
        for h in find_tags(main, ("h1", "h2", "h3")):
            by_level.setdefault(h.name, []).append(h)
        for level in ("h2", "h3", "h1"):
            hs = by_level.get(level, [])
            if len(hs) < 2:
                continue
            titled = [h for h in hs if _looks_like_work_heading(h)]
            if len(titled) >= 2 and len(titled) >= 0.6 * len(hs):
                return hs
        return []


# ---------------------------------------------------------------------- helpers
_SECTION_WORDS = re.compile(
    r"^(staff|cast|story|introduction|intro|character|characters|music|on ?air|broadcast|streaming|news|"
    r"special|goods|blu-?ray.*|dvd|movie|trailer|pv|information|info|synopsis|overview|episodes?|"
    r"スタッフ|キャスト|ストーリー|イントロダクション|キャラクター|音楽|放送|配信|放送情報|ニュース|"
    r"作品情報|あらすじ|主題歌|商品|グッズ|特典|関連|related|reviews?|comments?|share)$",
    re.I,
)


# ---- bs4 find/find_all by tag name without bs4's filter machinery (same results, same order): a name
# matches a tag's name or its "prefix:name" (bs4's rule; HTML parsed by lxml has no prefixes)
def _name_in(tag: Tag, names) -> bool:
    if tag.name in names:
        return True
    return bool(tag.prefix) and f"{tag.prefix}:{tag.name}" in names


def _names(names) -> frozenset:
    return frozenset((names,)) if isinstance(names, str) else frozenset(names)


def find_tags(root: Tag, names=None) -> list[Tag]:
    """root.find_all(names) (names: a tag name or several; None: every tag)."""
    if names is None:
        return [d for d in root.descendants if isinstance(d, Tag)]
    names = _names(names)
    return [d for d in root.descendants if isinstance(d, Tag) and _name_in(d, names)]


def find_tag(root: Tag, names) -> Tag | None:
    """root.find(names)."""
    names = _names(names)
    for d in root.descendants:
        if isinstance(d, Tag) and _name_in(d, names):
            return d
    return None


def child_tags(root: Tag, names) -> list[Tag]:
    """root.find_all(names, recursive=False)."""
    names = _names(names)
    return [c for c in root.children if isinstance(c, Tag) and _name_in(c, names)]


def find_parent_tag(tag: Tag, names) -> Tag | None:
    """tag.find_parent(names)."""
    names = _names(names)
    p = tag.parent
    while p is not None:
        if _name_in(p, names):
            return p
        p = p.parent
    return None


def table_rows(table: Tag) -> list[Tag]:
    """[r for r in table.find_all("tr") if r.find_parent("table") is table]: the table's own rows."""
    out = []
    for d in table.descendants:
        if isinstance(d, Tag) and _name_in(d, _TR):
            if find_parent_tag(d, _TABLE) is table:
                out.append(d)
    return out


_TR = frozenset(("tr",))
_TABLE = frozenset(("table",))


def _text_longer_than(tag: Tag, n: int) -> bool:
    """len(tag.get_text(strip=True)) > n, reading no further than needed."""
    total = 0
    for s in tag.stripped_strings:
        total += len(s)
        if total > n:
            return True
    return False


def _text_prefix(tag: Tag, limit: int) -> str:
    """tag.get_text(" ", strip=True) when shorter than `limit`; else a prefix of it at least `limit` long."""
    parts: list[str] = []
    total = -1
    for s in tag.stripped_strings:
        parts.append(s)
        total += len(s) + 1
        if total >= limit:
            break
    return " ".join(parts)


def _article_or_main(root: Tag) -> Tag | None:
    """root.find("article") or root.find("main"), in one walk without bs4's filter machinery."""
    first_main = None
    for d in root.descendants:
        if isinstance(d, Tag):
            name = d.name
            if name == "article":
                return d
            if name == "main" and first_main is None:
                first_main = d
    return first_main


def _looks_like_work_heading(h: Tag) -> bool:
    text = _norm(h.get_text(" ", strip=True))
    if not text or len(text) > 80:
        return False
    if _SECTION_WORDS.match(text.strip("・■●◆【】[]# :：")):
        return False
    return True


def fold_title(text: str) -> str:
    s = unicodedata.normalize("NFKC", text or "").casefold()
    return "".join(c for c in s if unicodedata.category(c)[0] in "LN")


def _slice_between(start: Tag, stop: Tag | None) -> Tag | None:
    """A detached tag holding copies of the nodes from `start` up to (not including) `stop`."""
    import copy

    # climb to ancestors that are siblings
    if stop is not None:
        a_chain = [start, *start.parents]
        b_chain = [stop, *stop.parents]
        b_set = {id(x) for x in b_chain}
        common = next((x for x in a_chain if id(x) in b_set), None)
        if common is None:
            return None
        a = next((x for x in a_chain if x.parent is common), None)
        b = next((x for x in b_chain if x.parent is common), None)
        if a is None or b is None or a is b:
            return None
    else:
        a, b = start, None
    soup = BeautifulSoup("<div></div>", "lxml")
    holder = soup.div
    node = a
    while node is not None and node is not b:
        nxt = node.next_sibling
        holder.append(copy.copy(node))
        node = nxt
    if b is None and a is start:
        # the last section runs to the end of its parent and beyond: take following siblings of ancestors too
        for anc in start.parents:
            if anc.name in ("body", "html", "[document]") or anc.parent is None:
                break
            sib = anc.next_sibling
            while sib is not None:
                holder.append(copy.copy(sib))
                sib = sib.next_sibling
    return holder


_LETTERS = re.compile(r"[\W\d_]+")
_ASCII_NON_LETTERS = bytes(i for i in range(256) if not (65 <= i <= 90 or 97 <= i <= 122))


def _letters(s: str) -> int:
    """len(_LETTERS.sub("", s)): letters (word characters other than digits and "_"), without a regex pass
    for the common cases (whitespace only; ASCII, where a letter is exactly [A-Za-z])."""
    if s.isspace():
        return 0
    if s.isascii():
        return len(s.encode("ascii").translate(None, _ASCII_NON_LETTERS))
    return len(_LETTERS.sub("", s))


_LIST_TAGS = frozenset(("ul", "ol", "table", "tbody", "div", "dl", "section"))
# inline elements are never chrome by their class ("js-modal-yt" on a trailer link is not a modal box)
_NEVER_CHROME = frozenset(("body", "main", "article", "html", "a", "span", "img", "b", "strong", "i", "em", "small",
                           "time", "label", "cite", "sup", "sub", "br", "picture", "source"))


def _scan(tag: Tag, doomed: list, keep: set | None) -> tuple[int, int, int, int]:
    """One post-order pass: mark chrome and link lists of other titles in `doomed`.

    Returns (letters of text, anchors, anchors to other works/articles, letters inside those anchors)
    for what survives under `tag`, so a parent never counts what was already marked.
    """
    tlen = n_a = n_f = f_len = 0
    for child in tag.children:
        if isinstance(child, NavigableString):
            if not isinstance(child, Comment):
                tlen += _letters(child)
            continue
        if not isinstance(child, Tag):
            continue
        name = child.name
        attrs = child.attrs
        if name in _CHROME_TAGS:
            doomed.append((child, 0, True))
            continue
        if name == "img":
            alt = attrs.get("alt")
            if alt:
                tlen += _letters(alt)
            continue
        c_t, c_a, c_f, c_fl = _scan(child, doomed, keep)
        if name == "a":
            c_a += 1
            href = attrs.get("href")
            if isinstance(href, str) and _FOREIGN_LINK.search(href):
                c_f += 1
                c_fl = c_t
        if name not in _NEVER_CHROME and (keep is None or id(child) not in keep):
            ident = attrs.get("id") or ""
            cls = attrs.get("class")
            if cls:
                ident = ident + " " + " ".join(cls)
            role = attrs.get("role")
            if role:
                ident = ident + " " + role
            if ident and (_is_chrome_ident(ident) or
                          role in ("navigation", "banner", "contentinfo", "complementary", "search")):
                doomed.append((child, c_t, False))
                continue
            if name in _LIST_TAGS and c_f >= 4 and c_f >= 0.5 * c_a and c_fl >= 0.6 * c_t:
                doomed.append((child, c_t, True))
                continue
        tlen += c_t
        n_a += c_a
        n_f += c_f
        f_len += c_fl
    return tlen, n_a, n_f, f_len


def _jsonld_objects(texts) -> list[dict]:
    objs: list[dict] = []
    for raw in texts:
        try:
            data = json.loads(raw)
        except (ValueError, TypeError):
            try:  # a common breakage: raw control characters / trailing commas
                data = json.loads(re.sub(r",\s*([}\]])", r"\1", re.sub(r"[\x00-\x1f]", " ", raw)))
            except (ValueError, TypeError):
                continue
        stack = [data]
        while stack:
            d = stack.pop()
            if isinstance(d, list):
                stack.extend(reversed(d))
            elif isinstance(d, dict):
                objs.append(d)
                if isinstance(d.get("@graph"), list):
                    stack.extend(reversed(d["@graph"]))
    return objs


def _decode(body: bytes) -> str:
    """Bytes without a decoded text: the <meta> charset, else UTF-8, else bs4's detection."""
    m = re.search(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)""", body[:8192], re.I)
    if m:
        try:
            return body.decode(m.group(1).decode("ascii"), "replace")
        except LookupError:
            pass
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        from bs4.dammit import UnicodeDammit

        return UnicodeDammit(body).unicode_markup or body.decode("utf-8", "replace")


_HTML_PARSER = None
_STRING_VALUE = None
_CHROME_TAG_SET = frozenset(_CHROME_TAGS)


def _html_parser():
    """lxml's HTML parser with lxml.html's defaults, built once; also the XPath string() that
    HtmlElement.text_content() runs."""
    global _HTML_PARSER, _STRING_VALUE
    if _HTML_PARSER is None:
        import lxml.etree

        _STRING_VALUE = lxml.etree.XPath("string()", smart_strings=False)
        _HTML_PARSER = lxml.etree.HTMLParser()
    return _HTML_PARSER


def _drop_tree(el) -> None:
    """lxml.html's HtmlElement.drop_tree for a plain element: remove it, joining its tail to what precedes."""
    parent = el.getparent()
    assert parent is not None
    if el.tail:
        previous = el.getprevious()
        if previous is None:
            parent.text = (parent.text or "") + el.tail
        else:
            previous.tail = (previous.tail or "") + el.tail
    parent.remove(el)


def _lscan(el, doomed: list, keep: set | None) -> tuple[int, int, int, int]:
    """`_scan` on the lxml tree (the fast path): same rules, same counts."""
    tlen = n_a = n_f = f_len = 0
    text = el.text
    if text and not text.isspace():
        tlen += _letters(text)
    for child in el:
        tail = child.tail
        if tail and not tail.isspace():
            tlen += _letters(tail)
        tag = child.tag
        if not isinstance(tag, str):
            continue
        name = tag.lower()
        if name in _CHROME_TAG_SET:
            doomed.append((child, 0, True))
            continue
        if name == "img":
            alt = child.get("alt")
            if alt:
                tlen += _letters(alt)
            continue
        if len(child):
            c_t, c_a, c_f, c_fl = _lscan(child, doomed, keep)
        else:  # a leaf: what _lscan(child) returns, without the call
            c_text = child.text
            c_t = _letters(c_text) if c_text and not c_text.isspace() else 0
            c_a = c_f = c_fl = 0
        if name == "a":
            c_a += 1
            href = child.get("href")
            if href and _FOREIGN_LINK.search(href):
                c_f += 1
                c_fl = c_t
        if name not in _NEVER_CHROME and (keep is None or id(child) not in keep):
            ident = child.get("id") or ""
            cls = child.get("class")
            if cls:
                ident = ident + " " + cls
            role = child.get("role")
            if role:
                ident = ident + " " + role
            if ident.strip() and (_is_chrome_ident(ident) or
                                  role in ("navigation", "banner", "contentinfo", "complementary", "search")):
                doomed.append((child, c_t, False))
                continue
            if name in _LIST_TAGS and c_f >= 4 and c_f >= 0.5 * c_a and c_fl >= 0.6 * c_t:
                doomed.append((child, c_t, True))
                continue
        tlen += c_t
        n_a += c_a
        n_f += c_f
        f_len += c_fl
    return tlen, n_a, n_f, f_len


def canonical_video_url(m: re.Match) -> str:
    if m.group(2):
        return f"https://www.youtube.com/watch?v={m.group(2)}"
    u = m.group(3)
    return "https://" + u if not u.startswith("http") else u


def _lines_of(root: Tag) -> list[Line]:
    """Walk the tree once, cutting display lines at block elements and <br>; image alts become lines."""
    out: list[Line] = []
    buf: list[str] = []
    state = {"tag": "", "heading": False, "bold_only": True, "has_text": False, "edge": False}

    def flush():
        if buf:
            text = _norm("".join(buf))
            if text:
                kind = "heading" if state["heading"] else "text"
                out.append(Line(text, kind, state["tag"], state["bold_only"] and state["has_text"]))
            buf.clear()
        state["bold_only"] = True
        state["has_text"] = False

    def walk(node: Tag, block: str, heading: bool, bold: bool):
        for child in node.children:
            if isinstance(child, NavigableString):
                if isinstance(child, Comment):
                    continue
                s = str(child)
                if not s.strip():
                    if buf:
                        buf.append(" ")
                    continue
                if not buf:
                    state["tag"] = block
                    state["heading"] = heading
                elif state["edge"] and buf[-1][-1:].isascii() and buf[-1][-1:].isalnum() and s[:1].isascii() and s[:1].isalnum():
                    buf.append(" ")  # two inline elements side by side ("<span>Producer</span><a>Name</a>")
                state["edge"] = False
                buf.append(s)
                state["has_text"] = True
                if not bold:
                    state["bold_only"] = False
                continue
            if not isinstance(child, Tag):
                continue
            name = child.name
            if name in ("script", "style", "noscript", "template"):
                continue
            if name == "img":
                alt = child.get("alt")
                if alt and alt.strip():
                    if name in _LINE_BREAKERS and not heading:
                        flush()
                    text = _norm(alt)
                    if heading:
                        if not buf:
                            state["tag"] = block
                            state["heading"] = True
                        buf.append(" " + alt + " ")
                        state["has_text"] = True
                        if not bold:
                            state["bold_only"] = False
                    elif text:
                        out.append(Line(text, "alt", block))
                continue
            if name in _LINE_BREAKERS:
                flush()
                is_h = name in _HEADINGS
                walk(child, name if name != "br" else block, heading or is_h, bold)
                flush()
            else:
                state["edge"] = True
                walk(child, block, heading, bold or name in ("b", "strong"))
                state["edge"] = True

    walk(root, root.name or "", False, False)
    flush()
    return out
