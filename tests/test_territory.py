"""The territory extractor: one test per construction, golden cases, and invariance properties.

Sentences here are composed for the tests, not taken from the seed articles.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.golden import assert_case_found, case_params
from tests.strategies import with_noise

from negotext.analysis import Analysis
from negotext.ar.normalize import normalize_text
from negotext.document import Document
from negotext.extractors.territory import find_territory_claims
from negotext.records import TerritoryClaim


def claims_of(text: str) -> list[TerritoryClaim]:
    return find_territory_claims(Analysis(Document(text)))


def only(text: str) -> TerritoryClaim:
    found = claims_of(text)
    assert len(found) == 1, [(c.kind, c.territory.text) for c in found]
    return found[0]


def _same(a: str, b: str) -> bool:
    x, y = " ".join(normalize_text(a).split()), " ".join(normalize_text(b).split())
    return x in y or y in x


# -- kinds ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind", "territory"),
    [
        ("ضمت أرمينيا إقليم كاراباخ بعد الحرب.", "annexation", "كاراباخ"),
        ("تحتل القوات الإسرائيلية محور نتساريم منذ أشهر.", "control", "محور نتساريم"),
        ("سيطرت قوات الدعم السريع على مدينة الفاشر.", "control", "الفاشر"),
        ("طالبت حماس بانسحاب القوات الإسرائيلية من قطاع غزة.", "withdrawal_demand", "قطاع غزة"),
        ("دعا الرئيس إلى الانسحاب الكامل من الأراضي المحتلة.", "withdrawal_demand", "الأراضي"),
        (
            "وطالب الوزير بأن تغادر القوات الأجنبية الأراضي الليبية.",
            "withdrawal_demand",
            "الأراضي الليبية",
        ),
        ("وتشترط موسكو الاعتراف بالمناطق التي ضمتها.", "recognition_demand", "المناطق التي ضمتها"),
        ("أكدت إسرائيل أنها ستحتفظ بمحور فيلادلفيا.", "retention_demand", "محور فيلادلفيا"),
        ("ترفض إسرائيل الانسحاب من محور فيلادلفيا.", "retention_demand", "محور فيلادلفيا"),
        ("قال المتحدث إن قواته لن تنسحب من مدينة الفاشر.", "retention_demand", "الفاشر"),
        ("وأكد الوزير أن الإقليم جزء لا يتجزأ من أراضي أذربيجان.", "sovereignty_claim", "الإقليم"),
    ],
)
def test_kind_and_territory(text: str, kind: str, territory: str) -> None:
    found = only(text)
    assert found.kind == kind
    assert _same(territory, found.territory.text), found.territory.text


def test_named_territory_has_its_canonical_name_and_region_noun() -> None:
    found = only("ضمت روسيا شبه جزيرة القرم عام 2014.")
    assert found.territory.text == "شبه جزيرة القرم"
    assert found.territory.name == "Crimea"
    assert found.year == 2014


def test_descriptive_territory_has_no_id() -> None:
    found = only("وتطالب موسكو بالاعتراف بالوضع الجديد في المناطق التي ضمتها.")
    assert found.territory.text == "المناطق التي ضمتها"
    assert found.territory.id is None


# -- share, year, claimant --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "share"),
    [
        ("تسيطر القوات على نحو 20% من الأراضي السودانية.", 20),
        ("أعلنت أذربيجان أنها سيطرت بشكل كامل على إقليم كاراباخ.", 100),
        ("أعلن الجيش استعادة السيطرة الكاملة على مدينة الفاشر.", 100),
    ],
)
def test_share(text: str, share: float) -> None:
    assert only(text).share_percent == share


def test_year_referred_back_to() -> None:
    text = "تفجر النزاع عام 2014. في ذلك العام، ضمت روسيا شبه جزيرة القرم."
    assert only(text).year == 2014


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("ضمت روسيا شبه جزيرة القرم.", "RU"),
        ("وقال إن الجيش الروسي يحتل نحو 20% من الأراضي الأوكرانية.", "RU"),
        ("أعلنت موسكو أنها سيطرت على مقاطعة لوغانسك.", "RU"),
        ("وطالب الرئيس الأوكراني بأن تغادر القوات الروسية الأراضي الأوكرانية.", "UA"),
    ],
)
def test_claimant(text: str, claimant: str) -> None:
    found = only(text)
    assert found.claimant is not None
    assert found.claimant.id == claimant


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("وقالت إريتريا إن على الجيش الإثيوبي أن يسحب قواته من مدينة بادمي.", "Eritrea"),
        ("وقالت أديس أبابا إن على أسمرة أن تنسحب من بادمي.", "Ethiopia"),
        ("وأكد الرئيس الصومالي أن على إثيوبيا أن تسحب قواتها من بيدوا.", "Somalia"),
    ],
)
def test_the_side_an_obligation_falls_on_is_not_the_claimant(text: str, claimant: str) -> None:
    # على X أن تنسحب: X must withdraw; the claim is the demand of whoever says it.
    found = only(text)
    assert found.kind.value == "withdrawal_demand"
    assert found.claimant is not None
    assert found.claimant.name == claimant


def test_an_obligation_with_no_one_saying_it_has_no_claimant() -> None:
    found = only("يجب على إثيوبيا أن تنسحب من بادمي.")
    assert found.kind.value == "withdrawal_demand"
    assert found.claimant is None


def test_coordinated_territory_is_a_second_claim() -> None:
    text = (
        "يطالب بوتين بضمانات بأن روسيا ستحتفظ بالأراضي التي ضمتها عام 2022، "
        "بالإضافة إلى شبه جزيرة القرم التي فرضت السيطرة عليها عام 2014."
    )
    found = claims_of(text)
    assert [(c.kind.value, c.year) for c in found] == [
        ("retention_demand", 2022),
        ("retention_demand", 2014),
    ]


def test_a_repeated_preposition_whose_land_a_relative_clause_describes_is_one_demand() -> None:
    claim = only(
        "تطالب كيغالي بانسحاب المتمردين من الهضبة ومن القرى التي توغلوا فيها الشهر الماضي."
    )
    assert claim.kind.value == "withdrawal_demand"
    assert claim.territory.text == "الهضبة ومن القرى التي توغلوا فيها"


def test_a_territory_ends_before_the_text_it_is_asked_for_under() -> None:
    claim = only(
        "تطالب كيغالي بانسحاب المتمردين من الهضبة ومن التلال المطلة عليها وفق معاهدة 1961."
    )
    assert claim.kind.value == "withdrawal_demand"
    assert claim.territory.text == "الهضبة ومن التلال المطلة عليها"


def test_a_comma_keeps_a_repeated_preposition_with_a_relative_clause_apart() -> None:
    text = "تطالب كيغالي بانسحاب المتمردين من الهضبة، ومن القرى التي توغلوا فيها الشهر الماضي."
    assert [c.territory.text for c in claims_of(text)] == ["الهضبة", "القرى التي توغلوا فيها"]


def test_listed_regions_are_one_claim_with_each_place_a_part() -> None:
    # CONVENTIONS rule 2: places in a row under one claim verb are one claim.
    found = claims_of("وتطالب موسكو بالاعتراف بسيادتها على القرم ودونيتسك ولوغانسك.")
    assert [c.territory.text for c in found] == ["القرم ودونيتسك ولوغانسك"]
    assert [p.name for p in found[0].parts] == ["Crimea", "Donetsk", "Luhansk"]


@pytest.mark.parametrize(
    ("text", "territories"),
    [
        (  # each taken at its own time
            "وسيطرت الحركة على غوما في يناير ثم على بوكافو في فبراير.",
            ["غوما", "بوكافو"],
        ),
    ],
)
def test_places_told_apart_by_a_time_are_claims_of_their_own(
    text: str, territories: list[str]
) -> None:
    found = claims_of(text)
    assert [c.territory.text for c in found] == territories
    assert all(c.parts == () for c in found)


def test_a_share_before_places_in_a_row_is_the_share_of_them_all() -> None:
    [claim] = claims_of("وتسيطر القوات على 70% من كسلا والقضارف.")
    assert (claim.territory.text, claim.share_percent) == ("كسلا والقضارف", 70.0)
    assert [p.text for p in claim.parts] == ["كسلا", "القضارف"]


@pytest.mark.parametrize(
    ("text", "territories"),
    [
        (
            'ويؤكد الجيش أن الجنينة وزالنجي ونيالا "جزء لا يتجزأ" من أراضي السودان.',
            ["الجنينة وزالنجي ونيالا"],
        ),
        ("ويقول البيان إن بادمي وزالامبيسا جزء من أراضي إريتريا.", ["بادمي وزالامبيسا"]),
        ("ويؤكد الجيش أن الفاشر ونيالا أرض سودانية.", ["الفاشر ونيالا"]),
    ],
)
def test_places_before_one_predicate_are_one_claim(text: str, territories: list[str]) -> None:
    """Places in a row that one sovereignty predicate is said of, singular or plural, are one
    territory and one claim (CONVENTIONS rule 2)."""
    found = [c for c in claims_of(text) if c.kind.value == "sovereignty_claim"]
    assert [normalize_text(c.territory.text) for c in found] == [
        normalize_text(t) for t in territories
    ]


@pytest.mark.parametrize(
    "text",
    [
        "ويعتبر القوميون المنطقة جزءاً تاريخياً من أراضيهم.",
        "وتؤكد الحكومة أن الإقليم جزء من ترابها الوطني.",
        "وتصر القيادات على أن المنطقة جزء من إقليمها.",
        "وتعتبر أثينا الجزيرة جزءاً من ترابها.",
        "ويقول الحزب إن الوادي جزء أصيل من أرضنا.",
    ],
)
def test_part_of_own_land_any_noun_and_owner(text: str) -> None:
    """A part of one's own land is a sovereignty claim over the subject whatever the noun of
    land (أراضي، أرض، تراب، إقليم), the owner's pronoun and an adjective of the part."""
    assert [c.kind.value for c in claims_of(text)] == ["sovereignty_claim"]


def test_part_of_something_else_is_no_claim() -> None:
    assert claims_of("وقال إن الاتفاق جزء من التزاماتها.") == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("وتطالب الجماعة بانسحاب القوات الأجنبية من مالي والنيجر.", [None]),
        ("وطالب المجلس بانسحاب المرتزقة من شمال مالي فوراً.", ["Mali"]),
        ("وتنتشر قوات فرنسية في بنين منذ عامين.", ["Benin"]),
        ("وقدمت الحكومة دعماً مالي للبلديات في الشمال.", []),
    ],
)
def test_short_country_after_a_preposition(text: str, names: list[str]) -> None:
    """A country whose short form is also a common word (مالي, "financial") is the country right
    after a preposition or a point of the compass, with no full mention before."""
    assert [c.territory.name for c in claims_of(text)] == names


@pytest.mark.parametrize(
    ("text", "territories"),
    [
        (
            "وطالبت الحكومة بانسحاب المتمردين من مدينة غوما والقرى المحيطة بها.",
            ["مدينة غوما والقرى المحيطة بها"],
        ),
        (
            "قال الوزير إن الجيش سيبقى في أبيي والشريط الحدودي لأجل غير مسمى.",
            ["أبيي والشريط الحدودي"],
        ),
        (
            "وطالب الوفد بانسحاب القوات من قاعدة الوطية، وكذلك من مدينة سرت والمنطقة المحيطة بها.",
            ["قاعدة الوطية", "مدينة سرت والمنطقة المحيطة بها"],
        ),
        (  # a set counted on its own is a territory of its own
            "وتطالب الحركة بانسحاب الجيش من مدينة الفاشر والبلدات الثلاث المجاورة.",
            ["مدينة الفاشر", "البلدات الثلاث المجاورة"],
        ),
        ("وتطالب الحركة بانسحاب الجيش من الفاشر ونيالا.", ["الفاشر ونيالا"]),
        (  # and so is one a relative clause tells of
            "وتطالب الحركة بانسحاب الجيش من مدينة الفاشر والبلدات التي دخلها العام الماضي.",
            ["مدينة الفاشر", "البلدات التي دخلها"],
        ),
    ],
)
def test_list_ending_in_described_territory_is_one_claim(text: str, territories: list[str]) -> None:
    """A named place and a territory told by its nouns after it (X والمنطقة المحيطة بها) are
    one coordinated territory (CONVENTIONS rule 2), as named places alone in a row are."""
    assert [c.territory.text for c in claims_of(text)] == territories


@pytest.mark.parametrize(
    "text",
    [
        "أعلن الرئيس انسحاب الولايات المتحدة من الاتفاق النووي.",
        "قالت الحكومة إنها سيطرت على أسعار الوقود.",
        "ضم النادي لاعباً جديداً.",
        "ستضطر واشنطن إلى الانسحاب من تلك المساعي.",
        "لم تسيطر القوات على المدينة.",
    ],
)
def test_no_claim(text: str) -> None:
    assert claims_of(text) == []


@pytest.mark.parametrize(
    ("text", "territory", "claimant"),
    [
        ("تعترف أرمينيا بوحدة أراضي أذربيجان بما فيها إقليم قره باغ.", "قره باغ", "AZ"),
        ("وأكدت دمشق أن الجولان المحتل أرض سورية.", "الجولان", "SY"),
    ],
)
def test_granted_recognition_and_land_of_a_demonym_are_sovereignty_claims(
    text: str, territory: str, claimant: str
) -> None:
    found = only(text)
    assert found.kind == "sovereignty_claim"
    assert _same(territory, found.territory.text), found.territory.text
    assert found.claimant is not None
    assert found.claimant.id == claimant


def test_demanded_recognition_stays_a_demand() -> None:
    found = only("وطالبت أذربيجان بأن تعترف أرمينيا بسيادتها على إقليم قره باغ.")
    assert found.kind in ("recognition_demand", "sovereignty_claim")
    assert only("طالب كورتي صربيا بالاعتراف باستقلال كوسوفو.").kind == "recognition_demand"


@pytest.mark.parametrize(
    ("text", "territory"),
    [
        ("قالت القوات إنها تحكم قبضتها على مدينة الفاشر.", "الفاشر"),
        ("تبسط الحكومة سلطتها على شمال كوسوفو.", "شمال كوسوفو"),
        ("تسيطر الجماعة على العاصمة صنعاء.", "صنعاء"),
    ],
)
def test_control_beyond_sitara(text: str, territory: str) -> None:
    found = only(text)
    assert found.kind == "control"
    assert _same(territory, found.territory.text), found.territory.text


def test_the_one_in_control_is_no_territory() -> None:
    assert claims_of("أعادت أرمينيا إلى باكو قرى كانت تحت سيطرتها منذ التسعينيات.") == []


def test_described_territory_after_a_named_one() -> None:
    """One claim over the coordinated territory as written (CONVENTIONS rule 2)."""
    found = claims_of("قال إن الجيش سيبقى في قمة جبل الشيخ والمنطقة العازلة.")
    assert [c.kind.value for c in found] == ["retention_demand"]
    assert _same("قمة جبل الشيخ والمنطقة العازلة", found[0].territory.text)


@pytest.mark.parametrize(
    ("text", "kind", "territory", "name"),
    [
        (  # a demonstrative and the noun of the city told in the sentence before
            "وسيطرت القوات على مدينة الفاشر في أكتوبر. وتطالب الحكومة بانسحابها من هذه المدينة.",
            "withdrawal_demand",
            "هذه المدينة",
            "El Fasher",
        ),
        (  # in the same sentence
            "وتسيطر الحركة على مدينة غوما منذ يناير، وترفض تسليم تلك المدينة.",
            "retention_demand",
            "تلك المدينة",
            "Goma",
        ),
        (  # the last noun phrase with that noun is the one meant
            "وتسيطر القوات على مدينة الفاشر، فيما يحاصر الجيش مدينة نيالا. وتطالب الحكومة "
            "بالانسحاب من هذه المدينة.",
            "withdrawal_demand",
            "هذه المدينة",
            "Nyala",
        ),
    ],
)
def test_a_demonstrative_noun_names_the_place_told_before_with_that_noun(
    text: str, kind: str, territory: str, name: str
) -> None:
    found = [c for c in claims_of(text) if c.kind == kind]
    assert len(found) == 1, [c.territory.text for c in found]
    assert normalize_text(found[0].territory.text) == normalize_text(territory)
    assert found[0].territory.name == name


