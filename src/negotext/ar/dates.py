"""Dates: month names in both systems, numeric dates, weekdays and relative expressions.

STUB: the full reader comes with issue 3. The data class is the contract.
"""

from __future__ import annotations

import datetime
import enum

import attrs

from negotext.records import Span

__all__ = ["DateMention", "Granularity", "find_dates"]


class Granularity(str, enum.Enum):
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    YEAR = "year"


@attrs.frozen
class DateMention:
    """A date as written; ``value`` None when it cannot be resolved (never guessed)."""

    text: str
    span: Span
    value: datetime.date | None
    granularity: Granularity
    relative: bool = False


def find_dates(text: str, published: datetime.date | None = None) -> list[DateMention]:
    """Every date mention in ``text``, resolved against ``published`` when relative."""
    return []
