"""A known broadcast station (terrestrial, BS or CS channel) is a broadcaster, never a streaming service, whatever
label a where-to-watch line or a streaming table puts over it ("Where to watch: TOKYO MX, BS11 (Japan);
Crunchyroll", 「配信：テレビ東京・BSテレ東」): value hygiene moves it to `broadcaster`. Found by the chrome audit among the
facts no answer key expects (an aside's fact box, a database entry, a news article's where-to-watch line)."""
from extract_helpers import facts, news

from tracker.extract.hygiene import clean_fact
from tracker.model import Fact
from tracker.normalize import org_key

TITLE = "Saltglass Orrery"


def moved(value):
    f = clean_fact(Fact("streaming", org_key(value), value, value))
    return (f.field, f.value) if f is not None else None


def carriers(fs):
    return {(f, k) for f, k, v in fs if f in ("broadcaster", "streaming")}


def test_stations_under_a_streaming_slot_are_broadcasters():
    for v in ("TOKYO MX", "BS11 (Japan)", "TV Asahi (NUMAnimation)", "TBS (Animeism)", "テレビ東京", "BSテレ東", "AT-X",
              "MBS", "KBS京都", "NHK Educational TV"):
        assert moved(v) == ("broadcaster", v), v


def test_services_stay_streaming():
    for v in ("Netflix", "Crunchyroll (outside Asia)", "Fuji TV On Demand", "FOD", "dアニメストア", "ABEMA", "HIDIVE",
              "Lemino"):
        assert moved(v) == ("streaming", v), v


def test_where_to_watch_line_in_a_fact_box():
    doc = news([f"{TITLE} premieres in January.", "Where to watch: TOKYO MX, BS11 (Japan); Crunchyroll (outside Asia)"])
    got = carriers(facts(doc, TITLE))
    assert ("streaming", "tokyomx") not in got and ("streaming", "bs11") not in got
    assert ("broadcaster", "tokyomx") in got


def test_where_to_watch_netflix_then_station():
    doc = news([f"{TITLE} premieres in January.", "Where to watch: Netflix (worldwide), TBS in Japan"])
    got = carriers(facts(doc, TITLE))
    assert ("streaming", "tbs") not in got
    assert ("streaming", "netflix") in got


def test_japanese_streaming_label_over_stations():
    doc = news([f"TVアニメ『{TITLE}』2027年1月より放送開始。", "配信：テレビ東京・BSテレ東、dアニメストア"])
    got = carriers(facts(doc, TITLE))
    assert ("streaming", "tvtokyo") not in got and ("streaming", "bstvtokyo") not in got
