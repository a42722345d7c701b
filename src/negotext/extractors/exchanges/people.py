"""People: those a release counts or names after it with no kind noun.

"أفرجت جماعة الحوثي عن 15 سعودياً"، "عن مواطنين فرنسيين اثنين"، "الإفراج عن السياسي البارز
محمد قحطان": with no kind noun after the action, the people are counted right after عن /
سراح (or a verb of handing over or of exchanging, whose direct object they are) by a
demonym, a noun of people or of a group (52 من قادة المعارضة), or told held in their clause
(كانوا محتجزين), or are one person named by what they do or several by their nationality and
names. A count on a list handed over (قائمة بـ246 هندياً) names no one released, and a part of
a group told before (خمسة منهم، سوى عشرة منها) takes that group's kind (``partitives``).

The reader asks these tests only where an action governs no kind noun: they stand on what
an action governs (``objects``: the words after a release's marker, people of a nation, the
kind of a swap's other half), a layer above it, and nothing below calls them.
"""

from __future__ import annotations

import regex

from negotext.extractors._common import Cue, bare, has_break, sentence_range, tokens
from negotext.extractors.exchanges.kinds import _people_kind
from negotext.extractors.exchanges.objects import _Objects
from negotext.extractors.exchanges.text import _nisba, _sentence_break
from negotext.records import ExchangeKind


