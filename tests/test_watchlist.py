"""The watchlist file and its value types: every mistake is one clear ConfigError, nothing half-applied."""
import pytest

from tracker.errors import ConfigError
from tracker.watchlist import load, parse_duration, parse_size, check_url


@pytest.mark.parametrize("text,seconds", [("90s", 90), ("30m", 1800), ("6h", 21600), ("1d", 86400), ("2w", 1209600), (45, 45)])
def test_durations_in_design_units(text, seconds):
    assert parse_duration(text) == seconds


@pytest.mark.parametrize("text", ["", "six hours", "6x", "-1h"])
def test_bad_duration_is_a_config_error(text):
    with pytest.raises(ConfigError, match="invalid duration"):
        parse_duration(text)


def test_sizes():
    assert parse_size("10MB") == 10_000_000
    assert parse_size("512KiB") == 524288
    with pytest.raises(ConfigError):
        parse_size("big")


@pytest.mark.parametrize("url", ["file:///etc/passwd", "javascript:alert(1)", "ftp://example.org/x", "/relative/path",
                                 "http://", "https://exa mple.org/"])
def test_only_absolute_http_urls(url):
    with pytest.raises(ConfigError, match="invalid URL"):
        check_url(url)


def test_full_watchlist_parses_with_defaults(tmp_path):
    path = tmp_path / "w.toml"
    path.write_text('''
[settings]
every = "2h"
confirm_retraction = 3

[[source]]
url = "https://example.org/news/metallic-rouge"
work = "Metallic Rouge"
aliases = ["メタリックルージュ"]

[[source]]
url = "https://example.jp/staff/"
work = "Metallic Rouge"
every = "1d"
[source.css]
staff = "dl.staff dd"
''', encoding="utf-8")
    wl = load(path)
    assert wl.settings["every"] == "2h" and wl.settings["confirm_retraction"] == 3
    assert wl.settings["flap_window"] == 3  # default kept
    assert [s.url for s in wl.sources] == ["https://example.org/news/metallic-rouge", "https://example.jp/staff/"]
    assert wl.sources[0].aliases == ("メタリックルージュ",)
    assert wl.sources[1].css == {"staff": "dl.staff dd"} and wl.sources[1].every == "1d"


@pytest.mark.parametrize("body,message", [
    ("[[source]]\nurl = 'https://a.org'\n", "'work' is required"),
    ("[[source]\n", "not valid TOML"),
    ("[settings]\nretries = 3\n", "unknown setting"),
    ("[settings]\nconfirm_retraction = 0\n", "at least 1"),
    ("[settings]\nconcurrency = 0\n", "concurrency must be a whole number of at least 1"),
    ("[[source]]\nurl = 'https://a.org'\nwork = 'W'\nextractor = 'magic'\n", "unknown extractor"),
    ("[[source]]\nurl = 'https://a.org'\nwork = 'W'\n[source.css]\nstaff = 'dl[[['\n", "invalid CSS selector"),
    ("[[source]]\nurl = 'https://a.org'\nwork = 'W'\n[source.css]\nplot = 'p'\n", "unknown field"),
    ("[[sources]]\nurl = 'https://a.org'\n", "unknown section"),
])
def test_broken_watchlists_say_what_is_wrong_in_one_line(tmp_path, body, message):
    path = tmp_path / "w.toml"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(ConfigError, match=message) as info:
        load(path)
    assert "\n" not in str(info.value)


def test_missing_watchlist(tmp_path):
    with pytest.raises(ConfigError, match="not found"):
        load(tmp_path / "nope.toml")
