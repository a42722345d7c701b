"""The rounds extractor: one test per construction, golden cases, and invariance properties.

Sentences here are composed for the tests (about Gaza, Iran, Yemen, Sudan,
the Caucasus and Ukraine), not taken from the seed articles.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from tests.golden import assert_case_found, case_params
from tests.strategies import with_noise

from helpers_rounds import held_at, rounds_of
from negotext.analysis import Analysis
from negotext.ar.normalize import normalize_text
from negotext.document import Document
from negotext.extractors._common import compile_table
from negotext.records import Round, RoundStatus


def only(text: str) -> Round:
    found = rounds_of(text)
    assert len(found) == 1, [(r.status, text[r.evidence.start : r.evidence.end]) for r in found]
    return found[0]


def _same(a: str, b: str) -> bool:
    x, y = " ".join(normalize_text(a).split()), " ".join(normalize_text(b).split())
    return x in y or y in x


def assert_one_round(text: str, status: RoundStatus, place: str) -> None:
    """The text tells exactly one round, with this status, at this place."""
    found = only(text)
    assert found.status is status
    assert found.place is not None
    assert _same(found.place.text, place)


# -- status -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("عقدت إيران والولايات المتحدة جولة محادثات في مسقط.", "held"),
        ("انتهت المفاوضات بين الحكومة السودانية والحركات المسلحة في جوبا.", "held"),
        ("اختتمت في الدوحة جولة المفاوضات بين إسرائيل وحماس.", "held"),
        ("استؤنفت المحادثات بين أرمينيا وأذربيجان في واشنطن.", "held"),
        ("المحادثات التي جرت في جدة لم تحقق تقدماً.", "held"),
        ("ستعقد الجولة المقبلة من المحادثات في روما.", "planned"),
        ("من المقرر أن تعقد جولة جديدة من المفاوضات في القاهرة.", "planned"),
        ("اقترح الوسيط القطري عقد لقاء مباشر بين الطرفين.", "proposed"),
        ("دعت الأمم المتحدة إلى عقد مفاوضات بين الأطراف اليمنية.", "proposed"),
        ("تحدث المسؤول عن إمكانية عقد جولة جديدة من المفاوضات في جنيف.", "possible"),
        ("من المحتمل أن يلتقي الرئيس الإيراني مع نظيره الأمريكي.", "possible"),
        ("ألغيت جولة المفاوضات التي كانت مقررة في عمّان.", "cancelled"),
    ],
)
def test_status_from_tense_and_modality(text: str, status: str) -> None:
    assert only(text).status == RoundStatus(status)


def test_meeting_verb_in_the_past_is_a_held_round() -> None:
    assert only("التقى وزير الخارجية الإيراني نظيره الأمريكي في مسقط.").status == "held"


def test_meeting_verb_in_the_future_is_planned() -> None:
    assert only("سيلتقي الرئيسان في أستانا الشهر المقبل.").status == "planned"


@pytest.mark.parametrize(
    ("text", "status", "place"),
    [
        (
            "وكان رئيس وزراء إثيوبيا قد التقاه في أديس أبابا الشهر الماضي، في أول لقاء بين "
            "الطرفين منذ الحرب.",
            RoundStatus.HELD,
            "أديس أبابا",
        ),
        (
            "قال المتحدث إن المبعوث الأممي سيلتقيه في جنيف الأسبوع المقبل لبحث وقف إطلاق النار "
            "بين أرمينيا وأذربيجان.",
            RoundStatus.PLANNED,
            "جنيف",
        ),
        (
            "ومن المقرر أن يلتقيه الرئيس الكيني في نيروبي الأسبوع المقبل لبحث الهدنة بين "
            "إثيوبيا وإريتريا.",
            RoundStatus.PLANNED,
            "نيروبي",
        ),
    ],
)
def test_a_meeting_verb_with_its_object_as_a_pronoun_is_a_round(
    text: str, status: RoundStatus, place: str
) -> None:
    assert_one_round(text, status, place)


@pytest.mark.parametrize("verb", ["التقيناه", "التقته «الصحيفة»"])
def test_a_newsroom_meeting_the_one_it_interviews_is_no_round(verb: str) -> None:
    text = (
        "يقول السفير الإثيوبي السابق لدى إريتريا إن الهدنة بين البلدين هشة. "
        f"{verb} في أديس أبابا وكان هذا الحوار."
    )
    assert rounds_of(text) == []


NEWSROOM_OPENING = (
    "مع تعثر الوساطة بين إثيوبيا وإريتريا، التقينا وزير الخارجية الإريتري السابق في أسمرة، "
    "وسألناه عن فرص التهدئة.\n\n"
    "■ هل ترون فرصة لاستئناف المحادثات؟\n\n"
)


def test_the_newsroom_meeting_at_a_place_in_an_interviews_opening_is_no_round() -> None:
    """التقينا الوزير في أسمرة before the first question: the newsroom meets its interviewee."""
    found = rounds_of(NEWSROOM_OPENING + "- نأمل ذلك، لكن الطرف الآخر لا يريد الحوار.\n")
    assert [r.place and r.place.name for r in found] == []


def test_the_interviewees_own_meeting_after_a_question_stays_a_round() -> None:
    """— التقينا الوفد الإثيوبي في نيروبي in an answer: the interviewee's side met the other."""
    found = rounds_of(
        NEWSROOM_OPENING + "- التقينا الوفد الإثيوبي في نيروبي الشهر الماضي، ولم نتفق على شيء.\n"
    )
    assert [(r.status, r.place and r.place.name) for r in found] == [(RoundStatus.HELD, "Nairobi")]


@pytest.mark.parametrize(
    ("text", "ordinal", "place"),
    [
        (
            "قال المتحدث باسم الحكومة الإثيوبية إن أديس أبابا تريد جولة ثالثة من المحادثات مع "
            "إريتريا في نيروبي.",
            3,
            "Nairobi",
        ),
        (
            "وقال مفاوض المعارضة الفنزويلية: نريد مفاوضات مباشرة مع الحكومة في مكسيكو، لا رسائل "
            "عبر الوسطاء.",
            None,
            "Mexico City",
        ),
        (
            "وأضاف الوزير الأرميني أن بلاده تريد عقد لقاء بين الرئيسين الأرميني والأذربيجاني "
            "في تبليسي.",
            None,
            "Tbilisi",
        ),
    ],
)
def test_a_round_a_side_wants_is_proposed(text: str, ordinal: int | None, place: str) -> None:
    found = only(text)
    assert found.status is RoundStatus.PROPOSED
    assert found.ordinal == ordinal
    assert found.place is not None
    assert found.place.name == place


@pytest.mark.parametrize(
    "text",
    [
        "وقال مفاوض المعارضة الفنزويلية: لا نريد جولة أخرى في مكسيكو تنتهي دون نتائج مع الحكومة.",
        "قال الوسيط إن الطرفين يريدان تثبيت الهدنة بين السودان وجنوب السودان قبل أي اجتماع.",
    ],
)
def test_wanting_no_round_or_something_else_proposes_none(text: str) -> None:
    assert rounds_of(text) == []


def test_present_meeting_verb_without_modality_is_no_round() -> None:
    assert rounds_of("يلتقي الوزير بالصحفيين كل أسبوع.") == []


def test_negated_meeting_is_no_round() -> None:
    assert rounds_of("لم يلتقِ الزعيمان منذ عام 2019.") == []


# -- ordinal, relative reference, place, date ---------------------------------------


@pytest.mark.parametrize(
    ("text", "ordinal"),
    [
        ("عقدت الجولة الثالثة من المفاوضات في مسقط.", 3),
        ("عقدت الجولة الـ3 من المفاوضات في مسقط.", 3),
        ("عقد الوفدان أول اجتماع مباشر منذ عامين في جدة.", 1),
        ("جرت المفاوضات في جنيف، وهي الأولى منذ سنوات.", 1),
    ],
)
def test_ordinal(text: str, ordinal: int) -> None:
    assert only(text).ordinal == ordinal


@pytest.mark.parametrize(
    ("text", "ordinal"),
    [
        ("وعقدت الحكومة الإثيوبية وجبهة تيغراي جولة مفاوضات ثانية في نيروبي.", 2),
        ("وعقد وفدا أرمينيا وأذربيجان جولة مباحثات رابعة في واشنطن.", 4),
        (
            "وقال الوسيط إن جولة حوار أولى بين الحكومة الموزمبيقية والمتمردين قد تُعقد في "
            "مابوتو قبل نهاية العام.",
            1,
        ),
        ("واقترحت فرنسا عقد مؤتمر باريس ثالث بشأن لبنان خلال الربيع.", 3),
        # the ordinal agrees with the head noun: a feminine one after a masculine head, or
        # one after the place the round is held in, is not the round's
        ("وعقد وفدا أرمينيا وأذربيجان اجتماع عمل ثانية في واشنطن.", None),
        ("وعقد وفدا أرمينيا وأذربيجان جولة محادثات في واشنطن ثانية.", None),
    ],
)
def test_an_indefinite_ordinal_after_the_complement_in_construct(
    text: str, ordinal: int | None
) -> None:
    assert only(text).ordinal == ordinal


@pytest.mark.parametrize(
    ("text", "ordinal"),
    [
        # CONVENTIONS rule 4: the first (second …) since an event is the round's ordinal,
        # also past its venue (a place has no ordinal of its own) …
        ("وعقد الوفدان الإثيوبي والإريتري اجتماعاً في جيبوتي هو الأول منذ عامين.", 1),
        # … and as a count of times in apposition after a comma
        (
            "والتقى الرئيسان الهندي والباكستاني في أستانا، وهي المرة الأولى التي يلتقيان "
            "فيها منذ سنوات.",
            1,
        ),
        ("وعُقدت المحادثات بين أرمينيا وأذربيجان في ألماتي، وهذه هي المرة الثانية منذ الحرب.", 2),
        # a count of someone's visits, not of the meetings since an event, is none
        (
            "والتقى الرئيسان الهندي والباكستاني في أستانا، وهي المرة الأولى التي يزور فيها "
            "مودي كازاخستان.",
            None,
        ),
    ],
)
def test_the_first_since_an_event_in_apposition(text: str, ordinal: int | None) -> None:
    assert only(text).ordinal == ordinal


def test_relative_reference_is_kept_and_next_round_is_planned() -> None:
    found = only("وتأمل الأطراف أن تحقق الجولة المقبلة تقدماً.")
    assert found.relative == "next"
    assert found.status == "planned"
    assert found.ordinal is None


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("عقدت جولة المفاوضات في إسطنبول.", "إسطنبول"),
        ("استضافت الدوحة جولة جديدة من المحادثات غير المباشرة.", "الدوحة"),
        ("بدأت في العاصمة العمانية مسقط جولة جديدة من المفاوضات.", "مسقط"),
        ("أرسلت الحكومة وفداً إلى جدة لإجراء مفاوضات.", "جدة"),
        ("أعلنت الخارجية أن القاهرة ستستضيف جولة خامسة من المفاوضات.", "القاهرة"),
    ],
)
def test_place(text: str, place: str) -> None:
    found = only(text)
    assert found.place is not None
    assert _same(place, found.place.text)


@pytest.mark.parametrize(
    ("text", "status", "place"),
    [
        (  # every form of the participle of schedule: a round planned
            "وأعلنت الخارجية الصربية أن اجتماعاً مقرراً في بروكسل الأسبوع المقبل سيجمع "
            "رئيسي وفدي صربيا وكوسوفو.",
            RoundStatus.PLANNED,
            "بروكسل",
        ),
        (  # the participle is an attribute; the verb of calling off after it the predicate
            "وكان اجتماع ثانٍ بين وفدي إثيوبيا وإريتريا مقرر في جيبوتي مطلع الشهر الجاري "
            "قد أُلغي بطلب من أسمرة.",
            RoundStatus.CANCELLED,
            "جيبوتي",
        ),
        (  # past an aside between commas
            "وكان لقاء فني بين الجيشين الهندي والباكستاني، مقرر في لاهور يوم الأحد، قد أُرجئ "
            "إلى أجل غير مسمى.",
            RoundStatus.CANCELLED,
            "لاهور",
        ),
        (  # أجّل in the masculine past after the contrast's pronoun is the verb
            "كان لدى الحكومة الكولومبية وجيش التحرير الوطني اجتماع مقرر في هافانا الشهر "
            "الماضي، لكنه أُجّل بطلب من الوسطاء.",
            RoundStatus.CANCELLED,
            "هافانا",
        ),
        (  # a verb of holding after the participle: it was held
            "وكان اجتماع مقرر بين وفدي أرمينيا وأذربيجان في ألماتي قد عُقد رغم تأجيل الانتخابات.",
            RoundStatus.HELD,
            "ألماتي",
        ),
    ],
)
def test_the_verb_after_a_participle_of_schedule_tells_the_status(
    text: str, status: RoundStatus, place: str
) -> None:
    assert_one_round(text, status, place)


def test_a_round_noun_after_hamish_does_not_part_a_schedule_from_its_predicate() -> None:
    found = only(
        "وكان لقاء مقرر بين قائدي الجيشين السوداني والتشادي على هامش القمة قد أُلغي في "
        "اللحظة الأخيرة."
    )
    assert found.status is RoundStatus.CANCELLED


def test_the_place_of_a_cause_in_an_unmarked_schedule_clause_is_no_venue() -> None:
    # كان مقرراً opens the indefinite round's clause of schedule, but the place after
    # بسبب is where the cause happened, not where the round was to meet
    found = only("وأُلغي لقاء بين وفدي روسيا وأوكرانيا كان مقرراً الخميس بسبب القصف في دونيتسك.")
    assert found.status is RoundStatus.CANCELLED
    assert found.place is None


def test_a_party_country_is_not_the_venue() -> None:
    found = only("عقدت محادثات السلام بين روسيا وأوكرانيا في تركيا.")
    assert found.place is not None
    assert found.place.id == "TR"
    assert {p.id for p in found.parties} >= {"RU", "UA"}


def test_date_is_resolved_against_publication() -> None:
    found = rounds_of("عقدت جولة المفاوضات في مسقط يوم السبت.", published="2025-04-14")[0]
    assert found.date is not None
    assert found.date.value is not None
    assert found.date.value.isoformat() == "2025-04-12"


# -- parties and mediators ------------------------------------------------------------


def test_parties_and_mediators() -> None:
    found = only(
        "انطلقت في الدوحة الجولة الرابعة من المفاوضات بين إسرائيل وحركة حماس بوساطة قطرية ومصرية."
    )
    assert {m.id for m in found.mediators} == {"QA", "EG"}
    assert "IL" in {p.id for p in found.parties}


def test_a_host_is_not_a_mediator() -> None:
    found = only("استضافت الدوحة جولة جديدة من المحادثات بين الحكومة الأفغانية وطالبان.")
    assert found.mediators == ()


def test_demonyms_are_parties() -> None:
    found = only("عقد مسؤولون روس وأوكرانيون أول اجتماع مباشر في إسطنبول.")
    assert {p.id for p in found.parties} >= {"RU", "UA"}


# -- what is not a round ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "ناقش الرئيسان خلال اتصال هاتفي نتائج المحادثات.",
        "تناولت المحادثات الهاتفية بين الزعيمين الأوضاع الإقليمية.",
        "أكد الوزير أهمية استمرار المحادثات.",
        "يتابع المجتمع الدولي مسار المفاوضات بحذر.",
        "دعت الدول إلى عقد جولات جديدة من المفاوضات.",
        "انطلقت الجولة الثالثة من الدوري الإسباني.",
        "عقد مجلس الأمن الدولي اجتماعاً طارئاً.",
        # an adjective of the meeting between it and the body whose meeting it is
        "ومن المنتظر عقد اجتماع طارئ لمجلس الأمن الدولي مساء الغد لبحث التصعيد في ناغورني.",
        "وفي الأسبوع المقبل، اجتماع محتمل لمجلس محافظي الوكالة الدولية بشأن ملف كوريا الشمالية.",
        "وتشهد أديس أبابا الخميس اجتماعاً مرتقباً لمجلس السلم والأمن الأفريقي حول شرق الكونغو.",
        # a round of a vote
        "وكانت الجولة الأولى من التصويت على قانون الانتخابات في برلمان كينيا قد تعثرت في مارس.",
        "وتُجرى الجولة الثانية من الاقتراع في بوليفيا الأحد المقبل.",
    ],
)
def test_topics_calls_and_other_meetings_are_no_rounds(text: str) -> None:
    assert rounds_of(text) == []


# -- one round, one record ------------------------------------------------------------------


def test_several_mentions_of_one_round_are_one_record() -> None:
    text = (
        "استؤنفت المحادثات بين الحكومة اليمنية والحوثيين في مسقط.\n"
        "وعقد الوفدان الجولة الثانية من المفاوضات في مسقط يوم الأحد.\n"
        "وقال المبعوث إن المحادثات التي جرت في مسقط كانت إيجابية."
    )
    found = only(text)
    assert found.ordinal == 2
    assert len(found.mentions) == 2
    assert "الجولة الثانية" in text[found.evidence.start : found.evidence.end]


def test_rounds_with_different_ordinals_or_dates_stay_apart() -> None:
    text = (
        "عقدت الجولة الثانية من المحادثات في مسقط يوم السبت. "
        "وكانت الجولة الأولى قد عقدت في مسقط في أبريل."
    )
    assert sorted(r.ordinal or 0 for r in rounds_of(text)) == [1, 2]


# -- constructions found on unseen articles -------------------------------------------


def test_city_in_construct_is_the_venue() -> None:
    found = only("أعلن الوسيط إرجاء جولة جديدة من مفاوضات جنيف بين الطرفين اليمنيين.")
    assert found.status == RoundStatus.CANCELLED
    assert (found.place.name if found.place else None) == "Geneva"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a country named like its capital names the city the round was held in
        (
            "قال الوزير إن اجتماع جيبوتي بين البلدين، الذي كان مقرراً الأسبوع الماضي، "
            "أُلغي بطلب من الوسيط.",
            "جيبوتي",
        ),
        (
            "أكد المبعوث أن لقاء الكويت بين الوفدين، الذي كان منتظراً يوم الخميس، "
            "أُرجئ إلى أجل غير مسمى.",
            "الكويت",
        ),
        # any other country in construct is the talks' topic, not where they are held
        (
            "أكد المبعوث أن لقاء السودان بين الوفدين، الذي كان منتظراً يوم الخميس، "
            "أُرجئ إلى أجل غير مسمى.",
            None,
        ),
    ],
)
def test_a_country_named_like_its_capital_in_construct_is_the_venue(
    text: str, place: str | None
) -> None:
    found = only(text)
    assert found.status == RoundStatus.CANCELLED
    assert (found.place.text if found.place else None) == place


def test_venue_said_with_fi_beats_a_construct_topic() -> None:
    found = only("القاهرة تستضيف غداً جولة جديدة من مفاوضات غزة بين إسرائيل وحماس.")
    assert (found.place.name if found.place else None) == "Cairo"


def test_expectation_before_a_present_hosting_verb_is_planned() -> None:
    found = only("ويرتقب أن تستضيف جنيف الجولة الرابعة من المحادثات بين إيران والولايات المتحدة.")
    assert (found.status, found.ordinal) == (RoundStatus.PLANNED, 4)


def test_aside_between_commas_does_not_part_the_verb_from_the_round() -> None:
    found = only(
        "انطلقت، مساء اليوم الأحد، في مقر الأمم المتحدة في جنيف جولة جديدة من "
        "المحادثات بين الأطراف اليمنية."
    )
    assert found.status == RoundStatus.HELD
    # the building is the venue, not the city after it (see docs/rounds.md), named with the city
    # the gazetteer gives it (``city``): the building kept apart
    assert (found.place.name if found.place else None) == "Geneva"
    assert (found.building.name if found.building else None) == "Palais des Nations"


def test_capital_named_by_its_country_adjective() -> None:
    found = only("عقد الوفدان جولة من المفاوضات في العاصمة القطرية خلال الشهر الماضي.")
    assert (found.place.name if found.place else None) == "Doha"


def test_capital_by_adjective_right_after_a_round_with_no_verb_of_its_own() -> None:
    found = only(
        "تعثرت المفاوضات بين الحكومة والمتمردين مراراً. ففي الجولة السادسة بالعاصمة الكينية، "
        "في مارس الماضي، تعهد الطرفان بوقف القتال."
    )
    assert (found.ordinal, found.place.name if found.place else None) == (6, "Nairobi")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("وفي جنيف، أُرجئ اجتماع كان مقرراً الخميس بين المفاوضين الأرمني والأذربيجاني.", "Geneva"),
        (
            "ففي العاصمة الكينية، وبعد أسابيع من القتال، عُقدت الجولة الأولى من المحادثات "
            "بين الطرفين.",
            "Nairobi",
        ),
        # في written as the clitic بـ on the fronted city
        ("وبنيروبي، عُقدت أمس الجولة الثالثة من المحادثات بين الحكومة والمتمردين.", "Nairobi"),
        (
            "وبالعاصمة القطرية، انطلقت الأحد جولة جديدة من المفاوضات بين الطرفين.",
            "Doha",
        ),
        # a round only offered: the fronted city is where it was offered (rule 5)
        ("وبالقاهرة، عرضت مصر استضافة محادثات مباشرة بين الطرفين.", None),
        # a country or region fronted so is the paragraph's topic, not the venue
        ("وفي السودان، أُرجئ اجتماع كان مقرراً بين الجيش وقوات الدعم السريع.", None),
        ("وبالسودان، أُرجئ اجتماع كان مقرراً بين الجيش وقوات الدعم السريع.", None),
        # the city where it was said, not where the round will be
        (
            "وفي موسكو، قال المتحدث باسم الكرملين إن جولة جديدة من المحادثات مع أوكرانيا "
            "ستعقد الشهر المقبل.",
            None,
        ),
    ],
)
def test_a_city_fronted_before_the_clause_is_its_venue(text: str, place: str | None) -> None:
    found = only(text)
    assert (found.place.name if found.place else None) == place


