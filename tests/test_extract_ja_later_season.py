"""Japanese pages of a later season or a changed schedule: what belongs to the earlier season or to the notice."""
from __future__ import annotations

from extract_helpers import facts


def _db_page(body: str, title: str) -> str:
    return (f"<!doctype html><html lang=\"ja\"><head><meta charset=\"utf-8\"><title>{title} - 作品DB</title></head>"
            f"<body><main><h1>{title}</h1>{body}</main></body></html>")


def test_previous_season_data_box_is_not_this_season():
    page = _db_page(
        "<table class=\"info\"><tr><th>放送時期</th><td>2028年1月予定</td></tr>"
        "<tr><th>アニメーション制作</th><td>スタジオ小灯</td></tr></table>"
        "<h2>スタッフ</h2><table><tr><th>監督</th><td>岡部ミツル</td></tr>"
        "<tr><th>キャラクターデザイン</th><td>里見トワ</td></tr></table>"
        "<h2>前シーズンのデータ</h2><table><tr><th>放送期間</th><td>2026年4月5日～6月28日</td></tr>"
        "<tr><th>キャラクターデザイン</th><td>江波ユカリ</td></tr>"
        "<tr><th>OP</th><td>「空の底」ミナトブルー</td></tr><tr><th>配信</th><td>Netflix</td></tr></table>",
        "星屑ポストマン 第2期")
    got = facts(page, "星屑ポストマン 第2期")
    assert ("release_date", "", "2028-01") in got
    assert ("staff", "character design", "里見トワ") in got
    assert not any("江波ユカリ" in v or "空の底" in v or v == "Netflix" or v.startswith("2026") for _, _, v in got)


def test_day_a_delay_was_announced_is_not_the_new_date():
    page = _db_page(
        "<table><tr><th>放送時期</th><td>2027年10月予定<br><small>※当初2027年7月放送予定と発表されていたが、"
        "2027年3月4日に延期が告知された</small></td></tr></table>", "霧笛のアトリエ")
    got = facts(page, "霧笛のアトリエ")
    dates = {v for f, k, v in got if f == "release_date" and not k}
    assert dates == {"2027-10"}
