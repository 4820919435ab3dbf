"""Wrong values the extractor must not give: a withdrawn or replaced cast member read as the cast, and a list of
countries or regions read as a broadcaster (`_gone_from_credit`, `hygiene._only_places`)."""
from extract_helpers import facts, news

T = "Copper Wren"
EN = "The TV anime Copper Wren premieres in April 2027."
JA = "TVアニメ『Copper Wren』は2027年4月放送開始。"


def _cast(paragraphs: list[str]) -> set[tuple[str, str]]:
    return {(k, v) for f, k, v in facts(news(paragraphs), T) if f == "cast"}


def _actors(paragraphs: list[str]) -> set[str]:
    return {v for _, v in _cast(paragraphs)}


# ---- a withdrawn part

def test_stepped_down_aside_is_no_cast():
    got = _actors([EN, "Hana Mori voices Aoi. Ken Sato, who was set to voice Riku, has stepped down from the role."])
    assert "Hana Mori" in got and "Ken Sato" not in got


def test_withdrawn_after_an_aside_is_no_cast():
    got = _actors([EN, "Hana Mori voices Aoi. Ken Sato, who had been cast as Riku, has withdrawn from the series."])
    assert "Hana Mori" in got and "Ken Sato" not in got


def test_no_longer_voices_is_no_cast():
    assert "Ken Sato" not in _actors([EN, "Hana Mori voices Aoi. Ken Sato will no longer voice Riku."])


def test_withdrew_from_the_role_is_no_cast():
    got = _actors([EN, "Hana Mori voices Aoi. Ken Sato withdrew from the role of Riku last week for health reasons."])
    assert "Ken Sato" not in got


def test_replaced_by_keeps_the_successor_only():
    got = _cast([EN, "Hana Mori voices Aoi. Yui Ito replaces Ken Sato as Riku."])
    assert ("Riku", "Yui Ito") in got and "Ken Sato" not in {v for _, v in got}


def test_ja_planned_part_called_off_is_no_cast():
    got = _actors([JA, "アオイ役は森花。佐藤健がリクを演じる予定だったが、出演は見送りとなった。"])
    assert "森花" in got and not any("佐藤健" in v for v in got)


def test_ja_appearance_suspended_is_no_cast():
    got = _actors([JA, "アオイ役は森花。リク役を演じる予定だった佐藤健さんの出演は見合わせとなりました。"])
    assert "森花" in got and not any("佐藤健" in v for v in got)


def test_ja_stepped_down_then_taken_over_gives_no_fragment():
    got = _actors([JA, "アオイ役は森花。リク役の佐藤健は降板し、伊藤結が引き継ぐ。"])
    assert "森花" in got and not any("佐藤健" in v or "降板" in v for v in got)


def test_ja_declined_is_no_cast():
    got = _actors([JA, "アオイ役は森花。リク役の佐藤健さんの出演は辞退となりました。"])
    assert not any("佐藤健" in v for v in got)


def test_ja_handover_keeps_nobody_withdrawn():
    got = _actors([JA, "アオイ役は森花。リク役は佐藤健から伊藤結に交代となる。"])
    assert not any("佐藤健" in v for v in got)


def test_keep_a_captain_stepping_down_in_the_story():
    got = _cast([EN, "Hana Mori voices Aoi. Ken Sato voices Riku, a captain who steps down after the war."])
    assert ("Riku", "Ken Sato") in got


def test_keep_ja_a_character_retiring_in_the_story():
    got = _cast([JA, "アオイ役は森花。リク役は伊藤結。リクは騎士団長を退任した元騎士。"])
    assert ("リク", "伊藤結") in got


# ---- a place list is no network

def _carriers(row: str) -> set[tuple[str, str]]:
    k, v = row.split(": ", 1)
    doc = (f"<html><head><title>Copper Wren - Anime DB</title></head><body><h1>Copper Wren</h1><p>TV anime, 2027.</p>"
           f"<table><tr><th>{k}</th><td>{v}</td></tr></table></body></html>")
    return {(f, val) for f, _, val in facts(doc, T) if f in ("broadcaster", "streaming")}


def test_country_list_after_a_station_is_no_network():
    got = _carriers("Broadcast: TBS, Germany, Austria and Switzerland, theatrical")
    assert ("broadcaster", "TBS") in got and not any("Austria" in v or v == "Germany" for _, v in got)


def test_country_list_after_a_semicolon_is_no_network():
    got = _carriers("Network: TBS; Germany, Austria and Switzerland, theatrical")
    assert ("broadcaster", "TBS") in got and not any("Switzerland" in v for _, v in got)


def test_region_labelling_a_station_gives_the_station():
    got = _carriers("Broadcasters: Germany, Austria and Switzerland: ProSieben Maxx")
    assert not any("Austria" in v or v == "Germany" for _, v in got)
    doc = ("<html><head><title>Copper Wren - Anime DB</title></head><body><h1>Copper Wren</h1><p>TV anime, 2027.</p>"
           "<ul><li>Broadcasters: Germany, Austria and Switzerland: ProSieben Maxx</li></ul></body></html>")
    got = {(f, v) for f, _, v in facts(doc, T) if f == "broadcaster"}
    assert ("broadcaster", "ProSieben Maxx") in got and not any("Austria" in v or v == "Germany" for _, v in got)


