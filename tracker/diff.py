"""Diff: what one healthy fetch of one source changes in what a work knows. PURE: no I/O, no SQL.

All the judgement of FACTS.md's change table lives here:

    revealed      first sighting of a work's field·key (per member for sets), from any source
    refined       a value gains precision or a part and agrees with the known one
    changed       a source replaces its own (agreeing) value with one that contradicts the known value
    disputed      any other source's value that contradicts the known value (the known value stays)
    retracted     the last source stating a fact stopped stating it for `confirm_retraction` healthy fetches
    corroborated  another source states the known value, a coarser agreeing one, or a date one day off

State is two plain dataclasses the store persists:

* `SourceState` — what one source states now, per fact identity (`SourceFact`), with how many consecutive
  healthy fetches each fact has been missing and the recent values it held (for the flap window).
* `WorkState` — per identity (`Slot`): the known value, who holds it, values the work replaced (stale),
  which sources state it now, whether its retraction was logged; plus learned key/member aliases.

An identity is ``(field, key, member)`` in comparison form (`ident_str` joins them): one-value facts have
an empty member; set facts (staff, studio, broadcaster, streaming, premiere_event, cast under the empty
key) carry the member: the person for staff and cast, empty for org-keyed sets (the key is the member).
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from typing import Iterable

from .dates import PartialDate
from .model import PARTIAL, REREAD, Change, Fact, Verdict, is_set_field
from .normalize import close_spelling, fold, fold_name, name_words, nfkc, org_key

SEP = "\x1f"
ORG_FIELDS = frozenset({"studio", "broadcaster", "streaming"})
DEFAULT_SETTINGS = {"confirm_retraction": 2, "flap_window": 3}
LAYOUT_CHANGE = "layout change"

# ----------------------------------------------------------------------------- state


@dataclass
class SourceFact:
    """One fact a source states now (or stated until recently: `missing` healthy fetches ago)."""

    field: str
    key: str                 # canonical comparison key
    member: str              # canonical comparison member ('' for one-value and org sets)
    key_display: str
    value: str               # display form as this source first wrote this value
    evidence: str = ""
    precision: str | None = None
    first_seen: str = ""
    last_seen: str = ""
    missing: int = 0         # consecutive healthy fetches without it
    kept: bool = False       # lost in a layout change: kept, never retracted
    seen_no: int = 0         # the source's healthy-fetch number when last stated
    history: list[list] = field(default_factory=list)  # [[value, seen_no], ...] values it held before

    @property
    def ident(self) -> str:
        return ident_str(self.field, self.key, self.member)

    def copy(self) -> "SourceFact":
        return SourceFact(self.field, self.key, self.member, self.key_display, self.value, self.evidence,
                          self.precision, self.first_seen, self.last_seen, self.missing, self.kept, self.seen_no,
                          [list(h) for h in self.history])


@dataclass
class SourceState:
    source_id: int
    healthy_fetches: int = 0
    facts: dict[str, SourceFact] = field(default_factory=dict)

    def copy(self) -> "SourceState":
        return SourceState(self.source_id, self.healthy_fetches, {k: v.copy() for k, v in self.facts.items()})


@dataclass
class Slot:
    """What the work knows of one identity (a one-value field·key, or one member of a set)."""

    field: str
    key: str
    member: str
    key_display: str
    value: str | None                 # the known value (display); None once nothing is known
    precision: str | None = None
    known_by: set[int] = field(default_factory=set)   # sources whose statements agree with `value`
    holders: set[int] = field(default_factory=set)    # sources that state this identity now
    stale: list[list] = field(default_factory=list)   # [[value, replaced_by_source_id], ...]
    retracted: bool = False                           # closed: its retraction was logged (or a re-read forgot it) and nobody restated it
    first_source: int | None = None
    first_seen: str = ""
    changed_by: int | None = None                     # who made the last `changed` (for a flap back)
    prev_value: str | None = None                     # the value that change replaced
    prev_known_by: set[int] = field(default_factory=set)

    @property
    def ident(self) -> str:
        return ident_str(self.field, self.key, self.member)

    def copy(self) -> "Slot":
        return Slot(self.field, self.key, self.member, self.key_display, self.value, self.precision,
                    set(self.known_by), set(self.holders), [list(x) for x in self.stale], self.retracted,
                    self.first_source, self.first_seen, self.changed_by, self.prev_value, set(self.prev_known_by))


@dataclass
class WorkState:
    work: str
    slots: dict[str, Slot] = field(default_factory=dict)
    # learned aliases: alias_str(field, scope, variant) -> canonical. scope '' for keys, the key for members
    aliases: dict[str, str] = field(default_factory=dict)

    def copy(self) -> "WorkState":
        """A shallow copy: diff copies each slot before it changes it (`_own`)."""
        return WorkState(self.work, dict(self.slots), dict(self.aliases))


@dataclass
class DiffResult:
    changes: list[Change]
    source_state: SourceState
    work_state: WorkState
    # identities whose slots or source facts were touched (the store may write only these)
    touched: set[str] = field(default_factory=set)
    new_aliases: dict[str, str] = field(default_factory=dict)


def ident_str(field_name: str, key: str, member: str) -> str:
    return f"{field_name}{SEP}{key}{SEP}{member}"


def split_ident(ident: str) -> tuple[str, str, str]:
    f, k, m = ident.split(SEP)
    return f, k, m


def alias_str(field_name: str, scope: str, variant: str) -> str:
    return f"{field_name}{SEP}{scope}{SEP}{variant}"


# ----------------------------------------------------------------------------- comparison forms

_DUB = re.compile(r"\s*[\[［]([^\]］]+)[\]］]\s*$")
_DIGITS = re.compile(r"\d+")
_URL = re.compile(r"https?://\S+", re.I)
_THEME_SPLIT = re.compile(r"\s+[—–]\s+|\s+-\s+")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uac00-\ud7af]")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")


def _has_cjk(s: str) -> bool:
    return bool(_CJK.search(s))


def _has_latin(s: str) -> bool:
    return bool(_LATIN.search(s))




def _cast_parts(key: str) -> tuple[str, str]:
    """('Rouge Redstar [English]') -> ('Rouge Redstar', 'english')."""
    m = _DUB.search(key)
    if m:
        return key[: m.start()], fold(m.group(1))
    return key, ""


def key_form(field_name: str, key: str, value: str) -> str:
    """The comparison form of a fact's key."""
    if field_name == "cast":
        if not key:
            return ""
        base, dub = _cast_parts(key)
        d = dual_script(base)
        return person_form(d[1] if d else base) + (f" [{dub}]" if dub else "")
    if field_name in ORG_FIELDS:
        return org_key(key or value)
    if field_name == "staff":
        return fold(key) or nfkc(key).casefold().strip()
    return fold(key) or nfkc(key).casefold().strip()


