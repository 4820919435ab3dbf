"""Facts from article prose, the way entertainment news writes them (English and Japanese).

Reads the page's main content (`page.lines()`, chrome already removed; headings mark sections) and the
head's description, sentence by sentence. Cheap substring prefilters decide which pattern families a
sentence is worth; most sentences cost a handful of `in` tests.

    release_date   "X will debut in January 2024", "the anime premieres on April 5", "is set to air in
                   Spring 2024", "postponed to July", "was delayed to 2025", "a Spring 2024 premiere",
                   "on January 10 on TBS at 25:28" (the 11th), later station dates keyed by station
                   ("… and on BS11 on January 12"), 「…」が2024年1月10日(水)より放送
    cast           "X will voice Y", "X stars as Y", "Y, voiced by X", "Y (CV: X)", "X as Y" lists, "the cast
                   includes X as Y and Z as W", "X was previously announced as the … Y", "GJ Club's X" ->
                   X, dub sentences key "Y [English]", Y役のXさん
    staff          "directed by X", "X is directing", "composer X", "character designer will be X", "at the
                   helm as the chief director is X", "X is handling series composition", "with X on
                   scripts", "the score comes from X", "based on X's manga" (original creator)
    studio         "Studio Bones has announced", "animation by X", "X is animating the series", "directing the
                   anime at X", "is being animated at X", "production is handled by X"
    broadcaster    "will air on Fuji TV (+Ultra)", "in Fuji TV's +Ultra block", …ほかで放送
    streaming      "simulcast … outside of Asia on Crunchyroll", "streaming on Netflix worldwide", …で配信
    theme_song     'the opening theme is "Title" by Artist', 'Artist will perform the ending theme "Title"',
                   "OP: Title / Artist", 「…」を担当; a soundtrack cut / music-clip song -> insert N (its
                   artist from the next sentence: "Composer X wrote it")
    trailer        "On October 15, X released the third official teaser trailer" -> teaser 3 = 2023-10-15,
                   "began streaming the second promotional video on Friday", "First teaser (July 13, 2023)"
                   cards; the URL of the video whose card or caption names the same trailer
    episodes       "will run for 12 episodes", "a 24-episode run", 全12話
    premiere_event "the first episode screened at Anime NYC 2023", 「Anime NYC 2023」にて第1話を上映

Guards, in the order they bite:
- the article must be about the work (its title or an alias on the page); sections whose heading names
  another title (list articles) and dub credit sections of databases are skipped;
- release dates need the work (or "it", "the anime", "the series"…) as the subject of a release verb or
  noun, and no marker of another thing between them (first season, manga, trailer, Blu-ray, event…);
  stale windows ("originally scheduled for October") give way to the delay; weekday dates are the news
  item's day, not a premiere;
- a clause that says something is not known or only guessed ("no release date yet", "TBA", "hasn't been
  announced", "likely", "rumoured") yields nothing;
- parentheses naming other works ("(known for OTHER SHOW)"), "known for …" tails, "OTHER SHOW director X"
  appositives, relative clauses ("X, who voiced A in B, will voice C") and other titles' possessives
  ("B's opening") never give a role or a value; networks need the work in their clause;
- a statement about an earlier season, in the past tense, counts only once the work itself has premiered.
Each fact keeps its sentence as evidence (`tracker.normalize.clean`).
"""
from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass, replace as _dc_replace
from functools import lru_cache

from . import Extractor
from ..dates import PartialDate, find_dates, late_slot_day
from ..model import Fact, Work
from ..page import MARK_LED_LINE, SAME_MAKER_WORKS, find_parent_tag, find_tags
from ..normalize import _ORG_ALIASES as _ORG_TABLE
from ..normalize import JA_HEARSAY, MAX_EVIDENCE, ORG_ALIASES, SERIES_SONG, artist_out_of_clause, clean, fold, may_contain_i, nfkc, org_key
from ..normalize import SERIES_RUN, title_was_its_artist

try:  # staff label -> English role (shared with the labelled-pairs extractor)
    from ..roles import known_role as _known_role
except Exception:  # pragma: no cover - roles.py is optional
    _known_role = None

# ====================================================================== names and small pieces
_UP = "A-ZÀ-ÖØ-ÞĀĒĪŌŪŚŠŽ"
_WORD = rf"[{_UP}](?:[\w'’\-]|\.(?=\w))*"                 # a capitalised word (no sentence-final dot)
_PERSON = rf"{_WORD}(?:[ \u00a0]{_WORD}){{1,3}}"            # two to four capitalised words
_CHAR = rf"(?:(?:Mr|Mrs|Ms|Dr|Prof|Sir|Lady|Lord|St)\.?[ \u00a0])?{_WORD}(?:[ \u00a0](?:{_WORD}|[0-9]+)){{0,3}}"    # one to four
_ORG = r"[A-Z0-9](?:[\w&'’!+\-]|\.(?=\w))*(?:[ \u00a0](?:[A-Z0-9](?:[\w&'’!+\-]|\.(?=\w))*))*"
_Q_OPEN = "\"“”「『‘'«"
_Q_CLOSE = "\"”“」』’'»"
_TITLE_Q = rf"[{_Q_OPEN}](?P<title>[^{_Q_CLOSE}]{{1,80}}?)[{_Q_CLOSE}]"

_LEAD_STOP = {"the", "a", "an", "and", "but", "meanwhile", "also", "while", "although", "however", "both",
              "actor", "actress", "singer", "voice", "newcomer", "veteran", "then", "finally", "plus",
              "fellow", "as", "with", "including", "joining", "alongside", "in", "on", "at", "for", "of",
              "this", "that", "it", "its", "new", "returning", "lastly", "additionally", "moreover", "so",
              "here", "there", "when", "after", "before", "if", "since", "our", "their", "his", "her",
              "director", "composer", "screenwriter", "writer", "designer", "producer", "animator", "returning",
              "chief", "series", "character", "acclaimed", "famed", "legendary", "star", "artist", "band", "group"}
_TRAIL_STOP = {"and", "the", "a", "an", "is", "will", "as", "in", "on", "at"}


_HEADLINE_WORDS = {"Casts", "Adds", "Reveals", "Announces", "Unveils", "Confirms", "Taps", "Hires", "Anime", "Film",
                   "Series", "Movie", "Season", "Cast", "Staff", "Also", "Joins", "Join", "Star", "Stars", "More", "New"}


def _tidy_name(name: str) -> str:
    """'GJ Club’s Yume Miyamoto' -> 'Yume Miyamoto'; drop sentence-initial glue words."""
    name = name.strip(" ,;:")
    for sep in ("’s ", "'s ", "s’ ", "s' "):
        if sep in name:
            name = name.rsplit(sep, 1)[1]
    words = name.split()
    for i in range(len(words) - 1, -1, -1):
        if words[i] in _HEADLINE_WORDS:   # "Tidebound Alchemist Anime Casts Yuki Sendo": the name follows the verb
            words = words[i + 1:]
            break
    while words and words[0].lower().strip(",") in _LEAD_STOP:
        words.pop(0)
    while words and words[-1].lower() in _TRAIL_STOP:
        words.pop()
    if words and words[-1].endswith(("’s", "'s")) and len(words[-1]) > 3:
        words[-1] = words[-1][:-2]   # "Director Noboru Kawatoko's first feature": the name, not its possessive
    return " ".join(words).strip(" ,;:")


def _before(text: str, end: int, size: int = 80) -> tuple[int, str]:
    """The `size` characters before `end`, starting at a word boundary: (offset, text)."""
    start = max(0, end - size)
    if start:
        sp = text.find(" ", start, end)
        start = sp + 1 if sp >= 0 else end
    return start, text[start:end]


def _actor_before(text: str, end: int, rx=None):
    """(name, start, end) of the person whose name ends right before `end`, or None."""
    off, win = _before(text, end)
    m = (rx or _ACTOR_END).search(win)
    if not m:
        return None
    return m.group("who"), off + m.start("who"), off + m.end("who")


class _Appos:
    """A role noun followed by a name ("composer Taisei Iwasaki"), with the word before the role."""

    __slots__ = ("_g", "_end")

    def __init__(self, g: dict, end: int):
        self._g, self._end = g, end

    def group(self, name: str):
        return self._g.get(name)

    def end(self) -> int:
        return self._end


_NEW_CLAUSE_AFTER = re.compile(r"\s+(?:is|are|was|will|has|had|also|handles|designs|composes|writes|directs|helms|"
                               r"oversees|takes|joins|returns|plays|voices|provides|creates|"
                               # "…, Kanta Y is handling series composition, Nanami O designed the characters": past tense too
                               r"designed|composed|wrote|directed|handled|oversaw|created|penned|scored|adapted|returned|joined)\b")


# "with A on series composition, B on character designs": B's own duty follows B (B is not the role before the comma)
_OWN_DUTY_AFTER = re.compile(r"\s+(?:on|handling|doing|composing|scoring|writing|designing|directing|in\s+charge\s+of)\s+(?:the\s+)?[a-z]")
_FORMER = re.compile(r"(?:first|previous|prior|former|original|ex|then|outgoing|earlier|1st|season[- ]one)(?:[- ]season)?$", re.I)


def _appos(text: str, raw: str = ""):
    """A role noun beside a name with no verb of its own: "composer Taisei Iwasaki" (the role before the name, with
    the word before the role), and in `raw` the forms of `_ROLE_APPOSITION` ("X, the character designer,", "the
    series' composer X", "from screenplays by X"), marked form="apposition" with the whole match."""
    owned = list(_ROLE_APPOSITION.finditer(raw)) if may_contain_i(raw, _APPOS_ROLE_WORDS) else []
    owned_pairs = {(re.sub(r"\s+", " ", m.group("role2").lower()), m.group("who2")) for m in owned if m.group("who2")}
    for r in (_ROLE_RX.finditer(text) if may_contain_i(text, _ROLE_TOKENS) else ()):
        who = _PERSON_AT.match(text, r.end())
        if not who:
            continue
        if (re.sub(r"\s+", " ", r.group("role").lower()), who.group()) in owned_pairs:
            continue   # "the series' composer X", "WORK's art director X": the owner's form below reads it
        pm = re.search(r"(\S+\s+)$", text[max(0, r.start() - 30):r.start()])
        if "," in text[r.end("role"):r.end()] and (_NEW_CLAUSE_AFTER.match(text, who.end()) or _OWN_DUTY_AFTER.match(text, who.end())):
            continue   # "… in charge of series composition, Leon Park handles the music": a new clause's subject
        yield _Appos({"pre": pm.group(1) if pm else None, "role": r.group("role"), "who": who.group()}, who.end())
    for m in owned:
        yield _Appos({"form": "apposition", "match": m, "who": m.group("who") or m.group("who2") or m.group("who3"),
                      "role": (m.group("role") or m.group("role2") or m.group("role3"))}, m.end())


_CREDIT_WORDS = {"director", "directors", "animation", "key", "storyboard", "episode", "design", "designer", "designs",
                 "music", "sound", "art", "producer", "producers", "composer", "script", "scripts", "screenplay",
                 "composition", "character", "characters", "editing", "editor", "original", "creator", "chief",
                 "assistant", "theme", "song", "opening", "ending", "cast", "staff", "studio", "production",
                 "photography", "color", "setting", "effects", "planning", "supervisor", "mechanical", "prop"}


def _tidy_char(name: str) -> str:
    """A character as written ('Sein’s Older Brother' stays whole); glue words at the edges dropped."""
    words = name.strip(" ,;:").split()
    while words and words[0].lower() in ("the", "a", "an", "and", "as"):
        words.pop(0)
    while words and words[-1].lower() in _TRAIL_STOP:
        words.pop()
    return " ".join(words)


def _trailing_person(text: str) -> str | None:
    """The last run of two to four capitalised words in `text` (descriptors before it are dropped)."""
    runs = list(re.finditer(_PERSON, text))
    if not runs:
        return None
    m = runs[-1]
    if text[m.end():].strip(" ,;:.") != "":
        return None
    name = _tidy_name(m.group())
    return name if len(name.split()) >= 2 else None


# parentheses: "(CV: X)" and "(+Ultra)" are kept where they matter; others usually name other works
_PAREN = re.compile(r"\s*[(（](?!\s*(?:CV|C\.V\.|VA|voiced|cv)\b)[^()（）]{0,160}[)）]")
_KNOWN_FOR = re.compile(r",?\s*(?:who\s+is\s+|who[’']s\s+|best\s+|also\s+|perhaps\s+|most\s+)?(?:known|famous|notable|remembered)"
                        r"\s+(?:for|from)\b[^;]*?(?=,\s+(?:and|while|with|has|have|had|is|are|was|will|who)\b|;|$|\.(?:\s|$)|"
                        # ("X, a veteran best known for OTHER, takes over as director": the aside ends at the predicate)
                        r",\s+(?:takes|joins|returns|serves|helms|directs|handles|leads|steps|comes|replaces|succeeds|becomes)\b)", re.I)


_KNOWN_WORDS = ("known", "famous", "notable", "remembered")   # one is in every _KNOWN_FOR match


def _strip_asides(text: str) -> str:
    if "(" in text or "（" in text:
        text = _PAREN.sub("", text)
    if may_contain_i(text, _KNOWN_WORDS):
        text = _KNOWN_FOR.sub("", text)
    return text


# ====================================================================== sentences
_SENT_SPLIT = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"”’)]))\s+(?=[\"“‘(「『]?[A-Z0-9À-ÖØ-ÞĀŌŪ\u3040-\u30ff\u4e00-\u9fff])|(?<=[。！？])")
# _SENT_SPLIT's split points in a text without 。！？ (its last branch cannot match there), written to start
# with the space: the search then skips to each whitespace character instead of trying lookbehinds everywhere
_SENT_SPLIT_LATIN = re.compile(r"\s(?:(?<=[.!?]\s)|(?<=[.!?][\"”’)]\s))\s*(?=[\"“‘(「『]?[A-Z0-9À-ÖØ-ÞĀŌŪ\u3040-\u30ff\u4e00-\u9fff])")
_ABBREV_END = re.compile(r"(?:\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mr|Mrs|Ms|Dr|St|vs|No|Vol|"
                         r"ep|Ep|eps|Jr|Sr|Inc|Ltd|Co|approx|etc|U\.S|U\.K|e\.g|i\.e)\.|\b[A-Z]\.)$")


def split_sentences(text: str) -> list[str]:
    # every split point follows a . ! ? 。 ！ or ？: without one the text is one part
    if "。" in text or "！" in text or "？" in text:
        parts = _SENT_SPLIT.split(text)
    elif "." in text or "!" in text or "?" in text:
        parts = _SENT_SPLIT_LATIN.split(text)
    else:
        parts = [text]
    out: list[str] = []
    for p in parts:
        if not p or not p.strip():
            continue
        if out and _ABBREV_END.search(out[-1]):
            out[-1] = out[-1] + " " + p.strip()
        else:
            out.append(p.strip())
    return out


_HIRAGANA = re.compile(r"[\u3041-\u309f]")
_JA_COMMA = re.compile(r"(?<=[\u3041-\u30ff\u4e00-\u9fff々」』])\s*,\s*|\s*,\s*(?=[\u3041-\u30ff\u4e00-\u9fff々「『])")


def _ja_commas(text: str) -> str:
    """Some Japanese sites punctuate with the full-width comma (，, NFKC ","): read it as 、 so that
    「Aさん，B役のCさん」 splits as 「Aさん、B役のCさん」 does; only a comma touching Japanese ("1,000" and an English
    sentence next to a Japanese title keep theirs)."""
    if "," not in text or not _HIRAGANA.search(text):
        return text
    return _JA_COMMA.sub("、", text)


@dataclass(slots=True)
class _Sent:
    text: str           # NFKC
    block: int          # index of the block it came from
    section: int        # index of the heading above it (-1: before the first heading)
    mentions: bool      # names the work
    prev_season: bool = False   # speaks of an earlier season ("the first season aired in 2015")
    block_mentions: bool = False
    heading: bool = False


# ====================================================================== vocabulary
_OTHER_SPACE = re.compile(r"[^\S ]")   # whitespace other than a plain space


def _may_hold(text: str, words: tuple[str, ...]) -> bool:
    """False only when no re.IGNORECASE match needing one of `words` can be in `text` (may_contain_i; a word with
    spaces around it also found between tabs or line breaks)."""
    if may_contain_i(text, words):
        return True
    return _OTHER_SPACE.search(text) is not None and may_contain_i(" ".join(text.split()), words)


_NEG = re.compile(
    r"\b(?:not\s+(?:yet\s+)?(?:been\s+)?(?:announced|revealed|confirmed|known|disclosed|set|decided|given)|"
    r"(?:has|have|had)n[’']t\s+(?:yet\s+)?(?:been\s+)?(?:announced|revealed|confirmed|set|shared|given)|"
    r"(?:has|have)\s+yet\s+to\s+(?:be\s+)?(?:announce|reveal|confirm|set|share|give|receive)|"
    r"yet\s+to\s+be\s+(?:announced|revealed|confirmed|determined)|"
    r"no\s+(?:word|news|details|information|info)\s+(?:yet\s+)?(?:on|about|regarding)|"
    r"(?:don|doesn|didn)[’']t\s+(?:yet\s+)?(?:have|know)|do\s+not\s+(?:yet\s+)?(?:have|know)|"
    r"no\s+(?:specific|exact|official|concrete|firm|confirmed)?\s*(?:release|premiere|air|broadcast)?\s*date\s+(?:yet|has|for)|"
    r"TBA|TBD|to\s+be\s+(?:announced|determined|confirmed)|unknown|undisclosed|unannounced|"
    r"remains?\s+to\s+be\s+seen|rumou?r(?:ed|s)?|speculat\w+|predict\w*|likely|could\s+(?:be|arrive|return)|"
    r"might|may\s+(?:be|arrive|return|premiere)|hopefully|possibly|perhaps|expect(?:ed)?\s+(?:it|that)|guess)\b"
    r"|未定|未発表|未公開|調整中|近日発表"
    + "|" + JA_HEARSAY.pattern,   # a reader's hearsay (normalize.JA_HEARSAY)
    re.I,
)
# every _NEG match holds one of these words, or "to be" with one of _NEG_TO_BE ("to be announced"): most
# sentences hold none, and a few `in` tests are cheaper than the search
_NEG_WORDS = ("not", "n't", "n’t", "yet", "word", "news", "detail", "info", "date", "tba", "tbd", "unknown", "undisclosed",
              "unannounced", "remain", "rumo", "speculat", "predict", "likely", "could", "might", "may", "hopefully",
              "possibly", "perhaps", "expect", "guess", "未定", "未発表", "未公開", "調整中", "近日発表", "らしい", "聞い", "噂", "かもしれ", "って")
_NEG_TO_BE = ("announced", "determined", "confirmed")


# a showing said not to happen ("was not screened at X as planned", "won't be shown", "the screening was cancelled",
# 「上映は中止」「上映されなかった」「上映を見送る」) or told of an earlier work ("her earlier series", "the studio's previous
# film"): read near the event's name, every premiere_event reader's fact passes it (`_Run.add`)
_EVENT_NEG = re.compile(
    r"\b(?:not|never|no\s+longer)\s+(?:be\s+|been\s+|being\s+|get\s+|go\s+)?(?:screened|shown|premiered|held|presented|played|"
    r"unveiled|debuted|screen|show|premiere|happen|go\s+ahead)\b|"
    r"\b(?:wasn|weren|isn|won|didn|hasn|haven|aren)[’']t\s+(?:be\s+|been\s+|being\s+|get\s+)?(?:screen|show|premiere|held|present|"
    r"play|unveil|debut|happen|go\s+ahead)\w*|\b(?:cancell?ed|called\s+off|scrapped|pulled\s+from)\b|"
    r"(?:上映|上演|披露|公開|開催)(?:は|が|を)?(?:中止|見送|取りやめ|取り止め|されなかった|されず|しなかった|せず)", re.I)
_EVENT_OF_EARLIER = re.compile(
    r"\b(?:her|his|their|its|the\s+(?:studio|director|author|creator|team)[’']s)\s+(?:earlier|previous|prior|last|past|former)\s+"
    r"(?:series|film|movie|feature|work|show|project|anime|title|short|season)s?\b", re.I)
_EVENT_CLAUSE_CUT = re.compile(r"[;；。]|\.\s|,\s+(?:but|while|though|whereas|and\s+(?:the|a|its)\s+(?:second|next|other|rest))\b|しかし|一方")
_EVENT_GUARD_WORDS = ("not", "never", "n't", "n’t", "cancel", "called off", "scrapped", "pulled", "中止", "見送", "取りや",
                      "取り止", "なかった", "されず", "せず", "earlier", "previous", "prior", "last", "past", "former")


def _event_not_ours(evidence: str, event: str) -> bool:
    """Does the evidence, near the event's name, say the showing did not happen or was another (earlier) work's?"""
    if not evidence or not may_contain_i(evidence, _EVENT_GUARD_WORDS):
        return False
    pos = evidence.find(event) if event else -1
    if pos < 0:
        near = evidence
    else:   # (the event's own clause: "…; the second episode was not shown" tells of another showing)
        before, after = evidence[max(0, pos - 140):pos], evidence[pos + len(event):pos + len(event) + 100]
        cuts = [m.end() for m in _EVENT_CLAUSE_CUT.finditer(before)]
        end = _EVENT_CLAUSE_CUT.search(after)
        near = before[cuts[-1] if cuts else 0:] + event + after[:end.start() if end else len(after)]
    return _EVENT_NEG.search(near) is not None or _EVENT_OF_EARLIER.search(near) is not None


def _may_negate(text: str) -> bool:
    """False only when _NEG cannot match in `text`."""
    return may_contain_i(text, _NEG_WORDS) or (may_contain_i(text, _NEG_TO_BE) and _may_hold(text, (" be ",)))


_CLAUSE_SPLIT = re.compile(r"[;:]\s+|,\s+(?=(?:but|though|although|however|while|whereas|so|and\s+so|and\s+(?:we|it|there|fans|the\s+(?:release|premiere)))\b)|"
                           r"\s+(?=(?:but|although|though|however)\b)|(?<=[.!?])(?<![A-Z]\.[A-Z]\.)(?<![ap]\.m\.)(?<!Mr\.)(?<!Ms\.)(?<!Dr\.)(?<!\s[A-Z]\.)\s+")

_ANAPHORA = re.compile(
    r"(?=[it])"   # every match starts with i or t: most positions fail at one class test, not at each alternative
    r"\b(?:it|its|it’s|it's|they|their|"
    r"the\s+(?:(?:new|upcoming|original|anticipated|highly[\s-]anticipated|forthcoming|brand[\s-]new|"
    r"sci-fi|mecha|tv|television|anime|animated|second|third|fourth|final|next|new|sequel|\d+(?:st|nd|rd|th)|"
    # "the 12-episode series", "the two-cour anime": its length before the noun
    r"\d{1,3}-(?:episode|part|cour)|(?:one|two|three|four)-(?:part|cour))\s+)*"
    r"(?:anime|series|show|film|movie|project|adaptation|season|sequel|title|work|production|cour|installment|part)|"
    # "the cozy supernatural comedy", "the lantern-lit fantasy": a genre noun after up to three adjectives
    r"the\s+(?:(?!(?:first|previous|prior|last|earlier|original|other|manga|novel|light|web|game)\b)[a-z][\w-]*\s+){1,3}"
    r"(?:comedy|drama|fantasy|romance|thriller|rom-com|romcom|mystery|adventure|saga|tale|story|isekai|mecha|sci-fi)|"
    r"this\s+(?:\w+\s+)?(?:anime|series|show|film|movie|project|adaptation|season|title))(?:[’']s?)?\b",
    re.I,
)
# things whose dates are not the work's release
# a paragraph that opens with the work as its subject ("The series premieres …", "It is animated by …")
_LEAD_ANAPHORA = re.compile(r"(?:The|This|Its)\s+(?:(?:new|upcoming|TV|television|anime|animated|\d{1,3}-episode)\s+)*(?:series|anime|show|film|movie|adaptation)\b|It\s+(?:is|will|was|has)\b")
# a clause with no subject of its own ("…, but will now premiere …") and the "but" that opened it
_VERB_FIRST = re.compile(r"\s*(?P<but>but\s+)?(?:will|is|are|has|have)\b")
_BUT_BEFORE = re.compile(r"(?:,\s*|\s)but\s*$")
_EPISODES_OBJ = re.compile(r"\b(?:stream|simulcast|carry|offer|air|distribute|add|upload|put(?=\s+up|\s+out)|releas|drop|list)\w*\s+"
                           r"(?:up\s+|out\s+)?(?:(?:new|all|each|every|the|its|weekly|subbed|dubbed)\s+)*episodes?\b", re.I)   # ("will add the episodes from …")
_OTHER_THING = re.compile(
    r"\b(?:(?:first|previous|prior|last|earlier|original|1st|former)\s+(?:season|series|anime|installment|cour|film|movie|part)|"
    r"season\s+(?:one|1)\b|manga|light\s+novel|novels?|web\s+novel|volumes?|chapters?|magazine|serializ\w+|"
    r"published|Blu-?ray|DVDs?|CDs?|album|single|soundtrack|vinyl|game|stage\s+play|musical|live-action|"
    r"events?|screenings?|screened|panel|convention|livestream|live\s+stream|special\s+program|"
    r"trailers?|teasers?|PVs?|promotional\s+video|promo\s+video|commercial|key\s+visual|visual|poster|"
    r"music\s+(?:clip|video)|website|Twitter|account|announcement|announced|revealed|unveiled|confirmed\s+on|"
    r"originally|initially|was\s+(?:originally\s+)?(?:scheduled|slated|planned|set)|had\s+(?:been\s+)?(?:originally\s+)?"
    r"(?:scheduled|slated|planned|set)|launched|ended|concluded|finished)\b",
    re.I,
)
# a date the work was popular in, not one it came out on: "hit" as a noun ("one of the surprise hits of fall 2024",
# "the breakout hit of spring 2023") or a reception noun between the verb and the date ("topped streaming charts in
# winter 2024", "airing to record ratings in", "streaming views in")
_HIT_AS_NOUN = re.compile(r"^\s*(?:of|among)\b", re.I)
_RECEPTION_GAP = re.compile(r"\b(?:charts?|rankings?|ratings|polls?|views|viewership|awards?|best-?sellers?|most-watched)\b", re.I)


# a sentence opening on a pointer back to what the sentence before named (「こちらは」「同作は」「そちらも」「なお、こちらは」)
_JA_POINTER_TOPIC = re.compile(r"^\s*(?:(?:なお|また|ちなみに)[、,]?\s*)?(?:こちら|そちら|同作品?|同タイトル|同シリーズ)(?:は|も|では|でも|の)")
# another title with its making in the sentence before (「「骨董屋ミカヅキ」のTVアニメ化も発表」「劇場版『X』の制作が決定」「新作『X』」)
_JA_ANNOUNCED_TITLE = re.compile(r"(?:劇場版|劇場アニメ|映画|TVアニメ|テレビアニメ|OVA|新作|続編)\s*[「『](?P<a>[^」』]{2,40})[」』]|"
                                 r"[「『](?P<b>[^」』]{2,40})[」』]\s*(?:の|が|も)?\s*(?:(?:TV|テレビ)?アニメ化|映画化|舞台化|ドラマ化|"
                                 r"続編|新作|劇場版|(?:TV|テレビ)アニメ)")


_REL_VERB = re.compile(
    r"\b(?:(?:premiere|release|broadcast|air)\s+date\s+(?:for\s+[^,.;]{1,60}?\s+)?(?:is|will\s+be|has\s+been\s+set\s+(?:for|as))|"
    r"debut(?:s|ed|ing)?|premier(?:e|es|ed|ing)|air(?:s|ed|ing)?|broadcast(?:s|ing)?|launch(?:es|ed|ing)?|"
    r"releas(?:e|es|ed|ing)|arriv(?:e|es|ed|ing)|return(?:s|ed|ing)?|start(?:s|ed|ing)?|begin(?:s|ning)?|began|"
    r"hit(?:s|ting)?|come\s+out|comes\s+out|drop(?:s|ped|ping)?|stream(?:s|ed|ing)?|open(?:s|ed|ing)?|kick(?:s|ed|ing)?\s+off|"
    # a service's own start: "the first episode lands on Netflix on", "will make it available on", "has listed the season for"
    r"land(?:s|ed|ing)?(?=\s+on\s+[A-Z][\w+-]*(?:\s+[A-Z][\w+-]*)?\s+(?:on|from|starting|in|this|next)\s)|"
    r"(?:make|makes|making|made)\s+(?:it|them|the\s+(?:new\s+)?(?:season|series|anime|show|film|movie))\s+available|"
    r"list(?:s|ed|ing)?\s+(?:it|the\s+(?:new\s+)?(?:season|series|anime|show|film|movie))\s+for|"
    # a service's own run: "will add the episodes from", "begin adding episodes worldwide on", "puts up new episodes from"
    r"(?:add(?:s|ed|ing)?|upload(?:s|ed|ing)?|put(?:s|ting)?\s+up)(?=\s+(?:(?:new|each|every|all|its|weekly|the)\s+)*episodes?\b)|"
    r"run(?:s|ning)?|(?:set|slated|scheduled|planned|slotted|due|coming|expected|confirmed|dated)\s+(?:for|to|in|on|this|next)|"
    r"delayed|postponed|pushed\s+back|moved|rescheduled|"
    r"bring(?:s|ing)?\s+(?:it|the\s+(?:film|movie|anime|series))\s+to\s+(?:[\w.]+\s+){0,4}?(?:theaters|theatres|cinemas|screens))\b",
    re.I,
)
# "opening of Paper Lantern Derby", "opening theme for “Y”": a song's noun, then the title it belongs to
_SONG_OF_TITLE = re.compile(r"\s*(?:theme\s+|song\s+)*(?:of|for|to)\s+(?P<t>[“\"«A-Z][^,;]{0,60})")
# "streams| new episodes from |January 12", "will stream| each episode two days ahead of the TV broadcast, starting |…":
# the run of episodes a service starts, not one episode's date
_EPISODES_RUN_GAP = re.compile(r"\s*(?:(?:new|each|every|all|its|weekly|the)\s+)*(?:new\s+)?episodes?\b[^.;:]{0,50}?"
                               r"(?:from|starting|beginning|on)\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?", re.I)
# "ahead of TV", "two days before the TV airing", "after its TV broadcast": television as the yardstick of a service's
# own start, not a station that airs the date
_TV_AS_YARDSTICK = re.compile(r"\b(?:ahead\s+of|before|after|following|prior\s+to|earlier\s+than|than)\s+(?:the\s+|its\s+|their\s+)?"
                              r"(?:Japanese\s+|terrestrial\s+)?TV\b(?:\s+(?:run|broadcast|airing|premiere|debut|showing))?", re.I)
# "the first two seasons", "Seasons 1 and 2": several earlier seasons at once
_EARLIER_SEASONS = (r"\b(?:first|previous|prior|last|earlier|past|original)\s+(?:two|three|four|five|[2-9])\s+(?:seasons|series|cours)\b|"
                    r"\b[Ss]easons\s+(?:1|one)\s*(?:,|and|&|-|–|through|to)\s*(?:[2-9]|two|three)\b")
_PREV_SEASON = re.compile(r"(?=[fpleos1第前一])(?:"   # its words' first letters: one class test per position
                          + _EARLIER_SEASONS + r"|\b(?:first|previous|prior|last|earlier|original|1st)\s+(?:season|series|cour|installment|anime\s+season)\b|"
                          r"\b[Ss]eason\s+(?:one|1)\b|第\s*[1１一]\s*期|前作|1期|一期)", re.I)
# another production of the franchise told in the past: "previously received a 10-minute promotional short directed
# by X", "inspired a voice comic in 2022", "an OVA produced by Studio Y was bundled earlier": its credits are not the work's
_OTHER_PRODUCTION = re.compile(
    r"\b(?:(?:anime|animated|promotional|promo|web|pilot|special|commemorative|anniversary|bonus)\s+(?:anime\s+)?shorts?|"
    r"short\s+(?:web\s+|promotional\s+|original\s+)?(?:anime|film|video|animation)|\d+-(?:minute|second)\s+(?:[\w-]+\s+){0,2}?(?:shorts?|video|film|anime|clip)|"
    r"OVAs?|OADs?|ONAs?|pilot\s+(?:film|episode|video)|voice\s+comics?|motion\s+comics?|drama\s+CDs?|audio\s+drama|voice\s+dramas?|"
    # (an installment named by its relation to the work: "the prequel film", "a spin-off series")
    r"(?:prequel|spin-?off)\s+(?:anime\s+)?(?:film|movie|series|anime|special|short|episode)s?|"
    r"stage\s+(?:play|adaptation|musical)|live-action\s+(?:film|series|drama|adaptation|movie))\b", re.I)
_OTHER_PRODUCTION_PAST = re.compile(r"\b(?:previously|earlier|formerly|already|once|received|inspired|spawned|got|"
                                    r"(?:was|were)\s+(?:bundled|voiced|played|directed|produced|animated|released|staged|performed)|opened|"
                                    r"(?:in|back\s+in)\s+(?:19|20)\d\d|(?:19|20)\d\d\s+(?:[\w-]+\s+){0,2}?(?:shorts?|OVA|OAD|ONA|voice\s+comic|voice\s+drama|"
                                    r"motion\s+comic|drama\s+CD|audio\s+drama|stage|musical|pilot|live-action))\b", re.I)


_WHO_PAST_ASIDE = re.compile(r",\s+who\s+(?:also\s+|previously\s+|once\s+)?(?:scored|directed|wrote|voiced|played|designed|composed|"
                             r"animated|adapted|starred|worked)\b[^;]*?(?=,\s|;|\.\s|\.?$)")
# a word every _OTHER_PRODUCTION match holds: most sentences hold none, and a few `in` tests are cheaper than the search
_OTHER_PRODUCTION_WORDS = ("short", "-minute", "-second", "ova", "oad", "ona", "pilot", "comic", "drama", "stage", "live-action",
                           "prequel", "spin")


# a song's owner named just before its kind: another installment's ("The TV series' opening", "the first film's ending",
# "the original anime's theme", "Season 1's opening"): "earlier" marks one that is earlier by its own words
_INSTALLMENT_OWNER = re.compile(r"\b(?:(?P<earlier>(?:first|previous|prior|earlier|last|original)\s+(?:film|movie|season|series|anime)|"
                                r"[Ss]eason\s+(?:1|one))|(?:TV|television|anime|TV\s+anime)\s+series|TV\s+anime)[’']s?\s+"
                                r"(?:(?:new|main|first|second|\d(?:st|nd|rd|th))\s+)?$", re.I)
_FILM_WORD = re.compile(r"\b(?:the|this)\s+(?:new\s+|upcoming\s+|animated\s+|anime\s+)?(?:film|movie|feature)\b|劇場版|映画")
_FILM_NAME = re.compile(r"劇場版|映画|劇場アニメ|\bmovie\b|\bfilm\b", re.I)   # a work named as a film
_SERIES_WORD = re.compile(r"\b(?:the|this)\s+(?:new\s+|upcoming\s+|tv\s+|anime\s+)?(?:series|show|season)\b(?!['’])")


# another title credited in a sentence: the subject of a passive credit ("Velvet Hound Detective Agency is animated by
# Studio Falx", "X, which premieres January 15, is directed by Y", "Also airing Fridays: X, animated by …", "X comes
# from Studio F") or the object of an active one ("Studio F animates X", "the studio behind X"); a title is two to
# eight capitalised words (small words between them: "of", "the", "and")
_TITLE_RUN = rf"{_WORD}(?:[ \u00a0](?:(?:of|the|and|a|an|in|on|for|to|no|wa|ga|de|&)[ \u00a0])?{_WORD}){{1,7}}"
_TITLE_CREDITED = re.compile(
    rf"(?:^|[:;]\s+|(?:Meanwhile|Elsewhere|Also|Separately|Likewise),\s+)(?P<t1>{_TITLE_RUN})"
    r"(?:,\s+(?:which|who|whose)\s[^,;]{1,80},)?"
    r"(?:\s+(?:is|was|will\s+be|has\s+been|had\s+been|are|were)\s+(?:also\s+|being\s+|again\s+)?"
    r"(?:animated|co-animated|directed|produced|helmed|created|adapted)\s+(?:by|at)\b|"
    r",\s+(?:animated|co-animated|directed|produced|helmed)\s+by\b|\s+comes?\s+from\b|\s+(?:came|is\s+coming)\s+from\b)|"
    # (present tense only: "X, who helmed OTHER, is directing" is a past credit of this work's director)
    # ("the studio behind OTHER is back with …" describes this work's studio: no such object)
    rf"\b(?:animates|is\s+animating|produces|is\s+producing|helms|is\s+helming|directs|is\s+directing)\s+"
    rf"(?P<t2>{_TITLE_RUN})(?![’']s?\b|[ \u00a0]{_WORD})")
# the words every _TITLE_CREDITED match holds (its verbs): a sentence without one is no such credit
_TITLE_CREDIT_WORDS = ("animat", "direct", "produc", "helm", "created", "adapted", "comes from", "came from", "coming from")
# a capitalised run at a sentence's start that is no title ("The", "Its", "Season Two", a month)
_NOT_A_TITLE_LEAD = re.compile(r"(?:The|This|That|These|Its|It|Their|Both|Each|Every|All|Season|Episode|Part|Director|Studio|"
                               # (a credited duty or department: "Character Designs are created by …", "Distribution in Japan …")
                               r"Character|Series|Music|Sound|Art|Animation|Colou?r|Distribution|Production|Screenplay|Script|"
                               r"Original|Theme|Opening|Ending|Chief|Assistant|Executive|Main|English|Japanese|Dub|Voice|Casting|"
                               r"Key|Mechanical|Prop|Photography|Editing|CG|3DCG|Overseas|International|Worldwide|Home|Streaming|"
                               r"January|February|March|April|May|June|July|August|September|October|November|December)\b")


def _may_credit_a_title(text: str) -> bool:
    return may_contain_i(text, _TITLE_CREDIT_WORDS)


def _other_production(text: str) -> bool:
    """A sentence that tells of an earlier short, OVA, voice comic or stage play of the franchise (its credits are its own)."""
    if not may_contain_i(text, _OTHER_PRODUCTION_WORDS) or _OTHER_PRODUCTION.search(text) is None:
        return False
    if ", who " in text:   # "The music is by X, who scored the director's earlier short film": X's past, not the sentence's
        text = _WHO_PAST_ASIDE.sub("", text)
        if _OTHER_PRODUCTION.search(text) is None:
            return False
    marks = [m.group().lower() for m in _OTHER_PRODUCTION_PAST.finditer(text)]
    if marks and all(re.match(r"(?:(?:back\s+)?in\s+)?(?:19|20)\d\d", m) for m in marks):
        return _FUTURE.search(text) is None   # "a short anime will premiere in 2027": a year alone, told as coming
    return bool(marks)


_ANY_DIGIT = re.compile(r"\d")
# a month's name at a word's start: the word boundary is asked after the three letters (no word character
# right before them: (?<!\w\w\w\w)), so re skips by the names' first letters instead of asking \b everywhere
_MONTH_HINT = re.compile(r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)(?<!\w\w\w\w)")
_PAST_NET = re.compile(r"\b(?:streamed|aired|broadcasted|simulcasted|ran|premiered|was\s+(?:streamed|simulcast|broadcast|aired|available)|"
                       r"were\s+(?:streamed|simulcast|broadcast|aired)|had\s+(?:streamed|aired)|began\s+(?:airing|streaming))\b", re.I)
_REL_KEYS = ("debut", "premier", "air", "broadcast", "launch", "releas", "arriv", "return", "start", "begin", "began",
             "hit", "come", "drop", "stream", "open", "run", "slate", "schedul", "set ", "due", "coming", "date",
             "delay", "postpon", "push", "moved", "window", "kick", "bring", "follow", "pick", "add", "upload", "put up",
             "land", "available", "list")
_REL_KEYS_JA = ("放送", "配信", "公開", "放映", "開始", "スタート", "オンエア")


_REL_KEYS_RX = re.compile("|".join(re.escape(k) for k in _REL_KEYS))
_REL_KEYS_JA_RX = re.compile("|".join(re.escape(k) for k in _REL_KEYS_JA))


def _rel_hint(text: str, low: str) -> bool:
    # (any(k in low for k in _REL_KEYS) or any(k in text for k in _REL_KEYS_JA), in one pass each)
    return _REL_KEYS_RX.search(low) is not None or _REL_KEYS_JA_RX.search(text) is not None


# the sentence after a date that drops it: "That is no longer the plan.", "But that plan has been shelved.", "However, that
# date has been scrapped.", "That's no longer the case.", 「しかし、その予定は変更となった」
_PLAN_DROPPED_NEXT = re.compile(r"(?:(?:but|however|now)\s*,?\s*)?(?:that|this|the|those)(?:\s+(?:original\s+)?(?:plan|date|schedule|window|"
                                r"timeline|premiere|target))?(?:[’']s|\s+(?:is|was|has|had|have)(?:\s+(?:now|since|already))?)\s+"
                                r"(?:no\s+longer\b|(?:been\s+)?(?:scrapped|abandoned|shelved)\b)|"
                                r"(?:しかし|だが|ところが)?[、,]?\s*(?:その|この)(?:予定|計画|日程|スケジュール)(?:は|が)[^。]{0,12}?(?:変更|白紙|見送|延期|中止)"
                                r"(?![はがもに]?\s*(?:な[いし]|無[いし]|ありません|しない|せず|されない|されず))", re.I)
# a word that names songs in a short title line (「第1期 主題歌」, "Season 1 Theme Songs", 「前作の楽曲」)
_SONG_LABEL_WORD = re.compile(r"主題歌|テーマ|楽曲|\b(?:OP|ED|opening|ending|themes?|songs?)\b", re.I)


def _bare_song_label(text: str) -> bool:
    """「ENDING THEME」「エンディングテーマ」 alone (no quoted title): a label of its own, this season's unless it says."""
    return len(text) <= 40 and not re.search(r"[「『\"“]", text) and _SONG_LABEL_WORD.search(text) is not None


def _prev_season(text: str) -> bool:
    low = text.lower()
    if not ("season" in low or "series" in low or "cour" in low or "install" in low or "期" in text or "前作" in text):
        return False
    return bool(_PREV_SEASON.search(text))


# a season written in kanji or katakana (「第二期」「シーズン1」「2ndシーズン」「セカンドシーズン」「第1シーズン」): the season
# readers below read 「第N期」 (the group names are the ones `tracker.page._season_number_of` reads)
_SEASON_SPELLED = re.compile(r"第\s*(?P<k>[一二三四五六])\s*期|第\s*(?P<d>\d{1,2})\s*シーズン|シーズン\s*(?P<a>\d{1,2})(?!\d)|"
                             r"(?P<b>\d{1,2})\s*(?:st|nd|rd|th)\s*シーズン|(?P<kw>ファースト|セカンド|サード|フォース|フィフス)\s*シーズン")


def _season_in_digits(text: str) -> str:
    """`text` with its season marks written 「第N期」, so one reading of 期 serves every spelling."""
    if "シーズン" not in text and "期" not in text:
        return text
    from ..page import _season_number_of

    return _SEASON_SPELLED.sub(lambda m: f"第{_season_number_of(m) or '?'}期", text)


# a topic marker naming a season or the sequel: 「第2期は」「第2期では」「続編は」「新シリーズでは」「本作は」 (whose season it is,
# `_ja_own_topic_at` decides)
_JA_OWN_TOPIC = re.compile(r"(?:(?P<n>第\s*\d{1,2}\s*期)|続編|新シリーズ|本作|今作)(?:で|において)?[はも]")
# a paragraph's topic, an earlier season: 「第1期は2025年4月から…」「前作では…」
_JA_EARLIER_TOPIC = re.compile(r"(?:第\s*\d{1,2}\s*期|前作|前期)(?:シリーズ)?(?:は|では)")


def _without_carried_over(text: str) -> str:
    """「第1期に引き続き、Xさんが…を演じる」: this season's credit, carried over; the earlier season it names is not
    what the sentence is about."""
    if ("続" in text or "同" in text or "代" in text or "替" in text) and "期" in text or "前作" in text:
        return _JA_CARRIED_OVER.sub("", text)
    return text


# 「第1期に引き続き」「前作から続投」「第1期に続いて」「第1期と同じく」「第1期同様」: an earlier season named only as what
# the credit carries over from
_JA_CARRIED_OVER = re.compile(r"(?:第\s*[1１一]\s*期|前作|1期|一期)(?:(?:に|から)(?:引き続き|続き|続いて|続投)|と同じく|同様に?|"
                              r"[のでを][^、。「」『』]{0,16}?(?:に代わ(?:り|って)|に替わ(?:り|って)|から(?:交代|バトンタッチ|引き継)|"
                              r"から[^、。「」『』]{1,16}?[にへ](?:交代|バトンタッチ)))")   # (「第1期のAに代わり」: a handover)


_WEEKDAY_WORD = re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day")
_LATE_AFTER = re.compile(r"(?:\s+on\s+[^.,;()]{1,30}?)?\s*,?\s*(?:at\s+)?(?P<hh>\d{1,2}):[0-5]\d")
_DELAY = re.compile(r"\b(?:delayed|postponed|pushed\s+(?:back|out)|moved|rescheduled|shifted)\b", re.I)
# the delay verb right before "from DATE": what the date is moved away from ("delayed from this fall", "pushed back
# from October"), whether or not a new date follows
_DELAYED_FROM = re.compile(r"\b(?:delayed|postponed|pushed\s+(?:back|out)|moved|rescheduled|shifted)\s+(?:again\s+|once\s+more\s+)?"
                           r"from\s+(?:the\s+)?(?:this\s+|next\s+)?(?:(?:early|mid|late)[- ])?$", re.I)
_FROM_PLANNED = re.compile(r"\bfrom\s+(?:the\s+|its\s+|their\s+)?(?:(?:previously|originally|initially)\s+)?(?:planned|scheduled|slated|"
                           r"announced|targeted|intended)\s+(?:(?:early|mid|late)[- ])?$", re.I)
_STALE_BEFORE = re.compile(r"\b(?:originally|initially|previously|first|was\s+(?:scheduled|slated|planned|set|due)|"
                           r"had\s+been)\b[^.;]*$", re.I)
# "… ends on the reveal of the premiere window: Spring 2027, on MBS": a release label, then the date after its colon
# "The trailer follows a teaser released in August 2026": the teaser's own month, written with its year
_TEASER_RELEASED_IN = re.compile(r"\bteaser(?:\s+(?:trailer|PV|video))?\s*,?\s+(?:which\s+|that\s+)?(?:was\s+)?(?:released|revealed|unveiled|"
                                 r"published|posted|shared|dropped|debuted|came\s+out)\s+(?:back\s+)?in\s+(?:early\s+|mid-?\s*|late\s+)?"
                                 r"(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:19|20)\d\d\b", re.I)
# "The site also began streaming the second PV", "… also posted a new trailer": a video put out with the news
_ALSO_PUT_OUT = re.compile(r"\balso\s+(?:began|started)\s+(?:streaming|airing|showing)|\balso\s+(?:released|posted|unveiled|revealed|"
                           r"shared|premiered|published|debuted|dropped|uploaded|put\s+(?:up|out))\b", re.I)
# "The PV reveals a spring 2027 premiere", "the trailer confirms an April 9 debut": what a video reveals is the work's
_REVEALS_OBJ = re.compile(r"\b(?:reveal|confirm|announc|unveil|teas)(?:e|s|es|ed|ing)?\s+(?:a|an|the|its)\s+(?:(?:early|mid|late)[- ]?\s*)?$", re.I)
# an article's dated update note opening its paragraph: "Update (November 19, 2026): …", "UPDATE 11/19/2026: …"
_UPDATE_NOTE = re.compile(r"\s*(?:Update[d]?|UPDATE[D]?)\s*(?:\(\s*(?P<d>[^()]{4,30}?)\s*\)|(?:on\s+)?(?P<d2>[^:()]{4,30}?))\s*[:：]")
# "The new premiere is Wednesday, January 6", "Broadcast is set for January 2027 on …": the premiere itself the
# subject, in a paragraph about the work
# ("The official site lists the debut as Saturday, July 3", "the schedule gives the premiere date as …": a listing's
# reporter, then the premiere as its object)
_BARE_REL_NOUN = re.compile(r"\s*(?:[^,.;]{1,40}?\s(?:lists?|listed|gives?|gave|puts?|shows?|showed)\s+(?=(?:the|its)\s))?"
                            r"(?:(?:the|its)\s+)?(?:new\s+|official\s+|tv\s+|television\s+)*(?:premiere|broadcast|debut|airing)"
                            r"(?:\s+date)?\s+(?:is|will\s+be|as|at)\s+(?:now\s+)?(?:(?:set|slated|scheduled|planned)\s+(?:for|on)\s+)?(?:on\s+)?"
                            r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?", re.I)
_REL_LABEL_BEFORE = re.compile(r"\b(?:premiere|release|broadcast|air|debut)\s+(?:window|date|schedule)\s*:\s*$", re.I)
_REL_LABEL_END = re.compile(r"\b(?:premiere|release|broadcast|air|debut)\s+(?:window|date|schedule)$", re.I)
_REL_NOUN_AFTER = re.compile(r"^\s*(?:[\w’'-]+\s+){0,2}?(?:release(?:\s+date)?|premiere(?:\s+date)?|debut|launch|"
                             r"broadcast|opening\s+date|air\s+date|TV\s+premiere|theatrical\s+release|start|rollout|roll-out)\b", re.I)
_BAD_BEFORE_DATE = re.compile(r"\b(?:back|since|revealed|announced|unveiled|published|launched|held|(?<!be\s)(?<!been\s)(?<!being\s)released|"
                              r"posted|screened|streamed|ran|ended|began\s+serializ\w*)\s+(?:in|on|during)?\s*$"
                              r"|\b(?:as\s+of|through|between|until|till|ends?|ending)\s+$", re.I)
# (?=…): the first letters a match starts with, a cheap test at each position before the alternatives
_WAS_SAID = re.compile(r"\b(?:was|were|went|has\s+been|have\s+been|had\s+been)\b", re.I)
_FUTURE = re.compile(r"(?=[wiacudpmrsl])\b(?:will|is\s+(?:set|slated|scheduled|due|expected|going)|are\s+(?:set|slated|scheduled)|"
                     r"coming|upcoming|delayed|postponed|pushed|moved|rescheduled|planned|starting|"
                     r"listed\s+(?:it|the\s+(?:new\s+)?(?:season|series|anime|show|film|movie))\s+for|"   # (a service's listing: a day to come)
                     r"set\s+to|slated\s+(?:for|to)|scheduled\s+(?:for|to))\b", re.I)
_REGION_MORE = re.compile(r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?(?:UK|US|U\.S\.|United\s+Kingdom|United\s+States|EU|MENA|CIS|Oceania|Europe|Africa|"
                          r"Australia|New\s+Zealand|Canada|India|Latin\s+America|Southeast\s+Asia|the\s+Middle\s+East|Middle\s+East|"
                          r"(?:North|South|Central)(?:\s+and\s+(?:North|South|Central))?\s+America|Ireland|Brazil|Mexico)\b")
_REGION = re.compile(r"\b(?:(?:worldwide|globally|internationally)(?:\s+outside\s+(?:of\s+)?(?:Asia|Japan|China))?|"
                     r"outside\s+(?:of\s+)?(?:Asia|Japan|China|mainland\s+China)|"
                     r"everywhere\s+(?:except|but|outside)\s+(?:for\s+)?(?:Asia|Japan|China)|"
                     r"in\s+(?:North\s+America|the\s+(?:US|U\.S\.|UK|United\s+States|United\s+Kingdom)|"
                     r"Europe|Latin\s+America|Australia|Southeast\s+Asia|India|Canada|the\s+Americas))", re.I)

# services and stations
_STREAMERS = ["Crunchyroll", "Netflix", "Amazon Prime Video", "Prime Video", "Disney+", "Hulu", "HIDIVE", "Funimation",
              "ABEMA", "U-NEXT", "AnimeLab", "Wakanim", "Bilibili", "Muse Asia", "Ani-One Asia", "Ani-One",
              "d Anime Store", "dアニメストア", "Niconico", "Bandai Channel", "VRV", "Aniplus", "iQIYI", "Tubi", "Max", "HBO Max",
              "Apple TV+", "Peacock", "Paramount+"]
_STATIONS = ["Fuji TV", "Tokyo MX", "TV Tokyo", "TBS", "Nippon TV", "NTV", "TV Asahi", "MBS", "ABC TV", "Kansai TV",
             "BS11", "BS Fuji", "BS Asahi", "BS-TBS", "BS TV Tokyo", "BS NTV", "BS Nippon TV", "BS Japanet", "AT-X",
             "NHK General TV", "NHK Educational TV", "NHK General", "NHK Educational", "NHK E-Tele", "NHK E-TV", "NHK-E", "NHK", "Tokyo Broadcasting System",
             "Chukyo TV", "Sun TV", "KBS Kyoto", "TV Aichi", "TVQ", "TV Osaka", "Animax", "Toonami",
             "Adult Swim", "Cartoon Network", "Kids Station", "Gunma TV", "Tochigi TV", "TV Saitama", "Chiba TV",
             "TVK", "CBC TV", "Hokkaido Broadcasting", "RKB", "Yomiuri TV", "ytv", "CTV", "Teletama"]
_NET_KEYS = ("TV", "MX", "BS", "AT-X", "NHK", "TBS", "MBS", "Crunchyroll", "Netflix", "Hulu", "HIDIVE", "Funimation",
             "Disney", "Prime", "ABEMA", "U-NEXT", "Tele", "Broadcast", "Animax", "Toonami", "Swim", "Cartoon", "Wakanim",
             "AnimeLab", "Bilibili", "Muse", "Ani-One", "Niconico", "Bandai", "VRV", "Aniplus", "iQIYI", "Tubi", "Max",
             "Apple", "Peacock", "Paramount", "ytv", "CTV", "TVK", "TVQ", "RKB", "CBC", "Teletama", "Kids", "KBS",
             "Chiba", "Saitama", "Tochigi", "Gunma", "Yomiuri", "Hokkaido", "d Anime", "NTV", "ABC")
# any of _NET_KEYS in a text, in one pass (a literal alternation scans for its first letters; any() tried 55 `in`s)
_NET_KEYS_RX = re.compile("|".join(re.escape(k) for k in _NET_KEYS))


def _org_forms(names: list[str]) -> set[str]:
    """Each name as written and in capitals ("TOKYO MX", "FUJI TV": official sites shout); one-word names
    stay as written ("MAX" is a word in a headline, not the service)."""
    return {f for x in names for f in (x, x.upper() if " " in x else x)}


_ORG_ALT = "|".join(sorted((re.escape(x) for x in _org_forms(_STREAMERS + _STATIONS)), key=len, reverse=True))
_GENERIC_STATION = r"[A-Z][\w-]*(?:\s[A-Z][\w-]*)?\s(?:TV|Television|Broadcasting)"
# well-known late-night blocks, named without the word "block" ("on Fuji TV's +Ultra")
_KNOWN_BLOCKS = r"\+Ultra|Noitamina|NOITAMINA|Super\s+Animeism(?:\s+TURBO)?|Animeism|AnichU|IMAnimation|NUMAnimation|Friday\s+Anime\s+Night|B8station"
_NETWORK = re.compile(rf"(?<![\w-])(?P<org>{_ORG_ALT}|{_GENERIC_STATION})(?![\w+-])"
                      rf"(?:[’']s\s+(?P<block2>[A-Z+][\w+!&-]*(?:\s[A-Z][\w+!&-]*)?)\s+(?:[a-z][\w-]*\s+){{0,2}}?(?:programming\s+)?(?:block|slot|frame)|"
                      rf"[’']s\s+(?P<block3>{_KNOWN_BLOCKS})(?![\w+-])|"
                      r"\s*\((?P<block>\+?[\w+!&\s-]{1,30})\))?")
_NET_LIST_INTRO = re.compile(r"\b(?:[Bb]roadcasters?|[Ss]tations?|[Nn]etworks?|[Cc]hannels?|[Ss]treaming\s+(?:services?|platforms?|partners?)|"
                             r"[Pp]latforms?)\b[^.;]{0,50}?\b(?:include|includes|including|are|will\s+be)\s*:?\s*$")
_STREAM_SET = {fold(x) for x in _STREAMERS}
# "TV Tokyo and BS TV Tokyo will carry the series": the first of a subject list
_LIST_THEN_CARRY = re.compile(rf"(?:\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)(?:{_ORG_ALT}|{_GENERIC_STATION}))+\s+(?:will|are)\s+(?:also\s+)?"
                              r"(?:air|broadcast|carry)")
_STREAM_CUE = re.compile(r"\b(?:stream\w*|simulcast\w*|available|licensed|exclusive\w*|subscription|platform|"
                         r"service|as\s+it\s+airs|worldwide|globally|internationally)\b", re.I)
_AIR_CUE = re.compile(r"\b(?:air(?:s|ed|ing)?|broadcast\w*|premier\w*|debut\w*|on\s+TV|channels?|network|block|"
                      r"slot|runs?\s+on|televis\w*|"
                      # "It's slated for January 2027 on AT-X and TOKYO MX": a dated release said to be on the station
                      r"(?:slated|scheduled|set|due|dated|planned|coming|returns?|returning|starts?|starting|begins?|beginning|"
                      r"launch(?:es|ing)?|arriv(?:es|ing)|kicks?\s+off|kicking\s+off|hits?\s+(?:TV\s+)?screens)\s+(?:for|in|on|to|this|next|from|early|late|(?=[A-Z]))\s*(?:[^.;]{0,30}?)"
                      r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
                      r"Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.|winter|spring|summer|fall|autumn|(?:19|20)\d\d))\b", re.I)

# roles in English prose: the phrase -> FACTS.md role
_ROLE_WORDS = {
    "chief director": "chief director", "general director": "chief director", "series director": "chief director",
    "assistant director": "assistant director", "sub-director": "assistant director",
    "sound director": "sound director", "art director": "art director", "director": "director",
    "chief animation director": "chief animation director", "animation director": "animation director",
    "character designer": "character design", "animation character designer": "character design",
    "character design": "character design", "character designs": "character design",
    "composer": "music", "music composer": "music", "series composer": "series composition",
    "series composition": "series composition", "series script supervisor": "series composition",
    "series scriptwriter": "series composition", "script supervisor": "series composition",
    "screenwriter": "screenplay", "scriptwriter": "screenplay", "script writer": "screenplay",
    "director of photography": "director of photography", "cgi director": "3d director",
    "3dcg director": "3d director", "cg director": "3d director", "original creator": "original creator",
    "color key artist": "color design", "color designer": "color design", "editor": "editing",
    "writer-director": "director", "writer/director": "director", "director-writer": "director",
    "screenwriter-director": "director", "story supervisor": "story supervisor",
    "animation producer": "animation producer", "adr director": "adr director",
}
_NATIONALITY = {"japanese", "american", "korean", "chinese", "taiwanese", "french", "british", "canadian", "german",
                "italian", "spanish", "brazilian", "filipino", "australian", "veteran", "acclaimed", "award-winning"}
_WRITER_DIRECTOR = {"writer-director", "writer/director", "director-writer", "screenwriter-director"}
_ROLE_ALT = "(?i:" + "|".join(sorted((re.escape(r) for r in _ROLE_WORDS), key=len, reverse=True)) + ")"


_PAREN_ROLE_WORDS = {"music": "music", "script": "screenplay", "scripts": "screenplay", "screenplay": "screenplay",
                     "original work": "original creator", "original story": "original creator", "original creator": "original creator"}
_PAREN_ROLE_ALT = "(?i:" + "|".join(sorted((re.escape(r) for r in {*_ROLE_WORDS, *_PAREN_ROLE_WORDS}), key=len, reverse=True)) + ")"
# a name followed by nothing but its role(s) in parentheses: "Aki Mori (director)", "Jun Oda (series composition, scripts)"
_PAREN_ROLE = re.compile(rf"(?<![\w’'])(?P<who>{_PERSON})\s*[(（]\s*(?P<roles>{_PAREN_ROLE_ALT}(?:\s*(?:,\s*and|,|/|&|and)\s*{_PAREN_ROLE_ALT})*)\s*[)）]")


def _role(phrase: str) -> str:
    p = re.sub(r"\s+", " ", phrase.lower()).strip()
    r = _ROLE_WORDS.get(p) or _ROLE_WORDS.get(p.rstrip("s"))
    if r:
        return r
    if _known_role:
        k = _known_role(p)
        if k:
            return k
    return p


_DUB_LANG = r"English|Spanish|Latin\s+Spanish|French|German|Portuguese|Italian|Korean|Chinese"   # a dub's language
# predicates "PERSON is directing …" -> roles
_PRED = [
    (re.compile(r"(?:(?:is|are|will\s+be|has\s+been)\s+(?:also\s+)?(?:directing|helming)\b|will\s+(?:also\s+)?(?:direct|helm)\b|directs\b|helms\b|"
                r"(?:returns?|is\s+(?:back|returning)|will\s+return|comes\s+back)\s+to\s+(?:direct|helm)\b|"
                # ("steps up to direct", "is set to direct", "was tapped to helm", "signs on to direct"; never an earlier season's)
                r"(?:(?:steps?|stepped|stepping|moves?|moved)\s+up|(?:is|are|has\s+been)\s+(?:also\s+)?(?:set|slated|tapped|confirmed|scheduled|attached)|"
                r"was\s+tapped|(?:signs?|signed|comes?|came)\s+(?:on|aboard)|(?:takes?|took)\s+(?:over\s+)?the\s+helm)\s+to\s+(?:direct|helm)\b"
                r"(?!\s+(?:the\s+)?(?:first|previous|prior|last|earlier|original)\s+(?:season|series|cour|film|movie)))"
                r"(?!\s+(?:the\s+)?(?:art|sound|photography|CG|CGI|3D|3DCG|animation|music|episode|opening|ending)\b)"
                rf"(?!\s+(?:the\s+|its\s+)?(?:(?:{_DUB_LANG})\s+)?dub\b)", re.I), ["director"]),
    (re.compile(r"(?:is|are|will\s+be)\s+(?:also\s+)?(?:back\s+)?(?:to\s+)?(?:supervis(?:e|ing)|overs(?:ee|eeing))\s+the\s+(?:series[’']?\s+)?scripts", re.I), ["series composition"]),
    (re.compile(r"(?:is|are|will\s+be)\s+(?:also\s+)?editing\b(?!\s+the\s+(?:manga|magazine))", re.I), ["editing"]),
    (re.compile(r"(?:is|are|will\s+be)\s+(?:also\s+)?(?:writing\s+and\s+(?:overseeing|supervising)|(?:overseeing|supervising)\s+and\s+writing)"
                r"\s+the\s+(?:series[’']?\s+)?scripts", re.I), ["series composition", "screenplay"]),
    (re.compile(r"(?:is|are|will\s+be)\s+(?:also\s+)?(?:handling|in\s+charge\s+of|overseeing|supervising|doing)\s+(?:the\s+)?"
                r"(?:series[’']?\s+|anime[’']s\s+|show[’']s\s+)?(?:series\s+composition|series\s+scripts|scripts\s+supervision)", re.I), ["series composition"]),
    (re.compile(r"(?:is|are|will\s+be)\s+(?:also\s+)?(?:writing|penning|handling|in\s+charge\s+of)\s+(?:the\s+)?"
                r"(?:anime[’']s\s+|film[’']s\s+|series[’']\s+)?(?:scripts?|screenplays?)\b|will\s+(?:also\s+)?write\s+the\s+(?:scripts?|screenplays?)", re.I), ["screenplay"]),
    (re.compile(r"(?:is|are|will\s+be)\s+(?:also\s+)?(?:(?:co-)?composing|writing|handling|in\s+charge\s+of|providing|creating|scoring)\s+(?:the\s+)?"
                r"(?:anime[’']s\s+|series[’']?\s+|show[’']s\s+|film[’']s\s+)?(?:music|score|soundtrack)\b|will\s+(?:also\s+)?compose\s+the\s+(?:music|score)|"
                # ("…, and Y is composing.", "Z is scoring again": the bare duty, the clause ending on it)
                r"(?:is|are|will\s+be)\s+(?:also\s+)?(?:co-)?(?:composing|scoring)(?:\s+(?:again|too|as\s+well))?(?=\s*(?:[.;]|$)|,\s+(?:and|while|with)\s)", re.I), ["music"]),
    (re.compile(r"(?:is|are|will\s+be)\s+(?:also\s+)?(?:both\s+)?(?:designing|handling|in\s+charge\s+of|adapting)\s+(?:the\s+)?"
                r"(?:anime[’']s\s+|series[’']?\s+)?(?:anime\s+)?(?:characters?|character\s+designs?)\b|will\s+(?:also\s+)?design\s+the\s+characters", re.I), ["character design"]),
    (re.compile(r"(?:is|are|will\s+be)\s+(?:also\s+)?directing\s+the\s+(?:art|sound|photography)", re.I), ["@obj"]),
    (re.compile(r"(?:adapts|is\s+adapting|will\s+adapt|designs|handles|draws|provides|creates)\s+(?:the\s+)?(?:original\s+)?(?:anime\s+)?character\s+designs?|"
                r"(?:adapts|is\s+(?:both\s+)?adapting|will\s+adapt)\s+(?:the\s+)?(?:(?:original\s+)?(?:[\w’'-]+\s+){0,2}?[\w’'-]+[’']s?\s+)?(?:original\s+)?(?:characters?\s+(?:designs?\s+)?|designs?\s+|"
                # ("adapts the original illustrations by X for animation", "the novel's character art for TV")
                r"(?:(?:character|cover)\s+)?(?:illustrations?|artwork|art)\s+(?:by\s+[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}\s+)?)for\s+(?:the\s+)?(?:anime|animation|screen|TV)|"
                r"designs\s+the\s+(?:anime[’']s\s+|series[’']?\s+)?characters\b", re.I), ["character design"]),
    (re.compile(r"(?:composes|scores|writes|handles|provides|creates)\s+the\s+(?:anime[’']s\s+|series[’']?\s+)?(?:music|score|soundtrack)|"
                r"(?:is|was)\s+credited\s+with\s+the\s+(?:music|score|soundtrack)", re.I), ["music"]),
    (re.compile(r"(?:oversees|supervises|handles|heads)\s+(?:the\s+)?(?:series[’']?\s+)?(?:series\s+composition|scripts)\b", re.I), ["series composition"]),
    # ("will write every script herself", "is penning each episode's script": the future and the one-by-one forms too)
    (re.compile(r"(?:writes|pens|will\s+(?:also\s+)?(?:write|pen)|is\s+(?:also\s+)?(?:writing|penning))\s+"
                r"(?:(?:the\s+|all\s+the\s+|all\s+|the\s+episode\s+)?(?:anime[’']s\s+|series[’']?\s+)?(?:scripts|screenplays?)|"
                r"(?:every|each)\s+(?:episode[’']s\s+|single\s+)?(?:script|screenplay))\b", re.I), ["screenplay"]),
    # "X is back on character designs", "X returns to handle series composition", "… and writing the scripts"
    (re.compile(r"(?:(?:is|are|will\s+be|has\s+been)\s+(?:also\s+)?(?:back\s+)?(?:on|handling|in\s+charge\s+of|responsible\s+for|taking\s+care\s+of|overseeing|providing|doing|"
                r"(?:jointly\s+)?credited\s+(?:with|for))|"   # ("A and B are credited with the character designs")
                r"(?:returns?|is\s+returning|will\s+return|comes?\s+back|is\s+back|are\s+back)\s+(?:to\s+(?:handle|oversee|provide|do|write|compose|design|pen)|on|for)|"
                r"(?:handles|oversees|provides|writes|takes\s+charge\s+of|takes\s+care\s+of|will\s+(?:also\s+|again\s+|once\s+again\s+)?(?:handle|oversee|provide)|"
                # ("X takes over the score from Y", "Z will take over music duties"): the one who holds the duty now
                r"(?:takes|is\s+taking|will\s+(?:now\s+)?take|has\s+taken)\s+over|"
                r"(?:reprises?|resumes?)\s+(?:his|her|their)\s+(?:duty|duties|role|work)\s+(?:in|on|for)|"
                r"handled|oversaw|took\s+charge\s+of|took\s+care\s+of)|"
                r"(?<=\s)(?:handling|overseeing|writing|penning|composing|providing|taking\s+care\s+of|in\s+charge\s+of))"
                r"\s+(?:the\s+)?(?:(?:anime|series|show|film|movie|season)[’']s?\s+)?(?:new\s+)?"
                r"(?P<duty>series\s+composition|(?:episode\s+|series\s+)?scripts?|screenplays?|character\s+designs?|music(?:al\s+score)?|score|soundtrack|"
                r"art\s+direction|sound\s+direction|animation\s+direction|color\s+design|editing|cinematography|photography)\b", re.I), ["@duty"]),
    # past credits of a film: "X designed the characters", "Y wrote the screenplay", "Z, who produced the film"
    (re.compile(r"\b(?:designed|drew|designing)\s+the\s+(?:(?:film|anime|movie|series)[’']s\s+)?characters\b", re.I), ["character design"]),
    # "Hidaka supervised the story", "X is supervising the story"
    (re.compile(r"\b(?:supervised|supervises|is\s+supervising|supervising|oversaw|oversees|overseeing)\s+the\s+(?:(?:anime|series|film)[’']s\s+)?story\b", re.I), ["story supervision"]),
    (re.compile(r"\b(?:wrote|penned)\s+the\s+(?:(?:film|anime|movie|series)[’']s\s+)?(?:screenplay|script)s?\b", re.I), ["screenplay"]),
    (re.compile(r"\b(?:wrote|composed|scored)\s+the\s+(?:(?:film|anime|movie|series)[’']s\s+)?(?:music|score|soundtrack)\b", re.I), ["music"]),
    (re.compile(r"\b(?:produced|produces|is\s+producing|will\s+produce)\s+the\s+(?:film|anime|movie|series|show)\b", re.I), ["producer"]),
    # "X is adapting the novels' illustrations into the anime's character designs"
    (re.compile(r"\b(?:is\s+|will\s+be\s+)?(?:adapting|adapts|turning|turns|translating|translates|reworking|reworks)\s+[^.,;]{3,60}?\s+into\s+"
                r"(?:the\s+)?(?:(?:anime|series|show|film)[’']s\s+)?(?:anime\s+)?character\s+designs?\b", re.I), ["character design"]),
    # "X wrote and directed the film", "Y is writing and directing the series": both credits
    (re.compile(r"\b(?:wrote\s+and\s+directed|writes\s+and\s+directs|is\s+(?:both\s+)?writing\s+and\s+directing|will\s+(?:both\s+)?write\s+and\s+direct)"
                r"\s+the\s+(?:film|anime|movie|series|show|feature)\b", re.I), ["screenplay", "director"]),
    # "X is taking over the director's chair", "Y makes her debut in the director's chair"
    (re.compile(r"\b(?:takes|is\s+taking|taking|will\s+take|took|has\s+taken|steps?\s+into|stepping\s+into|sits?\s+in|sitting\s+in|is\s+in|"
                r"(?:is|are)\s+(?:also\s+)?back\s+in|returns?\s+to|is\s+returning\s+to|will\s+return\s+to)\s+"
                r"(?:over\s+)?(?:the\s+)?director[’']s\s+chair", re.I), ["director"]),
    # "X takes over series composition (from Y)": X holds the role now; Y is the predecessor
    (re.compile(rf"(?:takes|is\s+taking|will\s+take|has\s+taken)\s+over\s+(?:as\s+)?(?:the\s+)?(?:role\s+of\s+)?(?:duties\s+(?:of|as)\s+)?(?P<role>{_ROLE_ALT})\b", re.I), ["@role"]),
    # "X is returning to score the anime", "Y will score the film", "Z scores the series"
    (re.compile(r"\b(?:(?:returns?|is\s+returning|will\s+return|is\s+back|comes?\s+back|is\s+set|has\s+been\s+(?:tapped|hired|brought\s+on))\s+to\s+score|"
                r"will\s+(?:also\s+)?score|scores|is\s+scoring)\s+the\s+(?:new\s+)?(?:anime|series|show|film|movie|adaptation|season)\b", re.I), ["music"]),
    # "X is directing the English dub", "Y directs its Spanish dub": the dub's director
    (re.compile(rf"(?:(?:is|are|will\s+be)\s+(?:also\s+)?directing|directs|will\s+(?:also\s+)?direct)\s+(?:the\s+|its\s+)"
                rf"(?P<lang>{_DUB_LANG})\s+dub\b"), ["@dub"]),
]
_PAST_DUTY = re.compile(r"(?:handled|oversaw|took\s+charge\s+of|took\s+care\s+of)\b")
# a past participle opening a credit aside of an earlier season ("animated by P", "produced at P", "helmed by X")
_EARLIER_ASIDE_CREDIT = (r"(?:(?:also\s+|both\s+)?(?:animated|directed|produced|written|scripted|composed|scored|designed|"
                         r"helmed|made|overseen|storyboarded|adapted)\s+(?:by|at|under|with)\s)")
# "Season 1 was directed by X", "the first season had X directing", "S1 was Studio P with X at the helm": a clause
# whose subject is an earlier season in the past tense; it runs to the next clause ("…, while season 2 is …")
_EARLIER_SUBJ = re.compile(r"(?P<subj>\b(?:the\s+)?(?:first|previous|prior|last|earlier|original|1st|2nd|second|3rd|third)\s+"
                           r"(?:season|series|cour|installment)|\b[Ss]eason\s+(?:\d{1,2}|one|two|three|four)|\bS\d{1,2})"
                           r"(?:\s+of\s+[^,;.]{1,60}?)?(?:,\s*(?:which|that)\s+[^,;.]{1,60},)?"
                           # ("The first season, animated by P and directed by X, aired …", "Season 1 (directed by X)
                           # premiered …", "The original series, produced at P, ran …": its credits set off as an aside)
                           r"(?:(?:,\s*" + _EARLIER_ASIDE_CREDIT + r"[^,;()]{1,120}){1,3},|\s*\(\s*" + _EARLIER_ASIDE_CREDIT + r"[^;()]{1,120}\))?"
                           # ("Season one's English dub, directed by X, arrived …": the earlier season's dub and its credit)
                           r"(?:[’']s\s+(?:[A-Za-z][\w-]*\s+){0,2}?(?:dub|version|broadcast|run|finale)(?:,\s*[^,;.]{1,60},)?)?"
                           r"\s+(?:was|were|had|featured|saw|got|used|aired|ran|premiered|debuted|arrived|streamed|concluded|ended|broadcast)\b")
# an earlier season as the object of a past credit verb ("Studio P animated the first season under director X, but …",
# "W produced season 1 with X directing"), or set as a clause's frame ("In the first season, X wrote the scripts; …"):
# what follows, up to the clause's end, is that season's (the subject before the verb is not: "X, who directed the first
# season, returns")
_EARLIER_SEASON_NP = re.compile(r"\b(?:the\s+)?(?:first|previous|prior|last|earlier|original|1st)\s+(?:season|series|cour|installment)\b|"
                                r"\b[Ss]eason\s+(?:\d{1,2}|one|two|three|four)\b")
_PAST_VERB_BEFORE = re.compile(r"\b(?:[a-z]{3,}ed|made|led|ran|drew|wrote|shot|oversaw|took\s+on)\s+$")
_EARLIER_FRAME_LEAD = re.compile(r"(?:^|;\s*)(?:[Ii]n|[Dd]uring|[Ff]or|[Bb]ack\s+in|[Oo]n)\s+$")
_PAST_MARK = re.compile(r"\b(?:was|were|had|[a-z]{3,}ed|made|led|wrote|drew|oversaw)\b")
# the verb opening a relative clause set off by commas ("X, who directed Season 1, moves up"): the span stops at its comma
_REL_BEFORE_VERB = re.compile(r",\s*(?:who|which|that)\s+(?:also\s+|had\s+|has\s+)?$")
_CLAUSE_END = re.compile(r",\s*(?:while|whereas|but|so|and\s+(?:this|the\s+new|now|for))\b|\s(?:while|whereas|but)\s|;|\.(?:\s|$)|$")
_CARRIED_ON = re.compile(r"\b(?:return|back|again|continu|remain|stay|also|same|both\s+seasons)", re.I)
_PRED_GUARDS = [("direct", "helm"), ("script",), ("editing",), ("script",), ("script", "composition"),
                ("script", "screenplay", "write"), ("music", "score", "soundtrack", "compose", "composing", "scoring"), ("character",),
                ("directing",), ("character", "design", "illustration", "art"), ("music", "score", "soundtrack"), ("composition", "script"), ("script", "screenplay"),
                ("composition", "script", "screenplay", "design", "music", "score", "soundtrack", "direction", "editing",
                 "photography"), ("characters",), ("story",), ("wrote", "penned"), ("wrote", "composed", "scored"), ("produc",), ("character",),
                ("wrote", "writ"), ("chair",), ("over",), ("score", "scoring"), ("dub",)]
assert len(_PRED_GUARDS) == len(_PRED)
_PRED_GUARD_WORDS = tuple(dict.fromkeys(g for guard in _PRED_GUARDS for g in guard))
# a second word every match holds (most often its verb), asked only once the guard passed: the guards' duty words
# ("music", "design", "produc") are in most staff sentences, these rarely; None: the guard alone. A word with spaces
# around it (" on ": "X is on character designs") stands between any two whitespace characters.
_PRED_VERBS = [None, None, None, None, None, None,
               ("compos", "writing", "handling", "charge", "providing", "creating", "scoring"), None, None, None,
               ("composes", "scores", "writes", "handles", "provides", "creates", "credited"), None, None,
               ("handl", "charge", "responsible", "care", "overse", "oversaw", "provid", "doing", "return", "back",
                "writing", "writes", "penning", "composing", " on ", "credited", "repris", "resum", " over "), None,
               ("supervis", "oversaw", "overse"), None, None, ("produce", "producing"), None, None, None, None, None, ("direct",)]
assert len(_PRED_VERBS) == len(_PRED)
_DUTY_ROLE = {"series composition": "series composition", "script": "screenplay", "scripts": "screenplay",
              "episode script": "screenplay", "episode scripts": "screenplay", "series script": "series composition",
              "series scripts": "series composition", "screenplay": "screenplay", "screenplays": "screenplay",
              "character design": "character design", "character designs": "character design", "music": "music",
              "musical score": "music", "score": "music", "soundtrack": "music", "art direction": "art director",
              "sound direction": "sound director", "animation direction": "animation director", "color design": "color design",
              "editing": "editing", "cinematography": "director of photography", "photography": "director of photography"}
_PRED_OBJ = {"art": "art director", "sound": "sound director", "photography": "director of photography"}
_IS_ROLE = re.compile(rf"(?:is|are|will\s+be|serves?\s+as|(?:is|are)\s+acting\s+as|(?<=\sand\s)acting\s+as|acts\s+as|will\s+act\s+as|serving\s+as|served\s+as|(?:is|was)\s+credited\s+as|returns?\s+as|returning\s+as|(?:continues?|continuing|stays?\s+on|remains?)\s+as|"
                      rf"(?:is|are|will\s+be)\s+(?:also\s+|again\s+|once\s+again\s+)?(?:on\s+board|back)\s+as|(?:comes?|came|will\s+come)\s+on\s+board\s+as|"
                      rf"(?:reprises?|reprising|resumes?|resuming|will\s+(?:reprise|resume))\s+(?:his|her|their)\s+(?:role|duties|duty|post|position)\s+as|"
                      rf"(?:joins?|joined|will\s+join)\s+(?:the\s+(?:staff|team|crew|production)\s+)?as|(?:is|was)\s+attached\s+as|"
                      rf"(?:comes?|came|will\s+come|is|are|was|climbs?|climbed)\s+aboard\s+as|"
                      rf"(?:makes?|making|will\s+make)\s+(?:his|her|their)\s+(?:[\w-]+\s+){{0,3}}?debut\s+as|(?:steps?|stepping|will\s+step)\s+in\s+as|"
                      rf"(?:moves?|moved|moving|will\s+move|steps?|stepped|stepping|will\s+step)\s+up\s+(?:to|as)|(?:is|was|has\s+been|gets?|got)\s+promoted\s+to)"
                      rf"\s+(?:also\s+)?(?:both\s+)?(?:the\s+)?(?:anime[’']s\s+|series[’']\s+|series\s+(?!(?:composer|composition|director|scriptwriter|script\s+supervisor)\b)|show[’']s\s+|film[’']s\s+|new\s+)?"
                      rf"(?P<roles>(?:{_ROLE_ALT})(?:\s*(?:,|and|,\s*and)\s+(?:also\s+)?(?:the\s+)?(?:{_ROLE_ALT})\b(?![ \u00a0]+[{_UP}]))*)\b")
_ROLE_FIRST = re.compile(rf"(?:[Aa]t\s+the\s+helm\s+as\s+(?:the\s+)?(?P<r1>{_ROLE_ALT})\s+is\s+"
                         rf"|\b(?P<r2>{_ROLE_ALT})\s+(?:is|will\s+be)\s+)(?P<rest>[^,;.]{{3,120}})")
_BY_ROLE = re.compile(r"\b(?:(?P<verb>[Ww]ritten\s+and\s+directed|[Dd]irected\s+and\s+written|[Dd]irected|[Cc]omposed|written|[Dd]esigned|[Ss]cored|[Ss]toryboarded)\s+by|"
                      r"(?:with\s+)?(?P<noun>[Mm]usic|[Cc]haracter\s+designs?|[Ss]cripts?|[Ss]creenplay|[Ss]eries\s+composition|[Ss]core|[Ss]oundtrack|"
                      r"[Mm]echanical\s+designs?|[Mm]echa\s+designs?|[Pp]rop\s+designs?|[Cc]reature\s+designs?|[Cc]olou?r\s+design|"
                      r"[Aa]rt\s+direction|[Ss]ound\s+direction|[Cc]inematography|[Ee]diting|"
                      # "designing the characters based on original concept art by the illustrator X": a credit of its own
                      r"[Oo]riginal\s+(?:concept\s+art|character\s+concepts?|character\s+designs?))"
                      r"\s+(?:is\s+|are\s+|will\s+be\s+)?(?:by|from|comes?\s+from|came\s+from|will\s+come\s+from|is\s+handled\s+by|are\s+handled\s+by))\s+"
                      r"(?:(?:the\s+)?(?:duo|band|group|unit|composer|trio|collective|illustrator|artist|mangaka)\s+)?"
                      rf"(?P<who>{_PERSON})")
# "adapts Piyo Mori's original character designs", "based on illustrator X's original character designs"
_POSS_ORIGINAL_DESIGNS = re.compile(rf"(?<![\w’'])(?:(?:[Ii]llustrator|[Aa]rtist|[Mm]angaka|[Aa]uthor|[Nn]ovelist)\s+)?(?P<who>{_PERSON})[’']s?\s+"
                                    r"original\s+character\s+designs?\b")
# "the original character designs by illustrator Kuu": an illustrator's one-word pen name, said to be one
_BY_ILLUSTRATOR = re.compile(rf"\b(?P<noun>[Oo]riginal\s+(?:character\s+designs?|concept\s+art|character\s+concepts?)|[Cc]haracter\s+designs?)"
                             rf"\s+(?:is\s+|are\s+)?by\s+(?:the\s+)?(?:illustrator|artist|mangaka)\s+(?P<who>[{_UP}][\w’'-]+)(?![\w’'-]|[ \u00a0]+[{_UP}\d])")
_CREATOR = re.compile(rf"\b(?:[Aa]dapted\s+from|[Bb]ased\s+on|[Aa]daptation\s+of|anime\s+of|[Aa]nime\s+adaptation\s+of|"
                      rf"(?:[Aa]dapts|[Aa]dapting|[Aa]dapted|will\s+adapt)(?:\s+(?:the\s+)?(?:first|opening|early)?\s*(?:[\w-]+\s+)?(?:volumes?|arcs?|chapters?)\s+of|"
                      r"\s+[^.;]{0,50}?\b(?:volumes?|arcs?|chapters?)\s+\d{1,3}(?:\s*(?:-|–|to|through|and)\s*\d{1,3})?\)?\s+of)?)\s+(?:the\s+)?"   # ("adapts the X arc, volumes 5 through 8 of")
                      rf"(?P<who>{_PERSON})[’']s?\s+(?:[^.;]{{0,80}}?\s)?(?:(?:award-winning|hit|popular|best-selling|bestselling|"
                      r"original)\s+)?(?:web\s+|light\s+|visual\s+)?(?:manga|novels?|light\s+novels?|game|webtoon|comics?|webcomics?|"
                      r"one-shot|book|picture\s+book|series)\b")
# "the director chair has changed: X takes over from Y", "the composer has changed — X replaces Y": the role named
# first, the newcomer after the colon (Y, the predecessor, is no credit of this)
_ROLE_CHANGED = re.compile(rf"\b(?P<role>{_ROLE_ALT})(?:[’']s)?(?:\s+(?:chair|seat|post|position|role|credit))?\s+(?:has\s+)?"
                           rf"(?:changed|changes|is\s+changing)(?:\s+hands)?\s*[:;—–]\s*(?P<who>{_PERSON})\s+"
                           r"(?:(?:takes|took|is\s+taking|has\s+taken|will\s+take)\s+over|replaces|succeeds)\b")
# "Character design duties pass from Season 1's A to B", "the director's chair has passed from A to B", "music is handed over
# from A to B": a sequel's handover, B the credit now (A, the predecessor, is no credit of this)
_ROLE_PASSES = re.compile(rf"\b(?P<role>{_ROLE_ALT})(?:[’']s)?(?:\s+(?:duties|credits?|role|chair|seat|post|job|work))?\s+"
                          r"(?:pass(?:es|ed)?|(?:has|have)\s+passed|(?:is|are|was|were|has\s+been|have\s+been)\s+(?:handed|passed)(?:\s+over)?|"
                          r"(?:moves?|moved|has\s+moved|switch(?:es|ed)?|goes|went|has\s+gone))\s+from\s+[^;.]{1,80}?\s+to\s+"
                          rf"(?P<who>{_PERSON})")
_WITH_DUTY = r"scripts?|screenplay|series\s+composition|music|character\s+designs?|the\s+score|score|soundtrack|art|sound"
# "with X handling series composition and scripts": one person, each duty its own role
_WITH_ON = re.compile(rf"\bwith\s+(?P<who>{_PERSON})\s+(?:on|taking\s+over|handling|doing|in\s+charge\s+of)\s+(?:the\s+)?(?P<what>{_WITH_DUTY})\b"
                      rf"(?:\s*(?:,\s*|\s+)(?:and|&)\s+(?:the\s+)?(?P<what2>{_WITH_DUTY})\b)?")
# "…, with A on series composition, B on character designs, and C composing the music": the list goes on
_WITH_MORE = re.compile(rf"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?P<who>{_PERSON})\s+(?:(?:on|handling|doing|in\s+charge\s+of)\s+(?:the\s+)?(?P<what>{_WITH_DUTY})\b|"
                        r"(?P<verb>composing|scoring|writing|designing|adapting|directing|helming)\b\s*(?:the\s+)?(?:original\s+)?(?P<obj>music|score|soundtrack|scripts?|screenplay|characters|character\s+designs?)?)")
_EARLIER_OBJ = re.compile(r"\s+(?:the\s+)?(?:first|previous|prior|last|earlier|original|1st)\s+(?:season|series|cour|film|movie)", re.I)
_WITH_DIRECTING = re.compile(rf"\b(?:with|and)\s+(?P<who>{_PERSON})\s+(?:directing|helming|at\s+the\s+helm|"
                             r"(?P<over>(?:\([^()]{1,80}\)\s+)?(?:taking\s+over|stepping\s+in|stepping\s+up)\s+as\s+(?:the\s+)?(?:new\s+)?director(?!\s+of\b|[’']s)))\b")   # ("with A as X and B directing"; "with B taking over as director": a sequel's new one)
_GERUND_ROLE = {("composing", "music"): "music", ("composing", "score"): "music", ("scoring", None): "music", ("composing", "soundtrack"): "music",
                ("writing", "scripts"): "screenplay", ("writing", "script"): "screenplay", ("writing", "screenplay"): "screenplay",
                ("designing", "characters"): "character design", ("designing", "character designs"): "character design",
                ("designing", "character design"): "character design", ("directing", None): "director", ("helming", None): "director",
                ("adapting", "character designs"): "character design", ("adapting", "character design"): "character design",
                ("adapting", "characters"): "character design"}
# "X (OTHER) replaces Season 1 composer Y on music", "X takes over from Y on character designs": the newcomer's duty
_REPLACES_ON = re.compile(rf"(?<![\w’'])(?P<who>{_PERSON})\s+(?:\([^()]{{1,60}}\)\s+)?(?:replaces|succeeds|takes\s+over\s+from|steps\s+in\s+for)\s+"
                          rf"[^,.;()]{{0,60}}?\s+on\s+(?:the\s+)?(?P<what>{_WITH_DUTY})\b(?!\s+(?:for|of|in)\s+[A-Z“\"])")
# the newcomer, then the predecessor under his role's title: "X (OTHER) replaces Season 1 composer Y", "X succeeds the first
# season's character designer, Y": that title is the newcomer's role now (Y, the predecessor, is no credit of this)
_REPLACES_ROLE_HOLDER = re.compile(rf"(?<![\w’'])(?P<who>{_PERSON})\s+(?:\([^()]{{1,60}}\)\s+)?(?:(?:has\s+|will\s+)?(?:replaces?|replaced|"
                                   r"succeeds?|succeeded)|(?:takes|took|will\s+take)\s+over\s+from|steps\s+in\s+for)\s+(?i:(?:the\s+)?"
                                   r"(?:season\s+(?:\d{1,2}|one)|(?:first|previous|prior|last|earlier|original)\s+(?:season|series|cour))"
                                   rf"(?:['’]s)?\s+|former\s+|outgoing\s+|previous\s+)?(?P<role>{_ROLE_ALT})\s*,?\s+(?P<pred>{_PERSON})(?!\s+as\s|\s+(?:on|for|in|at)\s+[A-Z“\"])")
# the predecessor under his role's title, then who replaces him: "The first season's composer, Y, is replaced by X",
# "Season 1 director Y has been replaced by X": the title is the newcomer's role now
_ROLE_HOLDER_REPLACED_BY = re.compile(rf"\b(?P<role>{_ROLE_ALT})\s*,?\s+(?P<pred>{_PERSON})\s*,?\s+(?:is|has\s+been|was|will\s+be|gets|got)\s+"
                                      rf"(?:being\s+)?replaced\s+by\s+(?P<who>{_PERSON})(?!\s+as\s|\s+(?:on|for|in|at)\s+[A-Z“\"])")
# a credit's tail placing it in an earlier season: "as director on the first season", "as composer for Season 1"
_ON_EARLIER_SEASON = re.compile(r"\s+(?:on|for|in|during)\s+(?:(?:the\s+)?(?:first|previous|prior|last|earlier|original|1st)\s+"
                                r"(?:season|series|cour|installment)\b|[Ss]eason\s+(?:1|one)\b)(?![’'])", re.I)
# "…, replaced by X, who is also credited as chief animation director", "to Y, who is also listed as a chief animation director
# alongside Z": the person's second credit in a relative clause (and the partner's, who shares it); present tense only
_WHO_ALSO_CREDITED = re.compile(rf"(?P<who>{_PERSON})\s*,\s+who\s+(?:is|will\s+be|has\s+(?:also\s+)?been)\s+(?:also\s+)?"
                                rf"(?:credited|listed|named|serving|set|confirmed)\s+as\s+(?:a\s+|an\s+|the\s+)?(?:new\s+)?(?P<role>{_ROLE_ALT})\b"
                                rf"(?!\s+(?:of|on|for|in)\s+(?:[A-Z“\"]|the\s+(?:first|previous|prior|last|earlier|original)\b))"
                                rf"(?:\s+(?:alongside|together\s+with|with)\s+(?P<co>{_PERSON}))?")
# "… as character designer and also serves as chief animation director": the same person's second credit
_AND_ALSO_SERVES_AS = re.compile(rf"\s+and\s+(?:also\s+)?(?:serves|will\s+(?:also\s+)?serve|is\s+(?:also\s+)?serving|doubles|acts)\s+as\s+"
                                 rf"(?:the\s+)?(?P<role>{_ROLE_ALT})\b(?!\s+(?:of|on|for)\s+[A-Z])")
_WITH_ON_ROLE = {"script": "screenplay", "scripts": "screenplay", "screenplay": "screenplay", "series composition": "series composition",
                 "music": "music", "score": "music", "the score": "music", "soundtrack": "music", "character design": "character design",
                 "character designs": "character design", "art": "art director", "sound": "sound director"}
# "with X writing and supervising the scripts", "Y is adapting Z's character art", "W will be composing the score":
# a gerund duty, the person its subject
_GERUND_DUTY = r"writing|scripting|supervising|overseeing|composing|scoring|designing|adapting|handling"
_GERUND_WHAT = r"scripts?|screenplays?|series\s+composition|music|score|soundtrack|character\s+(?:designs?|art|artwork)|characters"
_DUTY_GERUND = re.compile(rf"(?=[w{_UP}])(?:\bwith\s+(?P<who>{_PERSON})\s+|(?<![\w’'])(?P<who2>{_PERSON})\s+(?:is|will\s+be|are)\s+(?:also\s+)?)"
                          rf"(?P<verbs>(?:{_GERUND_DUTY})(?:\s+(?:and|&)\s+(?:{_GERUND_DUTY}))?)\s+"
                          rf"(?:the\s+|(?:[{_UP}][\w’'-]*\s+){{0,3}}?[\w’'-]+[’']s\s+|(?:all\s+|every\s+(?:episode[’']s\s+)?)?(?:the\s+)?)?"
                          rf"(?:(?P<lang>{_DUB_LANG})\s+(?:dub\s+|dub[’']s\s+)?)?(?:[a-z][\w-]*\s+){{0,2}}?(?P<what>{_GERUND_WHAT})\b")


def _with_more_credits(text: str, pos: int) -> list[tuple[str, str]]:
    """The credits listed on after a "with X …" credit (", and Y on character designs", "and Z composing the music")."""
    out = []
    while (more := _WITH_MORE.match(text, pos)):
        pos = more.end()
        if more.group("what"):
            role = _WITH_ON_ROLE.get(re.sub(r"\s+", " ", more.group("what").lower()))
        else:
            obj = re.sub(r"\s+", " ", (more.group("obj") or "").lower()) or None
            role = _GERUND_ROLE.get((more.group("verb").lower(), obj)) or _GERUND_ROLE.get((more.group("verb").lower(), None))
        if role:
            out.append((role, _tidy_name(more.group("who"))))
    return out


def _gerund_roles(verbs: str, what: str) -> list[str]:
    """The roles one gerund duty names: writing the scripts is the screenplay, supervising them the series
    composition; composing the score is the music; designing or adapting the characters is the character design."""
    what, roles = what.lower(), []
    for v in re.split(r"\s+(?:and|&)\s+", verbs.lower()):
        if what.startswith(("script", "screenplay")):
            roles.append("series composition" if v in ("supervising", "overseeing") else "screenplay" if v in ("writing", "scripting", "handling", "adapting") else "")
        elif what.startswith("series"):
            roles.append("series composition")
        elif what in ("music", "score", "soundtrack"):
            roles.append("music" if v in ("composing", "scoring", "writing", "handling") else "")
        elif what.startswith("character"):
            roles.append("character design" if v in ("designing", "adapting", "handling") else "")
    return [r for r in roles if r]


# a word every role phrase (_ROLE_ALT) holds: without one, no role-led pattern can match (asked with may_contain_i,
# a few `in` tests where the case-insensitive pattern tried every position)
_ROLE_TOKENS = ("director", "designer", "design", "composer", "composition", "writer", "script", "creator", "artist",
                "editor", "supervisor", "producer")
assert all(any(t in w for t in _ROLE_TOKENS) for w in _ROLE_WORDS)
_BY_VERB_ROLE = {"art direction": "art director", "sound direction": "sound director", "cinematography": "director of photography",
                 "editing": "editing", "score": "music", "soundtrack": "music","directed": "director", "written and directed": "director", "directed and written": "director", "composed": "music", "written": "screenplay", "designed": "character design",
                 "scored": "music", "storyboarded": "storyboard"}

_WHO_COMPOSES = re.compile(r"\s*,\s*who\s+(?:also\s+)?(?:oversees|supervises|handles|heads|is\s+in\s+charge\s+of)\s+(?:the\s+)?(?:series\s+composition|series[’']\s+scripts)")
_DUB_CREDIT = re.compile(r"^\s*(?:The|An?|Its)\s+(?:(?:film|movie|series|anime|show)[’']s?\s+)?(?:new\s+|official\s+)?(?:(English|Spanish|Latin\s+Spanish|French|German|Portuguese|Italian)\s+)?(?:dub|dubbed\s+version)\b"
                         r"(?:(?!\b(?:series|anime|show|film|season)\b)[^.;,])*$", re.I)
# a dub named, then a clause about it holding the credit ("the English script for X's dub, which Y directs", "its Spanish
# dub, directed by Y,", "the dub (directed by Y)"): the dub's credit, its language named before it in the sentence
_DUB_THEN_CLAUSE = re.compile(r"\bdub(?:bed\s+version)?(?:\s+(?:of|for)\s+[^,;.()]{1,60})?\s*(?:,\s*(?:which|that|directed|produced|written|helmed)\b|\(\s*(?:directed|produced|written)\b)"
                              r"[^;.(),]*$", re.I)
_DUB_LANGUAGE = re.compile(r"\b(English|Spanish|Latin\s+Spanish|French|German|Portuguese|Italian)\b")


def _dub_clause_role(text: str, who: str, role: str) -> str:
    """`role` as the dub's ("english dub director") when `who` is named only in a clause right after a dub."""
    pos = text.find(who)
    if pos < 0 or _DUB_THEN_CLAUSE.search(text, max(0, pos - 120), pos) is None:
        return role
    lang = _DUB_LANGUAGE.findall(text[:pos])
    return f"{(lang[-1] if lang else 'English').lower()} dub {role}"


_SERIES_SONG_WORDS = ("tv", "television", "テレビ")


_TAKES_OVER_END = re.compile(r"\b(?:take[sn]?|took|taking|inherit\w*)\s+over\s+(?:the\s+)?(?:role\s+of\s+)?$|\b(?:inherits|inherited|succeeds|replaces|replacing)\s+(?:the\s+)?$", re.I)
# "Emiko Tsujido of Hollowstar Pictures serves as producer", "… and X credited as music producer": a producer's credit (a press release names the company too)
_SERVES_PRODUCER = re.compile(rf"(?<![\w’'])(?P<who>{_PERSON})(?:\s+of\s+{_ORG})?\s+(?:serves|will\s+serve|is\s+serving|(?:is\s+)?credited)\s+as\s+(?:the\s+)?"
                              r"(?:(?:film|anime|series|show|project)[’']s?\s+)?(?P<role>(?:executive\s+|chief\s+|animation\s+|lead\s+|music\s+)?producer)\b(?!\s+(?:of|on|for)\s+[A-Z])")
_DIRECTING_IS = re.compile(rf"\b(?:Directing|Direction)\s+(?:is|will\s+be)\s+(?:by\s+|handled\s+by\s+)?(?P<who>{_PERSON})")
_MUSIC_GROUP = re.compile(r"\b(?:[Mm]usic|[Ss]core|[Ss]oundtrack)\s+(?:is\s+|will\s+be\s+)?(?:(?:once\s+again|again|also)\s+)?"
                          r"(?:(?:provided|handled|composed|written|performed|done)\s+)?(?:by|from|comes\s+from)\s+(?:the\s+)?"
                          r"(?:[a-z]+\s+)?(?:duo|band|group|unit|trio|collective)\s+(?P<who>[A-Z0-9][\w&'’!.-]*(?:\s+[A-Z0-9][\w&'’!.-]*){0,3})")
_MUSIC_PAIR = re.compile(rf"\b(?:[Mm]usic|[Ss]core|[Ss]oundtrack)\s+(?:is|will\s+be)\s+(?:(?:once\s+again|again|also)\s+)?"
                         rf"(?:(?:a\s+)?(?:joint\s+)?(?:collaboration|effort|team-up)\s+(?:between|of|from)|(?:shared|split)\s+(?:by|between)|"
                         rf"(?:jointly\s+)?(?:composed|handled|provided|written)\s+(?:jointly\s+)?by)\s+"
                         rf"(?P<a>{_PERSON})(?:\s*,\s*(?P<b>{_PERSON}))?\s*,?\s+and\s+(?P<c>{_PERSON})")
# ("The original light novels are written by X", "the source manga was created by Y": the copula before the verb too)
_SOURCE_BY = re.compile(rf"\b(?:[Oo]riginal\s+|[Ss]ource\s+)?(?:[Mm]anga|[Ll]ight\s+novels?|[Ww]eb\s+novels?|[Nn]ovels?|[Ww]ebtoon|[Oo]riginal\s+(?:story|work))"
                        rf"(?:\s+series)?(?P<cop>\s+(?:is|are|was|were)(?=\s+(?:(?:written|created|authored|penned)\b|by\s)))?"   # ("… manga is by X")
                        rf"(?:\s+(?:written(?:\s+and\s+illustrated)?|created|authored|penned))?\s+by\s+(?P<who>{_PERSON})")
_TITLE_BEFORE_BY = re.compile(r"[“\"«](?P<t>[^”\"»]{1,80}?),?[”\"»]\s*,?\s*(?:(?:and|which\s+is|is|was|to\s+be)\s+)?(?:(?:written|penned|arranged)\s+and\s+)?$")
# the determiner that opens a source book's noun: "The |original light novels are …", "Its |manga was …", "TITLE's |novel is …"
_SOURCE_DET_END = re.compile(r"(?:^|[.;:!?]\s+|\b(?:[Tt]he|[Ii]ts|[Tt]his)\s+|(?P<poss>[A-Z][^,.;:“\"]{0,60}?)[’']s?\s+)$")
_SOURCE_BEFORE_BY = re.compile(r"\b(?:manga|novels?|webtoon|comics?)(?:\s+series)?\s+(?:(?:is|are|was|were)\s+)?$", re.I)
# "A music video directed by X premieres …", "the live-action stage play directed by Y": that piece's credit, not the anime's
# ("The music video for the single was directed by X": the piece heads the clause, the anime not named after it)
_PIECE_BEFORE_BY = re.compile(r"(?<!\bof\sthe\s)(?<!\bof\s)\b(?:music\s+videos?|MVs?|video\s+clips?|commercials?|TV\s+spots?|(?:stage|theatre|theater)\s+"
                              r"(?:play|show|musical|adaptation)s?|live-action\s+(?:\w+\s+)?(?:film|drama|series|adaptation|movie)s?)\b"
                              r"(?:(?!\b(?:anime|animated|animation)\b)[^.;,]){0,40}?\s*,?\s+(?:(?:is|was|will\s+be|has\s+been)\s+)?$", re.I)
_SOURCE_POSS = re.compile(rf"(?P<who>{_PERSON})[’']s\s+(?:[\w-]+\s+){{0,5}}?(?:manga|light\s+novels?|web\s+novels?|novels?(?:\s+series)?|webtoon|comics?|"
                          r"web\s?comics?(?:\s+series)?|picture\s+books?|yonkoma|4-koma)(?:\s+|(?=,\s))")   # (", which …,": an aside next)
_SOURCE_NOUN = re.compile(r"\b(?:manga|light\s+novels?|web\s+novels?|novels?|webtoons?|comics?|web\s?comics?|picture\s+books?|yonkoma|4-koma)\b", re.I)
# what the source is about, between its noun and what it gets ("X's webcomic about a girl who … gets the TV treatment")
_SOURCE_ABOUT = re.compile(r"(?:about|following|set\s+(?:in|on))\s[^.;:,]{1,140}?\s(?=(?:is|are|gets|get|has|have|will)\s)")
# "X's manga is only months away from its anime debut", "X's novel gets an anime": the sentence's subject is the source
_SOURCE_IS_ANIME = re.compile(r"(?:is|are|gets|get|has|have|will|was\s+(?:announced|confirmed))\b[^.;]{0,60}?\b(?:its|an|the)\s+(?:(?:TV\s+)?anime\b|"
                              r"(?:TV|anime)\s+(?:treatment|adaptation)\b)|"   # ("X's novels are getting the TV treatment")
                              # "X's novel series … is finally animated by Studio Y", "… will be adapted into a TV anime"
                              r"(?:is|are|will\s+be|has\s+been|have\s+been)\s+(?:(?:finally|now|officially|being)\s+)*(?:animated\b|"
                              r"adapted\s+(?:in)?to\s+(?:an?\s+|the\s+)?(?:TV\s+)?anime\b)", re.I)
# between a source's noun and its verb: the rest of its noun and an aside ("novel series, with over 1.2 million copies in
# print, is …", "manga, which runs in Monthly Y, gets …")
_SOURCE_ASIDE = re.compile(r"(?:series\s*)?(?:,\s+(?:with|which|now|first)\b[^,;]{1,80},\s*)?")
_OTHER_SOURCE = re.compile(r"\b(?:previous|earlier|other|first|last|prior|former|another|debut)\b", re.I)
# "Corvid Games is credited with the original work", "X receives original story credit", "novelist X, who is credited
# for the original story": the source's creator
_CREDITED_ORIGINAL = re.compile(rf"(?<![\w’'])(?P<who>{_ORG})(?:,\s+who)?\s+(?:is|are|was|will\s+be|gets?|receives?)\s+(?:also\s+)?(?:credited\s+(?:with|for)\s+(?:the\s+)?"
                                rf"original\s+(?:work|story|concept|idea|creator\s+credit)|(?:an?\s+)?original\s+(?:work|story|creator)\s+credit)\b")
# "The original character designs were by X and adapted for animation by Y": Y's character design (never the studio)
_ADAPTED_DESIGNS = re.compile(rf"\bdesigns?\b[^.;]{{0,80}}?\b(?:adapted|reworked|redrawn)\s+(?:for\s+(?:the\s+)?(?:animation|anime|screen|TV)\s+)?"
                              rf"by\s+(?P<who>{_PERSON})")
# "The original story is credited to Amagi and the writing unit Nightjar Nine", "original work credit goes to X": the
# creators, each a name (a surname named in full before, a unit after its lower-case descriptor)
_CREDITED_TO = re.compile(r"\b[Oo]riginal\s+(?:story|work|concept|creator)(?:\s+credit)?\s+(?:(?:is|are|was|will\s+be)\s+(?:also\s+)?credited\s+to|"
                          r"(?:credit\s+)?(?:goes|went|will\s+go)\s+to)\s+(?P<list>[^.;:()]{2,120})")
_CREDITED_TO_ITEM = re.compile(rf"(?:the\s+)?(?:[a-z][\w-]*\s+){{0,3}}?(?P<who>[{_UP}][\w’'.-]*(?:[ \u00a0][{_UP}\d][\w’'.-]*){{0,3}})")
_POSS_PERSON = re.compile(rf"(?P<who>{_PERSON})[’']s\s+")
_ST_WORD = re.compile(r"\b(?:Studio|Studios|Works|Pictures|Animation|Productions?|Inc|Co|Ltd|Entertainment|Publishing|Shobo|Bunko|"
                      r"Comics|Books|Press|Magazine|Media|Kadokawa|Shueisha|Kodansha|Shogakukan)\b")
_PRONOUN_SUBJ = re.compile(r"\b(?:he|she)(?:[’']s)?\s+$", re.I)
# a relative clause about a person's work on an earlier season ("…, who also performed Season 1's opening "Z"")
_WHO_SEASON_ASIDE = re.compile(r",\s*who\s+[^,;.]{0,100}?(?:\b[Ss]eason\s+(?:one|1)\b|\b(?:first|previous|prior|last|earlier)\s+"
                               r"(?:season|series|cour)\b)[^,;.]{0,60}(?:,(?=\s+(?:also\s+)?(?:will|sings|performs|is|returns)\b))?")   # (its closing comma before the verb too)
# "X directs from her own original screenplay", "where Y is producing.": credits said by a bare verb
_FROM_OWN_SCREENPLAY = re.compile(r"\b(?:directs|directed|is\s+directing|will\s+direct)\s+(?:it\s+|the\s+(?:film|series|movie)\s+)?"
                                  r"from\s+(?:her|his|their)\s+own\s+(?:original\s+)?(?:screenplay|script)\b")
_SUBJECT_NAME_END = re.compile(rf"(?:^|[,;]\s+|\band\s+)(?P<who>{_WORD}(?:\s{_WORD}){{0,3}})\s+$")
# a role named before a colon, then who takes it over: "The character designs are new, though: X replaces Season 1's Y"
_ROLE_THEN_REPLACES = re.compile(rf"\b(?P<role>{_ROLE_ALT})\b[^:;.]{{0,40}}:\s*(?P<who>{_PERSON})\s+(?:replaces|succeeds|takes\s+over\s+from)\s")
_PRODUCING_END = re.compile(rf"(?<![\w’'])(?P<who>{_PERSON})\s+(?:is|will\s+be)\s+(?:also\s+)?producing(?=\s*[.;]|\s*$)")
# a sentence whose subject is someone's earlier work ("The director's previous feature, …, was produced at …")
_EARLIER_WORK_SUBJ = re.compile(r"(?:[Tt]he\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}[’']s?\s+(?:previous|earlier|prior|last|past)\s+"
                                r"(?:feature|film|movie|series|work|project|title|anime|show)s?\b")
# the artist's past set apart as an appositive: ", the band behind the first season's opening "Z,""
_BEHIND_SEASON_ASIDE = re.compile(r",\s*the\s+(?:[\w-]+\s+){0,2}?(?:band|group|unit|duo|trio|singer|artist|vocalist|singer-songwriter|rapper)"
                                  r"\s+(?:behind|who\s+(?:sang|performed))\s+[^;.]{0,100}?(?:\b[Ss]eason\s+(?:one|1)\b|"
                                  r"\b(?:first|previous|prior|last|earlier)\s+(?:season|series|cour)\b)[^;.]{0,60}?,[”\"’']?(?=\s)")
_REL_PAST_SEASON = re.compile(r"\s*,\s*who\s+[^,;.]{0,80}?(?:\b(?:first|previous|prior|last|earlier)\s+(?:season|series|cour)\b|" + _EARLIER_SEASONS + ")", re.I)
# the person of a relative clause whose second predicate gives the credit: "Y, who directed … and is credited as …"
_WHO_AND_PRED = re.compile(rf"(?<![\w’'])(?P<who>{_PERSON}),\s+who\s+[^,;.]{{1,100}}?\s+and\s+(?:also\s+|now\s+)?$")
# "replaces Y", "succeeds Y", "takes over from Y": Y is the predecessor, whose role the subject takes
# the predecessor's qualifier between that verb and his name: "Season 1's", "Season 1 composer", "the first season's
# character designer", "former director", "outgoing"
_PREDECESSOR_QUAL = (r"(?:(?:the\s+)?(?:(?:season\s+(?:\d{1,2}|one|two)|(?:first|previous|prior|last|earlier|original)\s+"
                     r"(?:season|series|cour))(?:['’]s)?|former|outgoing|previous|departing)\s+(?:[a-z]+\s+){0,2})?")
_SUCCEEDS_END = re.compile(r"\s+(?:replaces|replacing|replaced|succeeds|succeeding|succeeded|(?:takes|taking|took|take)\s+over\s+from|"
                           r"(?:steps|stepping|stepped)\s+in\s+for|(?:fills|filling|filled)\s+in\s+for|in\s+place\s+of|instead\s+of)\s+"
                           + _PREDECESSOR_QUAL + "$", re.I)
_WHO_CLAUSE_END = re.compile(r",\s*who\s+[^,;.]{1,100},\s*$")
# the subject's description set apart: ", a Kogetsu veteran best known for storyboarding on OTHER, " (then the predicate)
_A_NOUN_ASIDE_END = re.compile(r",\s*an?\s+[^,;.]{1,100},\s*$")
# "The production committee, which includes Studio A and Pony B, is producing the series": the members named in
# the aside are not the subject
# a title, then a "which" clause running up to the end of the text searched
_WHICH_ASIDE = re.compile(r"(?P<t>[A-Z][\w'’:!&-]*(?:\s+(?:of|the|no|and|[A-Z0-9][\w'’:!&-]*))*),\s*which\b[^;.]*$")
# a clause about another title set after it ("… of last year's Gilded Mantis, which was directed by Y", "the 2025 short
# X: Prologue (ONA), which Studio K animated", "OTHER, that was scored by Z"): the credits named only there are that
# title's (found with `_Run.other_credit_spans`)
_OTHER_TITLE_CLAUSE = re.compile(r"(?P<t>[A-Z][\w'’:!&-]*(?:\s+(?:of|the|no|and|[A-Z0-9][\w'’:!&-]*)){0,8})[”\"’']?"
                                 r"(?:\s*\([^()]{1,30}\))?,\s*(?:which|that)\s")
# the person a credit passed from ("replacing Y, who designed season one's characters", "taking over from Y", "in place
# of Y", "succeeding Y"): Y's credit is the earlier one
_PREDECESSOR = re.compile(r"\b(?:replacing|replaces|replaced|succeeding|succeeds|succeeded|(?:taking|takes|took)\s+over\s+from|"
                          r"in\s+place\s+of|instead\s+of|(?:stepping|steps|stepped)\s+in\s+for)\s+(?:the\s+)?"
                          r"(?:(?:previous|former|original|outgoing)\s+[a-z]+\s+)?(?P<who>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})"
                          r"(?:\s*,\s*who\s+(?P<clause>[^,;.]{1,120}))?")
# a predecessor's "who …" clause that also tells his credit now ("who directed the first two seasons and is credited as
# chief director this time around"): he holds one on this work too
_STILL_CREDITED = re.compile(r"\b(?:is|are|will|now|this\s+time|again|also|remains|stays|returns?|moves?|moving|continues)\b")
_OTHER_CREDIT_WORDS = (", which", ", that", "replac", "succeed", "over from", "place of", "instead of", "in for")


_WHICH_CLAUSE_END = re.compile(r",\s*(?:which|that)\s+[^,;.]{1,100},\s*$")
# a correction note repeats the wrong claim it corrects ("An earlier version of this story said it would air on X")
_CORRECTED_CLAIM = re.compile(r"\b(?:earlier|previous|prior|original|initial)\s+version\s+of\s+this\s+(?:story|article|post|report|piece|page)\b|"
                              r"\b[Tt]his\s+(?:story|article|post|report)\s+(?:originally|previously|initially|mistakenly|incorrectly|erroneously)\s+"
                              r"(?:said|stated|reported|listed|gave|named|misstated|misidentified)\b")
_CORRECTED_WORDS = ("version", "originally", "previously", "initially", "mistakenly", "incorrectly", "erroneously")   # one is in every match

# cast
_CAST_VERB = (r"(?:will\s+(?:also\s+)?(?:voice|play|portray|be\s+voicing|be\s+playing)|(?:also\s+)?voices|is\s+(?:also\s+)?(?:voicing|playing)|"
              r"plays|portrays|(?:will\s+)?(?:co-?)?stars?\s+(?:in\s+the\s+(?:anime|series|film|movie|show)\s+)?as|(?:will\s+)?(?:leads?|headlines?|fronts?)\s+as|is\s+leading\s+as|(?:will\s+)?(?:leads?|heads?|fronts?|is\s+leading|is\s+heading)\s+the\s+(?:[\w-]+\s+)?cast\s+as|is\s+starring\s+as|(?:will\s+|has\s+|have\s+)?(?:joins?|joined)\s+(?:the\s+(?:main\s+)?(?:cast|series|show|anime|ensemble|season|film)\s+)?as|"
              r"(?:is|will\s+be|are)\s+(?:also\s+|once\s+again\s+|again\s+|now\s+)?the\s+(?:new\s+)?(?:Japanese\s+)?voice\s+of|"
              r"(?:will\s+)?returns?\s+as|is\s+returning\s+as|(?:is|was|has\s+been|have\s+been)\s+cast\s+as|"
              # ("X is back as Y", "X comes back as Y", "X is back to voice Y": a return said another way)
              r"(?:is|are|will\s+be)\s+(?:also\s+|once\s+again\s+)?back\s+(?:as|to\s+(?:voice|play))|(?:will\s+)?comes?\s+back\s+as|is\s+coming\s+back\s+as|"
              r"(?:will\s+)?lends?\s+(?:her|his|their)\s+voices?\s+to|gives\s+(?:voice|life)\s+to|will\s+give\s+voice\s+to|"
              r"(?:will\s+)?(?:takes?|is\s+taking)\s+(?:on\s+)?the\s+(?:(?:lead|main|title|leading|starring)\s+)?(?:role|part)\s+of|(?:will\s+)?plays?\s+the\s+(?:role|part)\s+of|"
              r"(?:will\s+)?appears?\s+as|(?:will\s+)?(?:voices?|plays?)\s+the\s+(?:role|part)\s+of|"
              r"in\s+character\s+as|"   # "sung by Kanon Miyabe in character as the baby dragon Cocoa"
              r"(?:has\s+|have\s+)?land(?:s|ed)?\s+the\s+(?:(?:lead|main|title|leading|starring)\s+)?(?:role|part)\s+of|(?:will\s+be|can\s+be|is)\s+heard\s+as|"
              r"(?:will\s+)?reprises?\s+(?:her|his|their)\s+role\s+as|is\s+reprising\s+(?:her|his|their)\s+role\s+as|"
              r"(?:will\s+)?reprises?\s+the\s+(?:role|part)\s+of|is\s+reprising\s+the\s+(?:role|part)\s+of|"
              r"(?:will\s+)?reprises?(?=\s+the\s)|is\s+reprising(?=\s+the\s)|"   # "X reprises the mercenary Corvin"
              r"(?:is|are)\s+(?:set|slated|scheduled|confirmed)\s+to\s+(?:voice|play|portray)|"
              r"(?:was|is|has\s+been|had\s+been|were|have\s+been)\s+(?:previously\s+|also\s+|already\s+|officially\s+)?(?:announced|confirmed|revealed|cast|tapped)\s+(?:as|to\s+(?:voice|play))\s+)")
_CAST1B = re.compile(rf"(?P<actor>{_PERSON})\s*,\s*(?:who|whose)\b[^,;]{{0,120}},\s*{_CAST_VERB}\s+(?:the\s+)?(?:(?:titular|main|lead|"
                     rf"[a-z][\w-]*)\s+){{0,4}}?(?P<char>{_CHAR})")
_ST_STUDIO_VERB = re.compile(rf"\b(?:Studio|studio)\s+(?P<n>{_ORG})(?:,[^.;]{{0,200}}?,|\s+and\s+[^,.;]{{1,40}}?)?\s+(?:(?:has|have|had|is|are|will|also|again)\s+){{0,3}}"
                             r"(?:announced|revealed|unveiled|confirmed|producing|animating|animate|produce|handling|handle|in\s+charge|"
                             r"working\s+on|making|behind\s+the\s+(?:animation|anime|series))\b")
_ST_BY = re.compile(rf"\b(?:(?<![Ff]or\s)[Aa]nimation\s+(?:production\s+)?(?:is\s+)?by|(?:[Cc]o-)?[Aa]nimated\s+by|[Pp]roduced\s+by\s+(?:the\s+)?(?:animation\s+)?[Ss]tudio|"
                    rf"[Aa]nimation\s+[Pp]roduction\s*[:：]|[Aa]nimation\s+[Ss]tudio\s*[:：]|"
                    rf"(?:CG\s+|CGI\s+)?animation\s+studio|"
                    rf"(?:^|(?<=[.;]\s))(?:[Pp]roduced|[Aa]nimated|[Mm]ade)\s+at\s+(?:[A-Z][\w-]*[’']s\s+)?(?:the\s+)?(?:animation\s+)?(?=[Ss]tudio\s)|"
                    # "Produced by Tokyo's Kumo Animation, the film …": an animation house by its name
                    rf"(?:^|(?<=[.;]\s))[Pp]roduced\s+by\s+(?:[A-Z][\w-]*[’']s\s+)?(?=[{_UP}][\w-]*(?:\s+[{_UP}][\w-]*)?\s+(?:Animation|Studios?)\b))"
                    rf"\s*(?P<n>{_ORG})(?=[\s,.;)]|$)")
_ST_BEING = re.compile(rf"(?:\b(?:is|are|was|will\s+be)|(?<=\b[Ii]t)[’']s)\s+(?:being\s+)?(?:animated|produced|made)\s+(?:at|by)\s+(?:(?:the\s+)?[Ss]tudio\s+)?(?P<n>{_ORG})")
# "X returns to animate the sequel", "X is set to animate", "X has been tapped to animate": the studio, then what
# brings it to the animation (its return, its hiring)
_ST_BACK_TO = (r"(?:returns|is\s+returning|will\s+return|comes\s+back|is\s+back|(?:is|are)\s+(?:(?:once\s+)?again\s+)?(?:set|slated|"
               r"confirmed|on\s+board)|(?:has|have)\s+been\s+(?:tapped|chosen|hired|picked|brought\s+(?:on|in)))\s+to")
# a heading naming a sequel without its number ("The new season", "Who is making the sequel?"); a numbered season
# ("Season 2 staff", 「第2期スタッフ」) is the page model's own reading (`page._heading_seasons`)
_HEADING_SEQUEL_WORD = re.compile(r"\b(?:new|next|previous|last)\s+season\b|\bsequel\b", re.I)
# the return or hiring itself, which tells a sequel's studio: not read under another season's heading
_ST_BACK_TO_ANIMATE = re.compile(_ST_BACK_TO + r"\s+(?:co-)?animate\b")
# a studio's description set apart before its verb ("X, which animated the first season, returns to animate …")
_ST_WHICH_ASIDE = re.compile(r"(?<=[\w)])\s*,\s*which\s+[^,;.]{1,100},(?=\s)")
_ST_SUBJ = re.compile(rf"(?P<n>{_ORG})\s+(?:is|are|will\s+be)\s+(?:also\s+)?(?:(?:once\s+)?again\s+|still\s+)?(?:(?:co-)?animating|handling\s+(?:the\s+)?animation|"
                      rf"in\s+charge\s+of\s+(?:the\s+)?animation|producing\s+the\s+animation)|(?P<n2>{_ORG})\s+(?:will\s+(?:co-)?animate|(?:co-)?animates|handles\s+(?:the\s+)?animation|{_ST_BACK_TO}\s+(?:co-)?animate|"
                      rf"(?:produces|will\s+produce)\s+the\s+animation)\b|"
                      rf"\b[Tt]he\s+(?:animation\s+)?studio\s+behind\s+[^,.;]{{1,60}}?\s+is\s+(?:(?:the\s+)?[Ss]tudio\s+)?(?P<n3>{_ORG})")
_ST_HANDLED = re.compile(rf"\b(?:(?:[Aa]nimation\s+)?[Pp]roduction|(?<![Cc]haracter\s)(?<![Kk]ey\s)[Aa]nimation)\s+(?:is|will\s+be|was)\s+(?:being\s+)?(?:handled|done|taken\s+care\s+of)\s+by\s+"
                         rf"(?:(?:the\s+)?[Ss]tudio\s+)?(?P<n>{_ORG})")
_ST_MOVES = re.compile(rf"\b(?:(?P<seq>[Tt]he\s+(?:sequel|new\s+season|second\s+season|third\s+season|next\s+season)|[Ss]eason\s+(?:\d{{1,2}}|two|three|four))(?=\s+(?:has\s+|have\s+)?(?:moved|moves|is\s+moving|will\s+move|shifts|has\s+shifted|switch))|[Aa]nimation\s+(?:duties|work)|[Aa]nimation(?=\s+(?:moves|has\s+moved|will\s+move|is\s+moving|shifts|has\s+shifted)\s)|(?:[Aa]nimation\s+)?[Pp]roduction(?:\s+(?:for|on)\s+(?:the\s+)?(?:new\s+|second\s+|next\s+|upcoming\s+)?(?:season|sequel|series|cour|film))?|(?<=[Aa]nimated\s)[^.;]{{0,60}}?(?:[Ss]eason\s+(?:\d+|two|three|four)|"
                      rf"the\s+(?:sequel|new\s+season|second\s+season|new\s+series)))\s+(?:moves?|has\s+moved|have\s+moved|will\s+move|is\s+moving|are\s+moving|shifts?|has\s+shifted|pass(?:es)?|switch(?:es)?|(?:has\s+)?switched)"
                      # ("moves from Studio P, which made the first season, to Tokyo-based Studio Q": the studio after "to")
                      rf"(?:\s+from\s+[^;.]{{1,100}}?,?)?\s+to\s+(?:[A-Z][\w-]*-based\s+)?"
                      rf"(?:(?:the\s+)?[Ss]tudio\s+)?(?P<n>{_ORG})")
# "Gekko Digital is back as the studio", "Studio L returns as the animation studio": a sequel's returning studio
_ST_AS_STUDIO = re.compile(rf"(?P<n>{_ORG})\s+(?:(?:is|are|will\s+be)\s+(?:back|returning|again|once\s+again|on\s+board)|returns|comes\s+back)"
                           rf"\s+as\s+the\s+(?:animation\s+)?studio\b")
# "animated by Studio A and Studio B", "A is co-animating the series with Studio B": the second studio of the pair
_ST_PARTNER_AND = re.compile(rf"\s+(?:and|&)\s+(?P<n>(?:[Ss]tudio\s+)?{_ORG})")
_ST_PARTNER_BEFORE = re.compile(rf"(?P<n>(?:[Ss]tudio\s+)?{_ORG})\s+(?:and|&)\s+$")
_ST_PARTNER_WITH = re.compile(rf"[^,.;]{{0,60}}?\bwith\s+(?:the\s+)?(?:studio\s+)?(?P<n>(?:[Ss]tudio\s+)?{_ORG})")
# (pattern, words one of which every match contains; the patterns are case-sensitive)
# (_ST_SUBJ: "The studio behind X is Y" names no animation; _ST_MOVES: "animated Season 2 moves to": the
# lookbehind's "nimated" is in the text; _ST_BY: "Made at Studio X" has only its "[Mm]ade")
_ST_NEEDS = ((_ST_BY, ("nimat", "roduced", "ade")), (_ST_BEING, ("animated", "produced", "made")),
             (_ST_SUBJ, ("animat", "behind")), (_ST_HANDLED, ("handled", "done", "care")),
             (_ST_MOVES, ("move", "moving", "shift", "pass", "switch")))   # (the verbs: rarer than the nouns)
_PAST_BEFORE = re.compile(r"\b(?:was|were|had\s+been)\s+(?:\w+\s+)?$")
# a roundup turning to the next story at its studio: "Over at Studio Kasumidou, the supernatural drama TITLE …"
_ST_OVER_AT = re.compile(rf"Over\s+at\s+(?P<n>{_ORG}),\s+(?:the\s+)?")
_STUDIO_NAME_WORD = re.compile(r"\b(?:Studios?|Animation|Works|Pictures|Productions?)\b")
_SEASON_NUMBERED = re.compile(r"\d|\b(?:two|three|four|second|third)\b")   # ("Season 2", "the third season"; not "the sequel")
_ST_DIRECTING_AT = re.compile(rf"\b(?:directing|direct|directs|helming|helms|helm|(?<=as\s)director|(?<=as\sthe\s)director)\s+(?:and\s+\w+ing\s+)?(?:the\s+)?"
                              # ("directing the second season at X", "helming the new sequel at X")
                              r"(?:(?:new|second|third|fourth|fifth|final|next|\d{1,2}(?:st|nd|rd|th))\s+(?=season|sequel|cour|series|film|movie))?"
                              rf"(?:anime|series|film|movie|show|project|adaptation|season|sequel|cour)?\s*"
                              rf"(?:at|for)\s+(?:studio\s+)?(?P<n>{_ORG})(?=[\s,.;)]|$)")
# "X wrote and directed the film at Studio Y", "made the movie at Y": the work named, then where it was made
# "An original mecha series from Ironbell Studio", "a road drama from Nightjar Animation": a studio-named maker
_ST_FROM = re.compile(rf"\b(?:series|anime|film|movie|show|drama|comedy|fantasy|feature|project|adaptation|(?:(?<=TV\s)|(?<=anime\s))treatment)\s+from\s+(?:(?:the\s+)?[Ss]tudio\s+)?"
                      r"(?P<n>(?:[A-Z][\w&'’!.-]*\s+){0,3}(?:Studio|Studios|Animation|Animations|Works|Pictures|Productions?|Films?|Digital|Graphix)|"
                      # "… are getting the TV treatment from Atelier Pinecone": a studio named Atelier …
                      r"Atelier\s+[A-Z][\w&'’!.-]*(?:\s+[A-Z][\w&'’!.-]*)?|"
                      r"(?<=[Ss]tudio\s)[A-Z][\w&'’!.-]*(?:\s+[A-Z][\w&'’!.-]*){0,2})(?![\w-])")
_DISTRIBUTOR = re.compile(r"(?:Sony|Warner|Toho|Shochiku|Toei\s+Company|Paramount|Universal|Columbia|Disney|Kadokawa|Aniplex|GKIDS)\b")
_ST_MADE_AT = re.compile(rf"\b(?:directed|made|animated|produced|directs|makes)\s+the\s+(?:anime|series|film|movie|show|feature)\s+"
                         rf"at\s+(?:(?:the\s+)?studio\s+)?(?P<n>{_ORG})(?=[\s,.;)]|$)")
_ST_BACK_AT = re.compile(rf"\b(?:back|working|directing|directs|[Dd]irected\s+by|helming|helms)\s+(?:[\w’']+\s+){{0,4}}?at\s+(?:[Ss]tudio|the\s+studio)\s+(?P<n>{_ORG})")
# "Studio Tsubakiya's first feature will open …", "the director's new film opens …": the work as someone's own, as subject
# "The first episode premieres on Tokyo MX on April 3": the work's first airing, said of its first episode
_FIRST_EP_SUBJ = re.compile(r"\s*(?:[Tt]he|[Ii]ts)\s+(?:first|opening|premiere)\s+episode\s*(?:(?:will|is|also)\s+)*|"
                            r"\s*[Ee]pisode\s+(?:1|one)\s*(?:(?:will|is|also)\s+)*")
# "Season 2 premieres …", "The second season will air …", "Its third season debuts …": a season named alone as the
# subject (the work's own one when the watched work is that season; own_season tells which)
_OTHER_QUOTED_TITLE = re.compile(r"[“\"『「][^”\"』」]{2,60}[”\"』」]")   # a heading quoting a title: another work's, maybe
_SEASON_ALONE_SUBJ = re.compile(r"\s*(?:(?:[Tt]he|[Ii]ts|[Tt]his)\s+)?(?:(?:new|upcoming|anime['’]s|show['’]s|series['’])\s+)?"
                                r"(?:[Ss]eason\s+(?:\d{1,2}|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive)|"
                                r"(?:second|third|fourth|fifth|\d{1,2}(?:nd|rd|th))\s+season)\s*(?:(?:will|is|also|now|then)\s+)*")
_OWN_WORK_SUBJ = re.compile(r"(?:^|,\s+|\s(?:[Dd]irector|[Ss]tudio)\s)(?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*[’']s\s+(?:first|new|latest|next|upcoming|debut)\s+"
                            r"(?:(?:original|anime|animated|theatrical|feature)\s+)*(?:feature(?:\s+film)?|film|movie|anime|series)"
                            r"(?=\s*$|\s+(?:will|is|are|has|also|finally|now)\b)")
# "Studio Kōkaku is back again", "Studio X returns": the studio of the work the paragraph is about, returning
_ST_RETURNS = re.compile(rf"\b(?P<n>[Ss]tudio\s+{_ORG})\s+(?:is\s+(?:also\s+)?back|returns|is\s+returning|will\s+return|comes\s+back|"
                         r"adapts|is\s+adapting|will\s+adapt)\b")   # (and "Studio X adapts the novel": the studio making it)
# "Studio Tsubakiya's first feature will open in theaters …": the work as the studio's own
_ST_POSS_WORK = re.compile(rf"\b(?P<n>Studio\s+{_ORG})[’']s\s+(?:first|new|latest|next|upcoming|debut)\s+(?:feature(?:\s+film)?|film|movie|anime|(?:TV\s+)?series)"
                           r"\s+(?=will\b|is\b|opens\b|premieres\b|hits\b|arrives\b|debuts\b)")
# "TITLE (…), Atelier X's first original feature film, …": a studio's name beside the title, as an aside
_ST_POSS_APPOS = re.compile(rf",\s+(?P<n>(?:Studio|Atelier)\s+{_ORG}|{_ORG}\s+(?:Pictures|Animation|Works|Studios?))[’']s\s+"
                            r"(?:first|new|latest|debut)\s+(?:original\s+)?(?:feature(?:\s+film)?|film|movie|anime|(?:TV\s+)?series)\s*,")
# each with the (case-sensitive) words one of which every match holds
# "An original track-and-field drama from Orbit Lane about a relay team": an anime-original work's maker (no source
# author to be "from"), said before what it is about
_ST_ORIGINAL_FROM = re.compile(r"\b[Aa]n?\s+original\s+(?:[\w-]+\s+){0,3}?(?:anime|series|drama|comedy|film|movie|show)\s+from\s+"
                               r"(?:(?:the\s+)?[Ss]tudio\s+)?(?!(?:Japan|Korea|China|Tokyo|Kyoto|Osaka)\b)"
                               r"(?P<n>[A-Z][\w&'’!.-]*(?:\s+[A-Z][\w&'’!.-]*){0,2})\s+about\b")
_ST_AT_NEEDS = ((_ST_DIRECTING_AT, ("direct", "helm")), (_ST_BACK_AT, ("back", "working", "direct", "irected", "helm")),
                (_ST_MADE_AT, ("directed", "made", "animated", "produced", "directs", "makes")), (_ST_FROM, ("from",)),
                (_ST_ORIGINAL_FROM, ("original",)))
_CAST_VERB_RX = re.compile(r"(?<![\w’'])" + _CAST_VERB)
_CHAR_AFTER = re.compile(rf"\s*(?:the\s+)?(?:{_WORD}[’']s\s+(?=[a-z]))?(?:(?:titular|main|lead|protagonist|heroine|hero|[a-z][\w’'-]*),?\s+){{0,5}}?(?P<char>{_CHAR})")
_CHAR_AT = re.compile(_CHAR)
_DESC_STAFF = re.compile(r"\b(?:director|designer|composer|writer|screenwriter|producer|animator|editor|supervisor)s?\b|\band\s*$", re.I)
_ADVERB_END = re.compile(r"(?<=\S)\s+(?:(?:also|once\s+again|again|now|still|officially|too|likewise|similarly)\s+)+$")
_PERSON_AT = re.compile(_PERSON)
_ACTOR_END = re.compile(rf"(?<![\w’'])(?P<who>{_PERSON})\s*,?\s*$")
_ACTOR_END_TIGHT = re.compile(rf"(?<![\w’'])(?P<who>{_PERSON})$")
_AS_RX = re.compile(r"\s+as\s+(?:the\s+)?")
_AS_VOICE_OF = re.compile(r"voice\s+of\s+(?:the\s+)?")
_ROLE_RX = re.compile(rf"\b(?P<role>{_ROLE_ALT})\s*,?\s+(?=[{_UP}])")
# "X as director", "X rounds out the announced staff as sound director", "X as the writer handling series composition"
_AS_ROLE_T = re.compile(rf"(?:\s+(?:rounds?\s+out|joins?|completes?|comes?\s+aboard|signs?\s+on|is\s+attached)"
                        r"(?:\s+(?:to\s+)?the\s+(?:[a-z]+\s+)?(?:staff|team|crew|line-?up|production))?"
                        r"|\s+(?:is\s+|will\s+be\s+)?adapting\s+[^,.;]{1,60}?)?"   # "X adapting the novel's illustrations as character designer"
                        rf"\s+(?:as|serving\s+as)\s+(?:the\s+)?(?:anime[’']s\s+|series[’']\s+|series\s+(?!(?:composer|composition|director|scriptwriter|script\s+supervisor)\b))?"
                        r"(?:(?:writer|artist|person|one|composer)\s+(?:handling|in\s+charge\s+of|overseeing|responsible\s+for)\s+(?:the\s+)?)?"
                        rf"(?P<role>{_ROLE_ALT})\b(?!\s+(?:of|on|for)\s+[A-Z])")
_DUB = re.compile(r"\b(English|Spanish|Latin\s+Spanish|French|German|Portuguese|Italian|Japanese)(?:[- ]language)?\s+(?:dub|dubbed|"
                  r"voice\s+cast|dub\s+cast|version|cast)\b", re.I)
_CAST_MID_BAD = re.compile(r"\b(?:at|in|on|of|for|from|with|by|to\s+(?!voice|play)|and|(?!voicing|playing|starring|returning|"
                           r"joining|casting)[a-z]+ing)\b(?!\s+(?:voice|play))|,\s+(?:with|and|while)\b")
# between a cast verb and the character: a description ("the scheming regent", "Rei's friend and mechanic")
# but not another clause ("directing the anime at …", "… and Mika Ito")
_DESC_BAD = re.compile(r"\b(?:at|in|on|of|for|from|with|by|to\s+(?!voice|play)|and(?=\s+[A-Z])|[a-z]+ing(?=\s+(?:the|a|an|his|her|their)\b))\b|"
                       r",\s+(?:with|and|while)\b")
_OBJ_OTHER = re.compile(r"(?:\s+(?:for|on|of|in)\s+(?:the\s+)?|\s+)(?:[“\"«]|(?!(?:Season|Part|Episode|Japan|Japanese|English|The|It|Its|He|She|They|Studios?)\b)[A-Z])")
_IN_OTHER_WORK = re.compile(r"\s+(?:in|on|from)\s+(?:the\s+)?(?:[“\"«]|(?!(?:Season|Part|Episode|Japan|Japanese|English|the\s)\b)[A-Z])")
_AGE_ASIDE = re.compile(r",\s*\d{1,2}\s*,\s*$")
_AS_KIN = re.compile(r"(?:her|his|their)\s+(?:(?:older|younger|little|big|elder|late|estranged|best|childhood|new)\s+)?"
                     r"(?:grandfather|grandmother|father|mother|brother|sister|son|daughter|uncle|aunt|cousin|friend|rival|mentor|"
                     r"teacher|partner|husband|wife|boss|classmate|roommate|neighbor|neighbour|master|butler|maid)\s+(?=[A-Z])")
_WHO_BEFORE = re.compile(r",\s*who\s+$")
_PREP_END = re.compile(r"\b(?:in|of|from|for|on|at|with|by|like|than|about|to)\s*$", re.I)
_CAST_INV = re.compile(rf"\b(?:Playing|Voicing)\s+(?:the\s+(?:lead\s+|main\s+|title\s+)?(?:role|part)\s+of\s+)?(?:the\s+)?"
                       rf"(?:[a-z][\w’'-]*\s+){{0,3}}?(?P<char>{_CHAR})\s+(?:is|will\s+be)\s+(?P<actor>{_PERSON})")
# between "voiced by" and the actor, a word or three on who they are ("veteran", "series newcomer", "stage actress"):
# lower-case words only, never a preposition or article that would start another clause
_VOICED_BY_DESC = (r"(?:(?!(?:the|a|an|and|or|of|in|for|from|at|on|with|by|to|who|which|that|is|was|will|both|two|three|"
                   r"several|many|different|other|same|their|his|her|its)\b)[a-z][\w-]*\s+){0,3}")
_CAST2 = re.compile(rf"(?P<char>{_CHAR})\s*,?\s+(?:(?:the|a|an)\s+[a-z][\w’'-]*(?:\s+[\w’'-]+){{0,9}}?,\s+)?(?:(?:is|will\s+be|was)\s+)?(?:voiced|played|portrayed|brought\s+to\s+life)\s+by\s+{_VOICED_BY_DESC}(?P<actor>{_PERSON})")
# "Actor is the calligrapher's granddaughter Char": a possessive description names the role
_CAST_IS_BAD = r"(?i:director|designer|composer|writer|producer|animator|staff|studio|of|in|for|from|at|on|with|by)\b"
# "…, and Genta Oba is Rin's older brother, Kaito": the character named after a relation to another one (read only in a
# sentence that casts someone with a verb, so "X is the studio's president, Y" is never a role)
_CAST_IS_REL = re.compile(rf"(?P<actor>{_PERSON})\s+is\s+(?:the\s+)?{_WORD}[’']s\s+(?:(?!{_CAST_IS_BAD})[a-z][\w-]*\s+){{0,2}}?"
                          rf"(?!{_CAST_IS_BAD})[a-z][\w-]*,\s+(?P<char>{_CHAR})(?=\s*(?:[.;]|$|,\s+(?:who|a|an|the)\b))")
# "Natsumi Kuga is the apple-blight witch Perrine" (read only in a sentence that also casts with a verb)
_CAST_IS_DESC = re.compile(rf"(?P<actor>{_PERSON})\s+is\s+(?:the|their|his|her)\s+(?:(?!{_CAST_IS_BAD})[a-z][\w-]*\s+){{1,3}}?(?P<char>{_CHAR})"
                           rf"(?=\s*(?:[.;,]|$|\s+and\b))")
# "The lead role of Chiyo goes to X", "the role of Y went to Z": the part handed to an actor
_ROLE_GOES = re.compile(rf"\b(?:[Tt]he\s+)?(?:(?:lead|leading|main|title|starring|central|key)\s+)?role\s+of\s+(?P<char>{_CHAR})\s+"
                        rf"(?:goes|went|has\s+gone|will\s+go|has\s+been\s+given|was\s+given)\s+to\s+(?:(?:veteran|newcomer|actress|actor)\s+)?(?P<actor>{_PERSON})")
_STAFF_WORD_END = re.compile(r"\b(?:director|designer|composer|writer|screenwriter|producer|animator|editor|supervisor)s?\s+$", re.I)
_SINGS_UNTITLED = re.compile(rf"(?P<who>{_PERSON})(?:,\s+who\s+[^.;]{{0,80}}?,[”\"]?)?\s+(?:will\s+(?:also\s+)?(?:perform|sing)|(?:also\s+)?(?:performs|sings)|"
                             r"is\s+(?:also\s+)?(?:performing|singing))\s+(?:the\s+)?(?:anime[’']s\s+|series[’']?\s+|show[’']s\s+|film[’']s\s+)?"
                             r"(?P<kind>openings?|endings?|theme\s+song|main\s+theme)(?:\s+(?:theme\s+songs?|themes?|songs?))?\b")
_CREDITED_AS_BEFORE = re.compile(rf"(?P<actor>{_PERSON}),?\s+(?:is|was|will\s+be|gets|also\s+gets)\s+(?:also\s+)?credited"
                                 r"(?:\s+(?:at|in|on|during)\s+[^.,;]{0,20}?)?\s*$")
# the rest of a cast list after "X voices A": ", Y is B and Z is C" (each pair a person, then the part alone)
_CAST_IS_CHAIN = re.compile(rf"(?:,\s+|\s+and\s+)(?P<actor>{_PERSON})\s+is\s+(?P<char>{_CHAR})(?=\s+and\s|,\s|\s*[.;]|\s*$)")
# the same list led by its "is" pair: "X is A, and Y plays the valley's surveyor, B" (the sentence's first clause, the
# cast verb in the clause joined to it)
_CAST_IS_LEAD = re.compile(rf"^(?P<actor>{_PERSON})\s+is\s+(?P<char>{_CHAR})(?=,\s+(?:and|while)\s+|\s+and\s+|;\s+)")
_CAST_IS_LEAD_JOIN = re.compile(rf"(?:,\s+(?:and|while)\s+|\s+and\s+|;\s+){_PERSON}\s+(?:(?:also|then)\s+)?$")
_CAST_IS_NAMED = re.compile(rf"(?P<actor>{_PERSON})\s+is\s+(?P<char>{_CHAR}),\s+(?:the|a|an|his|her|their)\s+[a-z]")
_CAST_IS = re.compile(rf"(?P<actor>{_PERSON})\s+is\s+the\s+[a-z][\w-]*[’']s\s+(?:(?!{_CAST_IS_BAD})[a-z][\w-]*\s+){{0,3}}?(?!{_CAST_IS_BAD})(?P<char>{_CHAR})")
# "Actor as the protagonist Char", "opposite Actor as the shopkeeper's daughter Char": lower-case description words
_AS_DESC = re.compile(r"(?:[a-z][\w-]*[’']s\s+)?(?:(?!(?:of|in|for|from|at|on|with|by|to|and|or|well|a|an|the|who|which|that|is|was|will|"
                      r"director|designer|composer|writer|producer|voice|opening|ending|theme|series|season|episode)\b)[a-z][\w-]*(?:\s+|,\s+(?=[A-Z]))){0,3}")
# two actors cast in one clause, their parts named in the same order: "A and B reprise their roles as detective X and his
# assistant Y", "A and B voice X and Y, respectively", "A and B are back as the twins X and Y"
_PAIRED_CAST_VERB = (r"(?:(?:will|also|once\s+again|again)\s+)*(?:reprise\s+(?:their|the)\s+(?:roles|parts)\s+(?:as|of)|"
                     r"are\s+reprising\s+(?:their|the)\s+(?:roles|parts)\s+(?:as|of)|return\s+as|are\s+returning\s+as|"
                     r"(?:are|will\s+be)\s+(?:also\s+)?back\s+as|(?:co-?)?star\s+as|(?:voice|play|portray)(?:\s+the\s+(?:roles|parts)\s+of)?|"
                     r"are\s+(?:voicing|playing)|(?:have\s+been|were|are)\s+cast\s+as|join\s+(?:the\s+(?:main\s+)?cast\s+)?as|"
                     r"lead\s+the\s+cast\s+as)")
_PAIRED_CAST = re.compile(rf"(?<![\w’'])(?P<a1>{_PERSON})\s+and\s+(?P<a2>{_PERSON})(?:\s*,\s*who)?\s+{_PAIRED_CAST_VERB}\s+(?:the\s+)?"
                          rf"(?:(?:twins|siblings|pair|duo|leads|sisters|brothers)\s+)?"
                          rf"{_AS_DESC.pattern}(?P<c1>{_CHAR})\s*,?\s+and\s+(?:the\s+)?{_AS_DESC.pattern}(?P<c2>{_CHAR})"
                          rf"(?=\s*(?:,\s*respectively\b|[.;,]|$|\s+(?:respectively|in\s+the\s+(?:anime|series|new\s+season|sequel))\b))")
# a cast list's participle clause: "…, with X voicing Mira and Y playing the captain, Vell" (the actor right before it)
# ("…, with Yuma Takaoka starring as the courier Sen", "with X returning as Y", "with X appearing as Y": the same clause)
_CAST_GERUND = re.compile(rf"(?:\bwith\s+|,\s+|\s+and\s+)(?P<actor>{_PERSON})\s+(?:voicing|playing|portraying|(?:co-?)?starring\s+as|"
                          rf"returning\s+as|appearing\s+as)\s+(?:the\s+)?"
                          rf"{_AS_DESC.pattern}(?P<char>{_CHAR})")
# (the lookaheads in front of _CAST3, _DUTY_GERUND and _INSERT4: their first characters, one class test per position)
_CAST3 = re.compile(rf"(?=[{_UP}])(?P<char>{_CHAR})(?:\s*,\s*(?:the|a|an|his|her|their)\s+[a-z][\w’'-]*(?:\s+[a-z][\w’'-]*){{0,3}})?\s*[(（]\s*(?:CV|C\.V\.|VA|voiced\s+by|cv)\s*[:：.]?\s*(?P<actor>[^()（）,、]{{2,40}}?)\s*[)）]")
_CHAR_TAIL = re.compile(r"(?:\s+[a-z][\w'’-]*){1,3}(?=\s*$)")
_CAST4_BAD_BEFORE = re.compile(r"\b(?:such|well|same|known|referred|serve[sd]?|serving|credited|listed|billed|act|acts|"
                               r"acting|worked|working|returns?|returning|joins?|joining|cast)\s*$", re.I)
_NOT_SURNAME = {"The", "And", "But", "Is", "Was", "Will", "Has", "In", "On", "At", "As", "Season", "Part", "Episode"}
_NOT_CHAR = {"well", "part", "season", "the", "a", "an", "one", "it", "they", "such", "of", "in", "episode"}

# themes
_ORD_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
              "ninth": 9, "tenth": 10, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5, "6th": 6, "7th": 7,
              "8th": 8, "9th": 9, "10th": 10, "final": None, "new": None, "latest": None, "main": None}
_ORD = r"(?P<ord>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))"
_ORD_SPELLED = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth")   # _ORD without digits
_ARTIST_TOKEN = r"(?-i:[A-Z0-9])[^\s,;.\"“”()]*"
# the actor who voices a part, said before the singer's name: "sung by Tsumugi's voice actress X", "by the heroine's
# voice actor X", "by lead voice actress X" (the actor sings; the part is no artist)
_VOICE_OF_PART = r"(?:(?:the\s+)?(?:[\w-]+\s+){0,2}?[\w-]+[’']s\s+|the\s+)?(?:lead\s+|main\s+|own\s+)?voice\s+(?:actress|actor)\s+"
_ARTIST_DESC = (r"(?:(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}?(?:group|band|singer|singer-songwriter|unit|duo|trio|vocalist|"
                r"artist|musician|rapper|\w+-piece|quartet|quintet|outfit)\s+|" + _VOICE_OF_PART + r")")
# a lower-case stage name ("singer-songwriter hanamoyu", "indie four-piece halfmoon seven") only after a word that
# says it is an artist, and ending the clause
_LOWER_NAME = (r"(?-i:[a-z])[^\s,;.\"“”()]*(?:\s+(?!(?:and|with|the|who|which|will|is|for|on|in|as|at|from|performs|sings|wrote|writes|composed|also|returns)\b)"
               r"(?-i:[a-z0-9])[^\s,;.\"“”()]*){0,3}")
# ("singer X returns to sing the ending theme": the lower-case name before a returning singer's verb;
# "the rock band the NAME": a band whose name starts with a lower-case "the" keeps it)
_ARTIST = (r"(?:(?-i:the)\s+(?=[A-Z0-9]))?"   # ("by the Asagiri Sisters": the article is no part of the name)
           r"(?P<artist>" + _ARTIST_DESC + _LOWER_NAME + r"(?=\s*[,;.)]|\s*$|\s+(?:also\s+)?(?:performs|sings|will\s+(?:also\s+)?(?:perform|sing)|wrote|writes|composed|is\s+(?:performing|singing)|"
           r"returns\s+to\s+(?:sing|perform))\b)|(?:" + _ARTIST_DESC + r"(?-i:the\s+(?=[A-Z0-9]))?)?" + _ARTIST_TOKEN +
           r"(?:\s+(?:" + _ARTIST_TOKEN + r"|feat\.|ft\.|and|with|the|of|x|×|&|no|to|wa|ga|na|de)){0,5}?)")
# (?=…): the first characters a match can start with (an ordinal, "new", the kind), a cheap test at each position
# "the Season 3 opening", "Season Two's ending": a theme qualified by a season's number, just before its kind
_SEASON_Q_BEFORE = re.compile(r"\bseason\s+(?P<n>\d{1,2}|one|two|three|four|five)(?:[’']s)?\s+(?:(?:new|main|official)\s+)?$", re.I)
_THEME_ANCHOR = re.compile(rf"(?=[fstenoi\d])\b(?:{_ORD}\s+)?(?:new\s+)?(?P<kind>opening|ending|insert|OP|ED)(?:\s+theme)?"
                           r"(?:\s+(?:song|theme|track))?\b", re.I)
_SLASH_THEME = re.compile(r"\b(?P<kind>OP|ED|Opening|Ending)(?:\s+[Tt]heme)?(?:\s+[Ss]ong)?\s*[:：]\s*(?P<title>[^/.;:：\"“”]{1,60}?)\s*/\s*"
                          r"(?P<artist>[^/.;:：]{1,40}?)\s*(?=[.;]|\s+(?:OP|ED|Opening|Ending)\b|$)")
_IN_CHARACTER_AS = re.compile(r"\s+in\s+character\s+as\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?")
_TITLE_AFTER = re.compile(rf"(?:,?\s+(?:this\s+time|this\s+season|this\s+year|once\s+again|again|also)(?=\s*,?\s+(?:is|will\s+be)\s))?"   # ("The opening theme this time is …")
                          rf"\s*[,:：]?\s*(?:(?:is|will\s+be|titled|called|entitled|named)\s+"
                          rf"(?:(?P<poss>{_PERSON}|[{_UP}][\w’'-]*)[’']s\s+(?:(?:new|latest|upcoming)\s+)?(?:(?:song|single|track)\s+)?)?|"
                          # "X is back for the opening too — the new song is called “T”": the title in an aside after a dash
                          rf"(?:\s+(?:too|again|as\s+well))?\s*[—–]\s*(?:and\s+)?the\s+(?:new\s+)?(?:song|track|tune|single)\s+is\s+(?:called|titled|named)\s+)?"
                          rf"{_TITLE_Q}\s*(?:\([^)]{{1,60}}\)\s*)?", re.I)
_BY_AFTER = re.compile(rf"\s*,?\s*(?:(?:is\s+|will\s+be\s+|to\s+be\s+)?(?:(?:(?:written|composed|produced)\s+and\s+)?"   # ("written and performed by X")
                       rf"(?:performed|sung|composed|provided)\s+(?:in[- ]character\s+)?)?by|(?:comes|will\s+come|is\s+coming)\s+from|"
                       rf"an?\s+(?:new\s+|original\s+|brand-new\s+)?(?:track|song|single|number|tune)\s+(?:from|by)|"
                       # 'the cast sing the insert song "T" as the unit X': the unit the singers form
                       rf"as(?=\s+(?:the\s+)?(?:unit|group|band|duo|trio)\s))\s+"
                       # "performed by lead actress X herself", "sung by star X": the singer's billing before the name
                       r"(?:(?:(?:the\s+)?(?:lead|leading|star|main|series|veteran)\s+)?(?:actress|actor|voice\s+actress|voice\s+actor|star|singer)\s+(?=(?-i:[A-Z])))?"
                       rf"{_ARTIST}(?:\s+(?:herself|himself|themselves))?"
                       r"(?=\s*[,;.)!]|\s+(?:and|while|with|which|who|as|in|for|on|is|will|from|at)\b|\s*$)", re.I)
# '"Title," performed by ravenna//.', '"Title" by lumina-rail.': a lower-case stage name right after "(performed/sung) by",
# ending the clause
_BY_AFTER_LOWER = re.compile(r"\s*,?\s*(?:is\s+|will\s+be\s+)?(?:(?:performed|sung)\s+)?by\s+(?P<artist>(?-i:[a-z])[^\s,;\"“”()]*?)(?=[.]?\s*$|\s*[,;)!])", re.I)
# ("Circus Trio ★Gearbox will perform": no artist starts inside a starred word; the insert-song reading has the unit)
_ARTIST_BEFORE = re.compile(rf"(?<![★☆♪\w]){_ARTIST}(?:\s+(?:herself|himself|themselves)|\s*,\s*who)?\s+(?:will\s+(?:also\s+)?(?:perform|sing)|(?:also\s+)?(?:performs?|sings?)|"
                            # a live report: "the trio X walked out and performed the opening theme, "T," live"
                            r"(?:(?:walked|came|stepped|ran)\s+(?:out|up|on\s*stage|onstage)|took\s+(?:to\s+)?the\s+stage|appeared)\s+and\s+(?:performed|sang)|"
                            r"(?:wrote|writes|composed|composes)\s+and\s+(?:performs?|sings?|performed|sang)|"
                            r"(?:returns?|will\s+return|is\s+returning|comes\s+back|is\s+(?:set|back))\s+to\s+(?:perform|sing)|"
                            r"(?:returns?|will\s+return|is\s+returning|comes\s+back|is\s+back)\s+for|"
                            r"is\s+(?:also\s+)?(?:performing|singing)|(?:has\s+been\s+)?(?:put\s+)?in\s+charge\s+of|"
                            # "X will provide the opening theme", "Y handles the ending", "Z is in charge of the ending theme"
                            r"(?:will\s+(?:also\s+)?)?(?:provides?|handles?|contributes?|delivers?)|"
                            r"(?:is|are)\s+(?:also\s+)?(?:in\s+charge\s+of|handling|providing|contributing))\s+(?:the\s+|an?\s+)?"
                            r"(?:anime[’']s\s+|series[’']?\s+|show[’']s\s+|film[’']s\s+|(?:(?:first|second|third|fourth|final|new|\d+(?:st|nd|rd|th))\s+)?"
                            r"(?:season|cour|part)[’']s\s+|movie[’']s\s+|(?P<owner>[A-Z][^,.;:“\"]{0,60}?[’'](?:s\s+|\s+))|"   # ("… performs TITLE's opening theme")
                            r"(?P<season_q>season\s+(?:\d{1,2}|two|three|four|five)\s+))?"   # ("… performs the Season 2 opening": whose, own_season says)
                            r"(?:(?:closing|end(?:ing)?[- ]credits?|official|main)\s+)?$", re.I)
# '"Stone Stairway" takes over as the second opening', '"T" will serve as the ending theme'
_TITLE_TAKES_OVER = re.compile(rf"{_TITLE_Q}\s*,?\s+(?:(?:takes\s+over|will\s+take\s+over|serves|will\s+serve|is\s+used|will\s+be\s+used|"
                               # "… "T" has been chosen as the ending theme", "providing their song "T" as the opening theme"
                               r"(?:has|have)\s+been\s+(?:chosen|selected|picked|tapped)|was\s+(?:chosen|selected|picked))\s+as\s+|as\s+|"
                               # "the band's new single "T" will be the next opening theme song"
                               r"(?:will\s+be|will\s+become|becomes|is)\s+(?=the\s+(?:next\s+)?(?:new\s+)?(?:opening|ending)\s+(?:theme|song)))"
                               rf"the\s+(?:{_ORD}\s+|new\s+|next\s+)?(?P<kind>opening|ending)(?:\s+(?:theme|song))*\b", re.I)
# "as the opening theme for OTHER", "of Cobalt Diner's second season": the work a theme belongs to
_OF_OTHER_WORK = re.compile(r"\s+(?:of|for|to|in)\s+(?P<w>(?:the\s+)?(?:anime\s+|TV\s+|series\s+)?[“\"«A-Z][^,.;]{0,60}|the\s+(?:first|previous|prior|last|earlier)\s+\w+)")
# a sentence opening on an artist and a verb: "The four-piece band X announced …", "X will be providing …"
_ARTIST_SUBJECT = re.compile(rf"\s*{_ARTIST}\s+(?:(?:has\s+|have\s+)?(?:announced|confirmed|revealed)|(?P<gives>will\s+be\s+providing|will\s+provide|provides?|"
                             r"is\s+providing|will\s+(?:also\s+)?(?:perform|sing|lend)))\b", re.I)
_KIND_WORD = re.compile(r"\b(?:group|band|singer|singer-songwriter|unit|duo|trio|vocalist|artist|musician|rapper|\w+-piece|quartet|"
                        r"quintet|outfit)\b", re.I)
_THEIR_BEFORE = re.compile(r"\b(?:the\s+(?:band|group|duo|trio|unit|singer|artist|quartet|quintet)[’']s?|their|his|her)\s+$", re.I)
# "(The ending) is by singer X: X「Title」", "(The opening) will be performed by X, with "Title"": who, then the song
_BY_THEN_TITLE = re.compile(rf"\s*(?:theme\s+|song\s+)*(?:is|will\s+be)\s+(?:performed\s+|sung\s+)?by\s+{_ARTIST}\s*(?:[:：,]|\s+with)\s*"
                            rf"(?:(?-i:[A-Z])[\w'’.-]*\s*){{0,4}}{_TITLE_Q}", re.I)
# "(the second opening) has already been locked in: Artist「Title」", "(the ending) is decided — Artist "Title""
# (also "The ending theme of X, however, is confirmed: singer Y will perform "T"": an aside or the work's name after the
# kind, and the performer's verb before the title)
# a title of capitalised words right before a song's kind ("… the Tinplate Lighthouse ")
_TITLE_TAIL = re.compile(r"(?<=\s)(?P<w>[A-Z][\w’'!:-]*(?:\s+(?:[A-Z0-9][\w’'!:-]*|of|the|and|no|to|in|a)){0,8})\s+$")
_GENERIC_TAIL = re.compile(r"(?:(?:the|tv|anime|official|main|new|series|show|film|movie|season|part|cour|first|second|"
                           r"third|final|latest|full|japanese|english|original|\d+(?:st|nd|rd|th)?|[IVX]+)\s*)+", re.I)
_DECIDED_THEN = re.compile(rf"(?:\s*,\s*(?:however|meanwhile|though|too|also|in\s+turn)\s*,)?(?:\s+(?:of|for)\s+(?P<of>[^:：,;.\"“]{{1,60}}?))?"
                           rf"(?:\s*,\s*(?:however|meanwhile|though|too|also|in\s+turn)\s*,)?"
                           rf"\s+(?:(?:has|have)\s+(?:already\s+|now\s+|also\s+)?been|is|was)\s+(?:already\s+|now\s+|also\s+)?"
                           rf"(?:locked\s+in|decided|confirmed|finalized|set|revealed|announced)\s*[:：—–]\s*{_ARTIST}\s*"
                           rf"(?:(?:will\s+(?:also\s+)?(?:perform|sing)|performs|sings|is\s+(?:performing|singing))\s+)?{_TITLE_Q}", re.I)
_MAY_DECIDED = re.compile(r"(?:locked\s+in|decided|confirmed|finalized|set|revealed|announced)\s*[:：—–]", re.I)
_PLAIN_THEME = re.compile(r"(?<!opening\s)(?<!ending\s)(?<!insert\s)(?<!image\s)\b(?:main\s+)?theme\s+song\b", re.I)
_CLOSING_BEFORE = re.compile(r"\b(?:closing|end(?:ing)?[- ]credits?)\s+$", re.I)   # "the closing theme song": the ending
_OF_WORK = re.compile(r"\s+(?:of|for)\s+(?P<w>[^\"“”,.;]{1,60}?)(?=\s+(?:is|will\s+be)\b|\s*,)")
_END_CREDITS = re.compile(r"\b(?:closing|end|ending)\s+credits?\b|\bcredits?\s+roll", re.I)
# '"Title," performed by X, plays over the end credits': a song placed by the credits it plays over
_OVER_CREDITS = re.compile(r"(?=[prbiu])"   # its verbs' first letters: one class test per position
                           r"\b(?:play(?:s|ed|ing)?|run(?:s|ning)?|roll(?:s|ing)?|be\s+heard|is\s+heard|used)\s+(?:over|during|under|in)\s+(?:the\s+)?"
                           r"(?:(?:film|movie|anime|series|show|episode)[’']s\s+|each\s+episode[’']s\s+)?(?P<kind>end|ending|closing|opening)\s+"
                           r"(?:credits?|titles?|sequence)\b", re.I)
# an aside between a performer and the verb: "X (who wrote "Y" for Z) will perform", "X, who stars as Mio, sings",
# "X — three of the leads, in character — will perform"
_ASIDE_BEFORE_VERB = re.compile(r"\s*\([^()]{1,100}\)(?=\s+\S)|,\s+who\s+[^,;.]{1,120},(?=\s)|,\s+who\s+[^,;.“\"]{1,80}[“\"][^”\"]{1,60},[”\"](?=\s)|\s+[—–]\s+[^—–.;]{1,80}\s+[—–](?=\s)|"
                                # "X, best known for "Y," the ending of Z, sings …": a known-for aside, commas inside quotes kept
                                r",\s+(?:best\s+|also\s+|perhaps\s+|most\s+)?(?:known|famous|remembered)\s+(?:for|from)\s+[^;]{1,100}?,[”\"]?"
                                r"(?=\s+(?:also\s+)?(?:will|sings|performs|is|returns|wrote|writes|composed|composes|has)\b)|"
                                # "X, a newcomer signed this spring, will perform …": the performer described, then the verb
                                r",\s+(?:an?|the)\s+[^,;.“\"()]{1,60},(?=\s+(?:also\s+)?(?:will|sings|performs)\b)")
_MAY_ASIDE = re.compile(r"\)|,\s+who\s|[—–]|,\s+(?:best\s+|also\s+|perhaps\s+|most\s+)?(?:known|famous|remembered)\s|,\s+(?:an?|the)\s")


def _drop_aside(text: str) -> str:
    """`text` without the asides in it, so the performer and the verb meet again."""
    return _ASIDE_BEFORE_VERB.sub("", text)


# (a unit's name may hold a word behind a star or note: "Circus Trio ★Gearbox")
_UNIT_NAME = rf"[★☆♪]?{_WORD}(?:[ \u00a0][★☆♪]?{_WORD}){{1,3}}"
_SINGER_BEFORE = re.compile(rf"(?P<who>{_PERSON}|{_UNIT_NAME}|[{_UP}][a-zà-ÿāēīōū’'-]+)\s+(?:also\s+)?(?:sings|performs|will\s+(?:also\s+)?(?:sing|perform))\s+(?:an?|the)\s+$")
_ARTIST_POSS = re.compile(rf"{_ARTIST}[’']s?\s+$")
_INSERT1 = re.compile(rf"(?:insert\s+song|image\s+song)\s*,?\s*{_TITLE_Q}(?:\s*,?\s+(?:performed\s+|sung\s+)?by\s+{_ARTIST}(?=[,;.)]|\s|$))?", re.I)
_INSERT2 = re.compile(r"(?:songs?|tracks?)\b[^.]{0,80}?\b(?:featured|feature|heard|used|included)\s+in\b[^.]{0,80}?"
                      rf"\b(?:soundtrack|score|OST)\s*[:：]\s*(?:[{_Q_OPEN}](?P<t1>[^{_Q_CLOSE}]{{1,60}})[{_Q_CLOSE}]|(?P<t2>[A-Z][^.,;]{{1,60}}?))\s*(?:[.,;]|$)", re.I)
# every _INSERT2 match holds a word of each: its noun, its verb and the soundtrack it names (the noun alone,
# 'song', is in most theme sentences; the lazy gaps after it are then tried at every one)
_INSERT2_WORDS = (("song", "track"), ("featur", "heard", "used", "included"), ("soundtrack", "score", "ost"))


def _may_insert2(text: str) -> bool:
    """False only when no _INSERT2 match can be in `text`."""
    return all(may_contain_i(text, words) for words in _INSERT2_WORDS)


_INSERT3 = re.compile(rf"{_TITLE_Q}\s*,?\s+(?:is\s+)?(?:a|an|the)\s+(?:new\s+|original\s+)?(?:song|track|insert\s+song|piece)\s+"
                      r"(?:from|on|for|in|off)\s+(?:the\s+)?(?:\w+[’']s?\s+)?(?:soundtrack|score|OST)", re.I)
_INSERT4 = re.compile(rf"(?=[so{_Q_OPEN}])(?:\b(?:soundtrack|OST|score)\s+(?:cut|track|song|piece|number)\s+{_TITLE_Q}|"
                      rf"{_TITLE_Q.replace('?P<title>', '?P<title2>')}\s+(?:got|gets|has|received|receives)\s+(?:its\s+own\s+|a\s+)?(?:special\s+)?music\s+(?:clip|video))", re.I)
_SONG_ARTIST2 = re.compile(rf"^(?:(?:The\s+)?(?:[Cc]omposer|[Ss]inger|[Aa]rtist|[Vv]ocalist)\s+)?(?P<who>{_PERSON})\s+(?:wrote|composed|performs|performed|sings|sang|"
                           r"is\s+(?:behind|singing|performing))\s+(?:it|that\s+one|this\s+one|the\s+(?:song|track|tune))\b")
_SONG_ARTIST = re.compile(r"^(?:The|This)\s+(?:song|track|tune|piece)\s+(?:(?:comes|came)\s+from|is\s+(?:performed|sung|written|composed)\s+by|"
                          r"is\s+by|was\s+(?:written|composed|performed)\s+by)\s+(?:the\s+)?(?:(?:show|anime|series|film)[’']s\s+)?"
                          r"(?:composer|singer|artist|lead|star|vocalist)?\s*,?\s*(?P<who>" + _PERSON + ")", re.I)

# trailers
_TRAILER_KIND = r"(?P<kind>teaser\s+trailer|teaser\s+PV|teaser\s+video|teaser|trailer|PV|promotional\s+video|promo\s+video|promo)"
_TRAILER = re.compile(rf"(?=[fstenp\d])(?:"   # every match starts with an ordinal's or a video word's first letter
                      rf"(?<![\d-])\b{_ORD}\s+(?:(?:official|new|main|full|character|special|english[\s-]subtitled|subtitled)\s+)*{_TRAILER_KIND}\b"
                      rf"|\b{_TRAILER_KIND.replace('?P<kind>', '?P<kind2>')}(?:\s+|(?<=PV)|(?<=pv))(?:#|No\.\s*)?(?P<num>\d{{1,2}})\b)", re.I)
# (its first letters first: one class test per position, not each alternative)
# where one clause of a sentence ends and another (with its own subject and date) begins: "announced in March with a
# teaser, and the staff screened the first PV … in July", "The second PV arrived in October, while the first …"
_VIDEO_CLAUSE_CUT = re.compile(r";|,\s+(?:and|while|whereas|but|though|although)\s+(?:the|its|a|an|(?-i:[A-Z]))|\s(?:while|whereas)\s", re.I)
_FULL_TRAILER = re.compile(r"(?=[ati’'])(?:\b(?:a|the|its)|[’']s)\s+(?:new\s+)?(?:full|main|official|full-length|theatrical|final)\s+trailer\b", re.I)
# "back in June", "earlier in March": the words right before a year-less date put it in the past
_BACK_IN = re.compile(r"\b(?:back|earlier|already)\s+in\s+(?:(?:early|late|mid)[\s-]+)?$", re.I)


def _unnumbered_clause(raw: str) -> str:
    """The one clause of a sentence that holds an unnumbered video ("a teaser trailer") when a numbered one ("the
    first PV") is in another clause of it: each clause dates its own video. The other clauses are blanked, so
    offsets into the sentence stay as they were (its dates' claims). The whole sentence otherwise."""
    cuts = [0, *(m.start() for m in _VIDEO_CLAUSE_CUT.finditer(raw)), len(raw)]
    spans = [(a, b) for a, b in zip(cuts, cuts[1:])]
    own = [(a, b) for a, b in spans if _UNNUM_VIDEO.search(raw, a, b) and not _TRAILER.search(raw[a:b])]
    if len(own) != 1 or len(spans) < 2:
        return raw
    a, b = own[0]
    return " " * a + raw[a:b] + " " * (len(raw) - b)


def _said_past(raw: str, start: int) -> bool:
    """Do the words just before a date say it is past ("revealed back in June, when it was slated for winter")?"""
    return "in" in raw[max(0, start - 24):start] and _BACK_IN.search(raw, max(0, start - 24), start) is not None


# "the second teaser visual", "a new teaser poster": a teaser that is a still image, no video
_TEASER_STILL = re.compile(r"\s+(?:key\s+)?(?:visuals?|posters?|illustrations?|images?|art(?:work)?)\b", re.I)
_TRAILER_PAST = re.compile(r"\b(?:debuted|released|dropped|premiered|arrived|unveiled|revealed|posted|went\s+(?:up|live))\b", re.I)
_UNNUM_VIDEO_WORDS = ("announcement", "teaser", "promo", "main pv", "full pv")   # one is in every _UNNUM_VIDEO match
_UNNUM_VIDEO = re.compile(r"\b(?:announcement|teaser|promotional|promo)\s+(?:video|trailer|teaser|PV|clip)\b|\bteaser\s+(?:trailer|PV)\b|"
                          r"\b(?:main|full)\s+PV\b|"   # ("the season 2 main PV dropped on November 14")
                          r"\b(?:the|a|its)\s+(?:\d+-(?:second|minute)\s+)?teaser\s+(?=(?:(?:(?:that|which)\s+(?:was\s+)?)?(?:shown|screened|revealed|unveiled|premiered|debuted)\s+(?:at|during)\s+[^.;,]{1,40}?\s+)?"
                          r"(?:went\s+(?:up|live|online)|dropped|debuted|(?:was|has\s+been)\s+(?:posted|uploaded|put\s+up|released)\s+(?:online|on\s+youtube)))", re.I)
# "OTHER's teaser trailer", "the second trailer for OTHER": who a video belongs to
_VIDEO_OWNER = re.compile(r"(?P<owner>[A-Z][\w’'.:!&-]*(?:\s+[A-Za-z][\w’'.:!&-]*){0,5}?)[’']s\s+(?:\w+\s+){0,2}(?:teaser|trailer|PV|promo)|"
                          r"\b(?:teaser|trailer|PV|promotional\s+video)s?\s+(?:for|of)\s+(?:the\s+)?(?:(?:TV\s+)?anime\s+|film\s+|series\s+|movie\s+)?"
                          r"[“\"]?(?P<owner2>[A-Z][\w’'.:!&-]*(?:\s+[A-Za-z][\w’'.:!&-]*){0,5}?)(?=[”\",.;:!?]|\s+(?:was|were|is|has|had|on|in|at|will|dropped|debuted|premiered|went|and|with|from|by)\b|$)")
# "Season 1's second PV", "the first season's PV 2", "S1's teaser": a season owning the video right before it (its
# possessive), or right after it ("the second PV from season one", "PV 2 of the previous season", "for S1")
_SEASON_OWNS_VIDEO_BEFORE = re.compile(r"(?P<own>\bS\d{1,2}|\b(?:[Ss]eason|[Ss]eries|[Cc]our|[Pp]art)\s+(?:\d{1,2}|one|two|three|four|five)\b|"
                                       r"\b(?:first|second|third|fourth|previous|prior|last|earlier|original|1st|2nd|3rd|\d{1,2}th)\s+"
                                       r"(?:season|series|cour|installment))[’']s?\s+(?:(?:new|official|main|very|original|own)\s+)?$", re.I)
_SEASON_OWNS_VIDEO_AFTER = re.compile(r"\s*(?:,\s*)?(?:from|of|for|in)\s+(?:the\s+|its\s+|that\s+)?(?P<own>S\d{1,2}\b|"
                                      r"(?:season|series|cour|part)\s+(?:\d{1,2}|one|two|three|four|five)\b|"
                                      r"(?:first|second|third|fourth|previous|prior|last|earlier|original|1st|2nd|3rd|\d{1,2}th)\s+"
                                      r"(?:season|series|cour|installment)\b)", re.I)
# "Distributor X released the film's second teaser": the capitalised run ends in the work's own anaphor
_OWNER_IS_ANAPHOR = re.compile(r"\s(?:the|this|its)\s+(?:new\s+)?(?:anime|series|show|film|movie|season|sequel|project|adaptation)$", re.I)
# owners that are no title: a studio or a network putting the video out, a season, the English dub
_NOT_A_TITLE = re.compile(r"(?:The|Its|This|That|Season|Part|Cour|English|Japanese|Netflix|Crunchyroll|HIDIVE|Aniplex|Toho|"
                          r"YouTube|Twitter|X|Official|Studio|Anime|TV|Sentai|Funimation|Disney|Prime|Amazon|Hulu|ABEMA|Bandai)\b")
# "was unveiled in July 2026", "debuted back in March": the verb right before the video's month
_RELEASED_IN = re.compile(r"\b(?:released|unveiled|revealed|posted|published|premiered|debuted|dropped|uploaded|"
                          # ("The first teaser trailer followed in June", "a teaser arrived in March", "came out in May")
                          r"followed|arrived|landed|surfaced|streamed|came\s+out|went\s+(?:up|live|online))\s+(?:back\s+)?in\s+$", re.I)
# "The teaser went up on October 30": a video put online (a teaser said so is a video, not a visual)
_WENT_UP = re.compile(r"\b(?:main|full)\s+PV\s+(?:went\s+(?:up|live|online)|dropped|debuted)\b|\bteaser(?:\s+(?:PV|trailer|video))?\s+(?:(?:shown|screened|revealed|unveiled)\s+(?:at|during)\s+[^.;,]{1,40}?\s+)?(?:went\s+(?:up|live|online)|dropped|debuted)\b", re.I)
_PAST_SHOWN = re.compile(r"\b(?:was|were)\s+(?:\w+\s+)?(?:shown|posted|released|unveiled|revealed|screened|uploaded|published)\b|"
                         r"\b(?:showed|posted|released|unveiled|revealed|premiered|uploaded|published|began\s+streaming|started\s+streaming)\b", re.I)
# "the teaser released alongside the announcement", "a trailer posted with the news": the announcement's day
_WITH_THE_NEWS = re.compile(r"\b(?:alongside|with|along\s+with|together\s+with)\s+(?:the|this|that|today[’']s)\s+(?:announcement|news|reveal)\b|"
                            r"\b(?:the|this|today[’']s)\s+(?:announcement|news|reveal)\s+(?:came|arrived|was\s+accompanied)\s+(?:with|by)\b", re.I)
_TO_ANNOUNCE = re.compile(r"\bto\s+(?:confirm|announce|reveal|unveil)\b", re.I)   # "used its showcase on May 2 to confirm …"
_ANNOUNCED = re.compile(r"\b(?:announced|confirmed|revealed|unveiled)\b", re.I)
_TODAY = re.compile(r"\b(?:today|earlier\s+today|this\s+(?:morning|afternoon|evening))\b", re.I)
# "the second trailer went up yesterday": the day before the article's (or its news item's) day
_SAID_YESTERDAY = re.compile(r"\byesterday\b", re.I)


def _the_day_before(iso: str) -> str:
    """The ISO day before `iso` ("2026-11-25" -> "2026-11-24"); `iso` itself when it is no full day."""
    d = PartialDate.parse(iso)
    day = d.as_date() if d is not None and d.day is not None else None
    return day.fromordinal(day.toordinal() - 1).isoformat() if day is not None else iso
_POSTED_PAST = re.compile(r"\b(?:released|shared|unveiled|revealed|debuted|dropped|posted|published|uploaded|premiered|"
                          r"began\s+streaming|started\s+streaming|went\s+(?:up|live|online)|now\s+(?:available|streaming|live|online|up))\b", re.I)
# (?=…): the first letters a match starts with, a cheap test at each position before the alternatives
_EARLIER = re.compile(r"(?=[peblaofs])\b(?:previously|earlier|before|last|ago|originally|first\s+season|previous|prior|"
                      r"already|back\s+in|still)\b", re.I)
# "the anime was first announced in June alongside a teaser trailer": the teaser's month
_ALONGSIDE_ANNOUNCE = re.compile(r"\b(?:announced|revealed|unveiled)\b[^.;]{0,40}\b(?:alongside|with|along\s+with)\s+(?:an?\s+|its\s+)?"
                                 r"(?:first\s+)?(?:teaser|announcement|promotional|promo)", re.I)
_TRAILER_VERB = re.compile(r"\b(?:releas\w+|reveal\w*|unveil\w*|debut\w*|drop\w*|publish\w*|post\w*|shar\w+|"
                           r"streaming|streamed|began\s+streaming|premier\w+|launch\w*|arrived|came\s+out|out|went\s+(?:up|live|online)|"
                           r"uploaded|watch|hit|landed|showed|shown|aired|appeared|surfaced|"
                           r"followed(?!\s+by))\b", re.I)   # ("a first teaser trailer followed in July": the next news, not "followed by")

# episodes, events
_EPISODES_WORDS = ("episodes", "-episode", "全")   # one is in every _EPISODES match; most sentences hold none
_EPISODES = re.compile(r"\b(?:will\s+(?:run|have|last|span|consist\s+of|feature|air)\s+(?:for\s+)?(?:a\s+total\s+of\s+)?|"
                       r"(?:is|are)\s+(?:(?:still|now|also)\s+)?(?:set|slated|scheduled|planned|confirmed)\s+(?:to\s+(?:run|have)\s+(?:for\s+)?|for\s+|at\s+)|"
                       r"(?:runs|has|spans)\s+(?:for\s+)?|a\s+total\s+of\s+|with\s+(?:all\s+)?|(?:run|order)\s+of\s+|(?:point|points)\s+to\s+|(?:lists?|list)\s+|"
                       r"(?:^|[!.]\s*)all\s+|totall?ing\s+|(?:collecting|collects|containing|contains)\s+all\s+|"   # (a Blu-ray set's 全12話収録)
                       r"(?:will\s+be|is)\s+(?=\d{1,3}\s+episodes\s+long)|"
                       r"(?:the|this|its)\s+(?:new\s+)?(?:season|series|cour|anime|show)\s+(?:is|will\s+be)\s+|"   # "The season is 12 episodes."
                       r"(?:confirmed|locked\s+in)\s+at\s+|(?:single|one|full|split)\s+cour\s+of\s+|"   # ("a single cour of 12 episodes")
                       r"(?:length|episode\s+count|total|order)(?:\s+(?:is|will\s+be))?\s*[:：—–]\s*)"   # "the length: 13 episodes"
                       r"(?P<n>\d{1,3})\s+(?:(?:\d+-minute|half-hour|[\w-]+-minute)\s+)?episodes\b"
                       r"|\b(?:an?\s+(?:uninterrupted\s+)?)?(?P<n2>\d{1,3})-episode\s+(?:run|series|season|anime|order)\b"
                       r"|全\s*(?P<n3>\d{1,3})\s*話", re.I)
# (?=[…]): the first letters every match can start with (World/world…, İ and ı being re.I's i), so that most
# positions fail at one character test rather than at each alternative in turn
_EVENT = re.compile(r"(?=[tTfop1EeiawWnNuUIjJAmsİıPS])\b(?P<what>(?:the\s+)?(?:[Ss]eason\s+\d{1,2}\s+)?(?:first|opening|premiere|1st)\s+(?:(?:two|three|four|\d)\s+)?episodes?|"
                    r"[Ee]pisodes?\s+(?:1|one)(?:\s*(?:,|and|&|-|–|to|through)\s*(?:\d|two|three))*(?!\d)|"
                    r"(?:the\s+|its\s+|a\s+)?(?i:world|north\s+american|us|u\.s\.|international|japan|japanese|european|asian)\s+premiere|an?\s+advance\s+screening|"
                    r"(?:the\s+)?(?:first|opening)\s+(?:\w+\s+)?(?:minutes|act)|"
                    # "the film's first footage screened at Anime Expo", "an exclusive preview played at …"
                    r"(?:the\s+|its\s+|an?\s+)?(?:(?:film|movie|anime|series|show)[’']s\s+)?(?:first|early|exclusive|special|sneak)\s+"
                    r"(?:\w+\s+)?(?:footage|preview|peek|look)|"
                    # a trade story's "a promo reel screened to buyers at the American Film Market"
                    r"(?:the\s+|its\s+|an?\s+)?(?:(?:film|movie|anime|series|show)[’']s\s+)?(?:promo(?:tional)?|sizzle|teaser|footage)\s+reel|"
                    # "The teaser below first played on the big screen at Anime Frontier 2026"
                    r"(?:[Tt]he|[Ii]ts)\s+(?:new\s+|first\s+|announcement\s+)?teaser(?:\s+trailer|\s+PV)?(?=\s+(?:\([^()]{1,40}\)\s+)?(?:below\s+|above\s+)?(?:first\s+)?(?:was\s+|had\s+been\s+)?(?:played|screened|premiered|shown)\b)|"
                    # "The second PV premiered on stage at AnimeStage Osaka 2026": a numbered PV shown there first
                    r"(?:[Tt]he|[Ii]ts)\s+(?:first|second|third|fourth|fifth|new|main|\d(?:st|nd|rd|th))\s+PV(?=\s+(?:first\s+)?(?:was\s+)?(?:screened|premiered|debuted)\b)|"
                    # "PV 2 premiered today on the X stage at Anime Harbor 2026": a PV by its number
                    r"PV\s*#?\d{1,2}(?=\s+(?:first\s+)?(?:was\s+)?(?:screened|premiered|debuted)\b)|"
                    # "A five-minute pilot was screened at Anime Frontier 2026"
                    r"(?:[Tt]he\s+|[Aa]n?\s+|[Ii]ts\s+)?(?:[\w-]+\s+)?pilot(?:\s+(?:episode|film|video))?"
                    r"(?=\s+(?:was\s+|were\s+)?(?:screened|shown|premiered)\b))\b"
                    r"(?P<mid>[^.;]{0,90}?)\b(?:at|during|in|to|of)\s+(?:the\s+|its\s+(?=[A-Z][^.;]{0,60}?\sevent\b))?(?:\d{1,3}(?:st|nd|rd|th)\s+)?"
                    r"(?P<event>(?:[A-Z][\w’'&!.:-]*\s+){0,4}?(?:Anime\s*(?:NYC|Expo|Japan|Weekend|Boston|Matsuri|Frontier|Impulse|Central|Festival|Revolution)|"
                    r"Berlinale|[A-Z][\w’'&!.-]*\s+Film\s+Market|"
                    r"AnimeJapan|Comic[\s-]?Con|Jump\s+Festa|Crunchyroll\s+Expo|Otakon|Anime\s+Fest\w*|Machi\s+Asobi|"
                    r"[A-Z][\w’'&!.-]*\s+(?:Film\s+)?Festival|[A-Z][\w’'&!.-]*\s+(?:Con|Expo|Festa|Fest|Theater|Theatre|Cinema|Cinemas|Hall|Arena)|"
                    r"(?<=at\s)[A-Z][\w’'&!-]*(?:\s(?:[A-Z0-9][\w’'&!-]*)){0,4}|"
                    # "debuted at the Tidewater Fan Thanksgiving 2026 event": a capitalised name whose edition year ends it
                    r"(?:(?<=at\sthe\s)|(?<=during\sthe\s))[A-Z][\w’'&!-]*(?:\s[A-Z][\w’'&!-]*){1,5}(?=\s+(?:19|20)\d\d\b)|"
                    # "… to fans at its Winter Preview Night 2026 event": the host's own named event
                    r"(?<=at\sits\s)[A-Z][\w’'&!-]*(?:\s(?:[A-Z0-9][\w’'&!-]*)){0,4}(?=\s+event\b)|"
                    # 'screened at the "Pinecone Pictures 10th Anniversary Fes 2026"': an event's name in quotes
                    r"(?:(?<=at\s)|(?<=at\sthe\s))[“\"][A-Z][^”\"]{2,60}?[”\"]|"
                    r"[A-Z][\w’'&!.-]*\s+Showcase)"   # ("at the Kestrel Bay Animation Showcase 2026")
                    r"(?:\s+(?:Lite|Online|\d{4}))?)")


# a franchise's own event, named after the work: "Ironbloom Rhapsody Fan Festa 2026", "… Special Event 2026"
_OWN_FAN_EVENT = re.compile(r"\b(?:Fan\s+(?:Festa|Fest|Festival|Meeting|Event)|Special\s+Event|Festa)(?:\s+\d{4})?$|"
                            # "Ironbloom Fan Thanksgiving 2026", "Tsukiyomi Bakery Harvest Festival 2026": an edition of its own event
                            r"\b(?:Fan\s+[A-Z]\w+|Festival|Fest|Fes|Night|Party|Live|Stage|Meeting|Thanksgiving|Gathering)\s+(?:19|20)\d\d$")
# every _EVENT match names its place with one of these words, or as a capitalised name right after "at"
# (case-sensitive, as _EVENT's event part is), and so does every _EVENT_NAME and _AT_REVEAL_EVENT match: 47 of
# 2592 event sentences hold one
_EVENT_PLACE_WORDS = ("Anime", "Berlinale", "Market", "Comic", "Jump", "Crunchyroll", "Otakon", "Machi", "Fest", "Con",
                      "Expo", "Theater", "Theatre", "Cinema", "Hall", "Arena", "Showcase")
_AT_CAPITAL = re.compile(r"(?:at|during)\s(?:the\s[“\"]?)?[“\"]?[A-Z]")   # (or a quoted name: 'at the "X Fes 2026"')


def _may_name_event(text: str) -> bool:
    """False only when _EVENT cannot match in `text`."""
    return any(w in text for w in _EVENT_PLACE_WORDS) or _AT_CAPITAL.search(text) is not None


_EVENT_FIRST = re.compile(r"\b(?:at|during)\s+(?:the\s+)?(?P<event>(?:[A-Z][\w’'&!.:-]*\s+){0,3}?(?:Anime\s*(?:NYC|Expo|Japan|Weekend|Boston|Matsuri|"
                          r"Frontier|Impulse|Central|Festival|Revolution)|AnimeJapan|Comic[\s-]?Con|Jump\s+Festa|Crunchyroll\s+Expo|Otakon|"
                          r"[A-Z][\w’'&!.-]*\s+(?:Film\s+)?Festival)(?:\s+(?:Lite|Online|\d{4}))?)"
                          r"[^.;]{0,60}?\b(?:watch|see|saw|watched|caught|screened|premiered|got|treated)\b[^.;]{0,30}?\b(?:the\s+)?"
                          r"(?P<what>(?:first|opening|premiere)\s+(?:(?:two|three|\d)\s+)?episodes?)\b")
# "the Copper Kettle panel", "OTHER's stage": a panel or stage named by a title
_TITLED_PANEL = re.compile(r"\b(?:the\s+)?(?P<t>(?:[A-Z][\w’'.:!&-]*\s+){1,5}?)(?:[’']s\s+)?(?:panel|stage|booth)\b")
# "Anime Expo 2026 attendees will be able to watch the first episode": the event's audience as the subject
_EVENT_AUDIENCE = re.compile(r"(?:^|[.;]\s+)(?:[Tt]he\s+)?(?P<event>(?:[A-Z][\w’'&!.:-]*\s+){0,3}?(?:Anime\s*(?:NYC|Expo|Japan|Weekend|Boston|"
                             r"Matsuri|Frontier|Impulse|Central|Festival|Revolution)|AnimeJapan|Comic[\s-]?Con|Jump\s+Festa|Crunchyroll\s+Expo|"
                             r"Otakon|[A-Z][\w’'&!.-]*\s+(?:Film\s+)?Festival)(?:\s+(?:Lite|Online|\d{4}))?)\s+(?:attendees|visitors|goers|"
                             r"audiences?|crowds?|fans|guests)\b[^.;]{0,60}?\b(?:watch|see|saw|watched|caught|got|treated)\b[^.;]{0,30}?\b"
                             r"(?:the\s+)?(?P<what>(?:first|opening|premiere)\s+(?:(?:two|three|\d)\s+)?episodes?)\b")


# "Episodes 1 and 2 of Season 2 will be screened", "The first episode was shown": the episodes a screening showed
_EPISODES_SCREENED = re.compile(r"^(?P<what>(?:the\s+)?(?:first|1st|opening)\s+(?:(?:two|three|\d)\s+)?episodes?|[Ee]pisodes?\s+\d+"
                                r"(?:\s*(?:-|–|,|and|&)\s*\d+)*)(?:\s+of\s+(?P<of>[^,.;]{1,60}?))?\s+(?:will\s+(?:be|also\s+be)|were|was|are|is)\s+"
                                r"(?:screened|shown)\b", re.I)
# "Program: Episode 1 screening and cast talk": an event block's programme line
_PROGRAM_SCREENING = re.compile(r"^(?:Program(?:me)?|Contents?|Line-?up|Schedule|Details)\s*:\s*(?:(?P<what>(?:the\s+)?(?:first|1st)\s+"
                                r"(?:(?:two|three|\d)\s+)?episodes?|[Ee]pisodes?\s+\d+(?:\s*(?:-|–|,|and|&)\s*\d+)*)\s+"
                                r"(?:(?:advance|special|premiere|early)\s+)?screening\b|"
                                # ("Program: screening of episodes 1 and 2, followed by a talk")
                                r"(?:(?:advance|special|premiere|early)\s+)?screening\s+of\s+(?P<what2>(?:the\s+)?(?:first|1st)\s+"
                                r"(?:(?:two|three|\d)\s+)?episodes?|[Ee]pisodes?\s+\d+(?:\s*(?:-|–|,|and|&)\s*\d+)*)\b)", re.I)
# a title line that names a screening event ("… Season 2 Advance Screening", "… Premiere Event")
_SCREENING_TITLE = re.compile(r"\b(?:(?:Advance|Special|Premiere|Preview|Early|Fan|Sneak\s+Preview)\s+Screening(?:\s+Event)?|"
                              r"Screening\s+Event|Premiere\s+(?:Event|Screening|Party)|World\s+Premiere|(?:Special|Pre-?broadcast|Launch|Fan)\s+Event)"
                              r"(?:\s*(?:&|and|\+|with)\s+(?:(?:Cast|Staff)\s+)?(?:Talk(?:\s+Show)?|Stage\s+Greeting|Q&A|Panel))?\s*$", re.I)
# the same title with the kind first and the event's own quoted name after it ('Advance screening "X: Opening Day"',
# 'Premiere Event: “X Night”'): the whole line, nothing after the closing quote
_SCREENING_TITLE_LEAD = re.compile(r"^(?:(?:Advance|Special|Premiere|Preview|Early|Fan)\s+)?(?:Screening|Premiere)(?:\s+(?:Event|Screening))?"
                                   r"\s*[:：]?\s*[“\"「『][^”\"」』]{2,80}[”\"」』]$", re.I)
_TITLE_EPISODES = re.compile(r"\b[Ee]pisodes?\s+\d+(?:\s*(?:&|and|,|-|–)\s*\d+)*\b")   # "Episode 1 & 2" in a title line
_SENTENCE_VERB = re.compile(r"\b(?:will|was|were|is|are|has|have|had)\b", re.I)
_SCREENED_HERE = re.compile(r"\b(?:featured|included|held|hosted|offered|saw|had)\s+(?:an?\s+|the\s+)?(?P<kind>advance|early|special|world\s+premiere)?\s*"
                            r"screening\s+of\s+(?:the\s+)?(?P<ep>[Ee]pisode\s+\d+|first\s+episode|[Ee]pisodes\s+\d+(?:\s*(?:-|–|and)\s*\d+)?)", re.I)
_PREMIERE_KIND = re.compile(r"\b(world|north\s+american|international|us|u\.s\.|japan|japanese|european|asian)\s+premiere\b", re.I)
# "Episodes 1 and 2 … will have their world premiere at Lumastream Showcase Tokyo on December 5": the first episodes
# shown at a venue (a screening's day, not the release); "premieres at 25:00" names a time, not a venue
_EPISODES_AT_VENUE = re.compile(r"\b(?:[Ee]pisodes?\s+(?:1|one)\b|(?:first|opening)\s+(?:(?:two|three|\d)\s+)?episodes?\b)"
                                r"[^.;]{0,80}?\bat\s+(?:the\s+)?[A-Z](?![A-Z]*\d)")
_FIRST_EP = re.compile(r"\b(?:the\s+|its\s+)?(?:first|1st|opening|premiere)\s+episode\b|\bepisode\s+(?:one|1)\b", re.I)
# "a stage event at AnimeJapan 2027 on March 27, where the first episode will get an advance screening"
_ARTICLE = re.compile(r"^(?:the|its|an?)\s+", re.I)
_EVENT_NAME = (r"(?:[A-Z][\w’'&!.:-]*\s+){0,3}?(?:Anime\s*(?:NYC|Expo|Japan|Weekend|Boston|Matsuri|Frontier|Impulse|Central|Festival|"
               r"Revolution)|AnimeJapan|Comic[\s-]?Con|Jump\s+Festa|Crunchyroll\s+Expo|Otakon|[A-Z][\w’'&!.-]*\s+(?:Film\s+)?Festival)"
               r"(?:\s+[A-Z][a-z]+(?=\s+\d{4}))?(?:\s+(?:Lite|Online|\d{4}))?")
# "The distributor plans to open the film …", "Toho will release the film in Japan …": an agent whose object is the work
# a distributor releasing the work ("In Japan, Toho will release the film …", "The Tokyo-based distributor will open it …")
_AGENT_SUBJECT = re.compile(rf"\s*(?:In\s+(?:the\s+)?[A-Z][\w.]*(?:\s+(?:and\s+)?[A-Z][\w.]*){{0,3}},\s*)?"
                            r"(?:(?:[Tt]he\s+)?(?:[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?-based\s+)?(?:distributor|studio|company|publisher|streamer|network|broadcaster|service|label)(?:,\s*[^,]{1,60},)?|"
                            rf"[{_UP}][\w&'’.!+-]*(?:\s+[{_UP}][\w&'’.!+-]*){{0,3}})\s+(?:will|plans\s+to|is\s+(?:set|going|slated|scheduled)\s+to|"
                            r"intends\s+to|aims\s+to|hopes\s+to)\s+(?:also\s+)?(?:first\s+)?")
_DUB_SUBJECT = re.compile(r"\s*(?:[Aa]n?|[Tt]he|[Ii]ts)\s+(?:(?:new|official)\s+)?(?:English|Spanish|Latin\s+Spanish|French|German|Portuguese|Italian)\s+dub\s+(?:of\s+the\s+(?:series|anime|show|film)\s+)?")
_NEXT_PREDICATE = re.compile(r",?\s+and\s+(?:will|is|are|also|then|can|may)\b")
_STATION_SUBJ = re.compile(rf"(?:the\s+)?(?P<org>{_ORG_ALT}|{_GENERIC_STATION})\s+(?:will|is|also|then|plans|begins|starts|follows)\b")
# "… since it started in 2021", "since its serialization began in": a run ongoing since that day
_SINCE_STARTED = re.compile(r"\bsince\s+(?:(?:it|its\s+\w+|the\s+\w+|they)\s+)?(?:started|launched|began|debuted|first\s+appeared|"
                            r"was\s+(?:first\s+)?(?:published|serialized|launched))\s+(?:in\s+|on\s+|back\s+in\s+)?$", re.I)
# a viewer's past watching ("If you watched the TV series on Crunchyroll"): where something was seen, not what carries the work
_VIEWER_PAST = re.compile(r"\b(?:watched|saw|caught|binged|viewed)\b", re.I)
# "its original anime", "a Netflix original series", "Crunchyroll's original anime": a streamer's own production, named next
_STREAMER_ORIGINAL = re.compile(r"\b(?:its|their|an?\s+[A-Z][\w+-]*|[A-Z][\w+-]*[’']s)\s+(?:own\s+)?original\s+(?:anime|series|film|movie|show)(?:\s+series)?\s*,?\s*$")
# ", with HIDIVE streaming it in North America": another doer's own statement after the date (its place is its own)
_WITH_OTHER_DOER = re.compile(r",\s+with\s+(?=(?:the\s+)?[A-Z][\w+-]*(?:\s+[A-Z][\w+-]*){0,3}\s+[a-z]+ing\b|"
                              r"(?:all\s+)?(?:\d+|the|its|new)\s+[^,;.]{0,50}?\b[a-z]{2,}ing\b)")   # (", with all 24 episodes of season 1 streaming on X")
_NEW_SUBJECT_JOIN = re.compile(r",\s+(?:and|while|but|whereas)\s+(?=(?:the\s+)?[A-Z][\w+-]*(?:\s+[A-Z][\w+-]*){0,3}\s+(?:will|is|has|plans|also)\b)")
_DUB_RELEASE = re.compile(_DUB_SUBJECT.pattern + r"(?:will\s+|is\s+(?:set|slated|scheduled)\s+to\s+)?(?:premiere|debut|launch|arrive|start|begin|air)", re.I)
_REL_ANTECEDENT = re.compile(r"(?:(?P<n>[A-Z][\w'’:!&-]*(?:\s+(?:of|the|no|and|[A-Z0-9][\w'’:!&-]*))*)\s*,|[“\"](?P<q>[^”\"]{1,80}?),?[”\"]\s*,?)"
                             r"\s*(?:which|that)\s+(?:\w+\s+)?(?:\w+\s+)?$")   # 'OTHER, which opens …', '“OTHER,” which it will release …'
# a trade story's rights holder: "X has acquired North American rights to …", "Y has taken U.K. and Ireland rights"
_RIGHTS_HOLDER = re.compile(r"\b(?:(?:has|have|had|recently|,\s*which)\s+(?:also\s+)?(?:acquired|taken|picked\s+up|licensed|secured|bought|landed|snapped\s+up)|"
                            r"(?<=[a-z]\s)(?:acquired|picked\s+up|secured|bought|snapped\s+up))\s+"   # ("Lumen Arc Films acquired … rights")
                            r"(?:the\s+)?(?P<c>(?:[^.;,]|\.(?=\w|\s+(?:and|&)\s|\s+(?:\w+\s+)?rights\b))+?)\s+(?:(?:theatrical|distribution|home\s+video|streaming|broadcast)\s+)?rights\b")
_RIGHTS_TO = re.compile(r"\s+(?:to|for|on)\s+(?:the\s+)?(?=[“\"«A-Z])")
# a convention or festival by its usual name (not any capitalised hall), right after "at (the)"
_AT_REVEAL_EVENT = re.compile(r"\b(?:[Aa]t|[Dd]uring)\s+(?:the\s+|its\s+|their\s+)?(?:\d{1,3}(?:st|nd|rd|th)\s+)?(?P<event>(?:[A-Z][\w’'&!.:-]*\s+){0,3}?(?:Anime\s*(?:NYC|Expo|Japan|Weekend|Boston|"
                              r"Matsuri|Frontier|Impulse|Central|Festival|Revolution)|AnimeJapan|Comic[\s-]?Con|Jump\s+Festa|Crunchyroll\s+Expo|"
                              r"Otakon|Machi\s+Asobi|Berlinale|[A-Z][\w’'&!.-]*\s+(?:Film\s+)?(?:Festival|Market|Fest|Expo)|"
                              # a streamer's or publisher's own showcase ("the Kiraflix Anime Showcase 2026 livestream")
                              r"[A-Z][\w’'&!.+-]*\s+(?:Anime\s+(?:Showcase|Fest|Day|Night|Live)|Showcase))(?:\s+(?:Lite|Online|\d{4}))?)")
_OF_TITLE = re.compile(r"\s+(?:of|for|from)\s+(?:the\s+)?(?P<t>[“\"«]?[A-Z][^,.;]{0,60})")
_HYPOTHETICAL = re.compile(r"\b(?:[Ww]hether|would|could|might|may|rumou?r\w*|hop(?:e|es|ed|ing)|speculat\w+)\b")   # ("May" the month stays)
_OWN_REVEAL_VERB = re.compile(r"\s+(?:was|were|has\s+been|have\s+been|had\s+been|got|gets)\s+(?:also\s+|first\s+)?"
                              r"(?P<v>revealed|announced|unveiled|debuted|premiered|screened|shown|presented)\b")
_REVEAL_VERB = re.compile(r"\b(?:revealed|announced|unveiled|debuted|premiered|screened|shown|presented)\b")
_REVEALED_WHAT = re.compile(r"\b(?:(?:main\s+)?staff|(?:main\s+)?cast|(?:(?:first|second|third|new|special|announcement)\s+)?(?:promotional\s+video|PV|teaser(?:\s+(?:trailer|PV|visual))?|"
                            r"trailer|key\s+visual|announcement\s+visual)|[Ss]eason\s+\d+|production|sequel)\b")
_TO_AFTER = re.compile(r"\s*(?:,\s*)?(?:to|until|into)\s+(?:the\s+)?(?:(?:early|mid|late)[- ])?[A-Z0-9]")
_DISTRIBUTOR_ANAPHOR = re.compile(r"^\s*(?:[Tt]he\s+)(?:[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?-based\s+)?(?:distributor|company|label|outfit)"
                                  r"(?:,\s*[^,]{1,60},)?\s+(?:will|plans\s+to|is\s+(?:set|slated|planning)\s+to|intends\s+to)\b")
# "The stage featured … Episode 1. / ステージでは第1話の…": an official site's line in two languages
_BILINGUAL = re.compile(r"(?<=[.!?])\s+/\s+(?=[\u3040-\u30ff\u4e00-\u9fff])")
# "Fans who made it to Anime NYC 2026 got an early look: the first two episodes screened there"
_EVENT_THERE = re.compile(rf"\b(?:at|to|attended|attending)\s+(?:the\s+)?(?P<event>{_EVENT_NAME})[^.]{{0,120}}?\b"
                          r"(?P<what>(?:the\s+)?(?:first|opening|premiere)\s+(?:(?:two|three|four|\d)\s+)?episodes?|[Ee]pisodes?\s+(?:1|one)(?:\s*(?:-|–|and|to)\s*(?:\d|two|three))?)"
                          r"\s+(?:were\s+|was\s+)?(?P<v>screened|premiered|shown|played|debuted)\s+there\b")
_EVENT_NAME_RX = re.compile(rf"(?P<event>{_EVENT_NAME})")
# "Anime NYC will host the U.S. premiere of the first two episodes of …": the event hosting a premiere of the work
_EVENT_HOSTS_PREMIERE = re.compile(rf"(?:^|,\s+|\band\s+)(?:[Tt]he\s+)?(?P<event>{_EVENT_NAME})\s+(?:will\s+(?:also\s+)?(?:host|hold|screen|present)|"
                                   r"(?:also\s+)?(?:hosts|hosted|holds|held|screens|screened|presents|presented))\s+(?:the\s+)?"
                                   r"(?P<kind>(?:world|north\s+american|u\.?s\.?|international|japan(?:ese)?|european|asian|"
                                   r"west\s+coast|east\s+coast)\s+premiere)(?:\s+(?:broadcast|screening))?\s+of\s+(?:the\s+)?"
                                   r"(?:(?P<what>(?:first|opening)\s+(?:(?:two|three|four|\d)\s+)?episodes?)\s+of\s+(?:the\s+)?)?", re.I)
# "X will open the Animation Is Film Festival", "… will screen as the closing film of …": a festival's opening or closing film
_OPENS_FESTIVAL = re.compile(rf"\b(?:will\s+(?P<verb>open|close)|(?P<verb2>opens|opened|closes|closed)|"
                             r"(?:will\s+)?(?:screen|be\s+screened|premiere|play|be\s+shown)\s+as\s+(?:the\s+)?(?P<pos>opening|closing)"
                             r"(?:[\s-]+night)?\s+(?:film|feature|title|selection|work)\s+(?:of|at|for))\s+(?:the\s+)?"
                             rf"(?:\d+(?:st|nd|rd|th)\s+(?:annual\s+|edition\s+of\s+the\s+)?)?(?P<event>{_EVENT_NAME})")
# "will no longer premiere in January", "won't air in January after all": the dropped plan, not a release
_NO_LONGER_REL = re.compile(r"\b(?:no\s+longer|(?:will\s+not|won[’']t)\s+(?:be\s+)?)\s*(?:\w+\s+)?(?:premiere|air|debut|launch|"
                            r"release|arrive|begin|start|open|stream|broadcast)\w*\b[^,;]*$", re.I)
_NOW_AFTER_STALE = re.compile(r",\s*(?:(?:is|are|will|has|have)\s+(?:\w+\s+)?)?now\b|\binstead\b|,\s*but\s+(?:is|will|has)\b", re.I)
# (", the television anime adaptation of X's novels,": the source named in an appositive, not the subject)
_REL_ASIDE = re.compile(r",\s*(?:(?:which|that|who|originally|initially|previously)\s+|(?:the|an?)\s+(?:[\w-]+\s+){0,4}?adaptation\s+of\s+)[^,;]{1,80},")
_AT_EVENT = re.compile(rf"\b(?:at|during)\s+(?:the\s+)?{_EVENT_NAME}")   # "premieres at Anime Expo on July 4": the event's day
_EVENT_WHERE = re.compile(rf"\b(?:at|during)\s+(?:the\s+)?(?P<event>{_EVENT_NAME})"
                          r"[^.;]{0,50}?,?\s+(?:where|when|at\s+which)\s+(?P<what>(?:the\s+|its\s+)?(?:first|1st|opening|premiere)\s+episode|episode\s+(?:one|1))\s+"
                          r"(?:will\s+(?:get|receive|have)|gets|receives|is\s+getting|will\s+be\s+given)\s+(?:an?\s+|its\s+)?"
                          r"(?P<kind>(?:advance\s+|world\s+|early\s+)?(?:screening|premiere))")

# "A pre-broadcast event titled “Saltmarsh Lantern Night” will screen the first episode on March 20": an event the
# work's own staff hold, named in quotes, screening its episode
# "a special event titled "Fogbell Night" on December 19, where the first episode will be screened"
_EVENT_TITLED_WHERE = re.compile(r"\b(?:event|screening|premiere|stage|gathering|festival)\s+(?:titled|called|named|dubbed|billed\s+as)\s+"
                                 r"[“\"«](?P<event>[^”\"»]{3,60}?)[,.]?[”\"»][^.;]{0,60}?,?\s+(?:where|at\s+which)\s+"
                                 r"(?P<what>(?:the\s+|its\s+)?(?:first|1st|opening|premiere)\s+(?:(?:two|three|\d)\s+)?episodes?|episodes?\s+(?:one|1)"
                                 r"(?:\s*(?:-|–|and|&)\s*(?:two|2))?)\s+will\s+(?:be\s+)?(?:screened|shown|screen|premiere)\b", re.I)
_EVENT_TITLED = re.compile(r"\b(?:event|screening|premiere|stage|gathering|festival)\s+(?:titled|called|named|dubbed|billed\s+as)\s+"
                           r"[“\"«](?P<event>[^”\"»]{3,60}?)[,.]?[”\"»]\s*,?\s+(?:will\s+(?:also\s+)?screen|screens|screened|is\s+screening|"
                           r"will\s+(?:also\s+)?show|will\s+(?:hold|host)\s+(?:an?\s+)?(?:advance\s+)?screening\s+of)\s+"
                           r"(?P<what>(?:the\s+|its\s+)?(?:first|1st|opening|premiere)\s+(?:(?:two|three|\d)\s+)?episodes?|episodes?\s+(?:one|1)"
                           r"(?:\s*(?:-|–|and|&)\s*(?:two|2))?)\b", re.I)

# "a stage event at Anime NYC 2027 in November, where the first two episodes will be screened"
# ", which runs March 10–15, 2027": the dates of the event just named, with its year
_EVENT_RUNS_IN = re.compile(r",\s*which\s+(?:runs|is\s+held|takes\s+place|will\s+(?:run|be\s+held|take\s+place))\s+[^.;]{0,40}?\b(?P<y>(?:19|20)\d\d)\b")
_OWN_EVENT_NOUN = re.compile(r"\b(?:Fan\s+Meeting|Fan\s+Fest\w*|Festival|Fes|Night|Live|Event|Stage|Party|Premiere)\b")
# "at Kanto Content Market 2026 in late October, where the committee premiered a 90-second teaser"
_EVENT_WHERE_VIDEO = re.compile(r"\bat\s+(?:the\s+)?(?P<event>[A-Z][\w’'&.-]*(?:\s+[A-Z][\w’'&.-]*){1,4}\s+(?:19|20)\d\d)\b[^.;]{0,40}?,\s+where\s+"
                                r"[^.;]{0,40}?\b(?P<verb>premiered|debuted|unveiled|screened|showed)\s+(?:a|an|the|its)\s+(?P<what>(?:[\w-]+\s+)?"
                                r"(?:teaser|trailer|PV|promo(?:tional)?\s+video)(?:\s+(?:trailer|PV|video))?(?:\s+for\s+[Ss]eason\s+\d{1,2})?)\b")
# '"X" special stage at Anime Harbor Fes 2026': the work's (quoted) own stage at a dated event
_WORK_STAGE_AT = re.compile(r"[“\"](?P<t>[^”\"]{2,80})[”\"]\s+(?P<what>(?:(?:special|main|official)\s+)?stage)\s+at\s+(?:the\s+)?"
                            r"(?P<event>[A-Z][\w’'&!.-]*(?:\s+[A-Z][\w’'&!.-]*){0,4}\s+(?:19|20)\d\d)\b")
# "… of its first two episodes at the “Lumen Ferry Launch Night” event": an event named in quotes (its name may
# carry the work's title), then the word that says it is one
_QUOTED_EVENT_AT = re.compile(r"\b(?:at|during)\s+(?:the\s+|a\s+|an\s+)?(?:special\s+)?[“\"](?P<event>[^”\"]{3,80}?),?[”\"]\s+"
                              r"(?:(?:special|fan|pre-?broadcast|premiere|screening|launch|stage)\s+)?(?:event|festival|fan\s+meeting|stage|party)\b")
_EVENT_WHERE_SHOWN = re.compile(rf"\b(?:at|during)\s+(?:the\s+)?(?P<event>{_EVENT_NAME})"
                                r"[^.;]{0,50}?,?\s+(?:where|when|at\s+which)\s+(?P<what>(?:the\s+|its\s+)?(?:first|1st|opening|premiere)\s+"
                                r"(?:(?:two|three|four|\d)\s+)?episodes?|episodes?\s+(?:one|1)(?:\s*(?:-|–|and|&)\s*(?:two|2))?)\s+"
                                r"(?:will\s+(?:also\s+)?be|are\s+(?:set\s+|going\s+|slated\s+)?to\s+be|is\s+(?:set\s+|going\s+|slated\s+)?to\s+be)\s+"
                                r"(?:screened|shown|previewed)\b")

# ---- one reader for a named event and what the work showed there, in any word order ("The first episode will get an
# advance screening at the X Premiere Night event", "X Fest 2026 … ended with the announcement …; the panel debuted a
# teaser", "Both songs get their first live performances at the X Departure Festival, where episode 1 screens"):
# an event's name (capitalised words ending in an event noun), a showing verb and what was shown, all in one sentence
_NE_NOUNS = ("Fest", "Festa", "Festival", "Fes", "Expo", "Con", "Convention", "Night", "Stage", "Premiere", "Showcase",
             "Live", "Summit", "Crossing", "Matsuri", "Gala", "Fair", "Party", "Screening", "Celebration", "Weekend",
             "Event", "AnimeJapan", "Otakon", "Comiket", "Berlinale", "Meeting", "Thanksgiving", "Gathering")
_NE_NAME = re.compile(r"(?<![\w’'&.-])(?P<event>(?:[A-Z0-9][\w’'&!.+:-]*\s+){0,7}?(?:AnimeJapan|Otakon|Comiket|Berlinale|[A-Z][\w’'&!.+-]*\s+"
                      r"(?:Fest|Festa|Festival|Fes|Expo|Con|Convention|Nights?|Stage|Premiere|Showcase|Live|Summit|Crossing|Matsuri|"
                      r"Gala|Fair|Party|Screening|Celebration|Weekend|Event|Meeting|Thanksgiving|Gathering))(?:\s+(?:19|20)\d\d)?)(?![\w’'-])(?!\s+[A-Z0-9&])")
# words that start a sentence or a phrase before a name ("At X Fest", "Fans at X Con"), not part of it
_NE_LEAD = re.compile(r"^(?:(?:The|At|During|In|On|And|But|While|After|Before|Its|Their|For|Of|From|Both|This|That|To|With|An?|"
                      r"Fans|Attendees|Visitors|Audiences?|Last|Next|Earlier|Later|Meanwhile|Then|Also|Where|When|Screened|Shown|"
                      r"Premiered|Debuted|Unveiled|Revealed|Announced|Episodes?|First|Screens?|Premieres?|Debuts?)\s+)+")
# a title-case headline's run ("Episode To Screen At Redroof Anime Summit"): the name after its last preposition or possessive
_NE_CUT = re.compile(r"^(?:.*\s)?(?:At|During|In|To|For|On|From|With|And)\s+|^.*[’']s\s+")
# a name made only of these words is a kind of event, not one ("World Premiere", "Advance Screening", "Saturday Night")
_NE_GENERIC = {"world", "north", "american", "us", "u.s.", "international", "japan", "japanese", "special", "advance", "fan",
               "fans", "early", "main", "first", "premiere", "screening", "opening", "closing", "launch", "live", "stage",
               "night", "nights", "event", "season", "episode", "monday", "tuesday", "wednesday", "thursday", "friday",
               "saturday", "sunday", "weekend", "party", "new", "pre-broadcast", "preview", "sneak", "official", "big",
               "fest", "festa", "festival", "fes", "expo", "con", "convention", "showcase", "summit", "crossing", "gala",
               "fair", "celebration", "final", "grand", "red", "carpet", "tv", "anime", "film", "movie", "meeting",
               "thanksgiving", "gathering", "appreciation"}
_NE_VERB = re.compile(r"\b(?:screen(?:s|ed|ing)?|premier(?:e|es|ed|ing)|debut(?:s|ed|ing)?|unveil(?:s|ed|ing)?|reveal(?:s|ed|ing)?|"
                      r"announc(?:e|es|ed|ing|ement)|perform(?:s|ed|ing|ances?)?|shown|showed|showing|played|preview(?:s|ed|ing)?|"
                      r"presented)\b", re.I)
_NE_POINTED = re.compile(r"\b(?:[Tt]he\s+same|[Tt]his|[Tt]hat)\s+(?:new\s+|first\s+)?$")
# "her last show", "previously screened", "his earlier series": a person's past work, not this one's event
_NE_PAST = re.compile(r"\b(?:previously|formerly|years?\s+ago|(?:his|her|their)\s+(?:last|previous|earlier|former|other|debut|own)\b|"
                      r"(?:earlier|previous|last|other)\s+(?:show|series|film|movie|work|anime|title)s?\b)", re.I)
# "OTHER's first episode", "OTHER will premiere its first episode": a capitalised owner right before what was shown
_NE_OWNER_BEFORE = re.compile(r"(?P<o>[A-Z][\w’'&!:-]*(?:\s+[A-Z0-9][\w’'&!:-]*){0,5})(?:[’']s?\s+|\s+(?:will\s+)?(?:\w+\s+){0,2}?(?:its|their)\s+)"
                              r"(?:(?:new|own|first|second|third)\s+)?(?:\w+\s+)?$")
# a capitalised name of two words or more outside the event's: perhaps another title
_NE_OTHER_NAME = re.compile(r"\b[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)+")
# an event known by its capitalised name and its year alone, with no event noun ("at Anime Harbor 2026", "on the main
# stage of Tokyo Anime Harvest 2026", "during the Hokkai Creators Forum 2026 panel"): a place word then the name
_NE_DATED_NAME = re.compile(r"\b(?:[Aa]t|[Dd]uring|(?:stage|panel|booth|floor)\s+of)\s+(?:the\s+)?"
                            r"(?P<event>(?:[A-Z][\w’'&!.+-]*\s+){1,5}(?:19|20)\d\d)\b(?![-–/]\d)")
# a holiday or a season by its year is no event ("during Golden Week 2026", "at the Winter Break 2026")
_NE_DATED_NOT_EVENT = re.compile(r"^(?:(?:Golden|Silver|Spring|Summer|Fall|Autumn|Winter|Christmas|New\s+Year[’']?s?|"
                                 r"January|February|March|April|May|June|July|August|September|October|November|December)\s+)+"
                                 r"(?:(?:Week|Season|Break|Holidays?|Vacation|Term)\s+)?(?:19|20)\d\d$")
# what a sentence can name with two capitalised words and still be no title: a sentence's article, a region, a language,
# a month ("The TV anime …", "North American audiences", "English dub")
_NE_NOT_TITLE_WORDS = frozenset("the this that its a an tv north south east west american european asian english japanese "
                                "international worldwide earlier later in on at during january february march april may june "
                                "july august september october november december".split())
# "X’s manga", "Y’s light novels": the source's author named before it, not another title
_NE_AUTHOR_OF = re.compile(r"(?:\s*[’']s?)?\s+(?:(?:original|hit|popular|long-running|award-winning)\s+)?(?:manga|light\s+novels?|novels?|web\s*novel|webtoon|comics?|picture\s+book)\b")
_NE_AUTHOR_SOURCE = re.compile(r"[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3}" + _NE_AUTHOR_OF.pattern)   # "(of) X's manga"
# "the PV", "its teaser", "the film's first key visual": a video the paragraph about the work already has in view
_NE_DEFINITE_VIDEO = re.compile(r"(?:\b(?:[Tt]he|[Ii]ts)\s+|\b[Tt]he\s+(?:film|movie|series|anime|show|season|title)[’']s?\s+)(?:[\w-]+\s+){0,2}$")
# "No new PV …", "… will not be shown", "wasn't screened": a showing said not to happen
_NE_NO_WHAT = re.compile(r"\b[Nn]o\s+(?:new\s+|further\s+|more\s+)?(?:[\w-]+\s+)?$")
_NE_NOT_VERB = re.compile(r"\b(?:not|n[’']t|never)\s+(?:\w+\s+){0,2}$")
_NE_VIDEO_WORD = re.compile(r"teaser|trailer|\bpv\b|video|visual|footage", re.I)
# "the North American premiere", "its world premiere": a premiere that is itself what was shown
_NE_PREMIERE_KIND = re.compile(r"\b(?:world|north\s+american|u\.?s\.?|international|japan(?:ese)?|european|asian)\s+premiere\b", re.I)
_NE_VERB_STEMS = ("screen", "premier", "debut", "unveil", "reveal", "announc", "perform", "shown", "showed", "showing",
                  "played", "preview", "presented")   # (every _NE_VERB match holds one)
_NE_WHAT = re.compile(r"\b(?:(?:first|opening|premiere|1st)\s+(?:(?:two|three|four|\d{1,2})\s+)?episodes?|"
                      r"episodes?\s+(?:\d{1,2}|one|two)(?:\s*(?:,|and|&|-|–|to|through)\s*(?:\d{1,2}|two|three))*|"
                      r"(?:first|opening)\s+(?:\w+\s+)?minutes|"
                      r"(?:(?:first|second|third|new|main|announcement|official)\s+)?(?:teaser(?:\s+(?:trailer|PV|visual|video))?|trailer|PV|"
                      r"promo(?:tional)?\s+video)|(?:(?:first|new|main)\s+)?key\s+visual|(?:first|second|new|main|teaser)\s+visual|(?:main\s+)?cast|(?:main\s+)?staff|"
                      r"(?:both\s+)?(?:theme\s+songs?|opening\s+theme|ending\s+theme|songs)|footage|pilot(?:\s+episode)?|"
                      r"(?:TV\s+|television\s+)?anime(?:\s+adaptation)?|adaptation|sequel|season\s+\d{1,2})\b", re.I)


# ---- one reader for a credit told by a role noun beside a name, with no verb of its own: "Mayu Ichinose, the
# character designer, drew the jacket", "the series' composer Daichi Honjo", "from screenplays by Makoto Shibano"
_APPOS_ROLE_MAP = {"chief animation director": "chief animation director", "animation director": "animation director",
                   "art director": "art director", "sound director": "sound director", "chief director": "chief director",
                   "assistant director": "assistant director", "series director": "director", "director": "director",
                   "character designer": "character design", "composer": "music", "screenwriter": "screenplay",
                   "scriptwriter": "screenplay", "series composer": "series composition",
                   "series composition writer": "series composition", "color designer": "color design",
                   "colour designer": "color design", "screenplays": "screenplay", "scripts": "screenplay",
                   "teleplays": "screenplay"}
_APPOS_ROLE = (r"(?P<role>chief\s+animation\s+director|animation\s+director|art\s+director|sound\s+director|chief\s+director|"
               r"assistant\s+director|series\s+director|director|character\s+designer|series\s+composition\s+writer|"
               r"series\s+composer|composer|screenwriter|scriptwriter|colou?r\s+designer)")
_APPOS_POSS = r"(?:its|(?:the\s+)?(?:series|anime|show|film|movie|season)[’']s?|[A-Z][^,;.]{0,60}?[’'](?:s\b)?)"
_APPOS_OWNER = rf"(?:the|{_APPOS_POSS})"
_APPOS_ROLE2 = _APPOS_ROLE.replace("(?P<role>", "(?P<role2>")
_ROLE_APPOSITION = re.compile(
    # "PERSON, the (series') ROLE(, | of WORK,)"
    rf"(?P<who>{_PERSON}),\s+{_APPOS_OWNER}\s+(?:(?:returning|new|lead|main|head)\s+)?{_APPOS_ROLE}"
    r"(?P<tail>\s*(?:,|\s+(?:of|for|on|behind)\s+[^,;.]{1,70}?,|\s+(?:of|for|on|behind)\s+[^,;.]{1,70}?[.;]|[.;]|$))|"
    # "(WORK's | the series' | its) (new) ROLE (,) PERSON"
    rf"(?P<owner>{_APPOS_POSS})\s+(?:(?:returning|new|lead|main|head)\s+)?{_APPOS_ROLE2},?\s+(?P<who2>{_PERSON})|"
    # "from screenplays by PERSON", "with scripts by PERSON"
    rf"\b(?:from|with|on)\s+(?P<role3>screenplays|scripts|teleplays)\s+by\s+(?P<who3>{_PERSON})")
_APPOS_ROLE_WORDS = ("director", "designer", "composer", "writer", "screenplays", "scripts", "teleplays")   # (in every match)
# "X, the director of OTHER", "best known as the composer of …": a credit of another work or a past one
_APPOS_PAST = re.compile(r"\b(?:known|famous|best|previously|formerly|former|once|earlier|past|veteran|ex-)\b", re.I)


def _ord_num(word: str | None) -> int | None:
    if not word:
        return None
    w = word.lower()
    if w in _ORD_WORDS:
        return _ORD_WORDS[w]
    m = re.match(r"(\d+)", w)
    return int(m.group(1)) if m else None


# ====================================================================== the extractor
class ProseExtractor(Extractor):
    name = "prose"
    priority = 10

    def extract(self, page, work: Work) -> list[Fact]:
        return _Run(page, work).run()


# an event's edition and year, which one page may give and another leave out ("the 5th X Festival", "X Festival 2027",
# 「第5回X」)
_EVENT_EDITION = re.compile(r"^(?:the\s+)?(?:\d{1,3}(?:st|nd|rd|th)\s+|第\d{1,3}回\s*)|\s*(?:19|20)\d\d\s*$", re.I)


def _event_core(name: str) -> str:
    """The event's name without its edition or year, folded: what two names for one event share."""
    return fold(_EVENT_EDITION.sub("", _EVENT_EDITION.sub("", name.strip())))


class _Run:
    def __init__(self, page, work: Work):
        self.page = page
        self.work = work
        self.published: PartialDate | None = getattr(page, "published", None)
        names = sorted({nfkc(n).strip() for n in work.names if n and len(nfkc(n).strip()) >= 2}, key=len, reverse=True)
        self.name_re = _names_rx(tuple(names))
        self.season_no = next((int(next(g for g in m.groups() if g)) for n in names for m in [_WORK_SEASON.search(n)] if m), None)
        self.facts: list[Fact] = []
        self.release: list[tuple[int, PartialDate, str, str, bool]] = []  # (order, date, key, evidence, delay)
        self.trailers: dict[str, tuple[str, str, int]] = {}               # key -> (date, evidence, section)
        self.trailer_sections: dict[str, list[int]] = {}                 # key -> every section that speaks of it
        self.inserts: list[tuple[str, str | None, str, int]] = []          # title, artist, evidence, sentence index
        self.theme_singers: list[tuple[str, str, int]] = []  # "X will perform the openings" (no title): (kind, who, block)
        self.ja_theme_artist: list[tuple[str, str]] = []   # 「「X」が主題歌を担当」: (artist, evidence), the title told elsewhere
        self.ja_theme_title: list[tuple[str, str]] = []    # 「主題歌「T」のサビが流れる」: (title, evidence), no artist in it
        self.claimed: set[tuple[int, int]] = set()                         # (sentence, date start) used as release
        self.past_networks: list[tuple[str, str, str, str]] = []           # "streamed the anime on X" (past)
        self.unnumbered: list[tuple[str, str, str, int]] = []              # an unnumbered announcement video
        self.full_trailers: list[tuple[str, str, int]] = []                # "a new full trailer, which debuted Monday"
        self.ja_main_pvs: list[tuple[str, str, str, int]] = []             # 「本PVが公開」: (key, date, evidence, section)
        self.named_events: list[tuple[str, str, str]] = []   # named_event_shows' (event, value, evidence), added last
        self._evidence: dict[str, str] = {}
        self._stripped: dict[str, str] = {}
        self._negated: dict[str, bool] = {}
        self._mentions: dict[str, bool] = {}
        self._dates: dict[tuple[str, bool], list] = {}
        self._title_named: bool | None = None
        self._sent_text: str | None = None   # the sentences joined, for names written in full elsewhere
        self._own_text: str | None = None   # this work's sentences joined (a part's name written in full)
        self._ours_sections: dict[int, bool] = {}
        self._defer_with_service: tuple | None = None   # a sentence's ", with SERVICE streaming it … from DAY", read after

    # ------------------------------------------------------------------ text
    def mentions(self, text: str) -> bool:
        """`text` names the work (asked once per text: a sentence, its block and its readers all ask)."""
        v = self._mentions.get(text)
        if v is None:
            v = self._mentions[text] = bool(self.name_re and self.name_re.search(text))
        return v

    def own_season(self, text: str) -> bool:
        """"will stream Season 3", "the third season" when the work is Season 3: the work by its number."""
        if not self.season_no or not ("eason" in text or "期" in text or "シーズン" in text):
            return False
        text = _season_in_digits(text)
        if any((int(n) if n.isdigit() else _NUM_WORDS[n.lower()]) == self.season_no
               for m in _SEASON_N.finditer(text) for n in m.groups() if n):
            return True
        m = re.search(rf"\b{_ORD}\s+season\b", text, re.I)
        return bool(m) and _ord_num(m.group("ord").lower()) == self.season_no

    def prev_season(self, text: str) -> bool:
        """An earlier season: "the first season", or for a work that is Season 3, "Season 2" (but not "Season 3")."""
        text = _without_carried_over(_season_in_digits(text))
        if _prev_season(text):
            return True
        if not self.season_no or not ("eason" in text or "期" in text):
            return False
        nums = [int(n) if n.isdigit() else _NUM_WORDS[n.lower()] for m in _SEASON_N.finditer(text) for n in m.groups() if n]
        return bool(nums) and all(n < self.season_no for n in nums)

    def earlier_spans(self, text: str) -> list[tuple[int, int]]:
        """The clauses of `text` about an earlier season in the past tense ("Season 1 was directed by X, while …"):
        the credits named only there are that season's, not this work's (one carried on is named as such)."""
        if not ("eason" in text or "eries" in text or "cour" in text or "S" in text):
            return []
        out = []
        for m in _EARLIER_SUBJ.finditer(text):
            subj = m.group("subj")
            sm = re.fullmatch(r"S(\d{1,2})", subj)
            if sm:
                earlier = bool(self.season_no) and int(sm.group(1)) < self.season_no
            else:
                earlier = self.prev_season(subj) and not self.own_season(subj)
            if not earlier:
                continue
            end = _CLAUSE_END.search(text, m.end()).start()
            if not _CARRIED_ON.search(text, m.start(), end):
                out.append((m.start(), end))
        out.extend(self.earlier_object_spans(text))
        return out

    def earlier_object_spans(self, text: str) -> list[tuple[int, int]]:
        """The clauses where an earlier season is the object of a past verb ("Studio P animated the first season under
        director X, but …") or their frame ("In the first season, X wrote the scripts, while …"): from the verb (or the
        frame) to the clause's end; the verb's subject stays out ("X, who directed the first season, returns")."""
        out = []
        for m in _EARLIER_SEASON_NP.finditer(text):
            if text.startswith(("'", "’"), m.end()):
                continue   # "the first season's …": a possessive, another reading
            subj = m.group()
            if not (self.prev_season(subj) and not self.own_season(subj)):
                continue
            head = text[max(0, m.start() - 24):m.start()]
            verb = _PAST_VERB_BEFORE.search(head)
            lead = None if verb is not None else _EARLIER_FRAME_LEAD.search(head)
            if verb is None and (lead is None or (lead.start() == 0 and m.start() > 24 and ";" not in head)):
                continue   # neither a past verb's object nor a clause's frame
            start = m.start() - len(head) + (verb if verb is not None else lead).start()
            end = _CLAUSE_END.search(text, m.end()).start()
            if verb is not None and _REL_BEFORE_VERB.search(text, max(0, start - 20), start):
                comma = text.find(",", m.end(), end)
                end = comma if comma >= 0 else end   # "X, who directed Season 1, moves up to …": the clause ends there
            if verb is None and not _PAST_MARK.search(text, m.end(), end):
                continue   # "In the first season's style, X directs": no past credit in the frame
            if not _CARRIED_ON.search(text, start, end):
                out.append((start, end))
        return out

    def _series_song_on_film_page(self, evidence: str, value: str) -> bool:
        """Is the song named right after "the TV series' opening" (「TVシリーズのOP」) on a page about a film (its
        names or its sentences say film/movie/劇場版)? That song is the series'."""
        song = value.rpartition(" — ")[0] or value
        m = SERIES_SONG.search(evidence)
        if m is None or song not in evidence[m.end():m.end() + 80]:
            return False
        return self._film_page()

    def other_credit_spans(self, text: str) -> list[tuple[int, int]]:
        """The stretches of `text` that tell another work's or an earlier holder's credit: a ", which …" clause after
        another title (`_OTHER_TITLE_CLAUSE`; the work's own name with a subtitle after it, "X: Prologue", is
        another title) up to the clause's end, and a predecessor with his "who …" clause (`_PREDECESSOR`)."""
        if not any(w in text for w in _OTHER_CREDIT_WORDS):
            return []
        out = []
        if ", which" in text or ", that" in text:
            for m in _OTHER_TITLE_CLAUSE.finditer(text):
                if self._other_title(m.group("t")):
                    end = _CLAUSE_END.search(text, m.end())
                    out.append((m.end(), end.start() if end else len(text)))
        for m in _PREDECESSOR.finditer(text):
            if not (m.group("clause") and _STILL_CREDITED.search(m.group("clause"))):
                out.append((m.start("who"), m.end()))
        return out

    def _other_title(self, t: str) -> bool:
        """Is a capitalised run another title: two words or more, no pronoun or "the series", and either not the
        work's name or the name with a subtitle after a colon or dash ("Ninefold Bell Tower: Prologue")?"""
        t = t.strip(" ,’'")
        if len(t.split()) < 2 or _ANAPHORA.match(t) or _NOT_A_TITLE_LEAD.match(t) and len(t.split()) < 3:
            return False
        if _STUDIO_NAME_WORD.search(t):
            return False   # "Aniplex Pictures, which tapped Studio K": a company, whose clause may tell this work's credit
        m = self.name_re.search(t) if self.name_re else None
        if m is None:
            return True
        return re.match(r"\s*[:：\-–—]\s*\w", t[m.end():]) is not None and not self.name_re.fullmatch(t)

    def only_in(self, spans: list[tuple[int, int]], text: str, name: str) -> bool:
        """`name` is named in `text` only inside `spans`."""
        hits = [m.start() for m in re.finditer(re.escape(name), text)]
        return bool(hits) and all(any(a <= h < b for a, b in spans) for h in hits)

    def sentences(self) -> list[_Sent]:
        try:
            lines = self.page.lines()
            items = [(ln.text, ln.kind == "heading") for ln in lines if ln.kind != "alt"]
        except Exception:
            items = [(b, False) for b in self.page.blocks()]
        out: list[_Sent] = []
        section = -1
        self.headings: dict[int, str] = {}
        self.foreign_sections: set[int] = set()
        self.lead_about: set[int] = set()
        dub = False
        maker_list = False   # under 「■同じスタッフの作品」: other works' lines, up to the next heading
        past_songs = False   # under a short title line of an earlier season's songs (「第1期 主題歌」), up to a heading
        archived = self._earlier_archive_rows(items)
        for i, (text, is_heading) in enumerate(items):
            if i in archived:
                continue   # a news archive's dated headline of the earlier season, on a later season's page
            text = _ja_commas(nfkc(text))
            if len(text) <= 50 and (is_heading or MARK_LED_LINE.match(text)):
                maker_list = SAME_MAKER_WORKS.search(text) is not None
            if maker_list:
                continue   # 「・彼方の灯台（2023年7月／全13話）」: another work's date and length
            if len(text) < 40:
                lm = _LANG_SECTION.match(text)
                if lm:  # "English cast", "French staff": a dub's credits (the labelled extractors key them)
                    dub = lm.group(1).lower() != "japanese"
                    if is_heading:   # its own section: what follows is no longer under the heading before
                        section = i
                        self.headings[i] = text
                    continue
            if dub and is_heading:
                dub = False   # "About the Series" after "English Dub Staff": the dub's credits ended
            if dub and not _DUB_RELEASE.match(text):
                continue   # a dub section's credits; only "The English dub premieres Jan 23" is read (the dub's date)
            if is_heading:
                section = i
                self.headings[i] = text
                if not self.mentions(text) and _names_other_title(text):
                    self.foreign_sections.add(i)
            if past_songs:
                # 「第1期 主題歌」 then 「OP：「X」」「ソラネコ」: the earlier season's songs, its title line said once
                past_songs = not is_heading and len(text) <= 120 and not _bare_song_label(text)
            songs_title = (bool(self.season_no) and len(text) <= 40 and not is_heading and _SONG_LABEL_WORD.search(text) is not None
                           and self.prev_season(text))   # (a sequel's page only: a first season's own site heads its songs so)
            block_mentions = self.mentions(text)
            parts = [x for part in (_BILINGUAL.split(text) if "/" in text else (text,)) for x in split_sentences(part)]
            if parts and not is_heading and (self.mentions(parts[0]) or _LEAD_ANAPHORA.match(parts[0])) and not self.prev_season(parts[0]):
                self.lead_about.add(i)   # "The series premieres on …. ABEMA will stream new episodes …": the paragraph's topic
            earlier_topic = bool(parts) and not is_heading and self._ja_earlier_topic(parts[0])
            for s in parts:
                # (「第2期では…」「待望の続編は…」: the topic moves on)
                earlier_topic = earlier_topic and not self.own_season(s) and self._ja_own_topic_at(s, 24) is None
                out.append(_Sent(s, i, section, block_mentions and self.mentions(s),
                                 self.prev_season(s) or earlier_topic or past_songs, block_mentions, is_heading))
            past_songs = past_songs or songs_title
        meta = []
        for key in ("og:description", "description", "twitter:description"):
            for v in (getattr(self.page, "meta", {}) or {}).get(key, []):
                if v and v not in meta:
                    meta.append(v)
        for v in meta[:2]:
            for s in split_sentences(nfkc(v)):
                out.append(_Sent(s, -1, -2, self.mentions(s), self.prev_season(s), self.mentions(v)))
        return out

    def _earlier_archive_rows(self, items: list[tuple[str, bool]]) -> set[int]:
        """A later season's page may list the work's older news as dated headlines (a date cell or line, then the
        headline: "Aug 9, 2024 | W anime sets October 5 premiere on Fuji TV"). A headline naming the work with no
        mark of this season or a sequel, dated before the first headline that names one ("Apr 1, 2026 | W sequel
        announced") or, with none, more than a year before the page's own date, is the earlier season's news."""
        if not self.season_no or self.season_no < 2:
            return set()
        rows = []
        for i in range(1, len(items)):
            text, head = items[i]
            day = _archive_row_day(items[i - 1][0]) if not head and not items[i - 1][1] and len(text) <= 160 else None
            if day is not None:
                rows.append((i, day, nfkc(text)))
        if not rows:
            return set()
        own = [d for _, d, t in rows if self.own_season(t) or (_ARCHIVE_SEQUEL_MARK.search(t) and not self.prev_season(t))]
        if own:
            cut = min(own)
        elif self.published is not None and self.published.day is not None:
            cut = self.published.as_date() - _dt.timedelta(days=365)
        else:
            return set()
        return {i for i, d, t in rows if self.mentions(t) and not self.own_season(t)
                and (self.prev_season(t) or (d < cut and not _ARCHIVE_SEQUEL_MARK.search(t)))}

    def _ja_own_topic_at(self, text: str, within: int | None = None) -> re.Match | None:
        """The last topic marker naming this work's own season in `text` (「第2期は」「続編では」「新シリーズは」「本作は」 on a
        later season's page; a sequel word counts only there, a first season's 「続編は」 being another work), within
        its first `within` characters if given; None when there is none."""
        if not (("は" in text or "も" in text) and ("期" in text or "シーズン" in text or "続編" in text or "シリーズ" in text or "本作" in text or "今作" in text)):
            return None
        found = None
        text = _season_in_digits(text)   # (「シーズン2では」「第二期は」 read as 「第2期では」「第2期は」)
        for m in _JA_OWN_TOPIC.finditer(text, 0, len(text) if within is None else min(len(text), within)):
            if m.group("n") is not None:
                if not self.own_season(m.group()):
                    continue
            elif not (self.season_no and self.season_no > 1):
                continue
            found = m
        return found

    def _ja_own_season_tail(self, s: _Sent) -> _Sent | None:
        """「第1期の監督だったXは総監修に回って、第2期はYが監督を務めます」, 「第2期はYが監督を務める」: what follows this
        season's own topic marker is about this season (read as its own sentence); None when the sentence has no such
        marker or the rest still speaks of an earlier season."""
        m = self._ja_own_topic_at(s.text)
        tail = _season_in_digits(s.text)[m.end():].lstrip("、, ") if m is not None else ""
        if len(tail) < 4 or self.prev_season(tail):
            return None
        return _Sent(tail, s.block, s.section, s.mentions, False, s.block_mentions, s.heading)

    def _ja_earlier_topic(self, first: str) -> bool:
        """A paragraph opening 「第1期は…」 (on a later season's page) is about that season: its next sentences
        (「監督はX、アニメーション制作はYが担当した。」) credit it, until one names this season."""
        return first.startswith(("第", "前作", "前期")) and bool(_JA_EARLIER_TOPIC.match(first)) and self.prev_season(first)

    def _title_mentions(self) -> bool:
        """The page's own title (<title>, og:title) names the work: a single article or the work's own page."""
        if self._title_named is None:   # (asked for many sentences; the page's title does not change)
            head = " ".join([getattr(self.page, "title", "") or "", *((getattr(self.page, "meta", {}) or {}).get("og:title", []))])
            self._title_named = self.mentions(nfkc(head))
        return self._title_named

    def about_work(self, sents: list[_Sent]) -> bool:
        return any(s.mentions for s in sents) or self._title_mentions() or self._own_season_part(sents)

    def _own_season_part(self, sents: list[_Sent]) -> bool:
        """A franchise page (its title names the series) cut to this season's part, headed by its number alone
        ("Season 2" on the series' wiki article): the part is about the work though it never names it in full."""
        if not self.season_no or not any(s.heading and len(s.text) <= 30 and self.own_season(s.text) for s in sents):
            return False
        from ..page import season_split
        bases = {fold(b[0]) for n in self.work.names if (b := season_split(n)) and len(fold(b[0])) >= 4}
        head = fold(" ".join([getattr(self.page, "title", "") or "", *((getattr(self.page, "meta", {}) or {}).get("og:title", []))]))
        return any(b in head for b in bases)

    def _ja_refers_to_title_before(self, idx: int, s: _Sent) -> bool:
        """Does a sentence open on a pointer back (こちらは, 同作は, そちらも) while the sentence before it in the same
        paragraph names another title with its making (see `_JA_ANNOUNCED_TITLE`), never this work? It goes on about
        that title, so its credits and dates are that title's."""
        if s.mentions or _JA_POINTER_TOPIC.match(s.text) is None:
            return False
        sents = getattr(self, "sents", None) or []
        prev = sents[idx - 1] if idx > 0 else None
        if prev is None or prev.block != s.block or prev.block < 0 or prev.mentions:
            return False
        return any(not self.mentions(m.group("a") or m.group("b") or "") for m in _JA_ANNOUNCED_TITLE.finditer(prev.text))

    def _dropped_by_next(self, idx: int, s: _Sent) -> bool:
        """Does the next sentence of the same paragraph say the plan just told is dropped ("That is no longer the
        plan.", "But that date has been scrapped.", 「しかし、その予定は変更に」)? Its dates are no release."""
        sents = getattr(self, "sents", None) or []
        nxt = sents[idx + 1] if idx + 1 < len(sents) else None
        if nxt is None or nxt.block != s.block or nxt.block < 0:
            return False
        head = nxt.text[:90]
        if not ("longer" in head or "shelved" in head or "scrap" in head or "abandon" in head
                or "予定" in head or "計画" in head or "日程" in head):
            return False
        return _PLAN_DROPPED_NEXT.match(head) is not None

    # ------------------------------------------------------------------ run
    def run(self) -> list[Fact]:
        sents = self.sentences()
        if not sents or not self.about_work(sents):
            return []
        self.sents = sents
        for idx, s in enumerate(sents):
            if s.section in self.foreign_sections:
                continue
            t = s.text
            if _may_hold(t, _CORRECTED_WORDS) and _CORRECTED_CLAIM.search(t):
                continue   # a correction note: the claim it repeats is the wrong one
            has_digit = _ANY_DIGIT.search(t) is not None
            low = t.lower()
            if _rel_hint(t, low) and (has_digit or "year" in low or "spring" in low or "summer" in low
                                        or "fall" in low or "autumn" in low or "winter" in low or "年" in t
                                        or _MONTH_HINT.search(t) or "month" in low or "today" in low
                                        or (self.published is not None and _WEEKDAY_WORD.search(t))):
                self._defer_with_service = None
                self.release_dates(idx, s)
                if self._defer_with_service is not None:
                    self._with_service_from(*self._defer_with_service)
            if _is_japanese(t):
                self.japanese(idx, s)
                continue
            other = _other_production(self.stripped(t)) or self._credits_another_title(s)   # (asked once: cast, staff and studio all heed it)
            if other:
                pass   # "In the 2024 voice comic, Kanaria was voiced by X": that production's cast
            elif " as " in t or (" is the " in t and ("’s " in t or "'s " in t)) or "voic" in low or "cv" in low or "star" in low or "play" in low or "cast" in low \
                    or "portray" in low or " role" in low or "repris" in low or "to life" in low:
                self.cast(s)
            if "direct" in low or "compos" in low or "design" in low or "writ" in low or "script" in low \
                    or "screenplay" in low or "music" in low or "helm" in low or "editor" in low or "artist" in low \
                    or "score" in low or "soundtrack" in low or "based on" in low or "adapt" in low or "manga" in low or "novel" in low \
                    or "anime of" in low or "adaptation of" in low or "produc" in low or "chair" in low or "supervis" in low \
                    or "characters" in low or "credit" in low or "comic" in low or "picture book" in low or "koma" in low or "scoring" in low:
                if not other:
                    self.staff(s)
            if ("studio" in low or "animat" in low or "produc" in low or " at " in t or " treatment from " in t
                    or ("original" in low and " from " in t)
                    or ("atelier" in low or "pictures" in low or " works" in low)) and not other:
                self.studio(s)   # ("… are getting the TV treatment from Atelier Pinecone", "an original drama from X")
            if ("on " in t or "via " in t or "stream" in low or "simulcast" in low or "licens" in low or " air" in low or "carry" in low or "carri" in low
                or "broadcast" in low or "exclusive" in low or "station" in low or "network" in low or "channel" in low or "platform" in low
                or " has " in t or " have " in t or " get" in t or ": " in t or "follow" in t or "pick" in t) \
                    and ((_NET_KEYS_RX.search(t) is not None and _NETWORK.search(t))
                         or (self.learned_streamers() and any(org in t for org in self.learned_streamers()))):
                self.networks(s)
            elif "stream" in low or "simulcast" in low:
                self.unlisted_service(s)
                if " bring" in t:
                    self.page_service_brings(idx, s)
            if " Original" in t and s.mentions:
                self.site_original(s)
            if "opening" in low or "ending" in low or "insert" in low or "song" in low or "theme" in low \
                    or " op " in low or " ed " in low or "soundtrack" in low or "music clip" in low or "music video" in low \
                    or ("/" in t and ("OP" in t or "ED" in t)) or " credits" in t:
                self.themes(idx, s)
                if "perform" in low or "sing" in low:
                    self.untitled_theme_singer(s)
                if " as the " in low or " the " in low and (" be" in low or " is " in low):   # (_TITLE_TAKES_OVER's verbs)
                    self.theme_takes_over(s)
            if "trailer" in low or "teaser" in low or "pv" in low or "promo" in low or "announcement video" in low:
                self.trailer(idx, s)
            if "episode" in low or "話" in t:
                self.episodes(s)
            if "episode" in low or "premiere" in low or "screening" in low or "screened" in low or "footage" in low or "preview" in low or " reel" in low \
                    or ("teaser" in low and " at " in t):
                self.events(s)
                if "episode" in low and ("screened" in low or "shown" in low or "screening" in low):
                    self.titled_screening(idx, s)
                if "premiere" in low and _may_name_event(t):   # (every match: "… premiere" and an event's name)
                    self.event_hosts_premiere(s)
            if "stage at" in t:
                self.work_stage(s)
            if " where " in t and ("teaser" in low or "trailer" in low or "pv" in low or "promo" in low):
                self._where_video_shown(s)
            if ("open" in low or "clos" in low) and _may_name_event(t):   # (every match: open/close and an event's name)
                self.opens_festival(s)
            if "episode" in low and len(t) < 90 and ("screening" in low or "premiere" in low):
                self.screening_title_line(s)
            if " at " in t or t.startswith("At ") or " during " in t or t.startswith("During "):
                if "announce" in low:   # (first: the anime's announcement is what the event is known for)
                    self.announce_event(idx, s)
                self.reveal_events(s)
            if (any(w in t for w in _NE_NOUNS) or " 20" in t or " 19" in t) and may_contain_i(t, _NE_VERB_STEMS):   # (every named or dated event and its verb)
                self.named_event_shows(s)
        self.finish()
        return self.facts

    def _other_installments_song(self, raw: str, at: int) -> bool:
        """Is the song named at `at` owned by another installment of the franchise (see `_INSTALLMENT_OWNER`): an earlier
        film or season by its own words, or "the TV series'" on a page that calls the work a film?"""
        m = _INSTALLMENT_OWNER.search(raw, max(0, at - 60), at)
        if m is None:
            return False
        return bool(m.group("earlier")) or self._film_page()

    def _film_page(self) -> bool:
        """Does the page speak of the work as a film ("the film", "the movie", 劇場版) more than as a series?"""
        if self.__dict__.get("_is_film") is None:
            text = " ".join(s.text for s in self.sents if not s.prev_season).lower() if getattr(self, "sents", None) else ""
            names = " ".join(self.work.names).lower()
            films = len(_FILM_WORD.findall(text)) + (3 if _FILM_NAME.search(names) else 0)
            self.__dict__["_is_film"] = films >= len(_SERIES_WORD.findall(text)) and films > 0
        return self.__dict__["_is_film"]

    def _credits_another_title(self, s: _Sent) -> bool:
        """A sentence whose credits belong to another title it names (see `_TITLE_CREDITED`): never one that names
        the work or refers to it ("the anime", "its", "this season")."""
        t = s.text
        if not _may_credit_a_title(t) or s.mentions or self.mentions(t) or _ANAPHORA.search(t):
            return False
        for m in _TITLE_CREDITED.finditer(t):
            title = m.group("t1") or m.group("t2")
            if title and not self.mentions(title) and not _ST_WORD.search(title) and not _NETWORK.fullmatch(title) \
                    and not _NOT_A_TITLE_LEAD.match(title) and not self._short_form_of_work(title):
                return True
        return False

    def _short_form_of_work(self, title: str) -> bool:
        """A title sharing its first word with one of the work's names ("Ashen Crown" for "Ashen Crown Academy: The
        Ember Gate"), or named in the page's own title: the work by a shorter name, not another title."""
        first = fold(title.split()[0]) if title.split() else ""
        if first and any(fold(n.split()[0]) == first for n in self.work.names if n.split()):
            return True
        head = " ".join([getattr(self.page, "title", "") or "", *((getattr(self.page, "meta", {}) or {}).get("og:title", []))])
        return fold(title) in fold(head)

    def negated(self, text: str) -> bool:
        """`_NEG` finds something in `text` (said not known or only guessed), asked once per text: several
        readers ask it of the same sentence."""
        v = self._negated.get(text)
        if v is None:
            v = self._negated[text] = _may_negate(text) and _NEG.search(text) is not None
        return v

    def dates(self, text: str, future: bool = False) -> list:
        """find_dates(text) with this page's publication date, asked once per text and flag: a Japanese
        sentence's release dates, its own reading and its trailers all ask (a copy: callers may extend it)."""
        key = (text, future)
        v = self._dates.get(key)
        if v is None:
            v = self._dates[key] = find_dates(text, published=self.published, future=future)
        return list(v)

    def stripped(self, raw: str) -> str:
        t = self._stripped.get(raw)
        if t is None:
            t = self._stripped[raw] = _strip_asides(raw)
        return t

    def add(self, field: str, key: str, value: str, evidence: str, precision: str | None = None):
        value = clean(value)
        if not value:
            return
        if field == "premiere_event" and _event_not_ours(evidence, key):
            return   # "was not screened at X as planned", "screened her earlier series at X": no showing of this work
        if field == "episodes" and SERIES_RUN.search(evidence) and self._film_page():
            return   # 「TVシリーズ（全12話）の総集編」 on a film's page: the series' count
        if field == "theme_song" and may_contain_i(evidence, _SERIES_SONG_WORDS) and self._series_song_on_film_page(evidence, value):
            return   # "The TV series' opening, "X" by Y, was a hit" on a film's page: the series' song
        if field == "cast" and (value[-1] in _JA_NAME_PARTICLES or "と" in value or "や" in value):
            value = _ja_name_unparticled(value)   # 「宮下遥斗と、…」「宮下遥斗と佐倉みのりが」: the name alone
        if field == "cast" and value in _JA_CAST_NOUNS:
            return   # 「新キャラクターを演じるキャストや…」: who plays it is not said, only that someone does
        if field == "theme_song" and " — " in value:
            song, _, artist = value.rpartition(" — ")
            artist = artist_out_of_clause(artist)
            value = f"{song} — {artist}" if artist else song   # 「ルカ・ミナセが第3期のために…」: the singer only
        ev = self._evidence.get(evidence)
        if ev is None:
            ev = self._evidence[evidence] = clean(evidence, MAX_EVIDENCE)
        self.facts.append(Fact(field, clean(key), value, ev, precision))

    # ------------------------------------------------------------------ release dates
    def _block_anchor(self, idx: int, s: _Sent) -> PartialDate | None:
        """On a page with no publication date, the last full date stated earlier in the same paragraph."""
        for k in range(idx - 1, max(-1, idx - 8), -1):
            prev = self.sents[k]
            if prev.block != s.block:
                return None
            full = [dm.date for dm in find_dates(prev.text) if not dm.year_inferred and dm.date.month is not None]
            if full:
                return full[-1]
        return None

    def _with_service_from(self, idx: int, text: str, dates) -> None:
        """"premieres on Nippon TV on January 9, with Disney+ streaming it worldwide from January 16": the service's
        own later day, keyed by it (only after a first airing this sentence gave)."""
        m = _WITH_SERVICE_FROM.search(text)
        if m is None or fold(m.group("svc")) not in _STREAM_SET:
            return
        first = next((r[1] for r in self.release if r[0] == idx and not r[2] and r[1].day is not None), None)
        dm = next((d for d in dates if d.start == m.end() and d.date is not None and d.date.day is not None), None)
        if first is None or dm is None:
            return
        d = dm.date
        if dm.year_inferred and d.as_date() < first.as_date():
            d = PartialDate(d.year + 1, d.month, d.day)
        if d.as_date() > first.as_date():
            self.release.append((idx, d, _org_display(m.group("svc")), text, False, False, False))

    def release_dates(self, idx: int, s: _Sent):
        text = s.text
        if self._dropped_by_next(idx, s):
            return   # "… said it would premiere in April 2027. That is no longer the plan.": the replaced plan
        future = bool(_FUTURE.search(text))
        dates = self.dates(text, future=future)
        if ", with " in text and "stream" in text:
            self._defer_with_service = (idx, text, dates)
        anchor = self._block_anchor(idx, s) if self.published is None and _MONTH_HINT.search(text) else None
        if anchor is not None:
            # "… premieres on January 9, 2027. ABEMA will stream it beginning January 10.": that paragraph's year
            more = [dm for dm in find_dates(text, default_year=anchor.year, future=future)
                    if dm.year_inferred and not any(o.start < dm.end and dm.start < o.end for o in dates)]
            more = [_dc_replace(dm, date=PartialDate(dm.date.year + 1, dm.date.month, dm.date.day, dm.date.season))
                    if dm.date.month is not None and dm.date.month < anchor.month else dm for dm in more]
            dates = sorted(dates + more, key=lambda dm: dm.start)
        if not dates:
            return
        last_end = None
        for dm in dates:
            if dm.date is None:
                continue
            if dm.relative and not future and _WEEKDAY_WORD.search(dm.text) \
                    and not re.search(r"\b(?:this|next|coming)\s+$", text[max(0, dm.start - 10):dm.start], re.I):
                continue  # "announced … on Thursday": the news item's day (but "debuts this Friday")
            if dm.relative and _WEEKDAY_WORD.search(dm.text) and text.rfind("(", 0, dm.start) > text.rfind(")", 0, dm.start):
                continue  # "on April 8 at 25:28 (that is, 1:28 a.m. on Friday morning)": the slot explained, no date of its own
            start, end = dm.start, dm.end
            clause_start, clause_end = _clause_bounds(text, start, end)
            if last_end is not None and clause_start < last_end:
                # "… on April 8, and HIDIVE will stream it … starting April 9": a new subject after ", and"
                cut = None
                for cut in _NEW_SUBJECT_JOIN.finditer(text, last_end, start):
                    pass
                if cut is not None:
                    clause_start = cut.end()
            clause = text[clause_start:clause_end]
            if _NEG.search(clause):
                continue
            before = text[clause_start:start]
            after = text[end:clause_end]
            ok = False
            subject_zone = before
            vm = None
            for vm in _REL_VERB.finditer(before):
                pass
            if vm is not None:
                gap = before[vm.end():]
                if len(gap) <= 70 and not _OTHER_THING.search(gap) and not _BAD_BEFORE_DATE.search(before) \
                        and not _RECEPTION_GAP.search(gap) \
                        and not (vm.group().lower() in ("hit", "hits") and _HIT_AS_NOUN.match(gap)) \
                        and not self._song_of_other_work(vm.group(), gap) \
                        and not _AT_EVENT.search(gap) and not (last_end is not None and _LATER_STATION.search(gap)) \
                        and not (" at " in gap and _EPISODES_AT_VENUE.search(before)) \
                        and not (re.search(r"\b(?:trailer|teaser|PV|video|visual|episode|chapter|volume)s?\b", gap, re.I)
                                 and not _EPISODES_RUN_GAP.fullmatch(gap)):   # ("streams new episodes from": the run)
                    ok = True
                    subject_zone = before[:vm.start()]
                elif last_end is not None and last_end <= start and _DATE_LIST_GAP.fullmatch(text, last_end, start) \
                        and not _LATER_STATION.search(before):
                    ok = True   # "… on January 10, and on TV Aichi on January 12": the list goes on
                    subject_zone = before[:vm.start()]
            labelled = not ok and _REL_LABEL_BEFORE.search(text, max(0, start - 40), start) is not None and self._own_section(s) \
                and not self.prev_season(text[:start])
            if labelled:
                ok, subject_zone = True, ""   # "… the premiere window: Spring 2027": the label names the work's release
            if not ok and _REL_NOUN_AFTER.match(after) and not _BAD_BEFORE_DATE.search(before):
                ok = True
                subject_zone = before
                labelled = bool(_REVEALS_OBJ.search(before)) and self._own_section(s) and not self.prev_season(text[:start])
                if labelled:
                    subject_zone = ""   # (the video that reveals it is not what premieres)
                # "the film's October 21 opening date": a trailer sentence may carry the release date
                if _OTHER_THING.search(before) and not re.search(r"(?:anime|film|movie|series|show|its)[’']?s?\s*$", before, re.I) \
                        and not _REVEALS_OBJ.search(before):   # ("The PV reveals a spring 2027 premiere": the work's)
                    ok = False
            if any(r[0] == idx for r in self.release):   # (even after a release verb: "… with BS-TBS beginning its broadcast on")
                lm = _LATER_STATION.search(before)
                if lm and dm.date.day is not None:   # "…, with BS-TBS picking it up a week later on April 10": that station's day
                    self.release.append((idx, self._after_sentence_release(idx, dm), _org_display(lm.group("org") or lm.group("org2")),
                                         text, False, s.heading, False))
                    self.claimed.add((idx, start))
                    last_end = end
                    continue
            if dm.date.day is not None and self.release and (s.block_mentions or s.block in self.lead_about
                                                             or self._release_in_block(s.block)):
                pm = _STATION_PICKS_UP.match(before)
                if pm:   # "… premieres January 8 on TBS. BS11 picks it up a few days later, starting January 12."
                    # ("U-NEXT, d Anime Store and other services follow from January 15": each one listed)
                    for org in [pm.group("org"), *_NETWORK_NAME.findall(pm.group("more") or "")]:
                        self.release.append((idx, dm.date, _org_display(org), text, False, s.heading, False))
                        field = "streaming" if ORG_ALIASES.get(fold(org)) in _STREAM_CANON else "broadcaster"
                        self.add(field, org_key(org), _org_display(org), text)
                    self.claimed.add((idx, start))
                    last_end = end
                    continue
            if not ok:
                continue
            if may_contain_i(clause, _SEQUEL_WORDS) and self._sequel_owns_date(before, after):
                continue   # "The next season is slated for July 2028": a later installment's date, not the work's
            if _PRONOUN_SUBJECT.match(before) and self._pronoun_means_sequel(idx, s, text[:clause_start]):
                continue   # "A second season has been green-lit. It will premiere in April 2028.": the sequel's date
            # the subject: the work or a reference to it, and nothing else in between
            obj_zone = before[len(subject_zone):] if before.startswith(subject_zone) else ""
            date_of = vm is not None and ok and re.match(r"(?:premiere|release|broadcast|air)\s+date\s+for\b", vm.group(), re.I)
            if date_of and (self.mentions(vm.group()) or _ANAPHORA.search(vm.group())) and not _OTHER_THING.search(vm.group()):
                subject_zone = vm.group()   # "the premiere date for X is January 9"
            rights = _RIGHTS_HOLDER.search(subject_zone) if "rights" in subject_zone else None
            rto = _RIGHTS_TO.match(subject_zone, rights.end()) if rights else None
            if rto and not self.mentions(subject_zone[rights.end():rto.end() + 80]):
                rights = None   # "… has taken UK rights to “OTHER” …": another title's deal
            rights_key = _region_key(rights.group()) if rights and (s.block_mentions or s.block in self.lead_about or
                                                                    _ANAPHORA.search(text)) else ""
            if not (self.mentions(subject_zone) or _ANAPHORA.search(subject_zone) or rights_key or labelled or
                    (s.mentions and not subject_zone.strip()) or self._shared_subject(text, clause_start, subject_zone) or
                    (_OWN_WORK_SUBJ.search(subject_zone) and self._own_section(s)) or
                    (_FIRST_EP_SUBJ.fullmatch(subject_zone) and self._own_section(s) and not s.prev_season) or
                    (_SEASON_ALONE_SUBJ.fullmatch(subject_zone) and self.own_season(subject_zone.lower())) or
                    (_BARE_REL_NOUN.fullmatch(before) and self._own_section(s) and not s.prev_season) or
                    ((_STREAMER_SUBJECT.match(subject_zone) or _AGENT_SUBJECT.fullmatch(subject_zone))
                     and (_ANAPHORA.search(obj_zone) or self.mentions(obj_zone))) or
                    ((self._own_section(s) or self._title_mentions()) and _STREAMER_SUBJECT.match(before) and _EPISODES_OBJ.search(before)
                     and not _other_subject(_WEEKDAY_WORD.sub(" ", _TV_AS_YARDSTICK.sub(" ", before)))) or   # ("ABEMA streams new episodes from …")
                    (_DUB_SUBJECT.fullmatch(subject_zone) and (s.block_mentions or self.mentions(self.headings.get(s.section, ""))
                                                                or self.mentions(getattr(self.page, "title", "") or "")))):
                continue   # the work (or "it", "the anime"…) must be what premieres; "Netflix will stream the anime" too
            ante = _REL_ANTECEDENT.search(subject_zone)
            if ante and not self.mentions(ante.group("n") or ante.group("q")):
                continue   # "… and OTHER TITLE, which opens on Sept. 3": the relative clause is about that title
            if _OTHER_THING.search(subject_zone) and not (
                    _REL_ASIDE.search(subject_zone) and not _OTHER_THING.search(_REL_ASIDE.sub("", subject_zone))):
                # "the first season premiered in 2019", "the manga launched in 2011" (but "The anime, which was set
                # to premiere in January, will now debut in April": the aside holds the old plan, not the subject)
                zone = _REL_ASIDE.sub(",", subject_zone)   # (an aside's source is not the thing that reports it)
                om = None
                for om in _OTHER_THING.finditer(zone):
                    pass
                tail = zone[om.end():]
                if not (self.mentions(tail) or _ANAPHORA.search(tail)):
                    continue
                if re.match(r"\s+(?:for|of|from)\s", tail) and not re.search(r"[,;]", tail):
                    continue   # "the first teaser for the series debuted in …": the teaser is the subject
                if _STREAMER_ORIGINAL.search(zone, 0, om.end()) and self.name_re and self.name_re.match(tail.lstrip(" ,:“\"")):
                    pass   # "Netflix announced that its original anime TITLE will stream …": the streamer's own title, this work
                elif re.match(r"(?:first|previous|prior|last|earlier|original|1st|former)\s", om.group(), re.I) \
                        or re.match(r"season\s+(?:one|1)|manga|novel|light|web|volume|chapter|game|Blu|DVD|CD|album", om.group(), re.I):
                    # "The manga's publisher confirmed the TV series will debut …": the source only reports it
                    rep = _REPORTED.search(tail)
                    if not (rep and (_ANAPHORA.match(tail, rep.end()) or (self.name_re and self.name_re.match(tail, rep.end())))):
                        continue
            if "since" in before and _SINCE_STARTED.search(before):
                continue   # "a hit of the magazine since it started in 2021": what has run since then, not a premiere
            if ("longer" in before or "not" in before or "n't" in before or "n’t" in before) and _NO_LONGER_REL.search(before):
                continue
            delay = bool(_DELAY.search(before))
            if delay and re.search(r"\bfrom\s+(?:the\s+)?(?:(?:early|mid|late)[- ])?$", before) and _TO_AFTER.match(text, end):
                continue   # "delayed from January to April 2027": the replaced window
            if delay and _FROM_PLANNED.search(before):
                continue   # "pushed back from its previously planned January 2027 debut": the replaced window
            if delay and _DELAYED_FROM.search(before):
                continue   # "has been pushed back from this fall." (no new date given): the replaced window, not a release
            if not delay and _DELAY.search(clause) and _STALE_BEFORE.search(before):
                continue  # "was scheduled for October, but was delayed to January"
            stale = re.search(r"\b(?:originally|initially|previously)\b", before, re.I)
            if not delay and stale:
                if not _NOW_AFTER_STALE.search(before, stale.end()):
                    continue
                delay = True   # "X, originally planned for fall, is now slated for winter": the new plan
            key = ""
            own = _NEW_SUBJECT_JOIN.search(clause, end - clause_start)   # the key comes from this date's own part
            wo = _WITH_OTHER_DOER.search(clause, end - clause_start) if ", with " in clause else None
            if wo is not None and (own is None or wo.start() < own.start()):
                own = wo   # "… on April 2 at 25:05, with HIDIVE streaming it in North America": HIDIVE's region, not this date's
            part = clause[:own.start()] if own else clause
            pred = _NEXT_PREDICATE.search(part, end - clause_start)
            joins = [j for j in _NEW_SUBJECT_JOIN.finditer(clause, 0, start - clause_start)]
            # (from the last new subject before the date: "X will stream it outside Asia, and Y will … on January 16" keys Y)
            svc = _release_key((part[:pred.start()] if pred else part)[joins[-1].end() if joins else 0:])   # "…, and will stream on Hulu in the US": another statement
            st_subj = _STATION_SUBJ.match(clause, joins[-1].end()) if joins else None
            if st_subj and not svc:
                # "It will also air on Sun TV, and BS11 will begin its broadcast on January 10": that station's day
                svc = _org_display(st_subj.group("org"))
            if rights_key and not self.mentions(subject_zone):
                svc = rights_key   # ("U.S. distributor X, which acquired North American rights, …": the rights' territory)   # "Y has taken U.K. and Ireland rights and is eyeing an autumn 2027 rollout"
            if not svc and _DISTRIBUTOR_ANAPHOR.match(subject_zone):
                svc = self._rights_region_before(idx)   # "The distributor will open the film on May 21": its territory
            if not svc and _IT_STREAMER_ADDS.match(text, clause_start):
                svc = self._streamer_subject_before(idx, s)   # "Netflix has the rights. It will add the season on July 10"
            if not svc and self.learned_streamers():
                svc = self._learned_service_of(part[:pred.start()] if pred else part)   # the page's own streaming service
            if not svc and ("fter" in text or "ollowing" in text):
                svc = self._later_tv_run(text, part)
            if svc:
                key = svc
            elif _DUB_SUBJECT.fullmatch(subject_zone):
                net = _NETWORK.search(clause)   # "An English dub premiered on Adult Swim's Toonami block": the dub's network
                key = _org_display(net.group("org")) if net else _DUB.search(subject_zone).group(1) + " dub"
            if any(r[0] == idx for r in self.release):
                # "on October 7 on TBS, and on October 8 on BS11": a later date for one station keys it
                on = _ON_AFTER.match(text, end)
                st = _NETWORK.match(text, on.end()) if on else None
                if st is None:
                    st2 = _STATION_ON_BEFORE.search(before)
                    key = st2.group("org") if st2 else key
                else:
                    key = st.group("org")
            d = dm.date
            if dm.relative and d.day is not None and _WEEKDAY_WORD.search(dm.text) and self.published is not None \
                    and re.search(r"\bthis\s+$", text[max(0, dm.start - 10):dm.start], re.I) \
                    and not _PAST_NET.search(text) and d.iso() < self.published.iso():
                nd = d.as_date() + _dt.timedelta(days=7)   # "debuts this Friday" in a Wednesday's article: the coming one
                d = PartialDate(nd.year, nd.month, nd.day)
            late = False
            nxt = self._paren_next_day(text, end, d, dates)
            if nxt is not None:
                d, late = nxt, True
            elif d.day is not None:
                ln = _LATE_AFTER.match(text, end)
                if ln and 24 <= int(ln.group("hh")) <= 29:  # "January 10 on TBS at 25:28": the 11th
                    nd = d.as_date() + _dt.timedelta(days=1)
                    d = PartialDate(nd.year, nd.month, nd.day)
                    late = True
                elif ln or re.search(r"\d{1,2}:\d\d", dm.text):
                    late = True   # a time was given: this is the slot's own statement
                else:   # "premieres on January 8, 2027, airing Fridays at 25:30 JST": the slot said further on
                    rolled = late_slot_day(d, text, end, next((o.start for o in dates if o.start >= end and not o.relative), None))
                    if rolled is not None and rolled != d:
                        d, late = rolled, True
            self.release.append((idx, d, key, text, delay, s.heading, late))
            self.claimed.add((idx, start))
            last_end = end

    def _later_installment(self, m: re.Match) -> bool:
        """Is the installment a _SEQUEL_MARK / _JA_SEQUEL_MARK match names a later one than the watched work? A
        numbered one is, when its number is above the work's season (1 when the title gives none); "a sequel", "the
        next season", 「続編」 are, when the work has no season number above 1 (on a page watched for Season 2, "the
        sequel" may be that season itself)."""
        g = m.groupdict()
        if g.get("bare"):
            return (self.season_no or 1) == 1
        raw = next((v for k, v in g.items() if k != "bare" and v), "")
        n = int(nfkc(raw)) if nfkc(raw).isdigit() else _SEQUEL_NUM.get(raw.lower(), 0)
        return n > (self.season_no or 1)

    def _season_of_the_name(self, text: str, m: re.Match) -> bool:
        """"Lantern Bay season 2 premieres …", 「『W』第2期」 on a page watched for the bare title: the season is named as
        the work's own (the title with no season covers it); "a second season", "W's sequel" are not."""
        if self.season_no or m.groupdict().get("bare") or not self.name_re:
            return False
        names = list(self.name_re.finditer(text, 0, m.start()))
        return bool(names) and re.fullmatch(r"[\s』」\"”’:：\-–]*", text[names[-1].end():m.start()]) is not None

    def _pronoun_means_sequel(self, idx: int, s: _Sent, head: str) -> bool:
        """Does "it" at a date's clause start stand for a later installment announced just before ("A second season
        has been green-lit. It will premiere …", "A sequel was announced, and it will air …")? The text before the
        clause, else the paragraph's previous sentence, announces one, and names the work after it nowhere."""
        ante = head if head.strip() else ""
        if not ante and idx > 0 and self.sents[idx - 1].block == s.block:
            ante = self.sents[idx - 1].text
        if not ante or not may_contain_i(ante, _SEQUEL_WORDS):
            return False
        last = None
        for last in _SEQUEL_ANNOUNCED.finditer(ante):
            pass
        if last is None or self.mentions(ante[last.end():]):
            return False
        if last.group("m1") and not _SUBJECT_SLOT_END.search(ante, 0, last.start()):
            return False   # "a novel whose sequel was announced": not the subject of its own clause
        marker = _SEQUEL_MARK.search(last.group())
        return marker is not None and self._later_installment(marker)

    def _sequel_owns_date(self, before: str, after: str, ja: bool = False) -> bool:
        """"The next season is slated for July 2028", "X will return for a second season in 2028", "In 2028, a sequel
        will air", 「続編は2028年1月から放送予定」: the date's clause is about a later installment, not the watched work
        (the work named as the subject after the marker takes it back: "After a sequel was teased, X will premiere …")."""
        rx = _JA_SEQUEL_MARK if ja else _SEQUEL_MARK
        last = None
        for last in rx.finditer(_SEQUEL_ASIDE.sub(lambda a: " " * len(a.group()), before)):
            pass   # ("X, whose second season was announced, premieres in …": the aside's sequel is not the subject)
        if last is not None and self._later_installment(last) and not self._season_of_the_name(before, last):
            gap = before[last.end():]
            of = re.match(r"\s*(?:of|to)\s", gap)
            if of:   # "the sequel to W premieres …": W's sequel when W is the work; "X, the sequel to OTHER, …": X is
                # (but "Season 2 of W" on a page watched for the bare title W is W's own season, as "W Season 2" is)
                return self.mentions(re.split(r"[,;、]", gap[of.end():])[0]) and not (
                    not self.season_no and not last.groupdict().get("bare"))
            if not self.mentions(gap):
                return True
        if not ja and not _DATE_OPENS_CLAUSE.fullmatch(before):
            return False   # "X premieres in January 2027, its second season in July 2028": the first date is X's
        lead = (_JA_SEQUEL_THEN_SUBJECT if ja else _SEQUEL_THEN_SUBJECT).match(after)
        nm = rx.match(after, lead.end()) if lead else None
        return nm is not None and self._later_installment(nm)

    def _song_of_other_work(self, verb: str, gap: str) -> bool:
        """"the opening of Paper Lantern Derby in 2024", "an ending for Y in 2023": the noun is a theme song of another
        title, and the date that title's, not a release of the work (but "the opening of the film on May 3" is)."""
        if not verb.lower().startswith("open"):
            return False
        m = _SONG_OF_TITLE.match(gap)
        return m is not None and not self.mentions(m.group("t")) and not _ANAPHORA.match(m.group("t"))

    def _after_sentence_release(self, idx: int, dm) -> PartialDate:
        """A year-less later day ("… on January 8, 2027, with BS-TBS beginning its broadcast on January 12") is in the
        year of the sentence's first premiere, or the next one, never before it."""
        d = dm.date
        first = next((r[1] for r in self.release if r[0] == idx and r[1].year and not r[1].season), None)
        if not dm.year_inferred or first is None or d.month is None:
            return d
        for y in (first.year, first.year + 1):
            cand = PartialDate(y, d.month, d.day)
            if cand.iso() >= first.iso()[:len(cand.iso())]:
                return cand
        return d

    def _release_in_block(self, block) -> bool:
        """A release date was already read from this paragraph ("ABEMA streams it from January 14. U-NEXT and
        others follow from January 15." on an official site's streaming card, which never names the work)."""
        return any(r[0] < len(self.sents) and self.sents[r[0]].block == block for r in self.release)

    def _shared_subject(self, text: str, clause_start: int, subject_zone: str) -> bool:
        """"The show had been slated for January, but will now premiere on April 9": a clause after "but" that opens on
        its verb has the sentence's subject, when that subject is the work ("The show", "It", its title)."""
        m = _VERB_FIRST.match(subject_zone) if clause_start > 0 else None
        if m is None or not (m.group("but") or _BUT_BEFORE.search(text, 0, clause_start)):
            return False
        head = text[:clause_start]
        return bool(_LEAD_ANAPHORA.match(head) or (self.name_re and self.name_re.match(head)))

    @staticmethod
    def _later_tv_run(sentence: str, part: str) -> str:
        """"Following its worldwide streaming debut, X will also air on TV Tokyo starting in April": the date is that
        station's later run (the first release is the streaming one), so the station keys it."""
        am = _AFTER_STREAM_RUN.search(sentence)
        if am is None or (not re.search(r"stream|online|worldwide|global", am.group("how"), re.I)
                          and not any(fold(w) in _STREAM_SET for w in am.group("how").split())):
            return ""
        st = _station_in(part)
        return st if st and fold(st) not in _STREAM_SET else ""

    def _streamer_subject_before(self, idx: int, s: _Sent) -> str:
        """The streaming service the paragraph's previous sentence opens on ("Outside Japan, Netflix has the rights this
        time."), which a following "It will add the season …" stands for; '' when that sentence opens on none."""
        if idx == 0 or self.sents[idx - 1].block != s.block:
            return ""
        m = _STREAMER_SUBJECT.match(self.sents[idx - 1].text)
        return _org_display(m.group("org")) if m else ""

    def _rights_region_before(self, idx: int) -> str:
        """The territory of the latest earlier "X has acquired North American rights to …" in the article."""
        for prev in reversed(self.sents[max(0, idx - 4):idx]):
            m = _RIGHTS_HOLDER.search(prev.text) if "rights" in prev.text else None
            if m:
                return _region_key(m.group())
        return ""

    @staticmethod
    def _paren_next_day(text: str, end: int, d: PartialDate, dates) -> PartialDate | None:
        """The day after `d` when a parenthesis right after it gives it ("July 7 (technically the early hours
        of July 8)": a slot past midnight)."""
        if d.day is None:
            return None
        pm = _PAREN_NEXT_DAY.match(text, end)
        if not pm:
            return None
        for dm in dates:
            if dm.start == pm.end() and dm.date is not None and dm.date.day is not None:
                nd = d.as_date() + _dt.timedelta(days=1)
                if (dm.date.month, dm.date.day) == (nd.month, nd.day):
                    return PartialDate(nd.year, nd.month, nd.day)
        return None

    # ------------------------------------------------------------------ Japanese prose (needs the title in the block)
    def japanese(self, idx: int, s: _Sent):
        t = s.text
        if self._ja_refers_to_title_before(idx, s):
            return   # 「…「骨董屋ミカヅキ」のTVアニメ化も発表された。こちらは…監督をXが担当する」: that title's credits
        if "(" in t and t[:1].isdigit():
            self._ja_event_list_item(s)
        if s.prev_season:
            if "上映" in t:
                self._ja_video_shown_at_event(s)   # (only for a video named as this season's)
            if "として" in t and ("本作" in t or "今作" in t) and self._title_mentions():
                self._ja_credited_as(t)   # 「第1期で監督を務めたXは本作では監修として」: the sentence ends on this work
            if "期" in t and ("」" in t or "Japan" in t) and self.own_season(t):
                self._ja_own_season_part(s)
            if (tail := self._ja_own_season_tail(s)) is not None:
                self.japanese_credits(tail)   # 「第1期の監督だったXは…、第2期はYが監督を務めます」: the clause on this season
            return
        self.japanese_credits(s)
        if (tail := self._ja_own_season_tail(s)) is not None:
            self.japanese_credits(tail)   # 「第2期はYが監督を務める」: the credit after this season's topic
        self._ja_service_then_date(idx, s)
        if not s.mentions:
            if s.block_mentions:
                self.episodes(s)
            # on a page about the work, a bare "2024年1月より放送開始" is its own; a sentence naming another
            # title (「…」) or another season (第2期) is not
            if _JA_OTHER_WORK.search(_JA_REASON_QUOTE.sub("", t) if "ため" in t or "都合" in t or "により" in t else _ja_blocks_plain(t)):
                return
        # 「…のマンガ(…コミックス刊)が原作のTVアニメ『TITLE』が、来年1月9日より放送」: what describes the source
        # before the title is not what the date is about; judge the words from the title on
        names = list(self.name_re.finditer(t)) if self.name_re else []
        judged = t[names[0].end():] if names and re.match(r"\s*[』」]?\s*(?:が|は)", t[names[0].end():]) else t
        jp_other = bool(_JA_OTHER_DATE.search(judged)) or bool(_JA_GOODS_HEADING.search(self.headings.get(s.section, "")))
        tb = _ja_blocks_plain(t)   # 「フジテレビ「ノイタミナ」ほかで放送」: a station's block is no title
        # (「…2027年4月に放送。しかし、その予定は白紙に」: the next sentence drops the plan)
        ja_dates = self.dates(t, future=True) if not self._dropped_by_next(idx, s) else []
        for dm in ja_dates:
            after = tb[dm.end:dm.end + 60]
            new_day = _JA_NEW_DATE_BEFORE.search(t, max(0, dm.start - 24), dm.start)
            topic_st = self._ja_slot_topic(t, dm)   # 「放送は1月7日(木)25:28〜 TBS」, 「BS-TBSは1月9日(土)24:00〜」
            if topic_st is None and (_JA_AIR_LEAD.match(t) or _JA_TITLE_AIR_TOPIC.search(t, max(0, dm.start - 16), dm.start)) \
                    and (_JA_TIME_FROM_END.match(t, dm.end) or self._ja_from_station_end(t, dm.end)
                                                              or _JA_FROM_THEN_SLOT.match(t, dm.end)) \
                    and not any(r[0] == idx for r in self.release):
                topic_st = ""   # 「放送はMBS・TBS系…枠にて、2027年1月8日（金）深夜1時28分から。」: the sentence's topic is the airing
            if topic_st is None and not new_day and not re.match(r"\s*(?:\([^)]*\)\s*)?" + _JA_CLOCK + r"(?:より|から|に)?\s*(?:[^。「」]{0,40}?(?:にて|で|に先駆けて)も?\s*)?"
                            r"(?:毎週[^、。「」]{1,16}?に\s*)?"   # 「1月9日から毎週土曜午後11時に放送」: the weekly slot
                            r"(?:世界|全世界|国内|日本|全国|地上波)?(?:\d{1,2}\s*(?:日|週間|時間))?(?:独占|先行|最速|見放題|同時|順次|・)*の?"   # 「より世界独占配信」, 「7月の公開」, 「TBSにて地上波放送」
                            r"(?:TV|テレビ|劇場)?(?:放送|放映|配信|公開|オンエア|スタート|開始)", after) \
                    and not (_JA_MOVED_TO.match(t, dm.end) and not _JA_DELAY_NOTICE_DAY.match(t, dm.end)
                             and (_JA_WINDOW_BEFORE.search(t, max(0, dm.start - 12), dm.start)
                                                                or self._ja_changed_from(t, dm.start))):
                continue
            if jp_other or (self.negated(t) and not self._ja_only_details_unknown(t, dm.start, dm.end)
                            and self.negated(_without_unknown_aside(t, dm.start))):
                continue   # (「…1月17日から配信（日本国内の配信は未定）」: what is unknown is the aside's own matter)
            if _JA_VIDEO_RELEASED.match(t, dm.end) or _JA_VIDEO_PAREN_BEFORE.search(t, max(0, dm.start - 20), dm.start):
                continue   # 「今年2月に公開されたPV第1弾」「第1弾PV（2026年6月公開）」: the video's month, not the premiere
            if ("続" in t or "期" in t or "シーズン" in t or "eason" in t or "次" in t) \
                    and self._sequel_owns_date(t[:dm.start], t[dm.end:], ja=True):
                continue   # 「続編は2028年1月から放送予定」「第2期の制作も決定、2028年放送予定」: a later season's date
            if _JA_RELEASED_AFTER.match(t, dm.end) and _JA_VIDEO_TOPIC_BEFORE.search(t, max(0, dm.start - 20), dm.start):
                continue   # 「PV第1弾は11月22日に公開されたばかり」: the video's day, not the premiere
            if _JA_STALE_AFTER.match(t, dm.end) or _JA_STALE_BEFORE.search(t, max(0, dm.start - 12), dm.start):
                continue   # "1月より放送を予定しておりました", 「当初1月3日…」: the window before a delay
            if new_day and (_JA_STALE_WORD.search(t, max(0, dm.start - 24), dm.start) or _JA_WAS_AFTER.match(t, dm.end)):
                continue   # 「当初の放送開始日は1月9日でした」: the replaced date
            delay = bool(_JA_MOVED_TO.match(t, dm.end)) or bool(new_day and new_day.group("new"))
            d, late = dm.date, bool(re.search(r"\d{1,2}:\d\d", dm.text))
            ln = _JA_LATE.match(tb, dm.end) if d.day is not None and not late else None
            if ln is None and d.day is not None and not late:
                ln = self._ja_slot_said_next(idx, s, d)   # 「4月4日(日)より放送。テレビ東京では毎週日曜25:35～」
            if ln is None and d.day is not None and not late:   # 「1月8日（金）より放送開始、放送時間は毎週金曜深夜1時30分～」
                rolled = late_slot_day(d, t, dm.end, next((o.start for o in ja_dates if o.start >= dm.end and not o.relative), None))
                if rolled is not None and rolled != d:
                    d, late = rolled, True
            if ln:   # "1月10日(金)より毎週金曜25:28～": the slot is in the small hours of the 11th
                late = True
                if 24 <= int(ln.group("hh")) <= 29 or (int(ln.group("hh")) <= 4 and "深夜" in ln.group(0)):   # 深夜1時半 = 25:30
                    nd = d.as_date() + _dt.timedelta(days=1)
                    d = PartialDate(nd.year, nd.month, nd.day)
            rb = _JA_REGION_BEFORE.search(t, max(0, dm.start - 30), dm.start)
            if rb:   # 「台湾と香港でも2027年7月の公開が予定」: those regions' own release, one fact each
                for reg in re.findall(_JA_REGION, rb.group("regs")):
                    self.release.append((idx, d, reg, t, delay, s.heading, late))
                continue
            key = ""
            if topic_st and self.release:
                key = topic_st   # a later start on that station, under its own topic
                self.add("broadcaster", org_key(topic_st), topic_st, t)
            sb = _JA_STATION_THEN_DATE.search(t, max(0, dm.start - 20), dm.start)
            if sb and self.release and ORG_ALIASES.get(fold(sb.group("st").strip())) and not (
                    sb.group("subj") and all(r[1] == d for r in self.release if not r[2])):
                # (a station as the subject, 「dアニメストアが4月8日から」, keys only a start of its own, not the first airing's)
                key = sb.group("st").strip()   # 「BS日テレでも1月12日(火)24:00から放送」: that station's own start
            ds = _JA_DATE_THEN_SERVICE.match(t, dm.end) if not key and "配信" in t else None
            if ds and fold(ORG_ALIASES.get(fold(ds.group("st").strip()), "")) in _STREAM_SET and (
                    _JA_AHEAD_OF_TV.search(ds.group("how")) or any(not r[2] and r[1] != d for r in self.release)):
                key = ds.group("st").strip()   # 「4月8日(木)23:00よりABEMAにて地上波先行配信」: that service's own start
            lr = _JA_LATER_RUN_ON.match(t, dm.end) if _JA_AFTER_FIRST_RUN.search(t, max(0, dm.start - 16), dm.start) else None
            if lr and ORG_ALIASES.get(fold(lr.group("st").strip())):
                # 「本作は配信開始後、2027年10月よりTBSにて地上波放送を予定」: the later TV run's own start
                key = lr.group("st").strip()
                self.add("broadcaster", org_key(key), key, t)
            also = _JA_ALSO_ON.match(t, dm.end)   # "10月6日からはBS11でも放送": a later date for one station
            if also and ORG_ALIASES.get(fold(also.group("st").strip())):
                key = also.group("st").strip()
                first = next((r[1] for r in self.release if r[2] == "" and r[1].day is not None), None)
                if dm.year_inferred and first is not None and d.day is not None:
                    # "10月6日からは…": the year of the premiere it follows, not of the publication
                    for y in (first.year, first.year + 1):
                        cand = PartialDate(y, d.month, d.day)
                        if cand.iso() >= first.iso():
                            d = cand
                            break
            self.release.append((idx, d, key, t, delay, s.heading, late))
        self.episodes(s)

    @staticmethod
    def _ja_only_details_unknown(t: str, start: int, end: int) -> bool:
        """「2027年1月放送予定とだけ発表されていて、放送局・日時はまだ未発表です」: what is not known is the station and
        the slot, in a clause of its own; the date's own clause stands."""
        own = t.find("、", end)
        own = len(t) if own < 0 else own
        lead = t.rfind("、", 0, start) + 1
        if _NEG.search(t[lead:own]):
            return False
        rest = [p for p in re.split(r"[、。]", t[:lead] + "、" + t[own:]) if _NEG.search(p)]
        return bool(rest) and all(_JA_DETAIL_TOPIC.match(p.strip()) for p in rest)

    def _ja_slot_said_next(self, idx: int, s: _Sent, d: PartialDate):
        """The weekly slot the next sentence of the paragraph gives for the start day's own weekday (「テレビ東京では毎週
        日曜25:35～の枠」 after 「4月4日(日)より放送」): a _JA_LATE-like match with its hour, else None."""
        nxt = self.sents[idx + 1] if idx + 1 < len(self.sents) else None
        if nxt is None or nxt.block != s.block or "毎週" not in nxt.text:
            return None
        m = _JA_NEXT_SLOT.match(nxt.text)
        if m is None or "月火水木金土日".index(m.group("wd")) != d.as_date().weekday():
            return None
        return m

    @staticmethod
    def _ja_from_station_end(t: str, end: int) -> bool:
        """「放送は2027年1月10日（日）24:55から日本テレビほか。」: the start, then the station that airs it, ending the
        sentence (a known station only: 「…から延期。」 is no airing)."""
        m = _JA_TIME_FROM_STATION.match(t, end)
        return m is not None and ORG_ALIASES.get(fold(m.group("st"))) is not None

    @staticmethod
    def _ja_slot_topic(t: str, dm) -> str | None:
        """A start slot (the date, then 〜) under the topic 「放送は」 (returns "") or a known station's own 「Xは」
        (returns X): a blog's 「放送は1月7日(木)25:28〜 TBS」, 「BS-TBSは少し遅れて1月9日(土)24:00〜です」. None otherwise."""
        if not _JA_SLOT_FROM.match(t, dm.end):
            return None
        if _JA_AIR_TOPIC.search(t, max(0, dm.start - 12), dm.start):
            return ""
        sm = _JA_STATION_TOPIC.search(t, max(0, dm.start - 30), dm.start)
        if sm and ORG_ALIASES.get(fold(sm.group("st"))) and fold(ORG_ALIASES.get(fold(sm.group("st")))) not in _STREAM_SET:
            return sm.group("st")
        om = _JA_AIRS_ON_STATION.search(t, max(0, dm.start - 30), dm.start)   # 「地上波はTOKYO MXで1月10日(日)25:00〜です」
        if om and ORG_ALIASES.get(fold(om.group("st"))) and fold(ORG_ALIASES.get(fold(om.group("st")))) not in _STREAM_SET:
            return om.group("st")
        return None

    @staticmethod
    def _ja_changed_from(t: str, before: int) -> bool:
        """「当初1月3日放送開始と告知されていましたが、1月10日へ変更」: the new date after a stale premiere date
        in the same sentence (the 放送/配信 words went with the old one)."""
        head = t[:before]
        return bool(_JA_STALE_WORD.search(head)) and bool(re.search(r"(?:放送|配信|公開|上映)", head))

    def _ja_service_then_date(self, idx: int, s: _Sent):
        """「ABEMAにて地上波1週間先行・最速配信!」 then 「2027年9月25日(土)24:00〜 毎週土曜更新」 (one line or two in one
        block): an on-air page's line naming a service or station, then its start — that service's own date."""
        t = s.text
        inline = _JA_SVC_LEAD_INLINE.match(t)
        if inline:
            st, rest, evidence = inline.group("st"), t[inline.end():], t
        elif idx > 0 and _JA_DATE_LEAD.match(t) and self.sents[idx - 1].block == s.block:
            pm = _JA_SVC_LEAD.match(self.sents[idx - 1].text)
            if not pm:
                return
            st, rest, evidence = pm.group("st"), t, self.sents[idx - 1].text + " " + t
        else:
            return
        if _NEG.search(evidence) or not ORG_ALIASES.get(fold(st)):
            return
        dates = self.dates(rest, future=True)
        if dates and dates[0].start == 0 and dates[0].date is not None and dates[0].date.day is not None:
            self.release.append((idx, dates[0].date, st, evidence, False, s.heading, True))

    def japanese_credits(self, s: _Sent):
        """Themes (「…」を担当), stations (…ほかで放送), cast (X役の Y さん) in Japanese news prose."""
        t = s.text
        if self.negated(t):
            # "Netflixでの世界独占配信は引き続き予定しておりますが、配信開始日は未定です": the service stands, the
            # unknown part is its own clause
            talks = (s.mentions or self._ja_section_is_ours(s)) and not (not s.mentions and _JA_QUOTED_TITLE.search(t))
            for part in _JA_CLAUSE.split(t):
                part = _without_unknown_aside(part, -1) if "未" in part else part
                if not _NEG.search(part):
                    self.japanese_streams(part, t)
                    if talks and _JA_NET_TALK.search(part) and not _JA_NET_PAST.search(part):
                        self._ja_gazetteer_clause(part, t)   # 「配信はABEMA、dアニメストアほかで予定されているが、開始日時は未発表」
            return
        for m in (_JA_THEME2.finditer(t) if s.mentions or self._ja_section_is_ours(s) else ()):   # 「オープニングテーマはLUMINAの『海鳴り』」, 「EDは◯◯が歌う「灯火」」
            kind = "opening" if m.group("kind") in ("オープニング", "OP") else "ending"
            if self._ja_other_season_song(t, m.start()):
                continue   # 「第2期のオープニングテーマ、Xの「T」は…」: another season's song
            if _JA_OTHER_KIND_SONG.search(_ja_singer_core(m.group("artist") or "")) or _JA_ALSO_DID.match(t, m.end()):
                continue   # 「EDは、TVシリーズのオープニングテーマ「X」も担当したバンド…」: the singer's other song
            artist = _ja_tidy(_ja_singer_core(m.group("artist") or m.group("artist2") or ""))
            artist = re.sub(r"\s*[(（][^()（）]{0,20}$", "", artist)   # 「／朝比奈X（ルカ役）」: the singer, not the role's bracket
            artist = re.sub(r"の[^の]{0,12}?(?:新曲|楽曲|書き下ろし|ナンバー|シングル)[^の]{0,6}$", "", artist)   # 「Xの書き下ろし新曲」: X
            artist = re.sub(r"(?:による|が手が?け(?:る|た)|が手掛け(?:る|た))(?:書き下ろし|描き下ろし|新曲|楽曲|新作|オリジナル|曲|の)*$", "", artist)   # 「Xによる書き下ろしの新曲」「Xによる書き下ろし楽曲」「Xが手がける新曲」: X
            artist = _ja_strip_descriptor(artist)   # 「ロックバンド・X」, 「シンガーソングライターXさんによる」
            artist = re.sub(r"^[^「」、。]{1,20}?役(?:(?:を演じる|を務める)?(?:声優)?(?:の|・|：|:)|を務める|を演じる)\s*", "", artist)   # 「カノン役・春日野しずくが歌う」, 「ハル役を務めるX」: the singing actor
            if re.match(r"(?:新曲|楽曲|曲|書き下ろし|新作|主題歌|タイトル|テーマ)", artist):
                artist = ""   # 「オープニングテーマは新曲『…』」: no artist named
            if self.mentions(artist) or re.search(r"キャスト|出演者|声優陣|メンバー|キャラクター", artist):
                artist = ""   # "キャスト陣が歌う": the cast as a whole, not a credited artist
            title = m.group("title").strip()
            if _JA_QUOTED_PERFORMS.match(t, m.end()):
                continue   # 「エンディングテーマは弦楽ユニット「X」が担当」: X is who performs it; its song is untitled
            if not artist and _ja_title_first_names_singer(t, m.start(), title):
                continue   # 「OPは「T」をX(CV:Y)が歌唱」: the singer after the title, read below with the song
            if self._ja_other_titles_kind(t, m.start("kind")):
                continue   # 「なお「OTHER」のオープニングテーマは「T」」: that title's song
            self.add("theme_song", f"{kind} 1", f"{title} — {artist}" if artist else title, t)
        for m in (_JA_INSERT_SUNG.finditer(t) if "歌" in t and (s.mentions or self._ja_section_is_ours(s)) else ()):
            artist = _ja_tidy(m.group("artist"))   # 「劇中歌としてミオ（CV:X）が歌う「T」が使用される」
            if not self.negated(t) and not self.mentions(artist):
                self.inserts.append((m.group("title").strip(), artist or None, t, -1))
        if ("テーマ" in t or "主題歌" in t or "名" in t or "タイトル" in t) and (s.mentions or self._ja_section_is_ours(s)):
            self._ja_theme_told_apart(t)
        for m in (_JA_THEME_OF.finditer(t) if ("テーマ" in t or "主題歌" in t or "を飾る" in t) and not _JA_THEME2.search(t)
                  and (s.mentions or self._ja_section_is_ours(s) or self._ja_theme_heading(s)) else ()):
            artist = _ja_tidy(m.group("artist"))   # 「オープニングテーマは、…ロックバンド・ネオンフォールの新曲「…」に決定」
            if artist and not self.mentions(artist) and not re.match(r"(?:新曲|楽曲|曲|書き下ろし|本作|作品)", artist):
                kind = "opening" if m.group("kind") in ("オープニング", "OP") else "ending"
                self.add("theme_song", f"{kind} 1", f"{m.group('title').strip()} — {artist}", t)
        if "主題歌" in t and (s.mentions or self._ja_section_is_ours(s)):
            for m in _JA_THEME_ARTIST_ONLY.finditer(t):
                self.ja_theme_artist.append((_ja_strip_descriptor(_ja_tidy(m.group("artist"))), t))
            for m in _JA_THEME_TITLE_ONLY.finditer(t):
                self.ja_theme_title.append((m.group("title").strip(), t))
        for m in (_JA_THEME_TITLE_FIRST.finditer(t) if ("を" in t or "は" in t) and (s.mentions or self._ja_section_is_ours(s)) else ()):
            artist = _ja_strip_descriptor(_ja_tidy(_ja_singer_core(m.group("artist"))))   # 「オープニングテーマ「T」をXが担当」
            if artist and not self.mentions(artist) and not re.search(r"キャスト|出演者|声優陣|本作", artist) \
                    and not self._ja_other_titles_kind(t, m.start("kind")):
                kind = "opening" if m.group("kind") in ("オープニング", "OP") else "ending"
                self.add("theme_song", f"{kind} 1", f"{m.group('title').strip()} — {artist}", t)
        for rx in ((_JA_SONG_BECOMES, _JA_ARTIST_TAKES) if s.mentions and ("テーマ" in t or "主題歌" in t) else ()):
            for m in rx.finditer(t):   # 「Xの新曲「T」が、TVアニメ『W』のOPテーマに決定」「Xが、TVアニメ『W』のEDテーマ「T」を担当」
                artist = _ja_strip_descriptor(_ja_tidy(m.group("artist")))
                if artist and self.mentions(m.group("mid")) and not self.mentions(artist) \
                        and not re.match(r"(?:新曲|楽曲|曲|本作|作品)", artist):
                    kind = "opening" if m.group("kind") in ("オープニング", "OP") else "ending"
                    self.add("theme_song", f"{kind} 1", f"{m.group('title').strip()} — {artist}", t)
        if ("劇中歌" in t or "挿入歌" in t) and "歌" in t:
            self._ja_insert_song_sung(s)
        for m in (_JA_INSERT_BY.finditer(t) if "挿入歌" in t and (s.mentions or self._ja_section_is_ours(s)) else ()):
            self.inserts.append((m.group("title").strip(), _ja_tidy(m.group("artist")) or None, t, -1))   # 「挿入歌「T」をXが歌う」
        for m in _JA_THEME.finditer(t):
            kind = "opening" if m.group("kind") in ("オープニング", "OP") else "ending" if m.group("kind") in ("エンディング", "ED") else "insert"
            artist = _ja_tidy(m.group("artist"))
            title = m.group("title").strip()
            if kind == "insert":
                self.inserts.append((title, artist or None, t, -1))
            else:
                self.add("theme_song", f"{kind} 1", f"{title} — {artist}" if artist else title, t)
        quotes_other = not s.mentions and _JA_QUOTED_TITLE.search(t)
        for m in (_JA_STATIONS.finditer(t) if not quotes_other else ()):
            for part in re.split(r"[、・,/／](?![^(（]*[)）])|および|及び", m.group("list")):   # (not inside a bracket of regions)
                name = part.strip()
                if not name:
                    continue
                canon = ORG_ALIASES.get(fold(re.split(r"[「『(（]", name)[0]))
                if not canon:
                    continue
                field = "streaming" if fold(canon) in _STREAM_SET or fold(name) in _STREAM_SET else "broadcaster"
                self.add(field, org_key(name), name, t)
        blocky = ("枠" in t or "ブロック" in t) and (s.mentions or self._ja_section_is_ours(s))
        for m in (_JA_BLOCK.finditer(t) if blocky and not re.search(r"[『][^』]{2,40}[』]", t) or s.mentions and blocky else ()):
            name = re.sub(r"系(?:列)?$", "", m.group("st").strip())
            canon = ORG_ALIASES.get(fold(name))
            if canon:   # フジテレビ「ノイタミナ」枠, TBS系“アニメイズム”枠: the station with its block
                self.add("broadcaster", org_key(name), f"{name}（{m.group('block').strip()}）", t)
        te = self._ja_without_own_title(t) if "上映" in t or "」" in t else t   # 「「EVENT」で『X』第1話の先行上映」
        for rx in (_JA_EVENT, _JA_EVENT2, _JA_EVENT3) if "上映" in t else ():
            for m in rx.finditer(te):
                if rx is not _JA_EVENT and _JA_EVENT.search(te) or rx is _JA_EVENT3 and _JA_EVENT2.search(te):
                    continue
                what = re.sub(r"\s*と\s*", "・", m.group("what"))   # 「第1話と第2話」: the episodes listed
                sep = "を" if te.startswith("を", m.end("what")) else " "   # 「第1話・第2話を先行上映」: as the page says it
                self.add("premiere_event", m.group("event").strip(), f"{what}{sep}{m.group('kind') or ''}上映".replace("  ", " "), t)
        for m in (_JA_EVENT_FILM.finditer(t) if "上映" in t and (s.mentions or self._ja_section_is_ours(s)) else ()):
            if not _JA_EVENT.search(t) and not _JA_EVENT2.search(t) and not self.mentions(m.group("event")) and not self.negated(t) \
                    and (s.mentions or not re.search(r"『[^』]{1,40}』", t)):   # (『OTHER』の第1話は「X」で上映: that title's)
                self.add("premiere_event", m.group("event").strip(), f"{m.group('kind')}上映", t)
        if "上映会」" in t and (s.mentions or self._ja_section_is_ours(s)):
            self._ja_screening_named(t)
        if "上映" in t and not _JA_SCREENING.search(t) and not self.negated(t):
            self._ja_part_screened_at_event(s)
        if "上映" in t and "「" not in t:
            self._ja_event_named_before(s)
            self._ja_titled_screening(s)
        if "上映会" in t and ("』" in t or "」" in t):
            self._ja_works_screening(s)
        if ("上映" in t or "流さ" in t or "流れ" in t) and not _JA_EVENT.search(t) and not _JA_EVENT2.search(t):
            self._ja_video_shown_at_event(s)
        if "」" in t and ("発表" in t or "公開" in t or "解禁" in t or "お披露目" in t):
            self._ja_reveal_event(s, te)
        if "」" in t and ("上映" in t or "公開" in t or "披露" in t or "行われ" in t):
            self._ja_episode_then_event(s)
        if "上映" in t and not self.negated(t):
            self._ja_named_screening(t, s.mentions or self._ja_section_is_ours(s))
            self._ja_screening_under_heading(s)
            self._ja_screening_by_title(s)
        for m in (_JA_EP_SCREENING_HELD.finditer(t) if "上映" in t and (s.mentions or self._ja_section_is_ours(s))
                  and not _JA_CALLED_OFF.search(t) else ()):   # (「…上映会を開催する予定でしたが、中止」)
            if not _JA_EVENT.search(t) and not _JA_EVENT2.search(t) and not self._ja_other_owner(t, m.start()):
                ev = re.sub(r"(?<=話)の(?=(?:最速|先行|特別|世界最速)?上映)", "", re.sub(r"\s+", "", m.group("ev")))
                self.add("premiere_event", ev, re.sub(r"\s+", "", m.group("what")), t)   # 「第1話の先行上映会」: the event's name has no の
        cm = _JA_GALA.search(t) if "完成披露" in t and not self.negated(t) and (
            s.mentions or not _JA_QUOTED_TITLE.search(self.headings.get(s.section, "") + t)) else None
        if cm:   # 「■完成披露上映会」: a film's premiere screening, whatever its date
            self.add("premiere_event", cm.group(), cm.group(), t)
        if "」" in t or "Japan" in t or "フェス" in t or "Expo" in t or "祭" in t or "EXPO" in t or "Festival" in t or "FES" in t \
                or "】" in t or "当日" in t or "この" in t or "同" in t or "その" in t:   # (every _JA_NE_QUOTED, _JA_NE_TAG and _JA_NE_ANAPHOR match)
            self._ja_named_event_shows(s)
        asks = ("?" in t or "Q" in t) and bool(_JA_ASKS.search(t))   # 「Q. BS11での放送はありますか？」: a reader's question
        if not asks:
            self.japanese_streams(t)
        if (s.mentions or self._ja_section_is_ours(s)) and _JA_NET_TALK.search(t) and not _JA_NET_PAST.search(t) \
                and not (not s.mentions and _JA_QUOTED_TITLE.search(t)) and not asks:
            self.japanese_gazetteer(t)
        for m in _JA_TRAILER.finditer(t):
            if self._ja_other_owner(t, m.start()):
                continue   # 「『OTHER』の第2弾PVが公開」: another title's video
            if m.group("season_b") and not self.own_season(m.group("season_b")):
                continue   # 「公開された第1期のPV第2弾」 on a season-2 page: that season's video
            if "シリーズ" in t and self._ja_series_video_of_film(t, m.start()):
                continue   # 「【参考】TVシリーズ第1弾PV」 on a film's page: the series' video
            n = m.group("n") or m.group("n2") or m.group("n3") or m.group("n_b") or m.group("n2_b") or m.group("n3_b")
            key = f"PV {int(n)}" if n else "teaser 1"
            if (m.group("teaser") or m.group("teaser_b")) and n:
                key = f"teaser {int(n)}"
            dates = [d for d in self.dates(t) if d.date.rank == 3
                     and not _JA_FROM_AFTER.match(t, d.end)   # "1月9日(土)より放送開始": the premiere, not the PV's day
                     and not _JA_START_AFTER.match(t, d.end)   # 「TVアニメが1月10日スタート 第2弾PVも公開」: the same
                     and not _JA_GOODS_DAY_AFTER.match(t, d.end)   # 「12月12日発売のBlu-ray」: the goods' day
                     and not (d.end <= m.start() and _JA_FILM_OPENS_AFTER.match(t, d.end))]   # 「6月18日公開決定 特報解禁」
            own = self._ja_paren_video_date(t, m.start())
            if own is not None:
                dates = [own]   # 「第1弾PV（2026年6月公開）、第2弾PV（2026年9月公開）」: each video's own bracket
            if not dates:   # 「昨年12月に公開されたPV第1弾」: a month right before the release verb is the video's month
                # the verb that releases this very video (before it, or the match's own 「PV第1弾は6月に公開されています」)
                dates = [d for d in self.dates(t) if d.date.rank == 2 and (ra := _JA_RELEASED_AFTER.match(t, d.end)
                                                                            or _JA_RELEASED_ON_SITE_AFTER.match(t, d.end))
                         and m.start() - 6 <= ra.end() and ra.start() < m.end() and d.start >= m.start() - 12]
            if dates and dates[0].year_inferred and self.published is not None and _JA_RELEASED_AFTER.match(t, dates[0].end) \
                    and not _JA_RELEASED_TO_COME.match(t, dates[0].end) \
                    and dates[0].date.iso() > self.published.iso()[:len(dates[0].date.iso())]:
                d0 = dates[0].date   # 「5月に解禁された特報」 in a December article: a video already out, last May
                dates = [_dc_replace(dates[0], date=PartialDate(d0.year - 1, d0.month, d0.day))]
            date = dates[0].date.iso() if dates else (self._ja_bare_day(t) or self._ja_today(t, s, m.start()) or self._ja_month_word(t) or self._ja_event_day(t, s)
                                                      or self._ja_with_announcement(t, m.start()) or self._ja_news_lead(t, s, m)
                                                      or self._ja_row_head_day(t, s, m))
            if date and _JA_VIDEO_AS_MEDIUM.match(t, m.start()) is not None:
                date = None   # 「ティザーPVでは新キャラクターのビジュアルが本日公開」: what the video shows came out, not the video
            self.trailer_sections.setdefault(key, []).append(s.section)
            if key not in self.trailers or (date and not self.trailers[key][0]):
                self.trailers[key] = (date, t, s.section, s.heading)
        if ("公開" in t or "解禁" in t) and len(_JA_LISTED_VIDEO.findall(t)) > 1:
            self._ja_video_list_days(t, s)
        if ("同" in t or "この" in t) and _JA_SAME_VIDEO.match(t):
            self._ja_same_video_dated(s)
        for m in (_JA_MAIN_PV.finditer(t) if ("本" in t or "メイン" in t) and (s.mentions or self._ja_section_is_ours(s))
                  and not s.prev_season and not self.negated(t) else ()):
            if self._quotes_other_title(t[:m.start()]):
                continue   # 「『OTHER』の本PVも公開」: another title's video
            dates = [d for d in self.dates(t) if d.date.rank == 3 and m.start() <= d.start and _JA_RELEASED_AFTER.match(t, d.end)]
            date = dates[0].date.iso() if dates else (self._ja_today(t, s, m.start()) or self._ja_news_lead(t, s, m))   # (its own day only:
            # 「2027年3月19日(金)公開決定！本予告解禁」 dates the film)
            self.ja_main_pvs.append(("trailer 1" if "予告" in m.group("v") else "PV 1", date, t, s.section))
        # 「OTHER」などで知られる X: a credit's aside, not a sentence about another title
        quotes_other_credit = not s.mentions and _JA_QUOTED_TITLE.search(_JA_KNOWN_FOR_NO.sub("", _JA_KNOWN_FOR.sub("", _JA_KNOWN_FOR_PAREN.sub("", t) if "（『" in t or "(『" in t else t)))
        for m in (_JA_STAFF.finditer(t) if not quotes_other_credit and self._ja_section_is_ours(s) else ()):
            if m.group("sep") == "に" and not _JA_CREDIT_LIST_VERB.search(t):
                continue   # 「音楽にこだわった」: only 「キャラクターデザインにX、音楽にYが名を連ねる」 lists credits
            who = self._ja_full_name(_ja_tidy(_JA_SAME_AS_LEAD.sub("", m.group("who"))) + _ja_given_after(t, m.end("who")))   # 「TVシリーズと同じくX」: X
            if "の" in who:
                who = _JA_DESC_BEFORE_LATIN.sub("", who)   # 「新進気鋭のStudio K」「話題のNORTH LIGHT WORKS」: the name alone
            if not who or self.mentions(who) or re.search(r"(?:製作|制作)委員会$|未定|決定$|^(?:続投|交代|未発表|非公開|調整中|継続|担当|担当する|務める)$",
                                                            who) or not (_JA_NAMEISH.fullmatch(who) or _JA_LATIN_NAME.fullmatch(who)) or _JA_NOT_A_CREDIT.search(who):
                continue   # "音楽は壮大で、…", "監督は第1期に引き続き…", 「音楽は続投」: not a name
            for r in re.split(r"[・/／と兼]", m.group("role")):   # 「監督・絵コンテは…」「キャラクターデザインと総作画監督を」: one fact per role
                if r == "アニメーション制作":
                    self.add("studio", org_key(who), who, t)
                else:
                    role = (_known_role(r) if _known_role else None) or r
                    self.add("staff", role, who, t)
        ours = s.mentions or self._ja_section_is_ours(s)
        for m in ([*_JA_SOURCE_AUTHOR.finditer(t), *(_JA_AUTHOR_SERIALISES.finditer(t) if "原作" in t and ("連載" in t or "刊行" in t) else ())]
                  if ours and ("マンガ" in t or "漫画" in t or "小説" in t or "ノベル" in t or "コミック" in t) else ()):
            who = _ja_tidy(m.group("who"))
            if m.group("t") is not None and not self.mentions(m.group("t")):
                continue   # another title's author
            if who and _JA_NAMEISH.fullmatch(who) and not self.mentions(who) and not re.search(r"人気|話題|同名|本作|原作", who):
                self.add("staff", "original creator", who, t)
        authors = [rx for rx, word in ((_JA_AUTHOR_NAMED, "作者"), (_JA_SOURCE_IS, "原作は"), (_JA_X_GENSAKU, "原作の"))
                   if word in t] if ours and "原作" in t else ()
        for m in (m for rx in authors for m in rx.finditer(t)):
            who = self._ja_full_name(_ja_tidy(m.group("who")))   # 「原作はWebの4コマで、作者の灯里こもれびさんが描く…」
            if any(not self.mentions(q.group()) for q in _JA_QUOTED_TITLE.finditer(t, 0, m.start())):
                continue   # 「『OTHER』の作者のXさん」: another title's author
            if who and _JA_NAMEISH.fullmatch(who) and not self.mentions(who) and not _JA_NOT_AUTHOR.search(who):
                self.add("staff", "original creator", who, t)
        for m in (_JA_STUDIO_SUBJ.finditer(t) if ours and "アニメ" in t else ()):
            n = _ja_tidy(m.group("n"))
            if n and not self.mentions(n) and not re.search(r"委員会$", n):
                self.add("studio", org_key(n), n, t)
        if ours and "オリジナル" in t and not quotes_other_credit and not _JA_NET_PAST.search(t):
            self._ja_studio_original(t)
        if ours and not quotes_other_credit and ("を務める" in t or "を担当する" in t or "のもと" in t):
            self._ja_credit_phrasings(t)
        self._ja_subject_credits(t, s, ours and not quotes_other_credit)
        if "として" in t and ("本作" in t or "今作" in t) and (ours or self._title_mentions()) and not quotes_other_credit:
            self._ja_credited_as(t)
        if "」として" in t and ours and not (not s.mentions and _JA_QUOTED_TITLE.search(_JA_JOINS_AS_QUOTED.sub("", t))):
            self._ja_joins_as_quoted_role(t)   # 「前作監督のXは「スーパーバイザー」として参加」 (its quote is the credit, no title)
        self._ja_blog_credits(t, ours and not quotes_other_credit)
        enji = list(_JA_CAST_ENJI.finditer(t)) + list(_JA_CAST_ENJI_LIST.finditer(t)) if "演じ" in t else []
        for m in (enji if not quotes_other_credit and self._ja_section_is_ours(s) else ()):   # 「ルカを桜井みそらさんが演じる」
            char, actor = _ja_char(m.group("char")), _ja_tidy(m.group("actor"))
            if char and actor and not self.mentions(char) and len(actor) >= 2:
                self.add("cast", char, actor, t)
        for m in (_JA_CAST_ENJIRU.finditer(t) if "を演じる" in t and ours and not quotes_other_credit else ()):
            char, actor = _ja_char(_ja_drop_topic(m.group("char"))), self._ja_full_name_bare(_ja_tidy(m.group("actor")))
            if char and actor and not self.mentions(char) and not self.mentions(actor) and _JA_NAMEISH.fullmatch(actor) \
                    and not re.fullmatch(_JA_KIND_NOUN + "|ヒロイン|役|キャラクター|彼|彼女", char):
                self.add("cast", char, actor, t)
        for rx in (_JA_CAST_MORE if ("役で" in t or "の声" in t or "演じるのは" in t or "キャスティング" in t or "起用" in t or "抜擢" in t)
                   and ours and not quotes_other_credit else ()):
            for m in rx.finditer(t):
                char, actor = _ja_char(m.group("char")), self._ja_full_name_bare(_ja_tidy(m.group("actor")))
                if char and actor and not self.mentions(char) and not self.mentions(actor) and _JA_NAMEISH.fullmatch(actor):
                    self.add("cast", char, actor, t)
        for m in _JA_CAST.finditer(t):
            char, actor = _ja_char(_ja_drop_topic(_JA_CHAR_LEAD.sub("", m.group("char")))), self._ja_full_name_bare(_ja_tidy(m.group("actor")))
            actor = _ja_list_closing_to(actor, t, m.end("actor"))
            if _JA_CAST_VERB_AS_ACTOR.match(actor) or "さんが" in char or "氏が" in char:
                continue   # 「Xさんがマルロ役を務める」: the verb after 役を is no actor, the clause before it no part
            if char and actor and not self.mentions(char) and len(actor) >= 2 \
                    and not _JA_NOT_AN_ACTOR.search(actor):   # (「ナレーションはリゼ役の…」: リゼ; 「X役のキャストは後日発表」: none yet)
                self.add("cast", char, actor, t)
        if ours and not quotes_other_credit and _JA_CAST_TOPIC.match(t):
            self._ja_cast_topic_pairs(t)
        for m in (_JA_CAST_DOT.finditer(t) if "役・" in t and ours and not quotes_other_credit else ()):   # 「ノア役・氷上Xさん」
            char, actor = _ja_char(_ja_drop_topic(_JA_CHAR_LEAD.sub("", m.group("char")))), self._ja_full_name_bare(_ja_tidy(m.group("actor")))
            if char and actor and not self.mentions(char) and not self.mentions(actor) and _JA_NAMEISH.fullmatch(actor):
                self.add("cast", char, actor, t)
        for m in (_JA_CAST_GA.finditer(t) if "役が" in t and ours and not quotes_other_credit else ()):   # 「ソラ役が水野灯、カイ役が…」
            char, actor = _ja_char(_JA_CHAR_LEAD.sub("", m.group("char"))), self._ja_full_name_bare(_ja_tidy(m.group("actor")))
            if char and actor and not self.mentions(char) and not self.mentions(actor) and _JA_NAMEISH.fullmatch(actor) \
                    and not _JA_NOT_ACTOR_GA.search(actor):
                self.add("cast", char, actor, t)
        for m in (_JA_CAST_PAREN.finditer(t) if "役" in t and ours and not quotes_other_credit else ()):   # 「神崎りお（ミナ役）」
            char, actor = _ja_tidy(m.group("char")), _ja_tidy(m.group("actor"))
            if "には" in actor or "では" in actor:   # 「上映後には朝比奈X（Y役）」: the phrase before the name is no part of it
                actor = re.split(r"には|では", actor)[-1]
            if char and len(actor) >= 2 and not self.mentions(char) and not self.mentions(actor) and _JA_NAMEISH.fullmatch(actor):
                self.add("cast", char, actor, t)
        if ours and not quotes_other_credit and _may_list_credits(t):
            self._ja_credit_list(t)   # (last: it adds only the credits the readers above did not)

    def _ja_credit_list(self, t: str):
        """One reader for a list of cast credits closed by one verb, whatever links each part to its actor:
        「AをB、CをDが担当する」「A役にB、C役にDが決まった」「AにはB、CにはDが決定」「A役の B に加え、C役として D が
        名を連ねた」「A：B、C：Dが出演」. The items are the clauses before the verb; each is a part (its description
        before it dropped by `_ja_char`), the rightmost link, then a name (`_ja_list_actor`)."""
        for verb in _JA_LIST_VERB.finditer(t):
            if verb.group("v") in ("演じ", "担当", "務め", "出演") and _JA_LIST_PAST.match(t, verb.end()):
                continue   # 「ミナ役を演じた」「…を務めた」: an earlier credit, another work's
            start = max(t.rfind("。", 0, verb.start()), t.rfind("」", 0, verb.start()), t.rfind("』", 0, verb.start())) + 1
            items = re.split(r"[、,，]", t[start:verb.start()])
            for i in range(len(items) - 1):
                if _JA_ITEM_LINK_END.search(items[i]):   # 「ゲン役には、ベテランの石動源を」: the link, a comma, the actor
                    items[i], items[i + 1] = "", items[i] + items[i + 1]
            takes_part = verb.group("v") in ("演じ", "担当", "務め")
            pairs = [(self._ja_list_item(item) or (self._ja_actor_first_item(item) if takes_part else None)) if item else None
                     for item in items]
            credited = {f.value for f in self.facts if f.field == "cast"}
            for i, pair in enumerate(pairs):
                if pair is None:
                    continue
                char, actor = pair
                if actor.endswith("と") and i + 1 < len(pairs) and pairs[i + 1] is None:
                    actor = actor[:-1]   # 「…ドミニク役に伊吹大和と、3名が続投」: the list's と, not the name's
                if actor not in credited and len(actor) >= 2:
                    self.add("cast", char, actor, t)

    def _ja_actor_first_item(self, item: str) -> tuple[str, str] | None:
        """(part, actor) of a list item that names the actor first: 「七瀬まひろがハルを」「宮坂ゆずさんは相棒のクロ」
        (は only after an honorific, which marks the person); the part must hold katakana (「MCを」「監督を」 are no parts)."""
        m = _JA_ACTOR_FIRST_ITEM.fullmatch(item.strip())
        if m is None or (m.group("p") == "は" and not m.group("hon")):
            return None
        actor = _ja_list_actor(m.group("a"))
        head = m.group("c").split()[-1] if m.group("c").split() else ""
        char = _ja_char(head)
        if len(char) >= 3 and char.endswith("役"):
            char = char[:-1]   # 「杉本あかねさんがナギ役、…を務める」: the part's name without 役
        if not actor or not char or not _JA_KATAKANA_IN.search(char) or not _JA_PART_CHARS.fullmatch(char) or char[-1] in "でにもとへ" \
                or _JA_NOT_A_PART.search(char) or (_known_role and _known_role(char)) or self.mentions(char) or self.mentions(actor):
            return None
        return char, self._ja_full_name_bare(actor)

    def _ja_list_item(self, item: str) -> tuple[str, str] | None:
        """(part, actor) of one clause of a credit list, by its rightmost link whose tail is a name; None otherwise."""
        item = _JA_ITEM_TAIL.sub("", item.strip())
        for m in reversed(list(_JA_ITEM_LINK.finditer(item))):
            head, actor = item[:m.start()].split()[-1:], _ja_list_actor(item[m.end():])
            if not head or not actor:
                continue
            head = head[0]   # (「新キャラクター カーマイン・ヴェル役に」: the words before a space are no part of the name)
            if not m.group().startswith("役") and ((not _JA_KATAKANA_IN.search(head) and not _ja_clause_described_part(head))
                                                   or len(actor) < 3
                                                   or _JA_NOT_AN_ITEM_LINK.match(item, m.end())):
                continue   # 「監督を」「距離感を大切に」…: only a part's name (with katakana) stands before a bare を/に/：;
                # 「これまでの榊原 優に代わり」: a phrase, no credit
            char = re.sub(r"(?<=\S\S)(?:先輩|ちゃん|くん|君|様)$", "", _ja_char(head))
            if not char or len(char) > 15 or not _JA_PART_CHARS.fullmatch(char) or _JA_NOT_A_PART.search(char) \
                    or (_known_role and _known_role(char)) or self.mentions(char) or self.mentions(actor):
                return None
            return char, self._ja_full_name_bare(actor)
        return None

    def _ja_cast_topic_pairs(self, t: str):
        """「キャストは長女・一花が夏川Xさん、次女・二葉が桐谷Yさん。」: under the topic キャストは, each item of the
        first clause is a character, が, then its actor."""
        body = t[_JA_CAST_TOPIC.match(t).end():].split("。")[0]
        for item in body.split("、"):
            m = _JA_CAST_TOPIC_ITEM.fullmatch(item.strip())
            if m is None:
                continue
            char, actor = _ja_char(m.group("char")), self._ja_full_name_bare(_ja_tidy(m.group("actor")))
            if char and actor and not self.mentions(char) and not self.mentions(actor) and _JA_NAMEISH.fullmatch(actor):
                self.add("cast", char, actor, t)

    def _ja_named_screening(self, t: str, ours: bool):
        """「第1話先行上映会「X 始動祭」」: an episode screening named in quotes after its kind (an event named after
        the work is still an event: more than the title); 「AnimeJapan 2027のステージにて、第1話の先行上映が行われる」:
        an unquoted convention (a Latin name with its year), this work's in any sentence that quotes no other title.
        The event is the key, what was shown (as written) the value."""
        for m in (_JA_SCREENING_THEN_NAME.finditer(t) if ours else ()):
            event = m.group("event").strip()
            rest = self.name_re.sub("", event) if self.name_re else event
            if len(re.sub(r"[\W_]+", "", rest)) >= 2:
                self.add("premiere_event", event, re.sub(r"\s+", "", m.group("shown")), t)
        for m in (_JA_CONVENTION_SCREENING.finditer(t) if re.search(r"20\d\d", t) and (
                ours or not _JA_QUOTED_TITLE.search(t)) else ()):
            self.add("premiere_event", m.group("event").strip(), re.sub(r"\s+", "", m.group("shown")), t)

    def _ja_screening_under_heading(self, s: _Sent):
        """「<h3>第2期 第1話先行上映会 in 池袋</h3><p>放送に先駆けて第2期第1話を上映！」: a heading that is a screening
        event's name (nothing more: not 「…開催決定！」) over what it shows."""
        heading = self.headings.get(s.section, "").strip()
        w = _JA_SHOWS_EPISODE.search(s.text) if heading and "上映会" in heading else None
        if w and _JA_SCREENING_HEADING.fullmatch(heading) and not self.prev_season(heading):
            self.add("premiere_event", heading, re.sub(r"\s+", "", w.group("what")) + "を上映", s.text)

    def _ja_screening_by_title(self, s: _Sent):
        """「『X』第1話・第2話最速上映会に行ってきました」: the work's own episode screening, named by its title."""
        t = s.text
        for m in _JA_TITLED_SCREENING.finditer(t):
            if self.mentions(m.group("t")):
                what = re.sub(r"\s+", "", m.group("what"))
                self.add("premiere_event", f"{m.group('t').strip()} {what}{m.group('kind')}上映会", f"{what}を上映", t)

    def _ja_studio_original(self, t: str):
        """「スタジオ・ハルニレのオリジナルアニメ」「Xアニメーション制作のオリジナルTVアニメ」: an original anime is its
        studio's; only a name shaped like a studio's (a streamer's or a station's "original anime" is theirs)."""
        for m in _JA_STUDIO_ORIGINAL.finditer(t):
            n = _ja_tidy(m.group("n"))
            if n and _STUDIO_SHAPE.search(n) and not self.mentions(n):
                self.add("studio", org_key(n), n, t)

    def _ja_credit_phrasings(self, t: str):
        """「柚木崇が監督を務めるTVアニメ『W』」「柚木崇監督のもと」: a credit said around the role word (the title after
        「…を務める」 must be this work)."""
        for rx in (_JA_WHO_ROLE_TITLE, _JA_UNDER_DIRECTOR):
            for m in rx.finditer(t):
                if "mid" in m.groupdict() and not self.mentions(m.group("mid")):
                    continue
                if rx is _JA_UNDER_DIRECTOR and _JA_UNDER_AS_PUPIL.match(t, m.end()):
                    continue   # 「X監督のもとで演出を学んだ」: a teacher named in passing, no credit
                who = self._ja_full_name(_ja_tidy(m.group("who")))
                if not who or self.mentions(who) or not _JA_NAMEISH.fullmatch(who) or _JA_NOT_A_CREDIT.search(who):
                    continue
                r = m.group("role")
                if r == "アニメーション制作":
                    continue
                self.add("staff", (_known_role(r) if _known_role else None) or r, who, t)

    def _ja_full_name(self, who: str) -> str:
        """「七瀬さんがキャラクター原案として」: a surname alone stands for the full name the article gave earlier
        (「七瀬もかこさんがイラストを担当」)."""
        if len(who) > 3:
            return who
        rx = re.compile(re.escape(who) + r"([^、。「」『』\s()（）はをがの]{1,5}?)(?:さん|氏|先生|監督(?=が|は|の|も|、))")
        fulls = {who + m.group(1) for x in self.sents for m in rx.finditer(x.text)}
        return fulls.pop() if len(fulls) == 1 else who

    def _ja_subject_credits(self, t: str, s: _Sent, ours: bool):
        """News-style credits with the person as subject: 「Xさんが監督を務め」, 「Yさんが…・ルカを演じる」,
        「Zさんらも出演する」, 「「TITLE」は、Wさんのライトノベルで」, 「STUDIOが制作する」."""
        if not ours:
            return
        if "が" in t and ("さん" in t or "氏" in t or "先生" in t):
            for m in _JA_STAFF_SUBJ.finditer(t):
                if re.match(r"を(?:務め|担当し|手がけ|手掛け|担っ)た|として(?:参加|活躍)した", t[m.end():m.end() + 12]):
                    continue   # 「Xさんが監督を務めた『OTHER』」: a past credit
                who = self._ja_full_name(_ja_tidy(m.group("who")))
                if not who or self.mentions(who) or not _JA_NAMEISH.fullmatch(who):
                    continue
                for r in re.split(r"[・/／と兼]", m.group("role")):   # (「キャラクターデザインと総作画監督を」「…兼…を」: both)
                    role = (_known_role(r) if _known_role else None) or r
                    self.add("staff", role, who, t)
        if "の" in t and (_JA_ROLE_NO_VERB.search(t) or "登壇" in t and _JA_ON_STAGE.search(t)):
            self._ja_role_no_credits(t)
        if _may_name_guests(t):
            self._ja_guest_credits(t)
        if "制作" in t and ("アニメ" in t or _JA_CARRIED_OVER.search(t)):   # (「第1期に続き、Xが制作する」: this work's)
            for m in _JA_STUDIO_MAKES.finditer(t):
                n = _ja_tidy(m.group("n"))
                if n and not self.mentions(n) and not re.search(r"委員会$|アニメ$|本作$|作品$", n):
                    self.add("studio", org_key(n), n, t)
        end = t.find("を演じ")
        if end > 0 and "さんが" in t and not t.startswith("を演じた", end):
            anchors = [m for m in _JA_ACTOR_SUBJ.finditer(t, 0, end)]
            for a, b in zip(anchors, anchors[1:] + [None]):
                seg = t[a.end(): b.start() if b else end].rstrip("、 ")
                seg = seg[:-1] if seg.endswith("を") and b else seg   # 「XさんがCを、YさんがDを演じる」: each part with its own を
                char = _ja_tidy(_ja_name_after_desc(seg)) if seg else ""
                actor = _ja_without_lead_in(_ja_tidy(a.group("actor")))
                if actor.startswith("声優の"):
                    actor = actor[3:]
                if char and len(char) <= 15 and actor and not self.mentions(char) and _JA_NAMEISH.fullmatch(actor) \
                        and not re.search(r"[をがはに]", char):
                    self.add("cast", char, actor, t)
        if "出演" in t:
            for m in _JA_ALSO_APPEAR.finditer(t):
                for who in re.split(r"さん、?", m.group("list")):
                    who = _ja_without_lead_in(_ja_tidy(who))
                    pm = _JA_PART_THEN_ACTOR.fullmatch(who) if "役" in who else None
                    part, named = (pm.group("part"), pm.group("named")) if pm else ("", who)
                    if part and named:   # 「ナギ役で杉本あかねさんが出演」「ノア役に…」: the part, then its actor
                        char = _ja_char(part)
                        if char and _JA_NAMEISH.fullmatch(named) and not self.mentions(char) and not self.mentions(named):
                            self.add("cast", char, self._ja_full_name_bare(named), t)
                        continue
                    if who and _JA_NAMEISH.fullmatch(who) and not self.mentions(who) and len(who) >= 3:
                        self.add("cast", "", who, t)
        for m in (_JA_TITLE_AUTHOR.finditer(t) if "「" in t or "『" in t else ()):
            who = _ja_tidy(m.group("who"))
            if self.mentions(m.group("t")) and who and _JA_NAMEISH.fullmatch(who):
                self.add("staff", "original creator", who, t)

    def _ja_credited_as(self, t: str):
        """「第1期で監督を務めた榊原 修一は本作では監修としてクレジット」: the person's credit in this work (本作 says
        so), not the earlier one."""
        for m in _JA_CREDITED_AS.finditer(t):
            who, role = self._ja_full_name(_ja_tidy(m.group("who"))), m.group("role")
            known = _known_role(role) if _known_role else None
            if who and _JA_NAMEISH.fullmatch(who) and not self.mentions(who) and (known or role.endswith(("監修", "考証"))):
                self.add("staff", known or role, who, t)

    def _ja_joins_as_quoted_role(self, t: str):
        """「1st Season監督の桐生朔は「スーパーバイザー」として参加」: the person joins this work under the quoted credit
        (what they did before, named in front, is the other season's)."""
        for m in _JA_JOINS_AS_QUOTED.finditer(t):
            who, role = self._ja_full_name(_ja_tidy(m.group("who"))), m.group("role").strip()
            if who and _JA_NAMEISH.fullmatch(who) and not self.mentions(who) and not self.mentions(role):
                self.add("staff", (_known_role(role) if _known_role else None) or role, who, t)

    def _ja_guest_credits(self, t: str):
        """An event's guest list naming this work's staff by the role beside each name, in any of the ways a list
        sets it: 「監督・X」「監督のXさん」「X（監督）」「X監督」, the items apart by 、／ or と (「登壇者：A、B、監督・X（予定）」
        「X監督とAが出演」). The role must open the item (「前作の監督・X」「映画監督のX」 are not this work's)."""
        for item in _JA_GUEST_SPLIT.split(_JA_GUEST_VERB_TAIL.sub("", t.rstrip("。"))):
            item = _JA_GUEST_PLANNED.sub("", item.strip())
            for cand in [item] + [item[m.end():] for m in _JA_GUEST_LEAD.finditer(item)]:
                m = _JA_GUEST_ITEM.match(cand)
                if m is None:
                    continue
                role = m.group("role") or m.group("role2") or m.group("role3")
                who = _ja_guest_name(m.group("who") or m.group("who2") or m.group("who3") or "")
                if who and _JA_NAMEISH.fullmatch(who) and not self.mentions(who) and not _JA_GUEST_NOT_A_NAME.search(who) \
                        and (m.group("who3") is None or len(who) >= 3):
                    self.add("staff", (_known_role(role) if _known_role else None) or role, who, t)
                break

    def _ja_role_no_credits(self, t: str):
        """「シリーズ構成の真柴るり子さん、音楽の久遠寺サトルさんが続投」: each person named after their role, the
        list ending in a credit verb (the sentence is this work's: an earlier season's ones are skipped before)."""
        for m in _JA_ROLE_NO_NAME.finditer(t):
            who = self._ja_full_name(_ja_tidy(m.group("who")))
            if not who or self.mentions(who) or not _JA_NAMEISH.fullmatch(who):
                continue
            for r in re.split(r"[・/／と兼]", m.group("role")):   # (「キャラクターデザインと総作画監督の」「…兼…の」: both)
                role = (_known_role(r) if _known_role else None) or r
                self.add("staff", role, who, t)

    def _ja_blog_credits(self, t: str, ours: bool):
        """A blog's chatty credits: 「監督が岸本さん、シリーズ構成が早乙女さん」 (role が person, each with an
        honorific), 「キャストは主人公のAをBさん、CをDさんが担当」, 「原作は…連載中のX先生の同名マンガ」."""
        if not ours:
            return
        if "が" in t and ("さん" in t or "氏" in t or "先生" in t):
            for m in _JA_STAFF_GA.finditer(t):
                who = self._ja_full_name(_ja_tidy(m.group("who")))
                if who and not self.mentions(who) and _JA_NAMEISH.fullmatch(who):
                    for r in re.split(r"[・/／]", m.group("role")):
                        if r == "アニメーション制作":
                            self.add("studio", org_key(who), who, t)
                        else:
                            self.add("staff", (_known_role(r) if _known_role else None) or r, who, t)
        if "のは" in t:
            for m in _JA_ROLE_IS_WHO.finditer(t):   # 「音響監督を務めるのは秋津ほのかさん」
                q = [x for x in _JA_QUOTED_TITLE.finditer(t, 0, m.start()) if x.end() == m.start() - 1]
                if q and not self.mentions(q[-1].group()):
                    continue   # 「『OTHER』の監督を務めるのは…」: another title's credit
                who = self._ja_full_name(_ja_tidy(m.group("who")))
                if who and not self.mentions(who) and _JA_NAMEISH.fullmatch(who):
                    for r in re.split(r"[・/／と]", m.group("role")):
                        self.add("staff", (_known_role(r) if _known_role else None) or r, who, t)
        if ("キャスト" in t or "声優" in t) and ("担当" in t or "務め" in t):
            for m in _JA_CAST_TANTOU.finditer(t):
                char = re.sub(r"(?<=\S\S)(?:先輩|ちゃん|くん|君|様)$", "", _ja_char(m.group("char")))
                actor = _ja_tidy(m.group("actor"))
                if char and actor and not self.mentions(char) and not self.mentions(actor) \
                        and not (_known_role and _known_role(char)) and char not in _JA_ROLES and _JA_NAMEISH.fullmatch(actor):
                    self.add("cast", char, actor, t)
        if t.startswith("原作は"):
            for m in _JA_SOURCE_TOPIC.finditer(t):
                who = _ja_tidy(m.group("who"))
                if who and _JA_NAMEISH.fullmatch(who) and not self.mentions(who) and not _JA_PUBLISHER_END.search(who):
                    self.add("staff", "original creator", who, t)

    def _ja_theme_told_apart(self, t: str):
        """A theme whose title and singer stand in separate clauses of one sentence: 「エンディングテーマ（ED）「T」は、
        …声優のXさんが歌う」「オープニングテーマ（OP）を4人組バンド「X」が担当し、楽曲のタイトルは「T」に決まった」
        「OPテーマはバンドのXが担当し、楽曲名は「T」」."""
        for m in _JA_THEME_TITLE_THEN_SINGER.finditer(t):
            self._add_apart_theme(m.group("kind"), m.group("title"), m.group("artist"), t)
        for m in _JA_THEME_SINGER_THEN_TITLE.finditer(t):
            self._add_apart_theme(m.group("kind"), m.group("title"), m.group("artist") or m.group("artist2"), t)

    def _add_apart_theme(self, kind: str, title: str, artist: str, t: str):
        artist = _ja_strip_descriptor(_ja_tidy(_ja_singer_core(artist)))
        if not artist or self.mentions(artist) or re.search(r"キャスト|出演者|声優陣|メンバー|キャラクター", artist):
            return
        key = "opening" if kind in ("オープニング", "OP") else "ending"
        self.add("theme_song", f"{key} 1", f"{title.strip()} — {artist}", t)

    def _ja_video_list_days(self, t: str, s: _Sent) -> None:
        """「6月12日に公開されたティザーPVに続き、9月30日にはPV第1弾が、そして本日11月26日にPV第2弾が公開」: a sentence that
        lists several videos, each dated by the day said right before it (after the video before it), not all by
        the sentence's first day. Only full days; a day of another matter (a premiere, goods) is none of them."""
        days = [d for d in self.dates(t) if d.date is not None and d.date.rank == 3 and not _JA_FROM_AFTER.match(t, d.end)
                and not _JA_START_AFTER.match(t, d.end) and not _JA_GOODS_DAY_AFTER.match(t, d.end)]
        if len(days) < 2 or s.prev_season or self.negated(t):
            return
        toks = list(_JA_LISTED_VIDEO.finditer(t))
        after = toks[0].start() < days[0].start   # 「特報は7月1日、PV第1弾は9月30日に公開」: each video, then its day
        for i, k in enumerate(toks):
            if after:
                nxt = toks[i + 1].start() if i + 1 < len(toks) else len(t)
                own = [d for d in days if k.end() <= d.start and d.end <= nxt][:1]
            else:
                prev = toks[i - 1].end() if i else 0
                own = [d for d in days if prev <= d.start and d.end <= k.start()][-1:]
            if not own or self._ja_other_owner(t, k.start()):
                continue
            n = k.group("n") or k.group("n2") or k.group("n3")
            key = (f"teaser {int(n)}" if k.group("teaser") else f"PV {int(n)}") if n else "teaser 1"
            if not n and not k.group("teaser"):
                continue
            d = own[0]
            date = d.date
            if d.year_inferred and self.published is not None and date.iso() > self.published.iso() and _JA_LISTED_PAST.search(t):
                date = PartialDate(date.year - 1, date.month, date.day)   # 「…が公開された」: days already past
            have = self.trailers.get(key)
            if have is None or not have[0] or have[1] == t:
                self.trailers[key] = (date.iso(), t, s.section, s.heading)

    def _ja_video_shown_at_event(self, s: _Sent):
        """「イベント「X」のステージでは第1話の冒頭映像が上映され」「「X」の…ステージに…登壇。ステージでは第1弾PVを大画面で
        初上映」: a video (an episode's opening, a PV) screened at a named event, in this sentence or the one before
        in its paragraph; the event is the key, what was shown the value."""
        t = s.text
        w = _JA_SHOWN.search(t)
        if w is None or self.negated(t) or (s.prev_season and not self._own_season(w.group("what"))):
            return   # (a sentence about an earlier season counts for a video named as this season's: 「第2期ティザーPV」)
        if not (s.mentions or self._ja_section_is_ours(s) or self._event_report_heading(s)):
            return
        event = _ja_event_in(t[:w.start()])
        if event is None and "「" not in t:
            i = next((k for k, x in enumerate(self.sents) if x is s), -1)
            if i > 0 and self.sents[i - 1].block == s.block:
                event = _ja_event_in(self.sents[i - 1].text)
        at = t.rfind(f"{event}」", 0, w.start()) if event else -1
        if event and self._quotes_other_title(t[at + len(event) + 1 if at >= 0 else 0:w.start()]):
            return   # 「「EVENT」では、『OTHER』の冒頭映像が上映」: another title's video
        if event and not self.mentions(event):
            self.add("premiere_event", event, re.sub(r"\s+", "", w.group("what")), t)

    def _own_season(self, what: str) -> bool:
        """Does 「第2期ティザーPV」 name the season this work is (its title "X 第2期")?"""
        m = re.search(r"第\s*(\d+)\s*期", what)
        if m is None:
            return False
        from ..page import season_split
        return any((sp := season_split(n)) is not None and sp[1] == int(m.group(1))
                   for n in (self.work.title, *self.work.aliases))

    def _event_report_heading(self, s: _Sent) -> bool:
        """「「AnimeJapan 2026」ステージレポート公開!」 over a paragraph, on a page titled by the work: the quote in the
        heading is an event's name, not another title's, so the report is the work's news."""
        heading = self.headings.get(s.section, "")
        quotes = list(_JA_EVENT_QUOTE.finditer(heading)) if "「" in heading else []
        return bool(quotes) and self._title_mentions() and all(_names_event(q) for q in quotes)

    def _ja_without_own_title(self, t: str) -> str:
        """The text without the work's own quoted title where it sits between an event and what was shown
        (「「EVENT」の『X』ステージにて」「「EVENT」で『X』第1話の先行上映」): the event readers then see the event next to it."""
        if "』" not in t and t.count("「") < 2:
            return t
        return _JA_OWN_TITLE_SLOT.sub(lambda m: "" if self.mentions(m.group("q")) else m.group(), t)

    def _ja_reveal_event(self, s: _Sent, te: str | None = None):
        """「「蒼海社まんがフェスタ2026」のステージでTVアニメ化が発表され」: an event (by its kind of name) where news of the
        work came out; the event is the key, what came out the value."""
        t = s.text
        if not (s.mentions or self._ja_section_is_ours(s)) or self.negated(t) or _JA_NET_PAST.search(t):
            return
        te = t if te is None else te
        for m in _JA_ANNOUNCED_AT.finditer(t):   # 「アニメ化は「アニメフェス2026」のステージで発表された」: the news first
            if _JA_EVENT_WORD.search(m.group("event")) and not self.mentions(m.group("event")):
                self.add("premiere_event", m.group("event").strip(), re.sub(r"\s+", "", m.group("what")) + m.group("verb"), t)
        for m in (*_JA_REVEAL_EVENT.finditer(te), *(_JA_STAGE_HELD_AT.finditer(t) if "開催され" in t else ())):
            event, what = m.group("event").strip(), m.group("what").strip()
            own = re.match(r"[「『][^」』]+[」』]の", what)
            what = what[own.end():] if own and self.mentions(own.group()) else what   # 『TITLE』のTVアニメ化: the work's
            held = re.search(r"開催(?:された|中の|の)$", m.string[max(0, m.start() - 8):m.start()])
            if m.group("held_stage") and (self._quotes_other_title(m.group("held_stage")) or not s.mentions):
                continue   # 「「EVENT」で開催された『OTHER』ステージでは」: another title's stage (the work's names it)
            if (_JA_EVENT_WORD.search(event) or held or m.groupdict().get("stage") or m.group("held_stage")) and not re.search(r"上映", what) \
                    and not self._quotes_other_title(what):  # 『ほたる灯台』のアニメ化: another title's news
                if m.group("p") == "を":   # 「本作の第1話冒頭映像を初公開」: what was shown, as said
                    self.add("premiere_event", event, f"{re.sub(r'^本作の', '', what)}を{m.group('verb')}", t)
                else:
                    self.add("premiere_event", event, f"{what}{m.group('verb')}", t)

    def _ja_paren_video_date(self, t: str, at: int):
        """The date in brackets right after a video's name (「第1弾PV（2026年6月公開）」): that video's own day or
        month, whatever else the sentence dates."""
        nm = _JA_VIDEO_NOUN.match(t, at)
        pm = _JA_PAREN_RELEASED.match(t, nm.end()) if nm else None
        if not pm:
            return None
        inner = pm.group("when")
        for dm in self.dates(inner):
            if dm.date is not None and dm.date.rank >= 2 and dm.start == 0 and dm.end == len(inner):
                return _dc_replace(dm, date=self._past_date(dm))
        return None

    def _ja_event_list_item(self, s: _Sent):
        """A work page's events list (「イベント」: 「2026年11月14日　X上映会＆スペシャルステージ（ティザーPV初公開、放送時期
        発表）」): the event, and what it showed of this work in brackets. The event's name may speak of an earlier
        season (a first-season marathon before the sequel's reveal): the list is this work's."""
        head = self.headings.get(s.section, "")
        if not _JA_EVENTS_HEADING.fullmatch(head) or not self._title_mentions() or self.negated(s.text):
            return
        m = _JA_EVENT_ITEM.match(s.text)
        if m and _JA_EVENT_SHOWED.search(m.group("what")):
            self.add("premiere_event", m.group("ev").strip(), m.group("what").strip(), s.text)

    def _ja_screening_named(self, t: str):
        """「12月19日に開催される「X 第1話先行上映会」では…」: an event whose quoted name says it screens an episode
        is this work's premiere event (when no other reading of the sentence found what it shows)."""
        if self.negated(t) or _JA_EVENT.search(t) or _JA_EVENT2.search(t) or _JA_EVENT3.search(t) \
                or not _JA_HELD.search(t) or _JA_CALLED_OFF.search(t):
            return
        for m in _JA_NAMED_SCREENING.finditer(t):
            what = re.sub(r"\s+", "", m.group("what"))
            self.add("premiere_event", m.group("event").strip(), f"{what}{m.group('kind') or ''}上映", t)

    def _ja_episode_then_event(self, s: _Sent):
        """「本作の第1話が、「アニメフェス2026」のスペシャルステージで先行上映された」: the episode named first, then
        the event where it screened (the other readers want the event first)."""
        t = s.text
        if not (s.mentions or self._ja_section_is_ours(s)) or self.negated(t) or s.prev_season:
            return
        for m in (*_JA_EP_THEN_EVENT.finditer(t), *_JA_SHOWN_THEN_EVENT.finditer(t)):
            event = m.group("event").strip()
            if self._quotes_other_title(t[:m.start()]):
                continue   # 「『OTHER』の第1話が、…で先行上映」: another title's episode
            if (_JA_EVENT_WORD.search(event) or m.group("stage")) and not self.mentions(event):
                what = re.sub(r"\s+", "", m.group("what"))
                if m.re is _JA_SHOWN_THEN_EVENT:   # 「第2弾PVが「EVENT」で初公開」「第1話の先行上映が「EVENT」にて行われる」
                    self.add("premiere_event", event, f"{what}{m.group('verb') or ''}", t)
                else:
                    self.add("premiere_event", event, f"{what}を{m.group('kind') or ''}上映", t)

    def _ja_other_owner(self, t: str, at: int) -> bool:
        """Is what starts at `at` another title's, by the quoted title right before it (「『OTHER』の第2弾PV」
        「『OTHER』第1話先行上映会」)?"""
        m = _JA_OWNER_BEFORE.search(t, max(0, at - 60), at)
        return m is not None and not self.mentions(m.group())

    def _ja_series_video_of_film(self, t: str, at: int) -> bool:
        """A film's page lists the TV series' videos for reference (「TVシリーズ第1弾PV」): the series' own."""
        film = any(re.search(r"劇場版|映画|劇場アニメ|the movie", n, re.I) for n in (self.work.title, *self.work.aliases))
        return film and re.search(r"(?:TVシリーズ|テレビシリーズ)(?:の)?\s*$", t[max(0, at - 12):at]) is not None

    def _quotes_other_title(self, text: str) -> bool:
        """Does `text` quote a title that is not this work's (『ほたる灯台』のアニメ化)? The work's own 『title』 is its news."""
        return any(not self.mentions(q.group()) for q in _JA_QUOTED_TITLE.finditer(text))

    def _ja_same_video_dated(self, s: _Sent):
        """「…会場ではティザーPVが初めて上映された。同映像は24日に公式YouTubeチャンネルでも公開されている。」: the video
        of the sentence before (same block), dated by its own release here."""
        t = s.text
        idx = next((i for i, x in enumerate(self.sents) if x is s), 0)
        if idx == 0 or self.sents[idx - 1].block != s.block:
            return
        keys = {_ja_video_key(m) for m in _JA_VIDEO_WORD.finditer(self.sents[idx - 1].text)}
        if len(keys) != 1 or next(iter(keys)) not in self.trailers:
            return
        keys = list(keys)
        if self.trailers[keys[0]][0]:
            return
        day = ""
        for d in self.dates(t):
            if d.date.rank == 3 and _JA_RELEASED_AFTER.match(t, d.end):
                day = d.date.iso()
                break
        if not day:
            day = self._ja_bare_day(t)   # 「同映像は24日に…公開されている」
        if day:
            _old, ev, section, heading = self.trailers[keys[0]]
            self.trailers[keys[0]] = (day, ev, section, heading)

    def _ja_bare_day(self, t: str) -> str:
        """「19日に公開されたPV第2弾」: a day of the month alone, in a news item — the latest such day up to the
        article's date."""
        pub = self.published
        m = _JA_BARE_DAY.search(t)
        if not m or pub is None or pub.day is None:
            return ""
        day, y, mo = int(m.group(1)), pub.year, pub.month
        if day > pub.day:
            y, mo = (y - 1, 12) if mo == 1 else (y, mo - 1)
        try:
            return _dt.date(y, mo, day).isoformat()
        except ValueError:
            return ""

    def _ja_part_screened_at_event(self, s: _Sent):
        """「…に開催された「アニメフェスタ東京2026」のステージでは、…が登壇し、本予告の一部を先行上映しました。」, or the event
        held in the sentence before (「…開催された「X」では、本作のステージを実施。…第1話の冒頭約10分を世界最速で先行上映」):
        part of an episode or a video screened first at a named event (what was shown, as the page says it)."""
        t = s.text
        m = _JA_PART_SCREENED.search(t)
        if m is None:
            return
        name = _ja_held_event(t[:m.start()]) if "開催" in t[:m.start()] else None
        if name is None:
            i = next((k for k, x in enumerate(self.sents) if x is s), -1)
            prev = self.sents[i - 1].text if i > 0 and self.sents[i - 1].block == s.block else ""
            name = _ja_held_event(prev) if "開催" in prev and not self.negated(prev) and "「" not in t else None
        if name and not self.mentions(name) and (s.mentions or self._ja_section_is_ours(s)
                                                 or f"「{name}」" in self.headings.get(s.section, "")):   # (「■「X」ステージレポート」)
            self.add("premiere_event", name, re.sub(r"\s+", "", m.group("shown")), t)

    def _ja_event_named_before(self, s: _Sent):
        """「…イベント「EVENT」の開催が決定。…第2期第1話の先行上映も行われる。」: the screening's event is the one the
        previous sentence of the paragraph names; 「「X 第1話最速上映会」の開催が決定。第1話を…上映する」: a screening the
        sentence before names in quotes, the work's own (its name says more than the title)."""
        t = s.text
        w = _JA_SCREENING.search(t)
        shows = _JA_SHOWS_EPISODE.search(t) if not self.negated(t) else None
        i = next((k for k, x in enumerate(self.sents) if x is s), -1) if w or shows else -1
        if i <= 0 or self.sents[i - 1].block != s.block:
            return
        prev = self.sents[i - 1].text
        ev = _JA_EVENT_NAME.search(prev) if w else None
        # 「「X 放送直前スペシャルステージ」を12月27日に開催。第1話の先行上映に加え…」: named by its own kind word, held
        name = ev.group("event").strip() if ev else (_ja_event_in(prev) if w and "開催" in prev and not self.negated(prev) else None)
        if name:
            sep = "を" if t.startswith("を", w.end("what")) else " "   # 「第1話を先行上映」: as the page says it
            self.add("premiere_event", name, f"{w.group('what')}{sep}{w.group('kind') or ''}上映".replace("  ", " "), prev + t)
        for q in (_JA_SCREENING_QUOTE.finditer(prev) if shows else ()):
            event = q.group("event").strip()
            if self.mentions(event) and len(re.sub(r"[\W_]+", "", self.name_re.sub("", event))) >= 2:
                self.add("premiere_event", event, re.sub(r"\s+", "", shows.group("what")) + "を上映", prev + t)

    def _ja_works_screening(self, s: _Sent):
        """「『X』の最速上映会が12月19日に開催決定。第1話・第2話を上映する。」: the work's own screening event, named by the
        work and its kind (key 「X 最速上映会」), what it shows told in this sentence or the next one of the paragraph."""
        t = s.text
        m = _JA_WORKS_SCREENING.search(t)
        if m is None or not self.mentions(m.group("title")) or s.prev_season or self.negated(t) \
                or (m.group("season") and self._other_season_named(m.group("season"))):
            return
        i = next((k for k, x in enumerate(self.sents) if x is s), -1)
        told = [t[m.end():]] + ([self.sents[i + 1].text] if 0 <= i < len(self.sents) - 1 and self.sents[i + 1].block == s.block else [])
        for text in told:
            w = _JA_SCREENING.search(text)
            if w and not _JA_QUOTED_TITLE.search(text[:w.start()]):
                event = " ".join(x for x in (m.group("title").strip(), re.sub(r"\s+", "", m.group("season") or ""),
                                             f"{m.group('kind')}上映会") if x)
                sep = "を" if text.startswith("を", w.end("what")) else " "
                kind = w.group("kind") or ("先行" if "先行上映" in w.group() else "")
                self.add("premiere_event", event, f"{w.group('what')}{sep}{kind}上映".replace("  ", " "), t)
                return

    def _ja_titled_screening(self, s: _Sent):
        """An official site's EVENT block: a title line 「「TITLE」第2期 先行上映会」, then 日時 and 会場, then
        「内容：第1話・第2話 先行上映＋キャストトーク」: the line (naming the work) is the event, the episodes what was shown."""
        w = _JA_SCREENING.search(s.text)
        if w is None or s.prev_season or self.negated(s.text):
            return
        i = next((k for k, x in enumerate(self.sents) if x is s), -1)
        for k in range(i - 1, max(-1, i - 9), -1):   # (title, 日時, its day, 会場, the venue, 内容: a labelled block)
            line = self.sents[k]
            if line.section != s.section:
                return
            m = _JA_SCREENING_TITLE.match(line.text.strip())
            if m and line.mentions and not line.prev_season and not self._other_season_named(line.text):
                event = re.sub(r"^(?:TV|テレビ)?アニメ\s*", "", re.sub(r"[「『]([^」』]+)[」』]\s*", r"\1 ", m.group("ev")).strip())
                at = _EVENT_NAME_RX.search(line.text) or _JA_EVENT_QUOTE.search(line.text)
                if at and not self.mentions(at.group("event")) and (at.re is _EVENT_NAME_RX or _names_event(at)):
                    event = at.group("event").strip()   # 「AnimeJapan 2027 「X」スペシャルステージ」: the work's stage at that event
                sep = "を" if s.text.startswith("を", w.end("what")) else " "
                kind = w.group("kind") or ("先行" if "先行上映" in w.group() else "")   # 「第1話 先行上映」
                self.add("premiere_event", event, f"{w.group('what')}{sep}{kind}上映".replace("  ", " "), line.text + s.text)
                return

    def _ja_today(self, t: str, s: _Sent, at: int = -1) -> str:
        """「本日、第2弾PVを公開」, or 「あわせて…ティザーPVも公開」 after a sentence saying 本日: the publication day. A video
        the sentence calls earlier (「先日公開された特報に続き、本日PV第1弾が解禁」: the teaser at `at`) is not today's."""
        pub = self.published
        if s.section == -2 or s.heading or (at >= 0 and _JA_EARLIER_VIDEO.search(t, max(0, at - 14), at)):
            return ""
        if pub is None or pub.day is None:
            return self._ja_item_day(t, s)   # an official site's news list dates its items, not the page
        if "本日" in t:
            return pub.iso()
        if _JA_YESTERDAY_RELEASED.search(t):   # 「昨日公開されたPV第2弾」: the day before the article's
            return (pub.as_date() - _dt.timedelta(days=1)).isoformat()
        item = self._ja_item_day(t, s)
        if item:
            return item
        i = next((k for k, x in enumerate(self.sents) if x is s), -1)
        if i > 0 and re.match(r"(?:あわせて|併せて|同時に|また)", t) and self.sents[i - 1].block == s.block \
                and "本日" in self.sents[i - 1].text:
            return pub.iso()
        if _JA_WITH_NEWS.search(t) and not find_dates(t, published=pub):
            return pub.iso()   # 「延期の発表にあわせ、ティザーPV第2弾が公開された」: released with this news
        return ""

    def _ja_item_day(self, t: str, s: _Sent) -> str:
        """「PV第2弾を公開しました!」 in a news list's item: the item's own date stamp."""
        if not re.search(r"公開(?:しました|いたしました|となりました|!)", t):
            return ""
        return self._news_item_date(next((k for k, x in enumerate(self.sents) if x is s), -1)) or ""

    def _ja_news_lead(self, t: str, s: _Sent, m: re.Match) -> str:
        """「TVアニメ『X』の第2弾PVが公開された。」 as a dated article's lead (no date in it, nothing earlier about it): the
        news is the release, so the video came out on the article's day (as "has released the second trailer" does)."""
        pub = self.published
        if pub is None or pub.day is None or s.section == -2 or s.heading or not s.mentions or s.prev_season:
            return ""
        verb = re.search(r"(?:公開|解禁|お披露目)$", m.group())   # (the video, then its verb: not 「公開された第2弾PVでは」)
        if not verb or not _JA_RELEASED_NOW.match(t, m.start() + verb.start()) or _JA_BEFORE_NOW.search(t) \
                or find_dates(t, published=pub):
            return ""
        i = next((k for k, x in enumerate(self.sents) if x is s), -1)
        body = [k for k in range(i) if self.sents[k].section != -2 and not self.sents[k].heading]
        return pub.iso() if len(body) <= 1 else ""   # (the lead: at most one body sentence before it)

    def _ja_row_head_day(self, t: str, s: _Sent, m: re.Match) -> str:
        """「2026.06.01 TVアニメ化決定！ ティザーPV公開」: a news row whose day heads its line and whose video's release is
        a later sentence of that row (no date of its own, released now, not planned): the row's day is the video's."""
        verb = re.search(r"(?:公開|解禁|お披露目)$", m.group())
        if not verb or not _JA_RELEASED_NOW.match(t, m.start() + verb.start()) or _JA_BEFORE_NOW.search(t) \
                or _ROW_OWN_TIME_WORD.search(t) or self.dates(t):
            return ""   # (「ティザーPVは12月公開」「来週公開」: the video's own, later time)
        i = next((k for k, x in enumerate(self.sents) if x is s), -1)
        k = i
        while k > 0 and self.sents[k - 1].block == s.block:
            k -= 1
        if k == i and i > 0 and len(t) <= 60 and self.sents[i - 1].block != s.block:
            head = _ROW_DAY_CELL.fullmatch(self.sents[i - 1].text)   # 「<time>2026.11.20</time><span>映像</span><p>第1弾PVを公開しました</p>」
        elif k == i or i - k > 2 or sum(len(x.text) for x in self.sents[k:i + 1]) > 120:
            return ""   # (the row's first sentence reads its own day; a long block is a paragraph, not a row)
        else:
            head = _ROW_HEAD_DAY.match(self.sents[k].text)
        return f"{head.group(1)}-{int(head.group(2)):02d}-{int(head.group(3)):02d}" if head else ""

    def _ja_month_word(self, t: str) -> str:
        """「先月公開されたPV第1弾」「今月解禁の特報」: the video's month, counted from the publication date."""
        pub = self.published
        m = _JA_MONTH_WORD_RELEASED.search(t) if pub is not None and pub.month is not None and "月" in t else None
        if not m:
            return ""
        y, mo = pub.year, pub.month - (1 if m.group(1) == "先" else 0)
        if mo == 0:
            y, mo = y - 1, 12
        return f"{y:04d}-{mo:02d}"

    def _ja_theme_heading(self, s: _Sent) -> bool:
        """A theme song's own sub-heading (「オープニングテーマはX」) in an article whose page is about the work."""
        heading = self.headings.get(s.section, "")
        return bool(re.search(r"(?:オープニング|エンディング|OP|ED)(?:テーマ|主題歌)", heading)) and not _JA_QUOTED_TITLE.search(heading)

    def _ja_with_announcement(self, t: str, at: int) -> str:
        """「あわせて…第1弾PVが公開された」「ティザーPVも公開された」: released with the news the sentence before
        dates (「…2027年に放送されることが11月20日、分かった」「12月19日、…において…発表された」)."""
        if not (_JA_ALONG.search(t, 0, at + 40)):
            return ""
        i = next((k for k, x in enumerate(self.sents) if x.text == t), -1)
        for k in range(i - 1, max(-1, i - 3), -1):
            prev = self.sents[k].text
            if not _JA_NEWS_VERB.search(prev):
                continue
            days = [d for d in self.dates(prev) if d.date and d.date.rank == 3
                    and not _JA_FROM_AFTER.match(prev, d.end) and not _JA_PREMIERE_AFTER.match(prev, d.end)
                    and not self._after_the_article(d.date)]   # (a day past the article's is a plan, never its news day)
            if len(days) == 1:
                return days[0].date.iso()
            # 「来年3月19日に公開される…ことが26日、発表された」: the premiere is not the news day; the bare day is
            return self._ja_bare_day(prev) if not days else ""
        return ""

    def _ja_other_titles_kind(self, t: str, at: int) -> bool:
        """「「OTHER」のオープニングテーマ」: the song's kind right after another quoted title (not this work's)."""
        m = _JA_TITLE_OWNS_KIND.search(t, max(0, at - 70), at) if at > 0 and t[at - 1] in "の」』" else None
        return m is not None and not self.mentions(m.group("w")) and not self.own_season(m.group("w"))

    def _after_the_article(self, d) -> bool:
        """Is this date later than the article's own day (a broadcast or sale to come, never the day news broke)?"""
        pub = self.published
        return pub is not None and pub.day is not None and d.iso() > pub.iso()

    def _ja_event_day(self, t: str, s: _Sent) -> str:
        """「会場のスクリーンでPV第2弾が初お披露目されました」: shown at the event the article reports, on the day
        an earlier sentence says it was held (「…が、2027年3月14日(日)に…にて開催されました」)."""
        if not _JA_AT_EVENT.search(t) or self.dates(t):
            return ""
        i = next((k for k, x in enumerate(self.sents) if x is s), -1)
        for k in range(i - 1, -1, -1):
            held = self.sents[k].text
            if "開催" in held:
                days = [d for d in self.dates(held) if d.date.rank == 3]
                return days[0].date.iso() if len(days) == 1 else ""
        return ""

    def _ja_full_name_bare(self, name: str) -> str:
        """「桐谷が演じるのは…」 in news written without honorifics: the one full name on the page that starts with the
        surname (「俳優の桐谷颯真(24)が」), when the honorific form (`_ja_full_name`) finds none."""
        if not name or len(name) > 3:
            return name
        name = self._ja_full_name(name)
        if len(name) > 3:
            return name
        rx = re.compile(re.escape(name) + r"[\u3040-\u30ff\u4e00-\u9fff]{1,4}?(?=さん|氏|[(（、。がはもを]|$)")
        # (「真壁悠さんが」: the honorific after a full three-letter name is no part of it)
        full = {m.group() for x in self.sents for m in rx.finditer(x.text)
                if not re.match(r"[のがはをにでと]|さん|氏|先生", m.group()[len(name):])}
        return full.pop() if len(full) == 1 else name

    def _ja_section_is_ours(self, s: _Sent) -> bool:
        """Japanese credits without the title in their paragraph count under a heading that names the work or
        says what the item announces (スタッフ, キャスト, 解禁…), never under another title (a digest's entry)."""
        if s.block_mentions:
            return True
        ours = self._ours_sections.get(s.section)
        if ours is None:   # (asked many times per sentence: the answer is the section's)
            ours = self._ours_sections[s.section] = self._ja_heading_is_ours(s.section)
        return ours

    def _ja_heading_is_ours(self, section: int) -> bool:
        if section == -1 and self._title_mentions():
            return True   # no heading above: an article's body, under a page title that names the work
        heading = self.headings.get(section, "")
        if self.mentions(heading):
            return True
        if _JA_QUOTED_TITLE.search(heading) and not _JA_SONG_HEADING.search(heading):
            return False   # (「OPテーマはX「Song」」 quotes a song, not another title)
        # 「■第2弾PV公開!」 on a page titled by the work (its official site, an article about it): its own news
        return bool(_JA_ITEM_HEADING.search(heading)) or (self._title_mentions() and not _names_other_title(heading))

    def _news_item_date(self, i: int) -> str | None:
        """The date line right above this news item's heading ("2026.10.01 MOVIE" then "PV第1弾を公開しました!"):
        a news list's item says "released" on its own day."""
        if i < 0:
            return None
        sec = self.sents[i].section
        for x in self.sents[max(0, i - 3):i]:   # "2026.08.15 INFO TV anime announced! Teaser PV released": one line
            m = _ITEM_DATE_LEAD.match(x.text) if x.block == self.sents[i].block else None
            if m:
                return PartialDate(int(m.group(1)), int(m.group(2)), int(m.group(3))).iso()
        stamp = self._stamp_line_above(i)
        if stamp:
            return stamp
        before = [x for x in self.sents[max(0, i - 8):i] if x.block < sec and x.block >= sec - 2 and not x.heading]
        for x in reversed(before):
            m = _ITEM_DATE.match(x.text)
            if m:
                return PartialDate(int(m.group(1)), int(m.group(2)), int(m.group(3))).iso()
        return None

    def _stamp_line_above(self, i: int) -> str | None:
        """A flat news list (no heading per item) prints each item's date stamp as a line of its own right above
        the item's headline (<time>2026.11.13</time><span>MOVIE</span> then <p>PV2 released!</p>; <dt> then <dd>):
        the stamp of the line just before this sentence's block, in the same section; nothing else is the item's."""
        first = i
        while first > 0 and self.sents[first - 1].block == self.sents[i].block:
            first -= 1
        if first == 0:
            return None
        prev = self.sents[first - 1]
        if prev.heading or prev.section != self.sents[i].section or prev.block != self.sents[i].block - 1:
            return None
        m = _ITEM_DATE.match(prev.text)
        return PartialDate(int(m.group(1)), int(m.group(2)), int(m.group(3))).iso() if m else None

    def japanese_gazetteer(self, t: str):
        """「配信はdアニメストア、U-NEXTにて…」「BS日テレでも…放送」: any known network or service named in a sentence
        about airing or streaming the work is one (a service streams, a station broadcasts)."""
        for m in _JA_GAZ.finditer(t):
            name = m.group().strip()
            canon = ORG_ALIASES.get(fold(name))
            if not canon:
                continue
            field = "streaming" if canon in _STREAM_CANON else "broadcaster"
            self.add(field, org_key(name), name, t)

    def _ja_gazetteer_clause(self, part: str, t: str):
        """The networks of the one clause of a sentence that says nothing is unknown (the rest of it does)."""
        for m in _JA_GAZ.finditer(part):
            name = m.group().strip()
            canon = ORG_ALIASES.get(fold(name))
            if canon:
                self.add("streaming" if canon in _STREAM_CANON else "broadcaster", org_key(name), name, t)

    def japanese_streams(self, t: str, evidence: str | None = None):
        """「Netflixにて世界独占配信」: the service, with 世界 (worldwide) kept when said."""
        topic = _JA_TITLES_TOPIC.match(t) if t[:1] in "『「" else None
        if topic and not self.mentions(topic.group()):
            return   # 「『OTHER』『OTHER2』はU-NEXTで見放題配信中」: another title's (an affiliate box's) service
        for m in _JA_STREAM.finditer(t):
            val = m.group("svc")
            if "世界" in m.group():
                val += "（世界独占配信）" if "独占" in m.group() else "（世界配信）"
            self.add("streaming", org_key(m.group("svc")), val, evidence or t)

    # ------------------------------------------------------------------ cast
    def cast(self, s: _Sent):
        raw = s.text
        for m in _CAST3.finditer(raw):
            self._cast(m.group("char"), m.group("actor"), raw, allow_one_word=True)
        text = self.stripped(raw)
        for m in (_CAST1B.finditer(text) if ", who" in text else ()):
            self._cast(m.group("char"), m.group("actor"), raw)
        paired = [m for m in (_PAIRED_CAST.finditer(text) if text.count(" and ") >= 2 else ()) if self._paired_cast(m, text, raw)]
        for v in _CAST_VERB_RX.finditer(text):
            if paired and any(m.start() <= v.start() < m.end() for m in paired):
                continue   # "A and B return as X and Y": read in pairs above, not "B returns as X and Y"
            adv = _ADVERB_END.search(text, max(0, v.start() - 24), v.start())
            # "X once again voices Y", "X also returns as Y": the adverb sits between the actor and the verb
            a = _actor_before(text, adv.start() if adv else v.start())
            via_who = False
            if a is None:   # "Touma Ishiguro, who will voice Kyle": the relative clause's antecedent
                vs = adv.start() + 1 if adv else v.start()   # ("sung by X, who also stars … as Y": past the adverb)
                w = _WHO_BEFORE.search(text, max(0, vs - 12), vs)
                a = _actor_before(text, w.start()) if w else None
                via_who = a is not None
            if a is None:   # "Newcomer Hina Aoki, 14, voices Tsugumi": the actor's age set apart
                ag = _AGE_ASIDE.search(text, max(0, v.start() - 12), v.start())
                a = _actor_before(text, ag.start()) if ag else None
            c = _CHAR_AFTER.match(text, v.end())
            if not a or not c:
                continue
            actor, a_start, a_end = a
            if _PREP_END.search(text, max(0, a_start - 8), a_start) and not (
                    (v.group().startswith("in") or via_who) and re.search(r"\bby\s*$", text[max(0, a_start - 8):a_start])):
                continue  # "who voiced Mirel in Sky Lantern, will voice …": not the subject ("sung by X in character as Y" is)
            other = _IN_OTHER_WORK.match(text, c.end())
            if other and not self.mentions(re.split(r"\s+(?:and|but|while|who|which)\s+|[,;.]", text[other.end() - 1:other.end() + 60])[0]):
                continue  # "who lends her voice to Mira in Glass Crown": a role in another work
            if _CAST_MID_BAD.search(text, a_end, v.start()) or _DESC_BAD.search(text, v.end(), c.start("char")):
                continue  # "announced as directing the anime at Studio X", "as composer, with Y"
            if _DESC_STAFF.search(text, v.end(), c.start("char")):
                continue  # "X joins as art director and Y comes aboard as …": a staff credit, Y no character
            self._cast(c.group("char"), actor, raw)
        for m in (_CAST_GERUND.finditer(text) if ("voicing" in text or "playing" in text or "portraying" in text or "ing as " in text) else ()):
            other = _IN_OTHER_WORK.match(text, m.end())
            if not (other and not self.mentions(re.split(r"\s+(?:and|but|while|who|which)\s+|[,;.]", text[other.end() - 1:other.end() + 60])[0])):
                self._cast(m.group("char"), m.group("actor"), raw)   # "with Rei Aso voicing Mira" (not "… voicing Mira in Other")
        for m in (_CAST_INV.finditer(text) if "Playing" in text or "Voicing" in text else ()):
            self._cast(m.group("char"), m.group("actor"), raw)   # "Playing the lead role of Vey is Mai Tsuda"
        if " by " in text:
            for m in _CAST2.finditer(text):
                self._cast(m.group("char"), m.group("actor"), raw)
        for m in (_CAST_IS.finditer(text) if " is the " in text else ()):
            self._cast(m.group("char"), m.group("actor"), raw, allow_one_word=False)
        if " is " in text and ("’s " in text or "'s " in text) and _CAST_VERB_RX.search(text):
            for m in _CAST_IS_REL.finditer(text):
                self._cast(m.group("char"), m.group("actor"), raw, allow_one_word=False)
        if " is " in text and _CAST_VERB_RX.search(text):
            for m in _CAST_IS_NAMED.finditer(text):   # "…, and Haru Ibuki is Nanase, the ghost who …"
                char = m.group("char")
                if _PREP_END.search(text, max(0, m.start() - 8), m.start()) or _STAFF_WORD_END.search(text, max(0, m.start() - 16), m.start()) \
                        or char.lower() in _NATIONALITY or _NETWORK.fullmatch(char) or _ST_WORD.search(char):
                    continue   # "director Jun Ono is …", "X is Japanese, a …", "Y is Netflix, the …": no part
                self._cast(char, m.group("actor"), raw, allow_one_word=False)
        vm = _CAST_VERB_RX.search(text) if " is " in text and " voices " in text else None
        lead = _CAST_IS_LEAD.match(text) if " is " in text else None
        if lead and (lv := _CAST_VERB_RX.search(text, lead.end())) and _CAST_IS_LEAD_JOIN.match(text, lead.end(), lv.start()):
            self._cast_is_pair(lead, text, raw)   # "X is A, and Y plays B": the first pair of a cast list led by "is"
        for m in (_CAST_IS_CHAIN.finditer(text, vm.end()) if vm else ()):   # "X voices A, Y is B and Z is C"
            char = m.group("char")
            if char.lower() in _NATIONALITY or _NETWORK.fullmatch(char) or _ST_WORD.search(char):
                continue
            self._cast(char, m.group("actor"), raw, allow_one_word=False)
        for m in (_CAST_IS_DESC.finditer(text) if (" is the " in text or " is their " in text or " is his " in text or " is her " in text)
                  and _CAST_VERB_RX.search(text) else ()):   # ("…, and Z is their cranky coach Master Hayasaka")
            if not _PREP_END.search(text, max(0, m.start() - 8), m.start()):
                self._cast(m.group("char"), m.group("actor"), raw, allow_one_word=False)
        for m in (_ROLE_GOES.finditer(text) if "role of" in text else ()):
            self._cast(m.group("char"), m.group("actor"), raw, allow_one_word=False)
        for am in (_AS_RX.finditer(text) if " as " in text else ()):
            at = am.end()
            vo = _AS_VOICE_OF.match(text, at) if text.startswith("voice", at) else None
            if vo:   # "veteran X as the voice of the dragon Vel": the part voiced
                at = vo.end()
            c = _CHAR_AT.match(text, at)
            if not c:   # "as the old postmaster Mr. Tokiwa", "with X as club president Kaede": a described part
                d = _AS_DESC.match(text, at)
                c = _CHAR_AT.match(text, d.end()) if d and d.end() > at else None
            if not c:   # "opposite X as her grandfather Genzo": the part named after who they are to the lead
                d = _AS_KIN.match(text, at)
                c = _CHAR_AT.match(text, d.end()) if d else None
            a = _actor_before(text, am.start(), _ACTOR_END_TIGHT) if c else None
            if not a and c and "credited" in text:
                cr = _CREDITED_AS_BEFORE.search(text, max(0, am.start() - 80), am.start())
                if cr:   # "A third, Hideo Saito, is credited at the end as the Bellkeeper": a voice credit
                    a = (cr.group("actor"), cr.start("actor"), cr.end("actor"))
            if not a:
                continue
            if _SUCCEEDS_END.search(text, max(0, a[1] - 70), a[1]):
                a = _successor(text, a[1])   # "X replaces Y as Kaede": the recast part is X's
                if not a:
                    continue
            actor, a_start, _ = a
            if _CAST4_BAD_BEFORE.search(text, max(0, a_start - 24), a_start):
                continue
            char = c.group()
            ext = _CHAR_TAIL.match(text, c.end())
            if ext:  # "Ami Naito as Demon child (ep 7)": a list line's lower-case tail is part of the role
                char += ext.group()
            role = _ROLE_WORDS.get(char.lower().rstrip("s")) or _ROLE_WORDS.get(char.lower())
            if role or char.lower() in ("producer", "director", "screenwriter", "character designers",
                                        "character designer", "composer"):
                who = _tidy_name(actor)
                if len(who.split()) >= 2:
                    self.add("staff", role or _role(char), who, raw)   # "Kazuya Ichikawa as the Director"
                continue
            self._cast(char, actor, raw)

    def _part_full_name(self, char: str, actor: str) -> str:
        """"… follows Suzu Amagase, a girl …" then "X voices Suzu": the part as first written, in full, when the
        work's sentences write exactly one full name starting with that given name (and it is nobody's credit)."""
        if self._own_text is None:
            self._own_text = "\n".join(x.text for x in self.sents)
        if char not in self._own_text or not char[:1].isupper():
            return char
        people = {f.value for f in self.facts if f.field in ("cast", "staff")} | {actor}
        firsts = {p.split()[0] for p in people if p.split()}
        # (the full name in one sentence, then its description: "Suzu Amagase, a girl …", "Kanade Oyama (…)")
        fulls = {m.group() for m in re.finditer(rf"(?<![\w’'-]){re.escape(char)} [A-Z][a-z’'-]+(?![\w’'-])(?=\s*[,(]|\s+(?:is|was|a|an|the|who)\b)",
                                                self._own_text)}
        fulls = {f for f in fulls if fold(f) not in {fold(p) for p in people} and f.split()[1] not in _NOT_SURNAME
                 and f.split()[1] not in firsts}
        return fulls.pop() if len(fulls) == 1 else char

    def _cast_is_pair(self, m, text: str, raw: str) -> None:
        """An "Actor is Part" pair of a cast list (`_CAST_IS_LEAD`), unless the part is a nationality, a network or a
        studio ("X is Japanese", "Y is Netflix")."""
        char = m.group("char")
        if char.lower() in _NATIONALITY or _NETWORK.fullmatch(char) or _ST_WORD.search(char):
            return
        self._cast(char, m.group("actor"), raw, allow_one_word=False)

    def _paired_cast(self, m, text: str, raw: str) -> bool:
        """Two actors and two parts of one clause (`_PAIRED_CAST`), paired in order; none when the parts are another
        work's ("… as X and Y in Other Title") or a staff credit comes first. True when the clause was read (or was
        another work's): its verb is then no single actor's."""
        if _PREP_END.search(text, max(0, m.start() - 8), m.start()) or _STAFF_WORD_END.search(text, max(0, m.start() - 16), m.start()):
            return False   # "directed by A and B …", "composers A and B": not the cast's subject
        other = _IN_OTHER_WORK.match(text, m.end())
        if other and not self.mentions(re.split(r"\s+(?:and|but|while|who|which)\s+|[,;.]", text[other.end() - 1:other.end() + 60])[0]):
            return True
        self._cast(m.group("c1"), m.group("a1"), raw)
        self._cast(m.group("c2"), m.group("a2"), raw)
        return True

    def _cast(self, char: str, actor: str, evidence: str, allow_one_word: bool = False):
        actor = _tidy_name(actor)
        poss = re.match(r"(?P<w>.+?)[’']s\s+(?P<c>.+)$", char)
        if poss and self.mentions(poss.group("w")):
            char = poss.group("c")   # "Reed Anchor's Tessa will be played by …": the work's possessive, not the name
        char = _tidy_char(char)
        if char[:1] in _JA_LEAD_PARTICLE_FIRST or char[:1] == "の":
            char = _ja_char(char)   # 「『T』の局長・ゴードン（CV：X）」: the title's particle and the description before the name
        if not actor or not char:
            return
        if actor[-1] in "'’\"”" or self.mentions(actor):
            return   # "Rights to 'The Salt Cartographer' as Committee Lines Up …": a quoted title, no actor
        if not allow_one_word and len(actor.split()) < 2:
            return
        if any(w.lower() in _CREDIT_WORDS for w in actor.split()):
            return
        if char.lower() in _NOT_CHAR or self.mentions(char) or fold(char) == fold(actor):
            return
        if _ROLE_WORDS.get(char.lower()):
            return
        if re.search(r"\b(?:Season|Episode|Part|Volume|Chapter)\b", char):
            return
        if " " not in char:
            char = self._part_full_name(char, actor)
        dub = _DUB.search(evidence)
        if dub and dub.group(1).lower() != "japanese":
            char = f"{char} [{dub.group(1).capitalize()}]"   # FACTS.md: a dub's cast keys carry the language
        self.add("cast", char, actor, evidence)

    # ------------------------------------------------------------------ staff
    def staff(self, s: _Sent):
        raw = s.text
        text = self.stripped(raw)
        # "he's also handling …" -> "he is also handling"; "is once again handling" -> "is handling"
        # (each substitution only when the text holds what every match contains)
        if "e’s" in text or "e's" in text:
            text = re.sub(r"\b([Hh]e|[Ss]he)[’']s\b", r"\1 is", text)
        if "again" in text or "still" in text or "now" in text:
            text = re.sub(r"\b(is|are|will\s+be)\s+(?:once\s+again|again|still|now)\s+", r"\1 ", text)
        found: list[tuple[str, str]] = []
        for m in (_PAREN_ROLE.finditer(raw) if "(" in raw else ()):   # "Aki Mori (director), Jun Oda (series composition)"
            who = _tidy_name(m.group("who"))
            if len(who.split()) >= 2 and not self.mentions(who):
                for r in re.split(r"\s*(?:,\s*and|,|/|&|\band)\s*", m.group("roles")):
                    if r.strip():
                        found.append((_PAREN_ROLE_WORDS.get(r.strip().lower()) or _role(r), who))
        for m in (_SERVES_PRODUCER.finditer(text) if "producer" in text else ()):
            found.append((re.sub(r"\s+", " ", m.group("role").lower()), m.group("who")))   # "X of Studio Y serves as producer"
        for m in (_DIRECTING_IS.finditer(text) if "Direct" in text else ()):
            found.append(("director", m.group("who")))
        for m in (_ROLE_THEN_REPLACES.finditer(text) if ":" in text else ()):
            found.append((_role(m.group("role")), m.group("who")))   # "The character designs are new: X replaces Y"
        if "own" in text and "direct" in text:
            found.extend(self._own_screenplay(text))   # "Mikuriya directs from her own original screenplay"
        for m in (_PRODUCING_END.finditer(text) if "producing" in text else ()):
            if not _ST_WORD.search(m.group("who")):
                found.append(("producer", m.group("who")))   # "…, where Tetsuya Oribe is producing."
        # "PERSON is directing …", "PERSON is the sound director and chief animation director"
        last_who: str | None = None
        last_end = -1
        preds = []
        low = text.lower()
        present = {g for g in _PRED_GUARD_WORDS if g in low}   # each guard word looked for once, not once per pattern
        for (rx, roles), guard, verbs in zip(_PRED, _PRED_GUARDS, _PRED_VERBS):
            if present.isdisjoint(guard) or (verbs and not _may_hold(text, verbs)):
                continue
            for m in rx.finditer(text):
                preds.append((m.start(), m.end(), roles, m))
        has_role_word = may_contain_i(text, _ROLE_TOKENS)
        for m in (_IS_ROLE.finditer(text) if has_role_word else ()):
            roles = [_role(r) for r in re.split(r"\s*(?:,\s*and|,|and)\s+(?:also\s+)?(?:the\s+)?", m.group("roles")) if r]
            preds.append((m.start(), m.end(), roles, m))
        preds.sort(key=lambda p: p[0])
        for start, end, roles, m in preds:
            if _ON_EARLIER_SEASON.match(text, end):
                continue   # "X, who was credited as chief animation director on the first season": that season's credit
            if _PAST_DUTY.match(m.group()) and re.match(r"\s+(?:on|for|in)\s+(?:the\s+)?(?:first|previous|prior|last|earlier|original|1st)\s+"
                                                        r"(?:season|series|cour|film|movie|installment)", text[end:end + 40], re.I):
                continue   # "X handled character design on the first season": an earlier credit
            tail = _OBJ_OTHER.match(text, end)
            obj = re.split(r"\s+(?:and|but|while|who|which)\s+|[,;.]", text[tail.end() - 1:tail.end() + 60])[0] if tail else ""
            if tail and not self.mentions(obj) and not self._our_studio(obj):
                continue   # "handles character designs for OTHER TITLE", "helms OTHER TITLE": another work's credit
            head = _WHICH_CLAUSE_END.sub(" ", text[max(0, start - 90):start])
            who = _subject_before(_WHO_CLAUSE_END.sub(" ", _lead_aside_stripped(head)))
            if who is None and ", a" in head:   # "X, a studio veteran best known for …, takes over as director"
                who = _subject_before(_A_NOUN_ASIDE_END.sub(" ", head))
            if who is None and start > 90 and ", who " in text[max(0, start - 150):start - 60]:
                # "X, who worked under season one's designer Y as an animation director, is promoted to …": a long
                # relative clause (up to _WHO_CLAUSE_END's 100 characters) pushes X out of the 90 looked at
                who = _subject_before(_WHO_CLAUSE_END.sub(" ", _WHICH_CLAUSE_END.sub(" ", text[max(0, start - 150):start])))
            if who is None:   # "Mizuhara, who …, wrote the screenplay": a surname named in full before
                sm = _SURNAME_END.search(_WHO_CLAUSE_END.sub(" ", head))
                full = self._full_name(sm.group(1)) if sm else ""
                who = full if " " in full else None
            if who is None and " who " in head:
                wm = _WHO_AND_PRED.search(head)   # "Y, who directed the first two seasons and is credited as chief director"
                who = _tidy_name(wm.group("who")) if wm and len(_tidy_name(wm.group("who")).split()) >= 2 else None
            if who is None and _PRONOUN_SUBJ.search(head):
                # "Directing is X; he is also handling series composition": the last person named before
                people = [p for p in re.finditer(_PERSON, text[:start]) if not self.mentions(p.group())]
                who = _tidy_name(people[-1].group()) if people else self._named_just_before(s)
            if who is None and last_who is not None and last_end >= 0:
                between = text[last_end:start]
                if re.fullmatch(r"[^.;]{0,80}?\b(?:and|,)\s*(?:is\s+|are\s+|will\s+)?(?:also\s+)?", between) and not re.search(_PERSON, between):
                    who = last_who
            if who is None:
                continue
            co = _co_subject(head, who, m.group())
            for r in roles:
                if r == "@role":
                    r = _role(m.group("role"))
                if r == "@duty":
                    r = _DUTY_ROLE.get(re.sub(r"\s+", " ", m.group("duty").lower()))
                    if r == "screenplay" and re.match(r"(?:\w+\s+)*?(?:overs|supervis)", m.group(), re.I):
                        r = "series composition"   # "overseeing the series' scripts": the series composition
                    if not r:
                        continue
                if r == "@dub":
                    r = f"{re.sub(r'[ ]+', ' ', m.group('lang').lower())} dub director"
                if r == "@obj":
                    obj = re.search(r"directing\s+the\s+(\w+)", m.group(), re.I)
                    r = _PRED_OBJ.get(obj.group(1).lower()) if obj else None
                    if not r:
                        continue
                found.append((r, who))
                if co:
                    found.append((r, co))
            last_who, last_end = who, end
        # "at the helm as the chief director is PERSON", "character designer will be … PERSON"
        for m in (_ROLE_FIRST.finditer(text) if has_role_word and (" is " in text or " be " in text) else ()):
            role = _role(m.group("r1") or m.group("r2"))
            pre = text[max(0, m.start() - 40):m.start()]
            if m.group("r2") and _title_before(pre):
                continue
            rest = re.split(r",|\s+(?:who|which|while|with)\b", m.group("rest"))[0]
            who = _trailing_person(rest.strip())
            if who:
                found.append((role, who))
        for m in (_AS_ROLE_T.finditer(text) if has_role_word and " as " in text else ()):
            a = _actor_before(text, m.start(), _ACTOR_END_TIGHT)
            if not a:
                continue
            pre = text[max(0, a[1] - 24):a[1]]
            if _CAST4_BAD_BEFORE.search(pre) and not re.search(r"\bwith\s*$", pre):
                continue
            if "which" in text and self._other_titles_aside(text, m.start()):
                continue   # "… worked on OTHER TITLE, which was animated with Y as director": that title's credit
            if _ON_EARLIER_SEASON.match(text, m.end()):
                continue   # "Y, who was credited as chief animation director on the first season": that season's credit
            if _SUCCEEDS_END.search(text, max(0, a[1] - 70), a[1]):
                a = _successor(text, a[1])   # "X replaces Y as director": X holds the role now, Y held it before
                if not a:
                    continue
            found.append((_role(m.group("role")), _tidy_name(a[0])))
            also = _AND_ALSO_SERVES_AS.match(text, m.end()) if " and " in text[m.end():m.end() + 6] else None
            if also:   # "X replaces Y as character designer and also serves as chief animation director"
                found.append((_role(also.group("role")), _tidy_name(a[0])))
        for m in (_WHO_ALSO_CREDITED.finditer(text) if ", who " in text and has_role_word else ()):
            for who in (m.group("who"), m.group("co")):
                if who and not self.mentions(who):
                    found.append((_role(m.group("role")), _tidy_name(who)))   # "Y, who is also credited as chief animation director"
        for m in (_REPLACES_ON.finditer(text) if " on " in text and may_contain_i(text, ("replaces", "succeeds", "over from", "in for")) else ()):
            role = _WITH_ON_ROLE.get(re.sub(r"\s+", " ", m.group("what").lower()))
            if role and not self.mentions(m.group("who")):
                found.append((role, _tidy_name(m.group("who"))))   # "X replaces Season 1 composer Y on music"
        if may_contain_i(text, ("replac", "succeed", "over from", "in for")):
            found.extend(self._role_holder_replaced(text))
        for m in (_BY_ROLE.finditer(text) if " by " in text or " from " in text else ()):
            if _TAKES_OVER_END.search(text, max(0, m.start() - 40), m.start()):
                continue   # "takes over series composition from Y": Y held it before
            if m.group("verb") and _SOURCE_BEFORE_BY.search(text, max(0, m.start() - 40), m.start()):
                continue   # "the light novel series written by X": the source's author, not the screenplay
            if m.group("verb") and _PIECE_BEFORE_BY.search(text, max(0, m.start() - 40), m.start()):
                continue   # "a music video directed by X": the video's director, not the anime's
            if m.group("verb"):
                qt = _TITLE_BEFORE_BY.search(text, max(0, m.start() - 90), m.start())
                if qt and not self.mentions(qt.group("t")):
                    continue   # "the studio's next project, “OTHER,” directed by X": that title's credit
            noun = re.sub(r"\s+", " ", (m.group("noun") or "").lower())
            if noun.endswith("designs"):
                noun = noun[:-1]
            role = _BY_VERB_ROLE.get((m.group("verb") or "").lower()) or _BY_VERB_ROLE.get(noun) or _role(noun)
            if role == "screenplay" and noun and _WHO_COMPOSES.match(text, m.end()):
                continue   # "Scripts come from X, who oversees the series composition": the series composition
            dub = _DUB_CREDIT.match(text[:m.start()])
            if role and dub:   # "The English dub was recorded in Burbank and directed by X": the dub's own credit
                role = f"{dub.group(1).lower()} dub {role}" if dub.group(1) else f"dub {role}"   # ("The dub was directed by X")
            if role:
                found.append((role, _tidy_name(m.group("who"))))
            if re.match(r"(?i:written\s+and\s+directed|directed\s+and\s+written)", m.group("verb") or "") and not dub:
                found.append(("screenplay", _tidy_name(m.group("who"))))   # "written and directed by X": both credits
        for m in (_POSS_ORIGINAL_DESIGNS.finditer(text) if "riginal character design" in text else ()):
            found.append(("original character design", _tidy_name(m.group("who"))))
        for m in (_BY_ILLUSTRATOR.finditer(text) if " by " in text and may_contain_i(text, ("illustrator", "artist", "mangaka")) else ()):
            self.one_word_credit(m, text, raw)
        for m in (_ADAPTED_DESIGNS.finditer(text) if "design" in text and " by " in text else ()):
            if not _ST_WORD.search(m.group("who")):
                found.append(("character design", _tidy_name(m.group("who"))))
        for m in (_ROLE_PASSES.finditer(text) if " from " in text and " to " in text and has_role_word else ()):
            found.append((_role(m.group("role")), _tidy_name(m.group("who"))))   # "design duties pass from A to B": B's now
        for m in (_ROLE_CHANGED.finditer(text) if "chang" in text and has_role_word else ()):
            found.append((_role(m.group("role")), _tidy_name(m.group("who"))))   # "the director chair has changed: X takes over"
        for m in (_WITH_ON.finditer(text) if " with " in text else ()):
            if "which" in text and self._other_titles_aside(text, m.start()):
                continue   # "… produced OTHER TITLE, which premiered in 2024 with Y on music": that title's credit
            for what in (m.group("what"), m.group("what2")):
                role = _WITH_ON_ROLE.get(re.sub(r"\s+", " ", what.lower())) if what else None
                if role:
                    found.append((role, _tidy_name(m.group("who"))))
            found.extend(_with_more_credits(text, m.end()))
        for m in (_WITH_DIRECTING.finditer(text) if " with " in text or " and " in text else ()):
            if _EARLIER_OBJ.match(text, m.end()):
                continue   # "and X directing the first season": that season's director
            if "(" in raw and not m.group("over") and re.search(re.escape(m.group("who")) + r"\s*[(（]", raw):
                continue   # "with A (director) and B (series composition) at the helm": B's role is in brackets
            found.append(("director", _tidy_name(m.group("who"))))
        for m in (_DUTY_GERUND.finditer(text) if "ing " in text else ()):
            if m.group("lang") and m.group("what").lower().startswith(("script", "screenplay")):
                # "with X writing the English script": the dub's script, its own credit (not the original's screenplay)
                found.append((f"{re.sub(r'[ ]+', ' ', m.group('lang').lower())} script", m.group("who") or m.group("who2")))
                continue
            who = m.group("who") or _member_before(text, m.start("who2"), m.group("who2"))
            found.extend((r, who) for r in _gerund_roles(m.group("verbs"), m.group("what")))
            if m.group("who"):   # "with X writing every episode's screenplay and Y on character designs": the list goes on
                found.extend(_with_more_credits(text, m.end()))
        for m in (_appos(text, raw) if has_role_word or may_contain_i(raw, _APPOS_ROLE_WORDS) else ()):
            if m.group("form") == "apposition":
                credit = self._apposition_credit(s, m.group("match"))
                if credit:
                    found.append(credit)
                continue
            pre = (m.group("pre") or "").strip()
            if _FORMER.match(pre):
                continue  # "from first-season director Y", "former director Y": a predecessor
            if _OTHER_MEDIUM_PRE.search(pre):
                continue  # "the game's own game director, X,", "manga editor X": the source's credit, not the anime's
            if pre and (pre[0].isupper() or pre[0].isdigit()) and not pre.endswith((",", ";", ":")) \
                    and pre.lower() not in _LEAD_STOP and pre.lower() not in _NATIONALITY:
                continue  # "Ultraman R/B screenwriter X", "Code Geass director X": another work's credit
            if pre.endswith(("’s", "'s")) and not re.match(r"(?:anime|series|show|film|movie|project|season)[’']s", pre, re.I):
                if not self.mentions(pre):
                    continue
            # "known for" removed already; an appositive followed by "of OTHER" names another work
            tail = text[m.end():m.end() + 12]
            if re.match(r"\s+(?:of|for|on|from)\s+[A-Z]", tail):
                continue
            if "which" in text and self._other_titles_aside(text, m.end()):
                continue  # "… produced OTHER TITLE, which the studio animated under director Y": that title's credit
            if _REL_PAST_SEASON.match(text, m.end()):
                continue  # "character designer X, who designed the first season, is now …": an earlier credit
            who = _tidy_name(m.group("who"))
            if len(who.split()) >= 2:
                found.append((_role(m.group("role")), who))
                if m.group("role").lower() in _WRITER_DIRECTOR:
                    found.append(("screenplay", who))
        for m in (_CREATOR.finditer(text) if "’s" in text or "'s" in text else ()):
            found.append(("original creator", _tidy_name(m.group("who"))))
        for m in (_SOURCE_POSS.finditer(text) if "’s" in text or "'s" in text else ()):
            if self.name_re and self.name_re.match(text, m.end()):   # "X's island mystery manga TITLE"
                found.append(("original creator", _tidy_name(m.group("who"))))
            elif m.start() == 0 and _source_gets_anime(text, m.end()) and not _OTHER_SOURCE.search(m.group()):
                found.append(("original creator", _tidy_name(m.group("who"))))   # "X's seaside manga is … from its anime debut"
        if self.name_re and ("’s " in text or "'s " in text) and _SOURCE_NOUN.search(text):
            # "few light novels … as Hina Takatsuki's Iron Saint of Velgrad": the author's possessive on the title
            for m in _POSS_PERSON.finditer(text):
                if self.name_re.match(text, m.end()) and not _ST_WORD.search(m.group("who")):
                    found.append(("original creator", _tidy_name(m.group("who"))))
        for m in (_CREDITED_ORIGINAL.finditer(text) if "original" in text and "credit" in text else ()):
            found.append(("original creator", _tidy_name(m.group("who"))))
        for m in (_SOURCE_BY.finditer(text) if " by " in text else ()):
            if m.group("cop") and not self._source_is_the_works(text[max(0, m.start() - 60):m.start()]):
                continue   # "Rust Orchard's manga is written by Y", "the spin-off novel is …": another book's author
            found.append(("original creator", _tidy_name(m.group("who"))))
        for m in (_CREDITED_TO.finditer(text) if " to " in text and "riginal " in text else ()):
            found.extend(("original creator", who) for who in self._credited_names(m.group("list")))
        for m in (_MUSIC_GROUP.finditer(text) if " by " in text or " from " in text else ()):
            who = m.group("who").strip().rstrip(".")
            if who and not self.mentions(who) and ("music", fold(who)) not in {(r, fold(w)) for r, w in found}:
                self.add("staff", "music", who, raw)
        for m in (_MUSIC_PAIR.finditer(text) if " and " in text else ()):
            found.extend(("music", m.group(g)) for g in ("a", "b", "c") if m.group(g))
        if found and _EARLIER_WORK_SUBJ.match(text) and not self.mentions(text):
            found = []   # "The director's earlier film, OTHER (2019), was scored by Y": that film's credits
        seen = set()
        passing = bool(found) and ("’s" in text or "'s" in text or may_contain_i(text, _PASSING_WORDS))
        earlier = self.earlier_spans(text) if found else []
        others = self.other_credit_spans(text) if found else []
        for role, who in found:
            who = _tidy_name(who)
            if not who or len(who.split()) < 2 or self.mentions(who):
                continue
            if earlier and role != "original creator" and self.only_in(earlier, text, who):
                continue  # "Season 1 was directed by X, while …": the earlier season's credit (the source is every season's)
            if others and self.only_in(others, text, who):
                continue  # "… last year's OTHER, which was directed by Y", "replacing Y, who designed …": not this work's
            if " dub" in text and " dub " not in role:
                role = _dub_clause_role(text, who, role)   # "… for X's dub, which Y directs": the dub's director
            if any(w.lower().strip(",.") in _CREDIT_WORDS for w in who.split()):
                continue  # "Animation Director, Key Animation Sotozaki": a credit list, not a name
            if _OCCUPATION_FIRST.match(who):
                continue  # "Novelist Orihara": an occupation and a surname, not a full name
            if role not in ("original creator", "original character design") and passing \
                    and _named_in_passing(text, who, self.mentions):
                continue  # "inspired by director X", "director X's favourite city": a mention, not a credit
            if (role, fold(who)) in seen:
                continue
            seen.add((role, fold(who)))
            self.add("staff", role, who, raw)

    def _role_holder_replaced(self, text: str) -> list[tuple[str, str]]:
        """(role, newcomer) where a sentence names the predecessor by his role's title ("X replaces Season 1 composer
        Y", "The first season's composer, Y, is replaced by X"): the title is the role the newcomer holds now."""
        out = []
        for rx in (_REPLACES_ROLE_HOLDER, _ROLE_HOLDER_REPLACED_BY):
            for m in rx.finditer(text):
                who = _tidy_name(m.group("who"))
                if who and not self.mentions(who) and not self.mentions(m.group("pred")):
                    out.append((_role(m.group("role")), who))
        return out

    def _own_screenplay(self, text: str) -> list[tuple[str, str]]:
        """"X directs from her own (original) screenplay": X both directs and wrote the screenplay (a surname
        alone is the person named in full before)."""
        m = _FROM_OWN_SCREENPLAY.search(text)
        pm = _SUBJECT_NAME_END.search(text, 0, m.start()) if m else None
        who = self._full_name(pm.group("who")) if pm else ""
        if len(who.split()) < 2:
            return []
        return [("director", who), ("screenplay", who)]

    def _our_studio(self, name: str) -> bool:
        """"X is the animation producer for Wavecrest": the object is the work's studio (found so far), not a title."""
        n = fold(name)
        return bool(n) and any(f.field == "studio" and (fold(f.value).startswith(n) or n.startswith(fold(f.value)))
                               for f in self.facts)

    def _credited_names(self, listed: str) -> list[str]:
        """The names of "A and the writing unit B" (a surname alone resolved to the full name named before); the
        list ends at the first piece that is not a name ("A, who wrote …")."""
        names = []
        for piece in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*", listed.strip()):
            im = _CREDITED_TO_ITEM.fullmatch(piece.strip())
            if im is None:
                break
            names.append(self._full_name(im.group("who")))
        return names

    def one_word_credit(self, m: re.Match, text: str, raw: str):
        """A one-word pen name the sentence calls an illustrator ("original character designs by illustrator Kuu"):
        staff names are two words or more elsewhere, but the word "illustrator" says this one is a person."""
        who = m.group("who")
        if self.mentions(who) or who.lower() in _CREDIT_WORDS:
            return
        earlier = self.earlier_spans(text)
        if earlier and self.only_in(earlier, text, who):
            return
        noun = re.sub(r"\s+", " ", m.group("noun").lower())
        self.add("staff", _role(noun[:-1] if noun.endswith("designs") else noun), who, raw)

    # ------------------------------------------------------------------ studio
    def studio(self, s: _Sent):
        raw = s.text
        text = self.stripped(raw)
        low = raw.lower()
        names = []
        if "studio" in low:
            for m in _ST_STUDIO_VERB.finditer(raw):
                word = raw[m.start():m.start() + 6]
                names.append(("Studio " + m.group("n")) if word == "Studio" else m.group("n"))
            if " as the " in text:
                names.extend(m.group("n") for m in _ST_AS_STUDIO.finditer(text))
        if "animat" in low or "produc" in low or " made " in low or ("mov" in low or "shift" in low or "switch" in low) and (
                "sequel" in low or "season" in low):   # ("the sequel has moved to Studio Q": no animation word)
            for rx, need in _ST_NEEDS:
                if not any(w in text for w in need):
                    continue  # a word every match of rx contains is missing: no match
                for m in rx.finditer(text):
                    if "which" in text and self._other_titles_aside(text, m.start()):
                        continue   # "… on OTHER TITLE, which premiered in 2024 and was animated by Studio L"
                    if rx is _ST_MOVES and m.group("seq") and (not _STUDIO_NAME_WORD.search(text, m.start("n") - 7, m.end("n"))
                                                               or not self.season_no or _SEASON_NUMBERED.search(m.group("seq")) and not self.own_season(m.group("seq"))):
                        continue   # "the sequel moves to Netflix": a studio by name only; and only a sequel's page's own season
                    moved = rx is _ST_MOVES and not re.match(r"(?:[Aa]nimation\s+)?[Pp]roduction", m.group())
                    if s.prev_season and not moved and (re.match(r"(?:was|were|had)\b", m.group()) or _PAST_BEFORE.search(text, 0, m.start())):
                        continue  # "the first season … was animated by Studio P": an earlier season's studio
                    if rx is _ST_SUBJ and self._animates_other_title(text, m.end()):
                        continue   # "X is set to animate OTHER TITLE": that title's studio
                    if rx is _ST_SUBJ and _ST_BACK_TO_ANIMATE.search(m.group()) and self._other_season_section(s):
                        continue   # "Studio X is back to animate it" under a heading of another season: that season's
                    names.append(m.group("n") or m.groupdict().get("n2") or m.groupdict().get("n3"))
                    if rx is _ST_BY or rx is _ST_SUBJ:
                        names.extend(_studio_partners(text, m))
            if ", which " in text and "animat" in text:   # "X, which animated the first season, returns to animate the sequel"
                bare = _ST_WHICH_ASIDE.sub("", text)
                names.extend(m.group("n2") for m in _ST_SUBJ.finditer(bare)
                             if m.group("n2") and not self._animates_other_title(bare, m.end())
                             and not (_ST_BACK_TO_ANIMATE.search(m.group()) and self._other_season_section(s)))
        om = _ST_OVER_AT.match(text) if text.startswith("Over at ") else None
        nm = self.name_re.search(text, om.end(), om.end() + 80) if om and self.name_re else None
        if nm and re.fullmatch(r"(?:[a-z][\w-]*\s+){0,4}", text[om.end():nm.start()]) and _STUDIO_NAME_WORD.search(om.group("n")):
            names.append(om.group("n"))   # "Over at Studio K, the supernatural drama TITLE announced …": its studio
        if " at " in text or " for " in text or " from " in text:
            for rx, need in _ST_AT_NEEDS:
                if not any(w in text for w in need):
                    continue  # a word every match of rx contains is missing: no match
                for m in rx.finditer(text):
                    if rx in (_ST_FROM, _ST_ORIGINAL_FROM) and (_DISTRIBUTOR.match(m.group("n")) or re.search(r"distribut|releas|licens", low)):
                        continue   # "a new film from Sony Pictures": a distributor, not the animation studio
                    names.append(m.group("n"))
        if "tudio " in raw and (" back" in raw or "return" in raw or "’s " in raw or "'s " in raw or " adapt" in raw):
            names.extend(self._studio_back_or_own(s))
        elif ("’s " in raw or "'s " in raw) and self._own_section(s) and not self.negated(raw):
            names.extend(self._studio_appositive(raw))   # ("Atelier X's first original feature film": no "Studio")
        if names and _EARLIER_WORK_SUBJ.match(text) and not self.mentions(text):
            return   # "Mikuriya's previous feature, OTHER (2023), was produced at Studio G": that work's studio
        for n in names:
            if not n:
                continue
            n = _tidy_org(n)
            if not n or self.mentions(n) or fold(n) in ("studio", "the", "animation", "anime"):
                continue
            if re.search(r"(?:committee|委員会)$", n, re.I):
                continue
            if self.only_in(self.earlier_spans(raw), raw, n):
                continue  # "Season 1 was animated by Studio P, while …": the earlier season's studio
            if self.only_in(self.other_credit_spans(raw), raw, n):
                continue  # "the 2025 short X: Prologue, which was animated by Studio K": that title's studio
            n = self._studio_full_form(n)
            self.add("studio", org_key(n), n, raw)

    def _animates_other_title(self, text: str, end: int) -> bool:
        """Does the studio's verb ending at `end` take another capitalised title as its object ("animate OTHER")?"""
        tail = _OBJ_OTHER.match(text, end)
        if tail is None:
            return False
        obj = re.split(r"\s+(?:and|but|while|who|which|with)\s+|[,;.]", text[tail.end() - 1:tail.end() + 60])[0]
        return not self.mentions(obj)

    def _studio_full_form(self, n: str) -> str:
        """"Kestrel Lane is co-animating …" after "Kestrel Lane Animation's panel": a studio named short is the
        studio the page names in full (its name with Animation / Studios / Pictures … after it)."""
        if _STUDIO_NAME_WORD.search(n):
            return n
        if self._sent_text is None:   # (a roundup's section is scoped: the whole document names the studio too)
            soup = getattr(self.page, "soup", None)
            whole = soup.get_text(" ") if soup is not None else ""
            self._sent_text = " ".join([*(x.text for x in self.sents), nfkc(re.sub(r"\s+", " ", whole))])
        # (not "Marrowlight" + the next row's "Production:" label, joined by the page's text: a colon ends a label)
        fulls = {m.group() for m in re.finditer(re.escape(n) + r"\s+(?:Animation|Studios?|Pictures|Works|Productions?)\b(?!\s*[:：])",
                                                 self._sent_text)}
        return fulls.pop() if len(fulls) == 1 else n

    def _other_titles_aside(self, text: str, pos: int) -> bool:
        """Is `pos` inside a ", which …" clause about another capitalised title ("worked with her on Paper Moth,
        which premiered in July 2024 and was animated by Studio L")? Not when the title is the work's."""
        m = _WHICH_ASIDE.search(text, max(0, pos - 160), pos)
        if m is None:
            return False
        t = m.group("t")
        return len(t.split()) >= 2 and not self.mentions(t) and not _ANAPHORA.match(t)

    def _own_section(self, s: _Sent) -> bool:
        """The sentence is in a paragraph or under a heading about the work (a roundup's item; "Who is making Season 2?"
        on the page of the work that is Season 2)."""
        return s.block_mentions or s.block in self.lead_about or self.mentions(self.headings.get(s.section, "")) \
            or (self.season_no is not None and self._own_season_heading(self.headings.get(s.section, "")))

    def _other_season_section(self, s: _Sent) -> bool:
        """The sentence is under a heading that names a season, and not the work's own ("Who is making Season 2?" on
        the page of the work watched under its plain title; "Who made Season 1?" on Season 2's)."""
        from ..page import _heading_seasons

        heading = self.headings.get(s.section, "")
        return bool(heading) and (bool(_heading_seasons(heading)) or _HEADING_SEQUEL_WORD.search(heading) is not None) \
            and not self._own_season_heading(heading)

    def _own_season_heading(self, heading: str) -> bool:
        """Does a heading name the work's own season and no other title or season ("Who is making Season 2?")?"""
        return bool(heading) and len(heading) <= 80 and self.own_season(heading.lower()) and not self.prev_season(heading) \
            and not _OTHER_QUOTED_TITLE.search(heading)

    def _studio_back_or_own(self, s: _Sent) -> list[str]:
        """"Studio X is back again" (a sequel's studio returning), "Studio X's first feature will open …" (the work
        as the studio's own): read only in a paragraph or section about the work."""
        if not self._own_section(s) or self.negated(s.text):
            return []
        # (an earlier season named after the match is what the studio returns from, not its subject)
        return [m.group("n") for rx in (_ST_RETURNS, _ST_POSS_WORK) for m in rx.finditer(s.text)
                if not self.prev_season(s.text[:m.end()])] + self._studio_appositive(s.text)

    def _studio_appositive(self, text: str) -> list[str]:
        """"TITLE (…), Atelier X's first original feature film, debuted …": the studio named beside the title as
        the work's maker (a studio's name only: a person's "first feature film" is no studio)."""
        if "’s" not in text and "'s" not in text:
            return []
        return [m.group("n") for m in _ST_POSS_APPOS.finditer(text) if self.mentions(text[max(0, m.start() - 120):m.start()])]

    # ------------------------------------------------------------------ broadcasters and services
    def untitled_theme_singer(self, s: _Sent):
        """"X, who sang the game's theme "…", will also perform the anime's opening, although the song's title hasn't
        been announced": the artist is credited before the song exists (a staff credit, no theme_song without a title)."""
        for m in _SINGS_UNTITLED.finditer(s.text):
            rest = s.text[m.end():m.end() + 40]
            if re.match(r"\s*[,:]?\s*(?:titled|called|entitled)?\s*[“\"「『]", rest):
                continue   # the title follows: the theme_song reading has it
            who = _tidy_name(m.group("who"))
            if len(who.split()) >= 2 and not self.mentions(who) and (s.mentions or s.block_mentions or s.block in self.lead_about
                                                                      or self._title_mentions() or _ANAPHORA.search(m.group())):
                self.add("staff", "theme song performance", who, s.text)
                kind = m.group("kind").lower().rstrip("s")
                if kind in ("opening", "ending"):
                    self.theme_singers.append((kind, who, s.block))

    def _artist_subject(self, head: str) -> str:
        """"The four-piece band X announced that their second single …", "X will be providing their song …": the
        artist who is the sentence's subject, for the "their" of the song."""
        m = _ARTIST_SUBJECT.match(head)
        if m is None or not (m.group("gives") or _KIND_WORD.search(m.group("artist"))):
            return ""   # "Director X revealed that the band's single …": a subject that is no artist
        artist = self._full_name(_tidy_artist(m.group("artist")))
        return "" if not artist or self.mentions(artist) else artist

    def _singer_said_before(self, kind: str, s: _Sent) -> str:
        """"Band X will perform the openings. The first-cour opening is "T"": the one performer an earlier sentence of
        the paragraph credits with this kind of theme, when the title's sentence names none."""
        found = {who for k, who, block in self.theme_singers if k == kind and block == s.block}
        return found.pop() if len(found) == 1 else ""

    def theme_takes_over(self, s: _Sent):
        """'the band's "Stone Stairway" takes over as the second opening': a title, then the theme it becomes."""
        raw = s.text
        for m in _TITLE_TAKES_OVER.finditer(raw):
            kind = m.group("kind").lower()
            if _NEG.search(raw[max(0, m.start() - 60):m.end()]):
                continue
            of = _OF_OTHER_WORK.match(raw, m.end())
            if of and not (self.mentions(of.group("w")) or self.own_season(of.group("w")) or _ANAPHORA.match(of.group("w"))):
                continue   # "… provided "T" as the opening theme for OTHER in 2024": that work's song
            before = raw[max(0, m.start() - 60):m.start()]
            if "single" in before or "song" in before or "track" in before:   # "X's new single "T" will serve as …"
                before = re.sub(r"(?<=\s)(?:(?:new|latest|upcoming|first|second|third|next|debut|major|major-label)\s+)*"
                                r"(?:single|song|track)\s*,?\s+$", "", before)
            ab = _ARTIST_POSS.search(before)
            artist = ""
            if _THEIR_BEFORE.search(before):
                artist = self._singer_said_before(kind, s) or self._artist_subject(raw[:m.start()])   # "the band's": the band named before
            elif ab and not self.mentions(ab.group("artist")):
                artist = self._full_name(_tidy_artist(ab.group("artist")))
            n = _ord_num(m.group("ord")) or 1
            title = m.group("title").strip(" ,.;:")
            self.add("theme_song", f"{kind} {n}", f"{title} — {artist}" if artist else title, raw)

    def _named_just_before(self, s: _Sent) -> str | None:
        """"The most encouraging name might be Rhea Vance. She's returning to score the anime.": a sentence opening on
        he/she means the one person the sentence before (same paragraph) names."""
        if not re.match(r"\s*(?:he|she)\b", s.text, re.I):
            return None
        i = next((k for k, x in enumerate(self.sents) if x is s), -1)
        if i <= 0 or self.sents[i - 1].block != s.block:
            return None
        people = {_tidy_name(p.group()) for p in re.finditer(_PERSON, self.sents[i - 1].text) if not self.mentions(p.group())}
        return people.pop() if len(people) == 1 else None

    def page_service_brings(self, idx: int, s: _Sent):
        """"Kiraflix will bring the film to audiences in 180 countries, with global streaming beginning in October
        2027": a service the page defined, bringing the work to viewers; the streaming start is its own date."""
        m = _BRINGS_TO_VIEWERS.match(s.text)
        if not m or not (m.group("org") in self.learned_streamers() or fold(m.group("org")) in _STREAM_SET) \
                or self.negated(s.text) or s.prev_season \
                or not (s.block_mentions or s.block in self.lead_about or self._title_mentions()):
            return
        org = m.group("org")
        self.add("streaming", org_key(org), org, s.text)
        st = _STREAMING_STARTS.search(s.text, m.end())
        dates = self.dates(s.text[st.end():], future=True) if st else []
        if dates and dates[0].start == 0:
            self.release.append((idx, dates[0].date, org, s.text, False, s.heading, False))

    def unlisted_service(self, s: _Sent):
        """"AniStream+ will stream Witch of X as it airs in Japan, in North America, …": a service no gazetteer knows,
        as the subject of 'will stream' with the work (or "the anime") as the object."""
        m = _UNLISTED_SERVICE.match(s.text)
        if not m or self.negated(s.text) or s.prev_season:
            return
        obj = s.text[m.end():]
        if not ((self.name_re and self.name_re.match(obj)) or re.match(r"(?:it|the\s+(?:anime|series|show|film|movie|new\s+season))\b", obj)
                and (s.block_mentions or s.block in self.lead_about)):
            return
        org = m.group("org")
        if org.lower() in _UNLISTED_STOP or self.mentions(org):
            return
        val = org
        region = _REGION.search(s.text, m.end())
        if region:
            rend = region.end()
            while (more := _REGION_MORE.match(s.text, rend)):
                rend = more.end()
            where = re.sub(r"^in\s+", "", _region_text(s.text[region.start():rend]))
            val += f" ({where})"
        self.add("streaming", org_key(org), val, s.text)

    def site_original(self, s: _Sent):
        """"Watch X, a StreamCrest Original anime series" on StreamCrest's own page (the last part of the page's title
        names the site), or "X, a Netflix Original" of a known service: the service streams its own Original."""
        m = _SITE_ORIGINAL.search(s.text)
        if m is None or self.negated(s.text) or (s.prev_season and self.prev_season(s.text[:m.start()] + s.text[m.end():])):
            return   # ("a Wavelight Original Series" is no "original series", an earlier one)
        org = m.group("org")
        site = re.split(r"\s+[|｜\-–—]\s+", nfkc(getattr(self.page, "title", "") or ""))[-1].strip()
        site = re.sub(r"\s+Official\s+(?:Site|Website)$", "", site, flags=re.I)
        own = fold(org) == fold(site)
        if not own and not (fold(org) in _STREAM_SET and self.name_re and any(
                re.fullmatch(r"\s*,\s*", s.text[n.end():m.start()]) for n in self.name_re.finditer(s.text, 0, m.start()))):
            return   # a known service's Original only right after the work's name ("X, a Netflix Original")
        if not self.mentions(org):
            self.add("streaming", org_key(org), _org_display(org) if not own else org, s.text)

    def learned_streamers(self) -> tuple[str, ...]:
        """Services the page itself calls streaming services that the known list lacks ("Kiraflix, the anime streaming
        service, …", "streaming service Kiraflix"): a press release's own platform."""
        if self.__dict__.get("_learned") is None:
            found: list[str] = []
            for x in self.sents:
                t = x.text
                if "streaming" not in t or not ("service" in t or "platform" in t):
                    continue
                for m in (*_STREAMER_APPOS.finditer(t), *_STREAMING_SERVICE_NAMED.finditer(t)):
                    org = m.group("org").strip()
                    if len(org) >= 3 and fold(org) not in _STREAM_SET and not ORG_ALIASES.get(fold(org)) \
                            and not self.mentions(org) and org not in found and not _NETWORK.search(org):
                        found.append(org)
            self.__dict__["_learned"] = tuple(found)
        return self.__dict__["_learned"]

    def _learned_service_of(self, clause: str) -> str:
        """The learned service that is the clause's subject ("Kiraflix will bring the film to …") or is named after
        on/via ("streams on Kiraflix"), else ""."""
        for org in self.learned_streamers():
            if re.match(rf"\s*(?:the\s+)?{re.escape(org)}(?:,\s+(?:the|an?)\s+[^,;.]{{1,60}},)?\s+(?:will|is|has|plans|also)\b", clause) \
                    or re.search(rf"\b(?:on|via|through)\s+{re.escape(org)}\b", clause):
                return org
        return ""

    def networks(self, s: _Sent):
        raw = s.text
        if s.prev_season and _SAME_AS_PREV.search(raw):
            # "…, the same home as season one", "just as it did with season one": a comparison, not a statement
            raw = _SAME_AS_PREV.sub("", raw)
            s = _Sent(raw, s.block, s.section, s.mentions, self.prev_season(raw), s.block_mentions, s.heading)
        if s.prev_season:
            # "Crunchyroll, which streamed the first season, will carry the new one": drop the aside about
            # the earlier season and judge the rest; a sentence still about the earlier season yields nothing
            raw = _PREV_ASIDE.sub("", raw)
            if self.prev_season(raw):
                return
        clauses = _clauses(raw)
        prev_about = False
        prev_cl = ""
        # an official page's "STREAMING" / "ON AIR" section: its lines are about the page's work, the heading their cue
        onair_head = _ONAIR_HEADING.match(self.headings.get(s.section, "")) is not None and self._title_mentions()
        for cl in clauses:
            # "… the premiere window: Spring 2027, on MBS and TBS": the label before the colon is the clause's air cue
            label_cue = prev_cl.rstrip().endswith(("window", "date", "schedule")) and \
                _REL_LABEL_END.search(prev_cl.rstrip()) is not None and f"{prev_cl}:" in raw
            prev_cl = cl
            if _NEG.search(cl):
                continue
            about = self.mentions(cl) or _ANAPHORA.search(cl) or _SEQUEL_REF.match(cl) or (len(clauses) == 1 and s.mentions) \
                or self.own_season(cl) \
                or (prev_about and (vf := _VERB_FIRST.match(cl)) is not None and vf.group("but")) \
                or (s.section == -2 and s.mentions) \
                or (s.block in self.lead_about and not _other_subject(cl)) \
                or ((s.block_mentions or self.mentions(self.headings.get(s.section, ""))) and not _other_subject(cl)) \
                or (onair_head and not re.search(r"[“\"«「『]", cl)) \
                or self._follows_an_airing(s, cl)   # ("… on TOKYO MX. BS11 will follow the same week.")
            prev_about = bool(about)   # ("…, but will now air on TOKYO MX": the clause before is its subject)
            if not about:
                continue  # "… and Steel Saint returns in July on Netflix": another title's network
            if re.search(r"\b(?:first|previous|prior|last)\s+season|season\s+(?:one|1)\b|[’']s\s+(?!Noitamina)", cl) and \
                    not re.search(r"[’']s\s+\w+\s+(?:programming\s+)?(?:block|slot)", cl):
                if re.search(r"\b(?:first|previous|prior|last)\s+season|season\s+(?:one|1)\b", cl, re.I):
                    continue
            learned = self._learned_service_of(cl) if self.learned_streamers() and _STREAM_CUE.search(cl) else ""
            if learned and not _PAST_NET.search(cl):   # "Kiraflix will bring the film to …, with global streaming beginning …"
                self.add("streaming", org_key(learned), learned, raw)
            accepted_end = -1
            list_block = None   # "in the Super Animeism block on MBS and TBS": the block of the whole list
            net_matches = list(_NETWORK.finditer(cl))
            for mi, m in enumerate(net_matches):
                org = m.group("org")
                block = m.group("block") or m.group("block2") or m.group("block3")
                before = cl[max(0, m.start() - 60):m.start()]
                after = cl[m.end():m.end() + 60]
                is_stream = fold(org) in _STREAM_SET
                if re.search(r"[’']s\s*$", cl[m.start():m.end() + 3]) and not (m.group("block2") or m.group("block3")) and \
                        not _SLOT_AFTER.match(cl, m.end()):
                    continue  # "Netflix's Ghost in the Shell" (but "Nippon TV's late-night slot" is the channel)
                listed = accepted_end >= 0 and re.fullmatch(r"\s*(?:,|and|&|/|,\s*and)\s*(?:its\s+(?:[\w-]+\s+){0,2}?(?:sibling|sister|"
                                                            r"channel|station|network|counterpart)\s+)?", cl[accepted_end:m.start()])
                # ("TBS and its satellite sibling BS-TBS": the second is listed with the first)
                intro = _NET_LIST_INTRO.search(cl, 0, m.start())   # "Broadcasters for X include Nippon TV and Sun TV"
                if is_stream:
                    subject = _SERVICE_SUBJECT.match(cl, m.end()) and _STREAM_CUE.search(cl, m.end())
                    if not (listed or intro or subject or onair_head or _STREAM_CUE.search(before) or _STREAM_CUE.search(after) or re.search(r"\b(?:on|via|through)\s*$", before)
                            or re.match(r"\s+(?:will|is|has)\s+(?:also\s+)?(?:stream|simulcast|licens|release|premiere|air|be\s+streaming|carry|offer|host|add\s+(?:the|it|all|each|every|new)\b)", after)
                            or _SERVICE_HAS_IT.match(after)):
                        continue
                    if re.search(r"\b(?:streamed|aired|licensed)\b", before) and re.search(r"\b(?:first|previous)\b", cl, re.I):
                        continue
                    # the region said of this service: between the previous and the next network named
                    seg_lo = net_matches[mi - 1].end() if mi else 0
                    seg_hi = net_matches[mi + 1].start() if mi + 1 < len(net_matches) else len(cl)
                    if mi and _SERVICE_SUBJECT_VERB.match(after):
                        seg_lo = m.end()   # "X will stream it outside Asia, and Y will stream it in Japan": Y's own
                    region = _REGION.search(cl, seg_lo, seg_hi)
                    val = _org_display(org)
                    if region:
                        rend = region.end()
                        while (more := _REGION_MORE.match(cl, rend, seg_hi)):   # "in the Americas, the UK and Oceania"
                            rend = more.end()
                        val += f" ({_region_text(cl[region.start():rend])})"
                    has_it = _SERVICE_HAS_IT.match(after)
                    if not region and has_it and has_it.group("land"):
                        val += f" ({has_it.group('land')})"
                    accepted_end = m.end()
                    if _PAST_NET.search(cl) or _VIEWER_PAST.search(before):   # ("If you watched the TV series on X, …")
                        self.past_networks.append(("streaming", org_key(org), val, raw))
                        continue
                    self.add("streaming", org_key(org), val, raw)
                    if has_it:   # (the clause's offset in the sentence: the start day is read from the sentence)
                        self._service_has_it_from(s, raw, max(0, raw.find(cl)) + m.end(), org)
                else:
                    prep = r"\b(?:on|via|by|in|of)\s+(?:the\s+)?$" if (m.group("block2") or m.group("block3")) else r"\b(?:on|via|by)\s+(?:the\s+)?$"
                    carrying = re.search(r"\bwith\s+$", before) and (
                        re.match(r"[^.;]{0,80}?\b(?:carrying|airing|broadcasting|simulcasting)\s+(?:it|the\s+(?:anime|series|show|broadcast|season|episodes?))\b", cl[m.end():])
                        or (_FOLLOWING.match(cl, m.end()) and _AIR_CUE.search(cl)))   # "…, with BS11 following on July 10"
                    block_of = _BLOCK_ON_BEFORE.search(cl, 0, m.start())   # "on the Super Animeism block of MBS": the block is the cue
                    follows = m.start() < 30 and _STATION_FOLLOWS_AFTER.match(cl, m.end()) is not None and self._follows_an_airing(s, cl)
                    if not listed and not intro and not carrying and not block_of and not follows and not (re.search(prep, before) and (label_cue or _AIR_CUE.search(cl))) and \
                            not re.match(r"\s+(?:will|is)\s+(?:also\s+)?(?:again\s+)?(?:air|broadcast|carry|(?:begin|start)\s+(?:its|their)\s+(?:broadcast|airing|run)\b)", after) and \
                            not _LIST_THEN_CARRY.match(cl, m.end()):
                        continue
                    accepted_end = m.end()
                    val = _org_display(org)
                    if not block:   # "on MBS, TBS and BS-TBS as part of the Animeism block": the block of the list
                        bb = _BLOCK_ON_BEFORE.search(cl, 0, m.start())
                        pb = _PART_OF_BLOCK.search(cl, m.end()) or bb
                        block = pb.group("b") if pb else (list_block if listed else block)
                        list_block = bb.group("b") if bb else (list_block if listed else None)
                    if block and block.strip():
                        b = block.strip()
                        val += f" ({b})"
                    if _PAST_NET.search(cl):
                        self.past_networks.append(("broadcaster", org_key(org), val, raw))
                        continue
                    self.add("broadcaster", org_key(org), val, raw)

    def _follows_an_airing(self, s: _Sent, cl: str) -> bool:
        """"… premieres April 8 on TOKYO MX. BS11 will follow the same week.": a station opening its clause as the subject of
        "will follow" / "picks it up" right after the sentence (same paragraph) telling the work's airing on a station
        carries on that airing: the station airs the work too (an earlier season's airing is not followed)."""
        fm = _STATION_OPENS_FOLLOWING.match(cl)
        if fm is None or _NEG.search(cl):
            return False
        pos = s.text.find(cl.strip())
        told = s.text[:pos] if pos > 10 else ""   # ("… on AT-X. BS11 follows …" read as one sentence: its first part)
        if not told:
            idx = next((k for k, x in enumerate(self.sents) if x is s or (x.text == s.text and x.block == s.block)), None)
            if not idx or self.sents[idx - 1].block != s.block:
                return False
            told = self.sents[idx - 1].text
        return (_AIR_CUE.search(told) is not None and _NETWORK.search(told) is not None
                and not self.prev_season(told) and not _PAST_NET.search(told)
                and bool(self.mentions(told) or _ANAPHORA.search(told) or s.block_mentions or s.block in self.lead_about))

    def _service_has_it_from(self, s: _Sent, raw: str, pos: int, org: str) -> None:
        """"Netflix has it worldwide, but only from January 15": the day the service starts is its keyed premiere."""
        idx = next((k for k, x in enumerate(self.sents) if x.text == s.text and x.block == s.block), None)
        if idx is None:
            return
        for dm in self.dates(raw[:pos + 120]):
            if dm.start > pos and dm.date is not None and dm.date.day is not None \
                    and re.search(r"\b(?:from|starting|beginning)\s+(?:on\s+)?$", raw[max(pos, dm.start - 20):dm.start]):
                self.release.append((idx, dm.date, _org_display(org), raw, False, s.heading, False))
                return

    def _source_is_the_works(self, pre: str) -> bool:
        """Is the book a copula sentence names ("… light novels are written by X") the work's own source: the noun
        opens with "the", "its", "this" or the work's possessive, and nothing else (another title's, "spin-off") qualifies it?"""
        m = _SOURCE_DET_END.search(pre)
        return m is not None and (not m.group("poss") or self.mentions(m.group("poss")))

    def _other_numbered_seasons_song(self, raw: str, pos: int) -> bool:
        """Is the theme at `pos` qualified by a season number ("the Season 3 opening") that is not the work's own
        (its season, 1 for a title with none)?"""
        m = _SEASON_Q_BEFORE.search(raw, max(0, pos - 24), pos)
        if m is None:
            return False
        n = m.group("n").lower()
        return (int(n) if n.isdigit() else _NUM_WORDS.get(n, 0)) != (self.season_no or 1)

    def _full_name(self, name: str) -> str:
        """"Hazuki is also performing the ending theme": a surname alone is the person named before in full
        (in the cast or staff found so far), when exactly one such person exists."""
        if not name or " " in name or not name[:1].isupper():
            return name
        full = {f.value for f in self.facts if f.field in ("cast", "staff") and " " in f.value
                and name in (f.value.split()[-1], f.value.split()[0])}
        return full.pop() if len(full) == 1 else name

    # ------------------------------------------------------------------ theme songs
    def themes(self, idx: int, s: _Sent):
        raw = s.text
        if s.prev_season:
            # "The opening theme is "X" by Y, who also performed Season 1's opening "Z"": the aside is the artist's
            # past; the song named before it is this work's
            bare = _WHO_SEASON_ASIDE.sub("", raw) if ", who" in raw else raw
            if ", the " in bare:   # "X, the band behind the first season's opening "Z," returns to perform …"
                bare = _BEHIND_SEASON_ASIDE.sub("", bare)
            if bare == raw or self.prev_season(bare):
                return
            raw = bare
        for k in _THEME_ANCHOR.finditer(raw):
            kind = k.group("kind").lower()
            if kind in ("op", "ed") and not k.group("kind").isupper():
                continue
            if ("’" in raw or "'" in raw) and self._other_installments_song(raw, k.start()):
                continue   # "The TV series' opening, "X" by Y, was a hit" on a film's page: the series' song
            if ("eason" in raw or "EASON" in raw) and self._other_numbered_seasons_song(raw, k.start()):
                continue   # "X will perform the Season 3 opening "T"" on Season 2's page: that season's song
            kind = {"op": "opening", "ed": "ending"}.get(kind, kind)
            if self._other_title_tail(raw[max(0, k.start() - 100):k.start()]):
                continue   # "Mio Arata will perform the Brass Orchard ending theme "T"": that title's song
            t = _TITLE_AFTER.match(raw, k.end())
            if not t and " in character as " in raw and (ic := _IN_CHARACTER_AS.match(raw, k.end())):
                t = _TITLE_AFTER.match(raw, ic.end())   # "sings an insert song in character as Kohaku, titled "T""
            if not t:
                bt = _BY_THEN_TITLE.match(raw, k.end()) if " by " in raw else None
                if bt and not _NEG.search(raw[max(0, k.start() - 60):bt.end()]):
                    # "The ending is by singer X: X「Title」": the performer first, then the song
                    artist = self._full_name(_tidy_artist(bt.group("artist")))
                    n = _ord_num(k.group("ord")) or 1
                    if kind != "insert" and artist and not self.mentions(artist):
                        self.add("theme_song", f"{kind} {n}", f"{bt.group('title').strip(' ,.;:')} — {artist}", raw)
                elif kind != "insert" and _MAY_DECIDED.search(raw):
                    self.decided_then_song(raw, k, kind)
                continue
            title = t.group("title").strip(" ,.;:")
            artist = ""
            b = _BY_AFTER.match(raw, t.end()) or _BY_AFTER_LOWER.match(raw, t.end())
            if b:
                artist = b.group("artist")
            elif t.group("poss"):
                artist = t.group("poss")   # "The ending theme is X's "T""
            else:
                before = self._without_own_title_tail(raw[max(0, k.start() - 100):k.start()])
                ab = _ARTIST_BEFORE.search(before)
                if ab is None and _MAY_ASIDE.search(before):
                    ab = _ARTIST_BEFORE.search(_drop_aside(raw[max(0, k.start() - 200):k.start()])[-100:])
                if ab is None and re.search(r"\b(?:theme|song)\b", k.group(), re.I):
                    ab = _ARTIST_POSS.search(before)
                    if ab and re.search(r"[:：]\s*(?:\S+\s+){0,4}$", before[:ab.start()] + " "):
                        ab = None
                if ab and ab.groupdict().get("owner") and not (self.mentions(ab.group("owner")) or self.own_season(ab.group("owner"))):
                    ab = None   # "X performs OTHER's opening": that title's song
                if ab and ab.groupdict().get("season_q") and not self.own_season(ab.group("season_q").lower()):
                    ab = None   # "X performs the Season 3 opening" on Season 2's page: that season's song
                if ab:
                    artist = ab.group("artist")
            artist = self._full_name(_tidy_artist(artist))
            if not title or _NEG.search(raw[max(0, k.start() - 60):t.end()]):
                continue
            if not artist:
                poss = re.search(r"(\S+)[’']s\s+(?:new\s+|first\s+|second\s+)?$", raw[max(0, k.start() - 40):k.start()])
                if poss and poss.group(1)[:1].isupper() and not self.mentions(raw[max(0, k.start() - 60):k.start()]) \
                        and not self.own_season(raw[max(0, k.start() - 40):k.start()]):
                    continue   # "Demon Slayer's opening, "Gurenge"": another work's song
            if artist and self.mentions(artist):
                artist = ""
            if not artist and kind in ("opening", "ending") and self.theme_singers:
                artist = self._singer_said_before(kind, s)
            n = _ord_num(k.group("ord")) or 1
            if kind == "insert":
                self.inserts.append((title, artist or None, raw, idx))
                continue
            self.add("theme_song", f"{kind} {n}", f"{title} — {artist}" if artist else title, raw)
        if "theme song" in raw.lower() and not _THEME_ANCHOR.search(raw):
            self.plain_theme_song(raw)
        if "credits" in raw or "titles" in raw or "sequence" in raw:
            self.credits_song(raw)
        for m in (_SLASH_THEME.finditer(raw) if "/" in raw else ()):
            title, artist = m.group("title").strip(), _tidy_artist(m.group("artist"))
            if _NEG.search(title) or _NEG.search(artist) or not title:
                continue
            kind = "opening" if m.group("kind").lower() in ("op", "opening") else "ending"
            self.add("theme_song", f"{kind} 1", f"{title} — {artist}" if artist else title, raw)
        # (each _INSERT pattern is skipped when a word all its matches contain is absent: may_contain_i)
        for m in (_INSERT1.finditer(raw) if may_contain_i(raw, ("song",)) else ()):
            artist = _tidy_artist(m.group("artist") or "")
            if not artist:   # "Tachibana also sings an insert song, "Title," in character"
                sb = _SINGER_BEFORE.search(raw, max(0, m.start() - 60), m.start())
                if sb is None and _MAY_ASIDE.search(raw[max(0, m.start() - 60):m.start()]):
                    bare = _drop_aside(raw[max(0, m.start() - 200):m.start()])[-60:]
                    sb = _SINGER_BEFORE.search(bare)
                    if sb and sb.start() and not bare[sb.start() - 1].isspace():
                        sb = None   # "Trio ★Gearbox": the end of a name the pattern cannot read whole
                artist = self._full_name(sb.group("who")) if sb and not self.mentions(sb.group("who")) else ""
            self.inserts.append((m.group("title").strip(" ,.;:"), artist or None, raw, idx))
        for m in (_INSERT3.finditer(raw) if may_contain_i(raw, ("soundtrack", "score", "ost")) else ()):
            self.inserts.append((m.group("title").strip(" ,.;:"), None, raw, idx))
        for m in (_INSERT4.finditer(raw) if may_contain_i(raw, ("soundtrack", "score", "ost", "music")) else ()):
            self.inserts.append(((m.group("title") or m.group("title2")).strip(" ,.;:"), None, raw, idx))
        for m in (_INSERT2.finditer(raw) if _may_insert2(raw) else ()):
            title = (m.group("t1") or m.group("t2") or "").strip(" .")
            if title and len(title.split()) <= 8:
                self.inserts.append((title, None, raw, idx))

    def _without_own_title_tail(self, before: str) -> str:
        """"X will perform the Tinplate Lighthouse ending theme": the work's own name right before the kind, dropped so
        the performer's verb meets the kind (another title there stays, and stays another work's)."""
        m = _TITLE_TAIL.search(before) if before.endswith(" ") else None
        if m is None or not self.mentions(m.group("w")):
            return before
        return before[:m.start("w")]

    def _other_title_tail(self, before: str) -> bool:
        """Is the capitalised name right before a song's kind another title ("the Brass Orchard ending theme"), not
        this work, its season, nor a generic word ("The", "TV", "Season 2", "Official")?"""
        m = _TITLE_TAIL.search(before) if before.endswith(" ") and before[-2:-1].isalnum() else None
        if m is None or _GENERIC_TAIL.fullmatch(m.group("w")) or m.group("w").endswith(("'s", "’s", "s'", "s’")):
            return False   # ("Duo Harbour Static's opening theme": a performer's possessive, read as the artist)
        w = m.group("w")
        return not (self.mentions(w) or self.own_season(w) or self.mentions(before[max(0, m.start("w") - 60):]))

    def decided_then_song(self, raw: str, k: re.Match, kind: str):
        """"A second opening has already been locked in: NEONSKETCH「Title」": the song after the news that it is set."""
        dt = _DECIDED_THEN.match(raw, k.end())
        if dt is None or _NEG.search(raw[max(0, k.start() - 60):dt.end()]):
            return
        if dt.group("of") and not (self.mentions(dt.group("of")) or self.own_season(dt.group("of"))):
            return   # "The ending theme of OTHER is set: …": that title's song
        artist = self._full_name(_tidy_artist(dt.group("artist")))
        if artist and not self.mentions(artist):
            n = _ord_num(k.group("ord")) or 1
            self.add("theme_song", f"{kind} {n}", f"{dt.group('title').strip(' ,.;:')} — {artist}", raw)

    def credits_song(self, raw: str):
        """'The trailer ends on "Title," performed by X, which will play over the film's end credits': the ending
        (the opening for opening credits); only a quoted title with its performer right after it."""
        c = _OVER_CREDITS.search(raw)
        if not c or self.negated(raw):
            return
        for t in re.finditer(_TITLE_Q, raw[:c.start()]):
            b = _BY_AFTER.match(raw, t.end()) or _BY_AFTER_LOWER.match(raw, t.end())
            if not b:
                continue
            artist = self._full_name(_tidy_artist(b.group("artist")))
            title = t.group("title").strip(" ,.;:")
            if not title or not artist or self.mentions(artist) or self.mentions(title):
                continue
            kind = "opening" if c.group("kind").lower() == "opening" else "ending"
            self.add("theme_song", f"{kind} 1", f"{title} — {artist}", raw)
            return

    def plain_theme_song(self, raw: str):
        """"Band X wrote and performs the film's theme song, "Title," which plays over the closing credits": an
        unnumbered theme song is the ending when the page says it plays over the end credits, else the opening."""
        for k in _PLAIN_THEME.finditer(raw):
            pos = k.end()
            of = _OF_WORK.match(raw, pos)
            if of and self.mentions(of.group("w")):
                pos = of.end()   # "The theme song of TITLE is "Song""
            t = _TITLE_AFTER.match(raw, pos)
            if not t or _NEG.search(raw[max(0, k.start() - 60):t.end()]):
                continue
            title = t.group("title").strip(" ,.;:")
            b = _BY_AFTER.match(raw, t.end())
            ab = None if b else _ARTIST_BEFORE.search(raw[max(0, k.start() - 100):k.start()])
            if ab and ab.group("owner") and not (self.mentions(ab.group("owner")) or self.own_season(ab.group("owner"))):
                ab = None   # "X sings OTHER's theme song": that title's
            artist = self._full_name(_tidy_artist((b or ab).group("artist"))) if (b or ab) else ""
            if artist and self.mentions(artist):
                artist = ""
            closing = _CLOSING_BEFORE.search(raw, max(0, k.start() - 16), k.start())
            kind = "ending" if closing or _END_CREDITS.search(raw) else "opening"
            self.add("theme_song", f"{kind} 1", f"{title} — {artist}" if artist else title, raw)

    # ------------------------------------------------------------------ trailers
    def _past_date(self, dm) -> PartialDate:
        """A year-less month or day in a past-tense statement: the latest such date not after publication."""
        d = dm.date
        pub = self.published
        if dm.year_inferred and not dm.relative and pub is not None and pub.year and d.year \
                and d.iso()[:len(pub.iso())] > pub.iso():   # (compared at the coarser precision: "2023-10-15" is in "2023-10")
            d = PartialDate(d.year - 1, d.month, d.day) if d.season is None else d
        return d

    def _posted_today(self, raw: str, s: _Sent) -> str:
        """A trailer a news item says was released "today", or simply "shared"/"released" with no date at
        all in an article's body: the article's own day."""
        pub = self.published
        item = self._news_item_day(s) if not s.heading and s.section != -2 else ""
        if (pub is None or pub.day is None) and item:
            pub = PartialDate.parse(item)
        if pub is None or pub.day is None or s.heading or s.section == -2:
            return ""
        if _TODAY.search(raw) or (_POSTED_PAST.search(raw) and not _FUTURE.search(raw) and not _EARLIER.search(raw)
                                  and not find_dates(raw, published=pub)):
            day = self._update_day(s) or item or pub.iso()
            return _the_day_before(day) if "esterday" in raw and _SAID_YESTERDAY.search(raw) and not _TODAY.search(raw) else day
        return ""

    def _news_item_day(self, s: _Sent) -> str:
        """An official site's news list: each item opens on its own date stamp ("2026.10.15", a category, then the
        item's heading), and "released today" in its body is that day, not the page's newest."""
        i = next((k for k, x in enumerate(self.sents) if x is s), -1)
        return self._news_item_date(i) or ""

    def _update_day(self, s: _Sent) -> str:
        """"Update (November 19, 2026): … announced today … A second trailer went up alongside the news": a dated
        update note's "today" is the update's day, not the day the article was first published."""
        first = next((x for x in self.sents if x.block == s.block), None)
        m = _UPDATE_NOTE.match(first.text) if first is not None and "pdate" in first.text[:12] else None
        if m is None:
            return ""
        days = [dm for dm in find_dates(m.group("d") or m.group("d2"), published=self.published) if dm.date is not None and dm.date.day is not None]
        return days[0].date.iso() if len(days) == 1 else ""

    def full_trailer(self, idx: int, s: _Sent):
        """"A new full trailer, which debuted Monday": the first (unnumbered) trailer, dated, when the article numbers
        no trailer; teasers and PVs count apart."""
        raw = s.text
        m = _FULL_TRAILER.search(raw) if may_contain_i(raw, ("trailer",)) else None   # (in every match)
        if not m or s.prev_season or _TRAILER.search(raw) or not _TRAILER_PAST.search(raw):
            return
        days = [dm for dm in self.dates(raw) if not (dm.date is None or dm.date.day is None or (idx, dm.start) in self.claimed
                                                     or _REL_NOUN_AFTER.match(raw, dm.end)
                                                     or _date_of_other_release(raw, m.start(), m.end(), dm.start))]
        if days:   # ("The new release date of March 19 was revealed alongside the full trailer on October 30": the nearer)
            dm = min(days, key=lambda d: abs(d.start - m.start()))
            self.full_trailers.append((self._past_date(dm).iso(), raw, s.section))

    def _other_titles_video(self, raw: str) -> bool:
        """"Copper Kettle Diner's teaser trailer was unveiled …", "the second trailer for Copper Kettle Diner": a video
        another title owns (by its possessive or "for"/"of" after the video) is not the work's."""
        for m in _VIDEO_OWNER.finditer(raw):
            owner = m.group("owner") or m.group("owner2")
            if not (self.mentions(owner) or self.own_season(owner) or _ANAPHORA.match(owner)
                    or _NOT_A_TITLE.match(owner) or _OWNER_IS_ANAPHOR.search(owner)):
                return True
        return False

    def _earlier_seasons_video(self, raw: str, start: int, end: int) -> bool:
        """"Season 1's second PV from 2024 (watch here)", "PV 2 of the first season": the video at raw[start:end] belongs
        to the season its possessive (or its "from/of" right after) names; an earlier season's is not this work's."""
        if not ("eason" in raw or "eries" in raw or "our" in raw or "art" in raw or "S" in raw or "nstall" in raw):
            return False
        m = _SEASON_OWNS_VIDEO_BEFORE.search(raw, max(0, start - 40), start) or _SEASON_OWNS_VIDEO_AFTER.match(raw, end)
        if m is None:
            return False
        own = m.group("own")
        sm = re.fullmatch(r"S(\d{1,2})", own)
        if sm:
            return bool(self.season_no) and int(sm.group(1)) < self.season_no
        return self.prev_season(own) and not self.own_season(own)

    def unnumbered_trailer(self, idx: int, s: _Sent):
        """"A teaser … and an announcement video were posted … the same day": teaser 1 with a date we can trust
        (the sentence's own, or the previous sentence's day for "the same day"); used only when the article
        numbers no trailer."""
        raw = s.text
        if may_contain_i(raw, _UNNUM_VIDEO_WORDS) and _TRAILER.search(raw):
            raw = _unnumbered_clause(raw)   # "announced in March with a teaser trailer, and … the first PV in July"
        if not may_contain_i(raw, _UNNUM_VIDEO_WORDS) or not (_UNNUM_VIDEO.search(raw) or _TEASER_RELEASED_IN.search(raw)) or not (
                _PAST_SHOWN.search(raw) or _WITH_THE_NEWS.search(raw) or _WENT_UP.search(raw) or _ALONGSIDE_ANNOUNCE.search(raw)) \
                or _TRAILER.search(raw) or s.prev_season:
            return
        date = None
        told = False   # "was unveiled in July 2026": a month said as the video's own
        for dm in self.dates(raw):
            if (idx, dm.start) in self.claimed or _REL_NOUN_AFTER.match(raw, dm.end) or dm.date is None:
                continue
            vm = _UNNUM_VIDEO.search(raw) or _TEASER_RELEASED_IN.search(raw)
            if vm is not None and _date_of_other_release(raw, vm.start(), vm.end(), dm.start):
                continue   # "A teaser is out, and the Blu-ray will be released on December 12": the disc's day
            date = self._past_date(dm)
            told = _RELEASED_IN.search(raw, max(0, dm.start - 40), dm.start) is not None
            break
        if date is None and re.search(r"\b(?:the\s+same\s+day|that\s+(?:same\s+)?day)\b", raw, re.I) and idx > 0:
            prev = self.sents[idx - 1]
            if prev.block == s.block:
                for dm in self.dates(prev.text):
                    if dm.date is not None and dm.date.day is not None and (dm.relative or not dm.year_inferred):
                        date = self._past_date(dm)
                        break
        if date is None and _WITH_THE_NEWS.search(raw):
            date = self._announcement_day(idx)
        if date is None and _POSTED_PAST.search(raw) and not _FUTURE.search(raw):
            item = self._news_item_day(s)   # "The teaser PV … have been released." in a news list's item: its day
            date = PartialDate.parse(item) if item else None
        if date is not None and (date.day is not None or (date.month is not None and (_ALONGSIDE_ANNOUNCE.search(raw) or told
                                                                          or _TEASER_RELEASED_IN.search(raw)))):
            v = _UNNUM_VIDEO.search(raw)
            main = v is not None and (re.search(r"\b(?:main|full)\s+$", raw[max(0, v.start() - 8):v.start()], re.I)
                                      or re.match(r"(?:main|full)\s", v.group(), re.I)) \
                and "teaser" not in v.group().lower()
            self.unnumbered.append(("PV 1" if main else "teaser 1", date.iso(), raw, s.section))   # ("the main promotional video")

    def _same_day_as_news(self, idx: int, raw: str) -> str:
        """"…revealed on Wednesday that … Both songs are in the second PV, released the same day": the day the news
        was announced, when the trailer sentence says "the same day" and gives no date of its own."""
        if "same day" not in raw and "that day" not in raw:
            return ""
        d = self._announcement_day(idx)
        return d.iso() if d is not None and d.day is not None else ""

    def _also_with_news(self, idx: int, s: _Sent) -> str:
        """"The official website announced on Tuesday that … The site also began streaming the second promotional
        video": a video the same paragraph says was "also" put out goes with the news, on the day it gives."""
        if not _ALSO_PUT_OUT.search(s.text):
            return ""
        block = s.block
        for k in range(idx - 1, -1, -1):
            prev = self.sents[k]
            if prev.block != block and not self._news_lead_before(s, block, prev):
                return ""
            block = prev.block
            if _ANNOUNCED.search(prev.text):
                days = [dm for dm in self.dates(prev.text) if dm.date is not None and dm.date.day is not None
                        and not _REL_NOUN_AFTER.match(prev.text, dm.end)]
                return self._past_date(days[0]).iso() if len(days) == 1 else ""
        return ""

    def _news_lead_before(self, s: _Sent, block: int, prev: _Sent) -> bool:
        """May an "also put out" video sentence opening its own paragraph read the paragraph just before it as its news
        ("The site announced on Thursday that … ." then "The site also began streaming the second PV")? Only one
        paragraph back, under the same heading (the walk has not yet left the video's own paragraph)."""
        return block == s.block and prev.section == s.section and not prev.heading

    def _announcement_day(self, idx: int) -> PartialDate | None:
        """"The teaser released alongside the announcement": the day an earlier sentence says the news was
        announced ("During a livestream on June 29, … confirmed that …"), when exactly one such day is given."""
        for k in range(idx - 1, -1, -1):
            t = self.sents[k].text
            if not _ANNOUNCED.search(t) and not _TO_ANNOUNCE.search(t):
                continue
            days = [dm for dm in self.dates(t)
                    if dm.date is not None and dm.date.day is not None and (k, dm.start) not in self.claimed
                    and not _REL_NOUN_AFTER.match(t, dm.end)]
            if len(days) == 1:
                return self._past_date(days[0])
        return None

    def trailer(self, idx: int, s: _Sent):
        raw = s.text
        if self.negated(raw) or self._other_titles_video(raw):
            return
        self.unnumbered_trailer(idx, s)
        self.full_trailer(idx, s)
        numbered = _ANY_DIGIT.search(raw) is not None or may_contain_i(raw, _ORD_SPELLED)   # each _TRAILER match holds one
        for m in (_TRAILER.finditer(raw) if numbered else ()):
            n = _ord_num(m.group("ord")) if m.group("ord") else (int(m.group("num")) if m.group("num") else None)
            if not n:
                continue
            kind = (m.group("kind") or m.group("kind2")).lower()
            kind = "teaser" if kind.startswith("teaser") else ("PV" if kind in ("pv", "promotional video", "promo video", "promo") else "trailer")
            key = f"{kind} {n}"
            if re.search(r"\b(?:first|previous|prior)\s+season\b", raw, re.I):
                continue
            if self._earlier_seasons_video(raw, m.start(), m.end()):
                continue   # "Season 1's second PV from 2024": that season's video
            if kind == "teaser" and _TEASER_STILL.match(raw, m.end()):
                continue   # "a second teaser visual was released": a picture, not a video
            list_line = m.start() < 3 and len(raw) < 90   # "First teaser (July 13, 2023): watch on YouTube"
            if not list_line and not _TRAILER_VERB.search(raw) and not re.search(r"\b(?:alongside|with)\b", raw[:m.start()], re.I):
                continue
            best = None
            past = bool(_PAST_SHOWN.search(raw)) and not _FUTURE.search(raw)
            for dm in self.dates(raw):
                if (idx, dm.start) in self.claimed or _REL_NOUN_AFTER.match(raw, dm.end) or _JA_PREMIERE_AFTER.match(raw, dm.end):
                    continue  # a premiere date ("… Reveals January 8 Debut", 「2027年1月放送開始」) is not the trailer's
                if _date_of_other_release(raw, m.start(), m.end(), dm.start):
                    continue  # "The PV previews the Blu-ray, which will be released on December 12": the disc's day
                if dm.relative and _WEEKDAY_WORD.search(dm.text) and _FUTURE.search(raw, 0, dm.start) and not _WAS_SAID.search(raw, 0, dm.start):
                    continue  # "Trailer 3 will be released Friday": a day to come, not last Friday
                hi = max(dm.start, m.start())
                if ";" in raw[min(dm.end, m.end()):hi] and raw.count("(", 0, hi) <= raw.count(")", 0, hi):
                    continue  # "Moves to April 2027; Third Trailer … Revealed": another statement's date
                if _VIDEO_CLAUSE_CUT.search(raw, min(dm.end, m.end()), hi):
                    continue  # "…, and the staff screened the first PV … in July", "…, while the key visual went up in June"
                dist = abs(dm.start - m.start())
                if best is None or dist < best[0]:
                    best = (dist, self._past_date(dm) if past or _said_past(raw, dm.start)
                            or _RELEASED_IN.search(raw, max(0, dm.start - 40), dm.start) else dm.date)   # ("debuted in June")
                    item = self._news_item_day(s) if dm.relative and _TODAY.search(dm.text) else ""
                    if item:   # "PV 2 premiered today" in a news list's item: that item's day
                        best = (dist, PartialDate.parse(item))
            date = best[1].iso() if best else (self._same_day_as_news(idx, raw) or self._also_with_news(idx, s)
                                               or self._posted_today(raw, s))
            have = self.trailers.get(key)
            if have and have[0] and not (have[3] and not s.heading and date):
                a, b = PartialDate.parse(have[0]), PartialDate.parse(date) if date else None
                if not (a and b and b.refines(a)):
                    continue
            elif have and not date:
                continue
            self.trailers[key] = (date, raw, s.section, s.heading)

    # ------------------------------------------------------------------ episodes, events
    def episodes(self, s: _Sent):
        raw = s.text
        if self.negated(raw):
            return
        for m in (_EPISODES.finditer(raw) if may_contain_i(raw, _EPISODES_WORDS) else ()):
            n = m.group("n") or m.group("n2") or m.group("n3")
            if not n or not 1 <= int(n) <= 2000:
                continue
            if re.search(r"\b(?:first|previous|prior)\s+(?:\w+\s+)?seasons?\b|season\s+(?:one|1)\b|\bmanga\b|volumes?", raw[:m.start()], re.I) \
                    and not (m.group().lower().startswith(("collect", "contain")) and re.search(r"Blu-?ray|DVD", raw, re.I)):
                continue   # (but "the Blu-ray … in three volumes collecting all 12 episodes": the whole series)
            if self.season_no and self.prev_season(raw[:m.start()]) and not self.own_season(raw[:m.start()]):
                continue   # "while Season 2 wrapped up its 12-episode run", said of a work that is Season 3
            if re.match(r"\s+(?:of|from|in)\s+(?:the\s+)?(?:(?:first|previous|prior|last|earlier|original)\s+(?:season|series|cour)|season\s+(?:one|1)\b)",
                        raw[m.end():], re.I):
                continue   # "all 12 episodes of season one are on Netflix": the earlier season's count
            self.add("episodes", "", str(int(n)), raw)
            return

    def reveal_events(self, s: _Sent):
        """"The staff and cast were revealed at the studio's panel at Anime NYC 2026", "the first promotional video
        debuted at … Anime Expo 2026", "At the AnimeJapan 2026 stage, Season 2 was announced": a known convention or
        festival where news of the work came out (a sentence about the work, not a past or another title's)."""
        raw = s.text
        if not _may_name_event(raw):
            return   # (no place _AT_REVEAL_EVENT could name: nothing below can be added)
        if self.negated(raw) or not _REVEAL_VERB.search(raw):
            return
        if not (s.mentions or _ANAPHORA.search(raw) or self.own_season(raw)
                or ((s.block_mentions or self.mentions(getattr(self.page, "title", "") or "")) and not re.search(r"[“\"«]", raw))):
            return
        if _EARLIER.search(raw) or self.prev_season(raw) or _HYPOTHETICAL.search(raw):
            return   # "the first season's PV debuted at Anime Expo 2019", "whether a PV would be shown at …"
        if self._other_titles_video(raw):
            return   # "OTHER's teaser debuted at X Fest 2026": that title's video
        what = []
        own_verbs = {}
        for w in _REVEALED_WHAT.finditer(raw):
            of = _OF_TITLE.match(raw, w.end())
            if of and not self.mentions(of.group("t")):
                return   # "The cast of OTHER was revealed at Anime Expo": that title's news
            w_text = w.group().lower()
            w_text = w_text + " trailer" if w_text == "teaser" else w_text   # (a bare "teaser" is the teaser trailer)
            what.append(w_text)
            ov = _OWN_REVEAL_VERB.match(raw, w.end())
            if ov:   # "…, where an announcement teaser was shown": what was shown, not what was announced
                own_verbs[w_text] = ov.group("v").lower()
        if not what and not (s.mentions or self.own_season(raw)):
            return   # naming neither the work nor what of it came out: perhaps another title's news
        for m in _AT_REVEAL_EVENT.finditer(raw):
            event = m.group("event").strip()
            if self.mentions(event):
                continue
            verb = _REVEAL_VERB.search(raw).group().lower()
            if any(v != verb for v in own_verbs.values()):   # (one verb for all: "the cast and a PV were revealed")
                value = " and ".join(f"{w} {own_verbs.get(w, verb)}" for w in dict.fromkeys(what))
            else:
                value = (" and ".join(dict.fromkeys(what)) + " " + verb).strip()
            self.add("premiere_event", event, value, raw)

    def _own_panel(self, before: str, event: str, s: _Sent, after: str) -> bool:
        """"Starlit Harbor's Anime Expo 2026 panel featured a screening of the first episode": the panel is the work's
        when its possessive names the work (or, with none, the sentence or its paragraph is about the work), and the
        episode screened is no other title's ("… of the first episode of OTHER")."""
        of = re.match(r"\s+of\s+(?:the\s+)?(?:anime\s+|series\s+)?[“\"]?([A-Z][^,.;]{1,60})", after)
        if of and not (self.mentions(of.group(1)) or self.own_season(of.group(1))):
            return False
        poss = before[:before.find(event)] if event in before else before
        if re.search(r"[’']s\s+$", poss):
            return self.mentions(poss)
        return s.mentions or s.block in self.lead_about

    def _ja_other_season_song(self, text: str, start: int) -> bool:
        """「第2期のオープニングテーマ」「前作のEDテーマ」: the song's kind owned by a season that is not this work."""
        m = _JA_SEASON_OWNS_SONG.search(text, max(0, start - 12), start)
        return bool(m) and not self.own_season(m.group(0))

    def _other_season_named(self, text: str) -> bool:
        """Does `text` name a season by number that is not this work's ("… Season 2 Advance Screening" when the work is
        the first season, or has no number: that season's event)?"""
        return bool(re.search(r"\b[Ss]eason\s+\d+|第\s*\d+\s*期", text)) and not self.own_season(text)

    def event_hosts_premiere(self, s: _Sent):
        """"Anime NYC will host the U.S. premiere of the first two episodes of Starlit Harbor", "The Animation Is Film
        Festival will host the North American premiere of Starlit Harbor": the event, as the subject, premieres the
        work (named after the premiere; another title there is not the work's)."""
        raw = s.text
        if self.negated(raw) or s.prev_season or _HYPOTHETICAL.search(raw):
            return
        for m in _EVENT_HOSTS_PREMIERE.finditer(raw):
            rest = raw[m.end():]
            title = re.split(r"\s+(?:on|in|at|this|next|during|with|alongside)\s|[,;.(]", rest, maxsplit=1)[0]
            if not self.mentions(title) or self.mentions(m.group("event")):
                continue
            kind = re.sub(r"\s+", " ", m.group("kind").lower())
            what = m.group("what")
            value = f"{kind} of the {what.lower()}" if what else kind
            self.add("premiere_event", re.sub(r"^(?:The|At)\s+", "", m.group("event")).strip(), value, raw)

    def opens_festival(self, s: _Sent):
        """"Starlit Harbor will open the Animation Is Film Festival 2026", "The film will screen as the closing film of the
        Tokyo Anime Award Festival 2027": the work is a festival's opening or closing film (its subject is the work)."""
        raw = s.text
        if self.negated(raw) or s.prev_season or _HYPOTHETICAL.search(raw):
            return
        for m in _OPENS_FESTIVAL.finditer(raw):
            subj = raw[:m.start()]
            told = self.mentions(subj) or (_ANAPHORA.search(subj) and (s.block_mentions or s.block in self.lead_about
                                                                       or self._title_mentions()))
            if not told or re.search(r"[“\"]", subj) and not self.mentions(subj):
                continue   # ("The film will open …" in a paragraph about another film is that film's)
            if re.search(r"\b(?:and|while|but|as\s+well\s+as)\b", subj) and not self.mentions(subj.split(",")[-1]):
                continue   # "…, while OTHER will open the festival"
            event = re.sub(r"^(?:The|At)\s+", "", m.group("event")).strip()
            if self.mentions(event):
                continue
            pos = (m.group("pos") or m.group("verb")).lower()
            pos = "opening" if pos.startswith("open") else "closing"
            self.add("premiere_event", event, f"{pos} film", raw)

    def screening_title_line(self, s: _Sent):
        """"Fogbell Inn Episode 1 Advance Screening & Cast Talk" as a heading or a line of its own: an event of the work
        that names the episodes it shows (another season's line is that season's)."""
        t = s.text.strip()
        ep = _TITLE_EPISODES.search(t)
        if ep is None or not s.mentions or s.prev_season or _SENTENCE_VERB.search(t) or not _SCREENING_TITLE.search(t) \
                or self._other_season_named(t):
            return
        what = re.sub(r"\s*(?:&|and|,)\s*", " and ", ep.group().lower())
        self.add("premiere_event", self._event_in_line(t), f"{what} screened", t)

    def _event_in_line(self, line: str) -> str:
        """A screening title line's event: the convention it names ("Anime Expo 2026 Fogbell Inn Premiere Event" is the
        work's stage at Anime Expo 2026), else the line itself."""
        at = _EVENT_NAME_RX.search(line)
        name = re.sub(r"^(?:The|At)\s+", "", at.group("event")).strip() if at else ""
        return name if name and not self.mentions(name) else line

    def titled_screening(self, idx: int, s: _Sent):
        """An event block on an official site: a title line "Cloudline Couriers Season 2 Advance Screening", then the
        date and venue, then "Episodes 1 and 2 of Season 2 will be screened ahead of broadcast": the line is the
        event's name (the work's own event, so it names the work), the episodes what was shown."""
        raw = s.text
        m = _EPISODES_SCREENED.search(raw) or _PROGRAM_SCREENING.search(raw)
        if m is None or s.prev_season or self.negated(raw) or _HYPOTHETICAL.search(raw):
            return
        of = m.groupdict().get("of")
        if of and not (self.own_season(of) or self.mentions(of)):
            return   # "Episode 1 of OTHER will be screened"
        for k in range(idx - 1, max(-1, idx - 9), -1):   # (title, Date, its day, Venue, the venue, Program: a labelled block)
            line = self.sents[k]
            if line.section != s.section:
                return
            t = line.text.strip()
            if len(t) < 90 and (_SCREENING_TITLE.search(t) or _SCREENING_TITLE_LEAD.match(t)) and line.mentions \
                    and not line.prev_season and not _SENTENCE_VERB.search(t) and not self._other_season_named(t):
                what = _ARTICLE.sub("", (m.group("what") or m.groupdict().get("what2") or "").lower())
                self.add("premiere_event", self._event_in_line(t), f"{what} screened", raw + " " + t)
                return

    def announce_event(self, idx: int, s: _Sent):
        """"…, when the anime was first announced during a stage event at AnimeJapan 2026", "The announcement was made at
        the Hoshizora Festival 2026" (in an article on the work's adaptation): the event where the anime was announced."""
        raw = s.text
        if s.prev_season or self.negated(raw) or _HYPOTHETICAL.search(raw):
            return
        m = _ANNOUNCED_AT.search(raw)
        if m is not None:
            subj = m.group("subj").lower()
            what = "anime" if not re.search(r"season|sequel", subj) else re.sub(r"^(?:the|its|a)\s+", "", subj)
        else:
            m = _ANNOUNCEMENT_AT.search(raw)
            if m is None:
                return
            told = (x.text for x in self.sents[max(0, idx - 4):idx + 1] if x.block == s.block)
            if not any(_ADAPTED.search(t) for t in (*told, getattr(self.page, "title", "") or "")):
                return
            what = "anime"
        event = m.group("event").strip()
        if not self.mentions(event):
            self.add("premiere_event", event, f"{what} announced", raw)

    def _where_video_shown(self, s: _Sent):
        """"… at Kanto Content Market 2026 in late October, where the committee premiered a 90-second teaser": the
        dated event where a video of the work was first shown."""
        raw = s.text
        for m in _EVENT_WHERE_VIDEO.finditer(raw):
            event = m.group("event").strip()
            # (the work's own event may carry its name: "the Hollow Tide Fan Meeting 2026")
            own_event = self.mentions(event) and _OWN_EVENT_NOUN.search(self.name_re.sub("", event) if self.name_re else "")
            if (own_event or not self.mentions(event)) and not self._other_titles_video(raw):
                self.add("premiere_event", event, f"{m.group('what').strip()} {m.group('verb').lower()}", raw)

    def work_stage(self, s: _Sent):
        """'Stage report: "X" special stage at Anime Harbor Fes 2026' (an official site's news list): the work's own
        stage at that event."""
        raw = s.text
        wm = _WORK_STAGE_AT.search(raw)
        if wm and self.mentions(wm.group("t")) and not self.mentions(wm.group("event")) and not self.negated(raw):
            self.add("premiere_event", wm.group("event"), wm.group("what").lower(), raw)

    def events(self, s: _Sent):
        raw = s.text
        if self.negated(raw):
            return
        hs = (_SCREENED_HERE.search(raw) if may_contain_i(raw, ("screening",))   # (in every _SCREENED_HERE match)
              and not _EVENT_WHERE.search(raw) and not _AT_EVENT.search(raw) else None)
        ev = None
        if hs:   # the event: the section's heading, or a short title line just before
            i = next((k for k, x in enumerate(self.sents) if x is s), -1)
            near = [self.sents[k].text for k in range(i - 1, i - 6, -1) if k >= 0 and self.sents[k].section == s.section
                    and len(self.sents[k].text) < 90]
            # (first the sentence's own subject: "Starlit Harbor's Anime Expo 2026 panel featured a screening of …")
            own = raw[:hs.start()]
            for cand in (own, self.headings.get(s.section, ""), *near):
                ev = _EVENT_NAME_RX.search(cand)
                if ev:
                    break
        name = re.sub(r"^(?:.*[’']s\s+|(?:The|At|During|In)\s+)", "", ev.group("event")).strip() if ev else ""   # (no possessive or article)
        if ev and ev.string is own and not self._own_panel(own, name, s, raw[hs.end():]):
            ev = None   # "OTHER's Anime Expo 2026 panel featured a screening of …": another title's panel
        if ev and not self.mentions(name):
            # "AnimeJapan 2027 … Stage" / "The stage featured an advance screening of Episode 1."
            kind = (hs.group("kind") or "").lower().strip()
            self.add("premiere_event", name, f"{hs.group('ep')} {kind} screening".replace("  ", " "), raw)
        for m in ((*_EVENT_FIRST.finditer(raw), *_EVENT_AUDIENCE.finditer(raw)) if "episode" in raw else ()):   # each ends in "episode(s)"
            event = re.sub(r"^[A-Z][\w-]*[’']s\s+", "", m.group("event").strip())
            what = m.group("what").lower()
            of = re.match(r"\s+of\s+(?:the\s+)?(?P<t>[A-Z“\"][^,.;]{0,60})", raw[m.end():])
            if of and not (self.mentions(of.group("t")) or self.own_season(of.group("t"))):
                continue   # "… got to see the first episode of OTHER": that title's
            panel = _TITLED_PANEL.search(raw) if not s.mentions else None   # (a company's or the event's own stage is no title)
            if panel and not self.mentions(panel.group("t")) and not _EVENT_NAME_RX.search(panel.group("t")) \
                    and not _NOT_A_TITLE.match(panel.group("t")):
                continue   # "Attendees of the OTHER panel at Anime NYC … saw the first episode": that title's panel
            if not self.mentions(event):
                self.add("premiere_event", event, f"{what} screened", raw)
        for m in (_EVENT_THERE.finditer(raw) if "there" in raw else ()):
            event = m.group("event").strip()
            if not self.mentions(event):
                self.add("premiere_event", event, f"{_ARTICLE.sub('', m.group('what').lower())} {m.group('v').lower()}", raw)
        for m in ((*_EVENT_TITLED.finditer(raw), *_EVENT_TITLED_WHERE.finditer(raw)) if "episode" in raw and (" titled " in raw or " called " in raw or " named " in raw
                                                                       or " dubbed " in raw or " billed " in raw) else ()):
            if not (s.mentions or s.block_mentions or s.block in self.lead_about or _ANAPHORA.search(raw)
                    or re.search(r"\b(?:pre-?broadcast|pre-?release|pre-?premiere|advance)\b", raw[:m.start("event")], re.I)):
                continue   # an event of some other title the article mentions
            # (named in quotes after "event titled": an event even when it carries the work's name)
            self.add("premiere_event", m.group("event").strip(), f"{_ARTICLE.sub('', m.group('what').lower())} screening", raw)
        places = _may_name_event(raw)   # (each pattern below needs an event's name)
        for m in (_EVENT_WHERE_SHOWN.finditer(raw) if places else ()):
            event = m.group("event").strip()
            if not self.mentions(event):
                self.add("premiere_event", event, f"{_ARTICLE.sub('', m.group('what').lower())} screened", raw)
        for m in (_EVENT_WHERE.finditer(raw) if places else ()):
            event = m.group("event").strip()
            if not self.mentions(event):
                what = _ARTICLE.sub("", m.group("what").lower())
                self.add("premiere_event", event, f"{what} {m.group('kind').lower()}", raw)
        for m in (_EVENT.finditer(raw) if places else ()):
            mid = m.group("mid") or ""
            verb = re.search(r"\b(?:screen\w*|premier\w*|shown|show\w*|debut\w*|play\w*|held)\b", mid + " " + m.group("what"), re.I)
            if not verb:   # "A special pre-broadcast screening of episode 1 took place at Harbor Hall"
                verb = re.search(r"\bscreenings?\s+of\s+(?:the\s+)?$", raw[max(0, m.start() - 30):m.start()], re.I)
            if not verb and m.group("what").lower().endswith("reel"):
                verb = re.search(r"\b(?:showed|screened|presented|unveiled|previewed)\s+$", raw[max(0, m.start() - 20):m.start()])
            if not verb and re.search(r"\b(?:bring\w*|brought|tak(?:e|es|ing)|took)\s+$", raw[:m.start()], re.I) \
                    and re.match(r"\s*to\b", raw[m.end("mid"):]):
                verb = re.match(r"", "screened")   # "we're bringing the first two episodes to Anime Expo": a screening there
            if not verb and re.sub(r"^(?:the\s+)?season\s+\d+\s+", "", m.group("what").lower().lstrip()).startswith(
                    ("the first", "first", "episode", "the opening", "opening", "premiere")):
                # "Crunchyroll will premiere the first episode of X at Anime Expo 2026": the verb before what is shown
                lead = raw[max(0, m.start() - 26):m.start()]
                verb = re.search(r"\b(?:screen(?:s|ed|ing)?|premier(?:e|es|ed|ing)|show(?:s|ed|ing)?|debut(?:s|ed|ing)?)(?=\s+(?:its\s+|their\s+)?$)",
                                 lead, re.I)
                if verb and re.search(r"\b(?:its|their)\s+$", lead) and not self.mentions(raw[:m.start()]):
                    verb = None   # "OTHER will debut its first episode at …": the subject's own episode
            if not verb:
                continue
            ep = _FIRST_EP.search(mid)   # "the world premiere of the first episode at …"
            pv = m.group("what").endswith(" PV") or m.group("what").startswith("PV")
            teaser = ("teaser" in m.group("what").lower() or pv) and not m.group("what").lower().endswith("reel")
            if teaser and not re.search(r"\b(?:screen\w*|played|premiered|debuted|shown)\b", mid):
                continue   # "the teaser … at AnimeJapan" must say it was shown there
            if not (s.mentions or _ANAPHORA.search(raw) or m.group("what").lower().startswith(("the first", "first", "episode")) or ep or ((m.group("what").lower().endswith("reel") or teaser) and (s.block_mentions or s.block in self.lead_about or (self.mentions(getattr(self.page, "title", "") or "") and not re.search(r"[“\"«]", raw))))):
                continue   # "Episodes 1 and 2 will be screened at …": a premiere screening names no other work's episodes
            if ("episode" in m.group("what").lower() or m.group("what").lower().endswith("reel")) \
                    and re.match(r"\s*(?:of|from|for)\s+[A-Z“\"]", mid) and not self.mentions(mid) and not self.own_season(mid):
                continue   # "Episode 1 of OTHER will screen at …", "the first episode of OTHER" (not "… of Season 2", the work)
            what = re.sub(r"^(?:the|an?|its)\s+", "", m.group("what").strip(), flags=re.I).lower()
            what = re.sub(r"^(?:film|movie|anime|series|show)[’']s\s+", "", what)
            if ep and "episode" not in what:
                what = _ARTICLE.sub("", ep.group().lower()) + " " + what
            kind = _PREMIERE_KIND.search(mid)
            if "episode" in what and kind and re.match(r"episodes?\s+\d", what):   # "Episodes 1 and 2 … their world premiere"
                value = f"{what} {kind.group(1).lower()} premiere"
            elif "episode" in what and kind:   # "the first episode will get its world premiere at …"
                value = f"{kind.group(1).lower()} premiere of the {what}"
            elif "episode" in what and not what.endswith("premiere"):
                value = f"{what} screened" + (" in advance" if re.search(r"\bin\s+advance\b", mid) else "")
            elif "advance screening" in what:
                value = "advance screening"
            elif pv:
                value = f"{re.sub(r'^(?:[Tt]he|[Ii]ts)[ ]+', '', m.group('what'))} {verb.group().lower()}"   # "second PV premiered"
            elif teaser:
                value = "teaser trailer screened"   # (a teaser PV too: the teaser was what was shown)
            elif re.search(r"(?:footage|preview|peek|look|pilot)$", what):
                value = f"{what} screened" if verb.group().lower().startswith("screen") else f"{what} shown"
            else:
                value = what
            event = re.sub(r"^[A-Z][\w-]*[’']s\s+", "", m.group("event").strip()).rstrip("!").strip("“”\"")   # (a headline's "!")
            yr = _EVENT_RUNS_IN.match(raw, m.end()) if not re.search(r"\d{4}$", event) else None
            if yr:   # "… Animation Festival, which runs March 10–15, 2027": that edition of the festival
                event = f"{event} {yr.group('y')}"
            tail = raw[m.start("mid"):m.end() + 40]   # (the quoted name may be the event group's own match)
            qe = _QUOTED_EVENT_AT.search(tail) if ("“" in tail or '"' in tail) else None
            if qe:   # "… at the “Lumen Ferry Launch Night” event at Tokyo's X Hall": the named event, not its venue
                self.add("premiere_event", qe.group("event").strip(), value, raw)
                continue
            if self.mentions(event) and not _OWN_FAN_EVENT.search(event):
                continue   # (but "the main stage of TITLE Fan Festa 2026": the franchise's own event)
            self.add("premiere_event", event, value, raw)

    def _event_known(self, event: str) -> bool:
        """A premiere event another reader already took (the same name, or one within the other, its edition and year
        aside: "5th Harbor Bay Animation Festival" is "Harbor Bay Animation Festival 2027"): its value stands."""
        fe = _event_core(event)
        return any(f.field == "premiere_event" and fe and (_event_core(f.key) in fe or fe in _event_core(f.key))
                   for f in self.facts)

    def _ne_clean_name(self, name: str) -> str:
        """The event's own name in a run of capitalised words ("At Seiran Manga Fest 2026" → "Seiran Manga Fest 2026",
        "Crunchyroll's Winter Showcase 2026" → "Winter Showcase 2026"); empty when it is only a kind of event."""
        name = _NE_LEAD.sub("", _NE_CUT.sub("", name.strip())).strip(" :.,")
        known = _EVENT_NAME_RX.search(name)   # "AnimeJapan 2026 Frontier Stage": the convention
        if known and known.start() == 0:
            name = known.group("event").strip()
        if any(fold(n).startswith(fold(name)) for n in (self.work.title, *self.work.aliases)):
            return ""   # "Hollowmere Night" of the title "Hollowmere Night Bakery"
        rest = self.name_re.sub(" ", name) if self.name_re and self.mentions(name) else name
        words = [w.lower() for w in rest.split() if not re.fullmatch(r"(?:19|20)\d\d|\d{1,2}|[Ss]eason", w)]
        if not words or not any(w in _NE_GENERIC for w in rest.lower().split()) and self.mentions(name):
            return ""   # the work's own title, no event word left
        if all(w.lower() in _NE_GENERIC for w in name.split() if not re.fullmatch(r"(?:19|20)\d\d|\d{1,2}", w)) \
                and not re.search(r"(?:19|20)\d\d$", name):
            return ""
        if self.mentions(name) and not re.search(r"\b(?:Fest|Festa|Festival|Fes|Expo|Con|Night|Premiere|Showcase|Live|Summit|"
                                                 r"Gala|Party|Screening|Celebration|Event|Stage|Meeting|Thanksgiving|Gathering)\b", rest):
            return ""
        return name

    @staticmethod
    def _ne_verb_for(what: str, masked: str):
        """The showing verb that fits what was shown: an episode is screened, a video unveiled, a song performed, a
        cast or an anime announced (None: no verb of the sentence fits it)."""
        w = what.lower()
        if re.search(r"episode|minutes|footage|pilot", w):
            kinds = ("screen", "premier", "show", "play", "preview", "debut", "present")
        elif re.search(r"teaser|trailer|pv|video|visual", w):
            kinds = ("debut", "unveil", "reveal", "premier", "screen", "show", "play", "present", "announc")
        elif re.search(r"song|theme", w):
            kinds = ("perform", "premier", "debut", "unveil", "play", "reveal", "announc")
        else:
            kinds = ("announc", "reveal", "unveil")
        return next((v for v in _NE_VERB.finditer(masked) if v.group().lower().startswith(kinds)), None)

    def named_event_shows(self, s: _Sent):
        """One reader for an event's name, a showing verb and what of the work was shown, in any order in one sentence
        ("The first episode will receive an advance screening at the X Premiere Night event", "At X Fest 2026 the
        panel debuted a teaser", "…first live performances at the X Festival, where episode 1 will also be screened"):
        the readers before it each want one word order; this one wants only the three parts and the work."""
        raw = s.text
        if self.negated(raw) or s.prev_season or _HYPOTHETICAL.search(raw) or (self.prev_season(raw) and not self.own_season(raw)):
            return
        if self._other_titles_video(raw) or _NE_PAST.search(raw):
            return   # "OTHER's teaser debuted at X Fest", "her last show premiered …": another title's or a past event
        names = []
        for m in _NE_NAME.finditer(raw):
            name = self._ne_clean_name(m.group("event"))
            if name:
                names.append((name, m.start("event") + m.group("event").rfind(name), m.end("event")))
        names.extend(self._ne_dated_names(raw, names))
        if not names:
            return
        masked = raw
        for _, a, b in names:
            masked = masked[:a] + " " * (b - a) + masked[b:]
        if _NE_VERB.search(masked) is None:
            return
        ours = s.block_mentions or s.block in self.lead_about or self._title_mentions() or self._ja_section_is_ours(s)
        other_name = self._ne_other_title(masked)
        told = s.mentions or self.own_season(raw) or any(self.mentions(n) for n, _, _ in names) or (
            _ANAPHORA.search(raw) and ours and not other_name)   # ("OTHER … screened its first episode")
        for q in re.finditer(r"[“\"]([^”\"]{2,80})[”\"]", masked):
            if not self.mentions(q.group(1)) and not _NE_NAME.search(q.group(1)):
                return   # a quoted other title ("the first episode of “OTHER” screened …")
        whats, verb, premieres = [], None, []
        pointed = False   # "The same PV was shown …", "This teaser debuted …": a video the paragraph already named
        for w in _NE_WHAT.finditer(masked):
            pointed = pointed or bool(_NE_POINTED.search(masked, max(0, w.start() - 12), w.start())) or (
                _NE_VIDEO_WORD.search(w.group()) is not None and _NE_DEFINITE_VIDEO.search(masked, max(0, w.start() - 40), w.start()) is not None)
            of = re.match(r"\s+(?:of|for|from)\s+(?:the\s+)?(?P<t>[A-Z][^,.;]{0,60})", masked[w.end():])
            if of and not (self.mentions(of.group("t")) or self.own_season(of.group("t")) or _NOT_A_TITLE.match(of.group("t"))
                           or _NE_AUTHOR_SOURCE.match(of.group("t"))):
                return   # "the first episode of OTHER" (but "the anime adaptation of X's manga": its author's source)
            owner = _NE_OWNER_BEFORE.search(masked, 0, w.start())
            if owner and not (self.mentions(owner.group("o")) or _NOT_A_TITLE.match(owner.group("o"))):
                return   # "OTHER's first episode", "OTHER will premiere its first episode"
            fit = self._ne_verb_for(w.group(), masked)
            if fit is None:
                continue   # ("the cast performed at X Festival": a cast is announced there, not performed)
            if _NE_NO_WHAT.search(masked, max(0, w.start() - 20), w.start()) or _NE_NOT_VERB.search(masked, max(0, fit.start() - 24), fit.start()):
                return   # "No new PV will be shown at X Fest": nothing was
            verb = verb or fit
            whats.append(re.sub(r"\s+", " ", w.group()).lower())
        if not whats:   # "… will hold the film's North American premiere": the premiere is what was shown
            premieres = [re.sub(r"\s+", " ", p.group()).lower() for p in _NE_PREMIERE_KIND.finditer(masked)]
            pointed = pointed or any(_NE_DEFINITE_VIDEO.search(masked, max(0, p.start() - 40), p.start())
                                     for p in _NE_PREMIERE_KIND.finditer(masked))
        if not (whats or premieres) or not (told or (re.match(r"(?:first|opening|premiere|1st|episode)", (whats or premieres)[0]) or pointed) and ours
                                            and not other_name):
            return   # (the work unnamed: "The first episode will get an advance screening at …" on the work's page)
        value = " and ".join(dict.fromkeys(whats)) + " " + verb.group().lower() if whats else " and ".join(dict.fromkeys(premieres))
        self.named_events.extend((name, value, raw) for name, _, _ in names)

    def _ne_dated_names(self, raw: str, names: list) -> list:
        """Events named by their capitalised words and year with no event noun ("at Anime Harbor 2026", "on the main stage
        of Tokyo Anime Harvest 2026"), that no name already read covers: a place word before them says they are places."""
        found = []
        for m in (_NE_DATED_NAME.finditer(raw) if "at" in raw or "uring" in raw or " of " in raw else ()):
            a, b = m.start("event"), m.end("event")
            if any(a < e and s0 < b for _, s0, e in names) or _NE_DATED_NOT_EVENT.match(m.group("event")):
                continue
            name = self._ne_clean_name(m.group("event"))
            if name and len(name.split()) >= 3 - bool(re.search(r"[a-z][A-Z]", name)):   # (two words and the year; "AnimeJapan 2026")
                found.append((name, a + m.group("event").rfind(name), b))
        return found

    def _ne_other_title(self, masked: str) -> str:
        """A capitalised name of two words or more in the sentence (its events blanked out) that may be another title:
        not the sentence's article and one word ("The TV anime"), a region or a language ("North American", "English"),
        a source's author ("Tetsuji Yamabuki's manga"), or the work's own title cut short ("Velvet Kitchen Brigade" on
        the page of its second season)."""
        titles = [fold(t) for t in (self.work.title, *self.work.aliases) if t]
        for m in _NE_OTHER_NAME.finditer(masked):
            words = m.group().split()
            if all(w.lower().strip("’'") in _NE_NOT_TITLE_WORDS for w in words) or \
                    len([w for w in words if w.lower() not in _NE_NOT_TITLE_WORDS]) < 2 and words[0].lower() in _NE_NOT_TITLE_WORDS:
                continue
            if (re.search(r"[’']s?$", m.group()) and _NE_AUTHOR_OF.match(masked, m.end())) or self.mentions(m.group()):
                continue
            fm = fold(m.group())
            if len(fm) >= 6 and any(t.startswith(fm) for t in titles):
                continue
            return m.group()
        return ""

    def _ja_insert_song_sung(self, s: _Sent):
        """One reader for an insert song (劇中歌・挿入歌「T」) and its singer anywhere in the sentence: 「X演じるCが歌う」
        (X), 「C役のXが歌う」, 「（歌：X）」, 「「T」をXが歌う」, 「Xが歌う」; a singer that is a character of the work is its
        actor (a surname alone, the full name the page gave). Read with the other insert songs in finish()."""
        t = s.text
        if not (s.mentions or self._ja_section_is_ours(s)) or self.negated(t) \
                or any(not self.mentions(q.group()) for q in re.finditer(r"『[^』]{1,40}』", t)):
            return
        for m in _JA_INSERT_NAMED.finditer(t):
            title = (m.group("title") or m.group("title2") or "").strip()
            if not title or self.mentions(title):
                continue
            masked = t.replace(f"「{title}」", "「」")
            singer = None
            for rx in _JA_SINGERS:
                sm = rx.search(masked)
                if sm:
                    singer = _ja_tidy(sm.group("a"))
                    break
            if singer:
                actors = {f.value for f in self.facts if f.field == "cast" and fold(f.key) == fold(singer)}
                singer = actors.pop() if len(actors) == 1 else self._ja_full_name(singer)
                if self.mentions(singer) or not _JA_SINGER_NAMEISH.fullmatch(singer) or re.search(r"キャスト|出演者|声優陣|キャラクター|全員", singer):
                    singer = None
            if singer:   # (a reading that took 「X演じるC」 or 「C役のX」 whole for the singer gives way)
                self.inserts = [(ti, None if ti == title and ar and re.search(r"演じる|役の|役・", ar) else ar, e, i)
                                for ti, ar, e, i in self.inserts]
            self.inserts.append((title, singer, t, -1))

    def _ja_own_season_part(self, s: _Sent):
        """「第1期最終話の放送直後に第2期の制作決定が発表され、…「鉄フォ祭2026」にて第2期のティザーPVが初公開」: a sentence
        that names an earlier season and then this one; the event reader reads it from the first clause of this season."""
        parts = re.split(r"(?<=[、，])", s.text)
        for i, part in enumerate(parts):
            if self.own_season(part) and not self.prev_season(part):
                self._ja_named_event_shows(s, "".join(parts[i:]))
                return

    def _ja_named_event_shows(self, s: _Sent, t: str | None = None):
        """The Japanese half of named_event_shows: 「EVENT」 (followed by で/にて/では) or AnimeJapan 2026 unquoted, a showing
        verb (上映, 初披露, 解禁…) and what of the work was shown (第1話, 冒頭12分, ティザーPV, 制作決定…) anywhere in the
        sentence (or in `t`, the part of it about this season); the value is the page's words from what to its verb."""
        t = s.text if t is None else t
        if self.negated(t) or _JA_CALLED_OFF.search(t) or (self.prev_season(t) and not self.own_season(t)):
            return
        if any(not self.mentions(q.group()) for q in re.finditer(r"『[^』]{1,40}』", t)) or _JA_NE_OTHER_WORK.search(t):
            return   # 『OTHER』, 「別作品のPV」「人気作の第1話」: another title's news
        owner = _JA_NE_STAGE_OWNER.search(t) if "ステージ" in t else None
        if owner is not None and not self.mentions(owner.group("owner")) and owner.group("owner") not in _JA_NE_OWN_STAGE:
            return   # 「霧笛のパン屋スペシャルステージが…で開催され」: another title's stage, its name unbracketed
        names = []
        for m in _JA_NE_QUOTED.finditer(t):
            name = (m.group("event") or m.group("bare") or "").strip()
            if not name or not self._ja_event_shaped(name, t, m.start()):
                continue   # (「X」 alone, or the work's title with no event word left)
            if m.group("event") and _JA_NE_SONG_BEFORE.search(t, max(0, m.start() - 6), m.start()):
                continue   # 主題歌「夏祭り」: a song
            names.append((name, m.start(), m.end()))
        for m in (_JA_NE_TAG.finditer(t) if "【" in t else ()):
            if _JA_NE_KIND.search(m.group("event")):
                names.append((m.group("event").strip(), m.start(), m.end()))
        carried = [] if names or not any(w in t for w in _JA_NE_ANAPHOR_WORDS) or not _JA_NE_ANAPHOR.search(t) \
            else self._ja_event_pointed_back(s)
        if not names and not carried:
            return
        if not (s.mentions or "本作" in t or self._ja_section_is_ours(s) or any(self.mentions(n) for n, _, _ in names + carried)):
            return
        masked = t
        for _, a, b in names:
            masked = masked[:a] + "　" * (b - a) + masked[b:]
        verb = _JA_NE_VERB.search(masked)
        if verb is None:
            return
        whats = []
        for w in _JA_NE_WHAT.finditer(masked):
            if self._ja_other_owner(t, w.start()):
                return   # 「『OTHER』の第1話」
            whats.append(w)
        if not whats and names and names[0][1] == len(t) - len(t.lstrip()):
            self._ja_caption_event(s, names, verb)   # 「AnimeJapan 2026 …のステージで初公開」 under the video it captions
            return
        if not whats:
            return
        names = names or carried
        first = whats[0]
        verb = _JA_NE_VERB.search(masked, first.end()) or verb   # (「公開に先立ち、…で冒頭12分の先行上映」: the verb of what was shown)
        gap = masked[first.end():verb.start()] if verb.start() >= first.end() else None
        if gap is not None and len(gap) <= 14 and not re.search(r"[。、「」　]", gap):
            value = masked[first.start():verb.end()]   # 「冒頭12分の先行上映」: as the page says it
        else:
            value = "・".join(dict.fromkeys(re.sub(r"\s+", "", w.group()) for w in whats)) + verb.group()
        self.named_events.extend((name, value, s.text) for name, _, _ in names)

    def _ja_event_shaped(self, name: str, t: str, at: int) -> bool:
        """Is a quoted name an event's? By its kind word (フェス, 見本市, 夜会, ミーティング), by the year that ends it
        (「アニメフロンティア2026」「フィオーレ整備日誌 2026」: a yearly event), or by what it is called right before it
        (ファンイベント「X」, 開催された「X」, 「X」 held)."""
        rest = self.name_re.sub("", name) if self.name_re else name
        if _JA_NE_KIND.search(rest):
            return True
        if _JA_NE_YEAR_END.search(name) and re.search(r"[^\d\s]", _JA_NE_YEAR_END.sub("", rest)) \
                and not _JA_NE_PRODUCT_NAME.search(name):
            return True   # (「ベストアルバム2026」「カレンダー2026」: a product with a year, not an event)
        return _JA_NE_CALLED_EVENT.search(t, max(0, at - 12), at) is not None

    def _ja_before_in_section(self, s: _Sent, back: int) -> list:
        """Up to `back` sentences just before `s` in its section, nearest first."""
        i = next((k for k, x in enumerate(self.sents) if x is s), -1)
        out = []
        for k in range(i - 1, max(-1, i - 1 - back), -1):
            if self.sents[k].section != s.section:
                break
            out.append(self.sents[k])
        return out

    def _ja_event_pointed_back(self, s: _Sent) -> list:
        """「…に開催された「Xフェス2026」。このステージで第2期のティザーPVが初公開」: the event a pointing word
        (このステージ, 同イベント, 当日は) refers to, named in one of the two sentences before it in the section and held
        there (開催された「X」, 「X」で); none when those sentences name another title."""
        for prev in self._ja_before_in_section(s, 2):
            t = prev.text
            if any(not self.mentions(q.group()) for q in re.finditer(r"『[^』]{1,40}』", t)) or _JA_NE_OTHER_WORK.search(t):
                return []
            found = [(m.group("event").strip(), 0, 0) for m in (*_JA_NE_HELD.finditer(t), *_JA_NE_DATED_QUOTE.finditer(t))]
            found += [((m.group("event") or m.group("bare") or "").strip(), 0, 0) for m in _JA_NE_QUOTED.finditer(t)]
            found = [(n, a, b) for n, a, b in found if n and _JA_NE_KIND.search(self.name_re.sub("", n) if self.name_re else n)]
            if found:
                return found[:1]
        return []

    def _ja_caption_event(self, s: _Sent, names: list, verb):
        """A caption that names only the event and the showing (「AnimeJapan 2026 …ブースのステージで初公開」) under the
        line of the video it tells of (「2026-03-28 特報 https://…」): what was shown is that line's video."""
        before = self._ja_before_in_section(s, 1)
        if not before or len(before[0].text) > 120:
            return
        t = before[0].text
        if any(not self.mentions(q.group()) for q in re.finditer(r"『[^』]{1,40}』", t)) or _JA_NE_OTHER_WORK.search(t):
            return
        w = next((w for w in _JA_NE_WHAT.finditer(t) if not self._ja_other_owner(t, w.start())), None)
        if w is not None and re.search(r"PV|予告|特報|トレーラー|ビジュアル", w.group()):
            self.named_events.extend((name, re.sub(r"\s+", "", w.group()) + verb.group(), t + " " + s.text) for name, _, _ in names)

    def _opens_or_follows_work(self, s: _Sent) -> bool:
        """`s` opens its paragraph, or a sentence before it in the paragraph names the work: a paragraph that turned
        to another title ("OTHER also returns. X, the director, …") is not read as the work's."""
        before = [x for x in self.sents[:next((i for i, x in enumerate(self.sents) if x is s), 0)] if x.block == s.block]
        return not before or any(x.mentions for x in before)

    def _apposition_credit(self, s: _Sent, m: re.Match) -> tuple[str, str] | None:
        """(role, person) of a `_ROLE_APPOSITION` match in `s` ("Mayu Ichinose, the character designer, drew the
        jacket", "the series' composer Daichi Honjo", "Brasswing Couriers' art director Shiho Nagumo", "from
        screenplays by Makoto Shibano"): the role is the work's when the sentence is about it and the role is owned
        by no other title and no past credit."""
        raw = s.text
        if s.prev_season or self.negated(raw) or _HYPOTHETICAL.search(raw):
            return None
        ours = s.block_mentions or s.block in self.lead_about or self._ja_section_is_ours(s)
        definite = bool(m.group("who")) and re.match(r",\s+the\s", raw[m.end("who"):]) is not None \
            and self._opens_or_follows_work(s)
        if not (s.mentions or ours and (_ANAPHORA.search(raw) or definite)):
            return None   # ("X, the character designer, drew …" on the work's page: the definite role is the work's)
        who = m.group("who") or m.group("who2") or m.group("who3")
        role = re.sub(r"\s+", " ", (m.group("role") or m.group("role2") or m.group("role3")).lower())
        owner = m.group("owner") or ""
        tail = m.group("tail") or ""
        of = re.match(r"\s+(?:of|for|on|behind)\s+(?P<t>[^,;.]+)", tail)
        if of and not (self.mentions(of.group("t")) or _ANAPHORA.match(of.group("t")) or self.own_season(of.group("t"))):
            return None   # "X, the director of OTHER,"
        if owner[:1].isupper() and not owner.startswith(("Its", "The ")) and not self.mentions(owner):
            return None   # "OTHER's composer X"
        near = raw[max(0, m.start() - 40):m.end() + 30]
        if _APPOS_PAST.search(near) or self.mentions(who) or _ST_WORD.search(who):
            return None   # "best known as …", "the former director X": a past credit
        return _APPOS_ROLE_MAP.get(role, _role(role)), _tidy_name(who)

    # ------------------------------------------------------------------ finishing
    def _ja_theme_pair(self):
        """「4人組バンド「X」が主題歌を担当」 in one sentence and 「主題歌「T」のサビが流れる」 in another: one artist and one
        title for the one theme song make 'T — X' (a film's theme is its ending, a series' its opening)."""
        artists = {a for a, _ in self.ja_theme_artist if a}
        titles = {t for t, _ in self.ja_theme_title}
        if len(artists) != 1 or len(titles) != 1:
            return
        film = any(x.mentions and re.search(r"劇場|映画", x.text) for x in self.sents) or \
            bool(re.search(r"劇場|映画", getattr(self.page, "title", "") or ""))
        kind = "ending" if film else "opening"
        self.add("theme_song", f"{kind} 1", f"{titles.pop()} — {artists.pop()}", self.ja_theme_title[0][1])

    @staticmethod
    def _streaming_window_only(by_key: dict):
        """The one release the page gives is a streaming service's season or month ("listed for streaming in spring
        2027"), no day and no broadcast: that window is the work's own first release too."""
        if "" in by_key or len(by_key) != 1:
            return None
        key, items = next(iter(by_key.items()))
        if ORG_ALIASES.get(fold(key)) not in _STREAM_CANON or any(i[1].day is not None or i[4] for i in items):
            return None
        return items[0]

    def _add_named_events(self):
        """named_event_shows' events, once every sentence is read: an event another reader took keeps its value, and of
        two names for one event ("Seiran Manga Fest" in a headline, "Seiran Manga Fest 2026" in the body) the fuller."""
        for name, value, evidence in self.named_events:
            fn = fold(name)
            if any(fn != fold(n) and fn in fold(n) for n, _, _ in self.named_events) or self._event_known(name):
                continue
            self.add("premiere_event", name, value, evidence)

    def finish(self):
        self._add_named_events()
        self._ja_theme_pair()
        # release dates: per key, a delay wins; else the most precise that agrees with the first
        body = [r for r in self.release if not r[5]]
        items_all = body if body else self.release
        first = next((r for r in items_all if r[2] == ""), None)
        keyed = []
        for r in items_all:
            if first is not None and r is not first and r[2] == "" and r[0] != first[0] and not r[4] \
                    and r[1].rank == 3 and first[1].rank == 3 and r[1] != first[1] \
                    and not (r[1].agrees(first[1]) and r[6] and not first[6]):
                st = _station_in(r[3])
                if st and st not in first[3]:
                    r = (r[0], r[1], st, r[3], r[4], r[5], r[6])   # "The show will then run on BS11 from January 12."
            keyed.append(r)
        by_key: dict[str, list] = {}
        for item in keyed:
            by_key.setdefault(item[2], []).append(item)
        if "" not in by_key:
            by_key = _worldwide_service_first(by_key)
        window = self._streaming_window_only(by_key)
        if window is not None:
            by_key[""] = [window]   # "Crunchyroll has listed it for streaming in spring 2027", and no other date: the work's window
        n_dated = len(self.facts)
        for key, items in by_key.items():
            delays = [i for i in items if i[4]]
            if delays:
                chosen = delays[-1]
                for it in items:
                    if it[1].refines(chosen[1]):
                        chosen = it   # "delayed to April 2027" then "will now debut on April 11": the new day
            else:
                chosen = items[0]
                for it in items[1:]:
                    if it[1].refines(chosen[1]):
                        chosen = it
                    elif it[6] and not chosen[6] and it[1].agrees(chosen[1]) and it[1].rank == chosen[1].rank == 3:
                        chosen = it   # the statement with the time slot gives the calendar day
            d = chosen[1]
            self.add("release_date", key, d.iso(), chosen[3], d.precision)
            if key == "":
                self.first_release = d
                self.first_release_past = bool(_PAST_NET.search(chosen[3]))
        self.facts[n_dated:] = _keyed_unlike_first(self.facts[n_dated:])
        # networks stated in the past tense: the work's own only once it has premiered
        first = getattr(self, "first_release", None)
        pub = self.published
        # (or the page itself says it aired: "The series aired from January 7 to March 25, 2027, on TBS")
        if self.past_networks and first is not None and (
                (pub is not None and first.iso() <= pub.iso()) or getattr(self, "first_release_past", False)):
            for f in self.past_networks:
                self.add(*f)
        # insert songs: artist from the same or the next sentence ("The song comes from the show's composer, X")
        n = 0
        seen = {fold(f.value.split(" — ")[0]) for f in self.facts if f.field == "theme_song"}
        sung_by = {}
        for title, artist, _, _ in self.inserts:
            if artist:
                sung_by.setdefault(fold(title), artist)   # one reading found the singer: the song's artist
        for title, artist, ev, idx in self.inserts:
            if fold(title) in seen:
                continue
            seen.add(fold(title))
            artist = artist or sung_by.get(fold(title))
            if not artist:
                for j in (idx, idx + 1, idx + 2):
                    if 0 <= j < len(self.sents):
                        m = _SONG_ARTIST.search(self.sents[j].text) or _SONG_ARTIST2.search(self.sents[j].text)
                        if m:
                            artist = _tidy_name(m.group("who"))
                            break
            n += 1
            self.add("theme_song", f"insert {n}", f"{title} — {artist}" if artist else title, ev)
        # trailers: a video link in the same section (or the only one on the page) gives the URL
        videos = []
        if self.trailers or self.unnumbered:
            try:
                videos = _video_cards(self.page) + list(self.page.videos())
            except Exception:
                videos = []
        # ("the first teaser" said with no date, as in a summary: the dated unnumbered teaser is that one)
        undated_first = {k for k in self.trailers if k.startswith("teaser")} == {"teaser 1"} and not self.trailers["teaser 1"][0]
        if self.unnumbered and (not self.trailers or (
                (undated_first or not any(k.startswith("teaser") for k in self.trailers))
                and re.search(r"\bteaser\b", self.unnumbered[0][2], re.I))):
            # an unnumbered teaser is teaser 1 when the article numbers no teaser (its "second PV" is another series)
            key, date, ev, section = self.unnumbered[0]
            self.trailers[key] = (date, ev, section, False)
        elif self.unnumbered and self.unnumbered[0][0] == "PV 1" and not any(k.startswith("PV ") for k in self.trailers):
            key, date, ev, section = self.unnumbered[0]   # the main PV beside numbered teasers: PV 1
            self.trailers[key] = (date, ev, section, False)
        for key, date, ev, section in self.ja_main_pvs:   # 「本PV」「メインPV」: PV 1 when the article numbers no PV
            if not any(k.startswith(key[:-1]) for k in self.trailers):
                self.trailers[key] = (date, ev, section, False)
        if self.full_trailers and not any(k.startswith("trailer") for k in self.trailers):
            date, ev, section = self.full_trailers[0]
            self.trailers["trailer 1"] = (date, ev, section, False)
        for key, (date, ev, section, _h) in self.trailers.items():
            url = _video_for(key, section, videos, self.headings, self.trailers)
            for other in (self.trailer_sections.get(key, ()) if not url else ()):
                # dated in the lead, its video under its own sub-heading further down (「第1弾PVが公開」)
                if other != section:
                    alt = {k: (t[0], t[1], other if k == key else t[2], t[3]) for k, t in self.trailers.items()}
                    url = _video_for(key, other, videos, self.headings, alt)
                    if url:
                        break
            value = " ".join(x for x in (date, url) if x)
            if value:
                self.add("trailer", key, value, ev)
        self.facts = _dedupe(self.facts)


# ====================================================================== helpers
_PLACE_WORDS = {"japan", "asia", "america", "north", "south", "europe", "the", "for", "in", "on", "and", "but", "so",
                "everyone", "fans", "viewers", "meanwhile", "also", "however", "outside", "international",
                "western", "overseas", "elsewhere", "it", "its", "this", "that", "there", "here", "as", "with",
                "english", "japanese", "us", "uk", "episode", "episodes"}   # ("Episode 1 will air on TOKYO MX": no other title)
_MONTH_NAMES = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}
# "The PV … ends on the premiere window: Spring 2027, on MBS": the work's own video and season, not another title
_OWN_THING_WORDS = {"pv", "trailer", "teaser", "winter", "spring", "summer", "fall", "autumn", "broadcast", "premiere"}


def _studio_partners(text: str, m) -> list[str]:
    """The studio named beside one read by a studio pattern ("co-animated by A and Studio B", "A is co-animating it
    with Studio B"): taken only when its name says it is a studio."""
    end = m.end()
    if " are " in m.group():
        bm = _ST_PARTNER_BEFORE.search(text, max(0, m.start() - 60), m.start())   # "Studio A and B are co-animating it"
        if bm and _STUDIO_NAME_WORD.search(bm.group("n")):
            return [bm.group("n")]
    pm = _ST_PARTNER_AND.match(text, end)
    if pm is None and "with" in text and "animat" in m.group():
        pm = _ST_PARTNER_WITH.match(text, end)
    if pm is None or not _STUDIO_NAME_WORD.search(pm.group("n")):
        return []
    return [pm.group("n")]


# a bracketed aside of a Japanese sentence: 「（日本国内の配信は未定）」
_JA_BRACKET_ASIDE = re.compile(r"[（(][^（）()]{1,40}[）)]")


def _without_unknown_aside(t: str, keep: int) -> str:
    """`t` without its bracketed asides that say something is not known (「…から配信されるとのこと（日本国内の配信は
    未定）」: the aside's matter is unknown, the sentence's own statement stands); an aside holding `keep` stays."""
    if "（" not in t and "(" not in t:
        return t
    return _JA_BRACKET_ASIDE.sub(lambda m: "" if _NEG.search(m.group()) and not (m.start() <= keep < m.end()) else m.group(), t)


def _worldwide_service_first(by_key: dict) -> dict:
    """No first airing read, and one streaming service releasing the work worldwide ("Netflix … will stream worldwide on
    February 18", 「Netflixにて全世界独占配信」): that release is the first one, not a service's date beside another."""
    wide = [k for k, items in by_key.items() if k and fold(k) in _STREAM_SET and _WORLDWIDE_RELEASE.search(items[0][3])]
    if len(wide) != 1 or any(k and fold(k) not in _STREAM_SET for k in by_key):
        return by_key
    out = dict(by_key)
    out[""] = out.pop(wide[0])
    return out


# "worldwide", "globally", 「全世界」「世界独占」: a release everywhere at once
_WORLDWIDE_RELEASE = re.compile(r"\b(?:worldwide|globally|around\s+the\s+world)\b|全世界|世界(?:独占|同時|最速)", re.I)


def _other_subject(clause: str) -> bool:
    """True when a clause names some capitalised thing other than networks, places and months: another
    title is probably its subject ("… and Steel Saint returns in July on Netflix")."""
    rest = _NETWORK.sub(" ", clause)
    for m in re.finditer(rf"{_WORD}(?:\s{_WORD})*", rest):
        words = [w.strip("’'s").lower() for w in m.group().split()]
        if all(w in _PLACE_WORDS or w in _MONTH_NAMES or w in _OWN_THING_WORDS for w in words):
            continue
        return True
    return False


def _dedupe(facts: list[Fact]) -> list[Fact]:
    """One fact per field·key (per member for staff and key-less cast); the fuller display form wins
    ("Studio Bones" over "Bones", "Fuji TV (+Ultra)" over "Fuji TV")."""
    out: dict[tuple, Fact] = {}
    for f in facts:
        if f.field == "staff":
            ident = (f.field, f.key, fold(f.value))
        elif f.field in ("studio", "broadcaster", "streaming"):
            ident = (f.field, f.key)
        else:
            ident = (f.field, fold(f.key) if f.key else "", fold(f.value) if f.field == "cast" and not f.key else "")
        have = out.get(ident)
        if have is None:
            out[ident] = f
        elif f.field in ("studio", "broadcaster", "streaming") and len(f.value) > len(have.value) \
                and fold(have.value) in fold(f.value):
            out[ident] = f
        elif f.field == "theme_song" and (_song_performer_added(have.value, f.value) or title_was_its_artist(have.value, f.value)):
            out[ident] = f
    return list(out.values())


def _keyed_unlike_first(dated: list[Fact]) -> list[Fact]:
    """A station's or service's keyed start on the first airing's own day is no start of its own (a key is only for a
    premiere that differs: 「テレビ東京では1月7日深夜25時05分より放送」 beside that same first airing)."""
    first = next((f.value for f in dated if f.field == "release_date" and not f.key), None)
    return [f for f in dated if not (f.field == "release_date" and f.key and f.value == first)]


def _song_performer_added(have: str, later: str) -> bool:
    """Does a later reading of the same song name its performer where the first gave the title alone (a headline's
    '… performs the opening "T"', then the body's '"T" by the band X')? The fuller statement is the song's."""
    if " — " in have or " — " not in later:
        return False
    return fold(later.rpartition(" — ")[0]) == fold(have) != ""


@lru_cache(maxsize=256)
def _names_rx(names: tuple[str, ...]) -> re.Pattern | None:
    """The work's names (longest first) as one case-insensitive pattern, compiled once per work: a run reads
    many pages of the same few works, and re's own cache is churned by other patterns."""
    return re.compile("|".join(_name_pattern(n) for n in names), re.I) if names else None


# Between a name's words: spaces, ':', '-', '–', '：' (any number), or a closing 」』 then an optional の:
# 「灰かぶりの魔導書店 第2期」 is written 『灰かぶりの魔導書店』第2期 or 『…』の第2期 too. The same characters as
# the class [\s\u3000:：\-–] (\u3000 is in \s; checked over every code point under re.I), but a class holding
# characters past U+00FF makes re build a 64k-entry map (~150 us per word gap, compiled once per work); the
# never-matching (?!) keeps re's parser from merging the alternatives back into one such class. An opening 『「（(
# between two words too: 「劇場版 X」 is written 映画『X』, 「X 第2期」 「X（第2期）」, "X Season 2" "X (Season 2)"; and a
# closing ' " ’ ” as 』: "'X' Season 2"; an em dash or a wave dash as a colon: "X: Y" = "X — Y" = 「X〜Y〜」. (Each
# a literal of its own, (?!) last: re merges single characters into a class, and each class costs its 64k map.)
_NAME_GAP = r"(?:(?:[\s:\-]|[–：]|(?!))*|(?:』|」|’|”|'|\"|(?!))\s*の?\s*|\s*(?:『|「|（|\(|—|〜|～|~|(?!))\s*)"


# where a name is cut into the words `_NAME_GAP` joins: spaces, and a subtitle's or a season's separator with
# them ("X: Y" is written "X - Y", "X — Y", 「X〜Y〜」 too)
_NAME_SPLIT = re.compile(r"[\s\u3000]*[:：\-–—~〜～][\s\u3000]*(?=\S)|[\s\u3000]+")


def _name_pattern(name: str) -> str:
    parts = [re.escape(p) for p in re.split(_NAME_SPLIT, name) if p]
    body = _NAME_GAP.join(parts)
    if re.match(r"\w", name[0]) and name[0].isascii():
        body = r"(?<![\w])" + body
    if re.match(r"\w", name[-1]) and name[-1].isascii():
        body += r"(?![\w])"
    return body


_LANG_SECTION = re.compile(r"^(Japanese|English|French|German|Italian|Spanish|Portuguese|Brazilian|Castilian|Latin\s+American|"
                           r"Korean|Chinese|Mandarin|Cantonese|Taiwanese|Russian|Polish|Arabic|Hindi|Tagalog|Thai|Indonesian|"
                           r"Vietnamese|Turkish|Dutch|Swedish|Hebrew|Catalan)\s+(?:cast|staff|companies|dub|voice\s+cast|credits)\b", re.I)


# 「作者の灯里こもれびさんが描く」「原作者・X氏」: the source's author named by the word (in a sentence about the 原作)
_JA_AUTHOR_NAMED = re.compile(r"(?:原作者|作者)(?:の|・|である)\s*(?P<who>[^、。「」『』\s()（）のが]{2,12}?)(?:さん|氏|先生)(?=が|は|の|も|に|、|。|$)")
# a work page's events list: its heading, an item (day, event, what it showed in brackets), and what counts as shown
_JA_EVENTS_HEADING = re.compile(r"[■□●◆▼★【\[\s]*(?:イベント|イベント情報|開催イベント|関連イベント|Events?)[】\]\s]*", re.I)
_JA_EVENT_ITEM = re.compile(r"(?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|\d{4}[/.-]\d{1,2}[/.-]\d{1,2})(?:\([^()]{1,3}\))?\s+"
                            r"(?P<ev>[^()]{3,60}?)\s*\((?P<what>[^()]{2,60})\)$")
_JA_EVENT_SHOWED = re.compile(r"PV|映像|予告|特報|上映|第\s*\d+\s*話|初公開|お披露目|解禁|発表|先行")
# 「剣聖さま 第1話先行上映会」: a quoted event name that says which episode it screens
_JA_NAMED_SCREENING = re.compile(r"「(?P<event>[^「」]{0,30}?(?P<what>第\s*\d+(?:\s*[・~〜～-]\s*\d+)?\s*話)\s*(?:の)?\s*"
                                 r"(?P<kind>先行|最速|特別|世界最速)?上映会[^「」]{0,12})」")
_JA_HELD = re.compile(r"開催|実施|行われ|上映され|決定")
_JA_CALLED_OFF = re.compile(r"見送|中止|取りやめ|取り止め|キャンセル|延期|予定しておりました|予定していた|払い戻し")   # an event called off
# 「原作は、大河内シオによる同名漫画」「大河内シオ原作の人気漫画」: the source's author before or after the word 原作
_JA_SOURCE_IS = re.compile(r"原作は、?\s*(?P<who>[^、。「」『』\s()（）のを]{2,12}?)(?:さん|氏|先生)?(?:による|の)"   # (「原作は潮騒書房の…」: a publisher, _JA_NOT_AUTHOR)
                           r"(?:[^、。「」『』\s()（）]{0,8}?)(?:WEB|Web|web|ウェブ)?(?:マンガ|漫画|小説|ライトノベル|コミック|ノベル)")
_JA_X_GENSAKU = re.compile(r"(?:^|(?<=[、。\s」』]))(?P<who>[^、。「」『』\s()（）のをがは]{2,12}?)(?:さん|氏|先生)?原作の")
_JA_NOT_AUTHOR = re.compile(r"マンガ|漫画|小説|ノベル|コミック|ゲーム|作品|人気|同名|オリジナル|WEB|Web|ウェブ|本作|話題|大ヒット|累計|アニメ|"
                            r"書房|出版|文庫|編集部|社$|館$|KADOKAWA|Kadokawa|ブックス$|ノベルス$|コミックス$|"
                            # (「原作は現在も連載中の漫画」「原作は韓国の小説」: when or where, no author)
                            r"連載|刊行|発行|掲載|配信|投稿|部数|中$|[国州]$|日本|海外|現在|同じ|^(?:あの|この|その)|[はが]$")
# 「オープニングテーマ「ひかりの航路」をMarine Snowが担当」: the kind, the title, then who performs it
# (also the kind as the topic, 「OPは「T」をX(CV:Y)が歌唱」「エンディングテーマは「T」をXが担当」)
_JA_THEME_TITLE_FIRST = re.compile(r"(?<![A-Za-z])(?P<kind>オープニング|エンディング|OP|ED)(?:(?:テーマ|主題歌)(?:曲)?)?\s*(?:は、?\s*)?"
                                   r"[「『](?P<title>[^」』]{1,60})[」』](?:を|は)、?\s*"
                                   r"(?P<artist>[^、。「」『』\s]{1,30}?|[A-Za-z0-9][A-Za-z0-9.&'!\- ]{0,30}[A-Za-z0-9!.])(?:さん)?が(?:担当|歌う|歌唱|書き下ろ|手が|手掛|"
                                   r"、(?=[^。]*?が(?:担当|歌う|歌唱|書き下ろ|手が|手掛)))")   # (「…をXが、EDテーマ「U」をYが担当」: one verb for both)
_JA_TITLE_OWNS_KIND = re.compile(r"[『「](?P<w>[^」』]{1,60})[』」](?:の)?$")


def _ja_title_first_names_singer(t: str, at: int, title: str) -> bool:
    """Does 「KIND「T」をXが歌唱/担当」 (`_JA_THEME_TITLE_FIRST`) read this title with its singer from `at` on?"""
    m = _JA_THEME_TITLE_FIRST.search(t, at)
    return m is not None and m.group("title").strip() == title


# a sentence whose topic is the cast (「キャストは、…」), and its items 「長女・一花が夏川Xさん」 (char が actor, さん)
_JA_CAST_TOPIC = re.compile(r"(?:メイン)?(?:キャスト|声優|声の出演)(?:陣)?は、?")
_JA_CAST_TOPIC_ITEM = re.compile(r"(?P<char>[^、。「」\s()（）がをは]{1,20})が(?P<actor>[^、。「」\s()（）がをは]{2,12}?)さん(?:です)?")
# 「続投組のレイ・ハーヴェイ役・榊Xさん、ノア役・氷上Yさんに加えて」: the role, 役・, then the actor
_JA_CAST_DOT = re.compile(r"(?:^|(?<=[、。「」\s]))(?P<char>[^、。「」\s()（）]{1,24}?)役・(?P<actor>[^、。「」\s()（）・]{2,12}?)"
                          r"(?=さん|が|も|。|、|$|に加え|のほか|とともに|をはじめ|の声)")   # (lazy: 「X隼人の声も」 ends at の声)
_JA_CAST_GA = re.compile(r"(?:^|(?<=[、。「」\s・:：]))(?P<char>[^、。「」\s()（）]{1,15}?)役が\s*(?P<actor>[^、。「」\s()（）]{2,12}?)(?:さん)?"
                         r"(?=、|。|$|に決定|で決定)")
_JA_NOT_ACTOR_GA = re.compile(r"決定|発表|未定|話題|注目|続投|交代|変更|登場|担当")
_JA_ANNOUNCED_AT = re.compile(r"(?P<what>(?:TV|テレビ)?アニメ化|続編(?:制作)?|第\s*\d+\s*期(?:制作)?|新シリーズ(?:制作)?)(?:決定)?(?:は|が)、?\s*"
                              r"「(?P<event>[^「」]{2,40})」(?:の?(?:ステージ|会場|ブース|生配信|特番|パネル))?(?:内)?(?:にて|で)(?:正式に)?"
                              r"(?P<verb>発表|告知|解禁)")
_JA_ARTIST_NAME = r"(?P<artist>[A-Za-z0-9][A-Za-z0-9.&'!\- ]{0,30}[A-Za-z0-9!.]|[^、。「」『』\s]{1,30}?)"
_JA_SONG_BECOMES = re.compile(r"(?:^|(?<=[、。\s]))" + _JA_ARTIST_NAME + r"(?:さん)?の(?:新曲|楽曲|書き下ろし(?:新曲|楽曲)?|新作)?"
                              r"[「『](?P<title>[^」』]{1,60})[」』]が、?(?P<mid>[^。「」]{0,20}[『「][^』」]{1,60}[』」])の"
                              r"(?P<kind>オープニング|エンディング|OP|ED)(?:テーマ|主題歌)(?:曲)?に(?:決定|起用)")
_JA_ARTIST_TAKES = re.compile(r"(?:^|(?<=[、。\s]))" + _JA_ARTIST_NAME + r"(?:さん)?が、?(?P<mid>[^。「」]{0,20}[『「][^』」]{1,60}[』」])の"
                              r"(?P<kind>オープニング|エンディング|OP|ED)(?:テーマ|主題歌)(?:曲)?\s*[「『](?P<title>[^」』]{1,60})[」』]を(?:担当|歌う|歌唱)")
_JA_INSERT_BY = re.compile(r"挿入歌\s*[「『](?P<title>[^」』]{1,60})[」』]を、?\s*(?P<artist>[^、。「」『』]{1,30}?)(?:さん)?が(?:歌う|歌唱|担当)")
# a heading that quotes a song only: 「OPテーマはハルカゼノート「ランプライト・パレード」」
_JA_SONG_HEADING = re.compile(r"^[^『』「」]{0,6}(?:OP|ED|オープニング|エンディング|主題歌|挿入歌)(?:テーマ)?[^『』「」]{0,24}「[^『』「」]{1,40}」(?:\s*[、,/／]\s*[^『』「」]{0,30})?\s*$")
_JA_QUOTED_TITLE = re.compile(r"[「『][^」』]{2,40}[」』]")   # 「…」: a title (another work's, unless it is this one)
# a delay's quoted reason (「クオリティ向上のため」「制作上の都合により」): a quotation, not another title
_JA_REASON_QUOTE = re.compile(r"[「『][^」』]{0,30}(?:ため|により|都合)[」』]")
_JA_OTHER_WORK = re.compile(r"[「『][^」』]{2,40}[」』]|第\s*\d+\s*期|シーズン|劇場版|映画")   # another title, season or film
_JA_THEME = re.compile(r"(?:^|[、。」\s]|(?<=[「『]))(?:[^、。「」\s]{0,12}の)?(?P<artist>[A-Za-z0-9][A-Za-z0-9.&'!\- ]{0,30}[A-Za-z0-9!.]|[^、。「」\s（(]{1,24}?)[」』]?(?:\([^)]{1,20}\))?(?:さん)?が、?"
                       r"(?P<kind>オープニング|エンディング|挿入歌|OP|ED)(?:テーマ)?(?:曲)?(?:[(（](?:OP|ED)[)）])?「(?P<title>[^」]{1,60})」を(?:担当|歌う|歌唱)")
# 「4人組バンド「X」が主題歌を担当」: the artist alone (in 「」 or not), the song's title told in another sentence
_JA_THEME_ARTIST_ONLY = re.compile(r"(?:^|[、。\s])(?:[^、。「」\s]{0,12}?(?:バンド|ユニット|グループ|歌手|シンガーソングライター|シンガー|アーティスト))?"
                                   r"[「『]?(?P<artist>[^、。「」『』\s]{2,30}?)[」』]?(?:さん)?が(?:本作の)?主題歌を(?:担当|歌う|歌唱|書き下ろ)")
_JA_THEME_TITLE_ONLY = re.compile(r"(?<![ングマ])主題歌[「『](?P<title>[^」』]{1,60})[」』](?![(（/／]|\s*を歌う)")
# 「「X」が担当」「「X」が歌う」: the quoted name performs the theme (a chosen song is 起用/決定, not 担当)
_JA_QUOTED_PERFORMS = re.compile(r"\s*(?:が|の)\s*(?:担当|歌唱|歌う|歌い|務め|務める|担い|担う|手が|書き下ろ|パフォーマンス)")
# 「『A』『B』は」「『A』も」: a sentence whose topic is quoted titles (whose service is theirs, not this work's)
_JA_TITLES_TOPIC = re.compile(r"(?:[『「][^』」]{1,40}[』」]\s*[、・と]?\s*)+(?:シリーズ|など|ほか)?(?:は|も|が)")
_JA_THEME2 = re.compile(r"(?P<kind>オープニング|エンディング|OP|ED)(?:テーマ|主題歌)?(?:曲|ソング)?(?:[(（](?:OP|ED)[)）])?(?:は|が|、|:|：)、?\s*"
                        r"(?:(?P<artist>[^、。「」『』]{1,30}?)(?:の|が歌う|が歌唱する|による|による楽曲)?\s*)?[「『](?P<title>[^」』]{1,60})[」』]"
                        r"(?:\s*[(（/／]\s*(?P<artist2>[^)）、。「」]{1,30}?)\s*[)）]?(?=[、。!！]|\s+[^A-Za-z\s]|\s*$|に決定|に))?")   # (「／Stella Rail」: one name)
# 「第5話では劇中歌としてミオ（CV:七瀬カナメ）が歌う「ホエールサイン」が使用される」: an insert song and who sings it
_JA_INSERT_SUNG = re.compile(r"(?:挿入歌|劇中歌)(?:として|には|では|に)、?\s*(?P<artist>[^、。「」『』]{1,30}?)(?:さん)?が(?:歌う|歌唱する|歌い上げる)\s*"
                             r"「(?P<title>[^」]{1,60})」")
_JA_STATIONS = re.compile(r"(?:(?:から|より)は?|^|(?<=[、。!！]))\s*(?P<list>(?:(?!より|から)[^。「」]|「[^」]{1,20}」){2,60}?)(?:ほか|他|など)?(?:にて|で)も?(?:放送|放映|配信)")
# "1月より放送を予定しておりました" (had been planned: the stale window); "放送開始時期を4月に変更" (moved to)
_JA_ALSO_ON = re.compile(r"\s*(?:\([^)]*\)\s*)?[0-9:～〜~\s]*(?:(?:から|より)は\s*(?P<st0>)|(?:から|より)\s*(?=[^、。「」]{2,15}?(?:でも|にても)))"
                         r"(?P<st>[^、。「」]{2,15}?)(?:でも|にても|にて|で)(?:放送|配信)")
# 「配信開始後、」「放送終了後に」 right before a date: a run that follows the first one; then its station
_JA_AFTER_FIRST_RUN = re.compile(r"(?:配信|放送|公開)(?:開始|終了)?後(?:に|は)?[、,]?\s*$")
_JA_LATER_RUN_ON = re.compile(r"\s*(?:\([^)]*\)\s*)?(?:より|から)\s*(?P<st>[^、。「」]{2,15}?)(?:にて|で)(?:地上波)?(?:放送|放映)")
_JA_STALE_AFTER = re.compile(r"\s*(?:\([^)]*\)\s*)?(?:から|より)\s*(?:の)?(?:再?延期|変更|順延|延びる|ずれ込)"   # 「1月9日から延期」: the old date
                             r"|\s*(?:\([^)]*\)\s*)?(?:より|から|に)?\s*(?:の)?(?:放送|配信|公開)(?:開始)?を?(?:予定|予告)"
                             r"(?:しておりました|していました|していた|しておりましたが|されていた|でした|だった)"
                             r"|\s*(?:\([^)]*\)\s*)?(?:より|から|に)?\s*(?:の)?(?:放送|配信|公開)(?:開始)?(?:予定)?と(?:告知|発表|案内|予告|告知)"
                             r"(?:されて|して)(?:いました|おりました|いた)")
# 「新しい放送開始日は2027年4月3日。」「配信開始日は3月5日に決定」: a date named as the start, however the sentence ends
# (with 新しい/新たな/変更後の/延期後の: the new date of a change)
_JA_NEW_DATE_BEFORE = re.compile(r"(?P<new>新しい|新たな|新|変更後の|延期後の)?\s*(?:TV|テレビ)?(?:放送|配信|公開|上映|放映)(?:開始)?"
                                 r"(?:日|日時|時期|(?<=開始))(?:は|が)、?\s*$")   # (「配信開始は2月4日で」 too)
_JA_WAS_AFTER = re.compile(r"\s*(?:\([^)]*\)\s*)?(?:の予定)?(?:でした|だった|であった)")
_JA_STALE_WORD = re.compile(r"当初|もともと|元々|予定して(?:い|お)|と(?:告知|発表|案内|予告)されて")
# 「当初1月3日放送開始と…」「もともと10月より放送予定だった」: the date a change replaced
_JA_STALE_BEFORE = re.compile(r"(?:当初|もともと|元々|変更前|旧)(?:は|の)?[、\s]*(?:予定(?:されていた|していた)?|発表の|告知の)?\s*$")
# regions a Japanese article dates a release for (a gazetteer of place names, not of titles)
_JA_REGION = (r"北米|米国|アメリカ|カナダ|欧州|ヨーロッパ|英国|イギリス|フランス|ドイツ|イタリア|スペイン|台湾|香港|マカオ|韓国|"
              r"中国|中国本土|東南アジア|タイ|シンガポール|マレーシア|インドネシア|フィリピン|ベトナム|インド|オーストラリア|"
              r"中南米|ブラジル|メキシコ|中東|海外")
_JA_REGION_BEFORE = re.compile(rf"(?<![^\s、。「」!！])(?P<regs>(?:{_JA_REGION})(?:(?:と|・|、|や|および|及び)(?:{_JA_REGION}))*)"
                               r"(?:でも|では|で|にて|にても)、?\s*(?:[^、。「」]{1,24}?(?:の配給により|の配給で|を通じて)、?\s*)?$")   # 「北米ではXの配給により」
# 「12月12日に発売されるBlu-ray」「12月12日発売のBlu-ray第1巻」: a day goods go on sale (or an event is held), never a video's
_JA_GOODS_DAY_AFTER = re.compile(r"\s*(?:\([^)]{0,6}\)\s*)?(?:に|より|から)?\s*(?:発売|発送|販売|予約|リリース|開催)")
_JA_PREMIERE_AFTER = re.compile(r"\s*(?:\([^)]*\)\s*)?(?:に|より|から)?\s*(?:全国)?(?:公開|放送|配信|上映)(?:される|予定|開始|スタート)")
# 「第2期の」「前作の」「第1期では」 right before a song's kind: that season's song (the work's own number is checked)
_JA_SEASON_OWNS_SONG = re.compile(r"(?:第\s*\d{1,2}\s*期|前作|前シリーズ|前期|[1１一]期)(?:の|で(?:は|も)?)\s*$")
# another song's kind between the kind and the title, or "also did" after the title: the singer's other credit
_JA_OTHER_KIND_SONG = re.compile(r"オープニング|エンディング|主題歌|テーマ|挿入歌|劇中歌")
_JA_ALSO_DID = re.compile(r"\s*も\s*(?:担当|歌唱|手がけ|手掛け|担)(?:した|していた|った)|\s*も\s*歌(?:った|っていた)")
# a question (an FAQ's 「Q. …はありますか？」): the networks it asks about are not said to carry the work
_JA_ASKS = re.compile(r"(?:ますか|ですか|でしょうか|のか|か)\s*\?\s*$|^\s*Q\s*[.:]")
# 「2026年10月2日に延期が告知された」: the day the delay was announced, not the date it moved to
_JA_DELAY_NOTICE_DAY = re.compile(r"\s*(?:\([^)]*\)\s*)?に\s*(?:再?延期|変更)(?:が|を)\s*(?:告知|発表|アナウンス)")
_JA_MOVED_TO = re.compile(r"\s*(?:\([^)]*\)\s*)?(?:に|へ|まで)\s*(?:変更|延期|再延期|移動)")
_JA_WINDOW_BEFORE = re.compile(r"(?:放送|配信|公開)(?:開始)?(?:時期|日|日時|月)?を\s*$")
# the next sentence's weekly slot: 「テレビ東京では毎週日曜25:35～の枠となる」
_JA_NEXT_SLOT = re.compile(r"^[^。「」\d]{0,20}?(?:では|は|で)?、?\s*毎週\s*(?P<wd>[月火水木金土日])曜日?\s*(?:深夜\s*)?(?P<hh>\d{1,2})\s*[:：時]")
_JA_LATE = re.compile(r"\s*(?:\([^)]*\))?\s*(?:より|から)?\s*(?:(?<=[らり])(?:[^\d、。「」()]|\([^()]{1,16}\)){2,24}?(?:ほか|他)?(?:で|にて)\s*(?=毎週))?(?:毎週\s*[月火水木金土日]曜日?\s*)?(?:深夜\s*)?(?P<hh>\d{1,2})\s*[:：時]")
_JA_EVENT = re.compile(r"「(?P<event>[^」]{2,40})」(?:会場|ステージ|ブース|特設ステージ)?(?:にて|で|の(?:ステージ|会場|ブース)(?:にて|で))は?、?(?P<what>第\s*\d+\s*話(?:\s*[〜～~・、]\s*第?\s*\d+\s*話)?)(?:の|を)?"
                       r"(?P<kind>ワールドプレミア|先行|特別|最速|世界最速|プレミア)?\s*(?:上映|先行上映)")
# 「イベント「EVENT」の開催が決定。…第2期第1話の先行上映も行われる」: the event named first, the screening later
_JA_EVENT2 = re.compile(r"(?:イベント|フェスティバル|フェス|ステージ|上映会)\s*「(?P<event>[^」]{2,40})」[^。]{0,80}?"
                        r"(?P<what>(?:第\s*\d+\s*期\s*)?第\s*\d+\s*話(?:\s*[〜～~・、]\s*第?\s*\d+\s*話)?)(?:の|を)?"
                        r"(?P<kind>ワールドプレミア|先行|特別|最速|世界最速|プレミア)?\s*(?:上映|先行上映)")
# 「「X 先行上映会」があって、第1話と第2話が上映される」: the event named by its own kind word inside the quotes
_JA_EVENT3 = re.compile(r"「(?P<event>[^」]{2,36}(?:上映会|上映イベント|イベント|フェスティバル|フェス))」[^。]{0,80}?"
                        r"(?P<what>(?:第\s*\d+\s*期\s*)?第\s*\d+\s*話(?:\s*[〜～~・、と]\s*第?\s*\d+\s*話)?)(?:の|を|が)?"
                        r"(?P<kind>ワールドプレミア|先行|特別|最速|世界最速|プレミア)?\s*(?:上映|先行上映)")
# 「「東京アニメアワードフェスティバル2027」のクロージング作品としてワールドプレミア上映」「「EVENT」で先行上映される」: a film
# (the whole work) premiered at a named event
_JA_EVENT_FILM = re.compile(r"「(?P<event>[^」]{2,40})」(?:の(?:[^、。「」]{0,12}?(?:作品|部門))?として|にて|で)、?"
                            r"(?P<kind>ワールドプレミア|ジャパンプレミア|インターナショナルプレミア|世界最速|最速|先行|特別|プレミア)\s*上映")
# 「その第1話先行上映会が、3月14日に…にて開催されました」: an unnamed screening event, held (not just planned)
# 「第1話先行上映会「鉄と蜜蜂 始動祭」」: an episode screening, then its name in quotes
_JA_SCREENING_THEN_NAME = re.compile(r"(?P<shown>第\s*\d+\s*話(?:\s*[・、～〜]\s*第?\s*\d+\s*話)?\s*(?:の\s*)?(?:最速|先行|特別|世界最速)\s*上映会)"
                                     r"\s*「(?P<event>[^」]{2,40})」")
# a heading naming a screening event and nothing more: 「第2期 第1話先行上映会 in 池袋」, 「■最速上映会」
_JA_SCREENING_HEADING = re.compile(r"[■□●◆【\[\s]*[^「」『』!！。]{0,30}?(?:先行|最速|特別|世界最速)?上映会(?:\s*(?:in|@|＠)\s*[^\s!！。]{1,12})?[】\]\s]*")
# 「第2期第1話を上映！」「第1話を劇場の大スクリーンで上映」: the episodes a screening shows
_JA_SHOWS_EPISODE = re.compile(r"(?P<what>(?:第\s*\d+\s*期\s*)?第\s*\d+\s*話(?:\s*[・、～〜と]\s*第?\s*\d+\s*話)?)を[^、。「」]{0,16}?上映(?!会)")
# 「『X』第1話・第2話最速上映会」: the work's episode screening named by its title
_JA_TITLED_SCREENING = re.compile(r"『(?P<t>[^』]{1,60})』\s*(?P<what>第\s*\d+\s*話(?:\s*[・、～〜]\s*第?\s*\d+\s*話)?)\s*(?:の\s*)?"
                                  r"(?P<kind>最速|先行|特別|世界最速)上映会(?=に|へ|で|が|は|を|の)")   # (in a sentence: a labelled block's name is read elsewhere)
# 「「X 第1話最速上映会」の開催が決定」: a screening event's name in quotes, ending in its kind
_JA_SCREENING_QUOTE = re.compile(r"「(?P<event>[^」]{2,40}(?:上映会|上映イベント))」")
# 「AnimeJapan 2027のステージにて、第1話の先行上映が行われる」: a convention by its Latin name and year, unquoted
_JA_CONVENTION_SCREENING = re.compile(r"(?<![A-Za-z])(?P<event>[A-Z][A-Za-z&'.\-]+(?: [A-Za-z&'.\-]+){0,4} ?20\d\d)\s*(?:の\s*)?"
                                      r"(?:[^、。「」]{0,10}?(?:ステージ|会場|ブース))?\s*(?:にて|で)は?、?\s*"
                                      r"(?P<shown>第\s*\d+\s*話(?:\s*[・、～〜]\s*第?\s*\d+\s*話)?\s*(?:の\s*)?(?:最速|先行|特別|世界最速|ワールドプレミア)\s*上映)"
                                      r"(?:会)?(?:が|を)?(?:行われ|実施|開催|予定|決定|さ?れ)")
_JA_EP_SCREENING_HELD = re.compile(r"(?P<ev>(?P<what>第\s*\d+\s*話(?:\s*[・、～〜]\s*第?\s*\d+\s*話)?)\s*(?:の\s*)?(?:最速|先行|特別|世界最速)?\s*"
                                   r"(?:上映会|上映イベント|上映&トークショー|上映＆トークショー))(?:が|は|を|の)、?[^。]{0,80}?"
                                   r"(?:開催され|開催した|行われ|実施され|開催する|開催が決定|開催も決定|実施する)")   # 「…先行上映会を12月20日に開催する」
# (「都内で第1話先行上映会の開催も決定」)
# "the anime was first announced during a stage event at AnimeJapan 2026": the work (or its next season) announced at
# a named convention or festival
_ANNOUNCED_AT = re.compile(r"(?i:\b(?P<subj>(?:the\s+)?(?:TV\s+)?(?:anime(?:\s+adaptation)?|series|project|adaptation|show|film|sequel|"
                           r"(?:second|third|new)\s+season|season\s+\d+)|\bit)\s+(?:was|were|had\s+been|got)\s+(?:first\s+|officially\s+|"
                           r"originally\s+)?announced)\s+(?:[^.;]{0,40}?\s)?(?:at|during)\s+(?:the\s+)?(?:[^.;]{0,30}?\s(?:at|during)\s+(?:the\s+)?)?"
                           rf"(?P<event>{_EVENT_NAME})")
_ANNOUNCEMENT_AT = re.compile(r"\b[Tt]he\s+(?:anime\s+)?announcement\s+was\s+made\s+(?:at|during)\s+(?:the\s+)?"
                              rf"(?P<event>{_EVENT_NAME})")
# an article on the work's adaptation: "is being adapted into a TV anime", "is getting an anime"
_ADAPTED = re.compile(r"\b(?:adapted\s+into|getting|gets|receiving|receives)\s+(?:an?\s+)?(?:TV\s+|television\s+)?anime\b|"
                      r"\banime\s+adaptation\b", re.I)
# 「エンディングテーマ（ED）「T」は、ヒロインを演じる声優のXさんが歌う」: the title, then (after は) its singer
_JA_THEME_KIND = r"(?P<kind>オープニング|エンディング|OP|ED)(?:テーマ|主題歌)?(?:曲|ソング)?\s*(?:[(（](?:OP|ED)[)）])?\s*"
_JA_THEME_TITLE_THEN_SINGER = re.compile(_JA_THEME_KIND + r"[「『](?P<title>[^」』]{1,60})[」』]\s*は、?[^。「」]{0,40}?(?:の|、)?"
                                         r"(?P<artist>[^、。「」『』の\s]{2,24}?)(?:さん)?が(?:歌う|歌唱する|歌い上げる)")
# 「オープニングテーマ（OP）を4人組バンド「X」が担当し、楽曲のタイトルは「T」に決まった」「OPテーマはバンドのXが担当し、楽曲名は
# 「T」」: the singer, then the title
_JA_THEME_SINGER_THEN_TITLE = re.compile(_JA_THEME_KIND + r"(?:を|は)、?[^。「」]{0,20}?(?:[「『](?P<artist>[^」』]{1,30})[」』]|"
                                         r"(?P<artist2>[^、。「」『』\s]{1,30}?))(?:さん)?が(?:担当|歌唱|歌う|歌い)(?:し|して|する)?[、,]?\s*"
                                         r"[^。「」]{0,12}?(?:タイトル|曲名)(?:は|が|:|：)、?\s*[「『](?P<title>[^」』]{1,60})[」』]")
# 「第1話の冒頭映像が上映され」「第1弾PVを大画面で初上映」「第2期ティザーPVが初上映された」「冒頭10分間が世界初上映され」: a
# video (or a film's first minutes) and its screening
_JA_SHOWN = re.compile(r"(?P<what>(?:第\s*\d+\s*期\s*)?(?:第\s*\d+\s*弾\s*)?(?:ティザー|ティーザー|本|メイン|スペシャル)?"
                       r"(?:PV|予告編?|特報|トレーラー)(?:\s*第\s*\d+\s*弾)?(?:映像)?|"
                       r"(?:第\s*\d+\s*期\s*)?第\s*\d+\s*話(?:\s*[・、～〜]\s*第?\s*\d+\s*話)?\s*の\s*(?:冒頭|本編|先行)?(?:約?\s*\d+\s*分間?の)?(?:映像|シーン|部分)|"
                       r"(?:冒頭|本編|特別|先行|新)映像|冒頭\s*約?\s*\d+\s*分間?(?:の(?:映像|本編))?)(?:が|を)[^、。「」]{0,10}?(?:世界初|初|先行|最速)?"
                       r"(?:上映|流され|流れた)")   # (「会場のスクリーンで特報映像が初めて流された」)
# an event's name in 「」: by a word of its kind in the name, or said to be one around it (イベント「X」, 「X」のステージ)
_JA_EVENT_QUOTE = re.compile(r"(?P<before>イベント|フェスティバル|フェス|上映会|ステージ|祭)?\s*「(?P<event>[^」]{2,40})」"
                             r"(?P<after>\s*(?:の\s*)?(?:[^、。「」]{0,8}?ステージ|会場|ブース|[昼夜]の部|第\s*\d\s*部))?")


def _names_event(m: re.Match) -> bool:
    """Is this _JA_EVENT_QUOTE match an event's name (said to be one around it, or by a word of its kind)?"""
    return bool(m.group("before") or m.group("after") or _JA_EVENT_WORD.search(m.group("event")))


def _ja_blocks_plain(text: str) -> str:
    """`text` with the brackets of a station's block (フジテレビ「ノイタミナ」, TBS「アニメイズム」) made round, at the
    same offsets: the block is part of the station's name, not another title in quotes."""
    if "「" not in text:
        return text
    out = text
    for q in _JA_BLOCK_QUOTE.finditer(text):
        i = q.start()
        if any(g.end() == i for g in _JA_GAZ.finditer(text, max(0, i - 16), i)):
            out = out[:i] + "(" + out[i + 1:q.end() - 1] + ")" + out[q.end():]
    return out


# a section about a record or goods (「■リリース情報」「CD情報」「Blu-ray」): its dates are the products', not the show's
_JA_GOODS_HEADING = re.compile(r"リリース情報|CD情報|商品情報|グッズ|Blu-?ray|DVD|シングル|アルバム|サウンドトラック|発売情報|音楽情報", re.I)
_JA_BLOCK_QUOTE = re.compile(r"「[^「」。、]{1,16}」")


def _ja_held_event(text: str) -> str | None:
    """The event named in 「」 in the text, by its kind or as held (「…に開催された「X」では」)."""
    m = _JA_HELD_QUOTE.search(text)
    return _ja_event_in(text) or (m.group("event").strip() if m else None)


# 「幕張メッセで開催された「X」では」: a quote right after 開催された names an event
_JA_HELD_QUOTE = re.compile(r"開催(?:された|される|中の|予定の)\s*「(?P<event>[^」]{2,40})」")


def _ja_event_in(text: str) -> str | None:
    """The last event named in 「」 in the text (None when no quote there is one)."""
    found = None
    for m in _JA_EVENT_QUOTE.finditer(text):
        if _names_event(m):
            found = m.group("event").strip()
    return found


_JA_GALA = re.compile(r"完成披露(?:上映会|試写会|舞台挨拶付き上映会|イベント)")
# part of an episode or a video screened first: 「第1話の冒頭約10分を世界最速で先行上映しました」「本予告の一部を先行上映」
_JA_PART_SCREENED = re.compile(r"(?P<shown>(?:第\s*\d+\s*話|本予告|予告編?|PV|特報|ティザー(?:PV|映像)?|本編)[^、。「」を]{0,16}?を"
                               r"(?:世界最速で|いち早く|ひと足早く|会場限定で|特別に)?(?:先行|特別|最速|世界最速)上映)"
                               r"(?:しました|した|する|します|いたしました|された|されました|され|を実施)")
_JA_SCREENING = re.compile(r"(?P<what>(?:第\s*\d+\s*期\s*)?第\s*\d+\s*話(?:\s*[〜～~・、]\s*第?\s*\d+\s*話)?)(?:の|を)?"
                           r"(?P<kind>ワールドプレミア|先行|特別|最速|世界最速|プレミア)?\s*(?:上映|先行上映)")
# 「『X』の最速上映会が…開催決定」「TVアニメ『X』第2期先行上映会の開催が決定」: the work's screening event named by its kind
_JA_WORKS_SCREENING = re.compile(r"[『「](?P<title>[^』」]{1,40})[』」]\s*(?P<season>第\s*\d+\s*期)?\s*の?\s*"
                                 r"(?P<kind>先行|最速|世界最速|特別)上映会(?:\s*[&＆]\s*トークショー)?(?:が|の|を|は|に)")
# a title line naming a screening event 「「TITLE」第2期 先行上映会（English name）」 (short: a line, not a sentence)
_JA_SCREENING_TITLE = re.compile(r"(?P<ev>[^。、]{2,50}?(?:上映会|上映イベント|イベント|ステージ|前夜祭))\s*(?:[(（][^)）]{0,80}[)）])?$")
_JA_EVENT_NAME = re.compile(r"(?:イベント|フェスティバル|フェス|上映会)\s*「(?P<event>[^」]{2,40})」")
_JA_BLOCK = re.compile(r"(?P<st>[A-Za-z0-9\u30a0-\u30ff\u4e00-\u9fff][A-Za-z0-9+\u30a0-\u30ff\u4e00-\u9fff\s-]{0,12}?)\s*[「『“\"＂]"
                       r"(?P<block>[^」』”\"＂]{1,24})[」』”\"＂]\s*(?:枠|ブロック)")
# 「放送局・日時は」「放送時間や話数は」: the details a sentence may call unknown while its month stands
_JA_DETAIL_TOPIC = re.compile(r"(?:放送局|放送時間|放送日時|日時|時間|話数|詳細|配信先|キャスト|スタッフ|主題歌)(?:[・や、と](?:放送局|放送時間|日時|時間|話数|詳細|配信先|キャスト|スタッフ|主題歌))*"
                              r"(?:など|等)?(?:は|も|について(?:は)?)")
_JA_CLAUSE = re.compile(r"(?<=[がも])、|(?<=ますが)|(?<=ですが)")
_JA_STREAM = re.compile(r"(?P<svc>Netflix|Amazon\s?Prime\s?Video|Prime\s?Video|Disney\+|ディズニープラス|Crunchyroll|ABEMA|U-NEXT|dアニメストア|Hulu|"
                        r"バンダイチャンネル|ニコニコ(?:動画|生放送)?|Lemino|FOD|TELASA)\s*(?:ほか|など)?(?:で|にて|での)(?:[^。]{0,12}?)(?:独占)?(?:世界)?(?:先行)?配信")


def _gazetteer_rx() -> re.Pattern:
    """Every known network's and service's name as written (「TOKYO MX」「BS日テレ」「U-NEXT」「dアニメストア」): the
    alias table's forms, with optional spaces, hyphens or dots between the letters."""
    forms = set()
    for canon, aliases in _ORG_TABLE.items():
        for a in (canon, *aliases):
            if len(a) < 3 or a in ("disney", "max", "abc"):
                continue   # "MX", "CX", "TX": too short to find in running text
            forms.add(r"[\s\-・.]?".join(re.escape(ch) for ch in a.replace(" ", "")))
    alt = "|".join(sorted(forms, key=len, reverse=True))
    return re.compile(rf"(?<![A-Za-z0-9])(?:{alt})(?![A-Za-z0-9])", re.I)


_JA_GAZ = _gazetteer_rx()
_JA_OTHER_DATE = re.compile(r"第\s*[1１一]\s*期|前作|前シリーズ|1期|一期|原作|コミックス|単行本|発売|イベント|上映会|先行上映|"
                            r"配信開始記念|連載|刊行|放送終了|放送された|放送していた|再放送|一挙(?!配信)|(?<![0-9０-９]話)一挙|特番|ライブ|コンサート|記念")   # (「全10話一挙配信」: the work's own drop)
_JA_BARE_DAY = re.compile(r"(?<![\d月/])([0-3]?\d)日(?:\([^)]{1,3}\))?(?:には|に|、)?(?:[^。\d]|第\d{1,2}弾|(?<=PV)\d{1,2}){0,30}?"
                          r"(?:公開|解禁|発表|お披露目|配信)(?:された|となった|した|され)")   # (「25日にPV第2弾が公開された」: the video's own number)
# 「黒崎ポポさんのWEBマンガ『TITLE』」「久世ミチルによるファンタジー漫画を原作とする」: the source's author
# (after 「…で連載中の」「…から刊行されている」「…に掲載された」: the author follows the magazine or label)
_JA_SOURCE_AUTHOR = re.compile(r"(?:^|(?<=[、。\s])|(?<=ている)|(?<=中の)|(?<=された))(?P<who>[^、。「」『』\s()（）のをがは]{2,12}?)(?:さん|氏|先生)?(?:による|の)"
                               r"(?:[^、。「」『』\s()（）]{0,8}?)(?:WEB|Web|web|ウェブ)?(?:マンガ|漫画|小説|ライトノベル|コミック|ノベル)(?:作品)?"
                               r"(?:『(?P<t>[^』]{1,60})』|(?=[^。]{0,30}?原作))")
# 「潮見カナエが「月刊コミックノヴァ」（蒼海社）で連載中のマンガを原作とする」: the author as the subject of the serial
# the work is based on (a magazine, its publisher in brackets, then 連載中の/刊行中の and the kind of book)
_JA_AUTHOR_SERIALISES = re.compile(r"(?:^|(?<=[、。\s」』]))(?P<who>[^、。「」『』\s()（）のをがは]{2,12}?)(?:さん|氏|先生)?が、?[^。]{0,40}?(?:で|にて)"
                                   r"(?:連載中|連載している|連載していた|連載された|連載されている|刊行中|刊行している)の(?:人気)?(?:WEB|Web|ウェブ)?"
                                   r"(?:マンガ|漫画|小説|ライトノベル|コミック)(?:作品)?(?:『(?P<t>[^』]{1,60})』)?(?:を|が)?原作")
# 「スタジオ・ハルニレのオリジナルアニメで」: the studio whose original anime this is
_JA_STUDIO_ORIGINAL = re.compile(r"(?:^|(?<=[、。\s」』]))(?P<n>[^、。「」『』\s()（）はをがの]{2,24}?)(?:制作)?の(?:完全)?オリジナル(?:TV|テレビ)?アニメ")
_STUDIO_SHAPE = re.compile(r"^(?:スタジオ|studio)|(?:スタジオ|studios?|アニメーション|animation|ピクチャーズ|pictures|プロダクション|"
                           r"productions?|工房|ワークス|works)$", re.I)
# 「スタジオXがアニメーションを制作する」
_JA_STUDIO_SUBJ = re.compile(r"(?:^|(?<=[、。\s]))(?P<n>[^、。「」『』\s()（）はをが]{2,24}?)が(?:アニメーション|アニメ)(?:制作|を制作|制作を担当|を担当)")
_JA_NET_TALK = re.compile(r"配信|放送|放映|オンエア|ネット|地上波")
_JA_NET_PAST = re.compile(r"前作|第\s*[1１一]\s*期|1期|一期|前シリーズ|放送された|配信された|放送していた|配信していた|再放送|一挙")
_JA_DATE_LEAD = re.compile(r"(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:\([^)]{1,3}\))?\s*(?:\d{1,2}:\d\d)?\s*(?:[〜～~]|より|から)")
_JA_SVC_LEAD = re.compile(r"(?P<st>[A-Za-z0-9\u30a0-\u30ff\u4e00-\u9fff+\-. ]{2,16}?)\s*(?:にて|で)(?:は|も)?[^。!！]{0,40}?(?:配信|放送)(?:開始|決定|スタート)?\s*[!！]?$")
_JA_SVC_LEAD_INLINE = re.compile(_JA_SVC_LEAD.pattern[:-1] + r"\s*(?=" + _JA_DATE_LEAD.pattern + ")")
_JA_STATION_THEN_DATE = re.compile(r"(?P<st>[A-Za-z0-9\u30a0-\u30ff\u4e00-\u9fff+\-. ]{2,16}?)\s*(?:でも|では|にても|にては|にて|で|(?P<subj>が))\s*[、,]?\s*"
                                   r"(?:(?:翌週|翌日|同日|[1-9一二]週(?:間)?遅れ|[1-9一二三]日遅れ)の\s*)?$")   # 「BS11で翌週の4月13日」「dアニメストアが4月8日」
# a start's time of day between its date and より/から (「（火）23時30分から」「正午から」「深夜1時より」)
_JA_CLOCK = r"(?:(?:深夜|夜|午前|午後|正午|朝)?[0-9:時分半～〜~\s]*)?"
# 「4月8日（木）23:00よりABEMAにて地上波先行配信」: the service named after the start, then its (early) streaming
_JA_DATE_THEN_SERVICE = re.compile(r"\s*(?:\([^)]{0,6}\)\s*)?" + _JA_CLOCK + r"(?:より|から)\s*[、,]?\s*(?P<st>[A-Za-z0-9\u30a0-\u30ff\u4e00-\u9fff+\-. ]{2,16}?)\s*"
                                   r"(?:ほか)?(?:にて|で)(?:も|は)?\s*(?P<how>[^。、「」]{0,16}?)配信")
# 「地上波先行」「最速」「1週間先行」: a service that starts ahead of the TV run (its date is its own, not the first airing's)
_JA_AHEAD_OF_TV = re.compile(r"先行|最速")
_STREAM_CANON = {"Crunchyroll", "Netflix", "Amazon Prime Video", "Disney+", "Hulu", "HIDIVE", "ABEMA", "U-NEXT", "d Anime Store",
                 "Niconico", "Bandai Channel", "Bilibili", "Muse Asia", "Ani-One Asia", "Fuji TV On Demand", "Lemino"}
# a news archive row's date cell: the whole line is one day ("Aug 9, 2024", "2024.08.09", 「2024年8月9日」)
def _archive_row_day(text: str):
    """The day a line that is only a date states, or None."""
    t = nfkc(text).strip()
    if not t or len(t) > 24 or not any(c.isdigit() for c in t):
        return None
    found = find_dates(t)
    if len(found) != 1 or found[0].date is None or found[0].date.day is None or found[0].year_inferred:
        return None
    rest = (t[:found[0].start] + t[found[0].end:]).strip(" ()（）|｜/-")
    if rest and not re.fullmatch(r"[A-Za-z]{2,4}\.?|[月火水木金土日]", rest):
        return None
    return found[0].date.as_date()


# a sequel mark in an archive headline: the row is this season's own news
_ARCHIVE_SEQUEL_MARK = re.compile(r"\bsequel\b|\bnew\s+(?:season|series)\b|続編|新シリーズ|新作", re.I)


_ITEM_DATE = re.compile(r"^\s*(\d{4})[./-](\d{1,2})[./-](\d{1,2})(?:\s*\([^)]*\))?(?:\s*[A-Z]{2,12}(?:\s*/\s*[A-Z]{2,12})*)?\s*$")
# a news item's line opening on its date stamp and category, its heading after: "2026.08.15 INFO TV anime announced!"
_ITEM_DATE_LEAD = re.compile(r"^\s*(\d{4})[./-](\d{1,2})[./-](\d{1,2})(?:\s*\([^)]*\))?\s+[A-Z]{2,12}(?:\s*/\s*[A-Z]{2,12})*\s+\S")
# a start slot: the date (its weekday, its time) followed by 〜 ("from")
_JA_AIR_LEAD = re.compile(r"\s*(?:TV|テレビ)?(?:放送|放映)(?:開始)?(?:日|日時)?は")
# 「『X』の放送は…」: the title's own airing as the topic right before the date
_JA_TITLE_AIR_TOPIC = re.compile(r"[』」]\s*の\s*(?:TV|テレビ)?(?:放送|放映)(?:開始)?(?:日|日時)?は、?\s*$")
# 「放送は来年1月6日（水）から、日本テレビほかで毎週水曜24:59〜。」: the start, then (after a comma) where and when weekly
_JA_FROM_THEN_SLOT = re.compile(r"\s*(?:[(（][^()（）]{1,3}[)）]\s*)?(?:より|から)\s*[、,]\s*[^。「」]{0,30}?毎週")
# the date's time, then から/より ending the sentence (「…1月8日（金）深夜1時28分から。」)
# (the date reader may have taken the hour already: 「…深夜1時28」 then 「分から。」)
_JA_TIME_FROM_END = re.compile(r"\s*(?:[(（][^()（）]{1,3}[)）]\s*)?(?:(?:深夜|夜|午後|午前)?\s*\d{1,2}\s*(?:[:：]\s*\d\d|時(?:\s*\d{1,2}\s*分|半)?))?"
                               r"\s*分?\s*(?:より|から)\s*(?:[。!！]|$)")
# the same, the station after から: 「…24:55から日本テレビほか。」
_JA_TIME_FROM_STATION = re.compile(r"\s*(?:[(（][^()（）]{1,3}[)）]\s*)?(?:(?:深夜|夜|午後|午前)?\s*\d{1,2}\s*(?:[:：]\s*\d\d|時(?:\s*\d{1,2}\s*分|半)?))?"
                                   r"\s*分?\s*(?:より|から)\s*(?P<st>[^、。「」\s]{2,15}?)(?:系列|系)?(?:ほか|他)?(?:各局)?(?:で|にて)?"
                                   r"(?:予定(?:されて(?:いる|います)|しています|です)?)?\s*(?:[。!！]|$)")   # (「…からTBSほかで予定されています。」)
# a video as the sentence's topic before its date: 「PV第1弾は11月22日に公開」「ティザーPVが10月に解禁」
_JA_VIDEO_TOPIC_BEFORE = re.compile(r"(?:PV|特報|ティザー|ティーザー|予告|予告編|トレーラー|映像|動画|CM)(?:\s*第\s*\d{1,2}\s*弾)?\s*(?:は|が|も)、?\s*$")
_JA_SLOT_FROM = re.compile(r"\s*(?:\([^)]{1,3}\)\s*)?(?:\d{1,2}:\d\d\s*)?[～〜~]")
_JA_AIR_TOPIC = re.compile(r"(?:^|[、。」])\s*(?:TV|テレビ)?(?:放送|放映)(?:開始)?(?:日|日時)?は、?\s*$")
_JA_STATION_TOPIC = re.compile(r"(?:^|[、。」])\s*(?P<st>[A-Za-z0-9\u30a0-\u30ff\u4e00-\u9fff+\-]{2,15}?)(?:では|は)、?[^、。「」\d]{0,12}?$")
# 「2027年6月18日公開決定」「6月18日より全国公開予定」: the film's opening decided, said before a video in the same line
_JA_FILM_OPENS_AFTER = re.compile(r"\s*(?:\([^)]{1,3}\)\s*)?(?:に|より|から)?\s*(?:全国|劇場)?(?:ロードショー|公開)(?:決定|予定)")
# 「地上波はTOKYO MXで」「TV放送はBS11にて」: the airing named as the topic, then the station it is on
_JA_AIRS_ON_STATION = re.compile(r"(?:^|[、。」])\s*(?:地上波|(?:TV|テレビ)?放送)(?:は|では)、?\s*"
                                 r"(?P<st>[A-Za-z0-9\u30a0-\u30ff\u4e00-\u9fff+\- ]{2,15}?)\s*(?:で|にて)、?\s*$")
_JA_START_AFTER = re.compile(r"\s*(?:\([^)]*\)\s*)?(?:に|より|から)?\s*(?:TV|テレビ)?(?:放送|配信|放映)?(?:スタート|開始)")
_JA_FROM_AFTER = re.compile(r"\s*(?:\([^)]*\)\s*)?[0-9:～〜~\s]*(?:深夜|夜)?[0-9:時分～〜~\s]*(?:より|から)")   # (「1月8日(金)深夜より」「(金)24時30分から」)
_JA_TRAILER = re.compile(r"(?:(?P<teaser>(?:ティザー|ティーザー)\s*(?:PV|映像|予告)|特報(?:映像)?)(?:\s*第\s*(?P<n3>\d+)\s*弾)?|第\s*(?P<n>\d+)\s*弾\s*(?:PV|本予告|予告映像|プロモーション映像)|"
                         r"PV\s*第\s*(?P<n2>\d+)\s*弾)[^。]{0,30}?(?:公開|解禁|発表|お披露目)|"
                         # 「19日に公開されたPV第2弾では…」: the verb before the video
                         r"(?:(?:公開|解禁|発表|お披露目)(?:された|となった|した|済みの)|(?<=に)出た)\s*(?:新たな|最新の|新)?"
                         r"(?P<season_b>第\s*\d{1,2}\s*期\s*の?\s*)?"   # 「本日公開された第2期のPV第2弾」 (a season's own video)
                         r"(?:(?P<teaser_b>(?:ティザー|ティーザー)\s*(?:PV|映像|予告)|特報(?:映像)?)(?:\s*第\s*(?P<n3_b>\d+)\s*弾)?|第\s*(?P<n_b>\d+)\s*弾\s*(?:PV|本予告|予告映像|プロモーション映像)|"
                         r"PV\s*第\s*(?P<n2_b>\d+)\s*弾)")
# a video named as where something else is shown or appears (「ティザーPVでは…が公開」「PV第2弾に登場した…の設定画が公開」): the
# reveal verb after it is not the video's
_JA_VIDEO_AS_MEDIUM = re.compile(r"(?:(?:ティザー|ティーザー)\s*(?:PV|映像|予告)|特報(?:映像)?|第\s*\d+\s*弾\s*(?:PV|本予告|予告映像|"
                                 r"プロモーション映像)|PV\s*第\s*\d+\s*弾)(?:\s*第\s*\d+\s*弾)?\s*(?:では|にて|内で|の中で|内では|"
                                 r"の中では|に登場(?:した|する)|で(?:は)?初)")
# a video's name, and a bracket after it that dates it: 「第1弾PV（2026年6月公開）」「ティザーPV(2026年11月14日解禁)」
_JA_VIDEO_NOUN = re.compile(r"(?:(?:ティザー|ティーザー)\s*(?:PV|映像|予告)|特報(?:映像)?)(?:\s*第\s*\d+\s*弾)?|"
                            r"第\s*\d+\s*弾\s*(?:PV|本予告|予告映像|プロモーション映像)|PV\s*第\s*\d+\s*弾")
_JA_VIDEO_PAREN_BEFORE = re.compile(r"(?:PV|弾|特報|予告|映像|動画|OP|ED|MV|CM)\s*\(\s*$")   # 「ノンクレジットOP(2027/01/15公開)」
_JA_PAREN_RELEASED = re.compile(r"\s*\((?P<when>[^()]{3,20}?)\s*(?:に)?(?:公開|解禁|お披露目)?(?:済み)?\)")
# 「本PVが公開」「メインPVを解禁」「本予告が公開された」: the work's main video, unnumbered (「メインPV第2弾」 is PV 2)
_JA_MAIN_PV = re.compile(r"(?P<v>(?:本|メイン)\s*(?:PV|予告|予告編|プロモーション映像))(?!\s*第\s*\d)[^。]{0,30}?(?:公開|解禁|お披露目)")
# 「…PVが公開された」「…PVを公開しました」: released (not 公開予定, 公開が決定, 公開される)
# a news row's own day at the head of its line: 「2026.06.01 TVアニメ化決定！」「2026/6/1」「2026年6月1日 …」
_ROW_HEAD_DAY = re.compile(r"\s*[\[(【]?\s*(\d{4})\s*[./年-]\s*(\d{1,2})\s*[./月-]\s*(\d{1,2})\s*日?\s*[\])】]?(?:\s*[(（][^)）]{1,4}[)）])?")
# a row's day cell of its own, with at most a short category after it: 「2026.11.20」「2026.11.20 映像」「2026/6/1 NEWS」
_ROW_DAY_CELL = re.compile(r"\s*[\[(【]?\s*(\d{4})\s*[./年-]\s*(\d{1,2})\s*[./月-]\s*(\d{1,2})\s*日?\s*[\])】]?"
                           r"(?:\s*[(（][^)）]{1,4}[)）])?\s*(?:[^\s\d。!！?？]{1,8})?\s*")
_ROW_OWN_TIME_WORD = re.compile(r"\d\s*(?:月|日)|[来今翌明]|後日|予定|近日|順次")
_JA_RELEASED_NOW = re.compile(r"(?:公開|解禁|お披露目)(?:された|されました|となった|となりました|した|しました|いたしました|。|!|$)")
# 「すでに公開中の」「先日公開された」「第1期の」: the video came out before this news
_JA_BEFORE_NOW = re.compile(r"すでに|既に|先日|以前|これまで|前回|昨年|先月|先週|公開中")
_JA_MONTH_WORD_RELEASED = re.compile(r"(先|今)月(?:に|末に|頭に)?\s*(?:公開|解禁|お披露目)(?:された|となった|した|され|の)")
# a video named in a sentence: 「ティザーPV」「特報」 (teaser 1), 「PV第2弾」「第2弾PV」 (PV 2)
_JA_VIDEO_WORD = re.compile(r"(?:ティザー|ティーザー)(?:PV|映像)?|特報|PV\s*第\s*(\d{1,2})\s*弾|第\s*(\d{1,2})\s*弾\s*PV")


def _ja_video_key(m) -> str:
    """The trailer key a _JA_VIDEO_WORD match names."""
    n = m.group(1) or m.group(2)
    return f"PV {int(n)}" if n else "teaser 1"


# 「10月末にYouTubeでも公開されました」: the month, then where the video went up, then the release verb
_JA_RELEASED_ON_SITE_AFTER = re.compile(r"\s*(?:に|には)\s*[^、。「」\d]{1,16}?(?:で|にて)も?\s*(?:公開|解禁)(?:された|されました|となった|した|され)")
# 「昨日公開された」「昨日解禁の」: released the day before the article
# a video said to have come out before, its day not given: 「先日公開された特報」「以前公開したPV」「既に公開中の本PV」
_JA_EARLIER_VIDEO = re.compile(r"先日|以前|過去に|前回|すでに|既に|これまでに|先に|先行して")
_JA_YESTERDAY_RELEASED = re.compile(r"昨日(?:に)?(?:公開|解禁|お披露目)(?:された|となった|した|され|の)")
# 「TVシリーズと同じく」「前作同様」「第1期に引き続き」 before a credited name: what the credit carries on from
_JA_SAME_AS_LEAD = re.compile(r"^(?:[^、。「」]{1,12}?(?:と同じく|と同様に?|同様に?|に引き続き|から引き続き|に続き|に続いて|から続投の|から続投で)|"
                              r"引き続き)、?\s*")
# 「同映像は」「この映像は」「同PVは」: the video the sentence before named
_JA_SAME_VIDEO = re.compile(r"\s*(?:同|この)(?:映像|動画|PV|ティザーPV|ティザー|特報)(?:は|も)")
# a video named in a list of several (「ティザーPV」「PV第1弾」「第2弾PV」「特報第2弾」): each its own day
_JA_LISTED_VIDEO = re.compile(r"(?P<teaser>(?:ティザー|ティーザー)\s*(?:PV|映像|予告)|特報(?:映像)?)(?:\s*第\s*(?P<n3>\d+)\s*弾)?|"
                              r"第\s*(?P<n>\d+)\s*弾\s*(?:PV|予告映像|プロモーション映像)|PV\s*第\s*(?P<n2>\d+)\s*弾")
_JA_LISTED_PAST = re.compile(r"(?:公開|解禁)(?:され(?:た|ました)|しました|した|済み)")
_JA_RELEASED_AFTER = re.compile(r"\s*(?:\([^)]{1,3}\))?\s*(?:に|には)?\s*(?:(?:公開|解禁|お披露目)(?:された|となった|した|され|済み)|(?<=に)出た)")   # 「9月に出たティザーPV」
_JA_RELEASED_TO_COME = re.compile(r"\s*(?:\([^)]{1,3}\))?\s*(?:に|には)?\s*(?:公開|解禁|お披露目)され(?:る|ます)")   # 「12月5日に公開される」: still to come
_JA_VIDEO_RELEASED = re.compile(_JA_RELEASED_AFTER.pattern + r"\s*(?:新たな|最新の|新)?(?:ティザー|ティーザー|特報|PV|本予告|予告|映像|"
                                r"ビジュアル|キービジュアル|第\s*\d+\s*弾)")
_JA_WITH_NEWS = re.compile(r"(?:発表|決定|告知|解禁)に(?:あわせ|合わせ|併せ)て?[^。]{0,60}?(?:公開|解禁|お披露目)(?:された|となった|した|され|しました)")
_JA_AT_EVENT = re.compile(r"(?:イベント|会場|ステージ|上映会|舞台挨拶)[^。]{0,40}?(?:公開|お披露目|初披露|上映)(?:された|され|となった|しました)")
# a part described by a clause that holds its own を (「ロウに庭師の技術を教えた老技師ガラントを…」): the part starts after the
# clause's past verb (た), right before its own を
_JA_AFTER_CLAUSE_WO = r"(?<=[^、。「」\s]を[^、。「」\s()（）をが]{2}た)(?=[^、。「」\s()（）をが]{2,12}?を)|(?<=[^、。「」\s]を[^、。「」\s()（）をが]{3}た)(?=[^、。「」\s()（）をが]{2,12}?を)"
_JA_CAST_ENJI = re.compile(r"(?:^|[、。「」\s]|(?<=[^、。「」\s]を)(?=[^、。「」\s()（）をが]{1,30}?の)|" + _JA_AFTER_CLAUSE_WO + r")(?P<char>[^、。「」\s()（）をが]{1,30}?)(?<!役)を(?P<actor>[^、。「」\s()（）をが]{2,12}?)(?:さん)?が演じ")
# 「AをBさん、CをDさんが演じる」: the pairs before the last one in a list
_JA_CAST_ENJI_LIST = re.compile(r"(?:^|(?<=[、。「」\s])|" + _JA_AFTER_CLAUSE_WO + r")(?P<char>[^、。「」\s()（）をが]{1,30}?)(?<!役)を(?P<actor>[^、。「」\s()（）をが]{2,12}?)(?:さん)?が?、(?=[^。]*?を[^。]*?が演じ)")
# 「ソラの兄・リクを演じる三条陽向さんも発表された」: the part, を演じる, then its actor (with an honorific or a particle)
_JA_CAST_ENJIRU = re.compile(r"(?:^|(?<=[、。「」\s]))(?P<char>[^、。「」\s()（）をが]{1,30}?)(?<!役)を演じる(?!のは)"
                             r"(?P<actor>[^、。「」\s()（）をがのはも]{2,12}?|[^、。「」\s()（）をがのはも]{1,6}\s[^、。「」\s()（）をがのはも]{1,6}?)"
                             r"(?:さん|氏)?(?=も|が|は|と|、|。|$)")
# 「宮下ソラがハル役で出演」「ハルの声を宮下ソラが担当」「ハルを演じるのは宮下ソラ」
_JA_CAST_MORE = [
    re.compile(r"(?:^|[、。「」\s]|(?<=の))(?P<actor>[^、。「」\s()（）をがはの]{2,12}?)(?:さん)?が(?P<char>[^、。「」\s()（）をが]{1,30}?)役で(?:出演|登場|参加|声を)"),
    # 「桐谷が演じるのは主人公の湊ハルト」: the actor first, then the part
    re.compile(r"(?:^|[、。「」\s])(?P<actor>[^、。「」\s()（）をがはの]{2,12}?)(?:さん)?が演じるのは、?(?P<char>[^、。「」\s()（）をが]{1,30}?)(?:。|、|$|だ|です)"),
    # 「黒猫のクロには、声優の宮坂ゆずがキャスティングされた」「…役には新人のXを起用」
    re.compile(r"(?:^|[、。「」\s])(?P<char>[^、。「」\s()（）をが]{1,30}?)(?:役)?には、?(?P<actor>[^、。「」\s()（）をが]{2,20}?)(?:さん)?が(?:キャスティング|起用|抜擢|決定)"),
    # (after を a verb must follow the name: 「星の声を聴く少女と、…」 is no credit)
    re.compile(r"(?:^|[、。「」\s』])(?:の)?(?P<char>[^、。「」\s()（）をが]{1,30}?)の声(?:を(?=[^、。「」\s()（）をが]{2,12}?(?:さん)?"
               r"(?:が(?:担当|演じ|務め)|が決定|に決定))|は)(?P<actor>[^、。「」\s()（）をが]{2,12}?)(?:さん)?(?:が(?:担当|演じ|務め)|が決定|に決定|。|、|$)"),
    re.compile(r"(?:^|[、。「」\s』])(?:の)?(?P<char>[^、。「」\s()（）をが]{1,30}?)を演じるのは、?(?P<actor>[^、。「」\s()（）をが]{2,12}?)(?:さん)?(?:。|、|$|に決定|だ)"),
    # 「水野ユイの声を担当するのは柚原ほのかさん」: the part's voice, then who takes it
    re.compile(r"(?:^|[、。「」\s』・])(?:の)?(?P<char>[^、。「」\s()（）をが・]{1,30}?)の声を(?:担当する|演じる|務める)のは、?"
               r"(?P<actor>[^、。「」\s()（）をが]{2,12}?)(?:さん)?(?:。|、|$|に決定|だ|です)"),
]
# what 「役を」 is followed by when the actor stood before it (「Xさんがマルロ役を務める」): a verb, never a name
_JA_CAST_VERB_AS_ACTOR = re.compile(r"^(?:務め|演じ|担当|担い|担う|引き受け|射止め|勝ち取|獲得)")
_JA_CAST = re.compile(r"(?:^|[、。「」\s・(（])(?P<char>[^、。「」\s()（）]{1,15}?)役(?:の|を演じる|を務める|には|に|は|を(?!演)|として)\s*"
                      r"(?P<actor>[^、。「」\s()（）]{2,12}?|[^、。「」\s()（）]{1,6}\s[^、。「」\s()（）]{1,6}?)\s*"
                      r"(?:(?<=[\u30a0-\u30ff\u4e00-\u9fff])ら(?=[^、。]{0,12}?(?:キャスト|メンバー|声優))|"   # 「XらTVシリーズのメンバーが」
                      r"(?:(?<=[\u30a0-\u30ff\u4e00-\u9fff])ら(?=も|が))?(?=さん|が|も|。|、|$|のほか|とともに|をはじめ|に加え))")   # 「大門タケシらも」: ら is the plural
# (「X役のAのほか、…」「…、Y役のBとともに」: "besides" and "together with" end the name too)
# "監督は榊原一誠、シリーズ構成は荻野まどかが務め": a role, は/を, a person, then が務め/担当/手がける or a break
# 「キャストとして、神崎りお（ミナ役）、伊藤さや（フェン役）が発表」: the actor, then the role in parentheses
_JA_CAST_PAREN = re.compile(r"(?:^|(?<=[、。「」\s・:：とや])|(?<=には))(?P<actor>[^、。「」『』\s()（）:：]{2,12}?)(?:さん)?\s*[（(](?P<char>[^()（）、。「」:：※]{1,20}?)\s*役\s*[)）]")   # (not 「(CV:X ※二役)」)
_JA_KNOWN_FOR = re.compile(r"「[^」]{1,30}」(?:など|や)?[^、。「」]{0,12}?(?:で知られる|を手がけた|を手掛けた)")
# 「「OTHER」などの真柴亮太さん」: a person's known-for aside
# 「監督は緒方ミナト（『ハルカゼ探偵団』）が務め」「X（『A』『B』ほか）」: a person's known-for titles in a bracket after the name
_JA_KNOWN_FOR_PAREN = re.compile(r"(?<=[^\s、。「」『』()（）])[（(]『[^』]{1,40}』(?:[、・,／/]?\s*『[^』]{1,40}』){0,3}(?:など|ほか|他)?[)）]")
_JA_KNOWN_FOR_NO = re.compile(r"「[^」]{1,30}」(?:など|や)?の(?=[^、。「」]{2,12}?(?:さん|氏|監督)|[^、。「」]{2,20}?が(?:担う|担当|手がけ|手掛け|制作))")
_JA_ITEM_HEADING = re.compile(r"スタッフ|STAFF|Staff|キャスト|CAST|Cast|ニュース|NEWS|News|お知らせ|情報|解禁|決定|発表|INTRODUCTION|イントロダクション|"
                              r"コメント|COMMENT|Comment")   # 「■望月つばさ コメント」: a cast member's comment inside the article
_JA_NAMEISH = re.compile(r"(?![第前今同])[^\d０-９]{2,20}(?<![でにのもてへ])(?<!です)(?<!ます)(?<!した)(?<!する)")
_JA_ROLES = ("原作", "総監督", "副監督", "監督", "シリーズ構成", "脚本", "キャラクターデザイン", "総作画監督", "作画監督", "美術監督",
             "色彩設計", "撮影監督", "編集", "音楽", "音響監督", "音響効果", "メカニックデザイン", "アニメーション制作", "絵コンテ", "演出")
_JA_ROLE_ALT = "|".join(sorted(_JA_ROLES, key=len, reverse=True))
_JA_CREDIT_VERB = r"(?:務める|担当する|手がける|手掛ける)"
_JA_WHO_ROLE_TITLE = re.compile(rf"(?:^|(?<=[、。\s]))(?P<who>[^、。「」『』\s()（）がはを]{{2,12}}?)(?:さん|氏)?が(?P<role>{_JA_ROLE_ALT})を{_JA_CREDIT_VERB}"
                                r"(?P<mid>(?:TV|テレビ|劇場)?アニメ(?:版)?\s*[『「][^』」]{1,60}[』」])")
_JA_UNDER_DIRECTOR = re.compile(r"(?:^|(?<=[、。\s]))(?P<who>[^、。「」『』\s()（）がはを]{2,12}?)(?P<role>総監督|監督)のもと")
# 「X監督のもとで演出を学んだ」「…のもとで修業した」: X was a teacher once (an influence), not this work's director
_JA_UNDER_AS_PUPIL = re.compile(r"で?[^、。]{0,16}?(?:学[びんぶ]|修業|修行|師事|育[っちつ]|腕を磨|経験を積|下積み|薫陶|教え)")
# 「…で監督を務めた榊原 修一は本作では監修としてクレジット」: a person credited in this work under a role
# 「…監督のXは「スーパーバイザー」として参加」「Xさんが「総監修」として名を連ねる」: a person, then a quoted credit, then joins
_JA_JOINS_AS_QUOTED = re.compile(r"(?:^|(?<=[、。\s※の]))(?P<who>[^、。「」\s()（）をがはの]{2,12}?)(?:さん|氏)?(?:は|が)、?"
                                 r"「(?P<role>[^」]{2,12})」として(?:参加|クレジット|名を連ね)")
_JA_CREDITED_AS = re.compile(r"(?:^|(?<=[、。」\s※])|(?<=た))(?P<who>[^、。「」\s()（）をがはの]{2,12}?|[^、。「」\s()（）をがはの]{1,4}\s[^、。「」\s()（）をがはの]{1,4}?)"
                             r"(?:さん|氏)?は、?(?:本作|今作)(?:では|でも)、?(?P<role>[^、。「」\s()（）をがはの]{2,10}?)として(?:クレジット|参加|携わ|名を連ね)")
# a name in Latin letters of several words (「アニメーション制作は第1期に引き続きGRAVEL FRAME」「音楽は Sound Lantern Orchestra が担当」):
# whole, its spaces no end of it (a reading may follow in brackets: 「Studio Hourglass（スタジオ・アワーグラス）」)
_JA_LATIN_WHO = (r"\s?[^、。「」『』\s()（）はをが×]{0,16}?[A-Za-z][A-Za-z0-9&.'’-]*(?:\s[A-Za-z0-9&][A-Za-z0-9&.'’-]*){1,5}"
                 r"(?=\s?(?:が|です|[、。!！×（(]|$))")
_JA_DESC_BEFORE_LATIN = re.compile(r"^[^A-Za-z、。]{1,16}の(?=[A-Za-z])")
_JA_LATIN_NAME = re.compile(r"[A-Za-z][A-Za-z0-9&.'’-]*(?:\s[A-Za-z0-9&][A-Za-z0-9&.'’-]*){1,5}")   # (longer than a name in kana may be)
# the predecessor a sequel's credit passed from, between the role and the newcomer: 「音楽は、第1期のAに代わり、B」「監督は
# Aから交代し、B」「キャラクターデザインは前作のAから Bに交代」 (A is no credit of this; B is)
_JA_PREDECESSOR_CLAUSE = (r"(?:[^、。「」『』]{1,20}?(?:に代わ(?:り|って)|に替わ(?:り|って)|から(?:交代して|交代し|バトンを受け(?:継ぎ|て)|"
                          r"引き継(?:ぎ|いで)|(?=[^、。]{1,16}?[にへ](?:交代|変更|バトンタッチ))))、?\s?(?:新たに|今回は|今期は)?、?)?")
_JA_STAFF = re.compile(r"(?:^|(?<=[、。\s!！])|(?<=[』」]の)|(?<=期では)|(?<=今作では)|(?<=本作では))(?P<role>(?:" + _JA_ROLE_ALT + r")(?:[・/／と兼](?:" + _JA_ROLE_ALT + r"))*)(?P<sep>は|を|に|"
                       r"も(?=[^、。]{0,12}?(?:と同じく|と同様|同様|に引き続き|から引き続き|引き続き)))、?"   # 「シリーズ構成も第1期と同じくX」
                       + _JA_PREDECESSOR_CLAUSE +
                       r"(?:「[^」]{1,30}」(?:など|や)?(?:[^、。「」]{0,12}?(?:で知られる|を手がけた|を手掛けた)\s*|の(?=[^、。「」]{2,20}?が)))?"
                       r"(?P<who>" + _JA_LATIN_WHO + r"|[^、。「」『』\s()（）はをがにので×]{1,8}\s[^、。「」『』\s()（）はをがにので×]{1,8}?|[^、。「」『』\s()（）はをが×]{2,20}?)(?:さん|氏|先生)?"
                       r"(?=が(?:新たに|引き続き|再び)?(?:務め|担当|手がけ|手掛け|担い|担う|決定|名を連ね|兼任|兼務)|、|。|$|\s|!|！|×|(?<=[A-Za-z])\s?[（(]|[（(]『|"
                       r"[にへ](?:交代|変更|バトンタッチ)|(?<=[^\s])(?:さん|氏)?を(?:迎え|起用)|(?:(?<=さん)|(?<=氏)|(?<=先生))です[。!！])")   # (「監督は X×制作スタジオY」; 「音楽はAからBに交代」;
                       # 「監督にXさんを迎え」)
# 「スタッフには、キャラクターデザインにX、音楽にYが名を連ねる」: a role-に-person list needs a credit verb
_JA_CREDIT_LIST_VERB = re.compile(r"名を連ね|スタッフ|担当|参加|起用|迎え|務め|手がけ|手掛け|決定")
# 「真柴亮太さんが監督を務め」「浦部ことりさんがシリーズ構成・脚本を担当し」「伊吹ケイジさんが音楽、杉浦大和さんが音響監督を担当する」:
# an honorific-marked person as the subject of a credit (news style)
_JA_ROLES_SUBJ = _JA_ROLE_ALT + "|キャラクター原案|原作イラスト|イラスト原案"
_JA_STAFF_SUBJ = re.compile(r"(?:^|(?<=[、。\s」』の]))(?P<who>[^、。「」『』\s()（）はをがの]{2,12}?)(?:さん|氏|先生)が、?"
                            r"(?P<role>(?:" + _JA_ROLES_SUBJ + r")(?:[・/／と兼](?:" + _JA_ROLES_SUBJ + r"))*)"
                            r"(?=を(?:務め|担当|手がけ|手掛け|担い|担う|兼任|兼務)|として|(?:、|も)(?=[^。]*?を(?:務め|担当|手がけ|手掛け|担|兼任|兼務)))")
# 「シリーズ構成の真柴るり子さん、音楽の久遠寺サトルさんが続投」: role の person さん, in a list closed by a credit verb
_JA_ROLE_NO_NAME = re.compile(r"(?:^|(?<=[、。\s])|(?<=そして))(?P<role>(?:" + _JA_ROLE_ALT + r")(?:[・/／と兼](?:" + _JA_ROLE_ALT + r"))*)の"
                              r"(?P<who>[\u4e00-\u9fff々]{1,3}(?![はのがを])[\u3041-\u3096]{2,3}[\u4e00-\u9fff]?(?=さん|氏)|"
                              r"[^、。「」『』\s()（）はをがの]{2,12}?)(?:さん|氏)(?=、|ら|が|も|。|$)")
# 「登壇したのは、A役のBさん、そして監督のCさん」: an event report's guests on stage, each after the part or role
# ---- an event's guest list with this work's staff by role (`_ja_guest_credits`)
_JA_GUEST_WORD = ("登壇", "出演", "ゲスト", "登場", "出席", "来場")
_JA_GUEST_ITEM = re.compile(rf"(?P<role>{_JA_ROLE_ALT})(?:・|の|[:：])\s*(?P<who>[^、。「」『』()（）・/／:：]{{2,16}})(?:さん|氏|先生)?$|"
                            rf"(?P<who2>[^、。「」『』()（）/／:：]{{2,12}}?)(?:さん|氏|先生)?\s*[（(](?P<role2>{_JA_ROLE_ALT})[）)]$|"
                            r"(?P<who3>[^、。「」『』()（）/／:：のをがは・]{2,8}?)(?P<role3>総監督|副監督|監督)$")
_JA_GUEST_SPLIT = re.compile(r"[、／/]|(?<=監督)と|(?<=さん)と|(?<=氏)と|(?<=[）)])と")
_JA_GUEST_VERB_TAIL = re.compile(r"(?:さん|氏)?(?:ら|など)?(?:が|も|は)?、?(?:登壇|出演|登場|出席|来場|駆けつけ|参加)(?![者:：])[^、]*$")
_JA_GUEST_PLANNED = re.compile(r"\s*[（(]?予定[）)]?$")
_JA_GUEST_LEAD = re.compile(r"[:：]|には、?|では、?|は、?|に、?")
_JA_GUEST_NOT_A_NAME = re.compile(r"作品|映画|アニメ|実写|本作|前作|劇場|舞台|ゲーム|予定|未定|ほか|他")


def _may_name_guests(t: str) -> bool:
    """Cheap test before `_ja_guest_credits`: a guest word and a role's last characters."""
    return ("監督" in t or "構成" in t or "脚本" in t or "デザイン" in t or "音楽" in t or "原作" in t) and any(w in t for w in _JA_GUEST_WORD)


def _ja_guest_name(who: str) -> str:
    """A guest's name out of its item: the honorific dropped; 「真柴亮太と七瀬まひろ」 (a と between two names): the first."""
    who = _ja_tidy(who)
    for i, ch in enumerate(who):
        if ch == "と" and i >= 2 and len(who) - i - 1 >= 2:
            return who[:i]
    return who


_JA_ON_STAGE = re.compile(r"^[^。]{0,12}?登壇(?:したの|者)は")
_JA_ROLE_NO_VERB = re.compile(r"(?:さん|氏)(?:ら[^、。]{0,20}?)?(?:が|も)、?(?:引き続き|新たに)?"
                              r"(?:続投|担当|参加|務め|手がけ|手掛け|集結|再集結|名を連ね)")
# 「監督が岸本リョウさん、シリーズ構成が早乙女ミカさん」: role が person, the honorific marks the name (a blog's list)
_JA_STAFF_GA = re.compile(r"(?:^|(?<=[、。\s!！]))(?P<role>(?:" + _JA_ROLE_ALT + r")(?:[・/／](?:" + _JA_ROLE_ALT + r"))*)が、?"
                          r"(?P<who>[^、。「」『』\s()（）はをがにので]{2,12}?)(?:さん|氏|先生)(?=、|。|$|\s|!|！|で)")
# 「音響監督を務めるのは秋津ほのかさん」: the role, then the person it goes to
_JA_ROLE_IS_WHO = re.compile(r"(?:^|(?<=[、。\s」』])|(?<=[』」]の))(?P<role>(?:" + _JA_ROLE_ALT + r")(?:[・/／と](?:" + _JA_ROLE_ALT + r"))*)を"
                             r"(?:務める|担当する|手がける|手掛ける)のは、?(?P<who>[^、。「」『』\s()（）はをが]{2,12}?)(?:さん|氏|先生)?(?=。|、|$|だ|です|\s)")
# 「キャストは主人公のAをBさん、CをDさんが担当」: character を actor pairs, the last one closed by が担当/が務め
_JA_CAST_TANTOU = re.compile(r"(?:^|(?<=[、。「」\s])|(?<=キャストは))(?P<char>[^、。「」\s()（）をがは]{1,30}?)(?<!役)を"
                             r"(?P<actor>[^、。「」\s()（）をが]{1,8}\s[^、。「」\s()（）をが]{1,8}?|[^、。「」\s()（）をが]{2,12}?)(?:さん|氏)?"
                             r"(?:が(?:担当|務め)|、(?=[^。]*?を[^。]*?が(?:担当|務め)))")
# 「原作は漫画アプリで連載中の汐見ウミ先生の同名マンガです」: the source's author after the topic 原作は
_JA_SOURCE_TOPIC = re.compile(r"^原作は、?(?:[^、。「」『』]{0,24}?[でのに、])?(?P<who>[^、。「」『』\s()（）のをがは]{2,12}?|"
                              r"[^、。「」『』\s()（）のをがは]{1,4}\s[^、。「」『』\s()（）のをがは]{1,4}?)"
                              r"(?:(?:さん|氏|先生)(?:による|の)|による|の(?=同名|(?:WEB|Web|web|ウェブ)(?:マンガ|漫画|小説)))"   # (no honorific: 「原作はXの同名小説」「Xによる」「XのWeb小説」)
                              r"(?:同名の?)?(?:[^、。「」『』\s]{1,6}?の)?(?:WEB|Web|web|ウェブ)?(?:マンガ|漫画|小説|ライトノベル|コミック|ノベル)")
# a publisher or imprint, not a person, before 「の同名マンガ」
_JA_PUBLISHER_END = re.compile(r"(?:社|文庫|書房|出版|書店|館|編集部|KADOKAWA|ブックス|コミックス)$")
# 「「EVENT」のステージでTVアニメ化が発表され」「「EVENT」の会場で制作決定が発表」: news of the work out at an event
_JA_REVEAL_EVENT = re.compile(r"「(?P<event>[^」]{2,40})」(?:の?(?:(?P<stage>[^、。「」『』]{0,10}?(?:ステージ|ブース)|会場|パネル)|生配信|配信|特番)|"
                              # 「「EVENT」で開催された『TITLE』スペシャルステージでは」: the work's stage held at the event
                              r"(?:にて|で)開催(?:された|中の|の)(?P<held_stage>[^、。「」]{0,30}?(?:ステージ|イベント|ブース)))?(?:内)?(?:にて|で)は?、?"
                              r"(?P<what>[^。「」、がを]{2,24}?)(?P<p>が|を)(?:正式に)?(?P<verb>初公開|発表|公開|解禁|お披露目)")
# 「TVアニメ『X』の」「『X』第2期」 right after an event's 「」 and its particle: the work's own title in the way
_JA_OWN_TITLE_SLOT = re.compile(r"(?:(?<=」の)|(?<=」で)|(?<=」にて)|(?<=」にて、)|(?<=」で、)|(?<=」では、))(?:(?:TV|テレビ)?アニメ)?"
                                r"[『「](?P<q>[^』」]{1,40})[』」]\s*の?(?!\s*第\s*\d+\s*期)")   # (a season after it stays: 第1期 is no ours)
# 「『OTHER』の」「『OTHER』より、」 right before a video or a screening: its owner
_JA_OWNER_BEFORE = re.compile(r"[『「][^』」]{1,40}[』」]\s*(?:第\s*\d+\s*期\s*)?(?:の|より、?|から、?)?\s*(?:新作|最新|新たな|新)?$")
# 「本作の第1話が、「EVENT」のスペシャルステージで先行上映された」: the episode, then the event it screened at
_JA_EP_THEN_EVENT = re.compile(r"(?P<what>(?:第\s*\d+\s*期\s*)?第\s*\d+\s*話(?:\s*[・、～〜と]\s*第?\s*\d+\s*話)?)(?:が|は)、?"
                               r"「(?P<event>[^」]{2,40})」(?P<stage>の?[^、。「」『』]{0,10}?(?:ステージ|ブース|会場))?(?:にて|で)、?"
                               r"(?P<kind>ワールドプレミア|世界初|世界最速|最速|先行|特別)?\s*上映")
# 「『TITLE』スペシャルステージが「EVENT」で開催され、ティザーPVが初公開された」: the work's stage held at an event
_JA_STAGE_HELD_AT = re.compile(r"(?P<held_stage>[^、。「」]{0,30}?(?:ステージ|イベント|ブース))(?:が|は)、?「(?P<event>[^」]{2,40})」(?:にて|で)開催され、"
                               r"(?P<what>[^。「」、がを]{2,24}?)(?P<p>が|を)(?:正式に)?(?P<verb>初公開|発表|公開|解禁|お披露目)")
# 「第2弾PVが、「EVENT」のステージで初公開された」「第1話の先行上映が「EVENT」にて行われる」: what was shown, then the event
_JA_SHOWN_THEN_EVENT = re.compile(r"(?P<what>(?:第\s*\d+\s*弾\s*)?(?:ティザー|ティーザー|本|メイン|新|スペシャル)?(?:PV|予告編?|特報|トレーラー)"
                                  r"(?:\s*第\s*\d+\s*弾)?|(?:第\s*\d+\s*期\s*)?第\s*\d+\s*話(?:\s*[・、～〜と]\s*第?\s*\d+\s*話)?\s*の\s*"
                                  r"(?:世界最速|最速|先行|特別)?上映|冒頭映像)(?:が|は)、?「(?P<event>[^」]{2,40})」"
                                  r"(?P<stage>の?[^、。「」『』]{0,10}?(?:ステージ|ブース|会場))?(?:にて|で)、?"
                                  r"(?P<verb>世界初公開|初公開|初披露|初上映|お披露目|公開|上映)?(?:され|となり|となっ|を?行われ|が?行われ|実施され|が決定)")
# 「9月27日に開催された「X」」: a quoted name that was held is an event, whatever its name says
_JA_EVENT_WORD = re.compile(r"フェス|祭|EXPO|Expo|ジャパン|Japan|JAPAN|イベント|ライブ|Live|LIVE|コミケ|マーケット|ショーケース|"
                            r"Showcase|Festival|Fes|FES|Anniversary|アニバーサリー|ステージ|展示会|ショー|Show|SHOW|上映会|ミーティング|前夜祭|コンサート|Concert|CONCERT")
# ---- the same reader in Japanese: 「EVENT」 (or AnimeJapan 2026 unquoted) where the sentence says what of the work was
# shown (「「X」で冒頭12分の先行上映が行われた」「第1話の先行上映は「X」のスペシャルステージで」「「X」で第3期制作決定とともに
# 初披露されたティザーPV」)
_JA_NE_QUOTED = re.compile(r"「(?P<event>[^「」『』。]{2,40}?)」(?=(?:\s*[（(][^（）()「」『』]{1,12}[)）])?(?:の?[^「」『』。、]{0,14}?(?:会場|ステージ|ブース|パネル)|ステージ|ブース|パネル)?(?:内の?|特設会場)?(?:にて|では|で|において)|\s*(?:[（(][^（）()「」]{1,24}[)）])?\s*[：:])|"
                           r"(?<![A-Za-z])(?P<bare>AnimeJapan\s*\d{4}|Anime\s*Japan\s*\d{4}|ジャンプフェスタ\s*\d{4}|Jump\s*Festa\s*\d{4}|"
                           r"Anime\s*Expo\s*\d{4}|アニメジャパン\s*\d{4}|"
                           # an event named by its kind word and its year, unquoted (みなとアニメフェス2026, ノベル&アニメ祭2026,
                           # Harbor Anime Festival 2026), then where in it and a particle of place
                           r"(?:(?<![\u3041-\u30ff\u4e00-\u9fffA-Za-z0-9])[\u3041-\u3096]{2,5}(?=[\u30a0-\u30ff\u4e00-\u9fff]))?"   # (しおかぜ映画祭)
                           r"(?:[A-Z][A-Za-z]*\s+){0,4}[\u30a0-\u30ff\u4e00-\u9fffA-Za-z&・ー]{0,14}?"
                           r"(?:フェス(?:ティバル|タ)?|祭|EXPO|Expo|Festival|FES|Fes)[\u30a0-\u30ff\u4e00-\u9fff]{0,6}?\s*20\d\d"
                           r"(?=(?:の[^「」『』。、]{0,14}?(?:会場|ステージ|ブース|パネル)|ステージ|ブース|パネル)?(?:内の?|特設会場)?(?:にて|では|で|において)|\s*(?:[（(][^（）()「」]{1,24}[)）])?\s*[：:]))")
_JA_NE_KIND = re.compile(r"フェス|祭|EXPO|Expo|ジャパン|Japan|JAPAN|イベント|ライブ|Live|LIVE|コミケ|マーケット|ショーケース|Showcase|"
                         r"Festival|Fes|FES|ステージ|上映会|前夜祭|コンサート|Concert|サミット|ナイト|Night|AnimeJapan|映画祭|フェア|マルシェ|即売会|"
                         r"見本市|夜会|ミーティング|コンベンション|感謝祭|トークショー")
# a quoted name that ends on a year (「Xフロンティア2026」「X 2026」): a yearly event; 「ファンイベント「X」」「開催された「X」」: named one
_JA_NE_YEAR_END = re.compile(r"\s*(?:19|20)\d\d\s*$")
_JA_NE_PRODUCT_NAME = re.compile(r"アルバム|シングル|CD|Blu-ray|BD|DVD|カレンダー|画集|写真集|ファンブック|ゲーム|号|巻|版", re.I)
_JA_NE_CALLED_EVENT = re.compile(r"(?:イベント|開催(?:された|される|中の|の)|行われた|催し)\s*$")
_JA_NE_VERB = re.compile(r"(?:(?:世界最速|最速|先行|特別|初)?上映|初披露|披露|初公開|お披露目|解禁|発表|公開|歌唱|流され|流れ)"
                         r"(?!\s*(?:に先(?:立|駆|が)|を前に|前|直前|まで))")   # (「公開に先立って」: the release a showing comes before)
_JA_NE_WHAT = re.compile(r"第\s*\d+\s*話(?:\s*[・〜～~、と]\s*第?\s*\d+\s*話)*|冒頭\s*(?:約\s*)?\d+\s*分(?:間)?|"
                         r"(?:第\s*\d+\s*弾\s*)?(?:ティザー|ティーザー|本|メイン|新|スペシャル|ノンクレジット)?(?:PV|予告編?|特報|トレーラー)(?:\s*第\s*\d+\s*弾)?|"
                         r"(?:メイン|ティザー|新|第\s*\d+\s*弾)?(?:キー)?ビジュアル|(?:第\s*\d+\s*期|続編|新作|TVアニメ化?|アニメ化|劇場版)?制作決定|"
                         r"アニメ化|(?:メイン)?キャスト|(?:オープニング|エンディング)?主題歌|新曲|劇中歌|(?:ティザー|ティーザー|冒頭|本編|特別|告知|新規?)映像")
# ---- one reader for an insert song and who sings it anywhere in its sentence (「白峰さん演じるセレネが歌う劇中歌「銀の鈴」」,
# 「劇中歌「銀の鈴」は、セレネ役の白峰しずくが歌う」, 「挿入歌「T」（歌：X）」): the singer by the first of these that holds
_JA_INSERT_NAMED = re.compile(r"(?:劇中歌|挿入歌)(?:として|は|の|に)?、?\s*「(?P<title>[^「」]{1,40})」|「(?P<title2>[^「」]{1,40})」(?:という|が|は|も)?(?:劇中歌|挿入歌)")
_JA_SINGERS = (
    re.compile(r"(?P<a>[^、。「」『』\s（）()・はがをのも]{2,12}?)(?:さん)?(?:が)?演じる[^、。「」]{1,12}?が歌(?:う|い|唱)"),   # 「X演じるCが歌う」: X
    re.compile(r"役の(?P<a>[^、。「」『』\s（）()]{2,12}?)(?:さん)?が歌(?:う|い|唱)"),   # 「C役のXが歌う」
    re.compile(r"[（(]\s*(?:歌|歌唱|Vo\.?)\s*[:：]\s*(?P<a>[^）)、]{2,24}?)\s*[）)]"),   # 「（歌：X）」
    re.compile(r"(?:を|は、?)(?P<a>[^、。「」『』\s（）()]{2,12}?)(?:さん)?が歌(?:う|い|唱)"),   # 「「T」をXが歌う」
    re.compile(r"(?:^|[、。」\s])(?P<a>[^、。「」『』\s（）()・はがをのも]{2,12}?)(?:さん)?が歌(?:う|い|唱)"),   # 「Xが歌う」
)
_JA_SINGER_NAMEISH = re.compile(r"(?![第前今同本])[^\d０-９、。]{2,20}(?<![でにてへ])(?<!です)(?<!ます)(?<!した)(?<!する)")   # (ひなの: の may end a name)
_JA_NE_OTHER_WORK = re.compile(r"(?:別|他|ほかの|他の|人気|話題|注目|各)(?:作品|作|タイトル|アニメ|番組)|(?:前作|旧作)の")
# the stage a sentence opens on, named by its owner: 「霧笛のパン屋スペシャルステージが」「Xステージでは」
_JA_NE_STAGE_OWNER = re.compile(r"^\s*(?P<owner>[^、。「」『』（）()：:\s]{2,30}?)(?:スペシャル|特別|公式)?ステージ(?:が|は|を|では|にて)")
_JA_NE_OWN_STAGE = ("本作", "本作品", "作品", "メイン", "公式", "この", "同", "当日の", "特設")
_JA_NE_SONG_BEFORE = re.compile(r"(?:曲|主題歌|テーマ|歌|ソング)\s*$")   # 「主題歌「夏祭り」」: a song's title, not an event
# 「このステージで」「同イベントでは」「当日は」: the place of a showing told by pointing back to the event just named
_JA_NE_ANAPHOR = re.compile(r"(?:この|同|その|当日の)(?:ステージ|イベント|会場|フェス|ブース|パネル|祭)|当日は")
_JA_NE_ANAPHOR_WORDS = ("この", "同", "その", "当日")   # (in every _JA_NE_ANAPHOR match)
# an event named earlier in the paragraph: 「開催された「X」」「「X」で」, or a headline's tag 【Xフェス2026】
_JA_NE_HELD = re.compile(r"(?:開催(?:された|される|中の|予定の)|行われた)「(?P<event>[^「」『』。]{2,40}?)」")
_JA_NE_DATED_QUOTE = re.compile(r"「(?P<event>[^「」『』。]{2,40}?(?:19|20)\d\d)」")   # 「灯り文庫 冬の大感謝祭2026」に出演: a dated event
_JA_NE_TAG = re.compile(r"【(?P<event>[^【】「」『』]{2,30}?\s*(?:19|20)\d\d)】")
# 「ラピスフィルムが制作する」: a company (no honorific) making the anime
_JA_STUDIO_MAKES = re.compile(r"(?:^|(?<=[、。\s]))(?P<n>[^、。「」『』\s()（）はをがのさ]{2,24}?)が(?:制作する|制作し|制作を担当|制作を手がけ|制作を手掛け)")
# 「羽澄ひよりさんが、…魔女・エルネスタ、柏木蒼真さんが…見習い騎士・ルカを演じる」: actor-first pairs before 演じる
# (a kanji surname and a given name in hiragana may hold の or は: 「白石みのりさん」「朝倉ゆずはさん」「井上ほの花さん」)
# (or a lead-in ending in として/では/には before the first name: 「ゲスト声優として」「第3話には」)
_JA_ACTOR_SUBJ = re.compile(r"(?:^|(?<=[、。\s」』の])|(?<=として)|(?<=では)|(?<=には))(?P<actor>[\u4e00-\u9fff々]{1,3}(?![はのがを])[\u3041-\u3096]{2,3}[\u4e00-\u9fff]?"
                            r"(?=さんが)|[^、。「」『』\s()（）はをがの]{2,12}?)さんが、?")
# an actor's subject phrase opening with how the sentence leads in (「声優として」「本作では」「第3話には」「また」「さらに」):
# the lead-in is no part of the name
_JA_SUBJ_LEAD_IN = re.compile(r"^(?:(?:また|さらに|そして|加えて|一方)(?![\u3041-\u3096]{0,2}$)|[^、。「」『』\s]{1,8}?(?:として|では|には|にも|でも))(?=\S{2})")


def _ja_without_lead_in(name: str) -> str:
    """「声優として春日井しずく」 -> 春日井しずく: the name after the sentence's lead-in."""
    if not any(w in name for w in ("として", "では", "には", "にも", "でも", "また", "さらに", "そして", "加えて", "一方")):
        return name
    return _JA_SUBJ_LEAD_IN.sub("", name, count=1)


# 「ナギ役で杉本あかね」「ノア役に佐伯颯太」「ルカ役として…」: an item of an appearing list naming its part first
_JA_PART_THEN_ACTOR = re.compile(r"(?P<part>.+)役(?:で|に|として)(?P<named>[^役]+)")
# 「久遠寺ハルトさん、真鍋つかささんらも出演する」: actors named without their roles
_JA_ALSO_APPEAR = re.compile(r"(?:^|(?<=[、。\s」』]))(?P<list>(?:[^、。「」『』\s()（）はをがの]{2,12}?さん、)*[^、。「」『』\s()（）はをがの]{2,12}?さん)(?:ら|など)?(?:も|が)(?:出演|声の出演)")
# 「「TITLE」は、柊木あさぎさんのライトノベルで」: the title's author, the sentence's subject being the title
_JA_TITLE_AUTHOR = re.compile(r"[「『](?P<t>[^」』]{1,60})[」』](?:は|とは)、?(?P<who>[^、。「」『』\s()（）のをがは]{2,12}?)(?:さん|氏|先生)(?:による|の)"
                              r"(?:[^、。「」『』\s()（）]{0,8}?)(?:WEB|Web|web|ウェブ)?(?:マンガ|漫画|小説|ライトノベル|コミック|ノベル)(?!\s*[『「])")
_JA_DESC = re.compile(r"^(?:声優で歌手の|歌手で声優の|声優の|歌手の|人気声優の|(?:大御所|ベテラン|若手|新人|実力派)(?:声優)?の|"   # 「大御所の榊原健吾さん」
                      # 「女優の望月つばさ」「モデルの七海エレナ」「お笑いコンビ・ビッグウェーブのジャンボ大輔」: who they are, then the name
                      r"(?:人気|若手|実力派|ベテラン|新人|注目の)?(?:女優|俳優|モデル|タレント|アイドル|お笑い芸人|芸人|アナウンサー|"
                      r"シンガー・?ソングライター|作曲家|漫画家|小説家|作家|声優)の|(?:お笑い)?(?:コンビ|トリオ)・?[^の、。]{1,12}?の|"
                      r"ユニット|女性2人組ユニット|バンド|ロックバンド)")


_JA_ALONG = re.compile(r"(?:あわせて|併せて|合わせて|同時に)[^。]{0,60}?(?:公開|解禁)|(?:PV|映像|予告)(?:\s*第\s*\d+\s*弾)?も(?:公開|解禁)")
_JA_NEWS_VERB = re.compile(r"分かった|わかった|発表された|発表した|明らかになった|決定した|告知された")
# 「オープニングテーマは、ロックバンド・ネオンフォールの新曲「TITLE」に決定」: the theme, its artist's possessive, the title
_JA_THEME_OF = re.compile(r"(?P<kind>オープニング|エンディング|OP|ED)(?:(?:テーマ|主題歌)(?:曲)?(?:は|が)|(?:テーマ|主題歌)?を飾るのは)、?(?:[^。「」]{0,30}?[・])?"
                          r"(?P<artist>[A-Za-z0-9][A-Za-z0-9.&'!\- ]{0,30}[A-Za-z0-9!.](?=の)|[^、。「」『』\s・()（）]{1,24}?(?:・[^、。「」『』\s・()（）]{1,24}?)*)(?:[(（][^()（）「」]{1,24}[)）])?(?:さん)?の(?:[^。「」『』]{0,16}?)「(?P<title>[^」]{1,60})」(?:に決定|が決定|に|で|だ|。)")


# 「すでにルル役の…」「追加キャストとしてシャルロッテ役の…」: words before a part's name that are not the name
_JA_CHAR_LEAD = re.compile(r"^(?:[^、。「」]{0,12}?として|すでに|既に|新たに|さらに|また|なお|[^、。「」]{1,6}?では|"   # 「劇中ではツグミ役の…」
                           r"[^、。「」:：]{1,12}[:：]\s*)")   # 「キャスト：レオン役に…」: the line's label
# what sits at a name's edges in news prose: its appearance (「Xの出演が明らか」), what it is known for before it
_JA_NOT_NAME_EDGES = re.compile(r"の出演$|^(?:など|や)?(?:で知られる|を手がけた|を手掛けた)|^[^、。「」]{0,10}?に引き続き、?|"   # 「ゲーム版に引き続きX」
                                r"(?<=\S)(?:先生|さん|氏)の[^、。「」『』]{1,20}$|"   # 「原作は森田かな先生のマンガ」: the name ends at its honorific
                                r"^(?:を)?(?:担当する|演じる|務める)のは、?|"   # 「…の声を担当するのは柚木ほのかさん」
                                # 「劇場作品で有名な真柴」「真柴監督と長年組んでいる乙部ナギ」: what the person is known for, then the name
                                r"^[^、。「」『』]{1,16}?(?:で有名な|で知られる|として知られる|[てで]いる|[てで]いた)(?=[^、。「」『』\s]{2})")
# 「監督は続投」「キャラクターデザインは、これまでの榊原優に代わり…」「音楽は当初の発表どおり」: no new name after the role
_JA_NOT_A_CREDIT = re.compile(r"^(?:続投|引き続き|これまでの|従来の|前作の|当初の|担当する|担当の)|発表(?:どおり|通り)|続投$|"
                              r"(?:の|による)(?:同名|人気|WEB|Web|ウェブ|4コマ|四コマ)?(?:マンガ|漫画|小説|ライトノベル|コミック)")   # 「原作は潮騒書房の同名マンガ」: a book


_JA_LIST_SUM = re.compile(r"[0-9０-９一二三四五六七八九十]+\s*(?:名|人)|ら(?:が|の|も)|が(?:続投|出演|決定|担当|集結)")


# ---- a list of cast credits closed by one verb (`_ja_credit_list`): the verb with what ties the last actor to it,
# the links between a part and its actor, what may trail an item, and a name's shape
_JA_LIST_VERB = re.compile(r"(?:さん|氏)?(?:が|を|に|も|で)、?(?:新たに|それぞれ|引き続き|正式に)?(?P<v>演じ|担当|務め|決定|決ま|起用|キャスティング|"
                           r"抜擢|出演|名を連ね|続投)")
_JA_LIST_PAST = re.compile(r"し?(?:た|ていた|てきた|ました)")   # (at the verb's end: 「演じた」「務めた」「担当した」)
_JA_ITEM_LINK = re.compile(r"役(?:には|に|の|を|は|として|が|で|・|[:：])|には|を|に|[:：]")
_JA_NOT_AN_ITEM_LINK = re.compile(r"代わ|替わ|加え|よ[るりっ]|つい|関し|向け|続|対し|次い|とっ|おい|わた")   # 「Xに代わり」「Xについて」
_JA_ITEM_LINK_END = re.compile(r"役(?:には|に|は|として|を)$")
_JA_ACTOR_FIRST_ITEM = re.compile(r"(?:[^、。「」『』]*?[はでにも]、?)??(?P<a>[^、。「」『』()（）\sをがは]{2,12}?)(?P<hon>さん|氏)?(?P<p>が|は)、?"
                                  r"(?P<c>[^、。「」『』()（）をが]{1,30}?)(?:の声)?を?")
_JA_ITEM_TAIL = re.compile(r"(?:さん|氏)?(?:に加え(?:て)?|をはじめ(?:とする)?|のほか|とともに|と共に)$")
_JA_KATAKANA_IN = re.compile(r"[\u30a1-\u30fa]")
_JA_PART_CHARS = re.compile(r"[\u3041-\u3096\u30a1-\u30fa\u30fc\u4e00-\u9fff々・A-Za-z]+")
# a credit's or a thing's word, never a part's name (「シリーズ構成と脚本を」「新監督」「コンブの声を」「イラストを」)
_JA_NOT_A_PART = re.compile(r"[をがは]|監督|脚本|構成|作画|音楽|デザイン|原作|原案|演出|制作|製作|プロデュー|イラスト|作詞|作曲|編曲|ナレー|"
                            r"歌|テーマ|曲|キャスト|声優|本作|作品|アニメ|^声$|^(?:主人公|ヒロイン|役|キャラクター)$")
_JA_LIST_ACTOR = re.compile(r"[\u3041-\u3096\u30a1-\u30fa\u30fc\u4e00-\u9fff々・A-Za-z]{1,8}(?: [\u3041-\u3096\u30a1-\u30fa\u30fc\u4e00-\u9fff々]{1,6})?")


_JA_NOT_AN_ACTOR = re.compile(r"未定|未発表|後日|調整中|非公開|引き続き|同じく|新たに|アニメ|手がけ|手掛け|務め|化$|"
                              r"配信|放送|サービス|公式|会社|チーム|スタッフ|編集部|製作|制作|委員会|スタジオ")


def _may_list_credits(t: str) -> bool:
    """Cheap test before `_ja_credit_list`: a link word and a closing verb's first characters."""
    return ("を" in t or "に" in t or "役" in t or "：" in t or ":" in t) and (
        "演じ" in t or "担当" in t or "務め" in t or "決" in t or "起用" in t or "キャスティング" in t or "抜擢" in t
        or "出演" in t or "名を連ね" in t or "続投" in t)


def _ja_list_actor(text: str) -> str:
    """The actor of a credit list's item: its description (「ベテランの」) and honorific dropped, a name's shape or ''."""
    a = _ja_tidy(text.strip("、 "))
    if "の" in a and not _JA_LIST_ACTOR.fullmatch(a):
        a = a.rsplit("の", 1)[-1]   # 「ベテランの石動源」: who they are, then the name
    if not a or len(a) < 2 or not _JA_LIST_ACTOR.fullmatch(a) or a[0] in "第前今同" or re.search(r"[がをでにもてへ]$|です$|ます$|した$|する$", a) \
            or _JA_NOT_ACTOR_GA.search(a) or _JA_NOT_AN_ACTOR.search(a):
        return ""
    return a


def _ja_list_closing_to(actor: str, t: str, end: int) -> str:
    """「…ミラ役に白雪まどか、ドミニク役に伊吹大和と、…3名が続投」: the と that closes a list of credits before its sum
    (3名, ら, が続投) is no part of the last name; a name that ends in と keeps it when more credits follow it."""
    if not (actor.endswith("と") and len(actor) >= 3 and t.startswith("、", end)):
        return actor
    total = _JA_LIST_SUM.search(t, end, end + 40)
    if total is None or "役" in t[end:total.start()]:
        return actor   # 「ミケ役に森川ちさと、バルトロ役に…が決定」: more credits follow, the と is the name's
    return actor[:-1].rstrip()


def _ja_drop_topic(text: str) -> str:
    """「EDは店主ヨルノ」: a sentence's topic (not all hiragana: 「こはる」 is a name) before the part's name."""
    m = re.match(r"(?P<topic>[^、。「」]{1,8}?)は(?P<rest>.{2,})$", text)
    return m.group("rest") if m and re.search(r"[^\u3040-\u309f]", m.group("topic")) else text


# a particle after a name that a reader cut at the next break (「宮下遥斗と、」「宮下遥斗や」「三上大樹は」) or that joins it
# to the next name or clause (「宮下遥斗と佐倉みのり」「宮下遥斗と発表」): after a kanji or katakana it ends the name;
# after hiragana it may be the name's own (「森川ちさと」「伊藤さや」「星野あやの」), and hiragana after a と or や opens a
# given name (「加藤ともみ」「田中やよい」)
_JA_NAME_PARTICLES = "とやもがをにのは"
# words for "the one who plays it" that a reader can cut where a name should be (「新キャラクターを演じるキャストや」)
_JA_CAST_NOUNS = frozenset({"キャスト", "声優", "俳優", "女優", "役者", "新人", "本人", "人物", "誰", "キャスト陣", "声優陣"})
_JA_NAME_PARTICLE = re.compile(r"(?<=[\u30a1-\u30fa\u30fc\u4e00-\u9fff])(?:[とやもがをにのは]$|[とや](?=[\u30a1-\u30fa\u4e00-\u9fff]{2}))")


def _ja_name_unparticled(name: str) -> str:
    """An actor's name without the particle the prose cut it with (see `_JA_NAME_PARTICLE`)."""
    m = _JA_NAME_PARTICLE.search(name)
    return name[:m.start()].rstrip() if m is not None and m.start() >= 2 else name


_JA_GIVEN_AFTER = re.compile(r"(?<=[\u3041-\u30ff\u4e00-\u9fff々]) (?![がはをにのもと])(?!(?:他|ほか|ら|等|など)(?:[、。]|$))(?P<g>[\u3041-\u30ff\u4e00-\u9fff々]{1,4})(?:さん|氏|先生)?(?=[、。]|$|が)")


def _ja_given_after(t: str, end: int) -> str:
    """「劇場作品で有名な真柴 塔也、」: a given name set apart by a space after a surname the credit ended on (the
    modifier before the surname kept the two-part name reader from it); "" when none follows."""
    gm = _JA_GIVEN_AFTER.match(t, end) if t[end:end + 1] == " " else None
    return " " + gm.group("g") if gm else ""


def _ja_tidy(text: str) -> str:
    t = _JA_DESC.sub("", (text or "").strip())
    if "の出演" in t or "知られる" in t or "手がけた" in t or "手掛けた" in t or "引き続き" in t or "生の" in t or "んの" in t or "氏の" in t \
            or "のは" in t or "有名な" in t or "いる" in t or "いた" in t:
        t = _JA_NOT_NAME_EDGES.sub("", t)   # 「真壁蒼汰の出演」, 「などで知られる真鍋航平」: the name alone
    t = re.sub(r"(?:さん|氏)?(?:(?<=さん)ら|(?<=氏)ら)?$", "", t)
    t = re.sub(r"(?:さん|氏)$", "", t)
    return t.strip("「」『』 ")


# common nouns that describe a character right before a katakana name (「少女ペトラ」「黒猫クロ」), unlike a kanji surname
_JA_KIND_NOUN = ("少女|少年|青年|老人|老婆|魔女|魔王|騎士|王子|王女|姫|探偵|記者|刑事|博士|店主|猫|犬|竜|龍|妖精|天使|悪魔|人形|"
                 "相棒|親友|先輩|後輩|兄|姉|弟|妹|父|母|祖父|祖母|娘|息子|主人公|ロボット|精霊|幽霊|神|女神|勇者|聖女|令嬢|執事|メイド|"
                 "鍛冶師|魔術師|魔導師|魔法使い|錬金術師|剣士|戦士|傭兵|商人|職人|店員|医師|教師|船長|隊長|団長|吸血鬼|巫女|"
                 "屋")   # trades: 「老魔術師バルトロ」, 「情報屋ジン」「何でも屋」


def _ja_char(text: str) -> str:
    """A character's name out of its description: 「クラゲの少女・ルル」 -> ルル, 「“氷の司書”ユーリ・ハルヴァ」 ->
    ユーリ・ハルヴァ (a katakana given name and surname stay together)."""
    last = re.split(r"[の”」』\"]", text)[-1]
    if "と" in last:
        last = _JA_PERSON_AND.split(last)[-1]   # 「監督の岸田涼さんとハル」: the person before と is no part of the name
    if last[:1] in _JA_LEAD_PARTICLE_FIRST:
        last = _JA_LEAD_PARTICLE.sub("", last)   # 「『T』ではハル」: the sentence's place before the part's name
    parts = last.split("・")
    if len(parts) > 1 and all(_KATAKANA_NAME.fullmatch(p) for p in parts):
        return _ja_char_tidy(last)
    kana = re.fullmatch(rf"(?:[\u4e00-\u9fff\u3040-\u309f]{{0,8}}?)(?:{_JA_KIND_NOUN})(?P<k>[\u30a1-\u30ff][\u30a1-\u30ff・]*)", parts[-1])
    if kana is None and len(parts[-1]) >= 4:
        kana = _JA_PERSON_NOUN_GLUED.fullmatch(parts[-1])
    if kana:   # 「少女ペトラ」: a descriptive noun glued to the name (「湊ハルト」「汐見アオイ」: a kanji surname stays)
        return _ja_char_tidy(kana.group("k"))
    desc = _JA_DESC_GLUED.fullmatch(parts[-1])
    if desc:   # 「厳格な司書長オルガ」: a description with an adjective's な glued to the name (no surname has one)
        return _ja_char_tidy(desc.group("k"))
    rel = _JA_REL_CLAUSE_GLUED.fullmatch(parts[-1]) if len(parts[-1]) >= 5 else None
    if rel and (_JA_REL_CLAUSE_MARK.search(rel.group("c")) or rel.group("c").endswith(("する", "した", "ている", "ていた"))):
        return _ja_char_tidy(rel.group("k"))   # 「食堂を切り盛りする燈子」「港で働く燈子」: a clause describing the part
    return _ja_char_tidy(parts[-1])


def _ja_clause_described_part(head: str) -> bool:
    """「港の食堂を切り盛りする燈子」: a kanji name read as a part by the clause describing it (a person's deed)."""
    last = re.split(r"[の”」』\"・]", head)[-1]
    rel = _JA_REL_CLAUSE_GLUED.fullmatch(last) if len(last) >= 5 else None
    return bool(rel and _JA_REL_CLAUSE_MARK.search(rel.group("c")))


# a relative clause (a kanji, then a verb's plain or past ending) glued before a part's kanji or katakana name
_JA_REL_CLAUSE_GLUED = re.compile(r"(?P<c>[\u3040-\u309f\u4e00-\u9fff]*?[\u4e00-\u9fff][\u3040-\u309f\u4e00-\u9fff]*?"
                                  r"(?:する|した|ている|ていた|[うくすつぬむぶぐるた]))"
                                  r"(?P<k>[\u30a1-\u30fa\u4e00-\u9fff][\u30a1-\u30ff\u4e00-\u9fff・]{0,10})")
# a particle inside that clause (「港で働く」「空を飛ぶ」): no name's okurigana has one (「八つ橋」 stays whole)
_JA_REL_CLAUSE_MARK = re.compile(r"[\u4e00-\u9fff\u30a0-\u30ff][をでにへが]")


# a kanji noun for a person by its last character (配達員, 吟遊詩人, 灯台守, 旅人, 医者, 船長, 神官, 剣士) glued to a katakana
# name: the description, not a surname (a few surnames end so: 生, 手 are left to the closed list above)
_JA_PERSON_NOUN_GLUED = re.compile(r"[\u4e00-\u9fff\u3040-\u309f]{0,6}?[\u4e00-\u9fff][員人者師士官守番係長家匠娘姉妹兄弟母父]"
                                   r"(?P<k>[\u30a1-\u30fa][\u30a1-\u30ff・]*)")
# a particle left at the front of a part's name when the sentence's place comes before it (「『T』ではハル」)
_JA_LEAD_PARTICLE = re.compile(r"^(?:では|には|でも|とは|で|は|も|に|を|が)(?=[\u30a0-\u30ff\u4e00-\u9fff])")
_JA_LEAD_PARTICLE_FIRST = frozenset("でにとはもをが")
_JA_PERSON_AND = re.compile(r"(?<=\S)(?:さん|氏|先生)と(?=\S)")
_JA_DESC_GLUED = re.compile(r"[\u4e00-\u9fff]{1,6}な[\u4e00-\u9fff\u3040-\u309f]{1,8}?(?P<k>[\u30a1-\u30fa][\u30a1-\u30ff・]*)")


def _ja_char_tidy(text: str) -> str:
    """A character's name as written: 「源さん」 (a character called so) keeps its さん, which on an actor is news prose's
    honorific (`_ja_tidy`)."""
    return _JA_DESC.sub("", (text or "").strip()).strip("「」『』 ")


_KATAKANA_NAME = re.compile(r"[\u30a1-\u30ff]+")


_JA_RUN = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]{3,}")
_JA_ASIDE = re.compile(r"[(（][^()（）]{0,80}[)）]|[「『][^」』]{0,80}[」』]")


def _is_japanese(text: str) -> bool:
    """Japanese prose; an English sentence with a Japanese title in brackets ("Frequency" (ナイト…)) is English."""
    if not _JA_RUN.search(text):
        return False
    return bool(_JA_RUN.search(_JA_ASIDE.sub(" ", text))) or not re.search(r"[A-Za-z]{3,}\s+[A-Za-z]{2,}\s+[A-Za-z]{2,}", text)


_GENERIC_HEADING = re.compile(
    r"(?<![A-Za-z])(?:cast|crew|staff|plot|story|synopsis|trailers?|teasers?|release|date|dates|when|where|what|how|who|why|"
    r"is|are|does|do|will|can|theme|songs?|music|opening|ending|characters?|news|details|everything|know|need|"
    r"info|information|watch|stream\w*|season|episodes?|premiere|air\w*|about|overview|studio|animation|"
    r"conclusion|final|thoughts|verdict|review|summary|faq|more|related|read|also|update\w*|key\s+visual|"
    r"visual|poster|source|credits?|production|announcement|announced|details|the\s+anime|anime|event|events|"
    r"movie|movies|special|goods|blu-?ray|dvd|introduction|intro|on\s?air|broadcast|comments?|gallery|"
    r"top|home|contents?|message|interview|report|pv|cm|bd|cd|background|history|premise|setting|licens\w*|"
    r"promotion\w*|videos?|general|notes?|trivia|reception|media|adaptation|plans?|schedule|voices?|actors?|"
    r"marketing|postpone\w*|delays?|theatrical|distribution|development|casting|box\s+office|home\s+video|"   # (a wiki's sections)
    r"team|creatives?|multimedia|photos?|images?|soundtrack|"
    r"overseas|international|worldwide|global|abroad|domestic|tv|web|regions?|territor\w*|outside\s+japan|cours?)(?![A-Za-z])|"
    r"[\u3040-\u30ff\u4e00-\u9fff]", re.I)


_TITLE_PARTICLES = {"of", "the", "a", "an", "in", "on", "no", "to", "and", "wa", "ga", "ni", "de", "wo", "for", "with",
                    "from", "at", "by", "x", "vs", "or", "is"}


def _ja_name_after_desc(seg: str) -> str:
    """The part's name after its description: 「寡黙な用心棒・ヴィクトル」→ヴィクトル, 「王都騎士団長のグレイ・ハウゼン」→
    グレイ・ハウゼン (a name in katakana keeps its own ・ between given name and family name)."""
    tail = seg.split("の")[-1]
    parts = tail.split("・")
    if len(parts) > 1 and all(_KATAKANA_WORD.fullmatch(x) for x in parts) and parts[0] not in _KATAKANA_ROLE_NOUNS:
        return tail
    return parts[-1]


_KATAKANA_WORD = re.compile(r"[\u30a1-\u30faー]{2,}")
# a description in katakana before ・ ("ヒロイン・アリス", "メイド・ロッテ"): what the part is, not its given name
_KATAKANA_ROLE_NOUNS = frozenset(("ヒロイン", "ヒーロー", "メイド", "シスター", "プリンセス", "ライバル", "リーダー", "アイドル",
                                  "ギャル", "エース", "キャプテン", "マネージャー", "コーチ", "パートナー", "ボス", "ヒーラー",
                                  "ナース", "アンドロイド", "ロボット", "エルフ", "ドラゴン", "マスコット", "ヴァンパイア"))


def _names_other_title(heading: str) -> bool:
    """A heading that names some title other than the work: '2. Orient', 'Fullmetal Alchemist Brotherhood'."""
    h = heading.strip()
    numbered = re.match(r"^(?:#?\d{1,2}[.):/]|\d{1,2}/\d{1,2}\b)\s*", h)
    if numbered:
        h = h[numbered.end():]
    if _GENERIC_HEADING.search(h):
        return False
    if numbered:
        # "2. Orient": an entry of a list article; "1. It arrives in spring 2025": a sentence about the work
        plain = [w for w in re.findall(r"[A-Za-z][\w’'-]*", h) if w[0].islower() and w.lower() not in _TITLE_PARTICLES]
        return len(plain) < 2
    words = re.findall(r"[A-Za-z][\w’'-]*", h)
    if len(words) == 2 and words[1][0].islower() and words[1].lower() not in _TITLE_PARTICLES:
        return False   # "Fan-festival launch", "Casting notes": a sentence-case section name, not a two-word title
    return bool(words) and sum(1 for w in words if w[0].isupper()) >= max(1, len(words) - 1) and len(words) <= 8


def _clause_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    cs, ce = 0, len(text)
    for m in _CLAUSE_SPLIT.finditer(text):
        if m.end() <= start:
            cs = m.end()
        elif m.start() >= end:
            ce = m.start()
            break
    return cs, ce


def _clauses(text: str) -> list[str]:
    out, last = [], 0
    for m in _CLAUSE_SPLIT.finditer(text):
        out.append(text[last:m.start()])
        last = m.end()
    out.append(text[last:])
    return [c for c in out if c.strip()]


# a person named as an influence or a reference, not credited: "inspired by director X", "a nod to composer X",
# "cited director X as an influence" (the cue, then at most four words, the role among them, before the name)
_PASSING_CUE_BEFORE = re.compile(
    r"\b(?:(?:inspired|influenced|inspiration|influences?|ideas?)\s+(?:by|from|of)|(?:nods?|homages?|tributes?|hat[- ]tips?|"
    r"references?|allusions?|comparisons?|compared|likened|similar|odes?|love\s+letters?|dedicated|debt)\s+(?:\w+\s+)?to|"
    r"(?:former|longtime|long-time|onetime|one-time|ex-)\s*(?:assistants?|apprentices?)\s+(?:to|of|under)|(?:draws?|drawing|drew)\s+(?:\w+\s+)?(?:on|from)|(?:in\s+)?(?:memory|honou?r)\s+of|"
    r"reminiscent\s+of|(?:vein|style|footsteps|mold|mould|spirit|school)\s+of|"
    r"(?:fans?|admirers?|disciples?|students?|proteges?|protégés?|pupils?|apprentices?)\s+(?:of|under)|"
    r"(?:studied|trained|apprenticed|learned|worked\s+as\s+an?\s+\w+)\s+under|(?:cited|cites|citing|admires|admired|idolized|idolizes|"
    r"evokes|evoking|channels|channeling|homages|emulates|emulating))"
    r"\s+(?:[A-Za-z][\w’'-]*\s+){0,4}(?:and\s+(?:[a-z][\w-]*\s+){1,2})?$", re.I)   # ("… X and composer Y")
_PASSING_CUE_AFTER = re.compile(r",\s+whose\s+(?:[\w-]+\s+){1,3}?(?:inspired|influenced|shaped|informed)\b|"
                                r"\s+as\s+(?:a|an|the|his|her|their|one\s+of\s+(?:his|her|their|the))\s+(?:(?:major|big|key|early|"
                                r"main|chief|great|personal|lasting|formative)\s+)*(?:influences?|inspirations?|references?|"
                                r"idols?|heroes|hero|mentors?|touchstones?|models?|role\s+models?)\b", re.I)
_PASSING_WORDS = ("inspir", "influen", "idea", "nod", "homage", "tribute", "hat", "referen", "allusion", "compar", "likened",
                  "similar", "ode", "love letter", "reminiscent", "vein", "style", "footsteps", "mold", "mould", "spirit",
                  "school", "fan", "admire", "disciple", "student", "protege", "studied", "trained", "apprenticed",
                  "learned", "cite", "citing", "idoliz", "evok", "channel", "emulat",
                  "dedicated", "debt", "assistant", "apprentice", "draw", "drew", "memory", "honor", "honour", "protégé",
                  "pupil", "worked", "whose", " as ")   # (one is in every match of the two cues)
# "director X's first feature", "composer X's new series": the possessive names this work (anything else, "director
# X's favourite city", "X's score for an old drama", is another thing of the person's)
_POSS_OWN_WORK = re.compile(r"[’']s?\s+(?:(?:first|new|latest|upcoming|next|debut|own|anime|TV|feature-length|directorial|"
                            r"original)\s+)*(?:feature|series|anime|adaptation|project|debut|take|vision|team|"
                            # (what the credited person says of this work: "read director X's comment below")
                            r"comments?|messages?|statements?|interview|remarks|words|thoughts|notes)\b(?-i:(?![\s,]+[“\"«A-Z]))", re.I)


# "composer X's score for the series", "designer X's designs for this anime": the person's duty on this very work
_POSS_DUTY_HERE = re.compile(r"[’']s?\s+(?:[\w-]+\s+){0,2}?(?:score|music|soundtrack|designs?|screenplay|scripts?|storyboards?|"
                             r"direction|art|illustrations?|animation)\s+(?:for|on|of|in)\s+(?:the|this|its)\s+(?:new\s+|upcoming\s+)?"
                             r"(?:series|anime|show|film|movie|season|adaptation|project)\b", re.I)


def _named_in_passing(text: str, who: str, says_work=None) -> bool:
    """Is `who` named in `text` only as an influence or a possessor ("inspired by director X", "director X's favourite
    city", "cited composer X as an influence")? A role word before such a name is a description, not a credit of this
    work; a possessive of this work itself ("director X's first feature", "X's Lantern Bay") still credits."""
    seen = False
    for m in re.finditer(re.escape(who), text):
        seen = True
        after = text[m.end():m.end() + 70]
        if _PASSING_CUE_BEFORE.search(text, max(0, m.start() - 90), m.start()) or _PASSING_CUE_AFTER.match(text, m.end()):
            continue
        if after[:1] in ("’", "'") and after[1:2] in ("s", " ", ""):
            if _POSS_OWN_WORK.match(after) or _POSS_DUTY_HERE.match(after) or (says_work is not None and says_work(after[:60])):
                return False
            continue
        return False
    return seen


# a later installment named as a date's subject: "a sequel", "the next season", "Season 2", 「続編」「第2期」 (the number,
# when given, tells whether it is the watched work's own season)
_SEQUEL_MARK = re.compile(r"\b(?:(?P<bare>sequels?|follow-?ups?|(?:next|another)\s+(?:season|cour|installment))|"
                          r"(?P<ord>second|third|fourth|fifth|2nd|3rd|4th|5th)\s+(?:season|cour|installment|series)|"
                          r"(?:season|part|cour)\s+(?P<num>[2-9]|two|three|four|five))\b", re.I)
_SEQUEL_WORDS = ("sequel", "follow", "next", "another", "second", "third", "fourth", "fifth", "2nd", "3rd", "4th", "5th",
                 "season", "part", "cour")   # (one is in every _SEQUEL_MARK match)
_JA_SEQUEL_MARK = re.compile(r"(?P<bare>続編|次期シリーズ|新シーズン)|第\s*(?P<num>[2-9２-９二三四五])\s*期|"
                             r"(?:シーズン|Season\s*)(?P<num2>[2-9２-９])|(?P<num3>[2-9])(?:nd|rd|th)\s*(?:シーズン|[Ss]eason)")
_SEQUEL_NUM = {"two": 2, "three": 3, "four": 4, "five": 5, "second": 2, "third": 3, "fourth": 4, "fifth": 5,
               "2nd": 2, "3rd": 3, "4th": 4, "5th": 5, "二": 2, "三": 3, "四": 4, "五": 5}
_SEQUEL_THEN_SUBJECT = re.compile(r"[\s,]*(?:(?:a|an|the|its)\s+)?(?=\S)")   # "In 2028, a sequel will …": the marker next
# "A second season has been green-lit. It will premiere in April 2028.": the later installment announced, then "it"
_SEQUEL_ANNOUNCED = re.compile(r"(?P<m1>" + _SEQUEL_MARK.pattern + r")\s+(?:(?:has|have)\s+(?:also\s+)?been|was|were|is|are)\s+"
                               r"(?:also\s+|officially\s+|now\s+|already\s+)*(?:green-?lit|green-?lighted|announced|confirmed|"
                               r"revealed|ordered|in\s+(?:production|the\s+works)|planned|on\s+the\s+way|coming)\b|"
                               r"\b(?:announced|confirmed|revealed|green-?lit|teased|ordered)\s+(?:a|the|its)\s+(?P<m2>"
                               + _SEQUEL_MARK.pattern.replace("(?P<bare>", "(?P<bare2>").replace("(?P<ord>", "(?P<ord2>")
                               .replace("(?P<num>", "(?P<num2>") + ")", re.I)
_SUBJECT_SLOT_END = re.compile(r"(?:^|[.;:,]\s*|\b(?:and|but|while|that)\s+)(?:(?:a|an|the)\s+)?(?:(?:new|anime|TV|television|official)\s+)*$", re.I)
# "It will add the season …", "They will begin streaming it …": a pronoun subject and a service's verb (whose service,
# the previous sentence's subject tells)
_IT_STREAMER_ADDS = re.compile(r"\s*(?:It|They)\s+(?:will\s+(?:also\s+)?|also\s+)?(?:add|adds|stream|streams|simulcast|simulcasts|"
                               r"(?:begin|begins|start|starts)\s+(?:streaming|adding|simulcasting|releasing))\b")   # (not "It premieres": the work)
_PRONOUN_SUBJECT = re.compile(r"\s*(?:(?:and|but|so)\s+)?(?:it|they|(?:the|this)\s+(?:new|upcoming)\s+(?:season|series|installment|cour))\s", re.I)
_SEQUEL_ASIDE = re.compile(r"[(（][^()（）]{0,120}[)）]|,\s*(?:which|whose|who|that|with|after|as|while|though|although)\b[^,;]{0,100},|"
                           r"^\s*(?:With|After|As|While|Though|Although|Following)\b[^,;]{0,100},", re.I)
_DATE_OPENS_CLAUSE = re.compile(r"\s*(?:(?:in|by|from|starting|beginning|come|on|as\s+of)\s+)?(?:early|mid|late)?[\s-]*", re.I)
_JA_SEQUEL_THEN_SUBJECT = re.compile(r"\s*(?:には|にも|に|から|より|頃|ごろ)?\s*(?=\S)")   # 「2028年には第2期が」


# goods or the work itself as the subject of a release to come ("the Blu-ray will be released on", "the film, which
# opens on", "the soundtrack album goes on sale"): the day after it is that thing's, not a video's
_THING_DUE = re.compile(r"\b(?:Blu-?rays?|DVDs?|BDs?|box(?:\s+set)?|volumes?|CDs?|albums?|singles?|soundtracks?|OSTs?|goods|"
                        r"merchandise|figures?|games?|manga|novels?|books?|artbooks?|film|movie|series|anime|show|season|"
                        r"sequel|collection|edition|tickets?)(?:\s*,\s*(?:which|that)|\s+(?:which|that))?\s+"
                        r"(?:(?:will|is|are|also|then|now|finally|officially)\s+)*(?:be\s+)?(?:released|out|on\s+sale|available|"
                        r"ship(?:s|ping)?|hit(?:s|ting)?|arriv(?:e|es|ing)|open(?:s|ing)?|premier(?:e|es|ing)|debut(?:s|ing)?|"
                        r"launch(?:es|ing)?|com(?:e|es|ing)\s+out|go(?:es)?\s+on\s+sale|set|slated|scheduled|due|air(?:s|ing)?|"
                        r"in\s+(?:theaters|theatres|cinemas|stores))\b", re.I)
_THING_DUE_WORDS = ("blu", "dvd", "bd", "box", "volume", "cd", "album", "single", "soundtrack", "ost", "goods", "merchandise",
                    "figure", "game", "manga", "novel", "book", "film", "movie", "series", "anime", "show", "season",
                    "sequel", "collection", "edition", "ticket")   # (one is in every _THING_DUE match)
_VIDEO_WORD = re.compile(r"\b(?:trailers?|teasers?|PVs?|videos?|promos?|clips?)\b", re.I)
_THING_AS_COMPLEMENT = re.compile(r"\b(?:for|of|from|about)\s+(?:the\s+|its\s+|an?\s+)?(?:[\w-]+\s+)?$", re.I)


def _date_of_other_release(raw: str, vstart: int, vend: int, dstart: int) -> bool:
    """Is the date at `dstart` the day something other than the video (at vstart..vend) comes out ("The second PV
    previews the Blu-ray, which will be released on December 12", "The film will be released on December 12, the staff
    said in the PV")? The words from the video (or the date's clause start) to the date name goods or the work as the
    subject of a release to come, with no video named after them ("the PV for the film was released on …" is the PV's)."""
    if not may_contain_i(raw, _THING_DUE_WORDS):
        return False
    if dstart >= vend:
        seg_start = vend
    else:
        seg_start = max(raw.rfind(";", 0, dstart), raw.rfind(". ", 0, dstart)) + 1
    for tm in _THING_DUE.finditer(raw, seg_start, dstart):
        if _VIDEO_WORD.search(raw, tm.end(), dstart) or dstart - tm.end() > 50:
            continue
        if _THING_AS_COMPLEMENT.search(raw, max(seg_start, tm.start() - 30), tm.start()):
            continue
        return True
    return False


# "novelist Orihara": an occupation word before a surname (the person is named in full elsewhere)
_OCCUPATION_WORD = r"(?i:novelist|author|mangaka|illustrator|writer|artist|creator|composer|screenwriter)"
_OCCUPATION_FIRST = re.compile(_OCCUPATION_WORD + r"\s+\S+$")
_SURNAME_END = re.compile(rf"(?:^|[.;]\s+|,\s+(?:and|while)\s+|\band\s+)(?:{_OCCUPATION_WORD}\s+)?([{_UP}][a-zà-ÿāēīōū’'-]+)\s*,?\s*(?:(?:is|was|also|now)\s+)*$")
# ("X is back as well, now also serving as Y": the return and the new duty share the subject)
_SUBJECT_END = re.compile(rf"({_PERSON})\s*,?\s*(?:who\s+)?(?:(?:is|are|was|has\s+been|will\s+be|also|now|currently|again)\s+|"
                          rf"(?:is|are)\s+back(?:\s+as\s+well|\s+too)?\s*,\s*)*$")


def _successor(text: str, pred_start: int):
    """(name, start, end) of X in "X replaces/succeeds/takes over from Y as …" (Y starting at `pred_start`), or None."""
    sm = _SUCCEEDS_END.search(text, max(0, pred_start - 70), pred_start)
    return _actor_before(text, sm.start(), _ACTOR_END_TIGHT) if sm else None


# a description set apart between the subject and its predicate, up to an auxiliary: ", previously an episode director
# on the show, ", ", who directed the first season, is ", ", whose credits include OTHER, will be " (a name inside it is
# no subject: the subject is the person before it)
_LEAD_ASIDE_END = re.compile(r",\s*(?:who|whose|previously|formerly|once|recently|himself|herself|themselves|best\s+known|known|"
                             r"fresh\s+(?:from|off)|an?|one\s+of)\s[^,;.]{1,100},\s*(?:(?:is|are|will|now|also|again|currently|still)\s+)*$")


def _lead_aside_stripped(head: str) -> str:
    """The text before a predicate without a description set apart at its end (the subject then ends it)."""
    return _LEAD_ASIDE_END.sub(" ", head) if ", " in head else head


_PERSON_OF_END = re.compile(rf"(?<![\w’'])({_PERSON})\s+of\s+(?:the\s+)?$")   # a person, then the company or group they belong to


def _source_gets_anime(text: str, pos: int) -> bool:
    """Does the source named before `pos` get the anime, right after it or after what it is about?"""
    if _SOURCE_IS_ANIME.match(text, pos):
        return True
    aside = _SOURCE_ASIDE.match(text, pos) if text.startswith(("series", ","), pos) else None
    if aside and aside.end() > pos and _SOURCE_IS_ANIME.match(text, aside.end()):
        return True   # "X's novel series, with over a million copies in print, is finally animated by Y"
    am = _SOURCE_ABOUT.match(text, pos) if text.startswith(("about", "following", "set "), pos) else None
    gm = _SOURCE_IS_ANIME.match(text, am.end()) if am else None
    return gm is not None and "," not in gm.group()   # (", and Y's manga gets an anime": another source's)


def _member_before(text: str, start: int, who: str) -> str:
    """`who`, or the person named right before it as its member ("Kei Nagatomo of Orchestra Minami is composing")."""
    before = text[max(0, start - 60):start]
    if before.endswith((" of ", " of the ")) and (om := _PERSON_OF_END.search(before)):
        return _tidy_name(om.group(1))
    return who


def _subject_before(head: str) -> str | None:
    """The person a predicate is about: the capitalised run right before it ('X ( … ) is directing')."""
    m = _SUBJECT_END.search(head)
    if not m:
        return None
    who = _tidy_name(m.group(1))
    before = head[:m.start(1)]
    if before.endswith((" of ", " of the ")) and (om := _PERSON_OF_END.search(before)):
        who = _tidy_name(om.group(1))   # "Kei Nagatomo of Orchestra Minami is composing": the person, not the group
    if _OCCUPATION_FIRST.match(who):
        return None   # "Novelist Orihara is supervising …": a surname after the occupation, no full name
    if len(who.split()) < 2:
        return None
    return who


_PLURAL_PRED = re.compile(r"(?:are|were|have|will|return|come\s+back|handle|compose|provide|oversee)\b", re.I)   # ("A and B return to score …")


def _co_subject(head: str, who: str, pred: str) -> str | None:
    """'Reina Mochizuki and Sosuke Hadano are composing the music': the first of two people sharing a plural predicate."""
    if not _PLURAL_PRED.match(pred) and not re.search(r"\b(?:are|were|have)\s+(?:also\s+)?$", head):
        return None
    m = re.search(rf"(?:^|[,;]\s+|\b(?:and|with|while)\s+|\b(?:duo|pair|team)\s+of\s+|[.:]\s+)(?P<a>{_PERSON})\s*,?\s+(?:and|&)\s+{re.escape(who)}\s*,?\s*"
                  r"(?:(?:are|were|have|will|also|now|currently|again|both|jointly)\s+)*$", head)
    if not m:
        return None
    a = _tidy_name(m.group("a"))
    return a if len(a.split()) >= 2 else None


def _title_before(pre: str) -> bool:
    """True when the word before a role noun is capitalised (an appositive naming another work)."""
    m = re.search(r"(\S+)\s*$", pre)
    if not m:
        return False
    w = m.group(1)
    if w.endswith((",", ";", ":")):
        return False
    return (w[:1].isupper() or w[:1].isdigit()) and w.strip(",") not in ("And", "The", "With", "Its", "Their", "As")


def _tidy_org(name: str) -> str:
    name = name.strip(" ,.;:")
    name = re.sub(r"[’']s$", "", name)
    words = name.split()
    while words and words[-1].lower() in ("and", "the", "of", "de", "no", "is", "has", "will"):
        words.pop()
    while words and words[0] in ("The", "And", "With", "At", "By"):
        words.pop(0)
    return " ".join(words)


def _org_display(org: str) -> str:
    return clean(org, 120)


_UNLISTED_SERVICE = re.compile(r"(?P<org>[A-Z][\w+!.-]*[+]?(?:\s+[A-Z][\w+!.-]*){0,2})\s+(?:will\s+(?:also\s+)?(?:stream|simulcast)|"
                               r"(?:is|are)\s+(?:also\s+)?(?:streaming|simulcasting)|streams|simulcasts)\s+")
_BRINGS_TO_VIEWERS = re.compile(r"(?P<org>[A-Z][\w+!.-]*[+]?(?:\s+[A-Z][\w+!.-]*){0,2})\s+will\s+(?:also\s+)?bring\s+"
                                r"(?:it|the\s+(?:film|movie|anime|series|show))\s+to\s+(?:audiences|viewers|fans|subscribers)\b")
_ONAIR_HEADING = re.compile(r"^\s*(?:on\s*air|streaming|broadcast(?:\s+(?:info|information|schedule))?|where\s+to\s+watch|"
                            # a news article's "Where Can You Stream It?", "How to Watch the Anime", "Where to stream the season"
                            r"(?:where\s+(?:to|can\s+(?:you|i|we|fans))|how\s+(?:to|can\s+(?:you|i|we|fans)))\s+(?:watch|stream|see)"
                            r"(?:\s+(?:it|the\s+(?:anime|series|show|season|film|movie|new\s+season|sequel)))?\s*\??|"
                            r"(?:broadcast|streaming|on\s*air)\s*(?:&|and|/)\s*(?:streaming|broadcast)(?:\s+info(?:rmation)?)?)\s*$", re.I)
_STREAMING_STARTS = re.compile(r"\b(?:global\s+|worldwide\s+)?streaming\s+(?:beginning|starting|begins|starts|from|will\s+begin|will\s+start)\s+(?:in\s+|on\s+)?")
_UNLISTED_STOP = {"it", "the anime", "the series", "the show", "fans", "viewers", "we", "they", "he", "she", "you", "this", "that",
                  "the studio", "the film", "the official site", "the site"}


def _region_text(region: str) -> str:
    r = re.sub(r"\s+", " ", region.strip())
    r = re.sub(r"\boutside of\b", "outside", r, flags=re.I)
    r = re.sub(r"^everywhere\s+(?:except|but|outside)\s+(?:for\s+)?", "outside ", r, flags=re.I)
    return r


_SAME_AS_PREV = re.compile(r",?\s*(?:the\s+same\s+(?:\w+\s+){0,2}?as|just\s+(?:as|like)\s+(?:it|they)\s+did\s+(?:with|for)|(?:just\s+)?like|"
                           # ("just as it did the first season", "like they did in season one", "as it did during the previous season")
                           r"(?:just\s+)?(?:as|like)\s+(?:it|they)\s+did(?:\s+(?:with|for|in|during))?(?=\s+(?:the\s+)?(?:first|previous|prior|last|earlier|past|season|series|cour|two|three|four|[2-9])\b)|"
                           r"as\s+(?:it|they)\s+did\s+(?:with|for)|as\s+(?:with|for))\s+(?:the\s+)?(?:(?:first|previous|prior|last|earlier|past)\s+)?"
                           r"(?:(?:two|three|four|[2-9])\s+seasons|seasons\s+(?:1|one)\s*(?:,|and|&|-|–)\s*(?:[2-9]|two|three)|"
                           r"(?:season|series|cour)(?:\s+(?:one|1))?)\b(?=[,;.]|$)", re.I)
_PART_OF_BLOCK = re.compile(r"\b(?:as\s+part\s+of\s+(?:the\s+)?|(?:in|on|during)\s+(?:the|its|their)\s+)(?P<b>[A-Z+][\w+!&-]*(?:\s[A-Z][\w+!&-]*){0,2})\s+"
                            r"(?:programming\s+|anime\s+)?(?:block|slot|frame|lineup)\b")   # (or "on TBS in the Super Animeism TURBO block")
# "in the Noitamina programming block on Fuji TV": the block named right before its channel
_BLOCK_ON_BEFORE = re.compile(r"\b(?:as\s+part\s+of|part\s+of|in|on|during)\s+(?:the\s+|its\s+)?(?P<b>[A-Z+][\w+!&-]*(?:\s[A-Z][\w+!&-]*){0,2})\s+"
                              r"(?:programming\s+|anime\s+)?(?:block|slot|frame|lineup)\s+(?:on|of)\s+(?:the\s+)?$")
_PREV_ASIDE = re.compile(r",\s*(?:which|who|that)\s+[^,;.]{0,80}?(?:\b(?:first|previous|prior|last|earlier)\s+(?:season|series|cour)\b|"
                         + _EARLIER_SEASONS + r")[^,;.]{0,30},", re.I)
# the work's own season number ("… Season 3", "3rd Season", "第3期"), to tell "Season 2's opening" from its own
_WORK_SEASON = re.compile(r"\b(?:Season|Part|Cour)\s*(\d{1,2})\b|\b(\d{1,2})(?:st|nd|rd|th)\s+(?:Season|Cour)\b|第\s*(\d{1,2})\s*期", re.I)
_SEASON_N = re.compile(r"\b[Ss]eason\s+(\d{1,2}|one|two|three|four|five)\b|第\s*(\d{1,2})\s*期")
_NUM_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5}
_SEQUEL_REF = re.compile(r"^\s*(?:and\s+|but\s+)?(?:[Ss]eason\s+(?:\d+|two|three|four)|the\s+new\s+(?:one|season|cour)|the\s+sequel)\b")
_SLOT_AFTER = re.compile(r"[’']s\s+(?:[\w-]+\s+){0,2}(?:slot|block|programming|frame|time\s*slot)\b")
_REPORTED = re.compile(r"\b(?:confirmed|announced|revealed|said|says|stated|reported|reports|confirms|announces)\s+(?:that\s+)?(?=\S)", re.I)
# ", with Disney+ streaming it worldwide from January 16": a service's own start, after the first airing
_WITH_SERVICE_FROM = re.compile(r",\s+with\s+(?P<svc>[A-Z][\w+&.-]*(?:\s+[A-Z][\w+&.-]*){0,3})\s+(?:streaming|simulcasting)\s+"
                                r"(?:it|the\s+(?:series|anime|show|season))\b[^,.;]{0,40}?\s(?:from|starting|beginning)\s+(?:on\s+)?")
# a service as its clause's subject ("…, and Y will begin streaming it in Japan"): what follows is said of it
_SERVICE_SUBJECT_VERB = re.compile(r"\s+(?:will|is|are|has|also)\b")
# "Netflix has it worldwide", "HIDIVE will have the series outside Asia": a service holding the work somewhere
# ("Netflix Japan gets it one week later": the service's country arm, and a later start than the broadcast)
_SERVICE_HAS_IT = re.compile(r"(?:\s+(?P<land>Japan|Korea|Taiwan|India|Canada|Australia|France|Germany|Brazil|Mexico|UK|US))?"
                             r"\s+(?:has|will\s+(?:also\s+)?have|gets|will\s+get)\s+(?:it|the\s+(?:anime|series|show|season|film))\s+"
                             r"(?:worldwide|globally|internationally|exclusively|overseas|outside\b|in\s+[A-Z]|across\b|"
                             r"(?:(?:one|a|two|three|four|\d+)\s+(?:days?|weeks?|months?)\s+)?later\b)")
# a service the page calls a streaming service: "Kiraflix, the anime streaming service,", "Kiraflix is a subscription
# streaming service", "streaming platform Kiraflix"
_STREAMER_APPOS = re.compile(r"(?P<org>[A-Z][\w+!.-]*[+]?(?:\s+[A-Z][\w+!.-]*){0,2})(?:,\s+(?:the|an?)|\s+is\s+(?:the|an?))\s+"
                             r"(?:[\w-]+\s+){0,3}?streaming\s+(?:service|platform)\b")
_STREAMING_SERVICE_NAMED = re.compile(r"\b[Ss]treaming\s+(?:service|platform)\s+(?P<org>[A-Z][\w+!]*(?:\s[A-Z][\w+!]*){0,2})")
_STREAMER_SUBJECT = re.compile(rf"\s*(?:[A-Z][\w\s,]{{0,20}},\s*)?(?:(?:[Ss]treaming|[Vv]ideo)\s+(?:service|platform|site)\s+)?(?P<org>{'|'.join(re.escape(x) for x in _STREAMERS)})(?:,\s*(?:which|who)\s+[^,.;]{{1,50}},)?\s+(?:will|is|has|plans|announced|streams|simulcasts|carries|offers|begins|starts|holds|adds|lists|puts)\b")
_ON_STREAMER = re.compile(rf"\b(?:on|via|through)\s+(?P<org>{'|'.join(re.escape(x) for x in _STREAMERS)})\b")


# a day's name written before its date ("on Sunday, April 11", "from Wednesday, January 13"): a later station's readers
# end on it as on the date
_WEEKDAY_LEAD = r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
_DATE_LIST_GAP = re.compile(r"[^.;]{0,30}?(?:,\s*|\s+)(?:and\s+|while\s+|then\s+)?(?:on\s+(?:the\s+)?[^,.;]{1,30}?\s+)?(?:on|from|starting)\s+"
                            + _WEEKDAY_LEAD)   # ("…, and on BS-TBS from Wednesday, January 13": the day's name before it)
_ON_AFTER = re.compile(r"\s*(?:on|via)\s+")
_STATION_ON_BEFORE = re.compile(rf"(?:on|via)\s+(?:the\s+)?(?P<org>{_ORG_ALT}|{_GENERIC_STATION})\s+(?:on|from|starting(?:\s+on)?)\s+{_WEEKDAY_LEAD}$")
# "from July 7 (technically the early hours of July 8, …)": the slot's calendar day, said in parentheses
_PAREN_NEXT_DAY = re.compile(r"\s*\((?:technically|effectively|actually|i\.e\.|that\s+is|really)?,?\s*(?:in\s+)?(?:the\s+)?"
                             r"(?:early\s+(?:hours|morning)\s+of|small\s+hours\s+of|wee\s+hours\s+of)?\s*(?:on\s+)?"
                             r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?", re.I)


# "with BS11 following on July 10", "with Sun TV and BS11 to follow": later stations named after the first
_FOLLOWING = re.compile(r"(?:\s*(?:,|and|&)\s*(?:the\s+)?[A-Z][\w+-]*(?:\s[A-Z0-9][\w+-]*){0,2}){0,3}\s+(?:following|to\s+follow|will\s+follow|"
                        r"picking\s+(?:it|them|the\s+(?:anime|series|show|broadcast))\s+up|picking\s+up\s+the\s+(?:anime|series|show|broadcast))\b")
# "Crunchyroll has already listed the series … and will stream it": the service as its clause's subject
_SERVICE_SUBJECT = re.compile(r"\s+(?:(?:has|have|will|is|also|already|now|officially)\s+)*(?:listed|added|announced|confirmed|picked\s+up|acquired|"
                              r"will|plans|is\s+(?:set|going)|revealed)\b")


def _station_in(text: str) -> str | None:
    m = re.search(rf"\b(?:on|via)\s+(?:the\s+)?(?P<org>{_ORG_ALT}|{_GENERIC_STATION})", text)
    return _org_display(m.group("org")) if m else None


_US_CANADA = re.compile(r"\b(?:in|across|throughout)\s+(?:theaters\s+(?:in|across|throughout)\s+)?(?:the\s+)?"
                        r"(?:U\.S\.|US|United\s+States)\s+and\s+(?P<ca>Canada)\b|\b(?:in|across|throughout)\s+(?:theaters\s+(?:in|across)\s+)?North\s+America\b|"
                        r"\b(?:to|in)\s+(?:(?:U\.S\.|US)\s+and\s+Canadian|North\s+American)\s+(?:theaters|theatres|cinemas)\b")


# "with BS11 following on July 10", "with BS-TBS picking it up a week later on April 10": a later station's own day
# a sentence whose subject is a station or service taking the show up later: "BS11 picks it up a few days later,
# starting January 12", "Netflix follows on January 20", "AT-X will begin airing it from January 14"
_NETWORK_NAME = re.compile(rf"(?<![\w-])(?:{_ORG_ALT})(?![\w+-])")
_STATION_PICKS_UP = re.compile(rf"(?:(?:In|Outside)\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?,\s*)?"   # ("In Japan, Netflix will add the season …")
                               rf"(?:the\s+)?(?P<org>{_ORG_ALT})(?P<more>(?:\s*,\s*(?:{_ORG_ALT}))*\s*,?\s+and\s+"
                               r"(?:other\s+(?:services|platforms|streaming\s+services|sites)|" + _ORG_ALT + r"))?"
                               r"\s+(?:will\s+)?(?:also\s+|then\s+|later\s+)?(?:picks?\s+(?:it|them|the\s+(?:anime|series|show|season))\s+up|"
                               r"adds?\s+(?:it|them|the\s+(?:anime|series|show|season))|"
                               r"follows?|(?:begins?|starts?)\s+(?:airing|broadcasting|streaming)(?:\s+(?:it|the\s+(?:anime|series|show|season)))?|"
                               # "BS11 will begin its broadcast on January 12": the work's broadcast on that station
                               r"(?:begins?|starts?)\s+(?:its|their)\s+(?:broadcast|airing|run)|"
                               r"airs?\s+(?:it|the\s+(?:anime|series|show|season)))\b[^.;]{0,40}?(?:\bon|\bfrom|\bstarting(?:\s+on)?)\s+"
                               r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?$")   # ("BS11 follows on Wednesday, April 14")
# "Following its worldwide streaming debut", "after its Netflix premiere": what the date's clause comes after
_AFTER_STREAM_RUN = re.compile(r"\b(?:[Ff]ollowing|[Aa]fter)\s+(?:its|the(?:\s+(?:series|anime|show|film)[’']s?)?)\s+(?P<how>(?:[\w+-]+\s+){1,3}?)"
                               r"(?:debut|premiere|release|launch|run)\b")
# "BS11 will follow the same week", "AT-X then picks it up", "BS Asahi is set to follow": a station carrying on an
# airing the sentence before told (matched right after the station's name); `_STATION_OPENS_FOLLOWING`: such a clause
_STATION_FOLLOWS_AFTER = re.compile(r"\s+(?:will\s+|is\s+(?:set|slated|scheduled)\s+to\s+|is\s+to\s+)?(?:also\s+|then\s+|later\s+|soon\s+)?"
                                    r"(?:follows?|picks?\s+(?:it|them|the\s+(?:anime|series|show|season|broadcast))\s+up|"
                                    r"picks?\s+up\s+the\s+(?:anime|series|show|season|broadcast))\b", re.I)
_STATION_OPENS_FOLLOWING = re.compile(rf"\s*(?:(?:[Mm]eanwhile|[Tt]hen|[Aa]fter\s+that|[Ll]ater),?\s+)?(?:the\s+)?(?:{_ORG_ALT}|{_GENERIC_STATION})"
                                      r"(?![\w+-])(?=\s+(?:will\s+|is\s+(?:set|slated|scheduled)\s+to\s+|is\s+to\s+)?(?:also\s+|then\s+|later\s+|soon\s+)?"
                                      r"(?:follows?|picks?\s+(?:it|them|the|up)))")
# "X, a StreamCrest Original anime series": a service's own-label work (the brand's capital O)
_SITE_ORIGINAL = re.compile(rf"\b(?:an?|the)\s+(?P<org>{_ORG})\s+Original\b(?!\s+(?:[Ss]tory|[Ww]ork|[Cc]haracter|[Cc]reator|[Ss]oundtrack))")
_LATER_STATION = re.compile(rf"(?:\b(?:followed|trailed)\s+by|,\s*then|\band\s+then|\bbefore)\s+(?:the\s+)?(?P<org2>{_ORG_ALT}|{_GENERIC_STATION})"
                            r"(?:\s+(?:a|one|two|three|\d)\s+(?:day|days|week|weeks)\s+later)?\s+(?:on|from|starting(?:\s+on)?)\s+" + _WEEKDAY_LEAD + r"$|"
                            rf"\bwith\s+(?:the\s+)?(?P<org>{_ORG_ALT}|{_GENERIC_STATION})\s+(?:following|to\s+follow|"
                            r"picking\s+(?:it|them|the\s+(?:anime|series|show))\s+up|picking\s+up\s+the\s+(?:anime|series|show)|"
                            # "…, with BS-TBS beginning its broadcast on January 12"
                            r"(?:beginning|starting)\s+(?:its|their)\s+(?:own\s+)?(?:broadcast|airing|run))"
                            r"(?:\s+(?:a|one|two|three|\d)\s+(?:day|days|week|weeks)\s+later)?(?:\s+(?:on|from|starting))?\s+" + _WEEKDAY_LEAD + r"$")


# a country or region a release is stated for ("In the UK and Ireland, X has it slated for May", "which holds the US
# and Canadian rights, will release it on May 7"): language adjectives (French, German…) are left out (a dub)
_COUNTRY = {"us": "US", "u.s.": "US", "united states": "US", "america": "US", "american": "US", "north america": "North America",
            "north american": "North America", "canada": "Canada", "canadian": "Canada", "uk": "UK", "u.k.": "UK",
            "united kingdom": "UK", "britain": "UK", "british": "UK", "ireland": "Ireland", "irish": "Ireland",
            "australia": "Australia", "australian": "Australia", "new zealand": "New Zealand", "europe": "Europe",
            "european": "Europe", "latin america": "Latin America", "latin american": "Latin America", "france": "France",
            "germany": "Germany", "italy": "Italy", "spain": "Spain", "south korea": "South Korea", "taiwan": "Taiwan",
            "brazil": "Brazil", "mexico": "Mexico", "india": "India", "southeast asia": "Southeast Asia"}
_COUNTRY_ALT = r"(?:" + "|".join(sorted((re.escape(c).replace(r"\ ", r"\s+") for c in _COUNTRY), key=len, reverse=True)) + r")"
_COUNTRY_LIST = rf"(?P<c>(?:the\s+)?{_COUNTRY_ALT}(?:\s*(?:,|and|&|/)\s*(?:the\s+)?{_COUNTRY_ALT})*)"
_REGION_LEAD = re.compile(rf"^\s*(?:(?:And|But|Meanwhile),?\s+)?(?:In|Across|For|Over\s+in)\s+{_COUNTRY_LIST}\s*,", re.I)
_REGION_RIGHTS = re.compile(rf"(?<![\w.]){_COUNTRY_LIST}\s+(?:(?:theatrical|home\s+video|distribution|streaming|broadcast)\s+)?"
                            r"(?:rights|release|premiere|debut|theaters|theatres|cinemas?|screens|distributor)\b", re.I)   # ("US fans have waited": not a region's date)
_REGION_IN = re.compile(rf"\b(?:in|across|throughout)\s+(?:(?:theaters|theatres|cinemas)\s+(?:in|across|throughout)\s+)?{_COUNTRY_LIST}(?![\w-])", re.I)
_JAPAN_HERE = re.compile(r"\b(?:in|across|throughout)\s+Japan\b|^\s*In\s+Japan\b|\bJapanese\s+(?:theaters|release|premiere|audiences)\b")


def _region_key(clause: str) -> str:
    """The countries a release clause is stated for, by their usual short names ("UK and Ireland"); "" for none or Japan."""
    low = clause.lower()
    if not any(w in low for w in ("us", "u.s", "america", "canad", "uk", "u.k", "kingdom", "brit", "irel", "irish",
                                  "austral", "zealand", "europ", "france", "germany", "italy", "spain", "korea", "taiwan",
                                  "brazil", "mexico", "india", "asia")):
        return ""
    if _JAPAN_HERE.search(clause):
        return ""   # Japan's own date (the first airing) keys nothing
    m = _REGION_LEAD.search(clause) or _REGION_RIGHTS.search(clause) or _REGION_IN.search(clause)
    if not m:
        return ""
    names: list[str] = []
    for c in re.findall(_COUNTRY_ALT, m.group("c"), re.I):
        n = _COUNTRY[re.sub(r"\s+", " ", c.lower())]
        if n not in names:
            names.append(n)
    return " and ".join(names)


def _release_key(clause: str) -> str:
    """A premiere stated for one service or region ("on Netflix worldwide on June 5") keys that service."""
    m = _ON_STREAMER.search(clause) or _STREAMER_SUBJECT.match(clause)
    # (a TV station in the clause makes it that airing's date; "ahead of the TV run", "two days before TV" names none)
    if m and not re.search(r"\b(?:TV(?!\s+(?:run|broadcast|airing))|on\s+(?:Fuji|Tokyo|TBS|BS|AT-X|NHK|MBS))\b",
                           _TV_AS_YARDSTICK.sub("", clause) if "TV" in clause else clause):
        return _org_display(m.group("org"))
    na = _US_CANADA.search(clause)
    if na:   # "in theaters across the U.S. and Canada", "in North America": one region, by its usual name
        return "North America"
    r = re.search(r"\b(?:outside\s+(?:of\s+)?Japan|internationally|in\s+the\s+(?:US|U\.S\.|United\s+States)|in\s+North\s+America)\b", clause)
    if r:
        return _region_text(r.group())
    return _region_key(clause)


_JA_ARTIST_KIND = re.compile(r"^[^「」、。]{0,20}?(?:バンド|ユニット|グループ|歌手|シンガーソングライター|シンガー|アーティスト|デュオ|"
                             r"ボーカリスト|ラッパー|歌い手)(?:・|の|\s*)(?=\S{2})")


# a singer's phrase before a song: the clause describing the singer (「主人公を演じる」「劇伴も手がける」) and the verb phrase
# after the name (「がソロ名義で歌う」「が作詞・作曲した」) are no part of the name
# (what the singer did before, 「第1期でエンディングを歌った」「前作の主題歌も担当した」, describes the singer too; a part's
# name with 役, 「クーヘン役の」「ハル役・」, is the singer's part)
_JA_SINGER_HEAD_CLAUSE = re.compile(r"^(?:[^「」『』、。]{1,24}?(?:を|も|で)(?:演じる|演じた|務める|務めた|手がける|手掛ける|手がけた|手掛けた|"
                                    r"担当する|担当した|担う|歌った|知られる)|[^「」『』、。\s]{1,20}?役(?:の|・))\s*(?=\S{2})")
_JA_SINGER_TAIL_VERB = re.compile(r"(?<=\S{2})(?:さん|氏)?が[^「」『』、。がをは]{0,12}?"
                                  r"(?:歌う|歌唱する|歌い上げる|作詞・?作曲(?:する|した)|書き下ろ(?:す|した)|手がけ(?:る|た)|手掛け(?:る|た)|担当する)$")


def _ja_singer_core(phrase: str) -> str:
    """「主人公・ナギを演じる春野ひよりがソロ名義で歌う」 -> 春野ひより: the name between what describes the singer and
    what the singer does."""
    if "が" not in phrase and "る" not in phrase and "た" not in phrase and "役" not in phrase:
        return phrase
    p = _JA_SINGER_TAIL_VERB.sub("", phrase.strip())
    return _JA_SINGER_HEAD_CLAUSE.sub("", p)


def _ja_strip_descriptor(artist: str) -> str:
    """「ロックバンド・X」, 「シンガーソングライターX」, 「4人組バンドのX」: the artist, not what kind of artist."""
    a = _JA_ARTIST_KIND.sub("", artist, count=1)
    return re.sub(r"^[の・](?=\S{2})", "", a)   # 「ロックバンドの」「ロックバンド・」 after _ja_tidy took the kind word off


# a role word right after another medium: "game director", "stage play director", "manga editor"
_OTHER_MEDIUM_PRE = re.compile(r"\b(?:game|games|manga|novel|novels|stage|play|musical|live-action|drama|webtoon|comic|comics|"
                               r"franchise|studio[’']s\s+game)$", re.I)


def _tidy_artist(artist: str) -> str:
    """"performed by indie rock four-piece halfmoon seven", "by singer-songwriter X": the name, not its kind."""
    # ("the four-piece rock band X": a kind word, an adjective, then another kind word)
    a = re.sub(r"^(?:the\s+)?(?:(?:[\w-]+\s+){0,2}?(?:group|band|singer|singer-songwriter|unit|duo|trio|vocalist|artist|"
               r"musician|rapper|idol\s+group|\w+-piece|quartet|quintet|outfit|songstress)\s+)+", "", artist.strip(), flags=re.I)
    a = re.sub(rf"^{_VOICE_OF_PART}", "", a, flags=re.I)   # "Tsumugi's voice actress X": X
    a = re.split(r"\s+(?:and\s+(?:the|is|will)|which|who|while|as|in|for|on)\b", a)[0]
    return a.strip(" ,.;:")


@dataclass(frozen=True, slots=True)
class _Card:
    url: str
    label: str = ""
    context: str = ""
    near: str = ""


_YT = re.compile(r"(?:youtube(?:-nocookie)?\.com/(?:watch\?v=|embed/|shorts/|v/)|youtu\.be/)([\w-]{11})")


def _video_cards(page) -> list[_Card]:
    """Every YouTube link or embed in the main content with the text of the card around it (a list item,
    a paragraph, a figure and its caption): one per occurrence, so a video linked twice keeps both cards."""
    out: list[_Card] = []
    main = getattr(page, "main", None)
    if main is None:
        return out
    for el in find_tags(main, ("a", "iframe", "amp-youtube", "lite-youtube", "div")):
        url = None
        for attr in ("href", "src", "data-src", "data-videoid", "videoid", "data-id"):
            v = el.get(attr)
            if isinstance(v, str) and v:
                m = _YT.search(v)
                if m:
                    url = m.group(1)
                    break
                if attr in ("data-videoid", "videoid") and re.fullmatch(r"[\w-]{11}", v):
                    url = v
                    break
        if not url:
            continue
        card = find_parent_tag(el, ("li", "p", "figure", "dd", "td", "blockquote")) or el.parent
        near = nfkc(card.get_text(" ", strip=True))[:200] if card is not None else ""
        if card is not None and len(near) < 8 and el.name == "iframe":   # an embed alone in its box: the caption below it
            sib = card.find_next_sibling()
            if sib is not None and getattr(sib, "name", "") in ("p", "figcaption", "div") and "caption" in " ".join(sib.get("class") or []):
                near = (near + " " + nfkc(sib.get_text(" ", strip=True))).strip()[:200]
        out.append(_Card(f"https://www.youtube.com/watch?v={url}", nfkc(el.get("title") or ""), "", near))
    return out


# a season, a cour, a part or an episode named in a video's label ("Season 1 main PV", "the first season's teaser",
# 「第1期 本PV」, "S2 PV", "Part 2 trailer", "Episode 1 preview"): its number is no trailer's number
_LABEL_SEASON_MENTION = re.compile(r"\b(?:season|part|cour|episode|ep\.?|s)\s*\d{1,2}\b|\b(?:first|second|third|fourth|1st|2nd|3rd|4th)\s+"
                                   r"(?:season|cour|part)\b|第\s*\d{1,2}\s*(?:期|クール|話|部)")

def _video_for(key: str, section: int, videos: list, headings: dict, trailers: dict) -> str:
    """The URL of the video a trailer sentence speaks of: one labelled with its kind and number, else the
    one video embedded in the same section when that section speaks of this trailer only."""
    if not videos:
        return ""
    kind, _, num = key.partition(" ")
    n = int(num) if num.isdigit() else None
    words = {w for w, v in _ORD_WORDS.items() if v == n} | ({str(n), f"#{n}"} if n else set())
    for v in videos:
        label = _LABEL_SEASON_MENTION.sub(" ", (v.label or "").lower())   # ("Season 1 main PV": no PV 1)
        if kind.lower() in label and (any(re.search(rf"(?<![\w#]){re.escape(w)}(?!\w)", label) for w in words)
                                      or (n and re.search(rf"第\s*{n}\s*弾", label))):   # "PV第3弾"
            return v.url
    for v in videos:  # the link's own card names the trailer: "First teaser (July 13, 2023): watch on YouTube"
        near = (getattr(v, "near", "") or "")
        if n and kind in ("PV", "teaser") and re.search(rf"第\s*{n}\s*弾\s*(?:PV|ティザー)|(?:PV|ティザーPV)\s*第\s*{n}\s*弾", near) \
                and v.url.rsplit("=", 1)[-1] in near:   # a caption 「…第1弾PV（URL）」 right by the embed
            return v.url
        for m in _TRAILER.finditer(near):
            n2 = _ord_num(m.group("ord")) if m.group("ord") else (int(m.group("num")) if m.group("num") else None)
            k2 = (m.group("kind") or m.group("kind2")).lower()
            k2 = "teaser" if k2.startswith("teaser") else ("PV" if k2 in ("pv", "promotional video", "promo video", "promo") else "trailer")
            if n2 == n and k2.lower() == kind.lower():
                return v.url
    if key == "trailer 1" and trailers.get(key, ("",))[0]:
        # "The full trailer … followed on October 30, 2026 (<a>video</a>)": its own sentence and day (the tightest
        # card: a whole paragraph around several links names them all)
        cards = [v for v in videos if "trailer" in (getattr(v, "near", "") or "") and _FULL_TRAILER.search(v.near)
                 and any(dm.date is not None and dm.date.iso() == trailers[key][0] for dm in find_dates(v.near))]
        if cards:
            return min(cards, key=lambda v: len(v.near)).url
    heading = headings.get(section, "")
    in_section = [v for v in videos if heading and v.context and fold(v.context) == fold(heading)]
    same_section = [k for k, t in trailers.items() if t[2] == section]
    if len(in_section) == 1 and same_section == [key]:
        return in_section[0].url
    if len(videos) == 1 and len(trailers) == 1:
        return videos[0].url
    return ""
