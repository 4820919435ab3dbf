"""Precision: a person named in passing is no credit, a sequel's date is no release, a goods' day is no trailer's."""
from __future__ import annotations

import pytest

from extract_helpers import facts, news

TITLE = "Lantern Bay"
LEAD = "Lantern Bay is a new TV anime from Studio Kiri."
JA_TITLE = "灯台の湾"
JA_LEAD = "TVアニメ『灯台の湾』は現在TOKYO MXほかで放送中。"


def _staff(sentence: str, title: str = TITLE, lead: str = LEAD) -> set[tuple[str, str]]:
    return {(k, v) for f, k, v in facts(news([lead, sentence]), title) if f == "staff"}


def _ja_staff(sentence: str) -> set[tuple[str, str]]:
    return {(k, v) for f, k, v in facts(news([JA_LEAD + sentence]), JA_TITLE) if f == "staff"}


# ---------------------------------------------------------------- 1. a person named in passing is no credit
@pytest.mark.parametrize("sentence, person", [
    ("The harbour scenes echo director Ren Okabe's favourite seaside town.", "Ren Okabe"),
    ("Its soundtrack is a nod to composer Mina Kajiwara's score for an old drama.", "Mina Kajiwara"),
    ("Fans compared the art to character designer Kazuo Mikami's style.", "Kazuo Mikami"),
    ("The series was inspired by director Kenji Morino and his early shorts.", "Kenji Morino"),
    ("The staff cited director Isao Tanabe as a major influence.", "Isao Tanabe"),
    ("As a tribute to director Hayato Nakaya, the opening shot is one long pan.", "Hayato Nakaya"),
    ("Influenced by director Kenji Morino, the team kept the palette muted.", "Kenji Morino"),
    ("Lantern Bay is directed by Taro Yamase, who was inspired by director Goro Oshima.", "Goro Oshima"),
])
def test_person_named_in_passing_is_no_credit(sentence, person):
    assert not {v for _, v in _staff(sentence)} & {person}


@pytest.mark.parametrize("sentence, credit", [
    ("Director Taro Yamase's first feature opens in June.", ("director", "Taro Yamase")),
    ("Director Taro Yamase helms the series.", ("director", "Taro Yamase")),
    ("Lantern Bay is directed by Taro Yamase, who was inspired by director Goro Oshima.", ("director", "Taro Yamase")),
    ("The series is directed by Taro Yamase, with music by composer Ken Arai.", ("music", "Ken Arai")),
    ("Composer Ken Arai is scoring the series.", ("music", "Ken Arai")),
])
def test_credit_near_a_passing_mention_stays(sentence, credit):
    assert credit in _staff(sentence)


@pytest.mark.parametrize("sentence, person", [
    ("押井守監督のもとで演出を学んだ山田太郎さんが監督を務める。", "押井守"),
    ("若い頃に押井守監督のもとで修業した経験が生きているという。", "押井守"),
    ("今村敏監督へのオマージュも随所に見られる。", "今村敏"),
    ("今村敏監督の作品に影響を受けたという。", "今村敏"),
])
def test_ja_person_named_in_passing_is_no_credit(sentence, person):
    assert not any(person in v for _, v in _ja_staff(sentence))


@pytest.mark.parametrize("sentence, credit", [
    ("山田太郎監督のもと、制作が進む。", ("director", "山田太郎")),
    ("監督は山田太郎さんが務める。", ("director", "山田太郎")),
])
def test_ja_credit_stays(sentence, credit):
    assert credit in _ja_staff(sentence)