def person_form(name: str) -> str:
    """A person's (or character's) comparison form: word order free for Latin names; for names in
    Japanese/Chinese script the space between family and given name means nothing (出渕 裕 = 出渕裕)."""
    if _has_cjk(name):
        return fold(name)
    return fold_name(name)


def member_form(field_name: str, key: str, value: str) -> str:
    if not is_set_field(field_name, key):
        return ""
    if field_name in ("staff", "cast"):
        d = dual_script(value)
        return person_form(d[1] if d else value)
    return ""  # org sets and premiere_event: the key is the member


def _digits(s: str) -> list[str]:
    return _DIGITS.findall(s)


def _typo(a: str, b: str) -> bool:
    """A typo of one or two letters between two comparison forms (never between different numbers)."""
    if a == b:
        return True
    if _digits(a) != _digits(b):
        return False
    a1, b1 = a.replace(" ", ""), b.replace(" ", "")
    if close_spelling(a1, b1):
        return True
    # name word order: compare the sorted words pairwise, one word may carry the typo
    wa, wb = a.split(" "), b.split(" ")
    if len(wa) == len(wb) and len(wa) > 1:
        diff = [(x, y) for x, y in zip(wa, wb) if x != y]
        if len(diff) == 1 and close_spelling(*diff[0]):
            return True
    return False


_DUAL = re.compile(r"^(.*?\S)\s*[（(]\s*([^（）()]+?)\s*[）)]\s*$")


def dual_script(name: str) -> tuple[str, str] | None:
    """'出渕 裕（Yutaka Izubuchi）' -> ('出渕 裕', 'Yutaka Izubuchi'): (CJK form, Latin form), else None."""
    m = _DUAL.match(name.strip())
    if not m:
        return None
    a, b = m.group(1).strip(), m.group(2).strip()
    if _has_cjk(a) and not _has_cjk(b) and _has_latin(b):
        return a, b
    if _has_cjk(b) and not _has_cjk(a) and _has_latin(a):
        return b, a
    return None


