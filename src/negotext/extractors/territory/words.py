"""Arabic words the territory reader tests for by their role: prepositions, pronouns, particles.

Constants are written plainly and normalised here, as the text they are compared with is.
"""

from __future__ import annotations

from negotext.ar.normalize import normalize_text
from negotext.extractors._common import NEGATIONS, bare

PREPOSITIONS = frozenset(normalize_text(w) for w in ("من", "على", "في", "عن", "إلى"))

#: Prepositions a territory phrase may open with, ب written apart included (بـ"الواقع …").
#: عند of where one stays (سيبقى الجيش عند «الخط الأصفر») opens a phrase too.
LEADING_PREPOSITIONS = PREPOSITIONS | {"ب", "ل", normalize_text("عند")}

COORDINATORS = tuple(
    normalize_text(w)
    for w in ("بالإضافة إلى", "فضلاً عن", "وكذلك", "إضافة إلى", "إلى جانب", "ثم", "و")
)

#: Verbs of handing over and their verbal noun: a country or capital right after them is
#: who hands or receives (تسلّمت كييف جثث …، تسليم موسكو ما عجزت عن انتزاعه), no territory.
FINITE_HANDING = frozenset(normalize_text(w) for w in ("تسلم", "يسلم", "سلمت", "سلم", "تسليم"))

#: Withdrawal cues whose object is the territory itself (تغادر القوات الأراضي الأوكرانية).
DIRECT_WITHDRAWAL = frozenset(
    normalize_text(w)
    for w in (
        "تغادر",
        "يغادر",
        "مغادرة",
        "إخلاء",
        "يغادروا",
        "يغادرون",
        "تغادروا",
        "نغادر",
        "أغادر",
        "تغادرا",
        "يغادرا",
    )
)

#: Fractions written as words, in percent (خمس الأراضي → 20).
FRACTIONS = {
    normalize_text(word): share
    for word, share in (("ربع", 25.0), ("خمس", 20.0), ("ثلث", 33.3), ("نصف", 50.0), ("ثلثي", 66.7))
}

#: The area of a territory told before (من مساحتها): the territory is that one.
AREA_PRONOUNS = frozenset(normalize_text(w) for w in ("مساحتها", "مساحته"))

#: A preposition with a pronoun as the object of a cue (الاحتفاظ بها، الانسحاب منها).
OBJECT_PRONOUNS = frozenset(
    normalize_text(w) for w in ("بها", "به", "منها", "منه", "فيها", "فيه", "عنها", "عنه")
)

#: A preposition with a pronoun resuming a territory told before it (تقدمت إليها، انسحبوا منه).
RESUMPTIVES = OBJECT_PRONOUNS | frozenset(
    normalize_text(w) for w in ("إليها", "إليه", "عليها", "عليه", "إليهما", "عليهما", "منهما", "فيهما")
)

#: The four directions and the centre, which with the article name a region (الشمال، الوسط).
CARDINAL_DIRECTIONS = frozenset(normalize_text(w) for w in ("شمال", "جنوب", "شرق", "غرب", "وسط"))

#: Adverbs of completeness after a territory (على ساحلها كاملاً): no part of its words.
COMPLETENESS = frozenset(normalize_text(w) for w in ("كاملا", "تماما", "بالكامل"))

#: غير: after a definite territory and before a word with no article, a predicate begins.
OTHER_THAN = normalize_text("غير")

#: "Any", before a territory noun a quantifier of the phrase (من أي مواقع قرب X).
ANY = normalize_text("أي")

#: Relative pronouns: a verb after one describes the territory before it (التي ضمتها).
RELATIVES = frozenset(
    normalize_text(w) for w in ("التي", "الذي", "اللتين", "اللذين", "الذين", "اللتان", "اللذان")
)

#: Verbal nouns of control and annexation (the start of the word), no finite verb.
MASDARS = tuple(
    normalize_text(w) for w in ("ال", "احتلال", "استيلاء", "انتشار", "سيطرة", "ضم", "بسط")
)

#: Endings of a demonym in the dual (أوكرانيان، إماراتيتان), said of two places at once.
DUAL_NISBA = ("يان", "يتان", "يين", "يتين")

#: Verbs of lying somewhere (أن الشعاب تقع ضمن أراضيها): their subject is the territory.
LYING = frozenset(normalize_text(w) for w in ("يقع", "تقع", "يقعان", "تقعان"))

#: "No longer" after a negation (لم تعد تسيطر، لم يعودوا يحتلون), every person.
NO_LONGER = frozenset(
    normalize_text(w)
    for w in ("يعد", "تعد", "نعد", "أعد", "يعودوا", "تعودوا", "يعودا", "تعودا", "يعدن")
)

#: Particles of the subjunctive and of purpose (أن تحتفظ، كي، ل): a verb right after one is
#: wanted, not told.
PARTICLES = frozenset(normalize_text(w) for w in ("أن", "بأن", "كي", "لكي", "ل", "وأن"))

#: Particles of the subjunctive besides those (حتى تنسحب، لن تنسحب، إلى أن تنسحب).
SUBJUNCTIVE_PARTICLES = frozenset(normalize_text(w) for w in ("حتى", "لكي", "كي", "لن", "أن"))

#: "Any" before the forces of a withdrawal or a stay (أي قوات أجنبية).
ANY_FORCES = frozenset(normalize_text(w) for w in ("أي", "أية"))

#: Verbal nouns of staying and keeping (بقاء، إبقاء): refused, a withdrawal demand.
STAYING = tuple(normalize_text(w) for w in ("بقاء", "إبقاء", "ابقاء"))

#: Words of existence a negation may stand before (لن يكون هناك، ليس ثمة).
THERE_IS = frozenset(normalize_text(w) for w in ("هناك", "ثمة", "ثمّة"))

#: "Without": after a negation in its clause, a condition (لا سلام دون انسحاب القوات).
WITHOUT = frozenset(normalize_text(w) for w in ("دون", "بدون"))

#: Words after which a clause begins (إن كوسوفو دولة مستقلة).
COMPLEMENTIZERS = frozenset(normalize_text(w) for w in ("إن", "أن", "بأن", "وإن", "لأن"))

#: Demonstratives that may stand before a territory noun (هذه المناطق، تلك المواقع).
DEMONSTRATIVES = frozenset(
    normalize_text(w)
    for w in ("هذه", "هذا", "تلك", "ذلك", "هاتين", "هذين", "هاتان", "هذان", "هؤلاء", "أولئك")
)


def demonstrative(word: str) -> bool:
    """A demonstrative, with a proclitic or none (بهذه، وتلك)."""
    return word in DEMONSTRATIVES or (word[:1] in "وفبل" and word[1:] in DEMONSTRATIVES)


def possessive_forces(word: str, forces: set[str]) -> bool:
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
    return any(mark in text for mark in ".!?;\n")
