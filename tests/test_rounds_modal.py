"""Offered and possible rounds: readiness to resume or engage in talks (CONVENTIONS rule 11),
a noun of possibility before a verbal noun of holding with the round's pronoun (rule 13), and
a round called for whose own clause tells who attended it (held)."""

from __future__ import annotations

import pytest

from negotext.analysis import Analysis
from negotext.document import Document
from negotext.extractors.rounds import find_rounds
from negotext.records import Round, RoundStatus

#: A first line that makes the document one about negotiating parties.
CONTEXT = "تتواصل الوساطة بين الحكومة والمعارضة في السودان وجنوب السودان.\n"


def rounds_of(text: str) -> list[Round]:
    return find_rounds(Analysis(Document(CONTEXT + text)))


def only(text: str) -> Round:
    found = rounds_of(text)
    assert len(found) == 1, [(r.status, r.evidence) for r in found]
    return found[0]


@pytest.mark.parametrize(
    "text",
    [
        "وقال المتحدث باسم الحركة: نحن مستعدون لاستئناف الحوار مع الحكومة متى رفعت الحظر.",
        "وأكد زعيم المعارضة أن حزبه مستعد للانخراط في مفاوضات جادة مع الحكومة.",
        "وأبدت الحكومة استعدادها لاستئناف المحادثات مع الحركة المسلحة دون شروط.",
        "وقالت الجبهة إنها جاهزة للانخراط في محادثات مباشرة مع الجيش.",
    ],
)
def test_readiness_to_resume_or_engage_in_talks_proposes_a_round(text: str) -> None:
    assert only(text).status is RoundStatus.PROPOSED


def test_readiness_to_resume_talks_at_a_place_proposes_a_round_there() -> None:
    found = only(
        "وقال القائد الميداني: نحن مستعدون لاستئناف الحوار في أروشا إذا أوقفت الحكومة القصف."
    )
    assert found.status is RoundStatus.PROPOSED
    assert found.place is not None
    assert found.place.name == "Arusha"


@pytest.mark.parametrize(
    "text",
    [
        "وقال الوزير إن حكومته مستعدة لمواصلة الحوار مع جميع الأطراف.",
        "وقالت المعارضة إنها مستعدة لبدء المشاورات بشأن موعد التوقيع.",
    ],
)
def test_readiness_to_go_on_or_begin_proposes_no_round(text: str) -> None:
    assert rounds_of(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "ولم يُحدَّد بعد موعد الجولة المقبلة من المحادثات، غير أن دبلوماسيين تحدثوا عن إمكانية"
        " عقدها في أديس أبابا مطلع الشهر المقبل.",
        "ولم يُحدَّد موعد الاجتماع المقبل للجنة المشتركة، وسط حديث عن احتمال انعقاده في جوبا.",
    ],
)
def test_a_possibility_of_holding_it_makes_the_round_possible(text: str) -> None:
    found = only(text)
    assert found.status is RoundStatus.POSSIBLE
    assert found.place is not None


def test_a_possibility_about_something_else_leaves_the_round_planned() -> None:
    found = only(
        "وستُعقد الجولة المقبلة من المحادثات في جوبا الأسبوع المقبل، مع إمكانية عقد صفقة لتبادل"
        " الأسرى خلالها."
    )
    assert found.status is RoundStatus.PLANNED


def test_a_negated_possibility_of_holding_it_leaves_the_round_planned() -> None:
    found = only("وستُعقد الجولة المقبلة من المحادثات الأسبوع المقبل، ولا إمكانية عقدها في جوبا.")
    assert found.status is not RoundStatus.POSSIBLE


@pytest.mark.parametrize(
    "text",
    [
        "وفي مارس دعا الاتحاد الأفريقي إلى محادثات في أديس أبابا غاب عنها وفد الحكومة.",
        "ثم دعت النرويج إلى مشاورات في أوسلو في مايو الماضي حضرها ممثلو الطرفين.",
        "واقترح الوسيط عقد قمة في نيروبي لم يحضرها رئيس الجنوب.",
    ],
)
def test_a_round_called_for_and_then_attended_was_held(text: str) -> None:
    assert only(text).status is RoundStatus.HELD


def test_a_round_called_for_that_someone_will_attend_stays_proposed() -> None:
    text = "ودعا الاتحاد الأفريقي إلى محادثات في أديس أبابا يحضرها ممثلو الطرفين."
    assert only(text).status is RoundStatus.PROPOSED


