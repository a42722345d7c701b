"""The shared per-document analysis every extractor reads.

A document is read once: normalised (with an offset map back to the
original), split into page segments and sentences, and searched for entities,
quantities, ordinals and dates. Each part is computed on first use and then
kept, so a plugin that needs none of them pays for none. Every span here
indexes the original text.
"""

from __future__ import annotations

import bisect
import functools
from array import array
from collections.abc import Set as AbstractSet

import attrs
import regex

from negotext.ar.dates import DateMention, find_dates
from negotext.ar.formats import FormatMention
from negotext.ar.normalize import Normalized, normalize
from negotext.ar.numbers import Quantity, find_numbers
from negotext.ar.ordinals import Ordinal, find_ordinals
from negotext.ar.sentences import split_sentences
from negotext.ar.titles import EntityReading, Title, read_entities
from negotext.coref import Coreference
from negotext.document import Document, Segment, SegmentKind
from negotext.plugins import Resources, get_resources
from negotext.records import Entity, EntityKind, Span
from negotext.segments import segment

__all__ = ["WORD", "Analysis"]

#: A word of the normalised text: letters, digits and %, with a decimal part (12.5).
WORD = regex.compile(r"[\p{L}\p{N}%]+(?:[.,]\d+)?")

#: Entities whose words are never tense cues for dates.
_NAME_KINDS = frozenset(
    {EntityKind.PERSON, EntityKind.PLACE, EntityKind.GROUP, EntityKind.ORGANIZATION}
)


