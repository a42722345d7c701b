"""The Arabic language layer: normalisation, numbers, ordinals, dates, entities.

Each part is usable on its own and every result carries its span in the
original text.
"""

from negotext.ar.dates import DateMention, find_dates
from negotext.ar.gazetteer import Gazetteer, find_entities
from negotext.ar.normalize import Normalized, normalize
from negotext.ar.numbers import Quantity, find_numbers, parse_number
from negotext.ar.ordinals import Ordinal, find_ordinals, parse_ordinal

__all__ = [
    "DateMention",
    "Gazetteer",
    "Normalized",
    "Ordinal",
    "Quantity",
    "find_dates",
    "find_entities",
    "find_numbers",
    "find_ordinals",
    "normalize",
    "parse_number",
    "parse_ordinal",
]
