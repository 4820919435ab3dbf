"""A wiki entry that covers two seasons of one show: only the tracked season's parts are its facts."""
from extract_helpers import facts, news

_HEAD = "<!doctype html><html><head><title>灯台ラジオ - ウィキ</title></head><body><div id='content'><h1>灯台ラジオ</h1>"
_TAIL = "</div></body></html>"


def _wiki(body: str) -> set:
    return facts(_HEAD + "<p>『灯台ラジオ』は漫画作品。第2期『灯台ラジオ 夜の章』が放送予定。</p>" + body + _TAIL,
                 "灯台ラジオ 夜の章", "灯台ラジオ 第2期", url="https://wiki.example/wiki/x")


def test_infobox_rows_under_another_seasons_header_row_are_that_seasons():
    got = _wiki("<table class='infobox'><tr><th colspan='2'>灯台ラジオ</th></tr>"
                "<tr><th colspan='2'>アニメ：灯台ラジオ（第1期）</th></tr>"
                "<tr><th>監督</th><td>森川一朗</td></tr><tr><th>アニメーション制作</th><td>スタジオ鴨</td></tr>"
                "<tr><th colspan='2'>アニメ：灯台ラジオ 夜の章（第2期）</th></tr>"
                "<tr><th>監督</th><td>野々宮二葉</td></tr><tr><th>アニメーション制作</th><td>スタジオ鷺</td></tr></table>")
    vals = {v for _f, _k, v in got}
    assert ("staff", "director", "野々宮二葉") in got
    assert "森川一朗" not in vals and "スタジオ鴨" not in vals


def test_a_staff_table_with_a_column_per_season_keeps_this_seasons_column_and_shared_cells():
    got = _wiki("<h3>スタッフ</h3><table class='wikitable'><tr><th>役職</th><th>第1期</th><th>第2期 夜の章</th></tr>"
                "<tr><td>監督</td><td>森川一朗</td><td>野々宮二葉</td></tr>"
                "<tr><td>音楽</td><td colspan='2'>早瀬三郎</td></tr></table>")
    assert ("staff", "director", "野々宮二葉") in got
    assert ("staff", "music", "早瀬三郎") in got
    assert "森川一朗" not in {v for _f, _k, v in got}


def test_a_table_captioned_with_another_season_and_a_dt_naming_one_are_dropped():
    got = _wiki("<h3>主題歌</h3><dl><dt>第1期</dt><dd>オープニングテーマ「古い灯」<br>歌 - 旧バンド</dd>"
                "<dt>第2期 夜の章</dt><dd>オープニングテーマ「新しい灯」<br>歌 - 新バンド</dd></dl>"
                "<h3>放送局</h3><table class='wikitable'><caption>第1期 放送局</caption>"
                "<tr><th>放送期間</th><th>放送局</th></tr><tr><td>2024年10月6日 - 12月22日</td><td>TOKYO MX</td></tr></table>")
    songs = {v for f, _k, v in got if f == "theme_song"}
    assert any(v.startswith("新しい灯") for v in songs)
    assert not any("古い灯" in v for v in songs)
    assert not any("TOKYO MX" in v or "2024" in v for _f, _k, v in got)


def test_a_recast_between_seasons_gives_this_seasons_actor():
    got = _wiki("<h2>登場人物</h2><dl><dt>鴨川（かもがわ）</dt><dd>声 - 石田一（第1期）→ 丸山二（第2期）<br>局長。</dd></dl>")
    assert ("cast", "鴨川", "丸山二") in got
    assert "石田一" not in " ".join(v for _f, _k, v in got)


def test_a_video_link_noted_as_another_seasons_is_not_this_seasons_trailer():
    got = _wiki("<h2>外部リンク</h2><ul>"
                "<li><a href='https://www.youtube.com/watch?v=AAAAAAAAAAA'>TVアニメ『灯台ラジオ』本PV</a>（第1期） - YouTube</li>"
                "<li><a href='https://www.youtube.com/watch?v=BBBBBBBBBBB'>TVアニメ『灯台ラジオ 夜の章』PV第1弾</a> - YouTube</li></ul>")
    urls = " ".join(v for f, _k, v in got if f == "trailer")
    assert "BBBBBBBBBBB" in urls and "AAAAAAAAAAA" not in urls


