"""Tests for negotext.ar.ordinals: every construction of issue 3 part 2, negatives and properties."""

from __future__ import annotations

import json
from importlib import resources

import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from tests.strategies import arabic_text, mixed_text, with_noise

from negotext.ar import find_ordinals, parse_ordinal
from negotext.ar.normalize import normalize
from negotext.ar.ordinals import Ordinal


def found(text: str) -> list[tuple[str, int | None]]:
    """(text, value) of every ordinal in ``text``."""
    return [(o.text, o.value) for o in find_ordinals(text)]


def check_spans(text: str, ordinals: list[Ordinal]) -> None:
    """Spans index ``text``, cover ``Ordinal.text``, and come in order without overlap."""
    end = 0
    for o in ordinals:
        assert 0 <= o.span.start < o.span.end <= len(text)
        assert text[o.span.start : o.span.end] == o.text
        assert o.span.start >= end
        end = o.span.end
        assert (o.value is None) == (o.relative is not None)


MASCULINE = [
    "الأول",
    "الثاني",
    "الثالث",
    "الرابع",
    "الخامس",
    "السادس",
    "السابع",
    "الثامن",
    "التاسع",
    "العاشر",
]
FEMININE = ["الأولى", "الثانية", "الثالثة", "الرابعة", "الخامسة", "السادسة", "السابعة", "الثامنة", "التاسعة", "العاشرة"]  # fmt: skip


@pytest.mark.parametrize(("value", "word"), list(enumerate(MASCULINE + FEMININE)))
def test_first_to_tenth(value: int, word: str) -> None:
    expected = value % 10 + 1
    assert parse_ordinal(word) == expected
    assert found("الجولة " + word) == [(word, expected)]


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("الحادي عشر", 11),
        ("الحادية عشرة", 11),
        ("الثاني عشر", 12),
        ("الثانية عشرة", 12),
        ("الثالث عشر", 13),
        ("الخامسة عشرة", 15),
        ("التاسع عشر", 19),
        ("العشرون", 20),
        ("العشرين", 20),
        ("الثلاثون", 30),
        ("التسعين", 90),
        ("الحادي والعشرون", 21),
        ("الحادية والعشرين", 21),
        ("الثاني والعشرون", 22),
        ("الخامسة والعشرين", 25),
        ("التاسع والتسعون", 99),
        ("الأول بعد المئة", 101),
        ("الثامن عشر بعد المئة", 118),
        ("السادسة والعشرين بعد المائة", 126),
        ("الخامسة بعد المئتين", 205),
    ],
)
def test_beyond_tenth(phrase: str, expected: int) -> None:
    assert parse_ordinal(phrase) == expected
    assert found(phrase) == [(phrase, expected)]


def test_hundreds_only_right_after_the_ordinal() -> None:
    """بعد المئة adds a hundred only as the ordinal's own tail, not a later بعد."""
    assert found("عقدت اللجنة اجتماعها الثاني عشر بعد المئة في لاهور") == [
        ("الثاني عشر بعد المئة", 112)
    ]
    assert found("الجولة الثالثة بعد المحادثات") == [("الثالثة", 3)]
    assert found("الجولة الثالثة، بعد المئة يوم الأولى") == [("الثالثة", 3), ("الأولى", 1)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("الجولة 3", [("3", 3)]),
        ("الجولة ٣", [("٣", 3)]),
        ("الجولة الـ3", [("الـ3", 3)]),
        ("الجولة ال3", [("ال3", 3)]),
        ("الجولة الـ 3", [("الـ 3", 3)]),
        ("الـ 3", [("الـ 3", 3)]),
        ("الذكرى الـ75", [("الـ75", 75)]),
        ("الجولة رقم 4", [("4", 4)]),
        ("للجولة 5", [("5", 5)]),
        ("الاجتماع 12 للجنة", [("12", 12)]),
        ("والجولة 4", [("4", 4)]),
        ("بالدفعة 2", [("2", 2)]),
    ],
)
def test_digits(text: str, expected: list[tuple[str, int]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("أول اجتماع", [("أول", 1)]),
        ("أولى جولات التفاوض", [("أولى", 1)]),
        ("ثالث جولة", [("ثالث", 3)]),
        ("ثاني لقاء", [("ثاني", 2)]),
        ("لأول مرة", [("أول", 1)]),
        ("جولة ثانية", [("ثانية", 2)]),
        ("جولة ثالثة من المحادثات", [("ثالثة", 3)]),
        # أولى after a feminine noun also where no noun follows it (the end of a clause)
        ("عقد الوفدان جولة أولى.", [("أولى", 1)]),
        ("عقدت اللجنة جلسة أولى، ثم", [("أولى", 1)]),
    ],
)
def test_indefinite(text: str, expected: list[tuple[str, int]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "word", "relative"),
    [
        ("الجولة المقبلة", "المقبلة", "next"),
        ("الجولة القادمة", "القادمة", "next"),
        ("الجولة التالية", "التالية", "next"),
        ("الاجتماع المقبل", "المقبل", "next"),
        ("الجولة السابقة", "السابقة", "previous"),
        ("الجولة الماضية", "الماضية", "previous"),
        ("الجولة الأخيرة", "الأخيرة", "last"),
        ("التطورات الأخيرة", "الأخيرة", "last"),
        ("الجولة الجديدة", "الجديدة", "new"),
        ("جولة جديدة", "جديدة", "new"),
    ],
)
def test_relative(text: str, word: str, relative: str) -> None:
    (ordinal,) = find_ordinals(text)
    assert (ordinal.text, ordinal.value, ordinal.relative) == (word, None, relative)
    assert parse_ordinal(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("للجولة الثالثة", [("الثالثة", 3)]),
        ("بالجولة الأولى", [("الأولى", 1)]),
        ("الجولتين الثانية والثالثة", [("الثانية", 2), ("الثالثة", 3)]),
        ("للثالثة", [("لثالثة", 3)]),  # ل + ال is written لل: the span starts at the second ل
        ("وللمرة الأولى", [("الأولى", 1)]),
        ("هي الأولى منذ بدء الحرب", [("الأولى", 1)]),
        ("الجَوْلَةُ الثَّالِثَةُ", [("الثَّالِثَةُ", 3)]),
        ("الجولة الثالـــثة", [("الثالـــثة", 3)]),
        # with the pronoun of the whole: "the first of them (two)", "the third of them"
        ("عقدت أولاهما في فيينا وثانيتهما في جنيف", [("أولاهما", 1), ("ثانيتهما", 2)]),
        ("كانت ثالثتها في روما", [("ثالثتها", 3)]),
    ],
)
def test_clitics_and_context(text: str, expected: list[tuple[str, int]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "كانون الثاني",
        "تشرين الأول",
        "ربيع الأول",
        "جمادى الأولى",
        "أول أمس",
        "أول من أمس",
        "ثلاث جولات",
        "الثلاثاء",
        "يوم الاثنين",
        "30 ثانية",
        "أولاً",
        "ثانياً",
        "الجولة",
        "القرار رقم 2334",
        "أفرج عن دفعة 300 أسير",
    ],
)
def test_not_ordinals(text: str) -> None:
    assert find_ordinals(text) == []


