"""Scheduling arithmetic with an injected clock, never a sleep: intervals, jitter bounds, backoff, restart."""
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

import pytest

from tracker import schedule as sch

T0 = datetime(2024, 1, 10, 12, 0, 0, tzinfo=timezone.utc)


@dataclass
class Row:
    """The fields of a store SourceRow that scheduling reads."""

    id: int
    url: str
    work: str = "Metallic Rouge"
    every: str | None = None
    last_fetch_at: str | None = None
    fail_streak: int = 0


def z(dt: datetime) -> str:
    return sch.iso(dt)


# ---------------------------------------------------------------- intervals
@pytest.mark.parametrize("every,default,seconds", [
    ("90s", "6h", 90), ("30m", "6h", 1800), (None, "6h", 21600), (None, "1d", 86400), ("", "2h", 7200),
    (None, None, 21600), ("1s", "6h", 1), ("0.1s", "6h", sch.MIN_INTERVAL), (None, 45, 45),
])
def test_interval_from_source_else_global_setting(every, default, seconds):
    assert sch.interval_seconds(every, default) == seconds


def test_invalid_interval_falls_back_to_the_global_one():
    assert sch.interval_seconds("soon", "2h") == 7200


# ---------------------------------------------------------------- jitter
def test_jitter_is_deterministic_per_source_and_within_bounds():
    keys = [f"https://example.org/{n}\nWork" for n in range(500)]
    for delay in (1, 90, 3600, 6 * 3600, 7 * 86400):
        bound = min(sch.JITTER_FRACTION * delay, sch.JITTER_MAX)
        values = [sch.jitter_seconds(k, delay) for k in keys]
        assert all(0 <= v < bound for v in values)
        assert values == [sch.jitter_seconds(k, delay) for k in keys]  # same in every process
    # spread: sources added together do not fire together
    six_h = [sch.jitter_seconds(k, 6 * 3600) for k in keys]
    assert len({round(v) for v in six_h}) > 300  # ~383 expected of 500 in 900 one-second slots
    assert max(six_h) - min(six_h) > 0.9 * sch.JITTER_MAX


def test_jitter_capped_for_long_intervals():
    assert all(sch.jitter_seconds(f"k{n}", 30 * 86400) < sch.JITTER_MAX for n in range(100))


# ---------------------------------------------------------------- backoff
def test_backoff_doubles_per_failure_and_is_capped():
    hour = 3600.0
    assert [sch.backoff_seconds(hour, n) for n in range(7)] == [hour, hour, 2 * hour, 4 * hour, 8 * hour,
                                                                16 * hour, 24 * hour]
    assert sch.backoff_seconds(hour, 1000) == sch.BACKOFF_CAP  # no overflow
    # an interval longer than the cap is never shortened by the cap
    assert sch.backoff_seconds(7 * 86400.0, 5) == 7 * 86400.0
    assert sch.backoff_seconds(1.0, 5, cap=10) == 10


def test_failing_source_is_due_later_and_later_up_to_the_cap():
    dues = [sch.next_due(last_fetch_at=z(T0), interval=3600, key="k", fail_streak=n) - T0 for n in range(12)]
    assert dues == sorted(dues)
    assert dues[-1] <= timedelta(seconds=sch.BACKOFF_CAP + sch.JITTER_MAX)
    assert dues[0] >= timedelta(hours=1)


# ---------------------------------------------------------------- next due
def test_never_fetched_is_due_now():
    assert sch.next_due(last_fetch_at=None, interval=60, key="k") is None
    [p] = sch.plan([Row(1, "http://a/")], "6h", T0)
    assert p.due == T0 and p.overdue


def test_next_due_is_last_fetch_plus_interval_plus_jitter():
    due = sch.next_due(last_fetch_at="2024-01-10T12:00:00Z", interval=6 * 3600, key="k")
    assert T0 + timedelta(hours=6) <= due < T0 + timedelta(hours=6, seconds=sch.JITTER_MAX)
    assert due == T0 + timedelta(hours=6, seconds=sch.jitter_seconds("k", 6 * 3600))


