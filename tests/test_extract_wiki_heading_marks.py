"""A wiki's section headings carry a permalink mark after their words (PukiWiki's "キャスト†", a docs-style "Cast¶",
"スタッフ§"): the heading is still the section it names, so its list is read as that section's (a cast list's
"Char：Actor" lines as cast, a staff list's "Role：Name" as credits), and a comments heading with the mark still ends
them. A songs heading joined with insert songs (主題歌・挿入歌, 楽曲) is the music section. Invented words."""
from extract_helpers import facts

T = "霧笛のフーガ"


def wiki(*sections: tuple[str, str], mark: str = "†") -> str:
    body = "".join(f'<h2 id="k{i}">{h}<a class="anchor_super" href="#k{i}">{mark}</a></h2>{c}'
                   for i, (h, c) in enumerate(sections))
    return (f"<!doctype html><html lang=ja><head><title>{T} - アニメ感想まとめWiki</title></head><body>"
            f'<div id="body"><h1>{T}</h1>{body}</div></body></html>')


def ul(*items: str) -> str:
    return '<ul class="list1">' + "".join(f"<li>{x}</li>" for x in items) + "</ul>"


def cast(doc: str, title: str = T) -> set[tuple[str, str]]:
    return {(k, v) for f, k, v in facts(doc, title) if f == "cast"}


def test_pukiwiki_dagger_cast_heading_with_descriptions_under_each_name():
    doc = wiki(("キャスト", ul("ミオ：浅葱みなと<br />霧の港の少女。", "ガレス：土岐大悟<br />灯台守。")))
    assert {("ミオ", "浅葱みなと"), ("ガレス", "土岐大悟")} <= cast(doc)


def test_pilcrow_mark_on_an_english_cast_heading():
    doc = wiki(("Cast", ul("Mio: Minato Asagi<br />A girl of the foggy port.", "Gareth: Daigo Toki")), mark="¶")
    got = {(k, v) for f, k, v in facts(doc.replace(T, "Foghorn Fugue"), "Foghorn Fugue") if f == "cast"}
    assert ("Mio", "Minato Asagi") in got and ("Gareth", "Daigo Toki") in got


def test_section_mark_on_a_staff_heading():
    doc = wiki(("スタッフ", ul("監督：鷲尾圭", "キャラクターデザイン：七瀬とわ")), mark="§")
    staff = {(k, v) for f, k, v in facts(doc, T) if f == "staff"}
    assert ("director", "鷲尾圭") in staff and ("character design", "七瀬とわ") in staff


def test_songs_and_insert_songs_heading_ends_the_cast_list():
    doc = wiki(("キャスト", ul("ミオ：浅葱みなと")),
               ("主題歌・挿入歌", "<dl><dt>主題歌（エンディングテーマ）</dt><dd>「霧の向こう」 歌：Tide Lamp</dd></dl>"))
    got = cast(doc)
    assert ("ミオ", "浅葱みなと") in got and not any(k.startswith("主題歌") for k, _ in got)


def test_music_heading_word_gakkyoku_ends_the_cast_list():
    doc = wiki(("キャスト", ul("ミオ：浅葱みなと")), ("楽曲", "<dl><dt>オープニング（テーマ曲）</dt><dd>「朝霧」 歌：Tide Lamp</dd></dl>"))
    assert not any(k.startswith("オープニング") for k, _ in cast(doc))


# ---- traps
def test_comments_heading_with_the_mark_reads_no_credit():
    doc = wiki(("スタッフ", ul("監督：鷲尾圭")), ("コメント", ul("監督：別の人の方が良かった -- 2026-11-02", "ミオ：誰が声やるの？")))
    got = {(f, k, v) for f, k, v in facts(doc, T)}
    assert not any(v.startswith("別の人") for _, _, v in got) and not any(k == "ミオ" for _, k, _ in got)


def test_a_singers_comment_under_the_songs_heading_is_no_song():
    doc = wiki(("主題歌・挿入歌", "<p><strong>エンディングテーマ</strong><br>「霧の向こう」／汐見ルカ</p>"
                               "<p>汐見ルカ コメント：<br>「港の朝を思いながら歌いました。」</p>"))
    songs = {v for f, k, v in facts(doc, T) if f == "theme_song"}
    assert any(v.startswith("霧の向こう") for v in songs) and not any("港の朝" in v for v in songs)
