"""Shared hypothesis strategies: Arabic text, noise to insert into it, and generated records.

Alphabets are ordered strings (never sets), so a failing example shrinks and
replays the same way on every run.
"""

from __future__ import annotations

import datetime
from typing import Any

import attrs
import regex
from hypothesis import strategies as st

from negotext.records import (
    ClaimKind,
    DateRef,
    Entity,
    EntityKind,
    Exchange,
    ExchangeKind,
    ExchangeStatus,
    Record,
    Round,
    RoundStatus,
    Span,
    Statement,
    TerritoryClaim,
)

# -- alphabets ------------------------------------------------------------------

#: The 28 letters and hamza, in alphabetical order.
LETTERS = "ءابتثجحخدذرزسشصضطظعغفقكلمنهوي"
#: Alef and hamza variants, alef maqsura and ta marbuta: what normalisation unifies.
VARIANTS = "أإآٱؤئىة"
#: Harakat, tanwin, shadda and sukun (U+064B to U+0652).
DIACRITICS = "".join(chr(c) for c in range(0x064B, 0x0653))
TATWEEL = "\u0640"
#: The fatha, whose place before a final ين marks a dual (see :func:`with_noise`).
FATHA = "\u064e"
DAMMA = "\u064f"
ARABIC_INDIC_DIGITS = "٠١٢٣٤٥٦٧٨٩"
PERSIAN_DIGITS = "۰۱۲۳۴۵۶۷۸۹"
ASCII_DIGITS = "0123456789"
QUOTES = "“”«»\"'"
PUNCTUATION = "،؛؟.,:!()-٪"
WHITESPACE = "  \n\n\t\u00a0"
#: Lam-alef presentation forms (U+FEF5 to U+FEFC): one character that normalises to two.
LAM_ALEF = "".join(chr(c) for c in range(0xFEF5, 0xFEFD))
#: Invisible format characters normalisation removes (ZWNJ, ZWJ, RLM, ALM, BOM).
INVISIBLE = "\u200c\u200d\u200f\u061c\ufeff"
LATIN = "abcxyzABC"

ARABIC_ALPHABET = (
    LETTERS
    + VARIANTS
    + DIACRITICS
    + TATWEEL
    + ARABIC_INDIC_DIGITS
    + PERSIAN_DIGITS
    + ASCII_DIGITS
    + QUOTES
    + PUNCTUATION
    + WHITESPACE
    + LAM_ALEF
    + INVISIBLE
)

#: What may be inserted anywhere without changing the normalised text.
NOISE = DIACRITICS + TATWEEL

# -- text -----------------------------------------------------------------------

#: Arabic-looking text: letters weighted up, every oddity normalisation handles mixed in.
arabic_chars = st.one_of(
    st.sampled_from(LETTERS),
    st.sampled_from(LETTERS),
    st.sampled_from(LETTERS + " "),
    st.sampled_from(ARABIC_ALPHABET),
)
arabic_text = st.text(alphabet=arabic_chars, max_size=80)

#: Text that also mixes in Latin letters and any Unicode character.
mixed_text = st.text(
    alphabet=st.one_of(arabic_chars, st.sampled_from(LATIN), st.characters(codec="utf-8")),
    max_size=80,
)

#: Words made of base letters only, joined with spaces: text normalisation leaves alone.
plain_words = st.lists(st.text(alphabet=LETTERS, min_size=1, max_size=8), max_size=12).map(" ".join)


@st.composite
def with_noise(draw: st.DrawFn, text: str, noise: str = NOISE, max_inserts: int = 10) -> str:
    """``text`` with diacritics and tatweel (or ``noise``) inserted at random positions.

    Two marks are kept out of one place each: a fatha before the ين that ends a word writes
    a dual (المعتقلَين, two detainees, against المعتقلين), another word, which the exchange
    extractor counts as two; and a damma on a word's first letter (after و/ف) writes the
    passive of a verb (أُعلن، تُتَّهم), which the statements extractor reads as no one
    speaking. Put there either is no noise but a change of meaning.
    """
    inserts = draw(
        st.lists(
            st.tuples(st.integers(0, len(text)), st.text(alphabet=noise, min_size=1, max_size=3)),
            max_size=max_inserts,
        )
    )
    chars = list(text)
    # Insert from the back so earlier positions stay valid.
    for position, piece in sorted(inserts, key=lambda pair: pair[0], reverse=True):
        if _before_dual_ending(text, position):
            piece = piece.replace(FATHA, "")
        if _on_opening_letters(text, position):
            piece = piece.replace(DAMMA, "")
        chars[position:position] = piece
    return "".join(chars)


def _on_opening_letters(text: str, position: int) -> bool:
    """Whether a mark inserted at ``position`` of ``text`` falls on one of the first two
    letters of a word (its first letter, or the one after a و/ف clitic)."""
    return regex.search(r"(?<!\p{L})\p{L}{1,2}$", text[max(position - 3, 0) : position]) is not None


def _before_dual_ending(text: str, position: int) -> bool:
    """Whether ``position`` is right before the ين that ends a word of ``text``."""
    following = text[position + 2 : position + 3]
    return text[position : position + 2] == "ين" and not (following and following.isalpha())


