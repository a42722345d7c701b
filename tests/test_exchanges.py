"""The exchanges extractor: one test per construction, golden cases, and invariance properties.

Sentences here are composed for the tests, not taken from the seed articles.
"""

from __future__ import annotations

import datetime
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from tests.golden import assert_case_found, case_params
from tests.strategies import with_noise

from negotext.analysis import Analysis
from negotext.ar.normalize import normalize_text
from negotext.document import Document
from negotext.extractors.exchanges import find_exchanges
from negotext.records import Exchange


def exchanges_of(text: str) -> list[Exchange]:
    return find_exchanges(Analysis(Document(text)))


def only(text: str) -> Exchange:
    found = exchanges_of(text)
    assert len(found) == 1, [(r.kind, text[r.evidence.start : r.evidence.end]) for r in found]
    return found[0]


# -- kind -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("أعلن الطرفان اتفاقاً على تبادل 50 أسيراً.", "prisoners"),
        ("أفرجت السلطات عن 20 سجيناً في إطار الصفقة.", "prisoners"),
        ("تم تبادل 30 معتقلاً بين الحكومة والمعارضة.", "detainees"),
        ("أطلقت الحركة سراح أربع رهائن.", "hostages"),
        ("قالت الجماعة إنها ستطلق سراح خمسة رهائن.", "hostages"),
        ("سلمت القوات رفات 40 جندياً.", "bodies"),
        ("تبادل الوفدان مسودات اتفاق السلام.", "documents"),
    ],
)
def test_kind(text: str, kind: str) -> None:
    assert only(text).kind == kind


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("وتعثرت الوساطة بعد توقف الإفراجات التي شملت 230 معتقلاً في الربيع.", 230),
        ("وشملت المبادلات الثلاث نحو 400 أسير من الجانبين.", 400),
    ],
)
def test_plural_verbal_nouns_of_releasing_and_exchanging(text: str, count: int) -> None:
    """The plural of the verbal noun (الإفراجات، المبادلات) tells releases as its singular."""
    assert only(text).count == count


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("وطالبت الحكومة بالإفراج عن نحو 60 لاجئاً سودانياً اعتُقلوا في حملة أمنية.", 60),
        ("وأفرجت الشرطة عن 12 لاجئاً كانوا محتجزين في مركز الترحيل.", 12),
    ],
)
def test_refugees_released_are_people(text: str, count: int) -> None:
    """Refugees (لاجئ، لاجئين) counted in a release are people: detainees."""
    found = only(text)
    assert (found.kind, found.count) == ("detainees", count)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("وأطلقت الجماعة سراح بضع رهائن من عمال الإغاثة.", "hostages"),
        ("وأفرجت السلطات عن عدة معتقلين من أنصار المعارضة.", "detainees"),
        ("وأفرج الجيش عن بضعة عشر أسيراً من المتمردين.", "prisoners"),
        ("وأفرجت الحكومة عن العشرات من المعتقلين.", "detainees"),
    ],
)
def test_a_few_or_several_released_is_an_exchange_with_no_count(text: str, kind: str) -> None:
    """A few or several (بضع، بضعة، عدة، العشرات) state no count, as عشرات and آلاف do."""
    found = only(text)
    assert (found.kind, found.count, found.approximate) == (kind, None, True)


# -- count, approximation, sides ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "count", "approximate"),
    [
        ("اتفق الطرفان على تبادل ألف أسير.", 1000, False),
        ("اتفق الطرفان على تبادل 1200 أسير.", 1200, False),
        ("أفرجت الحركة عن ثلاث رهائن.", 3, False),
        ("اتفق الطرفان على تبادل نحو 300 أسير.", 300, True),
        ("اتفق الطرفان على تبادل أكثر من 200 محتجز.", 200, True),
        ("أسفرت المفاوضات عن تبادل آلاف الأسرى.", None, True),
        ("طالبت المنظمة بالإفراج عمّا يزيد على 300 أسير.", 300, True),
        ("أفرجت الجبهة عما لا يقل عن 30 معتقلاً.", 30, True),
    ],
)
def test_count_as_stated(text: str, count: int | None, approximate: bool) -> None:
    found = only(text)
    assert (found.count, found.approximate) == (count, approximate)


@pytest.mark.parametrize(
    ("text", "per_side"),
    [
        ("اتفق الجانبان على تبادل 500 أسير من كل جانب.", True),
        ("الأمر الرئيسي هو تبادل ألف سجين بألف.", True),
        ("اتفق الطرفان على تبادل 887 محتجزاً من الطرفين.", False),
        ("اتفق الطرفان على تبادل 300 أسير بين الجانبين.", None),
    ],
)
def test_per_side(text: str, per_side: bool | None) -> None:
    assert only(text).per_side is per_side


def test_asymmetric_swap_keeps_the_other_number() -> None:
    found = only("أتم الطرفان تبادل 1200 أسير أوكراني مقابل 1700 أسير روسي.")
    assert (found.count, found.count_other, found.per_side) == (1200, 1700, True)


def test_all_for_all() -> None:
    found = only("أعلنت الجماعة استعدادها لعقد صفقة تبادل الأسرى، وعرضت تبادل الكل مقابل الكل.")
    assert found.per_side is True
    assert found.count is None


@pytest.mark.parametrize(
    ("text", "kind", "count"),
    [
        ("أفرجت إيران عن خمسة مواطنين أميركيين محتجزين لديها.", "detainees", 5),
        ("أفرجت الجماعة عن 15 سعودياً ضمن الصفقة.", "detainees", 15),
        ("سلمت الحركة جثتي رهينتين إلى الصليب الأحمر.", "bodies", 2),
        ("أعاد الجانبان رفات 15 مفقوداً.", "bodies", 15),
        ("أفرجت إسرائيل، الثلاثاء، عن أربعة لبنانيين.", "detainees", 4),
        ("طالب بإطلاق سراح نحو 3 آلاف مدني تحتجزهم القوات.", "detainees", 3000),
        ("سلمت الحركة ثلاث محتجزات إسرائيليات.", "hostages", 3),
        ("أفرجت الحركة عن الجندي الإسرائيلي.", "prisoners", 1),
    ],
)
def test_counted_people_duals_and_returns(text: str, kind: str, count: int) -> None:
    found = only(text)
    assert (found.kind, found.count) == (kind, count)


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("تطالب الحركة بالإفراج عن 250 أسيراً و1700 معتقل.", [(250, None), (1700, None)]),
        ("شهدت المرحلة الإفراج عن 33 رهينة و1800 أسير.", [(33, None), (1800, None)]),
        ("وصلت طائرة تقل 120 أسيراً أفرجت عنهم السعودية.", [(120, None)]),
        ("أعلنت استعدادها لإطلاق سراح جميع الرهائن، وعددهم 20 رهينة.", [(20, None)]),
    ],
)
def test_lists_apposed_counts_and_releases_told_after(
    text: str, counts: list[tuple[int, int | None]]
) -> None:
    assert [(r.count, r.count_other) for r in exchanges_of(text)] == counts


def test_a_release_in_return_is_the_other_half() -> None:
    found = only("أفرجت الحكومة عن 300 أسير، مقابل إطلاق المتمردين سراح 120 أسيراً.")
    assert (found.kind, found.count, found.count_other) == ("prisoners", 300, 120)


@pytest.mark.parametrize(
    "text",
    [
        "سلّمت بغداد جثث 9 مقاتلين، على أن تتسلم أنقرة بالمقابل رفات عدد من جنودها.",
        "أطلقت مانيلا سراح 14 أسيراً، وأفرجت الجبهة مقابل ذلك عن أسرى الجيش.",
    ],
)
def test_in_return_inside_the_clause_is_the_other_half(text: str) -> None:
    """بالمقابل / مقابل ذلك between the verb and its object: what is given back, no record."""
    assert len(exchanges_of(text)) == 1


@pytest.mark.parametrize(
    ("text", "count", "count_other"),
    [
        ("تسلّمت أرمينيا رفات 60 جندياً، وسلّمت في المقابل 12 جثماناً لجنود أذربيجانيين.", 60, 12),
        ("سلّم الجيش الإثيوبي 300 أسير إريتري، وتسلّم بالمقابل 45 أسيراً من جنوده.", 300, 45),
        (
            "أعادت كولومبيا جثث 8 مقاتلين إلى الجبهة، وفي المقابل، سلّمت الجبهة 3 جثث لجنود.",
            8,
            3,
        ),
        # one side told with no number: the only number told counts the exchange
        ("تسلّمت الهند رفات أحد جنودها، وسلّمت في المقابل جثامين 6 باكستانيين.", 6, None),
    ],
)
def test_the_other_side_told_in_a_second_clause(
    text: str, count: int, count_other: int | None
) -> None:
    """وسلّمت في المقابل / وتسلّم بالمقابل / وفي المقابل، سلّمت: the return of one swap."""
    found = only(text)
    assert (found.kind, found.count, found.count_other) == ("bodies", count, count_other) or (
        found.kind,
        found.count,
        found.count_other,
    ) == ("prisoners", count, count_other)


@pytest.mark.parametrize(
    ("text", "kind", "count", "count_other"),
    [
        (
            "أعادت الهند الأحد 40 صياداً سريلانكياً، معظمهم من جافنا، عبر ممر بحري، مقابل 9"
            " صيادين هنديين أفرجت عنهم كولومبو.",
            "detainees",
            40,
            9,
        ),
        (
            "أطلقت جبهة البوليساريو سراح 30 أسيراً مغربياً، مقابل 12 أسيراً أفرجت عنهم الرباط.",
            "prisoners",
            30,
            12,
        ),
        # a second noun joined by و shares the number: no people of its own for the pronoun
        (
            "سلّمت الحركة 4 رهائن مقابل 150 أسيراً ومعتقلاً أطلقت السلطات سراحهم من سجونها.",
            "hostages",
            4,
            150,
        ),
    ],
)
def test_people_in_return_released_by_a_pronoun(
    text: str, kind: str, count: int, count_other: int
) -> None:
    """مقابل N أسيراً أفرجت عنهم X: the people after مقابل are the swap's other side, however
    many commas stand between; the release that names them by a pronoun is no exchange."""
    found = only(text)
    assert (found.kind, found.count, found.count_other) == (kind, count, count_other)


@pytest.mark.parametrize(
    ("text", "kind", "count"),
    [
        # a group of people counted after من: leaders, members, sons of a tribe, workers
        ("أفرجت السلطات البيلاروسية عن 14 من قادة المعارضة.", "detainees", 14),
        ("وأطلقت الحكومة النيبالية سراح تسعة من أعضاء الحزب المحظور.", "detainees", 9),
        ("أفرجت السلطات التشادية عن 30 من قيادييها.", "detainees", 30),
        # a verbal noun of returning or handing over with its people right after it
        ("اتفق البلدان على إعادة 40 من صيادي الجزيرة المحتجزين لدى خفر السواحل.", "detainees", 40),
        ("وتعهدت الحكومة بتسليم 12 من أبناء القبيلة إلى ذويهم.", "detainees", 12),
        # our defenders: soldiers taken, in every speaker's mouth
        ("قال الوزير: سنعيد 200 من مدافعينا الأسبوع المقبل.", "prisoners", 200),
        # the passive of returning, past and future
        ("أُعيد 22 صياداً إكوادورياً إلى بلدهم عبر الحدود البحرية.", "detainees", 22),
        ("وسيُعاد 60 أسيراً إلى ديارهم في إطار الصفقة.", "prisoners", 60),
    ],
)
def test_people_counted_as_a_group_or_returned_in_the_passive(
    text: str, kind: str, count: int
) -> None:
    """عن 14 من قادة المعارضة، إعادة 40 من صيادي الجزيرة، أُعيد 22 صياداً: counted people."""
    found = only(text)
    assert (found.kind, found.count) == (kind, count)


@pytest.mark.parametrize(
    "text",
    [
        "أفرجت الحكومة عن 6 من أصل 10 مليارات دولار مجمدة.",
        "تحدث الوزير عن 40 من رجال الأعمال الذين زاروا البلاد.",
        "وناقش الجانبان إعادة نحو 300 طفل إلى ذويهم.",
        "وأُعيدت جدولة الاجتماع إلى الشهر المقبل.",
    ],
)
def test_no_group_released(text: str) -> None:
    """Funds, a topic of talk, children returned with no من of a group, a meeting rescheduled."""
    assert exchanges_of(text) == []


@pytest.mark.parametrize(
    ("text", "kind", "count", "count_other"),
    [
        ("استعدنا رفات 9 من جنودنا، وسلّمنا جثث ثلاثة من مقاتلي الجبهة.", "bodies", 9, 3),
        ("تسلّمت الحكومة الفلبينية 6 رهائن، وأفرجت عن 25 سجيناً من الجماعة.", "hostages", 6, 25),
    ],
)
def test_received_then_handed_over_is_one_swap(
    text: str, kind: str, count: int, count_other: int
) -> None:
    """A side got people back, then handed its own over, the verb of handing opening the
    clause after the comma: both sides of one swap, the side named first counted."""
    found = only(text)
    assert (found.kind, found.count, found.count_other) == (kind, count, count_other)


def test_released_twice_by_one_side_is_no_swap() -> None:
    """Two releases with no verb of receiving are no two sides of a swap."""
    text = "أفرجت السلطات عن 30 معتقلاً، وسلّمت 12 أسيراً إلى الصليب الأحمر."
    assert [(r.kind, r.count) for r in exchanges_of(text)] == [
        ("detainees", 30),
        ("prisoners", 12),
    ]


@pytest.mark.parametrize(
    ("text", "kind", "count", "count_other"),
    [
        (
            "يقضي الاتفاق بإطلاق الجبهة سراح 40 رهينة، في حين تفرج الحكومة عن 300 أسير.",
            "hostages",
            40,
            300,
        ),
        (
            "ينص المقترح على أن تفرج الحركة عن 12 جندياً، بينما تطلق الحكومة 90 سجيناً.",
            "prisoners",
            12,
            90,
        ),
    ],
)
def test_terms_of_one_deal_in_a_clause_of_contrast(
    text: str, kind: str, count: int, count_other: int
) -> None:
    """The terms of a deal, one side's then the other's after في حين / بينما: one swap."""
    found = only(text)
    assert (found.kind, found.count, found.count_other) == (kind, count, count_other)


def test_demands_in_a_clause_of_contrast_stay_apart() -> None:
    text = "طالبت الحكومة بالإفراج عن 200 معتقل، فيما تطالب الجبهة بإطلاق 50 أسيراً."
    assert [(r.kind, r.count) for r in exchanges_of(text)] == [
        ("detainees", 200),
        ("prisoners", 50),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "توصل الطرفان في جنيف إلى اتفاق لتبادل 600 محتجز من الجانبين.\n\n"
        "وقال رئيس الوفد: «أنجزنا اليوم اتفاقاً لتبادل الأسرى سيُنفذ خلال شهر».",
        "أفرجت الجماعة المسلحة الأسبوع الماضي عن 8 رهائن في إقليم كيفو.\n\n"
        "وقال المتحدث: الحركة أفرجت عن محتجزين بوساطة الكنيسة، وهذه بادرة حسن نية.",
    ],
)
def test_one_exchange_named_by_two_nouns_of_captives(text: str) -> None:
    """A count-less mention of the same status as the one counted exchange, the captives
    named by another noun (أسرى for محتجزين, محتجزين for رهائن): one exchange."""
    assert len(exchanges_of(text)) == 1


def test_a_demand_for_all_is_no_mention_of_a_deal() -> None:
    text = (
        "اتفق الطرفان على تبادل 600 محتجز من الجانبين.\n\n"
        "وتطالب المعارضة بالإفراج عن جميع الأسرى دون استثناء."
    )
    assert [(r.kind, r.count) for r in exchanges_of(text)] == [
        ("detainees", 600),
        ("prisoners", None),
    ]


@pytest.mark.parametrize(
    ("text", "kind", "count", "count_other"),
    [
        (
            "هيئة شؤون الأسرى تعلن تسلّم 300 جثمان، فيما سلّمت الحكومة الجانب الآخر 25 جثة.",
            "bodies",
            300,
            25,
        ),
        (
            "وزارة الدفاع تعلن تبادل 80 أسيراً، فيما أفرجت الجبهة في المقابل عن 12 جندياً.",
            "prisoners",
            80,
            12,
        ),
    ],
)
def test_announced_in_the_present_is_done(
    text: str, kind: str, count: int, count_other: int
) -> None:
    """A headline's present of announcing (تعلن تسلّم، يعلن تبادل) tells what was done: the
    two halves of the swap share that status and are one exchange."""
    found = only(text)
    assert (found.kind, found.count, found.count_other, found.status) == (
        kind,
        count,
        count_other,
        "completed",
    )


@pytest.mark.parametrize(
    ("text", "kind", "count"),
    [
        # people told kidnapped right after them, by the passive or a verb with their pronoun
        ("وأُفرج عن ثلاثة عمال صينيين خطفوا في دلتا النيجر.", "hostages", 3),
        ("وأفرج المسلحون عن سبعة صيادين اختطفوهم قبل أسبوع.", "hostages", 7),
        # one civilian named by trade
        ("وأفرجت الجماعة عن البحار الإندونيسي بعد وساطة محلية.", "detainees", 1),
        ("أطلقت السلطات سراح المزارع الأرمني الذي عبر الحدود خطأ.", "detainees", 1),
    ],
)
def test_people_kidnapped_and_one_civilian_by_trade(text: str, kind: str, count: int) -> None:
    found = only(text)
    assert (found.kind, found.count) == (kind, count)


def test_a_later_stage_is_another_exchange() -> None:
    """المرحلة الثانية / الدفعة الثالثة of an exchange: another exchange than the first told,
    even with the same number."""
    text = (
        "أتمّ الجانبان تبادل 300 أسير من كل جانب في إسطنبول.\n\n"
        "وقال الوسيط إن الدفعة الثانية من التبادل ستشمل 300 أسير أيضاً الشهر المقبل."
    )
    assert [(r.count, r.status) for r in exchanges_of(text)] == [
        (300, "completed"),
        (300, "agreed"),
    ]


def test_the_same_exchange_told_again_is_one() -> None:
    text = (
        "أتمّ الجانبان تبادل 300 أسير من كل جانب في إسطنبول.\n\n"
        "وقال الوسيط إن تبادل الأسرى الـ300 جرى دون عوائق."
    )
    assert len(exchanges_of(text)) == 1


def test_people_estimated_by_a_verb_with_their_pronoun() -> None:
    """وتقدّرهم منظمات حقوقية بأكثر من 900 معتقل: the estimate counts the people demanded."""
    found = only(
        "تطالب المعارضة بالإفراج عن المعتقلين السياسيين، وتقدّرهم منظمات حقوقية محلية"
        " بأكثر من 900 معتقل."
    )
    assert (found.kind, found.count, found.approximate) == ("detainees", 900, True)


def test_on_the_other_hand_is_no_return() -> None:
    """في المقابل between a demand and a release done is "on the other hand": two exchanges."""
    text = "طالبت الحكومة بالإفراج عن 200 معتقل، وفي المقابل أفرجت الحركة عن 15 جندياً."
    assert [(r.kind, r.count) for r in exchanges_of(text)] == [
        ("detainees", 200),
        ("prisoners", 15),
    ]


def test_a_rate_beside_a_swap_told_with_both_sides_is_its_term() -> None:
    """15 جثماناً عن كل جثمان states how a swap told elsewhere is counted: no record of its own."""
    text = (
        "سلّمت الجبهة رفات 12 جندياً، مقابل تسلّم جثث 90 من مقاتليها. "
        "وتقضي الآلية بتسليم 8 جثث عن كل جندي."
    )
    assert [(r.kind, r.count, r.count_other) for r in exchanges_of(text)] == [("bodies", 12, 90)]


@pytest.mark.parametrize(
    ("text", "kind", "count"),
    [
        ("ينص الاتفاق على أن تعيد الحكومة 10 جثامين مقابل رفات كل جندي يُسلَّم إليها.", "bodies", 10),
        ("وافق الطرفان على إطلاق سراح 30 أسيراً لكل رهينة.", "prisoners", 30),
        ("تقترح الوساطة الإفراج عن 25 معتقلاً عن كل شرطي مخطوف.", "detainees", 25),
    ],
)
def test_a_rate_alone_is_the_swap_it_states(text: str, kind: str, count: int) -> None:
    """With no swap told with both its sides, the rate is the swap's only statement: N for 1."""
    found = only(text)
    assert (found.kind, found.count, found.count_other) == (kind, count, 1)


@pytest.mark.parametrize(
    "text",
    [
        "اتفق الطرفان على الإفراج عن 500 أسير عن كل طرف.",
        "اتفق الطرفان على تبادل 500 أسير لكل جانب.",
    ],
)
def test_a_count_for_each_side_is_no_rate(text: str) -> None:
    found = only(text)
    assert (found.count, found.count_other, found.per_side) == (500, None, True)


def test_a_rate_is_no_batch() -> None:
    """A batch handed over and the rate of the deal are two things, even when 20 = 2 × 10."""
    text = (
        "تسلّمت البعثة جثامين 20 مقاتلاً أعادها الجيش، ضمن آلية تقضي بإعادة 10 جثامين مقابل كل جندي."
    )
    assert [(r.kind, r.count, r.count_other) for r in exchanges_of(text)] == [
        ("bodies", 20, None),
        ("bodies", 10, 1),
    ]


