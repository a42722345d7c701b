"""Tests on the normalised text that more than one layer of the rounds reader makes.

The words before a position (``_previous_words``), negation, the present tense, closing
quotes and whether a cue opens its clause: plain functions of the text, shared by the
layers and by the reader's trigger pass.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from negotext.extractors._common import NEGATIONS, has_break, tokens

if TYPE_CHECKING:
    from collections.abc import Container

    from negotext.analysis import Analysis


#: Auxiliaries between a negation and the verb it negates (لم يتم تحديد موعد).
AUXILIARIES = frozenset({"يتم", "تتم", "يكن", "تكن", "يجر", "تجر"})


def _previous_words(source: Analysis | str, position: int, count: int) -> list[str]:
    """The ``count`` words before ``position``, nearest first (no clause break crossed).

    ``source`` is the normalised text, or better the analysis: its words are
    then read from the text tokenised once (``Analysis.words_in``).
    """
    if isinstance(source, str):
        text = source
        found = tokens(text, max(0, position - 40), position)
    else:
        text = source.norm.text
        found = source.words_in(max(0, position - 40), position)
    words: list[str] = []
    for start, end in reversed(found):
        if has_break(text, end, position):
            break
        words.append(text[start:end])
        if len(words) == count:
            break
    return words


def _negated(text: str, position: int) -> bool:
    """Whether the word at ``position`` is negated (لم يلتقيا، لم يتم تحديد موعد).

    ما before a word that is no present-tense verb is the relative "what", not a negation:
    news tells the negated past with لم, and ما before a past verb or an adverb is what
    happened or what was agreed (ما جرى هذا الشهر، ما اتُّفق عليه في القمة، ما بعد القمة).
    """
    words = [_negation(w) for w in _previous_words(text, position, 2)]
    if (
        words
        and words[0] == "ما"
        and not _present_tense(text[position:].split(" ", 1)[0])
        and words[1:] != ["الي"]  # أُرجئ إلى ما بعد الاجتماع: a bound still to come, no round
    ):
        return False
    if words and words[0] in NEGATIONS:
        return True
    return len(words) == 2 and words[0] in AUXILIARIES and words[1] in NEGATIONS


def _negation(word: str) -> str:
    """A negation with the conjunction و or ف attached (ولم، فلم، ولن، فلا), as the bare
    particle; ما keeps its conjunction, which makes it as often the relative (وما جرى)."""
    if word[:1] in "وف" and word[1:] in NEGATIONS and word[1:] != "ما":
        return word[1:]
    return word


def _present_tense(word: str) -> bool:
    """Whether a word looks like a present-tense verb (تمهد، يفضي), not a past one (توقفت)."""
    return len(word) >= 4 and word[0] in "يت" and not word.endswith(("ت", "تا"))


def _bi_place(text: str, position: int, place_starts: Container[int]) -> bool:
    """Whether the word at ``position`` is a place written with the preposition بـ glued to
    it (بأنقرة، بالدوحة): a ب at ``position`` and a place starting right after it.

    The gazetteer finds the place past the ب, so a reader asking "is there a venue here"
    looks one character on; ``place_starts`` holds the normalised starts of the places.
    """
    return text[position : position + 1] == "ب" and position + 1 in place_starts
