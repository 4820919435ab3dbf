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


def _event_page(title_line: str, sentence: str) -> str:
    """An official site's EVENT block: the event's title line, its date and venue, what will be screened."""
    return ("<!doctype html><html><head><title>Lantern Bay Couriers Season 2 | Official Site</title></head><body>"
            "<main><section id=\"event\"><h2>EVENT</h2>"
            f"<p><strong>{title_line}</strong><br>Date: March 6, 2027 (Sat) / Venue: Harbor Hall, Tokyo<br>{sentence}</p>"
            "</section></main></body></html>")


def test_event_title_line_then_the_episodes_it_screens():
    got = {(k, v) for f, k, v in facts(_event_page(
        "Lantern Bay Couriers Season 2 Advance Screening",
        "Episodes 1 and 2 of Season 2 will be screened ahead of broadcast, followed by a cast talk."),
        "Lantern Bay Couriers Season 2") if f == "premiere_event"}
    assert got == {("Lantern Bay Couriers Season 2 Advance Screening", "episodes 1 and 2 screened")}


def test_earlier_seasons_screening_title_is_no_event_of_this_season():
    got = {(k, v) for f, k, v in facts(_event_page(
        "Lantern Bay Couriers Season 1 Advance Screening",
        "Episodes 1 and 2 of Season 1 were screened ahead of broadcast."),
        "Lantern Bay Couriers Season 2") if f == "premiere_event"}
    assert not got


def test_another_titles_episodes_under_the_works_screening_title_are_not_its():
    got = {(k, v) for f, k, v in facts(_event_page(
        "Lantern Bay Couriers Season 2 Advance Screening",
        "Episode 1 of Copper Kettle Diner will be screened as a bonus."),
        "Lantern Bay Couriers Season 2") if f == "premiere_event"}
    assert not got


def _ja_event_page(title_line: str, content: str, work: str = "『潮騒ポストマン』第2期") -> str:
    """A Japanese official site's EVENT block: the event's title line, 日時, 会場, 内容."""
    return ("<!doctype html><html lang=\"ja\"><head><title>TVアニメ" + work + "公式サイト</title></head><body><main>"
            "<section id=\"event\"><h2>EVENT</h2>"
            f"<p><strong>{title_line}</strong></p><p>日時：2027年3月6日(土) 13:00<br>会場：港ホール<br>{content}</p>"
            "</section></main></body></html>")


def _ja_events(doc: str, title: str = "潮騒ポストマン 第2期") -> set[tuple[str, str]]:
    return {(k, v) for f, k, v in facts(doc, title) if f == "premiere_event"}


def test_ja_event_title_line_then_what_it_screens():
    got = _ja_events(_ja_event_page("「潮騒ポストマン」第2期 先行上映会（Shiosai Postman Season 2 Advance Screening）",
                                    "内容：第1話・第2話 先行上映＋キャストトーク"))
    assert got == {("潮騒ポストマン 第2期 先行上映会", "第1話・第2話 先行上映")}


def test_ja_another_titles_screening_title_line_is_not_the_works():
    got = _ja_events(_ja_event_page("「夜更かし商店街」先行上映会", "内容：第1話 先行上映＋キャストトーク"))
    assert not got


def test_ja_screening_told_with_wo_keeps_it():
    got = events(ja(["先行上映会「灯台守の夜 前夜祭」を開催し、第1話・第2話を先行上映いたしました。"]))
    assert ("灯台守の夜 前夜祭", "第1話・第2話を先行上映") in got


def test_ja_earlier_seasons_screening_is_no_event_of_this_season():
    got = _ja_events(_ja_event_page("「潮騒ポストマン」第1期 一挙上映会", "内容：第1期 第1話〜第12話 上映"))
    assert not got