def test_the_same_people_counted_again_are_one_exchange() -> None:
    """A later retelling with the same kind and number is the same exchange, whatever its cue."""
    text = (
        "وتنص الهدنة على بنود عدة، من بينها الإفراج عن 26 جندياً أسرتهم القوات خلال المعارك. "
        'وقال وزير الدفاع: "نطالب الطرف الآخر بالإفراج الفوري عن جنودنا الستة والعشرين".'
    )
    assert [(r.kind, r.count, r.status) for r in exchanges_of(text)] == [
        ("prisoners", 26, "agreed")
    ]
    # one person is not enough to tell, nor is a number dated to another year
    text = "أفرجت الحركة عن الطيار. وطالبت الحكومة بالإفراج عن الطيار الآخر المحتجز."
    assert [r.count for r in exchanges_of(text)] == [1, 1]
    text = "أفرجت الجبهة في مارس 2019 عن 12 أسيراً. وتطالب اليوم بالإفراج عن 12 أسيراً من عناصرها."
    found = find_exchanges(Analysis(Document(text, published="2026-01-10")))
    assert [r.count for r in found] == [12, 12]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "وشهدت المدينة عملية تبادل معتقلين أُطلق بموجبها سراح 60 جندياً من الجيش "
            "مقابل 25 من عناصر الجبهة.",
            [("detainees", 60, 25)],
        ),
        ("جرى تبادل للأسرى أفرج خلاله الجيش عن 140 مقاتلاً.", [("prisoners", 140, None)]),
        # hostages are no captives of the kind the exchange is named by
        (
            "أجرى الطرفان صفقة تبادل أسرى أطلقت بموجبها الحركة سراح 12 رهينة.",
            [("hostages", 12, None)],
        ),
        # its terms after a comma, opened by على أن or بحيث
        (
            "أعلن الوسيط أن الجانبين اتفقا على تبادل المحتجزين، على أن تفرج السلطات عن "
            "٢٥ محتجزاً مقابل ١٠ محتجزين لدى المعارضة.",
            [("detainees", 25, 10)],
        ),
        (
            "وافق الطرفان في جنيف على صفقة لتبادل الأسرى، بحيث تطلق الحكومة سراح 60 أسيراً.",
            [("prisoners", 60, None)],
        ),
        # a new sentence is no term of the exchange named before
        (
            "اتفق الطرفان على تبادل الأسرى. على أن الحكومة أفرجت أمس عن 30 أسيراً.",
            [("prisoners", None, None), ("prisoners", 30, None)],
        ),
        # joined by و, a second exchange is listed, not told
        (
            "اتفق الطرفان على تبادل الأسرى وتسليم 20 جثة.",
            [("prisoners", None, None), ("bodies", 20, None)],
        ),
    ],
)
def test_an_exchange_named_then_told_by_its_release_is_one(
    text: str, expected: list[tuple[str, int | None, int | None]]
) -> None:
    """تبادل محتجزين أُفرج بموجبها عن N: the release right after tells the exchange named."""
    assert [(r.kind, r.count, r.count_other) for r in exchanges_of(text)] == expected


def test_the_terms_after_an_exchange_named_count_it_whatever_was_asked_before() -> None:
    """على أن / بحيث after a count-less exchange tell its terms: one exchange, even when a
    demand told before with the same number would take the counted release."""
    text = (
        "وتطالب المعارضة بالإفراج عن ٢٥ من عناصرها تحتجزهم السلطات.\n\n"
        "وقال الوسيط إن الجانبين اتفقا على تبادل المحتجزين، على أن تفرج السلطات عن ٢٥ محتجزاً "
        "مقابل ١٠ محتجزين لدى المعارضة.\n"
    )
    found = [(r.kind, r.count, r.count_other, r.status) for r in exchanges_of(text)]
    assert found == [("detainees", 25, 10, "agreed")]


def test_a_swap_agreed_in_an_earlier_year_is_the_swap_told_later() -> None:
    """The date of an agreement is when the swap was agreed, not when it is done."""
    text = (
        "وكان الطرفان قد وقّعا في مارس 2024 اتفاقاً نص على تبادل الأسرى. "
        "إلا أن عملية التبادل هذه، التي يفترض أن تشمل نحو 400 أسير، لم تنفذ بعد."
    )
    found = find_exchanges(Analysis(Document(text, published="2026-02-01")))
    assert [(r.kind, r.count) for r in found] == [("prisoners", 400)]
    # a swap done in an earlier year stays apart from today's
    text = "وكان الطرفان قد تبادلا في مارس 2024 نحو 400 أسير. واتفقا اليوم على تبادل 400 أسير."
    found = find_exchanges(Analysis(Document(text, published="2026-02-01")))
    assert [(r.count, r.status) for r in found] == [(400, "completed"), (400, "agreed")]


@pytest.mark.parametrize(
    ("text", "count", "status"),
    [
        # the present of holding, in the clause before
        (
            "وقالت الوزارة إن السلطات ما زالت تحتجز 40 صياداً تركياً، وتطالب أنقرة بالإفراج عنهم.",
            40,
            "demanded",
        ),
        # in the sentence before
        (
            "وقالت الوزارة إن السلطات تحتجز نحو 40 مواطناً تركياً لأسباب سياسية. "
            "وطالبنا بالإفراج عنهم جميعاً.",
            40,
            "demanded",
        ),
        ("اعتقلت الشرطة 12 صحفياً أثناء التظاهرة. وأفرجت عنهم مساء اليوم.", 12, "completed"),
        # past an apposition telling some of them
        (
            "وتقول أنقرة إن دمشق ما زالت تحتجز 30 تركياً على الأقل، بينهم صحفيون وطلاب، "
            "وتطالب بالإفراج عنهم جميعاً.",
            30,
            "demanded",
        ),
    ],
)
def test_people_told_held_then_released_by_a_pronoun(text: str, count: int, status: str) -> None:
    found = only(text)
    assert (found.kind, found.count, found.status) == ("detainees", count, status)


@pytest.mark.parametrize(
    ("text", "kind", "count"),
    [
        # the counted kind noun before the owner of a partitive
        (
            "وقال الوزير إنه ما زال لدى الجماعة قرابة 90 أسيراً من جنودنا، ونطالب بإطلاقهم.",
            "prisoners",
            90,
        ),
        # the people counted by a partitive, their noun of captives a predicate after them
        (
            "ولا تزال لدى المتمردين نحو أربعين من جنودنا أسرى، ونطالب بالإفراج عنهم جميعاً.",
            "prisoners",
            40,
        ),
        # the copula of remaining before the people, the predicate of holding after them
        (
            "لا يزال قرابة 35 من موظفينا محتجزين لدى الشرطة، ونحن نطالب بإطلاقهم.",
            "detainees",
            35,
        ),
        # the place they are held in before them, a noun of people
        (
            "وما زال في سجون العاصمة سبعة من مواطنينا، وتطالب الخارجية بإطلاق سراحهم.",
            "detainees",
            7,
        ),
        # others: the kind told last before them
        (
            "أفرجت الحكومة عن ثلاثة أسرى الشهر الماضي. لكن هناك تسعة آخرين ما زالوا في "
            "سجونها، ونطالب بإطلاقهم.",
            "prisoners",
            9,
        ),
    ],
)
def test_people_still_held_then_demanded_by_a_pronoun(text: str, kind: str, count: int) -> None:
    """Counted people told still held, then a demand for their release by a pronoun."""
    found = [r for r in exchanges_of(text) if r.status == "demanded"]
    assert [(r.kind, r.count) for r in found] == [(kind, count)]


def test_one_body_past_its_demonym_then_demanded_by_a_pronoun() -> None:
    text = "وما زالت جثة رهينة أجنبية واحدة لدى الحركة، وتطالب العائلة بتسليمها."
    assert [(r.kind, r.count, r.status) for r in exchanges_of(text)] == [("bodies", 1, "demanded")]


def test_a_year_is_no_count_of_people_still_held() -> None:
    text = "ما زالت المفاوضات متعثرة منذ 2019، وتطالب المعارضة بالإفراج عنهم."
    assert [r.count for r in exchanges_of(text)] == []


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("أفرجت الشرطة عن صحفيَيْن فرنسيين أوقفا أثناء التظاهرة.", 2),
        ("وأطلقت الجماعة سراح محتجزَين بريطانيين مساء الأحد.", 2),
        # the plural, marked by its kasra, counts nothing
        ("وأطلقت الجماعة سراح محتجزِين بريطانيين مساء الأحد.", None),
    ],
)
def test_a_dual_told_by_its_vowel_marks_counts_two(text: str, count: int | None) -> None:
    assert [(r.kind, r.count) for r in exchanges_of(text)] == [("detainees", count)]


def test_a_place_phrase_in_the_subject_before_the_release_marker() -> None:
    """سلطات الأمر الواقع في الإقليم: the place its في names is no word of the subject."""
    text = (
        "تبادل الطرفان الأسرى العام الماضي. وأفرجت سلطات الأمر الواقع في أبخازيا أمس عن "
        "صحفيين ألمانيين اثنين."
    )
    found = [r for r in exchanges_of(text) if r.count is not None]
    assert [(r.kind, r.count) for r in found] == [("detainees", 2)]


@pytest.mark.parametrize(
    ("text", "kind", "count"),
    [
        (
            "في ثلاجات المستشفيات لدينا نحو 60 جثماناً. وقد اقترحنا تبادلها عبر الوسطاء.",
            "bodies",
            60,
        ),
        (
            "يحتجز المتمردون 45 أسيراً من الجيش وعناصر من الشرطة. والحكومة مستعدة لمبادلتهم.",
            "prisoners",
            45,
        ),
    ],
)
def test_people_told_before_a_verbal_noun_of_exchanging_with_a_pronoun(
    text: str, kind: str, count: int
) -> None:
    assert [(r.kind, r.count, r.status) for r in exchanges_of(text)] == [(kind, count, "proposed")]


def test_a_verbal_noun_of_exchanging_with_a_pronoun_takes_no_people_after_it() -> None:
    """الأسرى الذين جرى تبادلهم … إلى 5000 أسير: a running total, not an exchange's people."""
    text = "وارتفع عدد الأسرى الذين جرى تبادلهم منذ بدء الوساطة إلى 5000 أسير."
    assert exchanges_of(text) == []


def test_people_held_after_hostages_told_are_hostages() -> None:
    """The kind named last before the verb of holding (not one in an apposition) decides."""
    text = (
        "أفرجت الجماعة المسلحة عن خمس رهائن بينهم جنديان. وقال الوسيط إن الجماعة ما زالت "
        "تحتجز نحو عشرين شخصاً، وإن الحكومة تطالب بإطلاق سراحهم."
    )
    assert [(r.kind, r.count) for r in exchanges_of(text)] == [("hostages", 5), ("hostages", 20)]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "اشترطت الجبهة الإفراج عن قائدها جون قرنق، الموقوف منذ عامين في سجن العاصمة، "
            "وعن أكثر من 30 من قيادييها المعتقلين، قبل أي حوار.",
            30,
        ),
        (
            "طالبت المعارضة بالإفراج الفوري عن زعيمها، الخاضع للإقامة الجبرية منذ مارس، "
            "وعن 15 من مساعديه المحتجزين.",
            15,
        ),
    ],
)
def test_people_counted_after_a_repeated_preposition_are_the_release(text: str, count: int) -> None:
    """الإفراج عن X، [apposition]، وعن N من …: وعن adds the counted people to the release."""
    found = only(text)
    assert (found.kind, found.count, found.status) == ("detainees", count, "demanded")


def test_a_swap_of_two_kinds_is_one_exchange() -> None:
    """What is given in return, of another kind, is the other side: its number in count_other."""
    text = "يتضمن المقترح إطلاق سراح 10 رهائن، مقابل الإفراج عن 200 أسير."
    assert [(r.kind, r.count, r.count_other, r.status) for r in exchanges_of(text)] == [
        ("hostages", 10, 200, "proposed"),
    ]
    text = "وافقت الحركة على الإفراج عن 33 رهينة مقابل 1900 أسير فلسطيني."
    assert [(r.kind, r.count, r.count_other) for r in exchanges_of(text)] == [
        ("hostages", 33, 1900),
    ]
    # a verbal noun of releasing with its subject before سراح, and a noun of release with its
    # subject before عن, tell the two halves of one swap
    text = (
        "وشهدت المرحلة الأولى إفراج الجماعة عن 14 رهينة أجنبية دفعة واحدة، "
        "مقابل إطلاق الحكومة سراح 310 معتقلين."
    )
    assert [(r.kind, r.count, r.count_other) for r in exchanges_of(text)] == [
        ("hostages", 14, 310),
    ]
    text = "أطلقت الجبهة سراح 11 جندياً حكومياً، مقابل إطلاق 6 من عناصرها."
    assert [(r.kind, r.count, r.count_other) for r in exchanges_of(text)] == [
        ("prisoners", 11, 6),
    ]


def test_documents_are_not_released_or_returned() -> None:
    assert exchanges_of("أعاد الاتفاق رسم خريطة المنطقة.") == []


@pytest.mark.parametrize(
    "text",
    [
        "وقال الوزير إن حكومته سلّمت الوسيط قائمة بأسماء 400 معتقل تطالب بالإفراج عنهم.",
        "وأكد المبعوث أن الوفدين تسلّما مسودة الاتفاق الإطاري وسيردان عليها الأسبوع المقبل.",
        "وسلّم السفير مذكرة احتجاج إلى وزارة الخارجية.",
        "وستسلّم اللجنة كشوفات المفقودين إلى الصليب الأحمر.",
    ],
)
def test_lists_and_drafts_handed_over_by_one_side_are_no_exchange(text: str) -> None:
    assert [r for r in exchanges_of(text) if r.kind == "documents"] == []


@pytest.mark.parametrize(
    "text",
    [
        "وتبادل الطرفان قوائم بأسماء المحتجزين لدى كل منهما.",
        "ومن المقرر أن يتبادل الوفدان مسودات الاتفاق غداً.",
        "وسلّمت الحكومة إلى الجبهة خرائط حقول الألغام في الإقليم.",
    ],
)
def test_documents_exchanged_or_things_handed_over_are_an_exchange(text: str) -> None:
    assert only(text).kind == "documents"


def test_a_batch_told_as_a_transfer_counts_the_exchange_named_with_it() -> None:
    found = only(
        "أعلنت الوساطة انتهاء عملية تبادل الأسرى، بعدما نقلت الحافلات 120 أسيراً إلى الحدود."
    )
    assert (found.kind, found.count) == ("prisoners", 120)
    # alone, a transfer is no exchange: prisoners are moved between prisons too
    assert exchanges_of("نقلت السلطات 120 أسيراً إلى سجن آخر.") == []


@pytest.mark.parametrize(
    ("text", "kind", "count"),
    [
        ("أطلقت الحكومة سراح مواطنين ألمانيين ثلاثة.", "detainees", 3),
        ("أفرجت الجماعة بموجب الاتفاق عن مواطنين أتراك أربعة.", "detainees", 4),
        ("أطلقت الجماعة سراح مواطنين نيباليين اثنين كانا محتجزين لديها.", "detainees", 2),
    ],
)
def test_people_counted_after_their_nationality(text: str, kind: str, count: int) -> None:
    found = exchanges_of(text)
    assert [(r.kind, r.count) for r in found] == [(kind, count)]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("سلمت الحركة رفات جندي أسير إلى الوسطاء.", 1),
        ("أعادت السلطات جثة رهينة إلى عائلتها.", 1),
        ("أعادت السلطات رفات الجنود إلى بلادهم.", None),
        ("سلمت الجماعة رفات جنديين إلى الصليب الأحمر.", 2),
        ("سلمت الجماعة رفات آخر أربعة جنود.", 4),
    ],
)
def test_the_remains_of_one_person(text: str, count: int | None) -> None:
    assert only(text).count == count


def test_counted_nationals_told_before_a_release_pronoun() -> None:
    text = "وصلت إلى المطار طائرة تقل ثلاثة بريطانيين أفرجت عنهم السلطات."
    assert [(r.kind, r.count) for r in exchanges_of(text)] == [("detainees", 3)]


def test_a_release_pronoun_names_the_people_of_the_sentence_before() -> None:
    text = "وصل إلى المدينة 200 معتقل مساء أمس. وكانت السلطات قد أفرجت عنهم صباحاً."
    assert [(r.kind, r.count) for r in exchanges_of(text)] == [("detainees", 200)]


def test_a_batch_and_a_release_noun_with_its_subject() -> None:
    text = "ستشمل الدفعة الثالثة نحو 30 أسيراً، بعد إفراج الحكومة عن خمسة معتقلين."
    assert sorted((r.kind, r.count) for r in exchanges_of(text)) == [
        ("detainees", 5),
        ("prisoners", 30),
    ]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("أطلقت الحركة سراح ثلاث رهائن. وتطالب الحكومة بالإفراج عن جميع المحتجزين.", "hostages"),
        ("تطالب الحكومة بالإفراج عن جميع المحتجزين في سجون الجماعة.", "detainees"),
    ],
)
def test_the_held_are_hostages_where_hostages_are_told(text: str, kind: str) -> None:
    assert exchanges_of(text)[-1].kind == kind


def test_the_kind_noun_past_a_subject_and_a_parenthetical() -> None:
    text = "تبادلت الحكومة والجماعة المسلحة المعارضة، بوساطة من الأمم المتحدة، نحو 300 محتجز."
    assert [(r.kind, r.count) for r in exchanges_of(text)] == [("detainees", 300)]
    text = "أعلن البيان أن الدولتين تبادلتا، برعاية قطرية، خمسة محتجزين من كل جانب."
    assert [(r.kind, r.count, r.per_side) for r in exchanges_of(text)] == [("detainees", 5, True)]


def test_a_release_joined_to_a_demand_by_a_repeated_preposition() -> None:
    text = (
        "وطالبت الحكومة، في بيان صدر مساء الأحد، بانسحاب القوات من جميع المدن الشمالية، "
        "وبإطلاق سراح مئات المعتقلين."
    )
    [found] = exchanges_of(text)
    assert (found.kind, found.status, found.approximate) == ("detainees", "demanded", True)


def test_an_exchange_scheduled_is_agreed() -> None:
    assert only("ومن المقرر أن يتبادل الوزيران مذكرات تفاهم.").status == "agreed"


def test_any_release_is_none_and_a_listed_kind_counted_after_it() -> None:
    assert exchanges_of("لم يتضمن الاتفاق أي إفراج عن سجناء.") == []
    text = "طالبوا بصفقة تعيد جميع الرهائن، البالغ عددهم عشرين، وجثامين ثمانية آخرين."
    assert sorted((r.kind, r.count) for r in exchanges_of(text)) == [
        ("bodies", 8),
        ("hostages", 20),
    ]


def test_people_handed_over_as_the_direct_object() -> None:
    text = "سلمت السلطات، عبر الصليب الأحمر، ثلاثة مواطنين أتراك إلى بلادهم."
    assert [(r.kind, r.count) for r in exchanges_of(text)] == [("detainees", 3)]


def test_a_definite_number_after_the_kind_and_a_repeated_preposition() -> None:
    assert only("قالت الحركة إن الإفراج عن الرهائن العشرين سيتم الاثنين.").count == 20
    text = "اتفق الجانبان على وقف إطلاق النار وفتح المعابر الحدودية، وعلى تبادل الأسرى خلال أسبوع."
    assert [(r.kind, r.status) for r in exchanges_of(text)] == [("prisoners", "agreed")]


# -- status ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("توصل الطرفان إلى اتفاق على تبادل 100 أسير.", "agreed"),
        ("أسفرت الجولة عن تبادل 100 أسير.", "completed"),
        ("تم تبادل 100 أسير صباح اليوم.", "completed"),
        ("عرض الوسطاء تبادل 100 أسير.", "proposed"),
        ("طالبت الحركة بالإفراج عن 100 أسير.", "demanded"),
        ("أعلن الصليب الأحمر بدء تبادل 100 أسير.", "ongoing"),
    ],
)
def test_status(text: str, status: str) -> None:
    assert only(text).status == status


@pytest.mark.parametrize(
    ("text", "count", "status"),
    [
        ("قال الوسيط النرويجي إن الطرفين سيتبادلان 64 أسيراً من كل جانب.", 64, "agreed"),
        ("أكد المتحدث أن الجيشين ستتبادلان رفات 12 جندياً.", 12, "agreed"),
        ("قالت الجبهة إنها ستفرج عن الرهائن الكنديين الأسبوع المقبل.", None, "agreed"),
        ("وأنجز الطرفان مساء الأحد تبادل 85 أسيراً عند معبر حدودي.", 85, "completed"),
        ("استكملت الحكومتان أمس الإفراج عن 40 معتقلاً.", 40, "completed"),
        ("تسلّموا في المطار جثث 6 جنود.", 6, "completed"),
        ("يتعين على الجانبين أن يعيدا 30 محتجزاً قبل نهاية الشهر.", 30, None),
    ],
)
def test_every_person_and_tense_of_the_verbs(text: str, count: int | None, status: str) -> None:
    """The dual, the subjunctive and the future of exchanging and releasing; the past of
    completing in every person."""
    found = only(text)
    assert found.count == count
    if status is not None:
        assert found.status == status


