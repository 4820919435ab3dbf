"""Extraction: (a fetched page, the work) -> facts. Pure: no I/O, no database.

Extractors are small classes registered by name (`auto` runs them all); each reads one kind of markup
from the page's own content (`tracker.page.Page`) and returns `Fact`s. Their facts are merged here, so a
source states at most one value per one-value field·key.

    class Extractor:
        name = "jsonld"
        def extract(self, page: Page, work: Work) -> list[Fact]: ...

An extractor must not raise on any input: `extract()` guards each one anyway and records the failure.
"""
from __future__ import annotations

import html as html_lib
import logging
import re
import unicodedata
from typing import ClassVar

from ..model import EXTRACTOR_FAILED, Extraction, Fact, Fetched, Work, is_set_field
from ..normalize import ORG_ALIASES, fold, fold_name, may_contain_i, name_words, org_key, title_was_its_artist
from .hygiene import clean_fact

log = logging.getLogger(__name__)


class Extractor:
    """One way of reading facts from a page. Subclasses set `name` and `priority` and implement `extract`.

    `priority` orders extractors when their values for one field·key disagree: structured data (JSON-LD)
    beats labelled pairs, which beat prose.
    """

    name: ClassVar[str] = ""
    priority: ClassVar[int] = 50
    registry: ClassVar[dict[str, type["Extractor"]]] = {}

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        if cls.name:
            Extractor.registry[cls.name] = cls

    def extract(self, page, work: Work) -> list[Fact]:  # page: tracker.page.Page
        raise NotImplementedError


def _load_builtin() -> None:
    # Imported for their registration side effect; kept lazy so `import tracker` stays cheap.
    from . import css, jsonld, labels, prose  # noqa: F401


def extractor_names() -> list[str]:
    _load_builtin()
    return ["auto", *sorted(Extractor.registry)]


def extract(fetched: Fetched, work: Work, extractor: str = "auto") -> Extraction:
    """Facts the page states about `work`, merged; never raises on page content."""
    from ..page import Page

    _load_builtin()
    try:
        page = Page.from_fetched(fetched)
    except Exception as exc:  # a page we cannot parse is an unhealthy fetch, not a crash
        log.debug("parse failed for %s: %s", fetched.url, exc, exc_info=True)
        return Extraction([], has_main_content=False, problem=f"unparseable page: {type(exc).__name__}")
    problem = page.problem()
    if problem:
        return Extraction([], has_main_content=False, problem=problem)
    # (the page's own names for the work first: a roundup may head its part by one of them, 『灯台守の歌』 for a
    # watched "Todaimori no Uta" glossed in its text)
    named = _with_page_names(_spelled(work, page), page)
    scoped = page.for_work(named)
    if scoped is None:
        # a list of several works without this one: its section is gone (healthy, zero facts, flagged)
        return Extraction([], has_main_content=True, problem="work section missing from the page")
    if extractor == "auto" and not work.css and not names_work(fetched.text or "", work):
        # a reused URL or a soft redirect to another title: its facts are that title's, not this work's
        return Extraction([], has_main_content=False,
                          problem=f"page does not name {work.title} or its aliases (another work's page?)")
    if extractor == "auto":
        chosen = [cls for cls in Extractor.registry.values()]
    else:
        chosen = [Extractor.registry[extractor]]
    if work.css and "css" in Extractor.registry and Extractor.registry["css"] not in chosen:
        chosen.append(Extractor.registry["css"])
    chosen.sort(key=lambda cls: (-cls.priority, cls.name))
    failed: list[str] = []
    work = named
    found = _run(chosen, scoped, work, fetched.url, failed)
    facts = [f for f in _dated_by_the_article(merge(found), scoped)
             if not _title_as_actor(f) and not _negated_service(f) and not _song_credit(f)
             and not _gone_from_credit(f) and not _of_another_version(f, work)
             and not _of_another_title(f, work)]
    facts = _without_keyed_first_day(facts)
    struck = _struck_dates(page.struck)
    if struck:
        facts = [f for f in facts if not (f.field == "release_date" and f.value in struck)]
    if scoped.untrimmed is not None and not any(_is_source_credit(f) for f in facts):
        facts += _source_credits(chosen, scoped.untrimmed, work, fetched.url, failed)
    if scoped.untrimmed is not None and _may_name_personalities(scoped.untrimmed.text()) \
            and _personality_marks(scoped.untrimmed.text()) > _personality_marks(scoped.text()):   # (a hosts' line was cut)
        facts += _personality_cast(chosen, scoped.untrimmed, work, fetched.url, failed, facts)
    # the facts found are kept, and the extraction says it is partial: health lets it reveal, not retract
    return Extraction(facts, has_main_content=True,
                      problem=f"{EXTRACTOR_FAILED}: {', '.join(dict.fromkeys(failed))}" if failed else None)


def _without_keyed_first_day(facts: list[Fact]) -> list[Fact]:
    """A release date keyed by a station or service on the first airing's own day says no premiere of its own (FACTS:
    a key only for one that differs): 「テレビ東京では1月7日深夜25時05分より放送」 where that is the first airing."""
    first = next((f.value for f in facts if f.field == "release_date" and not f.key), None)
    if first is None:
        return facts
    return [f for f in facts if not (f.field == "release_date" and f.key and f.value == first)]


def _struck_dates(struck: tuple[str, ...]) -> set[str]:
    """The dates (with their year) the page strikes through, as ISO values: a moved date's old plan, so the same date
    said elsewhere ("said it would premiere in April 2027") is no release date either."""
    if not struck:
        return set()
    from ..dates import find_dates

    return {dm.date.iso() for text in struck for dm in find_dates(text) if not dm.year_inferred and not dm.relative}


def _spelled(work: Work, page=None) -> Work:
    """The work with its names' other spellings as aliases ("X Season 2" also as "X 2nd Season", 「X 第2期」, "X II"'s
    "X Season 2"; 「劇場版 X」 also as 映画『X』): every extractor matches the work's names by itself, and a page
    writes the season or film mark its own way; the gate (`names_work`) and the scoping already read them all."""
    from ..page import work_names

    extra = tuple(n for n in work_names(work) if n not in work.names)
    if extra and page is not None:   # (only the spellings the page writes: each name costs every extractor)
        hay = _squash(" ".join([page.title or "", *page.meta.get("og:title", []), page.text()]))
        extra = tuple(n for n in extra if _squash(n) and _squash(n) in hay)
    return Work(work.title, (*work.aliases, *extra), work.css) if extra else work


# a name in brackets right after one of the work's names (its closing 』」" first): 「灯台守の歌（Todaimori no Uta）」
# "Lumen Ferry (ルーメン・フェリー)", 「『X』（英題：Y）」「『X』（略称：Y）」「『X』（以下『Y』）」, "X (Japanese: Y, Hepburn: Z)"
_PAIRED_NAMES = re.compile(r"[』」\"”’'*]?\s*[(（]\s*(?P<inner>[^()（）\n]{2,120}?)\s*[)）]")
# the label of a name in such brackets: what the page says the other name is
_NAME_LABEL = re.compile(r"^(?:英題|原題|邦題|略称|通称|愛称|略して|以下[、,]?|(?:japanese|english(?:\s+title)?|hepburn|romaji|"
                         r"romanized|original\s+title|also\s+known\s+as|a\.k\.a\.|aka|short\s+for)(?![a-z]))\s*[:：]?\s*", re.I)
# words a bracket after a title holds that name no title: a medium, a season, a role, a time
_NOT_A_NAME = re.compile(r"\d{4}|\d+\s*(?:話|月|年|期|日|話|cour|episodes?)\b|season|シーズン|第\s*\d|期|cv|声|原作|監督|制作|"
                         r"放送|配信|公開|予定|lit\.|literally|^(?:tv|anime|manga|novel|film|movie|ova|web|アニメ|漫画|小説|映画|劇場版)$",
                         re.I)
_QUOTE_MARKS = "『』「」\"“”'’*"
# a company, not a title, in a bracket after one ("Lumen Ferry (Kestrel Works)", 「『X』（TOKYO MX ほか）」)
_COMPANY_WORD = re.compile(r"\b(?:studios?|animation|pictures|works|productions?|films?|entertainment|inc|ltd|co)\b|ほか|他|など",
                           re.I)
# an encyclopedia's lead: the title opens the line, then its bracket ("Starfall Cartography (Japanese: …)")
_LINE_TITLE = re.compile(r"(?:^|\n)\s*([A-Z0-9][^\n.!?。(（]{1,58}?)\s*$")
_GLUE_WORDS = frozenset(("of", "the", "no", "a", "an", "to", "in", "on", "and", "wa", "ga", "de", "wo", "ni", "to", "for", "at"))


def _title_cased(text: str) -> bool:
    """Does `text` read as an English or romaji title ("Starfall Cartography", "Tale of the Night Ferry")?"""
    words = text.split()
    return 0 < len(words) <= 8 and all(w[0].isupper() or w[0].isdigit() or w.lower() in _GLUE_WORDS for w in words)


# a quoted title just before a bracket: 『Y』（X） "Y" (X)
_QUOTED_BEFORE = re.compile(r"(?:『([^』]{2,60})』|「([^」]{2,60})」|“([^”]{2,60})”|\"([^\"]{2,60})\")\s*$")


def _latin(text: str) -> bool:
    """Is `text` written in Latin letters (a romaji or English title), not in kana or kanji?"""
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and sum(c.isascii() or "\u00c0" <= c <= "\u024f" for c in letters) * 2 > len(letters)


def _page_alias(piece: str, labelled: bool, watched: str) -> str:
    """One bracketed piece as another name of the work, else "": a title-like string (not a year, a medium, a
    season, a credit or a station), labelled as a name (「英題：」"Japanese:") or in the other script than the watched
    name's (a JA title's romaji, an EN title's katakana)."""
    name = piece.strip(" ・,、" + _QUOTE_MARKS)
    if not (2 <= len(name) <= 60) or _NOT_A_NAME.search(name) or "：" in name or ": " in name or "@" in name or "#" in name:
        return ""
    if _latin(name) and len(fold(name)) < 4 or org_key(name) in _KNOWN_ORGS or _COMPANY_WORD.search(name):
        return ""
    if labelled:
        return name
    if any(c.isdigit() for c in name) or _latin(name) == _latin(watched) or name.isupper() and " " not in name:
        return ""
    return name


def _bracket_around(text: str, start: int, end: int) -> tuple[int, int] | None:
    """(open, close) of the bracket holding text[start:end] (one bracket, at most 120 characters), else None."""
    opening = max(text.rfind("(", max(0, start - 120), start), text.rfind("（", max(0, start - 120), start))
    if opening < 0 or any(c in text[opening + 1:start] for c in ")）\n"):
        return None
    closing = min((k for k in (text.find(")", end, end + 120), text.find("）", end, end + 120)) if k >= 0), default=-1)
    if closing < 0 or any(c in text[end:closing] for c in "(（\n"):
        return None
    return opening, closing


def _glossed_names(text: str, start: int, end: int, watched: str) -> list[str]:
    """The other names around a watched name that glosses a title in brackets: 「『灯台守の歌』（Todaimori no Uta）」,
    "Starfall Cartography (Japanese: 星降りの地図帳, Hepburn: Hoshifuri no Chizuchō)" — the quoted title before
    the bracket and the bracket's other labelled names, when the watched name is a piece of its own there (not
    「『曲』（TVアニメ『X』オープニングテーマ）」: a song's gloss)."""
    around = _bracket_around(text, start, end)
    if around is None:
        return []
    pieces = re.split(r"\s*[,、/／;；]\s*", text[around[0] + 1:around[1]])
    own = [p for p in pieces if watched in p]
    if len(own) != 1:
        return []
    label = _NAME_LABEL.match(own[0])
    if own[0][label.end() if label else 0:].strip(" " + _QUOTE_MARKS) != watched:
        return []
    out: list[str] = []
    before = _QUOTED_BEFORE.search(text, max(0, around[0] - 64), around[0]) or \
        _LINE_TITLE.search(text, max(0, around[0] - 64), around[0])
    title = next((g for g in before.groups() if g), "") if before else ""
    if before is not None and before.re is _LINE_TITLE and not _title_cased(title):
        title = ""
    if title and _page_alias(title, True, watched):
        out.append(_page_alias(title, True, watched))
    for piece in pieces:
        label = _NAME_LABEL.match(piece)
        alias = _page_alias(piece[label.end():], True, watched) if label and piece is not own[0] else ""
        if alias:
            out.append(alias)
    return out


def _new_name(alias: str, names, extra: list[str]) -> bool:
    """Is `alias` a name the work does not have yet, and not a shorter or longer form of one (「X」 beside
    「X 凪の章」 is the series, "X: Part 2" beside "X" another part)?"""
    a = fold(alias)
    return bool(a) and not any(a in fold(n) or fold(n) in a for n in (*names, *extra))


