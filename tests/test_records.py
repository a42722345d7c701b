"""Records: validators name the field and the value; records are frozen, hashable, evolvable."""

from __future__ import annotations

import datetime
import math
import re
from typing import Any

import attrs
import pytest
from hypothesis import given
from tests.strategies import records

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

EV = Span(0, 4)
PLACE = Entity("جنيف", Span(0, 4), EntityKind.PLACE, name="Geneva")


def make(cls: type[Record], **changes: Any) -> Record:
    """A valid record of ``cls`` with ``changes`` applied."""
    required: dict[type[Record], dict[str, Any]] = {
        Round: {"status": "held"},
        Exchange: {"kind": "prisoners", "status": "agreed"},
        Statement: {"speaker": PLACE, "content": Span(1, 2), "direct": True, "verb": "قال"},
        TerritoryClaim: {"territory": PLACE, "kind": "control"},
    }
    return cls(**{"evidence": EV, "extractor": "t", **required[cls], **changes})


# -- spans ---------------------------------------------------------------------------


def test_span_rejects_end_before_start_naming_both() -> None:
    with pytest.raises(ValueError, match=r"end must be >= start, got start=5 end=3"):
        Span(5, 3)


@pytest.mark.parametrize(("field", "kwargs"), [("start", (-1, 3)), ("end", (0, -2))])
def test_span_rejects_negative_offsets(field: str, kwargs: tuple[int, int]) -> None:
    with pytest.raises(ValueError, match=rf"{field} must be >= 0, got -\d"):
        Span(*kwargs)


@pytest.mark.parametrize(("start", "end"), [(1.5, 2), (True, 2), ("1", 2), (0, None)])
def test_span_rejects_offsets_that_are_not_ints(start: object, end: object) -> None:
    field, value = ("start", start) if not isinstance(start, int) or start is True else ("end", end)
    with pytest.raises(TypeError, match=rf"{field} must be an int, got {re.escape(repr(value))}"):
        Span(start, end)  # type: ignore[arg-type]


def test_span_helpers() -> None:
    span = Span(2, 5)
    assert span.slice("abcdefg") == "cde"
    assert span.length == 3
    assert Span(3, 4) in span
    assert Span(4, 6) not in span
    assert "x" not in span
    assert span.overlaps(Span(4, 9))
    assert not span.overlaps(Span(5, 9))
    assert Span(0, 0).length == 0
    assert sorted([Span(3, 4), Span(1, 9), Span(1, 2)]) == [Span(1, 2), Span(1, 9), Span(3, 4)]


# -- validators ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cls", "field", "value"),
    [
        (Exchange, "count", -1),
        (Exchange, "count_other", -5),
        (Round, "ordinal", -2),
    ],
)
def test_negative_counts_are_rejected(cls: type[Record], field: str, value: int) -> None:
    with pytest.raises(ValueError, match=rf"{field} must be >= 0, got {value}"):
        make(cls, **{field: value})


@pytest.mark.parametrize(
    ("cls", "field", "value"),
    [
        (Exchange, "count", "12"),
        (Exchange, "count", 1.5),
        (Exchange, "count", True),
        (Round, "ordinal", "3"),
        (TerritoryClaim, "year", 2014.0),
    ],
)
def test_non_integer_counts_are_rejected(cls: type[Record], field: str, value: object) -> None:
    with pytest.raises(TypeError, match=rf"{field} must be an int or None, got {value!r}"):
        make(cls, **{field: value})


@pytest.mark.parametrize(
    ("cls", "field", "value", "enum_name"),
    [
        (Round, "status", "finished", "RoundStatus"),
        (Exchange, "status", "done", "ExchangeStatus"),
        (Exchange, "kind", "soldiers", "ExchangeKind"),
        (TerritoryClaim, "kind", "invasion", "ClaimKind"),
    ],
)
def test_unknown_status_or_kind_is_rejected(
    cls: type[Record], field: str, value: str, enum_name: str
) -> None:
    with pytest.raises(ValueError, match=rf"{field}: unknown {enum_name} '{value}'") as info:
        make(cls, **{field: value})
    # The message lists every allowed value.
    enum_cls = type(getattr(make(cls), field))
    for member in enum_cls:
        assert repr(member.value) in str(info.value)


def test_unknown_entity_kind_is_rejected() -> None:
    with pytest.raises(ValueError, match=r"kind: unknown EntityKind 'planet'.*'person'"):
        Entity("x", Span(0, 1), "planet")


def test_enum_values_are_accepted_as_strings() -> None:
    record = make(Round, status="planned")
    assert isinstance(record, Round)
    assert record.status is RoundStatus.PLANNED
    assert str(record.status) == "planned"
    assert Entity("x", Span(0, 1), "country").kind is EntityKind.COUNTRY


