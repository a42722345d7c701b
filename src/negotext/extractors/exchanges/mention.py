"""One mention of an exchange, as the reader finds it before mentions are grouped.

A mention is one place the text tells an exchange (an action and what it hands over); the
same exchange told again is another mention, and ``grouping`` makes them one record.
"""

from __future__ import annotations

import datetime

import attrs

from negotext.extractors._common import Cue
from negotext.records import ExchangeKind, ExchangeStatus


@attrs.define
class _OtherSide:
    """What a swap gives in return (مقابل 1900 أسير، بألف): its number, where, its kind noun."""

    count: int | None
    start: int
    end: int
    kind: Cue | None = None
    approximate: bool = False


@attrs.define
class _Mention:
    """One mention of an exchange (normalised offsets)."""

    start: int
    end: int
    kind: ExchangeKind
    segment: str
    evidence: tuple[int, int]
    status: ExchangeStatus | None = None
    count: int | None = None
    count_other: int | None = None
    per_side: bool | None = None
    approximate: bool = False
    whole: bool = False  # all for all (الكل مقابل الكل)
    further: bool = False  # told as a further event (ثم جرى تبادل …): never a later mention
    held: bool = False  # a bare noun of the held (المحتجزين) read as hostages
    nation: str | None = None  # the country of the people's demonym (أميركيين), if told
    held_noun: bool = False  # named by a bare noun of the held (محتجزين), whatever its kind
    noun: str = ""  # the kind noun, without its proclitics (اسري، محتجزين)
    #: Whether the kind noun names soldiers or fighters (جنود، مقاتلين), not captives (أسرى).
    soldiers: bool = False
    #: The days the mention's own date covers (في ديسمبر 2023 أفرجت …), if it tells one.
    when: tuple[datetime.date, datetime.date] | None = None
    #: Whether that date lies in a year before the article's own and more than a season
    #: before its publication (a swap recalled; last month told in January is news).
    recalled: bool = False
    #: Whether the count is a rate (15 جثماناً عن كل جثمان): so many for each one of the other side.
    rate: bool = False
    #: Whether the kind noun's phrase names who holds them (محتجز لدى الجماعة، المحتجزين لديها).
    holder: bool = False
    #: Whether the people are told as some of a group with no number (عدد من، بعض، دفعة من).
    some: bool = False
    #: Whether the people are a class of captives by condition or age (الأسرى الجرحى، الجرحى
    #: والشباب دون الخامسة والعشرين): an exchange of that class, not the swap counted at large.
    captive_class: bool = False

    @property
    def score(self) -> int:
        return (
            3 * (self.count is not None)
            + (self.per_side is not None)
            + (self.count_other is not None)
            + (self.status is not None)
        )


def _as_count(value: float) -> int | None:
    return int(value) if float(value).is_integer() and value >= 0 else None


#: The stages one exchange goes through as it is told: agreed, then under way, then done.
_STAGES = frozenset({ExchangeStatus.AGREED, ExchangeStatus.ONGOING, ExchangeStatus.COMPLETED})
#: The kinds of people held (not bodies or papers), as values: the labels of kind cues.
_CAPTIVES = frozenset(
    {ExchangeKind.PRISONERS.value, ExchangeKind.DETAINEES.value, ExchangeKind.HOSTAGES.value}
)
