"""Several rounds told at once: countable plurals, lists and sequences.

A plural counts rounds and names one only when a verb says they were held; a list of
ordinals after a plural (كانت الأولى في فيينا والثانية بجنيف), a dual with its ordinals
(الجولتين الثالثة والرابعة), venues joined by و and rounds told in sequence (قبل أن تُعقد
…) are each a round of their own.
"""

from __future__ import annotations

import attrs
import regex

from negotext.ar.normalize import normalize_text
from negotext.ar.ordinals import Ordinal, find_ordinals
from negotext.extractors._common import (
    SEQUENCE_WORDS,
    bare,
    has_break,
    norm_range,
    segment_label,
    sentence_range,
)
from negotext.extractors.round_grouping import _past
from negotext.extractors.rounds.mention import _Mention, _starting_within
from negotext.extractors.rounds.schedules import _Schedules
from negotext.extractors.rounds.text import _bi_place, _negated, _previous_words
from negotext.extractors.rounds.words import (
    ASIDE,
    BEFORE_WINDOW,
    ITEM_END,
    LIST_ITEM_WINDOW,
    MAY_WORDS,
    RELATIVES,
    SENTENCE_END,
    THING_PRONOUNS,
    VENUE_FILLERS,
)
from negotext.records import DateRef, Entity, EntityKind, RoundStatus

#: An adjective of a plural or dual round noun: a non-human plural takes a feminine singular
#: adjective (الجولات السابقة، جولات متتالية، الاجتماعات الثلاثة), a dual a dual one.
PLURAL_ADJECTIVE = regex.compile(r"(?!في$|فيه$)\p{L}{2,}(?:ه|تين|تان)")

#: A masculine dual round noun (لقاءين، اجتماعان، الحوارين) and the masculine dual adjective
#: that agrees with it (سابقين، منفصلان، الأخيرين، متتاليين): with the article or none, never
#: a word opened by a preposition (للطرفين، بالبلدين), which is a complement, not its adjective.
MASCULINE_DUAL = regex.compile(r"[وف]?(?:ال)?\p{L}{3,}(?:ين|ان)")
MASCULINE_DUAL_ADJECTIVE = regex.compile(r"(?:ال)?(?![لبو])\p{L}{3,}(?:ين|ان)")

#: The pronoun of the subject on a plural of meetings (اجتماعاتها، لقاءاتهما، اجتماعاتهم).
OWN_PRONOUN = regex.compile(r"ات(?:ها|هما|هم|ه)$")

#: The verbal noun of resuming, normalised, with any proclitic before it (باستئناف).
VERBAL_NOUN_OF_RESUMING = normalize_text("استئناف")

#: How many words the parties of a plural (بين وزيري خارجية البلدين) may take before its verb.
PARTIES_WORDS = 8
#: How many words a sentence that counts rounds may close with and still hand its list to
#: the sentence after it (جولتان فقط. الأولى في …، عقدنا جولتين بوساطة كينية. الأولى …).
CLOSING_WORDS = 3
#: How far after a round a list of its items may begin, and one item after another.
LIST_WINDOW = 140

#: A bare word after و or ثم that may be an indefinite ordinal standing for its noun
#: (وثانية في القاهرة، ثم ثالثة في لندن), normalised; the word is group 1.
ELIDED_ORDINAL = regex.compile(r"(?<=\s)(?:و|ثم )(\p{L}{3,6})(?!\w)")

#: "Then in" opening a phrase that tells the next round with its verb or noun left out
#: (التقى الوفدان في 16 مايو، ثم في الثاني من يونيو), normalised.
THEN_IN = regex.compile(r"(?<![^\s,])ثم في ")

#: "The last of them" after a comma, then في (، آخرها في بغداد؛ وآخرها كان في إسطنبول؛ كان آخرها
#: في أبوظبي), in normalised text: the last of the rounds a plural just counted.
LAST_OF_THEM = regex.compile(r"(?<=,\s?)(?:و?كان(?:ت)?\s)?(?P<last>و?اخرها)(?:\sكان(?:ت)?)?\sفي\s")

#: Copulas an item of a list may open with (، كانت الأولى في مسقط).
COPULAS = frozenset({"كانت", "كان", "وكانت", "وكان"})

#: Verbs of faltering: a round they tell that "was scheduled" did not take place.
FALTERING = frozenset(
    normalize_text(w) for w in ("تعثرت", "تعثر", "تعطلت", "تعطل", "تعذرت", "تعذر", "تعثرتا")
)

#: "Was scheduled" right after the round (جولة كانت مقررة، الاجتماع الذي كان من المقرر).
WAS_SCHEDULED = regex.compile(r"\s*(?:التي |الذي |اللتين |اللذين )?كان(?:ت)? (?:من )?(?:ال)?مقرر")


def _second_named_together(told: list[_Mention]) -> bool:
    """Whether the last two rounds told are the ordinals a dual names side by side
    (الجولتان الأولى والثانية): consecutive numbers, one venue, evidence next to each other."""
    if len(told) < 2:
        return False
    first, second = told[-2], told[-1]
    return (
        first.ordinal is not None
        and second.ordinal == first.ordinal + 1
        and first.place is second.place
        and 0 <= second.evidence[0] - first.evidence[1] <= 3
    )


