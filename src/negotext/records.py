"""Typed, immutable records with provenance.

Every record says where its evidence is (a :class:`Span` into the original,
never-modified document text), how sure the extractor is, and which extractor
made it. Records are frozen, slotted attrs classes; sequences are tuples so a
record stays hashable. Serialisation lives in :mod:`negotext.serialize`.
"""

from __future__ import annotations

import datetime
import enum
import math
from collections.abc import Iterable
from typing import Any, ClassVar, TypeVar

import attrs

from negotext.hookspecs import hookimpl

__all__ = [
    "ClaimKind",
    "DateRef",
    "Entity",
    "EntityKind",
    "Exchange",
    "ExchangeKind",
    "ExchangeStatus",
    "Record",
    "Round",
    "RoundStatus",
    "Span",
    "Statement",
    "TerritoryClaim",
]


class _StrEnum(str, enum.Enum):
    """An enum whose values are the strings of the JSON contract."""

    def __str__(self) -> str:
        return str(self.value)


class EntityKind(_StrEnum):
    PERSON = "person"
    ORGANIZATION = "organization"
    COUNTRY = "country"
    PLACE = "place"
    GROUP = "group"
    MEDIA = "media"
    #: An unnamed source ("مصدر دبلوماسي", "مصادر"): kept so users can filter it.
    ANONYMOUS = "anonymous"


class RoundStatus(_StrEnum):
    HELD = "held"
    PLANNED = "planned"
    PROPOSED = "proposed"
    POSSIBLE = "possible"
    CANCELLED = "cancelled"


class ExchangeKind(_StrEnum):
    PRISONERS = "prisoners"
    DETAINEES = "detainees"
    HOSTAGES = "hostages"
    BODIES = "bodies"
    DOCUMENTS = "documents"


class ExchangeStatus(_StrEnum):
    AGREED = "agreed"
    COMPLETED = "completed"
    PROPOSED = "proposed"
    DEMANDED = "demanded"
    ONGOING = "ongoing"


class ClaimKind(_StrEnum):
    ANNEXATION = "annexation"
    CONTROL = "control"
    WITHDRAWAL_DEMAND = "withdrawal_demand"
    RECOGNITION_DEMAND = "recognition_demand"
    RETENTION_DEMAND = "retention_demand"
    SOVEREIGNTY_CLAIM = "sovereignty_claim"


# -- validators ---------------------------------------------------------------


E = TypeVar("E", bound=enum.Enum)


def _as_enum(enum_cls: type[E], field: str, value: Any) -> E:
    """Accept an enum member or its value; reject anything else, naming the field."""
    if isinstance(value, enum_cls):
        return value
    try:
        return enum_cls(value)
    except ValueError:
        allowed = ", ".join(repr(m.value) for m in enum_cls)
        raise ValueError(
            f"{field}: unknown {enum_cls.__name__} {value!r}, expected one of {allowed}"
        ) from None


def _entity_kind(value: Any) -> EntityKind:
    return _as_enum(EntityKind, "kind", value)


def _round_status(value: Any) -> RoundStatus:
    return _as_enum(RoundStatus, "status", value)


def _exchange_kind(value: Any) -> ExchangeKind:
    return _as_enum(ExchangeKind, "kind", value)


def _exchange_status(value: Any) -> ExchangeStatus:
    return _as_enum(ExchangeStatus, "status", value)


def _claim_kind(value: Any) -> ClaimKind:
    return _as_enum(ClaimKind, "kind", value)


