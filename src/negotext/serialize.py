"""Records to and from JSON, following the JSON contract.

The one place records leave the library. A record's field is written by its
type: a :class:`Span` as ``{"start", "end", "text"}`` (the text read from the
document), an :class:`Entity` as ``{"text", "start", "end", "name", "id",
"kind", "role"}``, enums as their values, dates as ``YYYY-MM-DD``. Record
types that plugins register serialise the same way.
"""

from __future__ import annotations

import datetime
import enum
import json
import types
import typing
from collections.abc import Mapping
from typing import Any

import attrs

from negotext.records import DateRef, Entity, Record, Span

__all__ = [
    "FIELDS_FIRST",
    "RecordFormatError",
    "from_dict",
    "from_json",
    "to_dict",
    "to_json",
]

#: The keys every record starts with, in this order.
FIELDS_FIRST = ("type", "doc", "evidence", "confidence", "extractor", "segment")


class RecordFormatError(ValueError):
    """JSON that does not describe a record; the message names the field."""


def _span_dict(span: Span, text: str | None) -> dict[str, Any]:
    return {
        "start": span.start,
        "end": span.end,
        "text": text[span.start : span.end] if text is not None else None,
    }


def _unstructure(value: Any, text: str | None) -> Any:
    if isinstance(value, Span):
        return _span_dict(value, text)
    if isinstance(value, Entity):
        return {
            "text": value.text,
            "start": value.span.start,
            "end": value.span.end,
            "name": value.name,
            "id": value.id,
            "kind": value.kind.value,
            "role": value.role,
        }
    if isinstance(value, DateRef):
        return {
            "text": value.text,
            "start": value.span.start,
            "end": value.span.end,
            "value": value.value.isoformat() if value.value else None,
        }
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    if isinstance(value, (tuple, list)):
        return [_unstructure(item, text) for item in value]
    if attrs.has(type(value)):
        return {
            f.name: _unstructure(getattr(value, f.name), text) for f in attrs.fields(type(value))
        }
    return value


def to_dict(record: Record, text: str | None = None, doc: str | None = None) -> dict[str, Any]:
    """The JSON-ready dict of ``record``; ``text`` is the document text its spans index."""
    data: dict[str, Any] = {"type": record.type, "doc": doc}
    for field in attrs.fields(type(record)):
        data[field.name] = _unstructure(getattr(record, field.name), text)
    ordered = {key: data[key] for key in FIELDS_FIRST if key in data}
    ordered.update((key, value) for key, value in data.items() if key not in ordered)
    return ordered


def to_json(record: Record, text: str | None = None, doc: str | None = None) -> str:
    """One line of JSON for ``record``."""
    return json.dumps(to_dict(record, text, doc), ensure_ascii=False)


_FIELD_TYPES: dict[type, dict[str, Any]] = {}


def _field_types(cls: type) -> dict[str, Any]:
    """The resolved type of each field of an attrs class, computed once per class."""
    if cls not in _FIELD_TYPES:
        _FIELD_TYPES[cls] = typing.get_type_hints(cls)
    return _FIELD_TYPES[cls]


