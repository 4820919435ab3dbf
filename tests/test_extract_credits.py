"""Extraction of credits: cast and staff in press releases, blogs, digests and credit tables, in English and
Japanese, and the values that are not names (invented names throughout)."""
from __future__ import annotations

from test_extract_prose import _facts, _page


def test_creative_team_heading_is_a_section_of_the_work_not_another_title():
    body = ("<p>Pinecrest Films today announced the anime film Lantern Reef, opening in 2027.</p>"
            "<h3>Creative team</h3>"
            "<p>The screenplay is written by Hiroka Tamase, and Shun Oribe serves as character designer.</p>"
            "<h3>Photos &amp; Multimedia</h3><p>The Lantern Reef key visual.</p>")
    got = _facts(_page(body), "Lantern Reef")
    assert ("staff", "screenplay", "Hiroka Tamase") in got
    assert ("staff", "character design", "Shun Oribe") in got


def test_an_english_language_version_keys_its_cast_as_the_dub():
    body = ("<p>The anime film Lantern Reef opens in 2027.</p>"
            "<p>Mio Kasuga stars as Nell. For the English-language version, Dana Whitcombe voices Nell.</p>")
    got = _facts(_page(body), "Lantern Reef")
    assert ("cast", "Nell", "Mio Kasuga") in got
    assert ("cast", "Nell [English]", "Dana Whitcombe") in got
    assert ("cast", "Nell", "Dana Whitcombe") not in got


def _all_facts(body_html: str, title: str, *aliases: str) -> set[tuple[str, str, str]]:
    """Every extractor, merged (what a fetch stores), on a page with a news site's chrome."""
    from tracker.extract import extract
    from tracker.model import Fetched, Work
    doc = f"""<!doctype html><html><head><title>{title}</title></head><body><main><article>{body_html}</article></main>
<footer><p>© 2026 Example Blog</p></footer></body></html>"""
    fetched = Fetched(url="https://blog.example/e", final_url="https://blog.example/e", status=200,
                      body=doc.encode(), text=doc, content_type="text/html")
    return {(f.field, f.key, f.value) for f in extract(fetched, Work(title, aliases)).facts}


_JA_BLOG = ("<h2>1. 潮風レトロ喫茶</h2>"
            "<p>原作はWEBで連載中の浜辺ナギ先生の同名マンガです。</p>"
            "<p>スタッフは、監督が森川トオルさん、シリーズ構成が白石アヤさん、キャラクターデザインが三浦カイさん。</p>"
            "<p>キャストは主人公の水島ユイを柚木ほのかさん、常連客のセイジ先輩を黒田 大地さんが担当。"
            "EDテーマは花森りんさんの「しおさいブレンド」に決まっています。</p>")


def test_a_blogs_role_ga_person_list_and_cast_pairs_closed_by_tantou():
    got = _facts(_page(_JA_BLOG, title="潮風レトロ喫茶"), "潮風レトロ喫茶")
    assert ("staff", "director", "森川トオル") in got
    assert ("staff", "series composition", "白石アヤ") in got
    assert ("staff", "character design", "三浦カイ") in got
    assert ("cast", "水島ユイ", "柚木ほのか") in got
    assert ("cast", "セイジ", "黒田 大地") in got   # 「先輩」 is how the lead addresses him, not his name
    assert not any(f == "cast" and k in ("監督", "director") for f, k, _ in got)


def test_the_source_author_after_the_topic_gensaku_wa():
    got = _facts(_page(_JA_BLOG, title="潮風レトロ喫茶"), "潮風レトロ喫茶")
    assert ("staff", "original creator", "浜辺ナギ") in got


def test_a_theme_artists_honorific_is_not_part_of_the_name():
    got = _all_facts(_JA_BLOG, "潮風レトロ喫茶")
    assert ("theme_song", "ending 1", "しおさいブレンド — 花森りん") in got


