"""Chrome inside a page's own frame that names another work: an embedded social post or a notice quoting another
work's title takes that work's facts with it, and a wiki's edit-history lines are no facts (page.py
`_chrome_post_boxes`). The work's own posts, its own dated news items and its cast's comments stay."""
from extract_helpers import facts, news

OFFICIAL_URL = "https://tourou-anime.example/"


def official(extra: str, music: str = "<dt>オープニングテーマ</dt><dd>シオリ・シンフォニア「ひかりの結び目」</dd>") -> str:
    """A work's official top page (灯籠町のまじない屋): its own music and cast sections, then `extra`."""
    return ("<!doctype html><html lang='ja'><head><meta charset='utf-8'><title>TVアニメ「灯籠町のまじない屋」公式サイト</title>"
            "</head><body><main><section id='cast'><h2>CAST</h2><dl><dt>燈子</dt><dd>CV. 花守ゆい</dd></dl></section>"
            f"<section id='music'><h2>MUSIC</h2><dl>{music}</dl></section>{extra}</main></body></html>")


def themes(doc: str, title: str = "灯籠町のまじない屋", url: str = OFFICIAL_URL) -> set[tuple[str, str]]:
    return {(k, v) for f, k, v in facts(doc, title, url=url) if f == "theme_song"}


def values(doc: str, title: str = "灯籠町のまじない屋", url: str = OFFICIAL_URL) -> str:
    return " ".join(k + " " + v for _, k, v in facts(doc, title, url=url))


def test_x_timeline_post_about_another_show_takes_its_song():
    doc = official("<section class='p-x-timeline'><h3>OFFICIAL X</h3>"
                   "<div class='post'>【ご案内】『海底都市ミナモ』は1月9日放送開始！同じ制作会社です。オープニングは「潮騒メトロ」／DEEPBLUE11</div>"
                   "</section>")
    got = values(doc)
    assert "潮騒メトロ" not in got and "DEEPBLUE11" not in got
    assert ("opening 1", "ひかりの結び目 — シオリ・シンフォニア") in themes(doc)


def test_twitter_blockquote_embed_of_another_work():
    doc = official("<blockquote class='twitter-tweet'><p>『星屑ポストマン』エンディングテーマは「月夜のポスト」（歌：ミナトレコード）に決定しました！</p>"
                   "— 星屑ポストマン公式 (@hoshikuzu_pm) 2026年11月3日</blockquote>")
    got = values(doc)
    assert "月夜のポスト" not in got and "ミナトレコード" not in got


def test_tweet_item_box_quoting_anime_title_in_corner_brackets():
    doc = official("<ul class='tweets'><li class='tweet-item'>TVアニメ「銀河鉄道ラプソディ」エンディングテーマは「終着駅」／ステラ・ノート！"
                   "2027年1月放送</li></ul>")
    got = values(doc)
    assert "銀河鉄道ラプソディ" not in got and "終着駅" not in got and "ステラ・ノート" not in got


def test_sns_post_card_in_english_news():
    doc = news(["The second trailer for Lantern Town Charms was released today.",
                "The opening theme is \"Knot of Light\" by Shiori Symphonia."], title="Lantern Town Charms trailer") \
        .replace("</article>", "<div class='sns-post'><p>Also from our studio: 『Harbor Lights』 opens January 9, with the "
                 "ending theme \"Undertow\" by Gullwing.</p></div></article>")
    got = {(f, k, v) for f, k, v in facts(doc, "Lantern Town Charms")}
    assert not any("Undertow" in v or "Gullwing" in v for _, _, v in got)
    assert any(f == "theme_song" and "Knot of Light" in v for f, _, v in got)


def test_notice_paragraph_without_a_class():
    doc = official("<p>【お知らせ】劇場版「白狐のいる喫茶店」は2027年2月5日公開！主題歌は「白い湯気」／佐久間いずみ</p>")
    got = values(doc)
    assert "白狐のいる喫茶店" not in got and "白い湯気" not in got and "2027-02-05" not in got


def test_embed_by_id_and_the_x_embed_word():
    doc = official("<div id='x-embed'><p>【再掲】『海底都市ミナモ』オープニングテーマは「潮騒メトロ」／DEEPBLUE11</p></div>")
    got = values(doc)
    assert "海底都市ミナモ" not in got and "潮騒メトロ" not in got


def test_wiki_edit_history_lines_are_no_facts():
    doc = official("<section class='history'><h2>更新履歴</h2><ul>"
                   "<li>2026-11-24　OP主題歌を追加（ユーザー: hakobune）</li>"
                   "<li>2026/10/02 キャスト4名を追加 (User: orange_peel)</li>"
                   "<li>Nov 24, 2026 — added opening theme (user: kestrel)</li>"
                   "<li>2026-11-20 ED主題歌を追加 (User: kestrel2)</li></ul></section>")
    got = values(doc)
    assert "hakobune" not in got and "orange_peel" not in got and "kestrel" not in got