def test_a_round_in_the_same_village_takes_the_village_named_before() -> None:
    text = (
        "اجتمعت لجنة الارتباط بين الجانبين في قرية إرغنيتي الحدودية في أكتوبر. "
        "وستجتمع اللجنة مرة أخرى في القرية ذاتها خلال الشهر المقبل."
    )
    found = rounds_of(text)
    assert [(r.status, r.place.name if r.place else None) for r in found] == [
        (RoundStatus.HELD, "Ergneti"),
        (RoundStatus.PLANNED, "Ergneti"),
    ]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("اقترحت جوبا عقد الجولة المقبلة من المحادثات مع الخرطوم في أبيي ذاتها.", "Abyei"),
        # a region with no emphasis near a proposed round is its topic, not its venue
        ("اقترحت جوبا عقد الجولة المقبلة من المحادثات مع الخرطوم بشأن أبيي.", None),
    ],
)
def test_a_region_named_with_emphasis_is_the_venue(text: str, place: str | None) -> None:
    found = only(text)
    assert (found.place.name if found.place else None) == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # two cities joined by و say where the negotiators come from
        (
            "تتواصل مفاوضات ترسيم الحدود بين أرمينيا وأذربيجان. والتقى كبيرا المفاوضين في "
            "باكو ويريفان الاثنين في تبليسي لبحث المعابر.",
            "Tbilisi",
        ),
        # a city between a title and its holder's name says whose office it is
        (
            "التقى المبعوث الأممي بالمسؤول عن ملف المفاوضات في موسكو سيرغي لافروف، في مدينة جنيف.",
            "Geneva",
        ),
        # a city noun that is the object of another word is no venue phrase
        (
            "عُقدت جولة جديدة من المحادثات بين الجيش والمتمردين، وانتهت بتسليم مدينة لاشيو "
            "إلى الجيش.",
            None,
        ),
        # … but it is as the subject of a verb of hosting after كان
        ("وكانت مدينة جدة السعودية قد احتضنت الجولة الأولى من المفاوضات بين الطرفين.", "Jeddah"),
    ],
)
def test_a_place_that_qualifies_someone_or_something_is_no_venue(
    text: str, place: str | None
) -> None:
    found = only(text)
    assert (found.place.name if found.place else None) == place


@pytest.mark.parametrize(
    "text",
    [
        "قالت مصادر إن الجولة الثالثة من المحادثات بين الطرفين قد تُنقل إلى مسقط أو تُعقد "
        "في عمّان مجدداً.",
        "يُنتظر أن تعقد الجولة المقبلة من المحادثات في جنيف أو تعقد في فيينا خلال الشهر المقبل.",
    ],
)
def test_alternative_venues_with_a_verb_of_holding_give_no_venue(text: str) -> None:
    # tools/blind/CONVENTIONS.md rule 6: «في X أو تُعقد في Y» is no venue yet
    found = only(text)
    assert found.place is None


def test_demonstrative_copula_gives_the_ordinal_of_the_round_just_told() -> None:
    found = only(
        "استؤنفت في الدوحة مفاوضات السلام بين الحكومة والمتمردين.\n"
        "وهذه هي الجولة الرابعة منذ بدء الوساطة."
    )
    assert (found.status, found.ordinal) == (RoundStatus.HELD, 4)


def test_counted_rounds_do_not_lend_their_venue_to_the_round_told() -> None:
    text = (
        "وقع الرئيسان اتفاقاً بعد محادثات استمرت ساعات بوساطة أمريكية.\n"
        "وكان الوزيران قد عقدا ثلاث جولات من المفاوضات في أبوظبي."
    )
    found = rounds_of(text)
    assert len(found) == 2
    assert any(r.place is None for r in found)


def test_an_ordinal_round_in_a_past_month_was_held() -> None:
    found = only(
        "وقاطعت الحركة الاجتماع الثاني للمبعوثين في مارس الماضي بسبب الخلافات حول الوساطة."
    )
    assert (found.status, found.ordinal) == (RoundStatus.HELD, 2)


def test_a_cue_opening_the_next_round_s_clause_is_not_taken_back() -> None:
    text = (
        "وقالت المصادر إن اجتماع أمس أسفر عن إطار عام للمفاوضات، "
        "ومن المتوقع أن تعقد جولة متابعة في القاهرة."
    )
    # yesterday's meeting "yielded" a framework: it was held (a verb of outcome), and the cue
    # after it is the follow-up round's
    found = rounds_of(text)
    planned = [r for r in found if r.status == RoundStatus.PLANNED]
    assert len(planned) == 1
    assert (planned[0].place.name if planned[0].place else None) == "Cairo"
    assert [r.status for r in found if r is not planned[0]] in ([], [RoundStatus.HELD])


@pytest.mark.parametrize(
    ("text", "held", "planned"),
    [
        (
            "وعقد وفدا إثيوبيا وإريتريا في نيروبي الشهر الماضي جولة أولى، "
            "ومن المقرر أن يلتقيا مجدداً في أبريل.",
            1,
            None,
        ),
        (
            "وعقد ممثلو كولومبيا وفنزويلا في كراكاس أمس جولة ثانية من المحادثات، "
            "ومن المنتظر أن يجتمعوا ثانية في بوغوتا.",
            2,
            None,
        ),
    ],
)
def test_a_cue_of_a_conjoined_clause_with_its_own_round_is_not_the_round_s_before_it(
    text: str, held: int, planned: int | None
) -> None:
    # the expected meeting after ", و" is the round of the conjoined clause; the round before
    # the comma keeps the verb of holding of its own clause, past its subject, venue and date
    found = sorted(rounds_of(text), key=lambda r: r.evidence.start)
    assert [(r.status, r.ordinal) for r in found] == [
        (RoundStatus.HELD, held),
        (RoundStatus.PLANNED, planned),
    ]


@pytest.mark.parametrize(
    ("text", "status", "ordinal", "place"),
    [
        (
            "وأعلن الوسيط أن الاجتماع الرابع للجنة المتابعة المشتركة لاتفاق السلام بين إثيوبيا "
            "وإريتريا سيعقد في العاصمة الكينية.",
            RoundStatus.PLANNED,
            4,
            "Nairobi",
        ),
        (
            "وأفاد دبلوماسيون بأن الاجتماع الثاني للجنة العسكرية المشتركة بين الجيش السوداني "
            "وقوات الدعم السريع قد يعقد في جدة.",
            RoundStatus.POSSIBLE,
            2,
            "Jeddah",
        ),
    ],
)
def test_the_predicate_after_a_long_phrase_of_complements_tells_the_round(
    text: str, status: RoundStatus, ordinal: int, place: str
) -> None:
    # however long the round noun's genitives and between-phrase, the first verb after them
    # with no break is its predicate: its status, and the venue after it
    found = only("تتواصل الأزمة بين إثيوبيا وإريتريا منذ أشهر.\n\n" + text)
    assert (found.status, found.ordinal) == (status, ordinal)
    assert found.place is not None
    assert found.place.name == place


@pytest.mark.parametrize(
    ("text", "status", "place"),
    [
        # a verb governs the round: ربما qualifies only where it may meet
        ("واقترحت واشنطن عقد اجتماع على مستوى أعلى، ربما في نيقوسيا.", "proposed", "Nicosia"),
        (
            "ودعا الوسيط إلى جولة جديدة من المحادثات، ربما في جنيف، قبل نهاية الشهر.",
            "proposed",
            "Geneva",
        ),
        (
            "وقالت المبعوثة إنها تعمل على عقد اجتماع موسع في الخريف، ربما مجددا في نيويورك.",
            "planned",
            "New York City",
        ),
        # rule 6: alternatives name no venue
        ("واقترحت واشنطن عقد اجتماع على مستوى أعلى، ربما في نيقوسيا أو في روما.", "proposed", None),
        # nothing else tells the round's status: the adverb does
        ("وتحدثت تقارير عن لقاء بين الرئيسين، ربما في جنيف.", "possible", "Geneva"),
    ],
)
def test_a_modal_adverb_of_a_venue_after_a_comma_leaves_the_governing_verb_s_status(
    text: str, status: str, place: str | None
) -> None:
    found = only("تتواصل الأزمة بين إثيوبيا وإريتريا منذ أشهر.\n\n" + text)
    assert found.status.value == status
    assert (found.place.name if found.place else None) == place


def test_plural_future_meeting_verb() -> None:
    found = only("قال الوسيط إن ممثلي الحكومة والمتمردين سيجتمعون في نيروبي الأسبوع المقبل.")
    assert found.status == RoundStatus.PLANNED


def test_mubahathat_is_a_round_noun() -> None:
    found = only(
        "وصل وفد الحكومة إلى الخرطوم لإجراء مباحثات مع قادة الحركات المسلحة بوساطة جنوب سودانية."
    )
    assert found.status == RoundStatus.HELD  # a delegation that has arrived: the talks take place


def test_talks_entering_a_new_week_are_under_way() -> None:
    found = only("دخلت مفاوضات جنيف بين الأطراف الليبية أسبوعها الثالث دون اتفاق.")
    assert found.status == RoundStatus.HELD
    assert (found.place.name if found.place else None) == "Geneva"


def test_an_offer_to_host_is_a_proposal() -> None:
    found = only("واقترحت تركيا استضافة قمة بين الرئيسين في إسطنبول بعد التوقيع على الاتفاق.")
    assert found.status == RoundStatus.PROPOSED


def test_a_lasting_verb_far_after_the_round_is_another_noun_s() -> None:
    text = (
        "عقدت في جنيف محادثات بين الطرفين.\n"
        "وهذا هو الاجتماع الأول منذ الحرب التي استمرت أسبوعين في الصيف."
    )
    found = only(text)
    assert (found.status, found.ordinal) == (RoundStatus.HELD, 1)


def test_a_topic_before_a_relative_clause_does_not_hide_the_venue() -> None:
    found = only("أرجئ اجتماع الوسطاء بشأن ليبيا، الذي كان مقرراً في روما، إلى موعد لاحق.")
    assert found.status == RoundStatus.CANCELLED
    assert (found.place.name if found.place else None) == "Rome"


def test_an_active_verb_of_calling_off_cancels() -> None:
    found = only("وألغت الحكومة اجتماعاً مع المتمردين كان مقرراً في جوبا لبحث اتفاق السلام.")
    assert found.status == RoundStatus.CANCELLED


def test_ala_an_before_a_meeting_verb_plans_it() -> None:
    text = "بدأت المحادثات بين الطرفين في جدة، على أن يلتقي الوزيران في المدينة نفسها غداً."
    statuses = sorted(r.status.value for r in rounds_of(text))
    assert statuses == ["held", "planned"]
    assert all(r.place is None or r.place.name == "Jeddah" for r in rounds_of(text))


def test_a_meeting_someone_hosted_was_held() -> None:
    found = only("ووقع الطرفان الاتفاق عقب اجتماع استضافه وزير الخارجية القطري في الدوحة.")
    assert found.status == RoundStatus.HELD


def test_an_earlier_round_without_the_article_stays_apart() -> None:
    text = (
        "التقى الوزيران في دمشق لبحث الاتفاق بين الطرفين.\n"
        "وكانت جولة سابقة من المفاوضات في دمشق قد تعثرت."
    )
    assert len(rounds_of(text)) == 2


def test_an_aside_between_subject_and_round_does_not_count() -> None:
    text = "بدأ وفد من الحكومة برئاسة وزير الخارجية، اليوم السبت، مباحثات مع المتمردين في جوبا بوساطة أممية."
    found = only(text)
    assert found.status == RoundStatus.HELD


def test_a_named_city_beats_its_country() -> None:
    text = "وكان الطرفان قد التقيا آخر مرة في مدينة أوهريد في مقدونيا الشمالية في مارس 2023."
    found = only(text)
    assert found.place is not None
    assert found.place.text == "أوهريد"


def test_a_capital_named_by_adjective_before_the_round() -> None:
    found = only("اختتمت في العاصمة القطرية، مساء السبت، الجولة الثانية من المفاوضات بين الطرفين.")
    assert (found.place.name if found.place else None) == "Doha"


def test_a_session_of_a_negotiating_body_is_a_round() -> None:
    text = "افتتحت في جنيف اجتماعات الدورة العاشرة للجنة الإشرافية بين الطرفين اليمنيين."
    found = only(text)
    assert (found.status, found.ordinal) == (RoundStatus.HELD, 10)


def test_likely_is_possible() -> None:
    found = only("وأفادت مصادر بأن الاجتماع الثاني بين الطرفين يرجح أن يعقد في جنيف.")
    assert (found.status, found.ordinal) == (RoundStatus.POSSIBLE, 2)


def test_a_call_reaches_the_round_across_its_subject() -> None:
    text = "ودعت القمة في بيانها الختامي إلى مفاوضات مباشرة بين طرفي النزاع."
    found = only(text)
    assert found.status == RoundStatus.PROPOSED
    assert "مفاوضات" in text[found.evidence.start : found.evidence.end]


def test_the_host_after_a_hosting_verb_is_the_venue_not_a_party() -> None:
    found = only("احتضنت جيبوتي، الأحد، قمة استثنائية لبحث الأزمة بين الطرفين السودانيين.")
    assert (found.place.id if found.place else None) == "DJ"


def test_agreeing_to_meet_again_is_a_new_planned_round() -> None:
    text = (
        "جرت في جنيف محادثات بين وزيري خارجية أرمينيا وأذربيجان.\n"
        "واتفق الوزيران على الاجتماع مجدداً في أقرب وقت."
    )
    assert sorted(r.status.value for r in rounds_of(text)) == ["held", "planned"]


def test_a_state_and_an_armed_group_make_a_negotiation_context() -> None:
    found = only("عقدت الحكومة اليمنية والحوثيين اجتماعاً في عمّان أمس.")
    assert found.status == RoundStatus.HELD


def test_two_alternative_cities_are_no_venue() -> None:
    found = only("وقال مصدر إن الاجتماع الثالث بين الطرفين سيعقد الشهر المقبل في طرابلس أو بنغازي.")
    assert found.place is None


def test_an_ordinal_in_apposition_after_a_long_name() -> None:
    text = (
        "التأم في جوبا اجتماع اللجنة الفنية المشتركة بين السودان وجنوب السودان بشأن "
        "منطقة أبيي، وهو الثاني خلال شهر."
    )
    assert only(text).ordinal == 2


def test_an_invitation_to_take_part_is_a_proposal() -> None:
    found = only("ووجهت قطر دعوة إلى الطرفين للمشاركة في جولة جديدة من المحادثات الأسبوع المقبل.")
    assert found.status == RoundStatus.PROPOSED


def test_continuing_talks_state_no_new_round() -> None:
    text = (
        "انطلقت في الرياض، الأربعاء، مشاورات بين الأطراف اليمنية.\n"
        "ومن المقرر أن تستمر المشاورات عشرة أيام."
    )
    assert only(text).status == RoundStatus.HELD


def test_a_venue_phrase_does_not_part_a_near_cue_from_the_round() -> None:
    text = (
        "انطلقت في مقر الأمانة العامة لمجلس التعاون الخليجي بالرياض، الأربعاء، "
        "مشاورات بين الأطراف اليمنية."
    )
    found = only(text)
    assert (found.status, found.place.name if found.place else None) == (
        RoundStatus.HELD,
        "Riyadh",
    )


def test_perhaps_is_possible() -> None:
    found = only("وقال مسؤول إن الزعيمين ربما يلتقيان في أبوظبي لتوقيع معاهدة السلام.")
    assert found.status == RoundStatus.POSSIBLE


def test_in_the_frame_of_a_round_gives_its_ordinal() -> None:
    text = (
        "يعقد الوفدان الإيراني والأمريكي اليوم اجتماعات مكثفة في جنيف، "
        "في إطار الجولة السادسة من المفاوضات."
    )
    found = only(text)
    assert (found.status, found.ordinal) == (RoundStatus.HELD, 6)


def test_the_ordinal_of_a_phase_is_not_the_round_s() -> None:
    text = "وقال الوسيط إن المرحلة الثانية من المحادثات بين الطرفين ستبدأ الأسبوع المقبل."
    found = only(text)
    assert (found.status, found.ordinal) == (RoundStatus.PLANNED, None)


def test_two_weeks_of_talks_were_held() -> None:
    found = only("ووقع الطرفان اتفاقاً في جدة بعد أسبوعين من المحادثات برعاية سعودية أمريكية.")
    assert found.status == RoundStatus.HELD


def test_any_round_or_a_needed_one_is_no_particular_round() -> None:
    assert (
        rounds_of(
            "ويرى مراقبون أن أي جولة قادمة من المفاوضات بين الطرفين يجب أن تبدأ بملف الرواتب."
        )
        == []
    )
    assert rounds_of("وأكد الوسيط أنه لا بد من مفاوضات جادة بين الطرفين لإنهاء الحرب.") == []


def test_an_ordinal_meeting_after_fi_is_the_meeting_just_told() -> None:
    text = (
        "التقى المبعوثان الخاصان لأرمينيا وتركيا، الجمعة، عند المعبر الحدودي، في خامس لقاء بينهما."
    )
    assert only(text).ordinal == 5


# -- golden cases ------------------------------------------------------------------------


def _matches(expected: dict[str, Any], record: Round, text: str) -> bool:
    where = text.find(expected["evidence"])
    assert where >= 0, f"evidence not in the input: {expected['evidence']!r}"
    if not (
        record.evidence.start < where + len(expected["evidence"]) and where < record.evidence.end
    ):
        return False
    if record.status.value != expected["status"] or record.ordinal != expected["ordinal"]:
        return False
    if "building" in expected:  # a building named with its city (في قصر الدرعية بالرياض)
        building = expected["building"]
        if (building is None) != (record.building is None):
            return False
        if (
            building is not None
            and record.building is not None
            and not (_same(building, record.building.text) or building == record.building.name)
        ):
            return False
    place = expected["place"]
    if place is None or record.place is None:
        return place is None and record.place is None
    return _same(place, record.place.text) or place == record.place.name


@pytest.mark.parametrize("path", case_params("rounds"))
def test_golden_case(path: Path) -> None:
    case = json.loads(path.read_text(encoding="utf-8"))
    found = rounds_of(case["input"], case.get("published"))
    assert_case_found(case, found, _matches)


# -- properties ----------------------------------------------------------------------------


ARTICLE_FOR_CUES = (
    "وبالمفاوضات ولللقاء عقدت الجولة الثالثة من المحادثات في مسقط، وبعد أيام من المفاوضات "
    "من المقرر أن تعقد جولتهما المقبلة، ومحادثاتهما اجتماعاً فالقمة."
)

ARTICLE = (
    "عقدت الحكومة السودانية وقوات الدعم السريع الجولة الثالثة من المفاوضات في جدة "
    "برعاية سعودية أميركية. واقترح الوسيط عقد لقاء مباشر بين قائدي الطرفين."
)


def _keys(found: list[Round], text: str) -> list[tuple[Any, ...]]:
    return [
        (
            r.status,
            r.ordinal,
            r.place and r.place.id,
            normalize_text(text[r.evidence.start : r.evidence.end]).replace(" ", ""),
        )
        for r in found
    ]


@given(st.data())
def test_same_records_under_diacritics_and_tatweel(data: st.DataObject) -> None:
    noisy = data.draw(with_noise(ARTICLE))
    assert _keys(rounds_of(noisy), noisy) == _keys(rounds_of(ARTICLE), ARTICLE)


@given(st.sampled_from(["و", "ف", ""]))
@example("و")
def test_same_records_under_a_conjunction_clitic(clitic: str) -> None:
    base = "عقدت جولة المفاوضات الثالثة في مسقط."
    varied = "قال المبعوث إن اللقاء مهم، " + clitic + base
    assert [(r.status, r.ordinal) for r in rounds_of(varied)] == [
        (r.status, r.ordinal) for r in rounds_of(base)
    ]


@given(st.text(alphabet="ابتثجحخدذرزسشصضطظعغفقكلمنهوي ،.\n0123456789", max_size=300))
def test_spans_inside_the_document(text: str) -> None:
    for found in rounds_of(text):
        assert 0 <= found.evidence.start <= found.evidence.end <= len(text)
        for span in found.mentions:
            assert 0 <= span.start <= span.end <= len(text)


@given(with_noise(ARTICLE_FOR_CUES, noise="و البك،ف ", max_inserts=20))
def test_cue_search_over_candidates_matches_a_full_scan(text: str) -> None:
    """Trying the cue pattern only where a listed word occurs finds what a full scan finds."""
    analysis = Analysis(Document(text))
    norm = analysis.norm.text
    for name in ("round_nouns", "round_held", "round_planned", "round_held_adjacent"):
        items = tuple((word, name) for word in analysis.lexicon(name))
        table = compile_table(items, True, name == "round_nouns")
        fast = [(c.start, c.end, c.word) for c in table.find(norm)]
        full = [
            (m.start(), m.end(), m.group("w") or "ا" + m.group("lw"))
            for m in table.pattern.finditer(norm)
        ]
        assert fast == full


# -- buildings and regions as venues ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "place", "building"),
    [
        (
            "عقدت في البيت الأبيض بواشنطن جولة جديدة من المحادثات بين أرمينيا وأذربيجان.",
            "Washington",
            "White House",
        ),
        (
            "وعقد الرئيسان اجتماعا داخل قصر الإليزيه في باريس لبحث الحرب بين روسيا وأوكرانيا.",
            "Paris",
            "Elysée Palace",
        ),
        (
            "التقى الرئيس المصري نظيره السوداني في قصر الاتحادية بالقاهرة.",
            "Cairo",
            "Ittihadiya Palace",
        ),
        (
            "عقدت في البيت الأبيض جولة جديدة من المحادثات بين أرمينيا وأذربيجان.",
            "Washington",
            "White House",
        ),
        ("انطلقت في كراكاس الجولة الثالثة من المفاوضات بين الحكومة والمعارضة.", "Caracas", None),
        (
            "عقدت في مكسيكو سيتي الجولة الثانية من المفاوضات بين الحكومة والمعارضة.",
            "Mexico City",
            None,
        ),
    ],
)
def test_buildings_and_cldr_cities_are_venues(text: str, place: str, building: str | None) -> None:
    # a building named with its city: the city is the place, the building kept apart
    found = only(text)
    assert (found.place.name if found.place else None) == place
    assert (found.building.name if found.building else None) == building


def test_an_institution_speaking_is_no_venue() -> None:
    found = only("وأعلن البيت الأبيض أن جولة جديدة من المحادثات ستعقد في جنيف بين إيران وأمريكا.")
    assert (found.place.name if found.place else None) == "Geneva"


