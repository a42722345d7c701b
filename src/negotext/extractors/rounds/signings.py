"""Rounds told by signing or reaching an agreement at a place.

"وقّع الزعيمان على نص المعاهدة في البيت الأبيض", "توقيع اتفاق السلام … في جدة": a signing
at a place is a round held there, planned or proposed as what governs it says.
"""

from __future__ import annotations

import bisect

from negotext.ar.normalize import normalize_text
from negotext.extractors._common import (
    Cue,
    find_cues,
    has_break,
    norm_range,
    segment_label,
    sentence_range,
)
from negotext.extractors.round_grouping import _entity_key
from negotext.extractors.rounds.lists import _Lists
from negotext.extractors.rounds.mention import _Mention, _starting_within
from negotext.extractors.rounds.text import _bi_place, _negated, _previous_words
from negotext.extractors.rounds.words import (
    ASIDE,
    ASIDES,
    ATTRIBUTE_WINDOW,
    ITEM_END,
    ORDERING_WORDS,
    PREPOSITIONS,
    RELATIVES,
    SENTENCE_END,
    SIGNING_WINDOW,
    SINCE_WORDS,
    THING_PRONOUNS,
    TOPICS,
    VENUE_FILLERS,
)
from negotext.records import DateRef, Entity, EntityKind, RoundStatus

#: The head of a mention read from a verb of signing (وقّع الطرفان): what was signed is not
#: the round, so the record takes its evidence as it stands (``rounds._sentence_score``).
SIGNING_HEAD = "signing"

#: The past of كان before قد and a past verb: the pluperfect (وكان الطرفان قد وقّعا).
PAST_BEING = frozenset(
    conjunction + word
    for word in ("كان", "كانت", "كانا", "كانتا", "كانوا")
    for conjunction in ("", "و")
)

#: Past verbs of the passive periphrasis (تم التوصل إليه، جرى التوقيع عليه): the verbal noun
#: after them tells a past event.
#: How far (characters, words) past a verbal noun of signing its object may stand behind
#: its subject in construct (توقيع الحكومة والمعارضة «اتفاق السلام»).
SUBJECT_REACH = 90
SUBJECT_WORDS = 8

#: How far (characters, words) an agreement's name may run before a comma and the relative
#: clause of its signing (اتفاق بريتوريا لوقف الأعمال العدائية، الذي وقعته …).
NAME_REACH = 60
NAME_WORDS = 5

#: How far (characters) past a verb of signing its object may stand behind a subject of
#: a few names and titles (وقّع رئيس الوزراء التايلاندي X ونظيره الكمبودي Y يوم الأحد …
#: إعلاناً مشتركاً): past 90 characters, only when the subject is five words or fewer
#: once each name and title counts as one.
SUBJECT_NAMES_REACH = 130

#: The pronoun of a round a relative clause describes (القمة التي وقّع فيها، الجولة التي
#: وقّعا خلالها).
IN_IT = frozenset(normalize_text(w) for w in ("فيها", "فيه", "خلالها", "خلاله"))

#: أن before a subjunctive, alone or with a conjunction or a preposition (على أن، بأن).
THAT_WORDS = frozenset(normalize_text(w) for w in ("أن", "وأن", "بأن", "فأن"))

PASSIVE_AUXILIARIES = frozenset(normalize_text(w) for w in ("تم", "وتم", "جرى", "وجرى", "فتم"))


