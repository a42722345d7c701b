"""The trigger pass: which words start a round mention before any rule runs.

Beside the round nouns and verbs of meeting of the word lists: verbs of receiving and
sitting when they tell a meeting at a place, dialogue as the object of holding it, verbs
of bringing parties together, duals in construct with a place, sending a delegation, and
adjacent triggers clustered into one; and which status cues only seem to govern one.
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Sequence
from typing import TYPE_CHECKING

import regex

from negotext.ar.normalize import normalize_text
from negotext.extractors._common import (
    Cue,
    bare,
    find_cues,
    has_break,
    located_entities,
    norm_range,
    sentence_range,
)
from negotext.extractors.rounds.filters import THAT_WORDS, _Filters
from negotext.extractors.rounds.text import (
    _bi_place,
    _negated,
    _present_tense,
    _previous_words,
)
from negotext.extractors.rounds.words import (
    AHEAD_WORDS,
    ASIDES,
    FRONTING_CLITICS,
    FRONTING_WORDS,
    ORDERING_WORDS,
    PREPOSITIONS,
    PURPOSES,
    RELATIVES,
    SENTENCE_END,
    SEVERAL_PRONOUNS,
    SINCE_WORDS,
    TOPICS,
    VENUE_FILLERS,
)
from negotext.records import EntityKind

if TYPE_CHECKING:
    from negotext.analysis import Analysis


#: The negotiating table a verb of returning takes parties back to (سيعود الطرفان إلى طاولة
#: المفاوضات في X، عادت الوفود إلى مائدة الحوار): the talks resume, as a move to a place does.
TABLE_WORDS = frozenset(normalize_text(w) for w in ("طاولة", "مائدة"))
#: Conjunctions of time a verb of standing together follows (حين وقف X إلى جانب Y): after
#: them a verb opens the clause, so وقف is the verb, not the noun of وقف إطلاق النار.
STANDING_OPENERS = frozenset(normalize_text(w) for w in ("حين", "عندما", "حينما"))

#: A word that names more than one party: a dual or a plural (الطرفان، الوفدين، ممثلو،
#: المفاوضون) or one joined by و to another (وجيش التحرير).
PARTIES_WORD = regex.compile(r"^و\p{L}{2,}|\p{L}{2,}(?:ان|ين|ون|و)$")


#: How far past a verb of sitting its place may stand: past a subject of two named leaders
#: and an aside (جلس رئيس الوزراء X ورئيس الوزراء Y، يوم الاثنين، إلى طاولة واحدة في Z).
SIT_REACH = 170

#: Talks a construct dual counts beside the round nouns (جولتي التفاوض، جولتا الحوار، جولتي
#: الموائد المستديرة): the verbal noun, dialogue and the plural of the round table.
TALKS_IN_CONSTRUCT = frozenset(normalize_text(w) for w in ("تفاوض", "حوار", "موائد"))


#: Words that name the sides or their delegations as the subject of a verb of returning,
#: beside ``party_references`` (عاد الوفدان إلى الدوحة، عادت الوفود إلى باريس). Not الجميع
#: (عاد الجميع إلى منازلهم): everyone is not the sides.
RETURNING_SUBJECTS = frozenset(
    normalize_text(w) for w in ("الوفدان", "الوفدين", "الوفود", "وفدا", "وفود")
)


#: Words of order before a round noun in apposition (، في أول لقاء، في ثاني اجتماع).
APPOSITIVE_ORDERS = frozenset(normalize_text(w) for w in ("أول", "ثاني", "ثالث", "آخر"))

#: The bare indefinite round noun a tour shares (خلال جولة في …): no article, clitic or pronoun.
BARE_TOUR = normalize_text("جولة")


class _Triggers(_Filters):
    """The reader's trigger pass."""

    #: Where the venue a verb of sitting was accepted by starts, by the verb's start.
    sat_venues: dict[int, int]
    #: Where the city that is the subject of a verb of bringing together starts, by the
    #: verb's start (جمعت المنامة X وY: the venue, `_gathering_city`).
    gathered_venues: dict[int, int]

    @functools.cached_property
    def _place_ends(self) -> dict[int, int]:
        """Where each place or country the gazetteer finds ends, by where it starts: the
        venues the verbs of receiving, hosting and sitting look for after their في."""
        return {
            start: end
            for start, end, _ in located_entities(
                self.analysis, (EntityKind.PLACE, EntityKind.COUNTRY)
            )
        }

    def _place_opening(self, after: list[tuple[int, int]]) -> int | None:
        """Where the place starts that the words ``after`` a في open with: the place itself
        (في جنيف) or past a noun of a city (في العاصمة X، في مدينة X); None if they name none."""
        if after and after[0][0] in self._place_ends:
            return after[0][0]
        if len(after) == 2 and self.text[slice(*after[0])] in VENUE_FILLERS:
            return after[1][0] if after[1][0] in self._place_ends else None
        return None

    def _toured_during(self, cue: Cue) -> bool:
        """Whether a bare indefinite جولة after a word of "during" (``round_during``: خلال،
        أثناء) is one official's tour: في or a ل with its object right after it (قال الوزير
        خلال جولة في البلدة إن …، أعلن خلال جولة لقواته على الحدود أن …). A round so
        introduced is named by what it is a round of, in construct or with an adjective or an
        ordinal (خلال جولة نيروبي، خلال جولة المحادثات الثالثة، خلال جولة سابقة)."""
        if self.text[cue.start : cue.end] != BARE_TOUR:
            return False
        previous = _previous_words(self.analysis, cue.start, 1)
        if not previous or previous[0].lstrip("و") not in self.analysis.word_set("round_during"):
            return False
        following = self.analysis.words_in(cue.end, min(len(self.text), cue.end + 30))[:1]
        if not following or has_break(self.text, cue.end, following[0][0]):
            return False
        word = self.text[slice(*following[0])]
        return word == "في" or (word[:1] == "ل" and word[1:2] != "ل" and len(word) > 3)

    def _receives_a_delegation_at_a_place(self, cue: Cue) -> bool:
        """Whether a verb of receiving (round_receive) tells a meeting: a delegation is its
        object, and a place follows in its clause after في or ب (استقبل الرئيس وفد الحركة
        بنيروبي، استقبلت الرياض وفداً من المتمردين في قصر اليمامة بالرياض; not: استقبل الوزير
        وفداً عسكرياً، استقبل الرئيس السفير في مكتبه)."""
        starts = self._place_ends
        words = self.analysis.words_in(cue.end, min(len(self.text), cue.end + 220))[:24]
        delegation = False
        venue_first = False  # استقبل الرئيس، في نيروبي أمس، وفد الحركة: the venue before
        venue_at = -1
        for index, (a, b) in enumerate(words):
            word = self.text[a:b]
            if not delegation:
                delegation = any(w.startswith(("وفد", "وفود")) for w in (word, bare(word)))
                venue = delegation and venue_first
                if not delegation and word == "في" and index + 1 < len(words):
                    venue_first = venue_first or words[index + 1][0] in starts
            elif word == "في":
                opening = self._place_opening(words[index + 1 : index + 3])
                venue = opening is not None
                if opening is not None:  # في X، في العاصمة X
                    venue_at = opening
            else:
                venue = _bi_place(self.text, a, starts)  # وفد إيمرالي بأنقرة
                venue_at = a + 1
            if delegation or venue:
                gap = ASIDES.sub(" ", self.text[cue.end : a]).rstrip().removesuffix(",")
                if has_break(gap, 0, len(gap)):  # ، اليوم الإثنين، وفد …، في X: asides
                    return False
            if venue:
                if not venue_first:
                    self.received_venues[cue.start] = venue_at
                return True
        return False

    def _hosted_for_a_meeting(self, cue: Cue) -> bool:
        """Whether a verb of receiving or hosting (``round_receive``, ``round_host_past``)
        tells a meeting by the round noun its sentence names in apposition after a comma: في
        and the noun, an ordinal or a word of order between (استضاف المبعوث في العاصمة كبيري
        المفاوضين، في أول لقاء بينهما منذ عام؛ استقبل الوسيط الوزيرين في مدينته، في اجتماع
        دام ساعتين). The appositive says what the reception was; the verb then opens the
        round's telling and its place is the venue. Only with a place in the verb's clause,
        before the comma, no round noun between (استضافت القاهرة جولة …: the noun's own cue)
        and the verb not negated."""
        text = self.text
        _, sent_end = sentence_range(self.analysis, cue.start)
        words = self.analysis.words_in(cue.end, min(sent_end, cue.end + 320))
        nouns = self.analysis.word_set("round_nouns")
        venue = -1
        for index, (a, b) in enumerate(words):
            word = text[a:b]
            if word in nouns or bare(word) in nouns:
                return False  # استقبلت العاصمة جولة …: the noun's own cue
            if word != "في" or index + 1 == len(words):
                continue
            after = words[index + 1 : index + 3]
            if venue < 0:  # في X، في العاصمة X
                opening = self._place_opening(after)
                venue = opening if opening is not None else -1
            if venue >= 0 and self._right_after_comma(a):  # the appositive: ، في [أول] لقاء
                head = [text[x:y] for x, y in after]
                head = head[1:] if head[0] in APPOSITIVE_ORDERS else head
                if head and (head[0] in nouns or bare(head[0]) in nouns):
                    if _negated(text, cue.start):
                        return False
                    self.received_venues[cue.start] = venue
                    return True
        return False

    def _hosts_two_counterparts(self, cue: Cue) -> bool:
        """Whether a verb of hosting (``round_host_past``, ``round_host_future``) has the
        host's two counterparts for its object (``round_counterpart_duals``) and a place after
        the first في of its clause: the host and the two meet there, a meeting of three with no
        round noun of its own (استضاف وزير الخارجية نظيريه A وB في مدينة X; سيستضيف الوزير
        نظيريه … في X، لبحث …). Not negated; the venue is kept in ``received_venues``."""
        text = self.text
        duals = self.analysis.word_set("round_counterpart_duals")
        words = self.analysis.words_in(cue.end, min(len(text), cue.end + 200))[:24]
        counterparts = False
        for index, (a, b) in enumerate(words):
            if has_break(text, cue.end, a):
                return False
            word = text[a:b]
            if word != "في":
                counterparts = counterparts or word in duals
                continue
            if not counterparts or _negated(text, cue.start):
                return False
            venue = self._place_opening(words[index + 1 : index + 3])
            if venue is None:
                return False
            self.received_venues[cue.start] = venue
            return True
        return False

    def _sits_at_a_place(self, cue: Cue, first_person: bool = False) -> bool:
        """Whether a verb of sitting tells parties meeting at a place: its first في in its
        clause, past its subject, is followed by a place (after a city noun too), and the
        subject is more than one party (جلس الطرفان في جدة، جلس ممثلو الطرفين للمرة الأولى في
        مدينة جدة، جلسا في جنيف; not: جلس الرئيس في مقعده بقاعة المؤتمر في أديس أبابا).
        Short asides between commas do not end the clause (جلس رئيس الوزراء X ورئيس الوزراء
        Y، يوم الاثنين، إلى طاولة واحدة في Z; جلس كبير المفاوضين، نائب رئيس الوزراء، قبالة
        نظيره في مدينة Z), past a subject of two named leaders (``SIT_REACH``).

        A verb in the first person (التقيت X، الذي يسمي نفسه وزيراً، في بندر; جلسنا مع الحكومة
        في جيبوتي) has the speaker's side and the other for its parties; an aside opened by a
        relative pronoun between commas does not end its clause.

        A broken plural of leaders or a word of a counterpart (``round_sit_several``: جلس قادة
        الدول …، جلس الوزير مع نظيره …) makes the subject several too. A city fronted at the
        opening of the clause is the place as well, with no في after the verb (في جنيف، جلس
        الوفدان يوم الأحد …؛ وبمسقط جلس الطرفان في أبريل …). The venue found is kept in
        ``sat_venues`` for the mention to take: after حول طاولة (round a table) the reader
        of venues would take حول for a topic.
        """
        places = self._place_ends
        words = self.analysis.words_in(cue.end, min(len(self.text), cue.end + SIT_REACH))[:24]
        verb = self.text[cue.start : cue.end].lstrip("وف")
        several = first_person or verb.endswith(("ا", "تا", "وا", "ان", "ون"))  # جلسا، يجلسان
        together = self.analysis.word_set("round_sit_several")
        fronted = None if first_person else self._fronted_sitting_venue(cue, places)
        if fronted is not None:
            for a, b in words:  # في جنيف، جلس الوفدان …: the subject after it, to a break
                if has_break(self.text, cue.end, a) or self.text[a:b] == "في":
                    break
                word = self.text[a:b]
                several = several or bool(PARTIES_WORD.search(word)) or word in together
            if several:
                self.sat_venues[cue.start] = fronted
            return several
        clause_start = cue.end
        for index, (a, b) in enumerate(words[:-1]):
            if first_person and self.text[a:b] in RELATIVES and self._right_after_comma(a):
                aside_end = self.text.find(",", b, min(len(self.text), b + 80))
                if aside_end > 0 and not SENTENCE_END.search(self.text, b, aside_end):
                    clause_start = aside_end + 1  # التقيت X، الذي يسمي نفسه وزيراً، في بندر
                continue
            if a < clause_start:
                continue
            word = self.text[a:b]
            if word != "في":
                several = several or bool(PARTIES_WORD.search(word)) or word in together
                continue
            gap = self.text[clause_start:a]
            if not first_person:  # (short asides between commas do not end it: ، يوم الاثنين،)
                gap = ASIDES.sub(lambda m: " " * len(m.group()), gap)
            if has_break(gap, 0, len(gap)):
                return False
            venue = self._place_opening(words[index + 1 : index + 3])
            if venue is not None and several:
                self.sat_venues[cue.start] = venue  # (حول طاولة واحدة في برلين: no topic)
            return venue is not None and several
            # (جلس الوفدان في قاعتين منفصلتين: the first في names no place)
        return False

    def _fronted_sitting_venue(self, cue: Cue, places: dict[int, int]) -> int | None:
        """Where the city fronted before a verb of sitting starts, when the clause opens with
        it: في and the city, with only a comma or a short aside before the verb (في جنيف،
        جلس الوفدان …، وفي الدوحة، يوم الأحد، جلس …), or the city with ب attached right
        before it (وبمسقط جلس الطرفان …). A country so fronted is the topic of a paragraph
        (وفي السودان، جلس …), not where they sat."""
        text = self.text
        line = text.rfind("\n", 0, cue.start) + 1
        opening = max(line, *(text.rfind(m, line, cue.start) + 1 for m in ".;:!?"))
        words = self.analysis.words_in(opening, cue.start)
        if not words:
            return None
        first, rest = text[slice(*words[0])], words[1:]
        if first in FRONTING_WORDS and rest and rest[0][0] in places:
            p_end = places[rest[0][0]]
        elif first.startswith(FRONTING_CLITICS) and len(words) == 1:
            prefix = next(p for p in FRONTING_CLITICS if first.startswith(p))
            start = words[0][0] + len(prefix)
            if start not in places or places[start] != words[0][1]:
                return None
            return start if self._place_named(start) else None
        else:
            return None
        gap = ASIDES.sub(" ", text[p_end : cue.start]).strip()
        if gap not in ("", ","):
            return None
        return rest[0][0] if self._place_named(rest[0][0]) else None

    def _place_named(self, start: int) -> bool:
        """Whether a city or a building (no country, no region) starts at ``start``."""
        gazetteer = self.analysis.resources.gazetteer
        for p_start, _, entity in located_entities(self.analysis, (EntityKind.PLACE,)):
            if p_start == start:
                entry = gazetteer.entry_of(entity)
                return entry is None or entry.place_type != "region"
        return False

    def _dialogues(self, analysis: Analysis) -> list[Cue]:
        """Dialogue as the object of a verbal noun of holding or starting right before it
        (استئناف الحوار، إجراء حوار شامل), or offered by readiness right before it, of three
        words too (مستعدة لرعاية حوار، أبدى استعداد بلاده لاستضافة حوار): a round noun there only."""
        found = find_cues(analysis, {"round_dialogue": "noun"})
        if not found:
            return []
        holding = analysis.word_set("round_holding_nouns") | analysis.word_set("round_verbal_nouns")
        ready = analysis.word_set("round_ready")
        return [
            cue
            for cue in found
            if (previous := _previous_words(analysis, cue.start, 3))
            and (
                (
                    self.text[cue.start : cue.end].startswith(("حوار", "الحوار"))
                    and (
                        (
                            bare(previous[0]) in holding
                            and previous[0][:1] not in "لب"  # لاستئناف الحوار: a purpose
                        )
                        or " ".join(previous[1::-1]) in ready  # مستعدة لرعاية حوار: offered
                        or " ".join(previous[::-1]) in ready  # استعداد بلاده لاستضافة حوار
                    )
                    and previous[1:2] != ["منذ"]  # منذ إطلاق الحوار: a time the span starts from
                )
                or (
                    self.text[cue.start : cue.end].startswith(("لحوار", "للحوار"))
                    and previous[0] in ready  # مستعد لحوار مع الرئيس: a dialogue offered
                )
            )
        ]

    def _offered_sittings(self, analysis: Analysis) -> list[Cue]:
        """The verbal noun of sitting down (``round_sitting_nouns``: للجلوس، الجلوس) right after
        an adjective of readiness in any gender and number (``round_ready``: نحن مستعدون للجلوس
        في جيبوتي، الحكومة مستعدة للجلوس مع المعارضة): the offer of a round, a noun trigger
        the adjective governs. Anywhere else sitting down tells no particular round (رفض
        الجلوس مع الوفد، قبل الجلوس إلى الطاولة)."""
        found = find_cues(analysis, {"round_sitting_nouns": "noun"})
        if not found:
            return []
        ready = analysis.word_set("round_ready")
        return [
            cue
            for cue in found
            if (previous := _previous_words(analysis, cue.start, 1))
            and previous[0].lstrip("و") in ready
        ]

    def _gatherings(self, analysis: Analysis, triggers: Sequence[Cue]) -> list[Cue]:
        """Verbs of bringing parties together told as the meeting itself (``round_gathering``).

        "حين جمع الوسيط الرئيسَ A ورئيسَ B في X" (held), "سيجمع الطرفين في X" (planned),
        "سيحاول جمع الطرفين مجدداً في X"، "نجحت أنقرة في جمع A وB في X" (the verbal noun, a
        noun trigger the verb before it governs). Only with no round noun before it in its
        clause (لقاء جمع، القمة التي جمعت: that round's relative clause), an object that
        names parties (a named party or a word for both sides, or the pronoun of the two)
        and a place after the first في of its clause.
        """
        found = find_cues(analysis, {"round_gathering": "gathering", "round_standing": "standing"})
        if not found:
            return []
        text = self.text
        kinds = (EntityKind.PERSON, EntityKind.COUNTRY, EntityKind.GROUP, EntityKind.ORGANIZATION)
        party_starts = {start for start, _, _ in located_entities(analysis, kinds)}
        place_starts = {
            start
            for start, _, _ in located_entities(analysis, (EntityKind.PLACE, EntityKind.COUNTRY))
        }
        references = analysis.word_set("party_references")
        nouns = [c.start for c in triggers]
        dates = [norm_range(analysis, d.span) for d in analysis.dates]
        gathered = []
        for cue in found:
            word = text[cue.start : cue.end]
            verb = word[1:] if word[:1] in "وف" and not word.startswith(cue.word) else word
            if _negated(text, cue.start):
                continue
            if cue.label == "standing":
                if self._stands_together(cue, party_starts, place_starts, dates):
                    gathered.append(Cue(cue.start, cue.end, cue.word, "held"))
                continue  # حين وقف X وY إلى جانب Z في البيت الأبيض
            index = bisect.bisect_left(nouns, cue.start)
            if (
                index
                and cue.start - nouns[index - 1] < 90
                and not has_break(text, nouns[index - 1], cue.start)
            ):
                continue  # لقاء جمع X وY، القمة التي جمعت: the round noun's relative clause
            previous = [
                "" if a in party_starts or a in place_starts else text[a:b]
                for a, b in reversed(analysis.words_in(max(0, cue.start - 60), cue.start))
                if not has_break(text, b, cue.start)
                and not any(d0 <= a and b <= d1 for d0, d1 in dates)
            ][:8]  # nearest first; a name is no verb (نجحت تركيا في جمع); a date is an
            # adjunct, no word of the clause (نجحت أنقرة في ديسمبر 2024 في جمع)
            if previous[1:2] == ["في"] and previous[:1] == ["في"]:
                previous = previous[1:]  # في [date] في جمع: the date's preposition
            label = self._gathering_tense(verb, previous)
            if label is None:
                continue
            several = verb.endswith(SEVERAL_PRONOUNS)  # جمعهما: the pronoun of both parties
            named = 0  # named parties in the object; one and a conjoined noun is two
            spans = analysis.words_in(cue.end, min(len(text), cue.end + 170))[:24]
            at_place = False
            for i, (a, b) in enumerate(spans[:-1]):
                if has_break(text, cue.end, a):
                    break
                w = text[a:b]
                if w != "في":
                    if (
                        a in party_starts
                        or (w[:1] in "وب" and a + 1 in party_starts)
                        or (named and w.startswith("وال"))
                    ):
                        named += 1  # الرئيس A والرئيس B، الحكومة التشادية والمعارضة
                    several = several or named >= 2 or w in references or bare(w) in references
                    continue
                after = spans[i + 1 : i + 3]
                if any(d0 <= after[0][0] < d1 for d0, d1 in dates):
                    continue  # جمعت المنامة في يناير 2024 X وY: a date's في, the object after it
                if after[0][0] in place_starts:
                    at_place = True
                elif len(after) == 2 and text[after[0][0] : after[0][1]] in VENUE_FILLERS:
                    at_place = after[1][0] in place_starts
                break
            if several and not at_place:
                subject = self._gathering_city(cue, label, dates)
                if subject is not None:  # جمعت المنامة X وY، أنقرة نجحت في جمع X وY
                    at_place, label = True, subject[1]
                    self.gathered_venues[cue.start] = subject[0]
            if several and at_place:
                gathered.append(Cue(cue.start, cue.end, cue.word, label))
        return gathered

    def _gathering_city(
        self, cue: Cue, label: str, dates: list[tuple[int, int]]
    ) -> tuple[int, str] | None:
        """Where the city starts that is the subject of a verb of bringing parties together,
        and the trigger kind it gives, for a verb with no في and a place after it: the city
        that brings them together is where they met.

        The city stands right after a finite verb (جمعت المنامة في يناير X وY), or it opens
        the clause with one verb of its own besides the verb of bringing together, dates and
        their في aside: a past verb of managing before the verbal noun (أنقرة نجحت في ديسمبر
        في جمع X وY, held as `_gathering_tense` reads it) or a past verb of coming before the
        purpose لـ (ثم جاءت جدة في 11 مارس لتجمع X وY: it came and gathered them, held). Only
        a city (a place, not a country: نجحت تركيا في جمع is a mediator, not a venue).
        """
        text = self.text
        cities = {start for start, _, _ in located_entities(self.analysis, (EntityKind.PLACE,))}
        word = text[cue.start : cue.end]
        purpose = word[:1] == "ل" and not cue.word.startswith("ل")  # لتجمع: the purpose لـ
        before = [
            (a, b)
            for a, b in self.analysis.words_in(max(0, cue.start - 80), cue.start)
            if b <= cue.start
        ]
        governed = bool(before) and text[slice(*before[-1])] in ("في", "من", "علي", "الي")
        if label == "held" and not purpose and not governed:
            after = self.analysis.words_in(cue.end, min(len(text), cue.end + 20))[:1]
            if after and after[0][0] in cities:
                return after[0][0], label  # جمعت المنامة X وY: the city, the verb's subject
        clause = []
        for a, b in reversed(before):
            if has_break(text, b, cue.start):
                break
            clause.append((a, b))
        if governed:
            clause = clause[1:]  # the preposition of the verbal noun (في جمع)
        words = [
            (a, b)
            for a, b in reversed(clause)
            if text[a:b] not in ("في", "ثم") and not any(d0 <= a and b <= d1 for d0, d1 in dates)
        ]
        if len(words) != 2:
            return None
        city = next((a for a, _ in words if a in cities), None)
        verb = next((text[a:b] for a, b in words if a not in cities), None)
        if city is None or verb is None:
            return None
        if governed and label == "held" and verb in self.analysis.word_set("round_managing_past"):
            return city, label  # أنقرة نجحت في ديسمبر 2024 في جمع X وY
        if purpose and verb in self.analysis.word_set("round_gathering_coming"):
            return city, "held"  # ثم جاءت جدة في 11 مارس لتجمع X وY
        return None

    def _stands_together(
        self,
        cue: Cue,
        party_starts: set[int],
        place_starts: set[int],
        dates: list[tuple[int, int]],
    ) -> bool:
        """Whether a verb of standing (``round_standing``) tells leaders meeting: "حين وقف X وY
        إلى جانب Z في البيت الأبيض"، "عندما وقف الرئيس مساء الأربعاء بين الرئيس A ورئيس
        الوزراء B في المجمع الرئاسي بأنقرة". The verb follows a conjunction of time (حين،
        عندما، حينما: a verb opens their clause, never the verbal noun of وقف
        إطلاق النار); before the first في of its clause stand a word of beside or between
        (``round_standing_beside``) and two named parties at least; that في names a place
        (within three words, بأنقرة too) or a date. Not: وقف الوزير أمام البرلمان في X (no
        one beside him), وقف إلى جانب الحكومة (a stance: no place nor date follows)."""
        text = self.text
        previous = _previous_words(self.analysis, cue.start, 1)
        if not previous or previous[0].lstrip("وف") not in STANDING_OPENERS:
            return False
        beside_words = self.analysis.word_set("round_standing_beside")
        beside = False
        named = 0
        spans = self.analysis.words_in(cue.end, min(len(text), cue.end + 170))[:24]
        for i, (a, b) in enumerate(spans[:-1]):
            if has_break(text, cue.end, a):
                return False
            word = text[a:b]
            if word != "في":
                beside = beside or word in beside_words or bare(word) in beside_words
                if a in party_starts or (word[:1] in "وب" and a + 1 in party_starts):
                    named += 1  # X وY، بين الرئيس A ورئيس الوزراء B
                continue
            if not (beside and named >= 2):
                return False
            after = spans[i + 1 : i + 4]
            venues = place_starts | {  # في البيت الأبيض: a seat of government is a venue too
                start for start, _, _ in located_entities(self.analysis, (EntityKind.ORGANIZATION,))
            }
            return any(d0 <= after[0][0] < d1 for d0, d1 in dates) or any(
                x in venues or _bi_place(text, x, venues) for x, _ in after
            )
        return False

    def _gathering_tense(self, verb: str, previous: list[str]) -> str | None:
        """The trigger kind of a verb of bringing together, from its tense or what governs it.

        A finite verb tells its tense (جمع held, يجمع present, سيجمع planned). The bare form
        after a preposition or a verb is the verbal noun: after the past of a verb of managing
        (نجحت في جمع، تمكن من جمع) it was held; after a verb to come or a purpose (سيحاول
        جمع، يسعى إلى جمع، لجمع) it is only possible; after anything else it tells nothing.
        """
        if verb in ("لجمع", "بجمع"):
            return "possible" if verb == "لجمع" else None
        if verb != "جمع":
            if verb.startswith(("سي", "ست")):
                return "planned"
            return "present" if verb.startswith(("ي", "ت")) else "held"
        words = [w[1:] if w[:1] in "وف" and len(w) > 4 else w for w in previous[:8]]
        if previous[:1] and previous[0] in ("في", "من", "علي", "الي"):
            managing = self._managing_tense(words[1:])
            if managing is not None:  # نجحت أنقرة في جمع، قبل أن تنجح الوساطة في جمع
                return managing
        if any(_present_tense(w) or (w[:1] == "س" and _present_tense(w[1:])) for w in words[:3]):
            return "possible"  # سيحاول الوسيط جمع، يسعى إلى جمع
        if previous[:1] and previous[0] in ("في", "من", "علي", "الي"):
            return None  # بدلاً من جمع، الحاجة إلى جمع: no verb says it happened
        return "held"  # حين جمع الوسيط: the past verb itself

    def _managing_tense(self, words: list[str]) -> str | None:
        """The trigger kind a verb of managing gives the verbal noun of bringing together
        after its preposition (``round_managing_past``, ``round_managing_present``; ``words``
        nearest first, past the preposition): its past says it took place (نجحت في جمع،
        تمكن من جمع); the present says so only after قبل أن / بعد أن (the past in a story),
        the future after س (ستنجح في جمع), and a chance anywhere else (قد تنجح في جمع)."""
        past = self.analysis.word_set("round_managing_past")
        present = self.analysis.word_set("round_managing_present")
        for index, word in enumerate(words[:4]):
            if word in past:
                return "held"
            if word in present or (word[:1] == "س" and word[1:] in present):
                if word[:1] == "س":
                    return "planned"
                before = words[index + 1 : index + 3]
                told = before[:1] == ["ان"] and before[1:2] in (["قبل"], ["بعد"])
                return "held" if told else "possible"
        return None

    def _returns(self, analysis: Analysis, triggers: Sequence[Cue]) -> list[Cue]:
        """Verbs of returning told as the sides meeting again at a place (``round_returning``).

        "ثم عاد الطرفان إلى الدوحة" (held), "سيعود الوفدان إلى جنيف" (planned), "على أن يعود
        الجانبان إلى العاصمة القطرية" (the present, which its cue governs), "وافقا على العودة
        إلى الدوحة، مستعدون للعودة إلى جدة" (the verbal noun, a noun trigger the word of
        agreeing or readiness right before it governs). A verb only with a subject that names
        the sides or their delegations (``party_references``, ``RETURNING_SUBJECTS``: not عاد
        الوفد إلى القاهرة, one delegation going home, nor عاد النازحون إلى مدنهم); then إلى and
        a place the gazetteer holds as a city or town (after a city noun too), with no break
        between: a country after إلى is as often a delegation's home as the venue, and so are
        two places joined by و (عاد الوفدان إلى موسكو وكييف). A round
        noun in the clause after it tells the round itself (عاد الوفدان إلى جنيف لجولة رابعة،
        عادت الوفود إلى الدوحة لاستئناف المحادثات): the verb is then that round's cue, no
        trigger.
        """
        found = find_cues(analysis, {"round_returning": "returning"})
        if not found:
            return []
        text = self.text
        towns = {start: end for start, end, _ in located_entities(analysis, (EntityKind.PLACE,))}
        homes = {
            start
            for start, _, _ in located_entities(analysis, (EntityKind.PLACE, EntityKind.COUNTRY))
        }
        subjects = analysis.word_set("party_references") | RETURNING_SUBJECTS
        ready = analysis.word_set("round_ready")
        agree = analysis.word_set("round_agree")
        to = normalize_text("إلى")
        returns = []
        for cue in found:
            word = text[cue.start : cue.end]
            verb = word[1:] if word[:1] in "وف" and not word.startswith(cue.word) else word
            if _negated(text, cue.start):
                continue
            noun = verb.endswith("عوده")
            agreed = False
            if noun:
                previous = _previous_words(analysis, cue.start, 2)
                agreed = previous[:1] == ["علي"] and any(
                    w in agree or (w[:1] in "وف" and w[1:] in agree) for w in previous[1:]
                )  # (وافقا: its و is the root's; فوافقا، واتفقا: a conjunction)
                if not agreed and not (previous and previous[0].lstrip("و") in ready):
                    continue  # العودة إلى الدوحة with no offer nor agreement: no round
            spans = analysis.words_in(cue.end, min(len(text), cue.end + 60))[:6]
            several = noun
            for index, (a, b) in enumerate(spans[:-1]):
                if has_break(text, cue.end, a):
                    break
                following = text[a:b]
                if following != to:
                    several = several or following in subjects or bare(following) in subjects
                    continue
                after = spans[index + 1 : index + 3]
                town = after[0][0] if after[0][0] in towns else None
                if town is None and len(after) == 2 and text[slice(*after[0])] in VENUE_FILLERS:
                    town = after[1][0] if after[1][0] in towns else None
                beyond = analysis.words_in(towns[town], towns[town] + 30)[:1] if town else []
                place = town is not None and not (
                    beyond and text.startswith("و", beyond[0][0]) and beyond[0][0] + 1 in homes
                )  # عاد الوفدان إلى موسكو وكييف: each to its capital, no venue (both sides
                # going to one city is where they meet)
                nouns = [c.start for c in triggers if c.label == "noun"]
                told = next((n for n in nouns if after[0][0] < n < after[0][0] + 60), None)
                if told is not None and not has_break(text, after[0][0], told):
                    break  # عاد الوفدان إلى جنيف لجولة رابعة: the round noun's own cue
                if several and place:
                    label = (
                        "planned"  # وافقا على العودة إلى الدوحة: agreed on, to come
                        if agreed
                        else "noun"  # مستعدون للعودة إلى جدة: the readiness before it
                        if noun
                        else "planned"
                        if verb.startswith(("سي", "ست"))
                        else "present"
                        if verb.startswith(("ي", "ت"))
                        else "held"
                    )
                    returns.append(Cue(cue.start, cue.end, cue.word, label))
                break
        return returns

    def _construct_duals(
        self, analysis: Analysis, lexicon: str = "round_construct_duals"
    ) -> list[Cue]:
        """Nouns that are round nouns only in construct with a place right after: the duals of
        round nouns (جولتا جدة، اجتماعي جنيف; also in construct with the talks they count, a
        round noun with the article: جولتا المحادثات، جولتي المفاوضات) and a conference named
        by its city (مؤتمر برلين
        الثاني، مؤتمر كرانس مونتانا; ``round_construct_nouns``). A purpose with لـ after the
        place other than talks (``round_talks_purposes``: للحوار، للسلام) says it gathers for
        something else (مؤتمر القاهرة لإعادة إعمار غزة، مؤتمر باريس لدعم لبنان)."""
        duals = find_cues(analysis, {lexicon: "noun"})
        if not duals:
            return []
        talks = analysis.word_set("round_talks_purposes")
        nouns = analysis.word_set("round_nouns")
        places = {start: end for start, end, _ in located_entities(analysis, (EntityKind.PLACE,))}
        found = []
        for cue in duals:
            following = analysis.words_in(cue.end, min(len(self.text), cue.end + 3))[:1]
            if not following or has_break(self.text, cue.end, following[0][0]):
                continue
            word = self.text[slice(*analysis.words_in(following[0][0], following[0][0] + 20)[0])]
            if (
                lexicon == "round_construct_duals"
                and word.startswith("ال")
                and (word[2:] in nouns or word[2:] in TALKS_IN_CONSTRUCT)
            ):  # جولتا المحادثات، جولتي المفاوضات: a dual in construct with the talks it counts
                found.append(cue)
                continue
            if following[0][0] not in places:
                if lexicon == "round_construct_nouns" and self._conference_of_talks(cue, talks):
                    found.append(cue)  # مؤتمر دولي للسلام، مؤتمر حوار وطني: talks by name
                continue
            end = places[following[0][0]]
            after = [
                self.text[a:b]
                for a, b in analysis.words_in(end, min(len(self.text), end + 30))[:2]
                if not has_break(self.text, end, a)
            ]
            purpose = next((w for w in after if w.startswith("ل") and len(w) >= 4), None)
            if purpose is not None and not (purpose[1:] in talks or "ال" + purpose[2:] in talks):
                continue  # مؤتمر القاهرة لإعادة الإعمار: a conference for something else
            found.append(cue)
        return found

    def _conference_of_talks(self, cue: Cue, talks: frozenset[str]) -> bool:
        """Whether a conference named by no city says it is talks: a word of peace, dialogue or
        negotiation (``round_talks_purposes``) among the next three words, bare or after لـ
        (مؤتمر دولي للسلام، مؤتمر حوار وطني شامل، مؤتمر التشاور الوطني، مؤتمر عام للحوار). A
        conference for anything else (مؤتمر صحفي، مؤتمر المانحين) gathers no parties. An
        adjective right after the noun that tells its breadth or its number of sides
        (``round_conference_formats``: مؤتمر موسع يضم الحكومة والولايات، مؤتمر جامع يضم كل
        الفصائل، مؤتمر خماسي رسمي) says the same: it seats the parties themselves."""
        formats = self.analysis.word_set("round_conference_formats")
        words = self.analysis.words_in(cue.end, min(len(self.text), cue.end + 40))[:3]
        for index, (start, end) in enumerate(words):
            if has_break(self.text, cue.end, start):
                return False
            word = bare(self.text[start:end])
            if index == 0 and word in formats:
                return True
            if word in talks or "ال" + word in talks:
                return True
        return False

    def _object_after_aside(self, cue: Cue) -> bool:
        """Whether a word of holding after an aside is the object of a modal cue before it.

        "لم يستبعد فيدان، في تصريحات لوكالة الأناضول، عقد لقاء يجمع الرئيسين": the comma
        closes an aside, and عقد is the verbal noun the cue before the aside governs, not a
        verb opening a clause.
        """
        before = self.text[max(0, cue.start - 70) : cue.start]
        match = regex.search(r",[^,\n]{1,60},\s*$", before)
        if match is None:
            return False
        aside = cue.start - len(before) + match.start()
        return any(
            c.label in ("possible", "proposed", "proposed_object", "planned", "planned_object")
            and 0 <= aside - c.end <= 25
            and not has_break(self.text, c.end, aside)
            for c in self.statuses
        )

    def _relative_verb(self, cue: Cue) -> bool:
        """Whether a verb of holding that opens no clause is a relative clause's verb.

        "الاجتماع الأخير الذي عُقد في تونس"، "بلقاء على مستوى كبيرَي المفاوضين عُقد الثلاثاء":
        after a relative pronoun or a noun, not after a preposition or a word of purpose or
        time (بعد عقد جولة، إلى عقد، لعقد: a verbal noun). It states a status only after the
        round noun (as ``held_relative``).
        """
        text = self.text
        if text[cue.start] in "لب" and not cue.word.startswith(text[cue.start]):
            return False
        previous = _previous_words(self.analysis, cue.start, 1)
        if not previous:
            return False
        word = previous[0]
        if word in RELATIVES:
            return True
        return not (
            word in PREPOSITIONS
            or word in PURPOSES
            or word in AHEAD_WORDS
            or word in TOPICS
            or word in ("علي", "الي", "اعاده", "امكانيه", "ضروره", "اهميه")
            or bare(word) in self.analysis.word_set("round_verbal_nouns")
        )

    def _sendings(self, analysis: Analysis) -> list[Cue]:
        """ "أرسلت الحكومة وفداً": a verb of sending and a delegation noun, as one status cue."""
        verbs = find_cues(analysis, {"round_send_past": "held", "round_send_future": "planned"})
        nouns = find_cues(analysis, {"round_delegations": "delegation"})
        found = []
        for verb in verbs:
            for noun in nouns:
                if verb.end <= noun.start <= verb.end + 30 and not has_break(
                    self.text, verb.end, noun.start
                ):
                    found.append(Cue(verb.start, noun.end, verb.word, verb.label))
                    break
        return found

    def _part_of_a_round(self, cue: Cue) -> bool:
        """Whether a session noun names a part of a round, not a round: an adjective of a part
        of the day or programme right after it (الجلسة الختامية، جلسة مسائية), or, after at
        most one word, the round it belongs to with من or ل (الجلسة الأولى من الجولة الثالثة،
        الجلسة الختامية لمفاوضات جنيف), or a number among its sittings (`_numbered_sitting`:
        الجلسة الأولى). Not when it names the parties it seats
        (`_sitting_between_parties`: جلسة مسائية كانت مقررة بين الوسطاء ووفد حماس)."""
        text = self.text
        if self._sitting_between_parties(cue.end):
            return False  # جلسة مسائية كانت مقررة بين الوسطاء ووفد حماس: its parties' sitting
        following = self.analysis.words_in(cue.end, min(len(text), cue.end + 40))[:3]
        words = [text[a:b] for a, b in following]
        if words and words[0] in self.analysis.word_set("round_session_parts"):
            return True
        if self._numbered_sitting(cue, following):
            return True
        nouns = self.analysis.word_set("round_nouns")
        for k, word in enumerate(words[:2]):
            if has_break(text, cue.end, following[k][0]):
                return False
            if word == "من" and k + 1 < len(words) and bare(words[k + 1]) in nouns:
                return True
            if word.startswith("ل") and bare(word) in nouns:
                return True
        return False

    def _numbered_sitting(self, cue: Cue, following: list[tuple[int, int]]) -> bool:
        """Whether a definite session noun is numbered among the sittings of the round told:
        an ordinal right after it, with no من after the ordinal to name a series of its own
        (انطلاق الجلسة الأولى برئاسة الوزيرين، افتُتحت الجلسة الأولى في أحد فنادق عمّان: the
        first sitting of the meeting the story is about, not a first round; not الجلسة الثانية
        من "الحوار المهيكل", the dialogue's second session). The blind gold gives such a
        sitting the round's ordinal or no record, never its own number."""
        text = self.text
        if not following or not text[cue.start : cue.end].lstrip("وف").startswith(("ال", "بال")):
            return False
        first_start, first_end = following[0]
        if has_break(text, cue.end, first_start) or not any(
            o.value is not None and norm_range(self.analysis, o.span) == (first_start, first_end)
            for o in self.analysis.ordinals
        ):  # (not التالية، المقبلة: the next sitting, told as a round to come)
            return False
        return len(following) < 2 or text[slice(*following[1])] != "من"

    def _cluster(self, triggers: list[Cue]) -> list[tuple[int, int, str]]:
        """Adjacent triggers (الجولة الثالثة من المفاوضات، محادثات السلام) as one trigger."""
        clusters: list[tuple[int, int, str]] = []
        for cue in triggers:
            if clusters:
                start, end, kind = clusters[-1]
                gap = self.text[end : cue.start]
                if (
                    len(gap) <= 22
                    and not has_break(self.text, end, cue.start)
                    and kind == "noun"
                    and cue.label == "noun"
                    and not any(
                        end <= c.start and c.end <= cue.start for c in self.statuses if c.label
                    )  # جولة مسقط بعد تأجيل جولة: a cue between them tells another round
                    and not self._coordinated(end, cue.start)
                    and not self._another_clause_between(end, cue.start)
                    and cue.start not in self.dialogue_starts
                    and not any(
                        self.text[a:b] in SINCE_WORDS or self.text[a:b] in ORDERING_WORDS
                        for a, b in self.analysis.words_in(end, cue.start)
                    )  # جولة هي الثالثة منذ مفاوضات جنيف: the talks since which it is counted;
                    # الاجتماع بعد أشهر من القمة: one event ordered after another
                ):
                    clusters[-1] = (start, cue.end, kind)
                    continue
            clusters.append((cue.start, cue.end, cue.label))
            self.heads[cue.start] = cue.end
        return clusters

    def _another_clause_between(self, end: int, start: int) -> bool:
        """Whether the words between two round nouns open the second one's own clause.

        A that-word (قال بعد الاجتماع إن الوفدين اتفقا على الالتقاء مجدداً، أعلنا في ختام
        الاجتماع أن الاجتماع التاسع سيُعقد) or a verbal noun of holding (اتفقوا في ختام
        الاجتماعات على عقد الجولة الثانية) puts the second noun in a clause of its own, with
        its own status: the meeting just closed and the one agreed on or announced there are
        two rounds, not one phrase like الجولة الثالثة من المفاوضات. (When the second is the
        same round, قال عقب الاجتماع إن المحادثات كانت صريحة, the two mentions are merged
        later, as any two mentions of one round are.) طاولة is no holding here: جولة على طاولة
        المفاوضات is one phrase.
        """
        holding = self.analysis.word_set("round_holding_nouns") - {"طاوله"}
        return any(
            (word := self.text[a:b]) in THAT_WORDS or word.lstrip("وفل") in holding
            for a, b in self.analysis.words_in(end, start)
        )

    def _moved_to_a_place(self, cue: Cue) -> bool:
        """Whether a verb of moving takes a round to a place (انتقلت الجولة الثانية إلى روما،
        الجولة الثالثة عادت إلى مسقط، عادت الرياض لتستضيف جولة)."""
        to = normalize_text("إلى")
        spans = self.analysis.words_in(cue.end, min(len(self.text), cue.end + 90))
        for index, (a, b) in enumerate(spans):
            if has_break(self.text, cue.end, a):
                return False
            word = self.text[a:b]
            if index <= 1 and word.startswith("ل") and word[1:] in self.host_words:
                return True  # عادت الرياض لتستضيف
            if (
                index <= 3
                and word[:1] == "ل"
                and any(p_start == a + 1 for p_start, _, _ in self._moving_places)
            ):
                return True  # عادت المحادثات لمسقط: the preposition attached
            if word == to and index + 1 < len(spans):
                following = spans[index + 1][0]
                target = self.text[following : spans[index + 1][1]]
                agenda = self.analysis.word_set("round_agenda_nouns")
                return (
                    any(p_start == following for p_start, _, _ in self._moving_places)
                    or target in VENUE_FILLERS
                    or (
                        target in TABLE_WORDS
                        and not any(bare(self.text[x:y]) in agenda for x, y in spans[:index])
                    )  # عاد الطرفان إلى طاولة المفاوضات: back at the table, the talks resume
                )  # (not: عادت ملفات الحدود إلى طاولة الحوار, a topic back on the agenda)
        return False
