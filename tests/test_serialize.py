"""Serialisation: the JSON contract, the round trip, and errors that name the field."""

from __future__ import annotations

import datetime
import json
from typing import Any

import pytest
from hypothesis import given
from tests.strategies import records, text_and_records

from negotext.records import (
    DateRef,
    Entity,
    EntityKind,
    Exchange,
    Record,
    Round,
    Span,
    Statement,
    TerritoryClaim,
)
from negotext.serialize import (
    FIELDS_FIRST,
    RecordFormatError,
    from_dict,
    from_json,
    to_dict,
    to_json,
)

TEXT = "قال الرئيس في جنيف إن الجولة الثانية ستعقد غداً."
GENEVA = Entity("جنيف", Span(14, 18), "place", name="Geneva", id="Q71")
PRESIDENT = Entity("الرئيس", Span(4, 10), "person", role="President")

EXAMPLES: dict[str, Record] = {
    "round": Round(
        evidence=Span(22, 48),
        extractor="negotext.extractors.rounds",
        confidence=0.8,
        status="planned",
        ordinal=2,
        place=GENEVA,
        date=DateRef("غداً", Span(43, 47), datetime.date(2025, 5, 17)),
        parties=[PRESIDENT],
        mediators=[],
    ),
    "exchange": Exchange(
        evidence=Span(0, 10),
        extractor="x",
        kind="prisoners",
        status="agreed",
        count=1000,
        per_side=True,
        approximate=False,
    ),
    "statement": Statement(
        evidence=Span(0, 48),
        extractor="negotext.extractors.statements",
        speaker=PRESIDENT,
        content=Span(22, 48),
        direct=False,
        verb="قال",
        channel=None,
        via=None,
    ),
    "territory_claim": TerritoryClaim(
        evidence=Span(11, 18),
        extractor="y",
        territory=GENEVA,
        kind="control",
        claimant=None,
        share_percent=18.5,
        year=2014,
    ),
}

CONTRACT: dict[str, set[str]] = {
    "round": {"ordinal", "status", "place", "date", "parties", "mediators"},
    "exchange": {"kind", "count", "per_side", "approximate", "status"},
    "statement": {"speaker", "content", "direct", "verb", "channel", "via"},
    "territory_claim": {"claimant", "territory", "kind", "share_percent", "year"},
}
ENTITY_KEYS = {"text", "start", "end", "name", "id", "kind", "role"}
SPAN_KEYS = {"start", "end", "text"}


def _entities_of(data: dict[str, Any]) -> list[dict[str, Any]]:
    """Every entity dict in a serialised record."""
    found: list[dict[str, Any]] = []
    for key in ("place", "speaker", "via", "territory", "claimant"):
        if isinstance(data.get(key), dict):
            found.append(data[key])
    for key in ("parties", "mediators"):
        found.extend(data.get(key) or [])
    return found


# -- the contract --------------------------------------------------------------------


def test_examples_cover_every_builtin_type() -> None:
    assert set(EXAMPLES) == set(CONTRACT)
    assert all(record.type == name for name, record in EXAMPLES.items())


@pytest.mark.parametrize("name", sorted(CONTRACT))
def test_contract_keys(name: str) -> None:
    data = to_dict(EXAMPLES[name], TEXT, doc="a.txt")
    assert list(data)[: len(FIELDS_FIRST)] == list(FIELDS_FIRST)
    assert {"type", "doc", "evidence", "confidence", "extractor"} <= set(data)
    assert CONTRACT[name] <= set(data)
    assert data["type"] == name
    assert data["doc"] == "a.txt"
    assert set(data["evidence"]) == SPAN_KEYS
    for entity in _entities_of(data):
        assert set(entity) == ENTITY_KEYS
    json.dumps(data)  # JSON-ready as it is