def _forms(name: str) -> list[str]:
    d = dual_script(name)
    return [person_form(d[0]), person_form(d[1])] if d else [person_form(name)]


def same_person(a: str, b: str) -> bool:
    for fa in _forms(a):
        for fb in _forms(b):
            if fa and (fa == fb or _typo(fa, fb)):
                return True
    return False


def _other_script(a: str, b: str) -> bool:
    """Two names in different scripts cannot be compared without an alias: they do not contradict."""
    return _has_cjk(a) != _has_cjk(b) and not dual_script(a) and not dual_script(b)


# ----------------------------------------------------------------------------- value comparison

EQUAL, COARSER, FINER, CONFLICT = "equal", "coarser", "finer", "conflict"


def _generic(new: str, known: str) -> str:
    a, b = fold(new), fold(known)
    if a == b:
        return EQUAL
    if b and a.startswith(b):
        return FINER
    if a and b.startswith(a):
        return COARSER
    return CONFLICT


def _dates(new: PartialDate, known: PartialDate) -> str:
    if new == known:
        return EQUAL
    if new.rank == 3 and known.rank == 3:
        return EQUAL if new.agrees(known) else CONFLICT
    if new.refines(known):
        return FINER
    if known.refines(new):
        return COARSER
    if new.rank == known.rank and new.agrees(known):
        return EQUAL
    return CONFLICT


def _trailer_parts(v: str) -> tuple[PartialDate | None, str | None]:
    url_m = _URL.search(v)
    url = url_m.group().rstrip(").,") if url_m else None
    first = v.strip().split(" ")[0] if v.strip() else ""
    return PartialDate.parse(first) if first and not first.lower().startswith("http") else None, url


def _url_form(url: str) -> str:
    u = re.sub(r"^https?://(www\.)?", "", url.strip().lower())
    return u.rstrip("/")


def _combine(results: list[str]) -> str:
    """Combine per-part comparisons: any conflict conflicts; more and less at once counts as equal."""
    if CONFLICT in results:
        return CONFLICT
    more, less = FINER in results, COARSER in results
    if more and not less:
        return FINER
    if less and not more:
        return COARSER
    return EQUAL


def _part(new, known, eq) -> str:
    if new is None and known is None:
        return EQUAL
    if new is None:
        return COARSER
    if known is None:
        return FINER
    return eq(new, known)


def compare(field_name: str, new: str, known: str) -> str:
    """How a stated value relates to the known one: equal, coarser, finer or conflict."""
    if new == known:
        return EQUAL
    if field_name == "release_date":
        a, b = PartialDate.parse(new), PartialDate.parse(known)
        if a and b:
            return _dates(a, b)
        return _generic(new, known)
    if field_name == "episodes":
        da, db = _digits(nfkc(new)), _digits(nfkc(known))
        if da and db:
            return EQUAL if int(da[0]) == int(db[0]) else CONFLICT
        return _generic(new, known)
    if field_name in ("cast", "staff"):
        if same_person(new, known):
            return EQUAL
        return _generic(new, known)
    if field_name == "theme_song":
        pa, pb = _THEME_SPLIT.split(new, maxsplit=1), _THEME_SPLIT.split(known, maxsplit=1)
        ta, tb = fold(pa[0]), fold(pb[0])
        if ta != tb and not (len(ta) >= 5 and _typo(ta, tb)):
            return _generic(new, known)
        aa = pa[1] if len(pa) > 1 else None
        ab = pb[1] if len(pb) > 1 else None
        return _part(aa, ab, lambda x, y: EQUAL if (fold(x) == fold(y) or same_person(x, y)
                                                    or _other_script(x, y)) else CONFLICT)
    if field_name == "trailer":
        (da, ua), (db, ub) = _trailer_parts(new), _trailer_parts(known)
        if (da or ua) and (db or ub):
            return _combine([
                _part(da, db, _dates),
                _part(ua, ub, lambda x, y: EQUAL if _url_form(x) == _url_form(y) else CONFLICT),
            ])
        return _generic(new, known)
    if field_name in ORG_FIELDS:
        return _part(_org_extra(new), _org_extra(known),
                     lambda x, y: EQUAL if x == y else (FINER if x.startswith(y) else
                                                        COARSER if y.startswith(x) else CONFLICT))
    return _generic(new, known)


def _org_extra(value: str) -> str | None:
    """The slot/region part of an org display ('Fuji TV (+Ultra)' -> 'ultra'), None when absent."""
    parts = re.split(r"\s*[(（\[［]", nfkc(value), maxsplit=1)
    if len(parts) < 2:
        return None
    return fold(parts[1]) or None


