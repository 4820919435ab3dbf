"""The named-event reader (named_event_shows and its Japanese half) widened to the family of ways a page says where
something of the work was first shown: an event known only by its name and year ("at Anime Harbor 2026", "on the
main stage of Tokyo Anime Harvest 2026"), a premiere kind as what was shown ("the film's North American premiere"),
a definite video the paragraph already has in view ("the PV was screened …"), and names that are no other title
(an author's manga, a region, a sentence's article). Each form is in invented words; each trap must stay no fact."""
from extract_helpers import facts, news

T = "Lantern Ferry"


def events(doc: str, title: str = T, *aliases: str) -> set[tuple[str, str]]:
    return {(k, v) for f, k, v in facts(doc, title, *aliases) if f == "premiere_event"}


def keys(doc: str, title: str = T, *aliases: str) -> set[str]:
    return {k for k, _ in events(doc, title, *aliases)}


def page(*paras: str, headline: str = "Lantern Ferry anime reveals its first PV") -> str:
    return news(["Lantern Ferry, the TV anime of Mio Sakurai's fantasy manga, will premiere next year.", *paras], title=headline)


# ---- an event by its name and year, no event noun
def test_unveiled_on_the_main_stage_of_an_event_named_by_its_year():
    got = events(page("The first PV of Lantern Ferry was unveiled on the main stage of Kitakaze Creators Harvest 2026 on July 19."))
    assert ("Kitakaze Creators Harvest 2026", "first pv unveiled") in got


def test_event_first_then_what_was_shown():
    got = keys(page("At Minato Anime Harbor 2026, the staff of Lantern Ferry debuted a teaser trailer and the key visual."))
    assert "Minato Anime Harbor 2026" in got


def test_announced_at_a_forum_where_a_visual_was_shown():
    got = keys(page("The anime was announced on May 2, 2026 at the Hokkai Animation Forum 2026, where a teaser trailer and the first visual were shown."))
    assert "Hokkai Animation Forum 2026" in got


def test_a_panel_of_the_work_at_a_dated_event():
    got = keys(page("The second PV premiered during the Lantern Ferry panel at Sakura Bay Anime Gathering 2026 in Kobe."))
    assert "Sakura Bay Anime Gathering 2026" in got


def test_definite_video_on_the_works_page_without_its_title():
    got = keys(page("Later that afternoon, the PV was screened for a full hall at the Aoba Light Novel Fes 2026 stage in Sendai."))
    assert "Aoba Light Novel Fes 2026" in got


def test_definite_key_visual_of_the_season():
    got = keys(page("The series' first key visual was also revealed at Umineko Comic Days 2026 in Osaka."))
    assert "Umineko Comic Days 2026" in got


def test_adaptation_of_an_authors_manga_announced_at_a_stage_event():
    got = keys(news(["The TV anime adaptation of Rei Hoshikawa's manga was announced on March 3, 2026 during the Tsubame Manga "
                     "Matsuri 2026 stage event, where the first teaser PV was screened."],
                    title="Lantern Ferry (TV) - AniDB entry"))
    assert "Tsubame Manga Matsuri 2026" in got


def test_a_premiere_kind_is_what_was_shown():
    got = events(page("Audiences can catch the film at the Maplewood Animation Festival 2026 in Toronto, where the film's North "
                      "American premiere will be held with the English dub."))
    assert ("Maplewood Animation Festival 2026", "north american premiere") in got


def test_season_page_names_the_franchise_panel():
    doc = news(["Lantern Ferry Season 2 will air in July 2027.",
                "The season's first teaser PV debuted during the Lantern Ferry panel at Kujira Anime Harbor 2026 in Yokohama."],
               title="Lantern Ferry Season 2: teaser")
    assert "Kujira Anime Harbor 2026" in keys(doc, "Lantern Ferry Season 2")


# ---- traps
def test_trap_another_titles_teaser_at_a_dated_event():
    got = keys(page("A teaser for Copper Kettle Diner debuted at Minato Anime Harbor 2026 as well."))
    assert not got


def test_trap_another_title_named_in_the_sentence():
    got = keys(page("The PV of Glass Moth Parade was screened at Aoba Light Novel Fes 2026."))
    assert not got


def test_trap_a_holiday_with_its_year_is_no_event():
    got = keys(page("The PV of Lantern Ferry was unveiled during Golden Week 2026 on the official channel."))
    assert not got


def test_trap_an_earlier_season_at_a_dated_event():
    doc = news(["Lantern Ferry Season 2 will air in July 2027.",
                "The first season's teaser PV premiered at Kujira Anime Harbor 2024 in Yokohama."],
               title="Lantern Ferry Season 2: teaser")
    assert not keys(doc, "Lantern Ferry Season 2")


def test_trap_hoped_for_showing_in_a_comment():
    got = keys(page("Reader comment: I hope the PV gets shown at Minato Anime Harbor 2027!"))
    assert not got


def test_trap_negated_showing():
    got = keys(page("No new PV of Lantern Ferry will be shown at Minato Anime Harbor 2026, the staff said."))
    assert not got


def test_trap_a_directors_past_film():
    got = keys(page("The director's previous film premiered at the Kestrel Bay Film Week 2025 in Oslo."))
    assert not got
