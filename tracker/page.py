"""A fetched HTML page reduced to what extractors may read: the head's metadata, JSON-LD, and the main content.

Chrome (navigation, sidebars, related lists, footers, comments, ads, scripts) is removed here, once, so
no extractor can read a fact about another title from it. A page about several works (a season list) is
split at the headings that name them, or at the card or table row that does (`for_work`).

Interface used by extractors (keep it stable):
    page.url, page.title                str
    page.meta                            dict[str, list[str]]  (name/property lower-cased: "description",
                                         "og:description", "og:title", "twitter:title", …)
    page.jsonld                          list[dict]  (every JSON-LD object, @graph and containsSeason flattened)
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
  (sidebar, related, ranking, ticker, comments, ads…), unless they hold most of the page's text (then
  they and their chrome-named wrappers are the content: "news-wrap" around "news-main");
- link lists of other titles or articles: a list/box whose text is nearly all links to work or
  article pages (`/anime/123`, `/news/…`, dated paths), and the link lists under a "more to read"
  heading ("Related", "More from …", "You might also like", 関連記事, ランキング);
- what is kept although it looks like chrome: labelled infobox pairs ("Aired:", "Studios:") live in
  ordinary tables/lists and are not link lists, and a chrome-named side panel or <aside> holding one work's
  infobox (3+ distinct field labels, none repeated) is content; image alt texts are read as text (official sites print
  their staff lists as images); on a work's official site (its title says 公式サイト / Official Website)
  its own news list and posts, which are all about that work; a "modal" box holding the trailer player.

The content root is the <article> (inside <main> if any) or <main>; on an official site several sibling
posts are content together; a candidate with a fifth of the page's text or less is a teaser, not it.
"""
from __future__ import annotations

import json
import re
import unicodedata
import warnings
from dataclasses import dataclass
from functools import cached_property, lru_cache
from urllib.parse import urlsplit

from bs4 import BeautifulSoup, Comment, MarkupResemblesLocatorWarning, NavigableString, Tag, XMLParsedAsHTMLWarning

from .model import Fetched, Work
from .normalize import ORG_ALIASES, has_odd_i_fold, may_contain_i

# Every document parsed here is a body we fetched, never a file name or URL for bs4 to open: its guess that a
# short body "looks like a URL" is noise, and a page must not print multi-line warnings into a run's output.
warnings.filterwarnings("ignore", category=MarkupResemblesLocatorWarning, module=r"tracker\.page")
# An old XHTML page (a PukiWiki, a 2000s official site) opens with <?xml …?>; it was served as HTML and is read as HTML.
warnings.filterwarnings("ignore", category=XMLParsedAsHTMLWarning, module=r"tracker\.page")
# lxml refuses a str that declares its own encoding; the body is already decoded, so the declaration says nothing
_XML_DECLARATION = re.compile(r"\A\s*<\?xml\b[^>]*\?>")

# struck-through text (<del>, <s>, <strike>) is what a page no longer says (a date moved, a recast, a
# cancelled slot): dropped with the chrome, so no extractor reads it as a current statement
_STRUCK_TAGS = ("del", "s", "strike")


def _is_struck(name, style) -> bool:
    """A struck-through element (by its tag or a line-through style): the pre-pass drops it, and the page keeps its
    text as `Page.struck` (a moved date's old plan)."""
    return name in _STRUCK_TAGS or bool(style and "line-through" in style)
_CHROME_TAGS = ("script", "style", "noscript", "nav", "footer", "aside", "form", "template", "svg",
                "button", "select", "input", "textarea", "audio", "video", "canvas", "map", *_STRUCK_TAGS)
_CHROME_WORDS = re.compile(
    r"(^|[-_\s])(nav|navi|navbar|navbox|gnav|navigation|menu|menu-?bar|(?:left|right)-?bar|(?:left|right|side)-?rail|breadcrumbs?|sidebar|side-bar|sidenav|widget|related|"
    r"recommend\w*|trending|popular|ranking|rank|footer|comments?|comments?[-_]?(?:list|area|section|thread|block)|reactions|disqus|newsletter|subscribe|share|"
    r"sharing|social|sns|ads?|adsense|advert\w*|promo|banner|bnrs?|sponsor\w*|outbrain|taboola|cookie|"
    r"consent|modal|popup|pager|pagination|ticker|herald|login|signup|sign-up|search|searchbox|toolbar|"
    r"masthead|byline|news|newsticker|discussion|disqus_thread|comment-list|clubs|stacks|forum|user-?list|recently-?updated|more-?stories|latest-?news|pickup|"
    r"(blog|link)-?cards?|wp-embedded-content|(next|prev|previous)-?(post|article|entry|story)|up-?next|read-?next|"
    r"more-?(news|articles|posts|from|like-?this)|also-?like|similar|"
    r"reviews?)([-_\s]|$)",
    re.I,
)
_NEWS_BODY = re.compile(r"detail|body|article|entry|content|text|single", re.I)
_NEWS_EMBED = re.compile(r"embed|player|(?:movie|video)(?![-_]?(?:list|s\b|archive|ranking|new))", re.I)   # ("news-movie": the article's own video box; not a "news-video-list")
# readers' comment threads are chrome however much of a short article's text they hold (by name, never the
# content): commenters' guesses about cast and songs are no facts. (A lone "comment" is often an official
# site's cast or staff comment box, so only the thread forms.)
_COMMENT_SECTION = re.compile(r"(^|[-_\s])(comments|comments?[-_]?(list|area|section|thread|wrap|container|block)|"
                              r"disqus(_thread)?|discussion|respond|user-?comments?|reader-?comments?|"
                              r"reactions|(user|reader)-?reactions?)([-_\s]|$)", re.I)   # (readers' "reactions" box)


# a box of a layout's side column ("side-box", "sidebox", "side_block"): the site's boxes (new programmes, picks,
# another work's cast). The column itself ("side", "l-side") may hold a film site's own info and trailer, and
# "side-story" is content
_SIDE_BOX = re.compile(r"(?:^|\s)side[-_]?(?:box|block|widget)(?=\s|$)", re.I)


@lru_cache(maxsize=4096)
def _chrome_words(ident: str) -> frozenset:
    """The chrome words in a class/id string (cached: the same class strings repeat on every page)."""
    found = frozenset(m.group(2).lower() for m in _CHROME_WORDS.finditer(ident))
    return found | {"side"} if "side" in ident and _SIDE_BOX.search(ident) else found


@lru_cache(maxsize=4096)
def _is_comment_ident(ident: str) -> bool:
    """`_COMMENT_SECTION` in a class/id string (cached like `_chrome_words`: a thread repeats "comment reply"
    on every reply, and the pre-pass asks twice for each chrome box)."""
    return _COMMENT_SECTION.search(ident) is not None


@lru_cache(maxsize=4096)
def _is_news_body(ident: str) -> bool:
    return _NEWS_BODY.search(ident) is not None


_BANNER_WORDS = frozenset(("bnr", "bnrs", "banner"))


def _is_chrome_ident(ident: str, own_news: bool = False, has_video=lambda: False,
                     links_inside=lambda: False, bare=lambda: False) -> bool:
    """Class/id words of chrome. "news" alone is a news list or ticker, but not a news article's own body
    (`p-news-detail`, `news-body`), which is the page's content on an official site's NEWS page, nor an
    official site's own news list (`own_news`): every headline there is about its one work. A "modal" or
    "popup" box that holds a video is the page's trailer player (`has_video`, asked only then). A banner
    on a work's official site whose links all stay on the site (`links_inside`) points at its own pages
    (a music page's banner names the theme songs); banners to other sites stay chrome."""
    found = _chrome_words(ident)
    if found == {"news"} and (own_news or _is_news_body(ident)):
        return False
    if found == {"news"} and _NEWS_EMBED.search(ident) and has_video():
        return False   # "news-embed": the article's own embedded player
    if found and found <= {"modal", "popup"} and has_video():
        return False
    if found and own_news and found <= _BANNER_WORDS and links_inside():
        return False
    if found and found <= _BANNER_WORDS and bare():
        return False   # a text banner with no link and no picture leads nowhere: the page's own notice ("event-banner")
    return bool(found)


_OFF_SITE = re.compile(r"^\s*(https?:|//|mailto:|javascript:)", re.I)


def _links_stay_on_site(hrefs) -> bool:
    """Do these links (one at least) all point inside the site (relative paths)?"""
    seen = False
    for href in hrefs:
        if not isinstance(href, str) or _OFF_SITE.match(href):
            return False
        seen = True
    return seen


def _l_links_inside(el):
    """A lazy test: do this lxml element's links all stay on the site?"""
    return lambda: _links_stay_on_site(a.get("href") for a in el.iter("a"))


def _b_links_inside(tag: Tag):
    """`_l_links_inside` on a bs4 tag."""
    return lambda: _links_stay_on_site(a.get("href") for a in
                                       ((tag,) if tag.name == "a" else ()) + tuple(tag.find_all("a")))


def _l_bare(el):
    """A lazy test: does this lxml element hold text only (no link, no picture)?"""
    return lambda: not any(e.tag in ("a", "img", "picture", "iframe") for e in el.iter() if isinstance(e.tag, str))


def _b_bare(tag: Tag):
    """`_l_bare` on a bs4 tag."""
    return lambda: tag.name not in ("a", "img") and tag.find(("a", "img", "picture", "iframe")) is None


def _l_has_video(el):
    """A lazy test: does this lxml element embed or link a video?"""
    def test() -> bool:
        return any(_attrs_show_video(e.tag, e.attrib) for e in el.iter() if isinstance(e.tag, str))
    return test


def _b_has_video(tag: Tag):
    """`_l_has_video` on a bs4 tag."""
    def test() -> bool:
        return any(_attrs_show_video(e.name, e.attrs) for e in (tag, *tag.find_all(True)))
    return test


def _attrs_show_video(name: str, attrs) -> bool:
    """Do an element's attributes link or embed a video, or carry it as `_video_of` reads a card (a bare id in
    `data-youtube`/`data-ytid`, `<lite-youtube videoid=…>`, a YouTube thumbnail)? A modal card list whose
    player a script opens from those is the page's own MOVIE section, as a modal around an <iframe> is."""
    for k, v in attrs.items():
        if not isinstance(v, str) or not v:
            continue
        if k in _VIDEO_ATTRS and _VIDEO_URL.search(v):
            return True
        if (_YT_ID_ATTR.match(k) or (k == "videoid" and "youtube" in name)) and _YT_BARE_ID.match(v.strip()):
            return True
        if ("ytimg" in v or "img.youtube" in v) and _YT_THUMB.search(v):
            return True
    return False


# the phrase ends the title or one of its parts ("…公式サイト", "… Official Website (English)"), so a news
# story about an official site ("X's Official Site Reveals Cast", "公式サイトがオープン") is not one
_OFFICIAL_SITE = re.compile(r"((公式|オフィシャル)\s*(サイト|ホームページ|HP|ウェブサイト|WEB)|"
                            r"official\s+(anime\s+)?(web\s*)?site|official\s+(anime\s+)?website)"
                            r"\s*($|[|｜\-–—:：/(（【\[])", re.I)


def _is_official_site(title: str, meta: dict[str, list[str]]) -> bool:
    """A work's own official site (its <title> or og:site_name says so): its news are about that work."""
    return any(_says_official_site(t) for t in (title, *meta.get("og:site_name", [])))


@lru_cache(maxsize=1024)
def _says_official_site(text: str) -> bool:
    """(cached: a page asks it of its title four or five times, while preparing, finding its content, its date
    and its work)"""
    return _OFFICIAL_SITE.search(text.strip()) is not None

# links that point at another work's page or at an article (a list of them is chrome)
_FOREIGN_LINK = re.compile(
    r"(/(anime|manga|title|titles|work|works|series|shows?|movies?|drama|novel|game)/[^/?#]*\d)|"
    r"(anime|manga|title|work)\.php\?id=|/news/|/articles?/|/press-release|/reviews?/|/columns?/|/interest/|"
    r"/features?/|/stacks?/|/clubs?|/forum|/\d{4}[-/]\d{1,2}[-/]\d{1,2}/|/\d{4}/\d{2}/|/topics?/|/entry/",
    re.I,
)
# on a work's official site, links to its own articles are its news; only links to other works are foreign
_OTHER_WORK_LINK = re.compile(
    r"(/(anime|manga|title|titles|work|works|series|shows?|movies?|drama|novel|game)/[^/?#]*\d)|"
    r"(anime|manga|title|work)\.php\?id=", re.I)
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


# (a card list's bare id attribute, `data-ytid` or `data-video-id`, names no video site)
_VIDEO_WORDS = ("youtu", "ytimg", "vimeo", "nicovideo", "dailymotion", "bilibili", "data-yt", "data-video-id",
                "data-videoid")
_VIDEO_HINT = re.compile(r"youtu|ytimg|vimeo|nicovideo|dailymotion|bilibili|data-yt|data-video-id|data-videoid", re.I)


def _names_video_site(sample: str) -> bool:
    """`_VIDEO_HINT.search(sample)`, an exact pre-check before the page's video links are looked for, without
    the regex's scan of the whole page: its words are lower-case, so one found as it is needs no lower-cased
    copy of the page either."""
    if any(w in sample for w in _VIDEO_WORDS):
        return True
    low = sample.lower()
    if any(w in low for w in _VIDEO_WORDS):
        return True
    return may_contain_i(sample, _VIDEO_WORDS) and _VIDEO_HINT.search(sample) is not None


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
    """NFKC, whitespace runs as one space, stripped. (str.split() splits at exactly the characters that
    re's \\s matches, so this is re.sub(r"\\s+", " ", …).strip(), ~1.5x faster.)"""
    return " ".join(unicodedata.normalize("NFKC", text).split())


_norm = nfkc_line


class Page:
    def __init__(self, url: str, html: str | bytes, *, _soup=None):
        self.url = url
        self._raw = html
        self.multi_work = False
        self.untrimmed: "Page | None" = None  # before `for_work` cut other seasons' and media's sections
        self._main_override: Tag | None = None
        self._pruned = False
        self.struck: tuple[str, ...] = ()   # the texts the page strikes through (set where they are dropped)
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

        text = html if isinstance(html, str) else _decode(html or b"")
        if not text or text.isspace():   # (not text.strip(): no copy of the whole document to test it)
            raise ValueError("empty document")
        decl = _XML_DECLARATION.match(text)
        if decl:
            text = text[decl.end():]   # (else the whole page fell to the slow plain-bs4 path)
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
        own_news = _is_official_site(self.__dict__["title"], meta)
        total = _lscan(body, doomed, None, own_news)[0] + sum(t for _el, t, _b in doomed)
        # (the element objects stay referenced while we rescan: lxml proxies' ids are only stable while alive)
        big_elems = [el for el, tlen, by_name in doomed if not by_name and total and tlen > 0.5 * total]
        if big_elems:
            big = {id(el) for el in big_elems}
            doomed.clear()
            _lscan(body, doomed, big, own_news)
        self.struck = tuple(_norm("".join(el.itertext())) for el, _t, _b in doomed if _is_struck(el.tag, el.get("style")))
        _drop_trees(body, [el for el, _t, _b in doomed])
        return BeautifulSoup(_html_of(body), "lxml")

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
            return _content_root(body, _is_official_site(self.title, self.meta))
        for c in body.find_all(string=lambda s: isinstance(s, Comment)):
            c.extract()
        doomed: list[Tag] = []
        own_news = _is_official_site(self.title, self.meta)
        try:
            total = _scan(body, doomed, None, own_news)[0] + sum(t for _tag, t, _b in doomed)
            # chrome-looking wrappers holding most of the page are the content ("article-related-wrap")
            big = set()
            if total:
                for tag, tlen, by_name in doomed:
                    if not by_name and tlen > 0.5 * total:
                        big.add(id(tag))
            if big:
                doomed.clear()
                _scan(body, doomed, big, own_news)
            self.struck = tuple(_norm(tag.get_text()) for tag, _t, _b in doomed if _is_struck(tag.name, tag.get("style")))
            for tag, _tlen, _by_name in doomed:
                tag.decompose()
        except RecursionError:  # absurdly deep markup: fall back to removing chrome by name only
            for tag in body.find_all(_CHROME_TAGS):
                tag.decompose()
        return _content_root(body, own_news)

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
            if not _names_video_site(sample):
                self.__dict__["_videos"] = []
                return []
        out = self._find_videos()
        self.__dict__["_videos"] = out
        return out

    def _find_videos(self) -> list[Video]:
        found: list[tuple[Tag, str, str]] = []      # (element, canonical url, context heading)
        context = ""
        for el in find_tags(self.main):
            if el.name in _HEADINGS:
                context = _norm(el.get_text(" ", strip=True))[:120]
            if el.name in _URL_TEXT_TAGS and (url := _video_in_own_text(el)):
                found.append((el, url, context))
                continue
            if not el.attrs:
                continue  # no attributes: _video_of finds nothing
            url = _video_of(el)
            if url:
                found.append((el, url, context))
        # which ancestors hold which videos: a card around a link holds that video only
        held: dict[int, set[str]] = {}
        for el, url, _c in found:
            for anc in (el, *el.parents):
                held.setdefault(id(anc), set()).add(url)
        out: list[Video] = []
        index: dict[str, int] = {}
        found_ids = {id(el) for el, _u, _c in found}
        for el, url, context in found:
            label = (el.get("data-title") or el.get("title") or el.get("aria-label") or "")
            if not label and el.name == "img":
                label = el.get("alt") or ""   # a YouTube thumbnail the player opens from: its alt names the video
            if not label:
                label = el.get_text(" ", strip=True)
            if not label:
                img = el.find("img", alt=True)
                label = img["alt"] if img is not None else ""
            label = _norm(label)[:200]
            near = _video_card_text(el, held, self.main)
            own = _norm(el.get_text(" ", strip=True))
            if not near or near == own or _BARE_URL.match(label):
                # the link alone is its card (a list of links in one paragraph, a URL inside a sentence):
                # its own stretch of the text, up to the next video link or line
                inline = _video_inline_text(el, found_ids)
                if inline and (not near or near == own):
                    near = inline
                if _BARE_URL.match(label):
                    # a link printed as its URL is named by its sentence (or the line just above it), never
                    # by the URL's own letters ("…?v=Tk7teaSer09" is no "teaser 9")
                    label = _norm(inline.replace(own, " "))[:200] if inline else ""
            if not near:
                near = _caption_after(el)   # "<div><iframe…></div><b>PV 2</b><br>": the caption under the player
            if not near:
                near = _caption_before(el)   # "Here is the second trailer, released Friday." over the player
            near = _with_card_markup_day(el, held, near)
            if url in index:
                # the same video again (a player, then its thumbnail with a caption and date): fill what the
                # first sighting lacked
                i = index[url]
                first = out[i]
                more = near if near and near != first.label else (label if label != first.label else "")
                if more and (not first.near or _video_day_only_in(more, first.near)):
                    # ("▶ Main PV" over a tagline, then "Main PV (2026.11.19)" in the movie list: the dated card)
                    out[i] = Video(first.url, first.label or label, first.context, more)
                continue
            index[url] = len(out)
            out.append(Video(url, label, context, near))
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
        return self._byline_date()

    def _byline_date(self):
        """A news article's printed dateline near its top, when the head has none: a line that is a full
        date with a time of day or an author after it ("2027.03.05 21:30 / 編集部", "2026年11月26日 12:00",
        "January 29, 2027 by Staff"), never a schedule ("2027年1月7日(木) 25:00～", "…より放送")."""
        from .dates import PartialDate

        lines = self.lines()[:15]
        official = _is_official_site(self.title, self.meta)
        bare = [i for i, line in enumerate(lines) if _BARE_DATE.match(line.text)]
        for i, line in enumerate(lines):
            m = _BYLINE.match(line.text) if not official else None
            if m is None and bare == [i] and any(x.kind == "heading" for x in lines[i + 1:i + 3]):
                # one date alone on its line right above the headline: a news post's date (an official site's
                # too; its news list prints several)
                m = _BARE_DATE.match(line.text)
            if m and not _SCHEDULE_WORDS.search(line.text):
                y, mo, d = (m.group("y1"), m.group("m1"), m.group("d1")) if m.group("y1") else \
                    (m.group("y2"), str(_MONTHS.index(m.group("m2")[:3].lower()) + 1), m.group("d2"))
                found = PartialDate.parse(f"{int(y):04d}-{int(mo):02d}-{int(d):02d}")
                if found:
                    return found
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
        """This page scoped to `work` (itself unless it lists several works), without the blocks of its other
        seasons; None if `work` is not on it."""
        found = self._for_work(work)
        return found._without_other_seasons(work) if found is not None else None

    def _without_other_seasons(self, work: Work) -> "Page":
        """A season's page without the blocks headed by another season only (a season-2 site's collapsed
        "1st SEASON STAFF" box, a "第1期 再放送情報" rerun table, a wiki's "Season 1 cast" section), and any
        page without the sections of another medium ("ドラマCD", "Stage play", "Live-action film"): their
        credits and dates are another work's. Seasons count only for a work with a season number. An aside on
        other works ("Honorable mention: X, directed by …") goes too."""
        nums = {split[1] for split in map(season_split, work.names) if split}
        text = self.text()  # (the display lines the extractors read anyway: cached)
        low = text.lower()   # (the page's whole text, asked about five word lists below)
        film = bool(_OWN_PRODUCTION.search(" ".join(work.names)))   # (a film's or OVA's page: the TV series' block is another work's)
        productions = not film and _has_word(text, _PRODUCTION_HINT, _PRODUCTION_WORDS, low)
        shorts = not film and _short_version_blocks_may_be(text, work)
        asides = _names_asides(text)
        posts = _may_hold_posts(self.lines())
        noes = _may_hold_no_marks(self.lines())
        edits = _may_hold_edit_log(low)
        chrome_posts = edits or "『" in text or "「" in text or _may_embed_posts(self._raw)
        reposts = _may_hold_reposts(low)
        # (pictures' alts: a banner of another site may be one; looked for only then, its pictures found once here)
        banners = (any(line.kind == "alt" for line in self.lines()) or _may_hold_picture_cards(self._raw)) and bool(
            _other_site_banners(self.main, self.url, [t for t in map(fold_title, work_names(work)) if t]))
        heads = " ".join(line.text for line in self.lines() if line.kind != "text").lower()
        if not (nums and _has_word(text, _SEASON_HINT, _SEASON_WORDS, low)) and not _has_word(text, _MEDIUM_HINT, _MEDIUM_WORDS, low) \
                and not _has_word(text, _RELATED_HINT, _RELATED_WORDS, low) and not productions and not shorts \
                and not _has_word(text, _REACTION_HINT, _REACTION_WORDS, low) and not asides and not posts and not noes \
                and not any(w in heads for w in _HEADING_ONLY_WORDS) and not any(w in heads for w in _EARLIER_HEAD_WORDS) \
                and not any(w in heads for w in _OTHER_TITLES_WORDS) \
                and not (film and ("tv" in heads or "テレビ" in heads)) and not banners and not chrome_posts and not reposts:
            return self
        own = [t for t in map(fold_title, work_names(work)) if t] if asides or banners or chrome_posts or reposts else []
        if not _other_season_blocks(self.main, nums, productions, film, shorts) and not (asides and _aside_paragraphs(self.main, own)) \
                and not (posts and _posted_items(self.main)) and not (noes and _no_mark_rows(self.main)) and not banners \
                and not (chrome_posts and _chrome_post_boxes(self.main, own, edits)) and not (reposts and _shared_posts(self.main, own)):
            return self
        import copy

        main = copy.copy(self.main)  # (the page's own tree stays whole for its other works)
        blocks = _other_season_blocks(main, nums, productions, film, shorts) + (_aside_paragraphs(main, own) if asides else []) + \
            (_posted_items(main) if posts else []) + (_no_mark_rows(main) if noes else []) + \
            (_other_site_banners(main, self.url, own) if banners else []) + \
            (_chrome_post_boxes(main, own, edits) if chrome_posts else []) + (_shared_posts(main, own) if reposts else [])
        for block in blocks:
            if not block.decomposed:
                block.decompose()
        trimmed = Page(self.url, b"", _soup=self.soup)
        trimmed.__dict__.update({k: v for k, v in self.__dict__.items() if k in ("title", "meta", "jsonld", "published")})
        trimmed._raw = self._raw
        trimmed.multi_work = self.multi_work
        trimmed.untrimmed = self
        trimmed._main_override = main
        trimmed.__dict__["main"] = main
        return trimmed

    def _for_work(self, work: Work) -> "Page | None":
        levels = self._work_heading_levels()
        names = [fold_title(n) for n in work_names(work) if fold_title(n)]
        splits = [sp for sp in map(season_split, work.names) if sp]
        seasons = (tuple({num for _, num in splits}), tuple({fold_title(b) for b, _ in splits if fold_title(b)}))
        # an article about this work, whose subheadings repeat its title ("When does X come out?"), is one work
        page_names = fold_title(" ".join([self.title, *self.meta.get("og:title", []),
                                          *(h.get_text() for h in self._main_headings().get("h1", ()))]))
        named = any(n and n in page_names for n in names)
        pieces = _headline_pieces([self.title, *self.meta.get("og:title", []),
                                   *(h.get_text() for h in self._main_headings().get("h1", ()))]) if named else frozenset()
        digest = named and (_headline_names_sections(page_names, levels, pieces) or _headline_names_sections(
            page_names, [self._title_lines()], pieces))
        # (lines led by a mark head a roundup's parts only where the headline names two of them, or says it is a
        # list without naming this work: "■原作" and "【A】" open a one-work press release's sections too)
        marked = named and not digest and _headline_names_sections(page_names, [self._title_lines(marked=True)], pieces)
        digest = digest or marked
        if named and not self._is_list_titled(names) and not digest:
            return self
        # an article whose lead (its text before the first subheading) names the work in full is about it: its
        # subheadings are its sections ("Who's working on it"); a subheading naming the work still heads its part
        # (so is one whose headline names the title without its subtitle: "Vesper Engine is getting an anime"
        # for "Vesper Engine: Afterglow", 「エクリプス・ガーデン」アニメ化 for 「エクリプス・ガーデン -白夜の庭師-」)
        lead = bool(levels) and not named and not self._is_list_titled() and (
            any(t in page_names for t in _main_titles(work_names(work))) or _lead_names(
                self.main, min((h for heads in levels for h in heads), key=_doc_order(self.main)), names))
        for heads in levels:
            if named and len(heads) < 3 and not digest and not (
                    len(heads) == 2 and _two_title_headings(heads, names) and self._is_list_titled(names)):
                continue  # a list page that names this work in its title lists at least three (a digest two)
            naming = [h for h in heads if any(n in fold_title(h.get_text(" ", strip=True)) for n in names)]
            versus = _comparison_headings(naming, heads, names)
            naming = [h for h in naming if id(h) not in versus]
            if len(naming) >= 2 and len(naming) * 2 >= len(heads):
                return self
            best = _best_heading([h for h in heads if id(h) not in versus], names, seasons)
            if best is not None:
                return self._scoped_to(best)
        part = _bold_title_part(self.main, names, self._title_lines(), check_lead=not named) or \
            _bold_title_part(self.main, names, self._title_lines(terms=True), check_lead=not named) or \
            (_bold_title_part(self.main, names, self._title_lines(marked=True), check_lead=not named)
             if marked or (not named and self._is_list_titled()) else None)
        if part is not None:
            return self._scoped(part)
        if lead:
            return self
        # (a work's official site is about its one work: its lists of alike items are news, not works)
        card = None if _is_official_site(self.title, self.meta) else _work_card(self.main, names)
        if card is not None:
            return self._scoped(card)
        if not levels and self._is_list_titled():
            # a digest without a heading per work ("アニメ1週間": one paragraph per news item)
            items = _work_paragraphs(self.main, names)
            if items is not None:
                return self._scoped(items)
        # a list of several works that does not contain this one (or a page of one work)
        return None if levels and not named else self

    def _title_lines(self, terms: bool = False, marked: bool = False) -> list[Tag]:
        """The main content's bold title lines (or, `terms`, its definition lists' terms; `marked`, its lines
        led by a heading mark: "■A", "【A】") that read as titles, in document order: one walk for every work of
        a roundup."""
        key = "_dt_lines" if terms else "_marked_lines" if marked else "_bold_title_lines"
        if self.__dict__.get(key) is None and not terms and sum(
                (line.text[:1] in _HEAD_MARKS or line.text[:1] == "【") if marked else line.bold
                for line in self.lines()) < 2:
            self.__dict__[key] = []   # (a cheap gate on the display lines: fewer than two such lines, no walk)
        if self.__dict__.get(key) is None:
            tags = find_tags(self.main, "dt") if terms else _marked_lines(self.main) if marked else _bold_lines(self.main)
            self.__dict__[key] = [el for el in tags if _plain_title_line(el.get_text(" ", strip=True)) or _section_title(el)]
        return self.__dict__[key]

    def _is_list_titled(self, names: list[str] = ()) -> bool:
        """Is the page titled as a list of several works: a list word ("一覧", "roundup", "1週間まとめ"), or a
        title/headline naming two or more different works in 『』 (a news digest: "『A』放送開始、『B』アニメ化 ほか")?
        A season word alone ("春アニメ", "新番組") lists nothing in a headline naming one work, `names`, and no
        other ("2027年春アニメ『X』本PV公開": one work's news); nor does a count of works ("Two anime I am waiting
        for") when the title or the headline names this work alone."""
        h1 = [h.get_text(" ", strip=True) for h in self._main_headings().get("h1", [])[:2]]
        counted = any(map(_counts_works, (self.title, *h1))) and not any(_names_only(t, names) for t in (self.title, *h1))
        return counted or any(_list_titled_text(t) or _names_several_works(t) or
                              (_SEASON_LIST_WORD.search(t) and not _names_only(t, names)) for t in (self.title, *h1))

    def _scoped_to(self, start: Tag) -> "Page":
        """This page cut to one work's section: from its heading to the next heading of the same or a higher
        level (a season list grouped by weekday ends a work's section at the next day's heading too)."""
        rank = int(start.name[1])
        stop = None
        for h in start.find_all_next(_HEADINGS[:rank]):
            if self.main in h.parents:
                stop = h
            break
        section = _slice_between(start, stop)
        if section is None:
            return self
        return self._scoped(section)

    def _scoped(self, section: Tag) -> "Page":
        """A page whose content is `section` (one work's part of a list); the head is the list's."""
        _drop_other_works(section)
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

    def _main_headings(self) -> dict[str, list[Tag]]:
        """The main content's h1–h5 by level, in document order: one walk for the three readers in `_for_work`
        (kept: a page's main is not changed once found; trimming and scoping make new pages). (A blog's smallest
        heading, h5, may be the one its posts use for each work.)"""
        if self.__dict__.get("_headings") is None:
            by_level: dict[str, list[Tag]] = {}
            for h in find_tags(self.main, ("h1", "h2", "h3", "h4", "h5")):
                by_level.setdefault(h.name, []).append(h)
            self.__dict__["_headings"] = by_level
        return self.__dict__["_headings"]

    def _work_heading_levels(self) -> list[list[Tag]]:
        """Heading levels whose headings name works (a season list), best first: each heading holds a title,
        not a section word. A list grouped by day or genre has titles one level below the group headings."""
        by_level = self._main_headings()
        out = []
        for level in ("h2", "h3", "h1", "h4", "h5"):
            hs = by_level.get(level, [])
            if len(hs) < 2:
                continue
            titled = [h for h in hs if _looks_like_work_heading(h)]
            if len(titled) >= 2 and len(titled) >= 0.6 * len(hs):
                out.append(hs)
        return out