def test_a_region_is_no_fallback_venue() -> None:
    found = only(
        "وقعت اشتباكات في تيغراي بعد أن عقدت الحكومة الإثيوبية والجبهة جولة محادثات مطولة."
    )
    assert found.place is None


def test_a_city_beats_a_region_after_the_round() -> None:
    found = only(
        "وعقدت في أديس أبابا جولة محادثات بين الحكومة وجبهة تحرير تيغراي بشأن الأوضاع في تيغراي."
    )
    assert (found.place.name if found.place else None) == "Addis Ababa"


def test_a_periodic_meeting_is_a_meeting() -> None:
    found = only("عقدت اللجنة اجتماعها الدوري في الناقورة بحضور ممثلين عن لبنان وإسرائيل.")
    assert (found.place.name if found.place else None) == "Naqoura"


def test_talks_that_reached_a_stage_are_no_arrival() -> None:
    # a verb of arriving after the round (وصلت المفاوضات إلى مرحلة) is no delegation travelling
    found = only("قال الوسيط النرويجي إن المفاوضات بين الحكومة والمعارضة وصلت إلى مرحلة حاسمة.")
    assert found.status == RoundStatus.HELD


def test_a_long_aside_between_commas_does_not_part_a_cue_from_its_round() -> None:
    found = only(
        "وستستضيف الدوحة، بحسب مصادر دبلوماسية مطلعة تحدثت لوكالة للأنباء شريطة عدم الكشف عن "
        "هويتها، جولة جديدة بين الكونغو الديمقراطية ورواندا."
    )
    assert found.status == RoundStatus.PLANNED


def test_a_relative_clause_closed_by_a_comma_is_not_the_predicate_clause() -> None:
    found = only(
        "وقال الوزير إن القمة الثانية بين إريتريا وإثيوبيا، التي عقدت في أسمرة برعاية سعودية، "
        "كانت من أنجح الجولات."
    )
    assert (found.status, found.ordinal) == (RoundStatus.HELD, 2)


def test_a_verb_of_deciding_reaches_past_its_subject_to_the_round_it_decides() -> None:
    found = only("وقرر الوسطاء عقد الجولة المقبلة بين جورجيا وروسيا في ديسمبر.")
    assert found.status == RoundStatus.PLANNED
    assert rounds_of("وقررت الحكومة الإثيوبية الانسحاب من المفاوضات مع مصر والسودان.") == []


def test_a_verb_in_an_aside_is_skipped_for_the_verb_that_opens_the_clause() -> None:
    found = only(
        "وأجرى وزير الخارجية الأمريكي، الذي وصل إلى الرياض مساء الاثنين، محادثات مع نظيره "
        "السعودي حول الحرب في السودان."
    )
    assert found.status == RoundStatus.HELD


@pytest.mark.parametrize(
    "text",
    [
        "وعرض الرئيس الكيني استضافة محادثات بين الصومال وإثيوبيا.",  # whose official offers
        "ورحبت أديس أبابا بدعوة كينيا لاستضافة قمة بين الصومال وإثيوبيا.",  # another's offer
        "وقال الوزير إن بلاده مستعدة لاستضافة محادثات بين الصومال وإثيوبيا.",
    ],
)
def test_only_a_city_offering_to_host_is_the_venue(text: str) -> None:
    assert [r.place for r in rounds_of(text)] == [None]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("وقّع الطرفان في أديس أبابا بروتوكولاً لوقف الأعمال العدائية.", "أديس أبابا"),
        ("وقعت إثيوبيا وإريتريا في نيروبي يوم الأحد إطاراً يتضمن خمسة بروتوكولات.", "نيروبي"),
        ("وقّع الجانبان في جنيف وثيقة مبادئ تمهد لحوار شامل.", "جنيف"),
        ("وكان الرئيسان قد توصلا، في يونيو الماضي وبمدينة لوساكا، إلى تفاهم حول الحدود.", "لوساكا"),
        ("أبرم السودان وجنوب السودان، الأسبوع الماضي في جوبا، تفاهماً حول المعابر.", "جوبا"),
    ],
)
def test_a_framework_protocol_or_document_signed_at_a_place_is_a_held_round(
    text: str, place: str
) -> None:
    assert_one_round(text, RoundStatus.HELD, place)


def test_an_agreement_noun_after_fi_is_no_object_of_signing() -> None:
    assert not rounds_of("وقّعت الحكومة والمعارضة في الدوحة في إطار الوساطة على بيان للتهدئة.")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("وقّع الرئيسان في أوسلو، في الثالث من مايو، ما سُمّي «إعلان الشراكة».", "أوسلو"),
        ("وقّع الزعيمان في جنيف يوم الأحد ما عُرف بـ«اتفاق المبادئ» برعاية أممية.", "جنيف"),
        ("ووقّعت الحكومة والجبهة في لوساكا الشهر الماضي ما بات يُعرف باتفاق الممرات.", "لوساكا"),
    ],
)
def test_an_agreement_after_a_phrase_of_naming_is_the_object_of_signing(
    text: str, place: str
) -> None:
    """«ما سُمّي / ما عُرف بـ / ما بات يُعرف بـ» + the agreement: the verb of signing before
    them still has the agreement for its object, and the venue after the verb is the round's."""
    assert_one_round(text, RoundStatus.HELD, place)


def test_a_phrase_of_naming_after_a_verb_of_no_signing_tells_no_round() -> None:
    assert not rounds_of("وانتقد الوزيران في جنيف يوم الأحد ما سُمّي «اتفاق المبادئ».")


@pytest.mark.parametrize(
    ("text", "status", "place"),
    [
        (
            "وقبل ذلك، حين جمع الوسيط الأفريقي الرئيسَ الكونغولي ورئيسَ رواندا في لواندا، بدا"
            " أن الأزمة تقترب من نهايتها.",
            "held",
            "لواندا",
        ),
        ("ونجحت تركيا في جمع وفدي روسيا وأوكرانيا في أنطاليا الشهر الماضي.", "held", "أنطاليا"),
        ("وتسعى قطر إلى جمع وفدي روسيا وأوكرانيا في الدوحة قريباً.", "possible", "الدوحة"),
        ("وسيحاول الوسيط العماني جمع الطرفين مجدداً في مسقط قبل نهاية العام.", "possible", "مسقط"),
        (
            "وستجمع القاهرة وفدي إثيوبيا والسودان في شرم الشيخ الأسبوع المقبل.",
            "planned",
            "شرم الشيخ",
        ),
    ],
)
def test_a_verb_of_bringing_parties_together_at_a_place_is_the_round(
    text: str, status: str, place: str
) -> None:
    assert_one_round(text, RoundStatus(status), place)


@pytest.mark.parametrize(
    "text",
    [
        "جمع الجيش الإسرائيلي أدلة في غزة بعد الغارة على لبنان.",
        "وتعمل المنظمة على جمع المساعدات لإثيوبيا والسودان في جيبوتي.",
        "وشارك في القمة التي جمعت الرئيسين الروسي والأوكراني في إسطنبول عدد من الوزراء.",
    ],
)
def test_bringing_together_no_parties_or_told_of_a_round_noun_is_no_round_of_its_own(
    text: str,
) -> None:
    assert len(rounds_of(text)) <= (1 if "القمة" in text else 0)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # the city right after the finite verb, its subject, past a date adjunct
        (
            "وفي الشهر نفسه، جمعت الدوحة في مارس 2023 الرئيس الكونغولي فيليكس تشيسيكيدي"
            " والرئيس الرواندي بول كاغامي.",
            "الدوحة",
        ),
        # the city opening the clause before a past verb of managing and the verbal noun
        (
            "نيروبي نجحت في مايو 2022 في جمع الرئيس الإثيوبي آبي أحمد والرئيس الإريتري"
            " أسياس أفورقي.",
            "نيروبي",
        ),
        # the city after a past verb of coming and the purpose لـ
        ("ثم جاءت أنطاليا في 10 مارس لتجمع الروس والأوكرانيين وحدهم.", "أنطاليا"),
    ],
)
def test_a_city_bringing_parties_together_is_where_they_met(text: str, place: str) -> None:
    """A city as the subject of a verb of bringing together, with no في and a place after
    it, is the venue of the meeting it brought about (round_gathering, round_gathering_coming)."""
    assert_one_round(text, RoundStatus.HELD, place)


@pytest.mark.parametrize(
    "text",
    [
        # a country that brings parties together is a mediator, not a venue
        "ونجحت تركيا في جمع الرئيس الروسي والرئيس الأوكراني.",
        # a city as the object, one of the parties brought together
        "وقال الوزير إن بلاده تريد جمع القاهرة وأديس أبابا حول طاولة واحدة.",
    ],
)
def test_no_city_as_subject_gives_a_gathering_no_venue(text: str) -> None:
    assert all(r.place is None for r in rounds_of(text))


@pytest.mark.parametrize(
    ("text", "status", "place"),
    [
        (
            "واستضاف وزير الخارجية التركي نظيريه الروسي والأوكراني في أنطاليا يوم الخميس.",
            "held",
            "أنطاليا",
        ),
        (
            "وسيستضيف وزير الخارجية القطري نظيريه الإثيوبي والإريتري في الدوحة الأسبوع"
            " المقبل، لبحث ترسيم الحدود.",
            "planned",
            "الدوحة",
        ),
        # the gazetteer knows the city of Yunnan where such a meeting of three was held
        (
            "واستضاف وزير الخارجية الصيني نظيريه الإثيوبي والإريتري في مدينة يوشي.",
            "held",
            "يوشي",
        ),
    ],
)
def test_a_host_receiving_his_two_counterparts_at_a_place_is_a_meeting(
    text: str, status: str, place: str
) -> None:
    """A verb of hosting whose object is the host's two counterparts (نظيريه) and a place
    after its first في tells a meeting of three there, with no round noun of its own."""
    assert_one_round(text, RoundStatus(status), place)


def test_a_host_receiving_no_counterparts_is_no_meeting() -> None:
    assert not rounds_of("واستضافت جامعة قطر في الدوحة طلاباً من إثيوبيا وإريتريا.")


def test_a_round_set_against_another_by_amma_keeps_its_venue_to_itself() -> None:
    text = (
        "ومن المقرر أن تعقد اللجنتان اجتماعهما الثاني عشر في يوليو على الجانب الإريتري من"
        " الحدود. أما اللقاء الذي كان مرتقباً بين وزيري خارجية إثيوبيا وإريتريا في الدوحة"
        " فلم يحدد موعده."
    )
    found = rounds_of(text)
    twelfth = [r for r in found if r.ordinal == 12]
    assert len(twelfth) == 1
    assert twelfth[0].place is None
    assert any(r.place is not None and _same(r.place.text, "الدوحة") for r in found)


@pytest.mark.parametrize(
    "text",
    [
        "وقال المتحدث إن الاجتماعات الفنية بين السودان وجنوب السودان ستُستأنف الأسبوع المقبل في جوبا.",
        "وأوضح الوسيط أن اللقاءات بين إثيوبيا ومصر ستعقد الشهر المقبل في القاهرة.",
    ],
)
def test_a_definite_plural_resumed_or_held_to_come_at_a_venue_is_one_planned_round(
    text: str,
) -> None:
    found = only(text)
    assert found.status is RoundStatus.PLANNED
    assert found.place is not None


def test_an_indefinite_plural_to_come_is_still_no_particular_round() -> None:
    assert not rounds_of("ودعت الأمم المتحدة إلى عقد جولات جديدة بين إثيوبيا ومصر في القاهرة.")


def test_readiness_right_before_a_plural_offers_one_proposed_round() -> None:
    """مستعدة لاستضافة جولات أخرى: an offer of further rounds is one proposed round (rule 11)."""
    found = only(
        "وقالت الخارجية النرويجية إن أوسلو مستعدة لاستضافة جولات أخرى بين كولومبيا وفنزويلا."
    )
    assert found.status is RoundStatus.PROPOSED


def test_readiness_past_other_words_before_a_plural_offers_no_particular_round() -> None:
    assert not rounds_of("وأكدت قطر أنها مستعدة لاستضافة ما يلزم من جولات بين كولومبيا وفنزويلا.")


@pytest.mark.parametrize(
    "text",
    [
        "وانتقلت المحادثات بين إثيوبيا وإريتريا إلى الرياض في الجولتين الثالثة والرابعة.",
        "ثم عادت المفاوضات بين السودان وجنوب السودان إلى جوبا في الجولتين الثالثة والرابعة.",
    ],
)
def test_a_dual_with_ordinals_after_fi_names_the_rounds_its_clause_tells(text: str) -> None:
    found = sorted(rounds_of(text), key=lambda r: r.ordinal or 0)
    assert [r.ordinal for r in found] == [3, 4]
    assert all(r.status is RoundStatus.HELD and r.place is not None for r in found)


def test_a_meeting_told_after_months_of_another_is_not_that_other_round() -> None:
    text = (
        "عقدت لجنتا ترسيم الحدود الإثيوبية والإريترية، برئاسة وزيري الدفاع، اجتماعهما الحادي"
        " عشر على الحدود بين البلدين يوم الجمعة الماضي.\n\nلكن المهمة صعبة.\n\n"
        "ويأتي الاجتماع بعد أشهر من القمة التي جمعت الرئيس الإثيوبي ورئيس إريتريا في جدة"
        " في 8 مايو 2024 برعاية سعودية."
    )
    found = rounds_of(text, published="2025-04-22")
    assert sorted((r.ordinal or 0, r.place is not None) for r in found) == [(0, True), (11, False)]


def test_an_elided_earlier_round_after_bad_is_held_with_its_ordinal_and_the_same_city() -> None:
    text = (
        "وكانت المرة الأخيرة في مايو 2021، خلال المائدة المستديرة الثانية في أديس أبابا، التي"
        " جمعت إثيوبيا وإريتريا برعاية الاتحاد الأفريقي، بعد أولى عُقدت في المدينة ذاتها في"
        " يناير 2021."
    )
    found = sorted(rounds_of(text), key=lambda r: r.ordinal or 0)
    assert [(r.status, r.ordinal) for r in found] == [
        (RoundStatus.HELD, 1),
        (RoundStatus.HELD, 2),
    ]
    assert all(r.place is not None and r.place.name == "Addis Ababa" for r in found)


def test_a_round_table_with_its_article_is_a_round_noun() -> None:
    found = only(
        "ودعت الأمم المتحدة إلى عقد الطاولة المستديرة المقبلة في جنيف بين المغرب والجزائر."
    )
    assert found.status is RoundStatus.PROPOSED


@pytest.mark.parametrize(
    ("text", "status", "place"),
    [
        (
            "وتأتي الخطوة بعد نحو عامين على توقيع اتفاق الوقف الدائم للأعمال العدائية بين إثيوبيا"
            " وإريتريا في جدة.",
            "held",
            "جدة",
        ),
        (
            "وشهدت المدينة هدوءاً نسبياً منذ توقيع الاتفاق بين السودان وجنوب السودان في جوبا.",
            "held",
            "جوبا",
        ),
        (
            "واقترح الرئيس الأمريكي توقيع معاهدة السلام بين أرمينيا وأذربيجان في واشنطن قبل"
            " نهاية العام.",
            "proposed",
            "واشنطن",
        ),
    ],
)
def test_the_verbal_noun_of_signing_an_agreement_at_a_city_is_a_round(
    text: str, status: str, place: str
) -> None:
    assert_one_round(text, RoundStatus(status), place)


@pytest.mark.parametrize(
    "text",
    [
        "ويطالب الطرفان بتوقيع اتفاق حول المعابر بين إثيوبيا وإريتريا في إقليم تيغراي.",
        "ودعا الرئيس المصري نظيره الأمريكي لحضور احتفالية توقيع الاتفاق بين إسرائيل وحماس.",
        "ولم يتم توقيع الاتفاق بين إثيوبيا وإريتريا في جدة.",
    ],
)
def test_signing_with_no_city_or_not_told_as_done_or_proposed_is_no_round(text: str) -> None:
    assert not rounds_of(text)


@pytest.mark.parametrize(
    ("text", "status", "place"),
    [
        (
            "وهدأت المعارك بعد توقيع الحكومة والمتمردين «اتفاق السلام» في لوساكا في أكتوبر 2021.",
            "held",
            "لوساكا",
        ),
        (
            "ولم تسجل أي اشتباكات منذ توقيع رئيسي البلدين الاتفاق في أديس أبابا.",
            "held",
            "أديس أبابا",
        ),
        (
            "وعاد الوزير إلى بلاده بعد توقيع وزير الخارجية مع نظيره الكيني مذكرة التفاهم في نيروبي.",
            "held",
            "نيروبي",
        ),
        (
            "وتوّج الرئيسان محادثاتهما بإبرام المعاهدة في جوبا.",
            "held",
            "جوبا",
        ),
    ],
)
def test_the_verbal_noun_of_signing_past_its_subject_in_construct_is_a_round(
    text: str, status: str, place: str
) -> None:
    assert_one_round(text, RoundStatus(status), place)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "وتحسنت العلاقات بين البلدين بعد توقيع «إعلان لوساكا» بين الكونغو ورواندا في مايو 2022.",
            "لوساكا",
        ),
        ("وكانت أرمينيا وأذربيجان قد وقّعتا «اتفاق نيروبي» قبل عامين برعاية أفريقية.", "نيروبي"),
        (
            "وتحسنت العلاقات بعد توقيع «إعلان لوساكا» بين الكونغو ورواندا في جنيف في مايو 2022.",
            "جنيف",
        ),  # a venue told after the agreement wins over the city that names it
    ],
)
def test_signing_an_agreement_named_by_a_city_is_a_round_held_there(text: str, place: str) -> None:
    assert_one_round(text, RoundStatus.HELD, place)


@pytest.mark.parametrize(
    "text",
    [
        "وتحسنت العلاقات بين البلدين بعد توقيع «إعلان دارفور» بين السودان وتشاد في مايو 2022.",
        "وكانت أرمينيا وأذربيجان قد وقّعتا «اتفاق كاراباخ» قبل عامين برعاية أفريقية.",
    ],
)
def test_signing_an_agreement_named_by_a_region_is_no_round(text: str) -> None:
    assert not rounds_of(text)


@pytest.mark.parametrize(
    ("text", "status", "place"),
    [
        (
            "ومن المقرر أن يوقّع الطرفان في نيروبي اتفاق السلام الأسبوع المقبل.",
            "planned",
            "نيروبي",
        ),
        (
            "ومن المقرر أن توقّع الحكومة والمتمردون اتفاق السلام في نيروبي الأسبوع المقبل.",
            "planned",
            "نيروبي",
        ),
        ("وسيوقّع الرئيسان معاهدة السلام في أروشا يوم الخميس.", "planned", "أروشا"),
        ("واقترحت كينيا أن يوقّع الطرفان الاتفاق في مومباسا.", "proposed", "مومباسا"),
        ("ويُنتظر أن يبرم الجانبان اتفاق الهدنة في الدوحة الشهر المقبل.", "planned", "الدوحة"),
    ],
)
def test_a_signing_to_come_told_by_the_present_or_future_takes_its_cue_status(
    text: str, status: str, place: str
) -> None:
    assert_one_round(text, RoundStatus(status), place)


@pytest.mark.parametrize(
    "text",
    [
        "ويأمل الوسطاء أن يوقّع الطرفان الاتفاق في أروشا.",
        "وتوقع الخبراء أن يُستأنف الحوار قريباً.",
        "ويوقّع الموظفون على سجل الحضور في مقر الوزارة في نيروبي كل صباح.",
        "وبعد توقيع الرئيس على المرسوم في القصر الجمهوري، تغيّر الوضع.",
        "ويأمل الطرفان توقيع الحكومة والمتمردين اتفاق سلام قريباً.",
    ],
)
def test_a_signing_hoped_for_or_of_no_agreement_is_no_round(text: str) -> None:
    assert not rounds_of(text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("وذكّر الوسيط بقمة أروشا التي وقّع فيها الرئيسان اتفاق السلام.", "أروشا"),
        ("وذكّر الوسيط بقمة أروشا عام 2019 التي وقّع فيها الرئيسان اتفاق السلام.", "أروشا"),
        (
            "وكانت القمة التي وقّعت فيها الحكومة والمتمردون اتفاق السلام قد عُقدت في لوساكا"
            " عام 2019.",
            "لوساكا",
        ),
    ],
)
def test_a_signing_in_a_relative_clause_on_a_round_noun_is_that_round(
    text: str, place: str
) -> None:
    assert_one_round(text, RoundStatus.HELD, place)


@pytest.mark.parametrize(
    "text",
    [
        "وتطالب اللجنة منذ توقيع اتفاق الهدنة في أروشا بانسحاب القوات الأجنبية.",
        "ويدعو الوسطاء بعد توقيع الاتفاق في جوبا إلى تنفيذ بنوده.",
    ],
)
def test_a_signing_noun_after_since_or_after_is_held_whatever_cue_stands_before(
    text: str,
) -> None:
    assert_one_round(text, RoundStatus.HELD, "أروشا" if "أروشا" in text else "جوبا")


def test_a_subjunctive_of_moving_after_qabla_an_in_a_past_story_tells_held_rounds() -> None:
    text = (
        "وانطلقت المفاوضات بين إثيوبيا وإريتريا في جدة، ثم انتقلت الجولة الثانية إلى الرياض في"
        " مارس، قبل أن تعود المحادثات لجدة في الجولتين الثالثة والرابعة."
    )
    found = {r.ordinal: r for r in rounds_of(text, published="2025-06-01")}
    assert found[2].place is not None
    assert found[2].place.name == "Riyadh"
    for ordinal in (3, 4):
        assert found[ordinal].status is RoundStatus.HELD
        assert found[ordinal].place is not None
        assert found[ordinal].place.name == "Jeddah"


@pytest.mark.parametrize(
    "text",
    [
        "ويعود آخر لقاء بين إثيوبيا وإريتريا إلى 14 سبتمبر 2023.",
        "وتعود المفاوضات بين إثيوبيا وإريتريا إلى نقطة الصفر.",
    ],
)
def test_a_present_of_moving_to_no_place_or_outside_a_past_story_tells_no_round(
    text: str,
) -> None:
    assert not rounds_of(text, published="2025-06-01")


