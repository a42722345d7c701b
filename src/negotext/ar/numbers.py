"""Quantities in news Arabic: digits in any script and number words.

STUB: the full reader comes with issue 3. The data class is the contract.
"""

from __future__ import annotations

import attrs

from negotext.records import Span

__all__ = ["Quantity", "find_numbers", "parse_number"]


@attrs.frozen
class Quantity:
    """A number as written: its value, bounds, and whether it is vague or a percentage.

    ``value`` is the number (for a vague quantity such as آلاف, the lower
    bound); ``low``/``high`` bound it (``high`` None when unbounded).
    """

    value: int | float
    text: str
    span: Span
    low: int | float | None = None
    high: int | float | None = None
    approximate: bool = False
    percent: bool = False


def find_numbers(text: str) -> list[Quantity]:
    """Every quantity in ``text``, in order, with spans into ``text``."""
    return []


def parse_number(phrase: str) -> Quantity | None:
    """The quantity ``phrase`` states when the whole phrase is one quantity, else None."""
    return None