def _title_page(box: str) -> str:
    return ("<!doctype html><html><head><title>Watch Fogbell Inn | Streamly</title></head><body><main>"
            "<section class=\"hero\"><h1>Fogbell Inn</h1><p>A quiet inn on a foggy coast, where a retired sailor and his "
            "granddaughter take in travellers nobody else will house. Each guest brings a story, and the fog keeps a few.</p>"
            "<p>Fogbell Inn premieres on April 2, 2027, with new episodes every Friday. Directed by Mina Haruno at Studio "
            "Kestrel, with series composition by Daigo Amemiya and music by Rei Tachibana.</p></section>"
            f"{box}</main></body></html>")


def test_text_banner_on_a_title_page_is_its_own_event_notice():
    got = {(k, v) for f, k, v in facts(_title_page(
        "<section class=\"event-banner\"><h2>See it first</h2><p>Episodes 1 and 2 of Fogbell Inn will have their world "
        "premiere at Anime NYC 2026 on November 21, 2026.</p></section>"), "Fogbell Inn") if f == "premiere_event"}
    assert got == {("Anime NYC 2026", "episodes 1 and 2 world premiere")}


def test_banner_that_links_elsewhere_stays_chrome():
    got = {(k, v) for f, k, v in facts(_title_page(
        "<div class=\"banner\"><a href=\"https://promo.example/\">Episodes 1 and 2 of Fogbell Inn will have their world "
        "premiere at Anime NYC 2026 on November 21, 2026.</a></div>"), "Fogbell Inn") if f == "premiere_event"}
    assert not got


def test_ja_works_stage_held_at_an_event_where_a_pv_was_first_shown():
    got = events(ja(["『月影の灯台守』スペシャルステージが「冬の漫画まつり2027」で開催され、ティザーPVが初公開された。"]))
    assert ("冬の漫画まつり2027", "ティザーPV初公開") in got
    got = events(ja(["「冬の漫画まつり2027」で開催された『月影の灯台守』スペシャルステージでは、第2弾PVが初公開された。"]))
    assert ("冬の漫画まつり2027", "第2弾PV初公開") in got


def test_ja_another_titles_stage_at_the_event_is_not_the_works():
    got = events(ja(["『月影の灯台守』の放送は2027年1月から。",
                     "「冬の漫画まつり2027」で開催された『霧笛のパン屋』スペシャルステージでは、第2弾PVが初公開された。",
                     "霧笛のパン屋スペシャルステージが「冬の漫画まつり2027」で開催され、ティザーPVが初公開された。"]))
    assert not got


def test_ja_earlier_seasons_pv_at_an_event_is_not_this_seasons():
    doc = ja(["『月影の灯台守』第2期は2027年1月放送。", "「アニメフロンティア2025」のステージでは、第1期のティザーPVが初公開された。"],
             title="『月影の灯台守』第2期 最新情報")
    assert not {(k, v) for f, k, v in facts(doc, "月影の灯台守 第2期") if f == "premiere_event"}


def test_works_convention_panel_featured_a_screening():
    doc = news(["Fogbell Inn's Anime Expo 2026 panel featured a screening of the first episode."])
    assert ("premiere_event", "Anime Expo 2026", "first episode screening") in facts(doc, "Fogbell Inn")


def test_another_titles_convention_panel_screening_is_not_the_works():
    doc = news(["Fogbell Inn premieres in April 2027.",
                "Copper Kettle Diner's Anime Expo 2026 panel featured a screening of the first episode.",
                "The Anime Expo 2026 panel also featured a screening of the first episode of Copper Kettle Diner."])
    assert not {x for x in facts(doc, "Fogbell Inn") if x[0] == "premiere_event"}


def trailers(doc: str, title: str = JA_TITLE) -> set[tuple[str, str]]:
    return {(k, v) for f, k, v in facts(doc, title) if f == "trailer"}


def test_ja_lead_saying_the_pv_was_released_dates_it_by_the_article():
    assert trailers(ja(["TVアニメ『月影の灯台守』の第2弾PVが公開された。", "PVでは主人公の過去が描かれている。"])) == {("PV 2", "2026-11-24")}
    assert trailers(ja(["TVアニメ『月影の灯台守』より、PV第1弾が解禁された。"])) == {("PV 1", "2026-11-24")}