def _with_page_names(work: Work, page) -> Work:
    """The work with the other names the page gives it beside one of its names: a JA title's romaji or English
    title in brackets, an EN title's Japanese one, an abbreviation (「略称：Y」「以下『Y』」). A page writes the work
    by its own name after saying it once; each extractor finds the work by name."""
    text = page.text()
    if "(" not in text and "（" not in text:
        return work
    extra: list[str] = []
    for watched in work.names:
        w = unicodedata.normalize("NFKC", watched).strip()
        if len(w) < 2:
            continue
        start = text.find(w)
        while start >= 0 and len(extra) < 6:
            m = _PAIRED_NAMES.match(text, start + len(w))
            found = _glossed_names(text, start, start + len(w), w)
            pieces = re.split(r"\s*[,、/／;；]\s*", m.group("inner")) if m is not None else []
            for piece in pieces:   # (an unlabelled name only alone in its bracket: "(iOS/Android)" names none)
                label = _NAME_LABEL.match(piece)
                if label is not None or len(pieces) == 1:
                    found.append(_page_alias(piece[label.end():] if label else piece, label is not None, w))
            extra += [a for a in found if a and _new_name(a, work.names, extra)]
            start = text.find(w, start + len(w))
    return Work(work.title, (*work.aliases, *extra), work.css) if extra else work


def _run(chosen, page, work: Work, url: str, failed: list[str]) -> list[list[Fact]]:
    found: list[list[Fact]] = []
    for cls in chosen:
        try:
            found.append(cls().extract(page, work))
        except Exception as exc:  # one extractor's bug must not cost the others' facts
            # one line for the user (`tracker run` prints warnings); the traceback at -vv
            log.warning("extractor %s failed on %s: %s: %s", cls.name, url, type(exc).__name__, exc)
            log.debug("extractor %s failed", cls.name, exc_info=True)
            failed.append(f"{cls.name} ({type(exc).__name__})")
    return found


# a work's title where an actor's name should be: an actor's filmography read as a credit (「深海図書館のアリア（シオン役）」,
# 「機甲少女ブリュンヒルト 第2期（ユナ役）」): a name joined by の between words, a season or film mark, a title's
# punctuation, or a long unbroken run of Japanese letters (names of people break with a space, ・ or ＝ past ten)
_TITLE_SHAPE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]{2}の[\u30a0-\u30ff\u4e00-\u9fff]{2}|第\s*\d{1,2}\s*(?:期|章|部|シーズン)|"
                          r"シーズン|劇場版|[!！?？〜～♪☆★『』「」]|[\u3040-\u30ff\u4e00-\u9fff]{11,}")
_JA_LETTER = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")


def _title_as_actor(fact: Fact) -> bool:
    """A cast fact whose actor is a Japanese title's shape (see `_TITLE_SHAPE`): another work, never this one's cast."""
    if fact.field != "cast":
        return False
    value = unicodedata.normalize("NFKC", fact.value)
    if _JA_LETTER.search(value) is None:
        return False
    if _TITLE_SHAPE.search(value) is not None:
        return True
    ev = unicodedata.normalize("NFKC", fact.evidence or "")
    at = ev.find(value)
    return at > 0 and _TITLE_BEFORE.search(ev, max(0, at - 8), at) is not None


# a title's mark just before the name in its sentence (「劇場版 星屑ランデヴー（ユナ役）」, 「TVアニメ『X』（Y役）」)
_TITLE_BEFORE = re.compile(r"(?:劇場版|映画|TVアニメ|テレビアニメ|アニメ|OVA|舞台|ゲーム|[『「])\s*$")


# a service or station said NOT to carry the work: "It is not on Netflix", "won't be available on Hulu", "don't assume the
# movie will land there too", "no sign of it on X", 「Netflixでの配信は予定されていない」, a where-to-watch row "Netflix |
# Not available" / "Hulu | ✗" / 「Hulu | 配信なし」. Read in the clause that names the service (split at commas and "but"):
# "Crunchyroll streams it, but it is not on Netflix" keeps Crunchyroll; "not only on X" is no negation.
_NEG_CLAUSE_SPLIT = re.compile(r"[,;。；]|(?<=[\u3040-\u309f])、|\s(?:but|while|whereas|although|though|however)\s|\.\s", re.I)
# (a JA note's polite "no": 「サンテレビでの放送はございません」「放送はありません」「放送されません」, or a broadcast held back or
# stopped: 「放送は見合わせ」「放送中止」「放送を取りやめ」)
# ("no" after a lower-case word or opening the sentence: the "no" of a romanised title, "Shio no Chizushi", is none)
_NEG_CUE = re.compile(r"\b(?:[Nn]ot(?!\s+only\b)|[Nn]ever|[Nn]either|[Nn]or|[Ww]ithout|[Uu]navailable|N/A|n/a)\b|n[’']t\b|"
                      r"(?:(?<=[a-z’'] )|^)[Nn]o\s+(?=[a-z])(?!later\b|extra\b)|"
                      r"ない|なし|無し|されず|せず|予定なし|対象外|非対応|見送|"
                      r"(?:ござい|あり|され|し)ません|見合わせ|中止|取りやめ|取り止め")
_SERVICE_FIELDS = frozenset(("streaming", "broadcaster"))


def _negated_service(fact: Fact) -> bool:
    """A streaming or broadcaster fact (or a date keyed by the service) whose evidence says the service does not carry
    the work (see `_NEG_CUE`): every clause naming it is negated, or its row's other cell is a "no" mark."""
    if fact.field not in _SERVICE_FIELDS and not (fact.field == "release_date" and fact.key):
        return False
    ev = unicodedata.normalize("NFKC", fact.evidence or "")
    if not ev:
        return False
    name = unicodedata.normalize("NFKC", (fact.key if fact.field == "release_date" else fact.value).split(" (")[0]).strip()
    low, needle = ev.lower(), name.lower()
    if len(needle) < 2 or needle not in low:
        return False
    from ..page import _LABEL_VALUE, NO_MARK

    lv = _LABEL_VALUE.match(ev) if ev[:len(needle)].lower() == needle else None
    if " | " in ev or lv:   # a table row or "Name: value": the service's cell, then what the row says of it
        cells = [c.strip() for c in ev.split(" | ")] if " | " in ev else [lv.group("name"), lv.group("value")]
        rest = [c for c in cells if needle not in c.lower()]
        return len(rest) < len(cells) and bool(rest) and all(NO_MARK.match(c) for c in rest)
    if _NEG_CUE.search(ev) is None:
        return False
    parts = _NEG_CLAUSE_SPLIT.split(ev)
    clauses = [c for c in parts if c and needle in c.lower()]
    if not clauses:
        return False
    if all(_NEG_CUE.search(c) is not None for c in clauses):
        return True
    # "If you watched the TV series on X, don't assume the movie will land there too": the service named only in a
    # condition or a contrast, before a negated main clause
    return all(_SUBORDINATE_LEAD.match(c) for c in clauses) and any(
        _NEG_CUE.search(c) is not None for c in parts if c and needle not in c.lower())


_SUBORDINATE_LEAD = re.compile(r"\s*(?:if|unless|unlike|even\s+if|even\s+though|although|though|while|whereas|just\s+because|"
                               r"as\s+with|like)\b", re.I)


# a person said NOT to be on this work: "Director X is also not returning", "X won't be back", "X has stepped down",
# "X is not involved this time", "without director X", "Y replaces director X", 「前作の監督Xは続投せず」,
# 「Xは今作には参加しない」, 「XからYに交代」. Read where the name is the subject: the negation within a few lower-case
# words after it (an aside ", who directed season 1," skipped), or a "without"/"replacing" just before it.
_GONE_AFTER_EN = re.compile(
    r"^\s*(?:[a-z][\w’'-]*\s+){0,3}?(?i:"
    r"(?:not|never|no\s+longer)\s+(?:be\s+|been\s+|being\s+)?(?:return\w*|back\b|involved|participat\w*|on\s+board|part\s+of|"
    r"attached|join\w*|reprise\w*|com(?:e|ing)\s+back|continu\w*|stay\w*|remain\w*|direct\w*|helm\w*)|"
    r"(?:won|isn|aren|wasn|weren|doesn|didn|hasn|haven)[’']t\s+(?:be\s+|been\s+|being\s+)?(?:return|back|involved|participat|"
    r"on\s+board|part\s+of|attached|join|reprise|com(?:e|ing)\s+back|continu|stay|remain|direct|helm)\w*|"
    r"(?:not|never|no\s+longer)\s+(?:be\s+)?voic\w*|withdr(?:ew|awn|aws|awing)\b|pulled\s+out\b|"
    r"step(?:s|ped|ping)?\s+(?:down|away|aside)\b|left\b|leav(?:es|ing)\s+the\b|departed\b|departs\b|exit(?:ed|s)\b|"
    r"bow(?:ed|s)?\s+out\b|dropped\s+out\b|sits?\s+(?:this|the\s+\w+)\s+out\b|replaced\b(?!\s+(?:season|the|his|her|their)\b)|"
    r"gone\b(?!\s+on\b)|out\s+as\b)")
_GONE_ASIDE = re.compile(r"^\s*,[^,]{1,80},")
_GONE_BEFORE_EN = re.compile(
    r"\b(?i:without|replac(?:es|ing)|replaced(?!\s+by\b)|succeed(?:s|ed|ing)|instead\s+of|in\s+place\s+of|"
    r"(?:takes?|taking|took)\s+over\s+(?:from|for))\s+(?:the\s+)?(?:(?!by\b)[a-z][\w’'-]*\s+){0,3}$")
# the replaced person still credited later in the sentence ("takes over from X, who is credited as chief director this
# time"): a move to another role, not a withdrawal
_GONE_BUT_MOVED = re.compile(r"\b(?:credited|serv(?:es|ing)|remains?|stays?\s+on|mov(?:es|ing)\s+(?:up\s+)?to|becom(?:es|ing)|"
                             r"as\s+(?:the\s+)?(?:chief|general|supervising|executive))\b|として", re.I)
_GONE_AFTER_JA = re.compile(
    r"^(?:さん|氏|監督|先生)?(?:(?:は|も|が|の(?:出演|参加|起用|キャスティング)(?:は|も|が))[^、。,，「」]{0,12}?(?:続投(?:は)?(?:せず|しない|なし|しません)|"
    r"参加(?:しない|せず|していない|しておらず|しません)|不参加|降板|退任|離脱|関わらない|関与しない|見送|見合わせ|取りやめ|取り止め|辞退)|から[^、。]{0,15}?(?:交代|バトンタッチ|引き継|変更)|"
    r"(?:に代わ|に替わ|にかわ|の後任))")
# a note right after the name in a credit line: 「音楽：X ※第2期は不参加」, "Music: X (not returning)", "(season 1 only)"
_GONE_NOTE = re.compile(r"^\s*[(（※\[]\s*[^)）\]]{0,16}?(?:不参加|続投(?:なし|せず|しない)|降板|退任|第\s*1\s*期のみ|"
                        r"(?i:not\s+returning|not\s+involved|stepped\s+down|left|departed|replaced|(?:season\s*1|first\s+season)\s+only))")
_GONE_WORDS = ("not", "n't", "n’t", "never", "no longer", "withdr", "pulled out", "step", "left", "leav", "depart", "exit", "bow", "dropped",
               "sit", "replac", "without", "succeed", "instead", "place of", "over from", "over for", "gone", "out as", "only")
_GONE_WORDS_JA = ("続投", "参加", "降板", "退任", "離脱", "関わらない", "関与しない", "交代", "バトン", "引き継",
                  "見送", "見合わせ", "取りやめ", "取り止め", "辞退",
                  "代わ", "替わ", "かわ", "後任", "変更", "のみ")


def _gone_inside_value(name: str) -> bool:
    """「リク役の佐藤健は降板し、…」 read as the value '佐藤健は降板し': the withdrawal cut into the value itself, after a
    particle behind the name (`_GONE_AFTER_JA` from there)."""
    for i in range(2, len(name)):
        if name[i] in "はもがの" and _GONE_AFTER_JA.match(name[i:]) is not None:
            return True
    return False


def _gone_from_credit(fact: Fact) -> bool:
    """A staff or cast fact whose evidence says that person is not on this work (see `_GONE_AFTER_EN`): a credit
    the page withdraws, never one it gives."""
    if fact.field not in ("staff", "cast") or not fact.evidence:
        return False
    ev = unicodedata.normalize("NFKC", fact.evidence)
    ja = any(w in ev for w in _GONE_WORDS_JA)
    if not ja and not may_contain_i(ev, _GONE_WORDS):
        return False
    name = re.split(r"\s*[※(（]", unicodedata.normalize("NFKC", fact.value).strip())[0]   # (a note kept in the value)
    if len(name) < 2:
        return False
    if ja and _gone_inside_value(name):
        return True
    at = ev.find(name)
    while at >= 0:
        after = ev[at + len(name):]
        if _GONE_NOTE.match(after) is not None:
            return True
        aside = _GONE_ASIDE.match(after)
        if _GONE_AFTER_EN.match(after[aside.end():] if aside else after) is not None \
                or (_GONE_BEFORE_EN.search(ev, max(0, at - 60), at) is not None and _GONE_BUT_MOVED.search(after) is None) \
                or (ja and _GONE_AFTER_JA.match(after) is not None):
            return True
        at = ev.find(name, at + len(name))
    return False


# another version or production of the franchise as what a clause is about (「ショートアニメ版はdアニメストアで配信中」,
# 「ショートアニメ版の主題歌「…」」, 「OVAはU-NEXTで配信中」, "the 2023 short anime version streams on X"): its service, station and
# song are that version's; a clause that also names this work (本作, TVアニメ, "the new series") is this work's
_OTHER_VERSION = re.compile(r"(?:ショート|短編|ミニ|ウェブ|WEB|Web)\s*アニメ版|短編版|ショート版|(?<![A-Za-z])(?:OVA|OAD)(?![A-Za-z])|"
                            r"\bshort[\s-]+anime\s+(?:version|edition|series|adaptation)\b|\banime\s+shorts\b|"
                            r"\b(?:web|mini)\s+anime\s+version\b")
