"""The shared state of one document's reading: the text, the word lists, the entities and numbers.

Every reading step is a method over this state, so that each reads the analysis, not the text
again: the territory word lists (``territory_*`` lexicons) read once per document, the places,
countries and actors with their normalised ranges, the numbers and dates, and the word-level
tests every step shares (a word's text, a territory noun, a place or an actor at a position).
"""

from __future__ import annotations

import functools
import itertools
import weakref
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from negotext.ar.normalize import normalize_text
from negotext.extractors._common import (
    Cue,
    bare,
    find_cues,
    has_break,
    located_entities,
    norm_range,
    sentence_range,
    sport_cues,
    sports_report,
)
from negotext.extractors.territory.words import full_stop_in
from negotext.records import Entity, EntityKind, TerritoryClaim

if TYPE_CHECKING:
    from negotext.analysis import Analysis
    from negotext.ar.numbers import Quantity


ACTOR_KINDS = (EntityKind.COUNTRY, EntityKind.ORGANIZATION, EntityKind.PERSON, EntityKind.GROUP)

#: What may stand between a place and another name of it given in apposition: spaces, quotes,
#: brackets, a dash.
_APPOSITION_MARKS = " \t\"'«»“”„‟()[]-–—"

#: Per gazetteer, the countries whose short form is also a common word (مالي, "financial"),
#: by the normalised form.
_SHORT_COUNTRIES: weakref.WeakKeyDictionary[Any, dict[str, Any]] = weakref.WeakKeyDictionary()


def _short_countries(gazetteer: Any) -> dict[str, Any]:
    """The country entries a short form names, by that form normalised (built once per
    gazetteer)."""
    known = _SHORT_COUNTRIES.get(gazetteer)
    if known is None:
        known = {
            normalize_text(form): entry
            for entry in getattr(gazetteer, "entries", ())
            if entry.kind is EntityKind.COUNTRY
            for form in entry.short
        }
        _SHORT_COUNTRIES[gazetteer] = known
    return known


@functools.cache
def _with_bared(words: frozenset[str]) -> frozenset[str]:
    """``words`` and each of them bared: computed once per word list and process, as the
    word lists themselves are (callers ask for it at every cue)."""
    return words | {bare(w) for w in words}