def test_ja_pv_out_before_the_news_or_only_planned_is_not_dated_by_the_article():
    assert not trailers(ja(["TVアニメ『月影の灯台守』の先日公開された第2弾PVが話題だ。"]))
    assert not trailers(ja(["TVアニメ『月影の灯台守』のすでに公開中の第2弾PVに続き、新情報が解禁された。"]))
    assert not trailers(ja(["TVアニメ『月影の灯台守』の第2弾PVは近日公開予定。"]))
    assert not trailers(ja(["TVアニメ『月影の灯台守』の放送が決定した。", "キャストも発表された。", "また、第2弾PVが公開された。"]))


def test_ja_main_pv_is_pv_1_when_no_pv_is_numbered():
    assert trailers(ja(["TVアニメ『月影の灯台守』のメインPVが11月20日に公開された。"])) == {("PV 1", "2026-11-20")}
    assert trailers(ja(["劇場アニメ『月影の灯台守』の本予告が公開された。"])) == {("trailer 1", "2026-11-24")}


def test_ja_main_pv_beside_numbered_pvs_or_of_another_title_is_not_pv_1():
    got = trailers(ja(["TVアニメ『月影の灯台守』のPV第1弾が11月1日に公開された。", "本PVも11月20日に公開された。"]))
    assert got == {("PV 1", "2026-11-01")}
    assert not trailers(ja(["TVアニメ『月影の灯台守』は1月放送。", "同じ枠の『霧笛のパン屋』の本PVも11月20日に公開された。"]))


def test_ja_film_release_day_in_the_headline_is_not_the_main_trailers():
    doc = ja(["劇場アニメ『月影の灯台守』が2027年3月19日(金)に公開されることが決定。あわせて本予告を解禁した。"])
    assert ("trailer 1", "2027-03-19") not in trailers(doc)


def test_ja_numbered_main_pv_keeps_its_number():
    assert trailers(ja(["TVアニメ『月影の灯台守』のメインPV第2弾が11月20日に公開された。"])) == {("PV 2", "2026-11-20")}


def _events_en(paragraphs: list[str], title: str = "Fogbell Inn") -> set[tuple[str, str]]:
    return {(k, v) for f, k, v in facts(news(paragraphs), title) if f == "premiere_event"}


def test_convention_hosting_the_premiere_of_the_works_episodes():
    assert _events_en(["Anime NYC 2026 will host the U.S. premiere of the first two episodes of Fogbell Inn on November 21."]) \
        == {("Anime NYC 2026", "u.s. premiere of the first two episodes")}
    assert _events_en(["The Harbor Lights Film Festival 2026 will host the North American premiere of Fogbell Inn."]) \
        == {("Harbor Lights Film Festival 2026", "north american premiere")}


def test_convention_hosting_another_titles_premiere_is_not_the_works():
    assert not _events_en(["Fogbell Inn premieres in April 2027.",
                           "Anime NYC 2026 will host the U.S. premiere of the first two episodes of Copper Kettle Diner."])


def test_work_opening_or_closing_a_festival():
    assert _events_en(["Fogbell Inn will open the Harbor Lights Film Festival 2026 in October."]) \
        == {("Harbor Lights Film Festival 2026", "opening film")}
    assert _events_en(["Fogbell Inn is a new film by Mina Haruno.",
                       "The film will screen as the closing film of the Harbor Lights Film Festival 2026."]) \
        == {("Harbor Lights Film Festival 2026", "closing film")}


def test_another_film_opening_the_festival_is_not_the_works():
    assert not _events_en(["Fogbell Inn premieres in April 2027, while Copper Kettle Diner will open the Harbor Lights "
                           "Film Festival 2026."])
    assert not _events_en(["Fogbell Inn premieres in April 2027.", "Copper Kettle Diner will open the Harbor Lights Film Festival 2026."])


def test_screening_title_line_naming_its_episodes_and_a_cast_talk():
    got = _events_en(["Fogbell Inn Episode 1 Advance Screening & Cast Talk", "The event started with the screening."])
    assert got == {("Fogbell Inn Episode 1 Advance Screening & Cast Talk", "episode 1 screened")}


