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


# ------------------------------------------------------------------ a block whose class names it the cast
def test_class_named_dl_pairs_without_a_heading():
    doc = _site('<section class="intro"><h2>INTRODUCTION</h2><p>A quiet harbor story.</p>'
                '<dl class="p-top-intro__cast"><dt>Oska Fenn</dt><dd>Tomoya Saeki</dd><dt>Bun</dt><dd>Rika Tamura</dd></dl>'
                '</section>')
    assert {("Oska Fenn", "Tomoya Saeki"), ("Bun", "Rika Tamura")} <= _cast(doc)


def test_class_named_dl_with_cv_marks_ja():
    doc = _site('<dl class="top_cast"><dt>ハル</dt><dd>CV：七瀬まひろ</dd><dt>ミナト</dt><dd>CV：柏木 響</dd></dl>')
    assert {("ハル", "七瀬まひろ"), ("ミナト", "柏木 響")} <= _cast(doc)


def test_class_named_wrapper_of_several_dls():
    doc = _site('<div class="castBox"><dl><dt>ユナ</dt><dd>早瀬みく</dd></dl><dl><dt>座長バルド</dt><dd>大門寺巌</dd></dl></div>')
    assert {("ユナ", "早瀬みく"), ("座長バルド", "大門寺巌")} <= _cast(doc)


def test_class_named_list_of_span_cards():
    doc = _site('<ul class="cast-list"><li><span>リコ</span><span>森川ゆず</span></li>'
                '<li><span>ドク</span><span>大門寺巌</span></li></ul>')
    assert {("リコ", "森川ゆず"), ("ドク", "大門寺巌")} <= _cast(doc)


def test_class_named_list_actor_first_by_class():
    doc = _site('<ul class="castList"><li><span class="actor">森川ゆず</span><span class="role">リコ</span></li>'
                '<li><span class="actor">大門寺巌</span><span class="role">ドク</span></li></ul>')
    assert {("リコ", "森川ゆず"), ("ドク", "大門寺巌")} <= _cast(doc)


def test_class_named_staff_block_gives_no_cast():
    doc = _site('<dl class="staff-cast"><dt>Director</dt><dd>Mei Kanzaki</dd></dl>'
                '<dl class="p-top-intro__staff"><dt>Music</dt><dd>Jun Oda</dd></dl>')
    assert not _cast(doc)


def test_broadcast_class_is_not_a_cast_block():
    doc = _site('<dl class="broadcast"><dt>TOKYO MX</dt><dd>Every Saturday 25:05</dd><dt>BS11</dt><dd>Mika Sato</dd></dl>')
    assert not _cast(doc)


def test_class_named_block_placeholders_and_related_blocks_give_nothing():
    doc = _site('<dl class="cast"><dt>Sei Amano</dt><dd>TBA</dd><dt>Haru</dt><dd>未定</dd></dl>'
                '<div class="related-cast"><dl><dt>Rin</dt><dd>Jun Oda</dd></dl></div>')
    assert not _cast(doc)


def _top(body: str, title: str = "Brine Lantern") -> str:
    return (f"<!doctype html><html><head><title>TV anime \"{title}\" official site</title></head><body><main>"
            f"<h1>{title}</h1><p>TV anime starts April 2027.</p>{body}</main></body></html>")


def test_class_named_block_lines_read_as_a_cast_section():
    for body, pairs in (
            ('<ul class="cast"><li>セイ／天野光</li><li>コナツ／星野柚</li></ul>', {("セイ", "天野光"), ("コナツ", "星野柚")}),
            ('<ul class="top-cast"><li>セイ（CV：天野光）</li><li>コナツ（CV：星野柚）</li></ul>', {("セイ", "天野光"), ("コナツ", "星野柚")}),
            ('<ul class="cast"><li>Sei Amano: Hikaru Kamiya</li><li>Konatsu Hibiki: Yuzu Hoshino</li></ul>',
             {("Sei Amano", "Hikaru Kamiya"), ("Konatsu Hibiki", "Yuzu Hoshino")})):
        assert pairs <= _cast(_top(body)), body