# ---- a music news article: readers' reactions and the singer's past tie-ups are not this work's facts
def _music_news(extra: str) -> str:
    return ("<!doctype html><html><head><title>新作アニメ「鯨の街」ED主題歌は春野ユキ - 音ニュース</title>"
            "<meta property='article:published_time' content='2026-11-24T12:00:00+09:00'></head><body><article>"
            "<h1>新作アニメ「鯨の街」ED主題歌は春野ユキ</h1>"
            "<p>TVアニメ「鯨の街」は2027年4月よりTBSほかで放送。エンディングテーマは春野ユキの「霧のあと」に決まった。</p>"
            + extra + "</article></body></html>")


def test_a_readers_reactions_box_is_no_source_of_dates():
    got = facts(_music_news("<div class='reactions'><h3>この記事へのリアクション</h3><ul>"
                            "<li><b>@fan1</b> 4月3日スタートってマジ？</li></ul></div>"), "鯨の街")
    assert ("release_date", "", "2027-04") in got
    assert not any(v.startswith("2027-04-03") for _f, _k, v in got)


def test_a_song_the_singer_made_in_another_work_is_not_this_works_theme():
    got = facts(_music_news("<p>春野ユキは2026年放送の「砂の王国」でエンディングテーマ「古い砂時計」を担当しており、"
                            "今回が2度目のタイアップとなる。</p>"), "鯨の街")
    songs = {v for f, _k, v in got if f == "theme_song"}
    assert songs == {"霧のあと — 春野ユキ"}


# ---- an old fan database page: credit tables with a colon cell, a station table with slots past midnight
_DB = ("<!doctype html><html><head><title>風見屋ソラ - 番組ナビ【2027年冬 新番組】</title></head><body><h1>風見屋ソラ</h1>"
       "<h2>■放送局</h2><table border='1'><tr><th>局名</th><th>初回</th><th>時間</th><th>備考</th></tr>"
       "<tr><td>TOKYO MX</td><td>1/10(日)</td><td>25:30〜26:00</td><td>最速</td></tr>"
       "<tr><td>KBS京都</td><td>1/12(火)</td><td>24:30〜25:00</td><td></td></tr></table>"
       "<h2>■スタッフ</h2><table class='staff'><tr><td>総監督</td><td>：</td><td>山辺一郎</td></tr>"
       "<tr><td>監督</td><td>：</td><td>川辺二郎</td></tr></table>"
       "<h2>■キャスト</h2><table class='cast'><tr><td>ソラ</td><td>：</td><td>海野みどり</td></tr>"
       "<tr><td>番頭・銀次</td><td>：</td><td>岩井 剛</td></tr></table></body></html>")


def test_a_credit_table_with_a_colon_cell_between_label_and_name():
    got = facts(_DB, "風見屋ソラ", url="https://navi.example/2027winter/x.html")
    assert {("staff", "chief director", "山辺一郎"), ("staff", "director", "川辺二郎"),
            ("cast", "ソラ", "海野みどり"), ("cast", "番頭・銀次", "岩井 剛")} <= got


def test_a_slot_past_midnight_with_its_end_time_rolls_the_day_once():
    got = facts(_DB, "風見屋ソラ", url="https://navi.example/2027winter/x.html")
    dates = {(k, v) for f, k, v in got if f == "release_date"}
    assert ("KBS京都", "2027-01-13") in dates
    assert not any(v in ("2027-01-12", "2027-01-14") for _k, v in dates)


# ---- a fan's screening report: guests on stage, an actor's honorific, the studio of an original anime
def _blog(paragraphs: list[str]) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return ("<!doctype html><html><head><title>『星降る傘屋』最速上映会に行ってきた - あおの日記</title></head><body>"
            "<article class='entry'><h1 class='entry-title'>『星降る傘屋』最速上映会に行ってきた！</h1>"
            f"<div class='entry-content'>{body}</div></article></body></html>")


def test_guests_on_stage_named_after_their_role_are_credits():
    got = facts(_blog(["昨日は『星降る傘屋』の最速上映会に行ってきました！",
                       "登壇したのは、主人公ミオ役の春野ひよりさん、そして監督の潮見ナギさん。"]), "星降る傘屋")
    assert ("staff", "director", "潮見ナギ") in got
    assert ("cast", "ミオ", "春野ひより") in got