@pytest.mark.parametrize(
    ("text", "kind", "count", "status"),
    [
        (
            "اعتقلت قوات الأمن 14 طالباً خلال الاحتجاجات، ثم أفرجت السلطات عنهم بعد أسبوع.",
            "detainees",
            14,
            "completed",
        ),
        (
            "احتجز الجيش 25 صياداً سريلانكياً قرب الجزيرة، ونطالب بالإفراج الفوري وغير المشروط عنهم.",
            "detainees",
            25,
            "demanded",
        ),
        (
            "ما زال 9 أسرى لدى الميليشيا، وتطالب الحكومة بإطلاق الميليشيا سراحهم.",
            "prisoners",
            9,
            "demanded",
        ),
    ],
)
def test_a_subject_or_an_adjective_before_the_object_pronoun(
    text: str, kind: str, count: int, status: str
) -> None:
    """A release and its عنهم / سراحهم with a subject, a time or an adjective between."""
    found = only(text)
    assert (found.kind, found.count, found.status) == (kind, count, status)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("أفرجت سلطات إقليم ترانسنيستريا الأسبوع الماضي عن مواطنين مولدوفيين اثنين.", 2),
        ("أطلقت ميليشيا الحزب المحلية صباح أمس سراح صحفيين اثنين.", 2),
        ("أفرجت الحكومة عن مواطنين ثلاثة كانوا محتجزين في الشمال.", 3),
    ],
)
def test_people_counted_after_a_long_subject_or_with_no_nationality(text: str, count: int) -> None:
    """A subject of up to four words and a time phrase before عن; a number right after the
    people with no demonym between."""
    found = only(text)
    assert (found.kind, found.count) == ("detainees", count)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("أفرجت جماعة أبو سياف عن أربعة جنود فلبينيين كانت قد اختطفتهم في الجزيرة.", "hostages"),
        ("أعلنت الحركة الإفراج عن ستة عمال مخطوفين منذ شهرين.", "hostages"),
        ("أفرج الجيش عن 20 أسيراً كان قد أسرهم في المعارك.", "prisoners"),
        ("أفرجت الشرطة عن 12 معتقلاً كانت قد اعتقلتهم خلال الاحتجاجات.", "detainees"),
    ],
)
def test_people_told_kidnapped_after_their_noun_are_hostages(text: str, kind: str) -> None:
    """A relative verb of kidnapping with their pronoun, or the adjective of the kidnapped."""
    assert only(text).kind == kind


def test_a_past_announcement_of_a_release_tells_it_done() -> None:
    """أعلن + a verbal noun of releasing is what was done, unless the sentence tells the future:
    the release announced does not merge with a later demand for the rest."""
    text = (
        "أعلنت جبهة مورو، وهي كبرى الجماعات المسلحة في الجنوب، الإفراج عن خمسة جنود. "
        "ودعت الحكومة الجبهة إلى الإفراج عن جميع الأسرى الذين ما زالوا لديها."
    )
    assert [(r.count, r.status) for r in exchanges_of(text)] == [
        (5, "completed"),
        (None, "demanded"),
    ]
    text = "أعلن الطرفان الإفراج عن 40 أسيراً الأسبوع المقبل."
    assert only(text).status == "agreed"


def test_a_demonstrative_points_back_to_the_people_counted_before() -> None:
    text = (
        "وتقول منظمات حقوقية إن قرابة 40 صحفياً إريترياً ما زالوا في سجون أسمرة. "
        "وطالبت الأمم المتحدة بالإفراج عن هؤلاء المعتقلين دون إبطاء."
    )
    found = only(text)
    assert (found.kind, found.count, found.approximate, found.status) == (
        "detainees",
        40,
        True,
        "demanded",
    )
    found = only("وطالبت الأمم المتحدة بالإفراج عن هؤلاء الأسرى.")
    assert (found.kind, found.count, found.status) == ("prisoners", None, "demanded")


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "وأبدت اللجنة استعدادها لتسهيل صفقات تبادل مقبلة وافق عليها الطرفان في جوبا "
            "وتشمل نحو 700 محتجز لدى الجانبين.",
            700,
        ),
        (
            "وقّع الطرفان اتفاقاً لتبادل الأسرى في المدينة الساحلية، وستتضمن المرحلة الأولى 150 أسيراً.",
            150,
        ),
    ],
)
def test_an_exchange_counted_by_a_verb_of_including_further_on(text: str, count: int) -> None:
    """An exchange told first, then what it includes (وتشمل نحو …، تتضمن …) past its window."""
    assert only(text).count == count


def test_a_swap_recalled_with_its_date_is_not_today_s() -> None:
    """Two dated mentions of different days are two swaps; one dated to an earlier year than
    the article's is a swap recalled, not a later mention of today's."""
    text = (
        "وأطلق الطرفان اليوم سراح 60 أسيراً من كل جانب. "
        "وكان الجانبان قد تبادلا في فبراير الماضي 60 أسيراً من كل جانب في جيبوتي."
    )
    found = find_exchanges(Analysis(Document(text, published="2024-07-10")))
    assert [r.count for r in found] == [60, 60]
    text = (
        "أفرجت الهند عن الجندي الباكستاني. ويذكّر ذلك بما جرى في يونيو 2015، حين أفرجت "
        "الهند عن الجندي الباكستاني الآخر. ونشرت الوزارة بيانها عام 2024."
    )
    assert len(exchanges_of(text)) == 2
    text = (
        "تبادل الطرفان 300 أسير يوم الثلاثاء. وقال الوسيط إن تبادل الـ300 أسير جرى الثلاثاء بنجاح."
    )
    assert len(find_exchanges(Analysis(Document(text, published="2024-07-10")))) == 1


def test_one_exchange_told_agreed_then_done_is_one_record() -> None:
    text = (
        "ستطلق الجبهة سراح 11 أسيراً عند الظهر في قرية حدودية. "
        "وبعد ساعتين، أفادت اللجنة الدولية بأن الجبهة أطلقت سراح الأسرى الـ11."
    )
    found = only(text)
    assert (found.count, found.status) == (11, "completed")
    text = "طالبت الحكومة بالإفراج عن 11 أسيراً. وأفرجت الجبهة عن 11 أسيراً آخرين."
    assert len(exchanges_of(text)) == 2


def test_a_counted_release_is_not_the_release_asked_for_in_general() -> None:
    text = (
        "وقال الوفد إنه سيطالب بانسحاب القوات من التلال، وبالإفراج عن الأسرى الكمبوديين. "
        "وأفادت مصادر عن تسليم تايلاند ثلاثة أسرى كمبوديين عند المعبر مساء الجمعة."
    )
    assert sorted((r.count or 0, r.status) for r in exchanges_of(text)) == [
        (0, "demanded"),
        (3, "agreed"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "قال المتحدث باسم الجبهة: لن نجلس إلى الطاولة قبل أن تفرج مانيلا عن أسرانا.",
        "لن توقع الحركة أي اتفاق ما لم تطلق الحكومة سراح جميع المعتقلين.",
        "وأكد القيادي أنه لا هدنة إلا بعد الإفراج عن الرهائن.",
        "وقالت الجبهة إنها لن توقع قبل انسحاب الجيش من القرى وإطلاق سراح المعتقلين لديه.",
    ],
)
def test_a_release_set_as_a_condition_is_demanded(text: str) -> None:
    assert only(text).status == "demanded"


def test_a_release_after_before_with_no_negation_is_no_condition() -> None:
    found = only("اعتقلت القوات 20 مسلحاً قبل أن تفرج عن 5 منهم.")
    assert (found.count, found.status) != (5, "demanded")


def test_a_release_of_another_subject_with_its_verb_left_out() -> None:
    found = only("أطلقت أديس أبابا سراح 70 أسيراً وأسمرة سراح 55 آخرين.")
    assert (found.count, found.count_other, found.per_side) == (70, 55, True)
    text = "أفرجت السلطات عن 18 معتقلاً والجبهة عن 9 جنود."
    assert [(r.kind, r.count) for r in exchanges_of(text)] == [
        ("detainees", 18),
        ("prisoners", 9),
    ]
    assert len(exchanges_of("أفرجت السلطات عن 18 معتقلاً والأهالي يرحبون بالخطوة.")) == 1


@pytest.mark.parametrize(
    ("text", "count", "status"),
    [
        (
            "وعاد أمس نحو 75 أسيراً إثيوبياً إلى أديس أبابا على متن طائرة للصليب الأحمر.",
            75,
            "completed",
        ),
        ("وصل 31 معتقلاً محرراً إلى مدينة القامشلي مساء السبت.", 31, "completed"),
        ("سيعود 40 رهينة إلى بلادهم خلال الأسبوع.", 40, "agreed"),
    ],
)
def test_captives_coming_back_are_an_exchange(text: str, count: int, status: str) -> None:
    found = only(text)
    assert (found.count, found.status) == (count, status)


@pytest.mark.parametrize(
    "text",
    [
        "وصل 600 جندي فرنسي إلى القاعدة الجوية في النيجر.",
        "عاد الأسرى المحررون إلى ذويهم.",
        "وصلت جثث 12 قتيلاً إلى مستشفى المدينة بعد الغارة.",
    ],
)
def test_soldiers_bodies_or_uncounted_captives_arriving_are_no_exchange(text: str) -> None:
    assert exchanges_of(text) == []


@pytest.mark.parametrize("word", ["مقابل", "بمقابل", "لقاء", "نظير"])
def test_every_preposition_of_a_return(word: str) -> None:
    found = only(f"أطلقت الجبهة سراح 64 أسيراً {word} 40 أسيراً.")
    assert (found.count, found.count_other, found.per_side) == (64, 40, True)


def test_each_side_as_subject_and_military_as_an_adjective() -> None:
    found = only("وتمت العملية عند المعبر، حيث سلّم كل طرف للآخر 18 أسيراً.")
    assert found.count == 18
    found = only("أفرج المجلس العسكري في النيجر عن 1200 سجين بمناسبة العيد.")
    assert (found.kind, found.count) == ("prisoners", 1200)
    found = only("أعرب الطرفان عن استعدادهما لتبادل جميع الأسرى.")
    assert found.status == "proposed"


@pytest.mark.parametrize(
    "text",
    [
        "أفرجت السلطات البورمية عن دفعة جديدة من المعتقلين تضم 85 شخصاً.",
        "أطلقت الميليشيا سراح مجموعة من المحتجزين تشمل نحو 85 مدنياً.",
    ],
)
def test_a_batch_counted_by_the_people_it_includes(text: str) -> None:
    found = only(text)
    assert (found.kind, found.count) == ("detainees", 85)


def test_a_cue_in_a_parenthetical_does_not_govern_the_release() -> None:
    found = only("وأفرج الطرفان، في إطار الاتفاق الموقع في نيروبي، عن 95 أسيراً.")
    assert found.status == "completed"


def test_counted_handovers_each_way_are_one_swap() -> None:
    """The other side told in a clause of its own marked بالمقابل is the swap's count_other."""
    text = "وتسلمت كييف رفات 900 جندي، وسلمت بالمقابل رفات 24 جندياً روسياً."
    assert [(r.count, r.count_other) for r in exchanges_of(text)] == [(900, 24)]


def test_a_release_as_the_means_of_a_verb_in_the_future_is_agreed() -> None:
    found = only("وقالت مانيلا إنها سترد على الخطوة بالإفراج عن عدد من المعتقلين.")
    assert (found.kind, found.status) == ("detainees", "agreed")
    assert exchanges_of("ناضل منذ سنوات بالإفراج عن المعتقلين في الخطابات.") == []


def test_the_crew_of_a_ship_held_with_it() -> None:
    found = only("أفرجت طهران عن طاقم الناقلة اليونانية البالغ عددهم 23 بحاراً.")
    assert (found.kind, found.count) == ("detainees", 23)
    assert exchanges_of("وصلت طواقم الهلال الأحمر إلى المعبر.") == []


def test_people_counted_as_others_are_a_batch_of_their_own() -> None:
    text = "وكانت الجبهة قد أفرجت عن 15 جندياً. وأطلقت الجبهة الخميس سراح 15 جندياً فلبينياً آخرين."
    assert [r.count for r in exchanges_of(text)] == [15, 15]


def test_an_object_pronoun_of_another_verb_is_no_release() -> None:
    assert exchanges_of("اعتقلت الشرطة 12 شخصاً، وأعلنت الحكومة الجديدة عنهم تفاصيل.") == []


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("دعت الكنيسة الجانبين إلى أن يتبادلوا جميع الأسرى قبل عيد الميلاد.", "demanded"),
        ("طالبت حكومة مانيلا الجبهة بأن تفرج عن جميع المخطوفين.", "demanded"),
        ("من المتوقع أن تفرج الجبهة عن الرهائن الماليزيين الأسبوع المقبل.", "agreed"),
    ],
)
def test_a_release_in_the_complement_of_its_cue(text: str, status: str) -> None:
    """A verb of exchanging after أن / بأن is what the verb before it asks or expects."""
    assert only(text).status == status


@pytest.mark.parametrize(
    "text",
    [
        "تبادل الجيشان إطلاق النار على الحدود.",
        "تبادلت الحكومتان الاتهامات بشأن التصعيد.",
        "تحدث التقرير عن أوضاع الأسرى في السجون.",
        "لم يتم تبادل الأسرى حتى الآن.",
        "لم تُفرج السلطات عن المعتقلين الثلاثين حتى الآن.",
        "وقالت الجبهة إنها لن تطلق سراح الجنود الأربعة.",
        "ولا يزال 40 أسيراً لم يُفرج عنهم حتى الآن.",
        "يبقى ملف تبادل الأسرى عالقاً.",
    ],
)
def test_no_exchange(text: str) -> None:
    assert exchanges_of(text) == []


def test_one_exchange_mentioned_twice_is_one_record() -> None:
    text = (
        "أعلن الطرفان اتفاقاً على تبادل 300 أسير. "
        "وقال الوسيط إن عملية تبادل الأسرى التي أعلن عنها ستبدأ الأسبوع المقبل."
    )
    found = only(text)
    assert found.count == 300
    assert len(found.mentions) == 1


# -- golden cases ------------------------------------------------------------------------


def _matches(expected: dict[str, Any], record: Exchange, text: str) -> bool:
    where = text.find(expected["evidence"])
    assert where >= 0, f"evidence not in the input: {expected['evidence']!r}"
    if not (
        record.evidence.start < where + len(expected["evidence"]) and where < record.evidence.end
    ):
        return False
    return all(
        getattr(getattr(record, key), "value", getattr(record, key)) == value
        for key, value in expected.items()
        if key != "evidence"
    )


@pytest.mark.parametrize("path", case_params("exchanges"))
def test_golden_case(path: Path) -> None:
    case = json.loads(path.read_text(encoding="utf-8"))
    found = exchanges_of(case["input"])
    assert_case_found(case, found, _matches)


# -- properties ----------------------------------------------------------------------------

ARTICLE = (
    "أعلن الجانبان التوصل إلى اتفاق على تبادل {n} أسير من كل جانب. "
    "وقالت الحركة إنها أفرجت عن ثلاث رهائن، فيما طالبت بالإفراج عن جميع المعتقلين."
)


def _keys(found: list[Exchange], text: str) -> list[tuple[Any, ...]]:
    return [
        (
            r.kind,
            r.status,
            r.count,
            r.per_side,
            r.approximate,
            normalize_text(text[r.evidence.start : r.evidence.end]).replace(" ", "")[:8],
        )
        for r in found
    ]


@given(st.data())
def test_same_records_under_diacritics_and_tatweel(data: st.DataObject) -> None:
    text = ARTICLE.format(n="ألف")
    noisy = data.draw(with_noise(text))
    assert _keys(exchanges_of(noisy), noisy) == _keys(exchanges_of(text), text)


@given(st.sampled_from(["1000", "١٠٠٠", "ألف", "۱۰۰۰"]))
@example("١٠٠٠")
def test_same_records_under_digit_script(number: str) -> None:
    found = exchanges_of(ARTICLE.format(n=number))
    reference = exchanges_of(ARTICLE.format(n="1000"))
    assert [(r.kind, r.status, r.count, r.per_side) for r in found] == [
        (r.kind, r.status, r.count, r.per_side) for r in reference
    ]


@given(st.sampled_from(["و", "ف", ""]), st.sampled_from(["ال", ""]))
def test_same_records_under_clitics(conjunction: str, article: str) -> None:
    text = f"قال الوسيط إن الجولة كانت مفيدة، {conjunction}أعلن الطرفان {article}اتفاق على تبادل 50 أسيراً."
    found = exchanges_of(text)
    assert [(r.kind, r.status, r.count) for r in found] == [("prisoners", "agreed", 50)]


@given(st.text(alphabet="ابتثجحخدذرزسشصضطظعغفقكلمنهوي ،.\n0123456789", max_size=300))
def test_spans_inside_the_document(text: str) -> None:
    for found in exchanges_of(text):
        assert 0 <= found.evidence.start <= found.evidence.end <= len(text)


# -- the kind of the people released, from who holds them ------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "تنص الورقة على الإفراج عن نحو 300 محتجز لدى المتمردين مقابل 150 أسيراً لدى الجيش.",
        "عرض الوسطاء إطلاق سراح 80 محتجزاً لديها مقابل 40 أسيراً من القوات النظامية.",
    ],
)
def test_held_whose_holder_is_named_stay_detainees_against_prisoners(text: str) -> None:
    found = only(text)
    assert found.kind == "detainees"
    assert found.count_other is not None


@pytest.mark.parametrize(
    "text",
    [
        "أطلقت الحكومة سراح 35 من عناصر الجماعة المسلحة في العاصمة.",
        "أفرج الجيش عن 14 عنصراً من الجماعات المتمردة بعد وساطة قبلية.",
    ],
)
def test_members_of_a_group_released_are_prisoners(text: str) -> None:
    assert only(text).kind == "prisoners"


@pytest.mark.parametrize(
    "text",
    [
        "أفرجت الحركة عن 20 عنصراً من الجيش السوداني في بلدة حدودية.",
        "أطلقت كييف سراح 15 عنصراً من القوات الروسية.",
    ],
)
def test_members_of_a_states_army_the_gazetteer_names_are_prisoners(text: str) -> None:
    """A state's army named in the gazetteer is an institution, not a group by its own name."""
    assert only(text).kind == "prisoners"


@pytest.mark.parametrize(
    "text",
    [
        "أفرجت الحركة عن 20 عنصراً من الجيش السوداني كانوا محتجزين لديها.",
        "أطلقت الحكومة سراح 40 عنصراً من الجماعة كانوا محتجزين في سجن المدينة.",
        "سلّمت الشرطة سبعة من عناصر الحركة المسلحة اعتُقلوا قرب الحدود.",
        "أعادت السلطات عنصر قوة خفر السواحل سمير داود، المحتجز لديها منذ الشتاء.",
        "أفرجت الدولة عن 12 من عناصر القوات المتمردة المعتقلين منذ المعارك.",
    ],
)
def test_members_of_a_force_told_held_are_detainees(text: str) -> None:
    """CONVENTIONS rule 21: members the text calls held or arrested are detainees."""
    assert only(text).kind == "detainees"


def test_members_of_a_force_before_the_held_of_the_other_side_stay_prisoners() -> None:
    """A word of return starts the other side's phrase: its held are not the members."""
    found = exchanges_of("أفرجت الحكومة عن 30 عنصراً من الجماعة مقابل 10 جنود محتجزين لديها.")
    assert found[0].kind == "prisoners"


@pytest.mark.parametrize(
    ("text", "count", "count_other"),
    [
        ("أطلقنا 85 من عناصر الجماعة واستعدنا 31 من أسرانا عبر الصليب الأحمر.", 85, 31),
        ("أفرجت السلطات عن 90 سجيناً وتسلمت ثلاث رهائن عند المعبر.", 90, 3),
    ],
)
def test_a_release_and_what_is_received_for_it_are_one_swap(
    text: str, count: int, count_other: int
) -> None:
    found = only(text)
    assert (found.count, found.count_other) == (count, count_other)


def test_what_is_received_in_another_sentence_is_no_other_side() -> None:
    assert len(exchanges_of("أفرجت السلطات عن 90 سجيناً. وتسلمت ثلاث رهائن أمس.")) == 2


def test_members_of_a_group_told_arrested_are_detainees() -> None:
    assert only("أفرجت السلطات عن 60 من عناصر الجماعة المعتقلين في سجونها.").kind == "detainees"


# -- the other side told with مقابل and the pronoun of the first (مقابلهما، مقابلهم) ----------


@pytest.mark.parametrize(
    ("text", "kind", "count", "count_other"),
    [
        ("جرى الخميس تسليم رفات جنديين، وأعاد الجيش مقابلهما 12 جثماناً لمقاتلين.", "bodies", 2, 12),
        ("أفرجت الحركة عن 14 أسيراً، وأطلقت الحكومة مقابلهم سراح 60 أسيراً.", "prisoners", 14, 60),
        ("سلّمت الميليشيا ثلاث رهائن، فأطلقت السلطات مقابلها سراح 45 معتقلاً.", "hostages", 3, 45),
    ],
)
def test_return_for_them_is_the_other_side(
    text: str, kind: str, count: int, count_other: int
) -> None:
    found = only(text)
    assert (found.kind, found.count, found.count_other) == (kind, count, count_other)


# -- an agreement verb, then the exchange and the count it includes ----------------------------


