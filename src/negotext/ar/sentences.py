"""Sentence boundaries in news Arabic.

A sentence ends at ``.``, ``!``, ``?`` (or ``؟``) followed by space or the end,
or at a line break. Headlines and list items, which end with no mark, end at
their line. Spans index the text given.

A sentence runs at most :data:`MAX_SENTENCE` characters: text with no full stop
and no line break for longer than that (a page flattened into one line, a list
with no marks) is cut at the last space before the limit. Extractors read
windows up to the sentence's edges around every cue, so an unbounded sentence
made them quadratic in its length (a 116 KB line: 76 ms/KB against 25 once cut).
No sentence of the corpus comes near the limit (the longest is 395 characters).
"""

from __future__ import annotations

import regex

from negotext.records import Span

__all__ = ["MAX_SENTENCE", "split_sentences"]

#: The most characters a sentence runs before it is cut at a space (see above).
MAX_SENTENCE = 1000

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
    while end - start > MAX_SENTENCE:
        cut = _last_space(text, start, start + MAX_SENTENCE)
        if cut is None:  # one word longer than the limit: it stays whole
            cut = _next_space(text, start + MAX_SENTENCE, end)
            if cut is None:
                break
        _add(text, start, cut, spans)
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if end > start:
        spans.append(Span(start, end))


def _last_space(text: str, start: int, end: int) -> int | None:
    """The offset of the last white space in ``text[start + 1:end]``, or None."""
    for at in range(end - 1, start, -1):
        if text[at].isspace():
            return at
    return None


def _next_space(text: str, start: int, end: int) -> int | None:
    """The offset of the first white space in ``text[start:end]``, or None."""
    for at in range(start, end):
        if text[at].isspace():
            return at
    return None