def _structure(value: Any, tp: Any, where: str) -> Any:
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        options = typing.get_args(tp)
        if value is None:
            if type(None) in options:
                return None
            raise RecordFormatError(f"{where}: must not be null")
        errors = []
        for option in options:
            if option is type(None):
                continue
            try:
                return _structure(value, option, where)
            except RecordFormatError as error:
                errors.append(str(error))
            except (TypeError, ValueError) as error:
                errors.append(f"{where}: {error}")
        raise RecordFormatError(errors[0] if errors else f"{where}: bad value {value!r}")
    if origin in (tuple, list):
        if not isinstance(value, list):
            raise RecordFormatError(f"{where}: expected a list, got {value!r}")
        (item_type, *_rest) = typing.get_args(tp) or (Any,)
        return tuple(_structure(item, item_type, f"{where}[{i}]") for i, item in enumerate(value))
    if tp is Any:
        return value
    if value is None:
        raise RecordFormatError(f"{where}: must not be null")
    if tp is Span:
        _require(value, ("start", "end"), where)
        return Span(value["start"], value["end"])
    if tp is Entity:
        _require(value, ("text", "start", "end", "kind"), where)
        return Entity(
            text=value["text"],
            span=Span(value["start"], value["end"]),
            kind=value["kind"],
            name=value.get("name"),
            id=value.get("id"),
            role=value.get("role"),
        )
    if tp is DateRef:
        _require(value, ("text", "start", "end"), where)
        date_value = value.get("value")
        return DateRef(
            text=value["text"],
            span=Span(value["start"], value["end"]),
            value=datetime.date.fromisoformat(date_value) if date_value else None,
        )
    if tp is datetime.date:
        return datetime.date.fromisoformat(value)
    if tp is bool:
        if not isinstance(value, bool):
            raise RecordFormatError(f"{where}: expected true or false, got {value!r}")
        return value
    if tp is int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise RecordFormatError(f"{where}: expected an integer, got {value!r}")
        return value
    if tp is float:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise RecordFormatError(f"{where}: expected a number, got {value!r}")
        return float(value)
    if tp is str:
        if not isinstance(value, str):
            raise RecordFormatError(f"{where}: expected a string, got {value!r}")
        return value
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        try:
            return tp(value)
        except ValueError:
            allowed = ", ".join(repr(m.value) for m in tp)
            raise RecordFormatError(f"{where}: {value!r} is not one of {allowed}") from None
    if isinstance(tp, type) and attrs.has(tp):
        if not isinstance(value, Mapping):
            raise RecordFormatError(f"{where}: expected an object, got {value!r}")
        hints = _field_types(tp)
        return tp(
            **{
                f.name: _structure(value[f.name], hints[f.name], f"{where}.{f.name}")
                for f in attrs.fields(tp)
                if f.name in value
            }
        )
    return value


def _require(value: Any, keys: tuple[str, ...], where: str) -> None:
    if not isinstance(value, Mapping):
        raise RecordFormatError(f"{where}: expected an object, got {value!r}")
    missing = [key for key in keys if key not in value]
    if missing:
        raise RecordFormatError(f"{where}: missing {', '.join(missing)}")


def from_dict(
    data: Mapping[str, Any], record_types: Mapping[str, type[Record]] | None = None
) -> Record:
    """The record a :func:`to_dict` dict describes.

    ``record_types`` maps ``type`` names to classes; by default, every type
    the registered plugins declare.
    """
    if record_types is None:
        from negotext.plugins import get_resources

        record_types = get_resources().record_types
    if not isinstance(data, Mapping):
        raise RecordFormatError(f"a record must be a JSON object, got {type(data).__name__}")
    type_name = data.get("type")
    if not isinstance(type_name, str) or type_name not in record_types:
        known = ", ".join(sorted(record_types))
        raise RecordFormatError(f"type: unknown record type {type_name!r} (known: {known})")
    cls = record_types[type_name]
    hints = _field_types(cls)
    kwargs: dict[str, Any] = {}
    for field in attrs.fields(cls):
        if field.name not in data:
            if field.default is attrs.NOTHING:
                raise RecordFormatError(f"{field.name}: missing in {type_name} record")
            continue
        try:
            kwargs[field.name] = _structure(data[field.name], hints[field.name], field.name)
        except RecordFormatError:
            raise
        except (TypeError, ValueError) as error:
            # A nested Span, Entity or date that rejects its values: name the field.
            raise RecordFormatError(f"{field.name}: {error}") from error
    try:
        return cls(**kwargs)
    except (TypeError, ValueError) as error:
        raise RecordFormatError(f"{type_name} record: {error}") from error


def from_json(line: str, record_types: Mapping[str, type[Record]] | None = None) -> Record:
    """The record one line of JSON describes."""
    try:
        data = json.loads(line)
    except json.JSONDecodeError as error:
        raise RecordFormatError(f"invalid JSON at column {error.colno}: {error.msg}") from error
    except RecursionError:  # [[[[…: the decoder recurses once a level
        raise RecordFormatError("invalid JSON: arrays or objects nested too deeply") from None
    return from_dict(data, record_types)