def test_a_place_past_the_next_round_noun_after_a_comma_is_that_rounds_venue() -> None:
    text = (
        "انطلق مسار الحوار بين حكومة الفلبين والجبهة الوطنية الديمقراطية في نوفمبر 2022 من"
        " أوسلو، حيث عُقدت الجولة الأولى، قبل أن تنتقل الجولة الثانية إلى لاهاي في"
        " فبراير 2023."
    )
    found = rounds_of(text, published="2025-06-01")
    assert any(r.ordinal == 2 and r.place and r.place.name == "The Hague" for r in found)
    assert all(r.place is None or r.place.name != "The Hague" for r in found if r.ordinal == 1)


def test_weak_mention_with_another_date_joins_no_round_at_its_place() -> None:
    """A round named by its place only joins the round told there when their dates agree:
    a wider meeting there next month is not the meeting held there in July 2024."""
    text = (
        "التقى زعيما القبارصة اليونانيين والقبارصة الأتراك في نيويورك في يوليو 2024 برعاية "
        "الأمين العام للأمم المتحدة.\n\nوأعربت المبعوثة الأممية عن أملها في أن تمهد المشاورات "
        "الجارية لاجتماع موسع في نيويورك الشهر المقبل."
    )
    held = [r for r in rounds_of(text, "2025-06-01") if r.status is RoundStatus.HELD]
    assert len(held) == 1
    assert all("الشهر المقبل" not in text[m.start : m.end] for m in held[0].mentions)


# -- every person, number and tense of the cue verbs (composed, other conflicts) ----


@pytest.mark.parametrize(
    ("text", "status", "place"),
    [
        ("سنستأنف المفاوضات مع الحكومة الكولومبية في هافانا الشهر المقبل.", "planned", "هافانا"),
        ("سنستضيف الجولة الثالثة من المحادثات في نيروبي.", "planned", "نيروبي"),
        ("سيستأنفون المحادثات في أديس أبابا الأسبوع المقبل.", "planned", "أديس أبابا"),
        ("سنجري جولة محادثات جديدة مع المتمردين في كمبالا.", "planned", "كمبالا"),
        ("سيجرون جولة محادثات جديدة في كمبالا.", "planned", "كمبالا"),
        ("ستختتم جولة المحادثات في طشقند أعمالها مساء الخميس.", "planned", "طشقند"),
        ("قررنا عقد الجولة المقبلة من المحادثات في داكار.", "planned", "داكار"),
        ("سيتوجهان إلى الدوحة لإجراء محادثات جديدة.", "planned", "الدوحة"),
        ("الوفدان يعقدان اليوم جولة محادثات في مينسك.", "held", "مينسك"),
        ("يعقدون جولة محادثات في مينسك اليوم.", "held", "مينسك"),
    ],
)
def test_every_person_and_number_of_a_verb_of_holding_states_the_status(
    text: str, status: str, place: str
) -> None:
    assert_one_round(text, RoundStatus(status), place)


@pytest.mark.parametrize(
    "text",
    [
        "أرجأنا جولة المفاوضات التي كانت مقررة في بانغي.",
        "ألغينا جولة المفاوضات التي كانت مقررة في بانغي.",
    ],
)
def test_a_side_calling_off_its_round_in_the_first_person_cancels_it(text: str) -> None:
    assert only(text).status is RoundStatus.CANCELLED


@pytest.mark.parametrize(
    "text",
    [
        "لا نستبعد عقد جولة جديدة من المحادثات في أديس أبابا.",
        "لا يستبعدون عقد جولة جديدة من المحادثات في أديس أبابا.",
        "لا نمانع عقد جولة جديدة من المحادثات في أديس أبابا.",
        "نرجح أن تعقد جولة جديدة من المحادثات في أديس أبابا.",
    ],
)
def test_likelihood_in_every_person_states_a_possible_round(text: str) -> None:
    assert_one_round(text, RoundStatus.POSSIBLE, "أديس أبابا")


@pytest.mark.parametrize(
    ("text", "status", "place"),
    [
        ("أنهت الحكومة والمتمردون جولة المفاوضات في أروشا.", "held", "أروشا"),
        ("أنهوا جولة المفاوضات الثالثة في أروشا.", "held", "أروشا"),
        ("ستنهي الوفود جولة المحادثات في أروشا غداً.", "planned", "أروشا"),
        ("وصلتا إلى القاهرة لإجراء محادثات مع الوسطاء.", "held", "القاهرة"),
        ("سيصلون إلى القاهرة غداً لإجراء محادثات مع الوسطاء.", "planned", "القاهرة"),
    ],
)
def test_ending_and_arriving_in_every_person_state_the_status(
    text: str, status: str, place: str
) -> None:
    assert_one_round(text, RoundStatus(status), place)


@pytest.mark.parametrize(
    "text",
    [
        "طالبوا بعقد جولة جديدة من المفاوضات في أديس أبابا.",
        "طالبت المعارضة بعقد جولة جديدة من المفاوضات في أديس أبابا.",
        "حث الاتحاد الأفريقي على عقد جولة جديدة من المفاوضات في أديس أبابا.",
        "ناشدت الأمم المتحدة الطرفين استئناف المفاوضات في أديس أبابا.",
    ],
)
def test_a_call_for_holding_a_round_in_every_person_proposes_it(text: str) -> None:
    assert_one_round(text, RoundStatus.PROPOSED, "أديس أبابا")


def test_a_demand_told_during_a_round_held_leaves_it_held() -> None:
    text = "عقدت جولة جديدة من المفاوضات في أديس أبابا طالب خلالها الوفد بالإفراج عن المعتقلين."
    assert_one_round(text, RoundStatus.HELD, "أديس أبابا")


@pytest.mark.parametrize(
    ("text", "status", "place"),
    [
        ("أرسلوا وفداً إلى الدوحة لإجراء محادثات مع الوسطاء.", "held", "الدوحة"),
        ("أوفدوا وفداً إلى الدوحة لإجراء محادثات مع الوسطاء.", "held", "الدوحة"),
        ("سنرسل وفداً إلى الدوحة لإجراء محادثات مع الوسطاء.", "planned", "الدوحة"),
        ("سيرسلان وفدين إلى الدوحة لإجراء محادثات مع الوسطاء.", "planned", "الدوحة"),
        ("زارتا القاهرة لإجراء محادثات مع الوسطاء.", "held", "القاهرة"),
    ],
)
def test_sending_and_visiting_in_every_person_state_the_round(
    text: str, status: str, place: str
) -> None:
    assert_one_round(text, RoundStatus(status), place)


def test_sending_a_letter_is_no_round() -> None:
    assert not rounds_of("أرسلوا رسالة إلى الوسطاء بشأن المحادثات.")


@pytest.mark.parametrize(
    "text",
    [
        "تأجلت جولة المحادثات التي كانت مقررة الشهر الماضي بسبب تصاعد القتال في الحديدة.",
        "أُلغي اجتماع الوسطاء الذي كان مقرراً في يونيو جراء المعارك في الفاشر.",
        "أرجئت الجولة الثالثة من المفاوضات على خلفية هجوم في مأرب.",
    ],
)
def test_a_place_in_the_rounds_cause_is_not_its_venue(text: str) -> None:
    found = only(text)
    assert found.status is RoundStatus.CANCELLED
    assert found.place is None


def test_a_venue_before_the_cause_stays_the_venue() -> None:
    text = "ألغيت جولة المحادثات التي كانت مقررة في عمّان بسبب الاشتباكات في درعا."
    assert_one_round(text, RoundStatus.CANCELLED, "عمّان")


@pytest.mark.parametrize(
    ("text", "status", "place"),
    [
        (
            "ولم يستبعد مسؤول أوروبي عقد لقاء ثلاثي يجمع ممثلين عن إثيوبيا والسودان ومصر، ربما في نيروبي.",
            "possible",
            "نيروبي",
        ),
        (
            "اقترح الوسيط عقد اجتماع موسع جديد بمشاركة الدول المجاورة الثلاث، كينيا وأوغندا وتنزانيا، ربما في كمبالا خلال الصيف.",
            "proposed",
            "كمبالا",
        ),
    ],
)
def test_the_venue_is_reached_past_the_rounds_list_of_parties(
    text: str, status: str, place: str
) -> None:
    assert_one_round(text, RoundStatus(status), place)


def test_a_place_past_a_contrast_after_the_parties_is_not_reached() -> None:
    text = (
        "بدأت مفاوضات المرحلة الثانية بين الحكومة والمتمردين في الأسبوع الأول من الهدنة، "
        "لكن وفد الحكومة السودانية لم يتوجه بعد إلى جوبا."
    )
    assert all(r.place is None or not _same(r.place.text, "جوبا") for r in rounds_of(text))


@pytest.mark.parametrize(
    ("text", "ordinal"),
    [
        ("انتهت في جدة جولة المحادثات المباشرة الثالثة بين الطرفين.", 3),
        ("انتهت جولة المفاوضات غير المباشرة الخامسة التي استضافتها الدوحة.", 5),
        ("عقدت جولة محادثات مباشرة ثانية في جوبا.", 2),
    ],
)
def test_an_ordinal_after_the_talks_adjectives_is_the_rounds(text: str, ordinal: int) -> None:
    assert only(text).ordinal == ordinal


def test_an_indefinite_adjective_does_not_take_a_definite_ordinal() -> None:
    found = rounds_of("عقدت جولة محادثات مباشرة في جوبا الثانية من نوعها.")
    assert all(r.ordinal is None for r in found)


def test_a_noun_of_calling_off_in_a_list_after_the_round_is_not_its_status() -> None:
    text = (
        "أسبوع المفاوضات: جولة ثالثة في جنيف، وتبادل بين صنعاء ومأرب، وتأجيل في الحديدة\n"
        "اختتمت الخميس في جنيف الجولة الثالثة من المحادثات بين الحكومة والحوثيين."
    )
    found = only(text)
    assert (found.status, found.ordinal) == (RoundStatus.HELD, 3)


def test_a_verb_of_calling_off_after_the_round_still_cancels_it() -> None:
    assert (
        only("الجولة الثالثة من المحادثات في جنيف أُرجئت إلى موعد لاحق.").status
        is RoundStatus.CANCELLED
    )


def test_a_counted_round_proposed_later_is_not_the_meeting_proposed_before() -> None:
    text = (
        "أكد المستشار أن الاتحاد الأوروبي يعمل على ترتيب لقاء بين الرئيسين في بروكسل "
        "لتوقيع الاتفاق، دون أن يحدد موعدا.\n"
        "اقترح الوسيط التركي عقد الجولة الخامسة مطلع مارس المقبل لبحث البنود المتبقية."
    )
    found = sorted(((r.ordinal or 0), r.place and r.place.text) for r in rounds_of(text))
    assert found == [(0, "بروكسل"), (5, None)]


@pytest.mark.parametrize(
    "text",
    [
        "التقى الوفدان للمرة الأولى في المدينة الكينية ووقعا إعلان المبادئ.",
        "التقى الوفدان في المدينة المصرية وأصدرا بياناً مشتركاً.",
    ],
)
def test_a_verb_joined_by_waw_after_a_city_noun_and_its_adjective_is_no_city(text: str) -> None:
    assert all(r.place is None for r in rounds_of(text))


def test_a_name_after_a_city_noun_and_its_adjective_is_still_the_city() -> None:
    assert_one_round("التقى الوفدان في العاصمة الكينية نيروبي.", RoundStatus.HELD, "نيروبي")


def test_a_round_arranged_that_may_be_held_is_possible() -> None:
    text = (
        "تعمل الوساطة على ترتيب جولة جديدة من المحادثات غير المباشرة بين الحكومة "
        "والمتمردين قد تعقد في جوبا قبل نهاية الشهر."
    )
    assert_one_round(text, RoundStatus.POSSIBLE, "جوبا")


def test_a_round_arranged_with_no_clause_of_its_own_stays_proposed() -> None:
    assert_one_round(
        "تعمل الوساطة على ترتيب جولة جديدة من المحادثات في جوبا.", RoundStatus.PROPOSED, "جوبا"
    )


# -- sessions (جلسة) ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("عقدت لجنة الحدود المشتركة بين مصر والسودان جلستها الثالثة في الخرطوم يوم الأحد.", "held"),
        ("لم تكن جلسة اللجنة الأمنية التي انعقدت الخميس في مقر البعثة بطرابلس جلسة عادية.", "held"),
        (
            "اقترح الوسطاء عقد جلسة مباشرة بين رئيسي وفدي كولومبيا والمتمردين يوم الأحد المقبل.",
            "proposed",
        ),
        ("وأفادت مصادر أن الجلسة المقبلة للجنة مقررة في العاشر من كانون الثاني.", "planned"),
        ("أما الجلسة التي كانت مقررة مطلع آذار بين كوسوفو وصربيا فقد أرجئت.", "cancelled"),
    ],
)
def test_a_session_of_the_parties_or_their_body_is_a_round(text: str, status: str) -> None:
    found = only("تتواصل الوساطة بين الحكومة والمعارضة في السودان وجنوب السودان.\n" + text)
    assert found.status is RoundStatus(status)


@pytest.mark.parametrize(
    "text",
    [
        "وقال رئيس الوزراء الأرميني خلال جلسة للحكومة في يريفان إن أذربيجان تماطل.",
        "وقال الوسيط الكيني في بيان عقب الجلسة الختامية إن المواقف متباعدة بين السودان وجنوب السودان.",
        "وتحدث المندوب الروسي عقب الجلسة عن موقف أوكرانيا.",
    ],
)
def test_a_session_of_a_government_or_a_part_of_a_programme_is_no_round(text: str) -> None:
    assert (
        rounds_of("تتواصل الوساطة بين الحكومة والمعارضة في السودان وجنوب السودان.\n" + text) == []
    )


@pytest.mark.parametrize(
    "summit",
    ["القمة الأفريقية المقبلة", "القمة الإفريقية المقبلة", "قمة أفريقية طارئة"],
)
def test_the_african_summit_is_the_forums_gathering_as_the_arab_one(summit: str) -> None:
    text = (
        "اقترح الوسطاء عقد لقاء بين رئيسي جنوب السودان والسودان برعاية كينية.\n\n"
        f"ولم يتضح بعد ما إذا كانت {summit} في أديس أبابا ستشهد أي تحرك، إذ من المحتمل "
        "أن يلتقي الرئيسان على هامشها."
    )
    assert [r.place for r in rounds_of(text, published="2026-01-20")] == [None]


@pytest.mark.parametrize(
    "text",
    [
        "وعقد الكابينت الإسرائيلي اجتماعاً طارئاً الليلة الماضية لبحث صفقة الأسرى مع حماس.",
        "وقال مسؤول إسرائيلي عقب اجتماع الكابينت إن إسرائيل لن توافق على وقف الحرب.",
        "وأجرى المبعوث الأممي جولة تفقدية في مخيمات اللاجئين السودانيين في تشاد.",
        "وبدأ وزير الخارجية الإيراني جولة آسيوية تشمل بكين وطوكيو.",
        "واستضافت أديس أبابا قمة كروية بين منتخبي البلدين الأسبوع الماضي.",
    ],
)
def test_a_cabinet_an_inspection_or_asian_tour_and_a_football_summit_are_no_rounds(
    text: str,
) -> None:
    assert rounds_of(text, published="2025-06-01") == []


@pytest.mark.parametrize(
    "text",
    [
        "وقال وزير خارجية جنوب السودان بعد عودته من جولة شملت واشنطن وأديس أبابا إن الحوار مستمر.",
        "ويبدأ المبعوث الأممي إلى ليبيا غداً جولة تشمل القاهرة وتونس والجزائر.",
        "واختتم وزير الخارجية الأرميني جولته التي قادته إلى باريس وبروكسل.",
        "ويبدأ المبعوث الأمريكي إلى السودان جولة تشمل عدة عواصم عربية.",
    ],
)
def test_a_tour_of_places_is_no_round(text: str) -> None:
    assert rounds_of(text, published="2025-06-01") == []


#: A sentence that makes a composed text one about negotiations (the extractor reads none
#: in a text about nothing of the kind).
TALKS_CONTEXT = "تتواصل المفاوضات بين جورجيا وروسيا برعاية أوروبية.\n"


@pytest.mark.parametrize(
    "text",
    [
        "وتطالب تبليسي بخروج القوات الروسية من أبخازيا وفق التزامات قمة لشبونة لعام 1996.",
        "وقد تأسست الهيئة المشتركة بموجب مخرجات مؤتمر باريس الثاني في ربيع 2019.",
        "وجدد بيان قمة نواكشوط في مارس الماضي الدعوة إلى الإفراج عن المعتقلين.",
    ],
)
def test_a_summit_named_as_the_origin_of_a_document_is_no_round(text: str) -> None:
    assert rounds_of(TALKS_CONTEXT + text, published="2025-06-01") == []


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "ورحّب الطرفان بنتائج الجولة الثالثة من المحادثات بين أرمينيا وأذربيجان في فيينا.",
            "فيينا",
        ),
        ("وجاء في بيان القمة التي جمعت الرئيسين في باكو أن الحدود ستُرسم قريباً.", "باكو"),
    ],
)
def test_the_outcome_of_talks_or_of_a_summit_told_as_a_meeting_is_still_a_round(
    text: str, place: str
) -> None:
    assert_one_round(TALKS_CONTEXT + text, RoundStatus.HELD, place)


def test_a_round_that_takes_up_a_topic_is_still_a_round() -> None:
    text = "وعقد وفدا الحكومة اليمنية والحوثيين جولة شملت بحث ملف الأسرى في مسقط."
    assert [r.place.name for r in rounds_of(text) if r.place] == ["Muscat"]


def test_a_session_of_a_round_told_is_that_round() -> None:
    text = (
        "اختتم الوفدان السوداني والجنوب سوداني جولتهما الخامسة من المفاوضات في جوبا، "
        "بعد جلسة لم تتجاوز ساعة واحدة."
    )
    found = only(text)
    assert found.ordinal == 5


def test_the_first_session_of_a_round_gives_the_round_its_ordinal() -> None:
    text = (
        "انتهت الجلسة الأولى من الجولة الرابعة من المحادثات بين الحكومة الإثيوبية "
        "وجبهة تحرير تيغراي في نيروبي."
    )
    found = only(text)
    assert (found.status, found.ordinal) == (RoundStatus.HELD, 4)


@pytest.mark.parametrize(
    "sitting",
    [
        "١١:٠٥ — بدأت الجلسة الأولى برئاسة الوزيرين في قاعة المؤتمرات.",
        "١٢:٣٠ — اختُتمت الجلسة الثانية بعد أربع ساعات من النقاش.",
    ],
)
def test_a_numbered_sitting_of_the_meeting_told_is_no_first_or_second_round(sitting: str) -> None:
    text = (
        "وصل وزير الخارجية الإريتري إلى الدوحة للمشاركة في الاجتماع السادس للجنة "
        "المشتركة مع جيبوتي.\n" + sitting
    )
    assert [(r.status, r.ordinal) for r in rounds_of(text)] == [(RoundStatus.HELD, 6)]


def test_a_numbered_session_of_a_series_of_its_own_keeps_its_number() -> None:
    text = (
        "تتواصل الوساطة بين الحكومة والمعارضة في جنوب السودان.\n"
        'وأُرجئت الجلسة الثالثة من "الحوار الوطني"، التي كانت مقررة في جوبا الأسبوع الماضي.'
    )
    found = rounds_of(text, published="2026-02-01")
    assert [(r.status, r.ordinal) for r in found] == [(RoundStatus.CANCELLED, 3)]


# -- a sports report ---------------------------------------------------------------


def test_a_fixture_of_two_national_teams_in_a_sports_report_is_no_round() -> None:
    text = (
        "تصدر الأهلي الدوري بعد فوزه في المباراة على ملعب القاهرة، وقال المدرب إن اللاعب "
        "المصاب سيغيب عن الشوط الأول من اللقاء المقبل.\n"
        "ويلتقي المنتخب المصري نظيره السوداني وديا في القاهرة، قبل أن تنطلق الجولة "
        "الخامسة في العاشر من أكتوبر بمواجهة بين الأهلي والزمالك."
    )
    assert rounds_of(text) == []


# -- readiness offered (مستعد) -------------------------------------------------------

#: A first line that makes the document one about negotiating parties.
CONTEXT = "تتواصل الوساطة بين الحكومة والمعارضة في السودان وجنوب السودان.\n"


# -- an agreement reached in the passive periphrasis (تم / جرى التوصل إليه) ----------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("وأفرج عن مئات الأسرى بعد اتفاق تم التوصل إليه في جنيف في مارس.", "Geneva"),
        ("وأطلق سراح المعتقلين بموجب تفاهمات جرى التوصل إليها في نيروبي.", "Nairobi"),
    ],
)
def test_an_agreement_reached_with_tamma_at_a_place_is_a_round_held_there(
    text: str, place: str
) -> None:
    found = only(CONTEXT + text)
    assert found.status is RoundStatus.HELD
    assert found.place is not None
    assert found.place.name == place


def test_tamma_before_reaching_no_agreement_tells_no_round() -> None:
    assert rounds_of(CONTEXT + "وقال الوسيط إنه تم التوصل إلى تقدم في المحادثات.") == []


@pytest.mark.parametrize(
    "text",
    [
        "وقال الرئيس الإثيوبي إنه مستعد للقاء الرئيس الإريتري في أي مكان.",
        "وأعلن وزير الخارجية الكيني أن بلاده مستعدة لرعاية حوار شامل بين حكومة جنوب السودان والمعارضة.",
        "وقال قائد الجيش السوداني إنه مستعد “لحوار مباشر” مع قائد الدعم السريع.",
    ],
)
def test_readiness_to_meet_or_to_sponsor_a_dialogue_proposes_a_round(text: str) -> None:
    assert only(CONTEXT + text).status is RoundStatus.PROPOSED


