"""diff: one case per row of FACTS.md's change table and per identity / one-value / set / across-fetches rule."""
from __future__ import annotations

import pytest

from tracker.diff import SourceState, WorkState, compare, diff
from tracker.model import Fact, Verdict

OK = Verdict(True)
BAD = Verdict(False, "HTTP 503")
LAYOUT = Verdict(True, flag="layout change")


class World:
    """A work, several sources and their states; `fetch` runs diff and keeps the states."""

    def __init__(self, settings=None):
        self.ws = WorkState("Metallic Rouge")
        self.ss: dict[int, SourceState] = {}
        self.t = 0
        self.settings = settings or {}
        self.log = []

    def fetch(self, sid: int, *facts: Fact, verdict: Verdict = OK):
        self.t += 1
        ss = self.ss.setdefault(sid, SourceState(sid))
        res = diff(sid, f"https://s{sid}.example/", "Metallic Rouge", list(facts), verdict, ss, self.ws,
                   f"2024-01-01T00:00:{self.t:02d}Z", self.settings)
        self.ss[sid] = res.source_state
        self.ws = res.work_state
        self.log.extend(res.changes)
        return [(c.kind, c.field, c.key, c.old, c.new) for c in res.changes]


def F(field, key, value, precision=None, evidence="ev"):
    return Fact(field, key, value, evidence, precision)


DATE = lambda v: F("release_date", "", v)  # noqa: E731


# ------------------------------------------------------------------ revealed
def test_revealed_first_sighting():
    w = World()
    assert w.fetch(1, DATE("2024-01")) == [("revealed", "release_date", "", None, "2024-01")]


def test_revealed_second_director_in_set():
    w = World()
    w.fetch(1, F("staff", "director", "Motonobu Hori"))
    assert w.fetch(1, F("staff", "director", "Motonobu Hori"), F("staff", "director", "Yutaka Izubuchi")) == [
        ("revealed", "staff", "director", None, "Yutaka Izubuchi")]


def test_one_revealed_three_sources_others_corroborated():
    w = World()
    assert [c[0] for c in w.fetch(1, DATE("2024-01"))] == ["revealed"]
    assert [c[0] for c in w.fetch(2, DATE("2024-01"))] == ["corroborated"]
    assert [c[0] for c in w.fetch(3, DATE("2024-01"))] == ["corroborated"]
    assert w.fetch(2, DATE("2024-01")) == []


def test_set_member_revealed_once_across_sources():
    w = World()
    assert [c[0] for c in w.fetch(1, F("studio", "Bones", "Bones"))] == ["revealed"]
    assert [c[0] for c in w.fetch(2, F("studio", "Studio Bones", "Studio Bones"))] == ["corroborated"]


def test_twice_same_content_logs_nothing():
    w = World()
    facts = [DATE("2024-01"), F("cast", "Rouge Redstar", "Yume Miyamoto"), F("studio", "Bones", "Bones"),
             F("staff", "chief director", "Yutaka Izubuchi"), F("episodes", "", "12")]
    assert len(w.fetch(1, *facts)) == 5
    assert w.fetch(1, *facts) == []
    assert w.fetch(1, *reversed(facts)) == []


# ------------------------------------------------------------------ refined
def test_refined_date_gains_day():
    w = World()
    w.fetch(1, DATE("2024-01"))
    assert w.fetch(1, DATE("2024-01-10")) == [("refined", "release_date", "", "2024-01", "2024-01-10")]


def test_refined_from_another_source():
    w = World()
    w.fetch(1, DATE("2024"))
    assert w.fetch(2, DATE("2024-winter")) == [("refined", "release_date", "", "2024", "2024-winter")]


def test_refined_theme_artist_added():
    w = World()
    w.fetch(1, F("theme_song", "opening 1", "Rouge"))
    assert w.fetch(1, F("theme_song", "opening 1", "Rouge — YU-KA")) == [
        ("refined", "theme_song", "opening 1", "Rouge", "Rouge — YU-KA")]


def test_refined_trailer_url_added():
    w = World()
    w.fetch(1, F("trailer", "teaser 3", "2023-10-15"))
    assert [c[0] for c in w.fetch(1, F("trailer", "teaser 3", "2023-10-15 https://youtu.be/abc"))] == ["refined"]


