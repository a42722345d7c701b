"""Control told by land handed or returned to someone, and by words the control lists lacked.

Land handed over or returned, told as done or agreed, is held by whoever receives it: forces
named by a noun (إلى الجيش), an actor named before the verb with an aside after the land, and
a return to someone's hold (إلى سيطرة X، إلى السيطرة X-ية); demanded it stays a withdrawal
demand. Also the verbal noun of seizing in every case (استيلاءها، استيلاؤهم), the first person of
administering (ندير) and a bare city name known only after its country (الأبيض). Sentences are
composed for the tests.
"""

from __future__ import annotations

import pytest

from negotext.analysis import Analysis
from negotext.ar.normalize import normalize_text
from negotext.document import Document
from negotext.extractors.territory import find_territory_claims
from negotext.records import TerritoryClaim


def claims_of(text: str) -> list[TerritoryClaim]:
    return find_territory_claims(Analysis(Document(text)))


def _same(a: str, b: str) -> bool:
    x, y = " ".join(normalize_text(a).split()), " ".join(normalize_text(b).split())
    return x in y or y in x


def _kinds(text: str) -> list[tuple[str, str]]:
    return [(c.kind, c.territory.text) for c in claims_of(text)]


@pytest.mark.parametrize(
    ("text", "territory"),
    [
        ("وكانت حركة 23 مارس قد سلمت بلدة روبايا إلى الجيش قبل شهرين.", "بلدة روبايا"),
        (
            "وكان جيش التحالف الوطني الديمقراطي لميانمار قد سلّم في أيار الماضي مدينة موغوك، "
            "ثانية مدن الولاية، إلى الجيش بعد وساطة طويلة.",
            "مدينة موغوك",
        ),
    ],
)
def test_land_handed_to_forces_is_their_control(text: str, territory: str) -> None:
    found = [c for c in claims_of(text) if c.kind == "control"]
    assert len(found) == 1, _kinds(text)
    assert _same(found[0].territory.text, territory)


def test_things_handed_to_forces_claim_nothing() -> None:
    assert claims_of("وسلمت حركة 23 مارس المطلوبين إلى الجيش أمس.") == []


@pytest.mark.parametrize(
    ("text", "territory"),
    [
        (
            "وفي الربيع وافقت أرمينيا على إعادة ثلاث قرى في تافوش إلى السيطرة الأذربيجانية.",
            "ثلاث قرى",
        ),
        ("وقد أعاد الهجوم الخاطف الإقليم إلى سيطرة باكو في أيام.", "الإقليم"),
        ("وانتهت الوساطة بإعادة مدينة لاشيو إلى سيطرة المجلس العسكري في الربيع.", "مدينة لاشيو"),
        ("وأعيدت القرى الحدودية إلى السيادة الأذربيجانية بعد الترسيم.", "القرى الحدودية"),
    ],
)
def test_land_returned_to_someones_hold_is_their_control(text: str, territory: str) -> None:
    found = claims_of(text)
    assert [c.kind for c in found] == ["control"], _kinds(text)
    assert _same(found[0].territory.text, territory)


@pytest.mark.parametrize(
    "text",
    [
        "وتطالب كييف بإعادة المحطة إلى السيطرة الأوكرانية دون تأخير.",
        "ولم تعد القرى إلى السيطرة بعد.",
        "وأعيدت القرى الحدودية إلى السيطرة بعد الترسيم.",
    ],
)
def test_a_return_demanded_or_to_no_ones_hold_is_no_control(text: str) -> None:
    assert all(c.kind != "control" for c in claims_of(text)), _kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "وأعلنت الحركة استيلاءها على ثلاث بلدات في الإقليم.",
        "وأكد الجيش أن استيلاؤه على مدينة كيدال اكتمل.",
    ],
)
def test_the_verbal_noun_of_seizing_in_every_case_is_control(text: str) -> None:
    assert [c.kind for c in claims_of(text)] == ["control"], _kinds(text)


def test_administering_in_the_first_person_is_control() -> None:
    found = claims_of("وقال المتحدث: نحن ندير مدينتي غوما وبوكافو منذ عام.")
    assert [c.kind for c in found] == ["control"]
    assert claims_of("وقال المتحدث إننا ندير المفاوضات بهدوء.") == []


def test_a_bare_city_name_after_its_country_is_the_territory() -> None:
    text = (
        "تتواصل المعارك في السودان. وطالبت الحكومة بانسحاب الدعم السريع من الأبيض وكادقلي "
        "وسائر مدن الإقليم."
    )
    found = claims_of(text)
    assert [c.kind for c in found] == ["withdrawal_demand"], _kinds(text)
    assert _same(found[0].territory.text, "الأبيض وكادقلي")
