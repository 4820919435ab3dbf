"""A staff value is a person's name: a combined role label read as the value ("キャラクターデザイン・総作画監督"), a box's
word after the name (「監督：柘植春臣 コメント」, "Director Aya Kitamine Message"), the next credit read on into it
(「原作:灰谷ミオ 監督:久我山ソウ」) or a role word glued before it when a separator was lost (「総作画監督野々宮千夏」) is
cut back to the name or dropped (value hygiene, `_staff_value`). Found by the chrome audit among the facts no answer
key expects."""
from extract_helpers import facts, news

from tracker.extract.hygiene import clean_fact
from tracker.model import Fact

TITLE = "Copperleaf Vigil"


def cleaned(key, value):
    f = clean_fact(Fact("staff", key, value, value))
    return f.value if f is not None else None


def staff(fs, role):
    return {v for f, k, v in fs if f == "staff" and k == role}


def test_combined_role_label_as_value_is_none():
    assert cleaned("character design", "キャラクターデザイン・総作画監督") is None
    assert cleaned("series composition", "Series Composition / Screenplay") is None
    assert cleaned("music", "音楽・音響監督") is None


def test_box_word_after_the_name_is_cut():
    assert cleaned("director", "柘植春臣 コメント") == "柘植春臣"
    assert cleaned("director", "柘植春臣コメント") == "柘植春臣"
    assert cleaned("original creator", "海野ゆかり メッセージ") == "海野ゆかり"
    assert cleaned("director", "Aya Kitamine Message") == "Aya Kitamine"
    assert cleaned("director", "Ren Hojo Comments") == "Ren Hojo"


def test_next_credit_read_on_is_cut():
    assert cleaned("original creator", "灰谷ミオ 監督:久我山ソウ アニメーション制作:アトリエ・フェンネル") == "灰谷ミオ"
    assert cleaned("music", "Elena Moriyama Sound Director: Jun Kadowaki") == "Elena Moriyama"


def test_glued_role_word_before_a_japanese_name():
    assert cleaned("character design", "総作画監督野々宮千夏") == "野々宮千夏"
    assert cleaned("music", "音響監督鶴岡陽太") == "鶴岡陽太"


def test_page_headline_line_with_credits_run_on():
    doc = news([f"TVアニメ『{TITLE}』2027年1月8日(金)より放送開始!原作:灰谷ミオ 監督:久我山ソウ アニメーション制作:アトリエ・フェンネル"])
    fs = facts(doc, TITLE)
    assert not any(":" in v for f, k, v in fs if f == "staff")


def test_page_comment_heading_after_a_credit():
    doc = news([f"TVアニメ『{TITLE}』のスタッフが発表された。", "監督:柘植春臣(Haruomi Tsuge)コメント",
                "「この作品に関われて光栄です」"])
    fs = facts(doc, TITLE)
    assert not any("コメント" in v for f, k, v in fs if f == "staff")


def test_keep_names_that_look_close():
    assert cleaned("director", "Gen Oyamada") == "Gen Oyamada"
    assert cleaned("music", "Hiroyuki Sawano, Kohta Yamamoto") == "Hiroyuki Sawano, Kohta Yamamoto"
    assert cleaned("music", "音楽家集団ミナモ") == "音楽家集団ミナモ"   # a role word with a suffix is a word of its own
    assert cleaned("music", "The Message") == "The Message"           # a group's name, not a box's word
    assert cleaned("screenplay", "Screenplay: Ao Himuro") == "Ao Himuro"
    assert cleaned("director", "監督補佐 田中") == "監督補佐 田中"
