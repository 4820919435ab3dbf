"""Partial dates (year < season < month < day) and their comparison; parsing dates out of text.

A date is only as precise as the page said: a day is never filled in. Comparison rules (FACTS.md):
a more precise date that agrees refines; a date one day off corroborates (late-night slots); a date up
to two weeks before a season's first month agrees with that season.
"""
from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass

SEASONS = ("winter", "spring", "summer", "fall")
SEASON_OF_MONTH = {m: SEASONS[(m - 1) // 3] for m in range(1, 13)}
_RANK = {"year": 0, "season": 1, "month": 2, "day": 3}
_ISO = re.compile(r"^(\d{4})(?:-(?:(winter|spring|summer|fall|autumn)|(\d{1,2})(?:-(\d{1,2}))?))?$", re.I)


@dataclass(frozen=True, slots=True)
class PartialDate:
    year: int
    month: int | None = None
    day: int | None = None
    season: str | None = None  # set only when the precision is a season

    # ------------------------------------------------------------------ construction
    @classmethod
    def parse(cls, iso: str | None) -> "PartialDate | None":
        """From the stored form: '2024', '2024-winter', '2024-01', '2024-01-10'. None if not one."""
        if not iso:
            return None
        m = _ISO.match(iso.strip().split(" ")[0])
        if not m:
            return None
        y, season, mo, d = m.groups()
        try:
            if season:
                s = season.lower()
                return cls(int(y), season="fall" if s == "autumn" else s)
            if mo and d:
                _dt.date(int(y), int(mo), int(d))
                return cls(int(y), int(mo), int(d))
            if mo:
                if not 1 <= int(mo) <= 12:
                    return None
                return cls(int(y), int(mo))
            return cls(int(y))
        except ValueError:
            return None

    # ------------------------------------------------------------------ views
    @property
    def precision(self) -> str:
        if self.day is not None:
            return "day"
        if self.month is not None:
            return "month"
        if self.season is not None:
            return "season"
        return "year"

    @property
    def rank(self) -> int:
        return _RANK[self.precision]

    def iso(self) -> str:
        if self.day is not None:
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        if self.month is not None:
            return f"{self.year:04d}-{self.month:02d}"
        if self.season is not None:
            return f"{self.year:04d}-{self.season}"
        return f"{self.year:04d}"

    __str__ = iso

    def as_date(self) -> _dt.date | None:
        return _dt.date(self.year, self.month, self.day) if self.day is not None else None

    def _season(self) -> str | None:
        if self.season:
            return self.season
        return SEASON_OF_MONTH[self.month] if self.month else None

    # ------------------------------------------------------------------ comparison
    def contains(self, other: "PartialDate") -> bool:
        """True when `other` lies within this (coarser or equal) date, with the season tolerance."""
        if self.precision == "year":
            return other.year == self.year or _early_for_next_year(other, self.year)
        if self.precision == "season":
            if other.year == self.year and other._season() == self.season:
                return True
            return _just_before_season(other, self.year, self.season)
        if self.precision == "month":
            return other.rank >= 2 and other.year == self.year and other.month == self.month
        return other.rank == 3 and other == self

    def agrees(self, other: "PartialDate") -> bool:
        """Neither contradicts the other: one contains the other, or two days are at most one day apart."""
        if self.rank == 3 and other.rank == 3:
            return abs((self.as_date() - other.as_date()).days) <= 1
        if self.rank <= other.rank:
            return self.contains(other)
        return other.contains(self)

    def refines(self, other: "PartialDate") -> bool:
        """True when this date says more than `other` and agrees with it (2024-01 -> 2024-01-10)."""
        return self.rank > other.rank and other.contains(self)


def _just_before_season(d: PartialDate, year: int, season: str) -> bool:
    """A day up to two weeks before a season's first month agrees with the season (2023-09-29 ~ fall 2023)."""
    if d.rank != 3:
        return False
    first_month = SEASONS.index(season) * 3 + 1
    start = _dt.date(year, first_month, 1)
    delta = (start - d.as_date()).days
    return 0 < delta <= 14


def _early_for_next_year(d: PartialDate, year: int) -> bool:
    return d.rank == 3 and _just_before_season(d, year, "winter")


def from_parts(year: int | None, month: int | None = None, day: int | None = None,
               season: str | None = None) -> PartialDate | None:
    """A validated PartialDate, or None for impossible parts (2024-02-30, month 13)."""
    if year is None or not 1900 <= year <= 2100:
        return None
    try:
        if day is not None and month is not None:
            _dt.date(year, month, day)
            return PartialDate(year, month, day)
        if month is not None:
            return PartialDate(year, month) if 1 <= month <= 12 else None
        if season is not None:
            return PartialDate(year, season=season)
        return PartialDate(year)
    except ValueError:
        return None


# ====================================================================== parsing dates out of text
#
#   find_dates(text, *, default_year=None, published=None, future=False) -> list[DateMatch]
#   parse_date(text, *, default_year=None, published=None, future=False) -> PartialDate | None
#
# A regex layer, not dateparser: searching prose for dates needs match offsets, exact precision
# (dateparser fills in missing parts — "January 2024" becomes the 26th — and knows neither seasons nor
# 上旬/中旬/下旬 nor 24:00-29:59 slots; its search_dates takes "we" and "2:30" for dates), and speed on every
# paragraph of thousands of pages: measured here, ~35 µs a paragraph against ~2.7 ms for search_dates
# (and ~0.8 ms per short string for DateDataParser.get_date_data), with no 120 ms import.
# Each family of patterns runs only when its cheap hint is present (a digit, a month stem, 年/月…); English
# months are found once and the words around them read with anchored matches. Forms handled: see
# tests/test_dates.py.

import bisect
import unicodedata as _ud

_MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
_SEASON_WORDS = {"winter": "winter", "spring": "spring", "summer": "summer", "fall": "fall", "autumn": "fall"}
_JA_SEASONS = {"春": "spring", "夏": "summer", "秋": "fall", "冬": "winter"}

# Month names are matched case-sensitively (Title or UPPER case): "may" and "march" are also verbs.
_MON = (r"(?P<mon>(?:January|February|March|April|May|June|July|August|September|October|November|December"
        r"|JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER"
        r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)(?![A-Za-z]))")
_YEAR = r"(?P<year>(?:19|20)\d\d)(?![\d年])"
_DAYN = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?!\d|:\d)"   # ("October 30:" ends a sentence; "May 10:30" is a time)
_WD = r"(?:\s*\((?:[月火水木金土日祝]|Mon|Tue|Wed|Thu|Fri|Sat|Sun)[^)]{0,6}\))"
_TIME = r"(?:\s*(?P<hh>[0-2]?\d)(?::|時)(?P<mm>[0-5]\d)?)"

