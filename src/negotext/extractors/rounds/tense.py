"""Tense and modality: what a status cue states of the round it governs.

``_judge`` turns a cue into a status: a present verb is held, or planned with a future
marker or a date to come; a modal of expectation (يرتقب أن) plans; a negated schedule
leaves the round unscheduled; a question asks about a round rather than telling one. The
learned model (``round_model``) gives the status no rule gives.
"""

from __future__ import annotations

import itertools

import regex

from negotext.ar.normalize import normalize_text
from negotext.extractors import round_model
from negotext.extractors._common import (
    NEGATIONS,
    QUESTION_WHETHER,
    Cue,
    bare,
    has_break,
    sentence_range,
)
from negotext.extractors.rounds.parties import _Parties
from negotext.extractors.rounds.text import _negated, _present_tense, _previous_words
from negotext.extractors.rounds.words import (
    AFTER_WINDOW,
    CONDITIONALS,
    MAY_WORDS,
    NEXT_WORDS,
    PRESENT_DATE_WINDOW,
)
from negotext.records import RoundStatus

#: لم with its conjunctions: a present form after it tells the past (ولم تسفر الجولة عن نتائج).
JUSSIVE_NEGATIONS = frozenset({"لم", "ولم", "فلم"})

#: Exceptives that make a negation before them mean "only" (لم يكن … سوى، ما … إلا).
EXCEPTIVES = frozenset(normalize_text(w) for w in ("سوى", "إلا"))