@pytest.mark.parametrize(
    "text",
    [
        "وقال الرئيس القبرصي إنه مستعد للعودة إلى طاولة المفاوضات مع تركيا.",
        "وقال قائد الحركة إن مقاتليه «مستعدون للعودة إلى الطاولة» متى دعاهم الوسيط.",
        "وأكدت الخرطوم أنها مستعدة للعودة إلى طاولة الحوار دون شروط مع المعارضة.",
    ],
)
def test_readiness_to_go_back_to_the_table_proposes_a_round(text: str) -> None:
    """The table stands for the talks: ready to go back to it is an offer (rule 11), a round
    of its own, not the last round told before it."""
    found = rounds_of(CONTEXT + "وانتهت جولة في جدة الشهر الماضي دون اتفاق.\n" + text)
    assert [r.status for r in found] == [RoundStatus.HELD, RoundStatus.PROPOSED]


@pytest.mark.parametrize(
    "text",
    [
        "وقال المسؤول إن النازحين مستعدون للعودة إلى ديارهم في جنوب السودان.",
        "وقالت الحكومة الكولومبية إنها مستعدة لبدء المشاورات بشأن موعد التوقيع.",
        "وقالت الحكومة السودانية إنها مستعدة لتقديم تنازلات في المحادثات مع جنوب السودان.",
    ],
)
def test_readiness_for_anything_else_proposes_no_round(text: str) -> None:
    assert rounds_of(CONTEXT + text) == []


@pytest.mark.parametrize(
    "text",
    [
        'وأصدر الطرفان بيانا دعا إلى حل النزاع الحدودي "عبر المفاوضات".',
        "وأصدرت الجامعة بيانا دعا إلى تسوية الخلاف عبر المفاوضات المباشرة.",
        "وكان المجلس قد دعا إلى حل القضية عن طريق المفاوضات.",
    ],
)
def test_talks_named_as_the_means_of_a_settlement_are_no_round(text: str) -> None:
    """عبر / من خلال / عن طريق before the talks names the way to settle something: the call
    is for the settlement, no particular round is proposed."""
    assert rounds_of(CONTEXT + text) == []


@pytest.mark.parametrize(
    "text",
    [
        "وقال مسؤول أمريكي إن واشنطن تدفع باتجاه لقاء يجمع الرئيسين في نيروبي قبل نهاية العام.",
        "وأضاف أن الاتحاد الأفريقي يدفع نحو قمة ثلاثية بين قادة السودان وجنوب السودان.",
    ],
)
def test_pushing_for_a_meeting_proposes_it(text: str) -> None:
    assert only(CONTEXT + text).status is RoundStatus.PROPOSED


@pytest.mark.parametrize(
    "text",
    [
        "وتُطرح في أروقة الوساطة فكرة جولة سودانية شاملة تستضيفها الدوحة مطلع العام المقبل.",
        "وطرح المبعوث خلال زيارته فكرة اجتماع ثلاثي يُعقد في جوبا الشهر المقبل.",
    ],
)
def test_the_idea_of_a_round_put_forward_proposes_it(text: str) -> None:
    """فكرة before the round after a verb of proposing: the idea is what is put forward, so
    the round is proposed, not planned by the verb of its own relative clause."""
    assert only(CONTEXT + text).status is RoundStatus.PROPOSED


def test_the_idea_of_a_round_that_may_be_held_is_possible() -> None:
    found = only(CONTEXT + "وطرح الوسطاء فكرة جولة جديدة قد تُعقد في جيبوتي قبل الصيف.")
    assert found.status is RoundStatus.POSSIBLE


# -- formats (منبر جدة، مسار برلين): data/gazetteer/formats.json ------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a round of a format with a fixed venue and no place of its own is held there
        (
            "وتتواصل مساعي الوساطة بين الطرفين. انطلقت الجولة الخامسة من منبر جدة يوم السبت "
            "بين وفدي الجيش وقوات الدعم السريع.",
            "Jeddah",
        ),
        (
            "وتتواصل مساعي الوساطة بين جورجيا وروسيا. عقدت جولة جديدة من مناقشات جنيف الدولية "
            "يوم الأربعاء.",
            "Geneva",
        ),
        (
            "وتتواصل مساعي التهدئة على الحدود بين لبنان وإسرائيل. وعقد الاجتماع السابع لآلية "
            "الناقورة يوم الجمعة بحضور ضباط من الجانبين.",
            "Naqoura",
        ),
        (
            "وتتواصل المحادثات بين حكومة جنوب السودان والمعارضة. واستأنف الطرفان محادثات مبادرة "
            "تومايني يوم الاثنين.",
            "Nairobi",
        ),
        # … and a place the text names wins over the format's own city
        (
            "وتتواصل المفاوضات بين روسيا وتركيا وإيران. عقدت الجولة الثانية عشرة من مسار "
            "أستانا في طهران يوم الخميس.",
            "Tehran",
        ),
    ],
)
def test_a_round_of_a_format_takes_its_fixed_venue_unless_the_text_names_one(
    text: str, place: str
) -> None:
    found = only(text)
    assert found.place is not None
    assert found.place.name == place


@pytest.mark.parametrize(
    "text",
    [
        # a format with no fixed venue, or named after a city it does not meet in
        "وتتواصل المفاوضات بين أوكرانيا وروسيا. عقد قادة صيغة نورماندي اجتماعاً يوم الاثنين.",
        "وتتواصل الوساطة بين الأطراف الليبية. عقد الطرفان جولة جديدة في إطار مسار برلين يوم الأحد.",
        "وتتواصل الوساطة بين أرمينيا وأذربيجان. عقد الرؤساء المشاركون لمجموعة مينسك اجتماعاً أمس.",
    ],
)
def test_a_format_with_no_fixed_venue_gives_none(text: str) -> None:
    found = only(text)
    assert found.place is None


def test_a_city_a_format_is_named_after_is_not_a_venue_of_its_rounds() -> None:
    text = (
        "وتتواصل المفاوضات بين أرمينيا وأذربيجان. وعقد الوزيران اجتماعاً في إطار مجموعة "
        "مينسك يوم الثلاثاء."
    )
    assert only(text).place is None


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "وتتواصل المساعي بين الحكومة الإثيوبية والجبهة. وكانت جولة أولى من المحادثات قد "
            "انتهت بتوقيع «اتفاق بريتوريا» في نوفمبر 2022.",
            "Pretoria",
        ),
        (
            "وتتواصل الوساطة بين الصومال وإثيوبيا. وعقد الطرفان جولة أولى في ديسمبر 2024 أفضت "
            "إلى «إعلان أنقرة».",
            "Ankara",
        ),
        (
            "وتتواصل الوساطة بين الجيش وقوات الدعم السريع. ويعود المسار إلى مايو 2023، حين "
            "التقى الوفدان للمرة الأولى ووقعا «إعلان جدة» لحماية المدنيين.",
            "Jeddah",
        ),
    ],
)
def test_a_held_round_that_ended_in_an_agreement_named_by_its_city_was_held_there(
    text: str, place: str
) -> None:
    found = only(text)
    assert found.status is RoundStatus.HELD
    assert found.place is not None
    assert found.place.name == place


def test_an_agreement_only_talked_about_gives_no_venue() -> None:
    text = (
        "وتتواصل الوساطة بين الصومال وإثيوبيا. وعقد الطرفان جولة أولى في أبريل قبل أن "
        "يتحدثا عن «إعلان أنقرة»."
    )
    assert only(text).place is None


# -- a round told by its breaking down -----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "انطلقت المحادثات في جوبا في مارس 2023، قبل أن تتعثر جولتها الثانية في أكتوبر من العام نفسه.",
        "ويذكر أن الوسطاء عقدوا جولة أولى في مايو، وأسفرت عن هدنة قصيرة، قبل أن تنهار جولة ثانية في أواخر العام.",
    ],
)
def test_a_round_faltering_after_qabla_an_in_a_past_story_was_held(text: str) -> None:
    found = [r for r in rounds_of(text) if r.ordinal == 2]
    assert [r.status for r in found] == [RoundStatus.HELD]


def test_the_collapse_of_a_particular_round_tells_it_was_held() -> None:
    text = (
        "لم يكن انهيار الجولة الرابعة من المحادثات بين الحكومة الإثيوبية وجبهة تحرير "
        "تيغراي في نيروبي مفاجئاً."
    )
    found = only(text)
    assert (found.status, found.ordinal) == (RoundStatus.HELD, 4)


@pytest.mark.parametrize(
    "text",
    [
        "ويحذر مراقبون من انهيار المفاوضات بين السودان وجنوب السودان.",
        "يخشى الوسطاء أن تنهار المحادثات بين إثيوبيا وإريتريا في أي لحظة.",
    ],
)
def test_a_collapse_feared_or_of_talks_in_general_is_no_round(text: str) -> None:
    assert rounds_of(text) == []


def test_a_round_named_by_the_pronoun_of_a_format_told_before_it_meets_at_its_venue() -> None:
    text = (
        "وتتواصل المساعي بين لبنان وإسرائيل. وما زالت آلية الناقورة تعمل رغم التوتر، وقد "
        "عُقد اجتماعها الأخير في مارس."
    )
    found = only(text)
    assert found.place is not None
    assert found.place.name == "Naqoura"


def test_a_format_followed_by_a_second_city_names_the_parties_not_the_format() -> None:
    text = "وتتواصل المساعي بين الطرفين اليمنيين. عقدت جولة جديدة من محادثات مسقط وصنعاء يوم الأحد."
    assert only(text).place is None


def test_an_agreement_between_a_format_and_the_pronoun_of_its_round_is_no_antecedent() -> None:
    text = (
        "وتتواصل المساعي بين لبنان وإسرائيل. وعادت آلية الناقورة إلى الانعقاد بعد «اتفاق "
        "الطائف»، قبل أن يُعقد اجتماعها الأخير في مارس."
    )
    found = only(text)
    assert found.place is not None
    assert found.place.name == "Naqoura"


# -- mediators and parties the widened actor data knows (composed for it) ---------------


@pytest.mark.parametrize(
    ("text", "party", "mediator"),
    [
        (
            "وانطلقت في بريتوريا جولة جديدة من المحادثات بين الحكومة الإثيوبية وجبهة تحرير شعب"
            " تيغراي بوساطة الرئيس النيجيري السابق أولوسيغون أوباسانجو.",
            "Ethiopia",
            "Olusegun Obasanjo",
        ),
        (
            "واستضافت روما الجولة الرابعة من المفاوضات بين حكومة جنوب السودان والمعارضة برعاية"
            " جماعة سانت إيجيديو.",
            "South Sudan",
            "Community of Sant'Egidio",
        ),
        (
            "وعقد الوفدان التايلاندي والكمبودي جولة محادثات في كوالالمبور برعاية رابطة دول جنوب"
            " شرق آسيا.",
            "Cambodia",
            "ASEAN",
        ),
        (
            "وعقدت في إسطنبول الجولة الثانية من المحادثات بين الحكومة الأفغانية والجيش الباكستاني"
            " بوساطة تركية وقطرية.",
            "Pakistan",
            "Qatar",
        ),
    ],
)
def test_a_round_party_or_mediator_from_the_widened_actor_data(
    text: str, party: str, mediator: str
) -> None:
    found = only(text)
    assert party in {p.name for p in found.parties}
    assert mediator in {m.name for m in found.mediators}


# -- the state of a process is no round ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "قال المتحدث باسم المعارضة إن محادثات السلام مع الحكومة الموزمبيقية تعثرت بسبب الخلاف على"
        " نزع السلاح.",
        "■ أين وصلت المفاوضات بين الحكومة والمتمردين؟\n- المفاوضات دخلت مرحلة حاسمة، لكن الخلاف"
        " على تقاسم الثروة ما زال قائماً.",
    ],
)
def test_talks_stalled_or_reaching_a_stage_tell_no_round(text: str) -> None:
    assert rounds_of(text) == []


# -- a held plural that names nothing of its rounds ------------------------------------

NAIROBI_ROUND = (
    "اختتمت في نيروبي، مساء الخميس، الجولة الخامسة من المحادثات بين حكومة جنوب السودان "
    "وتحالف المعارضة بوساطة كينية. "
)


@pytest.mark.parametrize(
    "sentence",
    [
        "وتنقل الوسطاء بين قاعتين منفصلتين لنقل الرسائل بين الوفدين، على غرار ما جرى في الجولات"
        " السابقة.",
        "وقال مصدر في الوساطة إن لقاءات قصيرة جرت وجهاً لوجه بين رئيسي الوفدين.",
        "ويعقد الوسيط الكيني لقاءات منفصلة مع كل طرف على حدة.",
    ],
)
def test_a_held_plural_naming_no_count_venue_or_date_is_no_round(sentence: str) -> None:
    """«جرى في الجولات السابقة»، «جرت لقاءات قصيرة»: how the talks go, no particular meetings;
    the round told before stays the only one."""
    found = only(NAIROBI_ROUND + sentence)
    assert (found.ordinal, found.place and found.place.text) == (5, "نيروبي")


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("وكانت لقاءات سرية قد جرت في كمبالا بين الطرفين.", "كمبالا"),
        ("وكان الطرفان قد عقدا ثلاث جولات من المحادثات.", None),
    ],
)
def test_a_held_plural_at_a_venue_or_counted_stays_a_round(
    sentence: str, place: str | None
) -> None:
    """«لقاءات … في كمبالا»، «عقدا ثلاث جولات»: a venue or a number names the meetings."""
    found = rounds_of(NAIROBI_ROUND + sentence)
    assert [(r.status, r.place and r.place.text) for r in found[1:]] == [(RoundStatus.HELD, place)]


# -- an interviewer's question that names no round ------------------------------------

INTERVIEW_OPENING = (
    "حوار | كبير مفاوضي الحركة: لا سلام دون ترتيبات أمنية\n\n"
    "يقود إدريس مالونغو وفد الحركة في مفاوضات السلام مع الحكومة بوساطة إقليمية، "
    "والتقيناه في مكتبه.\n\n"
)


@pytest.mark.parametrize(
    "question",
    [
        "■ متى اجتمعت لجنة الحدود المشتركة آخر مرة؟",
        "■ ما الذي خرجتم به من لقاء رئيس الوزراء الأسبوع الماضي؟",
        "س: أين وصلت المحادثات اليوم؟",
    ],
)
def test_a_question_naming_neither_venue_nor_ordinal_adds_no_round(question: str) -> None:
    """The interviewer asks about a round the answer tells, or about the process: a question
    with no venue and no ordinal names no particular round of its own."""
    text = (
        INTERVIEW_OPENING + question + "\n- الأمور معقدة، والخلاف على تقاسم السلطة ما زال قائماً.\n"
    )
    asked = text.index(question)
    assert [r for r in rounds_of(text) if asked <= r.evidence.start < asked + len(question)] == []


def test_the_answer_tells_the_round_a_bare_question_asks_about() -> None:
    """«س: أين وصلت المحادثات اليوم؟ ج: أنهينا … في كمبالا الجولة السادسة»: one round, the
    answer's."""
    text = (
        INTERVIEW_OPENING + "س: أين وصلت المحادثات اليوم؟\n"
        "ج: أنهينا الشهر الماضي في كمبالا الجولة السادسة، وما زال ملف الترتيبات الأمنية عالقاً.\n"
    )
    found = only(text)
    assert (found.status, found.ordinal, found.place and found.place.text) == (
        RoundStatus.HELD,
        6,
        "كمبالا",
    )


@pytest.mark.parametrize(
    "question",
    [
        "■ كيف تقيّم نتائج اجتماع لوساكا الأخير؟",
        "ـ ما الذي حملته جولة لوساكا الأخيرة؟",
        "ماذا تغيّر بعد لقاء لوساكا الأخير في 3 آذار؟",
    ],
)
def test_the_last_round_at_a_venue_asked_about_is_no_round_of_its_own(question: str) -> None:
    """«■ كيف تقيّم نتائج اجتماع لوساكا الأخير؟»: the question points back at a round the
    story tells (here in words the reader does not take as a round); on its own it is no
    telling, however its line opens (a bullet, a dash, nothing)."""
    text = (
        INTERVIEW_OPENING + question + "\n- كانت الأجواء إيجابية رغم الخلافات حول جدول الأعمال.\n"
    )
    assert rounds_of(text) == []


def test_the_answer_not_the_question_is_the_evidence_of_the_last_round() -> None:
    """«ما الذي تغيّر في جولة لوساكا الأخيرة؟ / جلس الوفدان …، في أول لقاء مباشر بينهما»:
    the answer's words tell the round, and are its evidence."""
    text = (
        INTERVIEW_OPENING + "ما الذي تغيّر في جولة لوساكا الأخيرة؟\n\n"
        "جلس الوفدان في قاعة واحدة يوم 4 آذار، في أول لقاء مباشر بينهما منذ عامين.\n"
    )
    found = only(text)
    evidence = text[found.evidence.start : found.evidence.end]
    assert "الأخيرة" not in evidence
    assert "لقاء" in evidence
    assert (found.status, found.ordinal) == (RoundStatus.HELD, 1)


def test_a_question_describing_the_last_round_still_tells_it() -> None:
    """«■ كيف تقيّم الجولة الأخيرة في لوساكا؟»: the round described, not called by its venue's
    name, may be all the story says of it, and stays."""
    text = (
        INTERVIEW_OPENING + "■ كيف تقيّم الجولة الأخيرة في لوساكا؟\n"
        "- كانت الأجواء إيجابية رغم الخلافات حول جدول الأعمال.\n"
    )
    found = only(text)
    assert (found.status, found.place and found.place.text) == (RoundStatus.HELD, "لوساكا")


def test_the_last_round_at_a_venue_told_outside_a_question_stays() -> None:
    """«وقال إن جولة لوساكا الأخيرة انتهت دون اتفاق.»: a sentence of the story, no question."""
    text = INTERVIEW_OPENING + "وقال مالونغو إن جولة لوساكا الأخيرة انتهت دون اتفاق.\n"
    found = only(text)
    assert (found.status, found.place and found.place.text) == (RoundStatus.HELD, "لوساكا")


@pytest.mark.parametrize(
    ("question", "answer", "told"),
    [
        (
            "■ تُعقد الجولة الرابعة من المحادثات في لوساكا الأسبوع المقبل. ما الذي تتوقعونه منها؟",
            "- نأمل أن تكون الجولة المقبلة مختلفة، وأن يلتزم الطرف الآخر بما اتُّفق عليه.",
            "تُعقد الجولة الرابعة من المحادثات في لوساكا",
        ),
        (
            "● اختُتمت الأسبوع الماضي في أروشا الجولة الثالثة من المحادثات. ما الذي تحقق؟",
            "- كانت الجولة الثالثة صعبة، لكننا اتفقنا على تبادل القوائم.",
            "اختُتمت الأسبوع الماضي في أروشا الجولة الثالثة",
        ),
    ],
)
def test_a_statement_before_the_interviewers_question_tells_its_round(
    question: str, answer: str, told: str
) -> None:
    """«■ تُعقد الجولة الرابعة في لوساكا الأسبوع المقبل. ما الذي تتوقعونه منها؟»: the sentence
    before the question states the round; it is the evidence, not the answer's bare mention."""
    text = INTERVIEW_OPENING + question + "\n" + answer + "\n"
    assert told in only(text).evidence.slice(text)


def test_a_round_named_in_the_question_sentence_itself_is_still_asked() -> None:
    """«■ قال الوسيط إن الخلاف كبير. متى تُعقد الجولة المقبلة؟»: the round stands in the
    sentence the question mark closes, so the answer that tells it is its evidence."""
    question = "■ قال الوسيط إن الخلاف ما زال كبيراً. متى تُعقد الجولة المقبلة؟"
    answer = "- ستُعقد الجولة المقبلة في لوساكا الأسبوع المقبل إذا سارت الأمور كما نريد."
    text = INTERVIEW_OPENING + question + "\n" + answer + "\n"
    found = only(text)
    assert found.evidence.start > text.index(answer)


@pytest.mark.parametrize(
    ("text", "ordinal", "place"),
    [
        (
            "تعثرت المفاوضات الجارية في الدوحة بين الحكومة التشادية والفصائل المسلحة.",
            None,
            "الدوحة",
        ),
        (
            "دخلت الجولة الثالثة من المحادثات بين الخرطوم وجوبا يومها الثاني في أديس أبابا.",
            3,
            "أديس أبابا",
        ),
    ],
)
def test_a_process_verb_of_a_particular_round_tells_it(
    text: str, ordinal: int | None, place: str
) -> None:
    found = only(text)
    assert found.status is RoundStatus.HELD
    assert found.ordinal == ordinal
    assert found.place is not None
    assert _same(found.place.text, place)


# -- times counted, preparing, a past story's subjunctive, للقاء ----------------------------


@pytest.mark.parametrize(
    ("text", "ordinal"),
    [
        # the adverbial of مرة counts the times the verb of holding tells, past a comma too
        (
            "عُقدت في كمبالا محادثات مباشرة بين حكومة جنوب السودان والمعارضة للمرة الأولى منذ 2019.",
            1,
        ),
        ("استؤنفت المحادثات بين صربيا وكوسوفو في بروكسل يوم الخميس، للمرة الأولى منذ عامين.", 1),
        ("عقد وفدا الكونغو ورواندا محادثات في لواندا للمرة الثالثة منذ يناير.", 3),
        ("التقى وزيرا خارجية أرمينيا وأذربيجان في ألماتي لأول مرة منذ الحرب.", 1),
        ("التقى رئيسا الصومال وإثيوبيا في أنقرة، لثاني مرة خلال عام.", 2),
    ],
)
def test_an_adverbial_of_times_counts_the_round_its_verb_holds(text: str, ordinal: int) -> None:
    assert only(text).ordinal == ordinal


@pytest.mark.parametrize(
    "text",
    [
        # someone else's first time, or the process's, not the round's
        "عقد وفدا الحكومة والمتمردين اجتماعاً في جوبا يشارك فيه للمرة الأولى ممثلون عن النساء.",
        "وقال الوسيط إن المفاوضات بين كينشاسا وحركة إم 23 دخلت مرحلة حاسمة للمرة الأولى.",
    ],
)
def test_an_adverbial_of_times_of_another_verb_counts_no_round(text: str) -> None:
    assert all(r.ordinal is None for r in rounds_of(text))


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("ويستعد وزيرا خارجية أرمينيا وأذربيجان للقاء جديد في جنيف الشهر المقبل.", "جنيف"),
        ("ويتحضر الوفدان الإثيوبي والإريتري لعقد لقاء في جدة الأسبوع المقبل.", "جدة"),
        ("وكان وفدا صربيا وكوسوفو يستعدان لجولة جديدة في بروكسل.", "بروكسل"),
    ],
)
def test_a_verb_of_preparing_plans_the_round_it_governs_with_lam(text: str, place: str) -> None:
    assert_one_round(text, RoundStatus.PLANNED, place)