def test_a_staff_credit_with_wo_tantou_is_no_cast_pair():
    body = "<p>キャストとスタッフも発表。キャラクターデザインを三浦カイさんが担当。</p>"
    got = _facts(_page(body, title="潮風レトロ喫茶"), "潮風レトロ喫茶")
    assert not any(f == "cast" for f, _, _ in got)


def test_cast_phrasings_of_a_roundup_item():
    body = ("<p>Tidewater Bells opens in 2027.</p>"
            "<p>The lead role of Nanami goes to Rika Hoshizaki, with veteran Goro Amamiya as the ferryman Mr. Kuze.</p>"
            "<p>Daichi Sone plays the lighthouse keeper Tobias, Mao Ishikura is the sea witch Orla, and Ren Kaji voices Pim.</p>"
            "<p>The cast returns as before, with Saki Natsume as club president Hinata.</p>"
            "<p>Koji Aoba is the studio head Ken Ito, and Yui Mori voices Lark.</p>")
    got = _facts(_page(body), "Tidewater Bells")
    for want in (("cast", "Nanami", "Rika Hoshizaki"), ("cast", "Orla", "Mao Ishikura"), ("cast", "Hinata", "Saki Natsume"),
                 ("cast", "Mr. Kuze", "Goro Amamiya"), ("cast", "Lark", "Yui Mori")):
        assert want in got
    assert not any(f == "cast" and v == "Koji Aoba" for f, _, v in got)   # a studio head is no part


def test_as_a_staff_title_is_no_part():
    body = "<p>Tidewater Bells opens in 2027. Jun Oda joins as lead animator on the first episode, with Mai Sato as executive producer.</p>"
    got = _facts(_page(body), "Tidewater Bells")
    assert not any(f == "cast" for f, _, _ in got)


def test_a_cast_cards_heading_drops_the_part_after_the_reading():
    body = ("<h1>アニメ『星屑トリオ』キャスト一覧</h1><h2>声優キャスト一覧</h2><div class='cast'>"
            "<div class='item'><h3>早瀬 灯（はやせ あかり）／ピアノ</h3><p class='cv'>声優：水野 澄</p></div>"
            "<div class='item'><h3>久我 蓮（くが れん）／ドラム</h3><p class='cv'>声優：岡本ゆら</p></div></div>")
    got = _all_facts(body, "星屑トリオ")
    assert ("cast", "早瀬 灯", "水野 澄") in got
    assert ("cast", "久我 蓮", "岡本ゆら") in got


def test_a_gerund_clause_before_as_role():
    body = ("<p>Harbor Lights is getting a TV anime. Directing is Ken Mase, with Ai Tono on series composition and "
            "Rui Hata adapting the novel's illustrations as character designer.</p>")
    got = _facts(_page(body), "Harbor Lights")
    assert ("staff", "character design", "Rui Hata") in got
    assert ("staff", "series composition", "Ai Tono") in got


def test_news_of_the_work_out_at_an_event_in_japanese():
    body = ("<p>TVアニメ『灯台ラジオ』の制作が決定。2026年10月4日に開催された「港町コミックフェス2026」のステージでTVアニメ化が発表され、"
            "会場ではティザーPVが初公開されました。</p>"
            "<p>なお「港町の灯」で新しいグッズが公開されました。</p>")
    got = _facts(_page(body, title="灯台ラジオ"), "灯台ラジオ")
    assert ("premiere_event", "港町コミックフェス2026", "TVアニメ化発表") in got
    assert not any(f == "premiere_event" and k == "港町の灯" for f, k, _ in got)   # no event word: a title, not an event


def test_a_theme_songs_artist_in_an_appositive_after_the_title():
    body = '<p>Harbor Lights opens in 2027. The theme song is "Salt Letters", a new track from singer-songwriter Mei Kanzaki.</p>'
    got = _facts(_page(body), "Harbor Lights")
    assert any(f == "theme_song" and v == "Salt Letters — Mei Kanzaki" for f, _, v in got)