def test_broadcaster_slot_added_refined():
    w = World()
    w.fetch(1, F("broadcaster", "Fuji TV", "Fuji TV"))
    assert w.fetch(1, F("broadcaster", "Fuji TV", "Fuji TV (+Ultra)")) == [
        ("refined", "broadcaster", "Fuji TV", "Fuji TV", "Fuji TV (+Ultra)")]
    # the alias table: フジテレビ is the same member; from another source it corroborates
    assert [c[0] for c in w.fetch(2, F("broadcaster", "フジテレビ", "フジテレビ"))] == ["corroborated"]


def test_streaming_region_added_refined():
    w = World()
    w.fetch(1, F("streaming", "Crunchyroll", "Crunchyroll"))
    assert [c[0] for c in w.fetch(2, F("streaming", "Crunchyroll", "Crunchyroll (outside Asia)"))] == ["refined"]


# ------------------------------------------------------------------ changed / disputed / stale
def test_delay_is_changed():
    w = World()
    w.fetch(1, DATE("2024-01"))
    assert w.fetch(1, DATE("2024-04")) == [("changed", "release_date", "", "2024-01", "2024-04")]


def test_date_contradiction_is_not_refinement():
    w = World()
    w.fetch(1, DATE("2024-01"))
    assert [c[0] for c in w.fetch(1, DATE("2024-02-03"))] == ["changed"]


def test_recast_is_changed():
    w = World()
    w.fetch(1, F("cast", "Naomi Orthmann", "Tomoyo Kurosawa"))
    assert [c[0] for c in w.fetch(1, F("cast", "Naomi Orthmann", "Kana Hanazawa"))] == ["changed"]


def test_disputed_from_another_source_known_stays():
    w = World()
    w.fetch(1, F("episodes", "", "12"))
    assert w.fetch(2, F("episodes", "", "13")) == [("disputed", "episodes", "", "12", "13")]
    assert w.fetch(2, F("episodes", "", "13")) == []
    assert [c[0] for c in w.fetch(3, F("episodes", "", "12"))] == ["corroborated"]


def test_stale_january_after_delay_logs_nothing():
    w = World()
    w.fetch(1, DATE("2024-01"))
    w.fetch(2, DATE("2024-01"))
    assert [c[0] for c in w.fetch(1, DATE("2024-04"))] == ["changed"]
    assert w.fetch(2, DATE("2024-01")) == []     # the news site still says January
    assert w.fetch(3, DATE("2024-01")) == []     # a new source repeating the stale value
    assert w.fetch(3, DATE("2024-01-12")) == []  # ...even more precisely
    assert [c[0] for c in w.fetch(2, DATE("2024-04"))] == ["corroborated"]


def test_replacer_going_back_is_changed():
    w = World({"flap_window": 0})
    w.fetch(1, DATE("2024-01"))
    w.fetch(1, DATE("2024-04"))
    w.fetch(1, DATE("2024-04"))
    assert w.fetch(1, DATE("2024-01")) == [("changed", "release_date", "", "2024-04", "2024-01")]


# ------------------------------------------------------------------ corroborated
def test_corroborated_one_day_off():
    w = World()
    w.fetch(1, DATE("2024-01-10"))
    assert [c[0] for c in w.fetch(2, DATE("2024-01-11"))] == ["corroborated"]


def test_corroborated_coarser_from_other_nothing_from_same():
    w = World()
    w.fetch(1, DATE("2024-10"))
    assert w.fetch(1, DATE("2024")) == []
    assert [c[0] for c in w.fetch(2, DATE("2024"))] == ["corroborated"]


def test_season_tolerance_agrees():
    w = World()
    w.fetch(1, DATE("2023-fall"))
    assert [c[0] for c in w.fetch(2, DATE("2023-09-29"))] == ["refined"]
    assert compare("release_date", "2023-09-10", "2023-fall") == "conflict"


# ------------------------------------------------------------------ retracted
def test_retraction_after_exactly_two_healthy_fetches():
    w = World()
    cast = F("cast", "Naomi Orthmann", "Tomoyo Kurosawa")
    w.fetch(1, DATE("2024-01"), cast)
    assert w.fetch(1, DATE("2024-01")) == []
    assert w.fetch(1, DATE("2024-01")) == [("retracted", "cast", "Naomi Orthmann", "Tomoyo Kurosawa", None)]
    assert w.fetch(1, DATE("2024-01")) == []


