"""Swaps of few named people: one person given in return, and two swaps of one number.

Composed sentences (not from the corpus) for the exchanges extractor's rules on swaps whose
other side is a person named by what they do or by nationality (مقابل إطلاق واشنطن سراح رجل
الأعمال فلان), and on telling two swaps apart by what was given in return.
"""

from __future__ import annotations

from negotext.analysis import Analysis
from negotext.document import Document
from negotext.extractors.exchanges import find_exchanges
from negotext.records import Exchange


def exchanges_of(text: str) -> list[Exchange]:
    return sorted(find_exchanges(Analysis(Document(text))), key=lambda r: r.evidence.start)


def test_one_named_person_given_in_return_with_the_subject_before_its_release() -> None:
    """مقابل إطلاق X سراح المهندس فلان: the verbal noun, its subject, then one person."""
    text = "أفرجت مانيلا عن سبعة كنديين مقابل إطلاق أوتاوا سراح المهندس الفلبيني رامون سانتوس."
    (found,) = exchanges_of(text)
    assert (found.kind.value, found.count, found.count_other) == ("detainees", 7, 1)
    assert "سراح المهندس" in text[found.evidence.start : found.evidence.end]


def test_a_national_named_with_the_article_given_in_return() -> None:
    text = "أطلقت الحركة سراح ثلاثة فرنسيين مقابل إطلاق باريس سراح الناشط ياسين مراد."
    (found,) = exchanges_of(text)
    assert (found.count, found.count_other) == (3, 1)


def test_the_same_number_released_for_two_different_returns_is_two_swaps() -> None:
    text = (
        "أفرجت كابل عن خمسة بريطانيين محتجزين مقابل 40 أفغانياً. وفي العام السابق، بعد "
        "مفاوضات طويلة في مسقط، أفرجت كابل عن خمسة بريطانيين مقابل إطلاق لندن سراح رجل "
        "الأعمال عبد الله نوري."
    )
    found = exchanges_of(text)
    assert [(r.count, r.count_other) for r in found] == [(5, 40), (5, 1)]


def test_a_fire_opened_is_still_no_release() -> None:
    """إطلاق with a subject and no سراح before a person is no release (إطلاق النار)."""
    text = "اتهمت الحكومة المتمردين بإطلاق النار على الصحفي الأجنبي قرب الحدود."
    assert exchanges_of(text) == []


def test_one_swap_named_held_and_prisoners_with_a_countless_mention_before() -> None:
    """A count-less mention by one word does not keep the same swap told by the other apart."""
    text = (
        "أعلن الطرفان اتفاقاً لتبادل المحتجزين في جنيف. وبموجب الاتفاق، يُفرج عن 600 من "
        "عناصر الحركة المحتجزين لدى الجيش، مقابل 400 محتجز لدى الحركة. وقال رئيس وفد "
        "الحركة: «وقّعنا اتفاق الإفراج عن 600 من أسرانا مقابل 400 من أسرى الطرف الآخر»."
    )
    found = exchanges_of(text)
    assert [(r.kind.value, r.count, r.count_other) for r in found] == [("detainees", 600, 400)]


def test_two_counts_named_by_two_words_stay_two_exchanges() -> None:
    text = (
        "أعلن الطرفان اتفاقاً لتبادل المحتجزين. ويُفرج بموجبه عن 600 محتجز من الطرفين، "
        "فيما أفرجت الحركة الشهر الماضي عن 35 أسيراً."
    )
    assert sorted(r.count or 0 for r in exchanges_of(text)) == [35, 600]


def test_a_time_phrase_between_commas_does_not_part_a_release_from_its_people() -> None:
    """أفرجت السلطات، مساء الخميس، عن المواطنَين …: the time is an aside, the dual counts two."""
    text = (
        "أفرجت السلطات الكوبية، مساء الخميس، عن المواطنَين الكنديين مارك لوبلان وبيير روا "
        "بعد عامين من الاحتجاز."
    )
    (found,) = exchanges_of(text)
    assert (found.kind.value, found.status.value, found.count) == ("detainees", "completed", 2)


def test_a_person_released_after_a_time_phrase_between_commas() -> None:
    (found,) = exchanges_of("أطلقت الحكومة، صباح اليوم، سراح الصحفي الإسباني خافيير مورا.")
    assert found.count == 1


def test_another_phrase_between_commas_still_parts_them() -> None:
    assert exchanges_of("أفرجت السلطات، خلافاً للتوقعات، عن الصحفي مارك لوبلان.") == []


def test_the_release_under_a_deal_named_after_a_release_is_its_other_side() -> None:
    """أفرجت عن X، في إطار صفقة أُطلق بموجبها سراح Y: one swap told in one sentence."""
    text = (
        "أفرجت السلطات الكوبية، الخميس، عن الصحفي الكندي مارك لوبلان، ضمن تفاهم يشمل الإفراج "
        "عن مواطنَين كوبيين."
    )
    (found,) = exchanges_of(text)
    assert (found.count, found.count_other, found.per_side) == (1, 2, True)
    assert text[found.evidence.start : found.evidence.end].startswith("أفرجت السلطات")


# -- a person named, then others joined to them (وأربعة مواطنين آخرين، وآخر ألماني) ----------


def test_a_person_named_and_a_number_of_others_count_together() -> None:
    """عن الناشط فلان وثلاثة طلاب آخرين: the activist and three others, four people."""
    text = (
        "أطلقت السلطات الإيرانية، مساء الأحد، سراح الناشطة الكندية سارة ميلر وثلاثة طلاب "
        "كنديين آخرين، مقابل تسعة أشخاص كانوا محتجزين في أوتاوا."
    )
    (found,) = exchanges_of(text)
    assert (found.kind.value, found.count, found.count_other) == ("detainees", 4, 9)
    assert "آخرين" in text[found.evidence.start : found.evidence.end]


def test_a_national_named_and_another_person_of_that_nation_are_two() -> None:
    text = "وفي العام الماضي أفرجت كاراكاس عن الإسباني خوسيه مارتين ومواطن إسباني آخر."
    (found,) = exchanges_of(text)
    assert (found.kind.value, found.count) == ("detainees", 2)


def test_a_citizen_and_another_of_a_second_nation_are_two() -> None:
    text = "أفرجت السلطات في أسمرة عن مواطن إيطالي وآخر نمساوي بعد وساطة قطرية."
    (found,) = exchanges_of(text)
    assert (found.kind.value, found.count) == ("detainees", 2)


def test_others_told_in_a_clause_of_their_own_are_not_released_with_the_person() -> None:
    """Past a comma the others are another clause's subject (still held): one person freed."""
    text = (
        "أفرجت السلطات في أسمرة عن الصحفي يوسف كامل، وأربعة صحفيين آخرين ما زالوا في "
        "السجن منذ عامين."
    )
    assert [r.count for r in exchanges_of(text)] == [1]
