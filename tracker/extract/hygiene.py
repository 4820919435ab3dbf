"""Value hygiene: the one check every reader's fact passes on its way into `merge`.

The readers cut a value out of a sentence or a row by where a label or a particle sits; a cut a little off leaves
a phrase where a name should be (「来年4月にTOKYO MX」, 「ABEMAほかにて順次配信予定」, a character 「エンディングテーマは
ルミナ」, an actor 「声優本人」, a credit 「星灯文庫より刊行中」). Whatever reader made it, the value is checked here for
what its field holds: a carrier (broadcaster, streaming, a release date's key) is a station or service's name; a cast
key or value and a staff or studio value is a name, not a clause. What is recoverable is cut back to the name
(only when what is left is clean, and for a carrier only when it is a known station or service); what is no value
at all is dropped. A value already clean passes untouched: the check never rewrites a name it cannot read.
"""
from __future__ import annotations

import re
import unicodedata

from ..model import Fact
from ..normalize import ORG_ALIASES, fold, org_key
from ..roles import credit_kind, is_committee, known_role

_KNOWN_CARRIERS = frozenset(fold(canon) for canon in ORG_ALIASES.values())
_CARRIER_FIELDS = frozenset(("broadcaster", "streaming"))


def _nfkc(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


def _without_stray_close(value: str) -> str:
    """A value cut inside a bracket keeps its closing half ("TBS系)", "(日本・中国など一部地域を除く)"): trim a trailing
    closer that opens nowhere in the value."""
    v = value.rstrip()
    while v and v[-1] in ")）]］」』】" and v.count(v[-1]) > sum(v.count(o) for o in _OPENERS_OF[v[-1]]):
        v = v[:-1].rstrip()
    return v


_OPENERS_OF = {")": "(（", "）": "(（", "]": "[［", "］": "[［", "」": "「", "』": "『", "】": "【"}
_CLOSER_OF = {"(": ")", "（": "）", "[": "]", "［": "］", "「": "」", "『": "』", "【": "】"}


def _unclosed_at(value: str) -> int:
    """Where a bracket opens that the value never closes (the reader cut inside it: "Netflix(全世界独占配信"), or -1."""
    for i in range(len(value) - 1, 0, -1):
        closer = _CLOSER_OF.get(value[i])
        if closer is not None and value.count(value[i]) > value.count(closer) and closer not in value[i:]:
            return i
    return -1


def _without_cut_note(value: str) -> str:
    """A carrier's note the reader cut inside ("Crunchyroll(日本・中国など" …): the name without the half note."""
    at = _unclosed_at(value)
    return value[:at].rstrip() if at > 0 else value


def _with_closed_bracket(value: str) -> str:
    """A name the reader cut before its closing bracket (「整備ロボ「ポンチ」): the bracket closed."""
    at = _unclosed_at(value)
    return value + _CLOSER_OF[value[at]] if at > 0 else value


def _known_carrier(text: str) -> bool:
    return bool(text) and org_key(text) in _KNOWN_CARRIERS


# what may follow a station's or service's name in a phrase read as the name: "ほかにて順次配信予定", "系", "にて",
# "で放送", a network's reach ("系全国30局ネット"), " in Japan", "; Crunchyroll (outside Asia)" (another carrier)
_CARRIER_TAIL = re.compile(r"^\s*(?:(?:ほか|他|系)(?:\s|各|にて|で|では|より|から|、|,|$)|系列?(?:全国|\d{1,3}局|ネット)|"
                           r"(?:にて|では|で|より|から)(?:\S|$)|"
                           r"[;；]|\s+(?:in|across|throughout)\s+(?:Japan|the\s|North|Asia|Europe|[A-Z]))")
_CARRIER_LIST_SPLIT = re.compile(r"\s*[;；]\s*")
# what may lead it: a time or a date and its particle ("来年4月に", "深夜1時35分より ", "1月9日(土)から")
_CARRIER_LEAD = re.compile(r"(?:に|より|から|にて)\s*")
# a carrier that is no name at all: a video ("本PV", "ティザー"), the adaptation ("TVアニメ化"), a deixis ("本日", "その"),
# an excluded region ("中国など一部地域を除く")
_NOT_A_CARRIER = re.compile(r"PV|ティザー|予告|トレーラー|\btrailer\b|\bteaser\b|アニメ化|^本|^その|^この|除く|地域|一部|"
                            r"情報$|^(?:放送|配信)(?:[・/／]?(?:放送|配信))?(?:予定|開始|日時?|時間|局|スケジュール)?$|"
                            r"^(?:on\s*air|broadcast|streaming|where\s+to\s+watch)(?:\s+(?:info(?:rmation)?|schedule|details|dates?))?$",
                            re.I)
# ... a group of carriers named by none ("各配信サービス", "動画配信サイト", "other streaming services"; as a release
# date's key the date stays: the merge's own key reading handles it)
_CARRIER_GROUP = re.compile(r"^(?:各|各種|主要|その他の?|他の)|(?:配信|動画)(?:サービス|サイト|プラットフォーム)$|"
                            r"^(?:other|various|major|all\s+major|select)\s+(?:streaming\s+)?(?:services|platforms|sites|outlets)",
                            re.I)
# ... and, as a station's name, a time or a day with no known station after it ("深夜1時35分より", "来年4月に"); as a
# release date's key such a phrase is left to the merge's own key reading (`_with_service_key`)
_TIME_AS_CARRIER = re.compile(r"^\d{1,2}[:時月日]|^(?:深夜|毎週|来年|今年|来月|翌)")
# a video site is a channel, never a broadcaster (a "YouTube" link beside a PV row read as the station)
_VIDEO_SITE = re.compile(r"^(?:youtube|ニコニコ|niconico|ニコ生)", re.I)
# an English preposition left dangling where the reader cut a date off ("BS11 from" of "BS11 from April 11",
# "Netflix starting" of "Netflix starting January 14"): the name stands before it
_DANGLING_DATE_WORD = re.compile(r"\s+(?:from|starting(?:\s+on)?|beginning(?:\s+on)?|since|on|as\s+of)$", re.I)
# a carrier's slot that names no station or service: a date or a region phrase ("from January 15", "starting in April",
# "theatrical", "worldwide", "Streaming worldwide", "Exclusive first streaming"), a part of the airing's notice
# (「枠」「予定」「日時」, 「編成上の都合により」, 「放送を予定しておりました本作」)
_NO_CARRIER_PHRASE = re.compile(r"^(?:from|starting|beginning|since|until|through|on|in|as\s+of)\s+\S|"
                                r"^(?:(?:exclusive|first|simultaneous|simulcast|worldwide|global|overseas|international|"
                                r"theatrical|limited|nationwide)\s*)+(?:(?:streaming|broadcast|simulcast|release|run|"
                                r"screening)s?(?:\s+(?:worldwide|globally|overseas|internationally|exclusively))?)?$|"
                                r"^(?:streaming|broadcast|simulcast)\s+(?:worldwide|globally|overseas|internationally|"
                                r"exclusively)$|^(?:枠|予定|日時|時間|詳細|未定|開場|開演)$|(?:の都合により|ております|おりました|"
                                r"しており|となりました)", re.I)


def _carrier_cut(text: str) -> str | None:
    """A carrier phrase cut to the known station or service it names ("来年4月にTOKYO MX" -> "TOKYO MX", "ABEMAほかにて
    順次配信予定" -> "ABEMA", "TBS in Japan" -> "TBS"); None when no known name stands clean in it."""
    t = text.strip()
    starts = [0] + [m.end() for m in _CARRIER_LEAD.finditer(t)]
    for start in starts:
        rest = t[start:].strip().lstrip("【[「『(（<＜■●◆▼・ ")
        if _known_carrier(rest) and rest[-1:] not in "】]」』)）>＞":
            return rest
        for end in range(min(len(rest) - 1, 40), 1, -1):
            if _CARRIER_TAIL.match(rest[end:]) and _known_carrier(rest[:end]):
                return rest[:end].rstrip("】]」』)）>＞ ")
    return None


# a country or region where a station's name should be: a where-to-watch row "Germany, Austria and Switzerland, theatrical"
# split at its commas reads "Austria and Switzerland" as a network; a list of places alone is never one
_PLACE_NAME = re.compile(r"^(?:the\s+)?(?:Japan|Germany|Austria|Switzerland|France|Belgium|Netherlands|Luxembourg|Italy|Spain|"
                         r"Portugal|Poland|Sweden|Norway|Denmark|Finland|Iceland|Ireland|UK|U\.K\.|United\s+Kingdom|Britain|"
                         r"USA?|U\.S\.(?:A\.)?|United\s+States|Canada|Mexico|Brazil|Argentina|Chile|Australia|New\s+Zealand|NZ|"
                         r"India|China|(?:South\s+)?Korea|Taiwan|Hong\s+Kong|Macau|Singapore|Malaysia|Indonesia|Thailand|"
                         r"Philippines|Vietnam|Russia|Turkey|(?:North|South|Latin)\s+America|the\s+Americas|Europe|Asia|"
                         r"Southeast\s+Asia|Oceania|Africa|Middle\s+East|MENA|DACH|Benelux|Scandinavia|Nordics?|"
                         r"German-speaking\s+(?:countries|Europe)|日本|ドイツ|オーストリア|スイス|フランス|イタリア|スペイン|"
                         r"イギリス|英国|アメリカ|米国|北米|南米|中南米|欧州|ヨーロッパ|アジア|東南アジア|韓国|中国|台湾|香港|"
                         r"カナダ|オーストラリア|ブラジル|メキシコ|インド|ロシア|中東|中近東|アフリカ|オセアニア|南アジア|東アジア|"
                         r"ラテンアメリカ|インドネシア|タイ|フィリピン|ベトナム|シンガポール|マレーシア|"
                         r"東南アジア・オセアニア)$", re.I)
# the open end of a place list ("中東・アフリカほか", "Europe, etc."): more places, never a carrier
_PLACE_LIST_END = re.compile(r"\s*(?:ほか|他|など|等|\betc\.?|\band\s+(?:more|others))$", re.I)
_PLACE_LIST_SPLIT = re.compile(r"\s*(?:[,、，/／・&＆]|\band\b|\bor\b)\s*(?:and\s+)?", re.I)
# a place list labelling the station after it ("Austria and Switzerland: ProSieben Maxx")
_PLACE_LABEL = re.compile(r"^([^:：]{2,60}?)\s*[:：]\s*(?=\S)")


def _only_places(text: str) -> bool:
    """A phrase naming only countries or regions (`_PLACE_NAME`), one or a list of them: no carrier's name."""
    parts = [p for p in _PLACE_LIST_SPLIT.split(_PLACE_LIST_END.sub("", text.strip())) if p]
    return bool(parts) and all(_PLACE_NAME.match(p) for p in parts)


def _without_place_label(text: str) -> str:
    """"Austria and Switzerland: ProSieben Maxx" -> "ProSieben Maxx": a place list before a colon is the row's region."""
    m = _PLACE_LABEL.match(text)
    return text[m.end():] if m is not None and _only_places(m.group(1)) else text


def _clean_carrier(text: str, field: str) -> str | None:
    """The carrier's name as the page writes it, cut out of a phrase when recoverable; None when it names none.
    A release date's key is only dropped when it is no carrier (the merge cuts a sentence key to its service)."""
    t = text.split("※", 1)[0] if text.find("※") > 1 else text   # a footnote after the name ("※国内配信情報は後日発表")
    t = _without_stray_close(t).rstrip("~〜～:：、,/／・-–— ")   # a slot's dangling mark ("Disney+~)": "…(金)~)")
    t = _without_cut_note(_without_stray_close(t))
    t = _DANGLING_DATE_WORD.sub("", t) if t[-2:].lower() in ("om", "ng", "ce", "on", "of") else t
    if not t:
        return None
    if field != "release_date" and not _known_carrier(t):
        t = _without_place_label(t) if ":" in t or "：" in t else t
        if _only_places(_nfkc(t)):
            return None
    head = _CARRIER_LIST_SPLIT.split(t, maxsplit=1)[0].strip()
    if head != t and _known_carrier(head):
        return head   # the next carrier of a list after a semicolon ("BS11 (Japan); Crunchyroll (outside Asia)")
    if _known_carrier(t):
        return t
    if field == "release_date":
        return None if _NOT_A_CARRIER.search(_nfkc(t)) else text
    cut = _carrier_cut(t)
    if cut:
        return cut
    n = _nfkc(t)
    if _NOT_A_CARRIER.search(n) or _TIME_AS_CARRIER.search(n) or (field == "broadcaster" and _VIDEO_SITE.match(n)) \
            or _CARRIER_GROUP.search(n) or _NO_CARRIER_PHRASE.search(n):
        return None
    return t


# the known stations that broadcast (terrestrial, BS, CS channels): never a streaming service, whatever label a
# where-to-watch line puts over them ("Where to watch: TOKYO MX, BS11 (Japan); Crunchyroll"); their services have
# names of their own ("Fuji TV On Demand", "TVer")
_BROADCAST_STATIONS = frozenset(fold(s) for s in (
    "Fuji TV", "Tokyo MX", "TV Tokyo", "TBS", "Nippon TV", "TV Asahi", "MBS", "ABC TV", "Kansai TV", "BS11", "BS Fuji",
    "BS Nittele", "Sun TV", "TV Aichi", "Tokai TV", "CBC TV", "KBS Kyoto", "TV Osaka", "Animax", "Kids Station",
    "BS Asahi", "BS-TBS", "BS TV Tokyo", "AT-X", "NHK General TV", "NHK Educational TV"))


def _carrier_fact(fact: Fact) -> Fact | None:
    value = _clean_carrier(fact.value, fact.field)
    if value is None:
        return None
    if fact.field == "streaming" and org_key(value) in _BROADCAST_STATIONS:
        return Fact("broadcaster", org_key(value), value, fact.evidence, fact.precision)   # a station under a watch label
    if value == fact.value:
        return fact
    key = fact.key
    if not key or key == org_key(fact.value) or fold(key) == fold(fact.value):
        key = org_key(value)
    return Fact(fact.field, key, value, fact.evidence, fact.precision)


# a status where a release date's key should be (a wiki's "放送期間: 2027年1月8日 - (放送中)"): the date is the work's
# own first airing, keyed by no carrier
_STATUS_KEY = re.compile(r"^(?:放送|配信|公開|上映)(?:中|予定|開始|決定)?$|^(?:now\s+)?(?:airing|streaming|ongoing|upcoming)$", re.I)


def _release_key_fact(fact: Fact) -> Fact | None:
    """A keyed release date's key is a carrier: "本PV", "本日", "その" date no airing (dropped); a status ("放送中") keys
    none (the key is dropped)."""
    if _STATUS_KEY.match(_nfkc(fact.key).strip()):
        return Fact(fact.field, "", fact.value, fact.evidence, fact.precision)
    key = _clean_carrier(fact.key, "release_date")
    if key is None:
        return None
    return fact if key == fact.key else Fact(fact.field, key, fact.value, fact.evidence, fact.precision)


# ---- names: a cast key or value, a staff or studio value

_JA = "\u3040-\u30ff\u4e00-\u9fff"
# a label or a word of the credit where a character's name should be (the header row "役名 | CV", a byline "文:")
# (a word ending in 役 cut at it: 「代役として」「主役を」「大役を務める」「脇役」 give 代, 主, 大, 脇, never a character)
_CAST_LABEL_KEY = re.compile(r"^(?:役名|役|キャラクター名?|キャラ名?|配役|CV|声優|声|キャスト|出演者?|文|写真|撮影|取材|編集|構成|"
                             r"代|主|大|端|脇|適|難|"
                             r"character(?:\s+name)?|role|cast|voice(?:\s+actor)?|actor|name)$", re.I)
# a region or a country where a name should be: a where-to-watch row "Australia / NZ" read as a character and an actor
_REGION = re.compile(r"^(?:Japan|Australia|NZ|New\s+Zealand|USA?|U\.S\.A?\.?|UK|U\.K\.|Canada|Ireland|North\s+America|"
                     r"Latin\s+America|Europe|Asia|Oceania|Worldwide|Global|日本|北米|南米|欧州|アジア|韓国|中国|台湾|香港|"
                     r"全世界|世界|海外|国内)$", re.I)
# a clause ending before the character's name: a topic, object or subject particle after a word (「エンディングテーマは
# ルミナ」, 「をこむぎ」), a finished verb (「これまでに発表されていたミオ」); a hiragana name ("ちはや") has its
# は inside a hiragana run, and a given name opening with one ("松雪はるか") goes on in hiragana: no boundary
_CAST_CLAUSE_HEAD = re.compile(r"^(?:(?:.*[\u30a0-\u30ff\u4e00-\u9fffA-Za-z0-9」』)](?:は|が|を)|.*(?:では|には|からは|とは))"
                               r"(?=[\u30a0-\u30ff\u4e00-\u9fffA-Za-z])|を(?=[\u3040-\u30ff\u4e00-\u9fffA-Za-z])|"
                               rf".*(?:ていた|ている|された|される|られた|した|していた|であった|だった|(?<=[\u4e00-\u9fff])する|"
                               rf"にあたる|となる|である)(?=[{_JA}A-Za-z]))")
# an actor's value that is a verb or a self-reference, never a name (「いただきました」, 「声優本人」, 「本人」)
_NOT_AN_ACTOR = re.compile(r"(?:ました|ます|です|でした|ません|ている|ていた|した|する)$|本人|^(?:声優|キャスト|CV|役名|未定|不明)$|"
                           r"^The\s|"
                           # a card's badge beside the character's name ("エルネ<span>NEW</span>", "Ellen NEW!", 「新キャスト」)
                           r"(?i:^(?:NEW|UP|UPDATE|HOT)\s*!*$|^(?:new|added)\s+cast(?:\s+member)?\s*!*$)|^(?:新|追加|新規)(?:キャスト)?\s*!*$")
# a descriptive clause inside the value: an adjective in な between two words (「無口な猟師ユハン」)
_DESCRIBED = re.compile(rf"[\u4e00-\u9fff]な[\u4e00-\u9fff\u30a0-\u30ff]")
# the next pair of a one-line list swallowed by the value (「藤代紗世 トウヤ:岡峰琉生」): cut before it
_NEXT_PAIR = re.compile(rf"\s+[^\s:：]{{1,20}}[:：]\s*[{_JA}A-Za-z]")


# a season or a date where a character's name should be: a card's "2025年春 / Studio" line ("Spring 2025 / Studio X",
# "2026-10 · Studio Y") read as a part and its voice; a character is never named by a year
_DATE_AS_CHARACTER = re.compile(r"^(?:(?:19|20)\d\d\s*(?:年度?)?\s*(?:[春夏秋冬](?:季|期|アニメ)?|\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)?|"
                                r"(?:(?:early|late|mid-?)\s*)?(?:spring|summer|fall|autumn|winter|q[1-4])\s+(?:19|20)\d\d|"
                                r"(?:19|20)\d\d\s+(?:spring|summer|fall|autumn|winter)|(?:19|20)\d\d\s*[-/.]\s*\d{1,2}(?:\s*[-/.]\s*\d{1,2})?|"
                                r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?:\d{1,2},?\s+)?(?:19|20)\d\d)"
                                r"\s*(?:公開|放送|配信|発売|予定|開始|[(（][^)）]{0,8}[)）])*$", re.I)
