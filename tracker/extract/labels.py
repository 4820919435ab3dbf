"""Labelled pairs: infoboxes, definition lists, "Label: value" lines, image alts, official-site sections.

What it reads (all from `page.lines()`, `page.main` and the head's meta; never the chrome page.py removed):
- "Label：value" / "Label: value" lines, `<dt>/<dd>`, two-cell table rows and a label alone on a line
  followed by its value lines (database infoboxes: "Aired", "Premiered", "Vintage", "Studios",
  "Episodes", "Number of episodes", "Broadcast"); `<img alt="監督：川面真也">` (official sites' staff images);
- sections opened by a heading or a bold line (STAFF / CAST / ON AIR / MUSIC, スタッフ / キャスト /
  放送情報 / 配信, "Japanese cast", "English cast"…): in STAFF any "Role：Name" is a credit, in CAST
  "Character：Actor", "Character (CV: Actor)", `<h4>Character</h4><p>CV. Actor</p>`, "Actor as Character";
  in ON AIR "Station：10/7(土) 27:08～" (broadcaster + its premiere);
- theme songs: `#1: "Title" by Artist (eps 1-12)`, `OP：Artist「Title」`, `オープニングテーマ：「Title」/Artist`,
  `「Title」（…第2クールEDテーマ）`, `エンディングテーマ「Title」`; numbered by cour or by order;
- link cards of database pages: a character link followed by a person link (cast), a person link
  with its role list beside it (staff);
- tables of broadcasters / streaming services (a header saying サービス / 配信 / Streaming / 放送局);
- video links and embeds named PV / trailer / teaser / 予告 / 特報 (trailer facts, keyed by number);
- head meta (description, og/twitter): "TOKYO MX、BS11にて4月より放送開始", "2017年春TVアニメ化決定".

Placeholders (TBA, 未定, ?) yield nothing; CD / Blu-ray / event / news dates are never release dates
(labels are read only where they name the work's own airing).
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from bs4 import Comment, NavigableString, Tag

from ..dates import PartialDate, late_slot_day
from ..model import Fact
from ..normalize import JA_HEARSAY, MAX_EVIDENCE, ORG_ALIASES, SERIES_SONG, artist_out_of_clause, clean, fold, may_contain_i, org_display, org_key
from ..normalize import SERIES_RUN
from ..page import MARK_LED_LINE, NO_MARK, SAME_MAKER_WORKS, Video, child_tags, find_parent_tag, find_tag, find_tags, table_rows
from ..page import _INFOBOX_LABEL as _PAGE_INFOBOX_LABEL
from ..roles import credit_kind, is_committee, is_known_credit, known_role, roles_of
from . import Extractor
from ._textdate import find_first, parse as parse_date

# ---------------------------------------------------------------------- vocabularies (folded)
_RELEASE_LABELS = {"放送期間", "放送期間・日時", "初放送", "放送開始時期", "year", "start", "started", "season", "aired", "airing", "premiered", "premiere", "premiere date", "vintage", "release date", "release",
                   "released", "first aired", "air date", "airdate", "start date", "original run", "broadcast date",
                   "放送開始", "放送開始日", "放送日", "放送時期", "放送予定", "公開日", "公開", "劇場公開", "上映開始",
                   "放送", "オンエア", "on air", "onair", "配信開始", "配信開始日", "date", "premieres", "debut",
                   "初回放送", "放送開始日時", "release dates", "theatrical release", "公開日時"}
# a streamer's or database's "Japan Premiere: January 7, 2027 on Fuji TV's "+Ultra" block": the home release
_RELEASE_LABELS |= {"japan premiere", "japanese premiere", "premiere in japan", "japan release", "japanese release",
                    "tv premiere", "japan broadcast premiere"}
_EPISODE_LABELS = {"episodes", "number of episodes", "episode count", "eps", "話数", "全話数", "total episodes",
                   "no of episodes", "no. of episodes", "エピソード数"}
_BROADCAST_LABELS = {"放送局", "放送", "放送情報", "tv", "broadcaster", "broadcasters", "network", "networks",
                     "channel", "channels", "tv station", "stations", "放送チャンネル", "テレビ放送", "on air",
                     "onair", "original network", "放送局・日時"}
_STREAM_LABELS = {"配信", "配信サイト", "配信情報", "streaming", "streaming service", "streaming services",
                  "streaming platforms", "streaming platform", "platforms", "streaming on", "watch on",
                  "where to watch", "where to stream", "stream on", "available on", "simulcast", "simulcasts",
                  "internet streaming", "stream", "streams", "web配信", "配信プラットフォーム", "見放題配信",
                  "ネット配信", "online streaming", "streaming on", "available on",
                  # a database's streaming rows by territory ("海外配信 | Crunchyroll（北米・欧州）", "国内配信 | Prime Video")
                  "海外配信", "国内配信", "配信サービス", "配信先", "overseas streaming", "international streaming",
                  "global streaming"}
_IGNORE_LABELS = {"twitter", "x", "hashtag", "ハッシュタグ", "公式サイト", "official site", "official website",
                  "website", "url", "公式twitter", "公式x", "公式ツイッター", "youtube", "instagram", "tiktok",
                  "facebook", "line", "email", "mail", "問い合わせ", "お問い合わせ", "price", "価格", "品番",
                  "発売日", "release", "tracklist", "収録曲", "特典", "type", "status", "source", "genres", "genre",
                  "theme", "themes", "demographic", "duration", "rating", "running time", "score", "ranked",
                  "popularity", "members", "favorites", "synonyms", "japanese", "english", "alternative title",
                  "alternative titles", "plot summary", "objectionable content", "user ratings", "episode titles",
                  "reviews", "news", "official", "licensors", "licensor", "producers", "copyright", "コピーライト",
                  "コピーライト表記", "©", "note", "注", "※", "備考", "ジャンル", "レーベル", "label", "発売元",
                  "販売元", "時間", "曜日", "日時", "sources", "via", "photo", "image", "写真", "出典", "参考", "credit", "タグ", "tag", "tags",
                  "関連タグ", "カテゴリ", "カテゴリー", "category", "categories", "キーワード", "keywords", "share", "シェア"}
_PLACEHOLDER = re.compile(
    r"^\s*(?:(?:キャスト|出演者?|声優|配役|担当|詳細|情報)\s*(?:は|も)\s*)?"   # 「キャストは後日発表」: the slot's topic, then the placeholder
    r"(tba|tbd|tbc|to be announced|to be determined|未定|未発表|未公開|調整中|近日公開|(?:近日|後日)(?:解禁|公開予定|お知らせ)|coming soon|"
    r"not available|n/?a|unknown|none|none found|add some|\?+|-+|—+|―+|loading\W*|not yet aired|準備中|(?:後日|近日)発表(?:予定)?|発表予定|"
    r"coming|to be announced later|not announced|no .{0,40} (?:have|has) been added.*|"
    r"(?:still |yet )?(?:unannounced|unrevealed|undecided|unconfirmed|not (?:yet )?(?:announced|revealed|decided|confirmed))(?: yet)?)\s*[.。!！]*\s*$",
    re.I,
)

def _states_absence(values: list[str]) -> bool:
    """Every value cell of a row says 'not here' (one or more cells, none empty)."""
    vals = [v for v in values if v.strip()]
    return bool(vals) and all(NO_MARK.match(unicodedata.normalize("NFKC", v)) for v in vals)


# "returns from the first season", "are all back from Season 1": an earlier season named only as what a list carries over from
_CARRIED_FROM_SEASON = re.compile(r"\b(?:(?:all|also)\s+)?(?:returns?|returning|(?:is|are)\s+(?:all\s+)?back|carr(?:y|ies)\s+over|continues?)"
                                  r"\s+from\s+(?:the\s+)?(?:(?:first|previous|prior|last|earlier)\s+season|season\s+(?:1|one))\b", re.I)
# an English intro to a list: "The anime's staff includes:", "Other cast members are:", "The staff is as follows:"
_WHOSE = r"(?:(?:anime|series|film|movie|show|season|dub)['’]s )?"
_INTRO_TAIL = (r"(?: so far| list| lineup| members| announced(?: so far)?)?"
               r"(?: (?:includes?|are|is|so far|as follows|is as follows|(?:also )?features?|consists of))?"
               # "The main cast returns from the first season:", "The core staff are all back for Season 2:": the list
               # of who carries on into this season
               r"(?: (?:(?:all|also) )?(?:returns?|(?:is|are) (?:all )?back|is returning|are returning|carries over|carry over)"
               r"(?: (?:from|for) (?:the )?(?:first season|previous season|last season|season (?:1|one|2|two|3|three)|new season|sequel))?)?")
_LANGS = r"japanese|english|french|german|spanish|italian|portuguese|korean|mandarin|chinese"   # "Cast (Japanese)"
_SECTION_VOCAB = [
    # a box of the companies' credits ("Companies" on an encyclopedia entry, 「制作会社」): a heading, no value of the label above
    ("companies", re.compile(r"^(?:(?:production\s+)?companies|companies\s+involved|制作会社一覧|関連会社)$", re.I)),
    ("staff", re.compile(r"^((?:the )?" + _WHOSE + r"(?:(?:english|japanese|dub|dubbing|main|production|key|animation|anime|"
                         r"series|core|adr|localization|voice|additional|new|other|more|returning|remaining|principal|"
                         r"confirmed|announced|previously|newly|recently|revealed) ){0,3}(?:staff|crew|credits|staff credits)"
                         + _INTRO_TAIL + r"(?: \((?:" + _LANGS + r")(?: dub| version)?\))?|(?:メイン|追加|主要|新)?スタッフ(?:情報|陣|一覧)?|"
                         r"(?:英語|日本語)?吹替(?:版)?スタッフ)$", re.I)),
    ("cast", re.compile(r"^((?:the )?" + _WHOSE + r"(?:(?:main|additional|new|returning|full|japanese|english|principal|confirmed|"
                        r"announced|core|supporting|voice|dub|dubbed|french|german|spanish|italian|portuguese|korean|"
                        r"mandarin|newly|recently|revealed|previously|other|more|remaining|original|star-studded) ){0,3}cast"
                        + _INTRO_TAIL + r"(?: \((?:[a-z]+ )?(?:dub|version)\)| \((?:" + _LANGS + r")\))?|"
                        r"(?:メイン|追加|主要|新)?キャスト(?:情報|陣|一覧)?|voice cast|(?:英語|日本語)?吹替(?:版)?キャスト|"
                        r"(?:英語|日本語)版キャスト|出演者?(?:情報|一覧|\s*[(（]声[)）])?|声の出演|"
                        r"(?:the )?(?:anime|series|film|movie|show|dub) (?:stars|features)|"
                        r"(?:cast|キャスト) ?(?:&|and|・|/) ?(?:staff|スタッフ|crew)|(?:staff|スタッフ|crew) ?(?:&|and|・|/) ?(?:cast|キャスト)|characters? ?(?:&|and) ?voice actors?|voice actors?|"
                        r"character|characters|キャラクター|キャラクター ?& ?キャスト|キャスト ?& ?キャラクター|"
                        # a wiki's 「登場人物と声優」, 「キャラクター・キャスト」, "Characters and voice cast": the people and their voices
                        r"(?:主な|主要)?(?:登場人物|登場キャラクター|キャラクター) ?(?:と|・|＆|&|/|／|および|及び) ?(?:声優|キャスト|声の出演|出演者?)|"
                        r"(?:キャスト|声優) ?(?:・|＆|&|/|／) ?(?:主な)?(?:登場人物|キャラクター)|(?:主な)?登場キャラクター|"
                        r"(?:main )?characters? (?:and|&) (?:the )?(?:voice )?(?:cast|voice actors?)|"
                        r"(?:main )?character ?& ?cast|(?:main )?cast ?& ?characters?|"
                        # actors named without parts after the pairs: "Also appearing: A, B", 「その他のキャスト：A、B」
                        r"also (?:appearing|starring|featuring)|(?:additional|other|supporting) voices|"
                        r"(?:その他|ほか|他)の?(?:キャスト|出演者?|声の出演)|ほか出演者?|共演者?)$", re.I)),
    ("music", re.compile(r"^(music|theme songs?|theme music|主題歌|songs|ミュージック|主題歌情報|テーマソング|"
                         r"主題歌\s*[・/／&＆]\s*(?:挿入歌|劇中歌)|楽曲(?:情報)?)$", re.I)),
    ("onair", re.compile(r"^(on ?air|放送情報|放送|放送局|broadcast|broadcast information|放送・配信情報|放送・配信|"
                         r"放送スケジュール|放送日時|tv放送|テレビ放送|airing)$", re.I)),
    ("streaming", re.compile(r"^(配信|配信情報|streaming|web配信|配信サイト|ネット配信|where to watch|watch|where to stream|"
                             r"streaming (?:platforms?|services?|sites?|partners?)|available (?:at|on)|"
                             # an explainer's question: "Where can you stream it?"
                             r"where (?:can|do|will) (?:you|i|fans|viewers) (?:stream|watch) (?:it|the (?:anime|series|show|season))\s*\?)$", re.I)),
    # another medium's part of an infobox (its author is the original creator; its run and volumes are not
    # the anime's), and the anime's part, which ends it
    ("source", re.compile(r"^(manga|light novel|novel|novels|novel series|web novel|web manga|webtoon|manhwa|manhua|"
                          r"video game|visual novel|漫画|マンガ|小説|ライトノベル|web小説)$", re.I)),
    ("media", re.compile(r"^(anime(?: (?:television|tv) series| film| series| movie)?|original (?:video|net) animation|"
                         r"tv anime|テレビアニメ|アニメ|劇場アニメ|アニメ映画)$", re.I)),
    ("skip", re.compile(r"^(episodes?|episode list|エピソード(?:一覧|リスト)?|各話(?:一覧|リスト|あらすじ)|news|ニュース|related( entries| anime| works)?|recommendations?|"
                        r"reviews?|statistics|forum.*|featured articles|interest stacks|related clubs|pictures|"
                        r"blu-?ray.*|dvd.*|bd.*|goods|グッズ|商品情報|event|イベント|special|スペシャル|"
                        r"story|ストーリー|あらすじ|synopsis|introduction|イントロダクション|background|"
                        r"keyword|キーワード|comments?|コメント|resources|"
                        r"脚注|注釈|出典|参考文献|外部リンク|関連項目|references|external links|see also|footnotes|further reading|"
                        r"(?:cast|staff|キャスト|スタッフ|声優|監督|原作者?)\s*(?:&|・|/)?\s*(?:comments?|コメント|メッセージ)|"
                        # a person's own other works ("■声優 X の出演作", "X's other roles", "Filmography"): no credit of this work
                        r".{0,30}?(?:主な)?(?:出演作品?|参加作品|担当作品|代表作)(?:一覧)?|filmography|known for|"
                        r"(?:other|selected|previous|past|notable|major) (?:works|roles|credits)|"
                        r".{1,40}['’]s (?:other |previous |past |notable )?(?:roles|works|credits|filmography))$", re.I)),
]
_LANG_SECTION = re.compile(r"^([A-Za-z]+(?: \([A-Za-z ]+\))?) (staff|cast|companies)$")

_LABEL_LINE = re.compile(r"^(?P<label>[^:：「」『』\"“”]{1,40}?)\s*[:：]\s*(?P<value>.*)$")
_CV_LINE = re.compile(r"^(?:voiced by|cv|c\.v|(?:声優|声)(?=\s|[.:：．/])|voice(?!\s*(?:cast|actor|actress|direct)))\s*[.:：．/]?\s*(?P<actor>.+)$", re.I)
_INLINE_CV = re.compile(r"(?P<char>[^()（）:：,、/]{1,40}?)\s*[(（]\s*(?:cv|c\.v\.?|声|voice|声優)\s*[.:：．]?\s*"
                        r"(?P<actor>[^()（）]{1,40})[)）]", re.I)
# every _INLINE_CV match contains this: a cheap test before the slow scan (a 1-40 lazy run at every position)
_INLINE_CV_HINT = re.compile(r"[(（]\s*(?:cv|c\.v|声|voice|声優)", re.I)


def _inline_cv(text: str) -> list:
    """list(_INLINE_CV.finditer(text)), skipping the scan when no "(CV" is in the text at all."""
    if ("(" not in text and "（" not in text) or not _INLINE_CV_HINT.search(text):
        return []
    return list(_INLINE_CV.finditer(text))


_CHAR_CV_LINE = re.compile(r"^(?P<char>[^:：()（）/／]{1,30}?)\s*[/／]?\s+(?:cv|c\.v\.?|声)\s*[.:：．]\s*(?P<actor>[^:：()（）]{1,30})$",
                           re.I)


def _has_cv_mark(text: str) -> bool:
    """False only when _CHAR_CV_LINE cannot match: its "CV" / "声" is followed by one of these marks."""
    return "." in text or ":" in text or "：" in text or "．" in text


# (a name may set surname and given name apart by a space: "春日井 めぐ（ミチル役）"; not a word before it: "主演 X")
_ACTOR_ROLE = re.compile(r"(?:^|[、,/／\s:：]|出演[:：]?)\s*((?!主演|出演|声優|登壇|ゲスト|キャスト|予定|ほか|他)"
                         r"[\u4E00-\u9FFF]{1,4}[ 　][\u3040-\u30FF\u4E00-\u9FFF]{1,5}(?=\s*[(（])|"
                         r"[^\s、,/／()（）:：「」]{2,16})\s*[(（]\s*([^()（）、,]{1,20}?)\s*役\s*[)）]")
# 「テオ役 真田蓮司」: one pair of a list whose every item is a role, 役, a space, then the actor
_ROLE_SPACE_ACTOR = r"[^\s、,/／()（）:：「」『』役]{1,20}役[ 　]+[^\s、,/／()（）:：「」『』]{2,12}"
_ROLE_SPACE_LIST = re.compile(rf"^(?:(?:キャスト|出演|声の出演|cast)\s*[:：]\s*)?{_ROLE_SPACE_ACTOR}"
                              rf"(?:\s*[、,/／]\s*{_ROLE_SPACE_ACTOR})*(?:\s*(?:ほか|他))?$", re.I)
_ROLE_SPACE_PAIR = re.compile(r"(?:^|[、,/／:：])\s*(?P<char>[^\s、,/／()（）:：「」『』役]{1,20})役[ 　]+(?P<actor>[^\s、,/／()（）:：「」『』]{2,12})")


def _song_label_line(text: str) -> bool:
    """「ED：「Title」歌：ヘレナ（CV:X）」: a line labelled as a song (its CV note names the singer's voice)."""
    lm = _LABEL_LINE.match(text) if len(text) <= 120 and ("「" in text or "『" in text) else None
    return bool(lm) and len(lm.group("label")) <= 15 and not re.search(r"[(（、。]", lm.group("label")) \
        and bool(_theme_label(lm.group("label")))


def _role_space_actor_list(text: str) -> list[tuple[str, str]]:
    """「キャスト：テオ役 真田蓮司／イオ役 水無月葵」 -> the (role, actor) pairs; [] unless the line is only such a list."""
    t = unicodedata.normalize("NFKC", text).strip()
    if not _ROLE_SPACE_LIST.match(t):
        return []
    return [(m.group("char"), re.sub(r"(?:ほか|他)$", "", m.group("actor"))) for m in _ROLE_SPACE_PAIR.finditer(t)]


# a staff member listed among the actors of an event's guest list: 「A（X役）、B（Y役）、監督：C」「…、C（監督）」
_ROLE_THEN_PERSON = re.compile(r"^(?P<role>[^\s、,/／()（）:：「」]{1,12})\s*[:：]\s*(?P<who>[^\s、,/／()（）:：「」]{2,16})$")
_PERSON_THEN_ROLE = re.compile(r"^(?P<who>[^\s、,/／()（）:：「」]{2,16})\s*[(（]\s*(?P<role>[^()（）、,:：]{1,12})\s*[)）]$")


def _staff_among_cast_pairs(text: str, col) -> None:
    """The known staff roles in a line of actor（role役） pairs: a guest list names the director beside the cast."""
    pieces = re.split(r"\s*[、,，/／]\s*", unicodedata.normalize("NFKC", text).strip())
    if len(pieces) < 2:
        return
    for piece in pieces:
        m = _ROLE_THEN_PERSON.match(piece) or _PERSON_THEN_ROLE.match(piece)
        if m and not m.group("role").endswith("役") and credit_kind(m.group("role")) == "staff" \
                and known_role(m.group("role")) and _looks_like_person(m.group("who")):
            col.staff(m.group("role"), m.group("who"), text)


_ELLIPSIS_PAIR = re.compile(r"^(?P<char>[^/／…‥.:：()（）]{1,30}?)\s*(?:…+|‥+|\.{2,})\s*(?P<actor>[^/／…‥.:：()（）]{2,30})$")
# 「常連のミザール」: a description with の before a katakana name is not part of the character's name
_CHAR_DESC_NO = re.compile(r"^[^の・\s]{1,8}の(?=[\u30a1-\u30ff][\u30a1-\u30ff・ー]+$)")


def _ellipsis_pairs(value: str) -> list[tuple[str, str]]:
    """「店長・北斗…柏木ゆう／常連のミザール…相良圭」: one row of character…actor pairs (a blog's cast line),
    every piece a pair or none is read."""
    pieces = [p.strip() for p in re.split(r"\s*[/／、,，]\s*", unicodedata.normalize("NFKC", value)) if p.strip()]
    pairs = [_ELLIPSIS_PAIR.match(p) for p in pieces]
    if not pieces or not all(pairs):
        return []
    return [(_CHAR_DESC_NO.sub("", m.group("char").strip()), m.group("actor").strip()) for m in pairs]


_PAIR_CAST = re.compile(r"^(?P<char>[^/／…‥.:：()（）|｜→⇒]{1,30}?)(?:役)?\s*(?P<sep>[/／]|[|｜→⇒]|…+|‥+|\.{2,}|(?<=役)\s)\s*"
                        r"(?P<actor>[^/／…‥:：()（）|｜→⇒]{2,30})$")
_PAIR_MARK = frozenset("|｜→⇒")   # a bar or an arrow between a part and its actor: the actor must look like a person
_VOICED_LINE = re.compile(r"^(?P<char>[^()（）:：]{1,70}?)\s*(?:[(（]\s*voiced by\s+(?P<a1>[^()（）]{2,40})[)）]|(?:,|\s[—–-]|[:：])\s*voiced by\s+"
                          r"(?P<a2>[^()（）,]{2,40}))\s*[.。]?$", re.I)
_DASH_CAST = re.compile(r"^(?P<char>[^:：—–]{1,60}?)\s+(?:[—–]|--?)\s+(?P<actor>[^—–:：()（）,]{2,40}?)"
                        r"(?:\s*[(（][^()（）]{1,120}[)）])?$")   # "(Pilot Ada in Gearhound Saga)": the actor's other role
_BRACKET_CAST = re.compile(r"^[【\[［〔〈《](?P<char>[^【】\[\]［］〔〕〈〉《》:：役]{1,30})[】\]］〕〉》]\s*(?:[:：／/]\s*)?"
                           r"(?P<actor>[^【】\[\]［］:：「」。、,]{2,30})$")
_AS_LINE = re.compile(r"^(?P<actor>[^:：()（）]{2,40}?)(?:\s*[(（][^()（）]{1,80}[)）])?\s+as\s+(?P<char>.{1,60})$")   # "X (works) as Y"
_AS_OPEN = re.compile(r"^(?P<actor>[^:：()（）]{2,40}?)\s+as$")

_THEME_EN = re.compile(
    r"^(?:#?\s*(?P<num>\d{1,2})\s*[:.)]\s*)?[\"“”「『](?P<title>[^\"“”」』]{1,120})[\"“”」』]\s*"
    r"(?P<paren>\([^)]{0,60}\))?\s*(?:(?:[-–—]\s*)?(?:performed|sung|sang)?\s*by\b|-|–|—|/|／)\s*(?P<artist>.+?)\s*"
    r"(?P<eps>\((?:eps?|episodes?|ep\.)[^)]*\))?\s*$",
    re.I,
)
_THEME_KIND_WORDS = [
    ("opening", re.compile(r"(opening|オープニング|\bop\b|^op\d*$|op\s*テーマ|opテーマ|^op|オープニングテーマ)", re.I)),
    ("ending", re.compile(r"(ending|エンディング|\bed\b|^ed\d*$|edテーマ|^ed|エンディングテーマ)", re.I)),
    ("insert", re.compile(r"(insert|挿入歌|挿入曲|劇中歌|イメージソング|image song)", re.I)),
    ("theme", re.compile(r"(主題歌|theme song)", re.I)),   # a film's one theme plays over the end credits
]
_THEME_LABELLED_EN = re.compile(
    r"^(?P<label>(?:opening|ending|insert|op|ed)(?:\s*(?:theme|song|theme song))?(?:\s*#?\d{1,2})?)\s*[:：]?\s*"
    r"[\"“「『](?P<t>[^\"”」』]{1,100})[\"”」』]\s*(?:\([^)]{0,40}\))?\s*"
    r"(?:(?:[-–—]\s*)?(?:performed|sung|sang)?\s*by\s*[:：]?|/|／|[-–—]|歌\s*[:：])\s*(?P<a>[^()]{1,60}?)\s*"
    r"(?:\((?:eps?|episodes?|as|cv|voiced)\b[^)]*\)\s*){0,2}[.。]?$", re.I)
# a news line pairing kinds with "Artist "Title"": "Opening: Lunavel "Ember Tide" / Ending: Natsuho Mizunagi "Salt and Starlight""
_THEME_PAIRS_EN = re.compile(r"(?:^|(?<=[!.:]\s)|(?<=[/／|]))\s*(?P<k>opening(?:\s+theme)?|ending(?:\s+theme)?|insert\s+song|OP|ED)\s*[:：]\s*"
                             r"(?P<v>[^/／|\"“”:：]{1,60}?\s+[\"“][^\"”]{1,80}[\"”])\s*(?=[/／|]|$)", re.I)
_JP_THEME_AFTER = re.compile(  # 「Title」（…第2クールOPテーマ…）
    r"[「『](?P<title>[^」』]{1,80})\s*[」』]\s*[(（](?P<ctx>[^)）]{0,60}?(?:op|ed|オープニング|エンディング|挿入歌|主題歌)"
    r"[^)）]{0,30})[)）]", re.I)
_JP_THEME_BARE = re.compile(  # M1 Title（TVアニメ「X」エンディングテーマ）
    r"^(?:m?\d{1,2}[.\s]\s*)?(?P<title>[^「」『』()（）]{1,60}?)\s*[(（](?P<ctx>(?:tv|テレビ)?アニメ.{0,40}?"
    r"(?:op|ed|オープニング|エンディング|挿入歌|主題歌)(?:テーマ)?[^)）]{0,20})[)）]\s*$", re.I)
_JP_THEME_BEFORE = re.compile(  # オープニングテーマ「Title」 / 第2クールOP「Title」 / OPテーマはArtist「Title」
    r"(?P<ctx>(?:第\s*\d+\s*クール\s*)?(?:(?:オープニング|エンディング|(?<![a-z])op|(?<![a-z])ed)\s*主題歌|オープニング|エンディング|挿入歌|劇中歌|主題歌|"
    r"(?<![a-z])op|(?<![a-z])ed)"   # (not the "op" of "Drops", the "ed" of "Red")
    r"(?:テーマ)?)\s*(?:[:：]|は|が)?\s*"
    r"(?P<artist>(?:(?!オープニング|エンディング|主題歌|テーマ|挿入歌|劇中歌)[^「『、。:：]){0,30}?)\s*[「『](?P<title>[^」』]{1,80})[」』]", re.I)
_SINGLE_HEADING = re.compile(r"^(?P<artist>.+?)\s*(?:ニュー|new\s*)?(?:シングル|single|アルバム|album|ep)\s*[「『](?P<title>[^」』]+)[」』]", re.I)
_COUR = re.compile(r"第\s*(\d+)\s*クール|(\d+)(?:st|nd|rd|th)\s*cour|cour\s*(\d+)", re.I)

_TRAILER_KINDS = [
    ("teaser", re.compile(r"teaser|ティザー|特報|ティーザー", re.I)),
    ("trailer", re.compile(r"trailer|予告|トレーラー", re.I)),
    ("PV", re.compile(r"(?<![a-z])pv(?![a-z])|promotion(al)? video|プロモーション|(?<![a-z])cm(?![a-z])", re.I)),   # 第2弾PV
]
_CHARACTER_PV = re.compile(r"キャラクター\s*PV|character\s+(?:pv|promotional\s+video|trailer)", re.I)
_ORDINAL_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6}
# a song's own video, never the work's trailer: a music or lyric video, a music clip, a cover, a creditless or textless
# opening, a song's teaser or preview (「楽曲ティザー」「試聴動画」「クロスフェード」)
_SONG_OWN_VIDEO = re.compile(r"music video|\bmv\b|ノンクレジット|creditless|non-credit|lyric\s+video|リリックビデオ|ミュージックビデオ|"
                             r"ミュージッククリップ|music\s+clip|歌ってみた|踊ってみた|textless|ノンテロップ|"
                             r"\b(?:song|music|single|album)\s+(?:teaser|preview)|楽曲(?:ティザー|ティーザー|PV)|試聴動画|クロスフェード|"
                             r"\bxfd\b|visuali[sz]er|official\s+audio|試聴|(?:キャラクター|キャラ)ソング|"
                             r"(?:オープニング|エンディング|(?<![A-Za-z])OP|(?<![A-Za-z])ED)\s*(?:映像|ムービー)", re.I)
# a caption naming a song or the opening / ending (and no trailer's kind): that song's or sequence's video
_SONG_CAPTION = re.compile(r"主題歌|挿入歌|テーマ|ソング|オープニング|エンディング|(?<![A-Za-z])(?:OP|ED)(?![A-Za-z])|"
                           r"\b(?:theme|song|opening|ending)\b", re.I)
_NOT_TRAILER = re.compile(r"music video|\bmv\b|ノンクレジット|creditless|non-credit|opening movie|ending movie|"
                          + _SONG_OWN_VIDEO.pattern + "|"
                          r"reaction|review|interview|インタビュー|生放送|live stream|配信番組|"
                          r"\bsizzle\b|showreel|\b(?:anime|\d{4}|winter|spring|summer|fall|seasonal)\s+line-?up\b|ラインナップ|"
                          # a commercial for the source book ("原作コミックス第8巻 CM", "manga volume 3 commercial")
                          r"原作(?:コミックス?|小説|単行本|漫画|マンガ|ノベル)|単行本|(?:コミックス|小説|ノベル)\s*(?:第\s*\d+\s*巻|\d+\s*巻|最新刊)|"
                          r"\bmanga\s+(?:cm|commercial)|\b(?:manga\s+)?(?:volume|vol\.)\s*\d+\s+(?:cm|commercial)|"
                          # the source's own anniversary or sales spot ("Original novel 5th anniversary CM", 「原作5周年記念CM」)
                          r"\b(?:novels?|manga|comics?|books?)\b[^.;|]{0,30}?\b(?:cm|commercial)\b|原作\s*\d+\s*周年", re.I)

_STATION_TIME = re.compile(r"(\d{1,2}\s*/\s*\d{1,2}|\d{1,2}\s*月\s*\d{1,2}\s*日|毎週|[月火水木金土日]曜|\d{1,2}\s*[:：]\s*\d{2}|"
                           r"\b(mon|tues|wednes|thurs|fri|satur|sun)days?\b)", re.I)
_PROFILE_LABEL = re.compile(r"^(年齢|身長|体重|誕生日|血液型|趣味|特技|好きな|嫌いな|所属|学年|性別|職業|出身|星座|一人称|"
                            r"age|height|weight|birthday|blood type|hobby|hobbies|likes|dislikes|occupation|affiliation|"
                            r"gender|species|status|rank|class)", re.I)
# a label that names a book's, a release's or an article's data, never a character
_DATA_LABEL = re.compile(r"^(?:タイトル|作品名|書名|著者|著|作者|イラスト|レーベル|定価|価格|発売日?|出版社?|発行|種類|ソース|出典|引用元|関連リンク|公式サイト|"
                         r"カテゴリー?|ジャンル|企業名|会社名|社名|商号|代表者|設立|資本金|事業内容|所在地|ISBN|title|author|illustrations?|illustrator|label|price|publisher|"
                         r"source|genre|category|"
                         # an article's byline and picture credit (「文：編集部　写真提供：X製作委員会」)
                         r"写真提供|画像提供|写真|撮影|取材|執筆|取材・文|文・写真|photos?(?: by)?|photography|images? courtesy)$", re.I)
_PAST_WORK = re.compile(r"前作|前期|第1期|第一期|前シリーズ|劇場版|だった|でした|以前|かつて|previous season|first season|"
                        r"last season|season 1|previously|was the|were the", re.I)
_PAST_WORK_JA = ("前", "第1期", "第一期", "劇場版", "だった", "でした", "かつて")
_PAST_WORK_EN = ("season", "previously", "was the", "were the")


def _past_work(text: str) -> bool:
    """_PAST_WORK.search(text), skipped when no word one of its matches needs is in the text (the scan of a
    long alternation without case is slow, and it runs on every sentence of long copy)."""
    return ((any(w in text for w in _PAST_WORK_JA) or may_contain_i(text, _PAST_WORK_EN))
            and _PAST_WORK.search(text) is not None)


_SEASON_HINT = re.compile(r"season|第\s*\d+\s*期|\d+\s*期|シーズン|クール|第\s*[\d一二三四五六]\s*[期幕]|\bact\s+[\dIV]", re.I)
_SEASON_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5}
_SEASON_MENTION = re.compile(r"\bseason\s*(?P<a>\d{1,2})\b|\b(?P<b>\d{1,2})(?:st|nd|rd|th)\s+season\b|"
                             r"\b(?P<w>first|second|third|fourth|fifth)\s+season\b|第\s*(?P<c>\d{1,2})\s*[期幕]|"
                             r"(?<![\d第])(?P<d>\d{1,2})\s*期(?!間|限|待|日|末)|シーズン\s*(?P<e>\d{1,2})|"
                             # a season's number in kanji (「第二期」) or written as an act (「第一幕」, "Act I", "Act 2")
                             r"第(?P<k>[一二三四五六])\s*[期幕](?!生)|(?<![a-z])act\s+(?:(?P<f>\d{1,2})\b|(?-i:(?P<r>I{1,3}|IV|VI?))(?![A-Za-z]))",
                             re.I)
_ACT_NUMBERS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6}


def _season_number(m) -> int | None:
    for g in ("a", "b", "c", "d", "e", "f"):
        if m.group(g):
            return int(m.group(g))
    if m.group("k") or m.group("r"):
        return _ACT_NUMBERS.get(m.group("k") or m.group("r"))
    return _SEASON_WORDS.get((m.group("w") or "").lower())


_NOTE_SEASON = re.compile(r"[(（]([^()（）]{1,40})[)）]")
_SHORT_SEASON = re.compile(r"(?<![A-Za-z])S\s?(\d{1,2})(?!\d)")
_NAME_SEP = re.compile(r"(\s*[、,/／;；→⇒]\s*)")   # ("A（第1期）→ B（第2期）": a recast between seasons)


def _note_seasons(note: str) -> set:
    n = unicodedata.normalize("NFKC", note)
    said = {_season_number(m) for m in _SEASON_MENTION.finditer(n)} | {int(x) for x in _SHORT_SEASON.findall(n)}
    said.discard(None)
    return said


# what is left of a note on a person's credit in another season once its season is taken out: particles and glue
# ("第1期では副監督", "Season 1's assistant director", "assistant director on season 1", "第1期から続投")
_PAST_CREDIT_GLUE = re.compile(r"^(?:\s|では|には|は|の|で|にて|から|より|[,、:：・/／'’]|s\b|\b(?:on|in|of|for|from|as|the)\b)+|"
                               r"(?:\s|では|には|は|の|で|にて|から|より|[,、:：・/／]|\b(?:on|in|of|for|from|as|the)\b)+$", re.I)
# a note that keeps its person to that season ("（第1期のみ）", "(season 1 only)", "（第1期まで）"): that season's credit
_SEASON_BOUND_NOTE = re.compile(r"のみ|だけ|限定|まで|\bonly\b|\buntil\b", re.I)
_CARRIED_ON_NOTE = re.compile(r"^(?:続投|引き続き|続けて|参加|登板|returning|continuing|returns|continues)$", re.I)


# a section heading's season qualifier: 「第2期スタッフ」「2期の主題歌」「第2期からの新キャスト」「スタッフ（第2期）」
_OWN_SEASON_QUALIFIER = re.compile(r"^(?:tv\s*アニメ|テレビアニメ|アニメ)?\s*(?P<q>" + _SEASON_MENTION.pattern + r")\s*(?:の|から(?:の)?|より)?\s*|"
                                   r"\s*[(（]\s*(?P<q2>" + _SEASON_MENTION.pattern.replace("?P<", "?P<t") + r")\s*[)）]$", re.I)


def _own_season_qualifier_cut(text: str, season: int) -> str:
    """A heading without its qualifier naming the page's own season ("第2期スタッフ" -> "スタッフ" on season 2's page), so
    the section vocabulary reads it; a qualifier naming another season stays (that block is not this season's)."""
    text = unicodedata.normalize("NFKC", text).strip()
    m = _OWN_SEASON_QUALIFIER.search(text)
    if m is None:
        return text
    q = _SEASON_MENTION.search(m.group(0))
    if q is None or _season_number(q) != season:
        return text
    return (text[:m.start()] + text[m.end():]).strip()


def _past_credit_note_cut(m: re.Match) -> str:
    """A bracketed note naming a season with a role ("（第1期副監督）", "(S1 assistant director)") or a carry-over
    ("（第1期から続投）") tells the person's history, and the credit it follows is this page's: cut it before the line's
    season is read. A bare season ("（第1期）"), one bounding the credit ("（第1期のみ）") or any other note stays."""
    note = unicodedata.normalize("NFKC", m.group(1))
    if _SEASON_BOUND_NOTE.search(note):
        return m.group(0)
    rest = _SEASON_MENTION.sub(" ", note)
    if rest == note:
        return m.group(0)
    rest = _PAST_CREDIT_GLUE.sub("", rest.strip()).strip()
    if rest and (_CARRIED_ON_NOTE.match(rest) or known_role(rest)):
        return " "
    return m.group(0)


def _this_seasons_names(value: str, season: int | None) -> str:
    """'Mika Oda (S2), Ken Sato (S1)' on a season-2 page: a name whose note gives only another season is that
    season's credit, not this one's."""
    if season is None or ("(" not in value and "（" not in value):
        return value
    pieces = _NAME_SEP.split(value)
    names = pieces[0::2]
    if len(names) < 2:
        return value
    keep = []
    for name in names:
        said = set().union(*(_note_seasons(n) for n in _NOTE_SEASON.findall(name))) if _NOTE_SEASON.search(name) else set()
        if not said or season in said:
            keep.append(name)
    return "、".join(keep) if keep and len(keep) < len(names) else value


def _work_season(names) -> int | None:
    """The season number a work's names share ("Tidebound Familiar Season 2", "潮守りのファミリア 第2期"), if any."""
    nums = {_season_number(m) for n in names for m in _SEASON_MENTION.finditer(unicodedata.normalize("NFKC", n))}
    nums.discard(None)
    return nums.pop() if len(nums) == 1 else None


_NOT_AN_ORG = re.compile(r"^各|^ほか|^(?:インターネット|ネット)(?:配信)?(?:では|でも|で|は|$)|各配信|各局|サイト$|参照$|各局|各社|各種|地上波|^全国|^国内|^海外|^世界|^その他|^(?:all\s+)?others?(?:\s+(?:streaming\s+)?(?:services?|platforms?|sites?|stations?|channels?|networks?|outlets?))?$|^more$|^etc|"
                         r"^(?:tv|bs|cs|web|streaming|配信|放送)$|^詳細|^\W+$|^(?:日本|その)$|"   # ("日本での配信は未発表", "そのほか、…")
                         r"^(?:trailers?|teasers?|pvs?|videos?|watch|links?|news|掲示板|ランキング|ログイン)$|"
                         r"^\[|^\^|^第\s*\d+\s*話$|^(?:episode|ep\.?)\s*\d+$|"
                         r"^(?:見放題|レンタル|購入|無料|有料|独占|先行|最速|都度課金|定額|サブスク)(?:配信)?$", re.I)   # wiki "[編集]" links, "^ 出典" notes
_NOT_A_PERSON = re.compile(r"^(オリジナル|オリジナルアニメ(ーション)?|original|original work|original anime|anime original|"
                           r"none|n/a|various|多数|ほか|他|小説|漫画|マンガ|ライトノベル|ゲーム|web小説|webマンガ|novel|"
                           r"manga|light novel|web novel|video game|visual novel)(?:\s*[(（][^)）]*[)）])?$", re.I)
_TIME_PHRASE = re.compile(r"\d{1,2}\s*[:：時]|\b(mon|tues|wednes|thurs|fri|satur|sun)days?\b|毎週|曜|\bjst\b|unknown|\bat\s+(?:\d|midnight|noon)", re.I)   # (not the AT of AT-X)
_BAD_VALUE = re.compile(r"https?://|www\.|^[@#]|©|\(c\)", re.I)


@dataclass
class _Theme:
    kind: str
    num: int | None
    title: str
    artist: str | None
    evidence: str
    order: int = 0
    generic: bool = False   # its kind is only the section's "主題歌" / "Theme songs": a note under it may tell


@dataclass
class _State:
    section: str | None = None
    lang: str | None = None          # a dub section ("English") once a "<Language> cast" header is seen
    pending: str | None = None       # a label waiting for its value lines
    pending_values: int = 0
    episode_credit: tuple | None = None  # (label, line) of a credit whose name carries an episode note ("Script: X (eps 1-4)")
    pending_actor: str | None = None
    pending_cv: str | None = None        # a character whose actor is on the next line
    last_name_line: str | None = None
    last_name_latin: str | None = None   # the Latin form printed under a character's name (ROUGE REDSTAR)
    heading_at: int = -1
    theme_kind: str | None = None    # inside a theme section: the kind set by an "Opening"/"Ending" line
    theme_rank: int = 0              # the heading rank (h2 -> 2) that set theme_kind; 0 when no heading did
    onair_rank: int = 0              # the heading rank that opened an onair/streaming part; 0 when no heading did
    theme_num_auto: dict = field(default_factory=dict)
    row_section: bool = False        # the section was opened by a table's label cell, not a heading
    keep_pending: bool = False       # a "Station：date" line under a schedule label: more stations follow
    themes_seen: int = 0
    news: bool = False               # inside the site's own NEWS list
    story: bool = False              # inside the work's own story / introduction part (its character cards count)
    release_ref: int | None = None   # index in col.dates of a "放送開始：1月7日" label's day: station slots may follow
    theme_line: int = -2             # the line that added the latest theme song
    other_medium: int = 0            # inside a part headed by another medium (ドラマCD, stage play): its heading rank
    other_medium_rows: bool = False  # inside an infobox's part headed by another medium (a 「舞台」 header row)
    dated_entries: str | None = None  # a release label whose value is a list of dated lines ("Vintage:"): its label
    dated_bare: bool = False          # …whose first entry had a note: a bare date under it is an entry too
    other_works: bool = False        # under a heading of the same staff's or studio's other works (「■同じスタッフの作品」)
    last_credit: int = -9            # the line of the latest "Role：Name" credit outside any section (an info box)
    broadcast_line: int = -9         # the line of the latest broadcaster label or station row
    release_at: int = -1             # the line that set release_ref (its own slots are read after it)
    special: int = 0                 # inside a part headed by a special program (放送直前特番): its heading rank (9: a mark line)
    earlier_songs: bool = False      # under a short title line of another season's songs (「第1期 主題歌」)


# (the patterns of _Collector.cast, compiled once)
_CHAR_DESCRIPTION = re.compile(r",\s+(?=[a-z])|\s+[-–—]\s+(?=[a-z])")
# a cast card's heading: the name, its kana reading, then "／" and the character's part in the story
_READING_THEN_PART = re.compile(r"([(（][\u3040-\u30ff\s・]{2,30}[)）])\s*[/／].*$")
_BRACKETED_CHAR = re.compile(r"^[【\[［〔]([^】\]］〕]+)[】\]］〕]\s*(?:cv|c\.v\.?|声|声優)?$", re.I)
_ACTOR_DESCRIPTION = re.compile(r"\s+[-–—]\s+(?=[a-z])")
_PAREN_NOTE_TIGHT = re.compile(r"\s*[(（][^)）]*[)）]")
_SENTENCE_END = re.compile(r"[.!?]\s|[.!?]$")
_PROFILE_VALUE = re.compile(r"\d|(?:歳|才|cm|kg|月|日)$")
_LATIN_LETTER = re.compile(r"[A-Za-z]")


# a line led by a quoted title and what about it follows ("『X』ステージ：…", 「『X』第2期の新情報：…」「『X』では…」, '"X" panel: …',
# '“X” booth —'): the line's news is that title's
_OTHER_TITLE_TOPIC = re.compile(
    r"^[\s・■●◆▼★☆\-*•【\[(]*(?:『(?P<t>[^』]{1,60})』(?:\s*第\s*\d{1,2}\s*期)?\s*(?:の\s*)?(?:(?:スペシャル)?ステージ|ブース|イベント|"
    r"パネル|トークショー|発表|新情報|情報)?\s*[】\])]?\s*(?:[:：]|では|は(?!じ))|"
    r"[\"“](?P<t2>[^\"”]{1,60})[\"”](?:\s*season\s*\d{1,2})?\s*(?:panel|stage|booth|showcase|presentation)\s*[:：\-–—])", re.I)


class _Collector:
    def __init__(self, work, default_year: int | None, published: PartialDate | None = None):
        self.work = work
        self.default_year = default_year
        self.published = published
        self.facts: list[Fact] = []
        self.themes: list[_Theme] = []
        self.dates: list[tuple[int, PartialDate, str]] = []   # (strength, date, evidence)
        self.station_dates: list[tuple[str, PartialDate, str]] = []
        self.stream_dates: list[tuple[int, PartialDate, str]] = []   # streaming starts: the release only without TV
        self.service_dates: list[tuple[str, PartialDate, str]] = []  # a service's own start day (keyed when it differs)
        self.region_dates: list[tuple[str, PartialDate, str]] = []   # "August 20, 2027 (North America)" in a release list
        self.cast_keys: set[str] = set()
        self.space_lines: list[tuple[list[str], str]] = []   # cast lines of names set apart by ideographic spaces
        self.artist_hints: dict[str, str] = {}
        self.org_fields: dict[str, str] = {}
        self.work_folds = {fold(n) for n in work.names if fold(n)}
        self.season = _work_season(work.names)   # the season a sequel's names give ("… Season 2", "第2期")
        self.film = False
        self.site_streamer: str | None = None   # the streaming service whose own site this is
        self.site_station: str | None = None    # the TV station whose own program page this is
        self.voice_order: tuple[int, int] | None = None   # (anime's place, media count) from a "声の項は…の順" note
        self.absent_orgs: set[str] = set()   # services / stations a table row says do not carry the work

    def names_in(self, text: str) -> bool:
        f = fold(text)
        return any(n and n in f for n in self.work_folds)

    def other_title_line(self, text: str) -> bool:
        """Does a line open with another work's title as its topic (see `_OTHER_TITLE_TOPIC`) and never name this
        work? Its dates, credits and songs are that work's (an event report's list of the day's other stages)."""
        m = _OTHER_TITLE_TOPIC.match(unicodedata.normalize("NFKC", text))
        if m is None:
            return False
        title = fold(m.group("t") or m.group("t2") or "")
        return bool(title) and not self.names_in(text) and not any(title in n for n in self.work_folds)

    def other_season(self, text: str) -> bool:
        """Does a line speak of another season only ("Season 1 starts April 5! Animation production: X" on a
        season-2 site's news list)? Its credits and dates are that season's."""
        if self.season is None or not _SEASON_HINT.search(text):
            return False
        if " from " in text:   # ("The main cast returns from the first season:": who carries on into this one)
            text = _CARRIED_FROM_SEASON.sub(" ", text)
        if "(" in text or "（" in text:   # ("監督 - 森永圭（第1期副監督）": the person's earlier credit, not the line's season)
            text = _NOTE_SEASON.sub(_past_credit_note_cut, text)
        said = {_season_number(m) for m in _SEASON_MENTION.finditer(unicodedata.normalize("NFKC", text))}
        said.discard(None)
        return bool(said) and self.season not in said

    def add(self, field_: str, key: str, value: str, evidence: str, precision: str | None = None):
        value = clean(value)
        key = clean(key, 160)
        if not value or _PLACEHOLDER.match(value):
            return
        if field_ == "episodes" and self.film and SERIES_RUN.search(evidence):
            return   # 「TVシリーズ（全12話）の総集編」 on a film's page: the series' count
        self.facts.append(Fact(field_, key, value, clean(evidence, MAX_EVIDENCE), precision))

    def cast(self, char: str, actor: str, evidence: str, lang: str | None = None, keep_parens: bool = False):
        actor = actor or ""
        actor = _anime_voice(_CITATION.sub("", actor) if "[" in actor else actor, self.voice_order)   # "A[2] / B[3]": a wiki's notes
        if actor and ("(" in actor or "（" in actor) and _ACTOR_LANG.search(unicodedata.normalize("NFKC", actor)):
            # "Mei Sato (Japanese), Amy Roe (English)": one credit per dub
            for who, lg in _lang_actors(actor):
                if who != actor:
                    self.cast(char, who, evidence, lg or lang, keep_parens)
            return
        char = _CHAR_DESCRIPTION.split(unicodedata.normalize("NFKC", char or ""))[0]
        if "/" in char or "／" in char:
            char = _READING_THEN_PART.sub(r"\1", char)   # "柏木 響（かしわぎ ひびき）／第1ヴァイオリン": the name, not the part
        char = _clean_name(char, keep_parens=keep_parens)
        if char[:1] in "【[［〔":
            char = _BRACKETED_CHAR.sub(r"\1", char).strip()   # "【ユナ】CV："
        else:
            char = char.strip()
        if char.endswith("役") and _CJK_ROLE_END.search(char) and len(char) >= 3:
            char = char[:-1]   # "ミナ役：声優" — the role of ミナ
        # "Kaede Fujimura – the moth": a description of the role after a dash is not the actor's name
        actor = _ACTOR_DESCRIPTION.split(unicodedata.normalize("NFKC", actor or ""))[0]
        actor = actor.split("※")[0].rstrip()   # "小鳥遊ねね ※二役": a note after the name
        raw = unicodedata.normalize("NFKC", actor or "")
        if "(" in raw or "（" in raw:
            raw = _PAREN_NOTE_TIGHT.sub("", raw)
        if len(raw.split()) > 6 or raw.count(",") >= 2 or _SENTENCE_END.search(raw.strip()):
            return  # a sentence, not an actor's name
        if _PROFILE_LABEL.search(char) or _PROFILE_VALUE.search(raw.strip()):
            return  # a character profile line ("身長：158cm", "誕生日：4月1日"), not a credit
        if _DATA_LABEL.match(char):
            return  # "タイトル：…", "著者：…", "ソース：…" after the cast list: a book's or the article's data, no part
        if _LATIN_LETTER.search(char) and not _CJK_RE.search(char) and not _looks_like_name_key(char):
            return
        for a in _split_people(_this_seasons_names(actor, self.season)):
            a = _ACTOR_TAIL.sub("", _clean_name(a))
            if not a or not char or _PLACEHOLDER.match(a) or _PLACEHOLDER.match(char):
                continue
            if len(a) > 40 or len(char) > 60 or fold(char) in self.work_folds and not self._title_character(char):
                continue
            key = f"{char} [{lang}]" if lang and lang.lower() not in ("japanese", "original") else char
            k = fold(key)
            if k in self.cast_keys:
                return
            self.cast_keys.add(k)
            self.add("cast", key, a, evidence)
            return

    def _title_character(self, char: str) -> bool:
        """A short name of the work that its full title holds ("リリィ・ベル" of "蒸気街のリリィ・ベル"): the title
        character's name, a part in a cast credit (the work's full title never is)."""
        f = fold(char)
        return any(f in n and f != n for n in self.work_folds)

    def staff(self, label: str, value: str, evidence: str):
        kind = credit_kind(label)
        if kind == "committee":
            return
        names = _split_people(_this_seasons_names(value, self.season), people=kind != "studio")
        if kind == "studio":
            names = [p for n in names for p in re.split(r"\s*×\s*", n)]   # a joint production: "Studio A×B"
            for n in names:
                n = _clean_name(n)
                if n and not is_committee(n) and not _PLACEHOLDER.match(n):
                    self.add("studio", org_key(n), org_display(n), evidence)
            return
        roles = roles_of(label)
        for n in _joint_credit(_this_seasons_names(value, self.season), names):
            n = _clean_name(n)
            if not n or is_committee(n) or _PLACEHOLDER.match(n) or len(n) > 50 or _NOT_A_PERSON.match(n):
                continue
            if not any(c.isalnum() for c in n):
                continue   # 「音楽：☆」「Music: —」: marks only, no name
            for r in roles:
                if r:
                    self.add("staff", r, n, evidence)

    def org(self, field_: str, name: str, evidence: str, *, from_table: bool = False):
        name = _clean_org(name)
        if not name or _PLACEHOLDER.match(name) or len(re.sub(r"\s*\([^()]*\)$", "", name)) > 40 \
                or len(name) > 160 or _NOT_AN_ORG.search(name):   # (a region list after the name is no part of it)
            return
        k = org_key(name)
        if k in self.absent_orgs and not from_table:
            return   # "Netflix | Not available" in the page's table: no other line of it makes Netflix a carrier
        if from_table:
            self.org_fields[k] = field_
        elif self.org_fields.get(k, field_) != field_:
            return  # a table with a header already said what this name is
        self.add(field_, org_key(name), org_display(name), evidence)

    def start_date(self, text: str) -> PartialDate | None:
        return _start_date(text, self.default_year, self.published)

    def date(self, strength: int, text: str, evidence: str):
        d = self.start_date(text)
        if d is not None:
            self.dates.append((strength, d, evidence))

    def service_date(self, name: str, text: str, evidence: str):
        """A streaming service's start ("ABEMA 4月12日(月)12:00より配信"): the release when nothing airs on
        TV, else a keyed release date when its day differs from the first airing."""
        d = self.start_date(text)
        if d is not None and d.rank == 3:
            self.service_dates.append((name, d, evidence))
            self.stream_dates.append((2, d, evidence))

    def theme(self, kind: str, num: int | None, title: str, artist: str | None, evidence: str):
        generic = kind == "theme"
        if kind == "theme":   # 主題歌 / "theme song": a TV series' opening, a film's ending (FACTS.md)
            kind = "ending" if self.film else "opening"
        title, artist = _title_paren_artist(title, artist)
        title = _clean_title(title)
        if not title or _PLACEHOLDER.match(title) or fold(title) in self.work_folds:
            return
        sm = SERIES_SONG.search(evidence) if evidence and ("TV" in evidence or "テレビ" in evidence) else None
        if sm and title in evidence[sm.end():sm.end() + 80] and _FILM_NAME.search(" ".join(self.work.names)):
            return   # 「TVシリーズのOPテーマ「X」は…」 on a film's page: the series' song
        artist = _clean_artist(artist_out_of_clause(artist)) if artist else None
        self.themes.append(_Theme(kind, num, title, artist or None, evidence, len(self.themes), generic))


# a film's name ("劇場版 X", "X the Movie", 「映画 X」)
_FILM_NAME = re.compile(r"劇場版|映画|劇場アニメ|\bmovie\b|\bfilm\b", re.I)
# a title whose closing quote is followed by its artist in brackets, the opening quote cut off by the label reader
# ('Signal Fire" (Minnow Hour)' from 'Opening theme: "Signal Fire" (Minnow Hour)')
_TITLE_QUOTE_PAREN = re.compile(r"^[\"“]?(?P<t>[^\"“”]{1,80}?)[”\"]\s*[(（](?P<a>[^()（）]{1,40})[)）]$")
def _title_paren_artist(title: str, artist: str | None) -> tuple[str, str | None]:
    """'Signal Fire" (Minnow Hour)' -> ('Signal Fire', 'Minnow Hour'): the closing quote ends the title."""
    m = _TITLE_QUOTE_PAREN.match(title.strip()) if title and ("\"" in title or "”" in title) else None
    if m is None:
        return title, artist
    return m.group("t"), artist or m.group("a")


class _MainTags:
    """page.main's tags by name from one walk of the tree, and each table's own rows once: five readers go
    through its tables, two through its links (find_tags and table_rows walked the tree again each time).
    Lives for one extract() call, while nothing changes the tree."""

    def __init__(self, main):
        self.all: list = []
        self.by_name: dict[str, list] = {}
        self._rows: dict[int, list] = {}   # id(table) -> its rows; the tables stay alive in self.all
        for d in main.descendants:
            if isinstance(d, Tag):
                self.all.append(d)
                self.by_name.setdefault(d.name, []).append(d)
                if d.prefix:
                    self.by_name.setdefault(f"{d.prefix}:{d.name}", []).append(d)

    def named(self, name: str) -> list:
        """find_tags(main, name), in document order (not to be changed by the caller)."""
        return self.by_name.get(name, [])

    def any_of(self, names) -> list:
        """find_tags(main, names)."""
        names = frozenset(names)
        return [t for t in self.all if t.name in names or (t.prefix and f"{t.prefix}:{t.name}" in names)]

    def rows(self, table) -> list:
        """table_rows(table) (not to be changed by the caller)."""
        got = self._rows.get(id(table))
        if got is None:
            got = self._rows[id(table)] = table_rows(table)
        return got


class LabelsExtractor(Extractor):
    name = "labels"
    priority = 70

    def extract(self, page, work):
        col = _Collector(work, _context_year(page), getattr(page, "published", None))
        col.film = _is_film(page)
        col.site_streamer = _site_streamer(page)
        col.site_station = _site_station(page)
        lines = page.lines()
        tags = _MainTags(page.main)
        listed = _read_tables(tags, col)
        _read_cast_tables(tags, col)
        _read_cast_spans(tags, col)
        _read_cast_class_blocks(tags, col)
        _read_dub_cast_grids(tags, col)
        _read_credit_rows(tags, col)
        done = _read_header_tables(tags, col) + listed + _read_theme_tables(tags, col)
        if done:
            lines = _without_runs(lines, done)
        _read_lines(lines, col)
        if col.site_streamer:
            _read_site_premiere(lines, col)
            _read_site_hero(lines, col)
        _read_link_cards(tags, col)
        _read_service_links(tags, col)
        _read_videos(page, col)
        if not page.multi_work:
            _read_meta(page, col)
        return _finish(col)


# ---------------------------------------------------------------------- lines
@lru_cache(maxsize=8192)
def _section_of(text: str) -> tuple[str | None, str | None]:
    if "[" in text or "［" in text:   # (every _EDIT_LINK match has its bracket: no scan of other headings)
        text = _EDIT_LINK.sub("", text)   # a wiki heading's "[edit]" / "[編集]" link is chrome, not the heading
    t = text.strip(" ・■□●○◆◇▼▽★☆※【】[]〈〉<>#:：-–—|†‡¶§").strip()   # (†, ¶: a wiki heading's permalink anchor)
    t = re.sub(r"\s+", " ", t)
    if not t or len(t) > 60:
        return None, None
    m = _LANG_SECTION.match(t)
    if m and not re.match(r"(?:voice|main|full|new|core|anime|series|tv|key|dub|film|movie|show|production|additional|"
                          r"supporting|returning|principal|the|our|more|other)\b", m.group(1), re.I):   # "Voice cast" names no dub
        kind = {"staff": "staff", "cast": "cast", "companies": "companies"}[m.group(2).lower()]
        return kind, m.group(1)
    dm = _DUB_HEADING.match(t) if "ub" in t else None
    if dm:   # "English dub": the dub's section, its "Actor as Character" list that dub's cast
        return "cast", _LANG_CANON.get(dm.group(1).casefold(), dm.group(1).title())
    cands = [t]
    # "STAFFスタッフ", "ON AIR 放送・配信情報": an English word and its Japanese twin
    mm = re.match(r"^([A-Za-z][A-Za-z &/.'-]*?)\s*([^\x00-\x7f].*)$", t)
    if mm:
        cands += [mm.group(1).strip(), mm.group(2).strip()]
    if "/" in t or "／" in t:   # "配信情報 / Streaming": the Japanese heading first, its English twin after a slash
        twins = [p.strip() for p in re.split(r"\s+[/／]\s+|／", t) if p.strip()]
        if len(twins) == 2 and twins[0].isascii() != twins[1].isascii():   # (not "ON AIR / MOVIE / MUSIC": a category list)
            cands += twins
    for c in cands:
        for kind, pat in _SECTION_VOCAB:
            if pat.match(c):
                lm = _HEAD_LANG.search(t) if kind in ("cast", "staff") else None
                return kind, (_LANG_CANON.get(lm.group(0).casefold(), lm.group(0).title()) if lm else None)
    qm = _QUESTION_SECTION.match(t)   # explainers: "Who is in the cast?", "Who is making it?"
    if qm:
        return ("cast" if qm.group(1) else "staff"), None
    tm = _TITLED_SECTION.match(t)   # "Velvet Orbit Cast", "Velvet Orbit Season 2 English Dub Cast"
    if tm and not _TITLED_NOT.search(tm.group("pre")):
        kind = "cast" if re.search(r"\bcast\b", t, re.I) else "staff"   # ("Staff & Cast" reads as the vocabulary's)
        lm = _HEAD_LANG.search(t)
        return kind, (_LANG_CANON.get(lm.group(0).casefold(), lm.group(0).title()) if lm else None)
    return None, None


# a heading naming a dub by its language alone: "English dub", "English Dub"
_DUB_HEADING = re.compile(r"^(english|french|german|spanish|italian|portuguese|korean)\s+dub$", re.I)
_EDIT_LINK = re.compile(r"\s*[\[［]\s*(?:edit|編集|ソースを編集|edit source)(?:\s*[|｜]\s*(?:edit source|ソースを編集))?\s*[\]］]\s*$",
                        re.I)
_TITLED_SECTION = re.compile(r"^(?P<pre>[^:：.!?。「」]{1,40}?)\s+(?:(?:anime|tv|series|film|movie|main|voice|english|japanese|"
                             r"dub|season \d+|s\d+)\s+){0,3}(?P<k>cast|staff|crew)(?:\s*(?:&|and)\s*(?:staff|cast|crew))?$", re.I)
# a headline, not a section: "Velvet Orbit Reveals Cast", "Meet the New Cast"
_TITLED_NOT = re.compile(r"\b(?:reveals?|announces?|adds?|unveils?|confirms?|casts?|names?|new|more|additional|meet|"
                         r"about|the|and|with|joins?|join|for|full|of|our)\b|[,;]", re.I)


# a sentence that introduces the list below it as a dub's cast ("… revealed the English dub cast, which …:")
_DUB_CAST_INTRO = re.compile(r"\b(?:the|its|an?)\s+(?P<l>English|French|German|Spanish|Latin\s+American\s+Spanish|Italian|Portuguese|Korean)"
                             r"\s+dub(?:bed)?\s+(?:voice\s+)?cast\b")
# "English Dub Cast", "Cast (English dub)", "英語吹替キャスト": the language of the dub a heading's list credits
_HEAD_LANG = re.compile(r"\b(?:english|french|german|spanish|italian|portuguese|korean|mandarin|chinese|japanese)\b|英語|日本語",
                        re.I)
_QUESTION_SECTION = re.compile(r"^who(?:'s|’s| is| are)\s+(?:(?:in|voicing)\s+the\s+(?:voice\s+)?(cast)|"
                               r"(?:making|behind|animating|directing)\s+(?:it|the\s+(?:anime|series|show)))\s*\??$", re.I)


_ANNOUNCE_VERB = re.compile(r"(放送|配信|公開)\s*(開始|スタート|決定|予定|中)|(より|から)\s*(?:順次|独占|見放題|最速|先行|同時)*\s*(放送|配信|公開)|on ?air|にて.{0,8}(放送|配信)|"
                            r"premieres?|premiering|airs? (from|on|in|starting)|will air|begins airing|start(s|ing)? airing|"
                            r"放送!|放送$|放送スタート|ロードショー|全国(?:劇場)?公開|劇場公開|上映開始|"
                            r"in theaters|theatrical(?:ly)? release", re.I)
_NOT_RELEASE_CONTEXT = re.compile(r"発売|上映会|先行上映|イベント|開催|release[sd]? on (blu|dvd|cd)|blu-?ray|dvd|\bcd\b|"
                                  r"volume|巻|screening|event|concert|ライブ|放送時間変更|変更のお知らせ|休止|"
                                  # "PV 2 premiered at Anime Harbor 2026!": the video's premiere, not the show's
                                  r"\b(?:pv|trailer|teaser|video|visual)\s*#?\d*\s+(?:(?:that|which)\s+)?(?:(?:was|has|had)\s+)?premiered\b", re.I)
_KNOWN_STREAMERS = {"crunchyroll", "netflix", "amazonprimevideo", "disney", "hulu", "hidive", "abema", "unext",
                    "danimestore", "niconico", "bandaichannel", "bilibili", "museasia", "anioneasia", "iqiyi"}


def _announce(text: str, col: _Collector, strength: int, stations: bool = True) -> bool:
    """Headline copy ("2024年1月10日(水)よりフジテレビほかにて放送開始", "OCTOBER 2025 ON AIR"): date and stations."""
    t = unicodedata.normalize("NFKC", text)
    if not _ANNOUNCE_VERB.search(t) or _NOT_RELEASE_CONTEXT.search(t):
        return False
    if "after" in t and _AFTER_TV.search(t):
        return False   # "starting January 16, a week after the TV premiere": a later start, not the premiere's
    got = False
    streamers: list[str] = []
    if stations:
        # the work's own title in quotes (『ラストオーダーは深海で』から放送) holds no station
        ts = re.sub(r"[『「][^』」]{1,80}[』」]", lambda q: "『』" if col.names_in(q.group(0)) else q.group(0), t)
        for m in _meta_stations(ts):
            rest = m.group("rest")
            if not re.search(r"放送|配信|オンエア|on ?air", rest, re.I):
                continue
            field_ = "streaming" if re.search(r"配信", rest) and not re.search(r"放送", rest) else "broadcaster"
            lst = m.group("list")
            when = find_first(lst, 2000)
            if when is not None:
                lst = lst[when[2]:]
            lst = re.sub(r"^.*(?:\d{1,2}\s*[日月](?!本)|\d{1,2}[/.]\d{1,2}|[月火水木金土日]\)|\)|\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?)"
                         r"\s*(?:より|から|~|〜)?\s*", "", lst, flags=re.I)
            lst = re.sub(r"^\s*(?:\([^)]*\)|[A-Z]{3}\b)?\s*(?:より|から|~|〜)?\s*", "", lst)
            lst = re.sub(r"^\s*(?:毎週|毎日)\s*(?:[月火水木金土日]曜日?)?\s*", "", lst)   # "毎週月曜24:00~ TOKYO MX"
            lst = _LEAD_TIME.sub("", lst)   # "25:00~ TOKYO MX" -> "TOKYO MX"
            lst = re.split(r"[がはを]", lst)[-1]
            lst = re.split(r"[」』]|[:：](?!\s*\d)", lst)[-1]   # "TVアニメ『』テレビ東京・AT-Xにて", "配信:dアニメストア": what comes before
            parts = _split_dots([p.strip() for p in re.split(r"[、,，/／]|・(?=[A-Z\u30A0-\u30FF\u4E00-\u9FFF])", lst) if p.strip()])
            if not parts or any(len(p) > 24 for p in parts):
                continue
            region = re.match(r"\s*(?:予定|開始)?\s*([(（][^)）]{1,30}[)）])", rest[rest.find("配信") + 2:] if "配信" in rest else "")
            for p in parts:
                if field_ == "streaming" and region:
                    p = p + region.group(1)
                if org_key(p) in _KNOWN_STREAMERS and field_ == "broadcaster":
                    col.org("streaming", p, t)
                else:
                    col.org(field_, p, t)
                if field_ == "streaming":
                    streamers.append(p)
                got = True
    tv = _VIDEO_PAREN_DATE.sub(lambda q: q.group(1) + " " * len(q.group(2)), t) if "(" in t else t   # 「PV第1弾（2026年7月公開）」
    kept = _without_old_dates(tv, col.default_year)
    own = _without_sequel_dates(kept, col)
    d = col.start_date(own)
    if d is None:
        mm = re.search(r"(?<!\d)(\d{1,2})\s*月\s*(?:上旬|中旬|下旬)?\s*(?:より|から)", t if own is kept else own)
        if mm and col.default_year and 1 <= int(mm.group(1)) <= 12:
            d = PartialDate(col.default_year, int(mm.group(1)))
    if d is not None and re.search(r"\bdub(?:bed|s)?\b|吹き?替", t, re.I):
        d = None   # "English Dub premieres February 3": the dub's date, not the first airing
    if d is not None and not (d.rank == 0 and not re.search(r"(19|20)\d\d", t)):
        # a streaming start ("…にて 4月6日(日)12:00より順次配信開始") is not the first airing when TV dates exist
        streaming_only = re.search(r"配信|streaming|stream", t, re.I) and not re.search(
            r"放送|on ?air|broadcast|premiere|airs?\b|airing", t, re.I)
        (col.stream_dates if streaming_only else col.dates).append((strength, d, t))
        if streaming_only and d.rank == 3 and len(_DAY_MENTION.findall(t)) == 1:
            for name in streamers:   # "dアニメストア・Netflixでは1月9日(土)12:00より配信開始": each service's own day
                col.service_dates.append((_clean_org(name), d, t))
        got = True
    return got


# a video's own date in brackets after its name: not the show's start
_VIDEO_PAREN_DATE = re.compile(r"((?:PV|弾|特報|予告|映像|ティザー|トレーラー)\s*\()([^()]{3,24})(?=\))")
_DAY_MENTION = re.compile(r"\d{1,2}\s*月\s*\d{1,2}\s*日|(?<!\d)\d{1,2}/\d{1,2}(?!\d)")

# a delay notice names the date it replaces: "当初予定していた1月9日から延期", "originally slated for January 9",
# "1月9日(土)に放送予定だった", "delayed from January 9 to April 3": that date is not the start
_OLD_BEFORE = re.compile(r"(?:当初|もともと|元々|従来|これまで)(?:の|は)?(?:予定|発表|告知)?(?:して|されて)?(?:い|おり)?(?:た|ました)?(?:の)?\s*$|"
                         r"予定(?:して|されて)(?:い|おり)(?:た|ました)\s*$|"
                         r"\b(?:originally|initially|previously|formerly)(?:\s+(?:set|scheduled|planned|slated|announced|due|"
                         r"expected|dated))?(?:\s+(?:to\s+(?:premiere|air|debut|open|launch|begin|start|release)))?"
                         r"(?:\s+(?:for|on|in))?\s*$|"
                         r"\b(?:delayed|postponed|pushed back|moved|rescheduled)\s+from\s*(?:its\s+)?(?:planned\s+)?$|"
                         r"\b(?:had been|was|were)\s+(?:set|scheduled|planned|slated|due|supposed)\s+"
                         r"(?:to\s+[a-z]+(?:\s+[a-z]+){0,3}\s+)?(?:for|on|in)?\s*$", re.I)
_OLD_AFTER_J = re.compile(r"^\s*(?:[(（][^)）]{1,4}[)）])?\s*(?:\d{1,2}\s*(?:[:：]\s*\d{2}|時(?:\s*\d{1,2}\s*分)?)\s*[～〜~-]?\s*)?"
                          r"(?:(?:から|より)(?:の)?\s*(?:放送|配信|公開)?(?:開始)?(?:を|が)?\s*(?:延期|変更|順延|延長)|"
                          r"(?:に|から|より)?\s*(?:放送|公開|配信|上映)?(?:開始)?(?:を|が)?\s*予定(?:して(?:い|おり)(?:た|ました)|"
                          r"されて(?:い|おり)(?:た|ました)|だった|でした))")


def _without_old_dates(text: str, default_year: int | None) -> str:
    """`text` with the dates a delay notice replaces blanked out, so the new date is the one read."""
    if not _OLD_HINT.search(text):
        return text
    from ..dates import find_dates
    from . import withdrawn_plan_date
    out = text
    for m in reversed(find_dates(text, default_year=default_year)):
        if (_OLD_BEFORE.search(text[max(0, m.start - 40):m.start]) or _OLD_AFTER_J.match(text[m.end:m.end + 30])
                or _NOTICE_DAY_AFTER.match(text[m.end:m.end + 30]) or withdrawn_plan_date(text, m.start, m.end)
                or _CHANGE_NOTICE_DAY_AFTER.match(text[m.end:m.end + 60])):
            out = out[:m.start] + " " * (m.end - m.start) + out[m.end:]
    return out


# a later installment a date may belong to: numbered ("Season 2", 「第2期」: later when above the work's own season) or
# not ("a sequel", 「続編」: later unless the work itself is a season above the first)
_LATER_MARK = re.compile(r"(?P<bare>続編|次期シリーズ|新シーズン|\bsequel\b|\bnext\s+season\b)|" + _SEASON_MENTION.pattern, re.I)
_LATER_ASIDE = re.compile(r"[(（][^()（）]{0,120}[)）]|,\s*(?:which|whose|who|that|with|after|as|while|though|although)\b[^,;]{0,100},|"
                          r"(?:^|(?<=\. ))(?:With|After|As|While|Though|Although|Following)\b[^,;]{0,100},", re.I)
_DATE_OPENS_SEGMENT = re.compile(r"\s*(?:(?:in|by|from|starting|beginning|come|on|as\s+of)\s+)?(?:early|mid|late)?[\s-]*", re.I)
_LATER_AFTER_DATE = re.compile(r"\s*(?:[(（][^)）]{1,4}[)）])?\s*(?:には|にも|に|頃|ごろ|,)?\s*(?:(?:a|an|the|its)\s+)?", re.I)


def _later_installment_mark(m, season: int | None) -> bool:
    """Does a _LATER_MARK match name an installment after the watched work (whose own season is `season`)?"""
    if m.group("bare"):
        return (season or 1) == 1
    n = _season_number(m)
    return n is not None and n > (season or 1)


def _season_named_with_title(text: str, m, col) -> bool:
    """"Lantern Bay season 2 premieres …", 「『W』第2期」 for a work watched by its bare title: the season is named as the
    work's own (the title with no season covers it)."""
    if col.season is not None or m.group("bare"):
        return False
    head = fold(text[max(0, m.start() - 80):m.start()].rstrip(" \u3000』」\"”’:：-–"))
    return bool(head) and any(n and head.endswith(n) for n in col.work_folds)


def _without_sequel_dates(text: str, col) -> str:
    """`text` with the dates a later installment owns blanked out (「続編は2028年1月から放送予定」, 「2028年には第2期が
    放送」, "a second season is set for 2028"): a season-1 page's sequel news is no release of the work; a date after
    the work's own name, past the marker, stays (「続編の制作が決定した『W』は1月から放送」)."""
    if not _LATER_MARK.search(text):
        return text
    from ..dates import find_dates
    out = text
    plain = _LATER_ASIDE.sub(lambda a: " " * len(a.group()), text)   # ("X, whose second season was announced, premieres …")
    for m in reversed(find_dates(text, default_year=col.default_year)):
        seg_start = max(text.rfind("。", 0, m.start), text.rfind(". ", 0, m.start)) + 1
        last = None
        for last in _LATER_MARK.finditer(plain, seg_start, m.start):
            pass
        gap = text[last.end():m.start] if last is not None else ""
        of = re.match(r"\s*(?:of|to)\s", gap)   # "the sequel to OTHER": a sequel the work itself is
        owned = last is not None and _later_installment_mark(last, col.season) and not _season_named_with_title(text, last, col) and (
            (col.names_in(re.split(r"[,;、]", gap[of.end():])[0]) and (col.season is not None or bool(last.group("bare"))))
            if of else not col.names_in(gap))   # ("Season 2 of W" for the bare title W: W's own season)
        if not owned:
            lead = _LATER_AFTER_DATE.match(text, m.end)
            if lead and re.search(r"[,a-zA-Z]", lead.group()) and not _DATE_OPENS_SEGMENT.fullmatch(text, seg_start, m.start):
                lead = None   # "X premieres in January 2027, its second season in July 2028": the first date is X's
            nm = _LATER_MARK.match(text, lead.end()) if lead else None
            owned = nm is not None and _later_installment_mark(nm, col.season)
        if owned:
            out = out[:m.start] + " " * (m.end - m.start) + out[m.end:]
    return out


# the notice's own day in the same paragraph ("製作委員会が11月26日、公式サイトで発表した"; "announced on November 26")
_NOTICE_DAY_AFTER = re.compile(r"^\s*(?:[(（][^)）]{1,4}[)）])?\s*(?:、|に|,)\s*(?:(?!放送|配信|公開|上映)[^。]){0,16}(?:発表|告知|発信|announced)", re.I)
# a change notice's own day as its dateline: 「11月20日、TVアニメ『X』の放送時期の変更が発表されました」 (the day it was told,
# not a start; only a change or delay, since 「4月6日、放送開始決定」 may be the start itself)
_CHANGE_NOTICE_DAY_AFTER = re.compile(r"^\s*(?:[(（][^)）]{1,4}[)）])?\s*[、,]\s*[^。]{0,40}?(?:放送|配信|公開)(?:時期|日|開始日|日程|スケジュール)?"
                                      r"(?:の|を)?(?:再?延期|変更)(?:が|を)?(?:発表|告知|決定)")
_OLD_HINT = re.compile(r"当初|もともと|元々|従来|これまで|予定(?:して|されて)(?:い|おり)|予定だった|予定でした|延期|変更|順延|"
                       r"取り?消|撤回|白紙|旧(?:日程|予定|告知|発表)|以前(?:の)?(?:告知|発表|予定|お知らせ)|withdrawn|scrapped|cancell?ed|rescinded|called off|"
                       r"originally|initially|previously|formerly|delayed|postponed|pushed back|rescheduled|moved|had been|"
                       r"was (?:set|scheduled|planned|slated|due|supposed)", re.I)


_SEG_SPLIT = re.compile(r"(\s*[/／|｜·•]\s*|\s+・\s+|(?<=[.。])\s+)")


@lru_cache(maxsize=8192)
def _known_label(label: str) -> bool:
    f = _fold_label(label)
    if not f or len(f) > 30:
        return False
    if _theme_label(label) or credit_kind(label) != "staff" or is_known_credit(label):
        return True
    if f in _RELEASE_LABELS or f in _EPISODE_LABELS or f in _STREAM_LABELS or f in _BROADCAST_LABELS:
        return True
    return _section_of(label)[0] in ("cast", "staff", "music", "onair", "streaming")


_SPACE_THEN_LABEL = re.compile(r"\s+(?=(?P<l>[^\s:：/／|｜]{1,24})\s*[:：])")   # (a combined role: "キャラクターデザイン・総作画監督")


def _first_label_end(text: str) -> int:
    """Where the line's first label ends (its colon): "Art Director: A" holds no cut before its own "Director"."""
    a, b = text.find(":"), text.find("：")
    ends = [i for i in (a, b) if i >= 0]
    return min(ends) if ends else 0


def _label_words_start(text: str, cut: int, label: str, floor: int) -> int | None:
    """A later label of several words ("… Sound Director: B", "… Character Design: C") is cut before its first
    word, not before its last: the longest run of up to three words before it that still makes a known label
    (None when neither the last word nor any such run is one)."""
    best, pos, words = (cut if _known_label(label) else None), cut, label
    for _ in range(3):
        head = text[:pos].rstrip()
        sp = max(head.rfind(" "), head.rfind("\u3000"))
        word = head[sp + 1:]
        if not word or sp + 1 <= floor or ":" in word or "：" in word:
            break
        words = word + " " + words
        pos = sp if sp >= 0 else 0
        if _known_label(words):
            best = pos
    return best


def _space_segments(text: str) -> list[str]:
    """Split before every known credit label that follows a space ("Director: A Music: B" / "原作：A　制作：B")."""
    first_end = _first_label_end(text)
    cuts = [c for m in _SPACE_THEN_LABEL.finditer(text, first_end)
            if (c := _label_words_start(text, m.start(), m.group("l"), first_end)) is not None]
    if not cuts or not _label_match(text[:cuts[0]].strip()):
        return [text]
    bounds = [0] + cuts + [len(text)]
    return [text[a:b].strip() for a, b in zip(bounds, bounds[1:]) if text[a:b].strip()]


_EARLIER_SEASON = re.compile(r"第\s*[1１一]\s*期|前作|前期|前シリーズ|\b(?:first|previous|last)\s+season\b|\bseason\s*1\b", re.I)


def _earlier_season_label(piece: str) -> bool:
    """Does the theme label opening this piece name an earlier season ("第1期の楽曲はこちら（OP", "Season 1 songs (OP")?
    The songs split off after it ("／ED：…") are that season's too, though they do not repeat it."""
    if not ("期" in piece or "前" in piece or may_contain_i(piece, ("season",))):
        return False
    lm = _label_match(piece.strip())
    return (lm is not None and _EARLIER_SEASON.search(lm.group("label")) is not None
            and _theme_label(lm.group("label")) is not None)


# a table caption naming the work, then what the table is: 「TVアニメ『X』放送情報」
_TITLED_CAPTION = re.compile(r"[』」]\s*の?\s*(?P<rest>[^『』「」]{2,20})$")


def _role_shaped_label(label: str) -> bool:
    """「原作イラスト」 in 「原作：A／原作イラスト：B／監督：C」: an unknown label ending on a role noun is a credit's
    own piece, not part of the value before it."""
    return len(label) <= 16 and _ROLE_NOUN.search(_fold_label(label)) is not None and _plausible_role(label)


# a credit restated in the other language in brackets after it: 「美術監督：柚木沙織（Art Director: Saori Yunoki）」,
# "Music: Ken Aoi (音楽：青井健)"
_RESTATED_CREDIT = re.compile(r"^(?P<l1>[^:：()（）]{2,30}?)\s*[:：]\s*(?P<v1>[^:：()（）]{1,40}?)\s*[(（]\s*"
                              r"(?P<l2>[^:：()（）]{2,30}?)\s*[:：]\s*(?P<v2>[^:：()（）]{1,40}?)\s*[)）]\s*$")


def _restated_credit(text: str) -> str | None:
    """'Label: name (same label in the other language: the name in its other script)' -> 'Label: name（other
    script）', one credit of one person (the bracket is no second pair); None when the bracket is another credit."""
    m = _RESTATED_CREDIT.match(text)
    if m is None:
        return None
    r1, r2 = roles_of(m.group("l1")), roles_of(m.group("l2"))
    if not r1 or r1 != r2 or not all(known_role(r) for r in r1) or credit_kind(m.group("l1")) != "staff":
        return None
    return f"{m.group('l1')}：{m.group('v1')}（{m.group('v2')}）"


def _segments(line):
    """'Director: A / Music: B / Animation Production: C' -> one line per labelled pair (dates like 10/7 stay whole)."""
    text = line.text
    if text.count(":") + text.count("：") < 2:
        return [line]
    if ("(" in text or "（" in text) and (one := _restated_credit(text)) is not None:
        from ..page import Line
        return [Line(one, line.kind, line.tag, line.bold)]
    parts = _SEG_SPLIT.split(text)
    if _earlier_season_label(parts[0]):
        return [line]   # "第1期の楽曲（OP：A「X」／ED：B「Y」）": every piece is the earlier season's
    segs: list[str] = []
    for i in range(0, len(parts), 2):
        piece = parts[i]
        sep = parts[i - 1] if i else ""
        lm = _label_match(piece.strip())
        if segs and lm and (_known_label(lm.group("label")) or _role_shaped_label(lm.group("label"))):
            segs.append(piece.strip())
        elif segs:
            segs[-1] += sep + piece
        else:
            segs.append(piece)
    if len(segs) < 2:
        segs = _space_segments(text)   # "原作：水無瀬 透　制作：アニメーション工房ミナモ": pairs set apart by a space only
    if len(segs) < 2:
        return [line]
    from ..page import Line
    return [Line(seg.strip(), line.kind, line.tag, line.bold) for seg in segs if seg.strip()]


# an article's own dates: "公開日：2026年3月28日 ／ 最終更新：2026年11月20日", "Published: May 2 | Updated: May 9"
_BYLINE = re.compile(r"(?:公開日|投稿日|掲載日|配信日|公開|投稿|published|posted)(?:時)?\s*[:：]?\s*.{0,48}?[\d日]\D{0,12}"
                     r"(?:最終更新|更新日|更新日時|更新|last updated|updated|last modified|modified)(?:日|日時)?\s*[:：]", re.I)


# the same line with the update first ("更新日：… 公開日：…"), or an article date beside its writer ("公開日：… ライター：…")
_BYLINE_UPDATE_FIRST = re.compile(r"(?:最終更新|更新日|更新|last updated|updated|last modified)(?:日|日時)?\s*[:：]\s*.{0,48}?[\d日]"
                                  r"\D{0,12}(?:公開日|投稿日|掲載日|公開|投稿|published|posted)(?:時)?\s*[:：]", re.I)
_BYLINE_WRITER = re.compile(r"(?:公開日|投稿日|掲載日|更新日|最終更新|published|posted|updated)\s*[:：]\s*.{0,48}?[\d日]\D{0,12}"
                            r"(?:ライター|執筆者?|著者|筆者|記者|文|編集|author|writer|written by|by)\s*[:：]", re.I)


def _ends_label_songs(heading: str) -> bool:
    """A page heading after songs begun by a label line (「■主題歌」 in a box) starts another part, unless it is a
    song's own title (「Title」) or names a song."""
    return not re.search(r"[「『\"“]", heading) and not _theme_label(heading)


# a start date and its weekly slot, nothing else: 「2027年1月7日(木)より毎週木曜25:28〜」
_START_SLOT_LINE = re.compile(r"^(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:\([^)]{1,3}\)\s*)?(?:より|から)\s*毎週\s*"
                              r"[月火水木金土日]曜日?\s*(?:深夜\s*)?\d{1,2}\s*[:時]\s*\d{0,2}\s*(?:分)?\s*[〜～~]?\s*$")




def _ends_onair_part(text: str, line) -> bool:
    """A bold or heading line marked as a section (「◆PV・CM」, 「■更新履歴」) that names no station: the broadcast
    part above it is over (a station's own bold line, 「■TOKYO MX」, is not)."""
    if not (line.bold or line.kind == "heading") or len(text) > 30 or not _SECTION_MARK.match(text):
        return False
    name = text.strip(" ・■□●○◆◇▼▽★☆【】[]:：")
    return not (_known_org(name) or _STATIONISH.search(name) or re.search(r"\d", name) or _AIRING_PART.search(name))


def _onair_peer_heading(text: str, line, st) -> bool:
    """A heading of the broadcast part's own rank or above ("<h2>Where to stream</h2> … <h2>Trailer</h2>", 「<h3>放送情報
    </h3> … <h3>PV</h3>」) that names no station, day or airing: the part above it is over, so its dated lines (a
    video's upload day) are no station's start."""
    rank = _heading_rank(line)
    if not (st.onair_rank and rank and rank <= st.onair_rank) or len(text) > 40:
        return False
    name = text.strip(" ・■□●○◆◇▼▽★☆【】[]:：")
    return not (_known_org(name) or _STATIONISH.search(name) or re.search(r"\d", name) or _AIRING_PART.search(name)
                or _ONAIR_REGION_HEAD.search(name))


# a broadcast part's own sub-part by region or medium ("Overseas", "International", "In Japan", "Simulcast", 海外, 国内)
_ONAIR_REGION_HEAD = re.compile(r"overseas|international|worldwide|global|japan|domestic|america|europe|asia|oceania|"
                                r"region|countr|simulcast|stream|broadcast|on ?air|airing|watch|海外|国内|世界|北米|欧州|アジア", re.I)


# a heading over a special program, not the series' airing: a pre-broadcast or recap special, a marathon of the earlier
# season (「放送直前特番」「第1期振り返り特番」「一挙放送」「特別番組」, "Pre-premiere special", "Recap special"); no rerun
# (「放送・再放送情報」 heads the series' own stations)
_SPECIAL_PROGRAM_HEAD = re.compile(r"特番|特別番組|直前(?:SP|スペシャル|生放送|番組)|振り返り|一挙(?:放送|配信)|"
                                   r"\b(?:pre-?(?:premiere|broadcast|air(?:ing)?)|premiere|recap|countdown)\s+special\b|"
                                   r"\bmarathon\b|\bspecial\s+(?:program|broadcast)\b", re.I)


def _special_program_heading(text: str) -> bool:
    """Does a short heading name a special program (see `_SPECIAL_PROGRAM_HEAD`)? The stations and days under it are
    that program's."""
    return len(text) <= 40 and _SPECIAL_PROGRAM_HEAD.search(unicodedata.normalize("NFKC", text)) is not None


_SPECIAL_DAY = re.compile(r"\d{1,2}\s*月\s*\d{1,2}\s*日|\d{1,2}\s*/\s*\d{1,2}|\d{4}\s*[./-]\s*\d{1,2}|"
                          r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d", re.I)


def _special_part_line(text: str, line, st: _State) -> bool:
    """Track the part a special program's heading opens (see `_special_program_heading`), up to the next heading of
    its rank or higher; True for each dated line in it (the special's stations and days; its heading, read on, ends
    a broadcast part, and its other lines, a guest cast, are still read)."""
    rank = int(line.tag[1]) if line.kind == "heading" and re.fullmatch(r"h[1-6]", line.tag or "") else \
        9 if len(text) <= 40 and (line.bold or MARK_LED_LINE.match(text)) else 0
    if not rank and line.tag == "dt" and len(text) <= 40:
        rank = 8   # a definition list's term heads its <dd> lines (「<dt>放送直前特番「X」</dt><dd>TOKYO MX：1月6日…</dd>」)
    if rank:
        if _special_program_heading(text):
            st.special = rank
            return False
        if st.special and rank <= st.special:
            st.special = 0
    return bool(st.special) and _SPECIAL_DAY.search(unicodedata.normalize("NFKC", text)) is not None


# a special program named in a dated line or in its table row's label cell (no rerun: 「(再放送：…)」 rides on a station's own
# line); a line that also tells the series' start is the series'
_SPECIAL_INLINE = re.compile(r"特番|特別番組|直前(?:SP|スペシャル|生放送|番組)|振り返り|一挙(?:放送|配信)|"
                             r"\b(?:pre-?(?:premiere|broadcast)|recap|countdown)\s+special\b|\bmarathon\b", re.I)
_SPECIAL_INLINE_WORDS = ("特番", "特別番組", "直前", "振り返り", "一挙", "special", "marathon")
_SERIES_START = re.compile(r"放送開始|配信開始|スタート|より(?:毎週|放送|配信)|\b(?:premieres?|starts?|begins?)\b", re.I)


def _special_days_dropped(col: "_Collector") -> None:
    """The dates a short line or table row states of a special program (see `_SPECIAL_INLINE`: 「直前特番 TOKYO MX：
    1月3日」, 「放送直前特番(TOKYO MX) | 1月3日」) leave the first airing's and the stations' candidates."""
    for name in ("dates", "station_dates", "service_dates", "stream_dates", "region_dates"):
        got = getattr(col, name)
        kept = [x for x in got if not _special_program_day(x[2])]
        if len(kept) != len(got):
            setattr(col, name, kept)


def _special_program_day(evidence: str) -> bool:
    if len(evidence) > 120 or not may_contain_i(evidence, _SPECIAL_INLINE_WORDS):
        return False
    t = unicodedata.normalize("NFKC", evidence)
    return _SPECIAL_INLINE.search(t) is not None and _SERIES_START.search(t) is None


# a broadcast part's own sub-heading: 「◆地上波」「◆BS・CS」「◆関東」「◆配信」 (the part goes on under it)
_AIRING_PART = re.compile(r"地上波|BS|CS|衛星|放送|配信|テレビ|TV|ネット|関東|関西|中部|東海|九州|北海道|全国|地域|エリア|ローカル|局", re.I)


_SECTION_MARK = re.compile(r"^\s*[■□●◆◇▼▽★☆【]")


def _heading_rank(line) -> int:
    """2 for an <h2> line, …; 0 for anything else."""
    tag = line.tag or ""
    return int(tag[1]) if len(tag) == 2 and tag[0] == "h" and tag[1].isdigit() else 0


def _is_byline(text: str) -> bool:
    """An article's publish/update line: its 公開日 is when the article went up, not the anime's release (and the
    writer beside it is no staff or station)."""
    if len(text) > 120 or (":" not in text and "：" not in text):
        return False   # (each byline pattern ends with a colon)
    if "更新" in text or "pdated" in text or "odified" in text:
        if _BYLINE.search(text) or _BYLINE_UPDATE_FIRST.search(text):
            return True
    return bool(_BYLINE_WRITER.search(text)) or bool(_BYLINE_DATE_WRITER.search(text))


# a music or news site's meta line: its category, the date, then its writer ("アニメ主題歌 2026.11.20 TEXT：X",
# "2026/11/20 文：X", "2026.11.26 アニメ主題歌 文：X"): the category is no label and the writer no song (no label before
# the date: 「放送開始：…」 is one)
_BYLINE_DATE_WRITER = re.compile(r"^[^:：\d]{0,30}?(?<!\d)\d{4}\s*[./年-]\s*\d{1,2}\s*[./月-]\s*\d{1,2}日?\s*(?:\([^()]{1,3}\)\s*)?"
                                 r"(?:[^:：\d\s][^:：\d]{0,20}?\s+)?"
                                 r"(?:TEXT|Text|text|文|取材・文|取材/文|ライター|執筆|Writer|Words)\s*[:：]\s*[^:：]{1,24}$")


_SEPARATOR_ONLY = re.compile(r"\s*[|｜:：/／\-–—~〜～・･>＞→]\s*")


# a credit's note of the person's earlier titles after the name: "Kazuha Mitarai [Major works: "A", "B"]",
# "X（代表作：『Y』）": other works, and its colon is no label
_WORKS_NOTE = re.compile(r"\s*[\[(（【]\s*(?:(?:major|main|notable|selected|previous|past|other|representative|principal|key)\s+(?:works?|roles|credits)|代表作|主な作品|主要作品|"
                         r"主な出演作品?|出演作品?|known\s+for|filmography)"
                         # (its titles may carry their parts in brackets: 「（代表作：A（シオン役）、B（ユナ役））」)
                         r"\s*[:：](?:[^\[\]()（）【】]|[(（][^()（）]*[)）])*[\])）】]\s*$", re.I)


# a line opening with its section's name set off by brackets or a mark instead of a colon (「【キャスト】カイ：X／…」,
# 「■スタッフ 監督：X」, "[CAST] Kai: X / …", 「＜STAFF＞」, 「◆CAST◆ …」): the name, then the line's credits
_MARKED_SECTION_LEAD = re.compile(r"\s*(?:[【\[［＜<〈《]\s*(?P<w>[^】\]］＞>〉》:：]{1,20}?)\s*[】\]］＞>〉》]|"
                                  r"[■◆●★▼◇□○☆◎▶]\s*(?P<w2>[^\s:：■◆●★▼◇□○☆◎]{1,20}?)(?:\s*[■◆●★▼◇□○☆◎]|\s+))\s*(?P<rest>\S.*)$")
_SECTION_MARKS = frozenset("【[［＜<〈《■◆●★▼◇□○☆◎▶")


def _marked_section_lead(text: str) -> str:
    """「【キャスト】カイ：X／ロッコ：Y」 read as 「キャスト：カイ：X／ロッコ：Y」 (the form the label reader takes): a cast,
    staff or music section's name in brackets or after a mark, opening a line of 'label: value' credits; any other
    line as it is."""
    if not text or text.lstrip()[:1] not in _SECTION_MARKS or (":" not in text and "：" not in text):
        return text
    m = _MARKED_SECTION_LEAD.match(text)
    if m is None:
        return text
    word = (m.group("w") or m.group("w2") or "").strip()
    rest = m.group("rest")
    if not word or rest[:1] in ":：" or ":" not in rest and "：" not in rest \
            or _section_of(word)[0] not in ("cast", "staff", "music"):
        return text
    return f"{word}: {rest}"


# a bare person's name as a list value: Japanese letters alone (a space or ・ between parts), or two or three
# capitalised words; never a date, an org or a sentence
_BARE_JA_NAME = re.compile(r"[\u3041-\u30ff\u4e00-\u9fff][\u3041-\u30ff\u4e00-\u9fff・ 　]{1,10}")
_BARE_LATIN_NAME = re.compile(r"[A-Z][a-zāēīōūA-Z'’.-]+(?:\s[A-Z][a-zāēīōūA-Z'’.-]+){1,2}")
_BARE_PART = re.compile(r"[^:：\d「」『』\"“”()（）!！?？。.,、]{1,16}")


def _headless_cast_items(lines) -> set[int]:
    """The list items of a run of two or more, each 'Character：Actor' (「ブリュンヒルデ：氷室あかね」, 'Kai: Haruto Miyashita'),
    under no cast heading: every label a short name that no field or credit knows, every value a bare person's name
    (a roundup entry's cast list). Their indexes in `lines`."""
    out: set[int] = set()
    run: list[int] = []
    probe = _State()

    def close() -> None:
        if len(run) >= 2:
            out.update(run)
        run.clear()

    for i, line in enumerate(lines):
        text = line.text
        if line.tag != "li" or len(text) > 40 or (":" not in text and "：" not in text):
            close()
            continue
        m = _LABEL_LINE.match(text)
        label, value = (m.group("label").strip(), m.group("value").strip()) if m else ("", "")
        if not (m and _BARE_PART.fullmatch(label) and (_BARE_JA_NAME.fullmatch(value) or _BARE_LATIN_NAME.fullmatch(value))
                and not ORG_ALIASES.get(fold(value)) and _field_of(label, probe) is None and not known_role(label)
                and not is_known_credit(label) and credit_kind(label) == "staff" and _section_of(label)[0] is None):
            close()
            continue
        run.append(i)
    close()
    return out


def _earlier_songs_go_on(text: str, line) -> bool:
    """Is this line still one of the songs under another season's song title line? A heading, a bold or a section
    line, a long line and a song label of its own ("ENDING THEME" of this season) end them."""
    if line.kind == "heading" or line.bold or len(text) > 120:
        return False
    if len(text) <= 40 and _section_of(text)[0] not in (None, "music"):
        return False
    tl = _theme_label(text) if len(text) <= 40 and not re.search(r"[「『\"“]", text) else None
    return tl is None


def _read_lines(lines, col: _Collector) -> None:
    st = _State()
    # a cell holding only a separator ("TOKYO MX | | 2027.4.3"): the cells either side belong together
    lines = [seg for line in _join_colon_cells(_join_wrapped_labels(_join_heading_labels(lines))) if not _is_byline(line.text)
             for seg in _segments(line) if not _SEPARATOR_ONLY.fullmatch(seg.text)]
    skip_next = -1
    decided_at = -2   # the line of the last news headline read ("Theme songs decided! Opening: …")
    headless_cast = _headless_cast_items(lines) if any(ln.tag == "li" for ln in lines) else set()
    for i, line in enumerate(lines):
        text = line.text
        if ("orks" in text or "代表作" in text or "主な作品" in text or "出演作" in text or "roles" in text or "known" in text
                or "filmography" in text) and (wm := _WORKS_NOTE.search(text)) and wm.start() > 0:
            text = text[:wm.start()]   # "Kazuha Mitarai [Major works: …]": the name under its role label
        text = _marked_section_lead(text)
        under_title = False
        if len(col.themes) != st.themes_seen:
            st.themes_seen, st.theme_line = len(col.themes), i - 1   # the line above added a theme
        if not text or i == skip_next:
            continue
        if st.earlier_songs:
            if _earlier_songs_go_on(text, line):
                continue   # 「第1期 主題歌」 then 「OP「X」A ／ ED「Y」B」: the earlier season's songs, its title line said once
            st.earlier_songs = False
        if len(text) <= 200 and col.other_season(text):
            # (a short title line of another season's songs: the song lines under it are that season's too)
            st.earlier_songs = len(text) <= 40 and _theme_label(text) is not None
            continue   # a news item about season 1 on a season-2 site: that season's studio and date
        if len(text) <= 400 and ("『" in text or "“" in text or '"' in text) and col.other_title_line(text):
            continue   # 「『OTHER』ステージ：公開日が…、主題歌は…」: a line about another work's news
        if line.kind == "heading" and re.fullmatch(r"h[1-6]", line.tag or ""):
            rank = int(line.tag[1])
            if _OTHER_MEDIUM_HEAD.match(_EDIT_LINK.sub("", unicodedata.normalize("NFKC", text)).strip()):
                st.other_medium = rank if not st.other_medium else min(rank, st.other_medium)
                continue
            if st.other_medium and rank <= st.other_medium:
                st.other_medium = 0
        if st.other_medium:
            continue   # a drama CD's, a stage play's or a voice comic's cast and staff are not the anime's
        if line.tag == "th" and _other_medium_part_row(text, lines, i):
            st.other_medium_rows = True
            continue
        if st.other_medium_rows:
            if line.tag in ("th", "td") and line.kind == "text" and _section_of(text)[0] not in ("media", "source"):
                continue   # 「演出 | X」「上演期間 | …」 under an infobox's 「舞台」 row: the stage play's, not the anime's
            st.other_medium_rows = False
        if (st.special or len(text) <= 40) and _special_part_line(text, line, st):
            continue   # 「TOKYO MX：1月3日(日)23:30～」 under 「放送直前特番」: the special's day, not the series'
        if len(text) <= 50 and (line.kind == "heading" or MARK_LED_LINE.match(text)):
            st.other_works = SAME_MAKER_WORKS.search(text) is not None   # (the next heading ends the list)
            if st.other_works:
                continue
        if st.other_works:
            continue   # 「・彼方の灯台（2023年7月／監督：X／制作：Y）」: another work's date and credits
        if "順" in text and (vo := _voice_order(text)):
            col.voice_order = vo   # "声の項はドラマCD版 / テレビアニメ版の順": which voice of "A / B" is the anime's
            continue
        if len(text) > 60 and text[-1] in ":：" and line.kind == "text" and "dub" in text and (dl := _DUB_CAST_INTRO.search(text)):
            st.section, st.lang = "cast", _LANG_CANON.get(dl.group("l").casefold(), dl.group("l").title())
            st.pending, st.pending_actor, st.last_name_line = None, None, None
            continue   # "Crunchyroll also revealed the English dub cast, which …:": the list below is that dub's
        is_head = line.kind == "heading" or line.bold or (line.kind == "text" and len(text) <= 30 and line.tag in ("dt", "th", "h5", "h6"))
        sec, lang = _section_of(text) if (is_head or len(text) <= 40 or len(text) <= 60 and text[-1] in ":：") else (None, None)
        if sec is None and is_head and col.season is not None and len(text) <= 40 and _SEASON_HINT.search(text):
            sec, lang = _section_of(_own_season_qualifier_cut(text, col.season))   # 「第2期スタッフ」 on season 2's page
        if sec is None and line.tag == "caption" and (cm := _TITLED_CAPTION.search(text)) and col.names_in(text) \
                and _section_of(cm.group("rest"))[0] in ("onair", "streaming"):
            sec = _section_of(cm.group("rest"))[0]   # 「TVアニメ『X』放送情報」: the work's own broadcast table
        if sec and st.section in ("staff", "companies") and re.search(r"[:：]\s*$", text) and (known_role(text) or credit_kind(text) != "staff"):
            sec = None  # "Music:" inside a credit list is a role, not a new section
        if sec and (line.kind == "heading" or line.bold or line.kind == "alt" or _LANG_SECTION.match(text)
                    or re.match(r"^[・■□●○◆◇▼▽★☆【\[]", text) or (text.isascii() and text.isupper())
                    or re.search(r"[:：]\s*$", text) or (sec in ("source", "media") and line.tag == "th")
                    or (sec in ("onair", "streaming") and line.tag == "caption")):   # (「放送・配信情報」: its table's heading)
            if sec == "staff" and lang and st.section == "cast" and _lang_block_of_characters(lines, i):
                sec = "cast"   # "English staff" under the Cast heading over "Hiiro: Derek Pollard" rows: that dub's cast
            if sec in ("staff", "cast", "companies") and lang:
                st.lang = lang
            elif sec == "cast":
                st.lang = None   # a cast heading naming no dub is the original cast
            st.section = None if sec == "media" else sec
            tl = _theme_label(text) if sec == "music" else None
            st.pending = None
            st.theme_kind = tl[0] if tl else None   # a "主題歌" / "Opening Theme" heading: the kind of its songs
            st.theme_rank = _heading_rank(line) if st.theme_kind else 0
            st.onair_rank = _heading_rank(line) if sec in ("onair", "streaming") else 0
            st.pending_actor = None
            st.last_name_line = None
            st.row_section = False
            st.news = sec == "skip" and bool(_NEWS_LIST_HEAD.search(text))
            st.story = sec == "skip" and _STORY_HEAD.search(text) is not None
            continue
        if not sec and st.section in ("onair", "streaming") and (_ends_onair_part(text, line) or _onair_peer_heading(text, line, st)):
            st.section, st.pending = None, None   # 「◆PV・CM」「◆更新履歴」 after 「◆放送局」: their dated rows are no stations'
        elif not sec and st.section in ("onair", "streaming") and is_head and _special_program_heading(text):
            st.section, st.pending = None, None   # 「放送直前特番」 after the stations: its stations' day is the special's
        if st.section == "cast" and line.kind == "heading" and (dub := _DUB_SUBHEADING.match(text.strip())):
            st.lang = _LANG_CANON.get(dub.group(1).casefold(), dub.group(1).title())   # "Voice Cast" › "English Dub"
            st.pending, st.pending_actor, st.last_name_line = None, None, None
            continue
        if st.theme_kind and st.theme_rank and line.kind == "heading" and 0 < _heading_rank(line) <= st.theme_rank:
            # "<h2>主題歌</h2>… <h2>お知らせ</h2>": a heading of the same rank ends the songs' part, even one we do not know
            st.theme_kind, st.theme_rank = None, 0
            if st.section == "music":
                st.section = None
        elif st.theme_kind and not st.theme_rank and _heading_rank(line) and _ends_label_songs(text):
            st.theme_kind = None   # "<p>■主題歌<br>…</p> … <h2>Other news</h2>": a page heading ends a label's songs
            if st.section == "music":
                st.section = None
        if (line.kind == "heading" and st.section in ("staff", "cast", "companies") and not col.names_in(text)
                and _ABOUT_HEADING.match(text.strip(" ・■□●○◆◇▼▽★☆【】[]:："))):
            st.section, st.pending, st.last_name_line = None, None, None   # a company's boilerplate ends the credits
            continue
        if line.tag in ("th", "dt") and line.kind == "text" and not _label_match(text):
            # a work's info table (season lists): the "キャスト" / "Cast" cell covers its value cells only
            if sec == "cast":
                st.section, st.row_section, st.pending, st.last_name_line = "cast", True, None, None
                continue
            if st.row_section:
                st.section, st.row_section = None, False
        if st.section == "skip" and not is_head:
            # episode lists, news, related works: nothing here is about this work's own facts, except an
            # official site's own news headlines announcing a theme song or a cast member
            if st.news and (_news_screening(text, col) or _news_event_report(text, col)):
                continue
            if st.story and _story_card_cast(lines, i, col):
                continue
            if st.news and _NEWS_DECIDED.search(text) and not _NOT_RELEASE_CONTEXT.search(text):
                _news_headline(text, col, st)
                decided_at = i
            elif st.news and decided_at == i - 1 and _THEME_PAIRS_EN.match(text):
                _news_headline(text, col, st)   # the headline's next pair, cut off at its slash: "… / Ending: X "Y""
                decided_at = i
            continue
        if st.section == "skip" and is_head:
            st.section = None
        if st.section == "source":
            if line.kind != "heading":
                _source_line(text, line, col, st)
                continue
            st.section = None
        if st.pending and line.tag in ("dt", "th") and line.kind in ("text", "alt"):
            st.pending = None  # a new label cell ends the values of the one above (a label drawn as a picture too)
        # ---- a known station's row anywhere: <th>TBS</th><td>2027年1月14日（木）より 毎週木曜 25:28～</td>
        if i > 0 and _station_row_pair(lines[i - 1], line, col, st):
            continue

        if ((line.kind in ("alt", "heading") and (re.search(_CJK, text) or col.names_in(text)))
                or st.section in ("onair", "streaming")
                or (len(text) <= 80 and line.kind == "text" and col.names_in(text))
                or (len(text) <= 80 and line.kind == "text" and col.site_station and "本番組" in text)   # (a station's
                # own program page calls the work 「本番組」: "本番組はTOKYO MXでは1月7日より放送されます")
                or (len(text) <= 200 and line.kind == "text" and _LATE_SLOT.search(text) and col.names_in(text))
                or (under_title := len(text) <= 80 and line.kind == "text" and i > 0 and lines[i - 1].kind == "text"
                    and len(lines[i - 1].text) <= 40 and col.names_in(lines[i - 1].text))):
            # (English image alts and headings must name the work: on news pages they caption other shows too;
            # an info box's line under the work's title line is about the work: "2027年10月 テレビ東京ほかにて放送決定")
            strength = 2 if st.section in ("onair", "streaming") else 1
            n_dates = len(col.dates)
            if _announce(text, col, strength, stations=line.kind != "text" or st.section in ("onair", "streaming")
                         or bool(under_title)):
                if (st.section == "onair" and len(col.dates) == n_dates + 1 and col.dates[-1][1].rank == 3
                        and not re.search(r"\d{1,2}\s*[:：時]\s*\d{0,2}", text)):
                    st.release_ref, st.release_at = n_dates, i   # "4月5日(月)より TOKYO MX、BS11ほかにて放送開始！": slots follow
                if line.kind != "text":
                    continue
        if line.kind == "heading" and _event_heading(text, col):
            continue
        if line.kind == "heading":
            st.pending = None
            st.last_name_line = text
            st.last_name_latin = None
            st.heading_at = i
            if st.section == "music":
                m = _SINGLE_HEADING.match(text)
                if m and not re.fullmatch(r"\d+(st|nd|rd|th)?|new|the", m.group("artist").strip(), re.I):
                    col.artist_hints[fold(_clean_title(m.group("title")))] = m.group("artist").strip()
            # a heading can still carry a theme ("OP：「…」") or a label
            if not _LABEL_LINE.match(text):
                _theme_in_text(text, col, st)
                continue

        # ---- "Actor as" + next line "Character"
        if st.pending_actor:
            actor = st.pending_actor
            st.pending_actor = None
            if not _LABEL_LINE.match(text) and len(text) <= 60:
                col.cast(text, actor, f"{actor} as {text}", st.lang)
                continue

        # ---- "CV" alone on its line (<dt>CV</dt><dd>Actor</dd>): the actor follows
        if st.pending_cv:
            who = st.pending_cv
            st.pending_cv = None
            if not _label_match(text) and len(text) <= 40:
                col.cast(who, text, f"{who} CV {text}", st.lang)
                continue
        if st.last_name_line and re.fullmatch(r"(?:cv|c\.v\.?|声|声優|voice)\s*[.:：．]?", text.strip(), re.I):
            st.pending_cv = st.last_name_line
            st.last_name_line = None
            continue
        cm = _CHAR_CV_LINE.match(text) if len(text) <= 70 and _has_cv_mark(text) else None
        if cm:
            col.cast(cm.group("char"), cm.group("actor"), text, st.lang)
            continue

        # ---- the Latin form of a character's name printed under it (official sites' cast cards), alone or with the
        # name restated in brackets ("Michiru Hinata (日向ミチル)" under an image named 日向ミチル)
        if (st.last_name_line and re.search(_CJK, st.last_name_line)
                and (i == st.heading_at + 1 and _latin_name_line(text)
                     or i and lines[i - 1].text == st.last_name_line and _latin_restating_name(text, st.last_name_line))):
            st.last_name_latin = _latin_name_line(text) or _latin_restating_name(text, st.last_name_line)
            continue

        # ---- CV lines
        cv_text = _cv_line_before_profile(text)   # 「声 - A（続投）。主人公。…」: the voice, then the character's profile
        m = _CV_LINE.match(_unwrap(_CITATION.sub("", cv_text) if "[" in cv_text else cv_text))   # (a wiki's "声 - A[2][3]": its notes go first)
        if m and st.last_name_line and (len(cv_text) <= 50 or len(cv_text) <= 200 and (
                _ACTOR_LANG.search(m.group("actor")) or _LANG_ACTOR.search(m.group("actor"))
                or _OTHER_MEDIUM.search(m.group("actor")))):   # "A (anime); B (drama CD)"
            char, actor = st.last_name_line, m.group("actor")
            if st.last_name_latin:
                char = f"{char}（{st.last_name_latin}）"
            nxt = lines[i + 1].text if i + 1 < len(lines) else ""
            if (re.search(_CJK, actor) and not re.search(r"[A-Za-z]", actor) and _latin_name_line(nxt)
                    and lines[i + 1].kind != "heading"
                    and _section_of(nxt)[0] is None):   # the next section's "MOVIE" heading is no romanised name
                actor = f"{actor}（{_latin_name_line(nxt)}）"  # both scripts: diff learns they are one name
                skip_next = i + 1
            for who, lang in _lang_actors(actor):
                col.cast(char, who, f"{st.last_name_line} CV {m.group('actor')}", lang or st.lang)
            st.last_name_line = st.last_name_latin = None
            continue
        vm = _VOICED_LINE.match(text) if len(text) <= 120 and may_contain_i(text, ("voiced by",)) else None
        if vm and (st.section == "cast" or vm.group("a1")):
            col.cast(vm.group("char"), vm.group("a1") or vm.group("a2"), text, st.lang)   # "Tobiah, the taster (voiced by X)"
            continue
        inline = [] if st.section == "music" or (st.pending and _theme_label(st.pending)) or _song_label_line(text) else \
            _inline_cv(text)   # "「Title」／歌：庭師（CV：X）" is a song, not a cast line (nor 「ED：「T」歌：庭師（CV：X）」)
        if inline:
            for mm in inline:
                char = re.sub(r"^(?:キャスト|cast|voice cast|出演)\s*[:：]?\s*", "", mm.group("char").strip(), flags=re.I)
                if len(text) > 60 or text.rstrip().endswith("。"):   # (a sentence, however short: prose)
                    char = _prose_char(char)
                col.cast(char, mm.group("actor"), text, st.lang)
            continue

        # ---- "早乙女ユイ（ミナ役）、…" (actor, then the role in brackets), "ミナ役 早乙女ユイ", "ミナ／早乙女ユイ"
        if "役" in text and len(text) <= 200 and (roles := _ACTOR_ROLE.findall(unicodedata.normalize("NFKC", text))):
            for actor, char in roles:
                if "には" in actor or "では" in actor:   # 「上映後には朝比奈X（Y役）」: the phrase before the name is no part of it
                    actor = re.split(r"には|では", actor)[-1]
                col.cast(char, actor, text, st.lang)
            _staff_among_cast_pairs(text, col)
            if not _song_with_singers_part(text, st) and not (st.section == "music" and st.theme_line == i - 1):
                continue   # (the singing actor's line under a song's title: the song's artist too)

        # ---- 「キャスト：テオ役 真田蓮司／イオ役 水無月葵」: a list of roles, each 役 then a space and its actor
        if "役" in text and len(text) <= 200 and (pairs := _role_space_actor_list(text)):
            for char, actor in pairs:
                col.cast(char, actor, text, st.lang)
            continue

        # ---- "【Character】Actor" / "[Character] Actor" (press releases' cast blocks)
        if st.section == "cast" and len(text) <= 60 and (bm := _BRACKET_CAST.match(text)) \
                and _looks_like_person(_clean_name(bm.group("actor"))):
            col.cast(bm.group("char"), bm.group("actor"), text, st.lang)
            continue

        # ---- several "Character：Actor" pairs on one line (cast lists run together)
        if st.section == "cast" and len(re.findall(r"[:：]", text)) >= 2 and not re.search(r"[「『\"“]", text):
            pieces = [p for p in re.split(r"\s*[/／、]\s*(?=[^:：/／、]+[:：])|(?<=[\u3040-\u30FF\u4E00-\u9FFF])\s+(?=[\u3040-\u30FF\u4E00-\u9FFF][^\s:：/／、]*\s*[:：])", text) if p]
            if len(pieces) >= 2:
                for p in pieces:
                    pm = _LABEL_LINE.match(p)
                    if pm and pm.group("value"):
                        col.cast(pm.group("label"), pm.group("value"), text, st.lang)
                continue

        # ---- a run of 「Character：Actor」 items under no cast heading (a roundup entry's cast list)
        if i in headless_cast and st.section in (None, "cast") and (hm := _LABEL_LINE.match(text)):
            col.cast(_CHAR_DESC_NO.sub("", hm.group("label").strip()), hm.group("value").strip(), text, st.lang)
            continue

        # ---- "Takeru Ono (eps 5-8)" on the line after "Script: Fumika Arai (eps 1-4, 12)": the same credit's next name
        if st.episode_credit and st.episode_credit[1] == i - 1 and len(text) <= 60 and line.kind != "heading" \
                and _EPISODE_NOTE_NAME.fullmatch(text) and not _label_match(text):
            col.staff(st.episode_credit[0], text, f"{st.episode_credit[0]}: {text}")
            st.episode_credit = (st.episode_credit[0], i)
            continue

        # ---- Label: value
        lm = _label_match(text)
        if lm and st.section not in ("onair", "streaming") and _station_slot_line(lm, col):
            _station(lm.group("label"), lm.group("value"), col, st)   # "TOKYO MX、とちぎテレビ：1月10日(日)より毎週日曜24:30～"
            continue
        if lm and st.pending and "/" in lm.group("label") and _field_of(st.pending, st) in ("broadcaster", "streaming"):
            head, _, tail = lm.group("label").rpartition("/")   # 「配信」 | 「Crunchyroll(海外配信)/国内配信:未発表」
            if head.strip() and _field_of(tail, st) in ("broadcaster", "streaming"):
                _pending_value(st.pending, head.strip(), col, st, line)
                if not _PLACEHOLDER.match(lm.group("value")):
                    _pending_value(st.pending, lm.group("value"), col, st, line)
                st.pending_values += 1
                continue
        if (lm and st.pending and _REGION_PREFIX.match(text)
                and _field_of(st.pending, st) in ("broadcaster", "streaming")):   # "English network" | "US: Adult Swim"
            _pending_value(st.pending, text, col, st, line)
            st.pending_values += 1
            continue
        if st.dated_entries and not lm and len(text) <= 120 and (st.dated_bare or "(" in text or "（" in text) \
                and _dated_entry(text, st.dated_entries, col):
            continue   # "2027-01-12 (streaming on Netflix)" under "Vintage: 2026-12-20 (…)": the list goes on
        st.dated_entries = None
        if lm:
            label = lm.group("label").strip().rstrip(_NAME_EDGE_SEPARATORS).rstrip()   # "Director | : Jane Doe"
            value = lm.group("value").strip()
            had_pending = st.pending
            st.keep_pending = False
            st.release_ref = None
            if ((i - st.broadcast_line == 1 or st.pending and _field_of(st.pending, st) == "broadcaster")
                    and (_known_org(label) or _STATIONISH.search(label))
                    and _UNDATED_SLOT.search(value)):   # "放送局：ABCテレビほか" then "BS朝日：放送日時未定"
                col.org("streaming" if org_key(label) in _KNOWN_STREAMERS else "broadcaster", label, text)
                st.broadcast_line = i
                continue
            if value and st.section != "music" and _song_writing_credit(label, text, lines, i) \
                    and (_field_of(label, st) == "staff" or st.section in ("staff", "companies")):
                continue   # "Lyrics: A · Music: B · Arrangement: C" under a single: the song's credits, no staff
            if value and _EPISODE_NOTE_NAME.fullmatch(value) and _field_of(label, st) == "staff":
                st.episode_credit = (label, i)   # "Script: Fumika Arai (eps 1-4, 12)": more names may follow, one a line
            if _handle_label(label, value, text, col, st, line):
                if _field_of(label, st) == "broadcaster":
                    st.broadcast_line = i
                if st.pending == had_pending and value and not st.keep_pending:
                    st.pending = None   # a new "Label: value" line ends the list of the label above
                if st.section is None and value and _field_of(label, st) in ("staff", "studio"):
                    st.last_credit = i
                continue
            if st.section is None and value and i - st.last_credit <= 2 and _boxed_credit(label, value, text, lines, i, col):
                st.last_credit = i
                continue
            if not value and st.pending and _theme_label(st.pending) and _field_of(label, st) is None:
                st.pending = None   # "フルーツポンチ☆ コメント：" under the songs: a box of its own, no more songs
            if not value and st.theme_kind and _SINGER_COMMENT_LABEL.search(label):
                st.theme_kind, st.theme_rank = None, 0   # 「小町りん コメント：」 under a songs heading: the quote below is no song
                st.section = None if st.section == "music" else st.section
        # ---- a label alone on its line (infobox cells): its values follow
        if not lm and (len(text) <= 32 or line.tag in ("dt", "th") and len(text) <= 60) \
                and (line.kind != "alt" or line.tag in ("dt", "th")) \
                and line.tag != "li":   # (a menu's "制作会社" item is a link, not a label over the next item)
            fld = _field_of(text, st)
            if (fld is None and line.tag in ("th", "dt") and st.section not in ("staff", "companies", "cast", "music")
                    and i + 1 < len(lines) and lines[i + 1].tag in ("td", "dd") and _among_credit_labels(lines, i)
                    and _unknown_credit(text, lines[i + 1].text)):
                col.staff(text, lines[i + 1].text, f"{text}: {lines[i + 1].text}")   # "Vehicle Design | X" among credits
                skip_next = i + 1
                continue
            if (fld is not None and (line.tag in ("dt", "th") or fld != "staff")) or (
                    fld is None and st.section in ("staff", "companies") and line.tag in ("dt", "th") and _plausible_role(text)) or (
                    col.site_streamer and line.tag in ("dt", "th") and (_fold_label(text) in _REGION_LABELS or _on_site_label(text, col))) or (
                    fld is None and line.tag in ("dt", "th") and _outlet_label(text)):   # ("Netflix premiere" over its day)
                if line.tag == "th" and _column_header_cell(lines, i):
                    continue   # "Title | Premiere | Studio" over rows of other works: a column's head, no label of the next cell
                st.pending = text
                st.pending_values = 0
                continue
        if (st.pending and not lm and st.pending_values == 1 and _LATE_SLOT.search(text)
                and _field_of(st.pending, st) in ("release", "broadcaster") and _slot_after_start(st.pending, text, col)):
            st.pending_values += 1
            continue
        if st.pending and not lm and st.pending_values == 0 and _category_row_station(lines, i, st):
            nxt = _slot_cell_after(lines, i + 1, lines[i + 1].text)
            _station(text, f"{st.pending} {nxt}", col, st)   # 「見放題配信 | Netflix | 1月13日(水)より」: the kind says streaming
            st.pending, skip_next = None, i + 1
            continue
        if st.pending and not lm and st.pending_values >= 1 and _bold_head_after_cells(lines, i):
            st.pending = None   # "Producer: | X" then a bold "Companies" over the next table: a box's head, no value
        if st.pending and not lm:
            if st.pending_values >= 1 and _field_of(st.pending, st) in ("release", "episodes", "studio", "broadcaster",
                                                                        "streaming", "type") and not (
                    _field_of(st.pending, st) == "release" and _DATED_PLACE.match(text)) and not (
                    _field_of(st.pending, st) in ("broadcaster", "streaming") and _ALSO_ON.match(text)) and not (
                    _field_of(st.pending, st) in ("broadcaster", "streaming") and _known_station_line(text)):
                st.pending = None  # one value line for one-value infobox fields
            elif _pending_value(st.pending, text, col, st, line):
                st.pending_values += 1
                continue
            st.pending = None

        # ---- 「2027年1月7日（木）より毎週木曜25:28〜」 alone on its line, outside any broadcast part: the first airing
        if st.section is None and not lm and len(text) <= 40 and _START_SLOT_LINE.match(unicodedata.normalize("NFKC", text)):
            col.date(2, text, text)
            continue

        # ---- station slots under a premiere label ("放送開始：1月7日(木)より" then "TBS 毎週木曜 25:28～")
        if st.release_ref is not None and st.release_at != i:
            if not lm and _slot_station(text, col, st):
                continue
            st.release_ref = None

        # ---- broadcast sections: "Station" then "1月10日より 毎週金曜 25:28～" / "Station From October 2025"
        if st.section in ("onair", "streaming") and not lm and _absent_in_next_cells(lines, i):
            continue   # "Netflix" then "Not available" (a where-to-watch table read cell by cell)
        if st.section in ("onair", "streaming") and not lm:
            nxt = lines[i + 1].text if i + 1 < len(lines) else ""
            if len(text) <= 25 and not _STATION_TIME.search(text) and nxt and _day_cell(nxt, text) and not _label_match(nxt):
                nxt = _slot_cell_after(lines, i + 1, nxt)   # 「BSフジ | 1月12日(火) | 24:00〜24:30」: the day's slot cell
                _station(_logo_then_particle(lines, i, text), nxt, col, st)
                skip_next = i + 1
                continue
            if _onair_row(text, col, st):
                continue
            rm = _NAME_THEN_DAY.match(text)
            if rm and not _NOT_A_STATION.search(rm.group("st")):
                _station(rm.group("st"), rm.group("rest"), col, st)
                continue
            sm = re.match(r"^(?P<st>[^:：。]{2,30}?)\s+(?:from|starting|starts|より|から)\s+(?P<rest>.+)$", text, re.I)
            if sm and _NOT_A_STATION.search(sm.group("st").strip()):
                sm = None   # "Airing from October 2027!": a sentence, not a station's row
            if sm and _STATION_TIME.search(sm.group("rest")) or sm and find_first(sm.group("rest"), col.default_year):
                _station(sm.group("st"), sm.group("rest"), col, st)
                continue
            vm = re.match(r"^(?:streaming|配信|web配信|ネット配信)(?:\s*[:：]\s*|\s+)(?P<svc>[^。]{2,60})$", text, re.I)
            if vm:
                svc = _SVC_LEAD.sub("", vm.group("svc"))   # "Streaming on HIDIVE": the service, not "on HIDIVE"
                svc = re.sub(r"\s*[(（]([^,，、)）]*)[^)）]*[)）]", r" (\1)", svc).strip()
                for n in _split_orgs(svc):
                    if not _service_word(n):
                        col.org("streaming", n, text)
                continue

        # ---- "Director Haruto Ishii": a role and its name in two spans of one list item (no colon)
        if st.section in ("staff", "companies") and not lm and line.kind == "text" and len(text) <= 100:
            dm = _DASH_CREDIT.match(text)
            if dm and _plausible_role(dm.group("r")) and not re.search(r"[.。!?]\s|[「」『』\"“”]", text) and (
                    is_known_credit(dm.group("r")) or _ROLE_NOUN.search(_fold_label(dm.group("r")))
                    and _looks_like_person(_clean_name(dm.group("n")))):
                col.staff(dm.group("r"), dm.group("n"), text)   # "ADR Director – Pat Gale", "3DCGディレクター - 北村ジン"
                continue
            rp = _role_prefix(text) or _role_noun_prefix(text) or _marked_credit(text)
            if rp:
                col.staff(rp[0], rp[1], text)
                continue

        if (st.section == "cast" and not lm and len(text) <= 60 and not _value_of_part_row(lines, i)
                and (pm := _PAIR_CAST.match(_unbracket(text)))
                and (pm.group("sep") not in _PAIR_MARK or _looks_like_person(_clean_name(pm.group("actor"))))
                and not (_section_of(pm.group("char"))[0] and _section_of(pm.group("actor"))[0])   # "Cast | Staff": tabs
                and not (_H_LANG.match(pm.group("char").strip()) or _H_LANG.match(pm.group("actor").strip()))):
            col.cast(pm.group("char"), pm.group("actor"), text, st.lang)
            continue

        # ---- "日高あおい（小日向ゆい）": a wiki cast list's character, its actor in brackets
        if st.section == "cast" and not lm and len(text) <= 60 and (km := _PAREN_CAST.match(unicodedata.normalize("NFKC", text))) \
                and _paren_cast_pair(km.group("char"), km.group("actor"), lines[i + 1].text if i + 1 < len(lines) else ""):
            col.cast(km.group("char"), km.group("actor"), text, st.lang)
            continue

        # ---- "ハル　青木メイ": an official site's cast list, the part and the actor set apart by a space only
        label_cell = _value_cell_follows(lines, i) or _voice_line_follows(lines, i)   # "鷹宮 レン" then "：神代 颯" / "CV：神代 颯": the part's spaced name, its actor next
        if st.section == "cast" and not lm and line.kind == "text" and len(text) <= 30 and not label_cell and _spaced_names(text):
            col.space_lines.append((_spaced_names(text), text))   # (judged in _finish: pairs, or actors only)
        if (st.section == "cast" and not lm and line.kind == "text" and len(text) <= 30 and not label_cell
                and not (line.tag in ("td", "dd") and i and lines[i - 1].tag in ("th", "dt"))   # (a row's value cell:
                # "鷹野 颯" under its part's <th> is one actor's spaced name)
                and not (line.tag in ("th", "dt") and i + 1 < len(lines) and lines[i + 1].tag in ("td", "dd"))   # (and
                # the <th> itself, "蒼井 ハル", is the part's spaced name: the row pairs it with its actor)
                and (sm4 := _SPACE_CAST.match(unicodedata.normalize("NFKC", text)))
                and not _section_of(text)[0] and not _PROFILE_LABEL.search(sm4.group("c"))
                and not _credited_actor(text, col)):
            col.cast(sm4.group("c"), sm4.group("a"), text, st.lang)
            continue

        # ---- <dt>Character</dt><dd>Actor</dd> in a cast list
        if (st.section == "cast" and line.tag == "dd" and i and lines[i - 1].tag == "dt" and not lm
                and len(text) <= 30 and _looks_like_person(text) and not re.search(r"\d", text)):
            if _CJK_ROLE_END.search(text) and not _CJK_ROLE_END.search(lines[i - 1].text):
                col.cast(text[:-1], lines[i - 1].text, f"{lines[i - 1].text} {text}", st.lang)   # <dt>天野光</dt><dd>セイ役</dd>
                continue
            col.cast(lines[i - 1].text, text, f"{lines[i - 1].text} {text}", st.lang)
            continue

        # ---- "Character — Actor" bullets in a cast list
        if st.section == "cast" and len(text) <= 160:
            dl = re.match(r"^(?P<char>[^:：—–]{1,60}?)\s+(?:[—–]|--?)\s+(?P<rest>.+)$", text)
            if dl and len(_ACTOR_LANG.findall(unicodedata.normalize("NFKC", dl.group("rest")))) >= 2:
                col.cast(dl.group("char"), dl.group("rest"), text, st.lang)   # "Rin – A (Japanese) and B (English)"
                continue
        if st.section == "cast" and len(text) <= 100:
            dm = _DASH_CAST.match(text)
            if dm and not re.search(r"\d|[.。!?]\s", text) and _looks_like_person(_clean_name(dm.group("actor"))):
                col.cast(dm.group("char"), dm.group("actor"), text, st.lang, keep_parens=True)
                continue

        # ---- Actor as Character (credit lists)
        if st.section == "cast" and len(text) <= 100:
            am = _AS_LINE.match(text)
            if am and not re.search(r"[.。!?]\s", text):
                col.cast(am.group("char"), am.group("actor"), text, st.lang)
                continue
            ao = _AS_OPEN.match(text)
            if ao:
                st.pending_actor = ao.group("actor")
                continue

        # ---- "ノクターナル・ギアによるオープニングテーマ。" / "第3話挿入歌。" under a title listed in 主題歌
        if st.theme_line >= i - 2 and _theme_kind_note(text, col):
            continue
        # ---- singer / composer lines under a theme song without an artist
        sm2 = re.match(r"^(?:(?:歌|歌唱|うた|vocals?|sung by|performed by|artist|作詞・作曲・編曲|作詞・作曲・編曲・歌)\s*[:：]?|(?:song|singer)\s*[:：])\s*"
                       r"(?P<a>(?:[^:：()（）]|[(（][^()（）]{1,30}[)）]){1,50})$", text, re.I) \
            or (_SINGER_IN_CREDITS.search(text) if st.theme_line >= i - 2 else None)
        if sm2 and col.themes and not col.themes[-1].artist:
            col.themes[-1].artist = _clean_artist(_SINGER_NOTE.sub("", sm2.group("a")))
            continue
        if (st.section == "music" and st.theme_line == i - 1 and col.themes and not col.themes[-1].artist
                and line.kind == "text" and _song_block_artist(text)):
            col.themes[-1].artist = _clean_artist(text)   # official sites: the title line, then the artist's line
            continue

        # ---- an info box's "Original TV anime by Kumoyuki Studio" line: the studio
        if len(text) <= 80 and not lm and (sm3 := _ANIME_BY.match(unicodedata.normalize("NFKC", text))) \
                and _STUDIO_WORD.search(sm3.group("s")):
            col.staff("animation production", sm3.group("s"), text)
            continue

        # ---- an FAQ's answer under its question ("How many episodes are in season 2?" then "12 episodes.")
        if (i and line.kind == "text" and len(text) <= 60 and _EPISODE_QUESTION.search(lines[i - 1].text)
                and not _PAST_QUESTION.search(lines[i - 1].text) and (em := _EPISODE_ANSWER.match(unicodedata.normalize("NFKC", text)))):
            col.add("episodes", "", str(int(em.group(1))), f"{lines[i - 1].text} {text}")
            continue

        # ---- theme songs in lists and prose-like lines
        if _theme_in_text(text, col, st):
            continue
        # (an episode count needs 全 or "episodes": the scan is skipped without them; "12 episodes" alone on its
        # line is a count as well)
        if st.section in ("onair", None) and ("全" in text or may_contain_i(text, ("episodes",))) and (
                m2 := re.search(r"全\s*(\d{1,3})\s*(?:話|回)|\ball\s+(\d{1,3})\s+episodes\b|^(\d{1,3})\s+episodes\.?$", text, re.I)) and len(text) <= (
                (120 if st.section == "onair" else 40) if m2.group(1) else 80) \
                and not re.search(r"収録|blu-?ray|\bbd\b|dvd|box|巻|配信中|無料", text, re.I) \
                and not JA_HEARSAY.search(text) \
                and not (m2.group(3) and i and lines[i - 1].text.rstrip().endswith(("?", "？"))):   # (an FAQ's answer: its own rule)
            col.add("episodes", "", m2.group(1) or m2.group(2) or m2.group(3), text)
            continue
        if line.kind in ("text", "alt") and len(text) <= 40 and not lm and not re.search(r"\d", text) \
                and not _CARD_PROSE_LINE.search(text):   # (a card's description, 「…を続ける少年。」, names no part)
            if (line.kind == "alt" or line.tag in ("h4", "h3", "dt", "th", "strong", "b") or st.last_name_line is None
                    or _section_of(st.last_name_line)[0] == "cast"   # the 登場人物 heading itself is no character
                    or re.fullmatch(r"(?:主な)?登場(?:人物|キャラクター)(?:一覧)?|キャラクター紹介", _EDIT_LINK.sub("", st.last_name_line).strip())):
                st.last_name_line = text


# the heading of the work's own story part ("STORY", 「あらすじ」, "Introduction"), which the readers otherwise skip
_STORY_HEAD = re.compile(r"^\W*(?:story|ストーリー|あらすじ|synopsis|introduction|イントロダクション)\W*$", re.I)


def _story_card_cast(lines, i: int, col) -> bool:
    """A character card under the story (<img alt="Tsugumi Aoyagi"> then "CV. Mayu Sonozaki"): the picture's alt
    text names the character, the line right after it gives the voice; the story's own sentences stay unread."""
    line = lines[i]
    if line.kind != "alt" or len(line.text) > 40 or i + 1 >= len(lines) or len(lines[i + 1].text) > 50 \
            or re.search(r"\d", line.text):
        return False
    m = _CV_LINE.match(lines[i + 1].text)
    if m is None or lines[i + 1].kind != "text":
        return False
    for who, lang in _lang_actors(m.group("actor")):
        col.cast(line.text, who, f"{line.text} CV {m.group('actor')}", lang)
    return True


_ANIME_BY = re.compile(r"^(?i:(?:an?\s+)?(?:original\s+)?(?:tv\s+|television\s+)?anime(?:\s+series|\s+film)?\s+(?:by|from)\s+)"
                       r"(?P<s>[A-Z][\w&'’.-]*(?:\s+[A-Z0-9][\w&'’.-]*){0,4})\s*\.?$")
_STUDIO_WORD = re.compile(r"\b(?:studios?|animation|pictures|works|productions?|inc|film)\b", re.I)
_NAME_TOKEN = re.compile(r"[\u3040-\u30FF\u4E00-\u9FFF・ー]{1,8}")


_SVC_LEAD = re.compile(r"^(?:on|via|at|through|with)\s+(?=\S)", re.I)
# what follows "Streaming" that is when or how, never which service ("Streaming weekly", "配信 毎週土曜更新")
_SVC_HOW = re.compile(r"^(?:weekly|daily|now|soon|later|exclusively|worldwide|globally|simultaneously|every|each|starting|"
                      r"from|this|next|in|available|coming|later|free|毎|近日|順次|予定|開始|見放題|独占|同時)(?:\b|(?=[^a-z]))", re.I)


def _service_word(name: str) -> bool:
    """Is the word after "Streaming" / 「配信」 a when or a how ('weekly', 'now', 'every Saturday', '毎週土曜更新') rather
    than a service's name (which opens on a capital, a digit or Japanese script)?"""
    n = name.strip()
    if not n or _known_org(n) or org_key(n) in _KNOWN_STREAMERS:
        return not n   # ("dアニメストア", "hulu": a known service, whatever its first letter)
    return _SVC_HOW.match(n) is not None or n[:1].islower() or _STATION_TIME.search(n) is not None


# a credited name with the episodes it covers: "Takeru Ono (eps 5-8)", "X (episodes 1, 3)", 「X（第5話〜第8話）」
_EPISODE_NOTE_NAME = re.compile(r"[^()（）:：,、]{2,30}?\s*[(（]\s*(?:eps?\.?|episodes?|#|第)\s*\d[\d\s,、&~〜–\-話第#]*[)）]", re.I)


# a box's label for someone's words under the songs ("X コメント", "Message from X", "X's comment")
_SINGER_COMMENT_LABEL = re.compile(r"コメント|メッセージ|\bcomments?\b|\bmessage\b", re.I)


def _lang_block_of_characters(lines, i: int) -> bool:
    """Are the "Label: value" rows after a language line (up to the next heading or bold line) all characters, none a
    known credit? An encyclopedia's cast split by language may title its blocks "Japanese staff" / "English staff";
    a real staff block names roles ("ADR Director", "Dub Script")."""
    labels = []
    for j in range(i + 1, min(len(lines), i + 40)):
        ln = lines[j]
        if ln.kind == "heading" or ln.bold:
            break
        t = ln.text.strip()
        if ln.tag == "td" and t[-1:] in (":", "：") and 1 < len(t) <= 41:
            labels.append(t[:-1])   # a label cell; its value is the next cell
        elif (lm := _LABEL_LINE.match(t)) and lm.group("value").strip():
            labels.append(lm.group("label"))
    return bool(labels) and not any(known_role(x) or credit_kind(x) != "staff" or _section_of(x)[0] for x in labels)


# a table cell holding only a time slot ("24:00〜24:30", "毎週火曜 25:30～", "Tue 24:00"): the slot of the day beside it
_SLOT_ONLY_CELL = re.compile(r"(?:毎週)?\s*(?:[月火水木金土日]曜日?\s*|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?\s*)?(?:深夜\s*)?"
                             r"[0-2]?\d\s*[:：]\s*[0-5]\d\s*(?:[〜～~-]\s*(?:[0-2]?\d\s*[:：]\s*[0-5]\d)?)?", re.I)


def _slot_cell_after(lines, j: int, day: str) -> str:
    """A station's day cell (line j) with the slot cell right after it in the row when the day has no time of its own
    (「1月12日(火)」 then 「24:00〜24:30」): a slot past midnight moves that station's first airing to the next day."""
    if j + 1 >= len(lines) or lines[j].tag != "td" or lines[j + 1].tag != "td" or re.search(r"\d\s*[:：時]\s*\d", day):
        return day
    cell = unicodedata.normalize("NFKC", lines[j + 1].text).strip()
    return f"{day} {cell}" if _SLOT_ONLY_CELL.fullmatch(cell) else day


def _absent_in_next_cells(lines, i: int) -> bool:
    """Is line i a name cell (td/dt/th) whose row's next cells all say 'not available' / 'なし' / '✗'?"""
    if lines[i].tag not in ("td", "th", "dt"):
        return False
    vals = []
    for ln in lines[i + 1:i + 4]:
        if ln.tag not in ("td", "dd") or not NO_MARK.match(unicodedata.normalize("NFKC", ln.text)):
            break
        vals.append(ln.text)
    nxt = lines[i + 1 + len(vals)] if i + 1 + len(vals) < len(lines) else None
    return bool(vals) and (nxt is None or nxt.tag != "td" or not NO_MARK.match(nxt.text))


_LEADING_SEPARATOR = re.compile(r"^\s*[:：|｜/／—–]\s*\S")


def _value_of_part_row(lines, i: int) -> bool:
    """A <dd>/<td> under a <dt>/<th> naming a part (「カイ」 then 「宇野蓮 / Ren Uno」): the actor's cell, its slash a
    reading or a second actor, never a second pair; a row under a cast label ("Cast") may still hold pairs."""
    line = lines[i]
    if line.tag not in ("td", "dd") or not i or lines[i - 1].tag not in ("th", "dt"):
        return False
    head = lines[i - 1].text
    return _section_of(head)[0] is None and not _label_match(head) and len(head) <= 30


def _value_cell_follows(lines, i: int) -> bool:
    """Is line i a label cell whose value is the next cell, opening on a separator ("カナリア" then "：小鳥遊すず")?"""
    return (i + 1 < len(lines) and lines[i].tag in ("td", "th", "dt") and lines[i + 1].tag in ("td", "dd")
            and _LEADING_SEPARATOR.match(lines[i + 1].text) is not None)


# a sentence, not a name: a card's description line under its voice line ("灯台から海賊放送を続ける少年。", "A quiet courier.")
_CARD_PROSE_LINE = re.compile(r"[。、]|(?:^|\s)[a-z][a-z'’-]{2,}[.!?]$")


# a card's voice line right under the part's name: "CV：小野寺ふみ", "声：…", "Voice: …", "C.V. …"
_VOICE_LINE_HEAD = re.compile(r"^\s*(?:CV|C\.V\.?|VO|声優?|Voice|Voiced by)\s*[.:：．]", re.I)


def _voice_line_follows(lines, i: int) -> bool:
    """Is line i a card's part name whose actor is the voice line right under it ("祖母・凪沢 絹" then "CV：小野寺ふみ"):
    its spaced words are one name, not a part and an actor?"""
    return i + 1 < len(lines) and _VOICE_LINE_HEAD.match(lines[i + 1].text) is not None


def _credited_actor(text: str, col: _Collector) -> bool:
    """Is the line an actor already credited in full ("相良 譲", a cast table's cell read with its part)? Then its
    space is inside one name, not between a part and an actor."""
    f = fold(text)
    return any(x.field == "cast" and (fold(x.value) == f or _read_pair_line(f, x)) for x in col.facts)


def _read_pair_line(f: str, x: Fact) -> bool:
    """Is the folded line `f` a credit already read as the fact `x`, its part and actor run together ("九条 すず花咲ゆいな":
    <span>九条 すず</span><span>花咲ゆいな</span> read as a card)? Then its space is inside the part's name."""
    v, k = fold(x.value), fold(x.key)
    return bool(v) and bool(k) and f == k + v


def _spaced_names(text: str) -> list[str] | None:
    """A cast line of two names set apart by a space ('春日井めぐ 一色 蓮', '鷹司 ゆかり 久保寺 大吾'): the two
    names, the first a part or an actor (four words are two spaced full names)."""
    tokens = text.split()
    if not 2 <= len(tokens) <= 4 or not all(_NAME_TOKEN.fullmatch(t) for t in tokens):
        return None
    if len(tokens) == 4:
        return [f"{tokens[0]} {tokens[1]}", f"{tokens[2]} {tokens[3]}"]
    sm = _SPACE_CAST.match(text)
    return [sm.group("c"), sm.group("a")] if sm else None


def _actor_only_lines(col: _Collector, facts: list[Fact]) -> list[Fact]:
    """A cast block of actors only ('春日井めぐ 一色 蓮' / '鷹司 ゆかり 久保寺 大吾' under CAST): read as part and
    actor pairs line by line, it is a names list when a 'part' is itself written as a spaced full name or is an
    actor credited elsewhere on the page. Then every name is an actor without a part."""
    if not col.space_lines:
        return facts
    lines = {t for _, t in col.space_lines}
    actors = {fold(f.value) for f in facts if f.field == "cast" and f.evidence not in lines}
    parts = [names[0] for names, _ in col.space_lines]
    if not any(" " in p or fold(p) in actors for p in parts):
        return facts
    out = [f for f in facts if not (f.field == "cast" and clean(f.evidence, MAX_EVIDENCE) in
                                    {clean(t, MAX_EVIDENCE) for t in lines})]
    have = {fold(f.value) for f in out if f.field == "cast"}
    for names, t in col.space_lines:
        for n in names:
            if fold(n) not in have:
                have.add(fold(n))
                out.append(Fact("cast", "", n, clean(t, MAX_EVIDENCE)))
    return out


_SPACE_CAST = re.compile(r"^(?P<c>[\u3040-\u30FF\u4E00-\u9FFF・ー]{1,12})\s+"
                         r"(?P<a>[\u3040-\u30FF\u4E00-\u9FFF・ー]{1,8}(?:\s[\u3040-\u30FF\u4E00-\u9FFF・ー]{1,8})?)$")
_EPISODE_QUESTION = re.compile(r"how many episodes|number of episodes|episode count|何話|話数", re.I)
_PAST_QUESTION = re.compile(r"\b(?:did|was|were|had)\b|first season|previous season|last season|第1期|前作|前期", re.I)
_EPISODE_ANSWER = re.compile(r"^(?:(?:yes|no)[,.]?\s+)?(?:(?:it|they|the (?:season|series|anime|show|cour)|season \d+|this season)\s+"
                             r"(?:will\s+)?(?:has|have|runs?|is|gets?|consists? of)\s+(?:for\s+)?)?(?:全\s*)?(\d{1,3})\s*"
                             r"(?:episodes?|eps|話|回)(?:\s*(?:の予定|予定|です|となります))?\s*[.。!！]?$", re.I)


_JA_PHRASE_CUT = re.compile(r"[、。，,!！?？「」『』]|(?<=さん|さま)(?:が|は|も|と)|(?<=[\u30A0-\u30FF\u4E00-\u9FFF])(?:では|には|として|は|が|を|に|の|と|も)"
                            r"(?=[\u30A0-\u30FF\u4E00-\u9FFF])")


_PAREN_CAST = re.compile(r"^(?P<char>[^()（）:：、,/／。]{1,30}?)\s*[(（]\s*(?P<actor>[^()（）:：、,/／。]{2,20}?)\s*[)）]$")
# bracketed notes that are no actor: "(主人公)", "(16歳)", "(第3話から)", "(仮)", "(新キャラ)", "(続投)"
_PAREN_NOT_ACTOR = re.compile(r"\d|役|歳|主人公|ヒロイン|仮|予定|未定|新キャラ|続投|追加|変更|代役|幼少|少年期|少女期|"
                              r"声優|cv|キャラ|登場|担当|ほか|他$|など|原作|アニメ|漫画|小説|ゲーム|シリーズ|キャスト|出演|新規", re.I)   # 「(新キャスト)」


# a romanised full name in a cast list's brackets, "Mio Ardent (Clara Boone)": two or three capitalised words
_PAREN_LATIN_ACTOR = re.compile(r"[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,2}")


def _latin_paren_pair(char: str, actor: str) -> bool:
    """"Mio Ardent (Clara Boone)" in a cast list: a character and its actor, both romanised names (never a
    language, a role word, an age or a season note in the brackets)."""
    a = actor.strip()
    return (_PAREN_LATIN_ACTOR.fullmatch(a) is not None and not re.search(_CJK, char) and _looks_like_name_key(char.strip())
            and not _H_LANG.match(a) and not _ROLEISH_LABEL.search(a) and not re.search(r"\b(?:season|part|ver|version|"
            r"young|child|adult|older|younger|dub|cast|sub|episode|ep|the|main|supporting|character|protagonist|lead|villain|"
            r"narrator|guest|recurring|minor|heroine|hero|new)\b", a, re.I) and _looks_like_person(a))


def _paren_cast_pair(char: str, actor: str, nxt: str) -> bool:
    """Is "X（Y）" a character and its actor, not a name and its reading ("小麦（こむぎ）", "Rina(リナ)") or a note?"""
    if _latin_paren_pair(char, actor) and not _CV_LINE.match(nxt):
        return True
    if not (re.search(_CJK, char) and re.search(_CJK, actor)) or _PAREN_NOT_ACTOR.search(actor):
        return False
    if re.fullmatch(r"[\u3040-\u309F\s・ー]+", actor) and re.search(r"[\u4E00-\u9FFF]", char):
        return False   # a hiragana reading of a kanji name
    if _CV_LINE.match(nxt) or re.fullmatch(r"(?:cv|c\.v\.?|声|声優|voice)\s*[.:：．]?", nxt.strip(), re.I):
        return False   # a name card whose actor comes on the next line
    return _looks_like_person(actor)


# an event's own heading: "TVアニメ「X」第1話先行上映会＆トークショー 開催決定！", "X Episode 1 Premiere Screening"
_EVENT_HEAD_JA = re.compile(r"(?P<what>第\s*\d+(?:\s*[・~〜～-]\s*\d+)?\s*話)\s*(?:の)?\s*(?P<kind>先行|最速|特別)?上映会")
_EVENT_HEAD_END = re.compile(r"\s*(?:の)?(?:開催(?:決定|のお知らせ)?|決定|実施決定|のお知らせ)?\s*[!！]*\s*$")


def _event_heading(text: str, col: _Collector) -> bool:
    """A heading announcing a screening of this work's episodes: a premiere event named by its heading."""
    t = unicodedata.normalize("NFKC", text)
    if "上映" not in t or not col.names_in(t) or _PAST_WORK.search(t):
        return False
    m = _EVENT_HEAD_JA.search(t)
    if not m:
        return False
    event = _EVENT_HEAD_END.sub("", text).strip()
    what = re.sub(r"\s+", "", m.group("what")) + (m.group("kind") or "") + "上映"
    col.add("premiere_event", event, what, text)
    return True


def _unbracket(text: str) -> str:
    """'【ミナ役　早乙女ユイ】' (a comment's byline) reads as the pair inside it."""
    m = re.fullmatch(r"\s*[【\[［〔](.+)[】\]］〕]\s*", text)
    return m.group(1) if m and not re.search(r"[【】\[\]［］〔〕]", m.group(1)) else text


# what follows an actor's name but is not part of it: a news article's honorific ("朝比奈玲さん"), a cast card's
# badge ("Mika Sato NEW", "佐藤ミカ NEW!")
_ACTOR_TAIL = re.compile(r"(?<=.[\u3040-\u30FF\u3400-\u9FFF])(?:さん|氏|様)$|\s+(?:NEW|New|new)\s*[!！]?$")
# a kanji title before a katakana name in a sentence ("鍵の番人クロエ", "元騎士リヒト"): the name is the character
_LEAD_PARTICLE_CUT = re.compile(r"^(?:では|には|の|は|が|を|に|と|も)(?=[\u30A0-\u30FF\u4E00-\u9FFF])")
_KANJI_TITLE_DOT = re.compile(r"^[\u4E00-\u9FFF]{1,6}・(?=[\u30A0-\u30FA\u30FC][\u30A0-\u30FF・]*$)")
_TITLE_THEN_NAME = re.compile(r"[\u4E00-\u9FFF]{0,5}[士師人長者守官王姫将卿兵僧医員生主妃帝皇嬢娘母父兄姉弟妹猫犬竜龍鬼神女番係屋匠手客童嫁婿爺婆]"
                              r"(?P<n>[\u30A0-\u30FA\u30FC][\u30A0-\u30FF]{1,15})")   # (not a surname: 「風間ナナ」)


# common surnames whose last kanji is one _TITLE_THEN_NAME reads as a title's (女, 生, 屋, 手, 神, 守, 主)
_SURNAMES_LIKE_TITLES = frozenset({"早乙女", "桐生", "麻生", "柳生", "羽生", "壬生", "蒲生", "相生", "福生", "丹生", "土屋", "古屋",
                                   "鳥屋", "井手", "山手", "大神", "三神", "上神", "真神", "五月女", "長屋", "岩屋", "新屋",
                                   "松屋", "宮守", "村神", "城主", "日生"})


def _prose_char(char: str) -> str:
    """In a sentence ("…19日公開のPVでは、新たに常連客の潜水士タツミ（CV.X）が登場"), the character is the noun
    phrase right before the bracket: cut at the last comma or particle between kanji/katakana words (a
    hiragana name like ことり keeps its と)."""
    parts = [p for p in _JA_PHRASE_CUT.split(char) if p and p.strip()]
    last = parts[-1].strip() if parts else char
    last = _LEAD_PARTICLE_CUT.sub("", last)   # 「『T』の局長・ゴードン」: the title's の
    if "・" in last:
        last = _KANJI_TITLE_DOT.sub("", last)   # 「局長・ゴードン」: a kanji title, a dot, then the katakana name
    tm = _TITLE_THEN_NAME.fullmatch(last)
    if tm and last[:tm.start("n")] in _SURNAMES_LIKE_TITLES:
        return last   # 「早乙女ヒカリ」「桐生アキラ」: a surname that ends as a title would, not a title
    return tm.group("n") if tm else last


# the end of a wiki's voice credit where the character's profile begins: 「。」, or "." after a word, then a capital
_CV_PROFILE_CUT = re.compile(r"。|(?<=[a-z]{2})\.\s+(?=[A-Z])")


def _cv_line_before_profile(text: str) -> str:
    """A definition's 「声 - 天羽リク（続投）。主人公。…」 / "Voiced by: Mara Lund. The eldest sister…": a wiki runs the
    character's profile on after the voice; only a line that opens with a voice mark is cut, at its first sentence end."""
    if ("。" not in text and ". " not in text) or not _CV_LINE.match(text):
        return text
    cut = _CV_PROFILE_CUT.search(text)
    return text[:cut.start()].rstrip() if cut else text


def _unwrap(text: str) -> str:
    """'(CV: A)' / '[CV：A]' -> 'CV: A'; a closing bracket that belongs to a note inside stays."""
    t = text.strip()
    if t[:1] in "(（[［" and t[-1:] in ")）]］":
        return t[1:-1].strip()
    return t.strip("()（）[]［］ ") if t.count("(") + t.count("（") == 0 else t


# a voice credit of another medium than the anime: "A（ドラマCD） / B（TVアニメ）", "Mei Sato (voice comic)"
_OTHER_MEDIUM = re.compile(r"ドラマ\s*cd|ボイス\s*コミック|ボイコミ|ゲーム|舞台|ミュージカル|実写|朗読|ラジオ|(?<![a-z])(?:pv|cm)(?![a-z])|"
                           r"drama\s*cd|audio\s*drama|voice\s*comic|motion\s*comic|video\s*game|\bgame\b|"
                           r"\bstage\b(?!\s*name)|musical|live[- ]action|(?<![a-z])pc(?![a-z])|ps\d|\bradio\b", re.I)
_ANIME_MEDIUM = re.compile(r"アニメ|\banime\b|\btv\b|テレビ|television", re.I)
_MEDIUM_LABEL_PART = re.compile(r"^\s*(?P<m>[^:：]{2,16}?)\s*[:：]\s*(?P<p>[^:：]{2,30})$")
# a medium note that names that medium's own actor: 「ドラマCD版は小日向ゆず」「ボイスコミック版：X」
_NOTE_NAMES_ITS_ACTOR = re.compile(r"版\s*(?:では|は|:|：)\s*\S{2,}")
_MEDIUM_NOTE_PART = re.compile(r"\s*[(（]\s*(?P<m>[^()（）]{1,24})\s*[)）]\s*$")
# a wiki's legend for its voice credits: "声の項はドラマCD版 / テレビアニメ版の順", "声はドラマCD版、アニメ版の順に記載"
_VOICE_ORDER_NOTE = re.compile(r"(?:声|キャスト|cv)(?:優)?(?:の項|欄|表記)?\s*は\s*(?P<order>[^。]{3,60}?)\s*の順", re.I)


# a part of a page about another medium of the franchise: its cast and staff are not the anime's
_OTHER_MEDIUM_HEAD = re.compile(
    r"^[\d.\s]*(?:ドラマ\s*cd|ボイス\s*コミック|ボイコミ|舞台|ミュージカル|実写(?:映画|ドラマ)?|テレビドラマ|朗読劇|ラジオドラマ|"
    r"(?:家庭用|スマートフォン|ソーシャル)?ゲーム|drama\s*cds?|audio\s*dramas?|radio\s*dramas?|voice\s*comics?|motion\s*comics?|"
    r"stage\s*(?:play|plays|adaptation|musical|production)s?|musicals?|live[- ]action(?:\s+(?:film|series|drama|adaptation))?|"
    r"video\s*games?)(?:版|化)?\s*(?:[(（][^()（）]{0,30}[)）])?\s*(?:cast|キャスト|staff|スタッフ)?$", re.I)


def _other_medium_part_row(text: str, lines, i: int) -> bool:
    """Is this <th> an infobox's header row opening another medium's part (「舞台」「ミュージカル」「Stage play」 with the
    next row's label right under it), not a label with its value beside it (「舞台 | 東京」: the story's setting)?"""
    if len(text) > 30 or not _OTHER_MEDIUM_HEAD.match(_EDIT_LINK.sub("", unicodedata.normalize("NFKC", text)).strip()):
        return False
    return i + 1 < len(lines) and lines[i + 1].tag == "th"


def _voice_order(text: str) -> tuple[int, int] | None:
    """A legend ordering several media's voices: (the anime's place, how many media); None without one."""
    if "順" not in text:
        return None
    m = _VOICE_ORDER_NOTE.search(unicodedata.normalize("NFKC", text))
    if not m:
        return None
    media = [x for x in re.split(r"\s*[/／、→,]\s*", m.group("order")) if x]
    anime = [i for i, x in enumerate(media) if _ANIME_MEDIUM.search(x) and not _OTHER_MEDIUM.search(x)]
    return (anime[0], len(media)) if len(media) >= 2 and anime else None


def _anime_voice(actor: str, order: tuple[int, int] | None) -> str:
    """The anime's voices of a credit that names other media's too (a drama CD, a voice comic, a game):
    by each name's medium note, else by the page's legend of the order; empty when only another medium's."""
    if not actor or not (order or _OTHER_MEDIUM.search(actor) or _played_by_mark(actor)):
        return actor
    v = _CITATION.sub("", unicodedata.normalize("NFKC", actor)).strip()
    parts = [p for p in re.split(r"\s*[/／、;；→⇒]\s*|\s*,\s+", v) if p.strip()]
    if len(parts) < 2 and not (parts and _MEDIUM_NOTE_PART.search(parts[0])):
        return actor
    noted = [(p, mm.group("m") if (mm := _MEDIUM_NOTE_PART.search(p)) else "") for p in parts]
    # "声 - A / 演 - B", "Voiced by: A / Played by: B": B is the stage's or the live-action's performer
    noted = [(pm.group("p"), "stage") if not n and (pm := _PLAYED_BY_PART.match(p)) else (p, n) for p, n in noted]
    # "ドラマCD：A / TVアニメ：B": the medium as a label before the name
    noted = [(lm.group("p"), lm.group("m")) if not n and (lm := _MEDIUM_LABEL_PART.match(p))
             and (_OTHER_MEDIUM.search(lm.group("m")) or _ANIME_MEDIUM.search(lm.group("m"))) else (p, n) for p, n in noted]

    # "A（ドラマCD版は B）": the note names the other medium's own actor; A, outside it, is the anime's
    noted = [(_MEDIUM_NOTE_PART.sub("", p), "") if n and _NOTE_NAMES_ITS_ACTOR.search(n) and _MEDIUM_NOTE_PART.sub("", p).strip()
             else (p, n) for p, n in noted]

    def other_only(note: str) -> bool:
        return bool(_OTHER_MEDIUM.search(note)) and not _ANIME_MEDIUM.search(note)
    if any(other_only(n) for _, n in noted):
        keep = [_MEDIUM_NOTE_PART.sub("", p) if _ANIME_MEDIUM.search(n) else p for p, n in noted if not other_only(n)]
        return " / ".join(keep)
    if order and len(parts) == order[1] and not any(n for _, n in noted):
        return parts[order[0]]
    return actor


# a part of a character's credits naming who plays the part on stage or on screen, not who voices it: a wiki's
# "声 - A / 演 - B", "Voiced by: A / Played by: B", "CV：A／演：B"
_PLAYED_BY_PART = re.compile(r"^(?:演|(?:played|portrayed)\s+by)\s*(?:[-–—:：]\s*)?(?P<p>\S.{0,40})$", re.I)


def _played_by_mark(actor: str) -> bool:
    """Does a credit hold a "演 - B" / "Played by: B" part (cheap: the mark's first letters first)?"""
    if "演" not in actor and "by" not in actor:
        return False
    return any(_PLAYED_BY_PART.match(p) for p in re.split(r"\s*[/／、;；]\s*", unicodedata.normalize("NFKC", actor)))


_CITATION = re.compile(r"\s*\[(?:\d{1,3}|[a-z]|note \d+|citation needed)\]", re.I)
_LANG_NAMES = (r"japanese|english|french|german|spanish|latin american spanish|castilian|italian|portuguese|"
               r"brazilian portuguese|korean|mandarin|chinese|cantonese|tagalog|hindi|日本語|英語|jp|jpn|ja|en|eng")
_ACTOR_LANG = re.compile(r"(?P<a>[^;；/／()（）]+?)\s*[(（]\s*(?P<l>" + _LANG_NAMES + r")(?:\s+(?:dub|version|cast))?\s*[)）]", re.I)
_LANG_ACTOR = re.compile(r"(?:^|[;；/／,]\s*)(?P<l>" + _LANG_NAMES + r")(?:\s+(?:dub|version|cast))?\s*[:：]\s*"
                         r"(?P<a>[^;；/／:：]+)", re.I)
_LANG_CANON = {"jp": "Japanese", "jpn": "Japanese", "ja": "Japanese", "日本語": "Japanese", "en": "English",
               "eng": "English", "英語": "English", "japanese": "Japanese", "english": "English"}


def _lang_actors(value: str) -> list[tuple[str, str | None]]:
    """'A[6] (Japanese); B (English)' or 'Japanese: A / English: B' -> [(A, None), (B, 'English')]: one actor
    per dub (a Wikipedia "Voiced by" entry); anything else is one actor of the original cast."""
    v = _CITATION.sub("", unicodedata.normalize("NFKC", value or "")).strip()
    pairs = [(m.group("a"), m.group("l")) for m in _ACTOR_LANG.finditer(v)] or \
        [(m.group("a"), m.group("l")) for m in _LANG_ACTOR.finditer(v)]
    if not pairs:
        return [(v, None)]
    out = []
    for actor, lang in pairs:
        lang = _LANG_CANON.get(lang.casefold(), lang.strip().title())
        actor = re.sub(r"^(?:and|&|及び|と)\s+", "", actor.strip(" ,、;；"), flags=re.I)
        if actor:
            out.append((actor, None if lang == "Japanese" else lang))
    return out


_REGION_PREFIX = re.compile(r"^\s*(?P<r>US|USA|UK|NA|CA|AU|NZ|SEA|PH|IN|FR|DE|ES|IT|BR|MX|KR|TW|HK|Asia|Europe|"
                            r"North America|Latin America|Southeast Asia|Worldwide)\s*[:：]\s*(?P<rest>.+)$")
_AUTHOR_LABEL = re.compile(r"^(?:written by|created by|story by|author|authors|written and illustrated by|story and art by|"
                           r"作者|著者|著|原作|原作者)$", re.I)


def _source_line(text: str, line, col: _Collector, st: _State) -> None:
    """Inside another medium's part of an infobox ("Manga": Written by, Published by, Original run, Volumes):
    only its author is a fact about the anime (the original creator)."""
    lm = _label_match(text)
    if lm:
        if _AUTHOR_LABEL.match(_fold_label(lm.group("label"))) and lm.group("value").strip():
            col.staff("original creator", lm.group("value"), text)
        st.pending = None
        return
    if line.tag in ("th", "dt"):
        st.pending = text if _AUTHOR_LABEL.match(_fold_label(text)) else None
        return
    if st.pending and len(text) <= 60:
        col.staff("original creator", text, f"{st.pending}: {text}")
    st.pending = None


# "dアニメストア4月11日(日)12:00より配信": a service's name run into its start day (a card's two spans)
_NAME_THEN_DAY = re.compile(r"^(?P<st>[^:：。、\d][^:：。、]{0,23}?(?:[^\d\s:：。、]|\d(?=\s)))\s*(?P<rest>(?:\d{4}\s*[年/.\-]\s*)?\d{1,2}\s*(?:月|/)\s*\d{1,2}.*)$")


# a station's or service's cell giving its own first day in English words: "Streaming worldwide from January 14, 2027"
_MONTH_DAY_CELL = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\.?\s+\d{1,2}(?:st|nd|rd|th)?\b(?!\s*[:：])")


def _day_cell(text: str, name: str) -> bool:
    """Is this the cell after a station's name that gives its day or slot ("1月10日より", "毎週土曜 24:30～"; or,
    after a known station or service, "from January 14, 2027 (Thu)", never a Blu-ray's or an event's day)?"""
    if _STATION_TIME.search(text):
        return True
    return (len(text) <= 120 and bool(_MONTH_DAY_CELL.search(text)) and _known_org(name)
            and not _NOT_RELEASE_CONTEXT.search(text))


def _category_row_station(lines, i: int, st: _State) -> bool:
    """A broadcast section's row of three cells, the kind of carriage first ("見放題配信 | Netflix | 2027年1月13日より",
    "Simulcast | Crunchyroll | from April 3"): the line under the kind's label is a station or service whose own day
    the next cell gives, not the label's one value."""
    if st.section not in ("onair", "streaming") or i + 1 >= len(lines):
        return False
    text, nxt = lines[i].text, lines[i + 1].text
    return (_field_of(st.pending, st) in ("broadcaster", "streaming") and len(text) <= 25 and _known_org(text)
            and not _STATION_TIME.search(text) and _day_cell(nxt, text) and not _label_match(nxt)
            and lines[i + 1].kind != "heading")


def _onair_row(text: str, col: _Collector, st: _State) -> bool:
    """A broadcast/streaming section's row in a form of its own: "Starting April 3, 2027 on TOKYO MX, BS11 and
    more!", "Crunchyroll – Worldwide (excluding Asia)", "HIDIVE – from April 5, 2027", "TOKYO MX ｜ 2027.4.3 SAT
    24:30～". True when read."""
    om = _ONAIR_SENTENCE.match(unicodedata.normalize("NFKC", text))
    if om and (d := col.start_date(om.group("d"))) is not None:
        names = [n for n in re.split(r"\s*(?:,|、|\band\b|&)\s*", om.group("l")) if n.strip()]
        if names and all(len(n) <= 25 for n in names):
            for n in names:
                col.org("streaming" if org_key(n) in _KNOWN_STREAMERS or st.section == "streaming" else "broadcaster",
                        n, text)
            (col.stream_dates if st.section == "streaming" else col.dates).append((2, d, text))
            return True
    if st.section == "streaming" and _streamer_dash_note(text, col):
        return True
    dm = _SERVICE_DASH.match(text) if st.section in ("streaming", "onair") else None
    if dm and ((st.section == "streaming" and org_key(dm.group("svc")) in _KNOWN_STREAMERS)
               or find_first(dm.group("rest"), col.default_year)):   # "TOKYO MX — Saturdays at 25:30, starting …"
        rest = dm.group("rest")
        if find_first(rest, col.default_year):
            _station(dm.group("svc"), rest, col, st)
        else:
            region = re.sub(r"[()（）]", "", rest).strip()
            col.org("streaming", f"{dm.group('svc').strip()} ({region})" if len(region) <= 40 else dm.group("svc"), text)
        return True
    nm = _SERVICE_NOTE_ROW.match(text) if st.section == "streaming" and "(" in text else None
    if nm and org_key(nm.group("svc")) in _KNOWN_STREAMERS and _NOTE_REGION.search(nm.group("r")):
        # "Crunchyroll (announced for North America, Europe and Oceania)": the service and where it will stream
        col.org("streaming", f"{nm.group('svc').strip()} ({nm.group('r').strip()})", text)
        return True
    if _name_list_row(text, col, st):
        return True
    bm = _BAR_ROW.match(text)
    if bm and not _NOT_A_STATION.search(bm.group("st")) and (
            _STATION_TIME.search(bm.group("rest")) or find_first(bm.group("rest"), col.default_year)):
        _station(bm.group("st"), bm.group("rest"), col, st)
        return True
    return False


# a streaming list's long item: "Netflix — in Japan, South Korea and Taiwan, starting January 16, 2027, a week after …"
_STREAMER_DASH_NOTE = re.compile(r"^(?P<svc>[^–—:：|｜]{2,25}?)\s+[–—]\s+(?P<rest>[^–—]{61,300})$")
# where it streams, said first: "simulcast worldwide excluding Asia", "in Japan, South Korea and Taiwan"
_NOTE_WHERE = re.compile(r"^(?:(?:simulcast(?:ing)?|streaming|available|exclusively)\s+)*(?:in\s+(?P<in>[A-Z].*)|"
                         r"(?P<w>(?:worldwide|globally|outside|excluding|except)\b.*))$")


# a service's note placing its start after the broadcast: "a week after the TV premiere", "after it airs in Japan"
_AFTER_TV = re.compile(r"\bafter\s+(?:the\s+)?(?:(?:TV|television|Japanese|broadcast)\s+)?(?:premiere|broadcast|airing)|"
                       r"\bafter\s+(?:it|each\s+episode)\s+airs\b", re.I)


# a service's name and the note in brackets after it: 「Netflix（日本国内は2027年4月10日より見放題独占配信）」
_SERVICE_WITH_NOTE = re.compile(r"([^、,，/／()（）]{2,30}?)\s*[(（]((?:[^()（）]|[(（][^()（）]{1,6}[)）]){1,80})[)）]")


def _services_dated_in_their_note(value: str) -> set[str] | None:
    """The services of a list whose own bracketed note holds the list's every date ("Netflix（日本国内は4月10日より…）、
    Crunchyroll（日本・アジア除く）": the day is Netflix's only); None when a date stands outside the notes (shared)."""
    if "(" not in value and "（" not in value:
        return None
    if _STATION_TIME.search(_SERVICE_WITH_NOTE.sub(lambda m: m.group(1), value)):
        return None
    owners = {org_key(m.group(1).strip(" 、,")) for m in _SERVICE_WITH_NOTE.finditer(value) if _STATION_TIME.search(m.group(2))}
    return owners or None


def _streamer_dash_note(text: str, col: _Collector) -> bool:
    """A well-known service's item in a streaming list, its dash followed by a long note: the service, the
    territories its note begins with, and the start day the note gives."""
    m = _STREAMER_DASH_NOTE.match(text.strip())
    if m is None or org_key(m.group("svc")) not in _KNOWN_STREAMERS:
        return False
    svc, rest = m.group("svc").strip(), m.group("rest")
    first = re.split(r",\s*(?=(?:starting|from|beginning|subtitled|dubbed|with|a\s+week|every|new)\b)|[;.(]", rest)[0].strip()
    wm = _NOTE_WHERE.match(first) if len(first) <= 45 else None
    region = (wm.group("in") or wm.group("w")).strip() if wm else ""
    col.org("streaming", f"{svc} ({region})" if region else svc, text)
    d = col.start_date(rest) if _AFTER_TV.search(rest) else None
    if d is not None and d.rank == 3:   # its own later day, never the first airing
        col.add("release_date", _date_key(svc), d.iso(), text, d.precision)
    elif d is None:
        col.service_date(svc, rest, text)
    return True


_LIST_VERB_LEAD = re.compile(r"^(?:(?:now\s+)?streaming(?:\s+(?:on|via|at))?|available\s+(?:on|at)|watch\s+(?:it\s+)?on|配信)\s+(?=\S)", re.I)


def _name_list_row(text: str, col: _Collector, st: _State) -> bool:
    """'TOKYO MX／BS11／AT-X', 'dアニメストア、U-NEXT、ABEMA ほか', a lone 'Crunchyroll' list item: a broadcast or
    streaming section's bare list of names, read when at least one is a well-known station or service."""
    t = re.sub(r"\s*(?:ほか|他|and more|etc\.?|など)\s*[!！.。]?\s*$", "", unicodedata.normalize("NFKC", text).strip())
    t = re.sub(r"\s*(?:ほか|他)?(?:でも|にても|にて|で)(?:放送|放映|配信)(?:中|予定|決定|開始)?\s*[!！。]?$", "", t)   # 「…、BSフジでも放送」
    t = _LIST_VERB_LEAD.sub("", t)   # "Streaming Netflix, Crunchyroll": the list after its verb
    if not t or len(t) > 120 or re.search(r"[:：。!?！？]|\d{1,2}\s*(?:[:/]\s*\d{1,2}|月)|より|から", t):
        return False
    names = [n.strip() for n in re.split(r"\s*(?:[/／、,，|｜]|・(?=[A-Z\u30A0-\u30FF\u4E00-\u9FFF]))\s*", t) if n.strip()]
    if not names or any(len(n) > 20 or len(n.split()) > 3 for n in names):
        return False
    if not any(fold(n) in ORG_ALIASES or org_key(n) in _KNOWN_STREAMERS for n in names):
        return False
    for n in names:
        col.org("streaming" if st.section == "streaming" or org_key(n) in _KNOWN_STREAMERS else "broadcaster", n, text)
    return True


_ONAIR_SENTENCE = re.compile(r"^(?:starting|from|beginning|begins|airing|airs|premieres?|premiering|on air)\s+(?:on\s+|from\s+)?"
                             r"(?P<d>[^,]{3,30}(?:,\s*\d{4})?)\s+on\s+(?P<l>[^.!?]+?)(?:,?\s+and (?:more|others))?\s*[.!]*$",
                             re.I)
_SERVICE_DASH = re.compile(r"^(?P<svc>[^–—:：|｜]{2,25}?)\s+[–—-]\s+(?P<rest>[^–—]{2,60})$")
_BAR_ROW = re.compile(r"^(?P<st>[^|｜:：。、]{2,25}?)\s*[|｜]\s*(?P<rest>[^|｜]*\d[^|｜]*)$")
_STATION_NAME = r"[A-Z][\w+&.-]*(?:\s(?:[A-Z0-9][\w+&.-]*|TV))*|[\u30A0-\u30FF\u4E00-\u9FFFA-Za-z0-9+＋“”「」・.-]{2,20}"


_LATER_STATION = re.compile(r"^(?:(?:and\s+)?then|and|later|followed\s+by|plus)?\s*(?P<st>" + _STATION_NAME + r")\s+"
                            r"(?:from|starting(?:\s+on)?|beginning(?:\s+on)?|follows\s+on|on)\s+(?P<when>\S.*)$")


def _later_station(part: str, main, col: _Collector, names: list[str], evidence: str) -> bool:
    """"…, then BS11 from January 10": a second station starting on its own day (the year of the premiere's)."""
    m = _LATER_STATION.match(part) if main is not None and main.year else None
    if m is None or _TIME_PHRASE.search(m.group("st")) or _NOT_A_STATION.search(m.group("st")):
        return False
    when = find_first(m.group("when"), main.year)
    if when is None or when[0].rank != 3 or when[1] != 0 or main.rank != 3 or when[0].as_date() <= main.as_date():
        return False
    first = next((n for n in names if _known_org(n.strip()) or _STATIONISH.search(n.strip())), None)
    if first and not any(e == evidence for _n, _d, e in col.station_dates):
        col.station_dates.append((first.strip(), main, evidence))   # the station named first airs it on the premiere day
    names.append(m.group("st"))
    col.station_dates.append((m.group("st"), when[0], evidence))
    return True


_STATION_BLOCK_AFTER = re.compile(r"[’']s\s+[\"“]?(?P<b>[^\"”,;]{1,24}?)[\"”]?\s+(?:late-night\s+|anime\s+|programming\s+)*(?:block|slot)\b")


# one part of a premiere cell that gives a day, its slot, then the station: 「1月8日(金) 24:00~ BS朝日」, "Jan 8 (Fri) 24:00~ BS Asahi"
_DATE_THEN_STATION_PART = re.compile(r"^\s*(?P<when>(?:(?:19|20)\d\d\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日(?:\s*[(（][^)）]{1,3}[)）])?(?:[^/、]*?(?:[~〜～]|\d{1,2}\s*[:：]\s*\d\d))?|"
                                     r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*(?:19|20)\d\d)?)(?:\s*\([A-Za-z.]{2,5}\))?(?:[^/、]*?(?:[~〜～]|\d{1,2}\s*:\s*\d\d))?)"
                                     r"\s*(?:より|から|~|〜|～)?\s*(?P<st>[^\d\s/、,~〜～(（][^/、,~〜～]{0,20}?)\s*(?:ほか|他)?\s*$")


def _dated_station_parts(v: str, col: _Collector, evidence: str) -> None:
    """A premiere cell listing stations one part each, the day first: 「2027年1月6日(水) 25:05~ TOKYO MX／1月8日(金) 24:00~
    BS朝日」: each known station's own day (its slot past midnight moving it), the earliest being the first airing."""
    parts = [p for p in re.split(r"\s*[/、]\s*", v) if p.strip()]
    if len(parts) < 2:
        return
    year = None
    found = []
    for part in parts:
        m = _DATE_THEN_STATION_PART.match(part)
        if m is None or not _known_org(m.group("st").strip()):
            return   # every part a day and a known station, or none read this way
        when = m.group("when")
        if year is not None and not re.search(r"(?:19|20)\d\d", when):   # a later part's day is in the first part's year
            when = f"{year}年{when}" if "月" in when else re.sub(r"^([A-Za-z.]+\s+\d{1,2})", rf"\g<1>, {year}", when)
        d = col.start_date(when)
        if d is None or d.rank != 3:
            return
        year = year or d.year
        found.append((m.group("st").strip(), d))
    for name, d in found:
        col.station_dates.append((name, d, evidence))


# one part of a where-to-watch value naming the station (or service) first, then its start: "TBS from Thursday, April 1,
# 2027 at 25:28", "BS-TBS starting April 3", "Netflix (worldwide) from Thursday, April 15, 2027", 「TBS 4月1日(木)より」
_STATION_THEN_DATE_PART = re.compile(r"^\s*(?P<st>[^\d/、,;()（）][^/、,;()（）]{1,29}?)\s*(?P<note>[(（][^()（）]{1,40}[)）])?\s*"
                                     r"(?:(?:from|starting|beginning|begins|starts|on)\s+(?:on\s+)?)?"
                                     r"(?P<when>(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}\b|"
                                     r"(?:(?:19|20)\d\d\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日).*)$")


def _station_then_date_parts(value: str, field_: str, col: _Collector, evidence: str) -> bool:
    """A broadcast or streaming value listing each known station or service then its own start, one part each
    ('TBS from Thursday, April 1, 2027 at 25:28 / BS-TBS from Saturday, April 3, 2027 at 24:30'): the names, and each
    one's day (a slot past midnight moving it); False, reading nothing, unless every part is such a pair."""
    v = unicodedata.normalize("NFKC", value)
    parts = [p for p in re.split(r"(?<!\d)\s*/\s*(?!\d)|\s*[;；]\s*|\s*、\s*(?=\D)", v) if p.strip()]
    found = []
    year = None
    for part in parts:
        m = _STATION_THEN_DATE_PART.match(part)
        if m is None or not _known_org(m.group("st").strip()):
            return False
        when = m.group("when")
        if year is not None and not re.search(r"(?:19|20)\d\d", when):   # a later part's day is in the first part's year
            when = f"{year}年{when}" if "月" in when else re.sub(r"^((?:\w+day,?\s+)?[A-Za-z.]+\s+\d{1,2})", rf"\g<1>, {year}", when)
        d = col.start_date(when)
        if d is None or d.rank != 3:
            return False
        year = year or d.year
        found.append((m.group("st").strip(), (m.group("note") or "").strip(), d))
    for name, note, d in found:
        kind = "streaming" if field_ == "release" and org_key(name) in _KNOWN_STREAMERS else \
            "broadcaster" if field_ == "release" else field_   # (a premiere label's parts: a service streams, a station airs)
        col.org(kind, f"{name} {note}".strip(), evidence)
        if kind == "broadcaster":
            col.station_dates.append((name, d, evidence))
        else:
            col.service_dates.append((name, d, evidence))
            col.stream_dates.append((2, d, evidence))
    return bool(found)


# a late-night block by its usual name, beside the stations that air it in one bracket: "(MBS/TBS, Super Animeism
# TURBO)", "(+Ultra: Fuji TV)", 「（MBS・TBS／アニメイズム）」
_BLOCK_WORDS = r"\+Ultra|Noitamina|NOITAMINA|Super\s+Animeism(?:\s+TURBO)?|Animeism|AnichU|IMAnimation|NUMAnimation|Friday\s+Anime\s+Night|B8station|アニメイズム|ノイタミナ"
_STATIONS_BLOCK_INNER = re.compile(r"\s*(?:(?P<list>[^()（）:：]{2,60}?)\s*[,、，;；/／:：]\s*(?P<block>" + _BLOCK_WORDS + r")|"
                                   r"(?P<block2>" + _BLOCK_WORDS + r")(?:\s+(?:block|slot))?\s*[,、，;；/／:：]\s*(?P<list2>[^()（）]{2,60}?))"
                                   r"(?:\s+(?:block|slot)|枠)?\s*")


def _block_stations_of(inner: str) -> list[str]:
    """"MBS/TBS, Super Animeism TURBO", "+Ultra: Fuji TV", 「MBS・TBS／アニメイズム」 (a bracket's words): each known station
    with the block named beside it ("MBS (Super Animeism TURBO)"); none unless every other part is a known station."""
    m = _STATIONS_BLOCK_INNER.fullmatch(inner)
    if m is None:
        return []
    stations = [p.strip() for p in re.split(r"\s*(?:[/／・、,，&]|\band\b)\s*", m.group("list") or m.group("list2") or "") if p.strip()]
    if not stations or not all(_known_org(p) for p in stations):
        return []
    block = re.sub(r"\s+", " ", (m.group("block") or m.group("block2")).strip())
    return [f"{p} ({block})" for p in stations]


def _bracket_block_stations(v: str, names: list[str]) -> str:
    """"July 3, 2027 (MBS/TBS, Super Animeism TURBO)": each known station of the bracket airs in the block named with
    them (a station of its own, "Super Animeism TURBO", is none); the value without that bracket for the readers after."""
    for m in (re.finditer(r"[(（]([^()（）]{2,80})[)）]", v) if ("(" in v or "（" in v) else ()):
        found = _block_stations_of(m.group(1))
        if found:
            names.extend(found)
            return v[:m.start()] + v[m.end():]
    return v


def _unclosed_bracket_part(part: str) -> tuple[str, bool]:
    """A list part cut out of a bracket by the list's separators ("2027-01-10 (TOKYO MX", "Sundays 24:00)", "TBS)"):
    the words inside the bracket, and whether the part was such a piece."""
    if part.count("(") + part.count("（") > part.count(")") + part.count("）"):
        return re.split(r"[(（]", part)[-1].strip(), True
    if part.count(")") + part.count("）") > part.count("(") + part.count("（"):
        return re.split(r"[)）]", part)[0].strip(), True
    return part, False


_POSSESSIVE_BLOCK = re.compile(r"^(?:on\s+)?(?P<st>" + _STATION_NAME + r")(?=[’']s\s)")


def _station_with_possessive_block(part: str) -> str | None:
    """"TV Asahi's NUMAnimation block", "on Fuji TV's +Ultra slot": a known station and the block it airs the work in,
    as 'TV Asahi (NUMAnimation)'; None for any other words."""
    m = _POSSESSIVE_BLOCK.match(part)
    bm = _STATION_BLOCK_AFTER.match(part, m.end()) if m else None
    if bm is None or not _known_org(m.group("st")):
        return None
    return f"{m.group('st').strip()} ({bm.group('b').strip()})"


def _stations_in_release(value: str, col: _Collector, evidence: str) -> None:
    """'Wednesday 8 January 2025, TV Tokyo (22:00)', '7 January, 24:00 on Tokyo MX; AT-X follows on the 10th',
    '4月6日(日)23:45～ TOKYO MX、BS朝日': the stations named beside a premiere date."""
    v = unicodedata.normalize("NFKC", value)
    main = col.start_date(v)
    names: list[str] = []
    v = _bracket_block_stations(v, names)
    if "/" in v or "、" in v:
        _dated_station_parts(v, col, evidence)   # 「1月6日(水) 25:05~ TOKYO MX/1月8日(金) 24:00~ BS朝日」
    for m in re.finditer(r"\bon\s+(" + _STATION_NAME + r")", v):
        bm = _STATION_BLOCK_AFTER.match(v, m.end())   # "on Fuji TV's "+Ultra" block": the station and its block
        names.append(f"{m.group(1)} ({bm.group('b')})" if bm else m.group(1))
    for m in re.finditer(r"(?<=[\d)）])\s*[(（]([^()（）]{2,24})[)）]", v):   # "January 9, 2027 (TOKYO MX)", not a block's
        p = m.group(1).strip()
        if (re.fullmatch(_STATION_NAME, p) and not _TIME_PHRASE.search(p) and not _NOT_A_STATION.search(p)
                and (re.search(r"[A-Z]{2}", p) or re.search(r"(?:テレビ|放送)$", p)) and not re.fullmatch(
                    r"(?i)(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|jst|jp|us|usa|uk|na|tba|tbd|tbc)\.?", p)):
            names.append(p)
    for part in re.split(r"\s*[,;；、/·•]\s*|~|〜|～", v):
        part = re.sub(r"\s*[(（][^)）]*[)）]", "", part).strip()
        part, in_bracket = _unclosed_bracket_part(part)
        if in_bracket:   # "(Friday late night 25:20 JST, TV Asahi's NUMAnimation block)": a piece of the day's note
            if (blocked := _station_with_possessive_block(part)) or fold(part) in _known_org_keys():
                names.append(blocked or part)
            continue
        part = re.sub(r"\s+(?:later|afterwards|thereafter|after that|too|as well|also|soon after|shortly after)$", "",
                      part, flags=re.I)   # "BS Asahi later"
        if _later_station(part, main, col, names, evidence):
            continue
        digits_ok = bool(re.fullmatch(r"[A-Z][A-Za-z]*\d{1,3}|BS\d{1,3}|[A-Z]+-?\d{1,3}", part))   # BS11, AT-X's kin
        if not part or (re.search(r"\d", part) and not digits_ok) or _TIME_PHRASE.search(part):
            cut = re.sub(r"^.*?(?:\d{1,2}:\d{2}|\d{1,2}日|\))\s*(?:~|〜|～)?\s*", "", part) if re.search(r"\d", part) else ""
            part = cut if cut and not re.search(r"\d", cut) and cut != part else ""
        if not part:
            continue
        fm = re.match(r"^(" + _STATION_NAME + r")\s+(?:follows|starts|from|begins)?\s*on the (\d{1,2})(?:st|nd|rd|th)\b", part)
        if fm and main is not None and main.month:
            from ..dates import from_parts
            d = from_parts(main.year, main.month, int(fm.group(2)))
            names.append(fm.group(1))
            if d is not None:
                col.station_dates.append((fm.group(1), d, evidence))
            continue
        if re.fullmatch(_STATION_NAME, part) and not re.match(
                r"(?i)((mon|tues|wednes|thurs|fri|satur|sun)days?|jst|from|on|to|and|tba|tbd|present|ongoing|now|"
                r"premieres?|(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?|"
                r"(winter|spring|summer|fall|autumn)( season)?|early|mid|late)$", part):
            names.append(part)
    for m in re.finditer(r"(" + _STATION_NAME + r")\s+(?:follows|starts|from|begins)\s*on the (\d{1,2})(?:st|nd|rd|th)\b", v):
        if main is not None and main.month and m.group(1) not in names:
            from ..dates import from_parts
            d = from_parts(main.year, main.month, int(m.group(2)))
            names.append(m.group(1))
            if d is not None:
                col.station_dates.append((m.group(1), d, evidence))
    for n in names:
        n = n.strip()
        if n and not re.fullmatch(r"(?i)on|the|and|at|from|or", n):
            col.org("streaming" if org_key(n) in _KNOWN_STREAMERS else "broadcaster", n, evidence)


_SLOT_LEAD = re.compile(r"^\s*(?:[(（][^)）]{0,8}[)）])?\s*(?:より|から|~|〜|～|from)?\s*(?:毎週\s*|every\s+)?"
                        r"(?:[月火水木金土日](?:曜日?)?\s*|(?:mon|tues|wednes|thurs|fri|satur|sun)days?\s*)?(?:深夜\s*)?"
                        r"(?:\d{1,2}\s*[:：]\s*\d{2})?\s*(?:~|〜|～|-)?\s*", re.I)
# "TBS系全国28局ネット": the key station of a network ("系" = its affiliates, "N局ネット" = N stations carry it)
# a network's block at the end of its stations: 「MBS・TBS系列全国28局ネット「アニメイズム」枠」
_BLOCK_NET_TAIL = re.compile(r"\s*[「『“](?P<block>[^」』”]{1,20})[」』”]\s*枠\s*$")


def _network_block(value: str, col: _Collector, text: str) -> bool:
    """「MBS・TBS系列全国28局ネット「アニメイズム」枠」: each known station of the network (the first, its key station,
    with the block it airs in); False when a part is no known station."""
    bm = _BLOCK_NET_TAIL.search(value)
    if bm is None:
        return False
    parts = re.split(r"\s*[・、,，／/]\s*", _NETWORK_TAIL.sub("", value[:bm.start()]).strip())
    if not parts or not all(_known_org(p) for p in parts):
        return False
    for k, p in enumerate(parts):
        col.org("broadcaster", f"{p}（{bm.group('block')}）" if k == 0 else p, text)
    return True


_NETWORK_TAIL = re.compile(r"\s*(?:系列?)?\s*(?:全国)?\s*(?:\d+\s*局)?\s*ネット\s*$|\s*系列?\s*$")
_NOT_A_STATION = re.compile(r"^(?:放送|配信)?(?:予定|開始|決定|スタート|中)?$|未定|調整中|^(?:airing|airs|broadcast(?:ing)?|"
                            r"streaming|streams|premier(?:e|es|ing)|starting|coming|now|available|the (?:anime|series))$|"
                            r"^(?:repeat|rerun|re-run)s?\b|再放送|リピート|"
                            r"イベント|上映会|ステージ|フェス|展示|発売|\bevent\b|\bscreening\b", re.I)   # an event's or product's row


_SLOT_STATION = re.compile(r"^(?P<st>[^\d\s:：。、][^:：。、]{0,23}?)\s+(?P<rest>(?:(?:(?:19|20)\d\d\s*[年/.-]\s*)?\d{1,2}\s*[/月.-]\s*\d{1,2}|毎週|every\s|"
                           r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|"   # "BS11 January 12 (Tue) 24:00~"
                           r"(?:mon|tues|wednes|thurs|fri|satur|sun)days?\b).*)$", re.I)


def _station_row_pair(head, line, col: _Collector, st: _State) -> bool:
    """A label cell naming known stations, then a cell opening on their start day with a slot (a table or list
    of stations outside any ON AIR part: 「TBS | 2027年1月14日（木）より 毎週木曜 25:28～」, "BS11 | Jan 12 (Tue) 24:00"):
    read as the station's own schedule line, whatever the heading above says."""
    if head.tag not in ("th", "dt") or line.tag not in ("td", "dd") or st.section in ("onair", "streaming", "skip", "source"):
        return False
    name = re.sub(r"\s*(?:ほか|他)(?:各局)?$", "", head.text.strip())
    if not name or len(name) > 30 or not all(_known_org(p) for p in re.split(r"\s*[・、,，／/]\s*", name) if p):
        return False
    value = unicodedata.normalize("NFKC", line.text)
    when = find_first(value, col.default_year) if _STATION_TIME.search(value) else None
    if when is None or when[0].rank != 3 or when[1] > 2:
        return False   # (the day must open the cell: "…より順次" after other words is no start of its own)
    _station(name, value, col, st)
    return True


def _known_station_line(text: str) -> bool:
    """'BS-TBS 1月13日(水)より 毎週水曜 24:00〜' as the next line of a station cell: a known station or service, then its
    day or weekly slot. A broadcast cell lists one station a line, each the cell's value (a set, not one value)."""
    m = _SLOT_STATION.match(unicodedata.normalize("NFKC", text)) if len(text) <= 80 else None
    if m is None:
        return False
    name = m.group("st").strip()
    return bool(re.fullmatch(_STATION_NAME, name)) and not _NOT_A_STATION.search(name) and _known_org(name)


def _slot_station(text: str, col: _Collector, st: _State) -> bool:
    """A station's line under a premiere label: 'BS-TBS 1月9日(土)より…' is its own premiere; 'TBS 毎週木曜 25:28～'
    airs on the label's day, and a slot past midnight moves that first airing to the next calendar day."""
    m = _SLOT_STATION.match(unicodedata.normalize("NFKC", text))
    if not m:
        return False
    name, rest = m.group("st").strip(), m.group("rest")
    if not re.fullmatch(_STATION_NAME, name) or _NOT_A_STATION.search(name):
        return False
    when = find_first(rest, col.default_year)
    if when is not None and when[0].rank == 3:
        _station(name, rest, col, st)
        return True
    col.org("streaming" if org_key(name) in _KNOWN_STREAMERS else "broadcaster", name, text)
    ref = st.release_ref
    if ref is not None and ref < len(col.dates):
        slot = re.search(r"(\d{1,2})\s*[:：時]", rest)
        strength, d, ev = col.dates[ref]
        wd = re.search(r"([月火水木金土日])曜", rest)
        if wd and d.rank == 3 and "月火水木金土日".index(wd.group(1)) != d.as_date().weekday():
            return True   # "AT-X 毎週水曜21:00～" under a Monday premiere: another day's slot, not the first airing's
        rolled = _late_night_roll(d, " " + slot.group(0)) if slot else d
        if rolled != d:
            col.dates[ref] = (strength, rolled, f"{ev} {text}")
        st.release_ref = len(col.dates) + 1000   # rolled once: later stations' slots are their own
    return True


def _date_then_stations(value: str, col: _Collector, evidence: str) -> bool:
    """A schedule cell that opens with the premiere ("2027年1月10日(日)より毎週日曜 17:00～ MBS/TBS系全国28局ネット"):
    the date is the first airing, the names after the slot are its broadcasters."""
    v = unicodedata.normalize("NFKC", value or "")
    when = find_first(v, col.default_year)
    if when is None or when[1] > 2:
        return False
    d = col.start_date(v)
    if d is not None:
        col.dates.append((2, d, evidence))
    _stations_after_date(v, when[2], col, evidence)
    if "配信" in v:
        _service_parts_dates(v, col, evidence)
    return True


_NEXT_LABEL = re.compile(r"(?:^|\s+)[^\s:：/／、,]{1,12}\s*[:：](?!\s*\d)")


def _service_parts_dates(v: str, col: _Collector, evidence: str) -> None:
    """「放送：1月10日(日)24:00〜 TOKYO MX・BS日テレほか／U-NEXTにて1月13日(水)12:00より配信」: a later part of the
    premiere's value gives a streaming service its own start."""
    for part in re.split(r"\s*/(?!\d)\s*", v)[1:]:
        m = re.match(r"^(?P<n>[^にで、。\d/]{2,20}?)\s*(?:ほか|他)?(?:にて|で)\s*(?P<rest>[^。]*配信)", part)
        if m and org_key(_clean_org(m.group("n"))) in _KNOWN_STREAMERS:
            col.service_date(_clean_org(m.group("n")), m.group("rest"), evidence)


def _stations_after_date(v: str, end: int, col: _Collector, evidence: str) -> None:
    """The stations written after a premiere date and its slot: '… 17:00～ MBS/TBS系全国28局ネット',
    '2027年1月 TOKYO MX、BS日テレにて放送開始'."""
    rest = _before_verb(_SLOT_LEAD.sub("", v[end:]))
    rest = _NEXT_LABEL.split(rest)[0]   # "… ライター：X": another label's value, no station
    for n in _split_orgs(rest):
        n = re.sub(r"\s*(?:ほか|他|など)(?:各局)?$", "", _NETWORK_TAIL.sub("", n)).strip()   # 「TOKYO MX・BS11ほか」
        if n and (not re.search(r"\d", n) or _known_org(n)) and not _NOT_A_STATION.search(n) and len(n) <= 25:
            streams = org_key(n) in _KNOWN_STREAMERS or bool(re.search(r"\S\s*(?:独占|先行|最速|見放題|同時)*配信(?:予定|中|決定)?$", n))
            col.org("streaming" if streams else "broadcaster", n, evidence)   # ("X+ 独占先行配信": a service)


_LONG_LABEL_LINE = re.compile(r"^(?P<label>[^:：「」『』\"“”]{41,80}?)\s*[:：]\s*(?P<value>.*)$")


def _long_credit_label(text: str):
    """A combined credit whose label runs past the usual 40 characters ("Character Design & Chief Animation
    Director: X"): a label line only when every part of the label is a known role."""
    lm = _LONG_LABEL_LINE.match(text)
    if lm is None or len(re.findall(r"[&＆/／・,，]|\band\b", lm.group("label"))) < 1:
        return None
    return lm if is_known_credit(lm.group("label")) and credit_kind(lm.group("label")) == "staff" else None


# a station labelled with its block in brackets: 「フジテレビ「+Ultra」：1月13日より毎週水曜24:55～」
_BLOCK_LABEL_LINE = re.compile(r"^(?P<label>(?P<st>[^:：「」『』\"“”]{2,20}?)\s*[「『“](?P<block>[^:：「」『』\"“”]{1,16})[」』”])\s*[:：]\s*(?P<value>.*)$")


def _station_block_label(text: str):
    """A station's line whose label carries its block in brackets (the label may hold no bracket otherwise:
    a quoted title is no label), only when the name before the bracket is a known network."""
    lm = _BLOCK_LABEL_LINE.match(text) if "「" in text or "『" in text or "“" in text else None
    return lm if lm and _known_org(lm.group("st").strip()) else None


def _label_match(text: str):
    """A "Label: value" line, or None: "1: "Title" by Artist" is a list item and "4月5日(土)24:00～" a time."""
    lm = _LABEL_LINE.match(text) if ":" in text or "：" in text else None   # (it needs a colon)
    if lm is None and (":" in text or "：" in text):
        lm = _long_credit_label(text) or _station_block_label(text)
    if lm and (re.match(r"^#?\s*\d{1,2}$", lm.group("label").strip())
               or re.search(r"(?:^|[\s)）~〜日曜])\d{1,2}$", lm.group("label")) and re.match(r"\d", lm.group("value"))
               or re.search(r"(?:深夜|午前|午後|朝|夜|昼|am|pm)\s*\d{1,2}$", lm.group("label"), re.I)
               and re.match(r"[0-5]\d(?!\d)", lm.group("value"))):   # "毎週土曜 深夜0:30～"
        return None
    return lm


@lru_cache(maxsize=1)
def _known_org_keys() -> frozenset:
    return frozenset(ORG_ALIASES) | frozenset(fold(v) for v in ORG_ALIASES.values()) | frozenset(_KNOWN_STREAMERS)


def _known_org(name: str) -> bool:
    """A broadcaster or service in the gazetteer (so a '・' between two names separates them)."""
    return bool(name) and (fold(name) in _known_org_keys() or org_key(name) in _known_org_keys())


# a local station's name the gazetteer may not hold: "とちぎテレビ", "群馬テレビ", "BS12", "ＡＴ－Ｘ"-like channel names
_STATIONISH = re.compile(r"^[^\d\s:：]{1,10}(?:テレビ|放送|TV|ＴＶ|チャンネル)$|^(?:BS|CS)[^\s:：]{1,8}$", re.I)


def _station_slot_line(lm, col: _Collector) -> bool:
    """A line outside an ON AIR section whose label is stations and whose value their start day and slot
    (a news article's info box: "TOKYO MX、とちぎテレビ：2027年1月10日（日）より毎週日曜24:30〜")."""
    label, value = re.sub(r"\s*(?:ほか|他)(?:各局)?$", "", lm.group("label").strip()), lm.group("value")
    if not value or len(label) > 40 or re.search(r"[「『]", value) and not col.names_in(value):
        return False
    parts = [p for p in re.split(r"\s*[・、,，／/]\s*", label) if p]
    if not parts or not any(_known_org(p) for p in parts) or not all(_known_org(p) or _STATIONISH.search(p) for p in parts):
        return False
    d = col.start_date(value) if _STATION_TIME.search(value) else None
    return d is not None and d.rank == 3


_UNDATED_SLOT = re.compile(r"未定|調整中|後日|決定次第|予定|\btba\b|\btbd\b|to be announced|coming soon", re.I)


# a schedule row headed by a territory, the services in its cell: "Japan | d Anime Store, U-NEXT — from January 11",
# "北米 | Crunchyroll：4月5日より", "Worldwide (excluding Asia) | HIDIVE - simulcast from …"
_TERRITORY = re.compile(r"(?:japan|worldwide|global|international|overseas|asia|southeast asia|europe|north america|"
                        r"latin america|south america|oceania|middle east|africa|united states|u\.?s\.?a?\.?|canada|"
                        r"u\.?k\.?|united kingdom|ireland|australia|new zealand|france|germany|italy|spain|korea|"
                        r"south korea|taiwan|hong kong|china|india|brazil|mexico|国内|日本|海外|全世界|世界|北米|南米|中南米|"
                        r"欧州|ヨーロッパ|アジア|東南アジア|台湾|香港|韓国|中国|米国|アメリカ|英国|イギリス|フランス|ドイツ)"
                        r"(?:\s*[(（][^()（）]{1,40}[)）])?(?:\s*(?:only|のみ|向け))?", re.I)
_SERVICES_THEN = re.compile(r"^(?P<l>[^—–:：()（）]{2,80}?)\s*(?:[—–]|\s-\s|[:：])\s*(?P<rest>.*\S.*)$")


def _territory_row(name: str, when: str, col: _Collector, st: _State) -> bool:
    """A territory's row naming the services that carry the show there: each service, with the territory."""
    sm = _SERVICES_THEN.match(unicodedata.normalize("NFKC", when or ""))
    if not sm:
        return False
    services = [p.strip() for p in re.split(r"\s*(?:[,、，/／]|\band\b|&)\s*", sm.group("l")) if p.strip()]
    if not services or not all(len(p) <= 25 and (_known_org(p) or org_key(p) in _KNOWN_STREAMERS) for p in services):
        return False
    territory = re.sub(r"\s+", " ", name.strip())
    for p in services:
        col.org("streaming", f"{p} ({territory})", f"{name} {when}")
        col.service_date(p, sm.group("rest"), f"{name} {when}")
    return True


# a service named with how it carries the show in brackets ("ABEMA（地上波最速）", "dアニメストア(独占先行)")
_HOW_IT_STREAMS = re.compile(r"^(?P<n>[^()（）]{2,20}?)\s*[(（](?P<q>[^()（）]{0,10}(?:最速|先行|独占|見放題|地上波|同時)[^()（）]{0,10})[)）]$")


# a row labelled by a service and what it does ("ミルアニ配信", "Netflix独占配信", "dアニメストア見放題配信"): the
# service's own streaming row; a bare kind of streaming ("ネット配信", "見放題配信") names no service
_SERVICE_STREAMS = re.compile(r"^(?P<n>\S.{1,19}?)\s*(?:(?:見放題|独占|先行|最速|同時|無料|限定)\s*)*配信$")
_NO_SERVICE = re.compile(r"^(?:ネット|web|インターネット|動画|海外|国内|日本|世界|全世界|各社?|各種|地上波|テレビ|tv|見放題|独占|先行|最速|同時|"
                         r"無料|有料|限定|レンタル|購入|定額|全話|一挙|全話一挙|最新話|本編|単話|順次|今後)$", re.I)


def _service_then_streams(name: str, when: str) -> tuple[str, str]:
    """"ミルアニ配信" + "2027年1月15日…": the service "ミルアニ", its row's text marked as streaming."""
    if not name.endswith("配信"):
        return name, when
    m = _SERVICE_STREAMS.match(name)
    if m is None or _NO_SERVICE.match(m.group("n")):
        return name, when
    return m.group("n"), f"配信 {when}"


def _logo_then_particle(lines, i: int, text: str) -> str:
    """「<img alt="Prime Video">にて」 then the date: the service is the logo's alt, the line only its particle."""
    if i > 0 and lines[i - 1].kind == "alt" and re.fullmatch(r"(?:ほか|他)?(?:にて|で)", text):
        return lines[i - 1].text + text
    return text


# a service's name with the region it streams in, in brackets: "Crunchyroll (worldwide excluding Asia)"
_REGION_PAREN = re.compile(r"^(?P<n>[^()（）]{2,25}?)\s*[(（](?P<r>(?:worldwide|global|outside|excluding|except|international|"
                           r"north\s+america|latin\s+america|europe|asia|the\s+americas|us|u\.s\.|uk|canada|australia|overseas)\b"
                           r"[^()（）]{0,40})[)）]$", re.I)


# a database's "Available At" row: a service, then in brackets the territories it was announced for
_SERVICE_NOTE_ROW = re.compile(r"^(?P<svc>[^()]{2,25}?)\s*\((?:(?:announced|available|licensed|streaming|coming|set)\s+(?:for|in|to)\s+|in\s+)?"
                               r"(?P<r>[^()]{2,60})\)$", re.I)
_NOTE_REGION = re.compile(r"\b(?:North\s+America|Latin\s+America|South\s+America|Europe|Oceania|Asia|Africa|the\s+Americas|"
                          r"worldwide|global|US|UK|Canada|Australia|India|MENA)\b", re.I)
# "U-NEXT and other services": the named service (the English 「ほか」)
_OTHERS_TAIL = re.compile(r"\s+(?:and|&)\s+(?:other|more)\s+(?:streaming\s+)?(?:services|platforms|sites|stations|channels|networks)$|"
                          r"\s*,?\s+(?:and\s+others|and\s+more|etc\.?)$", re.I)


def _station(name: str, when: str, col: _Collector, st: _State) -> None:
    if when and _states_absence([when]):
        return   # "Netflix：配信なし", "Hulu: not available"
    name = _clean_org(name)
    if name and " " in name:
        name = _OTHERS_TAIL.sub("", name)
    if name and _TERRITORY.fullmatch(name) and _territory_row(name, when, col, st):
        return
    lm = re.match(r"^[【\[［〔](?P<l>[^】\]］〕]{1,12})[】\]］〕]\s*(?P<n>.+)$", name)
    if lm:   # "【先行配信】Prime Video": the bracket labels the line
        name, when = lm.group("n"), f"{lm.group('l')} {when}"
    qm = _HOW_IT_STREAMS.match(name)
    if qm:   # "ABEMA（地上波最速）": the service, then how early it has the show
        name, when = qm.group("n"), f"{qm.group('q')} {when}"
    region = ""
    rm = _REGION_PAREN.match(name)
    if rm:   # "Crunchyroll (worldwide excluding Asia): from April 3": the service, and where it streams
        name, region = rm.group("n").strip(), rm.group("r").strip()
    nm = re.match(r"^(?P<n>[^にで、。]{2,20}?)\s*(?:にて|で)(?P<rest>.*)$", name)
    if nm:   # "ABEMAにて地上波1週間先行配信！ 9月25日(土)24:00～": the service, then what it does
        name, when = nm.group("n").strip(), f"{nm.group('rest')} {when}"
    name = re.sub(r"(?<=[A-Za-z0-9\u30A0-\u30FF\u4E00-\u9FFF])\s*(?:では|でも|は|も)$", "", name)   # "BSテレ東は1月14日より"
    name, when = _service_then_streams(name, when)
    parts = re.split(r"\s*[・、,，／/]\s*", re.sub(r"\s*(?:ほか|他)(?:各局)?$", "", name))
    if len(parts) > 1 and all(_known_org(p) or _STATIONISH.search(p) for p in parts) and any(_known_org(p) for p in parts):   # "ABEMA・dアニメストアほかにて…": each of them
        for p in parts:
            _station(p, when, col, st)
        return
    if not name or len(name) > 25 or _NOT_A_STATION.search(name) or _NOT_AN_ORG.search(name):
        return
    # 「TVアニメ『X』第2期 2027年1月7日(木)より放送開始」 (a key visual's alt) is the work, not a station; a block in
    # 「」 after a station's name (TBS「アニメイズム」) is the station's
    if "『" in name or col.names_in(name):
        return
    streamed = re.search(r"配信|stream", when, re.I) and not re.search(r"放送|broadcast|on ?air", when, re.I)
    field_ = "streaming" if st.section == "streaming" or org_key(name) in _KNOWN_STREAMERS or streamed else "broadcaster"
    col.org(field_, f"{name} ({region})" if region and field_ == "streaming" else name, f"{name} {when}")
    if field_ == "streaming":
        col.service_date(name, when, f"{name} {when}")
    d = col.start_date(when)
    if d is not None and field_ == "broadcaster":
        if d.rank == 3:
            col.station_dates.append((name, d, f"{name} {when}"))
        else:
            col.dates.append((2, d, f"{name} {when}"))


# a database's licensor row ("Licensed by: HIDIVE (North America, UK, Ireland)", "Licensors: Aniplex of America,
# Crunchyroll"): a licensor that is a streaming service streams the work there; a home-video label is no service
_LICENSOR_LABELS = {"licensed by", "licensor", "licensors", "north american licensor", "english licensor",
                    "international licensor", "overseas licensor", "licensed in north america by"}


def _licensed_streamers(value: str, text: str, col) -> None:
    """The known streaming services among a licensor row's names, each with the regions the row gives it."""
    for n in _split_orgs(value):
        if org_key(_clean_org(n)) in _KNOWN_STREAMERS and not _PLACEHOLDER.match(n):
            col.org("streaming", n, text)


def _field_of(label: str, st: _State) -> str | None:
    f = _fold_label(label)
    if f in ("type", "format", "種別"):
        return "type"  # "TV Series, 12 episodes"
    if not f or f in _IGNORE_LABELS:
        return None
    if f in _EPISODE_LABELS:
        return "episodes"
    if f in ("based on", "adapted from"):
        return "basedon"   # a film infobox's "Based on: Title by Author": the author is the original creator
    if f in _RELEASE_LABELS and f not in ("放送", "on air", "onair", "date", "release"):
        return "release"
    if f in _STREAM_LABELS:
        return "streaming"
    if f in ("放送局", "broadcaster", "broadcasters", "network", "networks", "tv station", "stations", "放送チャンネル",
             "broadcast", "original network", "tv network", "aired on", "channel", "channels", "放送局・放送日時", "放送チャンネル",
             "also airs", "also airs on", "also airing on", "also broadcast on", "other stations", "other broadcasters",
             "also on", "放送日時", "放送日程", "放送スケジュール", "放送局・日時", "broadcast schedule", "tv schedule",
             "english network", "english networks", "international network", "overseas network", "海外放送",
             "放送", "tv放送", "テレビ放送", "地上波", "地上波放送", "bs放送", "チャンネル"):
        return "broadcaster"
    if _REGION_BROADCAST.match(f):
        return "broadcaster"   # "Japanese broadcast", "TV broadcast", "Japan TV airing"
    if credit_kind(label) == "studio" and f not in ("制作", "animation"):
        return "studio"
    if f in ("opening theme", "ending theme", "insert song", "opening themes", "ending themes", "insert songs",
             "オープニングテーマ", "エンディングテーマ", "挿入歌", "opening", "ending", "主題歌", "theme song",
             "theme songs", "opening song", "ending song"):
        return "theme"
    if credit_kind(label) == "staff" and is_known_credit(label) and st.section != "music":
        return "staff"
    return None


_REGION_BROADCAST = re.compile(r"^(?:japanese|japan|tv|television|domestic|terrestrial|local)\s+(?:tv\s+)?"
                               r"(?:broadcasts?|broadcasters?|airings?|networks?|stations?|broadcast schedule|tv stations?)$")


@lru_cache(maxsize=8192)
def _fold_label(label: str) -> str:
    s = unicodedata.normalize("NFKC", label or "").casefold()
    s = re.sub(r"\s+", " ", s).strip(" ・■●◆-–—:：.")
    return s


@lru_cache(maxsize=8192)
def _theme_label(label: str) -> tuple[str, int | None] | None:
    """('opening', 2) for 'OP2', '第2クールOP', 'Opening Theme', 'オープニングテーマ'; None when not a theme label."""
    f = _fold_label(label)
    if len(f) > 30:
        return None
    if not re.search(r"opening|ending|insert|オープニング|エンディング|挿入歌|劇中歌|主題歌|theme song|^op\b|^ed\b|^op\d|^ed\d|"
                     r"op$|ed$|opテーマ|edテーマ|クールop|クールed|theme$", f):
        return None
    kind = None
    for k, pat in _THEME_KIND_WORDS:
        if pat.search(f):
            kind = k
            break
    if kind is None:
        return None
    num = None
    cm = _COUR.search(f)
    if cm:
        num = int(next(g for g in cm.groups() if g))
    else:
        nm = re.search(r"(?:op|ed|opening|ending|insert|song|テーマ|挿入歌)\s*#?\s*(\d{1,2})(?!\d)|#\s*(\d{1,2})|^(\d{1,2})(?:st|nd|rd|th)", f)
        if nm:
            num = int(next(g for g in nm.groups() if g))
    return kind, num


# a release line of a territory: "台湾：2027年4月公開予定（配給：X）", "France: June 9, 2027 (in theaters)"
_TERRITORY_RELEASE = re.compile(r"公開|上映|ロードショー|release|in (?:theaters|cinemas)|opens?|premieres?|放送|配信|"
                                r"stream|air", re.I)


# "Netflix premiere", "Crunchyroll release date", "HIDIVE streaming start": a label naming a streaming service and its start
_OUTLET_RELEASE_LABEL = re.compile(r"^(?P<org>.{2,30}?)\s+(?:premiere|release|launch|debut|start|streaming\s+start|broadcast\s+start)"
                                   r"(?:\s+date)?$", re.I)


def _outlet_label(label: str) -> bool:
    """"Netflix premiere", "HIDIVE streaming start": a known streaming service (no territory) and the word for its start."""
    m = _OUTLET_RELEASE_LABEL.match(unicodedata.normalize("NFKC", label).strip())
    return m is not None and org_key(m.group("org")) in _KNOWN_STREAMERS and not _TERRITORY.fullmatch(m.group("org"))


def _outlet_release(label: str, value: str, text: str, col: _Collector) -> bool:
    """"Netflix premiere: July 10, 2027 (worldwide)" beside the TV premiere: the service's own start, keyed by it,
    and the service itself with the region the value gives."""
    m = _OUTLET_RELEASE_LABEL.match(unicodedata.normalize("NFKC", label).strip())
    if m is None or not _outlet_label(label):
        return False
    v = unicodedata.normalize("NFKC", value)
    d = col.start_date(re.sub(r"[(（][^)）]*[)）]", " ", v))
    if d is None or d.day is None or _NOT_RELEASE_CONTEXT.search(v):
        return False
    org = m.group("org").strip()
    region = re.search(r"[(（]\s*(worldwide|globally|global|outside\s+(?:of\s+)?Asia|outside\s+(?:of\s+)?Japan|Japan|"
                       r"(?:the\s+)?(?:US|U\.S\.|UK|North\s+America|Asia)(?:\s*(?:,|and|&)\s*[A-Z][\w.]*)*)\s*[)）]", v)
    col.service_dates.append((org, d, text))   # (keyed only beside a TV premiere's day: see the release's finish)
    col.org("streaming", f"{org} ({region.group(1)})" if region else org, text)
    return True


def _territory_release(label: str, value: str, text: str, col: _Collector) -> bool:
    """A territory's own release line: a keyed release date (Japan's is the release)."""
    if _outlet_release(label, value, text, col):
        return True
    lab = unicodedata.normalize("NFKC", label).strip()
    if not _TERRITORY.fullmatch(lab) or not _TERRITORY_RELEASE.search(value) or _NOT_RELEASE_CONTEXT.search(value):
        return False
    v = unicodedata.normalize("NFKC", value)
    if find_first(v, col.default_year) is None and not re.search(r"(?:19|20)\d\d\s*年?\s*(?:夏|冬|春|秋)", v):
        return False
    if _JAPAN.match(lab):
        col.date(3, v, text)
        return True
    d = col.start_date(re.sub(r"[(（][^)）]*[)）]", " ", v))
    if d is None:
        return False
    col.region_dates.append((lab, d, text))
    return True


# a further station or service on a value's next line: "also on BS TV Tokyo", "and later on AT-X"
_ALSO_ON = re.compile(r"^(?:also|and|plus|then|later|and later|as well as)\s+(?:(?:airs?|airing|broadcast|streams?|streaming)\s+)?"
                      r"(?:on|via)\s+\S", re.I)
_DATE_LEAD = re.compile(r"(?:from|starting|since|beginning|until|through|begins|premieres?|on|in)\b|"
                        r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?(?:\s|$)", re.I)


def _subheading_words(value: str, line) -> bool:
    """An article's subheading "Ending: the voice of Pippa" or "Opening: The Band": words that introduce the
    paragraphs below, not a credit line (no quoted title, no "by", dash or slash between title and artist)."""
    if getattr(line, "kind", "") != "heading" or not re.fullmatch(r"h[1-6]", getattr(line, "tag", "") or ""):
        return False
    return not re.search(r"[\"“”「」『』/／–—]|\sby\s|\s-\s", value)


def _handle_label(label: str, value: str, text: str, col: _Collector, st: _State, line) -> bool:
    f = _fold_label(label)
    if not f:
        return False
    if _OTHER_WORKS_LABEL.search(label):
        return True  # "[代表作：監督『…』]": a person's other works, never a credit for this one
    if f in ("type", "format", "種別") and (em := re.search(r"(\d{1,4})\s*(?:episodes?|eps|話)\b", value, re.I)):
        col.add("episodes", "", str(int(em.group(1))), text)
        return True
    if f in _LICENSOR_LABELS and value and not st.news:
        _licensed_streamers(value, text, col)
        return True
    if f in _IGNORE_LABELS or _BAD_VALUE.search(value or "x") and not value.startswith("「"):
        if f in _IGNORE_LABELS or f in ("twitter", "hashtag"):
            st.pending = None
            return True
    if value and _territory_release(label, value, text, col):
        return True
    tl = _theme_label(label)
    if tl is not None:
        kind, num = tl
        if value and _SINGERS_ONLY_SUMMARY.match(value) and not re.search(r"[「『\"“]", value):
            return True   # "主題歌：OPはX、EDはY": who sings each, their songs named below (no title here)
        pieces = [(_theme_label(m.group("k")), m.group("v")) for m in _KIND_PIECE.finditer(value)] if value else []
        if len(pieces) >= 1 and all(k for k, _ in pieces) and _KIND_PIECE.match(value):
            for (k, n), v in pieces:   # "主題歌：OP Artist「Title」／ED Artist「Title」"
                _theme_value(k, n, v.strip(), text, col)
        elif value and _subheading_words(value, line):
            pass
        elif value:
            _theme_value(kind, num, value, text, col)
        else:
            st.pending = label
            st.pending_values = 0
            st.theme_kind = kind
        return True
    fld = _field_of(label, st)
    if not value:
        if fld is not None or st.section in ("staff", "companies") and _plausible_role(label):
            st.pending = label
            st.pending_values = 0
            return True
        return False
    if _PLACEHOLDER.match(value):
        return fld is not None or tl is not None or st.section in ("staff", "cast")
    if _section_of(label)[0] == "cast" and ("…" in value or "‥" in value or ".." in value) and (pairs := _ellipsis_pairs(value)):
        for char, actor in pairs:   # "キャスト：店長・北斗…柏木ゆう／常連のミザール…相良圭"
            col.cast(char, actor, text, st.lang)
        return True
    if _section_of(label)[0] == "cast" and ("=" in value or "＝" in value) and (pairs := _equals_pairs(value)):
        for char, actor in pairs:   # "キャスト：ノエル＝三輪ハルト／ポム＝七瀬かりん"
            col.cast(char, actor, text, st.lang)
        return True
    if _compact_credits(label, value, text, col):
        return True
    if _section_of(label)[0] == "cast" and re.search(r"\sas\s", value) and not re.search(r"[:：]", value):
        # a database row "Japanese cast: Rei Kasuga as Tomo, Jun Aoba as Kei"
        lang = _section_of(label)[1] or st.lang
        for piece in re.split(r"\s*(?:[,;；、]|\band\b)\s*", value):
            # "Aoi Ren stars as Mika, with Jo Sato as Kei": the joining words are neither name
            piece = _AS_VERB.sub(" as ", re.sub(r"^(?:with|and|plus|also|while)\s+", "", piece.strip(), flags=re.I))
            am = _AS_LINE.match(piece.strip())
            if am:   # "as club president Gabe Mori": the lower-case description before the name is no part of it
                col.cast(re.sub(r"^(?:[a-z][\w'’-]*\s+)+(?=[A-Z])", "", am.group("char").strip()), am.group("actor"), text, lang)
        return True
    if _section_of(label)[0] == "cast" and _DASH_PAIR.search(value) and not re.search(r"[:：]", value):
        # "English Dub Cast: Mika – Jo Sato; Kei – Ann Lee": character–actor pairs on one row
        lang = _section_of(label)[1] or st.lang
        pairs = [_DASH_CAST.match(p.strip()) for p in re.split(r"\s*[;；/／|]\s*|\s*[,、]\s*(?=[^,、;；]+\s[-–—]\s)", value) if p.strip()]
        if pairs and all(pairs) and all(_looks_like_person(_clean_name(pm.group("actor"))) for pm in pairs):
            for pm in pairs:
                col.cast(pm.group("char"), pm.group("actor"), text, lang)
            return True
    if _section_of(label)[0] == "cast" and re.search(r"[:：]", value):
        for pair in re.split(r"\s*[、,，/／]\s*(?=[^:：/／、,，]+[:：])", value):   # "キャスト：A：X／B：Y"
            pm = _label_match(pair)
            if pm and pm.group("value"):
                col.cast(pm.group("label"), pm.group("value"), text, st.lang)
        return True
    if _section_of(label)[0] == "cast" and ("(" in value or "（" in value) and not re.search(_CJK, value):
        pairs = _paren_pairs(value)
        if pairs:   # "Cast: Airi Sakuma (Nagi), Daichi Morooka (Gen)"
            for char, actor in pairs:
                col.cast(char, actor, text, _section_of(label)[1] or st.lang)
            return True
    if f in ("type", "format", "種別") and (em := re.search(r"(\d{1,4})\s*(?:episodes?|eps|話)\b", value, re.I)):
        col.add("episodes", "", str(int(em.group(1))), text)
        return True
    if fld == "basedon":
        bm = re.search(r"(?:^|\s)by\s+(?P<a>[^()（）]{2,60}?)\s*$", value)
        if bm:
            col.staff("original creator", bm.group("a"), text)
        return True
    if fld == "episodes":
        m = re.search(r"\d{1,4}", value)
        if m and int(m.group()) > 0:
            col.add("episodes", "", str(int(m.group())), text)
        return True
    if fld == "release":
        strength = 3 if f in ("aired", "vintage", "release date", "first aired", "air date", "airdate", "放送開始",
                              "放送開始日", "放送日", "公開日", "初回放送", "start date", "original run", "premiere date") else 2
        if st.section != "skip" and len(value) <= 120 and ("(" in value or "（" in value) \
                and (dm := _DATED_ENTRY.match(unicodedata.normalize("NFKC", value))) and dm.group("q") \
                and _noted_entry(dm.group("q")) and _dated_entry(value, label, col, strength):
            st.dated_entries, st.dated_bare = label, True   # the lines under it may go on with more dated entries
            return True
        if len(value) <= 30 and (bm := _DATED_ENTRY.match(unicodedata.normalize("NFKC", value))) and not bm.group("q"):
            st.dated_entries, st.dated_bare = label, False   # "Vintage: 2027-01-10" then "2027-01-14 (simulcast on X)"
        if st.section != "skip" and re.search(r"\d", value) and (" / " in value or ";" in value or "／" in value) \
                and _station_then_date_parts(value, "release", col, text):
            return True   # "Airing: Fuji TV on Wednesday, January 6, 2027 / BS Fuji on Saturday, January 9, 2027"
        if st.section != "skip":
            n = len(col.dates)
            col.date(strength, value, text)
            if len(col.dates) > n and col.dates[-1][1].rank == 3:
                st.release_ref = n
            v = unicodedata.normalize("NFKC", value)
            when = find_first(v, col.default_year)
            if when is not None and when[1] <= 2 and re.search(r"[\u3040-\u30FF\u4E00-\u9FFF]", v[when[2]:]):
                _stations_after_date(v, when[2], col, text)   # "2027年1月 TOKYO MX、BS日テレにて放送開始"
                if "/" in v or "、" in v:
                    _dated_station_parts(v, col, text)   # 「1月6日(水) 25:05~ TOKYO MX/1月8日(金) 24:00~ BS朝日」
            else:
                _stations_in_release(value, col, text)
            if "配信" in v:
                _service_parts_dates(v, col, text)
        return True
    if col.site_streamer and _on_site_label(label, col):
        _site_label_places(value, text, col)   # "On StreamNest: Weekly from …, in the US, Canada and UK"
    if f in _REGION_LABELS and col.site_streamer:
        # a streaming service's own lineup: "Available in: Canada, Ireland" says where *it* streams the work
        regions = value.strip().rstrip(".")
        if not _PLACEHOLDER.match(regions) and len(regions) <= 120:   # (a long region list is no org name: add as is)
            col.add("streaming", org_key(col.site_streamer), f"{org_display(col.site_streamer)} ({regions})", text)
        return True
    if fld in ("streaming", "broadcaster") and re.search(r"\d", value) and _station_then_date_parts(value, fld, col, text):
        return True   # "TBS from Thursday, April 1, 2027 at 25:28 / BS-TBS from Saturday, April 3, 2027 at 24:30"
    if fld == "streaming" and _stream_sentence_value(value, text, col):
        return True
    if fld == "streaming":
        names = _split_orgs(_before_verb(value))
        dated_in_note = _services_dated_in_their_note(value) if len(names) > 1 else None
        for n in names:
            # "U-NEXT 4月8日(木)25:00より": the service's name ends where its day begins
            n = re.split(r"\s+(?=\d{1,4}\s*[年/月])|(?<=[^\x00-\x7f\s])(?=\d{1,2}\s*[/月])", n, maxsplit=1)[0]
            if _timing_words(n):
                continue   # "Crunchyroll (worldwide except Asia), same day": when it streams, not a service
            col.org("streaming", n, text)
            if _STATION_TIME.search(value) and (dated_in_note is None or org_key(n) in dated_in_note):
                col.service_date(_clean_org(n), value, text)
        return True
    if fld == "broadcaster" and _date_then_stations(value, col, text):
        return True
    if fld == "broadcaster" and "枠" in value and _network_block(value, col, text):
        return True
    if fld == "broadcaster" and re.search(r"\d", value) and re.search(r"\bon\s+[A-Z]", unicodedata.normalize("NFKC", value)):
        _stations_in_release(value, col, text)   # "Friday, April 10 at 25:00 on CBC; … on AT-X, KBS later"
        return True
    if fld == "broadcaster" and re.search(r"\d", _NETWORK_TAIL.sub("", value)) and not re.match(r"^\s*(?:streaming|配信)", value, re.I):
        # (「…系全国24局ネット」: the network's station count is no date nor slot)
        for part in re.split(r"\s*(?:[、，;；／]|,(?!\s*(?:19|20)\d\d\b)|/(?!\d))\s*", _before_verb(value)):   # ("January 10, 2027" is one day)
            name = re.split(r"\s+(?=\d)|\s*[(（]|\s*(?:毎週|毎日|(?:mon|tues|wednes|thurs|fri|satur|sun)days?\b)|(?<=[^\x00-\x7f])(?=\d{1,2}\s*[/月])|"
                            r"\s+(?=(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d)",   # "TBS January 10, 2027 (Sun) 25:28~"
                            part, maxsplit=1, flags=re.I)[0]
            name = name.strip()
            if not name or _TIME_PHRASE.search(name) or _DATE_LEAD.match(name):
                continue   # "…, from January 6, 2027": the date's words, not a station
            when = part[len(name):]
            _station(name, when, col, st) if when.strip() else col.org(
                "streaming" if org_key(name) in _KNOWN_STREAMERS else "broadcaster", name, text)
        return True
    if fld == "broadcaster":
        # "also on BS TV Tokyo", "and later on AT-X": a station taking the show up too
        value = re.sub(r"^(?:also|and|plus|then|later|and later|as well as)\s+(?:(?:airs?|airing|broadcast)\s+)?(?:on|via)\s+",
                       "", value.strip(), flags=re.I)
        for part in re.split(r"\s*[;；]\s*", value):
            sm = re.match(r"^(?:streaming|streams?|配信)\s*(?:on|:|：)?\s*(?P<s>.+)$", part, re.I)
            if sm:
                for n in _split_orgs(sm.group("s")):
                    col.org("streaming", n, text)
                continue
            part = re.sub(r"\s*[(（][^)）]*[)）]", lambda m: "" if _TIME_PHRASE.search(m.group(0)) else m.group(0), part)
            rm = _REGION_PREFIX.match(part)
            if rm:   # an infobox's "US: Adult Swim (Toonami)": the region goes after the name
                part = f"{rm.group('rest').strip()} ({rm.group('r')})"
            for n in _split_orgs(part):
                n = _NETWORK_TAIL.sub("", n).strip() or n   # 「テレビ朝日系全国24局ネット」: the key station
                if not _TIME_PHRASE.search(n):
                    col.org("streaming" if org_key(n) in _KNOWN_STREAMERS else "broadcaster", n, text)
        return True
    if fld == "studio":
        col.staff(label, value, text)
        return True
    # station：date/time inside a broadcast section or under a schedule label: a broadcaster and its premiere
    under_schedule = bool(st.pending) and _field_of(st.pending, st) == "broadcaster"
    if ((st.section in ("onair", "streaming") or under_schedule) and (len(label) <= 25 or _REGION_PAREN.match(label))
            and (_STATION_TIME.search(value) or ((w := find_first(value, col.default_year)) and w[0].rank == 3))):
        st.keep_pending = under_schedule
        _station(label, value, col, st)   # "Crunchyroll: Streaming from January 10, 2027" too
        return True
    if (st.section == "cast" and not is_known_credit(label) and credit_kind(label) == "staff"
            and not _ROLE_NOUN.search(_fold_label(label))):   # "Weapon Design: X" in a "Cast & Staff" list
        col.cast(label, value, text, st.lang)
        return True
    if fld == "staff" or (st.section in ("staff",) and _plausible_role(label)) or (
            st.section == "cast" and _plausible_role(label) and _ROLE_NOUN.search(_fold_label(label))):
        _staff_value(label, value, text, col)
        return True
    if st.section == "companies" and credit_kind(label) == "studio":
        col.staff(label, value, text)
        return True
    return False


_PAREN_PAIR = re.compile(r"(?P<a>[^,;、()（）]+?)\s*[(（](?P<b>[^()（）,;、\d]{1,30})[)）]")


_EPITHET_THEN_NAME = re.compile(r"\((?:the|a|an)\s+[^,()]{2,40},\s*(?P<n>[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*)?)\)")


def _paren_pairs(value: str) -> list[tuple[str, str]]:
    """'A (B), C (D)' in a cast row: (character, actor) per piece, the full name being the actor's ('Airi Sakuma
    (Nagi)' or 'Nagi (Airi Sakuma)'); nothing when any piece is unclear (both full names, a known-for list)."""
    v = unicodedata.normalize("NFKC", value).strip().rstrip(".")
    pieces = [p.strip() for p in re.split(r"\s*(?:[,;、]|\band\b|&)\s*(?![^()]*\))", v) if p.strip()]
    out = []
    both_full = []   # pieces where both are full names: the list's order, shown by its other pieces, tells
    for p in pieces:
        p = _EPITHET_THEN_NAME.sub(r"(\g<n>)", p)   # "Chiaki Oda (the Salt Witch, Mareth)": the epithet, then the name
        m = _PAREN_PAIR.fullmatch(re.sub(r"^(?:and|with)\s+", "", p))
        if not m:
            return []
        a, b = m.group("a").strip(), m.group("b").strip()
        if re.match(r"(?:cv|c\.v\.|voice|voiced by)\b", b, re.I):
            return []   # "(CV: …)" has its own rule
        wa, wb = len(a.split()), len(b.split())
        if wa >= 2 and wb == 1 and _looks_like_person(a):
            out.append((b, a))
        elif wa == 1 and wb >= 2 and _looks_like_person(b):
            out.append((a, b))
        elif wa >= 2 and wb >= 2 and _looks_like_person(a) and _looks_like_person(b):
            both_full.append((len(out), a, b))
            out.append(None)
        else:
            return []
    return _ordered_full_pairs(out, both_full, pieces)


def _ordered_full_pairs(out: list, both_full: list, pieces: list[str]) -> list[tuple[str, str]]:
    """'Sota Hanamura (Tobi Gearwright), Yuzuha Morino (Pippa), Genta Usui (Auguste)': a piece of two full names
    takes the order the list's clear pieces all show (actor first or character first) when they outnumber it; else
    nothing ('Mei Tanabe (Ruby Tides), Ken Hoshi (Dax)': the full name may be a known-for note as well as a part)."""
    if not both_full:
        return out
    clear = [(pair, p) for pair, p in zip(out, pieces) if pair is not None]
    if len(clear) <= len(both_full):
        return []
    actor_first = {re.sub(r"^(?:and|with)\s+", "", p).startswith(pair[1]) for pair, p in clear}
    if len(actor_first) != 1:
        return []
    first = actor_first.pop()
    for i, a, b in both_full:
        out[i] = (b, a) if first else (a, b)
    return out


_AS_VERB = re.compile(r"\s+(?:stars|co-stars|voices|plays|portrays|returns|is cast|appears|will star|will voice)\s+as\s+", re.I)
_DASH_PAIR = re.compile(r"\S\s+[-–—]\s+\S")
_EQUALS_PAIR = re.compile(r"^(?P<char>[^=]{1,30}?)\s*=\s*(?P<actor>[^=]{2,40})$")


def _equals_pairs(value: str) -> list[tuple[str, str]]:
    """A blog's cast row of character＝actor pairs ("ノエル＝三輪ハルト／ポム＝七瀬かりん"); [] unless every piece is one."""
    pieces = [p.strip() for p in re.split(r"[/、,]", unicodedata.normalize("NFKC", value)) if p.strip()]
    pairs = [_EQUALS_PAIR.match(p) for p in pieces]
    if not pairs or not all(pairs):
        return []
    return [(m.group("char"), m.group("actor")) for m in pairs]


_REGION_LABELS = frozenset({"available in", "available regions", "regions", "territories",
                            "available territories", "streaming regions", "region", "territory", "availability",
                            "available countries", "countries", "where to watch", "配信地域", "配信国"})


def _site_station(page) -> str | None:
    """"番組名｜あずみ野テレビ": a TV station's own program page (its title's last part a station's name), or None."""
    heads = [page.title or "", *page.meta.get("og:title", []), *page.meta.get("og:site_name", [])]
    for h in heads:
        last = re.split(r"\s*[|｜]\s*", unicodedata.normalize("NFKC", h).strip())[-1].strip()
        if last and last != h.strip() and (_STATIONISH.fullmatch(last) or (_known_org(last) and org_key(last) not in _KNOWN_STREAMERS)):
            return last
    return None


def _own_station_schedule(value: str, col: _Collector) -> None:
    """On a station's own program page, the schedule row above its channel row ("放送日時 | 1月13日(水)スタート",
    "チャンネル | あずみ野テレビ（デジタル7ch）") is that station's start, not the first airing everywhere: the page
    may say elsewhere that other stations air it first."""
    name = re.split(r"\s*[(（]", unicodedata.normalize("NFKC", value).strip())[0]
    if not name or fold(name) != fold(col.site_station) or not col.dates:
        return
    strength, d, ev = col.dates[-1]
    if d.rank != 3 or _known_station_in(ev) or ":" not in ev:
        return
    head = ev.split(":")[0] + ":"
    while col.dates and col.dates[-1][2].startswith(head):   # (the row's day, and the day its late slot moved it to)
        col.dates.pop()
    col.station_dates.append((name, d, ev))


def _known_station_in(text: str) -> bool:
    return any(_known_org(p) for p in re.split(r"[\s、,・/／:：]+", unicodedata.normalize("NFKC", text)) if p)


def _site_streamer(page) -> str | None:
    """"… | HIDIVE Blog", og:site_name "Crunchyroll News": a streaming service's own site, or None."""
    cands = list(page.meta.get("og:site_name", []))
    parts = re.split(r"\s+[|｜–—-]\s+", page.title or "")
    if len(parts) >= 2:
        cands.append(parts[-1])
    says = " ".join(page.meta.get("description", []) + page.meta.get("og:description", []) + [page.title or ""])
    for c in cands:
        name = re.sub(r"\s+(?:blog|news|newsroom|press|official|magazine|original\s+anime|originals?|anime)$", "", c.strip(), flags=re.I)
        if name and org_key(name) in _KNOWN_STREAMERS:
            return name
        # a service no gazetteer knows, saying so of itself: "Stream <the show> on Lumivue", "Watch … | Lumivue"
        if name and len(name) <= 30 and ((re.search(r"\b(?:stream|watch)\b[^.|]{0,80}\bon\s+" + re.escape(name) + r"\b", says, re.I)
                                          or re.search(_SITE_PREMIERE_VERB + re.escape(name) + r"\b", says, re.I)
                                          # "premieres 1/21/27 on Hikari Stream": its day between the verb and the service
                                          or re.search(r"\b(?:premieres?|premiering|arrives?|debuts?|streams?|streaming|coming)\s+"
                                                       r"[^.|]{1,30}?\bon\s+" + re.escape(name) + r"\b", says, re.I))
                                         and re.match(r"\s*watch\b", page.title or "", re.I)):
            return name
    return None


_SITE_PREMIERE_VERB = r"\b(?:premieres?|premiering|streams?|streaming|arrives?|arriving|comes|coming|debuts?|debuting)\s+(?:on|to)\s+"


def _read_site_premiere(lines, col: _Collector) -> None:
    """A streaming service's own page saying when the work starts there: "Premieres on Animora January 14, 2027"
    (a service no gazetteer knows): the service streams it, from that day, keyed by the service (its own
    premiere, which a simuldelay puts after the broadcast: not the first airing)."""
    site = col.site_streamer
    # ("streams worldwide on Lumavue starting the following day, Saturday, April 3": where, then the service)
    verb = _SITE_PREMIERE_VERB.replace(r")\s+(?:on|to)", r")(?:\s+(?P<where>worldwide|globally|internationally))?\s+(?:on|to)")
    rx = re.compile(verb + re.escape(site) + r"\b[\s,]*(?:on\s+|from\s+|starting\s+)?(?:the\s+(?:following|next)\s+day,?\s*)?", re.I)
    low = site.casefold()
    for line in lines:
        t = line.text
        if low not in t.casefold() or len(t) > 300:
            continue
        m = rx.search(t)
        if m is None:
            continue
        col.org("streaming", f"{site} (worldwide)" if m.group("where") else site, t)
        d = col.start_date(t[m.end():m.end() + 40])
        if d is not None and d.rank == 3:
            col.add("release_date", site, d.iso(), t, d.precision)
        return


def _staff_value(label: str, value: str, text: str, col: _Collector) -> None:
    """A credit's value, up to a next label run into it ("森ハルカ / サウンドトラック発売：2027年8月18日"): that label's
    value is its own credit when the label is a known role and the value no date or product."""
    head, *rest = _RUN_IN_LABEL.split(value) if ":" in value or "：" in value else (value,)
    col.staff(label, head, text)
    for piece in rest:
        pm = _LABEL_LINE.match(piece)
        if pm and is_known_credit(pm.group("label")) and not _NOT_A_PERSON_VALUE.search(pm.group("value")):
            col.staff(pm.group("label"), pm.group("value"), text)


_RUN_IN_LABEL = re.compile(r"\s*[/／|｜]\s*(?=[^/／|｜:：]{1,16}[:：])")
_NOT_A_PERSON_VALUE = re.compile(r"\d{4}\s*年|\d{1,2}\s*月\s*\d{1,2}\s*日|発売|リリース")
# a streaming page's own banner: "Premieres Thursday, January 21, 2027 · New episodes every Thursday"
_HERO_PREMIERE = re.compile(r"^(?:Premieres?|Premiering|Streaming\s+(?:from|starts?)|Coming)\s+(?:on\s+)?"
                            r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?", re.I)
# "… in the United States, Canada, the United Kingdom, Ireland, Australia and New Zealand": the places listed
_IN_PLACES = re.compile(r"\bin\s+(?P<p>(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2}"
                        r"(?:(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})*)")


def _on_site_label(label: str, col: _Collector) -> bool:
    """A streaming page's row label naming the page's own service: "On StreamNest", "StreamNest"."""
    site = (col.site_streamer or "").casefold()
    return bool(site) and _fold_label(label) in (site, "on " + site, "streaming on " + site, "watch on " + site)


def _site_label_places(value: str, text: str, col: _Collector) -> None:
    """A streaming page's own row "On SITE: Weekly from January 14, in the US, Canada and UK": where SITE streams it."""
    pm = _IN_PLACES.search(value)
    places = [re.sub(r"^the\s+", "", p.strip().rstrip(".")) for p in re.split(r",\s*(?:and\s+)?|\s+and\s+", pm.group("p"))] if pm else []
    places = [p for p in places if p and len(p) <= 30 and not find_first(p, col.default_year)]
    if places:
        site = col.site_streamer
        col.add("streaming", org_key(site), f"{org_display(site)} ({', '.join(places)})", text)


def _read_site_hero(lines, col: _Collector) -> None:
    """A streaming service's own title page (a service no gazetteer knows): its banner "Premieres Thursday, January 21,
    2027" is the day the work starts there (keyed by the service: a simuldelay puts it after the broadcast), and
    "SITE will stream each episode … in A, B and C" says where it streams."""
    site = col.site_streamer
    # ("SITE streams each episode shortly after the Japanese broadcast, … in A, B and C": the present tense too)
    will = re.compile(r"(?:^|(?<=[.!?]\s))(?:the\s+)?" + re.escape(site) + r"\s+(?:will\s+(?:also\s+)?(?:stream|simulcast|carry|offer)|"
                      r"(?:also\s+)?(?:streams|simulcasts|carries|offers))\b", re.I)
    dated = any(f.field == "release_date" and f.key == site for f in col.facts)
    for line in lines:
        t = line.text
        if len(t) > 300:
            continue
        m = will.search(t) if site in t else None
        if m:
            pm = _IN_PLACES.search(t, m.end())
            places = [re.sub(r"^the\s+", "", p.strip().rstrip(".")) for p in re.split(r",\s*(?:and\s+)?|\s+and\s+", pm.group("p"))] if pm else []
            places = [p for p in places if p and len(p) <= 30]
            col.add("streaming", org_key(site), f"{org_display(site)} ({', '.join(places)})" if places else org_display(site), t)
            continue
        hm = _HERO_PREMIERE.match(t) if not dated else None
        if hm and len(t) <= 120 and not _known_station_in(t):
            d = col.start_date(t[hm.end():hm.end() + 40])
            if d is not None and d.rank == 3:
                col.add("release_date", site, d.iso(), t, d.precision)
                dated = True


def _compact_credits(label: str, value: str, text: str, col: _Collector) -> bool:
    """A season list's card: "スタッフ：監督 小野アキ / シリーズ構成 斎藤レン", "Staff: Director Aki Ono / Studio X"
    (role-name pairs), "キャスト：佐藤メイ、伊藤ジュン ほか" (actors named without characters). True when read."""
    kind = _section_of(label)[0]
    if kind == "staff" and value and len(value) <= 300:
        got = False
        for piece in re.split(r"\s*[/／|｜;；]\s*|\s*、\s*(?=\S+\s*[:：])", value):
            pm = _label_match(piece)
            rp = (pm.group("label"), pm.group("value")) if pm and is_known_credit(pm.group("label")) else _role_prefix(piece)
            if rp and not _NOT_A_PERSON_VALUE.search(rp[1]):   # "サウンドトラック発売：2027年8月18日": a product's date
                col.staff(rp[0], rp[1], text)
                got = True
        return got
    if kind == "cast" and value and len(value) <= 200 and not re.search(r"[:：()（）「」]|\sas\s|役", value):
        names = [n for n in _split_people(re.sub(r"\s*(?:ほか|他|and more|etc\.?)\s*$", "", value)) if n]
        if names and all(_looks_like_person(_clean_name(n)) and len(n) <= 20 for n in names):
            for n in names:
                col.add("cast", "", _clean_name(n), text)
            return True
    return False


_OTHER_WORKS_LABEL = re.compile(r"^\s*[\[［【〔(（<〈][^\]］】〕)）>〉]*$|代表作|主な(?:参加)?作品|過去作|出演作|known for|notable works|"
                                r"previous works|other works|credits include|"
                                r"主要(?:参加|出演|担当)?作品|代表的な作品|作品歴|出演歴|(?:works|roles) include|"
                                r"(?:principal|representative|key|selected|select|major|main|past|prior|earlier|recent|prominent)"
                                r" (?:works|credits|titles|projects)$|filmography", re.I)


# a role's aide or overseer written after it (「撮影監督補佐」「色彩設計助手」「制作進行」「音楽監修」): one role of its own
_ROLE_AIDE_END = re.compile(r"(?:補佐|助手|進行|監修|デスク|アシスタント)$")


# a katakana role noun that goes on a known credit run into its name (「原作イラストsui」「メカデザイン…」): part of the role
_KANA_ROLE_TAIL = re.compile(r"(?:イラスト|デザイン|ディレクター|プロデューサー|アニメーター|コーディネーター|スーパーバイザー|"
                             r"アシスタント|エフェクト|ワークス|協力|補佐|補)")


def _role_prefix(text: str) -> tuple[str, str] | None:
    """('Series Composition & Screenplay', 'Mei Sato') for 'Series Composition & Screenplay Mei Sato': the
    longest run of leading words that is a known credit, followed by a name ('監督小野アキ' too)."""
    t = unicodedata.normalize("NFKC", text).strip()
    sm = re.match(r"^(?P<r>[^/／]{2,20}?)\s*[/／]\s*(?P<n>[^/／]{2,60})$", t)
    if sm and is_known_credit(sm.group("r")) and credit_kind(sm.group("r")) != "committee" \
            and not is_known_credit(sm.group("n")):
        return sm.group("r"), sm.group("n")   # "シリーズ構成・脚本／森ミオ": the slash ends the role
    if sm and (_ROLE_NOUN.search(_fold_label(sm.group("r"))) or _ROLE_AIDE_END.search(sm.group("r"))) and _plausible_role(sm.group("r")) \
            and not is_known_credit(sm.group("n")):
        return sm.group("r"), sm.group("n")   # "音楽制作／X": a compound role the slash ends is one role, never "音楽" + "制作"
    if re.match(_CJK, t) and " " in t and (cut := _run_together_role(t)) is not None:
        return cut   # "監督久我山 怜(Rei Kugayama)": a role span run into a spaced name
    if re.match(_CJK, t) and " " not in t:
        for k in range(min(len(t) - 2, 14), 1, -1):
            rest = t[k:]
            if (is_known_credit(t[:k]) and credit_kind(t[:k]) != "committee" and (known_role(t[:k]) or credit_kind(t[:k]) == "studio")
                    and not _ROLE_NOUN.search(rest) and not is_known_credit(rest)   # ("演出協力" is one role)
                    and not re.match(r"[がはをにでともへやの]", rest) and not re.search(r"[、。!！?？]", rest)):   # "監督が交代"
                tail = _KANA_ROLE_TAIL.match(rest)
                if tail and rest[tail.end():].strip():   # "原作イラストsui": the role goes on in a katakana role noun
                    return t[:k + tail.end()], rest[tail.end():].strip()
                return t[:k], rest
        return None
    words = t.split()
    for n in range(min(len(words) - 1, 6), 0, -1):
        label, rest = " ".join(words[:n]), " ".join(words[n:])
        if (is_known_credit(label) and credit_kind(label) != "committee" and not _OTHER_WORKS_LABEL.search(label)
                and not label.endswith((",", "、", "&", "/")) and not known_role(rest)):   # "Director, Storyboard"
            names = _split_people(rest, people=credit_kind(label) == "staff")
            return (label, rest) if names and not re.search(r"[.。!?]\s", rest) else None
    return None


def _run_together_role(t: str) -> tuple[str, str] | None:
    """('監督', '久我山 怜(Rei Kugayama)') for '監督久我山 怜(Rei Kugayama)': a database's <span>role</span> run into a
    name written with a space (the name's own space, or its romanisation after it). The role is a known one ending
    inside the first unspaced run, and two letters or more of that run are left for the surname ("原作者 X" is no
    "原作" + "者 X")."""
    head = t.split(" ", 1)[0]
    for k in range(min(len(head) - 2, 14), 1, -1):
        role, rest = t[:k], t[k:]
        if is_known_credit(role) and credit_kind(role) == "staff" and not _ROLE_NOUN.search(head[k:]) and not is_known_credit(head[k:]) \
                and not re.match(r"[がはをにでともへやの]", rest) and not re.search(r"[、。!！?？]", rest):
            return role, rest
    return None


# a staff list's line: the role, a mark (slash, bar, leaders, a space after Japanese), the person; or 【role】person
_MARKED_CREDIT = re.compile(r"^(?:[【\[［〔](?P<b>[^】\]］〕]{2,20})[】\]］〕]\s*(?P<bn>[^【\[［〔]{2,40})|"
                            r"(?P<r>[^/／|｜…‥:：()（）【】\[\]]{2,20}?)\s*(?:[/／|｜]|…+|‥+|\.{2,}|(?<=[\u30A0-\u30FF\u4E00-\u9FFF])\s)\s*"
                            r"(?P<n>[^/／|｜…‥:：]{2,40}))$")


def _marked_credit(text: str) -> tuple[str, str] | None:
    """('車両デザイン', '大楠航') for '車両デザイン／大楠航', '車両デザイン…大楠航', '【車両デザイン】大楠航', '車両デザイン　大楠航' in a
    staff list: a known role, or one shaped like a role, then a person (the mark is whatever the list uses)."""
    t = unicodedata.normalize("NFKC", text).strip()
    m = _MARKED_CREDIT.match(t)
    if m is None:
        return _run_together_credit(t)
    role, who = (m.group("b"), m.group("bn")) if m.group("b") else (m.group("r"), m.group("n"))
    role, who = role.strip(), _clean_name(who)
    if not who or is_known_credit(who) or credit_kind(role) == "committee" or _OTHER_WORKS_LABEL.search(role):
        return None
    if is_known_credit(role):
        return (role, who) if credit_kind(role) != "staff" or _looks_like_person(who) else None
    return (role, who) if _unknown_credit(role, who) else None


def _run_together_credit(t: str) -> tuple[str, str] | None:
    """'車両デザイン大楠航' (two spans with nothing between them): the longest leading run ending on a role noun, then
    a person."""
    if " " in t or not re.match(_CJK, t) or is_known_credit(t) or _CREDIT_SHAPED.search(t) or _ROLE_NOUN.search(t):
        return None   # ("色彩設計", "メカ作画監督": one role, no name after it)
    for k in range(min(len(t) - 2, 14), 1, -1):
        if _unknown_credit(t[:k], t[k:]) and not re.match(r"[がはをにでともへやの]", t[k:]):
            return t[:k], t[k:]
    return None


def _role_noun_prefix(text: str) -> tuple[str, str] | None:
    """('Original Illustrations', 'yuzuhiko') for 'Original Illustrations yuzuhiko' in a staff list: a role no list
    knows, in title case and ending on a role noun (Design, Illustrations, Supervisor …), then one person."""
    words = text.split()
    for n in range(min(len(words) - 1, 4), 0, -1):
        label, rest = " ".join(words[:n]), " ".join(words[n:])
        if not (label.isascii() and all(w[:1].isupper() for w in words[:n]) and _ROLE_NOUN.search(label.casefold())
                and _plausible_role(label)) or _ROLE_NOUN.search(rest.casefold()) or is_known_credit(rest):
            continue
        name = _clean_name(rest)
        if (len(name.split()) in (2, 3) and _looks_like_person(name)) or (
                _HANDLE.fullmatch(name) and name.casefold() not in _NOT_HANDLES):
            return label, rest
        return None
    return None


_DASH_CREDIT = re.compile(r"^(?P<r>[^-–—:：()（）]{2,30}?)\s+[-–—]\s+(?P<n>[^-–—:：]{2,60})$")
_ROLE_NOUN = re.compile(r"\b(?:design|designer|director|direction|producer|production|composition|composer|music|"
                        r"editor|editing|setting|supervisor|supervision|planning|script|writer|effects|animation|"
                        r"cooperation|assistance|photography|art|color|sound|engineer|mixer|coordinator|manager|"
                        r"casting|translation|translator|adaptation|illustrations?|illustrator)$|(?:デザイン|監督|ディレクター|プロデューサー|"
                        r"設定|構成|協力|制作|演出|編集|音響|美術|撮影|色彩|イラスト|原案|脚本)$", re.I)


# a press release's contact block ("Press Contact:", "Media inquiries:", "報道関係者お問い合わせ先：") names a
# publicist and the distributor, never a credit
_CONTACT_LABEL = re.compile(r"\b(?:contacts?|inquir(?:y|ies)|enquir(?:y|ies)|publicity|publicists?|press kit|press office|"
                            r"media relations|pr agency|for press|press)\b|問い?合わ?せ|連絡先|取材|報道関係|広報|プレス", re.I)


# an unknown label shaped like a credit ("ストーリー監修", "Creature Supervisor", "時代考証")
_CREDIT_SHAPED = re.compile(r"(?:監修|設計|作画|作詞|作曲|編曲|企画|考証|指導|原案|監督|デザイン|ディレクター|プロデューサー|"
                            r"設定|構成|協力|演出|編集|音響|美術|撮影|色彩|コーディネーター|アドバイザー)$|"
                            r"\b(?:supervisor|supervision|designs?|designer|director|producer|consultant|advisor|"
                            r"coordinator|composer|writer|editor)$", re.I)
# an info box's company and product rows: never a character's name
_NOT_A_PART = re.compile(r"開発|運営|販売|発行|出版|連載|掲載|協賛|主催|後援|配給|提供|機種|対応|会社|メーカー|レーベル|"
                         r"developer|publisher|platforms?|distributor|label|company|sponsor|organi[sz]er|magazine|"
                         r"imprint|serialized|retailer|venue|会場|場所", re.I)
_COMPANY_NAME = re.compile(r"株式会社|有限会社|\(株\)|（株）|インタラクティブ|スタジオ|エンタ(?:ー)?テ(?:イ|ー)ンメント|ゲームス|"
                           r"\b(?:inc|ltd|llc|co|corp|games|studios?|entertainment|interactive|pictures|works)\b\.?", re.I)
_AFFILIATION = re.compile(r"\s*[(（][^()（）]{1,30}[)）]\s*$")   # "黒沼大吾（ヴァルナ・インタラクティブ）": the person's company


def _boxed_pair(label: str, value: str) -> bool:
    """'Name：Person' with a name-like label (no role, no known field) and a person's name as the value."""
    lab, val = label.strip(), _AFFILIATION.sub("", value).strip()
    if not (1 <= len(lab) <= 16 and 2 <= len(val) <= 24) or re.search(r"\d|[「」『』\"“”!?！？。、,，/／]", lab + val):
        return False
    if _known_label(lab) or _field_of(lab, _State()) or _CREDIT_SHAPED.search(_fold_label(lab)) \
            or credit_kind(lab) != "staff" or _CONTACT_LABEL.search(lab) or _PROFILE_LABEL.search(lab) \
            or _NOT_A_PART.search(lab) or _COMPANY_NAME.search(val):
        return False
    return _looks_like_person(val) and (bool(re.search(_CJK, val)) or len(val.split()) >= 2)


def _boxed_credit(label: str, value: str, text: str, lines, i: int, col: _Collector) -> bool:
    """An info box closing a news article (no section headings): right after its 'Role：Name' credits, an
    unknown role shaped like a credit ("ストーリー監修：X（会社）") is staff, and a run of 'Character：Actor'
    lines (two or more) is the cast."""
    f = _fold_label(label)
    if credit_kind(label) == "studio" and len(value) <= 40:
        col.staff(label, value, text)   # a bare "制作：X" among credits names the studio (FACTS.md)
        return True
    if _CREDIT_SHAPED.search(f) and _plausible_role(label) and credit_kind(label) == "staff":
        who = _AFFILIATION.sub("", value).strip()
        if _looks_like_person(who) and len(who) <= 30 and not re.search(r"[。!?！？「」『』]", who):
            col.staff(label, who, text)
            return True
        return False
    if not _boxed_pair(label, value):
        return False
    near = [lines[j].text for j in (i - 1, i + 1) if 0 <= j < len(lines)]
    if not any((m := _label_match(t)) and _boxed_pair(m.group("label"), m.group("value")) for t in near):
        return False
    col.cast(label, _AFFILIATION.sub("", value), text)
    return True


def _plausible_role(label: str) -> bool:
    f = _fold_label(label)
    if not f or f in _IGNORE_LABELS or len(f) > 24 or re.search(r"\d{3,}|[。!?]|http", f) or _CONTACT_LABEL.search(f):
        return False
    return True


# a press release's boilerplate after the credits: "About Northlight Pictures", "ABOUT THE DISTRIBUTOR", "会社概要"
_ABOUT_HEADING = re.compile(r"^(?:about\s+(?!the\s+(?:anime|series|film|movie|show|production|cast|staff)\b)\S.{0,50}|"
                            r"会社概要|企業情報|company (?:profile|overview)|"
                            r"(?:press|media) (?:contacts?|inquiries)|お問い合わせ(?:先)?)$", re.I)


def _slot_after_start(label: str, text: str, col: _Collector) -> bool:
    """"放送日時" then "2027年1月13日(水)スタート" and, on the cell's next line, "毎週水曜 24:55〜": a weekly slot past
    midnight under the start day moves the first airing to the next calendar day (read as one value)."""
    if not _LATE_SLOT.search(text) or not col.dates or not re.search(r"毎週|every", text, re.I):
        return False
    strength, d, ev = col.dates[-1]
    head = f"{label}: "
    if not ev.startswith(head) or d.rank != 3 or _LATE_SLOT.search(ev) or re.search(r"\d{1,2}\s*[:：時]", ev):
        return False
    n = len(col.dates)
    col.date(strength, f"{ev[len(head):]} {text}", f"{ev} {text}")
    return len(col.dates) > n


def _song_with_singers_part(text: str, st: _State) -> bool:
    """「帰り道のうた」／松雪はるか（三条アオイ役） under a theme label or in the music section: a song whose singer
    is credited with the part they voice; the line is the song as well as a cast credit."""
    if not re.search(r"[「『\"“]", text):
        return False
    return st.section == "music" or bool(st.pending and _theme_label(st.pending))


# the heading cells of a broadcast table's columns after 「放送局」 ("開始日", "時間", "備考", "Start date", "Time")
_TABLE_HEAD_CELL = re.compile(r"(?:放送|配信)?開始日(?:時)?|(?:放送|配信)?(?:日時|時間|曜日)|放送日|配信日|備考|"
                              r"start(?:\s+date)?|date|time(?:\s*slot)?|slot|notes?|remarks", re.I)


def _pending_value(label: str, text: str, col: _Collector, st: _State, line) -> bool:
    """A value line under a label that stood alone ("Storyboard:" then one name per line)."""
    if len(text) > 120 or line.kind == "heading":
        return False
    value = re.sub(r"\s*[(（][^)）]*[)）]?\s*$", "", text).strip()
    if not value:
        return True  # a dangling note like "(eps 1, 11)"
    if line.tag in ("td", "th") and _TABLE_HEAD_CELL.fullmatch(value):
        return False   # 「放送局 | 開始日 | 時間 | 備考」: a broadcast table's header row, its columns no values
    if st.pending_values == 0 and _outlet_release(label, text, f"{label}: {text}", col):
        return True   # "Netflix premiere | July 10, 2027 (worldwide)": the service's own start
    tl = _theme_label(label)
    if tl is not None:
        if _THEME_LABELLED_EN.match(text) or _JP_THEME_BEFORE.match(text) or _names_own_theme_slot(text, tl[0], col.film):
            return False  # a new labelled theme line: the list above has ended
        num = tl[1] if st.pending_values == 0 else None
        tail = _TRAILING_PAREN.search(text) if text.endswith((")", "）")) else None
        own = _paren_theme_slot(tail.group(1)) if tail is not None else None
        if own and own != tl[0]:
            tl, num = (own, None), None   # '"Title" by X (ending theme)' under an Opening label: its own bracket's slot
        if _theme_line(text, col, tl[0], num):
            return True
        if re.search(r"[「『\"“]", text) and len(text) <= 100:
            _theme_value(tl[0], num, text, f"{label}: {text}", col)
            return True
        dm = re.fullmatch(r"(?P<t>[^—–:：]{1,80}?)\s+[—–]\s+(?P<a>[^—–:：]{1,60})", text.strip())
        if dm and st.pending_values == 0:   # "Lantern Road — Aki & the Owls" under an "Opening Theme" heading
            col.theme(tl[0], num, dm.group("t"), dm.group("a"), f"{label}: {text}")
            return True
        return False
    fld = _field_of(label, st)
    if fld is None and col.site_streamer and (_fold_label(label) in _REGION_LABELS or _on_site_label(label, col)):
        return _handle_label(label, text, f"{label}: {text}", col, st, line) and st.pending_values == 0
    if fld == "basedon":
        bm = re.search(r"(?:^|\s)by\s+(?P<a>[^()（）]{2,60}?)\s*$", value)
        if bm:
            col.staff("original creator", bm.group("a"), f"{label}: {text}")
        return st.pending_values < 2
    if fld == "type":
        em = re.search(r"(\d{1,4})\s*(?:episodes?|eps|話)\b", text, re.I)
        if em:
            col.add("episodes", "", str(int(em.group(1))), f"{label}: {text}")
        return st.pending_values == 0
    if fld == "release" and (pm := _DATED_PLACE.match(text)) and col.start_date(pm.group("d")) is not None \
            and not _TENTATIVE.match(pm.group("p").strip()) \
            and (len(pm.group("p")) <= 40 or not _FESTIVAL.search(pm.group("p"))):   # (a long screening note: an event's line)
        _dated_place(pm.group("d"), pm.group("p"), f"{label}: {text}", col)
        return True
    if fld == "broadcaster" and col.site_station and st.pending_values == 0:
        _own_station_schedule(text, col)
    if fld in ("release", "broadcaster", "streaming", "studio"):
        if fld == "release" and (st.pending_values > 0 or not re.search(r"\d|\?|tba|tbd|未定", text, re.I)):
            return False   # a table of contents ("Release date" then "Cast"), not a date under its label
        return _handle_label(label, text, f"{label}: {text}", col, st, line)
    if fld == "episodes":
        m = re.fullmatch(r"\s*(\d{1,4})\s*(eps?|episodes?|話)?\s*", value, re.I)   # "12 (List of episodes)"
        if m:
            col.add("episodes", "", str(int(m.group(1))), f"{label}: {text}")
            return True
        return False
    if re.fullmatch(r"[\d\s,\-–epsEPS()]+\)?|\)|eps? [\d ,\-–]+", text, re.I):
        return True
    if fld in ("streaming", "broadcaster"):
        for n in _split_orgs(value):
            col.org(fld, n, f"{label}: {text}")
        return True
    if fld == "studio" or (st.section == "companies" and credit_kind(label) == "studio"):
        col.staff(label, text, f"{label}: {text}")
        return True
    if fld == "staff" or (st.section == "staff" and _plausible_role(label)):
        if _AS_LINE.match(text) or _CV_LINE.match(text):
            return False
        if text.lstrip()[:1] in "※＊*" and text.rstrip().endswith("。"):
            return False   # 「※1st Seasonで副監督を務めたXが、…に就任。」: a note under the list, no second name
        col.staff(label, text, f"{label}: {text}")
        return True
    return False


# ---------------------------------------------------------------------- theme songs
_KIND_PIECE = re.compile(r"(?:^|(?<=[/／|｜、,]))\s*(?P<k>OP\d?|ED\d?|オープニング(?:テーマ)?|エンディング(?:テーマ)?|挿入歌|"
                         r"opening(?: theme)?|ending(?: theme)?|insert song)\s*[:：]?\s*(?P<v>[^/／|｜]+)", re.I)


# a theme label's value naming only who sings each kind: "OPはZEROSTAND、EDは白石ななみ", "ED：…が担当"
_SINGERS_ONLY_SUMMARY = re.compile(r"^(?:OP|ED|オープニング|エンディング)(?:テーマ|主題歌)?(?:曲)?\s*(?:は|が)", re.I)


def _theme_value(kind: str, num: int | None, value: str, evidence: str, col: _Collector) -> None:
    value = re.sub(r"^[-–—:：]\s+", "", value.strip())   # "OP – "Title" by X": the dash after the kind is punctuation
    # 「Title」/Artist, 「Title」Artist（label）
    m = re.match(r"^[「『](?P<t>[^」』]+)[」』]\s*(?:[/／]|by|歌[:：]?|-)?\s*(?P<a>.*)$", value)
    if m:
        col.theme(kind, num, m.group("t"), m.group("a") or None, evidence)
        return
    # BLUE HOUR's "Title" / BLUE HOUR's new single "Title".
    m = re.match(r"^(?P<a>[^\"“”「」]{1,60}?)['’]s\s+(?:(?:new|opening|ending|theme|song|single|track)\s+){0,3}"
                 r"[\"“](?P<t>[^\"”]{1,100})[\"”]\s*[.。!]?\s*$", value, re.I)
    if m:
        col.theme(kind, num, m.group("t"), m.group("a"), evidence)
        return
    # Artist "Title" (an English official site writes the band first)
    m = re.match(r"^(?P<a>[^\"“”「『:：]{2,60}?)\s+[\"“](?P<t>[^\"“”]{1,100})[\"”]\s*(?:[(（][^)）]*[)）])?\s*[.。]?$", value)
    if m and not re.search(r"\b(?:by|and|is|the song|titled|called)$", m.group("a").strip(), re.I):
        col.theme(kind, num, m.group("t"), m.group("a"), evidence)
        return
    # ユニット「Name」が歌う「Title」: the quote after 歌う is the song
    m = re.match(r"^(?P<a>[^「『]*[「『][^」』]+[」』]\s*(?:さん)?(?:が|の)(?:歌う|歌唱する|歌い上げる))\s*[「『](?P<t>[^」』]+)[」』]", value)
    if m:
        col.theme(kind, num, m.group("t"), _sung_by_before(m.group("a")) or None, evidence)
        return
    # Artist「Title」
    m = re.match(r"^(?P<a>[^「『]+?)\s*[「『](?P<t>[^」』]+)[」』]\s*(?P<rest>.*)$", value)
    if m and _EARLIER_WORKS_SONG.search(m.group("a")):
        return   # 「TVシリーズのオープニング「X」に続き、…書き下ろした新曲」: the series' song, not this one
    if m and _OTHER_WORK_THEN_SONG.match(m.group("a")) and _SONG_KIND_AFTER_TITLE.match(m.group("rest")) \
            and not col.names_in(m.group("t")):
        return   # 「劇場版「序曲」主題歌「硝子の鼓動」…」: the quote names another work, the song after it is that work's
    if m:
        artist = m.group("a").strip(" /／-")
        artist = re.sub(r"^(歌|唄|うた|vocal|performed by)\s*[:：]?\s*", "", artist, flags=re.I)
        col.theme(kind, num, m.group("t"), artist or None, evidence)
        return
    if _theme_line(value, col, kind, num):
        return
    # Baguette at Dawn by Mei Aoki / Baguette at Dawn – Mei Aoki (no quotes; one "by" or one dash)
    m = re.match(r"^(?P<t>[A-Z0-9][^\"“”「」:：]{0,60}?)\s+(?:by|[–—])\s+(?P<a>[A-Z0-9][^\"“”「」,;:：]{0,50})$", value.strip(" ."))
    if m and len(re.findall(r"\sby\s|\s[–—]\s", value)) == 1 and not re.match(r"(?:performed|sung|written|composed)\b", m.group("t"), re.I):
        col.theme(kind, num, m.group("t"), m.group("a"), evidence)
        return
    # "Title" alone or Title / Artist
    m = re.match(r"^(?P<t>[^/／]+?)\s*[/／]\s*(?P<a>.+)$", value)
    if m and len(value) <= 80:
        col.theme(kind, num, m.group("t"), m.group("a"), evidence)
        return
    if len(value) <= 60:
        col.theme(kind, num, value, None, evidence)


# the song of the TV series or an earlier season, named by its kind before its title (「TVシリーズのオープニング」「前作のEDテーマ」)
_EARLIER_WORKS_SONG = re.compile(r"(?:TVシリーズ|テレビシリーズ|TVアニメ版|前作|前期|シリーズ前作)\s*(?:の|で)\s*"
                                 r"(?:オープニング|エンディング|OP|ED|主題歌|挿入歌)(?:テーマ|主題歌)?(?:曲)?(?:である|の)?\s*$")


# another installment's medium right before a quoted title that a song's kind follows (「劇場版「序曲」主題歌「…」」,
# 「OVA『X』のエンディング「…」」, 「前作「X」OP」, 「第1期「X」の挿入歌」, "the film 「X」 theme song"): the title is that work's
_OTHER_WORK_THEN_SONG = re.compile(r"^\s*(?:劇場版|映画|劇場アニメ|OVA|OAD|前作|前期|第\s*\d{1,2}\s*期|TVシリーズ|テレビシリーズ|ゲーム|舞台|"
                                   r"(?:the\s+)?(?:film|movie|ova|game|stage\s+play|previous\s+season|first\s+season))\s*$", re.I)
_SONG_KIND_AFTER_TITLE = re.compile(r"\s*(?:の|で)?\s*(?:オープニング|エンディング|OP|ED|主題歌|挿入歌|劇中歌|テーマ|"
                                    r"(?:opening|ending|theme|insert)\b)", re.I)

# "作詞・作曲：X　歌：Y" / "作詞：A／作曲：B／歌：C" / "Lyrics: A / Vocals: C": the singer among a song's credits
_SINGER_IN_CREDITS = re.compile(r"(?:^|[\s　/／|｜、,]|・)(?:歌|歌唱|うた|vocals?|sung by|performed by)(?:\s*[:：]\s*|\s+[-–]\s+)"
                                r"(?P<a>[^\s　/／|｜:：,、][^/／|｜:：、]{0,39}?)\s*"
                                r"(?=[\s　]+\S+(?:\s*[:：]|\s+[-–]\s)|[/／|｜、]|$)", re.I)


# a note in brackets after a singer ("(TV size)", "(Rock ver.)"), not the voice actor of a singing character
# ("セレスティア（白鳥まひろ）" stays whole: both names are the credit)
_SINGER_NOTE = re.compile(r"\s*[(（](?!(?![^)）]*(?:版|盤|ver|バージョン|サイズ|size|名義))[\u3040-\u30FF\u4E00-\u9FFF・ 　]{2,16}[)）])"
                          r"[^)）]*[)）]", re.I)
_KIND_NOTE = re.compile(r"^(?:(?P<a>[^「」『』。、]{2,30}?)\s*(?:による|が歌う|の歌う))?\s*"
                        r"(?:第\s*\d+\s*(?:話|クール)(?:\s*[-–〜～]\s*第?\s*\d+\s*話|から第?\s*\d+\s*話まで)?\s*(?:の|で使用された)?)?\s*"
                        r"(?P<k>オープニングテーマ|エンディングテーマ|オープニング|エンディング|挿入歌|劇中歌|"
                        r"opening theme|ending theme|insert song)"
                        r"(?:\s*(?:曲|として使用|に起用)?)?\s*(?:[(（][^()（）]{1,20}[)）])?"
                        r"\s*(?:(?:by|performed by|sung by)\s+(?P<b>[^.。]{2,30}?))?\s*[.。]?$",
                        re.I)


def _theme_kind_note(text: str, col: _Collector) -> bool:
    """The note under a title listed only as a 主題歌 (Wikipedia's <dt>「Title」</dt><dd>…エンディングテーマ。</dd>):
    it tells the song's kind, and often its singer."""
    if not col.themes or not col.themes[-1].generic or len(text) > 160:
        return False
    # the kind is told by the note's first sentence; the credits of lyrics and music may follow it
    t_ = re.split(r"(?<=。)", unicodedata.normalize("NFKC", text).strip(), maxsplit=1)[0]
    if len(t_) > 60:
        return False
    m = _KIND_NOTE.match(t_) or re.search(   # "本作のために書き下ろされたエンディングテーマ。": the kind at the end
        r"(?P<k>オープニングテーマ|エンディングテーマ|挿入歌|劇中歌)(?:\s*[(（][^()（）]{1,20}[)）])?\s*(?P<a>)(?P<b>)[。.]?$", t_)
    if not m or re.search(r"[「『]|前作|前期|第\s*[1１一]\s*期|シーズン\s*1", t_):
        return False
    t = col.themes[-1]
    t.kind = next(k for k, pat in _THEME_KIND_WORDS if pat.search(m.group("k")))
    t.generic = False
    artist = m.group("a") or m.group("b")
    if artist and not t.artist and _looks_like_person(artist):
        t.artist = _clean_artist(artist)
    return True


def _bare_artist(text: str) -> bool:
    """A line that is only a name (the singer printed under a song's title), not a credit or a date."""
    t = unicodedata.normalize("NFKC", text).strip()
    return (0 < len(t) <= 40 and not re.search(r"[:：「」『』\"“”\d。!?]|https?:|cd|release|発売|リリース", t, re.I)
            and not _SONG_USE.search(t) and _looks_like_person(t))


def _song_block_artist(text: str) -> bool:
    """The artist's line under a song's title in a music section: a name (`_bare_artist`), a singing actor with the
    part in brackets (「宮坂ゆい（リゼ・カンパネラ役）」), or a unit styled in lower case ("nanowire", "sora*tone",
    "tiny lanterns"), which the person check refuses in running text."""
    t = _SONG_ROLE_NOTE.sub("", text).strip() if "役" in text else text
    return _bare_artist(t) or bool(_STYLED_ARTIST.fullmatch(unicodedata.normalize("NFKC", t).strip())
                                   and not _STYLED_NOT_ARTIST.search(t))


_SONG_ROLE_NOTE = re.compile(r"\s*[(（][^()（）]{1,30}役[)）]\s*$")
# a lower-case unit name: one to three short words, letters and the few marks such names use, no digits
_STYLED_ARTIST = re.compile(r"[a-z][A-Za-z*.'’!&~_+\-]{1,15}(?: [a-z][A-Za-z*.'’!&~_+\-]{0,15}){0,2}")
# words of a note, not of a name ("coming soon", "to be announced", "out now", "tba")
_STYLED_NOT_ARTIST = re.compile(r"\b(?:coming|soon|tba|tbd|tbc|announced?|later|now|out|sale|available|details|info|more|"
                                r"unknown|none|the|is|are|to|be|on|by|with|for|and|release[sd]?|single|album)\b")


# what a caption says of a song after its title (「OPテーマ「X」使用」 under a PV): a use, not a singer
_SONG_USE = re.compile(r"^(?:使用|起用|決定|収録|公開|解禁|発表|披露|初披露|予定|配信中?|放送中?|挿入)")


_NEWS_DECIDED = re.compile(r"決定|解禁|発表|announced|revealed|decided|confirmed", re.I)   # ("Theme songs decided!": 決定 in English)
_NEWS_CAST = re.compile(r"(?:追加|メイン|新)?キャスト(?:に|は|として)\s*(?P<names>" + r"[\u3040-\u30FF\u4E00-\u9FFF・]{2,12}?"
                        r"(?:さん)?(?:[、,・]\s*[\u3040-\u30FF\u4E00-\u9FFF]{2,12}?(?:さん)?){0,6})(?:の出演)?\s*(?:が|に)\s*(?:決定|出演)")


_NEWS_SCREENING = re.compile(r"\b(?P<ev>episodes? (?P<eps>\d{1,2}(?:\s*(?:-|–|and|&)\s*\d{1,2})?) (?:advance|premiere|preview|"
                             r"special|early|sneak|world premiere) screening)(?:.*?\bat (?P<place>[A-Z][^!.,;]{2,50}?)(?=\s*(?:[!.,;]|$)))?",
                             re.I)


def _news_screening(text: str, col: _Collector) -> bool:
    """An official site's news headline: '"X" Episode 1 advance screening to be held on March 28 at Hall B!'."""
    t = unicodedata.normalize("NFKC", text)
    m = _NEWS_SCREENING.search(t) if "screening" in t.lower() else None
    if not m or not col.names_in(t) or _PAST_WORK.search(t):
        return False
    eps = m.group("eps")
    what = ("episode " if eps.isdigit() else "episodes ") + eps + " screened"
    when = find_first(t[m.end("ev"):], col.default_year)   # (the date before it is the news item's own)
    if m.group("place"):
        what += f" at {m.group('place').strip()}"
    if when and when[0].rank == 3:
        what += f" ({when[0].iso()})"
    col.add("premiere_event", m.group("ev"), what, text)
    return True


# an official site's news headline reporting its own event: '"X Festival 2026" report — Season 2 episode 1 screened early'
_NEWS_EVENT_REPORT = re.compile(r"[\"“「『](?P<ev>[^\"”」』]{3,60}?)[\"”」』]\s*(?:report|recap|レポート)?\s*[—–:：|/-]\s*"
                                r"(?P<what>(?:season \d{1,2} )?episodes? \d{1,2}(?:\s*(?:-|–|and|&)\s*\d{1,2})?)\s+"
                                r"(?:was\s+|were\s+)?screened\b", re.I)
_EVENT_WORD = re.compile(r"festival|\bfest\b|\bfes\b|\blive\b|\bevent\b|\bparty\b|\bstage\b|\bexpo\b|祭|フェス|イベント|ライブ",
                         re.I)


# a news headline reporting the stage of a named event and what it showed: 'Report: "Harbor Fest 2026" stage — PV 2
# premiered and Episode 1 screened', 'Event report: "Kobe Anime Carnival 2026" stage, first look at the storyboards',
# '"Winter Anime Live" panel recap: cast talk and the new key visual unveiled' (a report word before, or a stage word after)
_NEWS_EVENT_SHOWN = re.compile(r"(?:(?P<rep>\b(?:event\s+|stage\s+)?(?:report|recap)\s*[:：]\s*))?[\"“「『](?P<ev>[^\"”」』]{3,60}?)[\"”」』]\s*"
                               r"(?P<st>(?:special\s+)?(?:stage|panel|booth|talk\s+show|showcase)(?:\s+(?:report|recap))?)?\s*"
                               r"(?:[—–|/:：,]|\s-\s)\s*(?P<what>[^\"“”「」]{6,120}?)\s*[.!。！]?$", re.I)
# what such a report says was shown there: a screening, a premiere of a video, a first look
_SHOWN_THERE = re.compile(r"\b(?:screen(?:ed|ing)|premiered|first\s+look|shown|showed|unveiled|previewed|debuted|world\s+premiere)\b", re.I)
_EVENT_NAME_WORD = re.compile(r"carnival|convention|summit|showcase|matsuri|\bcon\b|\bnight\b", re.I)


# a news list's heading: one news word, or two side by side in two scripts or joined ("NEWS ニュース", "News & Topics",
# 「NEWS / お知らせ」)
_NEWS_LIST_HEAD = re.compile(r"^\W*(?:news|ニュース|お知らせ|information|topics|トピックス)"
                             r"(?:\s*(?:[&/|・／＆]\s*)?(?:news|ニュース|お知らせ|information|topics|トピックス))?\W*$", re.I)


def _news_event_shown(text: str, col: _Collector) -> bool:
    """A news list's report of an event's stage and what was shown there ("…PV 2 premiered and Episode 1 screened",
    "first look at the opening storyboards"): the event, with what was shown as the headline says it."""
    t = unicodedata.normalize("NFKC", text).strip()
    m = _NEWS_EVENT_SHOWN.search(t) if ("\"" in t or "“" in t or "「" in t or "『" in t) else None
    if m is None or not (m.group("rep") or m.group("st")) or not _SHOWN_THERE.search(m.group("what")):
        return False
    ev = m.group("ev").strip()
    if not (_EVENT_WORD.search(ev) or _EVENT_NAME_WORD.search(ev)) or col.other_season(t) or _PAST_WORK.search(t):
        return False
    col.add("premiere_event", ev, m.group("what").strip(), text)
    return True


def _news_event_report(text: str, col: _Collector) -> bool:
    """A news list's report of the site's own event where an episode was screened: the event and what was shown."""
    if "screened" not in text.lower():
        return _news_event_shown(text, col)
    m = _NEWS_EVENT_REPORT.search(unicodedata.normalize("NFKC", text))
    if not m or not _EVENT_WORD.search(m.group("ev")) or col.other_season(text) or _PAST_WORK.search(text):
        return _news_event_shown(text, col)   # ("… stage — PV 2 premiered and Episode 1 screened ahead of broadcast")
    col.add("premiere_event", m.group("ev").strip(), f"{m.group('what')} screened", text)
    return True


# a headline's cue that cast pairs follow: "Main cast announced:", "Additional cast revealed!", "New cast —",
# 「追加キャスト解禁！」「キャスト発表：」「メインキャスト決定／」
_ANNOUNCED_CAST_CUE = re.compile(r"(?:\b(?:voice\s+)?cast(?:\s+members?)?|キャスト|出演者|声優)\s*"
                                 r"(?:(?:has\s+been\s+|have\s+been\s+|is\s+|are\s+)?(?:announced|revealed|unveiled|"
                                 r"decided|confirmed|added|joins?)|発表|解禁|決定|追加|情報)?\s*(?:[!！:：]+|\s[—–-]\s|[/／])\s*",
                                 re.I)
# one announced pair: "Toffee: Reina Hanabusa", 「ミナ役：早乙女ユイ」, 「ルカ役 千早遥」
_ANNOUNCED_PAIR = re.compile(r"^(?P<char>[^:：()（）「」『』!！?？]{1,30}?)\s*(?:役\s*[:：]?|[:：])\s*(?P<actor>[^:：()（）「」『』!！?？]{2,30})$")
_ANNOUNCED_PAIR_SPLIT = re.compile(r"\s*(?:[/／|｜、;；]|,\s+|\s+and\s+|\s*&\s*)\s*")
_ANNOUNCED_TAIL = re.compile(r"\s*(?:(?:and|&)\s+more|ほか|他|など)?\s*[!！.。]*\s*$", re.I)


def _announced_cast_pairs(text: str) -> list[tuple[str, str]]:
    """The character-actor pairs a news headline announces after its cast cue: "Main cast announced: A (CV. X), B
    (CV. Y)", "Additional cast revealed! A: X / B: Y", 「追加キャスト解禁！ミナ役：早乙女ユイ、ルカ役：千早遥」; every
    piece must be a pair (a headline naming actors only, or a sentence, gives none)."""
    t = unicodedata.normalize("NFKC", text)
    cue = _ANNOUNCED_CAST_CUE.search(t)
    if cue is None:
        return []
    part = _ANNOUNCED_TAIL.sub("", t[cue.end():])
    if not part or len(part) > 240:
        return []
    inline = _inline_cv(part)
    if inline:
        pairs = [(re.sub(r"^(?:and|&|、|,)\s*", "", mm.group("char").strip(" ,、/／")), mm.group("actor").strip()) for mm in inline]
        rest = _INLINE_CV.sub("", part).strip(" ,、/／&")
        return pairs if not re.sub(r"\b(?:and|&)\b", "", rest).strip(" ,、/／") else []
    pieces = [p for p in _ANNOUNCED_PAIR_SPLIT.split(part) if p.strip()]
    pairs = [(m.group("char").strip(), m.group("actor").strip()) for p in pieces if (m := _ANNOUNCED_PAIR.match(p.strip()))]
    return pairs if pieces and len(pairs) == len(pieces) else []


def _other_title_before_cast_cue(text: str, col: _Collector) -> bool:
    """「『OTHER』追加キャスト解禁！…」 on the site's news list: a quoted title before the cue that is not this work's
    makes the pairs that work's."""
    t = unicodedata.normalize("NFKC", text)
    cue = _ANNOUNCED_CAST_CUE.search(t)
    before = t[:cue.start()] if cue is not None else ""
    titles = re.findall(r"[『「“\"]([^』」”\"]{2,60})[』」”\"]", before)
    return any(not col.names_in(x) for x in titles)


def _news_headline(text: str, col: _Collector, st: _State) -> None:
    """'オープニングテーマはそらいろ硝子「ポラリス通信」に決定！', '追加キャストに七海りおが決定', "Additional cast
    announced! A: X / B: Y"."""
    if _theme_in_text(text, col, st):
        return
    for char, actor in (() if col.other_season(text) or _other_title_before_cast_cue(text, col) else
                        _announced_cast_pairs(text)):
        col.cast(char, actor, text, st.lang)
    m = _NEWS_CAST.search(unicodedata.normalize("NFKC", text))
    if m:
        for n in re.split(r"\s*[、,]\s*|・(?=[\u4E00-\u9FFF])(?<=[\u3040-\u30FF\u4E00-\u9FFF]・)(?<![\u30A0-\u30FF]・)", m.group("names")):
            # (「藤堂あやめ・石動大吾」: two names, a kanji family name after the dot; 「ルチア・ベルナール」 is one)
            n = re.sub(r"(?:の出演)?$", "", n)   # 「キャストとして古賀ひばりさんの出演が決定」: the name, not its appearance
            n = re.sub(r"さん$", "", n).strip()
            if 2 <= len(n) <= 12:
                col.add("cast", "", n, text)


def _theme_line(text: str, col: _Collector, kind: str | None, num: int | None) -> bool:
    """`#1: "Title" by Artist (eps 1-12)`; the kind comes from the section line above it."""
    if len(text) > 300:
        return False
    m = _THEME_EN.match(text.strip())
    if not m:
        return False
    k = kind
    paren = (m.group("paren") or "").lower()
    if paren:
        for kk, pat in _THEME_KIND_WORDS[:3]:
            if pat.search(paren):
                k = k or kk
        own = _paren_theme_slot(paren)
        if own and own != k:
            k, num = own, None   # '"Title" by X (ending theme)' under an Opening label: its own words are nearer
    if k is None:
        return False
    n = int(m.group("num")) if m.group("num") else num
    title = m.group("title")
    if paren and not re.search(r"ending|opening|insert|special|version|ver\.", paren):
        title = f"{title} {m.group('paren')}"  # a translation or the original script: part of the title
    col.theme(k, n, title, m.group("artist"), text)
    return True


def _theme_in_text(text: str, col: _Collector, st: _State) -> bool:
    """Theme songs in list lines and official-site copy. Returns True when something was read."""
    t = text.strip()
    if len(t) > 3000:
        return False
    # "Opening" / "Ending" alone: the kind of the following list lines
    f = _fold_label(t)
    if len(f) <= 24 or (len(f) <= 48 and "/" in f):
        # (a label in two languages, "第2期オープニングテーマ / Opening Theme", of the season a line names: another
        # season's lines were passed over already)
        tl = _theme_label(t)
        bare = re.sub(r"opening|ending|insert|songs?|themes?|オープニング|エンディング|テーマ|ソング|挿入歌|劇中歌|主題歌|"
                      r"第\s*\d+\s*クール|\d+(st|nd|rd|th)?\s*cour|第\s*\d+\s*期|season\s*\d+|\bop\b|\bed\b|op|ed|[#\d\s.:：/]", "", f) if tl else None
        if tl and not re.search(r"[「『\"]", t) and not bare:
            st.theme_kind = tl[0]
            st.pending = t
            st.pending_values = 0
            return True
    if st.theme_kind and _theme_line(t, col, st.theme_kind, None):
        return True
    qm = re.fullmatch(r"[「『\"“](?P<t>[^」』\"”]{1,80})[」』\"”]", t) if st.theme_kind else None
    if qm:   # "<h3>OPテーマ</h3><h4>「Title」</h4><p>Artist</p>": the title alone, its singer on the next line
        col.theme(st.theme_kind, None, qm.group("t"), None, t)
        return True
    if (st.theme_kind and st.section == "music" and len(t) <= 80 and re.match(r"^[^「『:：]{1,40}[「『][^」』]+[」』]", t)
            and not re.match(r"^[^「『:：]{1,40}は\s*[「『]", t)   # (「監督のXは『W』などでも知られ…」: what X is known for)
            and not _JP_THEME_BEFORE.search(t) and not _JP_THEME_AFTER.search(t)
            and not _names_own_theme_slot(t, st.theme_kind, col.film)):
        _theme_value(st.theme_kind, None, t, t, col)   # "Artist「Title」" under a 主題歌 heading
        return True
    em = _THEME_LABELLED_EN.match(t)
    if em:
        tl = _theme_label(em.group("label"))
        if tl:
            col.theme(tl[0], tl[1], em.group("t"), em.group("a"), t)
            return True
    pairs = [(_theme_label(m.group("k")), m.group("v")) for m in _THEME_PAIRS_EN.finditer(t)] \
        if ":" in t and ('"' in t or "“" in t) and not _past_theme(t) else []
    if pairs and all(k for k, _v in pairs):
        for (kind, num), v in pairs:   # "Theme songs decided! Opening: Lunavel "Ember Tide" / Ending: X "Y""
            _theme_value(kind, num, v, t, col)
        return True
    found = False
    if _past_theme(t):
        return False   # "第1期のオープニングテーマ「…」を歌った…": an earlier season's song
    if len(t) > 80:
        # long copy: read it sentence by sentence, skipping what describes an earlier season or another work
        sentences = [x for x in (re.split(r"(?<=[。!！])", t) if "。" in t or "!" in t or "！" in t else [t]) if x.strip()]
        if len(sentences) > 1:
            return any([_theme_in_text(x, col, st) for x in sentences if not _past_work(x)])
        if _past_work(t):
            return False
    quoted = "「" in t or "『" in t   # both _JP_THEME_AFTER and _JP_THEME_BEFORE need a 「 or 『
    paren = "(" in t or "（" in t     # _JP_THEME_AFTER and _JP_THEME_BARE need a bracket, _JP_THEME_BARE an アニメ
    for m in (_JP_THEME_AFTER.finditer(t) if quoted and paren else ()):
        kind, num = _kind_num_from_ctx(m.group("ctx"))
        if kind:
            col.theme(kind, num, m.group("title"), None, t)
            found = True
    if found:
        return True
    m = _JP_THEME_BARE.match(t) if paren and "アニメ" in t else None
    if m:
        kind, num = _kind_num_from_ctx(m.group("ctx"))
        if kind:
            col.theme(kind, num, m.group("title"), None, t)
            return True
    for m in (_JP_THEME_BEFORE.finditer(t) if quoted and _may_name_theme_kind(t) else ()):
        kind, num = _kind_num_from_ctx(m.group("ctx"))
        if kind and _another_works_song(t, m, col):
            continue
        verb = _PERFORMER_VERB.match(t, m.end()) if kind else None
        sm = _SONG_AFTER_PERFORMER.match(t, m.end()) if verb or (kind and _PERFORMER_NOUN.search(m.group("artist") or "")) else None
        if sm:   # "ロックバンド「X」の新曲「Y」", "ユニット「X」が歌う「Y」": the first quote names the singer
            col.theme(kind, num, sm.group("t"), m.group("title"), t)
            found = True
            continue
        if verb:   # "エンディングテーマは弦楽ユニット「X」が担当": a singer without a song title yet
            continue
        if kind:
            artist = (m.group("artist") or "").strip(" \u3000♪♫♬☆★◆◇■□●○※→⇒/／|｜-–—―－")   # "オープニングテーマ ♪「…」": a mark, no singer
            # ("オープニングテーマ／「Title」Artist": the label's separator is no singer either)
            # "オープニングテーマであるBANDNAMEの「Title」": the artist between the copula and の
            am2 = re.fullmatch(r"(?:で?ある|となる|となった|は|が)?\s*(?P<a>[A-Za-z0-9][A-Za-z0-9 .&'!×\-]{0,30}[A-Za-z0-9!.]|"
                               r"[^\s、。がを]{2,30}?)\s*の", artist)   # (a Latin name may hold spaces: "THE LAST MINUTEの")
            if am2 and (re.search(r"[A-Za-z]", am2.group("a")) or _looks_like_person(am2.group("a"))) \
                    and not re.search(r"テーマ|アニメ|[(（)）]|収録|シングル|作品?$|前作|本作|同作|シリーズ|曲$|原作", am2.group("a")):
                artist = am2.group("a")   # "主題歌は織笠まいの「低い灯」": the singer before の
            if re.search(r"テーマ|アニメ|[(（)）]|収録|シングル|の$|ため|^(?:本作|前作|同作)", artist):
                artist = ""   # "本作のための新曲「…」": a description of the song, not its singer
            if not artist:
                rest = t[m.end():]
                am = re.match(r"\s*(?:[/／]|(?:歌|唄|うた|歌唱)\s*[:：]|by\b)\s*([^「」()（）、。]{1,40})", rest, re.I)
                artist = am.group(1) if am else ""
                if not am and len(t) <= 80 and _bare_artist(re.sub(r"\s*[(（][^)）]*[)）]\s*$", "", rest)) \
                        and not re.match(r"\s*[\u3040-\u309F]", rest):
                    artist = re.sub(_LABEL_NOTE_AFTER_SINGER, "", rest)   # a list line "OP「Title」Artist（Label）"
                artist = re.split(r"\s+(?=オープニング|エンディング|OP|ED|主題歌|挿入歌|テーマ|[^\s]*[:：])", artist)[0]
            if not artist:   # "ロックバンド・Xが歌うオープニング主題歌「Title」": the singer before the kind
                artist = _sung_by_before(re.sub(r"(?:オープニング|エンディング|op|ed)\s*$", "", t[:m.start("ctx")].rstrip(),
                                                flags=re.I).rstrip())
            col.theme(kind, num, m.group("title"), artist or None, t)
            found = True
    return found


# a bracket closing a list line after its singer: a label or a note ("（Lantern Records）"), dropped; a singing
# character's voice actor ("ノア（CV：篠宮彩花）", "（声：…）") is part of the credit and stays
_LABEL_NOTE_AFTER_SINGER = re.compile(r"\s*[(（](?!\s*(?:CV|C\.V|VO|声)\s*[:：.．]?)[^)）]*[)）]\s*$", re.I)


# a performer's kind just before a quoted name ("弦楽ユニット「…」", "ロックバンド『…』", "人気歌手「…」"): a name, not a song
_PERFORMER_NOUN = re.compile(r"(?:ユニット|バンド|グループ|デュオ|トリオ|歌手|アーティスト|シンガー|ソングライター|"
                             r"アイドル|ボーカリスト|クリエイター|歌い手|コーラス|合唱団|楽団|オーケストラ)\s*$")
# a work's title just before the kind ("『OTHER』EDテーマ「…」", "アニメ「OTHER」の主題歌「…」"), and a song sung "since" (以来)
# (adjacent: "「Song A」 EDテーマ …" in a list of songs has a space between them)
# (or "in" it: "2026年放送の「OTHER」でエンディングテーマ「…」を担当", 「『OTHER』でもEDテーマ「…」を歌っており」)
_TITLE_BEFORE_KIND = re.compile(r"[『「](?P<w>[^」』]{1,60})[』」](?:の|で|での|では|でも)?(?:第\s*\d+\s*(?:期|クール)(?:の)?)?$")
_SINCE_SONG = re.compile(r"\s*(?:以来|から(?:約|およそ)?\s*\d|ぶり)|"
                         # 「TVシリーズのオープニングテーマ「X」も担当したバンド」: the singer's other credit (も: also)
                         r"\s*も\s*(?:担当|歌唱|手がけ|手掛け|担)(?:した|していた|った)|\s*も\s*歌(?:った|っていた)")


# a title, then the place of it where the song is heard and the singer: 「『OTHER』の本PVではXが歌うOPテーマ「T」」
_TITLE_SETTING_BEFORE_KIND = re.compile(r"[『「](?P<w>[^」』]{1,60})[』」]の[^、。「」『』]{0,12}?(?:では|には|でも)[^。「」『』]{0,40}$")


def _another_works_song(t: str, m, col: _Collector) -> bool:
    """'『天空の…』EDテーマ「X」以来': the kind belongs to the title in front of it, another work's song."""
    tm = _TITLE_BEFORE_KIND.search(t, 0, m.start("ctx"))
    if tm and not col.names_in(tm.group("w")):
        return True
    sm = _TITLE_SETTING_BEFORE_KIND.search(t, 0, m.start("ctx")) if "の" in t[:m.start("ctx")] else None
    if sm and not col.names_in(sm.group("w")):
        return True
    return bool(_SINCE_SONG.match(t, m.end()))


# what a performer does, right after the quoted name ("「X」が担当", "「X」が歌う"): a song does none of it
_PERFORMER_VERB = re.compile(r"\s*(?:さん)?\s*が\s*(?:担当|務め|つとめ|手がけ|手掛け|歌う|歌唱|歌い上げ)")
_SONG_AFTER_PERFORMER = re.compile(r"\s*(?:が|の)?\s*(?:歌う|歌唱する|による|手がける|担当する)?\s*"
                                   r"(?:の?(?:新曲|楽曲|最新曲|書き下ろし(?:新曲|楽曲)?))?\s*[「『](?P<t>[^」』]{1,80})[」』]")


# (「第1期でもオープニングテーマ「…」を担当」「前作ではEDテーマ「…」」: also / in the earlier season, that season's song)
_PAST_THEME = re.compile(r"(?:第\s*[1１一]\s*期|前作|前期|前シリーズ|(?:first|previous|last) season['’]?s?)\s*(?:の|でも|では|にも|も|で)?\s*"
                         r"(?:オープニング|エンディング|op|ed|主題歌|挿入歌|opening|ending|theme)", re.I)


def _past_theme(t: str) -> bool:
    """_PAST_THEME.search(t), skipped when none of the words every match holds (期, 前, season) is there."""
    return ("期" in t or "前" in t or may_contain_i(t, ("season",))) and _PAST_THEME.search(t) is not None


_JP_THEME_KIND_WORDS = ("オープニング", "エンディング", "挿入歌", "劇中歌", "主題歌")

# a slot a line names in its own words before its title (「エンディング主題歌は、…が歌う「X」」, 「EDは…」): the
# heading's slot above it (■主題歌情報) is not this song's
_OWN_THEME_SLOT = re.compile(r"オープニング|エンディング|挿入歌|挿入曲|劇中歌|(?<![a-z])(?:op|ed)(?![a-z])|"
                             r"(?<![\w-])(?:opening|ending)\s+(?:theme|song)|\binsert\s+song", re.I)


def _first_quote(t: str) -> int:
    """Where a line's first 「, 『, " or “ is (its length when it has none)."""
    return min((i for i in (t.find("「"), t.find("『"), t.find('"'), t.find("“")) if i >= 0), default=len(t))


# a line's closing bracket ('"Title" by X (ending theme)')
_TRAILING_PAREN = re.compile(r"[(（]([^()（）]{1,40})[)）]\s*$")


def _paren_theme_slot(paren: str) -> str | None:
    """The slot a song's bracket names as a label ("ending theme", "ED", 「挿入歌」), not a version of the song
    ("ending version", "TV size")."""
    if re.search(r"version|ver\.|size|edit|mix", paren):
        return None
    m = _OWN_THEME_SLOT.search(unicodedata.normalize("NFKC", paren))
    return _slot_word_kind(m.group(0)) if m is not None else None


def _slot_word_kind(word: str) -> str | None:
    """'opening', 'ending' or 'insert' for a slot word `_OWN_THEME_SLOT` found (「ED」, "ending theme", 挿入歌)."""
    return next((k for k, pat in _THEME_KIND_WORDS[:3] if pat.search(word)), None)


def _names_own_theme_slot(text: str, carried: str | None, film: bool) -> bool:
    """Does the text before a song's title name a slot (opening, ending, insert) other than `carried`, the slot of
    a heading or label above it (主題歌: a film's ending, a series' opening)? Then the line is read by its own
    label, never under the carried one."""
    prefix = text[:_first_quote(text)]
    if not (_may_name_theme_kind(prefix) or may_contain_i(prefix, ("theme", "song"))):
        return False
    m = _OWN_THEME_SLOT.search(unicodedata.normalize("NFKC", prefix))
    if m is None:
        return False
    own = _slot_word_kind(m.group(0))
    return own != (("ending" if film else "opening") if carried == "theme" else carried)


def _may_name_theme_kind(t: str) -> bool:
    """False only when _JP_THEME_BEFORE cannot match: its context needs one of these words, or OP / ED."""
    return any(w in t for w in _JP_THEME_KIND_WORDS) or may_contain_i(t, ("op", "ed"))


def _kind_num_from_ctx(ctx: str) -> tuple[str | None, int | None]:
    c = unicodedata.normalize("NFKC", ctx).casefold()
    kind = None
    if re.search(r"オープニング|(?<![a-z])op(?![a-z])", c):
        kind = "opening"
    elif re.search(r"エンディング|(?<![a-z])ed(?![a-z])", c):
        kind = "ending"
    elif "挿入歌" in c:
        kind = "insert"
    elif "主題歌" in c:
        kind = "theme"
    num = None
    m = _COUR.search(c)
    if m:
        num = int(next(g for g in m.groups() if g))
    return kind, num


# ---------------------------------------------------------------------- DOM readers
_CHAR_HREF = re.compile(r"/characters?/\d|/characters?/[\w-]+|character\.php\?id=|/chara/", re.I)
_PERSON_HREF = re.compile(r"/people/\d|/person/\d|/staff/\d|people\.php\?id=|/seiyuu?/|/voice-?actors?/|/creators?/\d", re.I)
_COUNT = re.compile(r"[\d,.]+\s*(?:users?|members?|favorites?|fans?)|\bView All\b", re.I)


def _anchor_name(a, limit_climb: int = 2) -> str:
    t = a.get_text(" ", strip=True)
    if not t:
        img = find_tag(a, "img")
        if img is not None and img.get("alt"):
            t = img["alt"]
    if not t:
        t = a.get("title") or ""
    node = a
    climbs = 0
    while not t and climbs < limit_climb and node.parent is not None:
        node = node.parent
        climbs += 1
        t = _COUNT.sub("", node.get_text(" ", strip=True)).strip()
    return unicodedata.normalize("NFKC", t).strip()


def _read_link_cards(tags: _MainTags, col: _Collector) -> None:
    """Database cards: a character link then a person link (cast); a person link beside a role list (staff)."""
    anchors = [a for a in tags.named("a") if a.get("href") is not None]
    if not anchors:
        return
    seq = []
    for a in anchors:
        href = a["href"]
        if _CHAR_HREF.search(href):
            seq.append(("char", a))
        elif _PERSON_HREF.search(href):
            seq.append(("person", a))
    if not seq:
        return
    used_people: set[int] = set()
    last_char_href = None
    for i, (kind, a) in enumerate(seq):
        if kind != "char" or a["href"] == last_char_href:
            continue
        last_char_href = a["href"]
        nxt = next(((k, b) for k, b in seq[i + 1:] if b["href"] != a["href"]), None)
        if nxt is None or nxt[0] != "person":
            continue
        row = find_parent_tag(a, ("tr", "li"))
        if row is not None and row not in nxt[1].parents:
            continue  # the character's row names no actor: the next person is another row's (a staff list)
        char, actor = _anchor_name(a), _anchor_name(nxt[1])
        if char and actor and char != actor and len(char) <= 60 and len(actor) <= 40:
            used_people.add(id(nxt[1]))
            col.cast(char, actor, f"{char} — {actor}")
    # staff cards: person link whose card also names known roles
    seen: set[tuple[str, str]] = set()
    for kind, a in seq:
        if kind != "person" or id(a) in used_people:
            continue
        name = a.get_text(" ", strip=True)
        if not name:
            continue
        card = a.parent
        if card is None:
            continue
        strings = []
        for d in card.descendants:
            if isinstance(d, NavigableString) and not isinstance(d, Comment):
                strings.append(str(d))
                if len(strings) >= 16:
                    break
        if len(strings) >= 16:
            continue  # a whole credits column, not one person's card
        rest = "\n".join(x.strip() for x in strings if x.strip())
        rest = _COUNT.sub("", rest)
        parts = [p.strip() for p in rest.split("\n") if p.strip() and p.strip() != name]
        if len(parts) != 1:
            continue
        roles = parts[0]
        if ":" in roles or "：" in roles or not all(known_role(r) for r in re.split(r"\s*,\s*", roles) if r):
            continue
        key = (roles, name)
        if key in seen:
            continue
        seen.add(key)
        col.staff(roles.replace(",", "、"), name, f"{roles}: {name}")


# a service's own page for one title: "Crunchyroll" linking to crunchyroll.com/series/… says the work streams there
_SERVICE_TITLE_LINK = re.compile(
    r"^https?://(?:www\.|beta\.)?(?:crunchyroll\.com/(?:[a-z-]+/)?(?:series|watch)/|hidive\.com/(?:tv|season|movies)/|"
    r"netflix\.com/(?:[a-z-]+/)?title/|hulu\.(?:com|jp)/(?:series|watch)/|disneyplus\.com/(?:[a-z-]+/)?(?:series|browse)/|"
    r"animestore\.docomo\.ne\.jp/animestore/ci_pc\?|abema\.tv/video/title/|video\.unext\.jp/title/|"
    r"(?:www\.)?bilibili\.tv/[a-z-]+/play/|(?:www\.)?primevideo\.com/detail/)", re.I)


def _read_service_links(tags: _MainTags, col: _Collector) -> None:
    """"External & Streaming links", "Where to watch": a link named for a known streaming service, to its title page."""
    for a in tags.named("a"):
        href = a.get("href") or ""
        if "://" not in href or not _SERVICE_TITLE_LINK.match(href):
            continue
        name = a.get_text(" ", strip=True)
        if name and len(name) <= 40 and org_key(name) in _KNOWN_STREAMERS:
            col.org("streaming", name, f"{name} ({href})")


def _read_tables(tags: _MainTags, col: _Collector) -> list:
    """Tables whose header names services or stations: the first column lists them. Returns the tables
    read with a start date per row, so their cells are not read again line by line."""
    done = []
    for table in tags.named("table"):
        rows = tags.rows(table)
        if len(rows) < 2:
            continue
        head_cells = find_tags(rows[0], ("th", "td"))
        if any(find_tag(c, "table") is not None or len(c.get_text(" ", strip=True)) > 30 for c in head_cells):
            continue
        if len(head_cells) < 2 or any(c.name != "th" for c in head_cells) and find_parent_tag(rows[0], "thead") is None:
            continue  # a list has a header row of <th> cells (or of <td>s in its <thead>, as a wiki writes it)
        firsts = [find_tag(r, ("td", "th")) for r in rows[1:]]
        if sum(1 for c in firsts if c is not None and c.name == "th") > len(firsts) / 2:
            continue  # a key-value table (<th>label</th><td>value</td>), read as labelled pairs
        head = " ".join(c.get_text(" ", strip=True) for c in head_cells)
        hf = unicodedata.normalize("NFKC", head).casefold()
        if re.search(r"サービス|配信|streaming|service|platform|プラットフォーム|サイト名", hf):
            field_ = "streaming"
        elif re.search(r"放送局|局名|チャンネル|station|channel|broadcaster|network|放送", hf):
            field_ = "broadcaster"
        else:
            continue
        heads = [unicodedata.normalize("NFKC", c.get_text(" ", strip=True)).casefold() for c in head_cells]
        name_i = next((i for i, h in enumerate(heads) if re.search(
            r"放送局|局名|チャンネル|station|channel|broadcaster|network|サービス|service|platform|プラットフォーム|サイト", h)
            and not re.search(r"地域|エリア|region|area", h)), None)   # "放送地域 | 放送局 | …": the station column
        if name_i is None and re.search(r"話|episode|^ep|^#|^no\b|^回|日$|date|title|タイトル", heads[0]):
            continue   # an episode list ("話数 | サブタイトル | 初放送日"): its rows are episodes, not stations
        name_i = name_i or 0
        title_i = _works_column(heads, name_i)
        for row, one_name in _rows_by_name(rows[1:], name_i, len(head_cells)):
            cells = find_tags(row, ("td", "th"))
            if not cells:
                continue
            if title_i is not None and not _row_names_work(cells, title_i, len(head_cells), col):
                continue   # a schedule of several works: another work's row
            if name_i and len(cells) == len(head_cells):
                cells = [cells[name_i]] + [c for j, c in enumerate(cells) if j != name_i]
            first = cells[0]
            a = find_tag(first, "a")
            name = one_name or (a.get_text(" ", strip=True) if a is not None and a.get_text(strip=True) else first.get_text(" ", strip=True))
            if not name and (img := first.find("img", alt=True)) is not None:
                name = img["alt"]   # a service's logo
            name = re.split(r"[※*]", unicodedata.normalize("NFKC", name))[0].strip()
            if not name or len(name) > 40 or _NOT_AN_ORG.search(name):
                continue
            if _states_absence([c.get_text(" ", strip=True) for c in cells[1:]]):
                col.absent_orgs.add(org_key(name))   # (its cells read line by line say nothing else)
                continue   # "Netflix | Not available": the table says where it is not
            ev = " | ".join([name] + [c.get_text(" ", strip=True) for c in cells[1:]])
            # a well-known streaming service in a 放送局 table ("dアニメストア | 10月4日 | 12:00～") streams it
            row_field = "streaming" if field_ == "broadcaster" and org_key(name) in _KNOWN_STREAMERS else field_
            col.org(row_field, name, ev, from_table=True)
            if len(cells) > 1:
                # the start day and its slot may sit in cells of their own: "2027/1/9 (Sat) | 25:30～"
                when = " ".join(c.get_text(" ", strip=True) for c in cells[1:4])
                d = col.start_date(when)
                if d is not None and d.rank == 3:
                    if row_field == "broadcaster":
                        col.station_dates.append((name, d, ev))
                    else:
                        col.service_date(name, when, ev)
                    if table not in done:
                        done.append(table)
    return done


# a header cell naming the column of works in a schedule of several ("Title | Service | Starts", 「作品名 | 配信サービス」)
_WORKS_HEAD = re.compile(r"^(?:title|anime|series|show|work|作品名?|タイトル|番組名?)$")


def _works_column(heads: list[str], name_i: int) -> int | None:
    """The column naming works in a table of services or stations, when it has one: its rows are several works'."""
    return next((i for i, h in enumerate(heads) if i != name_i and _WORKS_HEAD.match(h.strip())), None)


def _row_names_work(cells, title_i: int, width: int, col: _Collector) -> bool:
    """A schedule row belongs to the tracked work only when its title cell names it."""
    if len(cells) != width or title_i >= len(cells):
        return False
    return col.names_in(cells[title_i].get_text(" ", strip=True))


def _rows_by_name(rows, name_i: int, width: int):
    """(row, None) for each row; (row, name) for each name of a name cell listing several, one a line
    ("Netflix<br>dアニメストア<br>U-NEXT" under 配信サイト): the same start day for each service."""
    for row in rows:
        cells = find_tags(row, ("td", "th"))
        cell = cells[name_i] if cells and name_i < len(cells) and (not name_i or len(cells) == width) else None
        names = [x.strip() for x in cell.get_text("\n").split("\n") if x.strip()] \
            if cell is not None and cell.find("br") is not None else []
        if len(names) >= 2 and all(len(x) <= 40 for x in names):
            for x in names:
                yield row, x
        else:
            yield row, None


_H_ROLE = re.compile(r"^(roles?|positions?|jobs?|credits?|担当|役職|職種|パート)$", re.I)
_H_NAME = re.compile(r"^(names?|persons?|people|staff|members?|氏名|名前|担当者|スタッフ|スタッフ名|credited as|credit name)$", re.I)
_H_NOTE = re.compile(r"^(notes?|remarks?|comments?|備考|注記?|also|other roles?)$", re.I)
_H_CHAR = re.compile(r"^(characters?|character name|roles?|キャラクター|キャラクター名|役名|役)$", re.I)
_H_ACTOR = re.compile(r"^(voice actors?|voice actress(?:es)?|actors?|voice cast|cast|seiyuu|声優|キャスト|cv|voice|va|"
                      r"original(?: cast)?)$", re.I)
_H_LANG = re.compile(r"^(japanese|english|french|german|spanish|italian|portuguese(?: \(br\))?|korean|mandarin|chinese|"
                     r"cantonese|hungarian|polish|russian|arabic|hindi|thai|indonesian|日本語|英語)"
                     r"(?: ?(?:cast|dub|voice|version|voice actors?|voice actress|voice cast|va|seiyuu|版|吹替版?|吹き替え版?|キャスト|声優))?$",
                     re.I)


def _col_lang(head: str) -> str:
    """'English Voice Actor' / 'english dub' / '英語吹替版' -> 'English': the dub a cast table's column credits."""
    m = _H_LANG.match(head.strip())
    word = m.group(1) if m else head
    return _LANG_CANON.get(word.casefold(), word.title() if word.islower() or word.isupper() else word)


_ORIGINAL_LANG = re.compile(r"^(japanese|日本語|original)", re.I)
_ALSO_ROLE = re.compile(r"^(?:also|and|plus|\+|兼|兼任)\s*[:：]?\s*(?P<r>.+)$", re.I)


def _char_actor_heads(heads: list[str]) -> bool:
    """A two-column header naming the character first and the actor second ("役名 | 声優", "Character | Cast"; one
    naming a dub's language is read where its language is kept)."""
    return bool(_H_CHAR.match(heads[0]) and _H_ACTOR.match(heads[1])
                or _H_ACTOR.match(heads[0]) and _H_CHAR.match(heads[1]) and not _H_ROLE.match(heads[1]))   # "声優 | 役名"


def _read_header_tables(tags: _MainTags, col: _Collector) -> list:
    """Credit tables of three or more columns with a header row: `Role | Name | Notes` (staff; "also Chief
    Animation Director" in a notes cell is one more credit for that person) and `Character | Japanese |
    English` (cast: the original-language column is the actor, other languages are dub credits).
    Returns the tables read, so their cells are not read again as label lines."""
    done = []
    for table in tags.named("table"):
        rows = tags.rows(table)
        if len(rows) < 2 or find_tag(table, "table") is not None:
            continue
        head = child_tags(rows[0], ("th", "td"))
        if len(head) < 2 or not (all(c.name == "th" for c in head) or find_parent_tag(rows[0], "thead") is not None):
            continue
        heads = [unicodedata.normalize("NFKC", c.get_text(" ", strip=True)).strip(" :：") for c in head]
        role_i = next((i for i, h in enumerate(heads) if _H_ROLE.match(h)), None)
        name_i = next((i for i, h in enumerate(heads) if _H_NAME.match(h) and i != role_i), None)
        if len(head) == 2 and _char_actor_heads(heads):
            pass   # "役名 | 声優", "Character | Voice Actor": a cast table of two columns
        elif len(head) == 2:
            # "Role | Season 2": the column beside the roles is the names, whatever its header says
            if role_i is None or _H_ACTOR.match(heads[1 - role_i]) or _H_LANG.match(heads[1 - role_i]):
                continue
            name_i = 1 - role_i
            roles_col = [child_tags(r, ("td", "th")) for r in rows[1:]]
            roles_col = [c[role_i].get_text(" ", strip=True) for c in roles_col if len(c) == 2]
            if not roles_col or sum(1 for x in roles_col if is_known_credit(x)) * 2 < len(roles_col):
                continue
        note_i = next((i for i, h in enumerate(heads) if _H_NOTE.match(h)), None)
        char_i = next((i for i, h in enumerate(heads) if _H_CHAR.match(h)), None)
        actor_cols = [i for i, h in enumerate(heads) if i != char_i and (_H_ACTOR.match(h) or _H_LANG.match(h))]
        body = []
        for r in rows[1:]:
            cells = child_tags(r, ("td", "th"))
            if len(cells) == len(head):
                body.append(cells)
        if not body:
            continue
        if char_i is not None and actor_cols:
            originals = [i for i in actor_cols if _H_ACTOR.match(heads[i]) or _ORIGINAL_LANG.match(heads[i])]
            original = originals[0] if originals else actor_cols[0]
            for cells in body:
                char = _cell_name(cells[char_i])
                ev = " | ".join(c.get_text(" ", strip=True) for c in cells)
                for i in actor_cols:
                    actor = _cell_name(cells[i])
                    lang = None if i == original else _col_lang(heads[i])
                    if actor:
                        col.cast(char, actor, ev, lang)
            done.append(table)
        elif role_i is not None and name_i is not None:
            for cells in body:
                role = unicodedata.normalize("NFKC", cells[role_i].get_text(" ", strip=True))
                name = _cell_name(cells[name_i])
                if not role or not name or (len(role) > 40 and not _known_parts(role)):
                    continue
                ev = " | ".join(c.get_text(" ", strip=True) for c in cells)
                col.staff(role, name, ev)
                if note_i is not None:
                    nm = _ALSO_ROLE.match(unicodedata.normalize("NFKC", cells[note_i].get_text(" ", strip=True)))
                    if nm:
                        for r in re.split(r"\s*(?:,|、|&|\band\b)\s*", nm.group("r")):
                            if r and credit_kind(r) == "staff" and is_known_credit(r):
                                col.staff(r, name, ev)
            done.append(table)
    return done


def _known_parts(role: str) -> bool:
    """"Character Design / Chief Animation Director": a long role cell that is several known credits joined."""
    parts = [p for p in re.split(r"\s*(?:/|／|&|＆|・|,|、|\band\b)\s*", role) if p]
    return len(role) <= 80 and len(parts) >= 2 and all(is_known_credit(p) for p in parts)


_ROW_TITLE = re.compile(r"^(曲名|タイトル|楽曲|曲|title|song|song title|track)$", re.I)
_ROW_ARTIST = re.compile(r"^(歌|歌唱|うた|唄|アーティスト|歌手|artist|artists|singer|vocals?|performed by|performer|sung by)$", re.I)


def _read_theme_tables(tags: _MainTags, col: _Collector) -> list:
    """Theme-song tables with one column per song: a header row `| OP | ED |` (theme labels), then rows
    labelled 曲名 / Title and 歌 / Artist. Returns the tables read, so their cells are not read again."""
    done = []
    for table in tags.named("table"):
        rows = [child_tags(r, ("td", "th")) for r in tags.rows(table)]
        if len(rows) < 2 or find_tag(table, "table") is not None:
            continue
        heads = [unicodedata.normalize("NFKC", c.get_text(" ", strip=True)) for c in rows[0]]
        kinds = {i: _theme_label(h) for i, h in enumerate(heads) if h and len(h) <= 30}
        kinds = {i: k for i, k in kinds.items() if k}
        if not kinds or any(h and i not in kinds for i, h in enumerate(heads[1:], 1)):
            continue   # every column but the row labels' must name a theme
        by_label = {}
        for cells in rows[1:]:
            if len(cells) == len(heads):
                by_label.setdefault(_fold_label(cells[0].get_text(" ", strip=True)), cells)
        title_row = next((c for lab, c in by_label.items() if _ROW_TITLE.match(lab)), None)
        artist_row = next((c for lab, c in by_label.items() if _ROW_ARTIST.match(lab)), None)
        if title_row is None:
            continue
        for i, (kind, num) in sorted(kinds.items()):
            title = title_row[i].get_text(" ", strip=True).strip("「」『』\"“” ")
            artist = artist_row[i].get_text(" ", strip=True) if artist_row is not None else None
            ev = f"{heads[i]}: {title_row[i].get_text(' ', strip=True)}" + (f" {artist}" if artist else "")
            if title and not _PLACEHOLDER.match(title):
                col.theme(kind, num, title, artist, ev)
        done.append(table)
    return done


def _read_credit_rows(tags: _MainTags, col: _Collector) -> None:
    """Headerless two-cell tables whose first cells are credits ('Director | Rika Ueno'): staff rows (a
    <th> label is read line by line already). Among known credits, a label no role list knows but shaped like
    one ('車両デザイン', 'Vehicle Design', 'Dub Script', '鉄道考証') is a credit too, kept as written."""
    for table in tags.named("table"):
        rows = [child_tags(r, ("td", "th")) for r in tags.rows(table)]
        pairs = [(c[0].get_text(" ", strip=True), c[1]) for c in rows if len(c) == 2 and c[0].name == "td"]
        known = [(label, cell) for label, cell in pairs if 0 < len(label) <= 40 and is_known_credit(label)]
        credits = [(label, cell) for label, cell in pairs
                   if (label, cell) in known or known and _unknown_credit(label, _cell_name(cell))]
        if len(credits) < 2 or len(credits) * 2 < len(rows):
            _read_person_role_rows(rows, col)
            continue
        for label, cell in credits:
            value = cell.get_text("、", strip=True)
            col.staff(unicodedata.normalize("NFKC", label), value, f"{label} | {cell.get_text(' ', strip=True)}")


# a song's own credits (lyrics, composition, arrangement): shaped like roles, never the series' staff
_SONG_CREDIT_LABEL = re.compile(r"作詞|作曲|編曲|歌唱|lyric|arrang|\bwords\b|\bvocal|\bsong\b", re.I)
# the writing credits of a song (lyrics, composition, arrangement), not its singer ("歌：X" names the artist)
_SONG_WRITING = re.compile(r"作詞|作曲|編曲|lyric|arrang|\bwords\b", re.I)
_SONG_WRITING_LABEL = re.compile(r"(?:^|[\s/／|｜·・,、(（])(?:作詞|作曲|編曲|lyrics?|lyricist|arrangement|arranged by|arranger|"
                                 r"words(?: (?:and|&) music)?)\s*(?:・[^:：]{1,6})?\s*[:：]", re.I)


def _song_writing_credit(label: str, text: str, lines, i: int) -> bool:
    """A song's writing credits, never the series' staff: a lyrics / arrangement / 作詞 / 編曲 label itself, and a
    'Music' / 'Composer' / 作曲 label on the same line as one or on a line next to one ("Lyrics: A · Music: B ·
    Arrangement: C", "作詞：A／作曲：B／編曲：C", a song's list of 'Lyrics: A', 'Music: B' items)."""
    f = _fold_label(label)
    if "歌" in f or "vocal" in f or "sung" in f:
        return False   # "作詞・作曲・歌：X": the singer, read as the song's artist
    if _SONG_WRITING.search(f):
        return True
    if known_role(label) != "music" and f not in ("composer", "composition", "作曲"):
        return False
    near = [text]
    for step in (-1, 1):   # the lines either side, up to two, never across a heading
        for j in (i + step, i + 2 * step):
            if not 0 <= j < len(lines) or lines[j].kind != "text":
                break
            near.append(lines[j].text)
    # a label naming its song ("Theme song lyrics: X") is that song's credit alone, in a line of the series' staff
    near = [_NAMED_SONG_LABEL.sub(" ", t) for t in near]
    return any(_SONG_WRITING_LABEL.search(t) for t in near if _SONG_WRITING.search(t))


_NAMED_SONG_LABEL = re.compile(r"(?:theme(?:\s+song)?|insert\s+song|opening|ending|\bOP|\bED|主題歌|挿入歌|OP|ED)\s*"
                               r"(?:lyrics?|lyricist|arrangement|作詞|作曲|編曲)", re.I)


def _unknown_credit(label: str, value: str) -> bool:
    """A row of a credit table whose label is no known role but ends on a role noun ('車両デザイン | 大楠航',
    'Dub Script | Owen Pratt'), and whose value is a person: never a profile, product or song-credit row."""
    lab = unicodedata.normalize("NFKC", label).strip(" :：")
    f = _fold_label(lab)
    if not (2 <= len(lab) <= 24) or not _plausible_role(lab) or credit_kind(lab) != "staff" \
            or not (_ROLE_NOUN.search(f) or _CREDIT_SHAPED.search(f)) or _SONG_CREDIT_LABEL.search(f) \
            or _PROFILE_LABEL.search(lab) or _DATA_LABEL.match(lab) or _NOT_A_PART.search(lab):
        return False
    who = _clean_name(value)
    return bool(who) and not _PLACEHOLDER.match(who) and _looks_like_person(who)


def _bold_head_after_cells(lines, i: int) -> bool:
    """A bold line of its own block right after a table's or a list's value cell (「Companies」 between two credit
    tables): the next box's head; the label above has had its value."""
    line = lines[i]
    return line.bold and line.tag not in ("td", "th", "dd", "dt", "li") and i > 0 and lines[i - 1].tag in ("td", "dd") \
        and len(line.text) <= 40 and not any(c.isdigit() for c in line.text)


def _column_header_cell(lines, i: int) -> bool:
    """The last cell of a table's header row ("Title | Premiere | Studio"): a run of k >= 2 th lines ending here, then
    at least two rows of k td cells. The next cell is the first column of the first row (another title), never the
    value of this column's label."""
    k = 1
    while i - k >= 0 and lines[i - k].tag == "th":
        k += 1
    if k < 2 or i + 2 * k >= len(lines):
        return False
    return all(lines[j].tag == "td" for j in range(i + 1, i + 2 * k + 1)) and \
        (i + 2 * k + 1 >= len(lines) or lines[i + 2 * k + 1].tag != "th")


def _among_credit_labels(lines, i: int) -> bool:
    """Is the label cell at line i (th/dt) set between label cells of known credits (an infobox's staff rows,
    '<th>Director</th>…<th>Vehicle Design</th>…<th>Music</th>')? Then an unknown role there is a credit too."""
    near = [lines[j] for j in (i - 2, i + 2) if 0 <= j < len(lines)]
    return any(ln.tag in ("th", "dt") and len(ln.text) <= 40 and credit_kind(ln.text) == "staff" and is_known_credit(ln.text)
               for ln in near)


_SURNAME_FIRST = re.compile(r"^(?P<sur>[^,、，]{1,30}),\s*(?P<given>[^,、，]{1,30})$")
# a database's unlinked sort form of a romanised name, "Oyamada, Kanae": one or two capitalised words each side
_LATIN_SORT_NAME = re.compile(r"^[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)?, [A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)?$")


_QUOTED_TITLE_MARK = re.compile(r"[『』「」《》〈〉]")
# a romanised reading after a name in a credit cell ("椎名ワタル (Shiina, Wataru)"): the name is what precedes it
_READING_AFTER_NAME = re.compile(r"\s*[(（][A-Za-z][A-Za-z ,.'’-]{1,40}[)）]\s*$")


def _read_person_role_rows(rows: list, col: _Collector) -> None:
    """A database's staff table the other way round, 'Kurata, Shinobu | Director' (the person linked, then the
    roles: "Character Design, Chief Animation Director" is two credits): every row's second cell a known credit.
    An unlinked name in the kana/kanji of a Japanese database ('鳴海カイト | 原作') counts when every row has the
    person-then-credit shape, two of them known credits at least (a row's credit no list knows, '原作イラスト', is kept
    as written)."""
    pairs = []
    unknown = 0
    for cells in rows:
        cells = [c for c in cells if c.get_text(strip=True)]   # (a picture cell beside the name: no text)
        captioned = _captioned_credit(cells)
        if captioned is not None:
            pairs.append(captioned)
            continue
        if len(cells) != 2:
            return
        label = unicodedata.normalize("NFKC", cells[1].get_text(" ", strip=True))
        links = find_tags(cells[0], "a")
        linked = len(links) == 1 and _PERSON_HREF.search(links[0].get("href") or "")
        plain = unicodedata.normalize("NFKC", cells[0].get_text(" ", strip=True)) if not links else ""
        bare = _READING_AFTER_NAME.sub("", plain) if plain and _KANA_KANJI.search(plain) else ""
        named = linked or _LATIN_SORT_NAME.match(plain) or (bare and not links and len(bare) <= 12 and _looks_like_person(bare)
                                                            and not _QUOTED_TITLE_MARK.search(bare) and not is_known_credit(bare))
        # (unlinked: "Oyamada, Kanae", 「鳴海カイト」; a person's name is short and never in 『』: a filmography's titles are not)
        if not (0 < len(label) <= 60 and named):
            return
        if not (is_known_credit(label) and credit_kind(label) == "staff"):
            if not (bare and _unknown_credit(label, bare)):
                return
            unknown += 1
        plain = bare or plain
        name = unicodedata.normalize("NFKC", links[0].get_text(" ", strip=True)) if linked else plain
        m = _SURNAME_FIRST.match(name)   # "Kurata, Shinobu": the database's sort form of one name
        pairs.append((label, f"{m.group('given')} {m.group('sur')}" if m else name))
    if len(pairs) < 2 or len(pairs) - unknown < 2:
        return
    for label, name in pairs:
        for part in re.split(r"\s*[,、，]\s*", label):
            col.staff(part, name, f"{name} | {label}")


def _captioned_credit(cells: list) -> tuple[str, str] | None:
    """A database's staff row of one cell, the person over the roles ("<a>Sawatari, Yoko</a><br><small>Art
    Director</small>"): (the roles, the person in reading order); None unless the caption is a known credit."""
    if len(cells) != 1:
        return None
    captioned = _name_over_caption(cells[0])
    if captioned is None:
        return None
    name, label = (unicodedata.normalize("NFKC", t) for t in captioned)
    if not (len(label) <= 60 and is_known_credit(label) and credit_kind(label) == "staff"):
        return None
    m = _SURNAME_FIRST.match(name)
    name = f"{m.group('given')} {m.group('sur')}" if m else name
    return (label, name) if _looks_like_person(name) else None


def _without_runs(lines, tables) -> list:
    """The page's lines without the lines of the given tables (already read cell by cell)."""
    from ..page import _lines_of

    lines = list(lines)
    for table in tables:
        sub = [ln.text for ln in _lines_of(table)]
        if not sub:
            continue
        n = len(sub)
        for i in range(len(lines) - n + 1):
            if lines[i].text == sub[0] and [ln.text for ln in lines[i:i + n]] == sub:
                del lines[i:i + n]
                break
    return lines


_CAST_WORDS = re.compile(r"\bcast\b|キャスト|voice actors?|声優|出演|characters?|\b(?:english|french|german|spanish|italian|portuguese|korean) dub\b|"
                         r"吹替|吹き替え", re.I)


_HEADS = ("h2", "h3", "h4")
_CV_MARK = re.compile(r"^(?:cv|c\.v\.?|声|声優|voice)\s*[.:：．]?\s*", re.I)


_CARD_TAGS = frozenset(("li", "div", "p", "dt", "h2", "h3", "h4"))


def _tags_after(tag, names: frozenset, limit: int):
    """tag.find_all_next(names, limit=limit), yielded lazily: its reader mostly stops at the next heading,
    long before the limit, and find_all_next would have walked on to collect all 200."""
    n = 0
    for el in tag.next_elements:
        if isinstance(el, Tag) and (el.name in names or (el.prefix and f"{el.prefix}:{el.name}" in names)):
            yield el
            n += 1
            if n >= limit:
                return


def _read_cast_spans(tags: _MainTags, col: _Collector) -> None:
    """Official sites' cast cards: <li><span>シオリ</span><span>早見ゆら</span></li> under a CAST heading, two
    leaf spans with no separator between them (the line reader sees 'シオリ早見ゆら')."""
    for h in tags.any_of(_HEADS):
        sec, lang = _section_of(h.get_text(" ", strip=True))
        if sec != "cast":
            continue
        level = _HEADS.index(h.name)
        for el in _tags_after(h, _CARD_TAGS, 200):
            if el.name in _HEADS:
                if _HEADS.index(el.name) <= level:
                    break
                continue
            kids = [k for k in el.children if not (isinstance(k, NavigableString) and not k.strip())]
            kids, row_lang = _db_char_row(kids)
            panel = _panel_lang(el, h)
            card_lang = row_lang or (panel if panel is not None else lang)
            card_lang = None if card_lang and _ORIGINAL_LANG.match(card_lang) else card_lang
            bold_then_text = (len(kids) == 2 and not isinstance(kids[0], NavigableString) and kids[0].name in ("strong", "b")
                              and kids[0].find(True) is None and isinstance(kids[1], NavigableString))
            if not bold_then_text and (len(kids) != 2 or any(
                    isinstance(k, NavigableString) or k.name not in ("span", "em", "strong", "b", "i", "small")
                    or k.find(True) is not None for k in kids)):
                kids = _card_parts(kids) if row_lang is None else None
                if kids is None:
                    continue   # (<li><strong>Character</strong> Actor</li> is a card too)
            char, actor = (re.sub(r"\s+", " ", unicodedata.normalize("NFKC", str(k) if isinstance(k, NavigableString)
                                                                    else k.get_text(" ", strip=True))).strip() for k in kids)
            if row_lang is None and _card_actor_first(kids):
                char, actor = actor, char
            elif _CJK_ROLE_END.search(actor) and not _CJK_ROLE_END.search(char):
                char, actor = actor[:-1], char   # <span>七瀬まひろ</span><span>ハル役</span>: 役 marks the part wherever it stands
            if row_lang is not None:   # a database's sort forms: "Kurose, Nagi" is Nagi Kurose
                char, actor = (_unsort_name(x) for x in (char, actor))
            actor = actor.strip(" -–—:：/／")
            actor = _CV_MARK.sub("", actor)
            if _crew_card(char, actor, col, f"{char} {actor}"):
                continue
            if (not char or not actor or len(char) > 30 or len(actor) > 30 or re.search(r"[:：\d]", char + actor)
                    or known_role(char) or credit_kind(char) != "staff" or not _looks_like_person(actor)):
                continue
            col.cast(char, actor, f"{char} {actor}", card_lang)


# a block whose class or id names it the cast ("p-top-intro__cast", "cast-list", "castBox", "top_cast"), never a
# "broadcast" or "forecast" block and never one that names the staff or another medium beside it
_CAST_BLOCK_CLASS = re.compile(r"(?<![A-Za-z])[Cc]ast(?:s|List|Box|Area)?(?![a-z])|(?<![A-Za-z])(?:seiyuu?|voice-?cast)(?![a-z])")
_NOT_CAST_BLOCK_CLASS = re.compile(r"staff|crew|stage|drama|audio|radio|other|related|recommend|popular|ranking|"
                                   r"(?:^|[-_\s])(?:side|aside|widget)(?:$|[-_\s])", re.I)


def _cast_class_block(el) -> bool:
    """Does this element's own class or id name it a cast block (and nothing else)?"""
    ident = " ".join([el.get("id") or "", _card_class(el)])
    return bool(ident.strip()) and _CAST_BLOCK_CLASS.search(ident) is not None and not _NOT_CAST_BLOCK_CLASS.search(ident)


def _class_block_pair(char: str, actor: str, col: "_Collector", lang: str | None) -> None:
    """One part and its actor from a class-named cast block, with the checks a cast card's pair gets."""
    char, actor = (re.sub(r"\s+", " ", unicodedata.normalize("NFKC", x)).strip() for x in (char, actor))
    actor = _CV_MARK.sub("", actor.strip(" -–—:：/／"))
    if _crew_card(char, actor, col, f"{char} {actor}"):
        return
    if _CJK_ROLE_END.search(actor) and not _CJK_ROLE_END.search(char):
        char, actor = actor[:-1], char   # <dt>天野光</dt><dd>セイ役</dd>: 役 marks the part wherever it stands
    if (not char or not actor or len(char) > 30 or len(actor) > 30 or re.search(r"[:：\d]", char + actor)
            or known_role(char) or credit_kind(char) != "staff" or not _looks_like_person(actor) or _PLACEHOLDER.match(actor)):
        return
    col.cast(char, actor, f"{char} — {actor}", lang)


_CLASSED_ACTOR_PART = re.compile(r"(?:^|[-_\s])(?:name|cast|voice|cv|va|actor|seiyuu?)(?:$|[-_\s])", re.I)


def _classed_card_parts(kids: list) -> list | None:
    """A card of two Latin names whose classes say which is which (<p class="chara">Sei Amano</p><p class="cv">Hikaru
    Kamiya</p>): [part, actor]; None unless exactly one part is classed as the character and the other as the actor."""
    els = [k for k in kids if not isinstance(k, NavigableString) and k.name not in _CARD_SKIP_TAGS]
    if len(els) != 2 or len(els) != len([k for k in kids if not (isinstance(k, NavigableString) and not k.strip())]) \
            or any(k.name not in _CARD_PART_TAGS or any(d.name not in _CARD_INNER_TAGS for d in k.find_all(True)) for k in els):
        return None
    cls = [_card_class(k) for k in els]
    part = [bool(c) and _CARD_PART_CLASS.search(c) is not None for c in cls]
    actor = [bool(c) and not p and (_CARD_ACTOR_CLASS.search(c) or _CLASSED_ACTOR_PART.search(c)) is not None
             for c, p in zip(cls, part)]
    if part == [True, False] and actor[1]:
        return els
    if part == [False, True] and actor[0]:
        return [els[1], els[0]]
    return None


def _class_block_own(block, col: "_Collector") -> bool:
    """Is a class-named cast block this work's own? Not under a heading of another medium (a drama CD, a stage play),
    another season or the same staff's other works."""
    head = block.find_previous(_HEADS)
    if head is None:
        return True
    text = _EDIT_LINK.sub("", unicodedata.normalize("NFKC", head.get_text(" ", strip=True))).strip()
    return not (_OTHER_MEDIUM_HEAD.match(text) or col.other_season(text) or SAME_MAKER_WORKS.search(text))


def _read_class_block_lines(block, col: "_Collector", lang: str | None) -> None:
    """A class-named cast block's own lines read as a CAST section (its "Part／Actor", "Part（CV：Actor）",
    "Part — Actor" and "Actor as Part" lines), when no CAST heading of the page opens one over it already."""
    head = block.find_previous(_HEADS)
    if head is not None and _section_of(head.get_text(" ", strip=True))[0] == "cast":
        return
    from ..page import Line, _lines_of
    lines = _lines_of(block)
    if lines and len(lines) <= 120:
        _read_lines([Line(f"{lang} cast" if lang else "CAST", "heading", "h2"), *lines], col)   # (a dub's grid: its language)


def _read_cast_class_blocks(tags: _MainTags, col: _Collector) -> None:
    """A cast block known by its class, with no CAST heading over it (an official site's top page:
    <dl class="p-top-intro__cast"><dt>Sei</dt><dd>Actor</dd></dl>, <ul class="cast-list"><li><span>…</span><span>…</span>):
    its <dt>/<dd> pairs and two-part cards are parts and their actors."""
    for block in tags.any_of(("dl", "ul", "ol", "div", "section")):
        if not _cast_class_block(block) or not _class_block_own(block, col):
            continue
        lang = _grid_lang(block)
        if not any(_cast_class_block(a) for a in block.parents if a.name in ("dl", "ul", "ol", "div", "section")):
            _read_class_block_lines(block, col, lang)
        lists = [block] if block.name != "div" and block.name != "section" else [block, *find_tags(block, ("dl", "ul", "ol"))[:6]]
        for dl in (x for x in lists if x.name == "dl"):
            for dt in child_tags(dl, ("dt",)):
                dd = dt.find_next_sibling(("dt", "dd"))
                if dd is not None and dd.name == "dd":
                    _class_block_pair(dt.get_text(" ", strip=True), dd.get_text(" ", strip=True), col, lang)
        for card in (c for x in lists if x.name != "dl" for c in child_tags(x, ("li", "div", "p"))):
            kids = [k for k in card.children if not (isinstance(k, NavigableString) and not k.strip())]
            parts = (_card_parts(kids) or _classed_card_parts(kids)) if kids else None
            if parts is None or len(parts) != 2:
                continue
            char, actor = (str(k) if isinstance(k, NavigableString) else k.get_text(" ", strip=True) for k in parts)
            if _card_actor_first(parts):
                char, actor = actor, char
            _class_block_pair(char, actor, col, lang)


# what a cast card's part may be: an inline element holding text, a link, a line break or a reading in brackets
# (<span class="va"><a>水無瀬ひかり</a>（Hikari Minase）</span>), or the card's bare text (<li><span>ドク</span>大門寺巌</li>)
_CARD_PART_TAGS = frozenset(("span", "em", "strong", "b", "i", "small", "a", "p", "dfn", "cite", "ruby", "label"))
_CARD_INNER_TAGS = frozenset(("a", "span", "em", "strong", "b", "i", "small", "br", "rt", "rp", "ruby", "sup"))
_CARD_SKIP_TAGS = frozenset(("img", "br", "picture", "svg", "figure"))
_CARD_VOICE_MARK = re.compile(r"^(?:c\.?\s?v\.?|va|voice(?:d)?(?:\s+by)?|voice\s+actor|声優?|cast|キャスト)\s*[.:：．]?$", re.I)


# a card part printing another part's reading: its class ("romaji", "kana", "yomi", "name-en") or its script (a Latin
# name, a bracketed kana reading after a name in kanji or kana)
_READING_PART_CLASS = re.compile(r"romaji|roma(?:$|[-_])|reading|yomi|kana|furigana|ruby|latin|alphabet|"
                                 r"(?:^|[-_\s])(?:en|eng|english)(?:$|[-_\s])", re.I)
_KANA_READING = re.compile(r"^[(（]?[\u3040-\u309F\u30A0-\u30FF・ー\s]{2,30}[)）]?$")


def _reading_part(part, before) -> bool:
    """Does a card part only spell the part before it another way (環なぎさ, then "Nagisa Tamaki" or "（かん なぎさ）")?"""
    if isinstance(part, NavigableString) or isinstance(before, NavigableString) and not before.strip():
        return False
    text = unicodedata.normalize("NFKC", part.get_text(" ", strip=True)).strip()
    prev = unicodedata.normalize("NFKC", before.get_text(" ", strip=True) if isinstance(before, Tag) else str(before)).strip()
    if not text or not prev or not _KANA_KANJI.search(prev):
        return False
    if _READING_PART_CLASS.search(_card_class(part)):
        return True
    if re.fullmatch(_LATIN_NAME, text):
        return True   # (a Latin name after a Japanese one: its romanisation, never a second person in one card)
    return text[:1] in "(（" and _KANA_READING.match(text) is not None and re.search(r"[\u4E00-\u9FFF]", prev) is not None


def _without_reading_parts(parts: list) -> list:
    """A card's parts without the readings printed after a name (<span class="chara">ユズ</span><a class="va">環なぎさ</a>
    <span class="romaji">Nagisa Tamaki</span>): what is left is the part and its actor."""
    kept = [parts[0]]
    for k in parts[1:]:
        if not _reading_part(k, kept[-1]):
            kept.append(k)
    return kept


def _card_parts(kids: list) -> list | None:
    """A cast card's two parts when its markup is looser than two leaf spans: one of them bare text or an element
    with a link inside (the line reader sees 'ドク大門寺巌' and cannot tell where the name begins); its pictures and
    line breaks aside. None when the card is not two such parts."""
    parts = [k for k in kids if isinstance(k, NavigableString) or k.name not in _CARD_SKIP_TAGS]
    if 2 < len(parts) <= 4:
        parts = _without_reading_parts(parts)
    if len(parts) != 2 or all(isinstance(k, NavigableString) for k in parts):
        return None
    first = parts[0].get_text(" ", strip=True) if isinstance(parts[0], Tag) else parts[0].strip()
    if _CARD_VOICE_MARK.match(first):
        return None   # (<p><span>CV.</span>Actor</p>, "Voiced by <span>Actor</span>": the actor of the part named above it)
    second = parts[1]
    if not _KANA_KANJI.search(first + second.get_text() if isinstance(second, Tag) else first + second) and not (
            isinstance(second, Tag) and (second.name == "a" or second.find("a") is not None)):
        return None   # two Latin names and nothing saying which is the person (<b>Actor</b><span>Part</span> is as common)
    for k in parts:
        if isinstance(k, NavigableString):
            if isinstance(k, Comment) or not k.strip():
                return None
        elif k.name not in _CARD_PART_TAGS or any(d.name not in _CARD_INNER_TAGS for d in k.find_all(True)):
            return None
    return parts


# a card's part says what it holds by its class: the actor's (<span class="actor">, "cast-name", "voice", "cv", "seiyu")
# or the character's ("role", "character", "chara"); a crew card's job is its "role" too (_crew_card reads it)
_CARD_ACTOR_CLASS = re.compile(r"actor|voice|seiyu|(?:^|[-_])(?:cv|va|person|people-name)(?:$|[-_])", re.I)
_CARD_PART_CLASS = re.compile(r"role|chara|part|job", re.I)


def _card_class(k) -> str:
    """A card part's class words joined ('' for a bare string)."""
    if isinstance(k, NavigableString):
        return ""
    c = k.get("class") or ""
    return " ".join(c) if isinstance(c, list) else str(c)


def _card_actor_first(kids: list) -> bool:
    """A two-part card whose classes put the actor first (<span class="actor">X</span><span class="role">Y</span>):
    its parts read the other way round from the character-first cards."""
    if len(kids) != 2:
        return False
    a, b = _card_class(kids[0]), _card_class(kids[1])
    return bool(a and b and _CARD_ACTOR_CLASS.search(a) and not _CARD_ACTOR_CLASS.search(b)
                and _CARD_PART_CLASS.search(b))


# a job no role list knows, by its last word ("ADR Director", "Dub Producer", "Mix Engineer"): a character's title
# comes first ("Director Kuroda"), a job's noun last
_CREW_JOB_END = re.compile(r"\b(?:director|producer|designer|supervisor|writer|editor|composer|engineer|script|"
                           r"adaptation|coordinator)$", re.I)


def _crew_job(text: str) -> bool:
    """A crew card's job: a known staff credit, or a job by its last word (`_CREW_JOB_END`)."""
    return bool(text) and len(text) <= 40 and credit_kind(text) == "staff" and (
        is_known_credit(text) or _CREW_JOB_END.search(text) is not None)


def _crew_card(char: str, actor: str, col: "_Collector", evidence: str) -> bool:
    """A crew tab's card inside a 'Cast & Crew' block (a job and a person, either order: 'Director | X',
    'X | Series Composition, Screenplay'): a staff credit, never a cast pair. True when the card was one."""
    for job, person in ((char, actor), (actor, char)):
        if job and person and _crew_job(job) and not _crew_job(person) and _looks_like_person(_clean_name(person)):
            col.staff(job, person, evidence)
            return True
    return False


# the language a cast panel declares for its cards: <div lang="en">, data-lang="ja", data-tab="english",
# aria-label="English dub", id="cast-english", class="dub english" (a tabbed "Japanese | English" cast block)
_PANEL_LANG_ATTRS = ("lang", "data-lang", "data-language", "data-tab", "aria-label", "id", "class")
_PANEL_LANG_WORD = re.compile(r"(?:^|[\s_-])(ja|jp|jpn|japanese|en|eng|english|french|german|spanish|italian|portuguese|korean)"
                              r"(?=$|[\s_-])", re.I)


def _panel_lang(el, head) -> str | None:
    """The language an ancestor of a cast card (below the section's heading) declares, 'Japanese' for the original;
    None when no ancestor names one."""
    stop = head.parent
    for anc in el.parents:
        if anc is None or anc is stop or anc.name in ("body", "main", "article", "html"):
            return None
        for attr in _PANEL_LANG_ATTRS:
            v = anc.get(attr)
            if not v:
                continue
            v = " ".join(v) if isinstance(v, list) else str(v)
            if attr in ("id", "class") and not re.search(r"cast|dub|sub|tab|panel|lang", v, re.I):
                continue   # (a class naming a language alone is no panel: "english" in a styling class)
            m = _PANEL_LANG_WORD.search(v.replace(".", " "))
            if m:
                w = m.group(1).casefold()
                return _LANG_CANON.get(w, w.title())
    return None


_DB_ROW_TAG = re.compile(r"^(?:main|supporting|lead|recurring|minor|guest|background)$", re.I)
_DB_ROW_LANG = re.compile(r"^(?:japanese|english|french|german|spanish|italian|portuguese|korean|chinese)$", re.I)


def _db_char_row(kids: list) -> tuple[list, str | None]:
    """A database's character row, <span>Kurose, Nagi</span> <span>Main</span> <span>Tachibana, Mio</span>
    <span>Japanese</span>: the character and the actor, with the row's voice language (None: not such a row)."""
    if len(kids) != 4 or any(isinstance(k, NavigableString) or k.name != "span" or k.find(True) is not None for k in kids):
        return kids, None
    texts = [k.get_text(" ", strip=True) for k in kids]
    if not (_DB_ROW_TAG.match(texts[1]) and _DB_ROW_LANG.match(texts[3])):
        return kids, None
    return [kids[0], kids[2]], texts[3].title()


def _unsort_name(name: str) -> str:
    """'Tachibana, Mio' -> 'Mio Tachibana' (a database's surname-first sort form); any other name as it is."""
    return f"{name.split(', ')[1]} {name.split(', ')[0]}" if _LATIN_SORT_NAME.match(name) else name


def _image_heading(tag) -> str:
    """A heading drawn as a picture ("<h2><img alt="出演（声）"></h2>" on a station's program page): its alt."""
    img = find_tag(tag, "img") if tag.name in ("h2", "h3", "h4", "h5", "p", "div") else None
    return (img.get("alt") or "").strip() if img is not None else ""
_GRID_LANG = re.compile(r"(?:^|[-_])(?P<l>en|eng|english|dub|ja|jp|jpn|japanese|sub)(?:$|[-_])", re.I)


def _grid_lang(grid) -> str | None:
    """The dub a cast grid credits, from its class or lang ("cast-grid lang-en" -> English); None for the original."""
    for tok in [grid.get("lang") or "", grid.get("data-lang") or "", *(grid.get("class") or [])]:   # (a tab's data-lang="en")
        m = _GRID_LANG.search(tok)
        if m:
            w = m.group("l").casefold()
            return None if w in ("ja", "jp", "jpn", "japanese", "sub") else "English"
    return None


def _card_pair(el) -> tuple[str, str] | None:
    """The two names of a cast card (<div><img alt=""><b>Name</b><span>Name</span></div>), its picture aside."""
    kids = [k for k in el.children if not (isinstance(k, NavigableString) and not k.strip())
            and not (not isinstance(k, NavigableString) and k.name == "img")]
    if len(kids) != 2 or any(isinstance(k, NavigableString) or k.name not in ("span", "strong", "b", "small", "em")
                             or k.find(True) is not None for k in kids):
        return None
    a, b = (re.sub(r"\s+", " ", unicodedata.normalize("NFKC", k.get_text(" ", strip=True))).strip() for k in kids)
    if _card_actor_first(kids):
        a, b = b, a   # (the character first, as every other card)
    return (a, b) if a and b and len(a) <= 30 and len(b) <= 30 else None


def _grid_panel_lang(grid, head) -> str | None:
    """A grid's dub declared by the tab panel holding it (<div class="tab-panel" id="tab-en"><ul class="people">):
    None for the original language or no panel."""
    lang = _panel_lang(grid, head)
    return None if lang is None or _ORIGINAL_LANG.match(lang) else lang


def _read_dub_cast_grids(tags: _MainTags, col: _Collector) -> None:
    """A streamer's cast section with one grid of cards per language (<div class="cast-grid lang-en">), each card
    two names in either order: the names repeated in the same place in every grid are the characters, the others
    their actors in that grid's language ("Akane Hoshizuki | Maris Holloway", "Jenna Castellanos | Maris Holloway")."""
    for h in tags.any_of(_HEADS):
        if _section_of(h.get_text(" ", strip=True))[0] != "cast":
            continue
        cards = []
        head_lang: dict[int, str | None] = {}   # a grid's dub from the sub-heading above it ("English Dub")
        sub_lang = None
        for el in _tags_after(h, frozenset(("div", "li", "h2", "h3", "h4")), 200):
            if el.name in _HEADS:
                dub = _DUB_SUBHEADING.match(el.get_text(" ", strip=True)) if el.name > h.name else None
                if dub is None:
                    break
                sub_lang = _LANG_CANON.get(dub.group(1).casefold(), dub.group(1).title())
                continue
            pair = _card_pair(el)
            if pair is not None and not (_crew_job(pair[0]) or _crew_job(pair[1])):
                cards.append((el.parent, pair))   # (a crew tab's 'Director | X' is no cast card)
                head_lang.setdefault(id(el.parent), sub_lang)
        grids = list(dict.fromkeys(g for g, _ in cards))
        if len(grids) < 2:
            continue
        per_grid = [[p for g2, p in cards if g2 is g] for g in grids]
        second = [{b for _a, b in ps} for ps in per_grid]
        first = [{a for a, _b in ps} for ps in per_grid]
        if len(second[0] & second[1]) >= 2 and not first[0] & first[1]:
            chars_at = 1
        elif len(first[0] & first[1]) >= 2 and not second[0] & second[1]:
            chars_at = 0
        else:
            continue   # no name repeated from grid to grid: which is the character is not known
        for grid, ps in zip(grids, per_grid):
            lang = _grid_lang(grid) or head_lang.get(id(grid)) or _grid_panel_lang(grid, h)
            for pair in ps:
                char, actor = pair[chars_at], pair[1 - chars_at]
                if _looks_like_person(actor) and not _PLACEHOLDER.match(actor):
                    col.cast(char, actor, f"{char} {actor}", lang)


# a table introduced as holding both the staff and the cast ("Staff and cast shared at the panel:", "STAFF & CAST")
_STAFF_AND_CAST = re.compile(r"\bstaff\b.{0,12}\bcast\b|\bcast\b.{0,12}\bstaff\b|スタッフ.{0,3}キャスト|キャスト.{0,3}スタッフ", re.I)
# a label word of a credit no role list knows ("Gladiator Design", "Prop Supervisor"): never a character
_ROLEISH_LABEL = re.compile(r"design|direct|music|sound|\bart\b|animat|produc|edit|script|writ|compos|supervis|colou?r|"
                            r"photograph|setting|planning|original|story|effect|\bcg|\b3d|\b2d|assist|chief|\bkey\b|layout", re.I)


def _cast_rows_after_credits(pairs: list, prev_text: str) -> list:
    """A "Staff and cast" table lists the credits first, then character | actor rows: those trailing rows are the
    cast (a table whose every row after the last credit is a name, never a role word)."""
    if not _STAFF_AND_CAST.search(prev_text):
        return []
    last = max((i for i, (a, _b, _n) in enumerate(pairs) if is_known_credit(a)), default=-1)
    tail = pairs[last + 1:]
    if not tail or any(not _looks_like_name_key(a) or _ROLEISH_LABEL.search(a) or not _looks_like_person(b)
                       for a, b, _n in tail):
        return []
    return tail


# a cast table's last row saying the list goes on ("ほか", "他", "and more", "…"): no part, no actor
_OTHERS_ROW = re.compile(r"^(?:ほか|他|その他|ほか(?:多数|大勢)|(?:and\s+)?(?:many\s+)?(?:more|others)|etc\.?|…+|\.{3}|‥+)\s*[.。!！]?$", re.I)


def _description_cell(text: str) -> bool:
    """A cast table's third cell describing the part ("主人公の車掌見習い", "The apprentice conductor"), not a name."""
    t = unicodedata.normalize("NFKC", text).strip()
    return bool(t) and (len(t) > 16 or re.search(r"[。、!?.,]|の|\b[a-z]{3,}\b|\d", t) is not None)


# a cast table's third column ranking the part ("主役 | メイン | サブ", "Main | Supporting | Guest"): a billing tier, not a name
_BILLING_TIER_CELL = re.compile(r"^(?:主役|主演|準主役|主人公|ヒロイン|メイン|サブ|脇役|レギュラー|準レギュラー|ゲスト|モブ|主要|その他|"
                                r"(?:main|lead|leading|supporting|recurring|guest|minor|background|protagonist|antagonist)"
                                r"(?:\s+(?:role|cast|character))?)$", re.I)


def _billing_tier_column(thirds: list[str]) -> bool:
    """Every row's third cell is a billing tier (主役, Main, Supporting): the table's rows are still part | actor."""
    return len(thirds) >= 2 and all(_BILLING_TIER_CELL.match(unicodedata.normalize("NFKC", t).strip()) for t in thirds)


def _colon_part_cell(part: str, actor: str) -> bool:
    """A "Part:" cell of a cast table's row: a name before the colon (never a credit or a data label) and a person
    after it."""
    part = unicodedata.normalize("NFKC", part).strip()
    return (bool(part) and len(part) <= 40 and not is_known_credit(part) and not known_role(part)
            and _ROLEISH_LABEL.search(part) is None and not re.search(r"\d", part) and _looks_like_person(actor))


def _colon_cast_table(table, ident: str, prev_text: str) -> bool:
    """Rows of "Part:" cells belong to a cast table only when the table says so: its class or id, the label before it
    ("Japanese cast"), or the heading of the block it sits in ("Cast")."""
    if re.search(r"(?<![A-Za-z])[Cc]ast(?![a-z])|キャスト|声優", ident + " " + prev_text):
        return True
    head = table.find_previous(_HEADS)
    return head is not None and _section_of(head.get_text(" ", strip=True))[0] == "cast"


# a cast table's one-cell row naming the language of the rows below it ("Japanese", "English", "English Dub",
# "Spanish (Latin America) voices", 「日本語版」「英語吹替版キャスト」)
_TABLE_LANG_ROW = re.compile(r"^(?:(?P<l>english|japanese|french|german|spanish|italian|portuguese|korean|mandarin|chinese)"
                             r"(?:\s*\([A-Za-z ]+\))?(?:\s+(?:dub|dubbed|version|voices|voice\s+cast|cast))?|"
                             r"(?P<ja>日本語|英語)(?:吹き?替え?)?版?(?:キャスト|声優)?)\s*:?$", re.I)


def _table_row_lang(m: re.Match) -> str | None:
    """The dub a language row names, as cast keys write it ("English"); None for the original (Japanese)."""
    word = m.group("l") or m.group("ja") or ""
    lang = _LANG_CANON.get(word.casefold(), word.title())
    return None if _ORIGINAL_LANG.match(lang) else lang


def _read_cast_tables(tags: _MainTags, col: _Collector) -> None:
    """Two-column tables of characters and actors (database credit tables), with the dub language above them."""
    for table in tags.named("table"):
        rows = tags.rows(table)
        pairs = []
        lang_head = None
        thirds = [c[2].get_text(" ", strip=True) for c in (child_tags(r, ("td", "th")) for r in rows) if len(c) == 3]
        colon_parts = 0
        notes_column = len(thirds) >= 2 and (any(_description_cell(t) for t in thirds) or _billing_tier_column(thirds))
        row_lang = None   # the dub a one-cell language row over the rows below names (None: the original)
        for r in rows:
            cells = child_tags(r, ("td", "th"))
            if len(cells) == 1 and _OTHERS_ROW.match(unicodedata.normalize("NFKC", cells[0].get_text(" ", strip=True))):
                continue   # 「ほか」 / "and more" closing the list: a note, the rows above are still the cast
            if len(cells) == 1 and (rl := _TABLE_LANG_ROW.match(unicodedata.normalize("NFKC", cells[0].get_text(" ", strip=True)))):
                row_lang = _table_row_lang(rl)   # "<th colspan=2>English</th>": the rows below are that dub's parts
                continue
            if len(cells) == 3 and notes_column:
                cells = cells[:2]   # "ミオ | 森川ゆず | 主人公の車掌見習い": the part, its actor, then a word on the part
            if len(cells) != 2 or any(find_tag(c, _LAYOUT_TAGS) is not None
                                      or len(c.get_text(" ", strip=True)) > 200 for c in cells):
                pairs = []  # a layout table (a sidebar beside the content), not a credit table
                break
            a, b = (_cell_name(c) for c in cells)
            if a and a[-1] in ":：" and _colon_part_cell(a[:-1], b):
                a = a[:-1].rstrip()   # "Nagi Kurosu: | Akane Sugimoto": a database's part label (kept only in a cast table)
                colon_parts += 1
            if not a or not b or len(a) > 60 or len(b) > 50 or re.search(r"[:：]$", a):
                pairs = []
                break
            if _H_CHAR.match(a.strip()) and (_H_ACTOR.match(b.strip()) or _H_LANG.match(b.strip())):
                lang_head = _col_lang(b) if _H_LANG.match(b.strip()) else lang_head
                continue   # the header row "キャラクター | 声優" / "Character | English Voice Actor"
            note = _cell_note(cells[1])
            if _person_link(cells[0]) is not None and _person_link(cells[1]) is None:
                a, b = b, a
                note = _cell_note(cells[0])
            pairs.append((a, _CV_MARK.sub("", b), note or row_lang))   # "ノエル | CV：花守ゆいか": the mark is no part of the name
        if not pairs:
            continue
        ident = " ".join([table.get("id") or "", *(table.get("class") or [])])
        prev_text = ""
        prev = table.find_previous_sibling()
        if prev is not None:
            prev_text = unicodedata.normalize("NFKC", prev.get_text(" ", strip=True) or _image_heading(prev))[:80]
        person_links = all(_person_link(c) is not None
                           for r in rows for c in child_tags(r, ("td", "th"))[1:])
        if not (_CAST_WORDS.search(ident) or _CAST_WORDS.search(prev_text) or person_links):
            continue
        if colon_parts and not _colon_cast_table(table, ident, prev_text):
            continue   # "Label: | value" rows of an info box, not a cast block's "Part: | Actor" rows
        if 2 * sum(1 for a, _b, _n in pairs if is_known_credit(a) or _ROLEISH_LABEL.search(a)
                   or _ROLE_NOUN.search(_fold_label(a))) >= len(pairs):   # ("ADR Script | X", "Mix Engineer | Y")
            pairs = _cast_rows_after_credits(pairs, prev_text)
            if not pairs:
                continue   # a staff table ("総監督 | 桐谷誠一" with person links): its rows are credits, not parts
        lang = lang_head if lang_head and not _ORIGINAL_LANG.match(lang_head) else None
        lm = re.findall(r"([A-Z][a-z]+(?: \([A-Za-z ]+\))?) cast", prev_text)
        if lm and not lang:
            lang = lm[-1]
        hl = _HEAD_LANG.search(prev_text) if len(prev_text) <= 40 and _CAST_WORDS.search(prev_text) else None
        if hl and not lang:   # an "English Dub Cast" / "英語吹替キャスト" heading over the table
            lang = _LANG_CANON.get(hl.group(0).casefold(), hl.group(0).title())
            lang = None if _ORIGINAL_LANG.match(lang) else lang
        if not lang and len(prev_text) <= 40 and (sl := _section_of(prev_text)[1]):
            lang = None if _ORIGINAL_LANG.match(sl) else sl   # "English staff" right over a cast table: that block's dub
        for char, actor, note in pairs:
            col.cast(char, actor, f"{char} — {actor}", note or lang)  # the cell's language note, else the section's


# a cast section's sub-heading naming the dub its list belongs to: "English Dub", "Japanese", "Spanish (Latin America) Dub"
_DUB_SUBHEADING = re.compile(r"^(english|japanese|french|german|spanish|italian|portuguese|korean|mandarin|chinese)"
                             r"(?:\s*\([A-Za-z ]+\))?(?:\s+(?:dub|dubbed|version|voices|voice\s+cast))?$", re.I)
_LANGUAGE_NOTE = re.compile(r"^(?:Japanese|English|French|German|Spanish|Italian|Portuguese(?: \(BR\))?|Korean|"
                            r"Mandarin|Chinese|Hungarian|Polish|Russian)$")


def _latin_restating_name(text: str, name: str) -> str | None:
    """'Michiru Hinata (日向ミチル)' under the card's name 日向ミチル: the Latin form, the bracket the name itself;
    None when the bracket holds anything else (an actor, a note)."""
    t = unicodedata.normalize("NFKC", text or "").strip()
    if not t.endswith(")") or "(" not in t:
        return None
    head, _, inner = t[:-1].rpartition("(")
    if inner.strip() != unicodedata.normalize("NFKC", name or "").strip():
        return None
    return _latin_name_line(head.strip())


def _latin_name_line(text: str) -> str | None:
    """'ROUGE REDSTAR' / 'Yume Miyamoto' -> the name in title case; None for anything else."""
    text = unicodedata.normalize("NFKC", text or "").strip()
    if not re.fullmatch(r"[A-Za-z][A-Za-z.'\-]*(?: [A-Za-z0-9][A-Za-z0-9.'\-]*){0,3}", text) or len(text) > 40:
        return None
    return text.title() if text.isupper() else text


_LAYOUT_TAGS = frozenset(("table", "h1", "h2", "h3", "ul", "dl"))


def _links_in(cell):
    """find_tags(cell, "a"), lazily: its readers stop at the first link they want."""
    return (d for d in cell.descendants if isinstance(d, Tag) and d.name == "a")


def _person_link(cell):
    """cell.find("a", href=_PERSON_HREF)."""
    for a in _links_in(cell):
        href = a.get("href")
        if href is not None and _PERSON_HREF.search(href):
            return a
    return None


def _cell_name(cell) -> str:
    """The name a credit cell gives: its link's text where it links one (a database's character or person
    page), without the notes printed under it ("Main", "Supporting", "Japanese")."""
    link = next((a for a in _links_in(cell) if a.get("href") is not None), None)
    if link is not None and link.get_text(strip=True):
        return link.get_text(" ", strip=True)
    captioned = _name_over_caption(cell)
    if captioned is not None:
        return captioned[0]
    parts = [t for t in cell.find_all(string=True, recursive=False) if t.strip()]
    return " ".join(t.strip() for t in parts) if parts else cell.get_text(" ", strip=True)


# the tags a database prints a cell's caption line in, under or after the name ("Main", "Japanese", "Director")
_CELL_CAPTION_TAGS = frozenset(("small", "span", "div", "em", "i", "sub", "p"))


def _name_over_caption(cell) -> tuple[str, str] | None:
    """A database cell printing a name over a caption line: "<a>Haibara, Shion</a><br><small>Main</small>",
    "Kurosu, Tadaaki<br>Director", "<b>Oka, Sayuri</b> <small>Japanese</small>": (the name, the caption), the
    name's own link text with no href too (a page saved without its links). None for any other cell."""
    head: list[str] = []
    tail: list[str] = []
    broken = False
    for k in cell.children:
        if isinstance(k, Comment):
            continue
        if isinstance(k, NavigableString):
            text = k.strip()
        elif k.name == "br":
            broken = broken or bool(head)
            continue
        else:
            if k.name in _LAYOUT_TAGS:
                return None   # a list or table inside: a layout cell, not one credit
            text = k.get_text(" ", strip=True)
            if head and not broken and k.name in _CELL_CAPTION_TAGS:
                broken = True   # "<a>Oka, Sayuri</a> <small>Japanese</small>": the caption in its own small tag
        if text:
            (tail if broken else head).append(text)
    if not head or not tail:
        return None
    name, caption = " ".join(head), " ".join(tail)
    if len(name) > 60 or len(caption) > 80:
        return None
    return name, caption


def _cell_note(cell) -> str:
    """A language note under an actor's name ("Japanese", "English") — the dub the credit belongs to."""
    for small in find_tags(cell, ("small", "span", "div")):
        text = small.get_text(" ", strip=True)
        if _LANGUAGE_NOTE.match(text):
            return text
    return ""


_SHOW_DATE_AFTER = re.compile(r"\s*(?:\([^)]{1,3}\))?\s*(?:より|から|(?:TV|テレビ)?(?:放送|配信|上映|放映|公開予定|公開決定|ロードショー)|"
                              r"premieres?\b|airs?\b|in\s+theaters\b)", re.I)
_VIDEO_WORDS = re.compile(r"(?<![a-z])(?:pv|cm)(?![a-z])", re.I)   # (PV and CM are this work's videos too)
# a release to come said before a date, in a sentence naming no video ("Lantern Bay will premiere in January 2027",
# "The Blu-ray will be released on December 12, 2026"), or a sale day after it (「2026年12月12日発売」): the show's or the
# goods' day, not the video's
_DUE_BEFORE_DATE = re.compile(r"\b(?:(?:will|is|are|to)\s+(?:also\s+|then\s+)?(?:be\s+)?(?:set\s+to\s+|slated\s+to\s+|scheduled\s+to\s+)?"
                              r"(?:premiere|air|open|debut|released|release|out|on\s+sale|available|hit|arrive|ship|launch|"
                              r"stream|streaming|airing|opening|shipping)|premieres|airs|opens|debuts|launches|hits|arrives|ships|"
                              r"goes\s+on\s+sale)\b[^.!?。]{0,30}$", re.I)
_GOODS_DAY_AFTER = re.compile(r"\s*(?:\([^)]{0,6}\)\s*)?(?:に|より|から)?\s*(?:発売|発送|販売|予約|リリース|開催)|\s+(?:goes\s+)?on\s+sale\b", re.I)
_VIDEO_NOUN = re.compile(r"(?<![a-z])(?:pv|cm|trailers?|teasers?|videos?|promos?|clips?)(?![a-z])|予告|特報|映像|動画", re.I)


def _day_of_something_else(near: str, start: int, end: int, heading: str = "") -> bool:
    """Is the date at start..end in a caption the day of a release to come that is not the video's ("… will premiere
    in January 2027", "The Blu-ray will be released on December 12, 2026", 「12月12日発売」)? A sentence naming a video
    before the date ("PV 2 will be released on …") keeps it (the heading the caption opens with is no sentence)."""
    seg_start = max(near.rfind(". ", 0, start), near.rfind("。", 0, start), near.rfind("! ", 0, start)) + 1
    if heading and near.startswith(heading) and seg_start < len(heading) <= start:
        seg_start = len(heading)
    seg = near[seg_start:start]
    if _GOODS_DAY_AFTER.match(near, end):
        return True
    return bool(_DUE_BEFORE_DATE.search(seg)) and not _VIDEO_NOUN.search(seg)


_UNRELATED = re.compile(r"関係のない|関係ない|無関係|別作品|unrelated|not related|has nothing to do", re.I)


_CAPTION_LETTERS = 80
# a link's label that names only where the video is ("YouTube：", "YouTubeで見る", "Watch on YouTube"): no kind nor number
_PLATFORM_ONLY = re.compile(r"(?:watch\s+(?:it\s+)?(?:on|at)\s+)?(?:youtube|niconico|ニコニコ動画|bilibili)(?:\s*(?:で(?:見る|視聴|観る)|channel|チャンネル))?"
                            r"\s*[:：]?", re.I)


def _caption_kind(near: str) -> str | None:
    """The kind of video a short caption beside a bare watch link names ("PV第2弾（2026/11/10公開） YouTubeで見る"):
    the link's own text ("YouTubeで見る", "Watch") says none, the caption is the video's label."""
    if not near or len(near) > _CAPTION_LETTERS:
        return None
    return next((k for k, pat in _TRAILER_KINDS if pat.search(near)), None)


# a word beside a video's day that says the video came out then: before the day ("released on August 30", "went up
# Friday", "out since July 4") or after it (「9月18日公開」「（11月22日）公開された」「10月2日お披露目」「7月に出た」); a
# planned release ("will be released", 「公開予定」「公開されます」) is no day the video came out
_OUT_BEFORE_DAY = re.compile(r"\b(?P<v>released|posted|uploaded|published|premiered|debuted|dropped|unveiled|revealed|shared|"
                             # ("which ran on August 14", "came out on May 2": a video's other past verbs)
                             r"ran|aired|surfaced|came\s+out|"
                             r"went\s+(?:up|live|online)|(?:out|up|online)\s+since)\s+(?:(?:on|in|back\s+in|last|this\s+past)\s+)?$", re.I)
_OUT_AFTER_DAY = re.compile(r"\s*[)）]?\s*(?:に|には)?\s*(?P<v>初?公開|解禁|お披露目|配信開始|(?<=に)出た)"
                            r"(?!予定|決定|する|します|される|されます|へ|に向け|日)(?P<past>された|となった|した|され|済み|になった)?")
_OUT_TODAY = re.compile(r"\b(?:released|posted|uploaded|published|premiered|debuted|dropped|unveiled|revealed|shared|"
                        r"went\s+(?:up|live|online))\s+(?P<w>today|earlier\s+today|yesterday|last\s+night)\b|"
                        r"(?P<w2>本日|今日|昨日)\s*(?:に)?\s*(?:初?公開|解禁|お披露目|配信開始)(?!予定|決定|する|します|される|されます)", re.I)
# a caption that is the video's name and its day in brackets: "Teaser (July 4)", 「PV第2弾（11月20日）」
_NAME_THEN_BRACKET = re.compile(r"(?:pv|trailer|teaser|予告|特報|ティザー|弾|映像)\s*#?\d{0,2}\s*[(（\[［]\s*$", re.I)
_BRACKET_CLOSES = re.compile(r"\s*[)）\]］]")
_PLANNED_BEFORE = re.compile(r"\b(?:will|to|shall|would|should)\s+(?:be\s+|have\s+been\s+)?(?:\w+\s+)?$", re.I)
# something else than the video came out that day ("the Blu-ray was released on August 3", 「第1話の放送」)
_NOT_THE_VIDEO_OUT = re.compile(r"blu-?ray|\bdvd\b|\bcd\b|\bsingle\b|\balbum\b|manga|novel|volume|visual|key\s+art|episode|"
                                r"発売|単行本|ビジュアル|第\s*\d+\s*話|放送|グッズ", re.I)
_CLAUSE_END = re.compile(r"[。！？!?;；]|\.(?=\s|$)")
_YESTERDAY = re.compile(r"yesterday|last\s+night|昨日", re.I)


def _link_clause(t: str, label: str) -> tuple[int, int]:
    """The span of the sentence of a caption that holds the link's own text ("Trailer 2; the Blu-ray came out …":
    the first clause); the whole caption when the text is not in it."""
    lab = unicodedata.normalize("NFKC", label or "").strip()
    at = t.find(lab) if lab else -1
    if at < 0:
        return 0, len(t)
    start = max((m.end() for m in _CLAUSE_END.finditer(t, 0, at)), default=0)
    end_m = _CLAUSE_END.search(t, at + len(lab))
    return start, (end_m.end() if end_m else len(t))


def _video_numbers_said(text: str) -> set[int]:
    """Every video number a text names ("PV 2", 「第2弾」, "the second teaser"): page.video_numbers_said."""
    from ..page import video_numbers_said

    return video_numbers_said(text)


def _video_release_day(near: str, label: str, published: PartialDate, film: bool = False):
    """The day (or month) a video's caption says the video came out, read against the article's date: a release
    word right before or after a year-less day ("released on August 30", 「9月18日公開」), "today"/"yesterday"/
    「本日」「昨日」, a weekday or 「今年7月」 as find_dates reads them. (date, start, end) in the NFKC caption, else
    None. Never after the article: a year-less day past it is last year's only when the caption says it came
    out (「公開された」, "released"); a film's 「3月19日公開」 is its opening, not its trailer's day."""
    from ..dates import find_dates

    t = unicodedata.normalize("NFKC", near)
    lo, hi = _link_clause(t, label)
    own = _video_numbers_said(unicodedata.normalize("NFKC", label or ""))
    said = _video_numbers_said(t[lo:hi])
    if own and said and not own & said:
        return None   # "PV 1, released on August 30, can be watched here as well." under the PV 2 player: PV 1's day
    rel = _OUT_TODAY.search(t, lo, hi)
    if rel is not None and published.day is not None and not _NOT_THE_VIDEO_OUT.search(t, max(lo, rel.start() - 30), rel.start()):
        d = published.as_date()
        if _YESTERDAY.search(rel.group("w") or rel.group("w2") or ""):
            d = d.fromordinal(d.toordinal() - 1)
        return PartialDate(d.year, d.month, d.day), rel.start(), rel.end()
    for dm in find_dates(t, published=published):
        if dm.date is None or dm.date.month is None or not lo <= dm.start < hi:
            continue
        before = _OUT_BEFORE_DAY.search(t, max(lo, dm.start - 40), dm.start)
        after = _OUT_AFTER_DAY.match(t, dm.end)
        if before is not None and _PLANNED_BEFORE.search(t, max(lo, before.start() - 20), before.start()):
            continue
        named = (before is None and after is None and _NAME_THEN_BRACKET.search(t, max(lo, dm.start - 20), dm.start) is not None
                 and _BRACKET_CLOSES.match(t, dm.end) is not None)
        if before is None and after is None and not named:
            continue
        said_past = before is not None or (after is not None and (after.group("past") is not None or after.group("v") == "出た"))
        if film and not said_past:
            continue
        if _NOT_THE_VIDEO_OUT.search(t, max(lo, dm.start - 30), dm.start):
            continue
        d = dm.date
        if d.iso() > published.iso()[:len(d.iso())]:
            if not (said_past and dm.year_inferred and d.year):
                continue
            d = PartialDate(d.year - 1, d.month, d.day)
        return d, dm.start, dm.end
    return _weekday_released(t, lo, hi, published)


_WEEKDAY_NUMBERS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
# "out since Saturday", "went up on Monday", "posted last Friday": a release word then a weekday
_OUT_ON_WEEKDAY = re.compile(r"\b(?:released|posted|uploaded|published|premiered|debuted|dropped|unveiled|revealed|shared|"
                             r"went\s+(?:up|live|online)|(?:out|up|online)\s+since)\s+(?:on\s+|last\s+|this\s+past\s+)?"
                             r"(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.I)


def _weekday_released(t: str, lo: int, hi: int, published: PartialDate):
    """The day a release word names by its weekday only ("out since Saturday"): the last such day up to the article's."""
    m = _OUT_ON_WEEKDAY.search(t, lo, hi) if published.day is not None and "day" in t.lower() else None
    if m is None or _PLANNED_BEFORE.search(t, max(lo, m.start() - 20), m.start()):
        return None
    pub = published.as_date()
    d = pub.fromordinal(pub.toordinal() - (pub.weekday() - _WEEKDAY_NUMBERS[m.group("wd").lower()]) % 7)
    return PartialDate(d.year, d.month, d.day), m.start("wd"), m.end()


# the sentence around a player or link says the video was put online: "it went up on YouTube the next day, November 22"
_VIDEO_POSTED = re.compile(r"\b(?:went\s+(?:up|live|online)|(?:was\s+)?(?:posted|uploaded|released|published|premiered|debuted))\b", re.I)
_NEAR_NUMBER = re.compile(r"\b(?:(?P<o>first|second|third|fourth|fifth|sixth)\s+(?:full\s+|official\s+|main\s+|new\s+)?"
                          r"(?:pv|trailer|teaser|promotional\s+video)|(?:pv|trailer|teaser)\s*#?\s*(?P<n>\d{1,2})(?!\d))", re.I)


def _near_video_number(near: str) -> int | None:
    """The number of the one video the sentence around a plain "watch it here" link names ("the third PV")."""
    nums = {_ORDINAL_WORDS.get((m.group("o") or "").lower()) or int(m.group("n") or 0) for m in _NEAR_NUMBER.finditer(near)}
    nums.discard(0)
    nums.discard(None)
    return nums.pop() if len(nums) == 1 else None


def _posted_day_near(near: str, published: PartialDate):
    """A year-less day in the sentence that says the video went up ("the next day, November 22"), within the two
    months before the article: (date, start, end) as find_first gives, else None."""
    if published.day is None:
        return None
    when = find_first(near, published.year)
    if when is None or when[0].day is None:
        return None
    days = (published.as_date() - when[0].as_date()).days
    return when if 0 <= days <= 60 else None


def _heading_number(ctx: str, kind: str) -> int | None:
    """The one number the heading over a video gives a video of its kind ("■メインPV（PV第2弾）公開"); None when it
    gives none, several, or names another kind."""
    if kind != "PV" or not re.search(r"(?<![a-z])pv(?![a-z])", ctx, re.I) or re.search(r"ティザー|ティーザー|特報|teaser", ctx, re.I):
        return None
    nums = {int(x) for x in re.findall(r"第\s*(\d{1,2})\s*弾", ctx)}
    return nums.pop() if len(nums) == 1 else None


# a link's text that only points at the video: 「（こちら）」「→ here」
_POINTER_LINK = re.compile(r"こちら|コチラ|ここ|here|click here", re.I)


def _pointer_link_video(v):
    """「7月に公開されたPV第1弾（こちら）…今回のPV第2弾は…」: a link whose text only points ('こちら') is the video
    named right before it in its sentence, not the first one its paragraph names."""
    if not v.near or not v.label or not _POINTER_LINK.fullmatch(v.label.strip()):
        return v
    near, lab = unicodedata.normalize("NFKC", v.near), unicodedata.normalize("NFKC", v.label.strip())
    if near.count(lab) != 1:
        return v
    before = re.split(r"[。!！?？]", near[:near.index(lab)])[-1][-40:].rstrip(" (（[［")
    if not before or _caption_kind(before) is None or _OTHER_MEDIUM.search(_VIDEO_WORDS.sub("", near)) or _UNRELATED.search(near):
        return v   # (「ゲーム版の新章トレーラー（こちら）」: another medium's video stays for the check below)
    return Video(v.url, "", v.context, before)


# a link's text that only points at the video its sentence names ("watch here", "view it here", 「こちらから」)
_POINTER_PHRASE = re.compile(r"(?:(?:watch|view|see|check)\s+(?:it\s+|them\s+|this\s+)?)?(?:(?:at\s+)?this\s+)?(?:here|link)|"
                             r"click\s+here|"
                             r"こちら(?:から)?|コチラ|ここ(?:から)?", re.I)
_POINTER_SENTENCE_SPLIT = re.compile(r"(?<=[。!！?？])|(?<=\.)\s+")


def _pointer_sentence(v) -> str:
    """The sentence of a pointer link ("the Season 1 trailer is still up (watch here), though …", 「第1期のPVはこちら」):
    what names its video, which a long paragraph around it may not (empty when the link's text is its own name)."""
    label = unicodedata.normalize("NFKC", (v.label or "").strip())
    if not label or not v.near or _POINTER_PHRASE.fullmatch(label) is None:
        return ""
    near = unicodedata.normalize("NFKC", v.near)
    return next((part for part in _POINTER_SENTENCE_SPLIT.split(near) if label in part), "")


# a video of the TV series, listed on its film's site
_TV_SERIES_VIDEO = re.compile(r"TVシリーズ|テレビシリーズ|TVアニメ版|\bTV series\b", re.I)


# a caption that gives the video to a title: "the teaser for “Moonlit Harbor”", "“Moonlit Harbor”'s PV",
# 「『月影ハーバー』PV第1弾」「『月影ハーバー』の特報」
_TITLE_OWNS_VIDEO = re.compile(r"(?:\bfor|\bof)\s+[“\"『]([^”\"』]{2,60})[”\"』]|[“\"『]([^”\"』]{2,60})[”\"』](?:['’]s\b|\s*の?\s*"
                               r"(?:(?:本|メイン|ティザー|ティーザー)?PV|特報|予告|ティザー|告知\s*(?:CM|PV|映像)|CM(?![a-z])|trailer|teaser|promo))", re.I)


# a caption naming another installment of the franchise (「前日譚ボイスドラマ「X」第1話」, "Drama CD sample", "Spin-off short
# trailer", "Prequel ONA teaser"): that installment's video in the work's list, no trailer of the work's own
_OTHER_INSTALLMENT_VIDEO = re.compile(r"ボイスドラマ|ドラマCD|オーディオドラマ|前日譚|スピンオフ|"
                                      r"\b(?:voice|audio)\s+drama|\bdrama\s+cd\b|\bspin-?off\b|\bprequel\b", re.I)
_OTHER_INSTALLMENT_VIDEO_WORDS = ("ドラマ", "前日譚", "スピンオフ", "drama", "spin", "prequel")


# a caption naming an occasion's video, not a trailer, with no trailer's kind in it: an anniversary reel (「アトリエ鴉
# 10周年記念映像」, "Studio Kite 15th anniversary reel"), a short screened with the film (【同時上映】【併映】), a making-of,
# a stage greeting's or an event's footage: under a MOVIE heading it is no PV of the work
_OCCASION_VIDEO_CAPTION = re.compile(r"周年|\banniversary\b|同時上映|併映|メイキング|\bmaking[- ]of\b|\bbehind[- ]the[- ]scenes\b|"
                                     r"舞台挨拶|\bstage\s+greeting|イベント(?:映像|レポート|ダイジェスト)|"
                                     r"\b(?:event|panel)\s+(?:footage|recording|recap|highlights)\b|\bscreened\s+(?:with|alongside)\b", re.I)

def _other_installments_video(caption: str, col: _Collector) -> bool:
    """Does a video's caption name another installment (a voice drama, a prequel, a spin-off) while the work's own
    names do not (a tracked prequel film keeps its "prequel" trailer)?"""
    if not may_contain_i(caption, _OTHER_INSTALLMENT_VIDEO_WORDS) or _OTHER_INSTALLMENT_VIDEO.search(caption) is None:
        return False
    return _OTHER_INSTALLMENT_VIDEO.search(" ".join(col.work.names)) is None


def _other_titles_caption(v, col: _Collector) -> bool:
    """A player with no text of its own whose short caption gives the video to another title ("Also new: the teaser
    for “Moonlit Harbor”" over a related embed, 「OVA『X』告知CM（2023年6月2日公開）：YouTube」 in a database's video
    list): that title's video."""
    if (v.label and not _PLATFORM_ONLY.fullmatch(v.label.strip())) or not v.near or len(v.near) > 120:
        return False   # (a link saying only "YouTube" has no text of its own either: its caption names the video)
    for m in _TITLE_OWNS_VIDEO.finditer(unicodedata.normalize("NFKC", v.near)):
        title = m.group(1) or m.group(2)
        if not col.names_in(title) and not _caption_kind(title):
            return True
    return False


def _read_videos(page, col: _Collector) -> None:
    numbered: dict[str, set[int]] = {}
    out: list[tuple[str, int | None, str, str, str]] = []
    for v in page.videos():
        if _other_titles_caption(v, col):
            continue
        pointed = _pointer_sentence(v)
        if pointed and col.other_season(pointed):
            continue   # "the Season 1 trailer is still on the channel (watch here)" on a season-2 guide: that season's video
        v = _pointer_link_video(v)
        label = v.label or (v.near if len(v.near) <= 80 else "")
        lf = unicodedata.normalize("NFKC", label)
        if _NOT_TRAILER.search(lf) or _other_installments_video(lf, col):
            continue
        if col.other_season(lf) or len(v.near) <= 120 and col.other_season(v.near):
            continue   # "TVアニメ『X』本PV（第1期）" on a season-2 entry's link list: that season's video
        kind = None
        for k, pat in _TRAILER_KINDS:
            if pat.search(lf):
                kind = k
                break
        if kind is None:
            ctx = unicodedata.normalize("NFKC", v.context or "")
            # ("(?<![a-z])pv": in "■PV第1弾公開" no word boundary follows PV, 第 being a word character)
            near = unicodedata.normalize("NFKC", v.near or "")
            if len(near) > 30 and (_OTHER_MEDIUM.search(_VIDEO_WORDS.sub("", near)) or _UNRELATED.search(near)):
                continue   # a sentence about another video under the heading ("ゲーム版DLCのローンチトレーラー")
            kind = _caption_kind(near)
            if kind is not None:
                lf = near   # "PV第2弾（2026/11/10公開）" over a "YouTubeで見る" link: the caption names the video
            elif len(near) <= 120 and _SONG_OWN_VIDEO.search(near):
                continue   # 「「灯台」リリックビデオ」 over a "YouTubeで見る" link: the song's video, not one of the work's
            elif _SONG_CAPTION.search(lf if lf.strip() else near[:120]):
                continue   # 「主題歌「灯台」スペシャルムービー」「OPムービー」 under MOVIE, no trailer's kind: the song's or the OP's video
            elif _OCCASION_VIDEO_CAPTION.search(lf if lf.strip() else near[:120]):
                continue   # 「【同時上映】アトリエ鴉 10周年記念映像」 under MOVIE, no trailer's kind: an occasion's video
            elif re.search(r"promotional videos?|trailers?|(?<![a-z])pv(?![a-z])|予告|movie|videos?|動画", ctx, re.I):
                kind = next((k for k, pat in _TRAILER_KINDS if pat.search(ctx)), None) or (
                    "trailer" if re.search(r"trailer|予告", ctx, re.I) else "PV")   # "ティザーPVが公開": a teaser
                if not lf.strip() or lf.startswith("http") or _PLATFORM_ONLY.fullmatch(lf.strip()):
                    lf = ctx.strip(" ■□●◆▼★【】[]")   # the heading names this video ("■PV第1弾公開": PV 1)
            else:
                continue
        if col.film and _TV_SERIES_VIDEO.search(lf):
            continue   # 「【参考】TVシリーズ第1弾PV」 on a film's site: the series' video, not the film's
        if kind == "PV" and _CHARACTER_PV.search(lf):
            kind = "character PV"   # 「キャラクターPV〈ツバキ編〉」: a series of its own, numbered apart from the main PVs
        num = None
        qual = ""
        m = re.search(r"第\s*(\d+)\s*弾", lf) or re.search(
            r"(?:pv|trailer|teaser|cm|予告|特報|promo(?:tional)?\s+video)\s*(?:vol(?:ume)?\.?\s*|no\.\s*)?#?\s*(\d{1,2})(?!\d)", lf, re.I) or re.search(
            r"(\d{1,2})(?:st|nd|rd|th)\s+(?:pv|trailer|teaser|promo(?:tional)?\s+video)", lf, re.I) or re.search(
            r"\b(first|second|third|fourth|fifth|sixth)\s+(?:full\s+|official\s+|main\s+)?(?:pv|trailer|teaser|promo(?:tional)?\s+video)", lf, re.I)
        if m:
            num = _ORDINAL_WORDS.get(m.group(1).lower()) or int(m.group(1))
            tail = lf[m.end():].strip(" -–—|:")
            if tail and re.fullmatch(r"[A-Za-z][A-Za-z .'-]{1,40}(version|ver\.?|edition|cut)", tail, re.I):
                qual = " " + tail
        elif v.context and lf != v.context:
            num = _heading_number(unicodedata.normalize("NFKC", v.context), kind)   # "■メインPV（PV第2弾）公開" over a "メインPV" player
        dub = re.search(r"\b(english|spanish|french|german|portuguese|italian|latin american)\s+(dub|dubbed|version)\b|"
                        r"(英語|日本語)?吹き?替え?版?", lf, re.I)
        if dub and not qual and (dub.group(1) or dub.group(3)):   # "OFFICIAL ENGLISH DUB TRAILER": the dub's own trailer
            qual = " " + (_LANG_CANON.get((dub.group(3) or "").casefold()) or dub.group(1).title()) + " dub"
        if num is None and lf == label and v.near and not any(pat.search(lf) for _k, pat in _TRAILER_KINDS):
            num = _near_video_number(unicodedata.normalize("NFKC", v.near))   # "the third PV … (watch it here)"
        if num is not None:
            numbered.setdefault(kind + qual, set()).add(num)
        when = find_first(v.near, None) if v.near else None
        if when and _SHOW_DATE_AFTER.match(unicodedata.normalize("NFKC", v.near), when[2]):
            when = None   # "【PV第1弾】TVアニメ「X」2027年1月放送開始": the show's start in the video's title, not the video's day
        if when and _day_of_something_else(unicodedata.normalize("NFKC", v.near), when[1], when[2],
                                           unicodedata.normalize("NFKC", v.context or "")):
            when = None   # "Lantern Bay will premiere in January 2027.", "The Blu-ray … on December 12, 2026": not the video's
        if when is None and v.near and col.published is not None and col.published.year:
            when = _video_release_day(v.near, v.label, col.published, bool(col.film))   # 「先週（11月22日）公開された本PV」
        if when is None and v.near and col.published is not None and _VIDEO_POSTED.search(v.near):
            when = _posted_day_near(v.near, col.published)
        value = f"{when[0].iso()} {v.url}" if when and when[0].rank >= 2 else v.url
        out.append((kind, num, qual, value, lf))
    counters: dict[str, int] = {}
    used_keys: set[str] = set()
    for kind, num, qual, url, lf in out:
        if num is None:   # unnumbered videos count per kind and qualifier (a dub's trailer 1 beside the trailer 1)
            n = counters.get(kind + qual, 0) + 1
            while n in numbered.get(kind + qual, set()):
                n += 1
            counters[kind + qual] = n
            num = n
        key = f"{kind} {num}{qual}"
        if key in used_keys:
            continue
        used_keys.add(key)
        col.add("trailer", key, url, lf or url)


# ---------------------------------------------------------------------- head meta
_META_STATIONS = re.compile(r"(?:^|[がはを。、!！?？\s」』])(?P<list>[A-Za-z0-9\u3040-\u30FF\u4E00-\u9FFF][^がはを。!！?？]{1,120}?)"
                            r"(?:ほか|他)?(?:各局)?(?:にて|で)(?P<rest>[^。]{0,40})")


def _meta_stations(text: str):
    """_META_STATIONS.finditer(text); nothing without the にて / で every match needs (English copy)."""
    return _META_STATIONS.finditer(text) if "で" in text or "にて" in text else ()


_META_CAST = re.compile(r"(?P<list>[\u3040-\u30FF\u4E00-\u9FFFA-Za-z・ ]{2,12}(?:、[\u3040-\u30FF\u4E00-\u9FFFA-Za-z・ ]{2,12}){1,12})(?:ほか|他)(?:豪華)?(?:声優陣)?(?:が)?出演")


def _meta_credits(text: str, col: _Collector) -> None:
    """'…放送開始！原作：A（誌名連載）／監督：B／アニメーション制作：C' -> the credits, one per labelled piece."""
    t = unicodedata.normalize("NFKC", text)
    if not re.search(r"[:：]", t):
        return
    for piece in re.split(r"\s*(?:[/／|｜]|[。!！])\s*", t):
        lm = _LABEL_LINE.match(piece.strip())
        if not lm or not lm.group("value").strip():
            continue
        label = lm.group("label").strip()
        if len(label) > 20 or _OTHER_WORKS_LABEL.search(label):
            continue
        kind = credit_kind(label)
        if kind == "studio" or (kind == "staff" and is_known_credit(label)):
            col.staff(label, lm.group("value"), text)


def _read_meta(page, col: _Collector) -> None:
    for v in page.meta.get("video:release_date", [])[:1]:   # og:type video.tv_show / video.movie
        d = find_first(v, None)
        if d is not None:
            col.dates.append((2, d[0], f"video:release_date {v}"))
    texts: list[str] = []
    for k in ("description", "og:description", "twitter:description", "twitter:title", "og:title"):
        for v in page.meta.get(k, []):
            if v and v not in texts:
                texts.append(v)
    if not texts:
        return
    year = None
    for t in texts:
        m = re.search(r"(20\d{2})\s*年\s*(?:(春|夏|秋|冬)|(\d{1,2})\s*月)", t)
        if m:
            year = int(m.group(1))
            break
    for t in texts:
        for m in _meta_stations(t):
            rest = m.group("rest")
            if not re.search(r"放送|配信|オンエア|on ?air", rest, re.I):
                continue
            field_ = "streaming" if re.search(r"配信", rest) and not re.search(r"放送", rest) else "broadcaster"
            lst = m.group("list")
            # the list is the tail of the clause: stations joined by 、 / ・ / ,
            lst = re.split(r"[がはをの]", lst)[-1]
            lst = re.sub(r"^[^~〜～]*?\d{1,2}\s*[:：]\s*\d{2}\s*[~〜～]\s*", "", lst)   # "4月3日(土)23:00~ テレビ東京": the slot first
            lst = re.split(r"から|より|[:：]", lst)[-1]   # "来年1月からTOKYO MX", "X：4月よりMBS": the start told first
            lst = re.split(r"[」』]", lst)[-1]   # "TVアニメ「X」テレビ東京・AT-Xにて": the title before the stations
            parts = _split_dots([p.strip() for p in re.split(r"[、,，/／]|・(?=[A-Z\u30A0-\u30FF\u4E00-\u9FFF])", lst) if p.strip()])
            if not parts or any(len(p) > 20 for p in parts):
                continue
            for p in parts:
                col.org(field_, p, t)
            d = _start_date(rest, year or col.default_year)
            if d is None:
                mm = re.search(r"(\d{1,2})\s*月", rest)
                y = year or col.default_year
                if mm and y:
                    d = PartialDate(y, int(mm.group(1))) if 1 <= int(mm.group(1)) <= 12 else None
            if d is not None:
                (col.stream_dates if field_ == "streaming" else col.dates).append((1, d, t))
        _meta_credits(t, col)
        cm = _META_CAST.search(t)
        if cm:
            for n in cm.group("list").split("、"):
                n = n.strip()
                if 2 <= len(n) <= 12:
                    col.add("cast", "", n, t)
    if not col.dates:
        for t in texts:
            if not re.search(r"[\u3040-\u30FF\u4E00-\u9FFF]", t) and re.search(r"\b(19|20)\d\d\b", t) \
                    and _announce(t, col, 1, stations=False):
                break
    if year and not any(s >= 1 for s, _, _ in col.dates):
        for t in texts:
            m = re.search(r"(20\d{2})\s*年\s*(春|夏|秋|冬)\s*(?:tv)?(?:アニメ|放送|公開|配信)", t, re.I)
            if m:
                season = {"春": "spring", "夏": "summer", "秋": "fall", "冬": "winter"}[m.group(2)]
                col.dates.append((0, PartialDate(int(m.group(1)), season=season), t))
                break


def _keyed_day_near_premiere(d: PartialDate, best: PartialDate, evidence: str) -> PartialDate:
    """A station's or service's own day written without a year ('BS-TBS 1月13日(水)より', 'Netflix 1月12日(火)より')
    takes the page's context year, which on a database page may be its update log's: when that puts the day most
    of a year from the first airing and the same day in the year before or after sits within weeks after (or just
    before) it, the station starts in that year. A day written with its year is kept as written."""
    if best.rank != 3 or d.rank != 3 or _ANY_YEAR_IN.search(evidence or ""):
        return d
    start = best.as_date()
    if abs((d.as_date() - start).days) <= 200:
        return d
    for y in (best.year, best.year + 1, best.year - 1):
        try:
            c = PartialDate(y, d.month, d.day)
            gap = (c.as_date() - start).days
        except (TypeError, ValueError):
            continue
        if -14 <= gap <= 120:
            return c
    return d


_ANY_YEAR_IN = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


# ---------------------------------------------------------------------- finishing
def _finish(col: _Collector) -> list[Fact]:
    facts = _actor_only_lines(col, list(col.facts))
    _special_days_dropped(col)
    # release date: the strongest statement, refined by any agreeing more precise one
    tv_day = col.station_dates or any(d.rank == 3 for _, d, _ in col.dates)
    cands = sorted(col.dates + ([] if tv_day else col.stream_dates), key=lambda x: -x[0])
    first = None
    if col.station_dates:
        first = min(col.station_dates, key=lambda x: (x[1].year, x[1].month or 0, x[1].day or 0))
        cands.append((1, first[1], first[2]))
        cands = sorted(cands, key=lambda x: -x[0])
    if cands:
        best_s, best, ev = cands[0]
        for s, d, e in cands[1:]:
            if d.refines(best):
                best, ev = d, e
        for s, d, e in cands:
            if s >= best_s - 1 and _one_day_apart(d, best) and d.as_date() > best.as_date() and _LATE_SLOT.search(e) \
                    and not _LATE_SLOT.search(ev):
                best, ev = d, e   # "1月9日から放送" and "1月9日(土)25:00より放送": the slot past midnight gives the day
        if first is not None and best_s <= 2 and first[1] != best and (
                first[1].refines(best) or _one_day_apart(first[1], best)):
            best, ev = first[1], first[2]   # the first airing is the earliest station's premiere
        elif first is not None and best.rank == 3 and first[1].rank == 3 and first[1].as_date() > best.as_date() \
                and _one_day_apart(first[1], best) and _LATE_SLOT.search(first[2]) and not _TIME_IN_DATE.search(ev):
            # 「放送開始：1月10日(日)」 over 「TBS 1月10日(日) 25:28～」: the same night's slot, past midnight, is the 11th
            best, ev = first[1], first[2]
        facts.append(Fact("release_date", "", best.iso(), clean(ev, MAX_EVIDENCE), best.precision))
        if col.station_dates:
            for name, d, e in col.station_dates:
                d = _keyed_day_near_premiere(d, best, e)
                if d != best and not (best.rank == 3 and d == best):
                    facts.append(Fact("release_date", _date_key(name), d.iso(), clean(e, MAX_EVIDENCE), d.precision))
        for name, d, e in col.region_dates:
            if d != best:
                facts.append(Fact("release_date", name, d.iso(), clean(e, MAX_EVIDENCE), d.precision))
        if best.rank == 3 and tv_day:
            for name, d, e in col.service_dates:
                d = _keyed_day_near_premiere(d, best, e)
                if name and d != best:
                    facts.append(Fact("release_date", _date_key(name), d.iso(), clean(e, MAX_EVIDENCE), d.precision))
    facts.extend(_number_themes(col))
    # one value per one-value field·key: keep the first
    out: list[Fact] = []
    seen: set[tuple] = set()
    for f in facts:
        if f.field in ("staff", "studio", "broadcaster", "streaming") or (f.field == "cast" and not f.key):
            ident = (f.field, fold(f.key), fold(f.value))
        else:
            ident = (f.field, fold(f.key))
        if ident in seen:
            continue
        seen.add(ident)
        out.append(f)
    return out


# "2027年7月（予定）", "July 2027 (tentative)": a date said to be planned, not a place
_TENTATIVE = re.compile(r"^(?:予定|仮|暫定|見込み|tentative|planned|scheduled|expected|estimated|tbc|provisional)$", re.I)
_DATED_PLACE = re.compile(r"^(?P<d>[^()（）]{4,40}?\d[^()（）]{0,20}?)\s*[(（](?P<p>[^()（）\d]{2,60})[)）]$")
_FESTIVAL = re.compile(r"festival|film fest|annecy|premiere|screening|expo|anime ?nyc|con\b|comic|"
                       r"映画祭|上映会|先行|イベント", re.I)
_JAPAN = re.compile(r"^(?:japan|日本|国内|全国)$", re.I)


# where a service streams, written after its name ("Netflix worldwide", "Crunchyroll outside Asia")
_SERVICE_REGION_TAIL = re.compile(r"\s+(?:worldwide|globally|internationally|(?:outside|in|across|except)\s+[A-Z][\w .]{1,30})$")


# a piece of a dated line's note that only says where ("worldwide", "outside Asia", "in North America"): a region
_REGION_AFTER_OUTLET = re.compile(r"^(?:worldwide|globally|internationally|global|overseas|(?:outside(?:\s+of)?|in|across|except(?:\s+in)?)\s+"
                                  r"(?:the\s+)?[A-Z][\w .]{1,30})$", re.I)


def _dated_place(when: str, place: str, evidence: str, col: _Collector) -> None:
    """One line of a film's release list ("June 14, 2027 (Annecy)", "August 20, 2027 (Japan)"): Japan's is the
    release, another region's a keyed release date; a festival screening is no release."""
    place = place.strip()
    if _FESTIVAL.search(re.sub(r"\b(?:tv |television |broadcast |streaming )?premiere\s+(?:on|via)\s+\S.*$", "", place, flags=re.I)):
        return
    blocked = _block_stations_of(place)
    if blocked:   # "July 3, 2027 (MBS/TBS, Super Animeism TURBO)": the stations and their block, the home release
        for name in blocked:
            col.org("broadcaster", name, evidence)
        col.date(3, when, evidence)
        return
    # "2027-04-05 (Japan, TV Tokyo)", "(worldwide, streaming on Netflix)": a region, then who airs it there
    region, *outlets = [p.strip() for p in re.split(r"\s*[,，、;]\s*", place) if p.strip()]
    rm = re.match(r"^(?P<r>.*?)\s*\b(?:(?:tv |television |broadcast |streaming )?premiere|debut|streaming|airing|simulcast|"
                  r"broadcast|streams|airs)\s+"
                  r"(?P<o>(?:on|via)\s+.+)$", region, re.I)
    if rm:   # "US premiere on Toonami": the region, and who premiered it there
        region, outlets = rm.group("r").strip() or "worldwide", [rm.group("o"), *outlets]
    spots = [o for o in outlets if _REGION_AFTER_OUTLET.match(o)]
    if spots and (rm or _known_org(region)):   # "(streaming on Netflix, worldwide)", "(Netflix, outside Asia)": the outlet first
        outlets = [o for o in outlets if o not in spots] + ([] if rm else [region])
        region = spots[0]
    orgs = []
    for o in outlets:
        if _RELEASE_FORMAT_PIECE.match(o) or _REACH_PIECE.match(o):
            continue   # "theatrical", "subtitled and dubbed", "worldwide", "outside Japan": how or how far, no outlet
        streamed = bool(re.match(r"(?:streaming|streams?|simulcast)\b", o, re.I))
        name = re.sub(r"^(?:(?:streaming|streams?|simulcast|premiere|premiering|airs?|airing|broadcast)\s+)?(?:on|via)\s+",
                      "", o, flags=re.I).strip()
        tail = _SERVICE_REGION_TAIL.search(name)
        if tail and _known_org(name[:tail.start()]):
            name = name[:tail.start()].strip()   # "Netflix worldwide": the service, then where it streams
        if name and len(name) <= 30 and not _FESTIVAL.search(name) and not re.search(r"\d", name):
            field_ = "streaming" if streamed or org_key(name) in _KNOWN_STREAMERS else "broadcaster"
            col.org(field_, name, evidence)
            orgs.append(name)
    if _JAPAN.match(region):
        col.date(3, when, evidence)
        return
    d = col.start_date(when)
    if d is not None:
        col.region_dates.append((_dated_place_key(region, orgs, place), d, evidence))


# a piece of a dated line's note telling how the work was released there, not by whom: "theatrical", "in theaters",
# "subtitled and dubbed", 「劇場公開」「字幕版」
_RELEASE_FORMAT_PIECE = re.compile(r"^(?:(?:limited\s+|wide\s+|general\s+)?(?:theatrical|cinema|IMAX|4DX|digital|home\s+video)"
                                   r"(?:\s+(?:release|run|debut|premiere|screenings?))?|(?:limited|wide)\s+release|"
                                   r"(?:in\s+)?(?:select\s+)?(?:theaters|theatres|cinemas)|"
                                   r"(?:English\s+)?(?:subtitled|dubbed|sub|dub)(?:\s*(?:and|&|/|\+)\s*(?:subtitled|dubbed|sub|dub))?|"
                                   r"(?:劇場|全国劇場|映画館)(?:公開|上映)?|字幕版?|吹替版?|字幕[・/]吹替版?)$", re.I)
# a piece telling how far a service's release reaches: "worldwide", "outside Japan", "excluding Asia", 「全世界」「海外」
_REACH_PIECE = re.compile(r"^(?:worldwide|globally|global|internationally|(?:outside|except|excluding|outside\s+of)\s+\S.{0,30}|"
                          r"(?:in\s+)?(?:all|select|most)\s+(?:territories|regions|countries).{0,30}|全世界|世界(?:独占|同時)?|海外)$", re.I)


def _dated_place_key(region: str, orgs: list[str], place: str) -> str:
    """The key of a dated line's day: the one outlet it names ("streaming on Disney+, worldwide" -> Disney+), else
    the region alone ("United States, theatrical, subtitled and dubbed" -> United States; "worldwide, theatrical" ->
    worldwide), else the note as written."""
    if len(orgs) == 1:
        return orgs[0]
    if not orgs and region and not _RELEASE_FORMAT_PIECE.match(region):
        return region
    return place


# one entry of an encyclopedia's list of dates under a release label: a date, then a note on what happened that day
# ("2027-01-12 (streaming on Netflix)", "2026-12-20 (advance screening, episodes 1-2, Anime Winter Carnival 2026)")
_DATED_ENTRY = re.compile(r"^(?P<d>[^()（）:：]{4,30}?\d[^()（）:：]{0,12}?)\s*(?:[(（](?P<q>[^()（）]{2,90})[)）])?\s*$")
# a note naming a screening or an event: that day is no release
_SCREENING_NOTE = re.compile(r"screening|preview|premiere event|world premiere|festival|expo\b|上映会|先行上映|先行放送会|"
                             r"イベント|試写会|映画祭", re.I)
# the event's own name among a note's pieces: capitalised words with a year or an event word, or a bracketed name
_EVENT_PIECE = re.compile(r"^(?:[A-Z][\w'’&.-]*(?:\s+[A-Z0-9][\w'’&.-]*)+|「[^」]{2,40}」|[^\s、,]{2,30}(?:20\d\d|フェス|祭|EXPO|エキスポ))$")


# a note giving the day to a service or a network: "streaming on Netflix", "premiere on Toonami", "simulcast via X"
_SERVICE_NOTE = re.compile(r"^(?:(?:tv |television |broadcast |streaming |online )?premiere|streaming|streams?|simulcast|"
                           r"airing|airs|broadcast)\s+(?:on|via)\s+\S", re.I)


def _noted_entry(note: str) -> bool:
    """Is a dated line's note a screening's or a service's (what a list of dates under a release label holds)?"""
    return bool(_SCREENING_NOTE.search(note) or _SERVICE_NOTE.match(note) or _broadcast_note_stations(note))


def _dated_entry(text: str, label: str, col: _Collector, strength: int = 3) -> bool:
    """One dated line of a release label's list: a bare date is a release date; a screening's ("advance screening,
    episodes 1-2, Anime Winter Carnival 2026") is the premiere event it names, never the release; any other note
    is a region or a service ("streaming on Netflix"). False when the line is no such entry."""
    t = unicodedata.normalize("NFKC", text).strip()
    m = _DATED_ENTRY.match(t)
    if m is None or col.start_date(m.group("d")) is None:
        return False
    note = (m.group("q") or "").strip()
    if note and not _noted_entry(note):
        return False   # "2027年1月10日（土）": a weekday or a time, no entry of such a list
    evidence = f"{label}: {text}" if label not in text else text
    if not note:
        col.date(strength, m.group("d"), evidence)
    elif _SCREENING_NOTE.search(note):
        pieces = [p.strip() for p in re.split(r"\s*[,，、;]\s*", note) if p.strip()]
        events = [p for p in pieces if _EVENT_PIECE.match(p) and not _SCREENING_NOTE.fullmatch(p)]
        rest = [p for p in pieces if p not in events]
        if len(events) == 1 and rest:
            what = rest[0] + (" of " + ", ".join(rest[1:]) if rest[1:] and re.match(r"(?:episodes?|eps?\.?)\s", rest[1], re.I)
                              else "".join(", " + r for r in rest[1:]))
            col.add("premiere_event", events[0].strip("「」"), what, evidence)
    elif stations := _broadcast_note_stations(note):
        _dated_broadcast(t, stations, evidence, col, strength)
    elif not _TENTATIVE.match(note):
        _dated_place(m.group("d"), note, evidence, col)
    else:
        col.date(strength, m.group("d"), evidence)
    return True


# a piece of a dated line's note that gives the broadcast's slot: "Friday late night 25:20 JST", "Sundays 24:00"
_SLOT_PIECE = re.compile(r"\d{1,2}:\d{2}|\b(?:mon|tues|wednes|thurs|fri|satur|sun)days?\b|\blate[- ]night\b|\bJST\b", re.I)


def _broadcast_note_stations(note: str) -> list[str]:
    """The stations of a dated line's note that tells a broadcast: a slot piece and known stations ("Friday late night
    25:20 JST, TV Asahi's NUMAnimation block", "Saturdays 17:30 JST, MBS/TBS"), each with its block when named; none
    when a piece names no known station or no slot is given."""
    if not _SLOT_PIECE.search(note):
        return []
    stations = []
    for piece in re.split(r"\s*[,;；、]\s*", note):
        if _SLOT_PIECE.search(piece) or not piece:
            continue
        blocked = _station_with_possessive_block(piece)
        parts = [blocked] if blocked else [q.strip() for q in re.split(r"\s*[/／・&]\s*|\s+and\s+", piece) if q.strip()]
        if not blocked and not all(fold(q) in _known_org_keys() for q in parts):   # ("Fuji TV +Ultra": no bare name)
            return []
        stations += parts
    return stations


def _dated_broadcast(text: str, stations: list[str], evidence: str, col: _Collector, strength: int) -> None:
    """A dated line of a release list that gives the broadcast's slot and stations: its day (a slot past midnight is
    the next day) is the first airing when none is known yet, else the first station's own day."""
    for name in stations:
        col.org("streaming" if org_key(name) in _KNOWN_STREAMERS else "broadcaster", name, evidence)
    if not any(d.rank == 3 for _s, d, _e in col.dates):
        col.date(strength, text, evidence)
        return
    d = col.start_date(text)
    if d is not None:
        col.station_dates.append((re.sub(r"\s*\([^)]*\)$", "", stations[0]), d, evidence))


_COLON_CELL = re.compile(r"\s*[:：]\s*")


def _join_colon_cells(lines) -> list:
    """'総監督' + '：' + '鳴海 仁' (an old site's credit table: label cell, colon cell, value cell) -> one
    'label：value' line, as the page shows it."""
    if not any(ln.tag == "td" and _COLON_CELL.fullmatch(ln.text) for ln in lines):
        return lines
    out = []
    i = 0
    while i < len(lines):
        ln = lines[i]
        if (i + 2 < len(lines) and lines[i + 1].tag == ln.tag == lines[i + 2].tag == "td"
                and ln.kind == lines[i + 1].kind == lines[i + 2].kind == "text"
                and _COLON_CELL.fullmatch(lines[i + 1].text) and len(ln.text) <= 32
                and not _COLON_CELL.search(ln.text) and not _COLON_CELL.fullmatch(lines[i + 2].text)):
            out.append(type(ln)(f"{ln.text}：{lines[i + 2].text}", ln.kind, ln.tag, ln.bold))
            i += 3
            continue
        out.append(ln)
        i += 1
    return out


def _join_heading_labels(lines) -> list:
    """'Episodes' + '13' where a wiki's portable infobox prints each label as a small heading over its value
    (<h3 class="pi-data-label">Studio</h3><div class="pi-data-value">X</div>) -> one 'Studio: X' line, when the
    heading is an infobox label and the next line one short value (a section heading over prose stays as it is)."""
    if not any(ln.kind == "heading" and ln.tag in ("h3", "h4", "h5", "h6") for ln in lines):
        return lines
    out = []
    i = 0
    while i < len(lines):
        ln = lines[i]
        nx = lines[i + 1] if i + 1 < len(lines) else None
        if (nx is not None and ln.kind == "heading" and ln.tag in ("h3", "h4", "h5", "h6") and len(ln.text) <= 30
                and nx.kind == "text" and nx.tag in ("div", "span", "dd") and 0 < len(nx.text) <= 80
                and not re.search(r"[:：]", nx.text) and _PAGE_INFOBOX_LABEL.fullmatch(ln.text.strip().rstrip(":：").strip())):
            out.append(type(ln)(f"{ln.text.strip().rstrip(':：')}: {nx.text}", "text", "dd", False))
            i += 2
            continue
        out.append(ln)
        i += 1
    return out


def _join_wrapped_labels(lines) -> list:
    """'Production' + 'company' (an infobox label wrapped by <br>) -> one label line."""
    out = []
    for ln in lines:
        if (out and ln.tag in ("th", "dt") and out[-1].tag == ln.tag and ln.kind == out[-1].kind == "text"
                and ln.text[:1].islower() and len(out[-1].text) <= 20 and len(ln.text) <= 20):
            prev = out[-1]
            out[-1] = type(prev)(f"{prev.text} {ln.text}", prev.kind, prev.tag, prev.bold)
            continue
        out.append(ln)
    return out


def _date_key(name: str) -> str:
    """A station's or service's release-date key: 'ABC TV(ABCテレビ)' -> 'ABC TV' (the other-script form is
    the broadcaster fact's display, not part of the key)."""
    short = re.sub(r"\s*[(（][^()（）]*[)）]\s*$", "", name or "").strip()
    return org_display(_clean_org(short or name))


# a slot past midnight ("25:30"): the '2' first and the look behind it after, so re skips from '2' to '2' rather
# than trying the look-behind at every position (the same matches as (?<![\d:：])2[4-9]…)
_LATE_SLOT = re.compile(r"2(?<![\d:：]2)[4-9]\s*[:：時]\s*[0-5]?\d?")


def _one_day_apart(a: PartialDate, b: PartialDate) -> bool:
    if not (a.day and b.day):
        return False
    da, db = a.as_date(), b.as_date()
    return da is not None and db is not None and abs((da - db).days) <= 1


def _sung_by_part(artist: str, col: _Collector) -> bool:
    """「ミエルの歌うオープニングテーマ」: a song credited to a character of the cast; the credit naming the
    actor who sings it ("OPテーマ：白雪ななせ「…」") says who the artist is."""
    return fold(artist) in col.cast_keys


def _number_themes(col: _Collector) -> list[Fact]:
    slots: dict[tuple[str, int], _Theme] = {}
    by_title: dict[tuple[str, str], int] = {}
    for t in col.themes:
        if t.num is not None:
            key = (t.kind, t.num)
            if key not in slots:
                slots[key] = t
                by_title.setdefault((t.kind, fold(t.title)), t.num)
            elif not slots[key].artist and t.artist and fold(slots[key].title) == fold(t.title):
                slots[key] = t
    for t in col.themes:
        if t.num is not None:
            continue
        tk = (t.kind, fold(t.title))
        if tk in by_title:
            n = by_title[tk]
            cur = slots[(t.kind, n)].artist
            if t.artist and (not cur or _sung_by_part(cur, col) and not _sung_by_part(t.artist, col)):
                slots[(t.kind, n)] = _Theme(t.kind, n, slots[(t.kind, n)].title, t.artist, t.evidence)
            continue
        n = 1
        while (t.kind, n) in slots:
            n += 1
        slots[(t.kind, n)] = t
        by_title[tk] = n
    out = []
    for (kind, n), t in sorted(slots.items(), key=lambda x: (x[0][0], x[0][1])):
        artist = t.artist or col.artist_hints.get(fold(t.title))
        value = f"{t.title} — {artist}" if artist else t.title
        out.append(Fact("theme_song", f"{kind} {n}", clean(value), clean(t.evidence, MAX_EVIDENCE)))
    return out


# ---------------------------------------------------------------------- small helpers
_FILM = re.compile(r"劇場版|映画|劇場アニメ|the movie|\b(?:anime )?film\b|\bmovie\b", re.I)


def _is_film(page) -> bool:
    """The page is about a film (its title or main heading says so): its 主題歌 is the ending theme."""
    heads = [ln.text for ln in page.lines()[:40] if ln.kind == "heading" and ln.tag == "h1"][:1]
    texts = [unicodedata.normalize("NFKC", t) for t in [getattr(page, "title", "") or "", *heads]]
    if any(re.search(r"tvアニメ|テレビアニメ|tv anime|tv series|television series", t, re.I) for t in texts):
        return False   # "MOVIE | TVアニメ『X』公式サイト": a series site's video page
    return any(_FILM.search(t) for t in texts) or _film_infobox(page)


# an infobox's film-only rows (a distributor, a running time) and a TV series' own rows (a network, an episode count)
_FILM_ROW = re.compile(r"^(?:配給|配給会社|上映時間|distributed by|distributor|running time|theatrical release)$", re.I)
_SERIES_ROW = re.compile(r"^(?:放送局|放送期間|放送|話数|original network|network|episodes|no\. of episodes|aired|"
                         r"original run)$", re.I)


def _film_infobox(page) -> bool:
    """A page whose title says nothing, with an infobox naming a distributor or a running time and no network or
    episode count ('配給 | ルミエール・ピクチャーズ', 'Running time | 104 minutes'): a film's page."""
    labels = {unicodedata.normalize("NFKC", ln.text).strip(" :：").casefold() for ln in page.lines()[:80]
              if ln.tag in ("th", "dt") and ln.kind == "text" and len(ln.text) <= 20}
    return any(_FILM_ROW.match(x) for x in labels) and not any(_SERIES_ROW.match(x) for x in labels)


def _context_year(page) -> int | None:
    pub = getattr(page, "published", None)
    if pub is not None:
        return pub.year
    texts = [page.title, *page.meta.get("og:title", []), *page.meta.get("twitter:title", []),
             *page.meta.get("description", [])[:1], *page.meta.get("og:description", [])[:1]]
    for t in texts:
        m = (re.search(r"(20\d{2})\s*年", t or "") or re.search(r"(20\d{2})\s*(?:春|夏|秋|冬)", t or "")
             or re.search(r"\b(?:winter|spring|summer|fall|autumn)\s+(20\d{2})\b", t or "", re.I))
        if m:
            return int(m.group(1))
    # the page's own headline copy: "2025年7月6日(日)より放送開始", "2025.1.10 FRI ON AIR"
    for line in page.lines()[:400]:
        if "20" in line.text and _ANNOUNCE_VERB.search(line.text) and not _NOT_RELEASE_CONTEXT.search(line.text):
            m = re.search(r"(20\d{2})\s*(?:年|[./]\s*\d{1,2}\s*[./]\s*\d{1,2})", line.text)
            if m:
                return int(m.group(1))
    # a schedule that writes the year once ("2027年1月9日(土)より…" above "1月10日(日)より…")
    for line in page.lines()[:400]:
        m = re.search(r"(20\d{2})\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日", line.text) if "年" in line.text else None
        if m and not _NOT_RELEASE_CONTEXT.search(line.text):
            return int(m.group(1))
    return None


_SEASON_THEN_MONTH = re.compile(r"(?P<y>\d{4})\s*年\s*(?:春|夏|秋|冬)\s*\(\s*(?P<m>\d{1,2})\s*月\s*(?:予定|頃|ごろ|~|〜|より)?\s*\)")


# a statement of what already happened ("The anime premiered in March"): its month is not rolled forward
_PAST_TENSE = re.compile(r"\b(?:premiered|aired|debuted|began|started|launched|released|ran|was|were|ended|finished)\b", re.I)


def _start_date(text: str, default_year: int | None, published: PartialDate | None = None) -> PartialDate | None:
    """The first (start) date of a value: "Apr 6, 2019 to Sep 28, 2019" -> 2019-04-06."""
    if not text or _PLACEHOLDER.match(text):
        return None
    t = unicodedata.normalize("NFKC", text)
    if re.match(r"^\s*(?:\?|tba|tbd|未定|not available)", t, re.I):
        return None
    if "(" in t and "月" in t:   # 「2027年夏(7月予定)」: the bracketed month narrows the season
        t = _SEASON_THEN_MONTH.sub(r"\g<y>年\g<m>月", t)
    if re.search(r"\bto\s+\?|から|~|～|–", t) and not re.search(r"\d", re.split(r"\bto\b", t)[0]):   # ("Octo-ber")
        return None
    explicit = find_first(t, None)
    found = find_first(t, default_year)
    if found is None:
        # a year-less month ("X Airs in April" in a November article) reads forward from the article's date as
        # find_dates does with the publication date alone (the default year, the same year, would put it in the past)
        # (English copy only, and not a statement of what already happened: "4月より放送中", "premiered in March")
        forward = published is not None and published.year and not re.search(_CJK, t) and not _PAST_TENSE.search(t)
        return parse_date(t, default_year=None if forward else default_year, published=published)
    # (a date read with its own slot, "1/10(日) 25:30", rolled already: the "～26:00" after it ends that slot)
    d = found[0] if _TIME_IN_DATE.search(t, found[1], found[2]) else _late_night_roll(found[0], t[found[2]:])
    t = _REPEAT_SLOT.split(t)[0]   # "リピート放送：毎週金曜 28:00～": the repeat's slot is not the premiere's
    first_time = re.search(r"(?<![\d:])(\d{1,2})\s*:\s*[0-5]\d(?!\d)", t[found[2]:])
    if d == found[0] and d.day and len(t) <= 90 and not (first_time and int(first_time.group(1)) < 24):
        # "January 8 on TOKYO MX (25:00 JST)", "Every Saturday 25:30 from January 9": one start day and a slot
        # past midnight written apart from it (unless the day's own slot after it is an evening one)
        later = find_first(t[found[2]:], default_year)
        slot = re.search(r"(?<![\d:])(2[4-9])\s*:\s*[0-5]\d(?!\d)", t)
        if slot and (slot.start() >= found[2] or slot.end() <= found[1]) and not (
                later is not None and found[2] + later[1] < slot.start()):   # (a time inside the date's match rolled already)
            d = _late_night_roll(d, " " + slot.group(0))
    if d == found[0] and d.day and not _TIME_IN_DATE.search(t, found[1], found[2]) and (
            ":" in t[found[2]:] or "：" in t[found[2]:] or "時" in t[found[2]:]):   # (a clock after it: cheap test first)
        # "January 8, 2027, airing Fridays at 25:30 JST", 「1月8日(金)より…放送時間は毎週金曜深夜1時30分～」: the slot
        # said further on, up to the next date (one reader with prose's)
        nxt = find_first(t[found[2]:], default_year)
        d = late_slot_day(d, t, found[2], found[2] + nxt[1] if nxt else None) or d
    if (explicit is None or explicit[1] != found[1]) and published is not None and d.month:
        # a day without a year reads forward from the article's date ("January 8" in a December preview)
        pub = published
        if pub.month and (pub.year == d.year) and (pub.month - d.month) >= 3:
            from ..dates import from_parts
            d = from_parts(d.year + 1, d.month, d.day) or d
    return d



_TIME_IN_DATE = re.compile(r"\d\s*[:：]\s*[0-5]\d")
_REPEAT_SLOT = re.compile(r"リピート|再放送|\brepeats?\b|\breruns?\b|\bencore\b", re.I)
_SLOT_AFTER_DATE = re.compile(r"^\s*,?\s*(?:[(（][^)）]{1,6}[)）])?\s*(?:より|から|~|〜|スタート|onwards)?\s*"
                              r"(?:(?<=[らり])[^\d、。「」()（）]{2,16}?(?:ほか|他)?(?:で|にて)\s*(?=毎週))?"   # 「から TOKYO MXほかで 毎週日曜深夜1時半」
                              r"(?:毎週\s*|every\s+|each\s+)?"
                              r"(?:[月火水木金土日](?:曜日?)?\s*|(?:mon|tues|wednes|thurs|fri|satur|sun)days?\s*)?"
                              r"(?:深夜\s*|late\s*night\s*)?(?:at\s*)?(\d{1,2})\s*[:：時]", re.I)


def _late_night_roll(d: PartialDate, tail: str) -> PartialDate:
    """A day followed by a slot at 24:00-29:59 ("2025年1月9日(木)24:30～", "4月8日(火)より 毎週火曜24:00～") is
    the next calendar day."""
    if d is None or not d.day:
        return d
    m = _SLOT_AFTER_DATE.match(tail or "")
    if m and (24 <= int(m.group(1)) <= 29 or (int(m.group(1)) <= 4 and "深夜" in m.group(0))):   # 深夜1:28 = 25:28
        from ..dates import from_parts
        import datetime as _dt
        nd = _dt.date(d.year, d.month, d.day) + _dt.timedelta(days=1)
        return from_parts(nd.year, nd.month, nd.day) or d
    return d


# an illustrator's lower-case pen name standing alone as a credit's value ("mofuhito", "redjuice", "lack")
_HANDLE = re.compile(r"[a-z][a-z0-9_.-]{2,19}")
_MARKED_HANDLE = re.compile(r"[a-z][a-z0-9_.-]{0,12}[☆★♪][a-z0-9_.-]{1,12}")   # an illustrator's pen name with a mark: "tomo☆ri"
_NOT_HANDLES = frozenset({"tba", "tbd", "tbc", "unknown", "none", "various", "same", "n/a", "other", "others", "see",
                          "below", "above", "here", "more", "null", "undefined", "yes", "no", "original", "anime"})


_INNER_NOTE = re.compile(r"\s*[(（][^()（）]*[)）]")
_NOTE_OPEN = re.compile(r"\s*[「『\[【(（]")
_AND_OTHERS = re.compile(r"\s*(?:ほか|他|and others|et al\.?)\s*$")
_PEOPLE_SEP = re.compile(r"\s*[、/／;；]\s*|\s+&\s+|\s+and\s+")
_DUAL_MARKS = re.compile(r"\x00.*?\x01")


_JOINT_MARK = re.compile(r"\s*[×✕╳]\s*")


def _joint_credit(value: str, names: list[str]) -> list[str]:
    """'Ai Fujishiro × Ken Roland', 「藤代あい×ケン・ローランド」: two people sharing one credit (a joint score, a
    co-written script) are each credited; `names` (the value read whole) unless every side reads as people."""
    if "×" not in value and "✕" not in value and "╳" not in value:
        return names
    sides = [_split_people(x) for x in _JOINT_MARK.split(value)]
    return [n for side in sides for n in side] if len(sides) > 1 and all(sides) else names


def _split_people(value: str, people: bool = True) -> list[str]:
    v = unicodedata.normalize("NFKC", value or "")
    if "(" in v or "（" in v:   # (both need a bracket)
        # a name printed in both scripts is kept whole: "出渕 裕(Yutaka Izubuchi)" teaches diff an alias
        v = _DUAL_NAME.sub(lambda m: m.group(1) + "\x00" + m.group(2) + "\x01", v)
        for _ in range(3):  # notes in brackets name other works and companies: "(RahXephon, Yamato 2199)"
            v2 = _INNER_NOTE.sub(" ", v)
            if v2 == v:
                break
            v = v2
    v = _NOTE_OPEN.split(v)[0]          # '河野裕 「サクラダリセット」シリーズ…' -> '河野裕'
    v = _AND_OTHERS.sub("", v)
    parts = _PEOPLE_SEP.split(v)
    out = []
    for p in parts:
        if "," in p:
            sub = [s.strip() for s in p.split(",")]
            if all(" " in s for s in sub if s):
                out.extend(sub)
                continue
        out.extend(_dot_names(p) if people else [p])
    out = [p.strip() for p in out if p and p.strip()]
    out = [p for p in out if not people or _looks_like_person((_DUAL_MARKS.sub("", p) if "\x00" in p else p).strip())
           or len(out) == 1 and (_HANDLE.fullmatch(p) or _MARKED_HANDLE.fullmatch(p)) and p.casefold() not in _NOT_HANDLES]
    return [p.replace("\x00", "（").replace("\x01", "）") for p in out]


_KANJI = re.compile(r"[\u4E00-\u9FFF々]")
_LATIN_FULL_NAME = re.compile(r"[A-Z][A-Za-z'’.-]+(?:\s[A-Z][A-Za-z'’.-]+)+")


def _dot_names(part: str) -> list[str]:
    """'戸倉ひばき・三宅コウタ', 'Mia Lee・Tom Hart': a '・' between full names written with kanji (or Latin
    given and family names) separates two people; 'ジャック・ホロウェイ' (katakana only) is one foreign name."""
    if "・" not in part:
        return [part]
    sub = [x.strip() for x in part.split("・")]
    if len(sub) > 1 and all(len(x) >= 2 and (_KANJI.search(x) or _LATIN_FULL_NAME.fullmatch(x)) for x in sub):
        return sub
    if len(sub) > 1 and any(_KANJI.search(x) for x in sub) and all(
            len(x) >= 2 and (_KANJI.search(x) or _LATIN_WORD_NAME.fullmatch(x)) for x in sub):
        return sub   # 「鷺沢 稜・CygnusWorks」: a person and a Latin-named studio credited together
    return [part]


_LATIN_WORD_NAME = re.compile(r"[A-Z][A-Za-z0-9'’.&-]{1,30}")


def _looks_like_name_key(char: str) -> bool:
    """A character as pages write it: 'Rouge Redstar', 'Old man', 'Noid 262' — not 'Why watch'."""
    words = char.split()
    if not words or len(words) > 6:
        return False
    if len(words) > 1 and words[-1] in ("is", "are", "was", "were"):
        return False   # "This show is: Exciting, Suspenseful": a streaming page's tag line, a sentence's start
    return words[0][:1].isupper() or words[0][:1].isdigit() or not words[0][:1].isalpha()


_PARTICLES = {"no", "van", "von", "de", "der", "den", "la", "le", "di", "da", "du", "bin", "al", "el", "y", "feat.", "ft.", "x", "&"}


_NOT_A_NAME_MARK = re.compile(r"[。!?！？]|https?:")
_KANA_KANJI = re.compile(r"[\u3040-\u30FF\u4E00-\u9FFF]")


def _looks_like_person(name: str) -> bool:
    """A name, not a description ("the Bones co-founder who designed…")."""
    n = name.strip()
    if not n or len(n) > 50 or _NOT_A_NAME_MARK.search(n):
        return False
    words = n.split()
    if _LATIN_LETTER.search(n) and not _KANA_KANJI.search(n):
        if len(words) > 5:
            return False
        for w in words:
            if w.lower() in _PARTICLES:
                continue
            if not (w[0].isupper() or w[0].isdigit() or not w[0].isalpha()):
                return False
    return True


_CJK = r"[\u3040-\u30FF\u3400-\u9FFF\uF900-\uFAFF]"
# A name in Latin letters: two to four capitalised words, or one word in title case ("Opera", not "TBS"),
# later words may be numbers ("Noid 262").
_LATIN_NAME = r"(?:[A-Z][A-Za-z'’.-]+(?:\s[A-Z0-9][A-Za-z0-9'’.-]*){1,3}|[A-Z][a-z'’.-]+)"
_DUAL_NAME = re.compile(r"(" + _CJK + r"[^()（）、,/]{0,15}?)\s*[(（]\s*(" + _LATIN_NAME + r")\s*[)）]")


_NAME_THEN_LATIN = re.compile(r"(.+?)\s*[（(]\s*(" + _LATIN_NAME + r")\s*[）)]")
_CJK_RE = re.compile(_CJK)
_CJK_ROLE_END = re.compile(_CJK + r"役$")
_PAREN = re.compile(r"[()（）]")
_PAREN_NOTE = re.compile(r"\s*[(（][^)）]*[)）]\s*")
# "原作：X（Ruriiro Books）": the bracket names where the work appears (a publisher, label, imprint), not X's reading
_PUBLISHER_NOTE_WORD = re.compile(r"\b(?:Books?|Bunko|Comics|Publishing|Publishers?|Press|Records|Magazine|Shobo|Shoten|Novels?|"
                                  r"Kadokawa|Kodansha|Shueisha|Shogakukan|Square\s+Enix|Hakusensha|Futabasha|Media\s*Works|Label|Imprint)\b", re.I)
# a value cell or line opening on the separator the layout sets between a label and its value ("カナリア | ：小鳥遊すず",
# "Kaelen | — Rowan Vale", "ミオ｜森川ゆず"): the bar and slash edge a name the same way a colon or a dash does
_NAME_EDGE_SEPARATORS = "|｜/／"
_SPACE_RUN = re.compile(r"\s+")
_SENTENCE_MARK = re.compile(r"[。!?！？]")


def _clean_name(name: str, keep_parens: bool = False) -> str:
    # (the patterns are compiled once, and each runs only when the characters it needs are there)
    n = unicodedata.normalize("NFKC", name or "").strip()
    dm = _NAME_THEN_LATIN.fullmatch(n) if n.endswith((")", "）")) else None
    if dm and _CJK_RE.search(dm.group(1)) and not _PAREN.search(dm.group(1)) and not _PUBLISHER_NOTE_WORD.search(dm.group(2)):
        main = _clean_name(dm.group(1))
        return f"{main}（{dm.group(2)}）" if main else ""
    if not keep_parens and ("(" in n or "（" in n):
        n = _PAREN_NOTE.sub(" ", n).strip()
    n = n.strip(" 　:：-–—・,、.。\"'「」『』" + _NAME_EDGE_SEPARATORS)
    n = _SPACE_RUN.sub(" ", n)
    if _BAD_VALUE.search(n) or _SENTENCE_MARK.search(n):
        return ""
    return n


_LEAD_TIME = re.compile(r"^\s*(?:深夜\s*)?\d{1,2}\s*[:：]\s*\d{2}\s*(?:頃|ごろ)?\s*(?:より|から|~|〜|～|-)?\s*")


def _clean_org(name: str) -> str:
    n = unicodedata.normalize("NFKC", name or "").strip()
    if re.search(r"\d", n):
        when = find_first(n, 2000)
        if when is not None and when[1] == 0:   # "2024年1月11日(木)より各配信サービス" -> "各配信サービス"
            n = re.sub(r"^\s*(?:\([^)]*\))?\s*(?:より|から|~|〜)?\s*", "", n[when[2]:])
    n = _LEAD_TIME.sub("", n)   # "12:00よりdアニメストア" -> "dアニメストア"
    n = re.sub(r"\s*(?:ほか|他|各局|など|等)\s*$", "", n)
    n = re.sub(r"(?<=\S)\s+(?:世界|国内)?(?:独占|先行|最速|見放題|同時|限定)+(?:配信|放送)(?:予定|中|決定)?$", "", n)   # "X+ 独占先行配信": X
    n = re.sub(r"(?<=[A-Za-z0-9+])\s*(?:でも|では|にて|で|も)$", "", n)   # "Netflixでも" (a list's "…、Netflixでも1月7日から配信")
    n = re.sub(r"^(?:深夜|夜)?\s*(?:より|から)\s+", "", n)   # "(金)深夜より TOKYO MX・BS11…": the slot's words, not the name
    n = n.strip(" :：-–—・,、.。\"'")
    if _BAD_VALUE.search(n) or re.search(r"[。?？]|\s[!！]|^[※*＊]", n):
        return ""
    return n


def _clean_title(title: str) -> str:
    t = unicodedata.normalize("NFKC", title or "").strip()
    t = re.sub(r"([\"”」』])\s*[.。]$", r"\1", t)   # 'Title".' -> the title without the sentence's full stop
    return t.strip(" \"'“”「」『』")


# "キャスト陣が歌う", "主人公たちが歌唱する": who sings, described, not an artist's name
_DESCRIBED_SINGER = re.compile(r"(?:が|の|で)(?:歌う|歌唱する|歌唱|担当する|担当|手がける|贈る|書き下ろす|書き下ろした)$|"
                               r"(?:歌う|歌唱する|による)$")


_WRITTEN_BY_TAIL = re.compile(r"(?<=\S)による(?:書き下ろし|描き下ろし|新曲|楽曲|新作)$")
_SONG_DESCRIPTOR = re.compile(r"(?<=\S)の(?:書き下ろし|描き下ろし|新曲|楽曲|最新曲|新作|ニューシングル|シングル|ナンバー)\S{0,8}$")


# "ミラ役でも出演する七瀬かなでさんが歌う「…」", "ユニット「すとぷり」が歌う「…」": the singer is the name before が歌う
# (also the performer's other verbs, 「Xが担当する」「Xが手がける」「Xによる」, and a reading in brackets after a name:
# 「Lantern Parade（ランタンパレード）が担当するオープニングテーマ」)
# (a place's topic before the name ends it too: 「PVではXが歌うOPテーマ」「第2弾PVにはXによる主題歌」)
_SUNG_BY_BEFORE = re.compile(r"(?:[「『](?P<q>[^」』]{1,40})[」』]|(?:^|[、。，]|する|した|である|として|では|には|でも)\s*"
                             r"(?P<n>(?:(?!する|した|である|として|では|には|でも)[^、。，「」『』]){2,30}?))\s*(?:[(（][^()（）]{1,30}[)）])?\s*"
                             r"(?:さん|氏)?\s*(?:(?:が|の)\s*(?:歌う|歌唱する|歌い上げる|担当する|手がける|手掛ける)|による)$")
_SUNG_BY_WORDS = ("歌", "担当", "手がけ", "手掛け", "による")   # one is in every _SUNG_BY_BEFORE match


def _sung_by_before(text: str) -> str:
    """The singer named in a clause ending in が歌う; empty when the clause names none."""
    m = _SUNG_BY_BEFORE.search(text) if any(w in text for w in _SUNG_BY_WORDS) else None
    name = (m.group("q") or m.group("n") or "").strip() if m else ""
    name = _SINGER_DESCRIPTOR.sub("", name)   # "新人歌手の白鳥ミオ": the name after its description
    return name if name and _looks_like_person(name) and not _GROUP_OF_CAST.search(name) else ""


_SINGER_DESCRIPTOR = re.compile(r"^.{0,20}?(?:(?:歌手|アーティスト|ユニット|バンド|グループ|声優|シンガー|ソングライター|役)(?:の|・)|"
                                r"役を(?:演じる|務める))\s*(?=\S{2})")   # (「主人公・X役を演じる真白ことねが歌う」: the actor)
_GROUP_OF_CAST = re.compile(r"(?:陣|たち|達|(?<=[\u4E00-\u9FFF])ら|全員|メンバー|一同|キャスト|キャラクター|主人公)$")


# a character unit, then its members with their voice actors in brackets
_UNIT_MEMBERS = re.compile(r"^(?P<a>[^()（）]{2,40}?)\s*[(（](?P<m>.*(?:CV|cv)\s*[.:：．].*)[)）]$")


def _clean_artist(artist: str) -> str:
    a = unicodedata.normalize("NFKC", artist or "").strip()
    if a.endswith(("歌う", "歌唱する", "歌い上げる")):
        a = _sung_by_before(a) or a
    a = re.sub(r"^[^\s「」『』()（）]{1,20}役\s*(?:[・の]|を務める|を演じる)\s*(?=\S{2})", "", a)   # "カノン役・X", "カノン役を務めるX": the role, then its actor
    if re.search(r"役\s*(?:を|の|に|は)?$", a):
        return ""   # "主人公・ルカ役を" (…演じるXが歌う cut short): a part, its actor not in the piece read
    a = re.sub(r"^[(（]\s*((?:歌|唄|うた|歌唱|vocals?)\s*[:：][^()（）]+)[)）]$", r"\1", a, flags=re.I)  # "（歌：ミナト）"
    a = re.sub(r"^(?:歌|唄|うた|歌唱|vocals?|sung by|performed by)\s*[:：]\s*", "", a, flags=re.I)   # "／歌：ミナト"
    a = re.split(r"\s*[/／、,|]\s*(?:作詞|作曲|編曲|lyrics|composition|composed|arrange)", a, flags=re.I)[0]   # "X／作詞：…"
    a = re.sub(r"\s*[(（](?:eps?|episodes?|ep\.|話)[^)）]*[)）]\s*$", "", a, flags=re.I)
    a = re.sub(r"\s*[(（][^)）]*(?:records|music|entertainment|label|レコード|ミュージック|sketch|inc\.?)[^)）]*[)）]\s*$", "", a, flags=re.I)
    a = re.sub(r"\s*[(（][A-Za-z][\w .&'-]*[)）]\s*$", "", a) if re.search(r"[(（][A-Za-z][\w .&'-]*[)）]\s*$", a) and len(a) > 12 else a
    a = re.sub(r"\s*[(（](?:as|cv|voiced by|役)\b[^)）]*[)）]\s*$", "", a, flags=re.I)   # "(as Chika & Momo)"
    a = re.sub(r"(?<=\S)\s*[(（][^()（）]{1,20}役[)）]\s*$", "", a)   # "上月美玲（ペルニレ役）": sung in character
    a = a.strip(" /／-–—:：")
    a = _SONG_DESCRIPTOR.sub("", a)   # "ネオンフォールの書き下ろし新曲": the band, not its new song
    a = _WRITTEN_BY_TAIL.sub("", a)   # "Lucent Tideによる書き下ろし(の新曲)": the band the song was written by
    a = _SINGER_DESCRIPTOR.sub("", a)   # "4人組バンド・ミナモノート", "シンガーソングライターの X": the name after it
    a = re.sub(r"(?<=[^\s.A-Z][^\s.])[.。]$|(?<=[\u3040-\u30FF\u4E00-\u9FFF])[.。]$", "", a)   # a sentence's full stop
    a = re.sub(r"(?<=[\u3040-\u30FF\u4E00-\u9FFF])(?:さん|氏)(?=の?$)", "", a)   # 「春風ここさんの「…」」: a blog's honorific
    um = _UNIT_MEMBERS.match(a)
    if um and len(re.findall(r"CV", um.group("m"), re.I)) >= 2:
        a = um.group("a")   # "店員たち（栞(CV.X)、エレオノーラ(CV.Y)）": the unit, not its members' list
    if len(a) > 80 or _BAD_VALUE.search(a) or _DESCRIBED_SINGER.search(a):
        return ""
    return a


# a streaming label's English sentence: "ABEMA will start streaming on January 13 (Wed) at 12:00, with U-NEXT and other
# platforms to follow"
_STREAM_SENTENCE = re.compile(r"^(?P<n>[^,.;:]{2,25}?)\s+will\s+(?:start|begin)\s+streaming\b(?P<rest>[^,;]*)"
                              r"(?:,\s*with\s+(?P<more>[^,.;]{2,60}?)\s+(?:and\s+(?:other|more)\s+(?:platforms|services|sites)\s+)?"
                              r"to\s+follow\b)?")


def _stream_sentence_value(value: str, text: str, col: _Collector) -> bool:
    """The service that will start streaming, with its day; the services said to follow it, without one."""
    m = _STREAM_SENTENCE.match(unicodedata.normalize("NFKC", value or "").strip()) if "will" in value else None
    if m is None:
        return False
    first = _clean_org(m.group("n"))
    col.org("streaming", first, text)
    col.service_date(first, m.group("rest"), text)
    for n in _split_orgs(m.group("more") or ""):
        if len(n) <= 25:
            col.org("streaming", n, text)
    return True


def _before_verb(value: str) -> str:
    """'Prime Videoにて地上波同時・見放題最速配信' -> 'Prime Video'; 'Netflixで独占配信' -> 'Netflix'."""
    v = unicodedata.normalize("NFKC", value or "")
    m = re.search(r"(?:ほか|他)?(?:にて|で(?=.{0,12}(?:配信|放送)))", v)
    return v[:m.start()] if m and m.start() > 0 else v


_REGION_NOTE = re.compile(r"worldwide|world|global|excl|except|excluding|outside|regions?|territories|countries|"
                          r"america|europe|asia|africa|oceania|middle east|\bcis\b|\bus\b|\buk\b|canada|japan|latin|"
                          r"australia|new zealand|海外|国内|全世界|地域", re.I)


def _keep_note(note: str) -> str:
    """A short note stays with its name ("HIDIVE (US)"); so does a longer list of the regions it streams in
    ("Crunchyroll (North America, Europe, Oceania)", commas kept inside); any other long aside goes."""
    if re.search(r"[A-Za-z+]", note) and len(note) < 20:
        return note.replace(",", "\x00")
    if len(note) <= 140 and _REGION_NOTE.search(note) and not re.search(r"\d", note):
        return note.replace(",", "\x00").replace("、", "\x01")
    return ""


def _timing_words(part: str) -> bool:
    """A piece of a service list in plain lower-case words ("same day", "simulcast", "weekly"): no service's
    name (those are capitalised, or the gazetteer knows them)."""
    p = part.strip()
    return bool(re.fullmatch(r"[a-z][a-z -]*", p)) and not _known_org(p)


def _split_orgs(value: str) -> list[str]:
    v = unicodedata.normalize("NFKC", value or "")
    v = re.sub(r"\s*[(（][^)）]*[)）]", lambda m: _keep_note(m.group(0)), v)
    parts = [p.strip() for p in re.split(r"\s*(?:[、,，／]|/(?!\d))\s*|・(?=[A-Z\u30A0-\u30FF\u4E00-\u9FFF])", v) if p.strip()]
    return _split_dots([p.replace("\x00", ",").replace("\x01", "、") for p in parts])


def _split_dots(parts: list[str]) -> list[str]:
    """'ABEMA・dアニメストア': a '・' between names the gazetteer knows separates them, whatever letter follows."""
    out = []
    for p in parts:
        sub = [x.strip() for x in p.split("・")]
        out.extend(sub if len(sub) > 1 and all(_known_org(re.sub(r"\s*(?:ほか|他)$", "", x)) for x in sub) else [p])
    return out
