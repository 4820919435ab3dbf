"""A video in the work's MOVIE list whose caption names an occasion, not a trailer (an anniversary reel, a short
screened with the film, a making-of, a stage greeting's or a panel's footage), is no PV of the work
(`_OCCASION_VIDEO_CAPTION`); a caption naming a trailer's kind keeps its video."""
from extract_helpers import facts

TITLE = "月影ハーバー"


def movie_list(*captions: str, heading: str = "MOVIE") -> str:
    items = "".join(f'<li><a class="js-modal-yt" href="https://www.youtube.com/watch?v=Vid{i}xxxxxxx">'
                    f'<img src="https://i.ytimg.com/vi/Vid{i}xxxxxxx/hqdefault.jpg" alt=""></a><p>{c}</p></li>'
                    for i, c in enumerate(captions))
    return ("<!doctype html><html><head><title>TVアニメ『月影ハーバー』公式サイト</title></head><body><main>"
            "<h1>TVアニメ『月影ハーバー』</h1><p>2027年4月より放送開始。</p>"
            f'<section id="movie"><h2>{heading}</h2><ul class="movie-list">{items}</ul></section></main></body></html>')


def trailers(doc: str) -> dict[str, str]:
    return {k: v for f, k, v in facts(doc, TITLE, url="https://tsukikage-anime.example/") if f == "trailer"}


def _urls(got: dict[str, str]) -> str:
    return " ".join(got.values())


def test_a_studio_anniversary_video_is_no_pv():
    got = trailers(movie_list("PV第1弾（2026.10.01公開）", "スタジオカイト 15周年記念映像"))
    assert "Vid0" in got.get("PV 1", "")
    assert "Vid1" not in _urls(got)


def test_a_short_screened_with_the_film_is_no_pv():
    got = trailers(movie_list("ティザーPV（2026.08.01公開）", "【同時上映】短編アニメ「こねこ灯台」"))
    assert "Vid0" in got.get("teaser 1", "")
    assert "Vid1" not in _urls(got)


def test_a_co_feature_marked_heiei_is_no_pv():
    got = trailers(movie_list("【併映】ミニアニメ「ハーバー日和」"))
    assert "Vid0" not in _urls(got)


def test_an_english_anniversary_reel_is_no_pv():
    got = trailers(movie_list("Trailer 1", "Studio Kite 20th Anniversary Reel", heading="Videos"))
    assert "Vid0" in got.get("trailer 1", "")
    assert "Vid1" not in _urls(got)


def test_a_making_of_is_no_pv():
    got = trailers(movie_list("メイキング映像 アフレコ現場より", "Making-of: scoring the sea", heading="MOVIE"))
    assert not got


def test_behind_the_scenes_footage_is_no_pv():
    got = trailers(movie_list("Behind the scenes at the dubbing studio", heading="Videos"))
    assert not got


def test_a_stage_greeting_and_a_panel_recording_are_no_pv():
    got = trailers(movie_list("先行上映会 舞台挨拶ダイジェスト", "Anime Harbor Expo panel recording"))
    assert not got


def test_keep_an_uncaptioned_video_under_movie_is_still_a_pv():
    got = trailers(movie_list("2026.10.01公開"))
    assert "Vid0" in got.get("PV 1", "")


def test_keep_a_numbered_pv_beside_an_anniversary_reel_keeps_its_number():
    got = trailers(movie_list("スタジオカイト 15周年記念映像", "PV第2弾（2026.11.20公開）"))
    assert "Vid1" in got.get("PV 2", "")
    assert "Vid0" not in _urls(got)
