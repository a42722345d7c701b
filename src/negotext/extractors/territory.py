"""The built-in territory extractor: annexation, control, and demands about territory.

A claim is a cue word of one of six kinds (word lists ``territory_annexation``,
``territory_control``, ``territory_withdrawal``, ``territory_recognition``,
``territory_retention``, ``territory_sovereignty``) followed by a territory
phrase. The phrase is read from the cue on, skipping what stands between the
verb and its object (the subject of ضمت روسيا, the forces of انسحاب القوات
الروسية, the share of يحتل نحو 20% من, an adverb such as بشكل كامل, a
preposition), up to a clause break or a word that ends it (``territory_stops``).

The phrase must have a territory head within its first words: a territory noun
(الأراضي، مناطق، مقاطعة، شبه جزيرة، محور … ``territory_nouns``) or a named place
or country from ``analysis.entities``. A named place becomes the territory with
its canonical name and id (its text includes a region noun before it:
"مقاطعة لوغانسك"); otherwise the phrase itself is kept as a place with no name
or id ("المناطق التي ضمتها موسكو").

The claimant is the actor right after a verb cue (ضمت روسيا), else the nearest
actor before the cue in its sentence (the subject or the speaker), resolved to
its country through co-reference. A coordinated territory (…، بالإضافة إلى شبه
جزيرة القرم) and named places in a row (القرم ودونيتسك) are one claim each; a
cue inside another claim's evidence (الأراضي التي ضمتها) describes that
territory and is no claim itself. A refused or negated withdrawal (ترفض
الانسحاب من، لن تنسحب من) is a retention demand; some sovereignty cues have
their territory before them (كوسوفو جزءاً من أراضيها، الجولان أرض سورية). A
recognition granted rather than demanded (تعترف أرمينيا بوحدة أراضي أذربيجان بما
فيها قره باغ: a finite verb no demand governs) is the recognised owner's
sovereignty claim.

Demands told with other words are read too: a return or a ceding demanded
(تطالب يريفان باستعادة جيب …، بالتنازل عن …) is a withdrawal demand, refused or negated a
retention; a foreign presence refused (لن تقبل بأي وجود عسكري تركي في …) a withdrawal
demand; a withdrawal to lines names the lines (إلى الخطوط التي …). A pronoun object
(الاحتفاظ بها، بإعادتها) and a bare definite territory noun (المحور after محور فيلادلفيا)
name the territory told before. docs/territory.md lists every construction.
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Iterator
from typing import TYPE_CHECKING

import attrs
import regex

from negotext.ar.normalize import normalize_text
from negotext.extractors._common import (
    NEGATIONS,
    QUESTION_WHETHER,
    Cue,
    bare,
    find_cues,
    has_break,
    located_entities,
    norm_range,
    segment_label,
    sentence_range,
)
from negotext.hookspecs import hookimpl
from negotext.records import ClaimKind, Entity, EntityKind, TerritoryClaim

if TYPE_CHECKING:
    from negotext.analysis import Analysis
    from negotext.ar.numbers import Quantity
    from negotext.records import Record

__all__ = ["find_territory_claims", "negotext_extract_records"]

KIND_LEXICONS = {
    "territory_annexation": ClaimKind.ANNEXATION.value,
    "territory_control": ClaimKind.CONTROL.value,
    "territory_withdrawal": ClaimKind.WITHDRAWAL_DEMAND.value,
    "territory_recognition": ClaimKind.RECOGNITION_DEMAND.value,
    "territory_retention": ClaimKind.RETENTION_DEMAND.value,
    "territory_sovereignty": ClaimKind.SOVEREIGNTY_CLAIM.value,
}
#: Kinds read first: their evidence may hold a descriptive annexation or control cue.
DEMANDS = (
    ClaimKind.RECOGNITION_DEMAND,
    ClaimKind.RETENTION_DEMAND,
    ClaimKind.WITHDRAWAL_DEMAND,
    ClaimKind.SOVEREIGNTY_CLAIM,
)
VERB_KINDS = (ClaimKind.ANNEXATION, ClaimKind.CONTROL)
#: Demands whose claimant is the subject of the verb of demanding (تطالب X Y بـ …).
DEMANDED_BY = (
    ClaimKind.WITHDRAWAL_DEMAND,
    ClaimKind.RECOGNITION_DEMAND,
    ClaimKind.RETENTION_DEMAND,
)
#: Claims whose territory may be told with who holds it now (لانسحاب إسرائيل من التلال التي
#: لا تزال تحتلها؛ أن النقاط التي لا تزال تحتلها إسرائيل تقع داخل الأراضي اللبنانية): that
#: control is a claim of its own.
HOLDING_TOLD = (ClaimKind.WITHDRAWAL_DEMAND, ClaimKind.SOVEREIGNTY_CLAIM)
# Constants are written plainly and normalised here, as the text they are compared with is.
PREPOSITIONS = frozenset(normalize_text(w) for w in ("من", "على", "في", "عن", "إلى"))
#: Prepositions a territory phrase may open with, ب written apart included (بـ"الواقع …").
#: عند of where one stays (سيبقى الجيش عند «الخط الأصفر») opens a phrase too.
LEADING_PREPOSITIONS = PREPOSITIONS | {"ب", "ل", normalize_text("عند")}
COORDINATORS = tuple(
    normalize_text(w)
    for w in ("بالإضافة إلى", "فضلاً عن", "وكذلك", "إضافة إلى", "إلى جانب", "ثم", "و")
)
MAX_PHRASE = 10  # words in a territory phrase
MAX_SKIP = 3  # words that may stand before the territory head (بالوضع الجديد في المناطق)
YEAR = regex.compile(r"(?<![0-9])(1[89][0-9][0-9]|20[0-9][0-9])(?![0-9])")
ACTOR_KINDS = (EntityKind.COUNTRY, EntityKind.ORGANIZATION, EntityKind.PERSON, EntityKind.GROUP)
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
#: Kinds whose territory may stand a few words after the cue (الاعتراف بالوضع الجديد في
#: المناطق، سيحتفظ بالسيطرة الأمنية على المنطقة العازلة).
WIDE_KINDS = (
    ClaimKind.RECOGNITION_DEMAND,
    ClaimKind.SOVEREIGNTY_CLAIM,
    ClaimKind.RETENTION_DEMAND,
)
#: How many words before a pronoun its territory may stand (طالبت باكو طوال أشهر بإعادتها).
ANTECEDENT_WORDS = 14
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
#: The label of sovereignty cues whose territory stands before them.
BEFORE_LABEL = "sovereignty_before"
#: The label of a place said to be a state (ترانسنيستريا دولة قائمة): its own claim.
STATEHOOD_LABEL = "statehood"
#: The label of a presence of forces refused (لن تقبل بأي وجود عسكري تركي في غرب البلاد).
PRESENCE_LABEL = "presence"
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


@attrs.frozen
class _Phrase:
    """A territory phrase: the territory entity and the range the claim's evidence reaches."""

    territory: Entity
    start: int  # normalised start of the territory text
    end: int  # normalised end of the phrase (evidence end)


