"""Reading documents from files: ``.txt`` articles, ``.jsonl`` batches, folders and stdin.

:func:`read_documents` turns command-line paths into a stream of
:class:`~negotext.document.Document` objects and :class:`InputError` values,
in order, so that one bad file or line is reported while the others go
through. Text is decoded from bytes as strict UTF-8 with no newline
translation, so every offset in a record indexes the file's own characters.
"""

from __future__ import annotations

import datetime
import json
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import BinaryIO

import attrs

from negotext.document import Document

__all__ = ["SUFFIXES", "InputError", "Skipped", "read_documents", "read_jsonl", "read_text"]

#: The file suffixes read from a folder.
SUFFIXES = (".txt", ".jsonl")

#: The name stdin goes by in messages and as the id of a document read from it.
STDIN = "<stdin>"


@attrs.frozen
class InputError:
    """A document that could not be read: where (``file`` or ``file:line``) and why."""

    location: str
    message: str

    def __str__(self) -> str:
        return f"{self.location}: {self.message}"


@attrs.frozen
class Skipped:
    """A file in a folder that is not read because of its suffix (not a failure)."""

    location: str

    def __str__(self) -> str:
        return f"{self.location}: skipped (not {' or '.join(SUFFIXES)})"


Item = Document | InputError | Skipped


def _binary(data: bytes) -> int:
    """The offset of the first NUL byte (a sure sign of a binary file), or -1."""
    return data.find(b"\x00")


#: Byte order marks of the encodings a text file saved "as Unicode" is usually in.
_BOMS = (
    (b"\xff\xfe\x00\x00", "UTF-32"),
    (b"\x00\x00\xfe\xff", "UTF-32"),
    (b"\xff\xfe", "UTF-16"),
    (b"\xfe\xff", "UTF-16"),
)


def _not_utf8(data: bytes, kind: str) -> str | None:
    """Why ``data`` is not UTF-8 at first sight (another Unicode encoding, binary), or None."""
    for bom, encoding in _BOMS:
        if data.startswith(bom) and len(data) > len(bom):
            return f"{encoding} text (byte order mark at byte 0), not UTF-8; re-save it as UTF-8"
    nul = _binary(data)
    if nul != -1:
        return f"binary file (NUL byte at byte {nul}), not {kind}"
    return None


def read_text(
    data: bytes, name: str, published: datetime.date | None = None, doc_id: str | None = None
) -> Document | InputError:
    """One document from the bytes of a ``.txt`` file called ``name``."""
    if not data.strip():
        return InputError(name, "empty file")
    if (problem := _not_utf8(data, "UTF-8 text")) is not None:
        return InputError(name, problem)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        return InputError(name, f"invalid UTF-8 at byte {error.start}")
    return Document(text, id=doc_id if doc_id is not None else Path(name).name, published=published)


def _unicode(value: str, key: str) -> str:
    """``value`` if it is Unicode text; a JSON escape can make a lone surrogate (``\\ud800``).

    Such a string cannot be written out as UTF-8, so it would fail the whole run
    when its record is written: the line is reported instead.
    """
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as error:
        code = ord(value[error.start])
        raise ValueError(
            f"field {key!r} holds a lone surrogate (\\u{code:04x}) at character {error.start}, "
            "not Unicode text"
        ) from None
    return value


def _optional_string(record: dict[str, object], key: str) -> str | None:
    value = record.get(key)
    if value is not None and not isinstance(value, str):
        raise ValueError(f"field {key!r} must be a string or null, got {value!r}")
    return value if value is None else _unicode(value, key)