def test_retry_after_pushes_later_never_earlier():
    base = sch.next_due(last_fetch_at=T0, interval=60, key="k")
    assert sch.next_due(last_fetch_at=T0, interval=60, key="k", retry_after=3600) == T0 + timedelta(hours=1)
    assert sch.next_due(last_fetch_at=T0, interval=60, key="k", retry_after=1) == base
    assert sch.next_due(last_fetch_at=T0, interval=60, key="k", retry_at=T0 + timedelta(days=1)) == T0 + timedelta(days=1)


def test_plan_honours_a_host_retry_after_even_for_a_new_source():
    hold = T0 + timedelta(minutes=10)
    plans = sch.plan([Row(1, "http://a.example/x"), Row(2, "http://b.example/y")], "6h", T0,
                     retry_at={"a.example": hold})
    assert {p.source_id: p.due for p in plans} == {1: hold, 2: T0}
    assert [p.source_id for p in plans] == [2, 1]


def test_resume_after_restart_derives_due_times_from_last_fetch():
    """A restart plans exactly what the stopped process would have: nothing recently fetched is refetched."""
    rows = [Row(1, "http://a/1", last_fetch_at=z(T0 - timedelta(minutes=5)), every="1h"),
            Row(2, "http://a/2", last_fetch_at=z(T0 - timedelta(hours=2)), every="1h"),
            Row(3, "http://a/3"),
            Row(4, "http://a/4", last_fetch_at=z(T0 - timedelta(hours=3)), every="1h", fail_streak=3)]
    before = sch.plan(rows, "6h", T0)
    after_restart = sch.plan(rows, "6h", T0)  # a new process, same database, same clock
    assert before == after_restart
    by_id = {p.source_id: p for p in before}
    assert not by_id[1].overdue and by_id[1].due > T0 + timedelta(minutes=54)
    assert by_id[2].overdue and by_id[3].overdue
    # failing 3 times: 4h after its last fetch, so 1h from now, not now
    assert not by_id[4].overdue
    assert T0 + timedelta(hours=1) <= by_id[4].due < T0 + timedelta(hours=1, seconds=sch.JITTER_MAX)


def test_a_sleeping_laptop_gets_one_run_per_source_not_a_backlog():
    rows = [Row(1, "http://a/1", last_fetch_at=z(T0), every="1m")]
    woke = T0 + timedelta(days=3)
    [p] = sch.plan(rows, "6h", woke)
    assert p.overdue  # due once: the plan is one time per source, whatever the number of missed intervals


def test_parse_iso_accepts_the_store_format_and_naive_times():
    assert sch.parse_iso("2024-01-10T12:00:00Z") == T0
    assert sch.parse_iso("2024-01-10T12:00:00") == T0
    assert sch.parse_iso("2024-01-10T21:00:00+09:00") == T0
    assert sch.parse_iso("") is None and sch.parse_iso("garbage") is None


# ---------------------------------------------------------------- lock, Retry-After observer
def test_a_second_lock_on_the_same_database_is_refused(tmp_path):
    from tracker.errors import DatabaseError

    db = tmp_path / "t.db"
    with sch.ScheduleLock(db):
        with pytest.raises(DatabaseError, match=r"already running on .*t\.db \(pid \d+\)") as info:
            sch.ScheduleLock(db).acquire()
        assert info.value.exit_code == 2 and "\n" not in info.value.message
    with sch.ScheduleLock(db):  # released: free again
        pass


def test_retry_after_puts_the_host_on_hold():
    import httpx

    from tracker.politeness import HostGate, retry_after_observer

    gate = HostGate(clock=lambda: 100.0)
    answers = iter([httpx.Response(503, headers={"Retry-After": "120"}), httpx.Response(200, text="ok")])
    transport = retry_after_observer(httpx.MockTransport(lambda request: next(answers)), gate)
    with httpx.Client(transport=transport) as client:
        assert client.get("http://busy.example/a").status_code == 503
        assert gate.held_until("busy.example") == 220.0
        assert client.get("http://busy.example/a").status_code == 200
    plans = sch.plan([Row(1, "http://busy.example/a", last_fetch_at=z(T0), every="1s")], "6h", T0,
                     retry_at={"busy.example": T0 + timedelta(seconds=120)})
    assert plans[0].due == T0 + timedelta(seconds=120)