def test_class_named_cards_whose_classes_say_which_name_is_whose():
    for body in ('<div class="cast"><div class="cast-item"><p class="chara">Sei Amano</p><p class="cv">Hikaru Kamiya</p></div>'
                 '<div class="cast-item"><p class="chara">Konatsu</p><p class="cv">Yuzu Hoshino</p></div></div>',
                 '<div id="cast"><p><span class="role">Sei Amano</span><span class="name">Hikaru Kamiya</span></p>'
                 '<p><span class="role">Konatsu</span><span class="name">Yuzu Hoshino</span></p></div>'):
        assert {("Sei Amano", "Hikaru Kamiya"), ("Konatsu", "Yuzu Hoshino")} <= _cast(_top(body)), body


def test_class_named_dl_actor_first_by_its_yaku_mark():
    got = _cast(_top('<dl class="cast"><dt>天野光</dt><dd>セイ役</dd><dt>星野柚</dt><dd>コナツ役</dd></dl>'))
    assert got == {("セイ", "天野光"), ("コナツ", "星野柚")}


def test_class_named_dub_grid_keys_its_language():
    got = _cast(_top('<ul class="cast-grid lang-en"><li>Sei Amano / Erica Lane</li><li>Konatsu / Mia Stone</li></ul>'))
    assert {("Sei Amano [English]", "Erica Lane"), ("Konatsu [English]", "Mia Stone")} <= got
    assert not {k for k, _v in got if "[" not in k}


def test_class_named_block_of_another_medium_or_season_gives_nothing():
    assert not _cast(_top('<h2>ドラマCD</h2><ul class="cast-list"><li>セイ／天野光</li><li>コナツ／星野柚</li></ul>'))
    assert not _cast(_top('<h2>Season 1</h2><ul class="cast-list"><li>Sei / Hikaru Amano</li></ul>', "Brine Lantern Season 2"),
                     "Brine Lantern Season 2")


# ------------------------------------------------------------------ a cast table's "Part:" | actor rows
def test_db_part_colon_rows_under_cast_heading():
    doc = _db('<h3>Cast</h3><table class="credits"><tr><td>Rook:</td><td><a href="/people.php?id=4">Jiro Aso</a></td></tr>'
              '<tr><td>Old Mina:</td><td><a href="/people.php?id=5">Kana Ueda</a></td></tr></table>')
    assert {("Rook", "Jiro Aso"), ("Old Mina", "Kana Ueda")} <= _cast(doc)


def test_part_full_width_colon_rows_ja():
    doc = _db('<h2>キャスト</h2><table><tr><td>ユナ：</td><td>早瀬みく</td></tr><tr><td>座長バルド：</td><td>大門寺巌</td></tr></table>')
    assert {("ユナ", "早瀬みく"), ("座長バルド", "大門寺巌")} <= _cast(doc)


def test_part_colon_header_cells_in_a_cast_classed_table():
    doc = _db('<p>Summary text.</p><table class="cast"><tr><th>Captain Vell:</th><td>Jiro Aso</td></tr>'
              '<tr><th>Tamsin:</th><td>Mao Ichinose</td></tr></table>')
    assert {("Captain Vell", "Jiro Aso"), ("Tamsin", "Mao Ichinose")} <= _cast(doc)


def test_part_colon_rows_of_a_labelled_dub():
    doc = _db('<h3>Cast</h3><div><b>English cast</b><table><tr><td>Rook:</td><td><a href="/people.php?id=9">Sam Reyes</a></td></tr>'
              '<tr><td>Mina:</td><td><a href="/people.php?id=8">Dana Cole</a></td></tr></table></div>')
    assert {("Rook [English]", "Sam Reyes"), ("Mina [English]", "Dana Cole")} <= _cast(doc)


def test_colon_rows_of_staff_or_data_tables_give_no_cast():
    staff = _db('<h3>Staff</h3><table class="info"><tr><td>Director:</td><td><a href="/people.php?id=4">Jiro Aso</a></td></tr>'
                '<tr><td>Music:</td><td><a href="/people.php?id=5">Kana Ueda</a></td></tr></table>')
    data = _db('<h3>Information</h3><table><tr><td>Episodes:</td><td>12</td></tr><tr><td>Aired:</td><td>Apr 2027</td></tr>'
               '<tr><td>Source:</td><td>Light novel</td></tr></table>')
    linked = _db('<h3>Related</h3><table><tr><td>Producer:</td><td><a href="/people.php?id=4">Jiro Aso</a></td></tr>'
                 '<tr><td>Sponsor:</td><td><a href="/people.php?id=5">Kana Ueda</a></td></tr></table>')
    assert not _cast(staff) and not _cast(data) and not _cast(linked)