class Analysis:
    """Everything known about one document, computed once and shared."""

    def __init__(self, document: Document, resources: Resources | None = None) -> None:
        self.document = document
        self.text = document.text
        self.resources = resources if resources is not None else get_resources()

    def __repr__(self) -> str:
        return f"<Analysis of document {self.document.id!r}, {len(self.text)} characters>"

    # -- text -----------------------------------------------------------------

    @functools.cached_property
    def norm(self) -> Normalized:
        """The normalised text and its map back to the original."""
        return normalize(self.text)

    @functools.cached_property
    def norm_yaa(self) -> Normalized:
        """The text normalised as :attr:`norm` is, but with alef maqsura (ى) kept apart from ي.

        Only that letter differs, one character for one, so a range found in
        ``norm.text`` reads the same range here: ``norm_yaa.text[a:b]`` tells the
        preposition على from the name علي, which ``norm`` writes alike.
        """
        return normalize(self.text, yaa=False)

    def span(self, start: int, end: int) -> Span:
        """The original span behind the normalised range ``[start, end)``."""
        return Span(*self.norm.span_to_original(start, end))

    def span_of(self, match: regex.Match[str], group: int | str = 0) -> Span:
        """The original span of a match found in ``norm.text``."""
        return self.span(match.start(group), match.end(group))

    def slice(self, span: Span) -> str:
        """The original text a span covers."""
        return self.text[span.start : span.end]

    @functools.cached_property
    def words(self) -> tuple[tuple[int, int], ...]:
        """The ranges of the :data:`WORD` s of ``norm.text``, in order: the text tokenised once.

        Built once and immutable, so extractors may take it inside loops over the words.
        """
        return tuple(zip(*self._word_bounds, strict=True))

    @functools.cached_property
    def bigrams(self) -> AbstractSet[str]:
        """Every pair of adjacent characters of ``norm.text``.

        A string with a pair that is not here does not occur in the text: cue
        lists skip searching the text for half their words with this. Pairs, not
        longer runs: their number is bounded by the alphabet, not by the text's
        length, so a long document costs no more memory than a short one.
        """
        text = self.norm.text
        return {text[i : i + 2] for i in range(len(text) - 1)}

    @functools.cached_property
    def _word_bounds(self) -> tuple[array[int], array[int]]:
        """Where each word starts and ends, kept as two arrays (16 bytes a word, not ~100)."""
        starts: array[int] = array("q")
        ends: array[int] = array("q")
        for match in WORD.finditer(self.norm.text):
            starts.append(match.start())
            ends.append(match.end())
        return starts, ends

    def words_in(self, start: int, end: int) -> list[tuple[int, int]]:
        """The word ranges of ``norm.text[start:end]``, as if that slice were tokenised alone.

        Exactly what ``WORD.finditer(norm.text, start, end)`` gives, read from
        :attr:`words`: the regular expression runs only where the range cuts a
        word (at its edges), so a caller asking for the words around every cue
        does not tokenise the same text again and again.
        """
        text = self.norm.text
        end = max(start, end)
        if start < 0:  # counted from the end, as the expression reads it
            return [m.span() for m in WORD.finditer(text, start, end)]
        starts, ends = self._word_bounds
        found: list[tuple[int, int]] = []
        position = start
        # While the scan stands inside a word of the whole text, it reads another split of
        # it (a tail cut off, 12.5 read from 2.5 …): run the expression until it leaves.
        while True:
            k = bisect.bisect_right(starts, position) - 1
            if k < 0 or position >= ends[k] or starts[k] == position:
                break
            match = WORD.search(text, position, end)
            if match is None:
                return found
            found.append(match.span())
            position = match.end()
        # From a word's start or a gap (which holds no word character) on, the scan
        # meets the whole text's words, up to the one the range's end cuts.
        first = bisect.bisect_left(starts, position)
        last = bisect.bisect_right(ends, end, first)
        found.extend(zip(starts[first:last], ends[first:last], strict=True))
        if last < len(starts) and starts[last] < end:
            found.extend(m.span() for m in WORD.finditer(text, starts[last], end))
        return found

    # -- structure ------------------------------------------------------------

    @functools.cached_property
    def segments(self) -> tuple[Segment, ...]:
        """The page's parts: main article, appended articles, related lists, boilerplate."""
        return segment(self.text, self.lexicon("segment_markers"), self.norm)

    def segment_at(self, offset: int) -> Segment:
        """The segment holding original offset ``offset``."""
        index = max(bisect.bisect_right(self._segment_starts, offset) - 1, 0)
        return self.segments[index]

    @functools.cached_property
    def _segment_starts(self) -> list[int]:
        return [s.span.start for s in self.segments]

    def in_boilerplate(self, span: Span) -> bool:
        """Whether ``span`` starts in a part of the page that states nothing (tags, buttons)."""
        return self.segment_at(span.start).kind in (SegmentKind.BOILERPLATE, SegmentKind.RELATED)

    @functools.cached_property
    def sentences(self) -> tuple[Span, ...]:
        """Sentence spans of the original text, in order.

        Boundaries are found in the normalised text, so a tatweel or diacritic
        written after a full stop ("انتهى.ـ ثم") cannot hide one.
        """
        return tuple(self.span(s.start, s.end) for s in split_sentences(self.norm.text))

    def sentence_at(self, offset: int) -> Span:
        """The sentence holding original offset ``offset`` (the nearest one before it otherwise)."""
        index = max(bisect.bisect_right(self._sentence_starts, offset) - 1, 0)
        return self.sentences[index] if self.sentences else Span(0, len(self.text))

    @functools.cached_property
    def _sentence_starts(self) -> list[int]:
        return [s.start for s in self.sentences]

    # -- mentions -------------------------------------------------------------

    @functools.cached_property
    def entities(self) -> tuple[Entity, ...]:
        """Gazetteer mentions (people, places, countries, institutions …), in order."""
        return tuple(mention.entity for mention in self.entity_reading.mentions)

    @functools.cached_property
    def entity_ranges(self) -> tuple[tuple[int, int, Entity], ...]:
        """:attr:`entities` with their ranges in ``norm.text``: ``(start, end, entity)``, in order."""
        to_normalized = self.norm.to_normalized
        return tuple(
            (to_normalized(entity.span.start), to_normalized(entity.span.end), entity)
            for entity in self.entities
        )

    @functools.cached_property
    def entity_reading(self) -> EntityReading:
        """Gazetteer mentions, titles and people read together (see :mod:`negotext.ar.titles`).

        ``entity_reading.entities`` is what ``negotext.ar.find_entities`` returns:
        people with their roles, unknown and title-only people, and no entity
        inside a title; ``entity_reading.mentions`` the raw gazetteer matches
        with their entries (``Mention.demonym``, ``Mention.entry.country``).
        """
        return read_entities(
            self.text, self.resources.gazetteer, self.norm, self.document.published
        )

    @functools.cached_property
    def titles(self) -> tuple[Title, ...]:
        """Titles ("الرئيس الروسي", "المتحدث باسم الكرملين") with the person each names."""
        return self.entity_reading.titles

    @functools.cached_property
    def formats(self) -> tuple[FormatMention, ...]:
        """Negotiation formats, forums and tracks named in the text (منبر جدة، مسار أستانا),
        in order, with their normalised ranges (see :mod:`negotext.ar.formats`)."""
        return tuple(self.resources.formats.find(self.text, self.norm, self.words))

    @functools.cached_property
    def numbers(self) -> tuple[Quantity, ...]:
        return tuple(find_numbers(self.text, norm=self.norm))

    @functools.cached_property
    def ordinals(self) -> tuple[Ordinal, ...]:
        return tuple(find_ordinals(self.text, norm=self.norm))

    @functools.cached_property
    def dates(self) -> tuple[DateMention, ...]:
        """Date mentions, resolved against the publication date when there is one.

        A relative date ("أمس") outside the main article (in an appended article
        or a related list) is not resolved: the publication date is the main
        article's, not the appended one's, so its ``value`` is None.
        """
        # People and places are no tense cues: "سيريبريان" is a name, not "س" + a verb.
        names = [
            (entity.span.start, entity.span.end)
            for entity in self.entity_reading.entities
            if entity.kind in _NAME_KINDS
        ]
        mentions = find_dates(self.text, self.document.published, normalized=self.norm, names=names)
        return tuple(
            attrs.evolve(mention, value=None, last=None)
            if mention.relative and self.segment_at(mention.span.start).kind is not SegmentKind.MAIN
            else mention
            for mention in mentions
        )

    @functools.cached_property
    def coref(self) -> Coreference:
        return Coreference(self)

    def lexicon(self, name: str) -> tuple[str, ...]:
        """The normalised words of a named word list, as every plugin contributed them."""
        return self.resources.lexicon(name)

    def word_set(self, name: str) -> frozenset[str]:
        """A named word list as a set, shared by every document (see ``Resources.word_set``)."""
        return self.resources.word_set(name)