def test_actor_named_without_part_then_cast_as_character_is_not_retracted():
    w = World()
    w.fetch(1, DATE("2024-01"), F("cast", "", "Tomoyo Kurosawa"))
    assert w.fetch(1, DATE("2024-01"), F("cast", "Naomi Orthmann", "Tomoyo Kurosawa")) == [
        ("revealed", "cast", "Naomi Orthmann", None, "Tomoyo Kurosawa")]
    assert w.fetch(1, DATE("2024-01"), F("cast", "Naomi Orthmann", "Tomoyo Kurosawa")) == []
    assert w.fetch(1, DATE("2024-01"), F("cast", "Naomi Orthmann", "Tomoyo Kurosawa")) == []


def test_actor_named_without_part_then_dropped_altogether_is_retracted():
    w = World()
    w.fetch(1, DATE("2024-01"), F("cast", "", "Tomoyo Kurosawa"))
    assert w.fetch(1, DATE("2024-01"), F("cast", "Naomi Orthmann", "Yume Miyamoto"))[0][0] == "revealed"
    assert w.fetch(1, DATE("2024-01"), F("cast", "Naomi Orthmann", "Yume Miyamoto")) == [
        ("retracted", "cast", "", "Tomoyo Kurosawa", None)]


def test_unhealthy_in_between_neither_counts_nor_resets():
    w = World()
    w.fetch(1, DATE("2024-01"), F("studio", "Bones", "Bones"))
    assert w.fetch(1, DATE("2024-01")) == []
    assert w.fetch(1, verdict=BAD) == []
    assert w.fetch(1, DATE("2024-04"), verdict=BAD) == []   # unhealthy: not even a change
    assert [c[0] for c in w.fetch(1, DATE("2024-01"))] == ["retracted"]


def test_unhealthy_changes_nothing():
    w = World()
    before = w.fetch(1, DATE("2024-01"))
    assert before
    assert w.fetch(2, DATE("2025-01"), F("studio", "X", "X"), verdict=BAD) == []
    assert w.fetch(1, verdict=BAD) == []
    assert len(w.ws.slots) == 1


PARTIAL = Verdict(True, flag="partial extraction")


def test_partial_extraction_reveals_but_takes_nothing_back():
    """An extractor raised on the fetch: what the others found is news, what it would have found is not gone,
    and another reading of a fact the source states is no change (the delay would be a false alarm)."""
    w = World()
    cast = F("cast", "Naomi Orthmann", "Tomoyo Kurosawa")
    w.fetch(1, DATE("2024-01-10"), cast)
    for _ in range(3):   # more than confirm_retraction fetches without the cast
        assert w.fetch(1, DATE("2024-04"), verdict=PARTIAL) == []
    assert w.fetch(1, DATE("2024-01-10"), cast, F("studio", "Bones", "Bones"), verdict=PARTIAL) == [
        ("revealed", "studio", "Bones", None, "Bones")]
    # healthy again: the counting starts from there
    assert w.fetch(1, DATE("2024-01-10"), F("studio", "Bones", "Bones")) == []
    assert [c[0] for c in w.fetch(1, DATE("2024-01-10"), F("studio", "Bones", "Bones"))] == ["retracted"]


def test_fact_stays_current_while_another_source_states_it():
    w = World()
    w.fetch(1, F("studio", "Bones", "Bones"))
    w.fetch(2, F("studio", "Bones", "Bones"))
    w.fetch(1)
    assert w.fetch(1) == []  # source 1 dropped it, source 2 still states it
    w.fetch(2)
    assert [c[0] for c in w.fetch(2)] == ["retracted"]


def test_flap_within_window_logs_nothing():
    w = World()
    cast = F("cast", "Rouge Redstar", "Yume Miyamoto")
    w.fetch(1, cast)
    assert w.fetch(1) == []            # gone once (an A/B test)
    assert w.fetch(1, cast) == []      # back: nothing


def test_value_flap_within_window_known_value_returns():
    w = World()
    w.fetch(1, F("episodes", "", "12"))
    assert [c[0] for c in w.fetch(1, F("episodes", "", "13"))] == ["changed"]
    assert w.fetch(1, F("episodes", "", "12")) == []
    assert w.ws.slots[next(iter(w.ws.slots))].value == "12"
    assert [c[0] for c in w.fetch(2, F("episodes", "", "12"))] == ["corroborated"]


def test_rereveal_after_retraction():
    w = World()
    w.fetch(1, F("premiere_event", "Anime NYC 2023", "first episode screened"))
    w.fetch(1)
    assert [c[0] for c in w.fetch(1)] == ["retracted"]
    assert [c[0] for c in w.fetch(1, F("premiere_event", "Anime NYC 2023", "first episode screened"))] == ["revealed"]


