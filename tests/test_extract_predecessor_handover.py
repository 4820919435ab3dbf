"""A sequel's staff handover names the predecessor under a qualifier or his role's title ("replaces Season 1's Y as
character designer", "replaces Season 1 composer Y", "The first season's composer, Y, is replaced by X",
「音楽は、第1期のYに代わり、X」「第1期のYからXに交代」): the newcomer holds the role now; the predecessor is no credit."""
from extract_helpers import facts, news


def _staff(paragraph: str, title: str = "Quartz Meadow") -> set[tuple[str, str]]:
    doc = news([f"Studio Foo announced the second season of {title}, premiering in April 2027.", paragraph],
               f"{title} Season 2 staff")
    return {(k, v) for f, k, v in facts(doc, title) if f == "staff"}


def _ja_staff(paragraph: str, title: str = "水鏡の灯台") -> set[tuple[str, str]]:
    body = f"<p>TVアニメ「{title}」第2期が2027年4月より放送される。</p><p>{paragraph}</p>"
    doc = (f"<!doctype html><html><head><title>「{title}」第2期 スタッフ発表</title><meta property=\"article:published_time\" "
           f"content=\"2026-11-24T09:00:00+09:00\"></head><body><main><article><h1>TVアニメ「{title}」第2期 スタッフ発表</h1>"
           f"{body}</article></main></body></html>")
    return {(k, v) for f, k, v in facts(doc, title) if f == "staff"}


def test_possessive_season_before_the_predecessor_then_as_role():
    got = _staff("Rio Takanashi returns for series composition, and Aki Mori replaces Season 1's Hiroki Sanjo as character designer.")
    assert ("character design", "Aki Mori") in got
    assert not any(v == "Hiroki Sanjo" for _, v in got)


def test_predecessor_under_his_role_title():
    got = _staff("The score is new, though: Sota Kiri (Moonbeam Ledger) replaces Season 1 composer Eri Valdes.")
    assert ("music", "Sota Kiri") in got
    assert not any(v == "Eri Valdes" for _, v in got)


def test_passive_with_the_role_title_in_apposition():
    got = _staff("The first season's composer, Hiroshi Tamagawa, is replaced by Daichi Moro, who will write the music.")
    assert ("music", "Daichi Moro") in got
    assert not any(v == "Hiroshi Tamagawa" for _, v in got)


def test_passive_perfect_with_the_season_title():
    got = _staff("Season 1 director Hiroshi Tamagawa has been replaced by Daichi Moro.")
    assert ("director", "Daichi Moro") in got


def test_succeeds_the_first_seasons_role_holder():
    got = _staff("Daichi Moro succeeds the first season's character designer, Hiroshi Tamagawa.")
    assert ("character design", "Daichi Moro") in got
    assert not any(v == "Hiroshi Tamagawa" for _, v in got)


def test_takes_over_from_a_former_role_holder():
    got = _staff("Daichi Moro takes over from former director Hiroshi Tamagawa, who left for another project.")
    assert ("director", "Daichi Moro") in got


def test_previous_seasons_predecessor_then_as_role():
    got = _staff("Daichi Moro replaces the previous season's Hiroshi Tamagawa as composer.")
    assert ("music", "Daichi Moro") in got


def test_ja_predecessor_aside_between_role_and_newcomer():
    got = _ja_staff("音楽は、第1期の白石ユウに代わり、黒木ハルが担当する。")
    assert ("music", "黒木ハル") in got
    assert not any("白石" in v for _, v in got)


def test_ja_handover_from_to():
    got = _ja_staff("キャラクターデザインは第1期の白石ユウから黒木ハルに交代。")
    assert ("character design", "黒木ハル") in got
    assert not any("白石" in v for _, v in got)


def test_ja_handover_then_newcomer_with_honorific():
    got = _ja_staff("シリーズ構成は、前作の白石ユウさんから交代し、新たに黒木ハルさんが担当する。")
    assert ("series composition", "黒木ハル") in got
    assert not any("白石" in v for _, v in got)


def test_trap_handover_on_another_series():
    got = _staff("Season 1 director Hiroshi Tamagawa has been replaced by Daichi Moro on Paper Crane, the studio's other series.")
    assert not any(v in ("Daichi Moro", "Hiroshi Tamagawa") for _, v in got)


def test_trap_negated_replacement():
    got = _staff("The first season's composer, Hiroshi Tamagawa, was not replaced by Daichi Moro after all.")
    assert ("music", "Daichi Moro") not in got


def test_trap_hoped_for_replacement():
    got = _staff("Fans had hoped Kenji Oda would replace Season 1 composer Aya Mori, but Aya Mori stays.")
    assert ("music", "Kenji Oda") not in got


def test_trap_ja_earlier_season_credit_only():
    got = _ja_staff("音楽は第1期の白石ユウが担当したが、今作の担当は未発表。")
    assert not any("白石" in v for _, v in got)


def test_trap_ja_undecided_successor():
    assert not _ja_staff("監督は、第1期の白石ユウに代わる人物が未定。")


# the same JA topic reader: a sequel's newcomer welcomed or hired (「監督にXさんを迎え」「音楽にXを起用」), a credit carried
# over (「第1期に続きXさんです」「前作から続投のX」), under a season's own topic (「第2期では」)

def test_ja_season_topic_welcomes_a_new_director():
    got = _ja_staff("第2期では監督に白峰ユウさんを迎え、アニメーション制作もスタジオ蜂須賀に移ります。")
    assert ("director", "白峰ユウ") in got


def test_ja_role_ni_person_wo_kiyou():
    assert ("series composition", "白峰ユウ") in _ja_staff("シリーズ構成に新鋭の白峰ユウ氏を起用した。")


def test_ja_carried_over_then_desu():
    assert ("music", "志賀レン") in _ja_staff("音楽は第1期に続き志賀レンさんです。")


def test_ja_carried_over_zokutou_no():
    assert ("director", "志賀レン") in _ja_staff("監督は前作から続投の志賀レン。")


def test_trap_ja_earlier_season_welcomed():
    assert not _ja_staff("第1期では監督に白峰ユウさんを迎えた。")


def test_trap_ja_desu_without_a_person():
    assert not _ja_staff("音楽は壮大です。")


def test_trap_ja_welcomes_no_person():
    assert not _ja_staff("音楽にこだわりを持つ作品を迎える。")


# a sequel's source credit: the part a season adapts, numbered, before the author's work ("adapts the X arc, volumes 5
# through 8 of Y's original manga")

def test_season_adapts_numbered_volumes_of_the_authors_manga():
    got = _staff('The new season adapts the "Ice Shelf" arc, volumes 5 through 8 of Rin Take\'s original manga, which is still running.')
    assert ("original creator", "Rin Take") in got


def test_season_adapts_chapter_range_of_a_web_novel():
    assert ("original creator", "Rin Take") in _staff("Season 2 will adapt chapters 40-72 of Rin Take's web novel.")


def test_season_adapts_volume_pair_of_a_light_novel():
    assert ("original creator", "Rin Take") in _staff("The sequel adapts the harbor arc, volumes 5 and 6 of Rin Take's light novels.")


def test_trap_volumes_then_another_shows_source():
    got = _staff("The new season adapts volumes 5 through 8, while the studio's other show adapts Rin Take's manga.")
    assert ("original creator", "Rin Take") not in got