@pytest.mark.parametrize(
    ("text", "kind", "count", "per_side"),
    [
        (
            "انتهى الاجتماع من دون اتفاق على هدنة، لكن الوفدين توافقا على تبادل جديد يشمل 300 أسير من كل طرف.",
            "prisoners",
            300,
            True,
        ),
        ("وتوافق الطرفان على صفقة تضم 75 محتجزاً من الجانبين.", "detainees", 75, False),
        ("اتفق الجانبان على تبادل جديد يشمل 640 أسيراً.", "prisoners", 640, None),
    ],
)
def test_agreed_exchange_counted_by_what_it_includes(
    text: str, kind: str, count: int, per_side: bool | None
) -> None:
    found = only(text)
    assert (found.kind, found.count, found.per_side, found.status) == (
        kind,
        count,
        per_side,
        "agreed",
    )


def test_consensus_negated_is_no_agreement() -> None:
    assert exchanges_of("لم يتوافق الطرفان على تبادل الأسرى.") == []


# -- a headline restating what the body counts -------------------------------------------------


def test_count_less_headline_restates_the_counted_body() -> None:
    text = (
        "الطرفان ينهيان جولة في أديس أبابا باتفاق على تبادل الجثامين والأسرى\n\n"
        "أنهى وفدا الحكومة والمتمردين جولتهما في أديس أبابا، وتوافقا على تبادل جديد يشمل 90 أسيراً.\n\n"
        "وسلّم الجيش الأسبوع الماضي رفات 40 مقاتلاً إلى الصليب الأحمر.\n"
    )
    found = sorted((r.kind.value, r.count) for r in exchanges_of(text))
    assert found == [("bodies", 40), ("prisoners", 90)]


def test_count_less_headline_stays_when_the_body_counts_nothing_of_its_kind() -> None:
    text = (
        "الطرفان ينهيان جولة في أديس أبابا باتفاق على تبادل الجثامين\n\n"
        "أنهى وفدا الحكومة والمتمردين جولتهما في أديس أبابا دون إعلان تفاصيل.\n"
    )
    assert [r.kind.value for r in exchanges_of(text)] == ["bodies"]


# -- a proposal to release people counted by nationality (مقترحاً لإطلاق N + demonym) --------


@pytest.mark.parametrize(
    ("text", "kind", "count", "count_other"),
    [
        ("وقدمت الوساطة مقترحاً لإطلاق 15 أردنياً مقابل 90 من عناصر الحركة.", "prisoners", 15, 90),
        ("ناقش الوفدان مقترحاً لإطلاق نحو 40 ليبياً.", "detainees", 40, None),
    ],
)
def test_proposal_to_release_nationals(
    text: str, kind: str, count: int, count_other: int | None
) -> None:
    found = only(text)
    assert (found.kind, found.status, found.count, found.count_other) == (
        kind,
        "proposed",
        count,
        count_other,
    )


@pytest.mark.parametrize(
    "text",
    [
        "أعلن الجيش رصد إطلاق 20 صاروخاً من الجنوب.",
        "دعا البيان إلى وقف إطلاق النار فوراً.",
    ],
)
def test_launching_is_no_release(text: str) -> None:
    assert exchanges_of(text) == []


# -- a date between the subject and عن: its year counts no one ---------------------------------


@pytest.mark.parametrize(
    ("text", "count", "count_other"),
    [
        ("أفرجت كاراكاس في مارس 2024 عن ستة أميركيين.", 6, None),
        (
            "كانت أنقرة قد أفرجت في يناير 2022 عن تسعة سوريين مقابل إطلاق دمشق نحو 14 تركياً.",
            9,
            14,
        ),
    ],
)
def test_a_dates_year_is_no_count_of_people(text: str, count: int, count_other: int | None) -> None:
    found = only(text)
    assert (found.count, found.count_other) == (count, count_other)


# -- some of a group told before (بإطلاق سبعة منهم، عن 12 منهم) -------------------------------


@pytest.mark.parametrize(
    ("text", "count", "status"),
    [
        (
            "تطالب كابل بالإفراج عن جميع الأسرى، فيما تحدثت مصادر عن عرض يقضي بإطلاق خمسة منهم فقط.",
            5,
            "proposed",
        ),
        (
            "تقول الجبهة إنها تحتجز عشرات الجنود منذ المعارك، وقد عرضت الإفراج عن 9 منهم.",
            9,
            "proposed",
        ),
    ],
)
def test_some_of_a_group_told_before(text: str, count: int, status: str) -> None:
    found = [r for r in exchanges_of(text) if r.count is not None]
    assert [(r.kind.value, r.count, r.status.value) for r in found] == [
        ("prisoners", count, status)
    ]


@pytest.mark.parametrize(
    ("text", "kind", "count", "status"),
    [
        (  # the group named uncounted in the sentence before, in the same paragraph
            "ويظل ملف المعتقلين في العاصمة أصعب الملفات على الحكومة. "
            "وقد أطلقت السلطات في الخريف الماضي سراح ستة منهم بعد وساطة إقليمية.",
            "detainees",
            6,
            "completed",
        ),
        (  # the group named uncounted earlier in the same sentence
            "وطرح الوفد قضية الأسرى من أبناء القرى الحدودية، وطالب بالإفراج عن 7 منهم قبل العيد.",
            "prisoners",
            7,
            "demanded",
        ),
    ],
)
def test_some_of_a_group_named_uncounted(text: str, kind: str, count: int, status: str) -> None:
    found = [r for r in exchanges_of(text) if r.count is not None]
    assert [(r.kind.value, r.count, r.status.value) for r in found] == [(kind, count, status)]


def test_some_of_them_needs_a_group_in_its_paragraph() -> None:
    text = "تحدث الوزير عن ملف الأسرى طويلاً.\n\nوقال إن البلدية وظفت عشرة منهم في الصيف."
    assert [r for r in exchanges_of(text) if r.count is not None] == []


# -- a number released with no noun after it (عن اثنين بفضل …، عن 7 فقط) ----------------------


@pytest.mark.parametrize(
    ("text", "kind", "count"),
    [
        (  # the people counted in the paragraph before, a phrase of means after the number
            "ما زال نحو 40 مواطناً أذرياً محتجزين في المعسكرات الشمالية. "
            "وفي الربيع الماضي أُطلق سراح ثلاثة بفضل وساطة محلية.",
            "detainees",
            3,
        ),
        (  # the clause ends right after the number
            "تقول النقابة إن أكثر من عشرين صحفياً ما زالوا معتقلين، وقد أُفرج الشهر الماضي عن ستة.",
            "detainees",
            6,
        ),
    ],
)
def test_a_bare_number_counts_people_told_before(text: str, kind: str, count: int) -> None:
    found = [r for r in exchanges_of(text) if r.count == count]
    assert [(r.kind.value, r.count) for r in found] == [(kind, count)]


def test_a_bare_number_in_an_answer_counts_the_people_of_the_question() -> None:
    text = (
        "س: لكن السلطات أطلقت في الصيف بعض الأسرى.\n"
        "ج: أفرجت عن سبعة فقط، مقابل 30 مقاتلاً سلّمناهم نحن عبر الوسطاء."
    )
    found = [r for r in exchanges_of(text) if r.count is not None]
    assert [(r.kind.value, r.count, r.count_other) for r in found] == [("prisoners", 7, 30)]


def test_a_bare_share_is_no_people() -> None:
    text = "أعلنت الحكومة الإفراج عن 30 في المئة من الودائع المجمدة في المصارف."
    assert exchanges_of(text) == []


# -- police officers are people; moving captives is handing them over ------------------------


@pytest.mark.parametrize(
    ("text", "kind", "count"),
    [
        ("طالبت الحكومة الجارة بالإفراج عن شرطيين اثنين من حرس الحدود.", "detainees", 2),
        ("أفرجت السلطات المحلية أمس عن 11 شرطياً.", "detainees", 11),
        ("نص التفاهم على نقل نحو 60 محتجزاً لدى الجبهة مقابل 45 من عناصرها.", "detainees", 60),
    ],
)
def test_police_and_captives_moved(text: str, kind: str, count: int) -> None:
    found = only(text)
    assert (found.kind, found.count) == (kind, count)


def test_fighters_moved_are_no_exchange() -> None:
    text = "نص التفاهم على نقل نحو 3 آلاف مقاتل إلى مناطق التجميع خلال أسبوعين."
    assert exchanges_of(text) == []


# -- a year written alone is a time phrase, not a count ------------------------------------


@pytest.mark.parametrize(
    ("text", "kind", "count"),
    [
        ("تسلمت الحكومة في 2023 رفات نحو 40 مقاتلاً من الطرف الآخر.", "bodies", 40),
        ("وأطلقت الجماعة منذ 2021 سراح 16 رهينة على دفعات.", "hostages", 16),
    ],
)
def test_year_alone_between_action_and_people(text: str, kind: str, count: int) -> None:
    found = only(text)
    assert (found.kind, found.count) == (kind, count)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("تسلمت الحكومة في 2023 رفات نحو 40 مقاتلاً.", ["نحو 40"]),  # the year is a time phrase
        ("وتتمثل الدفعة في 2000 أسير من السجون.", ["2000"]),  # a count of the kind noun after
        ("أفرجت السلطات عن 1990 أسيراً.", ["1990"]),  # no preposition of time before it
    ],
)
def test_year_alone_is_no_number_of_people(text: str, kept: list[str]) -> None:
    from negotext.extractors.exchanges.reader import _Reader

    reader = _Reader(Analysis(Document(text)))
    assert [reader.text[start:end] for start, end, _ in reader.numbers] == kept


# -- a batch counted whole with its two sides, no word of exchanging -----------------------


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "أنجز الطرفان أمس المرحلة الأولى من صفقة تبادل المحتجزين في الجنوب.\n\n"
            "وشملت الدفعة 70 شخصاً، بواقع 45 من عناصر الشرطة مقابل 25 من سكان البلدة.",
            70,
        ),
        (
            "وصلت حافلات الصليب الأحمر إلى المعبر لنقل المحتجزين.\n\n"
            "وقال مسؤول في اللجنة إن العملية تضم 110 أشخاص، بواقع 60 من مقاتلي الجبهة مقابل 50 جندياً.",
            110,
        ),
    ],
)
def test_batch_counted_whole_with_its_parts(text: str, count: int) -> None:
    found = [r for r in exchanges_of(text) if r.count is not None]
    assert [(r.kind.value, r.count, r.per_side) for r in found] == [("detainees", count, False)]


@pytest.mark.parametrize(
    ("text", "count", "status"),
    [
        (
            "وأعلنت اللجنة إنجاز أول تبادل للأسرى بين الطرفين. "
            "ومن المقرر أن تشمل المرحلة الثالثة نحو 240 معتقلاً من الجانبين.",
            240,
            "agreed",
        ),
        (
            "أفرج الجيش أمس عن 35 أسيراً. وقد ضمت الدفعة 35 أسيراً من الشمال.",
            35,
            "completed",
        ),
    ],
)
def test_batch_counted_by_its_kind_noun(text: str, count: int, status: str) -> None:
    found = [r for r in exchanges_of(text) if r.count == count]
    assert [(r.count, r.status.value) for r in found] == [(count, status)]


def test_batch_restating_a_swap_per_side_is_no_new_exchange() -> None:
    text = (
        "اتفق الطرفان على تبادل 240 أسيراً برعاية الوسيط. "
        "وقال مسؤول إن العملية تشمل 120 أسيراً من كل جانب."
    )
    assert [r.count for r in exchanges_of(text) if r.count is not None] == [240]


def test_batch_count_whose_parts_do_not_add_up_is_no_exchange() -> None:
    text = (
        "أنجز الطرفان أمس المرحلة الأولى من صفقة تبادل المحتجزين في الجنوب.\n\n"
        "وشملت الدفعة 70 شخصاً، بواقع 20 من عناصر الشرطة مقابل 25 من سكان البلدة."
    )
    assert [r.count for r in exchanges_of(text) if r.count is not None] == []


# -- a title's total over the body's swap told side by side ----------------------------------


def test_title_total_yields_to_the_swap_the_body_tells() -> None:
    text = (
        "اتفاق ليبي على صفقة لتبادل المحتجزين تشمل 500 شخص\n\n"
        "وبموجب الاتفاق، تفرج قوات الشرق عن 200 محتجز، مقابل إفراج حكومة الغرب عن 300 من عناصرها.\n"
    )
    found = only(text)
    assert (found.kind, found.count, found.count_other) == ("detainees", 200, 300)


def test_body_total_keeps_its_breakdown_inside() -> None:
    text = (
        "أعلن الوسيط اتفاقاً يقضي بالإفراج عن نحو 500 محتجز من الطرفين.\n\n"
        "وقال مسؤول إن الصفقة تشمل 200 من أسرى الحركة مقابل 300 من أسرى الجيش.\n"
    )
    found = only(text)
    assert (found.count, found.per_side) == (500, False)


def test_some_of_them_as_the_direct_object_of_exchanging() -> None:
    text = "تقول الجماعة إنها تحتجز عشرات الجنود، وقد عرضت مبادلة 8 منهم بنحو 30 من عناصرها."
    found = only(text)
    assert (found.kind, found.count, found.count_other, found.status) == (
        "prisoners",
        8,
        30,
        "proposed",
    )


def test_a_number_further_after_the_exchange_noun_is_no_direct_object() -> None:
    text = "إلا أن عملية التبادل هذه، التي يفترض أن تشمل نحو 400 أسير ومحتجز من الطرفين، لم تنفذ."
    assert [r.kind.value for r in exchanges_of(text)] == ["prisoners"]


@pytest.mark.parametrize(
    "text",
    [
        "وتبادل الوفدان في ختام الاجتماع مسودتي اتفاقين.",
        "تبادل الجانبان قائمتي الأسرى قبل الجولة.",
        "وتبادل الطرفان المذكرتين في نهاية اللقاء.",
    ],
)
def test_documents_named_by_a_construct_or_definite_dual_are_exchanged_uncounted(
    text: str,
) -> None:
    found = only(text)
    assert (found.kind, found.count) == ("documents", None)


@pytest.mark.parametrize(
    "text",
    [
        "وتبادل الطرفان خريطتين لخطوط التماس.",
        "وتبادلت العاصمتان في مستهل الشهر قائمتين بالسدود الحدودية.",
        "تبادل المفاوضون مسودتين متباينتين للإعلان الختامي.",
    ],
)
def test_documents_named_by_an_indefinite_dual_count_two(text: str) -> None:
    found = only(text)
    assert (found.kind, found.count, found.per_side) == ("documents", 2, False)


@pytest.mark.parametrize(
    "text",
    [
        "يرى محللون أن الجولة اختبار لقدرة الوسطاء على الانتقال بالاتفاق من تبادل الجثامين إلى ملف الحدود.",
        "ويسعى الوسطاء إلى نقل الاتفاق إلى تبادل الأسرى بعد تثبيت الهدنة.",
    ],
)
def test_an_agreement_moving_from_or_to_an_exchange_is_no_agreed_exchange(text: str) -> None:
    assert exchanges_of(text) == []


@pytest.mark.parametrize(
    ("text", "kind", "status"),
    [
        (
            "اقترح الوسيط تمديد الهدنة لعدة أسابيع مقابل الإفراج عن بقية الرهائن.",
            "hostages",
            "proposed",
        ),
        (
            "تطالب الحكومة بانسحاب المسلحين من الطرق الرئيسية مقابل إطلاق سراح الأسرى.",
            "prisoners",
            "demanded",
        ),
    ],
)
def test_a_release_given_in_return_shares_the_far_cue(text: str, kind: str, status: str) -> None:
    found = only(text)
    assert (found.kind, found.status) == (kind, status)


# -- a named exchange counted by a swap phrase later in its sentence -------------------------


def test_named_exchange_counted_by_a_swap_phrase_after_it() -> None:
    text = (
        "طرحت الوساطة مقترحاً بتبادل المحتجزين لدى الطرفين منذ المعارك، ويتحدث الجانب "
        "السوداني عن 14 سودانياً محتجزين مقابل جنديين تشاديين."
    )
    found = only(text)
    assert (found.kind, found.count, found.count_other, found.status) == (
        "detainees",
        14,
        2,
        "proposed",
    )


def test_a_swap_released_on_its_own_keeps_its_numbers() -> None:
    text = "طالبت الحكومة بتبادل الأسرى، وكانت قد أفرجت عن 20 جندياً مقابل 30 أسيراً."
    found = sorted((r.count or 0, r.status.value) for r in exchanges_of(text))
    assert found == [(0, "demanded"), (20, "completed")]


# -- another exchange of the captives told before, with no kind noun (تبادل جديد) -------------


def test_a_new_exchange_with_no_kind_noun_is_of_the_captives_told_before() -> None:
    text = (
        "أتم الجانبان تبادل 90 محتجزاً من كل جانب.\n\n"
        "وقال الوسيط إن الطرفين اتفقا من حيث المبدأ على تبادل جديد أوسع خلال الشهر المقبل.\n"
    )
    found = sorted((r.count or 0, r.kind.value, r.status.value) for r in exchanges_of(text))
    assert found == [(0, "detainees", "agreed"), (90, "detainees", "completed")]


@pytest.mark.parametrize(
    "text",
    [
        "السبت: تبادل جديد",
        "أعلن الطرفان الاتفاق على تبادل جديد للخبرات في مجال الطاقة.",
    ],
)
def test_a_new_exchange_with_no_captives_told_is_nothing(text: str) -> None:
    assert exchanges_of(text) == []


# -- the people a predicate of being held tells of, released by a pronoun -------------------


@pytest.mark.parametrize(
    ("text", "kind", "count"),
    [
        (
            "وتقول الحركة إن أكثر من 500 من مقاتليها ما زالوا محتجزين لدى الجيش، "
            "وتطالب بالإفراج عنهم فوراً.",
            "prisoners",
            500,
        ),
        (
            "وتقول نقابة الصحفيين إن نحو 70 صحفياً لا يزالون معتقلين، وتطالب بإطلاق سراحهم.",
            "detainees",
            70,
        ),
        (
            "لدينا أسماء نحو 200 شخص ما زالوا في مراكز احتجاز شمال البلاد، ونطالب بالإفراج عنهم.",
            "detainees",
            200,
        ),
        (
            "لم يبق لدى المتمردين سوى خمس جثث لجنود من أصل 60، وتطالب الحكومة بتسليمها.",
            "bodies",
            5,
        ),
    ],
)
def test_a_release_by_pronoun_names_the_people_a_held_predicate_tells_of(
    text: str, kind: str, count: int
) -> None:
    found = only(text)
    assert (found.kind, found.count, found.status) == (kind, count, "demanded")


def test_a_held_predicate_with_no_number_before_it_names_no_one() -> None:
    text = "وكان المعتقلون محتجزين في سجن المدينة، وتطالب العائلات بالإفراج عنهم."
    assert exchanges_of(text) == []


def test_a_verbal_noun_of_handing_over_with_its_pronoun_reaches_back() -> None:
    text = "تحتفظ الميليشيا بثماني جثث، وتشترط الحكومة تسليمها قبل استئناف الحوار."
    found = only(text)
    assert (found.kind, found.count, found.status) == ("bodies", 8, "demanded")


# -- those a release names by a relative clause of holding (من تبقى لديها من …) -------------


@pytest.mark.parametrize(
    ("text", "kind", "count"),
    [
        (
            "وطالبت الحكومة المتمردين بإطلاق من تبقى لديهم من مخطوفين، وتقدّر عددهم بنحو 25 شخصاً.",
            "hostages",
            25,
        ),
        (
            "ودعت اللجنة الجيش إلى الإفراج عن جميع من تحتجزهم قواته، ويقدّر محامون عددهم بأكثر من 60.",
            "detainees",
            60,
        ),
        (
            "وطالبت الحركة الجيش بإطلاق سراح كل من بقي لديه من مقاتليها.",
            "prisoners",
            None,
        ),
    ],
)
def test_a_relative_clause_of_holding_is_the_object_of_a_release(
    text: str, kind: str, count: int | None
) -> None:
    found = only(text)
    assert (found.kind, found.count, found.status) == (kind, count, "demanded")


def test_a_relative_with_no_people_held_is_no_object() -> None:
    assert exchanges_of("دعت المنظمة إلى إطلاق من جانب واحد لمبادرة سلام.") == []


# -- the other side of a swap told done in a clause of contrast (فيما، بينما، في حين) ----------


@pytest.mark.parametrize(
    ("text", "kind", "count", "other"),
    [
        (
            "أفرجت جبهة البوليساريو عن ستة جنود مغاربة، فيما أطلقت الرباط سراح 40 أسيراً صحراوياً.",
            "prisoners",
            6,
            40,
        ),
        (
            "تسلّمت أرمينيا رفات 12 جندياً، بينما سلّمت إلى أذربيجان جثث ثلاثة عسكريين.",
            "bodies",
            12,
            3,
        ),
        (
            "أطلق المتمردون سراح خمس رهائن، في حين أفرجت الحكومة عن 70 معتقلاً.",
            "hostages",
            5,
            70,
        ),
    ],
)
def test_a_release_done_in_a_clause_of_contrast_is_the_other_side(
    text: str, kind: str, count: int, other: int
) -> None:
    found = only(text)
    assert (found.kind, found.count, found.count_other, found.status) == (
        kind,
        count,
        other,
        "completed",
    )


@pytest.mark.parametrize(
    "text",
    [
        # each side's own demand
        "طالبت الحركة بالإفراج عن 40 أسيراً، فيما تطالب الحكومة بإطلاق سراح 12 جندياً.",
    ],
)
def test_tallies_and_demands_in_clauses_of_contrast_stay_two(text: str) -> None:
    assert len(exchanges_of(text)) == 2


