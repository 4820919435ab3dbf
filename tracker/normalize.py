"""Folding for comparison and cleaning for display: the one place that decides when two strings are "the same".

Comparison forms are never shown to people; the display form of the first sighting is kept (FACTS.md).
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

MAX_VALUE = 300       # characters kept of an extracted value

#: a reader's hearsay in Japanese (「全13話らしい」「全12話って公式で出てたよ」「1/13スタートって聞いた」): no statement of the
#: page's own; a writer's polite 「…らしいです」 reports what was announced and is not one of these
JA_HEARSAY = re.compile(r"(?<![晴ばたずわ愛])らしい(?=よ|ね|し|けど|[。！!、]|$)|(?:って|と)聞い(?:た|てた|ている)|"
                        r"噂(?:では|によると|で|が|だ|です)|かもしれ|って[^。、]{0,8}?(?:出てた|書いてあった)")

MAX_EVIDENCE = 400    # characters kept of an evidence sentence

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")
_ANSI = re.compile(r"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)?|[@-Z\\-_])")
_SPACES = re.compile(r"\s+")


def clean(text: str | None, limit: int = MAX_VALUE) -> str:
    """Untrusted web text made safe to store and print: no escapes or control characters, one line, capped."""
    if not text:
        return ""
    if text.isprintable() and "  " not in text and text[0] != " " and text[-1] != " ":
        # the common case, without three regex passes: no escapes or control characters (not printable),
        # no whitespace but single inner spaces (other whitespace is not printable either)
        return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
    text = _ANSI.sub("", text)
    text = _CONTROL.sub(" ", text)
    text = _SPACES.sub(" ", text).strip()
    if len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return text


# the only non-ASCII characters that a case-insensitive `re` pattern matches to an ASCII letter although
# their str.lower() is not that letter (İ lowers to two characters; ı ~ i and ſ ~ s are re's own equivalences)
_RE_I_ODD = ("\u0130", "\u0131", "\u017f")


def may_contain_i(text: str, words: tuple[str, ...]) -> bool:
    """False only when no re.IGNORECASE search for any of the lower-case ASCII `words` can match in `text`
    (a cheap exact pre-check before a slow pattern that needs one of them)."""
    low = text.lower()
    for w in words:
        if w in low:
            return True
    if not text.isascii():   # (has_odd_i_fold, inline: most of the many calls end here)
        for ch in _RE_I_ODD:
            if ch in text:
                return True
    return False


def has_odd_i_fold(text: str) -> bool:
    """Does `text` hold a character that re.IGNORECASE matches to an ASCII letter otherwise than str.lower (ı, ſ, İ)?"""
    if not text.isascii():
        for ch in _RE_I_ODD:
            if ch in text:
                return True
    return False


def nfkc(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


@lru_cache(maxsize=65536)
def _strip_diacritics(text: str) -> str:
    out = []
    for ch in text:
        if ord(ch) < 128:
            out.append(ch)
            continue
        d = unicodedata.normalize("NFKD", ch)
        if d and d[0].isascii() and d[0].isalpha() and all(unicodedata.combining(c) for c in d[1:]):
            out.append(d[0])
        else:
            out.append({"ß": "ss", "æ": "ae", "ø": "o", "œ": "oe"}.get(ch, ch))
    return "".join(out)


_LONG_VOWELS = re.compile(r"ou|oo|uu")


@lru_cache(maxsize=65536)
def fold(text: str | None) -> str:
    """Comparison form: NFKC, case, diacritics, punctuation and spaces removed, romaji long vowels folded."""
    if not text:
        return ""
    if text.isascii():
        # the same steps for ASCII: NFKC changes nothing, casefold is lower(), there are no diacritics,
        # and the letters and digits (categories L, N; no M) are exactly [A-Za-z0-9]
        s = text.lower().encode("ascii").translate(None, _ASCII_NOT_ALNUM).decode("ascii")
    else:
        s = unicodedata.normalize("NFKC", text).casefold()
        s = _strip_diacritics(s)
        s = "".join(c for c in s if unicodedata.category(c)[0] in "LNM")
    s = _LONG_VOWELS.sub(lambda m: m.group()[0], s)
    return s


_ASCII_NOT_ALNUM = bytes(i for i in range(256) if not chr(i).isascii() or not chr(i).isalnum())


_NAME_SPLIT = re.compile(r"[\s,、・/／]+")


@lru_cache(maxsize=65536)
def fold_name(text: str | None) -> str:
    """Order-insensitive comparison form of a person's name: 'Kamado, Tanjirou' == 'Tanjiro Kamado'."""
    if not text:
        return ""
    s = unicodedata.normalize("NFKC", text).casefold()
    parts = sorted(p for p in (fold(p) for p in _NAME_SPLIT.split(s)) if p)
    return " ".join(parts)


def name_words(text: str) -> set[str]:
    return {w for w in fold_name(text).split(" ") if w}


