"""Flapping: a page that alternates between two versions (an A/B test) or shows a fact only every other
fetch must not log a stream of revealed/retracted (or changed/changed back) pairs. The retraction rule
is configurable through the watchlist's [settings]: `confirm_retraction` (healthy fetches without a
fact before it is retracted) and `flap_window` (a return to a value stated within this many fetches is
no news); both are honoured, and setting them to 1 brings the stream back, which shows they are read.

Real runs of the CLI (in-process through click's runner, to keep ~40 runs fast) against a real local
HTTP server and real SQLite files.
"""
from __future__ import annotations

import sqlite3
from collections import Counter

import pytest
from click.testing import CliRunner

from faultserver import FaultServer, healthy_page
from tracker.cli import cli

RUNS = 10
BASE_CAST = [("ルージュ・レッドスター", "宮本侑芽"), ("ナオミ・オルトマン", "黒沢ともよ")]
EXTRA = ("ジル・スタッフ", "佐藤未来")
THEME = '<h2>MUSIC</h2><p class="song">オープニングテーマ：「Rouge」YU-KA</p>'


def page_every_other(tick: int) -> str:
    """A cast line present on even ticks only (a flapping cache, an A/B test of the cast block)."""
    return healthy_page("Flap Every Other", cast=BASE_CAST + ([EXTRA] if tick % 2 == 0 else []))


def page_ab_episodes(tick: int) -> str:
    """A one-value fact with two values, alternating (an A/B test of the episode count)."""
    return healthy_page("Flap AB Episodes", episodes=12 if tick % 2 == 0 else 13)


def page_ab_versions(tick: int) -> str:
    """Two whole versions of a page: B drops a block (the music section) and adds another (a cast line)."""
    if tick % 2 == 0:
        return healthy_page("Flap AB Versions", extra=THEME)
    return healthy_page("Flap AB Versions", cast=BASE_CAST + [EXTRA])


def page_removed(tick: int) -> str:
    """A cast line stated on the first fetch only, then gone for good: a real retraction."""
    return healthy_page("Flap Removed", cast=BASE_CAST + ([EXTRA] if tick == 0 else []))


def page_removed_503(tick: int) -> str:
    """Like page_removed, with a 503 on the third fetch (see FAULTED): that fetch must not count."""
    return healthy_page("Flap Removed 503", cast=BASE_CAST + ([EXTRA] if tick == 0 else []))


def page_flaky_503(tick: int) -> str:
    """With the cast line, 503, without it, 503, … : healthy fetches alternate, never two misses in a row."""
    return healthy_page("Flap Flaky 503", cast=BASE_CAST + ([EXTRA] if tick % 4 == 0 else []))


def page_layout_flap(tick: int) -> str:
    """The full page, then twice a broken layout (most blocks gone, under half the facts), then the full
    page twice, and so on: the repeated smaller set becomes the new normal, its lost facts are kept."""
    import re

    full = healthy_page("Flap Layout")
    if tick % 4 in (1, 2):
        return re.sub(r'<div class="onair">.*?</article>', "</article>", full, flags=re.S)
    return full


#: path -> ticks on which it answers 503 instead of its page
FAULTED = {"/removed-503": {2}, "/flaky-503": {t for t in range(100) if t % 2 == 1}}

PAGES = {"/layout-flap": page_layout_flap, "/removed-503": page_removed_503, "/flaky-503": page_flaky_503, "/every-other": page_every_other, "/ab-episodes": page_ab_episodes, "/ab-versions": page_ab_versions,
         "/removed": page_removed}
WORKS = {"/layout-flap": "Flap Layout", "/removed-503": "Flap Removed 503", "/flaky-503": "Flap Flaky 503", "/every-other": "Flap Every Other", "/ab-episodes": "Flap AB Episodes",
         "/ab-versions": "Flap AB Versions", "/removed": "Flap Removed"}
CONFIGS = {  # name -> [settings] lines (None: the defaults, confirm_retraction 2 and flap_window 3)
    "defaults": None,
    "explicit-defaults": {"confirm_retraction": 2, "flap_window": 3},
    "no-protection": {"confirm_retraction": 1, "flap_window": 1},
    "confirm-3": {"confirm_retraction": 3, "flap_window": 3},
}


