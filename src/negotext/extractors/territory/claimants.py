"""Claimants and co-reference: who claims, and what a pronoun or a bare noun refers back to.

The claimant is the actor right after a verb cue (ضمت روسيا), else the demander or the nearest
actor before the cue in its sentence, resolved to its country through co-reference (a capital
stands for its state). A pronoun object (الاحتفاظ بها) or a resumptive names the territory told
before it, within its sentence or the one before.
"""

from __future__ import annotations

import attrs

from negotext.extractors._common import Cue, bare, has_break, sentence_range
from negotext.extractors.territory.kinds import kind_of
from negotext.extractors.territory.modality import ModalityReader
from negotext.extractors.territory.phrase import Phrase
from negotext.extractors.territory.words import SINGULAR_RELATIVES, full_stop_in
from negotext.records import ClaimKind, Entity, EntityKind

#: How many words before a pronoun its territory may stand (طالبت باكو طوال أشهر بإعادتها).
ANTECEDENT_WORDS = 14


class ClaimantReader(ModalityReader):
    """Claimants and co-reference: who claims, and what a pronoun or a bare noun refers back to."""

    def _resumptive(self, cue: Cue, phrase: Phrase) -> bool:
        """Whether the territory noun carries a pronoun naming a relative clause's head.

        "الذي تسيطر على معظم مناطقه": a relative pronoun within two words before the cue,
        and the head of the phrase ends in a pronoun (مناطقه، أراضيها).
        """
        before = self.analysis.words_in(max(0, cue.start - 30), cue.start)[-2:]
        if not any(self._word(*t) in SINGULAR_RELATIVES for t in before):
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
                and self._word(*words[index + 1]) in self.object_pronouns
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
            (i for i in range(len(before) - 1, -1, -1) if self._word(*before[i]) in self.relatives),
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

    def _held_before(self, position: int, sent_start: int) -> Phrase | None:
        """The territory of the last verb of control or deploying before ``position`` in its
        sentence or the one before it in the same paragraph (يتمركز نحو 40 ألف جندي في …، ما
        زالت تسيطر على …): where those whose withdrawal a pronoun then asks are; the last
        territory of that verb's clause, or None."""
        start = sent_start
        if sent_start > 0:
            previous, _ = sentence_range(self.analysis, sent_start - 1)
            if previous < sent_start and "\n" not in self.text[previous:position]:
                start = previous
        holds = [c for c in self.cues if kind_of(c) == ClaimKind.CONTROL and start <= c.start]
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

    def _claimant_between(self, start: int, end: int) -> tuple[int, int, Entity] | None:
        found = [a for a in self.actors if start <= a[0] and a[1] <= end]
        return found[-1] if found else None

    def _antecedent(self, sent_start: int, position: int, where: bool = False) -> Phrase | None:
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

    def _dual_antecedent(
        self, sent_start: int, position: int, where: bool = False
    ) -> Phrase | None:
        """The two places a dual pronoun (منهما، فيهما) at ``position`` refers back to.

        A dual names two places, not the nearest noun (أكبر مدن شرق البلاد in apposition to
        them): the last territory before it that is led by a dual noun (مدينتي موغوك وسيباو,
        with the conjunct after it) or whose word is joined by و to the one right before (سرت
        والجفرة), the two as one phrase; None when no such territory stands within three
        territories back."""
        for _ in range(3):
            phrase = self._antecedent(sent_start, position, where)
            if phrase is None:
                return None
            words = self.analysis.words_in(max(0, phrase.start - 30), phrase.end + 40)
            at = next((i for i, (s, e) in enumerate(words) if s <= phrase.start < e), None)
            if at is None:
                return None
            head = self._word(*words[at])
            if self._is_noun(head) and bare(head).endswith(("تي", "تين", "تان")):
                end = phrase.end
                after = next((w for w in words[at + 1 :] if w[0] >= end), None)
                if (
                    after is not None
                    and self._word(*after).startswith("و")
                    and not has_break(self.text, end, after[0])
                ):
                    end = after[1]  # مدينتي موغوك وسيباو: the second of the two
                return Phrase(self._descriptive(phrase.start, end), phrase.start, end)
            if self.text[words[at][0] : words[at][0] + 1] == "و" and at > 0:
                before = words[at - 1]
                first = self._antecedent_in(max(0, before[0] - 200), words[at][0], where)
                start = first.start if first is not None and first.end >= before[1] else None
                if start is None and self._word(*before) not in self.leading_prepositions:
                    start = before[0]  # سرت والجفرة: a name the gazetteer lacks, then و
                if start is not None and not has_break(self.text, start, words[at][0]):
                    return Phrase(self._descriptive(start, phrase.end), start, phrase.end)
            position = phrase.start
        return None

    def _antecedent_in(self, sent_start: int, position: int, where: bool = False) -> Phrase | None:
        """The territory a pronoun at ``position`` refers back to, from ``sent_start`` on.

        The nearest one (``_nearest_antecedent``), unless it lies inside an aside opened by an
        elative (مدينة X، أكبر مدن ولاية Y، … سيطر عليها): then the territory the aside
        describes, before it, when there is one.
        """
        phrase = self._nearest_antecedent(sent_start, position, where)
        if phrase is None:
            return None
        opening = self._elative_aside(sent_start, phrase.start, position)
        if opening is None:
            return phrase
        described = self._nearest_antecedent(sent_start, opening, where)
        return described if described is not None else phrase

    def _acting_city(self, place: tuple[int, int, Entity]) -> bool:
        """Whether a city stands as a verb's subject, acting for its government, no land.

        A pronoun of land never names its own clause's subject, nor the one who demands it:
        a capital right after a word that is neither a preposition, a noun nor a number (a
        verb: أعلنت كاراكاس في مارس ضمه، تطالب باكو بالاعتراف … تسيطر عليها يريفان), and any
        city right after a finite verb of demanding (وتطالب أربيل بالإبقاء عليها: the regional
        government) is the one who acts. A city after a preposition or a noun (سيطرت على كابول
        وأعلنت ضمها، مدينة X) is a place and may be the antecedent.
        """
        p_start, _, entity = place
        if entity.kind != EntityKind.PLACE:
            return False
        attached = self.text[self.text.rfind(" ", 0, p_start) + 1 : p_start]
        if attached.strip("و"):
            return False  # بكابول، لكابول: a preposition joined to the name
        before = self.analysis.words_in(max(0, p_start - 30), p_start)
        if not before or has_break(self.text, before[-1][1], p_start):
            return False
        written = self._word(*before[-1]).lstrip("وف")
        if written in self.demands and not written.startswith(("م", "ال")):
            return True  # تطالب أربيل: a finite verb of demanding, not مطالبة/المطالبة
        return (
            self._capital(entity)
            and written not in self.leading_prepositions
            and not self._is_noun(written)
            and self._place_at(before[-1][0]) is None
            and not any(s <= before[-1][0] < e for s, e in self.number_ranges)
        )

    def _nearest_antecedent(
        self, sent_start: int, position: int, where: bool = False
    ) -> Phrase | None:
        """The nearest territory noun with its number and adjectives (أربع قرى حدودية في
        منطقة تافوش، منطقة أمنية عازلة) or named place (no country, no capital standing
        for its state) before ``position``, from ``sent_start`` on.
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
            if place is not None and self._acting_city(place):
                continue  # وتطالب أربيل بالإبقاء عليها: the one who demands, not the land
            region = where and place is None and self._region_of_country(spans, index)
            if region:  # يتمركز الجنود في الشمال. نطالب بانسحابهم: the region they are in
                return Phrase(
                    self._descriptive(self._without_preposition(t_start), t_end), t_start, t_end
                )
            if place is None and (not self._is_noun(word) or word in self.area_pronouns):
                continue  # من مساحتها: the area of a territory told further back, no other
            if place is None and index > 0 and self._predicate_of(spans[index - 1], spans[index]):
                continue  # X أرض صوماليلاندية، ونطالب بالانسحاب منها: the subject X is meant
            if (
                place is not None
                and index > 0
                and bare(self._word(*spans[index - 1])) in self.forces_forms
            ):
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
                if following in SINGULAR_RELATIVES or not (
                    following.endswith(("ه", "يه", "ي")) or definite
                ):
                    break  # adjectives: حدودية، عازلة؛ الجزر الثلاث
                if following.startswith("و") or self._place_at(spans[last + 1][0]) is not None:
                    break
                last += 1
                p_end = spans[last][1]
            start = self._without_preposition(spans[first][0])
            if place is not None and first == index:
                return Phrase(place[2], place[0], place[1])
            territory = self._descriptive(start, p_end)
            if place is not None and first < index:
                span = self.analysis.span(start, place[1])
                territory = attrs.evolve(place[2], text=self.analysis.slice(span), span=span)
            return Phrase(territory, start, p_end)
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
        if len(between) > 1 or (between and self._word(*between[0]) not in self.prepositions):
            return None
        return place

    def _capital_at(self, position: int) -> tuple[int, int, Entity] | None:
        """A capital right after ``position`` in the same clause: after a verb whose object
        is a pronoun (تسيطر عليها يريفان) the subject, acting for its state."""
        place = self._place_at(position + 1)
        if place is None or not self._capital(place[2]) or has_break(self.text, position, place[0]):
            return None
        return place

    def _considered(
        self, before: list[tuple[int, int]], sent_start: int
    ) -> tuple[int, Phrase] | None:
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
        if len(head) == 2 and self._word(*head[1]) in SINGULAR_RELATIVES:
            place = self._place_at(head[0][0])
            if place is not None and place[1] >= head[0][1] - 1:
                # كوسوفو، التي تعدها صربيا جزءاً من أراضيها: the relative's head, a country too
                return verb[0], Phrase(place[2], place[0], place[1])
        if self._word(*verb).endswith("هما"):  # تعتبرهما: a dual antecedent (الإقليمين)
            for t_start, t_end in reversed(
                self.analysis.words_in(max(sent_start, verb[0] - 200), verb[0])
            ):
                word = self._word(t_start, t_end)
                if word.endswith(("ين", "ان")) and self._is_noun(word):
                    start = self._without_preposition(t_start)
                    return verb[0], Phrase(self._descriptive(start, t_end), start, t_end)
        phrase = self._antecedent(sent_start, verb[0])
        return (verb[0], phrase) if phrase is not None else None

    def _owner(self, phrase: Phrase | None, start: int, end: int) -> tuple[int, int, Entity] | None:
        """The country whose land a territory is said to be (من أراضي أذربيجان)."""
        for item in self.places + self.actors:
            inside = start <= item[0] < (phrase.end if phrase is not None else end)
            if inside and item[2].kind == EntityKind.COUNTRY:
                return item
        return None

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

    def _demander(self, position: int, sent_start: int) -> tuple[int, int, Entity] | None:
        """Who demands, when a finite verb of demanding governs the cue with its subject and
        object after it: the first actor after the verb (تطالب بريشتينا بلغراد بالاعتراف بـ …،
        دعت موسكو كييف إلى سحب قواتها، طالبت الحكومة الصومالية القوات الإثيوبية بالانسحاب),
        not the side the demand is made of, nearer the cue. A participle or verbal noun
        (مطالباً الجماعة بـ …، مطالبة) and an obligation (يجب على …) have their object after
        them, and no subject."""
        words = self.analysis.words_in(max(sent_start, position - 120), position)[-8:]
        for index in range(len(words) - 1, -1, -1):
            if full_stop_in(self.text[words[index][1] : position]):
                return None
            word = self._word(*words[index]).lstrip("وف")
            if word not in self.demands or word.startswith(("م", "ال")):
                continue
            if word in self.analysis.word_set("territory_obligations"):
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
        capitals = [p for p in self.places if p[2].kind == EntityKind.PLACE and self._capital(p[2])]
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
            if self._obliged(item):
                continue  # إن على إثيوبيا أن تنسحب: who must, not who demands it
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
        return bool(previous) and self._word(*previous[0]) in self.prepositions

    def _addressed(self, start: int) -> bool:
        """Whether the actor at ``start`` is the object of a participle or verbal noun of
        demanding right before it, or the demonym of forces that are (مطالباً X، داعياً X،
        مطالبة X بـ، مطالباً القوات X-ية بالانسحاب): the side asked."""
        previous = self.analysis.words_in(max(0, start - 40), start)[-3:]
        forces = self.forces_forms
        while previous and bare(self._word(*previous[-1])) in forces:
            previous = previous[:-1]  # مطالباً القوات التايلاندية: whose forces are asked
        if not previous or has_break(self.text, previous[-1][1], start):
            return False
        word = self._word(*previous[-1]).lstrip("وف")
        return word in self.demands and word.startswith(("م", "د")) and word.endswith(("ا", "ه"))

    def _withdrawing(self, start: int) -> bool:
        """Whether the actor at ``start`` is who withdraws after a verbal noun of withdrawing,
        with its forces between or not (بانسحاب إسرائيل، بخروج قوات الدعم السريع، انسحاب
        القوات الروسية): the genitive of the verbal noun is the side asked to leave, never
        the one that demands it or refuses to give land up in the clause after."""
        previous = self.analysis.words_in(max(0, start - 40), start)[-2:]
        forces = self.forces_forms
        if previous and bare(self._word(*previous[-1])) in forces:
            previous = previous[:-1]  # قوات الدعم السريع: whose forces withdraw
        if not previous or has_break(self.text, previous[-1][1], start):
            return False
        word = self._word(*previous[-1])
        nouns = {w for w in self.withdrawal_words if not w.startswith(("ي", "ت", "ن", "ا"))}
        nouns |= {w for w in self.withdrawal_words if w.startswith("ا") and len(w) > 4}
        return bare(word) in nouns or word.lstrip("وفب") in nouns

    def _obliged(self, item: tuple[int, int, Entity]) -> bool:
        """Whether the actor ``item`` is the one an obligation falls on: "على" right before
        it and "أن" right after (على إثيوبيا أن تسحب قواتها، يجب على الجيش أن ينسحب). The side
        that must withdraw is not the one demanding it."""
        previous = self.analysis.words_in(max(0, item[0] - 12), item[0])[-1:]
        following = self.analysis.words_in(item[1], item[1] + 12)[:1]
        if not previous or not following or has_break(self.text, previous[0][1], item[1]):
            return False
        return (
            self._word(*previous[0]).lstrip("وف") == "علي"
            and self._word(*following[0]) in ("ان", "بان")
            and not has_break(self.text, item[1], following[0][0])
        )

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

    def _side_key(self, entity: Entity) -> str:
        """The key that tells one side from another: the id, name or text of the claimant's
        country (:meth:`_country`), so بوتين and روسيا are the same side."""
        country = self._country(entity)
        return country.id or country.name or country.text