@pytest.mark.parametrize(
    "text",
    [
        "واقترح المتمردون عقد جولة في نيروبي خلال الشهر المقبل. وأعلنت الحكومة الإثيوبية"
        " بدورها استعدادها لاستضافة أي جولة جديدة بين الطرفين.",
        "وسأله المحاور: وماذا لو عرضت قطر أو مصر استضافة جولة جديدة؟ فقال الوزير: نحن"
        " مستعدون للجلوس في أي عاصمة محايدة إذا قبل الطرف الآخر الشروط.",
    ],
)
def test_an_offer_open_to_any_round_or_place_is_not_the_offer_told_before(text: str) -> None:
    found = rounds_of(text)
    assert [r.status for r in found] == [RoundStatus.PROPOSED, RoundStatus.PROPOSED]


def test_an_offer_open_to_any_time_is_still_the_round_just_proposed() -> None:
    found = rounds_of(
        "واقترح المتمردون عقد جولة في نيروبي خلال الشهر المقبل. وقالت الحكومة إنها مستعدة"
        " للحوار في أي صيغة يقبلها الوسطاء."
    )
    assert [r.status for r in found] == [RoundStatus.PROPOSED]


def test_an_open_offer_told_with_the_proposal_in_one_sentence_stays_one_round() -> None:
    found = rounds_of("وأعلنت الحكومة استعدادها لاستضافة أي جولة جديدة بين الطرفين في العاصمة.")
    assert [r.status for r in found] == [RoundStatus.PROPOSED]


@pytest.mark.parametrize(
    "text",
    [
        "ولم يعقد الاجتماع الذي كان مقررا الأسبوع الماضي في كمبالا بين الوفدين.",
        "في حين لم تلتئم الجولة الثالثة التي كان يفترض أن تعقد في الخريف الماضي.",
    ],
)
def test_a_negated_verb_of_holding_a_round_scheduled_in_the_past_calls_it_off(
    text: str,
) -> None:
    assert only(text).status is RoundStatus.CANCELLED


def test_a_negated_verb_of_holding_with_no_schedule_tells_no_round() -> None:
    assert rounds_of("ولم تعقد المحادثات بين الوفدين منذ عامين بسبب القتال.") == []


@pytest.mark.parametrize(
    "text",
    [
        "ويعتقد محللون أن تهدئة كهذه قد تفتح الباب لجولة جديدة في كمبالا قبل نهاية الصيف.",
        "وأوضح الخبير أن المقترح قد يناقش في جولة رابعة لم يحدد موعدها بعد.",
        "وقال الوسيط إن الهدنة قد تكون مدخلا لجولة مفاوضات شاملة في أديس أبابا.",
    ],
)
def test_a_round_a_modal_verb_leads_to_a_few_words_on_is_possible(text: str) -> None:
    assert only(text).status is RoundStatus.POSSIBLE


def test_a_that_clause_after_the_modal_verb_tells_the_round_itself() -> None:
    found = rounds_of("وقد يعني ذلك أن الجولة المقبلة ستعقد في كمبالا الشهر المقبل.")
    assert [r.status for r in found] == [RoundStatus.PLANNED]


@pytest.mark.parametrize(
    "text",
    [
        "وقال رئيس الوفد للصحافيين إن الجولة المقبلة قد تكون في نيروبي أو في كمبالا.",
        "وأضاف الوسيط أن اللقاء القادم قد يكون في أروشا قبل نهاية الشهر.",
        "ونأمل أن يُبحث الملف في الجولة المقبلة من المفاوضات، وقد تكون في أديس أبابا.",
    ],
)
def test_a_round_that_may_be_at_a_place_is_possible(text: str) -> None:
    assert only(text).status is RoundStatus.POSSIBLE