_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
# a dateline: a full date, then a time of day or an author ("/ 編集部", "by Staff", "| 文：…"), little else
_BYLINE = re.compile(
    r"^\s*(?:(?:公開日|投稿日|更新日|掲載日|配信日|(?:posted|published|updated)(?: on)?)\s*[:：]?\s*|"
    r"by\s+[\w.'’-]+(?:\s+[\w.'’-]+){0,2}?\s*[·|•,]?\s+(?=(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|20\d\d)))?"   # "by NAME Nov 25, 2026 9:31 PM"
    r"(?:(?P<y1>20\d\d)\s*[./年-]\s*(?P<m1>[01]?\d)\s*[./月-]\s*(?P<d1>[0-3]?\d)\s*日?|"
    r"(?P<m2>(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)\.?\s+(?P<d2>[0-3]?\d),?\s+(?P<y2>20\d\d))"
    r"\s*(?:\([^)]{1,3}\)\s*)?(?:(?:[01]?\d|2[0-3]):[0-5]\d(?!\d).{0,40}|(?:/|\||by\b|｜|文[:：]|編集部).{0,40})$", re.I)
_BARE_DATE = re.compile(r"^\s*(?:(?P<y1>20\d\d)\s*[./年-]\s*(?P<m1>[01]?\d)\s*[./月-]\s*(?P<d1>[0-3]?\d)\s*日?|"
                        r"(?P<m2>(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)\.?\s+(?P<d2>[0-3]?\d),?\s+"
                        r"(?P<y2>20\d\d))\s*(?:\([^)]{1,3}\))?\s*$", re.I)
_SCHEDULE_WORDS = re.compile(r"[～〜~]|から|より|放送|配信|公開予定|上映|開催|会場|開場|開演|premiere|airs?\b|stream|"
                             r"venue|doors", re.I)


# a season named in a heading or a collapsed box's summary ("1st SEASON STAFF", "第1期 再放送情報", "Season 1 Cast",
# "First season"); a cheap pre-check first
_SEASON_HINT = re.compile(r"season|期|シーズン|幕|act ", re.I)   # (幕, "act ": a season written as an act, 第一幕, "Act I")
_SEASON_IN_HEADING = re.compile(
    r"(?<!\d)(?P<b>\d{1,2})\s*(?:st|nd|rd|th)\s*(?:season|シーズン)|(?<![a-z])(?:season|シーズン)\s*(?P<a>\d{1,2})(?!\d)|"
    r"第\s*(?P<d>\d{1,2})\s*(?:期|シーズン|シリーズ|幕)|(?<![\d第])(?P<e>\d{1,2})期(?!生)|\b(?P<w>first|second|third|fourth|fifth|sixth)\s+season|"
    # the number in words, kanji or katakana ("Season Two", 「第二期」「アニメ二期」, 「セカンドシーズン」)
    r"(?<![a-z])season\s+(?P<x>one|two|three|four|five|six)\b|第(?P<k>[一二三四五六])\s*(?:期|シーズン|シリーズ|幕)(?!生)|"
    r"(?<![一-龥])(?P<k2>[二三四五六])期(?![生間])|(?P<kw>ファースト|セカンド|サード|フォース|フィフス|シックス)\s*シーズン", re.I)
# a season written as an act ("Act II", "Act 2", "Act Two"; 第二幕 above), never "actor" nor "act of"; read apart, only
# where "act" is in the text (one more alternative in the regex above slows every heading's scan)
# (the literal first and the letter before it looked back at after: a scan ~3x faster than a leading lookbehind)
_ACT_IN_HEADING = re.compile(r"(?:Act|ACT|act)(?<![A-Za-z]...)\s+(?:(?P<ar>I{1,3}|IV|VI?)(?![A-Za-z])|(?P<c>\d{1,2})(?!\d)|"
                             r"(?i:(?P<ax>one|two|three|four|five|six))\b)")


# another medium's own section on a wiki or a franchise site: its cast and staff are not the anime's
_MEDIUM_HINT = re.compile(r"ドラマCD|ボイスコミック|ボイスドラマ|オーディオドラマ|ラジオ|舞台|ミュージカル|実写|ゲーム|radio|podcast|ポッドキャスト|"
                          r"drama cd|voice comic|audio drama|radio drama|stage|musical|live-action|live action|game", re.I)
_OTHER_MEDIUM = re.compile(
    r"^[\s\d.・■●◆【\[(（「『]*(?:(?:\d{4}年?\s*)?(?:ドラマCD|ボイスコミック|ボイスドラマ|オーディオドラマ|ラジオドラマ|"
    r"舞台(?!挨拶)|ミュージカル|実写(?:ドラマ|映画|版)?|drama cds?|voice comics?|audio dramas?|radio dramas?|"
    r"stage (?:play|adaptation|musical)s?|musicals?|live[- ]action(?: (?:film|series|drama|adaptation))?))"
    r"(?:[\s版化]*(?:キャスト|スタッフ|cast|staff|情報|について)?)?[\s】\])）」』:：]*$", re.I)
# (the hints are plain words: `_has_word` looks for them with `in`, ~5x faster than the regex on a whole page)
_SEASON_WORDS = tuple(w.lower() for w in _SEASON_HINT.pattern.split("|"))
_MEDIUM_WORDS = tuple(w.lower() for w in _MEDIUM_HINT.pattern.split("|"))


def _has_word(text: str, hint: re.Pattern, words: tuple[str, ...], low: str | None = None) -> bool:
    """`hint.search(text)` for a case-insensitive pattern that is the alternation of the plain `words`
    (lower-cased): a word in the lower-cased text is a match; without one, only a text holding one of the
    few characters that `re` folds otherwise than str.lower (ı, ſ, İ) needs the regex. (`low`: text.lower(),
    when the caller asks several times about one long text.)"""
    if low is None:
        low = text.lower()
    for w in words:
        if w in low:
            return True
    return has_odd_i_fold(text) and hint.search(text) is not None


# the franchise's other productions (a film, a special, an OVA), named in a heading beside a TV work's own parts;
# a work that is one of them itself keeps them
_PRODUCTION_HINT = re.compile(r"特別編|劇場版|総集編|(?<![a-z])ova(?![a-z])|(?<![a-z])oad(?![a-z])|スピンオフ|"
                              # a pilot made before the series ("Pilot film", 「パイロットフィルム」「パイロット版」)
                              r"(?<![a-z])pilot\s+(?:film|short|movie|video|version)|パイロット(?:フィルム|版|映像|ムービー)", re.I)
_PRODUCTION_WORDS = ("特別編", "劇場版", "総集編", "ova", "oad", "スピンオフ", "pilot", "パイロット")   # (a cheap gate: "oad" in "broadcast" too)
_OWN_PRODUCTION = re.compile(r"特別編|劇場|映画|総集編|ova|oad|スピンオフ|movie|film|special", re.I)
# the franchise's short-anime version, named in a heading beside a TV work's own parts (「ショートアニメ版(2023年)」,
# 「短編アニメ版について」, "Short anime version"): its songs, services, staff and episode count are that version's;
# a watched work named as the short version itself keeps it
_SHORT_VERSION_HINT = re.compile(r"(?:ショート|短編|ミニ|ウェブ|web)\s*アニメ版|短編版|ショート版|"
                                 r"\bshort\s+anime\s+(?:version|edition|series)\b|\b(?:web|mini)\s+anime\s+version\b|"
                                 # (a dated one: 「ショートアニメ(2023年)」, "Anime shorts (2023)")
                                 r"(?:ショート|短編|ミニ)アニメ\s*[(（]\s*(?:19|20)\d\d|\b(?:short\s+anime|anime\s+shorts?)\s*\(\s*(?:19|20)\d\d",
                                 re.I)
_SHORT_VERSION_WORDS = ("アニメ版", "短編版", "ショート版", "short anime", "anime version", "ショートアニメ", "短編アニメ",
                        "ミニアニメ", "anime short")
_OWN_SHORT = re.compile(r"ショート|短編|ミニアニメ|\bshort\b|\bmini\b", re.I)


def _short_version_blocks_may_be(text: str, work: Work) -> bool:
    """Can the page head a block of the franchise's short-anime version (see `_SHORT_VERSION_HINT`) that is not
    the watched work?"""
    return _has_word(text, _SHORT_VERSION_HINT, _SHORT_VERSION_WORDS) and not _OWN_SHORT.search(" ".join(work.names))


_ANIME_WORD = re.compile(r"アニメ|anime|\btv\b", re.I)
_ADAPTATION_WORD = re.compile(r"adaptation|series|episode|映像化", re.I)
# a section about the source game, in a news article on its anime ("A quick refresher on the game", "About the
# original game", "The game's story so far", "原作ゲームについて", "ゲーム版の概要"): its developers, composer and voice
# cast are the game's
_GAME_SECTION = re.compile(r"\b(?:the|original|source)\s+(?:video\s+|mobile\s+|rpg\s+)?game(?:'s|s)?\b|"
                           r"原作ゲーム|ゲーム版|ゲーム(?:「[^」]{1,40}」)?(?:について|とは|の概要)",
                           re.I)


# a companion show's own heading: a web radio programme, a radio show or a podcast, alone or with its title or the
# anime's ("WEBラジオ", 「Webラジオ「X ラジオ支局」」「TVアニメ『X』公式ラジオ」「ラジオ番組」, "Web Radio", "Official podcast",
# "Radio show: X"): its service (音泉, HiBiKi Radio Station, 文化放送), weekday and dates are that programme's; never a radio
# drama (another medium, above) nor a radio commercial
_COMPANION_SHOW_HEAD = re.compile(
    r"^[\s・■●◆▼【\[(（]*(?:(?:tv|テレビ)?\s*アニメ\s*)?(?:[『「][^』」]{1,40}[』」]\s*)?(?:the\s+)?(?:公式|official\s+|companion\s+)?"
    r"(?:web|ウェブ|インターネット|ネット|internet)?\s*(?:ラジオ(?:番組)?|radio(?:\s+(?:show|program|programme))?|podcast|ポッドキャスト)"
    r"(?:\s*[『「][^』」]{1,40}[』」]|\s*[:：]\s*.{1,40}|\s+[\"“][^\"”]{1,40}[\"”])?"
    r"(?:\s*(?:情報|について|のお知らせ|配信情報|放送情報|info(?:rmation)?))?[\s】\])）:：]*$", re.I)


def _other_medium_heading(text: str) -> bool:
    """Does a heading name another medium's part only ("ドラマCD", "舞台版キャスト", "Stage play", "Live-action
    film", "About the original game"), or a companion show's (see `_COMPANION_SHOW_HEAD`)? (Never a stage greeting
    at a screening, 舞台挨拶, nor a heading naming the anime too, but for its radio show.)"""
    text = _EDIT_LINK.sub("", unicodedata.normalize("NFKC", text).strip())
    if len(text) <= 60 and ("ラジオ" in text or "adio" in text or "odcast" in text or "ポッドキャスト" in text) \
            and _COMPANION_SHOW_HEAD.match(text):
        return True
    if _ANIME_WORD.search(text) or _team_carried_into_anime(text):
        return False
    if len(text) <= 40 and _OTHER_MEDIUM.match(text):
        return True
    return len(text) <= 60 and bool(_GAME_SECTION.search(text)) and not _ADAPTATION_WORD.search(text)


def _related_works_heading(text: str) -> bool:
    """Does a heading open a list of the franchise's other entries ("シリーズ作品", "関連作品", "Related anime")? Their
    dates, staff and songs are those entries' (a database page's box of the first season and a special film)."""
    text = _EDIT_LINK.sub("", unicodedata.normalize("NFKC", text).strip())
    if len(text) <= 50 and _OTHER_TITLES_HEAD.match(text):   # (another maker's or author's works: their credits)
        return True
    return len(text) <= 30 and bool(_RELATED_WORKS.match(text))


# a heading over readers' or the site's picks of other titles, or a database's newest entries ("Recommendations", "You may also like", "Because you
# watched X", "If you liked this", "More like this", 「おすすめ作品」「こんな作品も」): every box under it, whatever its
# shape (a card of a link, a blurb and "recommended by"), is another title's, and so are its studios and directors
_RECOMMENDATIONS_HEAD = re.compile(
    r"^[\s・■●◆▼【\[(（]*(?:(?:user|reader|fan|staff|editors?'?|our|more|similar)\s+)?(?:recommendations?|recommended(?:\s+(?:anime|titles|shows|for you))?|"
    r"you\s+(?:may|might)\s+also\s+(?:like|enjoy)|because\s+you\s+(?:watched|liked)\b.{0,40}|if\s+you\s+(?:liked|enjoyed)\s+this.{0,30}|"
    r"more\s+like\s+this|similar\s+(?:anime|titles|shows|series)|おすすめ(?:作品|アニメ|タイトル)|こんな(?:作品|アニメ)も.{0,20}|"
    # (a database's box of its newest entries: "Recently added to the Encyclopedia", 新着作品)
    r"recently\s+(?:added|updated)\b.{0,40}|newly\s+added.{0,30}|新着(?:作品|項目|タイトル|アニメ).{0,10})"
    r"[\s】\])）:：]*$", re.I)


def _recommendations_heading(text: str) -> bool:
    """Does a heading open the picks of other titles (`_RECOMMENDATIONS_HEAD`)?"""
    text = unicodedata.normalize("NFKC", text).strip()
    return len(text) <= 60 and _RECOMMENDATIONS_HEAD.match(text) is not None


# a heading over the other works of this work's studio, author or director ("Other titles from Studio X", "More from
# this studio", "Also by Aoi Kurobane", "Other works by the author", 「この作者の他の作品」「原作者の他作品」「同じスタジオの
# 作品」): their directors, dates and songs are those works'; never a heading of this work's own "Other staff",
# "Other cast", "More from the cast" (the bare "more from"/"also by" names a maker or a person, never the cast or staff)
_OTHER_TITLES_HEAD = re.compile(
    r"^[\s・■●◆▼【\[(（]*(?:"
    r"(?:other|more)\s+(?:[\w-]+\s+)?(?:works|titles|anime|shows|series|productions)\s+(?:from|by|of)\s+\S.{0,40}|"
    r"(?:more|also)\s+(?:from|by)\s+(?:this|the\s+same|the)\s+(?:studio|author|creator|director|mangaka|writer|artist|company)|"
    r"(?:more|also)\s+(?:from|by)\s+studio\b.{0,40}|"
    r"also\s+by\s+(?!(?:the|this|our)\b)[\w.'’ -]{2,40}|"
    r"(?:also\s+)?from\s+the\s+same\s+(?:studio|author|creator|director|mangaka|writer|staff)|"
    r"(?:この|その|同じ|同)?(?:[^:：]{1,24}?の)?(?:他の|ほかの|その他の|他|過去の|過去)(?:作品|アニメ作品|アニメ|タイトル)|"
    r"(?:同じ|同)(?:スタジオ|制作会社|作者|原作者|著者|監督|スタッフ)の(?:作品|アニメ作品|アニメ)"
    r")(?:一覧|リスト|\s*list)?[\s】\])）:：]*$", re.I)
# the plain words of those headings, looked for in the page's headings (lower-cased) before any is read
_OTHER_TITLES_WORDS = ("works", "titles", "anime from", "anime by", "anime of", "shows from", "shows by", "shows of",
                       "series from", "series by", "series of", "productions", "more from", "more by", "also by", "also from",
                       "from the same", "他の作品", "他のアニメ", "他のタイトル", "ほかの作品", "ほかのアニメ", "ほかのタイトル", "他作品",
                       "他アニメ", "他タイトル", "過去作品", "過去の作品", "過去アニメ", "過去のアニメ", "過去タイトル", "過去のタイトル",
                       "同じスタジオ", "同じ制作会社", "同じ作者", "同じ原作者", "同じ著者", "同じ監督", "同じスタッフ", "同スタジオ",
                       "同制作会社", "同作者", "同原作者", "同著者", "同監督", "同スタッフ")


_RELATED_HINT = re.compile(r"シリーズ作品|関連作品|関連アニメ|関連項目|related works|related anime|related titles|other seasons|see also", re.I)
# the words of a readers' thread's heading (`_POSTS_HEADING`) and of a filmography's (`_FILMOGRAPHY_HEAD`), looked for in
# the page's headings only (lower-cased): such words are common in a page's prose ("says", 「出演」)
_HEADING_ONLY_WORDS = ("コメント", "感想", "書き込み", "書込み", "掲示板", "口コミ", "クチコミ", "評判", "レビュー", "の声", "反応", "意見",
                       "評価", "ツイート", "ポスト", "comment", "saying", "say", "said", "think", "thought", "discussion",
                       "conversation", "forum", "buzz", "repl", "responses", "review", "reaction", "posts", "takes", "verdict",
                       "chatter", "出演", "代表作", "参加作品", "担当作品", "filmography", "known for", "roles", "works", "credits",
                       "appeared", "starred", "voiced", "board", "thread", "discuss", "スレ")
_RELATED_WORDS = tuple(w.lower() for w in _RELATED_HINT.pattern.split("|"))
# a heading over a person's other works ("■声優 春野ミオ の出演作", 「主な出演作品」, 「代表作」, "Filmography", "Mio Haruno's
# other roles", "Also voiced by her"): its titles and parts (「深海図書館のアリア（シオン役）」) are those works', never a cast
# fact; a heading of this work's cast (「出演者」「出演声優」「キャスト・出演」) is none
_FILMOGRAPHY_HEAD = re.compile(
    r"(?:の|[\s・■●◆【\[(（]|^)(?:主な|その他の|他の|過去の)?(?:出演作品?|出演歴|代表作|参加作品|担当作品)(?:一覧|リスト)?[\s】\])）:：]*$|"
    r"^[\s・■●◆【\[(（]*(?:[\w.'’ -]{1,30}?[’']s\s+)?(?:filmography|other\s+(?:roles|works|credits)|previous\s+(?:roles|works)|"
    r"(?:selected\s+|notable\s+|main\s+)?(?:roles|works)\s+elsewhere|(?:best\s+)?known\s+for|"
    r"(?:she|he|they)\s+(?:also\s+)?(?:appeared|starred|voiced)\s+in|also\s+(?:appeared|starred|voiced)\s+in)[\s】\])）:：]*$", re.I)


def _filmography_heading(text: str) -> bool:
    """Does a short heading open a list of a person's other works (see `_FILMOGRAPHY_HEAD`)?"""
    text = _EDIT_LINK.sub("", unicodedata.normalize("NFKC", text).strip())
    return len(text) <= 40 and _FILMOGRAPHY_HEAD.search(text) is not None
_RELATED_WORKS = re.compile(r"^[\s・■●◆【\[(（]*(?:" + _RELATED_HINT.pattern + r")(?:一覧|メモ|まとめ|\s*list)?[\s】\])）:：]*$", re.I)


