"""Credits a news article states around an aside: the source's author as the possessive of a book that "is finally
animated" or "will be adapted into a TV anime", with an aside between the book and its verb (", with over a million
copies in print,", ", which runs in Monthly Y,"); in Japanese the author as the subject of the serial the anime is based
on (「XがYで連載中のマンガを原作とする」), and a staff credit with the person's known-for titles in a bracket after the name
(「監督は緒方ミナト（『ハルカゼ探偵団』）が務め」). Traps: an earlier book, another title's credit, a book that gets no anime."""
from extract_helpers import facts, news

W = "Stardust Postman"
JW = "星屑レイルウェイ"


def _staff(paragraphs, title=W):
    head = f"{title} anime news" if title == W else f"TVアニメ『{title}』最新情報"
    return {(k, v) for f, k, v in facts(news(paragraphs, title=head), title) if f == "staff"}


# ---- EN: the source's possessive, an aside, the adaptation verb
def test_novel_series_with_aside_is_finally_animated():
    got = _staff(["Luka Amamiya's beloved fantasy novel series, with over 1.2 million copies in print, is finally animated "
                  "by Studio Kinmokusei.", f"{W} premieres in April."])
    assert ("original creator", "Luka Amamiya") in got


def test_manga_which_runs_will_be_adapted_into_tv_anime():
    got = _staff(["Mina Kurose's manga, which runs in Monthly Gale, will be adapted into a TV anime.", f"{W} premieres in April."])
    assert ("original creator", "Mina Kurose") in got


def test_light_novels_are_now_being_animated():
    got = _staff(["Jun Hasekura's light novels are now being animated by Studio Vesper.", f"{W} premieres in April."])
    assert ("original creator", "Jun Hasekura") in got


def test_webcomic_has_been_adapted_into_an_anime():
    got = _staff(["Rei Tamaki's webcomic has been adapted into a TV anime.", f"{W} premieres in April."])
    assert ("original creator", "Rei Tamaki") in got


# ---- JA: the author as the serial's subject; a known-for bracket after a credited name
def test_ja_author_serialises_the_source():
    got = _staff([f"潮見カナエが「月刊コミックノヴァ」（蒼海社）で連載中のマンガを原作とするTVアニメ『{JW}』について、放送時期の変更が発表された。"], JW)
    assert ("original creator", "潮見カナエ") in got


def test_ja_author_serialises_the_named_source():
    got = _staff([f"潮見カナエさんが月刊コミックノヴァで連載中の漫画『{JW}』を原作とするTVアニメの放送が決定した。"], JW)
    assert ("original creator", "潮見カナエ") in got


def test_ja_director_with_known_for_bracket():
    got = _staff([f"TVアニメ『{JW}』の放送時期が決定した。", "監督は緒方ミナト（『ハルカゼ探偵団』）が務め、アニメーション制作はスタジオ・ルミナが担当する。"], JW)
    assert ("director", "緒方ミナト") in got


def test_ja_composition_with_two_known_titles():
    got = _staff([f"TVアニメ『{JW}』の放送時期が決定した。", "シリーズ構成は三条ユウ（『灰色の都』『月の庭』ほか）が担当する。"], JW)
    assert ("series composition", "三条ユウ") in got


def test_ja_music_with_known_for_bracket_ascii():
    got = _staff([f"TVアニメ『{JW}』の放送時期が決定した。", "音楽は森川ハル(『夜汽車の庭』など)が手がける。"], JW)
    assert ("music", "森川ハル") in got


# ---- traps
def test_earlier_novel_series_is_not_the_source():
    got = _staff(["Luka Amamiya's earlier novel series, with over 1.2 million copies in print, is finally animated.",
                  f"{W} premieres in April."])
    assert ("original creator", "Luka Amamiya") not in got


def test_ja_other_titles_director():
    got = _staff([f"TVアニメ『{JW}』の放送時期が決定した。", "『ハルカゼ探偵団』の監督は森下タクミが務める。"], JW)
    assert ("director", "森下タクミ") not in got


def test_book_that_gets_no_anime():
    got = _staff(["Mina Kurose's manga, which runs in Monthly Gale, won an award last year.", f"{W} premieres in April."])
    assert ("original creator", "Mina Kurose") not in got