def close_spelling(a: str, b: str, max_edits: int = 2) -> bool:
    """A typo of one or two letters (Izubuchi / Izubushi) between two folded names of some length."""
    if a == b:
        return True
    if min(len(a), len(b)) < 5 or abs(len(a) - len(b)) > max_edits:
        return False
    # banded Levenshtein
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        lo = max(1, i - max_edits)
        hi = min(len(b), i + max_edits)
        if lo > 1:
            cur[lo - 1] = max_edits + 1
        for j in range(lo, hi + 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != b[j - 1]))
        if hi < len(b):
            cur[hi + 1:] = [max_edits + 1] * (len(b) - hi)
        if min(cur) > max_edits:
            return False
        prev = cur
    return prev[-1] <= max_edits


# ---------------------------------------------------------------- organisations (broadcasters, services, studios)
# folded alias -> canonical display name; keys are `fold()` forms.
_ORG_ALIASES = {
    "Fuji TV": ["fujitv", "fujitelevision", "フジテレヒ", "フジテレビ", "cx"],
    "Tokyo MX": ["tokyomx", "東京mx", "mx"],
    "TV Tokyo": ["tvtokyo", "テレビ東京", "テレ東", "tx"],
    "TBS": ["tbs", "tbsテレビ", "tokyobroadcastingsystem"],
    "Nippon TV": ["nippontv", "ntv", "日本テレビ", "日テレ"],
    "TV Asahi": ["tvasahi", "テレビ朝日", "テレ朝"],
    "MBS": ["mbs", "毎日放送", "mbs毎日放送"],
    "ABC TV": ["abctv", "abcテレビ", "朝日放送テレビ", "朝日放送"],
    "Kansai TV": ["kansaitv", "関西テレビ", "カンテレ", "関西テレビ放送"],
    "BS11": ["bs11", "bs11イレブン", "bsイレブン"],
    "BS Fuji": ["bsfuji", "bsフジ"],
    "BS Nittele": ["bsnittele", "bs日テレ", "bs日本テレビ", "bsntv"],
    "Sun TV": ["suntv", "サンテレビ"],
    "TV Aichi": ["tvaichi", "テレビ愛知"],
    "Tokai TV": ["tokaitv", "東海テレビ"],
    "CBC TV": ["cbctv", "cbcテレビ"],
    "KBS Kyoto": ["kbskyoto", "kbs京都"],
    "TV Osaka": ["tvosaka", "テレビ大阪"],
    "Animax": ["animax", "アニマックス"],
    "Kids Station": ["kidsstation", "キッズステーション"],
    "Fuji TV On Demand": ["fod", "フジテレビオンデマンド", "fujitvondemand"],
    "Lemino": ["lemino"],
    "BS Asahi": ["bsasahi", "bs朝日"],
    "BS-TBS": ["bstbs"],
    "BS TV Tokyo": ["bstvtokyo", "bsテレ東", "bsテレビ東京"],
    "AT-X": ["atx"],
    "NHK General TV": ["nhk総合", "nhkgeneraltv", "nhkgeneral", "nhk総合テレビ"],
    "NHK Educational TV": ["nhkeテレ", "eテレ", "nhkeducationaltv", "nhkeducational"],
    "Crunchyroll": ["crunchyroll"],
    "Netflix": ["netflix"],
    "Amazon Prime Video": ["amazonprimevideo", "primevideo", "amazonprime", "prime video"],
    "Disney+": ["disney", "disneyplus", "ディズニープラス"],
    "Hulu": ["hulu"],
    "HIDIVE": ["hidive"],
    "ABEMA": ["abema", "abematv", "abemaビデオ"],
    "U-NEXT": ["unext"],
    "d Anime Store": ["dアニメストア", "danimestore"],
    "Niconico": ["ニコニコ動画", "niconico", "ニコニコ生放送", "ニコニコ"],
    "Bandai Channel": ["バンダイチャンネル", "bandaichannel"],
    "Bilibili": ["bilibili"],
    "Muse Asia": ["museasia"],
    "Ani-One Asia": ["anioneasia", "anione"],
}
ORG_ALIASES: dict[str, str] = {}
for _canon, _aliases in _ORG_ALIASES.items():
    ORG_ALIASES[fold(_canon)] = _canon
    for _a in _aliases:
        ORG_ALIASES[fold(_a)] = _canon


