"""A run of cards whose first line is a title and a date ('ティザーPV 2026/06/19', 'PV 2 · 2026.11.19') reads like a
readers' thread (a writer and a time), but a post says words of its own after that line: a video or news card has only
its link or player there, and stays content (_says_more_than_links). Real posts (a writer, a time, then their words,
even with a 'Reply' link) are still dropped."""
from __future__ import annotations

from extract_helpers import facts

TITLE = "Frostbound Folklorist"
JA = "白銀の民俗学者"


def _page(block: str, title: str = TITLE, head: str = "Videos") -> str:
    return (f"<!doctype html><html><head><title>{title} | Anime Pocket</title></head><body><main><article>"
            f"<h1>{title}</h1><p>{title} follows a young folklorist collecting old tales across a snowbound land, "
            "guided by a silent hunter who knows more than he says.</p>"
            f"<section><h2>{head}</h2>{block}</section></article></main></body></html>")


def _yt(vid: str) -> str:
    return f"https://www.youtube.com/watch?v={vid}"


def _trailers(got):
    return {(k, v) for f, k, v in got if f == "trailer"}


def test_ja_video_cards_with_open_link():
    block = "".join(f"<div class='video-card'><p class='v-ttl'>{t} <span>{d}</span></p>"
                    f"<p><a href='{_yt(v)}'>YouTubeで開く</a></p></div>"
                    for t, d, v in (("本PV", "2026/11/25", "AAAAAAAAAA1"), ("ティザーPV", "2026/06/19", "BBBBBBBBBB2")))
    got = facts(_page(block, JA, "予告・PV"), JA)
    assert any(v.endswith("BBBBBBBBBB2") for k, v in _trailers(got))
    assert any(v.endswith("AAAAAAAAAA1") for k, v in _trailers(got))


def test_en_video_cards_in_list_items():
    block = "<ul>" + "".join(f"<li><p>{t} {d}</p><a href='{_yt(v)}'>Watch on YouTube</a></li>"
                             for t, d, v in (("Teaser PV", "2026/06/19", "CCCCCCCCCC3"), ("PV 2", "2026/11/19", "DDDDDDDDDD4"))) + "</ul>"
    got = facts(_page(block), TITLE)
    assert any(v.endswith("CCCCCCCCCC3") for k, v in _trailers(got))


def test_cards_with_dot_separated_dates():
    block = "".join(f"<div><p>{t} · {d}</p><p><a href='{_yt(v)}'>Watch</a></p></div>"
                    for t, d, v in (("Teaser", "2026.06.19", "EEEEEEEEEE5"), ("Trailer", "2026.11.19", "FFFFFFFFFF6")))
    got = facts(_page(block), TITLE)
    assert any(v.endswith("EEEEEEEEEE5") for k, v in _trailers(got))


def test_cards_with_a_player_and_a_link():
    block = "".join(f"<div><p>{t} {d}</p><iframe src='https://www.youtube.com/embed/{v}'></iframe>"
                    f"<a href='{_yt(v)}'>YouTube</a></div>"
                    for t, d, v in (("Teaser PV", "2026/06/19", "GGGGGGGGGG7"), ("PV 1", "2026/11/19", "HHHHHHHHHH8")))
    got = facts(_page(block), TITLE)
    assert any(v.endswith("GGGGGGGGGG7") for k, v in _trailers(got))


def test_ja_cards_with_weekday_dates():
    block = "".join(f"<div class='movie'><h4>{t}</h4><p>{d}</p><p><a href='{_yt(v)}'>動画を見る</a></p></div>"
                    for t, d, v in (("ティザーPV", "2026/06/19", "IIIIIIIIII9"), ("PV第1弾", "2026/11/19", "JJJJJJJJJJ0")))
    got = facts(_page(block, JA, "MOVIE"), JA)
    assert any(v.endswith("IIIIIIIIII9") for k, v in _trailers(got))