@pytest.mark.parametrize("value", [-0.01, 1.01, math.nan, math.inf, "0.5", None, True])
def test_confidence_outside_zero_one_is_rejected(value: object) -> None:
    with pytest.raises(
        ValueError, match=rf"confidence must be a number in \[0, 1\], got {re.escape(repr(value))}"
    ):
        make(Round, confidence=value)


@pytest.mark.parametrize("value", [0, 0.0, 0.5, 1, 1.0])
def test_confidence_bounds_are_accepted(value: float) -> None:
    assert make(Round, confidence=value).confidence == value


@pytest.mark.parametrize("value", [-1.0, 100.5, math.nan, 1e9, "50", True, [50]])
def test_share_percent_outside_zero_hundred_is_rejected(value: object) -> None:
    with pytest.raises(
        ValueError, match=rf"share_percent must be in \[0, 100\], got {re.escape(repr(value))}"
    ):
        make(TerritoryClaim, share_percent=value)


@pytest.mark.parametrize("value", [None, 0, 18.5, 100])
def test_share_percent_in_range_is_accepted(value: float | None) -> None:
    claim = make(TerritoryClaim, share_percent=value)
    assert isinstance(claim, TerritoryClaim)
    assert claim.share_percent == value


def test_evidence_and_extractor_are_required() -> None:
    with pytest.raises(TypeError, match="evidence"):
        Round(extractor="t", status="held")  # type: ignore[call-arg]
    with pytest.raises(TypeError, match="extractor"):
        Round(evidence=EV, status="held")  # type: ignore[call-arg]


def test_records_are_keyword_only() -> None:
    with pytest.raises(TypeError):
        Round(EV, "t", status="held")  # type: ignore[misc]


def test_defaults() -> None:
    record = make(Exchange)
    assert isinstance(record, Exchange)
    assert record.confidence == 1.0
    assert record.segment == "main"
    assert record.count is None
    assert record.per_side is None
    assert record.approximate is False
    assert record.mentions == ()


def test_type_names_are_the_json_contract() -> None:
    assert [cls.type for cls in (Round, Exchange, Statement, TerritoryClaim)] == [
        "round",
        "exchange",
        "statement",
        "territory_claim",
    ]


# -- frozen, hashable, evolvable -------------------------------------------------------


@given(records())
def test_records_are_frozen(record: Record) -> None:
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        record.confidence = 0.5  # type: ignore[misc]
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        record.evidence = Span(0, 0)  # type: ignore[misc]


def test_spans_and_entities_are_frozen() -> None:
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        EV.start = 1  # type: ignore[misc]
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        PLACE.name = "Bern"  # type: ignore[misc]


def test_records_are_slotted() -> None:
    record = make(Round)
    with pytest.raises((AttributeError, attrs.exceptions.FrozenInstanceError)):
        record.extra = 1  # type: ignore[attr-defined]
    assert not hasattr(record, "__dict__")


@given(records())
def test_records_are_hashable_and_equal_copies_hash_alike(record: Record) -> None:
    copy = attrs.evolve(record)
    assert copy == record
    assert hash(copy) == hash(record)
    assert len({record, copy}) == 1


def test_sequences_become_tuples() -> None:
    record = make(Round, parties=[PLACE], mediators=iter([PLACE]), mentions=[Span(1, 2)])
    assert isinstance(record, Round)
    assert record.parties == (PLACE,)
    assert record.mediators == (PLACE,)
    assert record.mentions == (Span(1, 2),)
    hash(record)


def test_evolve_changes_one_field_and_revalidates() -> None:
    record = make(Exchange, count=10)
    changed = attrs.evolve(record, count=12)
    assert isinstance(changed, Exchange)
    assert changed.count == 12
    assert record.count == 10  # type: ignore[attr-defined]
    assert changed.kind is ExchangeKind.PRISONERS
    assert attrs.evolve(record, status="completed").status is ExchangeStatus.COMPLETED  # type: ignore[attr-defined]
    with pytest.raises(ValueError, match="count must be >= 0, got -3"):
        attrs.evolve(record, count=-3)
    with pytest.raises(ValueError, match="confidence"):
        attrs.evolve(record, confidence=2)


def test_claim_kind_and_date_ref() -> None:
    claim = make(TerritoryClaim, kind=ClaimKind.ANNEXATION, year=2014)
    assert isinstance(claim, TerritoryClaim)
    assert claim.kind is ClaimKind.ANNEXATION
    date = DateRef("أمس", Span(0, 3), datetime.date(2025, 5, 16))
    assert attrs.evolve(date, value=None).value is None
    assert hash(date) == hash(DateRef("أمس", Span(0, 3), datetime.date(2025, 5, 16)))
