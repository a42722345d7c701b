"""How a cue is told: negated, refused, demanded, granted, conditioned, or a fact.

Whether a cue claims anything, and which kind, depends on how it is told: a negated
withdrawal is a retention demand, a recognition no demand governs is granted, a verb of keeping
may be the copula "remain", forces may be nobody's side. These tests look at the few words
around a cue in its clause.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterator

from negotext.ar.normalize import normalize_text
from negotext.extractors._common import NEGATIONS, Cue, bare, has_break, segment_label
from negotext.extractors.territory.fields import FieldReader
from negotext.extractors.territory.kinds import kind_of
from negotext.extractors.territory.phrase import Phrase
from negotext.extractors.territory.words import (
    OWNER_PRONOUNS,
    SINGULAR_RELATIVES,
    full_stop_in,
    negation,
    possessive_forces,
)
from negotext.records import ClaimKind, EntityKind, TerritoryClaim

# The end of a sentence: a full stop, a question or exclamation mark, a semicolon or a line break.
_SENTENCE_END = re.compile(r"[.!?؟؛;\n]")


class ModalityReader(FieldReader):
    """How a cue is told: negated, refused, demanded, granted, conditioned, or a fact."""

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
            if segment is None or (self._negated(v_start) and word.lstrip("وف") not in lasting):
                continue
            yield v_start, v_end, segment

    def _keeps_now(self, cue: Cue) -> bool:
        """Whether a verb of keeping tells what one holds, no demand to keep it.

        A present or past verb (`territory_keeping_now`: تحتفظ تركيا بعشرات القواعد، يحتفظ
        الجيش بالمدينة، أبقت الدولة قواتها في …) that no word of demanding or wanting governs
        is a control, whatever is kept; the future (ستحتفظ) and a demand or wish (تريد
        الاحتفاظ، تصر على أن تحتفظ) keep it a retention demand.
        """
        if cue.word not in self.analysis.word_set("territory_keeping_now"):
            return False
        wishes = self.demands | (
            self.analysis.word_set("territory_wishes") - self.wanting_particles
        )
        present = self.text[cue.start : cue.end].lstrip("و").startswith(("ت", "ي", "ن"))
        if present and self._preceded_by(
            cue.start, self.analysis.word_set("territory_wishes") & self.wanting_particles, within=1
        ):
            return False  # أن تحتفظ، كي تحتفظ: the subjunctive right after its particle (أن
            # تركيا تحتفظ, a subject between, is "that": a fact)
        # a past verb after أن is told as a fact (غير أن الدولة أبقت …); held now or then,
        # whatever is kept (لا يزال الجيش يحتفظ بخمس تلال، احتفظت القوات بالمدينة): what is
        # kept must still be a territory, or forces in one
        return not self._preceded_by(cue.start, wishes)

    def _forces_before(self, cue: Cue) -> bool:
        """Whether forces stand before a participle of deployment as its subject (قوات أجنبية
        منتشرة في …، لا تزال قوات إريترية منتشرة في …): within four words of its clause, the
        participle without the article (القوات المنتشرة في … describes them)."""
        if self.text[cue.start : cue.end].lstrip("و").startswith("ال"):
            return False
        forces = self.forces_forms
        for t_start, t_end in reversed(
            self.analysis.words_in(max(0, cue.start - 60), cue.start)[-4:]
        ):
            if has_break(self.text, t_end, cue.start):
                return False
            word = self._word(t_start, t_end)
            if bare(word) in forces or possessive_forces(word, forces):
                return True
        return False

    def _neutral_forces(self, cue: Cue, phrase: Phrase, sent_start: int) -> bool:
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
        forces = self.forces_forms
        return any(
            bare(self._word(*t)) in forces or possessive_forces(self._word(*t), forces)
            for t in self.analysis.words_in(start, end)
        )

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

    def _an_issue(self, cue: Cue) -> bool:
        """Whether a withdrawal or recognition is named as an issue of the talks, no one's demand.

        A noun of an issue (``territory_issue_nouns``: بند، مسألة، ملف) right before the
        verbal noun (تعثرت الجولات عند بند الانسحاب من المدن، ما لم تُحسم مسألة الانسحاب من …،
        رغم أن ملف الاعتراف بـ X لا يزال عالقاً) tells what the talks are about. A word of
        demanding (طالب بحسم ملف الانسحاب) or a verb of raising the issue (``territory_raising``:
        أثار الوفد مسألة انسحاب القوات) before it makes it the demand of who presses it.
        """
        if not self._preceded_by(cue.start, self.analysis.word_set("territory_issue_nouns"), 1):
            return False
        return not (
            self._demanded(cue.start)
            or self._preceded_by(cue.start, self.analysis.word_set("territory_raising"), 4)
        )

    def _amounted_to(self, cue: Cue) -> bool:
        """Whether a recognition is what a step is said to amount to, no one's demand.

        "وهو ما يعني عملياً اعتراف يريفان بأن الإقليم …"، "يبدو وكأنه اعتراف ضمني بادعاءات
        …"، "يُفهم على أنه اعتراف ضمني بالحدود": a word of amounting (``territory_amounting``:
        يعني، كأنه، بمثابة; أنه after على) right before the noun of recognising, an adverb
        (``territory_amounting_adverbs``: عملياً) at most between, reads a step as a
        recognition; nobody asks for it.
        """
        before = self.analysis.words_in(max(0, cue.start - 40), cue.start)[-3:]
        words = [self._word(*w) for w in before]
        if words and has_break(self.text, before[-1][1], cue.start):
            return False
        if words and words[-1] in self.analysis.word_set("territory_amounting_adverbs"):
            words = words[:-1]
        if not words:
            return False
        amounting = self.analysis.word_set("territory_amounting")
        return words[-1] in amounting or (
            words[-1] == "انه" and len(words) > 1 and words[-2] == "علي"
        )

    def _held_inside(self, cue: Cue) -> bool:
        """Whether a control cue inside a withdrawal demand tells who holds the territory.

        "لانسحاب إسرائيل من التلال الخمس التي لا تزال تحتلها": a verb of control with
        the territory's pronoun, told as still lasting or with its subject named after it
        (التي تسيطر عليها روسيا), tells the fact the demand rests on, a claim of its own
        (with neither, من كل المناطق التي تحتلها, it describes);
        an annexation there (المناطق التي ضمتها), or a control inside another kind of
        claim, only names the territory. Inside a demanded withdrawal such a cue is read on,
        but its relative clause is no claim unless dated (``_demand_about``, rule 18).
        """
        written = self.text[cue.start : cue.end]
        after = cue.end
        kept = self.analysis.words_in(cue.end, min(len(self.text), cue.end + 12))[:1]
        if (  # التلال الخمس التي احتفظ بها الجيش: a keeping told, the holding
            kind_of(cue) == ClaimKind.RETENTION_DEMAND
            and cue.word in self.analysis.word_set("territory_keeping_now")
            and kept
            and self._word(*kept[0]) in self.object_pronouns
        ):
            written, after = self._word(*kept[0]), kept[0][1]
        elif kind_of(cue) != ClaimKind.CONTROL or not (
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
        relative = [i for i, t in enumerate(head) if self._word(*t) in SINGULAR_RELATIVES]
        if relative and relative[-1] > 0:
            noun = bare(self._word(*head[relative[-1] - 1]))
            return noun not in self.analysis.word_set("territory_held_parts")
        return True

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
        return word in self.prepositions or word in self.quantifiers or word == normalize_text("أي")

    def _owned_noun(self, word: str) -> str | None:
        """The verbal noun of withdrawing a listed word is, with a pronoun of any person
        (انسحابه → انسحاب، مغادرتها → مغادرة، انسحابنا، خروجكم: whose withdrawal), or None; a
        noun ending in ة (مغادرة) has none."""
        for suffix in OWNER_PRONOUNS:
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
        if kind_of(cue) != ClaimKind.ANNEXATION:
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
            if word in self.relatives:
                if declared:
                    return True
                retained = any(c.kind == ClaimKind.RETENTION_DEMAND for c in around)
                return self._dated_after(cue.end) and not retained
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

    def _stay_told(self, cue: Cue) -> bool:
        """Whether a verbal noun of staying (بقاء، البقاء) tells a stay, no one's demand to keep.

        The noun says that someone stays; it is a demand only when a word of demanding,
        holding on, wanting or asking governs it (تتمسك إسرائيل ببقاء قواتها في …، تصر على
        البقاء في …، تشترط بقاء قواتها في …، تريد البقاء في …، يطلب بقاء …; refused, it is the
        refuser's withdrawal demand). Else the stay is a fact (بعد انتهاء المهلة وبقاء القوات في
        خمس تلال), a condition of the speaker's (لا حل مع بقاء الجنود في الشمال) or a step
        judged (ترى في البقاء خرقاً، وصف قرار البقاء في المحور بأنه عار): the side staying asks
        for nothing. A side's own staying named by its pronoun (قال الوزير إن بقاءها في
        المخيمات ضرورة) and the causative إبقاء (keeping forces there) are not this noun.
        """
        words = self.analysis.words_in(cue.start, min(len(self.text), cue.start + 20))[:1]
        if not words or self._word(*words[0]).lstrip("وف") not in (
            "بقاء",
            "ببقاء",
            "البقاء",
            "بالبقاء",
        ):
            return False  # بقاءها في المخيمات: the side's own staying, named by its pronoun
        wishes = self.analysis.word_set("territory_wishes") - self.wanting_particles
        asking = self.analysis.word_set("territory_asking")
        return not (
            self._demanded(cue.start)
            or self._preceded_by(cue.start, self.holding | wishes | asking, within=7)
        )

    def _shared_control(self, cue: Cue) -> bool:
        """Whether a noun of control is the object of a verb of sharing (``territory_sharing``,
        up to seven words before, its subjects between: تتقاسم قوى موالية للحكومة السيطرة على
        الجنوب والشرق، ويتقاسم الطرفان السيطرة الفعلية على شريط …): control divided among the
        sides named, no one side's hold on the territory, so no control claim."""
        sharing = self.analysis.word_set("territory_sharing")
        for t_start, t_end in reversed(
            self.analysis.words_in(max(0, cue.start - 100), cue.start)[-7:]
        ):
            if has_break(self.text, t_end, cue.start):
                return False
            if self._word(t_start, t_end).removeprefix("و") in sharing:
                return True
        return False

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
        forces = self.forces_forms
        if word.lstrip("وف").startswith("ال") and bare(word) not in forces:
            return True  # تبقى الأرض العقدة الكبرى: a subject, where a kept object would be forces
        place = self._place_at(after[0][0])
        if place is not None:  # سيبقى إيسيكيبو قنبلة موقوتة: a place then its predicate
            then = self.analysis.words_in(place[1], min(len(self.text), place[1] + 30))[:1]
            if then and not has_break(self.text, place[1], then[0][0]):
                told = self._word(*then[0])
                return not (
                    told in self.leading_prepositions  # ستبقى روسيا في …، تبقي إسرائيل على …
                    or told in self.object_pronouns
                    or bare(told) in forces
                    or possessive_forces(told, forces)  # ستبقي تركيا قواتها في …
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
            and word not in self.leading_prepositions  # سيبقى عند الخط: where the forces stay
            and word not in self.object_pronouns
            and bare(word) not in forces
            and bare(word) not in kept
            and word not in kept
            and not any(s <= after[0][0] < e for s, e in self.number_ranges)
            and self._place_at(after[0][0]) is None
            and not possessive_forces(word, forces)
        ):
            return True  # يبقى منطقة سلام، يبقى وضع الإقليم عالقاً: "remains", a predicate
        return (
            word.endswith("ا")
            and word not in kept  # سيبقى الجيش منتشراً في …: deployed, where it stays
            and not word.endswith(("ها", "هما", "نا"))  # قواتها: a possessive, the kept object
            and not word.startswith(("ال", "وال"))
            and len(word) > 3
            and not self._is_noun(word)
            and self._place_at(after[0][0]) is None
        )

    def _demanded(self, position: int) -> bool:
        """Whether a word of demanding governs ``position`` (within seven words, same clause),
        or an obligation does: أن right before, على up to three words before it (وعلى المغرب
        أن يسحب قواته، على الاحتلال أن ينسحب), or على and who is obliged right before a verbal
        noun (:meth:`_obliged_noun`: إن على روسيا سحب قواتها منهما)."""
        words: list[str] = []
        for word in self._governing_words(position):
            if word in self.demands or (len(bare(word)) > 2 and bare(word) in self.demands):
                return True  # (بحث, "to discuss", is no ب + حث)
            if not words and self._conditioned(position):
                return True  # لا سلام دون انسحاب …: a condition, demanded
            words.append(word)
        if bool(words) and words[0] == "ان" and any(w in ("علي", "وعلي") for w in words[1:4]):
            return True
        return self._obliged_noun(position, words)

    def _obliged_noun(self, position: int, words: list[str]) -> bool:
        """Whether a verbal noun at ``position`` is what على obliges someone to do: على opening
        its clause (وعلى، إن على، after a break), who is obliged right after it (a named side or
        a noun of forces, in one or two words), then the noun with no proclitic (إن على
        المسلحين "إعادة المدن"، وإن على روسيا سحب قواتها، وعلى الحركة تسليم المعابر). Arabic
        states a duty so with no أن; على after another word is its preposition (الإشراف على
        عملية التسليم، اتفقا على جدول زمني لانسحاب …), and a noun with و, ل or ب on it is
        joined to or governed by another word."""
        noun = self.analysis.words_in(position, position + 30)[:1]
        if not noun or noun[0][0] != position:
            return False
        if self._word(*noun[0]).startswith(("و", "ل", "ب")):
            return False
        obliged = ("علي", "وعلي")
        at = next((i for i in (1, 2) if len(words) > i and words[i] in obliged), None)
        if at is None or "ان" in words[:at]:
            return False  # على أن يتم التسليم: أن and its verb, read as such
        opens = (
            words[at] == "وعلي"
            or len(words) == at + 1
            or words[at + 1] in ("ان", "لكن", "ولكن", "فان", "وان")
        )
        if not opens:
            return False
        spans = self.analysis.words_in(max(0, position - 90), position)
        who = spans[-at]  # the word right after على
        return self._actor_at(who[0], 0) is not None or (
            bare(self._word(*who)) in self.forces_forms
        )

    def _demanded_by_verb(self, position: int) -> bool:
        """Whether the word of demanding that governs ``position`` (within seven words, same
        clause) is a finite verb (تطالب بكين بانسحابنا، تشترط العاصمة خروجكم), whose subject
        demands, not a verbal noun or participle (المطالبة بانسحابنا، مطالباً بـ …) that names
        a demand without who makes it."""
        for written in self._governing_words(position):
            word = written.lstrip("وف")
            if word in self.demands or (len(bare(word)) > 2 and bare(word) in self.demands):
                return not word.lstrip("بل").startswith(("م", "ال"))
        return False

    def _governing_words(self, position: int) -> Iterator[str]:
        """The words that may govern ``position``, nearest first: seven at most, within 90
        characters and its clause (``_demanded``, ``_demanded_by_verb``)."""
        for t_start, t_end in reversed(
            self.analysis.words_in(max(0, position - 90), position)[-7:]
        ):
            if has_break(self.text, t_end, position):
                return
            yield self._word(t_start, t_end)

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
                and not full_stop_in(gap)
                and gap.count("،") + gap.count(",") <= 1
                and "\n" not in gap
            ):
                break
            words.append(self._word(t_start, t_end))
        return any(
            w in self.demands or (len(bare(w)) > 2 and bare(w) in self.demands) for w in words
        )

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

    def _own_withdrawal_announced(self, cue: Cue) -> bool:
        """Whether a withdrawal of one's own forces is announced or decided with its subject
        between (أعلن الحزب سحب مقاتليه من …، بعد إعلان الجماعة سحب عناصرها من …، أعلنوا سحب
        مقاتليهم): the side that withdraws tells its own withdrawal, a fact, no demand of the
        other.

        A word of deciding or announcing (``territory_decisions``) stands one to five words
        before the cue (its subject, a date: أعلن الحزب في أكتوبر سحب …), with no break, no
        demand, refusal or negation between, and the forces
        withdrawn right after the cue (past كل، جميع) carry their owner's pronoun; with other
        forces (أعلن الوسيط سحب القوات) who withdraws is not who announces.
        """
        if self._refused(cue.start) or self._demanded(cue.start):
            return False  # أعلنت كييف رفضها سحب قواتها: a refusal, a retention
        decisions = self.analysis.word_set("territory_decisions")
        before = self.analysis.words_in(max(0, cue.start - 80), cue.start)[-6:]
        between = 0
        for t_start, t_end in reversed(before):
            if has_break(self.text, t_end, cue.start):
                return False
            word = self._word(t_start, t_end)
            if word.lstrip("و") in decisions or bare(word) in decisions:
                break
            if word in self.demands or bare(word) in self.demands or negation(word):
                return False
            between += 1
        else:
            return False
        if not 1 <= between <= 5:
            return False  # right before the cue, _onset_before reads it
        forces = self.forces_forms
        for t_start, t_end in self.analysis.words_in(cue.end, min(len(self.text), cue.end + 40))[
            :2
        ]:
            if has_break(self.text, cue.end, t_start):
                return False
            word = self._word(t_start, t_end)
            if possessive_forces(word, forces):
                return True
            if word not in ("كل", "جميع"):  # سحب "جميع مقاتليه": all of its forces
                return False
        return False

    def _own_withdrawal_announced_earlier(self, cue: Cue) -> bool:
        """Whether a withdrawal of one's own forces is announced earlier in its sentence, past an
        aside or a row of other deeds (إعلان الحزب، أواخر أكتوبر، سحب مقاتليه من …؛ أعلنت قيادته
        أن الحزب سحب "جميع مقاتليه" من …؛ الحزب أعلن حل نفسه، وأحرق …، وسحب مقاتليه من …).

        The side that withdraws tells its own withdrawal: a fact, no demand of the other. A word
        of announcing (``territory_announcing``) stands up to twenty words before the cue in its
        sentence, commas allowed; no demand, refusal or negation stands between, and the forces
        withdrawn right after the cue carry their owner's pronoun (past كل، جميع, a quote). The
        cue is سحب, a verbal noun or a past verb: a present one after أن (قال إن على X أن تسحب
        قواتها) tells what a side must do.
        """
        if cue.word.lstrip("و") != "سحب":
            return False
        if self._refused(cue.start) or self._demanded(cue.start):
            return False
        if not self._own_forces_after(cue):
            return False
        announcing = self.analysis.word_set("territory_announcing")
        before = self.analysis.words_in(max(0, cue.start - 200), cue.start)[-20:]
        for t_start, t_end in reversed(before):
            if _SENTENCE_END.search(self.text, t_end, cue.start):
                return False
            word = self._word(t_start, t_end)
            if word.lstrip("و") in announcing or bare(word) in announcing:
                return True
            if word in self.demands or bare(word) in self.demands or negation(word):
                return False
            if word in self.refusals or bare(word) in self.refusals:
                return False
        return False

    def _own_forces_after(self, cue: Cue) -> bool:
        """Whether the forces right after a withdrawal cue carry their owner's pronoun (سحب
        مقاتليه، سحب "جميع مقاتليه"): the side withdraws its own forces."""
        forces = self.forces_forms
        for t_start, t_end in self.analysis.words_in(cue.end, min(len(self.text), cue.end + 40))[
            :2
        ]:
            if (
                _SENTENCE_END.search(self.text, cue.end, t_start)
                or "،" in self.text[cue.end : t_start]
            ):
                return False
            word = self._word(t_start, t_end)
            if possessive_forces(word, forces):
                return True
            if word not in ("كل", "جميع"):
                return False
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
        if (
            previous
            and not has_break(self.text, previous[0][1], cue.start)
            and (
                self._word(*previous[0]) in self.occupier_heads
                or bare(self._word(*previous[0])) in self.occupier_heads
            )
        ):
            return True
        return not self._occupied_with_lam(cue)

    def _occupied_with_lam(self, cue: Cue) -> bool:
        """Whether the definite "الاحتلال" takes what is occupied with ل, past at most two
        adjectives with the article (الاحتلال للجولان، الاحتلال الإسرائيلي للأراضي، الاحتلال
        التركي العسكري لعفرين). Only then is it the act of occupying: otherwise it names the
        occupier (الاحتلال يماطل في الانسحاب من المناطق) or the state of occupation, whose
        territory is told elsewhere (الأرض ما زالت تحت الاحتلال الروسي منذ 2022)."""
        after = self.analysis.words_in(cue.end, min(len(self.text), cue.end + 60))[:3]
        position = cue.end
        for index, token in enumerate(after):
            if has_break(self.text, position, token[0]):
                return False
            word = self._word(*token)
            if word.startswith("ل") and word not in self._lam_particles:
                return True  # لمدينة، لأبخازيا (normalised لابخازيا): ل fused to the object
            if index == 2 or not (word.startswith("ال") and self._adjective_after_act(token)):
                return False
            position = token[1]
        return False

    def _adjective_after_act(self, token: tuple[int, int]) -> bool:
        """An adjective with the article after a verbal noun: a demonym (الإسرائيلي، الروسية)
        or a relative adjective that is no territory (العسكري، الفعلي)."""
        place = self._place_at(token[0])
        if place is not None:
            return place[2].kind == EntityKind.COUNTRY and place[1] == token[1]
        word = self._word(*token)
        return word.endswith(("ي", "يه")) and not self._is_noun(word)

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
            and words[0] in ("ان", "وان", "بان")  # طالب …، في حديث، بأن «تعترف سوريا بـ …»
            and self.text[cue.start : cue.end].lstrip("وف").startswith(("ي", "ت", "ن"))
        )
        return not (subjunctive or (words and words[0] == "ان" and "علي" in words[1:4]))

    def _recognised_before(self, position: int, sent_start: int) -> bool:
        """Whether a demanded recognition governs the territory before ``position``.

        "الاعتراف بالقرم ولوغانسك أراضيَ روسية": the predicate is the complement of
        the recognition demanded (its own claim), not a sovereignty claim besides.
        """
        for other in self.cues:
            if (
                kind_of(other) == ClaimKind.RECOGNITION_DEMAND
                and sent_start <= other.start
                and other.end <= position
                and position - other.end <= 80
                and not has_break(self.text, other.end, position)
                and not self._granted(other)
            ):
                return True
        return False

    def _negated_scope_end(self, position: int) -> int:
        """Where a negation's scope ends: its clause's end, an ellipsis, or a negation of its
        own joined by و (لن نعترف بأن … أرض روسية… ولن نسحب جنودنا من …: a claim of its own), or
        a verb of demanding or considering joined by و, which the negation does not reach (لن
        تعترف بانفصال الإقليم وتعده جزءاً من أراضيها، لا تعترف بالضم وتطالب بالانسحاب)."""
        end = self._clause_end(position)
        ellipsis = self.text.find("…", position, end)
        if ellipsis >= 0:
            end = ellipsis
        for t_start, t_end in self.analysis.words_in(position, end):
            word = self._word(t_start, t_end)
            if word[:1] in "وف" and (negation(word[1:]) or word[1:] in self._clause_verbs):
                return t_start
        return end

    @functools.cached_property
    def _clause_verbs(self) -> frozenset[str]:
        """Finite verbs of demanding, considering and naming that open a clause of their own."""
        return (
            self.analysis.word_set("territory_demands")
            | self.analysis.word_set("territory_considering")
            | self.analysis.word_set("territory_naming")
        )

    def _comprising(self, cue: Cue) -> bool:
        """Whether an annexation verb (ضمّ، ضمّت) tells the members of a gathering or a body.

        After a noun of a gathering (``territory_membership_heads``: اجتماع، وفد، لجنة …),
        right before the verb or with one adjective or relative pronoun between (اجتماعاً
        رباعياً ضمّ مصر وقطر، اللجنة التي ضمّت ممثلين عن الطرفين), ضمّ means "included,
        comprised": its object is who took part, and no land is annexed. A verbal noun (بضم،
        على ضم) or a verb with its pronoun (ضمها) is not read so.
        """
        if self.text[cue.start : cue.end].lstrip("و") not in ("ضم", "ضمت"):
            return False
        heads = self.analysis.word_set("territory_membership_heads")
        before = self.analysis.words_in(max(0, cue.start - 50), cue.start)[-2:]
        for index in range(len(before) - 1, -1, -1):
            t_start, t_end = before[index]
            if has_break(self.text, t_end, cue.start):
                return False
            word = self._word(t_start, t_end)
            if bare(word) in heads or word in heads:
                return True
            if word not in self.relatives and not bare(word).endswith(("ي", "يه")):
                return False  # only an adjective (رباعياً، الثلاثية) or التي/الذي between
        return False

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
            negation(first) and second in self.consents
            for first, second in itertools.pairwise(words)
        )  # ولن نقبل بقاء …: the negation may carry the conjunction

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
            self._subjunctive(cue)
            or negation(previous)
            or previous in self.withdrawal_words  # سحب، خروج: a noun before, no verb
        )

    def _subjunctive(self, cue: Cue) -> bool:
        """Whether a particle of the subjunctive stands right before the verb cue (أن تخرج،
        حتى يخرج، قبل أن تخرج، إلى أن يخرج): a leaving wished for or set as a condition, not
        told as done or under way."""
        before = self.analysis.words_in(max(0, cue.start - 20), cue.start)[-1:]
        if not before or has_break(self.text, before[0][1], cue.start):
            return False
        previous = self._word(*before[0]).lstrip("وف")
        return previous in self.wanting_particles or previous in self.subjunctive_particles

    def _leaving_wished(self, cue: Cue) -> bool:
        """Whether a verb of leaving that only a demand makes a withdrawal (``territory_withdrawal
        _demanded``: تخرج، يخرج) is wished for or set as a condition (:meth:`_subjunctive`:
        المطلوب أن تخرج الميليشيا من …، قبل أن يخرج الاحتلال من …), with one side as its
        subject: both parties leaving a place (نأمل أن يخرج الطرفان من جدة بهدنة) leave where
        they met, no one's withdrawal."""
        if not self._subjunctive(cue):
            return False
        subject = self.analysis.words_in(cue.end, cue.end + 30)[:1]
        parties = self.analysis.word_set("party_references")
        return not (subject and self._word(*subject[0]) in parties)

    def _price_of_deal(self, position: int) -> bool:
        """Whether the cue at ``position`` is what one side gets in return in a deal told
        (``territory_deal_prices``: منفذ بحري مقابل الاعتراف باستقلال الإقليم، لقاء «النظر» في
        الاعتراف ب…): a term agreed or offered between others, no demand of the one
        recognised. Up to two words may stand between (النظر في، اعتراف محتمل). A condition
        set with إلا (لن يكون إلا مقابل اعتراف رسمي ب…) is the speaker's demand."""
        spans = self.analysis.words_in(max(0, position - 40), position)[-3:]
        prices = self.analysis.word_set("territory_deal_prices")
        for index in range(len(spans) - 1, -1, -1):
            t_start, t_end = spans[index]
            if has_break(self.text, t_end, position):
                return False
            word = self._word(t_start, t_end)
            if word not in prices and bare(word) not in prices:  # لقاء: its ل is no preposition
                continue
            before = self.analysis.words_in(max(0, t_start - 12), t_start)[-1:]
            return not (
                before
                and not has_break(self.text, before[0][1], t_start)
                and self._word(*before[0]) in self.analysis.word_set("territory_exceptions")
            )
        return False

    def _owned_demand(self, position: int) -> bool:
        """Whether the cue at ``position`` is what a noun of demanding with its owner told
        asks for (``territory_demand_nouns``: المطالب الروسية بانسحاب …، رفضت صربيا مطالب
        كوسوفو بانسحاب …، مطلب موسكو بالانسحاب من … مرفوض): between the noun and the cue
        only the owner, a name or a definite noun with its adjective of a country (شرط
        الحكومة الصومالية بخروج …). A refusal or a dismissal
        in the sentence is then of the demand, by another side: the owner still demands the
        withdrawal, no one keeps the territory."""
        nouns = self.analysis.word_set("territory_demand_nouns")
        spans = self.analysis.words_in(max(0, position - 80), position)[-5:]
        owner = False
        for t_start, t_end in reversed(spans):
            if has_break(self.text, t_end, position):
                return False
            word = self._word(t_start, t_end)
            if word in nouns or word.lstrip("وف") in nouns:
                return owner
            actor = any(a[0] <= t_start and t_end <= a[1] for a in self._entities)
            adjective = word.endswith(("يه", "ي")) and not self._is_noun(word)
            head = owner and word.startswith("ال")  # الحكومة الصومالية: a head its adjective
            if not (actor or adjective or head):  # names
                return False
            owner = True
        return False

    def _stipulated(self, position: int) -> bool:
        """Whether the withdrawal at ``position`` is what an accord, told before the verb,
        stipulated: a past verb of stipulating (``territory_stipulations``: نصّ، نصت) within
        four words and its clause, with no subject after it (الإعلان الذي نصّ على خروج القوات
        من …، فالإعلان الذي وقّعه الطرفان نصّ بوضوح على …), and no word of demanding governing
        the withdrawal. Such a relative or a predicate recounts a term of the accord it
        describes, which no side demands by being told of it; coders leave it uncoded or
        optional. With its subject after it (ونص الاتفاق على انسحاب …) the term is the news
        of its sentence, which coders may code; demanded (يطالب بانسحاب … كما نص الاتفاق)
        it is a demand."""
        stipulating = self.analysis.word_set("territory_stipulations")
        spans = self.analysis.words_in(max(0, position - 60), position)[-4:]
        between: list[str] = []
        for t_start, t_end in reversed(spans):
            if has_break(self.text, t_end, position):
                return False
            word = self._word(t_start, t_end)
            if word in stipulating or (word[:1] in "وف" and word[1:] in stipulating):
                subject = any(w.startswith(("ال", "وال")) for w in between)
                return not subject and not self._demanded(position)
            between.append(word)
        return False

    def _supposed(self, cue: Cue) -> bool:
        """Whether a control or annexation cue is told as a supposition: a condition, a
        possibility or a fear within three words before it in its clause
        (``territory_hypotheticals``: إذا سيطر …، لو احتلت …، ربما تسيطر …، يخشى السكان أن
        تسيطر …), or قد right before a present verb (قد تسيطر الحركة على …; قد سيطرت, past,
        asserts)."""
        if self._preceded_by(cue.start, self.analysis.word_set("territory_hypotheticals")):
            return True
        written = self.text[cue.start : cue.end].lstrip("وف")
        if not written.startswith(("ي", "ت", "ن")):
            return False
        before = self.analysis.words_in(max(0, cue.start - 20), cue.start)[-1:]
        return (
            bool(before)
            and not has_break(self.text, before[0][1], cue.start)
            and self._word(*before[0]).lstrip("وف") == "قد"
        )

    def _talk_refused(self, position: int) -> bool:
        """Whether the cue at ``position`` is what a refused or negated talk is about (رفض أي
        حديث عن الخروج من …، لا حديث عن الانسحاب من …): عن and a noun of talking right
        before it, a refusal or a negation before that noun."""
        spans = self.analysis.words_in(max(0, position - 40), position)[-2:]
        if (
            len(spans) < 2
            or has_break(self.text, spans[0][1], position)
            or self._word(*spans[1]) != "عن"
            or self._word(*spans[0]).lstrip("و")
            not in self.analysis.word_set("territory_talk_nouns")
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

    def _denied(self, cue: Cue) -> bool:
        """Whether a denial governs ``cue``: a verb of denying (``territory_denials``) within
        five words before it in its clause, with its subject, an intent or أن تكون between
        (تنفي أرمينيا احتلال أي أراض، نفى المتحدث سيطرة المتمردين على …، ينفي الجيش أن تكون
        قواته تحتل …، تنفي موسكو نيتها ضم …). A cue joined by و or ف is a verb of its own
        (تنفي الاتهامات وتسيطر على …), and a word joined so between ends the search."""
        written = self.text[cue.start : cue.end]
        if written[:1] in ("و", "ف") and written[1:].startswith(cue.word):
            return False
        position = cue.start
        denials = self.analysis.word_set("territory_denials")
        spans = self.analysis.words_in(max(0, position - 100), position)[-5:]
        for t_start, t_end in reversed(spans):
            if has_break(self.text, t_end, position):
                return False
            word = self._word(t_start, t_end)
            if word in denials or word.lstrip("وف") in denials:
                return True
            if word[:1] in ("و", "ف") and word.lstrip("وف") not in denials:
                return False
        return False

    def _negated(self, position: int) -> bool:
        """Whether the cue at ``position`` is negated (لم تسيطر، بعدم الاعتراف)."""
        spans = self.analysis.words_in(max(0, position - 12), position)
        if not spans or has_break(self.text, spans[-1][1], position):
            return False
        word = self._word(*spans[-1])
        if word.lstrip("و") in self.existence_words:
            before = self.analysis.words_in(max(0, position - 40), position)[-3:-1]
            if any(
                negation(self._word(*t)) and not has_break(self.text, t[1], position)
                for t in before
            ):
                return True  # لن يكون هناك انسحاب من …، ليس ثمة انسحاب: none is to be
        if (
            word in self.no_longer
            and len(spans) > 1
            and not has_break(self.text, spans[-2][1], spans[-1][0])
            and negation(self._word(*spans[-2]))
        ):
            return True  # لم تعد تسيطر على المدينة: it holds it no longer
        if self._unable(spans, position):
            return True  # لا يمكن أن نعترف بـ …، لا نستطيع التنازل عن …: not able to, negated
        if not negation(word):
            return False
        if word.lstrip("وف") == "لم" and len(spans) > 1 and self._word(*spans[-2]) == "ما":
            return False  # ما لم تنسحب القوات من …: "unless", a condition demanded, no negation
        if self._conditioned(position):
            return False  # لا سلام دون انسحاب …: "without" after a negation, a condition
        return not self._excepted(position)

    def _unable(self, spans: list[tuple[int, int]], position: int) -> bool:
        """Whether a negated verb of being able governs the cue at ``position``: a negation, a
        word of ``territory_abilities`` (يمكن، نستطيع، بإمكان …), then أن or the cue itself (لا
        يمكن أن نعترف بـ …، لا نستطيع التنازل عن …، ليس بإمكاننا الانسحاب), in one clause."""
        abilities = self.analysis.word_set("territory_abilities")
        words = self.analysis.words_in(max(0, position - 40), position)[-3:]
        if words and self._word(*words[-1]) in ("ان", "أن"):
            words = words[:-1]
        if len(words) < 2 or has_break(self.text, words[-2][0], position):
            return False
        word = self._word(*words[-1])
        before = self._word(*words[-2])
        return word in abilities and (negation(before) or before.lstrip("وف") == "ليس")

    def _conditioned(self, position: int) -> bool:
        """Whether the cue at ``position`` is a condition told by a double negation: دون or
        بدون right before it and a negation earlier in its clause (لا سلام دون انسحاب القوات
        من …، لن نوقع أي اتفاق بدون خروج …): what is demanded before anything else."""
        spans = self.analysis.words_in(max(0, position - 80), position)[-7:]
        if not spans or self._word(*spans[-1]).lstrip("و") not in self.without_words:
            return False
        for t_start, t_end in reversed(spans[:-1]):
            if has_break(self.text, t_end, position):
                return False
            word = self._word(t_start, t_end).lstrip("وف")
            if word in NEGATIONS and word not in self.without_words and word != "عدم":
                return True
        return False

    def _excepted(self, position: int) -> bool:
        """Whether an exception (إلا، سوى: ``territory_exceptions``) follows the negated cue at
        ``position`` within its clause, before its object: لا تسيطر بالكامل إلا على المدينة،
        لا يسيطر الجيش سوى على نحو 20% من … say what it does hold."""
        end = self._clause_end(position)
        exceptions = self.analysis.word_set("territory_exceptions")
        for t_start, t_end in self.analysis.words_in(position, end)[1:4]:
            if self._word(t_start, t_end) in exceptions:
                return True
            if self._word(t_start, t_end) in self.prepositions:
                return False
        return False

    def _kept_elsewhere(self, start: int, end: int) -> bool:
        """Whether a kept object stands before في and the territory (بطائرات حديثة في قاعدة):
        no forces and no noun of control or presence among the words skipped."""
        words = [self._word(*t) for t in self.analysis.words_in(start, end)]
        if "في" not in words or words.index("في") == 0:
            return False
        kept = self.forces_forms | self.analysis.word_set("territory_kept_presence")
        return not any(bare(w) in kept or w in kept for w in words)

    def _demanded_clause(self, position: int) -> int | None:
        """Where the word of demanding or wanting starts that asks for the clause at
        ``position`` to be so, or None.

        "تطالب السلطة بأن تكون غزة جزءاً من الدولة"، "تريد أن يُكتب في أي اتفاق أن المقاطعات
        جزء لا يتجزأ من روسيا": the clause opens with أن (بأن، وأن) right before ``position``,
        past a copula in the subjunctive (``territory_subjunctive_copulas``: تكون، يصبح), and
        a word of demanding (``territory_demands``) or wanting (``territory_wishes``) governs
        that أن within seven words of its clause. A word of insisting
        (``territory_insisting``: تصر على أن الجزر جزء من أراضيها) opens what its side holds to
        be so, and إن after a verb of saying (تقول إن …) a statement: neither is asked for.
        A word joined by و before أن opens a conjunct of its own (وتطالب بوقف الإجراءات وتؤكد
        أن الغور أرض فلسطينية: affirmed, not asked for), where the search stops.
        """
        copulas = self.analysis.word_set("territory_subjunctive_copulas")
        before = self.analysis.words_in(max(0, position - 150), position)
        index = len(before) - 1
        while index >= 0 and self._word(*before[index]) in copulas:
            index -= 1
        if index < 0 or has_break(self.text, before[index][1], position):
            return None
        if self._word(*before[index]) not in ("ان", "بان", "وان"):
            return None
        asking = (self.demands - self.analysis.word_set("territory_insisting")) | (
            self.analysis.word_set("territory_wishes") - self.wanting_particles
        )
        opener = before[index][0]
        for t_start, t_end in reversed(before[max(0, index - 7) : index]):
            if has_break(self.text, t_end, opener):
                return None
            word = self._word(t_start, t_end)
            if word in asking or (len(bare(word)) > 2 and bare(word) in asking):
                return t_start
            if word.startswith("و"):
                return None
        return None
