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


RESUMED = (
    "وكانت المفاوضات المباشرة بين الحكومة والحركة قد استؤنفت في الدوحة في مارس 2024 بعد "
    "قطيعة طويلة، وانتهت جولتها الأولى بتبادل محدود للأسرى."
)
RESTATED = (
    "منذ آخر لقاء جمع الرئيس الأرميني نيكول باشينيان والرئيس الأذربيجاني إلهام علييف في جنيف "
    "في أبريل 2021، وهو اللقاء الذي انتهى بعد ساعات وسط تبادل للاتهامات بين يريفان وباكو، "
    "لم يجلس الرجلان إلى طاولة واحدة."
)


def test_a_noun_restating_the_round_does_not_displace_the_clause_that_tells_where() -> None:
    """«استؤنفت المفاوضات في X …، وانتهت جولتها الأولى …»: the later noun takes its venue
    from the clause before it and adds the ordinal; the clause that names the venue stays the
    evidence, and the record keeps the ordinal."""
    ((status, ordinal, evidence),) = _evidence(HEADLINE + RESUMED)
    assert (status, ordinal) == ("held", 1)
    assert evidence.startswith("المفاوضات المباشرة")
    assert "الدوحة" in evidence


def test_a_restatement_in_apposition_does_not_displace_the_mention_that_introduces_it() -> None:
    """«…، وهو اللقاء الذي …» restates the round its sentence introduced and takes the date
    and the parties nearest to it: the words that introduce the round stay the evidence."""
    ((status, _, evidence),) = _evidence(HEADLINE + RESTATED)
    assert status == "held"
    assert evidence.startswith("لقاء جمع")
    assert "جنيف" in evidence


def test_a_later_noun_that_names_its_own_venue_is_not_a_restatement() -> None:
    """Only a noun whose own words name no venue restates: «محادثات المنبر …، على أن تنطلق
    الجولة الجديدة في مدينة X» keeps the fuller later clause as its evidence when it states
    more."""
    text = HEADLINE + (
        "ودعت الوساطة إلى استئناف محادثات الحكومة والحركة، على أن تنطلق الجولة الجديدة "
        "يوم الخميس المقبل في مدينة جدة."
    )
    found = _evidence(text)
    assert found, found
    assert any("جدة" in evidence for _, _, evidence in found)
