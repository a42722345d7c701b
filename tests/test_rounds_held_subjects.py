"""Held meetings told by a verb whose subject stands before it.

Sentences here are composed for the tests, not taken from any article.
"""

from __future__ import annotations

import pytest

from helpers_rounds import held_at, rounds_of

_CONTEXT = "تتواصل المفاوضات بين الحكومة السودانية والحركة الشعبية بوساطة أفريقية. "

# -- a delegation told before its verb of visiting ----------------------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("وكان وفد من الحركة قد زار زعيم المعارضة في مقر إقامته بمدينة كسلا يوم الأحد.", "كسلا"),
        ("وأكدت مصادر متطابقة أن وفداً حكومياً برئاسة وزير العدل زار كمبالا أمس.", "كمبالا"),
        ("وترأس الوزير في مارس الماضي وفداً زار جوبا لبحث ملف الحدود.", "جوبا"),
        ("وفد الحركة زار نيروبي يوم الخميس الماضي.", "نيروبي"),
    ],
)
def test_a_delegation_before_its_verb_of_visiting_is_its_subject(text: str, place: str) -> None:
    """وكان وفد … قد زار X في Y، أن وفداً … زار Y، وفداً زار Y: the visit is a round held
    where the delegation went, as when the verb comes first (زار وفد …)."""
    assert held_at(_CONTEXT + text) == [place]


@pytest.mark.parametrize(
    "text",
    [
        "واستقبل الرئيس وفداً من الحركة ثم زار كمبالا في جولة أفريقية.",
        "وأرسلت الحكومة وفداً إلى جوبا بعد أن زار الرئيس كمبالا.",
        "وكان وفد من الحركة قد وصل أمس، والرئيس الفرنسي زار كمبالا.",
    ],
)
def test_a_delegation_that_is_not_the_visits_subject_tells_no_visit(text: str) -> None:
    """A delegation that is another verb's object, or stands in another clause, does not
    make someone else's visit a round."""
    assert "كمبالا" not in held_at(_CONTEXT + text)


# -- a negotiator's visit told by its noun, with a past date ------------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("وقد مهّدت زيارة وفد حكومي برئاسة وزير العدل إلى جوبا في مارس 2022 لهذا التفاهم.", "جوبا"),
        ("ومنذ زيارة الوفد الأوغندي إلى كسلا في يناير الماضي تراجعت حدة الاشتباكات.", "كسلا"),
        ("وجاء ذلك بعد زيارة المبعوث الأفريقي إلى كمبالا أواخر أكتوبر 2021.", "كمبالا"),
    ],
)
def test_a_negotiators_dated_visit_is_a_round_held_where_it_went(text: str, place: str) -> None:
    """زيارة وفد / المبعوث … إلى X في <past date>: the visit is told as an event of its own,
    a round held at X, as "زار وفد … X" is."""
    assert held_at(_CONTEXT + text) == [place]


@pytest.mark.parametrize(
    "text",
    [
        "وقد مهّدت زيارة الرئيس الكيني إلى جوبا في مارس 2022 لهذا التفاهم.",
        "وعلى هامش زيارة الوفد الحكومي إلى جوبا ناقش الوزير ملف الحدود.",
        "ويُنتظر أن تتم زيارة الوفد الحكومي إلى جوبا في مارس المقبل.",
        "ولا يُتوقع أن تتم زيارة الوفد الحكومي إلى جوبا قريبا.",
    ],
)
def test_a_visit_with_no_negotiator_or_no_past_date_tells_no_round(text: str) -> None:
    """A head of state's visit, a visit told as backdrop with no date, or one to come: no
    held round at the place visited."""
    assert "جوبا" not in held_at(_CONTEXT + text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("وأُطلق سراح الصحفي بعد زيارة وفد حكومي إلى جوبا برئاسة وزير العدل.", "جوبا"),
        ("وهدأت الجبهة عقب زيارة المبعوث الأفريقي إلى كمبالا.", "كمبالا"),
        ("وجاء الاتفاق بعد أيام من زيارة الوفد الأوغندي إلى كسلا.", "كسلا"),
    ],
)
def test_a_negotiators_visit_told_as_what_came_first_is_a_round_held(text: str, place: str) -> None:
    """بعد زيارة وفد / المبعوث … إلى X (عقب، بعد أيام من): the sentence tells the visit as a
    past event that another followed, a round held at X though no date is given."""
    assert held_at(_CONTEXT + text) == [place]


@pytest.mark.parametrize(
    "text",
    [
        "وأُطلق سراح الصحفي بعد زيارة الرئيس الكيني إلى جوبا.",
        "وسيُعلن الاتفاق قبل زيارة الوفد الحكومي إلى جوبا.",
    ],
)
def test_a_visit_before_another_event_or_by_a_head_of_state_tells_no_round(text: str) -> None:
    """A head of state's visit after بعد, or a visit that comes after the news (قبل زيارة):
    no held round at the place visited."""
    assert "جوبا" not in held_at(_CONTEXT + text)


def test_a_dated_visit_counted_right_after_takes_the_ordinal() -> None:
    """«، وهي الأولى من نوعها» after the visit's date counts the visit."""
    text = (
        _CONTEXT + "وفتحت زيارة وفدها إلى كمبالا في سبتمبر 2021، وهي الأولى من نوعها، باب الحوار."
    )
    rounds = [r for r in rounds_of(text) if r.place is not None and r.place.text == "كمبالا"]
    assert [r.ordinal for r in rounds] == [1]


# -- a negotiator's arrival counted as a visit --------------------------------------------


@pytest.mark.parametrize(
    ("text", "place", "ordinal"),
    [
        (
            "وصل وفد من الحركة إلى كمبالا الأحد، على متن طائرة أوغندية، في ثالث زيارة من نوعها.",
            "كمبالا",
            3,
        ),
        (
            "وصل المبعوث الأفريقي إلى جوبا برفقة وفد وساطة، في أول زيارة علنية له منذ الحرب.",
            "جوبا",
            1,
        ),
        ("وصل وفد حكومي إلى كسلا في زيارة هي الثانية من نوعها.", "كسلا", 2),
    ],
)
def test_a_negotiators_arrival_counted_as_a_visit_is_a_round_held_there(
    text: str, place: str, ordinal: int
) -> None:
    """وصل وفد / المبعوث … إلى X …، في ثالث زيارة: the arrival is one of a series of visits, a
    round held at X with the visit's number."""
    rounds = [r for r in rounds_of(_CONTEXT + text) if r.place is not None]
    assert [(r.place.text, r.ordinal) for r in rounds if r.place.text == place] == [
        (place, ordinal)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "وصلت طائرة المساعدات إلى كمبالا الأحد، في ثالث رحلة من نوعها.",
        "وصل الرئيس الكيني إلى كمبالا الأحد، في ثالث زيارة من نوعها.",
        "لم يصل وفد الحركة إلى كمبالا، في ثالث زيارة كانت مقررة.",
    ],
)
def test_an_arrival_of_no_negotiator_or_not_counted_as_a_visit_tells_no_round(text: str) -> None:
    """A plane or a head of state arriving, or an arrival negated: no held round there."""
    assert "كمبالا" not in held_at(_CONTEXT + text)
