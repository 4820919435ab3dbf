"""A Japanese database's credit list item whose role span and linked name run together with no separator
(<span class="role">原作イラスト</span><a>sui</a> -> 「原作イラストsui」): a known credit followed by a katakana role noun
(イラスト, デザイン, ディレクター, プロデューサー…) is one role, kept as written, and the name is what follows it, never
the known credit with 'イラストsui' as its name. A name that is itself katakana stays whole. Invented words."""
from extract_helpers import facts

T = "硝子の灯台守"


def credits(*pairs: tuple[str, str]) -> str:
    items = "".join(f'<li><span class="role">{r}</span><a href="/people/{i}">{n}</a></li>' for i, (r, n) in enumerate(pairs))
    return (f"<!doctype html><html lang=ja><head><title>{T} - アニメ作品データベース</title></head><body><main><h1>{T}</h1>"
            f'<section class="staff"><h2>スタッフ</h2><ul class="credit-list">{items}</ul></section></main></body></html>')


def staff(doc: str) -> set[tuple[str, str]]:
    return {(k, v) for f, k, v in facts(doc, T) if f == "staff"}


def test_original_illustration_run_into_a_latin_name():
    g = staff(credits(("原作", "霧島稜"), ("原作イラスト", "sui"), ("監督", "久我山怜")))
    assert ("原作イラスト", "sui") in g and not any(v.startswith("イラスト") for _, v in g)


def test_a_design_role_run_into_a_kanji_name():
    g = staff(credits(("監督", "久我山怜"), ("美術デザイン", "青柳透"), ("音楽", "森谷透")))
    assert ("美術デザイン", "青柳透") in g and not any(v.startswith("デザイン") for _, v in g)


def test_a_director_role_run_into_a_name():
    g = staff(credits(("監督", "久我山怜"), ("音響ディレクター", "長谷部真"), ("音楽", "森谷透")))
    assert not any(v.startswith("ディレクター") for _, v in g)


def test_a_katakana_name_after_a_known_credit_stays_whole():
    g = staff(credits(("監督", "久我山怜"), ("音楽", "エリオット・ハヤセ")))
    assert ("music", "エリオット・ハヤセ") in g


def test_a_plain_known_credit_and_kanji_name_is_unchanged():
    g = staff(credits(("監督", "久我山怜"), ("シリーズ構成", "柏木優子")))
    assert ("director", "久我山怜") in g and ("series composition", "柏木優子") in g