def test_screening_title_line_of_another_season_or_title_is_not_the_works():
    assert not _events_en(["Fogbell Inn Season 2 Episodes 1 & 2 Advance Screening & Stage Greeting", "Tickets go on sale soon."])
    assert not _events_en(["Fogbell Inn premieres in April 2027.", "Copper Kettle Diner Episode 1 Advance Screening & Cast Talk"])


def test_ja_works_own_screening_event_named_by_its_kind():
    got = events(ja(["『月影の灯台守』の最速上映会が12月19日に開催決定。第1話・第2話を上映する。"]))
    assert got == {("月影の灯台守 最速上映会", "第1話・第2話を上映")}


def test_ja_another_titles_or_seasons_screening_event_is_not_the_works():
    assert not events(ja(["『月影の灯台守』は1月放送。", "『霧笛のパン屋』の最速上映会が12月19日に開催決定。第1話・第2話を上映する。"]))
    doc = ja(["『月影の灯台守』第2期は2027年1月放送。", "『月影の灯台守』第1期の先行上映会が開催された。第1話を先行上映した。"],
             title="『月影の灯台守』第2期 最新情報")
    assert not {(k, v) for f, k, v in facts(doc, "月影の灯台守 第2期") if f == "premiere_event"}


def test_distributor_premiering_the_works_first_episode_at_a_convention():
    assert _events_en(["Streamly will premiere the first episode of Fogbell Inn at Anime Expo 2026 on July 4."]) \
        == {("Anime Expo 2026", "first episode screened")}


def test_first_episode_of_another_title_at_a_convention_is_not_the_works():
    assert not _events_en(["Fogbell Inn premieres in April 2027.",
                           "The first episode of Copper Kettle Diner will screen at Anime Expo 2026 on July 4.",
                           "Streamly will also premiere the first episode of Copper Kettle Diner at Anime NYC 2026."])


def test_first_episode_of_the_works_own_season_at_a_convention():
    doc = news(["Fogbell Inn Season 2 premieres in April 2027.", "The first episode of Season 2 will screen at Anime Expo 2026."])
    assert ("premiere_event", "Anime Expo 2026", "first episode screened") in facts(doc, "Fogbell Inn Season 2")


def _trailers_en(paragraphs: list[str], title: str = "Fogbell Inn") -> set[tuple[str, str]]:
    return {(k, v) for f, k, v in facts(news(paragraphs), title) if f == "trailer"}


def test_unnumbered_teaser_unveiled_in_a_month():
    assert _trailers_en(["Fogbell Inn's teaser trailer was unveiled in July 2026."]) == {("teaser 1", "2026-07")}


def test_another_titles_trailer_in_the_article_is_not_the_works():
    assert not _trailers_en(["Fogbell Inn premieres in April 2027.", "Copper Kettle Diner's teaser trailer was unveiled in July 2026.",
                             "The second trailer for Copper Kettle Diner dropped on November 20."])
    assert _trailers_en(["The second trailer for Fogbell Inn dropped on November 20."]) == {("trailer 2", "2026-11-20")}


def test_ja_another_titles_pv_or_screening_event_named_by_its_quoted_title_is_not_the_works():
    assert not trailers(ja(["『月影の灯台守』は1月放送。", "同じく1月放送の『霧笛のパン屋』の第2弾PVが11月20日に公開された。"]))
    assert not events(ja(["『月影の灯台守』は1月放送。", "『霧笛のパン屋』の第1話先行上映会が、12月19日に新宿ピカデリーで開催された。"]))
    assert trailers(ja(["TVアニメ『月影の灯台守』の第2弾PVが11月20日に公開された。"])) == {("PV 2", "2026-11-20")}


def _ja_site(box: str) -> str:
    return ("<!doctype html><html lang=\"ja\"><head><title>TVアニメ『月影の灯台守』公式サイト</title></head><body><main>"
            "<section id=\"event\"><h2>EVENT</h2>" + box + "</section><section><h2>INTRODUCTION</h2><p>灯台守の少女と、月から来た"
            "青年の物語。2027年1月より放送開始。監督は春野みな、アニメーション制作はスタジオ灯。</p></section></main></body></html>")