# a blog's thread of readers' posts under its own heading ("ネットの反応", "みんなの反応", "コメント一覧", "Reader
# reactions"): guesses and rumours ("全13話って書いてあった"), never the page's statement (a bare "Comments" heading
# may head the staff's and cast's comments of a press release: not one)
_REACTION_HINT = re.compile(r"反応|の声|コメント一覧|コメント欄|reactions|comments", re.I)
_REACTION_WORDS = tuple(w.lower() for w in _REACTION_HINT.pattern.split("|"))
_REACTION_HEADING = re.compile(
    r"^[\s・■●◆▼【\[(（]*(?:(?:ネット|みんな|読者|ユーザー|視聴者|ファン|海外|国内|2ch|5ch|twitter|x|sns|ツイッター|掲示板)の?"
    r"(?:反応|声)(?:まとめ|一覧)?|反応まとめ|(?:みんなの|読者|ユーザー)?コメント(?:一覧|欄)|"
    r"(?:readers?|users?|fans?|viewers?|community|internet|online|twitter|social media)[’']?\s*(?:reactions|comments))[\s】\])）:：!！]*$", re.I)


# a board's own heading in any words ("Recent Forum Discussion", "Forums", "Discussion threads", "Latest topics", 「関連スレッド」,
# 「スレ一覧」): its topic titles and quoted posts are readers' guesses, whatever markup the board is drawn in
_BOARD_HEADING_PART = (r"^forums?$|\b(?:recent|latest|community|fan|user|members?|our)\s+forums?\b|"
                       r"\bforums?\s+(?:discussions?|topics?|threads?|posts?)\b|\bmessage\s*boards?\b|\bdiscussion\s+(?:boards?|threads?|topics?)\b|"
                       r"\b(?:recent|latest|active|popular|hot|new)\s+(?:discussions?|threads)\b|\bdiscuss\s+this\b|"
                       r"スレッド|スレ一覧|関連スレ")


# the same thread headed in other words: a board's own word (「書き込み」「掲示板」「口コミ」), a post word after a word for
# its writers (「みんなの感想」「視聴者の声」「ユーザーレビュー」, "Reader comments", "Fan buzz"), a question about them ("What
# fans are saying"), a count of posts ("Comments (12)", 「コメント 12件」) or a call to post ("Join the discussion"). The
# staff's and cast's comments of a press release (「キャストコメント」, "Comments from the director") have none of these.
_POSTS_HEADING = re.compile(
    r"書き込み|書込み|掲示板|口コミ|クチコミ|評判|"
    r"(?:ネット|みんな|読者|ユーザー|視聴者|ファン|海外|国内|会員|利用者|SNS|X|ツイッター)(?:上)?の?\s*"
    r"(?:反応|声|感想|意見|評価|レビュー|コメント|ツイート|ポスト)|"
    r"感想(?:を)?(?:投稿|書く|募集|一覧)|コメント(?:を)?(?:書く|する|投稿)|コメント\s*[(（]?\s*\d+|\d+\s*件の(?:コメント|感想|書き込み)|"
    r"\b(?:readers?|users?|fans?|viewers?|audience|community|forum|members?|fandom|internet|online)[’']?\s*"
    r"(?:comments?|reactions?|reviews?|thoughts|posts|buzz|takes|says|verdicts?|chatter)\b|"
    r"\bwhat\s+(?:fans|readers|viewers|people|users|members|(?:the\s+)?(?:internet|community|fandom))\s+"
    r"(?:are\s+saying|is\s+saying|says?|said|thinks?|thought|are\s+thinking)\b|"
    r"\b(?:comments?|responses|replies|discussion)\s*[(\[]\s*\d+\s*[)\]]|\b\d+\s+(?:comments|responses|replies)\b|"
    r"\bjoin\s+the\s+(?:discussion|conversation)\b|\bleave\s+a\s+(?:comment|reply)\b|\bfrom\s+the\s+forums?\b|"
    r"\bforum\s+(?:thread|posts?)\b|" + _BOARD_HEADING_PART, re.I)


def _reaction_heading(text: str) -> bool:
    """Does a heading open a thread of readers' posts ("ネットの反応", 「この作品についての書き込み」, "What fans are
    saying", "Comments (9)")? (A short heading only: a headline may quote what fans said.)"""
    text = unicodedata.normalize("NFKC", text).strip()
    return len(text) <= 30 and bool(_REACTION_HEADING.match(text)) or \
        len(text) <= 40 and _POSTS_HEADING.search(text) is not None and _NEWS_VERB_HEADING.search(text) is None


# a news heading that mentions fans ("Fans' votes decide the opening", 「ファンの声に応え第2期制作決定」): the news, not a thread
_NEWS_VERB_HEADING = re.compile(r"決定|公開|発表|解禁|開始|放送|配信|上映|announc|reveal|confirm|premiere|release|trailer|"
                                r"\bcast\b|\bstaff\b|\bdate|\bseason\b|\bdecid|\bvot", re.I)


# a reader's post opens with its writer and its time on one line ("名無しさん 2026/11/22(日) 21:14", "1：名無しさん
# 2026/11/25", "kindling_kid · 3 hours ago", "Posted by ashfall on Nov 22, 2026 at 9:14 pm", "きいろ — 2日前"), then its text:
# a run of such items is a thread (a board, a comment list without a class or heading), whose rumours are no facts
_POST_STAMP = re.compile(
    r"^(?:[#№]?\d{1,4}\s*[:：.．]\s*)?(?:posted\s+by\s+|投稿者\s*[:：]?\s*)?(?P<who>[^\s\d][^\n]{0,30}?)\s*(?:[-–—·•|｜/／]\s*|\bon\s+)?"
    r"(?:(?:20\d\d\s*[/.\-年]\s*\d{1,2}\s*[/.\-月]\s*\d{1,2}日?|\d{1,2}/\d{1,2})(?:\s*[(（][^)）]{1,3}[)）])?"
    r"(?:\s*(?:at\s+)?\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?)?|"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+20\d\d(?:,?\s+(?:at\s+)?\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?)?|"
    r"\d{1,3}\s*(?:分|時間|日|週間|か月|ヶ月)前|(?:an?|\d{1,3})\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\s+ago|yesterday|昨日)"
    r"\s*(?:[(（]?(?:edited|編集済み?)[)）]?)?\s*$", re.I)
# a wiki's comment is signed at its end, not headed: PukiWiki's "本文 -- 名前 2026-10-03 (土) 10:02:41" (the comment
# plugin), MediaWiki's "text --Name (talk) 21:14, 3 October 2026 (UTC)"
_POST_SIGNATURE = re.compile(
    r"\s--\s*(?:[^\s\d][^\n]{0,30}?\s*)?(?:20\d\d-\d{1,2}-\d{1,2}\s*(?:[(（][^)）]{1,3}[)）])?\s*\d{1,2}:\d{2}(?::\d{2})?|"
    r"\d{1,2}:\d{2},\s+\d{1,2}\s+[A-Z][a-z]+\s+20\d\d\s*\(UTC\))\s*$")
# the cheap gate: a post's time ("2026/11/22", "21:14", "3 hours ago", "2日前") at least twice in the page's text
_POST_TIME_HINT = re.compile(r"20\d\d\s*[/.\-]\s*\d{1,2}\s*[/.\-]\s*\d{1,2}|\d{1,2}:\d{2}|\bago\b|[分間日]前", re.I)
_POST_ITEM_TAGS = frozenset(("tr", "li", "div", "article", "p", "dd", "section"))
_POST_BOX_TAGS = ("table", "tbody", "ul", "ol", "div", "section", "dl", "td")


def _may_hold_posts(lines) -> bool:
    """Two display lines or more that read as a post's first line, a writer and a time (a thread has two posts at
    least; each post's first line ends at its <br> or block)."""
    hits = 0
    for line in lines:
        t = line.text
        if len(t) <= 400 and " --" in t and _POST_SIGNATURE.search(unicodedata.normalize("NFKC", t)) is not None:
            hits += 1   # a signed wiki comment (the signature ends its line)
            if hits >= 2:
                return True
            continue
        if len(t) <= 60 and _POST_TIME_HINT.search(t) is not None:
            m = _POST_STAMP.match(unicodedata.normalize("NFKC", t))
            if m is not None and not _SCHEDULE_WORDS.search(t):
                hits += 1
                if hits >= 2:
                    return True
    return False


def _opens_like_post(item: Tag) -> bool:
    """Does this item's first line name a writer and a time, with the post's text after it? (Never a schedule line:
    "TOKYO MX 2027/1/10 24:00～" names a station and its slot, and a news item opens with its date, not a writer.)"""
    if not _text_longer_than(item, 4) or _text_longer_than(item, 1500):
        return False
    if _signed_at_its_end(item):
        return True
    if _POST_TIME_HINT.search(unicodedata.normalize("NFKC", _text_prefix(item, 90))) is None:
        return False   # (no time in its first words: no post, and no walk of its lines)
    lines = _lines_of(item)
    if len(lines) < 2 or len(lines[0].text) > 60:
        return False
    m = _POST_STAMP.match(unicodedata.normalize("NFKC", lines[0].text))
    return m is not None and not _SCHEDULE_WORDS.search(lines[0].text) and not m.group("who").strip(" :：.-").isdigit() \
        and _says_more_than_links(item, lines[0].text)


def _signed_at_its_end(item: Tag) -> bool:
    """Does the item end with a wiki comment's signature, its words before it (see `_POST_SIGNATURE`)?"""
    text = unicodedata.normalize("NFKC", item.get_text(" ", strip=True))
    m = _POST_SIGNATURE.search(text) if " --" in text else None
    return m is not None and _letters(text[:m.start()]) >= 2


def _says_more_than_links(item: Tag, first: str) -> bool:
    """Does the item say words of its own after its first line, outside links? A post does ('Can't wait!' under the
    writer and time); a video or news card under a 'title date' line has only its link or player ('ティザーPV
    2026/06/19' then 'YouTubeで開く', 'PV 2 · 2026.11.19' then 'Watch')."""
    own = sum(_letters(str(t)) for t in item.find_all(string=True)
              if not isinstance(t, Comment) and not _in_link_below(t, item))
    return own > _letters(first)


def _in_link_below(node, top: Tag) -> bool:
    """Is this text node inside an <a> below `top`?"""
    for p in node.parents:
        if p is top or p is None:
            return False
        if p.name == "a":
            return True
    return False


def _posted_items(main: Tag) -> list[Tag]:
    """The items of every run of two or more sibling posts under `main` (see `_POST_STAMP`)."""
    out: list[Tag] = []
    for box in find_tags(main, _POST_BOX_TAGS):
        if any(box is b or b in box.parents for b in out):
            continue
        items = [c for c in box.children if isinstance(c, Tag) and c.name in _POST_ITEM_TAGS]
        if len(items) < 2:
            continue
        posts = [c for c in items if _opens_like_post(c)]
        if len(posts) >= 2 and len(posts) * 3 >= len(items) * 2:
            out.extend(posts)
    return out


# a "no" mark as the whole of a cell or value: a where-to-watch row "Netflix | Not available", "Hulu: N/A", "Hulu | ✗",
# 「Netflix | 配信なし」 says the service does NOT carry the work; the row (every cell after its name a mark) is dropped
# a cell or value saying the named service or station does NOT carry the work ("Netflix | Not available", "Hulu | N/A",
# "MBS | 放送なし", "Netflix | ✗", "Sub | Dub: No | No"): a statement of absence, never a fact (a date still to come,
# 「未定」, is not absence: the station is named as carrying it). One pattern for the page's rows and the labels reader.
NO_MARK = re.compile(
    r"^\s*(?:not\s+(?:currently\s+)?(?:available|offered|streaming|streamed|carried|licensed|airing|aired|broadcast|planned)"
    r"(?:\s+(?:yet|here|anywhere|in\s+any\s+(?:region|territory)|in\s+your\s+region|at\s+this\s+time|in\s+\w+))?|"
    r"unavailable|n/?a|none|no|[×✕✗✘✖❌ーｘ]|-+|—+|―+|–|(?:配信|放送|放映|配信予定|放送予定|予定)?(?:なし|無し)|"
    r"非対応|未対応|対象外|未配信|取り扱いなし)\s*[.。!！]?\s*$", re.I)
_LABEL_VALUE = re.compile(r"^(?P<name>[^:：|｜]{1,40})\s*[:：|｜]\s*(?P<value>.{1,40})$")


def _may_hold_no_marks(lines) -> bool:
    """A display line that is a "no" mark alone or a "Name: mark" pair (a cheap look before the rows are walked)."""
    for line in lines:
        t = line.text
        if len(t) > 60:
            continue
        if NO_MARK.match(t):   # (anchored: most lines fail at their first letters)
            return True
        if ":" in t or "：" in t or "|" in t or "｜" in t:
            lv = _LABEL_VALUE.match(t)
            if lv and NO_MARK.match(lv.group("value")):
                return True
    return False


def _no_mark_rows(main: Tag) -> list[Tag]:
    """The rows and items that pair a name with "no" marks only (see `NO_MARK`): a table row whose every cell after the
    first is a mark, a list item or paragraph "Name: mark", a <dt> whose <dd>s are all marks (with them)."""
    out: list[Tag] = []
    for row in find_tags(main, "tr"):
        cells = row.find_all(("td", "th"), recursive=False)
        if len(cells) >= 2 and not NO_MARK.match(cells[0].get_text(" ", strip=True)) and \
                all(NO_MARK.match(c.get_text(" ", strip=True)) for c in cells[1:]):
            out.append(row)
    for item in find_tags(main, ("li", "p", "dd")):
        if _text_longer_than(item, 60):
            continue
        lv = _LABEL_VALUE.match(item.get_text(" ", strip=True))
        if lv and NO_MARK.match(lv.group("value")) and not NO_MARK.match(lv.group("name")):
            out.append(item)
    for dt in find_tags(main, "dt"):
        dds = []
        for sib in dt.find_next_siblings():
            if sib.name != "dd":
                break
            dds.append(sib)
        if dds and all(NO_MARK.match(dd.get_text(" ", strip=True)) for dd in dds):
            out.extend([dt, *dds])
    return out


# a heading naming the previous season by that word alone, with no number ("前シーズンのデータ", "Previous season"), on a
# later season's page (a database entry's box of season 1's data); a heading about what carried over from it
# ("前作からの続投キャスト") says more and is not one, and 前期 may be a two-cour show's first half (前期主題歌)
_PREV_SEASON_HEADING = re.compile(
    r"^[\s・■●◆【\[(（]*(?:前シーズン|前シリーズ|(?:the\s+)?(?:previous|prior|last|earlier)\s+season(?:'s)?)\s*の?\s*"
    r"(?:作品)?(?:データ|情報|概要|スタッフ|キャスト|主題歌|data|info(?:rmation)?|details|staff|cast)?[\s】\])）:：]*$", re.I)


def _previous_season_heading(text: str) -> bool:
    """Does a heading name only "the previous season" (no number)? Its block is that season's data."""
    text = _EDIT_LINK.sub("", unicodedata.normalize("NFKC", text).strip())
    return len(text) <= 30 and bool(_PREV_SEASON_HEADING.match(text))


# a heading naming an earlier work of the franchise as its topic, alone or with its title ("前作：X（第1幕）", 「前作データ」,
# "Prequel: X (ONA, 2025)", "Previous series", "The previous installment", "About the prequel: X (movie)", 「前日譚について」): a sequel's page's block of that work's data
# (its dates, stations, songs, episode table). One saying more ("前作からの続投キャスト", "Previous series' cast returns")
# is about this work and is none.
_EARLIER_WORK_HEADING = re.compile(
    r"^[\s・■●◆▼【\[(（]*(?:about\s+)?(?:前作|前シリーズ|前シーズン|前日譚|(?:the\s+)?(?:prequel(?:\s+(?:film|movie|series|ona|ova|anime))?|(?:previous|prior|earlier)\s+"
    r"(?:series|season|work|instal?lment|entry|film|movie|title|anime)))\s*の?\s*(?:作品)?"
    r"(?:(?:データ|情報|概要|について|スタッフ|キャスト|主題歌|data|info(?:rmation)?|details|staff|cast)(?:\s*(?:[・/&]|and)\s*"
    r"(?:データ|情報|スタッフ|キャスト|主題歌|staff|cast|songs?))?)?"
    r"(?:\s*[:：\-–—]\s*.{1,50}?|\s*[『「][^』」]{1,50}[』」])?(?:\s*[(（][^)）]{1,24}[)）])?[\s】\])）:：]*$", re.I)
_EARLIER_HEAD_WORDS = ("前作", "前シリーズ", "前シーズン", "前日譚", "prequel", "previous", "prior", "earlier")
# a heading naming the franchise's TV series alone, on a film's or an OVA's page ("TV SERIES", 「TVシリーズ『X』」,
# 「TVアニメ第1期」, "About the TV anime (2025)", 「テレビアニメ情報」): its block is that series' (stations, songs, staff)
_TV_SERIES_HEADING = re.compile(
    r"^[\s・■●◆▼【\[(（]*(?:about\s+)?(?:the\s+)?(?:tv|テレビ)\s*(?:アニメ|シリーズ|series|anime)(?:\s*(?:版|シリーズ|series))?"
    r"(?:\s*(?:第\s*\d{1,2}\s*期|season\s*\d{1,2}|\d{1,2}(?:st|nd|rd|th)\s+season))?(?:\s*[『「][^』」]{1,40}[』」])?"
    r"(?:\s*[(（][^)）]{1,24}[)）])?\s*の?\s*(?:作品)?(?:データ|情報|概要|紹介|スタッフ|キャスト|主題歌|music|staff|cast|"
    r"info(?:rmation)?|data|details|recap)?[\s】\])）:：]*$", re.I)


def _earlier_work_heading(text: str) -> bool:
    """Does a short heading name an earlier work of the franchise as its topic (see `_EARLIER_WORK_HEADING`)?"""
    text = _EDIT_LINK.sub("", unicodedata.normalize("NFKC", text).strip())
    return len(text) <= 60 and _EARLIER_WORK_HEADING.match(text) is not None


def _tv_series_heading(text: str) -> bool:
    """Does a short heading name the franchise's TV series alone (see `_TV_SERIES_HEADING`)? On a film's page, its
    block is another work's."""
    text = _EDIT_LINK.sub("", unicodedata.normalize("NFKC", text).strip())
    return len(text) <= 60 and _TV_SERIES_HEADING.match(text) is not None


# a heading over the other works of the same staff, studio or cast (「■同じスタッフの作品」「同じ制作会社の作品」「この監督の他の作品」
# 「監督の過去作品」, "More from this studio", "Other works by the same staff", "Also by the director"): its lines are those works'
SAME_MAKER_WORKS = re.compile(
    r"(?:同じ|この)(?:スタッフ|制作会社|スタジオ|監督|原作者|作者|声優|キャスト)(?:が関わった|の(?:関わった|手がけた|他の|ほかの|過去の)?)(?:作品|アニメ|タイトル)|"
    r"(?:スタッフ|制作会社|スタジオ|監督|原作者)の(?:他の|ほかの|過去の|過去)(?:作品|アニメ)|"
    r"\b(?:more|other)\s+(?:works|titles|anime|shows|series)\s+(?:from|by)\s+(?:this|the\s+same)\s+(?:studio|staff|director|creator|team|cast)\b|"
    r"\b(?:more|also)\s+(?:from|by)\s+(?:this|the\s+same|the)\s+(?:studio|staff|director|creator|team)\b", re.I)
# a line opened by a heading's mark (■●◆▼【): a plain-text site's section heading
MARK_LED_LINE = re.compile(r"^\s*[■□●◆◇▼▽★☆【]")


# a wiki heading's edit link ("ドラマCD [編集]", "Stage play edit")
# a wiki heading's own link after its text: MediaWiki's "[編集]"/"[edit]", PukiWiki's anchor "†" (&dagger;)
_EDIT_LINK = re.compile(r"\s*(?:(?:\[\s*)?(?:編集|ソースを編集|edit|edit source)(?:\s*\])?|[†‡])\s*$", re.I)


def _heading_seasons(text: str) -> set[int]:
    """The season numbers a heading names."""
    out = set()
    text = unicodedata.normalize("NFKC", text)
    for m in _SEASON_IN_HEADING.finditer(text):
        num = _season_number_of(m)
        if num:
            out.add(num)
    if "act" in text or "Act" in text or "ACT" in text:
        out.update(n for n in map(_season_number_of, _ACT_IN_HEADING.finditer(text)) if n)
    return out


def _other_season_blocks(main: Tag, nums: set[int], productions: bool = False, film: bool = False,
                         shorts: bool = False) -> list[Tag]:
    """The blocks under `main` headed by other seasons only: a <details> whose <summary> names them, a box
    whose first heading does (and holds no other heading of its rank), else a heading with what follows
    it up to the next heading of the same or a higher rank. With `productions`, a heading of the franchise's
    film, special or OVA ("X 特別編「…」", "劇場版 X") heads another work's block too."""
    out: list[Tag] = []
    for head in find_tags(main, ("summary", *_SUB_HEADINGS)):
        if any(head is b or b in head.parents for b in out):
            continue
        text = head.get_text(" ").strip() or _heading_label(head)   # (a heading drawn as an image: its alt)
        if not _other_medium_heading(text) and not _related_works_heading(text) and not _reaction_heading(text) \
                and not _filmography_heading(text) and not _earlier_work_heading(text) \
                and not (film and _tv_series_heading(text)) \
                and not (productions and len(text) <= 60 and _PRODUCTION_HINT.search(text)) \
                and not (shorts and len(text) <= 60 and _SHORT_VERSION_HINT.search(text)):
            seasons = _heading_seasons(text) if nums else set()
            if not seasons and nums and max(nums) > 1 and _previous_season_heading(text):
                seasons = {0}
            if not seasons or seasons & nums or _team_carried_over_heading(text, seasons, nums):
                continue
        if head.name == "summary":
            box = head.find_parent("details")
            if box is not None and box is not main:
                out.append(box)
            continue
        section = _heading_section(head, main)
        out.extend(_without_own_season_parts(section, nums) if nums and len(section) > 1 else section)
    if nums:
        held = {id(b) for b in out}
        out.extend(item for item in _other_season_news(main, nums)
                   if id(item) not in held and not any(id(p) in held for p in item.parents))
        held = {id(b) for b in out}
        out.extend(item for item in _other_season_parts(main, nums)
                   if id(item) not in held and not any(id(p) in held for p in item.parents))
    return out


# a heading of this season's team carried over from an earlier one ("Staff, carried over from Season 1", "Returning
# Season 1 cast", "Staff (same as the first season)", 「スタッフ（第1期より続投）」): the earlier season is its source only
_TEAM_WORD = re.compile(r"staff|cast|crew|team|voices|スタッフ|キャスト|声優|制作陣|メンバー", re.I)
_CARRY_OVER_WORD = re.compile(r"続投|引き続き|再集結|再結集|\b(?:carried|carries|carry|carrying)\s+over\b|\breturn(?:s|ing)?\b|"
                              r"\bsame\s+as\b|\bback\s+from\b|\bstays?\s+on\b|\breunites?\b", re.I)


def _team_carried_into_anime(text: str) -> bool:
    """Does a heading say its team carries over from another medium or season ("ゲーム版から続投のキャスト", "The
    game's voice cast returns")? Its block is the watched work's credits."""
    return len(text) <= 80 and bool(_TEAM_WORD.search(text)) and bool(_CARRY_OVER_WORD.search(text))


def _team_carried_over_heading(text: str, seasons: set[int], nums: set[int]) -> bool:
    """Does a heading naming only earlier seasons say that its team (staff, cast) carries over into this one? Its
    block is this season's credits, not the earlier season's data."""
    if not nums or not seasons or max(seasons) >= min(nums):
        return False
    return _team_carried_into_anime(text)


_OWN_SEASON_BOX_TAGS = frozenset(("table", "div", "section", "aside", "figure", "dl"))


def _own_season_label(node: Tag) -> str:
    """A box's own label: a table's <caption>, else the heading or <caption> it opens with."""
    if node.name not in _OWN_SEASON_BOX_TAGS:
        return ""
    first = node.find(("caption", *_HEADINGS))
    if first is None:
        return ""
    if first.name == "caption" and find_parent_tag(first, _TABLE) is not (node if node.name == "table" else node.find("table")):
        return ""   # (the caption of a table deeper in, after other content: not the box's label)
    if first.name != "caption" and not node.get_text(strip=True).startswith(first.get_text(strip=True)):
        return ""   # (a heading further down the box labels its own part only)
    return first.get_text(" ", strip=True)


def _own_season_only(text: str, nums: set[int]) -> bool:
    """Does a short label name this page's own seasons only ("Season 2 at a glance", 「第2期 放送情報」)?"""
    if not text or len(text) > 80 or not _SEASON_HINT.search(text):
        return False
    seasons = _heading_seasons(text)
    return bool(seasons) and seasons <= nums


def _without_own_season_parts(section: list[Tag], nums: set[int]) -> list[Tag]:
    """Another season's section ("Season 1 recap") may still hold this season's parts: a box labelled with this season
    only (a table captioned "Season 2 at a glance") stays, and a lower heading naming this season only ("What's new in
    Season 2", 「第2期の放送情報」) ends the other season's part there."""
    out = [section[0]]
    for node in section[1:]:
        if node.name in _HEADINGS and _own_season_only(node.get_text(" ", strip=True), nums):
            break
        if _own_season_only(_own_season_label(node), nums):
            continue
        out.append(node)
    return out


