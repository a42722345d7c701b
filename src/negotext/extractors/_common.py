"""Text mechanics the built-in extractors share: cue tables, windows, segments, geometry.

Extractors never import each other. What they share is either language
knowledge, which belongs to the analysis, or the plain mechanics kept here:
compiling named word lists into one pattern (once per word list, not once per
document), finding cue words in the normalised text, moving between original
and normalised offsets, and telling which part of the page a span stands in.

All positions handled here are offsets into ``analysis.norm.text`` unless a
name says ``span`` (an original :class:`~negotext.records.Span`).
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING, Any

import attrs
import regex

from negotext.analysis import WORD
from negotext.document import SegmentKind
from negotext.records import Entity, EntityKind, Span

if TYPE_CHECKING:
    from negotext.analysis import Analysis

__all__ = [
    "NEGATIONS",
    "Cue",
    "CueTable",
    "bare",
    "compile_table",
    "find_cues",
    "has_break",
    "located_entities",
    "norm_range",
    "segment_label",
    "sentence_range",
    "sport_cues",
    "sports_report",
    "tokens",
]

#: Proclitics a cue word may carry: conjunction و/ف, then a preposition ب/ل/ك,
#: then the article ال (ل + ال is written لل).
PROCLITICS = r"(?:[وف])?(?:[بك]?ال|لل|[بلك])?"

#: Particles that negate the verb they precede (لم تعقد، لن يلتقي، لا محادثات).
NEGATIONS = frozenset({"لم", "لن", "لا", "ما", "ليس", "ليست", "دون", "عدم"})

#: The particle of a yes/no question with its conjunctions (هل، وهل، فهل): a clause it opens
#: asks whether, it tells nothing.
QUESTION_WHETHER = frozenset({"هل", "وهل", "فهل"})

#: Marks that open an interviewer's question on its line ("■ ما الذي تحقق؟", "* هل تلقيتم
#: دعوة؟"): the statements extractor reads the answer after it, the rounds extractor does not
#: take a round's evidence from it.
QUESTION_BULLETS = "■□▪▫◼◻●•*"

#: The conjunction of sequence as a word (ثم، وثم): what follows happened after, on its own
#: (an item of a list, ، ثم الرابعة في مسقط; a place taken later, غوما في يناير ثم بوكافو).
SEQUENCE_WORDS = frozenset({"ثم", "وثم"})

#: "Any" before a round noun: no particular round (أي جولة قادمة يجب أن تبدأ بملف الرواتب).
#: Here, not in ``rounds.words``, because ``round_grouping`` reads it too and importing the
#: ``rounds`` package from it would be circular.
ANY_WORDS = frozenset({"اي", "لاي", "باي", "واي"})

#: How many different words of sport make a document a sports report (see ``sports_report``).
SPORTS_WORDS = 4

_CLAUSE_BREAK = regex.compile(r"[,;:.!?\n]")
_TOKEN = WORD  # the analysis' words: tokens(text, 0, len(text)) == analysis.words
_BARE = regex.compile(r"^(?:[وف])?(?:[بك]?ال|لل|[بلك])?")


@attrs.frozen
class Cue:
    """A cue word found in the normalised text: where, which word, and its label."""

    start: int
    end: int
    word: str
    label: str


@attrs.frozen
class CueTable:
    """Words mapped to labels, compiled into one pattern (a trie-backed named list)."""

    labels: Mapping[str, str]
    pattern: Any  # regex.Pattern[str]: the regex module ships no type information
    #: What a match holds verbatim: the listed words, and after ل the rest of those
    #: listed with the article (لحكومة of الحكومة, as in للحكومة).
    probes: tuple[str, ...] = ()

    def find(
        self,
        text: str,
        start: int = 0,
        end: int | None = None,
        bigrams: AbstractSet[str] | None = None,
    ) -> list[Cue]:
        """Every cue in ``text[start:end]``, longest match first, left to right.

        Over a whole text the pattern is tried only where a listed word occurs
        (see :func:`_match_at_candidates`), which finds exactly what scanning
        every position finds, several times faster. ``bigrams``, every pair of
        adjacent characters of ``text`` (``Analysis.bigrams``), spares searching
        for the words that cannot be there.
        """
        if end is None or end >= len(text):
            matches = _match_at_candidates(
                self.pattern, self.probes or tuple(self.labels), text, start, bigrams
            )
        else:
            matches = list(self.pattern.finditer(text, start, end))
        return [_cue(m, self.labels) for m in matches]


def _cue(match: Any, labels: Mapping[str, str]) -> Cue:
    """The cue of a match: its listed word, read back from ل's group (للحكومة → الحكومة)."""
    word = match.group("w")
    if word is None:
        word = "ا" + match.group("lw")
    return Cue(match.start(), match.end(), word, labels[word])


