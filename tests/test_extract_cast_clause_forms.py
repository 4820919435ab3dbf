"""A cast addition as news articles write it in a clause: the participle after "with" ("with X starring as the courier
Sen", "with X returning as Y", "with X appearing as Y"), the perfect or past of joining ("X has joined the cast as
Captain Y", "X joined the cast as Y"), and in Japanese a part described by a clause that holds its own を
(「ロウに庭師の技術を教えた老技師ガラントをXさん、…をYさんが演じる」). Traps: another production's role, a staff credit,
a negated casting."""
from extract_helpers import facts, news

W = "Ember Lantern Post"
JW = "鉄錆の庭師"


def _cast(paragraphs, title=W):
    head = f"{title} anime news" if title == W else f"TVアニメ『{title}』追加キャスト発表"
    return {(k, v) for f, k, v in facts(news(paragraphs, title=head), title) if f == "cast"}


def _en(sentence):
    return _cast([f"The {W} anime revealed new cast members.", sentence])


def _ja(sentence):
    return _cast([sentence], title=JW)


# ---- EN
def test_with_actor_starring_as_described_part():
    got = _en("They join the earlier cast, with Yuma Takaoka starring as the courier Sen and Rina Hoshi playing Tsugumi.")
    assert ("Sen", "Yuma Takaoka") in got and ("Tsugumi", "Rina Hoshi") in got


def test_with_actor_returning_as():
    assert ("Odile", "Mao Kirishima") in _en("The series stars Mio Aida, with Mao Kirishima returning as Odile.")


def test_with_actor_appearing_as():
    assert ("Bram", "Kenta Oshiro") in _en("Further additions were named, with Kenta Oshiro appearing as the ferryman Bram.")


def test_has_joined_the_cast_as_titled_part():
    got = _en("The new PV also revealed that Ayane Furusato has joined the cast as Captain Idris Moll, the commander of the patrol.")
    assert ("Captain Idris Moll", "Ayane Furusato") in got


def test_joined_the_cast_as():
    assert ("Pell", "Mitsuki Anzai") in _en("Mitsuki Anzai joined the cast as Pell last week.")


def test_have_joined_the_ensemble_as():
    assert ("Wren", "Saki Hoshino") in _en("Saki Hoshino has joined the ensemble as Wren.")


# ---- JA
def test_ja_part_described_by_a_clause_with_wo():
    got = _ja(f"TVアニメ『{JW}』の新キャストが発表され、ロウに庭師の技術を教えた老技師ガラントを大鷲源蔵さん、"
              "街に現れる正体不明の商人ヴィオを日向りくさんが演じることが分かった。")
    assert ("ガラント", "大鷲源蔵") in got and ("ヴィオ", "日向りく") in got


def test_ja_last_pair_described_by_a_clause_with_wo():
    got = _ja(f"TVアニメ『{JW}』の新キャストが発表され、主人公に剣を授けた老騎士バルドを榊原仁さんが演じる。")
    assert ("バルド", "榊原仁") in got


def test_ja_clause_with_wo_then_plain_pair():
    got = _ja(f"TVアニメ『{JW}』では、ロウを育てた祖父ゲンを大鷲源蔵さん、ミントを日向りくさんが演じる。")
    assert ("ゲン", "大鷲源蔵") in got and ("ミント", "日向りく") in got


# ---- traps
def test_other_productions_part_with_returning():
    got = _en("Mao Kirishima, best known for Cinder Atlas, was announced alongside director Aki Mori, with Sho Tamura "
              "returning as composer.")
    assert not any(v == "Sho Tamura" for _, v in got)


def test_negated_joining():
    got = _en("Contrary to rumors, Ayane Furusato has not joined the cast as Captain Idris Moll.")
    assert ("Captain Idris Moll", "Ayane Furusato") not in got
