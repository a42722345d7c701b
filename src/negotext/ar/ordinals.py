"""Ordinals: الأول، الثالثة، الحادي عشر، الجولة الـ3، and relative references.

STUB: the full reader comes with issue 3. The data class is the contract.
"""

from __future__ import annotations

import attrs

from negotext.records import Span

__all__ = ["Ordinal", "find_ordinals", "parse_ordinal"]


@attrs.frozen
class Ordinal:
    """An ordinal as written; ``value`` None and ``relative`` set for المقبلة and the like."""

    text: str
    span: Span
    value: int | None
    #: "next", "previous", "last", "new" for relative references, else None.
    relative: str | None = None


def find_ordinals(text: str) -> list[Ordinal]:
    """Every ordinal in ``text``, in order."""
    return []


def parse_ordinal(phrase: str) -> int | None:
    """The order ``phrase`` states (3 for الثالثة), else None."""
    return None