_OTHER_VERSION_WORDS = ("アニメ版", "短編版", "ショート版", "ova", "oad", "short", "version")
_OWN_VERSION = re.compile(r"本作|今作|TVアニメ|テレビアニメ|TVシリーズ|新作|\b(?:this|the\s+new|the\s+upcoming|the)\s+(?:tv\s+)"
                          r"(?:anime|series|season|show)\b|\b(?:this|the\s+new|the\s+upcoming)\s+"
                          r"(?:anime|series|season|show)\b", re.I)
_VERSION_CLAUSE_SPLIT = re.compile(r"[。;；!?！？]|、|(?<=[a-z0-9])\.\s|,\s+(?:while|but|whereas|and)\s|\s(?:while|but|whereas)\s")
_VERSION_FIELDS = frozenset(("streaming", "broadcaster", "theme_song"))


def _of_another_version(fact: Fact, work: Work) -> bool:
    """A service, station or song fact whose every clause naming it is about another version of the franchise (see
    `_OTHER_VERSION`), on a page about a work that is not such a version itself."""
    if fact.field not in _VERSION_FIELDS or not fact.evidence:
        return False
    ev = unicodedata.normalize("NFKC", fact.evidence)
    if not may_contain_i(ev, _OTHER_VERSION_WORDS) or _OTHER_VERSION.search(ev) is None \
            or _OTHER_VERSION.search(unicodedata.normalize("NFKC", " ".join(work.names))) is not None:
        return False
    value = fact.value.split(" — ")[0] if fact.field == "theme_song" else fact.value.split(" (")[0].split("（")[0]
    needle = unicodedata.normalize("NFKC", value).strip().lower()
    if len(needle) < 2:
        return False
    clauses = [c for c in _VERSION_CLAUSE_SPLIT.split(ev) if needle in c.lower()]
    return bool(clauses) and all(_OTHER_VERSION.search(c) is not None and _OWN_VERSION.search(c) is None for c in clauses)


# what governs a name in its sentence as another work's: an earlier installment as its owner ("season 1's X",
# "the first season's composer X", 「前作の」「第1期の」「前シリーズでは」), another title in brackets as its topic
# (「前作『X』では…」「『X』のOPテーマ…」「同じ原作者の『Y』も…」), or a list of someone's other works as its label
# ("Main roles:", "Previous works:", "Known for:", 「代表作：」「主な監督作品：」「主な出演作：」)
_EARLIER_OWNER = re.compile(r"\b(?:season\s*(?:1|one|I)|(?:the\s+)?(?:first|previous|prior|last|original|earlier)\s+"
                            r"(?:season|series|cour|installment|film|movie|anime))['’]s\s|"
                            r"(?:前作|前期|第[1一]期|第[1一]シーズン|前シリーズ|シリーズ前作|TV(?:アニメ)?第[1一]期)"
                            r"(?:[『「][^』」]{1,40}[』」])?(?:の|では|でも|は(?![じ]))|"
                            r"(?:別作品|他作品|別シリーズ|過去作)(?:[『「][^』」]{1,40}[』」])?(?:の|では|でも|は|も)|"
                            r"\b(?:season\s*(?:1|one)|the\s+(?:first|previous|prior|original)\s+(?:season|series|cour))\s+"
                            r"(?:aired|ran|had|was|debuted|premiered|streamed|featured|used)\b|"
                            r"\b(?:in|during)\s+(?:season\s*(?:1|one)|the\s+(?:first|previous|prior|original)\s+season)\b|"
                            r"\b(?:streamed|aired|broadcast|dubbed|licensed|simulcast)\s+(?:season\s*(?:1|one)|the\s+(?:first|previous|"
                            r"prior|original)\s+(?:season|series|cour))\b|\bthat\s+(?:season|cour|installment)(?=['’]s\s)|"
                            r"その(?:期|シーズン)の|"
                            r"(?:['’]s|\bhis|\bher|\btheir|\bits)\s+(?:other|previous|earlier|prior)\s+(?:series|works?|show|title|manga|novel|project)\b|"
                            r"同じ?原作者(?:の|による)[^、。]{0,6}[『「][^』」]{1,40}[』」](?:も|では|でも)|"
                            r"\b(?:previously|earlier|once|also)\s+(?:directed|wrote|composed|scored|animated|produced|voiced|"
                            r"starred\s+in|worked\s+on)\s+[^,;.]{2,60},\s+(?:whose|which|where)\b|"
                            r"(?:舞台|実写(?:映画|ドラマ)?|ミュージカル|ボイスドラマ|ドラマCD|オーディオドラマ)版?(?:では|でも|で|は|の)|"
                            r"\b(?:in|for|of)\s+the\s+(?:stage\s+(?:play|version|adaptation)|musical|live-action\s+(?:film|series|drama|"
                            r"adaptation|version)|audio\s+drama|drama\s+cd|voice\s+drama)\b|\bthe\s+(?:stage\s+play|musical|"
                            r"live-action\s+(?:film|series|drama|adaptation|version))\s+(?:stars|starred|features|featured|casts)\b", re.I)
_OTHER_TITLE_TOPIC = re.compile(r"[『「](?P<t>[^』」]{2,40})[』」](?:では|でも)(?!(?:声|役|演|知られ|おなじみ))|"
                                r"(?:劇場版|映画|劇場アニメ|TVアニメ|テレビアニメ|OVA|舞台|実写版?|ドラマ版?)\s*[『「](?P<k>[^』」]{2,40})[』」]"
                                r"(?:の|は|も|では|でも|×|x|本予告|予告|特報|PV|主題歌)|"
                                r"\b(?:the\s+)?(?:film|movie|stage\s+play|live-action\s+(?:film|series|drama))\s+[\"“](?P<e>[^\"”]{2,60})[\"”]|"
                                r"\b(?P<s>[A-Z][\w'’-]+(?:\s+(?:[A-Z][\w'’-]*|of|the|and|no|to|in|on)){0,5})\s+(?:Season\s+\d+|S\d\b|"
                                r"\d+(?:st|nd|rd|th)\s+Season|Part\s+\d+|the\s+Movie)\b|"
                                r"(?P<j>[^\s、。,:：()（）「」『』|｜/／・]{2,30})\s*(?:第[0-9一二三四五六七八九十]{1,2}(?:期|シーズン|クール)|"
                                r"[0-9]+(?:st|nd|rd|th)\s*(?:Season|シーズン))\s*(?:[(（]|では|でも|は|も)|"
                                r"\b(?:[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[A-Z][\w-]*['’]s)\s+(?:(?:next|new|upcoming|latest|forthcoming|own|other|"
                                r"original|debut|feature|theatrical|animated|first|second|third)\s+){0,3}(?:film|movie|feature|series|"
                                r"anime|project|title|OVA|TV\s+anime|TV\s+series)\s*,?\s+(?P<o>[A-Z][\w'’-]+(?:\s+(?:[A-Z][\w'’-]*|of|the|"
                                r"and|no|to|in|on)){0,5})|"
                                # (another title's news told beside this one: "publisher X also announced that Y will return
                                # for a second season", "…separately revealed Y will get an anime adaptation")
                                r"\b(?:also|separately|additionally)\s+(?:announced|revealed|confirmed|unveiled)\s+(?:that\s+)?"
                                r"(?P<a>[A-Z][\w'’-]+(?:\s+(?:[A-Z][\w'’-]*|of|the|and|no|to|in|on)){0,5})\s+(?:will|would|is\s+set\s+to)\s+"
                                r"(?:return\s+for|get|receive)\s+an?\s+(?:(?:second|third|fourth|fifth|new|sequel|final|"
                                r"\d+(?:st|nd|rd|th))\s+(?:season|cour|series|film|movie)|(?:TV\s+)?anime|sequel|film|movie|"
                                r"stage\s+play)\b")
_WORKS_LABEL = re.compile(r"(?:代表|主な|他の|ほかの|その他の|過去の)(?:監督|出演|参加|担当|執筆|脚本)?作品?(?:例)?\s*[:：]|代表作\s*[:：]|"
                          r"(?:主な)?(?:監督|出演|参加|担当)作品\s*[:：]|"
                          r"(?:主要|代表的な)(?:監督|出演|参加|担当)?作品(?:歴)?\s*[:：]|(?:作品|出演)歴\s*[:：]|"
                          r"\b(?:main|major|notable|other|previous|past|selected|prior|principal|representative|key|recent|"
                          r"earlier|prominent|select)\s+(?:roles|works|credits|titles|projects|"
                          r"filmography)\s*[:：]|\b(?:credits|works|roles)\s+include\s*[:：]|\bknown\s+for\s*[:：]|"
                          r"\bfilmography\s*[:：]", re.I)
_WORKS_KEY = re.compile(r"代表作|代表的な作品|(?:主な|主要|他の|ほかの|その他の|過去の|監督|出演|参加|担当)作品|作品歴|出演歴|"
                        r"^(?:main|major|notable|other|previous|past|selected|prior|principal|representative|key|recent|"
                        r"earlier|prominent|select)\s+(?:roles|works|credits|titles|projects)$|"
                        r"^(?:credits|works|roles)\s+include$|^known\s+for$|filmography", re.I)
# what, between the governor and the name, hands the sentence back to this work ("…では、今作では", 「本作」, "this season")
_OWN_AGAIN = re.compile(r"本作|今作|今回|今期|今シーズン|新作|新シリーズ|続編|第[2-9２-９二三四五六七八九]期|"
                        r"\b(?:this|the\s+new|the\s+upcoming)\s+(?:season|series|anime|show|sequel)\b|\bthe\s+sequel\b|"
                        r"\bnow\b|\bthe\s+anime\b|アニメ(?:でも|では|版)|\breprises?\b|同役|\bseason\s*(?:[2-9]|two|three|four)\b|代わり|代わって|交代|後任|引き継|\breplac|\btakes?\s+over\b|\bsucceed", re.I)
# an earlier season as a verb's object ("streamed the first season"), whose reach ends where a clause with a subject
# of its own begins (the name itself right after ", and", ", and Mei Arisawa ...", "; the new season ..."); a clause
# sharing the subject stays its ("..., and released a dub starring A")
_EARLIER_AS_OBJECT = re.compile(r"(?:streamed|aired|broadcast|dubbed|licensed|simulcast)\s", re.I)
_NEW_SUBJECT_CLAUSE = re.compile(r"[,;]\s+(?:(?:and|but|while|whereas)\s+)?(?:[A-Z]|the\s+new\b|this\s|$)")
_ADAPTATION_BEFORE = re.compile(r"\b(?:anime|tv|television|series)\s+(?:adaptation|version)\s*$", re.I)
_OWNER_WORDS = ("season", "series", "cour", "installment", "film", "movie", "anime", "role", "work", "credit", "title",
                "known", "filmography", "whose", "which", "where", "other", "another", "previous", "earlier", "prior",
                "stage", "musical", "live-action", "drama", "part ", "project", "feature", "ova", "sequel", "pilot", "prologue",
                "oad", "comic")
_OWNER_JA = ("前作", "前期", "第1期", "第一期", "第1シーズン", "第一シーズン", "前シリーズ", "原作者", "では", "でも", "作品", "代表作", "過去作", "別シリーズ", "舞台", "期", "シーズン",
             "実写", "ミュージカル", "ドラマ", "パイロット", "プロローグ", "OVA", "OAD", "版は")
_CLAUSE_END = re.compile(r"[。!?！？\n]|(?<=[a-z0-9)])\.\s")
# (a handover ends the possessive too: "duties pass from Season 1's A to B", 「第1期のAからBへ」: B is this season's)
_POSSESSIVE_END = re.compile(r"[、,;；]|\sto\s|から")
_ANOTHER_TITLE_FIELDS = frozenset(("staff", "cast", "theme_song", "studio", "episodes"))


_NOT_A_TITLE_WORD = frozenset(("the", "this", "that", "its", "our", "new", "next", "final", "last", "first", "in", "for",
                               "a", "an", "season", "part", "and", "of"))


def _seasoned_title(text: str | None) -> str:
    """The title before a season mark ("Coral Knight Season 3" -> "Coral Knight"), without a leading article; empty
    when it is no title ("The Season 2", "Its 2nd Season")."""
    words = (text or "").split()
    while words and words[0].lower() in ("the", "a", "an"):
        words = words[1:]
    if not words or words[0].lower() in _NOT_A_TITLE_WORD or len(" ".join(words)) < 4:
        return ""
    return " ".join(words)


# words before a season mark that name no other title: the work itself ("TVアニメ第2期", 「本作第2期」), a medium
_NOT_A_TITLE_JA = re.compile(r"(?:TV|テレビ)?アニメ$|^(?:本作|今作|同作|前作|シリーズ|作品|原作|新作|続編|待望の|ついに|なお|また)$")


def _seasoned_title_ja(text: str | None) -> str:
    """The title before a Japanese season mark (「群星のアトラス 第3期」 -> 群星のアトラス); empty when it is no title."""
    t = (text or "").strip()
    return "" if len(t) < 3 or _NOT_A_TITLE_JA.search(t) else t