def test_an_honorific_after_a_three_letter_name_is_not_part_of_it():
    got = facts(_blog(["昨日は『星降る傘屋』の最速上映会に行ってきました！",
                       "春野さんが「傘職人のトウヤ役の真田悠さんが来られなくて悔しがってました」と言ってた。"]), "星降る傘屋")
    assert ("cast", "トウヤ", "真田悠") in got
    assert not any(v.endswith("さん") for _f, _k, v in got)


def test_the_studio_of_an_original_anime_when_the_name_is_shaped_like_a_studio():
    got = facts(_blog(["昨日は『星降る傘屋』の最速上映会に行ってきました！",
                       "スタジオ・ニレノキのオリジナルアニメで、来年1月から放送が始まります。"]), "星降る傘屋")
    assert ("studio", "スタジオニレノキ", "スタジオ・ニレノキ") in got
    got = facts(_blog(["昨日は『星降る傘屋』の最速上映会に行ってきました！",
                       "Netflixのオリジナルアニメで、来年1月から配信が始まります。"]), "星降る傘屋")
    assert not any(f == "studio" for f, _k, _v in got)


# ---- an official site's ON AIR page: the lead's title line is the work's, a PV caption names a song's use
_ONAIR = ("<!doctype html><html><head><title>ON AIR | TVアニメ『鐘守りの夜』公式サイト</title></head><body><main>"
          "<h2>ON AIR 放送・配信情報</h2>"
          "<p class='lead'>TVアニメ『鐘守りの夜』<br><strong>2027年1月7日(木)より放送開始！</strong><br>全13話予定</p>"
          "<table><tr><th>放送局</th><th>放送開始日</th><th>放送時間</th></tr>"
          "<tr><td>TOKYO MX</td><td>2027年1月7日(木)〜</td><td>毎週木曜 25:05〜25:35</td></tr>"
          "<tr><td>MBS</td><td>2027年1月10日(日)〜</td><td>毎週日曜 26:55〜27:25</td></tr></table>"
          "<h2>MOVIE</h2><p><a href='https://www.youtube.com/watch?v=CCCCCCCCCCC'>PV第1弾</a></p>"
          "<p class='cap'>2026.11.19公開／OPテーマ「鐘の余韻」使用</p>"
          "<h2>MUSIC</h2><div><p>OPテーマ</p><p>「鐘の余韻」</p><p>NIGHT SIGNAL</p></div></main></body></html>")


def test_the_leads_line_naming_the_work_is_no_station():
    got = facts(_ONAIR, "鐘守りの夜", url="https://kanemori.example/onair/")
    assert ("release_date", "", "2027-01-08") in got
    assert not any(f == "broadcaster" and "鐘守り" in v for f, _k, v in got)


def test_a_pv_caption_saying_the_song_is_used_names_no_singer():
    got = facts(_ONAIR, "鐘守りの夜", url="https://kanemori.example/onair/")
    assert ("theme_song", "opening 1", "鐘の余韻 — NIGHT SIGNAL") in got


def test_a_song_credited_to_a_character_takes_the_singer_another_line_names():
    doc = ("<!doctype html><html><head><title>『鉄の庭』キャスト対談 - アニメ情報局</title></head><body><article>"
           "<h1>TVアニメ『鉄の庭』キャスト対談</h1>"
           "<p>今回は、ヒロイン・ミナを演じる白石ななさんにお話を伺いました。ミナの歌うオープニングテーマ「蜜の合図」の話題も。</p>"
           "<h2>作品情報</h2><h4>キャスト</h4><p>ミナ：白石なな<br>ガロ：大岩 剛<br>ほか</p>"
           "<h4>主題歌</h4><p>OPテーマ：白石なな「蜜の合図」<br>EDテーマ：後日発表</p></article></body></html>")
    got = facts(doc, "鉄の庭")
    assert ("theme_song", "opening 1", "蜜の合図 — 白石なな") in got


def test_a_streaming_table_cell_listing_several_services_one_a_line():
    got = _wiki("<h3>配信</h3><table class='wikitable'><tr><th>配信開始日</th><th>配信時間</th><th>配信サイト</th></tr>"
                "<tr><td>2027年4月4日</td><td>日曜 2:00 更新</td><td>Netflix<br>dアニメストア<br>U-NEXT</td></tr></table>")
    names = {v for f, _k, v in got if f == "streaming"}
    assert {"Netflix", "dアニメストア", "U-NEXT"} <= names
    assert not any(" " in v for v in names)


