"""Kinds: what a kind noun names in its article, prisoners, detainees, hostages or bodies.

A kind noun's word list gives its first reading; the article may change it. The held
(المحتجزين) are hostages where the article names hostages by their own noun; the kidnapped
are detainees where one side calls the other's captives so; members of an armed force are
prisoners; people of a nation the article calls hostages are hostages. Also whether a kind
noun can be the action's at all (things held, documents only exchanged).
"""

from __future__ import annotations

import functools

import regex

from negotext.extractors._common import Cue, bare, has_break, sentence_range, tokens
from negotext.extractors.exchanges.counts import _Counts
from negotext.extractors.exchanges.mention import _Mention
from negotext.extractors.exchanges.text import _nisba, _sentence_break, _without_object_pronoun
from negotext.records import ExchangeKind

#: Relative pronouns that open a clause on the people named before them (الذي احتجزته).
_RELATIVES = frozenset({"الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي"})
#: How many words of a phrase on the soldiers' noun (من الجيش الحكومي، ورجال شرطة، the
#: subject of كانت … تحتجزهم) may stand before the words that tell them held.
_PHRASE_WORDS = 6
#: How many words of a name or phrase (قوة أمن الحدود فلان الفلاني) may stand between the
#: soldiers' noun and a relative pronoun whose clause tells them held (الذي احتجزه).
_NAME_WORDS = 8

#: A possessive pronoun ending a noun (عناصرها، عناصرهم، عناصره، عناصرنا).
_POSSESSIVE_PRONOUN = regex.compile(r"هما|هم|هن|ها|ه|نا")


def _passive_of_several(verb: str, *, dual: bool = True) -> bool:
    """Whether a verb of holding is the passive of several with no pronoun (احتُجزوا، احتُجزا).

    Unvowelled, the plural and the dual of the passive are spelt as the active of a third
    person (احتجزوا، احتجزا); after the people's noun with no object pronoun they tell the
    people held. Not the active of a first person or a feminine dual (احتجزنا، احتجزتا).
    Without ``dual``, the plural only (احتجزوا).
    """
    return len(verb) >= 6 and (
        verb.endswith("وا") or (dual and verb.endswith("ا") and not verb.endswith(("نا", "تا")))
    )


def _people_kind(previous: list[Cue], people: bool) -> str:
    """The kind of people released with no kind noun, given the kind nouns before them.

    Civilians (a noun of people: مواطنين، مدنيين) are detainees, or hostages where the
    last kind told is hostages; people named by nationality alone take the kind named last
    (the other half of a swap), else detainees: nationals one state holds and frees
    (أفرجت الدولة عن أربعة مواطنين من الدولة الجارة، عن خمسة أجانب) are coded as held
    people, not as captives of war.
    """
    last = previous[-1].label if previous else None
    if people:
        hostages = ExchangeKind.HOSTAGES.value
        return hostages if last == hostages else ExchangeKind.DETAINEES.value
    return last or ExchangeKind.DETAINEES.value


