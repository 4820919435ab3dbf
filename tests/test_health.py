"""health.judge: one test per rule of FACTS.md "Healthy fetches"."""
from __future__ import annotations

from tracker.health import LAYOUT_CHANGE, NO_FACTS, SourceHealth, fact_signature, judge
from tracker.model import EXTRACTOR_FAILED, PARTIAL
from tracker.model import Extraction, Fact, Fetched


def ok(status=200, **kw):
    return Fetched("https://x.example/", status=status, body=b"<html>", **kw)


def facts(n):
    return [Fact("staff", f"role {i}", f"Person {i}") for i in range(n)]


def test_healthy_plain():
    v = judge(ok(), Extraction(facts(5)), SourceHealth(5))
    assert v.healthy and v.flag is None and v.reason == ""


def test_network_error_unhealthy():
    v = judge(Fetched("https://x/", error="timeout after 20s"), None, SourceHealth(3))
    assert not v.healthy and v.reason == "timeout after 20s"


def test_http_error_unhealthy():
    assert not judge(Fetched("https://x/", status=503, error="HTTP 503"), None).healthy
    assert not judge(ok(status=404), Extraction(facts(3))).healthy


def test_other_type_truncated_mojibake_unhealthy():
    for err in ("body of type image/png", "truncated body", "mojibake: declared shift_jis, meta utf-8"):
        assert not judge(Fetched("https://x/", status=200, error=err), None).healthy


def test_no_main_content_unhealthy():
    v = judge(ok(), Extraction([], has_main_content=False, problem="maintenance page"), SourceHealth(None))
    assert not v.healthy and v.reason == "maintenance page"
    assert not judge(ok(), Extraction([], has_main_content=False)).healthy


def test_zero_facts_after_some_unhealthy_never_new_normal():
    h = SourceHealth(3, prev_drop_sig=fact_signature([]))
    v = judge(ok(), Extraction([]), h)
    assert not v.healthy and "no facts" in v.reason


def test_first_fetch_zero_facts_healthy_flagged():
    v = judge(ok(), Extraction([]), SourceHealth(None))
    assert v.healthy and v.flag == NO_FACTS


def test_fact_drop_below_half_unhealthy_then_new_normal():
    small = facts(2)
    v1 = judge(ok(), Extraction(small), SourceHealth(6))
    assert not v1.healthy and v1.reason.startswith("facts fell")
    v2 = judge(ok(), Extraction(list(reversed(small))), SourceHealth(6, prev_drop_sig=fact_signature(small)))
    assert v2.healthy and v2.flag == LAYOUT_CHANGE


def test_new_normal_by_304():
    small = facts(1)
    f304 = Fetched("https://x/", status=304, not_modified=True)
    v = judge(f304, Extraction(small), SourceHealth(4, prev_drop_sig=fact_signature(small)))
    assert v.healthy and v.flag == LAYOUT_CHANGE


def test_different_small_set_stays_unhealthy():
    v = judge(ok(), Extraction(facts(1)), SourceHealth(6, prev_drop_sig=fact_signature(facts(2))))
    assert not v.healthy


def test_drop_rule_needs_four():
    assert judge(ok(), Extraction(facts(1)), SourceHealth(3)).healthy
    assert judge(ok(), Extraction(facts(2)), SourceHealth(4)).healthy      # exactly half is not below half
    assert not judge(ok(), Extraction(facts(1)), SourceHealth(4)).healthy


def test_304_without_earlier_facts_unhealthy():
    f304 = Fetched("https://x/", status=304, not_modified=True)
    assert not judge(f304, None, SourceHealth(2)).healthy


def test_section_gone_is_healthy_zero_facts():
    v = judge(ok(), Extraction([], problem="work section not on the page"), SourceHealth(5))
    assert v.healthy and v.flag


def test_unassigned_section_is_not_section_gone():
    v = judge(ok(), Extraction([], problem="an unassigned section appeared (renamed heading?)"), SourceHealth(5))
    assert not v.healthy


def test_an_extractor_that_raised_makes_a_healthy_partial_fetch():
    partial = Extraction(facts(4), problem=f"{EXTRACTOR_FAILED}: prose (AttributeError)")
    v = judge(ok(), partial, SourceHealth(5))
    assert v.healthy and v.flag == PARTIAL
    # a partial fetch that lost more than half is judged like any other drop: unhealthy
    assert not judge(ok(), Extraction(facts(2), problem=partial.problem), SourceHealth(5)).healthy