def _governing_title(prefix: str, names: tuple[str, ...]) -> bool:
    """Does the clause up to a name hold a governor of another work (see `_EARLIER_OWNER`, `_OTHER_TITLE_TOPIC`,
    `_WORKS_LABEL`) with nothing after it that hands the sentence back to this work (`_OWN_AGAIN`)? A possessive
    ("season 1's", 「第1期の」) reaches to the next comma only; a topic (「『X』では、」) or a label, to the sentence's end."""
    for m in _WORKS_LABEL.finditer(prefix):
        if _OWN_AGAIN.search(prefix, m.end()) is None:
            return True
    for m in _EARLIER_OWNER.finditer(prefix):
        if _ADAPTATION_BEFORE.search(prefix, 0, m.start()):
            continue   # "the TV anime adaptation of the stage play X": the play is the work's source, not another work
        possessive = m.group(0).endswith(("'s ", "’s ", "の"))
        rest = prefix[m.end():]
        if _EARLIER_AS_OBJECT.match(m.group(0)) and _NEW_SUBJECT_CLAUSE.search(rest):
            continue   # ("streamed the first season, and A now voices B": A is the subject of a clause of its own)
        if (not possessive or _POSSESSIVE_END.search(rest) is None) and _OWN_AGAIN.search(rest) is None:
            return True
    for m in _OTHER_TITLE_TOPIC.finditer(prefix):
        t = _squash(m.group("t") or m.group("k") or m.group("e") or _seasoned_title(m.group("s"))
                    or _seasoned_title_ja(m.group("j")) or _seasoned_title(m.group("o")) or _seasoned_title(m.group("a")))
        if not t or any(t in n or n in t for n in names):
            continue
        rest = prefix[m.end():]
        if _OWN_AGAIN.search(rest) is None:
            return True
    return False


# a title marked as a film's, a series' or a stage play's (「劇場版『X』」「映画「X」」, 'the film "X"', 'the stage play "X"')
# (a TV anime's title is not among them: a page about "Copperleaf Orchard" captions its PV 「TVアニメ『銅葉の果樹園』本PV」,
# the same work under the Japanese title the watchlist may not know)
_KIND_TITLE = re.compile(r"(?:劇場版|映画|劇場アニメ|舞台|実写版?|ドラマ版?)\s*[『「](?P<k>[^』」]{2,40})[』」]|"
                         r"\b(?:film|movie|stage\s+play|musical|live-action\s+(?:film|series|drama))"
                         r"\s+[\"“](?P<e>[^\"”]{2,60})[\"”]", re.I)


def _video_of_another_title(caption: str, work: Work) -> bool:
    """A video whose caption names another work as a film, series or stage title (「劇場版『X』本予告」, 'the film
    "X" trailer') and never this work: that work's trailer, shown here for a collaboration."""
    ev = unicodedata.normalize("NFKC", caption)
    if "『" not in ev and "「" not in ev and '"' not in ev and "“" not in ev:
        return False
    squashed = _squash(ev)
    names = tuple(s for s in (_squash(n) for n in work.names) if s)
    if any(n in squashed for n in names):
        return False
    for m in _KIND_TITLE.finditer(ev):
        t = _squash(m.group("k") or m.group("e") or "")
        if t and not any(t in n or n in t for n in names):
            return True
    return False


# another version of the franchise as a sentence's topic, told in the past ("※OVA版ではエルナをAが演じていた",
# 「劇場版ではBが担当した」, "In the 2019 OVA, Erna was voiced by A", "In the previous adaptation, B played her"): that
# version's credit, not this work's (a present or future verb may be this work's own OVA or film, so it stays)
_VERSION_TOPIC = re.compile(r"(?:(?:OVA|OAD|旧作)版?|(?:劇場|映画|旧アニメ|パイロット|ボイスコミック|ドラマCD|WEB|Web|ウェブ|ショート|"
                            r"短編|旧シリーズ|原作PV)版)(?:では|でも|において|にて)|"
                            r"\b(?:in|for|on)\s+the\s+(?:(?:\d{4}|original|earlier|previous|older|first|old)\s+){0,2}"
                            r"(?:OVAs?|OADs?|pilot(?:\s+film)?|drama\s+CDs?|web\s+shorts?|voice\s+comic)\b|"
                            r"\b(?:in|for|on)\s+the\s+(?:(?:original|earlier|previous|older|first|old)\s+){1,2}"
                            r"(?:anime\s+film|animated\s+film|short\s+film|movie|film|adaptation|anime)\b", re.I)
_VERSION_TOPIC_WORDS = ("ova", "oad", "pilot", "drama", "short", "film", "movie", "comic", "adaptation", "anime", "prologue",
                        "stage", "musical")
_VERSION_TOPIC_JA = ("版で", "版に", "OVAで", "OVAに", "OADで", "OADに", "旧作で", "旧作に", "版は", "版の", "版『", "版「", "OVA『", "OVAは",
                     "OADは", "パイロット", "プロローグ")
# another version as the sentence's subject, at its start ("The 2025 pilot X: Dry Dock (released …) was directed by A",
# "The prologue short, released in 2024, was animated by …", "Back in 2023, the stage play starred A", 「パイロット版『X』は、A
# が監督を務めた」「舞台版は…」): a film, movie or anime only when marked as an earlier one ("the original film"); never a
# bare 舞台 (「舞台は港町」: the setting)
_VERSION_SUBJECT = re.compile(
    r"^\s*(?:(?:meanwhile|earlier|previously|originally|back\s+in\s+\d{4}|in\s+\d{4})\s*,?\s+)?(?:the|an?|its)\s+"
    r"(?:(?:\d{4}|original|earlier|previous|older|first|old|animated)\s+){0,2}"
    r"(?:pilot(?:\s+(?:film|episode|short|video|movie))?|prologue(?:\s+(?:short|film|episode|video|anime))?|OVAs?|OADs?|"
    r"short\s+film|web\s+shorts?|stage\s+(?:play|adaptation|musical|version)|musical|drama\s+CDs?|voice\s+comic|"
    r"live-action\s+(?:film|drama|series|adaptation|version))\b|"
    r"^\s*(?P<ja>(?:(?:19|20)\d\d年(?:に|の)?[^、。『「]{0,16}?)?(?:OVA|OAD|パイロット(?:版|フィルム|映像)|プロローグ(?:映像|アニメ|版)|"
    r"(?:舞台|ミュージカル|実写|ショートアニメ|短編|ボイスコミック|ドラマCD)版)(?:[『「][^』」]{1,40}[』」])?(?:[(（][^)）]{1,20}[)）])?"
    r"(?:は|では|の))", re.I)
# where, between the subject and the name, a clause with its own subject begins ("…was well received; A directs the
# series", ", and A directs …", 「…好評だったため、Aが…」)
_VERSION_SUBJECT_BREAK = re.compile(r"[;；]|,\s+(?:and|but|while|whereas|so)\s|\s(?:but|while|whereas)\s|"
                                    r"ため|ので|けど|けれど|が、", re.I)
_PAST_VERB = re.compile(r"ていた|でした|だった|じた|めた|当した|\b(?:was|were|had|used\s+to)\b|"
                        r"(?<!\bis\s)(?<!\bare\s)(?<!\bbe\s)\b(?:voiced|played|starred|directed|composed|sang|performed)\b", re.I)


def _version_topic_past(ev: str, at: int, names: tuple[str, ...]) -> bool:
    """Is the sentence holding `at` about another version of the franchise (see `_VERSION_TOPIC`) before the name,
    in the past tense, with nothing handing it back to this work, on a page about a work that is no such version?"""
    begin = max((m.end() for m in _CLAUSE_END.finditer(ev, 0, at)), default=0)
    end_m = _CLAUSE_END.search(ev, at)
    end = end_m.start() if end_m is not None else len(ev)
    prefix = ev[begin:at]
    topic = None
    for m in _VERSION_TOPIC.finditer(prefix):
        topic = m
    if topic is None:
        return _version_subject_past(ev, begin, at, end, names)
    if _OWN_AGAIN.search(prefix, topic.end()) is not None:
        return False
    kind = _squash(re.sub(r"版?(?:では|でも|において|にて)$", "", topic.group(0)).split()[-1])   # (OVA, 劇場, film)
    if kind and any(kind in n for n in names):
        return False   # (a page about the film or the OVA itself: its own version)
    return _PAST_VERB.search(ev[begin:end]) is not None


def _version_subject_past(ev: str, begin: int, at: int, end: int, names: tuple[str, ...]) -> bool:
    """Is the sentence ev[begin:end] led by another version as its subject (see `_VERSION_SUBJECT`), told in the past,
    with no clause of its own before the name at `at` and nothing naming this work again? (A page about that very
    version keeps it: its kind is in the work's names.)"""
    m = _VERSION_SUBJECT.match(ev, begin, at)
    if m is None:
        return False
    kind = _squash(re.sub(r"(?:版|では|は|の|[『「(（].*)+$", "", m.group(0).strip()).split()[-1] if m.group(0).strip() else "")
    if kind and any(kind in n for n in names):
        return False
    if _VERSION_SUBJECT_BREAK.search(ev, m.end(), at) is not None or _OWN_AGAIN.search(ev, m.end(), end) is not None:
        return False
    # (in Japanese the verb ends the sentence: 「パイロット版の監督を務めたAが、TVシリーズでも監督を務める」 is A's credit here)
    return _PAST_VERB.search(ev, at if m.group("ja") else m.end(), end) is not None


def _of_another_title(fact: Fact, work: Work) -> bool:
    """A credit, cast, song, studio or episode count the page states only as another work's: its key a list of
    someone's other works ("Main roles", 「主な監督作品」), or every sentence naming it governed by another title or
    an earlier installment (see `_governing_title`)."""
    if fact.field == "trailer" and fact.evidence:
        return _video_of_another_title(fact.evidence, work)
    if fact.field not in _ANOTHER_TITLE_FIELDS or not fact.evidence:
        return False
    if fact.key and fact.field in ("staff", "cast") and _WORKS_KEY.search(unicodedata.normalize("NFKC", fact.key)):
        return True
    ev = unicodedata.normalize("NFKC", fact.evidence)
    if not any(w in ev for w in _OWNER_JA) and not may_contain_i(ev, _OWNER_WORDS):
        return False
    value = fact.value.split(" — ")[0] if fact.field == "theme_song" else re.split(r"\s*[(（]", fact.value)[0]
    needle = unicodedata.normalize("NFKC", value).strip()
    if len(needle) < 2:
        return False
    at = ev.find(needle)
    if at < 0:
        return False
    names = tuple(s for s in (_squash(n) for n in work.names) if s)
    versioned = fact.field in ("staff", "cast", "theme_song") and (any(w in ev for w in _VERSION_TOPIC_JA)
                                                                   or may_contain_i(ev, _VERSION_TOPIC_WORDS))
    while at >= 0:
        begin = max((m.end() for m in _CLAUSE_END.finditer(ev, 0, at)), default=0)
        if not _governing_title(ev[begin:at], names) and not (versioned and _version_topic_past(ev, at, names)):
            return False
        at = ev.find(needle, at + len(needle))
    return True


# a song's credit line: its lyricist first, then its composer and arranger ("Lyrics: A · Music: B · Arrangement: C",
# 「作詞：A／作曲：B／編曲：C」, "lyrics by A, music by B"): a name after the lyrics label is the song's, never the work's
# staff (a staff line that ends on a song's lyricist keeps the credits before it)
_LYRICS_LABEL = re.compile(r"(?:作詞|(?<![\w])詞|\b(?:lyrics|lyricist|words))\s*(?:(?:(?:are|is|were|was)\s+)?(?:written\s+)?by\s+|[:：]|・)|"
                           r"\blyrics\s+and\s+music\b", re.I)


# an arranger's label, a song's credit too: a short line holding one ("Music: B · Arrangement: C") credits a song, so its
# music-side names are the song's composer and arranger, not the work's composer
_ARRANGER_LABEL = re.compile(r"編曲|\barrange(?:ment|d\s+by|r)\b", re.I)
_SONG_SIDE_ROLES = frozenset(("music", "arrangement", "arranger", "composer", "composition", "lyrics", "作曲", "編曲", "作詞"))


def _song_credit(fact: Fact) -> bool:
    """A staff fact named after a lyrics label in its line (see `_LYRICS_LABEL`), or a music-side credit of a short
    line with an arranger's label (see `_ARRANGER_LABEL`)."""
    if fact.field != "staff" or not fact.evidence:
        return False
    ev = unicodedata.normalize("NFKC", fact.evidence)
    if "詞" in ev or "yric" in ev or "ords" in ev:
        m = _LYRICS_LABEL.search(ev)
        if m is not None and ev.find(unicodedata.normalize("NFKC", fact.value)) > m.start():
            return True
    return len(ev) <= 200 and fact.key.lower() in _SONG_SIDE_ROLES and ("編曲" in ev or "rrange" in ev) \
        and _ARRANGER_LABEL.search(ev) is not None


def _is_source_credit(fact: Fact) -> bool:
    return fact.field == "staff" and fold(fact.key) == "originalcreator"