_EN_MDY = re.compile(r"\b" + _MON + r"\s+" + _DAYN + r"(?:,?\s+" + _YEAR + r")?")
_EN_MY = re.compile(r"\b" + _MON + r"(?:,?\s+|\s+of\s+)" + _YEAR)
_MON_TOKEN = re.compile(r"\b(?=[JFMASOND])" + _MON)
_DAY_BEFORE = re.compile(r"\b(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?:\s+of)?\s+$")
_WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
_EN_WEEKDAY = re.compile(r"\b(?P<rel>[Oo]n|[Tt]his|[Ll]ast|[Nn]ext)\s+(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b(?!\s*,?\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|\d))")
_EN_MONTH_REL = re.compile(r"\b(?:(?:[Ee]arlier|[Ll]ater)\s+)?(?P<rel>[Ll]ast|[Tt]his|[Nn]ext)\s+month\b")
_EN_WEEKDAY_BARE = re.compile(r"\b(?:debuted|premiered|released|revealed|unveiled|announced|posted|dropped|launched|streamed|"
                              r"published|shared|uploaded|went\s+(?:up|live|online))\s+(?P<wd>Monday|Tuesday|Wednesday|Thursday|"
                              r"Friday|Saturday|Sunday)\b(?!\s*,?\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|\d))")
_JA_MONTH_REL = re.compile(r"(?P<rel>先|今|来)月(?![\d０-９])")
_EN_TODAY = re.compile(r"\b(?:earlier\s+)?today\b", re.I)
_RANGE_YEAR_AFTER = re.compile(r"\s*(?:to|through|until|till|[-–—~〜])\s*(?:" + _MON + r"\s+)?[0-3]?\d(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d\d)\b")
# "on April 5 at 25:28", "January 13 (Wed) at 24:55", "on April 5, in the (Monday) 25:00 slot": a late-night time right after the day (a
# slot's weekday that is not the day's own says the day written is already the calendar day after)
_EN_TIME_AFTER = re.compile(r",?\s+(?:\((?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?\)\s+)?(?:at\s+|in\s+the\s+(?:(?P<wd>Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+)?)?"
                            r"(?P<hh>2[4-9]):[0-5]\d\b")
_EVENT_YEAR_BEFORE = re.compile(r"(?<![\d/.\-])(?P<year>(?:19|20)\d\d)\s+on\s+$")   # "Anime NYC 2026 on August 22"
_YEAR_AFTER = re.compile(r",?\s+(?P<year>(?:19|20)\d\d)(?![\d年])")
_REL_BEFORE = re.compile(r"\b(?P<rel>[Tt]his|[Nn]ext|[Cc]oming|[Ll]ast)\s+(?:[Ee]arly\s+|[Ll]ate\s+)?$")
_PREP_BEFORE = re.compile(
    r"\b(?:[Ii]n|[Oo]n|[Bb]y|[Uu]ntil|[Tt]il|[Tt]o|[Ff]rom|[Ss]ince|[Ff]or|[Aa]round|[Dd]uring|[Bb]efore|[Aa]fter)\s+"
    r"(?:(?:[Ee]arly|[Mm]id|[Ll]ate)[- ]?(?:-|\s)?)?$")
_EN_M_REL2 = re.compile(r"\b" + _MON + r"\s+(?:of\s+)?(?P<rel>next|this|last) year")
_SEASON_ALT = r"(?:[Ww]inter|[Ss]pring|[Ss]ummer|[Ff]all|[Aa]utumn|WINTER|SPRING|SUMMER|FALL|AUTUMN)"
_EN_SEASON = re.compile(
    r"\b(?=[WwSsFfAa])(?P<season>" + _SEASON_ALT + r")(?:\s+(?:of\s+)?|\s*'?)(?:(?P<year>(?:19|20)\d\d)|'(?P<yy>\d\d))(?![\d年])")
_EN_YEAR_SEASON = re.compile(r"\b(?P<year>(?:19|20)\d\d)\s+(?:[Aa]nime\s+)?(?P<season>" + _SEASON_ALT + r")\b")
_EN_SEASON_REL = re.compile(
    r"\b(?=[TtNnCcLl])(?P<rel>[Tt]his|[Nn]ext|[Cc]oming|[Ll]ater this|[Ll]ast)\s+(?P<season>" + _SEASON_ALT + r")\b"
    r"|\b(?P<season2>" + _SEASON_ALT + r")\s+(?:of\s+)?(?P<rel2>next|this) year\b")
# a bare year is a date only after a preposition: found by the year, then the words before it are checked
_YEAR_TOKEN = re.compile(r"(?<![\d/.\-])(?P<year>(?:19|20)\d\d)(?![\d/\-年]|\.\d|\s*[-–]\s*\d)")
_YEAR_PREP = re.compile(
    r"(?i:\b(?P<prep>in|by|until|till|to|for|from|since|during|throughout|of|around|before|after|"
    r"early|mid|late|sometime in|slated for|set for|end of)[- ]+)$")
