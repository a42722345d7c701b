"""Held rounds told by a verb of sponsoring or of opening before the round noun.

Sentences here are composed for the tests, not taken from any article.
"""

from __future__ import annotations

import pytest

from helpers_rounds import held_at, rounds_of
from negotext.records import RoundStatus

# -- sponsoring ---------------------------------------------------------------------------


def test_rounds_a_verb_of_sponsoring_governs_are_held_where_they_met() -> None:
    # countable rounds name particular ones only when a verb says they were held
    text = "رعت ماليزيا جولات من المحادثات بين الحكومة الفلبينية وجبهة مورو في كوالالمبور في 2019."
    assert held_at(text) == ["كوالالمبور"]


@pytest.mark.parametrize(
    "text",
    [
        "ولتهدئة التوتر، رعت النرويج جولتين من المحادثات غير المباشرة بين كولومبيا "
        "وفنزويلا في أوسلو في مارس وأبريل 2023.",
        "وكان الاتحاد الأفريقي قد رعى اجتماعاً بين وفدي السودان وجنوب السودان في "
        "أديس أبابا قبل عامين.",
    ],
)
def test_a_verb_of_sponsoring_before_the_round_noun_is_its_cue(text: str) -> None:
    (found,) = rounds_of(text)
    assert found.status == RoundStatus.HELD
    assert text[found.evidence.start :].startswith("رع")  # the evidence opens at the verb


def test_a_verb_of_sponsoring_after_the_round_noun_still_tells_it_held() -> None:
    text = "انتهت في الدوحة محادثات بين الكونغو ورواندا رعتها قطر طوال أسبوعين."
    assert held_at(text) == ["الدوحة"]


def test_sponsoring_an_agreement_tells_no_round() -> None:
    text = "وكانت السعودية قد رعت اتفاق السلام بين إثيوبيا وإريتريا عام 2018."
    assert rounds_of(text) == []


# -- tours --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "قال وزير الدفاع الإسرائيلي خلال جولة في رفح إن قواته باقية، فيما تواصلت المحادثات "
        "بين حماس والوسطاء.",
        "وأعلن نتنياهو، خلال جولة لقواته في الجولان، أن إسرائيل لن تنسحب من سوريا.",
        "قال وزير الدفاع الإسرائيلي خلال جولة ميدانية في رفح إن قواته باقية، فيما تواصلت "
        "المحادثات بين حماس والوسطاء.",
    ],
)
def test_one_official_s_tour_is_no_round(text: str) -> None:
    told = [text[r.evidence.start : r.evidence.end] for r in rounds_of(text)]
    assert not any("جولة" in evidence for evidence in told)


def test_a_round_named_by_its_city_after_during_is_still_a_round() -> None:
    text = "وكان الطرفان قد اتفقا خلال جولة الدوحة على تبادل الأسرى بين حماس وإسرائيل."
    assert held_at(text) == ["الدوحة"]


# -- opening a period with a round --------------------------------------------------------


def test_a_round_a_period_opened_with_is_held() -> None:
    text = "استهل الوفد المصري الأسبوع باجتماع في الدوحة مع وفد حماس ومسؤولين قطريين."
    assert held_at(text) == ["الدوحة"]


# -- hosting persons, the meeting in apposition -------------------------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "استضاف وزير الخارجية النرويجي يوم الاثنين في أوسلو رئيسي وفدي صربيا وكوسوفو، "
            "في أول لقاء بينهما منذ عام.",
            "أوسلو",
        ),
        (
            "استقبل الوسيط القطري وزيري خارجية رواندا والكونغو في الدوحة، في اجتماع دام "
            "ثلاث ساعات.",
            "الدوحة",
        ),
    ],
)
def test_hosting_persons_with_a_meeting_in_apposition_opens_the_round(
    text: str, place: str
) -> None:
    (found,) = rounds_of(text)
    assert found.status == RoundStatus.HELD
    assert found.place is not None
    assert found.place.text == place
    assert text[found.evidence.start :].startswith("است")  # told from the verb


def test_hosting_with_no_meeting_in_apposition_tells_no_round() -> None:
    text = "استقبل الرئيس المصري وزير الخارجية الإسرائيلي في القاهرة، في زيارة تناولت ملف غزة."
    assert rounds_of(text) == []