def test_values_are_written_as_the_contract_says() -> None:
    data = to_dict(EXAMPLES["round"], TEXT, doc="d1")
    assert data["status"] == "planned"
    assert data["ordinal"] == 2
    assert data["confidence"] == 0.8
    assert data["extractor"] == "negotext.extractors.rounds"
    assert data["place"] == {
        "text": "جنيف",
        "start": 14,
        "end": 18,
        "name": "Geneva",
        "id": "Q71",
        "kind": "place",
        "role": None,
    }
    assert data["date"]["text"] == "غداً"
    assert data["date"]["value"] == "2025-05-17"
    assert data["parties"][0]["role"] == "President"
    assert data["mediators"] == []
    statement = to_dict(EXAMPLES["statement"], TEXT)
    assert statement["content"] == {"start": 22, "end": 48, "text": TEXT[22:48]}
    assert statement["via"] is None
    assert statement["direct"] is False
    claim = to_dict(EXAMPLES["territory_claim"], TEXT)
    assert claim["claimant"] is None
    assert claim["share_percent"] == 18.5
    assert claim["kind"] == "control"


def test_evidence_text_is_read_from_the_document() -> None:
    data = to_dict(EXAMPLES["round"], TEXT)
    assert data["evidence"]["text"] == TEXT[22:48]
    assert to_dict(EXAMPLES["round"])["evidence"]["text"] is None


@given(text_and_records(min_size=1))
def test_evidence_text_equals_the_slice(case: tuple[str, list[Record]]) -> None:
    text, recs = case
    for record in recs:
        data = to_dict(record, text)
        assert data["evidence"]["text"] == text[record.evidence.start : record.evidence.end]
        assert (data["evidence"]["start"], data["evidence"]["end"]) == (
            record.evidence.start,
            record.evidence.end,
        )
        for entity in _entities_of(data):
            assert entity["text"] == text[entity["start"] : entity["end"]]
            assert entity["kind"] in {k.value for k in EntityKind}


def test_to_json_is_one_line_and_keeps_arabic() -> None:
    line = to_json(EXAMPLES["statement"], TEXT, doc="d")
    assert "\n" not in line
    assert "الرئيس" in line
    assert json.loads(line)["type"] == "statement"


# -- round trip ----------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(EXAMPLES))
def test_round_trip_examples(name: str) -> None:
    record = EXAMPLES[name]
    assert from_dict(to_dict(record, TEXT, "d")) == record
    assert from_json(to_json(record, TEXT, "d")) == record


@given(records())
def test_round_trip_through_dict(record: Record) -> None:
    assert from_dict(to_dict(record)) == record


@given(text_and_records(min_size=1))
def test_round_trip_through_json_text(case: tuple[str, list[Record]]) -> None:
    text, recs = case
    for record in recs:
        line = to_json(record, text, doc="doc-1")
        back = from_json(line)
        assert back == record
        assert type(back) is type(record)
        assert to_json(back, text, doc="doc-1") == line


def test_round_trip_with_explicit_record_types() -> None:
    record = EXAMPLES["exchange"]
    assert from_dict(to_dict(record), {"exchange": Exchange}) == record
    with pytest.raises(RecordFormatError, match="unknown record type 'exchange'"):
        from_dict(to_dict(record), {"round": Round})


def test_extra_keys_are_ignored() -> None:
    data = to_dict(EXAMPLES["exchange"], TEXT) | {"added_later": 1}
    assert from_dict(data) == EXAMPLES["exchange"]


def test_optional_fields_may_be_left_out() -> None:
    data = {
        "type": "exchange",
        "evidence": {"start": 0, "end": 3},
        "extractor": "x",
        "kind": "bodies",
        "status": "completed",
    }
    record = from_dict(data)
    assert isinstance(record, Exchange)
    assert record.count is None
    assert record.confidence == 1.0


# -- malformed input -----------------------------------------------------------------


def _good(name: str = "round") -> dict[str, Any]:
    return to_dict(EXAMPLES[name], TEXT, "d")


