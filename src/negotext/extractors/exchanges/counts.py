"""Counts: how many people or bodies a mention tells of, and what the other side gives.

The quantity written before the kind noun (ألف أسير، نحو 50 رهينة) or after it (رفات 12
جندياً، الرهائن العشرين، وعددهم 20 رهينة); a vague number (آلاف، عشرات) counts nothing but
makes the mention approximate; a batch told later in the sentence (بعدما نقلت طائراتها 318
محتجزاً) or in containers (55 صندوقاً تحتوي رفات جنود). Per side: the other side's number
(مقابل 1200 أسير، بألف) and a rate (15 جثماناً عن كل جثمان).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from negotext.ar.numbers import parse_number
from negotext.extractors._common import Cue, bare, has_break, sentence_range, tokens
from negotext.extractors.exchanges.lookups import _Lookups
from negotext.extractors.exchanges.mention import _CAPTIVES, _as_count, _OtherSide
from negotext.extractors.exchanges.text import _full_stop, _nisba, _sentence_break
from negotext.records import ExchangeKind

if TYPE_CHECKING:
    from negotext.ar.numbers import Quantity

#: The ending of a dual written with its vowels: a fatha (with or without a shadda, in
#: either order) on the letter before the ي of يْن / ين at the word's end.
_DUAL_MARKS = regex.compile("(?:\u064e\u0651?|\u0651\u064e)\u064a\u0652?\u0646$")


class _Counts(_Lookups):
    """The exchange reader's counts: quantities and the other side's number."""

    def _people_included_after(self, kind: Cue, limit: int) -> tuple[int, int, Quantity] | None:
        """People counted after a verb of including in the kind noun's own clause.

        "أفرجت الحكومة عن دفعة جديدة من المعتقلين تضم 85 شخصاً": a verb of including right
        after the kind noun's phrase (no comma between), a number (a hedge may stand before it)
        and a noun of people: the batch so counted. The returned range ends after the noun.
        """
        verb = next(
            (
                c
                for c in self.included + self.including
                if kind.end <= c.start <= min(limit, kind.end + 30)
                and not has_break(self.text, kind.end, c.start)
            ),
            None,
        )
        if verb is None:
            return None
        number = next(
            (
                q
                for q in self.numbers
                if verb.end <= q[0] <= min(limit, verb.end + 25)
                and (q[0] - verb.end <= 2 or self._only_hedges(verb.end, q[0]))
            ),
            None,
        )
        if number is None or self._is_vague(self.text[number[0] : number[1]]):
            return None
        following = self.analysis.words_in(number[1], min(limit, number[1] + 20))[:1]
        if not following or has_break(self.text, number[1], following[0][0]):
            return None
        word = self.text[following[0][0] : following[0][1]]
        counted = kind.label in _CAPTIVES and any(  # لتبادل الأسرى يشمل نحو 700 محتجز
            k.start == following[0][0] and k.label in _CAPTIVES for k in self.kinds
        )
        if not counted and word not in self.persons and bare(word) not in self.persons:
            return None
        return number[0], following[0][1], number[2]

    def _per_side_rate_after(self, kind: Cue, limit: int) -> tuple[int, bool, int] | None:
        """The number of a count-less exchange given per side right after its kind noun.

        "تبادل الطرفان الأسرى بواقع 150 أسيراً لكل طرف"، "صفقة لتبادل الجثث بمعدل 20 جثة من
        كل جانب": a word of rate (``exchange_rate_words``) right after the kind noun, a number, at most
        the kind noun again, then a phrase of each side (``exchange_per_side``), no break
        between: the exchange counts that number per side (tools/blind/CONVENTIONS.md rule
        15). Returns the number, whether it is approximate and where the phrase of each side
        ends.
        """
        words = self.analysis.words_in(kind.end, min(limit, kind.end + 30))[:1]
        if not words or has_break(self.text, kind.end, words[0][0]):
            return None
        if self.text[words[0][0] : words[0][1]] not in self.analysis.word_set(
            "exchange_rate_words"
        ):
            return None
        number = next(
            (q for q in self.numbers if 0 <= q[0] - words[0][1] <= 2),
            None,
        )
        if number is None or self._is_vague(self.text[number[0] : number[1]]):
            return None
        if number[2].value is None or number[2].value != int(number[2].value):
            return None
        for cue in self.per_side:
            if number[1] <= cue.start <= number[1] + 16 and not has_break(
                self.text, number[1], cue.start
            ):
                between = self.analysis.words_in(number[1], cue.start)
                if len(between) <= 1:
                    return int(number[2].value), bool(number[2].approximate), cue.end
        return None

    def _swap_counted_after(
        self, kind: Cue, limit: int
    ) -> tuple[int | None, int | None, int] | None:
        """A swap told by its two counted sides later in the sentence of a count-less exchange.

        "مقترح بتبادل المحتجزين لدى الطرفين، ويتحدث الجانب الأفغاني عن 11 أفغانياً محتجزين
        مقابل جنديين باكستانيين": no word of exchanging or releasing between, a number and the
        people it counts (a demonym, a noun of people or a kind noun), then within three words
        مقابل and the other side's number or dual. Returns the count, the other count and
        where the phrase ends.
        """
        number = next(
            (
                q
                for q in self.numbers
                if kind.end < q[0] <= limit and not self._covered(self.date_chars, q[0], q[1])
            ),
            None,
        )
        if number is None or self._is_vague(self.text[number[0] : number[1]]):
            return None
        if any(kind.end <= a.start < number[0] for a in self.actions):
            return None  # another release's number
        words = self.analysis.words_in(number[1], min(limit, number[1] + 60))[:5]
        if not words or has_break(self.text, number[1], words[0][0]):
            return None
        w_start, w_end = words[0]
        word = self.text[w_start:w_end]
        people = (
            word in self.persons
            or bare(word) in self.persons
            or _nisba(word)
            or self._demonym_at(w_start)
            or any(
                k.start == w_start and k.label != ExchangeKind.DOCUMENTS.value for k in self.kinds
            )
        )
        if not people:
            return None
        for index, (r_start, r_end) in enumerate(words[1:4], start=1):
            if has_break(self.text, w_end, r_start):
                return None
            if bare(self.text[r_start:r_end]) not in self.in_return:
                continue
            rest = words[index + 1 : index + 2]
            if not rest:
                return None
            o_start, o_end = rest[0]
            other = next((q for q in self.numbers if q[0] == o_start), None)
            if other is not None:
                return _as_count(number[2].value), _as_count(other[2].value), other[1]
            if self.text[o_start:o_end] in self.dual:
                return _as_count(number[2].value), 2, o_end
            return None
        return None

    def _number_of(self, kind: Cue) -> int | None:
        """1 for a singular kind noun (جثة، الأسير), 2 for a dual one (جثتي), else None."""
        return 2 if kind.word in self.dual else 1 if kind.word in self.singular else None

    def _written_dual(self, start: int) -> bool:
        """Whether the word at ``start`` is written as a dual by its vowel marks.

        Undotted, a dual in ين and a sound plural look alike (مواطنين: two citizens or
        citizens); a writer who marks the vowels tells them apart: a fatha before the ي
        of the ending is the dual (مواطنَيْن، محتجزَين، الفرنسيَّين), a kasra the plural
        (مواطنِين). The marks are read on the original text: normalising drops them.
        """
        words = self.analysis.words_in(start, start + 30)[:1]
        if not words or words[0][0] != start:
            return False
        span = self.analysis.span(*words[0])
        return _DUAL_MARKS.search(self.analysis.text[span.start : span.end]) is not None

    def _told_before(self, action: Cue, kind: Cue) -> tuple[int, int, Quantity] | None:
        """The number of the people a demonstrative before the kind noun points back to.

        "يقول إن نحو 23 أرمنياً ما زالوا في سجون باكو. وتطالب يريفان بالإفراج عن هؤلاء
        المحتجزين": هؤلاء / أولئك right before the kind noun name the people counted last
        before the action, in its sentence or the one before (a number with a kind noun, a
        noun of people or a demonym right after it).
        """
        before = self.analysis.words_in(max(0, kind.start - 12), kind.start)[-1:]
        if not before or self.text[before[0][0] : before[0][1]] not in self.demonstratives:
            return None
        sent_start, _ = sentence_range(self.analysis, action.start)
        low, _ = sentence_range(self.analysis, max(0, sent_start - 2))
        for item in reversed(self.numbers):
            if item[1] > action.start or item[0] < low:
                continue
            if self._is_vague(self.text[item[0] : item[1]]):
                return None
            following = self.analysis.words_in(item[1], min(len(self.text), item[1] + 30))[:1]
            if not following or has_break(self.text, item[1], following[0][0]):
                continue
            w_start, w_end = following[0]
            word = self.text[w_start:w_end]
            if (
                any(
                    k.start == w_start and k.label != ExchangeKind.DOCUMENTS.value
                    for k in self.kinds
                )
                or word in self.persons
                or bare(word) in self.persons
                or _nisba(word)
                or self._demonym_at(w_start)
            ):
                return item
        return None

    def _others_after(self, kind: Cue) -> bool:
        """Whether "others" or "more" follow the counted kind noun (20 أسيراً آخرين، إضافيين).

        People counted as others are a batch of their own, never a later mention of the
        people counted before; a demonym may stand between (خمسة أسرى لبنانيين آخرين).
        """
        for w_start, w_end in self.analysis.words_in(kind.end, min(len(self.text), kind.end + 30))[
            :2
        ]:
            if has_break(self.text, kind.end, w_start):
                return False
            word = bare(self.text[w_start:w_end])
            if word in self.others or word in ("اضافيين", "اضافيون", "اضافيات", "جدد"):
                return True
            if not (self._demonym_at(w_start) or word.endswith(("يين", "يون", "يا"))):
                return False
        return False

    def _others_beside(self, start: int, limit: int) -> tuple[int, int] | None:
        """How many more people a conjunct of "others" adds to a person named before.

        "أفرجت عن الصحفي فلان وأربعة مواطنين آخرين": the journalist and four others, five;
        "أطلقت سراح السويدي فلان ومواطن سويدي آخر"، "أفرجت عن مواطن بريطاني وآخر ألماني":
        two. ``start`` is the end of the word naming the first person; up to its names, its
        adjectives and its demonyms, the first word joined with و may be another (آخر), a
        noun of a person followed by another (ومواطن سويدي آخر), or a number followed by
        others within three words (وأربعة مواطنين آخرين). Returns the people added and
        where their phrase ends; None when the conjunct is anything else (a kind noun of its
        own, وعن, a second name) or a break or a preposition comes first.
        """
        text = self.text
        words = self.analysis.words_in(start, min(limit, start + 120))[:10]
        for index, (w_start, w_end) in enumerate(words):
            word = text[w_start:w_end]
            if has_break(text, start, w_start) or word in self.prepositions:
                return None
            if word in self.in_return or any(k.start == w_start for k in self.kinds):
                return None
            if not word.startswith("و") or len(word) < 3:
                continue
            rest = words[index + 1 : index + 4]
            if word[1:] in self.another:  # وآخر ألماني
                following = rest[:1]
                demonym = following and self._demonym_at(following[0][0])
                return 1, following[0][1] if demonym else w_end
            number = next((q for q in self.numbers if q[0] == w_start + 1), None)
            if number is not None:  # وأربعة مواطنين آخرين
                if any(k.start == s for k in self.kinds for s, _ in rest[:1]):
                    return None  # و4 معتقلين: a batch of its own kind, listed
                for o_start, o_end in rest:
                    if has_break(text, w_end, o_start):
                        return None
                    if bare(text[o_start:o_end]) in self.others:
                        added = _as_count(number[2].value)
                        return (added, o_end) if added else None
                return None
            noun = bare(word)
            if noun in self.person_roles or noun in self.persons:  # ومواطن سويدي آخر
                for o_start, o_end in rest[:2]:
                    if has_break(text, w_end, o_start):
                        return None
                    if text[o_start:o_end] in self.another:
                        return 1, o_end
            return None
        return None

    def _singular_after(self, kind: Cue, limit: int) -> int | None:
        """The end of a singular noun of a person after a kind of bodies.

        "رفات جندي إسرائيلي"، "جثة رهينة": the remains of one; so are the remains of the
        last one (رفات آخر رهينة) and of one named by the article (رفات الرهينة فلان، جثة
        الجندي): a singular counts one with or without the article. A plural (رفات الجنود)
        counts nothing.
        """
        if kind.label != ExchangeKind.BODIES.value:
            return None
        following = self.analysis.words_in(kind.end, min(limit, kind.end + 30))[:2]
        if not following or has_break(self.text, kind.end, following[0][0]):
            return None
        if (
            self.text[following[0][0] : following[0][1]] in ("اخر", "آخر")
            and len(following) > 1
            and not has_break(self.text, following[0][1], following[1][0])
        ):
            following = following[1:]  # رفات آخر رهينة: the last one's remains, one body
        word = self.text[following[0][0] : following[0][1]]
        word = word[:-1] if word.endswith("ا") and word[:-1] in self.singular else word
        if word.startswith("ال") and word[2:] in self.singular:
            word = word[2:]  # رفات الرهينة، جثة الجندي: a definite singular is one as well
        return following[0][1] if word in self.singular else None

    def _dual_after(self, kind: Cue, limit: int) -> int | None:
        """The end of a dual noun of people after a kind of bodies (رفات جنديين): two."""
        if kind.label != ExchangeKind.BODIES.value:
            return None
        following = self.analysis.words_in(kind.end, min(limit, kind.end + 20))[:1]
        if not following or has_break(self.text, kind.end, following[0][0]):
            return None
        word = self.text[following[0][0] : following[0][1]]
        return following[0][1] if word in self.dual else None

    def _transferred(
        self, kind: Cue, limit: int, used: set[int]
    ) -> tuple[int | None, bool, int] | None:
        """The batch of an exchange told as a transfer later in its sentence.

        "اكتمال عملية تبادل المحتجزين …، بعدما نقلت طائراتها 318 محتجزاً": a verb of
        moving (``exchange_transfer``) with a counted noun of the same kind counts
        the exchange just named. Alone, a transfer is no exchange (نقل also tells
        transfers between prisons); told with one, it is its batch.
        """
        for later in self.kinds:
            if later.start <= kind.end or later.start in used or later.label != kind.label:
                continue
            if later.start - kind.end > 120 or later.end > limit:
                return None
            if _full_stop(self.text, kind.end, later.start):
                return None
            quantity = self._quantity_before(kind.end, later.start)
            if quantity is None:
                continue
            # the verb, or the verb and its subject (وستتضمن المرحلة الأولى 150 أسيراً)
            before = self.analysis.words_in(max(kind.end, quantity[0] - 40), quantity[0])[-3:]
            if not any(
                word in self.moving_or_including  # …، يشمل نحو 300 موقوف
                for s, e in before
                for word in (self.text[s:e], bare(self.text[s:e]))
            ):
                continue
            used.add(later.start)
            written = self.text[quantity[0] : quantity[1]]
            if self._is_vague(written):
                return None, True, later.end
            return _as_count(quantity[2].value), bool(quantity[2].approximate), later.end
        return None

    def _containers_before(self, low: int, kind: Cue) -> tuple[int, int, Quantity] | None:
        """The number of containers the bodies are handed over in, right before them.

        "سلّمت بيونغ يانغ 55 صندوقاً تحتوي رفات جنود": a number, one noun (the container)
        and a verb of containing (``exchange_containing``) right before a kind of bodies.
        """
        if kind.label != ExchangeKind.BODIES.value:
            return None
        words = self.analysis.words_in(max(low, kind.start - 40), kind.start)[-2:]
        if len(words) < 2 or has_break(self.text, words[0][0], kind.start):
            return None
        if self.text[words[1][0] : words[1][1]] not in self.containing:
            return None
        return next(
            (
                q
                for q in self.numbers
                if low <= q[0]
                and 0 <= words[0][0] - q[1] <= 2
                and not self._is_vague(self.text[q[0] : q[1]])
            ),
            None,
        )

    def _quantity_before(self, low: int, position: int) -> tuple[int, int, Quantity] | None:
        """The quantity written just before the kind noun (ألف أسير، نحو 50 رهينة)."""
        found = [
            item
            for item in self.numbers
            if low <= item[0]
            and item[1] <= position
            and (
                position - item[1] <= 3
                or self.text[item[1] : position].strip() == "من"  # 100 من عناصر …
                or self._people_between(item[1], position)
                or self._partitive(item[1], position)
            )
        ]
        return found[-1] if found else None

    def _partitive(self, end: int, position: int) -> bool:
        """Whether "من" and one or two nouns stand between a number and a definite kind noun.

        "٢٠ من قيادييها المعتقلين"، "ثلاثة من قادة الحركة المحتجزين": the kind noun is an
        adjective of the people the number counts, with the article.
        """
        if not self.text.startswith("ال", position):
            return False
        words = tokens(self.text, end, position)
        return (
            2 <= len(words) <= 3
            and self.text[words[0][0] : words[0][1]] == "من"
            and not has_break(self.text, end, position)
            and not any(self.text[s:e] in self.prepositions for s, e in words[1:])
        )

    def _definite_count_after(self, position: int, limit: int) -> tuple[int, int] | None:
        """A number with the article after the kind noun: الرهائن العشرين → 20.

        Up to two other definite words (a genitive, an adjective) may stand between:
        جثث المحتجزين الـ13، الأسرى الفلسطينيين الخمسة.
        """
        following = self.analysis.words_in(position, min(limit, position + 50))[:3]
        for w_start, w_end in following:
            if has_break(self.text, position, w_start):
                return None
            word = self.text[w_start:w_end]
            if not word.startswith("ال") or len(word) < 3:
                return None
            compound = next((q for q in self.numbers if q[0] == w_start and q[1] > w_end), None)
            if compound is not None:  # جنودنا الثمانية عشر: the number, not its first word
                count = _as_count(compound[2].value)
                if compound[2].approximate or count is None or count < 2:
                    return None
                return count, compound[1]
            parsed = parse_number(word[2:])
            if parsed is None:
                continue  # a definite genitive or adjective
            if parsed.value < 2 or parsed.text != word[2:] or parsed.approximate:
                return None
            count = _as_count(parsed.value)
            return (count, w_end) if count is not None else None
        return None

    def _apposed_count(self, position: int, limit: int) -> tuple[int, int, Quantity] | None:
        """The quantity after a count marker following the kind noun (… وعددهم 20 رهينة).

        The marker must be in the kind noun's own clause: past a word of contrast (في حين،
        بينما، فيما، لكن) a new clause begins whose عددهم counts what its own subject says
        (… جميع المعتقلين، في حين تقدّر منظمة عددهم بأكثر من ألف: an estimate, not the count
        of the release).
        """
        marker = next(
            (
                c
                for c in self.count_markers
                if position <= c.start <= min(limit, position + 80)
                and not _sentence_break(self.text, position, c.start)
            ),
            None,
        )
        if marker is None:
            return None
        if any(
            self.text[w_start:w_end] in self.contrasts
            for w_start, w_end in self.analysis.words_in(position, marker.start)
        ):
            return None
        if any(position < a.start < marker.start for a in self.actions):
            # الإفراج عن الجنود، لكنه اشترط الإفراج عن جميع عناصرها، وعددهم نحو 200: the
            # marker counts the object of the action after, not this kind noun
            return None
        for item in self.numbers:
            if marker.end <= item[0] <= marker.end + 3:
                return item
            between = tokens(self.text, marker.end, item[0]) if marker.end <= item[0] else []
            if (
                marker.end <= item[0]
                and not has_break(self.text, marker.end, item[0])
                and (
                    len(between) <= 4
                    or (  # وتقدّرهم منظمات حقوقية تركية بأكثر من 1500: the subject, then بـ
                        len(between) <= 6
                        and any(self.text.startswith("ب", s) for s, _ in between[-3:])
                    )
                )
            ):
                return item  # وعددهم بحسب تقديراتنا أكثر من 100 شخص
        return None

    def _people_between(self, start: int, end: int) -> bool:
        """Whether only nouns of people and demonyms stand in ``text[start:end]``.

        خمسة مواطنين أميركيين محتجزين: the count reaches the kind noun over them.
        """
        words = self.analysis.words_in(start, end)
        # 23 أرمنياً على الأقل محتجزين: a hedge after the people is stepped over
        words = words[:1] + [w for w in words[1:] if not self._covered(self.hedge_after_chars, *w)]
        if not words or len(words) > 4 or has_break(self.text, start, end):
            return False
        for index, (w_start, w_end) in enumerate(words):
            word = self.text[w_start:w_end]
            if word in self.persons or bare(word) in self.persons or word in self.copulas:
                continue
            if bare(word) in self.others:
                continue  # ستة آخرين ما زالوا رهن الاحتجاز
            following = words[index + 1] if index + 1 < len(words) else None
            if (
                word in ("ما", "لا")
                and following is not None
                and self.text[following[0] : following[1]] in self.copulas
            ):
                continue  # ما زالوا، لا يزالون
            if index > 0 and _nisba(word):
                continue  # a demonym after the people, in the accusative (مواطناً أرمنياً)
            if self._demonym_at(w_start):
                continue
            return False
        return True

    def _quantity_after(self, position: int, limit: int) -> tuple[int, int, Quantity] | None:
        """A quantity right after the kind noun, counting a noun after it (رفات 12 جندياً).

        A word of the ``exchange_before_count`` list may stand between (رفات آخر ثلاث رهائن).
        """
        first = self.analysis.words_in(position, min(limit, position + 12))[:1]
        if first and not has_break(self.text, position, first[0][0]):
            word = self.text[first[0][0] : first[0][1]]
            if word in self.before_count:
                position = first[0][1]
        for item in self.numbers:
            if position <= item[0] <= position + 2 and item[1] < limit:
                following = self.analysis.words_in(item[1], min(limit, item[1] + 20))
                if following and not has_break(self.text, item[1], following[0][0]):
                    return item
        return None

    def _apposed_reading(self, position: int, limit: int) -> tuple[int, int | None, bool] | None:
        """The count after a count marker (:meth:`_apposed_count`) as a mention takes it:
        where it ends, the count and whether it is approximate. A vague one (عددهم بالمئات)
        counts nothing and is approximate; None without a marker."""
        apposed = self._apposed_count(position, limit)
        if apposed is None:
            return None
        if self._is_vague(self.text[apposed[0] : apposed[1]]):
            return apposed[1], None, True
        return apposed[1], _as_count(apposed[2].value), bool(apposed[2].approximate)

    def _is_vague(self, written: str) -> bool:
        """Whether a quantity (normalised text) is a vague plural such as آلاف or عشرات."""
        words = written.split()
        return bool(words) and (words[0] in self.vague or bare(words[0]) in self.vague)

    def _group_word_before(self, position: int) -> bool:
        """Whether a vague number or a quantifier of all stands right before ``position``.

        "الإفراج عن جميع الأسرى"، "تحتجز عشرات الجنود": a group of people, some of whom a
        later منهم counts.
        """
        spans = self.analysis.words_in(max(0, position - 12), position)
        if not spans:
            return False
        word = self.text[spans[-1][0] : spans[-1][1]]
        return word in self.vague or bare(word) in self.vague or bare(word) in self.quantifiers

    def _vague_word_before(self, position: int) -> bool:
        spans = self.analysis.words_in(max(0, position - 12), position)
        return bool(spans) and self.text[spans[-1][0] : spans[-1][1]] in self.vague

    def _hedged(self, position: int, low: int) -> bool:
        return any(low <= h.start and 0 <= position - h.end <= 2 for h in self.hedges)

    def _other_side(self, position: int, sent_end: int, used: set[int]) -> _OtherSide | None:
        """The other side of a "بألف" / "مقابل 1200" after the kind noun, if there is one."""
        text = self.text
        spans = tokens(text, position, min(sent_end, position + 60))
        for index, (t_start, t_end) in enumerate(spans[:6]):
            if has_break(text, position, t_start):
                break
            word = text[t_start:t_end]
            if (word in self.in_return or bare(word) in self.in_return) and index + 1 < len(spans):
                n_start, n_end = spans[index + 1]
                action = next((a for a in self.actions if a.start == n_start), None)
                if action is not None:  # مقابل تسليم 95 أسيراً، مقابل الإفراج عن 1000
                    rest = [t for t in spans if t[0] >= action.end]
                    if not rest:
                        return None
                    n_start, n_end = rest[0]
                hedge = next((h for h in self.hedges if h.start == n_start), None)
                if hedge is not None:  # مقابل نحو 1000 أسير
                    rest = [t for t in spans if t[0] >= hedge.end]
                    if not rest:
                        return None
                    n_start, n_end = rest[0]
                return self._number_at(n_start, n_end, used, hedge is not None)
            if word.startswith("ب") and len(word) > 2:
                parsed = parse_number(word[1:])
                if parsed is not None:
                    return _OtherSide(_as_count(parsed.value), t_start, t_end)
                quantity = next((q for s, _, q in self.numbers if s == t_start + 1), None)
                if quantity is not None:
                    return _OtherSide(_as_count(quantity.value), t_start, t_end)
        resumed = self._past_apposition(position, sent_end)
        if resumed is None or resumed <= position:
            return None
        return self._other_side(resumed, sent_end, used)

    def _use_coordinated(self, kind: Cue, used: set[int]) -> None:
        """Mark the kind nouns joined by و right after ``kind`` as used: one number counts them.

        "مقابل 600 أسير ومعتقل"، "الإفراج عن 1200 أسير ومحتجز": the second noun names the
        same people counted once, no people of their own for a later release to take
        (… أطلقت السلطات سراحهم).
        """
        last = kind
        for other in self.kinds:
            if other.start < last.end:
                continue
            if not self._coordinated(last, other):
                return
            used.add(other.start)
            last = other

    def _rate_after(self, position: int, sent_end: int) -> int | None:
        """Where a rate after the counted people ends: عن كل، مقابل كل، لكل and the noun.

        "15 جثماناً فلسطينياً عن كل جثمان إسرائيلي"، "رفات 15 فلسطينياً مقابل رفات كل رهينة"،
        "20 أسيراً لكل جندي": up to two words (adjectives) after the people, a word of
        return or عن, at most one noun (رفات، جثة), then كل and the noun it counts.
        """
        text = self.text
        spans = tokens(text, position, min(sent_end, position + 60))[:6]
        written = [text[s:e] for s, e in spans]
        # a side is no unit of a rate: 500 أسير عن كل طرف counts each side (exchange_per_side)
        sides = {phrase.split()[-1] for phrase in self.analysis.word_set("exchange_per_side")}
        for index, word in enumerate(written[:3]):
            if has_break(text, position, spans[index][0]):
                return None
            if word == "لكل" and index + 1 < len(spans):
                return None if written[index + 1] in sides else spans[index + 1][1]
            if word != "عن" and bare(word) not in self.in_return:
                continue
            for step in (1, 2):
                if written[index + step : index + step + 1] == ["كل"] and index + step + 1 < len(
                    spans
                ):
                    if written[index + step + 1] in sides:
                        return None
                    return spans[index + step + 1][1]
            return None
        return None

    def _past_apposition(self, position: int, sent_end: int) -> int | None:
        """The مقابل after the clause of the kind noun, past a comma or an apposition.

        "الإفراج عن الباحث الفرنسي المعتقل في إيفين منذ عامين، مقابل ثلاثة سجناء"، "الإفراج
        عن السياسي محمد قحطان، القيادي في حزب الإصلاح، مقابل 50 أسيراً": the position of
        the مقابل after the first comma, or after a second one closing an apposition.
        """
        text = self.text
        first = text.find(",", position, sent_end)
        if first < 0 or has_break(text, position, first) or len(tokens(text, position, first)) > 8:
            return None
        for comma in (first, text.find(",", first + 1, sent_end)):
            if comma < 0 or has_break(text, first + 1, comma):
                return None
            if comma > first and len(tokens(text, first, comma)) > 6:
                return None
            following = tokens(text, comma, min(sent_end, comma + 20))[:1]
            word = text[following[0][0] : following[0][1]] if following else ""
            if word in self.in_return or bare(word) in self.in_return:
                return following[0][0]
        return None

    def _number_at(self, start: int, end: int, used: set[int], hedged: bool) -> _OtherSide | None:
        for q_start, q_end, quantity in self.numbers:
            if q_start <= start < q_end:
                vague = self._is_vague(self.text[q_start:q_end])  # مقابل مئات الأسرى
                count = None if vague else _as_count(quantity.value)
                approximate = hedged or vague or bool(quantity.approximate)
                for kind in self.kinds:  # the other side's kind noun belongs to this exchange
                    if q_end <= kind.start <= q_end + 3:
                        used.add(kind.start)
                        self._use_coordinated(kind, used)  # 1968 أسيراً ومعتقلاً: one number
                        return _OtherSide(count, q_start, kind.end, kind, approximate)
                return _OtherSide(count, q_start, q_end, None, approximate)
        word = self.text[start:end]
        if word in ("الكل", "الجميع"):
            return _OtherSide(None, start, end)
        return None
