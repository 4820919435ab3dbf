"""Staff credits: a role label as a page writes it -> the English role(s) of FACTS.md; studios and committees.

    roles_of("シリーズ構成・脚本")      -> ["series composition", "screenplay"]
    roles_of("Sound Director, Producer") -> ["sound director", "producer"]
    roles_of("3Dディレクター")            -> ["3Dディレクター"]      (unknown roles are kept as written)
    credit_kind("アニメーション制作")     -> "studio"
    credit_kind("製作")                   -> "committee"            (names nothing we track)
    is_committee("血界戦線制作委員会")    -> True

Pure and cheap to import.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# folded label -> English role (FACTS.md); several spellings per role
_ROLE_TABLE = {
    "original creator": ["原作", "原作者", "original creator", "original work", "original story", "original author",
                         "original concept", "原案", "created by", "creator", "based on a work by"],
    "chief director": ["総監督", "chief director", "series director", "general director"],
    "director": ["監督", "director", "direction", "directed by", "anime director"],
    "assistant director": ["副監督", "assistant director", "vice director", "deputy director"],
    "series composition": ["シリーズ構成", "series composition", "series composer", "series organization",
                           "series script", "series scripts", "series writer"],
    "screenplay": ["脚本", "screenplay", "script", "scripts", "scenario", "screenwriter", "screenwriting", "writer",
                   "teleplay", "written by", "screenplay by", "scripts by"],
    "character design": ["キャラクターデザイン", "キャラデザ", "キャラクター原案・デザイン", "character design",
                         "character designs", "character designer", "animation character design"],
    "chief animation director": ["総作画監督", "chief animation director", "chief animation supervisor"],
    "animation director": ["作画監督", "animation director"],
    "art director": ["美術監督", "art director", "art direction", "background art director"],
    "color design": ["色彩設計", "色彩設定", "color design", "colour design", "color designer", "color key design",
                     "color setting"],
    "director of photography": ["撮影監督", "director of photography", "photography director",
                                "cinematographer", "compositing director"],
    "editing": ["編集", "editing", "editor", "film editing"],
    "music": ["音楽", "music", "composer", "music composer", "music composition", "soundtrack", "music by",
              "composed by"],
    "sound director": ["音響監督", "sound director", "sound direction", "audio director"],
    "sound effects": ["音響効果", "sound effects", "sound effect", "sfx"],
    "episode director": ["演出", "episode director", "episode direction", "unit director"],
    "storyboard": ["絵コンテ", "storyboard", "storyboards"],
    "producer": ["プロデューサー", "producer", "produced by"],
    "executive producer": ["エグゼクティブプロデューサー", "executive producer"],
    "animation producer": ["アニメーションプロデューサー", "アニメプロデューサー", "animation producer"],
    "prop design": ["プロップデザイン", "prop design", "prop designer"],
    "art setting": ["美術設定", "art setting", "art settings", "art design", "background design"],
    "3d director": ["3dディレクター", "3dcgディレクター", "3d director", "3dcg director"],
    "music director": ["music director", "音楽ディレクター"],
    "music producer": ["音楽プロデューサー", "music producer"],
    "key animation": ["原画", "key animation", "key animator"],
    "recording engineer": ["録音", "録音調整", "recording engineer", "recording", "sound recording"],
    "mechanical design": ["メカニックデザイン", "メカデザイン", "mechanical design", "mecha design"],
    "creature design": ["クリーチャーデザイン", "creature design"],
    "sub character design": ["サブキャラクターデザイン", "sub character design"],
    "original character design": ["原作キャラクターデザイン", "original character design", "キャラクター原案"],
    "theme song performance": ["主題歌", "theme song performance"],
    "original work supervision": ["原作監修", "original work supervision", "original work supervisor",
                                  "original story supervision", "source material supervision"],
}

# labels that name the studio (a company doing the animation), not a person
_STUDIO_LABELS = {"アニメーション制作", "アニメ制作", "アニメーション制作会社", "制作", "制作会社", "制作スタジオ",
                  "animation production", "animation studio", "animation studios", "studio", "studios",
                  "production studio", "animated by", "animation work", "production company", "production companies"}
# labels that name the production committee / companies we do not track as staff
_COMMITTEE_LABELS = {"製作", "製作委員会", "制作委員会", "製作著作", "production committee", "committee",
                     "producers", "licensors", "licensor", "製作・著作", "著作", "copyright", "コピーライト",
                     "コピーライト表記", "©", "提供", "配給", "distribution", "distributor", "publisher", "発売",
                     "販売", "発売元", "販売元", "licensed by", "production"}

_SPLIT = re.compile(r"\s*(?:[・/／、,，&＆+＋兼]|\band\b)\s*")   # (兼: 「キャラクターデザイン兼総作画監督」, both at once)


@lru_cache(maxsize=16384)
def fold_label(text: str) -> str:
    s = unicodedata.normalize("NFKC", text or "").casefold()
    s = re.sub(r"[\s　]+", " ", s).strip(" :：-–—・.")
    return s


_ROLE_OF: dict[str, str] = {}
for _role, _labels in _ROLE_TABLE.items():
    for _l in _labels:
        _ROLE_OF[fold_label(_l)] = _role
        _ROLE_OF[fold_label(_l).replace(" ", "")] = _role


@lru_cache(maxsize=16384)
def known_role(label: str) -> str | None:
    """The English role for one label, or None when the label is not a known role."""
    f = fold_label(label)
    r = _ROLE_OF.get(f) or _ROLE_OF.get(f.replace(" ", ""))
    if r is None and f.endswith(" by") and len(f) > 5:
        return known_role(f[:-3])   # "Series composition by", "Character designs by"
    if r is None and (m := _ROLE_NOTE.search(f)) and m.start() > 1:
        return known_role(f[:m.start()])   # "Theme Song Performance (OP)", "Storyboard (eps 1-3)"
    if r is None and f.endswith("s") and len(f) > 5 and f[-2] != "s" and f not in _COMMITTEE_LABELS:
        r = _ROLE_OF.get(f[:-1])   # "Chief Animation Directors", "Character Designers": several people, one role
    if r is None and (halves := _label_in_two_scripts(f)) is not None:
        return known_role(halves[1]) or known_role(halves[0])   # "Director / 監督": the Japanese original first
    return r


# a note after a role naming which song or episodes it covers (not a season or a film: another work's credit)
_ROLE_NOTE = re.compile(r"\s*[(（\[](?:op|ed|opening|ending|insert(?: song)?|oped|op ?& ?ed|#?\d{1,2}|"
                        r"(?:eps?\.?|episodes?)\s*#?\d[\d\s,&~〜–-]*|第?\s*\d[\d\s,、~〜–-]*話)[)）\]]$")


@lru_cache(maxsize=16384)
def roles_of(label: str) -> list[str]:
    """Every role a credit label names: a combined credit is split; unknown parts are kept as written."""
    label = unicodedata.normalize("NFKC", label or "").strip(" :：")
    whole = known_role(label)
    if whole:
        return [whole]
    halves = _label_in_two_scripts(label)
    if halves is not None:
        return _roles_of_both_halves(label, *halves)
    parts = [p for p in _SPLIT.split(label) if p.strip()]
    if len(parts) <= 1:
        return [re.sub(r"\s+", " ", label).strip()] if label.strip() else []
    out: list[str] = []
    for n, p in enumerate(parts):
        r = known_role(p)
        if r is None and n < len(parts) - 1:
            r = _role_with_shared_head(p, parts[-1])
            if r == "":
                return [re.sub(r"\s+", " ", label).strip()]   # "Map & Prop Design": one credit of two things
        r = r or re.sub(r"\s+", " ", p).strip()
        if r and r not in out:
            out.append(r)
    return out


def _role_with_shared_head(part: str, last: str) -> str | None:
    """"Character & Mechanical Design": a bare modifier before the list's last credit shares that credit's head noun
    ("character design"). The known role so made; "" when the modifier with the head is no known role (the label is
    one credit: "Map & Prop Design"); None when the part is no bare modifier."""
    words = last.split()
    if " " in part.strip() or len(words) < 2 or not part.strip().isascii() or not part.strip().isalpha():
        return None
    return known_role(f"{part.strip()} {words[-1]}") or ""


_LABEL_JA_LETTERS = re.compile(r"[\u3040-\u30fa\u30fc-\u30ff\u3400-\u9fff]")   # (never ・ alone: "Composition・Screenplay")
# one credit label written in both languages: "Director / 監督", "監督／Director", "DIRECTOR 監督", "監督 Director",
# "監督（Director）", "Director (監督)" -- a translation, never two credits (those are both in one script: "原作/脚本")
_LABEL_HALVES_SLASH = re.compile(r"^([^/／|｜]+?)\s*[/／|｜]\s*([^/／|｜]+)$")
_LABEL_HALVES_BRACKET = re.compile(r"^([^()（）]+?)\s*[(（]\s*([^()（）]+?)\s*[)）]$")
_LABEL_HALVES_LATIN_FIRST = re.compile(r"^([^\u3040-\u30fa\u30fc-\u30ff\u3400-\u9fff]+?)\s+(\S*[\u3040-\u30fa\u30fc-\u30ff\u3400-\u9fff]\S*)$")
_LABEL_HALVES_JA_FIRST = re.compile(r"^(\S*[\u3040-\u30fa\u30fc-\u30ff\u3400-\u9fff]\S*)\s+([^\u3040-\u30fa\u30fc-\u30ff\u3400-\u9fff]+)$")


def _two_script_parts(text: str) -> tuple[str, str] | None:
    """A credit label's two halves as written (order kept), one holding Japanese letters and the other none."""
    t = re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text or "")).strip(" :：-–—・.")
    if not _LABEL_JA_LETTERS.search(t) or not re.search(r"[A-Za-z]", t):
        return None
    m = (_LABEL_HALVES_SLASH.match(t) or _LABEL_HALVES_BRACKET.match(t) or _LABEL_HALVES_LATIN_FIRST.match(t)
         or _LABEL_HALVES_JA_FIRST.match(t))
    if m is None:
        return None
    a, b = m.group(1).strip(" :：-–—・."), m.group(2).strip(" :：-–—・.")
    if bool(_LABEL_JA_LETTERS.search(a)) == bool(_LABEL_JA_LETTERS.search(b)):
        return None
    english = b if _LABEL_JA_LETTERS.search(a) else a
    return (a, b) if re.search(r"[A-Za-z]{2}", english) else None