def _other_only(text: str, nums: set[int]) -> bool:
    """Does a short label name other seasons only ("第1期", "アニメ：X（第1期）", "Season 1")?"""
    if len(text) > 60 or not _SEASON_HINT.search(text):
        return False
    seasons = _heading_seasons(text)
    return bool(seasons) and not seasons & nums


def _other_season_parts(main: Tag, nums: set[int]) -> list[Tag]:
    """A wiki entry covering several seasons splits one table or list by season without headings: an
    infobox's header row ("アニメ：X（第1期）") over that season's rows, a table captioned with one season, a
    staff table with a column per season, a <dt> naming a season over its <dd>s. The parts of other seasons."""
    if not _SEASON_HINT.search(main.get_text(" ")):
        return []
    out: list[Tag] = []
    for table in find_tags(main, "table"):
        cap = table.find("caption")
        if cap is not None and find_parent_tag(cap, _TABLE) is table and \
                _other_only(cap.get_text(" ", strip=True), nums):
            out.append(table)
            continue
        out.extend(_other_season_rows(table, nums))
        out.extend(_other_season_cells(table, nums))
    for dt in find_tags(main, "dt"):
        if _other_only(dt.get_text(" ", strip=True), nums):
            out.append(dt)
            for sib in dt.find_next_siblings():
                if sib.name != "dd":
                    break
                out.append(sib)
    return out


def _other_season_rows(table: Tag, nums: set[int]) -> list[Tag]:
    """An infobox's rows under a one-cell header row naming other seasons only, up to the next header row."""
    out: list[Tag] = []
    dropping = False
    for row in table_rows(table):
        cells = row.find_all(("th", "td"), recursive=False)
        if len(cells) == 1 and cells[0].name == "th":
            dropping = _other_only(cells[0].get_text(" ", strip=True), nums)
        if dropping:
            out.append(row)
    return out


def _other_season_cells(table: Tag, nums: set[int]) -> list[Tag]:
    """A table with a column per season (役職 | 第1期 | 第2期): the cells of other seasons' columns only (a cell
    spanning this season's column too is shared and stays)."""
    rows = table_rows(table)
    if len(rows) < 2 or table.find(attrs={"rowspan": True}) is not None:
        return []
    head = rows[0].find_all(("th", "td"), recursive=False)
    other: set[int] = set()
    col = 0
    mine = False
    for cell in head:
        span = _span(cell)
        text = cell.get_text(" ", strip=True)
        if _other_only(text, nums):
            other.update(range(col, col + span))
        elif len(text) <= 60 and _SEASON_HINT.search(text) and _heading_seasons(text) & nums:
            mine = True   # (this season's own column: without one the table is not split by season)
        col += span
    if not other or not mine:
        return []
    out: list[Tag] = []
    for row in rows:
        col = 0
        left = None
        for cell in row.find_all(("th", "td"), recursive=False):
            span = _span(cell)
            if set(range(col, col + span)) <= other:
                out.append(cell)
            elif left is not None and left in out and cell.get_text(strip=True) == "同左":
                cell.string = left.get_text(" ", strip=True)   # 「同左」: the name in the other season's cell it points to
            left = cell
            col += span
    return out


def _span(cell: Tag) -> int:
    try:
        return max(1, min(int(cell.get("colspan") or 1), 20))
    except ValueError:
        return 1


# a news item's date at its start ("2025.03.10", "2025年3月10日", "Mar 10, 2025") when it has no <time>
_ITEM_DATE = re.compile(r"^\s*(?:20\d\d\s*[./年-]\s*[01]?\d\s*[./月-]\s*[0-3]?\d|"
                        r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+[0-3]?\d,?\s+20\d\d)", re.I)


def _other_season_news(main: Tag, nums: set[int]) -> list[Tag]:
    """A season's site keeps the older season's news in its list ("2025.03.10 Season 1 starts April 5 on TOKYO
    MX! Animation production: X"): a dated item that names other seasons only is about them, not this one."""
    out: list[Tag] = []
    if not _heading_seasons(main.get_text(" ")) - nums:
        return out  # no other season named anywhere
    taken: set[int] = set()
    for item in find_tags(main, ("li", "dd", "tr", "article", "div")):
        if any(id(p) in taken for p in item.parents) or _text_longer_than(item, 300):
            continue
        text = item.get_text(" ", strip=True)
        if not _SEASON_HINT.search(text):
            continue
        if item.find("time") is None and not _ITEM_DATE.match(unicodedata.normalize("NFKC", text)):
            dt = item.find_previous_sibling("dt") if item.name == "dd" else None
            if dt is None or not _ITEM_DATE.match(unicodedata.normalize("NFKC", dt.get_text(" ", strip=True))):
                continue
        seasons = _heading_seasons(text)
        if seasons and not seasons & nums:
            out.append(item)
            taken.add(id(item))
    return out


def _heading_section(head: Tag, main: Tag) -> list[Tag]:
    """The nodes a heading heads: its box when it opens one alone, else itself and its following siblings
    up to the next heading of the same or a higher rank."""
    higher = _HEADINGS[:int(head.name[1])]
    box = head.parent
    if (box is not None and box is not main and box.name in ("section", "div", "article")
            and box.find(_HEADINGS) is head and not any(h is not head for h in box.find_all(higher))):
        return [box]
    nodes = [head]
    for sib in head.next_siblings:
        if isinstance(sib, Tag):
            if sib.name in higher or sib.find(higher) is not None:
                break
            nodes.append(sib)
    return nodes


# a season's word: a list's title when the title names no single work
_SEASON_LIST_WORD = re.compile(r"新番組|今期|[春夏秋冬]アニメ|\bnew anime\b", re.I)
# a title that says it names more than one ("『A』ほか", "A and more")
_AND_MORE = re.compile(r"ほか|など|他(?:\d|作品|の)|\band more\b|& more|\betc\b", re.I)


def _names_only(title: str, names) -> bool:
    """Does the title name the work (one of `names`, folded) and quote no other title, nor say "and more"?"""
    folded = fold_title(title)
    if not names or not any(n in folded for n in names) or _AND_MORE.search(title):
        return False
    def others(pat: re.Pattern) -> int:
        return sum(1 for q in map(fold_title, pat.findall(title)) if q and not any(n in q or q in n for n in names))

    # another 『title』, or two other 「」 pieces (one is a song's or a PV's name: 「X」OP主題歌は「Song」)
    return others(_WORK_QUOTE) == 0 and others(_CORNER_QUOTE) < 2


_CORNER_QUOTE = re.compile(r"「([^」]{1,60})」")
# titles of pages about several works: a title naming one of them does not make the page that work's
_LIST_TITLE = re.compile(
    r"一覧|ラインナップ|"
    r"\d*週間まとめ|週刊.{0,6}まとめ|ニュースまとめ|アニメ\s*1週間|1週間のアニメ|"
    r"\b(season list|line-?up|round-?up|digest|this week in|week in (anime|review)|weekly (anime )?news|"
    r"news (recap|wrap-?up)|anime (guide|chart))\b|"
    r"\b(winter|spring|summer|fall|autumn|\d{4})\b.{0,25}\b(?P<list_noun>preview|previews|anime list|picks|watchlist)\b",
    re.I)
# a video or an episode before "preview(s)"/"picks" makes it a verb or one work's clip, not a season's list of works
# ("…April 2027, 2nd PV Previews Its Opening", "Trailer 3 previews the ending", "Episode 5 Preview", "Netflix picks up")
_PREVIEW_BY_VIDEO = re.compile(r"\b(?:pv|cm|trailers?|teasers?|videos?|promos?|clips?|footage|commercials?|spots?|"
                               r"episodes?|ep|予告|映像)\s*(?:#?\d{1,2}\s*)?$", re.I)


# a line-up or list of one work's people or things ("Full Cast Lineup", "Staff Line-up", "キャストラインナップ",
# "スタッフ一覧", "グッズラインナップ"): not a list of works, unless the title names a season's anime ("春アニメ声優一覧")
_ONE_WORK_LINEUP_BEFORE = re.compile(r"(?:\b(?:cast|voice|voices|staff|crew|music|song|songs|theme|merch|merchandise|"
                                     r"goods|event|episode|character|characters)|キャスト|スタッフ|声優|登場人物|"
                                     r"キャラクター|キャラ|楽曲|主題歌|グッズ|商品|特典|イベント|エピソード|話数)\s*[-・]?\s*$", re.I)
_SEASON_ANIME_WORDS = re.compile(r"[春夏秋冬]アニメ|新番組|今期|\b(?:winter|spring|summer|fall|autumn)\s+(?:\d{4}\s+)?anime\b|"
                                 r"\b\d{4}\s+(?:winter|spring|summer|fall|autumn)?\s*anime\b|seasonal", re.I)


def _one_work_lineup(title: str, m: re.Match) -> bool:
    """Is this list word ("lineup", "ラインナップ", "一覧") a line-up of the work's cast, staff or goods, in a title
    naming no season's anime?"""
    word = m.group(0).lower()
    if not ("line" in word or word in ("ラインナップ", "一覧")):
        return False
    return bool(_ONE_WORK_LINEUP_BEFORE.search(title[:m.start()])) and not _SEASON_ANIME_WORDS.search(title)


# a season's "anime guide/chart" names the season next to it ("Winter 2027 Anime Guide", "New Anime Chart", "Anime
# Guide to Spring 2027"); "Copper Wren Anime Guide: Release Date, Cast" is one work's guide
_SEASON_BEFORE_GUIDE = re.compile(r"(?:winter|spring|summer|fall|autumn|seasonal|season's|new|upcoming|\d{4})\W+"
                                  r"(?:[\w']+\W+){0,2}$", re.I)
_SEASON_AFTER_GUIDE = re.compile(r"^\W*(?:to|for|of)\s+(?:the\s+)?(?:winter|spring|summer|fall|autumn|\d{4}|this|next|"
                                 r"upcoming|new)\b", re.I)


def _one_work_guide(title: str, m: re.Match) -> bool:
    """Is this "anime guide"/"anime chart" one work's ("X Anime Guide"), no season named beside it?"""
    word = m.group(0).lower()
    if not word.startswith("anime") or not ("guide" in word or "chart" in word):
        return False
    return not _SEASON_BEFORE_GUIDE.search(title[:m.start()]) and not _SEASON_AFTER_GUIDE.match(title[m.end():])


def _list_titled_text(title: str) -> bool:
    """Does a title or headline say it lists several works: a list word (not a line-up of one work's cast or
    staff), or a season's "preview"/"picks" that is a noun ("Spring 2027 Anime Preview"), not a video's verb
    ("2027, 2nd PV Previews the Opening") nor a pickup?"""
    for m in _LIST_TITLE.finditer(title or ""):
        noun = m.group("list_noun")
        if not noun:
            if _one_work_lineup(title, m) or _one_work_guide(title, m):
                continue
            return True
        low = noun.lower()
        if low.startswith("preview") and _PREVIEW_BY_VIDEO.search(title[:m.start("list_noun")]):
            continue
        if low == "picks" and title[m.end():m.end() + 4].lower().strip().startswith("up"):
            continue
        return True
    return False


# a headline counting its works ("推したい2作品", "おすすめ5選")
_COUNT_OF_WORKS_JA = re.compile(r"(?<![\d０-９])[2-9２-９]\s*作品(?!目)|\d{1,2}\s*選(?![手挙択考])")
# a headline counting its works ("2 Under-the-Radar Anime", "Three shows to watch", "Top 10 new series")
_COUNT_OF_WORKS = re.compile(r"\b(?:two|three|four|five|six|seven|eight|nine|ten|[2-9]|[1-9]\d)\s+"
                             r"(?:[a-z][\w'-]*\s+){0,3}(?:anime|shows|series|titles|picks)\b", re.I)
# the word before a number that makes it a season's, a part's or a day's, not a count ("Season 2 anime", "January 10")
_NOT_A_COUNT_AFTER = frozenset((
    "season", "part", "cour", "vol", "volume", "film", "movie", "no", "episode", "ep", "chapter", "#", "jan", "january",
    "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june", "jul", "july", "aug", "august", "sep",
    "sept", "september", "oct", "october", "nov", "november", "dec", "december"))


def _counts_works(title: str) -> bool:
    """Does the headline count the works it covers ("3 shows to watch", "推したい2作品"), not a season or a date
    ("Season 2 anime")?"""
    for m in _COUNT_OF_WORKS.finditer(title or ""):
        before = title[:m.start()].split()[-1:]
        if not before or before[0].strip(".,:;").lower() not in _NOT_A_COUNT_AFTER:
            return True
    return bool(_COUNT_OF_WORKS_JA.search(title or ""))


_WORK_QUOTE = re.compile(r"『([^』]{2,60})』")


# a song's title in 『』 follows its theme or artist words ("OP主題歌はミナミ『灯台』") or precedes its MV
_SONG_BEFORE = re.compile(r"(?:主題歌|テーマ|楽曲|挿入歌|新曲|シングル|アルバム|OP|ED|オープニング|エンディング)[^』、。,，&＆|｜/／]{0,12}$", re.I)
_SONG_AFTER = re.compile(r"^\s*(?:の)?\s*(?:MV|ミュージックビデオ|リリックビデオ|歌唱|を歌う|CD)", re.I)


def _names_several_works(title: str) -> bool:
    """Two or more different titles in 『』, neither a part of the other ("『A』と『A 第2期』" is one work), nor a
    song's ("『A』OP主題歌はミナミ『灯台』に決定")."""
    found: list[str] = []
    title = title or ""
    for m in _WORK_QUOTE.finditer(title):
        if found and (_SONG_BEFORE.search(title[:m.start()]) or _SONG_AFTER.match(title[m.end():])):
            continue
        t = fold_title(m.group(1))
        if t and not any(t in f or f in t for f in found):
            found.append(t)
    return len(found) >= 2


_CARD_TAGS = frozenset(("li", "tr", "article", "section", "div", "dl"))


def _work_card(main: Tag, names: list[str]) -> Tag | None:
    """A season list without headings per work (a grid of cards, a table with a row per work): the card
    whose first text is the work's name, one of three or more alike siblings, holding every mention of the
    work on the page. None when the page is not such a list (a news list's items open with a date or a
    headline)."""
    if not names:
        return None
    hits = [t for t in main.find_all(string=True)
            if not isinstance(t, Comment) and any(n in fold_title(t) for n in names)]
    if not hits:
        return None
    for card in (hits[0].parent, *hits[0].parents):
        if card is main or card.parent is None or card.name in ("body", "html", "[document]"):
            return None
        if card.name not in _CARD_TAGS or (card.name == "div" and not card.get("class")):
            continue
        cls = set(card.get("class") or ())
        alike = [x for x in card.parent.find_all(card.name, recursive=False) if set(x.get("class") or ()) == cls]
        if len(alike) < 3:
            continue
        inside = {id(x) for x in card.descendants}
        if any(id(h) not in inside for h in hits):
            return None
        # the card opens with the title alone (a title cell or line), not with a date or a headline
        first = fold_title(next((t for t in card.find_all(string=True) if t.strip()), ""))
        if (not any(first.startswith(n) and len(first) - len(n) <= 4 for n in names)
                or sum(len(x.get_text(strip=True)) >= 30 for x in alike) < 3):
            return None
        return _card_with_header(card)
    return None


_ITEM_TAGS = ("p", "li", "dd", "blockquote")
# a digest item opens with its day ("25日、", "1月25日、", "On Tuesday,") or quotes a title of its own
_ITEM_START = re.compile(r"^(\d{1,2}月)?\d{1,2}日(に|、|,)|^(on )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday),", re.I)
_QUOTED_TITLE = re.compile(r"[『「]([^』」]{2,60})[』」]")


def _work_paragraphs(main: Tag, names: list[str]) -> Tag | None:
    """A digest's items about the work: each paragraph that names it, with the paragraphs that continue it
    (up to one that opens a new item with its day, quotes another title or is a heading). None when no
    paragraph names it."""
    import copy

    soup = BeautifulSoup("<div></div>", "lxml")
    holder = soup.div
    taking = False
    found = False
    for el in find_tags(main, (*_ITEM_TAGS, *_HEADINGS, *_EMBED_TAGS)):
        if el.name in _HEADINGS:
            taking = False
            continue
        if el.name in _EMBED_TAGS:
            if taking and _loose_embed(el):
                holder.append(copy.copy(el))   # (the item's video: "The teaser went up on May 2:" + its player)
            continue
        if find_tag(el, _ITEM_TAGS) is not None:
            continue
        text = _norm(el.get_text(" ", strip=True))
        if not text:
            continue
        folded = fold_title(text)
        if any(n in folded for n in names):
            taking = found = True
        elif taking and (_ITEM_START.match(text) or any(
                not any(n in fold_title(q) or fold_title(q) in n for n in names) for q in _QUOTED_TITLE.findall(text))
                or _bold_lead(el)):
            taking = False   # (a paragraph led by another title in bold opens that title's item)
        if taking:
            holder.append(copy.copy(el))
    return holder if found else None


_EMBED_TAGS = ("figure", "iframe")


def _loose_embed(el: Tag) -> bool:
    """A figure, or a player outside any paragraph or figure (a digest's items are its paragraphs; this one is
    between them)."""
    return el.name == "figure" or find_parent_tag(el, (*_ITEM_TAGS, "figure")) is None


def _bold_lead(el: Tag) -> str:
    """The bold or italic words a digest's item opens with ("<strong>Paper Cranes</strong> will premiere …"): its
    title, folded; "" when the paragraph does not open with one."""
    first = next((c for c in el.children if not (isinstance(c, str) and not c.strip())), None)
    if not isinstance(first, Tag) or first.name not in ("strong", "b", "em", "i"):
        return ""
    t = first.get_text(" ", strip=True)
    if t.endswith((":", "：")) or _LEAD_IN.match(t):
        return ""   # "<b>Update:</b> …", "<strong>Note</strong> …": the item's own aside, not another title
    return fold_title(t) if 2 <= len(t) <= 60 and (t[:1].isupper() or ord(t[:1]) > 0x2E80) else ""


_LEAD_IN = re.compile(r"(?:update|updated|note|source|editor|via|also|plus|bonus|meanwhile|correction|追記|更新|注|※)", re.I)


# a title's subtitle: after a colon, a spaced dash or tilde, or between dashes/tildes at its end ("X: Y", "X - Y",
# "X -Y-", "X ～Y～")
_SUBTITLE = re.compile(r"\s*[:：]\s+.+$|\s+[-–—~～〜]\s*.+$|\s*[-–—~～〜][^-–—~～〜]+[-–—~～〜]\s*$")


def _main_titles(names) -> list[str]:
    """The folded main titles of names written with a subtitle (long enough not to be a common word)."""
    out = []
    for n in names:
        n = unicodedata.normalize("NFKC", n).strip()
        m = _SUBTITLE.search(n)
        main = fold_title(n[:m.start()]) if m and m.start() > 0 else ""
        if len(main) >= (4 if any(ord(c) > 0x2E80 for c in main) else 8) and main not in out:
            out.append(main)
    return out


def _doc_order(root: Tag):
    """A sort key giving tags under `root` their document order."""
    order = {id(t): i for i, t in enumerate(root.descendants) if isinstance(t, Tag)}
    return lambda t: order.get(id(t), len(order))


def _lead_names(main: Tag, first_head: Tag, names: list[str]) -> bool:
    """Does the text before `first_head` (a headline, its standfirst, the opening paragraphs) name the work?"""
    parts: list[str] = []
    for d in main.descendants:
        if d is first_head:
            break
        if isinstance(d, NavigableString) and not isinstance(d, Comment):
            parts.append(str(d))
    lead = fold_title(" ".join(parts))
    return any(n in lead for n in names)


def _text_before(main: Tag, first: Tag) -> str:
    """The text of `main` before `first` (an intro), as one string."""
    parts: list[str] = []
    for d in main.descendants:
        if d is first:
            break
        if isinstance(d, NavigableString) and not isinstance(d, Comment):
            parts.append(str(d))
    return " ".join(parts)


def _card_with_header(card: Tag) -> Tag:
    """A detached copy of the card; a table row keeps its table's header row (the column labels)."""
    import copy

    soup = BeautifulSoup("<div></div>", "lxml")
    holder = soup.div
    if card.name == "tr":
        table = card.find_parent("table")
        head = table.find("tr") if table is not None else None
        tbl = soup.new_tag("table")
        if head is not None and head is not card and head.find("th") is not None:
            tbl.append(copy.copy(head))
        tbl.append(copy.copy(card))
        holder.append(tbl)
    else:
        holder.append(copy.copy(card))
    return holder


def _best_heading(heads: list[Tag], names: list[str], seasons: tuple = ((), ())) -> Tag | None:
    """The heading that names the work best: exactly, containing a name, or contained in one. For a season
    (`seasons`: its numbers and its series' folded names), a heading naming that season alone ("Season 2",
    「第二期」, "TVアニメ第2期（2027年）", "Lumen Ferry: Second season") is its part of the series' page."""
    best, best_score = None, 0
    nums, bases = seasons
    for h in heads:
        ht = fold_title(h.get_text(" ", strip=True))
        if not ht:
            continue
        score = 2 if nums and _season_only_heading(h.get_text(" ", strip=True), bases) & set(nums) else 0
        for n in names:
            if ht == n:
                score = max(score, 3)
            elif n in ht:
                score = max(score, 2)
            elif len(ht) >= 4 and ht in n:
                score = max(score, 1)
        if score > best_score:
            best, best_score = h, score
    return best


# what a season's heading may hold besides its mark and the series' title: a year or month, the medium
# (folded: letters and digits only)
_SEASON_HEADING_FILLER = re.compile(r"(?:19|20)\d\d年?|\d{1,2}月|tvアニメ|テレビアニメ|アニメ|anime|tv|series|シリーズ|年")


def _season_only_heading(text: str, bases) -> set[int]:
    """The seasons a short heading names when it names nothing else (a series' wiki's "Season 2", 「第二期」,
    "Second season (2027)", 「『X』第2期」), else none: "Season 2 cast" or 「Y 第2期」 (another title) head no season
    part."""
    t = unicodedata.normalize("NFKC", text)
    if len(t) > 50:
        return set()
    seasons = _heading_seasons(t)
    if not seasons:
        split = season_split(t)   # the series' title with its number: "X II", "X S2"
        return {split[1]} if split and fold_title(split[0]) in bases else set()
    rest = fold_title(_SEASON_IN_HEADING.sub(" ", t))
    for base in bases:
        rest = rest.replace(base, "")
    return seasons if not _SEASON_HEADING_FILLER.sub("", rest) else set()


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
    # (_name_in inlined: this runs over whole pages many times)
    return [d for d in root.descendants
            if isinstance(d, Tag) and (d.name in names or (d.prefix and f"{d.prefix}:{d.name}" in names))]


def find_tag(root: Tag, names) -> Tag | None:
    """root.find(names)."""
    names = _names(names)
    for d in root.descendants:
        if isinstance(d, Tag) and _name_in(d, names):
            return d
    return None


def _first_tags(root: Tag, names, limit: int) -> list[Tag]:
    """root.find_all(names, limit=limit)."""
    names = _names(names)
    out = []
    for d in root.descendants:
        if isinstance(d, Tag) and _name_in(d, names):
            out.append(d)
            if len(out) >= limit:
                break
    return out


def child_tags(root: Tag, names) -> list[Tag]:
    """root.find_all(names, recursive=False)."""
    names = _names(names)
    return [c for c in root.contents if isinstance(c, Tag) and _name_in(c, names)]


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


def _content_root(body: Tag, official: bool = False) -> Tag:
    """The <article> (inside <main> when there is one), else <main>, with real text; else the body.

    On a work's official site, several substantial sibling <article>s are a list of its posts (a NEWS page,
    where each dated post is content): their parent. Elsewhere the next sibling article is another story
    (a news site's "next article" appended below). A candidate holding a small share of the page's text is a
    teaser card that survived chrome removal, not the content: the body then.
    """
    main_el = find_tag(body, "main")
    if main_el is not None and not _text_longer_than(main_el, 200):
        main_el = None
    found = find_tag(main_el or body, "article")
    if found is None or not _text_longer_than(found, 200) or _is_card_of(found, main_el):
        found = main_el
    if found is None:
        return body
    if official and found.name == "article" and found.parent is not None:
        posts = [a for a in child_tags(found.parent, "article") if _text_longer_than(a, 200)]
        if len(posts) >= 2:
            found = found.parent
        if _in_one_page_site(found, main_el or body):
            return body if main_el is None else _with_title_block(main_el, body)
    if found is not body and len(found.get_text(strip=True)) < 0.2 * len(body.get_text(strip=True)):
        return body
    return _with_title_block(found, body)


_SITE_SECTION = re.compile(r"^\s*(staff|cast|character|story|introduction|on ?air|broadcast|streaming|music|"
                           r"スタッフ|キャスト|キャラクター|ストーリー|イントロダクション|放送|配信|オンエア|音楽)", re.I)


def _heading_label(h: Tag) -> str:
    """A section heading's words: its text, or its image's alt (a one-page site draws "STAFF" as a picture)."""
    text = h.get_text(" ", strip=True)
    if text:
        return text
    img = find_tag(h, "img")
    return (img.get("alt") or "").strip() if img is not None else ""