@pytest.mark.parametrize(
    ("text", "name"),
    [  # told in another paragraph (an interview's question, then its answer), or a town
        # called a city: the last city named before it
        ("وتسيطر الجماعة على مدينة الفاشر.\nوترفض الجماعة الانسحاب من هذه المدينة.", "El Fasher"),
        ("وتسيطر الجماعة على بلدة تل تمر. وترفض الجماعة الانسحاب من هذه المدينة.", "Tal Tamr"),
    ],
)
def test_a_demonstrative_noun_names_the_last_city_told_before_it(text: str, name: str) -> None:
    found = [c for c in claims_of(text) if c.kind == "retention_demand"]
    assert [(normalize_text(c.territory.text), c.territory.name) for c in found] == [
        (normalize_text("هذه المدينة"), name)
    ]


@pytest.mark.parametrize(
    "text",
    [  # no city named before it; a capital named before is its government acting
        "وتسيطر الجماعة على مناطق واسعة.\nوترفض الجماعة الانسحاب من هذه المدينة.",
        "وقالت موسكو إن الجماعة ترفض الانسحاب من هذه المدينة.",
    ],
)
def test_a_demonstrative_noun_with_nothing_named_before_it_has_no_name(text: str) -> None:
    found = [c for c in claims_of(text) if c.kind == "retention_demand"]
    assert [(normalize_text(c.territory.text), c.territory.name) for c in found] == [
        (normalize_text("هذه المدينة"), None)
    ]


@pytest.mark.parametrize(
    ("text", "kind", "territory"),
    [
        ('وتسيطر الميليشيا على قرية "أم دافوق" منذ أسابيع.', "control", "أم دافوق"),
        (
            "ويطالب الجيش بانسحاب القوات من منطقة «تا كراباي» المتنازع عليها.",
            "withdrawal_demand",
            "تا كراباي",
        ),
        ("وسيطرت القوات على بلدة “القصير” الشهر الماضي.", "control", "القصير"),
    ],
)
def test_a_region_noun_with_its_name_in_quotes(text: str, kind: str, territory: str) -> None:
    """The quote after a region noun opens its name: the name is the territory (coders write
    it with the noun and the quotes, with the noun alone, or bare), not the noun alone."""
    found = only(text)
    assert found.kind == kind
    assert normalize_text(found.territory.text) == normalize_text(territory)


@pytest.mark.parametrize(
    "text",
    [  # quoted words said of the place, no name: the noun stays as read
        'وتريد إسرائيل البقاء في محور "إلى أجل غير مسمى".',
        "ويسيطر الجيش على مطار «بتكليف رسمي» من الحكومة.",
    ],
)
def test_quoted_words_that_are_no_name_after_a_region_noun(text: str) -> None:
    found = only(text)
    assert normalize_text(found.territory.text) in (normalize_text("محور"), normalize_text("مطار"))


@pytest.mark.parametrize(
    ("text", "territory"),
    [
        (
            "وتطالب أنقرة بانسحاب المسلحين من إقليم كردستان العراق ومن سنجار.",
            "إقليم كردستان العراق ومن سنجار",  # one claim (CONVENTIONS rule 2)
        ),
        (
            "وتقول بغداد إن الجيش التركي يحتفظ بعشرات القواعد في إقليم كردستان العراق.",
            "عشرات القواعد في إقليم كردستان العراق",
        ),
        ("وسيطرت القوات على مدينة الفاشر السودانية.", "مدينة الفاشر"),  # a demonym
    ],
)
def test_a_country_right_after_a_place_is_part_of_its_name(text: str, territory: str) -> None:
    found = claims_of(text)[0]
    assert normalize_text(found.territory.text) == normalize_text(territory)


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("يتمركز نحو 30 ألف جندي أجنبي في الشمال. ونحن نطالب بانسحابهم.", "الشمال"),
        ("وتتمركز وحدات أجنبية في الجنوب منذ سنوات. وتطالب الحكومة بسحبها.", "الجنوب"),
    ],
)
def test_forces_told_in_a_region_of_the_country_withdraw_from_it(text: str, region: str) -> None:
    """A pronoun of forces withdrawn names where they were told to be, also a region of the
    country told by a direction with the article."""
    found = [c for c in claims_of(text) if c.kind == "withdrawal_demand"]
    assert [normalize_text(c.territory.text) for c in found] == [normalize_text(region)]


def test_holding_on_to_control_is_retention_and_the_occupier_no_claim() -> None:
    found = only("تتمسك إسرائيل بالسيطرة الأمنية على محور فيلادلفيا.")
    assert found.kind == "retention_demand"
    assert claims_of("طالبت الحركة بانسحاب قوات الاحتلال إلى الحدود.") == []


def test_a_relative_clause_with_no_pronoun() -> None:
    found = claims_of("وتقع ثماني قرى أذربيجانية تحتلها أرمينيا على طول الحدود.")
    assert ("control", "قرى أذربيجانية") in [(c.kind.value, c.territory.text) for c in found]
    # on the place a demand is about, it only says which land is meant (CONVENTIONS rule 18)
    found = claims_of("تطالب باكو بإعادة ثماني قرى أذربيجانية تحتلها أرمينيا.")
    assert [c.kind.value for c in found] == ["withdrawal_demand"]


def test_counted_forces_before_the_territory_left() -> None:
    found = only("وتطالب الحكومة بانسحاب نحو 40 ألف جندي تركي من الشطر الشمالي.")
    assert (found.kind.value, found.territory.text) == ("withdrawal_demand", "الشطر الشمالي")


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a noun of land after a preposition, a quantifier, a verb of a claim or its subject
        ("وقالت دمشق إن القوات توغلت في أراض سورية جديدة.", [("control", "أراض سورية")]),
        ("واتهمت الخرطوم أديس أبابا بضم أراض سودانية.", [("annexation", "أراض سودانية")]),
        ("وتحتل إسرائيل أراضي سورية منذ عام 1967.", [("control", "أراضي سورية")]),
        (
            "وتطالب مقديشو بانسحاب القوات الكينية من أراض صومالية.",
            [("withdrawal_demand", "أراض صومالية")],
        ),
        ("ونفت إثيوبيا وجود قواتها على أراض سودانية.", []),
        # the predicate after its subject stays one
        ("وتؤكد بكين أن الجزر أراض صينية.", [("sovereignty_claim", "الجزر")]),
        ("وتعتبر نيودلهي كشمير أرضاً هندية.", [("sovereignty_claim", "كشمير")]),
    ],
)
def test_a_noun_of_land_that_is_an_object_is_no_predicate(
    text: str, expected: list[tuple[str, str]]
) -> None:
    found = claims_of(text)
    assert len(found) == len(expected), [(c.kind.value, c.territory.text) for c in found]
    for claim, (kind, territory) in zip(found, expected, strict=True):
        assert claim.kind == kind
        assert _same(territory, claim.territory.text), claim.territory.text


@pytest.mark.parametrize(
    "text",
    [
        "وتنفي أرمينيا احتلال أي أراض أذربيجانية.",
        "ونفى المتحدث سيطرة المتمردين على مدينة كيدال.",
        "وينفي الجيش أن تكون قواته تحتل أي أجزاء من البلدة.",
        "وتنفي موسكو نيتها ضم مقاطعة خاركيف.",
        "وأنكرت الحركة استيلاءها على مطار المدينة.",
    ],
)
def test_a_denied_control_or_annexation_is_no_claim(text: str) -> None:
    assert claims_of(text) == []


def test_a_verb_joined_after_a_denial_is_a_claim_of_its_own() -> None:
    found = only("وتنفي الحكومة الاتهامات وتسيطر على مدينة كيدال منذ أشهر.")
    assert (found.kind.value, found.territory.name) == ("control", "Kidal")


@pytest.mark.parametrize(
    ("text", "sovereignty"),
    [
        ("ويسيطر الجيش المغربي على نحو 80% من أراضي الصحراء الغربية.", []),
        ("وتنتشر قوات رواندية على أراضي جمهورية الكونغو الديمقراطية.", []),
        ("وتتوغل القوات الشمالية في أراضي كوريا الجنوبية.", []),
        ("وتؤكد أسمرة أن ميناء عصب أرض إريترية.", ["ميناء عصب"]),
        ("وتؤكد الخرطوم أن حلايب أرض سودانية.", ["حلايب"]),
    ],
)
def test_a_country_named_with_a_definite_adjective_after_a_land_noun_owns_it(
    text: str, sovereignty: list[str]
) -> None:
    """أراضي كوريا الجنوبية: a construct, the country owns the land; no predicate demonym (أرض
    إريترية) whose subject before it would be claimed."""
    found = [c for c in claims_of(text) if c.kind == "sovereignty_claim"]
    assert [normalize_text(c.territory.text) for c in found] == [
        normalize_text(t) for t in sovereignty
    ]


@pytest.mark.parametrize(
    ("text", "territories"),
    [
        ("أكد الوزير أن الجولان سورية.", ["الجولان"]),
        ("قال البيان إن الإقليم صربي.", ["الإقليم"]),
        ("تؤكد موسكو أن القرم ودونيتسك روسية.", ["القرم ودونيتسك"]),  # one claim of both
        ("زار الوزير الأراضي الأوكرانية.", []),  # an adjective, with the article: no predicate
        ("وقالت إن المدينة سيبقى جزءاً من أوكرانيا.", ["المدينة"]),
        ("وقالت إن الاتفاق جزء من التسوية.", []),  # a part of no country
    ],
)
def test_a_demonym_or_a_part_of_a_country_as_predicate(text: str, territories: list[str]) -> None:
    found = [c for c in claims_of(text) if c.kind == "sovereignty_claim"]
    assert len(found) == len(territories), [c.territory.text for c in found]
    for claim, territory in zip(found, territories, strict=True):
        assert _same(territory, claim.territory.text)


@pytest.mark.parametrize(
    ("text", "territory"),
    [
        ("تسيطر القوات، بحسب مصادر محلية، على مدينة الفاشر.", "الفاشر"),
        ("تسيطر قوات الأمن الخاصة التابعة للحكومة فعلياً على المنطقة الحدودية.", "المنطقة الحدودية"),
        ("تسيطر الحركة على ثلاث من مقاطعات الإقليم.", "مقاطعات الإقليم"),
        ("تحدث عن إقليم دارفور، الذي فرضت القوات السيطرة عليه العام الماضي.", "إقليم دارفور"),
    ],
)
def test_control_past_a_parenthetical_a_long_subject_a_count_and_a_comma(
    text: str, territory: str
) -> None:
    claim = only(text)
    assert claim.kind == "control"
    assert _same(territory, claim.territory.text)


def test_a_share_after_a_subject_that_is_no_entity() -> None:
    claim = only("وتسيطر جماعة المعارضة على نحو 30 في المئة من أراضي البلاد.")
    assert (claim.kind, claim.share_percent) == ("control", 30.0)


@pytest.mark.parametrize(
    ("text", "kind", "territory"),
    [
        ("ترفض القوات مغادرة مواقعها في الشمال.", "retention_demand", "مواقعها"),
        ("أكدت الحكومة أنها لن تسحب جنودها من الإقليم.", "retention_demand", "الإقليم"),
        ("جددت الدولة تأكيد سيادتها على جزرها الثلاث.", "sovereignty_claim", "جزرها الثلاث"),
    ],
)
def test_nouns_and_forces_with_a_possessive(text: str, kind: str, territory: str) -> None:
    claim = only(text)
    assert claim.kind == kind
    assert _same(territory, claim.territory.text)


def test_land_in_the_accusative_and_forces_named_at_length() -> None:
    assert only("واعتبر الرئيس الإقليم أرضاً سورية.").kind == "sovereignty_claim"
    claim = only('تطالب الجماعة بانسحاب ما تسميه "قوات الاحتلال" من مدينة الحديدة.')
    assert (claim.kind, claim.territory.name is not None) == ("withdrawal_demand", True)


def test_an_included_part_ends_the_territory_phrase() -> None:
    claim = only("أكد الرئيس أن بلاده استعادت السيطرة على كامل أراضيها بما فيها الإقليم الجنوبي.")
    assert (claim.kind, claim.share_percent) == ("control", 100.0)
    assert _same("أراضيها", claim.territory.text)
    assert "الجنوبي" not in claim.territory.text


def test_forces_deployed_in_a_territory_and_a_resumptive_pronoun() -> None:
    claim = only("يلزم الاتفاق الجيش بسحب جنوده المتمركزين في المنطقة الحدودية.")
    assert (claim.kind, claim.territory.text) == ("withdrawal_demand", "المنطقة الحدودية")
    claim = only("تحدث عن إقليم الشمال، الذي تسيطر الجماعة على معظم مناطقه.")
    assert claim.kind == "control"
    assert _same("إقليم الشمال", claim.territory.text)


@pytest.mark.parametrize(
    ("text", "kind", "territory"),
    [
        ("وأكد الوزير أن الجولان سيبقى عربياً سورياً.", "sovereignty_claim", "الجولان"),
        ("قالت الحركة إنها لن تسلم المناطق الخاضعة لها.", "retention_demand", "المناطق"),
        (
            "تحدث عن الجزر التي تطالب بها الإمارات، وتعتبرها إيران جزءاً من أراضيها.",
            "sovereignty_claim",
            "الجزر",
        ),
    ],
)
def test_copulas_handing_over_and_a_considered_pronoun(
    text: str, kind: str, territory: str
) -> None:
    claim = only(text)
    assert claim.kind == kind
    assert _same(territory, claim.territory.text)


def test_a_direction_before_a_country_is_no_predicate() -> None:
    assert [c.kind for c in claims_of("سيطر الجيش على بلدة في منطقة دونيتسك شرقي أوكرانيا.")] == [
        "control"
    ]


def test_since_a_year_and_a_measured_area_before_the_territory() -> None:
    claim = only("قالت إن الجيش يحتل منذ عام 2020 نحو خمسين كيلومتراً مربعاً من الأراضي الحدودية.")
    assert claim.kind == "control"
    assert _same("الأراضي الحدودية", claim.territory.text)


def test_a_pronoun_subject_is_not_the_speaker_before_it() -> None:
    assert claims_of("وتؤكد موسكو أنها أصبحت جزءاً من روسيا.") == []


def test_a_withdrawal_under_way_is_no_demand() -> None:
    assert claims_of("أعلنت الجماعة بدء سحب مقاتليها من الأراضي الحدودية.") == []


def test_a_pronoun_names_a_counted_noun_nearer_than_a_place() -> None:
    text = "وتطالب دمشق بثلاث قرى سورية أخرى تقول إن إسرائيل تحتلها."
    [claim] = [c for c in claims_of(text) if c.kind == "control"]
    assert _same("ثلاث قرى سورية", claim.territory.text)


def test_any_occupation_is_none() -> None:
    assert claims_of("نفت الحكومة أي نية لإعادة احتلال المنطقة الحدودية.") == []


def test_an_accusative_adverb_before_the_territory() -> None:
    claim = only("وصفت الخطوة بأنها ضم رسمياً للأراضي الحدودية.")
    assert claim.kind == "annexation"


def test_dual_region_nouns() -> None:
    claim = only("بسطت الجماعة سيطرتها على محافظتي الشمال والشرق.")
    assert (claim.kind, _same("محافظتي الشمال", claim.territory.text)) == ("control", True)


def test_weapons_withdrawn_are_no_territorial_withdrawal() -> None:
    assert claims_of("اتفقا على سحب الأسلحة الثقيلة من المناطق الحدودية.") == []
    assert only("طالبت بسحب القوات من المناطق الحدودية.").kind == "withdrawal_demand"


# -- golden cases ------------------------------------------------------------------------


def _matches(expected: dict[str, Any], record: TerritoryClaim, text: str) -> bool:
    where = text.find(expected["evidence"])
    assert where >= 0, f"evidence not in the input: {expected['evidence']!r}"
    if not (
        record.evidence.start < where + len(expected["evidence"]) and where < record.evidence.end
    ):
        return False
    for key, value in expected.items():
        if key == "territory":
            if not (_same(value, record.territory.text) or value == record.territory.name):
                return False
        elif key == "claimant":
            if record.claimant is None or record.claimant.id != value:
                return False
        elif (
            key != "evidence"
            and getattr(getattr(record, key), "value", getattr(record, key)) != value
        ):
            return False
    return True


@pytest.mark.parametrize("path", case_params("territory"))
def test_golden_case(path: Path) -> None:
    case = json.loads(path.read_text(encoding="utf-8"))
    found = claims_of(case["input"])
    assert_case_found(case, found, _matches)


# -- properties ----------------------------------------------------------------------------

