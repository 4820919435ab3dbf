"""Another work's credits in the article's own text: a name a sentence gives to an earlier installment ("season 1's
X", 「前作『A』では…」, 「第1期の…」), to another title as its topic (「『B』では…」, "previously directed C, whose opening…",
「同じ原作者による『D』も…」), or to a list of someone's other works ("Main roles:", 「主な監督作品：」, "Known for:") is
that work's, never this one's; the same name stated for this work stays."""
from extract_helpers import facts, news

EN = "Harbor Kite Diaries"
JA = "潮見ヶ丘の鍵屋"


def _en(*sentences: str) -> set[tuple[str, str, str]]:
    lines = [f"{EN} season 2 premieres in April 2027 on Tokyo MX.", "Director: Ren Aoba", *sentences]
    return facts(news(lines, title=f"{EN} season 2 announced"), EN)


def _ja_article(*paragraphs: str) -> set[tuple[str, str, str]]:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    doc = (f"<!doctype html><html><head><title>TVアニメ『{JA}』第2期 続報</title></head><body><main><article>"
           f"<h1>TVアニメ『{JA}』第2期、続報</h1><p>TVアニメ『{JA}』第2期は2027年4月よりTOKYO MXにて放送開始。</p>"
           f"{body}</article></main></body></html>")
    return facts(doc, JA)


def _ja_section(heading: str, *items: str) -> set[tuple[str, str, str]]:
    lis = "".join(f"<li>{x}</li>" for x in items)
    doc = (f"<!doctype html><html><head><title>TVアニメ『{JA}』公式サイト</title></head><body><main>"
           f"<h1>TVアニメ『{JA}』</h1><p>TVアニメ『{JA}』は2027年4月よりTOKYO MXにて放送開始。</p>"
           f"<section><h2>{heading}</h2><ul>{lis}</ul></section></main></body></html>")
    return facts(doc, JA)


def _values(got: set[tuple[str, str, str]], field: str) -> set[str]:
    return {v for f, _k, v in got if f == field}


def _named(got: set[tuple[str, str, str]], name: str) -> bool:
    return any(name in v or name in k for f, k, v in got if f in ("staff", "cast", "theme_song", "studio"))


# ---- an earlier installment owns the name
def test_season_ones_designer_replaced_is_not_credited():
    for s in ("Misaki Todo replaces season 1's Junpei Ogasawara as character designer.",
              "Misaki Todo replaces the first season's Junpei Ogasawara as character designer.",
              "Misaki Todo succeeds the previous season's Junpei Ogasawara as character designer."):
        got = _en(s)
        assert not _named(got, "Ogasawara"), (s, got)


def test_earlier_installments_song_in_japanese_is_not_this_works():
    for p in ("前作「白夜のメリディアン」では、OPテーマ「夜明けの鍵」をLUMINAが担当した。",
              "第1期では、オープニングテーマ「夜明けの鍵」をLUMINAが歌っていた。",
              "前シリーズでもオープニングテーマはLUMINA「夜明けの鍵」だった。"):
        got = _ja_article(p)
        assert not any("夜明けの鍵" in v for v in _values(got, "theme_song")), (p, got)


# ---- another title as the sentence's topic
def test_another_titles_topic_in_japanese():
    for p in ("『紅の果樹園』では、オープニングテーマ「紅の坂道」をLUMINAが歌った。",
              "同じ原作者による『紅の果樹園』もアニメ化されており、オープニングテーマはLUMINA「紅の坂道」だった。",
              "同じ原作者の「紅の果樹園」でも、主題歌「紅の坂道」をLUMINAが担当している。"):
        got = _ja_article(p)
        assert not any("紅の坂道" in v for v in _values(got, "theme_song")), (p, got)


def test_previous_work_relative_clause_in_english():
    for s in ('Ren Aoba previously directed Coral Knight, whose opening "Anvil Heart" by Kanade Rio topped the charts.',
              'Studio Kite Works earlier animated Salt Cadets, whose ending "Low Tide" by Mio Arai went viral.'):
        got = _en(s)
        assert not any(("Anvil" in v or "Low Tide" in v) for v in _values(got, "theme_song")), (s, got)


# ---- a list of someone's other works
def test_other_works_label_gives_no_credit_or_count():
    got = _ja_section("STAFF", "監督：青葉レン",
                      "天城ケイスケの主な監督作品：『白夜のメリディアン』（2024年10月、全12話、スタジオ北斗）")
    assert ("staff", "director", "青葉レン") in got
    assert not any("主な監督作品" in k for f, k, v in got), got
    assert "12" not in _values(got, "episodes"), got


def test_main_roles_label_is_no_character():
    for label in ("Main roles", "Known for", "Previous works", "Selected filmography"):
        doc = ("<!doctype html><html><head><title>Harbor Kite Diaries official site</title></head><body><main>"
               "<h1>Harbor Kite Diaries</h1><section><h2>Cast</h2><ul>"
               "<li><h4>Mira</h4><p>CV: Akari Serizawa</p>"
               f"<p>{label}: Lilia (Crimson Orchard Saga), Tae Fujimoto (Ribbon Gunners)</p></li>"
               "</ul></section></main></body></html>")
        got = facts(doc, EN)
        assert not any("Lilia" in k or "Lilia" in v or k == label for f, k, v in got if f == "cast"), (label, got)


