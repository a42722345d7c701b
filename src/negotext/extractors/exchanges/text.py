"""Tests on the normalised text shared by every part of the exchanges extractor.

Where a clause or a sentence breaks (a full stop, a colon, more than two commas), and what a
word's letters tell of it: the article (والأسرى), a possessive pronoun (ذويهم), the ending of
a relative adjective (إيرانيين) or a verb's object pronoun (تحتجزهم).
"""

from __future__ import annotations

import regex

#: An object pronoun ending a verb (تحتجزهم، اعتقلته، أسروهما).
_OBJECT_PRONOUN = regex.compile(r"(?:هما|هم|هن|ها|ه)$")


def _full_stop(text: str, start: int, end: int) -> bool:
    """Whether a full stop, a question or exclamation mark or a line break lies in the range."""
    return any(mark in text[start:end] for mark in ".!?\n")


def _sentence_break(text: str, start: int, end: int) -> bool:
    """A break other than a comma: a parenthetical (سلمت أوكرانيا، الجمعة، جثث …) may stand between."""
    gap = text[start:end]
    return any(mark in gap for mark in ".;:!?\n") or gap.count(",") > 2


def _possessed(word: str) -> bool:
    """Whether a word carries a possessive pronoun (ذويهم، أبناءها، رفاقنا): definite."""
    return len(word) >= 5 and word.endswith(("هم", "ها", "هن", "نا", "كم"))


def _nisba(word: str) -> bool:
    """Whether a word ends as a relative adjective of several or in the accusative.

    A demonym or other adjective in ـي agreeing with people (أرمنياً، سعودياً، إيرانيين،
    مصريون): after a people's noun it belongs to their phrase, not to the next clause.
    """
    return len(word) >= 5 and word.endswith(("يا", "يين", "يون"))


def _definite(word: str) -> bool:
    """Whether a word carries the article, after its conjunction and preposition (والأسرى)."""
    return word.startswith(("ال", "وال", "فال", "بال", "وبال", "لل", "ولل", "كال"))


def _without_object_pronoun(word: str) -> str:
    """A verb with its object pronoun taken off (تحتجزهم → تحتجز); a word with none unchanged."""
    return str(_OBJECT_PRONOUN.sub("", word))
