"""Two people sharing one staff credit, joined by a cross ("Music: A × B", 「音楽：A×B」): each is credited under
the role. A studio pair stays a studio pair; a unit whose sides are not people stays whole.

Every form here is invented; none is a fixture page's wording."""
from extract_helpers import facts

W = "Glasswing Relay"


def _site(body: str) -> str:
    return (f"<!doctype html><html lang=\"en\"><head><title>TV Anime \"{W}\" Official Site</title></head><body><main>"
            f"<p>TV anime \"{W}\" 2027.7 ON AIR</p><section><h2>STAFF</h2>{body}</section></main></body></html>")


def _staff(body: str, title: str = W) -> set[tuple[str, str]]:
    return {(k, v) for f, k, v in facts(_site(body), title) if f == "staff"}


def test_dl_music_pair_with_spaced_cross():
    got = _staff("<dl><dt>Director</dt><dd>Keiji Amano</dd><dt>Music</dt><dd>Ai Fujimura × Ken Rowland</dd></dl>")
    assert ("music", "Ai Fujimura") in got and ("music", "Ken Rowland") in got


def test_colon_line_pair_without_spaces():
    got = _staff("<ul><li>Director: Keiji Amano</li><li>Music: Ai Fujimura×Ken Rowland</li></ul>")
    assert ("music", "Ai Fujimura") in got and ("music", "Ken Rowland") in got


def test_table_row_three_people():
    got = _staff("<table><tr><th>Director</th><td>Keiji Amano</td></tr>"
                 "<tr><th>Screenplay</th><td>Mio Tsuda × Rei Hanabusa × Sho Kanda</td></tr></table>")
    assert {("screenplay", "Mio Tsuda"), ("screenplay", "Rei Hanabusa"), ("screenplay", "Sho Kanda")} <= got


def test_japanese_pair():
    got = _staff("<dl><dt>監督</dt><dd>天野恵二</dd><dt>音楽</dt><dd>藤村あい×ロウランド健</dd></dl>")
    assert ("music", "藤村あい") in got and ("music", "ロウランド健") in got


def test_multiplication_sign_variant():
    got = _staff("<ul><li>Director: Keiji Amano</li><li>Music: Ai Fujimura ✕ Ken Rowland</li></ul>")
    assert ("music", "Ai Fujimura") in got and ("music", "Ken Rowland") in got


def test_trap_pair_not_kept_joined():
    got = _staff("<ul><li>Director: Keiji Amano</li><li>Music: Ai Fujimura × Ken Rowland</li></ul>")
    assert not any("×" in v for _, v in got)


def test_trap_studio_pair_is_no_staff():
    doc = _site("<ul><li>Director: Keiji Amano</li><li>Animation Production: Studio Kumo × Orbit Works</li></ul>")
    got = facts(doc, W)
    assert not any(f == "staff" and ("Kumo" in v or "Orbit" in v) for f, _, v in got)


def test_single_person_unchanged():
    assert ("music", "Ai Fujimura") in _staff("<ul><li>Director: Keiji Amano</li><li>Music: Ai Fujimura</li></ul>")
