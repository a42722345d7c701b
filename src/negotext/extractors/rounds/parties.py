"""The parties and mediators of a round.

Parties are countries or armed groups around the trigger (بين X وY, the subject and object
of a verb of meeting), never its venue nor its mediators; mediators are named after a cue
of mediation (بوساطة تركية). A round names two states, or a state and an armed group, to
be political at all.
"""

from __future__ import annotations

from collections.abc import Sequence

from negotext.extractors.round_grouping import _entity_key
from negotext.extractors.rounds.arrivals import _Arrivals
from negotext.extractors.rounds.mention import _Mention, _starting_within
from negotext.extractors.rounds.words import (
    ATTRIBUTE_WINDOW,
    CONJOINED_CLAUSE,
    PARTY_WINDOW,
    SENTENCE_END,
)
from negotext.records import Entity, EntityKind


class _Parties(_Arrivals):
    """The reader's parties and mediators."""

    def _parties(
        self,
        mention: _Mention,
        cue_range: tuple[int, int] | None,
        limits: tuple[int, int],
        mediators: Sequence[tuple[int, int, Entity]],
    ) -> list[tuple[int, int, Entity]]:
        """The parties: countries (or armed groups) around the trigger, not mediators or venue.

        "بين X وY" right after the trigger names them; otherwise the actors in
        the clause are taken, each as its country (بوتين → Russia), and
        co-reference resolves "الطرفين" / "الجانبين" when nothing is named.
        """
        lo = max(limits[0], (cue_range[0] if cue_range else mention.start) - 30)
        hi = min(limits[1], mention.end + PARTY_WINDOW)
        mediator_keys = {_entity_key(e) for _, _, e in mediators}
        mediator_ranges = [(s, e) for s, e, _ in mediators]
        candidates = []
        for a_start, a_end, entity in _starting_within(self.actors, lo, hi):
            if a_start < lo or a_end > hi or _entity_key(entity) in mediator_keys:
                continue
            if any(s <= a_start < e for s, e in mediator_ranges):
                continue
            if a_start > mention.end and self._venue_before(a_start):
                continue  # في تركيا: a venue, not a party
            if self._host_subject(a_start):
                continue  # احتضنت جيبوتي قمة: the host, not a party
            candidates.append((a_start, a_end, entity))
        between = self.text.find("بين", mention.end, min(hi, mention.end + 40))
        if between >= 0:
            named = [c for c in candidates if between < c[0] <= between + 45]
            if len(named) >= 2:
                candidates = named
        found: list[tuple[int, int, Entity]] = []
        for a_start, a_end, entity in candidates:
            country = self._country(entity)
            if country is not None and all(
                _entity_key(country) != _entity_key(f[2]) for f in found
            ):
                found.append((a_start, a_end, country))
        parties_near = getattr(self.analysis.coref, "parties_near", None)
        if len(found) < 2 and callable(parties_near):
            original = self.analysis.norm.to_original(mention.start)
            for entity in parties_near(original) or ():
                if isinstance(entity, Entity) and all(
                    _entity_key(entity) != _entity_key(f[2]) for f in found
                ):
                    found.append((mention.start, mention.start, entity))
        return found

    def _mediators(
        self, mention: _Mention, sent_start: int, sent_end: int
    ) -> list[tuple[int, int, Entity]]:
        """Entities named right after a mediation cue (بوساطة تركية، برعاية قطرية مصرية)."""
        found: list[tuple[int, int, Entity]] = []
        for cue in self.mediation:
            if not (sent_start <= cue.start < sent_end):
                continue
            if not (mention.start - 100 <= cue.start <= mention.end + 150):
                continue
            after = [a for a in self.actors if cue.end <= a[0] <= cue.end + 30 and a[1] <= sent_end]
            if cue.word.startswith(("تتوسط", "يتوسط", "توسط")) and not after:
                before = [a for a in self.actors if cue.start - 40 <= a[1] <= cue.start]
                after = before[-1:]
            for item in after:
                if all(_entity_key(item[2]) != _entity_key(f[2]) for f in found):
                    found.append(item)
        return found

    def _political(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` names two states, or a state and an armed group."""
        here = [e for s, _, e in self._states if start <= s < end]
        countries = {e.id or e.text for e in here if e.kind == EntityKind.COUNTRY}
        groups = any(e.kind == EntityKind.GROUP for e in here)
        return len(countries) >= 2 or bool(countries and groups)

    def _past_parties(
        self, end: int, hi: int, sent_end: int, parties: Sequence[tuple[int, int, Entity]]
    ) -> int:
        """How far the venue may stand: the attribute window counts from the round's own
        parties told after it, not from the round noun.

        "عقد لقاء ثلاثي يجمع ممثلين عن A وB وC، ربما في X"، "اجتماع موسع بمشاركة الدول
        الضامنة الثلاث، A وB وC، ربما في X": a long list of parties pushed the venue out of
        reach. A party past a clause of its own (لكن، فيما، أن، …، وX) is not the round's.
        """
        complement_end = end
        for p_start, p_end, _ in parties:
            if p_start < end or p_end <= complement_end:
                continue
            if (
                self._contrast_between(end, p_start)
                or self._that_between(end, p_start)
                or CONJOINED_CLAUSE.search(self.text, end, p_start)
                or SENTENCE_END.search(self.text, end, p_start)
            ):
                continue
            complement_end = p_end
        if complement_end == end:
            return hi
        return min(sent_end, max(hi, complement_end + ATTRIBUTE_WINDOW // 2))
