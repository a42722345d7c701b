"""Round extraction for unit tests: the rounds one composed text tells, and where held ones sat.

Shared by the round test modules that read a text with no context before it.
"""

from __future__ import annotations

from negotext.analysis import Analysis
from negotext.document import Document
from negotext.extractors.rounds import find_rounds
from negotext.records import Round, RoundStatus


def rounds_of(text: str, published: str | None = None) -> list[Round]:
    """The rounds the built-in round extractor finds in ``text``."""
    return find_rounds(Analysis(Document(text, published=published)))


def held_at(text: str) -> list[str | None]:
    """The venues of the held rounds the text tells, as written."""
    return [
        r.place.text if r.place is not None else None
        for r in rounds_of(text)
        if r.status == RoundStatus.HELD
    ]
