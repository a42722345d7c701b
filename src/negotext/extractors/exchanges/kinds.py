"""Kinds: what a kind noun names in its article, prisoners, detainees, hostages or bodies.

A kind noun's word list gives its first reading; the article may change it. The held
(المحتجزين) are hostages where the article names hostages by their own noun; the kidnapped
are detainees where one side calls the other's captives so; members of an armed force are
prisoners; people of a nation the article calls hostages are hostages. Also whether a kind
noun can be the action's at all (things held, documents only exchanged). Whether soldiers or
members of a force are told held (rule 21) is read in ``holding``.
"""

from __future__ import annotations

import functools

from negotext.extractors._common import Cue, bare, has_break
from negotext.extractors.exchanges.holding import _Holding
from negotext.extractors.exchanges.mention import _Mention
from negotext.extractors.exchanges.text import _nisba, _sentence_break, _without_object_pronoun
from negotext.records import ExchangeKind


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


class _Kinds(_Holding):
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