def test_ja_labelled_event_block_with_its_name_and_contents():
    box = ("<dl><dt>イベント名</dt><dd>TVアニメ『月影の灯台守』第1話先行上映会</dd><dt>日時</dt><dd>2026年12月19日(土)</dd>"
           "<dt>会場</dt><dd>港ホール</dd><dt>内容</dt><dd>第1話上映＋キャストトーク</dd></dl>")
    assert events(_ja_site(box)) == {("月影の灯台守 第1話先行上映会", "第1話 上映")}
    box = ("<h3>『月影の灯台守』放送直前スペシャルイベント</h3><p>日時：2026年12月19日(土)<br>会場：港ホール<br>"
           "内容：第1話・第2話の先行上映、キャストトーク</p>")
    assert events(_ja_site(box)) == {("月影の灯台守 放送直前スペシャルイベント", "第1話・第2話 先行上映")}


def test_ja_event_block_of_another_title_is_not_the_works():
    box = ("<h3>『霧笛のパン屋』放送直前スペシャルイベント</h3><p>日時：2026年12月19日(土)<br>会場：港ホール<br>"
           "内容：第1話・第2話の先行上映、キャストトーク</p>")
    assert not events(_ja_site(box))


def test_event_block_with_a_programme_line():
    doc = ("<!doctype html><html><head><title>Fogbell Inn Official Site</title></head><body><main><section id=\"event\">"
           "<h2>EVENT</h2><h3>Fogbell Inn Premiere Event</h3><p>Date: December 19, 2026<br>Venue: Harbor Hall<br>"
           "Program: Episode 1 screening and cast talk</p></section></main></body></html>")
    assert {(k, v) for f, k, v in facts(doc, "Fogbell Inn") if f == "premiere_event"} == {("Fogbell Inn Premiere Event", "episode 1 screened")}


def test_event_audience_watching_the_works_first_episode():
    assert _events_en(["Anime Expo 2026 attendees will be able to watch the first episode of Fogbell Inn ahead of its premiere."]) \
        == {("Anime Expo 2026", "first episode screened")}
    assert _events_en(["Attendees of the Fogbell Inn panel at Anime NYC 2026 were treated to a screening of the first episode."]) \
        == {("Anime NYC 2026", "first episode screened")}


def test_event_audience_watching_another_titles_first_episode_is_not_the_works():
    assert not _events_en(["Fogbell Inn premieres in April 2027.",
                           "Anime Expo 2026 attendees will be able to watch the first episode of Copper Kettle Diner early.",
                           "Fans at Anime NYC 2026 got an early look at the first episode of Copper Kettle Diner.",
                           "Attendees of the Copper Kettle Diner panel at Anime NYC 2026 were treated to a screening of the first episode."])


def test_website_began_streaming_the_main_promotional_video():
    assert _trailers_en(["The official website for the Fogbell Inn anime began streaming the main promotional video on Thursday."]) \
        == {("PV 1", "2026-11-19")}
    assert _trailers_en(["The official website for Fogbell Inn began streaming a teaser trailer on Thursday."]) \
        == {("teaser 1", "2026-11-19")}


def test_main_promotional_video_beside_a_numbered_teaser_is_pv_1_not_the_teaser():
    got = _trailers_en(["The first teaser for Fogbell Inn was released on July 3.",
                        "The official website began streaming the main promotional video for Fogbell Inn on Thursday."])
    assert got == {("teaser 1", "2026-07-03"), ("PV 1", "2026-11-19")}


def test_ja_works_title_between_the_event_and_what_it_showed():
    assert events(ja(["「港町アニメフェス2026」で『月影の灯台守』第1話の先行上映を実施。"])) == {("港町アニメフェス2026", "第1話 先行上映")}
    assert events(ja(["「港町アニメフェス2026」の『月影の灯台守』ステージにて、第2弾PVが初公開された。"])) \
        == {("港町アニメフェス2026", "第2弾PV初公開")}
    assert not events(ja(["『月影の灯台守』は1月放送。", "「港町アニメフェス2026」で『霧笛のパン屋』第1話の先行上映を実施。",
                          "「港町アニメフェス2026」の『霧笛のパン屋』ステージにて、第2弾PVが初公開された。"]))


