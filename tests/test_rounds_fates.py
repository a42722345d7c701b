"""A clause after a round called off tells what became of it (tools/blind/CONVENTIONS.md rule
9): held after all (قبل أن تُعقد في …) or set for a new date (على أن يُعقد بدلاً منه في …), a
round of its own beside the cancelled one."""

from __future__ import annotations

import pytest

from helpers_rounds import rounds_of
from negotext.records import Round, RoundStatus

#: A first line that makes the document one about negotiating parties.
CONTEXT = "تتواصل الوساطة بين الحكومة والمعارضة في السودان وجنوب السودان.\n"


def told(text: str) -> list[Round]:
    return rounds_of(CONTEXT + text, published="2025-03-01")


def test_a_round_put_off_that_met_after_all_is_held_with_its_ordinal() -> None:
    found = told(
        "وكانت الجولة السابعة مقررة في نيروبي مطلع أيار، لكنها أُرجئت بسبب خلاف على جدول "
        "الأعمال، قبل أن تنعقد في كمبالا يوم 20 من الشهر ذاته."
    )
    assert [(r.status, r.ordinal) for r in found] == [
        (RoundStatus.CANCELLED, 7),
        (RoundStatus.HELD, 7),
    ]
    assert found[0].place is not None
    assert found[0].place.name == "Nairobi"
    assert found[1].place is not None
    assert found[1].place.name == "Kampala"


def test_a_round_called_off_and_set_for_a_new_date_is_planned_where_it_was_to_be() -> None:
    found = told(
        "أُلغي اجتماع كان مرتقباً في أديس أبابا بين اللجنتين الفنيتين بسبب غياب أحد الوفود، "
        "على أن يُعقد بدلاً منه في 12 نيسان."
    )
    assert [r.status for r in found] == [RoundStatus.CANCELLED, RoundStatus.PLANNED]
    planned = found[1]
    assert planned.date is not None
    assert "12" in planned.date.text
    assert planned.place is not None
    assert planned.place.name == "Addis Ababa"


def test_a_clause_of_fate_with_no_date_adds_no_planned_round() -> None:
    found = told("أُلغي اجتماع كان مرتقباً في أديس أبابا بين اللجنتين الفنيتين، على أن يُعقد لاحقاً.")
    assert [r.status for r in found] == [RoundStatus.CANCELLED]


def test_a_round_put_off_then_set_by_a_conjoined_future_verb_is_planned_at_its_date() -> None:
    found = told(
        "أما اجتماع اللجنة الأمنية الذي كان مقرراً في جوبا يوم 2 آذار فقد تأجل بسبب خلاف على "
        "جدول الأعمال، وسيُعقد في 19 آذار المقبل."
    )
    assert [r.status for r in found] == [RoundStatus.CANCELLED, RoundStatus.PLANNED]
    planned = found[1]
    assert planned.date is not None
    assert "19" in planned.date.text
    assert planned.place is not None
    assert planned.place.name == "Juba"


def test_a_round_put_off_then_given_a_new_date_by_a_verb_of_setting_is_planned() -> None:
    found = told(
        "أُرجئ الاجتماع الذي كان مقرراً الأحد في كمبالا بين وفدي الحكومة والمعارضة، "
        "وحُدد له موعد جديد في 18 آذار."
    )
    assert [r.status for r in found] == [RoundStatus.CANCELLED, RoundStatus.PLANNED]
    planned = found[1]
    assert planned.date is not None
    assert "18" in planned.date.text
    assert planned.place is not None
    assert planned.place.name == "Kampala"


def test_a_round_put_off_then_decided_to_be_held_at_a_date_is_planned() -> None:
    found = told(
        "وكان من المقرر أن تُعقد جولة جديدة في جوبا مطلع الشهر، لكنها تأجلت بطلب من المعارضة، "
        "وقد تقرر عقدها في 25 آذار."
    )
    assert [r.status for r in found] == [RoundStatus.CANCELLED, RoundStatus.PLANNED]
    assert found[1].date is not None
    assert "25" in found[1].date.text


def test_a_verb_of_setting_something_else_after_a_round_put_off_adds_no_round() -> None:
    found = told(
        "أُرجئ الاجتماع الذي كان مقرراً الأحد في كمبالا بين وفدي الحكومة والمعارضة، "
        "وتقرر تشكيل لجنة فنية في 18 آذار."
    )
    assert [r.status for r in found] == [RoundStatus.CANCELLED]