def test_a_studio_back_again_or_owning_the_work_in_its_own_section():
    body = ("<h2>1. Harbor Lights season 2 is coming</h2>"
            "<p>Studio Umibe is back again, though the director has changed from the first season.</p>"
            "<h2>2. Paper Cranes finally has a date</h2>"
            "<p>Studio Orizuru's first feature will open in Japanese theaters on March 5, 2027.</p>")
    got = _facts(_page(body, title="Weekly roundup"), "Harbor Lights")
    assert ("studio", "umibe", "Studio Umibe") in got
    got2 = _facts(_page(body, title="Weekly roundup"), "Paper Cranes")
    assert ("studio", "orizuru", "Studio Orizuru") in got2
    assert not any(v == "Studio Orizuru" for _, _, v in got)


def test_the_studios_first_feature_as_the_subject_of_a_release_in_the_works_section():
    body = ("<h2>1. Paper Cranes finally has a date</h2>"
            "<p>Studio Orizuru's first feature will open in Japanese theaters on March 5, 2027.</p>"
            "<h2>2. Harbor Lights gets a cast</h2><p>Studio Umibe's new series is still undated.</p>")
    assert ("release_date", "", "2027-03-05") in _facts(_page(body, title="Weekly roundup"), "Paper Cranes")
    assert not any(f == "release_date" for f, _, _ in _facts(_page(body, title="Weekly roundup"), "Harbor Lights"))


def test_a_credit_in_the_second_predicate_of_a_who_clause():
    body = ("<p>Harbor Lights season 2 premieres in 2027. Aya Kino takes over as director from Jun Mase, who directed the "
            "first season and is credited as chief director this time.</p>")
    got = _facts(_page(body), "Harbor Lights season 2", "Harbor Lights")
    assert ("staff", "chief director", "Jun Mase") in got
    assert ("staff", "director", "Aya Kino") in got
    assert ("staff", "director", "Jun Mase") not in got


def test_a_press_releases_producer_and_a_relative_clause_original_story_credit():
    body = ("<p>The anime film Lantern Reef opens in 2027. Saya Onuki of Pinecrest Pictures serves as producer. "
            "The director developed the story with novelist Rei Amano, who is credited for the original story.</p>"
            "<p>Koji Hase serves as producer on Other Film.</p>")
    got = _facts(_page(body), "Lantern Reef")
    assert ("staff", "producer", "Saya Onuki") in got
    assert ("staff", "original creator", "Rei Amano") in got
    assert not any(v in ("Pinecrest Pictures", "Koji Hase") for _, _, v in got)


def test_a_blogs_start_slots_under_the_topic_housou_wa_and_a_stations_own_topic():
    body = ("<h2>1. 潮風レトロ喫茶</h2>"
            "<p>放送は<strong>2027年1月7日（木）25:28〜 TBS</strong>から。BS-TBSは少し遅れて1月9日（土）24:00〜です。"
            "原作の新刊は1月20日発売。</p>")
    page = _page(body, title="潮風レトロ喫茶", published="2026-11-22")
    got = _facts(page, "潮風レトロ喫茶")
    assert ("release_date", "", "2027-01-08") in got          # 25:28 on the 7th: the small hours of the 8th
    assert ("release_date", "BS-TBS", "2027-01-10") in got
    assert not any(f == "release_date" and v.endswith("-20") for f, _, v in got)


def test_a_video_titles_broadcast_month_is_not_the_videos_date_and_sengetsu_is():
    body = ("<h2>潮風レトロ喫茶</h2><p>放送は2027年1月から。</p><p>先月公開されたPV第1弾がこちら。</p>"
            "<p class='yt-link'><a href='https://www.youtube.com/watch?v=Ab3dEf6hIj9'>【PV第1弾】TVアニメ「潮風レトロ喫茶」2027年1月放送開始</a></p>")
    doc = f"""<!doctype html><html><head><title>潮風レトロ喫茶</title>
<meta property="article:published_time" content="2026-11-22T09:00:00+09:00"></head><body><main><article>{body}</article></main></body></html>"""
    from tracker.extract import extract
    from tracker.model import Fetched, Work
    fetched = Fetched(url="https://blog.example/e", final_url="https://blog.example/e", status=200,
                      body=doc.encode(), text=doc, content_type="text/html")
    got = {(f.field, f.key, f.value) for f in extract(fetched, Work("潮風レトロ喫茶", ())).facts}
    assert ("trailer", "PV 1", "2026-10 https://www.youtube.com/watch?v=Ab3dEf6hIj9") in got