ARTICLE = (
    "وتطالب الحكومة بانسحاب قوات الدعم السريع من مدينة الفاشر، فيما ترفض القوات الانسحاب "
    "من العاصمة. وتسيطر القوات على نحو 40% من الأراضي السودانية."
)


def _keys(found: list[TerritoryClaim]) -> list[tuple[Any, ...]]:
    return [
        (c.kind, normalize_text(c.territory.text).replace(" ", ""), c.share_percent) for c in found
    ]


@given(st.data())
def test_same_records_under_diacritics_and_tatweel(data: st.DataObject) -> None:
    noisy = data.draw(with_noise(ARTICLE))
    assert _keys(claims_of(noisy)) == _keys(claims_of(ARTICLE))


@given(st.sampled_from(["40", "٤٠", "۴۰"]))
def test_same_records_under_digit_script(number: str) -> None:
    assert _keys(claims_of(ARTICLE.replace("40", number))) == _keys(claims_of(ARTICLE))


@given(st.sampled_from(["و", "ف", ""]))
def test_same_records_under_a_conjunction_clitic(clitic: str) -> None:
    text = f"قال المتحدث إن الوضع صعب، {clitic}سيطرت القوات على مدينة الفاشر."
    assert [(c.kind.value, c.territory.name) for c in claims_of(text)] == [("control", "El Fasher")]


@given(st.text(alphabet="ابتثجحخدذرزسشصضطظعغفقكلمنهوي ،.\n0123456789%", max_size=300))
def test_spans_inside_the_document(text: str) -> None:
    for found in claims_of(text):
        assert 0 <= found.evidence.start <= found.evidence.end <= len(text)
        assert 0 <= found.territory.span.start <= found.territory.span.end <= len(text)


def test_a_quantifier_among_the_words_before_a_kept_territory() -> None:
    found = only("وقال الوزير إن بلاده ستحتفظ بالسيطرة الأمنية على كامل الشريط الحدودي.")
    assert found.kind == "retention_demand"
    assert _same("كامل الشريط الحدودي", found.territory.text)


# -- where a described territory ends ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "territory"),
    [
        ("وأعلنت روسيا ضم أربع مقاطعات أوكرانية في سبتمبر 2022.", "أربع مقاطعات أوكرانية"),
        ("وكانت صربيا قد أعلنت ضم ثلاث مناطق عام 2020.", "ثلاث مناطق"),
        ("ويطالب الفلسطينيون بانسحاب إسرائيل إلى حدود عام 1967.", "حدود عام 1967"),
        ('وقال: "على القوات الأجنبية أن تغادر الأراضي الليبية فوراً".', "الأراضي الليبية"),
        ("وشدد على أن الجيش لن يتخلى عن أراضي الإقليم الشمالي نهائياً.", "أراضي الإقليم الشمالي"),
        ("وتطالب الحركة بانسحاب الجيش من المدن الشمالية وإطلاق سراح المعتقلين.", "المدن الشمالية"),
        ("وقال إن الميليشيات تحتل المدن الشمالية وتقتل المدنيين.", "المدن الشمالية"),
        ("وتسيطر الحركة على مساحات واسعة من الإقليم.", "مساحات واسعة من الإقليم"),
        ("وتعتبر موسكو أن المقاطعات الأربع باتت جزءاً من روسيا.", "المقاطعات الأربع"),
        ("ودعا إلى الانسحاب من الأراضي الليبية دون تأخير.", "الأراضي الليبية"),
        ("ويتمسك الجيش بمدينة الفاشر رغم الحصار.", "مدينة الفاشر"),
        ("ويحتفظ الجيش بخمس تلال في الجنوب.", "خمس تلال في الجنوب"),
    ],
)
def test_a_date_or_adverb_is_no_part_of_a_described_territory(text: str, territory: str) -> None:
    assert only(text).territory.text == territory


@pytest.mark.parametrize(
    ("text", "territory"),
    [
        ("وكان الجيش قد احتل مدينة كسلا في يناير الماضي.", "مدينة كسلا"),
        ("واحتلت روسيا مدينة باخموت في مايو 2023.", "مدينة باخموت"),
        ("وقد سيطر المتمردون في العام الماضي على مدينة غوما.", "مدينة غوما"),
    ],
)
def test_a_preposition_after_the_object_opens_no_subject(text: str, territory: str) -> None:
    claim = only(text)
    assert claim.kind == "control"
    assert _same(territory, claim.territory.text)


@pytest.mark.parametrize(
    ("text", "territory", "share"),
    [
        ("وفي الأثناء استعاد الجيش نحو 60% من ولاية سنار.", "ولاية سنار", 60.0),
        ("واستعادت أوكرانيا مدينة خيرسون في نوفمبر 2022.", "مدينة خيرسون", None),
        ("واستعادت القوات الحكومية بلدات في إقليم شبيلي السفلى.", "إقليم شبيلي السفلى", None),
    ],
)
def test_regaining_land_is_control(text: str, territory: str, share: float | None) -> None:
    claim = only(text)
    assert (claim.kind, claim.share_percent) == ("control", share)
    assert _same(territory, claim.territory.text)


@pytest.mark.parametrize(
    "text",
    [
        "واستعادت كييف جثامين 500 جندي في عملية التبادل.",
        "واستعادت موسكو 300 أسير من الجانب الآخر.",
        "واستعاد الفريق صدارة الدوري بعد الفوز.",
    ],
)
def test_regaining_what_is_no_land_is_no_claim(text: str) -> None:
    assert claims_of(text) == []


def test_regaining_control_is_read_once() -> None:
    claim = only("واستعاد الجيش السيطرة الكاملة على ولاية سنار.")
    assert (claim.kind, claim.share_percent) == ("control", 100.0)


def test_a_preposition_of_a_part_goes_on_the_territory() -> None:
    found = claims_of("وتحتل القوات كذلك الجزء الجنوبي من بلدة كسلا.")
    assert [c.kind for c in found] == ["control"]
    assert _same("بلدة كسلا", found[0].territory.text)


@pytest.mark.parametrize(
    ("text", "share"),
    [
        ("وتقول الحكومة إن الحركة تنتشر في نحو 20% من مساحة الإقليم.", 20.0),
        ("ويقول الجيش إن الجماعة ما زالت تنتشر في نحو 15% من قرى ولاية كردفان.", 15.0),
    ],
)
def test_deploying_over_a_share_of_land_is_control(text: str, share: float) -> None:
    claim = only(text)
    assert (claim.kind, claim.share_percent) == ("control", share)


@pytest.mark.parametrize(
    "text",
    [
        "وقال إن قوات حفظ السلام تنتشر في نحو 10% من مساحة الإقليم.",
        "وتنتشر قوات دولية في نحو 10% من مساحة الإقليم.",
        "وينتشر المرض في نحو 30% من مناطق البلاد.",
    ],
)
def test_deploying_of_no_side_is_no_control(text: str) -> None:
    assert claims_of(text) == []


def test_a_noun_in_construct_before_the_territory_carries_no_pronoun() -> None:
    claim = only("فالجيش، الذي يسيطر على ما يقارب 60% من مساحة الإقليم، يرفض الهدنة.")
    assert (claim.kind, claim.share_percent) == ("control", 60.0)
    assert "الإقليم" in normalize_text(claim.territory.text) or _same(
        "الاقليم", claim.territory.text
    )
    assert "الجيش" not in claim.territory.text


def test_a_pronoun_after_the_territory_noun_names_the_relative_head() -> None:
    claim = only("تحدث عن ولاية كاشين، التي بات يسيطر على 10 من أصل 18 بلدة فيها.")
    assert claim.kind == "control"
    assert _same("ولاية كاشين", claim.territory.text)


def test_the_head_of_a_relative_is_not_sought_past_a_complementizer() -> None:
    text = "وقال رئيس الاتحاد المصري لكرة اليد إن المكانة التي تحتلها البطولة كبيرة."
    assert claims_of(text) == []


def test_a_plant_is_a_territory() -> None:
    claim = only("وتطالب الحكومة بانسحاب المسلحين من محطة كهرباء سنار.")
    assert claim.kind == "withdrawal_demand"
    assert _same("محطة كهرباء سنار", claim.territory.text)


@pytest.mark.parametrize(
    "text",
    [
        "ورفض الرئيس الأوكراني فولوديمير زيلينسكي مجدداً التخلي عن إقليم خيرسون.",
        "وترفض الحكومة السودانية مجدداً الانسحاب من مدينة الفاشر.",
    ],
)
def test_a_refusal_governs_across_its_subject(text: str) -> None:
    assert only(text).kind == "retention_demand"


def test_a_dual_after_a_noun_of_land_names_one_territory() -> None:
    claim = only("وتطالب موسكو بانسحاب القوات الأوكرانية من كامل أراضي منطقتي خيرسون وزابوريجيا.")
    assert claim.kind == "withdrawal_demand"
    assert _same("أراضي منطقتي خيرسون وزابوريجيا", claim.territory.text)


def test_a_pronoun_names_the_territory_of_the_sentence_before() -> None:
    text = (
        "وتسيطر القوات الإريترية على منطقة بادمي منذ 2000. "
        "وتطالب الحكومة بانسحاب القوات الإريترية منها."
    )
    found = claims_of(text)
    assert [c.kind for c in found] == ["control", "withdrawal_demand"]
    assert _same("منطقة بادمي", found[1].territory.text)
    assert "2000" not in text[found[1].evidence.start : found[1].evidence.end]


def test_a_pronoun_reaches_no_territory_of_another_paragraph() -> None:
    text = "وتسيطر القوات الإريترية على منطقة بادمي.\nوتطالب الحكومة بانسحاب القوات منها."
    assert [c.kind for c in claims_of(text)] == ["control"]


def test_a_place_after_a_noun_of_forces_is_no_antecedent() -> None:
    text = (
        "تظل منطقة الشمال، التي تسيطر عليها قوات كردفان منذ 2020، قلب الخلاف. "
        "وتطالب الحكومة بانسحاب تلك القوات منها."
    )
    found = [c for c in claims_of(text) if c.kind == "withdrawal_demand"]
    assert len(found) == 1
    assert _same("منطقة الشمال", found[0].territory.text)


def test_a_named_territory_before_since_is_the_object_not_a_subject() -> None:
    found = claims_of("وتحتل روسيا القرم منذ 2014 وأعلنت ضمها.")
    assert [(c.kind, c.territory.name) for c in found] == [
        ("control", "Crimea"),
        ("annexation", "Crimea"),
    ]


@pytest.mark.parametrize(
    ("text", "territory"),
    [
        ("وقال إن الجيش توغل في قرى ريف القنيطرة الأسبوع الماضي.", "قرى ريف القنيطرة"),
        ("وأكد المسؤول أن القوات توغلت داخل المنطقة العازلة.", "المنطقة العازلة"),
    ],
)
def test_entering_land_is_control(text: str, territory: str) -> None:
    claim = only(text)
    assert claim.kind == "control"
    assert _same(territory, claim.territory.text)


def test_an_incursion_told_by_its_noun_is_no_control() -> None:
    assert claims_of("وتحدث التقرير عن التوغل الأوكراني في المقاطعة.") == []


def test_a_time_phrase_after_who_hands_over_land() -> None:
    claim = only("وسلّمت صربيا في يونيو 2023 ثلاث قرى حدودية في وادي بريشيفو إلى كوسوفو.")
    assert (claim.kind, claim.claimant and claim.claimant.name) == ("control", "Kosovo")
    assert _same("ثلاث قرى حدودية", claim.territory.text)


@pytest.mark.parametrize(
    "text",
    [
        # who hands before the verb, who receives right after it (two objects)
        "وكانت صربيا قد سلّمت كوسوفو في يونيو 2023 ثلاث قرى حدودية في وادي بريشيفو.",
        # a verb of receiving: its subject receives
        "وتسلّمت كوسوفو ثلاث قرى حدودية في وادي بريشيفو بعد الاتفاق.",
    ],
)
def test_land_handed_over_is_held_by_who_receives_it(text: str) -> None:
    claim = only(text)
    assert (claim.kind, claim.claimant and claim.claimant.name) == ("control", "Kosovo")
    assert _same("ثلاث قرى حدودية", claim.territory.text)


def test_a_place_received_is_no_receiver() -> None:
    """تسلّمت قاعدة X: the base is what is received, no one who holds land after it."""
    assert claims_of("وقالت الوزارة إن الكتيبة تسلّمت قاعدة بغرام في ولاية بروان.") == []


def test_keeping_told_with_a_time_before_its_object_is_a_control() -> None:
    claim = only("وتحتفظ تركيا منذ صيف 2019 بثلاث قواعد عسكرية داخل الأراضي العراقية.")
    assert (claim.kind, claim.claimant and claim.claimant.name) == ("control", "Türkiye")
    assert _same("ثلاث قواعد عسكرية داخل الأراضي العراقية", claim.territory.text)


@pytest.mark.parametrize(
    ("text", "territory"),
    [
        ("ولا يسيطر الجيش الحكومي سوى على نحو 30% من أراضي الإقليم.", "أراضي الإقليم"),
        ("وقال المحلل إن الحكومة لا تسيطر إلا على العاصمة ومحيطها.", "العاصمة ومحيطها"),
    ],
)
def test_a_negated_control_with_an_exception_tells_what_is_held(text: str, territory: str) -> None:
    claim = only(text)
    assert claim.kind == "control"
    assert _same(territory, claim.territory.text)


def test_forces_whose_withdrawal_is_demanded_are_told_where_they_deploy() -> None:
    """انسحاب الجنود الذين تقول إنهم ينتشرون في X: X is the territory to be left."""
    claim = only("وتطالب الحكومة بانسحاب نحو ألفي جندي أجنبي تقول إنهم ينتشرون في إقليم الشمال.")
    assert claim.kind == "withdrawal_demand"
    assert _same("إقليم الشمال", claim.territory.text)


def test_a_recognition_of_a_clause_is_an_admission_of_no_land() -> None:
    """اعترف X بأن …: "admitted that", a country in the subject is recognised as nothing."""
    assert claims_of("واعترف قائد منتخب باكستان بأن فريقه أخطأ كثيراً في الشوط الثاني.") == []


def test_a_stronghold_kept_is_retained() -> None:
    claim = only("وأكدت الجماعة أنها ستحتفظ بمعقلها في بلدة كيدال.")
    assert claim.kind == "retention_demand"
    assert _same("بلدة كيدال", claim.territory.text)


def test_a_pronoun_of_control_names_a_place_of_the_sentence_before() -> None:
    found = claims_of(
        "وتحدث الوزير عن إقليم كشمير. وقال إن الهند فرضت السيطرة الكاملة عليه منذ 2019."
    )
    assert [(c.kind, c.territory.name) for c in found] == [("control", "Kashmir")]
    assert _same("إقليم كشمير", found[0].territory.text)


def test_a_pronoun_of_control_reaches_no_other_paragraph() -> None:
    text = "وتحدث الوزير عن إقليم كشمير.\nوقال إن الهند فرضت السيطرة الكاملة عليه منذ 2019."
    assert claims_of(text) == []


def test_a_pronoun_held_by_no_state_names_nothing_of_the_sentence_before() -> None:
    text = "وتحدث الوزير عن إقليم كشمير. وقال المدرب إن النادي ضمه إلى الفريق."
    assert claims_of(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "وأكد البيان ضرورة مغادرة جميع المقاتلين الأجانب والمرتزقة الأراضي السودانية.",
        "وطالب المجلس بمغادرة المقاتلين الأجانب الأراضي السودانية.",
    ],
)
def test_a_broken_plural_adjective_of_the_forces_left(text: str) -> None:
    claim = only(text)
    assert (claim.kind, claim.territory.text) == ("withdrawal_demand", "الأراضي السودانية")


def test_a_demand_told_again_with_its_preposition_after_a_comma() -> None:
    claim = only(
        "وتطالب الحكومة بتجميد القتال على الخطوط الحالية، وبإعادة مطار كابول إلى السيطرة الأفغانية."
    )
    assert claim.kind == "withdrawal_demand"
    assert _same("مطار كابول", claim.territory.text)


def test_a_return_after_a_comma_with_no_demand_is_none() -> None:
    text = "وتحدث الوزير عن الخطوط الحالية، وبإعادة مطار كابول إلى السيطرة الأفغانية تنتهي الأزمة."
    assert claims_of(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "ويتمركز نحو 30 ألف جندي روسي في إقليم ترانسنيستريا. ونحن نطالب بانسحابهم.",
        "وما زالت وحدات روسية تنتشر في إقليم ترانسنيستريا، وتصر مولدوفا على انسحابها الكامل.",
    ],
)
def test_the_withdrawal_of_those_told_to_hold_a_place(text: str) -> None:
    found = [c for c in claims_of(text) if c.kind == "withdrawal_demand"]
    assert len(found) == 1
    assert found[0].territory.name == "Transnistria"