def test_edit_history_line_signed_by_editor():
    doc = official("<ul class='log'><li>2026.11.24 ED主題歌を追加（編集者: ritsu）</li></ul>")
    assert "ritsu" not in values(doc)


def test_revision_history_section_without_signatures():
    doc = official("<section><h2>Revision history</h2><ul><li>2026-11-24 ED: 「夜の帳」／ritsu_k を追加</li></ul></section>")
    assert "ritsu_k" not in values(doc)


# ---------------------------------------------------------------------------------------------------- traps


def test_own_x_post_about_this_work_keeps_the_page_facts():
    doc = official("<section class='p-x-timeline'><div class='post'>【告知】『灯籠町のまじない屋』第2弾PV公開！"
                   "OPは「ひかりの結び目」／シオリ・シンフォニア</div></section>")
    assert ("opening 1", "ひかりの結び目 — シオリ・シンフォニア") in themes(doc)
    assert ("cast", "燈子", "花守ゆい") in facts(doc, "灯籠町のまじない屋", url=OFFICIAL_URL)


def test_own_post_naming_a_song_in_double_brackets_is_not_another_work():
    doc = official("<div class='post'>エンディングテーマ『夜更けの帳』／花守ゆい に決定！</div>",
                   music="<dt>エンディングテーマ</dt><dd>「夜更けの帳」／花守ゆい</dd>")
    assert ("ending 1", "夜更けの帳 — 花守ゆい") in themes(doc)


def test_own_dated_news_items_stay():
    doc = official("<section id='news'><h2>NEWS</h2><ul>"
                   "<li><time>2026.11.20</time><a href='/news/21'>オープニングテーマ決定</a></li>"
                   "<li><time>2026.08.01</time><a href='/news/17'>追加キャストに森永さやかが決定</a></li></ul></section>")
    assert ("cast", "燈子", "花守ゆい") in facts(doc, "灯籠町のまじない屋", url=OFFICIAL_URL)
    assert ("opening 1", "ひかりの結び目 — シオリ・シンフォニア") in themes(doc)


def test_cast_comment_box_naming_an_earlier_work_stays():
    doc = official("<section class='comment'><h3>COMMENT</h3><div class='cast-comment'>"
                   "<p>燈子役・花守ゆい：『白狐のいる喫茶店』以来の霜月先生の作品で、とても嬉しいです！</p></div></section>")
    assert ("cast", "燈子", "花守ゆい") in facts(doc, "灯籠町のまじない屋", url=OFFICIAL_URL)


def test_a_long_post_article_is_no_embed():
    body = "『灯籠町のまじない屋』" + "灯籠の明かりが消えない町の物語です。" * 30
    doc = official(f"<article class='post'><p>{body}</p><p>オープニングテーマは「ひかりの結び目」。『白狐のいる喫茶店』の霜月ねね原作。</p></article>")
    assert ("opening 1", "ひかりの結び目 — シオリ・シンフォニア") in themes(doc)


def test_own_dated_news_item_naming_the_source_book_stays_outside_a_feed():
    doc = official("<ul class='news-list'><li>2026.11.02 原作『灯籠町の約束』第5巻 発売！オープニングテーマは「ひかりの結び目」</li></ul>")
    assert ("opening 1", "ひかりの結び目 — シオリ・シンフォニア") in themes(doc)


def test_a_short_news_post_body_is_no_social_post():
    doc = official("<div class='news-post'><p>エンディングテーマは「夜更けの帳」／花守ゆい。『白狐のいる喫茶店』のスタッフが再集結！</p></div>",
                   music="<dt>オープニングテーマ</dt><dd>シオリ・シンフォニア「ひかりの結び目」</dd>")
    assert ("ending 1", "夜更けの帳 — 花守ゆい") in themes(doc)


def test_bluesky_and_instagram_embed_codes_of_another_work():
    doc = official("<blockquote class='bluesky-embed' data-bluesky-uri='at://x'><p lang='ja'>『海底都市ミナモ』オープニングテーマは"
                   "「潮騒メトロ」／DEEPBLUE11</p>&mdash; ミナモ公式 (@minamo.example)</blockquote>"
                   "<blockquote class='instagram-media'><div><p>TVアニメ「銀河鉄道ラプソディ」エンディングテーマ「終着駅」</p></div></blockquote>")
    got = values(doc)
    assert "海底都市ミナモ" not in got and "潮騒メトロ" not in got and "銀河鉄道ラプソディ" not in got
    assert ("opening 1", "ひかりの結び目 — シオリ・シンフォニア") in themes(doc)


def test_a_dated_byline_signed_by_an_editor_is_no_edit_log():
    doc = news(["Nov 24, 2026 — Editor: jdoe",
                "The opening theme is \"Knot of Light\" by Shiori Symphonia."], title="Lantern Town Charms opening theme")
    got = facts(doc, "Lantern Town Charms")
    assert any(f == "theme_song" and "Knot of Light" in v for f, _, v in got)