# a studio where an actor's name should be (the same card's "Studio X" half): no actor is named Studio or スタジオ (an
# actor's bracketed note, an agency or a troupe 「（スタジオライフ）」, is not looked at)
_ACTOR_BRACKET_NOTE = re.compile(r"\s*[(（][^)）]*[)）]")
_STUDIO_AS_ACTOR = re.compile(r"^(?:studio|animation\s+studio)\s|\s(?:studios?|animation|pictures|inc\.?)$|スタジオ|アニメーション|"
                              r"^(?:株式会社|有限会社)|(?:株式会社|有限会社)$", re.I)


def _cast_key(key: str) -> str | None:
    """The character's name out of a cast key; None when the key is a label or a region, not a character."""
    k = key.strip()
    if not k:
        return k
    n = _nfkc(k)
    if _CAST_LABEL_KEY.match(n) or _REGION.match(n) or (any(c.isdigit() for c in n) and _DATE_AS_CHARACTER.match(n)):
        return None
    m = _CAST_CLAUSE_HEAD.match(n)
    if m is not None and len(n) - m.end() >= 2:
        n = k = n[m.end():].strip()
    lead = _LEAD_ROLE.match(n)
    if lead is not None and len(n) - lead.end() >= 2:
        return n[lead.end():].strip()
    return k


