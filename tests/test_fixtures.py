"""Fixture oracles: every fixtures/**/X.html has an X.facts.json saying what extraction must find in it.

facts.json is an object:
    {"work": "...", "aliases": [...], "facts": [{"field", "key", "value", ["alt"], ["key_alt"], ["must"]}],
     "not": [strings no extracted key or value may contain], ["healthy": false]}
- `alt` / `key_alt`: other acceptable forms (the same name in another script, a display variant).
- `must`: for broadcaster/streaming, folded words the value must carry (the block or region: "ultra", "asia").
- `healthy: false`: the page has no main content (a maintenance page); extraction must say so and find nothing.

Matching (FACTS.md's folding): same field; key by `fold` (staff: the canonical role; cast: `fold_name`;
studio/broadcaster/streaming: `org_key`); value by `fold`/`fold_name`, where a bracketed other-script form
may be added or dropped ("出渕 裕（Yutaka Izubuchi）"), a theme song is matched as title and artist, a
trailer by its date and video id (any YouTube URL form), a premiere event by containment, and an org value
must carry its `must` words. Extra facts are never penalised unless they hit `not`.

Metallic Rouge pages must yield every expected fact. Holdout pages (fixtures/holdout/) are scored per
round, in aggregate, against a floor at their last measured recall (a guard against regressions, not the
0.9 goal), so that extractors are not tuned page by page on them; their "not" lists are checked page by
page.
"""
from __future__ import annotations

import json
import re
import tomllib
from datetime import date
from pathlib import Path

import pytest

from tracker.model import Fetched, Work
from tracker.normalize import fold, fold_name, org_key

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
ALL = sorted(FIXTURES.rglob("*.facts.json"))
HOLDOUT = [p for p in ALL if "holdout" in p.relative_to(FIXTURES).parts]
MAIN = [p for p in ALL if p not in HOLDOUT]

NAME_FIELDS = {"cast", "staff"}
ORG_FIELDS = {"studio", "broadcaster", "streaming"}
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w.:-]+)""", re.I)
_BRACKETS = re.compile(r"[（(\[［【][^）)\]］】]*[）)\]］】]")
_YT_ID = re.compile(r"(?:youtube(?:-nocookie)?\.com/(?:watch\?v=|embed/|shorts/)|youtu\.be/)([\w-]{6,})")


def _id(p: Path) -> str:
    return str(p.relative_to(FIXTURES).with_suffix("").with_suffix(""))


# ------------------------------------------------------------------------------------------ loading
def load(path: Path) -> tuple[dict, Path]:
    spec = json.loads(path.read_text(encoding="utf-8"))
    # "page@work.facts.json" is one more work's oracle for page.html (a season list names several works)
    html = path.with_name(path.name[: -len(".facts.json")].split("@")[0] + ".html")
    return spec, html


def decode(body: bytes) -> tuple[str, str | None]:
    try:
        from tracker.fetch import decode_body
    except ImportError:
        decode_body = None
    if decode_body is not None:
        return decode_body(body, "text/html")
    m = _META_CHARSET.search(body[:4096])
    codec = m.group(1).decode("ascii") if m else "utf-8"
    return body.decode(codec, "replace"), codec


def fetched_for(html_path: Path) -> Fetched:
    body = html_path.read_bytes()
    text, charset = decode(body)
    url = "http://fixtures.test/" + html_path.relative_to(FIXTURES).as_posix()
    return Fetched(url=url, final_url=url, status=200, headers={"content-type": "text/html"}, body=body,
                   text=text, content_type="text/html", charset=charset)


def run_extract(spec: dict, html_path: Path):
    from tracker.extract import extract

    work = Work(spec["work"], tuple(spec.get("aliases", ())))
    return extract(fetched_for(html_path), work)


# ------------------------------------------------------------------------------------------ comparison
def _role(label: str) -> str:
    try:
        from tracker.roles import known_role
    except ImportError:
        known_role = None
    if known_role is not None:
        try:
            r = known_role(label)
        except Exception:
            r = None
        if r:
            return fold(r)
    return fold(label)


def _name_forms(text: str) -> set[str]:
    """A person's name compared order-insensitively, with or without spaces, and with a bracketed other-script form."""
    out = set()
    parts = [text, _BRACKETS.sub("", text)] + [m[1:-1] for m in _BRACKETS.findall(text)]
    for p in parts:
        if fold(p):
            out.add(fold_name(p))
            out.add(fold(p))
    return out


