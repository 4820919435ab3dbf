"""The watchlist's per-field CSS rules, for a site the generic extractors miss.

    [source.css]
    staff = "dl.staff dd"              # each match: a "Role：Name" pair (or <dt>Role</dt><dd>Name</dd>)
    cast = ".cast li"                  # "Character：Actor", "Character (CV: Actor)", "Actor as Character"
    release_date = ".onair p.date"     # a date in the match's text
    theme_song = ".music li"           # "OP：Artist「Title」", "Opening: \"Title\" by Artist"
    broadcaster = ".onair th"          # names (a set); likewise studio, streaming
    episodes = ".spec .eps"            # the first number
    trailer = ".movie a"               # video links / embeds in the match

The rules run on the whole document as served (a rule may point into what the generic reader counts
as chrome: the user chose it). A rule that matches nothing yields nothing; an invalid selector is
skipped. A match's text is read for that field only.
"""
from __future__ import annotations

import logging
import re
import unicodedata

from ..normalize import clean
from . import Extractor
from .labels import (_Collector, _clean_name, _context_year, _finish, _kind_num_from_ctx, _split_orgs,
                     _theme_label, _theme_line, _theme_value, _INLINE_CV, _AS_LINE, _inline_cv)

log = logging.getLogger(__name__)
_PAIR = re.compile(r"^\s*(?P<label>[^:：]{1,40}?)\s*[:：]\s*(?P<value>.+)$", re.S)
_VIDEO_ATTRS = ("href", "src", "data-src", "data-id", "data-url", "data-video-url", "data-embed")


def _text(el) -> str:
    parts = [el.get_text(" ", strip=True)]
    if not parts[0]:
        img = el.find("img") if el.name != "img" else el
        if img is not None and img.get("alt"):
            parts = [img["alt"]]
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", " ".join(parts))).strip()


def _pair(el) -> tuple[str, str] | None:
    """(label, value) from 'Role：Name' text, or from a <dt>/<th> before a <dd>/<td> match."""
    t = _text(el)
    m = _PAIR.match(t)
    if m:
        return m.group("label").strip(), m.group("value").strip()
    if el.name in ("dd", "td"):
        prev = el.find_previous_sibling(("dt", "th", "td"))
        if prev is not None:
            lab = _text(prev)
            if lab and t:
                return lab.strip(" :："), t
    if el.name in ("dt", "th"):
        nxt = el.find_next_sibling(("dd", "td"))
        if nxt is not None:
            val = _text(nxt)
            if t and val:
                return t.strip(" :："), val
    return None


class CssExtractor(Extractor):
    name = "css"
    priority = 80

    def extract(self, page, work):
        rules = dict(work.css or {})
        if not rules:
            return []
        soup = page.full_soup()
        col = _Collector(work, _context_year(page), getattr(page, "published", None))
        order = 0
        for field_, selector in rules.items():
            if not isinstance(selector, str) or not selector.strip():
                continue
            try:
                matches = soup.select(selector)
            except Exception as exc:  # an invalid selector in the watchlist must not cost other facts
                log.warning("invalid CSS rule %r for %s: %s", selector, field_, exc)
                continue
            for el in matches[:500]:
                order += 1
                _read(field_, el, col)
        return _finish(col)


def _read(field_: str, el, col: _Collector) -> None:
    text = _text(el)
    ev = clean(text, 400)
    if field_ == "staff":
        p = _pair(el)
        if p:
            col.staff(p[0], p[1], ev)
    elif field_ == "studio":
        for n in _split_orgs(text):
            col.staff("アニメーション制作", n, ev)
    elif field_ in ("broadcaster", "streaming"):
        p = _pair(el)
        names = [p[0]] if p and col.start_date(p[1]) else _split_orgs(text)
        for n in names:
            col.org(field_, n, ev)
    elif field_ == "cast":
        inline = _inline_cv(text)
        if inline:
            for m in inline:
                col.cast(m.group("char"), m.group("actor"), ev)
            return
        p = _pair(el)
        if p:
            col.cast(p[0], p[1], ev)
            return
        m = _AS_LINE.match(text)
        if m:
            col.cast(m.group("char"), m.group("actor"), ev)
            return
        n = _clean_name(text)
        if n and len(n) <= 40:
            col.add("cast", "", n, ev)
    elif field_ == "release_date":
        col.date(3, text, ev)
    elif field_ == "episodes":
        m = re.search(r"\d{1,4}", text)
        if m and int(m.group()) > 0:
            col.add("episodes", "", str(int(m.group())), ev)
    elif field_ == "theme_song":
        p = _pair(el)
        tl = _theme_label(p[0]) if p else None
        if p and tl:
            _theme_value(tl[0], tl[1], p[1], ev, col)
            return
        kind, num = _kind_num_from_ctx(text)
        if not _theme_line(text, col, kind or "opening", num):
            _theme_value(kind or "opening", num, text, ev, col)
    elif field_ == "trailer":
        from ..page import _VIDEO_URL, canonical_video_url

        els = [el, *el.find_all(True)]
        n = 0
        for e in els:
            for attr in _VIDEO_ATTRS:
                v = e.get(attr)
                m = _VIDEO_URL.search(v) if isinstance(v, str) else None
                if m:
                    n += 1
                    label = _text(e) or text
                    col.add("trailer", f"trailer {len([f for f in col.facts if f.field == 'trailer']) + 1}",
                            canonical_video_url(m), label)
                    break
    elif field_ == "premiere_event":
        if text:
            col.add("premiere_event", text[:120], text[:300], ev)
