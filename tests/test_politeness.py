"""robots.txt verdicts and caching, per-host gate, Retry-After holds: injected clock and fetcher, no network."""
import pytest

from tracker.politeness import DISALLOWED, MAX_CRAWL_DELAY, HostGate, RobotsCache, robots_url


class Clock:
    def __init__(self, t: float = 1000.0):
        self.t = t

    def __call__(self) -> float:
        return self.t


ROBOTS = """
User-agent: *
Disallow: /private/
Crawl-delay: 2

User-agent: tracker
Disallow: /news/secret
Crawl-delay: 5
"""


def fetcher(answers):
    calls = []

    def fetch_text(url):
        calls.append(url)
        answer = answers[url] if isinstance(answers, dict) else answers
        if isinstance(answer, Exception):
            raise answer
        return answer

    fetch_text.calls = calls
    return fetch_text


def test_robots_url():
    assert robots_url("https://example.org:8443/a/b?c") == "https://example.org:8443/robots.txt"
    assert robots_url("http://user:pw@h.example/x") == "http://h.example/robots.txt"
    assert robots_url("ftp://x/y") is None


def test_rules_for_our_agent_and_crawl_delay():
    cache = RobotsCache(fetch_text=fetcher((200, ROBOTS)), clock=Clock())
    v = cache.check("https://example.org/news/secret-plans")
    assert not v.allowed and v.reason == DISALLOWED and v.crawl_delay == 5
    v = cache.check("https://example.org/news/ok")
    assert v.allowed and v.reason == "" and v.crawl_delay == 5
    # our group replaces the * group: /private/ is not disallowed for tracker
    assert cache.check("https://example.org/private/x").allowed


def test_wildcard_group_applies_when_no_group_names_us():
    cache = RobotsCache(fetch_text=fetcher((200, "User-agent: *\nDisallow: /\n")), clock=Clock())
    v = cache.check("http://h.example/page")
    assert not v.allowed and v.reason == "disallowed by robots.txt"


def test_huge_crawl_delay_is_capped():
    cache = RobotsCache(fetch_text=fetcher((200, "User-agent: *\nCrawl-delay: 86400\n")), clock=Clock())
    assert cache.check("http://h.example/").crawl_delay == MAX_CRAWL_DELAY


@pytest.mark.parametrize("status", [404, 410, 401, 403])
def test_missing_robots_allows_everything(status):
    assert RobotsCache(fetch_text=fetcher((status, "")), clock=Clock()).check("http://h.example/x").allowed


def test_cached_per_origin_until_ttl():
    clock = Clock()
    fetch = fetcher((200, "User-agent: *\nDisallow: /x\n"))
    cache = RobotsCache(fetch_text=fetch, clock=clock, ttl=100)
    for path in ("/a", "/b", "/x", "/c"):
        cache.check("http://h.example" + path)
    cache.check("http://other.example/a")
    assert fetch.calls == ["http://h.example/robots.txt", "http://other.example/robots.txt"]
    clock.t += 101
    cache.check("http://h.example/a")
    assert len(fetch.calls) == 3


def test_unreachable_robots_blocks_briefly_then_asks_again():
    clock = Clock()
    answers = {"http://h.example/robots.txt": (503, "")}
    cache = RobotsCache(fetch_text=fetcher(answers), clock=clock, retry=60)
    v = cache.check("http://h.example/a")
    assert not v.allowed and v.reason == "robots.txt unreachable (HTTP 503)"
    answers["http://h.example/robots.txt"] = (200, "")
    clock.t += 30
    assert not cache.check("http://h.example/a").allowed  # still within the retry window
    clock.t += 31
    assert cache.check("http://h.example/a").allowed


def test_network_fault_keeps_the_last_good_copy():
    clock = Clock()
    answers = {"http://h.example/robots.txt": (200, "User-agent: *\nDisallow: /x\n")}
    cache = RobotsCache(fetch_text=fetcher(answers), clock=clock, ttl=100)
    assert cache.check("http://h.example/a").allowed
    answers["http://h.example/robots.txt"] = ConnectionError("refused")
    clock.t += 101
    assert cache.check("http://h.example/a").allowed
    assert not cache.check("http://h.example/x").allowed