def test_a_verb_of_preparing_for_something_else_plans_no_round() -> None:
    assert not rounds_of("وتستعد الحكومة السودانية لانتخابات مبكرة بعد انهيار المحادثات.")


def test_a_meeting_verb_after_qabla_an_in_a_past_story_tells_a_held_round() -> None:
    found = rounds_of(
        "وكانت الجولة الأولى بين الحكومة الكولومبية والمتمردين قد عقدت في هافانا في مارس، "
        "قبل أن يلتقي الوفدان مجدداً في أوسلو في الشهر نفسه."
    )
    assert [(r.status, r.place and r.place.text) for r in found] == [
        (RoundStatus.HELD, "هافانا"),
        (RoundStatus.HELD, "أوسلو"),
    ]


@pytest.mark.parametrize(
    ("text", "definite"),
    [
        ("ويستعد رئيسا أرمينيا وأذربيجان للقاء جديد في جنيف.", False),  # لـ before لقاء
        ("ويستعد رئيسا أرمينيا وأذربيجان للقاء المرتقب في جنيف.", True),  # لـ before اللقاء
        ("ويستعد رئيسا أرمينيا وأذربيجان للاجتماع في جنيف.", True),
    ],
)
def test_lil_before_a_noun_that_opens_with_lam_is_definite_only_by_the_word_after(
    text: str, definite: bool
) -> None:
    from negotext.extractors.rounds.reader import _Reader

    mentions = list(_Reader(Analysis(Document(text))).mentions())
    assert [m.definite for m in mentions] == [definite]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "عقد وفدان كونغولي ورواندي، برئاسة وزير الخارجية وأمين مجلس الأمن القومي الرواندي، "
            "محادثات مطولة في الدوحة يوم الأحد.",
            "الدوحة",
        ),
        ("عقد وفدا الحكومة والمعارضة برئاسة رئيس مجلس النواب جولة محادثات في جوبا.", "جوبا"),
    ],
)
def test_a_body_named_in_a_title_or_an_aside_is_not_the_subject_that_holds(
    text: str, place: str
) -> None:
    assert_one_round(text, RoundStatus.HELD, place)


def test_a_body_that_holds_a_session_still_holds_no_talks() -> None:
    assert not rounds_of(
        "عقد مجلس الأمن، يوم الاثنين، اجتماعاً طارئاً بشأن الحرب بين الكونغو ورواندا."
    )


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "تتواصل المفاوضات بين الولايات المتحدة والسودان. وكان المبعوث الأمريكي قد زار "
            "بورتسودان في أبريل على رأس وفد أمريكي، والتقى قائد الجيش.",
            "بورتسودان",
        ),
        (
            "تتواصل المفاوضات بين روسيا وأوكرانيا. وزار المبعوث التركي موسكو الأسبوع الماضي "
            "حين التقى الرئيس الروسي.",
            "موسكو",
        ),
    ],
)
def test_a_meeting_joined_to_a_visit_is_held_in_the_city_visited(text: str, place: str) -> None:
    assert_one_round(text, RoundStatus.HELD, place)


@pytest.mark.parametrize(
    "text",
    [
        "وتتواصل الأزمة بين الكونغو ورواندا. وكان من المفترض أن تبدأ مفاوضات المرحلة الثانية في "
        "اليوم العاشر من الهدنة، لكن الوفد الكونغولي لم يتوجه إلى لواندا.",
        "وتتواصل الأزمة بين أرمينيا وأذربيجان. وكان مفترضاً أن تنطلق محادثات الوزيرين في ألماتي "
        "مطلع الشهر، غير أن الوفدين لم يصلا.",
    ],
)
def test_the_verb_of_a_schedule_told_in_the_past_is_what_was_to_be(text: str) -> None:
    assert [r.status for r in rounds_of(text)] == [RoundStatus.CANCELLED]


# -- a postponed round given a new date (CONVENTIONS rule 9) ---------------------------------

_TALKS = "انتهت في نيروبي الجولة الثالثة من المحادثات بين الحكومة والحركة دون اتفاق. "
#: A sentence of negotiation context, so that a bare round sentence after it is read as talks.
_CONTEXT = "تتواصل المفاوضات بين الحكومة الإثيوبية وجبهة تيغراي بوساطة أفريقية. "


@pytest.mark.parametrize(
    ("sentence", "old", "new"),
    [
        (
            "وأرجئت الجولة الرابعة التي كانت مقررة في أروشا يوم 3 مايو إلى 17 مايو.",
            "يوم 3 مايو",
            "17 مايو",
        ),
        ("وقرر الوسطاء تأجيل الجولة الرابعة إلى الأسبوع المقبل.", None, "الأسبوع المقبل"),
        ("وتأجل الاجتماع المقبل من 9 يونيو إلى يوم 23 يونيو.", "9 يونيو", "يوم 23 يونيو"),
    ],
)
def test_a_round_put_off_to_a_new_date_is_cancelled_and_planned_again(
    sentence: str, old: str | None, new: str
) -> None:
    found = [r for r in rounds_of(_TALKS + sentence, "2025-04-20") if r.status.value != "held"]
    assert [r.status.value for r in found] == ["cancelled", "planned"]
    cancelled, planned = found
    assert (cancelled.date.text if cancelled.date else None) == old
    assert planned.date is not None
    assert planned.date.text == new
    assert (planned.ordinal, planned.place) == (cancelled.ordinal, cancelled.place)


@pytest.mark.parametrize(
    "sentence",
    [
        "وأرجئت الجولة الرابعة إلى أجل غير مسمى.",  # no date: called off, nothing planned
        # إلى in another clause, whatever date follows it
        "وأرجئت الجولة الرابعة بسبب الخلافات، ودعت الوساطة إلى التهدئة في 17 مايو.",
    ],
)
def test_a_round_put_off_with_no_new_date_is_one_record(sentence: str) -> None:
    found = [r for r in rounds_of(_TALKS + sentence, "2025-04-20") if r.status.value != "held"]
    assert [r.status.value for r in found] == ["cancelled"]


@pytest.mark.parametrize(
    ("sentence", "old", "new"),
    [
        # إلى موعد جديد في …: the words before the date are skipped
        ("وأعلن الوسطاء تأجيل جولة المباحثات إلى موعد جديد في 15 يوليو.", None, "15 يوليو"),
        # an active subject
        ("وأرجأ الوسطاء الجولة الخامسة من المفاوضات إلى 20 يوليو.", None, "20 يوليو"),
        # من … إلى
        ("وأرجئت الجولة الثالثة من المفاوضات من 10 يونيو إلى 24 يونيو.", "10 يونيو", "24 يونيو"),
        # نُقلت … إلى a date: read as planned at that date, it is the round put off too
        ("ونُقلت الجولة الرابعة من المحادثات إلى الأسبوع المقبل.", None, "الأسبوع المقبل"),
        ("وأرجئ الاجتماع المقرر بين الوفدين إلى الأسبوع المقبل.", None, "الأسبوع المقبل"),
        # حتى, put off until
        ("وأرجئت الجولة المقبلة من المفاوضات حتى 20 يوليو.", None, "20 يوليو"),
    ],
)
def test_a_round_put_off_to_a_new_date_in_other_words(
    sentence: str, old: str | None, new: str
) -> None:
    found = rounds_of(_CONTEXT + sentence, "2025-06-01")
    assert sorted(r.status.value for r in found) == ["cancelled", "planned"]
    cancelled = next(r for r in found if r.status is RoundStatus.CANCELLED)
    planned = next(r for r in found if r.status is RoundStatus.PLANNED)
    assert (cancelled.date.text if cancelled.date else None) == old
    assert planned.date is not None
    assert planned.date.text == new


@pytest.mark.parametrize(
    "sentence",
    [
        "وتأجلت جولة المحادثات إلى موعد لاحق لم يحدد.",  # no date after the skipped words
        "وأرجئت الجولة الثانية من المحادثات إلى أجل غير مسمى.",
        "وأرجئت الجولة المقبلة من المفاوضات حتى إشعار آخر.",
    ],
)
def test_a_round_put_off_to_no_date_stays_cancelled(sentence: str) -> None:
    assert [r.status.value for r in rounds_of(_CONTEXT + sentence, "2025-06-01")] == ["cancelled"]


def test_a_round_moved_to_a_place_is_not_put_off() -> None:
    found = rounds_of(
        _CONTEXT + "وتقرر نقل الجولة المقبلة من المحادثات إلى كمبالا الأسبوع المقبل.", "2025-06-01"
    )
    assert [r.status.value for r in found] == ["planned"]


@pytest.mark.parametrize(
    ("sentence", "ordinal", "place"),
    [
        # the talks to be completed in a second round (تُستكمل بجولة)
        (
            "وعقد الوفدان الجولة الأولى في أديس أبابا، على أن تُستكمل بجولة ثانية لم يُحدد موعدها.",
            2,
            None,
        ),
        # the talks themselves to be completed elsewhere
        (
            "وعقد الوفدان الجولة الأولى في أديس أبابا، على أن تُستكمل المحادثات في نيروبي.",
            None,
            "Nairobi",
        ),
    ],
)
def test_a_round_the_plan_sets_to_complete_the_one_told_is_planned(
    sentence: str, ordinal: int | None, place: str | None
) -> None:
    found = [r for r in rounds_of(_CONTEXT + sentence) if r.status is not RoundStatus.HELD]
    assert [(r.status.value, r.ordinal) for r in found] == [("planned", ordinal)]
    assert (found[0].place.name if found[0].place else None) == place


def test_ala_an_governing_no_round_plans_none() -> None:
    assert rounds_of(_CONTEXT + "وأكد الوسيط على أن تُستكمل الإجراءات خلال أسبوع.") == []


def test_a_round_put_off_names_its_venue_in_a_clause_of_what_was_awaited() -> None:
    # كان يُنتظر: a word of schedule (round_schedule_stems), so its clause names the venue
    # of the round put off, which is then no other round of the same ordinal told before
    found = rounds_of(
        "عقدت في أنقرة يومي الاثنين والثلاثاء الجولة الثانية من المحادثات الفنية بين إثيوبيا"
        " وإريتريا. في المقابل، أُرجئت الجولة الثانية من المحادثات التمهيدية بين الحكومة"
        " التشادية والمعارضة، التي كان يُنتظر أن تعقد في جنيف السبت، بعد خلاف على تمثيل الأحزاب."
    )
    assert [(r.status.value, r.ordinal, r.place.name if r.place else None) for r in found] == [
        ("held", 2, "Ankara"),
        ("cancelled", 2, "Geneva"),
    ]


@pytest.mark.parametrize(
    ("sentence", "status", "place"),
    [
        # a body convening, expected: a planned meeting at its venue
        (
            "ومن المنتظر أن تلتئم لجنة التنسيق العسكرية مجدداً في مقديشو يوم الأحد.",
            "planned",
            "Mogadishu",
        ),
        # the parties convening, expected
        ("ويُتوقع أن يلتئم الوفدان في أديس أبابا الشهر المقبل.", "planned", "Addis Ababa"),
    ],
)
def test_a_body_expected_to_convene_is_a_planned_round(
    sentence: str, status: str, place: str
) -> None:
    found = rounds_of(_CONTEXT + sentence, "2025-06-01")
    assert [(r.status.value, r.place.name if r.place else None) for r in found] == [(status, place)]


def test_convening_with_no_modal_cue_is_no_round() -> None:
    assert rounds_of(_CONTEXT + "وقال الوسيط إن اللجنة تلتئم عادة كل شهر.", "2025-06-01") == []


#: A round under way in a city, the story's round whose sittings the tests below put off.
_UNDER_WAY = "انطلقت في الدوحة صباح اليوم الجولة الثانية من المفاوضات بين الحكومة والحركة. "


def test_a_sitting_of_the_round_told_put_off_is_cancelled_at_its_venue() -> None:
    found = rounds_of(
        _UNDER_WAY + "وأعلن الوسطاء تأجيل الجلسة الختامية إلى صباح الغد.", "2025-06-01"
    )
    assert [r.status.value for r in found] == ["held", "cancelled", "planned"]
    held, cancelled, planned = found
    assert cancelled.place is not None
    assert cancelled.place == held.place
    assert planned.place == held.place
    assert planned.date is not None
    assert planned.date.text == "صباح الغد"


def test_an_indefinite_sitting_put_off_has_no_venue_of_its_own() -> None:
    found = rounds_of(
        _UNDER_WAY + "وأُرجئت جلسة مسائية بين رئيسي الوفدين لأسباب فنية.", "2025-06-01"
    )
    assert [(r.status.value, r.place is None) for r in found] == [
        ("held", False),
        ("cancelled", True),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "ولم يُعلن تأجيل الجلسة المسائية حتى الآن.",  # denied
        "وانعقدت الجلسة المسائية بعد الظهر.",  # the sitting held: a part of the round told
        "وأرجئت جلسة البرلمان إلى الأسبوع المقبل.",  # a session of another body, no part
    ],
)
def test_a_sitting_not_put_off_is_no_round_of_its_own(sentence: str) -> None:
    found = rounds_of(_UNDER_WAY + sentence, "2025-06-01")
    assert [r.status.value for r in found] == ["held"]


def test_a_sitting_put_off_in_a_story_of_no_round_is_no_round() -> None:
    assert rounds_of("وأرجئت الجلسة المسائية إلى صباح الغد.", "2025-06-01") == []


# -- CONVENTIONS rules 4, 5, 6, 11: first since, hosts, alternative venues, readiness --------


def _rounds_after_context(sentence: str) -> list[Round]:
    return rounds_of(_CONTEXT + sentence, "2025-06-01")


@pytest.mark.parametrize(
    "sentence",
    [
        "وعُقد في أديس أبابا أمس أول اجتماع بين الوفدين منذ توقيع الهدنة قبل عامين.",
        "والتقى رئيسا الوفدين في نيروبي يوم الاثنين، وهو أول لقاء بينهما منذ اندلاع القتال.",
        "وعقد الطرفان جولة مباحثات في كمبالا، هي الأولى منذ انهيار اتفاق السلام.",
        "وهذا أول اجتماع مباشر بين الجانبين في جوبا منذ ثلاث سنوات.",
    ],
)
def test_the_first_meeting_since_is_ordinal_one(sentence: str) -> None:
    assert [r.ordinal for r in _rounds_after_context(sentence)] == [1]


def test_the_first_round_named_beside_a_later_one_keeps_each_ordinal() -> None:
    found = _rounds_after_context(
        "وعقد الطرفان في أروشا الجولة الخامسة من المحادثات، وكانت أول جولة لهما قبل عامين في نيروبي."
    )
    assert sorted(r.ordinal or 0 for r in found) == [1, 5]


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("وعرضت كينيا استضافة جولة جديدة من المحادثات بين الطرفين.", None),
        ("وقالت الحكومة الأوغندية إنها مستعدة لاستضافة الجولة المقبلة من المفاوضات.", None),
        ("وأبدت جيبوتي استعدادها لاستضافة جولة ثالثة من المباحثات.", None),
        # the offer says where
        ("وعرضت نيروبي استضافة جولة جديدة من المحادثات في مومباسا الشهر المقبل.", "مومباسا"),
        # the one that hosts
        ("ومن المقرر أن تستضيف كمبالا الجولة المقبلة من المفاوضات الأسبوع المقبل.", "كمبالا"),
    ],
)
def test_an_offer_to_host_is_no_venue(sentence: str, place: str | None) -> None:
    found = _rounds_after_context(sentence)
    assert len(found) == 1
    assert (found[0].place.text if found[0].place else None) == place


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("ومن المنتظر أن تعقد الجولة المقبلة من المفاوضات في نيروبي أو كمبالا الشهر المقبل.", None),
        ("ويرجح أن تعقد الجولة الرابعة من المحادثات في الخرطوم أو جوبا.", None),
        # لم يحسم … في X أو تنتقل إلى Y: neither is the venue yet
        ("ولم يحسم بعد ما إذا كانت الجولة الثالثة ستعقد في أديس أبابا أو تنتقل إلى جيبوتي.", None),
        # a vague alternative keeps X
        (
            "وقد تعقد الجولة المقبلة من المحادثات في أروشا أو في مكان آخر يتفق عليه الطرفان.",
            "أروشا",
        ),
        # the subject of a verb of hosting with its alternative
        ("وتجري الاستعدادات لجولة جديدة من المحادثات قد تستضيفها نيروبي أو كمبالا.", None),
        ("وتجري الاستعدادات لجولة جديدة من المحادثات قد تستضيفها نيروبي.", "نيروبي"),
        # not an alternative: the next round moved
        ("وعقدت الجولة الأولى في نيروبي قبل أن تنتقل الجولة الثانية إلى كمبالا.", "كمبالا"),
    ],
)
def test_alternative_venues_are_no_place(sentence: str, place: str | None) -> None:
    found = _rounds_after_context(sentence)
    last = max(found, key=lambda r: r.evidence.start)
    assert (last.place.text if last.place else None) == place


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("وقال رئيس الوزراء الإثيوبي إن حكومته مستعدة لعقد لقاء مع قادة الجبهة.", "proposed"),
        ("وأبدت الحكومة الكينية استعدادها لاستضافة الجولة المقبلة من المحادثات.", "proposed"),
        ("وقال قائد الجبهة إنه مستعد للقاء رئيس الوزراء إذا أوقفت الحكومة هجماتها.", "proposed"),
        ("وتحدث الوسطاء عن إمكانية عقد جولة جديدة من المفاوضات الشهر المقبل.", "possible"),
        ("ومن المحتمل أن يلتقي الوفدان في نيروبي الأسبوع المقبل.", "possible"),
        # the dual and plural of readiness
        ("وأكد الطرفان استعدادهما لعقد جولة جديدة من المحادثات في نيروبي.", "proposed"),
        ("وجدد الوسيطان استعدادهما لاستضافة الجولة المقبلة من المفاوضات.", "proposed"),
        ("وأكد قادة الفصائل استعدادهم لاستضافة جولة حوار جديدة في جوبا.", "proposed"),
        # readiness told at a round held: the round, not an offer
        (
            "وعقد الطرفان جولة جديدة من المحادثات في نيروبي أكدا خلالها استعدادهما لمواصلة الحوار.",
            "held",
        ),
    ],
)
def test_readiness_to_meet_or_host_is_proposed(sentence: str, status: str) -> None:
    assert [r.status.value for r in _rounds_after_context(sentence)] == [status]


@pytest.mark.parametrize(
    "sentence",
    [
        "وفي سياق آخر، تجرى جولة ثانية من انتخابات الرئاسة في 21 يونيو.",
        "وفي سياق آخر، بدأ المرشح الرئاسي جولة انتخابية في ولايات الشمال.",
        "وفي سياق آخر، انطلقت جولة اقتراع جديدة في البلديات.",
        "وفي سياق آخر، عقد الحزب الحاكم اجتماعاً انتخابياً في ميديين.",
        "وفي سياق آخر، انطلقت الجولة الأولى من مباريات الدوري.",
        "وفي سياق آخر، انتهت جولة عنف دامية في مقديشو.",
        "وفي سياق آخر، بدأت جولة قصف جديدة على مدينة كادوقلي.",
        "وفي سياق آخر، انتهت جولة معارك استمرت أسبوعاً بين الجيش والمتمردين.",
        "وفي سياق آخر، اندلعت جولة اشتباكات بين الفصائل في طرابلس.",
    ],
)
def test_an_election_or_a_fixture_told_without_the_article_is_no_round(sentence: str) -> None:
    """The words that make a round noun something else than talks match with or without
    the article and in both genders (انتخابات، جولة انتخابية، اجتماع انتخابي، جولة اقتراع،
    مباريات، جولة عنف، جولة قصف، جولة معارك، جولة اشتباكات), as their definite forms
    always did."""
    text = (
        "وتستأنف المفاوضات بين الحكومة الكولومبية وجيش التحرير الوطني في هافانا الشهر "
        "المقبل. " + sentence
    )
    found = [r for r in rounds_of(text, "2025-06-01") if r.evidence.start > text.index(sentence)]
    assert found == []


@pytest.mark.parametrize(
    "sentence",
    [
        # ready (جاهز) in its genders and numbers, as مستعد
        "وقالت الحكومة إنها جاهزة لعقد لقاء مباشر مع المتمردين.",
        "وأكد قادة الحركة أنهم جاهزون لجولة جديدة من المحادثات في نيروبي.",
        "وقال الوزير إن بلاده جاهزة لاستضافة الجولة المقبلة.",
        # the noun of readiness with its owner's pronoun in every person, or «his country»
        "وأبدى زعيم الحركة استعداده للقاء رئيس الوزراء في أي مكان.",
        "وأكدت الحكومة استعدادها لجولة جديدة من المحادثات.",
        "وأكد الوسطاء استعدادهم لرعاية حوار شامل بين الطرفين.",
        "وأبدت الحركة استعدادها لإجراء محادثات مباشرة مع الحكومة.",
        "وأعلن الوزير استعداد بلاده لاستضافة الجولة المقبلة.",
    ],
)
def test_every_form_of_readiness_proposes_the_round(sentence: str) -> None:
    assert [r.status.value for r in _rounds_after_context(sentence)] == ["proposed"]


