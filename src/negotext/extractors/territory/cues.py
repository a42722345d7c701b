"""Sovereignty cues that are no listed word: a noun of land, a predicate, a statehood.

Besides the cue lexicons (see :mod:`.kinds`), a sovereignty claim is told by a bare noun of land
and a demonym (الجولان أرض سورية), by a demonym or a part as predicate (مزارع شبعا لبنانية،
الإقليم سيبقى جزءاً من صربيا) and by a place said to be a state (ترانسنيستريا دولة قائمة). Their
territory stands before them; this module finds them and where their subject starts.
"""

from __future__ import annotations

from negotext.ar.normalize import normalize_text
from negotext.extractors._common import Cue, bare, has_break, sentence_range
from negotext.extractors.territory.kinds import BEFORE_LABEL, STATEHOOD_LABEL
from negotext.extractors.territory.state import ReaderState
from negotext.extractors.territory.words import ANY
from negotext.records import ClaimKind, EntityKind


class CueFinder(ReaderState):
    """Sovereignty cues that are no listed word: a noun of land, a predicate, a statehood."""

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
            if self._land_object(t_start):
                continue
            demonym_end = countries.get(following[0][0])  # جنوب سودانية: a demonym of two words
            if demonym_end is None:
                continue
            demonym = self.text[following[0][0] : demonym_end]
            endings = ("يه", "ي", "يا") if word.endswith("ا") else ("يه", "ي")
            # an accusative noun takes an accusative demonym (إقليماً صربياً)
            if demonym.endswith(endings) and not demonym.split()[-1].startswith("ال"):
                # indefinite as the bare noun is; a country whose name ends in a definite
                # adjective (أراضي كوريا الجنوبية) is the noun's owner in a construct, no
                # predicate
                cues.append(Cue(t_start, t_end, word, BEFORE_LABEL))
        return cues

    def _land_object(self, start: int) -> bool:
        """Whether the noun of land at ``start`` is the object of what stands before it, no
        predicate: after a preposition or a quantifier (توغلت في أراض سورية، احتلال أي أراض
        أذربيجانية), right after the verb or verbal noun of a claim (بضم أراض سودانية), or
        after the subject of such a verb told before its object (تحتل إسرائيل أراضي سورية).
        The word before it is then no subject the land is said to be.

        Reads the cues of the kind lexicons, which ``Reader`` finds before these."""
        before = self.analysis.words_in(max(0, start - 60), start)[-2:]
        if not before or has_break(self.text, before[-1][1], start):
            return False
        word = self._word(*before[-1])
        if word in self.prepositions or word in self.quantifiers or word == ANY:
            return True
        verbs = [
            c
            for c in self.cues
            if c.label in (ClaimKind.CONTROL.value, ClaimKind.ANNEXATION.value)
            and before[0][0] <= c.start < start
        ]
        if any(c.start <= before[-1][0] < c.end or c.start == before[-1][0] for c in verbs):
            return True  # بضم أراض …، احتلال أراض …
        return (
            len(before) == 2
            and self._place_at(before[-1][0]) is not None
            and not has_break(self.text, before[0][1], before[-1][0])
            and any(c.start <= before[0][0] < c.end or c.start == before[0][0] for c in verbs)
        )  # تحتل إسرائيل أراضي سورية: the verb, its subject, its object

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
                and word.endswith(("يه", "ي", "يا", *self.dual_demonym_endings))
            )
            skipped = self._predicate_subject(start, named) if plausible else None
            endings = ("يه", "ي", *self.dual_demonym_endings) if skipped == 0 else ("يه", "ي", "يا")
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
            elif self._part_before(start) is not None:
                # جزءاً تاريخياً من إثيوبيا: an adjective of the part between it and من
                part_start = self._part_before(start)
                assert part_start is not None
                cues.append(Cue(part_start, before[-1][1], "جزء من", BEFORE_LABEL))
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

    def _part_of_place_cues(self) -> list[Cue]:
        """Sovereignty cues of a part of a named place told as considered (تعتبر الصين الضحلة
        جزءاً من جزر X، ويعتبر قوميون المنطقة جزءاً تاريخياً من إقليم Y): a noun of a part and
        من before a place that is no country, a verb of considering
        (``territory_considering_verbs``) before them in the clause. Without one, "X جزء من Y"
        between two places is geography told, no claim. The territory stands before the cue."""
        cues: list[Cue] = []
        considering = self.analysis.word_set("territory_considering_verbs")
        for start, _, entity in self.places:
            if entity.kind != EntityKind.PLACE:
                continue
            head = self.analysis.words_in(max(0, start - 16), start)[-1:]
            if (
                head
                and bare(self._word(*head[0])) in self.nouns
                and not has_break(self.text, head[0][1], start)
            ):
                start = head[0][0]  # جزءاً من إقليم X: the region noun before the name
            part_start = self._part_before(start, adjective=False) or self._part_before(start)
            if part_start is None:
                continue
            sent_start = sentence_range(self.analysis, part_start)[0]
            told = self.analysis.words_in(max(sent_start, part_start - 90), part_start)[-8:]
            if any(
                self._word(*t).lstrip("وف") in considering
                and not has_break(self.text, t[1], part_start)
                for t in told
            ):  # تعتبر الصين الضحلة جزءاً من جزر X: part of a place, told as considered
                of = self.analysis.words_in(max(0, start - 12), start)[-1]
                cues.append(Cue(part_start, of[1], "جزء من", BEFORE_LABEL))
        return cues

    def _part_before(self, position: int, adjective: bool = True) -> int | None:
        """Where a noun of a part before من right before ``position`` starts (جزءاً من), with
        one indefinite accusative adjective between (جزءاً تاريخياً من) when ``adjective``; None
        when there is none."""
        parts = self.analysis.word_set("territory_part_nouns")
        words = self.analysis.words_in(max(0, position - 40), position)[-3:]
        if len(words) < 2 or self._word(*words[-1]) != "من":
            return None
        if has_break(self.text, words[0][1], position):
            return None
        if not adjective:
            return words[-2][0] if bare(self._word(*words[-2])) in parts else None
        if len(words) < 3 or bare(self._word(*words[0])) not in parts:
            return None
        middle = self._word(*words[1])
        if middle.startswith("ال") or not middle.endswith("يا") or len(middle) < 5:
            return None
        return words[0][0]

    def _subjection_cues(self) -> list[Cue]:
        """Sovereignty cues of subjection: the place before them is subject to a sovereignty.

        "الممر سيخضع بالكامل للسيادة الجورجية"، "الجزر ستبقى تحت السيادة اليابانية": a word of
        subjection (``territory_subjection``: خاضعاً، يخضع, every form) before للسيادة /
        لسيادة, or a verb of remaining or being (``territory_remaining_under``) before تحت
        السيادة / تحت سيادة, an adverb of completeness (بالكامل) between them or not. The cue
        runs from that word to the word of sovereignty; its territory stands before it.
        """
        subjecting = self.analysis.word_set("territory_subjection")
        remaining = self.analysis.word_set("territory_remaining_under")
        adverbs = self.analysis.word_set("territory_completeness")
        with_lam = {normalize_text(w) for w in ("للسيادة", "لسيادة")}
        bare_nouns = {normalize_text(w) for w in ("السيادة", "سيادة")}
        under = normalize_text("تحت")
        known = {c.end for c in self.cues if c.label == BEFORE_LABEL}

        def verb(word: str, words: frozenset[str]) -> bool:
            return word in words or (word[:1] in "وف" and word[1:] in words)

        cues: list[Cue] = []
        for start, end in sorted(self._whole_words(frozenset(with_lam | bare_nouns))):
            if end in known:
                continue  # خاضعاً للسيادة: a listed cue already
            before = self.analysis.words_in(max(0, start - 60), start)[-4:]
            words = list(before)
            if self.text[start:end] in bare_nouns:
                if not words or self._word(*words[-1]) != under:
                    continue
                words.pop()
                wanted = remaining
            else:
                wanted = subjecting
            while words and self._word(*words[-1]) in adverbs:
                words.pop()
            if not words or not verb(self._word(*words[-1]), wanted):
                continue
            if has_break(self.text, words[-1][0], start):
                continue
            cues.append(Cue(words[-1][0], end, self.text[words[-1][0] : end], BEFORE_LABEL))
        return cues

    def _subjection(self, cue: Cue) -> bool:
        """Whether ``cue`` says its territory is subject to a sovereignty (خاضعاً للسيادة)."""
        last = cue.word.split()[-1]
        return last in {normalize_text(w) for w in ("للسيادة", "لسيادة", "السيادة", "سيادة")}

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
                or self._word(*previous[0]) in self.complementizers
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
