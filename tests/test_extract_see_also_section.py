"""A wiki's 「関連項目」 / "See also" section lists other works with a line about each (「X - 同作者の前作。2023年10月より
TBSにて放送。」): the section, up to the next heading of its rank, is another works' block (`_RELATED_HINT`); the
work's own sections around it are read as before."""
from extract_helpers import facts

TITLE = "月影ハーバー"


def wiki(see_head: str, see_items: list[str], after: str = "", tag: str = "h2") -> str:
    items = "".join(f"<li>{x}</li>" for x in see_items)
    return ("<!doctype html><html><head><title>月影ハーバー - アニメ百科</title></head><body><main>"
            "<h1>月影ハーバー</h1><p>『月影ハーバー』は、潮見ナギによる日本の漫画作品。</p>"
            "<h2>テレビアニメ</h2><p>2027年1月よりフジテレビにて放送。</p>"
            f"<{tag}>{see_head}</{tag}><ul>{items}</ul>{after}</main></body></html>")


def got(doc: str) -> set[tuple[str, str, str]]:
    return facts(doc, TITLE, url="https://wiki.example/wiki/tsukikage")


def _stations(fs) -> set[str]:
    return {k for f, k, _v in fs if f == "broadcaster"}


def test_a_previous_work_line_under_kanren_koumoku():
    fs = got(wiki("関連項目", ["カラクリ灯台 - 同作者の前作。2023年10月よりTBSにて放送。"]))
    assert "tbs" not in _stations(fs)
    assert "fujitv" in _stations(fs)


def test_see_also_in_english():
    fs = got(wiki("See also", ["Clockwork Lighthouse – the author's previous series, broadcast on TBS from October 2023."]))
    assert "tbs" not in _stations(fs)


def test_see_also_with_an_edit_link():
    fs = got(wiki("関連項目[編集]", ["カラクリ灯台 - 2023年10月よりTBSにて放送された同作者の作品。"]))
    assert "tbs" not in _stations(fs)


def test_see_also_in_brackets_and_a_colon():
    fs = got(wiki("【関連項目】", ["カラクリ灯台 - 2023年10月よりTBSにて放送。"], tag="h3"))
    assert "tbs" not in _stations(fs)


def test_see_also_list_heading():
    fs = got(wiki("関連項目一覧", ["カラクリ灯台 - TBSにて2023年10月から放送。監督は氷見 カズヤ。"]))
    assert "tbs" not in _stations(fs)
    assert not any(f == "staff" and "氷見" in v for f, _k, v in fs)


def test_see_also_with_a_colon_in_english():
    fs = got(wiki("See also:", ["Clockwork Lighthouse (2023), aired on TBS."]))
    assert "tbs" not in _stations(fs)


def test_keep_the_next_section_of_the_same_rank_is_read():
    fs = got(wiki("関連項目", ["カラクリ灯台 - 同作者の前作。"], after="<h2>放送局</h2><p>2027年1月よりBS11にて放送。</p>"))
    assert "bs11" in _stations(fs)


def test_keep_the_own_section_before_it():
    fs = got(wiki("See also", ["Clockwork Lighthouse"]))
    assert "fujitv" in _stations(fs)
