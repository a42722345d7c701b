"""A round supposed to meet (يُفترض أن، من المفترض أن) is planned, as an expected one is
(tools/blind/CONVENTIONS.md rule 13); how often a body meets (مرة كل عام، دورياً) tells no
round."""

from __future__ import annotations

import pytest

from helpers_rounds import rounds_of
from negotext.records import Round, RoundStatus

#: A first line that makes the document one about negotiating parties.
CONTEXT = "تتواصل الوساطة بين الحكومة والمعارضة في السودان وجنوب السودان.\n"


def told(text: str) -> list[Round]:
    return rounds_of(CONTEXT + text, published="2025-03-01")


@pytest.mark.parametrize(
    "text",
    [
        "يُفترض أن تنعقد الجولة الخامسة في الدوحة نهاية الشهر، لكن شيئاً لم يُحسم.",
        "ومن المفترض أن يلتقي الوفدان مجدداً في أديس أبابا، دون موعد محدد بعد.",
    ],
)
def test_a_round_supposed_to_meet_is_planned(text: str) -> None:
    found = told(text)
    assert [r.status for r in found] == [RoundStatus.PLANNED]


def test_a_round_that_was_supposed_to_meet_is_not_planned() -> None:
    found = told("وكان من المفترض أن تُعقد الجولة الخامسة في الدوحة الشهر الماضي.")
    assert [r.status for r in found] == [RoundStatus.CANCELLED]


@pytest.mark.parametrize(
    "text",
    [
        "أما اللجنة المشتركة، التي يُفترض أن تجتمع مرة كل عام، فلم تلتئم منذ مدة طويلة.",
        "وهي هيئة تضم ممثلين عن الطرفين وتجتمع دورياً في مقر البعثة.",
    ],
)
def test_how_often_a_body_meets_tells_no_round(text: str) -> None:
    assert told(text) == []