@pytest.mark.parametrize(
    ("text", "kind", "count", "other"),
    [
        (
            "أفرج الجيش الأذربيجاني عن 12 أسيراً أرمنياً، وأطلقت يريفان سراح 9 جنود أذربيجانيين.",
            "prisoners",
            12,
            9,
        ),
        (  # of two kinds: the side named first
            "أطلقت حركة إم 23 سراح 15 جندياً كونغولياً، وأفرجت كينشاسا عن 40 معتقلاً من الحركة.",
            "prisoners",
            15,
            40,
        ),
        (  # no comma
            "أفرجت حماس عن ثلاث رهائن وأطلقت إسرائيل سراح 90 أسيراً فلسطينياً.",
            "hostages",
            3,
            90,
        ),
    ],
)
def test_a_release_by_another_side_joined_by_and_is_the_other_side(
    text: str, kind: str, count: int, other: int
) -> None:
    """أفرج X عن N …، وأطلق Y سراح M: one swap with count_other (CONVENTIONS rule 1)."""
    found = only(text)
    assert (found.kind, found.count, found.count_other, found.status) == (
        kind,
        count,
        other,
        "completed",
    )


@pytest.mark.parametrize(
    ("text", "kind", "count", "other"),
    [
        ("ومقابل الإفراج عن 50 معتقلاً، أطلق المتمردون سراح 15 جندياً.", "detainees", 50, 15),
        ("وفي مقابل إطلاق سراح 50 أسيراً، أفرجت الحركة عن 15 جندياً.", "prisoners", 50, 15),
        ("ومقابل إطلاق سراح 8 رهائن، أفرجت الحكومة عن 200 أسير.", "hostages", 8, 200),
    ],
)
def test_a_swap_told_with_the_return_first_is_one(
    text: str, kind: str, count: int, other: int
) -> None:
    """مقابل X opening the sentence, then the release: one swap, the count of the side
    named first (CONVENTIONS rule 1)."""
    found = only(text)
    assert (found.kind, found.count, found.count_other) == (kind, count, other)


@pytest.mark.parametrize(
    "text",
    [
        # «مقابل ذلك»: in return for what was told before, two releases of one side
        "مقابل ذلك، أفرجت الحكومة عن 20 معتقلاً، وأطلقت سراح 5 صحفيين.",
        # a full stop after the fronted return
        "ومقابل الإفراج عن 50 معتقلاً. أطلق المتمردون سراح 15 جندياً.",
    ],
)
def test_a_return_that_opens_no_swap_leaves_two(text: str) -> None:
    assert len(exchanges_of(text)) == 2


@pytest.mark.parametrize(
    "text",
    [
        # the same side releasing more people: no subject of its own
        "أفرجت السلطات عن 20 معتقلاً وأطلقت سراح 5 صحفيين.",
        # the same side named again
        "أفرجت كييف عن 20 أسيراً، وأطلقت كييف سراح 5 مدنيين.",
        # another sentence
        "أفرج الجيش الأذربيجاني عن 12 أسيراً أرمنياً. وأطلقت يريفان سراح 9 جنود أذربيجانيين.",
    ],
)
def test_releases_with_no_other_side_named_after_and_stay_two(text: str) -> None:
    assert len(exchanges_of(text)) == 2


@pytest.mark.parametrize(
    ("text", "count", "per_side"),
    [
        ("تبادل الطرفان 64 أسيراً بواقع 40 من الجانب الروسي و24 من الجانب الأوكراني.", 64, False),
        ("أفرج الطرفان عن 64 أسيراً، بواقع 40 أسيراً روسياً و24 أوكرانياً.", 64, False),
        ("شملت عملية التبادل 90 محتجزاً، تشمل 50 من الجيش و40 من المتمردين.", 90, False),
        ("أطلق سراح 37 معتقلاً في عملية التبادل، منهم 20 جندياً و17 مدنياً.", 37, False),
        ("أطلق سراح 37 أسيراً، بواقع 20 أسيراً للحكومة مقابل 17 للحركة.", 37, False),
        # parts named by their own nouns of fighters or soldiers are no records of their own
        ("أفرج الجانبان عن 45 محتجزاً، بواقع 25 من جنود الجيش و20 من مقاتلي الجبهة.", 45, False),
        ("أطلقت الأطراف سراح 70 معتقلاً، بواقع 40 مقاتلاً من الحركة و30 جندياً.", 70, False),
        # a part told, not the whole: no breakdown
        ("أفرجت السلطات عن 37 معتقلاً، منهم 5 نساء و3 أطفال.", 37, None),
    ],
)
def test_a_total_and_its_breakdown_is_both_sides_together(
    text: str, count: int, per_side: bool | None
) -> None:
    """A total and its parts (بواقع، منهم، تشمل N … و M …): the total, per_side false, no
    record per part (CONVENTIONS rule 8)."""
    found = only(text)
    assert (found.count, found.count_other, found.per_side) == (count, None, per_side)


def test_a_lopsided_swap_totals_its_two_sides_not_twice_one() -> None:
    text = (
        "سلّمت الجماعة رفات أربعة جنود، فيما أعادت الحكومة جثث 40 مقاتلاً.\n\n"
        "ويبحث الوسطاء آلية لتسليم جثث ثمانية جنود آخرين ما زالت مفقودة.\n"
    )
    found = sorted((r.count or 0, r.count_other or 0) for r in exchanges_of(text))
    assert found == [(4, 40), (8, 0)]


def test_a_title_telling_the_other_side_of_a_swap_is_no_exchange_of_its_own() -> None:
    text = (
        "الجماعة تسلّم رفات 5 جنود والحكومة تعيد 60 جثماناً\n\n"
        "سلّمت الجماعة، مساء الأحد، رفات 5 جنود، فيما تسلمت الجماعة 60 جثماناً لمقاتليها.\n"
    )
    found = only(text)
    assert (found.count, found.count_other) == (5, 60)


# -- word lists complete for their class: soldiers who are women, coffins, unilaterally -------


@pytest.mark.parametrize(
    ("text", "kind", "count"),
    [
        ("أفرجت الميليشيا عن ثلاث مجندات أسرتهن خلال المعارك.", "prisoners", 3),
        ("أطلق المتمردون سراح المجندة بعد عام من الأسر.", "prisoners", 1),
        ("سلّمت الجماعة مجندتين إلى اللجنة الدولية للصليب الأحمر.", "prisoners", 2),
        ("تسلّم الجيش عبر الوسطاء نعش جندي قتل في الاشتباكات.", "bodies", 1),
        ("سلّمت الحركة نعوش خمسة جنود إلى الجانب الآخر.", "bodies", 5),
        ("قال الوزير إن بلاده ستسلّم من جانب واحد 300 جثة لجنود قتلى.", "bodies", 300),
        ("أفرجت السلطات بشكل أحادي عن 40 معتقلاً.", "detainees", 40),
    ],
)
def test_word_lists_complete_for_their_class(text: str, kind: str, count: int) -> None:
    found = only(text)
    assert (found.kind, found.count) == (kind, count)


def test_the_unit_of_a_rate_released_by_a_pronoun_is_no_batch() -> None:
    text = "ستفرج الحكومة عن 30 معتقلاً مقابل كل جندية يطلق المتمردون سراحها."
    found = only(text)
    assert (found.kind, found.count) == ("detainees", 30)


@pytest.mark.parametrize(
    "text",
    [
        "وقالت الوزارة إنها استلمت 40 جثماناً سلّمها الجيش، ثم أفرج عنها، بواقع 10 جثامين عن كل رهينة.",
        "وأكدت اللجنة أنها تسلّمت 24 جثة أعادها الطرف الآخر، وأطلق سراحها بمعدل 12 جثة مقابل كل أسير.",
    ],
)
def test_the_unit_of_a_rate_after_a_release_is_no_one_released(text: str) -> None:
    # «عن كل رهينة» after a counted number names what each of the other side's is worth:
    # the release whose people are a pronoun does not release that unit
    kinds = {(r.kind, r.count) for r in exchanges_of(text)}
    assert ("hostages", 1) not in kinds
    assert ("prisoners", 1) not in kinds


def test_all_of_a_kind_after_kull_with_the_article_is_still_released() -> None:
    found = only("وطالبت الحكومة بالإفراج عن كل الأسرى المحتجزين لدى الحركة.")
    assert found.kind == "prisoners"


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("وأعلن الوسيط عودة ثلاثة من عمال المصنع كانوا محتجزين لدى الجماعة منذ الشتاء.", 3),
        ("وأكدت الحكومة عودة 12 من صيادي الميناء كانوا معتقلين في الجزيرة.", 12),
    ],
)
def test_the_return_of_people_counted_right_after_the_noun(text: str, count: int) -> None:
    # عودة takes the people who come back as its genitive: the number right after it counts them
    found = only(text)
    assert (found.kind, found.count) == ("detainees", count)


@pytest.mark.parametrize(
    "text",
    [
        "وسلّمت الحكومة الوسطاء قائمة بـ85 سودانياً، فيما سلّمت الحركة قائمة بـ60 تشادياً.",
        "وسلّم الوفد الجانب الآخر كشفاً بأسماء 40 صياداً من أبناء الساحل.",
    ],
)
def test_a_list_of_names_handed_over_hands_over_no_one(text: str) -> None:
    # the number counts the names on the paper: the list is a step of the talks
    assert all(r.count is None for r in exchanges_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "وأوضحت الخارجية أن أنقرة سلّمت قائمة تضم 120 سجيناً يونانياً و15 بحاراً.",
        "وسلّمت الحكومة كشوفات تتضمن 250 محتجزاً.",
    ],
)
def test_a_list_containing_people_handed_over_releases_no_one(text: str) -> None:
    # the people are what the list names (قائمة تضم N): no release of them
    assert [r for r in exchanges_of(text) if r.kind != "documents"] == []


def test_a_batch_containing_people_is_still_handed_over() -> None:
    # a batch, not a paper, before the verb of containing: the people are handed over
    found = only("وسلّمت السلطات دفعة جديدة تضم 40 معتقلاً إلى ذويهم.")
    assert (found.kind, found.count) == ("detainees", 40)


def test_a_list_of_names_then_asked_for_by_a_pronoun_is_their_demand() -> None:
    text = "سلّمنا الوسيط قائمة بأسماء 30 شخصاً في سجون الجماعة، وطالبنا بالإفراج عنهم فوراً."
    found = only(text)
    assert (found.kind, found.count) == ("detainees", 30)


# -- a release supposed after إذا / لو / في حال is a condition asked for, not told done ---------


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("وقال الوسيط إن الجيش مستعد لوقف القصف إذا أفرج المتمردون عن 25 جندياً.", 25),
        ("ولا يستبعد الرئيس العودة إلى الطاولة «لو أُطلق سراح الرهائن دون شروط».", None),
        ("وتعهدت الحكومة بتخفيف الحصار في حال أفرجت الجماعة عن الصيادين الأربعة.", 4),
    ],
)
def test_a_release_in_a_condition_is_asked_for(text: str, count: int | None) -> None:
    found = only(text)
    assert (found.count, found.status) == (count, "demanded")


# -- a go-between phrase is not distance; a second subject joined by و --------------------------


def test_a_go_between_phrase_does_not_put_a_cue_far_from_its_exchange() -> None:
    text = "وقالت مصادر إن الخرطوم والمتمردين يبحثون بوساطة قطرية صفقة تبادل جديدة للأسرى."
    found = only(text)
    assert (found.kind, found.status) == ("prisoners", "proposed")


def test_a_far_cue_with_no_go_between_still_governs_something_else() -> None:
    text = "اتفق الطرفان على وقف إطلاق النار في كامل المنطقة الحدودية وتبادل الأسرى."
    assert exchanges_of(text) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("وتبادلت الحكومة وفصائل مسلحة الأسبوع الماضي جثث 14 قتيلاً.", [("bodies", 14)]),
        ("وسلّمت السلطات وميليشيات حليفة 20 أسيراً إلى الصليب الأحمر.", [("prisoners", 20)]),
        ("وسلّمت الحكومة ولجان أهلية تقريراً عن أوضاع المعتقلين.", []),
    ],
)
def test_a_second_subject_joined_by_wa_stands_before_the_object(
    text: str, found: list[tuple[str, int]]
) -> None:
    assert [(r.kind.value, r.count) for r in exchanges_of(text)] == found


# -- releasing from custody (إخلاء سبيل), composed ------------------------------------


@pytest.mark.parametrize(
    ("text", "count", "status"),
    [
        ("أُخلي سبيل 40 معتقلاً من أنصار المعارضة في إطار اتفاق التهدئة.", 40, "completed"),
        ("وتم إخلاء سبيل 12 موقوفاً من عناصر الحركة بعد وساطة قبلية.", 12, "completed"),
        ("ستخلي سبيل 25 معتقلاً من أنصار المعارضة بموجب اتفاق التهدئة.", 25, "agreed"),
    ],
)
def test_releasing_from_custody_is_a_release(text: str, count: int, status: str) -> None:
    found = only(text)
    assert found.count == count
    assert found.status == status


def test_vacating_positions_is_no_release() -> None:
    assert exchanges_of("أخلت القوات مواقعها في البلدة بعد الاتفاق.") == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("ولا تزال رفات جندي واحد لدى المتمردين، وتشترط الحكومة تسليمها.", "bodies"),
        ("لا يزال أسير واحد لدى الميليشيا، وتطالب العائلة بالإفراج عنه.", "prisoners"),
    ],
)
def test_one_told_by_its_numeral_is_what_a_pronoun_of_release_names(text: str, kind: str) -> None:
    found = only(text)
    assert (found.kind, found.count, found.status) == (kind, 1, "demanded")


@pytest.mark.parametrize(
    "text",
    [
        "حث الوسطاء الطرفين على الإفراج عن 50 أسيراً.",
        "نحث الطرفين على الإفراج عن 50 أسيراً.",
        "تصر الحركة على الإفراج عن 50 أسيراً.",
        "ناشدت الأمم المتحدة الطرفين الإفراج عن 50 أسيراً.",
        "يجب الإفراج عن 50 أسيراً.",
    ],
)
def test_urging_insisting_and_appealing_demand_a_release(text: str) -> None:
    found = only(text)
    assert found.count == 50
    assert found.status == "demanded"


def test_a_release_done_after_urging_is_completed() -> None:
    found = only("أفرجت الحكومة عن 50 أسيراً بعد أن حثها الوسطاء على ذلك.")
    assert found.status == "completed"


@pytest.mark.parametrize(
    ("text", "kind", "count"),
    [
        # nationals with no kind noun are held people: detainees
        ("أفرجت فنزويلا الأحد عن ستة كولومبيين.", "detainees", 6),
        ("أطلقت بيلاروسيا سراح ثلاثة ليتوانيين.", "detainees", 3),
        # ... unless the other half of their swap, after مقابل, names the kind
        ("أفرجت الحكومة عن 12 تشادياً مقابل 40 من عناصر الحركة.", "prisoners", 12),
        ("سلمت السلطات ثمانية نيجيريين مقابل 30 أسيراً من الجانب الآخر.", "prisoners", 8),
    ],
)
def test_nationals_with_no_kind_noun(text: str, kind: str, count: int) -> None:
    found = only(text)
    assert (found.kind, found.count) == (kind, count)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a noun of calling or demanding before the release: demanded
        ("جدد المجلس الدعوة إلى إطلاق سراح جميع المعتقلين السياسيين في البلاد.", "detainees"),
        ("وكررت الوساطة دعوتها إلى الإفراج عن جميع الأسرى.", "prisoners"),
        ("وتصاعدت المطالبات بالإفراج عن جميع الرهائن.", "hostages"),
    ],
)
def test_a_noun_of_calling_demands_the_release(text: str, kind: str) -> None:
    found = only(text)
    assert (found.kind, found.status, found.count) == (kind, "demanded", None)


def test_a_count_marker_past_a_contrast_counts_another_clause() -> None:
    # في حين opens a clause of its own: its عددهم is an estimate, not the demand's count
    text = (
        "دعا البيان إلى إطلاق سراح جميع المعتقلين، في حين تقدر منظمة حقوقية عددهم "
        "بأكثر من ثلاثة آلاف."
    )
    found = only(text)
    assert (found.kind, found.count) == ("detainees", None)
    text = "طالبت الحكومة بالإفراج عن جميع الأسرى، وعددهم 40 أسيراً."
    assert only(text).count == 40


@pytest.mark.parametrize(
    "text",
    [
        # the remains of the last one, or of one the article names, are one body even when a
        # count follows for the other half of the swap
        "سلمت الجماعة رفات آخر جندي لديها، وأعادت الحكومة في المقابل جثامين 9 مقاتلين.",
        "تسلمت السلطات رفات الأسير سامي نور، وأعادت في المقابل جثامين 7 من عناصر الحركة.",
        "سلمت الحركة رفات آخر رهينة كانت لديها عبر الصليب الأحمر.",
    ],
)
def test_the_remains_of_one_named_or_last(text: str) -> None:
    found = [r for r in exchanges_of(text) if r.kind == "bodies"]
    assert found
    assert found[0].count == 1


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # receiving the dead, every person of استلم and its verbal noun, with the people right after
        ("أعلنت الوزارة استلام رفات 300 جندي من الجانب الآخر عبر المعبر.", 300),
        ("استلمت الحكومة جثامين 12 مقاتلاً عبر وسطاء محليين.", 12),
        ("وقال القائد: استعدنا رفات 9 من جنودنا عبر الوسطاء.", 9),
        # the dual of جثمان counts two
        ("أعلن الهلال الأحمر تسلّم جثماني رهينتين من الجماعة.", 2),
    ],
)
def test_receiving_and_recovering_the_dead(text: str, count: int) -> None:
    found = only(text)
    assert (found.kind, found.count) == ("bodies", count)


@pytest.mark.parametrize(
    "text",
    [
        "استلم الرئيس رسالة من نظيره حول ملف الأسرى.",
        "استلم اللواء قيادة المنطقة التي يحتجز فيها الجيش عشرات الأسرى.",
    ],
)
def test_receiving_something_else_is_no_exchange(text: str) -> None:
    assert exchanges_of(text) == []


@pytest.mark.parametrize(
    ("text", "kind", "count"),
    [
        # the captives with the article, counted by a number with the article after them
        # (told alive, they are hostages)
        ("عاد الأسرى الأحياء الثلاثون إلى بلادهم أمس.", "hostages", 30),
        # coming back with them: the subject brought them
        ("وعاد المبعوث بأربعة محتجزين بريطانيين على متن طائرته.", "detainees", 4),
        # going out free
        ("خرج 40 معتقلاً من سجن المدينة فجر اليوم.", "detainees", 40),
        # the verb of coming back tells its own tense, not a cue in the clause before a colon
        ("بدا أن الأزمة انتهت: عاد 15 رهينة إلى ذويهم.", "hostages", 15),
    ],
)
def test_captives_coming_back(text: str, kind: str, count: int) -> None:
    found = only(text)
    assert (found.kind, found.count, found.status) == (kind, count, "completed")


@pytest.mark.parametrize(
    ("text", "kind", "count", "status"),
    [
        ("ومن المقرر أن يعود 50 أسيراً إلى بلادهم غداً.", "prisoners", 50, "agreed"),
        ("وتطالب الحكومة بأن يعود الأسرى الثمانية عشر فوراً.", "prisoners", 18, "demanded"),
        ("ويعود اليوم نحو 200 معتقل إلى ذويهم عبر المعبر.", "detainees", 200, "ongoing"),
        ("وينتظر أن تصل 12 رهينة إلى المطار مساءً.", "hostages", 12, "agreed"),
    ],
)
def test_captives_coming_back_in_the_present_or_subjunctive(
    text: str, kind: str, count: int, status: str
) -> None:
    """The present and subjunctive of coming back (يعود، أن يعود، أن تصل) tell captives
    freed as the past does; their status is the cue's, or going on with none."""
    found = only(text)
    assert (found.kind, found.count, found.status) == (kind, count, status)


def test_both_sides_coming_back_side_by_side_are_one_swap() -> None:
    found = only("عاد 12 رهينة إلى ذويهم، وخرج 300 أسير من سجون الطرف الآخر.")
    assert (found.kind, found.count, found.count_other, found.per_side) == (
        "hostages",
        12,
        300,
        True,
    )


@pytest.mark.parametrize(
    "text",
    [
        "عاد الجنود الخمسة إلى قواعدهم بعد المناورة.",
        "خرج الوفد بخمسة مقترحات بشأن ملف الأسرى.",
        "وعاد الوزير إلى بلاده بعد لقائه الأسرى الخمسة.",
        "وعاد الوفد بخمسة مقترحات لإطلاق الأسرى.",
    ],
)
def test_coming_back_without_captives_is_no_exchange(text: str) -> None:
    assert exchanges_of(text) == []


def test_a_headline_ending_on_a_quoted_formula_is_no_evidence() -> None:
    text = (
        'جولة جديدة من محادثات الأسرى وسط آمال بصفقة "الكل مقابل الكل"\n\n'
        'وقال الوسيط إن الحكومة قدّمت مقترحاً لتبادل "الكل مقابل الكل" في ملف الأسرى.\n'
    )
    found = only(text)
    assert text.index("\n") < found.evidence.start


