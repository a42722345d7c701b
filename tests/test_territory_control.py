"""Control and annexation told by constructions of the place, of time and of declaring.

A place said to be in someone's hands (في يد، بيد) or to have come under someone's control
(لتصبح المدينة تحت سيطرتها، لكن المدينة باتت تحت سيطرتنا), a place subject to an occupation or a
control named by a demonym (تخضع للاحتلال …), a time since which a control holds told with
its event between the verb and the object (منذ انهيار الهدنة في مارس 2025), and an
annexation declared after a control (وأعلنت ضمها). Sentences are composed for the tests.
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


def _only_control(text: str) -> TerritoryClaim:
    found = claims_of(text)
    assert [c.kind for c in found] == ["control"], [(c.kind, c.territory.text) for c in found]
    return found[0]


# -- in someone's hands ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "territory", "claimant"),
    [
        # a verb of becoming and adverbs of how much between it and the hands
        (
            "وقال المراسل إن مدينة الفاشر أصبحت بالكامل تقريباً في يد قوات الدعم السريع.",
            "مدينة الفاشر",
            "Rapid Support Forces",
        ),
        # the verb of lasting before its subject
        ("ولا تزال مدينة كسلا ومحيطها في يد الجيش السوداني.", "مدينة كسلا", "Sudan"),
        # ب fused to the hand, forces the gazetteer does not name
        ("وبقيت مدينة تعز بيد القوات الحكومية رغم الحصار.", "مدينة تعز", None),
    ],
)
def test_a_place_in_someones_hands_is_their_control(
    text: str, territory: str, claimant: str | None
) -> None:
    claim = _only_control(text)
    assert _same(territory, claim.territory.text)
    assert (claim.claimant and claim.claimant.name) == claimant


@pytest.mark.parametrize(
    "text",
    [
        "وقال إن القرار النهائي بات في يد الرئيس وحده.",  # a decision, no place
        "وتبقى الورقة الأقوى في يد من يفاوض.",  # no one named after the hands
    ],
)
def test_hands_over_no_place_or_no_one_claim_nothing(text: str) -> None:
    assert claims_of(text) == []


@pytest.mark.parametrize(
    ("text", "territory"),
    [
        # an apposition between the verb's subject and the hands
        ("ظلت مدينة إدلب، العاصمة الإدارية للمحافظة، بيد الفصائل المسلحة.", "مدينة إدلب"),
        # a relative clause between the subject and the verb of remaining
        (
            "فمدينة الحسكة، التي كان يفترض أن تسلم إدارتها للحكومة، بقيت في يد القوات الكردية.",
            "مدينة الحسكة",
        ),
        # a participle describing the place between it and لسيطرة
        (
            "ويخضع معبر نصيب، الواقع على الطريق بين دمشق وعمّان، لسيطرة قوات الحكومة منذ 2018.",
            "معبر نصيب",
        ),
    ],
)
def test_an_aside_between_the_place_and_its_control_is_skipped(text: str, territory: str) -> None:
    claim = _only_control(text)
    assert _same(territory, claim.territory.text)


def test_an_aside_before_hands_with_no_place_claims_nothing() -> None:
    text = "وقال الوزير، الرجل الثاني في الحكومة، إن القرار بات بيد الرئيس وحده."
    assert claims_of(text) == []


# -- under someone's control: the clause's words around the subject -----------------------


@pytest.mark.parametrize(
    ("text", "territory"),
    [
        # a particle of contrast opens the clause; the control told with the speaker's pronoun
        (
            "وقال المتحدث باسم الحركة: نرحب بأي هدنة، لكن مدينة كادقلي باتت تحت سيطرتنا الكاملة.",
            "مدينة كادقلي",
        ),
        # the present of becoming with the ل of result before its subject, "all of it" after
        (
            "وتقدمت القوات نحو بلدة الدبيبات، لتصبح ولاية جنوب كردفان كلها تقريباً تحت سيطرتها.",
            "ولاية جنوب كردفان",
        ),
        # an adjective of how full the control is, then who holds it with ل
        (
            "وانسحب الجيش من محيط البلدة، لتصبح مدينة أبشي تحت السيطرة الكاملة لقوات المعارضة.",
            "مدينة أبشي",
        ),
    ],
)
def test_a_place_come_under_someones_control_is_their_control(text: str, territory: str) -> None:
    claim = _only_control(text)
    assert _same(territory, claim.territory.text)
    assert not _same("كلها", claim.territory.text)


@pytest.mark.parametrize(
    "text",
    [
        "وأكد القائد أن مدينة كادقلي لن تصبح تحت سيطرة المتمردين.",  # denied: no control
        "وقال الوزير: الوضع الأمني كله تحت السيطرة الكاملة للحكومة.",  # no place
    ],
)
def test_a_control_denied_or_over_no_place_claims_nothing(text: str) -> None:
    assert claims_of(text) == []


def test_places_in_a_row_under_a_plural_noun_are_one_territory_under_control() -> None:
    text = "وقال المحلل إن مدن كوستيانتينيفكا وكراماتورسك لا تزال تحت السيطرة الأوكرانية."
    claim = _only_control(text)
    assert _same("مدن كوستيانتينيفكا وكراماتورسك", claim.territory.text)
    assert {p.name for p in claim.parts} == {"Kostiantynivka", "Kramatorsk"}


# -- subject to an occupation ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "territory", "claimant"),
    [
        (
            "وأوضح الوزير أن جزيرة أبو موسى تخضع للاحتلال الإيراني منذ عقود.",
            "جزيرة أبو موسى",
            "Iran",
        ),
        ("ويخضع معبر رفح للسيطرة المصرية من الجانب الآخر.", "معبر رفح", "Egypt"),
    ],
)
def test_subject_to_an_occupation_named_by_a_demonym_is_a_control(
    text: str, territory: str, claimant: str
) -> None:
    claim = _only_control(text)
    assert _same(territory, claim.territory.text)
    assert claim.claimant is not None
    assert claim.claimant.name == claimant


# -- a time since which the control holds ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "territory"),
    [
        # an event and its date between the subject and على
        (
            "وتسيطر القوات التركية منذ توغلها في الشمال في صيف 2019 على شريط حدودي واسع.",
            "شريط حدودي واسع",
        ),
        # the same before the object of a transitive verb: no في of the event opens it
        (
            "ويحتل الجيش الإسرائيلي منذ انهيار الهدنة في مارس 2025 ثلاث تلال داخل الأراضي "
            "اللبنانية.",
            "تلال داخل الأراضي اللبنانية",
        ),
        # an aside between commas, then the time, then على
        (
            "وتسيطر الجماعة، التي تتخذ من الجبال معقلاً لها، منذ صيف 2021 على مدينة أخرى قرب "
            "الحدود.",
            "مدينة أخرى",
        ),
    ],
)
def test_a_time_since_between_verb_and_object_is_skipped(text: str, territory: str) -> None:
    claim = _only_control(text)
    assert _same(territory, claim.territory.text)
    assert not _same("الشمال", claim.territory.text)


# -- an annexation declared after a control -------------------------------------------------


def test_an_annexation_declared_after_a_control_is_a_claim_of_its_own() -> None:
    text = "احتلت إسرائيل القدس الشرقية عام 1967 وأعلنت ضمها عام 1980."
    found = {(c.kind, c.territory.name, c.year) for c in claims_of(text)}
    assert found == {("control", "East Jerusalem", 1967), ("annexation", "East Jerusalem", 1980)}


def test_a_demand_told_by_its_pronoun_after_them_leaves_both_claims_and_their_years() -> None:
    # the demand's pronoun reaches back past the annexation's cue: its evidence is its own,
    # so the annexation is not read as a description inside it, nor its year the demand's
    text = (
        "احتلت إسرائيل القدس الشرقية عام 1967 وأعلنت ضمها عام 1980، ويطالب الفلسطينيون باستعادتها."
    )
    found = {(c.kind, c.territory.name, c.year) for c in claims_of(text)}
    assert found == {
        ("control", "East Jerusalem", 1967),
        ("annexation", "East Jerusalem", 1980),
        ("withdrawal_demand", "East Jerusalem", None),
    }


# -- a centre held --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "territory", "share"),
    [
        ("سيطر المسلحون على مركز للشرطة في منطقة الحدود.", "مركز للشرطة في منطقة الحدود", None),
        ("وتقول المصادر إن الفصائل تسيطر على نحو 30% من مركز المحافظة.", "مركز المحافظة", 30.0),
    ],
)
def test_a_centre_is_a_territory_head(text: str, territory: str, share: float | None) -> None:
    """مركز (a district's seat, a post) is a place held like a town or a base."""
    claim = _only_control(text)
    assert _same(territory, claim.territory.text), claim.territory.text
    assert claim.share_percent == share


@pytest.mark.parametrize(
    "text",
    [
        "احتل المنتخب المركز الثاني في البطولة.",  # a rank, no place
        "انتقل اللاعب إلى مركز الهجوم.",  # no cue of control
    ],
)
def test_a_centre_ranked_or_played_is_no_territory(text: str) -> None:
    assert claims_of(text) == []


# -- a masculine object pronoun on the verb of occupying ------------------------------------


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("أما الإقليم، الذي تحتله القوات منذ 2020، فيبقى خارج التفاوض.", {"control"}),
        (
            "أما الإقليم، الذي احتلته القوات عام 1975 وضمته الحكومة عام 1979، فيبقى خارج التفاوض.",
            {"control", "annexation"},
        ),
    ],
)
def test_a_place_occupied_told_by_a_masculine_pronoun_is_held(text: str, kinds: set[str]) -> None:
    """الذي احتلته / تحتله: the verb of occupying with the masculine object pronoun names the
    relative's head, as احتلتها does a feminine one; an annexation joined by و stays its own."""
    found = claims_of(text)
    assert {c.kind for c in found} == kinds, [(c.kind, c.territory.text) for c in found]
    assert all(_same("الإقليم", c.territory.text) for c in found)


