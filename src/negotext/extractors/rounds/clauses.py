"""What parts or joins two positions of the text: clause breaks, asides and conjunctions.

Whether a clause break, a contrast (فيما، بينما), a that-clause (أن), a cause (بسبب) or
something said stands between a round and a word near it decides whether that word is the
round's at all; so does whether the round noun has the article, a possessive pronoun or
is joined by و to what comes before.
"""

from __future__ import annotations

import regex

from negotext.ar.normalize import normalize_text
from negotext.extractors._common import bare, has_break, tokens
from negotext.extractors.rounds.lookups import _Lookups
from negotext.extractors.rounds.text import _previous_words
from negotext.extractors.rounds.words import (
    CONTRASTS,
    LONG_ASIDE,
    MAY_WORDS,
    RELATIVES,
    SENTENCE_END,
    SINCE_WORDS,
    THAT_OPENERS,
    THAT_WORDS,
    THIRD_PERSON_PRONOUNS,
)

#: Connectives made with أن that join clauses, not report one (غير أن، إلا أن، كما أن).
CONNECTIVES = frozenset(
    normalize_text(w) for w in ("غير", "إلا", "كما", "رغم", "برغم", "بيد", "حيث", "لو", "ولو")
)

#: An aside between a cue and its round noun, up to the whole window a cue reaches (ستستضيف
#: الدوحة، بحسب مصادر دبلوماسية مطلعة تحدثت لوكالة للأنباء شريطة عدم الكشف عن هويتها، جولة).
CUE_ASIDE = regex.compile(r",[^,.;:\n]{1,105},")