class _People(_Objects):
    """The exchange reader's people: those a release counts or names with no kind noun."""

    def _counted_people(self, action: Cue, limit: int) -> Cue | None:
        """A release of people counted by nationality or as people, with no kind noun.

        "أفرجت جماعة الحوثي عن 15 سعودياً"، "أطلقت واشنطن سراح خمسة إيرانيين": the
        number stands right after عن / سراح and a demonym or a noun of people
        (``exchange_persons``) follows it. The kind is that of the last kind noun
        before (the exchange the release belongs to), else prisoners. The returned cue
        is the counted word, so the number reads as its count.
        """
        text = self.text
        trailing = self._people_counted_after(action, limit)
        if trailing is not None:
            return trailing
        for q_start, q_end, _ in self.numbers:
            if q_start < action.end or self._covered(self.date_chars, q_start, q_end):
                continue  # أفرجت طهران في سبتمبر 2023 عن خمسة …: a date's numbers count no one
            # a parenthetical may stand between (أفرجت إسرائيل، الثلاثاء، عن …), and phrases of
            # the route or go-between (سلّمت إسرائيل عبر معبر الناقورة وبواسطة الصليب الأحمر …)
            reach = action.end + (100 if self._via_between(action.end, q_start) else 45)
            if q_start > min(reach, limit) or _sentence_break(text, action.end, q_start):
                return None
            if self._listed_in_papers(action.end, q_start):
                self.in_papers.add(q_start)  # سلّمت قائمة بـ246 هندياً: names on a list
            before = self._marker_before(action, q_start)
            marker = text[before[0][0] : before[0][1]] if before else ""
            handing = action.word in self.handing_people  # سلمت إسرائيل، عبر …، أربعة مواطنين
            # لإطلاق 20 سعودياً، مبادلة 12 منهم: a word of releasing or of exchanging (the root
            # بدل: تبادل، مبادلة، يتبادلان) whose people are its direct object
            handing = handing or action.start in self.direct_release
            handing = handing or (
                "بادل" in action.word
                and (q_start <= action.end + 1 or self._only_hedges(action.end, q_start))
            )  # right after the word of exchanging, with at most a hedge between
            handing = handing or (
                action.word in self.analysis.word_set("exchange_return_nouns")
                and (q_start <= action.end + 1 or self._only_hedges(action.end, q_start))
            )  # عودة أربعة من موظفي المحطة: the people who come back, right after the noun
            handing = handing or self._hands_a_group(action, q_start, q_end)
            if (
                marker not in ("عن", "سراح")
                and not action.word.endswith(("عن", "سراح"))
                and not handing
            ):
                return None
            if before and before[0][1] < action.end and not handing:
                return None  # only the action itself stands before the number
            apposed = any(
                c.end <= q_start
                and not has_break(text, c.end, q_start)
                and len(tokens(text, c.end, q_start)) <= 4
                for c in self.count_markers
            )  # سراح موظفيها المحتجزين، والبالغ عددهم نحو 59 موظفاً
            if (
                marker not in ("عن", "سراح", "من")  # طاقم سفينة مؤلف من خمسة صيادين
                and not handing
                and not apposed
                and not self._only_hedges(action.end, q_start)
            ):
                return None  # الإفراج عن مخصصات متأخرة لصالح 350 عاملاً: funds, no people
            following = tokens(text, q_end, min(len(text), q_end + 30))[:1]
            if marker in ("عن", "سراح") and self._bare_count(q_start, q_end, following):
                # أُفرج عن اثنين بفضل الخط الساخن، لم يُفرج إلا عن خمسة: people told before
                return self._some_of_them(action, q_end, q_end)
            if not following or has_break(text, q_end, following[0][0]):
                return None
            w_start, w_end = following[0]
            word = text[w_start:w_end]
            if word == "منها" and self._after_exception(action, q_start):
                # ولم تسلّم حتى اليوم سوى عشرة منها: some of the bodies counted before
                return self._some_of_the_bodies(action, w_start, w_end)
            if word in ("منهم", "منهن") or bare(word) in self.others:
                # اعتقلت 15 فلسطينياً …، وأفرجت عن خمسة منهم؛ ونطالب بالإفراج عن ستة آخرين
                some = self._some_of_them(action, w_start, w_end)
                held_as = self._held_label_after(w_end)
                if some is None and held_as is not None:
                    # عن خمسة منهم لا يزالون محتجزين، عن 19 آخرين ما زالوا محتجزين: with no
                    # group counted before, the predicate of being held tells who they are
                    return Cue(w_start, w_end, word, held_as)
                return some
            group = self._group_after(w_start, w_end) if word == "من" else None
            if group is not None:  # عن 52 من قادة المعارضة، سبعة من أبناء القبيلة
                w_start, w_end = group
                word = text[w_start:w_end]
            people = word in self.persons or bare(word) in self.persons or group is not None
            nisba = _nisba(word)  # سعودياً، إيرانيين
            held = self._held_after(w_end)  # اثني عشر راعياً … كانوا محتجزين لدى السلطات
            demonym = self._demonym_at(w_start)
            if not (people or nisba or demonym or held):
                return None
            # the kind named last in the sentence: a kind named in another sentence is another
            # exchange's (طالبت طهران بالإفراج عن إيرانيين محتجزين … . أُفرج بموجبها عن خمسة
            # أميركيين مقابل خمسة إيرانيين: no kind, detainees); with none before, the kind
            # of the swap's other half after مقابل (20 سعودياً مقابل 250 من عناصر الجماعة)
            sent_start, sent_end = sentence_range(self.analysis, action.start)
            previous = [k for k in self.kinds if sent_start <= k.start and k.end <= action.start]
            if not previous and not people:
                previous = self._other_half_kind(w_end, sent_end)
            held = held or self._held_by_verb(w_end)  # 23 أرمنياً، بينهم …، تحتجزهم باكو
            label = ExchangeKind.DETAINEES.value if held else _people_kind(previous, people)
            if self._held_label_after(w_end) == ExchangeKind.HOSTAGES.value:
                label = ExchangeKind.HOSTAGES.value  # ثلاثين شخصاً لا يزالون في قبضتها
            elif self._kidnapped_after(Cue(w_start, w_end, word, label)):
                # ثلاثة عمال أتراك خطفوا في ليبيا، سبعة صيادين اختطفتهم الجماعة: kidnapped
                label = (
                    ExchangeKind.DETAINEES.value
                    if self._kidnapped_are_detainees
                    else ExchangeKind.HOSTAGES.value
                )
            return Cue(w_start, w_end, word, label)
        return None

    def _people_counted_after(self, action: Cue, limit: int) -> Cue | None:
        """People released with their number after them: عن مواطنين فرنسيين اثنين.

        Right after عن / سراح (or a bare verbal noun of releasing: لإطلاق) a noun of people
        (``exchange_persons``), one or two demonyms, then a number: the returned cue covers
        the people and their nationality, and the number right after it is their count. Two
        people of a nation told by the dual of its demonym (عن أمريكيَّين اثنين, see
        :meth:`_pair_of_a_nation`) are counted so too.
        """
        text = self.text
        spans = self._after_release_marker(action, min(limit, action.end + 80), 8)
        if spans is None and action.start in self.direct_release:
            spans = self.analysis.words_in(action.end, min(limit, action.end + 80))[:8]
        if not spans or len(spans) < 2 or _sentence_break(text, action.end, spans[0][0]):
            return None
        word = text[spans[0][0] : spans[0][1]]
        previous = [k for k in self.kinds if k.end <= action.start]
        label = previous[-1].label if previous else ExchangeKind.DETAINEES.value
        if word not in self.persons and bare(word) not in self.persons:
            pair = self._pair_of_a_nation(spans)  # عن أمريكيَّين اثنين: two of a nation
            if pair is None:
                return None
            self.counted_after[spans[0][0]] = pair
            held = self._held_label_after(pair[1])  # أمريكيَّين اثنين لا يزالان محتجزين
            return Cue(spans[0][0], spans[0][1], word, held or label)
        index = 1
        while index < min(len(spans), 3) and not has_break(text, spans[0][1], spans[index][0]):
            w_start, w_end = spans[index]
            nisba = w_end - w_start >= 5 and text[w_start:w_end].endswith(("يين", "يون"))
            if not nisba and not self._demonym_at(w_start):
                break
            index += 1
        if index >= len(spans):
            return None
        end = spans[index - 1][1]  # no demonym: عن صحفيين اثنين
        number = next((q for q in self.numbers if end < q[0] <= end + 2), None)
        if number is None or self._is_vague(text[number[0] : number[1]]):
            return None
        self.counted_after[spans[0][0]] = number
        # a noun of people (مواطنين، صحفيين) names civilians: detainees, or hostages after
        # hostages, as for people released with no kind noun (see _people_kind)
        return Cue(spans[0][0], end, text[spans[0][0] : end], _people_kind(previous, True))

    def _listed_in_papers(self, start: int, number: int) -> bool:
        """Whether the number counts the names on a list or a paper, not people handed over.

        "سلّمت إسلام آباد قائمة بـ246 هندياً"، "سلّم الوفد كشفاً بأسماء 300 محتجز": a noun of
        documents (``exchange_kind_documents``, ``exchange_documents_exchanged``) between the action and the number, with at
        most بـ or بأسماء between it and the number: the people are what the paper names
        (tools/blind/CONVENTIONS.md codes a list handed over by one side as no exchange of
        the people; a demand for them is read from its own words).
        """
        text = self.text
        papers = self.analysis.word_set("exchange_kind_documents") | self.documents_exchanged
        words = tokens(text, start, number)[-3:]
        for index, (w_start, w_end) in enumerate(words):
            word = text[w_start:w_end]
            if not {word, word.removesuffix("ا"), bare(word)} & papers:
                continue  # قائمة، كشفاً (the accusative alef), بقائمة
            between = [text[s:e] for s, e in words[index + 1 :]]
            rest = text[w_end:number].replace("ـ", "").strip()
            if rest in ("ب", "") or between in (["باسماء"], ["ب"]):
                return True
        return False

    def _marker_before(self, action: Cue, number: int) -> list[tuple[int, int]]:
        """The word right before a number after an action, past «آخر» (the last).

        "لم تفرج عن آخر 404 منهم إلا في …"، "أطلقت سراح آخر 12 منهم": «آخر»
        (``exchange_before_count``) stands between عن / سراح and the number without
        changing what governs it.
        """
        words = tokens(self.text, max(action.start, number - 24), number)
        while (
            len(words) > 1
            and self.text[words[-1][0] : words[-1][1]] in self.before_count
            and not has_break(self.text, words[-2][1], number)
        ):
            words = words[:-1]
        return words[-1:]

    def _after_exception(self, action: Cue, number: int) -> bool:
        """Whether a particle of exception after the action's past negation governs the number.

        "لم تسلّم … سوى عشرة منها": what was done, told by «لم … إلا / سوى» (see
        :meth:`_restricted_negation`), with the particle right before the number or before
        its عن (لم تفرج … إلا عن ثمانية منهم).
        """
        if self._restricted_negation(action) is None:
            return False
        words = tokens(self.text, action.end, number)[-2:]
        return any(self.text[s:e] in self.exceptions for s, e in words)

    def _hands_a_group(self, action: Cue, q_start: int, q_end: int) -> bool:
        """Whether a verbal noun of returning or handing over takes counted people of a group.

        "إعادة 23 من عمال النفط"، "تسليم 40 من عناصرها": إعادة / تسليم (no article) with the
        number right after it (a hedge may stand between), then من and a noun of a group of
        people (see :meth:`_group_after`): the people are its direct object.
        """
        if bare(action.word) not in ("اعاده", "تسليم") or not self._only_hedges(
            action.end, q_start
        ):
            return False
        after = tokens(self.text, q_end, min(len(self.text), q_end + 12))[:1]
        return (
            bool(after)
            and self.text[after[0][0] : after[0][1]] == "من"
            and self._group_after(*after[0]) is not None
        )

    def _group_after(self, start: int, end: int) -> tuple[int, int] | None:
        """The noun of a group of people right after the من of a partitive, if it is one.

        "عن 52 من قادة المعارضة"، "سراح سبعة من أبناء القبيلة"، "إعادة 500 من مدافعينا": a
        plural noun of people by their place in a group (``exchange_group_nouns``), in the
        construct, with the article or with a possessive pronoun, right after من: the number
        counts them.
        """
        following = self.analysis.words_in(end, min(len(self.text), end + 30))[:1]
        if not following or has_break(self.text, end, following[0][0]):
            return None
        w_start, w_end = following[0]
        word = bare(self.text[w_start:w_end])
        stems = {word, regex.sub(r"(?:هما|هم|هن|ها|نا|ه)$", "", word)}
        stems |= {w + "ن" for w in stems if w.endswith("ي")}  # مدافعينا → مدافعي → مدافعين
        groups = self.analysis.word_set("exchange_group_nouns")
        return (w_start, w_end) if stems & groups else None

    def _bare_count(self, q_start: int, q_end: int, following: list[tuple[int, int]]) -> bool:
        """Whether a number after عن / سراح stands alone, counting people told before.

        "في الشهر الماضي أُفرج عن اثنين بفضل الخط الساخن"، "أفرجوا عن 9 فقط"، "ولم يُفرج منذ
        آذار إلا عن خمسة.": no noun follows the number, only the clause's end or a word that
        opens no noun of its own (``exchange_bare_count_after``: فقط، بفضل، منذ). Elliptic,
        like «عن خمسة منهم»: the people are those of the group named before. A vague number
        (عشرات، آلاف) counts no one.
        """
        if self._is_vague(self.text[q_start:q_end]):
            return False
        if not following or has_break(self.text, q_end, following[0][0]):
            return True
        word = self.text[following[0][0] : following[0][1]]
        return word in self.analysis.word_set("exchange_bare_count_after")

    def _held_after(self, position: int) -> bool:
        """Whether the people counted before ``position`` are told held in their clause.

        "الإفراج عن اثني عشر راعياً من قبيلة المسيرية كانوا محتجزين": a noun of detainees
        (the held, the arrested) within the clause after them. Then any noun counted right
        after عن / سراح is people released, detainees.
        """
        return self._held_label_after(position) == ExchangeKind.DETAINEES.value

    def _held_by_verb(self, position: int) -> bool:
        """Whether a verb of holding with the people as its pronoun follows in the sentence.

        "بالإفراج عن 23 أرمنياً، بينهم قادة سابقون في الإقليم، تحتجزهم باكو" (``exchange_holding``).
        """
        return any(
            0 <= c.start - position <= 100 and not _sentence_break(self.text, position, c.start)
            for c in self.holding
        )

    def _held_label_after(self, position: int) -> str | None:
        """The kind of the first noun of the held in the clause after ``position``, if any.

        Detainees (كانوا محتجزين، رهن الاحتجاز) or hostages (لا يزالون في قبضتها).
        """
        held = (ExchangeKind.DETAINEES.value, ExchangeKind.HOSTAGES.value)
        found = next(
            (
                k
                for k in self.kinds
                if k.label in held
                and 0 <= k.start - position <= 60
                and not has_break(self.text, position, k.start)
            ),
            None,
        )
        if found is None or found.word.endswith("ه"):
            # 40 حاوية محتجزة، 12 شاحنة كانت محتجزة: a plural of things agrees in the feminine
            # singular; people held are محتجزين، كانوا محتجزين
            return None
        if any(
            bare(self.text[s:e]) in self.in_return
            for s, e in self.analysis.words_in(position, found.start)
        ):
            return None  # 20 سعودياً مقابل 250 من عناصر …: the other side's people, not theirs
        return found.label

    def _released_person(self, action: Cue, limit: int) -> Cue | None:
        """One civilian released, named by what they do, right after عن / سراح.

        "الإفراج عن السياسي البارز محمد قحطان"، "أطلقت سراح صحفي أمريكي": a singular noun
        of ``exchange_person_roles`` (with or without the article) is the object of the
        release: one detainee. A subject may stand between the verb and عن (أفرجت السلطات
        عن الناشط).
        """
        text = self.text
        spans = self._after_release_marker(action, min(limit, action.end + 60), 5)
        if not spans or self._broken_before_object(action, spans[0][0]):
            return None
        w_start, w_end = spans[0]
        word = text[w_start:w_end]
        if word not in self.person_roles and bare(word) not in self.person_roles:
            return self._nationals_named(action, w_start, w_end)
        self.one_person.add(w_start)
        return Cue(w_start, w_end, word, ExchangeKind.DETAINEES.value)

    def _broken_before_object(self, action: Cue, start: int) -> bool:
        """Whether a clause break parts the action from its object starting at ``start``.

        A time phrase between two commas after the subject is no break (أفرجت السلطات، مساء
        الثلاثاء، عن الصحفي …: see :meth:`_time_between_commas`).
        """
        if not has_break(self.text, action.end, start):
            return False
        aside = self._time_between_commas(action.end, self.analysis.words_in(action.end, start))
        return (
            aside is None
            or has_break(self.text, action.end, aside[0])
            or has_break(self.text, aside[1], start)
        )
