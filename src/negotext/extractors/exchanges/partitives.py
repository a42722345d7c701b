"""Partitives: a part of a group told before, released (أفرجت عن خمسة منهم، سوى عشرة منها).

A release may count some of a group with no kind noun of their own: "منهم"، "منها"، "آخرين",
or a number alone (أفرجوا عن 9 فقط). These tests find the group the part is of: the people
counted last before the release in its sentence, or in the sentence before in its paragraph,
or those a verb of capturing counts there (اعتقلت القوات 15 فلسطينياً), or the group the text
named before, counted or not (ملف المعتقلين، a question's line before an answer's); the part
takes the group's kind. An apposition telling some of the people before (بينهم ثلاثة جنود) is
a part too, with no kind of its own.

They read only the cues of the layers below, no test of what an action governs: a layer of
its own under ``objects``, whose counted people (``_counted_people``) ask it for the group,
as ``antecedents`` asks it for the people captured before a pronoun of release.
"""

from __future__ import annotations

import regex

from negotext.extractors._common import Cue, has_break, sentence_range, tokens
from negotext.extractors.exchanges.all_for_all import _AllForAll
from negotext.extractors.exchanges.kinds import _people_kind
from negotext.records import ExchangeKind

#: The label of an interviewer's line: س (سؤال) and a colon, a dash or a slash ("س: …").
_QUESTION_LABEL = regex.compile(r"س\s*[:\-–—/]")


