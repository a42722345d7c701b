"""Delegations arriving or travelling for a round, and trips told with no round noun.

"وصل الوفد … إلى الدوحة للمشاركة في جولة المحادثات": the verb of arriving tells the
round's venue and whether it is planned or under way; "وفد يتوجه إلى القاهرة لبحث …" is a
round of its own.
"""

from __future__ import annotations

import functools

from negotext.ar.normalize import normalize_text
from negotext.extractors._common import (
    Cue,
    bare,
    find_cues,
    has_break,
    segment_label,
    sentence_range,
)
from negotext.extractors.round_grouping import _past, _this_week
from negotext.extractors.rounds.formats import _Formats
from negotext.extractors.rounds.mention import _Mention, _starting_within
from negotext.extractors.rounds.text import _negated, _previous_words
from negotext.extractors.rounds.words import (
    ARRIVAL_REACH,
    BEFORE_WINDOW,
    CLAUSE_PUNCTUATION,
    CONTRASTS,
    PAST_COPULAS,
    PREPOSITIONS,
    RELATIVES,
    SENTENCE_END,
    VENUE_WORDS_EXTRA,
)
from negotext.records import DateRef, Entity, EntityKind, RoundStatus

#: Words that join a verb of meeting to the visit before it (زار X حين التقى، عندما التقى).
MEETING_CONJUNCTIONS = frozenset(normalize_text(w) for w in ("حين", "حينما", "عندما", "إذ"))

#: How far past a verb of visiting its city may stand (past its subject: زار المبعوث الأمريكي
#: الخاص لشؤون الرهائن … كابل).
VISIT_REACH = 130

#: Words that open an apposition or a copula on a visit after a comma (، في زيارة هي الخامسة،
#: وكانت تلك أول زيارة، وهي الزيارة الثانية).
VISIT_APPOSITIONS = frozenset(
    normalize_text(w) for w in ("في", "وفي", "هي", "وهي", "كانت", "وكانت", "وتعد", "وتعتبر")
)

#: How many words a visit's agent may take between the noun and إلى (وفد سعودي برئاسة السفير
#: محمد آل جابر، المبعوث الأمريكي للمهمات الخاصة غرينيل).
VISIT_AGENT_WORDS = 8

#: A delegation noun, bare (وفد، وفدنا): a place right after it names the delegation.
DELEGATION = normalize_text("وفد")

#: The noun of a visit, bare (زيارة): an ordinal next to it counts the visit.
VISIT = normalize_text("زيارة")

#: Words before a noun that make it the subject of the verb that follows it (وكان وفد من
#: اللجنة قد زار، أكدت أن وفداً أميركياً زار): the past of كان and أن / إن.
SUBJECT_OPENERS = PAST_COPULAS | frozenset(
    normalize_text(w) for w in ("أن", "وأن", "بأن", "إن", "وإن", "فإن")
)

#: Words that open another clause between a delegation and a verb of visiting: the verb's
#: subject is then someone else (أرسلت وفداً بعد أن زار الرئيس …).
OTHER_CLAUSE = frozenset(normalize_text(w) for w in ("أن", "بأن", "وأن", "إن", "ثم", "بعد", "قبل"))

#: How many words of its phrase (من اللجنة، أميركياً برئاسة المبعوث X) a delegation told
#: before its verb of visiting may have.
SUBJECT_PHRASE_WORDS = 8