@lru_cache(maxsize=16384)
def _label_in_two_scripts(label: str) -> tuple[str, str] | None:
    """(English half, Japanese half), folded, of a credit label written in both languages, or None: one half holds
    Japanese letters and the other none, and the English half has a word (never "3D" alone)."""
    parts = _two_script_parts(label)
    if parts is None:
        return None
    a, b = fold_label(parts[0]), fold_label(parts[1])
    en, ja = (b, a) if _LABEL_JA_LETTERS.search(a) else (a, b)
    if not _LABEL_HALVES_SLASH.match(label) and not _LABEL_HALVES_BRACKET.match(label) and not (
            known_role(en) and known_role(ja) or credit_kind(en) == credit_kind(ja) != "staff"):
        return None   # a space alone sets apart two credit words only ("Hana Morikawa 美術監督" is a name and a label)
    return en, ja


def _roles_of_both_halves(label: str, english: str, japanese: str) -> list[str]:
    """The roles of a label written in both languages ("Series Composition & Screenplay / シリーズ構成・脚本"): the
    half whose every part is a known role (the Japanese first), else the label's first written half as the page
    writes it -- one credit named twice is one role, never two."""
    for half in (japanese, english):
        parts = [p for p in _SPLIT.split(half) if p.strip()]
        if parts and all(known_role(p) for p in parts):
            return roles_of(half)
    parts = _two_script_parts(label)
    return [parts[0]] if parts else [english]


