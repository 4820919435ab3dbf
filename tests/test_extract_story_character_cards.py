"""Character cards placed under a site's STORY / あらすじ / Introduction part (which the label readers skip as
synopsis): a card's picture names the character in its alt text and the line right after it gives the voice
("CV. X", 「CV：X」, "Voiced by X"). Each card is one cast fact; the story's own sentences give none, and other
skipped parts (related works, news) stay unread.

Every form here is invented; none is a fixture page's wording."""
from extract_helpers import facts

W = "Glasswing Relay"
STORY = ("A relay of glass-winged couriers carries messages between floating towns, and two of them find a message "
         "addressed to nobody.")


def _site(part: str, heading: str = '<h2><img src="t.svg" alt="STORY"></h2>', title: str = W) -> str:
    return (f"<!doctype html><html lang=\"en\"><head><title>TV Anime \"{title}\" Official Site</title></head><body><main>"
            f"<p>TV anime \"{title}\" 2027.7 ON AIR</p><section>{heading}<p>{STORY}</p>{part}</section></main></body></html>")


def _card(char: str, cv: str, n: int = 1) -> str:
    return f'<li><a href="/en/character/#c{n}"><img src="c{n}.png" alt="{char}"><span class="cv">{cv}</span></a></li>'


def _cast(doc: str, title: str = W) -> set[tuple[str, str]]:
    return {(k, v) for f, k, v in facts(doc, title) if f == "cast"}


def test_thumbnails_under_image_heading_story():
    doc = _site(f"<ul>{_card('Mina Kestrel', 'CV. Aoi Tsukishiro')}{_card('Oren Vale', 'CV. Daichi Moriya', 2)}</ul>")
    assert {("Mina Kestrel", "Aoi Tsukishiro"), ("Oren Vale", "Daichi Moriya")} <= _cast(doc)


def test_text_heading_introduction_with_colon():
    doc = _site(f"<ul>{_card('Mina Kestrel', 'CV: Aoi Tsukishiro')}</ul>", heading="<h2>INTRODUCTION</h2>")
    assert ("Mina Kestrel", "Aoi Tsukishiro") in _cast(doc)


def test_voiced_by_line():
    doc = _site(f"<ul>{_card('Mina Kestrel', 'Voiced by Aoi Tsukishiro')}</ul>", heading="<h2>Synopsis</h2>")
    assert ("Mina Kestrel", "Aoi Tsukishiro") in _cast(doc)


def test_figure_with_caption_paragraph():
    doc = _site('<figure><img src="m.png" alt="Mina Kestrel"><p>CV. Aoi Tsukishiro</p></figure>')
    assert ("Mina Kestrel", "Aoi Tsukishiro") in _cast(doc)


def test_japanese_story_heading_and_cv():
    doc = _site(f"<ul>{_card('ミナ・ケストレル', 'CV：月代あおい')}</ul>", heading="<h2>あらすじ</h2>")
    assert ("ミナ・ケストレル", "月代あおい") in _cast(doc)


def test_trap_story_sentences_give_no_cast():
    doc = _site("<p>Mina Kestrel, a courier who never flies at night, and Oren Vale, a mechanic, meet on the roof.</p>")
    assert not _cast(doc)


def test_trap_logo_alt_then_plain_line():
    doc = _site('<p><img src="logo.png" alt="Glasswing Relay logo"></p><p>Broadcast starts in July.</p>')
    assert not _cast(doc)


def test_trap_related_works_cards_stay_unread():
    doc = _site(f"<ul>{_card('Mina Kestrel', 'CV. Aoi Tsukishiro')}</ul>"
                f"</section><section><h2>Related anime</h2><ul>{_card('Captain Hale', 'CV. Goro Ibuki', 3)}</ul>")
    got = _cast(doc)
    assert ("Mina Kestrel", "Aoi Tsukishiro") in got
    assert not any(v == "Goro Ibuki" for _, v in got)
