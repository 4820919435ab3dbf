"""A credits line opening with its section's name set off by brackets or a mark instead of a colon (「【キャスト】カイ：X／…」,
「■スタッフ 監督：X」, "[CAST] Kai: X / …", 「＜スタッフ＞」, 「◆CAST◆」, "《Staff》"): read as 「キャスト：カイ：X／…」, the form the
label reader already takes; a bracketed word that is no cast/staff/music section, or a line with no credit pairs,
is left alone."""
from __future__ import annotations

from extract_helpers import facts

JA = "星屑ラジオ局"
EN = "Stardust Radio Station"


def _ja(line: str) -> str:
    return (f"<!doctype html><html><head><title>『{JA}』ステージレポート</title></head><body><main><article>"
            f"<h1>『{JA}』ステージレポート</h1><p>TVアニメ『{JA}』の最新情報がステージで発表された。本作はオリジナルアニメーション。</p>"
            f"<h3>作品情報</h3><p>TVアニメ『{JA}』</p><p>{line}</p></article></main></body></html>")


def _en(line: str) -> str:
    return (f"<!doctype html><html><head><title>{EN}: stage report</title></head><body><main><article>"
            f"<h1>{EN}: stage report</h1><p>The original anime {EN} shared new details on stage this weekend.</p>"
            f"<h3>About the anime</h3><p>{line}</p></article></main></body></html>")


def test_lenticular_brackets_cast():
    got = facts(_ja("【キャスト】ルカ：浅見透真／ノア：柚原いぶき／館長：黒沢剛"), JA)
    assert {("cast", "ルカ", "浅見透真"), ("cast", "ノア", "柚原いぶき"), ("cast", "館長", "黒沢剛")} <= got


def test_lenticular_brackets_staff_first_pair_kept():
    got = facts(_ja("【スタッフ】監督・シリーズ構成：遠野聡／キャラクターデザイン：日高みのり／音楽：水城レン"), JA)
    assert ("staff", "director", "遠野聡") in got and ("staff", "series composition", "遠野聡") in got


def test_square_mark_then_space():
    got = facts(_ja("■キャスト ルカ：浅見透真／ノア：柚原いぶき"), JA)
    assert ("cast", "ルカ", "浅見透真") in got


def test_square_mark_staff():
    got = facts(_ja("■スタッフ 監督：遠野聡／音楽：水城レン"), JA)
    assert ("staff", "director", "遠野聡") in got


def test_angle_brackets_with_cv_brackets():
    got = facts(_ja("＜キャスト＞ルカ（CV：浅見透真）、ノア（CV：柚原いぶき）"), JA)
    assert ("cast", "ルカ", "浅見透真") in got
    assert not any(k.startswith(("<", "＜")) for f, k, v in got)


def test_diamond_marks_on_both_sides():
    got = facts(_ja("◆CAST◆ ルカ：浅見透真／ノア：柚原いぶき"), JA)
    assert ("cast", "ノア", "柚原いぶき") in got


def test_english_square_brackets_cast():
    got = facts(_en("[CAST] Luca: Toma Asami / Noa: Ibuki Yuzuhara"), EN)
    assert ("cast", "Luca", "Toma Asami") in got and ("cast", "Noa", "Ibuki Yuzuhara") in got


def test_english_double_angle_staff():
    got = facts(_en("《Staff》 Director: Satoshi Tono / Music: Ren Mizuki"), EN)
    assert ("staff", "director", "Satoshi Tono") in got and ("staff", "music", "Ren Mizuki") in got


def test_english_star_mark_staff():
    got = facts(_en("★STAFF Director: Satoshi Tono / Character Design: Minori Hidaka"), EN)
    assert ("staff", "character design", "Minori Hidaka") in got


def test_fullwidth_square_brackets():
    got = facts(_ja("［スタッフ］原作：七海ゆう／監督：遠野聡"), JA)
    assert ("staff", "director", "遠野聡") in got


# ---------------------------------------------------------------------------------------------- traps
def test_trap_bracketed_news_tag_is_no_section():
    got = facts(_ja("【速報】監督の遠野聡：「夢のようです」とコメント"), JA)
    assert not any(f == "cast" for f, k, v in got)


def test_trap_marked_cast_line_without_pairs():
    got = facts(_en("[CAST] announced today: details below"), EN)
    assert not any(f == "cast" for f, k, v in got)