def test_a_new_date_not_set_after_a_round_put_off_adds_no_round() -> None:
    found = told(
        "أُرجئ الاجتماع الذي كان مقرراً الأحد في كمبالا بين وفدي الحكومة والمعارضة، "
        "ولم يُحدد له موعد جديد حتى 18 آذار."
    )
    assert [r.status for r in found] == [RoundStatus.CANCELLED]


def test_a_round_put_off_then_given_a_date_in_the_next_sentence_is_planned() -> None:
    found = told(
        "أُرجئ لقاء كان مقرراً الأحد في كمبالا بين الوسيط ووفد المعارضة بطلب من الحكومة. "
        "وقال الناطق باسم الوساطة إن اللقاء سيُعقد «في 14 آذار» بعد استكمال الترتيبات."
    )
    assert [r.status for r in found] == [RoundStatus.CANCELLED, RoundStatus.PLANNED]
    planned = found[1]
    assert planned.date is not None
    assert "14" in planned.date.text
    assert planned.place is not None
    assert planned.place.name == "Kampala"


def test_a_round_put_off_then_set_by_its_main_verb_past_a_relative_clause_is_planned() -> None:
    found = told(
        "الاجتماع الرابع للجنة الحدود المشتركة، الذي كان مقرراً في كانون الثاني الماضي وأُرجئ "
        "بسبب الأمطار، سيُعقد في 22 آذار الجاري على الحدود بين البلدين."
    )
    assert [(r.status, r.ordinal) for r in found] == [
        (RoundStatus.CANCELLED, 4),
        (RoundStatus.PLANNED, 4),
    ]
    assert found[1].date is not None
    assert "22" in found[1].date.text


def test_a_future_verb_of_another_noun_in_the_next_sentence_adds_no_planned_round() -> None:
    found = told(
        "أُرجئ لقاء كان مقرراً الأحد في كمبالا بين الوسيط ووفد المعارضة بطلب من الحكومة. "
        "وقال الناطق إن المؤتمر الصحفي سيُعقد في 14 آذار."
    )
    assert [r.status for r in found] == [RoundStatus.CANCELLED]


def test_a_round_put_off_then_set_at_a_venue_by_on_condition_that_met_there_too() -> None:
    found = told(
        "أعلن الوسطاء تأجيل اجتماع اللجنة الأمنية الذي كان مقرراً مساء اليوم، على أن يُعقد "
        "صباح الغد في مقر الوساطة بكمبالا."
    )
    assert [r.status for r in found] == [RoundStatus.CANCELLED, RoundStatus.PLANNED]
    assert [r.place.name if r.place else None for r in found] == ["Kampala", "Kampala"]


def test_a_round_put_off_to_a_date_and_then_told_its_venue_takes_it_in_both_records() -> None:
    found = told(
        "الجولة الثالثة، التي كانت مقررة في العاشر من آذار، أُرجئت إلى الخامس عشر من الشهر "
        "نفسه بطلب من الوسيط، وستُعقد في نيروبي كذلك."
    )
    assert [r.status for r in found] == [RoundStatus.CANCELLED, RoundStatus.PLANNED]
    assert [r.place.name if r.place else None for r in found] == ["Nairobi", "Nairobi"]


def test_a_round_put_off_whose_venue_is_left_open_between_two_places_takes_neither() -> None:
    found = told(
        "وكان مقرراً عقد الجولة الثالثة في العاشر من آذار، غير أنها أُرجئت إلى نهاية الشهر، "
        "من دون أن يُحسم ما إذا كانت ستعقد في نيروبي أو في كمبالا."
    )
    assert [r.status for r in found] == [RoundStatus.CANCELLED, RoundStatus.PLANNED]
    assert [r.place for r in found] == [None, None]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("فالجولة الثالثة التي أُعلن أنها ستُعقد في كمبالا أُلغيت في آخر لحظة.", "Kampala"),
        ("أما قمة أروشا التي أُعلن عنها في مارس، فقد أُلغيت قبل أن تنعقد.", "Arusha"),
        ("غير أن الاجتماع الذي كان متوقعاً منتصف الشهر الجاري أُجّل مرتين دون تفسير.", None),
    ],
)
def test_a_round_told_announced_or_expected_then_called_off_is_cancelled(
    text: str, place: str | None
) -> None:
    found = told(text)
    assert [r.status for r in found] == [RoundStatus.CANCELLED]
    assert (found[0].place.name if found[0].place is not None else None) == place


def test_a_round_told_announced_whose_sentence_calls_off_something_else_stays_planned() -> None:
    found = told(
        "وستُعقد الجولة الثالثة التي أُعلن عنها أمس في كمبالا، فيما أُلغيت الانتخابات المحلية."
    )
    assert [r.status for r in found] == [RoundStatus.PLANNED]