#: The longest proclitic run a cue pattern allows before its word (و + بال).
MAX_PREFIX = 4


def _match_at_candidates(
    pattern: Any,
    words: tuple[str, ...],
    text: str,
    start: int,
    bigrams: AbstractSet[str] | None = None,
) -> list[Any]:
    """What ``pattern.finditer(text, start)`` returns, trying only where a match can start.

    Every match holds one of ``words`` verbatim, at most :data:`MAX_PREFIX`
    characters after the match starts; so the positions up to that far before
    each occurrence of a word are the only places to try. Trying them left to
    right and going on after each match's end is what ``finditer`` does.

    Most words of a list are not in a given text at all: with ``bigrams`` (every
    pair of adjacent characters of ``text``), a word with a pair not among them
    is not searched for.
    """
    candidates: set[int] = set()
    for word, pairs in _probe_keys(words):
        if bigrams is not None and not pairs <= bigrams:
            continue  # a pair of the word's letters is nowhere in the text: neither is the word
        found = text.find(word, start)
        while found >= 0:
            candidates.update(range(max(start, found - MAX_PREFIX), found + 1))
            found = text.find(word, found + 1)
    matches = []
    last_end = start
    for position in sorted(candidates):
        if position < last_end:
            continue
        match = pattern.match(text, position)
        if match is not None:
            matches.append(match)
            last_end = match.end()
    return matches


@functools.lru_cache(maxsize=256)
def _probes(words: tuple[str, ...]) -> tuple[str, ...]:
    """The words no other listed word is a prefix of (افرج for افرجت، افرج عن، افرجوا).

    Wherever a word occurs, each listed prefix of it occurs at the same place, so
    searching for these alone gives :func:`_match_at_candidates` the very same
    candidate positions with fewer searches.
    """
    kept: list[str] = []
    for word in sorted(set(words), key=len):
        if not any(word.startswith(shorter) for shorter in kept):
            kept.append(word)
    return tuple(kept)


@functools.lru_cache(maxsize=256)
def _probe_keys(words: tuple[str, ...]) -> tuple[tuple[str, frozenset[str]], ...]:
    """:func:`_probes`, each with the pairs of adjacent characters it is made of."""
    return tuple(
        (word, frozenset(word[i : i + 2] for i in range(len(word) - 1))) for word in _probes(words)
    )


#: Endings a noun may carry: the accusative alef (اجتماعاً) and possessive pronouns.
SUFFIXES = r"(?:ا|ها|هما|هم)?"


@functools.lru_cache(maxsize=256)
def compile_table(
    items: tuple[tuple[str, str], ...], clitics: bool = True, suffixes: bool = False
) -> CueTable:
    """One pattern for all ``(word, label)`` items; a later item's label wins.

    Cached on the items themselves, so a word list is compiled once however
    many documents are read, and again only when a plugin changes it.
    """
    labels: dict[str, str] = {}
    for word, label in items:
        labels[" ".join(word.split())] = label
    prefix = PROCLITICS if clitics else r"(?:[وف])?"
    words = sorted(labels, key=len, reverse=True) or ["\u0000never\u0000"]
    suffix = SUFFIXES if suffixes else ""
    # A word listed with its article after the preposition ل loses the article's alef
    # (ل + الحكومة = للحكومة, و + ل + الحكومة = وللحكومة): the rest of the word after
    # ل is matched in its own group and read back as the listed word.
    definite = sorted((w[1:] for w in labels if clitics and _definite(w)), key=len, reverse=True)
    after_lam = r"|(?:[وف])?ل(?P<lw>\L<definite>)" if definite else ""
    named: dict[str, list[str]] = {"words": words}
    if definite:
        named["definite"] = definite
    pattern = regex.compile(
        rf"(?<![\p{{L}}\p{{N}}])(?:{prefix}(?P<w>\L<words>){after_lam}){suffix}"
        rf"(?![\p{{L}}\p{{N}}])",
        **named,
    )
    return CueTable(labels, pattern, tuple(labels) + tuple(definite))