def _source_credits(chosen, whole, work: Work, url: str, failed: list[str]) -> list[Fact]:
    """The original creator from the sections cut as another season's or medium's ("Season 1 recap: adapted
    from X's manga"): the source is the franchise's, shared by every season and medium (their other credits
    are not)."""
    return [f for f in merge(_run(chosen, whole, work, url, failed)) if _is_source_credit(f)]


# a companion show's hosts named with their parts in this work (「パーソナリティ：A（X役）、B（Y役）」, "Hosts: A (voice of X)",
# "MC：A（X役）"): the cut block of that show (a web radio's, a podcast's) still states this work's cast
_PERSONALITY_LABEL = re.compile(r"パーソナリティ|(?<![A-Za-z])MC(?![A-Za-z])|\bhost(?:s|ed\s+by)?\b|\bpersonalit(?:y|ies)\b", re.I)
_PERSONALITY_WORDS = ("パーソナリティ", "MC", "Host", "hosts", "hosted by", "ersonalit")


def _may_name_personalities(text: str) -> bool:
    """Can the page name a companion show's hosts with their parts (a cheap `in` test before any extraction runs
    again)?"""
    return ("役" in text or "voice of" in text) and any(w in text for w in _PERSONALITY_WORDS)


def _personality_marks(text: str) -> int:
    """How many hosts' labels a text holds (the trimmed page holding fewer than the whole: a hosts' line was cut)."""
    return sum(text.count(w) for w in _PERSONALITY_WORDS)


def _personality_cast(chosen, whole, work: Work, url: str, failed: list[str], facts: list[Fact]) -> list[Fact]:
    """The cast the whole page states on a hosts' line (see `_PERSONALITY_LABEL`) with the part played ("役",
    "voice of", "as"), that the trimmed page lost with its companion show's block."""
    have = {(f.key, f.value) for f in facts if f.field == "cast"}
    out = []
    for f in merge(_run(chosen, whole, work, url, failed)):
        if f.field != "cast" or (f.key, f.value) in have or not f.evidence or not f.key:
            continue
        ev = unicodedata.normalize("NFKC", f.evidence)
        m = _PERSONALITY_LABEL.search(ev)
        if m is not None and ev.find(f.value, m.end()) >= 0 and ("役" in ev or "voice of" in ev or " as " in ev):
            out.append(f)
    return out


# a line announcing that a video came out with this article ("特報も解禁", "公開された本PVには", "ティザーPVが公開",
# "the first trailer was unveiled"): a kind word and a reveal word
_REVEAL = re.compile(r"(?=[解公お披初rudlwi])(?:"   # its words' first letters: one class test per position
                     r"解禁|公開|お披露目|披露|初出し|\b(reveal|unveil|debut|drop|launch)(ed|s)?\b|\breleased?s?\b(?! (window|date))|"
                     r"went live|is (now )?out\b)", re.I)
# every _REVEAL match holds one of these (お披露目 holds 披露; "is (now )?out" holds "out")
_REVEAL_JA = ("解禁", "公開", "披露", "初出し")
_REVEAL_EN = ("reveal", "unveil", "debut", "drop", "launch", "release", "went live", "out")
_REVEAL_SPAN = 40  # characters between the kind word and the reveal word: one clause
# a date in the line: then the video has a date of its own (or is an old one the article mentions)
_LINE_DATE = re.compile(r"\d{1,2}\s*月|\d{4}\s*[./年-]|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|"
                        r"\b\d{1,2}\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|昨日|先日|以前|previous|earlier|last (week|month|year)",
                        re.I)


# an official site's news post dates its video only by saying it came out today ("本日、PV第1弾を公開いたしました")
_TODAY = re.compile(r"本日|今日|\btoday\b", re.I)


def _may_reveal(text: str) -> bool:
    """False only when no _REVEAL match can be in the text (nor in any part of it)."""
    return any(w in text for w in _REVEAL_JA) or may_contain_i(text, _REVEAL_EN)


def _reveals(sentence: str, kind: re.Pattern) -> bool:
    """Does the sentence say a video of this kind came out: a reveal word within one clause of the kind word?"""
    kinds = [(m.start(), m.end()) for m in kind.finditer(sentence)]
    if not kinds:
        return False   # (without a kind word, no reveal word is near one: skip the scan for them)
    return any(abs(m.start() - k) <= _REVEAL_SPAN and not _video_reveals_other(sentence, e, m)
               for m in _REVEAL.finditer(sentence) for k, e in kinds)


# the video as the one that reveals, not the one revealed: "the teaser also revealed one new name", "its PV unveils the
# cast" (an active reveal verb after the kind word, with an object), 「ティザーPVでは新キャラクターも公開」 (the video as
# where something else is shown): the sentence tells what the video holds, not that it came out
_VIDEO_AS_REVEALER = re.compile(r"(?:reveal|unveil)(?:s|ed)\s+(?:(?:also|too|even)\s+)?(?:the|a|an|one|two|three|several|some|"
                                r"more|new|his|her|their|its|our|first|what|how|who|that|where|when)\b", re.I)
_VIDEO_WHICH = re.compile(r"^\s*,\s*(?:which|that)\b", re.I)
_VIDEO_GAP_PASSIVE = re.compile(r"[,(（]|\b(?:was|were|is|are|be|been|being|get|gets|got|has|have)\b", re.I)
_VIDEO_AS_MEDIUM = re.compile(r"^\s*(?:PV|ＰＶ|映像|動画|ムービー|トレーラー)?(?:では|にて|内で|の中で|の中では|内では|に登場(?:した|する))")


def _video_reveals_other(sentence: str, kind_end: int, m: re.Match) -> bool:
    """Is the reveal word `m` said by the video at `kind_end` about something else (see `_VIDEO_AS_REVEALER`)?"""
    if m.start() < kind_end:
        return False
    gap = sentence[kind_end:m.start()]
    if _VIDEO_AS_MEDIUM.match(gap) is not None:
        return True
    gap = _VIDEO_WHICH.sub("", gap)   # ("the teaser, which also revealed a new character,": the video still reveals)
    return len(gap) <= 30 and _VIDEO_GAP_PASSIVE.search(gap) is None \
        and _VIDEO_AS_REVEALER.match(sentence, m.start()) is not None


_SENTENCE_SPLIT = re.compile(r"(?<=[。！？!?])|(?<=\.)\s+")


def _sentences(line: str) -> list[str]:
    """_SENTENCE_SPLIT.split(line), without the scan when the line has no sentence mark to split after."""
    if any(c in line for c in "。！？!?."):
        return _SENTENCE_SPLIT.split(line)
    return [line]


def _key_number(key: str) -> str | None:
    """"2" of a trailer key "PV 2" / "teaser 2 US version"; None when the key has no number."""
    m = re.match(r"\S+\s+(\d{1,2})\b", key)
    return m.group(1) if m else None


def _names_number(sentence: str, num: str) -> bool:
    """Does the sentence name the video by this number ("第2弾PV", "PV第2弾", "PV2", "trailer #2")?"""
    return re.search(rf"第\s*{num}\s*弾|(?:pv|trailer|teaser|特報|予告)\s*#?\s*{num}(?!\d)", sentence, re.I) is not None


def _dated_by_the_article(facts: list[Fact], page) -> list[Fact]:
    """A news article that reveals a video gives it its own date: the one trailer of a kind the article
    announces ("特報も解禁", "the teaser was unveiled") with no date of its own is dated the day the article
    was published. On a work's official site (which dates its videos itself) only a post saying "today",
    only a day's date,
    only when a sentence announces it without a date of its own, and only when no other video of its kind
    is dated or undated on the page."""
    from ..page import _is_official_site

    undated = [i for i, f in enumerate(facts) if f.field == "trailer" and not _trailer_parts(f.value)[0]
               and _trailer_parts(f.value)[1]]
    if not undated or getattr(page, "multi_work", False):
        return facts
    official = _is_official_site(page.title, page.meta)
    published = page.published
    if published is None or published.precision != "day":
        return facts
    kinds = [_KIND_WORDS.get(facts[i].key.split(" ", 1)[0].lower()) for i in undated]
    lines = [page.title, *(line.text for line in page.lines())]
    out = list(facts)
    for i, kind in zip(undated, kinds):
        num = _key_number(facts[i].key)
        several = kind is not None and sum(k is kind for k in kinds) > 1
        if kind is None or several and not _numbered_apart([facts[j] for j, k in zip(undated, kinds) if k is kind]):
            continue  # two undated videos of one kind: which one the article revealed is unknown
        other_dated = any(f.field == "trailer" and j != i and _trailer_parts(f.value)[0] and kind is
                          _KIND_WORDS.get(f.key.split(" ", 1)[0].lower()) for j, f in enumerate(facts))
        if other_dated and num is None:
            continue  # a dated one of the same kind: the reveal lines may be about that one
        url = _trailer_parts(facts[i].value)[1]
        if any(f.field == "trailer" and _trailer_parts(f.value)[0] and _trailer_parts(f.value)[1] == url
               for f in facts):
            continue  # the same video is dated under another key
        revealed = [t for line in lines if line and kind.search(line) and _may_reveal(line)
                    for t in _sentences(line) if _reveals(t, kind)]
        if other_dated or several:   # ("今年7月に公開された第1弾PV" beside "第2弾PV公開"): only lines naming this one's number
            revealed = [t for t in revealed if _names_number(t, num)]
        revealed = [t for t in revealed if not _video_as_agent(t, kind)]   # ("The teaser also revealed a new name")
        f = facts[i]
        if any(not _LINE_DATE.search(t) and (not official or _TODAY.search(t)) for t in revealed):
            day = None if official else _dated_reveal_beside_undated(revealed, kind, published)
            out[i] = Fact(f.field, f.key, f"{day or published.iso()} {f.value}", f.evidence, f.precision)
        elif revealed and not official:
            own = {_reveal_day(t, kind, published) for t in revealed}
            if len(own) == 1 and None not in own:   # every line that reveals it gives it the one day of its own
                out[i] = Fact(f.field, f.key, f"{own.pop()} {f.value}", f.evidence, f.precision)
    return out


def _numbered_apart(same_kind: list[Fact]) -> bool:
    """Do undated videos of one kind each carry a number of their own (第1弾PV and 第2弾PV, not two unnumbered teasers)?
    Then a line naming a number tells which one it reveals."""
    nums = [_key_number(f.key) for f in same_kind]
    return None not in nums and len(set(nums)) == len(nums)


# an undated line that still says the video came out with this article: "today", "now", 「本日」「ついに」
_EARLIER_SEASON_LINE = re.compile(r"\b(?:first|previous|prior|last|earlier|original)\s+(?:season|series)\b|"
                                  r"\bseason\s+(?:one|1)\b|第\s*1\s*期|前作|前期|1期", re.I)
_OUT_NOW = re.compile(r"本日|今日|ついに|\b(?:today|now|tonight|just)\b", re.I)


def _dated_reveal_beside_undated(revealed: list[str], kind: re.Pattern, published) -> str | None:
    """The one day the page's dated reveal lines give the video ("A teaser debuted on August 15 at the panel")
    when its undated ones only mention it beside another reveal ("Two newcomers were revealed alongside the
    teaser"): the video's own day, not the article's. None when an undated line says it came out now ("today",
    「本日」), when no dated line gives it a day, or they give several."""
    dated = [t for t in revealed if _LINE_DATE.search(t)]
    if not dated or any(_OUT_NOW.search(t) for t in revealed if not _LINE_DATE.search(t)):
        return None
    if any(_EARLIER_SEASON_LINE.search(t) for t in dated):
        return None   # ("the first season's teaser debuted on March 3, 2025"): maybe another season's video
    own = {_reveal_day(t, kind, published) for t in dated}
    return own.pop() if len(own) == 1 and None not in own else None


# the video as the one that reveals something ("The teaser also revealed one new name", "the PV unveiled the opening
# theme"): a sentence about what the video shows, not about the video coming out
_VIDEO_AGENT_VERB = re.compile(r"(?:\s+(?:also|then|even|further|finally|itself))?\s+(?:revealed|unveiled|announced|confirmed|teased|"
                               r"showed|introduced|previewed|debuted|premiered|gave|offered)\s+(?:a|an|the|one|two|three|new|its|his|her|"
                               r"their|that|more|several|some|first|our|us|fans|viewers|\d)\b", re.I)
_TO_COME = re.compile(r"\b(?:will|to\s+be|(?:is|are)\s+(?:set|scheduled|slated|planned|due|expected)|coming|upcoming)\b", re.I)
# a year-less or dated day right before a noun that makes it another thing's day ("the November 22 premiere")
_DAY_OF_OTHER = re.compile(r"\s*(?:premiere|debut|broadcast|airing|release\s+date|screening|launch)\b", re.I)


def _video_as_agent(sentence: str, kind: re.Pattern) -> bool:
    """Does a video of this kind reveal something in the sentence (the video the subject of a reveal verb with
    an object), rather than being revealed?"""
    return any(_VIDEO_AGENT_VERB.match(sentence, m.end()) for m in kind.finditer(sentence))


