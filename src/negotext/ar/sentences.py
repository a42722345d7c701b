"""Sentence boundaries in news Arabic.

A sentence ends at ``.``, ``!``, ``?`` (or ``؟``) followed by space or the end,
or at a line break. Headlines and list items, which end with no mark, end at
their line. Spans index the text given.
"""

from __future__ import annotations

import regex

from negotext.records import Span

__all__ = ["split_sentences"]

_BOUNDARY = regex.compile(r"(?<=[.!?؟][\"'”»]?)\s+|\n+")


def split_sentences(text: str) -> list[Span]:
    """Spans of the sentences of ``text``, trimmed of surrounding white space.

    >>> text = "قال إنه مستعد. وأضاف: نعم\\nعنوان"
    >>> [text[s.start:s.end] for s in split_sentences(text)]
    ['قال إنه مستعد.', 'وأضاف: نعم', 'عنوان']
    """
    spans: list[Span] = []
    start = 0
    for boundary in _BOUNDARY.finditer(text):
        _add(text, start, boundary.start(), spans)
        start = boundary.end()
    _add(text, start, len(text), spans)
    return spans


def _add(text: str, start: int, end: int, spans: list[Span]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append(Span(start, end))
