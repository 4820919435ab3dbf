"""A credit label in the plural, several people sharing one role ("Chief Animation Directors: A, B", "Character
Designers", "Episode Directors", "Storyboards", "Art Directors", in a <dl>, a table or a colon line): the role of its
singular, one fact per person. Traps: a plural that is a committee's label ("Producers": the companies) stays no
staff, a label that only ends in s ("Series", "Sound Effects" as written) is not cut.

Every form here is invented; none is a fixture page's wording."""
from extract_helpers import facts

W = "Copperwing Ferry"


def _site(body: str) -> str:
    return (f"<!doctype html><html lang=\"en\"><head><title>TV Anime \"{W}\" Official Site</title></head><body><main>"
            f"<p>TV anime \"{W}\" 2027.4 ON AIR</p><section><h2>STAFF</h2>{body}</section></main></body></html>")


def _staff(body: str) -> set[tuple[str, str]]:
    return {(k, v) for f, k, v in facts(_site(body), W) if f == "staff"}


def test_plural_chief_animation_directors_in_a_dl():
    got = _staff("<dl><dt>Director</dt><dd>Jun Oda</dd><dt>Chief Animation Directors</dt><dd>Mio Tanabe, Ryo Hase</dd></dl>")
    assert {("chief animation director", "Mio Tanabe"), ("chief animation director", "Ryo Hase")} <= got


def test_plural_character_designers_in_a_table():
    got = _staff("<table><tr><th>Director</th><td>Jun Oda</td></tr><tr><th>Character Designers</th>"
                 "<td>Aki Mune / Saki Ueno</td></tr></table>")
    assert {("character design", "Aki Mune"), ("character design", "Saki Ueno")} <= got


def test_plural_labels_on_colon_lines():
    got = _staff("<ul><li>Director: Jun Oda</li><li>Art Directors: Ken Ito, Rie Sato</li><li>Storyboards: Goro Imai</li>"
                 "<li>Episode Directors: Mai Aoi</li></ul>")
    assert {("art director", "Ken Ito"), ("art director", "Rie Sato"), ("storyboard", "Goro Imai"),
            ("episode director", "Mai Aoi")} <= got


def test_producers_plural_stays_a_committee_label():
    got = _staff("<dl><dt>Director</dt><dd>Jun Oda</dd><dt>Producers</dt><dd>Harbor Pictures, Kumoji Records</dd></dl>")
    assert not any("Harbor" in v or "Kumoji" in v for _, v in got)


def test_singular_label_ending_in_s_unchanged():
    got = _staff("<dl><dt>Director</dt><dd>Jun Oda</dd><dt>Sound Effects</dt><dd>Ken Ito</dd></dl>")
    assert ("sound effects", "Ken Ito") in got
