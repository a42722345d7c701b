"""The reader of one document: its triggers, cues and entities, and every mention read.

``_Reader.__init__`` finds the triggers and the status cues and locates the entities once;
``mentions`` yields each trigger read by ``_mention`` (status, ordinal, venue, date,
parties, mediators) and the rounds the other constructions tell (lists, signings, trips,
tracks, pronouns).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import regex

from negotext.ar.normalize import normalize_text
from negotext.extractors._common import (
    ANY_WORDS,
    Cue,
    bare,
    find_cues,
    has_break,
    located_entities,
    norm_range,
    segment_label,
    sentence_range,
    sport_cues,
    sports_report,
)
from negotext.extractors.round_grouping import PAST_DATE_WORDS
from negotext.extractors.rounds.mention import _Located, _Mention, _starting_within
from negotext.extractors.rounds.text import _negated, _previous_words
from negotext.extractors.rounds.triggers import _Triggers
from negotext.extractors.rounds.words import (
    AFTER_WINDOW,
    AHEAD_WORDS,
    ARRIVAL_REACH,
    ATTRIBUTE_WINDOW,
    BEFORE_WINDOW,
    CONTRASTS,
    FAR_REACH,
    FAR_REACH_VERB,
    LABOUR_WORDS,
    PROPOSING_ROOT,
    SENTENCE_END,
    THAT_OPENERS,
    VENUE_WORDS_EXTRA,
)
from negotext.records import DateRef, Entity, EntityKind, RoundStatus

if TYPE_CHECKING:
    from negotext.analysis import Analysis


#: Word lists of triggers and what kind of trigger each is.
TRIGGER_LEXICONS = {
    "round_nouns": "noun",
    "round_meet_past": "held",
    "round_meet_future": "planned",
    "round_meet_present": "present",
}
#: Word lists of status cues and the status each states ("" states none).
STATUS_LEXICONS = {
    "round_held": "held",
    "round_held_adjacent": "held_adjacent",
    "round_moving_subjunctive": "held_adjacent",
    "round_during": "during_adjacent",
    "round_held_near": "held_near",
    "round_sequence": "held_near",
    "round_outcome": "held_outcome_near",
    "round_outcome_nouns": "held_outcome_near",
    "round_held_after": "held_after",
    "round_possible_after": "possible_after",
    "round_planned_near": "planned_near",
    "round_planned": "planned",
    "round_planned_before": "planned_before",
    "round_ready": "proposed_adjacent",  # (before round_proposed: its label wins for both)
    "round_preparing_verbs": "planned_adjacent",
    "round_proposed": "proposed",
    "round_proposed_verbs": "proposed_object",
    "round_planned_verbs": "planned_object",
    "round_arranging": "proposed_adjacent",
    "round_wanting": "proposed_adjacent",
    "round_possible": "possible",
    "round_cancelled": "cancelled",
    "round_present": "present",
    "round_neutral": "",
}

#: "In turn" (بدوره، بدورها), which reads as دورة (a session) with a pronoun once normalised.
IN_TURN = frozenset({"بدوره", "بدورها", "بدورهم", "بدورهما", "وبدوره", "وبدورها"})
#: Words after which a verb opens a clause (قد عقد، فقد عُقد، حيث أجرى محادثات، عندما عقد، ثم
#: عقد), each with the conjunctions it takes (وقد، فقد، ولقد، وعندما، فحين).
CLAUSE_OPENERS = frozenset(
    normalize_text(conjunction + word)
    for word in (
        *("قد", "لقد", "حيث", "عندما", "بعدما", "حين", "حينما", "كما", "إذ", "ثم"),
        *("فيما", "بينما"),  # فيما عُقد آخر لقاء: a contrasting clause
    )
    for conjunction in ("", "و", "ف")
)

#: Nouns of a post that a body's name completes in construct (أمين مجلس الأمن، رئيس مجلس
#: النواب، عضو البرلمان): the body names someone's post, not who holds the round.
TITLE_NOUNS = frozenset(
    normalize_text(w)
    for w in ("أمين", "رئيس", "رئيسة", "نائب", "نائبة", "عضو", "أعضاء", "سكرتير", "ممثل", "ممثلو")
)

#: Prepositions of addressing a body (أمام مجلس الأمن، إلى البرلمان، لدى مجلس الأمن): the
#: body after them is who hears a proposal or a report, not the subject of a verb of holding.
ADDRESSED = frozenset(normalize_text(w) for w in ("أمام", "إلى", "لدى"))

#: "Other" after a round noun (جولتان أخريان، لقاء آخر).
OTHER_WORDS = frozenset(
    normalize_text(w) for w in ("أخرى", "أخريان", "أخريين", "آخر", "آخران", "آخرين", "أخريات")
)

#: The parties of a round and their names in an aside, then في: the venue follows (اجتماع بين
#: كبيري المفاوضين، بيتار بتكوفيتش عن صربيا وبسنيك بيسليمي عن كوسوفو، في العاصمة البلجيكية).
BETWEEN_ASIDE = regex.compile(
    r"\s+بين [^,.;:\n]{2,60},[^,.;:\n]{2,90}, في (?!ظل|اطار|سياق|ضوء|حين|وقت|الوقت)"
)

#: What stands between a cue of talk or openness and its round noun (عن، على، quotation marks).
WEAK_GAP = regex.compile(r"[\s\"'«»“”]*(?:عن|علي)[\s\"'«»“”]*")

#: A month and year fronted at the opening of a clause (ففي نوفمبر 2019 عقد، وفي مارس 2023 أجرى).
FRONTED_DATE = regex.compile(r"(?:^|[,;:.\n]\s*|\s)(?:[وف]|فف)?في \p{L}+ \d{4}\s+$")


def _told_past(date: DateRef) -> bool:
    """Whether a date's own words tell it past (أمس الجمعة، الأسبوع الماضي، البارحة)."""
    return any(word.lstrip("و") in PAST_DATE_WORDS for word in normalize_text(date.text).split())


def _closing_quote(text: str, position: int) -> bool:
    """Whether the last quotation mark before ``position`` closes a quotation in its line."""
    line_start = text.rfind("\n", 0, position) + 1
    return text.count('"', line_start, position) % 2 == 0