@pytest.mark.parametrize(
    ("change", "pattern"),
    [
        ({"type": "meeting"}, r"type: unknown record type 'meeting' \(known: .*round"),
        ({"type": None}, r"type: unknown record type None"),
        ({"type": ["round"]}, r"type: unknown record type"),
        ({"status": "finished"}, r"status: 'finished' is not one of 'held'"),
        ({"ordinal": "2"}, r"ordinal: expected an integer, got '2'"),
        ({"ordinal": True}, r"ordinal: expected an integer, got True"),
        ({"confidence": "high"}, r"confidence: expected a number, got 'high'"),
        ({"confidence": 1.5}, r"confidence must be a number in \[0, 1\], got 1.5"),
        ({"extractor": 3}, r"extractor: expected a string, got 3"),
        ({"parties": {"a": 1}}, r"parties: expected a list"),
        ({"parties": [{"text": "x", "start": 0, "end": 1}]}, r"parties\[0\]: missing kind"),
        ({"place": {"text": "x", "start": 0, "end": 1, "kind": "planet"}}, r"kind"),
        ({"place": "جنيف"}, r"place: expected an object"),
        ({"evidence": {"start": 3}}, r"evidence: missing end"),
        ({"evidence": [1, 2]}, r"evidence: expected an object"),
        ({"evidence": None}, r"evidence: must not be null"),
    ],
)
def test_malformed_round_names_the_field(change: dict[str, Any], pattern: str) -> None:
    with pytest.raises(RecordFormatError, match=pattern):
        from_dict(_good() | change)


@pytest.mark.parametrize(
    ("name", "change", "pattern"),
    [
        ("exchange", {"kind": "soldiers"}, r"kind: 'soldiers' is not one of"),
        ("exchange", {"count": 1.5}, r"count: expected an integer"),
        ("exchange", {"per_side": "yes"}, r"per_side: expected true or false"),
        ("exchange", {"approximate": None}, r"approximate: must not be null"),
        ("statement", {"direct": 1}, r"direct: expected true or false, got 1"),
        ("statement", {"speaker": None}, r"speaker: must not be null"),
        ("territory_claim", {"kind": "invasion"}, r"kind: 'invasion' is not one of"),
        ("territory_claim", {"share_percent": "half"}, r"share_percent: expected a number"),
        ("territory_claim", {"share_percent": 120}, r"share_percent must be in \[0, 100\]"),
    ],
)
def test_malformed_records_name_the_field(name: str, change: dict[str, Any], pattern: str) -> None:
    with pytest.raises(RecordFormatError, match=pattern):
        from_dict(_good(name) | change)


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"evidence": {"start": 5, "end": 2}}, "evidence"),
        ({"evidence": {"start": -1, "end": 2}}, "evidence"),
        ({"evidence": {"start": "0", "end": 2}}, "evidence"),
        ({"evidence": {"start": 0.5, "end": 2}}, "evidence"),
        ({"speaker": {"text": "x", "start": 0, "end": 1, "kind": "planet"}}, "speaker"),
        ({"content": {"start": 9, "end": 1}}, "content"),
    ],
)
def test_impossible_nested_values_name_the_field(change: dict[str, Any], field: str) -> None:
    with pytest.raises(RecordFormatError, match=rf"^{field}\b"):
        from_dict(_good("statement") | change)


def test_bad_date_names_the_field() -> None:
    data = _good("round")
    data["date"] = {"text": "غداً", "start": 43, "end": 47, "value": "tomorrow"}
    with pytest.raises(RecordFormatError, match=r"^date\b"):
        from_dict(data)


@pytest.mark.parametrize("field", ["evidence", "extractor", "status"])
def test_missing_required_field_is_named(field: str) -> None:
    data = _good("round")
    del data[field]
    with pytest.raises(RecordFormatError, match=rf"{field}: missing in round record"):
        from_dict(data)


@pytest.mark.parametrize("data", [[1, 2], "round", 3, None])
def test_non_object_is_rejected(data: Any) -> None:
    with pytest.raises(RecordFormatError, match="a record must be a JSON object"):
        from_dict(data)


@pytest.mark.parametrize("line", ["{", '{"type": "round",}', "", "not json"])
def test_invalid_json_is_rejected_with_its_column(line: str) -> None:
    with pytest.raises(RecordFormatError, match=r"invalid JSON at column \d+"):
        from_json(line)


def test_json_array_is_rejected() -> None:
    with pytest.raises(RecordFormatError, match="got list"):
        from_json("[]")


def test_format_error_is_a_value_error() -> None:
    assert issubclass(RecordFormatError, ValueError)