def _in_one_page_site(found: Tag, body: Tag) -> bool:
    """Does an official site's news post sit in one box of a one-page site, whose sibling boxes are headed by
    the work's sections (STAFF, CAST, ON AIR, STORY)? Its top page shows the latest post beside the work's
    facts: the post is not the content, the page is. Two such sibling sections are needed."""
    box = found
    while box is not body and box.parent is not None:   # (the boxes may sit in a wrapper: any level counts)
        headed = 0
        for sib in child_tags(box.parent, ("section", "div", "article")):
            if sib is box:
                continue
            head = find_tag(sib, ("h2", "h3"))
            if head is not None and _SITE_SECTION.match(_heading_label(head)):
                headed += 1
                if headed >= 2:
                    return True
        box = box.parent
    return False


def _is_card_of(article: Tag, main_el: Tag | None) -> bool:
    """An <article> deep in <main>, after more of main's text than it holds itself and with a small share of
    the whole, is one card in it (an event box in a one-page official site's SPECIAL section, after its
    CHARACTER, STAFF and ON AIR sections), not the content. A news story comes first: the "next articles" a
    news site appends below it leave it the content."""
    if main_el is None or article.name != "article":
        return False
    own = len(article.get_text(strip=True))
    if own >= _CARD_SHARE * len(main_el.get_text(strip=True)):
        return False
    before = 0
    for node in main_el.descendants:
        if node is article:
            break
        if isinstance(node, NavigableString) and not isinstance(node, Comment):
            before += len(node.strip())
    return before > own


_CARD_SHARE = 0.4
_HOME_LINK = re.compile(r"^(/|\./|(https?:)?//[^/]+/?|/index\.html?)$", re.I)


def _is_site_logo(h1: Tag) -> bool:
    """A masthead's <h1>: the site's name or logo linking to its home page, or an image with no text."""
    if not h1.get_text(strip=True):
        return True
    return any(_HOME_LINK.match((a.get("href") or "").strip()) for a in find_tags(h1, "a"))


def _with_title_block(found: Tag, body: Tag) -> Tag:
    """The content root widened to the work's title block when that sits before it, outside it: a streaming or
    store page prints the title, synopsis and "airs on …" line in a hero <section> above a <main> of episodes
    and details. Only when the root has no <h1> of its own, the page's one <h1> comes before it and is not the
    site's logo, and their common ancestor adds little else (the chrome around is gone already)."""
    if found is body or find_tag(found, "h1") is not None:
        return found
    h1s = _first_tags(body, "h1", 2)
    if len(h1s) != 1 or _is_site_logo(h1s[0]):
        return found
    h1 = h1s[0]
    inside = {id(x) for x in found.parents}
    common = next((a for a in h1.parents if id(a) in inside), None)
    if common is None or not any(e is found for e in h1.next_elements):
        return found  # (the title block must come before the content)
    block = next(a for a in (h1, *h1.parents) if a.parent is common)
    rest = len(common.get_text(strip=True)) - len(found.get_text(strip=True)) - len(block.get_text(strip=True))
    if rest > 200:
        return found
    for el in child_tags(common, "header"):
        if el is not block:
            el.decompose()  # the site's masthead beside the title block (its logo, sign-in links)
    return common


def _section_title(h: Tag) -> str:
    """The work title a heading sets apart (in <em>/<i>/<cite> or 『』, the marks of a work's title; a song's
    「」 is not one), folded; "" when it marks none."""
    for tag in find_tags(h, ("em", "i", "cite")):
        t = fold_title(tag.get_text(" ", strip=True))
        if len(t) >= 4:
            return t
    m = _WORK_QUOTE.search(h.get_text(" ", strip=True))
    t = fold_title(m.group(1)) if m else ""
    return t if len(t) >= 2 else ""


def _short_section_title(h: Tag, page_names: str) -> str:
    """A set-apart title of three words or more that the headline shortens to its first two ("Ironbark Academy
    Slips to Spring" over a part headed "<em>Ironbark Academy Rebellion</em> delayed"): those two words, folded,
    when the headline holds them; "" otherwise (a digest's headline trims its titles to fit)."""
    for tag in find_tags(h, ("em", "i", "cite")):
        words = _norm(tag.get_text(" ", strip=True)).split()
        if len(words) < 3 or words[0].casefold() in _TITLE_GLUE or words[1].casefold() in _TITLE_GLUE:
            return ""
        t = fold_title(" ".join(words[:2]))
        return t if len(t) >= 8 and t in page_names else ""
    return ""


def _bare_title(h: Tag) -> str:
    """A heading that is a title and nothing else, as its story's first paragraph names it again ("Pocket Dragon
    Bakery" over "Pocket Dragon Bakery (…), the TV anime of …" in a two-work roundup), folded; "" for a section
    heading ("追加キャスト", "Theme songs": the text under it does not repeat it) or one too short to tell."""
    text = _norm(h.get_text(" ", strip=True))
    if len(text) > 60 or not _looks_like_work_heading(h):
        return ""
    t = fold_title(text)
    if len(t) < (4 if any(ord(c) > 0x2E80 for c in t) else 8):
        return ""
    nxt = h.find_next_sibling(True)
    return t if nxt is not None and nxt.name not in _HEADINGS and t in fold_title(_text_prefix(nxt, 400)) else ""


_HEAD_NUMBER = re.compile(r"^\s*(?:#?\d{1,2}[.):]|No\.\s*\d{1,2})\s*")
_TITLE_GLUE = frozenset(("of", "the", "no", "and", "a", "to", "in", "on", "&", "x", "wa", "ga", "de"))


def _lead_title(h: Tag, page_names: str) -> str:
    """The title a plain story heading starts with ("Lantern Reef adds cast" under the headline "Lantern Reef
    cast, Paper Cranes dated"): its leading run of capitalised words (two or more, not a section word), cut to
    the longest run the headline also names, folded; "" when none."""
    text = _HEAD_NUMBER.sub("", _norm(h.get_text(" ", strip=True)))
    words = []
    for w in text.split():
        if not (w[:1].isupper() or w[:1].isdigit() or w.lower() in _TITLE_GLUE) or len(words) >= 8:
            break
        words.append(w)
    if len(words) == len(text.split()):
        return ""   # a heading in title case throughout ("Opening Theme Artists"): where a title ends is not told
    while len(words) >= 2:
        if words[-1].lower() not in _TITLE_GLUE and not _SECTION_WORDS.match(" ".join(words)):
            t = fold_title(" ".join(words))
            if len(t) >= 8 and t in page_names:
                return t
        words.pop()
    return ""


# what a headline lists its works between: brackets, slashes, bars, commas, a spaced "and"/dash/colon
# ("【A／B】", "A, B and C", "Picks: A | B")
_HEADLINE_SEP = re.compile(r"[【】\[\]［］『』「」〈〉《》()（）／/｜|、,，&＆]|\s+(?:and|vs\.?|x|×)\s+|\s[-–—]\s|[:：]\s", re.I)
# a heading about a story or a section, not a work's title ("Release date and cast", "追加キャスト発表")
_NOT_A_TITLE_HEAD = re.compile(
    r"\b(?:cast|staff|crew|trailers?|teasers?|pv|release|dates?|premieres?|plot|story|synopsis|music|theme|songs?|"
    r"opening|ending|episodes?|streaming|broadcast|visual|news|reviews?|updates?|where|when|what|who|how|why|watch|"
    r"announced|revealed|confirmed)\b|"
    r"キャスト|スタッフ|主題歌|放送|配信|情報|発表|決定|公開|解禁|あらすじ|ストーリー|PV|話数|について|とは|まとめ|感想", re.I)


def _headline_pieces(headlines) -> frozenset:
    """The pieces the headlines list between separators, folded: a roundup's headline naming its works one by
    one ("冬アニメ2作品を紹介【A／B】")."""
    return frozenset(t for h in headlines for t in map(fold_title, _HEADLINE_SEP.split(h or "")) if t)


# a pick's number before its title: "1作品目：A", "その2 A", "第1位 A", "Pick #2: A", "No.1 A"
_PICK_NUMBER = re.compile(r"^\s*(?:(?:\d{1,2}|[一二三四五六七八九十])\s*(?:作品目|本目|つ目|位)|その\s*\d{1,2}|第\s*\d{1,2}\s*位|"
                          r"pick\s*#?\s*\d{1,2})\s*[:：.、)）]?\s*", re.I)


def _pick_title(text: str) -> str:
    """A heading's text without its leading mark and list number ("1. A", "■2. A", "#2 A", "1作品目：A")."""
    return _PICK_NUMBER.sub("", _HEAD_NUMBER.sub("", _norm(text).lstrip(_HEAD_MARKS + "・ ")))


def _listed_title(h: Tag, pieces: frozenset, page_names: str = "") -> str:
    """A plain heading that is a title and nothing else, as the headline names it: a piece of its own ("A"
    under "…【A／B】") or, of two words or more, inside it ("Why A and B deserve more hype"), folded; "" for a
    section or story heading ("Release date", "追加キャスト発表") or a title too short to tell. A bracketed or
    dashed tail after the title ("A（1月6日〜 日本テレビ）", "A — Spring 2027") is not part of it, nor is a badge
    in a tag of its own ("A <span>HIDIVE Exclusive</span>")."""
    text = _heading_title(h.get_text(" ", strip=True))
    if fold_title(text) not in page_names:
        own = "".join(c for c in h.children if isinstance(c, NavigableString) and not isinstance(c, Comment))
        text = _heading_title(own) if len(own.strip()) >= 2 else text
    t = fold_title(text)
    cjk = any(ord(c) > 0x2E80 for c in t)
    if len(t) < (4 if cjk else 8) or not (t in pieces or (t in page_names and (cjk or len(text.split()) >= 2))):
        return ""
    return t if _looks_like_work_heading(h) and not _NOT_A_TITLE_HEAD.search(text) else ""


_BOLD_LINE_TAGS = ("p", "div")
# a title line's tail after the title: a bracket or a spaced dash/colon ("A (January 12, TBS)", "A — Spring 2027")
_TITLE_LINE_TAIL = re.compile(r"\s*(?:[(（\[【].*|[-–—:：]\s.*)$")


def _bold_lines(main: Tag) -> list[Tag]:
    """Paragraphs that are one bold run and nothing else ("<p><strong>1. A</strong></p>"): a post's headings
    written in bold, not a lead-in ("<strong>Cast:</strong> …")."""
    out = []
    for el in find_tags(main, _BOLD_LINE_TAGS):
        kids = [c for c in el.children if not (isinstance(c, NavigableString) and not c.strip())]
        if len(kids) == 1 and isinstance(kids[0], Tag) and kids[0].name in ("b", "strong") \
                and 2 <= len(_norm(kids[0].get_text(" ", strip=True))) <= 80:
            out.append(el)
    return out


_HEAD_MARKS = "■□◆◇●○▼▽★☆▶►"


def _marked_lines(main: Tag) -> list[Tag]:
    """Short one-line paragraphs that open with a heading mark or are one bracketed title ("<p>■A</p>",
    "<p>【A】</p>"), without a label's colon: a blog's headings typed as text."""
    out = []
    for el in find_tags(main, _BOLD_LINE_TAGS):
        text = _text_prefix(el, 62).strip()
        if 2 < len(text) <= 60 and not any(c in text for c in "。：:") and (
                text[0] in _HEAD_MARKS or (text[0] == "【" and text.endswith("】") and text.count("【") == 1)) \
                and find_tag(el, (*_BOLD_LINE_TAGS, "br")) is None:
            out.append(el)   # (not a bulleted label line: "●OP：「…」<br>●ED：…")
    return out


def _plain_title_line(text: str) -> str:
    """A bold line's text without its number and marks when it reads as a title (not a section or a story
    heading: "Cast", "Release date and trailer"; a title's note may be one: "A: PV 3 debut"), else ""."""
    marks = "・■□◆◇●○▼▽▶►★☆【】[]# :："
    text = _pick_title(text.strip(marks)).strip(marks)
    title = _heading_title(text)
    if not text or _SECTION_WORDS.match(title) or _NOT_A_TITLE_HEAD.search(title):
        return ""
    return text


def _bold_title_part(main: Tag, names: list[str], lines: list[Tag], check_lead: bool = False) -> Tag | None:
    """A roundup whose works are set apart by bold title lines instead of headings ("<p><b>1. A</b></p>" …
    "<p><b>2. B</b></p>"), or by the terms of a definition list ("<dt>A</dt><dd>…</dd>"), `lines`: the work's
    part, from its line (the title alone, or with a bracketed or dashed tail) to the next title line or heading
    (a term's: its definitions). None without two such lines or without exactly one for this work; with
    `check_lead`, None too when the text before the first line names this work and no other line's title (one
    work's article, its bold lines its sections: "A" … "Final thoughts")."""
    if not names or len(lines) < 2:
        return None
    terms = lines[0].name == "dt"
    lead = fold_title(_text_before(main, lines[0])) if check_lead else ""
    if any(n in lead for n in names):
        others = [fold_title(_plain_title_line(el.get_text(" ", strip=True))) or _section_title(el) for el in lines]
        if not any(len(t) >= 4 and t in lead and not any(n in t or t in n for n in names) for t in others):
            return None
    def names_it(el: Tag) -> bool:
        text = _plain_title_line(el.get_text(" ", strip=True))
        return any(t in names for t in (fold_title(text), fold_title(_TITLE_LINE_TAIL.sub("", text)), _section_title(el)))

    own = [el for el in lines if names_it(el)]
    if len(own) != 1:
        return None
    if terms:
        return _term_part(own[0])
    ids = {id(el) for el in lines}
    after = False
    stop = None
    for el in find_tags(main, (*_HEADINGS, *_BOLD_LINE_TAGS)):
        if el is own[0]:
            after = True
        elif after and (id(el) in ids or el.name in _HEADINGS):
            stop = el
            break
    part = _slice_between(own[0], stop)
    first = next((c for c in part.children if isinstance(c, Tag)), None) if part is not None else None
    if first is not None and first.name in _BOLD_LINE_TAGS:
        first.name = "h3"   # (the part's title line reads as its heading, as a roundup's heading would)
    return part


def _term_part(dt: Tag) -> Tag:
    """A detached copy of a definition list's term with its definitions (up to the next term)."""
    import copy

    holder = BeautifulSoup("<div></div>", "lxml").div
    holder.append(copy.copy(dt))
    for sib in dt.find_next_siblings(True):
        if sib.name == "dt":
            break
        holder.append(copy.copy(sib))
    return holder


# a roundup's aside on works it does not cover, at the end of the last one's part: "ほかにも「X」（1月11日〜）とか…",
# "I almost included X", "Honorable mention: X"
_OTHER_WORKS_LEAD = re.compile(
    r"^(?:ほかにも|他にも|そのほか|その他)[、,]?\s*[「『]|"
    r"^(?:also on my (?:list|radar|watchlist)|honou?rable mentions?\b|i almost included|"
    r"other (?:shows|series|anime|titles) (?:i'm|i am|worth|on my))", re.I)


# an aside that opens on works the article is not about, in any article ("Honorable mention: X, directed by …",
# "I almost included X (…)", "他にも『X』…"); "ほかにも「…」" alone is too often this work's own song to count here
_ASIDE_LEAD = re.compile(r"^(?:ほかにも|他にも)[、,]?\s*『|"
                         r"^(?:also on my (?:list|radar|watchlist)|honou?rable mentions?\b|i almost included)", re.I)
_ASIDE_WORDS = ("ほかにも『", "他にも『", "ほかにも、『", "他にも、『", "also on my", "honorable mention", "honourable mention",
                "almost included")


def _names_asides(text: str) -> bool:
    """A cheap gate: may the page hold an aside on other works (one of `_ASIDE_WORDS`)?"""
    low = text.lower()
    return any(w in low for w in _ASIDE_WORDS)


def _aside_paragraphs(main: Tag, names: list[str]) -> list[Tag]:
    """The paragraphs and items of `main` that open on other works (`_ASIDE_LEAD`) and never name this one
    (`names`, folded: "Honorable mention goes to A's soundtrack" is A's)."""
    return [el for el in find_tags(main, ("p", "li")) if _ASIDE_LEAD.match(_text_prefix(el, 40))
            and not any(n in fold_title(el.get_text(" ", strip=True)) for n in names)]


# chrome that names another work inside the page's own frame: an embedded social post (an X/Twitter embed,
# a "post"/"tweet"/"sns" box, a 【ご案内】 notice) quoting another work's title (『海底都市ミナモ』, TVアニメ「X」) is
# the site's retweet about that work (its date, its songs), and a wiki's edit-history line ("2026-11-24 OP主題歌を
# 追加（ユーザー: name）", "Nov 24, 2026 — added cast (User: name)") records an edit, not a fact: both are dropped
_EMBED_POST_CLASS = re.compile(r"(?:[\w-]*[-_])?(?:tweets?|toots?|sns|x-embed|x-post|twitter-tweet|instagram-media|"
                               r"bluesky-embed|mastodon-embed|text-post-media|fb-post|tiktok-embed|"
                               r"sns[-_]\w+)(?:[-_](?:item|box|card|embed|body|text|wrap))?", re.I)   # (the embed codes' own classes: X, Instagram, Bluesky, Mastodon, Threads, Facebook, TikTok)
# a plain "post" box is a social post only inside a social feed ("p-x-timeline", "twitter-feed", "sns"): elsewhere a
# "post" or "news-post" may be a short article's own body
_PLAIN_POST_CLASS = re.compile(r"(?:[\w-]*[-_])?posts?(?:[-_](?:item|box|card|embed|body|text|wrap))?", re.I)
_SOCIAL_FEED_WORDS = re.compile(r"(?:^|[-_\s])(?:x|twitter|tweets?|sns|timeline|tl|feed|instagram|threads|bluesky)(?:[-_\s]|$)", re.I)
_NOTICE_LEAD = re.compile(r"^\s*[【\[]\s*(?:ご案内|お知らせ|告知|宣伝|再掲|拡散希望|番宣|PR|RT|repost|notice|info)\s*[】\]]", re.I)
_OTHER_TITLE_QUOTE = re.compile(r"『([^』]{2,60})』|(?:アニメ|劇場版|映画)\s*「([^」]{2,60})」")
_EDIT_LOG_WORDS = ("ユーザー", "user", "編集者", "editor", "編集履歴", "edit history", "revision history", "changelog")
_EDIT_LOG_USER = re.compile(r"[(（]?\s*(?:ユーザー|user|編集者|editor)\s*[:：]\s*[^\s)）]{1,30}\s*[)）]?\s*$", re.I)
_EDIT_LOG_VERB = re.compile(r"追加|更新|編集|修正|削除|作成|変更|加筆|\b(?:added|updated|edited|removed|created|fixed|changed|revised)\b", re.I)
_EDIT_LOG_HEADING = re.compile(r"編集履歴|ページ履歴|\bedit\s+history\b|\brevision\s+history\b|\bchange\s*log\b|\bpage\s+history\b", re.I)
_EDIT_LOG_DATE = re.compile(r"^\s*(?:20\d\d\s*[./年-]\s*[01]?\d\s*[./月-]\s*[0-3]?\d|"
                            r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+20\d\d)", re.I)


def _may_hold_edit_log(low: str) -> bool:
    """The cheap gate of `_chrome_post_boxes`' edit-history lines: an edit log's words somewhere in the page."""
    return any(w in low for w in _EDIT_LOG_WORDS)


def _is_embed_post_box(el: Tag) -> bool:
    """Is this element an embedded social post by its class/id (a "post", "tweet", "sns" box, blockquote.twitter-tweet)?"""
    words = [*el.get("class", ()), *(el.get("id", "").split())]
    if any(_EMBED_POST_CLASS.fullmatch(w) for w in words):
        return True
    return any(_PLAIN_POST_CLASS.fullmatch(w) for w in words) and _in_social_feed(el)


def _in_social_feed(el: Tag) -> bool:
    """Is the element, or one of its three nearest ancestors, a social feed by its class/id ("p-x-timeline")?"""
    node = el
    for _ in range(4):
        if node is None or not isinstance(node, Tag):
            return False
        ident = " ".join([*node.get("class", ()), node.get("id", "")])
        if ident.strip() and _SOCIAL_FEED_WORDS.search(ident):
            return True
        node = node.parent
    return False


def _quotes_other_title(text: str, own: list[str]) -> bool:
    """Does the text quote a title (『X』, アニメ「X」) that is not this work's (`own`, folded) and not a song's?"""
    for m in _OTHER_TITLE_QUOTE.finditer(text):
        title = fold_title(m.group(1) or m.group(2) or "")
        if not title or any(o in title or title in o for o in own):
            continue
        if _SONG_BEFORE.search(text[:m.start()]) or _SONG_AFTER.match(text[m.end():]):
            continue
        return True
    return False


def _is_edit_log_line(text: str) -> bool:
    """A dated line signed by a wiki's editor, saying what was edited ("2026-11-24 OP主題歌を追加（ユーザー: name）"; not a
    news byline "Nov 24, 2026 — Editor: jdoe")."""
    return _EDIT_LOG_DATE.match(text) is not None and _EDIT_LOG_USER.search(text) is not None \
        and _EDIT_LOG_VERB.search(text) is not None


# the classes of the social sites' own embed codes (X, TikTok, Instagram, Bluesky, Threads, Mastodon, Facebook): a page
# holding one may embed another account's post that names no title in quotes ("Quiet Forge premieres April 2027")
_EMBED_CODE_WORDS = ("twitter-tweet", "tiktok-embed", "instagram-media", "bluesky-embed", "text-post-media",
                     "mastodon-embed", "fb-post")


def _may_embed_posts(raw) -> bool:
    """The cheap gate of `_chrome_post_boxes` for embedded posts: a social site's embed code somewhere in the page."""
    if not raw:
        return False
    sample = raw if isinstance(raw, str) else raw.decode("latin-1")
    return any(w in sample for w in _EMBED_CODE_WORDS)


def _names_no_own_title(text: str, own: list[str]) -> bool:
    """Does an embedded post (its words, author and hashtags) name none of this work's titles (`own`, folded)? Then it
    is another account's post about another show (a rail of embeds, a "meanwhile" TikTok), not the work's news."""
    folded = fold_title(text)
    return bool(own) and bool(folded) and not any(o in folded for o in own)


# a feed's item that opens on its own line "X がリポスト" / "X reposted" / "Retweeted by X": the page's account shares
# another account's post; when the shared words name none of the work's titles they are another show's news
_REPOST_WORDS = ("リポスト", "リツイート", "再投稿", "reposted", "retweeted", "boosted")
_REPOST_LINE = re.compile(r"^\s*(?:.{1,40}?\s*(?:さん)?が(?:リポスト|リツイート|再投稿)(?:しました)?|(?:.{1,40}?\s+)?(?:reposted|retweeted|boosted)|"
                          r"(?:reposted|retweeted|boosted)\s+by\s+.{1,40})\s*$", re.I)
_REPOST_ITEM_TAGS = ("div", "li", "article", "section", "blockquote")
# the same share marked inline, before the shared words: "RT @user: …", "QT @user …", "Reposted from @user: …",
# 「RT @user：…」, 「@userさんのポストをリポスト：…」 (a client's or an embed's old form of a repost)
_REPOST_INLINE = re.compile(r"^\s*[\[【(]?\s*(?:(?:RT|QT|MT)\b[\]】)]?\s*[:：]?\s*@[\w.]{1,30}|"
                            r"(?:reposted|retweeted|boosted|shared|quoted)\s+from\s+@?[\w.]{1,30}|"
                            r"@[\w.]{1,30}\s*(?:さん)?の(?:ポスト|ツイート|投稿)を(?:リポスト|リツイート|引用)(?:しました)?)\s*[:：]?\s*", re.I)
_REPOST_INLINE_HINT = re.compile(r"(?:^|[\s\[【(>])(?:rt|qt|mt)[\]】)]?\s*[:：]?\s*@|\bfrom\s+@|の(?:ポスト|ツイート|投稿)を(?:リポスト|リツイート|引用)", re.I)


def _may_hold_reposts(low: str) -> bool:
    """The cheap gate of `_shared_posts`: a repost mark's word somewhere in the page's (lower-cased) text."""
    return any(w in low for w in _REPOST_WORDS) or ("@" in low and _REPOST_INLINE_HINT.search(low) is not None)


def _repost_rest(item: Tag) -> str | None:
    """The shared words of a feed item opening on a repost line (its first child alone says "X がリポスト"), else None."""
    first = next((c for c in item.children if not isinstance(c, Comment) and not (isinstance(c, NavigableString) and not c.strip())), None)
    if first is None:
        return None
    inline = _inline_repost_rest(item)
    if inline is not None:
        return inline
    head = str(first) if isinstance(first, NavigableString) else first.get_text(" ", strip=True)
    if len(head) > 60 or not any(w in head.lower() for w in _REPOST_WORDS) or not _REPOST_LINE.match(_norm(head)):
        return None
    whole = item.get_text(" ", strip=True)
    return whole[whole.find(head.strip()) + len(head.strip()):] if head.strip() in whole else whole