def _invoke(*args: str):
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    return result


@pytest.fixture(scope="module")
def timeline(tmp_path_factory):
    """Every config's database, run RUNS times; the changes logged per (config, path) and per run."""
    tmp = tmp_path_factory.mktemp("flapping")
    dbs = {}
    per_run: dict[str, list[list[dict]]] = {name: [] for name in CONFIGS}
    with FaultServer() as server:
        for name, settings in CONFIGS.items():
            lines = []
            if settings is not None:
                lines += ["[settings]", *(f"{k} = {v}" for k, v in settings.items()), ""]
            for path, work in WORKS.items():
                lines += ["[[source]]", f'url = "{server.url(path)}"', f'work = "{work}"', ""]
            wl = tmp / f"{name}.toml"
            wl.write_text("\n".join(lines), encoding="utf-8")
            dbs[name] = tmp / f"{name}.db"
            result = _invoke("--db", str(dbs[name]), "import", str(wl))
            assert result.exit_code == 0, result.output
        for tick in range(RUNS):
            for path, make in PAGES.items():
                server.page(path, make(tick))
                server.fault(path, "http-503" if tick in FAULTED.get(path, ()) else None)
            for name, db in dbs.items():
                before = _max_id(db)
                result = _invoke("--db", str(db), "run")
                assert result.exit_code in (0, 1), result.output
                per_run[name].append(_changes(db, after=before))
        base = server.url("")
    return {"dbs": dbs, "per_run": per_run, "base": base}


def _max_id(db) -> int:
    with sqlite3.connect(db) as conn:
        return conn.execute("select coalesce(max(id), 0) from changes").fetchone()[0]


def _changes(db, after: int = 0) -> list[dict]:
    with sqlite3.connect(db) as conn:
        conn.row_factory = sqlite3.Row
        return [dict(r) for r in conn.execute(
            "select c.*, s.url as url from changes c join sources s on s.id = c.source_id "
            "where c.id > ? order by c.id", (after,))]


def _for(timeline, config: str, path: str) -> list[list[dict]]:
    url = timeline["base"] + path
    return [[c for c in run if c["url"] == url] for run in timeline["per_run"][config]]


def _kinds(runs: list[list[dict]], skip_first: bool = True) -> Counter:
    return Counter(c["kind"] for run in runs[1 if skip_first else 0:] for c in run)


@pytest.mark.parametrize("config", ["defaults", "explicit-defaults", "confirm-3"])
def test_a_fact_every_other_fetch_is_revealed_once_and_never_retracted(timeline, config):
    runs = _for(timeline, config, "/every-other")
    assert runs[0], "the first fetch revealed the page's facts"
    extra = [c for run in runs for c in run if c["field"] == "cast" and "佐藤未来" in (c["new"] or c["old"] or "")]
    assert Counter(c["kind"] for c in extra) == Counter({"revealed": 1}), extra
    assert _kinds(runs) == Counter(), f"after the first run: {_kinds(runs)}"


@pytest.mark.parametrize("config", ["defaults", "explicit-defaults", "confirm-3"])
def test_an_ab_test_of_one_value_is_not_a_stream_of_changes(timeline, config):
    runs = _for(timeline, config, "/ab-episodes")
    episodes = [c for run in runs for c in run if c["field"] == "episodes"]
    kinds = Counter(c["kind"] for c in episodes)
    assert kinds["revealed"] == 1 and kinds["retracted"] == 0, episodes
    # the first switch is news (the source replaced its own value); every return after it is not
    assert kinds["changed"] <= 1, [(c["kind"], c["old"], c["new"]) for c in episodes]
    assert sum(kinds.values()) <= 2


@pytest.mark.parametrize("config", ["defaults", "explicit-defaults", "confirm-3"])
def test_two_alternating_versions_settle(timeline, config):
    runs = _for(timeline, config, "/ab-versions")
    later = _kinds(runs[3:], skip_first=False)
    assert later == Counter(), f"runs 4-{RUNS} still log {later}: " + str(
        [(c["kind"], c["field"], c["key"], c["new"]) for run in runs[3:] for c in run][:10])
    assert _kinds(runs)["retracted"] == 0


