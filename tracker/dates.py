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