class _Clauses(_Lookups):
    """The reader's tests of what stands between two positions."""

    def _clause_between(self, start: int, end: int) -> bool:
        """Whether a clause break parts a cue ending at ``start`` from the round at ``end``.

        Asides between commas (، يوم الأحد، ; ، برعاية قطرية،) part nothing, nor does a list
        the cue's clause opens with a colon (التقيا ثلاث مرات: القمة الأولى في …، ثم قمة …،
        وأخيراً اللقاء القصير في …); a round noun with ف right after the colon opens a clause
        of its own, with its own predicate (ما جرى أمس: فالاجتماع المقرر في X أُرجئ)."""
        gap = CUE_ASIDE.sub(" ", self.text[start:end])
        head, colon, tail = gap.partition(":")
        if colon and not tail.strip() and self.text.startswith("ف", end):
            return True  # ما جرى هذا الشهر: فالاجتماع … أُرجئ: ف opens a clause of its own
        if (
            colon
            and not has_break(head, 0, len(head))
            and not SENTENCE_END.search(tail)
            and ";" not in tail
            and all(part.strip().startswith(("و", "ثم")) for part in tail.split(",")[1:])
        ):
            return False
        return has_break(gap, 0, len(gap))

    def _right_after_comma(self, position: int) -> bool:
        """Whether a cue opens the clause after a comma (جولة جديدة، عقدت في بروكسل)."""
        return self.text[max(0, position - 3) : position].rstrip().endswith(",")

    def _may_after_comma(self, position: int) -> bool:
        """Whether the verb at ``position`` opens the clause after a comma behind only the
        particle of "may" (``MAY_WORDS``: …، قد تستضيفها كمبالا، …، وقد يُعقد في أوسلو).

        A comma, then قد and a present verb with no subject before it, is a clause the noun
        before the comma is the subject of (جولة تفاوض شاملة، قد تستضيفها كمبالا أو أروشا):
        Arabic news appends a round's likely place or time so, as it appends a relative
        clause.
        """
        words = self.analysis.words_in(max(0, position - 12), position)
        if not words or has_break(self.text, words[-1][1], position):
            return False
        start, end = words[-1]
        return self.text[start:end] in MAY_WORDS and self._right_after_comma(start)

    def _right_after_cue(self, cue_start: int | None, p_start: int) -> bool:
        """Whether a place follows the round's status cue right after في (ستعقد في ألاسكا)."""
        if cue_start is None or cue_start >= p_start or has_break(self.text, cue_start, p_start):
            return False
        words = [self.text[a:b] for a, b in self.analysis.words_in(cue_start, p_start)]
        return len(words) == 2 and words[-1] == "في"

    def _cue_right_before(self, position: int) -> bool:
        """Whether a status cue (a verb of holding: تعقد، اختتمت) stands right before
        ``position``: the round noun there is told in a clause of its own."""
        return any(c.end <= position and position - c.end <= 2 for c in self.statuses)

    def _clause_opens_before(self, position: int) -> bool:
        """Whether a status cue (a verb of holding: عقدت، ستعقد، اختتمت) or only a clause
        break stands right before ``position``: the format is the subject of its clause, not
        the object of another noun."""
        if not _previous_words(self.analysis, position, 1):
            return True
        return any(c.end <= position and position - c.end <= 2 for c in self.statuses)

    def _contrast_between(self, start: int, end: int) -> bool:
        """Whether a contrasting conjunction (فيما، بينما، في حين) stands in ``[start, end)``."""
        return any(self.text[a:b] in CONTRASTS for a, b in self.analysis.words_in(start, end))

    def _that_between(self, start: int, end: int) -> bool:
        """Whether a that-clause opens between ``start`` and ``end`` (أن، إن، بأن، على أن;
        not بعد أن، قبل أن, which tell when, nor غير أن، إلا أن، كما أن, which join two
        clauses): what stands before it belongs to the clause that reports or agrees on the
        round, not to the round's own."""
        words = self.analysis.words_in(start, end)
        return any(
            self.text[a:b] in THAT_WORDS
            and (
                index == 0 or self.text[slice(*words[index - 1])] not in THAT_OPENERS | CONNECTIVES
            )
            for index, (a, b) in enumerate(words)
        )

    def _cause_word(self, start: int, end: int) -> bool:
        """Whether the word at ``[start, end)`` is (or closes) a word of ``round_causes``."""
        causes = self.analysis.word_set("round_causes")
        word = self.text[start:end]
        return word in causes or (
            f"{' '.join(_previous_words(self.analysis, start, 1))} {word}" in causes
        )

    def _cause_between(self, start: int, end: int) -> bool:
        """Whether a word of ``round_causes`` (بسبب، جراء، نتيجة، على خلفية) opens in
        ``[start, end)``: what follows it is the round's cause, and a place in it is where
        the cause happened (أُلغي الاجتماع جراء المعارك في الفاشر), not the venue."""
        return any(self._cause_word(a, b) for a, b in self.analysis.words_in(start, end))

    def _said_between(self, start: int, end: int) -> bool:
        """Whether a that-clause with no status cue opens in ``[start, end)``.

        "ختام تلك الجولة أن الأطراف اتفقت على … في البحر الأسود": a place in what was
        said or agreed is not the round's venue; "يتوقع أن تعقد في مسقط" names it.
        """
        thats = [a for a, b in self.analysis.words_in(start, end) if self.text[a:b] == "ان"]
        return bool(thats) and not any(
            thats[-1] <= c.end and c.start < end for c in self.statuses
        )  # any cue, even one that states nothing (كان من المقرر أن تعقد)

    def _since_between(self, start: int, end: int) -> bool:
        """Whether منذ opens a phrase between ``start`` and ``end`` that runs on to ``end``
        (no clause break after it): what stands at ``end`` belongs to the event since which
        the round is counted (الرابعة منذ توقيع الاتفاق في أكتوبر الماضي)."""
        text = self.text
        for w_start, w_end in reversed(self.analysis.words_in(start, end)):
            if has_break(text, w_end, end):
                return False
            if text[w_start:w_end] in SINCE_WORDS:
                return True
        return False

    def _relative_before(self, position: int) -> bool:
        """Whether a relative pronoun opens the clause a cue stands in (، التي عقدت)."""
        words = _previous_words(self.analysis, position, 1)
        return bool(words) and words[0] in RELATIVES

    def _holding_before(self, position: int) -> bool:
        """Whether a verbal noun of holding stands right before ``position`` (عقد اجتماع)."""
        words = _previous_words(self.analysis, position, 2)
        if words and words[0] == normalize_text("إلى"):
            return True  # سيدعو الأطراف إلى جولة ثانية
        if len(words) == 2 and words[0] == "في" and bare(words[1]) in self.holding:
            return True  # دعوة إلى الطرفين للمشاركة في جولة جديدة
        return bool(words) and (words[0] in self.holding or bare(words[0]) in self.holding)

    def _that_clause(self, start: int, end: int, that_inside: bool = False) -> bool:
        """Whether ``[start, end)`` is a subject (three words at most, asides apart) and أن.

        With ``that_inside`` the أن is the cue's own first word and is not looked for.
        """
        text = self.text
        gap = LONG_ASIDE.sub(",", text[start:end]).strip()
        gap = gap.strip(",").strip()
        if has_break(gap, 0, len(gap)):
            return False
        words = [gap[a:b] for a, b in tokens(gap, 0, len(gap))]
        if not that_inside:
            if not words or words[-1] != "ان":
                return False
            words = words[:-1]
        return len(words) <= 3 and "ان" not in words

    def _possessed(self, noun: str) -> bool:
        """Whether a round noun carries a possessive pronoun (اجتماعها، جولته، لقاؤهما), read
        against the round nouns: a bare feminine noun ends in ه too once normalised (جوله)."""
        nouns = self.analysis.word_set("round_nouns")
        for word in (noun, noun[1:]) if noun[:1] in "وفبل" else (noun,):
            for suffix in THIRD_PERSON_PRONOUNS:
                if not word.endswith(suffix) or word.startswith("ال"):
                    continue
                stem = word[: -len(suffix)]
                if stem in nouns or (stem.endswith("ت") and stem[:-1] + "ه" in nouns):
                    return True
        return False

    def _indefinite(self, start: int) -> bool:
        """Whether the round noun at ``start`` has no article (جولة، لجولة، مفاوضات).

        A verb after an indefinite noun in its clause is its relative clause (جولة …
        تبدأ يوم الخميس), as التي is after a definite one.
        """
        first = self.text[start:].split(maxsplit=1)[0].lstrip("وف")
        return not first.startswith(("ال", "بال", "لل", "كال")) and not regex.search(
            r"(?:ها|هما|هم|ته)$",
            first,  # جولتها، اجتماعهما: a possessive makes it definite
        )

    def _coordinated(self, end: int, start: int) -> bool:
        """Whether the noun at ``start`` is another round joined by و (لقاء إسطنبول في يوليو
        ومحادثات جنيف), not a noun of the same phrase (الجولة الثالثة من المفاوضات)."""
        if self.text[start] == "و" and not self.text.startswith("وفد", start):
            return True  # (الوفد المفاوض is a noun that starts with و)
        return any(end <= d_start < start for d_start, _, _ in self.dates) or any(
            end <= p_start < start and p_end <= start for p_start, p_end, _ in self._gap_places
        )

    def _sequel_at(self, start: int) -> bool:
        """Whether the round noun at ``start`` is joined to what comes before by و, ثم or
        وأخيراً (the last of a list: التقيا ثلاث مرات: …، ثم قمة …، وأخيراً اللقاء القصير في …)."""
        if self.text[start] == "و" and not self.text.startswith("وفد", start):
            return True
        return _previous_words(self.analysis, start, 1) in (["ثم"], ["وثم"], ["واخيرا"], ["اخيرا"])
