"""How roundups, digests and blogs state a release in passing: a streamer's worldwide release as the only date is
the first release (not a keyed service date), a streamer's "original anime TITLE" is this work, "with all 10 episodes
dropping at once" / 「全10話一挙配信」 is the work's own count and drop, and the airing as the sentence's topic
(「配信開始は…で」, 「放送は…から、…で毎週…」, 「『X』の放送は…から」) gives the start. Forms written for these tests, not
copied from pages."""
from extract_helpers import facts, news

T, J = "Orbital Bookshop", "軌道書店"


def _got(paragraphs: list[str], title: str = "Anime news") -> dict[tuple[str, str], str]:
    return {(f[:4], k): v for f, k, v in facts(news(paragraphs, title=title), T, J) if f in ("release_date", "episodes")}


def test_streamer_original_announced_worldwide_with_all_episodes_at_once():
    assert _got(["Netflix announced on Tuesday that its original anime Orbital Bookshop will stream worldwide on "
                 "February 18, 2027, with all 10 episodes dropping at once."]) == {("rele", ""): "2027-02-18", ("epis", ""): "10"}


def test_streamer_subject_worldwide_is_the_first_release():
    assert _got(["Netflix will stream Orbital Bookshop worldwide on February 18, 2027."]) == {("rele", ""): "2027-02-18"}


def test_work_subject_worldwide_on_a_streamer():
    assert _got(["Orbital Bookshop will stream worldwide on Netflix on February 18, 2027."]) == {("rele", ""): "2027-02-18"}


def test_possessive_streamer_original():
    assert _got(["Crunchyroll's original anime Orbital Bookshop premieres worldwide on February 18, 2027."]) \
        == {("rele", ""): "2027-02-18"}


def test_ja_world_exclusive_with_binge_drop():
    assert _got(["TVアニメ『軌道書店』は2027年2月18日（木）からNetflixで世界独占配信、全10話一挙配信。"], "ニュース") \
        == {("rele", ""): "2027-02-18", ("epis", ""): "10"}


def test_ja_streaming_start_as_topic():
    assert _got(["『軌道書店』はNetflixで世界独占配信されるファンタジー。配信開始は2027年2月4日（木）で、全10話一挙配信らしいです。"],
                "ニュース").get(("rele", "")) == "2027-02-04"


def test_ja_airing_topic_then_comma_then_weekly_slot_past_midnight():
    assert _got(["『軌道書店』は日常ものの4コマが原作。放送は来年1月6日（水）から、日本テレビほかで毎週水曜24:59〜。"],
                "ニュース") == {("rele", ""): "2027-01-07"}


def test_ja_title_airing_topic():
    assert _got(["『軌道書店』の放送は2027年1月6日（水）から、TOKYO MXほかで毎週水曜22:00〜。"], "ニュース") \
        == {("rele", ""): "2027-01-06"}


def test_trap_regional_stream_stays_keyed():
    assert _got(["Netflix will stream Orbital Bookshop outside Japan from February 18, 2027."]) \
        == {("rele", "Netflix"): "2027-02-18"}


def test_trap_worldwide_stream_after_a_tv_premiere_stays_keyed():
    assert _got(["Orbital Bookshop premieres on TOKYO MX on January 8, 2027, and Netflix will stream it worldwide from "
                 "February 18."]) == {("rele", ""): "2027-01-08", ("rele", "Netflix"): "2027-02-18"}


def test_trap_earlier_season_binge_is_no_start():
    assert _got(["『軌道書店』は2027年1月放送。前作の全12話一挙配信が2026年12月20日からABEMAで実施される。"], "ニュース") \
        == {("rele", ""): "2027-01"}
    assert _got(["『軌道書店』は2027年1月放送。第1期一挙配信は12月20日から。"], "ニュース") == {("rele", ""): "2027-01"}


def _streams(paragraphs: list[str]) -> set[str]:
    return {k for f, k, v in facts(news(paragraphs), T, J) if f == "streaming"}


def test_trap_where_a_viewer_watched_something_is_no_carrier():
    assert _streams(["Orbital Bookshop the Movie opens in Japanese theaters next summer. If you watched the TV series "
                     "on Crunchyroll, don't assume the film will land there too."]) == set()
    assert _streams(["Orbital Bookshop returns in 2027. Fans who binged the first season on Netflix will have to wait."]) == set()


def test_a_service_that_will_carry_it_still_counts():
    assert "crunchyroll" in _streams(["Orbital Bookshop will stream on Crunchyroll from January 9, 2027."])