def test_the_withdrawal_of_one_told_to_hold_nothing_is_none() -> None:
    assert claims_of("وعقد الحزب مؤتمره في مدينة حلب. وطالب الرئيس بانسحابه.") == []


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("وتطالب الهند الصين باعتراف رسمي بخط ماكماهون حدوداً دولية نهائية.", "خط ماكماهون"),
        ("وتطالب إسرائيل لبنان بالاعتراف بالخط الأزرق حدوداً نهائية بين البلدين.", "الخط الأزرق"),
    ],
)
def test_a_line_demanded_recognised_as_a_border(text: str, line: str) -> None:
    claim = only(text)
    assert (claim.kind, claim.territory.text) == ("recognition_demand", line)


@pytest.mark.parametrize(
    "text",
    [
        "وترفض كابل الاعتراف بخط ماكماهون حدوداً دولية.",  # refused, demanded by none
        "وتطالب روسيا بالاعتراف بخطوط التماس الحالية.",  # a line recognised as nothing said
        "وطالب الوزير بالاعتراف بخط أحمر للمفاوضات.",
    ],
)
def test_a_line_recognised_as_no_border_is_none(text: str) -> None:
    assert [c for c in claims_of(text) if c.kind == "recognition_demand"] == []


@pytest.mark.parametrize(
    ("text", "land"),
    [
        (
            "وتطالب الحركة بالاعتراف بـ«جمهورية الريف» دولةً مستقلة على كامل تراب الإقليم.",
            "كامل تراب الإقليم",
        ),
        (
            'وتطالب الجبهة الدول الأفريقية بالاعتراف بـ"جمهورية أزواد" كدولة على كامل أراضي'
            " الإقليم الشمالي.",
            "كامل أراضي الإقليم الشمالي",
        ),
        (
            "وتطالب تيراسبول مولدوفا بالاعتراف بها دولة مستقلة ذات سيادة على كامل أراضيها.",
            "كامل أراضيها",
        ),
    ],
)
def test_a_state_recognised_over_a_land_claims_that_land(text: str, land: str) -> None:
    """الاعتراف بـ X دولةً (مستقلة، ذات سيادة) على Y: what is to be recognised is the state's
    hold over Y, the land after على; the state's name is not the territory."""
    claim = only(text)
    assert claim.kind == "recognition_demand"
    assert _same(land, claim.territory.text), claim.territory.text
    assert normalize_text(claim.territory.text).startswith(normalize_text("كامل"))


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("وتطالب الحركة بالاعتراف بـ«جمهورية الريف» دولةً مستقلة.", "جمهورية الريف"),
        ("تطالب بريشتينا صربيا بالاعتراف بها دولة مستقلة على أساس قرار المحكمة.", "بها"),
    ],
)
def test_a_state_recognised_over_no_land_keeps_the_state(text: str, state: str) -> None:
    """With no على and a territory after the words of statehood (or على أساس, no land), the
    state itself stays the territory of the recognition."""
    claim = only(text)
    assert (claim.kind, claim.territory.text) == ("recognition_demand", state)


@pytest.mark.parametrize(
    ("text", "territory"),
    [
        (
            "تحتل تركيا مدينتي عفرين وجرابلس، وقال الوزير إن على تركيا سحب قواتها منهما.",
            "مدينتي عفرين وجرابلس",
        ),
        (
            "وأكد الجيش أن على المسلحين إعادة القرى التي سيطروا عليها في الشمال.",
            "القرى التي سيطروا عليها",
        ),
    ],
)
def test_a_duty_told_by_ala_and_a_verbal_noun_is_demanded(text: str, territory: str) -> None:
    """إن على X سحب قواتها منهما، أن على المسلحين إعادة القرى: على opening its clause, a side
    or forces after it, then a verbal noun with no أن: what X must do, a withdrawal demand."""
    demands = [c for c in claims_of(text) if c.kind == "withdrawal_demand"]
    assert len(demands) == 1, [(c.kind, c.territory.text) for c in claims_of(text)]
    assert _same(territory, demands[0].territory.text), demands[0].territory.text


@pytest.mark.parametrize(
    "text",
    [
        # على the preposition of the verb before it, a noun of time after it: no duty
        "واتفق الطرفان على الأسرى وعلى توقيت إعادة البلدات التي سيطروا عليها.",
        "وتتولى اللجنة الإشراف على عملية تسليم المواقع في منطقة الحدود.",
    ],
)
def test_ala_as_a_preposition_before_a_verbal_noun_makes_no_demand(text: str) -> None:
    assert [c for c in claims_of(text) if c.kind == "withdrawal_demand"] == []


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("وقال إن نيودلهي لن تقبل بأقل من عودة القوات الصينية إلى خطوط عام 2020.", "خطوط عام 2020"),
        ("وتطالب جورجيا بعودة القوات الروسية إلى ما وراء حدود عام 2008.", "حدود عام 2008"),
        ("ويجب أن تعود القوات الأرمينية إلى خطوط وقف إطلاق النار.", "خطوط وقف إطلاق النار"),
    ],
)
def test_forces_going_back_to_a_line_is_a_withdrawal_demand(text: str, line: str) -> None:
    claim = only(text)
    assert claim.kind == "withdrawal_demand"
    assert _same(line, claim.territory.text)


@pytest.mark.parametrize(
    "text",
    [
        "وعادت القوات الهندية إلى خطوط عام 2020 الأسبوع الماضي.",  # told, no demand
        "ولن تعود القوات الصينية إلى خطوط عام 2020.",
        "وتطالب الحكومة بعودة النازحين إلى قراهم في إقليم دارفور.",  # no line
        "وتطالب الحكومة بعودة اللاجئين من الأراضي اللبنانية.",
        "ودعا الوسطاء الطرفين إلى العودة إلى طاولة المفاوضات.",
    ],
)
def test_a_going_back_told_or_to_no_line_is_none(text: str) -> None:
    assert claims_of(text) == []


def test_going_back_joined_to_a_withdrawal_is_where_that_one_goes() -> None:
    found = claims_of(
        "وتطالب نيودلهي بانسحاب القوات الصينية من وادي غالوان، والعودة إلى خطوط عام 2020."
    )
    assert [(c.kind, c.territory.text) for c in found] == [("withdrawal_demand", "وادي غالوان")]


@pytest.mark.parametrize(
    "text",
    [
        "وقال الوزير إن الانسحاب من مدينة كادوقلي غير مطروح في هذه المرحلة.",
        "وأكد المتحدث أن الانسحاب من المناطق الحدودية خط أحمر.",
        "وقال إنه لن يكون هناك انسحاب من مدينة كادوقلي.",
        "ورفض الوزير أي حديث عن الخروج من مدينة كادوقلي.",
        "وقال القائد إن لا حديث عن الانسحاب من مدينة كادوقلي.",
    ],
)
def test_a_dismissed_withdrawal_is_a_retention_demand(text: str) -> None:
    claim = only(text)
    assert claim.kind == "retention_demand"
    assert _same("كادوقلي", claim.territory.text) or _same("المناطق الحدودية", claim.territory.text)


@pytest.mark.parametrize(
    "text",
    [
        "وطالب الوزير بالانسحاب من المناطق غير المطروحة للتفاوض.",  # an adjective, no predicate
        "وقال إن انسحاب القوات من مدينة كادوقلي شرط غير قابل للتفاوض.",  # a demand insisted on
        "وتحدث الوزير عن الانسحاب من مدينة كادوقلي.",
    ],
)
def test_a_withdrawal_not_dismissed_stays_a_withdrawal(text: str) -> None:
    assert only(text).kind == "withdrawal_demand"


@pytest.mark.parametrize(
    ("text", "territory"),
    [
        ("وقال الوزير إن الجيش «لن يتراجع متراً واحداً» عن محور فيلادلفيا.", "محور فيلادلفيا"),
        ("وقال القائد إننا لن نتراجع عن مدينة الفاشر.", "مدينة الفاشر"),
        ("وترفض الحكومة التراجع عن الخط الأزرق قبل نزع السلاح.", "الخط الأزرق"),
        ("وقال إن الجيش سيبقى عند «الخط الأصفر» إلى حين نزع السلاح.", "الخط الأصفر"),
    ],
)
def test_falling_back_refused_or_staying_at_a_line_is_a_retention_demand(
    text: str, territory: str
) -> None:
    claim = only(text)
    assert claim.kind == "retention_demand"
    assert _same(territory, claim.territory.text)


@pytest.mark.parametrize(
    "text",
    [
        "وتراجعت القوات عن مدينة الفاشر بعد معارك عنيفة.",  # told, nothing kept
        "وقال إن الرئيس لن يتراجع عن قراره.",
        "ولن نتراجع عن حقوقنا في الأراضي المحتلة.",  # a right fallen back from, no land
        "وقال إن السعر سيبقى عند مستواه الحالي.",
    ],
)
def test_falling_back_told_or_from_no_territory_is_none(text: str) -> None:
    assert claims_of(text) == []


@pytest.mark.parametrize(
    ("text", "territory", "owner"),
    [
        ("وقال الوزير إن جزر فوكلاند ملك للأرجنتين، وهذا ليس موضع نقاش.", "جزر فوكلاند", "AR"),
        ("وقال الرئيس إن إقليم أبخازيا جزء من جمهورية جورجيا.", "أبخازيا", "GE"),
    ],
)
def test_a_territory_said_to_be_a_state_s_property_or_part(
    text: str, territory: str, owner: str
) -> None:
    claim = only(text)
    assert claim.kind == "sovereignty_claim"
    assert _same(territory, claim.territory.text)
    assert claim.claimant is not None
    assert claim.claimant.id == owner


def test_a_king_is_no_property() -> None:
    assert claims_of("وقال إن ملك الأردن زار جزر فوكلاند الأسبوع الماضي.") == []


@pytest.mark.parametrize(
    "text",
    [
        "وتقول الحكومة إن إثيوبيا تسيطر فعلياً على ما بين 30 و35 في المئة من أرض الإقليم.",
        "وتشير الخرائط إلى أن قواته ما زالت تنتشر على أكثر من نصف مساحة الإقليم.",
    ],
)
def test_a_share_held_past_an_adverb_or_by_forces_before_the_verb(text: str) -> None:
    claim = only(text)
    assert claim.kind == "control"
    assert claim.share_percent is not None


def test_the_share_of_the_next_object_is_not_the_first_one_s() -> None:
    found = claims_of(
        "وتسيطر القوات الحكومية على مدينة كادوقلي وعلى نحو 40% من المناطق الريفية حولها."
    )
    first = next(c for c in found if _same("كادوقلي", c.territory.text))
    assert first.share_percent is None


@pytest.mark.parametrize(
    ("text", "first", "second", "share"),
    [
        (  # a whole, then على told again with a share
            "وتحكم القوات الانفصالية قبضتها إذ تسيطر على كامل إقليم أبخازيا تقريباً، وعلى نحو"
            " 60% من أوسيتيا الجنوبية.",
            "أبخازيا",
            "أوسيتيا الجنوبية",
            60.0,
        ),
        (  # a share, then على told again with a whole
            "ويقول محللون إن الجيش يسيطر على ما يقارب 70% من إقليم أمهرة، وعلى كامل إقليم عفر.",
            "أمهرة",
            "عفر",
            None,
        ),
        (  # a bare place, then على told again with a share in words, no comma
            "وأكد الوزير أن المتمردين يسيطرون على مدينة مأرب وعلى نحو ستين في المئة من"
            " ريفها الشرقي.",
            "مأرب",
            "ريفها الشرقي",
            60.0,
        ),
        (  # a bare place, then على told again with a quantifier
            "ومنذ الشتاء تسيطر الفصائل على مدينة إدلب وعلى معظم المنطقة الحدودية مع تركيا.",
            "إدلب",
            "المنطقة الحدودية",
            None,
        ),
        (  # a whole, then a share with no على after a hedge
            "وتسيطر القوات على كامل مدينة كيدال تقريباً ونحو 40% من منطقة غاو.",
            "كيدال",
            "غاو",
            40.0,
        ),
    ],
)
def test_each_coordinated_object_of_control_is_its_own_claim(
    text: str, first: str, second: str, share: float | None
) -> None:
    found = [c for c in claims_of(text) if c.kind == "control"]
    held = [c.territory.text for c in found]
    assert any(_same(first, t) for t in held), held
    claim = next((c for c in found if _same(second, c.territory.text)), None)
    assert claim is not None, held
    assert claim.share_percent == share
    assert not any(_same(first, t) and _same(second, t) for t in held), held


def test_a_preposition_told_again_opens_no_object_when_no_territory_follows() -> None:
    found = claims_of("وتسيطر القوات على مدينة كسلا، وعلى صعيد آخر قال الوزير إن المحادثات مستمرة.")
    assert [c.territory.text for c in found if c.kind == "control"] == ["مدينة كسلا"]


@pytest.mark.parametrize(
    "text",
    [
        "وفي كل الأحوال سيبقى إقليم كشمير قنبلة موقوتة في جنوب آسيا.",  # remains, a predicate
        "وأضاف أن الجبهة «لن تتخلى عن حق شعب كاتالونيا في تقرير مصيره».",  # a right kept
    ],
)
def test_a_place_remaining_something_or_a_right_kept_is_no_retention(text: str) -> None:
    assert [c for c in claims_of(text) if c.kind == "retention_demand"] == []


@pytest.mark.parametrize(
    "text",
    [
        "وقالت أنقرة إن تركيا ستبقي قواتها في شمال قبرص.",
        "وقال إن روسيا ستبقى في إقليم ترانسنيستريا.",
    ],
)
def test_a_state_staying_or_keeping_forces_is_a_retention(text: str) -> None:
    assert only(text).kind == "retention_demand"


@pytest.mark.parametrize(
    "text",
    [
        "وتمتد المرحلة الأولى ستين يوماً. وينسحب الجيش تدريجياً من المناطق المأهولة في الجنوب.",
        '"جيش التحرير" ينسحب من مدينة لاشيو والمجلس العسكري يعلن هدنة.',
    ],
)
def test_a_withdrawal_told_in_the_present_is_no_demand(text: str) -> None:
    assert claims_of(text) == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("وتطالب كييف بأن تنسحب روسيا من شبه جزيرة القرم.", "withdrawal_demand"),
        ("ولن توقع الحكومة أي اتفاق ما لم تنسحب الحركة من مدينة غوما.", "withdrawal_demand"),
        ("نحن نطالب بأمر بسيط: أن تنسحب القوات من مدينة غوما.", "withdrawal_demand"),
        ("ولا هدنة حتى تنسحب الميليشيا من مدينة غوما.", "withdrawal_demand"),
        ("وقال إن القوات لن تنسحب من مدينة غوما.", "retention_demand"),
    ],
)
def test_a_withdrawal_in_the_subjunctive_is_wanted_or_refused(text: str, kind: str) -> None:
    assert only(text).kind == kind


@pytest.mark.parametrize(
    ("text", "territory"),
    [
        ("ويفرض التنظيم سيطرته شبه الكاملة على إقليم كاتالونيا.", "كاتالونيا"),
        ("وبسطت الحكومة سيطرتها الإدارية والأمنية على البلديات الشمالية.", "البلديات الشمالية"),
        ("وقد بسط الجيش سيطرته بالكامل على إقليم كاتالونيا العام الماضي.", "كاتالونيا"),
        ("وبسطت السلطات المحلية سيطرتها الكاملة تقريباً على القرى الجبلية.", "القرى الجبلية"),
        ("وتفرض الجماعة سيطرتها فعلياً على الوديان الشرقية منذ سنوات.", "الوديان الشرقية"),
    ],
)
def test_control_with_its_owner_s_pronoun_and_adjectives(text: str, territory: str) -> None:
    claim = only(text)
    assert claim.kind == "control"
    assert _same(territory, claim.territory.text)


def test_control_with_adjectives_over_a_pronoun_names_the_territory_before() -> None:
    """سيطرتها الإدارية والأمنية عليها: the pronoun after على is the relative clause's head."""
    found = claims_of("وتقع البلدات الحدودية التي بسطت الحكومة سيطرتها الإدارية عليها قرب النهر.")
    assert [c.kind.value for c in found] == ["control"]
    assert _same("البلدات الحدودية", found[0].territory.text)