def test_a_reveal_during_a_named_showcase():
    body = ("<p>Lantern Reef is an original anime film opening in 2027.</p>"
            "<p>The teaser, which debuted this morning during the Pinecrest Anime Showcase 2026 livestream together "
            "with the film's key visual, can be viewed online.</p>"
            "<p>Tickets for the Harbor Anime Night went on sale during a livestream.</p>")
    got = _facts(_page(body), "Lantern Reef")
    assert any(f == "premiere_event" and k == "Pinecrest Anime Showcase 2026" and "teaser" in v for f, k, v in got)
    assert not any(f == "premiere_event" and "Harbor" in k for f, k, _ in got)


def test_a_distributor_bringing_the_film_to_us_and_canadian_theaters():
    body = ("<p>Paper Cranes opens in Japanese theaters on March 5, 2027.</p>"
            "<p>Outside Japan: Bluefin Pictures has the North American rights and says it will bring the film to US and "
            "Canadian theaters in summer 2027, subbed and dubbed.</p>")
    got = _facts(_page(body), "Paper Cranes")
    assert ("release_date", "North America", "2027-summer") in got
    assert ("release_date", "", "2027-03-05") in got


def test_a_successor_takes_the_role_not_the_predecessor():
    body = ("<p>Harbor Lights season 2 premieres in 2027. Rei Sato replaces Ken Ito as director, Aki Mori takes over "
            "from Jun Oda as sound director, and Kou Abe serves as series composer.</p>"
            "<p>In the cast, Mai Ueno replaces Yui Ono as Kaede.</p>")
    got = _facts(_page(body), "Harbor Lights season 2", "Harbor Lights")
    assert ("staff", "director", "Rei Sato") in got
    assert ("staff", "sound director", "Aki Mori") in got
    assert ("staff", "series composition", "Kou Abe") in got
    assert ("cast", "Kaede", "Mai Ueno") in got
    for v in ("Ken Ito", "Jun Oda", "Yui Ono"):
        assert not any(val == v for _, _, val in got)
    assert ("staff", "music", "Kou Abe") not in got


def test_a_streaming_service_the_page_defines_bringing_the_film_to_viewers():
    body = ("<p>Wavelet, the anime streaming service, and Pinecrest Pictures today released the teaser for Lantern Reef, "
            "an original film opening in Japan on June 4, 2027.</p>"
            "<p>Wavelet will bring the film to audiences in more than 100 countries, with global streaming beginning in October 2027. "
            "Bluefin Films will bring the film to audiences in Europe.</p>")
    got = _facts(_page(body, title="Lantern Reef teaser"), "Lantern Reef")
    assert ("streaming", "wavelet", "Wavelet") in got
    assert ("release_date", "Wavelet", "2027-10") in got
    assert not any("Bluefin" in k or "Bluefin" in v for _, k, v in got)   # not called a streaming service


def test_a_news_headlines_added_cast_is_the_name_without_its_appearance():
    body = ("<h1>TVアニメ『星屑トリオ』公式サイト</h1><h2>NEWS</h2><ul>"
            "<li><span class='date'>2026.10.02</span><a href='/news/?id=3'>追加キャストとして水野澄さんの出演が決定！</a></li>"
            "<li><span class='date'>2026.09.01</span><a href='/news/?id=2'>追加キャストとして岡本ゆら、森田かなの出演が決定！</a></li></ul>")
    got = _all_facts(body, "星屑トリオ")
    cast = {v for f, k, v in got if f == "cast"}
    assert not any("出演" in v for v in cast)
    assert {"水野澄", "岡本ゆら", "森田かな"} <= cast


