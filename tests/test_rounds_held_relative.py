"""Held rounds told by a relative clause of holding after the round noun.

A relative clause whose verb of holding carries the round's own pronoun (الاجتماع الذي عقدته
اللجنة، المحادثات التي عقدها الوفدان) tells the round took place, and so does a relative
clause set off by a comma after the round's ordinal in words, whose second word has no
article (الحادي عشر، الثاني عشر), and its complements (الاجتماع الحادي عشر للجنة المشتركة،
الذي عُقد في …).

Sentences here are composed for the tests, not taken from any article.
"""

from __future__ import annotations

import pytest

from helpers_rounds import held_at, rounds_of
from negotext.records import RoundStatus

# -- the verb of holding with the round's pronoun -------------------------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "وتبادل الطرفان الاتهامات بعد الاجتماع، إذ إن الاجتماع الذي عقدته لجنتا المتابعة "
            "التابعتان للحكومة والحركة في نيروبي في مارس الماضي، بحضور الوسيط الكيني، لم يحسم "
            "ملف الأسرى.",
            "نيروبي",
        ),
        (
            "ولم تحقق المحادثات التي عقدها نواب وزراء خارجية البلدين (مصر وإثيوبيا) في أديس "
            "أبابا، الأحد الماضي، أي تقدم في ملف السد.",
            "أديس أبابا",
        ),
        (
            "وقال المبعوث إن اللقاء الذي احتضنه قصر الضيافة في الدوحة بين وفدي الحكومة "
            "والمعارضة في إطار مفاوضات السلام كان صريحاً.",
            "الدوحة",
        ),
        (
            "وأشاد الوسطاء بالاجتماع الذي أجراه وفدا الجيش والقوات المتمردة في جدة مطلع الشهر "
            "برعاية سعودية وأمريكية.",
            "جدة",
        ),
    ],
)
def test_a_relative_verb_of_holding_with_the_round_s_pronoun_tells_it_held(
    text: str, place: str
) -> None:
    assert held_at(text) == [place]


def test_the_verbal_noun_of_holding_with_a_pronoun_is_no_relative_verb() -> None:
    # عقده here is "its holding", scheduled: the round did not take place
    text = "وأُرجئ الاجتماع الذي كان مقرراً عقده في جنيف بين وفدي أرمينيا وأذربيجان."
    (found,) = rounds_of(text)
    assert found.status == RoundStatus.CANCELLED


# -- a relative clause past the round's ordinal in words ------------------------------------


@pytest.mark.parametrize(
    ("text", "ordinal", "place"),
    [
        (
            "وكان آخرها الاجتماع الثالث عشر للجنة الفنية المشتركة بين العراق والكويت، الذي "
            "عُقد في بغداد في مايو الماضي، وتناول ترسيم الحدود البحرية.",
            13,
            "بغداد",
        ),
        (
            "وكان آخرها اللقاء الثاني عشر لآلية التشاور الثنائية بين الصين والفلبين، الذي "
            "عُقد في بكين، وبحث إنشاء خط ساخن.",
            12,
            "بكين",
        ),
    ],
)
def test_a_relative_clause_after_the_round_s_ordinal_and_complements_tells_it_held(
    text: str, ordinal: int, place: str
) -> None:
    (found,) = rounds_of(text, published="2026-01-10")
    assert found.status == RoundStatus.HELD
    assert found.ordinal == ordinal
    assert found.place is not None
    assert found.place.text == place