def _key_words(text: str) -> set[str]:
    return {fold(w) for w in re.split(r"[\s・･,、/／()（）「」]+", text) if len(fold(w)) >= 2}


_GIST_STOP = frozenset("with from their first will were been that this have also after before stage event".split())


def _gist(text: str) -> set[str]:
    """The content words of a short description: English words of 4+ letters (a plural's s dropped) and the
    two-character runs of its Japanese."""
    low = text.lower()
    words = {w.rstrip("s") for w in re.findall(r"[a-z]{4,}", low) if w not in _GIST_STOP}
    cjk = "".join(c if "\u3040" <= c <= "\u9fff" or c.isdigit() else " " for c in low)
    grams = {run[i:i + 2] for run in cjk.split() for i in range(len(run) - 1)}
    return words | {g for g in grams if g not in ("の第", "での", "にて", "を上", "され")}


def _plain_forms(text: str) -> set[str]:
    return {f for f in (fold(text), fold(_BRACKETS.sub("", text))) if f}


def key_match(field: str, want: str, got_key: str, got_value: str) -> bool:
    if field in ORG_FIELDS:
        return org_key(got_key or got_value) == org_key(want)
    if field == "staff":
        return _role(want) == _role(got_key)
    if field == "cast":
        if not want:
            return not got_key
        if not got_key:
            return False
        # FACTS.md's identity: a key spelled another way for the same actor (the value, checked next) and
        # sharing a word with it is the same character ("Archivist Marguerite Sol" = "Marguerite Sol")
        return bool(_name_forms(want) & _name_forms(got_key)) or bool(_key_words(want) & _key_words(got_key))
    if field == "release_date" and want and got_key:
        # a keyed premiere: the station or service compared as the store groups them ("dアニメストア" = danimestore)
        return fold(want) == fold(got_key) or org_key(want) == org_key(got_key)
    if field == "premiere_event" and want and got_key:
        # FACTS.md: the event is the member; a year, place or title added to its name is the same event
        fw, fg = fold(want), fold(got_key)
        return fw == fg or (min(len(fw), len(fg)) >= 6 and (fw in fg or fg in fw))
    if field == "theme_song":
        # FACTS.md: "an unnumbered opening is `opening 1`"; a key written "opening", "ending" or "insert song"
        # (round 21's English writer, following the brief's example) is that slot
        return _song_slot(want) == _song_slot(got_key)
    return fold(want) == fold(got_key)


def _song_slot(key: str) -> str:
    k = re.sub(r"\s+song$", "", key.strip().lower())
    return fold(k if re.search(r"\d$", k) else k + " 1")


def _trailer_parts(value: str) -> tuple[str, str]:
    m = _YT_ID.search(value)
    vid = m.group(1) if m else ""
    date_part = re.match(r"\s*(\d{4}(?:-\d{2}){0,2})", value)
    return (date_part.group(1) if date_part else ""), (vid or fold(re.sub(r"^\S*\d{4}\S*\s*", "", value)))


def value_match(field: str, want: str, got: str, must: list[str]) -> bool:
    if field in NAME_FIELDS:
        return bool(_name_forms(want) & _name_forms(got))
    if field in ORG_FIELDS:
        fg = fold(got)
        return all(fold(w) in fg for w in must)
    if field == "trailer":
        wd, wv = _trailer_parts(want)
        gd, gv = _trailer_parts(got)
        # no date in the oracle: the page gives none for certain (a news-ticker date may or may not be taken)
        return wv == gv and (not wd or wd == gd)
    if field == "premiere_event":
        # "what was shown" is free text: the oracle's few words and the extractor's need not be one span of the
        # page, only say the same thing ("first episode screened" / "episode 1 screened", 第1話を上映 / 第1話先行上映)
        fw, fg = fold(want), fold(got)
        return bool(fw) and bool(fg) and (fw in fg or fg in fw or bool(_gist(want) & _gist(got)))
    if field == "theme_song":
        # "Title — Artist": title and artist compared separately (a bracketed translation may be added)
        def split(v):
            t, _, a = v.partition(" — ")
            return _plain_forms(t), (_name_forms(a) if a.strip() else set())
        wt, wa = split(want)
        gt, ga = split(got)
        return bool(wt & gt) and ((not wa and not ga) or bool(wa & ga))
    return bool(_plain_forms(want) & _plain_forms(got))