def test_japanese_credit_values_without_the_words_around_the_name():
    body = ("<p>TVアニメ『灯台ラジオ』の新情報が公開。</p>"
            "<p>すでにルナ役の小川ひより、船乗りの青年カイト役の真島蒼汰の出演が明らかになっている。</p>"
            "<p>アニメは、「夜明けのソナタ」などで知られる真田航平さんが監督を務める。</p>"
            "<p>音楽は当初の発表どおり、作曲家ユニットのWAVE LOOPが手がける。シリーズ構成は続投。</p>"
            "<p>声優の葛城蒼真がトウマ役で出演。トウマ役の葛城さんは「楽しみです」とコメント。</p>")
    got = _facts(_page(body, title="灯台ラジオ"), "灯台ラジオ")
    assert ("cast", "ルナ", "小川ひより") in got
    assert ("cast", "カイト", "真島蒼汰") in got
    assert ("staff", "director", "真田航平") in got
    assert ("cast", "トウマ", "葛城蒼真") in got
    assert not any("出演" in v or "知られる" in v or "当初" in v or "続投" in v or v == "葛城" for _, _, v in got)
    assert not any(k.startswith("すでに") or k == "青年カイト" for _, k, _ in got)


def test_more_credit_values_without_their_surroundings():
    body = ("<p>TVアニメ『灯台ラジオ』の新情報。音楽はゲーム版に引き続き佐藤ノア氏が担当する。"
            "ティザービジュアルは、キャラクターデザインを担当する松井蒼による描き下ろし。</p>")
    got = _facts(_page(body, title="灯台ラジオ"), "灯台ラジオ")
    assert ("staff", "music", "佐藤ノア") in got
    assert not any("引き続き" in v or "描き下ろし" in v for _, _, v in got)
    en = _facts(_page("<p>Director Ken Mase's first feature, Lantern Reef, opens in 2027.</p>"), "Lantern Reef")
    assert ("staff", "director", "Ken Mase") in en
    assert not any(v.endswith("'s") for _, _, v in en)


def test_a_books_data_after_the_cast_list_is_no_cast():
    body = ("<h1>TVアニメ『星屑トリオ』制作決定</h1><h2>■キャスト</h2><p>早瀬灯：水野澄<br>久我蓮：岡本ゆら</p>"
            "<h2>■作品概要</h2><p>タイトル：星屑トリオ<br>著者：森田かな　イラスト：ぴこ<br>レーベル：灯火文庫</p>"
            "<p class='source'>ソース：TVアニメ「星屑トリオ」公式サイト</p>")
    got = _all_facts(body, "星屑トリオ")
    assert ("cast", "早瀬灯", "水野澄") in got
    assert not any(f == "cast" and k in ("タイトル", "著者", "イラスト", "レーベル", "ソース") for f, k, _ in got)


def test_a_credit_tables_long_combined_role_cell():
    body = ("<h1>Lantern Reef anime announced</h1><p>Lantern Reef premieres in April 2027.</p><h2>Staff</h2>"
            "<table><tr><th>Role</th><th>Name</th></tr><tr><td>Director</td><td>Ken Mase</td></tr>"
            "<tr><td>Character Design / Chief Animation Director</td><td>Rui Hata</td></tr>"
            "<tr><td>Special Thanks to Everyone Who Supported the Production Committee</td><td>Jo Wren</td></tr></table>")
    got = _all_facts(body, "Lantern Reef")
    assert ("staff", "character design", "Rui Hata") in got
    assert ("staff", "chief animation director", "Rui Hata") in got
    assert not any(v == "Jo Wren" for _, _, v in got)


def test_a_source_author_ends_at_the_honorific():
    body = "<h1>【2027春アニメ】注目の新作</h1><h2>1. 星屑トリオ</h2><p>原作は森田かな先生のマンガ。監督が水島トオルさん。</p>"
    got = _all_facts(body, "星屑トリオ")
    assert ("staff", "original creator", "森田かな") in got
    assert not any("マンガ" in v for _, _, v in got)