@pytest.mark.parametrize("config, retracted_at", [("defaults", 2), ("explicit-defaults", 2), ("confirm-3", 3),
                                                   ("no-protection", 1)])
def test_a_real_removal_is_retracted_after_confirm_retraction_fetches(timeline, config, retracted_at):
    runs = _for(timeline, config, "/removed")
    retracted = [(i, c) for i, run in enumerate(runs) for c in run if c["kind"] == "retracted"]
    assert [i for i, _ in retracted] == [retracted_at], \
        f"{config}: retracted in runs {[i for i, _ in retracted]}, wanted run {retracted_at} only"
    assert "佐藤未来" in (retracted[0][1]["old"] or "")


def test_without_protection_the_settings_are_visibly_honoured(timeline):
    """confirm_retraction = 1 and flap_window = 1 (what a user may ask for): every absence is a
    retraction and every return news, which the defaults suppress; so the settings are read."""
    every_other = _kinds(_for(timeline, "no-protection", "/every-other"))
    assert every_other["retracted"] >= (RUNS - 1) // 2 - 1, every_other
    assert every_other["revealed"] >= (RUNS - 1) // 2 - 1, every_other
    ab = [c for run in _for(timeline, "no-protection", "/ab-episodes") for c in run if c["field"] == "episodes"]
    assert Counter(c["kind"] for c in ab)["changed"] >= 3, [(c["kind"], c["old"], c["new"]) for c in ab]


def test_settings_are_stored_from_the_watchlist(timeline):
    for name, settings in CONFIGS.items():
        result = _invoke("--db", str(timeline["dbs"][name]), "sources", "--format", "json")
        assert result.exit_code == 0
        if settings is None:
            continue
        with sqlite3.connect(timeline["dbs"][name]) as conn:
            stored = dict(conn.execute("select name, value from settings"))
        for key, value in settings.items():
            assert str(stored.get(key)).strip('"') == str(value), (name, key, stored.get(key))


@pytest.mark.parametrize("config, retracted_at", [("defaults", 3), ("explicit-defaults", 3), ("confirm-3", 4),
                                                   ("no-protection", 1)])
def test_an_unhealthy_fetch_neither_counts_nor_breaks_the_confirmation(timeline, config, retracted_at):
    """Removed after fetch 0; fetch 2 is a 503: the retraction needs confirm_retraction *healthy* fetches
    without the fact (1 and 3 for the default 2), and the 503 in between does not reset the count."""
    runs = _for(timeline, config, "/removed-503")
    retracted = [i for i, run in enumerate(runs) for c in run if c["kind"] == "retracted"]
    assert retracted == [retracted_at], f"{config}: retracted in runs {retracted}, wanted {retracted_at}"


@pytest.mark.parametrize("config", ["defaults", "explicit-defaults", "confirm-3"])
def test_misses_separated_by_errors_are_not_consecutive(timeline, config):
    runs = _for(timeline, config, "/flaky-503")
    assert _kinds(runs) == Counter(), _kinds(runs)


@pytest.mark.parametrize("config", ["defaults", "confirm-3", "no-protection"])
def test_a_layout_that_breaks_and_recovers_loses_nothing(timeline, config):
    """A broken layout twice in a row is the new normal (healthy, flagged), but the facts it lost are kept,
    not retracted, whatever confirm_retraction says; the full page back logs nothing."""
    runs = _for(timeline, config, "/layout-flap")
    assert runs[0]
    assert _kinds(runs) == Counter(), [(i, c["kind"], c["field"], c["key"]) for i, run in enumerate(runs)
                                       for c in run][len(runs[0]):][:10]


# ------------------------------------------------------------------------------ the same rules, generally (pure diff)

from hypothesis import given, settings as hsettings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from tracker.model import Fact, Verdict  # noqa: E402