def found(expected: dict, facts) -> bool:
    keys = [expected["key"], *expected.get("key_alt", ())]
    values = [expected["value"], *expected.get("alt", ())]
    must = expected.get("must", [])
    # a premiere event given as {"key": "", "value": EVENT}: the writers of rounds 9-11 were briefed so
    # (FACTS.md keys the event and puts what was shown in the value): the event, by name, is what counts
    event_only = expected["field"] == "premiere_event" and not expected["key"]
    for f in facts:
        if f.field != expected["field"]:
            continue
        if event_only:
            fk = fold(f.key)
            if fk and any(fold(v) and (fold(v) in fk or fk in fold(v)) for v in values):
                return True
            continue
        if expected["field"] in ORG_FIELDS and any(fold(v) == fold(f.value) for v in values):
            return True  # the member itself, whatever the oracle guessed its key to be ("lantern" for スタジオ・ランタン)
        if not any(key_match(f.field, k, f.key, f.value) for k in keys):
            continue
        if expected["field"] in ORG_FIELDS:
            if value_match(f.field, values[0], f.value, must) or any(
                    fold(v) == fold(f.value) for v in values):
                return True
            continue
        if any(value_match(f.field, v, f.value, must) for v in values):
            return True
    return False


def not_hits(spec: dict, facts) -> list[str]:
    hits = []
    for n in spec.get("not", ()):
        fn = fold(n)
        if not fn:
            continue
        for f in facts:
            if fn in fold(f.key) or fn in fold(f.value):
                hits.append(f"{n!r} in {f.field}·{f.key} = {f.value!r}")
    return hits


def describe(facts) -> str:
    return "\n".join(f"    {f.field:14} {f.key!r:32} {f.value!r}" for f in facts) or "    (none)"


# ------------------------------------------------------------------------------------------ tests
def test_fixture_set_is_complete():
    assert MAIN, "no fixtures found"
    for p in ALL:
        spec, html = load(p)
        assert html.exists(), f"{p.name}: no {html.name}"
        assert spec.get("work"), p
        for f in spec["facts"]:
            assert set(f) >= {"field", "key", "value"}, (p, f)
            assert f["field"] in {"release_date", "episodes", "cast", "theme_song", "trailer", "staff", "studio",
                                  "broadcaster", "streaming", "premiere_event"}, (p, f)
    for html in FIXTURES.rglob("*.html"):
        stem = html.name[:-5]
        assert (html.with_name(stem + ".facts.json").exists()
                or any(html.parent.glob(stem + "@*.facts.json"))), f"{html} has no facts.json"


def test_no_extractor_raises_on_any_fixture(caplog):
    """An extractor that raises loses all its facts on that page, which a round's recall floor can hide: every
    fixture is read without one (rules written side by side once met as a None.start() on one page)."""
    with caplog.at_level("WARNING", logger="tracker.extract"):
        for p in ALL:
            run_extract(*load(p))
    failed = [r.getMessage() for r in caplog.records if "failed on" in r.getMessage()]
    assert not failed, "\n".join(failed)


@pytest.mark.parametrize("path", MAIN, ids=_id)
def test_fixture_facts(path):
    spec, html = load(path)
    result = run_extract(spec, html)
    if spec.get("healthy") is False:
        assert not result.facts, describe(result.facts)
        assert result.has_main_content is False, "a maintenance page must be reported as having no main content"
        return
    assert result.has_main_content, result.problem
    missing = [f for f in spec["facts"] if not found(f, result.facts)]
    hits = not_hits(spec, result.facts)
    msg = []
    if missing:
        msg.append("missing:\n" + "\n".join(f"    {f['field']:14} {f['key']!r:32} {f['value']!r}" for f in missing))
    if hits:
        msg.append("facts from outside this work's content:\n" + "\n".join("    " + h for h in hits))
    if msg:
        msg.append("extracted:\n" + describe(result.facts))
    assert not missing and not hits, "\n".join(msg)