def _reveal_day(sentence: str, kind: re.Pattern, published) -> str | None:
    """The day (or month) a sentence that reveals the video gives it ("The teaser debuted at the stage on
    November 22", "On November 21 the staff premiered the teaser"): the date nearest the video's word, not after
    the article (a year-less one past it is last year's), within 100 letters and no ';' between; None when the
    sentence gives none or only another thing's ("the November 22 premiere")."""
    from ..dates import PartialDate, find_dates

    if _TO_COME.search(sentence) or _JA_LETTER.search(sentence):
        return None   # "will be released on December 1": a day to come; 「3月19日公開」 may be a film's opening
    words = [m.start() for m in kind.finditer(sentence)]
    best = None
    for dm in find_dates(sentence, published=published):
        d = dm.date
        if d is None or d.month is None or d.season is not None or _DAY_OF_OTHER.match(sentence, dm.end):
            continue
        if d.iso() > published.iso()[:len(d.iso())]:
            if not dm.year_inferred or dm.relative:
                continue   # a day to come: not the day it came out
            d = PartialDate(d.year - 1, d.month, d.day)
        for w in words:
            lo, hi = min(w, dm.start), max(w, dm.start)
            if hi - lo <= 100 and ";" not in sentence[lo:hi] and (best is None or hi - lo < best[0]):
                best = (hi - lo, d.iso())
    return best[1] if best else None


_NOT_WORD = re.compile(r"[\W_]+")


def _squash(text: str) -> str:
    return _NOT_WORD.sub("", unicodedata.normalize("NFKC", text).casefold())


def names_work(html: str, work: Work) -> bool:
    """Does the page name the work (title or an alias) anywhere: title, meta, image alts, text?

    Compared without case, width, spaces and punctuation, on the raw document (entities unescaped), so
    a title written only in a logo's alt text or a page <title> still counts; a season or film title in any of
    its usual spellings ("X Season 2" = "X 2nd Season" = "X 第2期"; "劇場版 X" = "X the Movie").
    """
    from ..page import film_base, season_marks, season_split, work_names

    names = [n for n in work_names(work) if not _NUMBERED_END.search(n)]
    wanted = [n for n in (_squash(name) for name in names) if n]
    numbered = [n for n in work_names(work) if _NUMBERED_END.search(n)]
    if numbered and _names_numbered_as_written(html, numbered):
        return True
    # Fast path: the squashed text of a short window around a raw occurrence of a name. The window is cut
    # just before whitespace (" ", "\t", "\n") at both ends: no entity spans such a cut, and a space is an
    # NFKC boundary that composes with nothing, so the window's squash is a substring of the whole
    # document's squash. A hit there is a hit in the whole; anything else falls back to the whole document.
    for name in names:
        if not name:
            continue
        i = html.find(name)
        if i < 0:
            continue
        start = max(html.rfind(" ", 0, i), html.rfind("\t", 0, i), html.rfind("\n", 0, i))
        if start < 0:
            start = 0
        end = len(html)
        j = i + len(name)
        for ws in (" ", "\t", "\n"):
            k = html.find(ws, j, end)
            if k >= 0:
                end = k
        part = _squash(html_lib.unescape(html[start:end]))
        if any(n in part for n in wanted):
            return True
    hay = _squash(html_lib.unescape(html))
    if any(n in hay for n in wanted):
        return True
    numbered = [n for n in numbered if _squash(n) and _squash(n) in hay]   # (the exact reading only where it may hit)
    if numbered and _names_numbered(html, numbered):
        return True
    # a season's page may name the series and the season apart ("X's second season", "Season 2 of X", a wiki's
    # 「第二期」 heading; not "S2", which any squashed text may hold)
    for name in work.names:
        split = season_split(name)
        marks = season_marks(split[1]) if split else ()
        if split and _squash(split[0]) in hay and any(_squash(m) in hay for m in marks if m != f"S{split[1]}"):
            return True
        film = film_base(name)  # "劇場版 X" on a page about "the X film", "X 劇場アニメ"
        if film and _squash(film) in hay and _FILM_WORD.search(hay):
            return True
    return False


_FILM_WORD = re.compile(r"劇場|映画|movie|film")
# a name ending in a number ("X II", "X S2", "X Season 2"): squashed, "X II" is inside "X III" and "X Season 2" inside
# "X Season 20" (another season's page), so such a name is looked for with the number's end as a word end
_NUMBERED_END = re.compile(r"(?:\s(?:II|III|IV|VI)|\d)$")


def _names_numbered_as_written(html: str, names: list[str]) -> bool:
    """Does the raw page hold one of `names` exactly as written, with no letter or digit right after it (the
    common case, without a regex)?"""
    for name in names:
        i = html.find(name) if name else -1
        while i >= 0:
            after = html[i + len(name):i + len(name) + 1]
            if not (after.isascii() and after.isalnum()):
                return True
            i = html.find(name, i + 1)
    return False


def _names_numbered(html: str, names: list[str]) -> bool:
    """Does the page name one of `names` (each ending in a number) with nothing more of a number after it? Read as
    `_squash` reads (any punctuation and space between two letters), the roman numeral in its case."""
    text = unicodedata.normalize("NFKC", html_lib.unescape(html))
    for name in names:
        n = unicodedata.normalize("NFKC", name).strip()
        roman = _NUMBERED_END.search(n)
        tail = roman.group().strip() if roman and not roman.group()[-1].isdigit() else ""
        head = n[:len(n) - len(tail)] if tail else n
        chars = [re.escape(c) for c in head if c.isalnum()]
        body = r"[\W_]*".join(chars) + (r"[\W_]*(?-i:" + tail + ")" if tail else "")
        if chars and re.search(body + r"(?![0-9A-Za-z])", text, re.I):
            return True
    return False


def fact_identity(fact: Fact) -> tuple[str, str, str]:
    """(field, folded key, folded member) — the member part is empty for one-value facts."""
    if fact.field == "cast":
        key = fold_name(fact.key) if fact.key else ""
    elif fact.field in ("studio", "broadcaster", "streaming"):
        key = org_key(fact.key or fact.value)
    elif fact.field == "release_date" and fact.key and org_key(fact.key) in _KNOWN_ORGS:
        key = org_key(fact.key)  # one station's premiere however it is spelled ("TOKYO MX" = 東京MX)
    else:
        key = fold(fact.key)
    if is_set_field(fact.field, fact.key):
        if fact.field == "staff" or fact.field == "cast":
            return fact.field, key, fold_name(fact.value)
        return fact.field, key, ""
    return fact.field, key, ""


_CHANGE = re.compile(r"postpone|delay|pushed back|push(es|ed)? (it )?back|moved? to|moves to|now (set to )?premiere|"
                     r"reschedul|no longer|instead of|previously (scheduled|planned|announced|set)|"
                     r"延期|変更|予定しておりました|予定していた|から.{0,12}へ|"
                     r"withdrawn|scrapped|rescinded|取り?消され|撤回|白紙", re.I)


# what marks the replaced date in a change notice ("当初1月3日と告知", "当初予定していた1月9日", "originally set for
# March", "moved from October to January"; a bare "from" is a start, "airs from April 3", never the replaced date)
_OLD_MARK = re.compile(r"(?:(?:当初|もともと|元々|従来|変更前|延期前)(?:は|の)?[、\s]*(?:[^\s、。「」]{0,10}?(?:して(?:い|おり)(?:た|ました)|"
                       r"されて(?:い|おり)(?:た|ました)|した|された|の))?|"
                       r"(?:originally|initially|previously|formerly|first)"
                       r"(?:\s+(?:set|scheduled|planned|slated|announced|due|expected|dated))?(?:\s+to\s+[a-z]+(?:\s+[a-z]+){0,3})?|"
                       r"(?:delay|postpon|mov|push|shift|chang|reschedul|pull)\w*(?:\s+[\w'’]+){0,5}?\s+from|"
                       r"instead of|rather than|had been (?:set|scheduled|planned|slated|due)(?: for)?|"
                       r"(?:was|were) (?:supposed|set|scheduled|planned|slated|due) to [a-z]+(?: [a-z]+){0,6})"
                       r"[\s(（]*(?:(?:for|on|in|the)\s+)?$", re.I)
# ... or after it, in the past tense ("2月21日(金)に放送を予定しておりました", "1月3日の予定だった"; never the present
# "予定しております"), or as what the change leaves ("1月9日から延期", "10月からの変更")
_OLD_AFTER = re.compile(r"^\s*(?:\([^)]{1,4}\))?\s*(?:\d{1,2}[:：]\d{2}\s*[～〜~-]?\s*)?(?:(?:に|から|より|の)?\s*"
                        r"(?:(?:放送|公開|配信|上映|発売)(?:開始)?(?:を|が)?)?\s*"
                        r"予定(?:して(?:い|おり)(?:た|ました)|されて(?:い|おり)(?:た|ました)|だった|でした|の)|"
                        r"(?:から|より)(?:の)?\s*(?:再?延期|変更))")
# a plan a notice withdraws, named as the old notice before its date ("延期前の告知（1月放送予定）", "旧日程：1月", "当初の発表では
# 1月") or said withdrawn after it ("(1月放送予定)は取り消されています", "2027年1月の放送予定は白紙", "the January 2027 date
# announced earlier has been withdrawn", "January 2027 (scrapped)"): its own clause either way
_PLAN_NOTICE_BEFORE = re.compile(r"(?:当初|従来|変更前|延期前|旧|以前)(?:の|に)?(?:告知|発表|予定|案内|日程|お知らせ)(?:の|では?)?"
                                 r"[\s(（:：「]*$")
_PLAN_WITHDRAWN_AFTER = re.compile(r"^[^。.;；!?！？、,]{0,40}?(?:(?:は|が|を)\s*(?:取り?消|撤回|白紙|中止|無効|キャンセル)|"
                                   r"\b(?:has|have|had)?\s*(?:been|was|were|is|are)\s+(?:now\s+)?(?:withdrawn|scrapped|"
                                   r"cancell?ed|rescinded|void(?:ed)?|called\s+off)\b|[(（]\s*(?:withdrawn|scrapped|cancell?ed|"
                                   r"取り?消し?|撤回)\s*[)）])", re.I)


def withdrawn_plan_date(text: str, start: int, end: int) -> bool:
    """Is the date at text[start:end] a plan the page says was withdrawn or replaced (the old notice named before it,
    or its clause calling it withdrawn)? Within one page only the current plan is the work's (FACTS.md)."""
    return bool(_PLAN_NOTICE_BEFORE.search(text[max(0, start - 30):start]) or _PLAN_WITHDRAWN_AFTER.match(text[end:end + 60]))
# what marks the new date in a change notice ("新しい放送開始日は4月3日", "改めて4月3日より", "postponed to April 3",
# "will now premiere on April 10") ...
_NEW_MARK = re.compile(r"(?:新しい|新たな|新た(?:に)?|改めて|変更後の?|延期後の?|"
                       r"(?:postpon|delay|push|mov|shift|reschedul)\w*(?:\s+[\w'’]+){0,5}?\s+(?:to|until|till)\b|\bnow\b)"
                       r"[^。.!?！？]{0,40}$", re.I)
# ... or after it ("4月3日に延期", "2026年へ変更", "1月20日からの放送となる")
_NEW_AFTER = re.compile(r"^\s*(?:\([^)]{1,4}\))?\s*(?:\d{1,2}[:：]\d{2}\s*[～〜~-]?\s*)?(?:(?:に|へ)(?:の)?\s*(?:再?延期|変更|移動)|へ|"
                        r"(?:から|より)(?:の)?\s*(?:放送|配信|公開|上映)(?:開始)?(?:と|に)(?:なる|なり|変更))")


def _old_date_of_notice(date, evidence: str | None) -> bool:
    """Is `date` the replaced one in its change notice: every mention of it is marked as the former date?"""
    from ..dates import find_dates

    if not evidence:
        return False
    text = unicodedata.normalize("NFKC", evidence)
    same = [m for m in find_dates(text, default_year=date.year) if m.date.iso()[4:] == date.iso()[4:]]
    return bool(same) and all(_OLD_MARK.search(text[max(0, m.start - 60):m.start]) or
                              _OLD_AFTER.match(text[m.end:m.end + 30]) or withdrawn_plan_date(text, m.start, m.end)
                              for m in same)


def _new_date_of_notice(old, evidence: str):
    """The date a change notice moves `old` to: the one date of the notice, other than the old one, that a
    new-schedule word marks ("新しい放送開始日は4月3日", "4月3日に延期", "postponed to April 3"); None when
    there is no such date or more than one."""
    from ..dates import find_dates

    text = unicodedata.normalize("NFKC", evidence)
    found = {m.date for m in find_dates(text, default_year=old.year)
             if m.date.iso()[4:] != old.iso()[4:] and not _OLD_MARK.search(text[max(0, m.start - 60):m.start])
             and (_NEW_MARK.search(text[max(0, m.start - 60):m.start]) or _NEW_AFTER.match(text[m.end:m.end + 30]))}
    return found.pop() if len(found) == 1 else None


def _restated_after_change(fact: Fact) -> Fact | None:
    """A release date read from a change notice that is the date the notice replaced ("当初予定していた1月9日から
    延期", "originally set for January 9"): the notice's new date instead, or nothing when it gives none."""
    from ..dates import PartialDate

    date = PartialDate.parse(fact.value)
    if date is None or not _announces_change(fact) or not _old_date_of_notice(date, fact.evidence):
        return fact
    new = _new_date_of_notice(date, fact.evidence)
    if new is None:
        return None
    return Fact(fact.field, fact.key, new.iso(), fact.evidence, new.precision)