class _Kinds(_Counts):
    """The exchange reader's kinds: what a kind noun names in this article."""

    def _thing_held(self, words: list[tuple[int, int]], kind: Cue) -> bool:
        """Whether a held adjective in the feminine singular (محتجزة) qualifies a thing.

        A plural of things agrees in the feminine singular (12 شاحنة كانت محتجزة، الناقلة
        المحتجزة); a woman held (امرأة محتجزة، الصحفية المعتقلة) has a noun of people before it.
        """
        if not kind.word.endswith("ه") or kind.label == ExchangeKind.BODIES.value:
            return False
        if bare(kind.word) not in self.held and not bare(kind.word).startswith("معتقل"):
            return False
        index = len(words) - 1
        while index >= 0 and self.text[words[index][0] : words[index][1]] in self.copulas:
            index -= 1
        if index < 0:
            return False
        w_start, w_end = words[index]
        word = self.text[w_start:w_end]
        if word in ("عن", "سراح"):
            return False
        stem = bare(word)
        stem = stem[:-1] if stem.endswith("ه") else stem  # الصحفية → صحفي
        people = self.persons | self.person_roles
        return not (
            word in people or bare(word) in people or stem in people or self._demonym_at(w_start)
        )

    def _documents_by(self, action: Cue, kind: Cue) -> bool:
        """Whether the action can take these documents: exchanged or handed over (not released).

        Lists, drafts and memoranda (``exchange_documents_exchanged``) only when both sides
        exchange them (تبادل، يتبادلان، مبادلة): one side handing over its lists of names or
        receiving a draft (سلّمت كشوفات، تسلّما مسودة المقترح) is a step of the talks.
        """
        if action.word not in self.handing:
            return False
        return "بادل" in action.word or kind.word not in self.documents_exchanged

    def _held_for_prisoners(self, held: _Mention, other: str) -> None:
        """The held (محتجزين) given for prisoners are hostages: 33 محتجزاً مقابل 1800 أسير.

        A swap that names one side by the held and the other by the noun of prisoners
        (``other``, a bare kind noun: أسير، أسرى، سجناء) sets captives against a state's
        prisoners; held from both sides (من الطرفين) stay detainees, and held given for
        fighters or soldiers (مقابل 100 من مقاتلي قسد) are one exchange of detainees. Held
        whose holder the text names (500 محتجز لدى الجماعة مقابل 200 أسير) are a side's
        detainees, as coders code people held by an armed group: they are hostages only
        where the article calls the held hostages (see :meth:`_kind_of`).
        """
        if (
            held.held_noun
            and not held.holder
            and held.kind == ExchangeKind.DETAINEES
            and other.startswith(self.prisoner_nouns)
            and held.per_side is not False
        ):
            held.kind = ExchangeKind.HOSTAGES

    def _holder_after(self, kind: Cue, limit: int) -> bool:
        """Whether the kind noun's phrase names its holder: لدى X، لديها، لديهم، لدى الطرف الآخر.

        The preposition of possession right after the noun, or after one adjective or
        demonym of it (محتجزاً سودانياً لدى …), with no break between.
        """
        following = self.analysis.words_in(kind.end, min(limit, kind.end + 40))[:2]
        for w_start, w_end in following:
            if has_break(self.text, kind.end, w_start):
                return False
            if self.text[w_start:w_end] in self.holders:
                return True
        return False

    def _construct_head(self, kind: Cue) -> Cue:
        """The kind of bodies a kind noun is the genitive of (جثة المحتجز، رفات الأسرى)."""
        head = next(
            (
                k
                for k in self.kinds
                if k.end <= kind.start
                and k.label == ExchangeKind.BODIES.value
                and self.text[k.end : kind.start].strip() in ("", "ل")
            ),
            None,
        )
        return head if head is not None else kind

    def _kind_of(self, kind: Cue) -> ExchangeKind:
        """The kind a kind noun names; the held (المحتجزين) are hostages where hostages are told.

        In an article that names hostages (رهائن) by their own noun, the held with the
        article (المحتجزين، نصف المحتجزين المتبقين: a noun of the held, ``exchange_held``)
        refer back to them; elsewhere, and counted with no article (ستة محتجزين أمريكيين، 10
        محتجزين), the held are detainees, the word the text uses for them
        (tools/blind/CONVENTIONS.md rule 21). (Held from both sides are detainees: see
        :meth:`_mention`.)
        """
        if (
            kind.label == ExchangeKind.DETAINEES.value
            and bare(kind.word) in self.held
            and self.text.startswith("ال", kind.start)
            and self._hostages_by_their_noun()
        ):
            return ExchangeKind.HOSTAGES
        if (
            kind.label == ExchangeKind.HOSTAGES.value
            and bare(kind.word).startswith(self.kidnapped_nouns)
            and self._kidnapped_are_detainees
        ):
            return ExchangeKind.DETAINEES  # طالبنا بالإفراج عن جميع المختطفين، beside الأسرى
        if kind.label in (
            ExchangeKind.PRISONERS.value,
            ExchangeKind.DETAINEES.value,
        ) and self._kidnapped_after(kind):
            # سبعة جنود كان قد خطفهم، جنود مخطوفين: soldiers or civilians kidnapped are hostages
            return (
                ExchangeKind.DETAINEES if self._kidnapped_are_detainees else ExchangeKind.HOSTAGES
            )
        if (
            kind.label == ExchangeKind.PRISONERS.value
            and not self._noun_of_prisoners(kind.word)
            and self._held_after_soldiers(kind)
        ):
            return ExchangeKind.DETAINEES  # 12 جندياً محتجزين لديها، جنود احتُجزوا: rule 21
        if kind.label == ExchangeKind.DETAINEES.value and self._members_of_forces(kind):
            return ExchangeKind.PRISONERS  # 50 من عناصر الحركة، عنصراً من قوة أمن الحدود
        if kind.label in (
            ExchangeKind.PRISONERS.value,
            ExchangeKind.DETAINEES.value,
        ) and self._alive_after(kind):
            return ExchangeKind.HOSTAGES  # 10 محتجزين أحياء، الأسرى الإسرائيليين الأحياء
        if kind.label in (ExchangeKind.PRISONERS.value, ExchangeKind.DETAINEES.value):
            nation = self._nation_after(kind)  # 10 أسرى إسرائيليين, told as الرهائن الإسرائيليين
            if nation is not None and nation in self.hostage_nations:
                return ExchangeKind.HOSTAGES
        return ExchangeKind(kind.label)

    def _kidnapped_after(self, kind: Cue) -> bool:
        """Whether the people of the kind noun are told kidnapped right after it, in its clause.

        An adjective of the kidnapped (سبعة جنود مخطوفين، عمال مختطفين) or a relative verb of
        kidnapping with their pronoun (جنود كان قد خطفهم، صيادين اختطفتهم الجماعة), past a
        demonym, a copula and قد.
        """
        following = self.analysis.words_in(kind.end, min(len(self.text), kind.end + 50))[:5]
        for w_start, w_end in following:
            if has_break(self.text, kind.end, w_start):
                return False
            word = self.text[w_start:w_end]
            if bare(word).startswith(self.kidnapped_nouns):
                return True
            stem = _without_object_pronoun(word)
            stems = {stem, stem + "ا"}  # اختطفوهم: the alef of the plural drops before هم
            if stem != word and any(
                s in self.kidnapping or bare(s) in self.kidnapping for s in stems
            ):
                return True
            if word.removeprefix("و") in self.kidnapping and word not in ("خطف", "اختطاف"):
                return True  # عمال أتراك خطفوا في ليبيا: the passive, with no pronoun
            if (
                word in self.copulas
                or word in ("قد", "الذين", "اللذين", "اللواتي")
                or _nisba(word)
                or self._demonym_at(w_start)  # عمال أتراك خطفوا
            ):
                continue
            return False
        return False

    def _alive_after(self, kind: Cue) -> bool:
        """Whether the people of the kind noun are told alive in its phrase (hostages).

        "تفرج الحركة عن 10 محتجزين أحياء"، "عن الأسرى الإسرائيليين الأحياء العشرين"، "عن عشرين
        أسيراً إسرائيلياً أحياء": captives told alive (``exchange_alive``), as against the
        dead a deal hands over as bodies, are the hostages of a hostage deal, whatever word
        names them. Right after the noun, past a demonym, a number told after it and, after a
        noun with the article, adjectives with it (الأسرى الأجانب الأحياء), in the noun's
        clause; a word of return (مقابل 20 رهينة أحياء) starts the other side's phrase.
        """
        alive = self.analysis.word_set("exchange_alive")
        definite = self.text.startswith("ال", kind.start)
        following = self.analysis.words_in(kind.end, min(len(self.text), kind.end + 40))[:3]
        for w_start, w_end in following:
            if has_break(self.text, kind.end, w_start):
                return False
            word = self.text[w_start:w_end]
            if word in alive:
                return True
            if (
                w_end - 1 in self.number_chars  # الـ20، العشرين
                or (definite and word.startswith("ال") and word not in self.in_return)
                or _nisba(word)
                or self._demonym_at(w_start)
            ):
                continue
            return False
        return False

    def _held_after_soldiers(self, kind: Cue) -> bool:
        """Whether soldiers or fighters are told held right after their noun, in its clause.

        tools/blind/CONVENTIONS.md rule 21 codes the kind by the word the text uses: soldiers
        called held or arrested are detainees (12 جندياً كينياً محتجزين لديها، جنودنا الـ12
        المحتجزين لدى الجانب الآخر، ثلاثة عسكريين كانوا معتقلين لديها، سبعة جنود احتُجزوا بعد
        أن عبروا الحدود): a noun of the held or the arrested, or the passive of a verb of
        holding, past demonyms, numbers told after the noun, a copula and قد. The side that
        holds them told by an active verb of holding with their pronoun (خمسة جنود كانت
        تحتجزهم، 18 جندياً تحتجزهم الدولة الجارة، ثلاثة جنود اعتقلتهم الشرطة) is a verb of
        holding too, which rule 21 names (تحتجزهم): detainees; a verb of capture (أسرتهم) keeps
        them prisoners. Soldiers in a sentence that calls their swap or its other half captives
        (تبادل الأسرى، مقابل 20 أسيراً) stay prisoners. The words of holding may follow the
        soldiers' own phrase: a phrase on the noun (46 جندياً من الجيش الحكومي تحتجزهم الجماعة),
        a second noun of the same people (سبعة جنود ورجال شرطة كانت تحتجزهم), the holder
        between the copula and its verb (23 جندياً كانت الجبهة تحتجزهم), the genitive of a noun
        in the construct state (12 من مقاتلي الجبهة المعتقلين لديها: a word with the article
        right after a noun without it is its owner, not an adjective, which would agree with
        it in definiteness) or a relative clause past a name and a comma (الجندي … فلان، الذي
        احتجزته); a number, a word of return or another action ends the phrase. An apposition
        telling some of them (``exchange_partitives``: …، بينهم ملازم، كانت قد اعتقلتهم) is
        passed over to its closing comma, and a phrase the scan cannot read (a name, a chain of
        genitives) may stand before a relative clause of holding
        (``_relative_clause_of_holding``).
        """
        sent_start, sent_end = sentence_range(self.analysis, kind.start)
        if any(
            sent_start <= k.start < sent_end and self._captives_of_a_swap(k) for k in self.kinds
        ):
            return False  # تبادل الأسرى … عن 12 جندياً محتجزين لديها: the sentence says captives
        following = self.analysis.words_in(kind.end, min(sent_end, kind.end + 140))[:12]
        # the soldiers' phrase may run on before the words of holding: a phrase on the noun
        # (من الجيش الحكومي، في قوة أمن الحدود), a second noun of the same people (ورجال
        # شرطة), the subject between a copula and its verb (كانت جبهة X تحتجزهم); those words
        # are read only after such an opener, and at most _PHRASE_WORDS of them
        opened, spare, previous = False, _PHRASE_WORDS, kind.end
        noun = self.text[kind.start : kind.end]
        construct = not noun.startswith(("ال", "وال", "بال", "لل")) and not self.text[
            max(0, kind.start - 2) : kind.start
        ].endswith("ال")  # مقاتلي، جنود: no article, so a word with it right after is the genitive
        in_apposition = False
        for index, (w_start, w_end) in enumerate(following):
            word = self.text[w_start:w_end]
            if has_break(self.text, previous, w_start):
                comma = self.text[previous:w_start].strip() == ","
                if in_apposition and comma:
                    in_apposition = False  # …، بينهم ضابطان، كانت قد احتجزتهم: past its close
                elif comma and word in self.partitives:
                    in_apposition, previous = True, w_end
                    continue  # …، بينهم ضابطان، …: some of them, told in an apposition
                elif not (word in _RELATIVES and comma):
                    return False  # …، الذي احتجزته: a relative clause on them past a comma goes on
            elif in_apposition:
                previous = w_end
                continue
            previous_is_kind = previous == kind.end
            previous = w_end
            if w_start == kind.end:
                continue  # جنودها، جنودنا: the rest of the noun, its pronoun
            if self._noun_of_holding(word):
                return True
            if self._noun_of_prisoners(word):
                return False
            verb = word.removeprefix("و")
            if self._verb_tells_held(verb, listed=True):
                return True  # احتُجزوا، احتُجزا; جنود تحتجزهم، كانت تحتجزهم، اعتقلتهم (rule 21)
            if verb in self.in_return or any(a.start == w_start for a in self.actions):
                return False  # مقابل عنصر كان محتجزاً: the other side's people, another clause
            if w_end - 1 in self.number_chars:
                if opened:
                    return False  # و20 محتجزاً: another number, other people
                continue  # الـ18، الثمانية عشر
            if construct and not opened and word.startswith("ال") and previous_is_kind:
                opened = True  # مقاتلي الجبهة: the noun's genitive opens its phrase
                continue
            if (
                word in self.copulas
                or word in ("قد", "ممن", "من", "في")
                or word in _RELATIVES
                or (word.startswith("و") and len(word) >= 4)
            ):
                opened = True
                continue
            if _nisba(word) or self._demonym_at(w_start):
                continue
            if opened and spare > 0:
                spare -= 1
                continue
            return self._relative_clause_of_holding(following[index:])
        return False

    def _relative_clause_of_holding(self, words: list[tuple[int, int]]) -> bool:
        """Whether a relative clause telling the soldiers held comes next in their clause.

        "الجندي … فلان الفلاني الذي احتجزه حرس الحدود": a name or a phrase the scan of
        ``_held_after_soldiers`` cannot read (a proper name, a chain of genitives) may stand
        between the soldiers' noun and the relative pronoun whose clause tells them held by a
        verb of holding (with their pronoun, or in the passive): detainees, as rule 21 codes
        them. Only the words up to ``_NAME_WORDS`` before the pronoun, with no clause break,
        number, action or word of return among them, are passed over.
        """
        previous = words[0][0] if words else 0
        for index, (w_start, w_end) in enumerate(words[: _NAME_WORDS + 1]):
            word = self.text[w_start:w_end]
            if (
                has_break(self.text, previous, w_start)
                or w_end - 1 in self.number_chars
                or word.removeprefix("و") in self.in_return
                or any(a.start == w_start for a in self.actions)
            ):
                return False
            previous = w_end
            if word not in _RELATIVES:
                continue
            if index + 1 >= len(words) or has_break(self.text, w_end, words[index + 1][0]):
                return False
            return self._verb_tells_held(self.text[words[index + 1][0] : words[index + 1][1]])
        return False

    def _noun_of_prisoners(self, word: str) -> bool:
        """Whether a word is a noun of captives by its own name (أسرى، أسيراً، سجناء).

        As written or bare (``exchange_prisoner_nouns``): soldiers so named, or a swap of
        them, are prisoners whatever else tells them held.
        """
        return word.startswith(self.prisoner_nouns) or bare(word).startswith(self.prisoner_nouns)

    def _noun_of_holding(self, word: str) -> bool:
        """Whether a word is a noun of the held or the arrested (المحتجزين، معتقلين، الموقوفين).

        The held (``exchange_held``) or a noun of the arrested (``exchange_arrested_nouns``)
        right after soldiers or members of a force is the text calling them held, as
        tools/blind/CONVENTIONS.md rule 21 codes detainees; the test of
        ``_held_after_soldiers``, ``_held_after_members`` and ``_members_of_forces``.
        """
        stem = bare(word)
        return stem in self.held or stem.startswith(self.arrested_nouns)

    def _verb_tells_held(
        self, verb: str, *, dual: bool = True, pronoun: bool = True, listed: bool = False
    ) -> bool:
        """Whether a verb right after people tells them held: rule 21's verb of holding.

        tools/blind/CONVENTIONS.md rule 21 codes people a verb of holding tells held as
        detainees: the passive of several of a verb of holding or arresting
        (``exchange_capture_detainees``) with no pronoun (جنود احتُجزوا، اعتُقلوا; the dual
        احتُجزا too, unless ``dual`` is off), or, where ``pronoun`` is on, the active with the
        people as its object pronoun, its subject the side that holds them (تحتجزهم، اعتقلتهم).
        With ``listed`` the imperfect forms of ``exchange_holding`` count too, whose stem the
        capture list may lack (يحتجزونهم). One test for soldiers (``_held_after_soldiers``,
        ``_relative_clause_of_holding``) and members of a force (``_held_after_members``),
        whose call sites differ only by those switches.
        """
        captures = self.analysis.word_set("exchange_capture_detainees")
        if verb in captures and _passive_of_several(verb, dual=dual):
            return True
        held_by = _without_object_pronoun(verb)
        return (
            pronoun
            and held_by != verb
            and (
                held_by in captures
                or (listed and verb in self.analysis.word_set("exchange_holding"))
            )
        )

    def _captives_of_a_swap(self, kind: Cue) -> bool:
        """Whether a noun of captives (أسرى، سجناء) names a swap or its other half.

        After a noun of exchanging or a deal (تبادل الأسرى، صفقة الأسرى، مبادلة الأسرى) or a
        word of return (مقابل 20 أسيراً).
        """
        if not self._noun_of_prisoners(kind.word):
            return False
        before = self.analysis.words_in(max(0, kind.start - 30), kind.start)[-2:]
        return any(
            bare(self.text[s:e]).startswith(("تبادل", "مبادل", "صفق"))
            or bare(self.text[s:e]) in self.in_return
            for s, e in before
        )

    @functools.cached_property
    def _kidnapped_are_detainees(self) -> bool:
        """Whether the kidnapped (المختطفين) are one side's name for the other's detainees.

        In an article that tells prisoners exchanged or released by their own noun (تبادل
        الأسرى، إطلاق سراح 887 أسيراً) and names no
        hostages by theirs (رهائن، المحتجزين الإسرائيليين), the kidnapped a government
        demands back from a rebel side (طالبنا بالإفراج عن جميع المختطفين) are coded
        detainees; where hostages are named, or no prisoners are, they are hostages
        (ما لا يقل عن 30 مختطفاً لدى الجماعة).
        """
        prisoners = any(
            k.label == ExchangeKind.PRISONERS.value
            and bare(k.word).startswith(self.prisoner_nouns)
            and any(
                0 <= k.start - a.end <= 40 and not _sentence_break(self.text, a.end, k.start)
                for a in self.actions
            )  # prisoners released or exchanged, not a name (منتدى عائلات الأسرى)
            for k in self.kinds
        )
        hostages = self._hostages_by_their_noun()
        return prisoners and not hostages

    def _hostages_by_their_noun(self) -> bool:
        """Whether the article names hostages by their own noun (رهائن), not as held or kidnapped.

        A kind noun of hostages that is neither a noun of the held (``exchange_held``: the
        held are hostages only by reference) nor of the kidnapped (``exchange_kidnapped_nouns``:
        one side's word for the other's captives). Where it is told, the held with the article
        refer back to the hostages (:meth:`_kind_of`) and the kidnapped are not detainees
        (:meth:`_kidnapped_are_detainees`).
        """
        return any(
            k.label == ExchangeKind.HOSTAGES.value
            and bare(k.word) not in self.held
            and not bare(k.word).startswith(self.kidnapped_nouns)
            for k in self.kinds
        )

    def _members_of_forces(self, kind: Cue) -> bool:
        """Whether members (عناصر، عنصر) are named as members of an armed force or movement.

        Members of a movement, a group, an army or a force (عناصر الحركة، عناصر الجماعة،
        عناصر الحركات المسلحة، عنصراً من قوة أمن الحدود، عناصر من الجيش) and members of a
        group or force named by its own name (عناصر الدعم السريع، عناصر قسد، عناصر الجيش
        الكونغولي) are fighters taken: prisoners, as tools/blind/CONVENTIONS.md rule 21 codes
        soldiers or fighters named with no word of holding. Members of the police (an
        institution) or with no owner stay detainees, and so do forces with a possessive
        (عنصر من قواتها), whose holders call them held, and members the text calls arrested
        right after (عناصر الجماعة المعتقلين، الموقوفين); held (المحتجزين في سجونها) is said of
        fighters taken too, but after a group's own name it is the text calling them held:
        detainees.
        """
        if bare(kind.word) not in self.member_nouns:
            return False
        if self._members_of_a_party(kind):
            return not self._held_after_members(kind)
        following = tokens(self.text, kind.end, min(len(self.text), kind.end + 30))[:2]
        if following and self.text[following[0][0] : following[0][1]] == "من":
            following = following[1:]
        if not following:
            return False
        start, end = following[0]
        if any(
            0 <= k.start - end <= 2 and bare(k.word).startswith(self.arrested_nouns)
            for k in self.kinds
        ):
            return False  # عناصر الجماعة المعتقلين: the text calls them arrested, detainees
        word = self.text[start:end]
        forces = self.analysis.word_set("exchange_forces")  # عناصر الحركة، عناصر من الجيش
        if (word[2:] if word.startswith("ال") else word) in forces:
            return not self._held_after_members(kind)
        name = next((n for n in self.named_not_institutions if n[0] <= start < n[1]), None)
        if name is None:
            return False
        # عناصر الدعم السريع: a group by its own name (a police, an institution, is none);
        # with a word of holding right after the name (عناصر الدعم السريع المحتجزين لديه)
        # the text calls them held: detainees (rule 21)
        return not self._held_after_members(kind) and not any(
            0 <= k.start - name[1] <= 2 and self._noun_of_holding(k.word) for k in self.kinds
        )

    def _members_of_a_party(self, kind: Cue) -> bool:
        """Whether a member noun carries a possessive pronoun (عناصرها، عناصرهم، عناصرنا).

        The pronoun stands for a side of the conflict, a group or a state (تطالب الجماعة
        بالإفراج عن 100 من عناصرها، أفرجنا عن 706 من عناصرهم): its members are its fighters
        taken, prisoners by tools/blind/CONVENTIONS.md rule 21 unless the text calls them held
        right after (عناصرها المعتقلين), which the caller checks.
        """
        surface = self.text[kind.start : kind.end]
        noun_at = surface.rfind(kind.word)
        if noun_at < 0:
            return False
        ending = surface[noun_at + len(kind.word) :]
        return _POSSESSIVE_PRONOUN.fullmatch(ending) is not None

    def _held_after_members(self, kind: Cue) -> bool:
        """Whether members of a force are told held or arrested after their owner, in the clause.

        tools/blind/CONVENTIONS.md rule 21 codes people by the word the text uses for them:
        members of an army or a movement the text calls held (57 عنصراً من الحركة كانوا
        محتجزين لدى الحكومة، 500 من عناصر القوات كانوا محتجزين في معسكرات، تسعة من عناصر
        الجماعة اعتُقلوا في الإقليم، عنصر من قوة حرس الحدود، المحتجز لديها) are detainees, not
        fighters taken. Within nine words of the member noun, past the force's name: a noun
        of the held or the arrested, or the passive of a verb of holding. The side that holds
        them told by an active verb of holding with their pronoun (50 من عناصر الحركة تحتجزهم
        السلطات، عنصراً من قوات حرس الحدود كانت تحتجزه منذ أسابيع) is the verb of holding rule 21
        names: detainees too, unless the sentence tells its captives by a verb of capture
        (مقابل 30 جندياً أسرتهم الحركة: a swap of captives of war, prisoners). A word of
        return (مقابل) starts the other side's phrase, a clause break ends the search, except
        a comma before the held told as an apposition with the article (…، المحتجز لدى …).
        """
        sent_start, sent_end = sentence_range(self.analysis, kind.start)
        captured = self.analysis.word_set("exchange_capture_prisoners")
        captured_told = any(
            self._capture_verb(self.text[s:e], captured)
            for s, e in self.analysis.words_in(sent_start, sent_end)
        )
        previous = kind.end
        for w_start, w_end in self.analysis.words_in(kind.end, min(sent_end, kind.end + 100))[:9]:
            word = self.text[w_start:w_end]
            stem = bare(word)
            held = self._noun_of_holding(word)
            if has_break(self.text, previous, w_start) and not (held and word.startswith("ال")):
                return False
            previous = w_end
            if held:
                return True
            verb = word.removeprefix("و")
            if verb in self.in_return or stem.startswith(self.prisoner_nouns):
                return False
            if self._verb_tells_held(verb, dual=False, pronoun=not captured_told):
                return True  # اعتُقلوا، احتُجزوا; كانت تحتجزه، تحتجزهم السلطات (rule 21)
        return False

    @staticmethod
    def _capture_verb(word: str, captured: frozenset[str]) -> bool:
        """Whether a word is a verb of capture (``exchange_capture_prisoners``), with its object.

        "أسرتهم"، "أسروا": the listed forms; with an object pronoun also the masculine
        singular (أسرهم المتمردون) and the plural whose alef drops before it (أسروهم).
        """
        verb = word.removeprefix("و")
        stem = _without_object_pronoun(verb)
        if stem == verb:
            return verb in captured
        return any(form in captured for form in (stem, stem + "ا", stem + "ت"))

    def _nation_after(self, kind: Cue) -> str | None:
        """The country of a demonym inside the kind noun's phrase or right after it."""
        return next(
            (c for start, end, c in self.countries if kind.start <= start <= kind.end + 2),
            None,
        )

    @functools.cached_property
    def hostage_nations(self) -> frozenset[str]:
        """The countries whose people the article calls hostages (الرهائن الإسرائيليين)."""
        hostages = ExchangeKind.HOSTAGES.value
        return frozenset(
            nation
            for k in self.kinds
            if k.label == hostages
            for nation in (self._nation_after(k),)
            if nation is not None
        )
