"""Word tests of the territory reader that are no word list: negation, owned forces, full stops.

The function words the reader tests for by their role (prepositions, pronouns, particles,
relatives …) are word lists, ``ar/data/lexicons/territory_*.txt``, read by
:class:`~negotext.extractors.territory.state.ReaderState`. What stays here is no list: three
single words (غير، أي، واحد), the two singular relative pronouns (التي، الذي), the pronoun
suffixes of a verbal noun and the fractions written as words with the share each stands for.
Constants are written plainly and normalised here, as the text they are compared with is.
"""

from __future__ import annotations

from collections.abc import Set as AbstractSet

from negotext.ar.normalize import normalize_text
from negotext.extractors._common import NEGATIONS, bare

#: Fractions written as words, in percent (خمس الأراضي → 20).
FRACTIONS = {
    normalize_text(word): share
    for word, share in (("ربع", 25.0), ("خمس", 20.0), ("ثلث", 33.3), ("نصف", 50.0), ("ثلثي", 66.7))
}

#: غير: after a definite territory and before a word with no article, a predicate begins.
OTHER_THAN = normalize_text("غير")

#: "One", after a measure of how little (شبر واحد من أرضنا): part of the measure.
ONE = normalize_text("واحد")

#: "Any", before a territory noun a quantifier of the phrase (من أي مواقع قرب X).
ANY = normalize_text("أي")

#: The singular relative pronouns, feminine and masculine (المناطق التي ضمتها، الإقليم الذي
#: تديره): where a test reads only these two. ``territory_relatives`` (with the duals and
#: الذين) and ``territory_aside_openers`` are wider lists, read where any number will do.
SINGULAR_RELATIVES = ("التي", "الذي")

#: The pronoun suffixes of whose a verbal noun is, every person, the longest first
#: (انسحابهما، انسحابها، انسحابكم، انسحابنا، انسحابه): endings, not words of a list.
OWNER_PRONOUNS = ("كما", "هما", "هم", "ها", "كم", "نا", "ه")

#: Of those, the speaker's and the addressee's (انسحابنا، خروجكم).
SPEAKER_PRONOUNS = ("كما", "كم", "نا")

#: "Of" after a verb of remaining (ما تبقى من إقليم X، مما تبقى منها): the preposition, bare
#: or with the pronoun of a territory told before; grammar, not a word list.
REMAINDER_OF = ("من", "منها", "منه", "منهما")


def possessive_forces(word: str, forces: AbstractSet[str]) -> bool:
    """A noun of forces with its owner's pronoun (قواتها، جنوده، عناصرهم)."""
    return any(
        word.endswith(suffix) and bare(word[: -len(suffix)]) in forces
        for suffix in ("هما", "هم", "ها", "نا", "ه")
    )


def negation(word: str) -> bool:
    """A negating particle, with و/ف before it (ولم، فلا) or ب/ل before عدم (بعدم); كما and بما
    (ك/ب + ما) are none."""
    word = word.lstrip("وف")
    return word in NEGATIONS or (word[:1] in ("ب", "ل") and word[1:] == "عدم")


def full_stop_in(text: str) -> bool:
    """Whether a sentence ends or a paragraph breaks within ``text``."""
    return any(mark in text for mark in ".!?;\n")