_EN_YEAR_REL = re.compile(r"\b(?P<part>[Ee]arly\s+|[Ll]ate\s+|[Ll]ater\s+)?(?P<rel>[Nn]ext|[Tt]his) year\b")
_ISO_YMD = re.compile(r"(?<![\d/.\-])(?P<year>(?:19|20)\d\d)(?P<sep>[-/.])(?P<mo>[01]?\d)(?P=sep)(?P<day>[0-3]?\d)(?![\d/.\-])"
                      + _WD + "?" + _TIME + "?")
_ISO_YM = re.compile(r"(?<![\d/.\-])(?P<year>(?:19|20)\d\d)(?:-|/)(?P<mo>[01]\d)(?![\d/.\-])")
_US_MDY = re.compile(r"(?<![\d/.\-])(?P<mo>[01]?\d)/(?P<day>[0-3]?\d)/(?P<year>(?:19|20)\d\d)(?![\d/])")
_SLASH_MD = re.compile(r"(?<![\d/.\-])(?P<mo>[01]?\d)/(?P<day>[0-3]?\d)(?![\d/])(?P<wd>" + _WD + r")?"
                       r"(?:\s*(?P<hh>[0-2]?\d):(?P<mm>[0-5]\d))?")
_JA_YMD = re.compile(r"(?P<year>(?:19|20)\d\d)\s*年\s*(?P<mo>[01]?\d)\s*月\s*(?P<day>[0-3]?\d)\s*日" + _WD + "?"
                     + r"(?:\s*(?:(?:深夜|午前|午後)\s*)?(?P<hh>[0-2]?\d)(?::|時)(?P<mm>[0-5]\d)?)?")
_JA_YM = re.compile(r"(?P<year>(?:19|20)\d\d)\s*年\s*(?P<mo>[01]?\d)\s*月(?!\s*\d)(?P<cour>期)?(?:\s*(?P<part>上旬|中旬|下旬|初旬|頃|末))?")
_JA_YS = re.compile(r"(?P<year>(?:19|20)\d\d)\s*年\s*(?:の\s*)?(?P<season>[春夏秋冬])")
_JA_Y = re.compile(r"(?<!\d)(?P<year>(?:19|20)\d\d)\s*年(?!\s*\d|\s*の?\s*[春夏秋冬]|度)")
_JA_MD = re.compile(r"(?<![\d年])(?P<mo>[01]?\d)\s*月\s*(?P<day>[0-3]?\d)\s*日" + _WD + "?"
                    + r"(?:\s*(?:(?:深夜|午前|午後)\s*)?(?P<hh>[0-2]?\d)(?::|時)(?P<mm>[0-5]\d)?)?")
# 「来年1月9日（土）25:00」, 「昨年12月20日」: a day whose year is said relative to the article's
_JA_REL_MD = re.compile(r"(?P<rel>今年|来年|翌年|昨年|去年)\s*(?P<mo>[01]?\d)\s*月\s*(?P<day>[0-3]?\d)\s*日" + _WD + "?"
                        + r"(?:\s*(?:(?:深夜|午前|午後)\s*)?(?P<hh>[0-2]?\d)(?::|時)(?P<mm>[0-5]\d)?)?")
_JA_M = re.compile(r"(?<![\d年./])(?P<rel>今年|来年|翌年|昨年|去年)?\s*(?P<mo>[01]?\d)\s*月(?!\s*\d|\s*[号額])(?P<cour>期)?(?:\s*(?P<part>上旬|中旬|下旬|初旬|頃|末))?")
_JA_REL = re.compile(r"(?P<rel>今|来|翌|昨)(?P<season>[春夏秋冬])|(?P<relyear>来年|今年|翌年)(?!\s*\d|\s*の?\s*[春夏秋冬])")
_JA_REL_SEASON = re.compile(r"(?P<rel>今年|来年|翌年)\s*(?:の\s*)?(?P<season>[春夏秋冬])")



_DIGIT = re.compile(r"\d")
_YEAR_HINT = re.compile(r"(?:19|20)\d\d")
_MONTH_STEMS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
                "JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")
_SEASON_STEMS = ("Winter", "winter", "Spring", "spring", "Summer", "summer", "Fall", "fall", "Autumn", "autumn",
                 "WINTER", "SPRING", "SUMMER", "FALL", "AUTUMN")
# any(stem in text for stem in …) as one literal alternation: a single scan (re skips by the stems' first
# letters) instead of one `in` per stem; the same answer for any text
_MONTH_STEMS_RX = re.compile("|".join(map(re.escape, _MONTH_STEMS)))
_SEASON_STEMS_RX = re.compile("|".join(map(re.escape, _SEASON_STEMS)))
_JA_HINT = re.compile(r"[年月春夏秋冬]")
_JA_REL_HINT = re.compile(r"[今来翌昨去]")


@dataclass(frozen=True, slots=True)
class DateMatch:
    """A date found in text: the date, the span [start, end) in the text searched, and that text.

    `year_inferred` is True when the text gave no year (taken from `default_year` or the publication
    date); `relative` when it was stated relative to the publication date ("next year", "this October").
    """

    date: PartialDate
    start: int
    end: int
    text: str
    year_inferred: bool = False
    relative: bool = False


def _month(name: str) -> int:
    return _MONTHS[name.rstrip(".").lower()]


def _infer_year(month: int | None, default_year: int | None, published, future: bool = False,
                day: int | None = None) -> int | None:
    """The year of a month given without one: `default_year`, else the publication year, rolled to the
    next year when the month lies far (five or more months) before the publication month, or at all
    before it when the statement is known to be about the future (`future`)."""
    if default_year is not None:
        return default_year
    if published is None:
        return None
    pm = published.month
    if month is not None and pm is not None:
        if published.month - month >= 5:
            return published.year + 1
        if future and (month < pm or (month == pm and day is not None and published.day is not None
                                      and day < published.day)):
            return published.year + 1
    return published.year


