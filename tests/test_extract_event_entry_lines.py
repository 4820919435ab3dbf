"""The Japanese named-event reader widened to how a database or wiki entry lists where something of the work was
first shown: an events list's line 「EVENT（DATE）：WHAT」 (the event, a bracketed day, a colon, then what was shown),
an event named with its stage or booth right after it (「EVENT」ステージにて), a trade fair (フェア) as an event, and a
video named by its kind of footage (ティザー映像, 冒頭映像). Each form is in invented words; each trap stays no fact."""
from extract_helpers import facts

T = "星灯りの渡し守"


def entry(section: str, *items: str, heading: str = "イベント", extra: str = "") -> str:
    """A Japanese database entry about the work: a synopsis, then one section of list items."""
    lis = "".join(f"<li>{x}</li>" for x in items)
    return ("<!doctype html><html lang=ja><head><title>星灯りの渡し守 - アニメ作品データベース</title></head><body><main>"
            "<h1>星灯りの渡し守</h1><h2>あらすじ</h2><p>夜の川で星を運ぶ渡し守の少女を描く、水瀬ユキの漫画のTVアニメ化。</p>"
            f"<h2>{heading}</h2><{section}>{lis}</{section}>{extra}</main></body></html>")


def events(doc: str, title: str = T, *aliases: str) -> set[tuple[str, str]]:
    return {(k, v) for f, k, v in facts(doc, title, *aliases) if f == "premiere_event"}


def keys(doc: str) -> set[str]:
    return {k for k, _ in events(doc)}


# ---- an events list's line: the event, a bracketed day, a colon, what was shown
def test_unquoted_event_with_bracketed_day_and_colon():
    got = events(entry("ul", "ミナト漫画祭2026（2026年8月2日）：メインステージにて第1話を先行上映"))
    assert any(k == "ミナト漫画祭2026" and "第1話" in v for k, v in got)


def test_quoted_event_with_bracketed_day_and_colon():
    got = events(entry("ul", "「北風コミックマルシェ2026」（9月14日）：ティザーPVを初公開"))
    assert any(k == "北風コミックマルシェ2026" and "ティザーPV" in v for k, v in got)


def test_english_named_expo_with_day_and_colon():
    got = events(entry("ul", "Harbor Anime Expo 2026（2026年7月11日）：パネルにてティザー映像を世界初公開"))
    assert any(k == "Harbor Anime Expo 2026" and "ティザー映像" in v for k, v in got)


def test_event_line_with_month_only_and_a_reason_before_the_showing():
    got = events(entry("ul", "白砂国際アニメーション映画祭2026（2026年10月）：招待作品として冒頭8分の映像を上映。"))
    assert any(k == "白砂国際アニメーション映画祭2026" and "冒頭8分" in v for k, v in got)


def test_event_line_in_a_definition_list_item_with_full_width_colon_and_no_day():
    got = keys(entry("ol", "星海フェス2026：スペシャルステージで本PVをお披露目"))
    assert "星海フェス2026" in got


# ---- the stage or booth right after the quoted event, no の
def test_stage_right_after_the_quoted_event():
    got = events(entry("ul", "特報 2026-09-05 「川辺アニメフェス秋2026」ステージにて初公開", heading="動画"))
    assert "川辺アニメフェス秋2026" in {k for k, _ in got}


def test_booth_right_after_the_quoted_event_in_a_sentence():
    got = keys(entry("ul", "2026年5月3日、「潮見ホビーフェス2026」ブースで新PVが初公開された。", heading="沿革"))
    assert "潮見ホビーフェス2026" in got


# ---- a trade fair is an event; footage named by its kind is what was shown
def test_a_comic_fair_where_an_episode_opening_was_screened():
    got = events(entry("ul", "2026年11月15日、大阪で行われた「灯台社 冬のコミックフェア2026」にて第1話の冒頭映像が上映された。"))
    assert any(k == "灯台社 冬のコミックフェア2026" and "第1話" in v for k, v in got)


def test_a_fair_in_the_works_history_list():
    got = keys(entry("ul", "2026-09-05 「港町アニメフェア2026」のステージで特報初公開、キャスト2名を追加", heading="情報の履歴"))
    assert "港町アニメフェア2026" in got


# ---- traps
def test_an_advert_for_a_sales_fair_is_no_event():
    doc = entry("ul", "2026年3月1日：TVアニメ化決定", heading="沿革",
                extra='<div class="ad"><p>電子書籍ストア 冬のまとめ買いフェア2026：全巻50%オフ、12月25日まで</p></div>')
    assert not any("フェア" in k for k in keys(doc))


def test_another_titles_episode_at_the_event_is_not_ours():
    got = keys(entry("ul", "ミナト漫画祭2026（2026年8月2日）：『月影のパン屋』の第1話を先行上映"))
    assert "ミナト漫画祭2026" not in got


def test_a_called_off_screening_is_no_fact():
    got = keys(entry("ul", "ミナト漫画祭2026（2026年8月2日）：第1話の先行上映を予定していたが中止"))
    assert "ミナト漫画祭2026" not in got


def test_an_earlier_seasons_screening_is_not_this_works():
    got = keys(entry("ul", "ミナト漫画祭2024（2024年8月3日）：第1期の第1話を先行上映"))
    assert "ミナト漫画祭2024" not in got


def test_a_line_without_anything_shown_is_no_event():
    got = keys(entry("ul", "ミナト漫画祭2026（2026年8月2日）：原作者のサイン会を開催"))
    assert "ミナト漫画祭2026" not in got