#: Per field·key, the values a page may state (None: the page says nothing about it).
GROUPS = [
    [Fact("release_date", "", "2024-01", "", "month"), Fact("release_date", "", "2024-01-10", "", "day"),
     Fact("release_date", "", "2024-04", "", "month")],
    [Fact("episodes", "", "12"), Fact("episodes", "", "13")],
    [Fact("cast", "Rouge Redstar", "Yume Miyamoto"), Fact("cast", "Rouge Redstar", "Kana Hanazawa")],
    [Fact("cast", "Naomi Orthmann", "Tomoyo Kurosawa")],
    [Fact("staff", "director", "Yutaka Izubuchi")],
    [Fact("staff", "music", "Taisei Iwasaki")],
    [Fact("studio", "Bones", "Bones")],
    [Fact("broadcaster", "Fuji TV", "Fuji TV"), Fact("broadcaster", "Fuji TV", "Fuji TV (+Ultra)")],
    [Fact("theme_song", "opening 1", "Rouge — YU-KA"), Fact("theme_song", "opening 1", "Rouge")],
    [Fact("theme_song", "ending 1", "Crimson Lightning — Taisei Iwasaki")],
]
page_st = st.tuples(*[st.sampled_from([None, *range(len(g))]) for g in GROUPS]).map(
    lambda picks: [GROUPS[i][p] for i, p in enumerate(picks) if p is not None])
HEALTHY = Verdict(True)


def _diff_sequence(pages, settings=None):
    from tracker.diff import SourceState, WorkState, diff

    ss, ws = SourceState(1), WorkState("Metallic Rouge")
    logged = []
    for n, facts in enumerate(pages):
        res = diff(1, "https://example.org/a", "Metallic Rouge", facts, HEALTHY, ss, ws,
                   f"2024-01-{n + 1:02d}T00:00:00Z", settings)
        ss, ws = res.source_state, res.work_state
        logged.append(res.changes)
    return logged, ss, ws


@hsettings(max_examples=150, deadline=None)
@given(a=page_st, b=page_st)
def test_any_two_alternating_versions_settle(a, b):
    """A/B, A/B, …: no retraction ever, and nothing at all from the fifth fetch on (defaults)."""
    logged, _, _ = _diff_sequence([a, b] * 5)
    assert not [c for run in logged for c in run if c.kind == "retracted"], logged
    late = [(c.kind, c.field, c.key, c.old, c.new) for run in logged[4:] for c in run]
    assert late == [], late


@hsettings(max_examples=150, deadline=None)
@given(pages=st.lists(page_st, min_size=1, max_size=5))
def test_the_same_content_again_logs_only_confirmed_retractions(pages):
    logged, _, _ = _diff_sequence(pages + [pages[-1]])
    assert all(c.kind == "retracted" for c in logged[-1]), logged[-1]


@hsettings(max_examples=150, deadline=None)
@given(pages=st.lists(page_st, min_size=1, max_size=4), noise=page_st)
def test_an_unhealthy_fetch_changes_nothing(pages, noise):
    from tracker.diff import diff

    _, ss, ws = _diff_sequence(pages)
    for verdict in (Verdict(False, "HTTP 503"), Verdict(False, "no facts (the last healthy fetch had 9)")):
        res = diff(1, "https://example.org/a", "Metallic Rouge", noise, verdict, ss, ws, "2024-02-01T00:00:00Z")
        assert res.changes == []
        assert res.source_state == ss and res.work_state == ws


@hsettings(max_examples=150, deadline=None)
@given(stable=page_st, a=page_st, b=page_st)
def test_a_flapping_source_beside_a_stable_one_settles(stable, a, b):
    """Source 1 says the same thing every time; source 2 alternates A/B. Diffed in source order per run,
    as `run` does: from the fifth run on nothing is logged, and nothing is ever retracted."""
    from tracker.diff import SourceState, WorkState, diff

    states = {1: SourceState(1), 2: SourceState(2)}
    ws = WorkState("Metallic Rouge")
    logged = []
    for n in range(10):
        run = []
        for sid, facts in ((1, stable), (2, a if n % 2 == 0 else b)):
            res = diff(sid, f"https://example.org/{sid}", "Metallic Rouge", facts, HEALTHY, states[sid], ws,
                       f"2024-01-{n + 1:02d}T00:00:00Z")
            states[sid], ws = res.source_state, res.work_state
            run += res.changes
        logged.append(run)
    assert not [c for run in logged for c in run if c.kind == "retracted"], logged
    late = [(c.kind, c.field, c.key, c.old, c.new, c.source[-1]) for run in logged[4:] for c in run]
    assert late == [], late