def test_ja_region_list_is_no_network():
    got = _carriers("放送局: TOKYO MX、ドイツ・オーストリア・スイス")
    assert not any("ドイツ" in v or "スイス" in v for _, v in got)


def test_regions_and_or_is_no_network():
    got = _carriers("Network: Fuji TV, North America or Europe")
    assert not any("America" in v or "Europe" in v for _, v in got)


def test_keep_a_station_with_a_place_in_its_name():
    got = _carriers("Broadcast: TV Tokyo, Animax Asia")
    assert ("broadcaster", "TV Tokyo") in got


def test_ja_regions_in_a_services_note_are_no_services():
    doc = news(["TVアニメ『Copper Wren』は2027年4月放送開始。",
                "Crunchyroll（北米・中南米・ヨーロッパ・中東・アフリカほか）にて配信予定。"], "Copper Wren 配信情報")
    got = {v for f, _, v in facts(doc, T) if f == "streaming"}
    assert not any(v in ("中東", "アフリカほか", "アフリカ", "中東ほか") for v in got)


def test_ja_region_list_with_an_open_end_is_no_network():
    got = _carriers("配信: Netflix、東南アジア・中東ほか")
    assert not any("中東" in v or "アジア" in v for _, v in got)


# ---- a staff line is no cast list

def _cast_of_list(line: str) -> set[tuple[str, str]]:
    doc = (f"<html><head><title>Copper Wren - Official</title></head><body><h1>Copper Wren</h1><h2>STAFF &amp; CAST</h2>"
           f"<p>{line}</p><ul><li>Aoi CV. Hana Mori</li></ul></body></html>")
    return {(k, v) for f, k, v in facts(doc, T) if f == "cast"}


def test_staff_pairs_on_one_line_are_no_cast():
    got = _cast_of_list("Original story: Mei Arata / Director: Izumi Setoguchi / Series composition &amp; screenplay: "
                        "Kanako Ueshima / Music: Jun Oda")
    assert not any(k in ("Director", "Series composition & screenplay") for k, _ in got)


def test_keep_a_character_called_producer_beside_a_character():
    got = _cast_of_list("Producer: Ken Sato / Riku: Yui Ito")
    assert ("Producer", "Ken Sato") in got or ("Riku", "Yui Ito") in got
    assert not any(v in ("Riku", "Producer") for _, v in got)


def test_one_letter_is_no_actor():
    got = _cast_of_list("Ratings: Bayesian estimate: N/A (not yet aired)")
    assert not any(v == "A" for _, v in got)


def test_ja_staff_pairs_on_one_line_are_no_cast():
    got = _cast_of_list("原作：新田芽衣／監督：瀬川泉／シリーズ構成・脚本：上野香奈／音楽：小田純")
    assert not any(k in ("監督", "シリーズ構成・脚本", "音楽", "原作") for k, _ in got)


# ---- a table's column head is no label of the next cell

def _table(head: list[str], rows: list[list[str]], lead: str) -> str:
    th = "".join(f"<th>{h}</th>" for h in head)
    trs = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows)
    return (f"<html><head><title>Copper Wren Season 2 guide</title></head><body><article><h1>Copper Wren Season 2 guide</h1>"
            f"<p>{lead}</p><div><div>Also coming this summer</div><table><tr>{th}</tr>{trs}</table></div></article></body></html>")


def test_last_column_head_does_not_take_the_next_rows_title():
    doc = _table(["Title", "Premiere", "Studio"], [["Moss &amp; Mercury", "July 1, 2027", "Studio Quillfeather"],
                                                   ["Brass Lantern Cafe", "July 2027", "Tsubame Works"]],
                 "Copper Wren Season 2 premieres July 3, 2027 on Nippon TV.")
    got = {v for f, _, v in facts(doc, T) if f == "studio"}
    assert not any("Moss" in v or "Mercury" in v for v in got)


def test_ja_last_column_head_does_not_take_the_next_rows_title():
    doc = _table(["作品名", "放送開始", "アニメーション制作"], [["苔と水銀", "7月1日", "スタジオ羽根"], ["真鍮ランタン", "7月", "燕ワークス"]],
                 "TVアニメ『Copper Wren』第2期は2027年7月3日より日本テレビにて放送開始。")
    got = {v for f, _, v in facts(doc, T) if f == "studio"}
    assert "苔と水銀" not in got


def test_keep_a_label_under_a_group_head():
    doc = ("<html><head><title>Copper Wren - Anime DB</title></head><body><h1>Copper Wren</h1><p>TV anime, 2027.</p>"
           "<table><tr><th>Production</th></tr><tr><th>Studio</th><td>Lodestar Animation</td></tr>"
           "<tr><th>Director</th><td>Tomo Kisa</td></tr></table></body></html>")
    assert ("studio", "Lodestar Animation") in {(f, v) for f, _, v in facts(doc, T)}


