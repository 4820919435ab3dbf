"""Premiere events and trailers in the phrasings real announcement pages use (English and Japanese), each with a
trap that must not become a fact of the work: another title's event, an earlier season's, a planned event."""
from extract_helpers import facts, news

JA_TITLE = "月影の灯台守"


def ja(paragraphs: list[str], title: str = "『月影の灯台守』最新情報") -> str:
    """A Japanese news article: a headline, a publication date, and these paragraphs."""
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return ("<!doctype html><html lang=\"ja\"><head><title>" + title + "</title><meta property=\"article:published_time\" "
            "content=\"2026-11-24T09:00:00+09:00\"></head><body><main><article><h1>" + title + "</h1>" + body +
            "</article></main></body></html>")


def events(doc: str, title: str = JA_TITLE) -> set[tuple[str, str]]:
    return {(k, v) for f, k, v in facts(doc, title) if f == "premiere_event"}


def test_ja_film_opening_minutes_screened_at_a_festival():
    got = events(ja(["10月31日に開催された「北の港アニメ映画祭2026」では、本作の冒頭15分間が世界初上映され、上映後には監督が登壇した。"]))
    assert ("北の港アニメ映画祭2026", "冒頭15分間") in got


def test_ja_numbered_pv_first_shown_on_an_events_stage():
    got = events(ja(["「アニメフロンティア2026」のステージでは、『月影の灯台守』の第2弾PVが初公開された。"]))
    assert ("アニメフロンティア2026", "第2弾PV初公開") in got


def test_ja_adaptation_announced_on_a_publishers_booth_stage():
    got = events(ja(["「アニメフロンティア2026」の潮風書房ブースステージにて、『月影の灯台守』のTVアニメ化が発表された。"]))
    assert ("アニメフロンティア2026", "TVアニメ化発表") in got


def test_ja_another_titles_pv_on_the_same_stage_is_not_the_works():
    got = events(ja(["『月影の灯台守』の放送は2027年1月から。",
                     "「アニメフロンティア2026」のステージでは、『霧笛のパン屋』の第2弾PVが初公開された。"]))
    assert not got


def test_ja_episode_named_before_the_event_it_screened_at():
    got = events(ja(["本作の第1話が、「港町アニメフェス2026」のスペシャルステージで先行上映された。"]))
    assert ("港町アニメフェス2026", "第1話を先行上映") in got


def test_ja_another_titles_episode_at_the_event_is_not_the_works():
    got = events(ja(["『月影の灯台守』の放送は2027年1月から。",
                     "同じ日、『霧笛のパン屋』の第1話が、「港町アニメフェス2026」のスペシャルステージで先行上映された。"]))
    assert not got


def test_ja_another_films_opening_minutes_are_not_the_works():
    got = events(ja(["『月影の灯台守』の公開は2027年春。",
                     "「北の港アニメ映画祭2026」では、『霧笛のパン屋』の冒頭15分間が世界初上映された。"]))
    assert not got


def test_ja_another_title_in_corner_quotes_after_the_event_is_not_the_works():
    got = events(ja(["『月影の灯台守』の公開は2027年春。",
                     "「北の港アニメ映画祭2026」では、「霧笛のパン屋」の冒頭映像が上映された。"]))
    assert not got
