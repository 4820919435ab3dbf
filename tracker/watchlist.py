"""The watchlist file (TOML) and the small value types it carries: durations, sizes, URLs.

    [settings]            optional; every key has a default (DEFAULT_SETTINGS)
    [[source]]            url, work, aliases, every, extractor, css = {field = "selector"}

Parsing validates everything up front, so a broken file changes nothing and says what is wrong in one line.
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from .errors import ConfigError

DEFAULT_SETTINGS = {
    "every": "6h",
    "per_host": 4,
    "concurrency": 32,                 # fetches at once in a run, over all hosts
    "host_delay": "0s",
    "confirm_retraction": 2,
    "flap_window": 3,
    "max_body": "10MB",
    "timeout": "20s",                  # per-read fetch timeout; a whole fetch may take 3x this
}
FACT_FIELDS_FOR_CSS = {
    "release_date", "episodes", "cast", "theme_song", "trailer",
    "staff", "studio", "broadcaster", "streaming", "premiere_event",
}

_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(s|sec|m|min|h|d|w)?\s*$", re.I)
_UNITS = {"s": 1, "sec": 1, "m": 60, "min": 60, "h": 3600, "d": 86400, "w": 604800, None: 1}
_SIZE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(b|kb|k|mb|m|gb|g|kib|mib|gib)?\s*$", re.I)
_SIZE_UNITS = {None: 1, "b": 1, "k": 1000, "kb": 1000, "m": 10**6, "mb": 10**6, "g": 10**9, "gb": 10**9,
               "kib": 1024, "mib": 1024**2, "gib": 1024**3}


#: The longest duration anything accepts (an interval, a timeout, --since): 100 years. Longer ones are
#: typos, and date arithmetic with them overflows.
MAX_DURATION = 100 * 365 * 86400


def parse_duration(text: str | int | float) -> float:
    """'90s', '30m', '6h', '1d' -> seconds."""
    if isinstance(text, (int, float)) and not isinstance(text, bool):
        if not 0 <= text <= MAX_DURATION:
            raise ConfigError(f"invalid duration {text!r}: from 0 to {MAX_DURATION // 86400:.0f}d")
        return float(text)
    m = _DURATION.match(str(text))
    if not m:
        raise ConfigError(f"invalid duration {str(text)!r}: use e.g. 90s, 30m, 6h, 1d")
    seconds = float(m.group(1)) * _UNITS[(m.group(2) or "").lower() or None]
    if seconds > MAX_DURATION:
        raise ConfigError(f"invalid duration {str(text)!r}: at most {MAX_DURATION // 86400:.0f}d")
    return seconds


def parse_size(text: str | int) -> int:
    """'10MB' -> 10_000_000 bytes."""
    if isinstance(text, int) and not isinstance(text, bool):
        return text
    m = _SIZE.match(str(text))
    if not m:
        raise ConfigError(f"invalid size {str(text)!r}: use e.g. 500KB, 10MB")
    return int(float(m.group(1)) * _SIZE_UNITS[(m.group(2) or "").lower() or None])


def check_url(url: str) -> str:
    """Only absolute http(s) URLs with a host: no file:, no javascript:, no relative paths."""
    url = url.strip()
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError for a port that is not a number in 0-65535
    except ValueError as exc:
        raise ConfigError(f"invalid URL {url!r}: {exc}") from None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise ConfigError(f"invalid URL {url!r}: only absolute http:// or https:// URLs can be watched")
    if parts.port == 0:
        raise ConfigError(f"invalid URL {url!r}: port 0")
    if any(ord(c) < 32 or c == " " for c in url):
        raise ConfigError(f"invalid URL {url!r}: contains spaces or control characters")
    return url


def check_extractor(name: str) -> str:
    from .extract import extractor_names

    names = extractor_names()
    if name not in names:
        raise ConfigError(f"unknown extractor {name!r}: choose one of {', '.join(names)}")
    return name


@dataclass(frozen=True)
class SourceSpec:
    url: str
    work: str
    aliases: tuple[str, ...] = ()
    every: str | None = None
    extractor: str = "auto"
    css: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Watchlist:
    settings: dict
    sources: list[SourceSpec]


def check_settings(raw: dict) -> dict:
    unknown = set(raw) - set(DEFAULT_SETTINGS)
    if unknown:
        raise ConfigError(f"unknown setting(s) {', '.join(sorted(unknown))}: known are {', '.join(DEFAULT_SETTINGS)}")
    out = dict(DEFAULT_SETTINGS, **raw)
    parse_duration(out["every"])
    parse_duration(out["host_delay"])
    if parse_duration(out["timeout"]) <= 0:
        raise ConfigError(f"setting timeout must be a positive duration, not {out['timeout']!r}")
    parse_size(out["max_body"])
    for key in ("per_host", "concurrency", "confirm_retraction", "flap_window"):
        if not isinstance(out[key], int) or isinstance(out[key], bool) or out[key] < 1:
            raise ConfigError(f"setting {key} must be a whole number of at least 1, not {out[key]!r}")
    return out


def load(path: str | Path) -> Watchlist:
    """Read and validate a watchlist file; ConfigError (one line) for anything unusable."""
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"watchlist not found: {path}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read watchlist {path}: {exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from None
    return parse(data, str(path))


def parse(data: dict, where: str = "watchlist") -> Watchlist:
    unknown = set(data) - {"settings", "source"}
    if unknown:
        raise ConfigError(f"{where}: unknown section(s) {', '.join(sorted(unknown))}: use [settings] and [[source]]")
    settings = data.get("settings", {})
    if not isinstance(settings, dict):
        raise ConfigError(f"{where}: [settings] must be a table")
    settings = check_settings(settings)
    raw_sources = data.get("source", [])
    if not isinstance(raw_sources, list):
        raise ConfigError(f"{where}: sources are written as [[source]] tables")
    specs = []
    for n, s in enumerate(raw_sources, 1):
        if not isinstance(s, dict):
            raise ConfigError(f"{where}: source #{n} must be a table")
        specs.append(_source(s, f"{where}: source #{n}"))
    return Watchlist(settings, specs)


def _source(s: dict, where: str) -> SourceSpec:
    allowed = {"url", "work", "aliases", "every", "extractor", "css"}
    unknown = set(s) - allowed
    if unknown:
        raise ConfigError(f"{where}: unknown key(s) {', '.join(sorted(unknown))}")
    for key in ("url", "work"):
        if not isinstance(s.get(key), str) or not s[key].strip():
            raise ConfigError(f"{where}: '{key}' is required and must be text")
    aliases = s.get("aliases", [])
    if isinstance(aliases, str):
        aliases = [aliases]
    if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
        raise ConfigError(f"{where}: 'aliases' must be a list of names")
    every = s.get("every")
    if every is not None:
        parse_duration(every)
    extractor = check_extractor(s.get("extractor", "auto"))
    css = s.get("css", {})
    if not isinstance(css, dict) or not all(isinstance(v, str) for v in css.values()):
        raise ConfigError(f"{where}: [source.css] maps a field to a CSS selector")
    bad = set(css) - FACT_FIELDS_FOR_CSS
    if bad:
        raise ConfigError(f"{where}: CSS rules for unknown field(s) {', '.join(sorted(bad))}")
    for fld, selector in css.items():
        _check_selector(selector, f"{where}: css.{fld}")
    return SourceSpec(check_url(s["url"]), s["work"].strip(), tuple(a.strip() for a in aliases if a.strip()),
                      str(every) if every is not None else None, extractor, dict(css))


def _check_selector(selector: str, where: str) -> None:
    import soupsieve

    try:
        soupsieve.compile(selector)
    except Exception as exc:  # soupsieve raises SelectorSyntaxError, a ValueError-like
        raise ConfigError(f"{where}: invalid CSS selector {selector!r}: {str(exc).splitlines()[0]}") from None