@pytest.mark.parametrize(
    ("text", "territory"),
    [
        (
            "واستولى المتمردون على مدينتي غوما وبوكافو، أكبر مدن الإقليم، "
            "وتطالب الحكومة بانسحابهم منهما.",
            "مدينتي غوما وبوكافو",
        ),
        (
            "وسيطرت الجماعة على الحديدة والمخا، المطلتين على البحر، وتطالب الحكومة بانسحابها منهما.",
            "الحديدة والمخا",
        ),
    ],
)
def test_a_dual_pronoun_names_both_places_told_before(text: str, territory: str) -> None:
    """منهما: two places joined by و or led by a dual noun, not the nearest noun (مدن)."""
    demands = [c for c in claims_of(text) if c.kind == "withdrawal_demand"]
    assert len(demands) == 1, [(c.kind, c.territory.text) for c in claims_of(text)]
    assert normalize_text(demands[0].territory.text) == normalize_text(territory)


def test_under_one_s_control_for_a_time_is_no_territory_controlled() -> None:
    assert claims_of("وبقيت المدينة تحت سيطرته الكاملة على مدى عامين.") == []


def test_a_keeping_told_in_a_relative_clause_is_the_holding() -> None:
    found = claims_of(
        "وطالبت تبليسي بالانسحاب من القرى الثلاث التي احتفظ بها الجيش الروسي قرب الحدود."
    )
    kinds = sorted(c.kind.value for c in found)
    assert kinds == ["control", "withdrawal_demand"]
    control = next(c for c in found if c.kind == "control")
    assert _same("القرى الثلاث", control.territory.text)


def test_a_keeping_wanted_in_a_relative_clause_stays_a_retention() -> None:
    claim = only("وهي منطقة عازلة تريد تركيا الاحتفاظ بها.")
    assert claim.kind == "retention_demand"


def test_a_recognition_in_the_subjunctive_of_a_plan_s_next_term_is_demanded() -> None:
    found = claims_of(
        "وتنص الخطة على أن تنسحب القوات من إقليم أبخازيا، وأن يُعترف بأوسيتيا الجنوبية"
        ' "روسية بحكم الأمر الواقع".'
    )
    recognised = [c for c in found if c.kind == "recognition_demand"]
    assert len(recognised) == 1
    assert _same("أوسيتيا الجنوبية", recognised[0].territory.text)
    assert [c for c in found if c.kind == "sovereignty_claim"] == []


@pytest.mark.parametrize(
    "text",
    [
        "وقال المتحدث إن الحكومة لن تناقش إعادة جزيرة القرم إلى أوكرانيا تحت أي ظرف.",
        "وقال الوزير إننا لا نقبل الانسحاب من هضبة الجولان.",
    ],
)
def test_a_withdrawal_not_discussed_or_not_accepted_is_a_retention(text: str) -> None:
    assert only(text).kind == "retention_demand"


def test_a_withdrawal_discussed_is_a_topic() -> None:
    assert claims_of("وعقد اجتماع يبحث الانسحاب من هضبة الجولان.") == []


@pytest.mark.parametrize(
    "text",
    [
        "وتوقفت المحادثات مجدداً عند بند الانسحاب من مدينة الحديدة.",
        "ولن يصمد أي تفاهم ما لم تُحسم مسألة الانسحاب من قمة جبل الشيخ.",
        "ويبقى ملف الاعتراف بأبخازيا عالقاً بين الطرفين.",
    ],
)
def test_a_withdrawal_or_recognition_named_as_an_issue_is_a_topic(text: str) -> None:
    assert claims_of(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "وهو ما يعني عملياً اعتراف أنقرة الصريح بأن الجزيرة أرض يونانية.",
        "ويخشى الوفد أن يُفهم أي توقيع على أنه اعتراف ضمني بالحدود الجديدة مع أرمينيا.",
        "ويجعل أي تنازل يبدو وكأنه اعتراف ضمني بادعاءات أديس أبابا.",
    ],
)
def test_a_recognition_a_step_would_amount_to_is_no_demand(text: str) -> None:
    assert [c for c in claims_of(text) if c.kind == "recognition_demand"] == []


def test_a_recognition_asked_for_is_still_a_demand() -> None:
    found = only("وتريد باكو أن يُنص في الاتفاق على الاعتراف بإقليم قره باغ أرضاً أذربيجانية.")
    assert found.kind == "recognition_demand"


@pytest.mark.parametrize(
    "text",
    [
        "وقال البيان إن الوفد أثار مرة أخرى مسألة انسحاب القوات الأجنبية من قمة جبل الشيخ.",
        "وطالبت الحكومة بحسم ملف الانسحاب من قمة جبل الشيخ قبل أي اتفاق.",
    ],
)
def test_an_issue_raised_or_demanded_is_a_withdrawal_demand(text: str) -> None:
    assert only(text).kind == "withdrawal_demand"


@pytest.mark.parametrize(
    ("text", "territory"),
    [
        ("وقال الوزير: لن نقبل ببقاء أي قوات أجنبية في قاعدة الجفرة.", "قاعدة الجفرة"),
        ("وترفض الحكومة العراقية بقاء القوات التركية في إقليم كردستان.", "كردستان"),
    ],
)
def test_a_stay_refused_is_a_withdrawal_demand(text: str, territory: str) -> None:
    claim = only(text)
    assert claim.kind == "withdrawal_demand"
    assert _same(territory, claim.territory.text)


def test_a_stay_refused_on_one_s_whole_land_is_a_slogan() -> None:
    assert claims_of("وقال الرئيس إن بلاده لن تقبل ببقاء أي جندي أجنبي على أرضها.") == []


@pytest.mark.parametrize(
    "text",
    [
        'وقال قائد الجيش في خطاب: "لا حوار مع عصابات تحتل مدننا وتهجّر أهلنا".',
        "وأضاف النائب أن المقاومة لن تلقي سلاحها ما دام العدو يحتل أرضنا.",
        "وتابع: «كل من يحتل أراضينا سيخرج منها عاجلاً أم آجلاً».",
    ],
)
def test_a_hold_of_our_own_unnamed_land_is_a_grievance_no_claim(text: str) -> None:
    """«تحتل مدننا»، «يحتل أرضنا»: the speaking side's own land with no place named."""
    assert [c for c in claims_of(text) if c.kind == "control"] == []


def test_a_hold_of_our_land_measured_or_named_is_a_claim() -> None:
    measured = only("وقال الوزير إن القوات الغازية تحتل اليوم نحو 15% من أراضينا.")
    assert (measured.kind, measured.share_percent) == ("control", 15)
    named = only("وقال الوزير إن القوات الغازية تحتل مدينة كيدال.")
    assert (named.kind, named.territory.name) == ("control", "Kidal")


@pytest.mark.parametrize(
    "text",
    [
        "وأكد رئيس الوزراء أن حكومته لن تفرّط في ذرة من تراب ليبيا.",
        "وقال الرئيس في خطابه: «لن نتخلى عن شبر واحد من أراضي أوكرانيا».",
    ],
)
def test_a_state_s_whole_land_named_not_to_be_ceded_is_a_slogan(text: str) -> None:
    """«لن نتخلى عن شبر من أرض X» with X a country: its whole land, as أرضنا, no part named."""
    assert claims_of(text) == []


@pytest.mark.parametrize(
    ("text", "territory", "claimant"),
    [
        ("وردّ الوزير بأن جيبوتي لن تتنازل عن شبر من أراضيها.", "أراضيها", "DJ"),
        ("وقال الناطق إن موريتانيا لن تفرّط في ذرة من ترابها.", "ترابها", "MR"),
        ("وقال الرئيس إن بلاده لن تتنازل عن شبر من أراضيها أو مياهها الإقليمية.", "أراضيها", None),
    ],
)
def test_an_inch_of_one_s_own_land_refused_where_none_other_holds_it_is_a_retention(
    text: str, territory: str, claimant: str | None
) -> None:
    """«لن تتنازل عن شبر من أراضيها» with nothing told held by another: the side keeps its
    own land against a rival's words (CONVENTIONS rule 19)."""
    found = only(text)
    assert found.kind == "retention_demand"
    assert _same(territory, found.territory.text), found.territory.text
    if claimant is not None:
        assert found.claimant is not None
        assert found.claimant.id == claimant


@pytest.mark.parametrize(
    "text",
    [
        # another side told holding land
        "وتسيطر القوات الإثيوبية على بلدة حدودية منذ الخريف. "
        "وقال الوزير إن جيبوتي لن تتنازل عن شبر من أراضيها.",
        # the refusing side asks another to leave
        "وطالبت موريتانيا بانسحاب القوات الأجنبية من بلدة حدودية. "
        "وقال الناطق إن موريتانيا لن تفرّط في ذرة من ترابها.",
        # what is refused is no land, whatever stands on it
        "وشدد على أن جيبوتي لن تتخلى عن برنامجها للطاقة على أراضيها.",
    ],
)
def test_an_inch_of_one_s_own_land_refused_where_another_holds_land_is_no_retention(
    text: str,
) -> None:
    assert [c for c in claims_of(text) if c.kind == "retention_demand"] == []


@pytest.mark.parametrize(
    "text",
    [
        # a rival's hold in a third country: Sudan's El Fasher, not Djibouti's land
        "وتسيطر قوات الدعم السريع على مدينة الفاشر منذ أشهر. "
        "وقال الوزير إن جيبوتي لن تتنازل عن شبر من أراضيها.",
        # a hold told with no rival anywhere in it: the state's own army in its towns
        "ويسيطر الجيش على معظم البلدات الساحلية منذ الصيف. "
        "وقال الوزير إن جيبوتي لن تتنازل عن شبر من أراضيها.",
    ],
)
def test_an_inch_of_one_s_own_land_refused_where_no_rival_holds_it_is_a_retention(
    text: str,
) -> None:
    """Land held elsewhere, or by no rival, takes nothing from the refuser's own."""
    kept = [c for c in claims_of(text) if c.kind == "retention_demand"]
    assert [(c.territory.text, c.claimant and c.claimant.id) for c in kept] == [("أراضيها", "DJ")]


@pytest.mark.parametrize(
    "text",
    [
        # a city of the refuser's own country held by a side not named
        "ويسيطر المتمردون على مدينة تاجورة منذ أشهر. "
        "وقال الوزير إن جيبوتي لن تتنازل عن شبر من أراضيها.",
        # a city of the refuser's own country, the refuser Sudan this time
        "وتسيطر قوات الدعم السريع على مدينة الفاشر منذ أشهر. "
        "وقال الوزير إن السودان لن يتنازل عن شبر من أراضيه.",
    ],
)
def test_an_inch_of_one_s_own_land_refused_where_a_rival_holds_part_of_it_is_no_retention(
    text: str,
) -> None:
    assert [c for c in claims_of(text) if c.kind == "retention_demand"] == []


def test_an_inch_of_one_s_own_land_refused_beside_a_named_claim_is_that_claim_only() -> None:
    """ولن نتنازل عن شبر من أراضينا، وعصب جزء منها: the sentence's named claim tells it."""
    text = "وقال الوزير إن جيبوتي لن تتنازل عن شبر من أراضيها، وإن جزيرة دميرة أرض جيبوتية."
    assert [c.territory.text for c in claims_of(text) if "أراضي" in c.territory.text] == []


def test_a_region_s_land_not_to_be_ceded_is_a_retention() -> None:
    found = only("وقال الرئيس إن بلاده لن تتنازل عن شبر من أرض القرم.")
    assert (found.kind, found.territory.name) == ("retention_demand", "Crimea")


def test_a_stay_held_to_is_a_retention() -> None:
    assert only("وتتمسك تركيا بالبقاء في إقليم كردستان.").kind == "retention_demand"


# -- every person, number and tense of the cue verbs (composed, other conflicts) ----


@pytest.mark.parametrize(
    ("text", "kind", "territory"),
    [
        ("نرفض الانسحاب من مرتفعات الجولان.", "retention_demand", "مرتفعات الجولان"),
        ("رفضنا الانسحاب من جزر الكوريل.", "retention_demand", "جزر الكوريل"),
        ("الحكومتان ترفضان الانسحاب من جزيرة أبو موسى.", "retention_demand", "جزيرة أبو موسى"),
        ("سترفض موسكو الانسحاب من جزر الكوريل.", "retention_demand", "جزر الكوريل"),
        ("ضموا شبه جزيرة القرم إلى روسيا عام 2014.", "annexation", "شبه جزيرة القرم"),
        ("حثوا إريتريا على الانسحاب من بلدة بادمي.", "withdrawal_demand", "بلدة بادمي"),
        ("نحث رواندا على سحب قواتها من إقليم كيفو الشمالية.", "withdrawal_demand", "كيفو الشمالية"),
    ],
)
def test_every_person_and_number_of_a_verb_of_claiming_states_the_kind(
    text: str, kind: str, territory: str
) -> None:
    found = only(text)
    assert found.kind == kind
    assert found.territory is not None
    assert _same(found.territory.text, territory)


def test_a_return_wanted_is_a_withdrawal_demand() -> None:
    claim = only("وقال الرئيس إن بلاده تريد استعادة جزيرة القرم.")
    assert claim.kind == "withdrawal_demand"


def test_a_return_to_operation_is_no_territory_handed() -> None:
    assert claims_of("وتريد الشركة إعادة المطار إلى الخدمة قبل الصيف.") == []


def test_a_withdrawal_deadline_told_is_no_demand() -> None:
    assert claims_of("وانقضت الثلاثاء مهلة الانسحاب الممددة من شمال كوسوفو.") == []


def test_a_withdrawal_deadline_demanded_is_a_demand() -> None:
    assert only("وتطالب بريشتينا بتحديد موعد الانسحاب من شمال كوسوفو.").kind == (
        "withdrawal_demand"
    )


@pytest.mark.parametrize(
    "text",
    [
        "وتهيمن الحركة على مدينة غوما منذ عامين.",
        "ونحن نسيطر على إقليم ناغورنو كاراباخ.",
        "والقوتان تحتلان إقليم كشمير منذ عقود.",
    ],
)
def test_every_person_of_a_verb_of_holding_or_dominating_is_control(text: str) -> None:
    assert only(text).kind == "control"


def test_dominating_no_territory_is_none() -> None:
    assert claims_of("وتهيمن قضية الأسرى على المحادثات.") == []


@pytest.mark.parametrize(
    "text",
    [
        "ويحتل دهوك المركز الثالث في الدوري برصيد 20 نقطة.",
        "واحتلت قطر المرتبة الأولى عربياً في المؤشر.",
    ],
)
def test_a_place_ranked_holds_no_territory(text: str) -> None:
    assert claims_of(text) == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("وتطالب بغداد بعودة حقول النفط في كركوك إلى سيطرة الدولة.", "withdrawal_demand"),
        ("ويجب أن تعود مدينة الموصل إلى إدارة الدولة دون شروط.", "withdrawal_demand"),
        ("ودعت الحركة إلى عودة جزيرة سولو إلى إدارة الإقليم.", "recognition_demand"),
    ],
)
def test_a_territory_going_back_to_a_state_or_a_region(text: str, kind: str) -> None:
    assert only(text).kind == kind


def test_a_territory_gone_back_told_is_none() -> None:
    assert claims_of("وعادت مدينة الموصل إلى سيطرة الدولة العام الماضي.") == []


@pytest.mark.parametrize(
    ("text", "territory"),
    [
        ("سنحتفظ بالمواقع التي نسيطر عليها في منطقة أبيي.", "منطقة أبيي"),
        ("قال القائد: سنبقي قواتنا في منطقة أبيي حتى نهاية المرحلة الانتقالية.", "منطقة أبيي"),
        ("سيبقون في منطقة أبيي حتى نهاية المرحلة الانتقالية.", "منطقة أبيي"),
    ],
)
def test_keeping_and_staying_in_every_person_of_the_future_is_retention(
    text: str, territory: str
) -> None:
    found = only(text)
    assert found.kind == "retention_demand"
    assert found.territory is not None
    assert _same(territory, found.territory.text)


def test_staying_on_a_stance_is_no_retention() -> None:
    assert claims_of("قال إنهم سيبقون على موقفهم.") == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("وجددت الحركة مطالبتها بإعادة جزيرة باسيلان إلى المنطقة.", "recognition_demand"),
        ("وتطالب باكو بإعادة القرى الأربع إلى أذربيجان.", "withdrawal_demand"),
    ],
)
def test_a_territory_returned_to_a_region_or_to_a_state(text: str, kind: str) -> None:
    assert only(text).kind == kind