# the story's role before a character's name, never part of it (「主人公ルカ」, 「ヒロイン・ミナ」, "protagonist Kai")
_LEAD_ROLE = re.compile(r"^(?:主人公|ヒロイン|主役|(?:the\s+)?(?:protagonist|heroine|lead)\s+)[・\s]*", re.I)


def _cast_value(value: str) -> str | None:
    """The actor's name out of a cast value; None when the value is a clause, a self-reference or a region."""
    v = _without_stray_close(value)
    n = _nfkc(v).strip()
    named = _name_in_phrase(n)
    if named != n:
        n = v = named
    if not n or (len(n) == 1 and n.isascii()) or _NOT_AN_ACTOR.search(n) or _REGION.match(n) or _DESCRIBED.search(n) \
            or _STUDIO_AS_ACTOR.search(_ACTOR_BRACKET_NOTE.sub("", n)):
        return None
    m = _NEXT_PAIR.search(n)
    if m is not None and m.start() >= 2:
        return n[:m.start()].strip()
    return v


def _voices_of_a_unit(fact: Fact) -> bool:
    """A cast key that several voices sing or speak for at once (「雷光学園生徒会(CV.八雲 凛、東條マコト)」, "Trio
    Lumen (CV: A, B, C)"): a unit or a group, not a part."""
    ev, key = _nfkc(fact.evidence or ""), _nfkc(fact.key).strip()
    at = ev.find(key + "(") if key else -1
    if at < 0:
        at = ev.find(key + " (") if key else -1
    if at < 0:
        return False
    inside = ev[ev.find("(", at) + 1:].split(")", 1)[0]
    if not _VOICE_MARK.match(inside) or _nfkc(fact.value).strip() not in inside:
        return False
    return len([p for p in _VOICE_LIST_SPLIT.split(_VOICE_MARK.sub("", inside)) if p.strip()]) >= 2