class ReaderState:
    """The document, its words and entities, read on first use."""

    analysis: Analysis
    text: str  # the normalised text
    cues: list[Cue]  # every cue of a claim, in order (see Reader.__init__)
    _found: list[tuple[int, int, TerritoryClaim]]  # claims read so far
    _slogans: set[int]  # where refusals to cede an inch of one's whole land start

    @functools.cached_property
    def sports_report(self) -> bool:
        """Whether the document is a sports report: four or more different words of sport
        (``round_sports``: الدوري، مباراة، الشوط، الشطرنج، نقلة …), the test the rounds reader
        makes of a fixture. There a verb of holding or keeping tells a game (سيطر الفريق على
        منطقة الوسط، سيطرت على الوسط في الافتتاح، ليحتفظ كل منهما بخمس نقاط), not a hold of
        land: the report states no territorial claim."""
        return sports_report(sport_cues(self.analysis))

    @functools.cached_property
    def nouns(self) -> frozenset[str]:
        return self.analysis.word_set("territory_nouns")

    @functools.cached_property
    def quantifiers(self) -> frozenset[str]:
        return self.analysis.word_set("territory_quantifiers")

    @functools.cached_property
    def directions(self) -> frozenset[str]:
        return self.analysis.word_set("territory_directions")

    @functools.cached_property
    def stops(self) -> frozenset[str]:
        return self.analysis.word_set("territory_stops")

    @functools.cached_property
    def forces(self) -> frozenset[str]:
        return self.analysis.word_set("territory_forces")

    def bare_forms(self, name: str) -> frozenset[str]:
        """The words of lexicon ``name`` as ``bare`` leaves a word of the text: each entry
        bared, and the entry itself, for an entry whose first letter ``bare`` takes for a
        proclitic (فصائل → صائل, كتائب → تائب, بوارج → وارج: الفصائل, bared, is فصائل)."""
        return _with_bared(self.analysis.word_set(name))

    @functools.cached_property
    def forces_forms(self) -> frozenset[str]:
        """``territory_forces`` as :meth:`bare_forms` gives it."""
        return self.bare_forms("territory_forces")

    @functools.cached_property
    def full(self) -> list[Cue]:
        return find_cues(self.analysis, {"territory_share_full": "full"})

    @functools.cached_property
    def full_words(self) -> frozenset[str]:
        return self.analysis.word_set("territory_share_full")

    @functools.cached_property
    def share_words(self) -> frozenset[str]:
        phrases = self.analysis.lexicon("territory_share_words")
        return frozenset(word for phrase in phrases for word in phrase.split())

    @functools.cached_property
    def refusals(self) -> frozenset[str]:
        return self.analysis.word_set("territory_refusal")

    @functools.cached_property
    def consents(self) -> frozenset[str]:
        return self.analysis.word_set("territory_consent")

    @functools.cached_property
    def withdrawal_words(self) -> frozenset[str]:
        return self.analysis.word_set("territory_withdrawal")

    @functools.cached_property
    def construct(self) -> frozenset[str]:
        return self.analysis.word_set("territory_control_construct")

    @functools.cached_property
    def returns(self) -> frozenset[str]:
        """Cues of handing territory back or over, read only when demanded or refused."""
        return self.analysis.word_set("territory_return") | self.analysis.word_set(
            "territory_cession"
        )

    @functools.cached_property
    def statehood(self) -> frozenset[str]:
        return self.analysis.word_set("territory_statehood")

    @functools.cached_property
    def granting(self) -> frozenset[str]:
        return self.analysis.word_set("territory_granting")

    @functools.cached_property
    def demands(self) -> frozenset[str]:
        return self.analysis.word_set("territory_demands")

    @functools.cached_property
    def inclusive(self) -> list[Cue]:
        return find_cues(self.analysis, {"territory_inclusive": "part"})

    @functools.cached_property
    def holding(self) -> frozenset[str]:
        return self.analysis.word_set("territory_holding")

    @functools.cached_property
    def occupier_heads(self) -> frozenset[str]:
        return self.analysis.word_set("territory_occupier_heads")

    @functools.cached_property
    def controllers(self) -> frozenset[str]:
        return self.analysis.word_set("territory_controller_nouns")

    # Function words of ``ar/data/lexicons`` the reader tests for by their role. The sets (and
    # the tuples of word starts and endings) are built once per Resources; the reader keeps
    # them at hand.

    @functools.cached_property
    def prepositions(self) -> frozenset[str]:
        return self.analysis.word_set("territory_prepositions")

    @functools.cached_property
    def leading_prepositions(self) -> frozenset[str]:
        return self.prepositions | self.analysis.word_set("territory_leading_prepositions")

    @functools.cached_property
    def coordinators(self) -> tuple[str, ...]:
        return self.analysis.lexicon("territory_coordinators")

    @functools.cached_property
    def disjunctions(self) -> frozenset[str]:
        return self.analysis.word_set("territory_disjunctions")

    @functools.cached_property
    def handing_verbs(self) -> frozenset[str]:
        return self.analysis.word_set("territory_handing_verbs")

    @functools.cached_property
    def leaving_verbs(self) -> frozenset[str]:
        return self.analysis.word_set("territory_leaving")

    @functools.cached_property
    def area_pronouns(self) -> frozenset[str]:
        return self.analysis.word_set("territory_area_pronouns")

    @functools.cached_property
    def object_pronouns(self) -> frozenset[str]:
        return self.analysis.word_set("territory_object_pronouns")

    @functools.cached_property
    def resumptives(self) -> frozenset[str]:
        return self.object_pronouns | self.analysis.word_set("territory_resumptives")

    @functools.cached_property
    def cardinal_points(self) -> frozenset[str]:
        return self.analysis.word_set("territory_cardinal_points")

    @functools.cached_property
    def completeness_words(self) -> frozenset[str]:
        return self.analysis.word_set("territory_completeness")

    @functools.cached_property
    def relatives(self) -> frozenset[str]:
        return self.analysis.word_set("territory_relatives")

    @functools.cached_property
    def verbal_noun_starts(self) -> tuple[str, ...]:
        return self.analysis.lexicon("territory_verbal_noun_starts")

    @functools.cached_property
    def dual_demonym_endings(self) -> tuple[str, ...]:
        return self.analysis.lexicon("territory_dual_demonym_endings")

    @functools.cached_property
    def lying_verbs(self) -> frozenset[str]:
        return self.analysis.word_set("territory_lying_verbs")

    @functools.cached_property
    def no_longer(self) -> frozenset[str]:
        return self.analysis.word_set("territory_no_longer")

    @functools.cached_property
    def wanting_particles(self) -> frozenset[str]:
        return self.analysis.word_set("territory_wanting_particles")

    @functools.cached_property
    def subjunctive_particles(self) -> frozenset[str]:
        return self.analysis.word_set("territory_subjunctive_particles")

    @functools.cached_property
    def any_forces(self) -> frozenset[str]:
        return self.analysis.word_set("territory_any_forces")

    @functools.cached_property
    def staying_nouns(self) -> tuple[str, ...]:
        return self.analysis.lexicon("territory_staying_nouns")

    @functools.cached_property
    def existence_words(self) -> frozenset[str]:
        return self.analysis.word_set("territory_existence")

    @functools.cached_property
    def without_words(self) -> frozenset[str]:
        return self.analysis.word_set("territory_without")

    @functools.cached_property
    def _lam_particles(self) -> frozenset[str]:
        """Whole words that begin with ل and are particles, no ل fused to a noun (لم، لن، لكن)."""
        return self.analysis.word_set("territory_lam_particles")

    @functools.cached_property
    def complementizers(self) -> frozenset[str]:
        return self.analysis.word_set("territory_complementizers")

    @functools.cached_property
    def demonstratives(self) -> frozenset[str]:
        return self.analysis.word_set("territory_demonstratives")

    def _demonstrative(self, word: str) -> bool:
        """A demonstrative, with a proclitic or none (بهذه، وتلك)."""
        return word in self.demonstratives or (
            word[:1] in "وفبل" and word[1:] in self.demonstratives
        )

    @functools.cached_property
    def _entities(self) -> list[tuple[int, int, Entity]]:
        """Places, countries and actors with their normalised ranges, read once."""
        found = located_entities(self.analysis, {*ACTOR_KINDS, EntityKind.PLACE})
        placed = self._placed_countries({start for start, _, _ in found})
        return sorted(found + placed, key=lambda item: item[0]) if placed else found

    def _placed_countries(self, taken: set[int]) -> list[tuple[int, int, Entity]]:
        """Countries named by a short form that is also a common word, where a preposition or a
        point of the compass stands right before it (من مالي والنيجر، في مالي، شمال مالي).

        The gazetteer reads such a form (مالي, "financial") only after the country's full name;
        an adjective never follows a preposition or شمال directly, so there the word is the
        country. Words the analysis already reads as an entity are left as they are."""
        short = _short_countries(self.analysis.resources.gazetteer)
        if not short:
            return []
        openers = self.prepositions | self.analysis.word_set("territory_directions")
        words = self.analysis.words
        placed: list[tuple[int, int, Entity]] = []
        for (p_start, p_end), (w_start, w_end) in itertools.pairwise(words):
            entry = short.get(self._word(w_start, w_end))
            if entry is None or w_start in taken or self.text[p_end:w_start].strip():
                continue
            before = self._word(p_start, p_end)
            if before in openers or (before[:1] == "و" and before[1:] in openers):
                span = self.analysis.span(w_start, w_end)
                placed.append((w_start, w_end, entry.entity(self.analysis.slice(span), span)))
        return placed

    @functools.cached_property
    def places(self) -> list[tuple[int, int, Entity]]:
        """The places and countries of the document, in order; another name of a place given
        right after it (محور صلاح الدين "فيلادلفيا"، إقليم X (Y)) is the same mention, no
        place of its own."""
        kinds = (EntityKind.PLACE, EntityKind.COUNTRY)
        places: list[tuple[int, int, Entity]] = []
        for item in self._entities:
            if item[2].kind not in kinds:
                continue
            if (
                places
                and item[2].name is not None
                and item[2].name == places[-1][2].name
                and not self.text[places[-1][1] : item[0]].strip(_APPOSITION_MARKS)
            ):
                continue
            places.append(item)
        return places

    @functools.cached_property
    def actors(self) -> list[tuple[int, int, Entity]]:
        return [item for item in self._entities if item[2].kind in ACTOR_KINDS]

    @functools.cached_property
    def _numbers(self) -> list[tuple[int, int, Quantity]]:
        return [(*norm_range(self.analysis, q.span), q) for q in self.analysis.numbers]

    @functools.cached_property
    def number_ranges(self) -> list[tuple[int, int]]:
        return [(start, end) for start, end, _ in self._numbers]

    @functools.cached_property
    def date_starts(self) -> frozenset[int]:
        """Where the date mentions begin (normalised): a territory phrase ends before one."""
        return frozenset(norm_range(self.analysis, d.span)[0] for d in self.analysis.dates)

    @functools.cached_property
    def percents(self) -> list[tuple[int, int, Quantity]]:
        return [item for item in self._numbers if item[2].percent]

    def _definite_noun(self, word: str) -> bool:
        """A territory noun with the article (الصحراء، والإقليم): a subject, not a construct."""
        return self._is_noun(word) and word.lstrip("وف").startswith("ال")

    def _whole_words(self, words: frozenset[str]) -> Iterator[tuple[int, int]]:
        """The ranges of the tokens that are exactly one of ``words``.

        The same tokens :func:`tokens` finds over the whole text, found by searching
        for each word and tokenising only the run of non-space characters around it
        (a token never holds a space), instead of tokenising the whole text. A run
        is tokenised once for all the word's occurrences in it: once per occurrence
        was quadratic in a long run (a 14 KB word repeating a territory noun: 7 s).
        """
        text = self.text
        for word in words:
            run_end = -1
            run: frozenset[tuple[int, int]] = frozenset()
            found = text.find(word)
            while found >= 0:
                if found >= run_end:  # past the run tokenised last: a new run
                    start = found
                    while start > 0 and not text[start - 1].isspace():
                        start -= 1
                    run_end = found + len(word)
                    while run_end < len(text) and not text[run_end].isspace():
                        run_end += 1
                    run = frozenset(self.analysis.words_in(start, run_end))
                if (found, found + len(word)) in run:
                    yield found, found + len(word)
                found = text.find(word, found + 1)

    def _word(self, start: int, end: int) -> str:
        return self.text[start:end]

    def _is_noun(self, word: str) -> bool:
        if word in self.nouns or bare(word) in self.nouns:
            return True
        if word[:1] in ("و", "ف") and word[1:] in self.nouns:
            return True  # وبلدة: bare() would read its ب as a preposition
        # جزرها، مواقعها، مناطقه: a noun with its owner's pronoun (a final ه may also be a
        # normalised ة, so the stem must be a noun itself: منطقه is no منطق + ه)
        for suffix in ("هما", "ها", "هم", "نا", "ه"):  # أرضنا: ours too
            if word.endswith(suffix) and len(word) - len(suffix) >= 3:
                stem = bare(word[: -len(suffix)])
                if stem.endswith("ئ"):  # صحرائه، مينائها، أجزائها: a final hamza sits on ي
                    stem = stem[:-1] + "ء"  # before a pronoun
                return stem in self.nouns or stem.removesuffix("ت") + "ه" in self.nouns
        return False

    def _place_at(self, position: int) -> tuple[int, int, Entity] | None:
        """A place or country entity starting at ``position`` (a proclitic may precede it)."""
        for item in self.places:
            if position <= item[0] <= position + 3 and not self.text[position : item[0]].strip(
                "وفبلكا "
            ):
                return item
        return None

    def _actor_at(self, position: int, limit: int = 3) -> tuple[int, int, Entity] | None:
        """An actor starting at ``position`` or a few characters on, in the same clause: a
        name past a full stop, a comma or a paragraph break (… تسيطر عليها.\n\nالعنوان)
        begins something else."""
        for item in self.actors:
            if position <= item[0] <= position + limit and not has_break(
                self.text, position, item[0]
            ):
                return item
        return None

    def _preceded_by(self, position: int, words: frozenset[str], within: int = 3) -> bool:
        """Whether one of ``words`` stands within three words before ``position``, same clause."""
        spans = self.analysis.words_in(max(0, position - 40), position)[-within:]
        for t_start, t_end in reversed(spans):
            if has_break(self.text, t_end, position):
                return False
            word = self._word(t_start, t_end)
            if word in words or bare(word) in words or (word[:1] in "وف" and word[1:] in words):
                return True  # وآليات: و before a word that starts like the article
        return False

    def _capital(self, entity: Entity) -> bool:
        """Whether the gazetteer knows the place as a capital (باكو: it may act for its state)."""
        entry_of = getattr(self.analysis.resources.gazetteer, "entry_of", None)
        entry = entry_of(entity) if callable(entry_of) else None
        return getattr(entry, "capital_of", None) is not None

    def _parenthetical_before(self, position: int, sent_start: int) -> int | None:
        """Where an aside between two commas right before ``position`` opens, or None.

        "الإقليم، الذي تديره منذ أكثر من قرن، جزء لا يتجزأ من …"، "النقاط الخمس …، ومنها
        تلة الحمامص وجبل بلاط، تقع داخل …": a relative clause or a list of the parts
        (`territory_aside_openers`: الذي، التي، ومنها، بما فيها) stands between the
        subject and what is said of it. Returns the opening comma.
        """
        aside = self._comma_aside(position, sent_start)
        if aside is None:
            return None
        opening, inside = aside
        openers = self.analysis.word_set("territory_aside_openers")
        if not inside or len(inside) > 14 or self._word(*inside[0]) not in openers:
            return None
        return opening

    def _comma_aside(
        self, position: int, sent_start: int
    ) -> tuple[int, list[tuple[int, int]]] | None:
        """The words between two commas that close right before ``position`` (within three
        characters), in the same sentence and at most 120 characters apart: the opening
        comma and the words inside, or None. What may stand inside is for the caller."""
        if "," not in self.text[max(sent_start, position - 3) : position]:
            return None
        closing = self.text.rfind(",", sent_start, position)
        opening = self.text.rfind(",", max(sent_start, closing - 120), closing)
        if opening < 0 or full_stop_in(self.text[opening:closing]):
            return None
        return opening, self.analysis.words_in(opening, closing)

    def _description_before(self, position: int, sent_start: int) -> int | None:
        """Where an aside between two commas right before ``position`` opens, or None.

        Besides a relative clause or a list (:meth:`_parenthetical_before`), an aside that
        describes a place opens with a definite word: an apposition or a participle agreeing
        with it ("بقيت مدينة X، المركز الإداري للمقاطعة، بيد …"، "تخضع بلدة X، الواقعة على
        الطريق …، لسيطرة …"). What is said of the place follows the closing comma.
        """
        opening = self._parenthetical_before(position, sent_start)
        if opening is not None:
            return opening
        aside = self._comma_aside(position, sent_start)
        if aside is None:
            return None
        opening, inside = aside
        if not inside or len(inside) > 10 or not self._word(*inside[0]).startswith("ال"):
            return None
        return opening

    def _clause_end(self, position: int) -> int:
        """Where the clause holding ``position`` ends (a clause break or the sentence end)."""
        sent_end = sentence_range(self.analysis, position)[1]
        for t_start, _ in self.analysis.words_in(position, sent_end):
            if has_break(self.text, position, t_start):
                return t_start
        return sent_end

    @functools.cached_property
    def list_leaders(self) -> list[Cue]:
        return find_cues(self.analysis, {"territory_list_leaders": "leader"})

    def _definite(self, token: tuple[int, int]) -> bool:
        """Whether the word is definite: the article, a pronoun of its owner, or a name."""
        word = self._word(*token)
        return (
            word.lstrip("وفبل").startswith("ال")
            or word.endswith(("ها", "هم", "هما", "نا"))
            or any(s < token[1] and token[0] < e for s, e, _ in self.places)
        )
