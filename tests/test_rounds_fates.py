"""A clause after a round called off tells what became of it (tools/blind/CONVENTIONS.md rule
9): held after all (قبل أن تُعقد في …) or set for a new date (على أن يُعقد بدلاً منه في …), a
round of its own beside the cancelled one."""

from __future__ import annotations

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
