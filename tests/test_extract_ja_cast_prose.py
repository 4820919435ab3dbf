"""Japanese news prose that names a work's cast: list sentences, trade nouns before a name, "besides"/"together with"."""
from extract_helpers import facts, news

TITLE = "TVアニメ「灯台のパン屋」"


def _cast(paragraphs: list[str]) -> set[tuple[str, str]]:
    return {(k, v) for f, k, v in facts(news(paragraphs, TITLE), "灯台のパン屋") if f == "cast"}


def test_every_pair_of_a_comma_list_before_ga_enjiru():
    cast = _cast(["「灯台のパン屋」のキャストが発表された。ミナトを森下あおいさん、コムギを岸辺大地さん、"
                  "常連客の漁師・ゲンを土屋まことさんが演じる。"])
    assert ("ミナト", "森下あおい") in cast
    assert ("コムギ", "岸辺大地") in cast
    assert ("ゲン", "土屋まこと") in cast


def test_a_trade_noun_before_a_katakana_name_is_not_the_name():
    cast = _cast(["「灯台のパン屋」の主人公の鍛冶師ロルフを宮野圭が演じる。常連の老魔術師ザザ役に木島典子が決定した。"])
    assert ("ロルフ", "宮野圭") in cast
    assert ("ザザ", "木島典子") in cast


def test_besides_and_together_with_end_the_actor_name():
    cast = _cast(["「灯台のパン屋」のキャストは、店主ミナト役の森下あおいのほか、コムギ役に岸辺大地が決定。",
                  "「灯台のパン屋」では、劇中ではゲン役の土屋まこと、ミナトの祖母・ハナ役の大川静江とともに物語を紡ぐ。"])
    assert ("ミナト", "森下あおい") in cast
    assert ("ハナ", "大川静江") in cast
    assert ("ゲン", "土屋まこと") in cast
    assert not any(v.endswith(("のほか", "とと")) or k.startswith("劇中") for k, v in cast)


def _staff(paragraphs: list[str]) -> set[tuple[str, str]]:
    return {(k, v) for f, k, v in facts(news(paragraphs, TITLE), "灯台のパン屋") if f == "staff"}


def test_source_author_without_honorific_and_a_publisher_is_no_author():
    assert ("original creator", "波多野すずめ") in _staff(["「灯台のパン屋」の監督は岸田涼。", "原作は波多野すずめの同名ライトノベル（全5巻）。"])
    assert ("original creator", "榎 晴臣") in _staff(["「灯台のパン屋」の監督は岸田涼。", "原作は榎 晴臣によるウェブ発の小説で、書籍化もされた。"])
    staff = _staff(["「灯台のパン屋」の監督は岸田涼。", "原作は潮騒書房の同名マンガ。"])
    assert ("original creator", "潮騒書房") not in staff


def _themes(paragraphs: list[str]) -> set[tuple[str, str]]:
    return {(k, v) for f, k, v in facts(news(paragraphs, TITLE), "灯台のパン屋") if f == "theme_song"}


def test_theme_kinds_with_their_abbreviation_in_brackets():
    themes = _themes(["TVアニメ「灯台のパン屋」が4月から放送される。",
                      "「灯台のパン屋」では、3人組バンド「ソルトグラス」がオープニングテーマ（OP）「朝焼けベーカリー」を担当する。",
                      "「灯台のパン屋」のエンディングテーマ（ED）は、シンガー・ソングライターの水瀬こはるさんの「小麦色の約束」に決まった。"])
    assert ("opening 1", "朝焼けベーカリー — ソルトグラス") in themes
    assert ("ending 1", "小麦色の約束 — 水瀬こはる") in themes


def test_part_then_wo_enjiru_then_its_actor():
    cast = _cast(["「灯台のパン屋」の新キャストとして、ミナトの姉・シオリを演じる藤枝 結衣さんも発表された。",
                  "「灯台のパン屋」のEDは店主ミナトを演じる森下あおいが歌う。"])
    assert ("シオリ", "藤枝 結衣") in cast
    assert ("ミナト", "森下あおい") in cast
    assert not any(k.startswith("ED") for k, v in cast)


def test_a_service_logo_then_nite_then_its_streaming_day():
    doc = ("<!doctype html><html><head><title>TVアニメ「灯台のパン屋」公式サイト</title></head><body><main>"
           "<h1>TVアニメ「灯台のパン屋」</h1><section><h3>放送情報</h3><table>"
           "<tr><th>TOKYO MX</th><td>2027年4月4日(日)より 毎週日曜 24:00〜</td></tr></table></section>"
           "<section><h3>配信情報</h3><p><img src='/img/logo_netflix.png' alt='Netflix'>にて<br>"
           "2027年4月6日(火)12:00より 見放題独占配信！<br>以降、毎週火曜12:00に最新話更新</p></section></main></body></html>")
    got = facts(doc, "灯台のパン屋", url="https://toudai-pan.example/")
    assert ("release_date", "Netflix", "2027-04-06") in got
    assert not any(k == "にて" for f, k, v in got)


def test_a_station_start_with_its_weekly_slot_before_hoso():
    got = facts(news(["TVアニメ「灯台のパン屋」が、来年1月7日からTOKYO MXほかで放送されることが分かった。"
                      "BS日テレでは1月10日から毎週土曜午後11時に放送される。"], TITLE, published="2026-11-20"), "灯台のパン屋")
    assert ("release_date", "", "2027-01-07") in got
    assert ("release_date", "BS日テレ", "2027-01-10") in got


