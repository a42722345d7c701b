"""The pipeline API: extract and extract_many."""

from __future__ import annotations

import datetime
from collections.abc import Callable, Iterator

import pytest

from negotext import Document, Extraction, extract, extract_many, hookimpl
from negotext.analysis import Analysis
from negotext.plugins import get_plugin_manager
from negotext.records import (
    Entity,
    Exchange,
    Record,
    Round,
    Span,
    Statement,
    TerritoryClaim,
)

TEXT = "قال الرئيس إن الجولة الثانية من المفاوضات ستعقد في جنيف."


class OneOfEachPlugin:
    """Emits one record of every built-in type, in reverse order of evidence."""

    name = "test-one-of-each"

    @hookimpl
    def negotext_extract_records(self, analysis: Analysis) -> list[Record]:
        n = len(analysis.text)
        whole = Span(0, n)
        entity = Entity(analysis.text[:3], Span(0, min(3, n)), "person")
        return [
            TerritoryClaim(
                evidence=Span(min(4, n), n), extractor=self.name, territory=entity, kind="control"
            ),
            Statement(
                evidence=Span(min(3, n), n),
                extractor=self.name,
                speaker=entity,
                content=whole,
                direct=False,
                verb="قال",
            ),
            Exchange(
                evidence=Span(min(2, n), n), extractor=self.name, kind="bodies", status="agreed"
            ),
            Round(evidence=Span(min(1, n), n), extractor=self.name, status="held"),
        ]


class SeenPlugin:
    """Records the documents it sees, and the publication dates."""

    name = "test-seen"

    def __init__(self) -> None:
        self.seen: list[Document] = []

    @hookimpl
    def negotext_extract_records(self, analysis: Analysis) -> None:
        self.seen.append(analysis.document)


@pytest.fixture
def register() -> Iterator[Callable[[object], object]]:
    """Register plugin objects by their ``name``; always unregistered afterwards."""
    pm = get_plugin_manager()
    names: list[str] = []

    def add(plugin: object) -> object:
        pm.register(plugin, name=plugin.name)  # type: ignore[attr-defined]
        names.append(plugin.name)  # type: ignore[attr-defined]
        return plugin

    try:
        yield add
    finally:
        for name in names:
            if pm.get_plugin(name) is not None:
                pm.unregister(name=name)


def _mine(result: Extraction) -> list[Record]:
    return [r for r in result if r.extractor == OneOfEachPlugin.name]


# -- extract ---------------------------------------------------------------------------


def test_extract_accepts_a_string() -> None:
    result = extract(TEXT)
    assert isinstance(result, Extraction)
    assert result.document == Document(TEXT)
    assert result.document.text is TEXT


def test_extract_accepts_a_document() -> None:
    document = Document(TEXT, id="d1", published="2025-05-16", source="wire", url="http://x")
    result = extract(document)
    assert result.document is document


def test_published_and_id_apply_to_a_string() -> None:
    result = extract(TEXT, published="2025-05-16", id="d2")
    assert result.document.id == "d2"
    assert result.document.published == datetime.date(2025, 5, 16)


def test_published_and_id_override_a_document(register: Callable[[object], object]) -> None:
    seen = SeenPlugin()
    register(seen)
    document = Document(TEXT, id="old", published=datetime.date(2020, 1, 1), source="wire")
    result = extract(document, published=datetime.date(2025, 5, 16), id="new")
    assert result.document.id == "new"
    assert result.document.published == datetime.date(2025, 5, 16)
    assert result.document.source == "wire"
    assert seen.seen[-1] is result.document  # the plugins read the overridden document
    # Only one of them given: the other is kept.
    assert extract(document, id="only-id").document.published == datetime.date(2020, 1, 1)
    assert extract(document, published="2024-02-03").document.id == "old"
    assert document.id == "old"  # the caller's document is untouched


def test_bad_published_is_rejected() -> None:
    with pytest.raises(ValueError, match="published must be a date in YYYY-MM-DD form"):
        extract(TEXT, published="yesterday")


@pytest.mark.parametrize("value", [None, 12, b"bytes", ["list"]])
def test_extract_rejects_what_is_not_text(value: object) -> None:
    with pytest.raises(TypeError, match="expected a Document or a str"):
        extract(value)  # type: ignore[arg-type]


