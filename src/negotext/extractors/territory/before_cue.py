"""Claims whose territory stands before the cue.

"X جزء لا يتجزأ من أراضي Y"، "X التي ضمتها موسكو"، "احتلت إسرائيل الجولان … وأعلنت ضمها":
the territory is read backwards from the cue, over a relative clause, an apposition, a list or a
pronoun, and the claimant after or before it.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise

import attrs

from negotext.extractors._common import Cue, bare, has_break, norm_range, sentence_range
from negotext.extractors.territory.build import RecordBuilder
from negotext.extractors.territory.cues import CueFinder
from negotext.extractors.territory.fields import YEAR
from negotext.extractors.territory.phrase import Phrase
from negotext.extractors.territory.words import ANY, SINGULAR_RELATIVES, negation
from negotext.records import ClaimKind, Entity, EntityKind, TerritoryClaim


class BeforeCueReader(RecordBuilder, CueFinder):
    """Claims whose territory stands before the cue."""

    def _pronoun_object_claim(
        self, cue: Cue, kind: ClaimKind, segment: str, end: int, where: bool = False
    ) -> Iterator[tuple[tuple[int, int], TerritoryClaim]]:
        """A cue whose object is a pronoun: the territory is the phrase it refers back to.

        "طالبت باكو بإعادتها"، "منطقة أمنية عازلة تريد إسرائيل الاحتفاظ بها": the last
        territory noun phrase or named place (no country, no capital) before the cue in
        its sentence.
        """
        sent_start, _ = sentence_range(self.analysis, cue.start)
        pronoun = self.analysis.words_in(max(0, end - 12), end)[-1:]
        if pronoun and self._word(*pronoun[0]).endswith("هما"):
            phrase = self._dual_antecedent(sent_start, cue.start, where)  # منهما: two places
        else:
            phrase = self._antecedent(sent_start, cue.start, where)
        earlier = [
            c
            for s, e, c in self._found
            if phrase is not None and sent_start <= s <= phrase.start < e <= cue.start
        ]
        if earlier:  # سيحتفظ بمنطقة عازلة …، رافضاً الانسحاب منها: the territory just claimed
            territory = earlier[-1].territory
            t_start, t_end = norm_range(self.analysis, territory.span)
            phrase = Phrase(territory, t_start, t_end)
        if phrase is None:
            return
        claimant = self._claimant_before(cue.start, sent_start)
        if claimant is not None and claimant[0] < phrase.end:
            claimant = None  # the territory's own adjective, not who demands
            claimant = self._claimant_between(phrase.end, cue.start)
        # a territory of the sentence before, or one another claim's cue follows (احتلت
        # إسرائيل الجولان عام 1967 وأعلنت ضمه عام 1981، وتطالب سوريا باستعادته): the evidence
        # is the pronoun's own, so it neither swallows that claim nor takes its year
        told_between = any(
            phrase.end <= other.start < cue.start for other in self.cues if other is not cue
        )
        evidence = (
            phrase.start if phrase.start >= sent_start and not told_between else cue.start,
            end,
        )
        year = self._year(evidence, sent_start)
        yield evidence, self._record(kind, phrase, claimant, None, year, evidence, segment)
        joined = self._joined_after_pronoun(end)
        if joined is not None:  # بالانسحاب منها ومن مدينة X: the place joined, a claim too
            j_evidence = (joined[0], joined[1].end)
            yield (
                j_evidence,
                self._record(kind, joined[1], claimant, None, year, j_evidence, segment),
            )

    def _whole_is_no_land(self, cue: Cue, sent_end: int) -> bool:
        """Whether a "part of" predicate names an abstract whole right after its من
        (``territory_abstract_wholes``: جزء لا يتجزأ من هوية المنطقة، أمن X جزء لا يتجزأ من أمن
        Y، فتح المعبر جزء لا يتجزأ من الاتفاق): a part of an identity, a security, an agreement
        or a process tells no land's owner. A cue that does not end in من (الجزر "جزء لا
        يتجزأ") names its whole elsewhere.
        """
        if not cue.word.endswith(" من"):
            return False
        following = self.analysis.words_in(cue.end, min(sent_end, cue.end + 40))[:1]
        if not following or has_break(self.text, cue.end, following[0][0]):
            return False
        word = self._word(*following[0])
        wholes = self.analysis.word_set("territory_abstract_wholes")
        return word in wholes or bare(word) in wholes

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
        if own is None and claimant_phrase is None and self._whole_is_no_land(cue, sent_end):
            return  # سولو جزء لا يتجزأ من هوية المنطقة: part of no land, no claim
        end = claimant_phrase.end if claimant_phrase is not None else cue.end
        subjects = self.analysis.word_set("territory_pronoun_subjects")
        for index in range(len(before) - 1, -1, -1):
            word = self._word(*before[index])
            if self._is_noun(word) or self._place_at(before[index][0]) is not None:
                break
            if word in subjects:
                return  # تؤكد موسكو أنها أصبحت جزءاً من روسيا: the pronoun's, not Moscow
            if negation(word):
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
        subjected = self._subjection(cue)
        clause = before
        if subjected:  # أن الممر سيبقى خاضعاً للسيادة …: the subject before the copula
            copulas = self._copulas_before(cue.start)
            clause = [t for t in before if t[1] <= copulas]
        if (
            len(clause) >= 2
            and (
                bare(cue.word) in self.analysis.word_set("territory_land_nouns")
                or cue.word.split()[0] in self.lying_verbs
                or (subjected and owner is not None)
            )
            and self._word(*clause[-2]) in self.complementizers
            and self._place_at(clause[-1][0]) is None
            and not self._is_noun(self._word(*clause[-1]))
        ):
            # يؤكد السودان أن الفشقة "أرض سودانية": the subject of the clause said to be
            # land, a place the gazetteer does not know; أكد أن الجسر سيبقى خاضعاً للسيادة
            # الصربية: a thing said to be under a country's sovereignty
            t_start, t_end = clause[-1]
            phrase = Phrase(self._descriptive(t_start, t_end), t_start, t_end)
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
        opened = [i for i, t in enumerate(before) if self._word(*t) in self.complementizers]
        if opened:  # تقول مانيلا إن الشعاب …: the subject stands after إن, not the speaker
            before = before[opened[-1] + 1 :]
        listed = list(self._claims_before_cue(cue, before, owner, end, sent_start, segment))
        if len(listed) > 1:
            # القرم ودونباس ونوفوروسيا أراضٍ روسية، الجزر X وY وZ "جزء لا يتجزأ من أراضيها":
            # the places one predicate is said of make one territory, from the first to the
            # last, whether the predicate is plural or not (CONVENTIONS rule 2)
            first = min(listed, key=lambda item: item[0][0])[1]
            last = max(listed, key=lambda item: item[0][0])[1]
            start = norm_range(self.analysis, first.territory.span)[0]
            start += len(self.text[start : start + 1]) if self.text[start] in "وف" else 0
            stop = norm_range(self.analysis, last.territory.span)[1]
            phrase = Phrase(self._descriptive(start, stop), start, stop)
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
            if index + 1 < len(spans) and self._state_as_subject(
                head[-3:][found], spans[index + 1]
            ):
                return before
            return head
        return before

    def _state_at(self, word: tuple[int, int]) -> bool:
        """Whether a country or a capital (acting for its state) is named at ``word``."""
        place = self._place_at(word[0])
        return place is not None and (
            place[2].kind == EntityKind.COUNTRY or self._capital(place[2])
        )

    def _considering_state(self, before: list[tuple[int, int]], index: int) -> bool:
        """Whether the state at ``index`` stands next to a verb of considering with a pronoun.

        "بلغراد تعتبرها إقليماً تابعاً لها"، "تعتبرها أثينا جزءاً من أراضيها": the state is the
        verb's subject, the one who considers; the pronoun names the land, which is not the
        state (when it is found, ``_considered`` has read the claim before).
        """
        if not self._state_at(before[index]):
            return False
        considering = self.analysis.word_set("territory_considering")
        near = [before[i] for i in (index - 1, index + 1) if 0 <= i < len(before)]
        return any(
            self._word(*t) in considering or bare(self._word(*t)) in considering for t in near
        )

    def _state_as_subject(self, head: tuple[int, int], verb: tuple[int, int]) -> bool:
        """Whether a relative clause's head is a state that acts in it, no territory.

        "بلغراد التي تعتبر كوسوفو جزءاً من أراضيها"، "بانكوك التي تتمسك بأن المعابد تقع داخل
        أراضيها": a country or a capital (acting for its state) before a verb that carries no
        object pronoun is that verb's subject, the one who claims; the territory is told in
        the clause. With a resumptive pronoun (القدس التي تحتلها إسرائيل) the head is the
        verb's object, the territory.
        """
        if not self._state_at(head):
            return False
        return not self._word(*verb).endswith(("ه", "ها", "هما", "هم"))

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
            if self._considering_state(before, found):
                return  # بلغراد تعتبرها إقليماً تابعاً لها: who considers, no territory
            t_start = before[found][0]
            read = self._phrase(self._without_preposition(t_start), phrase_end)
            if read is None:
                return
            phrase = read
            if strict:  # a place listed before: its own evidence, up to where it ends
                phrase = Phrase(phrase.territory, phrase.start, before[limit - 1][1])
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

    def _demand_about(self, head: int, position: int, sent_end: int) -> bool:
        """Whether ``head``, the head of a relative clause of control whose verb ends at
        ``position``, is the place a demand or claim read before is about and the clause
        tells no dated event.

        CONVENTIONS rule 18: control told only in a relative clause on the place a demand or
        claim is about (تطالب X باستعادة جيب Y، الذي تسيطر عليه Z؛ بانسحاب Z من النقاط التي لا
        تزال تحتلها) is at most optional, no claim of its own. A seizure told with its date
        (التي سيطرت عليها خلال اشتباكات عام 2022، التي استعادت السيطرة عليها في سبتمبر 2023) is
        an event told, a claim of its own, as a dated annexation is; a hold since a date (التي
        تسيطر عليها منذ عام 1992) still only says which land is meant.
        """
        if not any(
            start <= head < end and self._asked_for(start, claim)
            for start, end, claim in self._found
        ):
            return False  # ترتيبات انسحاب القوات من المدينة التي سيطرت عليها: a withdrawal
            # no one is told to demand; the control is told, a claim
        for t_start, t_end in self.analysis.words_in(position, sent_end)[:12]:
            if has_break(self.text, position, t_start):
                break
            word = self._word(t_start, t_end)
            if word in ("منذ", "ومنذ"):
                break
            if t_start in self.date_starts or YEAR.fullmatch(word):
                return False
        return True

    def _unnamed_land(self, head: int, rel_start: int) -> bool:
        """Whether the relative clause's head, from ``head`` to the pronoun at ``rel_start``,
        is a bare definite plural of land with no name (المدن، الأراضي، المناطق), a quantifier
        before it allowed (كل المدن التي احتلتها).

        CONVENTIONS rule 18: «تبقي الميليشيا في المدن التي احتلتها»، «إعادة الأراضي التي
        تحتلها»: the clause only says which land is meant, by who holds it; the control is
        no claim of its own. A head with a number, an adjective or a name (النقاط الخمس،
        البلدات الحدودية، مدينة X) says more and is read as before.
        """
        words = [self._word(*t) for t in self.analysis.words_in(head, rel_start)]
        while words and words[0] in self.quantifiers:
            words = words[1:]
        return (
            len(words) == 1
            and words[0] in self.analysis.word_set("territory_unnamed_lands")
            and self._place_at(head) is None
        )

    def _indefinite_description(self, head: int, cue_start: int) -> bool:
        """Whether the noun phrase from ``head`` to a control cue with no relative pronoun
        before it (``cue_start``) is indefinite and names no place: «وهي قرى تسيطر عليها Y»,
        «باعتبارها أراضي X استولت عليها Y», «بأنها أرض X احتلتها».

        An indefinite noun right after a pronoun (`territory_predicate_pronouns`: وهي، باعتبارها،
        بأنها) with a relative clause of control and no relative pronoun says what kind of land
        a place told before is, as a predicate or a reason: it describes that
        place and tells no control of its own (CONVENTIONS rule 18: at most optional). A head
        with the article or a name (القرى التي …، مدينة X تسيطر عليها), or where a place lies
        (تقع على أرض X تحتلها Y), is read as before; a country after the noun is its adjective
        (أراضٍ صربية), no name.
        """
        words = self.analysis.words_in(head, cue_start)
        before = self.analysis.words_in(max(0, head - 30), head)[-1:]
        predicate = self.analysis.word_set("territory_predicate_pronouns")
        return (
            bool(words)
            and bool(before)
            and self._word(*before[0]) in predicate
            and not has_break(self.text, before[0][1], head)
            and not any(self._word(*t).lstrip("وفب").startswith("ال") for t in words)
            and self._place_at(head) is None
            and self._place_in(head, cue_start) is None
        )

    def _place_in_clause(self, position: int, sent_end: int) -> bool:
        """Whether the clause from ``position`` (six words, no break) places the land in a
        named place after a preposition of place: «المواقع التي تسيطر عليها قواته في X» says
        which land by its name after all. The holder named right after the verb (يسيطر عليها
        نظام X) is no such place."""
        locatives = self.analysis.word_set("territory_clause_locatives")
        words = self.analysis.words_in(position, sent_end)[:6]
        for (t_start, t_end), (n_start, _) in pairwise(words):
            if has_break(self.text, position, n_start):
                return False
            if self._word(t_start, t_end) in locatives and self._place_at(n_start) is not None:
                return True
        return False

    def _asked_for(self, start: int, claim: TerritoryClaim) -> bool:
        """Whether ``claim``, its evidence read from ``start``, is a demand or claim about its
        territory: a retention; a withdrawal or recognition someone is told to demand (not
        ترتيبات الانسحاب من … talks discuss); a sovereignty claim whose territory stands after
        its cue (باعتبارها أراضي X، سيادتها على X), not one whose territory is the sentence's
        topic (X، التي تحتلها Y، جزء لا يتجزأ من أراضيها: rule 18 leaves that control a claim).
        """
        t_start = norm_range(self.analysis, claim.territory.span)[0]
        if claim.kind == ClaimKind.RETENTION_DEMAND:
            return True
        if claim.kind == ClaimKind.SOVEREIGNTY_CLAIM:
            return t_start > start
        if claim.kind in (ClaimKind.WITHDRAWAL_DEMAND, ClaimKind.RECOGNITION_DEMAND):
            return self._demanded(start) or self._demanded(t_start)
        return False

    def _any_noun_before(self, position: int) -> bool:
        """Whether the noun right before ``position`` is quantified by أي (أي أرض تحتلها)."""
        before = self.analysis.words_in(max(0, position - 40), position)[-2:]
        return (
            len(before) == 2
            and bare(self._word(*before[0])) == ANY
            and not has_break(self.text, before[0][1], position)
        )

    def _relative_claim(
        self, cue: Cue, kind: ClaimKind, segment: str, sent_start: int, sent_end: int
    ) -> Iterator[tuple[tuple[int, int], TerritoryClaim]]:
        """``X التي ضمتها موسكو``: the territory stands before the relative pronoun."""
        text = self.text
        before = text[max(sent_start, cue.start - 60) : cue.start]
        relative = max(before.rfind(word) for word in SINGULAR_RELATIVES)
        if relative >= 0 and has_break(before, relative, len(before)):
            relative = -1  # التي تحتلها إيران …، داعية إلى إنهاء احتلالها: another clause
        if relative >= 0:
            rel_start = max(sent_start, cue.start - 60) + relative
        elif self._noun_right_before(cue.start):
            if self._any_noun_before(cue.start):
                return  # لن تتخلى عن أي أرض حررها مقاتلوها: any land, none named
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
            if head is None and (word in self.complementizers or word in self.relatives):
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
        head = self._without_preposition(head)  # بجيب X الذي تسيطر عليه: the noun, no ب
        if kind == ClaimKind.CONTROL and self._demand_about(head, cue.end, sent_end):
            return
        if (
            kind == ClaimKind.CONTROL
            and relative < 0
            and self._indefinite_description(head, cue.start)
        ):
            return  # وهي قرى تسيطر عليها Y: what kind of land, no control claim of its own
        if (
            kind == ClaimKind.CONTROL
            and relative >= 0
            and self._unnamed_land(head, rel_start)
            and not self._place_in_clause(cue.end, sent_end)
        ):
            return
        apposed = self._apposed_to(head, sent_start)
        if apposed is not None:  # غرب تيغراي، المنطقة الخصبة التي تسيطر عليها …: غرب تيغراي
            head, stop = apposed
        elif relative >= 0 and (opening := self._elative_aside(sent_start, head, rel_start)):
            # محطة X، أكبر محطة في أوروبا، التي …: the place the aside describes
            described = self._antecedent_in(sent_start, opening)
            if described is not None:
                head, stop = described.start, opening
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
        phrase = Phrase(territory, head, end)
        yield evidence, self._record(kind, phrase, claimant, None, year, evidence, segment)

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
                and not self._acting_city(p)
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
            phrase = Phrase(self._descriptive(n_start, n_end), n_start, n_end)
            yield evidence, self._record(kind, phrase, claimant, None, None, evidence, segment)
            return
        if not places:
            return
        p_start, p_end, entity = places[-1]
        own_start = (
            sent_start if p_start >= sent_start else sentence_range(self.analysis, p_start)[0]
        )
        opening = self._elative_aside(own_start, p_start, cue.start)
        described = self._antecedent_in(own_start, opening) if opening is not None else None
        if described is not None:
            # مدينة X، أكبر مدن شمال ولاية Y، … بعد أن سيطر عليها: the place the aside describes
            claimant = self._actor_at(cue.end) or self._claimant_before(cue.start, sent_start)
            evidence = (cue.start, cue.end)
            yield evidence, self._record(kind, described, claimant, None, None, evidence, segment)
            return
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
        phrase = Phrase(territory, start, p_end)
        yield evidence, self._record(kind, phrase, claimant, None, year, evidence, segment)