def test_a_broadcast_line_whose_later_part_gives_a_service_its_own_start():
    doc = ("<!doctype html><html><head><title>TVアニメ「灯台のパン屋」</title></head><body><main><article>"
           "<h1>TVアニメ「灯台のパン屋」</h1>"
           "<p>放送：2027年1月10日（日）24:00〜 TOKYO MX・BS日テレほか／Huluにて1月14日（木）12:00より配信</p>"
           "<p>監督は岸田涼、アニメーション制作はスタジオ汐風。</p></article></main></body></html>")
    got = facts(doc, "灯台のパン屋")
    assert ("release_date", "Hulu", "2027-01-14") in got
    assert ("release_date", "", "2027-01-11") in got


def test_a_quoted_name_that_was_held_is_an_event_where_footage_was_shown():
    got = facts(news(["TVアニメ「灯台のパン屋」は2027年4月より放送。",
                      "「灯台のパン屋」は、2026年9月27日(日)に開催された「ミナトコン2026」ステージにて、本作の第1話冒頭映像を初公開した。",
                      "「灯台のパン屋」の原作者は、昨年公開された「潮風の記憶」で新作映像を公開した。"], TITLE), "灯台のパン屋")
    assert ("premiere_event", "ミナトコン2026", "第1話冒頭映像を初公開") in got
    assert not any(f == "premiere_event" and k == "潮風の記憶" for f, k, v in got)


def test_a_region_release_through_a_distributor():
    got = facts(news(["劇場アニメ「灯台のパン屋」が2027年3月19日に全国公開される。",
                      "「灯台のパン屋」は、欧州ではGKIDSの配給により2027年秋に劇場公開予定です。"], "劇場アニメ「灯台のパン屋」"), "灯台のパン屋")
    assert ("release_date", "", "2027-03-19") in got
    assert ("release_date", "欧州", "2027-fall") in got


def test_a_database_box_season_narrowed_by_its_month_and_a_new_cast_note():
    doc = ("<!doctype html><html><head><title>灯台のパン屋 第2期 | アニメDB</title></head><body><main>"
           "<h1>灯台のパン屋 第2期</h1><dl class='info'><dt>メディア</dt><dd>TVアニメ</dd>"
           "<dt>放送時期</dt><dd>2027年秋（10月予定）</dd><dt>放送局</dt><dd>テレビ東京</dd></dl>"
           "<h2>キャスト</h2><table><tr><th>ミナト</th><td>森下 あおい</td></tr>"
           "<tr><th>パン職人ゲン</th><td><a href='/p/1'>土屋 まこと</a>（新キャスト）</td></tr></table></main></body></html>")
    got = facts(doc, "灯台のパン屋 第2期", url="https://anime-db.example/works/1")
    assert ("release_date", "", "2027-10") in got
    assert not any(f == "cast" and v == "新キャスト" for f, k, v in got)


def test_a_streaming_cell_whose_later_part_has_its_own_colon():
    def doc(v):
        return ("<html><head><title>灯台のパン屋 | アニメDB</title></head><body><main><h1>灯台のパン屋</h1><dl>"
                f"<dt>放送局</dt><dd>テレビ東京</dd><dt>配信</dt><dd>{v}</dd></dl></main></body></html>")
    got = facts(doc("HIDIVE（海外配信）／国内配信：未発表"), "灯台のパン屋", url="https://anime-db.example/w/1")
    assert ("streaming", "hidive", "HIDIVE(海外配信)") in got
    assert not any(f == "streaming" and "未発表" in v for f, k, v in got)
    got = facts(doc("HIDIVE（海外配信）／国内配信：U-NEXT"), "灯台のパン屋", url="https://anime-db.example/w/1")
    assert ("streaming", "unext", "U-NEXT") in got


def test_an_episode_screening_event_is_named_without_its_no():
    got = facts(news(["TVアニメ「灯台のパン屋」は1月7日から放送。",
                      "「灯台のパン屋」は、1月5日に東京都内で第1話の先行上映会が開催される予定だ。"], TITLE), "灯台のパン屋")
    assert ("premiere_event", "第1話先行上映会", "第1話") in got


def test_cv_in_a_sentence_keeps_a_kanji_surname_but_drops_a_title():
    doc = ("<html><head><title>灯台のパン屋</title></head><body><main><h1>灯台のパン屋</h1>"
           "<p>第2弾PVには、風間ナギ（CV：森下あおい）と、港町の老職人ゲン（CV：土屋まこと）の姿も描かれており、物語の広がりを感じさせる映像になっています。</p>"
           "</main></body></html>")
    cast = {(k, v) for f, k, v in facts(doc, "灯台のパン屋", url="https://toudai-pan.example/") if f == "cast"}
    assert ("風間ナギ", "森下あおい") in cast and ("ナギ", "森下あおい") not in cast
    assert ("ゲン", "土屋まこと") in cast


def test_a_part_described_by_a_clause_with_its_own_wo():
    cast = _cast(["「灯台のパン屋」では、主人公のミナトを森下あおい、ミナトにパンを届ける郵便屋のコムギを岸辺大地が演じる。"])
    assert ("ミナト", "森下あおい") in cast
    assert ("コムギ", "岸辺大地") in cast
    assert not any(k.startswith("届ける") or k == "パン" for k, v in cast)


def test_an_earlier_seasons_director_credited_under_another_role_in_this_work():
    doc = ("<html><head><title>灯台のパン屋 第2期 | アニメDB</title></head><body><main><h1>灯台のパン屋 第2期</h1>"
           "<h2>スタッフ</h2><table><tr><th>監督</th><td>岸田 涼</td></tr></table>"
           "<p>※第1期で監督を務めた榎 晴臣は本作では監修としてクレジット。</p></main></body></html>")
    got = facts(doc, "灯台のパン屋 第2期", url="https://anime-db.example/works/2")
    assert ("staff", "監修", "榎 晴臣") in got
    assert ("staff", "director", "榎 晴臣") not in got
