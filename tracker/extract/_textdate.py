"""Dates in short structured values ("Apr 6, 2019 to Sep 28, 2019", "2017年春", "10/7(土) 27:08～").

A thin layer used by the structured extractors (labels, css, jsonld). When `tracker.dates` offers
`parse_date`, that parser is tried first; this one covers the forms labelled fields use, so the
structured extractors never depend on prose parsing.
"""
from __future__ import annotations

import datetime as _dt
import re
import unicodedata

from ..dates import PartialDate, from_parts

_MONTHS = {m: i + 1 for i, m in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"))}
_SEASON_WORDS = {"winter": "winter", "spring": "spring", "summer": "summer", "fall": "fall", "autumn": "fall",
                 "冬": "winter", "春": "spring", "夏": "summer", "秋": "fall"}
_MON = r"(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"

_PATTERNS = [
    # ISO and numeric with year
    ("ymd", re.compile(r"(?<!\d)(\d{4})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})(?!\d)")),
    ("ymd", re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")),
    ("dmy_num", re.compile(r"(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?![\d.])")),
    ("ym_part", re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(上旬|中旬|下旬|頃|予定)?")),
    ("ys", re.compile(r"(\d{4})\s*年\s*(春|夏|秋|冬)")),
    ("ys", re.compile(r"(?<!\d)(\d{4})\s*\(?\s*(winter|spring|summer|fall|autumn)\b", re.I)),
    ("sy", re.compile(r"\b(winter|spring|summer|fall|autumn)\s*(?:season\s*)?(?:of\s*)?'?(\d{4})(?!\d)", re.I)),
    ("mdy", re.compile(r"\b" + _MON + r"\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?!\d)", re.I)),
    ("dmy", re.compile(r"(?<!\d)(\d{1,2})(?:st|nd|rd|th)?\s+" + _MON + r",?\s+(\d{4})(?!\d)", re.I)),
    ("my", re.compile(r"\b" + _MON + r",?\s+(\d{4})(?!\d)", re.I)),
    ("ym", re.compile(r"(?<![\d-])(\d{4})-(\d{2})(?![\d-])")),
    # without a year
    ("md_time", re.compile(r"(?<![\d/])(\d{1,2})\s*/\s*(\d{1,2})(?![\d/])\s*(?:\(\s*[月火水木金土日](?:曜日?)?\s*\))?\s*(?:(\d{1,2})\s*[:：時]\s*(\d{2})?)?")),
    ("md_time", re.compile(r"(?<!\d)(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*(?:\(\s*[月火水木金土日](?:曜日?)?\s*\))?\s*(?:(\d{1,2})\s*[:：時]\s*(\d{2})?)?")),
    ("m_jp", re.compile(r"(?<![\d年/])(\d{1,2})\s*月\s*(上旬|中旬|下旬)?\s*(?:より|から|放送|スタート|開始|配信|予定)")),
    ("md_en", re.compile(r"\b" + _MON + r"\s+(\d{1,2})(?:st|nd|rd|th)?\b(?!,?\s*\d{4})(?:,?\s*(?:at\s*)?(\d{1,2}):(\d{2}))?", re.I)),
    ("dm_en", re.compile(r"(?<![\d/])(\d{1,2})(?:st|nd|rd|th)?\s+" + _MON + r"(?!,?\s*\d{4})(?:,?\s*(?:at\s*)?(\d{1,2}):(\d{2}))?", re.I)),
    ("y", re.compile(r"(?<![\d\-/.])((?:19|20)\d{2})(?:\s*年)?(?![\d\-/.年])")),
]


_YEARLESS = frozenset(("md_time", "m_jp", "md_en", "dm_en"))   # _to_date gives these nothing without a default year
_DIGIT = re.compile(r"\d")   # every pattern above needs one


def _month(word: str) -> int | None:
    return _MONTHS.get(word[:3].lower())


def find_first(text: str, default_year: int | None = None) -> tuple[PartialDate, int, int] | None:
    """The leftmost date in `text` (longest at one position): (date, start, end)."""
    if not text:
        return None
    s = unicodedata.normalize("NFKC", text)
    if _DIGIT.search(s) is None:
        return None
    best: tuple[int, int, PartialDate] | None = None
    for kind, pat in _PATTERNS:
        if default_year is None and kind in _YEARLESS:
            continue
        for m in pat.finditer(s):
            d = _to_date(kind, m, default_year)
            if d is None:
                continue
            key = (m.start(), -(m.end() - m.start()))
            if best is None or key < (best[0], -(best[1] - best[0])):
                best = (m.start(), m.end(), d)
            break
    if best is None:
        return None
    return best[2], best[0], best[1]


def parse(text: str, default_year: int | None = None, published=None) -> PartialDate | None:
    """The shared text-date parser (`tracker.dates.parse_date`: English and Japanese prose forms) when it
    knows the text, else the structured forms above."""
    try:
        from .. import dates as _d
        other = getattr(_d, "parse_date", None)
        if other is not None:
            got = other(text, default_year=default_year, published=published)
            if got is not None:
                return got
    except Exception:  # the shared parser must never break a structured extractor
        pass
    found = find_first(text, default_year)
    return found[0] if found else None


def _to_date(kind: str, m: re.Match, default_year: int | None) -> PartialDate | None:
    g = m.groups()
    try:
        if kind == "ymd":
            return from_parts(int(g[0]), int(g[1]), int(g[2]))
        if kind == "dmy_num":  # 06.04.2019 (European databases)
            return from_parts(int(g[2]), int(g[1]), int(g[0]))
        if kind == "ym_part":
            return from_parts(int(g[0]), int(g[1]))
        if kind == "ys":
            return from_parts(int(g[0]), season=_SEASON_WORDS[g[1].lower()])
        if kind == "sy":
            return from_parts(int(g[1]), season=_SEASON_WORDS[g[0].lower()])
        if kind == "mdy":
            return from_parts(int(g[2]), _month(g[0]), int(g[1]))
        if kind == "dmy":
            return from_parts(int(g[2]), _month(g[1]), int(g[0]))
        if kind == "my":
            return from_parts(int(g[1]), _month(g[0]))
        if kind == "ym":
            return from_parts(int(g[0]), int(g[1]))
        if kind == "y":
            return from_parts(int(g[0]))
        if default_year is None:
            return None
        if kind == "md_time":
            mo, day = int(g[0]), int(g[1])
            if not (1 <= mo <= 12 and 1 <= day <= 31):
                return None
            d = from_parts(default_year, mo, day)
            if d is None:
                return None
            hour = int(g[2]) if g[2] else None
            if hour is not None and 24 <= hour <= 29:  # late-night slot: the next calendar day
                nd = _dt.date(d.year, d.month, d.day) + _dt.timedelta(days=1)
                d = PartialDate(nd.year, nd.month, nd.day)
            return d
        if kind == "m_jp":
            return from_parts(default_year, int(g[0]))
        if kind in ("md_en", "dm_en"):
            mon, day = (g[0], g[1]) if kind == "md_en" else (g[1], g[0])
            d = from_parts(default_year, _month(mon), int(day))
            if d is not None and g[2] and 24 <= int(g[2]) <= 29:
                nd = _dt.date(d.year, d.month, d.day) + _dt.timedelta(days=1)
                d = PartialDate(nd.year, nd.month, nd.day)
            return d
    except (ValueError, TypeError, KeyError):
        return None
    return None