@lru_cache(maxsize=65536)   # pure, and called for every station, service and studio name again and again
def org_key(name: str) -> str:
    """The normalised key of a broadcaster, service or studio: alias table, then the folded name.

    'Fuji TV (+Ultra)' -> 'fujitv'; 'Studio Bones' -> 'bones'; 'フジテレビ' -> 'fujitv'.
    """
    # a slot, block or region after the name: "Fuji TV (+Ultra)", "フジテレビ“+Ultra”", "フジテレビ「ノイタミナ」"
    base = re.split(r"\s*[(（\[［「『“\"<＜]|\s*\+(?=\w)", nfkc(name), maxsplit=1)[0] or nfkc(name)
    stripped = re.sub(r"^\s*studio\s+(?=\S)", "", base, flags=re.I)
    f = fold(stripped) or fold(base)
    if f.startswith("studio") and len(f) > len("studio") + 1:
        f = f[len("studio"):]
    canon = ORG_ALIASES.get(f)
    return fold(canon) if canon else f


def org_display(name: str) -> str:
    return clean(name, 120)


# a clause read into the artist slot: a copula before the singer (「である緋村レイ」), an actor playing the singing part
# (「七瀬さん演じるハル」: the actor sings), the singer as a clause's subject (「ルカ・ミナセが第3期」)
_ARTIST_COPULA = re.compile(r"^(?:である|であり|でもある|となる|を務める)\s*")
_ARTIST_PLAYS = re.compile(r"^(?P<actor>[^\s、。]{2,20}?)(?:さん|氏|ちゃん|くん|様)?\s*(?:が)?(?:演じる|扮する|演じた)\s*\S{1,20}$")
_ARTIST_SUBJECT = re.compile(r"^(?P<a>[^、。「」]{2,30}?)(?:さん|氏)?が(?:第|本作|今作|この|新た|書き下ろ|担当|手が|作詞|作曲|アニメ|TV|テレビ)")


# an artist slot holding a clause with no singer in it (「第3期のために書き下ろした新曲」, 「のタイトルは」): no artist
_ARTIST_NO_SINGER = re.compile(r"^(?:の|が|は|を|と)|のために|書き下ろ|タイトル")


# what kind of artist, said before the name (「ロックバンドSOMA:LUX」「4人組ユニット・X」「シンガーソングライターのX」): no
# part of it; the name after it has two characters at least
_ARTIST_KIND_LEAD = re.compile(r"^[^「」、。]{0,20}?(?:バンド|ユニット|グループ|歌手|シンガーソングライター|シンガー|アーティスト|デュオ|"
                               r"ボーカリスト|ラッパー|歌い手|声優)(?:・|の|\s*)(?=\S{2})")


def artist_out_of_clause(artist: str | None) -> str | None:
    """The singer's name out of a clause read into the artist slot (see `_ARTIST_COPULA`); "" when it names none."""
    if not artist:
        return artist
    a = _ARTIST_COPULA.sub("", artist.strip()) or artist.strip()
    if not a.isascii() and (k := _ARTIST_KIND_LEAD.match(a)):
        a = a[k.end():]   # 「ロックバンドSOMA:LUXが担当する…」: the band, not its kind
    a = re.sub(r"(?<=\S)の(?:最新曲|新曲|楽曲|書き下ろし(?:新曲|楽曲)?)$", "", a)   # 「緋村レイの新曲」: the singer's new song
    m = _ARTIST_PLAYS.match(a)
    if m:
        return m.group("actor")
    m = _ARTIST_SUBJECT.match(a)
    if m:
        return m.group("a")
    return "" if _ARTIST_NO_SINGER.search(a) else a


def title_was_its_artist(have: str, later: str) -> bool:
    """A theme song read as a bare title (a headline's 「OPは「X」」) that a later reading names as the artist of the same
    slot's song (「Xの書き下ろし曲「T」」, '"T" by X'): the headline quoted the performer, the later reading is the song."""
    if " — " in have or " — " not in later:
        return False
    song, _, artist = later.rpartition(" — ")
    return fold(artist) == fold(have) != "" and fold(song) != fold(have)


# the TV series' song named on a film's page ("the TV series' opening, "X"", "the TV show's ending theme", 「TVシリーズのOP
# テーマ「X」」「TVアニメ版の主題歌「X」」)
SERIES_SONG = re.compile(r"\b(?:TV|television)\s+(?:series|show|anime|run)[’']s?\s+(?:opening|ending|theme|OP|ED)|"
                          r"(?:TV|テレビ)(?:シリーズ|アニメ)(?:版)?の(?:オープニング|エンディング|OP|ED|主題歌)", re.I)


# the TV series or a season a film follows, named beside an episode count on the film's page (「TVシリーズ（全12話）の
# 総集編」, "a compilation of all 24 episodes of the TV series", "the television anime had 13 episodes"): the count
# is that series' ("the anime's 12-episode run", 「全12話のアニメを再編集」, 「全12話にわたって描かれた物語」), a film has none
# of its own
SERIES_RUN = re.compile(r"(?<![a-z])(?:tv|television)(?![a-z])|\bseries\b|\bseasons?\b|\bcompilation|\brecap|テレビ|"
                        r"シリーズ|第\s*\d+\s*期|シーズン|総集編|放送|\banime\b|アニメ|全\s*\d+\s*話にわた", re.I)