_VOICE_MARK = re.compile(r"^\s*(?:CV|C\.V\.|声|voiced\s+by|voice)\s*[.:：]?\s*", re.I)
# (never a slash: 「CV:雨宮 紬 / Tsumugi Amamiya」 is one actor and a reading)
_VOICE_LIST_SPLIT = re.compile(r"\s*(?:[、,，&＆]|\band\b)\s*")


# a "Label: Name" pair of a line: `_staff_line_as_cast`
_CREDIT_PAIR_LABEL = re.compile(r"(?:^|[/|｜;；]|\s/\s)\s*([^:：/|｜;；]{2,40}?)\s*[:：]")


def _staff_line_as_cast(fact: Fact) -> bool:
    """'Director: X / Series composition & screenplay: Y' read as a cast list: a cast key that is a staff credit, on a
    line whose other pair is a credit too, is the staff's row (a lone "Producer: X" in a cast list stays a part)."""
    key = _nfkc(fact.key).strip()
    if not key or not fact.evidence or ":" not in fact.evidence and "：" not in fact.evidence \
            or credit_kind(key) != "staff" or not known_role(key) and not _all_credit_parts(key):
        return False
    labels = [_nfkc(m.group(1)).strip() for m in _CREDIT_PAIR_LABEL.finditer(_nfkc(fact.evidence))]
    others = [lb for lb in labels if lb != key]
    return bool(others) and any(known_role(lb) or _all_credit_parts(lb) for lb in others)