# ---- videos in Japanese news and blogs
def test_a_pv_said_to_be_out_in_a_month_takes_that_month():
    got = facts(news(["昨日は『星降る傘屋』の最速上映会に行ってきました！",
                      "※PV第1弾は2026年6月に公開されています。",
                      "8月に出たティザーPVより新規カットがかなり増えてます。"], title="『星降る傘屋』上映会の感想"), "星降る傘屋")
    assert ("trailer", "PV 1", "2026-06") in got
    assert any(f == "trailer" and k == "teaser 1" and v.startswith("2026-08") for f, k, v in got)


def test_a_players_number_from_the_heading_over_it():
    doc = ("<!doctype html><html><head><title>NEWS | TVアニメ『星綴り』公式サイト</title></head><body><main>"
           "<h3>放送開始日決定！メインPV（PV第2弾）公開</h3><h4>■メインPV（PV第2弾）公開</h4>"
           "<iframe src='https://www.youtube.com/embed/DDDDDDDDDDD' title='TVアニメ『星綴り』メインPV'></iframe>"
           "</main></body></html>")
    got = facts(doc, "星綴り", url="https://hoshitsuzuri.example/news/1.html")
    keys = {k for f, k, _v in got if f == "trailer"}
    assert keys == {"PV 2"}


def test_a_headlines_late_night_start_is_not_the_teasers_day():
    doc = news(["TVアニメ『夜喰いの庭』2027年1月8日(金)深夜より放送開始！ティザーPV＆キービジュアル第1弾解禁"],
               title="TVアニメ『夜喰いの庭』ティザーPV解禁", published="2026-11-26")
    got = facts(doc, "夜喰いの庭")
    assert not any(f == "trailer" and v.startswith("2027-01-08") for f, _k, v in got)


def test_a_particle_after_a_services_latin_name_is_no_part_of_it():
    got = facts(_blog(["昨日は『星降る傘屋』の最速上映会に行ってきました！</p><ul><li>放送：テレビ東京にて2027年1月6日（水）25:00〜</li>"
                       "<li>配信：ABEMAで地上波同時の見放題最速、Netflixでも1月7日（木）12:00から配信</li></ul><p>以上です。"]),
                "星降る傘屋")
    names = {v for f, _k, v in got if f == "streaming"}
    assert "Netflix" in names and not any(v.endswith("でも") for v in names)


def test_a_wikis_navboxes_are_chrome():
    got = _wiki("<h3>放送局</h3><table class='wikitable'><tr><th>放送期間</th><th>放送局</th></tr>"
                "<tr><td>2027年4月4日 - 予定</td><td>MBS</td></tr></table>"
                "<table class='navbox-succession'><tr><th colspan='3'>MBS・TBS系列『アニメイズム』B2枠</th></tr>"
                "<tr><th>前番組</th><th>番組名</th><th>次番組</th></tr>"
                "<tr><td>錆びた鍵盤<br>（2027年1月 - 3月）</td><td>灯台ラジオ 夜の章</td><td>-</td></tr></table>"
                "<table class='navbox'><tr><th>スタジオ鷺 制作作品</th><td>猫の探偵（2025年）・錆びた鍵盤（2027年）</td></tr></table>")
    assert ("broadcaster", "mbs", "MBS") in got
    assert not any("系列" in v or "錆びた" in v for _f, _k, v in got)


def test_words_around_names_are_not_names():
    doc = news(["『竜の薬箱』TVアニメ化決定！来年4月放送、監督は早川ユウ×制作スタジオ・カルマ ティザーPVも公開",
                "ナレーションはリゼ役の白川ゆいが担当した。"], title="『竜の薬箱』TVアニメ化決定")
    got = facts(doc, "竜の薬箱")
    assert ("staff", "director", "早川ユウ") in got
    assert not any("×" in v for _f, _k, v in got)
    assert not any(f == "cast" and k.startswith("ナレーション") for f, k, _v in got)


