"""One reader for a staff credit told by a role noun beside a name, with no verb of its own (role_apposition):
"X, the character designer, …", "the series' composer X", "WORK's art director X", "from screenplays by X".
The forms are invented, not fixture pages'."""
from __future__ import annotations

import pytest

from extract_helpers import facts, news

W = "Brasswing Couriers"


def _staff(*paras: str) -> set[tuple[str, str]]:
    return {(k, v) for f, k, v in facts(news(list(paras), title=f"{W} news"), W) if f == "staff"}


@pytest.mark.parametrize("paras, role, who", [
    (("Mayu Ichinose, the character designer of Brasswing Couriers, drew the jacket for the single.",), "character design", "Mayu Ichinose"),
    (("Mayu Ichinose, the series' character designer, drew the jacket for the Brasswing Couriers single.",), "character design", "Mayu Ichinose"),
    (("Brasswing Couriers' character designer Mayu Ichinose drew the jacket.",), "character design", "Mayu Ichinose"),
    (("Brasswing Couriers’s art director, Shiho Nagumo, painted the harbor backgrounds.",), "art director", "Shiho Nagumo"),
    (("Brasswing Couriers gets a spring premiere.", "Daichi Honjo, the composer, will perform the score live."), "music", "Daichi Honjo"),
    (("Reina Okuzawa directs Brasswing Couriers at Studio Pinefall, from screenplays by Makoto Shibano.",), "screenplay", "Makoto Shibano"),
    (("Brasswing Couriers is adapted with scripts by Makoto Shibano.",), "screenplay", "Makoto Shibano"),
    (("At the Brasswing Couriers panel, Tetsu Imaoka, the sound director, described the recording sessions.",), "sound director", "Tetsu Imaoka"),
    (("The Brasswing Couriers key visual was drawn by Aya Kanzaki, the chief animation director.",), "chief animation director", "Aya Kanzaki"),
    (("Brasswing Couriers' new screenwriter Kanae Oyamada joined the cast on stage.",), "screenplay", "Kanae Oyamada"),
    (("Brasswing Couriers' series composer, Ritsu Oyamada, wrote the first two episodes.",), "series composition", "Ritsu Oyamada"),
])
def test_role_beside_a_name(paras, role, who):
    got = _staff(*paras)
    assert (role, who) in got, got


@pytest.mark.parametrize("paras, who", [
    # another work's credit
    (("Brasswing Couriers stars Aoi Sena; Hiro Tamba, the director of Mirror Lake Detectives, attended the premiere.",), "Hiro Tamba"),
    (("Mirror Lake Detectives' composer Daichi Honjo praised the Brasswing Couriers trailer.",), "Daichi Honjo"),
    # a past credit
    (("Brasswing Couriers features a cameo by Ken Oda, the former director of the studio's first film.",), "Ken Oda"),
    (("Brasswing Couriers' lead, voiced by Aoi Sena, was designed after Rei Kato, best known as the composer of Starfield.",), "Rei Kato"),
    # a negative statement
    (("Brasswing Couriers' character designer has not been announced, and Mayu Ichinose, the character designer, denied rumours.",), "Mayu Ichinose"),
    # a paragraph about another work
    (("Brasswing Couriers premieres in April.", "<b>Mirror Lake Detectives</b> also returns. Aya Kanzaki, the chief animation director, is new."), "Aya Kanzaki"),
])
def test_role_beside_a_name_traps(paras, who):
    got = _staff(*paras)
    assert not any(v == who for _, v in got), got