def _all_credit_parts(label: str) -> bool:
    """Every part of a joined credit label ("Series composition & screenplay") is a known role."""
    parts = [p for p in re.split(r"\s*(?:[・/／、,&＋+]|\band\b)\s*", label) if p.strip()]
    return len(parts) > 1 and all(known_role(p) for p in parts)


def _cast_fact(fact: Fact) -> Fact | None:
    if _is_no_value(fact.key, hidden_ok=True) or _is_no_value(fact.value) or _voices_of_a_unit(fact) \
            or _staff_line_as_cast(fact):
        return None
    key, value = _cast_key(_with_closed_bracket(fact.key)), _cast_value(fact.value)
    if key is None or value is None:
        return None
    key, value = _one_script_name(key), _one_script_name(value)
    if key == fact.key and value == fact.value:
        return fact
    return Fact(fact.field, key, value, fact.evidence, fact.precision)


# a staff row that is the page's metadata, not a credit (a store's "制作年 | 2027年", a company box "所在地 | …")
_NOT_A_CREDIT_KEY = re.compile(r"^(?:制作年|製作年|制作年度|音声|字幕|会社名|所在地|設立|資本金|代表者?|事業内容|タイトル|"
                               r"作品名|ジャンル|話数|価格|発売日|公開日|放送日|配信日|時間|収録時間|本編|対応機種|"
                               r"title|genre|runtime|language|subtitles?|audio|price|address|founded|"
                               r"情報元|出典|引用元|参照元?|参考|ソース|source|via|photo|image)$", re.I)
# a clause before the name (「作曲家ユニットのKOHAKU」, 「TVシリーズに続き久遠まりえ」, 「長年組んでいる乙部ナギ」,
# 「背景美術に定評のあるスタジオ鷺草」): the name is what follows the clause's last word
_CREDIT_CLAUSE_HEAD = re.compile(rf"^.*(?:に続き|に続いて|に引き続き|引き続き|でおなじみの|で知られる|で有名な|に定評のある|"
                                 r"(?:い|あ|れ|す|く)る|した|された|[\u4e00-\u9fff\u30a0-\u30ff]{2}の)"
                                 r"(?=[\u30a0-\u30ff\u4e00-\u9fffA-Za-z])")
# a clause after it (「ノクトアニメーションに変更された」, 「スタジオ・アオバトだ」, 「…が担当」)
_CREDIT_CLAUSE_TAIL = re.compile(r"(?<=[\u30a0-\u30ff\u4e00-\u9fffA-Za-z0-9])(?:に変更された|に変更|に決定した|に決定|"
                                 r"が担当する|が担当|が手(?:がける|掛ける|がけた|掛けた)?|が務める|である|です|だ)$")
# a publisher's clause where the creator's name should be (「星灯文庫より刊行中」, 「月刊誌にて連載中」)
_NOT_A_CREATOR = re.compile(r"より(?:刊行|発売|連載)|にて(?:刊行|連載)|刊行中|連載中")


def _credit_value(value: str) -> str | None:
    """A staff or studio name out of a phrase; None when the value is a publisher's or a schedule's clause."""
    v = _without_stray_close(value)
    n = _nfkc(v).strip()
    if not n or _NOT_A_CREATOR.search(n) or _is_no_value(n):
        return None
    if n.lower() in ("studio", "スタジオ", "production", "animation"):
        return None
    cut = _name_in_phrase(n)
    tail = _CREDIT_CLAUSE_TAIL.search(cut)
    if tail is not None and tail.start() >= 2:
        cut = cut[:tail.start()].strip()
    head = _CREDIT_CLAUSE_HEAD.match(cut)
    if head is not None and len(cut) - head.end() >= 2:
        cut = cut[head.end():].strip()
    return v if cut == n else cut


# a credit's own label at the head of the value ("Screenplay: Ao Himuro" read as the director's name, 「脚本:桜川葵」)
_LABEL_HEAD = re.compile(r"^([^:：]{2,30}?)\s*[:：]\s*(?=\S)")
# an English descriptor before a person's name: "Writer-director Aya Kitamine", "veteran composer Yuki Kajiura"
_PERSON_TAIL = re.compile(r"^(?:[A-Z][a-zāēīōū'’.-]+)(?:\s+[A-Z][a-zāēīōū'’.-]+){1,2}$")
_DESCRIPTOR_WORD = re.compile(r"^(?:[a-z][a-z-]+|[A-Za-z]+-[a-z]+(?:-[a-z]+)?)$")


# the second half of a combined label read as the name ("Character Design & Animation Director" -> "& Animation
# Director"), and a count beside a label ("Planning | 7,986 Users"): no name
_JOINER_HEAD = re.compile(r"^\s*(?:&|＆|and\b|・|/|／)\s*", re.I)
_A_COUNT = re.compile(r"^\d{1,3}(?:,\d{3})+\b|^\d+\s+(?:users?|members?|views?|fans?|votes?|people|episodes?|人|件)\b", re.I)


def _role_words(token: str) -> bool:
    """A lower-case word ("veteran", "composer") or a hyphenated role ("Writer-director"): a descriptor, no name."""
    if "-" in token:
        return all(known_role(p) for p in token.split("-") if p)
    return token.islower() and len(token) >= 4   # never a name's particle ("de Souza", "van Dyke")