def test_all_for_all_after_the_dead_told_before_is_of_the_living() -> None:
    text = 'تسلمنا 500 جثمان من الجانب الآخر الشهر الماضي. ونريد الآن تبادل "الكل مقابل الكل".'
    kinds = sorted((r.kind.value, r.count) for r in exchanges_of(text))
    assert kinds == [("bodies", 500), ("prisoners", None)]
    text = 'ونطالب بتبادل الجثث وفق مبدأ "الكل مقابل الكل".'
    assert only(text).kind == "bodies"


@pytest.mark.parametrize(
    "text",
    [
        "اتفق الطرفان على تبادل قوائم بأسماء نحو 400 محتجز خلال أسبوعين.",
        "تبادل الوفدان الوثائق المتعلقة بالمفقودين، الذين يقدر عددهم بنحو 900 شخص.",
    ],
)
def test_papers_exchanged_have_no_count(text: str) -> None:
    found = only(text)
    assert (found.kind, found.count) == ("documents", None)


@pytest.mark.parametrize(
    ("text", "kind", "status"),
    [
        # a finite verb of exchanging tells its status by its tense, its subject right after it
        ("يتبادل البلدان في الأول من مارس من كل عام قوائم بأسماء السجناء.", "documents", "ongoing"),
        ("وتبادل الجانبان الوثائق في ختام الجلسة.", "documents", "completed"),
        ("تبادلنا الأسرى مع الحركة قبل عامين.", "prisoners", "completed"),
    ],
)
def test_a_finite_verb_of_exchanging_tells_its_status(text: str, kind: str, status: str) -> None:
    found = only(text)
    assert (found.kind, found.status) == (kind, status)


def test_a_count_after_the_verbal_noun_is_no_subject() -> None:
    """ألف (a thousand) is spelled like a word with the article: تبادل ألف سجين is the verbal
    noun and its count, not "the thousand exchanged"."""
    found = only("قال الوزير إن الأهم هو تبادل ألف سجين بألف.")
    assert (found.kind, found.count) == ("prisoners", 1000)
    assert found.status != "completed"


def test_the_verbal_noun_of_exchanging_with_a_genitive_is_a_topic() -> None:
    assert exchanges_of("ويتناول الاجتماع تبادل الطرفين الأسرى.") == []


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # the formula after the word of exchanging itself
        ('يعود ملف الأسرى إلى الواجهة. ونُفذ تبادل "مئتين مقابل مئتين" على ثلاث مراحل.', 200),
        # the numbers of the formula with the article
        ('يعود ملف الأسرى إلى الواجهة. وأتمت الأطراف صفقة "الخمسمئة مقابل الخمسمئة".', 500),
        ("يعود ملف الأسرى إلى الواجهة. وأتمت الأطراف صفقة الألف مقابل الألف الشهر الماضي.", 1000),
    ],
)
def test_a_swap_named_by_its_formula(text: str, count: int) -> None:
    found = only(text)
    assert (found.kind, found.count, found.per_side) == ("prisoners", count, True)


@pytest.mark.parametrize(
    ("text", "kind", "count"),
    [
        # the captives counted after a verb of including are the exchange's people
        ("ووقع الطرفان على إطار لتبادل الأسرى يشمل نحو 300 محتجز.", "detainees", 300),
        ("وقال المسؤول إن المرحلة الثانية من التبادل ستشمل 500 أسير.", "prisoners", 500),
    ],
)
def test_captives_counted_after_a_verb_of_including(text: str, kind: str, count: int) -> None:
    found = only(text)
    assert (found.kind, found.count) == (kind, count)


@pytest.mark.parametrize(
    ("text", "kind", "count"),
    [
        # the hedge after the people, before what is said of them
        (
            "وقالت النقابة إن 40 صحفياً على الأقل ما زالوا محتجزين لدى السلطات، "
            "وتطالب بالإفراج عنهم.",
            "detainees",
            40,
        ),
        # the copula first, the people after it
        (
            "ولا يزال 17 صحفياً هندياً على الأقل محتجزين في العاصمة، وتطالب نيودلهي بالإفراج عنهم.",
            "detainees",
            17,
        ),
        # fighters held keep their kind
        (
            "وتقول الحكومة إن 30 جندياً على الأقل ما زالوا محتجزين لدى المتمردين، "
            "وتطالب بالإفراج عنهم.",
            "prisoners",
            30,
        ),
        # the people in the sentence before, with an apposition of some of them
        (
            "هناك 11 صياداً سنغالياً على الأقل محتجزون في نواذيبو، بينهم قاصران. "
            "داكار تطالب بالإفراج عنهم جميعاً.",
            "detainees",
            11,
        ),
    ],
)
def test_a_hedge_after_the_people_does_not_part_them_from_their_release(
    text: str, kind: str, count: int
) -> None:
    found = only(text)
    assert (found.kind, found.count, found.approximate) == (kind, count, True)


def test_a_hedge_after_the_people_makes_their_count_approximate() -> None:
    found = only("أطلقت الحكومة سراح 60 معارضاً على الأقل بموجب العفو.")
    assert (found.count, found.approximate) == (60, True)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("وكانت الميليشيا تحتجز 9 عمال أجانب. وقد أفرج عن ثلاثة منهم أمس.", 3),
        (
            "تحتجز الجماعة نحو 25 صياداً منذ الصيف. طلبت الحكومة الإفراج عنهم جميعاً، "
            "وأفرج عن اثنين منهم الأسبوع الماضي.",
            2,
        ),
    ],
)
def test_some_of_them_released_are_of_the_people_of_the_sentence_before(
    text: str, count: int
) -> None:
    found = [(r.kind, r.count) for r in exchanges_of(text)]
    assert ("detainees", count) in found


def test_every_one_of_them_is_no_count() -> None:
    text = "عاد اليوم 84 من أسرانا. وسنواصل العمل حتى نعيد كل واحد منهم."
    assert all(r.count != 1 for r in exchanges_of(text))


@pytest.mark.parametrize(
    ("text", "kind", "count"),
    [
        # an adverb of addition with the ذلك it points back with
        ("وأعادت أرمينيا إضافة إلى ذلك 6 جنود أذربيجانيين.", "prisoners", 6),
        ("وسلّم الجيش علاوة على ذلك 9 جثث لمقاتلين.", "bodies", 9),
        # for its part, in its turn
        ("وأطلقت الحكومة من جهتها 40 معتقلاً من سجن العاصمة.", "detainees", 40),
        ("وأطلقت الحركة بدورها 12 جندياً حكومياً.", "prisoners", 12),
        # a time phrase before the people of a bare verb of releasing
        ("وأطلقت المعارضة في وقت سابق 15 أسيراً.", "prisoners", 15),
    ],
)
def test_an_adverb_between_a_verb_of_handing_over_and_its_people(
    text: str, kind: str, count: int
) -> None:
    found = only(text)
    assert (found.kind, found.count) == (kind, count)


def test_an_adverb_does_not_make_a_shot_fired_a_release() -> None:
    assert exchanges_of("وأطلقت القوات من جهتها النار على 5 أسرى حاولوا الفرار.") == []


@pytest.mark.parametrize(
    ("text", "count", "other"),
    [
        # running totals of the two sides in one sentence: one swap (CONVENTIONS rule 1)
        ("سلّم المتمردون حتى الآن رفات 12 جندياً، فيما أعاد الجيش جثامين 80 مقاتلاً.", 12, 80),
        ("وقد سلّمت الميليشيا حتى الآن 9 جثث من أصل 11، فيما تسلّمت القبيلة قرابة 70 جثماناً.", 9, 70),
        ("تسلّمت كييف منذ بدء الهدنة رفات 900 جندي، فيما أعادت 120 جثة إلى موسكو.", 900, 120),
    ],
)
def test_running_totals_of_the_two_sides_in_one_sentence_are_one_swap(
    text: str, count: int, other: int
) -> None:
    found = only(text)
    assert (found.kind, found.count, found.count_other) == ("bodies", count, other)


def test_seemed_is_not_began() -> None:
    """بدا (seemed) and بدأ (began) normalise alike; only بدأ tells an exchange under way."""
    assert exchanges_of("وبدا أن صفقة تبادل الأسرى باتت قريبة بعد جولة المحادثات.") == []
    found = only("وبدأ تبادل الأسرى بين الجانبين صباح اليوم عند المعبر.")
    assert (found.kind, found.status) == ("prisoners", "ongoing")


@pytest.mark.parametrize(
    "text",
    ["استلمت الحكومة 40 أسيراً من المتمردين أمس.", "استلمنا رفات 9 جنود عند المعبر."],
)
def test_the_past_of_receiving_is_done(text: str) -> None:
    assert only(text).status == "completed"


def test_last_month_told_in_january_is_no_swap_recalled() -> None:
    """A relative date that falls in the year before only because the article is from January
    is the article's news: the exchange named then and the release told after are one."""
    text = (
        "وفي الشهر الماضي جرى بوساطة الصليب الأحمر تبادل للأسرى بين الجيش والمتمردين. "
        "وقال المتحدث العسكري إن الجيش أفرج عن 16 أسيراً من المتمردين بموجب الاتفاق."
    )
    document = Document(text, published=datetime.date(2026, 1, 12))
    found = find_exchanges(Analysis(document))
    assert [(r.kind, r.count) for r in found] == [("prisoners", 16)]


@pytest.mark.parametrize(
    "text",
    [
        "ووفق الأرقام الرسمية، سلّم نحو 9 آلاف مقاتل من أصل 15 ألفاً أسلحتهم للجنة التسريح.",
        "وسلّم 300 عنصر من أصل 500 أسلحتهم الثقيلة خلال الأسبوع.",
    ],
)
def test_people_handing_their_own_things_past_the_whole_they_are_part_of(text: str) -> None:
    assert exchanges_of(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "وفي مراسم أقيمت في المدينة، سلّم نحو 400 مقاتل من جبهة التحرير الشعبية أسلحتهم للجيش.",
        "وأعلن وزير الداخلية أن باب العفو مفتوح أمام كل من يسلّم سلاحه، وقد منحت الوزارة "
        "عفواً عن 350 مقاتلاً منذ الربيع.",
    ],
)
def test_weapons_handed_over_are_a_disarmament_no_exchange(text: str) -> None:
    assert exchanges_of(text) == []


def test_people_handed_over_to_their_families_are_still_handed_over() -> None:
    found = only("وسلّمت الجماعة 15 أسيراً من الجنود إلى ذويهم مقابل تسليم الأسلحة الثقيلة.")
    assert (found.kind, found.count) == ("prisoners", 15)


def test_people_handed_over_out_of_a_whole_are_still_handed_over() -> None:
    found = only("وسلّمت الحركة 12 جندياً من أصل 40 كانت تحتجزهم.")
    assert (found.kind, found.count) == ("prisoners", 12)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a phrase set off by two commas between the demand and its ب-object
        (
            "وطالبت وزيرة الخارجية، في بيان، بالإفراج الفوري عن جميع المواطنين الكنديين المحتجزين.",
            "detainees",
        ),
        # the ب written before a quote mark that opens the demanded words
        (
            "وطالب الرئيس، خلال لقائه الوفد الأممي في العاصمة، بـ«إطلاق سراح جميع الأسرى» "
            "قبل أي حوار.",
            "prisoners",
        ),
    ],
)
def test_a_demand_reaches_its_object_over_a_parenthetical(text: str, kind: str) -> None:
    found = only(text)
    assert (found.kind, found.count, found.status) == (kind, None, "demanded")


def test_a_parenthetical_does_not_carry_a_demand_over_a_stop() -> None:
    text = "وطالبت الحكومة بوقف الغارات. وقالت، في بيان، إن تبادل الأسرى ملف مؤجل."
    assert exchanges_of(text) == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "وطالب الرئيس بانسحاب القوات الأجنبية من المدن الحدودية الثلاث وإطلاق الأسرى.",
            "prisoners",
        ),
        (
            'وجدد الوزير مطالبته بـ"رفع الحصار عن الموانئ الثلاثة وإطلاق المعتقلين السياسيين".',
            "detainees",
        ),
    ],
)
def test_a_release_joined_by_wa_to_a_demands_object_is_demanded(text: str, kind: str) -> None:
    found = only(text)
    assert (found.kind, found.status) == (kind, "demanded")


def test_a_finite_release_after_a_demand_is_its_own_clause() -> None:
    found = only("وطالب المتظاهرون بإسقاط الحكومة وأفرجت الشرطة عن المعتقلين.")
    assert found.status == "completed"


@pytest.mark.parametrize(
    "text",
    [
        "وتم تبادل 42 أسيراً بواقع 30 من جانب الحكومة مقابل 12 من جانب المتمردين.",
        "وأنجز الطرفان تبادل 64 محتجزاً بينهم 40 من القوات الحكومية مقابل 24 من المقاتلين.",
    ],
)
def test_a_total_broken_down_is_both_sides_together(text: str) -> None:
    # CONVENTIONS rule 8: the total, per_side false; the part after مقابل is no other side.
    found = only(text)
    total = 42 if "42" in text else 64
    assert (found.count, found.count_other, found.per_side) == (total, None, False)


def test_numbers_that_do_not_add_up_are_a_lopsided_swap() -> None:
    found = only("وتم تبادل 42 أسيراً بواقع 30 مقابل 10 آخرين.")
    assert (found.count, found.count_other, found.per_side) == (42, 10, True)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "وطالبت منظمة حقوقية السلطات في البلدين بالإفراج عن الصحفيين المعتقلين.",
            "detainees",
        ),
        ("وحث المبعوث الأممي الطرفين المتحاربين على الإفراج عن جميع الأسرى.", "prisoners"),
        ("ودعا مجلس الأمن الدولي الحكومة والمتمردين إلى إطلاق سراح المحتجزين.", "detainees"),
    ],
)
def test_a_demand_reaches_its_complement_over_its_subject_and_object(text: str, kind: str) -> None:
    # the release carries the call's own preposition (إلى، على، ب): the demand governs it
    found = only(text)
    assert (found.kind, found.status) == (kind, "demanded")


def test_a_demand_does_not_reach_a_release_past_a_comma() -> None:
    text = "ودعا مجلس الأمن الدولي الحكومة والمتمردين إلى الهدوء، على الإفراج عن المعتقلين أولاً."
    assert all(e.status != "demanded" for e in exchanges_of(text))


@pytest.mark.parametrize(
    ("text", "count", "other"),
    [
        ("أفرجت الحكومة عن 40 معتقلاً. وفي المقابل أطلقت الجبهة سراح 35 جندياً.", 40, 35),
        ("سلّمت القوات رفات 17 مقاتلاً. وبالمقابل، تسلّمت رفات 9 من جنودها.", 17, 9),
    ],
)
def test_a_swap_told_across_two_sentences_with_one_status_is_one(
    text: str, count: int, other: int
) -> None:
    # CONVENTIONS rule 16: the second sentence opens with في المقابل, both halves done
    found = only(text)
    assert (found.count, found.count_other, found.per_side) == (count, other, True)


@pytest.mark.parametrize(
    ("text", "count", "other"),
    [
        (
            "أطلقت الشرطة سراح 21 موقوفاً من أبناء القبائل، وسلّمتهم إلى وجهاء المنطقة.\n\n"
            "وفي المقابل، أفرج المسلحون عن 6 من رجال الأمن.",
            21,
            6,
        ),
        (
            "٠٩:١٥ — أعلن الوسطاء أن الحركة أفرجت عن 5 رهائن في الشمال.\n\n"
            "٠٩:٤٠ — مسؤول حكومي لوكالة الأنباء: السلطات أفرجت في المقابل عن 14 من المعتقلين.",
            5,
            14,
        ),
    ],
)
def test_a_swap_whose_other_half_opens_the_next_paragraph_is_one(
    text: str, count: int, other: int
) -> None:
    # CONVENTIONS rule 16 across a paragraph or a live blog's next entry: the first release
    # ends its paragraph, the next tells the other half first, with في المقابل
    found = only(text)
    assert (found.count, found.count_other, found.per_side) == (count, other, True)


@pytest.mark.parametrize(
    "text",
    [
        # the second half only promised: a record has one status, so two
        "أفرجت السلطات عن 15 معتقلاً. وفي المقابل تعهد المتمردون بإطلاق 8 رهائن.",
        # a sentence between: no longer the other half
        "أفرجت السلطات عن 15 معتقلاً. وقال الوسيط إن الأجواء إيجابية. وفي المقابل أطلق"
        " المتمردون سراح 8 جنود.",
        # a sentence after the first release in its paragraph: no longer the other half
        "أفرجت السلطات عن 15 معتقلاً. وقال الوسيط إن الأجواء إيجابية.\nوفي المقابل أطلق"
        " المتمردون سراح 8 جنود.",
        # a sentence before the release in the next paragraph
        "أفرجت السلطات عن 15 معتقلاً.\nوقال الوسيط إن الأجواء إيجابية. وفي المقابل أطلق"
        " المتمردون سراح 8 جنود.",
    ],
)
def test_a_swap_across_sentences_stays_two_when_the_halves_differ(text: str) -> None:
    assert sorted(e.count for e in exchanges_of(text)) == [8, 15]


@pytest.mark.parametrize(
    "text",
    [
        "أفرج المسلحون عن رهينتين. ودعا البيان إلى تبادل شامل لكل المحتجزين لدى الطرفين.",
        "أفرج المسلحون عن رهينتين. وطالب الوسيط بالإفراج عن 400 محتجز لدى الجانبين.",
        "أفرج المسلحون عن رهينتين. وتطالب الخطة بالإفراج عن المحتجزين لدى الأطراف كافة.",
    ],
)
def test_the_held_of_both_sides_told_by_possession_are_detainees(text: str) -> None:
    # لدى الطرفين tells both sides as من الطرفين does: the held are detainees, both together,
    # even in an article that calls one side's captives hostages
    demanded = [e for e in exchanges_of(text) if e.status == "demanded"]
    assert [(e.kind, e.per_side) for e in demanded] == [("detainees", False)]


def test_nationals_released_by_a_pronoun_take_no_kind_of_another_sentence() -> None:
    # a kind named in another sentence is another exchange's: nationals a state released
    # are detainees (CONVENTIONS rule 21)
    text = "وتبادل البلدان 50 أسيراً في الربيع. ووصل أمس ثلاثة كنديين أفرجت عنهم السلطات."
    assert [e.kind for e in exchanges_of(text) if e.count == 3] == ["detainees"]


def test_nationals_released_by_a_pronoun_take_the_kind_of_their_own_sentence() -> None:
    text = "وأفرجت الحكومة عن 40 أسيراً، بينهم ثلاثة تشاديين أفرجت عنهم بعد وساطة."
    assert [e.kind for e in exchanges_of(text) if e.count == 3] == ["prisoners"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # members of a group or force named by its own name, no word of holding: prisoners
        ("وأفرج الجيش عن 38 من عناصر قوات سوريا الديمقراطية مقابل 12 جندياً.", "prisoners"),
        ("وأفرجت الحركة عن 20 من عناصر الجيش الكونغولي.", "prisoners"),
        # members of the police stay detainees
        ("وأفرجت السلطات عن ثلاثة من عناصر الشرطة المحلية.", "detainees"),
    ],
)
def test_members_of_a_named_force_are_prisoners(text: str, kind: str) -> None:
    # CONVENTIONS rule 21: soldiers or fighters named with no word of holding are prisoners
    assert only(text).kind == kind


def test_members_of_a_named_force_called_held_are_detainees() -> None:
    # CONVENTIONS rule 21: a word of holding after them is the word the text uses
    text = "وأفرجت الحكومة عن 60 من عناصر حزب العمال الكردستاني المحتجزين لديها."
    assert only(text).kind == "detainees"
    assert only(text.replace(" المحتجزين لديها", "")).kind == "prisoners"


@pytest.mark.parametrize(
    ("text", "kind", "count"),
    [
        ("أفرجت السلطات الإثيوبية أمس عن دفعة أولى من 40 أسيراً من مقاتلي الجبهة.", "prisoners", 40),
        ("وأطلق الجيش سراح الدفعة الأخيرة من 15 محتجزاً لديه في المعسكر.", "detainees", 15),
        ("وسلّمت الحركة للصليب الأحمر دفعة جديدة من 6 رهائن يوم الأحد.", "hostages", 6),
    ],
)
def test_a_batch_with_its_own_adjective_still_counts_the_people_after_min(
    text: str, kind: str, count: int
) -> None:
    """دفعة أولى / الدفعة الأخيرة / دفعة جديدة من N: the batch's adjective stands between the
    verb and the people; it is no noun the people are the genitive of."""
    found = only(text)
    assert (found.kind.value, found.count) == (kind, count)


@pytest.mark.parametrize(
    ("text", "count", "approximate"),
    [
        ("وتبادل الطرفان الأسرى بواقع 150 أسيراً لكل طرف.", 150, False),
        ("وأتمّ الجانبان صفقة لتبادل الجثث بمعدل 20 جثة من كل جانب.", 20, False),
        ("وتبادل الطرفان الأسرى بواقع نحو مئة أسير من كل جانب.", 100, True),
    ],
)
def test_a_rate_per_side_after_the_kind_counts_the_exchange(
    text: str, count: int, approximate: bool
) -> None:
    # CONVENTIONS rule 15: the number of each side is the count, per_side true
    found = only(text)
    assert (found.count, found.per_side, found.approximate) == (count, True, approximate)