def test_next_due_iso_for_the_store_matches_the_scheduler():
    got = sch.next_due_iso(url="http://a/x", every=None, default_every="1h", last_fetch_at="2024-01-10T12:00:00Z",
                           fail_streak=2)
    row = Row(1, "http://a/x", last_fetch_at="2024-01-10T12:00:00Z", fail_streak=2)
    assert got == sch.iso(sch.due_for(row, "1h"))
    assert "2024-01-10T14:00:00Z" <= got < "2024-01-10T14:13:00Z"


# ---------------------------------------------------------------- the loop, in process (a fake store)
class FakeStore:
    """Just enough of Store for the scheduler's own paths; `fail` makes sources() raise after `ok_reads`."""

    def __init__(self, rows, *, fail_after=None):
        self.rows, self.reads, self.fail_after = rows, 0, fail_after

    def sources(self):
        self.reads += 1
        if self.fail_after is not None and self.reads > self.fail_after:
            from tracker.errors import DatabaseError

            raise DatabaseError("database error on t.db: no such column: s.whatever")
        return list(self.rows)

    def get_settings(self):
        return {"every": "6h", "per_host": 4, "host_delay": "0s"}

    def close(self):
        pass


def test_a_run_that_fails_before_the_database_backs_off_instead_of_spinning(caplog):
    """A job whose run raises (a broken database) must not fire again at once, nor be put back by sync."""
    from tracker.politeness import RobotsCache

    rows = [Row(1, "http://a.example/x")]
    good = lambda: FakeStore(rows)  # noqa: E731
    bad = lambda: FakeStore(rows, fail_after=0)  # noqa: E731
    s = sch.Scheduler(good, clock=lambda: T0, robots=RobotsCache(fetch_text=lambda u: (404, "")))
    try:
        s._aps.start(paused=True)
        s.sync()
        assert s._aps.get_job("source:1").next_run_time == T0  # never fetched: due now
        s.store_factory = bad
        s.run_source(1)
        assert s._aps.get_job("source:1").next_run_time == T0 + timedelta(seconds=sch.ERROR_BACKOFF)
        s.store_factory = good
        s.sync()  # the database still says "due now": the backoff holds
        assert s._aps.get_job("source:1").next_run_time == T0 + timedelta(seconds=sch.ERROR_BACKOFF)
        s.store_factory = bad
        s.run_source(1)
        assert s._aps.get_job("source:1").next_run_time == T0 + timedelta(seconds=2 * sch.ERROR_BACKOFF)
        assert "the scheduled run failed (database error on t.db: no such column" in caplog.text
        assert "Traceback" not in caplog.text  # a one-line error stays one line
        assert s.stats.failures == 2
    finally:
        s._aps.shutdown(wait=False)


def test_sync_adds_moves_and_drops_jobs_from_the_database():
    from tracker.politeness import RobotsCache

    rows = [Row(1, "http://a.example/x", last_fetch_at=z(T0 - timedelta(minutes=10)), every="1h"),
            Row(2, "http://a.example/y")]
    s = sch.Scheduler(lambda: FakeStore(rows), clock=lambda: T0, robots=RobotsCache(fetch_text=lambda u: (404, "")))
    try:
        s._aps.start(paused=True)
        s.sync(first=True)
        jobs = {j.id: j.next_run_time for j in s._aps.get_jobs()}
        assert jobs["source:2"] == T0
        assert T0 + timedelta(minutes=50) <= jobs["source:1"] < T0 + timedelta(minutes=56)
        rows[0].every = "2h"            # changed
        del rows[1]                     # removed
        rows.append(Row(3, "http://b.example/z"))  # added
        s.sync()
        jobs = {j.id: j.next_run_time for j in s._aps.get_jobs()}
        assert set(jobs) == {"source:1", "source:3"}
        assert jobs["source:1"] >= T0 + timedelta(minutes=110) and jobs["source:3"] == T0
    finally:
        s._aps.shutdown(wait=False)
