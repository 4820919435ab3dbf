"""A database entry's licensor row ("Licensed by: HIDIVE (North America, UK, Ireland)", "Licensors: …"): a
licensor that is a known streaming service streams the work in those regions; a home-video or distribution label
(Sentai Filmworks, Aniplex of America) is no streaming service, and a placeholder ("None found") is nothing.

Every form here is invented; none is a fixture page's wording."""
from extract_helpers import facts

W = "Bramble Signal"


def _db(rows: str) -> str:
    return (f"<!doctype html><html lang=\"en\"><head><title>{W} (TV) - Anime Database</title></head><body><main>"
            f"<h1>{W} (TV)</h1><div class=\"info\"><div><strong>Genres:</strong> drama, mystery</div>"
            f"<div><strong>Number of episodes:</strong> 12</div>{rows}</div></main></body></html>")


def _streams(rows: str) -> dict[str, str]:
    return {k: v for f, k, v in facts(_db(rows), W) if f == "streaming"}


def test_licensed_by_with_regions():
    got = _streams("<div><strong>Licensed by:</strong> HIDIVE (North America, UK, Ireland)</div>")
    assert got.get("hidive", "").startswith("HIDIVE") and "North America" in got["hidive"]


def test_licensors_list_keeps_only_the_service():
    got = _streams("<div><strong>Licensors:</strong> Aniplex of America, Crunchyroll</div>")
    assert "crunchyroll" in got
    assert not any("aniplex" in k for k in got)


def test_licensor_list_item_with_home_video_label():
    got = _streams("<ul><li><b>Licensor:</b> Netflix, Sentai Filmworks</li></ul>")
    assert "netflix" in got
    assert not any("sentai" in k for k in got)


def test_north_american_licensor_label():
    got = _streams("<div><strong>North American licensor:</strong> Crunchyroll</div>")
    assert "crunchyroll" in got


def test_trap_home_video_label_is_no_service():
    got = _streams("<div><strong>Licensed by:</strong> Sentai Filmworks</div>")
    assert not got


def test_trap_placeholder():
    got = _streams("<div><strong>Licensors:</strong> None found, add some</div>")
    assert not got


def test_trap_other_labels_still_ignored():
    got = _streams("<div><strong>Producers:</strong> Crunchyroll, Lantern Pictures</div>")
    assert not got