class _Tense(_Parties):
    """The reader's tense and modality of status cues."""

    def _judge(self, cue: Cue) -> tuple[str, RoundStatus | None, tuple[int, int] | None]:
        if cue.label == "during_adjacent":
            return "cue", self._during(cue), (cue.start, cue.end)
        if cue.label == "held_outcome_near":
            before = _previous_words(self.analysis, cue.start, 1)
            if before and before[0] in CONDITIONALS:
                return "none", None, None  # إذا فشلت المحادثات: a condition, no fact
            if (
                cue.word[0] in "تي"
                and not (before and before[0] in JUSSIVE_NEGATIONS)
                and not self._subjunctive_of_a_past_story(
                    cue.start, sentence_range(self.analysis, cue.start)[0]
                )  # انطلق المنبر في مايو، قبل أن تتعثر جولته الثانية: the past
            ):
                return "none", None, None  # يأمل أن تسفر المحادثات: not yet
            return "cue", RoundStatus.HELD, (cue.start, cue.end)  # لم تسفر الجولة عن نتائج
        if self._unscheduled(cue):  # ولم يحدد الجانبان موعداً لجولة رابعة: only possible
            if self._only_a_new_round_after(cue):
                return "negated", None, (cue.start, cue.end)  # لم يحدد أي موعد لجولة جديدة
            return "cue", RoundStatus.POSSIBLE, (cue.start, cue.end)
        if _negated(self.text, cue.start) and not self._exclusive_after(cue.end):
            return "negated", None, (cue.start, cue.end)
        if (
            cue.label.startswith("held")
            and set(_previous_words(self.analysis, cue.start, 1)) & CONDITIONALS
        ):
            return "none", None, None  # إذا تعثرت جولة الدوحة، لو عُقدت القمة: a condition, no fact
        modal = self._modal_before(cue)
        if modal is not None:
            return self._judge(modal)  # يرتقب أن تستضيف: the expectation states it
        if cue.label == "present":
            may = _previous_words(self.analysis, cue.start, 1)
            if may and may[0] in MAY_WORDS:  # قد تنطلق، وقد تستضيف باكو جولة رابعة
                return "cue", RoundStatus.POSSIBLE, (cue.start - len(may[0]) - 1, cue.end)
            return "cue", self._present(cue), (cue.start, cue.end)
        if (
            cue.label in ("proposed", "proposed_object")
            and _present_tense(cue.word)
            and set(_previous_words(self.analysis, cue.start, 1)) & MAY_WORDS
        ):  # وقد تقترح قريباً جولة: a proposal that may come, of a round only possible
            return "cue", RoundStatus.POSSIBLE, (cue.start, cue.end)
        label = cue.label.removesuffix("_before").removesuffix("_adjacent").removesuffix("_near")
        label = label.removesuffix("_after").removesuffix("_relative")
        status = RoundStatus(label.removesuffix("_object"))
        if status is RoundStatus.PLANNED and self._told_before_or_after(cue):
            status = RoundStatus.HELD  # التقى الوفدان …، قبل أن تُعقد الجولة الثالثة: the past
        return "cue", status, (cue.start, cue.end)

    def _unscheduled(self, cue: Cue) -> bool:
        """Whether a cue of setting a date (موعد، تحديد موعد) is negated in its clause: "ولم
        يحدد الجانبان موعداً لجولة رابعة"، "لم تسفر الاتصالات عن تحديد موعد لجولة رابعة"،
        "دون تحديد موعد لجولة": no date set, so the round is only possible, not planned and not
        denied. The negation may govern the verb before the noun of the date, past its subject
        (up to four words, in the clause)."""
        if cue.label not in ("planned", "planned_before") or "موعد" not in cue.word:
            return False
        following = self.analysis.words_in(cue.end, min(len(self.text), cue.end + 60))[:8]
        if any(
            self.text[a:b].removeprefix("ال") in NEXT_WORDS
            for a, b in following
            if not has_break(self.text, cue.end, a)
        ):
            return False  # لا موعد محدداً للجولة المقبلة: the next round is still to come
        words = _previous_words(self.analysis, cue.start, 5)
        return any(
            word.removeprefix("و") in NEGATIONS or word in ("بدون", "وبدون") for word in words
        )

    def _only_a_new_round_after(self, cue: Cue) -> bool:
        """Whether the round right after an unscheduled date cue is only "a new one"
        (``round_new_adjectives``): an indefinite noun, its adjective جديدة/أخرى within the
        next two words (لم يُحدَّد أي موعد لجولة جديدة، دون تحديد موعد لاجتماع جديد، موعداً
        لجولة مفاوضات جديدة).

        With no date set, such a noun names no particular round, nothing anyone scheduled,
        offered or expects: the sentence says only that talks have no next step yet. A round
        counted or named (موعداً لجولة رابعة، موعد الجولة الثالثة) stays a possible round.
        """
        words = [
            self.text[a:b]
            for a, b in self.analysis.words_in(cue.end, min(len(self.text), cue.end + 40))[:3]
            if not has_break(self.text, cue.end, a)
        ]
        if len(words) < 2 or words[0].startswith(("ال", "لل")):
            return False
        new = self.analysis.word_set("round_new_adjectives")
        return any(word in new for word in words[1:3])

    def _told_before_or_after(self, cue: Cue) -> bool:
        """Whether "أن تعقد" follows قبل / بعد in a sentence told in the past.

        "التقى الوفدان في 16 مايو …، قبل أن تُعقد الجولة الثالثة في قصر تشيراغان يوم 23
        يوليو": the subjunctive after قبل أن / بعد أن tells what happened, unless a future
        marker or a date still to come stands in the sentence.
        """
        if not cue.word.startswith("ان "):
            return False
        if _previous_words(self.analysis, cue.start, 1) not in (
            ["قبل"],
            ["بعد"],
            ["وقبل"],
            ["وبعد"],
        ):
            return False
        sent_start, sent_end = sentence_range(self.analysis, cue.start)
        if any(sent_start <= m.start < sent_end for m in self.future) or self._future_date(cue.end):
            return False
        return any(
            sent_start <= t_start < cue.start and kind == "held"
            for t_start, _, kind in self.triggers
        ) or any(
            sent_start <= c.start < cue.start and c.label in ("held", "held_near")
            for c in self.statuses
        )  # the main clause is told in the past

    def _during(self, cue: Cue) -> RoundStatus | None:
        """A round "during" which something is done: held, or planned when a future verb
        before it (سيبحث الوزيران خلال لقائهما) or a future marker in its sentence tells it.

        In the أن clause of an expectation (من المنتظر أن يبحث الطرفان خلال الجولة) the round
        is only expected: planned, and told with no status when the expectation is told in
        the past (وكان من المنتظر أن يبحث …: the round of the story, held or not).
        """
        sent_start, _ = sentence_range(self.analysis, cue.start)
        expected = self._expectation_before(cue.start, max(sent_start, cue.start - 60))
        if expected is not None:
            return expected if isinstance(expected, RoundStatus) else None
        named = [(a, b) for a, b, _ in [*self.actors, *self.places]]
        for a, b in self.analysis.words_in(max(sent_start, cue.start - 60), cue.start):
            word = self.text[a:b].lstrip("و")
            if (
                len(word) >= 5
                and word[0] == "س"
                and word[1] in "يتن"
                and not any(s <= a < e for s, e in named)  # ستيف ويتكوف، ستوكهولم: names
            ):
                return RoundStatus.PLANNED  # سيبحث الوزيران خلال لقائهما
        return self._present_at(cue.start)

    def _expectation_before(self, position: int, low: int) -> RoundStatus | bool | None:
        """Whether an expectation's أن clause holds ``position``: PLANNED, False when the
        expectation is told in the past (وكان من المنتظر أن), None when there is none."""
        for c in reversed(self.statuses):
            if c.end > position or c.start < low:
                continue
            if not (
                c.label == "planned"
                or (not c.label and any(w in c.word for w in ("مقرر", "مفترض", "منتظر")))
            ):
                return None  # a nearer cue of its own
            that = [self.text[a:b] for a, b in self.analysis.words_in(c.end, position)][:1]
            if that != ["ان"] and not c.word.endswith(" ان"):
                return None
            before = _previous_words(self.analysis, c.start, 1)
            past = c.word.split()[0].lstrip("و") in ("كان", "كانت") or (
                bool(before) and before[0].lstrip("و") in ("كان", "كانت")
            )
            return False if past else RoundStatus.PLANNED
        return None

    def _exclusive_after(self, position: int) -> bool:
        """Whether an exceptive (سوى، إلا) follows in the sentence: "only", not "not".

        "لم يكن تأجيل الاجتماع سوى مؤشر على …": the negation and the exceptive
        together affirm the postponement.
        """
        _, sent_end = sentence_range(self.analysis, position)
        return any(
            self.text[a:b] in EXCEPTIVES for a, b in self.analysis.words_in(position, sent_end)
        )

    def _modal_before(self, cue: Cue) -> Cue | None:
        """A status cue whose أن clause holds a present verb (يرتقب أن تستضيف).

        The modal may stand apart from أن by its subject or an aside (لم يستبعد الكرملين
        أن تستضيف; من المرجح، بحسب مصادر …، أن تعقد): the cue "أن تعقد" then only
        says that a round is told, and the modal says how sure it is.
        """
        that_inside = cue.word.startswith("ان ")
        subjunctive = (
            cue.label in ("proposed", "proposed_object", "planned", "planned_object")
            and _present_tense(self.text[cue.start : cue.end])
            and _previous_words(self.analysis, cue.start, 1) == ["ان"]
        )  # يرجح مراقبون أن يطرح الوسطاء فكرة عقد جولة: the proposal is only likely
        if cue.label != "present" and not that_inside and not subjunctive:
            return None
        for other in reversed(self.statuses):
            if other.end > cue.start or cue.start - other.end > 90:
                continue
            if not other.label or other.label in ("present", "held_near") or other is cue:
                continue
            if other.label.endswith(("_adjacent", "_after", "_relative")) or other.label == "held":
                continue
            if self._that_clause(other.end, cue.start, that_inside):
                return other
            if other.word.endswith(" ان") and not self.text[other.end : cue.start].strip():
                return other  # إمكانية أن تستضيف: the modal's own أن
        return None

    def _present(self, cue: Cue) -> RoundStatus:
        """A present-tense verb: planned with a future marker in its sentence, else held.

        Its clause may name the round and its venue before the date to come (وتجري وفود
        أميركية وأوكرانية مشاورات في جنيف يوم الأحد, told on a Saturday): planned.
        """
        if self._future_date(cue.end, reach=PRESENT_DATE_WINDOW) or self._weekday_after(cue.end):
            return RoundStatus.PLANNED
        return self._present_at(cue.start)

    def _present_at(self, position: int) -> RoundStatus:
        """Planned with a future marker in the sentence or a date of its clause still to
        come (تنطلق يوم الاثنين, told on a Sunday), else held."""
        sent_start, sent_end = sentence_range(self.analysis, position)
        future = any(sent_start <= m.start < sent_end for m in self.future)
        if future or self._future_date(position) or self._ahead_section(position):
            return RoundStatus.PLANNED  # (under "الأسبوع المقبل": the week to come)
        return RoundStatus.HELD

    def _subjunctive_of_a_past_story(
        self, position: int, sent_start: int, meetings: bool = False
    ) -> bool:
        """Whether the present verb at ``position`` follows قبل أن / بعد أن after a past verb
        of holding or moving in its sentence, so it tells the past (ثم انتقلت الجولة الثانية
        إلى روما، قبل أن تعود المحادثات إلى مسقط). With ``meetings``, a past verb of meeting
        tells the story too (اجتمع الطرفان في X، قبل أن يلتقيا مجدداً في Y)."""
        if _previous_words(self.analysis, position, 2) not in (["ان", "قبل"], ["ان", "بعد"]):
            return False
        cues = [(c.start, c.end, c.label) for c in self.statuses]
        if meetings:
            cues += [(t_start, t_end, "held") for t_start, t_end, k in self.triggers if k == "held"]
        return any(
            sent_start <= c_start < position
            and label in ("held", "held_near", "held_outcome_near")  # (وأسفرت عن، قبل أن)
            and not self.text[c_start:c_end].lstrip("وف").startswith(("ي", "ت", "س"))
            for c_start, c_end, label in cues
        )

    def _modal_of_pronoun(self, end: int, limit: int) -> Cue | None:
        """A modal of likelihood whose أن clause holds a verb with the round's pronoun.

        "الجولة المقبلة ستُعقد …، مرجحاً أن تستضيفها العاصمة الإيطالية روما": the round is
        to come, but the modal (مرجحاً، يُحتمل، من المرجح، لا يستبعد) says where or when it
        will be is only likely: the round is possible. So is a verbal noun of holding with
        the round's pronoun right after a noun of possibility (``_possibility_of_it``).
        """
        of_it = self._possibility_of_it(end, min(limit, end + AFTER_WINDOW + 40))
        if of_it is not None:
            return of_it
        for cue in self.statuses:
            if not end <= cue.start <= min(limit, end + AFTER_WINDOW + 40):
                continue
            if cue.label != "possible" or _negated(self.text, cue.start):
                continue
            following = self.analysis.words_in(cue.end, min(limit, cue.end + 40))[:2]
            words = [self.text[a:b] for a, b in following]
            if cue.word.endswith(" ان"):
                words = ["ان", *words]
            if (
                len(words) >= 2
                and words[0] == "ان"
                and _present_tense(words[1])
                and words[1].endswith(("ها", "هما"))
                and regex.sub(r"(?:ها|هما)$", "", words[1]) in self.holding_verbs
            ):  # not: مرجحاً أن يحضرها الوزير (who attends is what is likely)
                return cue
        return None

    def _possibility_of_it(self, end: int, limit: int) -> Cue | None:
        """A noun of possibility (``round_possibility_nouns``) right before a verbal noun of
        holding with the round's pronoun (``round_holding_of_it``) in ``[end, limit]``, with
        no other round named between.

        "ولم يُحدَّد بعد موعد الجولة المقبلة، وإن تحدثت مصادر عن إمكانية عقدها في X"، "ولم
        يُحدد موعد الاجتماع، وسط حديث عن احتمال انعقاده في Y": the round named first, whose
        date is open, may be held there; the pronoun ties the possibility to it. One negated
        (لا إمكانية عقدها) or about another noun (إمكانية عقد صفقة) is none.
        """
        text = self.text
        of_it = self.analysis.word_set("round_holding_of_it")
        nouns = self.analysis.word_set("round_possibility_nouns")
        spans = self.analysis.words_in(end, limit)
        for (a, b), (c, d) in itertools.pairwise(spans):
            if text[c:d] not in of_it or bare(text[a:b]) not in nouns:
                continue
            if any(end <= t_start < a for t_start, _, _ in self.triggers):
                return None  # (another round named between: the pronoun is that round's)
            return None if _negated(text, a) else Cue(a, b, text[a:b], "possible")
        return None

    def _asked_whether(self, position: int) -> bool:
        """Whether ``position`` stands in a yes/no question (هل هناك موعد للجولة المقبلة؟).

        A question opened by هل (after a speaker's label too: س: هل …؟) asks whether a round
        is, will be or was: it tells none; the answer after it tells what there is. A question
        with a question word (ما الذي تغير بعد قمة X؟، ما موقفكم من مقترح استضافة جولة؟)
        takes the round it names as told, and stays.
        """
        start, end = sentence_range(self.analysis, position)
        if not self.text[start:end].rstrip(" \"'»”").endswith("?"):
            return False
        for a, b in self.analysis.words_in(start, min(end, start + 40))[:4]:
            if self.text[a:b] in QUESTION_WHETHER:
                before = self.text[start:a]
                return not regex.search(r"\p{L}", before) or before.rstrip().endswith(":")
        return False

    def _adjective_status(self, end: int) -> RoundStatus | None:
        """The status an adjective of the round noun states within its next two words (قمة
        مقترحة، جولة أولى محتملة، اللقاء المقترح), before a preposition or a break."""
        possible = self.analysis.word_set("round_possible_after")
        proposed = self.analysis.word_set("round_proposed_after")
        for a, b in self.analysis.words_in(end, min(len(self.text), end + 30))[:2]:
            if has_break(self.text, end, a):
                return None
            word = self.text[a:b]
            if word in possible:
                return RoundStatus.POSSIBLE
            if word in proposed:
                return RoundStatus.PROPOSED
        return None

    def _eve_of_the_interview(self, start: int) -> tuple[int, int] | None:
        """The word of "before" that tells the round noun at ``start`` still to come when the
        newsroom met the one it interviews, else None.

        "قبل أيام من انطلاق الجولة الثانية عشرة من المفاوضات في الدوحة، التقينا …"، "التقيناها
        في بوغوتا عشية الجولة الثامنة": a word of "before" or "on the eve of"
        (``round_eve_heads``) with only a span of time, من and a noun of opening between
        (``round_eve_gap``), in the interview's opening before its first question and in the
        writer's own words. The interview is made, and published, before the round: it is
        planned (the blind gold codes these planned across writers), not held as the past verb
        of the newsroom's meeting beside it reads. After the first question the words are the
        interviewee's, and "after" (بعد أيام من الجولة الثالثة) tells a round held.
        """
        question = self.first_question
        if question is None or question < start or self._quoted_in_paragraph(start):
            return None
        heads = self.analysis.word_set("round_eve_heads")
        gap = self.analysis.word_set("round_eve_gap")
        position = start
        for a, b in reversed(self.analysis.words_in(max(0, start - 60), start)):
            if has_break(self.text, b, position):
                return None
            word = self.text[a:b]
            if word in heads or (word[:1] == "و" and word[1:] in heads):
                return (a, b)
            if word not in gap:
                return None
            position = a
        return None

    def _model_status(self, start: int, end: int) -> RoundStatus | None:
        """The learned model's status for the round trigger at ``start``–``end`` when it takes
        it for a round (``round_model``); asked only where no rule gives a status, and never
        after a word of denial in its sentence (نفى المجلس عقد لقاء سري في …)."""
        if self._boosts is None:
            self._boosts = round_model.boosted(self.analysis)
        status = next(
            (s for b_start, b_end, _, s in self._boosts if b_start < end and start < b_end), None
        )
        if status is None:
            return None
        if status == RoundStatus.HELD.value and self._ahead_section(start):
            status = RoundStatus.PLANNED.value  # an item under "الأسبوع المقبل": to come
        sent_start, _ = sentence_range(self.analysis, start)
        denials = self.analysis.word_set("round_denials")
        if any(
            bare(self.text[a:b]) in denials or self.text[a:b] in denials
            for a, b in self.analysis.words_in(sent_start, start)
        ):
            return None
        return RoundStatus(status)