def test_a_breakdown_after_the_kind_is_no_rate_per_side() -> None:
    found = only("وتبادل الطرفان الأسرى بواقع 150 من الجيش و120 من المتمردين.")
    assert found.count is None


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # soldiers called held or arrested right after their noun: detainees
        ("وأعادت أوغندا إلى كينيا 12 جندياً كينياً محتجزين لديها منذ مارس.", "detainees"),
        ("وطالبت نيروبي بالإفراج عن جنودها الـ12 المحتجزين لدى الجانب الأوغندي.", "detainees"),
        ("وأعاد الجيش الإريتري سبعة جنود إثيوبيين احتُجزوا بعد أن ضلوا طريقهم.", "detainees"),
        ("وسلّمت القوات الغينية ثلاثة عسكريين ماليين كانوا معتقلين لديها.", "detainees"),
        ("وأفرج الجيش البوروندي عن مقاتلَين اثنين محتجزين في سجونه.", "detainees"),
        # the holder's verb of holding with their pronoun is a word of holding too
        ("وأفرجت أذربيجان عن خمسة جنود أرمن كانت تحتجزهم منذ الخريف.", "detainees"),
        ("ونص الاتفاق على الإفراج عن 14 جندياً نيجيرياً تحتجزهم السلطات في النيجر.", "detainees"),
        ("وسلّمت الجماعة المسلحة ستة جنود كانت قد احتجزتهم قرب الحدود.", "detainees"),
        ("وأعادت بوروندي إلى رواندا جنديين اعتقلتهما دورية على الحدود.", "detainees"),
        # a verb of capture keeps them prisoners, as no word at all does
        ("وأفرجت الحركة عن 30 جندياً أسرتهم في معارك الشهر الماضي.", "prisoners"),
        ("وأعادت أوغندا إلى كينيا 12 جندياً كينياً عبر معبر حدودي.", "prisoners"),
        ("وأفرجت أرمينيا عن ثلاثة جنود أسرى لديها.", "prisoners"),
    ],
)
def test_soldiers_told_held_are_detainees(text: str, kind: str) -> None:
    # CONVENTIONS rule 21: the kind is the word the text uses for the people
    assert only(text).kind == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a phrase on the soldiers' noun before the words that tell them held
        ("وأفرجت الحركة عن 30 جندياً من الجيش النظامي تحتجزهم في الجبال.", "detainees"),
        ("وأطلقت الجماعة سراح تسعة جنود وعناصر أمن كانت تحتجزهم في الغابة.", "detainees"),
        # the holder named between the copula and its verb
        ("وتسلّم الصليب الأحمر 14 جندياً تشادياً كانت حركة التمرد الشمالية تحتجزهم.", "detainees"),
        # a relative clause on the soldier past his name and a comma
        ("وأعادت الهند الجندي في حرس الحدود أحمد علي، الذي احتجزته بعد عبوره خطأً.", "detainees"),
        # a verb of capture past the phrase keeps them prisoners
        ("وأفرجت الحركة عن 30 جندياً من الجيش النظامي أسرتهم في الجبال.", "prisoners"),
        # the other side's held past مقابل are not these soldiers
        ("وأفرجت الحركة عن 30 جندياً من الجيش مقابل 20 من عناصرها المحتجزين.", "prisoners"),
    ],
)
def test_soldiers_held_past_a_phrase_on_them(text: str, kind: str) -> None:
    # CONVENTIONS rule 21: a verb of holding on the soldiers makes them detainees, however
    # many words of their own phrase stand before it
    found = exchanges_of(text)
    assert found
    assert found[0].kind == kind, [(r.kind, r.count) for r in found]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # an apposition telling some of them (بينهم …) before the verb of holding
        (
            "وأطلقت بوروندي سراح ستة جنود روانديين، بينهم ملازم، كانت قد اعتقلتهم قرب البحيرة.",
            "detainees",
        ),
        # the passive of a verb of holding in the dual, with no pronoun
        ("وأعادت كينيا الجنديين الأوغنديين اللذين اعتُقلا بعد دخولهما أراضيها.", "detainees"),
        # a name between the soldier's noun and the relative clause of holding
        (
            "وسلّمت تشاد جندي قوة حماية الحدود النيجرية إبراهيم موسى الذي اعتقلته دورية صحراوية.",
            "detainees",
        ),
        # an apposition with no word of holding after it: prisoners, as with no word at all
        ("وأطلقت بوروندي سراح ستة جنود روانديين، بينهم ملازم، بعد وساطة تنزانية.", "prisoners"),
        # a relative clause of capture past the name keeps them prisoners
        (
            "وسلّمت تشاد جندي قوة حماية الحدود النيجرية إبراهيم موسى الذي أسرته دورية صحراوية.",
            "prisoners",
        ),
    ],
)
def test_soldiers_held_past_an_apposition_or_a_name(text: str, kind: str) -> None:
    """Rule 21: a relative clause telling the soldiers held makes them detainees past an
    apposition on them (، بينهم …،) or a name, and in the dual passive (اعتُقلا)."""
    found = exchanges_of(text)
    assert found
    assert found[0].kind == kind, [(r.kind, r.count) for r in found]


@pytest.mark.parametrize(
    ("text", "kind", "count"),
    [
        ("وتنص الهدنة على أن تفرج الجماعة عن 12 محتجزاً أحياء خلال أسبوع.", "hostages", 12),
        ("أفرج المسلحون عن الأسرى الأجانب الأحياء السبعة دفعة واحدة.", "hostages", 7),
        ("أفرجت الجماعة عن خمسة أسرى فرنسيين أحياء وسلّمت رفات اثنين.", "hostages", 5),
        # the other side's phrase after مقابل is its own
        ("أفرجت السلطات عن 300 أسير مقابل 9 رهائن أحياء.", "prisoners", 300),
        # no word of life in the noun's phrase
        ("أفرجت السلطات عن 40 محتجزاً في الحي الشمالي.", "detainees", 40),
    ],
)
def test_captives_told_alive_are_hostages(text: str, kind: str, count: int) -> None:
    """Captives told alive (أحياء), against the dead handed as bodies, are hostages."""
    found = exchanges_of(text)
    assert (found[0].kind, found[0].count) == (kind, count)


def test_soldiers_told_held_in_a_sentence_naming_captives_stay_prisoners() -> None:
    # CONVENTIONS rule 21: the sentence calls the swap an exchange of captives (أسرى)
    text = "وتبادل الجانبان الأسرى، إذ أفرجت أوغندا عن 12 جندياً محتجزين لديها مقابل 20 أسيراً."
    assert only(text).kind == "prisoners"


def test_soldiers_told_held_once_are_detainees_where_counted_again() -> None:
    # the same soldiers counted again with no word of holding are one exchange of detainees
    text = (
        "واتفق الجانبان على أن تفرج أوغندا عن 12 جندياً كينياً محتجزين لديها منذ مارس. "
        "وقال المتحدث إن الإفراج عن الجنود الـ12 سيتم الأسبوع المقبل."
    )
    assert [(e.kind, e.count) for e in exchanges_of(text)] == [("detainees", 12)]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("وشهد الأحد تبادلاً لـ 84 أسيراً من كل طرف برعاية إماراتية.", 84),
        ("وجرى أمس تبادل لـ120 محتجزاً بين الجانبين في منطقة الحدود.", 120),
    ],
)
def test_a_count_after_the_preposition_lam_is_the_exchanges(text: str, count: int) -> None:
    # تبادلاً لـ N: the preposition stands between the word of exchanging and the number
    assert only(text).count == count


def test_a_count_apposed_after_another_release_is_not_this_ones() -> None:
    # mechanism: a field taken from outside the event's own clause; وعددهم counts the
    # object of the release after it, not the soldiers of the first
    text = (
        "وقال متحدث باسم التحالف إن الحركة ستدرس الإفراج عن الجنود، لكنه اشترط الإفراج عن "
        "جميع عناصرها المعتقلين، وعددهم نحو 200."
    )
    assert [(e.kind, e.count) for e in exchanges_of(text) if e.count == 200] == [("detainees", 200)]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "وكان الطرفان قد اتفقا خلال محادثات العاصمة الكينية نيروبي على تبادل جميع الأسرى.",
            "prisoners",
        ),
        ("ووافقت الحكومة بعد وساطة قطرية مطولة على الإفراج عن المعتقلين السياسيين.", "detainees"),
        (
            "وتعهدت الحركة أمام الوسطاء الأفارقة في أديس أبابا بإطلاق سراح الرهائن الأجانب.",
            "hostages",
        ),
    ],
)
def test_a_verb_of_agreeing_governs_the_release_its_preposition_takes(text: str, kind: str) -> None:
    # however many words tell where or when it was agreed, على / ب ties the release to it
    found = only(text)
    assert (found.kind.value, found.status.value) == (kind, "agreed")


@pytest.mark.parametrize(
    ("text", "kind", "status"),
    [
        (
            "وأعلنت الحكومة في بيان صادر عن وزارة الخارجية الإفراج عن المعتقلين الأجانب.",
            "detainees",
            "completed",
        ),
        (
            "وأتمّ الطرفان بإشراف اللجنة الدولية للصليب الأحمر عملية تبادل للأسرى.",
            "prisoners",
            "completed",
        ),
        (
            "واقترحت الوساطة القطرية في ورقة قدمتها للطرفين تبادل الأسرى على مراحل.",
            "prisoners",
            "proposed",
        ),
    ],
)
def test_a_verbal_noun_after_the_subject_and_its_phrases_is_the_verbs_object(
    text: str, kind: str, status: str
) -> None:
    # the subject and a phrase of where or through whom stand between the verb and the
    # exchange it tells, however many words they take
    found = only(text)
    assert (found.kind.value, found.status.value) == (kind, status)


@pytest.mark.parametrize(
    "text",
    [
        "وأعلنت الحكومة في بيان صادر عن وزارة الخارجية رفضها تبادل الأسرى.",
        "وأعلن الجيش في بيان مقتضب وقف العمليات تمهيداً لتبادل الأسرى.",
    ],
)
def test_a_noun_governing_the_exchange_keeps_it_from_a_far_verb(text: str) -> None:
    assert all(e.status.value != "completed" for e in exchanges_of(text))


def test_the_verb_of_discussing_is_no_verb_of_urging_with_a_preposition() -> None:
    # وبحث (discussed) is not و + ب + حث (urged): no demand is told
    text = "وبحث الوفدان خلال جلسة مطولة في فندق بالعاصمة تبادل الأسرى."
    assert all(e.status.value != "demanded" for e in exchanges_of(text))


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("وأعلنت الحركة، في بيان، إطلاق سراح الرهائن الأجانب.", "hostages"),
        ("وأعلنت الحكومة إطلاق سراح المعتقلين السياسيين.", "detainees"),
    ],
)
def test_a_release_listed_whole_is_read_whole_not_as_its_first_word(text: str, kind: str) -> None:
    # إطلاق سراح is listed whole and إطلاق alone as a bare word of releasing: the shorter
    # cue inside the longer one cut the longer one's reach to nothing
    found = only(text)
    assert (found.kind.value, found.status.value) == (kind, "completed")


def test_two_releases_dated_apart_in_one_sentence_are_two_exchanges() -> None:
    text = (
        "وأعلنت جوبا الأسبوع الماضي إطلاق سراح 64 أسيراً من الحركة، فيما أفرجت الحركة في "
        "مارس الماضي عن نحو مئة أسير من الجيش."
    )
    found = find_exchanges(Analysis(Document(text, published=datetime.date(2025, 6, 1))))
    assert sorted((e.count, e.count_other) for e in found) == [(64, None), (100, None)]


def test_two_sides_released_a_night_apart_are_one_swap() -> None:
    text = "وأفرجت الحركة مساء الأحد عن ثلاث رهائن، فيما أطلقت الحكومة فجر الاثنين سراح 90 أسيراً."
    found = find_exchanges(Analysis(Document(text, published=datetime.date(2025, 6, 1))))
    assert [(e.count, e.count_other) for e in found] == [(3, 90)]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("وأفرجت طهران عن الفرنسيين سيسيل مارتان وجان دوبوا الشهر الماضي.", 2),
        ("وأفرجت موسكو عن الأمريكي بول ويلان بعد وساطة إماراتية.", 1),
        ("وأطلقت كاراكاس سراح الكولومبيين خوان بيريز وماريا لوبيز وكارلوس رويز.", 3),
    ],
)
def test_nationals_released_by_name_are_counted_by_their_names(text: str, count: int) -> None:
    found = only(text)
    assert (found.kind.value, found.count) == ("detainees", count)


def test_a_plural_demonym_with_one_name_after_it_counts_no_one() -> None:
    # الفرنسيين then a single name is no list of the people released
    assert all(e.count is None for e in exchanges_of("وأفرجت طهران عن الفرنسيين سيسيل مارتان."))


def test_one_people_named_held_and_prisoners_with_one_number_is_one_exchange() -> None:
    text = (
        "أفرجت الجماعة، الأحد، عن 120 محتجزاً من القوات الحكومية، في إطار اتفاق رعته الأمم "
        "المتحدة.\n\nوقال المتحدث إن الإفراج عن الأسرى الـ120 جاء بادرة إنسانية."
    )
    assert [(e.kind, e.count) for e in exchanges_of(text)] == [("detainees", 120)]


@pytest.mark.parametrize(
    "text",
    [
        "ونص الاتفاق على وقف الأعمال العدائية، وفتح الممرات الإنسانية، وتبادل الأسرى.",
        "وتنص الخطة على خمس نقاط، أبرزها وقف إطلاق النار، وانسحاب المقاتلين، والإفراج عن "
        "جميع المحتجزين لدى الأطراف.",
    ],
)
def test_a_release_listed_among_the_terms_of_a_deal_is_agreed(text: str) -> None:
    assert only(text).status.value == "agreed"


def test_topics_two_sides_discuss_are_no_terms() -> None:
    text = (
        "وقال مصدر إن الوفدين يبحثان ملفات شائكة على رأسها خطوط الانسحاب، وتسليم جثامين "
        "القتلى، ونزع السلاح."
    )
    assert exchanges_of(text) == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("وقال الرئيس إن على الحركة إطلاق جميع الرهائن بحلول السبت.", "hostages"),
        ("وردّ الوزير بأن على الحكومة الإفراج عن المعتقلين السياسيين فوراً.", "detainees"),
    ],
)
def test_what_a_side_must_do_after_ala_is_demanded(text: str, kind: str) -> None:
    found = only(text)
    assert (found.kind.value, found.status.value) == (kind, "demanded")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # counted, with no article: the word the text uses for them
        (
            "وتطالب الحكومة بالإفراج عن الرهائن الأجانب. وعاد المبعوث بستة محتجزين أمريكيين "
            "على متن طائرته.",
            "detainees",
        ),
        # the held with the article, after hostages named: the hostages again
        (
            "وتحتجز الجماعة رهائن أجانب منذ مارس. واقترح الوسيط الإفراج عن نصف المحتجزين "
            "المتبقين مقابل تمديد الهدنة.",
            "hostages",
        ),
    ],
)
def test_the_held_counted_are_detainees_the_held_named_back_are_hostages(
    text: str, kind: str
) -> None:
    # CONVENTIONS rule 21: محتجز is detainees, unless the text refers back to hostages
    held = [e for e in exchanges_of(text) if "محتجز" in text[e.evidence.start : e.evidence.end]]
    assert [e.kind.value for e in held] == [kind]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("أعلنت الخارجية أن الحكومة أفرجت عن فرنسيَّين اثنين بعد وساطة عمانية.", 2),
        ("وعرضت الجماعة مقترحاً لإطلاق بريطانيَّين اثنين تحتجزهما منذ الصيف.", 2),
    ],
)
def test_two_nationals_told_by_the_dual_of_their_demonym(text: str, count: int) -> None:
    """Arabic writes two after the noun: the dual demonym with اثنين is two people."""
    found = only(text)
    assert (found.kind, found.count) == ("detainees", count)


def test_a_dual_demonym_for_a_swap_counts_its_own_side() -> None:
    found = only("تُفرج الدولة بموجبه عن ألمانيَّين اثنين، مقابل إفراج جارتها عن ٤ من رعاياها.")
    assert found.count == 2


def test_a_dual_of_things_with_two_is_no_release() -> None:
    assert exchanges_of("أطلقت القوات صاروخين اثنين على المدينة الحدودية.") == []


def test_a_dual_demonym_told_held_after_its_number_is_detainees() -> None:
    text = "تبادل الجانبان الأسرى في الربيع. واقترحت الجماعة إطلاق نمساويَّين اثنين لا يزالان محتجزين لديها."
    found = [r for r in exchanges_of(text) if r.count == 2]
    assert [r.kind for r in found] == ["detainees"]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("أفرجت السلطات أمس عن أربعة معتقلين، فيما تطالب المعارضة بالإفراج عن نحو 20 آخرين.", 20),
        ("أطلق الجيش سراح خمسة محتجزين بعد وساطة قبلية، ونحن نطالب بإطلاق سراح سبعة آخرين.", 7),
    ],
)
def test_others_released_with_no_kind_noun_are_of_the_group_told_before(
    text: str, count: int
) -> None:
    """«عن N آخرين»: more people of the group the sentence counted before, their kind."""
    found = [r for r in exchanges_of(text) if r.count == count]
    assert [(r.kind, r.status) for r in found] == [("detainees", "demanded")]


def test_others_with_no_group_told_before_are_no_release() -> None:
    assert exchanges_of("قُتل خمسة في القصف وطالبت البلدية بإجلاء 30 آخرين من المبنى.") == []


@pytest.mark.parametrize(
    ("text", "kind", "count"),
    [
        (
            "سلّمت الجماعة، الذراع المسلحة للحزب، مساء الاثنين، جثامين أربعة جنود إلى الصليب الأحمر.",
            "bodies",
            4,
        ),
        (
            "أطلقت السلطات، وفق بيان رسمي، صباح اليوم، سراح 30 معتقلاً من سجن المدينة.",
            "detainees",
            30,
        ),
    ],
)
def test_a_time_phrase_between_commas_does_not_part_verb_and_object(
    text: str, kind: str, count: int
) -> None:
    """The subject's aside and the time, each between commas: three commas, one clause."""
    found = only(text)
    assert (found.kind, found.count) == (kind, count)


def test_three_commas_that_are_no_time_phrase_still_part_verb_and_object() -> None:
    text = "سلّمت الوزارة، بعد تأخير، التقرير، وفي مكان آخر، تحدثت عن جثامين أربعة جنود."
    assert all(r.count != 4 for r in exchanges_of(text))


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("أُفرج أمس عن ثلاثة من أبنائنا، لكننا نطالب بالإفراج عن ١٢ آخرين ما زالوا محتجزين.", 12),
        ("وطالب الوزير بالإفراج الفوري عن سبعة منهم لا يزالون محتجزين في المدينة.", 7),
    ],
)
def test_others_told_held_after_them_are_detainees_with_no_group_counted_before(
    text: str, count: int
) -> None:
    """«عن N آخرين/منهم ما زالوا محتجزين»: the predicate of being held tells who they are."""
    found = [r for r in exchanges_of(text) if r.count == count]
    assert [(r.kind, r.status) for r in found] == [("detainees", "demanded")]


def test_others_told_with_no_word_of_holding_stay_no_release() -> None:
    text = "وطالب الوزير بالإفراج الفوري عن سبعة منهم لا يزالون في المدينة."
    assert all(r.count != 7 for r in exchanges_of(text))


def test_counted_people_right_before_a_pronoun_outweigh_an_uncounted_kind_before() -> None:
    """«طاقم الناقلة (18 بحاراً أُفرج عنهم)»: the nearer counted people are the antecedent."""
    text = 'واحتجز المسلحون طاقم الناقلة "نجمة الشمال" (18 بحاراً أُفرج عنهم لاحقاً بوساطة قطرية).'
    found = [r for r in exchanges_of(text) if r.count == 18]
    assert [(r.kind, r.status) for r in found] == [("detainees", "completed")]


def test_people_counted_after_a_kind_of_bodies_stay_its_count() -> None:
    found = only("قالت اللجنة إنها تعرّفت على رفات 9 أشخاص وسلمتها لعائلاتهم.")
    assert (found.kind, found.count) == ("bodies", 9)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "أفرجت الجماعة أمس عن ثلاثة من الأسرى الـ12 لديها. وتطالب الحكومة بالإفراج عن الـ9 الباقين.",
            9,
        ),
        (
            "أفرجت الجماعة أمس عن ثلاثة أسرى. وتطالب الحكومة بإطلاق الباقين قبل أي جولة جديدة.",
            None,
        ),
        (
            "أفرجت الجماعة أمس عن ثلاثة أسرى، والحكومة تطالب بإطلاق سراح البقية فوراً.",
            None,
        ),
    ],
)
def test_the_rest_released_alone_are_the_rest_of_the_group_told_before(
    text: str, count: int | None
) -> None:
    """«بالإفراج عن الـ9 الباقين»، «بإطلاق الباقين»: the rest, of the release told before."""
    found = [r for r in exchanges_of(text) if r.status == "demanded"]
    assert [(r.kind, r.count) for r in found] == [("prisoners", count)]


def test_the_rest_with_no_release_told_before_is_no_release() -> None:
    assert exchanges_of("وتطالب الحكومة بالإفراج عن الباقين قبل أي جولة جديدة.") == []


