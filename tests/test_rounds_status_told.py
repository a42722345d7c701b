"""The status of a round its own phrase tells: a round named after منذ is the point a time
is counted from (held), and the round that is the subject of a past كان takes the verb after
قد, however long its phrase and its asides (held, or called off)."""

from __future__ import annotations

import pytest

from negotext.analysis import Analysis
from negotext.document import Document
from negotext.extractors.rounds import find_rounds
from negotext.records import Round, RoundStatus

#: A first line that makes the document one about negotiating parties.
CONTEXT = "تتواصل الوساطة بين الحكومة والمعارضة في السودان وجنوب السودان.\n"


def rounds_of(text: str, published: str | None = None) -> list[Round]:
    return find_rounds(Analysis(Document(CONTEXT + text, published=published)))


def only(text: str, published: str | None = None) -> Round:
    found = rounds_of(text, published)
    assert len(found) == 1, [(r.status, r.evidence) for r in found]
    return found[0]


def test_a_round_after_since_was_held_even_when_its_bare_date_reads_as_to_come() -> None:
    # told in March, "14 May" with no year reads as this May: still a round since which
    found = only(
        "ولم تُعقد أي جولة مباشرة بين الطرفين منذ الجولة الرابعة في جنيف في 14 مايو، والتي "
        "استمرت أقل من ساعتين.",
        published="2025-03-01",
    )
    assert found.status is RoundStatus.HELD
    assert found.ordinal == 4
    assert found.place is not None
    assert found.place.name == "Geneva"


@pytest.mark.parametrize(
    "text",
    [
        "ولم يلتق الزعيمان منذ قمة أروشا، إذ رفض أحدهما الجلوس مع الآخر.",
        "فمنذ لقاء أروشا لم يتحقق أي تقدم في ملف الترتيبات الأمنية.",
    ],
)
def test_a_round_named_after_since_is_held(text: str) -> None:
    found = only(text)
    assert found.status is RoundStatus.HELD
    assert found.place is not None
    assert found.place.name == "Arusha"


def test_the_round_before_named_after_since_is_no_round_of_its_own() -> None:
    assert rounds_of("وقال الوسيط إن الطرفين تبادلا قوائم المحتجزين منذ الاجتماع السابق.") == []


def test_the_subject_of_a_past_copula_takes_the_verb_after_qad_past_a_long_aside() -> None:
    found = only(
        "وكان لقاء موسع بين الحكومة والمعارضة في جوبا، مخصص لمناقشة ترتيبات تقاسم السلطة "
        "التي ستشرف عليها اللجنة، قد أُلغي الأسبوع الماضي بسبب خلافات حول جدول الأعمال."
    )
    assert found.status is RoundStatus.CANCELLED
    assert found.place is not None
    assert found.place.name == "Juba"


def test_the_subject_of_a_past_copula_held_when_the_verb_after_qad_tells_an_outcome() -> None:
    found = only(
        "وكانت مشاورات مماثلة برعاية أفريقية في أديس أبابا بين الجيش والحركة الشعبية، "
        "التي تدير أجزاء واسعة من الولاية منذ سنوات، قد أسفرت في مارس عن هدنة قصيرة."
    )
    assert found.status is RoundStatus.HELD
    assert found.place is not None
    assert found.place.name == "Addis Ababa"


def test_a_numbered_round_dated_by_its_month_before_publication_was_held() -> None:
    # no verb of holding: the month written fixes the date in the story's year, before it
    found = rounds_of(
        "انتهت الجولة الخامسة من المحادثات في نيروبي يوم الأحد دون اتفاق.\n"
        "أما الجولة الرابعة، في يوليو، فلم تدم أكثر من ساعة.",
        published="2024-09-10",
    )
    fourth = [r for r in found if r.ordinal == 4]
    assert len(fourth) == 1, [(r.status, r.ordinal) for r in found]
    assert fourth[0].status is RoundStatus.HELD


