"""Triggers that name no round of negotiation, and rounds that are another's part.

A round noun followed by a word that is not talks (الجولة الثالثة من الدوري), a gathering
noun in construct with a forum of many states (قمة مجموعة السبع), a fixture in a sports report, a session of a round told, a round told as an earlier one after بعد, a
verb of taking part in a relative clause about someone's career, a newsroom meeting the one
it interviews.
"""

from __future__ import annotations

import functools

import regex

from negotext.extractors._common import (
    Cue,
    bare,
    find_cues,
    has_break,
    sentence_range,
)
from negotext.extractors.rounds.signings import _Signings
from negotext.extractors.rounds.text import _previous_words
from negotext.extractors.rounds.words import SINCE_WORDS

#: How many words of its own phrase (adjectives, a word of schedule) may stand between a
#: session noun and the بين that names its parties (جلسة مسائية كانت مقررة بين …).
SESSION_PHRASE_WORDS = 3

#: That-words that open a clause of saying after a session (قال عقب الجلسة إن الهوة بين …).
THAT_WORDS = frozenset({"ان", "وان", "بان", "انه"})

#: The gathering nouns a forum's own gathering is named by (قمة، قمتها، اجتماع، جلسة، دورة،
#: لقاء), not the nouns of talks (محادثات، مفاوضات، جولة، حوار).
GATHERING_STEMS = ("قمه", "قمت", "قمم", "اجتماع", "جلس", "دوره", "لقاء")


#: The gathering nouns that leave texts behind them (قمة، مؤتمر, with the article or a
#: proclitic): what ``round_document_sources`` may name as the origin of a document.
DOCUMENT_GATHERINGS = regex.compile(r"[وفبل]?(?:ال|لل)?(?:قمه|مؤتمر)")

#: How many words after a summit or conference noun a relative pronoun may stand and still
#: open a clause about it (مؤتمر برلين الأول الذي عُقد …، قمة أوهريد التي جمعت …).
RELATIVE_REACH = 5

#: جولة with a proclitic and a possessive, no article (جولة، بجولة، جولته، بجولتها).
TOUR_HEAD = regex.compile(r"[وف]?[بل]?جول(?:ه|ت(?:ه|ها|هما|هم))")

#: What a tour takes in after its verb, besides a place the gazetteer knows (تقوده إلى …،
#: تشمل عدة عواصم، شملت دولاً عربية، تشمل مدناً في الشمال).
TOUR_PLACES = frozenset(
    {"الي", "عده", "عواصم", "دول", "دولا", "بلدان", "مدن", "مدنا", "العواصم", "الدول"}
)
#: The relative pronouns a tour's verb may follow (جولته التي قادته إلى …).
RELATIVE_PRONOUNS = frozenset({"التي", "الذي"})

#: How far after a meeting verb or noun, and past how many words (its subject), the people
#: it meets may stand (التقى وزير الخارجية الأمريكي بأهالي …).
AUDIENCE_REACH = 40
AUDIENCE_WORDS = 4