def _rel_year(word: str, month: int | None, published, season: str | None = None) -> int | None:
    if published is None:
        return None
    w = word.lower().strip()
    y = published.year
    pm = published.month
    if w in ("next year", "来年", "翌年"):
        return y + 1
    if w in ("this year", "今年"):
        return y
    if w in ("last year", "昨年", "去年"):
        return y - 1
    if w == "last":
        return y - 1 if (month and pm and month >= pm) else y
    if season is not None:
        first = SEASONS.index(season) * 3 + 1
        if w == "来":  # 来春: next year's spring
            return y + 1
        if w in ("next", "coming"):
            if pm is None:
                return y + 1 if w == "next" else y
            # the next such season after the publication month (winter's cour starts in January)
            return y if first > pm else y + 1
        if w in ("this", "今", "later this"):
            if season == "winter" and pm is not None and pm >= 10:
                return y + 1
            return y
        if w == "昨":
            return y - 1
        return y
    if w in ("next", "coming"):
        if pm is None or month is None:
            return y + 1
        return y if month > pm else y + 1
    if w == "this":
        return y
    return y


def _add_day(d: PartialDate) -> PartialDate:
    nd = d.as_date() + _dt.timedelta(days=1)
    return PartialDate(nd.year, nd.month, nd.day)


# a weekday written right before a month ("Friday, April 9", "Thu. April 8")
_WEEKDAY_BEFORE = re.compile(r"\b(?P<wd>Mon|Tues|Tue|Wednes|Wed|Thurs|Thu|Fri|Satur|Sat|Sun)(?:day)?\.?,?\s*$", re.I)


def _year_of_weekday(d: PartialDate, wm) -> PartialDate:
    """A year-less day whose written weekday falls in the year after or before the one inferred ("Friday, April 9"
    in a November 2026 article whose context said 2026: April 9, 2027 is the Friday): that year's day."""
    if wm is None or d.day is None:
        return d
    stem = wm["wd"][:3].title()
    if _weekday_is(d, stem):
        return d
    for y in (d.year + 1, d.year - 1):
        c = PartialDate(y, d.month, d.day)
        if _weekday_is(c, stem):
            return c
    return d


def _weekday_is(d: PartialDate, stem: str) -> bool:
    """Does the full date `d` fall on the weekday whose name starts with `stem` ("Mon", "Wednes")?"""
    try:
        return _dt.date(d.year, d.month, d.day).strftime("%A").startswith(stem)
    except (TypeError, ValueError):
        return False


def _ja_hh(m) -> str | None:
    """A Japanese day's slot hour on the 24-29 clock: 「1月8日(木)深夜1時30分」 is 25:30 of the 8th."""
    hh = m["hh"]
    return str(int(hh) + 24) if hh and int(hh) <= 4 and "深夜" in m.group(0) else hh


def _late_night(d: PartialDate | None, hh: str | None) -> PartialDate | None:
    """24:00-29:59 is a slot in the night after the calendar day written: the date is the next day."""
    if d is None or not hh or d.day is None:
        return d
    h = int(hh)
    if 24 <= h <= 29:
        return _add_day(d)
    return d


# the clock of a weekly slot said somewhere after a start day: "25:30", "25時30分", "深夜1時半", "1:30 a.m."
_SLOT_CLOCK = re.compile(r"(?<![\d:/.])(?P<hh>[0-2]?\d)\s*(?:[:：](?P<mm>[0-5]\d)|時(?:\s*[0-5]?\d\s*分|半)?)"
                         r"(?P<ap>\s*[ap]\.?\s?m\b\.?)?", re.I)
_SLOT_WEEKDAY = re.compile(r"(?P<en>Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?P<ja>[月火水木金土日])曜")
_SLOT_EN_DAYS = ("Mon", "Tues", "Wednes", "Thurs", "Fri", "Satur", "Sun")
# a clause that hands the slot to something else: "…, while BS11 airs it Sundays at 25:00", 「一方BS11では…」
_SLOT_OTHER_CLAUSE = re.compile(r"[;；]|\b(?:while|whereas|but|followed|follows|later|after)\b|,\s+and\s+(?=[A-Z])|一方|では|でも|遅れ|"
                                r"\b(?:stream|simulcast)\w*", re.I)
# "(technically Saturday)", "(effectively, Thursdays at midnight)", "i.e. Saturday morning": the calendar day it airs
_SLOT_REAL_DAY = re.compile(r"[^.;。]{0,6}?(?:\(|\b(?:i\.e\.|that\s+is|technically|effectively|actually|really))[^()]{0,30}?"
                            r"(?P<wd>Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day", re.I)


def _slot_weekday(m) -> int:
    return _SLOT_EN_DAYS.index(m["en"].title()) if m["en"] else "月火水木金土日".index(m["ja"])


