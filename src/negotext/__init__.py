"""negotext: Arabic news about peace and ceasefire negotiations, as typed, auditable records.

>>> import negotext
>>> result = negotext.extract("قال الرئيس إن المحادثات ستستمر.")
>>> isinstance(result, negotext.Extraction)
True
"""

from importlib.metadata import PackageNotFoundError, version

from negotext.analysis import Analysis
from negotext.document import Document, Segment, SegmentKind
from negotext.hookspecs import hookimpl
from negotext.pipeline import Extraction, ExtractorError, extract, extract_many
from negotext.records import (
    ClaimKind,
    DateRef,
    Entity,
    EntityKind,
    Exchange,
    ExchangeKind,
    ExchangeStatus,
    Record,
    Round,
    RoundStatus,
    Span,
    Statement,
    TerritoryClaim,
)

try:
    __version__ = version("negotext")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.0.0"

__all__ = [
    "Analysis",
    "ClaimKind",
    "DateRef",
    "Document",
    "Entity",
    "EntityKind",
    "Exchange",
    "ExchangeKind",
    "ExchangeStatus",
    "Extraction",
    "ExtractorError",
    "Record",
    "Round",
    "RoundStatus",
    "Segment",
    "SegmentKind",
    "Span",
    "Statement",
    "TerritoryClaim",
    "__version__",
    "extract",
    "extract_many",
    "hookimpl",
]
