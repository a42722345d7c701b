"""What the exchange reader looks up in a document, each part found on first use.

The cues of the extractor's word lists (``exchange_*`` lexicons: kind nouns, status cues,
hedges, words of the route …), the lists themselves as sets, the document's numbers,
entities and dates as normalised ranges, and the character positions they cover, so the
rules ask "is this word part of a number?" in constant time. A document with no word of
exchanging or releasing (a third of news pages) needs none of it: every part is a cached
property. The reader's own state is declared here and set by ``reader._Reader``.
"""

from __future__ import annotations

import calendar
import datetime
import functools
from collections.abc import Iterator
from typing import TYPE_CHECKING

from negotext.extractors._common import (
    Cue,
    bare,
    find_cues,
    has_break,
    located_entities,
    norm_range,
    tokens,
)
from negotext.records import EntityKind, ExchangeKind, ExchangeStatus

if TYPE_CHECKING:
    from negotext.analysis import Analysis
    from negotext.ar.numbers import Quantity


KIND_LEXICONS = {f"exchange_kind_{kind.value}": kind.value for kind in ExchangeKind}

STATUS_LEXICONS = {f"exchange_{status.value}": status.value for status in ExchangeStatus}

#: The word lists of the verbs of capturing and the kind of the people each takes:
#: taking captive → prisoners, kidnapping → hostages, arresting or holding → detainees.
#: The capture cues (``captures``, ``captives``, ``kidnaps``) carry these labels and
#: ``_capture_kind`` reads a verb by them, in this order.
CAPTURE_LEXICONS = {
    f"exchange_capture_{kind.value}": kind.value
    for kind in (ExchangeKind.PRISONERS, ExchangeKind.HOSTAGES, ExchangeKind.DETAINEES)
}


def _lazy_cues(lexicon: str, label: str) -> functools.cached_property[list[Cue]]:
    """A reader attribute holding the cues of one word list, found on first use."""

    def find(reader: _Lookups) -> list[Cue]:
        return find_cues(reader.analysis, {lexicon: label})

    find.__doc__ = f"The cues of ``{lexicon}`` (labelled {label!r}), found on first use."
    return functools.cached_property(find)


def _capture_cues(kind: ExchangeKind) -> functools.cached_property[list[Cue]]:
    """A reader attribute holding the cues of the verbs of capturing that take ``kind``."""
    lexicon = f"exchange_capture_{kind.value}"
    return _lazy_cues(lexicon, CAPTURE_LEXICONS[lexicon])


def _last_day(first: datetime.date, granularity: str, last: datetime.date | None) -> datetime.date:
    """The last day of the unit a date names (its day, week, month or year)."""
    if last is not None:
        return last
    if granularity == "week":
        return first + datetime.timedelta(days=6)
    if granularity == "month":
        return first.replace(day=calendar.monthrange(first.year, first.month)[1])
    if granularity == "year":
        return first.replace(month=12, day=31)
    return first


