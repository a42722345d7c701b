"""Holding: whether people are told held, the reading of tools/blind/CONVENTIONS.md rule 21.

Soldiers, fighters and members of an armed force are prisoners unless the text calls them held
or arrested right after their noun (a noun of the held, a verb of holding), which makes them
detainees; these tests read those words, for ``kinds`` to give such a noun its kind.
"""

from __future__ import annotations

import regex

from negotext.extractors._common import Cue, bare, has_break, sentence_range, tokens
from negotext.extractors.exchanges.counts import _Counts
from negotext.extractors.exchanges.text import _nisba, _without_object_pronoun

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


class _Holding(_Counts):
    """The exchange reader's people told held: rule 21's words of holding after their noun."""

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