def test_a_verbal_noun_of_occupying_with_a_pronoun_is_no_such_verb() -> None:
    # احتلاله: the occupation denied is the army's own, no territory named by the pronoun
    assert claims_of("ونفى الجيش احتلاله للمدينة.") == []


# -- a share kept: a verb of keeping told as a fact, with a share as its object --------------


@pytest.mark.parametrize(
    ("text", "territory", "share"),
    [
        # the percentage written in words of a hundred, fused ب before its hedge
        ("وتحتفظ الحكومة بنحو 62 بالمئة من وادي الأبريماك.", "وادي الأبريماك", 62.0),
        ("ويحتفظ المتمردون بقرابة 45 بالمائة من إقليم كاتانغا.", "إقليم كاتانغا", 45.0),
        ("وما زالت القوات الحكومية تحتفظ بحوالي 30 في المئة من ولاية النيل.", "ولاية النيل", 30.0),
        # the sign, Latin or Arabic, the digits Arabic-Indic too
        ("واحتفظت الميليشيا بأكثر من 70% من جزيرة سقطرى.", "جزيرة سقطرى", 70.0),
        ("وتحتفظ أرمينيا بما يقارب ٢٥٪ من منطقة الحدود.", "منطقة الحدود", 25.0),
        # the share in words: a number, a fraction
        ("وتحتفظ الجبهة بحوالي عشرين في المئة من إقليم تيغراي.", "إقليم تيغراي", 20.0),
        ("ويحتفظ الجيش بنصف مدينة الفاشر منذ الصيف.", "مدينة الفاشر", 50.0),
        ("وتحتفظ القبائل بنحو ثلث وادي حضرموت.", "وادي حضرموت", 33.3),
        # a fifth, unvowelled as five, before a singular territory noun it cannot count
        ("ولا تزال الحكومة تحتفظ بنحو خُمس ولاية كسلا.", "ولاية كسلا", 20.0),
    ],
)
def test_a_share_kept_is_a_control_with_that_share(text: str, territory: str, share: float) -> None:
    claim = _only_control(text)
    assert _same(territory, claim.territory.text)
    assert claim.share_percent == share