class _Lists(_Schedules):
    """The reader's plurals, lists and sequences of rounds."""

    def _plural(self, start: int, end: int, cue_range: tuple[int, int] | None) -> bool:
        """Whether the trigger counts several rounds (جولات جديدة، سلسلة من الاجتماعات).

        Only the head noun counts: "الجولة المقبلة من اجتماعات اللجنة" is one round of a
        series, not the series.
        """
        if start in self.dual_starts:
            return True  # بعد اجتماعي جنيف في مارس ونيويورك في يوليو: a dual in construct
        low = min(cue_range[0], start) if cue_range else start
        head_end = self.heads.get(start, end)
        if any(
            0 <= start - o_end <= 2 and o.value is not None and not self.text.startswith("ال", o_s)
            for o_s, o_end, o in self.ordinals
        ):
            return False  # أولى جولات هذا المسار، ثالث اجتماعات اللجنة: one round of the series
        return any(low <= g.start and g.end <= head_end for g in self.generic)

    def _resumed_series(self, start: int) -> bool:
        """Whether a countable plural of meetings is the standing series a form of resuming
        (``round_resuming``) takes up again: the verbal noun or the verb right before it
        (استئناف اجتماعات اللجنة، أن تُستأنف الاجتماعات), or the verb before its subject when
        the plural carries the subject's pronoun (أن تستأنف اللجان الفنية اجتماعاتها). The
        series resumed is one round to come; like any plural it is read only at a venue of
        its own phrase (في غالي، في أربيل), never as resuming in general (استئناف الاجتماعات
        بعد توقف)."""
        resuming = self.analysis.word_set("round_resuming")
        previous = _previous_words(self.analysis, start, 4)
        if previous[:1] and previous[0] in resuming:
            return True
        if not OWN_PRONOUN.search(self.text[start : self.heads.get(start, start + 20)].split()[0]):
            return False
        return any(
            word in resuming and not word.endswith(VERBAL_NOUN_OF_RESUMING) for word in previous[1:]
        )  # a verb, not the verbal noun, before a subject: تستأنف اللجان الفنية اجتماعاتها

    def _attributed_between(self, end: int, place_start: int) -> bool:
        """Whether a word that attributes what is said to a source (``relay_phrases``: بحسب،
        وفق، نقلاً) stands between a round and a place after it: the place is where the
        source is (أن تُستأنف الاجتماعات قريباً بحسب مصادر في مقديشو), not the venue."""
        relays = self.analysis.word_set("relay_phrases")
        return any(
            self.text[a:b] in relays or bare(self.text[a:b]) in relays
            for a, b in self.analysis.words_in(end, place_start)
        )

    def _held_verb_after(self, end: int) -> tuple[int, int] | None:
        """A verb of holding right after a countable plural (بعد جولتين عُقدتا في أنقرة).

        The rounds counted were held, as when the verb comes first (عقدا جولتين).
        """
        following = self.analysis.words_in(end, min(len(self.text), end + 12))[:1]
        if following and self.text[following[0][0] : following[0][1]] in RELATIVES:
            end = following[0][1]  # الجولتين اللتين استضافتهما إسطنبول
        for cue in self.statuses:
            if (
                cue.label in ("held", "held_relative")
                and 0 <= cue.start - end <= 3
                and not has_break(self.text, end, cue.start)
                and not _negated(self.text, cue.start)
            ):
                return cue.start, cue.end
        return None

    def _held_verb_before(
        self, start: int, sent_start: int, previous_end: int
    ) -> tuple[int, int] | None:
        """A verb of holding that opens the clause of a countable plural (عُقدت في الدوحة ست
        جولات من المحادثات أفضت إلى …): the nearest cue before it, in its clause past a venue
        and short asides, says the rounds counted were held, whatever follows them."""
        low = max(sent_start, start - BEFORE_WINDOW, previous_end)
        for cue in reversed([c for c in self.statuses if low <= c.start and c.end <= start]):
            if not cue.label or cue.label.endswith("_adjacent") or cue.label == "held_relative":
                continue
            gap = ASIDE.sub(" ", self.text[cue.end : start])
            if cue.label != "held" or has_break(gap, 0, len(gap)) or _negated(self.text, cue.start):
                return None
            return cue.start, cue.end
        return None

    def _held_by_verb(self, status: RoundStatus | None, cue_range: tuple[int, int] | None) -> bool:
        """Whether a verb says the round was held (عقدوا), not a preposition (بعد جولات).

        Countable plurals name particular meetings only when a verb says they were held.
        """
        if status is not RoundStatus.HELD or cue_range is None:
            return False
        word = " ".join(self.text[cue_range[0] : cue_range[1]].split())
        if any(
            w.lstrip("وف") in self.outcome_words | self.during_words | self.sequence_words
            for w in word.split()
        ):  # لم تسفر الجولات السابقة، خلال الجولات: rounds in general; سبقتها جولتا: when
            return False
        return word not in self.adjacent_words and word[1:] not in self.adjacent_words

    def _listed_rounds(self, start: int, end: int) -> list[_Mention]:
        """Rounds listed by ordinal and date after a counted plural and a colon.

        "ثلاث جولات مباشرة … في إسطنبول: الأولى في 16 مايو، والثانية في 2 يونيو": each
        ordinal with its date is a round, held at the plural's venue when its date is past.
        """
        segment = segment_label(self.analysis, self.analysis.span(start, end))
        if segment is None or not self.context:
            return []
        sent_start, sent_end = sentence_range(self.analysis, start)
        colon = self.text.find(":", end, min(sent_end, end + 80))
        if colon < 0 or SENTENCE_END.search(self.text, end, colon):
            return []
        place = next(
            (
                item
                for item in _starting_within(self.places, end, colon)
                if item[1] <= colon and self._venue_before(item[0])
            ),
            None,
        )
        published = self.analysis.document.published
        listed = []
        for o_start, o_end, ordinal in self.ordinals:
            if not colon < o_start < sent_end or ordinal.value is None:
                continue
            date = next(
                (d for d in self.dates if o_end <= d[0] <= o_end + 6 and d[1] <= sent_end),
                None,
            )
            if date is None:
                continue
            ref = DateRef(date[2].text, date[2].span, date[2].value)
            future = any(sent_start <= m.start < sent_end for m in self.future)
            if not (_past(ref, published) or (published is None and not future)):
                continue  # only rounds told as past are read from a list
            mention = _Mention(o_start, o_end, RoundStatus.HELD, (o_start, date[1]), segment)
            mention.ordinal = ordinal.value
            mention.place = place[2] if place else None
            mention.date = ref
            mention.sentence = (sent_start, sent_end)
            listed.append(mention)
        return listed if len(listed) >= 2 else []

    def _ordinal_list(self, mention: _Mention | None, index: int) -> list[_Mention]:
        """Rounds a list of ordinals with their head left out distributes after a round.

        "عقد الطرفان جولتين، كانت الأولى في فيينا في مارس والثانية بجنيف في مايو"، "عُقدت
        الجولة الأولى في 3 مارس، والثانية في 5 أبريل، وجميعها في فيينا": each ordinal that
        stands for its noun (after و، a comma, كانت or the verb of holding, not after a round
        noun) and has a venue or a date of its own is a round, with the status of the round it
        continues and that round's venue, or the venue "all of them" share after the list
        (وجميعها في، وكلها في). A plural or a dual is then told by the list (two items at
        least); a round with an ordinal of its own keeps its record and the list adds to it.
        """
        if mention is None:  # a plural told with no status nor venue (بعد ثلاث جولات …)
            start, end, _ = self.triggers[index]
            segment = segment_label(self.analysis, self.analysis.span(start, end))
            if segment is None or not self.context:
                return []
            mention = _Mention(start, end, None, (start, end), segment, plural=True)
        elif mention.status is None and mention.plural:
            pass  # (نظمت جولتين في جنيف، الأولى في …: a bare list, its items dated in the past)
        elif mention.status is None or not (mention.plural or mention.ordinal is not None):
            return []
        if mention.plural and mention.status is not None:
            named = self._ordinals_of_plural(mention)
            if named:
                return named
        sent_start, sent_end = sentence_range(self.analysis, mention.start)
        sent_end = self._list_sentence_end(mention, sent_end)
        next_trigger = (
            self.triggers[index + 1][0] if index + 1 < len(self.triggers) else len(self.text)
        )
        limit = min(sent_end, next_trigger, self._list_window_end(mention.end, next_trigger))
        items: list[tuple[int, int, int, int]] = []  # item start, ordinal range, value
        for o_start, o_end, ordinal in self._with_elided_indefinites(mention, limit):
            if o_start < mention.end or ordinal.value is None:
                continue
            if o_start >= min(sent_end, self._next_item_limit(items[-1]) if items else limit):
                break
            opens = self._elided_head(o_start)
            if opens is None or not self._item_attribute(o_end):
                continue
            if items and self.text[self._item_end(items[-1][2], opens) : opens].strip(" ,"):
                break  # a list is told item after item
            if ordinal.value == mention.ordinal or any(i[3] == ordinal.value for i in items):
                break
            items.append((opens, o_start, o_end, ordinal.value))
        if len(items) < (2 if mention.plural and mention.ordinal is None else 1):
            return []
        ends = [
            self._item_end(o_end, items[i + 1][0] if i + 1 < len(items) else sent_end)
            for i, (_, _, o_end, _) in enumerate(items)
        ]
        shared = self._shared_venue(ends[-1], sent_end)
        if shared is not None and mention.place is None and not mention.plural:
            mention.place = shared
        if mention.status is None and mention.place is None:
            mention.place = self._venue_of_its_clause(mention.start, items[0][0])
        listed = []
        for (opens, o_start, o_end, value), end in zip(items, ends, strict=True):
            item = _Mention(o_start, o_end, mention.status, (opens, end), mention.segment)
            item.ordinal, item.sentence = value, (sent_start, sent_end)
            item.parties, item.mediators = list(mention.parties), list(mention.mediators)
            item.place = self._venue_within(o_end, end) or shared or mention.place
            item.date = self._date_within(o_end, end)
            listed.append(item)
        if mention.status is None:  # only rounds told as past are read from a bare list: each
            # item dated in the past, or undated between items that are (الثالثة في 26 أبريل،
            # ثم الرابعة في مسقط، فالخامسة في 23 مايو)
            published = self.analysis.document.published
            while listed and listed[-1].date is None:
                listed.pop()  # an undated item after the last dated one: perhaps still to come
            if not listed or not all(
                _past(i.date, published) for i in listed if i.date is not None
            ):
                return []
            for item in listed:
                item.status = RoundStatus.HELD
        return listed

    def _list_sentence_end(self, mention: _Mention, sent_end: int) -> int:
        """Where a list of the rounds of a plural ending at ``sent_end``'s sentence may end.

        A short sentence that only counts the rounds hands its list to the sentence after it
        when that one opens with the first of them, definite and alone (كم جولة عقدتم؟ -
        جولتان فقط. الأولى في X في أغسطس، والثانية في Y في أكتوبر): the list then runs to the
        end of that sentence. Any other sentence keeps its own end.
        """
        if not mention.plural or mention.ordinal is not None:
            return sent_end
        closing = self.analysis.words_in(mention.end, sent_end)
        if len(closing) > CLOSING_WORDS:
            return sent_end
        _, next_end = sentence_range(self.analysis, sent_end + 1)
        opening = self.analysis.words_in(sent_end, next_end)
        first = next(
            (o for o in self.ordinals if opening and o[0] == opening[0][0]),
            None,
        )
        if first is None or first[2].value != 1 or not self.text.startswith("ال", first[0]):
            return sent_end
        return next_end

    def _with_elided_indefinites(
        self, mention: _Mention, limit: int
    ) -> list[tuple[int, int, Ordinal]]:
        """The text's ordinals, with the indefinite ordinals up to ``limit`` that stand for the
        round noun of ``mention`` when its own ordinal is indefinite too.

        "بعد جولة أولى احتضنتها شرم الشيخ وثانية في القاهرة"، "بعد لقاء أول عُقد في جنيف
        وثانٍ في نيويورك"، "عقد الجانبان جولة ثانية في باكو، ثم ثالثة في لندن": after و or
        ثم the bare ثانية، ثانٍ، ثالثة is read as it would be right after the noun it leaves
        out, so it agrees with it (a feminine ثانية after جولة, a masculine ثانٍ after لقاء);
        only the next number of the sequence counts (ثانية alone is also "a second" of time).
        """
        noun = self.text[mention.start : mention.end].split()
        if mention.ordinal is None or not noun:
            return self.ordinals
        own = next(
            (
                o
                for o in self.ordinals
                if o[2].value == mention.ordinal
                and (0 <= o[0] - mention.end <= 2 or 0 <= mention.start - o[1] <= 2)
            ),
            None,
        )
        if own is None or self.text.startswith("ال", own[0]):
            return self.ordinals  # الجولة الثانية، ثم الثالثة: the definite list is read as is
        known = {o[0] for o in self.ordinals}
        elided: list[tuple[int, int, Ordinal]] = []
        expected = mention.ordinal + 1
        for word in ELIDED_ORDINAL.finditer(self.text, mention.end, limit):
            if word.start(1) in known:
                continue
            read = find_ordinals(f"{noun[0]} {word.group(1)}")
            if len(read) != 1 or read[0].value != expected:
                continue
            span = self.analysis.span(word.start(1), word.end(1))
            elided.append((word.start(1), word.end(1), Ordinal(word.group(1), span, expected)))
            expected += 1
        return sorted([*self.ordinals, *elided], key=lambda o: o[0])

    def _venue_of_its_clause(self, start: int, first_item: int) -> Entity | None:
        """The venue of the clause of a plural told with no status, up to its first item: the
        place its items were held in when they name none of their own («جمع المبعوث الأطراف
        في جنيف في جولتين، الأولى في ديسمبر 2018 والثانية في مارس 2019»)."""
        breaks = [m.end() for m in ITEM_END.finditer(self.text, 0, start)]
        return self._venue_within(breaks[-1] if breaks else 0, first_item)

    def _venue_within(self, start: int, end: int) -> Entity | None:
        """The first place wholly inside ``start``–``end`` told as a venue (no organisation)."""
        return next(
            (
                entity
                for p_start, p_end, entity in _starting_within(self.places, start, end)
                if p_end <= end
                and entity.kind != EntityKind.ORGANIZATION
                and self._venue_before(p_start)
            ),
            None,
        )

    def _date_within(self, start: int, end: int) -> DateRef | None:
        """The first date wholly inside ``start``–``end``."""
        date = next((d for d in self.dates if start <= d[0] and d[1] <= end), None)
        return None if date is None else DateRef(date[2].text, date[2].span, date[2].value)

    def _elided_earlier(self, found: list[_Mention]) -> list[_Mention]:
        """An earlier round told by its ordinal alone after بعد / عقب / قبل and a verb of
        holding, in the sentence of a round told (الجولة الثانية في X، بعد أولى عُقدت في
        المدينة ذاتها في مارس): held, with its ordinal; its venue is the place of its own
        clause (the city "ذاتها" names is read as for any round)."""
        text = self.text
        elided = []
        for o_start, o_end, ordinal in self.ordinals:
            if ordinal.value is None or text.startswith("ال", o_start):
                continue
            if _previous_words(self.analysis, o_start, 1) not in (["بعد"], ["عقب"], ["قبل"]):
                continue
            if not any(
                c.label in ("held", "held_near") and 0 < c.start - o_end <= 2 for c in self.statuses
            ):
                continue  # بعد ثانية عُقدت، بعد أولى جرت: an elided round held
            sent_start, sent_end = sentence_range(self.analysis, o_start)
            told = [
                m
                for m in found
                if sent_start <= m.start < o_start and m.status is not None and not m.plural
            ]
            if not told or told[-1].ordinal == ordinal.value:
                continue  # no round in its sentence whose noun it leaves out
            clause = ITEM_END.search(text, o_end, sent_end)
            end = clause.start() if clause else sent_end
            mention = _Mention(o_start, o_end, RoundStatus.HELD, (o_start, end), told[-1].segment)
            mention.ordinal, mention.sentence, mention.earlier = (
                ordinal.value,
                told[-1].sentence,
                True,
            )
            mention.place = self._venue_within(o_end, end)
            mention.date = self._date_within(o_end, end)
            elided.append(mention)
        return elided

    def _last_of_them(self, found: list[_Mention]) -> list[_Mention]:
        """The last of the rounds a plural of its sentence tells, named after a comma by
        "آخرها" and a venue (عقدنا جولات في أنقرة وإسطنبول، وآخرها كان في إسطنبول؛ بعد جولات
        عدة …، كان آخرها في أبوظبي): a round held there, with the date of its phrase. After a
        plural counted by a number (عقدنا ثلاث جولات منذ بداية العام، آخرها في بغداد) the
        plural's own record sits there instead (`_locate_the_counted`). Only after a plural
        of rounds (``round_generic``) held or with no status, not one a cue tells to come,
        and only with a place right after في (آخرها في يونيو names a date of the plural's
        rounds; محاولات عدة …، آخرها في: no plural of rounds)."""
        text = self.text
        added = []
        for match in LAST_OF_THEM.finditer(text):
            sent_start, sent_end = sentence_range(self.analysis, match.start())
            told = [m for m in found if sent_start <= m.start and m.end <= match.start()]
            if any(m.status not in (None, RoundStatus.HELD) or m.relative == "next" for m in told):
                continue  # rounds to come, or called off
            if any(
                sent_start <= c.start < match.start() and c.label and not c.label.startswith("held")
                for c in self.statuses
            ):
                continue  # ستُعقد جولات جديدة خلال الصيف، آخرها في X: its cue tells them to come
            plurals = [g for g in self.generic if sent_start <= g.start and g.end <= match.start()]
            if not plurals:  # (a plural of rounds: جولات، اجتماعات، لقاءات، جلسات)
                continue
            if self._counted_by_a_number(plurals[-1].start, plurals[-1].end):
                self._locate_the_counted(told, plurals[-1].start, match.end(), sent_end)
                continue  # ثلاث جولات …، آخرها في بغداد: the counted plural's own record
            segment = segment_label(self.analysis, self.analysis.span(match.start(), match.end()))
            if segment is None:
                continue
            clause = ITEM_END.search(text, match.end(), sent_end)
            end = clause.start() if clause else sent_end
            place = self._venue_within(match.end(), end)
            first_place = next(iter(_starting_within(self.places, match.end(), end)), None)
            if place is None or first_place is None or first_place[0] != match.end():
                continue  # آخرها في يونيو، آخرها في مؤتمره الصحفي: no venue right after في
            start = match.start("last")
            mention = _Mention(start, match.end("last"), RoundStatus.HELD, (start, end), segment)
            mention.sentence = (sent_start, sent_end)
            mention.place = place
            mention.date = self._date_within(match.end(), end)
            added.append(mention)
        return added

    def _counted_by_a_number(self, start: int, end: int) -> bool:
        """Whether a number stands right before or after the plural at ``start``–``end``
        (ثلاث جولات، الجولات الثلاث، سبع جولات)."""
        return any(
            0 <= start - n_end <= 2 or 0 <= n_start - end <= 2
            for n_start, n_end in (norm_range(self.analysis, n.span) for n in self.analysis.numbers)
        )

    def _locate_the_counted(
        self, told: list[_Mention], plural_start: int, after: int, sent_end: int
    ) -> None:
        """A counted plural told with "آخرها في X" after it (عقدنا ثلاث جولات منذ بداية العام،
        آخرها في بغداد قبل أسبوعين) is one record of the series, as the blind coders code it:
        with no venue of its own it sits where its last round did. Its last round is no
        record of its own: its number (the last of three is the third) is left untold."""
        plural = next((m for m in told if m.plural and m.start <= plural_start < m.end), None)
        if plural is None or plural.place is not None:
            return
        clause = ITEM_END.search(self.text, after, sent_end)
        plural.place = self._venue_within(after, clause.start() if clause else sent_end)

    def _told_then(self, found: list[_Mention]) -> list[_Mention]:
        """The next round of a held round, told after ثم with في and a venue or a date of its
        own right after the round's phrase, its verb or noun left out.

        "حيث التقى الوفدان في 16 مايو، ثم في الثاني من يونيو"، "حين جلس X وY في بروكسل يوم
        27 فبراير، ثم في أوهريد بعد ثلاثة أسابيع": held, at its own venue or the round's,
        with its own date. A dual's other round is told by its venue (بعد جولتين عُقدتا في
        ملبورن ثم في بورت مورسبي); when the dual named its rounds by ordinals (الجولتان
        الأولى والثانية عُقدتا في جيبوتي عام 2020 ثم في أنقرة في ديسمبر 2024) the phrase is
        where and when the last of them sat.
        """
        text = self.text
        added: list[_Mention] = []
        for match in THEN_IN.finditer(text):
            sent_start, sent_end = sentence_range(self.analysis, match.start())
            told = [
                m
                for m in found
                if sent_start <= m.start and m.end <= match.start() and m.status is not None
            ]
            if not told or told[-1].status is not RoundStatus.HELD:
                continue
            last = told[-1]
            if any(last.end < t[0] < match.start() for t in self.triggers):
                continue  # another round between: ثم في names that one's sequel, if any
            gap = text[last.end : match.start()].rstrip().removesuffix(",")
            if has_break(gap, 0, len(gap)):
                continue  # not the round's own phrase right before ثم
            clause = ITEM_END.search(text, match.end(), sent_end)
            end = clause.start() if clause else sent_end
            place = self._venue_opening(match.end(), end)
            date = next((d for d in self.dates if d[0] == match.end() and d[1] <= end), None)
            if place is None and date is None:
                continue
            ref = None if date is None else DateRef(date[2].text, date[2].span, date[2].value)
            if _second_named_together(told):  # الجولتان الأولى والثانية عُقدتا في X ثم في Y
                last.place, last.date = place or last.place, ref
                last.evidence = (match.start(), end)
                continue
            if last.plural and (place is None or not self._dual(last)):
                continue  # a dual's other round is told by its venue
            other = attrs.evolve(last, start=match.start(), end=end, evidence=(match.start(), end))
            other.place, other.date = place or last.place, ref
            other.ordinal, other.relative = None, None
            other.plural = other.definite = other.dated_venue = other.construct = False
            other.building, other.format_venue = None, False
            other.parties, other.mediators = list(last.parties), list(last.mediators)
            added.append(other)
        return added

    def _venue_opening(self, start: int, end: int) -> Entity | None:
        """A place that opens the phrase at ``start`` (past a city noun: في مدينة X)."""
        words = self.analysis.words_in(start, end)
        skip = 1 if words and self.text[slice(*words[0])] in VENUE_FILLERS else 0
        if len(words) <= skip:
            return None
        first = words[skip][0]
        return next(
            (
                entity
                for p_start, p_end, entity in _starting_within(self.places, first, first + 1)
                if p_start == first and p_end <= end and entity.kind != EntityKind.ORGANIZATION
            ),
            None,
        )

    def _ordinals_in_its_clause(self, told: _Mention, start: int, end: int) -> list[_Mention]:
        """Rounds a dual or plural with ordinals names after في in the clause of a round told.

        "قبل أن تعود المحادثات إلى X في الجولتين الثالثة والرابعة"، "انتقلت المفاوضات إلى X في
        جولاتها الثانية والثالثة": the plural tells which rounds the clause's round was, so
        each ordinal is a round with that round's status and venue.
        """
        if told.status is None or told.plural or told.ordinal is not None:
            return []
        if _previous_words(self.analysis, start, 1) not in (["في"], ["خلال"]):
            return []
        if not told.end <= start or has_break(self.text, told.end, start):
            return []  # not the clause of the round told
        segment = segment_label(self.analysis, self.analysis.span(start, end))
        if segment is None or segment != told.segment:
            return []
        plural = _Mention(start, end, told.status, (start, end), segment, plural=True)
        plural.place, plural.date = told.place, told.date
        plural.sentence, plural.verb = told.sentence, told.verb
        plural.arrival, plural.arrived = told.arrival, told.arrived  # عادت المحادثات إلى X
        plural.parties, plural.mediators = list(told.parties), list(told.mediators)
        return self._ordinals_of_plural(plural)

    def _ordinals_of_plural(self, mention: _Mention) -> list[_Mention]:
        """The rounds a dual or plural names by ordinals joined by و right after it.

        "احتضنت مسقط الجولتين الأولى والثانية من المحادثات": one round for each ordinal,
        with the plural's status, venue and date.
        """
        text = self.text
        values: list[tuple[int, int, int]] = []
        position = self.heads.get(mention.start, mention.end)
        for o_start, o_end, ordinal in self.ordinals:
            if o_start < position:
                continue
            gap = text[position:o_start]
            if ordinal.value is None or gap != (" و" if values else " "):
                break
            values.append((o_start - len(gap.strip()), o_end, ordinal.value))
            position = o_end
        if len(values) < 2:
            return []
        named = []
        for index, (start, end, value) in enumerate(values):
            told = (mention.start if index == 0 else start, end)  # الجولتين الأولى، والثانية
            item = attrs.evolve(mention, start=start, end=end, evidence=told)
            item.ordinal, item.plural, item.relative = value, False, None
            item.parties, item.mediators = list(mention.parties), list(mention.mediators)
            named.append(item)
        return named

    def _elided_head(self, o_start: int) -> int | None:
        """Where the item of a list opens when the ordinal at ``o_start`` stands for its noun
        (والثانية، ، الأولى، كانت الأولى، عُقدت أولاهما), else None.

        The conjunctions of sequence join items as و does: ف as a clitic (فالخامسة في روما)
        and ثم as a word (، ثم الرابعة في مسقط), where the item then opens."""
        text = self.text
        start = o_start - 1 if o_start and text[o_start - 1] in "وف" else o_start
        if start and text[start - 1].isalpha():
            return None  # a clitic other than و and ف (بالثانية، للثانية)
        if start < o_start:
            return start
        before = text[max(0, start - 3) : start].rstrip()
        if before.endswith((",", ":", ";", ".")):  # a full stop: a list the next sentence
            return start  # continues (جولتان فقط. الأولى في …)
        previous = _previous_words(self.analysis, start, 1)
        if previous and previous[0] in SEQUENCE_WORDS:
            return start - len(previous[0]) - 1  # ، ثم الرابعة في مسقط
        if previous and previous[0] in COPULAS:
            return start
        if previous and self._holding_verb(previous[0]):
            return self._opened_by_verb(start)
        return None

    def _opened_by_verb(self, o_start: int) -> int:
        """Where the item whose ordinal at ``o_start`` follows its verb of holding opens: at
        the conjunction before the verb (إذ عُقدت الأولى، فيما التأمت الثانية), else at the
        ordinal itself (بعد جولتين عُقدت أولاهما في …، بعد اجتماعين عُقد أولهما في …).

        Items of a list follow one another with nothing but a comma between them; an item
        told by a verb and its conjunction (، فيما التأمت الثانية في مارس) opens where they do.
        """
        words = self.analysis.words_in(max(0, o_start - 40), o_start)
        if not words:
            return o_start
        verb_start = words[-1][0]
        before = _previous_words(self.analysis, verb_start, 1)
        if before and before[0] in self.analysis.word_set("round_list_item_openers"):
            return verb_start - len(before[0]) - 1
        return o_start

    def _item_attribute(self, o_end: int) -> bool:
        """Whether a venue or a date follows an ordinal right away (الثانية في مارس، والثالثة
        بجنيف، الأولى في 3 مارس)."""
        following = self.analysis.words_in(o_end, min(len(self.text), o_end + 30))
        if not following or has_break(self.text, o_end, following[0][0]):
            return False
        word = self.text[slice(*following[0])]
        if word == "في" or any(d[0] == following[0][0] for d in self.dates):
            return True
        if _bi_place(self.text, following[0][0], {p[0] for p in self.places}):
            return True
        return self._holding_verb(word)

    def _holding_verb(self, word: str) -> bool:
        """Whether ``word`` is a past verb of holding a round, bare or with the object pronoun
        of the round it follows (الأولى عقدها المبعوث في كابل، والثانية جرت في الدوحة)."""
        held = (
            self.analysis.word_set("round_held")
            | self.analysis.word_set("round_held_initial")
            | self.analysis.word_set("round_held_near")
        )
        return word in held or any(
            word.endswith(pronoun) and word[: -len(pronoun)] in held for pronoun in THING_PRONOUNS
        )

    def _list_window_end(self, end: int, next_trigger: int) -> int:
        """How far after a round ending at ``end`` its list may open: within the window, or
        right after a colon that closes its phrase however long, with no other round between
        (بعد اجتماعين غير رسميين … رعاهما الأمين العام، ضما …: الأول في جنيف …)."""
        colon = self.text.find(":", end, next_trigger)
        if colon < 0 or SENTENCE_END.search(self.text, end, colon):
            return end + LIST_WINDOW
        return max(end + LIST_WINDOW, colon + LIST_ITEM_WINDOW)

    def _next_item_limit(self, item: tuple[int, int, int, int]) -> int:
        """How far the item after ``item`` may open: within the window of an item from where
        ``item`` opens, or right after its clause when that clause is longer (الأولى عقدها
        المبعوث … في كابل مع وزير الخارجية … في سبتمبر 2025، والثانية جرت في الدوحة)."""
        opens, _, o_end, _ = item
        return max(opens + LIST_ITEM_WINDOW, self._item_end(o_end, len(self.text)) + 8)

    def _item_end(self, o_end: int, limit: int) -> int:
        """Where the item of a list whose ordinal ends at ``o_end`` ends: at the next clause
        break, the next item or ``limit``."""
        found = ITEM_END.search(self.text, o_end, limit)
        end = found.start() if found else limit
        return len(self.text[o_end:end].rstrip()) + o_end

    def _shared_venue(self, end: int, sent_end: int) -> Entity | None:
        """The venue "all of them" share after a list (، وجميعها في فيينا، وكلها بجنيف)."""
        following = self.analysis.words_in(end, min(sent_end, end + 40))
        if len(following) < 2 or self.text[end : following[0][0]].strip(" ,"):
            return None
        if self.text[slice(*following[0])] not in self.analysis.word_set("round_all_of_them"):
            return None
        return next(
            (
                entity
                for p_start, _, entity in _starting_within(self.places, following[1][0], sent_end)
                if p_start <= following[1][1] + 12
                and entity.kind != EntityKind.ORGANIZATION
                and self._venue_before(p_start)
            ),
            None,
        )

    def _told_in_sequence(self, found: list[_Mention]) -> None:
        """A round told after قبل أن / بعد أن with a past date of its own was held.

        "رعى الاتحاد الأفريقي جولات عدة، قبل أن تُعقد في أديس أبابا آخر جولة مباشرة في ديسمبر
        2023": the subjunctive after قبل أن takes the tense of the story, which its date says
        is past (قبل أن تُعقد جولة … الشهر المقبل stays planned; with no date, no change).
        """
        published = self.analysis.document.published
        for mention in found:
            if (
                mention.status == RoundStatus.HELD
                and bare(self.text[mention.evidence[0] :].split(" ", 1)[0]).lstrip("و") in FALTERING
                and WAS_SCHEDULED.match(self.text, mention.end)
            ):
                mention.status = RoundStatus.CANCELLED  # تعثرت جولة كانت مقررة في جنيف
                continue
            if mention.status != RoundStatus.PLANNED or mention.date is None:
                continue
            if not _past(mention.date, published):
                continue
            cue = mention.evidence[0]
            if not self.text.startswith("ان ", cue):
                continue
            before = _previous_words(self.analysis, cue, 1)
            if before and before[0].lstrip("و") in ("قبل", "بعد"):
                mention.status = RoundStatus.HELD

    def _coordinated_venues(self, mention: _Mention) -> list[_Mention]:
        """Further rounds a plural at a venue lists by their venues joined by و.

        "بعد اجتماعي جنيف في مارس ونيويورك في يوليو الماضيين"، "بعد لقاءين في بروكسل في فبراير،
        وفي مدينة أوهريد في مارس": a round in each city, each with the date after its city; only
        dates, في and a city noun may stand between them (a comma only before وفي).
        """
        if not (mention.plural and mention.place is not None):
            return []
        text = self.text
        here = next(
            (item for item in self.places if item[2] is mention.place and item[0] >= mention.end),
            None,
        )
        held = self.analysis.word_set("round_held") if mention.status == RoundStatus.HELD else ()
        if here is None or any(
            text[a:b] != "في" and text[a:b] not in VENUE_FILLERS
            for a, b in self._own_verb_skipped(
                self.analysis.words_in(mention.end, here[0]),
                held,
                dual=bool(MASCULINE_DUAL.fullmatch(text[mention.start : mention.end])),
            )
        ):
            return []  # (تناوبت على استضافتها أديس أبابا والقاهرة: hosts, not its own venues)
        position = here[1]
        found = []
        for p_start, p_end, entity in _starting_within(self.places, position, position + 60):
            if p_start < position or entity.kind == EntityKind.ORGANIZATION:
                continue
            between = self.analysis.words_in(position, p_start)
            joined = [i for i, (a, b) in enumerate(between) if text[a:b] in ("وفي", "وب")]
            if text[p_start - 1 : p_start] == "و":
                start, rest = p_start - 1, self.analysis.words_in(position, p_start - 1)
            elif len(joined) == 1:
                start, rest = between[joined[0]][0], between[: joined[0]]
                if any(text[a:b] not in VENUE_FILLERS for a, b in between[joined[0] + 1 :]):
                    break  # وفي مدينة أوهريد: only a city noun between وفي and the city
            else:
                break
            gap = text[position:start]
            if has_break(gap.rstrip().removesuffix(",") if joined else gap, 0, len(gap.rstrip())):
                break
            if not all(
                text[a:b] == "في" or any(d0 <= a and b <= d1 for d0, d1, _ in self.dates)
                for a, b in rest
            ):
                break
            other = attrs.evolve(mention, start=start, end=p_end, evidence=(start, p_end))
            other.place, other.building, other.date, other.dated_venue = entity, None, None, False
            other.plural = (
                False  # one round at each venue: it may be told again (الجولة الثانية في …)
            )
            date = next(
                (
                    d
                    for d in self.dates
                    if p_end <= d[0] <= p_end + 4 and text[p_end : d[0]].strip() in ("", "في")
                ),
                None,
            )
            if date is not None:
                other.date = DateRef(date[2].text, date[2].span, date[2].value)
                other.evidence = (start, date[1])
                other.dated_venue = True
            found.append(other)
            position = other.evidence[1]
        count = self._count_of(mention)
        if found and count is None and not mention.definite and not self._dual(mention):
            # اجتماعات متفرقة في X وY وZ، عقدنا جولات في X وY، تعثر جولات X وY: a plural that
            # neither counts its rounds nor names a set told (الجولات السابقة عُقدت في X وY)
            # says where some of them met, not one round at each venue, nor which venue is
            # its own; so does one told as before (جولات سابقة في X وY: how many, not said).
            count = 0
        if found and count is not None and count != len(found) + 1:
            # أربع جولات في أوسلو وروما ونوردفيك، خمس جولات في بغداد وواشنطن: the plural counts
            # other rounds than it names venues, so no venue is one round's and none is the
            # plural's own (الجولات الثلاث في فيينا وجنيف ولوزان: one round at each).
            mention.place, mention.building, mention.dated_venue = None, None, False
            mention.construct = mention.format_venue = False
            return []
        return found

    def _dual(self, mention: _Mention) -> bool:
        """Whether a plural round noun is a dual (جولتين، لقاءين، اجتماعي جنيف): it counts two."""
        if mention.start in self.dual_starts:
            return True
        head_end = self.heads.get(mention.start, mention.end)
        words = self.analysis.words_in(mention.start, head_end)
        word = bare(self.text[slice(*words[0])]) if words else ""
        return word.endswith(("تين", "تان", "ين", "ان")) and not word.endswith("يين")

    def _count_of(self, mention: _Mention) -> int | float | None:
        """The number a plural round noun counts, written right before it (خمس جولات) or
        right after it (الجولات الثلاث); None when it gives none."""
        head_end = self.heads.get(mention.start, mention.end)
        for number in self.analysis.numbers:
            n_start, n_end = norm_range(self.analysis, number.span)
            if 0 <= mention.start - n_end <= 2 or 0 <= n_start - head_end <= 2:
                return number.value
        return None

    def _own_verb_skipped(
        self, words: list[tuple[int, int]], verbs: frozenset[str] | tuple[()], dual: bool = False
    ) -> list[tuple[int, int]]:
        """``words`` without the plural subject's own verb of holding (and قد before it) when
        they open with it: "الجولات السابقة قد عُقدت في فيينا وجنيف" lists its venues after
        the verb as "جولتين في فيينا وجنيف" does right after the noun. After a masculine
        dual noun (``dual``) its adjective is a masculine dual too (بعد لقاءين سابقين في X …
        وفي Y، اجتماعين منفصلين في X وY)."""
        text = self.text
        numbers = [norm_range(self.analysis, n.span) for n in self.analysis.numbers]
        skip = 0
        while skip < min(len(words), 3) and (
            PLURAL_ADJECTIVE.fullmatch(text[slice(*words[skip])])
            or (dual and MASCULINE_DUAL_ADJECTIVE.fullmatch(text[slice(*words[skip])]))
            or any(n0 <= words[skip][0] and words[skip][1] <= n1 for n0, n1 in numbers)
        ):
            skip += 1  # (الجولات السابقة، جولات متتالية، الجولات الثلاث السابقة، جولتين متتاليتين)
        if skip < len(words) and text[slice(*words[skip])] == "بين":  # its parties (بين X وY)
            skip = next(
                (
                    i
                    for i in range(skip + 2, min(len(words), skip + PARTIES_WORDS))
                    if text[slice(*words[i])] in MAY_WORDS
                    or text[slice(*words[i])] in verbs
                    or text[slice(*words[i])] == "في"
                ),
                skip,
            )
        if skip < len(words) and text[slice(*words[skip])] in MAY_WORDS:
            skip += 1
        if skip < len(words) and text[slice(*words[skip])] in verbs:
            skip += 1
        if skip and skip < len(words) and text[slice(*words[skip])] == "في":
            return words[skip:]
        return words