def _inline_repost_rest(item: Tag) -> str | None:
    """The shared words of an item whose text opens on an inline repost mark ("RT @user: …", see `_REPOST_INLINE`).
    (The innermost such item only: a timeline's wrapper holds the page's own posts after it.)"""
    lead = _text_prefix(item, 60)
    if "@" not in lead or item.find(_REPOST_ITEM_TAGS) is not None:
        return None
    m = _REPOST_INLINE.match(_norm(lead))
    if m is None:
        return None
    whole = _norm(item.get_text(" ", strip=True))
    m = _REPOST_INLINE.match(whole)
    return whole[m.end():] if m is not None else None


def _shared_posts(main: Tag, own: list[str]) -> list[Tag]:
    """Feed items sharing another account's post (see `_REPOST_LINE`) whose shared words name none of the work's
    titles or quote another's."""
    out: list[Tag] = []
    for el in find_tags(main, _REPOST_ITEM_TAGS):
        if _text_longer_than(el, 400) or any(b in el.parents for b in out):
            continue
        rest = _repost_rest(el)
        if rest and (_names_no_own_title(rest, own) or _quotes_other_title(rest, own)):
            out.append(el)
    return out


def _chrome_post_boxes(main: Tag, own: list[str], edits: bool = True) -> list[Tag]:
    """Embedded posts and notices quoting another work's title, and edit-history lines (see `_EMBED_POST_CLASS`)."""
    out: list[Tag] = []
    for el in find_tags(main, ("div", "blockquote", "li", "p", "article", "section", "dd", "tr")):
        embed = _is_embed_post_box(el)
        if not embed and el.name not in ("li", "p", "dd", "tr", "div"):
            continue
        lead = "" if embed else unicodedata.normalize("NFKC", _text_prefix(el, 24))
        if not embed and not _NOTICE_LEAD.match(lead) and not (edits and _EDIT_LOG_DATE.match(lead)):
            continue   # (the cheap test: most items open on neither a notice mark nor a date)
        if any(b in el.parents for b in out) or _text_longer_than(el, 400):
            continue
        text = unicodedata.normalize("NFKC", el.get_text(" ", strip=True))
        if edits and not embed and _is_edit_log_line(text):
            out.append(el)
        elif (embed or _NOTICE_LEAD.match(lead)) and find_tag(el, ("h1", "h2", "h3")) is None \
                and (_quotes_other_title(text, own) or (embed and _names_no_own_title(text, own))):
            out.append(el)
    if not edits:
        return out
    for head in find_tags(main, _HEADINGS):
        if _EDIT_LOG_HEADING.search(head.get_text(" ", strip=True)) and len(head.get_text(strip=True)) <= 30:
            out.extend(el for el in _heading_section(head, main) if isinstance(el, Tag))
    return out


def _drop_other_works(section: Tag) -> None:
    """Remove from a work's part (a detached copy) the paragraphs that open on other works, not this one's."""
    for el in find_tags(section, ("p", "li")):
        if not el.decomposed and _OTHER_WORKS_LEAD.match(_text_prefix(el, 40)):
            el.decompose()


def _comparison_headings(naming: list[Tag], heads: list[Tag], names: list[str]) -> set[int]:
    """Of the headings naming this work, those that name another heading's title too ("Quick comparison: A vs. B",
    "A or B?"): a roundup's comparison or verdict, not this work's section nor a sign the page is this work's."""
    if not naming or len(heads) < 2:
        return set()
    others = []
    for h in heads:
        t = fold_title(_heading_title(h.get_text(" ", strip=True)))
        if len(t) >= (4 if any(ord(c) > 0x2E80 for c in t) else 8) and not any(n in t or t in n for n in names):
            others.append((h, t))
    return {id(h) for h in naming if any(o is not h and t in fold_title(h.get_text(" ", strip=True)) for o, t in others)}


def _two_title_headings(heads: list[Tag], names: list[str]) -> bool:
    """Two headings that are both plain titles, one of them this work's title exactly ("1. A", "B"): under a
    list's headline naming A alone ("A & more: my winter picks", "Aほか推したい2作品") they are its two works."""
    titles = [_heading_title(h.get_text(" ", strip=True)) for h in heads if _looks_like_work_heading(h)]
    plain = [fold_title(t) for t in titles if not _NOT_A_TITLE_HEAD.search(t)]
    return len(plain) == 2 and all(plain) and any(t in names for t in plain)


def _heading_title(text: str) -> str:
    """A title heading's title: without its pick number and a bracketed or dashed note ("1. A (January 12, TBS)")."""
    text = _pick_title(text)
    cut = _TITLE_LINE_TAIL.sub("", text)
    return cut if len(fold_title(cut)) >= 2 else text


def _headline_names_sections(page_names: str, levels: list[list[Tag]], pieces: frozenset = frozenset()) -> bool:
    """A digest headlined by its stories ("A dated, B gets a cast, C trailer"): the headline names the set-apart
    titles of two or more different headings of one level (neither a part of the other: "A" and "A season 2"
    are one work), so a title in it does not make the page that work's. A plain title heading counts when its
    next paragraph repeats it or the headline lists it as a piece of its own (`pieces`)."""
    for heads in levels:
        if len(heads) < 2:
            continue
        found: list[str] = []
        for h in heads:
            t = (_section_title(h) or _listed_title(h, pieces, page_names) or
                 (_bare_title(h) if fold_title(h.get_text(" ", strip=True)) in page_names else "") or
                 _lead_title(h, page_names))
            if t and t not in page_names:
                t = _short_section_title(h, page_names)
            if t and t in page_names and not any(t in f or f in t for f in found):
                found.append(t)
        if len(found) >= 2:
            return True
    return False


def _looks_like_work_heading(h: Tag) -> bool:
    text = _norm(h.get_text(" ", strip=True))
    if not text or len(text) > 80:
        return False
    if _SECTION_WORDS.match(text.strip("・■●◆【】[]# :：")):
        return False
    return True


_SEASON_MARK = re.compile(r"^(?P<base>.+?)[\s:：\-–—]*[(（]?\s*(?:(?:season|シーズン)\s*(?P<a>\d{1,2})|(?P<b>\d{1,2})\s*(?:st|nd|rd|th)\s*(?:season|シーズン)|"
                          r"s(?P<c>\d{1,2})|第\s*(?P<d>\d{1,2})\s*(?:期|シーズン|幕)|(?P<e>\d{1,2})\s*期|"
                          r"第?\s*(?P<k>[一二三四五六])\s*期|第(?P<k2>[一二三四五六])(?:シーズン|幕)|"
                          # a season written as an act ("X Act II", "X: Act 3"; 第二幕 above)
                          r"act\s+(?:(?-i:(?P<ar>I{1,3}|IV|VI?))|(?P<a2>\d{1,2}))|(?P<kw>ファースト|セカンド|サード|フォース|フィフス|シックス)\s*シーズン|"
                          r"(?<=\s)(?-i:(?P<r>II|III|IV|VI))|"
                          r"(?P<w>first|second|third|fourth|fifth|sixth)\s+season|season\s+(?P<x>one|two|three|four|five|six))\s*[)）]?$",
                          re.I)
_ORD_WORDS = ("", "first", "second", "third", "fourth", "fifth", "sixth")
_NUM_WORDS = ("", "one", "two", "three", "four", "five", "six")
# the other ways a season's number is written in a title: kanji (「第二期」), katakana (「セカンドシーズン」), roman ("X II")
_KANJI_NUMS = ("", "一", "二", "三", "四", "五", "六")
_KATAKANA_ORDS = ("", "ファースト", "セカンド", "サード", "フォース", "フィフス", "シックス")
_ROMAN_NUMS = ("", "I", "II", "III", "IV", "V", "VI")
_SUFFIX = {1: "st", 2: "nd", 3: "rd"}
_FILM_MARK = re.compile(r"^(?:劇場版|映画|劇場アニメ)\s*(?P<base>.+)$|^(?P<base2>.+?)[\s:：\-–—]*(?:the movie|movie|the film|劇場版)$", re.I)


_SEASON_NUMBER_WORDS = {"w": _ORD_WORDS, "x": _NUM_WORDS, "k": _KANJI_NUMS, "k2": _KANJI_NUMS, "kw": _KATAKANA_ORDS,
                         "r": _ROMAN_NUMS, "ar": _ROMAN_NUMS, "ax": _NUM_WORDS}


def _season_number_of(m: re.Match) -> int:
    """The number a season mark's match writes (`_SEASON_MARK`, `_SEASON_IN_HEADING`: digits in groups a-e, else
    words, kanji, katakana or a roman numeral), else 0."""
    for group, g in m.groupdict().items():
        if not g or group == "base":
            continue
        if group in "abcde" or group == "a2":
            return int(g)
        words = _SEASON_NUMBER_WORDS.get(group, ())
        g = g.lower() if group in ("w", "x", "ax") else g
        return words.index(g) if g in words else 0
    return 0


def season_split(name: str) -> tuple[str, int] | None:
    """("X", 2) for a season's name ("X Season 2", "X 2nd Season", "X second season", "X 第2期", "X S2", 「X 第二期」,
    「X シーズン2」, 「X セカンドシーズン」, "X II", 「X（第2期）」)."""
    m = _SEASON_MARK.match(unicodedata.normalize("NFKC", name or "").strip())
    if not m or len(m.group("base").strip()) < 2:
        return None
    num = _season_number_of(m)
    return (m.group("base").strip(), num) if 1 <= num < len(_ORD_WORDS) else None


def season_marks(num: int) -> list[str]:
    """The ways pages write "season N" (the first five also apart from the title: "the second season of X")."""
    return [f"Season {num}", f"{num}{_SUFFIX.get(num, 'th')} Season", f"{_ORD_WORDS[num]} season",
            f"season {_NUM_WORDS[num]}", f"第{num}期", f"{num}期", f"S{num}",
            f"第{_KANJI_NUMS[num]}期", f"シーズン{num}", f"{_KATAKANA_ORDS[num]}シーズン", f"第{num}シリーズ"]


def name_forms(name: str) -> list[str]:
    """Other spellings of one work's name that pages use: a season written another way ("X Season 2" = "X 2nd
    Season" = "X second season" = "X 第2期" = "X 2期"), a film with or without its 劇場版/映画/"the Movie" mark.
    (Never the bare series name of a season: that is another work.)"""
    n = unicodedata.normalize("NFKC", name or "").strip()
    out: list[str] = []
    split = season_split(n)
    if split:
        base, num = split
        out += [f"{base} {mark}" for mark in season_marks(num)]
    base = film_base(n)
    if base:
        out += [f"劇場版 {base}", f"映画 {base}", f"{base} the Movie", f"劇場アニメ {base}", f"{base} movie", f"{base} film"]
    return [x for x in out if x != n]


def film_base(name: str) -> str:
    """"X" for a film's name written with its mark ("劇場版 X", "映画X", "X the Movie"), else ""."""
    f = _FILM_MARK.match(unicodedata.normalize("NFKC", name or "").strip())
    base = (f.group("base") or f.group("base2") or "").strip() if f else ""
    return base if len(base) >= 2 else ""


def work_names(work: Work) -> list[str]:
    """The work's names and their other spellings (`name_forms`), each once."""
    out: list[str] = []
    for n in work.names:
        for x in (n, *name_forms(n)):
            if x and x not in out:
                out.append(x)
    return out


def _site_host(url: str) -> str:
    """The host a link goes to ("https://www.x.example/a" -> "x.example"); "" for a link within the page's site."""
    try:
        return (urlsplit(url).hostname or "").removeprefix("www.")
    except ValueError:   # (a malformed link: "http://[bad")
        return ""


# what an advertisement's alt tells of its title: a quoted title, a season or film, its site, its airing or a year
# the folded names of the services and channels a card may point to (a card naming one says where to watch)
_SERVICE_KEYS = tuple(ORG_ALIASES)
_ADVERT_ALT_WORD = re.compile(r"[『「]|\b(?:season|movie|film|official\s+site|streaming|on\s*air|premieres?|theaters?|theatres?)\b|"
                              r"劇場版|アニメ|公式サイト|放送|配信|公開|上映|20\d\d", re.I)


def _advert_alt(alt: str) -> bool:
    """An alt that tells of a title (a season, a film, a date, 「…公式サイトはこちら」), not a staff member's picture
    linking to their own site ("Director: X") nor a service's bare logo ("Netflixで配信中": where this work streams)."""
    alt = alt.strip()
    return (len(alt) >= 20 or "『" in alt or "「" in alt) and _ADVERT_ALT_WORD.search(alt) is not None


def _other_site_banners(main: Tag, url: str, own: list[str]) -> list[Tag]:
    """Pictures that link to another site and whose alt does not name this work: a PICK UP / LINEUP / 関連作品 rail's
    banners, 「○○公式サイトはこちら」 — another title's advertisement, none of its text this work's. (The site's own
    credit pictures link nowhere or within the site, and stay.)"""
    here = _site_host(url)
    out = []
    for a in find_tags(main, "a"):
        href = a.get("href")
        host = _site_host(href.strip()) if isinstance(href, str) else ""
        if not host or host == here or _VIDEO_HINT.search(host):
            continue   # (a video thumbnail the player opens from: the video reader's)
        imgs = find_tags(a, "img")
        for img in imgs:
            alt = img.get("alt")
            if isinstance(alt, str) and _advert_alt(alt) and not any(t in fold_title(alt) for t in own):
                out.append(img)
        if imgs and _other_title_card(a, host, own):
            out.append(a)
    return out


def _may_hold_picture_cards(raw) -> bool:
    """The cheap gate of `_other_title_card` on a page without alt texts: a picture somewhere in its markup."""
    if not raw:
        return False
    return (b"<img" if isinstance(raw, bytes) else "<img") in raw


def _other_title_card(a: Tag, host: str, own: list[str]) -> bool:
    """Is a picture link to another site a card of another title by the words it shows beside its picture (a grid's
    "<a href=other><img alt=''><span>Title｜配信中｜OP：…</span></a>", "FROM NETFLIX")? A card naming this work, its
    own site or a known service or channel ("Netflixで独占配信", "Watch on Crunchyroll") points to where this work is."""
    text = a.get_text(" ", strip=True)
    if not text or not _advert_alt(text):
        return False
    folded = fold_title(text)
    site = fold_title(host.split(".")[0]) if host else ""
    return not any(t in folded for t in own) and not (site and site in folded) \
        and not any(k in folded for k in _SERVICE_KEYS)


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


# an encyclopedia's citation marker after a name or sentence ("Haruna Mishiro[6]", "[注 2]", "[citation needed]"):
# a footnote link, not text ("Name [6] (Japanese)" would split a credit)
_CITE_MARK = re.compile(r"^\s*[\[［]\s*(\d{1,3}|[a-z]{1,2}|(note|n|注|脚注|要出典|citation needed)\s*\d{0,3}[^\]］]{0,20})\s*[\]］]\s*$", re.I)
_LIST_TAGS = frozenset(("ul", "ol", "table", "tbody", "div", "dl", "section"))
# inline elements are never chrome by their class ("js-modal-yt" on a trailer link is not a modal box)
_NEVER_CHROME = frozenset(("body", "main", "article", "html", "a", "span", "img", "b", "strong", "i", "em", "small",
                           "time", "label", "cite", "sup", "sub", "br", "picture", "source"))


# headings of "more to read" boxes: the link lists after them (up to a box with a heading of its own) are
# other articles and titles
_CHROME_HEADING = re.compile(
    r"(related|recommend\w*|trending|popular|most (read|viewed|popular)|you (may|might) (also )?(like|enjoy)|"
    r"more (news|stories|articles|posts|releases|from|on|in|like this|to read)|keep reading|read (more|next)|"
    r"(latest|recent|other|top) (news|articles|stories|posts|releases|headlines|anime releases)|"
    # a database's box of its newest entries ("Recently added to the Encyclopedia", "Newly added titles", 新着作品)
    r"recently (added|updated|edited)\b|newly added|new (entries|additions|titles)\b|新着(作品|項目|タイトル|アニメ)|"
    # a streamer's or database's rail of other titles ("More Anime on X", "Other series", "Similar shows")
    r"(more|other|similar) (anime|shows|series|titles|films|movies|dramas)\b|because you (watched|liked)|top 10 (in|on|today|this week|shows|anime|series)\b|"
    r"new (on|to) \w+$|"
    # a streamer's rail of the season's other shows ("Winter 2027 Simulcasts", "More Simulcasts")
    # (not a bare "Simulcasts" heading: an article's list of the services streaming the work)
    r"(?:more|other|(?:more\s+)?(?:winter|spring|summer|fall|autumn)\s+20\d\d)\s+simulcasts$|"
    r"関連(記事|ニュース|する記事|リンク)?|おすすめ(記事|ニュース)?|こちらもおすすめ|あわせて読みたい|"
    r"(その他|他)の(作品|アニメ)|"
    # a streamer's rail of other titles (「この作品を見た人はこんな作品も見ています」「似ている作品」)
    r"この(作品|アニメ|ページ|記事|番組)を(見|観|視聴し|読ん)[ただ](人|方)\S{0,30}|"
    # ("People who viewed this page also viewed", "Viewers also watched", "Readers also read")
    r"(?:people|users|viewers|readers|customers|members|those)\s+who\s+(?:viewed|watched|read|liked|saw|visited)\s+this\b|"
    r"(?:viewers|readers|users|people|members|fans)\s+also\s+(?:watched|viewed|read|liked|visited)\b|こんな(作品|アニメ)も\S{0,20}|(似ている|似た)(作品|アニメ)\S{0,10}|"
    # a database's box of its other entries ("Also in the encyclopedia", "Elsewhere in the database", 「同じシリーズの作品」,
    # 「データベース内の関連項目」): their studios and directors are those entries'
    r"(?:also|elsewhere|more)\s+in\s+(?:the\s+|our\s+|this\s+)?(?:encyclop(?:a)?edia|database|catalog(?:ue)?|archive|library|wiki)|"
    r"other\s+(?:encyclop(?:a)?edia\s+|database\s+)?entries|(?:同じ|同)(?:シリーズ|フランチャイズ)の(?:作品|アニメ|タイトル)|"
    r"(?:データベース|百科事典|事典|辞典)内?の?(?:関連|他の|その他の|ほかの)(?:項目|作品|エントリー?|タイトル)|"
    # a press-release wire's list of the issuer's other releases ("株式会社Xのプレスリリース", "新着リリース")
    r"(?:[^\s。、]{1,30}の)?(?:プレスリリース|ニュースリリース)(?:一覧)?$|(?:新着|最新|その他|他)の?(?:プレス)?リリース|"
    r"人気(記事|ニュース)?|(アクセス|記事)?ランキング|最新(記事|ニュース)|その他の(記事|ニュース))\b.{0,60}$",
    re.I,
)
_SUB_HEADINGS = frozenset(("h2", "h3", "h4", "h5", "h6"))
# a "read also" line inside an article body: a label, then a link to another story ("RELATED: …")
_READ_ALSO = re.compile(r"(related( (news|story|stories|article|articles|reading))?|read (also|more|next)|also read|"
                        r"see also|recommended|関連(記事|ニュース)|(あわせて|合わせて)読みたい|こちらもおすすめ)"
                        r"\s*[:：>»›|｜]", re.I)
_READ_ALSO_TAGS = frozenset(("p", "div", "li", "aside", "blockquote"))
# the characters whose NFKC form holds one of _READ_ALSO's separators (":", "：", ">", "»", "›", "|", "｜"; found by
# decomposing every code point): a text without any of them cannot match, whatever its normalisation
_READ_ALSO_SEP = re.compile("[:>|\u00bb\u203a\u226f\u2a74\ufe13\ufe55\ufe65\uff1a\uff1e\uff5c]")


def _reads_also(text: str) -> bool:
    """`_READ_ALSO.match(_norm(text))`, without normalising the ~97% of texts that hold no separator at all."""
    return _READ_ALSO_SEP.search(text) is not None and _READ_ALSO.match(_norm(text)) is not None
_LINKISH = frozenset(("ul", "ol", "div", "section", "table", "dl", "p", "nav", "article"))   # (a rail's <article> story cards too)


def _l_is_link_list(el) -> bool:
    """Is this lxml element a list of links: mostly link text, or list items that each open with a link
    (a title, then notes about that title)?"""
    total = _letters(_STRING_VALUE(el))
    linked = sum(_letters(_STRING_VALUE(a)) for a in el.iter("a"))
    if total and linked >= 0.5 * total:
        return True
    items = list(el.iter("li"))
    return bool(items) and all(not (li.text or "").strip() and len(li) and str(li[0].tag).lower() == "a"
                               for li in items)


def _b_is_link_list(tag: Tag) -> bool:
    """`_l_is_link_list` on a bs4 tag."""
    total = len(_LETTERS.sub("", tag.get_text()))
    linked = sum(len(_LETTERS.sub("", a.get_text())) for a in tag.find_all("a"))
    if total and linked >= 0.5 * total:
        return True
    items = tag.find_all("li")
    return bool(items) and all(_b_opens_with(li, ("a",)) for li in items)


def _l_has_own_heading(el) -> bool:
    """Does this lxml box have a heading of its own (a section, not a list)? A heading inside a link is a
    card's title ("More like this": <a><h4>Other Title</h4><p>2026 · Drama</p></a>)."""
    return any(not any(str(a.tag).lower() == "a" for a in h.iterancestors()) for h in el.iter(*_HEADINGS))


def _b_has_own_heading(tag: Tag) -> bool:
    """`_l_has_own_heading` on a bs4 tag."""
    return any(h.find_parent("a") is None for h in tag.find_all(_HEADINGS))


# the labels of a work's infobox (a database's side panel, a wiki's portable infobox): each printed once, alone
_INFOBOX_LABEL = re.compile(
    r"(episodes?|no\.? of episodes|episode count|studios?|animation (studio|production)|aired|airing|premiered?|"
    r"premiere date|start date|release date|original run|broadcast|(original )?network|format|source|original work|status|"
    r"(directed|written|produced|licensed|published|music) by|magazine|volumes|imprint|demographic|"
    r"放送(期間|開始日?|日|局|時期)?|話数|全話数|アニメーション制作|制作(会社)?|原作|監督|配信(開始日?)?|"
    # a credits panel's own labels (an official site's side box: Director / Music, 監督 / 音楽): one work's credits
    r"(chief |series |sound |art )?director|series composition|screenplay|script|scenario|character designs?|"
    r"character designer|music|composer|original (creator|story|author)|"
    r"総監督|音響監督|美術監督|シリーズ構成|脚本|キャラクター(デザイン|原案)|音楽)",
    re.I)
# a leaf written "Label: value" (「監督：X」 in a side box's list): its label is the part before the colon
_INFOBOX_LABEL_LEAD = re.compile(r"\s*([^:：\n]{2,24}?)\s*[:：]")


def _infobox_label_of(text: str) -> str:
    """The label a leaf of an infobox prints: the whole short leaf ("Director"), or the part before its colon
    ("Director: X", 「監督：X」), casefolded."""
    if len(text) <= 80 and (":" in text or "：" in text):
        m = _INFOBOX_LABEL_LEAD.match(text)
        if m is not None and text[m.end():].strip():
            return m.group(1).strip().casefold()
    if len(text) > 30:
        return ""
    return text.strip().rstrip(":：").strip().casefold()


def _infobox_labels(leaf_texts) -> bool:
    """Do these leaf texts hold 3+ distinct infobox labels, at most one of them twice? (A sidebar of other
    works' cards repeats "Episodes" and "Studio" on every card; one work's infobox names each field once,
    but for its manga group beside the anime's "Original run" again.)"""
    seen = set()
    repeated = set()
    for text in leaf_texts:
        if not text:
            continue
        label = _infobox_label_of(text)
        if label and _INFOBOX_LABEL.fullmatch(label):
            if label in seen:
                repeated.add(label)
                if len(repeated) > 1:
                    return False
            seen.add(label)
    return len(seen) >= 3


# a word every infobox label holds (one for each of _INFOBOX_LABEL's alternatives): a box whose text holds none
# has no label, and its leaves need no look (most chrome boxes: comment replies, share bars, rails)
_INFOBOX_WORDS = ("episode", "studio", "animation", "air", "premiere", "date", "original", "broadcast", "network",
                  "format", "source", "status", "directed", "written", "produced", "licensed", "published", "music",
                  "magazine", "volumes", "imprint", "demographic", "放送", "話数", "制作", "原作", "監督", "配信",
                  "director", "composition", "screenplay", "script", "scenario", "design", "composer", "creator",
                  "story", "author", "シリーズ構成", "脚本", "キャラクター", "音楽")


def _may_hold_infobox_label(text: str) -> bool:
    """False only when no leaf text inside `text` can be an infobox label: each label is a piece of the box's
    text, casefolded (casefold works character by character, so a label's casefold is a piece of the text's)."""
    return may_contain_i(text.casefold(), _INFOBOX_WORDS)


def _l_holds_infobox(el) -> bool:
    """Does this chrome-looking lxml box hold the work's infobox (labelled pairs: Episodes, Studios, Aired)?"""
    if not _may_hold_infobox_label(_STRING_VALUE(el)):
        return False
    return _infobox_labels(e.text for e in el.iter() if isinstance(e.tag, str) and not len(e))


