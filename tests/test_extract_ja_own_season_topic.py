"""A later season's page says its facts against the earlier season's: after this season's own topic marker
(「第2期は」「第2期では」「続編は」「新シリーズは」「シーズン2では」「第二期も」) the sentence is about this season, even when its
first clause (or the paragraph's first sentence) spoke of season 1; a sequel word counts only on a later season's page,
another season's number never. (Not covered: on a first season's page 「続編は2028年1月から放送予定」 still gives a 2028
release date, by the release reader, as before this reader.)"""
from __future__ import annotations

from extract_helpers import facts

S2 = "灰燼のソードメイデン 第2期"
S1 = "灰燼のソードメイデン"


def _digest(body: str, work_heading: str = S2) -> str:
    return ("<!doctype html><html><head><title>2027冬アニメ 推しまとめ</title></head><body><main><article>"
            "<h1>2027冬アニメ 推しまとめ</h1><p>来期の推しをまとめました。</p>"
            f"<h2>1. {work_heading}</h2><p>{body}</p></article></main></body></html>")


def test_sequel_topic_ends_a_season_one_paragraph():
    got = facts(_digest("第1期は2025年7月から放送、全12話で話題になった。待望の続編は2027年1月からテレビ東京ほかで放送予定です。"), S2)
    assert ("release_date", "", "2027-01") in got
    assert any(f == "broadcaster" and v == "テレビ東京" for f, k, v in got)


def test_own_season_clause_after_a_season_one_clause():
    got = facts(_digest("第1期の監督だった北見誠さんは総監修に回り、第2期は真鍋透さんが監督を務めます。"), S2)
    assert ("staff", "director", "真鍋透") in got
    assert not any(f == "staff" and k == "director" and v == "北見誠" for f, k, v in got)


def test_own_season_de_wa_topic():
    got = facts(_digest("第1期の制作は別スタジオだったが、第2期では真鍋透さんが監督を務める。"), S2)
    assert ("staff", "director", "真鍋透") in got


def test_season_in_katakana():
    got = facts(_digest("シーズン1の監督は北見誠さんだったが、シーズン2では真鍋透さんが監督を務める。"), S2)
    assert ("staff", "director", "真鍋透") in got


def test_season_in_kanji_with_mo():
    got = facts(_digest("第1期に続き、第二期も鷹野みずきさんがシリーズ構成を担当する。"), S2)
    assert ("staff", "series composition", "鷹野みずき") in got


def test_new_series_topic():
    got = facts(_digest("前作は2024年にMBSで放送された。新シリーズは2027年1月からTOKYO MXで放送される。"), S2)
    assert ("release_date", "", "2027-01") in got


def test_sequel_de_wa_credit():
    got = facts(_digest("前作の監督は北見誠さんだったが、続編では真鍋透さんが監督を務める。"), S2)
    assert ("staff", "director", "真鍋透") in got


def test_own_topic_first_in_a_plain_sentence():
    got = facts(_digest("第2期は真鍋透さんが監督を務めます。"), S2)
    assert ("staff", "director", "真鍋透") in got


def test_kotoshi_sequel_topic_with_station():
    got = facts(_digest("第1期は2025年7月に放送。待望の続編は2027年1月からテレビ東京で放送予定。"), S2)
    assert any(f == "broadcaster" and v == "テレビ東京" for f, k, v in got)


def test_honsaku_topic_after_earlier_topic():
    got = facts(_digest("第1期は2025年4月からAT-Xで放送された。本作は2027年1月からテレビ東京で放送予定。"), S2)
    assert ("release_date", "", "2027-01") in got


# ---------------------------------------------------------------------------------------------- traps
def test_trap_season_one_paragraph_stays_season_one():
    got = facts(_digest("第1期は2025年7月からTOKYO MXで放送された。監督は北見誠さんが務めた。"), S2)
    assert not any(v in ("TOKYO MX", "北見誠") for f, k, v in got)


def test_trap_third_season_topic_is_not_ours():
    got = facts(_digest("第1期の監督は北見誠さん、第3期は真鍋透さんが監督を務める。"), S2)
    assert not any(v in ("北見誠", "真鍋透") for f, k, v in got)