class _Signings(_Lists):
    """The reader's rounds told by signing an agreement."""

    def _signings(self) -> list[_Mention]:
        """Rounds told by signing or reaching an agreement at a place (held there).

        "وقّع الزعيمان على نص المعاهدة في البيت الأبيض"، "الاتفاق الذي وقّعه X وY في دمشق"،
        "توصلا في مدينة أوهريد إلى اتفاق": a past verb of signing (``round_signing``) whose
        object is an agreement (``round_agreements``: after the verb in its clause, with
        على / إلى or nothing before it) or which describes one in a relative clause
        (الاتفاق الذي وقّعه) is a held round where the venue after the verb names it. With no
        venue told, an agreement named by a city in construct was signed there (وقّع الطرفان
        «إعلان جدة»، اتفاق واشنطن الذي وقّعه …); with neither it tells no round.
        """
        text = self.text
        agreements = find_cues(self.analysis, {"round_agreements": "agreement"}, suffixes=True)
        found = []
        lexicons = {"round_signing": "signing", "round_signing_future": "future"}
        for cue in find_cues(self.analysis, lexicons, suffixes=True):
            word = text[cue.start : cue.end]
            if word[0] in "وف" and (
                not cue.word.startswith(word[0]) or word[1:].startswith(cue.word[:3])
            ):
                word = word[1:]  # ووقّع: the conjunction before a verb that opens with و
            status = RoundStatus.HELD
            if cue.label == "future" or (
                word.startswith("ي")
                and _previous_words(self.analysis, cue.start, 2)[1:] not in (["قبل"], ["بعد"])
            ):  # يوقعا after قبل أن / بعد أن: the past told in the subjunctive
                told = self._future_signing_status(cue, word)
                if told is None:
                    continue  # a signing hoped for, wished or told as a habit
                status = told
            elif not word.startswith(cue.word[:3]):
                previous = _previous_words(self.analysis, cue.start, 2)
                if not (
                    word.startswith("ال")
                    and previous
                    and previous[0] in PASSIVE_AUXILIARIES
                    and previous[1:] not in ([r] for r in RELATIVES)
                ):
                    continue  # التوصل، بالتوقيع: a verbal noun with its article, no verb
                # اتفاق تم التوصل إليه في جنيف: the verbal noun after تم / جرى is a past verb.
                # (Not yet after a relative, الاتفاق الذي جرى التوصل إليه في X: an agreement
                # recalled inside another round's sentence, whose grouping takes its venue.)
                cue = Cue(self.text.rfind(previous[0], 0, cue.start), cue.end, cue.word, cue.label)
            if _negated(text, cue.start) or not self.context:
                continue
            sent_start, sent_end = sentence_range(self.analysis, cue.start)
            agreement = self._signs_agreement(cue, agreements, sent_end)
            if agreement is None:
                continue
            segment = segment_label(self.analysis, self.analysis.span(cue.start, cue.end))
            if segment is None:
                continue
            mention = _Mention(cue.start, cue.end, status, (cue.start, cue.end), segment)
            mention.verb = True
            mention.sentence = (sent_start, sent_end)
            mention.head = SIGNING_HEAD
            mention.earlier = self._pluperfect(cue.start, sent_start) or self._after_another_round(
                cue.start, sent_start
            )
            summit = self._round_signed_at(cue, sent_start)
            if summit is not None:
                trigger, named = summit
                if named is None:
                    continue  # القمة التي وقّعت فيها X وY اتفاقاً: the round its noun tells
                mention.place = named[2]
                mention.evidence = (trigger.start, max(cue.end, agreement[1]))
                found.append(mention)
                continue
            hi = min(sent_end, cue.end + ATTRIBUTE_WINDOW + 40)
            place = self._place(mention, cue.end, hi, [], cue.start)
            if place is None or place[2].kind == EntityKind.COUNTRY:  # في العاصمة التونسية
                place = self._named_city(cue.start, cue.end, sent_end, 130) or place
            where = None if place is not None else self._where_before(cue.start, sent_start)
            if place is None and where is None:
                # اتفاق واشنطن الذي وقّعه …، وقّع الطرفان «إعلان جدة»: the city that names it
                where = self._agreement_place(agreement)
            if where is not None:  # انتقل المسار إلى الرباط، حيث وقّع الطرفان إعلان مبادئ
                mention.place = where[2]
                mention.evidence = (
                    min(where[0], agreement[0], cue.start),
                    max(where[1], agreement[1], cue.end),
                )
                found.append(mention)
                continue
            if place is not None and place[0] < cue.start:
                fronted = self._fronted_venue(cue.start, sent_start)
                if fronted is not None and fronted[0] == place[0]:
                    # في كوالالمبور، وعلى هامش القمة، وقّع الطرفان إعلاناً: the city fronted
                    mention.place = place[2]
                    mention.evidence = (place[0], max(cue.end, agreement[1]))
                    found.append(mention)
                    continue
            if place is None or place[0] < cue.end:
                continue  # a signing told with no venue in its clause
            asides = ASIDES if agreement[0] >= place[1] else ASIDE  # the venue before its object
            gap = asides.sub(" ", text[cue.end : place[0]])
            if has_break(gap, 0, len(gap)) and not self._venue_in_aside(cue.end, place, agreement):
                continue  # (a short aside between commas, السبت، does not part them)
            if agreement[0] > cue.start and place[0] >= agreement[1]:
                between = [text[a:b] for a, b in self.analysis.words_in(agreement[1], place[0])]
                if (
                    len(between) > 6
                    or self._place_type(place[2]) == "region"
                    or any(
                        (w in PREPOSITIONS and w != "في")
                        or w in TOPICS
                        or (w.startswith("ل") and len(w) > 3)
                        for w in between
                    )
                ):
                    continue  # اتفاقاً لوقف إطلاق النار في غزة: the agreement's topic
            mention.place = place[2]
            date = self._date(cue.end, place[1] + 40, cue.start, cue.end)
            end = place[1]
            if date is not None and not has_break(text, cue.end, date[0]):
                mention.date = DateRef(date[2].text, date[2].span, date[2].value)
                end = max(end, date[1])
            mention.evidence = (cue.start, end)
            found.append(mention)
        return found

    def _round_signed_at(
        self, cue: Cue, sent_start: int
    ) -> tuple[Cue, tuple[int, int, Entity] | None] | None:
        """The round a signing is told in, when a relative clause on its noun tells it.

        "قمة أروشا عام 2019 التي وقّع فيها الرئيسان اتفاق السلام"، "الجولة التي وقّعت خلالها
        الحكومة والمتمردون الاتفاق": the verb, with فيها / خلالها after it, describes the
        round its relative follows (its noun, the city named in construct and a date only
        between). The signing is that round, held where its noun's construct names (None
        when it names none: the round noun tells it, not the signing).
        """
        text = self.text
        after = self.analysis.words_in(cue.end, min(len(text), cue.end + 12))[:1]
        if not after or text[after[0][0] : after[0][1]] not in IN_IT:
            return None
        before = self.analysis.words_in(max(sent_start, cue.start - 90), cue.start)
        if not before or text[before[-1][0] : before[-1][1]] not in RELATIVES:
            return None
        relative = before[-1][0]
        trigger = max(
            (
                t
                for t in self.trigger_cues.values()
                if t.end <= relative and relative - t.end <= 70 and t.start >= sent_start
            ),
            key=lambda t: t.start,
            default=None,
        )
        if trigger is None or has_break(text, trigger.end, relative):
            return None
        named = self._agreement_place((trigger.start, trigger.end))
        rest = named[1] if named is not None else trigger.end
        if not all(
            any(d0 <= a and b <= d1 for d0, d1, _ in self.dates)
            for a, b in self.analysis.words_in(rest, relative)
        ):
            return None  # القمة الأفريقية التي وقّع فيها: the noun's own words, no relative on it
        return trigger, named

    def _pluperfect(self, position: int, sent_start: int) -> bool:
        """Whether the past verb at ``position`` is told in the pluperfect (وكان الطرفان قد
        وقّعا في X إعلان مبادئ، وكانت الحكومة قد توصلت إلى اتفاق): before the news the
        article tells, so another, earlier round than the one it reports."""
        words = _previous_words(self.analysis, position, 7)
        if words[:1] not in (["قد"], ["وقد"]):
            return False
        for word in words[1:]:
            if word in PAST_BEING:
                start = self.text.rfind(word, sent_start, position)
                return start >= 0 and not has_break(self.text, start, position)
        return False

    def _after_another_round(self, position: int, sent_start: int) -> bool:
        """Whether the verb at ``position`` follows بعد أن / عقب أن / منذ أن in the sentence of
        another round (ويأتي الاجتماع بعد أن وقّع الرئيسان في البيت الأبيض في ديسمبر …): the
        signing is the earlier event that round is timed from, a round of its own."""
        words = _previous_words(self.analysis, position, 2)
        if words[:1] not in ([w] for w in THAT_WORDS) or not (
            words[1:] in (["بعد"], ["عقب"]) or (words[1:] and words[1] in SINCE_WORDS)
        ):
            return False
        return any(sent_start <= start < position for start, _, _ in self.triggers)

    def _signing_nouns(self, found: list[_Mention]) -> list[_Mention]:
        """The verbal noun of signing an agreement at a city (a round there, as the verb is).

        "بعد عامين على توقيع اتفاق السلام بين X وY في جدة" (held: a signing told as a point
        in time, after بعد / منذ / على / عقب / إثر / تم / جرى, or with a past date), "اقترح
        توقيع المعاهدة في واشنطن" (proposed, planned or possible: the cue that governs it).
        The agreement follows the noun in construct (or after على); the venue is a city or
        building after في in its clause, past the agreement's name and its parties, else the
        city that names the agreement in construct (توقيع «إعلان كوالالمبور» في 26 أكتوبر: an
        agreement is named by where it was made; a region names what it is about, no venue).
        """
        text = self.text
        forms = self.analysis.word_set("round_signing_nouns")
        nouns = (
            [(a, b) for a, b in self.analysis.words_in(0, len(text)) if text[a:b] in forms]
            if "توقيع" in text or "ابرام" in text
            else []
        )
        if not nouns or not self.context:
            return []
        agreements = {
            c.start: c
            for c in find_cues(self.analysis, {"round_agreements": "agreement"}, suffixes=True)
        }
        made = []
        for start, end in nouns:
            following = self.analysis.words_in(end, min(len(text), end + 12))[:2]
            if not following:
                continue
            first = following[0][0]
            if text[following[0][0] : following[0][1]] == "علي" and len(following) > 1:
                first = following[1][0]  # التوقيع على الاتفاق
            agreement = agreements.get(first)
            if agreement is None:
                agreement = self._object_past_subject(end, agreements)
            if agreement is None or _negated(text, start):
                continue
            sent_start, sent_end = sentence_range(self.analysis, start)
            clause = ITEM_END.search(text, agreement.end, sent_end)
            limit = min(clause.start() if clause else sent_end, agreement.end + 110)
            place = next(
                (
                    (p_start, p_end, entity)
                    for p_start, p_end, entity in _starting_within(
                        self.places, agreement.end, limit
                    )
                    if p_end <= limit
                    and entity.kind == EntityKind.PLACE
                    and self._place_type(entity) != "region"
                    and self._venue_before(p_start)
                ),
                None,
            )
            if place is None:
                if _previous_words(self.analysis, start, 1)[:1] in ([w] for w in SINCE_WORDS):
                    continue  # منذ توقيع اتفاق الصخيرات: the time another round counts from
                # توقيع «إعلان كوالالمبور» في 26 أكتوبر: no venue told, the city that names it
                place = self._agreement_place((agreement.start, agreement.end))
                if place is None:
                    continue
            elif any(
                text[a:b] in TOPICS or text[a:b] in SINCE_WORDS or text[a:b] in ORDERING_WORDS
                for a, b in self.analysis.words_in(agreement.end, place[0])
            ):
                continue  # اتفاق حول الممرات في X: a topic, not where it was signed
            status = self._signing_noun_status(start, sent_start, place[1], limit)
            if status is None:
                continue
            segment = segment_label(self.analysis, self.analysis.span(start, end))
            if segment is None:
                continue
            mention = _Mention(start, end, status, (start, place[1]), segment)
            mention.sentence, mention.head = (sent_start, sent_end), SIGNING_HEAD
            mention.place = place[2]
            previous = _previous_words(self.analysis, start, 1)
            mention.earlier = bool(previous) and (
                previous[0] in SINCE_WORDS or previous[0] in ORDERING_WORDS
            )  # منذ توقيع الاتفاق في X: the event another round is counted from
            date = next((d for d in self.dates if place[1] <= d[0] and d[1] <= limit + 30), None)
            if date is not None and not SENTENCE_END.search(text, place[1], date[0]):
                mention.date = DateRef(date[2].text, date[2].span, date[2].value)
            if any(
                m.status is not None
                and m.start <= place[0] < m.evidence[1] + 1
                and m.place is not None
                and _entity_key(m.place) == _entity_key(place[2])
                for m in found
            ):
                continue  # the signing a verb or a round noun already told there
            made.append(mention)
        return made

    def _object_past_subject(self, end: int, agreements: dict[int, Cue]) -> Cue | None:
        """The agreement a verbal noun of signing governs past its subject in construct.

        "بعد توقيع الحكومة والمتمردين «اتفاق السلام» في لوساكا"، "منذ توقيع رئيسي البلدين
        الاتفاق في أديس أبابا": the signers stand between the noun and its object. They are
        a short phrase of names and nouns joined by و (or مع), with no break, no preposition
        or topic word and no other verbal noun; a word with a clitic preposition counts only
        inside a name the gazetteer knows (الجبهة الشعبية لتحرير تيغراي).
        """
        text = self.text
        spans = self.analysis.words_in(end, min(len(text), end + SUBJECT_REACH))
        named = [(a, b) for a, b, _ in self.analysis.entity_ranges]
        for index, (a, b) in enumerate(spans[: SUBJECT_WORDS + 1]):
            agreement = agreements.get(a)
            if agreement is not None:
                if index == 0 or has_break(text, end, a):
                    return None
                return agreement
            word = text[a:b]
            if any(n0 <= a and b <= n1 for n0, n1 in named):
                continue
            if (
                (word in PREPOSITIONS and word != "مع")
                or word in TOPICS
                or word in SINCE_WORDS
                or word in ORDERING_WORDS
                or word in self.analysis.word_set("round_signing_nouns")
                or word in RELATIVES
                or word[:1] in "لب"
                or any(ch.isdigit() for ch in word)
            ):
                return None
        return None

    def _future_signing_status(self, cue: Cue, word: str) -> RoundStatus | None:
        """The status of a signing told by a verb in the present or the future.

        "سيوقّع الطرفان الاتفاق في نيروبي" (planned: the future), "من المقرر أن يوقّع
        الرئيسان في أروشا معاهدة السلام" (planned), "اقترح أن توقّع الحكومة والمتمردون
        الاتفاق في جوبا" (proposed): the subjunctive after أن takes the status of the cue
        that governs أن. A present told with no cue (يوقّعون، يأمل أن يوقّعا) tells no round.
        """
        if word.startswith("س"):
            return RoundStatus.PLANNED
        previous = _previous_words(self.analysis, cue.start, 1)
        if previous[:1] not in ([w] for w in THAT_WORDS):
            return None
        sent_start = sentence_range(self.analysis, cue.start)[0]
        return self._governing_status(cue.start, sent_start)

    def _governing_status(self, start: int, sent_start: int) -> RoundStatus | None:
        """The status a cue of planning, proposing or possibility right before ``start``
        gives the signing told there (من المقرر أن يوقّع، دعا إلى توقيع، قد يمهد لتوقيع)."""
        for cue in self.statuses:
            if sent_start <= cue.start and cue.end <= start and start - cue.end <= 30:
                gap = [self.text[a:b] for a, b in self.analysis.words_in(cue.end, start)]
                if any(w[:1] == "ل" and len(w) > 3 for w in gap):
                    continue  # الدعوة لحضور احتفالية توقيع: the cue governs another noun
                if any(w in SINCE_WORDS or w in ORDERING_WORDS for w in gap):
                    continue  # تطالب اللجنة منذ توقيع الاتفاق في X: منذ governs it, not the cue
                if not has_break(self.text, cue.end, start):
                    label = cue.label
                    if label in ("proposed", "proposed_object", "proposed_adjacent"):
                        return RoundStatus.PROPOSED
                    if label in ("planned", "planned_object", "planned_before", "planned_near"):
                        return RoundStatus.PLANNED
                    if label == "possible":
                        return RoundStatus.POSSIBLE
        return None

    def _signing_noun_status(
        self, start: int, sent_start: int, place_end: int, limit: int
    ) -> RoundStatus | None:
        """The status of a signing told by its verbal noun, from what governs it."""
        governed = self._governing_status(start, sent_start)
        if governed is not None:
            return governed
        previous = _previous_words(self.analysis, start, 1)
        word = next((self.text[a:b] for a, b in self.analysis.words_in(start, start + 12)), "")
        if (
            previous
            and (
                previous[0] in SINCE_WORDS
                or previous[0] in ORDERING_WORDS
                or previous[0] in ("علي", "تم", "جري", "وتم", "وجري")
            )
        ) or word.lstrip("وف") in ("بتوقيع", "بابرام"):
            return RoundStatus.HELD  # بعد عامين على توقيع، منذ توقيع، انتهت بتوقيع
        published = self.analysis.document.published
        for d_start, d_end, date in self.dates:
            if (
                place_end <= d_start
                and d_end <= limit + 30
                and date.value is not None
                and published is not None
                and date.value < published
            ):
                return RoundStatus.HELD  # توقيع الاتفاق في X في 2 نوفمبر 2022
        return None

    def _venue_in_aside(
        self, verb_end: int, place: tuple[int, int, Entity], agreement: tuple[int, int]
    ) -> bool:
        """Whether the venue stands in an aside between the verb and its agreement.

        "توصلا، في مارس الماضي وبمدينة لوساكا، إلى تفاهم"، "وقّعا قبل ذلك، في جنيف، اتفاقاً":
        the aside opens after the verb (or a word or two after it) and closes right before
        the agreement, with at most إلى / على between; nothing else breaks the clause.
        """
        text = self.text
        if agreement[0] < place[1]:
            return False
        before, after = text[verb_end : place[0]], text[place[1] : agreement[0]]
        if before.count(",") != 1 or after.count(",") != 1:
            return False
        if has_break(before.replace(",", " "), 0, len(before)) or has_break(
            after.replace(",", " "), 0, len(after)
        ):
            return False  # a full stop, a line or another break between them
        closing = after.rstrip()
        for word in ("الي", "علي"):
            if closing.endswith(" " + word) or closing == word:
                closing = closing[: -len(word)].rstrip()
        return closing.endswith(",") and len(after) <= 60

    def _agreement_place(self, agreement: tuple[int, int]) -> tuple[int, int, Entity] | None:
        """The city an agreement is named by in construct (اتفاق واشنطن، إعلان جدة), where it
        was signed when a relative clause tells its signing (اتفاق واشنطن الذي وقّعه …)."""
        return next(
            (
                item
                for item in _starting_within(self.places, agreement[1], agreement[1] + 2)
                if item[2].kind == EntityKind.PLACE
                and self.text[agreement[1] : item[0]] == " "
                and self._place_type(item[2]) != "region"
            ),
            None,
        )

    def _signs_agreement(
        self, cue: Cue, agreements: list[Cue], sent_end: int
    ) -> tuple[int, int] | None:
        """The agreement a verb of signing has as its object or relative head, if any."""
        text = self.text
        allowed = {"علي", "الي", "نص", "مسوده", "بالاحرف", "الاولي"}
        for agreement in agreements:
            opening = self._naming_opening(agreement)
            if opening is not None and cue.end <= opening:
                # ما سُمّي «اتفاقات واشنطن»: the phrase of naming is the object's first words
                agreement = Cue(opening, agreement.end, agreement.word, agreement.label)
            if cue.end <= agreement.start <= min(sent_end, cue.end + SIGNING_WINDOW):
                gap = ASIDES.sub(" ", text[cue.end : agreement.start])
                # (توصل الطرفان في جنيف، برعاية الأمم المتحدة والصليب الأحمر، إلى اتفاق)
                if has_break(gap, 0, len(gap)):
                    continue  # (a short aside between commas does not part them)
                if text[cue.end : agreement.start].split()[-1:] in (["في"], ["ضمن"], ["وفي"]):
                    continue  # وقّعا في الدوحة في إطار الوساطة: a phrase, no object of signing
                if self._venue_right_before(cue.end, agreement.start):
                    return agreement.start, agreement.end  # وقّعت X وY، السبت، في الدوحة اتفاقاً
                if agreement.start > cue.end + SUBJECT_NAMES_REACH:
                    continue
                if text[agreement.start] in "لب" and not agreement.word.startswith(
                    text[agreement.start]
                ):
                    continue  # وقعت انتهاكات للاتفاق: a genitive, no object
                spans = self.analysis.words_in(cue.end, agreement.start)
                words = [text[a:b] for a, b in spans]
                if (words[-1:] and words[-1] in allowed) or not words:
                    return agreement.start, agreement.end  # توصلا … إلى اتفاق، وقّعا على نص
                fi = [i for i, w in enumerate(words) if w == "في"]
                if fi and not all(
                    any(d0 <= a and b <= d1 for d0, d1, _ in [*self.dates, *self.places])
                    for a, b in spans[fi[-1] + 1 :]
                ):
                    continue  # وقع انفجار في مقر الاتفاق: the agreement is in another phrase
                dated = [any(d0 <= a and b <= d1 for d0, d1, _ in self.dates) for a, b in spans]
                named = self._name_of_each_word(spans)
                told = [
                    w
                    for i, w in enumerate(words)
                    if not dated[i]
                    and not (w == "في" and dated[i + 1 : i + 2] == [True])
                    and (named[i] is None or named[i - 1 : i] != [named[i]])
                ]  # وقّع وزيرا خارجية X وY في 27 يونيو 2024 اتفاق سلام: the date is an adjunct;
                # a name or a title is one word of the subject (وقّع ممثلو الحكومة الإثيوبية
                # وجبهة تحرير شعب تيغراي اتفاق …، وقّع رئيس الوزراء X ونظيره Y إعلاناً)
                if agreement.start > cue.end + 90 and len(told) > 5:
                    continue  # past a long subject, only one of a few names
                if len(told) <= 6 and not any(
                    (w in PREPOSITIONS and w != "في") or w in TOPICS for w in words
                ):
                    return agreement.start, agreement.end  # وقّعا في أكتوبر الماضي اتفاقاً
            if agreement.end <= cue.start and cue.start - agreement.end <= 40:
                gap = [text[a:b] for a, b in self.analysis.words_in(agreement.end, cue.start)]
                if not gap and not has_break(text, agreement.end, cue.start):
                    first = text[agreement.start : agreement.end].lstrip("وف")
                    if not first.startswith(("ال", "بال", "لل")):
                        return agreement.start, agreement.end  # بيان مشترك وُقّع: its relative
                if gap and gap[-1] in RELATIVES and not has_break(text, agreement.end, cue.start):
                    return (
                        agreement.start,
                        agreement.end,
                    )  # الاتفاق الذي وقّعه، اتفاق الجزائر الذي وُقّع
            if self._relative_after_its_name(agreement, cue):
                return agreement.start, agreement.end  # اتفاق بريتوريا لوقف …، الذي وقعته
        return None

    def _naming_opening(self, agreement: Cue) -> int | None:
        """Where a phrase of naming opens right before an agreement, if one does.

        "وقّع الرئيسان في واشنطن، في الرابع من ديسمبر، ما سُمّي «اتفاقات واشنطن»"، "ما عُرف
        بـ«إعلان أنقرة»"، "ما بات يُعرف باتفاق الجزائر": ما, a verb of becoming or none
        (``round_naming_becoming``), a verb of naming (``round_naming_verbs``) and ب or
        nothing stand for the agreement they name, so the agreement is the object of a verb
        of signing before ما as it would be standing there alone.
        """
        text = self.text
        spans = self.analysis.words_in(max(0, agreement.start - 40), agreement.start)
        if spans and text[slice(*spans[-1])] == "ب":
            spans = spans[:-1]  # بـ«إعلان أنقرة»: ب on its own before the name
        if not spans or text[slice(*spans[-1])] not in self.analysis.word_set("round_naming_verbs"):
            return None
        spans = spans[:-1]
        if spans and text[slice(*spans[-1])] in self.analysis.word_set("round_naming_becoming"):
            spans = spans[:-1]
        if not spans or text[slice(*spans[-1])] != "ما":
            return None
        opening = spans[-1][0]
        return None if has_break(text, opening, agreement.start) else opening

    def _relative_after_its_name(self, agreement: Cue, cue: Cue) -> bool:
        """Whether the verb of signing opens a relative clause set off by a comma after the
        agreement and the words that name it (اتفاق بريتوريا لوقف الأعمال العدائية، الذي
        وقعته الحكومة والجبهة …؛ «إعلان كوالالمبور» للسلام، الذي وقّعه …؛ اتفاقية شملا،
        التي وقعها …): the comma before الذي closes the agreement's name, and the clause
        goes back to it. Only a few words of its name (``NAME_WORDS``), within
        ``NAME_REACH`` characters, and no other break stand between; and the verb has the
        agreement's pronoun for its object and so a subject of its own (وقعته الحكومة،
        وقّعه الرئيسان). A passive told after a comma (اتفاق بريتوريا، الذي وُقّع في نوفمبر
        2022 بعد عشرة أيام من المحادثات في X) recalls the agreement, not a round of its own:
        the talks that led to it are the round."""
        text = self.text
        if not agreement.end <= cue.start <= agreement.end + NAME_REACH:
            return False
        if not text[cue.start : cue.end].endswith(THING_PRONOUNS):
            return False
        words = self.analysis.words_in(agreement.end, cue.start)
        if len(words) < 2 or text[slice(*words[-1])] not in RELATIVES:
            return False
        name_end = words[-2][1]
        if text[name_end : words[-1][0]].strip().strip("»\"”'") not in (",", "،"):
            return False  # the comma right before the relative, after a closing quote too
        return len(words) - 1 <= NAME_WORDS and not has_break(text, agreement.end, name_end)

    def _name_of_each_word(self, spans: list[tuple[int, int]]) -> list[int | None]:
        """For each word, the start of the name or title it stands in (None outside one).

        A person, a party or a place the gazetteer knows (جبهة تحرير شعب تيغراي، هون مانيت)
        and a title (رئيس الوزراء التايلاندي) are each one word of a signing's subject; a
        conjunction or preposition attached to a name's first word (وجبهة) is part of it.
        """
        names: list[tuple[int, int]] | None = getattr(self, "_signing_names", None)
        if names is None:
            analysis = self.analysis
            names = sorted(
                [(a, b) for a, b, _ in analysis.entity_ranges]
                + [norm_range(analysis, t.span) for t in analysis.titles]
            )
            self._signing_names = names
        found: list[int | None] = []
        for a, b in spans:
            index = bisect.bisect_left(names, (b, b)) - 1
            inside = None
            while index >= 0 and names[index][0] > a - 150:
                n0, n1 = names[index]
                if n0 < b and a < n1:
                    inside = n0  # the outermost name that holds the word
                index -= 1
            found.append(inside)
        return found

    def _venue_right_before(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` ends in في and a venue (a place, a building the gazetteer
        knows: في البيت الأبيض، or a capital named by its country: في العاصمة القطرية), or in
        a venue with ب attached (بالدوحة), with only short asides and dates after it.

        "وقّعت حكومة الكونغو الديمقراطية وتحالف … المتمرد، السبت، في العاصمة القطرية اتفاق
        إطار": past a long subject, the venue right before the agreement makes it the
        verb's object.
        """
        text = self.text
        spans = self.analysis.words_in(start, end)
        words = [text[a:b] for a, b in spans]
        starts = {p0: p1 for p0, p1, _ in self.places}
        attached = [a for a, _ in spans if _bi_place(text, a, starts)]
        if attached and all(
            any(d0 <= a and b <= d1 for d0, d1, _ in self.dates)
            for a, b in spans
            if a >= starts[attached[-1] + 1]
        ):
            return True  # بالدوحة يوم السبت: the preposition attached to the venue
        for index in reversed([i for i, w in enumerate(words) if w == "في"]):
            rest = spans[index + 1 : index + 3]
            if not rest:
                continue
            firsts = {rest[0][0]}
            if text[rest[0][0] : rest[0][1]] in VENUE_FILLERS and len(rest) > 1:
                firsts.add(rest[1][0])  # في العاصمة القطرية: the capital named by its country
            placed = [p1 for p0, p1, _ in self.places if p0 in firsts]  # في البيت الأبيض
            rest = spans[index + 1 :]
            if not placed:
                continue
            return all(
                text[a:b] == "في" or any(d0 <= a and b <= d1 for d0, d1, _ in self.dates)
                for a, b in rest
                if a >= placed[0]
            )  # في واشنطن، في يونيو/حزيران، اتفاق: a date may follow the venue
        return False
