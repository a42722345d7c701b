"""Held meetings told by a verb whose subject stands before it.

Sentences here are composed for the tests, not taken from any article.
"""

from __future__ import annotations

import pytest

from helpers_rounds import held_at

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