def _clause_initial(text: str, cue: Cue) -> bool:
    """Whether a cue opens its clause (عقد مسؤولون …، وعقد الوفدان …، قد عقد …)."""
    if text[cue.start] in "لب" and not cue.word.startswith(text[cue.start]):
        return False  # لعقد اجتماع، بعقد جولة: a verbal noun of purpose, not the verb
    if text[cue.start] in "وف" and not cue.word.startswith(text[cue.start]):
        return True
    before = text[max(0, cue.start - 6) : cue.start]
    if "\n" in before[len(before.rstrip()) :]:
        return True  # a paragraph opens with it
    before = before.rstrip()
    if before.endswith('"') and _closing_quote(text, cue.start):
        return False  # واقترحت «قسد» عقد الجولة: a quoted name ends there, no clause
    if not before or before[-1] in ",;:.!?\"'-–)":
        return True
    if FRONTED_DATE.search(text, max(0, cue.start - 40), cue.start):
        return True  # ففي نوفمبر 2019 عقد الوزراء أول اجتماع لهم: after a fronted date
    previous = _previous_words(text, cue.start, 2)
    if previous[:1] == ["ان"] and previous[1:] and previous[1] in THAT_OPENERS:
        return True  # بعد أن عقد الرئيسان في أبوظبي أول قمة: أن opens a verb's clause
    return bool(previous) and previous[0] in CLAUSE_OPENERS


