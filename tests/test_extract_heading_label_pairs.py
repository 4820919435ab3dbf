"""A wiki's portable infobox prints each label as a small heading over its value (Fandom's <h3 class="pi-data-label">
then <div class="pi-data-value">): the pair is read as the labelled field it is ("Episodes" / "13 [3]", "Licensed by" /
a service, 話数 / 全12話), like a table's label cell. A section heading over prose, a list or a long text stays a
heading. Invented words."""
from extract_helpers import facts

T = "Lamp Orchard"


def fandom(*pairs: tuple[str, str], tag: str = "h3", title: str = T, body: str = "") -> str:
    box = "".join(f'<div class="pi-item pi-data"><{tag} class="pi-data-label">{k}</{tag}><div class="pi-data-value">{v}</div></div>'
                  for k, v in pairs)
    return (f"<!doctype html><html><head><title>{title} (anime) | {title} Wiki | Fandom</title></head><body><main>"
            f'<h1>{title} (anime)</h1><aside class="portable-infobox"><h2 class="pi-title">{title}</h2>'
            f'<section class="pi-group">{box}</section></aside><p><b>{title}</b> is an upcoming anime series.</p>{body}'
            "</main></body></html>")


def got(doc: str, title: str = T) -> set[tuple[str, str, str]]:
    return facts(doc, title)


def test_episodes_with_a_footnote_mark():
    assert ("episodes", "", "13") in got(fandom(("Directed by", "Rin Aso"), ("Studio", "Studio Kite"), ("Episodes", "13 <sup>[3]</sup>")))


def test_licensed_by_a_service_and_an_original_network():
    g = got(fandom(("Studio", "Studio Kite"), ("Licensed by", "Amazon Prime Video"), ("Original network", "TBS")))
    assert ("streaming", "amazonprimevideo", "Amazon Prime Video") in g and ("broadcaster", "tbs", "TBS") in g


def test_directed_by_and_music_by():
    g = got(fandom(("Directed by", "Rin Aso"), ("Music by", "Kou Hanabusa"), ("Episodes", "12")))
    assert ("staff", "director", "Rin Aso") in g and ("staff", "music", "Kou Hanabusa") in g


def test_h4_labels():
    g = got(fandom(("Studio", "Studio Kite"), ("Episodes", "24"), ("Directed by", "Rin Aso"), tag="h4"))
    assert ("episodes", "", "24") in g and ("staff", "director", "Rin Aso") in g


def test_japanese_labels():
    g = got(fandom(("監督", "麻生りん"), ("アニメーション制作", "スタジオカイト"), ("話数", "全12話"), title="灯りの果樹園"), "灯りの果樹園")
    assert ("episodes", "", "12") in g and ("staff", "director", "麻生りん") in g


# ---- traps: a heading over prose or a list is a section heading, not a label
def test_music_heading_over_prose_is_no_credit():
    body = ("<h3>Music</h3><div>The soundtrack was recorded in Lisbon over three weeks with a small string ensemble "
            "and a choir of local students.</div>")
    g = got(fandom(("Studio", "Studio Kite"), ("Episodes", "12"), body=body))
    assert not any(f[0] == "staff" and f[1] == "music" for f in g)


def test_episodes_heading_over_an_episode_list_is_no_count():
    body = "<h3>Episodes</h3><ol><li>The Lamp Is Lit</li><li>Orchard at Night</li></ol>"
    g = got(fandom(("Studio", "Studio Kite"), ("Directed by", "Rin Aso"), body=body))
    assert not any(f[0] == "episodes" for f in g)


def test_a_heading_over_a_colon_line_stays_a_heading():
    body = "<h3>Broadcast</h3><div>Note: the station has not been announced.</div>"
    g = got(fandom(("Studio", "Studio Kite"), ("Episodes", "12"), body=body))
    assert not any(f[0] == "broadcaster" for f in g)
