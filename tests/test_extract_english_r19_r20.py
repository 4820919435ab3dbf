"""English news and announcement pages (the misses of holdout rounds 19-20): each rule on a snippet of its own,
with invented names, and the trap next to it that must stay out."""
from extract_helpers import facts, news


def _keys(found, field):
    return {(k, v) for f, k, v in found if f == field}


def test_a_correction_note_does_not_restate_the_wrong_network():
    doc = news(["Harbor Lantern is set to premiere in April 2027 on Nippon TV.",
                "Correction: An earlier version of this article said the series would air on TV Asahi. It will air on Nippon TV."],
               title="Harbor Lantern gets April premiere")
    nets = {k for k, v in _keys(facts(doc, "Harbor Lantern"), "broadcaster")}
    assert any("nippon" in k for k in nets)
    assert not any("asahi" in k for k in nets)


def test_a_director_in_a_which_clause_about_another_title_is_that_titles():
    doc = news(["Studio Quill is animating Harbor Lantern, directed by Mina Sorel.",
                "The publisher had earlier backed Glass Orchard, which Studio Quill animated under director Toma Reyes "
                "and which premiered in 2025."],
               title="Harbor Lantern staff revealed")
    staff = _keys(facts(doc, "Harbor Lantern"), "staff")
    assert ("director", "Mina Sorel") in staff
    assert not any(v == "Toma Reyes" for k, v in staff)
