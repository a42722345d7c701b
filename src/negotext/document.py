"""The input document: original text and what is known about it.

The text is never modified; every span any record carries indexes it.
"""

from __future__ import annotations

import datetime
import enum

import attrs

from negotext.records import Span

__all__ = ["Document", "Segment", "SegmentKind"]


def _to_date(value: datetime.date | str | None) -> datetime.date | None:
    """Accept a date, an ISO ``YYYY-MM-DD`` string or None."""
    if value is None or isinstance(value, datetime.date):
        if isinstance(value, datetime.datetime):
            return value.date()
        return value
    if isinstance(value, str):
        try:
            return datetime.date.fromisoformat(value.strip()[:10])
        except ValueError:
            raise ValueError(
                f"published must be a date in YYYY-MM-DD form, got {value!r}"
            ) from None
    raise TypeError(f"published must be a date, a YYYY-MM-DD string or None, got {value!r}")


def _is_text(instance: object, attribute: attrs.Attribute[str], value: object) -> None:
    if not isinstance(value, str):
        raise TypeError(f"{attribute.name} must be a str, got {type(value).__name__}")


@attrs.frozen
class Document:
    """A news article to read: its text and, where known, id, date, source and URL."""

    text: str = attrs.field(validator=_is_text)
    id: str | None = None
    published: datetime.date | None = attrs.field(default=None, converter=_to_date)
    source: str | None = None
    url: str | None = None
    lang: str = "ar"


class SegmentKind(str, enum.Enum):
    """What a stretch of a scraped page is."""

    MAIN = "main"  # the article itself
    APPENDED = "appended"  # a second article the page carries ("اقرأ أيضاً" …)
    RELATED = "related"  # a list of related headlines ("مقالات ذات صلة")
    BOILERPLATE = "boilerplate"  # bylines, tags, share buttons, "المصدر:" lines

    def __str__(self) -> str:
        return str(self.value)


@attrs.frozen
class Segment:
    """A part of a page: its kind and span in the original text."""

    kind: SegmentKind
    span: Span