@st.composite
def text_with_noise(draw: st.DrawFn, base: st.SearchStrategy[str] = arabic_text) -> tuple[str, str]:
    """A text and the same text with diacritics and tatweel inserted."""
    text = draw(base)
    return text, draw(with_noise(text))


# -- spans, entities and records --------------------------------------------------


@st.composite
def spans(draw: st.DrawFn, length: int) -> Span:
    """A valid span into a text of ``length`` characters."""
    start = draw(st.integers(0, length))
    end = draw(st.integers(start, length))
    return Span(start, end)


short_str = st.text(alphabet=LETTERS + LATIN + " ", max_size=12)
optional_str = st.none() | short_str
identifiers = st.none() | st.from_regex(r"\A(Q[1-9][0-9]{0,6}|[A-Z]{2})\Z")
confidences = st.floats(0.0, 1.0, allow_nan=False)
dates = st.dates(datetime.date(1900, 1, 1), datetime.date(2100, 12, 31))
segments = st.sampled_from(("main", "appended"))


@st.composite
def entities(draw: st.DrawFn, text: str) -> Entity:
    """An entity whose ``text`` is what its span covers in ``text``."""
    span = draw(spans(len(text)))
    return Entity(
        text=span.slice(text),
        span=span,
        kind=draw(st.sampled_from(EntityKind)),
        name=draw(optional_str),
        id=draw(identifiers),
        role=draw(optional_str),
    )


@st.composite
def date_refs(draw: st.DrawFn, text: str) -> DateRef:
    span = draw(spans(len(text)))
    return DateRef(text=span.slice(text), span=span, value=draw(st.none() | dates))


def _common(draw: st.DrawFn, text: str) -> dict[str, Any]:
    return {
        "evidence": draw(spans(len(text))),
        "extractor": draw(st.sampled_from(("negotext.extractors.rounds", "test-plugin", "x"))),
        "confidence": draw(confidences),
        "segment": draw(segments),
    }


@st.composite
def rounds(draw: st.DrawFn, text: str) -> Round:
    return Round(
        **_common(draw, text),
        status=draw(st.sampled_from(RoundStatus)),
        ordinal=draw(st.none() | st.integers(0, 100)),
        relative=draw(st.none() | st.sampled_from(("next", "previous", "last", "new"))),
        place=draw(st.none() | entities(text)),
        date=draw(st.none() | date_refs(text)),
        parties=draw(st.lists(entities(text), max_size=3)),
        mediators=draw(st.lists(entities(text), max_size=2)),
        mentions=draw(st.lists(spans(len(text)), max_size=3)),
    )


@st.composite
def exchanges(draw: st.DrawFn, text: str) -> Exchange:
    return Exchange(
        **_common(draw, text),
        kind=draw(st.sampled_from(ExchangeKind)),
        status=draw(st.sampled_from(ExchangeStatus)),
        count=draw(st.none() | st.integers(0, 10**6)),
        count_other=draw(st.none() | st.integers(0, 10**6)),
        per_side=draw(st.none() | st.booleans()),
        approximate=draw(st.booleans()),
        mentions=draw(st.lists(spans(len(text)), max_size=3)),
    )


@st.composite
def statements(draw: st.DrawFn, text: str) -> Statement:
    return Statement(
        **_common(draw, text),
        speaker=draw(entities(text)),
        content=draw(spans(len(text))),
        direct=draw(st.booleans()),
        verb=draw(st.sampled_from(("قال", "أكد", "أضاف", "said"))),
        channel=draw(st.none() | st.sampled_from(("phone call", "X", "Telegram"))),
        via=draw(st.none() | entities(text)),
    )


@st.composite
def territory_claims(draw: st.DrawFn, text: str) -> TerritoryClaim:
    return TerritoryClaim(
        **_common(draw, text),
        territory=draw(entities(text)),
        kind=draw(st.sampled_from(ClaimKind)),
        claimant=draw(st.none() | entities(text)),
        share_percent=draw(st.none() | st.floats(0.0, 100.0, allow_nan=False)),
        year=draw(st.none() | st.integers(-3000, 3000)),
    )


RECORD_STRATEGIES = {
    "round": rounds,
    "exchange": exchanges,
    "statement": statements,
    "territory_claim": territory_claims,
}


@st.composite
def records(draw: st.DrawFn, text: str | None = None) -> Record:
    """A record of any built-in type with valid spans into ``text`` (drawn when not given)."""
    if text is None:
        text = draw(arabic_text)
    make = draw(st.sampled_from(sorted(RECORD_STRATEGIES)))
    return draw(RECORD_STRATEGIES[make](text))


@st.composite
def text_and_records(
    draw: st.DrawFn, min_size: int = 0, max_size: int = 5
) -> tuple[str, list[Record]]:
    """A text and records whose spans index it."""
    text = draw(arabic_text)
    return text, draw(st.lists(records(text), min_size=min_size, max_size=max_size))


def record_fields(record: Record) -> dict[str, Any]:
    """The record's fields as a dict (for readable assertion messages)."""
    return attrs.asdict(record, recurse=False)