def test_a_numbered_round_dated_by_a_bare_weekday_is_not_told_held() -> None:
    # a weekday names no month: in a list of the week to come it is ahead, not past
    found = rounds_of(
        "■ الأسبوع المقبل\n- الأربعاء: جولة ثالثة من محادثات الحكومة والمعارضة في جوبا.",
        published="2024-09-14",
    )
    assert not any(r.status is RoundStatus.HELD for r in found), [
        (r.status, r.ordinal) for r in found
    ]


def test_a_numbered_round_of_a_counted_series_sits_where_the_series_did() -> None:
    found = rounds_of(
        "شارك الوزير الإريتري في الجولات الأربع من المحادثات المباشرة مع إثيوبيا في نيروبي.\n"
        "وفي الجولة الثانية، في 12 فبراير، اتفق الطرفان على فتح المعابر.",
        published="2024-08-01",
    )
    second = [r for r in found if r.ordinal == 2]
    assert len(second) == 1, [(r.status, r.ordinal, r.place) for r in found]
    assert second[0].status is RoundStatus.HELD
    assert second[0].place is not None
    assert second[0].place.name == "Nairobi"


def test_a_numbered_round_with_no_date_does_not_take_the_series_venue() -> None:
    found = rounds_of(
        "تحليل: أربع جولات في نيروبي.. والمعابر مغلقة\n\n"
        "وقال الوزير إن الجولة الثانية كانت الأصعب.",
        published="2024-08-01",
    )
    assert not any(r.ordinal == 2 and r.place is not None for r in found), [
        (r.status, r.ordinal, r.place) for r in found
    ]


def test_the_last_of_rounds_told_by_a_plural_was_held_where_it_names() -> None:
    found = rounds_of(
        "وقال الوزير: عقدنا جولات في الدوحة والقاهرة بين 2019 و2021، وآخرها كان في الخرطوم، "
        "ثم توقف كل شيء.",
        published="2024-05-01",
    )
    last = [r for r in found if r.place is not None and r.place.text == "الخرطوم"]
    assert len(last) == 1, [(r.status, r.place) for r in found]
    assert last[0].status is RoundStatus.HELD


def test_a_counted_plural_sits_where_its_last_round_did() -> None:
    found = rounds_of(
        "وقال المفاوض: عقدنا أربع جولات منذ مطلع العام، آخرها في جوبا قبل أسبوع، واتفقنا على "
        "تشكيل لجنة.",
        published="2024-05-01",
    )
    assert [(r.status, r.place.text if r.place else None) for r in found] == [
        (RoundStatus.HELD, "جوبا")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "وفشلت محاولات عدة للتوصل إلى هدنة، كان آخرها في جوبا العام الماضي.",
        "وعقد الطرفان جولات عدة في نيروبي، آخرها في مارس، دون نتيجة.",
        "وستُعقد جولات جديدة خلال الصيف، آخرها في جوبا.",
    ],
)
def test_the_last_of_them_tells_no_round_of_its_own_otherwise(text: str) -> None:
    found = rounds_of(text, published="2024-05-01")
    held_in_juba = [
        r
        for r in found
        if r.status is RoundStatus.HELD and r.place is not None and r.place.text == "جوبا"
    ]
    assert held_in_juba == [], [(r.status, r.place) for r in found]


# -- agreed in a round ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "ordinal", "place"),
    [
        (
            "وكان الوفدان قد اتفقا في الجولة الرابعة على فتح ممر إنساني، لكنه لم يُفتح بعد.",
            4,
            None,
        ),
        (
            "وبدأ تطبيق الهدنة، التي توصل إليها الجانبان في مفاوضات لومي برعاية إقليمية، "
            "صباح الأحد.",
            None,
            "Lome",
        ),
        ("ووقّع الوزيران نص التفاهم في اجتماعهما الثاني، بحضور الوسطاء.", 2, None),
    ],
)
def test_a_round_something_was_agreed_or_signed_in_was_held(
    text: str, ordinal: int | None, place: str | None
) -> None:
    found = only(text)
    assert found.status is RoundStatus.HELD
    assert found.ordinal == ordinal
    assert (found.place.name if found.place is not None else None) == place


