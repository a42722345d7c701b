"""Antecedents: the people a release names by a pronoun, told before it.

"120 أسيراً … أفرجت عنهم السعودية"، "اعتقلت صربيا ثلاثة من عناصر الشرطة، قبل أن تفرج
عنهم": the release carries its people as a pronoun (عنهم، سراحهم، سلّمتها); they are the
counted kind noun or people before it in its clause, in the clause before, or in the
sentence before, or the people a verb of capturing or holding counts there.
"""

from __future__ import annotations

import regex

from negotext.extractors._common import Cue, bare, has_break, segment_label, sentence_range, tokens
from negotext.extractors.exchanges.kinds import _people_kind
from negotext.extractors.exchanges.mention import _as_count, _Mention
from negotext.extractors.exchanges.status import _Status
from negotext.extractors.exchanges.text import (
    _full_stop,
    _nisba,
    _sentence_break,
    _without_object_pronoun,
)
from negotext.records import ExchangeKind, ExchangeStatus

#: Kinds of the people a predicate of being held may tell of (not bodies, not documents).
_HELD_SUBJECTS = frozenset(
    {ExchangeKind.PRISONERS.value, ExchangeKind.DETAINEES.value, ExchangeKind.HOSTAGES.value}
)


class _Antecedents(_Status):
    """The exchange reader's antecedents: the people a release's pronoun names."""

    def _pronoun_object(self, action: Cue) -> Cue | None:
        """The release with its object as a pronoun, as one cue, or None.

        "أفرجت عنهم"، "أفرجت عنها"، "أطلقت سراحهم" (``exchange_released_after``, or the
        verb followed by a pronoun of ``exchange_object_pronouns``) and a verb of handing
        over with an object pronoun (سلّمتها، أعادتهم): the people are told before it. Up to
        four words of a subject, a time or an adjective may stand between a release and its
        عنهم / سراحهم (ثم أفرجت السلطات عنهم، بالإفراج الفوري وغير المشروط عنهم).
        """
        listed = next((c for c in self.released_after if c.start == action.start), None)
        if listed is not None:
            return listed
        if action.start in self.handed_pronoun:
            return action
        following = self.analysis.words_in(action.end, min(len(self.text), action.end + 60))
        for index, (w_start, w_end) in enumerate(following[:5]):
            if has_break(self.text, action.end, w_start):
                return None
            word = self.text[w_start:w_end]
            if word in self.object_pronouns:
                if index and not self._marker_of(action, word):
                    return None
                return Cue(action.start, w_end, action.word, "released")
            if not self._subject_or_adjective(w_start, w_end):
                return None
        return None

    def _marker_of(self, action: Cue, pronoun: str) -> bool:
        """Whether the pronoun's marker is the action's own: عنهم of أفرج، سراحهم of أطلق."""
        root = action.word.replace("ا", "")  # افراج، اطلاق: the verbal noun too
        return ("فرج" if pronoun.startswith("عن") else "طلق") in root

    def _released_before(self, cue: Cue, used: set[int]) -> _Mention | None:
        """People released told before the verb: 120 أسيراً … أفرجت عنهم السعودية.

        The release word carries a pronoun (``cue``, see :meth:`_pronoun_object`); the
        counted kind noun is the nearest one before it in its clause. A kind noun in the
        genitive of a kind of bodies (جثة المحتجز التي سلمتها) names the bodies; a
        singular kind noun with no number (جثة، الأسير الذي أفرج عنه) counts one, a dual two.
        """
        text = self.text
        kind = next(
            (
                k
                for k in reversed(self.kinds)
                if k.end <= cue.start
                and cue.start - k.end <= 60
                and k.start not in used
                and k.label != ExchangeKind.DOCUMENTS.value
                and not _sentence_break(text, k.end, cue.start)
                and text[k.end : cue.start].count(",") == 0
            ),
            None,
        )
        people = self._people_released_before(cue)  # خمسة أمريكيين أفرجت عنهم إيران
        if people is not None and (
            kind is None
            or (
                kind.end <= people.start
                and kind.label != ExchangeKind.BODIES.value
                and self._quantity_after(kind.end, cue.start) is None
            )
        ):
            # طاقم السفينة (25 بحاراً أُفرج عنهم): the counted people right before the
            # pronoun are nearer than the uncounted kind noun before them, which they count;
            # not the people a kind of bodies counts (رفات 12 شخصاً وسلّمتها: the remains)
            kind = people
        if kind is not None:
            # ١٩٦٨ أسيراً ومعتقلاً فلسطينياً أُفرج عنهم: one number counts the nouns joined
            # by و; the people are the first, which it stands before
            first = next(
                (
                    k
                    for k in reversed(self.kinds)
                    if k.end <= kind.start
                    and k.start not in used
                    and k.label != ExchangeKind.DOCUMENTS.value
                    and self._coordinated(k, kind)
                ),
                None,
            )
            if first is not None and self._quantity_before(max(0, first.start - 30), first.start):
                kind = first
        if kind is None and self._told_in_sequence(cue.start):
            kind = self._captured_in_clause(cue)  # خطف اثنين من الموظفين ثم أفرج عنهما
        if kind is None:
            kind = self._released_clause_before(cue, used)
        if kind is None:
            kind = self._released_in_sentence_before(cue, used)
        if kind is None:
            return None
        genitive, kind = kind, self._construct_head(kind)
        each = self.analysis.words_in(max(0, kind.start - 8), kind.start)[-1:]
        if each and text[each[0][0] : each[0][1]] == "كل":
            return None  # 50 أسيراً مقابل كل مجندة تطلق سراحها: the unit of a rate, no batch
        sent_start, _ = sentence_range(self.analysis, kind.start)
        quantity = self._quantity_before(sent_start, kind.start)
        number = self._number_of(kind) or self._number_of(genitive)  # جثة المحتجز، رفات الجندي
        if quantity is not None:
            start = quantity[0]
            vague = self._is_vague(text[quantity[0] : quantity[1]])
            count = None if vague else _as_count(quantity[2].value)
            approximate = (
                vague or bool(quantity[2].approximate) or self._hedged_after(quantity[1], kind.end)
            )
        elif number is not None:
            start, count, approximate = kind.start, number, False
        elif (after := self._quantity_after(kind.end, cue.start)) is not None:
            start, count = kind.start, _as_count(after[2].value)  # جثامين 30 شهيداً أفرجت عنها
            approximate = bool(after[2].approximate)
        elif (apposed := self._apposed_reading(kind.end, cue.start)) is not None:
            # المعتقلين …، الذين تقدّر يريفان عددهم بـ23 شخصاً … . وتطالب بالإفراج عنهم
            start, (_, count, approximate) = kind.start, apposed
        elif (figure := self._figure_line_count(kind.start)) is not None:
            # - 1968: عدد الأسرى الذين أفرجت عنهم إسرائيل: a figure told before its colon
            start, count, approximate = figure
        else:
            return None
        segment = segment_label(self.analysis, self.analysis.span(start, cue.end))
        if segment is None:
            return None
        used.add(kind.start)
        status = next((c for c in self.statuses if c.start == cue.start), None)
        if status is None:  # وتطالب بإطلاق سراحهم: the verb governing the release
            status = next(
                (
                    c
                    for c in reversed(self.statuses)
                    if 0 <= self._gap(c.end, cue.start) <= 25
                    and not has_break(text, c.end, cue.start)
                    and self._words_but_via(c.end, cue.start) <= 2
                    and not self._negated(c.start)
                ),
                None,
            )
        completed = status is None and (
            cue.word in self.completed or self._told_in_sequence(cue.start)
        )  # سلّمتها: handed over; … قبل أن تفرج عنهم: released afterwards
        return _Mention(
            start,
            cue.end,
            ExchangeKind(kind.label),
            segment,
            (start, cue.end),
            status=(
                ExchangeStatus(status.label)
                if status is not None
                else ExchangeStatus.COMPLETED
                if completed
                else None
            ),
            count=count,
            approximate=approximate,
        )

    def _figure_line_count(self, position: int) -> tuple[int, int | None, bool] | None:
        """The figure that opens the line of ``position`` before «: عدد»: its start, count, hedge.

        "- 1968: عدد الأسرى الذين أفرجت عنهم إسرائيل"، "٢٨: عدد الرهائن الذين أعيدت رفاتهم": a
        summary's line of figures opens with a number (after a bullet), a colon and عدد, and
        names what it counts after them; the number counts the exchange its line tells. A
        number anywhere else on the line, or a colon with no عدد, gives nothing.
        """
        text = self.text
        line_start = text.rfind("\n", 0, position) + 1
        head = regex.match(r"[ \t\-–—•■*]*", text[line_start:position])
        q_from = line_start + (head.end() if head else 0)
        for q_start, q_end, quantity in self.numbers:
            if q_start != q_from:
                continue
            if not regex.match(r"\s*:\s*عدد\s", text[q_end:position]):
                return None
            return q_start, _as_count(quantity.value), bool(quantity.approximate)
        return None

    def _words_but_via(self, start: int, end: int) -> int:
        """How many words ``text[start:end]`` holds, a phrase of the route or go-between not
        counted: "وطلبنا عبر الصليب الأحمر الإفراج عنهم" opens its clause as near as "وطلبنا
        الإفراج عنهم" (``exchange_via`` and its noun phrase, see ``_via_before``).
        """
        words = tokens(self.text, start, end)
        for index in range(len(words) - 1, -1, -1):
            via = self._via_before(words, index)
            if via is not None and index - via >= 1:
                return len(words) - (index - via + 1)
        return len(words)

    def _people_released_before(self, cue: Cue) -> Cue | None:
        """Counted people right before a release with a pronoun: خمسة أمريكيين أفرجت عنهم.

        A number, then a demonym or a noun of people ending right before the cue; the
        kind is that of the last kind noun before, else detainees for people and prisoners
        for nationalities (as for people released with no kind noun).
        """
        before = self.analysis.words_in(max(0, cue.start - 60), cue.start)[-2:]
        if not before or has_break(self.text, before[-1][1], cue.start):
            return None
        w_start, w_end = before[-1]
        word = self.text[w_start:w_end]
        people = word in self.persons or bare(word) in self.persons
        nisba = _nisba(word)
        demonym = self._demonym_at(w_start)
        if not (people or nisba or demonym):
            return None
        if (
            (nisba or demonym)
            and len(before) == 2
            and not has_break(self.text, before[0][1], w_start)
        ):
            # 9 صيادين هنديين أفرجت عنهم: a noun of people and its demonym, counted before
            n_start, n_end = before[0]
            noun = self.text[n_start:n_end]
            if (noun in self.persons or bare(noun) in self.persons) and any(
                0 <= n_start - q_end <= 2 for _, q_end, _ in self.numbers
            ):
                w_start, w_end, word, people = n_start, n_end, noun, True
        if not any(0 <= w_start - q_end <= 2 for _, q_end, _ in self.numbers):
            return None
        # the kind named last in the people's own sentence: a kind named in another sentence
        # is another exchange's (… أسرى … . عشرة أمريكيين أفرجت عنهم: nationals held by a
        # state, detainees; tools/blind/CONVENTIONS.md rule 21), as for people released with
        # no kind noun after the release (objects._people_of_a_nation)
        sent_start, _ = sentence_range(self.analysis, w_start)
        previous = [k for k in self.kinds if sent_start <= k.start and k.end <= w_start]
        return Cue(w_start, w_end, word, _people_kind(previous, people))

    def _captured_in_clause(self, cue: Cue) -> Cue | None:
        """The people a verb of capturing counts earlier in the release's own clause.

        "احتجزت السلطات اثنين من صيادينا قرب الجزيرة ثم أفرجت عنهما"، "خطف المسلحون في
        مارس ثلاثة من موظفي البلدية قبل أن يطلقوا سراحهم": an arrest, a kidnapping or a
        capture and the release that ended it, told in sequence (ثم، قبل أن) in one clause
        with no comma between; the people need no kind noun of their own, the verb of
        capturing gives their kind (see ``_captured_before``).
        """
        sent_start, _ = sentence_range(self.analysis, cue.start)
        comma = self.text.rfind(",", max(sent_start, cue.start - 150), cue.start)
        low = max(sent_start, comma + 1, cue.start - 150)
        return self._captured_before(low, cue.start)

    def _told_in_sequence(self, position: int) -> bool:
        """Whether "قبل أن" or "ثم" stands right before ``position``: a later event told."""
        before = [self.text[s:e] for s, e in tokens(self.text, max(0, position - 12), position)]
        return before[-2:] == ["قبل", "ان"] or before[-1:] == ["ثم"]

    def _released_clause_before(self, cue: Cue, used: set[int]) -> Cue | None:
        """The people a pronoun of release names in the clause before, past one comma.

        "اعتقلت صربيا ثلاثة من عناصر الشرطة قرب الحدود، قبل أن تفرج عنهم"، "عدد الأسرى
        يقارب 15 أسيراً، وبيروت تطالب بإطلاقهم"، "ستة آخرين ما زالوا رهن الاحتجاز، وتطالب
        بإطلاق سراحهم": the release opens a clause joined to the one before (و، ثم، قبل أن،
        بعد أن، لكن) within its first six words, a phrase of the route or go-between not
        counted (وطالبنا عبر وجهاء المدينة بالإفراج عنهم); the last kind noun of that clause,
        counted, is what it releases, or else the people a verb of capturing counts there.
        """
        text = self.text
        comma = text.rfind(",", max(0, cue.start - 60), cue.start)
        if comma < 0 or _sentence_break(text, comma + 1, cue.start):
            return None
        opening = tokens(text, comma, cue.end)  # the release itself may open it (وأفرجت عنهم)
        if not opening or self._words_but_via(comma, cue.end) > 6:
            return None
        first = text[opening[0][0] : opening[0][1]]
        participle = any(c.start == opening[0][0] for c in self.statuses)  # …، مطالبة بإطلاقهم
        if not (first.startswith(("و", "ف")) or first in self.clause_joiners or participle):
            return None
        previous = text.rfind(",", max(0, comma - 120), comma)
        low = max(previous + 1, sentence_range(self.analysis, comma)[0], comma - 120)
        if _full_stop(text, low, comma):
            return None
        opener = tokens(text, low, comma)[:1]
        if (  # 23 أرمنياً، بينهم قادة سابقون …، وتطالب بالإفراج عنهم: past the apposition
            opener
            and text[opener[0][0] : opener[0][1]].removeprefix("و") in self.partitives
            and previous > 0
        ):
            comma = previous
            previous = text.rfind(",", max(0, comma - 120), comma)
            low = max(previous + 1, sentence_range(self.analysis, comma)[0], comma - 120)
            if _full_stop(text, low, comma):
                return None
        kind = next(
            (
                k
                for k in reversed(self.kinds)
                if low <= k.start
                and k.end <= comma
                and k.start not in used
                and k.label != ExchangeKind.DOCUMENTS.value
            ),
            None,
        )
        if kind is not None:  # ثلاث جثث لرهائن، خمس جثث جنود: the bodies the people's are
            genitive, kind = kind, self._construct_head(kind)
            if self._quantity_before(low, kind.start) is not None:
                return kind
            one = self.analysis.words_in(genitive.end, comma)[:2]
            if len(one) == 2 and (
                self._demonym_at(one[0][0]) or text[one[0][0] : one[0][1]].endswith(("يه", "ية"))
            ):
                one = one[1:]  # جثة رهينة إسرائيلية واحدة: past the people's adjective
            if one and text[one[0][0] : one[0][1]] in ("واحد", "واحدة", "واحده"):
                return genitive  # ولا تزال رفات رهينة واحدة …، وتشترط تسليمها: one
            counted = self._counted_before_in_clause(low, kind, used)
            if counted is not None:
                return counted
        # 500 من مقاتليها ما زالوا محتجزين، 300 شخص ما زالوا في مراكز احتجاز: the people
        # a predicate of being held, or of the place they are held in, tells of
        place = next(
            (p for p in reversed(self.held_places) if low <= p.start and p.end <= comma), None
        )
        for predicate in sorted(
            (p for p in (kind, place) if p is not None), key=lambda p: -p.start
        ):
            held = self._held_subject(low, predicate, used)
            if held is not None:
                return held
        captured = self._captured_before(low, comma)
        if captured is None:
            captured = self._held_by_verb_after(low, comma)
        return captured if captured is not None else self._still_held(low, comma, kind)

    def _held_by_verb_after(self, low: int, end: int) -> Cue | None:
        """Counted people a verb of holding after them tells held, by its object pronoun.

        "لدينا 30 صياداً تحتجزهم السلطات منذ الربيع، ونطالب بالإفراج عنهم"، "ملف نحو 40
        مواطناً تعتقلهم قوات الحدود، وتطالب بإطلاقهم": an indefinite noun of people and
        its relative clause with no relative pronoun, whose verb of capturing or holding
        (``exchange_capture_*``) carries the pronoun of the people. The people are the
        noun the number counts, right before the verb or before one adjective; their kind is
        the verb's, as for people a verb of capturing counts (``_captured_before``).
        """
        text = self.text
        words = tokens(text, low, end)
        for index in range(len(words) - 1, 0, -1):
            v_start, v_end = words[index]
            verb = text[v_start:v_end]
            stem = _without_object_pronoun(verb)
            if stem == verb or stem not in self.capture_words:
                continue
            for noun_index in (index - 1, index - 2):
                if noun_index < 0:
                    break
                w_start, w_end = words[noun_index]
                if has_break(text, w_end, v_start):
                    break
                if not any(low <= q[0] and 0 <= w_start - q[1] <= 2 for q in self.numbers):
                    continue
                if any(
                    0 <= w_start - q[1] <= 2 and self._is_vague(text[q[0] : q[1]])
                    for q in self.numbers
                ):
                    return None
                label = self._capture_kind(stem)
                if label == ExchangeKind.DETAINEES.value:
                    previous = [k for k in self.kinds if k.end <= w_start]
                    label = _people_kind(previous, people=True)
                return Cue(w_start, w_end, text[w_start:w_end], label)
            return None
        return None

    def _counted_before_in_clause(self, low: int, last: Cue, used: set[int]) -> Cue | None:
        """The counted kind noun of a clause whose last kind noun has no number of its own.

        "نحو 200 أسير من جنودنا"، "أكثر من ثلاثمئة من جنودنا أسرى": the last kind noun is
        the people's owner or what they are (a partitive's noun, a predicate); the people
        are the counted kind noun before it in the same clause, with no release between
        (that one is the object of its own release).
        """
        for earlier in reversed(self.kinds):
            if earlier.start >= last.start or earlier.start < low:
                continue
            if earlier.start in used or earlier.label == ExchangeKind.DOCUMENTS.value:
                return None
            if any(earlier.start <= a.start < last.start for a in self.actions):
                return None
            if self._quantity_before(low, earlier.start) is not None:
                return earlier
        return None

    def _still_held(self, low: int, end: int, kind: Cue | None) -> Cue | None:
        """The counted people a clause tells still held, the copula before them.

        "لا يزال نحو 20 من ضباطنا محتجزين لدى الحكومة، ونطالب بإطلاقهم"، "لا يزال في سجون
        العاصمة أربعة من مواطنينا، ونطالب بإطلاقهم"، "هناك ستة آخرين ما زالوا في سجونها،
        ونطالب بإطلاقهم": a copula of remaining (ما زال، لا يزال: ``exchange_copulas`` with
        زال) in the clause says the people are held; the people are the first number there
        that counts a noun (N من X، N آخرين، N مواطنين). Their kind is that of the kind noun
        of the held told after them (محتجزين، أسرى), else as for people released with no
        kind noun: detainees for a noun of people, the kind named last for others.
        """
        text = self.text
        if not any(
            text[s:e] in self.copulas and "زال" in text[s:e] for s, e in tokens(text, low, end)
        ):
            return None
        for q_start, q_end, quantity in self.numbers:
            if not low <= q_start < end or self._covered(self.date_chars, q_start, q_end):
                continue
            if quantity.value < 2:
                continue  # جثة رهينة واحدة: one, told after its noun, is that noun's number
            following = tokens(text, q_end, end)[:2]
            if not following or has_break(text, q_end, following[0][0]):
                continue
            first = text[following[0][0] : following[0][1]]
            if first == "من" and len(following) == 2:
                following = following[1:]  # 20 من ضباطنا: the partitive
            elif first in self.prepositions:
                continue  # a number that counts no noun after it (… اثنان في السجن)
            w_start, w_end = following[0]
            if not self._covered(self.number_chars, q_start, q_end) or self._is_vague(
                text[q_start:q_end]
            ):
                return None
            word = text[w_start:w_end]
            people = word in self.persons or bare(word) in self.persons
            if kind is not None and kind.start > w_start and kind.label in _HELD_SUBJECTS:
                label = kind.label  # 20 من ضباطنا محتجزين: the predicate after them
            else:
                previous = [k for k in self.kinds if k.end <= w_start]
                label = _people_kind(previous, people or bare(word) not in self.others)
            return Cue(w_start, w_end, word, label)
        return None

    def _held_subject(self, low: int, predicate: Cue, used: set[int]) -> Cue | None:
        """The counted people a predicate of being held tells of, before its copula.

        "أكثر من 800 من مقاتليها ما زالوا محتجزين"، "نحو 60 أسيراً كانوا رهن الاحتجاز"،
        "قرابة 200 شخص لا يزالون معتقلين": a kind noun of the held after a copula (ما زالوا،
        كانوا، لا يزالون) with no number of its own is what the people are, not who; the people
        are the counted kind noun right before the copula (they keep their kind: fighters held
        are prisoners), or a counted noun of people there, who are held people of the
        predicate's kind (detainees, or hostages where hostages are told before them).
        """
        text = self.text
        before = tokens(text, max(low, predicate.start - 40), predicate.start)
        index = len(before)
        while index and text[before[index - 1][0] : before[index - 1][1]] in self.copulas:
            index -= 1
        if index == len(before):
            return None  # no copula: the held noun is no predicate (الأسرى المحتجزين)
        if index and text[before[index - 1][0] : before[index - 1][1]] in ("ما", "لا"):
            index -= 1
        while index and self._covered(self.hedge_after_chars, *before[index - 1]):
            index -= 1  # 30 جندياً على الأقل ما زالوا محتجزين: a hedge after the people
        if not index or has_break(text, before[index - 1][1], predicate.start):
            return None
        w_start, w_end = before[index - 1]
        word = text[w_start:w_end]
        subject = next(
            (
                k
                for k in self.kinds
                if k.start == w_start and k.start not in used and k.label in _HELD_SUBJECTS
            ),
            None,
        )
        if subject is not None:
            return subject if self._quantity_before(low, subject.start) is not None else None
        if word not in self.persons and bare(word) not in self.persons:
            return None
        if not any(low <= q[0] and 0 <= w_start - q[1] <= 2 for q in self.numbers):
            return None
        previous = [k for k in self.kinds if k.end <= w_start]
        label = (
            predicate.label
            if predicate.label == ExchangeKind.HOSTAGES.value
            else _people_kind(previous, people=True)
        )
        return Cue(w_start, w_end, word, label)

    def _released_in_sentence_before(self, cue: Cue, used: set[int]) -> Cue | None:
        """The people a pronoun of release names in the sentence before.

        "وصلت حافلات تقل 456 أسيراً إلى خان يونس. وكانت إسرائيل قد أفرجت عنهم":
        when the release opens its sentence (within its first six words) and no kind
        noun stands before it there, the pronoun names the last counted kind noun of
        the sentence before, or else the people a verb of capturing or holding counts there
        (تحتجز نحو 12 مواطناً لأسباب سياسية. طلبنا الإفراج عنهم), as in a clause before.
        """
        sent_start, _ = sentence_range(self.analysis, cue.start)
        if sent_start == 0 or len(self.analysis.words_in(sent_start, cue.start)) > 6:
            return None
        if any(sent_start <= k.start < cue.start for k in self.kinds):
            return None
        prev_start, _ = sentence_range(self.analysis, max(0, sent_start - 2))
        for kind in reversed(self.kinds):
            if not prev_start <= kind.start < sent_start or kind.start in used:
                continue
            if kind.label == ExchangeKind.DOCUMENTS.value:
                continue
            if self._quantity_before(prev_start, kind.start) is not None:
                return kind
            # لدينا 30 أسيراً من الجيش وعناصر من قوة أخرى. نحن مستعدون لمبادلتهم: the
            # counted kind noun before an owner or a conjunct with no number of its own
            counted = self._counted_before_in_clause(prev_start, kind, used)
            if counted is None and self._apposed_count(kind.end, sent_start) is not None:
                return kind  # ملف المعتقلين، الذين تقدّر يريفان عددهم بـ23: counted apart
            return counted
        return self._captured_before(prev_start, sent_start)
