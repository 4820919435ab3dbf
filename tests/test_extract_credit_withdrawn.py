"""A credit the sentence takes back: the person is named with a role, and the same clause says they are not on
this production ("Director X is also not returning", "composer Y won't be back", "Z has stepped down"). A
careful reader takes no staff fact from it, whatever shape named the role (a title before the name, "X, the
director of the first season, …", "X (director)"); a returning or joining person still counts.

Every form here is invented; none is a fixture page's wording."""
from extract_helpers import facts, news

W = "Saltwind Couriers"
STORY = ("Couriers who carry letters across a salt desert on wind-powered sledges discover that one of their parcels "
         "is a sleeping girl, and the guild that sent it wants her back before the season of storms begins.")


def _staff(paragraphs: list[str]) -> set[tuple[str, str]]:
    doc = news([STORY, f"{W} Season 2 premieres in April 2027.", *paragraphs], title=f"{W} Season 2 news")
    return {(k, v) for f, k, v in facts(doc, f"{W} Season 2") if f == "staff"}


def _names(paragraphs: list[str]) -> set[str]:
    return {v for _, v in _staff(paragraphs)}


def test_title_before_name_also_not_returning():
    assert "Goro Hanabusa" not in _names(["Director Goro Hanabusa is also not returning."])


def test_will_not_return_for_the_sequel():
    assert "Rika Tomoe" not in _names(["Series composer Rika Tomoe will not return for the sequel."])


def test_wont_be_back():
    assert "Ken Oda" not in _names(["Composer Ken Oda won't be back for the second season."])


def test_has_stepped_down():
    assert "Mio Sato" not in _names(["Character designer Mio Sato has stepped down from the project."])


def test_has_left_the_production():
    assert "Daichi Mori" not in _names(["Sound director Daichi Mori has left the production."])


def test_no_longer_involved():
    assert "Aki Rin" not in _names(["Music composer Aki Rin is no longer involved with the series."])


def test_is_not_part_of_the_new_team():
    assert "Sora Ibuki" not in _names(["Art director Sora Ibuki isn't part of the new team."])


def test_directing_credit_then_departure_in_same_clause():
    assert "Jun Kaga" not in _names(["Jun Kaga, who directed the first season, is not returning."])


def test_departs_after_season_one():
    assert "Nao Fujii" not in _names(["Screenwriter Nao Fujii departs after season one."])


def test_negation_in_other_clause_keeps_the_credit():
    got = _staff(["Director Kanako Hibiki returns for the sequel, but the original composer is not returning."])
    assert ("director", "Kanako Hibiki") in got


def test_returning_director_still_credited():
    assert ("director", "Kanako Hibiki") in _staff(["Director Kanako Hibiki is returning for the sequel."])


def test_replacement_credited_departing_not():
    got = _staff(["Director Yoji Amano is not returning. Instead, Emi Kuroba is directing the sequel."])
    assert "Yoji Amano" not in {v for _, v in got}
