"""A fan wiki's own chrome inside its body: signed comments (PukiWiki's comment plugin, MediaWiki signatures) and a
related-works memo under a heading that carries the wiki's anchor mark. Their rumours and other works' credits are
no facts of the work; the wiki's own sections are."""
from extract_helpers import facts

TITLE = "白夜のフーガ"


def _wiki(*sections: str) -> str:
    return ("<html><head><title>白夜のフーガ - ファンWiki</title></head><body><div id=\"body\">"
            "<h2>スタッフ<a class=\"anchor_super\" href=\"#k1\">&dagger;</a></h2>"
            "<ul class=\"list1\"><li>監督：氷室透</li><li>音楽：浅葱ミナ</li></ul>" + "".join(sections) + "</div></body></html>")


PUKIWIKI_COMMENTS = ("<h2>コメント<a class=\"anchor_super\" href=\"#k8\">&dagger;</a></h2><div class=\"ie5\"><ul class=\"list1\">"
                     "<li>公開日12月25日じゃなかったっけ？ -- <span class=\"comment_date\">2026-09-02 (水) 21:14:07</span></li>"
                     "<li>音楽は前作と同じく戸張一葉さんらしい -- <span class=\"comment_date\">2026-10-03 (土) 10:02:41</span></li>"
                     "<li>上映時間115分らしい -- 名無し <span class=\"comment_date\">2026-11-25 (水) 23:48:03</span></li></ul></div>")


def test_signed_wiki_comments_give_no_facts():
    got = facts(_wiki(PUKIWIKI_COMMENTS), TITLE)
    assert ("staff", "music", "浅葱ミナ") in got and ("staff", "director", "氷室透") in got
    assert not any("戸張" in v for _f, _k, v in got)
    assert not any(f == "release_date" for f, _k, _v in got)


def test_mediawiki_signatures_mark_a_talk_thread():
    talk = ("<h2>Discussion</h2><ul><li>Music is by Kazuha Tobari again, I think --Lumenfan (talk) 21:14, 3 October 2026 (UTC)"
            "</li><li>No, that was the last film --Orbweaver (talk) 09:02, 4 October 2026 (UTC)</li></ul>")
    got = facts(_wiki(talk), TITLE)
    assert not any("Tobari" in v for _f, _k, v in got)
    assert ("staff", "music", "浅葱ミナ") in got


def test_related_works_memo_under_an_anchored_heading_is_another_works():
    memo = ("<h3>関連作品メモ<a class=\"anchor_super\" href=\"#k9\">&dagger;</a></h3><ul class=\"list1\">"
            "<li><a href=\"/x\">星降る坂の郵便局</a>：2023年7月21日公開。監督・氷室透、音楽・戸張一葉。主題歌はMIZUHA「手紙の行方」。</li>"
            "<li><a href=\"/y\">海鳴りのオルゴール</a>：2020年発売のOVA。全2話。</li></ul>")
    got = facts(_wiki(memo), TITLE)
    assert not any(f in ("theme_song", "episodes", "release_date") for f, _k, _v in got)
    assert not any("戸張" in v or "MIZUHA" in v for _f, _k, v in got)


def test_the_cast_list_beside_a_comment_thread_stays():
    """Only items signed with a date and a time are posts: the wiki's cast list in the same body is read."""
    cast = ("<h2>キャスト<a class=\"anchor_super\" href=\"#k2\">&dagger;</a></h2><ul class=\"list1\">"
            "<li>ノエル：白鳥すみれ</li><li>ユリウス：如月蒼</li></ul>")
    got = facts(_wiki(cast, PUKIWIKI_COMMENTS), TITLE)
    assert {("cast", "ノエル", "白鳥すみれ"), ("cast", "ユリウス", "如月蒼")} <= got
    assert not any("戸張" in v for _f, _k, v in got)
