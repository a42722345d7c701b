"""The status cue that governs a round trigger (``_status``) and what qualifies it.

The nearest cue before the trigger in its clause, a relative clause after it, or its own
clause of possibility; a cue is not the round's when a clause break, another noun it
calls for, a duration before the round or a clause still to come parts them, or when it
opens the clause of the next round instead; talks named as a means (عبر المفاوضات) take no
cue, and the idea of a round put forward (طرح فكرة جولة) is proposed; a verb of meeting
that a word of frequency follows (تجتمع مرة كل عام) is a habit, and takes no cue.
"""

from __future__ import annotations

import functools
import itertools

import regex

from negotext.ar.normalize import normalize_text
from negotext.extractors._common import (
    ANY_WORDS,
    Cue,
    bare,
    find_cues,
    has_break,
    located_entities,
)
from negotext.extractors.rounds.mention import _starting_within
from negotext.extractors.rounds.tense import _Tense
from negotext.extractors.rounds.text import (
    _bi_place,
    _negated,
    _present_tense,
    _previous_words,
)
from negotext.extractors.rounds.venues import _schedule_word
from negotext.extractors.rounds.words import (
    AFTER_ONLY_WINDOW,
    AFTER_WINDOW,
    AREA_NOUNS,
    ASIDE,
    BEFORE_WINDOW,
    CALLING_OFF_NOUNS,
    CONJOINED_CLAUSE,
    CONTRAST_PRONOUN,
    NEAR_WINDOW,
    NEXT_WORDS,
    ORDERING_WORDS,
    PAST_COPULAS,
    PREPOSITIONS,
    PURPOSES,
    RELATIVES,
    SINCE_WORDS,
    THAT_PRONOUN,
    THAT_WORDS,
    TOPICS,
    VENUE_FILLERS,
)
from negotext.records import EntityKind, RoundStatus

#: أجّل in the masculine past, normalised: the verb only after a particle or a contrast with
#: the round's pronoun (لكنه أُجّل), else also the noun أجل (إلى أجل غير مسمى، من أجل).
POSTPONED = normalize_text("أجّل")

#: Verbal nouns of holding, hosting or receiving with لـ between a verb of preparing and its
#: round (تستعد أنقرة لاستضافة الجولة، يتحضر الطرفان لعقد لقاء).
PREPARED_NOUNS = frozenset(
    normalize_text(w)
    for w in ("لعقد", "لاستضافة", "لاستقبال", "لإجراء", "لرعاية", "لاستئناف", "لبدء")
)

#: Labels of verbs that govern a round only as the object of a verbal noun of holding (اقترح
#: عقد جولة، قرر الرؤساء عقد الجولة المقبلة) or through a that-clause.
OBJECT_LABELS = frozenset({"proposed_object", "planned_object"})
#: Statuses a cue may state from after the round noun (a relative clause: التي عقدت).
AFTER_STATUSES = frozenset(
    {
        "held",
        "held_relative",
        "held_near",
        "held_outcome_near",
        "planned",
        "planned_near",
        "cancelled",
        "possible",
        "present",
    }
)
#: Statuses a cue states only after the round noun and only when no cue before it governs
#: it (محادثات استمرت ساعات، مشاورات رعتها الأمم المتحدة).
AFTER_ONLY_STATUSES = frozenset({"held_after", "possible_after"})

#: Verbs of being and becoming between a round and its predicate (بات ممكناً، يبدو ممكناً).
COPULAS_OF_BECOMING = frozenset(
    normalize_text(w)
    for w in ("بات", "باتت", "أصبح", "أصبحت", "صار", "صارت", "يبدو", "تبدو", "يظل", "تظل")
)
#: Nouns an adjective of possibility describes instead of the round (في أقرب وقت ممكن).
NOT_PREDICATED = frozenset(
    normalize_text(w) for w in ("وقت", "فرصة", "قدر", "حد", "مدى", "موعد", "أجل")
)

#: Words that make a verbal noun of resuming a topic or a prospect, not an event (تحدث عن
#: فرص استئناف المفاوضات، حول بدء المحادثات، جهود استئناف الحوار).
PROSPECTS = frozenset(
    normalize_text(w)
    for w in (
        "عن",
        "حول",
        "بشأن",
        "فرص",
        "فرصة",
        "آفاق",
        "إمكانية",
        "إمكانيات",
        "احتمال",
        "احتمالات",
        "شروط",
        "مستقبل",
        "جهود",
        "مساعي",
        "دعوات",
        "آمال",
        "مطالب",
    )
)

#: Verbal nouns of the holding lists that name a part in a round or its table, not holding it
#: (احتمال مشاركة X في المحادثات: who may take part, not whether the round may be held).
NOT_HOLDING = frozenset(normalize_text(w) for w in ("مشاركة", "طاولة", "فتح"))

#: Verbs and the noun of inviting (دعا، سيدعو، دعوة) without proclitics, normalised.
INVITING = frozenset(
    normalize_text(w)
    for w in ("دعا", "دعت", "دعوا", "دعتا", "يدعو", "تدعو", "سيدعو", "ستدعو", "دعوة", "الدعوة")
)
#: The meeting nouns an invitation convenes (اجتماع), without proclitics, normalised.
MEETING_NOUNS = frozenset(normalize_text(w) for w in ("اجتماع", "الاجتماع", "اجتماعا"))


#: Prepositions inside a round noun's own phrase, its complements (الاجتماع الرابع للجنة
#: المتابعة المشتركة لاتفاق السلام بين X وY، جولة المحادثات مع الحكومة حول الأسرى).
COMPLEMENT_PREPOSITIONS = frozenset(
    normalize_text(w) for w in ("بين", "مع", "من", "حول", "بشأن", "عن", "في", "على", "و")
)
#: Statuses a verb states as the predicate of a round noun that is its subject (الاجتماع …
#: سيعقد، المحادثات … انتهت، اللقاء … أُرجئ، الجولة … قد تعقد).
PREDICATE_LABELS = frozenset(
    {"held", "held_near", "held_outcome_near", "planned", "cancelled", "possible", "present"}
)
#: Statuses the verb after قد states of the round that is the subject of a past كان (وكان
#: اجتماع … قد أُرجئ، وكانت الجولة الأولى قد عُقدت، كانت محادثات … قد أفضت).
PLUPERFECT_LABELS = frozenset(
    {"held", "held_near", "held_outcome_near", "held_after", "held_relative", "cancelled"}
)
#: Modal adverbs that may qualify only a phrase of place or time after a comma (ربما).
MODAL_ADVERBS = frozenset({normalize_text("ربما")})
#: Words that open a phrase of place or time after such an adverb (في، مجدداً، خلال).
ADJUNCT_OPENERS = frozenset(
    normalize_text(w) for w in ("في", "مجددا", "مجدداً", "مرة", "خلال", "قبل", "بعد", "مطلع")
)
#: How many words may stand between the verb after قد and the round it leads to (قد تفتح الباب
#: أمام جولة), and how far back (characters) the particle is looked for.
MODAL_REACH = 2
MODAL_WINDOW = 50
#: How far after the round noun its predicate may stand past the noun's complements.
PREDICATE_WINDOW = 170

#: How many words (a subject, an object, a date) may stand between a verb of agreeing or
#: signing and the في of the round it was settled in (اتفق وزيرا خارجية البلدين في الجولة).
AGREED_IN_WORDS = 8
#: Verbs of holding a relative clause after the round noun's complements may open (الذي عُقد).
RELATIVE_HELD_LABELS = frozenset({"held_relative", "held", "held_near"})
#: An aside right before a word (…، في كلمة أمام المنتدى، عقد): up to 70 characters between commas.
LONG_ASIDE_BEFORE = regex.compile(r",[^,.;:\n]{1,70},\s*$")
#: Labels of the verbs that govern a verbal noun of holding after their subject and an aside.
GOVERNOR_LABELS = frozenset(
    {"proposed", "proposed_object", "planned", "planned_object", "possible"}
)
#: How far (characters) and how many words the subject between such a verb and the aside runs.
GOVERNOR_SUBJECT_REACH = 70
GOVERNOR_SUBJECT_WORDS = 9
#: A word in Latin letters or digits (an acronym in brackets after a body's name: (BCM)).
LATIN_WORD = regex.compile(r"[A-Za-z0-9+]+")