class _Lookups:
    """What the exchange reader looks up in one document, and its state."""

    # The reader's state, set by ``_Reader.__init__`` and read by every layer.
    analysis: Analysis
    #: The normalised text: every offset the reader handles indexes it.
    text: str
    #: The words of exchanging and releasing, in text order.
    actions: list[Cue]
    #: Verbs of handing over that carry their object as a pronoun: where they start.
    handed_pronoun: set[int]
    #: Of those, the verbal nouns of exchanging (تبادلها، مبادلتهم): see the reader.
    traded_pronoun: set[int]
    #: Where the bare words of releasing start: their people are their direct object.
    direct_release: frozenset[int]
    #: Verbs of coming back with counted captives as their subject: where they start.
    returns: frozenset[int]
    #: People counted after their nationality: where the people start → their number.
    counted_after: dict[int, tuple[int, int, Quantity]]
    #: One person released, named by a noun of what they do: where the noun starts.
    one_person: set[int]
    named_count: dict[int, int]
    #: Numbers that count the names on a list or a paper (قائمة بـ246 هندياً): where.
    in_papers: set[int]
    # Word lists for membership tests, read once when the reader is made.
    vague: frozenset[str]
    dual: frozenset[str]
    in_return: frozenset[str]
    copulas: frozenset[str]
    singular: frozenset[str]
    handing: frozenset[str]
    documents_exchanged: frozenset[str]
    partitives: frozenset[str]
    persons: frozenset[str]
    handing_people: frozenset[str]
    before_count: frozenset[str]
    transfer: frozenset[str]
    inclusion: frozenset[str]

    # Word lists of ``ar/data/lexicons`` read in membership and prefix tests. Sets (and the
    # tuples of word starts) are built once per Resources; the reader only keeps them at hand.

    @functools.cached_property
    def object_suffixes(self) -> frozenset[str]:
        return self.analysis.word_set("exchange_object_suffixes")

    @functools.cached_property
    def breakdown_markers(self) -> frozenset[str]:
        return self.analysis.word_set("exchange_breakdown_markers")

    def opens_breakdown(self, word: str) -> bool:
        """Whether ``word`` (as written or without its clitics) opens the parts of a total
        (بواقع، منهم، بينهم)."""
        return word in self.breakdown_markers or bare(word) in self.breakdown_markers

    @functools.cached_property
    def conditions(self) -> frozenset[str]:
        return self.analysis.word_set("exchange_conditions")

    @functools.cached_property
    def contrasts(self) -> frozenset[str]:
        return self.analysis.word_set("exchange_contrasts")

    @functools.cached_property
    def prisoner_nouns(self) -> tuple[str, ...]:
        """How the nouns of prisoners proper start (أسير، أسرى، سجين، سجناء)."""
        return self.analysis.lexicon("exchange_prisoner_nouns")

    @functools.cached_property
    def member_nouns(self) -> frozenset[str]:
        return self.analysis.word_set("exchange_member_nouns")

    @functools.cached_property
    def kidnapped_nouns(self) -> tuple[str, ...]:
        """How the nouns of the kidnapped start (المختطفين، المخطوفين)."""
        return self.analysis.lexicon("exchange_kidnapped_nouns")

    @functools.cached_property
    def arrested_nouns(self) -> tuple[str, ...]:
        """How the nouns of the arrested start (معتقلين، موقوفين)."""
        return self.analysis.lexicon("exchange_arrested_nouns")

    @functools.cached_property
    def holders(self) -> frozenset[str]:
        return self.analysis.word_set("exchange_holders")

    @functools.cached_property
    def return_pronouns(self) -> tuple[str, ...]:
        return self.analysis.lexicon("exchange_return_pronouns")

    @functools.cached_property
    def others(self) -> frozenset[str]:
        return self.analysis.word_set("exchange_others")

    @functools.cached_property
    def another(self) -> frozenset[str]:
        """The singular "another" (ومواطن سويدي آخر، وآخر ألماني): one more person."""
        return self.analysis.word_set("exchange_another")

    @functools.cached_property
    def demonstratives(self) -> frozenset[str]:
        return self.analysis.word_set("exchange_demonstratives")

    @functools.cached_property
    def captive_nouns(self) -> tuple[str, ...]:
        """How the nouns of captives start (أسرى، رهائن، معتقلين، محتجزين، مختطفين)."""
        return self.analysis.lexicon("exchange_captive_nouns")

    @functools.cached_property
    def negators(self) -> frozenset[str]:
        return self.analysis.word_set("exchange_negators")

    @functools.cached_property
    def exceptions(self) -> frozenset[str]:
        """Particles of exception that undo a past negation (لم تفرج … إلا عن خمسة)."""
        return self.analysis.word_set("exchange_exceptions")

    @functools.cached_property
    def future_words(self) -> frozenset[str]:
        return self.analysis.word_set("exchange_future")

    @functools.cached_property
    def clause_joiners(self) -> frozenset[str]:
        return self.analysis.word_set("exchange_clause_joiners")

    @functools.cached_property
    def prepositions(self) -> frozenset[str]:
        return self.analysis.word_set("exchange_prepositions")

    # Everything else is read on first use: a document with no word of exchanging or
    # releasing (a third of news pages) needs none of it, and a document whose actions
    # meet no kind noun needs few of the other word lists.

    @functools.cached_property
    def kinds(self) -> list[Cue]:
        return [
            cue
            for cue in find_cues(self.analysis, KIND_LEXICONS, suffixes=True)
            if not self._hostage_figure(cue)
        ]

    def _hostage_figure(self, cue: Cue) -> bool:
        """Whether a singular رهينة is the idiom "held hostage to", said of a thing.

        "لا يمكن أن تبقى أكبر محطة نووية رهينة بيد المحتلين"، "ولن نسمح باحتجاز العملية
        السلمية رهينة"، "ظل ملف الطرق رهينة الحسابات العسكرية"، "تحوّل الملف إلى رهينة لمسار
        آخر": the bare singular, with no number, after a verb of remaining or becoming
        (``exchange_hostage_figure``, ``exchange_copulas``) or a subject with the article or a
        name right before it, and followed by what it is hostage to: a word with ل (not لا، لم،
        لن، لدى), a word with the article, بيد / بأيدي, or the end of its clause. No person is
        held there: it is no kind noun, and tells no article that hostages are its captives.
        """
        text = self.text
        if text[cue.start : cue.end] not in ("رهينه", "رهينة"):
            return False
        before = self.analysis.words_in(max(0, cue.start - 30), cue.start)[-1:]
        if not before or has_break(text, before[0][1], cue.start):
            return False
        previous = text[before[0][0] : before[0][1]]
        governed = previous in self.analysis.word_set("exchange_hostage_figure") or (
            previous in self.analysis.word_set("exchange_copulas")
        )
        subject = (previous.startswith("ال") and len(previous) > 3) or any(
            s <= before[0][0] < e for s, e, _ in self.analysis.entity_ranges
        )
        if not governed and not subject:
            return False
        if any(s <= before[0][0] < e for s, e, _ in self.written_numbers):
            return False
        after = self.analysis.words_in(cue.end, min(len(text), cue.end + 30))[:1]
        if not after or has_break(text, cue.end, after[0][0]):
            return True  # لن نسمح باحتجاز العملية السلمية رهينة.
        following = text[after[0][0] : after[0][1]]
        if following in ("لا", "لم", "لن", "لدي", "لدى", "لكن"):
            return False
        return following.startswith(("ل", "ال")) or following in ("بيد", "بايدي", "بأيدي")

    @functools.cached_property
    def statuses(self) -> list[Cue]:
        """The status cues; بدا without its hamza in the original is "seemed", not بدأ "began".

        Normalisation writes بدأ (began: under way) and بدا (seemed) alike; the original
        tells them apart (وبدا أن صفقة التبادل باتت قريبة tells no exchange under way).
        """
        return [
            cue
            for cue in find_cues(self.analysis, STATUS_LEXICONS)
            if (
                cue.word != "بدا"
                or "أ" in self.analysis.slice(self.analysis.span(cue.start, cue.end))
            )
            and not self._discussed_as_urged(cue)
        ]

    def _discussed_as_urged(self, cue: Cue) -> bool:
        """Whether a cue of urging (حث) is the verb of discussing بحث read as ب + حث.

        A finite verb takes no preposition: وبحث الوفدان، بحثت الحكومة، بحثا are forms of
        بحث (discussed), whose ب the cue table reads as a proclitic before حث (urged).
        """
        if not cue.word.startswith(("حث", "يحث", "تحث")):
            return False
        word_start = cue.end - len(cue.word)
        return word_start > cue.start and self.text[word_start - 1] == "ب"

    per_side = _lazy_cues("exchange_per_side", "per_side")
    both_sides = _lazy_cues("exchange_both_sides", "both")
    all_for_all = _lazy_cues("exchange_all_for_all", "all")
    hedges = _lazy_cues("exchange_approximate", "approx")
    hedges_after = _lazy_cues("exchange_approximate_after", "approx")
    count_markers = _lazy_cues("exchange_count_markers", "count")
    released_after = _lazy_cues("exchange_released_after", "released")
    crimes = _lazy_cues("exchange_criminal", "crime")

    @functools.cached_property
    def written_numbers(self) -> list[tuple[int, int, Quantity]]:
        """Every number the analysis reads, years written alone among them."""
        return [(*norm_range(self.analysis, q.span), q) for q in self.analysis.numbers]

    @functools.cached_property
    def numbers(self) -> list[tuple[int, int, Quantity]]:
        """The numbers that may count people: not a year written alone (في 2024)."""
        years = set(self._years_alone)
        return [q for q in self.written_numbers if (q[0], q[1]) not in years]

    @functools.cached_property
    def demonyms(self) -> list[tuple[int, int]]:
        countries = located_entities(self.analysis, (EntityKind.COUNTRY,))
        return [(start, end) for start, end, _ in countries]

    @functools.cached_property
    def named(self) -> list[tuple[int, int]]:
        """The ranges of the entities the analysis names (countries, places, groups, people)."""
        return [(start, end) for start, end, _ in located_entities(self.analysis)]

    @functools.cached_property
    def named_not_institutions(self) -> list[tuple[int, int]]:
        """The ranges of named entities other than institutions: a group by its own name
        (عناصر قوات الدعم السريع) is not an army or a ministry of a state (الجيش الكونغولي)."""
        return [
            (start, end)
            for start, end, entity in located_entities(self.analysis)
            if entity.kind != EntityKind.ORGANIZATION
        ]

    @functools.cached_property
    def held(self) -> frozenset[str]:
        return frozenset(bare(w) for w in self.analysis.lexicon("exchange_held"))

    sequencers = _lazy_cues("exchange_sequencers", "then")

    list_joiners = _lazy_cues("exchange_list_joiners", "joiner")

    @functools.cached_property
    def included_words(self) -> frozenset[str]:
        return self.analysis.word_set("exchange_included")

    included = _lazy_cues("exchange_included", "included")
    including = _lazy_cues("exchange_inclusion", "included")  # تشمل، ستشمل: a deal's content

    @functools.cached_property
    def novelty(self) -> frozenset[str]:
        return self.analysis.word_set("exchange_novelty")

    def _released_verb(self, action: Cue) -> bool:
        """Whether the action is a verb or noun of releasing people (no exchange as a whole)."""
        return action.word.endswith(("عن", "سراح")) or action.word in self.handing_people

    @functools.cached_property
    def adverbs(self) -> list[tuple[int, int]]:
        """Adverbs and time phrases (في وقت سابق، كذلك، مساء الخميس، يوم 13 أكتوبر، في 2024)."""
        found = [(c.start, c.end) for c in find_cues(self.analysis, {"exchange_adverbs": "adv"})]
        return (
            found
            + [norm_range(self.analysis, d.span) for d in self.analysis.dates]
            + self._years_alone
        )

    @functools.cached_property
    def _years_alone(self) -> list[tuple[int, int]]:
        """Years written alone after a preposition of time: "تسلمت في 2024 رفات …", "منذ 2022".

        The date reader reads a year only with its month or عام; after في، منذ، خلال a number
        of four digits that reads as a year of this age (1950–2099), with no kind noun right
        after it (في 2000 أسير is people) unless that noun is counted after it (في 2024 رفات
        نحو 30 جندياً), is a time phrase the reading steps over.
        """
        text = self.text
        kind_starts = {k.start for k in self.kinds}
        years = []
        for start, end, quantity in self.written_numbers:
            written = text[start:end]
            if len(written) != 4 or not written.isdigit():
                continue
            if quantity.value is None or not 1950 <= quantity.value <= 2099:
                continue
            before = self.analysis.words_in(max(0, start - 8), start)[-1:]
            if not before or text[before[0][0] : before[0][1]] not in ("في", "منذ", "خلال"):
                continue
            after = self.analysis.words_in(end, min(len(text), end + 20))[:1]
            if after and after[0][0] in kind_starts and not self._counted_after(after[0][1]):
                continue
            years.append((start, end))
        return years

    def _counted_after(self, position: int) -> bool:
        """Whether a number stands right after ``position``, at most a hedge between."""
        numbers = self.written_numbers
        return any(0 <= q[0] - position <= 2 for q in numbers) or any(
            0 <= h.start - position <= 2 and any(0 <= q[0] - h.end <= 2 for q in numbers)
            for h in self.hedges
        )

    def _adverb_at(self, position: int) -> bool:
        """Whether an adverb or a time phrase starts at ``position`` (في مارس الماضي)."""
        return position in self.adverb_starts

    @functools.cached_property
    def adverb_starts(self) -> frozenset[int]:
        return frozenset(start for start, _ in self.adverbs)

    # Character positions covered by what the reading steps over, for membership tests in
    # constant time however long the document.

    @staticmethod
    def _chars(spans: Iterator[tuple[int, int]]) -> frozenset[int]:
        return frozenset(position for start, end in spans for position in range(start, end))

    @staticmethod
    def _covered(chars: frozenset[int], start: int, end: int) -> bool:
        return start in chars and end - 1 in chars

    @functools.cached_property
    def number_chars(self) -> frozenset[int]:
        return self._chars((start, end) for start, end, _ in self.numbers)

    @functools.cached_property
    def hedge_chars(self) -> frozenset[int]:
        return self._chars((c.start, c.end) for c in self.hedges)

    @functools.cached_property
    def hedge_after_chars(self) -> frozenset[int]:
        """Where the hedges written after the counted people lie (على الأقل، تقريباً)."""
        return self._chars((c.start, c.end) for c in self.hedges_after)

    def _hedged_after(self, start: int, end: int) -> bool:
        """Whether a hedge written after the people starts in ``text[start:end]`` or right
        after it (23 أرمنياً على الأقل محتجزين، 40 جندياً تقريباً)."""
        return any(start <= c.start <= end + 2 for c in self.hedges_after)

    @functools.cached_property
    def date_chars(self) -> frozenset[int]:
        return self._chars((start, end) for start, end, _, _ in self.dated)

    @functools.cached_property
    def adverb_chars(self) -> frozenset[int]:
        return self._chars(iter(self.adverbs))

    @functools.cached_property
    def demonym_chars(self) -> frozenset[int]:
        return self._chars(iter(self.demonyms))

    def _demonym_at(self, position: int) -> bool:
        """Whether a country the analysis names (a demonym: أتراك، الإيرانيين) covers ``position``.

        The one test of "is this word a demonym?" for a word starting at ``position``.
        """
        return position in self.demonym_chars

    @functools.cached_property
    def named_chars(self) -> frozenset[int]:
        return self._chars(iter(self.named))

    @functools.cached_property
    def action_chars(self) -> frozenset[int]:
        return self._chars((c.start, c.end) for c in self.actions)

    @functools.cached_property
    def joiner_chars(self) -> frozenset[int]:
        return self._chars((c.start, c.end) for c in self.list_joiners)

    @functools.cached_property
    def quantifiers(self) -> frozenset[str]:
        return self.analysis.word_set("exchange_quantifiers")

    @functools.cached_property
    def linking(self) -> frozenset[str]:
        """Verbs of including or containing that an exchange may take its people through."""
        return (
            self.inclusion
            | self.included_words
            | self.containing
            | self.analysis.word_set("exchange_transfer")
        )

    via = _lazy_cues("exchange_via", "via")

    @functools.cached_property
    def via_starts(self) -> frozenset[int]:
        return frozenset(c.start for c in self.via)

    def _via_between(self, start: int, end: int) -> bool:
        """Whether a word of the route or the go-between (عبر، بواسطة) stands in the range."""
        return any(start <= c.start < end for c in self.via)

    @functools.cached_property
    def returns_for_them(self) -> frozenset[str]:
        """The words of return with the pronoun of the people told before (مقابلهم، نظيرها)."""
        return frozenset(
            word + pronoun for word in self.in_return for pronoun in self.return_pronouns
        )

    def _coordinated_at(self, position: int) -> bool:
        """Whether و or a word of adding joins the number at ``position`` to what precedes.

        و1700، و 14، فضلاً عن 12 موقوفاً (``exchange_list_joiners``).
        """
        before = self.text[max(0, position - 2) : position]
        if before.endswith("و") or before == "و ":
            return True
        return any(0 <= position - j.end <= 2 for j in self.list_joiners)

    @functools.cached_property
    def object_pronouns(self) -> frozenset[str]:
        return self.analysis.word_set("exchange_object_pronouns")

    @functools.cached_property
    def completed(self) -> frozenset[str]:
        return self.analysis.word_set("exchange_completed")

    held_places = _lazy_cues("exchange_held_places", ExchangeKind.DETAINEES.value)

    captures = _capture_cues(ExchangeKind.DETAINEES)
    captives = _capture_cues(ExchangeKind.PRISONERS)
    kidnaps = _capture_cues(ExchangeKind.HOSTAGES)

    def _coordinated(self, first: Cue, second: Cue) -> bool:
        """Whether ``second`` is joined to ``first`` by و right after it (الأسرى والمحتجزين)."""
        between = self.text[first.end : second.start].strip()
        return between == "و" or (not between and self.text.startswith("و", second.start))

    @functools.cached_property
    def capture_words(self) -> frozenset[str]:
        """The verbs of capturing of every ``exchange_capture_*`` list."""
        return frozenset[str]().union(*(self.analysis.word_set(n) for n in CAPTURE_LEXICONS))

    def _capture_kind(self, verb: str) -> str:
        """The kind of the people a verb of capturing takes (``exchange_capture_*``).

        The label of the first list of ``CAPTURE_LEXICONS`` that holds the verb, the one the
        verb's capture cue carries (arresting → detainees, taking captive → prisoners,
        kidnapping → hostages); a verb in none is read as one of arresting: detainees.
        """
        return next(
            (
                label
                for name, label in CAPTURE_LEXICONS.items()
                if verb in self.analysis.word_set(name)
            ),
            ExchangeKind.DETAINEES.value,
        )

    def _only_hedges(self, start: int, end: int) -> bool:
        """Whether only hedges (نحو، أكثر من، ما لا يقل عن) stand in ``text[start:end]``."""
        return all(
            self._covered(self.hedge_chars, w_start, w_end)
            for w_start, w_end in tokens(self.text, start, end)
        )

    @functools.cached_property
    def person_roles(self) -> frozenset[str]:
        return self.analysis.word_set("exchange_person_roles")

    holding = _lazy_cues("exchange_holding", "holding")

    @functools.cached_property
    def dated(self) -> list[tuple[int, int, datetime.date, datetime.date]]:
        """The resolved dates of the document: normalised range and the days they cover."""
        found = []
        for date in self.analysis.dates:
            if date.value is None:
                continue
            start, end = norm_range(self.analysis, date.span)
            found.append(
                (start, end, date.value, _last_day(date.value, date.granularity.value, date.last))
            )
        return found

    @functools.cached_property
    def this_year(self) -> int | None:
        """The article's year: its publication's, else the latest year its dates name."""
        published = self.analysis.document.published
        if published is not None:
            return published.year
        years = [date.value.year for date in self.analysis.dates if date.value is not None]
        return max(years) if years else None

    @functools.cached_property
    def announcing(self) -> frozenset[str]:
        return self.analysis.word_set("exchange_announced")

    @functools.cached_property
    def verbal_nouns(self) -> frozenset[str]:
        """The verbal nouns among the words of exchanging (إطلاق سراح، عودة، إعادة، تسليم)."""
        return frozenset(
            w
            for w in self.analysis.word_set("exchange_actions")
            if w.split()[0]
            in (
                "افراج",
                "اطلاق",
                "عودة",
                "عوده",
                "اعادة",
                "اعاده",
                "تسليم",
                "تسلم",
                "استلام",
                "تبادل",
            )
        )

    @functools.cached_property
    def moving_or_including(self) -> frozenset[str]:
        return self.transfer | self.included_words | self.inclusion

    @functools.cached_property
    def containing(self) -> frozenset[str]:
        return self.analysis.word_set("exchange_containing")

    @functools.cached_property
    def kidnapping(self) -> frozenset[str]:
        return self.analysis.word_set("exchange_capture_hostages")

    @functools.cached_property
    def countries(self) -> list[tuple[int, int, str]]:
        return [
            (start, end, entity.id or entity.name or entity.text)
            for start, end, entity in located_entities(self.analysis, (EntityKind.COUNTRY,))
        ]
