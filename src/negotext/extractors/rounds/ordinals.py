"""The ordinal of a round: which round it is (الجولة الثالثة، أول اجتماع، هي الأولى).

An ordinal may stand after the noun, before it in construct, past adjectives of the talks
or the place the round is named by, or in apposition after a clause break; an ordinal that
counts times met (للمرة الثالثة), rounds since an event (منذ) or a noun of its own (في زيارة
هي السابعة) is read for what it counts.
"""

from __future__ import annotations

import regex

from negotext.ar.ordinals import _AFTER_MASCULINE, _AFTER_NOUN, _BEFORE_NOUN, Ordinal
from negotext.extractors._common import bare, has_break
from negotext.extractors.rounds.dates import _Dates
from negotext.extractors.rounds.mention import _Mention, _starting_within
from negotext.extractors.rounds.text import _previous_words
from negotext.extractors.rounds.words import (
    APPOSITION_WINDOW,
    ASIDE,
    ATTRIBUTE_WINDOW,
    CLAUSE_PUNCTUATION,
    DEMONSTRATIVES,
    KIND_WINDOW,
    NEXT_WORDS,
    RELATIVES,
    SINCE_WORDS,
)
from negotext.records import Entity, EntityKind

#: Indefinite ordinals after a round noun and its complement (``data/ordinals.json``): the
#: feminine ones after a feminine noun (جولة محادثات ثالثة، جولة حوار أولى), the masculine
#: ones after a masculine noun (مؤتمر برلين ثالث، لقاء قمة أول); أولى and أول are the
#: before-noun list's first, told apart by the feminine ending.
ORDINALS_AFTER_FEMININE = _AFTER_NOUN | {
    w: v for w, v in _BEFORE_NOUN.items() if v == 1 and w.endswith("ي")
}
ORDINALS_AFTER_MASCULINE = _AFTER_MASCULINE | {
    w: v for w, v in _BEFORE_NOUN.items() if not (v == 1 and w.endswith("ي"))
}

#: A bare number right after the venue a conference is named by, in the quotes that name it
#: or with none (مؤتمر "برلين 3"، مؤتمر برلين 2), ended by no further digit or word.
EDITION_NUMBER = regex.compile(r'[ -]?(\d{1,2})(?!\d)"?(?![\w-])')
#: The highest edition number read as an ordinal: above it a number after a city is more
#: likely a count or a date.
EDITION_MAX = 20

#: How far past a verb of meeting or receiving the ordinal of the visit it is told as may
#: stand when it opens the phrase right after the verb's clause (استقبل وزير الدفاع … في
#: الرياض وفداً حوثياً برئاسة …، في ثاني زيارة من نوعها): past its subject, venue and object.
VISIT_ORDINAL_REACH = 170

#: How far past a verb of meeting its "للمرة الرابعة" may stand in the verb's own clause, past
#: a subject of two parties named with their titles and the venue (جلس وزير الخارجية … ووزير
#: الشؤون الاستراتيجية … في باريس للمرة الرابعة); past a clause break it must stand nearer.
TIMES_REACH = 160

#: How far past a round noun the verb of meeting of its own clause may stand (لقاءات المنامة
#: السرية في يناير 2024 التي جمعت؛ مفاوضات شاقة استمرت ثلاثة أيام، وجلس فيها).
SITTING_CLAUSE_REACH = 60

#: The round's pronoun after a verb of meeting in a clause of its own: the clause tells where
#: the round's parties sat (وجلس فيها الوفدان، التقيا فيه).
RESUMPTIVE_PRONOUNS = frozenset({"فيها", "فيه"})

#: The feminine demonstrative before a copula (، وهذه هي المرة الثانية منذ …).
THIS_WORDS = frozenset({"هذه", "وهذه"})

#: The copula كان in the future and the subjunctive (ستكون، سيكون، تكون، يكون، لتكون): "،
#: ستكون الأولى منذ …"، "، تكون الأولى هناك منذ …" tell the count of a round to come, as
#: "، وهي الأولى منذ …" tells it of one held.
FUTURE_COPULAS = frozenset(
    {"ستكون", "وستكون", "سيكون", "وسيكون", "لتكون", "ليكون", "تكون", "وتكون", "يكون", "ويكون"}
)

#: Words that carry an ordinal after a clause break: "، وهي الأولى منذ …".
ORDINAL_COPULAS = (
    frozenset(
        {"هي", "هو", "وهي", "وهو", "كانت", "كان", "وكانت", "وكان", "تعد", "وتعد", "يعد", "ويعد"}
        | {"تعتبر", "وتعتبر", "يعتبر", "ويعتبر"}
    )
    | FUTURE_COPULAS
)  # (the future and the verbs of counting as: وهو لقاء إن عُقد سيكون الأول منذ …)

#: The copulas that carry an ordinal far past a long round only right after a comma (جولة
#: جديدة من الحوار …، هي الخامسة; لقاء … في نيسان، سيكون الأول بينهما منذ …): with و they
#: may open the apposition with no comma (…، وهو الثاني).
FAR_COPULAS = frozenset({"هو", "هي", "كان", "كانت"}) | {
    w for w in FUTURE_COPULAS if not w.startswith("و")
}


