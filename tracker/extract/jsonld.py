"""schema.org JSON-LD: the work's own structured data.

Only work types carry release dates (`startDate`, `datePublished`): TVSeries, TVSeason, Movie,
CreativeWorkSeries, Episode (episode 1 only), and CreativeWork when it names the work. An Article /
NewsArticle / BlogPosting / WebPage's dates are the article's, never a release date, and such objects
are not read at all (their `about`/`mentions` name other titles too).

A series object named without the season the tracked work names ("X" for "X Season 2") is the parent
series: its cast and staff are read, its dates, episode count and trailers (the first season's) are not.

Read from a work object: startDate / datePublished (release_date, precision as written), numberOfEpisodes,
actor (Person, or PerformanceRole with characterName -> cast), director, musicBy, author (original creator),
productionCompany (studio unless a production committee), trailer (VideoObject: uploadDate + url),
publication (BroadcastEvent: publishedOn -> broadcaster).
"""
from __future__ import annotations

import re
import unicodedata

from ..dates import PartialDate
from ..model import Fact
from ..normalize import MAX_EVIDENCE, clean, fold, org_display, org_key
from ..roles import is_committee
from . import Extractor

_WORK_TYPES = {"tvseries", "tvseason", "movie", "creativeworkseries", "episode", "tvepisode", "creativework",
               "creativeworkseason", "series", "movieseries", "videogameseries"}
_ARTICLE_TYPES = {"article", "newsarticle", "blogposting", "webpage", "reportagenewsarticle", "analysisnewsarticle",
                  "socialmediaposting", "review", "itempage", "collectionpage", "profilepage", "website",
                  "breadcrumblist", "organization", "person", "imageobject", "videoobject", "searchaction",
                  "listitem", "itemlist"}
# ISO, and the "2027/01/09", "2027.01.09" some sites write there (not "2027-1-9T…" alone)
_ISO = re.compile(r"^\s*(\d{4})(?:([-/.])(\d{1,2})(?:\2(\d{1,2}))?)?(?!\d)")


def _types(obj: dict) -> set[str]:
    t = obj.get("@type")
    ts = t if isinstance(t, list) else [t]
    return {str(x).rsplit("/", 1)[-1].lower() for x in ts if x}


def _as_list(v) -> list:
    if v is None:
        return []
    return v if isinstance(v, list) else [v]


def _name(v) -> str:
    if isinstance(v, str):
        return v.strip()
    if isinstance(v, dict):
        n = v.get("name")
        if isinstance(n, list):
            n = next((x for x in n if isinstance(x, str)), "")
        if isinstance(n, dict):
            n = n.get("@value", "")
        return str(n).strip() if n else ""
    return ""


def _names_of(obj: dict) -> list[str]:
    out = []
    for k in ("name", "alternateName", "alternativeHeadline", "headline"):
        for v in _as_list(obj.get(k)):
            if isinstance(v, str) and v.strip():
                out.append(v)
            elif isinstance(v, dict) and isinstance(v.get("@value"), str):
                out.append(v["@value"])
    return out


def iso_date(value) -> PartialDate | None:
    """A schema.org Date / DateTime as written: '2024', '2024-01', '2024-01-10T09:00:00+09:00'."""
    if not isinstance(value, str):
        return None
    m = _ISO.match(value)
    if not m:
        return None
    y, _sep, mo, d = m.groups()
    if mo and not 1 <= int(mo) <= 12:
        return None
    iso = y + (f"-{int(mo):02d}" if mo else "") + (f"-{int(d):02d}" if mo and d else "")
    return PartialDate.parse(iso)


class JsonldExtractor(Extractor):
    name = "jsonld"
    priority = 90

    def extract(self, page, work):
        objs = [o for o in page.jsonld if isinstance(o, dict)]
        works = [o for o in objs if _types(o) & _WORK_TYPES and not (_types(o) & _ARTICLE_TYPES)]
        if not works:
            return []
        wanted = {fold(n) for n in work.names if fold(n)}

        def names_match(o: dict) -> bool:
            for n in _names_of(o):
                f = fold(n)
                if f and any(w == f or w in f or (len(f) >= 4 and f in w) for w in wanted):
                    return True
            return False

        matching = [o for o in works if names_match(o) and not _is_sequel_of(o, work.names)]
        # "X" on a page about "X Season 2" is the parent series: its dates and counts are an earlier season's
        parents = {id(o) for o in matching if _is_parent_series(o, work.names)}
        # ... and its season numbered like the tracked work ("seasonNumber": 2, "name": "Season 2" / "第2期") is it
        wanted_n = _season_number(work.names)
        if wanted_n is not None:
            have = {id(o) for o in matching}
            for o in [o for o in matching if id(o) in parents]:
                for s_ in _as_list(o.get("containsSeason")):
                    if isinstance(s_, dict) and id(s_) not in have and _season_of(s_) == wanted_n:
                        matching.append(s_)
                        have.add(id(s_))
        if not matching:
            # one work object on a page about one work is that work; several unnamed ones are a list
            series = [o for o in works if not (_types(o) <= {"episode", "tvepisode", "creativework"})]
            if len(series) == 1 and not _names_of(series[0]):
                matching = series
            elif len(series) == 1 and len(works) == 1 and not page.multi_work:
                matching = series if _page_names_work(page, wanted) else []
        facts: list[Fact] = []
        for o in matching:
            facts.extend(_facts_of(o, parent=id(o) in parents))
        return _dedupe(facts)