def test_after_retraction_restated_elsewhere_in_between_corroborated():
    w = World()
    w.fetch(1, F("studio", "Bones", "Bones"))
    w.fetch(1)
    assert [c[0] for c in w.fetch(1)] == ["retracted"]
    assert [c[0] for c in w.fetch(2, F("studio", "Bones", "Bones"))] == ["revealed"]
    assert [c[0] for c in w.fetch(1, F("studio", "Bones", "Bones"))] == ["corroborated"]


def test_confirm_retraction_setting():
    w = World({"confirm_retraction": 3})
    w.fetch(1, F("studio", "Bones", "Bones"))
    assert w.fetch(1) == [] and w.fetch(1) == []
    assert [c[0] for c in w.fetch(1)] == ["retracted"]


def test_layout_change_keeps_lost_facts():
    w = World()
    w.fetch(1, DATE("2024-01"), F("studio", "Bones", "Bones"), F("episodes", "", "12"))
    assert w.fetch(1, DATE("2024-01"), verdict=LAYOUT) == []
    for _ in range(4):
        assert w.fetch(1, DATE("2024-01")) == []
    assert len(w.ss[1].facts) == 3


def test_new_value_supersedes_never_retracts():
    w = World()
    w.fetch(1, DATE("2024-01"))
    w.fetch(1, DATE("2024-01-10"))
    for _ in range(3):
        assert w.fetch(1, DATE("2024-01-10")) == []


# ------------------------------------------------------------------ identity
def test_cast_key_drift_redstar_redmaster():
    w = World()
    w.fetch(1, F("cast", "Rouge Redstar", "Yume Miyamoto"))
    assert w.fetch(1, F("cast", "Rouge Redmaster", "Yume Miyamoto")) == []
    assert [c[0] for c in w.fetch(2, F("cast", "Rouge Redmaster", "Yume Miyamoto"))] == ["corroborated"]
    # the alias holds for all later fetches: a recast under the drifted key is a change of that character
    assert [c[:3] for c in w.fetch(1, F("cast", "Rouge Redmaster", "Kana Hanazawa"))] == [
        ("changed", "cast", "Rouge Redstar")]


def test_cast_keys_stated_together_are_two_characters():
    w = World()
    w.fetch(1, F("cast", "Rouge Redstar", "Yume Miyamoto"))
    out = w.fetch(1, F("cast", "Rouge Redstar", "Yume Miyamoto"), F("cast", "Rouge Redmaster", "Yume Miyamoto"))
    assert out == [("revealed", "cast", "Rouge Redmaster", None, "Yume Miyamoto")]


def test_cast_dub_is_another_key():
    w = World()
    w.fetch(1, F("cast", "Rouge Redstar", "Yume Miyamoto"))
    assert [c[0] for c in w.fetch(1, F("cast", "Rouge Redstar", "Yume Miyamoto"),
                                   F("cast", "Rouge Redstar [English]", "Brittany Cox"))] == ["revealed"]


def test_typo_izubuchi_izubushi():
    w = World()
    w.fetch(1, F("staff", "chief director", "Yutaka Izubuchi"))
    assert [c[0] for c in w.fetch(2, F("staff", "chief director", "Yutaka Izubushi"))] == ["corroborated"]
    assert w.fetch(2, F("staff", "chief director", "Yutaka Izubushi")) == []


def test_name_order_and_long_vowels():
    w = World()
    w.fetch(1, F("cast", "Tanjiro Kamado", "Natsuki Hanae"))
    assert [c[0] for c in w.fetch(2, F("cast", "Kamado, Tanjirou", "Hanae Natsuki"))] == ["corroborated"]


def test_diacritics_case_punctuation_studio_prefix():
    w = World()
    w.fetch(1, F("studio", "Studio Bones", "Studio Bones"), F("staff", "music", "Taisei Iwasaki"))
    assert [c[0] for c in w.fetch(2, F("studio", "BONES", "BONES"),
                                  F("staff", "Music", "Iwasaki, Taisei"))] == ["corroborated", "corroborated"]
    w.fetch(1, F("staff", "director", "Shōji Kawamori"))
    assert [c[0] for c in w.fetch(2, F("staff", "director", "Shoji Kawamori"))] == ["corroborated"]


