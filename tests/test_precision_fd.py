"""Precision bugs of round 28's families: a publisher in a creator's brackets, …"""
from extract_helpers import facts, news


def _staff_page(*lines: str, title: str = "星灯りのミシン") -> str:
    """An official site's staff list: one credit a line."""
    items = "".join(f"<li>{x}</li>" for x in lines)
    return (f"<!doctype html><html><head><title>TVアニメ『{title}』公式サイト</title></head><body><main>"
            f"<h1>TVアニメ『{title}』</h1><section id=\"staff\"><h2>STAFF</h2><ul>{items}</ul></section></main></body></html>")


def _creators(doc: str, title: str = "星灯りのミシン") -> set[str]:
    return {v for f, k, v in facts(doc, title) if f == "staff" and k == "original creator"}


def test_publisher_in_brackets_is_not_the_creators_name():
    for note in ("Ruriiro Books", "Hoshizora Publishing", "Tsukimi Comics", "Kagerou Bunko", "Aozora Press"):
        got = _creators(_staff_page(f"原作：早乙女トワ（{note}）", "監督：森野カイ"))
        assert got == {"早乙女トワ"}, (note, got)


def test_japanese_publisher_note_is_not_the_creators_name():
    for note in ("ルリイロ文庫", "月刊ホシゾラ連載", "ツキミコミックス刊", "星影出版"):
        got = _creators(_staff_page(f"原作：早乙女トワ（{note}）", "監督：森野カイ"))
        assert got == {"早乙女トワ"}, (note, got)


def test_latin_reading_of_the_creator_stays():
    got = _creators(_staff_page("原作：早乙女トワ（Towa Saotome）", "監督：森野カイ"))
    assert got == {"早乙女トワ（Towa Saotome）"}


def test_english_credit_with_publisher_note():
    doc = _staff_page("Original Story: Towa Saotome (Ruriiro Books)", "Director: Kai Morino", title="Starlit Sewing Machine")
    assert _creators(doc, "Starlit Sewing Machine") == {"Towa Saotome"}


# ---- a date the page strikes through is the plan it replaced, never a release date
def _dates(doc: str, title: str = "Ember Kite Ballad") -> set[str]:
    return {v for f, k, v in facts(doc, title) if f == "release_date" and not k}


def _moved(struck_row: str, first: str = "the studio said it would open in October 2027") -> str:
    return news([f"When Ember Kite Ballad was unveiled at Jump Festa, {first}.",
                 "<table><tr><th>Status</th><td>Rescheduled</td></tr>"
                 f"<tr><th>First announced</th><td>{struck_row}</td></tr></table>"], title="Ember Kite Ballad moves")


def test_struck_date_gives_no_release_date():
    for row in ("<s>October 2027</s> (moved)", "<del>October 2027</del>", "<strike>October 2027</strike> — postponed",
                '<span style="text-decoration: line-through">October 2027</span>', "<S>October 2027</S>"):
        assert "2027-10" not in _dates(_moved(row)), row


def test_struck_japanese_date_gives_no_release_date():
    doc = _moved("<del>2027年10月</del>（延期）", first="the producers said it would premiere in October 2027")
    assert "2027-10" not in _dates(doc)


def test_unstruck_date_beside_a_struck_one_stays():
    assert "2027-10" in _dates(_moved("October 2027 (<s>September 2027</s>)"))
    assert "2027-10" in _dates(_moved("<b>October 2027</b>"))


# ---- an earlier season's songs under their own short title line on a sequel's site
def _sequel_site(music: str) -> str:
    """A season-2 official site whose MUSIC part ends on an archive of season 1's songs."""
    return ("<!doctype html><html><head><title>TVアニメ『月影ポストマン 第2期』公式サイト</title></head><body><main>"
            "<h1>月影ポストマン 第2期</h1><section id=\"music\"><h2>MUSIC</h2>"
            "<div><p>OPENING THEME</p><p>「群青ディスパッチ」</p><p>ミナトレイル</p></div>"
            f"<div class=\"archive\">{music}</div></section>"
            "<section><h2>CAST</h2><ul><li>ツキ：小早川ユイ</li></ul></section></main></body></html>")


def _songs(doc: str) -> set[str]:
    return {v.split(" — ")[0] for f, k, v in facts(doc, "月影ポストマン 第2期") if f == "theme_song"}


