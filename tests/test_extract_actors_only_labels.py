"""A cast block's actors named without parts after its pairs, under a label that says so: "Also appearing: A, B,
and others", "Additional voices: A, B", "Also starring: A", 「その他のキャスト：A、B」, 「ほか出演：A、B」, 「共演：A、B ほか」,
"Other voices: A / B": each actor a cast fact with no character (the label is no character's name). Traps: the label
never becomes a key, and the pairs above keep their parts.

Every form here is invented; none is a fixture page's wording."""
from extract_helpers import facts

W = "Copperwing Ferry"


def _site(body: str, lang: str = "en") -> str:
    return (f"<!doctype html><html lang=\"{lang}\"><head><title>TV Anime \"{W}\" Official Site</title></head><body><main>"
            f"<p>TV anime \"{W}\" 2027.4 ON AIR</p><section><h2>CAST</h2>{body}</section></main></body></html>")


def _cast(body: str, lang: str = "en") -> set[tuple[str, str]]:
    return {(k, v) for f, k, v in facts(_site(body, lang), W) if f == "cast"}


def test_also_appearing_and_others():
    got = _cast("<dl><dt>Kai</dt><dd>Ren Uno</dd></dl><p>Also appearing: Takuma Sera, Noa Hibino, and others</p>")
    assert {("Kai", "Ren Uno"), ("", "Takuma Sera"), ("", "Noa Hibino")} <= got


def test_additional_voices():
    got = _cast("<dl><dt>Kai</dt><dd>Ren Uno</dd></dl><p>Additional voices: Takuma Sera, Noa Hibino</p>")
    assert {("", "Takuma Sera"), ("", "Noa Hibino")} <= got
    assert not any(k.lower().startswith("additional") for k, _ in got)


def test_also_starring_colon_line():
    got = _cast("<dl><dt>Kai</dt><dd>Ren Uno</dd></dl><p>Also starring: Takuma Sera</p>")
    assert ("", "Takuma Sera") in got


def test_other_voices_slash_list():
    got = _cast("<dl><dt>Kai</dt><dd>Ren Uno</dd></dl><p>Other voices: Takuma Sera / Noa Hibino</p>")
    assert {("", "Takuma Sera"), ("", "Noa Hibino")} <= got


def test_japanese_sonota_no_cast():
    got = _cast("<dl><dt>カイ</dt><dd>宇野蓮</dd></dl><p>その他のキャスト：瀬良拓海、響ノア</p>", "ja")
    assert {("カイ", "宇野蓮"), ("", "瀬良拓海"), ("", "響ノア")} <= got
    assert not any("その他" in k for k, _ in got)


def test_japanese_hoka_shutsuen():
    got = _cast("<dl><dt>カイ</dt><dd>宇野蓮</dd></dl><p>ほか出演：瀬良拓海、響ノア</p>", "ja")
    assert {("", "瀬良拓海"), ("", "響ノア")} <= got


def test_japanese_kyouen_with_hoka():
    got = _cast("<dl><dt>カイ</dt><dd>宇野蓮</dd></dl><p>共演：瀬良拓海、響ノア ほか</p>", "ja")
    assert {("", "瀬良拓海"), ("", "響ノア")} <= got
    assert not any("共演" in k for k, _ in got)


def test_sonota_no_shutsuensha():
    got = _cast("<dl><dt>カイ</dt><dd>宇野蓮</dd></dl><p>その他の出演者：瀬良拓海、響ノア</p>", "ja")
    assert ("", "瀬良拓海") in got and not any("出演" in k for k, _ in got)