def test_ja_video_or_screening_named_before_the_event():
    assert events(ja(["『月影の灯台守』の第2弾PVが、「港町アニメフェス2026」のステージで初披露された。"])) \
        == {("港町アニメフェス2026", "第2弾PV初披露")}
    assert events(ja(["『月影の灯台守』第1話の先行上映が、「港町アニメフェス2026」にて行われることが決定した。"])) \
        == {("港町アニメフェス2026", "第1話の先行上映")}
    assert not events(ja(["『月影の灯台守』は1月放送。", "『霧笛のパン屋』の第2弾PVが、「港町アニメフェス2026」のステージで初披露された。"]))


def test_works_stage_title_line_at_a_named_event_is_that_event():
    assert _events_en(["Anime Expo 2026 Fogbell Inn Premiere Event", "Episodes 1 and 2 will be screened, followed by a cast talk."]) \
        == {("Anime Expo 2026", "episodes 1 and 2 screened")}
    box = ("<h3>AnimeJapan 2027 「月影の灯台守」スペシャルステージ</h3><p>日時：2027年3月27日(土)<br>"
           "内容：第1話先行上映＆キャストトーク</p>")
    assert events(_ja_site(box)) == {("AnimeJapan 2027", "第1話 先行上映")}


def test_work_debuting_its_first_episode_at_a_convention():
    assert _events_en(["Fogbell Inn will debut its first episode at Anime NYC 2026 on November 21."]) \
        == {("Anime NYC 2026", "first episode screened")}
    assert not _events_en(["Fogbell Inn premieres in April 2027.",
                           "Copper Kettle Diner will debut its first episode at Anime NYC 2026 on November 21."])


def test_trailer_revealed_during_a_companys_own_convention_panel():
    assert _events_en(["Streamly revealed the second trailer for Fogbell Inn during its Anime Expo 2026 panel."]) \
        == {("Anime Expo 2026", "second trailer revealed")}
    assert not _events_en(["Fogbell Inn premieres in April 2027.",
                           "Streamly revealed the second trailer for Copper Kettle Diner during its Anime Expo 2026 panel."])


def test_titled_event_where_the_first_episode_will_be_screened():
    assert _events_en(["The Fogbell Inn anime will hold a special event titled \"Harbor Night\" on December 19, where the "
                       "first episode will be screened."]) == {("Harbor Night", "first episode screening")}
    assert not _events_en(["Fogbell Inn premieres in April 2027.",
                           "Copper Kettle Diner will hold a special event titled \"Kettle Night\" on December 19, where the "
                           "first episode will be screened."])


def test_ja_quoted_screening_or_fan_meeting_is_an_event_by_its_name():
    assert events(ja(["『月影の灯台守』の第2弾PVが、「灯台守の夜 先行上映会」で初公開された。"])) == {("灯台守の夜 先行上映会", "第2弾PV初公開")}


def test_the_film_opening_a_festival_in_a_paragraph_about_another_film_is_not_the_works():
    assert not _events_en(["Fogbell Inn premieres in April 2027.",
                           "The festival will also screen Copper Kettle Diner. The film will open the Harbor Lights Film Festival 2026."])


def test_ja_another_titles_unbracketed_stage_with_a_year_named_event_is_not_the_works():
    got = events(ja(["『月影の灯台守』の放送は2027年1月から。",
                     "潮騒ラボ特別ステージは「港まつり2026」にて行われ、第1話を先行上映した。"]))
    assert not got


def test_ja_works_own_stage_at_a_year_named_event_is_kept():
    got = events(ja(["『月影の灯台守』の放送は2027年1月から。",
                     "本作ステージが「港まつり2026」にて開催され、第1話を先行上映した。"]))
    assert "港まつり2026" in {k for k, _ in got}
