"""A cast table split by one-cell language rows ("<th colspan=2>Japanese</th>", "English Dub", 「英語吹替版」): the rows
below each are that language's parts (the original's with no suffix, a dub's with " [Lang]"), not a broken table."""
from extract_helpers import facts

W = "Saltglass Ferry"


def _page(body: str, title: str = W) -> str:
    return (f"<!doctype html><html><head><title>{title} (TV) - Anime Database</title></head><body><main>"
            f"<h1>{title} (TV)</h1>{body}</main></body></html>")


def _cast(body: str, title: str = W) -> set[tuple[str, str]]:
    return {(k, v) for f, k, v in facts(_page(body, title), title) if f == "cast"}


def _row(a: str, b: str, link: bool = True) -> str:
    b = f'<a href="/people.php?id={abs(hash(b)) % 9999}">{b}</a>' if link else b
    return f"<tr><td>{a}</td><td>{b}</td></tr>"


def test_bold_cast_label_with_th_language_rows():
    body = ("<div><b>Cast</b><table><tr><th colspan=\"2\">Japanese</th></tr>" + _row("Mina Okabe:", "Rika Sonozaki")
            + _row("Ferryman:", "Goro Tanigawa") + "<tr><th colspan=\"2\">English</th></tr>" + _row("Mina Okabe:", "Carla Whitfield")
            + "</table></div>")
    got = _cast(body)
    assert {("Mina Okabe", "Rika Sonozaki"), ("Ferryman", "Goro Tanigawa"), ("Mina Okabe [English]", "Carla Whitfield")} <= got, got


def test_heading_then_td_dub_rows_without_colons():
    body = ("<h3>Voice Cast</h3><table><tr><td colspan=\"2\">Japanese Version</td></tr>" + _row("Mina Okabe", "Rika Sonozaki")
            + "<tr><td colspan=\"2\">English Dub</td></tr>" + _row("Mina Okabe", "Carla Whitfield") + _row("Ferryman", "Dale Porter")
            + "</table>")
    got = _cast(body)
    assert {("Mina Okabe", "Rika Sonozaki"), ("Mina Okabe [English]", "Carla Whitfield"), ("Ferryman [English]", "Dale Porter")} <= got, got


def test_language_row_with_colon_and_regional_dub():
    body = ("<h2>Cast</h2><table><tr><th colspan=\"2\">Japanese:</th></tr>" + _row("Mina Okabe", "Rika Sonozaki")
            + "<tr><th colspan=\"2\">Spanish (Latin America) Dub</th></tr>" + _row("Mina Okabe", "Lucia Ferrer") + "</table>")
    got = _cast(body)
    assert ("Mina Okabe", "Rika Sonozaki") in got and ("Mina Okabe [Spanish]", "Lucia Ferrer") in got, got


def test_japanese_language_rows():
    title = "塩硝子の渡し舟"
    body = ("<h2>キャスト</h2><table><tr><th colspan=\"2\">日本語版</th></tr>" + _row("ミナ", "園崎リカ") + _row("渡し守", "谷川吾郎")
            + "<tr><th colspan=\"2\">英語吹替版</th></tr>" + _row("ミナ", "Carla Whitfield") + "</table>")
    got = _cast(body, title)
    assert {("ミナ", "園崎リカ"), ("渡し守", "谷川吾郎"), ("ミナ [English]", "Carla Whitfield")} <= got, got


def test_only_a_dub_row_on_top():
    body = ("<h2>Cast</h2><table><tr><th colspan=\"2\">French version</th></tr>" + _row("Mina Okabe", "Claire Dubois")
            + _row("Ferryman", "Marc Lefevre") + "</table>")
    got = _cast(body)
    assert {("Mina Okabe [French]", "Claire Dubois"), ("Ferryman [French]", "Marc Lefevre")} <= got, got
    assert ("Mina Okabe", "Claire Dubois") not in got, got


def test_language_rows_over_unlinked_names_under_a_cast_heading():
    body = ("<h3>Cast</h3><table><tr><th colspan=\"2\">English cast</th></tr>" + _row("Mina Okabe", "Carla Whitfield", link=False)
            + _row("Ferryman", "Dale Porter", link=False) + "</table>")
    got = _cast(body)
    assert ("Mina Okabe [English]", "Carla Whitfield") in got, got


def test_staff_table_with_a_language_row_is_no_cast():
    body = ("<h2>Staff</h2><table><tr><th colspan=\"2\">Japanese</th></tr>" + _row("Director:", "Rika Sonozaki")
            + _row("Music:", "Goro Tanigawa") + "</table>")
    got = _cast(body)
    assert not any(v in ("Rika Sonozaki", "Goro Tanigawa") for _, v in got), got


def test_info_box_with_a_language_row_is_no_cast():
    body = ("<table><tr><th colspan=\"2\">English</th></tr>" + _row("Aired:", "April 2027", link=False)
            + _row("Episodes:", "12", link=False) + "</table>")
    got = _cast(body)
    assert not got, got
