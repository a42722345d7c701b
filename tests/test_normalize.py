"""Arabic normalisation: each step, each option, and the offset map's properties."""

from __future__ import annotations

import pytest
from hypothesis import assume, example, given
from hypothesis import strategies as st
from tests.strategies import (
    INVISIBLE,
    NOISE,
    arabic_text,
    mixed_text,
    plain_words,
    with_noise,
)

from negotext.ar.normalize import Normalized, normalize, normalize_text

OPTIONS = ("diacritics", "alef", "yaa", "taa", "hamza", "digits", "punctuation")

# -- one example per step ----------------------------------------------------------


@pytest.mark.parametrize(
    ("original", "expected"),
    [
        pytest.param("قَالَ", "قال", id="harakat"),
        pytest.param("سلامٌ", "سلام", id="tanwin"),
        pytest.param("مُحَمَّدٌ", "محمد", id="shadda"),
        pytest.param("قُدْس", "قدس", id="sukun"),
        pytest.param("الرحمٰن", "الرحمن", id="superscript-alef"),
        pytest.param("مفاوضـــات", "مفاوضات", id="tatweel"),
        pytest.param("سلا\u200cم\u200f", "سلام", id="invisible"),
        pytest.param("\ufeffقال", "قال", id="bom"),
        pytest.param("أحمد إلى آخر ٱلقدس", "احمد الي اخر القدس", id="alef"),
        pytest.param("مستشفى", "مستشفي", id="alef-maqsura"),
        pytest.param("ی", "ي", id="farsi-yeh"),
        pytest.param("مدينة", "مدينه", id="taa-marbuta"),
        pytest.param("مسؤول قائد", "مسؤول قائد", id="hamza-carriers-kept-by-default"),
        pytest.param("٢٠٢٥", "2025", id="arabic-indic-digits"),
        pytest.param("۱۴۰۳", "1403", id="persian-digits"),
        pytest.param("«نعم» “لا” „x‟", '"نعم" "لا" "x"', id="double-quotes"),
        pytest.param("‘نعم’ ‹لا›", "'نعم' 'لا'", id="single-quotes"),
        pytest.param("نعم، لا؛ لماذا؟ ٥٠٪", "نعم, لا; لماذا? 50%", id="arabic-punctuation"),
        pytest.param("٣٫٥ ١٬٠٠٠", "3.5 1,000", id="decimal-and-thousands-separators"),
        pytest.param("موسكو – كييف — ", "موسكو - كييف - ", id="dashes"),
        pytest.param("\ufefbسلام", "لاسلام", id="lam-alef-presentation-form"),
        pytest.param("\ufef7", "لا", id="lam-alef-hamza-presentation-form"),
        pytest.param("\ufe8d\ufedf\ufed8\ufea9\ufeb2", "القدس", id="letter-presentation-forms"),
        pytest.param("ک", "ك", id="keheh"),
        pytest.param("قرة چوخ", "قره جوخ", id="tcheh"),
        pytest.param("پزشكيان كييڤ", "بزشكيان كييف", id="peh-and-veh"),
        pytest.param("گرگر ژنو ڨالمة", "كركر زنو قالمه", id="gaf-jeh-maghrebi-qaf"),
        pytest.param("a\u00a0b\u2009c\u3000d", "a b c d", id="unusual-spaces"),
        pytest.param("", "", id="empty"),
        pytest.param("Hello, world 123", "Hello, world 123", id="latin-untouched"),
    ],
)
def test_each_step(original: str, expected: str) -> None:
    assert normalize(original).text == expected
    assert normalize_text(original) == expected


@pytest.mark.parametrize(
    ("option", "original", "kept"),
    [
        ("diacritics", "قَالَ مفاوضـات", "قَالَ مفاوضـات"),
        ("alef", "أحمد إلى آخر", "أحمد إلي آخر"),
        ("yaa", "مستشفى", "مستشفى"),
        ("taa", "مدينة", "مدينة"),
        ("digits", "٢٠٢٥ ۱۴", "٢٠٢٥ ۱۴"),
        ("punctuation", "«نعم»، لا؟", "«نعم»، لا؟"),
    ],
)
def test_each_option_switched_off(option: str, original: str, kept: str) -> None:
    assert normalize(original, **{option: False}).text == kept
    assert normalize(original).text != kept