class _Reader(_Triggers):
    """Reads the round mentions of one document."""

    def __init__(self, analysis: Analysis, boost: bool = True) -> None:
        """``boost`` False reads with the rules alone (no status from the learned model)."""
        self.analysis = analysis
        self.text = analysis.norm.text
        # the learned model's boosts, read when first asked; none when reading rules alone
        self._boosts: list[tuple[int, int, float, str]] | None = None if boost else []
        self.received_venues = {}
        self.sat_venues = {}
        self.gathered_venues = {}
        nouns = {"round_nouns": "noun"}
        verbs = {name: kind for name, kind in TRIGGER_LEXICONS.items() if kind != "noun"}
        triggers = [
            c
            for c in find_cues(analysis, nouns, suffixes=True)
            if self.text[c.start : c.end] not in IN_TURN and not self._toured_during(c)
        ]  # بدورها: "in turn", not دورة (a session) with a pronoun; خلال جولة في البلدة: a tour
        sit = analysis.word_set("round_sit")
        first = analysis.word_set("round_meet_first_person")
        receive = analysis.word_set("round_receive")
        triggers += [
            c
            for c in find_cues(analysis, verbs)
            if (
                (c.word not in sit and c.word not in first and c.word not in receive)
                or (
                    c.word in receive
                    and (self._receives_a_delegation_at_a_place(c) or self._hosted_for_a_meeting(c))
                )
                or (
                    c.word not in receive and self._sits_at_a_place(c, first_person=c.word in first)
                )
            )
        ]  # جلس الطرفان في جدة (not: جلس الوفدان في غرفتين منفصلتين، التقينا الوزير في مكتبه)
        triggers += [
            c
            for c in find_cues(
                analysis, {"round_host_past": "held", "round_host_future": "planned"}
            )
            if self._hosted_for_a_meeting(c) or self._hosts_two_counterparts(c)
        ]  # استضاف المبعوث في بروكسل كبيري المفاوضين، في أول لقاء بينهما; سيستضيف نظيريه في X
        dialogues = self._dialogues(analysis)
        #: Where dialogue is a round noun: its verbal noun governs it, so it heads its own
        #: trigger (الجولة الثامنة منذ إطلاق الحوار في كراكاس: two rounds).
        self.dialogue_starts = {c.start for c in dialogues}
        triggers += dialogues
        triggers += self._offered_sittings(analysis)
        sessions = [
            c
            for c in find_cues(analysis, {"round_session_nouns": "noun"}, suffixes=True)
            if not self._part_of_a_round(c)
        ]  # جلسة لجنة الميكانيزم (not: الجلسة الأولى من الجولة الثالثة، الجلسة الختامية)
        sessions += [
            c
            for c in find_cues(analysis, {"round_session_plurals": "noun"})
            if self._sitting_between_parties(c.end)
        ]  # ثلاث جلسات بين المجلس وبقية المكونات (not: جلسات مجلس الأمن)
        sessions.sort(key=lambda c: c.start)
        #: Where a session noun (جلسة) is the trigger: a round only as a sitting of its own.
        self.session_starts = {c.start for c in sessions}
        triggers += sessions
        triggers += self._gatherings(analysis, triggers)
        # عاد الطرفان إلى الدوحة: the round resumes where the sides return
        triggers += self._returns(analysis, triggers)
        duals = self._construct_duals(analysis)
        #: Where a dual in construct stands (اجتماعي جنيف، اجتماعا جنيف): two rounds counted.
        self.dual_starts = {c.start for c in duals}
        triggers = [c for c in triggers if c.start not in self.dual_starts] + duals
        triggers += self._construct_duals(analysis, "round_construct_nouns")  # مؤتمر برلين
        triggers.sort(key=lambda c: c.start)
        self.trigger_cues = {c.start: c for c in triggers}
        self.statuses = find_cues(analysis, STATUS_LEXICONS, suffixes=True)
        self.agree_verbs = analysis.word_set("round_agree")
        self.signing_verbs = analysis.word_set("round_signing")
        for cue in find_cues(analysis, {"round_held_initial": "held"}):
            if self._agreed_object(cue.start) is not None:
                continue  # اتفقا على مواصلة التواصل وعقد لقاء آخر: a verbal noun agreed on
            if _clause_initial(self.text, cue) and not self._object_after_aside(cue):
                self.statuses.append(cue)
            elif self._relative_verb(cue):  # الاجتماع الأخير الذي عُقد، بلقاء … عُقد الثلاثاء
                self.statuses.append(Cue(cue.start, cue.end, cue.word, "held_relative"))
        self.statuses += self._sendings(analysis)
        # on its own: "على أن" overlaps the cues it stands before (على أن يعقد)
        self.statuses += find_cues(analysis, {"round_planned_adjacent": "planned_adjacent"})
        self.statuses.sort(key=lambda c: c.start)
        moving = analysis.word_set("round_moving")
        self.host_words = analysis.word_set("round_host")  # read by the triggers' clustering
        self._moving_places = located_entities(analysis, (EntityKind.PLACE, EntityKind.COUNTRY))
        self.statuses = [
            c
            for c in self.statuses
            if c.word.split()[-1] not in moving or self._moved_to_a_place(c)
        ]  # انتقلت المفاوضات إلى مرحلة جديدة: no round moved anywhere
        subjunctive = analysis.word_set("round_moving_subjunctive")
        self.statuses = [
            c
            for c in self.statuses
            if c.word not in subjunctive
            or self._subjunctive_of_a_past_story(c.start, sentence_range(analysis, c.start)[0])
        ]  # قبل أن تعود المحادثات إلى مسقط (not: تعود المحادثات إلى جنيف, told as news)
        #: The end of the first noun of each trigger cluster (its head), by cluster start.
        self.heads: dict[int, int] = {}
        self.dates = [(*norm_range(analysis, d.span), d) for d in analysis.dates]
        self._gap_places = located_entities(analysis, (EntityKind.PLACE,))
        self.triggers = self._cluster(triggers)
        self.phone = find_cues(analysis, {"round_phone": "phone"})
        self.future = find_cues(analysis, {"round_future_markers": "future"})
        self.holding = analysis.word_set("round_holding_nouns")
        self.adjacent_words = analysis.word_set("round_held_adjacent")
        self.previous_words = analysis.word_set("round_previous")
        self.continuing = analysis.word_set("round_continuing")
        self.participated = analysis.word_set("round_participated")
        self.relatives = analysis.word_set("round_relatives")
        self.framework = analysis.word_set("round_framework")
        self.purposes = find_cues(analysis, {"round_purpose": "purpose"})
        self.verbal_nouns = analysis.word_set("round_verbal_nouns")
        self.arrivals = find_cues(analysis, {"round_arrival": "arrival", "round_visit": "visit"})
        self.arrival_words = analysis.word_set("round_arrival")
        self.arrived_words = analysis.word_set("round_arrived")
        self.sequence_words = analysis.word_set("round_sequence")
        self.effort_words = analysis.word_set("round_effort")
        self.during_words = analysis.word_set("round_during")
        self.process_states = analysis.word_set("round_process_states")
        self.outcome_words = analysis.word_set("round_outcome")
        self.outcome_nouns = analysis.word_set("round_outcome_nouns")
        self.preparing = analysis.word_set("round_preparing")
        self.suspending = analysis.word_set("round_suspended")
        self.weakly_possible = find_cues(analysis, {"round_possible_weak": "possible"})
        countries = {e.id for e in analysis.entities if e.kind == EntityKind.COUNTRY and e.id}
        armed = any(e.kind == EntityKind.GROUP for e in analysis.entities)
        self.context_cues = find_cues(analysis, {"round_context": "context"})
        self.context = (
            len(countries) >= 2
            or bool(countries and armed)  # الحكومة اليمنية والحوثيين: a state and a group
            or bool(self.context_cues)
        )  # a document about parties or talks at all
        sports = sport_cues(analysis)
        #: A sports report (four or more different words of sport): rounds are fixtures.
        self.sports = sports_report(sports)
        self.sport_starts = [c.start for c in sports]
        labour = {c.word for c in find_cues(analysis, {"round_labour": "labour"})}
        #: A report on a labour dispute (a union and two more words of strikes or pay, and no
        #: two states nor a state and an armed group): a union's meetings are wage talks.
        self.labour = (
            len(labour) >= LABOUR_WORDS
            and any("نقاب" in word or "اتحاد" in word for word in labour)
            and not (len(countries) >= 2 or (countries and armed))
        )
        self._states = [
            (*norm_range(analysis, e.span), e)
            for e in analysis.entities
            if e.kind in (EntityKind.COUNTRY, EntityKind.GROUP)
        ]
        self.not_talks = find_cues(analysis, {"round_not_talks": "other"})
        self.bodies = find_cues(analysis, {"round_not_talks_subjects": "body"})
        self.generic = find_cues(analysis, {"round_generic": "generic"})
        self.mediation = find_cues(analysis, {"round_mediation": "mediation"})
        self.venue_words = analysis.word_set("round_venue") | VENUE_WORDS_EXTRA
        self.holding_verbs = self.host_words | analysis.word_set("round_present")
        self._venue_cache: dict[int, bool] = {}
        self._countries: dict[Entity, Entity | None] = {}
        gazetteer = analysis.resources.gazetteer
        self._place_types: dict[Entity, str | None] = {}
        for entity in analysis.entities:
            if entity.kind in (EntityKind.PLACE, EntityKind.ORGANIZATION):
                entry = gazetteer.entry_of(entity)
                self._place_types[entity] = entry.place_type if entry is not None else None
        #: Negotiation formats named in the text (منبر جدة، مسار برلين، مجموعة مينسك), as
        #: normalised ranges: a place inside one's name is a venue only where it meets.
        self.formats = [(m.start, m.end, m.format) for m in analysis.formats]
        #: Places inside a format's name that is where the format meets (جدة in منبر جدة):
        #: a venue only when the text names no other.
        self.format_venues: set[int] = set()
        #: Where envoys and ambassadors are posted (المبعوث الأممي إلى السودان، السفير لدى
        #: مصر): a place inside such a title is part of someone's role, never a venue.
        postings = [norm_range(analysis, t.span) for t in analysis.titles if " to " in t.role]
        places = []
        for item in located_entities(
            analysis, (EntityKind.PLACE, EntityKind.COUNTRY, EntityKind.ORGANIZATION)
        ):
            if item[2].kind == EntityKind.ORGANIZATION and not self._inside_building(item):
                continue
            if any(a <= item[0] and item[1] <= b for a, b in postings):
                continue  # بحضور المبعوث الأمريكي إلى سوريا: the envoy's post, not the venue
            named_in = next((f for a, b, f in self.formats if a <= item[0] < b), None)
            if named_in is not None:
                if named_in.venue != item[2].name:
                    continue  # مسار برلين، مجموعة مينسك، اتفاق أوسلو: the name, not a venue
                self.format_venues.add(item[0])
            places.append(item)
        self.places = _Located(places)
        self.actors = _Located(
            located_entities(
                analysis,
                (EntityKind.COUNTRY, EntityKind.ORGANIZATION, EntityKind.PERSON, EntityKind.GROUP),
            )
        )
        self.ordinals = [(*norm_range(analysis, o.span), o) for o in analysis.ordinals]

    def mentions(self) -> Iterator[_Mention]:
        found: list[_Mention] = []
        for index, (start, end, kind) in enumerate(self.triggers):
            mention = self._mention(index, start, end, kind)
            listed = (
                self._listed_rounds(start, end)
                if kind == "noun" and self._plural(start, end, None)
                else []
            )
            bare_plural = mention is None and kind == "noun" and self._plural(start, end, None)
            if not listed and (mention is not None or bare_plural):
                listed = self._ordinal_list(mention, index)
            if not listed and bare_plural and found:
                listed = self._ordinals_in_its_clause(found[-1], start, end)
            if mention is not None and not (listed and mention.plural):
                found.append(
                    mention
                )  # (ثلاث جولات …: الأولى في …، والثانية في …: the list names them)
                found += self._coordinated_venues(mention)
            found += listed
        found += self._worked_towards()
        self._postponed_by_pronoun(found)
        found += self._signings()
        found += self._signing_nouns(found)
        trips = self._trips()
        found += trips
        found += self._visits({m.start for m in trips})
        found += self._counted_arrivals({m.start for m in trips})
        postponed = self._postponed_trips()
        found += postponed
        found += self._dated_visits({m.start for m in postponed})
        found += self._tracks_begun()
        found.sort(key=lambda m: m.start)
        found += self._elided_earlier(found)
        found += self._last_of_them(found)
        found += self._told_then(sorted(found, key=lambda m: m.start))
        found.sort(key=lambda m: m.start)
        self._city_of_host_country(found)
        self._same_city(found)
        self._told_in_sequence(found)
        gazetteer = self.analysis.resources.gazetteer
        for mention in found:
            if mention.place is not None:
                mention.venue_country = gazetteer.country_of(mention.place)
                mention.venue_broad = mention.place.kind == EntityKind.COUNTRY or self._building(
                    mention.place
                )
        yield from (m for m in found if not self._asked_whether(m.start))

    def _trip_meetings(self, start: int, end: int, sent_start: int) -> tuple[int, int] | None:
        """The verb of a delegation travelling (``round_arrival``) whose purpose is to hold
        countable meetings (يصل وفد إسرائيلي إلى القاهرة الثلاثاء لعقد لقاءات منفصلة مع
        الوسطاء، توجه الوفد إلى جنيف لإجراء مشاورات): the trip's meetings are one round to
        come where it goes. The purpose stands right before the plural, the verb before it in
        its sentence with إلى between and no contrast nor more than two commas; not negated."""
        if not self.text[start:end].split()[0].endswith("ات"):
            return None
        purpose = next((p for p in self.purposes if self._purpose_of(p, start)), None)
        if purpose is None:
            return None
        verb = next(
            (
                c
                for c in reversed(self.arrivals)
                if c.label == "arrival"
                and sent_start <= c.start
                and c.end <= purpose.start
                and purpose.start - c.end <= BEFORE_WINDOW + ARRIVAL_REACH
            ),
            None,
        )
        if verb is None or _negated(self.text, verb.start):
            return None
        between = self.text[verb.end : purpose.start]
        if SENTENCE_END.search(between) or between.count(",") > 2 or ";" in between:
            return None
        words = [self.text[a:b] for a, b in self.analysis.words_in(verb.end, purpose.start)]
        if normalize_text("إلى") not in words or any(w in CONTRASTS for w in words):
            return None
        return verb.start, verb.end

    def _proposed_series(
        self, start: int, end: int, status: RoundStatus | None, cue_range: tuple[int, int] | None
    ) -> bool:
        """Whether countable rounds (جولات، لقاءات، اجتماعات) are what a verb of proposing
        puts forward, in any person, tense or as its verbal noun (اقترح عقد لقاءات لاحقة،
        نقترح لقاءات بوساطة أوروبية، اقترح رفع التمثيل إلى جولات تفاوض مباشرة): one
        proposal, coded as one proposed round; so is readiness right before them (مستعدة
        لاستضافة جولات أخرى: an offer, tools/blind/CONVENTIONS.md rule 11). A call, or an offer
        or invitation past other words (الدعوة إلى عقد جولات جديدة، مستعدة لاستضافة ما يلزم
        من جولات) names none, nor
        does a dual, two rounds each told on its own (يقترحون جولتين: الأولى فنية والثانية سياسية)."""
        if status is not RoundStatus.PROPOSED or cue_range is None:
            return False
        if not self.text[start:end].split()[0].endswith("ات"):
            return False
        first = self.text[cue_range[0] : cue_range[1]].split()[0]
        ready = self.analysis.word_set("round_ready") | self.analysis.word_set(
            "round_ready_named_host"
        )  # (استعداد أوسلو لاستضافة جولات أخرى: the host named in between, status.py)
        if first.lstrip("و") in ready:
            # مستعدة لاستضافة جولات أخرى: readiness right before the rounds offers them
            return 0 <= start - cue_range[1] <= 2
        return PROPOSING_ROOT in first

    def _hosts_in_turn(self, position: int) -> bool:
        """Whether the place at ``position`` is the subject of a verb of hosting that follows
        a verb of taking turns and على (اجتماعات تناوبت على استضافتها أديس أبابا والقاهرة):
        the hosts of a series in turn, no particular round. One host of the counted rounds
        (خمس جولات من الحوار استضافتها بغداد) is their venue."""
        if not self._host_subject(position):
            return False
        words = _previous_words(self.analysis, position, 3)
        return len(words) >= 2 and words[1] == "علي"

    def _weakly_possible(self, start: int) -> tuple[int, int] | None:
        """The cue of talk of a round or of openness to one (``round_possible_weak``) right
        before the round noun, with عن or على and quotation marks between (هناك حديث عن لقاء،
        منفتحة" على جولة), not negated (ليس هناك حديث عن لقاء): its range, else None."""
        for cue in self.weakly_possible:
            if cue.end <= start <= cue.end + 12 and WEAK_GAP.fullmatch(self.text, cue.end, start):
                line_end = self.text.find("\n", start)
                line = self.text[start : len(self.text) if line_end < 0 else line_end]
                if "?" in line or "؟" in line:
                    return None  # هناك حديث عن لقاء في X.. متى سيعقد؟ the question; its answer says
                return None if _negated(self.text, cue.start) else (cue.start, cue.end)
        return None

    def _body_in_a_title(self, cue_end: int, body_start: int) -> bool:
        """Whether a body between a verb of holding and its round is named in someone's title
        or an aside, not as the verb's subject (عقد وفدان، برئاسة الوزير وأمين مجلس الأمن،
        محادثات; عقد الوفدان برئاسة رئيس مجلس النواب جولة): then the parties hold the round."""
        if "," in self.text[cue_end:body_start]:
            return True  # an aside set off by a comma before it
        before = _previous_words(self.analysis, body_start, 1)
        return bool(before) and (
            bare(before[0]) in TITLE_NOUNS or before[0] in ADDRESSED
        )  # اقترح في إحاطته أمام مجلس الأمن عقد جولة: the body addressed, not who holds it

    def _mention(self, index: int, start: int, end: int, kind: str) -> _Mention | None:
        text = self.text
        segment = segment_label(self.analysis, self.analysis.span(start, end))
        if segment is None or not self.context:
            return None  # boilerplate, or a document about no negotiation at all
        if any(end <= p.start <= end + 14 for p in self.phone):
            return None  # a phone call is not a round
        if self._not_talks(end) or _previous_words(self.analysis, start, 1) == ["هامش"]:
            return None  # الجولة الثالثة من الدوري، على هامش القمة
        if self._origin_of_a_document(start, end):
            return None  # وفق التزامات قمة إسطنبول لعام 1999: a document's origin, no round told
        previous = _previous_words(self.analysis, start, 2)
        if (
            previous[:1] in ([w] for w in ANY_WORDS) and self._offered_to_host_any(start) is None
        ) or previous == ["من", "بد"]:
            return None  # أي جولة قادمة، لا بد من مفاوضات جادة: no particular round
        sent_start, sent_end = sentence_range(self.analysis, start)
        if self.labour:
            return None  # لقاء ثالث بين نقابة الأطباء ووزير الصحة: wage talks, no round
        if self.sports and not (
            self._political(sent_start, sent_end)
            and any(sent_start <= c.start < sent_end for c in self.context_cues)
            and not self._sport_told(kind, end, sent_start, sent_end)
        ):  # (يلتقي المنتخب القطري نظيره البحريني، قبل أن تنطلق الجولة الرابعة: teams' fixtures)
            return None  # الجولة الخامسة ستنطلق يوم الجمعة: a fixture of a sports report
        previous_end = self.triggers[index - 1][1] if index else 0
        next_start = self.triggers[index + 1][0] if index + 1 < len(self.triggers) else len(text)

        status: RoundStatus | None
        cue_range: tuple[int, int] | None = None
        #: Whether the mention counts rounds no verb says were held: they name particular
        #: rounds only at a venue of their own phrase (بعد لقاءين في بروكسل; not: بعد جولات).
        venue_needed = False
        resumed = False  # whether the plural is a standing series resumed (its venue: its own)
        modelled = False  # whether the status below is only the learned model's
        if kind in ("held", "planned", "possible"):
            if _negated(text, start):
                return None
            status = RoundStatus(kind)
            if status is RoundStatus.PLANNED:  # كان من المقرر أن يلتقيا …، قبل أن يؤجل اللقاء
                scheduled = self._scheduled_but(start, end, sent_start, sent_end, called=True)
                if scheduled is not None:
                    status, cue_range = RoundStatus.CANCELLED, scheduled
        else:
            verdict, status, cue_range = self._status(
                start, end, sent_start, sent_end, previous_end, next_start
            )
            if verdict == "negated":
                schedule = self._past_schedule(start, end, sent_start, min(sent_end, next_start))
                if schedule is None:
                    return None  # لم تعقد المحادثات
                # لم يُعقد الاجتماع الذي كان مقرراً …: a round scheduled in the past that a
                # negated verb says did not sit, called off (CONVENTIONS rule 9)
                status, cue_range = RoundStatus.CANCELLED, schedule
            if status in (None, RoundStatus.PLANNED):
                scheduled = self._scheduled_but(
                    start, end, sent_start, sent_end, called=status is not None
                )
                if scheduled is not None:  # كان من المقرر عقد لقاء …، إلا أن دمشق أعلنت …
                    status, cue_range = RoundStatus.CANCELLED, scheduled
            if status in (None, RoundStatus.PLANNED):
                called_off = self._called_off(start, end, min(sent_end, next_start))
                if called_off is not None:  # الجولة …، التي كان مقرراً أن تنطلق …، أُرجئت
                    status, cue_range = RoundStatus.CANCELLED, called_off
            if status in (RoundStatus.PLANNED, RoundStatus.PROPOSED) and self._contrast_calls_off(
                end, min(sent_end, next_start)
            ):  # دعا الوسيط إلى مشاورات في X، قبل أن تُلغى; اتفقا على لقاء، لكنه أُرجئ
                status = RoundStatus.CANCELLED
            if status is not RoundStatus.CANCELLED and not (
                status is RoundStatus.HELD
                and cue_range is not None
                and cue_range[1] <= start
                and not self._schedule_verb(cue_range[0])
            ):  # (كان مقرراً …، وقد عُقد: a verb before it tells it was held; not the verb of
                # the schedule itself, كان من المفترض أن تبدأ مفاوضات)
                schedule = self._past_schedule(start, end, sent_start, min(sent_end, next_start))
                if schedule is not None:  # كان يفترض أن تُعقد جولة … الشهر الماضي: called off
                    status, cue_range = RoundStatus.CANCELLED, schedule
            if status is None and self._adjective_status(end) is RoundStatus.PROPOSED:
                status = RoundStatus.PROPOSED  # قمة مقترحة تجمع الرئيسين: its own adjective
            if status is None:
                weak = self._weakly_possible(start)
                if weak is not None:  # هناك حديث عن لقاء بين الوزيرين: a round that may happen
                    status, cue_range = self._adjective_status(end) or RoundStatus.POSSIBLE, weak
            if (status is None or (status is RoundStatus.HELD and cue_range is None)) and (
                eve := self._eve_of_the_interview(start)
            ) is not None:  # قبل أيام من انطلاق الجولة، التقينا: to come (not: أعلنت انطلاق الجولة)
                status, cue_range = RoundStatus.PLANNED, eve
            if status is None:  # no rule's cue: the learned model's reading, to find venue and date
                status = self._model_status(start, end)
                modelled = status is not None
            if (
                status is RoundStatus.HELD
                and cue_range is not None
                and cue_range[1] <= start
                and self._arriving(*cue_range)
            ):  # وصل الوفد إلى القاهرة للمشاركة في جولة: not begun (not: وصلت المفاوضات إلى …)
                status = RoundStatus.PLANNED
            if (
                status is RoundStatus.PLANNED
                and cue_range is not None
                and cue_range[1] <= start
                and self._subjunctive_of_a_past_story(cue_range[0], sent_start)
            ):  # انتقلت الجولة الثانية إلى روما، قبل أن تعود المحادثات إلى مسقط: past
                status = RoundStatus.HELD
            plural = self._plural(start, end, cue_range)
            if plural and not self._held_by_verb(status, cue_range):
                held = self._held_verb_after(end) or self._held_verb_before(
                    start, sent_start, previous_end
                )  # بعد جولتين عُقدتا في أنقرة; عُقدت في الدوحة ست جولات … أفضت إلى
                if held is not None:
                    status, cue_range = RoundStatus.HELD, held
                elif status in (RoundStatus.HELD, None) or (
                    status is RoundStatus.PLANNED
                    and cue_range is not None
                    and cue_range[0] >= end
                    and text[start:end].lstrip("وف").startswith("ال")
                ):  # (الاجتماعات الفنية ستُستأنف الأسبوع المقبل في X: the series, resumed there)
                    venue_needed = True  # بعد لقاءين في بروكسل، سبقتها جولتا جدة في مايو
                elif status is not None and self._resumed_series(start):
                    # أن تُستأنف الاجتماعات في أربيل، باستئناف اجتماعات الآلية في غالي: the
                    # standing series sits again, one round at the venue of its phrase
                    venue_needed = resumed = True
                elif (trip := self._trip_meetings(start, end, sent_start)) is not None:
                    # يصل وفد إلى القاهرة لعقد لقاءات مع الوسطاء: the trip's meetings, to come
                    status, cue_range = RoundStatus.PLANNED, trip
                elif not self._proposed_series(start, end, status, cue_range):
                    return None  # الدعوة إلى عقد جولات جديدة: no particular round
            if cue_range is not None and any(
                cue_range[1] <= c.start
                and c.end <= start
                and not self._body_in_a_title(cue_range[1], c.start)
                for c in self.bodies
            ):
                return None  # عقد مجلس الأمن اجتماعاً: a body's session, not talks
            if kind == "present" and self._subjunctive_of_a_past_story(
                start, sent_start, meetings=True
            ):  # عُقدت الجولة الأولى في X، قبل أن يلتقي الوفدان مجدداً في Y: the past, the
                # verb's own (not the status of the verb of holding before it)
                status, cue_range, modelled = RoundStatus.HELD, (start, end), False
            elif kind == "present" and previous[:1] == ["قد"]:
                status = RoundStatus.POSSIBLE  # الطرفان قد يلتقيان: "may" before the verb
                cue_range = (text.rfind("قد", 0, start), end)
            if kind == "present" and status is None and self._future_after(end):
                status = RoundStatus.PLANNED  # يلتقي غداً في القاهرة: to come
                cue_range = (start, end)
            if kind == "present" and status is None:
                return None  # يلتقي with no modal cue says nothing of a round
            if kind == "present" and status is RoundStatus.HELD and cue_range != (start, end):
                status = RoundStatus.PLANNED

        if (
            status is RoundStatus.PROPOSED
            and cue_range is not None
            and self._convened(cue_range, start)
        ):  # دعت المفوضية الطرفين إلى اجتماع تقييمي: a meeting convened by who invites to it
            status = RoundStatus.PLANNED
        if status in (RoundStatus.PLANNED, RoundStatus.PROPOSED) and any(
            c.label == "possible_after" and 0 <= c.start - end <= 2 for c in self.statuses
        ):  # يجري التحضير لقمة محتملة، تسعى إلى ترتيب لقاء محتمل: the round's own adjective
            # says it is only possible, whatever the verb that prepares or proposes it
            status = RoundStatus.POSSIBLE
        if status is RoundStatus.PLANNED:
            modal = self._modal_of_pronoun(end, min(sent_end, next_start))
            if modal is not None:  # ستُعقد …، مرجحاً أن تستضيفها روما: where is only likely
                status = RoundStatus.POSSIBLE
        mention = _Mention(start, end, status, (start, end), segment, verb=kind != "noun")
        if mention.verb:  # التقى X، يوم الأربعاء، بممثل …، في مدينة بندر: up to the next round
            mention.far = max(0, min(FAR_REACH_VERB, min(next_start, sent_end) - end - 110))
        elif cue_range is not None and cue_range[0] >= end and self._gathering(cue_range):
            mention.far = FAR_REACH  # القمة التي جمعت X وY في البيت الأبيض بواشنطن
        elif (
            cue_range is not None
            and cue_range[0] > end + AFTER_WINDOW
            and not has_break(text, end, cue_range[0])
        ):  # الاجتماع الرابع للجنة … بين X وY سيعقد في العاصمة الكينية: past its predicate
            mention.far = min(FAR_REACH_VERB, cue_range[1] - end - 40)
        else:  # اجتماع بين كبيري المفاوضين، X عن صربيا وY عن كوسوفو، في العاصمة البلجيكية
            between = BETWEEN_ASIDE.match(text, end, min(sent_end, next_start))
            if between is not None:
                mention.far = min(FAR_REACH_VERB, max(0, between.end() - end - 25))
        mention.arrival = (
            status is RoundStatus.PLANNED and cue_range is not None and self._arriving(*cue_range)
        )
        mention.arrived = mention.arrival and cue_range is not None and self._arrived(*cue_range)
        mention.plural = self._plural(start, end, cue_range)
        following = self.analysis.words_in(end, min(len(text), end + 12))[:1]
        mention.other = bool(following) and text[following[0][0] : following[0][1]] in OTHER_WORDS
        mention.sentence = (sent_start, sent_end)
        mention.head = bare(text[start:end].split()[0])
        mention.sequel = self._sequel_at(start)
        mention.earlier = self._told_as_earlier(start, sent_start)
        mention.contrast = _previous_words(self.analysis, start, 1) in (["اما"], ["واما"])
        if not mention.earlier and text[start] == "و" and index and mention.sequel:
            told = self.triggers[index - 1][0]  # بعد لقاء إسطنبول في يوليو ومحادثات جنيف
            mention.earlier = told >= sent_start and self._told_as_earlier(told, sent_start)
        line_end = text.find("\n", end)
        line = text[text.rfind("\n", 0, start) + 1 : len(text) if line_end < 0 else line_end]
        mention.headline = not line.rstrip().endswith((".", "!", "?", '"', ":"))
        first_word = text[start:end].split()[0].lstrip("وف")
        mention.definite = first_word.startswith(("ال", "بال", "لل", "كال"))
        cue = self.trigger_cues.get(start)
        if mention.definite and first_word.startswith("لل") and cue and cue.word[:1] == "ل":
            # للقاء: لـ before لقاء, or before اللقاء with the article's lam dropped; the
            # article is told only by the word after it (للقاء المرتقب، للقاء الذي …)
            following = self.analysis.words_in(end, min(len(text), end + 12))[:1]
            mention.definite = bool(following) and text.startswith("ال", following[0][0])
        lo, hi = max(sent_start, start - ATTRIBUTE_WINDOW), min(sent_end, end + ATTRIBUTE_WINDOW)
        ordinal_range = self._ordinal(mention, sent_start, sent_end, previous_end, next_start)
        if (
            ordinal_range is None
            and mention.relative is None
            and not mention.verb
            and status in (RoundStatus.HELD, RoundStatus.PLANNED)
            and cue_range is not None
            and text[cue_range[0] : cue_range[1]].lstrip("وف") not in self.participated
            and text[cue_range[0] : cue_range[1]] not in self.process_states
        ):  # (المفاوضات دخلت مرحلة جدية للمرة الأولى: the process's state, not a round)  # عُقدت المحادثات في أنقرة، للمرة الأولى منذ عامين: the times its verb of holding
            # counts (not: شارك في الاجتماع للمرة الأولى مدنيون, someone's first time)
            times = self._time_ordinal(max(end, cue_range[1]), min(sent_end, next_start))
            if times is not None:
                mention.ordinal = times[2].value
                mention.since = self._counted_since(times[1], sent_end)
                ordinal_range = times[0], times[1]
        mediators = self._mediators(mention, sent_start, sent_end)
        mention.mediators = [e for _, _, e in mediators]
        party_end = min(
            [sent_end, next_start]
            + [
                c.start
                for c in self.statuses
                if end < c.start and (cue_range is None or c.start != cue_range[0])
            ]
        )
        parties = self._parties(mention, cue_range, (sent_start, party_end), mediators)
        mention.parties = [e for _, _, e in parties]
        place = self._place(
            mention,
            lo,
            self._past_parties(end, hi, sent_end, parties),
            parties,
            cue_range[0] if cue_range else None,
        )
        if place is None and status is not None:
            # القمة التي استضافها البيت الأبيض: the host of its own relative clause comes
            # before the city of the sentence's event
            place = self._host_clause_venue(end, min(sent_end, next_start), own=True)
        if place is None and status is RoundStatus.HELD:
            place = self._named_city(start, end, sent_end) or self._place(
                mention, sent_start, hi, parties, sent_start, cities_only=True
            )  # جولتين عُقدتا في العاصمة الأردنية: its own city noun before the sentence's city
        if place is None and status is not None and cue_range is not None and cue_range[1] < start:
            reach = min(150, max(60, start - cue_range[1]))  # past a long subject and asides
            place = self._named_city(
                cue_range[0], cue_range[1], start, reach
            )  # اختتمت في العاصمة …
        if status is not None and (place is None or place[2].kind == EntityKind.COUNTRY):
            reach = (
                130 if mention.verb else 60 + mention.far
            )  # التقى X، مساء الثلاثاء، Y في العاصمة الفرنسية
            place = self._named_city(start, end, sent_end, reach) or place  # في مدينة أوهريد
        if place is None and cue_range is not None:
            place = self._hosted_in(cue_range)
        if status is not None and (place is None or place[2].kind == EntityKind.COUNTRY):
            # وصل الوفد إلى الدوحة … لجولة; زار السفير السعودي صنعاء … والتقى: the city the
            # trip went to, before a country a demonym names
            place = self._arrival_venue(start, sent_start) or place
        if place is None and status is not None:  # (a verb of meeting is its own cue)
            place = self._where_before(min(cue_range[0], start) if cue_range else start, sent_start)
        if place is None and status is not None:
            place = self._host_clause_venue(end, min(sent_end, next_start))
        if place is None and start in self.received_venues:  # استقبل X، …، وفد Y المعروف
            # بـ"…"، في مقر الرئاسة بZ: the venue that made the verb of receiving a meeting
            place = next(
                iter(_starting_within(self.places, *[self.received_venues[start]] * 2)), None
            )
        if start in self.sat_venues and (place is None or self.sat_venues[start] < start):
            # جلس قادة الدول حول طاولة واحدة في X; في جنيف، جلس الوفدان …: the venue that
            # made the verb of sitting a meeting (fronted, it wins over a city after the verb)
            sat = _starting_within(self.places, *[self.sat_venues[start]] * 2)
            place = next(iter(sat), None) or place
        if place is None and start in self.gathered_venues:  # جمعت المنامة X وY: the city
            # that brought the parties together, the subject of the verb (`_gathering_city`)
            gathered = _starting_within(self.places, *[self.gathered_venues[start]] * 2)
            place = next(iter(gathered), None)
        if place is None and status is not None:
            place = self._scheduled_clause_venue(end, min(sent_end, next_start))
        if place is None and status is RoundStatus.HELD and cue_range is not None:
            place = self._verb_clause_venue(cue_range, start, end, min(sent_end, next_start))
        if place is None and status is not None:  # جولة تقنية بشأن المحطة في فيينا
            place = self._venue_after_topic(mention, min(sent_end, next_start))
        if place is None and status is not None:
            place = self._format_venue(start, end, sent_start)  # الجولة الرابعة من منبر جدة
            if place is None and status is RoundStatus.HELD:
                place = self._agreement_venue(end, min(sent_end, next_start))
            mention.format_venue = place is not None
        if place is not None and status is not None:
            offerer = self._offered_host(start)
            if offerer is not None and offerer[0] == place[0]:
                # عرضت نيروبي استضافة محادثات: the government that offers to host is an
                # actor, not where the round meets; only «في X» or «أن تستضيف X الجولة»
                # says where (tools/blind/CONVENTIONS.md, rule 5)
                place = None
        if place is None and (
            status is RoundStatus.HELD or (status is None and mention.ordinal is not None)
        ):  # زار الوفد أوجلان في جزيرة X، في أول لقاء بينهما: the clause before the comma
            place = self._adjunct_venue(start, sent_start)
        if place is not None:  # في ديليجان بأرمينيا: the town, not the country that locates it
            place = self._town_before(place[0]) or place
        elif status is not None:  # في مانهاست بضواحي نيويورك
            place = next(
                (
                    town
                    for p_start, _, _ in _starting_within(self.places, end, hi)
                    if (town := self._town_before(p_start)) is not None
                    and town[0] > end
                    and not has_break(text, end, town[0])
                ),
                None,
            )
        if venue_needed and (
            place is None
            or place[0] < end
            or has_break(text, end, place[0])
            or self._hosts_in_turn(place[0])
            or (resumed and self._attributed_between(end, place[0]))
        ):  # بعد جولات لم تسفر عن شيء: rounds in general, no particular one; تلته أربعة
            return None  # اجتماعات تناوبت على استضافتها أديس أبابا والقاهرة: hosts in turn
        date_low = cue_range[0] if cue_range and cue_range[0] < start else start - 25
        if status in (RoundStatus.PROPOSED, RoundStatus.POSSIBLE) and cue_range:
            date_low = max(date_low, cue_range[1], start - 3)  # اقترح الجمعة: when it was proposed
        fronted = self._fronted_date(
            min(start, cue_range[0]) if cue_range else start, sent_start
        )  # ففي مايو 2023، وبعد أسابيع من اندلاع الحرب، جلس الطرفان في جدة: when it was held
        date = self._date(
            max(sent_start, fronted) if fronted is not None else max(lo, date_low), hi, start, end
        )
        if (
            mention.ordinal is None
            and mention.relative is None
            and self._session_of_a_round_told(
                index, sent_start, date[0] if date is not None and date[0] < next_start else None
            )  # (a date after the next round noun is that round's)
        ):
            return None  # اختتم الوفدان جولتهما …، بعد جلسة لم تتجاوز ساعة: the round's sitting
        if (
            place is None
            and date is None
            and mention.ordinal is None
            and not mention.definite
            and cue_range is not None
            and cue_range[1] <= start
            and self._career_clause(cue_range[0])
        ):  # الذي شارك في مفاوضات سابقة: the person's career, no particular round
            return None
        if place is not None:
            mention.place = place[2]
        if date is not None:
            mention.date = DateRef(date[2].text, date[2].span, date[2].value)
        if place is not None and date is not None:
            mention.dated_venue = self._dated_venue(end, place[:2], date[:2])
        if place is not None and place[0] >= end and not text[end : place[0]].strip():
            mention.construct = not self._venue_before(place[0]) and self._construct_venue(
                mention, place[0], place[1], place[2]
            )  # قمة ألاسكا: a round named by its place
        if date is not None and date[0] >= end and not text[end : date[0]].strip():
            mention.dated = True  # جولة يوليو 2024: a round named by its month
        before = _previous_words(self.analysis, start, 1)
        mention.ahead = (
            any(sent_start <= m.start < sent_end for m in self.future)
            or (bool(before) and (before[0] in AHEAD_WORDS or bare(before[0]) in self.preparing))
            or (first_word.startswith("ل") and not first_word.startswith("لقاء"))
        )  # قبيل قمة ألاسكا، استعداداً لقمة ألاسكا، قمة ألاسكا المقبلة: still to come
        points = [start, end]
        if cue_range is not None:
            points += list(cue_range)
        for found_range in (place, date, *parties[:2], *mediators[:2]):
            if found_range is not None and found_range[0] >= min(points):
                points += [found_range[0], found_range[1]]
        if ordinal_range is not None:
            points += list(ordinal_range)
        mention.evidence = (max(min(points), sent_start), min(max(points), sent_end))
        if mention.relative == "next" and mention.status is RoundStatus.HELD:
            mention.status = RoundStatus.PLANNED  # وعقد الاجتماع المقبل: the next one is to come
        if modelled:  # grouping takes it only as the last resort
            mention.model_status = self._adjective_status(end) or mention.status
            if (
                mention.model_status is RoundStatus.HELD
                and mention.date is not None
                and self._to_come(mention.date)
            ):
                mention.model_status = RoundStatus.PLANNED  # لقاء جديد في أبريل: a date to come
            elif (
                mention.model_status in (RoundStatus.PLANNED, RoundStatus.POSSIBLE)
                and mention.date is not None
                and _told_past(mention.date)
                and self._adjective_status(end) is None
            ):  # لقاء الرئيس بالمبعوث في موسكو أمس الجمعة: a round dated yesterday took place
                mention.model_status = RoundStatus.HELD
            mention.status = None
        if (
            mention.status is None
            and kind == "noun"
            and mention.relative in ("last", "previous")
            and mention.place is not None
            and not mention.plural
            and not mention.ahead
        ):  # في اجتماع القاهرة الأخير، الجولة السابقة في جنيف: the last round at a place is past
            mention.status = RoundStatus.HELD
        if (
            mention.status is None
            and mention.ordinal is None
            and mention.relative is None
            and mention.place is None
        ):
            if mention.model_status is None:
                return None  # a topic mention: no event
            mention.model_only = True  # … unless the learned model reads a round in it
        if (
            cue_range is not None
            and (
                text[cue_range[0] : cue_range[1]].lstrip("و") in self.during_words
                or bare(text[cue_range[0] : cue_range[1]]) in self.outcome_nouns
                or cue_range == self._agreed_in(start)
            )  # (يحذر مراقبون من انهيار المفاوضات: no particular round broke down)
            and mention.place is None
            and mention.ordinal is None
            and mention.date is None
        ):
            return None  # خلال المفاوضات السابقة، اتفقنا في الجولة الأخيرة: no particular round
        if (
            cue_range is not None
            and (
                text[cue_range[0] : cue_range[1]] in self.process_states
                or (
                    self._arriving(*cue_range)
                    and cue_range[1] <= start
                    and not text[cue_range[1] : start].strip()
                )  # أين وصلت المفاوضات؟: how far the talks got, not who came for them
            )
            and mention.place is None
            and mention.ordinal is None
            and mention.date is None
            and not mention.plural
        ):
            return None  # تعثرت محادثات السلام بين الطرفين: the state of the process, no round
        if (
            mention.status is RoundStatus.HELD
            and mention.ordinal is None
            and mention.relative is None
            and cue_range is not None
            and self._began_long_ago(mention, cue_range)
        ):
            mention.ordinal = 1  # بدأت المحادثات في مسقط في أبريل 2024: their first round
        return mention
