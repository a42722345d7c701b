"""Rounds whose schedule is told in the past and then called off or contradicted.

"كان من المقرر عقد لقاء … إلا أن دمشق …" (cancelled), "كان يفترض أن تُعقد جولة … الشهر
الماضي" (did not take place), "قبل أن يُعلن تأجيلها" (a round postponed by its pronoun), and
the round a verb of working towards plans by a pronoun (نعمل على عقدها).
"""

from __future__ import annotations

import itertools

import regex

from negotext.ar.normalize import normalize_text
from negotext.extractors._common import (
    NEGATIONS,
    Cue,
    bare,
    find_cues,
    has_break,
    segment_label,
    sentence_range,
)
from negotext.extractors.rounds.mention import _Mention
from negotext.extractors.rounds.status import POSTPONED, _Status
from negotext.extractors.rounds.text import _negated, _previous_words
from negotext.extractors.rounds.words import (
    ATTRIBUTE_WINDOW,
    BEFORE_WINDOW,
    CALLING_OFF_NOUNS,
    CLAUSE_PUNCTUATION,
    CONTRAST_PRONOUN,
    DEMONSTRATIVES,
    RELATIVES,
    SCHEDULE_WINDOW,
    SENTENCE_END,
    THAT_PRONOUN,
)
from negotext.records import RoundStatus

#: How far after a contrast its verb of calling off may stand (غير أن الزيارة المقررة أُرجئت).
CALLED_OFF_WORDS = 3

#: A verbal noun of postponing or cancelling with a pronoun (تأجيلها، إرجاؤها، إلغاؤه).
CANCELLED_PRONOUN = regex.compile(r"\b(?:تاجيل|ارجاء|ارجاؤ|الغاء|الغاؤ|الغائ)(?:ها|هما|ه)\b")

#: A schedule told in the past of the round it follows, in its clause: a relative clause
#: (، التي كان مقرراً أن تنطلق، الذي كان من المفترض عقده، الذي كان مرتقباً) or the adjective right after the
#: noun (وكان اجتماع مقرر في باريس … قد أُلغي).
SCHEDULE_TOLD = regex.compile(
    r"(?:(?P<relative>و?(?:التي|الذي|اللتين|اللذين)) )?"
    r"(?:كان(?:ت)? (?:من )?(?:ال)?(?:مقرر|مفترض|منتظر|مرتقب)\p{L}*|كان(?:ت)? (?:يفترض|ينتظر)|(?:مقرر|مرتقب|مزمع)\p{L}{0,3})\b"
)


#: Prepositions that make أجل the noun (إلى أجل غير مسمى، من أجل), not the verb أجّل.
NOUN_OF_TIME_PREPOSITIONS = frozenset(normalize_text(w) for w in ("إلى", "من", "حتى", "لأجل"))