def test_hamza_carriers_are_unified_only_on_request() -> None:
    assert normalize("مسؤول قائد", hamza=True).text == "مسوول قايد"
    assert normalize("مسؤول قائد").text == "مسؤول قائد"


def test_invisible_characters_are_removed_even_with_diacritics_kept() -> None:
    assert normalize("سلا\u200dم", diacritics=False).text == "سلام"


def test_lam_alef_form_keeps_hamza_when_alef_is_off() -> None:
    assert normalize("\ufef7", alef=False).text == "لأ"


def test_the_original_is_kept_unchanged() -> None:
    original = "قالَ الرئيسُ: «نعم»"
    copy = "".join(list(original))
    result = normalize(original)
    assert result.original is original
    assert original == copy


# -- the offset map, by example ------------------------------------------------------


def test_docstring_example() -> None:
    n = normalize("قالَ الرئيسُ: «نعم»")
    assert n.text == 'قال الرئيس: "نعم"'
    assert n.original_slice(4, 10) == "الرئيسُ"


def test_plain_text_has_an_identity_map() -> None:
    n = normalize("قال الرئيس")
    assert [n.to_original(i) for i in range(len(n.text) + 1)] == list(range(11))


def test_deletions_shift_the_map() -> None:
    n = normalize("قَال")  # ق  َ ا ل
    assert n.text == "قال"
    assert [n.to_original(i) for i in range(4)] == [0, 2, 3, 4]


def test_expansion_maps_both_characters_to_the_ligature() -> None:
    n = normalize("ب\ufefbد")  # ب ﻻ د → ب ل ا د
    assert n.text == "بلاد"
    assert [n.to_original(i) for i in range(5)] == [0, 1, 1, 2, 3]
    assert n.span_to_original(1, 3) == (1, 2)
    assert n.original_slice(0, 4) == "ب\ufefbد"


def test_trailing_marks_belong_to_the_match() -> None:
    n = normalize("سلامٌ عليكم")
    assert n.original_slice(0, 4) == "سلامٌ"
    assert n.original_slice(5, 10) == "عليكم"


def test_span_at_the_end_keeps_trailing_marks() -> None:
    n = normalize("عليكمُـ")
    assert n.original_slice(0, 5) == "عليكمُـ"


def test_empty_span_maps_to_an_empty_span() -> None:
    n = normalize("قَال")
    assert n.span_to_original(1, 1) == (2, 2)


def test_span_with_end_before_start_is_rejected() -> None:
    with pytest.raises(ValueError, match="end must be >= start"):
        normalize("قال").span_to_original(2, 1)


@pytest.mark.parametrize("index", [-1, 4])
def test_offsets_outside_the_text_are_rejected(index: int) -> None:
    with pytest.raises(IndexError, match=f"offset {index}"):
        normalize("قال").to_original(index)


def test_to_normalized_inverts_to_original_on_kept_characters() -> None:
    n = normalize("قَالَ ﻻ")
    for i in range(len(n.text)):
        assert n.to_normalized(n.to_original(i)) <= i
        assert n.to_original(n.to_normalized(n.to_original(i))) == n.to_original(i)


# -- properties ----------------------------------------------------------------------


def _map(n: Normalized) -> list[int]:
    return [n.to_original(i) for i in range(len(n.text) + 1)]


@given(st.one_of(arabic_text, mixed_text))
@example("\ufef5")
@example("\ufc5e")  # a shadda-with-tanwin presentation form: deleted entirely
@example("\ufdfa")  # a ligature that expands to a phrase with spaces
@example("ً\u0640")
def test_idempotent(text: str) -> None:
    once = normalize(text).text
    assert normalize(once).text == once


@given(st.one_of(arabic_text, mixed_text), st.sampled_from(OPTIONS), st.booleans())
def test_idempotent_under_every_option(text: str, option: str, value: bool) -> None:
    once = normalize(text, **{option: value}).text
    assert normalize(once, **{option: value}).text == once


