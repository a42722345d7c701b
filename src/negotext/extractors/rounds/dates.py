"""The date of a round and dates that tell when a clause is told.

The date nearest a trigger (not a "since" date), dates fronted before a clause, a date
filling the words between a place and a clause, and whether a date to come or a future
marker follows a verb: a present verb with a date to come tells a round planned.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from negotext.ar.normalize import normalize_text
from negotext.extractors._common import has_break
from negotext.extractors.round_grouping import WEEKDAYS
from negotext.extractors.rounds.clauses import _Clauses
from negotext.extractors.rounds.text import _previous_words
from negotext.extractors.rounds.words import LONG_ASIDE, PRESENT_DATE_WINDOW
from negotext.records import DateRef

if TYPE_CHECKING:
    from negotext.ar.dates import DateMention


#: The most words a heading line holds (■ ما الذي ننتظره الأسبوع المقبل؟).
HEADING_WORDS = 8
#: An Arabic word in a heading line.
HEADING_WORD = regex.compile(r"\p{Arabic}+")
#: A colon that opens quoted words (قال بعد الاجتماع: «…»; the normalised text writes every
#: quotation mark as a straight one).
QUOTE_OPENED = regex.compile(r":\s*[\"«“]")


class _Dates(_Clauses):
    """The reader's dates."""

    #: The ranges of the sections under a heading of the time to come, read when first asked.
    _ahead: list[tuple[int, int]] | None = None

    def _ahead_section(self, position: int) -> bool:
        """Whether ``position`` lies in a section headed by the time to come.

        A week summary closes with what to expect ("■ الأسبوع المقبل"، "ما الذي ننتظره الأسبوع
        المقبل؟") and its items ("- الاثنين: اجتماع في واشنطن …"، "- اجتماع للجنة في X يوم
        الخميس") name no verb and often a bare weekday: the heading tells they are to come.
        The section runs to the next heading (a short line with no closing stop that is no
        item of a list) or the end of the text.
        """
        if self._ahead is None:
            self._ahead = self._ahead_sections()
        return any(a <= position < b for a, b in self._ahead)

    def _ahead_sections(self) -> list[tuple[int, int]]:
        """The ranges of the sections under a heading of the time to come (``_ahead_section``)."""
        text = self.text
        phrases = self.analysis.word_set("round_ahead_headings")
        fillers = self.analysis.word_set("round_ahead_heading_words")
        sections: list[tuple[int, int]] = []
        opened: int | None = None
        position = 0
        for line in text.splitlines(keepends=True):
            start, position = position, position + len(line)
            body = line.strip()
            words = HEADING_WORD.findall(body)
            if not words or len(words) > HEADING_WORDS or body.endswith((".", "!")):
                continue
            if body[:1] in "-•–ـ" and not body.startswith("--"):
                continue  # an item of a list, not a heading
            if opened is not None:
                sections.append((opened, start))
                opened = None
            joined = " ".join(words)
            phrase = next((p for p in phrases if p in joined), None)
            if phrase is not None and all(
                w in fillers for w in joined.replace(phrase, " ").split()
            ):
                opened = position
        if opened is not None:
            sections.append((opened, len(text)))
        return sections

    def _date(self, lo: int, hi: int, start: int, end: int) -> tuple[int, int, DateMention] | None:
        """The date nearest the trigger in its window, not a "since" date (منذ عام 2022)."""
        candidates = []
        for d_start, d_end, date in self.dates:
            if d_start < lo or d_end > hi:
                continue
            if "منذ" in self.text[max(0, d_start - 8) : d_start] or self.text.startswith(
                "منذ", d_start
            ):  # (منذ ٤ سنوات read as one date: how long since, not when)
                continue
            since = _previous_words(self.analysis, d_start, 4)
            if "منذ" in since and since[0] == "في":
                continue  # منذ اندلاع الحرب في 15 أبريل: the event the span starts from
            if d_end <= start and self._sequel_at(start):
                continue  # لقاء أوهريد في مارس واجتماع فيينا: the date before is the first one's
            if d_start >= end and self._since_between(end, d_start):
                continue  # أول لقاء بينهما منذ اندلاع الأزمة أواخر العام الماضي: the date of
                # the event the round is counted from, not the round's
            if d_start >= end and self._quoted_after(end, d_start):
                continue  # قال بعد الاجتماع: «لن نرسم خطاً إلا على أساس خرائط عام 1991»
            distance = d_start - end if d_start >= end else start - d_end
            candidates.append((abs(distance), (d_start, d_end, date)))
        return min(candidates, key=lambda c: c[0])[1] if candidates else None

    def _quoted_after(self, end: int, position: int) -> bool:
        """Whether quoted words open with a colon between a trigger ending at ``end`` and
        ``position`` (وقال بعد الاجتماع: «نحن ملتزمون باتفاق آذار»، كتب عقب اللقاء: «التقيت
        الليلة …»). What someone says after the round is quoted there, and a date in the quote
        tells what the words are about, not when the round met."""
        return QUOTE_OPENED.search(self.text, end, position) is not None

    def _past_date(self, start: int, end: int) -> int:
        """``end``, or the start of a date that fills ``start``–``end`` but for a comma or في
        (إلى جنيف صباح اليوم، حيث; إلى جنيف في الثالث من مارس حيث): a time told between a
        place and what follows leaves the two adjacent."""
        for d_start, d_end, _ in self.dates:
            if start <= d_start and d_end <= end:
                before = self.text[start:d_start].strip()
                if before in ("", "في", ",") and not self.text[d_end:end].strip(" ,"):
                    return start
        return end

    def _fronted_date(self, position: int, sent_start: int) -> int | None:
        """Where a date fronted at the opening of a clause stands, when only asides part it
        from the clause at ``position`` (ففي مايو 2023، وبعد أسابيع قليلة من اندلاع الحرب، جلس
        …; وفي مارس الماضي عقد …): the time of that clause's round."""
        for d_start, d_end, _ in self.dates:
            if not sent_start <= d_start < position or d_end > position:
                continue
            opening = max(  # (…؛ ففي مايو 2023: a clause after a semicolon opens there)
                sent_start, *(self.text.rfind(m, sent_start, d_start) + 1 for m in ";:")
            )
            lead = [self.text[a:b] for a, b in self.analysis.words_in(opening, d_start)]
            if any(w not in ("في", "وفي", "ففي") for w in lead):
                continue
            gap = LONG_ASIDE.sub(" ", self.text[d_end:position]).strip()
            if gap in ("", ","):
                return d_start
        return None

    def _to_come(self, date: DateRef) -> bool:
        """Whether a date is after the publication date (unknown: not)."""
        published = self.analysis.document.published
        return date.value is not None and published is not None and date.value > published

    def _future_date(self, position: int, reach: int = 30) -> bool:
        """Whether a date after the publication date follows ``position`` in its clause."""
        published = self.analysis.document.published
        if published is None:
            return False
        for d_start, _, date in self.dates:
            if position <= d_start <= position + reach and not has_break(
                self.text, position, d_start
            ):
                if _previous_words(self.analysis, d_start, 1) == ["منذ"]:
                    return False  # تستضيف منذ الأحد: under way since then
                return date.value is not None and date.value > published
        return False

    def _future_after(self, position: int) -> bool:
        """Whether a future marker or a date to come follows ``position`` in its clause
        (يلتقي غداً، يجتمعان الأسبوع المقبل)."""
        return self._future_date(position) or any(
            position <= m.start <= position + 40 and not has_break(self.text, position, m.start)
            for m in self.future
        )

    def _weekday_after(self, position: int) -> bool:
        """Whether a bare weekday (يوم الأحد، الخميس) follows a present verb in its clause.

        The present with a weekday and no اليوم tells the coming day (وتجري وفود … مشاورات
        في جنيف يوم الأحد); "تستضيف الدوحة اليوم الاثنين جولة" is today's round.
        """
        for d_start, _, date in self.dates:
            if not position <= d_start <= position + PRESENT_DATE_WINDOW:
                continue
            if has_break(self.text, position, d_start):
                return False
            words = normalize_text(date.text).split()
            return (
                any(w in WEEKDAYS for w in words)
                and all(w in WEEKDAYS or w in ("يوم", "صباح", "مساء") for w in words)
                and _previous_words(self.analysis, d_start, 1) != ["منذ"]
            )
        return False

    def _dated_venue(self, end: int, place: tuple[int, int], date: tuple[int, int]) -> bool:
        """Whether the venue, then the date, follow the noun at ``end`` in its own phrase."""
        between = [self.text[a:b] for a, b in self.analysis.words_in(end, place[0])]
        if len(between) > 2 or has_break(self.text, end, date[0]):
            return False
        first = next((t for t in self.triggers if t[1] == end), None)
        start = first[0] if first else end
        if any(
            not c.label and 0 <= start - c.end <= 3 for c in self.statuses
        ):  # وكان من المقرر أن تنطلق الجولة في جوبا يوم الأحد الماضي: scheduled, not held
            return False
        gap = [self.text[a:b] for a, b in self.analysis.words_in(place[1], date[0])]
        return place[1] <= date[0] and len(gap) <= 2 and "منذ" not in gap
