"""The gazetteer: countries, places, institutions, groups, media and people.

STUB: the full gazetteer comes with issue 3. :class:`Gazetteer` and
:func:`find_entities` are the contract.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from negotext.records import Entity

__all__ = ["Gazetteer", "find_entities"]


class Gazetteer:
    """All entries, matched in one pass over a normalised text."""

    def __init__(self, entries: Iterable[Mapping[str, Any]]) -> None:
        self.entries = list(entries)

    def find(self, text: str) -> list[Entity]:
        """Every entity mention in ``text``, in order, with spans into ``text``."""
        return []


def find_entities(text: str, gazetteer: Gazetteer | None = None) -> list[Entity]:
    """Entity mentions in ``text`` using ``gazetteer`` (default: every registered entry)."""
    if gazetteer is None:
        from negotext.plugins import get_resources

        gazetteer = get_resources().gazetteer
    return gazetteer.find(text)