def _announces_change(fact: Fact) -> bool:
    """Does the fact's evidence announce a new schedule (a delay, a move)?"""
    return bool(fact.evidence) and bool(_CHANGE.search(fact.evidence))


# (a "Japanese dub" is how some writers name the original)
_DUB = re.compile(r"(?<!japanese )\bdub(?:s|bed)?\b|(?<!japanese )\bdubbing\b|(?<!日本語)吹き?替", re.I)


def _about_dub(fact: Fact) -> bool:
    return bool(fact.evidence) and bool(_DUB.search(fact.evidence))


def merge(groups: list[list[Fact]]) -> list[Fact]:
    """Merge extractor outputs (highest priority first) into one fact per identity.

    For one identity the first group's fact wins, except that a later fact which agrees and says more
    (a date with a day where the first had a month, a value with a part added) replaces it, and a release
    date read from a delay notice ("postponed to April") replaces a disagreeing one read from elsewhere.
    """
    from ..dates import PartialDate

    out: dict[tuple[str, str, str], Fact] = {}
    replaced: list = []  # first-airing dates a change notice on the page replaced
    firsts_seen: list[Fact] = []   # every first-airing date read, and every keyed one (see _first_airing_not_a_stations)
    keyed_seen: list[Fact] = []
    for group in groups:
        claimed = _video_keys(out.values())
        for fact in group:
            fact = clean_fact(fact)   # a phrase where a name should be: cut back to the name, or no fact
            if fact is None:
                continue
            if fact.field == "release_date" and fact.key:
                fact = _with_service_key(fact)
                if _keyed_by_a_non_airing(fact):
                    continue
            if fact.field == "release_date":
                restated = _restated_after_change(fact)
                if restated is not fact and not fact.key:
                    replaced.append(PartialDate.parse(fact.value))
                fact = restated
                if fact is None:
                    continue
            if fact.field == "cast":
                fact = _without_voice_mark(fact)
            if fact.field == "release_date":
                (keyed_seen if fact.key else firsts_seen).append(fact)
            if fact.field == "trailer":
                fact = _without_claimed_video(fact, claimed)
                if fact is None:
                    continue
            ident = fact_identity(fact)
            have = out.get(ident)
            if have is None:
                out[ident] = fact
                continue
            if fact.field == "trailer":
                both = _joined_trailer(have, fact)
                if both is not None:
                    out[ident] = both
                    continue
            if fact.field == "release_date":
                a, b = PartialDate.parse(have.value), PartialDate.parse(fact.value)
                if a and b and b.refines(a):
                    out[ident] = fact
                elif (a and b and not a.refines(b) and _announces_change(fact) and not _announces_change(have)
                      and not _old_date_of_notice(b, fact.evidence)):
                    # a delay notice's new date beats a schedule that still shows the old one
                    out[ident] = fact
                elif a and b and _padded_structured_day(a, b, have, fact):
                    # JSON-LD's "2027-10-01" where the page itself says "Oct 2027": the day is the format's filler
                    out[ident] = fact
                elif a and b and _past_midnight_of(b, a, fact, have):
                    # "10月2日(土)24:30～" is the 3rd: the slot's date beats the bare day the schedule opens on
                    out[ident] = fact
                elif a and b and not fact.key and _about_dub(have) and not _about_dub(fact):
                    # the first airing is the original's: a dub's premiere ("the English dub premieres
                    # February 3") read as the work's date yields to one that speaks of no dub
                    out[ident] = fact
                elif not fact.key and have.evidence != fact.evidence and not a.agrees(b):
                    _keep_as_service_date(out, fact)
            elif fact.field == "theme_song" and title_was_its_artist(have.value, fact.value):
                out[ident] = fact   # 「OPは「X」」 read as a title where X performs the song another reading names
            elif fold(fact.value) != fold(have.value) and fold(have.value) and fold(have.value) in fold(fact.value) \
                    and not (fact.field == "cast" and not _cast_gloss_added(have.value, fact.value)):
                # the later value says more and agrees: a part added ("Title" -> "Title — Artist",
                # "URL" -> "2023-10-15 URL", "Fuji TV" -> "Fuji TV (+Ultra)")
                out[ident] = fact
    _first_airing_not_a_stations(out, firsts_seen, keyed_seen)
    facts = [f for f in out.values() if not _still_shows_a_replaced_date(f, replaced)]
    return _first_airing_from_stations(_named_video_numbered(_pv_is_trailer(
        _short_part_given_its_full_name(_partless_cast_given_a_part(facts)))))


def _partless_cast_given_a_part(facts: list[Fact]) -> list[Fact]:
    """Cast under the empty key is for an actor the page names without a character (FACTS.md). An actor the same
    page also casts as a character (a news line "追加キャストとして X" above the CAST list's "Char: X"; JSON-LD's bare
    `actor` beside the cast table) is that fact already: kept too, it would be revealed twice."""
    parted = {fold_name(f.value) for f in facts if f.field == "cast" and f.key}
    if not parted:
        return facts
    return [f for f in facts if not (f.field == "cast" and not f.key and fold_name(f.value) in parted)]


def _short_part_given_its_full_name(facts: list[Fact]) -> list[Fact]:
    """A part the page names short for the same actor it casts under the part's full name (a news headline's
    「ルージュ役：宮本侑芽」 over the CAST list's 「ルージュ・レッドスター（Rouge Redstar）」 with 「宮本侑芽（Yume Miyamoto）」,
    "Rouge: X" beside "Rouge Redstar: X") is that fact already (FACTS.md: a key sharing a word with a known key, for the
    same actor, is the same character): kept too, it would be revealed twice. The diff's own identity helpers decide
    (a name in two scripts, the same person); a child or other version of the part ("ルージュ（幼少期）") is its own key."""
    cast = [f for f in facts if f.field == "cast" and f.key]
    if len(cast) < 2:
        return facts
    from ..diff import dual_script, same_person

    def shortened(f: Fact) -> bool:
        short = {fold(k) for k in dual_script(f.key) or (f.key,)}
        return any(g is not f and any(fold(full) not in short and short & name_words(full)
                                      for full in dual_script(g.key) or (g.key,)) and same_person(f.value, g.value)
                   for g in cast)
    drop = {id(f) for f in cast if shortened(f)}
    return [f for f in facts if id(f) not in drop] if drop else facts


def _padded_structured_day(a, b, have: Fact, fact: Fact) -> bool:
    """Is `have` a structured-data date padded to the 1st ("startDate": "2027-10-01") where the visible page states
    the same month and no day ("Aired: Oct 2027 to ?")? The day is the format's filler, not a statement: the month
    stands (a day the page prints later still refines it)."""
    return (a.day == 1 and b.day is None and b.month is not None and (a.year, a.month) == (b.year, b.month)
            and (have.evidence or "").startswith("JSON-LD") and not (fact.evidence or "").startswith("JSON-LD"))


def _cast_gloss_added(have: str, later: str) -> bool:
    """Does a later (lower-ranked, prose) actor value add only a bracketed gloss to the one a cast list gave ("宮下遥斗"
    -> "宮下遥斗 (Haruto Miyashita)")? Anything else it adds is the sentence it was cut from (「森川ちさとは」「宮下遥斗と
    佐倉みのり」): the list's value stays."""
    rest = later.replace(have, "", 1).strip() if have in later else ""
    return rest[:1] in ("(", "（", "[") and rest[-1:] in (")", "）", "]")


def _still_shows_a_replaced_date(fact: Fact, replaced: list) -> bool:
    """A first-airing date that a change notice on the same page replaced ("delayed from January 9", "当初1月の予定
    だった"), read from a line that announces no change (an ON AIR table or a lead not yet updated), is stale: the
    same date, or its month or season; a year alone may still hold."""
    from ..dates import PartialDate

    if fact.field != "release_date" or fact.key or not replaced or _announces_change(fact):
        return False
    date = PartialDate.parse(fact.value)
    return date is not None and date.precision != "year" and any(
        old is not None and old.precision != "year" and (date.contains(old) or old.contains(date)) for old in replaced)


def _first_airing_not_a_stations(out: dict, firsts: list[Fact], keyed: list[Fact]) -> None:
    """A first airing that another reader keyed to a station from the very same line (「BS11では4月6日(火)午後11時から
    放送。」, "ABEMAでは4月1日正午から先行配信", read as the first airing by a line reader that did not see the
    article's own premiere sentence) is that station's own day: the first airing is the other first-airing date read,
    a different day from a line of its own."""
    ident = next((k for k, f in out.items() if f.field == "release_date" and not f.key), None)
    if ident is None:
        return
    have = out[ident]
    if not any(k.value == have.value and nfkc_text(k.evidence or '') in nfkc_text(have.evidence or '') and _station_is_its_topic(k) for k in keyed):
        return
    own = {(k.value, k.evidence) for k in keyed}
    other = next((f for f in firsts if f.value != have.value and f.evidence != have.evidence
                  and (f.value, f.evidence) not in own), None)
    if other is not None:
        out[ident] = other


def _station_is_its_topic(fact: Fact) -> bool:
    """Is a keyed date's station the topic of its own clause (「BS11では…」「TOKYO MXでの放送後、BS11でも4月14日…」,
    "BS11 follows on …"), not one name of a list the clause is about (「本番組はTOKYO MX、BS日テレでは…」) nor a
    name further on (「配信:ABEMAで…、Netflixでも…」 read as Netflix's)?"""
    ev, key = nfkc_text(fact.evidence or ""), nfkc_text(fact.key)
    pos = ev.find(key) if key else -1
    while pos >= 0:
        if _TOPIC_AFTER_STATION.match(ev, pos + len(key)):
            clause = re.split(r"[。.!！?？]", ev[:pos])[-1]
            listed = clause.rstrip()[-1:] in ("、", "・", ",", "，", "/", "／") and any(
                fold(clause.rstrip("、・,，/／ ")).endswith(k) for k in _KNOWN_ORGS if k)
            return not listed and not re.search(r"[:：]", clause)   # (「配信:ABEMAで…、Netflixでも」: a label's list)
        pos = ev.find(key, pos + 1)
    return False


_TOPIC_AFTER_STATION = re.compile(r"\s*(?:では|でも|は|が|も(?![\u3040-\u309f]))|\s+(?:will|follows?|picks?|adds?|streams?|airs?)\b")


def _keep_as_service_date(out: dict, fact: Fact) -> None:
    """A second first-airing date, another day, from a line that opens with one station or service ("Netflixにて1月
    14日より独占配信", "Crunchyroll: streaming from January 9") is that service's premiere: kept under its key when
    it has none (a service starting the same day is the first airing itself, no keyed date)."""
    keyed = _with_service_key(Fact(fact.field, _SERVICE_LEAD.split(nfkc_text(fact.evidence or ""), 1)[0][:60],
                                   fact.value, fact.evidence, fact.precision))
    if not keyed.key or org_key(keyed.key) not in _KNOWN_ORGS:
        return
    out.setdefault(fact_identity(keyed), keyed)


# (the line's head, up to its first clause break: where a service that opens it is named)
_SERVICE_LEAD = re.compile(r"[。.!！?？\n]")


_PV_OR_TRAILER = re.compile(r"^(pv|trailer)\s+(\d+)$", re.I)


def _pv_is_trailer(facts: list[Fact]) -> list[Fact]:
    """An English writer's "second trailer" is the Japanese "PV第2弾": when one extractor read `PV N` from the
    video's label (its URL, no date) and another `trailer N` from prose (its date, no URL), and the page has
    no other video numbered N, they are one video: the labelled key with "date URL"."""
    by_num: dict[str, list[int]] = {}
    for i, f in enumerate(facts):
        m = _PV_OR_TRAILER.match(f.key.strip()) if f.field == "trailer" else None
        if m:
            by_num.setdefault(m.group(2), []).append(i)
    drop: set[int] = set()
    out = list(facts)
    for idx in by_num.values():
        if len(idx) != 2:
            continue
        a, b = (facts[i] for i in idx)
        if fold(a.key.split()[0]) == fold(b.key.split()[0]):
            continue
        (da, ua), (db, ub) = _trailer_parts(a.value), _trailer_parts(b.value)
        if ua and not da and db and not ub:
            url_i, date_i = idx
        elif ub and not db and da and not ua:
            date_i, url_i = idx
        else:
            continue
        f = facts[url_i]
        out[url_i] = Fact(f.field, f.key, f"{_trailer_parts(facts[date_i].value)[0]} {f.value}", f.evidence, f.precision)
        drop.add(date_i)
    return [f for i, f in enumerate(out) if i not in drop]


_ORDINAL_OF = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "1st": 1, "2nd": 2, "3rd": 3,
               "4th": 4, "5th": 5, "6th": 6}
_KIND_WORD_RX = re.compile(r"trailer|teaser|\bpv\b|promotional\s+video|予告|特報|ティザー|ティーザー|PV", re.I)
_NUMBER_IN_NAME = re.compile(r"\d|\b(?:first|second|third|fourth|fifth|sixth)\b|第|弾", re.I)
_ORD_RX = r"(?P<o>first|second|third|fourth|fifth|sixth|[1-6](?:st|nd|rd|th))"
_VIDEO_NOUN_RX = r"(?:\w+\s+)?(?:trailer|pv|teaser|promotional\s+video)"


