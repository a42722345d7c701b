"""First-person saying in an interview answer ("أقول لهم: …") is the interviewee's statement.

The sentences are composed for these tests.
"""

from __future__ import annotations

from negotext.analysis import Analysis
from negotext.document import Document
from negotext.extractors.statements import find_statements
from negotext.plugins import Resources
from negotext.records import Statement

RESOURCES = Resources()


def _read(text: str) -> list[Statement]:
    return find_statements(Analysis(Document(text), RESOURCES))


def _said(text: str) -> list[tuple[str, str, str, bool]]:
    return [
        (s.speaker.text, s.verb, text[s.content.start : s.content.end], s.direct)
        for s in _read(text)
        if s.verb != "-"
    ]


def test_first_person_saying_in_an_answer_is_the_interviewees() -> None:
    text = (
        "حوار | رئيس لجنة المفقودين: لن نغلق الملف\n"
        "\n"
        "يتحدث رئيس لجنة المفقودين وعضو وفد التفاوض في الجولة الأخيرة، سامر الحداد، "
        "عن مصير المفاوضات.\n"
        "\n"
        "■ ما رسالتك للأهالي؟\n"
        "- أقول لهم: لن نترك أحدا خلفنا. وسنعود إلى الطاولة قريبا.\n"
    )
    assert _said(text) == [("سامر الحداد", "أقول", "لن نترك أحدا خلفنا", True)]


def test_a_quoted_saying_after_but_we_said_ends_with_its_quote() -> None:
    text = (
        "يتحدث وزير الخارجية ماهر السعدي عن الوساطة الإقليمية.\n"
        "\n"
        "■ هل قبلتم المقترح؟\n"
        "- درسناه بعناية، لكننا قلنا بوضوح: «لا جولة جديدة قبل وقف النار» ثم انتظرنا الرد.\n"
    )
    assert _said(text) == [("ماهر السعدي", "قلنا", "«لا جولة جديدة قبل وقف النار»", True)]


def test_no_colon_no_statement() -> None:
    text = (
        "يتحدث وزير الخارجية ماهر السعدي عن الوساطة الإقليمية.\n"
        "\n"
        "■ هل قبلتم المقترح؟\n"
        "- أقول إن المقترح يحتاج إلى وقت.\n"
    )
    assert not [s for s in _said(text) if s[1] == "أقول"]


def test_outside_an_interview_first_person_saying_is_not_read() -> None:
    text = "وفي الخبر نفسه، أقول لهم: لن نتراجع عن مطالبنا.\n"
    assert _said(text) == []


def test_what_the_interviewee_told_someone_with_inna_is_reported() -> None:
    text = (
        "يتحدث رئيس وفد المعارضة كريم النعيمي عن جولة التفاوض المقبلة.\n"
        "\n"
        "■ هل تلقيتم دعوة؟\n"
        "- قلنا للوسيط النرويجي بصراحة إننا لن نحضر قبل إطلاق المعتقلين.\n"
    )
    assert _said(text) == [("كريم النعيمي", "قلنا", "إننا لن نحضر قبل إطلاق المعتقلين", False)]


def test_after_bare_inna_what_was_told_starts_at_its_subject() -> None:
    text = (
        "يتحدث رئيس وفد المعارضة كريم النعيمي عن جولة التفاوض المقبلة.\n"
        "\n"
        "■ وما ردكم على الاتهامات؟\n"
        "- أقول للأهالي إن الملف لم يغلق بعد.\n"
    )
    assert _said(text) == [("كريم النعيمي", "أقول", "الملف لم يغلق بعد", False)]


def test_first_person_saying_to_someone_without_inna_or_colon_is_not_read() -> None:
    text = (
        "يتحدث رئيس وفد المعارضة كريم النعيمي عن جولة التفاوض المقبلة.\n"
        "\n"
        "■ هل تلقيتم دعوة؟\n"
        "- قلنا للوسيط رأينا في الجولة السابقة بصراحة.\n"
    )
    assert not [s for s in _said(text) if s[1] == "قلنا"]