def test_earlier_season_songs_under_their_title_line_give_nothing():
    for block in ("<p>第1期 主題歌</p><p>OP「木漏れ日サーキット」ソラネコ ／ ED「宵待ちメロウ」白鳥ミオ</p>",
                  "<p>第1期主題歌</p><p>OP：「木漏れ日サーキット」</p><p>ソラネコ</p><p>ED：「宵待ちメロウ」</p><p>白鳥ミオ</p>",
                  "<p>Season 1 Theme Songs</p><p>OP「木漏れ日サーキット」ソラネコ / ED「宵待ちメロウ」白鳥ミオ</p>",
                  "<p>第1期 オープニングテーマ</p><p>「木漏れ日サーキット」</p><p>ソラネコ</p>",
                  "<p>【第1期】主題歌</p><p>オープニング：ソラネコ「木漏れ日サーキット」</p><p>エンディング：白鳥ミオ「宵待ちメロウ」</p>"):
        got = _songs(_sequel_site(block))
        assert "木漏れ日サーキット" not in got and "宵待ちメロウ" not in got, (block, got)
        assert "群青ディスパッチ" in got, (block, got)


def test_this_seasons_songs_after_an_earlier_seasons_archive_stay():
    block = ("<p>第1期 主題歌</p><p>OP「木漏れ日サーキット」ソラネコ</p>"
             "<p>ENDING THEME</p><p>「夜明けリレー」</p><p>白鳥ミオ</p>")
    got = _songs(_sequel_site(block))
    assert "夜明けリレー" in got and "木漏れ日サーキット" not in got, got


def test_cast_after_an_earlier_seasons_songs_stays():
    doc = _sequel_site("<p>第1期 主題歌</p><p>OP「木漏れ日サーキット」ソラネコ</p>")
    assert ("cast", "ツキ", "小早川ユイ") in facts(doc, "月影ポストマン 第2期")


def test_first_seasons_own_site_keeps_its_songs():
    doc = _sequel_site("<p>第1期 主題歌</p><p>OP：「木漏れ日サーキット」</p><p>ソラネコ</p>").replace(" 第2期", "")
    got = {v.split(" — ")[0] for f, k, v in facts(doc, "月影ポストマン") if f == "theme_song"}
    assert "木漏れ日サーキット" in got, got


# ---- a picture linking out to another site, its alt naming another title: an advertisement of that title
def _official(rail: str, staff: str = "<li>Director: Mina Kurose</li><li>Animation Production: Studio Hoshigane</li>",
              url: str = "https://gearwell-anime.example/en/") -> set:
    doc = ("<!doctype html><html><head><title>TV Anime \"Gearwell Foundry\" Official Site</title></head><body><main>"
           "<h1>Gearwell Foundry</h1><section id=\"staff\"><h2>STAFF</h2><ul>" + staff + "</ul></section>"
           "<section><h2>CAST</h2><ul><li>Oren Vail — Daiki Amano</li></ul></section>"
           f"<section class=\"lineup\">{rail}</section></main></body></html>")
    return facts(doc, "Gearwell Foundry", url=url)


_RAIL_EN = ('<h3>PUBLISHER ANIME LINEUP</h3><ul><li><a href="https://quillmoon-anime.example/"><img src="/b1.jpg" '
            'alt="Quillmoon Parade Season 2 — April 2027 on TV Asahi. Director: Sota Egawa / Animation Production: Studio Kobushi"></a></li>'
            '<li><a href="https://ashveil-movie.example/"><img src="/b2.jpg" alt="Ashveil Requiem: The Movie — in theaters March 5, 2027"></a></li></ul>')


def _foreign(got: set, *words: str) -> list:
    return [f for f in got if any(w in f[1] or w in f[2] for w in words)]


def test_lineup_banners_of_other_works_give_nothing():
    got = _official(_RAIL_EN)
    assert not _foreign(got, "Sota Egawa", "Kobushi", "Ashveil", "TV Asahi", "2027-04", "2027-03"), got
    assert ("staff", "director", "Mina Kurose") in got