class _Arrivals(_Formats):
    """The reader's arrivals and trips."""

    @functools.cached_property
    def delegation_cues(self) -> list[Cue]:
        """The document's delegation nouns (``round_delegations``, with their suffixes: وفدنا),
        found once for the trips, visits and arrivals that need a negotiator to travel."""
        return find_cues(self.analysis, {"round_delegations": "delegation"}, suffixes=True)

    def _arriving(self, start: int, end: int) -> bool:
        """Whether a cue is a verb of a delegation arriving or travelling (وصل، توجه)."""
        words = self.text[start:end].split()
        if len(words) != 1:
            return False
        word = words[0]
        return word in self.arrival_words or (word[0] in "وف" and word[1:] in self.arrival_words)

    def _arrived(self, start: int, end: int) -> bool:
        """Whether a verb of arriving is in the past of arriving (وصل الوفد، ووصلت الوفود)."""
        word = self.text[start:end].strip()
        return word in self.arrived_words or (word[:1] in "وف" and word[1:] in self.arrived_words)

    def _purpose_of(self, purpose: Cue, start: int) -> bool:
        """Whether a word of purpose (لعقد، لإجراء) governs the round at ``start``: right before
        it, or before an ordinal in construct with it (لعقد ثالث لقاء بينهما)."""
        if not purpose.end <= start:
            return False
        if start - purpose.end <= 4:
            return True
        between = self.analysis.words_in(purpose.end, start)
        return len(between) == 1 and any(
            o_start == between[0][0] and o_end == between[0][1] and o.value is not None
            for o_start, o_end, o in self.ordinals
        )

    def _for_the_round(self, start: int) -> bool:
        """Whether the round noun at ``start`` carries لـ of purpose (لجولة ثانية، للجولة)."""
        cue = self.trigger_cues.get(start)
        if cue is None:
            return False
        word = self.text.find(cue.word, cue.start, cue.end)
        return self.text[cue.start : max(cue.start, word)].lstrip("وف").startswith("ل")

    def _arrival_for(self, start: int, sent_start: int, previous_end: int) -> Cue | None:
        """The verb of arriving whose clause a word of purpose right before the round completes.

        "وصل الوفد العسكري برئاسة اللواء … إلى مقر البعثة الأممية في مدينة سرت، للمشاركة في
        الاجتماع الرابع للجنة": past a long subject, the destination and a comma, the purpose
        (للمشاركة في، لعقد، لإجراء) still says what the delegation came for. The verb must be
        the nearest cue before the purpose, and إلى (where it went) must stand between them.
        """
        purpose = next((p.start for p in self.purposes if self._purpose_of(p, start)), None)
        if purpose is None and self._for_the_round(start):
            purpose = start  # عاد الوفدان إلى جدة في أكتوبر لجولة ثانية: لـ on the noun itself
        if purpose is None:
            return None
        low = max(sent_start, purpose - BEFORE_WINDOW - ARRIVAL_REACH, previous_end)
        cue = next(
            (c for c in reversed(self.statuses) if c.label and low <= c.start and c.end <= purpose),
            None,
        )
        if cue is None or not self._arriving(cue.start, cue.end):
            return None
        between = self.text[cue.end : purpose]
        if SENTENCE_END.search(between) or between.count(",") > 2 or ";" in between:
            return None
        words = [self.text[a:b] for a, b in self.analysis.words_in(cue.end, purpose)]
        if normalize_text("إلى") not in words or any(w in CONTRASTS for w in words):
            return None
        return cue

    def _met_on_the_visit(self, start: int) -> bool:
        """Whether the trigger at ``start`` is a past verb of meeting joined by و or حين to
        the visit before it (زار المبعوث بورتسودان في أبريل، والتقى قائد الجيش؛ زار الوزير
        أديس أبابا حين التقى رئيس الوزراء): the meeting took place where the visit went."""
        cue = self.trigger_cues.get(start)
        if cue is None or cue.label != "held":
            return False
        if self.text[start] == "و" and not cue.word.startswith("و"):
            return True  # والتقى
        before = _previous_words(self.analysis, start, 1)
        return bool(before) and before[0].lstrip("و") in MEETING_CONJUNCTIONS

    def _arrival_venue(self, start: int, sent_start: int) -> tuple[int, int, Entity] | None:
        """Where a delegation arrives for the round: its venue.

        "وصل وفد حماس إلى العاصمة القطرية مساء الأحد، استعداداً لجولة جديدة": the round
        (after a word of purpose or preparing, or with لـ) is held where the verb of
        arriving before it in the sentence takes the delegation.
        """
        words = _previous_words(self.analysis, start, 2)
        first = self.text[start:].split(maxsplit=1)[0]
        purpose = (
            (first.startswith("ل") and not first.startswith("لقاء"))
            or any(bare(w) in self.preparing for w in words)
            or any(self._purpose_of(p, start) for p in self.purposes)
        )
        low = max(sent_start, start - 2 * BEFORE_WINDOW)  # past a long delegation name
        arrivals = [c for c in self.arrivals if low <= c.start and c.end <= start]
        if not arrivals:
            return None
        verb = arrivals[-1]
        where = normalize_text("حيث")
        if not purpose and not (
            verb.label == "visit"
            and (
                any(
                    self.text[a:b].lstrip("و") == where
                    for a, b in self.analysis.words_in(verb.end, start)
                )
                or self._met_on_the_visit(start)
            )
        ):  # زار مسقط حيث أجرى محادثات: talks where the visit took him
            return None
        found = [
            (p_start, p_end, entity)
            for p_start, p_end, entity in _starting_within(self.places, verb.end, start)
            if p_end <= start
            and entity.kind != EntityKind.ORGANIZATION
            and (
                _previous_words(self.analysis, p_start, 1) == [normalize_text("إلى")]
                or verb.label == "visit"
            )
        ]
        if found and verb.label == "visit":  # زار وزير الخارجية الإيراني مسقط: the city
            # visited is the last, not a demonym before it nor one after it (على رأس وفد سعودي)
            cities = [item for item in found if item[2].kind == EntityKind.PLACE]
            return (cities or found)[-1]
        if found:
            return found[0]
        return self._named_city(verb.start, verb.end, start, reach=start - verb.end)

    def _trips(self) -> list[_Mention]:
        """A delegation travelling to a place to negotiate, told with no round noun.

        "وفد إسرائيلي أمني يتوجه إلى القاهرة الخميس لبحث آلية تشغيل المعبر": a delegation
        noun next to a verb of arriving (``round_arrival``), إلى and a place, then a word of
        purpose (``round_trip_purposes``) in the clause: a round planned there (not held:
        it has not begun). A round noun in the clause tells the round itself instead.

        A verb of visiting (``round_visit``) takes the place as its object with no إلى
        ("وفد من X سيزور دمشق قريباً لاستكمال النقاش"، "زار وفد حكومي نجامينا لبحث …"): the
        visit to come is planned, the one told in the past held.
        """
        text = self.text
        delegations = self.delegation_cues
        purposes = find_cues(self.analysis, {"round_trip_purposes": "purpose"})
        found = []
        for verb in self.arrivals:
            if not self.context or _negated(text, verb.start):
                continue
            visit = verb.label == "visit"  # وفد من X سيزور دمشق قريباً لاستكمال النقاش
            if not any(
                (0 <= verb.start - d.end <= 40 and not has_break(text, d.end, verb.start))
                or (0 <= d.start - verb.end <= 3)
                for d in delegations
            ):
                continue  # no delegation travels
            sent_start, sent_end = sentence_range(self.analysis, verb.start)
            to = normalize_text("إلى")
            place = next(
                (
                    item
                    for item in _starting_within(self.places, verb.end, verb.end + 70)
                    if item[2].kind != EntityKind.ORGANIZATION
                    and (
                        _previous_words(self.analysis, item[0], 1) == [to]
                        if not visit
                        else not set(_previous_words(self.analysis, item[0], 1))
                        & (PREPOSITIONS | VENUE_WORDS_EXTRA)
                    )  # (a visit takes the place as its object: يزور X)
                    and not has_break(text, verb.end, item[0])
                ),
                None,
            )
            if place is None:
                continue
            purpose = next(
                (
                    p
                    for p in purposes
                    if place[1] <= p.start <= place[1] + 40
                    and (
                        not has_break(text, place[1], p.start)
                        or self._date_then_comma(place[1], p.start)
                    )
                ),
                None,
            )
            if purpose is None:
                continue
            breaks = [m.start() for m in CLAUSE_PUNCTUATION.finditer(text, purpose.end, sent_end)]
            clause_end = min([sent_end, *breaks])
            if any(verb.start <= t_start < clause_end for t_start, _, _ in self.triggers):
                continue  # للمشاركة في جولة جديدة: the round noun tells the round
            segment = segment_label(self.analysis, self.analysis.span(verb.start, purpose.end))
            if segment is None:
                continue
            word = text[verb.start : verb.end].lstrip("وف")
            status = (
                RoundStatus.HELD
                if visit and not word.startswith(("ي", "ت", "س"))
                else RoundStatus.PLANNED
            )  # زار الوفد X لبحث …: the visit took place; يزور، سيزور: to come
            mention = _Mention(verb.start, verb.end, status, (verb.start, purpose.end), segment)
            mention.verb = True
            mention.arrival = not visit
            mention.arrived = not visit and self._arrived(verb.start, verb.end)
            mention.sentence = (sent_start, sent_end)
            mention.head = "trip"
            mention.place = place[2]
            date = self._date(verb.end, purpose.start, verb.start, verb.end)
            if date is not None:
                mention.date = DateRef(date[2].text, date[2].span, date[2].value)
            found.append(mention)
        return found

    def _visits(self, told: set[int]) -> list[_Mention]:
        """A delegation's visit told in the past to a place, with no round noun: a round
        held there.

        "ثم زار وفدنا الرياض في سبتمبر"، "زار وفد الحزب جزيرة إمرالي يوم الاثنين"، "زار وفد
        الحزب الزعيم المسجون في سجن الجزيرة": a past verb of visiting (``round_visit``) with a
        delegation (``round_delegations``) for its subject, whose object is a place (no
        preposition before it) or who is visited at a place after في, in the verb's clause:
        a delegation sent to the other side meets it there. A visit counted (في زيارة هي
        الخامسة من نوعها، وكانت تلك أول زيارة) gives the round its ordinal. Not negated; not a
        verb ``_trips`` (``told``) has read already (a visit with a purpose), nor a place that
        names the delegation (وفد «إمرالي») or someone's post (المبعوث إلى اليمن). A visit
        by one person (زار الرئيس الفرنسي بيروت) is left out: on unseen articles it named
        state visits as often as talks.
        """
        text = self.text
        delegations = self.delegation_cues
        captives = tuple(self.analysis.word_set("exchange_captive_nouns"))
        found = []
        for verb in self.arrivals:
            if verb.label != "visit" or verb.start in told or not self.context:
                continue
            word = text[verb.start : verb.end].lstrip("وف")
            if word.startswith(("ي", "ت", "س")) or _negated(text, verb.start):
                continue  # يزور، سيزور: to come, read by _trips with its purpose
            sent_start, sent_end = sentence_range(self.analysis, verb.start)
            limit = min(sent_end, verb.end + VISIT_REACH)
            place = None
            for item in _starting_within(self.places, verb.end, limit):
                if has_break(text, verb.end, item[0]):
                    break
                if item[2].kind != EntityKind.PLACE:
                    continue
                before = _previous_words(self.analysis, item[0], 2)
                if "في" in before:
                    place = item  # زار أوجلان في إمرالي، في سجن إمرالي
                    break
                if before[:1] and (
                    before[0] in PREPOSITIONS
                    or before[0].startswith(DELEGATION)
                    or bare(before[0]).startswith(DELEGATION)
                ):
                    continue  # المبعوث إلى اليمن، وفد «إمرالي»: a title's place, a name
                place = item  # زار صنعاء، زار جزيرة إمرالي
                break
            if place is None:
                continue
            if any(
                bare(self.text[a:b]).removeprefix("ال").startswith(captives)
                for a, b in self.analysis.words_in(verb.end, place[0])
            ):
                continue  # زار الصليب الأحمر المعتقلين في سجن X: a visit to captives, no round
            if not any(
                verb.end <= d.start and d.end <= place[0] for d in delegations
            ) and not self._delegation_visited(verb, sent_start, delegations):
                continue  # زار الرئيس الفرنسي بيروت: a visit, no delegation sent to talk
            mention = self._visit_mention(verb, place[1], (sent_start, sent_end), place[2])
            if mention is None:
                continue
            end = place[1]
            following = [c.start for c in self.arrivals if c.start > place[1]]
            counted = self._visit_counted(place[1], min([sent_end, *following]))
            if counted is not None:
                mention.ordinal = counted[2]
                end = max(end, counted[1])
            date = self._date(verb.end, min(sent_end, place[1] + 40), verb.start, verb.end)
            if date is not None and not has_break(text, place[1], date[0]):
                mention.date = DateRef(date[2].text, date[2].span, date[2].value)
            mention.evidence = (verb.start, end)
            found.append(mention)
        return found

    def _delegation_visited(self, verb: Cue, sent_start: int, delegations: list[Cue]) -> bool:
        """Whether a delegation told before a verb of visiting is its subject.

        "وكان وفد من اللجنة قد زار الزعيم المسجون في سجن X"، "أكدت مصادر أن وفداً أميركياً
        برئاسة المبعوث زار كابل"، "ترأس وفداً زار صنعاء"، "وفد الحزب، الذي زار X في Y": the
        subject stands first after كان or أن / إن, at the head of its sentence, right before
        the verb (an indefinite noun and its adjectival clause) or before a relative that
        opens the verb's clause. Between them only the delegation's own phrase (a few words,
        no other clause, no verb of meeting or arriving).
        """
        text = self.text
        delegation = max(
            (d for d in delegations if sent_start <= d.start and d.end <= verb.start),
            key=lambda d: d.start,
            default=None,
        )
        if delegation is None or verb.start - delegation.end > VISIT_REACH:
            return False
        words = [text[a:b] for a, b in self.analysis.words_in(delegation.end, verb.start)]
        if words[-1:] and words[-1] in RELATIVES:
            words = words[:-1]  # وفد الحزب، الذي زار: the comma before the relative
            gap_end = text.rfind(",", delegation.end, verb.start)
            gap_end = gap_end if gap_end >= 0 else verb.start
        else:
            gap_end = verb.start
            if words and not any(
                w in SUBJECT_OPENERS for w in _previous_words(self.analysis, delegation.start, 1)
            ):
                opening = text[sent_start : delegation.start].strip(' \n-—*■"')
                if opening:
                    return False  # a delegation that is no subject (استقبل وفداً ثم زار)
        if has_break(text, delegation.end, gap_end) or len(words) > SUBJECT_PHRASE_WORDS:
            return False
        if any(w in OTHER_CLAUSE for w in words) or words.count("قد") > 1:
            return False
        return not any(delegation.end <= c.start < verb.start for c in self.arrivals) and not any(
            delegation.end <= t < verb.start for t, _, _ in self.triggers
        )

    def _visit_counted(self, start: int, limit: int) -> tuple[int, int, int] | None:
        """The ordinal of a visit after its city in its sentence (في زيارة هي الخامسة من
        نوعها، في الزيارة الرابعة، وكانت تلك أول زيارة): its range and value, when a noun of a
        visit stands right before or after it."""
        for o_start, o_end, ordinal in self.ordinals:
            if not (start <= o_start < limit) or ordinal.value is None:
                continue
            if not self._visit_aside(start, o_start):
                continue
            before = [w.lstrip("و") for w in _previous_words(self.analysis, o_start, 2)]
            after = self.analysis.words_in(o_end, min(len(self.text), o_end + 12))[:1]
            near = [bare(w) for w in before] + [bare(self.text[a:b]) for a, b in after]
            if VISIT in near or "ال" + VISIT in before:
                return o_start, o_end, int(ordinal.value)
        return None

    def _visit_aside(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` after a visit's city stays in its phrase: no ثم nor round
        noun, and a comma only before an apposition or a copula (يوم الاثنين، في زيارة هي
        الخامسة؛ في سبتمبر، وكانت تلك أول زيارة; not: ، ثم استقبلت وفداً في الرياض، في أول
        زيارة, another event's count)."""
        gap = self.text[start:end]
        if "ثم" in gap.split() or any(start <= t < end for t, _, _ in self.triggers):
            return False
        if "," not in gap:
            return not has_break(self.text, start, end)
        after = gap[gap.rfind(",") + 1 :].split()
        return bool(after) and after[0] in VISIT_APPOSITIONS

    def _postponed_trips(self) -> list[_Mention]:
        """A trip to a place told postponed or called off: a round cancelled there.

        "تأجيل سفر الوفد الإسرائيلي إلى القاهرة"، "زيارة كان يُنتظر أن يقوم بها الرئيس إلى
        الرياض … أُرجئت"، "كان مقرراً أن يزور وفد … أسمرة …، غير أن الزيارة أُرجئت": a noun of
        a trip (``round_trip_nouns``) right after a word of postponing or calling off
        (``round_postponing``, ``round_cancelled``), or before one in its sentence with no
        round noun between, is a cancelled round where the trip was to go: the city after its
        إلى (past the trip's subject, within its sentence), else the city a verb of visiting
        takes as its object earlier in the sentence (يزور وفد … أسمرة). Not negated.
        """
        text = self.text
        trips = find_cues(self.analysis, {"round_trip_nouns": "trip"}, suffixes=True)
        if not trips or not self.context:
            return []
        offs = [
            c
            for c in find_cues(
                self.analysis,
                {"round_postponing": "postponing", "round_cancelled": "cancelled"},
                suffixes=True,
            )
            if not bare(c.word).startswith("نقل")  # نُقلت الجولة: moved, not put off
        ]
        to = normalize_text("إلى")
        trigger_starts = [t_start for t_start, _, _ in self.triggers]
        found = []
        for trip in trips:
            sent_start, sent_end = sentence_range(self.analysis, trip.start)
            off = next(
                (
                    c
                    for c in offs
                    if sent_start <= c.start < sent_end
                    and (
                        (c.end <= trip.start and not self.analysis.words_in(c.end, trip.start))
                        or (
                            trip.end <= c.start <= trip.end + 150
                            and not any(trip.end <= t < c.start for t in trigger_starts)
                        )
                    )
                    and not _negated(text, c.start)
                ),
                None,
            )
            if off is None:
                continue
            place = next(
                (
                    item
                    for item in _starting_within(
                        self.places, trip.end, min(sent_end, trip.end + 110)
                    )
                    if item[2].kind == EntityKind.PLACE
                    and _previous_words(self.analysis, item[0], 1) == [to]
                    and not SENTENCE_END.search(text, trip.end, item[0])
                ),
                None,
            )
            if place is None:
                visit = next(
                    (
                        v
                        for v in reversed(self.arrivals)
                        if v.label == "visit" and sent_start <= v.start and v.end <= trip.start
                    ),
                    None,
                )
                place = (
                    next(
                        (
                            item
                            for item in _starting_within(self.places, visit.end, visit.end + 70)
                            if item[2].kind == EntityKind.PLACE
                            and not set(_previous_words(self.analysis, item[0], 1))
                            & (PREPOSITIONS | VENUE_WORDS_EXTRA)
                            and not has_break(text, visit.end, item[0])
                        ),
                        None,
                    )
                    if visit is not None
                    else None
                )
                if place is None or visit is None:
                    continue
                evidence = (visit.start, max(off.end, trip.end))
            else:
                evidence = (min(trip.start, off.start), max(place[1], off.end))
            segment = segment_label(self.analysis, self.analysis.span(*evidence))
            if segment is None:
                continue
            mention = _Mention(trip.start, trip.end, RoundStatus.CANCELLED, evidence, segment)
            mention.sentence = (sent_start, sent_end)
            mention.head = "trip"
            mention.place = place[2]
            found.append(mention)
        return found

    def _dated_visits(self, told: set[int]) -> list[_Mention]:
        """A negotiator's visit told by its noun, to a place, on a past date: a round held there.

        "زيارة وفد سعودي برئاسة السفير إلى صنعاء في أبريل 2023"، "زيارة وفدها إلى الرياض في
        سبتمبر 2023"، "زيارة المبعوث الأمريكي إلى كراكاس أواخر يناير": a noun of a trip
        (``round_trip_nouns``) whose agent follows it in its phrase, a delegation
        (``round_delegations``) or an envoy (``envoy_titles``: المبعوث، السفير، الموفد), then
        إلى and a city or country, then the date right after the place, told as past
        (``_past``; not today nor a bare weekday). The visit is told as an event of its own, as
        "زار وفد … صنعاء" is (``_visits``); a visit with no date (على هامش زيارة …، خلال
        زيارته إلى …) is the backdrop of another event, unless told as what that event came
        after (بعد زيارة وفد … إلى كابل: ``_visit_came_before``), and one to come (زيارة مرتقبة …) is
        news of plans that the gold leaves uncoded. Not negated; not a noun a postponement
        has read (``told``). A visit counted after it (وهي أول زيارة) gives the ordinal.
        """
        text = self.text
        if not self.context:
            return []
        trips = [
            t
            for t in find_cues(self.analysis, {"round_trip_nouns": "trip"}, suffixes=True)
            if t.start not in told and not _negated(text, t.start)
        ]
        if not trips:
            return []
        delegations = self.delegation_cues
        envoys = self.analysis.word_set("envoy_titles")
        to = normalize_text("إلى")
        published = self.analysis.document.published
        found = []
        for trip in trips:
            sent_start, sent_end = sentence_range(self.analysis, trip.start)
            words = self.analysis.words_in(trip.end, min(sent_end, trip.end + VISIT_REACH))
            target = next(
                (i for i, (a, b) in enumerate(words[: VISIT_AGENT_WORDS + 1]) if text[a:b] == to),
                None,
            )
            if target is None or target == 0 or has_break(text, trip.end, words[target][0]):
                continue
            agent = [text[a:b] for a, b in words[:target]]
            if not any(
                trip.end <= d.start and d.end <= words[target][0] for d in delegations
            ) and not any(w in envoys or bare(w) in envoys for w in agent):
                continue  # زيارة الرئيس الفرنسي إلى بيروت: a state visit, no negotiator
            place = next(
                (
                    item
                    for item in _starting_within(self.places, words[target][1], sent_end)
                    if item[0] - words[target][1] <= 2
                ),
                None,
            )
            if place is None or place[2].kind not in (EntityKind.PLACE, EntityKind.COUNTRY):
                continue
            date = next(
                (
                    d
                    for d in self.dates
                    if place[1] <= d[0] <= place[1] + 4 and not has_break(text, place[1], d[0])
                ),
                None,
            )
            if date is None:
                if not self._visit_came_before(trip.start):
                    continue
                mention = self._visit_mention(trip, place[1], (sent_start, sent_end), place[2])
                if mention is not None:  # بعد زيارة وفد أمريكي إلى كابل: a past visit
                    found.append(mention)
                continue
            ref = DateRef(date[2].text, date[2].span, date[2].value)
            if not _past(ref, published) or _this_week(ref):
                continue  # زيارة … إلى القاهرة الشهر المقبل، أمس: a plan, today's news
            mention = self._visit_mention(trip, date[1], (sent_start, sent_end), place[2])
            if mention is None:
                continue
            mention.date = ref
            counted = self._visit_counted(date[1], sent_end) or self._visit_is(date[1])
            if counted is not None:
                mention.ordinal = counted[2]
                mention.evidence = (trip.start, counted[1])
            found.append(mention)
        return found

    def _visit_came_before(self, start: int) -> bool:
        """Whether a noun of a visit at ``start`` is told as the event another one came after
        (``round_after_words``: بعد زيارة وفد …، عقب زيارة …، بعد أيام من زيارة …): the visit
        then took place, though the sentence gives it no date. Not a visit during another
        event or one to come (خلال زيارته، على هامش زيارة، قبل زيارة)."""
        after = self.analysis.word_set("round_after_words")
        words = [w.lstrip("و") for w in _previous_words(self.analysis, start, 3)]
        if words[:1] and words[0] in after:
            return True
        return words[:1] == ["من"] and len(words) == 3 and words[2] in after

    def _counted_arrivals(self, told: set[int]) -> list[_Mention]:
        """A negotiator's arrival told in the past and counted as a visit: a round held where
        it went, with the visit's number.

        "وصل وفد من الجماعة … إلى الرياض الأحد، على متن طائرة عمانية، في ثالث زيارة علنية من
        نوعها"، "وصل السفير … إلى صنعاء برفقة وفد وساطة، في أول زيارة علنية …": a past verb of
        arriving (``round_arrived``) whose subject, right after it, is a delegation
        (``round_delegations``) or an envoy (``envoy_titles``), then إلى and a city or country
        in its sentence, then the visit counted in its phrase (``_visit_counted``: في ثالث
        زيارة، في زيارة هي الثانية): the count makes the arrival one of a series of visits,
        as «زار وفد … X، في زيارة هي الخامسة» is (``_visits``). Not negated; not a verb
        ``_trips`` has read (``told``).
        """
        text = self.text
        if not self.context:
            return []
        delegations = self.delegation_cues
        envoys = self.analysis.word_set("envoy_titles")
        to = normalize_text("إلى")
        found = []
        for verb in self.arrivals:
            if verb.label != "arrival" or verb.start in told or _negated(text, verb.start):
                continue
            if not self._arrived(verb.start, verb.end):
                continue
            following = self.analysis.words_in(verb.end, min(len(text), verb.end + 20))[:1]
            if not following or not (
                any(0 <= d.start - verb.end <= 3 for d in delegations)
                or text[following[0][0] : following[0][1]] in envoys
            ):
                continue  # وصلت الطائرة، وصل الرئيس: no negotiator arrives
            sent_start, sent_end = sentence_range(self.analysis, verb.start)
            place = next(
                (
                    item
                    for item in _starting_within(
                        self.places, verb.end, min(sent_end, verb.end + VISIT_REACH)
                    )
                    if item[2].kind in (EntityKind.PLACE, EntityKind.COUNTRY)
                    and _previous_words(self.analysis, item[0], 1) == [to]
                ),
                None,
            )
            if place is None:
                continue
            later = [c.start for c in self.arrivals if c.start > place[1]]
            counted = self._visit_counted(place[1], min([sent_end, *later]))
            if counted is None:
                continue
            mention = self._visit_mention(verb, counted[1], (sent_start, sent_end), place[2])
            if mention is None:
                continue
            mention.ordinal = counted[2]
            found.append(mention)
        return found

    def _visit_mention(
        self, cue: Cue, end: int, sentence: tuple[int, int], place: Entity
    ) -> _Mention | None:
        """A round held at ``place``, told by a visit or an arrival from ``cue`` to ``end`` in
        ``sentence`` (``_visits``, ``_dated_visits``, ``_counted_arrivals``); None outside the
        article's segments."""
        segment = segment_label(self.analysis, self.analysis.span(cue.start, end))
        if segment is None:
            return None
        mention = _Mention(cue.start, cue.end, RoundStatus.HELD, (cue.start, end), segment)
        mention.verb = True
        mention.sentence = sentence
        mention.head = "visit"
        mention.place = place
        return mention

    def _visit_is(self, end: int) -> tuple[int, int, int] | None:
        """The ordinal of a visit told right after it by هي (، وهي الأولى من نوعها): the
        pronoun takes the visit, the noun before it, for its subject."""
        for o_start, o_end, ordinal in self.ordinals:
            if o_start < end or ordinal.value is None:
                continue
            gap = self.text[end:o_start].replace(",", " , ").split()
            if gap in ([",", "وهي"], [",", "هي"]):
                return o_start, o_end, int(ordinal.value)
            return None
        return None

    def _date_then_comma(self, start: int, end: int) -> bool:
        """Whether only a date and a comma part ``start`` from ``end`` (إلى القاهرة الأسبوع
        المقبل، لاستكمال البحث): the purpose is still the trip's."""
        gap = self.text[start:end]
        if gap.count(",") != 1 or not gap.rstrip().endswith(","):
            return False
        return any(
            start <= d_start and d_end <= end and not self.text[start:d_start].strip()
            for d_start, d_end, _ in self.dates
        )
