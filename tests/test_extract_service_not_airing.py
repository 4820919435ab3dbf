"""A station or service the page says will NOT carry the work (「放送はございません」, "will not air on X", "X has dropped
the series") is no broadcaster or streaming fact, and keys no date; a plain schedule next to such a note is kept."""
from extract_helpers import facts, news

TITLE = "Hoshikuzu Courier"
JA_TITLE = "星くず配達便"


def _ja(paragraphs: list[str]) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return ("<!doctype html><html><head><title>TVアニメ『星くず配達便』放送情報</title></head><body><main><article>"
            f"<h1>TVアニメ『星くず配達便』ON AIR</h1>{body}</article></main></body></html>")


def _stations(doc: str, title: str) -> set[str]:
    return {v for f, _k, v in facts(doc, title) if f in ("broadcaster", "streaming")}


def test_ja_notes_of_no_broadcast_drop_the_station():
    forms = [
        "TVアニメ『星くず配達便』はTOKYO MXにて2027年1月8日より放送。※サンテレビでの放送はございません。",
        "TVアニメ『星くず配達便』はTOKYO MXにて2027年1月8日より放送。※以前お知らせしておりましたサンテレビでの第2期の放送はございません。",
        "TVアニメ『星くず配達便』はTOKYO MXにて2027年1月8日より放送。なお、サンテレビでの放送はありません。",
        "TVアニメ『星くず配達便』はTOKYO MXにて2027年1月8日より放送。サンテレビでの放送は見合わせとなりました。",
        "TVアニメ『星くず配達便』はTOKYO MXにて2027年1月8日より放送。サンテレビでの放送予定はありません。",
        "TVアニメ『星くず配達便』はTOKYO MXにて2027年1月8日より放送。諸般の事情により、サンテレビでの放送は中止となりました。",
        "TVアニメ『星くず配達便』はTOKYO MXにて2027年1月8日より放送。サンテレビでは放送されません。",
        "TVアニメ『星くず配達便』はTOKYO MXにて2027年1月8日より放送。サンテレビでの放送を取りやめます。",
    ]
    for form in forms:
        got = _stations(_ja([form]), JA_TITLE)
        assert "サンテレビ" not in got, form
        assert "TOKYO MX" in got, form


def test_en_stations_said_not_to_air_are_dropped():
    forms = [
        "Hoshikuzu Courier premieres on TOKYO MX on January 8, 2027. It will not air on BS11.",
        "Hoshikuzu Courier premieres on TOKYO MX on January 8, 2027. BS11 has dropped the series from its lineup.",
        "Hoshikuzu Courier premieres on TOKYO MX on January 8, 2027. The show is no longer airing on BS11.",
        "Hoshikuzu Courier premieres on TOKYO MX on January 8, 2027. BS11 has pulled the anime from its schedule.",
    ]
    for form in forms:
        got = _stations(news([form], title="Hoshikuzu Courier TV anime"), TITLE)
        assert "BS11" not in got, form
        assert "TOKYO MX" in got, form


def test_a_plain_schedule_beside_a_negation_keeps_its_station():
    got = _stations(_ja(["TVアニメ『星くず配達便』はサンテレビでの放送は1月10日から。"]), JA_TITLE)
    assert "サンテレビ" in got
    got = _stations(_ja(["TVアニメ『星くず配達便』はTOKYO MXにて2027年1月8日より放送。"
                         "サンテレビでは1月10日より放送します。お見逃しなく！"]), JA_TITLE)
    assert "サンテレビ" in got
    got = _stations(news(["Hoshikuzu Courier premieres on TOKYO MX on January 8, 2027; TOKYO MX will air it; "
                          "there is no streaming yet."], title="Hoshikuzu Courier TV anime"), TITLE)
    assert "TOKYO MX" in got
    got = _stations(news(["Hoshikuzu Courier premieres on TOKYO MX on January 8, 2027. Crunchyroll dropped the "
                          "series' first trailer today and will stream it."], title="Hoshikuzu Courier TV anime"), TITLE)
    assert "TOKYO MX" in got
