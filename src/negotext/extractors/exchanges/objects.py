"""Objects: which words an action of exchanging or releasing takes as what it hands over.

The kind noun must be the action's object, not another noun's genitive (سلمت تقريراً عن
أوضاع المعتقلين). With no kind noun after it, the people may be named by a relative clause
(من تبقى لديها من مختطفين) or as members of a nation (مواطنين أميركيين، الفرنسيين فلان
وفلان), added further on by a word of adding (إضافة إلى 150 معتقلاً), or be the captives of
an exchange told before (تبادل جديد).

People counted or named by what they do with no kind noun (أفرجت عن 15 سعودياً، الإفراج عن
الصحفي) are read a layer above, in ``people``; the group told before whose part a release
counts (خمسة منهم) and all for all (الكل مقابل الكل) a layer below, in ``partitives`` and
``all_for_all``. The nationals stay here: the test of people right after the action
(``_released_right_after``) reads them, and they read the words after a release's marker
(``_after_release_marker``) and the kind of a swap's other half (``_other_half_kind``),
which the relative clause and the counted people share.
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

import regex

from negotext.extractors._common import Cue, bare, find_cues, has_break, sentence_range, tokens
from negotext.extractors.exchanges.kinds import _people_kind
from negotext.extractors.exchanges.partitives import _Partitives
from negotext.extractors.exchanges.text import (
    _definite,
    _full_stop,
    _nisba,
    _possessed,
    _sentence_break,
)
from negotext.records import ExchangeKind

if TYPE_CHECKING:
    from negotext.ar.numbers import Quantity

KIND_WINDOW = 60  # how far after the action word the kind noun may stand

#: A word in Latin letters: a name or its acronym beside the Arabic one (ELN، M23).
_LATIN = regex.compile(r"[A-Za-z0-9.\-]+")


class _Objects(_Partitives):
    """The exchange reader's objects: what an action takes as the people it hands over."""

    def _captives_come_back(self, verb: Cue) -> bool:
        """Whether counted captives are the subject right after a verb of coming back.

        "عاد 230 أسيراً أوكرانياً إلى بلادهم"، "وصل اليوم نحو 40 معتقلاً محرراً": a number
        (a hedge and a time phrase may stand before it) and a noun of captives right after it.
        The place they come from or reach may stand first (خرج من عوفر الشهر الماضي 150
        معتقلاً: see :meth:`_past_place_phrase`).
        """
        kind = next((k for k in self.kinds if k.start >= verb.end), None)
        if kind is None or kind.start - verb.end > 40 or has_break(self.text, verb.end, kind.start):
            return False
        if not bare(kind.word).startswith(self.captive_nouns):
            return False
        quantity = self._quantity_before(verb.end, kind.start)
        if quantity is None:
            # the captives with the article, counted by a number with the article after
            # them (عاد الأسرى الأحياء الثلاثون): the definite noun opens the clause
            return (
                _definite(self.text[kind.start : kind.end])
                and all(
                    self._covered(self.adverb_chars, s, e)
                    for s, e in self.analysis.words_in(verb.end, kind.start)
                )
                and self._definite_count_after(kind.end, min(len(self.text), kind.end + 50))
                is not None
            )
        if self._is_vague(self.text[quantity[0] : quantity[1]]):
            return False
        between = self.analysis.words_in(verb.end, quantity[0])
        if self.text[quantity[0] - 1 : quantity[0]] == "ب" or self.text[
            max(0, quantity[0] - 3) : quantity[0]
        ].strip() in ("بـ", "ب"):
            # coming back with them (وعاد المبعوث بستة محتجزين): the subject, at most two
            # words, is who brought them
            between = [w for w in between if w[1] < quantity[0] - 1]
            return len(between) <= 2 and all(
                _definite(self.text[s:e]) or self._covered(self.named_chars, s, e)
                for s, e in between
            )
        return all(
            self._covered(self.adverb_chars, s, e) or self._covered(self.hedge_chars, s, e)
            for s, e in self._past_place_phrase(between)
        )

    def _past_place_phrase(self, words: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """The words after a phrase of the place a verb of coming back opens with.

        "خرج من عوفر الشهر الماضي 150 معتقلاً"، "عاد إلى الوطن 40 أسيراً": من، إلى or عبر
        and at most two words up to a time phrase, a hedge or a number name where the
        captives come from or go to; the rest (a time phrase, a hedge, the number) is returned
        to be read as before. Words with no such phrase first are returned as they are.
        """
        if not words or self.text[words[0][0] : words[0][1]] not in ("من", "الي", "عبر"):
            return words
        place = 0
        for s, e in words[1:3]:
            if any(self._covered(chars, s, e) for chars in self._count_phrase_chars):
                break
            place += 1
        return words if place == 0 else words[1 + place :]

    @property
    def _count_phrase_chars(self) -> tuple[frozenset[int], ...]:
        """Where the words of a count's phrase are: time phrases, hedges and numbers."""
        return (self.adverb_chars, self.hedge_chars, self.number_chars)

    def _handing_with_pronoun(self) -> list[Cue]:
        """Verbs of handing over with an object pronoun: سلمتها، أعادتهم، تسلمهم.

        So are the verbal nouns of exchanging with one (اقترحنا تبادلها، مستعدون لمبادلتهم:
        ``exchange_exchanging_pronoun``), whose people are told before them as well.
        """
        found = []
        lists = {"exchange_handing_people": "hand", "exchange_exchanging_pronoun": "trade"}
        for cue in find_cues(self.analysis, lists, suffixes=True):
            written = self.text[cue.start : cue.end]
            if written.endswith(cue.word):
                continue
            suffix = written[written.rindex(cue.word) + len(cue.word) :]
            if suffix in self.object_suffixes:
                self.handed_pronoun.add(cue.start)
                if cue.label == "trade":
                    self.traded_pronoun.add(cue.start)
                found.append(cue)
        return found

    def _joined_later(self, action: Cue, limit: int, used: set[int]) -> Cue | None:
        """A counted kind noun added to the action's objects by a list word, further on.

        "تسلّم العراق من قسد ٦٠٠ عائلة عراقية من مخيم الهول، إضافة إلى ١٥٠ معتقلاً": the
        kind noun stands past the window, after another object, right after its number and
        a word of adding (``exchange_list_joiners``), in the same sentence. So does one
        after a verb of including whose subject is an exchange named with no kind (وجرت
        عملية التبادل …، وشملت 146 أسيراً: ``exchange_included``).
        """
        for kind in self.kinds:
            if kind.start <= action.end or kind.start in used:
                continue
            if kind.start > min(limit, action.end + 3 * KIND_WINDOW):
                return None
            if _full_stop(self.text, action.end, kind.start):
                return None
            if kind.label == ExchangeKind.DOCUMENTS.value:
                continue
            quantity = self._quantity_before(action.end, kind.start)
            if quantity is None:
                continue
            if any(0 <= quantity[0] - j.end <= 2 for j in self.list_joiners):
                return kind
            if self._resumed_after(action, quantity[0]):
                return kind  # الإفراج عن زعيمها، النائب الأول للرئيس، وعن أكثر من 20 من قيادييها
            if not self._released_verb(action) and any(
                0 <= quantity[0] - j.end <= 2 or self._only_hedges(j.end, quantity[0])
                for j in self.included + self.including
                if j.end <= quantity[0]
            ):
                return kind  # عمليات تبادل اتفق عليها الطرفان وتشمل نحو ألفي محتجز
        return self._people_included(action, limit)

    def _resumed_object(self, action: Cue, kind: Cue, limit: int, used: set[int]) -> Cue | None:
        """A counted kind noun after وعن further on in the sentence, past ``kind`` (uncounted)."""
        for later in self.kinds:
            if later.start <= kind.start or later.start in used:
                continue
            if later.start > min(limit, action.end + 3 * KIND_WINDOW) or _full_stop(
                self.text, action.end, later.start
            ):
                return None
            quantity = self._quantity_before(action.end, later.start)
            if quantity is not None and self._resumed_after(action, quantity[0]):
                return later
        return None

    def _resumed_after(self, action: Cue, position: int) -> bool:
        """Whether a repeated عن (وعن) right before ``position`` adds an object to the release.

        "الإفراج عن زعيمها رياك مشار، النائب الأول للرئيس، وعن أكثر من 20 من قيادييها
        المعتقلين": a release with عن, its first object and an apposition, then وعن and the
        counted people (a hedge may stand between): a second object of the same release.
        """
        after = tokens(self.text, action.end, action.end + 30)[:2]  # بالإفراج الفوري عن
        if not action.word.endswith("عن") and not any(self.text[s:e] == "عن" for s, e in after):
            return False
        words = tokens(self.text, max(action.end, position - 30), position)
        index = next(
            (i for i in range(len(words) - 1, -1, -1) if self.text[slice(*words[i])] == "وعن"),
            None,
        )
        return index is not None and self._only_hedges(words[index][1], position)

    def _people_included(self, action: Cue, limit: int) -> Cue | None:
        """People counted after a verb of including whose subject is an exchange.

        "ضمن صفقة تبادل شملت 24 شخصاً": a noun of people (``exchange_persons``) counted
        right after شملت / تضمنت, within the action's clause: detainees.
        """
        if self._released_verb(action):
            return None
        for verb in self.included:
            if verb.start < action.end or verb.start > min(limit, action.end + KIND_WINDOW):
                continue
            if has_break(self.text, action.end, verb.start):
                return None
            number = next((q for q in self.numbers if 0 <= q[0] - verb.end <= 2), None)
            if number is None:
                continue
            following = self.analysis.words_in(number[1], min(len(self.text), number[1] + 20))[:1]
            if not following:
                continue
            w_start, w_end = following[0]
            word = self.text[w_start:w_end]
            if word in self.persons or bare(word) in self.persons:
                self.counted_after[w_start] = number
                return Cue(w_start, w_end, word, ExchangeKind.DETAINEES.value)
        return None

    def _another_of_captives(self, action: Cue) -> Cue | None:
        """Another exchange of the captives told before, named with no kind noun.

        "اتفقا «من حيث المبدأ» على تبادل جديد «أكبر»"، "تعمل كييف على تبادل جديد": a word of
        exchanging (root بدل) with an adjective of novelty right after it
        (``exchange_novelty``) stands for an exchange of the kind of captives (prisoners,
        detainees, hostages) the article named last before it, in an earlier sentence; with
        none named there, nothing.
        The returned cue is the adjective, with that kind.
        """
        if "بادل" not in action.word:
            return None
        following = self.analysis.words_in(action.end, min(len(self.text), action.end + 20))[:1]
        if not following or has_break(self.text, action.end, following[0][0]):
            return None
        start, end = following[0]
        if self.text[start:end] not in self.novelty:
            return None
        captives = (
            ExchangeKind.PRISONERS.value,
            ExchangeKind.DETAINEES.value,
            ExchangeKind.HOSTAGES.value,
        )
        last = next(
            (k for k in reversed(self.kinds) if k.end <= action.start and k.label in captives),
            None,
        )
        sent_start, _ = sentence_range(self.analysis, action.start)
        if last is None or last.start >= sent_start:
            # عودة 95 أسيراً … في إطار عملية تبادل جديدة: in the sentence of the release, the
            # exchange that release belongs to, not another
            return None
        return Cue(start, end, self.text[start:end], last.label)

    def _stage_adjective(self, words: list[tuple[int, int]], index: int, action: Cue) -> bool:
        """Whether the word at ``index`` is the ordinal or adjective of a batch noun before it.

        "دفعة أولى من"، "الدفعة الثالثة من"، "دفعة جديدة من": a noun of a stage or batch
        (``exchange_stage_nouns``) and its ordinal or adjective (``exchange_later``,
        ``exchange_stage_adjectives``); the people after من are the batch's. The batch noun
        may be the action itself (دفعة is a word of exchanging).
        """
        stages = self.analysis.word_set("exchange_stage_nouns")
        adjectives = self.analysis.word_set("exchange_later") | self.analysis.word_set(
            "exchange_stage_adjectives"
        )
        w_start, w_end = words[index]
        p_start, p_end = words[index - 1] if index >= 1 else (action.start, action.end)
        return (
            bare(self.text[w_start:w_end]) in adjectives
            and bare(self.text[p_start:p_end]) in stages
            and not has_break(self.text, p_end, w_start)
        )

    def _rate_unit(self, kind: Cue) -> bool:
        """Whether the kind noun is the unit of a rate after counted people, no one released.

        "بواقع 15 جثماناً عن كل رهينة"، "20 أسيراً مقابل كل جندي"، "15 جثماناً مقابل رفات كل
        رهينة": كل with no article before the noun (each one, not all: عن كل الأسرى is all of
        them), after عن, لكل or a word of return (past one noun of bodies: رفات، جثة), with
        a number within the three words before that: the noun counts what each of the
        other side's is worth, the people handed over are the number's.
        """
        text = self.text
        words = self.analysis.words_in(max(0, kind.start - 80), kind.start)[-7:]
        written = [text[s:e] for s, e in words]
        if not written or written[-1] not in ("كل", "لكل"):
            return False
        index = len(written) - 1
        if written[index] == "كل":
            index -= 1
            if index >= 0 and bare(written[index]) in self.analysis.word_set(
                "exchange_kind_bodies"
            ):
                index -= 1  # مقابل رفات كل رهينة
            if index < 0 or not (written[index] == "عن" or bare(written[index]) in self.in_return):
                return False
        return any(
            self._covered(self.number_chars, *words[j]) for j in range(max(0, index - 3), index)
        )

    def _governed(self, action: Cue, kind: Cue) -> bool:
        """Whether the kind noun can be the action's object, not another noun's genitive.

        Stepping back from the kind noun over its number, a hedge, a quantifier (جميع،
        بقية، عدد من), people and demonyms, the word before must be the action or its
        marker (عن، سراح), a subject (a definite word or a named entity), a comma, or a verb
        of including right after the action (صفقة تبادل تشمل نحو 1400 محتجز). A word
        without the article there is a noun in the construct state or a preposition: the
        kind is another noun's (سلمت الحكومة تقريراً عن أوضاع المعتقلين، أطلقت النار على
        المعتقلين، لدعم عائلات 200 أسير، أعادت فتح ملف المعتقلين).
        """
        text = self.text
        words = tokens(text, action.end, kind.start)
        if action.start in self.returns:
            words = self._past_place_phrase(words)  # خرج من عوفر الشهر الماضي 150 معتقلاً
        if self._thing_held(words, kind):
            return False  # أفرجت عن 12 شاحنة كانت محتجزة، عن الناقلة المحتجزة: things held
        if self._rate_unit(kind):
            return False  # أفرجت عنها، بواقع 15 جثماناً عن كل رهينة: the rate's unit

        def position_is_partitive(at: int) -> bool:
            # a noun after "N من" (or two: ثلاثة من قادة الحركة), the kind its adjective
            return text.startswith("ال", kind.start) and any(
                text[words[j][0] : words[j][1]] == "من"
                and self._covered(self.number_chars, *words[j - 1])
                for j in range(max(1, at - 2), at)
            )

        index = len(words) - 1
        while index >= 0:
            w_start, w_end = words[index]
            word = text[w_start:w_end]
            following = kind.start if index == len(words) - 1 else words[index + 1][0]
            if has_break(text, w_end, following) or ")" in text[w_end:following]:
                return True  # a parenthetical or an apposition closes before
            skippable = (
                self._covered(self.number_chars, w_start, w_end)
                or self._covered(self.hedge_chars, w_start, w_end)
                or word in self.vague
                or bare(word) in self.vague
                or word in self.quantifiers
                or bare(word) in self.quantifiers
                or word == "من"
                or self._covered(self.adverb_chars, w_start, w_end)
                or (word in ("في", "خلال", "منذ", "يوم") and self._adverb_at(following))
                or word in self.persons
                or bare(word) in self.persons
                or word in self.copulas
                or self._demonym_at(w_start)
                or word in self.demonstratives  # بالإفراج عن هؤلاء المحتجزين
                or word.removeprefix("و") in self.returns_for_them  # أعادت مقابلهما 30 جثماناً
                or (  # تبادلاً لـ 84 أسيراً: ل before the number, apart or joined (لـ84)
                    word in ("ل", "لـ")
                    and index + 1 < len(words)
                    and self._covered(self.number_chars, *words[index + 1])
                )
                or (word.startswith("ل") and self._covered(self.number_chars, w_start + 1, w_end))
                or (  # وعاد المبعوث بستة محتجزين: came back with them
                    action.start in self.returns
                    and word.startswith("ب")
                    and self._covered(self.number_chars, w_start + 1, w_end)
                )
            )
            if not skippable and self._stage_adjective(words, index, action):
                index -= 1  # عن دفعة أولى من 40 أسيراً: the batch's own adjective
                continue
            if not skippable and index >= 1 and position_is_partitive(index):
                index -= 1  # 20 من قيادييها المعتقلين: the people the number counts
                continue
            if not skippable:
                via = self._via_before(words, index)
                if via is None:
                    break
                index = via  # سلّمت السلطات عبر معبر تورخم جثث 7 جنود: over the route
            index -= 1
        if index < 0:
            return True  # the kind noun's phrase starts right after the action
        w_start, w_end = words[index]
        word = text[w_start:w_end]
        if (
            index == len(words) - 1
            and kind.word.startswith("عسكري")
            and _definite(text[kind.start : kind.end])
            and (_definite(word) or self._covered(self.named_chars, w_start, w_end))
        ):
            return False  # المجلس العسكري، المسؤولين العسكريين: the adjective of a noun
        if word in ("عن", "سراح", "وعن") or any(
            position in self.named_chars for position in range(w_start, w_end)
        ):
            return True  # وعن: الإفراج عنه وعن 20 من قيادييها, a second object
        if self._covered(self.action_chars, w_start, w_end):
            return True  # صفقة لتبادل الجثث: another word of exchanging
        if self._covered(self.joiner_chars, w_start, w_end):
            return True  # تسلّمت …، إلى جانب جثامين ثلاثة مهربين
        after = kind.start if index == len(words) - 1 else words[index + 1][0]
        if index == 0 and text.startswith("ل", after):
            return True  # تبادل جديد للأسرى، تبادل شامل لكل الأسرى: an adjective, then ل
        if word in self.linking:
            if self._paper_before(words, index):
                return False  # سلّمت قائمة تضم 391 سجيناً: the people a list names
            if self._containers_before(action.end, kind) is not None:
                return True
            return any(
                0 <= w_start - a.end <= 40 and len(tokens(text, a.end, w_start)) <= 2
                for a in self.actions
            )
        if index == len(words) - 1 and _possessed(word) and text.startswith("ال", kind.start):
            return True  # عن ذويهم المعتقلين: a noun with a possessive is definite, the kind its adjective
        if index >= 1 and text[words[index - 1][0] : words[index - 1][1]] == "كل":
            return True  # سلّم كل طرف للآخر 18 أسيراً: each side, a subject
        if self._conjoined_subject(action, words, index):
            return True  # وتبادلت الحكومة وفصائل معارضة جثث 9 قتلى: a second subject
        if _definite(word):
            if text.startswith("و", kind.start) and index > 0:  # أسر الشهداء والأسرى
                p_start, p_end = words[index - 1]
                before = text[p_start:p_end]
                return _definite(before) or before in ("عن", "سراح")
            return True
        return False

    def _paper_before(self, words: list[tuple[int, int]], index: int) -> bool:
        """Whether a noun of documents stands right before the verb of containing at ``index``.

        "سلّمت نيودلهي قائمة تضم 391 سجيناً"، "سلّم الوفد كشوفات تتضمن 300 محتجز": the people
        are what the list or paper names, as with قائمة بأسماء (see ``_listed_in_papers``): a
        list handed over by one side is a step of the talks, not a release of its people.
        """
        if index < 1:
            return False
        w_start, w_end = words[index - 1]
        word = self.text[w_start:w_end]
        papers = self.analysis.word_set("exchange_kind_documents") | self.documents_exchanged
        return bool({word, word.removesuffix("ا"), bare(word)} & papers)

    def _conjoined_subject(self, action: Cue, words: list[tuple[int, int]], index: int) -> bool:
        """Whether ``words[index]`` ends a second subject joined by و to a definite first one.

        "وتبادلت الحكومة وفصائل معارضة هذا الأسبوع جثث 9 قتلى": after a past verb (its
        subject after it), a definite or named subject right after the verb, then و and an
        indefinite noun with at most one adjective: the kind noun is still the verb's object.
        """
        text = self.text
        verb = text[action.start : action.end].removeprefix("و").removeprefix("ف")
        if not verb.endswith(("ت", "وا", "تا")) or " " in verb or index < 1 or index > 3:
            return False
        first_start, first_end = words[0]
        if not (
            _definite(text[first_start:first_end])
            or self._covered(self.named_chars, first_start, first_end)
        ):
            return False
        joined = next((j for j in range(1, index + 1) if text.startswith("و", words[j][0])), None)
        return (
            joined is not None
            and index - joined <= 1
            and not has_break(text, action.end, words[index][1])
            and not any(text[s:e] in self.prepositions for s, e in words[: index + 1])
        )

    def _via_before(self, words: list[tuple[int, int]], index: int) -> int | None:
        """Where a phrase of the route or the go-between ending at ``words[index]`` starts.

        "عبر معبر تشونغ تشوم"، "بوساطة قطرية"، "عن طريق الصليب الأحمر": a word of
        ``exchange_via`` and at most four words of its noun phrase, none a preposition that
        would make the kind noun another word's (سلمت عبر وسطاء تقريراً عن أوضاع المعتقلين).
        """
        for start in range(index, max(-1, index - 5), -1):
            if words[start][0] in self.via_starts:
                phrase = [self.text[s:e] for s, e in words[start + 1 : index + 1]]
                if any(w in self.prepositions for w in phrase):
                    return None
                return start
        return None

    def _released_right_after(self, action: Cue) -> bool:
        """Whether a kind noun follows the action with at most its number, a hedge and a named
        subject between.

        "إطلاق نحو 1500 أسير"، "إطلاق الأسرى"، "استعادت كييف جثامين 909 جنود": a release;
        "إطلاق النار على الأسرى"، "استعاد الجيش السيطرة على … وأسر 20 جندياً": none.
        With its people as a pronoun right after it (وتطالب بإطلاق سراحهم) it is a release
        of people told before. A word of moving (نقل 400 محتجز) hands over captives, not
        fighters (نقل 9 آلاف مقاتل إلى مناطق التجميع).
        """
        following = self.analysis.words_in(action.end, min(len(self.text), action.end + 60))
        for index, (w_start, w_end) in enumerate(following[:5]):
            # بإطلاق الميليشيا سراحهم: a subject may stand between
            word = self.text[w_start:w_end]
            if has_break(self.text, action.end, w_start):
                break
            if word.startswith("سراح") and word in self.object_pronouns:
                return True
            if (
                word == "سراح"
                and index > 0
                and self._person_named_at(w_end, following[index + 1 :])
            ):
                return True  # مقابل إطلاق واشنطن سراح رجل الأعمال فلان: one person
            if not self._subject_or_adjective(w_start, w_end):
                break
        if self._nationals_right_after(action):
            return True
        leading = [self.text[s:e] for s, e in following[:2]]
        if (  # وتطالب بيروت بإطلاق الباقين: the rest of the people told before
            leading
            and _definite(leading[0])
            and bare(leading[0]) in self.analysis.word_set("exchange_remainder")
        ):
            return True
        if (  # بإطلاق من تبقى لديها من مختطفين: a relative clause of the people held
            "من" in leading
            and (leading[0] == "من" or bare(leading[0]) in self.quantifiers)
            and self._relative_object(action, len(self.text), direct=True) is not None
        ):
            return True
        kind = next((k for k in self.kinds if k.start >= action.end), None)
        if kind is None or kind.label == ExchangeKind.DOCUMENTS.value:
            return False
        if (
            action.word.removeprefix("و") in self.analysis.word_set("exchange_transfer")
            and kind.label == ExchangeKind.PRISONERS.value
            and not bare(kind.word).startswith(self.prisoner_nouns)
        ):
            return False  # نقل 9 آلاف مقاتل: fighters moved, not captives handed over
        start, end = action.end, kind.start
        words = self.analysis.words_in(start, end)
        freed = next((i for i, w in enumerate(words[:4]) if self.text[w[0] : w[1]] == "سراح"), None)
        if words and self.text[words[-1][0] : words[-1][1]] == "من":
            words = words[:-1]  # استعادت 84 من جنودها
        if freed is not None:  # مقابل إطلاق الحكومة سراح نحو 400 معتقل: any subject before سراح
            words = words[freed + 1 :]
        for index, (w_start, w_end) in enumerate(words):
            if any(q_start <= w_start and w_end <= q_end for q_start, q_end, _ in self.numbers):
                continue
            if any(e_start <= w_start and w_end <= e_end for e_start, e_end in self.named):
                continue  # a named subject: استعادت كييف جثامين 909 جنود
            if self._covered(self.adverb_chars, w_start, w_end):
                continue  # أطلقت الحركة بدورها 12 جندياً: an adverb or a time phrase
            if index == 0 and freed is None and _definite(self.text[w_start:w_end]):
                continue  # a subject the gazetteer does not name: استلمت الحكومة جثامين 12
            if any(h.start <= w_start and w_end <= h.end for h in self.hedges):
                continue
            if self.text[w_start:w_end] in self.quantifiers:
                continue  # إطلاق جميع الأسرى الجرحى
            return False
        return not has_break(self.text, start, end)

    def _person_named_at(self, position: int, spans: list[tuple[int, int]]) -> bool:
        """Whether the words of ``spans``, right after ``position`` with no clause break, open
        with a person named by what they do or by their nationality, as the object of a
        release: a singular noun of
        ``exchange_person_roles`` (رجل الأعمال، الدبلوماسي، صحفي), or a demonym with the
        article (الأمريكي فلان، الفرنسيين فلان وفلان; see :meth:`_nationals_named`).

        After a verbal noun of releasing with its subject between it and سراح (مقابل إطلاق
        واشنطن سراح رجل الأعمال فلان) they make the verbal noun a release of that person.
        """
        if not spans or has_break(self.text, position, spans[0][0]):
            return False
        w_start, w_end = spans[0]
        word = self.text[w_start:w_end]
        if word in self.person_roles or bare(word) in self.person_roles:
            return True
        return _definite(word) and len(word) >= 6 and self._demonym_at(w_start)

    def _relative_object(self, action: Cue, limit: int, direct: bool = False) -> Cue | None:
        """Those the release names by a relative clause of holding, right after its marker.

        "بإطلاق من تبقى لديها من مختطفين"، "أطلقنا كل من كان لدينا من أسرى الجيش"، "بإطلاق
        سراح جميع من تحتجزهم": after عن / سراح (or a bare release), a quantifier of all may
        stand, then the relative من and a clause of at most three words with no preposition
        but a holder's لدى. The people are the kind noun of the من that explains the relative
        (من مختطفين، من أسرى), or, with none, the pronoun of a verb of holding in the clause
        (تحتجزهم: detainees, or hostages where the kind named last before is hostages).
        ``direct``: the action is a bare release, its object right after it (بإطلاق من …).
        """
        text = self.text
        if direct or action.start in self.direct_release:
            spans = self.analysis.words_in(action.end, min(limit, action.end + 80))[:7]
        else:
            spans = self._after_release_marker(action, min(limit, action.end + 80), 7) or []
        words = [text[s:e] for s, e in spans]
        first = 1 if words[:1] and bare(words[0]) in self.quantifiers else 0
        if words[first : first + 1] != ["من"] or has_break(text, action.end, spans[first][0]):
            return None
        for index in range(first + 1, min(len(spans), first + 5)):
            w_start, w_end = spans[index]
            if has_break(text, spans[first][1], w_start):
                return None
            word = words[index]
            if word == "من" and index > first + 1 and index + 1 < len(spans):
                kind = next(
                    (
                        k
                        for k in self.kinds
                        if k.start == spans[index + 1][0]
                        and k.label != ExchangeKind.DOCUMENTS.value
                    ),
                    None,
                )
                return kind  # من تبقى لديها من مختطفين: the people the relative names
            if word in self.prepositions and word not in self.holders:
                return None
            if any(c.start == w_start for c in self.holding):
                previous = [k for k in self.kinds if k.end <= action.start]
                return Cue(w_start, w_end, word, _people_kind(previous, people=True))
        return None

    def _nationals_right_after(self, action: Cue) -> bool:
        """Whether people counted by nationality are the action's object right after it.

        "مقترحاً لإطلاق 20 سعودياً مقابل …"، "إطلاق نحو 15 أردنياً"، "مقابل إطلاق واشنطن خمسة
        إيرانيين"، "بإطلاق سبعة منهم": a number, with only a named subject and a hedge
        before it, and a demonym or a relative adjective of nationality (سعودياً، إيرانيين)
        or منهم (some of the people told before) right after it, in the same clause; or two
        nationals told by the dual of their demonym, the number after it (لإطلاق أمريكيَّين
        اثنين, see :meth:`_pair_of_a_nation`).
        """
        following = self.analysis.words_in(action.end, min(len(self.text), action.end + 40))[:2]
        if (
            following
            and not has_break(self.text, action.end, following[0][0])
            and self._pair_of_a_nation(following) is not None
        ):
            return True
        number = next((q for q in self.numbers if q[0] >= action.end), None)
        if number is None or has_break(self.text, action.end, number[0]):
            return False
        between = [
            (s, e)
            for s, e in self.analysis.words_in(action.end, number[0])
            if not self._covered(self.named_chars, s, e)  # مقابل إطلاق واشنطن خمسة إيرانيين
            and not self._covered(self.adverb_chars, s, e)  # أطلقت بموجبها طهران خمسة …
        ]
        if between and not self._only_hedges(between[0][0], number[0]):
            return False
        following = self.analysis.words_in(number[1], min(len(self.text), number[1] + 30))[:1]
        if not following or has_break(self.text, number[1], following[0][0]):
            return False
        w_start, w_end = following[0]
        word = self.text[w_start:w_end]
        if word in ("منهم", "منهن"):
            return True  # بإطلاق سبعة منهم: some of the people told before
        return _nisba(word) or self._demonym_at(w_start)

    def _kind_reach(self, action: Cue) -> int:
        """How far the kind noun may stand: further past a parenthetical between two commas.

        "تبادلت الحكومة وقوات سوريا الديمقراطية (قسد)، برعاية التحالف الدولي، نحو 250
        معتقلاً": the subject and the parenthetical stand between the verb and its object.
        """
        reach = action.end + KIND_WINDOW
        window = self.text[action.end : action.end + 2 * KIND_WINDOW]
        if window[:KIND_WINDOW].count(",") >= 1 and window.count(",") >= 2:
            return action.end + 2 * KIND_WINDOW
        return reach

    def _object_cut_off(self, start: int, end: int) -> bool:
        """Whether a break parts an action from a kind noun in ``text[start:end]``.

        A sentence break does (see ``text._sentence_break``); commas do past two, but a time
        phrase between two commas is an aside that counts none: "سلّمت كتائب القسام، الجناح
        العسكري للحركة، مساء الأربعاء، رفات رهينة"، "تبادل البلدان، الخميس الأول من يناير،
        عبر القنوات الدبلوماسية، قوائم السجناء": the subject, its apposition or the route,
        and the time between verb and object, each set off by commas.
        """
        text = self.text
        if not _sentence_break(text, start, end):
            return False
        gap = text[start:end]
        if any(mark in gap for mark in ".;:!?\n"):
            return True
        commas = [start + i for i, ch in enumerate(gap) if ch == ","]
        asides = 0
        for left, right in itertools.pairwise(commas):
            words = self.analysis.words_in(left + 1, right)
            if words and all(
                self._covered(self.adverb_chars, s, e) or self._covered(self.date_chars, s, e)
                for s, e in words
            ):
                asides += 1
        return len(commas) - asides > 2

    def _subject_or_adjective(self, start: int, end: int) -> bool:
        """Whether a word may stand between a release and its object pronoun.

        A subject (a definite word or a name: ثم أفرجت السلطات المحلية عنهم، قبل أن تفرج
        كينشاسا عنهم), a time phrase (أفرجت الحكومة أمس عنهم) or an adjective of the verbal
        noun (بالإفراج الفوري وغير المشروط عنهم).
        """
        word = self.text[start:end]
        return (
            _definite(word)
            or word in ("غير", "وغير")
            or self._covered(self.named_chars, start, end)
            or self._covered(self.adverb_chars, start, end)
            or _LATIN.fullmatch(word) is not None  # جيش التحرير الوطني (ELN)
        )

    def _other_half_kind(self, start: int, limit: int) -> list[Cue]:
        """The kind noun of a swap's other half: مقابل, then a kind noun in the same clause.

        People told by nationality alone (20 سعودياً) are exchanged for what follows
        مقابل (250 من عناصر الجماعة، 100 أسير): they are of its kind. Only مقابل within
        four words after them, and its kind noun within six words after it, with no break.
        """
        words = self.analysis.words_in(start, min(limit, start + 120))
        for index, (w_start, w_end) in enumerate(words[:4]):
            if has_break(self.text, start, w_start):
                return []
            if self.text[w_start:w_end] != "مقابل":
                continue
            after = words[index + 1 : index + 7]
            bound = after[-1][1] if after else w_end
            kind = next(
                (
                    k
                    for k in self.kinds
                    if w_end <= k.start < bound and not has_break(self.text, w_end, k.start)
                ),
                None,
            )
            if kind is None:
                return []
            return [Cue(kind.start, kind.end, kind.word, self._kind_of(kind).value)]
        return []

    def _restricted_negation(self, action: Cue) -> int | None:
        """Where a past negation of the action starts, when an exception after it undoes it.

        "لم يُفرج منذ آذار إلا عن خمسة"، "لم تسلّم حتى اليوم سوى عشرة منها"، "لم تفرج عن آخر
        404 منهم إلا في أغسطس 2005": «لم … إلا / سوى» restricts what was done ("released only
        five", "released them only in August"); it does not deny it. Only the past negation
        (لم): «لن نفرج عنهم إلا بعد …» sets a condition on what is yet to come. The particle
        must stand within six words of the action, with no clause break between. None when
        the action is not so negated (the evidence starts at the negation otherwise).
        """
        before = self.analysis.words_in(max(0, action.start - 12), action.start)[-1:]
        if not before or self.text[before[0][0] : before[0][1]] not in ("لم", "ولم", "فلم"):
            return None
        words = self.analysis.words_in(action.end, min(len(self.text), action.end + 80))[:6]
        for w_start, w_end in words:
            if has_break(self.text, action.end, w_start):
                return None
            if self.text[w_start:w_end] in self.exceptions:
                return before[0][0]
        return None

    def _hands_their_own(self, action: Cue, kind: Cue) -> bool:
        """Whether the people after a verb of handing over are its subject, not its object.

        "سلّم نحو 26 ألف مقاتل أسلحتهم"، "سلّم 40 جندياً أنفسهم": right after the people
        stands a noun with their pronoun (هم، هن), the thing they hand over.
        """
        if action.word not in self.handing_people or kind.label == ExchangeKind.BODIES.value:
            return False
        if any(
            self.text[s:e] in ("عن", "سراح") for s, e in tokens(self.text, action.end, kind.start)
        ):
            return False
        after = kind.end
        words = tokens(self.text, kind.end, min(len(self.text), kind.end + 40))
        if [self.text[s:e] for s, e in words[:2]] == ["من", "اصل"] and len(words) > 2:
            # سلّم نحو 26 ألف مقاتل من أصل 40 ألفاً أسلحتهم: past the whole they are part of
            total = next((q for q in self.numbers if q[0] == words[2][0]), None)
            if total is not None:
                after = total[1]
        following = tokens(self.text, after, min(len(self.text), after + 20))[:1]
        if not following or has_break(self.text, kind.end, following[0][0]):
            return False
        word = self.text[following[0][0] : following[0][1]]
        stem = word[:-2]  # بينهم، منهم، جميعهم، معظمهم: some of the people, not a thing of theirs
        return (
            word.endswith(("هم", "هن"))
            and len(stem) >= 4
            and stem not in self.quantifiers
            and stem not in ("معظم", "اغلب", "غالبيت")
            and stem not in self.capture_words  # أربعين جندياً أسرتهم: whom it captured
            and word not in self.capture_words | self.analysis.word_set("exchange_holding")
        )

    def _hands_weapons(self, action: Cue, kind: Cue) -> bool:
        """Whether a verb of handing over hands weapons, not the people told with it.

        "سلّم نحو 70 مقاتلاً من حركة X أسلحتهم"، "عفو يشمل من يسلّم سلاحه، وقد أصدرت عفواً عن
        200 مقاتل": a noun of weapons (``exchange_weapons``: سلاح، أسلحة, with the article or an
        owner's pronoun) right after the verb, or after the people in their clause (past their
        group, من حركة X) with no preposition before it, is what is handed: a disarmament, no
        exchange. The people are its subject, or someone else's.
        """
        if action.word not in self.handing_people or kind.label == ExchangeKind.BODIES.value:
            return False
        stems = self.analysis.word_set("exchange_weapons")

        def weapons(word: str) -> bool:
            word = word.removeprefix("و")
            return any(
                word.removeprefix(lead).startswith(stem) for lead in ("ال", "") for stem in stems
            )

        first = tokens(self.text, action.end, min(len(self.text), action.end + 20))[:1]
        if first and first[0][0] < kind.start and weapons(self.text[first[0][0] : first[0][1]]):
            return True  # يسلّم سلاحه: the weapons are its object
        after = tokens(self.text, kind.end, min(len(self.text), kind.end + 120))[:10]
        for start, end in after:
            if has_break(self.text, kind.end, start) or "،" in self.text[kind.end : start]:
                return False
            word = self.text[start:end]
            if weapons(word):
                return True  # سلّم 70 مقاتلاً من الحركة أسلحتهم: the people are its subject
            if word in ("الي", "ل", "مقابل", "في", "عبر") or word.startswith(("لل", "الي")):
                return False  # إلى ذويهم، مقابل …: what follows is no object of the verb
        return False

    def _people_of_a_nation(self, action: Cue, limit: int) -> Cue | None:
        """Civilians of a nation released, with no number: سراح مواطنين أميركيين تحتجزهم إيران.

        Right after عن / سراح, a plural noun of people (``exchange_persons``) and a demonym:
        detainees (hostages where the kind named last is hostages), with no count.
        """
        text = self.text
        spans = self._after_release_marker(action, min(limit, action.end + 60), 7)
        if not spans or len(spans) < 2 or _sentence_break(text, action.end, spans[0][0]):
            return None
        if has_break(text, spans[0][0], spans[1][1]):
            return None
        word = text[spans[0][0] : spans[0][1]]
        if not (word in self.persons or bare(word) in self.persons):
            return None
        if not word.endswith(("ين", "ون")) or word in self.singular:
            return None  # a plural of people (مواطنين، صحفيين), not one person
        d_start, d_end = spans[1]
        nisba = text[d_start:d_end].endswith(("يين", "يون"))
        if not nisba and not self._demonym_at(d_start):
            return None
        previous = [k for k in self.kinds if k.end <= action.start]
        return Cue(spans[0][0], d_end, text[spans[0][0] : d_end], _people_kind(previous, True))

    def _after_release_marker(
        self, action: Cue, end: int, count: int
    ) -> list[tuple[int, int]] | None:
        """The first ``count`` words up to ``end`` after the عن / سراح of a release.

        The action may end with the marker (أفرجت عن، أطلقت سراح) or have it after a subject of
        at most four words, any time phrase and a place phrase (أفرجت طهران بموجبها عن مواطنين
        …، أفرجت سلطات الإقليم الشهر الماضي عن …، أفرجت سلطات الأمر الواقع في الإقليم عن …);
        a time phrase set off by two commas is a parenthetical, no clause break (أفرجت
        السلطات، مساء الثلاثاء، عن …: see :meth:`_time_between_commas`). None without one.
        """
        if action.word.endswith(("عن", "سراح")):
            return self.analysis.words_in(action.end, end)[:count]
        spans = self.analysis.words_in(action.end, end + 40)
        subject = 0  # words of the subject, a time phrase not counted (الشهر الماضي)
        aside = self._time_between_commas(action.end, spans)
        for index, (w_start, w_end) in enumerate(spans):
            if self.text[w_start:w_end] in ("عن", "سراح"):
                return [t for t in spans[index + 1 : index + 1 + count] if t[1] <= end + 40]
            if aside is not None and aside[0] <= w_start < aside[1]:
                continue  # مساء الثلاثاء between its two commas: when, no word of the subject
            after = spans[index + 1] if index + 1 < len(spans) else None
            dated = self._covered(self.date_chars, w_start, w_end) or (
                self.text[w_start:w_end] == "في"
                and after is not None
                and self._covered(self.date_chars, *after)
            )  # أفرجت طهران في سبتمبر 2023 عن …: a date with its في is a time phrase too
            # سلطات الأمر الواقع في الإقليم: the place its في names is no word of the subject
            before = self.text[spans[index - 1][0] : spans[index - 1][1]] if index else ""
            placed = (
                self.text[w_start:w_end] == "في"
                and after is not None
                and self._covered(self.named_chars, *after)
            ) or (before == "في" and self._covered(self.named_chars, w_start, w_end))
            if not (dated or placed) and not self._covered(self.adverb_chars, w_start, w_end):
                subject += 1
            if subject > 4 or has_break(self.text, action.end, w_start):
                return None
        return None

    def _time_between_commas(
        self, start: int, spans: list[tuple[int, int]]
    ) -> tuple[int, int] | None:
        """Where a time phrase set off by two commas after a verb's subject lies, if one does.

        "أفرجت السلطات الإيرانية، مساء الثلاثاء، عن …"، "أفرجت سلطات البلاد، صباح اليوم، عن …":
        news writing sets the time of the event between two commas after the subject; the
        phrase is a parenthetical, no clause break between the verb and its object. The first
        comma after ``start`` opens it, every word up to the next comma is a time word or an
        adverb (the dates and ``exchange_adverbs``), and the next word after that comma is عن
        or سراح. Returns the range from the first comma to the second, else None.
        """
        text = self.text
        opening = next((i for i, (s, _) in enumerate(spans) if has_break(text, start, s)), None)
        if not opening:
            return None  # no break, or one before the subject's first word
        first = spans[opening - 1][1]
        if text[first : spans[opening][0]].strip() != ",":
            return None
        for index in range(opening + 1, len(spans)):
            w_start, w_end = spans[index]
            previous = spans[index - 1]
            if not (
                self._covered(self.adverb_chars, *previous)
                or self._covered(self.date_chars, *previous)
            ):
                return None
            if has_break(text, previous[1], w_start):
                closing = text[previous[1] : w_start].strip() == ","
                if closing and text[w_start:w_end] in ("عن", "سراح"):
                    return text.index(",", first), w_start
                return None
        return None

    def _nationals_named(self, action: Cue, start: int, end: int) -> Cue | None:
        """People released named by their nationality and their names, right after عن / سراح.

        "أفرجت طهران عن الفرنسيين سيسيل مارتان وجان دوبوا"، "أفرجت موسكو عن الأمريكي بول
        ويلان مقابل …": a demonym with the article, then the names (at most four words each,
        joined by و) up to a break, a preposition, مقابل, a date or a word with the article.
        Their number is the count: one after a singular demonym, as many as the names (two
        or more) after a plural one. Of the kind named before them in the sentence, else of
        the swap's other half, else detainees (see ``_people_kind``).
        """
        text = self.text
        word = text[start:end]
        if not _definite(word) or len(word) < 6 or not self._demonym_at(start):
            return None
        stops = {"مقابل", "في", "من", "الي", "علي", "بعد", "منذ", "عبر", "قبل", "خلال"}
        stops |= {"الذي", "الذين", "اللذين", "التي", "كان", "كانا", "كانوا", "بموجب"}
        names, length = 0, 0
        for w_start, w_end in self.analysis.words_in(end, min(len(text), end + 90))[:10]:
            if has_break(text, end, w_start):
                break
            name = text[w_start:w_end]
            if (
                name in stops
                or _definite(name)
                or w_end - 1 in self.number_chars
                or self._covered(self.date_chars, w_start, w_end)
                or any(k.start == w_start for k in self.kinds)
            ):
                break
            if length == 0 or (name.startswith("و") and len(name) > 2):
                names, length = names + 1, 1
            else:
                length += 1
            if length > 4:
                return None
        plural = word.endswith(("يين", "يون", "يان", "يتين", "يات"))
        if names == 0 or (plural and names < 2):
            return None
        if not plural:
            names = 1  # الأمريكي بول ويلان: one person, whatever letter the surname opens with
        sent_start, sent_end = sentence_range(self.analysis, action.start)
        previous = [k for k in self.kinds if sent_start <= k.start and k.end <= action.start]
        if not previous:
            previous = self._other_half_kind(end, sent_end)
        self.named_count[start] = names
        return Cue(start, end, word, _people_kind(previous, people=False))

    def _pair_of_a_nation(self, spans: list[tuple[int, int]]) -> tuple[int, int, Quantity] | None:
        """The number two after the dual of a demonym: أمريكيَّين اثنين، إيرانيان اثنان.

        Arabic writes one and two after the counted noun, and a pair of nationals is the
        dual of the demonym (أمريكيَّين، فرنسيَّين) with اثنين / اثنان after it: the first of
        ``spans`` is such a dual (a nisba ending يين / يان, or a demonym of the gazetteer)
        and the number right after it, in its clause, is two. None otherwise.
        """
        text = self.text
        w_start, w_end = spans[0]
        word = text[w_start:w_end]
        nisba = w_end - w_start >= 5 and word.endswith(("يين", "يان"))
        if not nisba and not self._demonym_at(w_start):
            return None
        number = next((q for q in self.numbers if w_end < q[0] <= w_end + 2), None)
        if number is None or number[2].value != 2 or has_break(text, w_end, number[0]):
            return None
        return number