@pytest.mark.parametrize(
    ("text", "territory"),
    [
        # the future keeps a demand to keep
        ("وقال الوزير إن بلاده ستحتفظ بنحو 40% من الإقليم الشمالي.", "الإقليم الشمالي"),
        # a wish governs the keeping, the share written in words of a hundred
        ("وتريد الحركة أن تحتفظ بنحو 40 بالمئة من الإقليم الشمالي.", "الإقليم الشمالي"),
        # the verbal noun of keeping, a wish before it
        ("وكشفت الخريطة عن نية الاحتفاظ بأكثر من ٤٠٪ من مساحة الوادي.", "مساحة الوادي"),
    ],
)
def test_a_share_whose_keeping_is_wanted_is_a_retention_with_that_share(
    text: str, territory: str
) -> None:
    found = claims_of(text)
    assert [c.kind for c in found] == ["retention_demand"]
    assert _same(territory, found[0].territory.text)
    assert found[0].share_percent == 40.0


def test_five_things_kept_are_no_fifth_of_a_territory() -> None:
    claim = _only_control("وتحتفظ القوات بخمس نقاط في جنوب البلاد.")
    assert claim.share_percent is None


@pytest.mark.parametrize(
    "text",
    [  # an area measured inside a territory: the territory is what follows داخل
        "وتسيطر القوات التركية اليوم على نحو 300 كيلومتر مربع داخل الأراضي العراقية.",
        "توسع الجيش حتى يحتل قرابة 90 كيلومتراً مربعاً إضافية داخل الأراضي اللبنانية.",
    ],
)
def test_an_area_inside_a_territory_is_held_of_that_territory(text: str) -> None:
    [claim] = claims_of(text)
    assert claim.kind == "control"
    assert claim.territory.text.startswith("الأراضي")


def test_a_length_inside_a_province_is_no_area() -> None:
    # كيلومتراً alone measures a depth, no area: no territory is read past داخل from it
    assert all(
        "محافظة" not in c.territory.text
        for c in claims_of("وتسيطر القوات على نحو 30 كيلومتراً داخل محافظة دهوك.")
    )