@pytest.mark.parametrize(
    ("text", "count", "approximate"),
    [
        (
            "وأثار الوفد ملف الصيادين المحتجزين لدى الجماعة، الذين تقدّر الحكومة عددهم بـ14 شخصاً."
            " وتطالب الحكومة بالإفراج عنهم جميعاً.",
            14,
            False,
        ),
        (
            "وأثار الوفد ملف الصيادين المحتجزين لدى الجماعة، ويقدّر ذووهم عددهم بالعشرات."
            " وتطالب الحكومة بالإفراج عنهم جميعاً.",
            None,
            True,
        ),
    ],
)
def test_a_pronoun_of_release_takes_the_count_told_apart_of_its_antecedent(
    text: str, count: int | None, approximate: bool
) -> None:
    """«المحتجزين …، الذين تقدّر الحكومة عددهم بـ14. وتطالب بالإفراج عنهم»: that count."""
    found = only(text)
    assert (found.kind, found.status, found.count, found.approximate) == (
        "detainees",
        "demanded",
        count,
        approximate,
    )


def test_a_vague_number_told_apart_counts_nothing() -> None:
    """«ونقدّر عددهم بالمئات»: hundreds, approximate, no count (not 300)."""
    found = only("وطالبت المنظمة بالإفراج عن المعتقلين السياسيين، ونقدّر عددهم بالمئات.")
    assert (found.kind, found.count, found.approximate) == ("detainees", None, True)


@pytest.mark.parametrize(
    "text",
    [
        "وقالت الوزارة إنها تسلّمت حتى اليوم 42 جثماناً عبر الصليب الأحمر.",
        "وقالت الوزارة إنها تسلّمت منذ ذلك الحين 42 جثماناً عبر الصليب الأحمر.",
    ],
)
def test_so_far_between_the_verb_and_its_counted_object_is_an_adverb(text: str) -> None:
    """«تسلّمت حتى اليوم 42 جثماناً»: the time phrase stands between verb and object."""
    found = only(text)
    assert (found.kind, found.count, found.status) == ("bodies", 42, "completed")


@pytest.mark.parametrize(
    ("text", "count", "status"),
    [
        (
            "هبطت في المطار طائرة للصليب الأحمر وعلى متنها 64 محتجزاً من الطرف الآخر.",
            64,
            "completed",
        ),
        ("وتستعد حافلة تقل 35 معتقلاً للانطلاق نحو المعبر.", 35, "ongoing"),
        ("وعاد الوسيط مساء الأحد ومعه ثلاثة صحفيين كانوا محتجزين لدى الجماعة.", 3, "completed"),
    ],
)
def test_captives_carried_counted_right_after_a_phrase_of_carrying(
    text: str, count: int, status: str
) -> None:
    """«وعلى متنها 64 محتجزاً»، «حافلة تقل 35 معتقلاً»، «ومعه ثلاثة … محتجزين»: freed, carried."""
    found = only(text)
    assert (found.kind, found.count, found.status) == ("detainees", count, status)


@pytest.mark.parametrize(
    "text",
    [
        "وصلت طائرة تقل الوفد المفاوض إلى العاصمة.",
        "وقالت المنظمة إن أعدادهم في كل سجن لا تقل عن 50 معتقلاً.",
    ],
)
def test_a_phrase_of_carrying_with_no_captives_counted_after_it_is_no_exchange(text: str) -> None:
    assert exchanges_of(text) == []


def test_a_pronoun_of_release_takes_the_first_of_two_nouns_one_number_counts() -> None:
    """«٣٠٠ أسير ومعتقل أُفرج عنهم»: one number over two nouns; the people are the first."""
    found = only("وبحسب الهيئة، فإن ٣٠٠ أسير ومعتقل أُفرج عنهم في الدفعة الأولى.")
    assert (found.kind, found.count) == ("prisoners", 300)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "وقال المتحدث: نطالب بأن تشمل الدفعة الثانية المرتقبة الإفراج عن الأسرى المرضى كلهم.",
            "prisoners",
        ),
        (
            "وأبدى الرئيس استعداده لإبرام تسوية شاملة مع واشنطن تشمل الإفراج عن كل المعتقلين.",
            "detainees",
        ),
    ],
)
def test_a_release_a_verb_of_including_governs_is_a_term_of_the_cue_before(
    text: str, kind: str
) -> None:
    """«نطالب بأن تشمل الدفعة … الإفراج عن …»: a term of what is demanded or offered, however
    far the cue, not a topic."""
    assert [r.kind for r in exchanges_of(text) if r.count is None] == [kind]


def test_an_exchange_listed_on_the_agenda_a_verb_of_including_governs_is_a_topic() -> None:
    text = "وأبدى المبعوث استعداده لترتيب جولة جديدة تشمل ملف المفقودين وتبادل الجثامين."
    assert exchanges_of(text) == []


def test_a_later_batch_after_a_swap_is_no_total_of_its_two_sides() -> None:
    """«دفعة ثانية تضم نحو 30 محتجزاً» after a swap of 18 for 12: a further batch, another
    exchange, not the total the swap breaks down (18 + 12 = 30 by chance)."""
    text = (
        "وجرت أمس في مدينة الحدود عملية أفرجت خلالها السلطات عن ١٨ محتجزاً من عناصر المعارضة، "
        "مقابل ١٢ محتجزاً من القوات الحكومية. "
        "وأوضح الوسطاء أن دفعة ثانية تضم نحو ٣٠ محتجزاً من الطرفين يُنتظر إطلاقها الشهر المقبل."
    )
    found = sorted((r.count, r.count_other) for r in exchanges_of(text))
    assert found == [(18, 12), (30, None)]


def test_a_total_told_first_still_takes_its_breakdown() -> None:
    """The breakdown of a total told before it stays one exchange (rule 8)."""
    text = (
        "اتفق الطرفان على الإفراج عن نحو ٥٠ محتجزاً من الجانبين. "
        "وينص الاتفاق على أن تفرج الحكومة عن ٣٠ محتجزاً مقابل ٢٠ محتجزاً."
    )
    assert [r.count for r in exchanges_of(text)] == [50]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "سلّمت الدولة عند المعبر الحدودي أمس عنصراً من قوات حرس الحدود المجاورة كانت "
            "تحتجزه منذ شهرين.",
            "detainees",
        ),
        (
            "وأفرجت السلطات عن ٤٠ من عناصر الحركة تحتجزهم في سجون العاصمة منذ العام الماضي.",
            "detainees",
        ),
        (
            "وتنص المرحلة على الإفراج عن ٤٠ من عناصر الحركة تحتجزهم الحكومة، مقابل ٢٥ جندياً "
            "أسرتهم الحركة في المعارك.",
            "prisoners",
        ),
    ],
)
def test_members_of_a_force_told_held_by_an_active_verb_are_detainees(text: str, kind: str) -> None:
    """Rule 21: «عنصراً من قوات … كانت تحتجزه» is a verb of holding, detainees; a sentence
    that tells its captives by a verb of capture (أسرتهم) keeps them prisoners."""
    assert [r.kind for r in exchanges_of(text)][:1] == [kind]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("وأفرجت الحكومة أمس عن ٢٠ من مقاتلي الجبهة المعتقلين لديها منذ أشهر.", "detainees"),
        ("وأفرجت الحكومة أمس عن ٢٠ من مقاتلي الجبهة في إطار التفاهم الأخير.", "prisoners"),
    ],
)
def test_soldiers_held_past_the_genitive_of_their_noun_are_detainees(text: str, kind: str) -> None:
    """«من مقاتلي الجبهة المعتقلين»: the genitive of a noun in the construct state is part of
    the soldiers' phrase; the word of holding after it makes them detainees (rule 21)."""
    assert [r.kind for r in exchanges_of(text)] == [kind]


@pytest.mark.parametrize(
    ("text", "kind", "count"),
    [
        (
            "وفي الربيع الماضي اعتقلت الشرطة المحلية ثلاثة من ناشطي المدينة قرب الجسر ثم أفرجت "
            "عنهم بعد أيام.",
            "detainees",
            3,
        ),
        (
            "وكان مسلحون قد خطفوا في يناير اثنين من مهندسي الشركة ثم أُفرج عنهما بعد وساطة قبلية.",
            "hostages",
            2,
        ),
    ],
)
def test_people_a_capture_counts_are_released_by_a_pronoun_in_sequence(
    text: str, kind: str, count: int
) -> None:
    """«اعتقلت … ثلاثة من ناشطي المدينة … ثم أفرجت عنهم»: the release told in sequence in the
    capture's own clause, with no comma between, names the people the capture counted."""
    found = only(text)
    assert (found.kind.value, found.count, found.status.value) == (kind, count, "completed")


def test_a_pronoun_release_with_no_capture_before_it_in_its_clause_is_none() -> None:
    """With no verb of capturing before ثم, a pronoun of release names nobody counted."""
    assert exchanges_of("زار الوفد ثلاثة من مخيمات النازحين ثم أفرجت عنهم السلطات.") == []


def test_some_of_them_follow_a_pronoun_sentence_back_to_the_people_counted() -> None:
    """«… 12 أسيراً … . نطالب بإطلاقهم. … أفرجت عن 4 منهم»: the sentence between names the
    same people by a pronoun, so منهم reaches one sentence further back for them."""
    text = (
        "تحتجز الحكومة منذ الصيف نحو 12 أسيراً من مقاتلي الجبهة. نطالب بإطلاقهم جميعاً دون "
        "قيد. وفي الشهر الماضي أفرجت الحكومة عن 4 منهم بوساطة محلية."
    )
    found = exchanges_of(text)
    assert sorted((r.kind.value, r.count, r.status.value) for r in found) == [
        ("prisoners", 4, "completed"),
        ("prisoners", 12, "demanded"),
    ]


def test_some_of_them_do_not_reach_past_a_sentence_with_no_pronoun_of_them() -> None:
    """A sentence between that names nobody by a pronoun breaks the chain: منهم is not read."""
    text = (
        "تحتجز الحكومة منذ الصيف نحو 12 أسيراً من مقاتلي الجبهة. وعقد الوزير مؤتمراً صحفياً "
        "طويلاً. وفي الشهر الماضي أفرجت الحكومة عن 4 منهم بوساطة محلية."
    )
    assert [r.count for r in exchanges_of(text) if r.count == 4] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # members of the side the pronoun names, no word of holding: fighters taken
        ("وتطالب الفصائل بالإفراج عن نحو 60 من عناصرها.", [("prisoners", 60)]),
        ("أطلقنا في الربيع الماضي 230 من عناصرهم عبر الوسطاء.", [("prisoners", 230)]),
        ("ويطالب قادة التنظيم بالإفراج عن عشرات من عناصرهم المسجونين.", [("prisoners", None)]),
        # the text calls them arrested right after: detainees, as before
        (
            "وتطالب الفصائل بالإفراج عن نحو 60 من عناصرها المعتقلين في سجون الشمال.",
            [("detainees", 60)],
        ),
    ],
)
def test_members_with_a_possessive_pronoun_are_the_parties_fighters(
    text: str, expected: list[tuple[str, int | None]]
) -> None:
    """عناصرها، عناصرهم: the members of a side of the conflict, prisoners (rule 21) unless held."""
    assert [(r.kind, r.count) for r in exchanges_of(text)] == expected


# -- captives going out or arriving: the verbal noun, a place phrase before the count ---------


@pytest.mark.parametrize(
    ("text", "kind", "count"),
    [
        # the verbal nouns of going out and arriving, a live blog's line
        ("١٠:٤٥ — بدأ التنفيذ: خروج ٣٥ معتقلاً من سجن حماة المركزي باتجاه إدلب.", "detainees", 35),
        ("الحصيلة مساءً: وصول نحو 640 أسيراً إلى مطار صنعاء.", "prisoners", 640),
        # the place they come from or reach before their count
        ("وقال الوزير: خرج من سجن النقب الأسبوع الماضي 80 معتقلاً.", "detainees", 80),
        ("عاد إلى الوطن أمس 45 أسيراً بعد وساطة قطرية.", "prisoners", 45),
    ],
)
def test_captives_going_out_or_arriving_are_released(text: str, kind: str, count: int) -> None:
    assert [(r.kind.value, r.count) for r in exchanges_of(text)] == [(kind, count)]


@pytest.mark.parametrize(
    "text",
    [
        "خروج 400 مقاتل من المدينة بموجب اتفاق التسوية.",  # fighters leaving a town: no captives
        "وصل إلى العاصمة 300 جندي لتعزيز الحراسة.",  # soldiers arriving
    ],
)
def test_others_going_out_or_arriving_are_no_release(text: str) -> None:
    assert exchanges_of(text) == []


def test_the_rest_moved_after_a_count_is_no_new_exchange() -> None:
    """نقل البقية: moving the rest of those who arrived is no exchange of its own."""
    text = "وصول نحو 700 محتجز إلى مدنهم، على أن تستكمل اللجنة نقل البقية يوم الأحد."
    assert [r.count for r in exchanges_of(text)] == [700]


# -- "held hostage to" said of a thing is an idiom, no hostage (تبقى … رهينة للحسابات) ---------


@pytest.mark.parametrize(
    "figure",
    [
        "قال الوزير إن المفاوضات لن تبقى رهينة للحسابات الحزبية.",
        "قال الوزير: لن نسمح لأحد بأن يبقي الاتفاق رهينة.",
        "وما زال الملف الإنساني رهينة الحسابات الإقليمية.",
        "وقال المدير إن المحطة لا يمكن أن تبقى رهينة بيد المسلحين.",
    ],
)
def test_held_hostage_to_said_of_a_thing_names_no_hostages(figure: str) -> None:
    """The idiom tells no article that its captives are hostages: the held stay detainees."""
    text = figure + " وتطالب النقابة بالإفراج عن 15 من عمال الميناء المحتجزين لدى الجماعة."
    assert [(r.kind.value, r.count) for r in exchanges_of(text)] == [("detainees", 15)]


def test_a_hostage_released_is_still_a_hostage() -> None:
    """A person held: رهينة after عن, or with an adjective of nationality, stays a kind noun."""
    text = "أفرجت الجماعة عن رهينة كندية مقابل فدية."
    assert [(r.kind.value, r.count) for r in exchanges_of(text)] == [("hostages", 1)]


# -- people a verb of holding after them tells held, then released by a pronoun -------------


@pytest.mark.parametrize(
    "text",
    [
        "تقول النقابة إن لديها 25 عاملاً تعتقلهم الشرطة منذ الإضراب، وتطالب بالإفراج عنهم.",
        "طرح الوفد ملف نحو 25 بحاراً يحتجزهم خفر السواحل قرب الجزيرة، وطالب بإطلاق سراحهم.",
    ],
)
def test_people_a_verb_of_holding_after_them_tells_held(text: str) -> None:
    """25 عاملاً تعتقلهم الشرطة …، وتطالب بالإفراج عنهم: the verb's pronoun is the people."""
    found = only(text)
    assert (found.kind.value, found.count, found.status.value) == ("detainees", 25, "demanded")


def test_a_verb_with_a_pronoun_that_holds_no_one_tells_no_people() -> None:
    """تعرفهم is no verb of holding: the pronoun after the release names no one counted."""
    text = "استقبلت العائلات 25 عاملاً تعرفهم منذ سنوات، وطالبت بالإفراج عنهم."
    assert exchanges_of(text) == []


def test_a_go_between_does_not_push_a_release_out_of_its_clause() -> None:
    """وقد طالبنا عبر وجهاء المدينة بالإفراج عنهم opens its clause as وطالبنا بالإفراج عنهم."""
    text = "ما زال 12 من حراسنا محتجزين لدى الميليشيا، وقد طالبنا عبر وجهاء المدينة بالإفراج عنهم."
    found = only(text)
    assert (found.count, found.status.value) == (12, "demanded")


# -- a release told by «لم … إلا / سوى»: restricted, not denied ------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "أوقفت الشرطة 30 طالباً خلال الاحتجاجات، ولم تفرج حتى الآن إلا عن ثمانية منهم.",
            ("detainees", 8, "completed"),
        ),
        (
            "أسرت الميليشيا جنوداً كثيرين من الكتيبة، ولم تطلق سراح آخر 60 منهم إلا في ربيع 2019.",
            ("prisoners", 60, "completed"),
        ),
        (
            "وعدت الجماعة بتسليم رفات 14 بحاراً غرقوا قرب الساحل، ولم تسلّم بعد شهرين سوى ستة منها.",
            ("bodies", 6, "completed"),
        ),
    ],
)
def test_a_past_negation_with_an_exception_tells_a_release_made(
    text: str, expected: tuple[str, int, str]
) -> None:
    """لم تفرج … إلا عن ثمانية منهم: eight were released; the negation only restricts it."""
    found = [
        (r.kind.value, r.count, r.status.value)
        for r in exchanges_of(text)
        if r.status.value == "completed"
    ]
    assert found == [expected]


def test_a_future_negation_with_an_exception_is_no_release_made() -> None:
    """لن نفرج عنهم إلا بعد …: a condition on what is to come, nothing released."""
    text = "قال قائد الفصيل إنهم لن يفرجوا عن 12 جندياً إلا بعد انسحاب القوات من البلدة."
    assert all(r.status.value != "completed" for r in exchanges_of(text))


def test_a_past_negation_with_no_exception_is_still_no_release() -> None:
    """لم تفرج السلطات عن الموقوفين الثلاثين: no release told."""
    text = "لم تفرج السلطات حتى الآن عن 30 موقوفاً اعتقلتهم خلال الاحتجاجات."
    assert exchanges_of(text) == []


# -- an exchange named by its deal or operation before it is counted done ---------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "اجتمعت اللجنة المشتركة في نيروبي لمتابعة تنفيذ اتفاق تبادل الأسرى بين الجانبين. "
            "وكان الطرفان قد أفرجا في الربيع عن 310 أسرى من الجهتين.",
            ("prisoners", 310, "completed"),
        ),
        (
            "بدأت صباح الخميس عملية تبادل الجثامين عند جسر الوادي. "
            "وتسلّمت القوات الحكومية جثامين 17 مقاتلاً عند نقطة العبور.",
            ("bodies", 17, "completed"),
        ),
    ],
)
def test_a_deal_named_with_no_number_is_the_exchange_counted_done(
    text: str, expected: tuple[str, int, str]
) -> None:
    """تنفيذ اتفاق تبادل الأسرى … أفرجا عن 310 أسرى: one exchange, named and then counted."""
    found = only(text)
    assert (found.kind.value, found.count, found.status.value) == expected


def test_a_new_agreement_told_by_its_verb_stays_apart_from_a_release_done() -> None:
    """اتفق الطرفان على تبادل الأسرى … أفرجت عن 40 أسيراً: an agreement and a release, two."""
    text = (
        "وكان الطرفان قد اتفقا في محادثات أروشا على تبادل الأسرى. "
        "وأفرجت الحركة في الشهر الماضي عن 40 أسيراً من الجيش."
    )
    found = sorted((r.count or 0, r.status.value) for r in exchanges_of(text))
    assert found == [(0, "agreed"), (40, "completed")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "حصيلة الشهر بالأرقام\n"
            "- 412: عدد المعتقلين الذين أطلقت الحكومة سراحهم في جوبا منذ الهدنة\n",
            ("detainees", 412),
        ),
        (
            "أرقام الأسبوع\n٥٥: عدد الجثامين التي سلّمتها الحركة إلى الصليب الأحمر في بنغي\n",
            ("bodies", 55),
        ),
    ],
)
def test_a_line_of_figures_counts_the_release_it_names(
    text: str, expected: tuple[str, int]
) -> None:
    """- 412: عدد المعتقلين الذين أطلقت سراحهم: the figure before the colon is the count."""
    found = only(text)
    assert (found.kind.value, found.count) == expected


def test_a_number_inside_a_line_is_no_figure_of_the_release() -> None:
    """أفرجت في 2024 عن المعتقلين: a number that does not open the line before «: عدد» counts none."""
    text = (
        "وقال المتحدث إن الحكومة أطلقت في 2024: سراح المعتقلين الذين طالبت بهم الحركة.\n"
        "وأكد أن عدد المعتقلين الذين أفرجت عنهم السلطات غير معروف.\n"
    )
    assert all(r.count is None for r in exchanges_of(text))


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # the wounded agreed in an earlier round: another exchange than the one counted
        (
            "اتفق الطرفان في جنيف على تبادل 800 أسير من كل جانب. "
            "وكانا قد اتفقا في الجولة الأولى على إعادة جميع الأسرى الجرحى.",
            [(800, "agreed"), (None, "agreed")],
        ),
        # the wounded and the young by their own noun
        (
            "اتفق الوفدان على تبادل 500 أسير من كل طرف، "
            "وفي جولة سابقة اتفقا على إعادة الجرحى والشباب دون العشرين.",
            [(500, "agreed"), (None, "agreed")],
        ),
        # no class of captives: the uncounted mention tells the counted swap again
        (
            "اتفق الطرفان على تبادل 600 أسير من كل جانب. "
            "وأكد الوسيط أن الطرفين اتفقا على تبادل الأسرى.",
            [(600, "agreed")],
        ),
        # the class counted in its own sentence: one exchange
        (
            "طالبت الجماعة بالإفراج عن السجناء المرضى، وعددهم أكثر من 300 سجين في سجون العاصمة.",
            [(300, "demanded")],
        ),
    ],
)
def test_class_of_captives_with_no_number_is_its_own_exchange(
    text: str, found: list[tuple[int | None, str]]
) -> None:
    records = sorted(exchanges_of(text), key=lambda r: r.evidence.start)
    assert [(r.kind, r.count, r.status) for r in records] == [
        ("prisoners", count, status) for count, status in found
    ]
