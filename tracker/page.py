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
    page.published                       PartialDate | None: the article's own date (for years and relative dates)
"""
from __future__ import annotations

import json
import re
import unicodedata
from functools import cached_property

from bs4 import BeautifulSoup, Tag

from .model import Fetched, Work

_CHROME_TAGS = ("script", "style", "noscript", "nav", "footer", "aside", "form", "iframe", "template", "svg")
_CHROME_WORDS = re.compile(
    r"(^|[-_\s])(nav|navbar|navigation|menu|breadcrumbs?|sidebar|side-bar|widget|related|recommend\w*|trending|"
    r"popular|ranking|footer|header|comments?|disqus|newsletter|subscribe|share|social|sns|ads?|advert\w*|"
    r"promo|banner|sponsor\w*|outbrain|taboola|cookie|modal|popup|pager|pagination)([-_\s]|$)",
    re.I,
)
_BLOCK_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "dt", "dd", "tr", "figcaption", "blockquote", "caption")


class Page:
    def __init__(self, url: str, html: str | bytes):
        self.url = url
        self.soup = BeautifulSoup(html, "lxml")

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
        objs: list[dict] = []
        for s in self.soup.find_all("script", type=re.compile(r"ld\+json", re.I)):
            try:
                data = json.loads(s.string or "")
            except (ValueError, TypeError):
                continue
            stack = [data]
            while stack:
                d = stack.pop()
                if isinstance(d, list):
                    stack.extend(d)
                elif isinstance(d, dict):
                    objs.append(d)
                    if isinstance(d.get("@graph"), list):
                        stack.extend(d["@graph"])
        return objs

    # ------------------------------------------------------------------ body
    @cached_property
    def main(self) -> Tag:
        body = self.soup.body or self.soup
        for tag in body.find_all(_CHROME_TAGS):
            tag.decompose()
        for tag in body.find_all(True):
            if tag.decomposed:
                continue
            ident = " ".join([tag.get("id") or "", *(tag.get("class") or []), tag.get("role") or ""])
            if ident.strip() and _CHROME_WORDS.search(ident) and tag.name not in ("body", "main", "article"):
                tag.decompose()
        return body.find("article") or body.find("main") or body

    def blocks(self) -> list[str]:
        out = []
        for el in self.main.find_all(_BLOCK_TAGS):
            if el.find(_BLOCK_TAGS):
                continue
            text = _norm(el.get_text(" ", strip=True))
            if text:
                out.append(text)
        return out

    @cached_property
    def published(self):
        from .dates import PartialDate

        for key in ("article:published_time", "og:published_time", "datepublished", "date", "pubdate"):
            for v in self.meta.get(key, []):
                d = PartialDate.parse(v[:10])
                if d:
                    return d
        return None

    # ------------------------------------------------------------------ health and scope
    def problem(self) -> str | None:
        """Why this page cannot be read for facts (maintenance page, login wall, empty), or None."""
        if not self.main.get_text(strip=True) and not self.meta and not self.jsonld:
            return "no main content"
        return None

    def for_work(self, work: Work) -> "Page | None":
        """This page scoped to `work` (itself unless it lists several works); None if `work` is not on it."""
        return self


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text)).strip()