def late_slot_day(d: PartialDate | None, text: str, start: int, stop: int | None = None) -> PartialDate | None:
    """The first airing's calendar day when a weekly slot is said after its start day, not next to it ("premieres on
    January 8, airing Fridays at 25:30", 「1月8日（金）よりTOKYO MXにて放送、放送時間は毎週金曜深夜1時30分～」, "Jan 8 —
    Fridays at 1:30 a.m. (technically Saturday)"): the next day for a slot past midnight of the start day's own
    weekday (or of none named); `d` when the first clock read is no such slot; None when the text gives no clock.
    Only the words from `start` to `stop` (the next date) count, and a slot handed to another clause does not."""
    if d is None or d.day is None or d.as_date() is None:
        return None
    window = text[start:stop if stop is not None else start + 140][:140]
    if ":" not in window and "：" not in window and "時" not in window:
        return None
    cm = _SLOT_CLOCK.search(window)
    if cm is None:
        return None
    head, hh = window[:cm.start()], int(cm["hh"])
    if _SLOT_OTHER_CLAUSE.search(head) or hh > 29:
        return d
    dw = d.as_date().weekday()
    named = [_slot_weekday(w) for w in _SLOT_WEEKDAY.finditer(head)]
    wd = named[-1] if named else None
    rm = _SLOT_REAL_DAY.match(text, start + cm.end(), start + cm.end() + 50)   # (past `stop`: "(Saturday)" reads as a date)
    real = _SLOT_EN_DAYS.index(rm["wd"].title()) if rm else None
    late_night = "深夜" in head[-4:] or bool(cm["ap"] and cm["ap"].strip().lower().startswith("a"))
    if 24 <= hh <= 29:
        rolls = (wd is None or wd == dw) and (real is None or real == (dw + 1) % 7)
    elif hh <= 4 and late_night:
        if real is not None:
            rolls = real == (dw + 1) % 7
        elif "深夜" in head[-4:]:
            rolls = wd is None or wd == dw   # 「毎週金曜深夜1時半」: 25:30 of the Friday
        else:
            rolls = wd == (dw + 1) % 7   # "Jan 8 (Fri) … Saturdays at 1:30 a.m."
    else:
        rolls = False
    return _add_day(d) if rolls else d


def _nfkc_with_map(text: str) -> tuple[str, list[int] | None]:
    """NFKC text and, when normalisation changed it, a map from each output index to the input index."""
    if _ud.is_normalized("NFKC", text):
        return text, None
    out: list[str] = []
    idx: list[int] = []
    for i, ch in enumerate(text):
        n = _ud.normalize("NFKC", ch)
        out.append(n)
        idx.extend([i] * len(n))
    idx.append(len(text))
    return "".join(out), idx