def test_japanese_works_label_is_no_character():
    got = _ja_section("CAST", "ミナモ：若葉しずく", "代表作：リリア（紅の果樹園）、タエ（リボンガンナーズ）")
    assert not any(k == "代表作" or "リリア" in v for f, k, v in got if f == "cast"), got


# ---- traps: this work's own names stay
def test_own_season_after_an_earlier_one_keeps_its_names():
    got = _ja_article("前作「白夜のメリディアン」ではLUMINAが歌ったが、今作ではオープニングテーマ「潮騒の鍵」をHALOが担当する。")
    assert any("潮騒の鍵" in v for v in _values(got, "theme_song")), got


def test_known_for_another_title_keeps_the_credit():
    for p in ("アニメーション制作は「ガラス細工の夜想曲」のスタジオ・ハルモニアが担う。",
              "美術監督は「雨宿りの国」の背景を手がけた鈴森拓海さん。",
              "浦部ことりさんがシリーズ構成を担当し、「白銀のリュミエール」の江坂美緒さんがキャラクターデザインを手がける。"):
        got = _ja_article(p)
        assert any(n in v for n in ("ハルモニア", "鈴森拓海", "江坂美緒")
                   for f, k, v in got if f in ("staff", "studio")), (p, got)


def test_returning_staff_keeps_the_credit():
    got = _en("Composer Yoko Ridge returns from the first season.", "Music: Yoko Ridge")
    assert ("staff", "music", "Yoko Ridge") in got, got


# ---- a production committee's credit, glossed in brackets, is no staff and no studio (FACTS.md: it is neither)
def _staff_dl(*pairs: tuple[str, str]) -> str:
    rows = "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in pairs)
    return ("<!doctype html><html><head><title>Harbor Kite Diaries official site</title></head><body><main>"
            f"<h1>Harbor Kite Diaries</h1><section><h2>Staff</h2><dl><dt>Director / 監督</dt><dd>Ren Aoba 青葉レン</dd>"
            f"{rows}</dl></section></main></body></html>")


def test_glossed_committee_is_no_credit():
    for label, name in (("Production / 製作", "潮見製作委員会 (Harbor Kite Production Committee)"),
                        ("Production", "Project Harbor Kite (ハーバーカイト製作委員会)"),
                        ("製作", "ハーバーカイト製作委員会（Harbor Kite Diaries Production Committee）"),
                        ("Produced by", "Harbor Kite Committee [ハーバーカイト委員会]"),
                        ("製作・著作", "潮見製作委員会［Shiomi Production Committee］")):
        got = facts(_staff_dl((label, name)), EN)
        assert not any("委員会" in v or "ommittee" in v for f, k, v in got if f in ("staff", "studio")), (label, got)
        assert any(f == "staff" and k == "director" for f, k, v in got), (label, got)


def test_studio_with_a_reading_stays():
    got = facts(_staff_dl(("Animation Production / アニメーション制作", "Studio Kite スタジオカイト (Kite Works)")), EN)
    assert any(f == "studio" for f, k, v in got), got


# ---- an earlier season or someone's other series as a sentence's topic owns its episode count
def test_earlier_or_other_series_episode_count_is_not_this_works():
    for s in ("The original author's other series, Salt Cadets, got an anime in 2025 with 24 episodes.",
              "Her previous series ran on Nippon TV in 2025 for 24 episodes.",
              "Season 1 had 24 episodes and a recap special."):
        assert "24" not in _values(_en(s), "episodes"), s
    for p in ("第1期は2024年10月からフジテレビで放送され、全24話だった。",
              "原作者の別作品『塩風の候補生』は2025年にアニメ化され、全24話が放送された。",
              "前作は全24話で完結している。"):
        assert "24" not in _values(_ja_article(p), "episodes"), p


def test_this_seasons_count_after_the_earlier_one_stays():
    got = _ja_article("第1期は全24話だったが、第2期は全12話で放送される。")
    assert "24" not in _values(got, "episodes"), got
    assert _values(_ja_article("全12話で放送される。前作は全24話で完結している。"), "episodes") == {"12"}
    assert _values(_en("Season 1 had 24 episodes. The new season will run for 12 episodes."), "episodes") == {"12"}


# ---- a video captioned as another work's (a collaboration's film, a stage play) is not this work's trailer
def _videos(*captions: str) -> set[tuple[str, str, str]]:
    ids = ("Aa1bB2cC3dD", "Ee4fF5gG6hH", "Ii7jJ8kK9lL")
    movies = "".join(f'<div class="movie"><p>{c}</p><iframe src="https://www.youtube.com/embed/{i}"></iframe></div>'
                     for c, i in zip(captions, ids))
    doc = (f"<!doctype html><html><head><title>TVアニメ『{JA}』公式サイト</title></head><body><main>"
           f"<h1>TVアニメ『{JA}』</h1><p>TVアニメ『{JA}』は2027年4月よりTOKYO MXにて放送開始。</p>"
           f"<section id=\"movie\"><h2>MOVIE</h2>{movies}</section></main></body></html>")
    return facts(doc, JA)


