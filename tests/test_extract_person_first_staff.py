"""A Japanese database's staff table written person first ('鳴海カイト | 原作'): every row a short name, then its
credit. The linked and the romanised sort forms were read already; the plain kana/kanji name is read the same way."""
from extract_helpers import facts

TITLE = "終末トラベラーズ・ギルド"


def _db(rows: str, heading: str = "スタッフ") -> str:
    return (f"<html><head><title>{TITLE} | アニメDB</title></head><body><main><h1>{TITLE}</h1>"
            f"<section><h2>{heading}</h2><table>{rows}</table></section></main></body></html>")


def _staff(rows: str, heading: str = "スタッフ") -> set:
    return {(k, v) for f, k, v in facts(_db(rows, heading), TITLE) if f == "staff"}


def test_plain_names_before_their_credits_are_staff():
    got = _staff("<tr><td>鳴海カイト</td><td>原作</td></tr><tr><td>仁科ちひろ</td><td>シリーズ構成</td></tr>"
                 "<tr><td>古賀しおん</td><td>キャラクターデザイン</td></tr><tr><td>土屋ハルオ</td><td>音響監督</td></tr>")
    assert {("original creator", "鳴海カイト"), ("series composition", "仁科ちひろ"),
            ("character design", "古賀しおん"), ("sound director", "土屋ハルオ")} <= got


def test_a_romanised_reading_after_the_name_is_left_off():
    got = _staff("<tr><td>椎名ワタル (Shiina, Wataru)</td><td>監督</td></tr><tr><td>水野岳（Mizuno, Gaku）</td><td>美術監督</td></tr>")
    assert {("director", "椎名ワタル"), ("art director", "水野岳")} <= got


def test_a_credit_no_list_knows_is_kept_as_written_beside_known_ones():
    got = _staff("<tr><td>鳴海カイト</td><td>原作</td></tr><tr><td>紺野ミツ</td><td>原作イラスト</td></tr>"
                 "<tr><td>仁科ちひろ</td><td>シリーズ構成</td></tr>")
    assert ("原作イラスト", "紺野ミツ") in got


def test_one_known_credit_is_not_enough_to_call_it_a_staff_table():
    got = _staff("<tr><td>紺野ミツ</td><td>原作イラスト</td></tr><tr><td>鳴海カイト</td><td>原作</td></tr>")
    assert not any(v == "紺野ミツ" for _k, v in got)


def test_a_filmography_of_titles_and_roles_gives_no_credit():
    """'蒼穹のフラグメント | 監督' names a work and the person's role on it, not this work's staff."""
    got = _staff("<tr><td>『蒼穹のフラグメント』</td><td>監督</td></tr><tr><td>『ミッドナイト・ランタンの帰り道』</td><td>監督</td></tr>"
                 "<tr><td>灰色の街と七つの鍵シーズン2</td><td>シリーズ構成</td></tr>", heading="椎名ワタルの作品")
    assert not got


def test_a_data_row_in_the_table_is_never_a_credit():
    got = _staff("<tr><td>鳴海カイト</td><td>原作</td></tr><tr><td>仁科ちひろ</td><td>シリーズ構成</td></tr>"
                 "<tr><td>放送時期</td><td>2027年夏</td></tr>")
    assert not any("2027" in v or "放送時期" in v for _k, v in got)