class _Schedules(_Status):
    """The reader's schedules told in the past and rounds called off."""

    def _scheduled_but(
        self, start: int, end: int, sent_start: int, sent_end: int, called: bool = False
    ) -> tuple[int, int] | None:
        """A schedule told in the past and then contradicted in its sentence: cancelled.

        "كان من المقرر عقد لقاء بين وفدي الحكومة و"قسد" في باريس …، إلا أن دمشق أعلنت عدم
        المشاركة فيه": a phrase of schedule (كان من المقرر، كان مقرراً) in the round's clause
        before it and then إلا أن / لكن / غير أن after it (also with the round's pronoun:
        لكنه، إلا أنها) say the round did not take place. With ``called`` (a round some cue
        tells as planned) the contrast, or قبل أن, must bring a verb of calling off within
        its next words (لكنه أُرجئ، غير أن الزيارة أُلغيت), as قبل أن always must (قبل أن
        يؤجل اللقاء).
        """
        text = self.text
        if set(_previous_words(self.analysis, start, 1)) & DEMONSTRATIVES:
            return (
                None  # كان من المقرر أن تنطلق هذه الجولة …، لكنها أُجلت: the round told, held later
            )
        schedule = next(
            (
                c
                for c in reversed(self.statuses)
                if not c.label
                and ("مقرر" in c.word or "مفترض" in c.word)
                and c.word.split()[0].lstrip("و") in ("كان", "كانت")
                and max(sent_start, start - BEFORE_WINDOW) <= c.start
                and c.end <= start
                and not has_break(text, c.end, start)
            ),
            None,
        )
        if schedule is None:
            return None
        if self._contrast_calls_off(end, sent_end, any_contrast=not called):
            return schedule.start, schedule.end
        return None

    def _contrast_calls_off(self, end: int, limit: int, any_contrast: bool = False) -> bool:
        """Whether a contrast (لكنه، إلا أنها، غير أن) or قبل أن after the round, up to
        ``limit``, brings a verb of calling off within its next words (لكنه أُرجئ، قبل أن
        تُلغى، غير أن الزيارة أُلغيت); with ``any_contrast`` the contrast alone is enough."""
        text = self.text
        spans = self.analysis.words_in(end, limit)
        words = [text[a:b] for a, b in spans]
        for index, word in enumerate(words):
            if CONTRAST_PRONOUN.fullmatch(word):
                after = index + 1
            elif word in ("الا", "غير", "قبل") and THAT_PRONOUN.fullmatch(
                "".join(words[index + 1 : index + 2])
            ):
                after = index + 2
            else:
                continue
            if any_contrast and word != "قبل":
                return True
            if after >= len(spans):
                continue
            if word != "قبل" and words[after] == POSTPONED:
                return True  # لكنه أُجّل: after the contrast's pronoun أجّل is the verb
            low, high = spans[after][0], spans[min(len(spans) - 1, after + CALLED_OFF_WORDS)][0]
            if any(
                c.label == "cancelled" and low <= c.start <= high and not _negated(text, c.start)
                for c in self.statuses
            ):
                return True
        return False

    def _schedule_verb(self, position: int) -> bool:
        """Whether the verb at ``position`` is the أن-verb of a schedule told in the past
        (كان من المفترض أن تبدأ، كان مقرراً أن تنطلق): what was to be, not what was."""
        return any(
            not c.label
            and c.word.split()[0].lstrip("و") in ("كان", "كانت")
            and any(k in c.word for k in self.schedule_stems)
            and 0 <= position - c.end <= 6
            and not has_break(self.text, c.end, position)
            for c in self.statuses
        )

    def _past_schedule(
        self, start: int, end: int, sent_start: int, limit: int
    ) -> tuple[int, int] | None:
        """A schedule told in the past of the round, in its own clause: it did not take place.

        "كان يفترض أن تُعقد جولة تقييم في X الشهر الماضي"، "الجولة السابعة التي كان مقرراً أن
        تنطلق الشهر المقبل"، "القمة التي كان يفترض أن تستضيفها X": كان with مقرر، مفترض،
        يفترض، مرتقب or منتظر tells what was to be, and so that it was not (coders code such a
        round as called off even with no verb of calling off). The schedule stands before the
        round with no break, or after it as its relative clause (or adjective) before any
        clause break. Returns its range.
        """
        text = self.text
        if set(_previous_words(self.analysis, start, 1)) & DEMONSTRATIVES:
            return None  # كان من المقرر أن تنطلق هذه الجولة: the round told, held later
        for c in reversed(self.statuses):
            if c.end > start:
                continue
            if c.start < max(sent_start, start - BEFORE_WINDOW):
                break
            if (
                not c.label
                and c.word.split()[0].lstrip("و") in ("كان", "كانت")
                and any(k in c.word for k in self.schedule_stems)
                and not has_break(text, c.end, start)
            ):
                return c.start, c.end
        schedule = SCHEDULE_TOLD.search(text, end, min(limit, end + SCHEDULE_WINDOW))
        if schedule is None or "كان" not in schedule.group(0):
            return None
        gap = text[end : schedule.start()]
        if SENTENCE_END.search(gap) or CLAUSE_PUNCTUATION.search(
            gap.rsplit(",", 1)[0] if schedule.group("relative") else gap
        ):
            return None  # …، وكانت مقررة: the schedule of another clause
        return schedule.start(), schedule.end()

    def _called_off(self, start: int, end: int, limit: int) -> tuple[int, int] | None:
        """The cue that calls off a round told with its schedule in the past: cancelled.

        "الجولة الجديدة من المفاوضات بين …، التي كان مقرراً أن تنطلق يوم الاثنين في
        الدوحة، أُرجئت"، "وكان اجتماع مقرر في باريس بين وفدي … قد أُلغي"، "قرر تعليق
        الجولة الثامنة التي كانت مقررة في العاصمة المكسيكية": the schedule (``SCHEDULE_TOLD``)
        stands in the round's clause, after its parties and complements (a comma only before
        a relative pronoun), and a word of postponing, cancelling or suspending is the
        predicate after it or governs the round right before it. A predicate past the
        schedule reaches as far as the sentence, up to the next round told. Returns the
        cue's range.
        """
        text = self.text
        schedule = SCHEDULE_TOLD.search(text, end, min(limit, end + SCHEDULE_WINDOW))
        announced = self._announced_schedule(end, min(limit, end + SCHEDULE_WINDOW))
        if announced is not None and (schedule is None or announced[0] < schedule.start()):
            return self._called_off_after_announcement(announced, limit)
        if schedule is None:
            return None
        gap = text[end : schedule.start()]
        # An indefinite round takes its relative clause with no pronoun (لقاءً مع الفصيل
        # المنشق، كان مقرراً الأسبوع المقبل في X، أُرجئ): the schedule right after a comma.
        relative = bool(schedule.group("relative")) or (
            not text[start:end].lstrip("وفبل").startswith("ال")
            and not schedule.group(0).startswith(("و", "م"))
            and gap.rstrip().endswith(",")
        )
        if SENTENCE_END.search(gap) or (CLAUSE_PUNCTUATION.search(gap) and not relative):
            return None  # …، وكانت مقررة: the schedule of another clause
        if relative and CLAUSE_PUNCTUATION.search(gap.rsplit(",", 1)[0]):
            return None  # …، في حين …، التي كانت مقررة: past a clause of its own
        before = self.analysis.words_in(max(0, start - 20), start)[-1:]
        if before and (
            text[before[0][0] : before[0][1]] in self.suspending
            or any(c.label == "cancelled" and c.start == before[0][0] for c in self.statuses)
        ):
            return before[0]  # تعليق الجولة الثامنة التي كانت مقررة
        for cue in self.statuses:
            if not schedule.end() <= cue.start < limit:
                continue
            if cue.label.startswith("held"):
                return None  # وكان اجتماع مقرر … قد عُقد رغم تأجيل الانتخابات: it was held
            if (
                cue.label == "cancelled"
                and bare(cue.word) not in CALLING_OFF_NOUNS  # a verb, not تأجيل الانتخابات
                and not _negated(text, cue.start)
            ):
                return cue.start, cue.end  # …، أُرجئت إلى موعد لم يُحدَّد
        return None

    def _announced_schedule(self, end: int, limit: int) -> tuple[int, int] | None:
        """The range of the round's own relative clause of announcement or expectation
        (``round_schedule_announced``: التي أُعلن أنها، الذي أُعلن عنه، الذي كان متوقعاً),
        opened by the first relative pronoun after the round noun ending at ``end``, its
        phrase of complements before it with no clause break but a comma; else None."""
        text = self.text
        announced = self.analysis.word_set("round_schedule_announced")
        words = self.analysis.words_in(end, limit)
        for index, (a, _) in enumerate(words):
            if SENTENCE_END.search(text, end, a) or CLAUSE_PUNCTUATION.search(
                text[end:a].rstrip().removesuffix(",")
            ):
                return None
            if text[slice(*words[index])].removeprefix("و") not in RELATIVES:
                continue
            for width in (2, 3):
                phrase = words[index + 1 : index + 1 + width]
                if len(phrase) == width and text[phrase[0][0] : phrase[-1][1]] in announced:
                    return a, phrase[-1][1]
            return None
        return None

    def _called_off_after_announcement(
        self, announced: tuple[int, int], limit: int
    ) -> tuple[int, int] | None:
        """The verb of calling off that is the predicate of a round whose relative clause
        told it announced or expected (فالجولة الثالثة التي أُعلن أنها ستُعقد في كمبالا
        أُلغيت، قمة أروشا التي أُعلن عنها في مارس، فقد أُلغيت، الاجتماع الذي كان متوقعاً
        منتصف الشهر أُجّل مرتين): the round was set to meet and did not, cancelled (CONVENTIONS
        rule 9). The verb stands past the relative clause, before the next round told and
        any contrast (فيما، بينما: another clause's verb); a verb of holding first says the
        round met, and a verbal noun (تأجيل الانتخابات) or a negated verb calls nothing off. أجّل is the verb only where no preposition makes it
        the noun أجل (إلى أجل غير مسمى). Returns the verb's range."""
        text = self.text
        _, after = announced
        words = self.analysis.words_in(after, limit)
        postponed = [
            Cue(a, b, text[a:b], "cancelled")
            for (c, d), (a, b) in itertools.pairwise([(after, after), *words])
            if text[a:b] == POSTPONED and text[c:d] not in NOUN_OF_TIME_PREPOSITIONS
        ]  # أُجّل مرتين، not إلى أجل غير مسمى
        for cue in sorted([*self.statuses, *postponed], key=lambda c: c.start):
            if not after <= cue.start < limit:
                continue
            if cue.label.startswith("held") or self._contrast_between(after, cue.start):
                return None  # …، عُقدت في موعدها: it met; …، فيما أُلغيت الانتخابات: another
            if (
                cue.label == "cancelled"
                and bare(cue.word) not in CALLING_OFF_NOUNS
                and not _negated(text, cue.start)
            ):
                return cue.start, cue.end
        return None

    def _postponed_by_pronoun(self, found: list[_Mention]) -> None:
        """A round postponed or cancelled by a verbal noun with its pronoun, later in its sentence.

        "تعتزم عقد جولة حوار … في جنيف، قبل أن يُعلن تأجيلها إلى أجل غير مسمى": the pronoun
        names the round told just before in the sentence, which is cancelled (not one held).
        """
        text = self.text
        for match in CANCELLED_PRONOUN.finditer(text):
            if _negated(text, match.start()) or any(
                w in NEGATIONS or w.removeprefix("و") in NEGATIONS
                for w in _previous_words(self.analysis, match.start(), 3)
            ):
                continue  # لم يُعلن تأجيلها
            sent_start, _ = sentence_range(self.analysis, match.start())
            told = [
                m
                for m in found
                if sent_start <= m.start < match.start()
                and not m.plural
                and m.status is not RoundStatus.HELD
            ]
            if told:
                mention = told[-1]
                mention.status = RoundStatus.CANCELLED
                mention.evidence = (mention.evidence[0], max(mention.evidence[1], match.end()))

    def _worked_towards(self) -> list[_Mention]:
        """A round planned by a pronoun: "نعمل على عقدها في بروكسل" after a round just told.

        A verb of working towards (``round_effort``), على or إلى and a verbal noun of
        holding with a pronoun plan the round the pronoun names: the last round noun in
        the 250 characters before, with no round event between.
        """
        found = []
        for cue in find_cues(self.analysis, {"round_effort": "effort"}):
            spans = self.analysis.words_in(cue.end, min(len(self.text), cue.end + 30))[:2]
            if len(spans) < 2 or self.text[spans[0][0] : spans[0][1]] not in ("علي", "الي"):
                continue
            a, b = spans[1]
            word = self.text[a:b]
            stem = regex.sub(r"(?:ها|هما|ه)$", "", word)
            if stem == word or bare(stem) not in self.holding:
                continue  # عقدها: the verbal noun with its pronoun
            if not any(
                b - 250 <= t_end <= cue.start and k == "noun" for _, t_end, k in self.triggers
            ):
                continue  # no round told before it for the pronoun to name
            segment = segment_label(self.analysis, self.analysis.span(cue.start, b))
            if segment is None or not self.context or _negated(self.text, cue.start):
                continue
            sent_start, sent_end = sentence_range(self.analysis, a)
            mention = _Mention(a, b, RoundStatus.PLANNED, (cue.start, b), segment)
            mention.sentence = (sent_start, sent_end)
            mention.head = "pronoun"
            place = self._place(mention, a, min(sent_end, b + ATTRIBUTE_WINDOW), [], cue.start)
            if place is not None:
                mention.place = place[2]
                mention.evidence = (cue.start, max(b, place[1]))
            found.append(mention)
        return found