# ------------------------------------------------------------------ a card printing a reading after a name
def test_card_with_romaji_after_the_actor():
    doc = _site('<section class="cast"><h2>キャスト</h2><ul>'
                '<li><span class="chara">ユズ</span><a class="va" href="/people/1">環なぎさ</a><span class="romaji">Nagisa Tamaki</span></li>'
                '<li><span class="name">ハル</span><span class="name-en">Haru</span><span class="cv">七瀬まひろ</span></li></ul></section>')
    assert {("ユズ", "環なぎさ"), ("ハル", "七瀬まひろ")} <= _cast(doc)


def test_card_with_kana_reading_in_brackets():
    doc = _site('<h2>CAST</h2><ul><li><b>ミナト</b><span>柏木響</span><small>（かしわぎ ひびき）</small></li>'
                '<li><b>リコ</b><span>森川ゆず</span><small>（もりかわ ゆず）</small></li></ul>')
    assert {("ミナト", "柏木響"), ("リコ", "森川ゆず")} <= _cast(doc)


def test_card_with_both_names_romanised():
    doc = _site('<h2>キャスト</h2><ul><li><span>セイ</span><span>Sei</span><span>天野光</span><span>Hikaru Amano</span></li>'
                '<li><span>コナツ</span><span>Konatsu</span><span>星野柚</span><span>Yuzu Hoshino</span></li></ul>')
    assert {("セイ", "天野光"), ("コナツ", "星野柚")} <= _cast(doc)


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


# ------------------------------------------------------------------ two actors, two parts, in order
def test_paired_actors_and_parts_read_in_order():
    for text, pairs in (
            ("For Brine Lantern's second season, Ryota Ashida and Yui Kanzaki reprise their roles as detective Kei Kazami "
             "and his assistant Hina Torimaki.", {("Kei Kazami", "Ryota Ashida"), ("Hina Torimaki", "Yui Kanzaki")}),
            ("In Brine Lantern, Aki Mori and Jun Oda return as Tessa and Corvin.", {("Tessa", "Aki Mori"), ("Corvin", "Jun Oda")}),
            ("Brine Lantern cast: Mika Sato and Rei Aso voice Lio and Mira, respectively.", {("Lio", "Mika Sato"), ("Mira", "Rei Aso")}),
            ("Brine Lantern stars newcomers: Hana Ito and Ken Ueda star as the twins Rin and Ran.", {("Rin", "Hana Ito"), ("Ran", "Ken Ueda")}),
            ("The Brine Lantern leads are set. Saki Endo and Goro Tani will play the shopkeeper Ume and her son Taro.",
             {("Ume", "Saki Endo"), ("Taro", "Goro Tani")}),
            ("Brine Lantern news: Nao Kato and Emi Ono are back as Vell and Tamsin.", {("Vell", "Nao Kato"), ("Tamsin", "Emi Ono")}),
            ("Brine Lantern adds Yuki Hara and Sho Imai, who have been cast as Pell and Dorrin.", {("Pell", "Yuki Hara"), ("Dorrin", "Sho Imai")}),
            ("Brine Lantern: Kana Ueda and Jiro Aso reprise the roles of Mina and Rook.", {("Mina", "Kana Ueda"), ("Rook", "Jiro Aso")})):
        got = _cast(news([text]))
        assert pairs <= got, text
        assert not {(c, a) for c, a in got if c and (c, a) not in pairs}, text   # (never both parts to the second actor)


def test_paired_parts_of_another_work_give_nothing():
    doc = news(["Kana Ueda and Jiro Aso play Mina and Rook in Salt Road, which aired before Brine Lantern was announced."])
    assert not {(c, a) for c, a in _cast(doc) if c}
    doc = news(["Brine Lantern's staff: Kana Ueda and Jiro Aso, who voiced Mina and Rook in Salt Road, join as producers."])
    assert not {(c, a) for c, a in _cast(doc) if c}


# ------------------------------------------------------------------ a cast list led by "Actor is Part"
def test_cast_list_led_by_an_is_pair():
    for text, pairs in (
            ("Brine Lantern is directed by Jun Oda. Aoi Hirota is Sevrin, and Kaede Tsuji plays the valley's stubborn "
             "surveyor, Mara Lindqvist.", {("Sevrin", "Aoi Hirota"), ("Mara Lindqvist", "Kaede Tsuji")}),
            ("Brine Lantern cast news. Mika Sato is Lio and Rei Aso voices the navigator Mira.", {("Lio", "Mika Sato"), ("Mira", "Rei Aso")}),
            ("Brine Lantern cast news. Mika Sato is Lio, while Rei Aso stars as Mira.", {("Lio", "Mika Sato"), ("Mira", "Rei Aso")}),
            ("Brine Lantern cast news. Mika Sato is Lio; Rei Aso returns as Mira.", {("Lio", "Mika Sato"), ("Mira", "Rei Aso")})):
        assert pairs <= _cast(news([text])), text


