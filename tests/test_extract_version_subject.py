"""Another version of the franchise (a pilot film, a prologue short, an OVA, a stage play, a live-action drama) as a
sentence's subject, told in the past ("The 2025 pilot X: First Run was directed by A", 「パイロット版『X』は、Aが監督を
務めた」): its credits are that version's, not this work's. A clause of its own after it ("…was well received; B directs
the series"), a present or future verb, or the work named again hands the sentence back."""
from extract_helpers import facts, news

TITLE = "Comet Ferry"


def _staff(paras, title=TITLE):
    return {(k, v) for f, k, v in facts(news(paras, title=f"{title} anime news"), title) if f == "staff"}


def _vals(paras, title=TITLE):
    return {v for f, k, v in facts(news(paras, title=f"{title} anime news"), title) if f in ("staff", "cast")}


LEAD = "The Comet Ferry TV anime premieres in April 2027. Ren Okabe directs the series at Studio Vell."


def test_an_english_pilot_with_its_own_title_as_subject():
    got = _vals([LEAD, "The 2025 pilot Comet Ferry: Dry Dock (released 2025-03-01) was directed by Ota Miyase, "
                       "with character designs by Nao Ishiki and music by the duo Harborlight."])
    assert "Ren Okabe" in got
    assert not {"Ota Miyase", "Nao Ishiki", "Harborlight"} & got


def test_other_version_subjects_in_english():
    for sentence in ("The prologue short, released in 2024, was animated by Studio Pell and directed by Ota Miyase.",
                     "The original OVA was directed by Ota Miyase.",
                     "Back in 2023, the stage play starred Ota Miyase as the captain.",
                     "The earlier live-action drama had music by Ota Miyase.",
                     "An earlier pilot film had been storyboarded and directed by Ota Miyase."):
        got = _vals([LEAD, sentence])
        assert "Ota Miyase" not in got, sentence
        assert "Ren Okabe" in got, sentence


def _ja_staff(sentence):
    doc = news(["TVアニメ『コメットフェリー』は2027年4月放送開始。監督は岡部蓮。", sentence], title="コメットフェリー アニメ化")
    return {v for f, k, v in facts(doc, "コメットフェリー") if f == "staff"}


def test_japanese_version_subjects():
    for sentence in ("パイロット版『コメットフェリー 試験航行』の監督は宮瀬太が務めた。",
                     "パイロット版は監督は宮瀬太、音楽は港ヒカリが担当した。",
                     "プロローグ映像（2025年）は、監督は宮瀬太、音楽は港ヒカリが担当した。",
                     "舞台版の演出は宮瀬太、音楽は港ヒカリが担当した。",
                     "2024年に配信されたショートアニメ版では、監督は宮瀬太、音楽は港ヒカリが担当していた。",
                     "OVA『コメットフェリー 外伝』の監督は宮瀬太、音楽は港ヒカリだった。"):
        got = _ja_staff(sentence)
        assert not {"宮瀬太", "港ヒカリ"} & got, sentence
        assert "岡部蓮" in got, sentence


def test_japanese_version_traps_keep_this_works_credit():
    assert "港ヒカリ" in _ja_staff("パイロット版は好評だったため、音楽は港ヒカリが担当する。")
    assert "港ヒカリ" in _ja_staff("パイロット版は好評で、音楽は港ヒカリが担当する。")
    assert "港ヒカリ" in _ja_staff("パイロット版に続き、音楽は港ヒカリが担当する。")


def test_a_clause_of_its_own_after_the_version_keeps_this_works_credit():
    for sentence in ("The pilot was well received; Ota Miyase directs the series.",
                     "The 2025 pilot was well received, and Ota Miyase directs the full series.",
                     "The pilot film's director Ota Miyase returns to direct the new series.",
                     "The OVA will be directed by Ota Miyase."):
        got = _vals([sentence])
        assert "Ota Miyase" in got, sentence


def test_a_setting_topic_and_a_version_after_the_name_keep_the_credit():
    doc = news(["TVアニメ『コメットフェリー』の舞台は港町。監督は宮瀬太が務めた。"], title="コメットフェリー アニメ化")
    assert "宮瀬太" in {v for f, k, v in facts(doc, "コメットフェリー") if f == "staff"}
    got = _vals(["Ota Miyase, who directed the 2025 pilot, directs the TV series."])
    assert "Ota Miyase" in got