# the parts of a combined role label ("キャラクターデザイン・総作画監督", "Character Design & Chief Animation Director")
_ROLE_LIST_SPLIT = re.compile(r"\s*(?:[・/／、,&＆]|\band\b)\s*")
# a box's word after the name ("柘植春臣 コメント" of 「監督：柘植春臣 コメント」, "Aya Kitamine Message")
_BOX_WORD_TAIL = re.compile(r"(?:\s*(?:より)?(?:コメント|メッセージ)|\s+(?:comments?|message))$", re.I)
# what may follow a role word without being a name ("脚本家", "監督陣", "音楽プロデューサー" are words of their own)
_ROLE_WORD_SUFFIX = "家者陣部長補協プデ補佐助"


def _only_role_labels(n: str) -> bool:
    """A value that is a combined role label, no name ("キャラクターデザイン・総作画監督")."""
    parts = [p for p in _ROLE_LIST_SPLIT.split(n) if p]
    return len(parts) >= 2 and all(known_role(p) is not None for p in parts)


def _credit_tails_cut(n: str) -> str:
    """The name without a box's word after it or the next credit read on into it; the value unchanged when what is
    left would be no name."""
    cut = _BOX_WORD_TAIL.sub("", n) if n[-1:] in "トジsSeE" else n
    if cut != n and cut.isascii() and not _PERSON_TAIL.match(cut.strip()):
        cut = n   # "The Message" is a group's name; only "Aya Kitamine Message" is a name and a box's word
    colon = min((i for i in (cut.find(":"), cut.find("：")) if i > 0), default=-1)
    if colon > 0:
        words = cut[:colon].split()
        for k in (3, 2, 1):
            label = " ".join(words[-k:])
            if len(words) > k and (known_role(label) is not None or credit_kind(label) == "studio"):
                cut = " ".join(words[:-k])
                break
    cut = cut.strip()
    return cut if len(cut) >= 2 else n


def _glued_role_head(n: str) -> str:
    """A Japanese name with a role word glued before it ("総作画監督野々宮千夏" of a combined label whose separator
    was lost): the name after the longest role word; the value unchanged when no role word opens it."""
    if n.isascii() or len(n) < 5:
        return n
    for end in range(min(len(n) - 2, 12), 1, -1):
        rest = n[end:]
        if known_role(n[:end]) is not None and rest[0] not in _ROLE_WORD_SUFFIX and re.match(rf"[{_JA}]", rest):
            return rest.strip()
    return n


def _staff_value(key: str, value: str) -> str | None:
    """A staff value that opens with a credit label: the name after it when the label is the key's own role, None
    when it is another role's ("Screenplay: Ao Himuro" under director); a value that is only a role label is none;
    an English descriptor before the name is cut ("Writer-director Aya Kitamine" -> "Aya Kitamine")."""
    n = _nfkc(value).strip()
    if known_role(n) is not None or known_role(_JOINER_HEAD.sub("", n)) is not None or _A_COUNT.match(n):
        return None
    if _only_role_labels(n):
        return None
    head = _LABEL_HEAD.match(n)
    if head is None or (known_role(head.group(1)) is None and credit_kind(head.group(1)) == "staff"):
        cut = _glued_role_head(_credit_tails_cut(n))
        if cut != n:
            return cut
    m = _LABEL_HEAD.match(n)
    if m is not None and known_role(m.group(1)) is not None:
        return n[m.end():].strip() if known_role(m.group(1)) == known_role(key) else None
    if m is not None and credit_kind(m.group(1)) != "staff":
        return None   # a studio's or a committee's credit read on ("アニメーション制作:スタジオねぷた" under director)
    if n.isascii() and " " in n and _DESCRIPTOR_WORD.match(n.split(" ", 1)[0]):
        words = n.split(" ")
        for i in range(1, len(words) - 1):
            if not _role_words(words[i - 1]):
                break
            if _PERSON_TAIL.match(" ".join(words[i:])):
                return " ".join(words[i:])
    return value


# a committee's name with its gloss or reading in brackets ("星屑製作委員会 (Starfall Production Committee)",
# "Project Lumen (プロジェクト・ルーメン製作委員会)"): either half names the committee
_GLOSS_SPLIT = re.compile(r"\s*[(（\[［]\s*|\s*[)）\]］]\s*")


def _committee_value(value: str) -> bool:
    """A value that is a production committee's name, whole or in either half of a glossed pair: no staff, no studio
    (FACTS.md: a 製作委員会 is neither)."""
    n = _nfkc(value).strip()
    if is_committee(n):
        return True
    if "(" not in n and "[" not in n:
        return False
    return any(is_committee(part) for part in _GLOSS_SPLIT.split(n) if len(part) >= 4)


def _credit_fact(fact: Fact) -> Fact | None:
    if fact.field == "staff" and _NOT_A_CREDIT_KEY.match(_nfkc(fact.key).strip()):
        return None
    if ("委員" in fact.value or "ommittee" in fact.value) and _committee_value(fact.value):
        return None
    if fact.field == "staff":
        fact = _with_role_key(fact)
    value = _staff_value(fact.key, fact.value) if fact.field == "staff" else fact.value
    if value is None:
        return None
    value = _credit_value(value)
    if value is None:
        return None
    value = _one_script_name(value, keep_other=fact.field == "staff")
    if value == fact.value:
        return fact
    key = fact.key
    if fact.field == "studio" and (key == org_key(fact.value) or fold(key) == fold(fact.value)):
        key = org_key(value)
    return Fact(fact.field, key, value, fact.evidence, fact.precision)


def _with_role_key(fact: Fact) -> Fact:
    """A staff key read with its label's separator ("原作/", "Director -", "監督｜"): keyed by the role it names."""
    bare = _nfkc(fact.key).strip().strip("/／|｜:：-–—・ ")
    if bare == _nfkc(fact.key).strip() or not bare:
        return fact
    role = known_role(bare)
    return fact if role is None else Fact(fact.field, role, fact.value, fact.evidence, fact.precision)


