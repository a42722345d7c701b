"""Swaps: a mention that is the other side of the exchange told just before it.

"أفرجت عن 1000 أسير …، مقابل إطلاق سراح 1200 أسير"، "أفرجت الحركة عن أربع رهائن، فيما أطلقت
الحكومة سراح 120 أسيراً": what is given in return (مقابل، في المقابل، نظير) or done in a
clause of contrast is no exchange of its own; its count becomes the first one's
``count_other``.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterator

from negotext.extractors._common import Cue, bare, has_break, sentence_range
from negotext.extractors.exchanges.antecedents import _Antecedents
from negotext.extractors.exchanges.mention import _STAGES, _Mention
from negotext.extractors.exchanges.text import _definite, _full_stop, _sentence_break
from negotext.records import ExchangeKind, ExchangeStatus


def _next_sentence(gap: str) -> bool:
    """Whether ``gap``, between a release and the next one, ends one sentence and no more.

    Within a paragraph: exactly one stop. Across a paragraph break ("… بتهمة الصيد دون
    ترخيص.\n\nوفي المقابل، أفرجت …", a live blog's next entry "١١:٣٠ — مصدر …: الحكومة
    أفرجت في المقابل عن …"): the first release's sentence ends its paragraph, and the next
    paragraph has no sentence stop before the release, only the colons of an entry's time
    and of a source named.
    """
    if "\n" not in gap:
        return sum(gap.count(mark) for mark in ".!?;:") == 1
    ending, _, opening = gap.partition("\n")
    opening = opening.lstrip("\n")
    if "\n" in opening or not ending.rstrip().endswith((".", "!", "?")):
        return False
    return sum(ending.count(mark) for mark in ".!?;:") == 1 and not any(
        mark in opening for mark in ".!?;"
    )


class _Swaps(_Antecedents):
    """The exchange reader's swaps: whether a mention is the other side of the one before."""

    def _in_return(self, action: Cue, mention: _Mention) -> str | None:
        """How a word of return marks the mention as what is given back for another, if it does.

        Right before its action (مقابل إطلاق سراح 1200 أسير، لقاء الإفراج عن …), or inside
        its clause, between the action and the kind noun, or opening the clause right before
        the action (وسلّمت في المقابل 41 جثماناً، على أن تتسلم كابل بالمقابل رفات …، وفي
        المقابل جرى تسليم 175 أسيراً): مقابل، بالمقابل، في المقابل، لقاء، نظير. "object"
        when the word governs the action (مقابل إطلاق …), "clause" when a phrase marks its
        clause, which may also mean "on the other hand".
        """
        text = self.text
        before = self.analysis.words_in(max(0, action.start - 40), action.start)[-4:]
        last = text[before[-1][0] : before[-1][1]] if before else ""
        if bare(last) in self.in_return and not _definite(last):  # not بالمقابل، في المقابل
            return "object"
        inside = self.analysis.words_in(action.end, mention.end)
        if next(self._return_phrases(inside), None) is not None:
            return "clause"
        # وفي المقابل جرى تسليم …، وفي المقابل، أفرجت …: the phrase opens the action's clause
        opens = any(
            len(before) - end <= 1
            and (
                text.startswith("و", before[start][0])
                or text[: before[start][0]].rstrip()[-1:] in ("", ",", ".", "\n", ":", ";")
            )
            for start, end in self._return_phrases(before)
        )
        return "clause" if opens else None

    def _return_phrases(self, words: list[tuple[int, int]]) -> Iterator[tuple[int, int]]:
        """Where بالمقابل / في المقابل stand among ``words``: their first and past-last index.

        A word of return with the pronoun of what was told before (مقابلهما، مقابلها، لقاءهم:
        "in return for them") marks its clause the same way.
        """
        written = [self.text[s:e].removeprefix("و") for s, e in words]
        for index, word in enumerate(written):
            if word == "بالمقابل" or word in self.returns_for_them:
                yield index, index + 1
            elif word == "في" and written[index + 1 : index + 2] == ["المقابل"]:
                yield index, index + 2

    def _other_half(self, action: Cue, mention: _Mention, previous: _Mention | None) -> bool:
        """Whether a mention after مقابل is the other side of the exchange just told.

        "أفرجت عن 1000 أسير …، مقابل إطلاق سراح 1200 أسير": the release after مقابل is
        what is given in return, no exchange of its own; its count, if any, becomes the
        first one's ``count_other``, whatever its kind (إطلاق سراح 10 رهائن …، مقابل الإفراج
        عن 1800 أسير: one swap of hostages, as the coders of the newest batches code it).
        """
        if previous is None:
            return False
        if self._antecedent_in_return(action, mention):
            # مقابل governs the people: one sentence is enough, however many commas stand
            # between (… 67 سجيناً، معظمهم من الصيادين، عبر المعبر، مقابل 12 سجيناً أفرجت عنهم …)
            if _full_stop(self.text, previous.end, mention.start):
                return False
            marked: str | None = "object"
        elif _sentence_break(self.text, previous.end, action.start):
            if not self._next_sentence_in_return(action, mention, previous):
                return False
            marked = "clause"
        else:
            marked = self._in_return(action, mention)
        if marked is None and self._done_in_contrast(action, mention, previous):
            marked = "clause"
        if marked is None and self._fronted_return(action, previous):
            marked = "object"  # ومقابل الإفراج عن 50 معتقلاً، أطلق المتمردون سراح 15 جندياً
        if marked is None and self._under_the_deal(action, previous):
            marked = "clause"  # أفرجت عن فلان، في إطار صفقة أُطلق بموجبها سراح معتقل
        if marked is None:
            return False
        if (
            marked == "clause"
            and None not in (previous.status, mention.status)
            and previous.status != mention.status
            and not {previous.status, mention.status} <= _STAGES
        ):
            return False  # طالبت بالإفراج عن …، وفي المقابل أفرجت عن …: on the other hand
        if mention.kind != previous.kind:  # 20 رهينة مقابل إطلاق سراح 1968 أسيراً: one swap
            self._held_for_prisoners(previous, mention.noun)
        elif (
            marked == "clause"
            and previous.count is None
            and not previous.approximate
            and mention.count is not None
        ):
            # تسلمت رفات أحد الرهائن، وسلّمت في المقابل جثامين 15: of one kind, the only
            # number told counts the exchange
            previous.count, previous.approximate = mention.count, mention.approximate
        if previous.count_other is None and mention.count not in (None, previous.count):
            previous.count_other = mention.count
        previous.per_side = True if previous.per_side is None else previous.per_side
        previous.evidence = (previous.evidence[0], max(previous.evidence[1], mention.evidence[1]))
        return True

    def _under_the_deal(self, action: Cue, previous: _Mention) -> bool:
        """Whether the release is made under a deal named right after the release before it.

        "أفرجت السلطات عن المواطن X، في إطار صفقة تبادل أُطلق بموجبها سراح معتقل من بلدها"،
        "أفرجت عن الصحفيَّين …، ضمن تفاهم أوسع يشمل الإفراج عن مواطنة من البلد الآخر": one
        side's release told first, then, after a comma in the same sentence, a noun of a deal
        (``exchange_deal_nouns``) whose release is the other side's: one swap told in one
        sentence, as tools/blind/CONVENTIONS.md rule 1 codes it. The deal noun stands at most
        three words before the action, and the action is the deal's own: a pronoun of the deal
        (بموجبها) right before or after it, or a verb of including (يشمل، شملت) right before.
        """
        text = self.text
        if previous.end > action.start or _full_stop(text, previous.end, action.start):
            return False
        deals = self.analysis.word_set("exchange_deal_nouns")
        before = self.analysis.words_in(max(previous.end, action.start - 60), action.start)[-4:]
        deal = next(
            (i for i, (s, e) in enumerate(before) if bare(text[s:e]) in deals),
            None,
        )
        if deal is None or "," not in text[previous.end : before[deal][0]]:
            return False
        if has_break(text, before[deal][0], action.start):
            return False
        under = ("بموجبها", "بموجبه")
        after = self.analysis.words_in(action.end, min(len(text), action.end + 20))[:1]
        last = text[before[-1][0] : before[-1][1]]
        return (
            last in under
            or last in self.included_words | self.inclusion
            or (bool(after) and text[after[0][0] : after[0][1]] in under)
        )

    def _next_sentence_in_return(self, action: Cue, mention: _Mention, previous: _Mention) -> bool:
        """Whether the sentence right after a release opens with في المقابل and tells the other
        side done or promised as the first one was: one swap told across two sentences.

        "أفرجت الحكومة عن 40 معتقلاً. وفي المقابل أطلقت الجبهة سراح 35 جندياً": one exchange,
        the second number its ``count_other``, when both halves have one status
        (tools/blind/CONVENTIONS.md rule 16); a half only promised or demanded for one done
        (… وفي المقابل تعهد الجيش بإطلاق 8 رهائن) is an exchange of its own, and so is any
        release more than one sentence on. The next sentence may open the next paragraph or
        entry of a live blog (``_next_sentence``).
        """
        if not _next_sentence(self.text[previous.end : action.start]):
            return False
        if previous.count is None or mention.count is None or previous.count_other is not None:
            return False
        if previous.status is None or previous.status != mention.status:
            return False
        if (mention.kind == ExchangeKind.BODIES) != (previous.kind == ExchangeKind.BODIES):
            return False
        if ExchangeKind.DOCUMENTS in (mention.kind, previous.kind):
            return False
        return self._in_return(action, mention) == "clause"

    def _antecedent_in_return(self, action: Cue, mention: _Mention) -> bool:
        """Whether a release told by a pronoun has its people right after a word of return.

        "أعادت الحكومة 60 أسيراً، مقابل 25 أسيراً أفرجت عنهم الجماعة": the people stand
        before the release that carries them as a pronoun (عنهم، سراحهم), and a word of return
        (مقابل، لقاء، نظير; not بالمقابل) governs them: they are what was given back for the
        exchange told before, no exchange of their own.
        """
        if mention.start >= action.start:
            return False
        before = self.analysis.words_in(max(0, mention.start - 20), mention.start)[-1:]
        if not before or has_break(self.text, before[0][1], mention.start):
            return False
        word = self.text[before[0][0] : before[0][1]]
        return bare(word) in self.in_return and not _definite(word)

    def _received_in_return(self, action: Cue, previous: _Mention) -> bool:
        """Whether a finite verb of getting back joined by و to a release is its other side.

        "أطلقنا 410 من عناصر الحركة واستعدنا 240 من أسرانا"، "أفرجت السلطات عن 90 سجيناً
        وتسلمت ثلاثة رهائن": one side released, the other received, one swap told in one
        clause. Only a finite verb (``exchange_receiving``) right after و, with no clause
        break since the release.
        """
        receiving = self.analysis.word_set("exchange_receiving")
        if self.text[action.start : action.start + 1] != "و":
            return False
        if action.word in receiving:
            return not has_break(self.text, previous.start, action.start)
        # استعدنا رفات 11 من جنودنا، وسلّمنا جثث أربعة من مقاتليها: got back, then handed over
        # in return, the verb of handing opening the clause right after one comma
        first = self.analysis.words_in(previous.start, min(len(self.text), previous.start + 20))
        word = self.text[first[0][0] : first[0][1]] if first else ""
        if word.removeprefix("و") not in receiving:
            return False
        if action.word not in self.handing_people and not self._released_verb(action):
            return False
        gap = self.text[previous.end : action.start]
        tail = gap.rsplit(",", 1)[-1]  # the verb of handing opens the clause after the comma
        return gap.count(",") <= 1 and not tail.strip() and not _full_stop(gap, 0, len(gap))

    def _done_in_contrast(self, action: Cue, mention: _Mention, previous: _Mention) -> bool:
        """Whether a release done in a clause of contrast is the other side of the one before.

        "أفرجت الحركة عن أربع رهائن، فيما أطلقت الحكومة سراح 120 أسيراً"، "تسلّمت كابل رفات
        ألف جندي، بينما سلّمت 60 جثة": both sides of one swap, told done and counted in one
        sentence, the second opening its clause with فيما / بينما / في حين after a comma.
        Bodies go for bodies, captives for captives; a swap told with both its sides before
        (60 أسيراً من كل جانب) wants no other. Running totals of the two sides (سلّمت حتى
        الآن رفات 24 …، فيما تسلّمت 300 جثمان، تسلّمت منذ بدء الهدنة …) are one swap too, done
        so far, as tools/blind/CONVENTIONS.md rule 1 codes a swap told in one sentence;
        demands and promises in such clauses are each side's own (طالبت …، فيما تطالب …).
        """
        text = self.text
        done = (ExchangeStatus.COMPLETED, ExchangeStatus.ONGOING)  # so far (منذ بدء الهدنة)
        # the terms of one deal (يقضي الاتفاق بإطلاق الحركة 40 رهينة، في حين تفرج الحكومة عن
        # 300 أسير): both agreed or both proposed, the second half told with no cue of its own
        terms = (ExchangeStatus.AGREED, ExchangeStatus.PROPOSED)
        if previous.status in terms and mention.status in (None, previous.status):
            pass
        elif mention.status not in done or previous.status not in done:
            return False
        if None in (mention.count, previous.count) or previous.count_other is not None:
            return False
        if previous.per_side is not None:
            return False  # تبادلت … 60 أسيراً من كل جانب، فيما أفرجت عن 12 مدنياً: a swap told whole
        if (mention.kind == ExchangeKind.BODIES) != (previous.kind == ExchangeKind.BODIES):
            return False
        if ExchangeKind.DOCUMENTS in (mention.kind, previous.kind):
            return False
        if self._dated_apart(previous, action, mention):
            return False  # أُطلق الأسبوع الماضي سراح 64 …، فيما أفرج الجيش في سبتمبر عن 100
        if self._released_by_another(action, previous):  # …، وأطلقت يريفان سراح 9 جنود
            return True
        if not self._received_in_return(action, previous):  # أطلقنا 410 … واستعدنا 240
            comma = text.rfind(",", previous.end, action.start)
            if comma < 0:
                return False
            opening = [
                text[s:e].removeprefix("و") for s, e in self.analysis.words_in(comma, action.start)
            ]
            returns = action.start in self.returns and previous.start in self.returns
            if returns and self.text[comma : action.start].strip(", ") in ("", "و"):
                # عاد 20 رهينة، وخرج 2000 أسير: the two sides' captives come back, one clause each
                opening = []
            elif opening[:1] not in (["فيما"], ["بينما"]) and opening[:2] != ["في", "حين"]:
                return False
            if len(opening) > 3:
                return False  # the release opens the clause, or follows a subject or a time
        return True

    def _dated_apart(self, previous: _Mention, action: Cue, mention: _Mention) -> bool:
        """Whether the two releases carry dates of their own that do not overlap.

        "أعلن الأسبوع الماضي إطلاق سراح 64 أسيراً، فيما أفرج الجيش في سبتمبر عن نحو مئة
        أسير": two releases at two times, not the two sides of one swap; a day or two apart
        (مساء الأحد … فجر الاثنين) is one swap carried out over a night. A release's date
        stands in it or right before it in its sentence.
        """
        sent_start, _ = sentence_range(self.analysis, previous.start)

        def date_in(start: int, end: int) -> tuple[datetime.date, datetime.date] | None:
            return next(((d[2], d[3]) for d in self.dated if start <= d[0] < end), None)

        first = date_in(max(sent_start, previous.start - 30), previous.end)
        second = date_in(action.start, mention.end)
        if first is None or second is None:
            return False
        week = datetime.timedelta(days=7)  # مساء الأحد … فجر الاثنين: one swap over a night
        return first[1] + week < second[0] or second[1] + week < first[0]

    def _released_by_another(self, action: Cue, previous: _Mention) -> bool:
        """Whether a release joined by و to the one before names another side as its subject.

        "أفرج الجيش الأذربيجاني عن 12 أسيراً، وأطلقت يريفان سراح 9 جنود": a finite verb
        right after و, with no clause break since the first release, and a named side right
        after the verb that is not the first release's subject, at most a comma between: the
        two sides of one swap
        (tools/blind/CONVENTIONS.md rule 1). With no subject of its own (وأطلقت سراح 5
        صحفيين) the same side released more people: an exchange of its own.
        """
        if self.text[action.start : action.start + 1] != "و":
            return False
        gap = self.text[previous.start : action.start]
        if has_break(gap.replace(",", " ", 1), 0, len(gap)) or len(gap.split()) > 10:
            return False  # at most the comma before و, within a few words
        subject = self._subject_after(action.start)
        if subject is None:
            return False
        first = self._subject_after(previous.start)
        return first is None or bare(first) != bare(subject)

    def _subject_after(self, position: int) -> str | None:
        """The named side right after the verb that starts at ``position``, as written."""
        words = self.analysis.words_in(position, min(len(self.text), position + 60))[:2]
        if len(words) < 2:
            return None
        start = words[1][0]
        end = next((e for s, e in self.named if s == start), None)
        return None if end is None else self.text[start:end]

    def _fronted_return(self, action: Cue, previous: _Mention) -> bool:
        """Whether the mention before opens its sentence or clause with a word of return and
        the action is the main clause right after it, past one comma: "ومقابل الإفراج عن 50
        معتقلاً، أطلق المتمردون سراح 15 جندياً"، "وفي مقابل إطلاق سراح 50 أسيراً، أفرجت الحركة
        عن 15 جندياً": the swap told with the other side first, one exchange whose count is
        the side named first (tools/blind/CONVENTIONS.md rule 1)."""
        text = self.text
        before = self.analysis.words_in(max(0, previous.start - 40), previous.start)[-3:]
        if not before:
            return False
        last = text[before[-1][0] : before[-1][1]]
        if bare(last) not in self.in_return or _definite(last):
            return False
        opening = before[-1][0]
        if len(before) > 1 and text[before[-2][0] : before[-2][1]] in ("في", "وفي"):
            opening = before[-2][0]
        if text[:opening].rstrip()[-1:] not in ("", ".", ",", "\n", ":", ";"):
            return False
        gap = text[previous.end : action.start]
        if gap.count(",") != 1 or _sentence_break(text, previous.end, action.start):
            return False
        return len(gap.split()) <= 6