def test_gate_limits_concurrency_per_host():
    gate = HostGate(per_host=2, clock=Clock())
    assert gate.try_acquire("a")[0] and gate.try_acquire("a")[0]
    ok, wait = gate.try_acquire("a")
    assert not ok and wait > 0
    assert gate.try_acquire("b")[0]  # other hosts are independent
    gate.release("a")
    assert gate.try_acquire("a")[0]


def test_gate_minimum_gap_is_the_larger_of_setting_and_crawl_delay():
    clock = Clock()
    gate = HostGate(per_host=10, host_delay=1.0, clock=clock)
    assert gate.try_acquire("a", delay=5)[0]
    gate.release("a")
    ok, wait = gate.try_acquire("a")
    assert not ok and wait == pytest.approx(5)
    clock.t += 5
    assert gate.try_acquire("a")[0]
    gate.release("a")
    ok, wait = gate.try_acquire("a")
    assert not ok and wait == pytest.approx(1)


def test_retry_after_holds_a_host():
    clock = Clock()
    gate = HostGate(clock=clock)
    gate.hold("a", 120)
    ok, wait = gate.try_acquire("a")
    assert not ok and wait == pytest.approx(120)
    assert gate.held_until("a") == pytest.approx(clock.t + 120)
    clock.t += 121
    assert gate.held_until("a") is None
    assert gate.try_acquire("a")[0]
    gate.hold("b", 10**9)
    assert gate.held_until("b") - clock.t <= 7 * 24 * 3600


def test_robots_refusals_for_run():
    from tracker.politeness import robots_refusals

    cache = RobotsCache(fetch_text=fetcher((200, "User-agent: *\nDisallow: /p/\n")), clock=Clock())
    assert robots_refusals(["http://h.example/a", "http://h.example/p/x"], cache) == {
        "http://h.example/p/x": "disallowed by robots.txt"}


def test_robots_refusals_asks_every_host_at_once():
    """Fifty hosts must cost one round trip, not fifty: their robots.txt requests are in flight together.
    Three fetches wait at a barrier that only opens when three are running at the same time."""
    import threading

    from tracker.politeness import robots_refusals

    barrier = threading.Barrier(3, timeout=5)

    def fetch_text(url):
        barrier.wait()  # raises BrokenBarrierError (-> "unreachable") if the hosts are asked one by one
        return 200, "User-agent: *\nDisallow: /p/\n"

    cache = RobotsCache(fetch_text=fetch_text, clock=Clock())
    urls = [f"http://h{i}.example/a" for i in range(3)] + ["http://h0.example/p/x"]
    assert robots_refusals(urls, cache) == {"http://h0.example/p/x": DISALLOWED}


def test_a_kept_robots_copy_is_used_until_its_ttl_ends():
    clock = Clock()
    fetch = fetcher((200, "User-agent: *\nAllow: /\n"))
    cache = RobotsCache(fetch_text=fetch, clock=clock, ttl=3600)
    cache.seed("http://h.example/robots.txt", 200, "User-agent: *\nDisallow: /p/\n", age=3000)
    cache.seed("http://old.example/robots.txt", 200, "User-agent: *\nDisallow: /\n", age=4000)  # expired
    assert not cache.check("http://h.example/p/1").allowed
    assert cache.check("http://old.example/a").allowed  # the expired copy was not trusted: asked again
    assert fetch.calls == ["http://old.example/robots.txt"]
    assert cache.take_fresh() == [("http://old.example/robots.txt", 200, "User-agent: *\nAllow: /\n")]
    assert cache.take_fresh() == []
    clock.t += 601  # the seeded copy had 600 s left
    assert cache.check("http://h.example/p/1").allowed
    assert fetch.calls[-1] == "http://h.example/robots.txt"


def test_an_unreachable_robots_txt_is_not_kept():
    cache = RobotsCache(fetch_text=fetcher((503, "")), clock=Clock())
    assert not cache.check("http://h.example/a").allowed
    assert cache.take_fresh() == []
