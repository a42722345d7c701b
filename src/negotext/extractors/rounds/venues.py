"""The venue of a round: the place it is held in (``_place``) and the clauses that tell it.

A place after في / إلى / استضافت near the round, or named by a host that offers it, by the
round's relative clause of hosting or schedule, by a clause opened by a verb of holding, or
by a "where" clause before it; not a place in the round's topic, cause, or in another
round's adjunct of time.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence

import regex

from negotext.ar.normalize import normalize_text
from negotext.extractors._common import (
    QUESTION_BULLETS,
    SEQUENCE_WORDS,
    bare,
    has_break,
    sentence_range,
    tokens,
)
from negotext.extractors.round_grouping import _entity_key
from negotext.extractors.rounds.mention import _Mention, _starting_within
from negotext.extractors.rounds.places import _Places
from negotext.extractors.rounds.text import _previous_words
from negotext.extractors.rounds.words import (
    ABOUT_WORDS,
    AFTER_WINDOW,
    AREA_NOUNS,
    ASIDE,
    ASIDES,
    ATTACHED_PRONOUNS,
    ATTRIBUTE_WINDOW,
    BUILDING_NOUNS,
    BUILDING_PREPOSITIONS,
    CLAUSE_PUNCTUATION,
    CONDITIONALS,
    CONJOINED_CLAUSE,
    FRONTING_CLITICS,
    FRONTING_WORDS,
    RELATIVES,
    SENTENCE_END,
    SINCE_WORDS,
    THAT_OPENERS,
    THAT_WORDS,
    TOPICS,
    VENUE_FILLERS,
)
from negotext.records import Entity, EntityKind, RoundStatus

#: Words that introduce what talks are about: a place after them is the topic, not the venue.
#: Prepositions of an adjunct of time that relates one event to another (بعد محادثات في X).
TIMING_WORDS = frozenset(
    normalize_text(w)
    for w in ("بعد", "وبعد", "قبل", "وقبل", "عقب", "وعقب", "إثر", "اثر", "غداة", "عشية")
)

#: أن / إن with a pronoun suffix, every person (إنه، إنها، أنهم، أنهما، بأنهن، إننا، إنني),
#: normalised: a that-clause opens as with the bare particle (rounds.words.THAT_WORDS).
THAT_PRONOUN_WORDS = frozenset(
    normalize_text(particle + suffix)
    for particle in ("أن", "إن", "بأن", "وأن", "وإن", "لأن")
    for suffix in ATTACHED_PRONOUNS
)

#: An interviewer's question: a line opened by a bullet or the label س and closed by a question
#: mark («■ كيف تقيّمون الجولة الأخيرة؟»، «س: متى يعقد الاجتماع المقبل؟»).
QUESTION_LINE = regex.compile(
    rf"^[ \t]*(?:[{regex.escape(QUESTION_BULLETS)}]|س\s*[:\-–—/]).*\?[ \"'»”]*$", regex.MULTILINE
)

#: A line closed by a question mark, whatever opens it (■ …؟، س: …؟، ـ …؟): in an interview,
#: the first one ends its opening, the writer's own words.
ANY_QUESTION_LINE = regex.compile(r"^.*\?[ \"'»”]*$", regex.MULTILINE)

#: How many words before a place the newsroom's verb of meeting its interviewee may stand
#: (التقيناه في مكتبه ببريشتينا: the verb, في and a building noun).
NEWSROOM_REACH = 4

#: Prepositions whose object may head a relative clause of its own after a round (من النقطة
#: التي، عن الحوار الذي، على المسار الذي، إلى الاتفاق الذي، حول الملف الذي), bare.
OBJECT_PREPOSITIONS = frozenset(
    bare(normalize_text(w)) for w in ("من", "عن", "على", "إلى", "الى", "حول", "بشأن", "بشان")
)

#: Topic words after a round noun whose short object may be followed by the round's venue
#: (جولة بشأن المحطة في فيينا); see _Venues._venue_after_topic.
TOPIC_PREPOSITIONS = frozenset(normalize_text(w) for w in ("حول", "بشأن", "بخصوص"))

#: How many words may stand between a round noun and its topic word, and between the topic
#: word and في (جولة تفاوض تقنية حول الحدود البرية في الناقورة).
TOPIC_VENUE_WORDS = 3

#: How many words before a verbal noun of hosting the city offering to host may stand
#: (نيروبي قد عرضت الشهر الماضي استضافة).
OFFER_WORDS = 5

#: Definite participles of schedule that open a relative clause after a comma with no
#: pronoun (الاجتماع الثاني عشر، المقرر عقده الأسبوع المقبل في …).
SCHEDULE_PARTICIPLES = frozenset(
    normalize_text(w) for w in ("المقرر", "المقررة", "المزمع", "المزمعة", "المرتقب", "المرتقبة")
)


#: How far past its opening a round's relative clause of schedule may name the venue, past
#: its date and parties (الذي كان مقرراً في ١٨ يونيو بين الرئيس X ورئيس الوزراء Y في
#: بروكسل); the clause still ends at its first break.
SCHEDULE_CLAUSE_REACH = 150

#: كان / كانت opening a clause of schedule after a round (جولة كانت مقررة في X).
WAS_WORDS = frozenset({"كان", "كانت"})


def _schedule_word(word: str, stems: Iterable[str]) -> bool:
    """Whether a word is a word of schedule (مقرراً، المرتقبة، المزمع، يُفترض): it holds one of
    ``stems``, the lexicon ``round_schedule_stems``."""
    return any(stem in word for stem in stems)


def _topic_between(words: list[str]) -> bool:
    """Whether a topic word stands among the words between a round and a place.

    عن introduces the topic only right after the round or its cue (محادثات عن الأوضاع في …);
    after a noun it names whom (بممثلين عن الحوثيين في مسقط).
    """
    about = normalize_text("عن")
    return any(
        word in TOPICS and (word != about or index == 0 or words[index - 1] in ("قد",))
        for index, word in enumerate(words)
    )


def _building_after_topic(words: list[str]) -> bool:
    """Whether في and a building noun follow the last topic word among ``words``.

    "اجتماعاً بشأن قبرص في مقر المنظمة الدولية بنيويورك": the building opens a venue
    phrase of its own, so the city after it is where the round is, not its topic.
    """
    last = max((i for i, word in enumerate(words) if word in TOPICS), default=-1)
    return any(
        word in BUILDING_PREPOSITIONS and words[i + 1] in BUILDING_NOUNS
        for i, word in enumerate(words[last + 1 : -1], start=last + 1)
    )


class _Venues(_Places):
    """The reader's venues."""

    @functools.cached_property
    def first_question(self) -> int | None:
        """Where the first interviewer's question of the document stands (`QUESTION_LINE`), if
        the document is an interview."""
        found = QUESTION_LINE.search(self.text)
        return found.start() if found is not None else None

    def _quoted_in_paragraph(self, position: int) -> bool:
        """Whether a quote opened before ``position`` in its paragraph is not yet closed there:
        the words at ``position`` are someone's, not the writer's own."""
        lead = self.text[self.text.rfind("\n", 0, position) + 1 : position]
        return (
            lead.count('"') % 2 == 1
            or lead.count("«") > lead.count("»")
            or lead.count("“") > lead.count("”")
        )

    def _newsroom_venue(self, p_start: int) -> bool:
        """Whether the place at ``p_start`` is where the newsroom met the one it interviews.

        "التقيناه في كييف بعد أيام من الجولة الثالثة"، "التقيناها في مكتبها بتبليسي عشية الجولة":
        a first-person verb of meeting with the interviewee as its object pronoun
        (``round_newsroom_meetings``), a few words before the place in its clause, in the
        interview's opening before its first question (a line closed by a question mark,
        whatever bullet opens it) and in the writer's own words. The
        round named after it is the occasion of the interview, held elsewhere: the place is
        no venue of it. After the first question, or in a quote, the first person is a
        negotiator's side (— التقيناه في الدوحة مرتين): the place may be the round's.
        """
        question = ANY_QUESTION_LINE.search(self.text)
        if question is None or question.start() < p_start:
            return False
        verbs = self.analysis.word_set("round_newsroom_meetings")
        words = _previous_words(self.analysis, p_start, NEWSROOM_REACH)
        return any(word.lstrip("و") in verbs for word in words) and not (
            self._quoted_in_paragraph(p_start)
        )

    @functools.cached_property
    def schedule_stems(self) -> tuple[str, ...]:
        """The stems of the words of schedule (``round_schedule_stems``): one list for every
        step that reads a schedule."""
        return self.analysis.lexicon("round_schedule_stems")

    def _place(
        self,
        mention: _Mention,
        lo: int,
        hi: int,
        parties: Sequence[tuple[int, int, Entity]],
        cue_start: int | None,
        cities_only: bool = False,
    ) -> tuple[int, int, Entity] | None:
        """The venue: a place (or a country that is not a party) after في / إلى / استضافت.

        A venue before the round noun must stand in its clause or after its cue
        (عُقد في الناقورة، اليوم الثلاثاء، اجتماع). ``cities_only`` is the fallback
        for a held round named with no venue of its own (وقعت … في الدوحة … في ختام
        جولة مفاوضات): the city where the sentence's event took place.
        """
        party_keys = {_entity_key(e) for _, _, e in parties}
        told = mention.status or (RoundStatus.PLANNED if mention.relative == "next" else None)
        candidates = []  # (الاجتماع المقبل للجنة في تايلاند: the next round is planned there)
        for p_start, p_end, entity in _starting_within(self.places, lo, hi + 40 + mention.far):
            if p_start < lo or p_end > hi + (40 if mention.verb else 30) + mention.far:
                continue
            if entity.kind == EntityKind.COUNTRY:
                capital = self._capital_of_adjective(p_start, p_end)  # في العاصمة القطرية
                if capital is None and p_end <= mention.start:
                    capital = self._hosting_capital(p_start, p_end)
                if capital is not None:  # وكانت العاصمة القطرية قد احتضنت الجولة الأولى
                    p_start, p_end, entity = capital
            if (
                told in (RoundStatus.PROPOSED, RoundStatus.POSSIBLE)
                and p_end <= mention.start
                and self._visited(p_start)
            ):
                continue  # اقترح، خلال زيارته الأخيرة إلى بيروت، عقد جولة: where it was proposed
            if p_end > mention.end + 110 and CONJOINED_CLAUSE.search(
                self.text, mention.end, p_start
            ):
                continue  # …، وتركزت على سلامة الملاحة في البحر الأسود: past a clause of its own
            after_cue = (
                cue_start is not None
                and mention.end <= cue_start < p_start
                and not has_break(self.text, cue_start, p_start)
            )  # not past a clause of its own: قمة محتملة بين الرئيسين، اقترحت … في غوما
            if (
                (mention.verb or mention.far)
                and p_start >= mention.end
                and p_end <= mention.end + 110 + mention.far
            ):
                after_cue = True  # التقى الوزير، اليوم، نظيره … في عمّان: past subject and object
            if p_end > hi and has_break(self.text, mention.end, p_start) and not after_cue:
                continue  # …، التي تستضيفها العاصمة الأردنية عمّان: the venue of the cue
            if p_start >= mention.end and SENTENCE_END.search(self.text, mention.end, p_start):
                continue  # a place of the next sentence
            if p_start >= mention.end and any(
                mention.end < t_start < p_start
                and has_break(self.text, mention.end, t_start)
                and (not mention.verb or self._cue_right_before(t_start))
                for t_start, _, _ in self.triggers
            ):
                continue  # الجولة الأولى، قبل أن تنتقل الجولة الثانية إلى X: the next round's
                # (ستلتقي الوفود مجدداً، فيما اقترحت واشنطن أن تُعقد الجولة الثالثة في X)
            if (
                p_start >= mention.end
                and not mention.verb
                and self._said_between(mention.end, p_start)
            ):
                continue  # ختام الجولة أن الأطراف اتفقت على … في البحر الأسود: what was said
            between = (  # the words from the round to a place after it
                {self.text[a:b] for a, b in self.analysis.words_in(mention.end, p_start)}
                if p_start >= mention.end
                else set()
            )
            if between & SEQUENCE_WORDS:
                continue  # عُقدتا في جيبوتي عام 2020 ثم في أنقرة: the next event's venue
            if p_start >= mention.end and self._other_round_in_adjunct(mention.end, p_start):
                continue  # جولة جديدة بعد محادثات في نيروبي: the venue of the talks before it
            if p_start >= mention.end and self._other_noun_relative(mention.end, p_start):
                continue  # من النقطة التي توقفت عندها في X، عن الحوار الذي بدأ في X: not its
            if p_end <= mention.start and self._round_before_adjunct(p_start, p_end, mention.start):
                continue  # تأتي الجولة الحالية في X بعد الجولة الثانية: the current round's
            if between & CONDITIONALS:
                continue  # لقاء ممكن إذا تحقق تقدم في جولة فيينا: where the condition is met
            if p_start >= mention.end and self._cause_between(mention.end, p_start):
                continue  # أُرجئ الاجتماع بسبب القتال في مأرب: where the cause happened
            if (
                told is RoundStatus.CANCELLED
                and p_start >= mention.end
                and self._event_after_between(mention.end, p_start)
            ):
                continue  # أُلغي الاجتماع بعد التصعيد في البحر الأحمر: where the event was
            if not mention.verb and between & SINCE_WORDS:
                continue  # الجولة الثالثة … منذ توقيع الاتفاق في جنيف: where it is counted from
            if (
                p_end <= mention.start
                and has_break(self.text, p_end, mention.start)
                and (cue_start is None or p_start < cue_start)
                and not self._host_of_relative(p_end, cue_start)
            ):
                continue  # a venue before the round stands in its clause, or after its cue
            if p_end <= mention.start and self._that_between(p_end, mention.start):
                continue  # أعلن في مؤتمر صحفي بأوسلو أن الجولة ستعقد …: where it was said
            if p_end <= mention.start and self._that_pronoun_between(p_end, mention.start):
                continue  # قال في جوبا إنه مستعد للقاء …: where it was said
            if p_end <= mention.start and self._newsroom_venue(p_start):
                continue  # التقيناه في كييف بعد أيام من الجولة: where the interview was
            if (
                p_end <= mention.start
                and not self._host_subject(p_start)
                and any(
                    self.text[a:b] in ABOUT_WORDS
                    for a, b in self.analysis.words_in(
                        p_end,
                        cue_start
                        if cue_start is not None and p_end <= cue_start
                        else mention.start,
                    )
                )
            ):
                continue  # تحدث مسؤولون في بيروت عن اقتراح لعقد لقاء: where the talk of it is
            gap = self.text[(cue_start if after_cue and cue_start else mention.end) : p_start]
            if (
                p_start >= mention.end
                and _topic_between(gap.rsplit(",", 1)[-1].split())
                and not self._after_filler(p_start)
                and not _building_after_topic(gap.rsplit(",", 1)[-1].split())
                and not self._venue_past_topic(p_start, p_end, entity)
            ):
                continue  # محادثات حول سلامة الملاحة في البحر الأسود: the topic, not the venue
            if (
                cities_only
                and p_end <= mention.start
                and self._contrast_between(p_end, mention.start)
            ):
                continue  # وصل الوزير إلى باريس، فيما تعثرت المفاوضات: another clause's city
            construct = False
            if not (
                self._venue_before(p_start)
                or self._host_after(p_end, relative=p_end <= mention.start)
                or self._host_subject(p_start)
            ):
                construct = self._construct_venue(mention, p_start, p_end, entity)
                if not construct:
                    continue
            if (
                entity.kind == EntityKind.PLACE
                and not mention.plural
                and self._qualifies_someone(p_start, p_end)
            ):
                continue  # التقى كبيرا المفاوضين في كيشيناو وتيراسبول الخميس في بندر
            if entity.kind == EntityKind.COUNTRY and self._listed(p_end):
                continue  # في الولايات المتحدة ومصر وإسرائيل: a list of parties, not a venue
            if self._alternative(p_end) or self._after_alternative(p_start):
                continue  # في طرابلس أو بنغازي: not yet a venue
            held_in = (
                told in (RoundStatus.HELD, RoundStatus.PLANNED, RoundStatus.CANCELLED)
                and 0 <= p_start - mention.end <= (110 if mention.verb else 25) + mention.far
                and not has_break(self.text, mention.end, p_start)
            ) or (
                self._host_subject(p_start)
                or self._host_after(p_end, relative=p_end <= mention.start)
            )  # عقد الاجتماع المقبل في أرمينيا، الكويت قد استضافت: a party can host
            # (a meeting verb reaches past its subject and object: التقى X Y في إقليم كردستان)
            if self._place_type(entity) == "region" and not (
                self._right_after_cue(cue_start, p_start)  # القمة … ستعقد في ألاسكا
                or self._host_subject(p_start)
                or self._host_after(p_end, relative=p_end <= mention.start)
                or self._after_filler(p_start)
                or self._itself(p_end)  # تقترح عقد الجولة المقبلة في أبيي نفسها
                or (held_in and not cities_only)
            ):
                continue  # في تيغراي: a region named near a round is its topic, not its venue
            if entity.kind == EntityKind.COUNTRY and (
                cities_only
                or told is None
                or (_entity_key(entity) in party_keys and not held_in)
                or [*_previous_words(self.analysis, p_start, 1), ""][0] in VENUE_FILLERS
            ):
                continue  # a party, or the adjective of العاصمة الكازاخية: not the venue
            distance = p_start - mention.end if p_start >= mention.end else mention.start - p_end
            penalty = (
                (0 if p_start >= mention.end else 10)
                + (80 if self._reference_point(p_start) else 0)  # في بوتراجايا، قرب العاصمة …
                + (50 if entity.kind == EntityKind.COUNTRY else 0)  # a city names it better
                + (40 if construct else 0)  # a venue said with في or a host verb names it better
                + (30 if self._place_type(entity) == "region" else 0)  # a city names it better
                + (
                    60
                    if p_end <= mention.start
                    and cue_start is not None
                    and cue_start >= mention.end
                    and self._building(entity)
                    else 0
                )  # يصل إلى قصر الوطن للمشاركة في الاجتماعات، التي انطلقت أمس في العاصمة
                # الإماراتية: the round's own clause names where it is held better than the
                # building someone goes to before the round is named
            )
            if p_start in self.format_venues:
                penalty += 200  # جولة من محادثات جنيف … في فيينا: the venue the text names wins
            candidates.append((distance + penalty, p_start, p_end, entity))
        if any(
            c[1] >= mention.end and c[3].kind == EntityKind.PLACE and self._venue_before(c[1])
            for c in candidates
        ):  # استضافت بكين … أولى جولات هذا المسار في كونمينغ: the host is the government
            candidates = [
                c for c in candidates if not (c[2] <= mention.start and self._host_subject(c[1]))
            ] or candidates
        if not candidates:
            if cities_only or mention.status is None or not mention.sentence[1]:
                return None
            if mention.status in (RoundStatus.PROPOSED, RoundStatus.POSSIBLE):
                return None  # وبالدوحة، عرضت قطر استضافة محادثات: where it was offered
            # ففي العاصمة النرويجية عُقدت الجولة الأولى: a city fronted before the clause
            position = mention.start if cue_start is None else min(mention.start, cue_start)
            return self._fronted_venue(position, mention.sentence[0])
        _, p_start, p_end, entity = min(candidates, key=lambda c: c[0])
        chosen = (p_start, p_end, entity)
        if entity.kind == EntityKind.COUNTRY:  # مؤتمر كرانس مونتانا في سويسرا: the city
            chosen = self._city_of_country(mention, chosen, party_keys) or chosen
        city, building = self._building_city(chosen, candidates)
        mention.building = building
        return city

    def _city_of_country(
        self, mention: _Mention, country: tuple[int, int, Entity], party_keys: set[str]
    ) -> tuple[int, int, Entity] | None:
        """A city of the venue country the text names for the round: in construct with the
        round noun (مؤتمر كرانس مونتانا في سويسرا), or, for a round held that the country
        hosted (فالجولة الثالثة، التي استضافتها تركيا …), the city after a venue word in its
        sentence or the one before it, nearest first (أمضى الوفدان أياماً في إسطنبول).
        A country names where a round is held less closely than a city in it, and the
        gazetteer knows which country a city is in; a city that is a party (وفدا طرابلس
        وبنغازي) or a region is no such venue. A country told for a round to come (لقاء ثانٍ
        في البرازيل، قمة كان يفترض أن تستضيفها البرازيل) keeps it: a city of that country
        named nearby is another event's."""
        gazetteer = self.analysis.resources.gazetteer
        code = gazetteer.country_of(country[2])
        sent_start, sent_end = mention.sentence
        if code is None or not sent_end:
            return None
        hosted = mention.status is RoundStatus.HELD and (
            self._host_subject(country[0])
            or self._host_after(country[1], relative=country[1] <= mention.start)
        )
        low = sentence_range(self.analysis, sent_start - 2)[0] if sent_start > 1 else sent_start
        found = []
        for p_start, p_end, entity in _starting_within(self.places, low, sent_end):
            if (
                p_end > sent_end
                or not self._town(entity)
                or _entity_key(entity) in party_keys
                or gazetteer.country_of(entity) != code
            ):
                continue
            construct = (mention.start <= p_start and p_end <= mention.end) or (
                p_start > mention.end and not self.text[mention.end : p_start].strip()
            )
            if construct or (hosted and self._venue_before(p_start)):
                found.append((p_start, p_end, entity))
        if not found:
            return None
        return min(
            found,
            key=lambda c: abs(c[0] - mention.start) + (0 if c[0] >= sent_start else 1000),
        )

    def _offered_host(self, start: int) -> tuple[int, int, Entity] | None:
        """The city that offers, proposes or stands ready to host the round (the government
        it stands for, never the venue: CONVENTIONS rule 5): the subject of
        the verb governing the verbal noun of hosting right before the round noun, next to it
        (عرضت نيروبي استضافة محادثات، وكانت نيروبي قد عرضت الشهر الماضي استضافة اجتماع،
        اقترحت أبوجا بدورها استضافة لقاء): the direct object of the offer, not لاستضافة after
        a word of readiness or invitation. Only a city, the last place or actor before it: a
        country adjective tells whose official offers (عرض الرئيس الكيني استضافة …)."""
        words = self.analysis.words_in(max(0, start - 80), start)
        if not words or has_break(self.text, words[-1][1], start):
            return None
        noun = self.text[slice(*words[-1])].removeprefix("و")
        if noun not in self.analysis.word_set("round_hosting_nouns"):
            return None  # the object of the offer, not لاستضافة (بدعوة أنغولا لاستضافة قمة)
        noun_start = words[-1][0]
        low = words[max(0, len(words) - 1 - OFFER_WORDS)][0]
        last = next(
            (
                item
                for item in reversed([*_starting_within(self.actors, low, noun_start)])
                if item[1] <= noun_start
            ),
            None,
        )
        host = next(
            (
                (p_start, p_end, entity)
                for p_start, p_end, entity in reversed(
                    _starting_within(self.places, low, noun_start)
                )
                if p_end <= noun_start
            ),
            None,
        )
        if (
            host is None
            or host[2].kind != EntityKind.PLACE
            or (last is not None and last[0] > host[0])  # another actor is the subject
            or has_break(self.text, host[0], noun_start)
            or self._venue_before(host[0])
        ):
            return None
        return host

    def _host_clause_venue(
        self, end: int, limit: int, own: bool = False
    ) -> tuple[int, int, Entity] | None:
        """The capital named after a verb of hosting in the round's relative clause.

        "جولة جديدة من الحوار …، استضافتها العاصمة البلجيكية يوم الخميس": the verb with
        the round's pronoun makes its subject the venue.
        """
        for cue in self.statuses:
            if not end <= cue.start <= min(limit, end + AFTER_WINDOW + 40):
                continue
            word = self.text[cue.start : cue.end].split()[-1].lstrip("وف")
            if own and not self._hosts_it(self.text[cue.start : cue.end].split()[-1]):
                continue  # only a verb with the round's pronoun (التي استضافها البيت الأبيض)
            if word in self.host_words or (word in self.venue_words and word.endswith("ها")):
                following = self.analysis.words_in(cue.end, limit)[:1]
                for p_start, p_end, entity in [*self.places, *self.actors]:
                    if not following or p_start != following[0][0] or p_end > limit:
                        continue
                    if self._alternative(p_end):
                        return None  # قد تستضيفها جنيف أو تونس: no venue yet (rule 6)
                    if entity.kind != EntityKind.ORGANIZATION or (
                        self._place_type(entity) == "building"
                    ):  # استضافتها العاصمة التونسية، التي استضافها البيت الأبيض
                        return p_start, p_end, entity
                return self._named_city(cue.start, cue.start, limit)
        return None

    def _venue_past_topic(self, p_start: int, p_end: int, entity: Entity) -> bool:
        """Whether the city at ``p_start``–``p_end`` after في is a venue past a topic that
        has named its own place (اجتماع حول طرق تعز في عمّان، اجتماع بشأن قبرص في جنيف،
        اختتم الاجتماع بشأن قبرص أعماله مساء الخميس في جنيف): the topic's noun phrase ends
        with the place it is about, so a second place told with في after it, in the same
        clause, says where the round is held (two places given as alternatives are still no
        venue, ``_alternative``). A region or a country so told (حول الأمن في تعز في منطقة
        الساحل) may still be the topic's."""
        if (
            entity.kind != EntityKind.PLACE
            or self._place_type(entity) in ("region", "building")
            or _previous_words(self.analysis, p_start, 1) != ["في"]
        ):
            return False
        words = self.analysis.words_in(max(0, p_start - 90), p_start)
        topic = max(
            (
                a
                for a, b in words
                if self.text[a:b] in TOPICS and not has_break(self.text, a, p_start)
            ),
            default=None,
        )
        if topic is None:
            return False
        return any(
            topic < t_start and t_end < p_start
            for t_start, t_end, _ in _starting_within(self.places, topic, p_start)
        )

    def _venue_after_topic(self, mention: _Mention, limit: int) -> tuple[int, int, Entity] | None:
        """The city after في that closes a short topic right after a round noun.

        "جولة تقنية بشأن المحطة في فيينا"، "جولة أولى حول هذا الملف في إسطنبول"، "جولة تفاوض
        حول الحدود البرية في الناقورة": a topic word of ``TOPIC_PREPOSITIONS`` within the
        round's phrase (its adjectives), a topic of at most ``TOPIC_VENUE_WORDS`` words in the
        same clause, then في and a city. The topic names a matter, not a place, so the city
        is where the round meets. A topic of a state of affairs at a place (حول الأوضاع في
        الفاشر، حول فتح الطرق في تعز: ``round_topic_situations``) keeps the city as the
        topic's, and a region, a country or a sea after في stays the topic's too. A meeting
        verb's topic (يلتقي الوزيران لاستكمال النقاش حول …) is not read so. The caller asks
        only when no venue was told otherwise (an arrival, a host, a clause of schedule)."""
        if mention.verb:
            return None
        text = self.text
        words = self.analysis.words_in(mention.end, min(limit, mention.end + 90))
        topic = next(
            (
                i
                for i, (a, b) in enumerate(words[: TOPIC_VENUE_WORDS + 1])
                if text[a:b] in TOPIC_PREPOSITIONS
            ),
            None,
        )
        if topic is None or any(text[a:b] in RELATIVES for a, b in words[:topic]):
            return None
        at = next(
            (
                i
                for i, (a, b) in enumerate(
                    words[topic + 2 : topic + 2 + TOPIC_VENUE_WORDS], start=topic + 2
                )
                if text[a:b] == "في"
            ),
            None,
        )
        if at is None or at + 1 >= len(words) or has_break(text, mention.end, words[at + 1][0]):
            return None
        situations = self.analysis.word_set("round_topic_situations")
        matter = [text[a:b] for a, b in words[topic + 1 : at]]
        if any(
            word in situations
            or word.removeprefix("ال") in situations
            or word in TOPIC_PREPOSITIONS
            for word in matter
        ):
            return None
        p_start = words[at + 1][0]
        if any(
            words[topic][1] <= start < p_start
            for start, _, _ in _starting_within(self.places, words[topic][1], p_start)
        ):
            return None  # بشأن قبرص في جنيف: a topic of its own place (_venue_past_topic)
        return next(
            (
                item
                for item in _starting_within(self.places, p_start, p_start)
                if item[0] == p_start
                and item[2].kind == EntityKind.PLACE
                and self._place_type(item[2]) == "city"
                and not self._alternative(item[1])
            ),
            None,
        )

    def _scheduled_clause_venue(self, end: int, limit: int) -> tuple[int, int, Entity] | None:
        """The city named in the round's relative clause of schedule after a comma.

        "إرجاء الجولة السادسة من المحادثات … بين إيران والولايات المتحدة، التي كان مقرراً
        عقدها في مسقط"، "أُرجئ الاجتماع الفني …، الذي كان مقرراً الخميس الماضي في الرياض": a
        relative pronoun opening the first clause after the round, a word of schedule or
        holding in it (مقرر، عقد) and a city after في in that clause.
        """
        text = self.text
        comma = text.find(",", end, min(limit, end + 90))
        if comma >= 0 and SENTENCE_END.search(text, end, comma):
            comma = -1
        opening = comma
        if comma < 0 or text[comma + 1 : comma + 2].strip():
            # no comma: the relative pronoun right after the round's own phrase (جولة
            # المفاوضات مع الحكومة التي كانت مقررة في …)
            opening = next(
                (
                    a
                    for a, b in self.analysis.words_in(end, min(limit, end + 90))
                    if text[a:b] in RELATIVES and not has_break(text, end, a)
                ),
                comma,
            )
        # a clause of كان and a word of schedule right after the round's phrase, before any
        # comma: the relative clause of an indefinite round, which takes no pronoun (جولة
        # كانت مقررة في X، اجتماع كان مرتقباً في X), or the round's own predicate (اللقاء كان
        # مقرراً في X)
        opening = next((a for a in [self._schedule_clause(end, limit)] if a >= 0), opening)
        if opening < 0:
            return None
        spans = tokens(text, opening, min(limit, opening + SCHEDULE_CLAUSE_REACH))
        first = text[spans[0][0] : spans[0][1]] if spans else ""
        if not spans or (
            first not in RELATIVES
            and first.removeprefix("و") not in SCHEDULE_PARTICIPLES
            and first not in WAS_WORDS
        ):
            return None  # …، المقرر عقده الأسبوع المقبل في منطقة …: a participle as relative
        scheduled = first not in RELATIVES and first not in WAS_WORDS
        previous = first
        named: tuple[int, int, Entity] | None = None  # a city not in the gazetteer
        for a, b in spans[1:]:
            if has_break(text, spans[0][1], a):
                return named
            word = text[a:b]
            if (
                _schedule_word(word, self.schedule_stems)
                or bare(word) in self.holding
                or word in self.holding
            ):
                scheduled = True
                previous = word
                continue
            if word in TOPICS or self._cause_word(a, b):
                return named  # …، الذي كان مقرراً الخميس بسبب القتال في …: the cause's place
            if not scheduled:
                continue
            if word == "في" and named is None:
                named = self._named_city(a, a, limit, 40)  # في العاصمة الكينية، في مدينة …
            for p_start, p_end, entity in _starting_within(self.places, a, b):
                if self._place_type(entity) == "building" or (
                    entity.kind != EntityKind.PLACE
                    and (_previous_words(self.analysis, a, 1) != ["في"] or self._listed(p_end))
                ):
                    continue  # (a country only as where: الذي كان مقرراً في الكويت)
                if p_start == a and (
                    _previous_words(self.analysis, a, 1) == ["في"]
                    or (
                        _previous_words(self.analysis, a, 2)[:1] in ([w] for w in AREA_NOUNS)
                        and _previous_words(self.analysis, a, 2)[1:] == ["في"]
                    )  # في منطقة غازاخ
                ):
                    return p_start, p_end, entity  # a region too: عقده في منطقة قازاخ
                if text[a:p_start] in ("ل", "لل") and _schedule_word(previous, self.schedule_stems):
                    return p_start, p_end, entity  # جولة كانت مقررة للقاهرة: its destination
            previous = word
        return named

    def _schedule_clause(self, end: int, limit: int) -> int:
        """Where كان / كانت opens a clause of schedule right after the round's phrase, with no
        break before it (جولة مفاوضات حول الأسرى كانت مرتقبة في X، اجتماع كان مقرراً للقاهرة):
        the word after it is a word of schedule (مقرر، مرتقب، مزمع، من المقرر، يفترض); -1 when
        there is none. A verb of its own before it (a round noun's own verb: جولة عُقدت …) or
        another round noun ends the search."""
        spans = self.analysis.words_in(end, min(limit, end + 60))
        for index, (a, b) in enumerate(spans[:-1]):
            if has_break(self.text, end, a) or a in self.trigger_cues:
                return -1
            if self.text[a:b] not in WAS_WORDS:
                continue
            following = [self.text[c:d] for c, d in spans[index + 1 : index + 3]]
            if _schedule_word(following[0], self.schedule_stems) or (
                following[0] == "من"
                and following[1:]
                and _schedule_word(following[1], self.schedule_stems)
            ):
                return a
            return -1
        return -1

    def _verb_clause_venue(
        self, cue_range: tuple[int, int], start: int, end: int, limit: int
    ) -> tuple[int, int, Entity] | None:
        """The venue of a clause opened by a verb of holding, past its subject's complements.

        "عُقد، يوم الأربعاء، اجتماع لجنة «الميكانيزم» المكلفة بمراقبة اتفاق وقف الأعمال
        العدائية في مقر قيادة قوات اليونيفيل في بلدة الناقورة"، "انعقدت الجولة الثالثة من
        المحادثات في يونيو الماضي بفندق ويندسور في ضاحية جيجيري شمالي العاصمة الكينية": the
        verb (before the round, past short asides) takes the في phrase that closes its clause,
        however long the round's complements; the clause ends at the first comma. A place
        after a word of topic (حول، بشأن) is no venue.
        """
        text = self.text
        if cue_range[1] > start or not any(
            c.label == "held" and (c.start, c.end) == cue_range for c in self.statuses
        ):
            return None
        gap = ASIDE.sub(" ", text[cue_range[1] : start])
        if has_break(gap, 0, len(gap)):
            return None
        clause = CLAUSE_PUNCTUATION.search(text, end, limit)
        clause_end = clause.start() if clause else limit
        full_stop = SENTENCE_END.search(text, end, clause_end)
        if full_stop is not None:
            clause_end = full_stop.start()
        for a, b in self.analysis.words_in(end, clause_end):
            word = text[a:b]
            if word in TOPICS or self._cause_word(a, b):
                return None
            for p_start, p_end, entity in _starting_within(self.places, a, b):
                if entity.kind == EntityKind.COUNTRY or self._place_type(entity) == "region":
                    continue
                if self._venue_before(p_start) and not self._reference_point(p_start):
                    return p_start, p_end, entity
        return self._named_city(end, end, clause_end, clause_end - end)

    def _where_before(self, position: int, sent_start: int) -> tuple[int, int, Entity] | None:
        """The place a "where" clause opening before the cue refers to (… مدينة جنيف، حيث
        يُنتظر أن تلتئم جولة جديدة): the city named right before حيث."""
        where = normalize_text("حيث")
        opener = next(
            (
                a
                for a, b in reversed(
                    self.analysis.words_in(max(sent_start, position - 30), position)
                )
                if self.text[a:b].lstrip("و") == where
            ),
            None,
        )
        if opener is None or has_break(self.text, opener, position):
            return None
        for p_start, p_end, entity in reversed(
            _starting_within(self.places, max(sent_start, opener - 60), opener)
        ):
            if (
                p_end <= opener
                and entity.kind == EntityKind.PLACE
                and self._place_type(entity) != "region"
                and len(self.analysis.words_in(p_end, self._past_date(p_end, opener))) <= 1
                and (
                    self._venue_before(p_start)
                    or _previous_words(self.analysis, p_start, 1) == ["من"]
                    or self._clitic_to(p_start)
                )
            ):  # انطلق المسار من كراكاس، حيث عُقدت الجولة الأولى; توجه الوفد للقاهرة حيث
                return p_start, p_end, entity
        low = max(sent_start, opener - 60)
        found = self._named_city(low, low, opener, reach=opener - low)  # إلى مدينة أروشا، حيث
        if found is not None and len(self.analysis.words_in(found[1], opener)) <= 1:
            return found
        return None

    def _fronted_venue(self, position: int, sent_start: int) -> tuple[int, int, Entity] | None:
        """A city fronted at the opening of the clause at ``position``, when only asides part
        it from that clause (في بروكسل، أُرجئ اجتماع …; ففي العاصمة النرويجية عُقدت الجولة
        الأولى; وفي جنيف، الخميس، التقى …), its في also written as the clitic بـ on the place
        (وبجدة، انعقدت الجولة …): the place the clause's event happened in, as a fronted date
        is its time (``_fronted_date``). A country or a region fronted so (وفي ميانمار، قالت
        مصادر …) is the topic of a paragraph, not a venue."""
        text = self.text
        opening = max(sent_start, *(text.rfind(m, sent_start, position) + 1 for m in ";:"))
        words = self.analysis.words_in(opening, position)
        if not words:
            return None
        first = text[slice(*words[0])]
        if first in FRONTING_WORDS:
            if len(words) < 2:
                return None
            start = words[1][0]
        else:
            clitic = next((c for c in FRONTING_CLITICS if first.startswith(c)), None)
            if clitic is None:
                return None
            start = words[0][0] + len(clitic)  # وبجدة: the place after the clitic
        found = self._capital_or_place_at(start, position)
        if found is None:
            return None
        _, p_end, entity = found
        if entity.kind != EntityKind.PLACE or self._place_type(entity) == "region":
            return None
        gap = ASIDES.sub(" ", text[p_end:position]).strip()
        return found if gap in ("", ",") else None

    def _capital_or_place_at(self, start: int, limit: int) -> tuple[int, int, Entity] | None:
        """The place a venue phrase starting at ``start`` names: a place the gazetteer knows,
        or the capital named by its country adjective (العاصمة القطرية)."""
        for p_start, p_end, entity in _starting_within(self.places, start, min(limit, start + 14)):
            if p_end > limit:
                continue
            if entity.kind == EntityKind.COUNTRY:
                capital = self._capital_of_adjective(p_start, p_end)
                if capital is not None and capital[0] == start:
                    return capital
            if p_start == start:
                return p_start, p_end, entity
        return None

    def _other_round_in_adjunct(self, end: int, position: int) -> bool:
        """Whether another round, in an adjunct of time after the round (بعد محادثات، قبل
        أيام من اجتماع، عقب لقاء) or opening a that-clause (على أن يلتقيا), stands between
        the round and ``position``: what follows it is its own, not the round's (عقدوا جولة
        جديدة بعد محادثات في X، اتفقا في ختام الجولة الخامسة على أن يلتقيا في X)."""
        timing = next(
            (a for a, b in self.analysis.words_in(end, position) if self.text[a:b] in TIMING_WORDS),
            position,
        )
        return any(
            end < t_start < position
            and (
                timing < t_start  # جولة جديدة بعد محادثات في X
                or set(_previous_words(self.analysis, t_start, 1)) & THAT_WORDS
            )  # في ختام الجولة الخامسة على أن يلتقيا مجدداً في X
            for t_start, _, _ in self.triggers
        )

    def _that_pronoun_between(self, start: int, end: int) -> bool:
        """Whether أن / إن with a pronoun suffix (إنه، أنها، بأنهم، إننا) opens a that-clause
        between ``start`` and ``end``, not after بعد / قبل / منذ: the place before it is
        where the clause was said, as with a bare أن (``_that_between``)."""
        words = self.analysis.words_in(start, end)
        return any(
            self.text[a:b] in THAT_PRONOUN_WORDS
            and (index == 0 or self.text[slice(*words[index - 1])] not in THAT_OPENERS)
            for index, (a, b) in enumerate(words)
        )

    def _other_noun_relative(self, end: int, position: int) -> bool:
        """Whether a relative clause on another noun, the object of a preposition after the
        round (استأنفا المحادثات من النقطة التي توقفت عندها في X، الجولة المقبلة، ولا بديل
        عن الحوار الذي بدأ في X), opens between the round and ``position``: a place in it
        belongs to that noun's event, not to the round. The round's own relative clause
        (الجولة الثالثة من المحادثات التي عُقدت في X) has a round word before the pronoun,
        and a clause set off by a comma goes back to the round (الاجتماع بين خبراء من
        البلدين، الذي كان مقرراً في X)."""
        words = self.analysis.words_in(end, position)
        for i in range(2, len(words)):
            if self.text[words[i][0] : words[i][1]] not in RELATIVES:
                continue
            head_start, head_end = words[i - 1]
            if any(m in self.text[head_end : words[i][0]] for m in "،,"):
                continue  # خبراء من البلدين، الذي كان مقرراً في X: set off, it is the round's
            if bare(self.text[words[i - 2][0] : words[i - 2][1]]) not in OBJECT_PREPOSITIONS:
                continue
            if any(
                t_start < head_end and head_start < t_end for t_start, t_end, _ in self.triggers
            ):
                continue  # من الجولة التي عُقدت في X: a round's own clause
            return True
        return False

    def _round_before_adjunct(self, p_start: int, p_end: int, start: int) -> bool:
        """Whether the place at ``p_start``–``p_end`` follows another round told before it
        in the clause, and an adjunct of time (بعد، قبل، عقب) then opens the round at
        ``start``: the place is that round's (الجولة الحالية في X بعد الجولة الثانية)."""
        if not any(
            self.text[a:b] in TIMING_WORDS for a, b in self.analysis.words_in(p_end, start)
        ) or has_break(self.text, p_end, start):
            return False
        return any(
            t_end <= p_start
            and p_start - t_end <= ATTRIBUTE_WINDOW
            and not has_break(self.text, t_end, p_start)
            for _, t_end, _ in self.triggers
        )

    def _host_of_relative(self, end: int, cue_start: int | None) -> bool:
        """Whether the place ending at ``end`` heads a relative clause set off by a comma
        whose verb of hosting is the round's cue (أبوظبي، التي استضافت اللقاء الأول
        بينهما؛ كاراكاس، التي احتضنت معظم الجولات): the host of the round, its venue, though
        the comma parts it from the round."""
        if cue_start is None or not self._host_after(end, relative=True):
            return False
        words = self.analysis.words_in(end, cue_start + 1)
        return len(words) == 2 and self.text[slice(*words[0])] in RELATIVES
