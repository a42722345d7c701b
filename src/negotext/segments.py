"""Page structure: the main article, appended articles and boilerplate.

STUB: the segmenter comes with issue 4; until then a page is one main segment.
"""

from __future__ import annotations

from negotext.document import Segment, SegmentKind
from negotext.records import Span

__all__ = ["segment"]


def segment(text: str) -> tuple[Segment, ...]:
    """Split a scraped page into segments covering ``text`` in order."""
    return (Segment(SegmentKind.MAIN, Span(0, len(text))),)
