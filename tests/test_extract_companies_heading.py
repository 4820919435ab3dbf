"""A box heading of the companies' credits ("Companies", "Production Companies", 「制作会社一覧」) after a staff list is
a section heading, never one more value of the label above it ("Producer: | Taichi Ogura" then "<b>Companies</b>"
read as a second producer 'Companies'). Found by the chrome audit among the facts no answer key expects."""
from extract_helpers import facts

TITLE = "Lanternmoth Courier"


def entry(rows: str) -> str:
    return (f"<!doctype html><html><head><title>{TITLE} (movie) - Anime Encyclopedia</title></head><body><main>"
            f"<h1>{TITLE} (movie)</h1><div class=\"credits\"><b>Staff</b><table>{rows}</table></div></main></body></html>")


def staff_values(fs):
    return {v for f, k, v in fs if f == "staff"}


def test_companies_after_producer_en():
    fs = facts(entry("<tr><td>Director:</td><td>Aoi Shinjo</td></tr><tr><td>Producer:</td><td>Taichi Ogura</td></tr>"
                     "</table><b>Companies</b><table><tr><td>Animation Production:</td><td>Studio Parhelion</td></tr>"),
               TITLE, url="https://encyclopedia.example/anime/123")
    assert "Companies" not in staff_values(fs)
    assert "Taichi Ogura" in staff_values(fs)


def test_production_companies_heading():
    fs = facts(entry("<tr><td>Producer:</td><td>Taichi Ogura</td></tr>"
                     "</table><b>Production Companies</b><table><tr><td>Animation Production:</td><td>Studio Parhelion</td></tr>"),
               TITLE, url="https://encyclopedia.example/anime/124")
    assert not any("ompanies" in v for v in staff_values(fs))


def test_ja_companies_heading():
    fs = facts(entry("<tr><td>プロデューサー：</td><td>小倉太一</td></tr>"
                     "</table><b>制作会社一覧</b><table><tr><td>アニメーション制作：</td><td>スタジオ幻日</td></tr>"),
               TITLE, url="https://encyclopedia.example/anime/125")
    assert "制作会社一覧" not in staff_values(fs)


def test_keep_the_studio_under_the_companies_heading():
    fs = facts(entry("<tr><td>Producer:</td><td>Taichi Ogura</td></tr>"
                     "</table><b>Companies</b><table><tr><td>Animation Production:</td><td>Studio Parhelion</td></tr>"),
               TITLE, url="https://encyclopedia.example/anime/126")
    assert any(f == "studio" and "Parhelion" in v for f, k, v in fs)