class _Partitives(_AllForAll):
    """The exchange reader's partitives: the group told before whose part a release counts."""

    def _some_of_them(self, action: Cue, start: int, end: int) -> Cue | None:
        """A number of the people told before released: وأفرجت عن خمسة منهم.

        Others of them (أفرجت عن ثلاثة معتقلين، ونطالب بالإفراج عن ستة آخرين) are read the
        same way: آخرين with no kind noun names more people of the group told before.

        "منهم" names the people of the clause before, in the same sentence: the last kind noun
        counted there, or the people a verb of capturing counts there (اعتقلت القوات 15
        فلسطينياً …، وأفرجت عن خمسة منهم → five detainees). The returned cue is منهم, with
        that kind; the number before it is the count.
        """
        each = self.analysis.words_in(max(action.end, start - 20), start)[-2:-1]
        if each and self.text[each[0][0] : each[0][1]] == "كل":
            return None  # حتى نعيد كل واحد منهم: every one of them, no count
        sent_start, _ = sentence_range(self.analysis, action.start)
        kind = next(
            (
                k
                for k in reversed(self.kinds)
                if sent_start <= k.start
                and k.end <= action.start
                and k.label != ExchangeKind.DOCUMENTS.value
                and (
                    self._quantity_before(sent_start, k.start) is not None
                    or self._group_word_before(k.start)
                )
            ),
            None,
        )
        if kind is None:
            kind = self._captured_before(sent_start, action.start)
        told = any(sent_start <= k.start < action.start for k in self.kinds) or any(
            sent_start <= q[0] < action.start for q in self.numbers
        )  # قُتل 20 شخصاً …، وأفرجت الشرطة عن ثلاثة منهم: people of its own sentence, not held
        if kind is None and not told and "\n" not in self.text[max(0, sent_start - 3) : sent_start]:
            # تحتجز الجماعة نحو 25 صياداً. طلبت الحكومة الإفراج عنهم، وأفرج عن اثنين منهم: with
            # no people told in its own sentence, منهم names those of the sentence before in
            # its paragraph
            kind = self._counted_in_paragraph_before(sent_start)
        if kind is None:
            kind = self._group_named_before(sent_start, action.start)
        if kind is None:
            return None
        return Cue(start, end, self.text[start:end], kind.label)

    def _counted_in_paragraph_before(self, sent_start: int) -> Cue | None:
        """The people counted in the sentence before, for منهم with none in its own sentence.

        "تحتجز الجماعة نحو 25 صياداً. طلبت الحكومة الإفراج عنهم، وأفرج عن اثنين منهم": the
        last counted kind noun of the sentence before in its paragraph, else the people a
        verb of capturing counts there. A sentence before that counts no people but names
        them by a pronoun of release (نطالب بإطلاقهم جميعاً، طالبنا بالإفراج عنهم) carries
        the same people on: منهم then names those of the sentence before it, one step further
        back in the paragraph.
        """
        text = self.text
        for _ in range(2):
            if sent_start == 0 or "\n" in text[max(0, sent_start - 3) : sent_start]:
                return None
            prev_start, _ = sentence_range(self.analysis, max(0, sent_start - 2))
            kind = next(
                (
                    k
                    for k in reversed(self.kinds)
                    if prev_start <= k.start < sent_start
                    and k.label != ExchangeKind.DOCUMENTS.value
                    and self._quantity_before(prev_start, k.start) is not None
                ),
                None,
            ) or self._captured_before(prev_start, sent_start)
            if kind is not None:
                return kind
            if any(prev_start <= q[0] < sent_start for q in self.numbers) or not (
                any(prev_start <= c.start < sent_start for c in self.released_after)
                or any(
                    text[s:e] in self.object_pronouns
                    for s, e in tokens(text, prev_start, sent_start)
                )
            ):
                return None  # people of its own, or no people carried on by a pronoun
            sent_start = prev_start
        return None

    def _group_named_before(self, sent_start: int, position: int) -> Cue | None:
        """The people منهم names when none were counted: the group the text named before.

        "ويبقى ملف المعتقلين في العاصمة الورقة الأصعب. وقد أفرجت السلطات عن أربعة منهم"، "أثار
        الوفد قضية المواطنين المحتجزين، وطالب بالإفراج عن 3 منهم": the last kind noun before
        the release in its own sentence, else in the sentence before within its paragraph, is
        the group some of whom are released, counted or not; the word the text uses for them
        (ملف الأسرى، المعتقلين) is their kind (tools/blind/CONVENTIONS.md rule 21).
        """
        low = sent_start
        question = None
        if sent_start > 0 and "\n" not in self.text[max(0, sent_start - 3) : sent_start]:
            low, _ = sentence_range(self.analysis, max(0, sent_start - 2))
        else:
            question = self._question_before(sent_start)
            low = sent_start if question is None else question
        return next(
            (
                k
                for k in reversed(self.kinds)
                if low <= k.start
                and k.end <= position
                and k.label not in (ExchangeKind.DOCUMENTS.value, ExchangeKind.BODIES.value)
                and ("\n" not in self.text[k.end : position] or question is not None)
            ),
            None,
        )

    def _question_before(self, line_start: int) -> int | None:
        """Where the interviewer's line right before an answer's line starts, if it is one.

        "س: لكن الحكومة أفرجت عن بعض المحتجزين." then "ج: أفرجوا عن 9 فقط": an answer
        speaks of the people the question named. The line before (blank lines skipped) is
        the interviewer's when it is labelled س (``_QUESTION_LABEL``) or ends with a
        question mark.
        """
        text = self.text
        end = text.rfind("\n", 0, line_start)
        while end > 0:
            start = text.rfind("\n", 0, end) + 1
            line = text[start:end].strip()
            if line:
                asks = line.endswith(("?", "؟")) or _QUESTION_LABEL.match(line) is not None
                return start if asks else None
            end = start - 1
        return None

    def _captured_before(self, low: int, end: int) -> Cue | None:
        """People counted as the object of a verb of capturing in ``text[low:end]``.

        "اعتقلت صربيا ثلاثة من عناصر الشرطة"، "خطف مسلحون سبعة عمال": the verb
        (``exchange_capture_*``: arresting → detainees, taking captive → prisoners,
        kidnapping → hostages), at most a two-word subject, then a number. The returned cue
        is the word right after the number, labelled with the verb's kind, so the number
        reads as its count.
        """
        text = self.text
        for verb in sorted(self.captures + self.captives + self.kidnaps, key=lambda c: -c.start):
            if not low <= verb.start < end:
                continue
            number = next(
                (
                    q
                    for q in self.numbers
                    if verb.end <= q[0] < end
                    and len(tokens(text, verb.end, q[0])) <= 2
                    and not has_break(text, verb.end, q[0])
                ),
                None,
            )
            if number is None or self._is_vague(text[number[0] : number[1]]):
                continue
            following = tokens(text, number[1], end)[:1]
            if not following or has_break(text, number[1], following[0][0]):
                continue
            w_start, w_end = following[0]
            label = verb.label
            last = next(
                (
                    k
                    for k in reversed(self.kinds)
                    if k.end <= verb.start and not self._in_partitive(k.start)
                ),
                None,
            )
            if label == ExchangeKind.DETAINEES.value and last is not None:
                # تحتجز نحو ثلاثين شخصاً after hostages told: the captor's people, as for
                # people released with no kind noun (see _people_kind)
                label = _people_kind([last], people=True)
            return Cue(w_start, w_end, text[w_start:w_end], label)
        return None

    def _in_partitive(self, position: int) -> bool:
        """Whether a kind noun stands in an apposition telling some of the people before.

        "سبعة رهائن بينهم ثلاثة جنود": the soldiers are some of the hostages, no kind of
        their own (``exchange_partitives`` within three words before, in the clause).
        """
        before = self.analysis.words_in(max(0, position - 30), position)[-3:]
        return any(
            self.text[s:e].removeprefix("و") in self.partitives
            and not has_break(self.text, e, position)
            for s, e in before
        )

    def _some_of_the_bodies(self, action: Cue, start: int, end: int) -> Cue | None:
        """Some of the bodies counted before in the sentence: "سوى عشرة منها".

        "تعهدت الحركة بتسليم رفات 28 رهينة، ولم تسلّم حتى اليوم سوى عشرة منها": «منها»
        names things, here the bodies or remains counted last before the release in its own
        sentence; the returned cue is منها, kinded bodies, the number before it its count.
        """
        sent_start, _ = sentence_range(self.analysis, action.start)
        counted = any(
            k.label == ExchangeKind.BODIES.value
            and sent_start <= k.start
            and k.end <= action.start
            and (
                self._quantity_before(sent_start, k.start) is not None
                or self._number_after_bodies(k, action.start)
            )
            for k in self.kinds
        )
        return Cue(start, end, self.text[start:end], ExchangeKind.BODIES.value) if counted else None

    def _number_after_bodies(self, bodies: Cue, limit: int) -> bool:
        """Whether a number follows a noun of bodies right after it (رفات 28 رهينة)."""
        following = tokens(self.text, bodies.end, min(limit, bodies.end + 20))[:1]
        return bool(following) and any(q[0] == following[0][0] for q in self.numbers)