class _Reader:
    """Reads the territory claims of one document."""

    def __init__(self, analysis: Analysis) -> None:
        self.analysis = analysis
        self._found: list[tuple[int, int, TerritoryClaim]] = []  # claims read so far
        self.text = analysis.norm.text
        self.cues = find_cues(analysis, KIND_LEXICONS, suffixes=True)  # انسحاباً كاملاً
        self.cues += find_cues(analysis, {"territory_sovereignty_before": BEFORE_LABEL})
        self.cues += find_cues(
            analysis,
            {
                "territory_return": ClaimKind.WITHDRAWAL_DEMAND.value,
                "territory_cession": ClaimKind.WITHDRAWAL_DEMAND.value,
                "territory_withdrawal_demanded": ClaimKind.WITHDRAWAL_DEMAND.value,
                "territory_going_back": ClaimKind.WITHDRAWAL_DEMAND.value,
                "territory_retreat": ClaimKind.WITHDRAWAL_DEMAND.value,
            },
        )
        self.cues += find_cues(
            analysis, {"territory_control_construct": ClaimKind.CONTROL.value}, clitics=False
        )
        self.cues += find_cues(analysis, {"territory_presence": PRESENCE_LABEL})
        self.cues += self._land_cues()
        self.cues += self._predicate_cues()
        self.cues += self._statehood_cues()
        self.cues.sort(key=lambda c: c.start)

    # Everything else is read on first use: a page with no cue of a claim needs none of it.

    @functools.cached_property
    def _cue_starts(self) -> frozenset[int]:
        """Where the verbs of control and annexation begin: no territory phrase runs into one."""
        under = normalize_text("تحت")
        return frozenset(
            c.start
            for c in self.cues
            if _kind_of(c) in VERB_KINDS
            and self.text[c.start : c.start + 1] not in "بلو"
            and not c.word.startswith(MASDARS)  # احتلال، السيطرة: a noun, no verb
            and c.word not in self.controllers | self.construct
            and self.analysis.words_in(max(0, c.start - 8), c.start)[-1:] != []
            and self._word(*self.analysis.words_in(max(0, c.start - 8), c.start)[-1]) != under
        )  # الجزء المتبقي تحت سيطرتها: a noun of control, no verb

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

    @functools.cached_property
    def _entities(self) -> list[tuple[int, int, Entity]]:
        """Places, countries and actors with their normalised ranges, read once."""
        return located_entities(self.analysis, {*ACTOR_KINDS, EntityKind.PLACE})

    @functools.cached_property
    def places(self) -> list[tuple[int, int, Entity]]:
        kinds = (EntityKind.PLACE, EntityKind.COUNTRY)
        return [item for item in self._entities if item[2].kind in kinds]

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

    def _land_cues(self) -> list[Cue]:
        """Sovereignty cues made of a noun of land and a demonym (الجولان أرض سورية).

        The noun stands bare (no article, no proclitic) and a country written as an
        adjective follows it; the territory stands before, the demonym is the owner.
        """
        land = self.analysis.word_set("territory_land_nouns")
        found = sorted(self._whole_words(land))
        if not found:
            return []
        countries = {
            start: end for start, end, entity in self.places if entity.kind == EntityKind.COUNTRY
        }
        cues: list[Cue] = []
        for t_start, t_end in found:
            word = self.text[t_start:t_end]
            following = self.analysis.words_in(t_end, min(len(self.text), t_end + 30))[:1]
            if not following or has_break(self.text, t_end, following[0][0]):
                continue
            demonym_end = countries.get(following[0][0])  # جنوب سودانية: a demonym of two words
            if demonym_end is not None and self.text[following[0][0] : demonym_end].endswith(
                ("يه", "ي")
            ):
                cues.append(Cue(t_start, t_end, word, BEFORE_LABEL))
        return cues

    def _predicate_cues(self) -> list[Cue]:
        """Sovereignty cues told by a predicate: a demonym or "جزء من" + country.

        "مزارع شبعا لبنانية": a named place followed by an indefinite demonym (no
        article, so no adjective of it but its predicate) is that country's land.
        "الإقليم سيبقى جزءاً من صربيا": a noun of a part (``territory_part_nouns``)
        with من and a country after it. The territory stands before the cue.
        """
        countries = [p for p in self.places if p[2].kind == EntityKind.COUNTRY]
        if not countries:
            return []
        named = {p[1] for p in self.places if p[2].kind == EntityKind.PLACE}
        parts = self.analysis.word_set("territory_part_nouns")
        titles = {bare(w) for w in self.analysis.word_set("territory_state_titles")}
        owned = normalize_text("ملك")  # "property": ملك لغيانا
        cues: list[Cue] = []
        for start, end, _ in countries:
            word = self.text[start:end]
            before = self.analysis.words_in(max(0, start - 30), start)[-2:]
            if not before or has_break(self.text, before[-1][1], start):
                continue
            plausible = (  # an indefinite demonym of one word: only then a predicate
                " " not in word
                and not word.startswith(("ال", "وال", "بال", "لل"))
                and word.endswith(("يه", "ي", "يا", *DUAL_NISBA))
            )
            skipped = self._predicate_subject(start, named) if plausible else None
            endings = ("يه", "ي", *DUAL_NISBA) if skipped == 0 else ("يه", "ي", "يا")
            # عربياً سورياً; the dual agrees with two places (والقرم ودونباس أوكرانيان)
            if (
                skipped is not None
                and " " not in word
                and not word.startswith(("ال", "وال", "بال", "لل"))
                and word.endswith(endings)
            ):
                cues.append(Cue(start, end, word, BEFORE_LABEL))  # مزارع شبعا لبنانية
            elif (
                len(before) == 2
                and self._word(*before[-1]) == "من"
                and bare(self._word(*before[0])) in parts
                and not has_break(self.text, before[0][1], before[1][0])
            ):
                cues.append(Cue(before[0][0], before[1][1], "جزء من", BEFORE_LABEL))
            elif (
                len(before) == 2
                and bare(self._word(*before[-1])) in titles
                and not has_break(self.text, before[-1][1], start)
            ):  # جزء من جمهورية مولدوفا: the state's title between من and its name
                titled = self.analysis.words_in(max(0, start - 60), start)[-3:]
                if (
                    len(titled) == 3
                    and self._word(*titled[1]) == "من"
                    and bare(self._word(*titled[0])) in parts
                    and not has_break(self.text, titled[0][1], titled[1][0])
                ):
                    cues.append(Cue(titled[0][0], titled[1][1], "جزء من", BEFORE_LABEL))
            elif (
                len(before) == 2
                and before[-1][1] == start
                and self._word(*before[-1]) in ("ل", "لل")
                and self._word(*before[0]) == owned
                and not has_break(self.text, before[0][1], start)
            ):  # إيسيكيبو ملك لغيانا: the property of the country after ل
                cues.append(Cue(before[0][0], before[0][1], owned, BEFORE_LABEL))
        return cues

    def _statehood_cues(self) -> list[Cue]:
        """A named place said to be a state (ترانسنيستريا دولة قائمة بحكم الواقع).

        The place (no country) opens a clause (after a clause break or إن/أن), the
        indefinite noun دولة follows it, then a word of statehood (``territory_state_words``:
        مستقلة، قائمة، ذات سيادة): the place's claim to be sovereign over itself.
        """
        state = normalize_text("دولة")
        words = self.analysis.word_set("territory_state_words")
        cues: list[Cue] = []
        for start, end, entity in self.places:
            if entity.kind != EntityKind.PLACE:
                continue
            after = self.analysis.words_in(end, min(len(self.text), end + 40))[:2]
            if (
                len(after) < 2
                or self._word(*after[0]) != state
                or self._word(*after[1]) not in words
                or has_break(self.text, end, after[1][0])
            ):
                continue
            previous = self.analysis.words_in(max(0, start - 20), start)[-1:]
            opens = (
                not previous
                or has_break(self.text, previous[0][1], start)
                or self._word(*previous[0]) in COMPLEMENTIZERS
            )
            if opens:
                cues.append(
                    Cue(start, after[1][1], self.text[start : after[1][1]], STATEHOOD_LABEL)
                )
        return cues

    def _predicate_subject(self, position: int, named: set[int]) -> int | None:
        """How many words stand between a predicate demonym and its subject, or None.

        The subject is a named place or a territory noun with the article; a copula
        (سيبقى، يظل) and other indefinite adjectives (عربياً) may stand between.
        """
        copulas = self.analysis.word_set("territory_copulas")
        before = self.analysis.words_in(max(0, position - 60), position)
        skipped = 0
        end = position
        for t_start, t_end in reversed(before):
            if has_break(self.text, t_end, end):
                opening = self._parenthetical_before(end, sentence_range(self.analysis, end)[0])
                if opening is None:
                    return None
                # إقليم X، الذي تديره غيانا، كان وسيبقى فنزويلياً: the subject before the aside
                return self._subject_before_aside(opening, named, skipped)
            word = self._word(t_start, t_end)
            if t_end in named or self._definite_noun(word):
                return skipped
            if word.startswith("ال") and any(s <= t_start < e for s, e in self.number_ranges):
                end = t_start  # الجزر الثلاث إماراتية: the count belongs to the subject
                continue
            indefinite = not word.startswith(("ال", "وال", "بال", "لل"))
            # an accusative adjective (عربياً), not a direction (شرقي أوكرانيا: a location)
            adjective = (
                indefinite
                and word.endswith("يا")
                and len(word) > 3
                and word[:-2] not in self.quantifiers
            )
            copula = word in copulas or (word[:1] in "وف" and word[1:] in copulas)
            if skipped < 2 and (copula or adjective):  # كان وسيبقى فنزويلياً: copulas joined
                skipped += 1
                end = t_start
                continue
            return None
        return None

    def _subject_before_aside(self, opening: int, named: set[int], skipped: int) -> int | None:
        """``skipped`` when a named place or a definite territory noun ends right before the
        comma that opens an aside, else None."""
        last = self.analysis.words_in(max(0, opening - 40), opening)[-1:]
        if not last or has_break(self.text, last[0][1], opening):
            return None
        word = self._word(*last[0])
        if last[0][1] in named or self._definite_noun(word):
            return skipped
        return None

    def _copulas_before(self, position: int) -> int:
        """Where the copulas right before ``position`` begin (كان وسيبقى), or ``position``."""
        copulas = self.analysis.word_set("territory_copulas")
        start = position
        for t_start, t_end in reversed(self.analysis.words_in(max(0, position - 40), position)):
            word = self._word(t_start, t_end)
            if has_break(self.text, t_end, start) or not (
                word in copulas or (word[:1] in "وف" and word[1:] in copulas)
            ):
                break
            start = t_start
        return start

    def _definite_noun(self, word: str) -> bool:
        """A territory noun with the article (الصحراء، والإقليم): a subject, not a construct."""
        return self._is_noun(word) and word.lstrip("وف").startswith("ال")

    def _whole_words(self, words: frozenset[str]) -> Iterator[tuple[int, int]]:
        """The ranges of the tokens that are exactly one of ``words``.

        The same tokens :func:`tokens` finds over the whole text, found by searching
        for each word and tokenising only the run of non-space characters around it
        (a token never holds a space), instead of tokenising the whole text.
        """
        text = self.text
        for word in words:
            found = text.find(word)
            while found >= 0:
                start = found
                while start > 0 and not text[start - 1].isspace():
                    start -= 1
                end = found + len(word)
                while end < len(text) and not text[end].isspace():
                    end += 1
                for t_start, t_end in self.analysis.words_in(start, end):
                    if t_start == found and t_end == found + len(word):
                        yield t_start, t_end
                    if t_start >= found:
                        break
                found = text.find(word, found + 1)

    # -- words ------------------------------------------------------------------

    def _word(self, start: int, end: int) -> str:
        return self.text[start:end]

    def _is_noun(self, word: str) -> bool:
        if word in self.nouns or bare(word) in self.nouns:
            return True
        # جزرها، مواقعها، مناطقه: a noun with its owner's pronoun (a final ه may also be a
        # normalised ة, so the stem must be a noun itself: منطقه is no منطق + ه)
        for suffix in ("هما", "ها", "هم", "نا", "ه"):  # أرضنا: ours too
            if word.endswith(suffix) and len(word) - len(suffix) >= 3:
                stem = bare(word[: -len(suffix)])
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

    # -- claims -----------------------------------------------------------------

    def claims(self) -> list[TerritoryClaim]:
        found: list[tuple[int, int, TerritoryClaim]] = []
        ordered = sorted(
            self.cues,
            key=lambda c: (_kind_of(c) not in DEMANDS, c.label != BEFORE_LABEL, c.start),
        )  # "X سيبقى جزءاً من أراضي Y" is Y's claim over X, not a retention of the part
        negated = [
            (cue.start, self._negated_scope_end(cue.end))
            for cue in self.cues
            if (self._negated(cue.start) and _kind_of(cue) != ClaimKind.WITHDRAWAL_DEMAND)
            or (
                _kind_of(cue) == ClaimKind.RECOGNITION_DEMAND
                and (self._any_of(cue) or self._refused(cue.start))
            )
        ]  # لن تعترف بسيادة روسيا على …، يرفض أي اعتراف بالسيادة …، ترفض الاعتراف باستقلال
        # …: nothing inside is claimed
        self._found = found
        for cue in ordered:
            around = [c for s, e, c in found if s <= cue.start < e]
            if (
                around
                and not (all(c.kind in HOLDING_TOLD for c in around) and self._held_inside(cue))
                and not self._relative_annexation(cue, around)
            ):
                continue  # describes the territory of another claim (التي ضمتها)
            if any(s < cue.start < e for s, e in negated):
                continue
            for claim_range, claim in self._claims_at(cue):
                found.append((*claim_range, claim))
        found.extend(self._subject_to_control())
        found.extend(self._handed_over())
        found.extend(self._declared_independence())
        found.extend(self._held_remainder())
        found = self._measured_shares(found)
        found.sort(key=lambda item: item[0])
        # a claim in the title told again in the body is coded where the body says it in
        # full: of one kind and territory the body's is kept
        title_end = self._title_end()
        found.sort(key=lambda item: item[0] < title_end)
        unique: dict[tuple[str, ...], TerritoryClaim] = {}
        shared = {  # territories whose shares are told: held by several sides
            self._territory_key(c.territory)
            for _, _, c in found
            if c.kind == ClaimKind.CONTROL and c.share_percent is not None
        }
        for _, _, claim in found:
            key: tuple[str, ...] = (claim.kind.value, self._territory_key(claim.territory))
            if (
                claim.kind == ClaimKind.CONTROL and claim.claimant is not None and key[1] in shared
            ):  # تدير الهند 55% من الإقليم وتسيطر باكستان على 30%: one claim per holder
                key = (*key, "shared", claim.claimant.id or claim.claimant.text)
            if claim.claimant is not None and claim.claimant.name == claim.territory.name:
                key = (*key, "itself")  # ترانسنيستريا دولة قائمة: not Moldova's claim over it
            unique.setdefault(key, claim)
        return sorted(unique.values(), key=lambda c: c.evidence.start)

    def _title_end(self) -> int:
        """Where the title ends: the end of the first line of the article (past page
        boilerplate such as a breadcrumb) when it ends in no full stop and more lines follow (a
        page or a wire story opens with its headline); 0 when there is none."""
        text = self.text
        start = 0
        while start < len(text):
            end = text.find("\n", start)
            if end < 0:
                return 0  # the last line: no title above a body
            line = text[start:end].strip()
            if line and segment_label(self.analysis, self.analysis.span(start, end)) is not None:
                return 0 if line.endswith(".") or not text[end:].strip() else end
            start = end + 1
        return 0

    def _verbs_told(
        self, verbs: frozenset[str], lasting: frozenset[str] = frozenset()
    ) -> Iterator[tuple[int, int, str]]:
        """Every word of ``verbs`` (after و / ف too) told as a fact in an article part:
        its range and segment, skipping boilerplate and negated verbs (a verb of ``lasting``
        keeps its negation: لا تزال, "still")."""
        for v_start, v_end in self.analysis.words:
            word = self._word(v_start, v_end)
            if word not in verbs and not (word[:1] in "وف" and word[1:] in verbs):
                continue
            segment = segment_label(self.analysis, self.analysis.span(v_start, v_end))
            if segment is None or (
                self._negated(v_start) and word.lstrip("وف") not in lasting
            ):
                continue
            yield v_start, v_end, segment

    def _subject_to_control(self) -> Iterator[tuple[int, int, TerritoryClaim]]:
        """ "تخضع طرابلس ومدن الغرب لسيطرة حكومة الوحدة": a finite verb of being subject
        (`territory_subject_to`), the territory, then لسيطرة and who controls it."""
        verbs = self.analysis.word_set("territory_subject_to")
        becoming = self.analysis.word_set("territory_under_verbs")
        control = normalize_text("لسيطرة")
        beneath = (normalize_text("تحت"), normalize_text("سيطرة"))
        lasting = frozenset(normalize_text(w) for w in ("تزال", "يزال", "زال", "زالت"))
        for v_start, v_end, segment in self._verbs_told(verbs | becoming, lasting):
            sent_start, sent_end = sentence_range(self.analysis, v_start)
            words = self.analysis.words_in(v_end, min(sent_end, v_end + 80))[:8]
            if self._word(v_start, v_end).lstrip("وف") in verbs:
                under = next((i for i, t in enumerate(words) if self._word(*t) == control), None)
            else:  # باتت المدينة تحت سيطرة الحركة: under its control, the verb no cue of its own
                under = next(
                    (
                        i
                        for i in range(1, len(words) - 1)
                        if (self._word(*words[i]), self._word(*words[i + 1])) == beneath
                    ),
                    None,
                )
                if under is not None:
                    words = words[: under + 1] + words[under + 2 :]  # تحت سيطرة as one
            if under is None or has_break(self.text, v_end, words[under][0]):
                continue
            if under == 0:
                # أربع قرى … تقول إنها تخضع لسيطرة أرمينيا: the subject told before the verb
                phrase = self._antecedent(sent_start, v_start)
            else:
                phrase = self._phrase(words[0][0], words[under][0])
            controller = self._actor_at(words[under][1] + 1, 12)
            if phrase is None or controller is None:
                continue
            evidence = (v_start, controller[1])
            claim = self._record(
                ClaimKind.CONTROL, phrase, controller, None, None, evidence, segment
            )
            yield (*evidence, claim)

    def _declared_independence(self) -> Iterator[tuple[int, int, TerritoryClaim]]:
        """ "أعلنت الحركة عام 2012 استقلال إقليم أزواد"، "الإقليم الذي أعلن انفصاله عن الصومال
        عام 1991"، "أعلنت كوسوفو استقلالها عن صربيا": a declared independence or secession
        (`territory_declaring` + `territory_independence`) is the sovereignty claim of the place
        over itself: the place named after the noun, or, with a pronoun, the actor after the
        verb or the last place before it in its sentence (no capital)."""
        verbs = self.analysis.word_set("territory_declaring")
        nouns = self.analysis.word_set("territory_independence")
        for v_start, v_end, segment in self._verbs_told(verbs):
            sent_start, sent_end = sentence_range(self.analysis, v_start)
            words = self.analysis.words_in(v_end, min(sent_end, v_end + 80))[:5]
            at = next(
                (
                    i
                    for i, t in enumerate(words)
                    if any(self._word(*t).startswith(n) for n in nouns)
                    and not has_break(self.text, v_end, t[0])
                ),
                None,
            )
            if at is None:
                continue
            noun = self._word(*words[at])
            place: tuple[int, int, Entity] | None = None
            if noun in nouns:  # استقلال إقليم أزواد: the place named after it
                phrase = self._phrase(words[at][1], sent_end)
                if phrase is None or not (
                    phrase.territory.name is not None
                    or (
                        len(self.analysis.words_in(phrase.start, phrase.end)) > 1
                        and self._word(phrase.start, phrase.start + 2) != "ال"
                    )
                ):
                    continue  # استقلال القضاء: no place named
                end = phrase.end
            elif noun.endswith(("ها", "ه")):  # استقلالها، انفصاله: the one who declares
                place = self._place_at(v_end + 1)
                if place is None or place[1] > words[at][0]:
                    before = [
                        p
                        for p in self.places
                        if sent_start <= p[0] and p[1] <= v_start and not self._capital(p[2])
                    ]
                    if not before:
                        continue
                    place = before[-1]
                phrase = _Phrase(place[2], place[0], place[1])
                end = words[at][1]
            else:
                continue
            match = YEAR.search(self.text, v_start, min(sent_end, end + 40))
            year = int(match.group(1)) if match else None
            evidence = (v_start, end)
            claim = self._record(
                ClaimKind.SOVEREIGNTY_CLAIM, phrase, None, None, year, evidence, segment
            )
            yield (*evidence, attrs.evolve(claim, claimant=phrase.territory))

    def _handed_over(self) -> Iterator[tuple[int, int, TerritoryClaim]]:
        """ "سلّمت يريفان أربع قرى حدودية في منطقة قازاخ إلى باكو": a past verb of handing over
        (`territory_handed`), who hands, the territory, then إلى and the country (or capital)
        that receives it, which controls it from then on."""
        verbs = self.analysis.word_set("territory_handed")
        for v_start, v_end, segment in self._verbs_told(verbs):
            sent_start, sent_end = sentence_range(self.analysis, v_start)
            giver = self._place_at(v_end + 1) or self._actor_at(v_end + 1, 1)
            after = giver[1] if giver is not None else v_end
            if giver is None:  # أرمينيا أعادت أربع قرى إلى أذربيجان: the giver before the verb
                before = self.analysis.words_in(max(sent_start, v_start - 40), v_start)[-2:]
                if before and self._word(*before[-1]) == "قد":  # أرمينيا قد أعادت
                    before = before[:-1]
                if before:
                    giver = self._place_at(before[-1][0]) or self._actor_at(before[-1][0], 1)
            if giver is None:
                continue
            after = self._after_dated(after, sent_end)  # سلّمت يريفان في مايو 2024 أربع قرى …
            words = self.analysis.words_in(after, min(sent_end, after + 100))[:10]
            to = next((i for i, t in enumerate(words) if self._word(*t) == "الي"), None)
            if not to or to + 1 >= len(words) or has_break(self.text, v_end, words[to][0]):
                continue
            receiver = self._place_at(words[to + 1][0])
            if receiver is None or not (
                receiver[2].kind == EntityKind.COUNTRY or self._capital(receiver[2])
            ):
                continue
            phrase = self._phrase(words[0][0], words[to][0])
            if phrase is None:
                continue
            evidence = (v_start, receiver[1])
            year = self._year(evidence, sent_start)
            claim = self._record(ClaimKind.CONTROL, phrase, receiver, None, year, evidence, segment)
            yield (*evidence, claim)

    def _after_dated(self, position: int, limit: int) -> int:
        """Past a time phrase right at ``position`` (في مايو 2024، في سبتمبر الماضي): في and a
        date that starts right after it; else ``position``."""
        spans = self.analysis.words_in(position, limit)[:2]
        if (
            len(spans) < 2
            or self._word(*spans[0]) != "في"
            or has_break(self.text, position, spans[1][0])
        ):
            return position
        for date in self.analysis.dates:
            d_start, d_end = norm_range(self.analysis, date.span)
            if d_start == spans[1][0]:
                return d_end
        return position

    def _measured_shares(
        self, found: list[tuple[int, int, TerritoryClaim]]
    ) -> list[tuple[int, int, TerritoryClaim]]:
        """A share of an area measured after a control told in the same sentence.

        "المناطق التي لا يزال يسيطر عليها داخل الإقليم، والتي تقدر بنحو 40% من مساحته"،
        "ليرتفع حجم المساحة الخاضعة لسيطرته إلى نحو 55% من مساحة الإقليم": a verb of
        measuring (`territory_measuring`) up to seven words before a percentage, in the same
        clause, then من and the area (مساحة X, or مساحته: the territory told before); a
        control cue or noun of control (سيطرته) before the percentage in the sentence. The
        claim is control of that territory with that share, held by whoever holds the land
        described; a control of the described land with no name and no share is that same
        claim, told again, and gives way to it.
        """
        if not self.percents:
            return found
        measuring = self.analysis.word_set("territory_measuring")
        area = normalize_text("مساحة")
        holds = [
            c
            for c in self.cues
            if _kind_of(c) in (ClaimKind.CONTROL, ClaimKind.RETENTION_DEMAND)
            and not self._negated(c.start)
        ]
        for p_start, p_end, quantity in self.percents:
            sent_start, sent_end = sentence_range(self.analysis, p_start)
            before = self.analysis.words_in(max(sent_start, p_start - 120), p_start)[-7:]
            verb = next(
                (
                    t
                    for t in reversed(before)
                    if not has_break(self.text, t[1], p_start)
                    and (
                        self._word(*t) in measuring
                        or (self._word(*t)[:1] in "وفل" and self._word(*t)[1:] in measuring)
                    )
                ),
                None,
            )
            if verb is None:
                continue
            told = [c for c in holds if sent_start <= c.start < p_start]
            held_noun = next(
                (
                    t
                    for t in reversed(self.analysis.words_in(sent_start, p_start))
                    if bare(self._word(*t)) in self.controllers
                    or self._word(*t)[1:] in self.controllers
                ),
                None,
            )
            if not told and held_noun is None:
                continue
            after = self.analysis.words_in(p_end, min(sent_end, p_end + 40))[:2]
            if len(after) < 2 or self._word(*after[0]) != "من":
                continue
            if has_break(self.text, p_end, after[1][0]):
                continue
            word = self._word(*after[1])
            if word in AREA_PRONOUNS:
                antecedent = self._antecedent(sent_start, verb[0])
                if antecedent is None:
                    continue
                phrase = _Phrase(antecedent.territory, antecedent.start, after[1][1])
            else:
                start = after[1][1] if bare(word) == area else after[1][0]
                read = self._phrase(start, sent_end)
                if read is None:
                    continue
                phrase = read
            share = float(quantity.value)
            first = max([c.start for c in told] + ([held_noun[0]] if held_noun else []))
            if not self._clause_goes_on(first, verb[0]):
                continue  # …، وتشكل المدن الكبرى نحو 10% من مساحتها: another clause's share
            if any(
                c.kind == ClaimKind.CONTROL and c.share_percent == share and s < p_end and first < e
                for s, e, c in found
            ):
                continue  # read already with its cue (تسيطر على نحو 40% من مساحته)
            segment = segment_label(self.analysis, self.analysis.span(verb[0], p_end))
            if segment is None:
                continue
            cue = next((c for c in told if c.start == first), None)
            claimant = (self._actor_at(cue.end) if cue is not None else None) or (
                self._claimant_before(first, sent_start)
            )
            evidence = (first, max(phrase.end, after[1][1]))
            found = [
                item
                for item in found
                if not (
                    item[2].kind == ClaimKind.CONTROL
                    and item[2].share_percent is None
                    and item[2].territory.id is None
                    and item[0] <= first < item[1]
                    and self._same_land(item[2].territory, phrase.territory)
                )
            ]  # المناطق التي لا يزال يسيطر عليها: the land described, now measured
            year = self._year(evidence, sent_start)
            claim = self._record(
                ClaimKind.CONTROL, phrase, claimant, share, year, evidence, segment
            )
            found.append((*evidence, claim))
        return found

    def _clause_goes_on(self, start: int, end: int) -> bool:
        """Whether the words from ``start`` to ``end`` are one clause, or a comma between opens
        a relative clause on the same land (داخل الإقليم، والتي تقدر …)."""
        words = self.analysis.words_in(start, end)
        for (_, previous_end), (t_start, t_end) in itertools.pairwise(words):
            if has_break(self.text, previous_end, t_start):
                word = self._word(t_start, t_end)
                if word not in RELATIVES and not (word[:1] == "و" and word[1:] in RELATIVES):
                    return False
        return not words or not has_break(self.text, words[-1][1], end)

    def _same_land(self, told: Entity, measured: Entity) -> bool:
        """Whether a control told with no share is the land a share measures: the same words
        (الجزيرة، شمال الجزيرة) or land described by a relative clause (المناطق التي لا يزال
        يسيطر عليها) inside the territory measured."""
        t_start, t_end = norm_range(self.analysis, told.span)
        m_start, m_end = norm_range(self.analysis, measured.span)
        if t_start < m_end and m_start < t_end:
            return True
        return any(self._word(*t) in RELATIVES for t in self.analysis.words_in(t_start, t_end))

    def _held_remainder(self) -> Iterator[tuple[int, int, TerritoryClaim]]:
        """ "تتمسك كييف بما بقي تحت سيطرتها": a verb of holding on (`territory_holding`) with
        what is under one's control (بما + a verb + تحت + سيطرتها) is a retention demand of
        that land, the words from ما to the noun of control its territory."""
        holding = self.holding
        controllers = self.controllers
        words = self.analysis.words
        for index, (v_start, v_end) in enumerate(words):
            word = self._word(v_start, v_end)
            if word not in holding and bare(word) not in holding:
                continue
            at = next(  # the subject may stand between (تتمسك كييف بما …)
                (
                    i
                    for i in range(index + 1, min(len(words) - 3, index + 5))
                    if self._word(*words[i]) == normalize_text("بما")
                ),
                None,
            )
            if at is None:
                held = self._held_directly(index)
                if held is not None:
                    yield held
                continue
            what, _, under, noun = words[at : at + 4]
            if (
                self._word(*what) != normalize_text("بما")
                or self._word(*under) != normalize_text("تحت")
                or self._word(*noun) not in controllers
                or has_break(self.text, v_end, noun[1])
                or self._negated(v_start)
            ):
                continue
            segment = segment_label(self.analysis, self.analysis.span(v_start, noun[1]))
            if segment is None:
                continue
            start = what[0] + 1  # ما بقي تحت سيطرتها, without the preposition
            phrase = _Phrase(self._descriptive(start, noun[1]), start, noun[1])
            sent_start, _ = sentence_range(self.analysis, v_start)
            claimant = next(
                (p for p in self.actors + self.places if v_end < p[0] < what[0]), None
            ) or self._claimant_before(v_start, sent_start)  # تتمسك كييف: a capital, its state
            evidence = (v_start, noun[1])
            claim = self._record(
                ClaimKind.RETENTION_DEMAND, phrase, claimant, None, None, evidence, segment
            )
            yield (*evidence, claim)

    def _held_directly(self, index: int) -> tuple[int, int, TerritoryClaim] | None:
        """ "تمسكت موسكو بـ"المقاطعات الأربع""، "يتمسك الجيش بمدينة الفاشر": a verb of holding
        on (`territory_holding`, تمسك only: تصر takes على) with its subject and then ب and a
        territory right after is a retention demand of it; held on to something else
        (تتمسك بمطلب …، بموقفها) it is none."""
        words = self.analysis.words
        v_start, v_end = words[index]
        if "تمسك" not in self._word(v_start, v_end) or self._negated(v_start):
            return None
        sent_start, sent_end = sentence_range(self.analysis, v_start)
        subject = self._place_at(v_end + 1) or self._actor_at(v_end + 1, 1)
        following = [t for t in words[index + 1 : index + 8] if subject is None or t[0] >= subject[1]]
        if subject is None and following and not self._word(*following[0]).startswith("ب"):
            following = following[1:]  # يتمسك الجيش بـ …: a subject that names no entity
        for t_start, t_end in following[:1]:
            if has_break(self.text, v_end, t_start):
                return None
            if not self._word(t_start, t_end).startswith("ب"):
                return None
            phrase = self._phrase(t_start, sent_end)
            if phrase is None or phrase.start > t_start + 2:
                return None  # يتمسك بمطلب انسحاب … من المدينة: the territory is another's
            segment = segment_label(self.analysis, self.analysis.span(v_start, phrase.end))
            if segment is None:
                return None
            claimant = subject or self._claimant_before(v_start, sent_start)
            evidence = (v_start, phrase.end)
            claim = self._record(
                ClaimKind.RETENTION_DEMAND, phrase, claimant, None, None, evidence, segment
            )
            return (*evidence, claim)
        return None

    def _territory_key(self, territory: Entity) -> str:
        """What makes two territories one: the id, a definite counted noun's count
        (النقاط الخمس، المواقع الخمسة، التلال الخمس: the five told in the article), or the text."""
        if territory.id is None:
            start, end = norm_range(self.analysis, territory.span)
            words = self.analysis.words_in(start, end)[:2]
            if len(words) == 2 and self._word(*words[0]).lstrip("وف").startswith("ال"):
                for q_start, q_end, quantity in self._numbers:
                    if (q_start, q_end) == words[1] and not quantity.percent:
                        return f"#{quantity.value}"
        return _territory_key(territory)

    def _keeps_now(self, cue: Cue) -> bool:
        """Whether a verb of keeping tells what one holds, no demand to keep it.

        A present or past verb (`territory_keeping_now`: تحتفظ تركيا بعشرات القواعد، يحتفظ
        الجيش بالمدينة، أبقت الدولة قواتها في …) that no word of demanding or wanting governs
        is a control, whatever is kept; the future (ستحتفظ) and a demand or wish (تريد
        الاحتفاظ، تصر على أن تحتفظ) keep it a retention demand.
        """
        if cue.word not in self.analysis.word_set("territory_keeping_now"):
            return False
        wishes = self.demands | (self.analysis.word_set("territory_wishes") - PARTICLES)
        present = self.text[cue.start : cue.end].lstrip("و").startswith(("ت", "ي", "ن"))
        if present and self._preceded_by(
            cue.start, self.analysis.word_set("territory_wishes") & PARTICLES, within=1
        ):
            return False  # أن تحتفظ، كي تحتفظ: the subjunctive right after its particle (أن
            # تركيا تحتفظ, a subject between, is "that": a fact)
        # a past verb after أن is told as a fact (غير أن الدولة أبقت …); held now or then,
        # whatever is kept (لا يزال الجيش يحتفظ بخمس تلال، احتفظت القوات بالمدينة): what is
        # kept must still be a territory, or forces in one
        return not self._preceded_by(cue.start, wishes)

    def _plural_head(self, phrase: _Phrase) -> bool:
        """Whether a plural or dual region noun heads the named territory (مقاطعات دونيتسك …،
        كامل منطقتي دونيتسك ولوغانسك: a quantifier may stand before it)."""
        words = self.analysis.words_in(*norm_range(self.analysis, phrase.territory.span))[:4]
        land = self.analysis.word_set("territory_land_nouns")
        while len(words) > 1 and (
            self._word(*words[0]) in self.quantifiers or bare(self._word(*words[0])) in land
        ):
            words = words[1:]  # كامل أراضي منطقتي X وY: the land of the regions the dual names
        plural = self.analysis.word_set("territory_plural_heads")
        if not words:
            return False
        word = bare(self._word(*words[0]))
        return word in plural or any(
            word.endswith(suffix) and word[: -len(suffix)] in plural for suffix in ("ها", "ه")
        )  # جزرها الثلاث طنب الكبرى وطنب الصغرى

    def _shared_parts(
        self,
        phrase: _Phrase,
        claimant: tuple[int, int, Entity] | None,
        year: int | None,
        limit: int,
        segment: str,
    ) -> Iterator[tuple[tuple[int, int], TerritoryClaim]]:
        """Further shares of control coordinated after a share, each a control claim.

        "تسيطر على أكثر من 99% من مقاطعة لوغانسك، ونحو 77% من دونيتسك"; after the parts
        the share includes: "…، بما في ذلك شبه جزيرة القرم، وقرابة ثلاثة أرباع منطقة
        دونيتسك". An included part with no share of its own is no claim of its own.
        """
        ends = [norm_range(self.analysis, phrase.territory.span)[1], phrase.end]
        included = self._included_share(phrase, limit)
        if included is not None:  # …، بما في ذلك نحو 99% من لوغانسك: a share of its own
            start, share, shared = included
            evidence = (start, shared.end)
            yield (
                evidence,
                self._record(ClaimKind.CONTROL, shared, claimant, share, year, evidence, segment),
            )
            ends = [norm_range(self.analysis, shared.territory.span)[1], shared.end]
        part = self._included_part(phrase, limit)
        if part is not None:
            ends += [norm_range(self.analysis, part.territory.span)[1], part.end]
        for end in ends:
            found = self._coordinated_share(end, limit)
            if found is not None:
                start, share, shared = found
                evidence = (start, shared.end)
                yield (
                    evidence,
                    self._record(
                        ClaimKind.CONTROL, shared, claimant, share, year, evidence, segment
                    ),
                )
                return

    def _included_share(self, phrase: _Phrase, limit: int) -> tuple[int, float, _Phrase] | None:
        """A share right after بما في ذلك / بما فيها following a share of control (…، بما في
        ذلك نحو 99% من لوغانسك): where it starts, the share and its territory."""
        inclusive = next(
            (c for c in self.inclusive if phrase.start <= c.start <= phrase.end + 3), None
        )
        if inclusive is None:
            return None
        words = self.analysis.words_in(inclusive.end, min(limit, inclusive.end + 60))[:4]
        starts = {t[0] for t in words if self._word(*t) in self.share_words} | (
            {words[0][0]} if words else set()
        )
        for p_start, p_end, quantity in self.percents:
            if p_start in starts or (words and words[0][0] <= p_start <= words[-1][0]):
                shared = self._share_of(p_end, limit)
                if shared is None:
                    return None
                return words[0][0], float(quantity.value), shared
        return None

    def _share_of(self, end: int, limit: int) -> _Phrase | None:
        """The territory a percentage ending at ``end`` is a share of: من right after it and a
        territory phrase (٪30 من مساحة الإقليم); None without either."""
        after = self.analysis.words_in(end, min(limit, end + 30))[:1]
        if not after or self._word(*after[0]) != "من":
            return None
        return self._phrase(after[0][1], limit)

    def _coordinated_share(self, position: int, limit: int) -> tuple[int, float, _Phrase] | None:
        """ "و" + a share + its territory right after ``position`` (، ونحو 77% من دونيتسك).

        The share is a percentage with من, or a fraction in words (ثلاثة أرباع منطقة …).
        """
        spans = self.analysis.words_in(position, min(limit, position + 80))[:5]
        if not spans or not self._word(*spans[0]).startswith("و"):
            return None
        gap = self.text[position : spans[0][0]]
        if _full_stop_in(gap) or gap.count(",") > 1:
            return None
        index = 0
        first = self._word(*spans[0])[1:]
        if first in self.share_words:
            index = 1  # ونحو، وقرابة
            while index < len(spans) and self._word(*spans[index]) in self.share_words:
                index += 1  # وما يقارب
        if index >= len(spans):
            return None
        t_start = spans[index][0] if index else spans[0][0] + 1
        starts = {t_start, spans[0][0] + 1}  # a quantity holds its hedge: (و)قرابة 85%
        for p_start, p_end, quantity in self.percents:
            if p_start in starts:
                shared = self._share_of(p_end, limit)
                if shared is None:
                    return None
                return spans[0][0], float(quantity.value), shared
        for q_start, q_end, quantity in self._numbers:
            if q_start in starts and not quantity.percent:
                after = self.analysis.words_in(q_end, min(limit, q_end + 30))[:1]
                parts = {normalize_text("أرباع"): 25.0, normalize_text("أخماس"): 20.0}
                if after and self._word(*after[0]) in parts:
                    shared = self._phrase(after[0][1], limit)  # ثلاثة أرباع منطقة دونيتسك
                    if shared is not None:
                        share = float(quantity.value) * parts[self._word(*after[0])]
                        return spans[0][0], share, shared
                return None
        word = self._word(*spans[index]) if index else first
        if word in FRACTIONS and index + 1 < len(spans):
            shared = self._phrase(spans[index + 1][0], limit)  # ونصف الإقليم
            if shared is not None:
                return spans[0][0], FRACTIONS[word], shared
        return None

    def _own_land(self, phrase: _Phrase) -> bool:
        """Whether the territory is someone's whole land told by a pronoun (أراضيها، أرضه)."""
        if phrase.territory.id is not None:
            return False
        words = self.analysis.words_in(phrase.start, phrase.end)
        return bool(words) and bare(self._word(*words[0])) in self.analysis.word_set(
            "territory_own_land"
        )

    def _recognised_object(self, position: int, limit: int) -> int:
        """Where the object of a recognition starts: its word with ب, past the subject of
        the verb (تعترف كييف والعالم بهذه المناطق), adjectives and who recognises (لاعتراف
        فعلي" من بلغراد باستقلال كوسوفو). A name that starts with ب (بلغراد) is no object.
        """
        spans = self.analysis.words_in(position, min(limit, position + 80))[:6]
        for index, (t_start, t_end) in enumerate(spans):
            if has_break(self.text, position, t_start):
                break
            word = self._word(t_start, t_end)
            entity = next((e for e in self._entities if e[0] == t_start), None)
            if word.startswith("ب") and len(word) > 2 and entity is None:
                return t_start
            if word == "ب" and index + 1 < len(spans):
                return spans[index + 1][0]  # بـ«السيادة الروسية»: ب written apart, then quoted
            if self._is_noun(word) or (word in PREPOSITIONS and word != "من"):
                break
        return position

    def _recognised_line(self, position: int, limit: int) -> _Phrase | None:
        """A line recognised as a border (الاعتراف بخط دوراند حدوداً دولية، بالخط الأزرق حدوداً
        نهائية): the line word with ب, the words that name it, then the border it is to be in
        the accusative. A line named by no word (بالخط حدوداً) or recognised as nothing said
        (الاعتراف بخط التماس) is none; a border itself (بحدود 1960) is a territory noun."""
        spans = self.analysis.words_in(position, min(limit, position + 80))[:6]
        border = normalize_text("حدود")
        lines = self.analysis.word_set("territory_lines") - {border}
        if len(spans) < 3:
            return None
        first = self._word(*spans[0])
        if not first.startswith("ب") or bare(first) not in lines:
            return None
        for index in range(1, len(spans)):
            t_start, t_end = spans[index]
            word = self._word(t_start, t_end)
            if has_break(self.text, spans[index - 1][1], t_start) or word in PREPOSITIONS:
                return None
            if (
                index > 1
                and bare(word) == border
                and word.endswith("ا")
                and not word.startswith(("ال", "وال"))
            ):
                start, end = spans[0][0] + 1, spans[index - 1][1]
                return _Phrase(self._descriptive(start, end), start, t_end)
        return None

    def _sovereignty_over(self, position: int, limit: int) -> int:
        """Past whose sovereignty is recognised to what it is over: الاعتراف بسيادة روسيا على
        شبه جزيرة القرم، بالسيادة المغربية على الصحراء (the territory is after على)."""
        spans = self.analysis.words_in(position, min(limit, position + 60))[:5]
        sovereignty = normalize_text("سيادة")
        if not spans:
            return position
        first = bare(self._word(*spans[0]))
        owned = first.removesuffix("ها").removesuffix("ه").removesuffix("هم").removesuffix("نا")
        if first != sovereignty and owned != sovereignty[:-1] + "ت":
            return position  # بسيادة روسيا، بسيادتها: whose sovereignty, then على
        for t_start, t_end in spans[1:]:
            if has_break(self.text, position, t_start):
                break
            if self._word(t_start, t_end) == "علي":
                return t_end
        return position

    def _shared_before(self, sent_start: int, cue_start: int, end: int) -> _Phrase | None:
        """The territory of the last share of control told before in the sentence, for a
        share with no territory of its own (بينما تسيطر باكستان على نحو 30%)."""
        earlier = [
            c
            for s, e, c in self._found
            if sent_start <= s
            and e <= cue_start
            and c.kind == ClaimKind.CONTROL
            and c.share_percent is not None
        ]
        if not earlier:
            return None
        return _Phrase(earlier[-1].territory, end, end)

    def _rest_held(
        self, phrase: _Phrase, limit: int
    ) -> tuple[tuple[int, int], tuple[int, int, Entity], float | None, _Phrase] | None:
        """Another side named after و holding the rest or a share of a territory shared, with
        the verb left out: "…، والصين على ما تبقى"، "…، وباكستان (على) نحو 30 في المئة" (of the
        same territory, or of the one after من). Returns the evidence, that side, its share
        and its territory."""
        words = self.analysis.words_in(phrase.end, min(limit, phrase.end + 80))[:8]
        if len(words) < 3 or not self._word(*words[0]).startswith("و"):
            return None
        if _full_stop_in(self.text[phrase.end : words[0][0]]):
            return None
        holder = self._actor_at(words[0][0] + 1, 0)
        if holder is None:
            return None
        index = next((i for i, t in enumerate(words) if t[0] >= holder[1]), None)
        if index is None or has_break(self.text, holder[1], words[index][0]):
            return None
        on = self._word(*words[index]) == "علي"
        if on:
            index += 1
        if index >= len(words):
            return None
        hedged = index
        while hedged < len(words) - 1 and self._word(*words[hedged]) in self.share_words:
            hedged += 1  # نحو، قرابة، ما يقارب: a quantity holds its hedge
        for p_start, p_end, quantity in self.percents:
            if words[index][0] <= p_start <= words[hedged][0]:
                after = self.analysis.words_in(p_end, min(limit, p_end + 30))[:1]
                own = None
                if after and self._word(*after[0]) == "من":
                    own = self._phrase(after[0][1], limit)  # وباكستان نحو 30% من الشمال
                    if own is None:
                        return None
                end = own.end if own is not None else p_end
                return (words[0][0], end), holder, float(quantity.value), own or phrase
        if not on:
            return None
        rest = {normalize_text(w) for w in ("ما تبقى", "ما تبقي", "الباقي", "البقية", "ما بقي")}
        one = self._word(*words[index])
        two = f"{one} {self._word(*words[index + 1])}" if index + 1 < len(words) else one
        for said, last in ((two, index + 1), (one, index)):
            if said in rest and last < len(words):
                return (words[0][0], words[last][1]), holder, None, phrase
        return None

    def _forces_before(self, cue: Cue) -> bool:
        """Whether forces stand before a participle of deployment as its subject (قوات أجنبية
        منتشرة في …، لا تزال قوات إريترية منتشرة في …): within four words of its clause, the
        participle without the article (القوات المنتشرة في … describes them)."""
        if self.text[cue.start : cue.end].lstrip("و").startswith("ال"):
            return False
        forces = {bare(f) for f in self.forces}
        for t_start, t_end in reversed(
            self.analysis.words_in(max(0, cue.start - 60), cue.start)[-4:]
        ):
            if has_break(self.text, t_end, cue.start):
                return False
            word = self._word(t_start, t_end)
            if bare(word) in forces or _possessive_forces(word, forces):
                return True
        return False

    def _neutral_forces(self, cue: Cue, phrase: _Phrase, sent_start: int) -> bool:
        """Whether the forces deployed are nobody's side (قوات حفظ السلام تنتشر في نحو 10% من
        …): a word of ``territory_neutral_forces`` in the clause of the verb of deploying, the
        three words before it or what stands between it and its place."""
        neutral = self.analysis.word_set("territory_neutral_forces")
        before = self.analysis.words_in(max(sent_start, cue.start - 60), cue.start)[-3:]
        spans = before + self.analysis.words_in(cue.end, phrase.start)
        return any(bare(self._word(*t)) in {bare(n) for n in neutral} for t in spans)

    def _forces_deployed(self, start: int, end: int) -> bool:
        """Whether forces are named between a verb of deploying and its place (ينتشر الجيش
        حالياً في …، تنتشر قواتها في …)."""
        forces = {bare(f) for f in self.forces}
        return any(
            bare(self._word(*t)) in forces or _possessive_forces(self._word(*t), forces)
            for t in self.analysis.words_in(start, end)
        )

    def _joined_to(
        self, annexed: tuple[int, int, Entity], limit: int
    ) -> tuple[int, int, Entity] | None:
        """The country a place is joined to after إلى (ضم قبرص إلى اليونان), or None: the
        place right after the verbal noun is then its object, the country its annexer."""
        after = self.analysis.words_in(annexed[1], min(limit, annexed[1] + 30))[:2]
        if len(after) < 2 or self._word(*after[0]) != "الي":
            return None
        if has_break(self.text, annexed[1], after[1][0]):
            return None
        joined = self._place_at(after[1][0])
        if joined is None or joined[2].kind != EntityKind.COUNTRY:
            return None
        return joined

    def _handed_end(self, phrase: _Phrase) -> int | None:
        """Where the object of handing over ends: before an adverb of completeness or the
        receiver after ل (تسليم المدينة بالكامل للسلطات المركزية، إعادة البلدات للجيش)."""
        words = self.analysis.words_in(phrase.start, phrase.end)
        for t_start, t_end in words[1:]:
            word = self._word(t_start, t_end)
            if word in self.full_words or word.startswith("لل"):
                return len(self.text[:t_start].rstrip())
        return None

    def _ceding(self, cue: Cue) -> bool:
        """Whether a cue is a verb of ceding or handing over, negated or not (لن نتخلى عن،
        التنازل عن، تسليم): its verbs are the first words of `territory_cession` and
        `territory_withdrawal_direct`."""
        verbs = {
            phrase.split()[0]
            for name in ("territory_cession", "territory_withdrawal_direct", "territory_return")
            for phrase in self.analysis.lexicon(name)
        }
        return any(part in verbs for part in cue.word.split())

    def _whole_own_land(self, phrase: _Phrase) -> bool:
        """Whether the territory is only one's own land, with no part of it named: a slogan of
        the whole country, no territory in dispute.

        The land is told by a pronoun (أرضنا، أراضيها، ترابه) or as the state's (أراضي الدولة،
        أرض الوطن); a measure of how little (``territory_slogan_measures``: شبر، ذرة تراب، أي
        جزء) or its unity (وحدة أراضيها) may stand before it with or without من, and more of
        one's own after أو / و (أراضيها أو مياهها الإقليمية) with adjectives after it. A named
        place, a territory noun of another kind or a direction makes it a territory named.
        """
        if phrase.territory.id is not None:
            return False
        words = [
            self._word(*w)
            for w in self.analysis.words_in(*norm_range(self.analysis, phrase.territory.span))
        ]
        measures = self.analysis.word_set("territory_slogan_measures")
        stems = {normalize_text(w) for w in ("أرض", "أراضي", "تراب", "أراض")}
        wholes = {normalize_text(w) for w in ("الدولة", "البلاد", "الوطن")}

        def own(word: str) -> bool:
            return any(
                word.endswith(suffix) and len(word) > len(suffix) + 2
                for suffix in ("هما", "هم", "ها", "نا", "كم", "ه")
            ) and not word.startswith("ال")

        index = 0
        while index < len(words) and (
            bare(words[index]) in measures or words[index] in ("من", "اي", "كل")
        ):
            index += 1
        if index == len(words):
            return False
        first = words[index]
        if first[:1] in "وبل" and not any(first.startswith(stem) for stem in stems):
            first = first[1:]  # بأرضنا، وأراضيها
        if own(first) and any(first.startswith(stem) for stem in stems):
            index += 1
        elif first in stems and index + 1 < len(words) and words[index + 1] in wholes:
            index += 2
        else:
            return False
        for word in words[index:]:  # أو مياهها الإقليمية: more of one's own, adjectives
            stem = word.removeprefix("و")
            if word == "او" or (own(stem) and not self._is_noun(stem)):
                continue
            if stem.startswith("ال") and bare(stem) not in self.nouns | self.directions:
                continue  # الإقليمية: an adjective (its ة normalised to ه is no pronoun)
            return False
        return True

    def _included_part(self, phrase: _Phrase, limit: int) -> _Phrase | None:
        """The part named after بما في ذلك / بما فيها right after a territory, or None.

        A place or territory phrase, else the words up to the next clause break (الشمال).
        """
        inclusive = next(
            (c for c in self.inclusive if phrase.start <= c.start <= phrase.end + 3), None
        )
        if inclusive is None:
            return None
        part = self._phrase(inclusive.end, limit)
        if part is not None:
            return part
        words = []
        for t_start, t_end in self.analysis.words_in(inclusive.end, limit)[:3]:
            if has_break(self.text, inclusive.end, t_start):
                break
            words.append((t_start, t_end))
        if not words or not self._word(*words[0]).startswith("ال"):
            return None
        return _Phrase(self._descriptive(words[0][0], words[-1][1]), words[0][0], words[-1][1])

    def _held_inside(self, cue: Cue) -> bool:
        """Whether a control cue inside a withdrawal demand tells who holds the territory.

        "لانسحاب إسرائيل من التلال الخمس التي لا تزال تحتلها": a verb of control with
        the territory's pronoun, told as still lasting or with its subject named after it
        (التي تسيطر عليها روسيا), tells the fact the demand rests on, a claim of its own
        (with neither, من كل المناطق التي تحتلها, it describes);
        an annexation there (المناطق التي ضمتها), or a control inside another kind of
        claim, only names the territory.
        """
        written = self.text[cue.start : cue.end]
        after = cue.end
        kept = self.analysis.words_in(cue.end, min(len(self.text), cue.end + 12))[:1]
        if (  # التلال الخمس التي احتفظ بها الجيش: a keeping told, the holding
            _kind_of(cue) == ClaimKind.RETENTION_DEMAND
            and cue.word in self.analysis.word_set("territory_keeping_now")
            and kept
            and self._word(*kept[0]) in OBJECT_PRONOUNS
        ):
            written, after = self._word(*kept[0]), kept[0][1]
        elif _kind_of(cue) != ClaimKind.CONTROL or not (
            written.endswith(("ها", "عليه")) or self._noun_right_before(cue.start)
        ):
            return False
        if self._actor_at(after) is None and not self._preceded_by(
            cue.start, self.analysis.word_set("territory_still"), within=2
        ):
            return False  # انسحاب الحركة من كل المناطق التي تحتلها: the territory, described
        # الانسحاب من الأجزاء التي لا تزال تسيطر عليها: the parts the withdrawing side
        # holds of its own land, described, no claim
        head = self.analysis.words_in(max(0, cue.start - 60), cue.start)
        relative = [i for i, t in enumerate(head) if self._word(*t) in ("التي", "الذي")]
        if relative and relative[-1] > 0:
            noun = bare(self._word(*head[relative[-1] - 1]))
            return noun not in self.analysis.word_set("territory_held_parts")
        return True

    def _referred_to(self, position: int, limit: int) -> _Phrase | None:
        """The territory a vague object is said to refer to: "في إشارة إلى" (or "في إشارة
        الى") within eight words after ``position``, past a closing quote and a comma, then a
        territory phrase ("يجب أن يعترف بالواقع الجديد"، في إشارة إلى مقاطعات …). The phrase
        keeps its own start; the claim's evidence runs to its end."""
        words = self.analysis.words_in(position, min(limit, position + 120))[:11]
        hint = normalize_text("إشارة")
        for index in range(len(words) - 2):
            if _full_stop_in(self.text[position : words[index][0]]):
                return None
            if (
                self._word(*words[index]) == "في"
                and self._word(*words[index + 1]) == hint
                and self._word(*words[index + 2]) == "الي"
            ):
                return self._phrase(words[index + 2][1], limit)
        return None

    def _described(self, phrase: _Phrase | None) -> bool:
        """Whether a territory with no name is told by a relative clause (المناطق التي حررها)."""
        return phrase is not None and any(
            self._word(*t) in RELATIVES for t in self.analysis.words_in(phrase.start, phrase.end)
        )

    def _any_of(self, cue: Cue) -> bool:
        """Whether "any" (`territory_any`: أي، أية) quantifies the cue: within three words
        before it (أي اعتراف، أي نية لإعادة احتلال), unless the cue is an indefinite noun in
        the accusative, the object of a verb after "any" and its own noun (أن يتضمن أي اتفاق
        نهائي اعترافاً صريحاً بـ …: the agreement is any, the recognition is demanded)."""
        words = self.analysis.word_set("territory_any")
        if not self._preceded_by(cue.start, words):
            return False
        written = self.text[cue.start : cue.end]
        before = self.analysis.words_in(max(0, cue.start - 20), cue.start)[-1:]
        accusative = (
            written.endswith("ا")
            and not written.startswith(("ال", "بال", "وال"))
            and not (before and self._word(*before[0]) in words)
        )
        return not accusative

    def _part_as_object(self, cue: Cue) -> bool:
        """Whether a cue of a part (جزء من أراضيها) stands as a noun phrase, not a predicate:
        a quantifier or a preposition right before it (عن أي جزء من أراضيها، على كل جزء من …)."""
        if not cue.word.startswith(normalize_text("جزء")):
            return False
        before = self.analysis.words_in(max(0, cue.start - 20), cue.start)[-1:]
        if not before or has_break(self.text, before[0][1], cue.start):
            return False
        word = self._word(*before[0])
        return word in PREPOSITIONS or word in self.quantifiers or word == normalize_text("أي")

    def _owned_noun(self, word: str) -> str | None:
        """The verbal noun of withdrawing a listed word is, with a pronoun of the third person
        (انسحابه → انسحاب، مغادرتها → مغادرة: whose withdrawal), or None; a noun ending in ة
        (مغادرة) has none."""
        for suffix in ("هما", "هم", "ها", "ه"):
            stem = word.removesuffix(suffix)
            if stem == word:
                continue
            if stem in self.withdrawal_words:
                return stem
            if stem.endswith("ت") and stem[:-1] + "ه" in self.withdrawal_words:
                return stem[:-1] + "ه"
        return None

    def _relative_annexation(self, cue: Cue, around: list[TerritoryClaim]) -> bool:
        """Whether an annexation cue is a relative clause of its own about the territory
        before it: "المناطق الثلاث التي أعلنت ضمها عام 2014"، "التي ضمتها الدولة X".

        The verb carries the territory's pronoun and a relative pronoun stands at most
        three words before it (a verb of declaring and its subject may come between).
        Inside another claim (a demand to recognise the territory, its control, a
        withdrawal from it) an annexation told as declared (التي أعلنت ضمها) or with its
        date (التي ضمتها عام 2014) is an event told, a claim of its own; a bare one
        (بالانسحاب من المناطق التي ضمتها روسيا), or a dated one inside a demand to keep
        the land (ستحتفظ بالأراضي التي ضمتها عام 2022), only says which land is meant.
        """
        if _kind_of(cue) != ClaimKind.ANNEXATION:
            return False
        if not self.text[cue.start : cue.end].endswith(("ها", "ه", "هما")):
            return False
        declaring = self.analysis.word_set("territory_declaring")
        declared = False
        before = self.analysis.words_in(max(0, cue.start - 50), cue.start)[-3:]
        for t_start, t_end in reversed(before):
            if has_break(self.text, t_end, cue.start):
                return False
            word = self._word(t_start, t_end)
            declared = declared or word.lstrip("وف") in declaring
            if word in RELATIVES:
                if declared:
                    return True
                retained = any(c.kind == ClaimKind.RETENTION_DEMAND for c in around)
                return self._dated_after(cue.end) and not retained
        return False

    def _past_year_after(self, position: int, limit: int) -> bool:
        """Whether the clause goes on, right after ``position``, with a year that is past
        (عام 2019، في 2019، في مايو 2019; before the publication year when it is known):
        what was told happened then. A deadline (بحلول عام 2027، قبل نهاية 2026) is no past."""
        when = frozenset(normalize_text(w) for w in ("عام", "العام", "في", "سنة", "خلال"))
        published = self.analysis.document.published
        for t_start, t_end in self.analysis.words_in(position, min(limit, position + 40))[:3]:
            if has_break(self.text, position, t_start):
                return False
            word = self._word(t_start, t_end)
            if YEAR.fullmatch(word):
                return published is None or int(word) < published.year
            if word == normalize_text("خلال") or (
                word not in when and t_start not in self.date_starts
            ):
                return False
        return False

    def _dated_after(self, position: int) -> bool:
        """Whether a date or a year begins within four words after ``position``, in the same
        clause (ضمتها عام 2014، ضمتها موسكو في سبتمبر 2022)."""
        for t_start, t_end in self.analysis.words_in(position, min(len(self.text), position + 60))[:4]:
            if has_break(self.text, position, t_start):
                return False
            if t_start in self.date_starts or YEAR.fullmatch(self._word(t_start, t_end)):
                return True
        return False

    def _claims_at(self, cue: Cue) -> Iterator[tuple[tuple[int, int], TerritoryClaim]]:
        text = self.text
        kind = _kind_of(cue)
        segment = segment_label(self.analysis, self.analysis.span(cue.start, cue.end))
        if segment is None:
            return
        written = self.text[cue.start : cue.end]
        if self._preceded_by(cue.start, QUESTION_WHETHER, 3):
            return  # هل تنسحب تركيا من شمال العراق؟ a question asked, nothing claimed
        if cue.label == PRESENCE_LABEL:
            yield from self._refused_presence(cue, segment)
            return
        returned = cue.word in self.returns
        if (
            returned
            and not self._demanded(cue.start)
            and not self._negated(cue.start)
            and not self._refused(cue.start)
            and not (self.text.startswith("وب", cue.start) and self._demanded_conjunct(cue))
            and not self._preceded_by(  # بلاده تريد استعادة القاعدة: wanted, demanded
                cue.start, self.analysis.word_set("territory_wishes") - PARTICLES, within=1
            )
        ):
            # تطالب يريفان باستعادة جيب …: a return demanded is a withdrawal demanded;
            # a return told as a fact or agreed (موافقة أرمينيا على إعادة …) is none
            return
        if cue.word in self.analysis.word_set(
            "territory_withdrawal_demanded"
        ) | self.analysis.word_set("territory_withdrawal_direct") and not (
            self._demanded(cue.start)
            or self._negated(cue.start)
            or self._refused(cue.start)
            or self._demanded_conjunct(cue)
        ):
            return  # خرجت القوات من المدينة: a leaving told, no demand (يجب أن تخرج القوات من …)
        if (
            kind == ClaimKind.WITHDRAWAL_DEMAND
            and self._told_present(cue)
            and not (
                self._demanded(cue.start)
                or self._negated(cue.start)
                or self._refused(cue.start)
                or self._demanded_conjunct(cue)
            )
        ):
            return  # "جيش X" ينسحب من المدينة، وينسحب الجيش تدريجياً من …: told or planned
        stay_refused = False
        retreat = cue.word in self.analysis.word_set("territory_retreat")
        if retreat and not (self._negated(cue.start) or self._refused(cue.start)):
            return  # تراجعت الأسعار، تراجع عن قراره: a falling back told, nothing kept
        going_back = cue.word in self.analysis.word_set("territory_going_back")
        if going_back and (
            self._negated(cue.start)
            or (
                not bare(cue.word).startswith(normalize_text("عودة")[:3])
                and not (self._demanded(cue.start) or self._demanded_conjunct(cue))
            )
        ):
            return  # عادت القوات إلى خطوطها: a going back told; لن تعود إلى …: none kept
        if going_back and self.text.startswith("و", cue.start):
            sent_start = sentence_range(self.analysis, cue.start)[0]
            if any(
                c.kind == ClaimKind.WITHDRAWAL_DEMAND and sent_start <= s < cue.start
                for s, _, c in self._found
            ):  # بانسحاب القوات من المنطقة العازلة، والعودة إلى خطوط 1974: where the forces
                return  # withdrawn go, the same demand, whose territory is the one left
        if not returned and (
            kind == ClaimKind.WITHDRAWAL_DEMAND
            and written.endswith(("ها", "هم", "هما", "ه"))
            and (
                not cue.word.endswith(("ها", "هم", "هما", "ه"))
                or self._owned_noun(cue.word) is not None
            )
            and not self._demanded(cue.start)
        ):
            return  # انسحابها من المدينة: its own withdrawal, told as a fact (تطالب بانسحابها
            # من …: the one named before must withdraw, a demand)
        if (
            kind == ClaimKind.WITHDRAWAL_DEMAND
            and self._preceded_by(cue.start, self.analysis.word_set("territory_topics"), 2)
            and not self._refused(cue.start)  # لن تناقش موسكو إعادة المحطة: refused
        ):
            return  # اجتماع يبحث الانسحاب من …: the topic of talks, no one's demand
        if (
            kind == ClaimKind.WITHDRAWAL_DEMAND
            and self._preceded_by(cue.start, self.analysis.word_set("territory_timetables"), 2)
            and not self._demanded(cue.start)
        ):
            return  # دون التوصل إلى جدول زمني لانسحاب القوات: a timetable talked of
        if kind == ClaimKind.WITHDRAWAL_DEMAND and self._onset_before(cue.start):
            return  # أعلن بدء سحب مقاتليه من …: a withdrawal under way, told as a fact
        if (
            kind == ClaimKind.RETENTION_DEMAND
            and cue.word.startswith("باق")
            and written.startswith(("ال", "وال"))
        ):
            return  # القوات الباقية في …: a participle with the article describes the forces
        if kind in (*VERB_KINDS, ClaimKind.RECOGNITION_DEMAND) and self._any_of(
            cue
        ):  # يرفض أي اعتراف قانوني بالسيادة الروسية: none in particular
            return  # نفت أي نية لإعادة احتلال المنطقة: any occupation, none told
        if kind == ClaimKind.RECOGNITION_DEMAND and self._refused(cue.start):
            return  # ترفض صربيا الاعتراف باستقلال كوسوفو: refused, demanded by none here
        if self._negated(cue.start):
            if kind != ClaimKind.WITHDRAWAL_DEMAND:
                return
            kind = ClaimKind.RETENTION_DEMAND  # لن تنسحب من مدينة الفاشر: it keeps it
        elif kind == ClaimKind.WITHDRAWAL_DEMAND and (
            self._refused(cue.start) or self._talk_refused(cue.start)
        ):
            kind = ClaimKind.RETENTION_DEMAND  # ترفض إسرائيل الانسحاب من محور فيلادلفيا
        elif (
            kind == ClaimKind.RETENTION_DEMAND
            and any(noun in cue.word.split()[0] for noun in STAYING)  # ببقاء، البقاء، الإبقاء
            and self._refused(cue.start)
        ):  # لن نقبل ببقاء القوات الأجنبية في …، ترفض بقاء القوات في …: the stay refused,
            kind = ClaimKind.WITHDRAWAL_DEMAND  # their leaving demanded
            stay_refused = True
        if kind == ClaimKind.CONTROL and self._preceded_by(cue.start, self.holding):
            kind = ClaimKind.RETENTION_DEMAND  # تتمسك إسرائيل بالسيطرة على محور فيلادلفيا
        if kind == ClaimKind.CONTROL and self._occupier(cue):
            return  # قوات الاحتلال: the other side's name, no claim
        if kind in (ClaimKind.WITHDRAWAL_DEMAND, ClaimKind.RETENTION_DEMAND):
            after_cue = (  # بانسحاب فوري منها
                self._after_adjectives(cue.end)
                if kind == ClaimKind.WITHDRAWAL_DEMAND and self._demanded(cue.start)
                else self.analysis.words_in(cue.end, min(len(self.text), cue.end + 12))[:1]
            )
            if returned and cue.word.endswith(("تها", "ته", "تهم", "عها", "عه")):
                yield from self._pronoun_object_claim(cue, kind, segment, cue.end)
                return  # طالبت باكو بإعادتها
            if cue.word.split()[-1] in OBJECT_PRONOUNS:
                yield from self._pronoun_object_claim(cue, kind, segment, cue.end)
                return  # يقول الجيش إنه سيبقى فيها: the territory told before
            if (
                not returned
                and after_cue
                and not has_break(self.text, cue.end, after_cue[0][0])
                and self._word(*after_cue[0]) in OBJECT_PRONOUNS
            ):  # منطقة عازلة تريد إسرائيل الاحتفاظ بها: the pronoun names the territory
                held_now = kind == ClaimKind.RETENTION_DEMAND and self._keeps_now(cue)
                yield from self._pronoun_object_claim(
                    cue, ClaimKind.CONTROL if held_now else kind, segment, after_cue[0][1]
                )  # التلال التي احتفظ بها الجيش: kept, told as a fact, held
                return
        if kind == ClaimKind.RETENTION_DEMAND and self._occupier_stays(cue):
            return  # ترى حماس في بقاء الاحتلال في رفح انتهاكاً: the other side's presence
        if kind == ClaimKind.RETENTION_DEMAND and self._copula(cue):
            return  # سيبقى خاضعاً للسيادة …: "remains", not "keeps"
        if cue.word in self.analysis.word_set("territory_cession") or (
            kind == ClaimKind.RETENTION_DEMAND and cue.word.endswith(" عن")
        ):  # لن تتخلى عن حق شعب X في تقرير مصيره: the right given up, as with التنازل عن
            ceded = self.analysis.words_in(cue.end, min(len(self.text), cue.end + 20))[:1]
            rights = self.analysis.word_set("territory_ceded_rights")
            if ceded and bare(self._word(*ceded[0])) in rights | {bare(w) for w in rights}:
                return  # لن تتنازل عن حق السكان في تقرير مصيرهم: a right, no territory
        if kind == ClaimKind.RECOGNITION_DEMAND:
            after_cue = self.analysis.words_in(cue.end, min(len(self.text), cue.end + 24))[:2]
            if (
                len(after_cue) == 2
                and self._word(*after_cue[0]) in OBJECT_PRONOUNS
                and bare(self._word(*after_cue[1])) == normalize_text("دولة")
            ):  # تطالب بريشتينا صربيا بالاعتراف بها دولة مستقلة: its own state
                yield from self._recognised_state(cue, after_cue[0], segment)
                return
        if (
            kind == ClaimKind.RECOGNITION_DEMAND
            and cue.word not in self.granting  # تعترف أرمينيا بـ: a finite verb and its subject
            and self._recogniser_after(cue.end)
            and not self._demanded(cue.start)
            and not self._preceded_by(
                cue.start, self.analysis.word_set("territory_wishes") - PARTICLES, within=7
            )  # تريد إسرائيل أن يتضمن الاتفاق اعترافاً سورياً بـ …: wanted, a demand
        ):
            return  # الاعتراف الإسرائيلي بالإقليم: one country's recognition, told, no demand
        if kind == ClaimKind.RECOGNITION_DEMAND and self._granted(cue):
            yield from self._granted_claim(cue, segment)
            return
        if cue.label == BEFORE_LABEL:
            if self._part_as_object(cue):
                return  # ترفض التنازل عن أي جزء من أراضيها: a part ceded, nothing predicated
            yield from self._claim_before(cue, segment)
            return
        if cue.label == STATEHOOD_LABEL:
            place = self._place_at(cue.start)
            if place is not None:  # ترانسنيستريا دولة قائمة: the place claims itself
                itself = _Phrase(place[2], place[0], place[1])
                sent_start, _ = sentence_range(self.analysis, cue.start)
                evidence = (cue.start, cue.end)
                year = self._year(evidence, sent_start)
                claim = self._record(kind, itself, None, None, year, evidence, segment)
                yield evidence, attrs.evolve(claim, claimant=place[2])
            return
        sent_start, sent_end = sentence_range(self.analysis, cue.start)
        claimant: tuple[int, int, Entity] | None = None
        share: float | None = None
        if cue.word in self.controllers:
            over = self._controlled_over(cue)
            if over is None:
                return  # تحت سيطرتها: the pronoun is who controls, the territory is not named
            cue = Cue(cue.start, over, self.text[cue.start : over], cue.label)
            # تفرض سيطرتها شبه الكاملة على …، بسطت سيطرتها الإدارية والأمنية على …
        if self.text[cue.start : cue.end].endswith(("ها", "عليه", "ضمه", "ضمته")) and (
            kind in VERB_KINDS
        ):  # ضمها، ضمه (الجولان): the pronoun names the territory
            yield from self._relative_claim(cue, kind, segment, sent_start, sent_end)
            return
        position = cue.end
        if kind in VERB_KINDS:
            claimant = self._actor_at(position) or self._capital_subject(position, sent_end)
            if claimant is not None:
                position = claimant[1]
        if kind == ClaimKind.ANNEXATION and claimant is not None:
            joined = self._joined_to(claimant, sent_end)
            if joined is not None:  # ضم قبرص إلى اليونان: Cyprus joined to Greece, by Greece
                evidence = (cue.start, joined[1])
                land = _Phrase(claimant[2], claimant[0], claimant[1])
                year = self._year(evidence, sent_start)
                yield evidence, self._record(kind, land, joined, None, year, evidence, segment)
                return
        if kind == ClaimKind.SOVEREIGNTY_CLAIM and not cue.word.endswith("علي"):
            over = self._after_subject(position, sent_end)  # السيادة المغربية على الصحراء
            after_words = self.analysis.words_in(over, sent_end)[:1]
            if not after_words or self._word(*after_words[0]) != "علي":
                return  # تحت السيادة المغربية: whose sovereignty, over no territory named
            owner = [a for a in self.actors + self.places if position <= a[0] and a[1] <= over]
            if owner and (owner[0][2].kind == EntityKind.COUNTRY or self._capital(owner[0][2])):
                claimant = owner[0]  # سيادة كوسوفو على …: the one whose sovereignty it is
            position = over
        if kind == ClaimKind.CONTROL and cue.word in self.analysis.word_set("territory_regaining"):
            subject = self._place_at(position + 1)
            if (
                subject is not None
                and (subject[2].kind == EntityKind.COUNTRY or self._capital(subject[2]))
                and not has_break(text, position, subject[0])
            ):
                position = subject[1]  # استعادت كييف …: the one who regains, not the land
        if kind == ClaimKind.CONTROL and cue.word in self.analysis.word_set("territory_deploying"):
            for t_start, t_end in self.analysis.words_in(position, sent_end)[:8]:
                if has_break(text, position, t_start):
                    break
                if self._word(t_start, t_end) in ("في", "علي"):  # ينتشر نحو 30 ألف جندي تركي في …
                    position = t_start  # the forces, counted, stand before في (or على: تنتشر
                    break  # على أكثر من نصف مساحة القطاع، على طول الحدود)
        if kind == ClaimKind.CONTROL:
            for p_start, p_end, quantity in self.percents:
                if position <= p_start <= position + 20 and not has_break(text, position, p_start):
                    share, position = float(quantity.value), p_end  # يحتل نحو 20% من …
                    break
            first = self.analysis.words_in(position, sent_end)[:1]
            forces = {bare(f) for f in self.forces}
            if (
                share is None
                and first
                and not cue.word.endswith(("علي", "عليها"))
                and bare(self._word(*first[0])) in forces
            ):  # تحتل القوات التلال الخمس: forces named by no entity, then what they hold
                past = self._skip_forces(position, sent_end, True)
                if past is not None and self._word(*self.analysis.words_in(past, sent_end)[0]) != "علي":
                    position = past
            if share is None and not cue.word.endswith(("علي", "عليها")):
                subject_end = position
                position = self._after_subject(position, sent_end)  # سيطرت القوات على …
                on = self.analysis.words_in(position, sent_end)[:1]
                if cue.word in self.construct and (
                    position == subject_end or not on or self._word(*on[0]) != "علي"
                ):
                    return  # تحت سيطرة القوات: whose control, over no territory named
                # تسيطر جبهة X على نحو 20% من …، تسيطر فعلياً على ما بين 53 و58 في المئة من …:
                # the share within على and four words of hedging after it (ما بين 53 و58)
                reach = position
                for index, (t_start, t_end) in enumerate(
                    self.analysis.words_in(position, sent_end)[:5]
                ):
                    word = self._word(t_start, t_end)
                    if index and (
                        self._is_noun(word)
                        or self._place_at(t_start) is not None
                        or word.lstrip("و") in PREPOSITIONS
                    ):
                        break  # على مدينة كركوك وعلى نحو 40% من …: the share of the next object
                    reach = t_end
                for p_start, p_end, quantity in self.percents:
                    if position <= p_start <= max(position + 8, reach):
                        share, position = float(quantity.value), p_end
                        break
            position = self._skip_since_and_area(position, sent_end)
            if share is None:
                position, share = self._share_words(position, sent_end)
            for full in self.full:
                if position <= full.start <= position + 3:
                    share, position = 100.0, full.end
        if (
            cue.word in self.analysis.word_set("territory_deploying")
            and not self._forces_deployed(cue.end, position)
            # قواته ما زالت تنتشر على أكثر من نصف مساحة القطاع: forces before over a share
            # hold it; counted troops before (سبعة آلاف جندي ينتشرون داخل …) tell a presence
            and not (share is not None and self._forces_before(cue))
        ):
            return  # ينتشر الفيروس في …: deploying counts only for forces (ينتشر الجيش في …)
        if share is None and cue.word in self.analysis.word_set("territory_administering"):
            return  # تدير شؤون البلاد: administering is control only with a share of land
        if kind in (ClaimKind.WITHDRAWAL_DEMAND, ClaimKind.RETENTION_DEMAND):
            direct = stay_refused or (
                kind == ClaimKind.RETENTION_DEMAND and cue.word not in self.withdrawal_words
            )
            subject = self._place_at(position + 1)
            if (
                cue.word in FINITE_HANDING
                and subject is not None
                and (subject[2].kind == EntityKind.COUNTRY or self._capital(subject[2]))
                and not has_break(text, position, subject[0])
            ):
                position = subject[1]  # تسلّم موسكو جثث …: the one who hands or receives
            # عودة حقول النفط إلى سيطرة الدولة: the territory itself goes back to a state
            back_to = self._back_to_state(position, sent_end) if going_back else None
            to_state = back_to is not None
            if back_to is not None:
                kind = back_to  # إلى إدارة الإقليم: to be the region's, a recognition demand
            skipped = (
                self._retreated_from(position, sent_end)
                if retreat
                else position
                if to_state
                else self._skip_forces(
                    position,
                    sent_end,
                    direct
                    or cue.word in DIRECT_WITHDRAWAL
                    or self._owned_noun(cue.word) in DIRECT_WITHDRAWAL  # بمغادرتها المدينة
                    or cue.word in self.analysis.word_set("territory_withdrawal_direct")
                    or cue.word in self.returns,
                    kind == ClaimKind.WITHDRAWAL_DEMAND
                    and cue.word in self.analysis.word_set("territory_transitive_withdrawal"),
                )
            )  # ستبقي قواتها في …، رفض الانسحاب من …
            if skipped is None:
                if (
                    kind == ClaimKind.WITHDRAWAL_DEMAND
                    and cue.word in self.withdrawal_words
                    and written.endswith(("ها", "هم", "هما", "ه"))
                    and self._demanded(cue.start)
                    and not self._from_after(cue.end, sent_end)
                ):  # يتمركز جنود تركيا في الشمال. نحن نطالب بانسحابهم: from where they are
                    # the pronoun is who withdraws: the territory is where they were told to
                    # hold or be, in the clause of that verb
                    held = self._held_before(cue.start, sent_start)
                    if held is not None:
                        claimant = self._claimant_before(cue.start, sent_start)
                        evidence = (cue.start, cue.end)
                        yield evidence, self._record(
                            kind, held, claimant, None, None, evidence, segment
                        )
                return
            if going_back and not to_state and self._word(
                *(self.analysis.words_in(max(0, skipped - 12), skipped)[-1:] or [(0, 0)])[0]
            ) not in ("الي", "وراء"):
                return  # عودة النازحين إلى قراهم، عودة اللاجئين من …: no line gone back to
            position = skipped
            after_from = self.analysis.words_in(skipped, sent_end)[1:2]  # من نحو 200 كيلومتر مربع من …
            if after_from and self._word(*self.analysis.words_in(skipped, sent_end)[0]) == "من":
                position = max(position, self._skip_since_and_area(after_from[0][0], sent_end))
                if position == after_from[0][0]:
                    position = skipped
        # لن نتراجع عن حقوقنا في …: what is fallen back from comes first, or is no territory
        skip = MAX_SKIP if kind in WIDE_KINDS and not retreat else 0
        excepted = self.analysis.words_in(position, sent_end)[:1]
        if excepted and self._word(*excepted[0]) == "الا":
            position = excepted[0][1]  # لا تحتل إلا مدينة …: what it holds, and no more
        if kind == ClaimKind.RECOGNITION_DEMAND:
            position = self._recognised_object(position, sent_end)
            position = self._sovereignty_over(position, sent_end)
            ahead = self.analysis.words_in(position, sent_end)[: skip + 1]
            if any(self._word(*t) in RELATIVES for t in ahead[1:]):
                skip += 2  # بالإدارات المدنية التي أنشأتها في الإقليمين: the relative pronoun
                # and its verb stand between what is recognised and where
        pronoun_share = (
            self._pronoun_share(position, sent_end) if kind in VERB_KINDS else None
        )
        if pronoun_share is not None:
            # الجزيرة، التي تحتل نيامي نصفها الشمالي: the relative's head; else the land told
            # before (تسيطر القوات على معظمها)
            before = self.analysis.words_in(max(sent_start, cue.start - 40), cue.start)[-3:]
            if any(self._word(*t) in RELATIVES for t in before):
                yield from self._relative_claim(cue, kind, segment, sent_start, sent_end)
                return
            antecedent = self._antecedent(sent_start, cue.start)
            if antecedent is None:
                return
            share = share if pronoun_share[1] is None else pronoun_share[1]
            evidence = (cue.start, pronoun_share[0])
            if claimant is None:
                claimant = self._claimant_before(cue.start, sent_start)
            year = self._year(evidence, sent_start)
            land = _Phrase(antecedent.territory, antecedent.start, pronoun_share[0])
            yield evidence, self._record(kind, land, claimant, share, year, evidence, segment)
            return
        phrase = (
            self._recognised_line(position, sent_end)
            if kind == ClaimKind.RECOGNITION_DEMAND
            else None
        )  # الاعتراف بخط دوراند حدوداً دولية: the line recognised as a border
        if phrase is None:
            phrase = self._phrase(position, sent_end, skip)
        if phrase is None and kind == ClaimKind.CONTROL and share is not None:
            phrase = self._shared_before(sent_start, cue.start, position)
            # وتدير الهند 55% من الإقليم، بينما تسيطر باكستان على نحو 30%: the same territory
        if (
            kind in (ClaimKind.RECOGNITION_DEMAND, ClaimKind.WITHDRAWAL_DEMAND)
            or (kind == ClaimKind.RETENTION_DEMAND and self._described(phrase))
        ) and (phrase is None or phrase.territory.id is None):
            # a retention of a territory told by a relative clause too (لن يتخلى عن المناطق
            # التي حررها»، في إشارة إلى بلدة X); one's own land stays (عن شبر من أراضيها)
            referred = self._referred_to(phrase.end if phrase is not None else position, sent_end)
            if referred is not None:  # "يجب أن يعترف بالواقع الجديد"، في إشارة إلى مقاطعات …
                phrase = referred
        if phrase is None:
            return
        first_word = self.analysis.words_in(phrase.start, phrase.end)[:1]
        if first_word and self._word(*first_word[0]) in AREA_PRONOUNS:
            # تسيطر على قرابة 37% من مساحتها: the area of the territory told before
            antecedent = self._antecedent(sent_start, cue.start)
            if antecedent is not None:
                phrase = _Phrase(antecedent.territory, antecedent.start, phrase.end)
        if (
            kind == ClaimKind.RETENTION_DEMAND
            and cue.word.startswith(normalize_text("أبق"))
            and cue.word in self.analysis.word_set("territory_keeping_now")
            and not self._forces_deployed(cue.end, phrase.start)
        ):
            return  # أبقت الحكومة على الحدود مغلقة: kept as it was, no forces kept there
        if (
            kind == ClaimKind.RETENTION_DEMAND
            and "حتفظ" in cue.word
            and self._kept_elsewhere(position, phrase.start)
        ):
            return  # تحتفظ القوات الجوية بطائرات حديثة في قاعدة …: what is kept is no territory
        if (
            kind == ClaimKind.RETENTION_DEMAND
            and "بق" in cue.word
            and phrase.territory.id is not None
            and self._capital(phrase.territory)
        ):
            return  # ما إذا كانت الجولة ستبقى في أبوظبي: a venue, where no side keeps forces
        if returned:
            after = self.analysis.words_in(phrase.end, min(sent_end, phrase.end + 30))[:2]
            restoration = self.analysis.word_set("territory_restoration")
            if (
                len(after) == 2
                and self._word(*after[0]) == "الي"
                and bare(self._word(*after[1])) in restoration
            ):
                return  # إعادة المدينة القديمة إلى سابق عهدها: restored, not handed back
            if (
                kind == ClaimKind.WITHDRAWAL_DEMAND
                and len(after) == 2
                and self._word(*after[0]) == "الي"
                and not has_break(self.text, phrase.end, after[1][0])
                and self._regional(after[1])
            ):  # بإعادة أرخبيل X إلى المنطقة، إلى إقليم Y: to be counted the region's
                kind = ClaimKind.RECOGNITION_DEMAND
        if (
            (kind == ClaimKind.RETENTION_DEMAND and self._ceding(cue)) or stay_refused
        ) and self._whole_own_land(phrase):  # لن نقبل ببقاء أي جندي على أرضنا: a slogan too
            return  # لن نتنازل عن شبر من أرضنا: one's whole land, no territory in dispute named
        if returned or cue.word in self.analysis.word_set("territory_withdrawal_direct"):
            handed = self._handed_end(phrase)
            if handed is not None:  # بتسليم المدينة بالكامل للسلطات المركزية: what is handed
                phrase = self._phrase(position, handed, skip) or phrase
        if kind == ClaimKind.RECOGNITION_DEMAND and self._recognised_as_other(phrase):
            return  # الاعتراف بكوريا الشمالية دولةً نووية: a status, no territory
        if kind == ClaimKind.WITHDRAWAL_DEMAND:
            # إلى خطوط الثامن من ديسمبر، أي من المنطقة العازلة: "that is" names what is left
            meant = self._that_is(phrase.end, sent_end)
            if meant is not None:
                phrase = meant
            if (
                not returned
                and not self._demanded(cue.start)
                and not self._refused(cue.start)
                and self._past_year_after(
                    norm_range(self.analysis, phrase.territory.span)[1], sent_end
                )
            ):
                return  # بعد انسحاب قوات حفظ السلام من الإقليم عام 2019: an event told, no demand
        if kind in VERB_KINDS and any(
            _kind_of(other) in VERB_KINDS and cue.end <= other.start < phrase.start
            for other in self.cues
        ):
            return  # استعاد الجيش السيطرة على …: the noun of control after the verb reads it
        if kind in VERB_KINDS and self._resumptive(cue, phrase):
            # إقليم جوبا، الذي تسيطر على معظم مناطقه: the pronoun names the relative's head
            yield from self._relative_claim(cue, kind, segment, sent_start, sent_end)
            return
        if claimant is None and cue.word in self.analysis.word_set("territory_deploying"):
            # تنتشر القوات التركية في …، ينتشر نحو 30 ألف جندي تركي في …: whose forces
            claimant = next(
                (a for a in self.actors if cue.end <= a[0] and a[1] <= phrase.start), None
            )
        if claimant is None and kind in DEMANDED_BY:
            claimant = self._demander(cue.start, sent_start)
        if claimant is None:
            claimant = self._claimant_before(cue.start, sent_start)
        if cue.word in self.analysis.word_set(
            "territory_deployed_predicate"
        ) and not self._forces_before(cue):
            return  # الأسلحة منتشرة في …، القوات المنتشرة في …: no forces that hold a place
        if (
            kind == ClaimKind.CONTROL
            and any(stem in cue.word for stem in ("نشر", "نتشر"))
            and (
                (claimant is None and (share is None or self._neutral_forces(cue, phrase, sent_start)))
                or (
                    claimant is not None
                    and claimant[2].kind == EntityKind.ORGANIZATION
                    and self._country(claimant[2]).kind != EntityKind.COUNTRY
                )  # الجيش الإسرائيلي ينتشر في …: a state's army holds for its state
            )
        ):
            return  # قوات حفظ السلام التي تنتشر في …: deployed by no side, no one's hold
        if kind == ClaimKind.SOVEREIGNTY_CLAIM and self._own_land(phrase):
            part = self._included_part(phrase, sent_end)
            if part is not None:  # سيادتها على كل شبر من أراضيها، بما في ذلك الشمال
                phrase = part
        if kind == ClaimKind.CONTROL and self._ranked(phrase):
            return  # يحتل أربيل المركز الخامس: a team ranked, no territory held
        if kind == ClaimKind.WITHDRAWAL_DEMAND and self._dismissed(
            norm_range(self.analysis, phrase.territory.span)[0], sent_end
        ):
            kind = ClaimKind.RETENTION_DEMAND  # الانسحاب من المدينة غير مطروح: refused
        if kind == ClaimKind.CONTROL and share is None:
            share = self._share_inside(cue.start, phrase.start)  # سيطرتها الكاملة على
        if kind == ClaimKind.RETENTION_DEMAND and self._keeps_now(cue):
            kind = ClaimKind.CONTROL  # يحتفظ الجيش بسيطرته على الخرطوم: it holds it now
            subject = self._actor_at(cue.end)
            if subject is not None and subject[1] <= phrase.start:
                claimant = subject  # أبقت تركيا قواتها في …: the subject after the verb
        evidence = (cue.start, phrase.end)
        year = self._year(evidence, sent_start) or self._year_after(phrase.end, sent_end)
        listed_all = list(self._listed(phrase, sent_end))  # القرم ودونيتسك ولوغانسك
        if listed_all and self._plural_head(phrase):
            # مقاطعات دونيتسك ولوغانسك وخيرسون: one territory the plural noun names
            end = norm_range(self.analysis, listed_all[-1].territory.span)[1]
            start = norm_range(self.analysis, phrase.territory.span)[0]
            phrase = _Phrase(self._descriptive(start, end), start, max(end, phrase.end))
            evidence = (cue.start, phrase.end)
            listed_all = []
        led = self._led_items(phrase, sent_end)
        if led:  # من المدن والأعيان المدنية، وفي مقدمتها X ومدن Y: the items named, one each
            for item in led:
                item_evidence = (cue.start, norm_range(self.analysis, item.territory.span)[1])
                yield item_evidence, self._record(
                    kind, item, claimant, None, year, item_evidence, segment
                )
            return
        restated = self._share_restated(phrase.end, sent_end) if kind == ClaimKind.CONTROL else None
        if (
            restated is not None
            and share is None
            and restated[2].territory.name is not None
            and restated[2].territory.name == phrase.territory.name
        ):  # على 14 من أصل 17 بلدة في راخين، أي نحو 80% من مساحة الولاية: one claim, its share
            share, evidence = restated[1], (cue.start, restated[2].end)
            restated = None
        yield evidence, self._record(kind, phrase, claimant, share, year, evidence, segment)
        if restated is not None:  # …، أي ما يقارب 70% من مساحة البلاد: the share of the whole
            r_start, r_share, r_phrase = restated
            r_evidence = (r_start, r_phrase.end)
            yield r_evidence, self._record(
                kind, r_phrase, claimant, r_share, year, r_evidence, segment
            )
        if kind == ClaimKind.CONTROL and share is not None and share < 100:
            # further shares: …، ونحو 77% من دونيتسك
            yield from self._shared_parts(phrase, claimant, year, sent_end, segment)
            rest = self._rest_held(phrase, sent_end)
            if rest is not None:  # …، والصين على ما تبقى: the rest held by another side
                rest_evidence, holder, rest_share, held = rest
                yield (
                    rest_evidence,
                    self._record(kind, held, holder, rest_share, year, rest_evidence, segment),
                )
        # named territories in a row, one claim each
        for listed in listed_all:
            evidence = (listed.start, norm_range(self.analysis, listed.territory.span)[1])
            yield evidence, self._record(kind, listed, claimant, share, year, evidence, segment)
        # a coordinated territory: …، بالإضافة إلى شبه جزيرة القرم; held too (تحتل المنطقة
        # العازلة، إضافة إلى قمة جبل الشيخ)
        opened_by = next(  # the preposition the territory was read after (من، على، في)
            (
                self._word(*t)
                for t in self.analysis.words_in(max(0, phrase.start - 8), phrase.start)[-1:]
            ),
            "",
        )
        while kind in DEMANDS or kind == ClaimKind.CONTROL:
            # a bare و after a held territory may bring the next holder (…، والصين على ما تبقى)
            following = self._coordinated(phrase.end, sent_end, kind in DEMANDS)
            if following is None:
                following = self._parallel(phrase.end, sent_end, opened_by)
            if following is None:
                break
            start, phrase = following
            evidence = (start, phrase.end)
            year = self._year(evidence, sent_start)
            yield evidence, self._record(kind, phrase, claimant, None, year, evidence, segment)
            if self._plural_head(phrase):
                continue  # …، وكذلك من مقاطعتي X وY: one territory the plural names
            for listed in self._listed(phrase, sent_end):  # …، وكذلك من X وY: each a claim
                if listed.territory.name is None:
                    break  # … ومواقع في ريف X: a described remainder of the list told
                l_evidence = (listed.start, norm_range(self.analysis, listed.territory.span)[1])
                yield l_evidence, self._record(
                    kind, listed, claimant, None, year, l_evidence, segment
                )

    def _parallel(self, position: int, limit: int, preposition: str) -> tuple[int, _Phrase] | None:
        """A territory after a comma and و with the preposition of the one before told again
        (من المنطقة العازلة التي توغلت فيها بعد ديسمبر، ومن قمة جبل الشيخ): a parallel object,
        past a time or a clause that ends the territory before (عقب سقوط النظام في ديسمبر/
        كانون الأول 2024), within twelve words and with no other cue between."""
        if preposition not in ("من", "علي", "في"):
            return None
        spans = self.analysis.words_in(position, min(limit, position + 160))[:12]
        cue_starts = {c.start for c in self.cues}
        for t_start, t_end in spans:
            if _full_stop_in(self.text[position:t_start]) or t_start in cue_starts:
                return None
            if (
                self._word(t_start, t_end) == "و" + preposition
                and "," in self.text[position:t_start][-3:]
            ):
                phrase = self._phrase(t_end, limit)
                if phrase is None or phrase.start > t_end + 2:
                    return None
                return t_start, phrase
        return None

    def _after_adjectives(self, position: int) -> list[tuple[int, int]]:
        """The first word after ``position``, or the pronoun object up to three words on.

        "بانسحاب فوري منها"، "انسحاب إسرائيلي كامل منها"، "انسحاب القوات منه": adjectives of
        the verbal noun or who withdraws (no preposition, no territory noun) may stand before
        its pronoun object.
        """
        spans = self.analysis.words_in(position, min(len(self.text), position + 60))[:4]
        for index, (t_start, _) in enumerate(spans):
            if has_break(self.text, position, t_start):
                break
            word = self._word(*spans[index])
            if word in OBJECT_PRONOUNS:
                return spans[index : index + 1]
            if word in LEADING_PREPOSITIONS or self._is_noun(word):
                break
        return spans[:1]

    def _resumptive(self, cue: Cue, phrase: _Phrase) -> bool:
        """Whether the territory noun carries a pronoun naming a relative clause's head.

        "الذي تسيطر على معظم مناطقه": a relative pronoun within two words before the cue,
        and the head of the phrase ends in a pronoun (مناطقه، أراضيها).
        """
        before = self.analysis.words_in(max(0, cue.start - 30), cue.start)[-2:]
        if not any(self._word(*t) in ("التي", "الذي") for t in before):
            return False
        if before and has_break(self.text, before[-1][1], cue.start):
            return False
        if self._state_subject_head(cue) is not None:
            return False  # وإريتريا، التي تسيطر على ساحلها: the state holds its own land
        words = self.analysis.words_in(phrase.start, phrase.end)
        for index, (t_start, t_end) in enumerate(words[:3]):
            word = self._word(t_start, t_end)
            if (
                index + 1 < len(words)
                and self._is_noun(word)
                and self._word(*words[index + 1]) in OBJECT_PRONOUNS
            ):
                return True  # 14 من أصل 17 بلدة فيها: the pronoun after the noun names the head
            if word.startswith(("ال", "وال", "بال", "فال", "لل", "ولل")):
                continue  # العاصمة، المدينة: a noun with the article carries no pronoun (its
                # ة is normalised to ه)
            if word.endswith(("ه", "ها")) and not word.endswith(("يه", "ته")):
                if word.endswith("ها"):
                    stem = word[:-2]
                    if self._is_noun(stem) or self._is_noun(stem.removesuffix("ت") + "ه"):
                        return True
                elif self._is_noun(word[:-1]) or self._is_noun(word[:-1].removesuffix("ت") + "ه"):
                    # مناطقه; a ة written (مساحة، normalised to ه) ends a noun in construct
                    # with the territory after it (من مساحة الإقليم), no pronoun
                    original = self.analysis.slice(self.analysis.span(t_start, t_end))
                    if not original.rstrip().endswith("ة"):
                        return True
        return False

    def _state_subject_head(self, cue: Cue) -> tuple[int, int, Entity] | None:
        """The country a relative pronoun right before a verb of control refers to, when it is
        the verb's subject: no actor follows the verb (إريتريا، التي تسيطر على ساحلها: Eritrea
        holds its coast; أوكرانيا، التي تحتل روسيا أجزاء منها: Russia holds, the state owns)."""
        before = self.analysis.words_in(max(0, cue.start - 40), cue.start)[-3:]
        at = next(
            (i for i in range(len(before) - 1, -1, -1) if self._word(*before[i]) in RELATIVES),
            None,
        )
        if at is None or at == 0 or at < len(before) - 2:
            return None
        if self._actor_at(cue.end) is not None:
            return None
        head = before[at - 1]
        for item in self.places:
            if item[0] <= head[0] < item[1] or (
                head[0] < item[0] < head[1] and not self.text[head[0] : item[0]].strip("وف")
            ):
                return item if item[2].kind == EntityKind.COUNTRY else None
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

    def _occupier_stays(self, cue: Cue) -> bool:
        """Whether the one who stays is named "the occupation" (بقاء الاحتلال، بقاء قوات
        الاحتلال): told by the other side, that is a presence complained of, no demand."""
        after = self.analysis.words_in(cue.end, min(len(self.text), cue.end + 30))[:2]
        if not after or has_break(self.text, cue.end, after[0][0]):
            return False
        occupation = normalize_text("الاحتلال")
        first = self._word(*after[0])
        if first == occupation:
            return True
        return (
            len(after) == 2
            and (first in self.occupier_heads or bare(first) in self.occupier_heads)
            and self._word(*after[1]) == occupation
        )

    def _copula(self, cue: Cue) -> bool:
        """Whether a verb of keeping is the copula "remain" (سيبقى مفتوحاً، يبقى خاضعاً).

        Written without its final yā's dots, سيبقى (remains) is سيبقي (keeps); an
        indefinite accusative adjective right after it is its predicate, no kept object.
        """
        if cue.word not in self.analysis.word_set("territory_copulas"):
            return False
        after = self.analysis.words_in(cue.end, min(len(self.text), cue.end + 30))[:1]
        if not after or has_break(self.text, cue.end, after[0][0]):
            return False
        word = self._word(*after[0])
        if word == normalize_text("تحت"):
            return True  # سيبقى تحت السيادة الأرمنية: where it remains, no kept object
        forces = {bare(f) for f in self.forces}
        if word.lstrip("وف").startswith("ال") and bare(word) not in forces:
            return True  # تبقى الأرض العقدة الكبرى: a subject, where a kept object would be forces
        place = self._place_at(after[0][0])
        if place is not None:  # سيبقى إيسيكيبو قنبلة موقوتة: a place then its predicate
            then = self.analysis.words_in(place[1], min(len(self.text), place[1] + 30))[:1]
            if then and not has_break(self.text, place[1], then[0][0]):
                told = self._word(*then[0])
                return not (
                    told in LEADING_PREPOSITIONS  # ستبقى روسيا في …، تبقي إسرائيل على …
                    or told in OBJECT_PRONOUNS
                    or bare(told) in forces
                    or _possessive_forces(told, forces)  # ستبقي تركيا قواتها في …
                    or any(s <= then[0][0] < e for s, e in self.number_ranges)
                    or self._place_at(then[0][0]) is not None
                )
        kept = (
            self.analysis.word_set("territory_kept_presence")
            | self.forces
            | self.analysis.word_set("territory_deployed")  # ستبقى منتشرة على امتداد المحور
        )
        if (
            not word.startswith(("ال", "ب", "ل"))
            and word not in LEADING_PREPOSITIONS  # سيبقى عند الخط: where the forces stay
            and word not in OBJECT_PRONOUNS
            and bare(word) not in forces
            and bare(word) not in kept
            and word not in kept
            and not any(s <= after[0][0] < e for s, e in self.number_ranges)
            and self._place_at(after[0][0]) is None
            and not _possessive_forces(word, forces)
        ):
            return True  # يبقى منطقة سلام، يبقى وضع الإقليم عالقاً: "remains", a predicate
        return (
            word.endswith("ا")
            and not word.endswith(("ها", "هما", "نا"))  # قواتها: a possessive, the kept object
            and not word.startswith(("ال", "وال"))
            and len(word) > 3
            and not self._is_noun(word)
            and self._place_at(after[0][0]) is None
        )

    def _refused_presence(
        self, cue: Cue, segment: str
    ) -> Iterator[tuple[tuple[int, int], TerritoryClaim]]:
        """A presence of forces refused (لن تقبل بأي وجود عسكري تركي في غرب البلاد، ترفض
        الوجود العسكري الأجنبي في ليبيا): a demand that they leave the territory after في.

        A refusal (``territory_refusal``) or a negated verb of agreeing governs the noun of
        presence (``territory_presence``); up to three words (عسكري، تركي) stand before في.
        """
        words: list[str] = []
        for t_start, t_end in reversed(
            self.analysis.words_in(max(0, cue.start - 40), cue.start)[-3:]
        ):
            if has_break(self.text, t_end, cue.start):
                break
            words.insert(0, self._word(t_start, t_end))
        refused = any(w in self.refusals for w in words) or any(
            _negation(a) and b in self.consents for a, b in itertools.pairwise(words)
        )
        if not refused:
            return
        sent_start, sent_end = sentence_range(self.analysis, cue.start)
        foreign = self.analysis.word_set("territory_foreign")
        named = False  # whose forces: a demonym or "foreign" (تركي، الأجنبي), not any hostile
        for t_start, t_end in self.analysis.words_in(cue.end, min(sent_end, cue.end + 60))[:4]:
            if has_break(self.text, cue.end, t_start):
                return
            word = self._word(t_start, t_end)
            place = self._place_at(t_start)
            named = (
                named
                or bare(word) in foreign
                or (place is not None and place[2].kind == EntityKind.COUNTRY)
            )
            if word == "في" and named:
                phrase = self._phrase(t_end, sent_end)
                if phrase is None:
                    return
                claimant = self._claimant_before(cue.start, sent_start)
                evidence = (cue.start, phrase.end)
                year = self._year(evidence, sent_start)
                yield (
                    evidence,
                    self._record(
                        ClaimKind.WITHDRAWAL_DEMAND, phrase, claimant, None, year, evidence, segment
                    ),
                )
                return

    def _recognised_state(
        self, cue: Cue, pronoun: tuple[int, int], segment: str
    ) -> Iterator[tuple[tuple[int, int], TerritoryClaim]]:
        """A demand to be recognised as a state (تطالب بريشتينا صربيا بالاعتراف بها دولة).

        The pronoun is the demanding side's own country: the country of the actor (or
        capital) right after the word of demanding before the cue, or, with the subject
        first (أرض الصومال تطالب منذ عقود بالاعتراف بها دولة), the one that ends right
        before that word.
        """
        spans = self.analysis.words_in(max(0, cue.start - 100), cue.start)[-8:]
        subject: tuple[int, int, Entity] | None = None
        for index, (t_start, t_end) in enumerate(spans):
            word = self._word(t_start, t_end)
            if not (word in self.demands or bare(word) in self.demands):
                continue
            if index + 1 < len(spans):
                subject = self._actor_at(spans[index + 1][0], 1) or self._place_at(
                    spans[index + 1][0]
                )
            if subject is None:
                subject = next(
                    (
                        e
                        for e in self.actors + self.places
                        if t_start - 2 <= e[1] <= t_start and not has_break(self.text, e[1], t_start)
                    ),
                    None,
                )
        if subject is None or has_break(self.text, subject[1], cue.start):
            return
        country = subject[2]
        if subject[2].kind != EntityKind.PLACE or self._capital(subject[2]):
            country = self._country(subject[2])  # بريشتينا: the state of its capital
            if country.kind != EntityKind.COUNTRY:
                return
        span = self.analysis.span(*pronoun)
        territory = attrs.evolve(country, text=self.analysis.slice(span), span=span)
        evidence = (subject[0], pronoun[1])
        phrase = _Phrase(territory, pronoun[0], pronoun[1])
        yield (
            evidence,
            self._record(
                ClaimKind.RECOGNITION_DEMAND, phrase, subject, None, None, evidence, segment
            ),
        )

    def _demanded(self, position: int) -> bool:
        """Whether a word of demanding governs ``position`` (within seven words, same clause),
        or an obligation does: أن right before, على up to three words before it (وعلى المغرب
        أن يسحب قواته، على الاحتلال أن ينسحب)."""
        words: list[str] = []
        for t_start, t_end in reversed(
            self.analysis.words_in(max(0, position - 90), position)[-7:]
        ):
            if has_break(self.text, t_end, position):
                break
            word = self._word(t_start, t_end)
            if word in self.demands or (len(bare(word)) > 2 and bare(word) in self.demands):
                return True  # (بحث, "to discuss", is no ب + حث)
            if not words and self._conditioned(position):
                return True  # لا سلام دون انسحاب …: a condition, demanded
            words.append(word)
        return bool(words) and words[0] == "ان" and any(w in ("علي", "وعلي") for w in words[1:4])

    def _demanded_conjunct(self, cue: Cue) -> bool:
        """Whether a cue joined by و is the next thing a demand asks for (تطالب كينشاسا بانسحاب
        القوات من أراضيها وتسليم المدن …): a word of demanding earlier in its clause, within
        fifteen words."""
        if not self.text.startswith("و", cue.start):
            return False
        # وبإعادة …: the preposition of the demand told again joins its next object across a
        # comma (تطالب بتجميد النزاع على الخطوط الحالية، وبإعادة المحطة إلى …), not a stop
        repeated = self.text.startswith("وب", cue.start)
        words: list[str] = []
        for t_start, t_end in reversed(
            self.analysis.words_in(max(0, cue.start - 200), cue.start)[-15:]
        ):
            gap = self.text[t_end : cue.start]
            if has_break(self.text, t_end, cue.start) and not (
                repeated
                and not _full_stop_in(gap)
                and gap.count("،") + gap.count(",") <= 1
                and "\n" not in gap
            ):
                break
            words.append(self._word(t_start, t_end))
        return any(
            w in self.demands or (len(bare(w)) > 2 and bare(w) in self.demands) for w in words
        )

    def _pronoun_object_claim(
        self, cue: Cue, kind: ClaimKind, segment: str, end: int, where: bool = False
    ) -> Iterator[tuple[tuple[int, int], TerritoryClaim]]:
        """A cue whose object is a pronoun: the territory is the phrase it refers back to.

        "طالبت باكو بإعادتها"، "منطقة أمنية عازلة تريد إسرائيل الاحتفاظ بها": the last
        territory noun phrase or named place (no country, no capital) before the cue in
        its sentence.
        """
        sent_start, _ = sentence_range(self.analysis, cue.start)
        phrase = self._antecedent(sent_start, cue.start, where)
        earlier = [
            c
            for s, e, c in self._found
            if phrase is not None and sent_start <= s <= phrase.start < e <= cue.start
        ]
        if earlier:  # سيحتفظ بمنطقة عازلة …، رافضاً الانسحاب منها: the territory just claimed
            territory = earlier[-1].territory
            t_start, t_end = norm_range(self.analysis, territory.span)
            phrase = _Phrase(territory, t_start, t_end)
        if phrase is None:
            return
        claimant = self._claimant_before(cue.start, sent_start)
        if claimant is not None and claimant[0] < phrase.end:
            claimant = None  # the territory's own adjective, not who demands
            claimant = self._claimant_between(phrase.end, cue.start)
        # a territory of the sentence before: the evidence is the sentence of the pronoun
        evidence = (phrase.start if phrase.start >= sent_start else cue.start, end)
        year = self._year(evidence, sent_start)
        yield evidence, self._record(kind, phrase, claimant, None, year, evidence, segment)
        joined = self._joined_after_pronoun(end)
        if joined is not None:  # بالانسحاب منها ومن مدينة X: the place joined, a claim too
            j_evidence = (joined[0], joined[1].end)
            yield j_evidence, self._record(
                kind, joined[1], claimant, None, year, j_evidence, segment
            )

    def _joined_after_pronoun(self, end: int) -> tuple[int, _Phrase] | None:
        """A territory joined by و and the pronoun's preposition told again right after a
        preposition with a pronoun that ends at ``end`` (منها ومن مدينة X، فيها وفي X): where
        the joined object starts and its phrase."""
        pronoun = self.analysis.words_in(max(0, end - 8), end)[-1:]
        if not pronoun:
            return None
        word = self._word(*pronoun[0])
        preposition = next(
            (p for p in ("من", "في", "عن") if word.startswith(p) and word in OBJECT_PRONOUNS),
            None,
        )
        following = self.analysis.words_in(end, min(len(self.text), end + 16))[:1]
        if preposition is None or not following:
            return None
        if _full_stop_in(self.text[end : following[0][0]]):
            return None
        if self._word(*following[0]) != "و" + preposition:
            return None
        sent_end = sentence_range(self.analysis, end)[1]
        joined = self._phrase(following[0][1], sent_end)
        if joined is None or joined.start > following[0][1] + 2:
            return None
        return following[0][0], joined

    def _held_before(self, position: int, sent_start: int) -> _Phrase | None:
        """The territory of the last verb of control or deploying before ``position`` in its
        sentence or the one before it in the same paragraph (يتمركز نحو 40 ألف جندي في …، ما
        زالت تسيطر على …): where those whose withdrawal a pronoun then asks are; the last
        territory of that verb's clause, or None."""
        start = sent_start
        if sent_start > 0:
            previous, _ = sentence_range(self.analysis, sent_start - 1)
            if previous < sent_start and "\n" not in self.text[previous:position]:
                start = previous
        holds = [c for c in self.cues if _kind_of(c) == ClaimKind.CONTROL and start <= c.start]
        holds = [c for c in holds if c.end < position and not self._negated(c.start)]
        if not holds:
            return None
        hold = holds[-1]
        clause_end = position
        for t_start, _ in self.analysis.words_in(hold.end, position):
            if has_break(self.text, hold.end, t_start):
                clause_end = t_start
                break
        return self._antecedent_in(hold.start, clause_end, True)

    def _from_after(self, position: int, limit: int) -> bool:
        """Whether من (or من with a pronoun) stands within the four words after ``position``,
        same clause (the withdrawal names where from itself)."""
        for t_start, t_end in self.analysis.words_in(position, limit)[:4]:
            if has_break(self.text, position, t_start):
                return False
            word = self._word(t_start, t_end)
            if word == "من" or word in ("منه", "منها", "منهما", "منهم"):
                return True  # بانسحابها الفوري منهما: from where the pronoun says
        return False

    def _claimant_between(self, start: int, end: int) -> tuple[int, int, Entity] | None:
        found = [a for a in self.actors if start <= a[0] and a[1] <= end]
        return found[-1] if found else None

    def _antecedent(self, sent_start: int, position: int, where: bool = False) -> _Phrase | None:
        """The territory a pronoun at ``position`` refers back to: in its sentence, else, when
        its sentence names none before it, the last one of the sentence before in the same
        paragraph (تسيطر القوات على منطقة X. وتطالب الحكومة بانسحابها منها), the same dozen
        words from the pronoun the farthest it reaches."""
        phrase = self._antecedent_in(sent_start, position, where)
        if phrase is not None or sent_start == 0:
            return phrase
        previous, _ = sentence_range(self.analysis, sent_start - 1)
        if previous >= sent_start or "\n" in self.text[previous:position]:
            return None
        return self._antecedent_in(previous, position, where)

    def _antecedent_in(self, sent_start: int, position: int, where: bool = False) -> _Phrase | None:
        """The territory a pronoun at ``position`` refers back to, from ``sent_start`` on.

        The nearest territory noun with its number and adjectives (أربع قرى حدودية في
        منطقة تافوش، منطقة أمنية عازلة) or named place (no country, no capital standing
        for its state) before ``position``.
        """
        included = [
            c
            for c in self.inclusive
            if sent_start <= c.start < position
            and ("،" in self.text[c.end : position] or "," in self.text[c.end : position])
        ]
        if included:
            # الإقليم، بما فيها المدن الرئيسية، ويعتبره …: the included part is closed, the
            # pronoun names the whole told before it
            position = included[-1].start
        spans = self.analysis.words_in(max(sent_start, position - 200), position)
        # its head within a dozen words: a pronoun reaching further is not followed
        for index in range(len(spans) - 1, max(-1, len(spans) - ANTECEDENT_WORDS - 1), -1):
            t_start, t_end = spans[index]
            word = self._word(t_start, t_end)
            place = self._place_at(t_start)
            if (
                place is not None
                and (place[2].kind == EntityKind.COUNTRY or self._capital(place[2]))
                and not (
                    index > 0
                    and place[2].kind == EntityKind.COUNTRY
                    and bare(self._word(*spans[index - 1])) in self.statehood
                )
            ):
                continue  # a country or a capital acting for it; one whose statehood is in
                # question is a territory (لا تعترف باستقلال كوسوفو، وتعتبرها إقليماً تابعاً لها)
            if place is None and not self._is_noun(word):
                continue
            if place is None and index > 0 and self._predicate_of(spans[index - 1], spans[index]):
                continue  # X أرض صوماليلاندية، ونطالب بالانسحاب منها: the subject X is meant
            if place is not None and index > 0 and bare(self._word(*spans[index - 1])) in {
                bare(f) for f in self.forces
            }:
                continue  # قوات أمهرة: whose forces, not the territory the pronoun names
            first = index
            if place is not None and index > 0 and self._is_noun(self._word(*spans[index - 1])):
                first = index - 1  # منطقة تافوش
            # قرى حدودية في منطقة تافوش: the place where the nouns before it lie; with no
            # territory noun before في (الأسلحة التي صادرتها الشرطة في المنطقة ستحتفظ بها)
            # it is where something else is, not what the pronoun names
            if first > 0 and self._word(*spans[first - 1]) == "في" and not where:
                nouns = [
                    noun
                    for noun in range(first - 2, max(-1, first - 4), -1)
                    if self._is_noun(self._word(*spans[noun]))
                    and not has_break(self.text, spans[noun][1], spans[first][0])
                ]
                if not nouns:
                    return None
                first = nouns[-1]
            if first > 0 and (
                self._word(*spans[first - 1]) in self.quantifiers
                or any(s <= spans[first - 1][0] < e for s, e in self.number_ranges)
            ):
                first -= 1  # أربع قرى
            last = index
            p_end = place[1] if place is not None else t_end
            while last + 1 < len(spans) and not has_break(self.text, p_end, spans[last + 1][0]):
                following = self._word(*spans[last + 1])
                definite = following.startswith("ال") and word.lstrip("وف").startswith("ال")
                if following in ("التي", "الذي") or not (
                    following.endswith(("ه", "يه", "ي")) or definite
                ):
                    break  # adjectives: حدودية، عازلة؛ الجزر الثلاث
                if following.startswith("و") or self._place_at(spans[last + 1][0]) is not None:
                    break
                last += 1
                p_end = spans[last][1]
            start = self._without_preposition(spans[first][0])
            if place is not None and first == index:
                return _Phrase(place[2], place[0], place[1])
            territory = self._descriptive(start, p_end)
            if place is not None and first < index:
                span = self.analysis.span(start, place[1])
                territory = attrs.evolve(place[2], text=self.analysis.slice(span), span=span)
            return _Phrase(territory, start, p_end)
        return None

    def _predicate_of(self, previous: tuple[int, int], token: tuple[int, int]) -> bool:
        """Whether the territory noun ``token`` is the indefinite predicate of a named place
        right before it (X أرض سورية، X منطقة متنازع عليها): no article, no pronoun, no break
        between; a pronoun after it names the place, the subject."""
        if self._definite(token):
            return False
        if has_break(self.text, previous[1], token[0]):
            return False
        return any(s <= previous[0] < e for s, e, _ in self.places)

    def _capital_subject(self, position: int, limit: int) -> tuple[int, int, Entity] | None:
        """A capital right after a verb of control or annexation with a territory after it
        in the clause: the verb's subject, its state's government (تحتل نيامي ثلثها الشمالي،
        سيطرت دمشق على ريف المدينة); with no territory after it, it is the land held."""
        place = self._place_at(position + 1)
        if (
            place is None
            or not self._capital(place[2])
            or has_break(self.text, position, place[0])
            or self._place_at(place[1] + 1) is not None
        ):
            return None
        if self._pronoun_share(place[1], limit) is not None:
            return place  # تحتل نيامي نصفها الشمالي: a share of the land told before
        after = self._phrase(place[1], limit)
        if after is None or has_break(self.text, place[1], after.start):
            return None
        between = self.analysis.words_in(place[1], after.start)
        if len(between) > 1 or (between and self._word(*between[0]) not in PREPOSITIONS):
            return None
        return place

    def _capital_at(self, position: int) -> tuple[int, int, Entity] | None:
        """A capital right after ``position`` in the same clause: after a verb whose object
        is a pronoun (تسيطر عليها يريفان) the subject, acting for its state."""
        place = self._place_at(position + 1)
        if place is None or not self._capital(place[2]) or has_break(self.text, position, place[0]):
            return None
        return place

    def _pronoun_share(self, position: int, limit: int) -> tuple[int, float | None] | None:
        """A fraction or a quantifier with a pronoun as the object right at ``position``
        (نصفها، ثلثه، معظمها، بعضها): a share of a territory told before; returns where the
        word ends and the share, None otherwise."""
        words = self.analysis.words_in(position, min(limit, position + 50))[:4]
        for index, (t_start, t_end) in enumerate(words):
            if has_break(self.text, position, t_start):
                return None
            word = self._word(t_start, t_end)
            for suffix in ("هما", "ها", "هم", "ه"):
                stem = word.removesuffix(suffix)
                if stem == word or len(stem) < 3:
                    continue
                if stem in FRACTIONS:
                    return t_end, FRACTIONS[stem]
                if stem in self.quantifiers and not self._direction(stem):
                    return t_end, None
            if index == len(words) - 1 or self._is_noun(word) or self._place_at(t_start):
                return None  # a territory comes first: the object, no subject before one
            # على معظمها; a subject with no name (تحتل الجماعة نصفها) may stand before it
        return None

    def _capital(self, entity: Entity) -> bool:
        """Whether the gazetteer knows the place as a capital (باكو: it may act for its state)."""
        entry_of = getattr(self.analysis.resources.gazetteer, "entry_of", None)
        entry = entry_of(entity) if callable(entry_of) else None
        return getattr(entry, "capital_of", None) is not None

    def _onset_before(self, position: int) -> bool:
        """Whether a withdrawal is told as begun or done (بدء سحب، أتمت انسحابها).

        A negated onset (لا يبدأ بانسحاب كامل من القطاع) tells a condition, no fact.
        """
        onsets = self.analysis.word_set("territory_fact_onsets")
        spans = self.analysis.words_in(max(0, position - 50), position)[-4:]
        decisions = self.analysis.word_set("territory_decisions")
        last = self._word(*spans[-1]) if spans else ""
        if (
            spans
            and not has_break(self.text, spans[-1][1], position)
            and (last in decisions or bare(last) in decisions)
        ):
            return True  # قرر سحب مقاتليه من …: the withdrawing side's own decision
        dating = self.analysis.word_set("territory_dating")
        if (
            spans
            and not has_break(self.text, spans[-1][1], position)
            and last.lstrip("و") in dating
        ):
            return True  # منذ انسحاب القوات من …: an event dated, past
        for index in range(len(spans) - 1, max(-1, len(spans) - 4), -1):
            t_start, t_end = spans[index]
            if has_break(self.text, t_end, position):
                return False
            word = self._word(t_start, t_end)
            if word in self.demands or bare(word) in self.demands:
                return False  # أعلنت مطالبتها بانسحاب …: the demand is nearer
            if word in onsets or bare(word) in onsets:
                if index > 0 and self._word(*spans[index - 1]) in NEGATIONS:
                    return False
                return not self._onset_demanded(t_start)
        return False

    def _onset_demanded(self, position: int) -> bool:
        """Whether a word of demanding governs an onset (يجب أن يبدأ بانسحاب كامل من …):
        the withdrawal it begins with is a condition set, no fact."""
        for t_start, t_end in reversed(
            self.analysis.words_in(max(0, position - 30), position)[-2:]
        ):
            if has_break(self.text, t_end, position):
                return False
            word = self._word(t_start, t_end)
            if word in self.demands or bare(word) in self.demands:
                return True
            if word != "ان":
                return False
        return False

    def _occupier(self, cue: Cue) -> bool:
        """Whether "الاحتلال" names the occupier: after a noun (قوات الاحتلال، جيش الاحتلال) or
        before في (الاحتلال في رفح)."""
        if not self.text.startswith("ال", cue.start) or not cue.word.startswith("احتلال"):
            return False
        following = self.analysis.words_in(cue.end, min(len(self.text), cue.end + 12))[:1]
        if (
            following
            and not has_break(self.text, cue.end, following[0][0])
            and self._word(*following[0]) == "في"
        ):
            return True  # بقاء الاحتلال في رفح: the occupier where it is, the act takes no في
        after = self.analysis.words_in(cue.end, min(len(self.text), cue.end + 40))[:1]
        if (
            after
            and not has_break(self.text, cue.end, after[0][0])
            and self._word(*after[0]).startswith("بال")
        ):
            # the act takes its territory with ل (الاحتلال الإسرائيلي للجولان); a definite
            # الاحتلال followed by another preposition's phrase is the occupier (إلزام الاحتلال
            # بالانسحاب من المعبر)
            return True
        previous = self.analysis.words_in(max(0, cue.start - 20), cue.start)[-1:]
        if not previous or has_break(self.text, previous[0][1], cue.start):
            return False
        word = self._word(*previous[0])
        return word in self.occupier_heads or bare(word) in self.occupier_heads

    def _recogniser_after(self, position: int) -> bool:
        """Whether who recognises follows a recognition right away: a country's adjective
        (الاعتراف الإسرائيلي بالإقليم، اعترافاً سورياً) or a country in the genitive (اعتراف
        الهند بالإقليم), with no ب or ل before it. It names who recognises, no territory."""
        after = self.analysis.words_in(position, min(len(self.text), position + 30))[:1]
        if not after or has_break(self.text, position, after[0][0]):
            return False
        word = self._word(*after[0])
        country = next(
            (p for p in self.places if p[0] == after[0][0] and p[2].kind == EntityKind.COUNTRY),
            None,
        )
        return country is not None and not word.startswith(("ب", "ل"))

    def _granted(self, cue: Cue) -> bool:
        """Whether a recognition is granted: a finite verb no demand governs (تعترف أرمينيا بـ)."""
        if cue.word not in self.granting:
            return False
        before = self.analysis.words_in(max(0, cue.start - 60), cue.start)[-5:]
        words: list[str] = []
        for t_start, t_end in reversed(before):
            if has_break(self.text, t_end, cue.start):
                break
            word = self._word(t_start, t_end)
            if word in self.demands or bare(word) in self.demands:
                return False  # تطالب بأن تعترف …: still a demand
            words.append(word)
        # على أن يعترف …، على العالم أن يعترف …: a condition or an obligation, no grant;
        # وأن يُعترف بـ … (a plan's next term) or أن تعترف right after أن: the subjunctive,
        # wanted or stipulated, never told as done
        subjunctive = (
            bool(words)
            and words[0] in ("ان", "وان")
            and self.text[cue.start : cue.end].lstrip("وف").startswith(("ي", "ت", "ن"))
        )
        return not (subjunctive or (words and words[0] == "ان" and "علي" in words[1:4]))

    def _granted_claim(
        self, cue: Cue, segment: str
    ) -> Iterator[tuple[tuple[int, int], TerritoryClaim]]:
        """A granted recognition: the sovereignty claim of the owner it recognises.

        "تعترف أرمينيا بوحدة أراضي أذربيجان بما فيها إقليم قره باغ" is Azerbaijan's
        claim over Karabakh. A sovereignty cue right after (اعترفت بسيادة المغرب على
        الصحراء) makes that claim itself, so the recognition adds nothing.
        """
        sent_start, sent_end = sentence_range(self.analysis, cue.start)
        following = self.analysis.words_in(cue.end, min(sent_end, cue.end + 60))[:4]
        if any(c.start in {t[0] for t in following} for c in self.cues if c is not cue):
            return
        farther = {
            t[0]
            for t in self.analysis.words_in(cue.end, min(sent_end, cue.end + 100))[:8]
            if not has_break(self.text, cue.end, t[0])
        }
        if any(
            c.start in farther and _kind_of(c) == ClaimKind.SOVEREIGNTY_CLAIM
            for c in self.cues
            if c is not cue
        ):
            return  # اعترفت الولايات المتحدة عام 2020 بسيادة المغرب على …: that cue makes it
        subject = self._actor_at(cue.end)  # تعترف أرمينيا بـ …: the one who recognises
        place = self._place_at(cue.end + 1)
        if subject is None and place is not None and self._capital(place[2]):
            subject = place  # تعترف يريفان بـ …: a capital acting for its state
        phrase = self._phrase(subject[1] if subject is not None else cue.end, sent_end, MAX_SKIP)
        if phrase is None:
            return
        owner = self._owner(phrase, phrase.start, sent_end)  # not the subject before it
        if owner is None:
            return  # اعترفت بالحكومة الجديدة: no land recognised as someone's
        inclusive = next(
            (c for c in self.inclusive if phrase.start <= c.start <= phrase.end + 2),
            None,
        )
        if inclusive is not None:
            part = self._phrase(inclusive.end, sent_end)
            if part is not None:
                phrase = part
        evidence = (cue.start, phrase.end)
        year = self._year(evidence, sent_start)
        yield (
            evidence,
            self._record(ClaimKind.SOVEREIGNTY_CLAIM, phrase, owner, None, year, evidence, segment),
        )

    def _claim_before(
        self, cue: Cue, segment: str
    ) -> Iterator[tuple[tuple[int, int], TerritoryClaim]]:
        """ "X جزء لا يتجزأ من أراضي Y": the territory stands before the cue."""
        sent_start, sent_end = sentence_range(self.analysis, cue.start)
        if self._recognised_before(cue.start, sent_start):
            return  # الاعتراف بالقرم أراضيَ روسية: what is to be recognised, no claim of its own
        subject_end = (
            self._parenthetical_before(self._copulas_before(cue.start), sent_start) or cue.start
        )  # الإقليم، الذي تديره منذ قرن، جزء لا يتجزأ من أراضيها: the subject before the aside
        # (copulas may follow it: …، الذي تديره غيانا، كان وسيبقى فنزويلياً)
        before = [
            t
            for t in self.analysis.words_in(max(sent_start, subject_end - 40), subject_end)
            if not has_break(self.text, t[1], subject_end)
        ]
        # The territory is the noun phrase right before the cue (تعتبر صربيا كوسوفو جزءاً):
        # its last territory word or place, with the region nouns before it; places joined
        # to it by و are claimed with it (مزارع شبعا وتلال كفرشوبا لبنانية).
        own = next(
            (p for p in self.places if p[0] == cue.start and p[2].kind == EntityKind.COUNTRY),
            None,
        )  # the demonym of a predicate is the owner itself
        claimant_phrase = None if own is not None else self._phrase(cue.end, sent_end)
        owner = own or self._owner(claimant_phrase, cue.end, sent_end)
        end = claimant_phrase.end if claimant_phrase is not None else cue.end
        subjects = self.analysis.word_set("territory_pronoun_subjects")
        for index in range(len(before) - 1, -1, -1):
            word = self._word(*before[index])
            if self._is_noun(word) or self._place_at(before[index][0]) is not None:
                break
            if word in subjects:
                return  # تؤكد موسكو أنها أصبحت جزءاً من روسيا: the pronoun's, not Moscow
            if _negation(word):
                return  # القرى لم تكن جزءاً من أرمينيا: denied, no claim
        wide = [  # فيما تعتبرهما تبليسي والغالبية الساحقة من دول العالم أراضي جورجية
            t
            for t in self.analysis.words_in(max(sent_start, subject_end - 90), subject_end)
            if not has_break(self.text, t[1], subject_end)
        ]
        considered = self._considered(wide, sent_start)
        if considered is not None:  # وتعتبرها طهران جزءاً من أراضيها: the pronoun's territory
            verb_start, named_before = considered
            claimant = owner or self._claimant_before(cue.start, sent_start)
            if claimant is not None and claimant[2].id == named_before.territory.id:
                # كوسوفو، التي تعدها جزءاً من أراضيها: the one who considers, told before
                claimant = self._claimant_before(named_before.start, sent_start)
            evidence = (verb_start, end)
            year = self._year(evidence, sent_start)
            yield (
                evidence,
                self._record(
                    ClaimKind.SOVEREIGNTY_CLAIM,
                    named_before,
                    claimant,
                    None,
                    year,
                    evidence,
                    segment,
                ),
            )
            return
        if (
            len(before) >= 2
            and (
                bare(cue.word) in self.analysis.word_set("territory_land_nouns")
                or cue.word.split()[0] in LYING
            )
            and self._word(*before[-2]) in COMPLEMENTIZERS
            and self._place_at(before[-1][0]) is None
            and not self._is_noun(self._word(*before[-1]))
        ):
            # يؤكد السودان أن الفشقة "أرض سودانية": the subject of the clause said to be
            # land, a place the gazetteer does not know
            t_start, t_end = before[-1]
            phrase = _Phrase(self._descriptive(t_start, t_end), t_start, t_end)
            claimant = owner or self._claimant_before(t_start, sent_start)
            evidence = (t_start, end)
            year = self._year(evidence, sent_start)
            yield (
                evidence,
                self._record(
                    ClaimKind.SOVEREIGNTY_CLAIM, phrase, claimant, None, year, evidence, segment
                ),
            )
            return
        apposed = self._apposed_head(cue.start, sent_start)
        if apposed is not None:
            # المقاطعات الأربع التي ضمتها – دونيتسك ولوغانسك … – جزءاً من أراضيها: the places
            # between dashes name the noun before them, the territory claimed
            claimant = owner or self._claimant_before(apposed.start, sent_start)
            # from the list on: a cue in the head's own clause (التي ضمتها) is a claim of its own
            evidence = (apposed.end, end)
            year = self._year(evidence, sent_start)
            yield (
                evidence,
                self._record(
                    ClaimKind.SOVEREIGNTY_CLAIM, apposed, claimant, None, year, evidence, segment
                ),
            )
            return
        before = self._relative_head(before, subject_end, sent_start)
        opened = [i for i, t in enumerate(before) if self._word(*t) in COMPLEMENTIZERS]
        if opened:  # تقول مانيلا إن الشعاب …: the subject stands after إن, not the speaker
            before = before[opened[-1] + 1 :]
        listed = list(self._claims_before_cue(cue, before, owner, end, sent_start, segment))
        plural = bare(cue.word) in {normalize_text(w) for w in ("أراض", "أراضي")} or (
            cue.word.endswith(DUAL_NISBA)
        )  # القرم ودونباس أراضٍ روسية، القرم ودونباس أوكرانيان: one predicate of both
        if plural and len(listed) > 1:
            # القرم ودونباس ونوفوروسيا أراضٍ روسية: the places one plural predicate is said
            # of make one territory, from the first to the last
            first = min(listed, key=lambda item: item[0][0])[1]
            last = max(listed, key=lambda item: item[0][0])[1]
            start = norm_range(self.analysis, first.territory.span)[0]
            start += len(self.text[start : start + 1]) if self.text[start] in "وف" else 0
            stop = norm_range(self.analysis, last.territory.span)[1]
            phrase = _Phrase(self._descriptive(start, stop), start, stop)
            evidence = (start, end)
            year = self._year(evidence, sent_start)
            yield (
                evidence,
                attrs.evolve(
                    self._record(
                        ClaimKind.SOVEREIGNTY_CLAIM, phrase, None, None, year, evidence, segment
                    ),
                    claimant=first.claimant,
                ),
            )
            return
        yield from listed

    def _relative_head(
        self, before: list[tuple[int, int]], position: int, sent_start: int
    ) -> list[tuple[int, int]]:
        """The words up to the head of a relative clause that ends right before ``position``.

        "النقاط الخمس التي لا تزال تحتلها إسرائيل تقع داخل الأراضي اللبنانية": what is said
        is said of the relative's head (النقاط الخمس), not of the last noun in the clause
        (إسرائيل, its subject). With no relative pronoun after a territory, ``before`` as is.
        """
        spans = [
            t
            for t in self.analysis.words_in(max(sent_start, position - 90), position)
            if not has_break(self.text, t[1], position)
        ]
        relatives = self.analysis.word_set("territory_aside_openers")
        for index in range(len(spans) - 1, 0, -1):
            word = self._word(*spans[index])
            if word not in relatives or not word.startswith("ال"):
                continue
            head = spans[:index]
            found = self._phrase_head_before(head[-3:], False)
            if found is None:
                return before
            return head
        return before

    def _parenthetical_before(self, position: int, sent_start: int) -> int | None:
        """Where an aside between two commas right before ``position`` opens, or None.

        "الإقليم، الذي تديره منذ أكثر من قرن، جزء لا يتجزأ من …"، "النقاط الخمس …، ومنها
        تلة الحمامص وجبل بلاط، تقع داخل …": a relative clause or a list of the parts
        (`territory_aside_openers`: الذي، التي، ومنها، بما فيها) stands between the
        subject and what is said of it. Returns the opening comma.
        """
        gap = self.text[max(sent_start, position - 3) : position]
        if "," not in gap:
            return None
        closing = self.text.rfind(",", sent_start, position)
        opening = self.text.rfind(",", max(sent_start, closing - 120), closing)
        if opening < 0 or _full_stop_in(self.text[opening:closing]):
            return None
        inside = self.analysis.words_in(opening, closing)
        openers = self.analysis.word_set("territory_aside_openers")
        if not inside or len(inside) > 14 or self._word(*inside[0]) not in openers:
            return None
        return opening

    def _apposed_head(self, position: int, sent_start: int) -> _Phrase | None:
        """The territory noun phrase before a list set off by dashes right before
        ``position`` (المقاطعات الأربع التي ضمتها – دونيتسك ولوغانسك … – جزءاً), or None."""
        dashes = "–—-"
        gap = self.text[max(sent_start, position - 4) : position]
        if not gap.strip() or gap.strip()[-1] not in dashes:
            return None
        closing = max(self.text.rfind(d, sent_start, position) for d in dashes)
        opening = max(self.text.rfind(d, sent_start, closing) for d in dashes)
        if opening < 0 or closing - opening > 80 or _full_stop_in(self.text[opening:closing]):
            return None
        inside = self.analysis.words_in(opening, closing)
        if not inside or self._place_at(inside[0][0]) is None:
            return None  # the dashes hold named places
        words = self.analysis.words_in(max(sent_start, opening - 80), opening)
        for index, (t_start, _) in enumerate(words):
            word = self._word(*words[index])
            if word.startswith("ال") and bare(word) in self.nouns:
                phrase = self._phrase(t_start, opening)
                if phrase is not None:
                    return phrase
        return None

    def _claims_before_cue(
        self,
        cue: Cue,
        before: list[tuple[int, int]],
        owner: tuple[int, int, Entity] | None,
        end: int,
        sent_start: int,
        segment: str,
    ) -> Iterator[tuple[tuple[int, int], TerritoryClaim]]:
        """The territories before a sovereignty cue, the last first, each a claim."""
        limit, strict = len(before), False
        while limit > 0:
            found = self._phrase_head_before(before[:limit], strict)
            if found is None:
                return
            phrase_end = cue.start
            if not strict and found > 0 and self._predicate_noun(self._word(*before[found])):
                # تعتبر كوسوفو إقليماً جنوبياً تابعاً لها: the noun is the predicate, the
                # territory is the object before it
                earlier = self._phrase_head_before(before[:found], False)
                if earlier is not None:
                    phrase_end, found = before[found][0], earlier
            predicates = [
                t for t in before[found + 1 : limit] if self._predicate_noun(self._word(*t))
            ]
            if predicates:  # الصحراء إقليماً تابعاً لها: the territory ends before its predicate
                phrase_end = min(phrase_end, predicates[0][0])
            t_start = before[found][0]
            read = self._phrase(self._without_preposition(t_start), phrase_end)
            if read is None:
                return
            phrase = read
            if strict:  # a place listed before: its own evidence, up to where it ends
                phrase = _Phrase(phrase.territory, phrase.start, before[limit - 1][1])
            claimant = owner or self._claimant_before(phrase.start, sent_start)
            evidence = (phrase.start, end)
            year = self._year(evidence, sent_start)
            yield (
                evidence,
                self._record(
                    ClaimKind.SOVEREIGNTY_CLAIM, phrase, claimant, None, year, evidence, segment
                ),
            )
            if not self._word(*before[found]).startswith("و") or found == 0:
                return
            limit, strict = found, True

    def _predicate_noun(self, word: str) -> bool:
        """An indefinite territory noun in the accusative (إقليماً، أرضاً): a predicate."""
        return (
            word.endswith("ا")
            and not word.lstrip("وف").startswith("ال")
            and not word.endswith("ها")
            and self._is_noun(word)
        )

    def _recognised_before(self, position: int, sent_start: int) -> bool:
        """Whether a demanded recognition governs the territory before ``position``.

        "الاعتراف بالقرم ولوغانسك أراضيَ روسية": the predicate is the complement of
        the recognition demanded (its own claim), not a sovereignty claim besides.
        """
        for other in self.cues:
            if (
                _kind_of(other) == ClaimKind.RECOGNITION_DEMAND
                and sent_start <= other.start
                and other.end <= position
                and position - other.end <= 80
                and not has_break(self.text, other.end, position)
                and not self._granted(other)
            ):
                return True
        return False

    def _considered(
        self, before: list[tuple[int, int]], sent_start: int
    ) -> tuple[int, _Phrase] | None:
        """A verb of considering with a pronoun before the cue, and the territory it names.

        "الجزر الثلاث التي تطالب الإمارات باستعادتها، وتعتبرها طهران جزءاً من أراضيها":
        the pronoun names the last territory noun or named place (no country) told
        before the verb in its sentence.
        """
        considering = self.analysis.word_set("territory_considering")
        verb = next(
            (
                t
                for t in reversed(before)
                if bare(self._word(*t)) in considering or self._word(*t) in considering
            ),
            None,
        )  # تعدها: bare() takes its final alef for an accusative one
        if verb is None:
            return None
        head = self.analysis.words_in(max(sent_start, verb[0] - 60), verb[0])[-2:]
        if len(head) == 2 and self._word(*head[1]) in ("التي", "الذي"):
            place = self._place_at(head[0][0])
            if place is not None and place[1] >= head[0][1] - 1:
                # كوسوفو، التي تعدها صربيا جزءاً من أراضيها: the relative's head, a country too
                return verb[0], _Phrase(place[2], place[0], place[1])
        if self._word(*verb).endswith("هما"):  # تعتبرهما: a dual antecedent (الإقليمين)
            for t_start, t_end in reversed(
                self.analysis.words_in(max(sent_start, verb[0] - 200), verb[0])
            ):
                word = self._word(t_start, t_end)
                if word.endswith(("ين", "ان")) and self._is_noun(word):
                    start = self._without_preposition(t_start)
                    return verb[0], _Phrase(self._descriptive(start, t_end), start, t_end)
        phrase = self._antecedent(sent_start, verb[0])
        return (verb[0], phrase) if phrase is not None else None

    def _phrase_head_before(self, before: list[tuple[int, int]], strict: bool) -> int | None:
        """Where the territory phrase ending ``before`` starts: its last territory word or
        place, with the region nouns before it; ``strict``: it must end right there."""
        found: int | None = None
        for index in range(len(before) - 1, -1, -1):
            noun = self._is_noun(self._word(*before[index]))
            place = self._place_at(before[index][0]) is not None
            if found is None:
                if noun or place:
                    found = index
                elif strict and index < len(before) - 2:
                    return None
            elif noun and not place:
                found = index  # إقليم كاراباخ
            else:
                break
        return found

    def _owner(
        self, phrase: _Phrase | None, start: int, end: int
    ) -> tuple[int, int, Entity] | None:
        """The country whose land a territory is said to be (من أراضي أذربيجان)."""
        for item in self.places + self.actors:
            inside = start <= item[0] < (phrase.end if phrase is not None else end)
            if inside and item[2].kind == EntityKind.COUNTRY:
                return item
        return None

    def _relative_claim(
        self, cue: Cue, kind: ClaimKind, segment: str, sent_start: int, sent_end: int
    ) -> Iterator[tuple[tuple[int, int], TerritoryClaim]]:
        """``X التي ضمتها موسكو``: the territory stands before the relative pronoun."""
        text = self.text
        before = text[max(sent_start, cue.start - 60) : cue.start]
        relative = max(before.rfind("التي"), before.rfind("الذي"))
        if relative >= 0 and has_break(before, relative, len(before)):
            relative = -1  # التي تحتلها إيران …، داعية إلى إنهاء احتلالها: another clause
        if relative >= 0:
            rel_start = max(sent_start, cue.start - 60) + relative
        elif self._noun_right_before(cue.start):
            rel_start = cue.start  # ثماني قرى أذربيجانية تحتلها: a relative clause with no pronoun
        else:
            yield from self._pronoun_claim(cue, kind, segment, sent_start, sent_end)
            return
        head: int | None = None
        stop = rel_start
        if relative >= 0 and text[sent_start:rel_start].rstrip().endswith(","):
            stop = len(text[:rel_start].rstrip()) - 1  # إقليم قره باغ، الذي …: a comma before it
        located = self.analysis.word_set("territory_located")
        spans = self.analysis.words_in(max(sent_start, rel_start - 90), rel_start)
        index = len(spans) - 1
        conjunct = False
        while index >= 0:
            t_start, t_end = spans[index]
            if has_break(text, t_end, stop):
                break
            word = text[t_start:t_end]
            if head is None and (word in COMPLEMENTIZERS or word in RELATIVES):
                break  # قال إن المكانة التي تحتلها …: the head is not sought past a clause's start
            if self._is_noun(word) and word.startswith("وال") and stop == rel_start:
                # القرم والمقاطعات الأربع التي أعلنت ضمها: with no comma before it, the
                # relative clause is said of the last conjunct, a noun phrase of its own
                head = t_start
                conjunct = True
                break
            if self._is_noun(word) or self._place_at(t_start) is not None:
                head = t_start
            elif head is not None and word not in self.quantifiers:
                # جيب أرتسفاشين الواقع داخل الأراضي الأذربيجانية، الذي …: where the head
                # lies is said of it; the relative clause belongs to the head before
                at = next(
                    (i for i in (index, index - 1) if i >= 0 and self._word(*spans[i]) in located),
                    None,
                )
                if at is None:
                    break
                # the noun phrase right before: a territory noun and a name it has (جيب X)
                head = next(
                    (
                        spans[i][0]
                        for i in (at - 2, at - 1)
                        if i >= 0
                        and not has_break(text, spans[i][1], spans[at][0])
                        and (self._is_noun(self._word(*spans[i])) or self._place_at(spans[i][0]))
                    ),
                    None,
                )
                break
            index -= 1
        if head is None:
            return
        # the conjunction is no part of the territory; a list before a comma is the head as a
        # whole (جزرها الثلاث طنب الكبرى وطنب الصغرى، التي …)
        head = spans[index][0] + 1 if conjunct else self._list_start(spans, head)
        apposed = self._apposed_to(head, sent_start)
        if apposed is not None:  # غرب تيغراي، المنطقة الخصبة التي تسيطر عليها …: غرب تيغراي
            head, stop = apposed
        claimant = self._actor_at(cue.end) or self._capital_subject(cue.end, sent_end)
        end = claimant[1] if claimant is not None else cue.end
        # with no relative pronoun the territory is the noun phrase alone (قرى أذربيجانية);
        # after a comma it ends at the comma or where a word of location begins
        words = self.analysis.words_in(head, cue.start)
        territory_end = end if relative >= 0 or not words else words[-1][1]
        if stop != rel_start:
            territory_end = stop
            for t_start, t_end in words:
                if t_start >= stop:
                    break
                if self._word(t_start, t_end) in located | self.stops:
                    territory_end = len(text[:t_start].rstrip())
                    break
        territory = self._descriptive(head, territory_end)
        named = self._place_in(head, rel_start)
        if named is not None:  # قمة جبل الشيخ التي سيطرت عليها: the place named, by its name
            territory = named
        evidence = (head, end)
        if claimant is None:
            claimant = self._claimant_before(head, sent_start)
        year = self._year((head, min(sent_end, end + 12)), sent_start)
        phrase = _Phrase(territory, head, end)
        yield evidence, self._record(kind, phrase, claimant, None, year, evidence, segment)

    def _apposed_to(self, head: int, sent_start: int) -> tuple[int, int] | None:
        """The territory an apposition at ``head`` describes, as (start, end), or None.

        "غرب تيغراي، المنطقة الخصبة التي …"، "مدينة لاشيو، كبرى مدن ولاية شان، التي …":
        a noun phrase right after a comma (one word such as كبرى may open it) renames the
        territory before the comma, a named place or a territory noun with its name.
        """
        before = self.analysis.words_in(max(sent_start, head - 60), head)
        if self.text[head : head + 1] == "و" or not before:
            return None
        comma = self.text.rfind(",", max(sent_start, head - 40), head)
        if comma < 0 or len([t for t in before if t[0] > comma]) > 1:
            return None
        opener = [self._word(*t) for t in before if t[0] > comma]
        if opener and not (
            len(opener[0]) <= 4
            and opener[0].startswith("ا") != opener[0].endswith(("ي", "ى"))
            and not self._is_noun(opener[0])
        ):
            return None  # كبرى مدن الشمال، أكبر مدن …: an elative may open it, no verb (وتعتبر)
        previous = [t for t in before if t[1] <= comma][-4:]
        previous = [t for t in previous if not has_break(self.text, t[1], comma)]
        found = self._phrase_head_before(previous, True)
        if found is None:
            return None
        if self._place_at(previous[found][0]) is None and not self._is_noun(
            self._word(*previous[found])
        ):
            return None
        while found > 0 and self._word(*previous[found - 1]) in self.directions:
            found -= 1  # غرب تيغراي
        return previous[found][0], comma

    def _list_start(self, spans: list[tuple[int, int]], head: int) -> int:
        """Where the noun phrase whose last item starts at ``head`` begins: back over places
        joined by و, their region nouns, counts and territory nouns (جزرها الثلاث طنب الكبرى
        وطنب الصغرى)."""
        if not self.text[head:].startswith("و"):
            return head
        index = next((i for i, t in enumerate(spans) if t[0] == head), None)
        if index is None:
            return head
        start = head
        while index > 0:
            p_start, p_end = spans[index - 1]
            if has_break(self.text, p_end, spans[index][0]):
                break
            inside = next((p for p in self.places if p[0] <= p_start < p[1]), None)
            word = self._word(p_start, p_end)
            counted = any(s <= p_start < e for s, e in self.number_ranges)
            if inside is not None:
                while index > 0 and spans[index - 1][0] >= inside[0]:
                    index -= 1
                start = spans[index][0]
            elif self._is_noun(word) or counted or word in self.quantifiers:
                index -= 1
                start = p_start
            else:
                break
        return start

    def _place_in(self, start: int, end: int) -> Entity | None:
        """The place a noun phrase names at its start (جبل الشيخ، مدينة فاروشا), or None.

        The place stands first, or right after a region noun; a country after a noun is
        its adjective (الأراضي الأذربيجانية), no name of the phrase.
        """
        words = self.analysis.words_in(start, end)[:2]
        if not words:
            return None
        place = self._place_at(words[0][0])
        if place is None and len(words) == 2 and self._is_noun(self._word(*words[0])):
            place = self._place_at(words[1][0])
            if place is not None and place[2].kind == EntityKind.COUNTRY:
                return None
        if place is None or place[1] > end:
            return None
        first = start if self.text[start : place[0]].strip("وفبلك ") else place[0]
        span = self.analysis.span(min(first, place[0]), place[1])  # وإريتريا: no و in the name
        return attrs.evolve(place[2], text=self.analysis.slice(span), span=span)

    def _noun_right_before(self, position: int) -> bool:
        """Whether a territory noun ends the phrase before ``position`` (قرى أذربيجانية تحتلها).

        The noun stands right before, or one demonym or place after it does.
        """
        before = self.analysis.words_in(max(0, position - 40), position)[-2:]
        if not before or has_break(self.text, before[-1][1], position):
            return False
        if self._is_noun(self._word(*before[-1])):
            return True
        return (
            len(before) == 2
            and self._place_at(before[-1][0]) is not None
            and self._is_noun(self._word(*before[0]))
            and not has_break(self.text, before[0][1], before[1][0])
        )

    def _pronoun_claim(
        self, cue: Cue, kind: ClaimKind, segment: str, sent_start: int, sent_end: int
    ) -> Iterator[tuple[tuple[int, int], TerritoryClaim]]:
        """``احتلت إسرائيل الجولان … وأعلنت ضمها``: the pronoun names the last place before.

        Only a named place in the same sentence is taken as the antecedent, or, when the
        sentence names no territory before the cue and a state holds "it", one of the sentence
        before in the same paragraph (لم يعد إقليم X موضع تفاوض. فقد استعادت أذربيجان السيطرة الكاملة عليه),
        within the same 100 characters.
        """

        def named(start: int) -> list[tuple[int, int, Entity]]:
            return [
                p
                for p in self.places
                if start <= p[0]
                and p[1] <= cue.start
                and cue.start - p[1] <= 100
                and p[2].kind == EntityKind.PLACE
                and not (self._capital(p[2]) and not self.analysis.words_in(p[1], cue.start))
            ]  # أعلنت موسكو ضمه: a capital right before the cue is its subject, for its state

        places = named(sent_start)
        noun = self._noun_antecedent(sent_start, cue.start)
        state = self._actor_at(cue.end) or self._claimant_before(cue.start, sent_start)
        if (
            not places
            and noun is None
            and sent_start > 0
            and state is not None
            and (state[2].kind == EntityKind.COUNTRY or self._capital(state[2]))
        ):  # a state's hold of "it" is of land; ضمه of a coach or a club names a person
            previous, _ = sentence_range(self.analysis, sent_start - 1)
            if previous < sent_start and "\n" not in self.text[previous : cue.start]:
                places = named(previous)
        if noun is not None and (not places or noun[0] > places[-1][1]):
            # ثماني قرى أذربيجانية أخرى تقول باكو إن أرمينيا تحتلها: the nearer noun phrase
            n_start, n_end = noun
            claimant = (
                self._actor_at(cue.end)
                or self._capital_at(cue.end)
                or self._claimant_before(cue.start, sent_start)
            )
            evidence = (n_start, cue.end)
            phrase = _Phrase(self._descriptive(n_start, n_end), n_start, n_end)
            yield evidence, self._record(kind, phrase, claimant, None, None, evidence, segment)
            return
        if not places:
            return
        p_start, p_end, entity = places[-1]
        own_start = sent_start if p_start >= sent_start else sentence_range(self.analysis, p_start)[0]
        spans = self.analysis.words_in(max(own_start, p_start - 30), p_start)
        start = p_start
        if spans and self._is_noun(self._word(*spans[-1])):
            start = spans[-1][0]  # هضبة الجولان
        span = self.analysis.span(start, p_end)
        territory = attrs.evolve(entity, text=self.analysis.slice(span), span=span)
        claimant = (
            self._actor_at(cue.end)
            or self._capital_at(cue.end)  # تسيطر عليها يريفان: the subject after the verb
            or self._claimant_before(cue.start, sent_start)
        )
        match = YEAR.search(self.text, cue.end, min(sent_end, cue.end + 12))
        year = int(match.group(1)) if match else None
        evidence = (cue.start, match.end() if match else cue.end)
        phrase = _Phrase(territory, start, p_end)
        yield evidence, self._record(kind, phrase, claimant, None, year, evidence, segment)

    def _noun_antecedent(self, start: int, position: int) -> tuple[int, int] | None:
        """The last territory noun phrase before ``position``: a counted or quantified noun
        with its adjectives (ثماني قرى أذربيجانية), within 100 characters."""
        spans = self.analysis.words_in(max(start, position - 100), position)
        for index in range(len(spans) - 1, -1, -1):
            word = self._word(*spans[index])
            if not self._is_noun(word) or self._place_at(spans[index][0]) is not None:
                continue
            if index == 0 or not (
                self._word(*spans[index - 1]) in self.quantifiers
                or any(
                    s < spans[index - 1][1] and spans[index - 1][0] < e
                    for s, e in self.number_ranges
                )
            ):
                return None  # only a counted or quantified noun is taken for the antecedent
            first, last = index - 1, index
            while last + 1 < len(spans) and self._word(*spans[last + 1]).endswith(("يه", "ي")):
                last += 1  # أذربيجانية
            return spans[first][0], spans[last][1]
        return None

    def _after_subject(self, position: int, limit: int) -> int:
        """Skip a subject between a verb of control and its "على" (سيطرت القوات على …)."""
        spans = self.analysis.words_in(position, min(limit, position + 100))[:8]
        first: int | None = None
        told = False  # a territory already stands after the verb: its object, no subject
        # (a في after it opens a time or place; a من may go on the territory: الجزء الشمالي من X)
        for index, (t_start, t_end) in enumerate(spans):
            if has_break(self.text, position, t_start):
                return first if first is not None else self._after_parenthetical(position, limit)
            word = self._word(t_start, t_end)
            if word == "علي":
                return t_start  # a long subject (قوات دفاع شعب جنوب السودان فعلياً على) ends at على
            if index and self._other_conjunct(t_start, t_end):
                break  # تحتل مدناً عدة وتفرض حصاراً على …: the على of another verb
            if word in PREPOSITIONS and index < 4 and first is None and not (told and word == "في"):
                first = t_start  # سيطرت في التسعينيات على …: على, if it comes, is the one
            told = told or self._object_head(t_start, t_end)
        return first if first is not None else position

    def _object_head(self, start: int, end: int) -> bool:
        """Whether a word after a transitive verb of control is a territory (a territory noun,
        or a named place that is no country or capital): a preposition after it then opens a
        time or place phrase of the clause (احتل الجيش مدينة X في مايو), not the subject's
        end before "على"."""
        if bare(self._word(start, end)) in self.nouns:
            return True
        place = self._place_at(start)
        return (
            place is not None
            and place[0] < end
            and place[2].kind != EntityKind.COUNTRY
            and not self._capital(place[2])
        )

    def _after_parenthetical(self, position: int, limit: int) -> int:
        """A subject with a parenthetical between commas before its "على".

        "تسيطر الحركة، المدعومة من رواندا، على مدينتي غوما وبوكافو": the preposition
        right after the closing comma, no full stop and no third comma between.
        """
        spans = self.analysis.words_in(position, min(limit, position + 160))[:16]
        for previous, (t_start, t_end) in itertools.pairwise(spans):
            gap = self.text[previous[1] : t_start]
            if _full_stop_in(self.text[position:t_start]):
                break
            if "," in gap and self._word(t_start, t_end) == "علي":
                if self.text[position:t_start].count(",") == 2:
                    return t_start
                break
        return position

    def _skip_since_and_area(self, position: int, limit: int) -> int:
        """Skip "منذ (عام) YEAR" and a measured area (نحو مئتي كيلومتر مربع من) before a territory.

        "تحتل منذ عام 2021 نحو مئتي كيلومتر مربع من الأراضي الأرمينية": the territory is
        what the area is measured of.
        """
        spans = self.analysis.words_in(position, min(limit, position + 120))
        index = 0
        if (
            len(spans) > 2
            and self._word(*spans[1]) == "منذ"
            and self._word(*spans[0]).startswith("ال")
            and not self._is_noun(self._word(*spans[0]))
            and self._place_at(spans[0][0]) is None  # تحتل روسيا القرم منذ 2014: the territory
            and not has_break(self.text, spans[0][1], spans[1][0])
        ):
            index = 1  # تحتل الحركة منذ مطلع العام مدينة …: a subject that names no entity
        if index < len(spans) and self._word(*spans[index]) == "منذ":
            index += 1
            date_end = next(
                (
                    norm_range(self.analysis, d.span)[1]
                    for d in self.analysis.dates
                    if index < len(spans) and norm_range(self.analysis, d.span)[0] == spans[index][0]
                ),
                None,
            )  # منذ مطلع العام، منذ أكتوبر 2023: the date told, whatever its shape
            if date_end is not None:
                while index < len(spans) and spans[index][0] < date_end:
                    index += 1
            elif index < len(spans) and bare(self._word(*spans[index])) == "عام":
                index += 1
                if index < len(spans) and YEAR.fullmatch(self._word(*spans[index])):
                    index += 1
                else:
                    return position
            elif index < len(spans) and YEAR.fullmatch(self._word(*spans[index])):
                index += 1
            else:
                return position
        units = self.analysis.word_set("territory_area_units")
        for end in range(index + 1, min(len(spans), index + 6)):
            if has_break(self.text, position, spans[end][0]):
                break
            words = [self._word(*t) for t in spans[index:end]]
            text = " ".join(words)
            if any(text.endswith(u) for u in units) and self._word(*spans[end]) == "من":
                return spans[end][0]  # نحو مئتي كيلومتر مربع من …
        return spans[index][0] if index and index < len(spans) else position

    def _share_words(self, position: int, limit: int) -> tuple[int, float | None]:
        """Skip hedges and fractions before a territory (على قرابة خمس الأراضي → 20%)."""
        spans = self.analysis.words_in(position, min(limit, position + 60))
        index = 0
        while index < len(spans) and self._word(*spans[index]) in LEADING_PREPOSITIONS:
            index += 1
        share: float | None = None
        start = index
        while index < len(spans) and self._word(*spans[index]) in self.share_words:
            word = self._word(*spans[index])
            following = self._word(*spans[index + 1]) if index + 1 < len(spans) else ""
            if word in FRACTIONS and (
                following.startswith(("ال", "مساح")) or word != normalize_text("خمس")
            ):
                share = FRACTIONS[word]  # خمس الأراضي: a fifth, not five; ثلثي مساحة: two thirds
            index += 1
        parts = {normalize_text("أرباع"): 25.0, normalize_text("أخماس"): 20.0}
        if index + 2 < len(spans) and self._word(*spans[index + 1]) in parts:
            counted = next(
                (
                    q
                    for s, e, q in self._numbers
                    if s <= spans[index][0] < e and not q.percent  # (نحو) ثلاثة
                ),
                None,
            )
            if counted is not None:  # ثلاثة أرباع العاصمة: three quarters
                share = float(counted.value) * parts[self._word(*spans[index + 1])]
                index += 2
        if index > start and index + 1 < len(spans):
            percent = next(
                (
                    (e, q)
                    for s, e, q in self.percents
                    if s <= spans[index][0] < e  # ما نسبته 60% من …
                ),
                None,
            )
            after = next((t for t in spans[index:] if percent and t[0] >= percent[0]), None)
            if percent is not None and after is not None and self._word(*after) == "من":
                share = float(percent[1].value)
                index = spans.index(after)
        if index == start or index >= len(spans):
            return position, share
        return spans[index][0], share

    def _negated_scope_end(self, position: int) -> int:
        """Where a negation's scope ends: its clause's end, an ellipsis, or a negation of its
        own joined by و (لن نعترف بأن … أرض روسية… ولن نسحب جنودنا من …: a claim of its own)."""
        end = self._clause_end(position)
        ellipsis = self.text.find("…", position, end)
        if ellipsis >= 0:
            end = ellipsis
        for t_start, t_end in self.analysis.words_in(position, end):
            word = self._word(t_start, t_end)
            if word[:1] in "وف" and _negation(word[1:]):
                return t_start
        return end

    def _clause_end(self, position: int) -> int:
        """Where the clause holding ``position`` ends (a clause break or the sentence end)."""
        sent_end = sentence_range(self.analysis, position)[1]
        for t_start, _ in self.analysis.words_in(position, sent_end):
            if has_break(self.text, position, t_start):
                return t_start
        return sent_end

    def _listed(self, phrase: _Phrase, limit: int) -> Iterator[_Phrase]:
        """Named places joined to a named territory by و (القرم ودونيتسك ولوغانسك)."""
        if phrase.territory.name is None:
            return
        position = norm_range(self.analysis, phrase.territory.span)[1]
        while True:
            following = self.analysis.words_in(position, min(limit, position + 60))
            if not following or has_break(self.text, position, following[0][0]):
                return
            adjectives = 0  # قاعدة الجفرة الجوية وقاعدة …: the adjectives of the place named
            while (
                adjectives < 2
                and len(following) > adjectives + 1
                and self._nisba_adjective(following[adjectives])
                and not has_break(self.text, following[adjectives][1], following[adjectives + 1][0])
            ):
                adjectives += 1
            following = following[adjectives:]
            t_start = following[0][0]
            place = self._place_at(t_start)
            noun_start = place[0] if place is not None else t_start  # وخيرسون: no و in the name
            if place is None and len(following) > 1 and self._is_noun(self._word(*following[0])):
                place = self._place_at(following[1][0])  # ومعبر رفح: a region noun, a place
                noun_start = t_start + 1
            if not self.text.startswith("و", t_start):
                return
            if place is None:
                word = self._word(*following[0])
                stem = word.lstrip("و")
                if not stem.startswith("ال") and (
                    stem.endswith(("ها", "هم", "هما"))
                    or (stem.endswith("ه") and stem[:-1] in self.nouns)
                ):
                    return  # مدينة الحديدة وموانئها: its own ports, part of the place named
                # a described territory after a named one (جبل الشيخ والمنطقة العازلة)
                if self._is_noun(self._word(*following[0])):
                    described = self._phrase(t_start + 1, limit)
                    if described is not None and described.start == t_start + 1:
                        yield described
                return
            span = self.analysis.span(min(noun_start, place[0]), place[1])
            territory = attrs.evolve(place[2], text=self.analysis.slice(span), span=span)
            yield _Phrase(territory, min(noun_start, place[0]), place[1])
            position = place[1]

    def _nisba_adjective(self, token: tuple[int, int]) -> bool:
        """A relative adjective with the article (الجوية، البحري، الشرقية), no territory
        noun and no place, or a count with the article (الخمس): it describes the noun before
        it."""
        word = self._word(*token)
        if word.startswith("ال") and any(s <= token[0] < e for s, e in self.number_ranges):
            return True  # ولايات دارفور الخمس: the count of the region named
        return (
            word.startswith("ال")
            and word.endswith(("يه", "ي"))
            and len(word) > 4
            and not self._is_noun(word)
            and self._place_at(token[0]) is None
        )

    def _refused(self, position: int) -> bool:
        """Whether a refusal governs the cue at ``position`` (within three words).

        A verb of refusing (ترفض إسرائيل الانسحاب) or a negated verb of agreeing
        (لن توافق على الانسحاب).
        """
        words: list[str] = []
        for t_start, t_end in reversed(self.analysis.words_in(max(0, position - 80), position)):
            if has_break(self.text, t_end, position):
                break
            word = self._word(t_start, t_end)
            if word in self.demands or (len(bare(word)) > 2 and bare(word) in self.demands):
                break  # ترفض الانسحاب وتطالب بالاعتراف …: the nearer verb, a demand, governs
            if any(a[0] <= t_start and t_end <= a[1] for a in self.actors):
                continue  # رفض الرئيس X مجدداً التخلي عن …: the subject's words count for none
            words.insert(0, word)
            if len(words) == 3:
                break
        if any(word.lstrip("وف") in self.refusals for word in words):  # وترفض
            return True
        return any(
            first in NEGATIONS and second in self.consents
            for first, second in itertools.pairwise(words)
        )

    def _controlled_over(self, cue: Cue) -> int | None:
        """Where على ends after a noun of control with its owner's pronoun and adjectives
        (سيطرته شبه الكاملة على، سيطرتها الإدارية والأمنية على، سيطرتها الفعلية على): up to
        four adjectives with the article (و between them, شبه before one), no تحت before the
        noun (تحت سيطرتها الكاملة على مدى عامين: whose control, over no territory). None
        when على does not follow so."""
        before = self.analysis.words_in(max(0, cue.start - 12), cue.start)[-1:]
        if before and self._word(*before[0]) == normalize_text("تحت"):
            return None
        spans = self.analysis.words_in(cue.end, min(len(self.text), cue.end + 80))[:5]
        for index, (t_start, t_end) in enumerate(spans):
            if has_break(self.text, cue.end, t_start):
                return None
            word = self._word(t_start, t_end)
            if word == "علي":
                return t_end if index else None
            if not (word.lstrip("و").startswith("ال") or word == normalize_text("شبه")):
                return None
            if word != normalize_text("شبه") and (
                self._is_noun(word) or self._place_at(t_start) is not None
            ):
                return None
        return None

    def _back_to_state(self, position: int, limit: int) -> ClaimKind | None:
        """The kind of a territory's going back to a hold (``territory_state_hold``), or None.

        The territory stands right after the word of going back, then within six words إلى
        and a noun of holding: a state's hold (عودة حقول النفط في X إلى سيطرة الدولة، إلى
        السيادة الأوكرانية) demands it back, a withdrawal demand; a region's (عودة غرب X إلى
        إدارة الإقليم، إلى إدارة منطقة Y) demands it be counted the region's, a recognition
        demand."""
        phrase = self._phrase(position, limit)
        if phrase is None:
            return None
        first = self.analysis.words_in(position, limit)[:1]
        if not first or phrase.start > first[0][1]:
            return None  # the territory comes first, no forces before it
        end = norm_range(self.analysis, phrase.territory.span)[1]
        hold = self.analysis.word_set("territory_state_hold")
        spans = self.analysis.words_in(end, limit)[:8]
        for index in range(len(spans) - 1):
            if has_break(self.text, end, spans[index][0]):
                return None
            if self._word(*spans[index]) != "الي":
                continue
            word = self._word(*spans[index + 1])
            if word not in hold and bare(word) not in {bare(w) for w in hold}:
                return None
            owner = spans[index + 2] if index + 2 < len(spans) else None
            regional = owner is not None and self._regional(owner)
            return ClaimKind.RECOGNITION_DEMAND if regional else ClaimKind.WITHDRAWAL_DEMAND
        return None

    def _regional(self, token: tuple[int, int]) -> bool:
        """Whether a word names a region, no state: a territory noun or a place that is no
        country (المنطقة، إقليم X، منطقة بانغسامورو), where a territory is returned to."""
        place = self._place_at(token[0])
        if place is not None:
            return place[2].kind == EntityKind.PLACE and not self._capital(place[2])
        return self._is_noun(self._word(*token))

    def _ranked(self, phrase: _Phrase) -> bool:
        """Whether a rank (``territory_rankings``: المركز، المرتبة، الصدارة) follows the place
        a verb of occupying was read to hold: that place is its subject, ranked."""
        end = norm_range(self.analysis, phrase.territory.span)[1]
        after = self.analysis.words_in(end, min(len(self.text), end + 30))[:1]
        return (
            bool(after)
            and not has_break(self.text, end, after[0][0])
            and bare(self._word(*after[0])) in self.analysis.word_set("territory_rankings")
        )

    def _told_present(self, cue: Cue) -> bool:
        """Whether a withdrawal cue is a present verb in the indicative (ينسحب الجيش من …، "جيش
        X" ينسحب من …): a finite verb of ``territory_withdrawal`` with no particle of the
        subjunctive or negation right before it (أن تنسحب، لن تنسحب، ما لم تنسحب، حتى تنسحب,
        which wish, refuse or set a condition). Told so, it is a withdrawal under way or planned
        (the terms of a deal: وينسحب الجيش تدريجياً من …), no one's demand."""
        word = self.text[cue.start : cue.end]
        stem = word[1:] if word[:1] in "وف" and word[1:] in self.withdrawal_words else word
        if (
            stem not in self.withdrawal_words
            or not stem.startswith(("ي", "ت", "ن"))
            or stem == normalize_text("تسليم")  # a verbal noun
        ):
            return False
        before = self.analysis.words_in(max(0, cue.start - 20), cue.start)[-1:]
        if not before or has_break(self.text, before[0][1], cue.start):
            return True
        previous = self._word(*before[0]).lstrip("وف")
        return not (
            previous in PARTICLES
            or previous in SUBJUNCTIVE_PARTICLES
            or _negation(previous)
            or previous in self.withdrawal_words  # سحب، خروج: a noun before, no verb
        )

    def _retreated_from(self, position: int, limit: int) -> int | None:
        """Where the territory fallen back from starts: after عن, past who falls back and a
        measure of how little (لن يتراجع الجيش متراً واحداً عن …، لن نتراجع "شبراً" عن …),
        within five words of the verb; None with no عن (لن يتراجع أمام الضغوط)."""
        for t_start, t_end in self.analysis.words_in(position, min(limit, position + 80))[:6]:
            if has_break(self.text, position, t_start):
                return None
            word = self._word(t_start, t_end)
            if word == "عن":
                return t_end
            if word in PREPOSITIONS:
                return None
        return None

    def _talk_refused(self, position: int) -> bool:
        """Whether the cue at ``position`` is what a refused or negated talk is about (رفض أي
        حديث عن الخروج من …، لا حديث عن الانسحاب من …): عن and a noun of talking right
        before it, a refusal or a negation before that noun."""
        spans = self.analysis.words_in(max(0, position - 40), position)[-2:]
        if (
            len(spans) < 2
            or has_break(self.text, spans[0][1], position)
            or self._word(*spans[1]) != "عن"
            or self._word(*spans[0]).lstrip("و") not in self.analysis.word_set("territory_talk_nouns")
        ):
            return False
        talk = spans[0][0]
        return self._negated(talk) or self._refused(talk)

    def _dismissed(self, position: int, limit: int) -> bool:
        """Whether a dismissing predicate (``territory_dismissals``: غير مطروح، خط أحمر) follows
        the territory starting at ``position`` in its clause, within ten words of its start:
        the withdrawal before is refused (الانسحاب من المدينة في هذه المرحلة غير مطروح، من
        المناطق الحدودية خط أحمر)."""
        spans = self.analysis.words_in(position, min(limit, position + 120))[:12]
        words: list[str] = []
        for t_start, t_end in spans:
            if has_break(self.text, position, t_start):
                break
            words.append(self._word(t_start, t_end))
        for entry in self.analysis.lexicon("territory_dismissals"):
            wanted = entry.split()
            for index in range(1, min(10, len(words) - len(wanted) + 1)):
                told = words[index : index + len(wanted)]
                if told[:-1] == wanted[:-1] and told[-1] in (wanted[-1], wanted[-1] + "ا"):
                    # شرط غير قابل للتفاوض، مطلب لا رجعة عنه: an adjective of a demand, the
                    # withdrawal insisted on
                    before = bare(words[index - 1])
                    return before not in self.demands and not before.startswith("مطلب")
        return False

    def _negated(self, position: int) -> bool:
        """Whether the cue at ``position`` is negated (لم تسيطر، بعدم الاعتراف)."""
        spans = self.analysis.words_in(max(0, position - 12), position)
        if not spans or has_break(self.text, spans[-1][1], position):
            return False
        word = self._word(*spans[-1])
        if word.lstrip("و") in THERE_IS:
            before = self.analysis.words_in(max(0, position - 40), position)[-3:-1]
            if any(
                _negation(self._word(*t)) and not has_break(self.text, t[1], position)
                for t in before
            ):
                return True  # لن يكون هناك انسحاب من …، ليس ثمة انسحاب: none is to be
        if (
            word in NO_LONGER
            and len(spans) > 1
            and not has_break(self.text, spans[-2][1], spans[-1][0])
            and _negation(self._word(*spans[-2]))
        ):
            return True  # لم تعد تسيطر على المدينة: it holds it no longer
        if not _negation(word):
            return False
        if word.lstrip("وف") == "لم" and len(spans) > 1 and self._word(*spans[-2]) == "ما":
            return False  # ما لم تنسحب القوات من …: "unless", a condition demanded, no negation
        if self._conditioned(position):
            return False  # لا سلام دون انسحاب …: "without" after a negation, a condition
        return not self._excepted(position)

    def _conditioned(self, position: int) -> bool:
        """Whether the cue at ``position`` is a condition told by a double negation: دون or
        بدون right before it and a negation earlier in its clause (لا سلام دون انسحاب القوات
        من …، لن نوقع أي اتفاق بدون خروج …): what is demanded before anything else."""
        spans = self.analysis.words_in(max(0, position - 80), position)[-7:]
        if not spans or self._word(*spans[-1]).lstrip("و") not in WITHOUT:
            return False
        for t_start, t_end in reversed(spans[:-1]):
            if has_break(self.text, t_end, position):
                return False
            word = self._word(t_start, t_end).lstrip("وف")
            if word in NEGATIONS and word not in WITHOUT and word != "عدم":
                return True
        return False

    def _excepted(self, position: int) -> bool:
        """Whether an exception (إلا) follows the negated cue at ``position`` within its
        clause, before its object: لا تسيطر بالكامل إلا على المدينة says what it does hold."""
        end = self._clause_end(position)
        for t_start, t_end in self.analysis.words_in(position, end)[1:4]:
            if self._word(t_start, t_end) == "الا":
                return True
            if self._word(t_start, t_end) in PREPOSITIONS:
                return False
        return False

    def _skip_forces(
        self, position: int, limit: int, direct: bool, transitive: bool = False
    ) -> int | None:
        """Skip what stands between a withdrawal cue and the territory left.

        That is the withdrawing forces or actor (القوات الروسية، الولايات المتحدة)
        and adverbs (الكامل، بالكامل); then "من" must follow, unless the cue
        takes the territory as its object (تغادر القوات الأراضي). Returns where
        the territory phrase starts, or None when nothing is withdrawn from.
        """
        spans = self.analysis.words_in(position, min(limit, position + 80))
        forces = {bare(f) for f in self.forces}
        foreign = {bare(f) for f in self.analysis.word_set("territory_foreign")}
        index = 0

        def is_forces(word: str) -> bool:  # القوات، وحداتها، جنوده
            return bare(word) in forces or _possessive_forces(word, forces)

        def skip_adverbs() -> None:
            nonlocal index
            while index < len(spans) and self._word(*spans[index]) in self.full_words:
                index += 1

        skip_adverbs()
        if (
            index + 1 < len(spans)
            and _demonstrative(self._word(*spans[index]))
            and is_forces(self._word(*spans[index + 1]))
        ):
            index += 1  # سحب هذه القوات من …، خروج تلك العناصر من …: forces told before
        elif (
            index + 1 < len(spans)
            and self._word(*spans[index]) in ANY_FORCES
            and is_forces(self._word(*spans[index + 1]))
        ):
            index += 1  # ببقاء أي قوات أجنبية في …، انسحاب أية قوات من …: any forces
        counted = index
        while index < len(spans) and self._counts_forces(*spans[index]):
            index += 1  # نحو 40 ألف جندي، جميع المرتزقة
        if index < len(spans) and not is_forces(self._word(*spans[index])):
            index = counted
        if (
            transitive
            and index + 1 < len(spans)
            and not is_forces(self._word(*spans[index]))
            and self._word(*spans[index + 1]).startswith("و")
            and is_forces(self._word(*spans[index + 1]))
            and not has_break(self.text, position, spans[index + 1][0])
        ):
            index += 1  # يسحب إدارته وقواته من …: forces among what is withdrawn
        actor = self._actor_at(spans[index][0], 1) if index < len(spans) else None
        if (
            transitive
            and index < len(spans)
            and not is_forces(self._word(*spans[index]))
            and actor is None
        ):
            return None  # سحب الأسلحة الثقيلة من …: no forces withdrawn
        if index < len(spans) and is_forces(self._word(*spans[index])):
            index += 1
            while index < len(spans):
                word = self._word(*spans[index])
                adjective = (
                    word.endswith(("يه", "ي"))
                    and not self._is_noun(word)
                    and word not in PREPOSITIONS  # إلى, normalised الي, is no adjective
                ) or bare(word) in foreign  # المقاتلين الأجانب: a broken plural adjective
                coordinated = word.startswith("و") and (
                    bare(word) in forces  # والمقاتلين
                    or (
                        word.endswith(("ه", "ها", "هم"))
                        and not self._is_noun(word)
                        and self._place_at(spans[index][0]) is None
                    )  # الجيش المالي وحلفائه
                )
                if adjective or coordinated or self._actor_at(spans[index][0], 0) is not None:
                    index += 1
                    continue
                break
        elif actor is not None:
            while index < len(spans) and spans[index][0] < actor[1]:
                index += 1  # انسحاب الولايات المتحدة من …: the one who withdraws
        skip_adverbs()
        if index >= len(spans) or has_break(self.text, position, spans[index][0]):
            return None
        if direct:
            return spans[index][0]
        deployed = self.analysis.word_set("territory_deployed")
        previous = ""
        for t_start, t_end in spans[index : index + 6]:  # انسحاب المرتزقة من …
            if has_break(self.text, position, t_start):
                return None
            word = self._word(t_start, t_end)
            if word == "من":
                return t_start
            if word == "مما":  # انسحاب الجيش مما تسميه "الأراضي المحتلة": what one calls it
                named = self.analysis.words_in(t_end, min(limit, t_end + 40))[:2]
                if (
                    len(named) == 2
                    and self._word(*named[0]) in self.analysis.word_set("territory_naming")
                    and not has_break(self.text, t_end, named[1][0])
                ):
                    return named[1][0]
                return None
            if word == "في" and previous in deployed:
                return t_start  # سحب جنودها المنتشرين في إقليم …: where they are deployed
            if word == "الي":
                return self._line_after(t_end, limit)  # انسحاب القوات إلى الخطوط التي …
            previous = word
        return None

    def _recognised_as_other(self, phrase: _Phrase) -> bool:
        """Whether a country is recognised as a state of some kind other than sovereign
        (بكوريا الشمالية دولةً نووية), not as the owner of a territory."""
        place = self._place_at(phrase.start)
        if place is None or place[2].kind != EntityKind.COUNTRY:
            return False
        after = self.analysis.words_in(place[1], min(len(self.text), place[1] + 30))[:2]
        state = normalize_text("دولة")
        return (
            len(after) == 2
            and bare(self._word(*after[0])) == state
            and self._word(*after[1]) not in self.analysis.word_set("territory_state_words")
        )

    def _kept_elsewhere(self, start: int, end: int) -> bool:
        """Whether a kept object stands before في and the territory (بطائرات حديثة في قاعدة):
        no forces and no noun of control or presence among the words skipped."""
        words = [self._word(*t) for t in self.analysis.words_in(start, end)]
        if "في" not in words or words.index("في") == 0:
            return False
        kept = {bare(w) for w in self.forces} | self.analysis.word_set("territory_kept_presence")
        return not any(bare(w) in kept or w in kept for w in words)

    def _line_head(self, position: int, word: str) -> bool:
        """A line withdrawn to, right after إلى or ما وراء (إلى الخطوط التي …), or one held,
        right after عند or عن (سيبقى الجيش عند الخط الأصفر، لن يتراجع عن الخط الأصفر)."""
        if bare(word) not in self.analysis.word_set("territory_lines"):
            return False
        previous = self.analysis.words_in(max(0, position - 12), position)[-1:]
        return bool(previous) and self._word(*previous[0]) in ("الي", "وراء", "عند", "عن")

    def _share_restated(self, position: int, limit: int) -> tuple[int, float, _Phrase] | None:
        """A share that restates what is held, after "أي" (that is) right after it: "تسيطر
        على شرق البلاد وجنوبها، أي ما يقارب 70% من مساحة ليبيا" (a hedge may stand before
        the share). Returns where it starts, the share and the territory of the whole."""
        spans = self._that_is_words(position, min(limit, position + 40), 5)
        if spans is None:
            return None
        for p_start, p_end, quantity in self.percents:
            if spans[0][1] <= p_start <= spans[-1][0]:
                whole = self._share_of(p_end, limit)
                if whole is None:
                    return None
                held = self.analysis.words_in(whole.start, whole.end)[:2]
                if len(held) == 2 and self._word(*held[0]) == normalize_text("مساحة"):
                    named = self._named_before(*held[1])  # مساحة الولاية: the state told before
                    if named is not None:
                        whole = attrs.evolve(whole, territory=named)
                return spans[0][0], float(quantity.value), whole
        return None

    def _that_is(self, position: int, limit: int) -> _Phrase | None:
        """The territory after "أي" (that is) right after a territory phrase: ، أي من X."""
        spans = self._that_is_words(position, min(limit, position + 30), 2)
        return None if spans is None else self._phrase(spans[0][1], limit)

    def _that_is_words(self, position: int, end: int, count: int) -> list[tuple[int, int]] | None:
        """The first ``count`` words before ``end`` when the first is "أي" (that is) with no
        full stop before it, else None: what a restatement after a territory is read from."""
        spans = self.analysis.words_in(position, end)[:count]
        if (
            not spans
            or self._word(*spans[0]) != normalize_text("أي")
            or _full_stop_in(self.text[position : spans[0][0]])
        ):
            return None
        return spans

    def _line_after(self, position: int, limit: int) -> int | None:
        """Where a line withdrawn to starts after إلى (الخطوط التي كانت تتمركز فيها، ما وراء
        الخط الأزرق), or None: a withdrawal to anything else names no territory left."""
        spans = self.analysis.words_in(position, min(limit, position + 40))[:4]
        lines = self.analysis.word_set("territory_lines")
        index = 0
        if [self._word(*t) for t in spans[:2]] == ["ما", "وراء"]:
            index = 2
        if (
            index + 1 < len(spans)
            and bare(self._word(*spans[index])) in lines
            and not has_break(self.text, spans[index][1], spans[index + 1][0])
        ):
            return spans[index][0]  # a line said which (حدود عام 1991), not إلى الحدود
        return None

    def _counts_forces(self, start: int, end: int) -> bool:
        """Whether a word counts the forces of a withdrawal: a number, hedge or quantifier."""
        word = self._word(start, end)
        if word in self.share_words or word in self.quantifiers:
            return True
        return any(q_start <= start < q_end for q_start, q_end in self.number_ranges)

    def _phrase(self, position: int, limit: int, skip: int = 0) -> _Phrase | None:
        """The territory phrase starting at ``position``, or None when it names no territory.

        ``skip`` words may stand before the territory head (الاعتراف بالوضع الجديد في
        المناطق …); otherwise the head comes first, after a preposition or quantifier.
        """
        text = self.text
        lines = self.analysis.word_set("territory_lines")
        spans: list[tuple[int, int]] = []
        tail = 0  # where an adverb of completeness after the territory ends
        for t_start, t_end in self.analysis.words_in(position, min(limit, position + 160)):
            gap_start = spans[-1][1] if spans else position
            # a quote ends the phrase, but one may open it (الاعتراف بـ"الواقع القائم على …")
            opening = all(self._word(*t) in LEADING_PREPOSITIONS for t in spans)
            if has_break(text, gap_start, t_start) or (
                not opening
                and '"' in text[gap_start:t_start]
                and self._word(*spans[-1]) not in RELATIVES  # المناطق التي "تحتلها …"
                and self._known_as(spans) is None  # الجزء المعروف باسم "أكساي تشين"
            ):
                break
            word = text[t_start:t_end]
            if not opening and (word in self.stops or bare(word) in self.stops):
                break
            if spans and word[:1] == "و" and word[1:] in self.share_words and "%" not in word:
                break  # … من إقليم دونباس وما يقارب 60% من …: a further share begins
            if spans and not opening and self._other_conjunct(t_start, t_end):
                break  # من المدينة وإطلاق سراح المعتقلين، مدناً عدة وتفرض حصاراً على …
            if (
                spans
                and not opening
                and t_start in self._cue_starts
                and not any(self._word(*t) in RELATIVES for t in spans[-3:])
            ):
                break  # من الأراضي الأرمنية سيطرت عليها خلال …: another claim's verb begins
            if spans and not opening and self._predicate_noun(word) and len(word) > 3:
                break  # بهذه المناطق جزءاً من الأراضي الروسية: what they are to be, no territory
            if spans and not opening and self._completeness(word):
                tail = t_end  # على ساحلها كاملاً: the claim's evidence, no part of the land
                break
            if (
                spans
                and not opening
                and word == OTHER_THAN
                and self._predicate_after(spans[-1], t_end)
            ):
                break  # أراضيها ومياهها غير قابلة للتفاوض: what is said of it
            if (
                spans
                and not opening
                and not any(self._word(*t) in RELATIVES for t in spans)
                and self._clause_after_definite(spans[-1], t_start, t_end)
            ):
                break  # من أراضيها تقدمت إليها القوات: a verb and its pronoun, no territory
            spans.append((t_start, t_end))
            if len(spans) == MAX_PHRASE:
                break
        named = self._known_as(spans)
        if named is not None and named < len(spans):
            # الجزء المتبقي المعروف بـ"أكساي تشين": the name is the territory
            name_end = next(
                (
                    i
                    for i in range(named + 1, len(spans))
                    if '"' in text[spans[i - 1][1] : spans[i][0]]
                ),
                len(spans),
            )
            place = self._place_at(spans[named][0])
            if place is not None:
                return _Phrase(place[2], place[0], spans[name_end - 1][1])
            start, end = spans[named][0], spans[name_end - 1][1]
            return _Phrase(self._descriptive(start, end), start, end)
        index = 0
        while index < len(spans) and self._word(*spans[index]) in LEADING_PREPOSITIONS:
            index += 1
        if index + 1 < len(spans) and self._word(*spans[index]) == normalize_text("داخل"):
            index += 1  # من داخل المدينة، من داخل حدود المنطقة: inside it, the territory
            if index + 1 < len(spans) and self._word(*spans[index]) == normalize_text("حدود"):
                index += 1
        if (
            index + 1 < len(spans)
            and self._word(*spans[index]).endswith("ا")
            and len(self._word(*spans[index])) > 4
            and not self._is_noun(self._word(*spans[index]))
            and self._place_at(spans[index][0]) is None
            and (
                self._is_noun(self._word(*spans[index + 1]))
                or self._place_at(spans[index + 1][0]) is not None
            )
        ):
            index += 1  # ضماً فعلياً للأراضي المحتلة: an adverb in the accusative
        if (
            index + 2 < len(spans)
            and any(s <= spans[index][0] < e for s, e in self.number_ranges)
            and self._word(*spans[index + 1]) == "من"
        ):
            index += 2  # على أربع من ولايات دارفور: a count of the territories
            if index < len(spans) and self._word(*spans[index]) == normalize_text("أصل"):
                index += 1  # على 14 من أصل 17 بلدة: the count out of all of them
        measure = index + (1 if index < len(spans) and self._word(*spans[index]) == "اي" else 0)
        if (
            measure + 2 < len(spans)
            and bare(self._word(*spans[measure])) in self.analysis.word_set("territory_slogan_measures")
            and self._word(*spans[measure + 1]) == "من"
            and self._place_at(spans[measure + 2][0]) is not None
        ):
            index = measure + 2  # لن تتخلى عن أي شبر من كشمير: the place the measure is of
        leading = index
        while leading < len(spans) and (
            self._word(*spans[leading]) in self.quantifiers
            or (  # من أي مواقع قرب X: "any" of the territories, which belong to the phrase
                leading == index
                and self._word(*spans[leading]) == ANY
                and leading + 1 < len(spans)
                and self._is_noun(self._word(*spans[leading + 1]))
            )
            or _demonstrative(self._word(*spans[leading]))  # هذه المناطق، تلك المواقع
            or self._direction(self._word(*spans[leading]))  # غرب البلاد، شمال وشرق سوريا
            or (
                leading + 1 < len(spans)
                and any(s <= spans[leading][0] < e for s, e in self.number_ranges)
                and self._is_noun(self._word(*spans[leading + 1]))
            )
        ):
            leading += 1  # عدة مناطق، جميع أراضي، ثماني قرى
        if skip:  # على كامل المنطقة، في شمال وشرق البلاد: a quantifier or a direction among
            # the words skipped does not count
            counted = 0
            while True:
                more = sum(
                    1
                    for t in spans[leading : leading + skip + counted + 1]
                    if self._word(*t) in self.quantifiers or self._direction(self._word(*t))
                )
                if more == counted:
                    break
                counted = more
            skip += counted
        for head in range(index, min(len(spans), leading + skip + 1)):
            h_start, _ = spans[head]
            word = self._word(*spans[head])
            place = self._place_at(h_start)
            if (
                place is not None
                and place[2].kind == EntityKind.COUNTRY
                and head > leading
                and not self._after_preposition(spans, head)
                and not self._direction(self._word(*spans[head - 1]))  # في شمال سوريا
                and bare(self._word(*spans[head - 1])) not in self.statehood
            ):
                place = None  # إبقاء الوسيط الأميركي: a demonym of the noun before, no territory
            region = (  # غرب البلاد: the country's part a direction names
                head > 0
                and self._word(*spans[head - 1]) in self.directions
                and bare(word) == normalize_text("بلاد")
            )
            if (
                not self._is_noun(word)
                and place is None
                and not self._part_of(spans, head)
                and not region
                and not (self._line_head(h_start, word) and head + 1 < len(spans))
                and not self._region_of_country(spans, head)
            ):
                continue  # a line needs words that say which (إلى حدود عام 1991, not إلى الحدود)
            if head > leading and place is not None and self._word(*spans[head - 1]) == "من":
                continue  # الإبقاء على موقف قريب من القاهرة: no territory of the claim
            if (
                word == normalize_text("الأرض")
                and head > 0
                and self._word(*spans[head - 1]) == "علي"
            ):
                continue  # الاعتراف بالحقائق على الأرض: "on the ground", no land claimed
            start = h_start
            if head > 0 and f"{self._word(*spans[head - 1])} {word}" in self.nouns:
                start = spans[head - 1][0]  # شبه جزيرة
                head -= 1
            if head > 0 and (
                self._word(*spans[head - 1]) in self.quantifiers
                or self._word(*spans[head - 1]) == ANY
                or self._direction(self._word(*spans[head - 1]))
                or _demonstrative(self._word(*spans[head - 1]))
                or any(
                    s < spans[head - 1][1] and spans[head - 1][0] < e for s, e in self.number_ranges
                )  # بخمس تلال: the count may follow a preposition in its word
            ):
                start = spans[head - 1][0]  # جميع أراضي، ثلاث نقاط، غرب البلاد
                back = head - 1
                while back > 0 and self._direction(self._word(*spans[back])) and (
                    self._direction(self._word(*spans[back - 1]))
                ):
                    back -= 1  # شمال وشرق سوريا: directions joined by و, all of the territory
                    start = spans[back][0]
            start = self._without_preposition(start)
            end = spans[-1][1]  # the evidence may go on to ``tail``
            cut = next((p for p in self.places if p[0] < end < p[1]), None)
            if cut is None and self._word(*spans[-1]).lstrip("و") in self.directions:
                cut = self._place_at(end + 1)  # … وجنوب دارفور: the direction's place
            if cut is not None and not has_break(text, end, cut[0]):
                end = max(end, cut[1])  # … في إقليمي شمال كيفو وجنوب كيفو: not cut in two
            if place is None:
                # a region noun naming a place: مقاطعة لوغانسك، شبه جزيرة القرم، محور فيلادلفيا
                part = self._part_of(spans, head)
                for follow in range(head + 1, min(len(spans), head + (5 if part else 3))):
                    place = self._place_at(spans[follow][0])
                    if part and place is not None and place[2].kind == EntityKind.COUNTRY:
                        place = None  # الجانب الفلسطيني لمعبر رفح: the side's adjective
                        continue
                    if place is not None:
                        break
            if place is not None and not self._adjective_country(place, h_start):
                p_start, p_end, entity = place
                text_start = start if start <= p_start else p_start
                if not self.text[text_start:p_start].strip("وفبلك"):
                    text_start = p_start  # بأبخازيا: the preposition is no part of the name
                territory = attrs.evolve(
                    entity,
                    text=self.analysis.slice(self.analysis.span(text_start, p_end)),
                    span=self.analysis.span(text_start, p_end),
                )
                return _Phrase(territory, text_start, max(end, tail))
            text_end = next(
                (
                    spans[i - 1][1]
                    for i in range(head + 1, len(spans))
                    if self._date_at(*spans[i])
                    and bare(self._word(*spans[i - 1])) not in lines
                ),
                end,
            )  # ضم أربع مقاطعات في سبتمبر 2022: the time is told, no part of the territory
            # (حدود عام 1967 names a line by its year)
            return _Phrase(self._descriptive(start, text_end), start, max(end, tail))
        return None

    def _completeness(self, word: str) -> bool:
        """An adverb of completeness after the territory (كاملاً، تماماً، بالكامل): how much of
        it, no part of its name."""
        return word in COMPLETENESS

    @functools.cached_property
    def list_leaders(self) -> list[Cue]:
        return find_cues(self.analysis, {"territory_list_leaders": "leader"})

    def _led_items(self, phrase: _Phrase, limit: int) -> list[_Phrase]:
        """The named items a general territory leads to after a comma (المدن والأعيان
        المدنية، وفي مقدمتها X ومدن Y; ``territory_list_leaders``): each a territory of its own,
        the general words none. A territory with a name, a relative clause or a count of its
        own (المدن التي سيطروا عليها، النقاط الخمس) is claimed as told: no list after it."""
        if phrase.territory.name is not None:
            return []
        words = self.analysis.words_in(phrase.start, phrase.end)
        if any(self._word(*t) in RELATIVES for t in words) or any(
            phrase.start <= s < phrase.end for s, _ in self.number_ranges
        ):
            return []
        leader = next(
            (
                c
                for c in self.list_leaders
                if phrase.end <= c.start <= phrase.end + 3
                and "," in self.text[phrase.end : c.start]
                and not self.text[phrase.end : c.start].strip(" ,")
            ),
            None,
        )
        if leader is None:
            return []
        first = self._phrase(leader.end, limit)
        if first is None or first.territory.name is None or first.start > leader.end + 6:
            return []
        return [first, *self._listed(first, limit)]

    def _definite(self, token: tuple[int, int]) -> bool:
        """Whether the word is definite: the article, a pronoun of its owner, or a name."""
        word = self._word(*token)
        return (
            word.lstrip("وفبل").startswith("ال")
            or word.endswith(("ها", "هم", "هما", "نا"))
            or any(s < token[1] and token[0] < e for s, e, _ in self.places)
        )

    def _clause_after_definite(self, last: tuple[int, int], start: int, end: int) -> bool:
        """Whether the word at ``start`` is a verb opening a clause of its own after a definite
        territory: a word with no article that is no territory noun nor place, followed by a
        preposition with a pronoun within three words (أراضيها تقدمت إليها، البلدة انسحب الجيش
        منها). A definite noun takes a relative clause only after التي / الذي, so the
        territory ends before it; an indefinite one may take it with no pronoun (قرى احتلتها:
        the code before keeps it)."""
        word = self._word(start, end)
        if word.lstrip("وف").startswith("ال") or self._is_noun(word) or not self._definite(last):
            return False
        resumed = False
        for t_start, t_end in self.analysis.words_in(end, min(len(self.text), end + 40))[:3]:
            if has_break(self.text, end, t_start) or self._word(t_start, t_end) in RELATIVES:
                return False
            if self._word(t_start, t_end) in RESUMPTIVES:
                resumed = True  # تقدمت إليها، انسحب الجيش منها: its subject may come between
                break
        if not resumed or any(s <= start < e for s, e in self.number_ranges):
            return False
        # إقليم كشمير المتنازع عليه: a word of a name, no verb
        return not any(s <= start < e for s, e, _ in self._entities)

    def _predicate_after(self, last: tuple[int, int], end: int) -> bool:
        """Whether the word ending at ``end`` begins what is said of the territory before it,
        no part of it: غير and a word with no article after a definite word (أراضيها غير قابلة
        للتفاوض، المنطقة غير خاضعة لأحد; الأراضي غير المحتلة keeps its adjective)."""
        words = self.analysis.words_in(last[1], min(len(self.text), end + 30))[:2]
        if len(words) < 2 or self._word(*words[0]) != OTHER_THAN:
            return False
        following = self._word(*words[1])
        return self._definite(last) and not following.startswith("ال")

    def _region_of_country(self, spans: list[tuple[int, int]], index: int) -> bool:
        """Whether word ``index`` is a direction with the article standing for a region of
        the country (يسيطر الجيش على الشمال والشرق، يحتفظ بالوسط): a territory of its own,
        unless it is where something goes (إلى الشمال، نحو الجنوب)."""
        word = self._word(*spans[index]).lstrip("وف")
        word = word[1:] if word.startswith(("بال", "لل")) else word
        if not word.startswith("ال") or word[2:] not in CARDINAL_DIRECTIONS:
            return False
        previous = self._word(*spans[index - 1]) if index else ""
        return previous not in {normalize_text(w) for w in ("إلى", "نحو", "باتجاه", "صوب")}

    def _direction(self, word: str) -> bool:
        """A direction, alone or joined by و to one before it (شمال، وشرق)."""
        return word in self.directions or (word[:1] == "و" and word[1:] in self.directions)

    def _known_as(self, spans: list[tuple[int, int]]) -> int | None:
        """Where the name starts after a word of naming among ``spans`` (الجزء المعروف باسم
        "…"، المنطقة المسماة …، التي يطلق عليها …): the word after the naming word and its ب
        or باسم, when a quote opens before it or a place begins there; None otherwise."""
        known = self.analysis.word_set("territory_known_as")
        for index in range(1, len(spans)):
            word = self._word(*spans[index])
            two = f"{word} {self._word(*spans[index + 1])}" if index + 1 < len(spans) else ""
            if word not in known and two not in known:
                continue
            if not any(self._is_noun(self._word(*t)) for t in spans[:index]):
                return None  # الاتفاق المعروف باسم "…": a name of no territory
            before = self._word(*spans[index - 1])
            if before in PREPOSITIONS or before in {
                normalize_text(w) for w in ("ما", "مما", "خلف", "وراء", "أمام", "داخل")
            }:
                return None  # مساحة القطاع خلف ما يعرف بـ"الخط …": the name of another thing
            after = index + (2 if two in known else 1)
            if after < len(spans) and self._word(*spans[after]) in ("ب", "باسم"):
                after += 1
            if after >= len(spans):
                return after if after == len(spans) else None
            gap = self.text[spans[after - 1][1] : spans[after][0]]
            if '"' in gap or self._place_at(spans[after][0]) is not None:
                return after
            return None
        return None

    def _other_conjunct(self, start: int, end: int) -> bool:
        """Whether the word at ``start`` joins by و something that is no territory: a verb or
        a verbal noun (وتفرض حصاراً، وإطلاق سراح المعتقلين، وعودة النازحين) ends the territory.

        A territory noun, a place, a quantifier, a direction (وجنوبها), a number, a word
        with the article (والمنطقة العازلة) or a relative pronoun continue it."""
        word = self._word(start, end)
        if not word.startswith("و") or len(word) < 4:
            return False
        stem = word[1:]
        if stem.startswith("ال") or stem in RELATIVES or self._is_noun(stem):
            return False
        if stem in self.quantifiers or stem in self.directions or _demonstrative(stem):
            return False
        if any(
            stem.endswith(suffix) and stem[: -len(suffix)] in self.directions
            for suffix in ("ها", "ه", "هما", "هم")
        ):
            return False  # شرق البلاد وجنوبها
        if any(s <= start + 1 < e for s, e, _ in self._entities):
            return False  # وخيرسون، وتل أبيض
        if any(s <= start + 1 < e for s, e in self.number_ranges):
            return False
        if stem[:1] in "تين":
            return True  # a verb in the present (وتفرض، ويمنع)
        # a verbal noun of the derived forms (وإطلاق، وانسحاب، واستعادة): a long ا before its
        # last root letter; واسعة, an adjective, has none
        root_end = stem[:-1] if stem.endswith("ه") else stem
        return stem[:1] == "ا" and len(root_end) >= 4 and root_end[-2] == "ا"

    def _date_at(self, start: int, end: int) -> bool:
        """Whether a date begins at the word ``start``–``end`` or right after it when it is a
        preposition of time (في سبتمبر 2022، منذ أواخر 2020، عام 2014)."""
        if start in self.date_starts:
            return True
        if self._word(start, end) not in ("في", "منذ", "خلال"):
            return False
        following = self.analysis.words_in(end, min(len(self.text), end + 4))[:1]
        return bool(following) and following[0][0] in self.date_starts

    def _part_of(self, spans: list[tuple[int, int]], index: int) -> bool:
        """Whether word ``index`` names a side or part of a territory after it.

        "الجانب الفلسطيني لمعبر رفح"، "الشطر الشرقي من المدينة": a noun of a side
        (``territory_part_heads``), an adjective or two, then ل or من and the territory.
        """
        if (
            bare(self._word(*spans[index])) in self.analysis.word_set("territory_construct_parts")
            and index + 1 < len(spans)
        ):  # قمة جبل الشيخ: the top of the height named right after (قمة الرياض: a meeting)
            return self._is_noun(self._word(*spans[index + 1]))
        if bare(self._word(*spans[index])) not in self.analysis.word_set("territory_part_heads"):
            return False
        for follow in range(index + 1, min(len(spans), index + 4)):
            word = self._word(*spans[follow])
            if word == "من" and follow + 1 < len(spans):
                after = spans[follow + 1]
                return self._is_noun(self._word(*after)) or self._place_at(after[0]) is not None
            if word.startswith("ل") and len(word) > 3:
                return self._is_noun(word[1:]) or self._place_at(spans[follow][0]) is not None
        return False

    def _after_preposition(self, spans: list[tuple[int, int]], index: int) -> bool:
        """Whether a preposition stands right before word ``index`` (على القرم، بالقرم)."""
        word = self._word(*spans[index])
        previous = self._word(*spans[index - 1]) if index else ""
        return previous in PREPOSITIONS or word.startswith(("ب", "ل"))

    def _adjective_country(self, place: tuple[int, int, Entity], head: int) -> bool:
        """Whether the place is only an adjective of a noun (الأراضي الأوكرانية): keep the phrase."""
        return place[2].kind == EntityKind.COUNTRY and place[0] > head

    def _without_preposition(self, start: int) -> int:
        """``بالأراضي`` → ``الأراضي``: a preposition fused to the head is not territory."""
        text = self.text
        if text[start : start + 1] in ("ب", "ل") and text[start + 1 : start + 3] == "ال":
            return start + 1
        if text[start : start + 2] == "لل":
            return start + 1
        word = next((self._word(*t) for t in self.analysis.words_in(start, start + 30)[:1]), "")
        if word[:1] in ("ب", "ل") and (
            word[1:] in self.nouns
            or _demonstrative(word[1:])
            or any(s == start + 1 for s, _ in self.number_ranges)
        ):
            return start + 1  # بمدينة الفاشر، بهذه المناطق، بخمس تلال: the noun, no preposition
        return start

    def _descriptive(self, start: int, end: int) -> Entity:
        span = self.analysis.span(start, end)
        entity = Entity(self.analysis.slice(span), span, EntityKind.PLACE)
        antecedent = self._named_before(start, end)
        if antecedent is not None:  # المحور after محور فيلادلفيا: that corridor, by its name
            entity = attrs.evolve(antecedent, text=entity.text, span=span)
        return entity

    def _named_before(self, start: int, end: int) -> Entity | None:
        """The named place a bare definite territory noun refers back to, or None.

        "المحور" (one word, the article, a territory noun) names the last place told
        before it with that noun as its region noun (محور فيلادلفيا), if any.
        """
        words = self.analysis.words_in(start, end)
        if len(words) != 1:
            return None
        word = self._word(*words[0])
        if not word.lstrip("وف").removeprefix("ب").removeprefix("ل").startswith(("ال", "ل")):
            return None
        noun = bare(word)
        if noun not in self.nouns:
            return None
        for p_start, _, entity in reversed(self.places):
            if p_start >= start or entity.kind not in (EntityKind.PLACE, EntityKind.COUNTRY):
                continue
            own = entity.text.split()
            if own and noun in (normalize_text(own[0]), bare(normalize_text(own[0]))) and len(
                own
            ) > 1:  # ولاية كاتشين: bare would take the و of ولاية for a conjunction
                return entity
            previous = self.analysis.words_in(max(0, p_start - 20), p_start)[-1:]
            if previous and bare(self._word(*previous[0])) == noun:
                return entity
        return None

    def _coordinated(
        self, position: int, limit: int, bare: bool = True
    ) -> tuple[int, _Phrase] | None:
        """A territory coordinated after ``position`` (…، بالإضافة إلى X) and where it starts.

        With ``bare`` false a lone و is no connector."""
        text = self.text
        rest = text[position:limit]
        stripped = rest.lstrip(" ,")
        offset = position + len(rest) - len(stripped)
        for connector in COORDINATORS:
            if not bare and connector == COORDINATORS[-1]:
                continue
            if stripped.startswith(connector):
                start = offset
                phrase = self._phrase(offset + len(connector), limit)
                if phrase is None:
                    continue
                between = text[offset + len(connector) : phrase.start].strip()
                if self._clause_subject(phrase):
                    return None
                if phrase.start - (offset + len(connector)) <= 4 or between in PREPOSITIONS:
                    return start, phrase  # ثم على العاصمة: the verb left out, its preposition told
        return None

    def _clause_subject(self, phrase: _Phrase) -> bool:
        """Whether a capital read as a coordinated territory opens a clause of its own: words
        follow it in the phrase that are no part of a place (، وموسكو ترفض ذلك، ويريفان
        جمدت مشاركتها). A capital acts for its state; with nothing after it (من غزة، ورام
        الله) it is a place in the list."""
        if phrase.territory.id is None or not self._capital(phrase.territory):
            return False
        end = norm_range(self.analysis, phrase.territory.span)[1]
        after = self.analysis.words_in(end, phrase.end)[:1]
        if not after or has_break(self.text, end, after[0][0]):
            return False
        word = self._word(*after[0])
        return word not in PREPOSITIONS and word not in self.directions

    def _demander(self, position: int, sent_start: int) -> tuple[int, int, Entity] | None:
        """Who demands, when a finite verb of demanding governs the cue with its subject and
        object after it: the first actor after the verb (تطالب بريشتينا بلغراد بالاعتراف بـ …،
        دعت موسكو كييف إلى سحب قواتها، طالبت الحكومة الصومالية القوات الإثيوبية بالانسحاب),
        not the side the demand is made of, nearer the cue. A participle or verbal noun
        (مطالباً الجماعة بـ …، مطالبة) and an obligation (يجب على …) have their object after
        them, and no subject."""
        words = self.analysis.words_in(max(sent_start, position - 120), position)[-8:]
        for index in range(len(words) - 1, -1, -1):
            if _full_stop_in(self.text[words[index][1] : position]):
                return None
            word = self._word(*words[index]).lstrip("وف")
            if word not in self.demands or word.startswith(("م", "ال")):
                continue
            if word in {normalize_text(w) for w in ("يجب", "ينبغي", "ضرورة", "إصرار", "شرط")}:
                return None
            after = words[index][1]
            capitals = [p for p in self.places if self._capital(p[2])]  # a capital for its state
            return next(
                (
                    a
                    for a in sorted(self.actors + capitals)
                    if after <= a[0] < position
                    and not has_break(self.text, after, a[0])
                    and not self._describes_territory(a)
                ),
                None,
            )
        return None

    def _claimant_before(self, position: int, sent_start: int) -> tuple[int, int, Entity] | None:
        """The nearest actor before ``position`` in its sentence. A capital stands for its
        state, but no other town (جولة جدة، في جدة: where, not who) and no place after a
        preposition (في الدوحة، من كونمينغ: where something is told); the one a participle or
        verbal noun of demanding is addressed to (مطالباً الجيش بالانسحاب، داعياً المجتمع
        الدولي إلى …) is asked, and the claimant is sought before it."""
        capitals = [
            p for p in self.places if p[2].kind == EntityKind.PLACE and self._capital(p[2])
        ]
        before = sorted(
            (a for a in self.actors + capitals if sent_start <= a[0] and a[1] <= position),
            key=lambda a: a[1],
        )
        for item in reversed(before):
            if self._describes_territory(item):
                continue  # الجولان السورية، الأراضي الأوكرانية: whose land, not who claims it
            if item[2].kind == EntityKind.PLACE and self._after_preposition_at(item[0]):
                continue  # في الدوحة: the place where, no actor
            if self._addressed(item[0]):
                continue  # مطالباً فنزويلا بسحب …: who is asked, not who asks
            if item[2].kind == EntityKind.PLACE and self._is_noun(self._word(*item[:2]).split()[0]):
                continue  # هضبة الجولان: a territory, not a capital speaking for its state
            if (
                item[2].kind != EntityKind.PLACE
                or self._country(item[2]).kind == EntityKind.COUNTRY
            ):
                return item
        return None

    def _after_preposition_at(self, start: int) -> bool:
        """Whether the entity at ``start`` follows a preposition, apart or joined (في الدوحة،
        بالدوحة، لكونمينغ)."""
        word = next((self._word(*t) for t in self.analysis.words_in(start, start + 30)[:1]), "")
        if word[:1] in ("ب", "ل") and self.text[start : start + 1] != word[:1]:
            return True
        previous = self.analysis.words_in(max(0, start - 12), start)[-1:]
        return bool(previous) and self._word(*previous[0]) in PREPOSITIONS

    def _addressed(self, start: int) -> bool:
        """Whether the actor at ``start`` is the object of a participle or verbal noun of
        demanding right before it, or the demonym of forces that are (مطالباً X، داعياً X،
        مطالبة X بـ، مطالباً القوات X-ية بالانسحاب): the side asked."""
        previous = self.analysis.words_in(max(0, start - 40), start)[-3:]
        forces = {bare(f) for f in self.forces}
        while previous and bare(self._word(*previous[-1])) in forces:
            previous = previous[:-1]  # مطالباً القوات التايلاندية: whose forces are asked
        if not previous or has_break(self.text, previous[-1][1], start):
            return False
        word = self._word(*previous[-1]).lstrip("وف")
        return word in self.demands and word.startswith(("م", "د")) and word.endswith(("ا", "ه"))

    def _describes_territory(self, item: tuple[int, int, Entity]) -> bool:
        """Whether a country word is the adjective of a territory right before it."""
        if item[2].kind != EntityKind.COUNTRY:
            return False
        previous = self.analysis.words_in(max(0, item[0] - 30), item[0])
        if not previous or has_break(self.text, previous[-1][1], item[0]):
            return False
        word = self._word(*previous[-1])
        if self._is_noun(word):
            return True
        # الجولان السورية: an adjective with the article after a place; a name after one
        # (اتهمت الخرطوم إثيوبيا بـ …) is the next actor, no adjective
        adjective = self._word(item[0], item[1]).lstrip("وفبل").startswith("ال")
        return adjective and any(p[1] == previous[-1][1] for p in self.places)

    def _share_inside(self, start: int, end: int) -> float | None:
        for full in self.full:
            if start <= full.start < end:
                return 100.0
        return None

    def _year_after(self, position: int, limit: int) -> int | None:
        """A year right after the territory (… الجولان السورية منذ عام 1967)."""
        match = YEAR.search(self.text, position, min(limit, position + 16))
        return int(match.group(1)) if match else None

    def _year(self, evidence: tuple[int, int], sent_start: int) -> int | None:
        """A year written in the claim, or the one "ذلك العام" refers back to."""
        match = YEAR.search(self.text, evidence[0], evidence[1])
        if match:
            return int(match.group(1))
        if "ذلك العام" in self.text[sent_start : evidence[0]]:
            years = YEAR.findall(self.text, 0, sent_start)
            if years:
                return int(years[-1])
        return None

    def _record(
        self,
        kind: ClaimKind,
        phrase: _Phrase,
        claimant: tuple[int, int, Entity] | None,
        share: float | None,
        year: int | None,
        evidence: tuple[int, int],
        segment: str,
    ) -> TerritoryClaim:
        claimant_entity = self._country(claimant[2]) if claimant is not None else None
        named = phrase.territory.id is not None
        confidence = 0.6 + 0.15 * named + 0.1 * (claimant_entity is not None)
        return TerritoryClaim(
            evidence=self.analysis.span(*evidence),
            extractor=__name__,
            confidence=round(confidence, 2),
            segment=segment,
            territory=phrase.territory,
            kind=kind,
            claimant=claimant_entity,
            share_percent=share,
            year=year,
        )

    def _country(self, entity: Entity) -> Entity:
        """The claimant as a country where co-reference knows it (بوتين → Russia)."""
        coref = self.analysis.coref
        resolved = coref.resolve(entity)
        country_of = getattr(coref, "country_of", None)
        if callable(country_of) and resolved.kind not in (EntityKind.COUNTRY, EntityKind.GROUP):
            country = country_of(resolved)
            if isinstance(country, Entity):
                return country
        return resolved