def test_a_round_that_may_be_decisive_takes_no_status_from_the_copula() -> None:
    found = only("وقال الوسيط إن الجولة المقبلة التي ستعقد في نيروبي قد تكون حاسمة.")
    assert found.status is RoundStatus.PLANNED


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "وتعمل النرويج على ترتيب لقاء جديد بين الحكومة والمعارضة، قد يُعقد في أوسلو خلال الصيف.",
            "Oslo",
        ),
        (
            "ويُنتظر أن يطرح الوسيط بعد مشاوراته جولة تفاوض شاملة، قد تستضيفها كمبالا أو أروشا.",
            None,
        ),
        (
            "وقال دبلوماسيون إن جولة تفاوض شاملة بين الطرفين، وقد تستضيفها كمبالا، ستحسم ملف"
            " الترتيبات الأمنية.",
            "Kampala",
        ),
    ],
)
def test_a_clause_of_may_after_the_comma_that_ends_the_rounds_phrase_is_its_own(
    text: str, place: str | None
) -> None:
    found = only(text)
    assert found.status is RoundStatus.POSSIBLE
    assert (found.place.name if found.place is not None else None) == place


def test_a_clause_of_may_with_a_round_of_its_own_leaves_the_round_before_the_comma() -> None:
    found = rounds_of("واقترحت النرويج عقد لقاء بين الطرفين، وقد تُعقد جولة فنية قبله في أوسلو.")
    assert [r.status for r in found] == [RoundStatus.PROPOSED, RoundStatus.POSSIBLE]


@pytest.mark.parametrize(
    "text",
    [
        "وقال وزير الخارجية: نأمل أن تُعقد جولة جديدة من المحادثات في نيروبي قبل نهاية العام.",
        "وقال المبعوث إنه يأمل عقد اجتماع جديد للجنة المشتركة في كمبالا بعد الانتخابات.",
    ],
)
def test_a_hope_that_it_be_held_makes_the_round_possible(text: str) -> None:
    """نأمل أن تُعقد جولة، يأمل عقد اجتماع: a wish, no schedule nor offer."""
    found = only(text)
    assert found.status is RoundStatus.POSSIBLE
    assert found.place is not None


def test_a_hope_for_what_a_round_brings_makes_no_round_of_it() -> None:
    """نأمل أن تُتوَّج هذه الجولة باتفاق: the hope is for the outcome, not for a sitting."""
    found = rounds_of("وقال رئيس الوفد بعد وصوله: نأمل أن تُتوَّج هذه الجولة باتفاق شامل.")
    assert all(r.status is not RoundStatus.POSSIBLE for r in found)


@pytest.mark.parametrize(
    "text",
    [
        "ولم يُحدَّد أي موعد لجولة جديدة بين الحركة والحكومة حتى الآن.",
        "واتفق الوفدان على مواصلة الاتصالات عبر الوسطاء من دون تحديد موعد لاجتماع جديد.",
        "وانفض اللقاء دون أن يحدد الطرفان موعداً لجولة مفاوضات أخرى.",
    ],
)
def test_no_date_for_only_a_new_round_names_no_round(text: str) -> None:
    told = [r.evidence.slice(CONTEXT + text) for r in rounds_of(text)]
    assert [evidence for evidence in told if "موعد" in evidence] == []


def test_no_date_for_a_counted_round_is_still_a_possible_round() -> None:
    found = only("ولم يحدد الوفدان موعداً لجولة خامسة في أديس أبابا.")
    assert found.status is RoundStatus.POSSIBLE
    assert found.ordinal == 5


@pytest.mark.parametrize(
    "text",
    [
        "واقترحت الحكومة عقد اجتماع للجنة الأمنية المشتركة في جوبا خلال الشهر المقبل. وقال"
        " وزير الخارجية الكيني إن بلاده مستعدة لاستضافة اجتماع على مستوى الوزراء.",
        "وقال رئيس الوزراء إنه يدعو الطرفين إلى العودة إلى طاولة الحوار. وقالت مصادر"
        " إثيوبية إن أديس أبابا مستعدة لاستضافة جولة مباشرة بين الوفدين.",
    ],
)
def test_an_offer_to_host_after_another_proposal_is_a_round_of_its_own(text: str) -> None:
    found = rounds_of(text)
    assert [r.status for r in found] == [RoundStatus.PROPOSED, RoundStatus.PROPOSED]


def test_an_offer_to_host_the_meeting_proposed_between_the_same_sides_stays_one_round() -> None:
    found = rounds_of(
        "واقترحت الخرطوم عقد لقاء بين رئيسي السودان وجنوب السودان قبل نهاية العام. وقال"
        " وزير الخارجية الكيني إن بلاده مستعدة لاستضافة لقاء بين رئيسي جنوب السودان والسودان."
    )
    assert [r.status for r in found] == [RoundStatus.PROPOSED]
