"""Properties of the whole pipeline, over whatever extractors are registered.

These tests name no extractor: they get stronger as extractors land. They state
that no text crashes the library, that every span a record carries lies inside
its document, that records serialise and come back, and that inserting
diacritics or tatweel changes no record (compared by type and key fields, with
evidence read through normalisation).
"""

from __future__ import annotations

import collections
import datetime
import enum
from pathlib import Path
from typing import Any

import attrs
from hypothesis import example, given, settings
from hypothesis import strategies as st
from tests.strategies import INVISIBLE, NOISE, arabic_text, mixed_text, with_noise

from negotext import Document, extract, extract_many
from negotext.ar.normalize import normalize_text
from negotext.records import DateRef, Entity, Record, Span
from negotext.serialize import from_json, to_json

SEEDS = sorted((Path(__file__).parent / "corpus" / "seeds").glob("*.txt"))
SEED_TEXTS = [path.read_text(encoding="utf-8") for path in SEEDS]
#: Whole-article tests run every extractor on several KB per example: bounded, within the profile.
EXPENSIVE = settings(max_examples=min(settings().max_examples, 25))

#: The seed articles' lines: real sentences, so that extractors have something to find.
SEED_LINES = [line for text in SEED_TEXTS for line in text.splitlines() if line.strip()]


@st.composite
def seed_passages(draw: st.DrawFn, max_lines: int = 4) -> str:
    """A few consecutive lines of one seed article."""
    start = draw(st.integers(0, len(SEED_LINES) - 1))
    count = draw(st.integers(1, max_lines))
    return "\n".join(SEED_LINES[start : start + count])


@st.composite
def seed_mashups(draw: st.DrawFn) -> str:
    """Seed lines cut, shuffled and glued to random text: plausible, broken input."""
    pieces = draw(
        st.lists(
            st.one_of(
                st.sampled_from(SEED_LINES).flatmap(
                    lambda line: st.tuples(
                        st.integers(0, len(line)), st.integers(0, len(line))
                    ).map(lambda ij, line=line: line[min(ij) : max(ij)])
                ),
                arabic_text,
                mixed_text,
            ),
            max_size=6,
        )
    )
    return draw(st.sampled_from(("", " ", "\n", "،"))).join(pieces)


any_text = st.one_of(
    st.text(),
    arabic_text,
    mixed_text,
    seed_passages(),
    seed_mashups(),
    st.sampled_from(SEED_TEXTS),
)


def _spans(value: Any) -> list[Span]:
    """Every span inside a record, its entities and dates, however deep."""
    if isinstance(value, Span):
        return [value]
    if isinstance(value, (Entity, DateRef)):
        return [value.span]
    if isinstance(value, (tuple, list)):
        return [span for item in value for span in _spans(item)]
    if attrs.has(type(value)):
        return [span for f in attrs.fields(type(value)) for span in _spans(getattr(value, f.name))]
    return []


def _key(value: Any, text: str) -> Any:
    """A comparable form of a record's field: spans become their normalised text."""
    if isinstance(value, Span):
        return ("span", normalize_text(value.slice(text)))
    if isinstance(value, Entity):
        return (
            "entity",
            value.kind.value,
            value.name,
            value.id,
            value.role,
            normalize_text(value.text),
            normalize_text(value.span.slice(text)),
        )
    if isinstance(value, DateRef):
        return (
            "date",
            normalize_text(value.text),
            normalize_text(value.span.slice(text)),
            value.value,
        )
    if isinstance(value, (tuple, list)):
        return tuple(_key(item, text) for item in value)
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, float):
        return round(value, 6)
    if attrs.has(type(value)):
        return tuple(
            (f.name, _key(getattr(value, f.name), text)) for f in attrs.fields(type(value))
        )
    if isinstance(value, str):
        # Surface forms kept as written (a verb, an entity's text) carry the marks too.
        return normalize_text(value)
    return value


def record_key(record: Record, text: str) -> tuple[Any, ...]:
    """A record as its type and every field, spans read through normalisation."""
    return (record.type, *_key(record, text))


def record_keys(records: Any, text: str) -> collections.Counter[tuple[Any, ...]]:
    return collections.Counter(record_key(r, text) for r in records)


# -- no input crashes ------------------------------------------------------------------


@given(any_text)
@example("")
@example(" " * 10_000)
@example("\n" * 2_000 + "\t" * 2_000)
@example("قال" + "\u064e" * 500)
@example("\u0640" * 1_000)
@example("«" * 50 + "»" * 3)
@example("Путин заявил: «переговоры» 和平 שלום سلام 😀 \x00\r\n")
@example("٣٠٠٠٠٠٠٠٠٠٠٠٠٠٠٠٠٠٠٠٠٠٠٠ أسير")
@example("\ufefb" * 30)
# digits of a script newer than Python's unicodedata: regex's \d matched them, int() did not
@example("0\U0001e5f1 أسير في 2\U0001e5f1\U0001e5f2 مايو الجولة الـ1\U0001e5f1")
def test_no_text_crashes_and_spans_stay_inside(text: str) -> None:
    result = extract(text, id="prop", errors="raise")
    assert result.document.text is text
    for record in result:
        assert isinstance(record, Record)
        assert isinstance(record.extractor, str)
        assert record.extractor
        assert 0.0 <= record.confidence <= 1.0
        assert record.segment in ("main", "appended"), record
        # Evidence is auditable: it holds something to read.
        assert record.evidence.slice(text).strip(), record
        for span in _spans(record):
            assert 0 <= span.start <= span.end <= len(text), (record, span)


