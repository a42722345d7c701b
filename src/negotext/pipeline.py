"""extract and extract_many: build the analysis, call the extractor plugins, collect records.

Each extractor plugin is called on its own, so that a failure is reported with
the plugin's name and the document's id while the other plugins (and, in a
batch, the other documents) go on.
"""

from __future__ import annotations

import datetime
import typing
from collections.abc import Iterable, Iterator
from typing import Literal, TypeVar

import attrs

from negotext.analysis import Analysis
from negotext.document import Document
from negotext.plugins import Resources, get_plugin_manager, get_resources
from negotext.records import (
    DateRef,
    Entity,
    Exchange,
    Record,
    Round,
    Span,
    Statement,
    TerritoryClaim,
)

__all__ = ["Extraction", "ExtractorError", "extract", "extract_many"]

R = TypeVar("R", bound=Record)
ErrorMode = Literal["raise", "collect"]


class ExtractorError(Exception):
    """An extractor plugin failed on a document; names both, the original error is ``__cause__``."""

    def __init__(self, plugin: str, doc_id: str | None, message: str) -> None:
        self.plugin = plugin
        self.doc_id = doc_id
        self.message = message
        super().__init__(f"plugin {plugin!r} failed on document {doc_id!r}: {message}")


def _records(values: Iterable[Record]) -> tuple[Record, ...]:
    return tuple(values)


def _errors(values: Iterable[ExtractorError]) -> tuple[ExtractorError, ...]:
    return tuple(values)


@attrs.frozen
class Extraction:
    """The records found in one document, and the extractor failures if any were collected."""

    document: Document
    records: tuple[Record, ...] = attrs.field(converter=_records)
    errors: tuple[ExtractorError, ...] = attrs.field(default=(), converter=_errors)

    def __iter__(self) -> Iterator[Record]:
        return iter(self.records)

    def __len__(self) -> int:
        return len(self.records)

    def of_type(self, record_type: type[R]) -> list[R]:
        """The records of one type, in order."""
        return [r for r in self.records if isinstance(r, record_type)]

    @property
    def rounds(self) -> list[Round]:
        return self.of_type(Round)

    @property
    def exchanges(self) -> list[Exchange]:
        return self.of_type(Exchange)

    @property
    def statements(self) -> list[Statement]:
        return self.of_type(Statement)

    @property
    def territory_claims(self) -> list[TerritoryClaim]:
        return self.of_type(TerritoryClaim)

    @property
    def ok(self) -> bool:
        """Whether every extractor ran on this document without failing."""
        return not self.errors


def _as_document(
    value: Document | str, published: datetime.date | str | None, id: str | None
) -> Document:
    if isinstance(value, Document):
        if published is not None or id is not None:
            return attrs.evolve(
                value,
                published=published if published is not None else value.published,
                id=id if id is not None else value.id,
            )
        return value
    if isinstance(value, str):
        return Document(value, id=id, published=published)
    raise TypeError(f"expected a Document or a str, got {type(value).__name__}")


def _spans(value: object, where: str) -> Iterator[tuple[str, Span]]:
    """Every span in a record's field, with where it is (``speaker``, ``parties[1]``)."""
    if isinstance(value, Span):
        yield where, value
    elif isinstance(value, (Entity, DateRef)):
        yield where, value.span
    elif isinstance(value, tuple):
        for i, item in enumerate(value):
            yield from _spans(item, f"{where}[{i}]")


def _check_record(record: object, plugin: str, text_length: int) -> str | None:
    """Why a plugin's record is unacceptable, or None when it is fine."""
    if not isinstance(record, Record):
        return f"returned {type(record).__name__}, not a Record"
    for field in attrs.fields(type(record)):
        for where, span in _spans(getattr(record, field.name), field.name):
            if span.end > text_length:
                return f"{where} {span} lies outside the text ({text_length} characters)"
    return None


def _run(document: Document, resources: Resources, errors: ErrorMode) -> Extraction:
    analysis = Analysis(document, resources)
    records: list[Record] = []
    failures: list[ExtractorError] = []
    hook = get_plugin_manager().hook.negotext_extract_records
    for impl in reversed(hook.get_hookimpls()):
        try:
            found: list[Record] = list(
                typing.cast("Iterable[Record]", impl.function(analysis=analysis) or ())
            )
            problem = next(
                (p for r in found if (p := _check_record(r, impl.plugin_name, len(document.text)))),
                None,
            )
            if problem:
                raise ValueError(problem)
        except Exception as error:
            failure = ExtractorError(
                impl.plugin_name, document.id, f"{type(error).__name__}: {error}"
            )
            failure.__cause__ = error
            if errors == "raise":
                raise failure from error
            failures.append(failure)
            continue
        records.extend(found)
    records.sort(key=lambda r: (r.evidence.start, r.evidence.end))
    return Extraction(document, records, failures)


def extract(
    text_or_document: Document | str,
    *,
    published: datetime.date | str | None = None,
    id: str | None = None,
    errors: ErrorMode = "raise",
) -> Extraction:
    """Read one document and return its records.

    ``published`` (a date or ``YYYY-MM-DD``) lets relative dates be resolved.
    With ``errors="raise"`` (the default) an extractor failure raises
    :class:`ExtractorError`; with ``"collect"`` it is kept in ``.errors`` and
    the other extractors' records are returned.
    """
    document = _as_document(text_or_document, published, id)
    return _run(document, get_resources(), errors)


def extract_many(
    documents: Iterable[Document | str], *, errors: ErrorMode = "collect"
) -> Iterator[Extraction]:
    """Read documents one at a time, yielding each one's :class:`Extraction`.

    Streams: memory stays flat however many documents there are. By default an
    extractor failure is collected in the document's ``.errors`` and the batch
    goes on.
    """
    resources = get_resources()
    for document in documents:
        yield _run(_as_document(document, None, None), resources, errors)