def test_an_appeal_to_withdraw_is_the_appellant_s_demand() -> None:
    found = only("ناشدت الأمم المتحدة روسيا الانسحاب من جزيرة الأفعى.")
    assert found.kind == "withdrawal_demand"
    assert found.claimant is not None
    assert _same(found.claimant.text, "الأمم المتحدة")


@pytest.mark.parametrize(
    "text",
    [
        "قال المتحدث: سيطرنا على مدينة الفاشر بالكامل.",
        "احتللنا مدينة الفاشر.",
        "استولينا على مدينة الفاشر.",
    ],
)
def test_a_side_claiming_its_gains_in_the_first_person_is_control(text: str) -> None:
    found = only(text)
    assert found.kind == "control"
    assert found.territory is not None
    assert _same(found.territory.text, "مدينة الفاشر")


def test_controlling_a_situation_is_no_territory() -> None:
    assert claims_of("قال: سيطرنا على الوضع الأمني.") == []


@pytest.mark.parametrize(
    ("text", "kind", "names"),
    [
        (
            "وأكد الوزير أن بلاده لن تقبل ببقاء أي قوات أجنبية في سرت أو في الجفرة.",
            "withdrawal_demand",
            ["Sirte", "Jufra"],
        ),
        (
            "وتطالب الحكومة بانسحاب المسلحين من مدينة بونيا أو على الأقل من إيتوري.",
            "withdrawal_demand",
            ["Bunia"],
        ),
    ],
)
def test_a_territory_after_or_and_nor_with_its_preposition_told_again_is_a_claim(
    text: str, kind: str, names: list[str]
) -> None:
    found = claims_of(text)
    assert [(c.kind.value, c.territory.name) for c in found] == [(kind, n) for n in names]


@pytest.mark.parametrize(
    ("text", "kind", "territory", "parts"),
    [
        (
            "قال المتحدث باسم الجبهة: لن ننسحب من كيدال ولا من تمبكتو قبل أي اتفاق.",
            "retention_demand",
            "كيدال ولا من تمبكتو",
            ["Kidal", "Timbuktu"],
        ),
        (
            "وأكد قائد الجيش أنه لن ينسحب لا من كادقلي ولا من الدلنج.",
            "retention_demand",
            "كادقلي ولا من الدلنج",
            ["Kadugli", "Dilling"],
        ),
        (
            "وطالبت الخرطوم بانسحاب قوات الدعم السريع من كادقلي ومن الدلنج.",
            "withdrawal_demand",
            "كادقلي ومن الدلنج",
            ["Kadugli", "Dilling"],
        ),
        (  # three, and a territory told by its nouns among them: no parts
            "ودعت كينشاسا الحركة إلى الانسحاب من غوما ومن بوكافو ومن المناطق المحيطة بهما.",
            "withdrawal_demand",
            "غوما ومن بوكافو ومن المناطق المحيطة بهما",
            [],
        ),
        (
            "وقالت الحركة إنها لن تتخلى عن دونباس ولا عن زابوريجيا.",
            "retention_demand",
            "دونباس ولا عن زابوريجيا",
            ["Donbas", "Zaporizhzhia"],
        ),
    ],
)
def test_places_with_their_preposition_told_again_are_one_claim(
    text: str, kind: str, territory: str, parts: list[str]
) -> None:
    """من X ومن Y، لا من X ولا من Y: one claim under one verb, the whole phrase as written
    (CONVENTIONS rule 2), each named place a part."""
    found = only(text)
    assert (found.kind.value, found.territory.text) == (kind, territory)
    assert [p.name for p in found.parts] == parts


@pytest.mark.parametrize(
    ("text", "territories"),
    [
        (  # a comma: a parallel object, told apart
            "وطالبت الخرطوم بانسحاب قوات الدعم السريع من كادقلي، ومن الدلنج.",
            ["كادقلي", "الدلنج"],
        ),
        (  # each in its own time
            "وطالبت الخرطوم بانسحاب قوات الدعم السريع من كادقلي ثم من الدلنج.",
            ["كادقلي", "الدلنج"],
        ),
        (  # an alternative, no list
            "وأكد الوزير أن بلاده لن تقبل ببقاء أي قوات أجنبية في سرت أو في الجفرة.",
            ["سرت", "الجفرة"],
        ),
    ],
)
def test_places_with_their_preposition_told_again_apart(text: str, territories: list[str]) -> None:
    assert [c.territory.text for c in claims_of(text)] == territories


@pytest.mark.parametrize(
    ("text", "territory", "parts"),
    [
        (
            "سيطرت الحركة على مدينة غوما وبلدة بوكافو.",
            "مدينة غوما وبلدة بوكافو",
            ["Goma", "Bukavu"],
        ),
        (  # with their adjectives, and places the gazetteer does not know
            "سيطرت الحركة على مدينة غوما الاستراتيجية وبلدة ساكي الصغيرة وبلدة مينوفا.",
            "مدينة غوما الاستراتيجية وبلدة ساكي الصغيرة وبلدة مينوفا",
            [],
        ),
        (
            "طالبت الحكومة بانسحاب المتمردين من مدينة كادقلي وبلدة الدلنج.",
            "مدينة كادقلي وبلدة الدلنج",
            ["Kadugli", "Dilling"],
        ),
    ],
)
def test_places_each_with_its_own_region_noun_are_one_claim(
    text: str, territory: str, parts: list[str]
) -> None:
    """مدينة X وبلدة Y: one claim under one verb (CONVENTIONS rule 2), whatever the region
    noun of each; وبلدة is و and بلدة, not a preposition ب."""
    found = only(text)
    assert found.territory.text == territory
    assert [p.name for p in found.parts] == parts


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        (
            "ضمت روسيا القرم عام 2014 ودونيتسك عام 2022.",
            [("القرم", 2014, "ضمت روسيا القرم عام 2014"), ("دونيتسك", 2022, "ودونيتسك عام 2022")],
        ),
        (
            "سيطرت روسيا على القرم عام 2014 وعلى دونيتسك عام 2022.",
            [
                ("القرم", 2014, "سيطرت روسيا على القرم عام 2014"),
                ("دونيتسك", 2022, "وعلى دونيتسك عام 2022"),
            ],
        ),
        (  # a list after ثم, its own year
            "ضمت روسيا القرم عام 2014، ثم دونيتسك ولوغانسك عام 2022.",
            [
                ("القرم", 2014, "ضمت روسيا القرم عام 2014"),
                ("دونيتسك ولوغانسك", 2022, "ثم دونيتسك ولوغانسك عام 2022"),
            ],
        ),
    ],
)
def test_places_that_differ_in_year_are_claims_of_their_own(
    text: str, claims: list[tuple[str, int, str]]
) -> None:
    """X عام 2014 وY عام 2022: a claim each, with its own year (CONVENTIONS rule 2 splits
    places that differ in year)."""
    found = claims_of(text)
    assert [
        (c.territory.text, c.year, text[c.evidence.start : c.evidence.end]) for c in found
    ] == claims


def test_or_with_no_preposition_told_again_keeps_one_phrase() -> None:
    found = only("تحتفظ القوات بالمدينة أو ضواحيها منذ الصيف.")
    assert found.kind == "control"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("ويواصل المجتمع الدولي رفض الاحتلال الروسي لشبه جزيرة القرم.", "Crimea"),
        ("وندد البيان بالاحتلال التركي العسكري لعفرين.", "Afrin"),
        # ل fused to a word whose first letter is لا or لم once normalised (لأبخازيا،
        # لمدينة): the object, no particle
        ("وأدانت تبليسي الاحتلال الروسي لأبخازيا.", "Abkhazia"),
        ("وندد البيان بالاحتلال الإسرائيلي لمدينة رفح.", "Rafah"),
        ("ورفض الوزير الاحتلال الإثيوبي لإقليم تيغراي.", "Tigray"),
    ],
)
def test_the_definite_occupation_with_its_object_after_lam_is_control(text: str, name: str) -> None:
    found = only(text)
    assert (found.kind.value, found.territory.name) == ("control", name)


@pytest.mark.parametrize(
    "text",
    [
        "وأضاف: لن نسلم السلاح ما دام الاحتلال جاثماً على أرضنا.",
        "ج: المدينة ما زالت تحت الاحتلال التركي منذ 2018، وسكانها الأكراد نزحوا.",
        "وقال المتحدث إن الاحتلال الروسي منذ عام 2014، والأوكرانيون يدفعون ثمنه.",
        "وقال إن الاحتلال الإسرائيلي لمدة عقود أضر بالسكان.",
        "وقال إنه لن يقبل باستمرار الاحتلال لأي شبر من أرضه.",
    ],
)
def test_the_definite_occupation_with_no_object_after_lam_names_no_territory(text: str) -> None:
    assert claims_of(text) == []


# -- claimants the widened actor data knows (composed for it, not from any corpus text) ----


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        (
            "وسيطرت جبهة تحرير أزواد على بلدة تين زاوتين قرب الحدود الجزائرية.",
            "Azawad Liberation Front",
        ),
        ("وسيطر جيش ولاية وا المتحدة على مدينة لاشيو.", "United Wa State Army"),
        ("ويسيطر الجيش الأبيض على بلدة الناصر في ولاية أعالي النيل.", "White Army"),
        (
            "وسيطرت حركة طالبان باكستان على عدة نقاط حدودية في منطقة وزيرستان.",
            "Tehrik-i-Taliban Pakistan",
        ),
    ],
)
def test_a_claimant_from_the_widened_actor_data(text: str, claimant: str) -> None:
    found = only(text)
    assert found.claimant is not None
    assert found.claimant.name == claimant


# -- subject to a sovereignty: the thing said to be under it is claimed ----------------------


@pytest.mark.parametrize(
    ("text", "territory"),
    [
        ("وأكد الوزير أن الجسر سيبقى خاضعاً بالكامل للسيادة الصربية.", "الجسر"),
        ("وشدد رئيس الوزراء على أن الممر «سيبقى تحت السيادة الجورجية الكاملة».", "الممر"),
        ("وقال الوزير إن الخط سيخضع كلياً للسيادة والقوانين المولدوفية.", "الخط"),
        ("وأكدت طوكيو أن الجزر ستظل تحت السيادة اليابانية.", "الجزر"),
        ("وقال المتحدث إن مدينة كيدال ستخضع للسيادة المالية.", "مدينة كيدال"),
    ],
)
def test_a_place_said_to_stay_under_a_countrys_sovereignty_is_its_claim(
    text: str, territory: str
) -> None:
    found = only(text)
    assert found.kind == "sovereignty_claim"
    assert _same(territory, found.territory.text), found.territory.text


@pytest.mark.parametrize(
    "text",
    [
        "وأكد الوزير أن السلاح سيبقى تحت سيادة الدولة.",
        "وقال إن القرار سيخضع لسيادة البرلمان.",
        "ووضعت الحكومة الأسلحة تحت سيادة الدولة.",
        "وأكد الوزير أن الجسر سيبقى خاضعاً للسيادة.",
        "وقال إن المبادرة تقترح حكماً ذاتياً تحت السيادة المغربية.",
        "وأكد أن الحكم الذاتي سيبقى تحت السيادة المغربية.",
    ],
)
def test_a_thing_under_no_countrys_sovereignty_is_no_claim(text: str) -> None:
    assert claims_of(text) == []


# -- the dual of a territory unit, reefs and waters -------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind", "territory"),
    [
        (
            "وطالب البرلمان بخروج القوات الأجنبية من قاعدتي بلد والتاجي.",
            "withdrawal_demand",
            "قاعدتي",
        ),
        ("وسيطرت الحركة على مطاري كيسنغاني وبونيا.", "control", "مطاري"),
        ("وطالبت الحكومة بإخلاء معبرين حدوديين مع تشاد.", "withdrawal_demand", "معبرين"),
        ("استولت البحرية الفيتنامية على الشعاب المرجانية جنوب الأرخبيل.", "control", "الشعاب"),
        (
            "وطالبت ماليزيا بانسحاب السفن الحربية من المياه الإقليمية الماليزية.",
            "withdrawal_demand",
            "المياه الإقليمية",
        ),
    ],
)
def test_a_dual_unit_reefs_and_waters_head_a_territory(
    text: str, kind: str, territory: str
) -> None:
    found = only(text)
    assert found.kind == kind
    assert _same(territory, found.territory.text) or found.territory.text.startswith(territory), (
        found.territory.text
    )


@pytest.mark.parametrize(
    ("text", "kind", "territory"),
    [
        (
            "وتشترط الحركة خروج الجيش من محوري موراج ونتساريم قبل أي تبادل.",
            "withdrawal_demand",
            "محوري موراج ونتساريم",
        ),
        (
            "وأكدت الفصائل رفضها أي بقاء عسكري في محوري موراج وكيسوفيم.",
            "withdrawal_demand",
            "محوري موراج وكيسوفيم",
        ),
        (
            "وسيطرت القوات على معبدي تا كراباي وبرياه فيهيار بعد المعارك.",
            "control",
            "معبدي تا كراباي وبرياه فيهيار",
        ),
    ],
)
def test_the_dual_of_a_corridor_or_a_temple_heads_the_two_places_it_counts(
    text: str, kind: str, territory: str
) -> None:
    """محوري and معبدي before two named places are one territory, as مدينتي X وY is."""
    found = only(text)
    assert found.kind == kind
    assert _same(territory, found.territory.text), found.territory.text


def test_the_adjective_pivotal_is_no_dual_of_a_corridor() -> None:
    """دور محوري: the dual's form as an adjective, with no place after it, heads nothing."""
    assert claims_of("ويحتفظ الوسيط المصري بدور محوري في المفاوضات.") == []


@pytest.mark.parametrize(
    "text",
    [
        "وتقدم الفريق ليبقى على بعد نقطتين من المتصدر.",
    ],
)
def test_ones_own_waters_and_points_in_a_league_are_no_territory(text: str) -> None:
    assert claims_of(text) == []


# -- a claim to a land that a demand asks the other side to drop ------------------------------


@pytest.mark.parametrize(
    ("text", "name", "claimant"),
    [
        (
            "وتشترط مقديشو أن تعدّل هرجيسا ميثاقها وتحذف البند الذي يتضمن المطالبة بإقليم سول.",
            "Sool",
            "SO",
        ),
        (
            "وطالب وزير الخارجية الأذربيجاني يريفان بإسقاط مطالباتها بإقليم قره باغ.",
            "Nagorno-Karabakh",
            None,
        ),
    ],
)
def test_a_claim_to_a_land_demanded_dropped_is_a_recognition_demand(
    text: str, name: str, claimant: str | None
) -> None:
    """تحذف / إسقاط … المطالبة بـX, demanded: the other side is to own X as the demander's."""
    found = only(text)
    assert found.kind == "recognition_demand"
    assert found.territory.name == name
    assert (found.claimant.id if found.claimant else None) == claimant


@pytest.mark.parametrize(
    "text",
    [
        "وحذفت الحكومة من موقعها الإشارة إلى المطالبة بإقليم سول.",
        "ولم تسقط مانيلا يوماً مطالبتها بإقليم صباح.",
    ],
)
def test_a_claim_dropped_with_no_one_demanding_it_is_no_claim(text: str) -> None:
    assert claims_of(text) == []


# -- one's own independence, its recognition demanded ----------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("ترانسنيستريا تطالب مولدوفا منذ عقود بالاعتراف باستقلالها.", "Transnistria"),
        ("وتطالب أرض الصومال باعتراف إثيوبيا باستقلالها قبل أي اتفاق بحري.", "Somaliland"),
    ],
)
def test_a_side_demanding_recognition_of_its_own_independence(text: str, name: str) -> None:
    """باستقلالها: the pronoun is the demanding side, not who is asked nor who recognises."""
    found = only(text)
    assert found.kind == "recognition_demand"
    assert found.territory.name == name
    assert found.claimant is not None
    assert found.claimant.text == found.territory.text  # the side named, who demands


def test_a_refused_recognition_of_its_independence_is_no_demand() -> None:
    assert claims_of("ولن تعترف مولدوفا باستقلالها أبداً.") == []


