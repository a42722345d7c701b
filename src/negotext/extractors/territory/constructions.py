"""Claims told by constructions of their own, not by a cue and its object.

A territory subject to someone's control (تخضع طرابلس لسيطرة …), an independence declared, a
territory handed over, a share measured after a control, what remains held, a presence of forces
refused, a demand to be recognised as a state and a recognition granted are each read by a
method of their own, over the whole document or from the cue that opens them.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

import attrs

from negotext.ar.normalize import normalize_text
from negotext.extractors._common import (
    Cue,
    bare,
    has_break,
    norm_range,
    segment_label,
    sentence_range,
)
from negotext.extractors.territory.build import RecordBuilder
from negotext.extractors.territory.fields import YEAR
from negotext.extractors.territory.kinds import BEFORE_LABEL, kind_of
from negotext.extractors.territory.phrase import MAX_SKIP, Phrase
from negotext.extractors.territory.words import full_stop_in, negation
from negotext.records import ClaimKind, Entity, EntityKind, TerritoryClaim

#: The words of obligation or of a complementizer that may stand before a verb of remaining or
#: of going back (أن تبقى، يجب أن تعود): read past to the territory that opens the clause.
MODALS = frozenset(normalize_text(w) for w in ("أن", "بأن", "يجب", "ينبغي"))
#: The preposition "under" of "under the control of" (تحت سيطرة), normalised once: it is
#: compared with every word of a document.
UNDER = normalize_text("تحت")


class ConstructionReader(RecordBuilder):
    """Claims told by constructions of their own, not by a cue and its object."""

    def _subject_to_control(self) -> Iterator[tuple[int, int, TerritoryClaim]]:
        """ "تخضع طرابلس ومدن الغرب لسيطرة حكومة الوحدة"، "المحطة تخضع للاحتلال الروسي": a
        finite verb of being subject (`territory_subject_to`), the territory, then a noun of
        control with ل (`territory_subject_nouns`: لسيطرة، للاحتلال) and who controls it; with
        the article, whose right after it (a demonym or a name)."""
        verbs = self.analysis.word_set("territory_subject_to")
        becoming = self.analysis.word_set("territory_under_verbs")
        control = self.analysis.word_set("territory_subject_nouns")
        beneath = (UNDER, normalize_text("سيطرة"))
        lasting = self.analysis.word_set("territory_lasting")
        for v_start, v_end, segment in self._verbs_told(verbs | becoming, lasting):
            sent_start, sent_end = sentence_range(self.analysis, v_start)
            words = self.analysis.words_in(v_end, min(sent_end, v_end + 160))[:8]
            if self._word(v_start, v_end).lstrip("وف") in verbs:
                under = next((i for i, t in enumerate(words) if self._word(*t) in control), None)
                if under is None:  # تخضع بلدة X، الواقعة على …، لسيطرة: an aside between
                    words = self.analysis.words_in(v_end, min(sent_end, v_end + 160))[:18]
                    under = next(
                        (i for i, t in enumerate(words) if self._word(*t) in control), None
                    )
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
            if under is None:
                continue
            subject_end = words[under][0]
            if has_break(self.text, v_end, subject_end):
                # تخضع بلدة X، الواقعة على الطريق …، لسيطرة …: the territory before an aside
                opening = self._description_before(subject_end, sent_start)
                if opening is None or under == 0 or has_break(self.text, v_end, opening):
                    continue
                subject_end = opening
            if under == 0:
                # أربع قرى … تقول إنها تخضع لسيطرة أرمينيا: the subject told before the verb
                phrase = self._antecedent(sent_start, v_start)
            else:
                phrase = self._phrase(words[0][0], subject_end)
            controller = self._actor_at(words[under][1] + 1, 12)
            if controller is not None and self._word(*words[under]) != self._word(
                *words[under]
            ).replace("لل", "ل", 1):
                # للاحتلال الروسي، للسيطرة التايلاندية: the article wants whose at once
                controller = self._actor_at(words[under][1] + 1, 2)
            held_by = self._forces_after(words, under) if controller is None else None
            if phrase is None or (controller is None and held_by is None):
                continue
            evidence = (v_start, controller[1] if controller is not None else held_by or 0)
            claim = self._record(
                ClaimKind.CONTROL, phrase, controller, None, None, evidence, segment
            )
            yield (*evidence, claim)

    def _forces_after(self, words: list[tuple[int, int]], under: int) -> int | None:
        """Where the noun of forces right after لسيطرة ends (لسيطرة الفصائل المحلية، تحت سيطرة
        فصائل مسلحة، لسيطرة المسلحين): armed men the gazetteer does not name
        (``territory_forces``) hold the territory as a named actor does; the claim has no
        claimant then. None when no such noun follows."""
        if under + 1 >= len(words):
            return None
        first = words[under + 1]
        if has_break(self.text, words[under][1], first[0]):
            return None
        forces = self.forces_forms
        if bare(self._word(*first)) not in forces:
            return None
        return first[1]

    def _under_marker(self, index: int) -> tuple[int, bool] | None:
        """The words at ``index`` that say a territory before them is held (see
        :meth:`_under_control`): تحت and a noun of control (`territory_under_nouns`), or in
        someone's hands (`territory_hands`: في يد، بيد، بأيدي), no noun of a part between. Where
        they end and whether they are hands, or None."""
        words = self.analysis.words
        word = self._word(*words[index])
        if word in self.analysis.word_set("territory_hands"):
            return words[index][1], True  # بيد الجيش
        if index + 1 >= len(words) or has_break(self.text, words[index][1], words[index + 1][0]):
            return None
        pair = f"{word} {self._word(*words[index + 1])}"
        if pair in self.analysis.word_set("territory_hands"):
            return words[index + 1][1], True  # في يد الجيش
        if word == UNDER and self._word(*words[index + 1]) in (
            self.analysis.word_set("territory_under_nouns")
        ):
            return words[index + 1][1], False
        return None

    def _forces_at(self, position: int) -> int | None:
        """Where a noun of forces right after ``position`` ends (في يد القوات الروسية، بيد
        الجيش), armed men the gazetteer does not name (``territory_forces``); None when no such
        noun follows."""
        following = self.analysis.words_in(position, position + 40)[:1]
        if not following or has_break(self.text, position, following[0][0]):
            return None
        if bare(self._word(*following[0])) not in self.forces_forms:
            return None
        return following[0][1]

    def _under_control(self) -> Iterator[tuple[int, int, TerritoryClaim]]:
        """ "نحو 20% من أراضيها تحت الاحتلال الروسي"، "المحطة ما زالت تحت الاحتلال"، "نحو 70% من
        مساحة البلاد تقع تحت سيطرة الجيش": تحت and a noun of control (`territory_under_nouns`)
        with the territory before them as the subject of their clause, a verb of being, lasting
        or lying between (`territory_under_verbs`, with لا or ما) or none. The clause starts after
        a clause break or a complementizer (تقول إن …); the subject must fill it up to the verb, a
        share of it first (نحو 20% من). A noun with the article needs who holds after it, a
        demonym or a named actor."""
        being = self.analysis.word_set("territory_under_verbs")
        adverbs = self.analysis.word_set("territory_completeness") | self.analysis.word_set(
            "territory_control_hedges"
        )
        words = self.analysis.words
        for index, (u_start, _) in enumerate(words[:-1]):
            marker = self._under_marker(index)
            if marker is None:
                continue
            n_end, hands = marker
            segment = segment_label(self.analysis, self.analysis.span(u_start, n_end))
            if segment is None:
                continue
            sent_start, _ = sentence_range(self.analysis, u_start)
            holder = self._actor_at(n_end + 1, 2)
            held_by = self._forces_at(n_end) if hands and holder is None else None
            past = None if hands or holder is not None else self._holder_past_adjective(n_end)
            if past is not None:  # تحت السيطرة الكاملة لقوات الجبهة
                held_by, holder = past
            if (hands or self._word(*words[index + 1]).startswith("ال")) and (
                holder is None and held_by is None
            ):
                continue  # الوضع تحت السيطرة، ورقة في يد من …: no one's control named
            end = holder[1] if holder is not None else held_by or n_end
            # the verb of being between the subject and تحت, with its negation of lasting and
            # adverbs of how much between (باتت بالكامل تقريباً في يد …)
            verb = index
            while (
                hands
                and verb > 0
                and index - verb < 2
                and self._word(*words[verb - 1]) in adverbs
                and not has_break(self.text, words[verb - 1][1], words[verb][0])
            ):
                verb -= 1
            if verb != index and (
                verb == 0 or self._word(*words[verb - 1]).lstrip("و") not in being
            ):
                verb = index  # adverbs with no verb of being before them: none skipped
            if verb > 0 and self._word(*words[verb - 1]).lstrip("و") in being:
                verb -= 1
                if verb > 0 and self._word(*words[verb - 1]) in ("ما", "لا"):
                    verb -= 1
            no_verb = verb == index  # no verb of being between the subject and the marker
            if no_verb:
                # لتصبح الولاية كلها تقريباً تحت سيطرتها: the whole of it said after the subject
                verb = self._whole_of_before(index)
            if verb == 0:
                continue  # nothing before in its clause
            subject_end, first = words[verb][0], verb - 1
            if has_break(self.text, words[verb - 1][1], words[verb][0]):
                # بقيت مدينة X، المركز الإداري للمقاطعة، بيد …: the subject before an aside
                opening = self._description_before(words[verb][0], sent_start)
                if opening is None:
                    continue  # nothing before in its clause
                subject_end = opening
                while first >= 0 and words[first][1] > opening:
                    first -= 1
                if first < 0:
                    continue
            contrasts = self.analysis.word_set("territory_contrast_openers")
            while (
                first > 0
                and words[first - 1][0] >= sent_start
                and verb - first < 12
                and not has_break(self.text, words[first - 1][1], words[first][0])
                and self._word(*words[first - 1]) not in self.complementizers | contrasts
            ):
                first -= 1
            if first < verb - 1 and self._word(*words[first]) in contrasts:
                first += 1  # …، لكن المدينة باتت تحت سيطرتنا: the subject after the particle
            if words[first][0] < sent_start or (self._negated(words[verb][0]) and no_verb):
                continue
            position, share = words[first][0], None
            if no_verb:
                # ولا تزال المدينة في يد الجيش، فيما ما زالت X في يد …، لتصبح الولاية تحت
                # سيطرتها: the verb of being before its subject; the subject starts after it
                told = next(
                    (
                        j
                        for j in range(first, index - 1)
                        if words[j][1] < subject_end and self._word(*words[j]).lstrip("وف") in being
                    ),
                    None,
                )
                if told is not None:
                    if self._negated(words[told][0]) and self._word(*words[told]).lstrip(
                        "وف"
                    ) not in self.analysis.word_set("territory_lasting"):
                        continue  # لن تصبح المدينة تحت سيطرتهم: denied (لا تزال: "still")
                    position = words[told + 1][0]
            for p_start, p_end, quantity in self.percents:
                if position <= p_start <= position + 8:  # نحو 20% من …
                    after = self.analysis.words_in(p_end, words[verb][0])[:1]
                    if after and self._word(*after[0]) == "من":
                        share, position = float(quantity.value), after[0][1]
                    break
            phrase = self._phrase(position, subject_end)
            if phrase is None or self.analysis.words_in(phrase.end, subject_end):
                continue  # the subject does not fill the clause up to the verb
            phrase = self._plural_row(phrase, subject_end)
            head = self.analysis.words_in(phrase.start, phrase.end)
            if (
                phrase.territory.name is None
                and len(head) == 1
                and self._word(*head[0]).lstrip("وف").startswith("ال")
            ):
                named = self._named_before(phrase.start, phrase.end)
                if named is None:
                    continue  # المدينة ما زالت تحت الاحتلال: no place told for it to name
                phrase = Phrase(named, phrase.start, phrase.end)  # المحطة: the plant named before
            if head and self._word(*head[0]) in self.area_pronouns:
                antecedent = self._antecedent(sent_start, phrase.start)
                if antecedent is None:
                    continue
                phrase = Phrase(antecedent.territory, phrase.start, phrase.end)
            evidence = (words[first][0], end)
            year = self._year(evidence, sent_start)
            claim = self._record(ClaimKind.CONTROL, phrase, holder, share, year, evidence, segment)
            yield (*evidence, claim)

    def _plural_row(self, phrase: Phrase, limit: int) -> Phrase:
        """A plural or dual region noun heading named places in a row as a clause's subject
        (فيما تبقى مدن X وY تحت السيطرة …، لا تزال مدينتا X وY بيد الجيش): one territory, the
        whole phrase as written, its parts the places named (CONVENTIONS rule 2); with no
        such noun or no row, the phrase as read."""
        if not self._plural_head(phrase):
            return phrase
        listed = list(self._listed(phrase, limit))
        if not listed:
            return phrase
        start = norm_range(self.analysis, phrase.territory.span)[0]
        end = norm_range(self.analysis, listed[-1].territory.span)[1]
        named = tuple(p.territory for p in (phrase, *listed) if p.territory.name is not None)
        parts = named if len(named) == len(listed) + 1 else ()
        return Phrase(self._descriptive(start, end), start, max(end, phrase.end), parts)

    def _holder_past_adjective(
        self, position: int
    ) -> tuple[int, tuple[int, int, Entity] | None] | None:
        """Who holds a territory after تحت السيطرة and an adjective of how full or how real the
        control is (`territory_control_adjectives`), told with ل (تحت السيطرة الكاملة لقوات
        الجبهة، تحت السيطرة الفعلية لحركة طالبان): where the holder ends and the actor when the
        gazetteer names one (armed men it does not name, ``territory_forces``, hold it as well);
        None when no such words follow ``position``."""
        following = self.analysis.words_in(position, position + 60)[:2]
        if len(following) < 2 or has_break(self.text, position, following[1][0]):
            return None
        if self._word(*following[0]) not in self.analysis.word_set("territory_control_adjectives"):
            return None
        holder = self._word(*following[1])
        if not holder.startswith("ل"):
            return None
        actor = self._actor_at(following[1][0], 3)
        if actor is not None:
            return actor[1], actor
        if holder[1:] in self.forces_forms or (
            holder.startswith("لل") and "ال" + holder[2:] in self.forces_forms
        ):  # لقوات الجبهة، للجيش
            return following[1][1], None
        return None

    def _whole_of_before(self, index: int) -> int:
        """Where the words that say the whole of the subject before the word at ``index`` begin
        (لتصبح الولاية كلها تقريباً تحت سيطرتها، باتت المدينة بأكملها في يد الجيش): "all of it"
        (`territory_whole_of`) and an adverb of how much (`territory_completeness`,
        `territory_control_hedges`), two words at most; ``index`` when none stands there."""
        words = self.analysis.words
        allowed = (
            self.analysis.word_set("territory_whole_of")
            | self.analysis.word_set("territory_completeness")
            | self.analysis.word_set("territory_control_hedges")
        )
        start = index
        while (
            start > 0
            and index - start < 2
            and self._word(*words[start - 1]) in allowed
            and not has_break(self.text, words[start - 1][1], words[start][0])
        ):
            start -= 1
        return start

    def _kept_within(self) -> Iterator[tuple[int, int, TerritoryClaim]]:
        """ "المواقع التي استعدناها ستبقى تحت سيطرة الجيش"، "المنطقة، التي …، يجب أن تبقى ضمن
        إقليمهم"، "المدينة يمنية وستبقى بأيدي أبنائها": a verb of remaining in the future, or in
        the present after أن (``territory_staying_future``), then whose hands the place stays in
        (``territory_kept_within``: تحت سيطرة، تحت حماية، ضمن، بأيدي). Its subject is the
        territory that opens the clause (after a complementizer, a clause break or the
        sentence's start), an aside or a short predicate between (هجليج أرض سودانية وستبقى …),
        or, after the verb, the territory before the words of whose hands (أن تبقى المحطة تحت
        إدارة …). Saying where a place will stay is a demand to keep it: a retention demand,
        claimed by who holds it after the words of whose hands, else the actor before."""
        staying = self.analysis.word_set("territory_staying_future")
        words = self.analysis.words
        for index, (v_start, v_end) in enumerate(words):
            word = self._word(v_start, v_end)
            verb = word[1:] if word[:1] in "وف" and word[1:] in staying else word
            if verb not in staying or index == 0:
                continue
            sent_start, sent_end = sentence_range(self.analysis, v_start)
            previous = words[index - 1]
            if not verb.startswith("س") and (
                self._word(*previous) not in MODALS - {normalize_text("يجب")}
                or has_break(self.text, previous[1], v_start)
            ):
                continue  # تبقى، يظل: the present only after أن (أن تبقى، يجب أن يظل)
            segment = segment_label(self.analysis, self.analysis.span(v_start, v_end))
            if segment is None or self._negated(v_start):
                continue
            found = self._within_after(index, sent_end)
            if found is None:
                continue
            subject_end, within_end = found
            if self.analysis.words_in(v_end, subject_end):
                # أن تبقى المحطة تحت إدارة …: the subject after the verb
                phrase = self._phrase(v_end, subject_end)
                if phrase is None or self.analysis.words_in(phrase.end, subject_end):
                    continue
                clause_start = v_start
            else:
                subject = self._clause_subject_before(index, sent_start)
                if subject is None:
                    continue
                clause_start, phrase = subject
            holder = self._actor_at(within_end + 1, 2)
            end = holder[1] if holder is not None else within_end
            following = self.analysis.words_in(end, sent_end)[:1]
            if holder is None and following and not has_break(self.text, end, following[0][0]):
                end = following[0][1]  # ضمن إقليمهم، بأيدي أبنائها: the word that says whose
            claimant = holder or self._claimant_before(clause_start, sent_start)
            evidence = (min(clause_start, phrase.start), end)
            year = self._year(evidence, sent_start)
            claim = self._record(
                ClaimKind.RETENTION_DEMAND, phrase, claimant, None, year, evidence, segment
            )
            yield (*evidence, claim)

    def _claim_dropped(self) -> Iterator[tuple[int, int, TerritoryClaim]]:
        """ "تشترط باكو أن تحذف يريفان الإشارة إلى الإعلان الذي يتضمن المطالبة بالإقليم"،
        "مطالباً يريفان بإسقاط أي مطالبة بالإقليم": a noun of claiming (``territory_claim_nouns``)
        with ب and a territory is the other side's claim to that land; a verb of removing it
        (``territory_dropping``: تحذف، إسقاط، إلغاء) up to ten words before in its clause, which
        a word of demanding governs (right before it, or earlier in its clause when the verb is
        joined by و to what is demanded: أن تعدّل دستورها وتحذف …), asks that side to give up
        its claim and own the land as the demanding side's: a recognition demand over the
        territory (README: X demands recognition of Y as X's), claimed by the side before the
        word of demanding. A claim told with no demand to drop it is none here."""
        claim_nouns = self.analysis.word_set("territory_claim_nouns")
        dropping = self.analysis.word_set("territory_dropping")
        words = self.analysis.words
        for index, (n_start, n_end) in enumerate(words[1:-1], start=1):
            if bare(self._word(n_start, n_end)) not in claim_nouns:
                continue
            sent_start, sent_end = sentence_range(self.analysis, n_start)
            phrase = self._phrase(words[index + 1][0], sent_end)
            if phrase is None or not self._word(*words[index + 1]).startswith("ب"):
                continue  # مطالبة بالإقليم: the land claimed, after ب
            drop = next(
                (
                    words[j]
                    for j in range(index - 1, max(-1, index - 11), -1)
                    if words[j][0] >= sent_start
                    and not has_break(self.text, words[j][1], n_start)
                    and bare(self._word(*words[j])) in dropping
                ),
                None,
            )
            if drop is None:
                continue
            verb = Cue(drop[0], drop[1], self._word(*drop), ClaimKind.RECOGNITION_DEMAND.value)
            if not (self._demanded(drop[0]) or self._demanded_conjunct(verb)):
                continue  # لم تسقط مطالبتها بالإقليم: no one asks for it
            segment = segment_label(self.analysis, self.analysis.span(n_start, n_end))
            if segment is None:
                continue
            claimant = self._demanding_side(drop[0], sent_start)
            evidence = (drop[0], phrase.end)
            year = self._year(evidence, sent_start)
            claim = self._record(
                ClaimKind.RECOGNITION_DEMAND, phrase, claimant, None, year, evidence, segment
            )
            yield (*evidence, claim)

    def _demanding_side(self, position: int, sent_start: int) -> tuple[int, int, Entity] | None:
        """Who demands what stands at ``position``: the subject right after the nearest word
        of demanding before it in its clause (تشترط مقديشو أن …), else the nearest actor before
        that word (فباكو تشترط …، وأكد علييف … مطالباً يريفان بـ …)."""
        for t_start, t_end in reversed(
            self.analysis.words_in(max(sent_start, position - 200), position)[-15:]
        ):
            if has_break(self.text, t_end, position):
                break
            word = self._word(t_start, t_end)
            if word in self.demands or (len(bare(word)) > 2 and bare(word) in self.demands):
                after = self._actor_at(t_end + 1, 2) or self._capital_at(t_end)
                if after is not None and after[1] <= position and not self._addressed(after[0]):
                    return after
                return self._claimant_before(t_start, sent_start)
        return self._claimant_before(position, sent_start)

    def _gone_back_to_hold(self) -> Iterator[tuple[int, int, TerritoryClaim]]:
        """ "المحطة يجب أن تعود إلى السيطرة الأوكرانية الكاملة"، "المدينتان يجب أن تعودا إلى
        إدارة الدولة": a finite verb of going back (``territory_going_back``) that a demand or
        an obligation governs, followed at once by إلى and a noun of a state's hold
        (``territory_state_hold``: سيطرة، إدارة، سيادة). Its subject is the territory that
        opens the clause, read before it as with a verb of remaining (:meth:`_kept_within`):
        the place is demanded back from whoever holds it now, a withdrawal demand, or, back to a
        region's hold (إلى إدارة الإقليم), a demand that it be counted the region's, a
        recognition demand. With the territory after the verb (أن تعود المدينة إلى سيطرة …)
        the cue's own reading finds it; told as a fact or negated it is none."""
        going_back = self.analysis.word_set("territory_going_back")
        hold = self.analysis.word_set("territory_state_hold")
        hold_bare = {bare(w) for w in hold}
        words = self.analysis.words
        for index, (v_start, v_end) in enumerate(words[:-2]):
            word = self._word(v_start, v_end)
            verb = word[1:] if word[:1] in "وف" and word[1:] in going_back else word
            if verb not in going_back or verb.startswith(("عود", "العود")) or index == 0:
                continue  # the verbal noun (عودة المحطة إلى …) has its territory after it
            to, owner = words[index + 1], words[index + 2]
            if (
                self._word(*to) != "الي"
                or has_break(self.text, v_end, owner[0])
                or (self._word(*owner) not in hold and bare(self._word(*owner)) not in hold_bare)
            ):
                continue
            segment = segment_label(self.analysis, self.analysis.span(v_start, v_end))
            if segment is None or self._negated(v_start) or not self._demanded(v_start):
                continue
            sent_start, sent_end = sentence_range(self.analysis, v_start)
            subject = self._clause_subject_before(index, sent_start)
            if subject is None:
                continue
            clause_start, phrase = subject
            whose = words[index + 3] if index + 3 < len(words) else None
            end = owner[1]
            if (
                whose is not None
                and whose[0] < sent_end
                and not has_break(self.text, end, whose[0])
            ):
                end = whose[1]  # إلى السيطرة الأوكرانية، إلى إدارة الدولة: whose hold
            regional = (
                whose is not None
                and not self._word(*owner).startswith("ال")
                and self._regional(whose)
            )
            kind = ClaimKind.RECOGNITION_DEMAND if regional else ClaimKind.WITHDRAWAL_DEMAND
            claimant = self._claimant_before(clause_start, sent_start)
            evidence = (min(clause_start, phrase.start), end)
            year = self._year(evidence, sent_start)
            yield (*evidence, self._record(kind, phrase, claimant, None, year, evidence, segment))

    def _within_after(self, index: int, sent_end: int) -> tuple[int, int] | None:
        """After the verb of remaining at ``index``: where the words of whose hands
        (``territory_kept_within``) start and end, right after the verb or after up to four
        words of its subject; None when they do not follow."""
        within = self.analysis.word_set("territory_kept_within")
        words = self.analysis.words
        after = [t for t in words[index + 1 : index + 7] if t[0] < sent_end]
        for offset in range(min(len(after), 5)):
            if has_break(self.text, words[index][1], after[offset][0]):
                return None
            one = self._word(*after[offset])
            if offset + 1 < len(after) and not has_break(
                self.text, after[offset][1], after[offset + 1][0]
            ):
                two = f"{one} {self._word(*after[offset + 1])}"
                if two in within:
                    return after[offset][0], after[offset + 1][1]
            if one in within:
                return after[offset][0], after[offset][1]
        return None

    def _clause_subject_before(self, index: int, sent_start: int) -> tuple[int, Phrase] | None:
        """The territory that opens the clause of the verb at ``index``, read before it: past
        modal words (يجب أن), an aside between commas (المنطقة، التي يسمونها …، يجب أن تبقى) and
        up to four words of a predicate (الحديدة يمنية وستبقى); the clause opens after a
        complementizer (إن، أن), a clause break or the sentence's start. Its start and phrase,
        or None."""
        words = self.analysis.words
        first = index
        while (
            first > 0
            and words[first - 1][0] >= sent_start
            and self._word(*words[first - 1]) in MODALS
            and not has_break(self.text, words[first - 1][1], words[first][0])
        ):
            first -= 1
        region_end = words[first][0]
        opening = self._parenthetical_before(region_end, sent_start)
        if opening is not None:
            region_end = opening
        before = [t for t in words[max(0, first - 12) : first] if t[1] <= region_end]
        start: int | None = None
        for position, (t_start, t_end) in reversed(list(enumerate(before))):
            if t_start < sent_start or self._word(t_start, t_end) in self.complementizers:
                break
            following = before[position + 1][0] if position + 1 < len(before) else region_end
            if has_break(self.text, t_end, following):
                break
            start = t_start
        if start is None:
            return None
        opener = self._word(*self.analysis.words_in(start, region_end)[0])
        if opener[:1] == "و" and opener[1:3] == "ال":
            start += 1  # والمواقع التي استعدناها ستبقى …: the conjunction opens no territory
        phrase = self._phrase(start, region_end)
        if phrase is None or phrase.start > start + 2:
            return None
        said = next(
            (
                c.start
                for c in self.cues
                if c.label == BEFORE_LABEL and start < c.start < phrase.end
            ),
            None,
        )
        if said is not None:  # الجزيرة أرض عمانية وستبقى …: what is said of it ends the territory
            phrase = self._phrase(start, said)
            if phrase is None:
                return None
        if len(self.analysis.words_in(phrase.end, region_end)) > 4:
            return None  # a longer clause between: the verb's subject is another
        return start, phrase

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
                phrase = Phrase(place[2], place[0], place[1])
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

    def _right_in(self) -> Iterator[tuple[int, int, TerritoryClaim]]:
        """ "إن لإثيوبيا حقاً تاريخياً في ميناء X"، "تؤكد أحقيتها في معابد X"، "لن تتنازل عن
        حقها السيادي في جزرها": a noun of a right (``territory_right_nouns``), up to three words
        after it (its adjectives, quote marks, the one it belongs to: حق تاريخي لإثيوبيا), then
        في and a territory. A right in a place is a claim that the place is one's own, a
        sovereignty claim; after a word of recognising (بالاعتراف بحقها في …) a recognition
        demand. Negated (لا حق لها في …) it is none; a right in no territory (حقها في الدفاع عن
        نفسها) is none. The claimant is the one the right is given to (لإثيوبيا), else the
        actor before it."""
        rights = self.analysis.word_set("territory_right_nouns")
        recognising = self.analysis.word_set("territory_recognition")
        words = self.analysis.words
        for index, (r_start, r_end) in enumerate(words):
            word = bare(self._word(r_start, r_end))
            if word not in rights and not (word[:1] in "وب" and word[1:] in rights):
                continue
            segment = segment_label(self.analysis, self.analysis.span(r_start, r_end))
            if segment is None or index == 0:
                continue
            sent_start, sent_end = sentence_range(self.analysis, r_start)
            before = self._word(*words[index - 1])
            if negation(before) or before in ("ليس", "ليست", "لها", "له"):
                continue  # لا حق لها في …: denied
            at = next(
                (
                    i
                    for i in range(index + 1, min(index + 5, len(words)))
                    if self._word(*words[i]) == "في"
                ),
                None,
            )
            if at is None or words[at][0] >= sent_end or has_break(self.text, r_end, words[at][0]):
                continue
            phrase = self._phrase(words[at][1], sent_end)
            if phrase is None or self.analysis.words_in(words[at][1], phrase.start):
                continue  # the territory right after في
            owner = next(
                (
                    actor
                    for i in range(index + 1, at)
                    if self._word(*words[i]).startswith("ل")
                    and (actor := self._actor_at(words[i][0] + 1, 1)) is not None
                ),
                None,
            )  # حق تاريخي لإثيوبيا في …
            if owner is None and before.startswith("ل"):
                owner = self._actor_at(words[index - 1][0] + 1, 1)  # لإثيوبيا حقاً في …
            recognised = bare(before) in recognising or (
                index > 1 and bare(self._word(*words[index - 2])) in recognising
            )
            kind = ClaimKind.RECOGNITION_DEMAND if recognised else ClaimKind.SOVEREIGNTY_CLAIM
            claimant = owner or self._claimant_before(r_start, sent_start)
            evidence = (r_start, phrase.end)
            year = self._year(evidence, sent_start)
            claim = self._record(kind, phrase, claimant, None, year, evidence, segment)
            yield (*evidence, claim)

    def _handed_over(self) -> Iterator[tuple[int, int, TerritoryClaim]]:
        """ "سلّمت يريفان أربع قرى حدودية في منطقة قازاخ إلى باكو": a past verb of handing over
        (`territory_handed`), who hands, the territory, then إلى and the country (or capital,
        or an actor: إلى المجلس العسكري) that receives it, which controls it from then on. Forces
        the gazetteer does not name may receive it too (سلّمت الحركة المدينة إلى الجيش,
        ``territory_forces``): they hold it, a control with no claimant named.

        With who hands before the verb, the receiver may follow the verb as its first object
        (كانت أرمينيا قد سلّمت أذربيجان في مايو 2024 أربع قرى: Azerbaijan receives); a verb of
        receiving (`territory_received`: تسلّمت أذربيجان أربع قرى) has the receiver as its
        subject."""
        verbs = self.analysis.word_set("territory_handed")
        received = self.analysis.word_set("territory_received")
        for v_start, v_end, segment in self._verbs_told(verbs | received):
            sent_start, sent_end = sentence_range(self.analysis, v_start)
            receiving = self._word(v_start, v_end).lstrip("و") in received
            after_verb = self._place_at(v_end + 1) or self._actor_at(v_end + 1, 1)
            giver = after_verb
            before = self.analysis.words_in(max(sent_start, v_start - 40), v_start)[-2:]
            if before and self._word(*before[-1]) == "قد":  # أرمينيا قد أعادت
                before = before[:-1]
            giver_before = (
                (
                    self._place_at(before[-1][0])
                    or self._actor_at(before[-1][0], 1)
                    or self._actor_ending(before[-1][1])
                )
                if before
                else None
            )
            if giver is None:  # أرمينيا أعادت أربع قرى إلى أذربيجان: the giver before the verb
                giver = giver_before
            if giver is None:
                continue
            after = giver[1] if after_verb is not None else v_end
            after = self._after_dated(after, sent_end)  # سلّمت يريفان في مايو 2024 أربع قرى …
            words = self.analysis.words_in(after, min(sent_end, after + 100))[:10]
            if not words:
                continue
            to = next((i for i, t in enumerate(words) if self._word(*t) == "الي"), None)
            receiver: tuple[int, int, Entity] | None = None
            forces_end: int | None = None
            if (
                to
                and to + 1 < len(words)
                and not receiving
                and (
                    not has_break(self.text, v_end, words[to][0])
                    or (
                        not has_break(self.text, v_end, words[0][0])
                        and self._aside_before(words, to)
                    )
                )
            ):
                receiver = self._place_at(words[to + 1][0]) or self._actor_at(words[to + 1][0], 1)
                if receiver is None:
                    forces_end = self._forces_at(words[to][1])  # إلى الجيش: forces receive it
                end = words[to][0]
            elif to is None and after_verb is not None and (receiving or giver_before is not None):
                receiver = after_verb  # سلّمت أذربيجان أربع قرى، تسلّمت أذربيجان أربع قرى
                end = sent_end
            if (receiver is None and forces_end is None) or (
                receiver is not None
                and receiver[2].kind == EntityKind.PLACE
                and not self._capital(receiver[2])
            ):
                continue  # إلى مدينة X، تسلمت قاعدة X: a place, no one who receives
            phrase = self._phrase(words[0][0], end)
            if phrase is None or phrase.territory.kind == EntityKind.COUNTRY:
                continue  # أعادت X إلى Y جثتي جنديين: no land handed, a country no object
            evidence = (v_start, max(phrase.end, receiver[1] if receiver else forces_end or 0))
            year = self._year(evidence, sent_start)
            claim = self._record(ClaimKind.CONTROL, phrase, receiver, None, year, evidence, segment)
            yield (*evidence, claim)
        yield from self._returned_to_hold()

    def _returned_to_hold(self) -> Iterator[tuple[int, int, TerritoryClaim]]:
        """ "أعاد الهجوم الإقليم إلى سيطرة باكو"، "وافقت يريفان على إعادة أربع قرى إلى السيطرة
        الأذربيجانية"، "انتهت المحادثات بإعادة المدينة إلى سيطرة المجلس العسكري": a word of
        returning or handing (`territory_handed`, `territory_returned_passive`, and the verbal
        nouns of `territory_returning` after a word that tells the event), the territory, then
        إلى, a noun of hold (`territory_returned_hold`: سيطرة، السيادة) and whose hold it is, a
        named actor, a demonym or forces. Told as done or agreed, the one named holds the land
        from then on, a control; demanded, refused or negated it is none here (a withdrawal
        demand, read by the cue of returning). The territory is the phrase that runs up to إلى,
        past a subject that is no territory (أعاد الهجوم الخاطف الإقليم)."""
        hold = self.analysis.word_set("territory_returned_hold")
        nouns = self.analysis.word_set("territory_returning")
        returning = (
            self.analysis.word_set("territory_handed")
            | self.analysis.word_set("territory_returned_passive")
            | nouns
        )
        words = self.analysis.words
        for index in range(1, len(words) - 1):
            to, noun = words[index], words[index + 1]
            if (
                self._word(*to) != "الي"
                or has_break(self.text, to[1], noun[0])
                or self._word(*noun) not in hold
            ):
                continue
            sent_start, _ = sentence_range(self.analysis, to[0])
            verb = next(
                (
                    j
                    for j in range(index - 1, max(-1, index - 13), -1)
                    if words[j][0] >= sent_start
                    and not has_break(self.text, words[j][1], to[0])
                    and self._returning_word(self._word(*words[j]), returning)
                ),
                None,
            )
            if verb is None:
                continue
            v_start, v_end = words[verb]
            if self._returning_word(self._word(v_start, v_end), nouns) and (
                verb == 0
                or words[verb - 1][0] < sent_start
                or has_break(self.text, words[verb - 1][1], v_start)
            ):
                continue  # وبإعادة المطار إلى السيطرة … تنتهي الأزمة: a verbal noun no event
                # tells (وافقت على إعادة، انتهت بإعادة), a topic or a means
            segment = segment_label(self.analysis, self.analysis.span(v_start, v_end))
            cue = next((c for c in self.cues if c.start == v_start), None)
            if (
                segment is None
                or self._negated(v_start)
                or self._demanded(v_start)
                or self._refused(v_start)
                or (cue is not None and self._demanded_conjunct(cue))
            ):
                continue
            holder = self._actor_at(noun[1] + 1, 2) or self._place_at(noun[1] + 1)
            if holder is not None and not (
                holder[2].kind != EntityKind.PLACE or self._capital(holder[2])
            ):
                holder = None  # إلى سيطرة مدينة …: a place holds nothing
            end = holder[1] if holder is not None else self._forces_at(noun[1])
            if end is None and index + 2 < len(words) and not self._word(*noun).startswith("ال"):
                whose = words[index + 2]  # إلى سيطرة المجلس العسكري: the noun in construct
                if not has_break(self.text, noun[1], whose[0]):  # names whose hold, unnamed
                    end = whose[1]
            if end is None:
                continue  # إلى السيطرة: no one's hold named
            phrase = next(
                (
                    read
                    for t_start, _ in words[verb + 1 : index]
                    if (read := self._phrase(t_start, to[0])) is not None
                    and not self.analysis.words_in(read.end, to[0])
                ),
                None,
            )
            if phrase is None or phrase.territory.kind == EntityKind.COUNTRY:
                continue
            evidence = (v_start, end)
            year = self._year(evidence, sent_start)
            claim = self._record(ClaimKind.CONTROL, phrase, holder, None, year, evidence, segment)
            yield (*evidence, claim)

    @staticmethod
    def _returning_word(word: str, returning: frozenset[str]) -> bool:
        """Whether ``word`` is a word of returning or handing, after و، ف or ب or both
        (وبإعادة، بتسليم، وأعاد)."""
        return any(
            word[len(clitic) :] in returning
            for clitic in ("", "و", "ف", "ب", "وب", "فب")
            if word.startswith(clitic)
        )

    def _aside_before(self, words: list[tuple[int, int]], to: int) -> bool:
        """Whether the only break between the first of ``words`` and إلى at ``to`` is an
        apposition between two commas right before إلى (سلّم مدينة X، كبرى مدن الشمال، إلى
        الجيش): the territory handed, described, then whom to."""
        between = self.text[words[0][0] : words[to][0]]
        return (
            not full_stop_in(between) and between.count(",") == 2 and between.rstrip().endswith(",")
        )

    def _actor_ending(self, end: int) -> tuple[int, int, Entity] | None:
        """An actor of several words whose last word ends at ``end`` (جيش التحالف الوطني
        الديمقراطي لميانمار قد سلّم: who hands, named before the verb); None when no actor
        ends there."""
        return next((a for a in self.actors if a[1] == end and a[0] < end), None)

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
            if kind_of(c) in (ClaimKind.CONTROL, ClaimKind.RETENTION_DEMAND)
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
            if word in self.area_pronouns:
                antecedent = self._antecedent(sent_start, verb[0])
                if antecedent is None:
                    continue
                phrase = Phrase(antecedent.territory, antecedent.start, after[1][1])
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
                if word not in self.relatives and not (
                    word[:1] == "و" and word[1:] in self.relatives
                ):
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
        return any(self._word(*t) in self.relatives for t in self.analysis.words_in(t_start, t_end))

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
                or self._word(*under) != UNDER
                or self._word(*noun) not in controllers
                or has_break(self.text, v_end, noun[1])
                or self._negated(v_start)
            ):
                continue
            segment = segment_label(self.analysis, self.analysis.span(v_start, noun[1]))
            if segment is None:
                continue
            start = what[0] + 1  # ما بقي تحت سيطرتها, without the preposition
            phrase = Phrase(self._descriptive(start, noun[1]), start, noun[1])
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
        following = [
            t for t in words[index + 1 : index + 8] if subject is None or t[0] >= subject[1]
        ]
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

    def _shared_parts(
        self,
        phrase: Phrase,
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
            negation(a) and b in self.consents for a, b in itertools.pairwise(words)
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
                        if t_start - 2 <= e[1] <= t_start
                        and not has_break(self.text, e[1], t_start)
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
        phrase = Phrase(territory, pronoun[0], pronoun[1])
        _, sent_end = sentence_range(self.analysis, cue.start)
        land = self._state_over_land(phrase, sent_end)
        if land is not None:  # بالاعتراف بها دولة ذات سيادة على كامل أراضيها: that land
            phrase, evidence = land, (subject[0], land.end)
        yield (
            evidence,
            self._record(
                ClaimKind.RECOGNITION_DEMAND, phrase, subject, None, None, evidence, segment
            ),
        )

    def _own_statehood_recognised(
        self, cue: Cue, pronoun: tuple[int, int], segment: str
    ) -> Iterator[tuple[tuple[int, int], TerritoryClaim]]:
        """A demand that one's own independence be recognised (كوسوفو تطالب صربيا بالاعتراف
        باستقلالها، مطالبةً جورجيا بالاعتراف باستقلالها، تطالب باعتراف صربيا باستقلالها).

        The pronoun is the side whose statehood is at stake, the one that demands: with two
        sides between the word of demanding and the cue (تطالب بريشتينا صربيا بـ …) the first,
        the subject; otherwise the nearest country or place before that word in its sentence
        (a capital acting for its state), the one after it being who is asked (صربيا); with who
        recognises named after the cue (تطالب أرض الصومال باعتراف إثيوبيا باستقلالها) the one
        after the word of demanding is its subject. A recognition demand over that side's land,
        claimed by it; its evidence from the cue to the pronoun."""
        sent_start, _ = sentence_range(self.analysis, cue.start)
        demand = next(
            (
                t
                for t in reversed(
                    self.analysis.words_in(max(sent_start, cue.start - 100), cue.start)
                )
                if self._word(*t) in self.demands or bare(self._word(*t)) in self.demands
            ),
            None,
        )
        if demand is None:
            return
        sides = sorted(
            (e for e in self.places if e[2].kind in (EntityKind.COUNTRY, EntityKind.PLACE)),
            key=lambda e: e[0],
        )
        between = [e for e in sides if demand[1] <= e[0] and e[1] <= cue.start]
        before = [e for e in sides if sent_start <= e[0] and e[1] <= demand[0]]
        recogniser = any(cue.end <= e[0] and e[1] <= pronoun[0] for e in sides)
        if len(between) >= 2 or (between and recogniser):
            side: tuple[int, int, Entity] | None = between[0]  # the subject after the verb
        else:
            side = before[-1] if before else None
        if side is None:
            return
        country = side[2]
        if self._capital(country):
            country = self._country(country)  # بريشتينا: the state of its capital
        span = self.analysis.span(side[0], side[1])
        territory = attrs.evolve(country, text=self.analysis.slice(span), span=span)
        phrase = Phrase(territory, side[0], side[1])
        evidence = (cue.start, pronoun[1])
        yield (
            evidence,
            self._record(ClaimKind.RECOGNITION_DEMAND, phrase, side, None, None, evidence, segment),
        )

    def _admitted(self, position: int, limit: int) -> bool:
        """Whether the verb of recognising before ``position`` takes a clause, بأن (اعترف X
        بأن …: "admitted that"), as its object: the first word with ب in its clause that names
        no entity is بأن (بأنه، بأنها …; ``territory_admitting``), so no land is recognised."""
        admitting = self.analysis.word_set("territory_admitting")
        for t_start, t_end in self.analysis.words_in(position, min(limit, position + 120))[:10]:
            if has_break(self.text, position, t_start):
                return False
            word = self._word(t_start, t_end)
            if word in admitting:
                return True
            if (
                word.startswith("ب")
                and self._place_at(t_start) is None
                and self._actor_at(t_start, 0) is None
            ):
                return False  # بوحدة أراضي X: the land recognised comes first
        return False

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
            c.start in farther and kind_of(c) == ClaimKind.SOVEREIGNTY_CLAIM
            for c in self.cues
            if c is not cue
        ):
            return  # اعترفت الولايات المتحدة عام 2020 بسيادة المغرب على …: that cue makes it
        if self._admitted(cue.end, sent_end):
            return  # اعترف قائد منتخب X بأن فريقه أخطأ: admitted, nothing recognised
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

    def _refused_as_foreign(
        self, cue: Cue, segment: str
    ) -> Iterator[tuple[tuple[int, int], TerritoryClaim]]:
        """A negated recognition of a territory as another country's: its owner's claim.

        "لن نعترف بالقرم روسيةً"، "لن تعترف جورجيا بأبخازيا أرضاً روسية"، "لا نعترف بالمنطقة
        على أنها روسية": whoever refuses to see the land as the demonym's country claims it
        for itself, a sovereignty claim over the territory, its claimant the subject when one
        is named. A negated recognition with no demonym predicate (لن تعترف بكوسوفو) claims
        nothing."""
        sent_start, sent_end = sentence_range(self.analysis, cue.start)
        subject = self._actor_at(cue.end)  # لن تعترف صربيا بـ …: the one who refuses
        place = self._place_at(cue.end + 1)
        if subject is None and place is not None and self._capital(place[2]):
            subject = place  # لا تعترف بلغراد بـ …: a capital acting for its state
        start = subject[1] if subject is not None else cue.end
        if self._any_land(start, sent_end):
            return  # بأي أرض محتلة: any land, none in particular
        phrase = self._phrase(start, sent_end, MAX_SKIP)
        if phrase is None or "ب" not in self.text[start : phrase.start + 1]:
            return  # the recognised is its object, after ب
        if phrase.territory.kind != EntityKind.PLACE or self._statehood_before(phrase.start):
            return  # لا تعترف بلغراد باستقلال كوسوفو: a state refused, not a land as another's
        predicate = None
        for _, word_end in self.analysis.words_in(phrase.start, min(sent_end, phrase.end + 2)):
            predicate = self._foreign_predicate(word_end, sent_end)  # read into the phrase,
            if predicate is not None:  # as an adjective of it (القرم روسيةً)
                break
        if predicate is None:
            return
        if word_end < phrase.end:
            territory = phrase.territory
            if territory.span.end > word_end:
                territory = self._descriptive(phrase.start, word_end)
            phrase = Phrase(territory, phrase.start, word_end)
        evidence = (cue.start, predicate)
        year = self._year(evidence, sent_start)
        yield (
            evidence,
            self._record(
                ClaimKind.SOVEREIGNTY_CLAIM, phrase, subject, None, year, evidence, segment
            ),
        )

    def _foreign_predicate(self, position: int, limit: int) -> int | None:
        """Where an indefinite demonym predicate right after ``position`` ends, or None.

        The demonym may follow a noun of land (أرضاً روسية) or على أنها / على أنه (على أنها
        روسية); with the article it is an adjective of the territory, no predicate."""
        words = [
            w
            for w in self.analysis.words_in(position, min(limit, position + 40))[:4]
            if not has_break(self.text, position, w[0])
        ]
        index = 0
        land = self.analysis.word_set("territory_land_nouns")
        if index < len(words) and bare(self._word(*words[index])) in land:
            index += 1  # أرضاً روسية
        elif (
            index + 1 < len(words)
            and self._word(*words[index]) == "علي"
            and self._word(*words[index + 1]) in ("انها", "انه", "انهما")
        ):
            index += 2  # على أنها روسية
        if index >= len(words):
            return None
        start, end = words[index]
        written = self.text[start:end]
        country = any(p[0] == start and p[2].kind == EntityKind.COUNTRY for p in self.places)
        if country and not written.startswith(("ال", "وال")):
            return end
        return None

    def _any_land(self, position: int, limit: int) -> bool:
        """Whether the object after ``position`` is any land at all: بأي + an indefinite noun
        (بأي أرض محتلة) names no territory; بأي من + a definite one (بأي من أراضيها المحتلة)
        takes any part of a set that is named."""
        words = self.analysis.words_in(position, min(limit, position + 50))[:4]
        while words[1:] and not self._word(*words[0]).startswith("ب"):
            words = words[1:]  # لن نعترف قانونياً أبداً بأي …: adverbs before the object
        if not words or bare(self._word(*words[0])) != bare(normalize_text("بأي")):
            return False
        return len(words) < 2 or self._word(*words[1]) != "من"

    def _statehood_before(self, position: int) -> bool:
        """Whether a noun of statehood (استقلال) leads the object before ``position``."""
        words = self.analysis.words_in(max(0, position - 20), position)[-1:]
        return bool(words) and bare(self._word(*words[0])).lstrip("ب") in {
            bare(w) for w in self.analysis.word_set("territory_statehood")
        }