class _Filters(_Signings):
    """The reader's tests of triggers that name no round."""

    def _not_talks(self, end: int) -> bool:
        """Whether a word that is not talks follows the trigger (الجولة الثالثة من الدوري)."""
        # جلسة للحكومة، اجتماع للبرلمان: the cue table reads ل before a listed word's article.
        for cue in self.not_talks:
            if end <= cue.start <= end + 30:
                gap = self.analysis.words_in(end, cue.start)
                if not gap and bare(cue.word) == "دوري" and self._meeting_noun_before(end):
                    continue  # اجتماعها الدوري، الاجتماع الدوري: a periodic meeting, not a league
                if all(
                    self.text[s:e] == "من"
                    or self.text[s:e] in self.noun_adjectives
                    or any(o[0] <= s < o[1] for o in self.ordinals)
                    for s, e in gap
                ) and not has_break(self.text, end, cue.start):
                    return True
        return (
            self._tour(end)
            or self._forum_gathering(end)
            or self._own_body(end)
            or self._audience(end)
            or self._sitting_of_a_body(end)
            or self._teams_meet(end)
            or self._newsroom_meets(end)
        )

    def _newsroom_meets(self, end: int) -> bool:
        """Whether a verb of meeting in the first person ending at ``end`` (التقينا، التقيت،
        اجتمعنا: ``round_meet_first_person``) is the newsroom meeting the one it interviews: it
        stands in the interview's opening, before its first question, in the writer's own
        words, not a quote (قبل أيام من الجولة المقبلة، التقينا رئيس الوفد في مكتبه بالمدينة;
        التقينا في العاصمة نائب الوزير …). After the first question the first person is the
        interviewee's, a negotiator's side (— التقينا الوفد الآخر في مسقط): a round."""
        words = _previous_words(self.analysis, end, 1)
        if not words or words[0].lstrip("و") not in self.analysis.word_set(
            "round_meet_first_person"
        ):
            return False
        question = self.first_question
        if question is None or question < end:
            return False
        return not self._quoted_in_paragraph(end)

    def _origin_of_a_document(self, start: int, end: int) -> bool:
        """Whether the summit or conference noun at ``start``–``end`` (قمة، مؤتمر) stands in
        construct after a noun of what it left behind (``round_document_sources``: التزامات قمة
        إسطنبول لعام 1999، مخرجات مؤتمر برلين الأول، بيان قمة كوالالمبور): the gathering is
        named only as the origin of a text or its commitments, background to the story, not a
        meeting it tells (the blind gold codes it at most optional). A noun of talks after such
        a word (نتائج الجولة الثالثة) is the round told, and is not read here; nor is a
        gathering its own relative clause tells as an event (بيان القمة التي جمعت الرئيسين في
        باكو، مخرجات مؤتمر برلين الذي عُقد في يناير 2020): the text tells that meeting."""
        if not DOCUMENT_GATHERINGS.fullmatch(self.text[start:end]):
            return False
        words = _previous_words(self.analysis, start, 1)
        if not words:
            return False
        sources = self.analysis.word_set("round_document_sources")
        word = words[0]
        if word not in sources and not (word[:1] in "وفبل" and word[1:] in sources):
            return False
        phrase = self.analysis.words_in(end, min(len(self.text), end + 60))[:RELATIVE_REACH]
        return not any(
            self.text[a:b] in RELATIVE_PRONOUNS and not has_break(self.text, end, a)
            for a, b in phrase
        )

    def _tour(self, end: int) -> bool:
        """Whether the round noun ending at ``end`` is جولة (a round, his or her round) told as a
        tour of places by the verb right after it (``round_tour_verbs``), or after التي, with
        the places it takes in (جولة شملت واشنطن وأديس أبابا، بجولة تقوده إلى الرباط، جولته
        التي قادته إلى عواصم الخليج، جولة تشمل عدة عواصم): a trip, not talks. Not with the
        article, an ordinal or talks between them, nor with what a round takes up after the
        verb (الجولة الثالثة شملت …، جولة شملت بحث ملف الأسرى: a round told)."""
        words = _previous_words(self.analysis, end, 1)
        if not words or not TOUR_HEAD.fullmatch(words[0]):
            return False
        following = self.analysis.words_in(end, min(len(self.text), end + 40))[:4]
        if following and self.text[slice(*following[0])] in RELATIVE_PRONOUNS:
            following = following[1:]
        if len(following) < 2 or has_break(self.text, end, following[1][0]):
            return False
        verb, after = following[0], following[1]
        if self.text[slice(*verb)] not in self.analysis.word_set("round_tour_verbs"):
            return False
        if bare(self.text[slice(*after)]) in TOUR_PLACES:
            return True  # تقوده إلى …، تشمل عدة عواصم
        return any(p_start == after[0] for p_start, _, _ in self.places)

    @functools.cached_property
    def meeting_verbs(self) -> frozenset[str]:
        """The verbs of meeting in every tense (التقى، يلتقي، سيلتقي)."""
        word_set = self.analysis.word_set
        return (
            word_set("round_meet_past")
            | word_set("round_meet_present")
            | word_set("round_meet_future")
        )

    def _teams_meet(self, end: int) -> bool:
        """Whether a verb of meeting ending at ``end`` has a word of sport for its subject right
        after it (والتقى المنتخب السوري نظيره الإيراني، يلتقي المنتخبان): a fixture, in any
        story, not only a sports report."""
        words = _previous_words(self.analysis, end, 1)
        if not words or not {words[0], words[0][1:]} & self.meeting_verbs:
            return False  # (with و or ف before it: والتقى)
        sent_end = sentence_range(self.analysis, end - 1)[1]
        return self._sport_told("verb", end, end, sent_end)

    def _sitting_of_a_body(self, end: int) -> bool:
        """Whether a definite session noun ending at ``end`` (الجلسة، جلسته) is the sitting of
        a body its sentence names before it, a chamber, a council or a court (قال رئيس مجلس
        الشعب في ختام الجلسة، أعلن رئيس المحكمة رفع الجلسة): no talks between parties."""
        words = _previous_words(self.analysis, end, 1)
        if not words:
            return False
        word, head = words[0], bare(words[0])
        definite = "الجلس" in word[:7] or "للجلس" in word[:6]  # الجلسة، بالجلسة، وللجلسة
        if not (definite or (head.startswith("جلست") and len(head) > 5)):
            return False  # (a sitting with the article or a pronoun, not جلسة: a new one)
        sent_start = sentence_range(self.analysis, end - 1)[0]
        return any(sent_start <= c.start and c.end <= end - len(words[0]) for c in self.bodies)

    @functools.cached_property
    def forums(self) -> list[Cue]:
        """Forums of many states (``round_forums``: مجموعة السبع، الاتحاد الأفريقي، آسيان)."""
        return find_cues(self.analysis, {"round_forums": "forum"})

    @functools.cached_property
    def own_bodies(self) -> list[Cue]:
        """A body of one's own with its pronoun (``round_own_bodies``: مكتبها، قيادته)."""
        return find_cues(self.analysis, {"round_own_bodies": "own"})

    def _own_body(self, end: int) -> bool:
        """Whether a meeting noun ending at ``end`` is told, after ل and its own adjectives
        only, as a meeting of a body of the subject's own (عقدت الحركة اجتماعاً طارئاً
        لمكتبها السياسي، ترأس اجتماعاً لحكومته): an internal meeting, not talks."""
        for cue in self.own_bodies:
            if end <= cue.start <= end + 30 and self.text[cue.start : cue.end].lstrip(
                "وف"
            ).startswith("ل"):
                gap = self.analysis.words_in(end, cue.start)
                if all(self.text[a:b] in self.noun_adjectives for a, b in gap) and not has_break(
                    self.text, end, cue.start
                ):
                    return True
        return False

    @functools.cached_property
    def audiences(self) -> list[Cue]:
        """People who are no party to talks (``round_audiences``: أهالي، جنود، طلاب)."""
        return find_cues(self.analysis, {"round_audiences": "audience"}, suffixes=True)

    def _audience(self, end: int) -> bool:
        """Whether a meeting verb or noun ending at ``end`` meets people who are no party to
        talks, as its object in its own clause: after ب or مع, past a subject of a few words
        (التقى الرئيس بأهالي المفقودين، خلال لقاء مع طلاب الجامعة), or right after the noun
        (خلال لقائه جنوداً): the leader's audience, not a round."""
        for cue in self.audiences:
            if not end <= cue.start <= end + AUDIENCE_REACH or has_break(self.text, end, cue.start):
                continue
            gap = self.analysis.words_in(end, cue.start)
            if len(gap) > AUDIENCE_WORDS:
                continue
            word = self.text[cue.start : cue.end].lstrip("وف")
            if not gap or word.startswith("ب") or self.text[slice(*gap[-1])] == "مع":
                return True
        return False

    def _forum_gathering(self, end: int) -> bool:
        """Whether the gathering noun ending at ``end`` (قمة، اجتماع، جلسة، دورة، لقاء; not a
        noun of talks) names, in construct, a forum's own gathering: the forum right after
        it, or after who of its members meet (قمة بريكس، اجتماع وزراء خارجية دول منظمة
        التعاون الإسلامي، القمة الأفريقية is ``round_not_talks``'s). Parties meeting on its
        sidelines are told by a round noun or verb of their own."""
        if not self.forums:
            return False
        words = _previous_words(self.analysis, end, 1)
        if not words or not bare(words[0]).removeprefix("ال").startswith(GATHERING_STEMS):
            return False
        members = self.analysis.word_set("round_forum_members")
        for cue in self.forums:
            if end <= cue.start <= end + 40 and not has_break(self.text, end, cue.start):
                gap = [self.text[s:e] for s, e in self.analysis.words_in(end, cue.start)]
                if all(
                    word in members
                    or word in self.noun_adjectives
                    or " ".join(gap[max(0, i - 1) : i + 1]) in members
                    or " ".join(gap[i : i + 2]) in members
                    for i, word in enumerate(gap)
                ):
                    return True
        return False

    @functools.cached_property
    def noun_adjectives(self) -> frozenset[str]:
        """Adjectives that may stand between a meeting noun and whose meeting it is
        (اجتماع طارئ لمجلس الأمن، اجتماع محتمل لمجلس المحافظين)."""
        word_set = self.analysis.word_set
        return (
            word_set("round_noun_adjectives")
            | word_set("round_talks_adjectives")
            | word_set("round_possible_after")
        )

    def _meeting_noun_before(self, end: int) -> bool:
        """Whether the word ending at ``end`` is a meeting noun (اجتماع، لقاء، اجتماعها)."""
        words = _previous_words(self.analysis, end, 1)
        return bool(words) and any(stem in words[0] for stem in ("اجتماع", "لقاء", "لقاءات"))

    def _sport_told(self, kind: str, end: int, sent_start: int, sent_end: int) -> bool:
        """Whether a trigger in a sports report names a fixture, though two states are named
        around it: a round noun in a sentence with a word of sport (يلتقي المنتخب القطري نظيره
        البحريني، قبل أن تنطلق الجولة الرابعة), or a verb of meeting whose subject, right after
        it, is a word of sport (يلتقي المنتخب …); not a leaders' meeting told beside a match
        (حضر المباراة الرئيس الجزائري، الذي التقى نظيره التونسي في الحمامات)."""
        if kind == "noun":
            return any(sent_start <= p < sent_end for p in self.sport_starts)
        subject = self.analysis.words_in(end, min(sent_end, end + 40))[:2]
        return any(a <= p < b for a, b in subject for p in self.sport_starts)

    def _gathering(self, cue_range: tuple[int, int]) -> bool:
        """Whether a cue after the round is a verb of bringing together (جمعت، جمعهما)."""
        word = self.text[cue_range[0] : cue_range[1]].split()[-1].lstrip("وف")
        return word.startswith("جمع")

    def _told_as_earlier(self, start: int, sent_start: int) -> bool:
        """Whether the round at ``start`` follows بعد / عقب / منذ in another round's sentence.

        "الجولة الثالثة …، بعد جولة يوليو 2024": another, earlier round; so is the event a
        count runs from ("وهو الاجتماع الأول على هذا المستوى منذ مؤتمر برلين 2").
        """
        words = _previous_words(self.analysis, start, 6)
        after = (
            words[:1] in (["بعد"], ["عقب"])
            or bool(words[:1] and words[0] in SINCE_WORDS)
            or (words[:1] == ["علي"] and any(word in ("بعد", "عقب") for word in words[2:6]))
        )  # ويأتي الاجتماع بعد أقل من شهرين على القمة (not: بعد أيام من المفاوضات, spent in them)
        head = self.text[start:].split(maxsplit=1)[0]
        if words[:1] == ["من"] and words[2:3] in (["بعد"], ["عقب"]) and not head.endswith("ات"):
            after = True  # بعد أشهر من القمة: one meeting, a time after it (not a process)
        return after and any(sent_start <= t_start < start for t_start, _, _ in self.triggers)

    def _sitting_between_parties(self, end: int) -> bool:
        """Whether the session noun that ends at ``end`` names the parties it seats: بين right
        after it or past its adjectives and a word of schedule, in its clause, then a word
        (الجلسة التمهيدية بين وفدي الجيش والدعم السريع، جلسة مسائية كانت مقررة بين الوسطاء ووفد
        حماس). Such a sitting is a round of its parties, as the blind coders code it, not a
        part of a round told. What stands before بين is the noun's own phrase: no accusative
        object nor prepositional phrase (وشهدت الجلسة الثانية سجالاً بين النواب: the
        sitting's events) nor a that-word (قال عقب الجلسة إن الهوة بين الطرفين …)."""
        text = self.text
        following = self.analysis.words_in(end, min(len(text), end + 80))[
            : SESSION_PHRASE_WORDS + 2
        ]
        for k, (a, b) in enumerate(following[: SESSION_PHRASE_WORDS + 1]):
            if has_break(text, end, a):
                return False
            word = text[a:b]
            if word == "بين":
                return k + 1 < len(following) and not has_break(text, b, following[k + 1][0])
            if word.endswith("ا") or word[:1] in "لب" or word in THAT_WORDS:
                return False  # سجالاً بين، للمرة الأولى، عقب الجلسة إن الهوة بين: not its own
        return False

    def _session_of_a_round_told(self, index: int, sent_start: int, date_start: int | None) -> bool:
        """Whether a session (told with no ordinal nor "next" of its own) is a sitting of a
        round told, not a round: it has the article and no date (قال عقب الجلسة), or it follows
        another round noun in its sentence with no date of its own after it ("اختتم الوفدان
        جولتهما الثالثة …، بعد جلسة لم تتجاوز أربعين دقيقة"); not "جاء الاجتماع استكمالاً
        للجلسة التي عقدت في الثالث من الشهر"."""
        start, end, _ = self.triggers[index]
        if start not in self.session_starts:
            return False
        if self._sitting_between_parties(end):
            return False  # الجلسة التمهيدية بين وفدي الجيش والدعم السريع: its own parties
        if date_start is None and self.text[start:end].lstrip("وف").startswith(("ال", "بال", "لل")):
            return True  # قال عقب الجلسة: the sitting of the round told, named by its article
        if not index:
            return False
        return self.triggers[index - 1][0] >= sent_start and (
            date_start is None or date_start < end
        )

    def _career_clause(self, cue_start: int) -> bool:
        """Whether the cue at ``cue_start`` is a verb of taking part opening a relative
        clause (الذي شارك في، التي شاركت في، الذين يشاركون في): the clause tells who a
        person is by the talks they took part in, not a round of its own."""
        words = self.analysis.words_in(cue_start, min(len(self.text), cue_start + 12))[:1]
        if not words or self.text[words[0][0] : words[0][1]] not in self.participated:
            return False
        return _previous_words(self.analysis, cue_start, 1) in ([w] for w in self.relatives)