class _Ordinals(_Dates):
    """The reader's ordinals."""

    def _ordinal(
        self, mention: _Mention, sent_start: int, sent_end: int, previous_end: int, next_start: int
    ) -> tuple[int, int] | None:
        """Set the ordinal or relative reference (الجولة الثالثة، أول اجتماع، هي الأولى).

        Returns the range of the ordinal found, for the evidence.
        """
        text = self.text
        best: tuple[int, int, Ordinal] | None = None
        for o_start, o_end, ordinal in sorted(self.ordinals, key=lambda o: o[2].value is None):
            if o_start < sent_start or o_end > sent_end:
                continue
            if any(d_start <= o_start < d_end for d_start, d_end, _ in self.dates):
                continue  # الجمعة الماضية: a date, not the round's place in a series
            if _previous_words(self.analysis, o_start, 1) == ["ال"]:
                continue  # محمد بن عبد الرحمن آل ثاني عقد لقاء: a family's name, no ordinal
            before = (
                previous_end <= o_start
                and o_end <= mention.start
                and mention.start - o_end <= 14
                and not has_break(text, o_end, mention.start)
                and not text.startswith("ال", o_start)  # المرحلة الثانية من المحادثات: the phase's
            )  # أول اجتماع، ثالث جولة
            inside = mention.start <= o_start < mention.end  # الجولة الثالثة من المفاوضات
            after = False
            if mention.end <= o_start <= min(mention.end + 40, next_start):
                gap = [text[a:b] for a, b in self.analysis.words_in(mention.end, o_start)]
                if not has_break(text, mention.end, o_start) and (
                    all(word in ORDINAL_COPULAS for word in gap)
                    or self._adjective_gap(gap, text[o_start:o_end])
                    or self._agreeing_adjective_gap(mention, gap, text[o_start:o_end], ordinal)
                    or self._talks_adjectives(gap, text[o_start:o_end])
                    or self._place_in_construct(mention, o_start)
                ):
                    after = True  # الجولة الثالثة، مفاوضات هي الأولى (not: مفاوضات المرحلة الثانية)
                    if gap and gap[0] in ORDINAL_COPULAS and mention.definite:
                        mention.appositive = True  # الجولة هي الثانية: the round just told
                else:
                    words = _previous_words(self.analysis, o_start, 1)
                    copula = self._as_copula(words[0]) if words else ""
                    after = (
                        copula in ORDINAL_COPULAS
                        and self._pronoun_agrees(mention, copula, text[o_start:o_end])
                        and (not mention.plural or copula.lstrip("و") in ("هو", "هي"))
                    )  # ، وهي الأولى (not: لقاء …، وهي الثالثة من نوعها: another noun's; after
                    # a plural only هي/هو: خمس جولات …، وكانت الأولى في …: one of them)
                    if (
                        not after
                        and mention.definite
                        and (
                            text[mention.end : o_start].strip() == ","
                            or ASIDE.fullmatch(text[mention.end : o_start].strip())
                        )
                        and text.startswith("ال", o_start)
                    ):
                        after = True  # الاجتماع، الرابع من نوعه، …; الاجتماع، بصيغة …، الثاني
                    mention.appositive = after
            elif (
                mention.end + 40
                < o_start
                <= min(
                    mention.end
                    + (KIND_WINDOW if self._counts_rounds(o_end) else APPOSITION_WINDOW),
                    next_start,
                )
            ):
                words = _previous_words(self.analysis, o_start, 1)
                lead_text = text[max(0, o_start - 12) : o_start].rstrip()
                copula = self._as_copula(words[0]) if words else ""
                after = (
                    bool(words)
                    and (
                        words[0] in ("وهو", "وهي", "وكان", "وكانت")  # long name، وهو الثاني
                        or (
                            words[0] in FAR_COPULAS
                            and lead_text.removesuffix(words[0]).rstrip().endswith(",")
                        )  # جولة جديدة من الحوار …، هي الخامسة; اجتماعاً …، كان الثاني من نوعه
                        or (copula != words[0] and has_break(text, mention.end, o_start))
                    )  # لقاء … في أبوظبي في …، وُصف بأنه الأول من نوعه
                    and (
                        copula.lstrip("و") in ("هو", "هي")
                        or (self._copula_agrees(mention, copula) and not mention.plural)
                    )
                    and self._pronoun_agrees(mention, copula, text[o_start:o_end])
                )
                mention.appositive = after
            if after and self._other_nouns_ordinal(o_start):
                after = False  # للقاء الرئيس، في زيارة هي السابعة له: the visit's
                mention.appositive = False
            if before or inside or after:
                best = (o_start, o_end, ordinal)
                break
        if best is None and not mention.verb:
            best = self._ordinal_after_complement(mention, min(sent_end, next_start))
        if best is None and not mention.verb:
            best = self._edition_number(mention, min(sent_end, next_start))
        if best is None and mention.verb:
            best = self._time_ordinal(mention.end, min(sent_end, next_start))
        if best is None and not mention.verb:
            sitting = self._own_sitting_end(mention.end, min(sent_end, next_start))
            if sitting is not None:  # لقاءات … التي جمعت لأول مرة …؛ مفاوضات …، وجلس فيها
                best = self._time_ordinal(sitting, min(sent_end, next_start))
        apposition_end = self._apposition_end(sent_end, next_start)
        if best is None or self._only_new(best[2]):  # (جولة جديدة …، في ثاني زيارة من نوعها)
            best = self._visit_ordinal(mention.end, apposition_end) or best
        if best is None or self._only_new(best[2]):
            best = self._contact_ordinal(mention.end, apposition_end) or best
        if best is None and self._previous_after(mention.start):
            mention.relative = "previous"  # جولة سابقة من المفاوضات
        if best is None and self._last_before(mention.start):
            mention.latest = True  # وكان آخر لقاء بين الزعيمين قد عُقد في X
        following = self.analysis.words_in(mention.end, min(len(text), mention.end + 12))[:1]
        if best is None and following and text[following[0][0] : following[0][1]] in NEXT_WORDS:
            mention.relative = "next"  # في جولة مقبلة: indefinite, but still the next one
        if best is not None:
            ordinal = best[2]
            mention.ordinal = ordinal.value
            mention.relative = ordinal.relative
            mention.since = ordinal.value is not None and self._counted_since(
                max(best[1], mention.end), sent_end
            )  # (وهو ثالث اجتماع تعقده اللجنة منذ: past the noun the ordinal is in construct with)
            mention.supposed = mention.since and self._told_as_scheduled(sent_start, mention.start)
            previous = _previous_words(self.analysis, mention.start, 1)
            if previous and (previous[0] in DEMONSTRATIVES or previous[0] in self.framework):
                mention.appositive = True  # وهذه هي الجولة الثامنة، في إطار الجولة السادسة
            if (
                previous == ["في"]
                and previous_end > sent_start
                and self.text[: mention.start].rstrip()[:-2].rstrip().endswith(",")
            ):  # استأنف الوفدان المحادثات في جدة، في الجولة الثانية من "منبر جدة": that round
                mention.appositive = True
            if best[1] <= mention.start and not text.startswith("ال", best[0]):
                mention.definite = (
                    True  # خامس لقاء: an ordinal in construct makes the noun definite
                )
                lead = _previous_words(self.analysis, best[0], 1)
                if lead == ["في"] and previous_end > sent_start:
                    mention.appositive = True  # التقى المبعوثان …، في خامس لقاء بينهما
                if self._frames_round_told(best[0], previous_end, sent_start):
                    mention.appositive = True  # يصل الوفد لعقد لقاءات …، في إطار ثاني اجتماع
                    mention.place = self._clause_venue(best[0], sent_start) or mention.place
                if lead == ["في"] and self._opens_apposition(best[0]):
                    mention.place = self._clause_venue(best[0], sent_start) or mention.place
                if lead and lead[0] in ORDINAL_COPULAS and previous_end > 0:
                    mention.appositive = True  # عقدت اللجنة اجتماعها …، وهو ثاني اجتماع
            return best[0], best[1]
        return None

    def _ordinal_after_complement(
        self, mention: _Mention, limit: int
    ) -> tuple[int, int, Ordinal] | None:
        """An indefinite ordinal after the round noun's complement in construct (جولة محادثات
        ثالثة، جولة مباحثات ثانية، جولة حوار أولى، مؤتمر برلين ثالث، لقاء قمة ثانٍ): the
        ordinal agrees in gender with the head noun, not with the complement, so it is the
        round's. The complement is the talks noun of the trigger itself, or one more talks
        noun or place right after it; the ordinal is the feminine form after a feminine
        head (جولة، قمة) or the masculine one after a masculine head (مؤتمر، اجتماع، لقاء)."""
        text = self.text
        head = bare(text[mention.start : mention.end].split()[0])
        feminine = head.endswith("ه")
        table = ORDINALS_AFTER_FEMININE if feminine else ORDINALS_AFTER_MASCULINE
        words = self.analysis.words_in(mention.end, min(limit, mention.end + 40))[:2]
        talks = self.analysis.word_set("round_nouns") | self.analysis.word_set("round_dialogue")
        construct = len(text[mention.start : mention.end].split()) > 1
        for index, (a, b) in enumerate(words):
            if has_break(text, mention.end, a):
                return None
            word = text[a:b]
            if index == 0 and not construct:
                if bare(word) in talks or any(
                    p_start == a and entity.kind == EntityKind.PLACE
                    for p_start, _, entity in _starting_within(self.places, a, b)
                ):
                    construct = True  # جولة حوار، مؤتمر برلين: the complement, then the ordinal
                    continue
                if self._agrees_as_adjective(mention, word):
                    construct = True  # اجتماع موسع ثالث، جولة مراجعة رابعة: one word between
                    continue
                return None
            value = table.get(word)
            if value is None or not construct:
                return None
            span = self.analysis.span(a, b)
            return a, b, Ordinal(self.analysis.slice(span), span, value)
        return None

    def _edition_number(self, mention: _Mention, limit: int) -> tuple[int, int, Ordinal] | None:
        """The number a conference is named by after its venue, right after the round noun
        (مؤتمر "برلين 3"، اجتماع «جنيف ٢»، مؤتمر برلين 2): a series named by its city counts
        its editions by a bare number after the name, as جنيف الثانية counts them by an
        ordinal, so the number is the round's ordinal, and the place in the name its venue.
        Only a small number right after the place, in the quotes that name it or with none:
        not a count or a year."""
        text = self.text
        for p_start, p_end, entity in _starting_within(self.places, mention.end, mention.end + 3):
            if entity.kind != EntityKind.PLACE or text[mention.end : p_start].strip(' "') != "":
                continue
            number = EDITION_NUMBER.match(text, p_end, limit)
            if number is None:
                continue
            value = int(number.group(1))
            if not 1 <= value <= EDITION_MAX:
                return None
            if mention.place is None:  # مؤتمر "برلين 3": the name is the venue's too, in
                mention.place = entity  # construct with the noun though the quotes part them
                mention.construct = True
            span = self.analysis.span(*number.span(1))
            return *number.span(1), Ordinal(self.analysis.slice(span), span, value)
        return None

    def _counted_since(self, position: int, limit: int, *, reach: int = 40, words: int = 4) -> bool:
        """Whether منذ follows within ``words`` words (``reach`` characters) of its clause (أول
        جولة تُعقد منذ، الثانية منذ، أول لقاء بينهما منذ; past a noun's adjectives and parties
        with a wider reach: أول تواصل رفيع المستوى بين البلدين منذ): the ordinal counts from
        that event on."""
        spans = self.analysis.words_in(position, min(limit, position + reach))
        for w_start, w_end in spans[:words]:
            if has_break(self.text, position, w_start):
                return False
            if self.text[w_start:w_end] in SINCE_WORDS:
                return True
        return False

    def _told_as_scheduled(self, start: int, end: int) -> bool:
        """Whether a schedule told in the past stands between ``start`` and ``end`` (كان من
        المفترض أن يكون، كان مقرراً أن تكون، وكانت يُفترض): كان or كانت and, within the two
        words after it, a word of schedule (``round_schedule_stems``). A count told so is of
        a round that was to sit, perhaps one called off, not one that sat."""
        stems = self.analysis.lexicon("round_schedule_stems")
        words = [self.text[a:b] for a, b in self.analysis.words_in(start, end)]
        return any(
            word.removeprefix("و") in ("كان", "كانت")
            and any(stem in after for after in words[index + 1 : index + 3] for stem in stems)
            for index, word in enumerate(words)
        )

    def _other_nouns_ordinal(self, o_start: int) -> bool:
        """Whether the copula before an ordinal describes a noun of its own after في, not a
        round (في زيارة هي السابعة له، في خطوة هي الأولى من نوعها، في زيارة وُصفت بأنها
        الأولى): that noun's ordinal."""
        words = self.analysis.words_in(max(0, o_start - 50), o_start)[-3:]
        last = self.text[slice(*words[-1])] if words else ""
        if self._as_copula(last) != last:  # في زيارة وُصفت بأنها: past the verb of describing
            described = self.analysis.words_in(max(0, o_start - 60), o_start)[-4:]
            words = [*described[:2], described[-1]] if len(described) == 4 else []
        if len(words) < 3 or has_break(self.text, words[0][0], o_start):
            return False
        preposition, _, copula = (self.text[a:b] for a, b in words)
        return (
            preposition in ("في", "وفي")
            and self._as_copula(copula) in ("هي", "هو")
            and words[1][0] not in self.trigger_cues
            and not self.text.startswith("ال", words[1][0])
            and not any(
                p_start == words[1][0] and p_end <= words[1][1] + 1
                for p_start, p_end, _ in _starting_within(self.places, words[1][0], words[1][1])
            )  # اجتماعاً في جيبوتي هو الأول منذ عامين: the venue has no ordinal, the round has
        )

    def _place_in_construct(self, mention: _Mention, o_start: int) -> bool:
        """Whether only the place the round is named by parts it from a definite ordinal
        (جولة جنيف الثانية، اجتماع الناقورة الثاني، مؤتمر برلين الثالث): the noun in
        construct takes the article of its place, and the ordinal agrees with the noun."""
        if mention.definite or not self.text.startswith("ال", o_start):
            return False
        return any(
            p_start == mention.end + 1 and self.text[p_end:o_start] == " "
            for p_start, p_end, entity in _starting_within(self.places, mention.end, o_start)
            if entity.kind == EntityKind.PLACE
        )

    def _time_ordinal(self, end: int, limit: int) -> tuple[int, int, Ordinal] | None:
        """The ordinal of "للمرة الثالثة" in a meeting verb's clause (تجتمع اللجنة للمرة الثالثة،
        التقى الرئيسان للمرة الأولى): how many times they have met, past the verb's subject.

        Only for a verb of meeting: after a round noun it may tell someone else's first
        time (يشارك في الاجتماع للمرة الأولى مدني).
        """
        for o_start, o_end, ordinal in self.ordinals:
            if not end <= o_start <= min(limit, end + TIMES_REACH):
                continue
            opening = self._times_adverbial(o_start, o_end)
            if ordinal.value is None or opening is None:
                continue
            if o_start > end + ATTRIBUTE_WINDOW + 20 and has_break(self.text, end, opening):
                continue  # (past a long subject and venue only in the verb's own clause)
            if has_break(self.text, end, opening):
                told = self._after_comma(opening)
                if told is None:
                    continue  # التقى الرئيسان في جنيف، للمرة الأولى منذ …: a comma only
                if told and not self._counted_since(o_end, len(self.text)):
                    continue  # …، وهي المرة الأولى التي يزور فيها X البلد: someone's visit

            if any(self.text[a:b] in RELATIVES for a, b in self.analysis.words_in(end, opening)):
                continue  # التقيا في اجتماع سيشارك فيه للمرة الأولى مدنيون: another verb's
            return o_start, o_end, ordinal
        return None

    def _own_sitting_end(self, end: int, limit: int) -> int | None:
        """Where the verb of meeting that tells a round noun's own sitting ends, if one follows
        it (لقاءات المنامة … التي جمعت لأول مرة مسؤولين …؛ كانت مفاوضات شاقة …، وجلس فيها
        الوفدان … للمرة الأولى منذ …): a verb of bringing together, sitting or meeting
        (``round_gathering``, ``round_sit``, ``round_meet_past``) right after a relative
        pronoun, or carrying the round's pronoun after it (جلس فيها، التقيا فيه), within
        ``SITTING_CLAUSE_REACH`` past the noun and at most one clause break. Its "للمرة
        الأولى" counts the round's sittings, as a meeting verb's does; another verb's
        clause (شارك فيه للمرة الأولى مدنيون) counts someone's own first time."""
        text = self.text
        meeting = (
            self.analysis.word_set("round_gathering")
            | self.analysis.word_set("round_sit")
            | self.analysis.word_set("round_meet_past")
        )
        words = self.analysis.words_in(end, min(limit, end + SITTING_CLAUSE_REACH))
        for index, (a, b) in enumerate(words):
            if text[a:b].removeprefix("و") not in meeting:
                continue
            if len(CLAUSE_PUNCTUATION.findall(text, end, a)) > 1:
                return None
            before = text[slice(*words[index - 1])] if index else ""
            after = text[slice(*words[index + 1])] if index + 1 < len(words) else ""
            if before in RELATIVES and not has_break(text, words[index - 1][1], a):
                return b  # التي جمعت
            if after in RESUMPTIVE_PRONOUNS and not has_break(text, b, words[index + 1][0]):
                return words[index + 1][1]  # وجلس فيها
            return None  # the first verb of meeting only
        return None

    def _visit_ordinal(self, end: int, limit: int) -> tuple[int, int, Ordinal] | None:
        """The ordinal of the visit a round is told as, in apposition after its clause
        (استقبلت وفداً حوثياً في الرياض في سبتمبر، في أول زيارة علنية من نوعها؛ التقى الوزيران
        في الرباط، وكانت تلك أول زيارة رسمية منذ القطيعة؛ وصل وفد … لإجراء جولة جديدة من
        المحادثات …، في ثاني زيارة علنية من نوعها): the visit is the meeting told, or the trip
        its talks are held on, so its count is the round's. Only an ordinal in construct with a
        noun of a trip (``round_trip_nouns``) after one clause break (في، وهي، تلك before it),
        near the verb: a visit told in the verb's own clause (التقى … في أول زيارة له) may
        be someone's own, and one told after a further clause counts a later trip."""
        trips = self.analysis.word_set("round_trip_nouns")
        for o_start, o_end, ordinal in self.ordinals:
            reach = min(limit, end + VISIT_ORDINAL_REACH)
            if not end <= o_start <= reach or ordinal.value is None:
                continue
            if len(CLAUSE_PUNCTUATION.findall(self.text, end, o_start)) != 1:
                continue  # (التقينا في مسقط، وقبلها زار X صنعاء، ثم زار وفدنا الرياض، وكانت تلك
                # أول زيارة: the last visit's count, not the meeting told first)
            if o_start > end + ATTRIBUTE_WINDOW and not self._opens_apposition(o_start):
                continue  # past a long clause, only the phrase the break opens: ، في ثاني زيارة
            following = self.analysis.words_in(o_end, min(len(self.text), o_end + 14))[:1]
            if not following or bare(self.text[slice(*following[0])]) not in trips:
                continue
            if _previous_words(self.analysis, o_start, 1) not in (["في"], ["وهي"], ["تلك"]):
                continue
            if not has_break(self.text, end, o_start):
                continue
            return o_start, o_end, ordinal
        return None

    def _contact_ordinal(self, end: int, limit: int) -> tuple[int, int, Ordinal] | None:
        """The ordinal of the contact a round is told as, in apposition after its clause, counted
        since an event (انطلقت المحادثات في مسقط، في أول تواصل رفيع المستوى بين البلدين منذ …؛
        لقاء … قد يعقد الأسبوع المقبل، في أول اتصال رفيع منذ …؛ بلقاء في مسقط جمع …، وهو أول
        تواصل معلن بين الجانبين منذ …): the contact is the round told, so its count is the
        round's (CONVENTIONS rule 4). Only an ordinal in construct with a noun of
        ``round_contact_nouns``, opening with في or a copula the phrase right after the one
        clause break past the round, with منذ in its clause: a contact told with no event it
        counts from may be of another kind (أول اتصال هاتفي)."""
        text = self.text
        contacts = self.analysis.word_set("round_contact_nouns")
        for o_start, o_end, ordinal in self.ordinals:
            if not end <= o_start <= min(limit, end + VISIT_ORDINAL_REACH):
                continue
            if ordinal.value is None or text.startswith("ال", o_start):
                continue
            if len(CLAUSE_PUNCTUATION.findall(text, end, o_start)) != 1:
                continue
            lead = _previous_words(self.analysis, o_start, 1)
            if not lead or not (lead[0] in ("في", "وفي") or lead[0] in ORDINAL_COPULAS):
                continue
            opening = text[:o_start].rstrip().removesuffix(lead[0]).rstrip()
            if not opening.endswith(","):
                continue  # (the phrase the break opens: …، في أول تواصل)
            following = self.analysis.words_in(o_end, min(len(text), o_end + 14))[:1]
            if not following or bare(text[slice(*following[0])]) not in contacts:
                continue
            if not self._counted_since(following[0][1], limit, reach=60, words=6):
                continue
            return o_start, o_end, ordinal
        return None

    def _frames_round_told(self, o_start: int, previous_end: int, sent_start: int) -> bool:
        """Whether the ordinal in construct at ``o_start`` opens, after a comma, في and a frame
        word (``round_framework``: في إطار، ضمن), a phrase placing the round just told in its
        sentence in its series (يصل الوفد إلى القاهرة لعقد لقاءات …، في إطار ثاني اجتماع من
        نوعه منذ …): the phrase says which meeting that round is, as "، في ثاني اجتماع"
        does, so its ordinal is that round's. Only after a round told before it in the
        sentence, and only right after the comma: a frame inside a clause of its own (اتفقا
        على … ضمن أول جولة) may name another meeting."""
        if previous_end <= sent_start:
            return False
        lead = _previous_words(self.analysis, o_start, 2)  # (nearest first)
        if not lead or lead[0] not in self.framework:
            return False
        before = self.text[:o_start].rstrip().removesuffix(lead[0]).rstrip()
        if lead[1:] and lead[1] in ("في", "وفي"):
            before = before.removesuffix(lead[1]).rstrip()
        return before.endswith((",", "،"))

    def _apposition_end(self, sent_end: int, next_start: int) -> int:
        """How far the apposition after a round's clause may stand (، في أول اتصال رفيع منذ …):
        up to the next round noun of its sentence, unless that noun is only the occasion the
        round is held on, after هامش (لقاء … قد يعقد على هامش القمة الأفريقية الأسبوع المقبل،
        في أول اتصال رفيع منذ …): no round of its own, so the apposition is still this one's."""
        if next_start < sent_end and _previous_words(self.analysis, next_start, 1) == ["هامش"]:
            return sent_end
        return min(sent_end, next_start)

    @staticmethod
    def _only_new(ordinal: Ordinal) -> bool:
        """Whether an ordinal only calls the round new (جولة جديدة): no count, so the count the
        apposition after the round's clause tells (، في ثاني زيارة من نوعها) is its ordinal."""
        return ordinal.value is None and ordinal.relative == "new"

    def _opens_apposition(self, position: int) -> bool:
        """Whether the word at ``position`` opens, with only في before it, the phrase right
        after a clause break (استقبل X في الرياض وفداً برئاسة Y، في ثاني زيارة من نوعها): the
        phrase says what the whole clause before the break was, however long that clause."""
        lead = self.text[max(0, position - 12) : position].rstrip()
        if not lead.endswith("في"):
            return False
        return lead.removesuffix("في").rstrip().endswith((",", "،"))

    def _clause_venue(self, position: int, sent_start: int) -> Entity | None:
        """The venue of the clause before the apposition that opens at ``position`` (صعد
        الوفد إلى جزيرة X في ديسمبر، في أول لقاء مع Y؛ جلس الوفدان في قصر Z قرب المدينة W، في
        أول مشاورات بينهما): the phrase says what that clause was, a meeting where it went
        or sat, so its venue is the place the clause names last after a preposition of
        ``round_clause_venue_prepositions`` (في، إلى، قرب), or a noun of a building after
        one (في سجن جزيرة X), or with بـ written on it. None when the clause names no place
        so."""
        comma = max(
            self.text.rfind(",", sent_start, position), self.text.rfind("،", sent_start, position)
        )
        if comma < 0:
            return None
        opening = max(
            [sent_start]
            + [m.end() for m in CLAUSE_PUNCTUATION.finditer(self.text, sent_start, comma)]
        )
        prepositions = self.analysis.word_set("round_clause_venue_prepositions")
        venue = None
        for p_start, p_end, entity in _starting_within(self.places, opening, comma):
            if entity.kind != EntityKind.PLACE or p_end > comma:
                continue
            words = _previous_words(self.analysis, p_start, 2)
            written_on = self.text[max(0, p_start - 1) : p_start] == "ب"
            if written_on or any(w in prepositions for w in words):
                venue = entity  # (في سجن جزيرة X، في مقر Y: one noun of a building between)
        return venue

    def _after_comma(self, position: int) -> bool | None:
        """Whether a comma, and at most a copula or a demonstrative with it (وهي، وهذه هي،
        لتكون), stands right before ``position``: "التقيا في أستانا، للمرة الأولى منذ …"،
        "التقيا في أستانا، وهي المرة الأولى التي يلتقيان فيها منذ …": the count of times
        is told of the clause before the comma. None when not; True when a copula stands
        between (its count must then run from an event, منذ: CONVENTIONS rule 4), False when
        only the comma does."""
        comma = self.text.rfind(",", max(0, position - 20), position)
        if comma < 0:
            return None
        between = [self.text[a:b] for a, b in self.analysis.words_in(comma, position)]
        if len(between) > 2 or not all(
            w in ORDINAL_COPULAS or w in THIS_WORDS for w in between
        ):  # (not وذلك لأول مرة: "and that", the event in general, which coders leave open)
            return None
        return bool(between)

    def _times_adverbial(self, o_start: int, o_end: int) -> int | None:
        """Where the adverbial of مرة an ordinal stands in opens, if it is one: "للمرة
        الثالثة" (مرة before it, with or without the preposition) or "لأول مرة، لثاني مرة"
        (مرة after it, the preposition on the ordinal)."""
        words = self.analysis.words_in(max(0, o_start - 10), o_start)
        if (
            words
            and not has_break(self.text, words[-1][1], o_start)
            and bare(self.text[words[-1][0] : words[-1][1]]) in ("مره", "لمره", "للمره")
        ):
            return words[-1][0]
        following = self.analysis.words_in(o_end, min(len(self.text), o_end + 8))[:1]
        if (
            following
            and bare(self.text[following[0][0] : following[0][1]]) == "مره"
            and not has_break(self.text, o_end, following[0][0])
            and self.text[max(0, o_start - 1) : o_start] == "ل"
        ):
            return o_start - 1
        return None

    def _agreeing_adjective_gap(
        self, mention: _Mention, gap: list[str], written: str, ordinal: Ordinal
    ) -> bool:
        """Whether one word that agrees with the round noun parts it from a numbered ordinal
        that agrees with it too (الاجتماع الخاص الثالث، الاجتماع الموسع الثاني، جولة مراجعة
        رابعة); ``written`` is the ordinal as the normalised text writes it.

        An adjective takes its noun's article and gender, and so does the ordinal after it:
        a word that agrees with the noun in both is its adjective (or, indefinite, its
        complement), and the ordinal counts the round. A word that does not agree is a noun
        of its own whose ordinal it is (اجتماع اللجنة الثالثة: the committee's). Only a
        number: a reference there is more often told of a subject after the noun (وحضر
        الاجتماع السفير السابق: the former ambassador).
        """
        if ordinal.value is None or len(gap) != 1 or mention.definite != written.startswith("ال"):
            return False
        if not self._agrees_as_adjective(mention, gap[0]):
            return False
        return self._feminine_ordinal(written) == self._feminine_noun(mention)

    def _agrees_as_adjective(self, mention: _Mention, word: str) -> bool:
        """Whether ``word`` right after a singular round noun agrees with it as its adjective
        does: with the article when the noun has it, without it when not, and in gender (a
        feminine ending after جولة، قمة; none after اجتماع، لقاء). Not a verb of meeting or a
        plural (no gender to agree with), and not a word that is no adjective (a copula, a
        relative, a demonstrative, a number)."""
        if mention.verb or mention.plural or not word.isalpha():
            return False
        if word in ORDINAL_COPULAS or word in RELATIVES or word in DEMONSTRATIVES:
            return False
        if word.startswith("ال") != mention.definite:
            return False
        return word.endswith("ه") == self._feminine_noun(mention)

    def _as_copula(self, word: str) -> str:
        """The pronoun copula a word stands for before an ordinal: هي / هو for a pronoun on
        أن after a verb of describing or of cause (وُصفت بأنها الأولى، لأنه الأول: lexicon
        ``round_described_as_pronouns``), which tells the round's count as "وهي الأولى" does;
        any other word is itself."""
        if word not in self.analysis.word_set("round_described_as_pronouns"):
            return word
        return "هي" if word.endswith("ها") else "هو"

    def _feminine_noun(self, mention: _Mention) -> bool:
        """Whether the round noun is feminine (جولة، قمة، جولتها، مائدة مستديرة), read from the
        ending of its first word without the pronoun it may carry."""
        noun = bare(self.text[mention.start : mention.end].split()[0])
        if self._possessed(noun):  # اجتماعها، جولتهما: the noun without its pronoun
            noun = noun.removesuffix("ها").removesuffix("هما").removesuffix("هم")
            noun = noun.removesuffix("ه") if not noun.endswith("ت") else noun
        return noun.endswith(("ه", "ت", "ات", "تين", "تان"))

    @staticmethod
    def _feminine_ordinal(ordinal: str) -> bool:
        """Whether an ordinal is feminine (الثالثة، رابعة، الأولى), by its ending."""
        return ordinal.endswith("ه") or ordinal.removeprefix("ال") == "اولي"

    def _copula_agrees(self, mention: _Mention, copula: str) -> bool:
        """Whether the past copula that carries an ordinal after a clause break agrees in
        gender with the round noun (اجتماعاً …، كان الثاني; جولة …، وكانت الرابعة): كانت
        after a masculine singular noun tells of another noun. A verb of meeting has no
        gender of its own to agree with. (The pronouns هو / هي ask it through
        ``_pronoun_agrees``, by the gender their ordinal shows.)"""
        if mention.verb:
            return True
        feminine_noun = self._feminine_noun(mention)
        bare_copula = copula.lstrip("و")
        feminine_copula = bare_copula in ("هي", "كانت") or bare_copula.lstrip("لس").startswith(
            "ت"
        )  # (ستكون، لتكون، تكون، تعد: the prefix ت of the feminine)
        return feminine_copula == feminine_noun

    def _counts_rounds(self, position: int) -> bool:
        """Whether an ordinal in apposition counts meetings of a series, so that it may stand
        past a round's long list of parties, mediators and date: "من نوعها" follows it (هي
        الرابعة من نوعها) or the event it counts from (هي الأولى منذ انهيار المسار، وهي
        الثانية على هذا المستوى منذ …; CONVENTIONS rule 4)."""
        return self._of_its_kind(position) or self._counted_since(position, len(self.text))

    def _pronoun_agrees(self, mention: _Mention, copula: str, ordinal: str) -> bool:
        """Whether a pronoun copula and its ordinal after a clause break (وهي الثالثة، وهو
        الثاني) can be told of a singular round noun: the feminine pair after a masculine noun
        (لقاء …، وهي الثالثة من نوعها) tells of another noun of the sentence (the operation,
        the visit, the step), as the masculine pair after a feminine noun does. A verb of
        meeting or a plural (محادثات …، وهي الأولى) has no gender to check."""
        if copula.lstrip("و") not in ("هو", "هي") or mention.verb or mention.plural:
            return True
        feminine_ordinal = self._feminine_ordinal(ordinal)
        if feminine_ordinal != (copula.lstrip("و") == "هي"):
            return True  # the pair does not agree with itself: no reading of gender
        return self._copula_agrees(mention, "كانت" if feminine_ordinal else "كان")

    def _of_its_kind(self, position: int) -> bool:
        """Whether "من نوعه / من نوعها" follows an ordinal (هي الرابعة من نوعها): it counts rounds."""
        following = self.analysis.words_in(position, min(len(self.text), position + 14))[:2]
        words = [self.text[a:b] for a, b in following]
        return len(words) == 2 and words[0] == "من" and words[1].startswith("نوع")

    @staticmethod
    def _adjective_gap(gap: list[str], ordinal: str) -> bool:
        """Whether one relational adjective parts the noun from its ordinal (جولة فنية ثانية).

        It agrees with the ordinal in definiteness (الجولة الفنية الثانية), so the ordinal
        is the round's, not a noun's after it.
        """
        if len(gap) != 1 or not gap[0].endswith(("يه", "ي")) or len(gap[0]) < 4:
            return False
        return gap[0].startswith("ال") == ordinal.startswith("ال")

    def _talks_adjectives(self, gap: list[str], ordinal: str) -> bool:
        """Whether only adjectives of the round's talks part it from its ordinal (جولة
        المحادثات المباشرة الرابعة، جولة المفاوضات غير المباشرة الثالثة): a word of
        ``round_talks_adjectives`` (غير before it too), agreeing with the ordinal in
        definiteness, so the ordinal is the round's, not a noun's after it."""
        adjectives = self.analysis.word_set("round_talks_adjectives")
        if not gap or len(gap) > 3 or gap[-1] not in adjectives:
            return False
        return all(w in adjectives or w == "غير" for w in gap) and gap[-1].startswith(
            "ال"
        ) == ordinal.startswith("ال")

    def _last_before(self, start: int) -> bool:
        """Whether the round noun at ``start`` is the latest before the one reported: an
        indefinite noun in construct after "last" (``round_last_before``: آخر لقاء بين
        الرجلين، منذ آخر اجتماع رسمي). Arabic news tells so a past round as background, another
        than the one the story reports, even at the same venue; with the article the noun is
        no construct (أخّر الاجتماع: a verb)."""
        if self.text.startswith("ال", start):
            return False
        before = _previous_words(self.analysis, start, 1)
        return bool(before) and bare(before[0]) in self.analysis.word_set("round_last_before")

    def _previous_after(self, start: int) -> bool:
        """Whether the round noun at ``start`` is called earlier (جولة سابقة) by a listed word."""
        following = self.analysis.words_in(start, min(len(self.text), start + 30))[1:2]
        return bool(following) and (
            self.text[following[0][0] : following[0][1]] in self.previous_words
        )