# -- an end of an occupation demanded ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("وطالب الرئيس بإنهاء الاحتلال الإسرائيلي للجولان.", "Golan Heights"),
        ("ودعت تبليسي إلى إنهاء الاحتلال الروسي لأبخازيا.", "Abkhazia"),
        ("وجدد البيان مطالبة إسرائيل بإنهاء احتلالها لمزارع شبعا.", "Shebaa Farms"),
    ],
)
def test_an_end_of_an_occupation_demanded_is_a_withdrawal_demand(text: str, name: str) -> None:
    """The hold is only what the demand asks to end: no control claim besides it (CONVENTIONS
    rule 18, as a hold told in a relative clause on a demanded place)."""
    found = {(c.kind.value, c.territory.name) for c in claims_of(text)}
    assert found == {("withdrawal_demand", name)}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "وحثّت الحكومة المجتمع الدولي على مطالبة تركيا بإنهاء احتلالها لشمال قبرص.",
            "Northern Cyprus",
        ),
        ("ودعا الوزير موسكو إلى أن تنهي احتلالها لشبه جزيرة القرم.", "Crimea"),
    ],
)
def test_a_hold_told_only_as_what_a_demand_ends_is_no_control(text: str, name: str) -> None:
    found = {(c.kind.value, c.territory.name) for c in claims_of(text)}
    assert found == {("withdrawal_demand", name)}


def test_an_end_of_an_occupation_sought_is_no_demand() -> None:
    found = only("وسعت جورجيا طوال عقد إلى إنهاء الاحتلال الروسي لأبخازيا.")
    assert found.kind == "control"
    told = only("وتواصل روسيا احتلالها لشبه جزيرة القرم منذ عام 2014.")
    assert (told.kind, told.territory.name, told.year) == ("control", "Crimea", 2014)


def test_the_pronoun_of_an_occupation_before_lam_is_the_occupier() -> None:
    """احتلالها لـ X: the pronoun is who occupies, X is occupied; with no لـ after it the pronoun
    is the territory (أعلنت ضمها)."""
    found = only("وأدان المجلس استمرار احتلالها لجزر الكوريل.")
    assert (found.kind.value, found.territory.name) == ("control", "Kuril Islands")
    both = claims_of("احتلت إسرائيل الجولان عام 1967 وأعلنت ضمها عام 1981.")
    assert {(c.kind.value, c.territory.name, c.year) for c in both} == {
        ("control", "Golan Heights", 1967),
        ("annexation", "Golan Heights", 1981),
    }  # the second verb's own claim, no part of the first territory


def test_a_town_told_before_in_its_paragraph_names_the_town() -> None:
    """البلدة after بلدة X in its paragraph is X (a noun beginning with ب is no ب + noun)."""
    text = "وسيطرت قوات الدعم السريع على بلدة الدبيبات. وقالت إنها لن تنسحب من البلدة."
    found = [c for c in claims_of(text) if c.kind == "retention_demand"]
    assert [c.territory.name for c in found] == ["Dubeibat"]


def test_any_land_a_relative_clause_describes_is_no_control() -> None:
    """أي أرض تحتلها: any land at all, no territory held named."""
    found = claims_of("وقال الوزير إن الحركة لن تتخلى عن أي أرض تحتلها الآن.")
    assert [c for c in found if c.kind == "control"] == []


@pytest.mark.parametrize(
    "text",
    [
        "وقال قائد الجيش إنه لن يوقّع أي تفاهم يترك المتمردين في المدن التي احتلوها.",
        "وأكد الوزير أن الحوار سيتناول إعادة الأراضي التي تحتلها الجماعة بالقوة.",
        "وأعلنت الوزارة عودة 90 جندياً من المناطق التي تسيطر عليها الفصائل المسلحة.",
        "وقصفت الطائرات ليلاً كل القرى التي تسيطر عليها الحركة.",
    ],
)
def test_unnamed_land_a_relative_clause_of_control_describes_is_no_control(text: str) -> None:
    """المدن التي احتلوها، الأراضي التي تحتلها: a bare plural of land with no name; the
    relative clause only says which land by who holds it (CONVENTIONS rule 18)."""
    assert [c for c in claims_of(text) if c.kind == "control"] == []


@pytest.mark.parametrize(
    "text",
    [
        "وتطالب صربيا باستعادة ثلاث بلدات حدودية، وهي بلدات يسيطر عليها الجيش الكرواتي منذ سنوات.",
        "وتطالب صربيا باستعادة ثلاث بلدات باعتبارها أراضي صربية استولت عليها القوات الكرواتية عام 1995.",
        "ويصف المسؤولون في دمشق السهل بأنها «أرض سورية» احتلتها القوات التركية.",
    ],
)
def test_indefinite_land_said_of_a_place_before_is_no_control(text: str) -> None:
    """وهي قرى تسيطر عليها Y، باعتبارها أراضي X استولت عليها Y: an indefinite noun of land after
    a pronoun, with a relative clause of control and no relative pronoun, says what kind of land
    the place told before is; no control claim of its own (CONVENTIONS rule 18)."""
    assert [c for c in claims_of(text) if c.kind == "control"] == []


def test_indefinite_land_where_a_place_lies_keeps_its_control() -> None:
    """تقع على أرض X تحتلها Y: no pronoun before the noun; the control is told."""
    found = claims_of("وأكد الوزير أن المصنع يقع على أرض كرواتية تحتلها صربيا منذ 1991.")
    assert [c.kind for c in found if c.kind == "control"] == ["control"]


def test_unnamed_land_placed_in_a_named_place_keeps_its_control() -> None:
    """المواقع التي تسيطر عليها قواته في X: the clause names the place after all."""
    found = claims_of("وقال الرئيس إنه مستعد للتخلي عن المواقع التي تسيطر عليها قواته في بيلغورود.")
    assert [c.kind for c in found if c.kind == "control"] == ["control"]


# -- a noun ending in hamza with its owner's pronoun (صحراء → صحرائها) ----------------------------


@pytest.mark.parametrize(
    ("text", "kind", "territory"),
    [
        ("وقال الرئيس إن موريتانيا لن تتنازل عن أي شبر من صحرائها.", "retention_demand", "صحرائها"),
        (
            "وطالبت الحكومة اليمنية بانسحاب القوات الأجنبية من مينائها.",
            "withdrawal_demand",
            "مينائها",
        ),
        (
            "وأكد الوزير أن سيادة ليبيا على صحرائها ليست موضوع مساومة.",
            "sovereignty_claim",
            "صحرائها",
        ),
    ],
)
def test_a_hamza_noun_with_its_pronoun_heads_a_territory(
    text: str, kind: str, territory: str
) -> None:
    found = only(text)
    assert found.kind == kind
    assert normalize_text(found.territory.text) == normalize_text(territory)


# -- a counted territory noun in the accusative (19 موقعاً) -------------------------------------


def test_a_noun_counted_in_the_accusative_is_the_territory_not_a_predicate() -> None:
    """After a number from eleven to ninety-nine the noun is singular and accusative: the
    territory counted, not what something is said to be."""
    found = only("وأعلن المتحدث أن الجيش سيطر خلال الليل على 23 موقعاً قرب الحدود الشرقية.")
    assert found.kind == "control"
    assert normalize_text(found.territory.text).startswith(normalize_text("23 موقعاً"))


def test_an_accusative_noun_with_no_number_still_ends_the_phrase() -> None:
    """With no number before it an indefinite accusative noun is still a predicate."""
    found = only("وتعتبر الحكومة هذه الجزر إقليماً تابعاً لها منذ قرون.")
    assert normalize_text(found.territory.text).endswith(normalize_text("الجزر"))


# -- where a place will stay: a retention demand (ستبقى تحت سيطرة، يجب أن تبقى ضمن) ---------------


@pytest.mark.parametrize(
    ("text", "territory"),
    [
        ("وقال العقيد إن التلال التي حررناها ستبقى تحت سيطرة قواتنا.", "التلال التي حررناها"),
        ("وقال المحافظ إن مدينة كسلا ستظل بأيدي أهلها مهما طال الزمن.", "مدينة كسلا"),
        (
            "ويرى زعماء القبائل أن الوادي، الذي يسمونه أرض الأجداد، يجب أن يبقى ضمن ولايتهم.",
            "الوادي",
        ),
        ('وقال الوزير إن "الجزيرة أرض عُمانية وستبقى تحت حماية جيشنا".', "الجزيرة"),
        ("ويطالب الحزب بأن تبقى المنطقة الحدودية تحت سلطة الحكومة المركزية.", "المنطقة الحدودية"),
    ],
)
def test_a_place_said_to_stay_in_someones_hands_is_a_retention_demand(
    text: str, territory: str
) -> None:
    found = [c for c in claims_of(text) if c.kind == "retention_demand"]
    assert [normalize_text(c.territory.text) for c in found] == [normalize_text(territory)]


@pytest.mark.parametrize(
    "text",
    [
        "وقال المتحدث إن الوضع الأمني سيبقى تحت السيطرة.",  # no territory stays
        "وقال إن الملف سيبقى بيد الوسطاء حتى نهاية الشهر.",  # a file, no place
        "وأكد القائد أن المدينة لن تبقى تحت سيطرة المتمردين.",  # negated: no present after أن
        "وكانت المدينة تبقى ضمن حدود الولاية في الخرائط القديمة.",  # the present told, no أن
    ],
)
def test_staying_with_no_territory_or_no_future_is_no_retention(text: str) -> None:
    assert [c for c in claims_of(text) if c.kind == "retention_demand"] == []


# -- a time or an adverb between the verb and the territory it takes ---------------------------


@pytest.mark.parametrize(
    ("text", "kind", "territory"),
    [
        ("وكانت أرمينيا قد ضمت في نوفمبر 1994 ثلاث قرى حدودية.", "annexation", "ثلاث قرى حدودية"),
        ("واحتلت تركيا عام 1974 الشطر الشمالي من الجزيرة.", "control", "الجزيرة"),
        ("وأقر البرلمان قانوناً ضمت اليونان بموجبه جزيرة النخيل.", "annexation", "جزيرة النخيل"),
        ("وضمت اليونان رسمياً إقليم الوادي الأخضر.", "annexation", "إقليم الوادي الأخضر"),
    ],
)
def test_a_time_or_an_adverb_after_the_verb_is_skipped(
    text: str, kind: str, territory: str
) -> None:
    found = [c for c in claims_of(text) if c.kind == kind]
    assert len(found) == 1
    assert normalize_text(found[0].territory.text).startswith(normalize_text(territory))


def test_a_time_after_the_verb_with_no_territory_after_it_is_no_claim() -> None:
    """With no territory after the time, nothing is taken."""
    assert claims_of("وضمت الحكومة في مارس 2021 ثلاثة وزراء جدد إلى الفريق.") == []


# -- a preposition fused to the territory is no part of it --------------------------------------


def test_a_relative_clause_head_after_a_fused_preposition_drops_it() -> None:
    """بمنطقة X التي تسيطر عليها …: the territory is منطقة X, not بمنطقة X."""
    found = [
        c
        for c in claims_of(
            "وربطت الحكومة الاتفاق بمنطقة الوادي التي تسيطر عليها الحركة منذ عام 2019."
        )
        if c.kind == "control"
    ]
    assert len(found) == 1
    assert normalize_text(found[0].territory.text).startswith(normalize_text("منطقة الوادي"))


def test_a_lam_fused_to_the_article_is_no_part_of_the_territory() -> None:
    """للجزر الثلاث: ل and the article's lam; the territory read is جزر الثلاث."""
    found = [
        c
        for c in claims_of("وندد البيان بالاحتلال الإيراني للجزر الثلاث في الخليج.")
        if c.kind == "control"
    ]
    assert found
    assert normalize_text(found[0].territory.text).startswith(normalize_text("جزر الثلاث"))


# -- handing over refused, every person --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "territory"),
    [
        ("وقال قائد الفصيل: «لن نسلّم مدينة الجنينة لأي طرف».", "الجنينة"),
        ("وأكد المتحدث أن مقاتلي الحركة لن يسلّموا مدينة الفاشر قبل الاتفاق.", "الفاشر"),
    ],
)
def test_handing_over_refused_in_any_person_is_a_retention(text: str, territory: str) -> None:
    """لن نسلّم X، لن يسلّموا X: refusing to hand a place over keeps it, as لن تسلم X does."""
    claim = only(text)
    assert claim.kind == "retention_demand"
    assert _same(territory, claim.territory.text), claim.territory.text


def test_handing_over_told_in_the_first_person_is_no_claim() -> None:
    """نسلّم X told with no negation, refusal or demand: a handing over, no claim."""
    assert claims_of("وقال القائد: نسلّم الأسرى غداً عند المعبر.") == []


# -- a corridor named by its short name ----------------------------------------------------------


def test_the_corridor_alone_after_a_place_of_its_country_is_the_corridor() -> None:
    """فيلادلفيا alone, in a text about Gaza: the Philadelphi corridor kept."""
    found = [
        c
        for c in claims_of("وعن قطاع غزة، قال الوزير إن الجيش سيبقى في فيلادلفيا.")
        if c.kind == "retention_demand"
    ]
    assert [c.territory.name for c in found] == ["Philadelphi Corridor"]


def test_the_city_of_the_same_name_with_no_place_of_its_country_is_no_territory() -> None:
    """فيلادلفيا with nothing of Palestine told: the American city, no corridor."""
    assert claims_of("وقال المدرب إن الفريق سيبقى في فيلادلفيا حتى نهاية الموسم.") == []


def test_another_name_of_a_place_given_right_after_it_is_the_same_mention() -> None:
    """محور صلاح الدين "فيلادلفيا": the second name is no place of its own a pronoun after it
    could name apart from the first."""
    found = claims_of(
        'وفي غزة، قال الوزير إن الجيش سيبقى في محور صلاح الدين "فيلادلفيا" لأشهر، '
        "رافضاً مطالب الحركة بالانسحاب منه."
    )
    assert [(c.kind, c.territory.text) for c in found] == [("retention_demand", "محور صلاح الدين")]


# -- staying in a place told by a pronoun, and a time between a verb and its object --------------


@pytest.mark.parametrize(
    "text",
    [
        "وقال المتحدث إن قواته تحرس بلدتي الوادي والسهل وستبقى فيهما حتى نهاية العام.",
        "ولا يزال الجيش يحتفظ بثلاث تلال قرب الحدود، وتقول الحكومة إن قواتها باقية فيها.",
    ],
)
def test_staying_in_a_pronoun_names_the_territory_told_before(text: str) -> None:
    """وستبقى فيهما، باقية فيها: the dual pronoun and the participle of staying keep the place
    told before."""
    assert "retention_demand" in [c.kind for c in claims_of(text)]


def test_a_time_between_a_verb_of_holding_and_its_object_is_skipped() -> None:
    """تحتل اليوم X: when the holding is told, no part of the territory."""
    claim = only("وقال الوزير إن الحركة تحتل اليوم مدينة الجنينة.")
    assert claim.kind == "control"
    assert _same("مدينة الجنينة", claim.territory.text), claim.territory.text


# -- a right in a place ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind", "territory"),
    [
        ("وقال الوزير إن لبلاده «حقاً ثابتاً» في جزيرة الأمل.", "sovereignty_claim", "جزيرة"),
        ("وتؤكد الحكومة أحقيتها في مدينة الجنينة.", "sovereignty_claim", "الجنينة"),
        (
            "وقال السفير إن الإمارة لن تتخلى عن حقها التاريخي في جزرها.",
            "sovereignty_claim",
            "جزرها",
        ),
        (
            "وتطالب الحكومة بالاعتراف بحقها القانوني في مدينة الجنينة.",
            "recognition_demand",
            "الجنينة",
        ),
    ],
)
def test_a_right_in_a_territory_claims_it(text: str, kind: str, territory: str) -> None:
    """حق/أحقية … في X: the place is the owner's; to be recognised, a recognition demand."""
    claim = only(text)
    assert claim.kind == kind
    assert _same(territory, claim.territory.text), claim.territory.text


@pytest.mark.parametrize(
    "text",
    [
        "وقال الوزير إن لبلاده الحق في الدفاع عن نفسها.",
        "وقال الوزير إن لا حق للحركة في مدينة الجنينة.",
    ],
)
def test_a_right_in_no_territory_or_denied_is_no_claim(text: str) -> None:
    assert claims_of(text) == []


@pytest.mark.parametrize(
    ("text", "territory", "claimant"),
    [
        ("وما زالت موسكو تعتبر القرم إقليماً روسياً منذ سنوات.", "القرم", "RU"),
        ("ولا تقر بلغراد باستقلال كوسوفو، وتعتبرها إقليماً صربياً.", "كوسوفو", "RS"),
    ],
)
def test_a_province_of_an_accusative_demonym_is_a_sovereignty_claim(
    text: str, territory: str, claimant: str
) -> None:
    found = [c for c in claims_of(text) if c.kind == "sovereignty_claim"]
    assert len(found) == 1, [(c.kind, c.territory.text) for c in claims_of(text)]
    assert _same(territory, found[0].territory.text), found[0].territory.text
    assert found[0].claimant is not None
    assert found[0].claimant.id == claimant


