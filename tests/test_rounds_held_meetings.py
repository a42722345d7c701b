"""Held meetings told by a verb of sitting or of signing that no round noun names.

Sentences here are composed for the tests, not taken from any article.
"""

from __future__ import annotations

import pytest

from helpers_rounds import held_at, rounds_of
from negotext.records import RoundStatus

# -- sitting ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("في الدوحة، جلس الوفدان السوداني والتشادي يوم السبت لأكثر من ست ساعات.", "الدوحة"),
        ("وفي نيامي، يوم الأحد، جلس الوفدان المالي والنيجري لبحث أمن الحدود.", "نيامي"),
        ("وبالقاهرة جلس الفلسطينيون والإسرائيليون في مارس الماضي لبحث التهدئة.", "القاهرة"),
    ],
)
def test_a_city_fronted_before_a_verb_of_sitting_is_where_they_met(text: str, place: str) -> None:
    assert held_at(text) == [place]


def test_a_fronted_city_wins_over_a_city_of_a_later_clause() -> None:
    text = (
        "في الدوحة، جلس الوفدان السوداني والتشادي يوم السبت لأكثر من ست ساعات، "
        "وفي الخرطوم، جلس الوزير على مقعده."
    )
    assert held_at(text) == ["الدوحة"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "جلس قادة الدول الخمس حول طاولة مستديرة في أديس أبابا لبحث الأزمة بين السودان "
            "وجنوب السودان.",
            "أديس أبابا",
        ),
        (
            "جلس رئيس الوزراء الباكستاني مع الرئيس الأفغاني في الدوحة لبحث التوتر بين باكستان "
            "وأفغانستان.",
            "الدوحة",
        ),
        ("جلس وزراء خارجية السعودية وإيران والصين حول طاولة واحدة في بكين.", "بكين"),
    ],
)
def test_leaders_sitting_around_a_table_at_a_city_met_there(text: str, place: str) -> None:
    assert held_at(text) == [place]


@pytest.mark.parametrize(
    "text",
    [
        "وفي السودان، جلس الوفدان في قاعتين منفصلتين.",  # a country fronted: the topic
        "في الدوحة، جلس الرئيس القطري على مقعده قبل بدء الحفل.",  # one party
    ],
)
def test_no_meeting_where_a_fronted_place_or_the_subject_does_not_tell_one(text: str) -> None:
    assert rounds_of(text) == []


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


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "لم يعد اتفاق جوبا لتقاسم الثروة، الذي وقعته الحكومة السودانية والحركة الشعبية في "
            "أكتوبر 2020، يحظى بالزخم ذاته.",
            "جوبا",
        ),
        (
            "تعهدت الحكومتان بالانسحاب في «إعلان الدوحة» للأمن، الذي وقّعه الرئيس الكيني ونظيره "
            "الصومالي في العاصمة القطرية في مارس الماضي.",
            "العاصمة القطرية",
        ),
    ],
)
def test_a_signing_in_a_relative_clause_after_the_agreement_s_name_and_a_comma(
    text: str, place: str
) -> None:
    assert held_at(text) == [place]


def test_a_relative_clause_of_another_verb_after_an_agreement_tells_no_round() -> None:
    text = (
        "لم يعد اتفاق جوبا لتقاسم الثروة، الذي رفضته الحكومة السودانية والحركة الشعبية في "
        "أكتوبر 2020، يحظى بالزخم ذاته."
    )
    assert rounds_of(text) == []


def test_a_passive_signing_after_the_agreement_s_name_and_a_comma_tells_no_round() -> None:
    text = (
        "دعا الوسطاء إلى احترام اتفاق جوبا لتقاسم الثروة، الذي وُقّع في أكتوبر 2020 بين السودان "
        "وجنوب السودان."
    )
    assert rounds_of(text) == []


# -- standing together ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "حين وقف الرئيس الكيني وليام روتو بين الرئيس الكونغولي فيليكس تشيسكيدي "
            "والرئيس الرواندي بول كاغامي في نيروبي، ظن كثيرون أن الحرب انتهت.",
            "نيروبي",
        ),
        (
            "وعندما وقف فلاديمير بوتين ودونالد ترامب جنبا إلى جنب في هلسنكي، "
            "بدا وقف إطلاق النار في أوكرانيا قريباً.",
            "هلسنكي",
        ),
    ],
)
def test_leaders_standing_together_at_a_place_met_there(text: str, place: str) -> None:
    assert held_at(text) == [place]


@pytest.mark.parametrize(
    "text",
    [
        # alone before a body, no one beside him: a speech, no meeting
        "حين وقف الرئيس الكيني وليام روتو أمام البرلمان في نيروبي ليعلن خطته للسلام.",
        # the verbal noun of a ceasefire, with no conjunction of time before it
        "وقال إن وقف إطلاق النار بين الكونغو ورواندا في غوما ما زال هشاً.",
    ],
)
def test_standing_alone_or_a_ceasefire_is_no_meeting(text: str) -> None:
    assert rounds_of(text) == []


# -- sessions between parties -------------------------------------------------------------

#: A first line that makes the document one about negotiating parties.
_TALKS = "تتواصل الوساطة بين الحكومة والمتمردين في تشاد والنيجر.\n"


@pytest.mark.parametrize(
    ("text", "status", "place"),
    [
        (  # a definite session with its adjective and its parties: not a sitting of a round told
            "وقال الوسيط إن الجلسة الفنية بين وفدي الحكومة والجبهة، التي كانت مقررة في نيامي، "
            "أُلغيت.",
            RoundStatus.CANCELLED,
            "نيامي",
        ),
        (  # a session of a part of the day, told with its schedule and its parties
            "وأكدت مصادر في نجامينا أن جلسة صباحية كانت مقررة بين الوسطاء ووفد الجبهة أُرجئت.",
            RoundStatus.CANCELLED,
            None,
        ),
        (  # sessions in the plural, counted, held at a place
            "عُقدت في نجامينا أربع جلسات بين الحكومة وممثلي الجبهة، برعاية قطرية.",
            RoundStatus.HELD,
            "نجامينا",
        ),
    ],
)
def test_a_session_that_names_the_parties_it_seats_is_a_round(
    text: str, status: RoundStatus, place: str | None
) -> None:
    found = [r for r in rounds_of(_TALKS + text) if r.status is status]
    assert len(found) == 1, [(r.status, r.place) for r in rounds_of(_TALKS + text)]
    if place is not None:
        assert found[0].place is not None
        assert found[0].place.text == place


@pytest.mark.parametrize(
    "text",
    [
        "وشهدت الجلسة الثالثة سجالاً بين نواب من الكتلتين حول الموازنة.",
        "وقال الوزير عقب الجلسة إن الخلاف بين الطرفين لا يزال واسعاً.",
        "وعقد مجلس الأمن ثلاث جلسات حول تشاد خلال الشهر.",
    ],
)
def test_a_session_whose_between_is_not_its_own_tells_no_round(text: str) -> None:
    assert rounds_of(_TALKS + text) == []