def test_ready_for_anything_but_a_round_proposes_none() -> None:
    assert _rounds_after_context("وأكدت الحكومة أن قواتها جاهزة للرد على أي هجوم.") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "ولم يتحدد بعد ما إذا كانت الجولة المقبلة ستعقد في جنيف أم في فيينا.",
        "ومن المقرر أن تعقد الجولة المقبلة في جنيف أو فيينا أو نيويورك.",
    ],
)
def test_places_joined_by_either_conjunction_of_alternatives_are_no_venue(sentence: str) -> None:
    # CONVENTIONS rule 6: أو, and أم of a question whether
    (found,) = _rounds_after_context(sentence)
    assert (found.status.value, found.place) == ("planned", None)


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        # a noun of possibility right before the round noun, with or without proclitics
        ("ويتحدث دبلوماسيون عن إمكانية لقاء جديد في نيروبي الشهر المقبل.", "Nairobi"),
        ("وأشار الوسيط إلى احتمال قمة بين الرئيسين في أديس أبابا قبل نهاية العام.", "Addis Ababa"),
        ("وتدرس العواصم الإقليمية احتمالات جولة جديدة في كمبالا.", "Kampala"),
        # … or before the verbal noun of resuming, hosting or holding the round
        ("ويجري الحديث عن إمكانية استئناف المحادثات في جيبوتي خلال أسابيع.", "Djibouti"),
        ("وناقش الوزيران احتمال استضافة جولة جديدة من المفاوضات في كيغالي.", "Kigali"),
        ("وتلمح الخارجية إلى إمكان عقد لقاء بين الطرفين في نيروبي.", "Nairobi"),
    ],
)
def test_a_noun_of_possibility_makes_the_round_it_governs_possible(
    sentence: str, place: str
) -> None:
    """إمكانية، إمكان، احتمال (round_possibility_nouns) govern the round noun right after them
    or the verbal noun before it: what may happen is possible (CONVENTIONS rule 13)."""
    (found,) = _rounds_after_context(sentence)
    assert found.status.value == "possible"
    assert found.place is not None
    assert found.place.name == place


@pytest.mark.parametrize(
    "sentence",
    [
        "وقال الوزير إنه لا يرى إمكانية لعقد اجتماع مع الحركة في ظل الظروف الحالية.",
        "وأكد المتحدث أنه لا توجد إمكانية لاستئناف الحوار قبل وقف القصف.",
    ],
)
def test_a_possibility_denied_is_no_round(sentence: str) -> None:
    assert _rounds_after_context(sentence) == []


def test_a_possibility_of_taking_part_says_nothing_of_the_round() -> None:
    """احتمال مشاركة X في المحادثات: who may take part; the round is the held one."""
    found = _rounds_after_context(
        "وعقدت في نيروبي أمس جولة جديدة من المحادثات، وسط احتمال مشاركة مراقبين أفارقة فيها."
    )
    assert [r.status.value for r in found] == ["held"]


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        # the past of managing, past a date adjunct between it and its preposition
        (
            "ونجحت كينيا في مارس 2024 في جمع رئيس جنوب السودان سلفا كير وزعيم المعارضة "
            "رياك مشار في نيروبي.",
            "held",
        ),
        ("وتمكن الوسيط الأفريقي من جمع الطرفين في أديس أبابا الأسبوع الماضي.", "held"),
        # the present of managing after قبل أن: the past told in a story
        (
            "وتعثرت الوساطة أشهراً قبل أن تنجح أوغندا في جمع الرئيس الكونغولي "
            "والرئيس الرواندي في كمبالا.",
            "held",
        ),
        (
            "وتبادل الطرفان الاتهامات طويلاً قبل أن يتمكن الوسطاء من جمع الطرفين في كيغالي.",
            "held",
        ),
        # … the future after س, and only a chance anywhere else
        ("وقال الوزير إن بلاده ستنجح في جمع الطرفين في جيبوتي قريباً.", "planned"),
        ("ويأمل الوسطاء أن يتمكنوا من جمع الطرفين في كمبالا.", "possible"),
    ],
)
def test_every_form_of_a_verb_of_managing_tells_the_gathering(sentence: str, status: str) -> None:
    """نجح / تمكن / أفلح / استطاع in the past and the present (round_managing_past,
    round_managing_present) before في/من and the verbal noun جمع tell whether the parties
    were brought together."""
    assert [r.status.value for r in _rounds_after_context(sentence)] == [status]


@pytest.mark.parametrize(
    "sentence",
    [
        "ويعيد المقترح صيغة الجولتين اللتين رعاهما الاتحاد الأفريقي في بريتوريا، "
        "الأولى في مارس 2023 والثانية في يونيو 2023.",
        "ويعيد المقترح صيغة الجولتين اللتين رعتهما الهيئة الحكومية للتنمية في بريتوريا، "
        "الأولى في مارس 2023 والثانية في يونيو 2023.",
    ],
)
def test_a_verb_of_sponsoring_with_a_dual_pronoun_tells_its_rounds_held(sentence: str) -> None:
    """رعى with the object pronoun of every number (round_held_after: رعاهما، رعتهما، رعاهم، …)
    says the rounds it sponsored took place, so the ordinals listed after them are rounds."""
    found = _rounds_after_context(sentence)
    assert [(r.status.value, r.ordinal) for r in found] == [("held", 1), ("held", 2)]
    assert {r.place.name for r in found if r.place is not None} == {"Pretoria"}


@pytest.mark.parametrize(
    ("sentence", "places"),
    [
        # a dual no cue tells held, its venue told before the list
        (
            "ونظّم الوسطاء جولتين من المحادثات في بريتوريا، الأولى في مارس 2023 والثانية في "
            "يونيو 2023.",
            ["Pretoria", "Pretoria"],
        ),
        # items after a semicolon, each told by its own verb of holding
        (
            "وجاء الاتفاق ثمرة جولتين من المحادثات المباشرة؛ الأولى عقدها الوسيط الكيني في "
            "نيروبي في مارس 2024، والثانية جرت في كمبالا مطلع يونيو 2024.",
            ["Nairobi", "Kampala"],
        ),
        # a colon announcing the items far past the dual's long phrase
        (
            "وجاء ذلك بعد اجتماعين غير رسميين ضما إلى جانب الطرفين ممثلين عن الهيئة الحكومية "
            "للتنمية والأمم المتحدة والاتحاد الأوروبي والولايات المتحدة والمملكة العربية "
            "السعودية: الأول في نيروبي في مارس 2024، والثاني في كمبالا في يونيو 2024.",
            ["Nairobi", "Kampala"],
        ),
    ],
)
def test_the_ordinals_that_list_a_counted_dual_are_its_rounds(
    sentence: str, places: list[str]
) -> None:
    """A dual counted, then listed by ordinals that stand for its noun (الأولى …، والثانية …),
    names one held round per ordinal with its venue: whether or not a cue tells the dual held,
    after a semicolon as after a comma, an item told by a verb of holding (الأولى عقدها … في
    X) as by its venue or date, and a list a colon announces however long the dual's phrase."""
    found = _rounds_after_context(sentence)
    assert [(r.status.value, r.ordinal) for r in found] == [("held", 1), ("held", 2)]
    assert [r.place.name if r.place is not None else None for r in found] == places


def test_ordinals_told_by_a_verb_of_holding_list_the_rounds_without_a_venue() -> None:
    """«الأولى عقدها الوسيطان بعيداً عن الإعلام، والثانية جرت …»: a verb of holding right after
    each ordinal tells an item of the list even with no venue or date in its clause, so the
    dual's rounds are held rounds 1 and 2, with no place (none is named)."""
    found = _rounds_after_context(
        "وعقد الطرفان جولتين من المحادثات؛ الأولى عقدها الوسيطان بعيداً عن الإعلام، والثانية "
        "جرت وسط تكتم شديد."
    )
    assert [(r.status.value, r.ordinal, r.place) for r in found] == [
        ("held", 1, None),
        ("held", 2, None),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "ويستمر في جوبا اليوم الاجتماع الثلاثي بين الحكومة والحركة.",
        "وتستمر في جوبا لليوم الثالث محادثات السلام بين الحكومة والحركة.",
    ],
)
def test_lasting_in_the_present_apart_from_the_noun_tells_the_round_held(sentence: str) -> None:
    """تستمر / يستمر (round_present) as تتواصل: the round goes on at the place told."""
    (found,) = _rounds_after_context(sentence)
    assert found.status.value == "held"
    assert found.place is not None
    assert found.place.name == "Juba"


@pytest.mark.parametrize(
    "sentence",
    [
        # the venue before the delegation, with or without commas
        "واستقبل الرئيس الكيني في نيروبي أمس وفد الحركة الشعبية برئاسة زعيمها.",
        "واستقبل الرئيس الكيني، في نيروبي أمس، وفد الحركة الشعبية برئاسة زعيمها.",
        # a long subject, an aside and a delegation named at length before the venue
        "واستقبل الرئيس الكيني ويليام روتو، اليوم الأحد، وفد الحركة الشعبية لتحرير السودان "
        '(شمال) المعروف بـ"وفد جوبا"، في مقر الرئاسة بنيروبي.',
        "واستقبل رئيس جمهورية كينيا ويليام روتو، مساء الأحد، وفد الحركة الشعبية لتحرير "
        "السودان برئاسة عبد العزيز الحلو في نيروبي.",
    ],
)
def test_a_delegation_received_at_a_place_before_or_long_after_it_is_a_meeting(
    sentence: str,
) -> None:
    (found,) = _rounds_after_context(sentence)
    assert found.status.value == "held"
    assert found.place is not None
    assert found.place.name == "Nairobi"


def test_a_delegation_received_at_an_office_is_no_meeting() -> None:
    assert _rounds_after_context("واستقبل الرئيس الكيني في مكتبه وفداً من رجال الأعمال.") == []


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("وسيعود الطرفان إلى طاولة المفاوضات في نيروبي الشهر المقبل.", "planned"),
        ("وعاد الوفدان إلى مائدة المفاوضات في نيروبي أمس بعد انقطاع دام شهرين.", "held"),
    ],
)
def test_parties_returning_to_the_table_resume_the_talks_there(sentence: str, status: str) -> None:
    """A verb of returning (round_moving) to the table (طاولة، مائدة) keeps its status, as a
    move to a place does: the talks resume where the clause says."""
    (found,) = _rounds_after_context(sentence)
    assert found.status.value == status
    assert found.place is not None
    assert found.place.name == "Nairobi"


def test_a_topic_returning_to_the_table_is_no_round() -> None:
    """عادت ملفات الحدود إلى طاولة الحوار: the agenda (round_agenda_nouns), not the parties."""
    assert _rounds_after_context("وعادت ملفات الحدود إلى طاولة الحوار بين الحكومة والحركة.") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "وقال رئيس الوفد: اتفقنا على أن نلتقي مجدداً في نيروبي منتصف أبريل.",
        "وقال رئيس الوفد: من المقرر أن نجتمع بالوسطاء في جوبا الأحد المقبل.",
    ],
)
def test_a_side_meeting_in_the_first_person_present_under_a_cue_is_planned(
    sentence: str,
) -> None:
    """نلتقي، نجتمع، نجلس (round_meet_present) under a cue of agreeing or scheduling: the
    speaker's side and the other meet as the cue says."""
    (found,) = _rounds_after_context(sentence)
    assert found.status.value == "planned"
    assert found.place is not None


def test_a_side_meeting_as_a_habit_is_no_round() -> None:
    assert _rounds_after_context("وقال رئيس الوفد: نلتقي مع الوسطاء كل أسبوع لبحث التفاصيل.") == []


@pytest.mark.parametrize(
    ("sentence", "ordinal"),
    [
        ("وقال الوسيط إن الجولة الأخيرة كانت في جيبوتي الشهر الماضي.", None),
        ("وكان اللقاء الأول بين الرئيسين في جيبوتي.", 1),
    ],
)
def test_a_round_whose_past_copula_has_a_place_was_held_there(
    sentence: str, ordinal: int | None
) -> None:
    """كان / كانت (PAST_COPULAS) with a place as the predicate, before the round noun or after
    it and its adjectives, when no other cue governs the round."""
    (found,) = _rounds_after_context(sentence)
    assert (found.status.value, found.ordinal) == ("held", ordinal)
    assert found.place is not None
    assert found.place.name == "Djibouti"


def test_a_past_copula_leaves_a_schedule_its_own_status() -> None:
    (found,) = _rounds_after_context("وكان الاجتماع في جيبوتي مقرراً الأحد الماضي قبل أن يؤجل.")
    assert found.status.value == "cancelled"


@pytest.mark.parametrize(
    "sentence",
    [
        "وهذا هو الاجتماع الثالث، بعد لقاءين سابقين في كمبالا في مارس ٢٠٢٤ وفي جيبوتي في يوليو ٢٠٢٤.",
        "وكان الوفدان قد عقدا اجتماعين منفصلين في كمبالا وجيبوتي العام الماضي.",
    ],
)
def test_a_masculine_dual_adjective_keeps_the_duals_venues_its_own(sentence: str) -> None:
    """A masculine dual round noun takes a masculine dual adjective (لقاءين سابقين، اجتماعين
    منفصلين) as a plural takes a feminine one: the venues after it are its rounds' own."""
    places = {r.place.name for r in _rounds_after_context(sentence) if r.place is not None}
    assert {"Kampala", "Djibouti"} <= places


def test_a_dual_noun_with_a_complement_names_no_listed_venues() -> None:
    """A word opened by a preposition after the dual (اجتماعين للطرفين) is its complement, no
    adjective: the list of places after it is not read as the dual's venues past it."""
    found = _rounds_after_context("وناقش الاجتماعان للجنة الفنية الوضع في كمبالا وجيبوتي.")
    assert {r.place.name for r in found if r.place is not None} <= {"Kampala"}


def test_relative_ma_before_a_past_verb_is_no_negation() -> None:
    """ما before a past verb is "what" (ما اتُّفق عليه في القمة): the summit after it was held."""
    found = _rounds_after_context(
        "وقال الوسيط إن ما اتُّفق عليه في قمة كمبالا في 8 مايو بين الرئيسين هو وقف النار."
    )
    assert [(r.status.value, r.place and r.place.name) for r in found] == [("held", "Kampala")]


def test_a_round_noun_with_fa_after_a_colon_has_its_own_predicate() -> None:
    """ما جرى أمس: فالاجتماع … أُرجئ: the verb before the colon is not the round's; ف opens
    a clause whose own predicate (a postponement) governs it."""
    found = _rounds_after_context(
        "وأوضح دليل على ذلك ما جرى هذا الشهر: فالاجتماع الذي كان مقرراً في كمبالا يوم 12 مايو "
        "بين الوفدين أُرجئ إلى 3 يونيو المقبل."
    )
    assert [r.status.value for r in found] == ["cancelled", "planned"]


def test_a_round_after_ila_ma_baad_is_a_bound_not_a_round() -> None:
    """أُرجئ … إلى ما بعد الاجتماع الأول للجنة (CONVENTIONS rule 23): the meeting after ما بعد
    bounds the delay; it is no round held."""
    found = _rounds_after_context(
        "وأُرجئ سفر الوفد إلى كمبالا، الذي كان مقرراً غداً، إلى ما بعد الاجتماع الأول للجنة."
    )
    assert all(r.status.value != "held" for r in found)


@pytest.mark.parametrize(
    "sentence",
    [
        "وكانت جولتا المحادثات في كمبالا، بين ٢٣ و٢٥ مارس، قد أفضتا إلى تفاهم مبدئي.",
        "وشارك الطرفان في جولتي المفاوضات اللتين عقدتا في كمبالا في مارس ومايو.",
        "وذكّر الوسيط بجولتي الموائد المستديرة اللتين عقدتا في كمبالا العام الماضي.",
        "وشارك الطرفان في مائدتي كمبالا المستديرتين العام الماضي.",
    ],
)
def test_a_construct_dual_of_the_talks_it_counts_is_a_trigger(sentence: str) -> None:
    """The dual of a round noun in construct with a talks noun with the article (جولتا
    المحادثات، جولتي التفاوض، جولتي الموائد المستديرة), as with its city (مائدتي X
    المستديرتين): rounds held where its verb or venue says."""
    found = _rounds_after_context(sentence)
    assert [(r.status.value, r.place and r.place.name) for r in found] == [("held", "Kampala")]


def test_a_construct_dual_before_another_noun_is_no_round() -> None:
    """جولتي out of construct with talks or a place is "my tour" (جولتي الأفريقية)."""
    assert _rounds_after_context("وقال الوزير إن جولتي الأفريقية شملت خمس دول.") == []


def test_a_relative_verb_tells_of_its_own_noun_not_the_next() -> None:
    """محادثات X التي استمرت ثلاثة أيام … مفاوضات مباشرة: the verb after التي belongs to the
    talks it describes, though another round noun follows in the sentence."""
    found = _rounds_after_context(
        "لم تكن محادثات كمبالا التي استمرت ثلاثة أيام في فندق كبير الشهر الماضي "
        "مفاوضات مباشرة بين الطرفين بالمعنى الدقيق."
    )
    assert [(r.status.value, r.place and r.place.name) for r in found] == [("held", "Kampala")]


@pytest.mark.parametrize(
    "sentence",
    [
        "ولم يكن الاجتماع العاشر للجنة المشتركة بين البلدين، الذي عُقد في كمبالا مطلع الأسبوع، "
        "مختلفا كثيرا عما سبقه.",
        "ولم يكن الاجتماع العاشر لآلية التشاور الثنائية بشأن الحدود المشتركة (JBC)، الذي عُقد "
        "في كمبالا مطلع الأسبوع، مختلفا كثيرا عما سبقه.",
    ],
)
def test_a_relative_clause_after_the_round_nouns_complements_is_its_own(sentence: str) -> None:
    """، الذي عُقد في X after the round noun's long phrase of complements (a body, its topic,
    its acronym in brackets) tells the round held, however long the phrase."""
    found = _rounds_after_context(sentence)
    assert [(r.status.value, r.ordinal) for r in found] == [("held", 10)]


def test_a_comma_closing_the_rounds_phrase_does_not_part_the_postponing_from_its_date() -> None:
    """أُرجئ اجتماع … بين وفد الحزب ووزير العدل، إلى الخميس المقبل: the cancelled round and the
    round planned at the new date (CONVENTIONS rule 9)."""
    found = rounds_of(
        "تتواصل المفاوضات بين الحكومة الإثيوبية وجبهة تيغراي بوساطة أفريقية. وفي المقابل أُرجئ "
        "اجتماع كان مقرراً الاثنين الماضي بكمبالا بين وفد الجبهة ووزير العدل الإثيوبي، إلى "
        "الخميس المقبل، بسبب ازدحام جدول الوزير.",
        "2025-06-04",
    )
    assert sorted(r.status.value for r in found) == ["cancelled", "planned"]


@pytest.mark.parametrize(
    "sentence",
    [
        "وقال المسؤول إن ما طرحه الوسيط في اجتماع كمبالا الأخير لم يكن كافياً.",
        "وطرح الوسيط في الاجتماع الأخير في كمبالا مقترحاً جديداً.",
        "وناقش الوفدان في الجولة السابقة في كمبالا ملف الأسرى.",
    ],
)
def test_the_last_or_previous_round_at_a_place_was_held(sentence: str) -> None:
    """الأخير / السابق of a round named by its venue, with no cue of its own: a round that
    took place there."""
    found = _rounds_after_context(sentence)
    assert [(r.status.value, r.place and r.place.name) for r in found] == [("held", "Kampala")]


def test_the_last_round_still_to_come_is_not_held() -> None:
    """قبيل the last round at a place: still to come, never held."""
    found = _rounds_after_context(
        "وقال الوسيط إن الطرفين سيتبادلان الوثائق قبيل الاجتماع الأخير في كمبالا."
    )
    assert all(r.status.value != "held" for r in found)


@pytest.mark.parametrize(
    ("sentence", "ordinal"),
    [
        ("وكانت آخر جولة عُقدت في كمبالا في ديسمبر ٢٠٢٣، وكانت الرابعة منذ استئناف المفاوضات.", 4),
        (
            "وقد استضافت كمبالا في أكتوبر الماضي اجتماعا بين وزراء خارجية البلدين ومفوضية "
            "الاتحاد، كان الثاني من نوعه.",
            2,
        ),
    ],
)
def test_a_past_copula_after_a_clause_break_carries_the_rounds_ordinal(
    sentence: str, ordinal: int
) -> None:
    """، كان الثاني / ، وكانت الرابعة far after a round with a long phrase, as ، وهو الثاني /
    ، هي الخامسة: the past of the copula agreeing with the round noun."""
    found = _rounds_after_context(sentence)
    assert [(r.place and r.place.name, r.ordinal) for r in found] == [("Kampala", ordinal)]


def test_an_ordinal_of_one_of_the_rounds_a_plural_counts_is_not_the_plurals() -> None:
    """جولات سابقة، عُقدت اثنتان منها في X …، كانت الأولى منها: the first of them, not an
    ordinal of the plural."""
    found = _rounds_after_context(
        "ويأتي هذا اللقاء بعد ثلاث جولات سابقة، عُقدت اثنتان منها في كمبالا وواحدة في جيبوتي، "
        "كانت الأولى منها في أبريل الماضي."
    )
    assert all(r.ordinal is None for r in found)


@pytest.mark.parametrize(
    "sentence",
    [
        "وأعلنت نيروبي استعدادها لاستضافة أي محادثات بين الجيش والحركة الشعبية.",
        "وقال الوزير إن بلاده مستعدة لاستضافة أي جولة جديدة إذا طلب الطرفان ذلك.",
        "وأبدى رئيس الوزراء الإثيوبي استعداد بلاده لاستضافة أي لقاء بين الزعيمين.",
    ],
)
def test_an_offer_to_host_any_round_is_one_proposed_round(sentence: str) -> None:
    """مستعدة لاستضافة أي جولة: "any" after an offer to host is the round offered (rule 11
    of the conventions), a proposed round with no venue, not talks in general."""
    found = _rounds_after_context(sentence)
    assert [(r.status.value, r.place) for r in found] == [("proposed", None)]


@pytest.mark.parametrize(
    "sentence",
    [
        "وأبدت وزارة الخارجية الكينية استعداد نيروبي لاستضافة الجولة المقبلة بين الطرفين.",
        "وأكد الوزير استعداد الرياض لاستضافة أي لقاء بين الزعيمين.",
        "وأكدت الخارجية النرويجية استعداد أوسلو لاستضافة جولات أخرى بين الطرفين.",
        "وأبدى وزير الخارجية استعداد بلاده لاستضافة حوار جديد بين الحكومة والمعارضة.",
    ],
)
def test_an_offer_to_host_with_the_host_named_in_between_is_a_proposed_round(
    sentence: str,
) -> None:
    """استعداد نيروبي لاستضافة الجولة: the host named between the noun of readiness and the
    verbal noun of hosting still offers the round (rule 11), as «استعداد بلاده» does."""
    assert [r.status.value for r in _rounds_after_context(sentence)] == ["proposed"]