def find_dates(text: str, *, default_year: int | None = None, published=None,
               future: bool = False) -> list["DateMatch"]:
    """Every date stated in `text`, left to right, non-overlapping (the longest match wins).

    Precision is what the text says: "January 2024" is a month, "early January 2024" too, "Spring 2024"
    a season, "in 2024" a year (a bare number is a year only after a preposition like in/by/until).
    Dates without a year take `default_year`, else the year of `published` (a month five or more
    months before the publication month means the next year); without either they are skipped.
    With `future` (the caller knows the text speaks of what is to come: "will premiere on April 5",
    "postponed to July") any year-less month before the publication month is next year's.
    Relative dates ("next year", "this October", "来春") need `published`.
    Late-night slots past 24:00 ("1/8(土) 24:30～") give the next calendar day.
    """
    if not text:
        return []
    norm, index = _nfkc_with_map(text)
    has_digit = _DIGIT.search(norm) is not None
    has_year = has_digit and _YEAR_HINT.search(norm) is not None
    has_month = _MONTH_STEMS_RX.search(norm) is not None
    has_ja = _JA_HINT.search(norm) is not None
    ens = _SEASON_STEMS_RX.search(norm) is not None
    has_year_word = "year" in norm or "Year" in norm or "YEAR" in norm
    has_slash = "/" in norm
    has_weekday = "day" in norm and published is not None
    has_rel_word = published is not None and ("month" in norm or "Month" in norm or "today" in norm or "Today" in norm)
    if not (has_digit or has_month or has_ja or ens or has_year_word or has_weekday or has_rel_word):
        return []
    found: list[tuple[int, int, PartialDate, bool, bool]] = []  # start, end, date, inferred, relative

    def add(m, d, inferred=False, relative=False):
        if d is not None:
            found.append((m.start(), m.end(), d, inferred, relative))

    # English months: find each month name once, then read what stands right before and after it
    for mt in (_MON_TOKEN.finditer(norm) if has_month else ()):
        p = mt.start()
        mo = _month(mt["mon"])
        if has_digit:
            m = _EN_MDY.match(norm, p)
            if m:
                day = int(m["day"])
                ry = None if m["year"] else _RANGE_YEAR_AFTER.match(norm, m.end())
                ey = None if m["year"] or ry else _EVENT_YEAR_BEFORE.search(norm, max(0, p - 10), p)
                if m["year"] or ry:   # "January 7 to March 25, 2027": the range's year is both ends'
                    d, inf = from_parts(int(m["year"] or ry["year"]), mo, day), False
                elif ey:   # "at Anime NYC 2026 on August 22": the event's year is the day's
                    d, inf = from_parts(int(ey["year"]), mo, day), False
                else:
                    d, inf = from_parts(_infer_year(mo, default_year, published, future, day), mo, day), True
                    d = _year_of_weekday(d, _WEEKDAY_BEFORE.search(norm, max(0, p - 12), p)) if d is not None else d
                t = _EN_TIME_AFTER.match(norm, m.end())
                if t and d is not None:
                    if not t["wd"] or _weekday_is(d, t["wd"]):
                        d = _late_night(d, t["hh"])
                    found.append((m.start(), t.end(), d, inf, False))
                else:
                    add(m, d, inf)
            b = _DAY_BEFORE.search(norm, max(0, p - 12), p)
            if b:
                day = int(b["day"])
                y = _YEAR_AFTER.match(norm, mt.end())
                e = y.end() if y else mt.end()
                if y:
                    d = from_parts(int(y["year"]), mo, day)
                    inf = False
                else:
                    d = from_parts(_infer_year(mo, default_year, published, future, day), mo, day)
                    inf = True
                if d is not None:
                    found.append((b.start(), e, d, inf, False))
            m = _EN_MY.match(norm, p)
            if m:
                add(m, from_parts(int(m["year"]), mo))
        b = _REL_BEFORE.search(norm, max(0, p - 20), p)
        if b:
            y = _rel_year(b["rel"], mo, published)
            if (future and y is not None and b["rel"].lower() == "this" and published is not None
                    and published.month is not None and mo < published.month):
                y += 1
            found_d = from_parts(y, mo)
            if found_d is not None:
                found.append((b.start(), mt.end(), found_d, False, True))
        if has_year_word:
            m = _EN_M_REL2.match(norm, p)
            if m:
                add(m, from_parts(_rel_year(m["rel"] + " year", mo, published), mo), relative=True)
        b = _PREP_BEFORE.search(norm, max(0, p - 22), p)
        if b:
            d = from_parts(_infer_year(mo, default_year, published, future), mo)
            if d is not None:
                found.append((p, mt.end(), d, True, False))
    for m in (_EN_SEASON.finditer(norm) if ens and has_digit else ()):
        y = int(m["year"]) if m["year"] else 2000 + int(m["yy"])
        add(m, from_parts(y, season=_SEASON_WORDS[m["season"].lower()]))
    for m in (_EN_YEAR_SEASON.finditer(norm) if ens and has_year else ()):
        add(m, from_parts(int(m["year"]), season=_SEASON_WORDS[m["season"].lower()]))
    for m in (_EN_SEASON_REL.finditer(norm) if ens else ()):
        s = _SEASON_WORDS[(m["season"] or m["season2"]).lower()]
        if m["rel"]:
            add(m, from_parts(_rel_year(m["rel"], None, published, s), season=s), relative=True)
        else:
            add(m, from_parts(_rel_year(m["rel2"] + " year", None, published), season=s), relative=True)
    for m in (_YEAR_TOKEN.finditer(norm) if has_year else ()):
        p = _YEAR_PREP.search(norm, max(0, m.start() - 14), m.start())
        if p is None:
            continue
        start = p.start() if p["prep"].lower() in ("early", "mid", "late", "end of") else m.start()
        found.append((start, m.end(), PartialDate(int(m["year"])), False, False))
    if has_weekday and published.day is not None:
        for m in _EN_WEEKDAY.finditer(norm):
            # "on Friday" in a news item: the latest Friday up to its publication (the next one when the
            # statement is about the future, or says "next")
            pd = published.as_date()
            wd = _WEEKDAYS[m["wd"].lower()]
            rel = m["rel"].lower()
            if rel == "next" or (future and rel in ("on", "this")):
                delta = (wd - pd.weekday()) % 7 or (7 if rel == "next" else 0)
                d = pd + _dt.timedelta(days=delta)
            else:
                d = pd - _dt.timedelta(days=(pd.weekday() - wd) % 7 or (7 if rel == "last" else 0))
            found.append((m.start("wd"), m.end(), PartialDate(d.year, d.month, d.day), False, True))
    if published is not None and published.month is not None and ("month" in norm or "Month" in norm):
        for m in _EN_MONTH_REL.finditer(norm):
            step = {"last": -1, "next": 1}.get(m["rel"].lower(), 0)
            y, mo = published.year, published.month + step
            y, mo = (y - 1, 12) if mo < 1 else ((y + 1, 1) if mo > 12 else (y, mo))
            add(m, from_parts(y, mo), relative=True)
    if published is not None and published.month is not None and "月" in norm and ("先月" in norm or "今月" in norm or "来月" in norm):
        for m in _JA_MONTH_REL.finditer(norm):   # 「先月公開されたPV第1弾」: the month before the article's
            step = {"先": -1, "来": 1}.get(m["rel"], 0)
            y, mo = published.year, published.month + step
            y, mo = (y - 1, 12) if mo < 1 else ((y + 1, 1) if mo > 12 else (y, mo))
            add(m, from_parts(y, mo), relative=True)
    if has_weekday and published.day is not None:
        for m in _EN_WEEKDAY_BARE.finditer(norm):
            # "a new trailer, which debuted Monday": the latest such day up to the article's
            pd = published.as_date()
            d = pd - _dt.timedelta(days=(pd.weekday() - _WEEKDAYS[m["wd"].lower()]) % 7)
            found.append((m.start("wd"), m.end(), PartialDate(d.year, d.month, d.day), False, True))
    if published is not None and published.day is not None and ("today" in norm or "Today" in norm):
        for m in _EN_TODAY.finditer(norm):
            found.append((m.start(), m.end(), PartialDate(published.year, published.month, published.day), False, True))
    for m in (_EN_YEAR_REL.finditer(norm) if has_year_word else ()):
        add(m, from_parts(_rel_year(m["rel"] + " year", None, published)), relative=True)
    for m in (_ISO_YMD.finditer(norm) if has_year else ()):
        add(m, _late_night(from_parts(int(m["year"]), int(m["mo"]), int(m["day"])), m["hh"]))
    for m in (_ISO_YM.finditer(norm) if has_year else ()):
        add(m, from_parts(int(m["year"]), int(m["mo"])))
    for m in (_US_MDY.finditer(norm) if has_slash and has_year else ()):
        add(m, from_parts(int(m["year"]), int(m["mo"]), int(m["day"])))
    for m in (_SLASH_MD.finditer(norm) if has_slash else ()):
        if not (m["wd"] or m["hh"]):  # "1/2" alone is a fraction or a score, not a date
            continue
        mo = int(m["mo"])
        add(m, _late_night(from_parts(_infer_year(mo, default_year, published, future, int(m["day"])), mo, int(m["day"])), m["hh"]), True)
    for m in (_JA_YMD.finditer(norm) if has_ja and has_year and "日" in norm else ()):
        add(m, _late_night(from_parts(int(m["year"]), int(m["mo"]), int(m["day"])), _ja_hh(m)))
    for m in (_JA_YM.finditer(norm) if has_ja and has_year and "月" in norm else ()):
        y, mo = int(m["year"]), int(m["mo"])
        if m["cour"] and 1 <= mo <= 12:  # 2024年1月期: the cour (season) starting that month
            add(m, from_parts(y, season=SEASON_OF_MONTH[mo]))
        else:
            add(m, from_parts(y, mo))
    for m in (_JA_YS.finditer(norm) if has_ja and has_year else ()):
        add(m, from_parts(int(m["year"]), season=_JA_SEASONS[m["season"]]))
    for m in (_JA_Y.finditer(norm) if has_ja and has_year and "年" in norm else ()):
        add(m, from_parts(int(m["year"])))
    for m in (_JA_MD.finditer(norm) if has_ja and "日" in norm else ()):
        mo = int(m["mo"])
        add(m, _late_night(from_parts(_infer_year(mo, default_year, published, future, int(m["day"])), mo, int(m["day"])), _ja_hh(m)), True)
    for m in (_JA_REL_MD.finditer(norm) if has_ja and "日" in norm and _JA_REL_HINT.search(norm) else ()):
        mo = int(m["mo"])
        add(m, _late_night(from_parts(_rel_year(m["rel"], mo, published), mo, int(m["day"])), _ja_hh(m)), False, True)
    for m in (_JA_M.finditer(norm) if has_ja and "月" in norm else ()):
        mo = int(m["mo"])
        if not 1 <= mo <= 12:
            continue
        if m["rel"]:
            y = _rel_year(m["rel"], mo, published)
            rel, inf = True, False
        else:
            y, rel, inf = _infer_year(mo, default_year, published, future), False, True
        if m["cour"]:
            add(m, from_parts(y, season=SEASON_OF_MONTH[mo]) if y else None, inf, rel)
        else:
            add(m, from_parts(y, mo) if y else None, inf, rel)
    for m in (_JA_REL_SEASON.finditer(norm) if has_ja and "年" in norm else ()):
        s = _JA_SEASONS[m["season"]]
        add(m, from_parts(_rel_year(m["rel"], None, published), season=s), relative=True)
    for m in (_JA_REL.finditer(norm) if has_ja and _JA_REL_HINT.search(norm) else ()):
        if m["season"]:
            s = _JA_SEASONS[m["season"]]
            add(m, from_parts(_rel_year(m["rel"], None, published, s), season=s), relative=True)
        else:
            add(m, from_parts(_rel_year(m["relyear"], None, published)), relative=True)

    if not found:
        return []
    # longest first at each position, then keep non-overlapping ones left to right
    found.sort(key=lambda f: (-(f[1] - f[0]), f[0]))
    taken: list[tuple[int, int, PartialDate, bool, bool]] = []   # kept sorted by start; never overlapping
    starts: list[int] = []
    for f in found:
        i = bisect.bisect_right(starts, f[0])
        if i > 0 and taken[i - 1][1] > f[0]:
            continue
        if i < len(taken) and taken[i][0] < f[1]:
            continue
        taken.insert(i, f)
        starts.insert(i, f[0])
    out = []
    for s, e, d, inf, rel in taken:
        if index is not None:
            s, e = index[s], index[e]
        out.append(DateMatch(d, s, e, text[s:e], inf, rel))
    if default_year is None and published is None and has_month:
        out = _years_from_anchor(text, out, future)
    if default_year is None and published is not None and published.month is not None:
        out = [_year_by_tense(text, dm, published) for dm in out]
    return out


