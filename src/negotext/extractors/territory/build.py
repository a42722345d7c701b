"""Building a TerritoryClaim record from a kind, a phrase, a claimant, a share and a year.

One place where records are made, so that every claim has the same confidence rule, the
claimant resolved to its country and the extractor's name (the plugin's).
"""

from __future__ import annotations

import attrs

from negotext.extractors.territory.claimants import ClaimantReader
from negotext.extractors.territory.phrase import Phrase
from negotext.records import ClaimKind, Entity, TerritoryClaim

#: The plugin's name, which every record carries as its extractor.
EXTRACTOR = "negotext.extractors.territory"


class RecordBuilder(ClaimantReader):
    """Building a TerritoryClaim record from a kind, a phrase, a claimant, a share and a year."""

    def _record(
        self,
        kind: ClaimKind,
        phrase: Phrase,
        claimant: tuple[int, int, Entity] | None,
        share: float | None,
        year: int | None,
        evidence: tuple[int, int],
        segment: str,
    ) -> TerritoryClaim:
        claimant_entity = self._country(claimant[2]) if claimant is not None else None
        antecedent = self._told_before(phrase.territory)
        if antecedent is not None:  # هذه المدينة: the city told before, by its name
            territory = attrs.evolve(
                antecedent, text=phrase.territory.text, span=phrase.territory.span
            )
            phrase = Phrase(territory, phrase.start, phrase.end)
        named = phrase.territory.id is not None
        confidence = 0.6 + 0.15 * named + 0.1 * (claimant_entity is not None)
        return TerritoryClaim(
            evidence=self.analysis.span(*evidence),
            extractor=EXTRACTOR,
            confidence=round(confidence, 2),
            segment=segment,
            territory=phrase.territory,
            kind=kind,
            claimant=claimant_entity,
            share_percent=share,
            year=year,
            parts=phrase.parts,
        )