def test_a_named_hosts_readiness_to_host_no_negotiation_names_no_round() -> None:
    """استعداد الرياض لاستضافة المعرض: hosting an event that is no round offers none."""
    assert _rounds_after_context("وأكد الوزير استعداد الرياض لاستضافة المعرض الدولي للكتاب.") == []


def test_any_round_with_no_offer_to_host_names_no_round() -> None:
    """أي جولة قادمة with no offer before it: no particular round, nothing found."""
    assert _rounds_after_context("وقال الوزير إن أي جولة قادمة يجب أن تبدأ بملف الرواتب.") == []


def test_a_delegations_visit_to_a_city_is_a_round_held_there() -> None:
    """زار وفد X المدينة: a delegation's visit with no round noun, held where it went."""
    found = _rounds_after_context("وزار وفد من الحركة الشعبية كمبالا يوم الأحد الماضي.")
    assert [(r.status.value, r.place and r.place.name) for r in found] == [("held", "Kampala")]


def test_a_counted_visit_gives_the_round_its_ordinal() -> None:
    """، في زيارة هي الثالثة من نوعها: the visit's count is the round's ordinal."""
    found = _rounds_after_context(
        "وزار وفد الحكومة جوبا يوم الاثنين، في زيارة هي الثالثة من نوعها منذ توقيع الهدنة."
    )
    assert [(r.place and r.place.name, r.ordinal) for r in found] == [("Juba", 3)]


def test_a_visit_count_of_another_clause_is_not_the_visits() -> None:
    """، ثم استقبلت … في أول زيارة: the count belongs to the event after ثم."""
    found = _rounds_after_context(
        "وزار وفد الحكومة جوبا في مارس، ثم استقبلت كمبالا وفداً من الحركة في مايو، "
        "في أول زيارة علنية من نوعها."
    )
    assert all(r.ordinal is None for r in found if r.place and r.place.name == "Juba")
    assert any(r.place and r.place.name == "Juba" for r in found)


@pytest.mark.parametrize(
    "sentence",
    [
        "وزار الرئيس الفرنسي كمبالا يوم الأحد في جولة أفريقية.",
        "وزارت فرق اللجنة الدولية للصليب الأحمر المعتقلين في سجن بجوبا.",
        "ولم يزر وفد الحركة كمبالا منذ سنوات.",
    ],
)
def test_a_visit_with_no_delegation_or_to_captives_names_no_round(sentence: str) -> None:
    """One person's visit, a visit to captives, a negated visit: no round."""
    assert _rounds_after_context(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "وجلس رئيس الوزراء الإثيوبي ورئيس الجبهة، يوم الخميس، إلى طاولة واحدة في نيروبي.",
        "وجلس كبير مفاوضي الحكومة، وزير العدل السابق، قبالة ممثل الجبهة في مدينة نيروبي.",
    ],
)
def test_sitting_down_past_an_aside_is_a_round_at_the_place(sentence: str) -> None:
    """جلس X وY، يوم الخميس، إلى طاولة واحدة في Z: an aside between commas does not end
    the verb's clause."""
    found = _rounds_after_context(sentence)
    assert [(r.status.value, r.place and r.place.name) for r in found] == [("held", "Nairobi")]


def test_talks_that_disperse_were_held() -> None:
    """انفضّت الجولة: the round ended, so it was held."""
    found = _rounds_after_context("وانفضّت المحادثات بين الوفدين في نيروبي مساء الأربعاء.")
    assert [(r.status.value, r.place and r.place.name) for r in found] == [("held", "Nairobi")]


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        (
            "ووقّع رئيس الوزراء الإثيوبي آبي أحمد ورئيس الجبهة دبرصيون، مساء الخميس في البيت "
            "الأبيض، إعلاناً مشتركاً.",
            "Washington",
        ),
        (
            "ووقّعت حكومة رئيس الوزراء الإثيوبي آبي أحمد والجبهة الشعبية لتحرير تيغراي "
            "بنيروبي يوم السبت اتفاقاً لوقف إطلاق النار.",
            "Nairobi",
        ),
    ],
)
def test_a_signing_past_its_subject_at_a_building_or_an_attached_venue(
    sentence: str, place: str
) -> None:
    """وقّع X وY، …، في البيت الأبيض، إعلاناً; وقّعت X وY بنيروبي يوم السبت اتفاقاً: the
    venue right before the agreement (a building, or with ب attached) makes the agreement the
    verb's object, a round held there."""
    found = _rounds_after_context(sentence)
    assert [(r.status.value, r.place and r.place.name) for r in found] == [("held", place)]


def test_talks_that_will_move_to_a_city_are_planned_there() -> None:
    """ستنتقل المباحثات الأسبوع المقبل إلى X: a round to come, where the talks move."""
    found = _rounds_after_context("وقال مصدر إن المباحثات ستنتقل الأسبوع المقبل إلى نيروبي.")
    assert [(r.status.value, r.place and r.place.name) for r in found] == [("planned", "Nairobi")]


def test_talks_that_will_move_to_a_new_stage_name_no_round() -> None:
    """ستنتقل المفاوضات إلى مرحلة جديدة: moved to a stage, no place, no round."""
    assert _rounds_after_context("وقال الوسيط إن المفاوضات ستنتقل إلى مرحلة جديدة.") == []


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        (
            "اقترح المبعوث الأممي إلى اليمن، في إحاطة أمام مجلس الأمن، عقد جولة جديدة من "
            "المحادثات بين الحكومة والحوثيين في مسقط.",
            "Muscat",
        ),
        (
            "اقترح رئيس الوزراء الإثيوبي، الأسبوع الماضي، عقد لقاء مع الرئيس الإريتري في نيروبي.",
            "Nairobi",
        ),
    ],
)
def test_a_verbal_noun_of_holding_after_a_proposal_and_an_aside_is_proposed(
    sentence: str, place: str
) -> None:
    """اقترح X، في إحاطة أمام …، عقد جولة: the comma before عقد closes an aside after the
    verb's subject, so عقد is the verbal noun the proposal governs, not a past verb."""
    found = rounds_of(sentence, published="2026-03-14")
    assert [(r.status.value, r.place and r.place.name) for r in found] == [("proposed", place)]


def test_a_held_verb_after_an_aside_with_its_own_subject_stays_held() -> None:
    """اقترح الوسيط …، وبعد أيام، عقد الطرفان جولة: a clause of its own, the round held."""
    found = rounds_of(
        "اقترح الوسيط القطري وقفاً لإطلاق النار، وبعد أيام، عقد الطرفان جولة محادثات في الدوحة.",
        published="2026-03-14",
    )
    assert [(r.status.value, r.place and r.place.name) for r in found] == [("held", "Doha")]


WEEK_SUMMARY = (
    "حصاد الأسبوع\n\nعقد الطرفان جولة محادثات في جدة يوم الاثنين برعاية سعودية.\n\n"
    "{heading}\n\n- الخميس: اجتماع للجنة العسكرية المشتركة بين الحكومة اليمنية والحوثيين "
    "في عمّان.\n"
)


@pytest.mark.parametrize(
    "heading", ["ما الذي ننتظره الأسبوع المقبل؟", "■ الأسبوع المقبل", "في الأسبوع القادم"]
)
def test_an_item_under_a_heading_of_the_coming_week_is_planned(heading: str) -> None:
    """A week summary's section "ما الذي ننتظره الأسبوع المقبل؟" lists what is to come: its
    item with no verb and a bare weekday (الخميس: اجتماع … في عمّان) is planned."""
    found = rounds_of(WEEK_SUMMARY.format(heading=heading), published="2026-03-14")
    assert [(r.status.value, r.place and r.place.name) for r in found] == [
        ("held", "Jeddah"),
        ("planned", "Amman"),
    ]


@pytest.mark.parametrize("heading", ["المشهد اليمني", "وزير الخارجية يزور عمّان الأسبوع المقبل"])
def test_an_item_under_another_heading_is_not_made_planned(heading: str) -> None:
    """Under another heading, or a headline that only names next week among its words, the
    same item is not taken as to come."""
    found = rounds_of(WEEK_SUMMARY.format(heading=heading), published="2026-03-14")
    assert ("planned", "Amman") not in [(r.status.value, r.place and r.place.name) for r in found]


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        (
            "وقال مسؤول إن الإدارة الأمريكية تدرس استضافة قمة بين الرئيسين الكونغولي والرواندي "
            "في واشنطن.",
            "Washington",
        ),
        (
            "وتقول مصادر إن الحكومة الألمانية تدرس الدعوة إلى جولة جديدة من المحادثات بين "
            "الأطراف الليبية في برلين.",
            "Berlin",
        ),
        (
            "ونقلت الصحيفة أن الوسطاء القطريين يفكرون في عقد جولة جديدة بين كينشاسا وكيغالي في "
            "الدوحة.",
            "Doha",
        ),
    ],
)
def test_a_round_someone_considers_holding_or_calling_is_possible(
    sentence: str, place: str
) -> None:
    """تدرس استضافة قمة، تدرس الدعوة إلى جولة، يفكرون في عقد جولة: no decision and no offer
    yet, so the round is only possible (not the call's proposed)."""
    found = rounds_of(sentence, published="2026-03-14")
    assert [(r.status.value, r.place and r.place.name) for r in found] == [("possible", place)]


def test_a_later_mention_of_a_round_called_off_gives_its_new_date() -> None:
    """A round told called off, and in a later sentence put off to a date (قال الوسيط إن
    الاجتماع أُرجئ إلى 12 يوليو): the cancelled record and the round planned at the new date,
    its evidence the words that give that date (CONVENTIONS rule 9)."""
    text = (
        "تتواصل المفاوضات بين الحكومة الإثيوبية وجبهة تيغراي بوساطة أفريقية. وأعلنت الوساطة "
        "إلغاء الاجتماع الثالث بين الطرفين في كمبالا. وقال المتحدث باسم الوساطة إن الاجتماع "
        "الثالث أُرجئ إلى 12 يوليو، لإتاحة وقت للمشاورات."
    )
    found = rounds_of(text, "2025-06-04")
    assert sorted((r.status.value, r.ordinal) for r in found) == [
        ("cancelled", 3),
        ("planned", 3),
    ]
    planned = next(r for r in found if r.status.value == "planned")
    assert planned.date is not None
    assert planned.date.text == "12 يوليو"
    assert planned.evidence.slice(text).startswith("أُرجئ إلى")


def test_until_after_a_denial_is_no_new_date() -> None:
    """أُرجئ مرة بعد أخرى ولم يُعقد حتى اليوم: حتى of a denied clause says how long the round
    has not met, not a date it is put off to; the round stays one cancelled record."""
    found = rounds_of(
        "تتواصل المفاوضات بين الحكومة الإثيوبية وجبهة تيغراي بوساطة أفريقية. ومنذ ذلك الحين "
        "أُرجئ الاجتماع الثالث بين الطرفين في كمبالا مرة بعد أخرى ولم يُعقد حتى اليوم.",
        "2025-06-04",
    )
    assert [(r.status.value, r.ordinal) for r in found] == [("cancelled", 3)]


@pytest.mark.parametrize(
    "sentence",
    [
        "وكانت هذه الجولة مقررة أصلاً في مارس الماضي، قبل أن تُرجأ بطلب من وفد الجبهة.",
        "وكان مقرراً أن تُعقد الجولة في مارس الماضي، غير أنها أُرجئت بسبب المعارك.",
    ],
)
def test_the_storys_round_called_off_at_its_first_date_keeps_its_ordinal(sentence: str) -> None:
    """The round the story tells, named again by reference with a schedule told in the past
    and put off (وكانت هذه الجولة مقررة أصلاً في …، قبل أن تُرجأ): a cancelled record of its
    own for the first date, with that round's ordinal (CONVENTIONS rule 9)."""
    found = rounds_of(
        "اختتم وفدا الحكومة الإثيوبية وجبهة تيغراي مساء الأحد الجولة الرابعة من المفاوضات في "
        "كمبالا بوساطة أفريقية. " + sentence,
        "2025-06-04",
    )
    assert sorted((r.status.value, r.ordinal) for r in found) == [
        ("cancelled", 4),
        ("held", 4),
    ]


def test_a_round_counted_only_in_apposition_lends_no_ordinal_to_its_first_date() -> None:
    """A round told with no ordinal after its own noun (جولة جديدة …، هي الرابعة) gives none
    to the cancelled record of its first date."""
    found = rounds_of(
        "اختتم وفدا الحكومة الإثيوبية وجبهة تيغراي مساء الأحد جولة جديدة من المفاوضات في "
        "كمبالا بوساطة أفريقية، هي الرابعة. وكانت هذه الجولة مقررة أصلاً في مارس الماضي، قبل "
        "أن تُرجأ بطلب من وفد الجبهة.",
        "2025-06-04",
    )
    assert [r.ordinal for r in found if r.status.value == "cancelled"] == [None]


def test_past_a_trips_destination_the_postponing_gives_its_new_date() -> None:
    """أرجأ الوفد سفره إلى X الذي كان مقرراً اليوم إلى صباح الغد: a trip put off is a round
    cancelled at X; past the إلى of the destination, the إلى of the new date gives the round
    planned there (CONVENTIONS rule 9)."""
    text = (
        "تتواصل المفاوضات بين الحكومة الإثيوبية وجبهة تيغراي بوساطة أفريقية. وأفادت مصادر بأن "
        "وفد الجبهة أرجأ سفره إلى كمبالا الذي كان مقرراً اليوم إلى صباح الغد، بانتظار مشاورات "
        "داخلية."
    )
    found = rounds_of(text, "2025-06-04")
    assert sorted((r.status.value, r.place and r.place.name) for r in found) == [
        ("cancelled", "Kampala"),
        ("planned", "Kampala"),
    ]
    planned = next(r for r in found if r.status.value == "planned")
    assert planned.date is not None
    assert planned.date.text == "صباح الغد"


def test_the_round_put_off_told_again_at_its_new_date_is_one_record() -> None:
    """أُرجئ لقاء X إلى 20 يونيو … "- استئناف لقاء X المؤجل في 20 يونيو": the round the text
    calls the one put off (المؤجل), planned on the day it was put off to, is the round
    planned at the new date, not another."""
    found = rounds_of(
        "تتواصل المفاوضات بين الحكومة الإثيوبية وجبهة تيغراي بوساطة أفريقية. وكان لقاء بين "
        "الطرفين مقرراً الأحد في كمبالا قد أُرجئ إلى 20 يونيو الجاري بطلب من الجبهة.\n\n"
        "ما الذي ننتظره الأسبوع المقبل؟\n- استئناف لقاء كمبالا المؤجل بين الحكومة والجبهة في "
        "20 يونيو.",
        "2025-06-04",
    )
    assert sorted(r.status.value for r in found) == ["cancelled", "planned"]


def test_a_trip_put_off_to_after_an_event_has_no_new_date() -> None:
    """تأجيل سفر الوفد إلى X …، إلى ما بعد Y: past the destination, إلى ما بعد is a bound,
    not a new date (CONVENTIONS rule 23): the cancelled round only."""
    found = rounds_of(
        "تتواصل المفاوضات بين الحكومة الإثيوبية وجبهة تيغراي بوساطة أفريقية. وأعلنت الوساطة "
        "تأجيل سفر وفد الجبهة إلى كمبالا، الذي كان مقرراً غداً، إلى ما بعد اجتماع اللجنة.",
        "2025-06-04",
    )
    assert [r.status.value for r in found] == ["cancelled"]


# -- a conference named by what it is for ---------------------------------------------------


def _evidence(text: str, found: Round) -> str:
    return text[found.evidence.start : found.evidence.end]


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("ودعت الجامعة العربية إلى عقد مؤتمر إقليمي للسلام قبل نهاية العام.", RoundStatus.PROPOSED),
        ("وأبدت كينيا استعدادها لاستضافة مؤتمر حوار شامل بين الأطراف.", RoundStatus.PROPOSED),
        ("وأُرجئ مؤتمر التشاور الوطني الذي كان مقرراً الأسبوع المقبل.", RoundStatus.CANCELLED),
    ],
)
def test_a_conference_of_peace_or_dialogue_is_a_round(sentence: str, status: RoundStatus) -> None:
    text = _CONTEXT + sentence
    found = [r for r in _rounds_after_context(sentence) if "مؤتمر" in _evidence(text, r)]
    assert [r.status for r in found] == [status]


@pytest.mark.parametrize(
    "sentence",
    [
        "وعقد وزير الخارجية مؤتمراً صحفياً مشتركاً مع نظيره الكيني.",
        "ودعت الأمم المتحدة إلى عقد مؤتمر للمانحين لدعم النازحين.",
        "واختتم الحزب الحاكم مؤتمره العام الثامن في العاصمة.",
    ],
)
def test_a_conference_for_anything_else_is_no_round(sentence: str) -> None:
    text = _CONTEXT + sentence
    assert not [r for r in _rounds_after_context(sentence) if "مؤتمر" in _evidence(text, r)]


@pytest.mark.parametrize(
    "sentence",
    [
        "وأبدى حاكم الإقليم استعداده لاستضافة مؤتمر موسع يضم الحكومة المركزية وجميع الأقاليم.",
        "ودعت الهيئة الإقليمية إلى مؤتمر جامع في نيروبي يضم كل الحركات المسلحة.",
        "واقترح المبعوث الأممي عقد مؤتمر رباعي رسمي قبل نهاية الشهر المقبل.",
    ],
)
def test_a_conference_told_by_its_breadth_or_sides_is_a_round(sentence: str) -> None:
    """مؤتمر موسع / جامع / رباعي: an adjective right after the noun that tells who sits at it
    makes the conference talks between the parties, as a word of peace or dialogue does."""
    text = _CONTEXT + sentence
    found = [r for r in _rounds_after_context(sentence) if "مؤتمر" in _evidence(text, r)]
    assert [r.status for r in found] == [RoundStatus.PROPOSED]


def test_a_press_conference_told_as_broad_is_no_round() -> None:
    """مؤتمر صحفي موسع: the breadth word after the press adjective is no conference of parties."""
    sentence = "وقال الوزير في مؤتمر صحفي موسع إن بلاده ستواصل دعم الوساطة بين الطرفين."
    text = _CONTEXT + sentence
    assert not [r for r in _rounds_after_context(sentence) if "مؤتمر" in _evidence(text, r)]


# -- talks over a hotline -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        (
            "وأجرى قائدا أركان الجيشين، مساء الأربعاء، محادثات عبر الخط الساخن استمرت ساعة.",
            RoundStatus.HELD,
        ),
        (
            "ومن المرتقب أن يجري القائدان العسكريان جولة جديدة من المحادثات عبر الخط الساخن "
            "يوم الخميس المقبل.",
            RoundStatus.PLANNED,
        ),
    ],
)
def test_talks_over_a_hotline_are_a_round(sentence: str, status: RoundStatus) -> None:
    """Talks two armies' commanders hold over their hotline are a round, as the blind gold
    codes them: the line is their standing channel of military talks, not a phone call."""
    text = _CONTEXT + sentence
    found = [r for r in _rounds_after_context(sentence) if "محادثات" in _evidence(text, r)]
    assert [r.status for r in found] == [status]


@pytest.mark.parametrize(
    "sentence",
    [
        "وأجرى قائدا أركان الجيشين اتصالاً هاتفياً عبر الخط الساخن مساء الأربعاء.",
        "ولم يبق بين الجيشين من قناة مفتوحة سوى الخط الساخن بين قائدي الأركان.",
        "وأجرى الرئيسان محادثات هاتفية مساء الأربعاء تناولت الهدنة.",
    ],
)
def test_a_call_or_the_hotline_itself_is_no_round(sentence: str) -> None:
    """A call over the hotline, the line named as a channel, and talks by phone are no round."""
    assert _rounds_after_context(sentence) == []


# -- readiness past an adverb ---------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "وقال المتحدث إن رئيس الحكومة مستعد أيضاً للقاء زعيم الجبهة متى توافرت الضمانات.",
        "وأكدت الخارجية أن الحكومة مستعدة فقط للقاء ممثلي الجبهة المفوضين.",
        "وقال رئيس الوفد: نحن مستعدون كذلك لعقد اجتماع على مستوى الوزراء قبل نهاية الشهر.",
    ],
)
def test_readiness_past_an_adverb_proposes_the_round(sentence: str) -> None:
    """An adverb of addition or restriction between a word of readiness and its round
    (مستعد أيضاً للقاء، مستعدة فقط للقاء، مستعدون كذلك لعقد اجتماع) leaves the offer governing
    it: the round is proposed."""
    assert [r.status for r in _rounds_after_context(sentence)] == [RoundStatus.PROPOSED]


def test_readiness_past_an_adverb_for_anything_else_is_no_round() -> None:
    """Ready, past an adverb, to go on with talks is no offer of a round of its own."""
    assert _rounds_after_context("وقال الوزير إن بلاده مستعدة أيضاً لمواصلة الحوار.") == []


@pytest.mark.parametrize(
    ("text", "places"),
    [
        (
            "اجتمع وفدا البلدين في جنيف يوم الأربعاء لمراجعة التنفيذ. ويأتي الاجتماع بعد أن "
            "وقّع الرئيسان في جنيف في مارس الماضي اتفاقاً للسلام.",
            ["جنيف", "جنيف"],
        ),
        (
            "التقى وزيرا خارجية البلدين في باريس يوم الخميس. ويأتي اللقاء بعد أن وقّع الرئيسان "
            "في قصر الإليزيه في يناير الماضي إعلاناً مشتركاً.",
            ["باريس", "قصر الإليزيه"],
        ),
    ],
)
def test_a_signing_after_bada_an_in_another_rounds_sentence_is_a_round_of_its_own(
    text: str, places: list[str]
) -> None:
    """ويأتي الاجتماع بعد أن وقّع الرئيسان في X في مارس اتفاقاً: the signing is the earlier
    event the meeting is timed from, held where the verb tells, not the meeting told."""
    assert held_at(text) == places


def test_a_signing_after_bada_an_with_no_other_round_is_the_one_round() -> None:
    text = "وبعد أن وقّع الطرفان في نيروبي في يناير الماضي إعلان مبادئ، عادا إلى بلديهما."
    assert held_at(text) == ["نيروبي"]