def agrees(field_name: str, a: str, b: str) -> bool:
    return compare(field_name, a, b) != CONFLICT


# ----------------------------------------------------------------------------- identity resolution


@dataclass
class _Stated:
    fact: Fact
    field: str
    key: str
    member: str
    display: str | None = None  # a key display other than the fact's (a theme renumbered)

    @property
    def ident(self) -> str:
        return ident_str(self.field, self.key, self.member)


def _theme_kind(key: str) -> str:
    return re.sub(r"\d+", "", key)


def _title(value: str) -> str:
    return fold(_THEME_SPLIT.split(value, maxsplit=1)[0])


def _same_title(a: str, b: str) -> bool:
    return a == b or (min(len(a), len(b)) >= 5 and _typo(a, b))


# an explicitly first theme: "OP1", "opening #1", "1st opening", "第1", "first opening"
_EXPLICIT_FIRST = re.compile(r"(?:\b(?:op|ed|opening|ending|insert)\s*(?:theme\s*)?#?\s*1\b|\b1st\b|\bfirst\s+"
                             r"(?:opening|ending|insert|theme)|第\s*1|[#＃]1\b)", re.I)


class _Resolver:
    """Maps this fetch's facts onto the work's known identities (aliases, typos, drifted cast keys)."""

    def __init__(self, ws: WorkState, new_aliases: dict[str, str], ss: SourceState | None = None):
        self.ws = ws
        self.ss = ss
        self.new_aliases = new_aliases
        self.keys_by_field: dict[str, dict[str, Slot]] = {}
        self.members: dict[tuple[str, str], dict[str, Slot]] = {}
        for slot in ws.slots.values():
            self.keys_by_field.setdefault(slot.field, {}).setdefault(slot.key, slot)
            if slot.member:
                self.members.setdefault((slot.field, slot.key), {})[slot.member] = slot

    def _alias(self, field_name: str, scope: str, variant: str) -> str | None:
        return self.ws.aliases.get(alias_str(field_name, scope, variant))

    def _learn(self, field_name: str, scope: str, variant: str, canonical: str) -> None:
        if variant == canonical:
            return
        a = alias_str(field_name, scope, variant)
        self.ws.aliases[a] = canonical
        self.new_aliases[a] = canonical

    def resolve(self, facts: list[Fact]) -> list[_Stated]:
        stated: list[_Stated] = []
        for f in facts:
            st = _Stated(f, f.field, key_form(f.field, f.key, f.value), member_form(f.field, f.key, f.value))
            stated.append(st)
        self._dual(stated)
        # ---- keys: exact and learned aliases first, then fuzzy matches against keys nobody claimed
        claimed: dict[str, set[str]] = {}
        pending: list[_Stated] = []
        for st in stated:
            canon = self._alias(st.field, "", st.key) or st.key
            known = self.keys_by_field.get(st.field, {})
            if canon in known or not self._fuzzy_key_field(st):
                st.key = canon
                claimed.setdefault(st.field, set()).add(canon)
            else:
                pending.append(st)
        for st in pending:
            taken = claimed.setdefault(st.field, set())
            match = self._fuzzy_key(st, taken)
            if match is not None:
                self._learn(st.field, "", st.key, match)
                st.key = match
            taken.add(st.key)
        # theme songs stated under a number whose known title differs: match a known one by title
        self._themes(stated, claimed.get("theme_song", set()))
        self._trailers(stated, claimed.get("trailer", set()))
        # ---- members (staff person, actors under the empty cast key)
        mclaimed: dict[tuple[str, str], set[str]] = {}
        mpending: list[_Stated] = []
        for st in stated:
            if not st.member:
                continue
            scope = (st.field, st.key)
            canon = self._alias(st.field, st.key, st.member) or st.member
            if canon in self.members.get(scope, {}):
                st.member = canon
                mclaimed.setdefault(scope, set()).add(canon)
            else:
                mpending.append(st)
        for st in mpending:
            scope = (st.field, st.key)
            taken = mclaimed.setdefault(scope, set())
            match = None
            for cand in sorted(self.members.get(scope, {})):
                if cand not in taken and _typo(cand, st.member):
                    match = cand
                    break
            if match is not None:
                self._learn(st.field, st.key, st.member, match)
                st.member = match
            taken.add(st.member)
        self._scripts(stated)
        # one statement per identity: the first wins, unless a later one says more (a trailer's date)
        out: dict[str, _Stated] = {}
        for st in stated:
            have = out.get(st.ident)
            if have is None:
                out[st.ident] = st
            elif compare(st.field, st.fact.value, have.fact.value) == FINER:
                if st.display is None and have.display is None and have.fact.key != st.fact.key:
                    st.display = have.fact.key
                out[st.ident] = st
        return list(out.values())

    def _dual(self, stated: list[_Stated]) -> None:
        """A name printed in both scripts (出渕 裕（Yutaka Izubuchi）) teaches an alias between the two."""
        for st in stated:
            if st.field == "cast" and st.fact.key:
                base, dub = _cast_parts(st.fact.key)
                d = dual_script(base)
                if d:
                    suffix = f" [{dub}]" if dub else ""
                    cjk, latin = person_form(d[0]) + suffix, person_form(d[1]) + suffix
                    known = self.keys_by_field.get("cast", {})
                    canon = self._alias("cast", "", latin) or latin
                    if cjk in known and canon not in known:
                        canon = cjk
                        self._learn("cast", "", latin, canon)
                    else:
                        self._learn("cast", "", cjk, canon)
                    st.key = canon
            if st.member and st.field in ("staff", "cast"):
                d = dual_script(st.fact.value)
                if d:
                    scope_key = self._alias(st.field, "", st.key) or st.key
                    cjk, latin = person_form(d[0]), person_form(d[1])
                    known = self.members.get((st.field, scope_key), {})
                    canon = self._alias(st.field, scope_key, latin) or latin
                    if cjk in known and canon not in known:
                        canon = cjk
                        self._learn(st.field, scope_key, latin, canon)
                    else:
                        self._learn(st.field, scope_key, cjk, canon)
                    st.member = canon

    def _scripts(self, stated: list[_Stated]) -> None:
        """A page that prints a name in two scripts (総監督 出渕裕 and Chief Director Yutaka Izubuchi, one of
        each for one role) teaches an alias: the two are one person from then on, for every source."""
        scopes: dict[tuple[str, str], list[_Stated]] = {}
        for st in stated:
            if st.member and st.field in ("staff", "cast"):
                scopes.setdefault((st.field, st.key), []).append(st)
        for scope, sts in scopes.items():
            cjk = {st.member: st for st in sts if _has_cjk(st.fact.value)}
            latin = {st.member: st for st in sts if not _has_cjk(st.fact.value) and _has_latin(st.fact.value)}
            if len(cjk) != 1 or len(latin) != 1:
                continue
            (cm, c), = cjk.items()
            (lm, lt), = latin.items()
            known = self.members.get(scope, {})
            if cm in known and lm in known:
                continue  # both already known apart: merging now would retract one of them
            canon, other = (cm, lt) if cm in known else (lm, c)
            variant = member_form(other.field, other.fact.key, other.fact.value)
            self._learn(scope[0], scope[1], variant, canon)
            if other.member != variant:
                self._learn(scope[0], scope[1], other.member, canon)
            for st in sts:
                if st.member in (cm, lm):
                    st.member = canon

    @staticmethod
    def _fuzzy_key_field(st: _Stated) -> bool:
        # only character names: org names go through the alias table (TV Tokyo / BS TV Tokyo are two)
        return st.field == "cast" and st.key != ""

    def _fuzzy_key(self, st: _Stated, taken: set[str]) -> str | None:
        known = self.keys_by_field.get(st.field, {})
        cands = [k for k in sorted(known) if k not in taken]
        if st.field == "cast":
            base, dub = _cast_parts(st.fact.key)
            words = name_words(base)
            for k in cands:
                kdub = k.rsplit(" [", 1)[1][:-1] if k.endswith("]") and " [" in k else ""
                kbase = k.rsplit(" [", 1)[0] if kdub else k
                if kdub != dub:
                    continue
                if _typo(kbase, person_form(base)):
                    return k
            for k in cands:
                kdub = k.rsplit(" [", 1)[1][:-1] if k.endswith("]") and " [" in k else ""
                kbase = k.rsplit(" [", 1)[0] if kdub else k
                if kdub != dub:
                    continue
                slot = known[k]
                if slot.value and same_person(slot.value, st.fact.value) and words & set(kbase.split(" ")):
                    return k
        return None

    def _themes(self, stated: list[_Stated], claimed: set[str]) -> None:
        known = self.keys_by_field.get("theme_song", {})
        taken = set(claimed)
        for st in stated:
            if st.field != "theme_song":
                continue
            # only a theme that may have been unnumbered on the page (emitted as `opening 1`) is matched
            if not re.fullmatch(r"[a-z]+1", st.key) or _EXPLICIT_FIRST.search(st.fact.evidence or ""):
                continue
            slot = known.get(st.key)
            title = _title(st.fact.value)
            if slot is None or slot.value is None or not title or _same_title(_title(slot.value), title):
                continue
            own = [sf.key for sf in (self.ss.facts.values() if self.ss else ())
                   if sf.field == "theme_song" and sf.key != st.key and sf.key not in taken
                   and _theme_kind(sf.key) == _theme_kind(st.key) and _same_title(_title(sf.value), title)]
            if own:
                taken.discard(st.key)
                st.key = sorted(own)[0]
                taken.add(st.key)
                continue
            for k in sorted(known):
                other = known[k]
                if k == st.key or k in taken or other.value is None:
                    continue
                if _theme_kind(k) == _theme_kind(st.key) and _same_title(_title(other.value), title):
                    taken.discard(st.key)
                    st.key = k
                    taken.add(k)
                    break
            else:
                # an unnumbered theme (emitted as `opening 1`) with a new title: the next free number
                m = re.fullmatch(r"([a-z]+)1", st.key)
                if m:
                    kind = m.group(1)
                    nums = [int(x) for k in list(known) + list(taken)
                            for x in re.findall(rf"^{kind}(\d+)$", k)]
                    nxt = max(nums or [1]) + 1
                    taken.discard(st.key)
                    st.key = f"{kind}{nxt}"
                    st.display = re.sub(r"\d+\s*$", str(nxt), st.fact.key) if re.search(r"\d\s*$", st.fact.key) \
                        else f"{st.fact.key} {nxt}"
                    taken.add(st.key)

    def _trailers(self, stated: list[_Stated], claimed: set[str]) -> None:
        """The same video URL is the same trailer, whatever the page calls or numbers it (two lines of one
        page with one URL are one trailer); another URL is another trailer, never a `changed` one (a page
        numbering its videos by position renumbers them)."""
        known = self.keys_by_field.get("trailer", {})

        def url_of(value: str | None) -> str | None:
            u = _trailer_parts(value)[1] if value else None
            return _url_form(u) if u else None

        by_url: dict[str, list[str]] = {}
        for k, slot in sorted(known.items()):
            u = url_of(slot.value)
            if u:
                by_url.setdefault(u, []).append(k)
        mine: dict[str, list[str]] = {}  # what this source already calls the trailer with this URL
        for sf in sorted(self.ss.facts.values(), key=lambda x: x.key) if self.ss else ():
            if sf.field == "trailer":
                u = url_of(sf.value)
                if u:
                    mine.setdefault(u, []).append(sf.key)
        groups: dict[str, list[_Stated]] = {}
        for st in stated:
            if st.field == "trailer":
                u = url_of(st.fact.value)
                if u:
                    groups.setdefault(u, []).append(st)
        if not groups:
            return
        # keys stated without a URL keep their number; URL groups take theirs from what they were called
        used = {st.key for st in stated if st.field == "trailer" and not url_of(st.fact.value)}
        for u, sts in groups.items():
            own_keys = [st.key for st in sts]
            cands = ([k for k in own_keys if url_of(known[k].value if k in known else None) == u]
                     + mine.get(u, []) + by_url.get(u, [])
                     # a new trailer: a specific name (teaser 3, PV 1) before a positional `trailer N`
                     + sorted((k for k in own_keys if k not in known or url_of(known[k].value) is None),
                              key=lambda k: k.startswith("trailer")))
            target = next((k for k in cands if k not in used), None)
            display = None
            if target is None:
                m = re.fullmatch(r"(.*?)(\d+)", sts[0].key)
                base = m.group(1) if m else sts[0].key
                nums = [int(x.group(1)) for kk in list(known) + list(used)
                        for x in [re.fullmatch(re.escape(base) + r"(\d+)", kk)] if x]
                nxt = max(nums or [0]) + 1
                target = f"{base}{nxt}"
                fk = sts[0].fact.key
                display = re.sub(r"\d+(?=\D*$)", str(nxt), fk, count=1) if re.search(r"\d", fk) else f"{fk} {nxt}"
            used.add(target)
            for st in sts:
                if st.key != target:
                    st.key = target
                    st.display = display if display else (known[target].key_display if target in known else None)
                    if st.display is None:
                        st.display = next((o.fact.key for o in sts if o.key == target and o.display is None
                                           and key_form("trailer", o.fact.key, "") == target), None)
        del claimed