# ---- what is no value in any field, and the name inside a phrase of a change (shared by cast and credits)

# a not-yet-announced placeholder or a call to follow an account where a value should be ("coming soon. Follow
# @x for …", "TBA", "未定", 「後日発表」, 「まだ言えません」)
_PLACEHOLDER = re.compile(r"^(?:現時点では|現時点で|現段階では|現在は?|今のところ|currently\s+|as\s+of\s+now,?\s+|still\s+)?(?:tba|tbd|tbc|未定|未発表|調整中|後日(?:発表|公開|お知らせ)(?:予定)?|近日(?:公開|発表)|"
                          r"coming\s+soon|to\s+be\s+(?:announced|confirmed|determined|revealed)|"
                          r"(?:details|more)\s+(?:to\s+come|later|soon)|まだ言えません|決まり次第)(?:[\s.!。！…:,、]|$)|"
                          r"^(?:[?？]{2,}|シークレット|secret|非公開)$|"
                          r"\bfollow\s+(?:us\s+)?(?:on\s+\w+\s+)?@|\bstay\s+tuned\b|お楽しみに|続報を(?:お)?待|最新情報は", re.I)
# a heading, a source line, a menu or a title's tail where a name should be: a related list's heading
# (「荻原蓮司の他の作品」, "Other works by …"), the work itself (「TVアニメ」, "Official site"), a subtitle read as a
# label pair ("Kettle & Crown: The Movie" -> "The Movie"), a menu link ("‹ STORY", "ON AIR ›")
_NOT_A_NAME = re.compile(r"(?:他の|ほかの|その他の|関連|参加|担当|出演|代表|主な|の)作品(?:一覧|リスト)?$|^作品$|"
                         r"^(?:other|more|related)\s+(?:works|titles|anime|shows|series)\b|['’]s\s+other\s+(?:works|titles)$|"
                         r"^(?:also|more)\s+by\b|^see\s+also\b|"
                         r"^(?:TVアニメ|テレビアニメ|アニメ|劇場アニメ|公式サイト|公式HP|公式X|公式Twitter|"
                         r"official\s+(?:site|website|x|twitter)|tv\s+anime|anime)$|"
                         r"^(?:the\s+)?(?:movie|animation|animated\s+series|series|final\s+(?:season|chapter)|season\s+\d+|"
                         r"part\s+\d+|ova|ona|special|劇場版|特別編|総集編|完結編|前編|後編|第[0-9一二三四五六七八九十]+(?:期|章|部))$|"
                         r"^[‹«<＜←◀]|[›»>＞→▶]$", re.I)


def _is_no_value(text: str, hidden_ok: bool = False) -> bool:
    """A placeholder, a heading or a menu link: no value of any field (never a name). A hidden name ("???") is a
    part a page keeps secret (a cast key, `hidden_ok`), never an actor or a credit."""
    n = _nfkc(text or "").strip()
    if hidden_ok and _HIDDEN_NAME.match(n):
        return _NOT_A_NAME.search(n) is not None
    return bool(n) and (_PLACEHOLDER.search(n) is not None or _NOT_A_NAME.search(n) is not None)


_HIDDEN_NAME = re.compile(r"^(?:[?？]{2,}|シークレット|secret|非公開)$", re.I)


# a change's verb after the name (「千早ユキノにバトンタッチ」, 「早瀬ことりに加わる」, 「桐野ひよりに交代」, 「…が続投」;
# "Kenji Sato takes over", "Mei Arai, who replaces …")
_CHANGE_TAIL = re.compile(r"(?:に|へ|が|を)(?:バトンタッチ|交代|交替|変わる|変わった|加わる|加わった|加わり|合流|続投|就任|起用|抜擢)"
                          r"(?:する|した|します|しました|となる|となった|が決定|決定)?$|"
                          r"(?:,\s*who\b.*|\s+(?:takes?\s+over|took\s+over|steps?\s+in|stepped\s+in|replac(?:es|ing|ed)|"
                          r"returns?|returning|joins?|joined|joining|succeeds?|succeeding)\b.*)$", re.I)
# a newcomer's adverb before it (「新たに桐野ひより」, 「今回は早瀬ことり」, 「同じく…」)
_CHANGE_HEAD = re.compile(r"^(?:新たに|新しく|今回(?:は|から)?|今作(?:で)?は|本作(?:で)?は|今期(?:で)?は|同じく|さらに|"
                          r"代わって|代わりに|後任(?:に|は|として)?)\s*(?=\S)")


# one name printed in two scripts side by side, no bracket ("Tsubasa Hiraoka 平岡翼", 「平岡 翼　Tsubasa Hiraoka」,
# "TSUBASA HIRAOKA / 平岡翼"): a romanised name of one to four capitalised words, and a Japanese name of 2-12 letters
# (one inner space or ・ allowed); either first
_ROMAN_NAME = r"[A-Z][A-Za-zÀ-ÿāēīōūĀĒĪŌŪ'’.-]*(?:\s[A-Z][A-Za-zÀ-ÿāēīōūĀĒĪŌŪ'’.-]*){0,3}"
_JA_NAME = rf"[\u3040-\u30fa\u30fc-\u30ff\u4e00-\u9fff々][{_JA}々=＝]{{0,9}}(?:\s[{_JA}々][{_JA}々]{{0,7}})?"
_SCRIPT_JA_LETTER = re.compile(r"[\u3040-\u30fa\u30fc-\u30ff\u4e00-\u9fff]")
_TWO_SCRIPT_SEP = r"(?:\s*[/／|｜]\s*|\s+)"
_ROMAN_THEN_JA = re.compile(rf"(?P<a>{_ROMAN_NAME}){_TWO_SCRIPT_SEP}(?P<b>{_JA_NAME})")
_JA_THEN_ROMAN = re.compile(rf"(?P<a>{_JA_NAME}){_TWO_SCRIPT_SEP}(?P<b>{_ROMAN_NAME})")
# a credit's word or a voice mark beside a name is a label, not the name's other script ("Director 平岡翼", "CV 桜木")
_NOT_A_SCRIPT_FORM = re.compile(r"^(?:cv|c\.v\.|voice|vo|by|feat\.?|ft\.|and|with|the|new|staff|cast|声|役|ほか|他|ら|など|"
                                r"さん|氏|出演|担当|作|著|原作|監修|協力|新人|作曲|作詞|編曲|歌|演奏)$", re.I)