def _name_is_number(name: str, sentence: str) -> int | None:
    """The number a sentence says a video's name stands for: "The main trailer, released today, is the film's second
    trailer", "the main trailer (the second trailer)", 「PV第2弾となる本予告」「本予告（第2弾）」; None when it says none."""
    d = r"\s*".join(re.escape(p) for p in name.split())
    forms = (rf"{d}\b[^.;]{{0,60}}?\b(?:is|was|serves\s+as|marks|becomes)\s+(?:(?:the|its|their|this)\s+|\w+['’]s\s+|\w+s['’]\s+)*{_ORD_RX}\s+{_VIDEO_NOUN_RX}",
             rf"{d}\s*[(（,—–]\s*(?:the\s+|its\s+)?{_ORD_RX}\s+{_VIDEO_NOUN_RX}",
             rf"第\s*(?P<n>\d{{1,2}})\s*弾(?:PV|予告|トレーラー|映像)?\s*(?:と|に)?\s*(?:なる|あたる|の)\s*{d}",
             rf"{d}\s*[(（]\s*(?:PV|予告)?\s*第\s*(?P<n>\d{{1,2}})\s*弾",
             rf"{d}\s*(?:は|が)[^。]{{0,30}}?第\s*(?P<n>\d{{1,2}})\s*弾(?:PV|予告|映像)?\s*(?:と|に)?\s*(?:な[るりっ]|あた[るりっ]|です|だ)")
    for form in forms:
        m = re.search(form, sentence, re.I)
        if m is not None:
            return _ORDINAL_OF.get((m.groupdict().get("o") or "").lower()) or int(m.groupdict().get("n") or 0) or None
    return None


# what a link's text adds after the video's name: where to watch it ("Official trailer: watch on YouTube")
_POINTER_TAIL = re.compile(r"[\s:：]*(?:watch\s+(?:it\s+)?(?:on|at)\s+youtube|youtube\s*で\s*(?:見る|観る|視聴)|こちら|here)\s*$", re.I)


def _named_video_numbered(facts: list[Fact]) -> list[Fact]:
    """A video linked under a name with no number ("Main trailer: <link>", 「本予告」), counted as the first of its
    kind, and a sentence that says which number that name is ("The main trailer, released today, is the film's second
    trailer": trailer 2, its date, no URL) are one video: the sentence's key with "date URL"."""
    trailers = [(i, f) for i, f in enumerate(facts) if f.field == "trailer"]
    if len(trailers) < 2:
        return facts
    out = list(facts)
    drop: set[int] = set()
    for i, u in trailers:
        date_u, url = _trailer_parts(u.value)
        name = re.sub(r"[\s:：()（）\[\]【】「」『』■▶▼]+", " ", _POINTER_TAIL.sub("", nfkc_text(u.evidence or ""))).strip()
        if not url or date_u or not name or len(name) > 40 or _NUMBER_IN_NAME.search(name) \
                or not _KIND_WORD_RX.search(name) or not _KIND_WORD_RX.sub("", name).strip():
            continue   # (a bare "Trailer" names no one video)
        found = []
        for j, d in trailers:
            date_d, url_d = _trailer_parts(d.value)
            num = d.key.split(" ", 1)[1] if " " in d.key else ""
            if j != i and date_d and not url_d and num.isdigit() and d.key != u.key \
                    and _name_is_number(name, nfkc_text(d.evidence or "")) == int(num):
                found.append((j, d, date_d))
        if len(found) == 1:
            j, d, date_d = found[0]
            out[j] = Fact(d.field, d.key, f"{date_d} {url}", d.evidence, d.precision)
            drop.add(i)
    return [f for k, f in enumerate(out) if k not in drop]


def _first_airing_from_stations(facts: list[Fact]) -> list[Fact]:
    """The first airing is the earliest station's premiere: "airs from October" above a schedule of stations
    ("TOKYO MX: October 3", "AT-X: October 7") is October 3. Only a refinement (the earliest station date
    within the coarser first-airing date), and only from known stations and services' keyed dates."""
    from ..dates import PartialDate

    first = next((i for i, f in enumerate(facts) if f.field == "release_date" and not f.key), None)
    if first is None:
        return facts
    have = PartialDate.parse(facts[first].value)
    if have is not None and have.precision == "day":
        return _late_night_first_airing(facts, first, have)
    if have is None:
        return facts
    earliest, src = _earliest_station_day(facts, _on_tv_first_airing(facts[first].evidence or ""))
    if src is None:
        return facts
    if not earliest.refines(have):
        return facts
    out = list(facts)
    out[first] = Fact("release_date", "", src.value, src.evidence, src.precision)
    return out


# "will begin airing in Japan in July 2027", "broadcast from April": a first airing said to be on television, which a
# streaming service's own later day ("Netflix will begin adding episodes on July 10") does not make more precise
_TV_FIRST_AIRING = re.compile(r"\b(?:air(?:s|ing|ed)?|broadcast(?:s|ing)?)\b|放送", re.I)


def _on_tv_first_airing(evidence: str) -> bool:
    """Is the first airing's statement a television one: said to air or broadcast, or placed on a TV station ("will
    premiere in January 2027 on TOKYO MX", "TBSにて2027年4月スタート"), so a service's later day is its own, not the
    month's day?"""
    if _TV_FIRST_AIRING.search(evidence):
        return True
    from .prose import _NETWORK, _STREAM_SET
    return any(fold(m.group("org")) not in _STREAM_SET and org_key(m.group("org")) in _KNOWN_ORGS
               for m in _NETWORK.finditer(evidence))


def _earliest_station_day(facts: list[Fact], stations_only: bool = False):
    """(date, fact) of the earliest day-precise premiere keyed by a known station or service (only a station's when
    `stations_only`); (None, None) if none."""
    from ..dates import PartialDate
    from .prose import _STREAM_CANON

    streamers = {org_key(x) for x in _STREAM_CANON} if stations_only else set()
    keyed = [(d, f) for f in facts if f.field == "release_date" and f.key and org_key(f.key) in _KNOWN_ORGS
             and org_key(f.key) not in streamers
             for d in (PartialDate.parse(f.value),) if d is not None and d.precision == "day" and d.as_date()]
    return min(keyed, key=lambda df: df[0].as_date()) if keyed else (None, None)


def _late_night_first_airing(facts: list[Fact], first: int, have) -> list[Fact]:
    """「放送開始：1月6日(水)深夜」 above a schedule whose earliest station airs at 26:00 that night: the first airing
    is that station's date, the day after (a late-night show's date is the calendar day it airs)."""
    ev = facts[first].evidence or ""
    if "深夜" not in ev or _TIME_OF_DAY.search(ev):
        return facts
    earliest, src = _earliest_station_day(facts)
    if src is None:
        return facts
    day, late = have.as_date(), earliest.as_date()
    if day is None or late is None or (late - day).days != 1 or not _LATE_SLOT.search(src.evidence or ""):
        return facts
    out = list(facts)
    out[first] = Fact("release_date", "", src.value, src.evidence, src.precision)
    return out


# a late-night slot written past midnight ("24:30", "25:55～", "翌0:15", "深夜0時")
_LATE_SLOT = re.compile(r"(?<!\d)(2[4-9]|3[0-5])[:：時]\s*[0-5]?\d?|翌\s*[0-5]?\d[:：時]|深夜\s*[0-5]?\d[:：時]")

_TIME_OF_DAY = re.compile(r"(?<!\d)\d{1,2}[:：]\d{2}|\d{1,2}時|\b\d{1,2}\s*[ap]\.?m\b", re.I)


def _past_midnight_of(b, a, fact: Fact, have: Fact) -> bool:
    """Is `fact` the day after `have`'s because its evidence gives a slot past midnight and `have`'s no time?"""
    da, db = a.as_date(), b.as_date()
    if da is None or db is None or a.precision != "day" or b.precision != "day" or (db - da).days != 1:
        return False
    return bool(_LATE_SLOT.search(fact.evidence or "")) and not _TIME_OF_DAY.search(have.evidence or "")


_KNOWN_ORGS = frozenset(fold(canon) for canon in ORG_ALIASES.values())
# what follows a service's name in a sentence read as a key ("ABEMAにて地上波1週間先行配信", "Netflix: streaming
# worldwide"): a particle or punctuation, never a word of a longer name ("Animax Asia")
_AFTER_NAME = re.compile(r"^\s*(にて|では|で|より|から|独占|先行|最速|ほか|他|系|[!！、。,:：|｜/／(（「【】\]」』)）>＞\-–—])|^\s+(?=\d)")   # (or its day: "TBS 2027年1月14日より")


def _with_service_key(fact: Fact) -> Fact:
    """A keyed release date's key is the station or service: a key that opens with a known one's name and goes
    on as a sentence ("ABEMAにて地上波1週間先行・見放題最速配信!") is cut to that name, as the page writes it."""
    key = fact.key.strip()
    if org_key(key) in _KNOWN_ORGS:
        return fact
    key = key.lstrip("【[「『(（<＜■●◆▼・ ")  # a bullet or bracket around the name ("【ABEMA】最速配信")
    for end in range(min(len(key) - 1, 40), 1, -1):
        if _AFTER_NAME.match(key[end:]) and org_key(key[:end]) in _KNOWN_ORGS:
            return Fact(fact.field, key[:end].rstrip("】]」』)）>＞ "), fact.value, fact.evidence, fact.precision)
    return fact


# a release date's key is a region, station or service: one that names an event or a product ("放送直前スペシャル
# イベント", "Blu-ray Vol.1", "Anime Expo screening") dates that, not a premiere
_NON_AIRING_KEY = re.compile(r"イベント|上映会|ステージ|ライブ|コンサート|発売|開催|blu-?ray|\bdvd\b|\bcd\b|"
                             r"\bevent\b|screening|concert|\blive\b|\bstage\b|panel|volume|\bvol\b|巻", re.I)


def _keyed_by_a_non_airing(fact: Fact) -> bool:
    return org_key(fact.key) not in _KNOWN_ORGS and bool(_NON_AIRING_KEY.search(nfkc_text(fact.key)))


def nfkc_text(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


# the credit's mark before a voice actor's name ("CV:Name", "CV.Name", "声：Name", "Voice: Name", "VA - Name"):
# a label, never part of the name
_VOICE_MARK = re.compile(r"^\s*(?:c\.?\s?v\.?|va|voice(?:d by)?|声優?|キャスト|cast)\s*(?:[.:：\-–—/／]\s*|(?<=by)\s+)", re.I)


def _without_voice_mark(fact: Fact) -> Fact:
    m = _VOICE_MARK.match(nfkc_text(fact.value))
    if not m:
        return fact
    value = nfkc_text(fact.value)[m.end():].strip()
    return Fact(fact.field, fact.key, value, fact.evidence, fact.precision) if value else fact


_VIDEO_IN_VALUE = re.compile(r"https?://\S+")


def _trailer_parts(value: str) -> tuple[str, str]:
    """A trailer value's (date, URL): "2023-10-15 https://…" -> ("2023-10-15", "https://…")."""
    m = _VIDEO_IN_VALUE.search(value)
    url = m.group(0) if m else ""
    date = (value[:m.start()] + value[m.end():]).strip() if m else value.strip()
    return date, url


_KIND_WORDS = {
    "teaser": re.compile(r"teaser|ティザー|ティーザー|特報", re.I),
    "trailer": re.compile(r"trailer|予告|トレーラー", re.I),
    "pv": re.compile(r"pv|promotion(al)? video|promo|プロモーション|\bcm\b", re.I),
}


def _video_keys(facts) -> dict[str, str]:
    """URL -> the folded trailer key a stronger extractor already gave that video, when its evidence (the
    video's own label) names that kind; a kind guessed from the section ("Trailers": "watch on YouTube") is
    no claim."""
    out: dict[str, str] = {}
    for f in facts:
        if f.field == "trailer":
            url = _trailer_parts(f.value)[1]
            kind = _KIND_WORDS.get(f.key.split(" ", 1)[0].lower())
            if url and kind is not None and kind.search(f.evidence or ""):
                out.setdefault(url, fold(f.key))
    return out


def _without_claimed_video(fact: Fact, claimed: dict[str, str]) -> Fact | None:
    """The same video URL is the same trailer: a weaker extractor that pins a URL already keyed by a stronger
    one (which read the video's own label) to another trailer ("the first teaser came in March" next to the
    new trailer's player) keeps only its date for that trailer; with no date it states nothing."""
    date, url = _trailer_parts(fact.value)
    if not url or claimed.get(url, fold(fact.key)) == fold(fact.key):
        return fact
    if not date:
        return None
    return Fact(fact.field, fact.key, date, fact.evidence, fact.precision)


def _joined_trailer(have: Fact, fact: Fact) -> Fact | None:
    """One extractor read a trailer's date (from prose), another its URL (from the player): one value
    "date URL" when they do not contradict (a finer date of the same month wins)."""
    from ..dates import PartialDate

    d1, u1 = _trailer_parts(have.value)
    d2, u2 = _trailer_parts(fact.value)
    if u1 and u2 and u1 != u2:
        return None
    date = d1 or d2
    if d1 and d2 and d1 != d2:
        a, b = PartialDate.parse(d1), PartialDate.parse(d2)
        if not (a and b):
            return None
        if b.refines(a):
            date = d2
        elif not a.refines(b):
            return None
    value = " ".join(x for x in (date, u1 or u2) if x)
    if value == have.value:
        return None
    return Fact(have.field, have.key, value, have.evidence, have.precision)