def _l_holds_line_fact_box(el) -> bool:
    """Does this chrome-looking lxml box hold the work's fact box with its labels on <br> lines of one cell
    (「スタッフ」 then 「原作：A<br>監督：B<br>…」)? Kept as content when no other title heads it."""
    if el.find(".//br") is None or not _may_hold_infobox_label(_STRING_VALUE(el)):
        return False
    if not _infobox_labels([e.text for e in el.iter() if isinstance(e.tag, str) and not len(e)] + _l_br_lines(el)):
        return False
    head = next((_STRING_VALUE(h) for h in el.iter("h1", "h2", "h3", "h4", "h5", "h6", "caption")), None)
    return head is None or not _box_heads_another_title(head, el.getroottree().findtext(".//title") or "")


# a fact box's heading that names no title: what the box is ("作品情報", "Series info", "DATA")
_FACT_BOX_HEAD = re.compile(r"(?:作品|番組|アニメ|基本|放送|配信)?(?:情報|データ|概要|紹介)|(?:anime|series|show|work|title|"
                            r"quick|key)?\s*(?:info(?:rmation)?|details|data|facts?|fact\s*box|at a glance|overview|profile)|"
                            r"staff|cast|スタッフ|キャスト|about(?: the (?:anime|series|show))?", re.I)


def _box_heads_another_title(head: str, title: str) -> bool:
    """Is a side fact box (its credits on <br> lines) headed by a title the page's own <title> does not name
    ("Starfield Choir" beside an article on another work, "Also this season")? Its credits are that work's: the box
    stays chrome. A heading naming the page's title (「TVアニメ「灯台守のリュシア」」) or saying what the box is
    (作品情報, Series info) is the page's own."""
    h = unicodedata.normalize("NFKC", head).strip()
    if not h or _FACT_BOX_HEAD.fullmatch(h.strip(" :：・■●【】[]")):
        return False
    quoted = re.findall(r"[「『\"“]([^」』\"”]{1,60})[」』\"”]", h)
    own = fold_title(title)
    return not any(fold_title(p) and fold_title(p) in own for p in (quoted or [h]))


def _l_br_lines(el) -> list:
    """The lines a box sets apart by <br> inside one cell (a fact box's 「スタッフ」 cell: 「原作：A<br>監督：B<br>…」):
    each is a leaf of the box as a reader sees it, though the cell has children."""
    lines: list = []
    parents = []
    for br in el.iter("br"):
        lines.append(br.tail)
        parent = br.getparent()
        if parent is not None and parent not in parents:
            parents.append(parent)
            lines.append(parent.text)
    return lines


def _b_holds_infobox(tag: Tag) -> bool:
    """`_l_holds_infobox` on a bs4 tag."""
    return _infobox_labels(e.string for e in tag.find_all(True) if not e.find(True))


def _b_holds_line_fact_box(tag: Tag) -> bool:
    """`_l_holds_line_fact_box` on a bs4 tag."""
    if tag.find("br") is None or not _infobox_labels([e.string for e in tag.find_all(True) if not e.find(True)]
                                                     + _b_br_lines(tag)):
        return False
    head = tag.find(("h1", "h2", "h3", "h4", "h5", "h6", "caption"))
    doc_title = tag.find_previous("title")
    return head is None or not _box_heads_another_title(head.get_text(), doc_title.get_text() if doc_title else "")


def _b_br_lines(tag: Tag) -> list:
    """`_l_br_lines` on a bs4 tag: the text runs beside each <br> of a cell."""
    lines: list = []
    for br in tag.find_all("br"):
        for sib in (br.previous_sibling, br.next_sibling):
            if isinstance(sib, NavigableString) and not isinstance(sib, Comment) and str(sib) not in lines:
                lines.append(str(sib))
    return lines


_CARD_TITLE_TAGS = frozenset(("b", "strong"))
_CARD_LETTERS = 120


def _l_is_title_cards(el) -> bool:
    """Is this lxml list a rail of short title cards, each item opening with its title in bold
    (<li><b>Other Title</b><small>Sun, Jan 10 · OP: …</small></li>)? Under a rail's heading they are other works."""
    items = list(el.iter("li"))
    return bool(items) and all(not (li.text or "").strip() and len(li) and str(li[0].tag).lower() in _CARD_TITLE_TAGS
                               and _letters(_STRING_VALUE(li)) <= _CARD_LETTERS for li in items)


def _b_is_title_cards(tag: Tag) -> bool:
    """`_l_is_title_cards` on a bs4 tag."""
    items = tag.find_all("li")
    return bool(items) and all(_b_opens_with(li, _CARD_TITLE_TAGS) and len(_LETTERS.sub("", li.get_text())) <= _CARD_LETTERS
                               for li in items)


def _b_opens_with(li: Tag, names) -> bool:
    for c in li.children:
        if isinstance(c, NavigableString):
            if c.strip():
                return False
            continue
        return c.name in names
    return False


_LINK_CARD_LETTERS = 300


def _l_is_link_card(el) -> bool:
    """Is this lxml box a story card: it opens with a link holding a heading (the other story's title), then a
    short teaser (<div><a><img><h4>Other Title…</h4></a><p>One line about it.</p></div>)? Under a "More from
    …" heading it is another article."""
    kids = [k for k in el if isinstance(k.tag, str)]
    return (bool(kids) and not (el.text or "").strip() and str(kids[0].tag).lower() == "a"
            and any(True for _h in kids[0].iter(*_HEADINGS)) and _letters(_STRING_VALUE(el)) <= _LINK_CARD_LETTERS)


def _b_is_link_card(tag: Tag) -> bool:
    """`_l_is_link_card` on a bs4 tag."""
    first = next((c for c in tag.children if not (isinstance(c, NavigableString) and not c.strip())), None)
    return (isinstance(first, Tag) and first.name == "a" and first.find(_HEADINGS) is not None
            and len(_LETTERS.sub("", tag.get_text())) <= _LINK_CARD_LETTERS)


# a small box whose link is marked rel="sponsored" (the mark affiliate and paid links carry) is an ad: "watch
# these on U-NEXT, 31 days free", "read the manga on X": its services and dates are no facts of the work
_AD_BOX_TAGS = frozenset(("div", "aside", "section"))
_AD_BOX_LETTERS = 250


def _sponsored(rel) -> bool:
    words = rel if isinstance(rel, list) else (rel or "").split()
    return any(w.lower() == "sponsored" for w in words)


def _b_has_sponsored_link(tag: Tag) -> bool:
    return any(_sponsored(a.get("rel")) for a in find_tags(tag, ("a",)))


def _l_has_sponsored_link(el) -> bool:
    return any(_sponsored(a.get("rel")) for a in el.iter("a"))


# a layout's side column by its class/id ("side", "l-side", "side-column"; "sidebar" is chrome already)
_SIDE_COLUMN = re.compile(r"(?:^|[-_\s])side(?:[-_]?col(?:umn)?)?(?:[-_\s]|$)", re.I)
_TITLE_LIST_TAGS = frozenset(("ul", "ol"))
_SIDE_TITLES = 3


def _title_list_works(hrefs) -> bool:
    """Do these item-opening links (one per item) all point at work pages, each a different work?"""
    works = []
    for href in hrefs:
        m = _OTHER_WORK_LINK.search(href or "")
        if m is None:
            return False
        works.append(m.group(0))
    return len(works) >= _SIDE_TITLES and len(set(works)) == len(works)


def _l_is_side_title_list(el) -> bool:
    """A side column's list of other titles with notes under each ("<li><a href=/anime/22188>Title</a><br>
    <small>2027年7月8日 ／ 制作：X ／ 監督：Y</small>"): the notes outweigh the links, so it is no link list by
    share, but every item opens with a link to another work's page; its dates and credits are those works'."""
    items = [li for li in el if isinstance(li.tag, str) and li.tag.lower() == "li"]
    if len(items) < _SIDE_TITLES or any((li.text or "").strip() or not len(li) or str(li[0].tag).lower() != "a"
                                        for li in items):
        return False
    if not _title_list_works(li[0].get("href") for li in items):
        return False
    return any(_SIDE_COLUMN.search(f"{a.get('id') or ''} {a.get('class') or ''}") and a.find(".//h1") is None
               for a in el.iterancestors())   # (a wrapper "has-side" around the page's own title is no side column)


def _b_is_side_title_list(tag: Tag) -> bool:
    """`_l_is_side_title_list` on a bs4 tag."""
    items = child_tags(tag, "li")
    if len(items) < _SIDE_TITLES or not all(_b_opens_with(li, ("a",)) for li in items):
        return False
    if not _title_list_works(find_tag(li, "a").get("href") for li in items):
        return False
    return any(_SIDE_COLUMN.search(f"{a.get('id') or ''} {' '.join(a.get('class') or ())}") and find_tag(a, "h1") is None
               for a in tag.parents)


# a side column's list of other entries shorter than `_SIDE_TITLES` ("Also in the encyclopedia": two items, each opening
# with a link to another entry of the site): two distinct works are a list of other works; one item is one when it names
# another version (an ONA, a film, a prequel, the first season), never the work's own entry
_SIDE_VERSION_MARK = re.compile(r"[(（]\s*(?:ONA|OVA|OAD|movie|film|special|TV\s+special|prequel|sequel|recap|short|劇場版|前日譚|"
                                r"続編|特別編|総集編)s?\s*[)）]|\bseason\s+(?:one|two|three|[1-9])\b|\b(?:1st|2nd|3rd|[4-9]th)\s+season\b|"
                                r"\bthe\s+(?:movie|film)\b|劇場版|第[1-9一二三]期|前日譚|\b(?:OVA|ONA|OAD)\b", re.I)
# the head of a table's title column ("Title", "Anime", 作品名, タイトル): a side column's table of such rows lists other works
# (a season's chart: "Title | Premiere | Studio"); a table whose head also numbers episodes lists this work's episodes
_TITLE_COLUMN_HEAD = re.compile(r"^(?:titles?|anime|series|shows?|works?|programs?|programmes?|作品名?|タイトル|番組名?|アニメ)$", re.I)
_EPISODE_COLUMN_HEAD = re.compile(r"^(?:#|no\.?|ep\.?|eps?|episodes?|話数?|第?\s*\d*\s*話|回|放送回)$", re.I)


_LINK_ID_DIGITS = re.compile(r"\d*")   # (the entry's number after "anime.php?id="; "/anime/123/staff" is entry 123's)


def _side_list_other_works(hrefs, texts) -> bool:
    """Do these item-opening links point at distinct work pages, two or more, or one whose item names another version?"""
    works = []
    for href in hrefs:
        m = _OTHER_WORK_LINK.search(href or "")
        if m is None:
            return False
        works.append(href[:m.end()] + _LINK_ID_DIGITS.match(href, m.end()).group())   # ("anime.php?id=" is every entry's)
    if not works or len(set(works)) != len(works):
        return False
    return len(works) >= 2 or any(_SIDE_VERSION_MARK.search(t) for t in texts)


def _l_in_side_column(el) -> bool:
    """Does this lxml element sit in a layout's side column (one that does not hold the page's own <h1>)?"""
    return any(_SIDE_COLUMN.search(f"{a.get('id') or ''} {a.get('class') or ''}") and a.find(".//h1") is None
               for a in el.iterancestors())


def _b_in_side_column(tag: Tag) -> bool:
    """`_l_in_side_column` on a bs4 tag."""
    return any(_SIDE_COLUMN.search(f"{a.get('id') or ''} {' '.join(a.get('class') or ())}") and find_tag(a, "h1") is None
               for a in tag.parents)


def _l_is_side_work_list(el) -> bool:
    """A side column's short list of other entries (see `_side_list_other_works`): every item opens with a link."""
    items = [li for li in el if isinstance(li.tag, str) and li.tag.lower() == "li"]
    if not items or len(items) >= _SIDE_TITLES or any((li.text or "").strip() or not len(li)
                                                      or str(li[0].tag).lower() != "a" for li in items):
        return False
    return _side_list_other_works([li[0].get("href") for li in items], [_STRING_VALUE(li) for li in items]) \
        and _l_in_side_column(el)


def _b_is_side_work_list(tag: Tag) -> bool:
    """`_l_is_side_work_list` on a bs4 tag."""
    items = child_tags(tag, "li")
    if not items or len(items) >= _SIDE_TITLES or not all(_b_opens_with(li, ("a",)) for li in items):
        return False
    return _side_list_other_works([find_tag(li, "a").get("href") for li in items], [li.get_text() for li in items]) \
        and _b_in_side_column(tag)


def _title_table_rows(rows) -> bool:
    """Rows (each a list of cell texts) of a table of other titles: its first row heads a title column, no episode
    column, and two rows or more follow."""
    if len(rows) < 3:
        return False
    head = [_norm(c).strip(" :：") for c in rows[0]]
    return any(_TITLE_COLUMN_HEAD.match(c) for c in head) and not any(_EPISODE_COLUMN_HEAD.match(c) for c in head)


def _l_is_side_title_table(el) -> bool:
    """Is this lxml table a side column's table of other titles ("Spring 2027 at a glance": Title | Premiere | Studio)?"""
    if not _l_in_side_column(el):
        return False
    rows = [[_STRING_VALUE(c) for c in tr if isinstance(c.tag, str) and c.tag.lower() in ("td", "th")] for tr in el.iter("tr")]
    return _title_table_rows(rows)


def _b_is_side_title_table(tag: Tag) -> bool:
    """`_l_is_side_title_table` on a bs4 tag."""
    if not _b_in_side_column(tag):
        return False
    rows = [[c.get_text() for c in child_tags(tr, ("td", "th"))] for tr in find_tags(tag, ("tr",))]
    return _title_table_rows(rows)


# a table layout's side column (an old site's <td width=190> menu beside the main <td>): a narrow cell whose lines open with
# links, one title each with notes under it ("・<a>Other Title</a><br>2027年1月 NHK<br>監督：X"), while a wider sibling cell
# holds the page's heading or most of its text; those titles' dates and credits are other works'. (A cell whose links
# follow a label, "監督：<a>X</a>", "Role: <a>Actor</a>", lists this work's credits; an infobox cell stays too.)
_SIDE_CELL_WIDTH = 300
_SIDE_CELL_SHARE = 30
_SIDE_CELL_LINKS = 3
_LINE_BULLETS = " \t\r\n\u00a0・･•●○◆◇■□▶►▸»›>-–—*+※"


# a cell's width set in its style instead of its width attribute (<td style="width:300px;vertical-align:top">)
_STYLE_CELL_WIDTH = re.compile(r"(?:^|;)\s*width\s*:\s*([\d.]+\s*(?:px|%)?)\s*(?:;|$)", re.I)


def _cell_width_of(width, style) -> str | None:
    """A cell's width: its width attribute, else the width its style sets (a side column's "width:300px")."""
    if width or not style or "width" not in style:
        return width
    m = _STYLE_CELL_WIDTH.search(style)
    return m.group(1) if m is not None else None


def _narrow_cell_width(width) -> bool:
    """A cell's width attribute that makes it a side column: up to 300 pixels or 30 per cent."""
    w = (width or "").strip().lower()
    if not w:
        return False
    pct = w.endswith("%")
    digits = w.rstrip("%").removesuffix("px").strip()
    if not digits.isdigit():
        return False
    return int(digits) <= (_SIDE_CELL_SHARE if pct else _SIDE_CELL_WIDTH)


def _l_is_layout_row(row) -> bool:
    """Is this lxml <tr> the only row of its table: a page laid out as one row of columns (an old wiki's menu cell
    beside its body cell, no width set), not a table of data, whose many rows may each hold a linked cell? (A cell
    holding tables of its own is a database's credits column beside another, never a menu: the caller checks.)"""
    if row is None or not isinstance(row.tag, str) or row.tag.lower() != "tr":
        return False
    box = row.getparent()
    return box is not None and sum(1 for r in box if isinstance(r.tag, str) and r.tag.lower() == "tr") == 1


def _b_is_layout_row(row) -> bool:
    """`_l_is_layout_row` on a bs4 tag."""
    if not isinstance(row, Tag) or row.name != "tr" or row.parent is None:
        return False
    return len(child_tags(row.parent, "tr")) == 1


def _l_link_opens_line(a) -> bool:
    """Does this lxml link open its line (nothing but a bullet before it since the last <br> or the box's start)?"""
    prev = a.getprevious()
    before = prev.tail if prev is not None else a.getparent().text if a.getparent() is not None else ""
    if (before or "").strip(_LINE_BULLETS):
        return False
    return prev is None or str(prev.tag).lower() == "br"


def _l_is_side_menu_cell(el, letters: int) -> bool:
    """`el`, a <td> with three links or more, is a layout's side column of other titles (see `_SIDE_CELL_WIDTH`)."""
    width = _cell_width_of(el.get("width"), el.get("style"))
    if not (_narrow_cell_width(width) or (not width and _l_is_layout_row(el.getparent()) and not any(True for _t in el.iter("table")))) or any(True for _h in el.iter("h1", "h2")):
        return False
    links = list(el.iter("a"))
    opening = sum(1 for a in links if _l_link_opens_line(a))
    if opening < _SIDE_CELL_LINKS or opening * 5 < len(links) * 3 or _l_holds_infobox(el):
        return False
    row = el.getparent()
    for sib in (row if row is not None else ()):
        if sib is el or not isinstance(sib.tag, str) or sib.tag.lower() != "td":
            continue
        other = _letters(_STRING_VALUE(sib))
        if other >= 3 * letters or (other >= 1.5 * letters and any(True for _h in sib.iter("h1", "h2", "h3"))):
            return True
    return False


def _b_link_opens_line(a: Tag) -> bool:
    """`_l_link_opens_line` on a bs4 link."""
    prev = a.previous_sibling
    while isinstance(prev, NavigableString):
        if prev.strip(_LINE_BULLETS):
            return False
        prev = prev.previous_sibling
    return prev is None or prev.name == "br"


def _b_is_side_menu_cell(tag: Tag, letters: int) -> bool:
    """`_l_is_side_menu_cell` on a bs4 tag."""
    width = _cell_width_of(tag.get("width"), tag.get("style"))
    if not (_narrow_cell_width(width) or (not width and _b_is_layout_row(tag.parent) and tag.find("table") is None)) or tag.find(("h1", "h2")) is not None:
        return False
    links = tag.find_all("a")
    opening = sum(1 for a in links if _b_link_opens_line(a))
    if opening < _SIDE_CELL_LINKS or opening * 5 < len(links) * 3 or _b_holds_infobox(tag):
        return False
    for sib in child_tags(tag.parent, "td") if tag.parent is not None else ():
        if sib is tag:
            continue
        other = len(_LETTERS.sub("", sib.get_text()))
        if other >= 3 * letters or (other >= 1.5 * letters and sib.find(("h1", "h2", "h3")) is not None):
            return True
    return False


# a box that opens on a label of its own in any markup (<div>Read also</div>, <span>Latest:</span>, <p>おすすめアニメ</p>,
# <div>アクセスランキング（24時間）</div>) and then holds repeated items or a short card with a link is a rail or a teaser
# card, whatever its classes ("css-9x2kq1"): the titles, dates and credits in it are other works' and other stories'
_RAIL_BOX_TAGS = frozenset(("div", "section", "aside"))
_RAIL_LABEL_TAGS = frozenset(("div", "span", "p", "b", "strong", "em", "small", "header", "h2", "h3", "h4", "h5", "h6"))
_RAIL_LABEL = re.compile(
    r"related|recommend|trending|popular|\branking|\bread (?:also|more|next)\b|\balso read\b|\bsee also\b|"
    r"\bmore (?:news|stories|articles|to read)\b|\bwhat to watch\b|\byou (?:may|might) also\b|\bdon[’']?t miss\b|"
    r"\bfurther reading\b|\bmore on (?:this|the topic)\b|(?:あわせて|合わせて|併せて)(?:読みたい|読む|チェック)|"
    r"次に読みたい|この記事も|こんな記事も|"
    # a streamer's or database's "watched this, also watched" rail (「この作品を見た人はこんな作品も」, "Fans also liked")
    r"この(?:作品|アニメ|番組|タイトル)を(?:見|観|視聴し|チェックし)[たて]|この(?:作品|アニメ)が好きな|こんな(?:作品|アニメ|タイトル)も|"
    r"(?:似ている|似た|同じジャンルの)(?:作品|アニメ)|\b(?:people|users|viewers|fans|members|those|customers)\s+(?:who\s+"
    r"(?:watched|viewed|liked|saw|enjoyed)\s+(?:this|it)\s+)?also\s+(?:watched|viewed|liked|enjoyed|loved|watch|like)\b|"
    r"\bif you (?:liked|enjoyed|loved) this\b|\bbecause you (?:watched|liked)\b|\bmore like this\b|"
    r"\bsimilar (?:titles|anime|shows|series|works)\b|"
    r"人気の?(?:ページ|記事|作品|ニュース|タイトル|アニメ|番組|ランキング)|ランキング|おすすめ|オススメ|関連(?:記事|ニュース|作品|アニメ|リンク|タイトル)|こちらも|新番組|"
    r"今期の?(?:アニメ|作品|新作)|掲示板|みんなの(?:コメント|感想)|"
    r"^(?:comments?)$|^(?:20\d\d\s*年?\s*)?[春夏秋冬]アニメ(?:一覧)?$|"
    r"^(?:winter|spring|summer|fall|autumn)\s+20\d\d(?:\s+(?:anime|season|lineup))?$", re.I)
_RAIL_LABEL_TRIM = re.compile(r"^[\s■□●◆◇▼▽★☆▶►【\[]+|(?:\s*[(（][^)）]{0,20}[)）])?[\s:：|｜»›>\-–—】\]]*$")
_RAIL_LABEL_CHARS = 40
_RAIL_CARD_LETTERS = 300


# the words of a rail's heading that `_CHROME_HEADING` (matched at the heading's start) misses in a longer heading
# ("今日の人気ページ", "週間アクセスランキング", "編集部のおすすめ"); never "関連作品" (a related-works section is read as such)
_RAIL_HEADING = re.compile(r"ランキング|\brankings?\b|人気の?(?:ページ|記事|作品|ニュース|タイトル|アニメ|番組)|おすすめ|オススメ|\btrending\b", re.I)


def _rail_heading(text: str) -> bool:
    """Is this short sub-heading a rail's, by `_RAIL_HEADING`?"""
    t = _norm(text)
    return len(t) <= _RAIL_LABEL_CHARS and _RAIL_HEADING.search(t) is not None


# a news site's ticker label ("Latest:", "注目：") or a channel's "line-up": on a work's official site the same label
# heads its own news or its own products (a Blu-ray "LINEUP")
_TICKER_LABEL = re.compile(r"^(?:latest|latest news|pick ?up|hot|速報|注目)$|\bline-?up\b|ラインナップ", re.I)


def _rail_label(text: str, own_news: bool = False) -> bool:
    """Does this short label name a rail, a teaser card or a board ("Read also", "Latest:", "人気ランキング")?"""
    t = _RAIL_LABEL_TRIM.sub("", _norm(text))
    return 0 < len(t) <= _RAIL_LABEL_CHARS and (_RAIL_LABEL.search(t) is not None
                                                 or (not own_news and _TICKER_LABEL.search(t) is not None)
                                                 or _reaction_heading(t))


def _l_rail_items(kids) -> int:
    """How many repeated items follow a box's label: its next siblings, or the rows or items of the one list,
    table or wrapper they sit in."""
    items = kids
    for _ in range(3):
        if len(items) != 1:
            break
        items = [k for k in items[0] if isinstance(k.tag, str)]
    return len(items)


def _l_is_labelled_rail(el, letters: int, links: int, own_news: bool = False) -> bool:
    """Is this lxml box a rail or teaser card by its own opening label (see `_RAIL_LABEL`): after the label, a
    short card with a link, or two repeated items or more?"""
    if (el.text or "").strip():
        return False
    kids = [k for k in el if isinstance(k.tag, str)]
    if len(kids) < 2:
        return False
    label = kids[0]
    if str(label.tag).lower() not in _RAIL_LABEL_TAGS or len(label) > 3 \
            or any(str(e.tag).lower() in ("a", "img") for e in label.iter() if isinstance(e.tag, str)):
        return False
    if not _rail_label(_STRING_VALUE(label), own_news):
        return False
    return bool(links and letters < _RAIL_CARD_LETTERS) or _l_rail_items(kids[1:]) >= 2


def _b_rail_items(kids: list[Tag]) -> int:
    """`_l_rail_items` on bs4 tags."""
    items = kids
    for _ in range(3):
        if len(items) != 1:
            break
        items = [k for k in items[0].children if isinstance(k, Tag)]
    return len(items)


def _b_is_labelled_rail(tag: Tag, letters: int, links: int, own_news: bool = False) -> bool:
    """`_l_is_labelled_rail` on a bs4 tag."""
    first = next((c for c in tag.children if not (isinstance(c, NavigableString) and not c.strip())
                  and not isinstance(c, Comment)), None)
    if not isinstance(first, Tag):
        return False
    kids = [k for k in tag.children if isinstance(k, Tag)]
    label = first
    if len(kids) < 2 or label.name not in _RAIL_LABEL_TAGS or sum(1 for k in label.children if isinstance(k, Tag)) > 3 \
            or label.find(("a", "img")) is not None:
        return False
    if not _rail_label(label.get_text(), own_news):
        return False
    return bool(links and letters < _RAIL_CARD_LETTERS) or _b_rail_items(kids[1:]) >= 2


