"""Held meetings told by a verb of signing that no round noun names.

Sentences here are composed for the tests, not taken from any article.
"""

from __future__ import annotations

import pytest

from negotext.analysis import Analysis
from negotext.document import Document
from negotext.extractors.rounds import find_rounds
from negotext.records import Round, RoundStatus


def rounds_of(text: str) -> list[Round]:
    return find_rounds(Analysis(Document(text)))


def held_at(text: str) -> list[str | None]:
    """The venues of the held rounds the text tells, as written."""
    return [
        r.place.text if r.place is not None else None
        for r in rounds_of(text)
        if r.status == RoundStatus.HELD
    ]


# -- signing ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "وقّع رئيس الوزراء الإثيوبي آبي أحمد والرئيس الإريتري أسياس أفورقي يوم الأحد "
            "الماضي إعلاناً مشتركاً في جدة.",
            "جدة",
        ),
        (
            "وقّع ممثلو الحكومة السودانية والحركة الشعبية لتحرير السودان اتفاق وقف إطلاق النار "
            "في جوبا في أكتوبر الماضي.",
            "جوبا",
        ),
    ],
)
def test_a_subject_of_names_and_titles_does_not_part_a_signing_from_its_object(
    text: str, place: str
) -> None:
    assert held_at(text) == [place]


def test_a_city_fronted_before_a_signing_is_where_it_was_signed() -> None:
    text = (
        "في نيروبي، وعلى هامش قمة الاتحاد الأفريقي، وقّع الرئيس الكيني ونظيره الصومالي يوم "
        "الخميس إعلاناً مشتركاً للتعاون الأمني بين كينيا والصومال."
    )
    assert held_at(text) == ["نيروبي"]


def test_a_fronted_city_with_no_agreement_signed_tells_no_round() -> None:
    assert rounds_of("في نيروبي، وقّع الرئيس الكيني مرسوماً جديداً بشأن الصومال وإثيوبيا.") == []