def _page_names_work(page, wanted: set[str]) -> bool:
    hay = fold(" ".join([page.title, *page.meta.get("og:title", [])]))
    return any(w and w in hay for w in wanted)


_SEQUEL = re.compile(r"(season|part|cour)\s*\d+|\d+\s*(st|nd|rd|th)\s+(season|cour)|final season|"
                     r"\bs\d{1,2}\b|\b(ii|iii|iv|2|3|4)\s*$|第\s*\d+\s*(期|クール|シーズン|章)|\d+期|続編|完結編", re.I)


_SEASON_NO = re.compile(r"(?:season|part)\s*(\d{1,2})\b|\b(\d{1,2})\s*(?:st|nd|rd|th)\s+season|\bs(\d{1,2})\b|"
                        r"第\s*(\d{1,2})\s*(?:期|シーズン)|(\d{1,2})\s*期", re.I)
_BARE_SEASON = re.compile(r"^\s*(?:(?:season|part)\s*\d{1,2}|\d{1,2}\s*(?:st|nd|rd|th)\s+season|第\s*\d{1,2}\s*(?:期|シーズン)|"
                          r"\d{1,2}\s*期)\s*$", re.I)


def _season_number(names) -> int | None:
    """The season the tracked work names ("X Season 2", "X 2nd Season", "X 第2期"), else None."""
    for n in names:
        m = _SEASON_NO.search(unicodedata.normalize("NFKC", n or ""))
        if m:
            return int(next(g for g in m.groups() if g))
    return None


def _season_of(o: dict) -> int | None:
    """A season object's number: its seasonNumber, or a name that is only a season mark ("Season 2", "第2期")."""
    n = o.get("seasonNumber")
    if isinstance(n, int) or (isinstance(n, str) and n.strip().isdigit()):
        return int(n)
    for nm in _names_of(o):
        nm = unicodedata.normalize("NFKC", nm)
        if _BARE_SEASON.match(nm):
            return _season_number([nm])
    return None


def _is_parent_series(o: dict, names) -> bool:
    """Does the tracked work name a season or sequel ("Season 2", "第2期") that this object's names lack?"""
    marks = [fold(m.group(0)) for n in names for m in [_SEQUEL.search(n)] if m]
    if not marks:
        return False
    own = [fold(n) for n in _names_of(o)]
    return bool(own) and not any(mk in f for mk in marks for f in own)


def _is_sequel_of(o: dict, names) -> bool:
    """Is this object a season or sequel ("X Season 2") that the tracked work's names do not name?"""
    tracked = [fold(n) for n in names]
    for n in _names_of(o):
        m = _SEQUEL.search(n)
        if m and not any(fold(m.group(0)) in t for t in tracked):
            return True
    return False