def _scan(tag: Tag, doomed: list, keep: set | None, own_news: bool = False) -> tuple[int, int, int, int, bool]:
    """One post-order pass: mark chrome and link lists of other titles in `doomed`.

    Returns (letters of text, anchors, anchors to other works/articles, letters inside those anchors)
    for what survives under `tag`, so a parent never counts what was already marked, and whether it holds
    an element of `keep` (the content: its chrome-looking wrappers, "news-wrap" around "news-main", stay).
    """
    tlen = n_a = n_f = f_len = 0
    holds = under_chrome_heading = under_other_titles = False
    for child in tag.children:
        if isinstance(child, NavigableString):
            if not isinstance(child, Comment):
                tlen += _letters(child)
            continue
        if not isinstance(child, Tag):
            continue
        name = child.name
        attrs = child.attrs
        if name in _CHROME_TAGS and not (name == "aside" and (_b_holds_infobox(child) or _b_holds_line_fact_box(child))):
            doomed.append((child, 0, True))
            continue
        if name == "img":
            alt = attrs.get("alt")
            if alt:
                tlen += _letters(alt)
            continue
        if name == "sup" and _CITE_MARK.match(child.get_text()):
            doomed.append((child, 0, True))
            continue
        style = attrs.get("style")
        if style and "line-through" in style:  # struck by its style: what the page no longer says
            doomed.append((child, 0, True))
            continue
        c_t, c_a, c_f, c_fl, c_holds = _scan(child, doomed, keep, own_news)
        c_holds = c_holds or (keep is not None and id(child) in keep)
        if name == "a":
            c_a += 1
            href = attrs.get("href")
            if isinstance(href, str) and (_OTHER_WORK_LINK if own_news else _FOREIGN_LINK).search(href):
                c_f += 1
                c_fl = c_t
        if not c_holds and c_t:
            if name in _SUB_HEADINGS and (_CHROME_HEADING.match(_norm(child.get_text(" "))) or _rail_heading(child.get_text(" "))):
                doomed.append((child, c_t, True))
                under_chrome_heading = True
                under_other_titles = _related_works_heading(child.get_text(" ")) or _recommendations_heading(child.get_text(" "))
                continue
            if (under_chrome_heading and name in _LINKISH and (under_other_titles or _b_is_link_list(child) or _b_is_title_cards(child)
                                                               or _b_is_link_card(child))
                    and not _b_has_own_heading(child)):
                doomed.append((child, c_t, True))
                continue
            under_chrome_heading = False
            if name in _READ_ALSO_TAGS and c_t < 300 and c_a and _reads_also(child.get_text(" ")):
                doomed.append((child, c_t, True))
                continue
        if name not in _NEVER_CHROME and not c_holds:
            ident = attrs.get("id") or ""
            cls = attrs.get("class")
            if cls:
                ident = ident + " " + " ".join(cls)
            role = attrs.get("role")
            if role:
                ident = ident + " " + role
            if ident and (_is_chrome_ident(ident, own_news, _b_has_video(child), _b_links_inside(child), _b_bare(child)) or
                          role in ("navigation", "banner", "contentinfo", "complementary", "search")) \
                    and (_COMMENT_SECTION.search(ident) or not (_b_holds_infobox(child) or _b_holds_line_fact_box(child))):
                doomed.append((child, c_t, bool(_COMMENT_SECTION.search(ident))))
                continue
            if name in _LIST_TAGS and c_f >= 4 and c_f >= 0.5 * c_a and c_fl >= 0.6 * c_t:
                doomed.append((child, c_t, True))
                continue
            if name in _TITLE_LIST_TAGS and c_f >= _SIDE_TITLES and _b_is_side_title_list(child):
                doomed.append((child, c_t, True))
                continue
            if (name in _TITLE_LIST_TAGS and c_f and _b_is_side_work_list(child)) or (name == "table" and _b_is_side_title_table(child)):
                doomed.append((child, c_t, True))
                continue
            if name in _AD_BOX_TAGS and c_a and c_t < _AD_BOX_LETTERS and _b_has_sponsored_link(child):
                doomed.append((child, c_t, True))
                continue
            if name == "td" and c_a >= _SIDE_CELL_LINKS and _b_is_side_menu_cell(child, c_t):
                doomed.append((child, c_t, False))
                continue
            if name in _RAIL_BOX_TAGS and _b_is_labelled_rail(child, c_t, c_a, own_news):
                doomed.append((child, c_t, False))
                continue
        tlen += c_t
        n_a += c_a
        n_f += c_f
        f_len += c_fl
        holds = holds or c_holds
    return tlen, n_a, n_f, f_len, holds


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
                if isinstance(d.get("containsSeason"), (list, dict)):
                    # a series' seasons are works of their own (a sequel's dates live there)
                    stack.append(d["containsSeason"])
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
    """lxml's HTML parser with lxml.html's defaults, built once; also the text of an element (what the XPath
    string() of HtmlElement.text_content() gives: both are libxml2's xmlNodeGetContent, but tostring's text
    method reaches it without an XPath evaluation, ~3x faster on the pre-pass's many small elements)."""
    global _HTML_PARSER, _STRING_VALUE
    if _HTML_PARSER is None:
        from functools import partial

        import lxml.etree

        _STRING_VALUE = partial(lxml.etree.tostring, method="text", encoding=str, with_tail=False)
        _HTML_PARSER = lxml.etree.HTMLParser()
    return _HTML_PARSER


# a tag name lxml's HTML parser never gives (it lower-cases every tag name): the mark of an element to drop
_DROPPED = "Tracker-Dropped"


def _drop_trees(body, elements) -> None:
    """The elements and their subtrees gone, each one's tail text kept where it stood, in one pass of lxml's own
    code (a Python remove per element cost three times as much): each is renamed to the mark, then all are stripped;
    the text nodes left side by side serialize as one text, and `_html_of` is all that reads the tree after."""
    if elements:
        import lxml.etree

        for el in elements:
            el.tag = _DROPPED
        lxml.etree.strip_elements(body, _DROPPED, with_tail=False)


_META_CONTENT_TYPE = '<meta http-equiv="Content-Type"'


def _html_of(el) -> str:
    """lxml.html.tostring(el, encoding="unicode"), whose regex pass to drop <meta http-equiv="Content-Type">
    tags over the whole markup is run only when the markup holds one."""
    import lxml.etree

    html = lxml.etree.tostring(el, method="html", encoding="unicode")
    if _META_CONTENT_TYPE in html:
        import lxml.html

        return lxml.html.tostring(el, encoding="unicode")
    return html


def _lscan(el, doomed: list, keep: set | None, own_news: bool = False) -> tuple[int, int, int, int, bool]:
    """`_scan` on the lxml tree (the fast path): same rules, same counts."""
    tlen = n_a = n_f = f_len = 0
    holds = under_chrome_heading = under_other_titles = False
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
        if name in _CHROME_TAG_SET and not (name == "aside" and (_l_holds_infobox(child) or _l_holds_line_fact_box(child))):
            doomed.append((child, 0, True))
            continue
        if name == "img":
            alt = child.get("alt")
            if alt:
                tlen += _letters(alt)
            continue
        if name == "sup" and _CITE_MARK.match(_STRING_VALUE(child)):
            doomed.append((child, 0, True))
            continue
        style = child.get("style")
        if style and "line-through" in style:  # struck by its style: what the page no longer says
            doomed.append((child, 0, True))
            continue
        if len(child):
            c_t, c_a, c_f, c_fl, c_holds = _lscan(child, doomed, keep, own_news)
        else:  # a leaf: what _lscan(child) returns, without the call
            c_text = child.text
            c_t = _letters(c_text) if c_text and not c_text.isspace() else 0
            c_a = c_f = c_fl = 0
            c_holds = False
        c_holds = c_holds or (keep is not None and id(child) in keep)
        if name == "a":
            c_a += 1
            href = child.get("href")
            if href and (_OTHER_WORK_LINK if own_news else _FOREIGN_LINK).search(href):
                c_f += 1
                c_fl = c_t
        if not c_holds and c_t:
            if name in _SUB_HEADINGS and (_CHROME_HEADING.match(_norm(_STRING_VALUE(child))) or _rail_heading(_STRING_VALUE(child))):
                doomed.append((child, c_t, True))
                under_chrome_heading = True
                under_other_titles = _related_works_heading(_STRING_VALUE(child)) or _recommendations_heading(_STRING_VALUE(child))
                continue
            if (under_chrome_heading and name in _LINKISH and (under_other_titles or _l_is_link_list(child) or _l_is_title_cards(child)
                                                               or _l_is_link_card(child))
                    and not _l_has_own_heading(child)):
                doomed.append((child, c_t, True))
                continue
            under_chrome_heading = False
            if name in _READ_ALSO_TAGS and c_t < 300 and c_a and _reads_also(_STRING_VALUE(child)):
                doomed.append((child, c_t, True))
                continue
        if name not in _NEVER_CHROME and not c_holds:
            ident = child.get("id") or ""
            cls = child.get("class")
            if cls:
                ident = ident + " " + cls
            role = child.get("role")
            if role:
                ident = ident + " " + role
            # (the lazy tests are built only for an ident holding a chrome word: without one it is no chrome)
            if ident.strip() and ((_chrome_words(ident) and
                                   _is_chrome_ident(ident, own_news, _l_has_video(child), _l_links_inside(child), _l_bare(child))) or
                                  role in ("navigation", "banner", "contentinfo", "complementary", "search")) \
                    and (_is_comment_ident(ident) or not (_l_holds_infobox(child) or _l_holds_line_fact_box(child))):
                doomed.append((child, c_t, _is_comment_ident(ident)))
                continue
            if name in _LIST_TAGS and c_f >= 4 and c_f >= 0.5 * c_a and c_fl >= 0.6 * c_t:
                doomed.append((child, c_t, True))
                continue
            if name in _TITLE_LIST_TAGS and c_f >= _SIDE_TITLES and _l_is_side_title_list(child):
                doomed.append((child, c_t, True))
                continue
            if (name in _TITLE_LIST_TAGS and c_f and _l_is_side_work_list(child)) or (name == "table" and _l_is_side_title_table(child)):
                doomed.append((child, c_t, True))
                continue
            if name in _AD_BOX_TAGS and c_a and c_t < _AD_BOX_LETTERS and _l_has_sponsored_link(child):
                doomed.append((child, c_t, True))
                continue
            if name == "td" and c_a >= _SIDE_CELL_LINKS and _l_is_side_menu_cell(child, c_t):
                doomed.append((child, c_t, False))
                continue
            if name in _RAIL_BOX_TAGS and _l_is_labelled_rail(child, c_t, c_a, own_news):
                doomed.append((child, c_t, False))
                continue
        tlen += c_t
        n_a += c_a
        n_f += c_f
        f_len += c_fl
        holds = holds or c_holds
    return tlen, n_a, n_f, f_len, holds


_VIDEO_ATTRS = ("href", "src", "data-src", "data-id", "data-url", "data-video-url", "data-embed")
# attributes that carry a bare YouTube id ("data-ytid", "data-youtube-id") on thumbnail lists
_YT_ID_ATTR = re.compile(r"^data-(?:(yt|youtube)(-?id)?|video-?id)$", re.I)
_YT_BARE_ID = re.compile(r"^(?!\d+$)[\w-]{11}$")   # (eleven digits are some other player's number)
_YT_THUMB = re.compile(r"(?:i\d?\.ytimg\.com|img\.youtube\.com)/vi(?:_webp)?/([\w-]{11})/")


# a card's day kept in its markup, not its text: `<a href=… data-date="2026.08.20">`, `<li data-published=…>`,
# `<time datetime="2026-08-20"></time>` left empty for a script to print
_CARD_DAY_ATTRS = ("data-date", "data-published", "data-release", "data-release-date", "data-pubdate", "data-day",
                   "datetime")


def _card_markup_day(el: Tag, held: dict[int, set[str]]) -> str:
    """The day the markup of a video's own card gives it (an attribute of the link or of a box around it that holds
    no other video, up to two levels up, or of an empty <time> in it), else ""."""
    for depth, anc in enumerate((el, *el.parents)):
        if depth > 2 or anc.name in ("body", "html", "main", "article", "[document]") or len(held.get(id(anc), ())) > 1:
            break
        for attr in _CARD_DAY_ATTRS:
            v = anc.get(attr)
            if isinstance(v, str) and (d := _CARD_ATTR_DAY.search(v)):
                return f"{d.group(1)}.{d.group(2)}.{d.group(3)}"
        t = anc.find("time", attrs={"datetime": True}) if anc.name != "time" else None
        if t is not None and not t.get_text(strip=True) and (d := _CARD_ATTR_DAY.search(str(t.get("datetime")))):
            return f"{d.group(1)}.{d.group(2)}.{d.group(3)}"
    return ""


_CARD_ATTR_DAY = re.compile(r"(\d{4})\s*[./年-]\s*(\d{1,2})\s*[./月-]\s*(\d{1,2})")


def _with_card_markup_day(el: Tag, held: dict[int, set[str]], near: str) -> str:
    """The card's text with the day its markup gives the video added in brackets ("2nd PV (2026.08.20)"), when the
    text itself gives no full date: a date attribute on the link is that video's own day."""
    if _CARD_DAY_RX.search(near or ""):
        return near
    day = _card_markup_day(el, held)
    return f"{near} ({day})".strip() if day else near


def _video_day_only_in(more: str, first: str) -> bool:
    """The later card of a video gives a day ("Main PV (2026.11.19)") and the first one's text gives no number."""
    return _ANY_DIGIT_RX.search(first) is None and _CARD_DAY_RX.search(more) is not None


_ANY_DIGIT_RX = re.compile(r"\d")
_CARD_DAY_RX = re.compile(r"\d{4}\s*[./年-]\s*\d{1,2}\s*[./月-]\s*\d{1,2}")


def _video_of(el: Tag) -> str:
    """The canonical URL of the video this element links, embeds or shows the thumbnail of, else "".

    Besides URLs: a bare id in `data-ytid`/`data-youtube-id`, `<lite-youtube videoid=…>`, and a YouTube
    thumbnail image (a card whose player a script opens)."""
    for attr in _VIDEO_ATTRS:
        v = el.get(attr)
        if isinstance(v, str) and v:
            m = _VIDEO_URL.search(v)
            if m:
                return canonical_video_url(m)
    for attr, v in el.attrs.items():
        if not isinstance(v, str):
            continue
        if (_YT_ID_ATTR.match(attr) or (attr == "videoid" and "youtube" in el.name)) and _YT_BARE_ID.match(v.strip()):
            return f"https://www.youtube.com/watch?v={v.strip()}"
        if attr.startswith("data-") and "youtu" in v and (m := _VIDEO_URL.search(v)) and m.group(2):
            return canonical_video_url(m)   # a lazy player's whole URL (`data-youtube="https://…watch?v=…"`, `data-video-src`)
        if "ytimg" in v or "img.youtube" in v:
            m = _YT_THUMB.search(v)
            if m:  # a thumbnail the player opens from (`<img src=…/vi/ID/…>`, a background image)
                return f"https://www.youtube.com/watch?v={m.group(1)}"
    return ""


# a press release prints its video links as plain text: 「メイン予告（11月26日公開）：https://www.youtube.com/watch?v=…」
_URL_TEXT_TAGS = frozenset(("li", "p", "dd", "td"))


def _video_in_own_text(el: Tag) -> str:
    """The canonical URL of the one video a list item or paragraph writes out as text (not a link), else ""."""
    # (its own strings: the children that are strings, what find_all(string=True, recursive=False) gives, read
    # without bs4's matcher machinery, which cost more than the rest of the video search on a long article)
    urls = {canonical_video_url(m) for s in el.contents if isinstance(s, NavigableString) and "youtu" in s
            for m in _VIDEO_URL.finditer(s)}
    return urls.pop() if len(urls) == 1 else ""


def _video_card_text(el: Tag, held: dict[int, set[str]], root: Tag) -> str:
    """The text of the card around a video: the largest of the element and its next three ancestors below
    the content root that holds no other video and little text (a caption, a date), so a date is never
    taken from a neighbour."""
    best = ""
    for depth, anc in enumerate((el, *el.parents)):
        if (depth > 3 or anc is root or anc.name in ("body", "html", "main", "[document]")
                or len(held.get(id(anc), ())) > 1):
            break
        text = _norm(anc.get_text(" ", strip=True))
        if len(text) > 200:
            break
        best = text
    return best


# a caption says what video it is (the paragraph after a player may be the story's next line)
_CAPTION_VIDEO_WORD = re.compile(r"pv|trailer|teaser|promo|video|clip|予告|特報|ティザー|映像|ムービー|cm\b", re.I)
_CAPTION_TAGS = frozenset(("b", "strong", "em", "i", "small", "span", "figcaption", "p", "div"))


def _caption_after(el: Tag) -> str:
    """A short caption right under a player that has no text of its own: the first text after the outermost box
    around it that holds no text (a bold "PV 2", a "Teaser (March)" line) when it names a video; never a heading."""
    box = el
    for anc in el.parents:
        if anc.name in ("body", "html", "main", "[document]", "article") or _norm(anc.get_text(" ", strip=True)):
            break
        box = anc
    for sib in box.next_siblings:
        if isinstance(sib, Comment):
            continue
        if isinstance(sib, NavigableString):
            text = _norm(str(sib))
            if not text:
                continue
        elif sib.name in _CAPTION_TAGS:
            text = _norm(sib.get_text(" ", strip=True))
        else:
            return ""
        # (a note under it, "※2026年9月に公開されたPV第1弾に続く…", speaks of other videos too: no caption)
        return text if (len(text) <= 60 and not text.startswith(("※", "*", "＊")) and _CAPTION_VIDEO_WORD.search(text)) else ""
    return ""


# a video's number as a caption or label says it: 「第2弾」, "PV 2", "trailer #3", "2nd PV", "the second teaser"
_VIDEO_NUMBER_SAID = re.compile(r"第\s*(?P<ja>\d{1,2})\s*弾|(?:pv|trailer|teaser|予告|特報)\s*#?\s*(?P<n>\d{1,2})(?!\d)|"
                                r"(?P<th>\d)(?:st|nd|rd|th)\s+(?:pv|trailer|teaser)|"
                                r"\b(?P<o>first|second|third|fourth|fifth|sixth)\s+(?:\w+\s+)?(?:pv|trailer|teaser)", re.I)
_NUMBER_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6}


def video_numbers_said(text: str) -> set[int]:
    """Every video number a text names (see _VIDEO_NUMBER_SAID)."""
    return {int(m.group("ja") or m.group("n") or m.group("th") or 0) or _NUMBER_WORDS[m.group("o").lower()]
            for m in _VIDEO_NUMBER_SAID.finditer(text)}


# the line above a player names which kind of video it is ("映像をご覧ください" names none: the heading does)
_CAPTION_KIND_WORD = re.compile(r"pv|trailer|teaser|promo|予告|特報|ティザー|ティーザー", re.I)


def _caption_before(el: Tag) -> str:
    """The short line right above a player that has no text of its own ("Here is the second trailer, released
    Friday." / 「PVはこちら（11月4日公開の本PV）」 / "<b>Teaser (July 4)</b>", then the embed): its caption when it
    names a video, and one video at most (「8月のPV第1弾と11月のPV第2弾を見比べて」 captions neither); never a
    heading (the player's context), a note, or a block that holds another video."""
    box = el
    for anc in el.parents:
        if anc.name in ("body", "html", "main", "[document]", "article") or _norm(anc.get_text(" ", strip=True)):
            break
        box = anc
    for sib in box.previous_siblings:
        if isinstance(sib, Comment):
            continue
        if isinstance(sib, NavigableString):
            text = _norm(str(sib))
            if not text:
                continue
        elif sib.name in _CAPTION_TAGS and not _b_has_video(sib)() and find_tag(sib, _HEADINGS) is None:
            text = _norm(sib.get_text(" ", strip=True))
        else:
            return ""
        if len(text) > 120 and not text.startswith(("※", "*", "＊")):
            text = _video_sentence_of(text)   # a paragraph: its one sentence about a video is the caption
        if (len(text) > 120 or text.startswith(("※", "*", "＊")) or not _CAPTION_KIND_WORD.search(text)
                or len(video_numbers_said(unicodedata.normalize("NFKC", text))) > 1):
            return ""
        return text
    return ""


def _video_sentence_of(paragraph: str) -> str:
    """The paragraph right above a player, longer than a caption ("The new trailer debuted on Monday on the
    channel. It previews the opening theme …"): its one sentence that names a video, and names one only (a
    sentence with two videos, "the teaser went up in March, and the new trailer followed", dates neither);
    "" when none or several do."""
    said = [t for t in _SENTENCE_END.split(paragraph) if _CAPTION_KIND_WORD.search(t)]
    if len(said) != 1:
        return ""
    words = [m.start() for m in _CAPTION_KIND_WORD.finditer(said[0])]
    if any(b - a > 12 for a, b in zip(words, words[1:])):   # ("teaser trailer", "teaser PV": one video)
        return ""
    return said[0].strip()


_BARE_URL = re.compile(r"^(https?://|www\.)\S+$", re.I)
_INLINE_BLOCKS = frozenset(("p", "li", "dd", "td", "th", "div", "figcaption", "blockquote", "section", "article", "body"))
_SENTENCE_END = re.compile(r"[。！？!?]|\.(?=\s|$)")


def _video_inline_text(el: Tag, videos: set[int]) -> str:
    """The text that belongs to a video link inside a block of running text: from the last line break,
    sentence end or other video link before it to the first one after it. `<a>PV第2弾</a>（2026.11.20公開）<br>
    <a>PV第1弾</a>…` gives "PV第2弾（2026.11.20公開）"; "…ティザーPVが公開された（<a>URL</a>）。" gives the sentence."""
    block = next((a for a in el.parents if a.name in _INLINE_BLOCKS), None)
    if block is None:
        return ""
    before: list[str] = []
    after: list[str] = []
    own = _norm(el.get_text(" ", strip=True))
    side = before
    inside = {id(x) for x in el.descendants}
    follows_video = False     # text after another video link on this line is that video's ("(posted May 9), ")
    line_above = ""           # the line a break ended just before the link (a URL printed under its sentence)
    for n, node in enumerate(block.descendants):
        if n > 4000:
            return ""  # a huge block (a whole page without paragraphs): no card to speak of
        if node is el:
            side = after
            continue
        if id(node) in inside:
            continue
        if isinstance(node, Tag):
            if node.name == "br" or node.name in _LINE_BREAKERS or id(node) in videos:
                if side is after:
                    break
                line_above = "" if id(node) in videos else "".join(before)
                before.clear()
                follows_video = id(node) in videos
            continue
        if isinstance(node, NavigableString) and not isinstance(node, Comment):
            if any(id(a) in videos for a in node.parents if a is not block and block in a.parents):
                continue  # another video link's own text
            if side is after or not follows_video:
                side.append(str(node))
            elif (ends := list(_SENTENCE_END.finditer(str(node)))):
                # "(<a>video</a>). The full trailer … followed on October 30 (<a>video</a>)": a new sentence is this link's
                side.append(str(node)[ends[-1].end():])
                follows_video = False
    head = "".join(before)
    cut = [m.end() for m in _SENTENCE_END.finditer(head)]
    head = head[cut[-1]:] if cut else head
    tail = "".join(after)
    m = _SENTENCE_END.search(tail)
    tail = tail[:m.end()] if m else tail
    if _BARE_URL.match(own) and not _norm(head + tail) and line_above.strip():
        head = line_above  # a URL alone on its line belongs to the line above it
    text = _norm(f"{head} {own} {tail}")
    return text if len(text) <= 300 else ""


def canonical_video_url(m: re.Match) -> str:
    if m.group(2):
        return f"https://www.youtube.com/watch?v={m.group(2)}"
    u = m.group(3)
    return "https://" + u if not u.startswith("http") else u


def _runs_together(prev: str, nxt: str, entering: bool) -> bool:
    """Would two inline elements' texts fuse into one word: Latin letters or digits meeting, or a label
    meeting an element that opens with a quote or bracket (`<span>EVENT</span><a>"Title" …</a>`; not the
    text after an element, `<b>Name</b>'s`)? Japanese needs no space."""
    return prev.isascii() and prev.isalnum() and nxt.isascii() and (nxt.isalnum() or (entering and nxt in "\"(["))


def _links_only(node: Tag) -> bool:
    """Is this box a row of link buttons: 2+ <a> children and nothing else but a heading or whitespace (a database's
    "External & Streaming links": Crunchyroll, Official Site, X)? Each is then a line of its own, not one
    run-together line."""
    n = 0
    for c in node.contents:   # (the list itself: bs4's .children wraps it in a generator, closed at each early return)
        if isinstance(c, NavigableString):
            if c.strip() and not isinstance(c, Comment):
                return False
        elif isinstance(c, Tag):
            if c.name == "a":
                n += 1
            elif c.name not in _HEADINGS:
                return False
    return n >= 2


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
        cards = not heading and _links_only(node)
        for child in node.contents:
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
                elif state["edge"] and _runs_together(buf[-1][-1:], s[:1], state["edge"] == "enter"):
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
            if name in _LINE_BREAKERS or (cards and name == "a"):
                flush()
                is_h = name in _HEADINGS
                walk(child, name if name != "br" else block, heading or is_h, bold)
                flush()
            else:
                state["edge"] = "enter"
                walk(child, block, heading, bold or name in ("b", "strong"))
                state["edge"] = "leave"

    walk(root, root.name or "", False, False)
    flush()
    return out