# ----------------------------------------------------------------------------- the diff


def diff(source_id: int, source_url: str, work_title: str, facts: Iterable[Fact], verdict: Verdict,
         source_state: SourceState, work_state: WorkState, observed_at: str,
         settings: dict | None = None) -> DiffResult:
    """Compare one fetch's facts with what this source stated and what the work knows.

    Returns the changes to log and the new states (the inputs are not modified). An unhealthy verdict
    changes nothing at all: same states, no changes, and its fetch does not count.
    """
    if not verdict.healthy:
        return DiffResult([], source_state, work_state)
    cfg = dict(DEFAULT_SETTINGS, **(settings or {}))
    confirm = max(1, int(cfg.get("confirm_retraction", 2)))
    flap_window = max(0, int(cfg.get("flap_window", 3)))
    ss = source_state.copy()
    ws = work_state.copy()
    ss.healthy_fetches += 1
    n = ss.healthy_fetches
    result = DiffResult([], ss, ws)
    resolver = _Resolver(ws, result.new_aliases, ss)
    owned: set[str] = set()

    def own(ident: str) -> Slot | None:
        slot = ws.slots.get(ident)
        if slot is not None and ident not in owned:
            slot = ws.slots[ident] = slot.copy()
            owned.add(ident)
        return slot

    stated = resolver.resolve(list(facts))

    def log(kind: str, slot: Slot, old: str | None, new: str | None, evidence: str) -> None:
        result.changes.append(Change(work=work_title, field=slot.field, key=slot.key_display, kind=kind,
                                     old=old, new=new, source=source_url, observed_at=observed_at,
                                     evidence=evidence))

    now_idents: set[str] = set()
    for st in stated:
        f = st.fact
        ident = st.ident
        now_idents.add(ident)
        result.touched.add(ident)
        slot = own(ident)
        mine = ss.facts.get(ident)
        one_value = not is_set_field(f.field, f.key)
        value = f.value
        # a person is its identity (role·person, actor): once resolved, every spelling is the same value
        cmp = _same if st.member else functools.partial(compare, f.field)
        keep_display = None  # the display this source's fact keeps
        if verdict.flag == PARTIAL and mine is not None and cmp(value, mine.value) == CONFLICT:
            continue   # with an extractor down, another reading of a fact this source states is no change

        if slot is None or slot.value is None or slot.retracted:
            # first sighting (or a return after a logged retraction with nobody stating it in between)
            if slot is None:
                slot = Slot(f.field, st.key, st.member, key_display=st.display or f.key, value=None,
                            first_source=source_id, first_seen=observed_at)
                ws.slots[ident] = slot
            slot.value, slot.precision = value, f.precision
            slot.known_by = {source_id}
            slot.retracted = False
            slot.stale = [s for s in slot.stale if cmp(value, s[0]) == CONFLICT]
            slot.changed_by, slot.prev_value = None, None
            log("revealed", slot, None, value, f.evidence)
        elif mine is not None and cmp(value, mine.value) == EQUAL:
            keep_display = mine.value  # the same statement again: nothing
        elif mine is not None and _flap(mine, value, f.field, n, flap_window):
            # a return to a value this source stated a moment ago (an A/B test, a flapping cache, a typo
            # fixed): no news, and the known value returns with it when this source held the known value
            if (one_value and cmp(value, slot.value) == CONFLICT
                    and (source_id in slot.known_by or slot.changed_by == source_id)):
                _replace(slot, value, f.precision, source_id, cmp)
        else:
            rel = cmp(value, slot.value)
            if rel == CONFLICT and one_value and _is_stale(slot, f.field, value, source_id):
                pass  # a value the work replaced: nothing (it is not a `changed` back)
            elif rel in (EQUAL, COARSER):
                if source_id not in slot.known_by:  # the source that said more logs nothing
                    slot.known_by.add(source_id)
                    log("corroborated", slot, slot.value, value, f.evidence)
            elif rel == FINER:
                old = slot.value
                slot.value, slot.precision = value, f.precision or slot.precision
                slot.known_by.add(source_id)
                log("refined", slot, old, value, f.evidence)
            else:  # conflict
                if not one_value:
                    # a set member has no `changed`: a different slot/region is a refinement of the member
                    old = slot.value
                    if mine is not None or source_id in slot.known_by:
                        slot.value = value
                        slot.known_by.add(source_id)
                        log("refined", slot, old, value, f.evidence)
                    elif source_id not in slot.known_by:
                        slot.known_by.add(source_id)
                        log("corroborated", slot, old, value, f.evidence)
                elif mine is not None and source_id in slot.known_by:
                    old = slot.value
                    _replace(slot, value, f.precision, source_id, cmp)
                    log("changed", slot, old, value, f.evidence)
                else:
                    log("disputed", slot, slot.value, value, f.evidence)
        slot.holders.add(source_id)
        # ---- this source's own record
        if mine is None:
            ss.facts[ident] = SourceFact(f.field, st.key, st.member, key_display=st.display or f.key or slot.key_display,
                                         value=value, evidence=f.evidence, precision=f.precision,
                                         first_seen=observed_at, last_seen=observed_at, seen_no=n)
        else:
            if keep_display is None and cmp(value, mine.value) != EQUAL:
                mine.history = [h for h in mine.history if n - h[1] <= flap_window
                                and cmp(h[0], value) != EQUAL]
                mine.history.append([mine.value, mine.seen_no])
                mine.value, mine.precision = value, f.precision
                mine.evidence = f.evidence or mine.evidence
            mine.last_seen, mine.seen_no, mine.missing, mine.kept = observed_at, n, 0, False

    # ---- what this source no longer states
    parted = {member_form("cast", "", st.fact.value) for st in stated if st.field == "cast" and st.fact.key}
    for ident in sorted(ss.facts):
        if ident in now_idents:
            continue
        mine = ss.facts[ident]
        if mine.kept:
            continue
        if mine.field == "cast" and not mine.key and mine.member in parted:
            # an actor once named without a part, now cast as a character: more precise, not gone
            _forget(ss, own(ident), ident, source_id)
            result.touched.add(ident)
            continue
        if verdict.flag == LAYOUT_CHANGE:
            mine.kept = True  # moved elsewhere in a new layout: kept, never retracted
            result.touched.add(ident)
            continue
        if verdict.flag == PARTIAL:
            continue   # an extractor raised on this fetch: not stating a fact is not evidence it is gone
        if verdict.flag == REREAD:
            _forget(ss, own(ident), ident, source_id)   # the old reading's, not the page's: no retraction
            result.touched.add(ident)
            continue
        mine.missing += 1
        result.touched.add(ident)
        if mine.missing < confirm:
            continue
        del ss.facts[ident]
        slot = own(ident)
        if slot is None:
            continue
        slot.holders.discard(source_id)
        slot.known_by.discard(source_id)
        if not slot.holders and not slot.retracted:
            slot.retracted = True
            log("retracted", slot, mine.value if mine.value else slot.value, None, mine.evidence)
    return result