@given(any_text, st.none() | st.dates(datetime.date(1990, 1, 1), datetime.date(2035, 12, 31)))
def test_no_publication_date_crashes(text: str, published: datetime.date | None) -> None:
    extract(Document(text, id="p", published=published), errors="raise")


@given(any_text)
def test_entities_say_what_their_span_covers(text: str) -> None:
    for record in extract(text):
        for field in attrs.fields(type(record)):
            value = getattr(record, field.name)
            items = value if isinstance(value, tuple) else (value,)
            for item in items:
                if isinstance(item, (Entity, DateRef)):
                    assert normalize_text(item.text) == normalize_text(item.span.slice(text)), (
                        record.type,
                        field.name,
                        item,
                    )


@given(any_text)
def test_every_record_serialises_and_comes_back(text: str) -> None:
    for record in extract(text):
        line = to_json(record, text, doc="prop")
        assert from_json(line) == record


@EXPENSIVE
@given(st.lists(any_text, max_size=4))
def test_extract_many_equals_extract(texts: list[str]) -> None:
    many = [r.records for r in extract_many(texts, errors="raise")]
    assert many == [extract(t).records for t in texts]


# -- invariance under diacritics and tatweel ---------------------------------------------


@st.composite
def passage_with_noise(draw: st.DrawFn) -> tuple[str, str]:
    text = draw(st.one_of(seed_passages(), arabic_text))
    return text, draw(with_noise(text, max_inserts=30))


@given(passage_with_noise())
@example(
    (
        "وأكد الكرملين أن المحادثات بين بوتين وتوكاييف تناولت بالتفصيل نتائج المفاوضات",
        "وأكّدَ الكرملـينُ أنّ المحادثاتِ بين بوتين وتوكاييفَ تناولت بالتفصيل نتائجَ المفاوضات",
    )
)
def test_diacritics_and_tatweel_change_no_record(pair: tuple[str, str]) -> None:
    text, noisy = pair
    plain = record_keys(extract(text, errors="raise"), text)
    marked = record_keys(extract(noisy, errors="raise"), noisy)
    assert marked == plain


@EXPENSIVE
@given(
    st.sampled_from(SEED_TEXTS).flatmap(
        lambda t: st.tuples(st.just(t), with_noise(t, max_inserts=200))
    )
)
def test_whole_articles_are_invariant_under_diacritics_and_tatweel(pair: tuple[str, str]) -> None:
    text, noisy = pair
    assert record_keys(extract(noisy), noisy) == record_keys(extract(text), text)


# -- invariance under spelling variants normalisation unifies ----------------------------

DIGIT_SCRIPTS = {
    "arabic-indic": str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"),
    "persian": str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹"),
}
#: Alef with hamza written as bare alef, the commonest careless spelling in scraped news.
HAMZA_DROPPED = str.maketrans("أإآ", "ااا")


@EXPENSIVE
@given(st.one_of(seed_passages(max_lines=6), st.sampled_from(SEED_TEXTS)))
@example("أفرجت حماس عن 33 رهينة مقابل 1900 أسير فلسطيني في 19 يناير 2025.")
def test_digit_script_changes_no_record(text: str) -> None:
    expected = record_keys(extract(text, errors="raise"), text)
    for script, table in DIGIT_SCRIPTS.items():
        variant = text.translate(table)
        assert record_keys(extract(variant, errors="raise"), variant) == expected, script


@EXPENSIVE
@given(st.one_of(seed_passages(max_lines=6), st.sampled_from(SEED_TEXTS)))
def test_alef_spelling_changes_no_record(text: str) -> None:
    variant = text.translate(HAMZA_DROPPED)
    expected = record_keys(extract(text, errors="raise"), text)
    assert record_keys(extract(variant, errors="raise"), variant) == expected


@st.composite
def passage_with_invisibles(draw: st.DrawFn) -> tuple[str, str]:
    text = draw(st.one_of(seed_passages(), st.sampled_from(SEED_TEXTS)))
    return text, draw(with_noise(text, INVISIBLE + NOISE, max_inserts=40))


@EXPENSIVE
@given(passage_with_invisibles())
def test_invisible_format_characters_change_no_record(pair: tuple[str, str]) -> None:
    """Scraped pages carry direction marks, ZWNJ and BOMs; normalisation drops them."""
    text, noisy = pair
    assert record_keys(extract(noisy, errors="raise"), noisy) == record_keys(
        extract(text, errors="raise"), text
    )