def _jsonl_document(line: bytes, offset: int) -> Document:
    """The document one JSONL line describes; ValueError says what is wrong."""
    try:
        text_line = line.decode("utf-8")
    except UnicodeDecodeError as error:
        raise ValueError(f"invalid UTF-8 at byte {offset + error.start}") from None
    try:
        record = json.loads(text_line)
    except json.JSONDecodeError as error:
        raise ValueError(f"invalid JSON at column {error.colno}: {error.msg}") from None
    except RecursionError:  # [[[[…: the decoder recurses once a level
        raise ValueError("invalid JSON: arrays or objects nested too deeply") from None
    if not isinstance(record, dict):
        raise ValueError(f"expected a JSON object, got {type(record).__name__}")
    for key in ("id", "text"):
        if key not in record:
            raise ValueError(f"missing field {key!r}")
    doc_id = record["id"]
    if isinstance(doc_id, bool) or not isinstance(doc_id, (str, int)) or doc_id == "":
        raise ValueError(f"field 'id' must be a non-empty string or an integer, got {doc_id!r}")
    if isinstance(doc_id, str):
        _unicode(doc_id, "id")
    text = record["text"]
    if not isinstance(text, str):
        raise ValueError(f"field 'text' must be a string, got {type(text).__name__}")
    _unicode(text, "text")
    if not text.strip():
        raise ValueError("field 'text' is empty")
    published = record.get("published")
    if published is not None:
        if not isinstance(published, str):
            raise ValueError(f"field 'published' must be YYYY-MM-DD or null, got {published!r}")
        try:
            published = datetime.date.fromisoformat(published)
        except ValueError:
            raise ValueError(
                f"field 'published' must be YYYY-MM-DD or null, got {published!r}"
            ) from None
    return Document(
        text,
        id=str(doc_id),
        published=published,
        source=_optional_string(record, "source"),
        url=_optional_string(record, "url"),
    )


def read_jsonl(data: bytes, name: str) -> Iterator[Document | InputError]:
    """The documents of a JSON Lines file, one a line; blank lines are skipped.

    A bad line yields an :class:`InputError` located at ``name:LINE`` and the
    next lines are still read.
    """
    if not data.strip():
        yield InputError(name, "empty file")
        return
    if (problem := _not_utf8(data, "JSON Lines")) is not None:
        yield InputError(name, problem)
        return
    offset = 0
    for number, line in enumerate(data.split(b"\n"), start=1):
        line_offset = offset
        offset += len(line) + 1
        if not line.strip():
            continue
        try:
            yield _jsonl_document(line, line_offset)
        except ValueError as error:
            yield InputError(f"{name}:{number}", str(error))


def _read_bytes(path: Path) -> bytes | InputError:
    try:
        return path.read_bytes()
    except IsADirectoryError:
        return InputError(str(path), "is a directory")
    except OSError as error:
        return InputError(str(path), f"cannot read: {error.strerror or error}")


def _read_file(path: Path, published: datetime.date | None) -> Iterator[Item]:
    data = _read_bytes(path)
    if isinstance(data, InputError):
        yield data
    elif path.suffix.lower() == ".jsonl":
        yield from read_jsonl(data, str(path))
    else:
        yield read_text(data, str(path), published)


def _folder_files(folder: Path) -> Iterator[Path | Skipped]:
    """Files under ``folder``, recursively and sorted; hidden files and folders are left out."""
    for path in sorted(folder.rglob("*")):
        relative = path.relative_to(folder)
        if any(part.startswith(".") for part in relative.parts) or path.is_dir():
            continue
        if path.suffix.lower() in SUFFIXES:
            yield path
        else:
            yield Skipped(str(path))


def read_documents(
    paths: Sequence[str],
    *,
    published: datetime.date | None = None,
    stdin: BinaryIO | None = None,
    stdin_format: str = "text",
) -> Iterator[Item]:
    """Documents from command-line ``paths``, in order, with an item for each failure.

    - a ``.jsonl`` file: one document a line, ``{"id", "text", "published"?,
      "source"?, "url"?}``;
    - any other file: one document, its id the file name, ``published`` applied;
    - a folder: its ``.txt`` and ``.jsonl`` files, recursively, sorted by path
      (other files are reported as :class:`Skipped`; a folder with none is an
      :class:`InputError`);
    - ``-``: ``stdin`` read as one text document (id ``<stdin>``) or, with
      ``stdin_format="jsonl"``, as JSON Lines.
    """
    for raw in paths:
        if raw == "-":
            if stdin is None:
                raise ValueError("'-' given but no stdin to read")
            data = stdin.read()
            if stdin_format == "jsonl":
                yield from read_jsonl(data, STDIN)
            else:
                yield read_text(data, STDIN, published, doc_id=STDIN)
            continue
        path = Path(raw)
        if path.is_dir():
            readable = False
            for entry in _folder_files(path):
                if isinstance(entry, Skipped):
                    yield entry
                else:
                    readable = True
                    yield from _read_file(entry, published)
            if not readable:  # a wrong folder would otherwise pass as "0 documents", exit 0
                yield InputError(raw, f"no {' or '.join(SUFFIXES)} files in this folder")
        elif not path.exists():
            yield InputError(raw, "no such file or directory")
        else:
            yield from _read_file(path, published)