def _complement_word(word: str) -> bool:
    """Whether ``word`` may stand in a round noun's phrase of complements before its verb: a
    preposition of complements, a number, or a noun with the article or a genitive لـ."""
    return (
        word in COMPLEMENT_PREPOSITIONS
        or word.isdigit()
        or word.startswith(("ال", "وال", "بال", "لل", "ل"))
    )


class _Status(_Tense):
    """The reader's status cues."""

    def _modal_of_an_adjunct(self, cue: Cue) -> bool:
        """Whether a modal adverb (ربما) opens, after a comma, only a phrase of place or time
        (…، ربما في قبرص أو في روما، …، ربما مجدداً في نيويورك): it tells where or when the
        round may be, so the verb that governs the round (اقترح، تعمل على عقده) tells its
        status; only a round no other cue governs takes it."""
        word = self.text[cue.start : cue.end].removeprefix("و")
        if word not in MODAL_ADVERBS or not self._right_after_comma(cue.start):
            return False
        following = self.analysis.words_in(cue.end, min(len(self.text), cue.end + 30))[:1]
        return bool(following) and self.text[following[0][0] : following[0][1]] in ADJUNCT_OPENERS

    def _governor_past_aside(self, cue: Cue) -> Cue | None:
        """The verb of proposing, planning or possibility whose object is a verbal noun of
        holding read as a clause-opening past verb after an aside, else None.

        "اقترح رئيس الإقليم، في كلمة أمام المنتدى، عقد اجتماع ثلاثي"، "اقترح المبعوث الخاص،
        فلان، عقد جولة ثالثة"، "اقترح رئيس البعثة، الشهر الماضي، عقد لقاء": a comma before
        عقد closes an aside, not a clause, when the verb before it has had only its subject
        (a few words, no verb, no that-word) before the aside opens. عقد is then the verbal
        noun the verb governs: the round is proposed (or planned, or possible), not held.
        """
        if cue.label != "held" or bare(self.text[cue.start : cue.end]) not in self.holding:
            return None
        before = self.text[max(0, cue.start - 80) : cue.start]
        match = LONG_ASIDE_BEFORE.search(before)
        if match is None:
            return None
        aside = cue.start - len(before) + match.start()
        for other in reversed(self.statuses):
            if other.end > aside or aside - other.end > GOVERNOR_SUBJECT_REACH:
                continue
            if other.label not in GOVERNOR_LABELS or _negated(self.text, other.start):
                return None
            if has_break(self.text, other.end, aside):
                return None
            words = [self.text[a:b] for a, b in self.analysis.words_in(other.end, aside)]
            if len(words) > GOVERNOR_SUBJECT_WORDS or any(
                w in THAT_WORDS or w == "ان" or _present_tense(w) for w in words
            ):
                return None  # a clause of its own stands between the verb and the aside
            return other
        return None

    def _names_within(self, start: int, end: int) -> list[tuple[int, int]]:
        """The ranges of the places and actors that start in ``[start, end]``: names the
        gazetteer knows, which a phrase of complements may hold whatever their words; and the
        ordinals there, the round's own order in words (الاجتماع الحادي عشر للجنة …، الجولة
        الخامسة والعشرون من …), whose second word has no article."""
        return [
            (a, b)
            for a, b, _ in (
                *_starting_within(self.places, start, end),
                *_starting_within(self.actors, start, end),
            )
        ] + [(a, b) for a, b, _ in self.ordinals if start <= a <= end]

    def _predicate_past_complements(self, end: int, limit: int) -> Cue | None:
        """The verb of status that is the round noun's predicate past the noun's complements.

        "أعلن الوسيط أن الاجتماع الرابع للجنة المتابعة المشتركة لاتفاق السلام بين إثيوبيا
        وإريتريا سيعقد في العاصمة الكينية": however long the subject's phrase, the first verb
        after it, with no break, is what the text says of the round. The phrase may hold only
        nouns with the article or a genitive لـ, the prepositions of complements, names the
        gazetteer knows and ordinals in words; any other word (a verb of another clause, a word it does not know)
        ends the search with no predicate.
        """
        text = self.text
        spans = self.analysis.words_in(end, limit)
        named = self._names_within(end, limit)
        starts = {c.start: c for c in self.statuses}
        for a, b in spans:
            if has_break(text, end, a) or a in self.trigger_cues:
                return None
            cue = starts.get(a)
            if cue is not None:
                if cue.label in PREDICATE_LABELS and not _negated(text, cue.start):
                    return cue
                return None
            word = text[a:b]
            if any(x < b and a < y for x, y in named):  # (واريتريا: a name after و)
                continue
            if _complement_word(word) and word not in RELATIVES:
                continue
            return None
        return None

    def _offered_to_host_any(self, start: int) -> int | None:
        """Where "any" before the round noun at ``start`` starts when it follows an offer to
        host it, else None: a
        cue of readiness or offering (a ``proposed`` status cue) that ends in a verbal noun of
        hosting right before أي (مستعدة لاستضافة أي جولة، أبدت استعدادها لاستضافة أي محادثات،
        أبدى استعداد بلاده لاستضافة أي جولة إضافية، استعداد الرياض لاستضافة أي لقاء). The offer is one round proposed whatever
        its date (tools/blind/CONVENTIONS.md, rule 11), not talks in general (أي جولة قادمة
        يجب أن تبدأ بملف الرواتب)."""
        words = self.analysis.words_in(max(0, start - 40), start)[-2:]
        if len(words) < 2 or self.text[slice(*words[1])] not in ANY_WORDS:
            return None
        if has_break(self.text, words[0][1], start):
            return None
        host = self.text[slice(*words[0])]
        if not (host[:1] == "ل" and host[1:] in self.analysis.word_set("round_hosting_nouns")):
            return None
        offered = any(
            c.label.startswith("proposed")
            and c.end == words[0][1]
            and not _negated(self.text, c.start)
            for c in self.statuses
        )
        if not offered:  # استعداد الرياض لاستضافة أي لقاء: the host named in the offer
            offered = self._ready_named_host(words[1][0]) is not None
        return words[1][0] if offered else None

    def _ready_named_host(self, start: int) -> Cue | None:
        """The offer of a host named between the noun of readiness and the verbal noun of
        hosting right before the round noun at ``start``, past أي (``round_ready_named_host``:
        أبدت الخارجية استعداد نيروبي لاستضافة الجولة المقبلة، استعداد الكرسي الرسولي لاستضافة
        محادثات، استعداد أنقرة لاستضافة أي اجتماع): a cue of readiness from استعداد to the
        verbal noun, as «استعداد بلاده لاستضافة» (``round_ready``) is with a pronoun
        (tools/blind/CONVENTIONS.md rule 11). None if no such offer stands there."""
        words = self.analysis.words_in(max(0, start - 80), start)
        if words and self.text[slice(*words[-1])] in ANY_WORDS:
            words = words[:-1]  # استعداد أنقرة لاستضافة أي اجتماع
        if len(words) < 3 or has_break(self.text, words[-1][0], start):
            return None
        hosting = self.text[slice(*words[-1])]
        if not (
            hosting[:1] == "ل" and hosting[1:] in self.analysis.word_set("round_hosting_nouns")
        ):
            return None
        kinds = (EntityKind.PLACE, EntityKind.COUNTRY, EntityKind.ORGANIZATION)
        name_start = next(
            (
                a
                for a, b, _ in located_entities(self.analysis, kinds)
                if b <= words[-1][0] and not self.text[b : words[-1][0]].strip()
            ),
            None,
        )
        before = [w for w in words if name_start is not None and w[1] <= name_start]
        if not before or has_break(self.text, before[-1][0], words[-1][0]):
            return None
        noun = self.text[slice(*before[-1])]
        if noun.lstrip("و") not in self.analysis.word_set("round_ready_named_host"):
            return None
        return Cue(before[-1][0], words[-1][1], noun, "proposed_adjacent")

    def _ready_past_adverb(self, start: int) -> Cue | None:
        """The cue of readiness (``round_ready``: مستعد، مستعدة، استعدادها) that an adverb of
        addition, restriction or degree (``round_ready_adverbs``: أيضاً، فقط، كذلك) parts from
        the round noun at ``start``, past the verbal noun of holding it may govern (نحن مستعدون
        أيضاً لعقد اجتماع، إنه مستعد أيضاً للقاء نظيره، مستعدة فقط للقاء المسؤولين): the
        offer governs the round as it does right before it. None if no such cue stands there."""
        ready = self.analysis.word_set("round_ready")
        holding = {w.split()[1] for w in ready if len(w.split()) == 2}  # لعقد، لاستضافة …
        words = self.analysis.words_in(max(0, start - 60), start)[-2:]
        if words and self.text[slice(*words[-1])] in holding:
            words = words[:-1]
        if not words or self.text[slice(*words[-1])] not in self.analysis.word_set(
            "round_ready_adverbs"
        ):
            return None
        adverb_start = words[-1][0]
        if has_break(self.text, adverb_start, start):
            return None
        return next(
            (
                c
                for c in self.statuses
                if c.label == "proposed_adjacent"
                and self.text[c.start : c.end].lstrip("و") in ready
                and 0 <= adverb_start - c.end <= 2
                and not _negated(self.text, c.start)
            ),
            None,
        )

    def _status(
        self,
        start: int,
        end: int,
        sent_start: int,
        sent_end: int,
        previous_end: int,
        next_start: int,
    ) -> tuple[str, RoundStatus | None, tuple[int, int] | None]:
        """The status cue governing the trigger at ``[start, end)``.

        Returns ``(verdict, status, cue range)``: the verdict is ``"cue"`` when
        a cue governs the trigger, ``"negated"`` when that cue is negated,
        ``"none"`` when no cue governs it. A round proposed or called for by a cue before
        it is held when its own clause tells who attended it (``_attended_after``).
        """
        verdict, status, cue_range = self._cue_status(
            start, end, sent_start, sent_end, previous_end, next_start
        )
        if status is RoundStatus.PROPOSED and cue_range is not None and cue_range[1] <= start:
            attended = self._attended_after(end, min(sent_end, next_start))
            if attended is not None:  # دعت واشنطن إلى محادثات في جنيف غاب عنها وفد الجيش
                return "cue", RoundStatus.HELD, attended
        return verdict, status, cue_range

    def _cue_status(
        self,
        start: int,
        end: int,
        sent_start: int,
        sent_end: int,
        previous_end: int,
        next_start: int,
    ) -> tuple[str, RoundStatus | None, tuple[int, int] | None]:
        """The status the cue governing the trigger at ``[start, end)`` states, as ``_status``
        returns it, before the round's own clause of attendance is read."""
        text = self.text
        if _previous_words(self.analysis, start, 1) in ([w] for w in self.continuing):
            return "none", None, None  # أن تستمر المشاورات عشرة أيام: the round told, going on
        if self._habitual(start, end):
            return "none", None, None  # التي يفترض أن تجتمع مرة كل عام: a habit, no round
        since = self._since_before(start, end)
        if since is not None:  # لم تعقد أي جولة منذ الجولة الثالثة في X: the point counted from
            return "cue", RoundStatus.HELD, since
        if self._named_as_means(start):
            return "none", None, None  # دعا إلى حل الخلاف "عبر المفاوضات": the way, no round
        predicate = self._possible_predicate(start, end, sent_end)
        if predicate is not None:  # أكد أن لقاء بين الرئيسين X وY ممكن «في المرحلة النهائية»
            return "cue", RoundStatus.POSSIBLE, predicate
        any_start = self._offered_to_host_any(start)
        adjacent = [
            c
            for c in self.statuses
            if c.label
            and c.label not in AFTER_ONLY_STATUSES
            and c.label != "held_relative"
            and 0 <= (any_start or start) - c.end <= 2
        ]  # (مستعدة لاستضافة أي جولة: the offer governs the round past "any")
        adjacent = [
            c
            for c in adjacent
            if (c.label not in OBJECT_LABELS or self._holding_before(start))
            and not self._duration_before(c)
        ]  # دعت القمة: the summit is who calls, not what is called for
        if not adjacent and (ready := self._ready_past_adverb(start)) is not None:
            adjacent = [ready]  # نحن مستعدون أيضاً لعقد اجتماع: the offer past its adverb
        if not adjacent and (named := self._ready_named_host(start)) is not None:
            adjacent = [named]  # استعداد نيروبي لاستضافة الجولة: the host named in between
        if adjacent and (governor := self._governor_past_aside(adjacent[-1])) is not None:
            adjacent[-1] = governor  # اقترح X، في كلمة أمام …، عقد اجتماع: عقد is its object
        if adjacent and self._after_to_come(adjacent[-1]):
            return "none", None, None  # من المنتظر أن تقترح البعثة عقب اجتماع سرت: not yet held
        if adjacent and adjacent[-1].label.startswith("proposed"):
            own = self._own_possible_clause(end, min(sent_end, next_start))
            if own is not None:  # ترتيب جولة جديدة … بين الطرفين قد تعقد في X: may be held
                return self._judge(own)
        if adjacent:
            return self._judge(adjacent[-1])  # أرجئت جولة المفاوضات التي كان من المقرر …
        possibility = self._possibility_before(start)
        if possibility is not None:  # إمكانية لقاء جديد في X، احتمال استئناف الحوار
            seen = _previous_words(self.analysis, possibility.start, 1)
            if seen and _negated(text, text.rfind(seen[0], 0, possibility.start)):
                return "negated", None, (possibility.start, possibility.end)  # لا نرى إمكانية
            return self._judge(possibility)
        prepared = self._prepared_for(start)
        if prepared is not None:  # ويستعد الوزيران للقاء جديد: past the verb's subject
            return self._judge(prepared)
        idea = self._idea_put_forward(start, sent_start)
        if idea is not None:  # تُطرح في الكواليس فكرة جولة تستضيفها مسقط: the idea proposed
            own = self._own_possible_clause(end, min(sent_end, next_start))
            return self._judge(own if own is not None else idea)  # (… قد تعقد: may be held)
        # past the usual window, the round's own predicate after its long phrase of complements
        own_verb = self._predicate_past_complements(end, min(end + PREDICATE_WINDOW, sent_end))
        if own_verb is not None and (
            own_verb.start <= end + AFTER_WINDOW or own_verb.start >= next_start
        ):
            own_verb = None
        after = [
            c
            for c in self.statuses
            if c is own_verb
            or (
                (
                    c.label in AFTER_STATUSES
                    or (c.label in AFTER_ONLY_STATUSES and c.start - end <= AFTER_ONLY_WINDOW)
                )
                and (c.label != "possible_after" or c.start - end <= 2)  # لقاء محتمل
                and end <= c.start <= min(end + AFTER_WINDOW, sent_end, next_start)
                and not (next_start < len(text) and 0 <= next_start - c.end <= 2)
                and (c.label != "held_relative" or len(self.analysis.words_in(end, c.start)) <= 4)
                # الاجتماع الأخير الذي عُقد (not: محادثات جنيف بعد … مؤتمر برلين، الذي عقد)
                # بعد تأجيل جولة: the cue of the next noun
                and (
                    not has_break(text, end, c.start)
                    or self._relative_before(c.start)
                    or self._right_after_comma(c.start)
                    or self._may_clause_after_comma(end, c)
                )  # جولة تفاوض شاملة، قد تستضيفها كمبالا: the round's own clause of قد
            )
        ]
        if after and self._subject_of_relative(start):
            after = []  # الزخم الذي أطلقته قمة X بدأ يتلاشى: the verb after is the head's
        after = [c for c in after if not self._listed_calling_off(c)]
        if after:
            called = self._predicate_after_schedule(after[0], sent_end)
            if called is not None:  # اجتماع مقرر في X الخميس الماضي قد أُجّل: the predicate
                return self._judge(called)
        if after and after[0].label not in AFTER_ONLY_STATUSES:
            cue = after[0]
            gap = text[end : cue.start]
            if self._modal_of_an_adjunct(cue):
                pass  # اقترح عقد اجتماع …، ربما في قبرص: the venue is only likely, not the round
            elif (
                cue.start - end <= 25
                or cue is own_verb
                or any(word in gap for word in RELATIVES)
                or (self._indefinite(start) and not has_break(text, end, cue.start))
            ) and not (
                CONJOINED_CLAUSE.search(text, end, cue.end)
                and (
                    self._own_clause_cue(start, sent_start)
                    or self._governs_next(cue, sent_end, next_start)
                )  # عقدا جولة أولى، ومن المقرر أن يلتقيا مجدداً: the conjoined clause's round
            ):  # جولة جديدة من المفاوضات مع الحكومة تبدأ يوم الخميس: its relative clause
                return self._judge(cue)
        if self._agreed_on(start):
            return "cue", RoundStatus.PLANNED, None  # اتفق الوزيران على عقد الاجتماع الخامس
        modal = self._modal_verb_before(start)
        if modal is not None:  # وقد تمهد لجولة، قد تفتح الباب لجولة: may lead to a round
            return "cue", RoundStatus.POSSIBLE, modal
        low = max(sent_start, start - BEFORE_WINDOW, previous_end)
        for cue in reversed([c for c in self.statuses if low <= c.start and c.end <= start]):
            if (
                not cue.label
                or cue.label.endswith("_adjacent")
                or cue.label in AFTER_ONLY_STATUSES
                or cue.label == "held_relative"
            ):
                continue  # a phrase that states no status (الى عقد) here: look further back
            if cue.label in OBJECT_LABELS and not (
                self._holding_before(start)
                or self._that_clause(cue.end, start)
                or self._proposed_directly(cue, start)
            ):
                continue  # عرض التلفزيون صوراً للاجتماع: not a proposal of the meeting
            if cue.label in OBJECT_LABELS and self._called_for_else(cue, start):
                continue  # أدعو المبعوث إلى الضغط لعقد الجولة: the call is for pressing
            if self._contrast_between(cue.end, start):
                break  # أُرجئ اللقاء، بعد توتر جديد، فيما عُقد آخر لقاء: the other clause's verb
            if self._subject_told_before(cue.start):
                break  # لكنه أُرجئ بعد تسريب تفاصيل الاجتماع الأول: the verb's subject is "ه"
            if self._clause_between(cue.end, start):
                comma = self.text.rfind(",", low, cue.start)
                if comma >= 0 and not self._clause_between(comma, start):
                    continue  # أجرى الوزير، الذي وصل إلى الرياض مساء الاثنين، محادثات: an aside's
                break  # …، التي عقدت في روما، كانت من أكثر الجولات: another clause's verb
            if (
                cue.label.endswith("_near")
                and start
                - cue.end
                - self._asides_length(cue.end, start)
                - max(
                    self._venue_phrase_length(cue.end, start), self._adjuncts_length(cue.end, start)
                )
                > NEAR_WINDOW
                and not any(
                    cue.end <= p.start and self._purpose_of(p, start) for p in self.purposes
                )
            ):
                continue  # بدأت الحرب … المحادثات: an ordinary verb far from the round
            return self._judge(cue)
        arrival = self._arrival_for(start, sent_start, previous_end)
        if arrival is not None:  # وصل الوفد برئاسة … إلى مقر … في البلدة، للمشاركة في الاجتماع
            return self._judge(arrival)
        following = self.analysis.words_in(end, min(len(text), end + 24))[:2]
        if (
            len(following) == 2
            and text[following[0][0] : following[0][1]] == "قد"
            and _present_tense(text[following[1][0] : following[1][1]])
            and not has_break(text, end, following[1][1])
        ):
            return "cue", RoundStatus.POSSIBLE, (following[0][0], following[1][1])  # لقاء قد يجمع
        modal_adjunct = bool(after) and self._modal_of_an_adjunct(after[0])
        if after and not modal_adjunct and not self._governs_next(after[0], sent_end, next_start):
            return self._judge(after[0])
        if self._agreed_on(start):
            return "cue", RoundStatus.PLANNED, None  # اتفق الوزيران على الاجتماع مجدداً
        proposer = self._proposer_before(start, max(sent_start, start - BEFORE_WINDOW))
        if proposer is not None:
            return self._judge(proposer)  # دعت القمة … إلى مفاوضات مباشرة
        if self._worked_on(start):
            return "cue", RoundStatus.PLANNED, None  # نعمل على عقد اجتماع موسع في القاهرة
        words = _previous_words(self.analysis, start, 2)
        if (
            words
            and words[0].lstrip("وف") in self.verbal_nouns  # not لبدء: a purpose
            and (len(words) < 2 or words[1] not in PURPOSES)
            and (len(words) < 2 or words[1].lstrip("و") not in PROSPECTS)
        ):
            return "cue", self._present_at(start), None  # أعلنت استئناف المحادثات
        if modal_adjunct and not self._governs_next(after[0], sent_end, next_start):
            return self._judge(after[0])  # لقاء بين الرئيسين، ربما في جنيف: nothing else says
        copula = self._copula_of_place(start, end, sent_end)
        if copula is not None:  # الجولة الأخيرة كانت في X، وكانت جولتا المحادثات في X
            return "cue", RoundStatus.HELD, copula
        may_be = self._may_be_at_a_place(end, min(sent_end, next_start))
        if may_be is not None:  # الجولة المقبلة قد تكون في أبوظبي: where it may be held
            return "cue", RoundStatus.POSSIBLE, may_be
        relative = self._relative_past_complements(
            end, min(end + PREDICATE_WINDOW, sent_end, next_start)
        )
        if relative is not None:  # الاجتماع العاشر للجنة المشتركة بين البلدين، الذي عُقد في X
            return self._judge(relative)
        told = self._pluperfect_predicate(start, min(sent_end, next_start))
        if told is not None:  # وكان اجتماع موسع …، مخصص لبحث …، قد أُرجئ: كان's subject
            return self._judge(told)
        agreed_in = self._agreed_in(start)
        if agreed_in is not None:  # اتفق الطرفان في الجولة الثالثة على …: agreed there
            return "cue", RoundStatus.HELD, agreed_in
        return "none", None, None

    def _modal_verb_before(self, start: int) -> tuple[int, int] | None:
        """The range of قد and the present verb after it (``round_modal_particles``) that lead
        to the round noun at ``start``, at most ``MODAL_REACH`` words between, else None.

        "قد تفتح الباب لجولة جديدة في جنيف"، "وقد تمهّد لجولة تجمع الأطراف"، "قد تُفضّل عقد
        لقاء مباشر"، "وقد تقترح قريباً جولة": قد before a present verb says "may", and the
        round that verb leads to, prefers or puts forward is only possible, whatever the verb
        (the blind gold codes these `possible` across writers; CONVENTIONS rules 11 and 13
        keep `possible` for modality). Not when a clause break, a that-word (قد يعني أن
        الجولة …) or another status cue stands between the verb and the round: that clause
        or cue tells the round's status.
        """
        text = self.text
        spans = [
            (a, b)
            for a, b in self.analysis.words_in(max(0, start - MODAL_WINDOW), start)
            if not has_break(text, b, start)
        ][-(MODAL_REACH + 2) :]
        particles = self.analysis.word_set("round_modal_particles")
        cue_starts = {c.start for c in self.statuses}
        for index in range(len(spans) - 2, -1, -1):
            (p_start, _), (v_start, v_end) = spans[index], spans[index + 1]
            if text[slice(*spans[index])] not in particles:
                continue
            if not _present_tense(text[v_start:v_end]):
                return None
            between = spans[index + 2 :]
            if any(text[a:b] in THAT_WORDS or a in cue_starts for a, b in between):
                return None
            return p_start, v_end
        return None

    @functools.cached_property
    def frequency_cues(self) -> list[Cue]:
        """The words of frequency in the document (``round_frequency``: مرة كل، دورياً), found
        once on first use, not at every present verb of meeting."""
        return find_cues(self.analysis, {"round_frequency": "frequency"})

    def _habitual(self, start: int, end: int) -> bool:
        """Whether the trigger is a present verb of meeting that a word of frequency follows
        (``round_frequency``): "اللجنة التي يُفترض أن تجتمع مرة كل عام"، "وتلتئم الآلية
        دورياً": how often a body meets, a habit or a duty, tells no particular round, whatever
        modal stands before the verb."""
        cue = self.trigger_cues.get(start)
        if cue is None or cue.label != "present":
            return False
        return any(
            0 <= c.start - end <= 2 and not has_break(self.text, end, c.start)
            for c in self.frequency_cues
        )

    def _pluperfect_predicate(self, start: int, limit: int) -> Cue | None:
        """The verb after قد that is the predicate of a round named right after the past of
        كان (``PAST_COPULAS``), up to ``limit`` (the sentence, or the next round told).

        "وكان اجتماع موسع للفصائل في القاهرة، مخصص لبحث تشكيل اللجنة التي ستدير القطاع، قد
        أُرجئ الشهر الماضي"، "كانت محادثات مماثلة بوساطة صينية في كونمينغ بين الجيش والجماعة قد
        أفضت في أكتوبر إلى هدنة": in the pluperfect كان + subject + قد + past verb the subject
        is the round, however long its phrase and its asides, and the first verb after قد
        tells what became of it (held, or called off). Only a verb of holding, of its outcome
        or of calling off, not negated; else None.
        """
        before = _previous_words(self.analysis, start, 1)
        if not before or before[0] not in PAST_COPULAS:
            return None
        text = self.text
        starts = {c.start: c for c in self.statuses}
        spans = self.analysis.words_in(start, limit)[1:]
        for (a, b), (c, _) in itertools.pairwise(spans):
            if text[a:b] != "قد":
                continue
            cue = starts.get(c)
            if cue is None or cue.label not in PLUPERFECT_LABELS or _negated(text, cue.start):
                return None
            return cue
        return None

    def _since_before(self, start: int, end: int) -> tuple[int, int] | None:
        """The range of the preposition of a time since which (``SINCE_WORDS``: منذ، ومنذ،
        فمنذ) right before the round noun at ``[start, end)``, else None.

        "ولم تُعقد أي جولة منذ الجولة الثالثة في إسطنبول في 23 يوليو"، "فمنذ اللقاء الأول بين
        الوزيرين في باريس"، "أول لقاء بينهما منذ قمة واشنطن": the round is the point a time is
        counted from, so it has taken place (held), whatever its date seems to say and
        whatever a verb of the clause (a negated one: لم تعقد أي جولة) tells of another round.
        Not a round named only as the one before (منذ الاجتماع السابق): that names a round
        told elsewhere, which its own mention tells.
        """
        spans = self.analysis.words_in(max(0, start - 12), start)[-1:]
        if not spans or has_break(self.text, spans[0][1], start):
            return None
        a, b = spans[0]
        if self.text[a:b] not in SINCE_WORDS:
            return None
        if any(
            0 <= o_start - end <= 2 and ordinal.relative == "previous"
            for o_start, _, ordinal in self.ordinals
        ):
            return None  # منذ الاجتماع السابق
        return a, b

    def _relative_past_complements(self, end: int, limit: int) -> Cue | None:
        """The verb of holding of a relative clause set off by a comma after the round noun's
        complements, however long (الاجتماع العاشر لآلية التشاور الثنائية بشأن الحدود البحرية
        (BCM)، الذي عُقد في X): the phrase may hold only what ``_predicate_past_complements``
        lets a subject's phrase hold (nouns with the article or لـ, prepositions of complements,
        names the gazetteer knows, the round's ordinal in words — الاجتماع الحادي عشر للجنة
        المشتركة، الذي عُقد —, numbers, a Latin acronym), then a comma, a relative pronoun
        and at once the verb. The pronoun stands for the head of the phrase, the round; a
        relative clause after a nearer noun (… في الحدود، التي شهدت اشتباكات) has no verb of
        holding."""
        text = self.text
        spans = self.analysis.words_in(end, limit)
        named = self._names_within(end, limit)
        starts = {c.start: c for c in self.statuses}
        for index, (a, b) in enumerate(spans):
            word = text[a:b]
            if word in RELATIVES:
                comma = text.rfind(",", end, a)
                if comma < 0 or text[comma + 1 : a].strip() or has_break(text, end, comma):
                    return None
                cue = starts.get(spans[index + 1][0]) if index + 1 < len(spans) else None
                if cue is None or cue.label not in RELATIVE_HELD_LABELS:
                    return None
                return None if _negated(text, cue.start) else cue
            if has_break(text, end, a) or a in self.trigger_cues or a in starts:
                return None
            if any(x < b and a < y for x, y in named):
                continue
            if not (_complement_word(word) or LATIN_WORD.fullmatch(word)):
                return None
        return None

    def _copula_of_place(self, start: int, end: int, sent_end: int) -> tuple[int, int] | None:
        """The past of كان (``PAST_COPULAS``) whose predicate is a place: the round it tells
        took place there, when no other cue says otherwise.

        Before the round noun with the place right after it (وكانت جولتا المحادثات في X، كان
        اللقاء في X), or after the noun and at most two of its adjectives with the place right
        after it (الجولة الأخيرة كانت في X الشهر الماضي، اللقاء الأول كان بمدينة X).
        """
        text = self.text
        spans = self.analysis.words_in(end, min(sent_end, end + 60))[:5]
        before = _previous_words(self.analysis, start, 1)
        if before and before[0] in PAST_COPULAS:
            index, copula = 0, text.rfind(before[0], 0, start)
        else:
            found = next(
                (i for i, (a, b) in enumerate(spans[:3]) if text[a:b] in PAST_COPULAS), None
            )
            if found is None or any(not text.startswith("ال", a) for a, _ in spans[:found]):
                return None  # (only the noun's own adjectives before the copula)
            index, copula = found + 1, spans[found][0]
        if index >= len(spans) or has_break(text, end, spans[index][0]):
            return None
        place_end = self._place_phrase_end(spans[index:])
        return None if place_end is None else (min(copula, start), place_end)

    def _place_phrase_end(self, spans: list[tuple[int, int]]) -> int | None:
        """Where a phrase of place that opens ``spans`` ends (في X، في العاصمة الكينية،
        بمدينة X), the place one the gazetteer knows; else None."""
        text = self.text
        if not spans:
            return None
        a, b = spans[0]
        if text[a:b] == "في" and len(spans) > 1:
            place = spans[1]
            if text[place[0] : place[1]] in VENUE_FILLERS and len(spans) > 2:
                place = spans[2]  # في العاصمة الكينية
            if self._place_at(place[0]):
                return place[1]
        if _bi_place(text, a, {p_start for p_start, _, _ in self.places}):
            return b
        return None

    def _may_be_at_a_place(self, end: int, limit: int) -> tuple[int, int] | None:
        """The range of قد and the present of كان (``round_present_copulas``) whose predicate
        is a place, right after the round noun and at most two of its adjectives, else None.

        "الجولة المقبلة قد تكون في أبوظبي أو في إسطنبول"، "الجولة المقبلة من المحادثات، وقد
        تكون في جنيف": the round's own predicate says only where it may be held, so the round
        is possible (the blind gold codes these `possible` across writers; CONVENTIONS rule
        13 keeps `possible` for modality). A comma may part the noun's phrase from وقد, its
        conjoined clause. Any other predicate (قد تكون حاسمة: how it may go) is none.
        """
        text = self.text
        spans = self.analysis.words_in(end, min(limit, end + 80))[:7]
        particles = self.analysis.word_set("round_modal_particles")
        copulas = self.analysis.word_set("round_present_copulas")
        index = next((i for i, (a, b) in enumerate(spans[:3]) if text[a:b] in particles), None)
        if index is None or any(not text.startswith("ال", a) for a, _ in spans[:index]):
            return None  # (only the noun's own adjectives before the particle)
        a, b = spans[index]
        if has_break(text, end, a) and not (text[a:b] == "وقد" and text[end:a].strip() == ","):
            return None  # (a break parts them, but for the comma before a conjoined وقد)
        if index + 1 >= len(spans) or text[slice(*spans[index + 1])] not in copulas:
            return None
        if has_break(text, a, spans[index + 1][0]):
            return None
        place_end = self._place_phrase_end(spans[index + 2 :])
        return None if place_end is None else (a, place_end)

    def _predicate_after_schedule(self, cue: Cue, limit: int) -> Cue | None:
        """The verb of calling off or of holding that is the predicate of a round its
        participle of schedule describes (اجتماع ثالث مقرر في X الخميس الماضي قد أُجّل، وكان
        اجتماع فني، مقرر في X مطلع الشهر، قد أُرجئ، اجتماع مقرر في X لكنه أُجّل، لقاء مقرر
        … قد عُقد رغم …): the participle is only an attribute; the verb after it in the
        sentence, before the next round told (a round noun after هامش is only where it met:
        لقاء مقرر على هامش الجولة قد أُلغي), tells what became of the round. A verbal noun of
        calling off (تأجيل الانتخابات) or a negated verb is none."""
        if (
            cue.label != "planned"
            or " " in cue.word
            or not _schedule_word(cue.word, self.schedule_stems)
        ):
            return None
        limit = next(
            (
                t_start
                for t_start, _, _ in self.triggers
                if cue.end <= t_start < limit
                and _previous_words(self.analysis, t_start, 1) != ["هامش"]
            ),
            limit,
        )
        words = self.analysis.words_in(cue.end, limit)
        contrasted = [
            Cue(a, b, self.text[a:b], "cancelled")
            for (c, d), (a, b) in itertools.pairwise(words)
            if CONTRAST_PRONOUN.fullmatch(self.text[c:d]) and self.text[a:b] == POSTPONED
        ]  # لكنه أُجّل: after the contrast's pronoun أجّل is the verb, not the noun أجل
        for other in sorted([*self.statuses, *contrasted], key=lambda c: c.start):
            if not cue.end <= other.start < limit:
                continue
            if other.label == "held":  # لقاء مقرر … قد عُقد رغم …: it was held
                return None if _negated(self.text, other.start) else other
            if other.label.startswith("held"):
                return None
            if (
                other.label == "cancelled"
                and bare(other.word) not in CALLING_OFF_NOUNS
                and not _negated(self.text, other.start)
            ):
                return other
        return None

    def _own_clause_cue(self, start: int, sent_start: int) -> bool:
        """Whether a verb stating a status opens the round's own clause before it, with no
        break between (عُقدت آخر جولاتها في X الشهر الماضي، ويُتوقع استئنافها): that verb, not
        one of the clause conjoined after a comma, tells the round's status."""
        return any(
            (
                c.label in ("held", "planned", "cancelled", "proposed", "possible")
                or self._proposed_directly(c, start)  # اقترح جولة جديدة …، ويرجّح أن
            )
            and sent_start <= c.start
            and c.end <= start
            and start - c.end <= 30
            and not has_break(self.text, c.end, start)
            and not _negated(self.text, c.start)
            for c in self.statuses
        )

    def _worked_on(self, start: int) -> bool:
        """Whether a verb of working towards (``round_effort``), على or إلى and a verbal noun
        of holding stand right before the round (نعمل على عقد اجتماع، تسعى إلى إجراء محادثات):
        a round planned, as the same verbs plan it by its pronoun (نعمل على عقدها)."""
        words = _previous_words(self.analysis, start, 3)
        return (
            len(words) == 3
            and bare(words[0]) in self.holding
            and words[1] in ("علي", "الي")
            and words[2].lstrip("و") in self.effort_words
            and not _negated(self.text, start - sum(len(w) + 1 for w in words))
        )

    def _possibility_before(self, start: int) -> Cue | None:
        """A noun of possibility (``round_possibility_nouns``) governing the round: right
        before it (إمكانية لقاء جديد في X، عن احتمال قمة بين الرئيسين) or before the verbal
        noun of holding, resuming or hosting it (إمكانية استئناف الحوار، احتمال استضافة جولة،
        إمكان عقد لقاء). What may happen is a possible round (CONVENTIONS rule 13); the noun
        is read with its proclitics and article (بإمكانية، الاحتمال)."""
        spans = self.analysis.words_in(max(0, start - 40), start)[-2:]
        if not spans or has_break(self.text, spans[0][1], start):
            return None
        words = [bare(self.text[a:b]) for a, b in spans]
        nouns = self.analysis.word_set("round_possibility_nouns")
        holding = (
            self.analysis.word_set("round_holding_nouns")
            | self.analysis.word_set("round_verbal_nouns")
        ) - NOT_HOLDING
        if words[-1] in nouns:
            a, b = spans[-1]
        elif len(words) == 2 and words[0] in nouns and words[1] in holding:
            a, b = spans[0]
        else:
            return None
        return Cue(a, b, self.text[a:b], "possible")

    def _duration_before(self, cue: Cue) -> bool:
        """Whether a duration cue counts the time left before the round, not time spent in it.

        "قبل أيام من الاجتماع الثاني عشر، قبيل ساعات من القمة، قبل ثلاثة أسابيع من الجولة": the
        round is still to come (بعد عشرة أيام من المفاوضات is time spent negotiating).
        """
        if cue.label != "held_adjacent" or not cue.word.endswith(" من"):
            return False
        words = _previous_words(self.analysis, cue.start, 3)
        return any(w.lstrip("و") in ("قبل", "قبيل") for w in words[:3])

    def _after_to_come(self, cue: Cue) -> bool:
        """Whether "بعد / عقب" before a round stands in a clause told as still to come.

        "ومن المنتظر أن تقترح البعثة عقب اجتماع سرت جولة حوار": what follows the meeting is
        expected, so the meeting has not been held yet either (it is the one planned).
        """
        if cue.label != "held_adjacent" or cue.word.lstrip("و") not in ("بعد", "عقب"):
            return False
        return any(
            c.label in ("planned", "planned_near", "possible", "proposed")
            and 0 <= cue.start - c.end <= 60
            and not has_break(self.text, c.end, cue.start)
            for c in self.statuses
        )

    def _prepared_for(self, start: int) -> Cue | None:
        """The verb of preparing whose object with لـ is the round, past the verb's subject
        (تستعد الدولتان لجولة جديدة، ويتحضر الوفدان لعقد لقاء في جدة): a planned round.

        The round noun, or the verbal noun of holding right before it, carries لـ, and it is
        the first word with لـ after the verb in its clause (not: تستعد الحكومة لانتخابات
        بعد انهيار المحادثات, where the talks are no object of preparing).
        """
        text = self.text
        cue = self.trigger_cues.get(start)
        words = _previous_words(self.analysis, start, 7)
        if words and words[0] in PREPARED_NOUNS:
            words = words[1:]  # يتحضر الطرفان لعقد لقاء
        elif not (
            text.startswith("ل", start)
            and (cue is None or not cue.word.startswith("ل") or text.startswith("لل", start))
        ):
            return None  # no لـ: the round is no object of preparing
        verbs = self.analysis.word_set("round_preparing_verbs")
        position = start
        for word in words[:6]:  # past a subject of up to five words (وزيرا خارجية X وY)
            position = text.rfind(word, 0, position)
            if word.lstrip("وف") in verbs or word in verbs:
                return Cue(position, position + len(word), word, "planned")
            if word.startswith("ل") or word in THAT_WORDS:
                return None  # another object with لـ, or a that-clause, stands between
        return None

    def _agreed_on(self, start: int) -> bool:
        """Whether the round is what parties agreed on (اتفق الوزيران على الاجتماع مجدداً)."""
        words = _previous_words(self.analysis, start, 7)
        if words and bare(words[0]) in self.holding:
            if words[0].startswith("و") and self._agreed_object(start - len(words[0]) - 1):
                return True  # اتفقا على مواصلة التواصل وعقد لقاء آخر
            words = words[1:]  # اتفق الوزيران على عقد الاجتماع الخامس
        if not words or words[0] not in ("على", "علي"):
            return False
        return any(word.lstrip("وف") in self.agree_verbs for word in words[1:6])

    def _agreed_in(self, start: int) -> tuple[int, int] | None:
        """The past verb of agreeing, reaching or signing whose في takes the round, if any.

        "وكان الطرفان قد اتفقا في الجولة الثالثة على …"، "الاتفاق الذي توصل إليه الطرفان في
        مفاوضات X"، "وقّع الوزيران الاتفاق في اجتماع اللجنة": what parties agreed on, reached
        or signed in a round was settled there, so the round took place. The verb
        (``round_agree``, the past of ``round_signing``) stands before في in the round's
        clause, past its subject and object (``AGREED_IN_WORDS`` words, no break nor على
        between: اتفقا على المشاركة في الجولة المقبلة is what they agreed to do), and is not
        negated; a round called "next" is none agreed in (``NEXT_WORDS``).
        """
        words = _previous_words(self.analysis, start, AGREED_IN_WORDS + 1)
        if not words or words[0] != "في":
            return None
        following = self.analysis.words_in(start, min(len(self.text), start + 40))[1:3]
        if any(self.text[a:b].removeprefix("ال") in NEXT_WORDS for a, b in following):
            return None  # في الجولة المقبلة: still to come
        position = start - len(words[0]) - 1
        for word in words[1:]:
            position = self.text.rfind(word, 0, position)
            if word in ("على", "علي"):
                return None  # اتفقا على المشاركة في الجولة: the round is what they agreed to
            verbs = {word, word[1:]} if word[0] in "وف" else {word}  # ووقّع، فاتفقا
            if verbs & self.agree_verbs or any(
                v in self.signing_verbs and not v.startswith("ي") for v in verbs
            ):  # (not يوقعا: the subjunctive of قبل أن، read by the signings)
                if _negated(self.text, position):
                    return None
                return position, position + len(word)
        return None

    def _agreed_object(self, position: int) -> int | None:
        """Where "اتفق … على" stands when the word at ``position`` is a verbal noun joined by و
        to what the parties agreed on (اتفقا على مواصلة التواصل وعقد لقاء آخر), else None."""
        if self.text[position : position + 1] != "و":
            return None
        words = _previous_words(self.analysis, position, 7)
        for index, word in enumerate(words[:4]):
            if word in ("على", "علي"):
                if any(w.lstrip("وف") in self.agree_verbs for w in words[index + 1 : index + 4]):
                    return position
                return None
        return None

    def _proposer_before(self, start: int, low: int) -> Cue | None:
        """A verb of calling or proposing that governs a round after إلى / عقد across another noun.

        "دعت القمة في بيانها إلى مفاوضات": the summit named between the verb and the
        round is the verb's subject, so the call reaches the round.
        """
        if not self._holding_before(start):
            return None
        cues = [c for c in self.statuses if low <= c.start and c.end <= start]
        for cue in reversed(cues):
            if cue.label in OBJECT_LABELS:
                return None if self._called_for_else(cue, start) else cue
            if cue.label and not cue.label.endswith("_adjacent") and cue.label != "held_relative":
                return None  # a nearer cue states something else (not: عقد, the verbal noun)
        return None

    def _governs_next(self, cue: Cue, sent_end: int, next_start: int) -> bool:
        """Whether a cue opens the clause of the next round noun (، ومن المتوقع أن تعقد جولة).

        Such a cue states the status of the round after it, not of the one before. A verb
        right after a relative pronoun (محادثات X التي استمرت ثلاثة أيام … مفاوضات) is its
        relative clause's: it tells of the noun the pronoun stands for, never of a noun after.
        """
        if self._relative_before(cue.start):
            return False
        return next_start < sent_end and not has_break(self.text, cue.end, next_start)

    def _subject_told_before(self, position: int) -> bool:
        """Whether a contrast or that-word with a pronoun (لكنه، لكنها، إلا أنها، غير أنه)
        stands right before the verb at ``position``: the pronoun is the verb's subject, a
        round told before it, so no round noun after the verb is what the verb tells of."""
        words = _previous_words(self.analysis, position, 1)
        if not words:
            return False
        word = words[0]
        return (CONTRAST_PRONOUN.fullmatch(word) is not None and word.lstrip("و") != "لكن") or (
            THAT_PRONOUN.fullmatch(word) is not None
            and word != "ان"
            and _previous_words(self.analysis, position - len(word) - 1, 1) in (["الا"], ["غير"])
        )

    def _venue_phrase_length(self, start: int, end: int) -> int:
        """The length of a venue phrase (في … بالرياض) opening ``[start, end)``.

        "انطلقت في مقر الأمانة العامة لمجلس التعاون الخليجي بالرياض، الأربعاء، مشاورات":
        where the round was held does not part the verb from it.
        """
        first = self.analysis.words_in(start, end)[:1]
        if not first or self.text[first[0][0] : first[0][1]] != "في":
            return 0
        ends = [
            p_end
            for _, p_end, _ in _starting_within(self.places, start, end)
            if p_end <= end and not has_break(self.text, start, p_end)
        ]
        return max(ends) - start if ends else 0

    def _adjuncts_length(self, start: int, end: int) -> int:
        """The length of a time and a venue phrase fronted before the subject (انطلقت صباح اليوم
        الخميس في بلدة تيبو بإقليم نورتي دي سانتاندير الجولة الخامسة): the verb still governs it.

        Only dates, then a phrase of في and a place or a city noun running up to ``end``.
        """
        words = self.analysis.words_in(start, end)
        if not words or has_break(self.text, start, end):
            return 0
        dated = [(a, b) for a, b in words if any(d0 <= a and b <= d1 for d0, d1, _ in self.dates)]
        rest = [(a, b) for a, b in words if (a, b) not in dated]
        if not rest or self.text[rest[0][0] : rest[0][1]] != "في" or len(rest) < 2:
            return 0
        after = self.text[rest[1][0] : rest[1][1]]
        if not (
            after in VENUE_FILLERS
            or after in AREA_NOUNS
            or any(p_start == rest[1][0] for p_start, _, _ in self.places)
        ):
            return 0
        if len(rest) > 9 or any(
            (w in TOPICS or w in PREPOSITIONS or w in ("علي", "الي", "ضد")) and w != "في"
            for w in (self.text[a:b] for a, b in rest[1:])
        ):
            return 0  # انطلقت صباح اليوم في الفاشر احتجاجات ضد المحادثات: a subject of its own
        return end - (dated[0][0] if dated else rest[0][0])

    def _asides_length(self, start: int, end: int) -> int:
        """The length of the short asides between commas in ``[start, end)``.

        Times and datelines set off by commas (انطلقت، صباح الاثنين، …; بدأ وفد …، اليوم
        السبت، مباحثات) do not part a verb from the round it governs.
        """
        return sum(len(m.group()) for m in ASIDE.finditer(self.text, start, end))

    def _own_possible_clause(self, end: int, limit: int) -> Cue | None:
        """The round's own clause of "قد" and a present verb (جولة جديدة من المحادثات بين
        الطرفين قد تعقد في X), past its complements with no break or after the comma that
        closes them (ترتيب لقاء جديد بين الطرفين، قد يُعقد في أوسلو): a round proposed or
        arranged that may then be held is told as possible, its own clause's modality."""
        for cue in self.statuses:
            if cue.start < end or cue.start > min(limit, end + AFTER_WINDOW):
                continue
            if self._may_clause_after_comma(end, cue):
                return cue
            if cue.label == "possible" and cue.word.startswith("قد"):
                return None if has_break(self.text, end, cue.start) else cue
        return None

    def _may_clause_after_comma(self, end: int, cue: Cue) -> bool:
        """Whether ``cue`` opens, with قد or وقد before its present verb, the clause after
        the comma that ends the phrase of the round noun ending at ``end`` (جولة تفاوض شاملة،
        قد تستضيفها كمبالا أو أروشا؛ لقاء جديد بين الحكومة والمعارضة، قد يُعقد في أوسلو).

        Such a clause, with no subject of its own, tells of the round before the comma where
        or when it may be held, so the round is possible (CONVENTIONS rule 13: قد is
        modality); a clause whose verb has a round noun after it is that round's (، وقد
        تُعقد جولة فنية قبلها).
        """
        text = self.text
        if cue.label == "possible":
            opens = cue.word.removeprefix("و").startswith("قد") and self._right_after_comma(
                cue.start
            )
        else:
            opens = cue.label == "present" and self._may_after_comma(cue.start)
        comma = text.rfind(",", end, cue.start)
        if not opens or comma < 0 or has_break(text, end, comma):
            return False
        return not any(
            cue.end <= start and not has_break(text, cue.end, start)
            for start, _, _ in self.triggers
        )

    def _attended_after(self, end: int, limit: int) -> tuple[int, int] | None:
        """The range of a verb of attending or staying away with the round's pronoun
        (``round_attended``: حضرها، غاب عنها، قاطعه، لم يحضرها) in the round's own clause
        right after its phrase, with no break, within ``AFTER_WINDOW``; else None.

        "دعت واشنطن إلى محادثات في جنيف غاب عنها وفد الجيش"، "… في جنيف في أغسطس حضرها وفد
        الدعم السريع"، "… لم يحضرها الجيش": who came to the round, or did not, tells it took
        place, so the call before it was answered (the round is held, not proposed).
        """
        text = self.text
        attended = self.analysis.word_set("round_attended")
        spans = self.analysis.words_in(end, min(limit, end + AFTER_WINDOW))
        for index, (a, _) in enumerate(spans):
            if has_break(text, end, a) or a in self.trigger_cues:
                return None
            for width in (1, 2, 3):
                last = spans[index + width - 1] if index + width <= len(spans) else None
                if last is not None and text[a : last[1]] in attended:
                    return a, last[1]
        return None

    def _listed_calling_off(self, cue: Cue) -> bool:
        """Whether a cue after the round is a noun of calling off joined by و, an item of a
        list of its own (جولة ثالثة في جنيف، وتبادل بين …، وتأجيل في الحديدة): a verbal noun
        coordinated after the round is no predicate of it."""
        word = self.text[cue.start : cue.end]
        if bare(word.removeprefix("و")) not in CALLING_OFF_NOUNS:
            return False
        return word.startswith("و") or _previous_words(self.analysis, cue.start, 1) == ["و"]

    def _possible_predicate(self, start: int, end: int, sent_end: int) -> tuple[int, int] | None:
        """An adjective of possibility that is the predicate of an indefinite round noun
        opening a that-clause, past the noun's own phrase (أن لقاء بين الرئيسين X وY ممكن،
        أن لقاءً ثنائياً في المنطقة العازلة ممكن خلال سبتمبر، أن طرح لقاء مباشر بات ممكناً):
        the round is possible. Not an adjective of a time or a chance (في أقرب وقت ممكن), nor
        one past another verb of the clause than a copula."""
        if not self._indefinite(start):
            return None
        before = _previous_words(self.analysis, start, 2)
        if not set(before) & (THAT_WORDS | {"ان"}):
            return None
        adjectives = self.analysis.word_set("round_possible_after")
        spans = self.analysis.words_in(end, min(sent_end, end + 90))[:10]
        previous = ""
        for a, b in spans:
            if has_break(self.text, end, a):
                return None
            word = self.text[a:b]
            if word in adjectives or bare(word) in adjectives:
                if previous in NOT_PREDICATED:
                    return None  # في أقرب وقت ممكن: a time, not the round
                return a, b
            if word not in COPULAS_OF_BECOMING and _present_tense(word):
                return None  # a verb of the clause: the adjective is another's
            previous = word
        return None

    def _proposed_directly(self, cue: Cue, start: int) -> bool:
        """Whether a verb of proposing has the round noun for its direct object (يقترح الرئيس
        البرازيلي جولة جديدة من الحوار، تقترح محادثات لتفادي الاشتباكات، اقترح لقاءً مع X): an
        indefinite noun with no preposition on it, after the verb and at most its subject and
        an adverb, in its clause (not: عرض التلفزيون صوراً للاجتماع، عرض خلال الاجتماع)."""
        if cue.label != "proposed_object" or not (
            _present_tense(cue.word)
            or cue.word.startswith(("اقترح", "عرض", "طرح"))
            or cue.word[:1] == "ن"  # نقترح لقاءً بين الرئيسين: a side proposing, first person
        ):
            return False
        if cue.word.startswith(("اقتراح", "مقترح")) or cue.word.endswith(("ه", "ها", "هم", "نا")):
            return False  # the nouns of proposing take the verbal noun of holding
        word = self.text[start:].split(maxsplit=1)[0]
        trigger = self.trigger_cues.get(start)
        if trigger is None or not word.lstrip("وف").startswith(trigger.word):
            return False  # للاجتماع، بجولة: a preposition on the noun, no object
        if not self._indefinite(start) or has_break(self.text, cue.end, start):
            return False
        spans = self.analysis.words_in(cue.end, start)
        names = _starting_within(self.actors, cue.end, start)
        between = [
            self.text[a:b]
            for a, b in spans
            if not any(n_start <= a < n_end for n_start, n_end, _ in names)
        ]  # (a name is the subject: لولا دا سيلفا)
        return len(spans) <= 8 and not any(
            w in PREPOSITIONS
            or w in TOPICS
            or w in ORDERING_WORDS
            or w.startswith(("لل", "بال"))
            or _present_tense(w)  # تقترح هدنة تعقبها مفاوضات: the round is another's
            for w in between
        )

    def _idea_put_forward(self, start: int, sent_start: int) -> Cue | None:
        """The verb of proposing whose object is the noun of an idea (``round_idea_nouns``)
        right before the round noun, in its clause (طرحت تركيا فكرة اجتماع رباعي، تُطرح في
        الكواليس فكرة جولة شاملة تستضيفها مسقط، عاد الاتحاد ليطرح فكرة قمة ثلاثية): the idea is
        what the verb puts forward, so the round is proposed, not held or planned by a verb
        of its own relative clause. Up to eight words (its subject, an adjunct) between the
        verb and the idea, no clause of its own (a that-word, another present verb), not
        negated; else None."""
        words = _previous_words(self.analysis, start, 1)
        ideas = self.analysis.word_set("round_idea_nouns")
        if not words or words[0].removeprefix("و") not in ideas:  # (not bare: فكرة opens in ف)
            return None
        idea = start - len(words[0]) - 1
        for cue in reversed(self.statuses):
            if cue.end > idea or cue.start < sent_start:
                continue
            if not cue.label or cue.label.endswith("_adjacent"):
                continue  # طرح المبعوث خلال زيارته فكرة …: an adjunct, no cue of the idea
            if cue.label != "proposed_object" or has_break(self.text, cue.end, idea):
                return None  # a nearer cue of its own, or a break
            stem = cue.word.lstrip("وفل")
            if not (_present_tense(stem) or stem.startswith(("اقترح", "عرض", "طرح"))):
                return None
            between = [self.text[a:b] for a, b in self.analysis.words_in(cue.end, idea)]
            if len(between) > 8 or any(
                w in THAT_WORDS or w == "ان" or _present_tense(w) for w in between
            ):
                return None
            return None if _negated(self.text, cue.start) else cue
        return None

    def _named_as_means(self, start: int) -> bool:
        """Whether a preposition of means (``round_means``: عبر، من خلال، عن طريق) stands right
        before the round noun, quotation marks aside: talks named as the way to settle
        something (دعا إلى حل الخلاف "عبر المفاوضات"، تسوية النزاع من خلال الحوار) are no
        particular round, and no cue before them proposes one."""
        means = self.analysis.word_set("round_means")
        words = _previous_words(self.analysis, start, 2)
        if not words:
            return False
        return words[0] in means or (len(words) == 2 and f"{words[1]} {words[0]}" in means)

    def _subject_of_relative(self, start: int) -> bool:
        """Whether the round noun is the subject of a relative clause's verb right before it
        (الزخم الذي أطلقته قمة واشنطن بدأ يتلاشى، الأمل الذي صنعته المحادثات تبدد): a verb after
        the round's phrase then closes the relative clause and tells of its head, not the round.
        """
        words = _previous_words(self.analysis, start, 2)
        return (
            len(words) == 2
            and words[1] in RELATIVES
            and words[0] not in PREPOSITIONS
            and words[0] not in THAT_WORDS
            and len(words[0]) >= 3
            and words[0][0] not in "لب"
        )

    def _called_for_else(self, cue: Cue, start: int) -> bool:
        """Whether a verb of calling or proposing calls for something else, of which holding
        the round is only the purpose: إلى and a noun that is no verbal noun of holding stand
        between it and لـ with the verbal noun before the round (وأدعو المبعوث إلى الضغط لعقد
        الجولة المقبلة; not: دعا إلى عقد جولة). After the noun of inviting, إلى names whom it
        invites (وجّه دعوة إلى زعيمي الطرفين لعقد اجتماع): the invitation is to the round."""
        if cue.word.startswith(("دعوه", "دعوت", "دعوات")):
            return False
        previous = _previous_words(self.analysis, start, 1)
        if not previous or not previous[0].startswith("ل") or bare(previous[0]) not in self.holding:
            return False
        words = [self.text[a:b] for a, b in self.analysis.words_in(cue.end, start)]
        return any(
            words[i] == normalize_text("إلى") and bare(words[i + 1]) not in self.holding
            for i in range(len(words) - 2)
        )  # (the last word is the verbal noun of holding itself)

    def _convened(self, cue_range: tuple[int, int], start: int) -> bool:
        """Whether a call before a meeting (اجتماع) is an invitation that convenes it.

        "دعت مفوضية الاتحاد الطرفين إلى اجتماع تقييمي"، "سيدعو إلى اجتماع آخر"، "وجّه دعوة
        إلى زعيمي الشطرين لعقد اجتماع": who invites to a meeting (دعا إلى اجتماع) convenes it,
        so it is planned; a call for talks, a round or a summit (دعا إلى مفاوضات، إلى جولة
        جديدة، إلى عقد اجتماع) stays a proposal. The verbal noun عقد is an invitation's only
        with the noun دعوة.
        """
        text = self.text
        if cue_range[1] > start or bare(text[start:].split(" ", 1)[0]) not in MEETING_NOUNS:
            return False
        word = bare(text[cue_range[0] : cue_range[1]].split()[0])
        if word not in INVITING:
            return False
        after = [text[a:b] for a, b in self.analysis.words_in(start, start + 40)][1:4]
        if "مع" in after:
            return False  # دعا إلى اجتماع مع الرئيس المصري: a party asks to meet the other
        between = [bare(text[a:b]) for a, b in self.analysis.words_in(cue_range[1], start)]
        return word == "دعوه" or "عقد" not in between
