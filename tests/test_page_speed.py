"""tracker.page's speed paths give what the plain paths give: the chrome dropped in one pass keeps every tail text
where it stood, and a tag's own strings read from its children are find_all(string=True, recursive=False).

Every page here is synthetic and written for these tests.
"""
from __future__ import annotations

import lxml.etree
from bs4 import BeautifulSoup

from tracker.page import _drop_trees, _html_of, _html_parser, _video_in_own_text


def test_own_strings_are_the_direct_string_children():
    soup = BeautifulSoup('<p>Trailer: https://www.youtube.com/watch?v=AbCdEfGhIjK <a href="/x">'
                         'https://youtu.be/ZZZZZZZZZZZ</a></p><li><b>https://youtu.be/ZZZZZZZZZZZ</b></li>', "lxml")
    assert _video_in_own_text(soup.p) == "https://www.youtube.com/watch?v=AbCdEfGhIjK"
    assert _video_in_own_text(soup.li) == ""


DROPS = """<html><body>lead<div class="nav">menu<ul><li>a</li><li>b</li></ul>after-list</div>tail1<p>one
<span class="ad">ad</span>tail2<span class="ad">ad2</span>tail3</p><aside>x</aside>&amp; tail4 &lt;<p>end</p></body></html>"""


def test_dropped_trees_go_with_their_subtrees_and_leave_their_tails():
    body = lxml.etree.fromstring(DROPS, _html_parser()).find("body")
    # (nested: the list inside the dropped div; siblings: the two spans; the div's own tail and the aside's)
    doomed = [body.find(".//ul"), *body.iterfind(".//span"), body.find("div"), body.find("aside")]
    _drop_trees(body, doomed)
    assert _html_of(body) == "<body>leadtail1<p>one\ntail2tail3</p>&amp; tail4 &lt;<p>end</p></body>"


def test_dropping_nothing_changes_nothing():
    body = lxml.etree.fromstring(DROPS, _html_parser()).find("body")
    before = _html_of(body)
    _drop_trees(body, [])
    assert _html_of(body) == before