@lru_cache(maxsize=16384)
def is_known_credit(label: str) -> bool:
    """True when every part of the label is a known role (or a studio / committee label)."""
    if credit_kind(label) != "staff":
        return True
    label = unicodedata.normalize("NFKC", label or "").strip(" :：")
    if known_role(label):
        return True
    parts = [p for p in _SPLIT.split(label) if p.strip()]
    return bool(parts) and all(known_role(p) or _role_with_shared_head(p, parts[-1]) for p in parts)


@lru_cache(maxsize=16384)
def credit_kind(label: str) -> str:
    """'studio', 'committee' or 'staff' for a credit label."""
    f = fold_label(label)
    if f in _STUDIO_LABELS:
        return "studio"
    if f in _COMMITTEE_LABELS or f.endswith("委員会") or f.endswith("committee"):
        return "committee"
    halves = _label_in_two_scripts(f)
    if halves is not None:
        return _kind_of_both_halves(*halves)
    return "staff"


def _kind_of_both_halves(english: str, japanese: str) -> str:
    """'Animation Production / アニメーション制作' is the studio's label, 'Production / 製作' the committee's: the
    Japanese half's kind, else the English half's when the Japanese names no role of a person."""
    ja = credit_kind(japanese)
    if ja != "staff":
        return ja
    en = credit_kind(english)
    return en if en != "staff" and known_role(japanese) is None else "staff"


_COMMITTEE_NAME = re.compile(r"(製作委員会|制作委員会|製作委員會|production committee|committee|partners|製作委員会\))\s*$", re.I)


@lru_cache(maxsize=16384)
def is_committee(name: str) -> bool:
    """A production committee's name ("…製作委員会", "… Production Committee", "Project …")."""
    n = unicodedata.normalize("NFKC", name or "").strip()
    return bool(_COMMITTEE_NAME.search(n)) or n.endswith("委員会")
