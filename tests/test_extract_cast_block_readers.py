"""Cast blocks read by their structure, not by their wording: a block whose class names it the cast (no CAST
heading over it), a cast table's "Part:" | actor rows, a card that prints a reading after a name, and "voiced by"
with a word on who the actor is before the name. Invented pages, EN and JA, with the traps each reader must leave."""
from extract_helpers import facts, news


def _site(body: str, title: str = "Brine Lantern") -> str:
    return (f"<!doctype html><html><head><title>TVアニメ「{title}」公式サイト</title></head><body><main>"
            f"{body}</main></body></html>")


def _db(body: str, title: str = "Brine Lantern") -> str:
    return (f"<!doctype html><html><head><title>{title} (TV) - Anime DB</title></head><body><main><h1>{title} (TV)</h1>"
            f"{body}</main></body></html>")


def _cast(doc: str, title: str = "Brine Lantern") -> set[tuple[str, str]]:
    return {(k, v) for f, k, v in facts(doc, title) if f == "cast"}


# ------------------------------------------------------------------ "voiced by <a word on who> Actor"
def test_voiced_by_a_described_actor():
    doc = news(["The Brine Lantern anime adds two more: the lighthouse keeper Oska, voiced by veteran Tomoya Saeki, "
                "and the harbor cat Bun, voiced by newcomer Rika Tamura."])
    assert {("Oska", "Tomoya Saeki"), ("Bun", "Rika Tamura")} <= _cast(doc)


def test_voiced_played_portrayed_by_described_actors():
    for text, pair in (("In Brine Lantern, Queen Ysolde is voiced by stage actress Mirei Kagawa.", ("Queen Ysolde", "Mirei Kagawa")),
                       ("Brine Lantern's Teo, played by series newcomer Daichi Mori, leads the cast.", ("Teo", "Daichi Mori")),
                       ("For Brine Lantern, Lady Fen will be voiced by industry veteran Sumire Oda.", ("Lady Fen", "Sumire Oda")),
                       ("Marro, portrayed by acclaimed newcomer Yuna Sato, joins Brine Lantern.", ("Marro", "Yuna Sato"))):
        assert pair in _cast(news([text])), text


def test_voiced_by_no_named_actor_gives_nothing():
    doc = news(["Brine Lantern cast: Pell, voiced by the same actor in the original film, returns."])
    assert not _cast(doc)