@pytest.mark.parametrize(
    "text",
    [
        "اتفق الوفدان على المشاركة في الجولة المقبلة.",  # what they agreed to do: to come
        "ولم يتفق الوفدان في الجولة الرابعة على أي بند.",  # negated: nothing settled there
        "اتفقنا في الجولة الأخيرة على تبادل القوائم.",  # no round of its own: the last one told
    ],
)
def test_no_held_round_where_nothing_was_settled_in_a_particular_round(text: str) -> None:
    assert not [r for r in rounds_of(text) if r.status is RoundStatus.HELD]


@pytest.mark.parametrize(
    ("text", "ordinal", "city"),
    [
        (
            "واتفق الوسطاء في ختام المشاورات على عقد الجولة الثالثة في نيروبي مطلع الشهر المقبل.",
            3,
            "Nairobi",
        ),
        (
            "وأعلن المبعوثان في ختام اللقاء أن الاجتماع الخامس للجنة المشتركة سيُعقد في "
            "كمبالا خلال الخريف المقبل.",
            5,
            "Kampala",
        ),
    ],
)
def test_a_round_agreed_on_at_the_close_of_another_is_planned(
    text: str, ordinal: int, city: str
) -> None:
    # the meeting just closed (ختام المشاورات) and the one agreed on or announced are two
    # rounds: the second is not one phrase with the first, nor held with it
    found = [r for r in rounds_of(text) if r.ordinal == ordinal]
    assert len(found) == 1, [(r.status, r.evidence) for r in rounds_of(text)]
    assert found[0].status is RoundStatus.PLANNED
    assert found[0].place is not None
    assert found[0].place.name == city


def test_a_meeting_agreed_on_after_a_that_word_is_planned() -> None:
    found = rounds_of(
        "وقال الوسيط الكيني للصحفيين بعد الاجتماع إن الوفدين اتفقا على الالتقاء مجدداً في "
        "أروشا خلال مايو المقبل."
    )
    planned = [r for r in found if r.status is RoundStatus.PLANNED]
    assert len(planned) == 1, [(r.status, r.evidence) for r in found]
    assert planned[0].place is not None
    assert planned[0].place.name == "Arusha"


def test_a_round_and_its_talks_joined_by_min_stay_one_round() -> None:
    found = only("واختُتمت في أروشا الجولة الثالثة من المفاوضات بين الحكومة والمعارضة.")
    assert found.status is RoundStatus.HELD
    assert found.ordinal == 3


#: An interview's opening and its first question, around the opening's sentence.
INTERVIEW = "حوار | رئيس وفد المعارضة: لا اتفاق دون ضمانات\n\n{}\n\n■ ما الذي تنتظرونه من الجولة؟\n- ننتظر خطوات عملية.\n"


@pytest.mark.parametrize(
    ("opening", "ordinal", "place"),
    [
        (
            "قبل أيام من انطلاق الجولة الخامسة من المفاوضات في نيروبي، التقينا سمير الحداد، "
            "رئيس وفد المعارضة، في مكتبه.",
            5,
            "Nairobi",
        ),
        (
            "التقيناه في مكتبه عشية الجولة الثانية من المحادثات في أديس أبابا، وكان هذا الحوار:",
            2,
            "Addis Ababa",
        ),
    ],
)
def test_a_round_on_whose_eve_the_newsroom_met_its_guest_is_planned(
    opening: str, ordinal: int, place: str
) -> None:
    found = [r for r in rounds_of(INTERVIEW.format(opening)) if r.ordinal == ordinal]
    assert [r.status for r in found] == [RoundStatus.PLANNED]
    assert found[0].place is not None
    assert found[0].place.name == place


def test_a_round_after_which_the_newsroom_met_its_guest_is_not_planned() -> None:
    opening = (
        "بعد أيام من انتهاء الجولة الخامسة من المفاوضات في نيروبي، التقينا سمير الحداد، "
        "رئيس وفد المعارضة، في مكتبه."
    )
    found = [r for r in rounds_of(INTERVIEW.format(opening)) if r.ordinal == 5]
    assert RoundStatus.PLANNED not in [r.status for r in found]