def _forget(ss: SourceState, slot: Slot | None, ident: str, source_id: int) -> None:
    """A fact only an earlier reading of the same body found: the source no longer holds it, and a slot nobody
    holds any more is closed without a change (a later statement reveals it afresh)."""
    del ss.facts[ident]
    if slot is None:
        return
    slot.holders.discard(source_id)
    slot.known_by.discard(source_id)
    if not slot.holders:
        slot.retracted = True


def _replace(slot: Slot, value: str, precision: str | None, source_id: int, cmp) -> None:
    """`source_id` replaces the known value: the old one becomes stale (for everyone else)."""
    old, old_by = slot.value, set(slot.known_by)
    returning = slot.prev_value is not None and cmp(value, slot.prev_value) != CONFLICT
    slot.stale = [s for s in slot.stale if cmp(value, s[0]) == CONFLICT]
    if old is not None and not any(cmp(old, s[0]) == EQUAL for s in slot.stale):
        slot.stale.append([old, source_id])
    slot.known_by = (set(slot.prev_known_by) | {source_id}) if returning else {source_id}
    slot.value, slot.precision = value, precision
    slot.prev_value, slot.prev_known_by, slot.changed_by = old, old_by, source_id


def _same(a: str, b: str) -> str:
    return EQUAL


def _flap(mine: SourceFact, value: str, field_name: str, n: int, window: int) -> bool:
    return any(n - h[1] <= window and compare(field_name, value, h[0]) == EQUAL for h in mine.history)


def _is_stale(slot: Slot, field_name: str, value: str, source_id: int) -> bool:
    return any(by != source_id and compare(field_name, value, v) != CONFLICT for v, by in slot.stale)