def test_parse_ordinal() -> None:
    assert parse_ordinal("الثالثة") == 3
    assert parse_ordinal("الجولة الثالثة") == 3
    assert parse_ordinal("الجولة الـ3") == 3
    assert parse_ordinal("الثانية والثالثة") is None  # two ordinals
    assert parse_ordinal("ثلاثة") is None  # a cardinal
    assert parse_ordinal("") is None


def test_seed_articles(seed_texts: dict[str, str]) -> None:
    for text in seed_texts.values():
        check_spans(text, find_ordinals(text))
    values = {o.value for t in seed_texts.values() for o in find_ordinals(t)}
    assert {1, 3} <= values


def test_data_file_schema() -> None:
    data = json.loads(
        (resources.files("negotext.ar") / "data" / "ordinals.json").read_text(encoding="utf-8")
    )
    for name in (
        "ordinals",
        "unit_stems",
        "tens",
        "indefinite_before_noun",
        "indefinite_after_noun",
    ):
        assert all(isinstance(v, int) and v > 0 for v in data[name].values()), name
    assert set(data["relative"].values()) == {"next", "previous", "last", "new"}
    for name in ("ten_words", "not_before", "nouns", "month_words"):
        assert all(isinstance(w, str) and w.strip() == w for w in data[name]), name


# -- properties --------------------------------------------------------------------

ORDINAL_PHRASES = [*MASCULINE, *FEMININE, "الحادي عشر", "الثانية عشرة", "العشرون", "الحادي والعشرين", "الـ3"]  # fmt: skip


@given(st.sampled_from(ORDINAL_PHRASES), st.sampled_from(["", "و", "ب", "وب"]), st.data())
def test_noise_and_clitics_do_not_change_what_is_found(
    phrase: str, clitic: str, data: st.DataObject
) -> None:
    expected = parse_ordinal(phrase)
    noisy = data.draw(with_noise(phrase))
    text = "انطلقت الجولة " + clitic + noisy + " في إسطنبول"
    ordinals = find_ordinals(text)
    assert [o.value for o in ordinals] == [expected]
    check_spans(text, ordinals)


@given(st.integers(1, 999), st.sampled_from(["0123456789", "٠١٢٣٤٥٦٧٨٩", "۰۱۲۳۴۵۶۷۸۹"]))
def test_digit_ordinals_in_any_script(n: int, script: str) -> None:
    written = "".join(script[int(c)] for c in str(n))
    for phrase in ("الجولة " + written, "الجولة الـ" + written, "الجولة رقم " + written):
        assert parse_ordinal(phrase + " من المفاوضات") == n


@given(st.one_of(arabic_text, mixed_text))
@example("الـ")
@example("ال 3")
@example("أول ")
@example("الـ" + "1" * 5000)
@example("الجولة " + "٣" * 5000)
def test_never_crashes_and_spans_index_the_original(text: str) -> None:
    ordinals = find_ordinals(text)
    check_spans(text, ordinals)
    parse_ordinal(text)


def test_a_normalisation_already_made_is_reused() -> None:
    text = "انطلقت الجولة الثالثة"
    assert find_ordinals(text, norm=normalize(text)) == find_ordinals(text)
    with pytest.raises(ValueError, match="same text"):
        find_ordinals(text, norm=normalize("نص آخر"))


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("تلاه اجتماع ثانٍ للجان في المدينة", "ثانٍ", 2),
        ("عقد الطرفان لقاءً ثانياً أمس", "ثانياً", 2),
        ("في اجتماع ثالث", "ثالث", 3),
    ],
)
def test_masculine_ordinals_after_a_meeting_noun(text: str, surface: str, value: int) -> None:
    assert [(o.text, o.value) for o in find_ordinals(text)] == [(surface, value)]


def test_a_masculine_ordinal_after_another_noun_is_none() -> None:
    assert find_ordinals("بوساطة طرف ثالث") == []
