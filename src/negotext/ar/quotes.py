"""Quotations in normalised news text: balanced, unbalanced, reversed, or left open.

Normalisation turns every double quote mark (“ ” « » „ ″ …) into ``"``, so the
direction a scraped page gave a mark ("reversed" ” … “) no longer matters: marks
are paired in order within a line. A mark left without a partner is a quote left
open: it runs to the end of its line. Work on ``analysis.norm.text``; offsets are
normalised offsets.

>>> [(q.start, q.end, q.closed) for q in find_quotes('قال: "نعم" ثم "لا')]
[(5, 10, True), (14, 17, False)]
>>> find_quotes('قال: "نعم"')[0].inner('قال: "نعم"')
'نعم'
"""

from __future__ import annotations

import bisect

import attrs

__all__ = ["Quote", "QuoteIndex", "find_quotes"]

QUOTE_MARK = '"'


@attrs.frozen
class Quote:
    """A quotation ``[start, end)`` including its marks; ``closed`` False when left open.

    ``inner_start``/``inner_end`` delimit the quoted words, without the marks and
    the spaces next to them.
    """

    start: int
    end: int
    inner_start: int
    inner_end: int
    closed: bool

    def inner(self, text: str) -> str:
        return text[self.inner_start : self.inner_end]


def find_quotes(text: str) -> list[Quote]:
    """Every quotation in normalised ``text``, in order."""
    quotes: list[Quote] = []
    line_start = 0
    while line_start <= len(text):
        line_end = text.find("\n", line_start)
        if line_end < 0:
            line_end = len(text)
        marks: list[int] = []
        at = text.find(QUOTE_MARK, line_start, line_end)
        while at >= 0:
            marks.append(at)
            at = text.find(QUOTE_MARK, at + 1, line_end)
        for k in range(0, len(marks), 2):
            open_at = marks[k]
            if k + 1 < len(marks):
                close_at = marks[k + 1]
                quotes.append(_quote(text, open_at, close_at + 1, close_at, closed=True))
            else:
                end = line_end
                while end > open_at + 1 and text[end - 1].isspace():
                    end -= 1
                quotes.append(_quote(text, open_at, end, end, closed=False))
        line_start = line_end + 1
    return quotes


def _quote(text: str, start: int, end: int, inner_end: int, *, closed: bool) -> Quote:
    inner_start = start + 1
    while inner_start < inner_end and text[inner_start].isspace():
        inner_start += 1
    while inner_end > inner_start and text[inner_end - 1].isspace():
        inner_end -= 1
    return Quote(start, end, inner_start, inner_end, closed)


class QuoteIndex:
    """The quotations of a text, for "which quote holds this offset" questions."""

    def __init__(self, text: str) -> None:
        self.quotes = tuple(find_quotes(text))
        self._starts = [q.start for q in self.quotes]

    def at(self, offset: int) -> Quote | None:
        """The quotation holding ``offset`` (marks included), else None."""
        index = bisect.bisect_right(self._starts, offset) - 1
        if index >= 0 and offset < self.quotes[index].end:
            return self.quotes[index]
        return None

    def starting_at(self, offset: int) -> Quote | None:
        """The quotation whose opening mark is at ``offset``, else None."""
        index = bisect.bisect_left(self._starts, offset)
        if index < len(self.quotes) and self.quotes[index].start == offset:
            return self.quotes[index]
        return None

    def next_after(self, offset: int, limit: int) -> Quote | None:
        """The first quotation opening in ``[offset, limit)``, else None."""
        index = bisect.bisect_left(self._starts, offset)
        if index < len(self.quotes) and self.quotes[index].start < limit:
            return self.quotes[index]
        return None