# the verb that states a year-less date: past (the latest such day up to the article), future (the next one
# from it); a Japanese verb follows the date, an English one stands before it in the same clause
_TENSE_JA_AFTER = re.compile(r"(?P<attr>(?:公開|放送|配信|発売|上映|開催|解禁|発表|披露)の|決定|決ま|延期|変更|繰り上げ|前倒し)|"
                             r"(?P<past>(?:され|し|なっ|行われ|始まっ|迎え|出)(?:た|ました)|済み|でした|だった)|"
                             r"(?P<fut>(?:され|し|な|行われ|始ま|迎え)(?:る|ます)(?!た)|予定|見込み|となる|になる)")
_TENSE_JA_NAMED = re.compile(r"\s*(?:より|から)?\s*(?:公開|放送|配信|発売|上映|開催|解禁|発表|披露)?(?:開始|スタート)?[をがと]")   # 「1月10日放送開始を発表」
_TENSE_JA_STOP = re.compile(r"[。、！？!?\n]")
# (a plan said in the past, "was set for", "was moved to", "had been slated for", tells nothing of the day itself)
_TENSE_EN_BEFORE = re.compile(r"(?=[wihsbadprtsuoclfgmd'])\b(?:(?P<plan>(?:(?:was|were|has\s+been|have\s+been|had\s+been)\s+)?"
                              r"(?:set|slated|scheduled|moved|delayed|postponed|pushed(?:\s+back)?|rescheduled|planned|dated|"
                              r"penciled\s+in|pencilled\s+in|announced)\s+(?:to|for|until|from))|"
                              r"(?P<fut>will|'ll|is\s+(?:set|slated|scheduled|due|expected)|are\s+(?:set|slated|scheduled|due)|"
                              r"(?:set|slated|scheduled|due)\s+to|upcoming|coming|(?:debut|premiere|air|open|arrive|launch|"
                              r"hit|begin|start|stream|release|drop|return)s)|"
                              r"(?P<past>was|were|has\s+been|have\s+been|had|debuted|premiered|aired|released|revealed|"
                              r"unveiled|shown|showed|streamed|screened|held|opened|began|started|dropped|launched|"
                              r"announced|posted|published|went|arrived|returned))\b", re.I)