def _round(path: Path) -> str:
    """The holdout round a page belongs to: its folder under fixtures/holdout ("top" for the first)."""
    parts = path.relative_to(FIXTURES / "holdout").parts
    return parts[0] if len(parts) > 1 else "top"


#: Recall each holdout round must keep: regression floors at (a little under) the figure last measured,
#: NOT the goal. The goal is 0.9 on pages nobody has tuned rules on, and fixtures/holdout/README.md says,
#: round by round, how blind each still is and what it measured when first seen.
RECALL_FLOORS = {"top": 0.97, "round2": 0.97, "round3": 0.95, "round4": 0.97, "round5": 0.97, "round6": 0.97,
                 "round7": 0.97, "round8": 0.97, "round9": 0.97, "round10": 0.97, "round11": 0.97, "round12": 0.97,
                 "round13": 0.98, "round14": 0.97, "round15": 0.99,
                 "round16": 0.98, "round17": 0.96, "round18": 0.98, "round19": 0.90, "round20": 0.95,
                 "round21": 0.93, "round22": 1.0, "round23": 0.96,
                 "round24": 0.99, "round25": 0.93, "round26": 0.84, "round27": 0.98,
                 "round28": 0.97, "round29": 0.96, "round30": 0.93, "round31": 0.94, "round32": 0.93, "round33": 0.86,
                 "round34": 0.93, "round35": 0.94, "round36": 0.90, "round37": 0.93, "round38": 0.92, "round39": 0.91,
                 "round40": 0.95, "round41": 0.95, "round42": 0.92,
                 "round43": 0.93, "round44": 0.95, "round45": 0.93, "round46": 0.95}
#: Holdout pages whose foreign facts (a `not` hit) are known and not fixed yet: strict xfails, so that a fix
#: must also remove the page from here. Rounds 9-15 came with five, two, three, seven, four, five and four (all
#: fixed); round 16 with none; rounds 17 and 18 with two and three (all fixed); rounds 19 and 20 with six and
#: two (still five and two after the sixth session's wave, which never saw them; all fixed by the short
#: precision-first wave that then tuned on them); rounds 21-23 with three, seven and nine (one more in round 23
#: was a bare '12' in a `not` list, dropped), all fixed by the seventh session's waves; round 24 with six (all but
#: fixed by the eighth session's wave, which took it as examples); round 25 with nine (read after two blind
#: measurements; eight fixed: the one left is an answer-key conflict, 音楽制作 a staff credit in rounds 4 and 23, not
#: in round 25); round 26 with two (open: it has not been tuned on); round 27 with six (one an answer-key conflict,
#: the work's own screening venue in a `not` list, dropped after measuring; all fixed by the ninth session's wave);
#: round 28 with five (one an answer-key conflict: a music label's 'Music Production' credit, a staff fact in
#: another page's key of the same round, dropped after measuring; the four others, one a banner of other works, fixed
#: after the blind figures by a last precision helper); round 29 with seven (one more was an answer-key conflict
#: like round 27's, the work's own advance-screening venue and date in a `not` list, dropped after measuring; two
#: from sidebars: a related-news card's director, a MAL-style "Recommendations" list; all fixed by the tenth session's wave,
#: which tuned on it); round 30 with one (in the body: a prequel ONA's director), measured blind on the ninth session's
#: final code and again after the tenth's wave; round 31 with one (a fan wiki's comment and its list of the director's
#: other works), measured blind on the ninth session's final code and on the tenth's, then fixed (signed wiki comments,
#: a related-works heading with the wiki's anchor mark); round 32 with five (one an answer-key conflict like round 27's,
#: the work's own screening venue and date, dropped after measuring; one from chrome: an embedded post about another
#: work; three in the body: a prequel film's director and song, a prequel voice drama's video), measured blind on the
#: ninth session's final code and on the tenth's, then fixed by two last precision helpers; round 33 with three (a
#: production committee kept as a credit; a director's filmography heading read as a label; a season-2 wiki whose
#: season-1 table gave the director and studio), the last blind figure of the tenth session; round 36, a precision
#: round (writers told to vary chrome, much of it without telltale class names, and to name other works in the text),
#: with thirteen, first seen before the eleventh session's wave (0.888) and then its precision helpers' tuning set;
#: rounds 34 and 35 (the goal's styles) with one and four, rounds 37 and 38 (precision rounds like 36) with seven
#: and four, all measured blind on the session's start code and on its wave's final code (then one, four, five, three), then
#: fixed by its last helpers; round 39 (the goal's styles) with seven (one an answer-key conflict: the work's old
#: premiere month '2026-10' in a `not` list, inside the key's own PV 2 date, dropped after measuring) and round 40
#: (a precision round) with two, first seen on the wave's code and again on the session's final code; round 41 (the
#: goal's styles) with two (one more was an answer-key 'N/A' in a `not` list, which folds to two letters and hits any
#: name with 'na', dropped after measuring; one from a database entry's side column, one in the body: season 1's PV
#: behind "watch here") and round 42 (a precision round) with two (both chrome: a side column's table of the season's
#: other titles, a recommendation card grid), measured blind on the twelfth session's start code; rounds 43 and 44 (the
#: goal's styles, 20 and 40 pages) and 45 (a precision round), measured blind on the twelfth session's start code and on
#: its wave's code, with three, five and two (on the wave's code three, four and two: round 44's one more an answer-key
#: conflict, the work's own screening venue in a `not` list, dropped after measuring; two from chrome: a database's
#: "Recommendations" cards, a "right-rail" box of new entries, both fixed; the rest in the body); round 46 (the goal's
#: styles, 25 pages, written late in the wave) with two on the session's final code, both in the body (season 1's studio
#: and director in a database's background note; a station the page says will not air the season), both then fixed.
FOREIGN_OPEN: set[str] = {"round25/u-tetsusabi-staffcast",
                           "round26/x-enrai-music-sjis",
                           "round26/x-hoshihami-wiki"}