def _facts_of(o: dict, parent: bool = False) -> list[Fact]:
    types = _types(o)
    t = next(iter(sorted(types)), "work")
    out: list[Fact] = []

    def add(field_, key, value, ev, precision=None):
        value = clean(value)
        if value and not re.fullmatch(r"\s*(tba|tbd|unknown|n/?a|\?+)\s*", value, re.I):
            out.append(Fact(field_, clean(key, 160), value, clean(f"JSON-LD {t}: {ev}", MAX_EVIDENCE), precision))

    # release date: an episode only when it is the first one
    is_episode = bool(types & {"episode", "tvepisode"})
    if parent:
        pass  # the parent series' start, episode count and trailers belong to its first season
    elif not is_episode or str(o.get("episodeNumber", "")).strip() in ("1", "01"):
        # (not dateCreated: a database sets it to when its record was made)
        for prop in ("startDate", "datePublished", "releaseDate"):
            d = iso_date(o.get(prop))
            if d is not None:
                add("release_date", "", d.iso(), f"{prop} {o.get(prop)}", d.precision)
                break
    n = None if parent else _count(o.get("numberOfEpisodes"))
    if n:
        add("episodes", "", str(n), f"numberOfEpisodes {o.get('numberOfEpisodes')}")
    # cast
    seen_chars: set[str] = set()
    for a in _as_list(o.get("actor")) + _as_list(o.get("actors")):
        if not isinstance(a, (dict, str)):
            continue
        if isinstance(a, dict) and "performancerole" in _types(a):
            # ("actor" may be a list: one role voiced by two, a child and an adult voice)
            actor = next((nm for nm in map(_name, _as_list(a.get("actor"))) if nm), "") or _name(a)
            chars = [c for c in (_as_list(a.get("characterName")) or [a.get("roleName")]) if c]
            char = _name(chars[0]) if chars else ""
        else:
            actor = _name(a)
            char = ""
            if isinstance(a, dict):
                ch = a.get("characterName") or a.get("character")
                char = _name(_as_list(ch)[0]) if ch else ""
        if not actor:
            continue
        if char:
            if fold(char) in seen_chars:
                continue
            seen_chars.add(fold(char))
            add("cast", char, actor, f"actor {actor} as {char}")
        else:
            add("cast", "", actor, f"actor {actor}")
    for prop, role in (("director", "director"), ("musicBy", "music"), ("author", "original creator"),
                       ("creator", "original creator")):
        if prop == "creator" and o.get("author"):
            continue
        for p in _as_list(o.get(prop)):
            nm = _name(p)
            if nm and not (isinstance(p, dict) and "organization" in _types(p) and prop != "musicBy"):
                add("staff", role, nm, f"{prop} {nm}")
    for c in _as_list(o.get("productionCompany")):
        nm = _name(c)
        if nm and not is_committee(nm):
            add("studio", org_key(nm), org_display(nm), f"productionCompany {nm}")
    # broadcasts
    for ev in _as_list(o.get("publication")):
        if not isinstance(ev, dict):
            continue
        for svc in _as_list(ev.get("publishedOn")):
            nm = _name(svc)
            if nm:
                add("broadcaster", org_key(nm), org_display(nm), f"publishedOn {nm}")
    # trailers
    trailers = [] if parent else [v for v in _as_list(o.get("trailer")) if isinstance(v, dict)]
    of_kind: dict[str, int] = {}
    for v in trailers:
        url = _video_url(v)
        d = iso_date(v.get("uploadDate"))
        label = _name(v).lower()
        kind = "teaser" if re.search(r"teaser|ティザー|特報", label) else "PV" if re.search(r"(?<![a-z])pv(?![a-z])|promo", label) else "trailer"   # ("PV第1弾")
        of_kind[kind] = of_kind.get(kind, 0) + 1
        num = _video_number_in_name(label) or of_kind[kind]
        value = " ".join(x for x in ((d.iso() if d else ""), url) if x)
        if value:
            add("trailer", f"{kind} {num}", value, f"trailer {_name(v) or url}")
    return out


# a video's own number in its name ("PV #2", "Trailer 2", "PV第2弾", "teaser no. 3"); never a season's or a part's
# ("第2期 ティザーPV", "Teaser 2nd Season", "trailer 2 cour")
_VIDEO_NUMBER_IN_NAME = re.compile(r"(?:#|no\.?|pv|trailer|teaser|第)\s*(\d{1,2})(?!\d|(?:st|nd|rd|th)?\s*(?:期|季|クール|"
                                   r"シーズン|部|章|話|season|cour|part|ep))")
# "Second Trailer", "3rd PV": the ordinal word before the video's kind
_VIDEO_ORDINAL_IN_NAME = re.compile(r"\b(first|second|third|fourth|fifth|sixth|[1-6](?:st|nd|rd|th))\s+(?:(?!season|cour|part)[a-z]+\s+)?"
                                    r"(?:trailer|teaser|pv|promo)")
_VIDEO_ORDINAL_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6}


def _video_number_in_name(label: str) -> int | None:
    """The number a trailer's own name gives it, or None: then it is counted among the list's videos of its kind
    (a list "Teaser, Trailer" is teaser 1 and trailer 1, not trailer 2; "第2期 ティザーPV" is the season's teaser 1)."""
    m = _VIDEO_NUMBER_IN_NAME.search(label)
    if m is not None:
        return int(m.group(1)) or None
    m = _VIDEO_ORDINAL_IN_NAME.search(label)
    if m is None:
        return None
    word = m.group(1)
    return _VIDEO_ORDINAL_WORDS.get(word) or int(word[0])


def _video_url(v: dict) -> str:
    """A VideoObject's URL, the canonical watch URL when it is a known player's (an `embedUrl`
    "youtube.com/embed/ID" is the same video as the page's "watch?v=ID" link: one trailer, not two)."""
    from ..page import _VIDEO_URL, canonical_video_url

    urls = [u for u in (v.get("url"), v.get("embedUrl"), v.get("contentUrl")) if isinstance(u, str) and u.strip()]
    for u in urls:
        m = _VIDEO_URL.search(u)
        if m:
            return canonical_video_url(m)
    return urls[0].strip() if urls else ""


def _count(v) -> int:
    """An episode count as written: 12, "12", "12 episodes", "全12話"; 0 when there is none."""
    if isinstance(v, bool):
        return 0
    if isinstance(v, (int, float)):
        return int(v) if v > 0 else 0
    if isinstance(v, str):
        m = re.fullmatch(r"\s*(?:全\s*)?(\d{1,4})\s*(?:episodes?|eps?\.?|話)?\s*", unicodedata.normalize("NFKC", v), re.I)
        return int(m.group(1)) if m and int(m.group(1)) > 0 else 0
    return 0


def _dedupe(facts: list[Fact]) -> list[Fact]:
    out, seen = [], set()
    for f in facts:
        k = (f.field, fold(f.key), fold(f.value) if f.field in ("staff", "studio", "broadcaster") or not f.key else "")
        if k in seen:
            continue
        seen.add(k)
        out.append(f)
    return out
