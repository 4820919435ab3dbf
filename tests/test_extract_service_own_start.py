"""A streaming service's own start beside the TV premiere: the service named as subject or place (EN "ABEMA will
stream each episode two days ahead of the TV broadcast, starting …", "ABEMA streams new episodes from …"; JA
「ABEMAにて、…より地上波先行配信」, 「…よりABEMAにて地上波先行配信」) keys its date by the service, and the first
airing stays the TV one. Television named as the yardstick ("ahead of TV") is no station of that date; a theme song
of another title ("the opening of OTHER in 2024") dates nothing. Forms written for these tests, not copied from pages."""
from extract_helpers import facts, news

EN_T, JA_T = "Saltmoon Bakery", "星喰いのアトリエ"
EN_LEAD = "Saltmoon Bakery begins airing on January 14, 2027 on TBS."
JA_LEAD = "TVアニメ『星喰いのアトリエ』は2027年4月9日（金）よりTOKYO MXほかにて放送。"


def _en(*sentences: str) -> dict[str, str]:
    return {k: v for f, k, v in facts(news([" ".join((EN_LEAD,) + sentences)]), EN_T) if f == "release_date"}


def _ja(text: str, lead: str = JA_LEAD) -> dict[str, str]:
    return {k: v for f, k, v in facts(news([lead + text], title="ニュース"), JA_T) if f == "release_date"}


def test_en_each_episode_ahead_of_the_broadcast_starting_weekday():
    assert _en("ABEMA will stream each episode two days ahead of the TV broadcast, starting Tuesday, January 12, "
               "and Crunchyroll will stream the series worldwide except Asia.") == {"": "2027-01-14", "ABEMA": "2027-01-12"}


def test_en_the_anime_ahead_of_tv():
    assert _en("ABEMA will stream the anime two days ahead of TV, starting January 12.").get("ABEMA") == "2027-01-12"


def test_en_present_tense_new_episodes_from():
    assert _en("ABEMA streams new episodes from January 12, two days before TBS.").get("ABEMA") == "2027-01-12"


def test_en_later_service_still_keyed():
    assert _en("U-NEXT will begin streaming it on January 16.").get("U-NEXT") == "2027-01-16"


def test_ja_service_comma_then_year_date():
    assert _ja("ABEMAにて、2027年4月8日（木）23:00より地上波先行・最速配信が決定！") == {"": "2027-04-09", "ABEMA": "2027-04-08"}


def test_ja_service_topic():
    assert _ja("ABEMAでは4月8日（木）23:00から最速配信。").get("ABEMA") == "2027-04-08"


def test_ja_date_then_service():
    assert _ja("4月8日（木）23:00よりABEMAにて地上波先行配信。") == {"": "2027-04-09", "ABEMA": "2027-04-08"}


def test_ja_days_ahead_count():
    assert _ja("ABEMAで4月8日（木）から地上波1日先行配信されます。").get("ABEMA") == "2027-04-08"


def test_ja_topic_clause_then_service():
    assert _ja("配信は、ABEMAにて2027年4月8日（木）23:00より地上波先行・最速配信。").get("ABEMA") == "2027-04-08"


def test_ja_service_first_then_tv_in_one_paragraph():
    got = _ja("", lead="TVアニメ『星喰いのアトリエ』は、4月8日（木）23:00よりABEMAにて地上波先行配信。4月9日（金）よりTOKYO MXにて放送。")
    assert got == {"": "2027-04-09", "ABEMA": "2027-04-08"}


def test_trap_only_service_is_the_first_release():
    got = _ja("", lead="TVアニメ『星喰いのアトリエ』は4月8日（木）よりNetflixにて独占配信。")
    assert got == {"": "2027-04-08"}


def test_trap_service_streams_another_title():
    got = _en("ABEMA will stream each episode of Moth & Lantern two days ahead of TV, starting January 12.")
    assert "ABEMA" not in got and got.get("") == "2027-01-14"


def test_trap_theme_song_of_another_title_dates_nothing():
    got = _en("It is the band's second anime tie-in after “Lantern Sprint,” the opening of Paper Lantern Derby in 2024.")
    assert got == {"": "2027-01-14"}


def _dk(paragraph: str) -> dict[str, str]:
    return {k: v for f, k, v in facts(news([paragraph]), "Grandma Is a Dragon Knight") if f == "release_date"}


def test_with_clause_of_another_doer_keeps_its_region_to_itself():
    assert _dk("Grandma Is a Dragon Knight will debut on TV Tokyo on April 2, 2027 at 25:05, with HIDIVE streaming it "
               "in North America.") == {"": "2027-04-03"}
    assert _dk("Grandma Is a Dragon Knight premieres on Fuji TV on April 2, 2027, with Crunchyroll simulcasting it "
               "outside Asia.") == {"": "2027-04-02"}


def test_with_clause_with_its_own_date_still_keys_it():
    assert _dk("Grandma Is a Dragon Knight premieres on April 2, 2027, with Netflix streaming it worldwide from April 9.") \
        == {"": "2027-04-02", "Netflix": "2027-04-09"}


def test_the_date_own_region_before_the_with_clause_stays():
    assert _dk("Grandma Is a Dragon Knight premieres on April 2, 2027 in North America, with Crunchyroll handling the "
               "stream.") == {"North America": "2027-04-02"}


def test_with_clause_of_episodes_keeps_its_service_to_itself():
    assert _dk("Grandma Is a Dragon Knight season 2 premieres on April 2, 2027, with all 24 episodes of the first "
               "season streaming on Netflix.") == {"": "2027-04-02"}
    assert _dk("Grandma Is a Dragon Knight premieres on April 2, 2027, with new episodes streaming weekly on "
               "Crunchyroll.") == {"": "2027-04-02"}


def test_service_before_the_date_still_keys_it():
    assert _dk("Grandma Is a Dragon Knight premieres on Netflix on April 2, 2027, with new episodes dropping weekly.") \
        == {"Netflix": "2027-04-02"}


def test_ja_unknown_matter_in_an_aside_leaves_the_service_date():
    got = _ja("海外ではNetflixで4月17日から配信されるとのこと（日本国内の配信は未定）。")
    assert got.get("Netflix") == "2027-04-17"
    assert ("streaming", "netflix") in {(f, k) for f, k, v in facts(news([JA_LEAD + "海外ではNetflixで4月17日から配信されるとのこと（日本国内の配信は未定）。"],
                                                                        title="ニュース"), JA_T)}
    assert _ja("U-NEXTでは4月20日より見放題配信（その他のサービスは未発表）。").get("U-NEXT") == "2027-04-20"


def test_trap_the_aside_holding_the_date_says_it_is_unknown():
    assert "Netflix" not in _ja("Netflixで配信予定（配信日は4月17日以降で未定）。")
    assert "Netflix" not in _ja("Netflixでの配信開始日は未定です。")