ROUNDS = sorted({_round(p) for p in HOLDOUT})


@pytest.mark.parametrize("name", ROUNDS)
def test_holdout_recall_does_not_fall(name):
    total = hit = 0
    misses = []
    for path in (p for p in HOLDOUT if _round(p) == name):
        spec, html = load(path)
        result = run_extract(spec, html)
        for f in spec["facts"]:
            total += 1
            if found(f, result.facts):
                hit += 1
            else:
                misses.append(f"{_id(path)}: {f['field']} {f['key']!r} {f['value']!r}")
    recall = hit / total if total else 1.0
    floor = RECALL_FLOORS.get(name, 0.9)  # a new round starts at the goal until it is measured
    assert recall >= floor, f"{name} recall {recall:.3f} ({hit}/{total}) fell under {floor}; first misses:\n" + \
        "\n".join(misses[:40])


def _foreign_case(path: Path):
    key = path.relative_to(FIXTURES / "holdout").as_posix().removesuffix(".facts.json")
    if key in FOREIGN_OPEN:
        return pytest.param(path, marks=pytest.mark.xfail(strict=True, reason="known foreign facts, not fixed yet"))
    return path


@pytest.mark.parametrize("path", [_foreign_case(p) for p in HOLDOUT], ids=_id)
def test_holdout_no_foreign_facts(path):
    spec, html = load(path)
    result = run_extract(spec, html)
    hits = not_hits(spec, result.facts)
    assert not hits, "\n".join(hits) + "\nextracted:\n" + describe(result.facts)


# ------------------------------------------------------------------------------------------ timeline
TIMELINES = sorted(FIXTURES.glob("*/timeline.toml"))


@pytest.mark.parametrize("path", TIMELINES, ids=lambda p: p.parent.name)
def test_timeline_consistent(path):
    tl = tomllib.loads(path.read_text(encoding="utf-8"))
    assert tl.get("work")
    paths = [s["path"] for s in tl["source"]]
    assert len(paths) == len(set(paths)) and all(p.startswith("/") for p in paths)
    dates = [date.fromisoformat(str(s["date"])) for s in tl["step"]]
    assert dates == sorted(dates) and len(set(dates)) == len(dates), "steps must be in strictly increasing date order"
    for step in tl["step"]:
        assert step.get("label"), step
        for route, spec in step.get("serve", {}).items():
            assert route in paths, f"{step['date']}: {route} is not a declared source"
            file = spec if isinstance(spec, str) else spec.get("file")
            if file:
                assert (path.parent / file).is_file(), f"{step['date']}: {file} does not exist"
                facts = (path.parent / file).with_name(Path(file).name[:-5] + ".facts.json")
                assert facts.is_file(), f"{file} has no oracle"