def test_is_pair_without_a_cast_verb_or_naming_no_part_gives_nothing():
    assert not {c for c, _a in _cast(news(["Brine Lantern cast news. Mika Sato is Japanese, and Rei Aso stars as Mira."]))} - {"Mira"}
    assert not {c for c, _a in _cast(news(["Brine Lantern news. Mika Sato is Lio, and Rei Aso went home."]))}
    assert not {c for c, _a in _cast(news(["Brine Lantern news. Kana Ueda is Netflix, and Rei Aso stars as Mira."]))} - {"Mira"}


# ------------------------------------------------------------------ more ways news prose casts one actor
def test_participle_and_other_cast_verbs():
    for text, pairs in (
            ("The Brine Lantern anime stars Mika Sato as Lio, with Rei Aso voicing Mira and Jun Oda voicing the captain, Vell.",
             {("Lio", "Mika Sato"), ("Mira", "Rei Aso"), ("Vell", "Jun Oda")}),
            ("Brine Lantern stars Mika Sato, who is playing Lio, and Rei Aso playing the navigator Mira.",
             {("Lio", "Mika Sato"), ("Mira", "Rei Aso")}),
            ("Brine Lantern's Lio will be brought to life by Mika Sato.", {("Lio", "Mika Sato")}),
            ("In Brine Lantern, Lio is brought to life by Mika Sato.", {("Lio", "Mika Sato")}),
            ("Mika Sato has landed the lead role of Lio in Brine Lantern.", {("Lio", "Mika Sato")}),
            ("Brine Lantern: Jun Oda has landed the title role of Vell.", {("Vell", "Jun Oda")}),
            ("In Brine Lantern, Mika Sato will be heard as Lio.", {("Lio", "Mika Sato")}),
            ("In Brine Lantern, Mika Sato will be heard as the narrator Lio.", {("Lio", "Mika Sato")})):
        assert pairs <= _cast(news([text])), text


def test_participle_of_another_work_or_event_gives_nothing():
    for text in ("Mika Sato, best known for voicing Mira in Salt Road, joins Brine Lantern.",
                 "Brine Lantern's cast: Rei Aso, voicing Mira in Salt Road last year, returns.",
                 "The Brine Lantern stage event had Rei Aso playing Mira in a live reading."):
        assert not {c for c, _a in _cast(news([text])) if c}, text


# ------------------------------------------------------------------ JA news: the actor named before the part
def _ja_news(text: str, title: str = "灯籠の海") -> str:
    return (f"<!doctype html><html><head><title>TVアニメ『{title}』キャスト発表</title></head><body><main><article>"
            f"<h1>TVアニメ『{title}』キャスト発表</h1><p>{text}</p></article></main></body></html>")


def test_ja_actor_before_the_part_reads_the_part_without_yaku():
    for text, pairs in (
            ("『灯籠の海』で、杉本あかねさんがナギ役、丹波ひろしさんがマルロ役を務める。", {("ナギ", "杉本あかね"), ("マルロ", "丹波ひろし")}),
            ("『灯籠の海』ナギ役で杉本あかねさんが出演する。", {("ナギ", "杉本あかね")}),
            ("『灯籠の海』では、ナギを杉本あかね、マルロを丹波ひろしが演じる。", {("ナギ", "杉本あかね"), ("マルロ", "丹波ひろし")}),
            ("『灯籠の海』ナギ役は杉本あかねさん、マルロ役は丹波ひろしさんに決定しました。", {("ナギ", "杉本あかね"), ("マルロ", "丹波ひろし")})):
        got = _cast(_ja_news(text), "灯籠の海")
        assert got == pairs, text   # (no 「丹波ひろしさんがマルロ」 → 「務める」, no actor-only 「ナギ役で杉本あかね」)


def test_ja_past_credit_of_another_work_gives_nothing():
    assert not _cast(_ja_news("杉本あかねさんは『海鳴りの町』でナギ役を務めた。本作の続報を待ちたい。"), "灯籠の海")