def _non_negative(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value is not None and value < 0:
        raise ValueError(f"{attribute.name} must be >= 0, got {value!r}")


def _is_number(value: Any) -> bool:
    """An int or a float, but not a bool (which Python counts as an int)."""
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _probability(instance: Any, attribute: attrs.Attribute[Any], value: float) -> None:
    if not (_is_number(value) and 0.0 <= value <= 1.0) or math.isnan(value):
        raise ValueError(f"{attribute.name} must be a number in [0, 1], got {value!r}")


def _percent(instance: Any, attribute: attrs.Attribute[Any], value: float | None) -> None:
    # A NaN fails the comparison; a string or a bool fails the type check.
    if value is not None and not (_is_number(value) and 0.0 <= value <= 100.0):
        raise ValueError(f"{attribute.name} must be in [0, 100], got {value!r}")


def _offset(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    """A character offset: an int (not a bool), >= 0. One validator: spans are made often."""
    if type(value) is not int and (isinstance(value, bool) or not isinstance(value, int)):
        raise TypeError(f"{attribute.name} must be an int, got {value!r}")
    if value < 0:
        raise ValueError(f"{attribute.name} must be >= 0, got {value!r}")


def _optional_int(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value is not None and (isinstance(value, bool) or not isinstance(value, int)):
        raise TypeError(f"{attribute.name} must be an int or None, got {value!r}")


# -- spans and entities -------------------------------------------------------


@attrs.frozen(order=True)
class Span:
    """A half-open character range ``[start, end)`` into the original text."""

    start: int = attrs.field(validator=_offset)
    end: int = attrs.field(validator=_offset)

    def __attrs_post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError(f"end must be >= start, got start={self.start} end={self.end}")

    def slice(self, text: str) -> str:
        """The characters of ``text`` this span covers."""
        return text[self.start : self.end]

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end

    def __contains__(self, other: object) -> bool:
        return isinstance(other, Span) and self.start <= other.start and other.end <= self.end

    @property
    def length(self) -> int:
        return self.end - self.start


@attrs.frozen
class Entity:
    """A person, organisation, country, place or group as written in the text.

    ``text`` is the surface form and ``span`` where it stands; ``name`` is the
    canonical (English) name and ``id`` a stable identifier (ISO 3166 code or
    Wikidata QID) when known; ``role`` is a person's role ("President of Russia").
    """

    text: str
    span: Span
    kind: EntityKind = attrs.field(converter=_entity_kind)
    name: str | None = None
    id: str | None = None
    role: str | None = None


@attrs.frozen
class DateRef:
    """A date as written (``text`` at ``span``) and its resolved ``value``.

    ``value`` is None when it cannot be resolved (for instance a relative date
    in a document with no publication date): never guessed.
    """

    text: str
    span: Span
    value: datetime.date | None = None


# -- records ------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class Record:
    """What every record carries: evidence, confidence and provenance.

    ``segment`` names the part of the page the evidence stands in: ``"main"``
    for the article itself, ``"appended"`` for a second article a scraped page
    carries after it ("اقرأ أيضاً").
    """

    type: ClassVar[str] = "record"

    evidence: Span
    extractor: str
    confidence: float = attrs.field(default=1.0, validator=_probability)
    segment: str = "main"


def _entities(value: Iterable[Entity]) -> tuple[Entity, ...]:
    """Any iterable of entities as a tuple (a record is immutable); typed, unlike ``tuple``,
    so that a caller passing a list needs no ``type: ignore``."""
    return tuple(value)


def _spans(value: Iterable[Span]) -> tuple[Span, ...]:
    """Any iterable of spans as a tuple, as :func:`_entities` does for entities."""
    return tuple(value)


@attrs.frozen(kw_only=True)
class Round(Record):
    """A negotiation round, meeting or summit between parties."""

    type: ClassVar[str] = "round"

    status: RoundStatus = attrs.field(converter=_round_status)
    ordinal: int | None = attrs.field(default=None, validator=[_optional_int, _non_negative])
    #: A relative reference kept as such: "next", "previous", "last", "new".
    relative: str | None = None
    place: Entity | None = None
    #: The building the round was held in when its city is named with it (في قصر الدرعية
    #: بالرياض: the place is Riyadh, the building Diriyah Palace); None otherwise.
    building: Entity | None = None
    date: DateRef | None = None
    parties: tuple[Entity, ...] = attrs.field(default=(), converter=_entities)
    mediators: tuple[Entity, ...] = attrs.field(default=(), converter=_entities)
    #: Further mentions of the same round in the article.
    mentions: tuple[Span, ...] = attrs.field(default=(), converter=_spans)


@attrs.frozen(kw_only=True)
class Exchange(Record):
    """An exchange or release of prisoners, detainees, hostages, bodies or documents."""

    type: ClassVar[str] = "exchange"

    kind: ExchangeKind = attrs.field(converter=_exchange_kind)
    status: ExchangeStatus = attrs.field(converter=_exchange_status)
    #: The number as stated (1000 for "ألف أسير من كل جانب"), None when not stated.
    count: int | None = attrs.field(default=None, validator=[_optional_int, _non_negative])
    #: The other side's number in an asymmetric swap (1700 for 1200 ↔ 1700).
    count_other: int | None = attrs.field(default=None, validator=[_optional_int, _non_negative])
    #: True when ``count`` counts one side, False when both together, None when unsaid.
    per_side: bool | None = None
    approximate: bool = False
    mentions: tuple[Span, ...] = attrs.field(default=(), converter=_spans)


@attrs.frozen(kw_only=True)
class Statement(Record):
    """Who said what: quoted (``direct``) or reported, with verb, channel and relay."""

    type: ClassVar[str] = "statement"

    speaker: Entity
    content: Span
    direct: bool
    verb: str
    channel: str | None = None
    via: Entity | None = None


@attrs.frozen(kw_only=True)
class TerritoryClaim(Record):
    """A claim on territory: annexation, control, or a demand about it."""

    type: ClassVar[str] = "territory_claim"

    territory: Entity
    kind: ClaimKind = attrs.field(converter=_claim_kind)
    claimant: Entity | None = None
    share_percent: float | None = attrs.field(default=None, validator=_percent)
    year: int | None = attrs.field(default=None, validator=_optional_int)
    #: The named places a coordinated territory lists, each with its own name and id
    #: ("القرم ودونيتسك ولوغانسك": one claim, three parts); empty for a single territory.
    parts: tuple[Entity, ...] = attrs.field(default=(), converter=_entities)


BUILTIN_RECORD_TYPES: tuple[type[Record], ...] = (Round, Exchange, Statement, TerritoryClaim)


@hookimpl
def negotext_register_record_types(register: Any) -> None:
    """The built-in record types register through the same hook as a plugin's."""
    for record_type in BUILTIN_RECORD_TYPES:
        register(record_type)