# ---- a clause before the character's name is no part of it

def test_ja_plain_verb_clause_before_the_character_is_cut():
    got = _cast([JA, "さらに第2期から登場する黒騎士ヴォルグを石動剛志が演じることが発表された。"])
    assert not any("登場" in k for k, _ in got)


def test_ja_relation_clause_before_the_character_is_cut():
    got = _cast([JA, "セラ役には雪代あまね、トウマの師匠にあたる鍛冶ゲンジ役に大鳥剛が起用された。"])
    assert ("鍛冶ゲンジ", "大鳥剛") in got and not any("あたる" in k for k, _ in got)


def test_ja_key_clause_with_naru_is_cut():
    got = _cast([JA, "物語の鍵となるミナ役に春野ゆいが決定した。"])
    assert ("ミナ", "春野ゆい") in got


# ---- a bold head between two tables is no value of the label above

def _db_boxes(head: str, first: str, second: str) -> str:
    return ("<html><head><title>Copper Wren - Anime DB</title></head><body><h1>Copper Wren</h1><p>TV anime, 2027.</p>"
            f"<div><b>Staff</b><table>{first}</table><b>{head}</b><table>{second}</table></div></body></html>")


def test_bold_box_head_after_a_credit_is_no_credit():
    doc = _db_boxes("Companies", "<tr><td>Director:</td><td>Tomo Kisa</td></tr><tr><td>Producer:</td><td>Taichi Oga</td></tr>",
                    "<tr><td>Animation Production:</td><td>Studio Halo</td></tr>")
    got = {(f, k, v) for f, k, v in facts(doc, T)}
    assert ("staff", "producer", "Taichi Oga") in got and not any(v == "Companies" for _, _, v in got)


def test_bold_box_head_after_a_dl_is_no_credit():
    doc = ("<html><head><title>Copper Wren - Anime DB</title></head><body><h1>Copper Wren</h1><p>TV anime, 2027.</p>"
           "<div><dl><dt>Music</dt><dd>Jun Oda</dd></dl><b>Related titles</b><ul><li>Copper Wren Zero</li></ul></div></body></html>")
    got = {v for f, _, v in facts(doc, T) if f == "staff"}
    assert "Jun Oda" in got and "Related titles" not in got


def test_ja_bold_box_head_after_a_credit_is_no_credit():
    doc = _db_boxes("制作会社", "<tr><td>監督</td><td>木佐知</td></tr><tr><td>プロデューサー</td><td>小賀太一</td></tr>",
                    "<tr><td>アニメーション制作</td><td>スタジオ光輪</td></tr>")
    got = {v for f, _, v in facts(doc, T) if f == "staff"}
    assert "小賀太一" in got and "制作会社" not in got


# ---- a joined credit's bare modifier shares the last credit's head noun

def _staff_of(rows: list[tuple[str, str]]) -> set[tuple[str, str]]:
    lis = "".join(f"<li>{k}: {v}</li>" for k, v in rows)
    doc = (f"<html><head><title>Copper Wren - Staff</title></head><body><h1>Copper Wren</h1><h2>Staff</h2>"
           f"<ul>{lis}</ul></body></html>")
    return {(k, v) for f, k, v in facts(doc, T) if f == "staff"}


def test_modifier_takes_the_shared_head():
    got = _staff_of([("Director", "Tomo Kisa"), ("Character &amp; Mechanical Design", "Rei Hoshi")])
    assert ("character design", "Rei Hoshi") in got and ("mechanical design", "Rei Hoshi") in got
    assert not any(k.lower() == "character" for k, _ in got)


def test_unknown_modifier_keeps_the_credit_whole():
    got = _staff_of([("Director", "Tomo Kisa"), ("Map &amp; Prop Design", "Jun Oga")])
    assert not any(k.lower() == "map" for k, _ in got)
    assert any(k.lower() == "map & prop design" for k, v in got if v == "Jun Oga")


def test_sound_and_music_director_share_the_head():
    got = _staff_of([("Director", "Tomo Kisa"), ("Sound &amp; Music Director", "Aki Sone")])
    assert not any(k.lower() == "sound" for k, _ in got)


def test_keep_two_whole_credits():
    got = _staff_of([("Director &amp; Storyboard", "Tomo Kisa"), ("Script &amp; Series Composition", "Yui Kan")])
    assert ("director", "Tomo Kisa") in got and ("series composition", "Yui Kan") in got


def test_ja_stand_in_word_is_no_character():
    got = _cast([JA, "アオイ役は森花。リク役の佐藤健さんの休業に伴い、代役として伊藤結さんが出演します。"])
    assert not any(k in ("代", "代役") for k, _ in got)


def test_ja_big_part_word_is_no_character():
    got = _cast([JA, "アオイ役は森花。新人の伊藤結さんが大役を務める。"])
    assert not any(k == "大" for k, _ in got)