def test_a_region_a_pronoun_and_a_slots_words_are_no_services_or_stations():
    doc = ("<!doctype html><html><head><title>『星の箱庭』 - アニメDB</title></head><body><h1>星の箱庭</h1><dl>"
           "<dt>放送</dt><dd>2027年1月8日(金)深夜より TOKYO MX・BS11にて放送開始</dd>"
           "<dt>配信</dt><dd>Netflix(全世界独占配信/日本での配信開始日は未発表)</dd></dl>"
           "<p>そのほか、ABEMA、U-NEXT ほかにて順次配信予定です。</p></body></html>")
    got = facts(doc, "星の箱庭", url="https://db.example/anime/1")
    orgs = {v for f, _k, v in got if f in ("streaming", "broadcaster")}
    assert {"TOKYO MX", "BS11", "ABEMA", "U-NEXT"} <= orgs
    assert not any(v in ("日本", "その") or v.startswith(("より", "深夜")) for v in orgs)


def test_a_surname_ending_like_a_title_keeps_the_name_whole():
    doc = news(["女子陸上部の青春を描くオリジナルアニメ『星の号砲』。OPを歌うのはキャラクターユニット・ランナーズ。"
                "早乙女ヒナ（CV：結城まゆ）、土屋ナオ（CV：鳴瀬いろ）ら5人の掛け合いが弾けるアップチューン。"],
               title="『星の号砲』OP情報")
    got = facts(doc, "星の号砲")
    assert ("cast", "早乙女ヒナ", "結城まゆ") in got
    assert ("cast", "土屋ナオ", "鳴瀬いろ") in got


def test_episode_screenings_named_after_their_kind_or_at_a_convention():
    got = facts(news(["――来月20日には第1話先行上映会「鉄の庭 始動祭」も控えています。",
                      "また、2027年3月に開催されるAnimeJapan 2027のステージにて、第1話の先行上映が行われることが告知されている。"],
                     title="『鉄の庭』キャスト対談"), "鉄の庭")
    assert ("premiere_event", "鉄の庭 始動祭", "第1話先行上映会") in got
    assert ("premiere_event", "AnimeJapan 2027", "第1話の先行上映") in got
    got = facts(news(["第1話先行上映会「鉄の庭」が開催される。"], title="『鉄の庭』上映会"), "鉄の庭")
    assert not any(f == "premiere_event" and k == "鉄の庭" for f, k, _v in got)   # the title alone names no event


def test_a_heading_that_names_a_screening_over_what_it_shows():
    doc = ("<!doctype html><html><head><title>EVENT | TVアニメ『鐘守りの夜』第2期 公式サイト</title></head><body><main>"
           "<h2>EVENT</h2><div><h3>第2期 第1話先行上映会 in 渋谷</h3>"
           "<p>放送に先駆けて第2期第1話を上映！上映後にはキャストによるトークを予定しています。</p></div>"
           "<div><h3>■第1話最速上映会 開催決定！</h3><p>第1話をひと足早く上映します。</p></div></main></body></html>")
    got = facts(doc, "鐘守りの夜 第2期", url="https://kanemori.example/s2/event/")
    assert ("premiere_event", "第2期 第1話先行上映会 in 渋谷", "第2期第1話を上映") in got
    assert not any(f == "premiere_event" and "開催決定" in k for f, k, _v in got)


def test_a_screening_named_by_the_works_title_or_in_the_sentence_before():
    got = facts(_blog(["昨日は新宿で開催された『星降る傘屋』第1話・第2話最速上映会に行ってきました！"]), "星降る傘屋")
    assert ("premiere_event", "星降る傘屋 第1話・第2話最速上映会", "第1話・第2話を上映") in got
    got = facts(news(["放送開始に先駆けて、「星綴り 第1話最速上映会」の開催が決定いたしました。第1話をひと足早く劇場の大スクリーンで"
                      "上映するほか、キャストによるトークショーを予定しております。"], title="『星綴り』最速上映会"), "星綴り")
    assert any(f == "premiere_event" and k == "星綴り 第1話最速上映会" and v.startswith("第1話") for f, k, v in got)
    got = facts(_blog(["昨日は『別の作品』第1話最速上映会に行ってきました！『星降る傘屋』も楽しみ。"]), "星降る傘屋")
    assert not any(f == "premiere_event" for f, _k, _v in got)
