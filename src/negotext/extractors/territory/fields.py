"""The share and the year of a claim, and the shares of control told beside it.

A share is a percentage, a fraction written as a word (خمس الأراضي → 20) or completeness
(بشكل كامل → 100); further shares coordinated after one, a share restated after "أي" and the
rest held by another side are read as shares of the same territory. A year is one written in
the claim or the one "ذلك العام" refers back to.
"""

from __future__ import annotations

import attrs
import regex

from negotext.ar.normalize import normalize_text
from negotext.extractors._common import has_break, norm_range
from negotext.extractors.territory.phrase import Phrase, PhraseReader
from negotext.extractors.territory.words import FRACTIONS, full_stop_in
from negotext.records import ClaimKind, Entity

#: "وعلى": the preposition of a verb of control told again before a further object.
REPEATED_ON = normalize_text("وعلى")

YEAR = regex.compile(r"(?<![0-9])(1[89][0-9][0-9]|20[0-9][0-9])(?![0-9])")


class FieldReader(PhraseReader):
    """The share and the year of a claim, and the shares of control told beside it."""

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

    def _included_share(self, phrase: Phrase, limit: int) -> tuple[int, float, Phrase] | None:
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

    def _share_of(self, end: int, limit: int) -> Phrase | None:
        """The territory a percentage ending at ``end`` is a share of: من right after it and a
        territory phrase (٪30 من مساحة الإقليم); None without either."""
        after = self.analysis.words_in(end, min(limit, end + 30))[:1]
        if not after or self._word(*after[0]) != "من":
            return None
        return self._phrase(after[0][1], limit)

    def _past_hedge(self, position: int, limit: int) -> int:
        """Past an adverb of hedging or completeness that closes the territory right at
        ``position`` (كامل مقاطعة لوغانسك تقريباً، …): where the next conjunct may start."""
        adverbs = self.completeness_words | self.analysis.word_set("territory_control_hedges")
        for t_start, t_end in self.analysis.words_in(position, min(limit, position + 40))[:2]:
            if has_break(self.text, position, t_start) or self._word(t_start, t_end) not in adverbs:
                break
            position = t_end
        return position

    def _coordinated_share(self, position: int, limit: int) -> tuple[int, float, Phrase] | None:
        """ "و" + a share + its territory right after ``position`` (، ونحو 77% من دونيتسك),
        the preposition of the verb told again or not (وعلى نحو 80% من …), past a hedge that
        closes the territory before (… تقريباً ونحو 70% من دونيتسك).

        The share is a percentage with من, or a fraction in words (ثلاثة أرباع منطقة …).
        """
        position = self._past_hedge(position, limit)
        spans = self.analysis.words_in(position, min(limit, position + 80))[:6]
        if not spans or not self._word(*spans[0]).startswith("و"):
            return None
        gap = self.text[position : spans[0][0]]
        if full_stop_in(gap) or gap.count(",") > 1:
            return None
        start = spans[0][0]
        if self._word(*spans[0]) == REPEATED_ON:  # وعلى نحو 80% من …: على told again
            spans = spans[1:]
            if not spans or has_break(self.text, start, spans[0][0]):
                return None
            first, base = self._word(*spans[0]), spans[0][0]
        else:
            first, base = self._word(*spans[0])[1:], spans[0][0] + 1
        index = 0
        if first in self.share_words:
            index = 1  # ونحو، وقرابة
            while index < len(spans) and self._word(*spans[index]) in self.share_words:
                index += 1  # وما يقارب
        if index >= len(spans):
            return None
        t_start = spans[index][0] if index else base
        starts = {t_start, base}  # a quantity holds its hedge: (و)قرابة 85%
        for p_start, p_end, quantity in self.percents:
            if p_start in starts:
                shared = self._share_of(p_end, limit)
                if shared is None:
                    return None
                return start, float(quantity.value), shared
        for q_start, q_end, quantity in self._numbers:
            if q_start in starts and not quantity.percent:
                after = self.analysis.words_in(q_end, min(limit, q_end + 30))[:1]
                parts = {normalize_text("أرباع"): 25.0, normalize_text("أخماس"): 20.0}
                if after and self._word(*after[0]) in parts:
                    shared = self._phrase(after[0][1], limit)  # ثلاثة أرباع منطقة دونيتسك
                    if shared is not None:
                        share = float(quantity.value) * parts[self._word(*after[0])]
                        return start, share, shared
                return None
        word = self._word(*spans[index]) if index else first
        if word in FRACTIONS and index + 1 < len(spans):
            shared = self._phrase(spans[index + 1][0], limit)  # ونصف الإقليم
            if shared is not None:
                return start, FRACTIONS[word], shared
        return None

    def _kept_share(self, position: int, limit: int) -> tuple[float, int] | None:
        """The share a verb of keeping takes with its ب, past a subject from ``position``
        (تحتفظ القوات بنحو 53% من …، بما يقارب 40 في المئة من …، بنصف الإقليم، بنحو ثلث
        مساحته): the share and where it ends, None when the kept object is no share
        (بالمدينة، بقواعد) or none follows in the clause.

        ب is written fused to the share, so a percentage starts inside the word of ب (بنحو
        53 بالمئة: the quantity opens at نحو) or a fraction is that word without its ب,
        after a hedge or none (بنصف، بنحو نصف). A word with ب that names an entity is the
        subject (تحتفظ بريطانيا بنحو …); any other is the kept object."""
        words = self.analysis.words_in(position, min(limit, position + 80))[:6]
        for index, (t_start, t_end) in enumerate(words):
            word = self._word(t_start, t_end)
            if has_break(self.text, position, t_start) or word in self.prepositions:
                return None
            if not word.startswith("ب"):
                continue
            kept = self._share_after_bi(words[index:])
            if kept is not None:
                return kept
            if self._actor_at(t_start) is None and self._place_at(t_start) is None:
                return None
        return None

    def _share_after_bi(self, words: list[tuple[int, int]]) -> tuple[float, int] | None:
        """The share that opens the first of ``words``, a word of ب (بنحو 53%، بنصف، بنحو
        ثلث): its value and where it ends, None when that word opens no share."""
        first_start, first_end = words[0]
        for p_start, p_end, quantity in self.percents:
            if first_start <= p_start <= first_start + 1:
                return float(quantity.value), p_end
        told = [self._word(first_start, first_end)[1:]] + [self._word(*t) for t in words[1:3]]
        for index, word in enumerate(told):
            following = told[index + 1] if index + 1 < len(told) else ""
            if word in FRACTIONS and not self._cardinal_five(word, following):
                return FRACTIONS[word], words[index][1]
            if word not in self.share_words or (
                index + 1 < len(told) and has_break(self.text, words[index][1], words[index + 1][0])
            ):
                return None
        return None

    def _conjunct_between(self, start: int, end: int) -> bool:
        """Whether a preposition told again with و stands between ``start`` and ``end``
        (يسيطرون على المدينة وعلى نحو 80% من …): a share after it is the next object's."""
        return any(
            word.startswith("و") and word[1:] in self.prepositions
            for word in (self._word(*t) for t in self.analysis.words_in(start, end))
        )

    def _repeated_object(self, position: int, limit: int) -> tuple[int, Phrase] | None:
        """A further territory after ``position`` with the preposition of the verb told again,
        "وعلى" (على المدينة وعلى معظم الشريط الساحلي، على كامل لوغانسك تقريباً، وعلى كامل
        …): where it starts and the territory, which opens right after على or after the words
        that quantify it (كامل، معظم، نحو). A share it has is read by
        :meth:`_coordinated_share`."""
        position = self._past_hedge(position, limit)
        spans = self.analysis.words_in(position, min(limit, position + 40))[:2]
        if len(spans) < 2 or self._word(*spans[0]) != REPEATED_ON:
            return None
        gap = self.text[position : spans[0][0]]
        if full_stop_in(gap) or gap.count(",") + gap.count("،") > 1:
            return None
        if has_break(self.text, spans[0][1], spans[1][0]):
            return None
        phrase = self._phrase(spans[0][1], limit)
        if phrase is None:
            return None
        between = self.analysis.words_in(spans[0][1], phrase.start)
        if any(
            self._word(*t) not in self.quantifiers and self._word(*t) not in self.share_words
            for t in between
        ):
            return None  # وعلى صعيد آخر، فإن المدينة …: على opens no object of the verb
        return spans[0][0], phrase

    def _conjoined(self, phrase: Phrase, limit: int) -> tuple[int, float | None, Phrase] | None:
        """A further object of control coordinated after ``phrase``, the verb left out: with
        a share of its own (، ونحو 77% من دونيتسك، وعلى نحو 80% من …) or with على told again
        and a territory whole or quantified in words (وعلى كامل مقاطعة …، وعلى معظم المنطقة
        العازلة). Each is a claim of its own, as the gold codes them (CONVENTIONS rule 2
        splits places with different shares). Where it starts, its share and its territory."""
        for end in (norm_range(self.analysis, phrase.territory.span)[1], phrase.end):
            found = self._coordinated_share(end, limit)
            if found is not None:
                return found
            repeated = self._repeated_object(end, limit)
            if repeated is not None:
                return repeated[0], None, repeated[1]
        return None

    def _shared_before(self, sent_start: int, cue_start: int, end: int) -> Phrase | None:
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
        return Phrase(earlier[-1].territory, end, end)

    def _rest_held(
        self, phrase: Phrase, limit: int
    ) -> tuple[tuple[int, int], tuple[int, int, Entity], float | None, Phrase] | None:
        """Another side named after و holding the rest or a share of a territory shared, with
        the verb left out: "…، والصين على ما تبقى"، "…، وباكستان (على) نحو 30 في المئة" (of the
        same territory, or of the one after من). Returns the evidence, that side, its share
        and its territory."""
        words = self.analysis.words_in(phrase.end, min(limit, phrase.end + 80))[:8]
        if len(words) < 3 or not self._word(*words[0]).startswith("و"):
            return None
        if full_stop_in(self.text[phrase.end : words[0][0]]):
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
        rest = self.analysis.word_set("territory_remainder")
        one = self._word(*words[index])
        two = f"{one} {self._word(*words[index + 1])}" if index + 1 < len(words) else one
        for said, last in ((two, index + 1), (one, index)):
            if said in rest and last < len(words):
                return (words[0][0], words[last][1]), holder, None, phrase
        return None

    def _past_year_after(self, position: int, limit: int) -> bool:
        """Whether the clause goes on, right after ``position``, with a year that is past
        (عام 2019، في 2019، في مايو 2019; before the publication year when it is known):
        what was told happened then. A deadline (بحلول عام 2027، قبل نهاية 2026) is no past."""
        when = self.analysis.word_set("territory_year_openers")
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
        for t_start, t_end in self.analysis.words_in(position, min(len(self.text), position + 60))[
            :4
        ]:
            if has_break(self.text, position, t_start):
                return False
            if t_start in self.date_starts or YEAR.fullmatch(self._word(t_start, t_end)):
                return True
        return False

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

    def _share_of_pronoun(self, position: int, limit: int) -> tuple[int, float | None] | None:
        """A share told as a number, then من with a pronoun (تسيطر القوات على نحو 80% منها،
        على قرابة 40 في المئة منه): the share is of the territory told before; returns where
        the pronoun ends, None when no such pronoun stands right at ``position``."""
        words = self.analysis.words_in(position, min(limit, position + 12))[:1]
        if not words or has_break(self.text, position, words[0][0]):
            return None
        word = self._word(*words[0])
        if word.startswith("من") and word in self.object_pronouns:
            return words[0][1], None
        return None

    def _cardinal_five(self, word: str, following: str) -> bool:
        """Whether خمس is the number five (خمس تلال، خمس نقاط), not the fraction a fifth.

        Unvowelled, خُمس (a fifth) and خمس (five) are one word. The fraction takes what it is
        a fifth of in the construct state: a definite noun (خمس الأراضي), the area or lands
        of a place (خمس مساحة البلاد، خمس أراضي أوكرانيا) or a singular territory noun with
        ة, which five never counts (خمس مقاطعة دونيتسك). Before any other noun, an indefinite
        plural (خمس تلال، خمس قرى), it counts the territory and is part of its phrase.
        """
        if word != normalize_text("خمس") or not following:
            return False
        if following.endswith("ه") and following in self.nouns:
            return False  # خمس مقاطعة، خمس منطقة: a fifth of one territory
        return not following.startswith(("ال", "مساح", "اراضي"))

    def _share_words(self, position: int, limit: int) -> tuple[int, float | None]:
        """Skip hedges and fractions before a territory (على قرابة خمس الأراضي → 20%)."""
        spans = self.analysis.words_in(position, min(limit, position + 60))
        index = 0
        while index < len(spans) and self._word(*spans[index]) in self.leading_prepositions:
            index += 1
        share: float | None = None
        start = index
        while index < len(spans) and self._word(*spans[index]) in self.share_words:
            word = self._word(*spans[index])
            following = self._word(*spans[index + 1]) if index + 1 < len(spans) else ""
            if self._cardinal_five(word, following):
                break  # خمس تلال: five hills, a count the territory keeps (خمس تلال داخل …)
            if word in FRACTIONS:
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

    def _share_restated(self, position: int, limit: int) -> tuple[int, float, Phrase] | None:
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