def test_typo_names_stated_together_are_two_people():
    w = World()
    out = w.fetch(1, F("staff", "key animation", "Yutaka Izubuchi"), F("staff", "key animation", "Yutaka Izubushi"))
    assert [c[0] for c in out] == ["revealed", "revealed"]


def test_theme_numbering_matches_by_title():
    w = World()
    w.fetch(1, F("theme_song", "opening 1", "Rouge — YU-KA"), F("theme_song", "opening 2", "Crimson Sky"))
    # a page listing only the second opening, unnumbered -> emitted as `opening 1`: it is opening 2
    assert w.fetch(2, F("theme_song", "opening 1", "Crimson Sky")) == [
        ("corroborated", "theme_song", "opening 2", "Crimson Sky", "Crimson Sky")]


def test_unnumbered_opening_is_opening_1_while_none_known():
    w = World()
    assert w.fetch(1, F("theme_song", "opening 1", "Rouge")) == [
        ("revealed", "theme_song", "opening 1", None, "Rouge")]


def test_same_trailer_url_is_same_trailer():
    w2 = World()
    w2.fetch(1, F("trailer", "PV 1", "2023-07 https://youtu.be/xyz"))
    assert [c[:3] for c in w2.fetch(2, F("trailer", "teaser 1", "2023-07-14 https://youtu.be/xyz"))] == [
        ("refined", "trailer", "PV 1")]


def test_staff_identity_is_role_and_person():
    w = World()
    w.fetch(1, F("staff", "screenplay", "Toshizo Nemoto"))
    assert [c[0] for c in w.fetch(1, F("staff", "screenplay", "Toshizo Nemoto"),
                                   F("staff", "series composition", "Toshizo Nemoto"))] == ["revealed"]


def test_cast_set_under_empty_key():
    w = World()
    w.fetch(1, F("cast", "", "Yume Miyamoto"), F("cast", "", "Tomoyo Kurosawa"))
    w.fetch(1, F("cast", "", "Yume Miyamoto"))
    assert [c[0] for c in w.fetch(1, F("cast", "", "Yume Miyamoto"))] == ["retracted"]


def test_learned_aliases_are_state():
    w = World()
    w.fetch(1, F("cast", "Rouge Redstar", "Yume Miyamoto"))
    w.fetch(1, F("cast", "Rouge Redmaster", "Yume Miyamoto"))
    assert any("redmaster" in a for a in w.ws.aliases)


def test_display_of_first_sighting_kept():
    w = World()
    w.fetch(1, F("studio", "Studio Bones", "Studio Bones"))
    w.fetch(1, F("studio", "BONES", "BONES"))
    assert w.ss[1].facts[next(iter(w.ss[1].facts))].value == "Studio Bones"
    assert next(iter(w.ws.slots.values())).key_display == "Studio Bones"


@pytest.mark.parametrize("new,known,rel", [
    ("2024-01-10", "2024-01", "finer"), ("2024", "2024-01", "coarser"), ("2024-04", "2024-01", "conflict"),
    ("2024-01-11", "2024-01-10", "equal"), ("2024-01-13", "2024-01-10", "conflict"),
    ("2024-winter", "2024-01", "coarser"), ("2024-spring", "2024-01", "conflict"),
])
def test_compare_dates(new, known, rel):
    assert compare("release_date", new, known) == rel


def test_unnumbered_new_opening_takes_next_free_number():
    w = World()
    w.fetch(1, F("theme_song", "opening 1", "Rouge — YU-KA", evidence="Opening theme: Rouge by YU-KA"))
    assert w.fetch(2, F("theme_song", "opening 1", "Crimson Sky — ZAQ", evidence="The new opening is Crimson Sky")) == [
        ("revealed", "theme_song", "opening 2", None, "Crimson Sky — ZAQ")]
    # ...and from then on matches it by title
    assert w.fetch(1, F("theme_song", "opening 1", "Crimson Sky", evidence="opening: Crimson Sky")) == [
        ("corroborated", "theme_song", "opening 2", "Crimson Sky — ZAQ", "Crimson Sky")]


def test_explicit_opening_1_with_new_title_is_changed():
    w = World()
    w.fetch(1, F("theme_song", "opening 1", "Rouge", evidence="OP1: Rouge"))
    assert [c[0] for c in w.fetch(1, F("theme_song", "opening 1", "Noir", evidence="OP1: Noir"))] == ["changed"]