#: Demonstratives that may stand before a territory noun (هذه المناطق، تلك المواقع).
DEMONSTRATIVES = frozenset(
    normalize_text(w)
    for w in ("هذه", "هذا", "تلك", "ذلك", "هاتين", "هذين", "هاتان", "هذان", "هؤلاء", "أولئك")
)


def _demonstrative(word: str) -> bool:
    """A demonstrative, with a proclitic or none (بهذه، وتلك)."""
    return word in DEMONSTRATIVES or (word[:1] in "وفبل" and word[1:] in DEMONSTRATIVES)


def _possessive_forces(word: str, forces: set[str]) -> bool:
    """A noun of forces with its owner's pronoun (قواتها، جنوده، عناصرهم)."""
    return any(
        word.endswith(suffix) and bare(word[: -len(suffix)]) in forces
        for suffix in ("هما", "هم", "ها", "نا", "ه")
    )


def _negation(word: str) -> bool:
    """A negating particle, with و/ف before it (ولم، فلا) or ب/ل before عدم (بعدم); كما and بما
    (ك/ب + ما) are none."""
    word = word.lstrip("وف")
    return word in NEGATIONS or (word[:1] in ("ب", "ل") and word[1:] == "عدم")


def _kind_of(cue: Cue) -> ClaimKind:
    if cue.label in (BEFORE_LABEL, STATEHOOD_LABEL):
        return ClaimKind.SOVEREIGNTY_CLAIM
    if cue.label == PRESENCE_LABEL:
        return ClaimKind.WITHDRAWAL_DEMAND
    return ClaimKind(cue.label)


def _full_stop_in(text: str) -> bool:
    return any(mark in text for mark in ".!?;\n")


def _territory_key(territory: Entity) -> str:
    return territory.id or " ".join(territory.text.split())


def find_territory_claims(analysis: Analysis) -> list[TerritoryClaim]:
    """Every territorial claim the document states, one record per kind and territory."""
    return _Reader(analysis).claims()


@hookimpl
def negotext_extract_records(analysis: Analysis) -> Iterator[Record]:
    yield from find_territory_claims(analysis)