# "a January 10 premiere", "March 28 as the premiere date": the date names a thing; the verb is the news'
_TENSE_EN_ATTR_AFTER = re.compile(r"(?:,?\s*\d{4})?\s+(?:premiere|debut|release|launch|broadcast|airing|opening|start|date|as\b)", re.I)
_TENSE_EN_NEWS_VERB = re.compile(r"announced|revealed|unveiled|posted|published", re.I)
_TENSE_EN_CLAUSE = re.compile(r"[.;!?。]\s|\b(?:and|but|while|after|before|until|since)\s+(?=\w)", re.I)
_TENSE_BE_BEFORE = re.compile(r"\b(?:be|being)\s+$", re.I)
_TENSE_WEEKDAY = re.compile(r"[(（][月火水木金土日][)）]|(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\b", re.I)
_TENSE_EVENT_YEAR_AFTER = re.compile(r"\s*(?:に|,)?\s*(?:at|during)?\s*[「『\"“]?[A-Za-z][\w .!&'-]{1,30}?\s(?P<year>20\d\d)[」』\"”]?\s*(?:で|にて|会場)|"
                                     r",?\s+(?:at|during)\s+(?:the\s+)?[A-Z][\w.!&'-]*(?:\s[A-Z][\w.!&'-]*){0,3}\s(?P<year2>20\d\d)\b(?![-/]\d)")


def _quoted_at(text: str, start: int) -> bool:
    """The date stands inside a 「title」 or a “quoted title”: a name, not a day of this work's."""
    lo = max(0, start - 120)
    if text.rfind("「", lo, start) > text.rfind("」", lo, start) or text.rfind("『", lo, start) > text.rfind("』", lo, start):
        return True
    return text.rfind("“", lo, start) > text.rfind("”", lo, start)


def _tense_of_date(text: str, dm: "DateMatch") -> str | None:
    """'past' or 'future' from the verb that states this date (「…に公開された」「…に公開される」, "was shown
    on", "will debut on", "drops"), None when no verb says it or the date is an attribute (「12月5日公開のPV」)."""
    after = text[dm.end:dm.end + 40]
    stop = _TENSE_JA_STOP.search(after)
    after = after[:stop.start()] if stop else after
    if after and _TENSE_JA_NAMED.match(after) is not None and not after.lstrip().startswith(("を", "が", "と")):
        return None
    if after:
        m = _TENSE_JA_AFTER.search(after)
        if m is not None:
            return None if m["attr"] else ("past" if m["past"] else "future")
    if _TENSE_EN_ATTR_AFTER.match(text, dm.end):
        return None
    lo = max(0, dm.start - 70)
    before = text[lo:dm.start]
    cut = None
    for cut in _TENSE_EN_CLAUSE.finditer(before):
        pass
    if cut is not None:
        lo, before = lo + cut.end(), before[cut.end():]
    if not before or not any(c.isalpha() and c.isascii() for c in before):
        return None
    last = None
    for last in _TENSE_EN_BEFORE.finditer(before):
        pass
    if last is None or last["plan"]:
        return None
    if last["past"] and _TENSE_EN_NEWS_VERB.fullmatch(last.group()) and not before[last.end():].strip().lower() in ("on", "in"):
        return None   # "Aniplex revealed January 10 …": the news is past, the day it names need not be
    if last["past"] and _TENSE_BE_BEFORE.search(before, 0, last.start()):
        return "future"   # "will be shown on", "is set to be released on"
    return "past" if last["past"] else "future"


def _year_by_tense(text: str, dm: "DateMatch", published) -> "DateMatch":
    """A year-less month or day takes its year from the verb's tense: said done, never a later year than the
    publication's; said to come, the next one not before it (an event's own year, 「AnimeJapan 2026」で, first)."""
    d = dm.date
    if not dm.year_inferred or dm.relative or d is None or d.month is None or d.season is not None or d.year is None:
        return dm
    if _TENSE_WEEKDAY.search(text, max(0, dm.start - 12), dm.end) or _quoted_at(text, dm.start):
        return dm   # a weekday already chose the year; a title's date is no day at all
    ev = _TENSE_EVENT_YEAR_AFTER.match(text, dm.end, dm.end + 45)
    if ev is not None:
        y = int(ev["year"] or ev["year2"])
    else:
        tense = _tense_of_date(text, dm)
        if tense is None:
            return dm
        pub_key = (published.month, published.day or (1 if tense == "future" else 31))
        key = (d.month, d.day or (31 if tense == "future" else 1))
        y = published.year
        if tense == "past" and key > pub_key:
            y = min(d.year, y)   # (no earlier than the publication year: an update below an old article tells of later days)
        elif tense == "future" and key < pub_key:
            y += 1
    if y == d.year:
        return dm
    nd = from_parts(y, d.month, d.day)
    return DateMatch(nd, dm.start, dm.end, dm.text, True, False) if nd is not None else dm


def _years_from_anchor(text: str, out: list["DateMatch"], future: bool) -> list["DateMatch"]:
    """With no publication date, "premieres on January 9, 2027 …, followed by BS-TBS on January 11": a year-less
    day after a full date in the same text takes that date's year (the next year for an earlier month)."""
    anchor = next((dm for dm in out if not dm.year_inferred and not dm.relative and dm.date.month is not None
                   and dm.date.year is not None), None)
    if anchor is None:
        return out
    more = [dm for dm in find_dates(text, default_year=anchor.date.year, future=future)
            if dm.year_inferred and dm.start >= anchor.end and not any(o.start < dm.end and dm.start < o.end for o in out)]
    if not more:
        return out
    fixed = []
    for dm in more:
        d = dm.date
        if d.month is not None and d.month < anchor.date.month:
            d = PartialDate(d.year + 1, d.month, d.day, d.season)
        fixed.append(DateMatch(d, dm.start, dm.end, dm.text, True, False))
    return sorted(out + fixed, key=lambda dm: dm.start)


def parse_date(text: str, *, default_year: int | None = None, published=None,
               future: bool = False) -> "PartialDate | None":
    """The first date stated in `text` (see `find_dates`), or None."""
    found = find_dates(text, default_year=default_year, published=published, future=future)
    return found[0].date if found else None