def test_two_scripts_one_person_through_a_page_printing_both():
    w = World()
    # without an alias, two scripts are two values
    assert [c[0] for c in w.fetch(3, F("staff", "character design", "川元利浩"))] == ["revealed"]
    out = w.fetch(1, F("staff", "chief director", "出渕裕"), F("staff", "chief director", "Yutaka Izubuchi"))
    assert [c[0] for c in out] == ["revealed"]
    # the alias holds for all later fetches and sources
    assert [c[0] for c in w.fetch(2, F("staff", "chief director", "出渕 裕"))] == ["corroborated"]
    assert w.fetch(1, F("staff", "chief director", "Yutaka Izubuchi")) == []
    assert [c[0] for c in w.fetch(3, F("staff", "character design", "Toshihiro Kawamoto"))] == ["revealed"]


def test_name_printed_in_both_scripts_teaches_alias():
    w = World()
    assert [c[0] for c in w.fetch(1, F("staff", "chief director", "出渕 裕（Yutaka Izubuchi）"))] == ["revealed"]
    assert [c[0] for c in w.fetch(2, F("staff", "chief director", "Yutaka Izubuchi"))] == ["corroborated"]
    assert [c[0] for c in w.fetch(3, F("staff", "chief director", "出渕裕"))] == ["corroborated"]
    w.fetch(1, F("cast", "ルージュ・レッドスター（Rouge Redstar）", "宮本侑芽（Yume Miyamoto）"))
    assert [c[0] for c in w.fetch(2, F("cast", "Rouge Redstar", "Yume Miyamoto"))] == ["corroborated"]
    assert [c[0] for c in w.fetch(3, F("cast", "ルージュ・レッドスター", "宮本侑芽"))] == ["corroborated"]


def test_theme_artist_in_other_script_does_not_dispute():
    w = World()
    w.fetch(1, F("theme_song", "opening 1", "Rouge — YU-KA"))
    assert [c[0] for c in w.fetch(2, F("theme_song", "opening 1", "Rouge — 由薫"))] == ["corroborated"]


def test_ab_test_flapping_values_log_one_change_and_known_follows():
    w = World()
    w.fetch(1, F("episodes", "", "12"))
    w.fetch(2, F("episodes", "", "12"))
    assert [c[0] for c in w.fetch(1, F("episodes", "", "13"))] == ["changed"]
    for v in ("12", "13", "12", "13"):
        assert w.fetch(1, F("episodes", "", v)) == []
    assert next(iter(w.ws.slots.values())).value == "13"
    assert w.fetch(2, F("episodes", "", "12")) == []          # stale now, from the other source
    assert [c[0] for c in w.fetch(3, F("episodes", "", "13"))] == ["corroborated"]


def test_vaguer_then_precise_again_logs_nothing():
    w = World()
    w.fetch(1, DATE("2024-01-10"))
    assert w.fetch(1, DATE("2024-01")) == []
    assert w.fetch(1, DATE("2024-01-10")) == []
    for _ in range(4):
        w.fetch(1, DATE("2024-01"))
    assert w.fetch(1, DATE("2024-01-10")) == []


def test_trailers_numbered_by_position_are_renumbered_not_changed():
    w = World()
    w.fetch(1, F("trailer", "trailer 1", "https://youtu.be/A"))
    out = w.fetch(1, F("trailer", "trailer 1", "https://youtu.be/C"), F("trailer", "trailer 2", "https://youtu.be/A"))
    assert out == [("revealed", "trailer", "trailer 2", None, "https://youtu.be/C")]
    # another source's own numbering of the same video is the same trailer
    assert [c[:3] for c in w.fetch(2, F("trailer", "teaser 3", "2023-10-15 https://youtu.be/C"))] == [
        ("refined", "trailer", "trailer 2")]
    assert w.fetch(1, F("trailer", "trailer 1", "https://youtu.be/C"), F("trailer", "trailer 2", "https://youtu.be/A")) == []


def test_two_lines_with_one_video_url_are_one_trailer():
    w = World()
    out = w.fetch(1, F("trailer", "trailer 1", "https://youtu.be/A"), F("trailer", "teaser 1", "2023-07-13 https://youtu.be/A"))
    assert out == [("revealed", "trailer", "teaser 1", None, "2023-07-13 https://youtu.be/A")]
    assert w.fetch(1, F("trailer", "trailer 2", "https://youtu.be/A"), F("trailer", "trailer 1", "https://youtu.be/B"),
                   F("trailer", "teaser 1", "2023-07-13 https://youtu.be/A")) == [
        ("revealed", "trailer", "trailer 1", None, "https://youtu.be/B")]