def test_banner_rail_forms():
    rails = [
        # a PICK UP carousel of key visuals, the alt first then the credits
        '<h3>PICK UP</h3><div class="swiper"><a href="https://quillmoon-anime.example/"><picture><img '
        'alt="Director: Sota Egawa / Studio Kobushi — Quillmoon Parade premieres April 2027"></picture></a></div>',
        # JA: 関連作品 banners
        '<h3>関連作品</h3><ul><li><a href="https://quillmoon.example.jp/"><img alt="TVアニメ『クイルムーン行進曲』2027年4月放送 '
        '監督：江川颯太 アニメーション制作：スタジオこぶし"></a></li></ul>',
        # JA: 「…公式サイトはこちら」 banner
        '<p><a href="https://quillmoon.example.jp/"><img alt="『クイルムーン行進曲』公式サイトはこちら 監督：江川颯太"></a></p>',
        # protocol-relative link, a bare banner rail with no heading
        '<ul class="bnr"><li><a href="//quillmoon-anime.example/"><img alt="Director: Sota Egawa / Animation Production: Studio Kobushi (Quillmoon Parade Season 2)"></a></li></ul>',
    ]
    for rail in rails:
        got = _official(rail)
        assert not _foreign(got, "Sota Egawa", "江川颯太", "Kobushi", "こぶし", "2027-04"), (rail, got)


def test_own_credits_as_image_alts_stay():
    staff = '<li><img alt="Director: Mina Kurose"></li><li><a href="/en/staff/#music"><img alt="Music: Riku Tsunoda"></a></li>'
    got = _official("", staff=staff)
    assert ("staff", "director", "Mina Kurose") in got and ("staff", "music", "Riku Tsunoda") in got, got


def test_banner_naming_this_work_stays():
    got = _official('<a href="https://gearwell-anime.example/en/staff/"><img alt="Music: Riku Tsunoda"></a>')
    assert ("staff", "music", "Riku Tsunoda") in got, got


def test_staff_picture_linking_to_a_personal_site_stays():
    staff = ('<li><a href="https://kurose-mina.example/"><img alt="Director: Mina Kurose"></a></li>'
             '<li><a href="https://tsunoda-music.example/profile"><img alt="Music: Riku Tsunoda"></a></li>')
    got = _official(_RAIL_EN, staff=staff)
    assert ("staff", "director", "Mina Kurose") in got and ("staff", "music", "Riku Tsunoda") in got, got
    assert not _foreign(got, "Sota Egawa", "Kobushi"), got


# ---- a date the next sentence says was dropped ("That is no longer the plan.")
def test_plan_dropped_by_the_next_sentence_gives_no_release_date():
    firsts = ["When Ember Kite Ballad was unveiled, the studio said it would open in October 2027.",
              "Ember Kite Ballad was originally announced for an October 2027 premiere at Jump Festa."]
    nexts = ["That is no longer the plan.", "That's no longer the case.", "But that plan has been shelved.",
             "However, that date has been scrapped.", "That schedule was abandoned in June."]
    for first in firsts:
        for nxt in nexts:
            doc = news([f"{first} {nxt} No new date has been given."], title="Ember Kite Ballad update")
            assert "2027-10" not in _dates(doc), (first, nxt)


def test_plan_kept_when_the_next_sentence_does_not_drop_it():
    doc = news(["Ember Kite Ballad will premiere in October 2027. That is the plan the studio confirmed on Friday."],
               title="Ember Kite Ballad date")
    assert "2027-10" in _dates(doc)
    for nxt in ("The date was changed once already.", "The premiere date dropped in a new trailer."):
        doc = news([f"Ember Kite Ballad will premiere in October 2027. {nxt}"], title="Ember Kite Ballad date")
        assert "2027-10" in _dates(doc), nxt


def test_japanese_plan_dropped_by_the_next_sentence():
    for nxt in ("しかし、その予定は白紙となった。", "だが、この計画は延期が決まった。", "ところが、その日程は変更された。"):
        doc = news([f"TVアニメ『燠火の凧』は2027年10月に放送されると製作委員会が発表した。{nxt}"], title="燠火の凧")
        assert "2027-10" not in {v for f, k, v in facts(doc, "燠火の凧") if f == "release_date"}, nxt
    for nxt in ("その予定に変更はない。", "その予定は変更なし。", "その日程は延期しないとした。"):
        doc = news([f"TVアニメ『燠火の凧』は2027年10月に放送されると製作委員会が発表した。{nxt}"], title="燠火の凧")
        assert "2027-10" in {v for f, k, v in facts(doc, "燠火の凧") if f == "release_date"}, nxt
