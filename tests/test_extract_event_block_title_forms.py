"""An official site's event block: a title line naming the screening, then its date and venue, then what is shown.
The title may put the kind first and the event's own quoted name after it ('Advance screening "X: Opening Day"',
'Premiere Event: "…"') or last ('"X" Advance Screening'); the programme line may say "screening of episodes 1 and 2"
as well as "Episodes 1 and 2 screening". One reader (prose.titled_screening) for all of them.

Every form here is invented; none is a fixture page's wording."""
from extract_helpers import facts

W = "Lantern Quay"


def _site(block: str, title: str = W) -> str:
    return (f"<!doctype html><html lang=\"en\"><head><title>TV Anime \"{title}\" Official Site</title></head><body><main>"
            f"<p>TV anime \"{title}\" 2027.4 ON AIR</p><section><h2>EVENT</h2>{block}</section></main></body></html>")


def _events(doc: str) -> dict[str, str]:
    return {k: v for f, k, v in facts(doc, W) if f == "premiere_event"}


def _has(doc: str, name: str, shown: str) -> bool:
    return any(name.lower() in k.lower() and shown in v.lower() for k, v in _events(doc).items())


def test_kind_first_then_quoted_name_then_episodes_will_be_screened():
    doc = _site(f'<p><strong>Advance screening "{W}: First Light"</strong><br>Date: March 20, 2027 (Sat) / Venue: '
                "Harbor Hall<br>Episodes 1 and 2 will be screened ahead of the broadcast.</p>")
    assert _has(doc, f"{W}: First Light", "episodes 1 and 2")


def test_kind_first_with_colon_and_curly_quotes():
    doc = _site(f"<h3>Premiere Event: “{W} Night”</h3><p>Date: March 21, 2027</p><p>Venue: Quay Theater</p>"
                "<p>The first episode will be screened, followed by a cast talk.</p>")
    assert _has(doc, f"{W} Night", "first episode")


def test_kind_last_then_program_screening_of():
    doc = _site(f'<p><strong>"{W}" Advance Screening</strong><br>Date: March 6, 2027<br>Venue: Bay Cinema<br>'
                "Program: screening of episodes 1 and 2, followed by a talk.</p>")
    assert _has(doc, f"{W}", "episodes 1 and 2")


def test_program_advance_screening_of_first_episode():
    doc = _site(f"<h3>{W} Special Screening</h3><p>Date: March 7, 2027</p>"
                "<p>Contents: advance screening of the first episode and a stage greeting</p>")
    assert _has(doc, f"{W}", "first episode")


def test_program_episode_first_order_still_read():
    doc = _site(f"<h3>{W} Advance Screening</h3><p>Date: March 7, 2027</p><p>Program: Episode 1 screening and cast talk</p>")
    assert _has(doc, f"{W}", "episode 1")


def test_trap_quoted_name_of_another_title():
    doc = _site('<p><strong>Advance screening "Copper Tide: Opening Night"</strong><br>Date: March 20, 2027<br>'
                "Episodes 1 and 2 will be screened ahead of the broadcast.</p>")
    assert not any("copper tide" in k.lower() for k in _events(doc))


def test_trap_screening_cancelled():
    doc = _site(f'<p><strong>Advance screening "{W}: First Light"</strong><br>Date: March 20, 2027<br>'
                "Episodes 1 and 2 will not be screened as planned.</p>")
    assert not _events(doc)


def test_trap_program_screening_of_other_work():
    doc = _site(f"<h3>{W} Advance Screening</h3><p>Date: March 7, 2027</p>"
                "<p>Program: screening of the film Copper Tide, followed by a talk</p>")
    assert not any("copper" in v.lower() for v in _events(doc).values())