def _two_script_name(value: str) -> tuple[str, str] | None:
    """(first written, other script) for one name printed in both scripts with no bracket; None otherwise. The
    pair is one person (the page's own reading), never two: a label beside a name (a known credit, a voice mark)
    is no second script."""
    n = _nfkc(value).strip()
    if not n or "(" in n or ")" in n or len(n) > 60 or not _SCRIPT_JA_LETTER.search(n) or not re.search(r"[A-Za-z]", n):
        return None
    m = _ROMAN_THEN_JA.fullmatch(n) or _JA_THEN_ROMAN.fullmatch(n)
    if m is None:
        return None
    a, b = m.group("a").strip(), m.group("b").strip()
    for part in (a, b):
        if known_role(part) is not None or credit_kind(part) != "staff" or _NOT_A_SCRIPT_FORM.match(part):
            return None
        if any(_NOT_A_SCRIPT_FORM.match(w) for w in part.split()):
            return None
    return a, b


def _one_script_name(value: str, keep_other: bool = True) -> str:
    """A name printed in two scripts as one value: 'First（Other）', the form a bracketed reading already has
    (diff learns the two as one person); the first written alone when `keep_other` is off (a studio's key)."""
    pair = _two_script_name(value)
    if pair is None:
        return value
    return f"{pair[0]}（{pair[1]}）" if keep_other else pair[0]


def _name_in_phrase(text: str) -> str:
    """The name out of a phrase of a change (who takes over, who joins): cut before the change's verb and after a
    newcomer's adverb, when a name of 2+ characters is left; the text itself otherwise."""
    n = text
    tail = _CHANGE_TAIL.search(n) if len(n) > 4 else None
    if tail is not None and tail.start() >= 2:
        n = n[:tail.start()].strip()
    head = _CHANGE_HEAD.match(n)
    if head is not None and len(n) - head.end() >= 2:
        n = n[head.end():].strip()
    return n


# a clause read into a song's artist part (「アリアの子守唄 — 劇中では主人公・アカリ」): a topic or subject particle after a
# word, never inside a hiragana run (「はるまきごはん」)
_ARTIST_CLAUSE = re.compile(r"[\u30a0-\u30ff\u4e00-\u9fffA-Za-z0-9](?:では|には|とは|は|が|を)(?=[\u30a0-\u30ff\u4e00-\u9fffA-Za-z])")


def _song_fact(fact: Fact) -> Fact | None:
    """A theme song whose artist part is a clause keeps its title alone; a placeholder is no song."""
    if _PLACEHOLDER.search(_nfkc(fact.value).strip()) is not None and not _quoted_in(fact.value, fact.evidence):
        return None
    title, sep, artist = fact.value.partition(" — ")
    if not sep or not artist or _ARTIST_CLAUSE.search(_nfkc(artist)) is None:
        return fact
    return Fact(fact.field, fact.key, title.strip(), fact.evidence, fact.precision)


def _quoted_in(value: str, evidence: str | None) -> bool:
    """A title the page quotes as written ("「Coming Soon」", '"Coming Soon"'): a song's name, not a placeholder.
    A Japanese statement stays a placeholder even quoted (「まだ言えません」)."""
    v = value.strip()
    return v.isascii() and any(o + v + c in (evidence or "") for o, c in ('""', "“”", "「」", "『』", "''"))


# a headline where an event's name should be ("X TV Anime Sets January Premiere, Reveals Opening Artist"): a news
# verb of a title-cased headline between words, never a word of an event's name ("Anime Expo 2027", "Premiere Night",
# "Sets and Stages Expo")
_HEADLINE_VERB = re.compile(r"(?<=\w )(?:Sets|Reveals|Announces|Unveils|Delays|Confirms|Casts|Adds|Gets|Drops|Debuts|Streams|"
                            r"Premieres|Slated|Dated|Moves)(?= \w)")


# a news list's row where an event's name should be ("2026.10.12 EVENT Stage report: …", "[NEWS] Premiere screening …",
# 「2026/10/12 イベント」): its date stamp or its category tag opens the line, never an event's own name
_NEWS_ROW_KEY = re.compile(r"^\s*(?:\d{4}\s*[./-]\s*\d{1,2}\s*[./-]\s*\d{1,2}(?!\d)|\d{4}年\d{1,2}月\d{1,2}日|"
                           r"\[\s*(?:EVENT|NEWS|INFO|MEDIA|TOPICS|GOODS|CAMPAIGN|イベント|ニュース|お知らせ)\s*\])")


def clean_fact(fact: Fact) -> Fact | None:
    """The fact with its value (and key) what its field holds, cut back to the name when recoverable; None when the
    value is not a value of its field at all. Never raises."""
    try:
        if fact.field in _CARRIER_FIELDS:
            return None if _PLACEHOLDER.search(_nfkc(fact.value).strip()) else _carrier_fact(fact)
        if fact.field == "release_date" and fact.key:
            return _release_key_fact(fact)
        if fact.field == "cast":
            return _cast_fact(fact)
        if fact.field in ("staff", "studio"):
            return _credit_fact(fact)
        if fact.field == "theme_song":
            return _song_fact(fact)
        if fact.field == "premiere_event" and (_HEADLINE_VERB.search(fact.key) or _NEWS_ROW_KEY.match(fact.key)):
            return None
    except Exception:  # a hygiene bug must never cost the fact
        return fact
    return fact