def _urls(got: set[tuple[str, str, str]]) -> str:
    return " ".join(v for f, k, v in got if f == "trailer")


def test_another_works_video_is_no_trailer():
    for caption in ("劇場版『潮騒ラジオ』本予告（コラボ記念 特別公開）", "映画「夜明けの駅」特報映像",
                    "舞台『珊瑚の騎士』ティザーPV", "TVアニメ「珊瑚の騎士」第3期 PV第1弾",
                    'The film "Ember Road" — official trailer', 'Stage play "Coral Knight" teaser'):
        got = _videos("第1弾PV（2026.08.28公開）", caption)
        assert "Aa1bB2cC3dD" in _urls(got), (caption, got)
        assert "Ee4fF5gG6hH" not in _urls(got), (caption, got)


def test_own_videos_with_a_quoted_name_stay():
    got = _videos(f"TVアニメ『{JA}』第2弾PV", "キャラクターPV「ミナモ」編", "OPテーマ「錠前ダンス」ノンクレジット映像")
    assert "Aa1bB2cC3dD" in _urls(got), got
    assert "Ee4fF5gG6hH" in _urls(got), got


# ---- another title marked by its season or part ("Coral Knight Season 3", "Salt Cadets 2nd Season") as a topic
def test_season_marked_other_title_gives_no_credit():
    for s in ("Coral Knight Season 3, also announced today, is directed by Keisuke Amagi and animated by Studio Pelican.",
              "The same-day announcement for Coral Knight Season 3 revealed Keisuke Amagi as director.",
              "Meanwhile Salt Cadets 2nd Season names Keisuke Amagi as its new director.",
              "Ember Road Part 2 will be directed by Keisuke Amagi.",
              "Lantern Rally the Movie is directed by Keisuke Amagi, with Studio Pelican animating."):
        got = _en(s)
        assert not _named(got, "Amagi") and not _named(got, "Pelican"), (s, got)


def test_own_season_marked_title_keeps_its_credits():
    got = _en("Harbor Kite Diaries Season 2 is directed by Keisuke Amagi and animated by Studio Pelican.")
    assert ("staff", "director", "Keisuke Amagi") in got, got
    assert any(f == "studio" and "Pelican" in v for f, k, v in got), got


# ---- another medium of the franchise (stage play, live-action, audio drama) as a sentence's topic
def test_other_medium_cast_is_not_this_works():
    for s in ("The live-action film stars Taro Yamada as Captain Sorrel.",
              "In the stage play, Taro Yamada plays Captain Sorrel.",
              "For the audio drama, Taro Yamada voiced Captain Sorrel."):
        assert not _named(_en(s), "Taro Yamada"), s
    for p in ("舞台版では山田太郎がソレル船長を演じる。", "実写ドラマ版では山田太郎がソレル船長役を務めた。",
              "ボイスドラマでは山田太郎がソレル船長を演じた。"):
        assert not _named(_ja_article(p), "山田太郎"), p


def test_own_cast_after_another_medium_stays():
    assert ("cast", "ソレル船長", "山田太郎") in _ja_article("舞台版に続き、山田太郎がソレル船長を演じる。")
    assert ("cast", "Captain Sorrel", "Taro Yamada") in _en("Taro Yamada voices Captain Sorrel.")


def test_kind_marked_title_owns_its_song():
    for p in ("TVアニメ『珊瑚の騎士』のOPテーマ「夜明けの鍵」を歌ったLUMINAが、本作ではEDを担当する。",
              "劇場版『珊瑚の騎士』の主題歌はLUMINA「夜明けの鍵」。"):
        assert not any("夜明けの鍵" in v for v in _values(_ja_article(p), "theme_song")), p


def test_japanese_season_marked_other_title_owns_its_credits():
    for p in ("群星のアトラス 第3期（OP：シノノメ「北極星」）も同じ日に始まる。",
              "珊瑚の騎士 第3期は、オープニングテーマがシノノメ「北極星」に決まった。",
              "同日には珊瑚の騎士第2期も発表され、主題歌はシノノメ「北極星」に決まった。"):
        got = _ja_article(p)
        assert not any("北極星" in v for v in _values(got, "theme_song")), (p, got)


def test_japanese_own_season_mark_keeps_the_song():
    for p in (f"{JA} 第2期のオープニングテーマはシノノメ「北極星」に決定。",
              f"{JA} 第2期（OP：シノノメ「北極星」）は4月から。",
              "TVアニメ第2期も、オープニングテーマはシノノメ「北極星」に決定。"):
        got = _ja_article(p)
        assert any("北極星" in v for v in _values(got, "theme_song")), (p, got)