def _fact_ids(spec):
    """One-value facts by field·key; set members (and cast under the empty key) by field·key·value."""
    sets = {"staff", "studio", "broadcaster", "streaming", "premiere_event"}
    return {(f["field"], fold(f["key"]), fold(f["value"])) if f["field"] in sets or (f["field"] == "cast" and not f["key"])
            else (f["field"], fold(f["key"])) for f in spec["facts"]}


@pytest.mark.parametrize("path", TIMELINES, ids=lambda p: p.parent.name)
def test_timeline_never_loses_a_fact(path):
    """Later states of one page keep every fact of the earlier state (a real "everything we know" update
    grows), and a one-value fact only becomes more precise (no accidental delay or recast)."""
    tl = tomllib.loads(path.read_text(encoding="utf-8"))
    last: dict[str, dict] = {}
    for step in tl["step"]:
        for route, spec in step.get("serve", {}).items():
            file = spec if isinstance(spec, str) else spec.get("file")
            facts = json.loads((path.parent / file).with_name(Path(file).name[:-5] + ".facts.json").read_text("utf-8"))
            if facts.get("healthy") is False:
                continue            # an unhealthy fetch changes nothing
            before = last.get(route)
            if before is not None:
                lost = _fact_ids(before) - _fact_ids(facts)
                assert not lost, f"{step['date']} {route}: facts disappear: {sorted(lost)}"
                old = {(f["field"], f["key"]): f["value"] for f in before["facts"]}
                for f in facts["facts"]:
                    o = old.get((f["field"], f["key"]))
                    if o is not None and f["field"] in ("release_date", "episodes", "cast", "theme_song", "trailer"):
                        assert f["value"].startswith(o) or fold(f["value"]) == fold(o), \
                            f"{step['date']} {route}: {f['field']} {f['key']} {o!r} -> {f['value']!r}"
            last[route] = facts


def test_oracle_matching_follows_facts_md_identity_and_no_further():
    """The matcher's leniencies are FACTS.md's identity rules, not looser: an unnumbered opening is `opening 1`,
    a cast key sharing a word with the oracle's is that character only for the same actor, a premiere event
    is its name (with a year or place added) and what was shown is compared by gist."""
    from tracker.model import Fact

    def hit(expected, *facts):
        return found(expected, [Fact(*f) for f in facts])

    song = {"field": "theme_song", "key": "opening", "value": "Low Tide — Harborlight"}
    assert hit(song, ("theme_song", "opening 1", "Low Tide — Harborlight"))
    assert not hit(song, ("theme_song", "ending 1", "Low Tide — Harborlight"))
    cast = {"field": "cast", "key": "Marguerite Sol", "value": "Kotone Aizawa"}
    assert hit(cast, ("cast", "Archivist Marguerite Sol", "Kotone Aizawa"))
    assert not hit(cast, ("cast", "Archivist Marguerite Sol", "Daichi Fujiwara"))
    assert not hit(cast, ("cast", "Captain Ostrel", "Kotone Aizawa"))
    event = {"field": "premiere_event", "key": "Kestrel Bay Animation Festival 2027", "value": "first episode screened"}
    assert hit(event, ("premiere_event", "Kestrel Bay Animation Festival", "episode 1 screened"))
    assert not hit(event, ("premiere_event", "Shinagawa Stellar Hall", "episode 1 screened"))
    assert not hit(event, ("premiere_event", "Kestrel Bay Animation Festival", "key visual revealed"))
    ja = {"field": "premiere_event", "key": "第1話先行上映会", "value": "第1話最速上映＋キャストトーク"}
    assert hit(ja, ("premiere_event", "第1話先行上映会", "第1話先行上映"))
    assert not hit(ja, ("premiere_event", "第1話先行上映会", "ティザーPV公開"))
