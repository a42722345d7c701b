"""Which words a round's record gives as its evidence (``rounds._told_in_full``).

A sentence may tell a round's status with one word and its ordinal or venue with another in
apposition (التقى الوفدان …، في أول اجتماع بينهما): that sentence states the round in full,
and its evidence runs over both. The sentences are composed for these tests.
"""

from __future__ import annotations

import negotext

HEADLINE = "الحكومة والحركة تبحثان وقف إطلاق النار\n\n"
FIRST = (
    "التقى وفد من الحكومة، يوم الخميس، في أحد فنادق العاصمة النرويجية أوسلو، "
    "في أول اجتماع مباشر بين الطرفين منذ اندلاع الحرب."
)
AGAIN = "\n\nوجرى اللقاء في أوسلو بوساطة النرويج وبحضور ممثلين عن الأمم المتحدة والاتحاد الأوروبي."


def _evidence(text: str) -> list[tuple[str, int | None, str]]:
    document = negotext.Document(text, published="2025-03-04")
    return [
        (r.status.value, r.ordinal, text[r.evidence.start : r.evidence.end])
        for r in negotext.extract(document).rounds
    ]


def test_the_evidence_runs_over_the_ordinal_told_in_apposition() -> None:
    ((status, ordinal, evidence),) = _evidence(HEADLINE + FIRST)
    assert (status, ordinal) == ("held", 1)
    assert evidence.startswith("التقى وفد")
    assert evidence.endswith("في أول اجتماع")


def test_the_sentence_that_tells_status_and_ordinal_is_the_evidence() -> None:
    """A later mention naming the venue and the mediator states less than the sentence that
    tells the meeting held and, in apposition, the first one."""
    ((status, ordinal, evidence),) = _evidence(HEADLINE + FIRST + AGAIN)
    assert (status, ordinal) == ("held", 1)
    assert evidence.startswith("التقى وفد")
    assert "أول اجتماع" in evidence


INTERVIEW = (
    "حوار | رئيس الوفد الحكومي: لا تنازل عن الحدود\n\nأجرى الحوار: سامي خليل\n"
    "الرباط – 3 آذار/مارس 2025\n\n"
    "بعد أيام على ترؤسه وفد الحكومة إلى اجتماع اللجنة المشتركة في جنيف، وهو أول اجتماع "
    "يحضره ممثل عن المجتمع المدني منذ توقيع الهدنة، التقينا الوزير السابق في مكتبه بالرباط.\n\n"
)
ASKED = "■ كيف تقيّم نتائج اجتماع جنيف الأخير؟\n\n- كانت الأجواء إيجابية رغم الخلافات حول جدول الأعمال.\n"


def test_a_question_is_not_the_evidence_of_a_round_told_before_it() -> None:
    """The interviewer's question takes the meeting as told (اجتماع جنيف الأخير is past), but
    the introduction that tells it is the evidence, though no cue of status stands there."""
    ((status, ordinal, evidence),) = _evidence(INTERVIEW + ASKED)
    assert (status, ordinal) == ("held", 1)
    assert evidence.startswith("اجتماع اللجنة المشتركة في جنيف")