def test_a_roundup_with_plain_story_headings_is_cut_per_work():
    body = ("<h1>This week in anime: Lantern Reef cast, Paper Cranes dated</h1><p>Two stories this week.</p>"
            "<h2>Lantern Reef adds cast</h2><p>The anime of Hiro Aki's novel Lantern Reef added Mai Ito as Rin. "
            "Studio Umibe is animating, with Ken Mase directing.</p>"
            "<h2>Paper Cranes gets a date</h2><p>Paper Cranes will premiere on April 9, 2027 on TBS. Rei Sato directs "
            "at Studio Orizuru, and Aya Kino voices the lead Chiyo.</p>")
    reef = _all_facts(body, "Lantern Reef")
    cranes = _all_facts(body, "Paper Cranes")
    assert ("cast", "Rin", "Mai Ito") in reef and ("staff", "director", "Ken Mase") in reef
    assert ("cast", "Chiyo", "Aya Kino") in cranes and ("release_date", "", "2027-04-09") in cranes
    assert not any(v in ("Aya Kino", "Rei Sato", "Studio Orizuru", "2027-04-09") for _, _, v in reef)
    assert not any(v in ("Mai Ito", "Ken Mase", "Studio Umibe") for _, _, v in cranes)


def test_one_works_article_with_section_headings_stays_whole():
    body = ("<h1>Lantern Reef: Cast and Release Date Announced</h1><p>Lantern Reef premieres on April 9, 2027.</p>"
            "<h2>Cast and staff</h2><p>Mai Ito voices Rin. Ken Mase is directing.</p>"
            "<h2>Release Date</h2><p>It airs on TBS.</p>")
    got = _all_facts(body, "Lantern Reef")
    assert ("cast", "Rin", "Mai Ito") in got and ("release_date", "", "2027-04-09") in got


def test_a_digest_item_ends_where_another_bold_title_opens_its_own():
    body = ("<h1>Anime news roundup</h1><p><strong>Lantern Reef</strong> added Mai Ito as Rin.</p>"
            "<p><strong>Update:</strong> Ken Mase is directing at Studio Umibe.</p>"
            "<p><strong>Paper Cranes</strong> will premiere on April 9, 2027 on TBS, with Aya Kino as Chiyo.</p>")
    reef = _all_facts(body, "Lantern Reef")
    assert ("cast", "Rin", "Mai Ito") in reef and ("staff", "director", "Ken Mase") in reef
    assert not any(v in ("Aya Kino", "2027-04-09") for _, _, v in reef)


def test_a_list_items_studio_adapting_and_a_director_after_and():
    body = ("<p>Paper Cranes will premiere on April 9, 2027 on TBS, with Aya Kino as Chiyo and Rei Sato directing. "
            "Studio Orizuru adapts Hiro Aki's novel.</p>"
            "<p>Paper Cranes fans remember Studio Umibe animating and Ken Mase directing the first season.</p>")
    got = _facts(_page(body), "Paper Cranes")
    assert ("staff", "director", "Rei Sato") in got
    assert ("studio", "orizuru", "Studio Orizuru") in got
    assert ("staff", "director", "Ken Mase") not in got


def test_japanese_role_first_and_joint_credits():
    body = ("<p>TVアニメ『灯台ラジオ』は2027年1月放送。</p>"
            "<p>主人公・水野ユイの声を担当するのは柚原ほのかさん。音響監督を務めるのは秋山ほのかさん。</p>"
            "<p>キャラクターデザインと総作画監督を三浦カイトさんが兼任する。</p>")
    got = _facts(_page(body, title="灯台ラジオ"), "灯台ラジオ")
    assert ("cast", "水野ユイ", "柚原ほのか") in got
    assert ("staff", "sound director", "秋山ほのか") in got
    assert ("staff", "character design", "三浦カイト") in got
    assert ("staff", "chief animation director", "三浦カイト") in got
    assert not any("のは" in v for _, _, v in got)