def test_document_rejects_non_text() -> None:
    with pytest.raises(TypeError, match="text must be a str, got bytes"):
        Document(b"x")  # type: ignore[arg-type]


def test_extraction_properties(register: Callable[[object], object]) -> None:
    register(OneOfEachPlugin())
    result = extract(TEXT)
    mine = _mine(result)
    assert [type(r) for r in mine] == [Round, Exchange, Statement, TerritoryClaim]
    assert [r for r in result.rounds if r.extractor == OneOfEachPlugin.name] == [mine[0]]
    assert [r for r in result.exchanges if r.extractor == OneOfEachPlugin.name] == [mine[1]]
    assert [r for r in result.statements if r.extractor == OneOfEachPlugin.name] == [mine[2]]
    assert [r for r in result.territory_claims if r.extractor == OneOfEachPlugin.name] == [mine[3]]
    assert all(isinstance(r, Round) for r in result.rounds)
    assert all(isinstance(r, Exchange) for r in result.exchanges)
    assert all(isinstance(r, Statement) for r in result.statements)
    assert all(isinstance(r, TerritoryClaim) for r in result.territory_claims)
    assert result.of_type(Record) == list(result.records)
    assert len(result) == len(result.records)
    assert list(result) == list(result.records)
    assert result.ok


def test_records_are_sorted_by_evidence(register: Callable[[object], object]) -> None:
    register(OneOfEachPlugin())
    result = extract(TEXT)
    keys = [(r.evidence.start, r.evidence.end) for r in result]
    assert keys == sorted(keys)


def test_extraction_is_immutable() -> None:
    result = extract(TEXT)
    assert isinstance(result.records, tuple)
    assert isinstance(result.errors, tuple)
    with pytest.raises(AttributeError):
        result.records = ()  # type: ignore[misc]


def test_the_original_text_is_never_modified(
    register: Callable[[object], object], seed_texts: dict[str, str]
) -> None:
    register(OneOfEachPlugin())
    for name, text in seed_texts.items():
        before = "".join(list(text))
        result = extract(text, id=name)
        assert result.document.text is text
        assert text == before
        for record in result:
            assert 0 <= record.evidence.start <= record.evidence.end <= len(text)


def test_empty_text() -> None:
    result = extract("")
    assert result.document.text == ""
    assert result.ok


# -- extract_many ----------------------------------------------------------------------


class CountingSource:
    """An iterable of documents that counts how many have been pulled from it."""

    def __init__(self, texts: list[str]) -> None:
        self.texts = texts
        self.pulled = 0

    def __iter__(self) -> Iterator[Document | str]:
        for i, text in enumerate(self.texts):
            self.pulled += 1
            yield Document(text, id=f"doc-{i}") if i % 2 else text


def test_extract_many_streams_one_document_at_a_time() -> None:
    source = CountingSource([TEXT] * 5)
    stream = extract_many(source)
    assert source.pulled == 0  # nothing is read before the first result is asked for
    first = next(stream)
    assert source.pulled == 1
    assert first.document.id is None
    second = next(stream)
    assert source.pulled == 2
    assert second.document.id == "doc-1"
    rest = list(stream)
    assert source.pulled == 5
    assert len(rest) == 3


def test_extract_many_on_an_endless_source() -> None:
    def endless() -> Iterator[str]:
        while True:
            yield TEXT

    stream = extract_many(endless())
    results = [next(stream) for _ in range(3)]
    assert all(isinstance(r, Extraction) for r in results)


def test_extract_many_keeps_order_and_matches_extract(
    register: Callable[[object], object], seed_texts: dict[str, str]
) -> None:
    register(OneOfEachPlugin())
    documents = [Document(text, id=name) for name, text in seed_texts.items()]
    many = list(extract_many(documents))
    assert [r.document.id for r in many] == list(seed_texts)
    for result, document in zip(many, documents, strict=True):
        assert result.records == extract(document).records


def test_extract_many_of_nothing() -> None:
    assert list(extract_many([])) == []


def test_extract_many_rejects_what_is_not_text() -> None:
    with pytest.raises(TypeError, match="expected a Document or a str, got int"):
        list(extract_many([TEXT, 3]))  # type: ignore[list-item]