@given(st.one_of(arabic_text, mixed_text))
@example("")
@example("ًًً")
@example("\ufefb\ufefb")
@example("قال\u0640\u0640")
def test_map_is_monotonic_and_inside_the_original(text: str) -> None:
    n = normalize(text)
    offsets = _map(n)
    assert offsets[-1] == len(text)
    assert all(0 <= o <= len(text) for o in offsets)
    assert offsets == sorted(offsets)
    # A kept character maps to an original character that is not deleted.
    for i, o in enumerate(offsets[:-1]):
        assert o < len(text)
        assert normalize(text[o]).text != "", (i, o)


@given(arabic_text.flatmap(lambda t: st.tuples(st.just(t), with_noise(t))))
@example(("قال", "قَالَ"))
@example(("\ufefb", "\u0640\ufefb\u064e"))
def test_inserted_diacritics_and_tatweel_change_nothing(pair: tuple[str, str]) -> None:
    text, noisy = pair
    assert normalize(noisy).text == normalize(text).text


@given(arabic_text.flatmap(lambda t: st.tuples(st.just(t), with_noise(t, INVISIBLE))))
def test_inserted_invisible_characters_change_nothing(pair: tuple[str, str]) -> None:
    text, noisy = pair
    assert normalize(noisy).text == normalize(text).text


def _splits_an_expansion(n: Normalized, i: int) -> bool:
    """Whether normalised offset ``i`` falls inside one original character's expansion."""
    return 0 < i < len(n.text) and n.to_original(i) == n.to_original(i - 1)


@st.composite
def text_and_slice(draw: st.DrawFn) -> tuple[str, int, int]:
    """A text and a slice ``[i:j]`` of its normalised form: a stand-in for any match."""
    text = draw(st.one_of(arabic_text, mixed_text))
    length = len(normalize(text).text)
    i = draw(st.integers(0, length), label="start")
    j = draw(st.integers(i, length), label="end")
    return text, i, j


@given(text_and_slice())
@example(("قالَ الرئيسُ", 4, 10))
@example(("قالَ الرئيسُ", 0, 3))
@example(("ب\ufefbد", 1, 2))  # half a ligature
@example(("ـًا", 0, 1))  # noise before the first character
@example(("اـً", 0, 1))  # noise after the last character
def test_a_match_maps_back_to_an_original_that_normalises_to_it(
    case: tuple[str, int, int],
) -> None:
    text, i, j = case
    n = normalize(text)
    match = n.text[i:j]
    start, end = n.span_to_original(i, j)
    assert 0 <= start <= end <= len(text)
    renormalised = normalize(text[start:end]).text
    if _splits_an_expansion(n, i) or _splits_an_expansion(n, j):
        # Cutting through a ligature: the whole ligature is the evidence.
        assert match in renormalised
    else:
        assert renormalised == match


@given(st.data(), arabic_text)
def test_consecutive_matches_map_to_adjacent_spans(data: st.DataObject, text: str) -> None:
    n = normalize(text)
    i = data.draw(st.integers(0, len(n.text)))
    j = data.draw(st.integers(i, len(n.text)))
    k = data.draw(st.integers(j, len(n.text)))
    assume(not _splits_an_expansion(n, j))
    first = n.span_to_original(i, j)
    second = n.span_to_original(j, k)
    if i < j and j < k:
        assert first[1] == second[0]


@given(plain_words)
def test_plain_text_is_a_fixed_point_with_identity_map(text: str) -> None:
    n = normalize(text)
    assert n.text == text
    assert _map(n) == list(range(len(text) + 1))


@given(st.text(alphabet=NOISE, max_size=20))
def test_noise_alone_normalises_to_nothing(text: str) -> None:
    n = normalize(text)
    assert n.text == ""
    assert n.to_original(0) == len(text)
    assert n.span_to_original(0, 0) == (len(text), len(text))


@given(st.data(), st.one_of(arabic_text, mixed_text))
def test_to_normalized_is_the_first_offset_at_or_after(data: st.DataObject, text: str) -> None:
    n = normalize(text)
    offset = data.draw(st.integers(0, len(text)), label="original offset")
    i = n.to_normalized(offset)
    assert 0 <= i <= len(n.text)
    assert n.to_original(i) >= offset
    if i > 0:
        assert n.to_original(i - 1) < offset
