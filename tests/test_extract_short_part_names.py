"""A part the page names short for the same actor it casts under the part's full name (a news headline's 「ルージュ役：
宮本侑芽」 over the CAST list's full 「ルージュ・レッドスター」) is one fact, not two reveals (extract._short_part_given_its_full_name;
FACTS.md: a cast key sharing a word with a known key, for the same actor, is the same character). A child version of the
part, and another actor's short key, stay."""
from __future__ import annotations

from extract_helpers import facts

W = "潮騒のレッドスター"


def _official(news: str, cast: str) -> str:
    return ("<!doctype html><html><head><title>TVアニメ「潮騒のレッドスター」公式サイト</title></head><body><main>"
            "<h1>TVアニメ「潮騒のレッドスター」</h1><p>2027年1月よりTOKYO MXにて放送開始。</p>"
            "<section><h2>NEWS ニュース</h2><ul class=\"news-list\"><li><time>2026.10.15</time><p>" + news + "</p></li></ul></section>"
            "<section><h2>CAST</h2><ul>" + cast + "</ul></section></main></body></html>")


def _cast(got):
    return {(k, v) for f, k, v in got if f == "cast"}


def test_headline_short_part_is_the_cast_lists_full_part():
    got = _cast(facts(_official("メインキャスト解禁！アカネ役：潮見あかり、ソラ役：朝霧蒼",
                                "<li><h4>アカネ・レッドスター</h4><p>CV.潮見あかり</p></li><li><h4>ソラ・ミナト</h4><p>CV.朝霧蒼</p></li>"), W))
    assert ("アカネ・レッドスター", "潮見あかり") in got and ("ソラ・ミナト", "朝霧蒼") in got
    assert ("アカネ", "潮見あかり") not in got and ("ソラ", "朝霧蒼") not in got


def test_short_part_with_an_english_gloss_on_the_full_one():
    got = _cast(facts(_official("キャスト解禁！アカネ役：潮見あかり",
                                "<li><h4>アカネ・レッドスター（Akane Redstar）</h4><p>CV.潮見あかり（Akari Shiomi）</p></li>"), W))
    assert not any(k == "アカネ" for k, _v in got)
    assert any(k.startswith("アカネ・レッドスター") for k, _v in got)


def test_a_child_version_of_the_part_stays_its_own():
    from tracker.extract import _short_part_given_its_full_name
    from tracker.model import Fact

    kept = _short_part_given_its_full_name([Fact("cast", "アカネ・レッドスター", "潮見あかり"),
                                            Fact("cast", "アカネ（幼少期）", "潮見あかり"),
                                            Fact("cast", "アカネ", "潮見あかり（Akari Shiomi）")])
    assert {(f.key, f.value) for f in kept} == {("アカネ・レッドスター", "潮見あかり"), ("アカネ（幼少期）", "潮見あかり")}


def test_another_actors_short_part_stays():
    got = _cast(facts(_official("追加キャスト解禁！ミナト役：波多野湊",
                                "<li><h4>アカネ・レッドスター</h4><p>CV.潮見あかり</p></li>"), W))
    assert ("ミナト", "波多野湊") in got
