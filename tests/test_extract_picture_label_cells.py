"""A label cell drawn as a picture (<dt><img alt="Director"></dt>, <th><img alt="音楽"></th>) on an official site's
staff list is a label like a text cell: it ends the values of the label above it and takes the next cell's value.
Found by the chrome audit (/work/perf12/chrome_audit.py): a director read as the original creator because the
picture label was skipped and the text label above it kept its values."""
from extract_helpers import facts

TITLE = "Quillwater Sirens"


def site(body: str, lang: str = "en") -> str:
    return (f"<!doctype html><html lang=\"{lang}\"><head><title>STAFF / CAST | TV Anime「{TITLE}」Official Site</title>"
            f"</head><body><header><nav><ul><li><a href=\"/\">TOP</a></li><li><a href=\"/news/\">NEWS</a></li></ul>"
            f"</nav></header><main><h1>{TITLE}</h1>{body}</main><footer>&copy; Quillwater Partners</footer></body></html>")


def got(body, lang="en"):
    return facts(site(body, lang), TITLE, url="https://quillwater-anime.example/staff/")


def staff(fs, role):
    return {v for f, k, v in fs if f == "staff" and k == role}


def test_picture_dt_after_text_dt_takes_its_own_value():
    fs = got('<section class="staff"><h2>STAFF</h2><dl><dt>Original Work</dt><dd>Mariko Tessai</dd>'
             '<dt><img src="/r/dir.png" alt="Director"></dt><dd>Gen Oyamada</dd>'
             '<dt>Music</dt><dd>Haru Kiriya</dd></dl></section>')
    assert staff(fs, "original creator") == {"Mariko Tessai"}
    assert staff(fs, "director") == {"Gen Oyamada"}
    assert staff(fs, "music") == {"Haru Kiriya"}


def test_picture_dt_with_picture_name():
    fs = got('<section class="staff"><h2>STAFF</h2><dl><dt>Original Work</dt><dd>Mariko Tessai</dd>'
             '<dt><img src="/r/dir.png" alt="Director"></dt><dd><img src="/n/oy.png" alt="Gen Oyamada（小山田 玄）"></dd>'
             '</dl></section>')
    assert "Gen Oyamada" not in staff(fs, "original creator")
    assert any("Oyamada" in v for v in staff(fs, "director"))


def test_japanese_picture_labels_in_a_dl():
    fs = got('<section class="staff"><h2>STAFF</h2><dl><dt>原作</dt><dd>鉄斎まりこ</dd>'
             '<dt><img src="/r/kantoku.png" alt="監督"></dt><dd>小山田玄</dd>'
             '<dt><img src="/r/ongaku.png" alt="音楽"></dt><dd>霧谷ハル</dd></dl></section>', "ja")
    assert staff(fs, "original creator") == {"鉄斎まりこ"}
    assert staff(fs, "director") == {"小山田玄"}
    assert staff(fs, "music") == {"霧谷ハル"}


def test_picture_th_in_a_staff_table():
    fs = got('<section><h2>STAFF</h2><table><tr><th>Series Composition</th><td>Noe Ashikaga</td></tr>'
             '<tr><th><img src="/r/cd.png" alt="Character Design"></th><td>Rumi Sagara</td></tr>'
             '<tr><th>Art Director</th><td>Kei Onoda</td></tr></table></section>')
    assert staff(fs, "series composition") == {"Noe Ashikaga"}
    assert staff(fs, "character design") == {"Rumi Sagara"}


def test_japanese_picture_th_in_a_table():
    fs = got('<section><h2>STAFF</h2><table><tr><th>シリーズ構成</th><td>足利ノエ</td></tr>'
             '<tr><th><img src="/r/onkan.png" alt="音響監督"></th><td>相良ルミ</td></tr></table></section>', "ja")
    assert staff(fs, "series composition") == {"足利ノエ"}
    assert staff(fs, "sound director") == {"相良ルミ"}
    assert "相良ルミ" not in staff(fs, "series composition")


def test_picture_label_first_in_the_list():
    fs = got('<section class="staff"><h2>STAFF</h2><dl><dt><img src="/r/gen.png" alt="Original Work"></dt>'
             '<dd>Mariko Tessai</dd><dt>Director</dt><dd>Gen Oyamada</dd></dl></section>')
    assert staff(fs, "original creator") == {"Mariko Tessai"}
    assert staff(fs, "director") == {"Gen Oyamada"}


def test_picture_studio_label():
    fs = got('<section class="staff"><h2>STAFF</h2><dl><dt>Director</dt><dd>Gen Oyamada</dd>'
             '<dt><img src="/r/anim.png" alt="Animation Production"></dt><dd>Studio Wakasagi</dd></dl></section>')
    assert "Studio Wakasagi" not in staff(fs, "director")
    assert any(f == "studio" and "Wakasagi" in v for f, k, v in fs)


def test_two_picture_labels_in_a_row():
    fs = got('<section class="staff"><h2>STAFF</h2><dl><dt>Original Work</dt><dd>Mariko Tessai</dd>'
             '<dt><img src="/r/a.png" alt="Director"></dt><dd>Gen Oyamada</dd>'
             '<dt><img src="/r/b.png" alt="Sound Director"></dt><dd>Taku Hebimi</dd></dl></section>')
    assert staff(fs, "original creator") == {"Mariko Tessai"}
    assert staff(fs, "director") == {"Gen Oyamada"}
    assert staff(fs, "sound director") == {"Taku Hebimi"}


def test_trap_a_portrait_in_a_dt_ends_the_label_above():
    # a picture cell that is no label (a portrait) still ends the values of the text label above it
    fs = got('<section class="staff"><h2>STAFF</h2><dl><dt>Original Work</dt><dd>Mariko Tessai</dd>'
             '<dt><img src="/p/portrait.png" alt="photo"></dt><dd>Gen Oyamada</dd></dl></section>')
    assert staff(fs, "original creator") == {"Mariko Tessai"}


def test_trap_a_news_picture_caption_is_no_label():
    # an article's figure alt "Director" is a caption, not a label over the next paragraph
    fs = got('<article><h2>News</h2><p>The staff of the anime was revealed today.</p>'
             '<figure><img src="/x.png" alt="Director"></figure><p>Gen Oyamada spoke at the event.</p></article>')
    assert not staff(fs, "director")