def test_table_rows_of_videos():
    rows = "".join(f"<tr><td>{t} {d}</td><td><a href='{_yt(v)}'>▶ 再生</a></td></tr>"
                   for t, d, v in (("ティザーPV", "2026/06/19", "KKKKKKKKKK1"), ("本PV", "2026/11/25", "LLLLLLLLLL2")))
    got = facts(_page(f"<table>{rows}</table>", JA, "PV"), JA)
    assert any(v.endswith("KKKKKKKKKK1") for k, v in _trailers(got))


def test_three_cards_with_time_stamps():
    block = "".join(f"<div><p>{t} 2026/11/{d} 12:00</p><a href='{_yt(v)}'>Play</a></div>"
                    for t, d, v in (("Teaser", "01", "MMMMMMMMMM3"), ("PV 1", "10", "NNNNNNNNNN4"), ("PV 2", "20", "OOOOOOOOOO5")))
    got = facts(_page(block), TITLE)
    assert any(v.endswith("NNNNNNNNNN4") for k, v in _trailers(got))


def test_cards_with_link_wrapping_the_label():
    block = "".join(f"<div><p>{t} <time>{d}</time></p><p><a href='{_yt(v)}'>{t}を見る</a></p></div>"
                    for t, d, v in (("特報", "2026/06/19", "PPPPPPPPPP6"), ("PV", "2026/11/19", "QQQQQQQQQQ7")))
    got = facts(_page(block, JA, "映像"), JA)
    assert any(v.endswith("PPPPPPPPPP6") for k, v in _trailers(got))


def test_one_card_among_text_stays():
    block = ("<div><p>Teaser PV 2026/06/19</p><a href='" + _yt("RRRRRRRRRR8") + "'>Watch</a></div>"
             "<div><p>PV 2 2026/11/19</p><a href='" + _yt("SSSSSSSSSS9") + "'>Watch</a></div>")
    got = facts(_page(block), TITLE)
    assert any(v.endswith("SSSSSSSSSS9") for k, v in _trailers(got))


def test_cards_under_news_words_heading():
    block = "".join(f"<li><span>{t}</span> <span>{d}</span><br><a href='{_yt(v)}'>YouTube</a></li>"
                    for t, d, v in (("Teaser", "2026/06/19", "TTTTTTTTTT1"), ("Main PV", "2026/11/25", "UUUUUUUUUU2")))
    got = facts(_page(f"<ul>{block}</ul>", head="Trailers"), TITLE)
    assert any(v.endswith("TTTTTTTTTT1") for k, v in _trailers(got))


# ---------------------------------------------------------------------------------------------- traps
def test_trap_real_posts_with_reply_links_stay_dropped():
    posts = "".join(f"<li><p>{who} 2026/11/2{i} 22:3{i}</p><p>{body}</p><a href='#r{i}'>返信</a></li>"
                    for i, (who, body) in enumerate((("名無しさん", "全26話って聞いたけど本当？"),
                                                      ("アニオタ", "監督は北条誠一郎さん続投でしょ"))))
    got = facts(_page(f"<ul>{posts}</ul>", JA, "みんなの感想"), JA)
    assert not any(v in ("26", "北条誠一郎") for f, k, v in got)


def test_trap_posts_linking_a_video_stay_dropped():
    posts = "".join(f"<div><p>{who} · {n} hours ago</p><p>{body} <a href='{_yt(v)}'>link</a></p></div>"
                    for n, (who, body, v) in enumerate((("fan1", "The leaked PV 3 is out, 26 episodes!", "VVVVVVVVVV3"),
                                                        ("fan2", "Heard Lee Faker directs it", "WWWWWWWWWW4")), 2))
    got = facts(_page(posts, head="Comments (2)"), TITLE)
    assert not any(v.endswith(("VVVVVVVVVV3", "WWWWWWWWWW4")) or v == "Lee Faker" for f, k, v in got)