def _definite(word: str) -> bool:
    """Whether a listed word opens with the article and has a word after it (الحكومة)."""
    return word.startswith("ال") and len(word) > 3


def find_cues(
    analysis: Analysis,
    lexicons: Mapping[str, str],
    *,
    clitics: bool = True,
    suffixes: bool = False,
) -> list[Cue]:
    """Cues of several named word lists at once: ``lexicons`` maps list name → label.

    ``suffixes`` lets nouns carry an accusative alef or a pronoun (اجتماعاً، محادثاتهما).
    """
    items = tuple(
        (word, label) for name, label in lexicons.items() for word in analysis.lexicon(name)
    )
    if not items:
        return []
    table = compile_table(items, clitics, suffixes)
    return table.find(analysis.norm.text, bigrams=analysis.bigrams)


def sport_cues(analysis: Analysis) -> list[Cue]:
    """The words of sport in a document (``round_sports``: الدوري، مباراة، الشوط، الشطرنج …)."""
    return find_cues(analysis, {"round_sports": "sport"})


def sports_report(cues: Iterable[Cue]) -> bool:
    """Whether these cues of sport make the document a sports report: ``SPORTS_WORDS`` or more
    different words. There rounds are fixtures and a hold of the centre is a game, so the rounds
    and territory extractors both make this one test."""
    return len({c.word for c in cues}) >= SPORTS_WORDS


def norm_range(analysis: Analysis, span: Span) -> tuple[int, int]:
    """The normalised range behind an original span."""
    norm = analysis.norm
    return norm.to_normalized(span.start), norm.to_normalized(span.end)


def sentence_range(analysis: Analysis, position: int) -> tuple[int, int]:
    """The normalised range of the sentence holding normalised ``position``."""
    original = analysis.norm.to_original(min(position, max(len(analysis.norm.text) - 1, 0)))
    return norm_range(analysis, analysis.sentence_at(original))


def has_break(text: str, start: int, end: int) -> bool:
    """Whether a clause break (comma, full stop, line break …) lies in ``text[start:end]``."""
    return _CLAUSE_BREAK.search(text, start, max(start, end)) is not None


def tokens(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Word ranges in ``text[start:end]``."""
    return [m.span() for m in _TOKEN.finditer(text, start, max(start, end))]


@functools.lru_cache(maxsize=16384)
def bare(word: str) -> str:
    """A word without its proclitics and accusative alef (والمناطق → مناطق); never empty.

    Cached (bounded): extractors ask it of every word of a text, and a text's
    words repeat across sentences and documents.
    """
    stripped = _BARE.sub("", word, count=1)
    if len(stripped) > 3 and stripped.endswith("ا") and not stripped.endswith("اا"):
        stripped = stripped[:-1]  # جزءاً، اجتماعاً
    return stripped if len(stripped) >= 2 else word


def segment_label(analysis: Analysis, span: Span) -> str | None:
    """``"main"`` or ``"appended"`` for a span in an article, None in boilerplate or lists."""
    if analysis.in_boilerplate(span):
        return None
    kind = analysis.segment_at(span.start).kind
    return "appended" if kind == SegmentKind.APPENDED else "main"


def located_entities(
    analysis: Analysis, kinds: Iterable[EntityKind] | None = None
) -> list[tuple[int, int, Entity]]:
    """The analysis' entities with their normalised ranges, optionally of some kinds only.

    The ranges are worked out once per document (``Analysis.entity_ranges``),
    however many times extractors ask; the list returned is the caller's own.
    """
    if kinds is None:
        return list(analysis.entity_ranges)
    wanted = set(kinds)
    return [item for item in analysis.entity_ranges if item[2].kind in wanted]
