"""Held meetings told by a verb of sitting or of signing that no round noun names.

Sentences here are composed for the tests, not taken from any article.
"""

from __future__ import annotations

import pytest

from helpers_rounds import held_at, rounds_of

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
