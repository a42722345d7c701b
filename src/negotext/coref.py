"""Co-reference inside a document: surnames, titles, نظيره, الطرفين, بلاده.

STUB: the resolver comes with issue 4; until then every mention stands for itself.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from negotext.records import Entity

if TYPE_CHECKING:
    from negotext.analysis import Analysis

__all__ = ["Coreference"]


class Coreference:
    """Resolves mentions to the entities the document named before."""

    def __init__(self, analysis: Analysis) -> None:
        self.analysis = analysis

    def resolve(self, entity: Entity) -> Entity:
        """The entity ``entity`` refers to, keeping its own text and span."""
        return entity
