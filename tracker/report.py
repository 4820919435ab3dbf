"""Rendering of the change log and of current facts: text, JSON, Markdown. Decides nothing about changes.

Every string that came from the web passes through `normalize.clean` on its way out, so a page cannot
put escape sequences on a user's terminal.
"""
from __future__ import annotations

import json
import re
from collections import OrderedDict
from urllib.parse import urlsplit

from .normalize import clean

FORMATS = ("text", "json", "markdown")
_KIND_MARK = {"revealed": "+", "refined": "»", "changed": "~", "disputed": "?", "retracted": "-", "corroborated": "="}
_CHANGE_KEYS = ("work", "field", "key", "kind", "old", "new", "source", "observed_at", "evidence")


def _short_source(url: str) -> str:
    parts = urlsplit(url)
    path = parts.path if len(parts.path) <= 32 else "…" + parts.path[-31:]
    return f"{parts.netloc}{path}"


def _label(field: str, key: str) -> str:
    return f"{field} [{clean(key, 80)}]" if key else field


def _value_text(change: dict) -> str:
    old, new = change.get("old"), change.get("new")
    if change["kind"] == "retracted":
        return clean(old, 120)
    if old and new and old != new:
        return f"{clean(old, 80)} → {clean(new, 80)}"
    return clean(new if new is not None else old, 120)


def _by_work(rows: list[dict]) -> "OrderedDict[str, list[dict]]":
    groups: OrderedDict[str, list[dict]] = OrderedDict()
    for row in rows:
        groups.setdefault(row["work"], []).append(row)
    return groups


def changes_json(changes: list[dict]) -> str:
    return json.dumps([{k: c.get(k) for k in _CHANGE_KEYS} for c in changes], ensure_ascii=False, indent=2)


def changes_text(changes: list[dict], *, evidence_width: int = 100) -> str:
    """Grouped by work (the work with the newest change first), newest change first within a work.

    Corroborations (another source repeating a known value) are news about sources, not about the work:
    they are summed up in one line per work; `--format json` lists each.
    """
    if not changes:
        return "No new changes."
    lines = []
    for work, rows in _by_work(changes).items():
        news = [c for c in rows if c["kind"] != "corroborated"]
        echoes = len(rows) - len(news)
        lines.append(f"{clean(work, 120)}  ({_plural(len(news), 'change')}"
                     + (f", {echoes} corroborated" if echoes else "") + ")")
        for c in news:
            mark = _KIND_MARK.get(c["kind"], "*")
            lines.append(f"  {mark} {c['kind']:<10} {_label(c['field'], c['key'])}: {_value_text(c)}")
            lines.append(f"      {c['observed_at'][:16].replace('T', ' ')}  {clean(_short_source(c['source']), 60)}")
            if c.get("evidence"):
                lines.append(f"      “{clean(c['evidence'], evidence_width)}”")
        if echoes:
            lines.append(f"  = {_plural(echoes, 'known fact')} corroborated by another source (--format json lists them)")
        lines.append("")
    return "\n".join(lines).rstrip()


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


_MD_SPECIAL = re.compile(r"([\\`*_\[\]|!#~])")


def _md(text: str | None, limit: int = 120) -> str:
    """Page text as literal text in a Markdown table cell: no HTML, links, emphasis or cell breaks."""
    text = clean(text, limit).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _MD_SPECIAL.sub(r"\\\1", text)


def _md_url(url: str | None) -> str:
    """A URL as a Markdown link target: characters that would end or break it percent-encoded."""
    from urllib.parse import quote

    return quote(clean(url, 300), safe=":/?#@!$&'*+,;=%-._~")


def changes_markdown(changes: list[dict]) -> str:
    if not changes:
        return "_No new changes._"
    out = []
    for work, rows in _by_work(changes).items():
        out += [f"## {_md(work)}", "", "| kind | field | key | value | source | observed | evidence |",
                "| --- | --- | --- | --- | --- | --- | --- |"]
        for c in rows:
            out.append(f"| {c['kind']} | {c['field']} | {_md(c['key'], 60)} | {_md(_value_text(c), 160)} | "
                       f"[{_md(_short_source(c['source']), 50)}]({_md_url(c['source'])}) | {c['observed_at'][:19]}Z | "
                       f"{_md(c.get('evidence'), 140)} |")
        out.append("")
    return "\n".join(out).rstrip()


def render_changes(changes: list[dict], fmt: str) -> str:
    return {"text": changes_text, "json": changes_json, "markdown": changes_markdown}[fmt](changes)


# ---------------------------------------------------------------- facts
_FACT_KEYS = ("work", "field", "key", "value", "precision", "sources", "first_seen", "evidence")


def facts_json(facts: list[dict]) -> str:
    return json.dumps([{k: f.get(k) for k in _FACT_KEYS} for f in facts], ensure_ascii=False, indent=2)


def facts_text(facts: list[dict]) -> str:
    """What is known now, per work and field; sources are numbered once per work and cited by number."""
    if not facts:
        return "No facts known yet."
    lines = []
    for work, rows in _by_work(facts).items():
        numbers: dict[str, int] = {}
        for f in rows:
            for s in f.get("sources") or []:
                numbers.setdefault(s, len(numbers) + 1)
        lines.append(clean(work, 120))
        lines += [f"  [{n}] {clean(url, 200)}" for url, n in numbers.items()]
        field = None
        for f in rows:
            if f["field"] != field:
                field = f["field"]
                lines.append(f"  {field}")
            key = f"{clean(f['key'], 60)}: " if f["key"] else ""
            cited = ",".join(str(numbers[s]) for s in f.get("sources") or [])
            lines.append(f"    {key}{clean(f['value'], 120)}  [{cited}]")
        lines.append("")
    return "\n".join(lines).rstrip()


def render_facts(facts: list[dict], fmt: str) -> str:
    return facts_json(facts) if fmt == "json" else facts_text(facts)