def test_a_province_visited_is_no_claim() -> None:
    assert claims_of("وزار الوفد إقليماً صومالياً في شرق البلاد.") == []


@pytest.mark.parametrize(
    ("text", "territory"),
    [
        ("وقال رئيس الوزراء إن بلاده لن تتنازل عن سيادتها على منطقة سيونيك.", "سيونيك"),
        ("وأكد الوزير أن أرمينيا لن تتنازل أبداً عن سيادتها على سيونيك.", "سيونيك"),
        ("وكتب الوزير: لن نساوم على سيادة كوسوفو على كامل أراضيها.", "كامل أراضيها"),
        ("وقالت الوزيرة: لن نناقش السيادة على إقليم إيسيكيبو مع أحد.", "إيسيكيبو"),
    ],
)
def test_a_sovereignty_not_given_up_is_a_retention_demand(text: str, territory: str) -> None:
    found = only(text)
    assert found.kind == "retention_demand"
    assert _same(territory, found.territory.text), found.territory.text


def test_a_sovereignty_not_given_up_over_a_place_another_holds_stays_sovereignty() -> None:
    text = (
        "وتسيطر روسيا على إقليم أبخازيا منذ سنوات. "
        "وقال الوزير الجورجي إن بلاده لن تتنازل عن سيادتها على أبخازيا."
    )
    kinds = {c.kind for c in claims_of(text)}
    assert "retention_demand" not in kinds
    assert "sovereignty_claim" in kinds


def test_a_sovereignty_told_with_no_refusal_stays_sovereignty() -> None:
    assert only("وقال الوزير إن سيادة بلاده على سيونيك كاملة.").kind == "sovereignty_claim"


def test_one_bit_of_a_place_not_given_up_is_the_place_kept() -> None:
    found = only("وقال الرئيس إن غيانا لن تتنازل عن شبر واحد من إقليم إيسيكيبو.")
    assert found.kind == "retention_demand"
    assert _same("إقليم إيسيكيبو", found.territory.text), found.territory.text


def test_our_own_land_is_a_territory_withdrawn_from() -> None:
    found = only("وقال المتحدث: نطالب بانسحاب كل القوات الأجنبية من أراضينا.")
    assert found.kind == "withdrawal_demand"
    assert _same("أراضينا", found.territory.text), found.territory.text


@pytest.mark.parametrize(
    ("text", "territory"),
    [
        ("وقال القائد إن الحكومة المركزية تطالب بانسحابنا من بلدة كرمة منذ عامين.", "بلدة كرمة"),
        ("وقال الوسيط للمقاتلين: إن العاصمة تشترط خروجكم من الجزيرة قبل أي اتفاق.", "الجزيرة"),
        ("وأضاف الضابط أن الجيران يصرون على مغادرتنا الوادي الشمالي كله.", "الوادي الشمالي"),
    ],
)
def test_the_withdrawal_of_the_speaker_or_the_addressee_demanded(text: str, territory: str) -> None:
    found = only(text)
    assert found.kind == "withdrawal_demand"
    assert _same(territory, found.territory.text), found.territory.text


@pytest.mark.parametrize(
    "text",
    [
        "وقال القائد إننا أعلنا انسحابنا من بلدة كرمة مساء أمس.",
        "وقال المسؤول: بعد خروجنا من الجزيرة عاد الصيادون إلى قواربهم.",
        "وقال الزعيم إن «المطالبة بانسحابنا من الواديين تهديد لا تفاوض».",
    ],
)
def test_the_withdrawal_of_the_speaker_told_as_a_fact_is_none(text: str) -> None:
    assert [c for c in claims_of(text) if c.kind == "withdrawal_demand"] == []


def test_a_country_after_a_comma_and_wa_with_a_verb_opens_a_clause() -> None:
    text = "وتطالب الحكومة بانسحاب المتمردين من بلدة كرمة، والصين كانت صريحة في موقفها."
    found = only(text)
    assert _same("بلدة كرمة", found.territory.text), found.territory.text


def test_countries_listed_after_a_comma_stay_a_territory() -> None:
    text = "وتطالب الحكومة بانسحاب القوات الأجنبية من العراق، وسوريا والأردن."
    territories = [c.territory.text for c in claims_of(text)]
    assert any("سوريا" in t for t in territories), territories


# -- a leaving wished for or set as a condition -------------------------------------------


@pytest.mark.parametrize(
    ("text", "territory"),
    [
        # a word of asking, then أن
        ("وقال الوزير: المطلوب أن تخرج الفصائل المسلحة من مدينة درنة.", "مدينة درنة"),
        # a condition told with قبل أن
        ("وقال: لن نوقع أي اتفاق قبل أن يخرج المسلحون من مدينة سرت.", "مدينة سرت"),
        # an end told with إلى أن
        ("وقال: لا هدنة إلى أن يخرج الجيش من كامل الإقليم.", "كامل الإقليم"),
    ],
)
def test_a_leaving_in_the_subjunctive_is_a_withdrawal_demand(text: str, territory: str) -> None:
    found = only(text)
    assert found.kind == "withdrawal_demand"
    assert _same(territory, found.territory.text)


@pytest.mark.parametrize(
    "text",
    [
        "وتخرج القوات من مدينة سرت صباح كل يوم.",  # told, no particle: no demand
        "وقال الوسيط: نأمل أن يخرج الطرفان من الرياض باتفاق شامل.",  # both parties, a venue
    ],
)
def test_a_leaving_told_or_of_both_parties_is_no_demand(text: str) -> None:
    assert [c for c in claims_of(text) if c.kind == "withdrawal_demand"] == []


# -- a sovereignty asked for in a clause opened by أن ------------------------------------


@pytest.mark.parametrize(
    ("text", "territory"),
    [
        # a word of demanding, بأن and a copula in the subjunctive
        ("وقال الناطق إن الحركة تطالب بأن يكون إقليم أوغادين جزءاً من الصومال.", "إقليم أوغادين"),
        # a word of wanting, a clause between, then أن and the predicate
        (
            'وتريد أنقرة أن ينص أي تفاهم على أن شمال قبرص "جزء لا يتجزأ" من أراضيها.',
            "شمال قبرص",
        ),
    ],
)
def test_a_sovereignty_in_a_clause_asked_for_is_a_recognition_demand(
    text: str, territory: str
) -> None:
    claim = only(text)
    assert claim.kind == "recognition_demand"
    assert _same(territory, claim.territory.text)


@pytest.mark.parametrize(
    "text",
    [
        # insisting holds it to be so: a sovereignty claim
        "في حين تصرّ أسمرة على أن مثلث بادمي جزء لا يتجزأ من أراضيها.",
        # a statement after إن
        "وتقول الخرطوم إن منطقة حلايب جزء من أراضيها.",
        # a demand, then a verb of its own joined by و that affirms
        "وتطالب الرباط بوقف التصعيد وتؤكد أن إقليم تيندوف أرض مغربية.",
    ],
)
def test_a_sovereignty_insisted_on_or_said_stays_a_sovereignty_claim(text: str) -> None:
    assert only(text).kind == "sovereignty_claim"


def test_a_recognition_after_bi_an_far_from_its_demand_is_demanded() -> None:
    """طالب X، في حديث …، بأن «تعترف Y بـ …»: أن with ب before the verb, the subjunctive."""
    claim = only(
        "وقد طالب وزير الخارجية عمر داود، في مؤتمر صحافي مطوّل، بأن «تعترف إثيوبيا رسمياً"
        " بإريترية مثلث بادمي»."
    )
    assert claim.kind == "recognition_demand"


# -- a sovereignty said as the ground of a keeping -------------------------------------------


@pytest.mark.parametrize(
    ("text", "territory"),
    [
        ("وقال القيادي: «مدينة الحديدة يمنية وستبقى بأيدي أبنائها».", "مدينة الحديدة"),
        ("وقال الوزير: «بلدة أبيي سودانية وستبقى تحت حماية جيشنا».", "بلدة أبيي"),
    ],
)
def test_a_sovereignty_inside_a_keeping_is_one_retention(text: str, territory: str) -> None:
    """X Y-ية وستبقى بأيدي …: one position, coded by the keeping that contains the predicate."""
    claim = only(text)
    assert claim.kind == "retention_demand"
    assert _same(territory, claim.territory.text)


def test_a_sovereignty_told_apart_from_a_keeping_stays() -> None:
    found = claims_of("وقال الوزير: «بلدة أبيي سودانية». وأضاف أن قواته ستبقى في بلدة أبيي.")
    assert sorted(c.kind for c in found) == ["retention_demand", "sovereignty_claim"]


# -- a place its holder says will stay its own ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "evidence"),
    [
        (
            "تسيطر إسرائيل على الجولان منذ عام 1967. وقال رئيس الوزراء الإسرائيلي إن الجولان "
            "«إسرائيلي وسيبقى إسرائيلياً».",
            "الجولان «إسرائيلي وسيبقى إسرائيلياً",
        ),
        (
            "تسيطر أذربيجان على ممر لاتشين منذ عام 2022. وقال مساعد الرئيس الأذربيجاني إن "
            'الممر "أذربيجاني وسيبقى كذلك".',
            'الممر "أذربيجاني وسيبقى كذلك',
        ),
        (
            "تسيطر أرمينيا على القرى الحدودية منذ التسعينيات. وقال رئيس الوزراء إن القرى "
            "«أرمينية وستظل كذلك».",
            "القرى «أرمينية وستظل كذلك",
        ),
    ],
)
def test_holder_saying_a_place_stays_its_own_is_a_retention(text: str, evidence: str) -> None:
    """A sovereignty predicate followed by «وستبقى كذلك» (or the predicate again), said by
    the side the text tells holds the place (by name or by its head noun again), is a
    demand to keep it (CONVENTIONS rule 19), its evidence to the end of the remaining."""
    found = [c for c in claims_of(text) if c.kind.value != "control"]
    assert [c.kind.value for c in found] == ["retention_demand"]
    assert text[found[0].evidence.start : found[0].evidence.end] == evidence


@pytest.mark.parametrize(
    "text",
    [
        # another side holds the place: the sovereignty claim stays
        "تسيطر سوريا على الجولان منذ عام 1967. وقال رئيس الوزراء الإسرائيلي إن الجولان "
        "«إسرائيلي وسيبقى إسرائيلياً».",
        "تسيطر أرمينيا على القرى الحدودية منذ التسعينيات. وقال الوزير الأذربيجاني إن القرى "
        "«أذربيجانية وستظل كذلك».",
        # no one is told to hold it
        "وقال رئيس الوزراء الإسرائيلي إن الجولان «إسرائيلي وسيبقى إسرائيلياً».",
        # the verb of remaining starts another sentence
        "تسيطر أرمينيا على القرى الحدودية منذ التسعينيات. وقال رئيس الوزراء إن القرى "
        "«أرمينية». وستظل المفاوضات متعثرة.",
    ],
)
def test_place_said_to_stay_without_its_hold_stays_sovereignty(text: str) -> None:
    """«X لنا وستبقى كذلك» by a side the text does not tell holds X is its sovereignty claim."""
    found = [c for c in claims_of(text) if c.kind.value != "control"]
    assert [c.kind.value for c in found] == ["sovereignty_claim"]


@pytest.mark.parametrize(
    "text",
    [
        # the region told again by its noun, after a noun of area
        "وقال وزير الخارجية الأذربيجاني إن قره باغ «أذربيجانية وستبقى كذلك». وتسيطر أذربيجان "
        "على نحو 90 في المئة من مساحة الإقليم منذ عام 2023.",
        # the land of the named place
        "عاد ملف الصحراء الغربية إلى الواجهة. وقال الوزير المغربي إن الصحراء «مغربية وستبقى "
        "كذلك». ويسيطر المغرب على معظم أراضي الصحراء الغربية منذ 1975.",
    ],
)
def test_a_hold_of_the_region_told_again_makes_the_holder_keep_it(text: str) -> None:
    """The hold may be told of the region by its noun again (مساحة الإقليم) or of the land of
    the named place (أراضي X): the side saying the place stays its own holds it, a retention."""
    found = [c for c in claims_of(text) if c.kind.value != "control"]
    assert [c.kind.value for c in found] == ["retention_demand"]
    assert text[found[0].evidence.start : found[0].evidence.end].endswith("كذلك")


@pytest.mark.parametrize(
    ("text", "evidence"),
    [
        (
            "يسيطر الجيش الأرميني على القرى الحدودية منذ سنوات. وقال الوزير: القرى أرض أرمينية "
            "خالصة، ولن نتنازل عن شبر منها.",
            "القرى أرض أرمينية خالصة، ولن نتنازل عن شبر منها",
        ),
        (
            "تسيطر أرمينيا على القرى الحدودية منذ التسعينيات. وقال رئيس الوزراء إن القرى "
            "«أرمينية، ونحن لن نتخلى عن ذرة واحدة منها».",
            "القرى «أرمينية، ونحن لن نتخلى عن ذرة واحدة منها",
        ),
    ],
)
def test_holder_refusing_an_inch_of_a_place_it_claims_is_a_retention(
    text: str, evidence: str
) -> None:
    """A sovereignty predicate followed by «ولن نتنازل عن شبر منها», said by the side the
    text tells holds the place, is a demand to keep it (CONVENTIONS rule 19), its evidence
    to the pronoun."""
    found = [c for c in claims_of(text) if c.kind.value != "control"]
    assert [c.kind.value for c in found] == ["retention_demand"]
    assert text[found[0].evidence.start : found[0].evidence.end] == evidence


def test_refusing_an_inch_of_a_place_just_regained_is_a_retention() -> None:
    """A hold told with no side named, then «ولن نتنازل عن شبر منها»: the speaker's side
    holds the place and demands to keep it."""
    text = (
        "وقال الوزير: قواتنا استعادت السيطرة على أراضي القرى الحدودية العام الماضي، ولن "
        "نتنازل عن شبر منها مهما كانت الضغوط."
    )
    found = [c for c in claims_of(text) if c.kind.value == "retention_demand"]
    assert len(found) == 1
    assert _same(found[0].territory.text, "أراضي القرى الحدودية")
    assert text[found[0].evidence.start : found[0].evidence.end] == "ولن نتنازل عن شبر منها"


@pytest.mark.parametrize(
    "text",
    [
        "وقال وزير الخارجية الأرميني إن قره باغ «أرمينية وستبقى كذلك». وتسيطر أذربيجان على "
        "نحو 90 في المئة من مساحة الإقليم منذ عام 2023.",
        "عاد ملف الصحراء الغربية إلى الواجهة. وقال الوزير المغربي إن الصحراء «مغربية وستبقى "
        "كذلك». وتسيطر الجبهة على معظم أراضي الصحراء الغربية منذ 1975.",
    ],
)
def test_a_hold_of_the_region_told_again_by_another_side_stays_sovereignty(text: str) -> None:
    """The region told again is held by another side than the speaker's: a sovereignty claim."""
    found = [c for c in claims_of(text) if c.kind.value != "control"]
    assert [c.kind.value for c in found] == ["sovereignty_claim"]


@pytest.mark.parametrize(
    "text",
    [
        # another side holds the place: the refusal is a claim of sovereignty
        "تسيطر أذربيجان على القرى الحدودية منذ الحرب. وقال الوزير الأرميني: القرى أرض "
        "أرمينية، ولن نتنازل عن شبر منها.",
        # no one is told to hold it
        "وقال الوزير: القرى أرض أرمينية، ولن نتنازل عن شبر منها.",
    ],
)
def test_refusing_an_inch_of_a_place_another_holds_stays_sovereignty(text: str) -> None:
    """«X لنا، ولن نتنازل عن شبر منها» by a side the text does not tell holds X stays its
    sovereignty claim."""
    found = [c for c in claims_of(text) if c.kind.value != "control"]
    assert [c.kind.value for c in found] == ["sovereignty_claim"]


def test_refusing_an_inch_of_an_occupied_place_is_no_retention() -> None:
    """A hold told as an occupation is another's: «ولن نتنازل عن شبر منها» after it keeps
    nothing for the occupier."""
    text = "وقال الوزير: يحتل العدو القرى الحدودية منذ سنوات، ولن نتنازل عن شبر منها."
    assert [c for c in claims_of(text) if c.kind.value == "retention_demand"] == []
