"""The built-in exchanges extractor: prisoner, detainee, hostage, body and document exchanges.

An exchange mention is a word of exchanging or releasing (تبادل، صفقة، الإفراج
عن، إطلاق سراح، تسليم …, word list ``exchange_actions``) followed closely, in
the same sentence, by the kind of what changes hands (أسرى، معتقلين، رهائن، جثث،
وثائق: ``exchange_kind_*``). A cheap pass finds both; only where they meet do
the rules run that read:

- the count: the quantity written just before the kind noun (ألف أسير، 1200
  أسير، ثلاث رهائن، خمسة مواطنين أميركيين محتجزين) from ``analysis.numbers``, or
  the dual of the kind noun (جثتي رهينتين); a vague number (آلاف الأسرى)
  gives no count and ``approximate``; a hedge (نحو، حوالي، أكثر من) makes it
  approximate;
- per side: من كل جانب / ألف بألف / مقابل N → True, الكل مقابل الكل → True with
  no count; an asymmetric swap keeps the other number in ``count_other``, whatever the
  other side's kind (33 رهينة مقابل 1900 أسير is one exchange of hostages);
- the status: a relative clause after the kind (التي أعلن عنها), a cue between
  action and kind, the nearest cue before the action in its sentence, or a
  predicate after it (… مستمرة): agreed, completed, proposed, demanded, ongoing;
  a count-less exchange listed right after another shares its cue.

A release of people counted by nationality with no kind noun (أفرجت عن 15
سعودياً) takes the kind of the exchange named before it.

One exchange is one record: mentions of the same kind whose counts and statuses
do not disagree are merged, the most informative one is the evidence. The kind noun must
be the action's object, not another noun's genitive (تقريراً عن أوضاع المعتقلين). Mentions with
neither a status nor a count (ملف تبادل الأسرى) are topics and yield nothing
unless they join an exchange stated elsewhere in the article.
"""

from __future__ import annotations

import calendar
import datetime
import functools
import itertools
from collections.abc import Iterator
from typing import TYPE_CHECKING

import attrs
import regex

from negotext.ar.numbers import parse_number
from negotext.extractors._common import (
    NEGATIONS,
    Cue,
    bare,
    find_cues,
    has_break,
    located_entities,
    norm_range,
    segment_label,
    sentence_range,
    tokens,
)
from negotext.hookspecs import hookimpl
from negotext.records import EntityKind, Exchange, ExchangeKind, ExchangeStatus

if TYPE_CHECKING:
    from negotext.analysis import Analysis
    from negotext.ar.numbers import Quantity
    from negotext.records import Record

__all__ = ["find_exchanges", "negotext_extract_records"]

KIND_LEXICONS = {f"exchange_kind_{kind.value}": kind.value for kind in ExchangeKind}
STATUS_LEXICONS = {f"exchange_{status.value}": status.value for status in ExchangeStatus}

KIND_WINDOW = 60  # how far after the action word the kind noun may stand
CUE_WINDOW = 80  # how far before the action word its status cue may stand


@attrs.define
class _OtherSide:
    """What a swap gives in return (مقابل 1900 أسير، بألف): its number, where, its kind noun."""

    count: int | None
    start: int
    end: int
    kind: Cue | None = None
    approximate: bool = False


@attrs.define
class _Mention:
    """One mention of an exchange (normalised offsets)."""

    start: int
    end: int
    kind: ExchangeKind
    segment: str
    evidence: tuple[int, int]
    status: ExchangeStatus | None = None
    count: int | None = None
    count_other: int | None = None
    per_side: bool | None = None
    approximate: bool = False
    whole: bool = False  # all for all (الكل مقابل الكل)
    further: bool = False  # told as a further event (ثم جرى تبادل …): never a later mention
    held: bool = False  # a bare noun of the held (المحتجزين) read as hostages
    nation: str | None = None  # the country of the people's demonym (أميركيين), if told
    held_noun: bool = False  # named by a bare noun of the held (محتجزين), whatever its kind
    noun: str = ""  # the kind noun, without its proclitics (اسري، محتجزين)
    #: The days the mention's own date covers (في ديسمبر 2023 أفرجت …), if it tells one.
    when: tuple[datetime.date, datetime.date] | None = None
    #: Whether that date lies in a year before the article's own (a swap recalled).
    recalled: bool = False
    #: Whether the count is a rate (15 جثماناً عن كل جثمان): so many for each one of the other side.
    rate: bool = False
    #: Whether the kind noun's phrase names who holds them (محتجز لدى الجماعة، المحتجزين لديها).
    holder: bool = False

    @property
    def score(self) -> int:
        return (
            3 * (self.count is not None)
            + (self.per_side is not None)
            + (self.count_other is not None)
            + (self.status is not None)
        )


def _as_count(value: float) -> int | None:
    return int(value) if float(value).is_integer() and value >= 0 else None


def _lazy_cues(lexicon: str, label: str) -> functools.cached_property[list[Cue]]:
    """A reader attribute holding the cues of one word list, found on first use."""

    def find(reader: _Reader) -> list[Cue]:
        return find_cues(reader.analysis, {lexicon: label})

    find.__doc__ = f"The cues of ``{lexicon}`` (labelled {label!r}), found on first use."
    return functools.cached_property(find)


class _Reader:
    """Reads the exchange mentions of one document."""

    def __init__(self, analysis: Analysis) -> None:
        self.analysis = analysis
        self.text = analysis.norm.text
        #: Verbs of handing over that carry their object as a pronoun (سلّمتها، أعادتهم):
        #: where they start. They are words of exchanging whose people are told before.
        self.handed_pronoun: set[int] = set()
        # Words of releasing only with the released right after them (إطلاق نحو 1500 أسير);
        # elsewhere (وقف إطلاق النار) they are no action, and bound no other action's reach.
        bare_actions = [
            c
            for c in find_cues(analysis, {"exchange_bare_actions": "action"})
            if self._released_right_after(c)
        ]
        adverbs = find_cues(analysis, {"exchange_not_actions": "none"})  # دفعة واحدة
        #: Where those words of releasing start: their people are their direct object.
        self.direct_release = frozenset(c.start for c in bare_actions)
        self.actions = sorted(
            (
                c
                for c in find_cues(analysis, {"exchange_actions": "action"})
                + self._handing_with_pronoun()
                + bare_actions
                if not any(a.start <= c.start < a.end for a in adverbs)
            ),
            key=lambda c: c.start,
        )
        #: People counted after their nationality (عن مواطنين فرنسيين اثنين): where the
        #: people start → their number.
        self.counted_after: dict[int, tuple[int, int, Quantity]] = {}
        #: One person released, named by a noun of what they do: where the noun starts.
        self.one_person: set[int] = set()
        # Word lists for membership tests: sets built once per Resources, not per document.
        self.vague = analysis.word_set("exchange_vague")
        self.dual = analysis.word_set("exchange_dual")
        self.in_return = analysis.word_set("exchange_in_return")
        self.copulas = analysis.word_set("exchange_copulas")
        self.singular = analysis.word_set("exchange_singular")
        self.handing = analysis.word_set("exchange_document_actions")
        self.documents_exchanged = analysis.word_set("exchange_documents_exchanged")
        self.partitives = analysis.word_set("exchange_partitives")
        self.persons = analysis.word_set("exchange_persons")
        self.handing_people = analysis.word_set("exchange_handing_people")
        self.before_count = analysis.word_set("exchange_before_count")
        self.transfer = analysis.word_set("exchange_transfer")
        self.inclusion = analysis.word_set("exchange_inclusion")
        # Verbs of coming back with counted captives as their subject (عاد 230 أسيراً)
        returns = [
            c
            for c in find_cues(analysis, {"exchange_returns": "action"})
            if self._captives_come_back(c)
        ]
        self.returns = frozenset(c.start for c in returns)
        if returns:
            self.actions = sorted(self.actions + returns, key=lambda c: c.start)

    def _captives_come_back(self, verb: Cue) -> bool:
        """Whether counted captives are the subject right after a verb of coming back.

        "عاد 230 أسيراً أوكرانياً إلى بلادهم"، "وصل اليوم نحو 40 معتقلاً محرراً": a number
        (a hedge and a time phrase may stand before it) and a noun of captives right after it.
        """
        kind = next((k for k in self.kinds if k.start >= verb.end), None)
        if kind is None or kind.start - verb.end > 40 or has_break(self.text, verb.end, kind.start):
            return False
        if not bare(kind.word).startswith(self.captive_nouns):
            return False
        quantity = self._quantity_before(verb.end, kind.start)
        if quantity is None or self._is_vague(self.text[quantity[0] : quantity[1]]):
            return False
        return all(
            self._covered(self.adverb_chars, s, e) or self._covered(self.hedge_chars, s, e)
            for s, e in self.analysis.words_in(verb.end, quantity[0])
        )

    def _handing_with_pronoun(self) -> list[Cue]:
        """Verbs of handing over with an object pronoun: سلمتها، أعادتهم، تسلمهم."""
        found = []
        for cue in find_cues(self.analysis, {"exchange_handing_people": "hand"}, suffixes=True):
            written = self.text[cue.start : cue.end]
            if written.endswith(cue.word):
                continue
            suffix = written[written.rindex(cue.word) + len(cue.word) :]
            if suffix in self.object_suffixes:
                self.handed_pronoun.add(cue.start)
                found.append(cue)
        return found

    # Word lists of ``ar/data/lexicons`` read in membership and prefix tests. Sets (and the
    # tuples of word starts) are built once per Resources; the reader only keeps them at hand.

    @functools.cached_property
    def object_suffixes(self) -> frozenset[str]:
        return self.analysis.word_set("exchange_object_suffixes")

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
        return find_cues(self.analysis, KIND_LEXICONS, suffixes=True)

    @functools.cached_property
    def statuses(self) -> list[Cue]:
        return find_cues(self.analysis, STATUS_LEXICONS)

    per_side = _lazy_cues("exchange_per_side", "per_side")
    both_sides = _lazy_cues("exchange_both_sides", "both")
    all_for_all = _lazy_cues("exchange_all_for_all", "all")
    hedges = _lazy_cues("exchange_approximate", "approx")
    count_markers = _lazy_cues("exchange_count_markers", "count")
    released_after = _lazy_cues("exchange_released_after", "released")
    crimes = _lazy_cues("exchange_criminal", "crime")

    def police_news(self, mention: _Mention) -> bool:
        """Whether the mention's sentence holds a word of ordinary crime (سرقة، سطو، احتيال):
        suspects arrested and freed (اعتقلت … قبل أن تفرج عنهم) are no exchange between
        parties to a conflict, however much the wording looks like one."""
        start, end = sentence_range(self.analysis, mention.start)
        return any(start <= cue.start and cue.end <= end for cue in self.crimes)

    @functools.cached_property
    def numbers(self) -> list[tuple[int, int, Quantity]]:
        return [(*norm_range(self.analysis, q.span), q) for q in self.analysis.numbers]

    @functools.cached_property
    def demonyms(self) -> list[tuple[int, int]]:
        countries = located_entities(self.analysis, (EntityKind.COUNTRY,))
        return [(start, end) for start, end, _ in countries]

    @functools.cached_property
    def named(self) -> list[tuple[int, int]]:
        """The ranges of the entities the analysis names (countries, places, groups, people)."""
        return [(start, end) for start, end, _ in located_entities(self.analysis)]

    @functools.cached_property
    def held(self) -> frozenset[str]:
        return frozenset(bare(w) for w in self.analysis.lexicon("exchange_held"))

    def mentions(self) -> Iterator[_Mention]:
        found = []
        for mention in self._mentions_of_actions():
            found.append(mention)
            yield mention
        yield from self._whole_alone(found)

    def _whole_alone(self, found: list[_Mention]) -> Iterator[_Mention]:
        """All for all with no word of exchanging: "نحن منفتحون على صيغة الكل مقابل الكل".

        In an article that names people exchanged (a kind noun other than documents), the
        formula alone is an exchange of the kind named last before it; its status is the
        nearest cue in its sentence (وقد اقترحنا ذلك), else proposed.
        """
        people = [k for k in self.kinds if k.label != ExchangeKind.DOCUMENTS.value]
        if not people:
            return
        for cue, count in [(c, None) for c in self.all_for_all] + self._formulas():
            if any(m.start <= cue.end and cue.start <= max(m.end, m.evidence[1]) for m in found):
                continue
            segment = segment_label(self.analysis, self.analysis.span(cue.start, cue.end))
            if segment is None:
                continue
            sent_start, sent_end = sentence_range(self.analysis, cue.start)
            whole = self._all_for_all_kind(cue, cue.start)
            near = [
                c
                for c in self.statuses
                if sent_start <= c.start
                and c.end <= sent_end
                and (0 <= cue.start - c.end <= CUE_WINDOW or 0 <= c.start - cue.end <= 40)
            ]
            near.sort(key=lambda c: min(abs(cue.start - c.end), abs(c.start - cue.end)))
            status = ExchangeStatus(near[0].label) if near else ExchangeStatus.PROPOSED
            if near and near[0].start < cue.start and self._negated(near[0].start):
                continue
            evidence = (min(cue.start, near[0].start) if near else cue.start, cue.end)
            if near and near[0].start > cue.end:
                evidence = (cue.start, near[0].end)
            yield _Mention(
                cue.start,
                cue.end,
                ExchangeKind(whole.label),
                segment,
                evidence,
                status=status,
                count=count,
                per_side=True,
                whole=count is None,
            )

    sequencers = _lazy_cues("exchange_sequencers", "then")

    def _further(self, position: int) -> bool:
        """Whether a word of a further event (ثم، كما، لاحقاً) stands within two words before."""
        return any(
            0 <= position - c.end <= 12
            and len(self.analysis.words_in(c.end, position)) <= 1
            and not has_break(self.text, c.end, position)
            for c in self.sequencers
        )

    def _formulas(self) -> list[tuple[Cue, int | None]]:
        """Swaps named by their formula alone: عملية «ألف مقابل ألف»، صيغة 1000 مقابل 1000.

        The same number on both sides of مقابل, no kind noun after either, and a noun of
        ``exchange_formula_nouns`` right before (quotes may stand between).
        """
        nouns = self.analysis.word_set("exchange_formula_nouns")
        found = []
        for index, (q_start, q_end, quantity) in enumerate(self.numbers[:-1]):
            o_start, o_end, other = self.numbers[index + 1]
            between = self.text[q_end:o_start].strip()
            if between not in ("مقابل", "بمقابل") or quantity.value != other.value:
                continue
            if any(
                q_end <= k.start <= q_end + 3 or o_end <= k.start <= o_end + 3 for k in self.kinds
            ):
                continue  # a counted swap (ألف أسير مقابل ألف أسير), read with its kind noun
            before = self.analysis.words_in(max(0, q_start - 16), q_start)[-1:]
            if not before or bare(self.text[before[0][0] : before[0][1]]) not in nouns:
                continue
            if self.text[before[0][1] : q_start].strip() not in ("", '"', "«", "“"):
                continue
            found.append(
                (
                    Cue(q_start, o_end, self.text[q_start:o_end], "formula"),
                    _as_count(quantity.value),
                )
            )
        return found

    def _mentions_of_actions(self) -> Iterator[_Mention]:
        used: set[int] = set()
        previous: _Mention | None = None
        for index, action in enumerate(self.actions):
            next_action = (
                self.actions[index + 1].start if index + 1 < len(self.actions) else len(self.text)
            )
            if self._action_negated(action):
                continue  # لم تفرج الحكومة عن المعتقلين، 40 أسيراً لم يُفرج عنهم: none told
            pronoun = self._pronoun_object(action)
            if pronoun is not None:  # 15 جثماناً أفرجت عنها إسرائيل: the people told before
                mention = self._released_before(pronoun, used)
                if mention is not None:
                    previous = mention
                    yield mention
                    continue
            kind = next(
                (
                    k
                    for k in self.kinds
                    if action.end <= k.start <= min(self._kind_reach(action), next_action)
                    and k.start not in used
                    and (k.label != ExchangeKind.DOCUMENTS.value or self._documents_by(action, k))
                    and not _sentence_break(self.text, action.end, k.start)
                    and self._governed(action, k)
                ),
                None,
            )
            if kind is not None and self._quantity_before(action.end, kind.start) is None:
                # سراح نحو 30 صربياً آخرين تقول إنهم "سجناء": the counted people are the
                # object; a kind noun further on, which their number does not count, is not
                counted = self._counted_people(action, next_action)
                if counted is not None and counted.start < kind.start:
                    kind = counted
                # الإفراج عن زعيمها، النائب الأول للرئيس الموقوف …، وعن 20 من قيادييها
                # المعتقلين: the people counted after وعن, not a word of the apposition
                resumed = self._resumed_object(action, kind, next_action, used)
                if resumed is not None:
                    kind = resumed
            person = self._released_person(action, next_action)
            if person is not None and (kind is None or person.start < kind.start):
                kind = person  # الإفراج عن السياسي محمد قحطان، مقابل 50 أسيراً: one detainee
            whole = self._all_for_all(action)
            if whole is not None and (kind is None or whole.start < kind.start):
                kind = whole  # صفقة شاملة على قاعدة الكل مقابل الكل
            if kind is None:  # بإطلاق من تبقى لديها من مختطفين، سراح جميع من تحتجزهم
                kind = self._relative_object(action, next_action)
            if kind is None:
                kind = self._counted_people(action, next_action)
            if kind is None:
                kind = self._joined_later(action, next_action, used)
            if kind is None:
                kind = self._people_of_a_nation(action, next_action)
            novel = False
            if kind is None:
                kind = self._another_of_captives(action)
                novel = kind is not None
            if kind is None:
                continue
            used.add(kind.start)
            if self._any_before(action):
                continue  # دون أن يتضمن الاتفاق أي إفراج عن سجناء: any release, none told
            if self._hands_their_own(action, kind):
                continue  # سلّم نحو 26 ألف مقاتل أسلحتهم: the people are the subject
            mention = self._mention(action, kind, used, previous)
            if mention is not None and novel:
                mention.further = True  # a new exchange: never a mention of one told before
            if mention is not None and self._other_half(action, mention, previous):
                continue
            if mention is not None:
                previous = mention
                yield mention
                yield from self._listed(action, mention, used)
                yield from self._gapped(action, mention, used)

    list_joiners = _lazy_cues("exchange_list_joiners", "joiner")

    @functools.cached_property
    def included_words(self) -> frozenset[str]:
        return self.analysis.word_set("exchange_included")

    included = _lazy_cues("exchange_included", "included")
    including = _lazy_cues("exchange_inclusion", "included")  # تشمل، ستشمل: a deal's content

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
        if not action.word.endswith("عن") and not any(
            self.text[s:e] == "عن" for s, e in after
        ):
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
        if word not in self.persons and bare(word) not in self.persons:
            return None
        return number[0], following[0][1], number[2]

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

    @functools.cached_property
    def novelty(self) -> frozenset[str]:
        return self.analysis.word_set("exchange_novelty")

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
            or (len(word) >= 5 and word.endswith(("يا", "يين", "يون")))
            or any(s <= w_start < e for s, e in self.demonyms)
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

    def _released_verb(self, action: Cue) -> bool:
        """Whether the action is a verb or noun of releasing people (no exchange as a whole)."""
        return action.word.endswith(("عن", "سراح")) or action.word in self.handing_people

    @functools.cached_property
    def adverbs(self) -> list[tuple[int, int]]:
        """Adverbs and time phrases (في وقت سابق، كذلك، مساء الخميس، يوم 13 أكتوبر)."""
        found = [(c.start, c.end) for c in find_cues(self.analysis, {"exchange_adverbs": "adv"})]
        return found + [norm_range(self.analysis, d.span) for d in self.analysis.dates]

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
    def date_chars(self) -> frozenset[int]:
        return self._chars((start, end) for start, end, _, _ in self.dated)

    @functools.cached_property
    def adverb_chars(self) -> frozenset[int]:
        return self._chars(iter(self.adverbs))

    @functools.cached_property
    def demonym_chars(self) -> frozenset[int]:
        return self._chars(iter(self.demonyms))

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
        if self._thing_held(words, kind):
            return False  # أفرجت عن 12 شاحنة كانت محتجزة، عن الناقلة المحتجزة: things held

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
                or w_start in self.demonym_chars
                or word in self.demonstratives  # بالإفراج عن هؤلاء المحتجزين
                or word.removeprefix("و") in self.returns_for_them  # أعادت مقابلهما 30 جثماناً
            )
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
        joined = next(
            (j for j in range(1, index + 1) if text.startswith("و", words[j][0])), None
        )
        return (
            joined is not None
            and index - joined <= 1
            and not has_break(text, action.end, words[index][1])
            and not any(text[s:e] in self.prepositions for s, e in words[: index + 1])
        )

    via = _lazy_cues("exchange_via", "via")

    @functools.cached_property
    def via_starts(self) -> frozenset[int]:
        return frozenset(c.start for c in self.via)

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
            word in people
            or bare(word) in people
            or stem in people
            or any(s <= w_start < e for s, e in self.demonyms)
        )

    def _via_between(self, start: int, end: int) -> bool:
        """Whether a word of the route or the go-between (عبر، بواسطة) stands in the range."""
        return any(start <= c.start < end for c in self.via)

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
        of people told before.
        """
        following = self.analysis.words_in(action.end, min(len(self.text), action.end + 60))
        for w_start, w_end in following[:5]:  # بإطلاق الميليشيا سراحهم: a subject may stand between
            word = self.text[w_start:w_end]
            if has_break(self.text, action.end, w_start):
                break
            if word.startswith("سراح") and word in self.object_pronouns:
                return True
            if not self._subject_or_adjective(w_start, w_end):
                break
        if self._nationals_right_after(action):
            return True
        leading = [self.text[s:e] for s, e in following[:2]]
        if (  # بإطلاق من تبقى لديها من مختطفين: a relative clause of the people held
            "من" in leading
            and (leading[0] == "من" or bare(leading[0]) in self.quantifiers)
            and self._relative_object(action, len(self.text), direct=True) is not None
        ):
            return True
        kind = next((k for k in self.kinds if k.start >= action.end), None)
        if kind is None or kind.label == ExchangeKind.DOCUMENTS.value:
            return False
        start, end = action.end, kind.start
        words = self.analysis.words_in(start, end)
        freed = next((i for i, w in enumerate(words[:4]) if self.text[w[0] : w[1]] == "سراح"), None)
        if words and self.text[words[-1][0] : words[-1][1]] == "من":
            words = words[:-1]  # استعادت 84 من جنودها
        if freed is not None:  # مقابل إطلاق الحكومة سراح نحو 400 معتقل: any subject before سراح
            words = words[freed + 1 :]
        for w_start, w_end in words:
            if any(q_start <= w_start and w_end <= q_end for q_start, q_end, _ in self.numbers):
                continue
            if any(e_start <= w_start and w_end <= e_end for e_start, e_end in self.named):
                continue  # a named subject: استعادت كييف جثامين 909 جنود
            if any(h.start <= w_start and w_end <= h.end for h in self.hedges):
                continue
            if self.text[w_start:w_end] in self.quantifiers:
                continue  # إطلاق جميع الأسرى الجرحى
            return False
        return not has_break(self.text, start, end)

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
        or منهم (some of the people told before) right after it, in the same clause.
        """
        number = next((q for q in self.numbers if q[0] >= action.end), None)
        if number is None or has_break(self.text, action.end, number[0]):
            return False
        between = [
            (s, e)
            for s, e in self.analysis.words_in(action.end, number[0])
            if not self._covered(self.named_chars, s, e)  # مقابل إطلاق واشنطن خمسة إيرانيين
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
        return (len(word) >= 5 and word.endswith(("يا", "يين", "يون"))) or any(
            s <= w_start < e for s, e in self.demonyms
        )

    def _joined_by_preposition(self, action: Cue) -> bool:
        """Whether a repeated preposition joins the action to a verb before it.

        "طالبت …، وبإطلاق سراح …"، "اتفقتا على وقف النار …، وعلى تبادل الأسرى".
        """
        if self.text.startswith("وب", action.start):
            return True
        before = self.analysis.words_in(max(0, action.start - 8), action.start)[-1:]
        return bool(before) and self.text[before[0][0] : before[0][1]] == "وعلي"

    def _listed_demand(self, action: Cue, cue: Cue) -> bool:
        """Whether the action is one more item, joined with و, of what a demand asks.

        "دعا إلى وقف إطلاق النار، وانسحاب القوات من المدينة، والإفراج عن الأسرى"، "الأولوية
        هي لانسحاب إسرائيل …، وإعادة الأسرى اللبنانيين": a demand governs its whole list,
        however far its cue stands in the sentence.
        """
        return (
            cue.label == ExchangeStatus.DEMANDED.value
            and self.text.startswith("و", action.start)
            and "," in self.text[cue.end : action.start]
        )

    def _any_before(self, action: Cue) -> bool:
        """Whether "أي" (any) stands right before the action: a release in general, none told."""
        before = self.analysis.words_in(max(0, action.start - 8), action.start)[-1:]
        return bool(before) and self.text[before[0][0] : before[0][1]] in ("اي", "أي")

    def _action_negated(self, action: Cue) -> bool:
        """Whether a negation stands right before the action itself (لم تفرج، لن يطلق، عدم الإفراج)."""
        before = self.analysis.words_in(max(0, action.start - 12), action.start)[-2:]
        if not before or self.text[before[-1][0] : before[-1][1]] not in self.negators:
            return False
        return len(before) < 2 or self.text[before[0][0] : before[0][1]] != "ما"  # ما لم: unless

    def _documents_by(self, action: Cue, kind: Cue) -> bool:
        """Whether the action can take these documents: exchanged or handed over (not released).

        Lists, drafts and memoranda (``exchange_documents_exchanged``) only when both sides
        exchange them (تبادل، يتبادلان، مبادلة): one side handing over its lists of names or
        receiving a draft (سلّمت كشوفات، تسلّما مسودة المقترح) is a step of the talks.
        """
        if action.word not in self.handing:
            return False
        return "بادل" in action.word or kind.word not in self.documents_exchanged

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

    @functools.cached_property
    def returns_for_them(self) -> frozenset[str]:
        """The words of return with the pronoun of the people told before (مقابلهم، نظيرها)."""
        return frozenset(
            word + pronoun for word in self.in_return for pronoun in self.return_pronouns
        )

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
        if previous is None or _sentence_break(self.text, previous.end, action.start):
            return False
        marked = self._in_return(action, mention)
        if marked is None and self._done_in_contrast(action, mention, previous):
            marked = "clause"
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

    def _done_in_contrast(self, action: Cue, mention: _Mention, previous: _Mention) -> bool:
        """Whether a release done in a clause of contrast is the other side of the one before.

        "أفرجت الحركة عن أربع رهائن، فيما أطلقت الحكومة سراح 120 أسيراً"، "تسلّمت كابل رفات
        ألف جندي، بينما سلّمت 60 جثة": both sides of one swap, told done and counted in one
        sentence, the second opening its clause with فيما / بينما / في حين after a comma.
        Bodies go for bodies, captives for captives; a swap told with both its sides before
        (60 أسيراً من كل جانب) wants no other. A running total (منذ بدء الهدنة، حتى
        الآن) in either clause tells two tallies, not one swap; demands and promises in such
        clauses are each side's own (طالبت …، فيما تطالب …).
        """
        text = self.text
        if mention.status != ExchangeStatus.COMPLETED or previous.status != ExchangeStatus.COMPLETED:
            return False
        if None in (mention.count, previous.count) or previous.count_other is not None:
            return False
        if previous.per_side is not None:
            return False  # تبادلت … 60 أسيراً من كل جانب، فيما أفرجت عن 12 مدنياً: a swap told whole
        if (mention.kind == ExchangeKind.BODIES) != (previous.kind == ExchangeKind.BODIES):
            return False
        if ExchangeKind.DOCUMENTS in (mention.kind, previous.kind):
            return False
        comma = text.rfind(",", previous.end, action.start)
        if comma < 0:
            return False
        opening = [
            text[s:e].removeprefix("و") for s, e in self.analysis.words_in(comma, action.start)
        ]
        if opening[:1] not in (["فيما"], ["بينما"]) and opening[:2] != ["في", "حين"]:
            return False
        if len(opening) > 3:
            return False  # the release opens the clause, or follows a subject or a time
        sent_start, _ = sentence_range(self.analysis, previous.start)
        told = [
            text[s:e].removeprefix("و")
            for s, e in self.analysis.words_in(sent_start, max(mention.end, mention.evidence[1]))
        ]
        return "منذ" not in told and not any(
            word == "حتي" and following in ("الان", "الآن")
            for word, following in itertools.pairwise(told)
        )

    def _listed(self, action: Cue, first: _Mention, used: set[int]) -> Iterator[_Mention]:
        """Counted kind nouns listed after a mention with و (250 أسيراً … و1700 معتقل).

        Each is an exchange of its own under the same action and status; its evidence
        starts at its number. Hostages listed with prisoners or detainees (الإفراج عن 33
        رهينة و1800 أسير) are the two sides of one swap, and each kind is its own exchange.
        """
        position = first.end
        for kind in self.kinds:
            if kind.start < position or kind.start in used:
                continue
            if kind.start - position > 60 or _sentence_break(self.text, position, kind.start):
                return
            quantity = self._quantity_before(position, kind.start)
            counted_after = None
            if (quantity is None or not self._coordinated_at(quantity[0])) and self.text.startswith(
                "و", kind.start
            ):
                counted_after = self._quantity_after(kind.end, len(self.text))  # وجثامين ثمانية
                if counted_after is not None:
                    quantity = (kind.start, kind.start, counted_after[2])
            if quantity is None or not (
                counted_after is not None or self._coordinated_at(quantity[0])
            ):
                continue
            mention = self._mention(action, kind, used, None)
            if mention is None:
                return
            used.add(kind.start)
            if counted_after is not None:  # the number after the kind noun is its count
                mention.count = _as_count(counted_after[2].value)
                mention.approximate = bool(counted_after[2].approximate)
                mention.evidence = (kind.start, max(mention.evidence[1], counted_after[1]))
            mention.start = quantity[0]
            mention.evidence = (quantity[0], max(kind.end, mention.evidence[1]))
            mention.status = mention.status or first.status
            yield mention
            position = mention.end

    def _gapped(self, action: Cue, first: _Mention, used: set[int]) -> Iterator[_Mention]:
        """The same release told of another subject, its verb left out, right after.

        "أفرجت كييف عن 120 أسيراً وموسكو عن 120 آخرين": و, a subject of one or two words,
        عن / سراح and a number, with a kind noun or آخرين after it. Of the same kind it is
        the other side of one swap (per side, the other number in ``count_other``); of
        another kind (أفرجت الحكومة عن 40 معتقلاً والجبهة عن 35 أسيراً) an exchange of its
        own with the first one's status.
        """
        root = action.word.replace("ا", "")
        if not ("فرج" in root or "طلق" in root) or first.count is None:
            return  # a verb of releasing, whose object عن / سراح marks
        text = self.text
        words = self.analysis.words_in(first.end, min(len(text), first.end + 50))[:4]
        if not words or has_break(text, first.end, words[0][0]):
            return
        head = text[words[0][0] : words[0][1]]  # والحركة، وموسكو: a subject joined by و
        if not head.startswith("و") or not (
            head.startswith("وال")
            or any(p in self.named_chars for p in range(words[0][0], words[0][1]))
        ):
            return
        marker = next(
            (i for i, (s, e) in enumerate(words[1:3], 1) if text[s:e] in ("عن", "سراح")), None
        )
        if marker is None or has_break(text, words[0][0], words[marker][1]):
            return
        number = next((q for q in self.numbers if 0 <= q[0] - words[marker][1] <= 2), None)
        if number is None or self._is_vague(text[number[0] : number[1]]):
            return
        following = self.analysis.words_in(number[1], min(len(text), number[1] + 30))[:1]
        if not following or has_break(text, number[1], following[0][0]):
            return
        f_start, f_end = following[0]
        kind = next((k for k in self.kinds if k.start == f_start and k.start not in used), None)
        count = _as_count(number[2].value)
        if kind is None and bare(text[f_start:f_end]) in self.others:
            kind = Cue(f_start, f_end, text[f_start:f_end], first.kind.value)
        if kind is None or kind.label == ExchangeKind.DOCUMENTS.value:
            return
        used.add(kind.start)
        if self._kind_of(kind) == first.kind:  # one swap: each side released its own
            first.per_side = True
            if count is not None and count != first.count:
                first.count_other = count
            first.evidence = (first.evidence[0], max(first.evidence[1], kind.end))
            return
        mention = self._mention(action, kind, used, None)
        if mention is None:
            return
        mention.start = words[0][0]
        mention.evidence = (words[0][0], max(kind.end, mention.evidence[1]))
        mention.status = first.status
        yield mention

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

    def _pronoun_object(self, action: Cue) -> Cue | None:
        """The release with its object as a pronoun, as one cue, or None.

        "أفرجت عنهم"، "أفرجت عنها"، "أطلقت سراحهم" (``exchange_released_after``, or the
        verb followed by a pronoun of ``exchange_object_pronouns``) and a verb of handing
        over with an object pronoun (سلّمتها، أعادتهم): the people are told before it. Up to
        four words of a subject, a time or an adjective may stand between a release and its
        عنهم / سراحهم (ثم أفرجت السلطات عنهم، بالإفراج الفوري وغير المشروط عنهم).
        """
        listed = next((c for c in self.released_after if c.start == action.start), None)
        if listed is not None:
            return listed
        if action.start in self.handed_pronoun:
            return action
        following = self.analysis.words_in(action.end, min(len(self.text), action.end + 60))
        for index, (w_start, w_end) in enumerate(following[:5]):
            if has_break(self.text, action.end, w_start):
                return None
            word = self.text[w_start:w_end]
            if word in self.object_pronouns:
                if index and not self._marker_of(action, word):
                    return None
                return Cue(action.start, w_end, action.word, "released")
            if not self._subject_or_adjective(w_start, w_end):
                return None
        return None

    def _marker_of(self, action: Cue, pronoun: str) -> bool:
        """Whether the pronoun's marker is the action's own: عنهم of أفرج، سراحهم of أطلق."""
        root = action.word.replace("ا", "")  # افراج، اطلاق: the verbal noun too
        return ("فرج" if pronoun.startswith("عن") else "طلق") in root

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

    def _number_of(self, kind: Cue) -> int | None:
        """1 for a singular kind noun (جثة، الأسير), 2 for a dual one (جثتي), else None."""
        return 2 if kind.word in self.dual else 1 if kind.word in self.singular else None

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

    def _released_before(self, cue: Cue, used: set[int]) -> _Mention | None:
        """People released told before the verb: 120 أسيراً … أفرجت عنهم السعودية.

        The release word carries a pronoun (``cue``, see :meth:`_pronoun_object`); the
        counted kind noun is the nearest one before it in its clause. A kind noun in the
        genitive of a kind of bodies (جثة المحتجز التي سلمتها) names the bodies; a
        singular kind noun with no number (جثة، الأسير الذي أفرج عنه) counts one, a dual two.
        """
        text = self.text
        kind = next(
            (
                k
                for k in reversed(self.kinds)
                if k.end <= cue.start
                and cue.start - k.end <= 60
                and k.start not in used
                and k.label != ExchangeKind.DOCUMENTS.value
                and not _sentence_break(text, k.end, cue.start)
                and text[k.end : cue.start].count(",") == 0
            ),
            None,
        )
        if kind is None:
            kind = self._people_released_before(cue)  # خمسة أمريكيين أفرجت عنهم إيران
        if kind is None:
            kind = self._released_clause_before(cue, used)
        if kind is None:
            kind = self._released_in_sentence_before(cue, used)
        if kind is None:
            return None
        genitive, kind = kind, self._construct_head(kind)
        each = self.analysis.words_in(max(0, kind.start - 8), kind.start)[-1:]
        if each and text[each[0][0] : each[0][1]] == "كل":
            return None  # 50 أسيراً مقابل كل مجندة تطلق سراحها: the unit of a rate, no batch
        sent_start, _ = sentence_range(self.analysis, kind.start)
        quantity = self._quantity_before(sent_start, kind.start)
        number = self._number_of(kind) or self._number_of(genitive)  # جثة المحتجز، رفات الجندي
        if quantity is not None:
            start = quantity[0]
            vague = self._is_vague(text[quantity[0] : quantity[1]])
            count = None if vague else _as_count(quantity[2].value)
            approximate = vague or bool(quantity[2].approximate)
        elif number is not None:
            start, count, approximate = kind.start, number, False
        elif (after := self._quantity_after(kind.end, cue.start)) is not None:
            start, count = kind.start, _as_count(after[2].value)  # جثامين 30 شهيداً أفرجت عنها
            approximate = bool(after[2].approximate)
        else:
            return None
        segment = segment_label(self.analysis, self.analysis.span(start, cue.end))
        if segment is None:
            return None
        used.add(kind.start)
        status = next((c for c in self.statuses if c.start == cue.start), None)
        if status is None:  # وتطالب بإطلاق سراحهم: the verb governing the release
            status = next(
                (
                    c
                    for c in reversed(self.statuses)
                    if 0 <= cue.start - c.end <= 25
                    and not has_break(text, c.end, cue.start)
                    and len(tokens(text, c.end, cue.start)) <= 2
                    and not self._negated(c.start)
                ),
                None,
            )
        completed = status is None and (
            cue.word in self.completed or self._told_in_sequence(cue.start)
        )  # سلّمتها: handed over; … قبل أن تفرج عنهم: released afterwards
        return _Mention(
            start,
            cue.end,
            ExchangeKind(kind.label),
            segment,
            (start, cue.end),
            status=(
                ExchangeStatus(status.label)
                if status is not None
                else ExchangeStatus.COMPLETED
                if completed
                else None
            ),
            count=count,
            approximate=approximate,
        )

    def _people_released_before(self, cue: Cue) -> Cue | None:
        """Counted people right before a release with a pronoun: خمسة أمريكيين أفرجت عنهم.

        A number, then a demonym or a noun of people ending right before the cue; the
        kind is that of the last kind noun before, else detainees for people and prisoners
        for nationalities (as for people released with no kind noun).
        """
        before = self.analysis.words_in(max(0, cue.start - 40), cue.start)[-1:]
        if not before or has_break(self.text, before[0][1], cue.start):
            return None
        w_start, w_end = before[0]
        word = self.text[w_start:w_end]
        people = word in self.persons or bare(word) in self.persons
        nisba = len(word) >= 5 and word.endswith(("يا", "يين", "يون"))
        demonym = any(s <= w_start < e for s, e in self.demonyms)
        if not (people or nisba or demonym):
            return None
        if not any(0 <= w_start - q_end <= 2 for _, q_end, _ in self.numbers):
            return None
        previous = [k for k in self.kinds if k.end <= w_start]
        return Cue(w_start, w_end, word, _people_kind(previous, people))

    def _told_in_sequence(self, position: int) -> bool:
        """Whether "قبل أن" or "ثم" stands right before ``position``: a later event told."""
        before = [self.text[s:e] for s, e in tokens(self.text, max(0, position - 12), position)]
        return before[-2:] == ["قبل", "ان"] or before[-1:] == ["ثم"]

    def _released_clause_before(self, cue: Cue, used: set[int]) -> Cue | None:
        """The people a pronoun of release names in the clause before, past one comma.

        "اعتقلت صربيا ثلاثة من عناصر الشرطة قرب الحدود، قبل أن تفرج عنهم"، "عدد الأسرى
        يقارب 15 أسيراً، وبيروت تطالب بإطلاقهم"، "ستة آخرين ما زالوا رهن الاحتجاز، وتطالب
        بإطلاق سراحهم": the release opens a clause joined to the one before (و، ثم، قبل أن،
        بعد أن، لكن) within its first six words; the last kind noun of that clause,
        counted, is what it releases, or else the people a verb of capturing counts there.
        """
        text = self.text
        comma = text.rfind(",", max(0, cue.start - 60), cue.start)
        if comma < 0 or _sentence_break(text, comma + 1, cue.start):
            return None
        opening = tokens(text, comma, cue.end)  # the release itself may open it (وأفرجت عنهم)
        if not opening or len(opening) > 6:
            return None
        first = text[opening[0][0] : opening[0][1]]
        participle = any(c.start == opening[0][0] for c in self.statuses)  # …، مطالبة بإطلاقهم
        if not (first.startswith(("و", "ف")) or first in self.clause_joiners or participle):
            return None
        previous = text.rfind(",", max(0, comma - 120), comma)
        low = max(previous + 1, sentence_range(self.analysis, comma)[0], comma - 120)
        if _full_stop(text, low, comma):
            return None
        opener = tokens(text, low, comma)[:1]
        if (  # 23 أرمنياً، بينهم قادة سابقون …، وتطالب بالإفراج عنهم: past the apposition
            opener
            and text[opener[0][0] : opener[0][1]].removeprefix("و") in self.partitives
            and previous > 0
        ):
            comma = previous
            previous = text.rfind(",", max(0, comma - 120), comma)
            low = max(previous + 1, sentence_range(self.analysis, comma)[0], comma - 120)
            if _full_stop(text, low, comma):
                return None
        kind = next(
            (
                k
                for k in reversed(self.kinds)
                if low <= k.start
                and k.end <= comma
                and k.start not in used
                and k.label != ExchangeKind.DOCUMENTS.value
            ),
            None,
        )
        if kind is not None:  # ثلاث جثث لرهائن، خمس جثث جنود: the bodies the people's are
            genitive, kind = kind, self._construct_head(kind)
            if self._quantity_before(low, kind.start) is not None:
                return kind
            one = self.analysis.words_in(genitive.end, comma)[:1]
            if one and text[one[0][0] : one[0][1]] in ("واحد", "واحدة", "واحده"):
                return genitive  # ولا تزال رفات رهينة واحدة …، وتشترط تسليمها: one
        # 500 من مقاتليها ما زالوا محتجزين، 300 شخص ما زالوا في مراكز احتجاز: the people
        # a predicate of being held, or of the place they are held in, tells of
        place = next(
            (p for p in reversed(self.held_places) if low <= p.start and p.end <= comma), None
        )
        for predicate in sorted(
            (p for p in (kind, place) if p is not None), key=lambda p: -p.start
        ):
            held = self._held_subject(low, predicate, used)
            if held is not None:
                return held
        return self._captured_before(low, comma)

    held_places = _lazy_cues("exchange_held_places", ExchangeKind.DETAINEES.value)

    def _held_subject(self, low: int, predicate: Cue, used: set[int]) -> Cue | None:
        """The counted people a predicate of being held tells of, before its copula.

        "أكثر من 800 من مقاتليها ما زالوا محتجزين"، "نحو 60 أسيراً كانوا رهن الاحتجاز"،
        "قرابة 200 شخص لا يزالون معتقلين": a kind noun of the held after a copula (ما زالوا،
        كانوا، لا يزالون) with no number of its own is what the people are, not who; the people
        are the counted kind noun right before the copula (they keep their kind: fighters held
        are prisoners), or a counted noun of people there, who are held people of the
        predicate's kind (detainees, or hostages where hostages are told before them).
        """
        text = self.text
        before = tokens(text, max(low, predicate.start - 40), predicate.start)
        index = len(before)
        while index and text[before[index - 1][0] : before[index - 1][1]] in self.copulas:
            index -= 1
        if index == len(before):
            return None  # no copula: the held noun is no predicate (الأسرى المحتجزين)
        if index and text[before[index - 1][0] : before[index - 1][1]] in ("ما", "لا"):
            index -= 1
        if not index or has_break(text, before[index - 1][1], predicate.start):
            return None
        w_start, w_end = before[index - 1]
        word = text[w_start:w_end]
        subject = next(
            (
                k
                for k in self.kinds
                if k.start == w_start and k.start not in used and k.label in _HELD_SUBJECTS
            ),
            None,
        )
        if subject is not None:
            return subject if self._quantity_before(low, subject.start) is not None else None
        if word not in self.persons and bare(word) not in self.persons:
            return None
        if not any(low <= q[0] and 0 <= w_start - q[1] <= 2 for q in self.numbers):
            return None
        previous = [k for k in self.kinds if k.end <= w_start]
        label = (
            predicate.label
            if predicate.label == ExchangeKind.HOSTAGES.value
            else _people_kind(previous, people=True)
        )
        return Cue(w_start, w_end, word, label)

    captures = _lazy_cues("exchange_capture_detainees", ExchangeKind.DETAINEES.value)
    captives = _lazy_cues("exchange_capture_prisoners", ExchangeKind.PRISONERS.value)
    kidnaps = _lazy_cues("exchange_capture_hostages", ExchangeKind.HOSTAGES.value)

    def _captured_before(self, low: int, end: int) -> Cue | None:
        """People counted as the object of a verb of capturing in ``text[low:end]``.

        "اعتقلت صربيا ثلاثة من عناصر الشرطة"، "خطف مسلحون سبعة عمال": the verb
        (``exchange_capture_*``: arresting → detainees, taking captive → prisoners,
        kidnapping → hostages), at most a two-word subject, then a number. The returned cue
        is the word right after the number, labelled with the verb's kind, so the number
        reads as its count.
        """
        text = self.text
        for verb in sorted(self.captures + self.captives + self.kidnaps, key=lambda c: -c.start):
            if not low <= verb.start < end:
                continue
            number = next(
                (
                    q
                    for q in self.numbers
                    if verb.end <= q[0] < end
                    and len(tokens(text, verb.end, q[0])) <= 2
                    and not has_break(text, verb.end, q[0])
                ),
                None,
            )
            if number is None or self._is_vague(text[number[0] : number[1]]):
                continue
            following = tokens(text, number[1], end)[:1]
            if not following or has_break(text, number[1], following[0][0]):
                continue
            w_start, w_end = following[0]
            label = verb.label
            last = next(
                (
                    k
                    for k in reversed(self.kinds)
                    if k.end <= verb.start and not self._in_partitive(k.start)
                ),
                None,
            )
            if label == ExchangeKind.DETAINEES.value and last is not None:
                # تحتجز نحو ثلاثين شخصاً after hostages told: the captor's people, as for
                # people released with no kind noun (see _people_kind)
                label = _people_kind([last], people=True)
            return Cue(w_start, w_end, text[w_start:w_end], label)
        return None

    def _in_partitive(self, position: int) -> bool:
        """Whether a kind noun stands in an apposition telling some of the people before.

        "سبعة رهائن بينهم ثلاثة جنود": the soldiers are some of the hostages, no kind of
        their own (``exchange_partitives`` within three words before, in the clause).
        """
        before = self.analysis.words_in(max(0, position - 30), position)[-3:]
        return any(
            self.text[s:e].removeprefix("و") in self.partitives
            and not has_break(self.text, e, position)
            for s, e in before
        )

    def _released_in_sentence_before(self, cue: Cue, used: set[int]) -> Cue | None:
        """The people a pronoun of release names in the sentence before.

        "وصلت حافلات تقل 456 أسيراً إلى خان يونس. وكانت إسرائيل قد أفرجت عنهم":
        when the release opens its sentence (within its first six words) and no kind
        noun stands before it there, the pronoun names the last counted kind noun of
        the sentence before, or else the people a verb of capturing or holding counts there
        (تحتجز نحو 12 مواطناً لأسباب سياسية. طلبنا الإفراج عنهم), as in a clause before.
        """
        sent_start, _ = sentence_range(self.analysis, cue.start)
        if sent_start == 0 or len(self.analysis.words_in(sent_start, cue.start)) > 6:
            return None
        if any(sent_start <= k.start < cue.start for k in self.kinds):
            return None
        prev_start, _ = sentence_range(self.analysis, max(0, sent_start - 2))
        for kind in reversed(self.kinds):
            if not prev_start <= kind.start < sent_start or kind.start in used:
                continue
            if kind.label == ExchangeKind.DOCUMENTS.value:
                continue
            if self._quantity_before(prev_start, kind.start) is not None:
                return kind
            return None
        return self._captured_before(prev_start, sent_start)

    def _all_for_all(self, action: Cue) -> Cue | None:
        """ "تبادل الكل مقابل الكل": the kind is that of the last exchange named before it.

        A few words may stand between, in the same clause: an adjective and the basis the
        deal rests on (صفقة شاملة على قاعدة الكل مقابل الكل، تبادل وفق مبدأ الكل مقابل الكل).
        """
        whole = next(
            (
                c
                for c in self.all_for_all
                if action.end <= c.start <= action.end + 30
                and len(self.analysis.words_in(action.end, c.start)) <= 4
                and not has_break(self.text, action.end, c.start)
            ),
            None,
        )
        if whole is None:
            return None
        return self._all_for_all_kind(whole, action.start)

    def _all_for_all_kind(self, whole: Cue, position: int) -> Cue:
        """All for all as a kind cue: the kind named last before ``position``, else prisoners."""
        previous = [
            k for k in self.kinds if k.end <= position and k.label != ExchangeKind.DOCUMENTS.value
        ]
        if len(previous) > 1 and self._coordinated(previous[-2], previous[-1]):
            previous.pop()  # ملف الأسرى والمحتجزين … الكل مقابل الكل: the first of the pair
        label = previous[-1].label if previous else ExchangeKind.PRISONERS.value
        return Cue(whole.start, whole.end, whole.word, label)

    def _coordinated(self, first: Cue, second: Cue) -> bool:
        """Whether ``second`` is joined to ``first`` by و right after it (الأسرى والمحتجزين)."""
        between = self.text[first.end : second.start].strip()
        return between == "و" or (not between and self.text.startswith("و", second.start))

    def _counted_people(self, action: Cue, limit: int) -> Cue | None:
        """A release of people counted by nationality or as people, with no kind noun.

        "أفرجت جماعة الحوثي عن 15 سعودياً"، "أطلقت واشنطن سراح خمسة إيرانيين": the
        number stands right after عن / سراح and a demonym or a noun of people
        (``exchange_persons``) follows it. The kind is that of the last kind noun
        before (the exchange the release belongs to), else prisoners. The returned cue
        is the counted word, so the number reads as its count.
        """
        text = self.text
        trailing = self._people_counted_after(action, limit)
        if trailing is not None:
            return trailing
        for q_start, q_end, _ in self.numbers:
            if q_start < action.end or self._covered(self.date_chars, q_start, q_end):
                continue  # أفرجت طهران في سبتمبر 2023 عن خمسة …: a date's numbers count no one
            # a parenthetical may stand between (أفرجت إسرائيل، الثلاثاء، عن …), and phrases of
            # the route or go-between (سلّمت إسرائيل عبر معبر الناقورة وبواسطة الصليب الأحمر …)
            reach = action.end + (100 if self._via_between(action.end, q_start) else 45)
            if q_start > min(reach, limit) or _sentence_break(text, action.end, q_start):
                return None
            before = tokens(text, max(action.start, q_start - 8), q_start)[-1:]
            marker = text[before[0][0] : before[0][1]] if before else ""
            handing = action.word in self.handing_people  # سلمت إسرائيل، عبر …، أربعة مواطنين
            # لإطلاق 20 سعودياً، مبادلة 12 منهم: a word of releasing or of exchanging (the root
            # بدل: تبادل، مبادلة، يتبادلان) whose people are its direct object
            handing = handing or action.start in self.direct_release
            handing = handing or (
                "بادل" in action.word
                and (q_start <= action.end + 1 or self._only_hedges(action.end, q_start))
            )  # right after the word of exchanging, with at most a hedge between
            if (
                marker not in ("عن", "سراح")
                and not action.word.endswith(("عن", "سراح"))
                and not handing
            ):
                return None
            if before and before[0][1] < action.end and not handing:
                return None  # only the action itself stands before the number
            apposed = any(
                c.end <= q_start
                and not has_break(text, c.end, q_start)
                and len(tokens(text, c.end, q_start)) <= 4
                for c in self.count_markers
            )  # سراح موظفيها المحتجزين، والبالغ عددهم نحو 59 موظفاً
            if (
                marker not in ("عن", "سراح", "من")  # طاقم سفينة مؤلف من خمسة صيادين
                and not handing
                and not apposed
                and not self._only_hedges(action.end, q_start)
            ):
                return None  # الإفراج عن مخصصات متأخرة لصالح 350 عاملاً: funds, no people
            following = tokens(text, q_end, min(len(text), q_end + 30))[:1]
            if not following or has_break(text, q_end, following[0][0]):
                return None
            w_start, w_end = following[0]
            word = text[w_start:w_end]
            if word in ("منهم", "منهن"):  # اعتقلت 15 فلسطينياً …، وأفرجت عن خمسة منهم
                return self._some_of_them(action, w_start, w_end)
            people = word in self.persons or bare(word) in self.persons
            nisba = len(word) >= 5 and word.endswith(("يا", "يين", "يون"))  # سعودياً، إيرانيين
            held = self._held_after(w_end)  # اثني عشر راعياً … كانوا محتجزين لدى السلطات
            demonym = any(s <= w_start < e for s, e in self.demonyms)
            if not (people or nisba or demonym or held):
                return None
            # the kind named last in the sentence: a kind named in another sentence is another
            # exchange's (طالبت طهران بالإفراج عن إيرانيين محتجزين … . أُفرج بموجبها عن خمسة
            # أميركيين مقابل خمسة إيرانيين: prisoners)
            sent_start, _ = sentence_range(self.analysis, action.start)
            previous = [k for k in self.kinds if sent_start <= k.start and k.end <= action.start]
            held = held or self._held_by_verb(w_end)  # 23 أرمنياً، بينهم …، تحتجزهم باكو
            label = ExchangeKind.DETAINEES.value if held else _people_kind(previous, people)
            if self._held_label_after(w_end) == ExchangeKind.HOSTAGES.value:
                label = ExchangeKind.HOSTAGES.value  # ثلاثين شخصاً لا يزالون في قبضتها
            return Cue(w_start, w_end, word, label)
        return None

    def _some_of_them(self, action: Cue, start: int, end: int) -> Cue | None:
        """A number of the people told before released: وأفرجت عن خمسة منهم.

        "منهم" names the people of the clause before, in the same sentence: the last kind noun
        counted there, or the people a verb of capturing counts there (اعتقلت القوات 15
        فلسطينياً …، وأفرجت عن خمسة منهم → five detainees). The returned cue is منهم, with
        that kind; the number before it is the count.
        """
        sent_start, _ = sentence_range(self.analysis, action.start)
        kind = next(
            (
                k
                for k in reversed(self.kinds)
                if sent_start <= k.start
                and k.end <= action.start
                and k.label != ExchangeKind.DOCUMENTS.value
                and (
                    self._quantity_before(sent_start, k.start) is not None
                    or self._group_word_before(k.start)
                )
            ),
            None,
        )
        if kind is None:
            kind = self._captured_before(sent_start, action.start)
        if kind is None:
            return None
        return Cue(start, end, self.text[start:end], kind.label)

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
        following = tokens(self.text, kind.end, min(len(self.text), kind.end + 20))[:1]
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

    @functools.cached_property
    def capture_words(self) -> frozenset[str]:
        """The verbs of capturing of every ``exchange_capture_*`` list."""
        return (
            self.analysis.word_set("exchange_capture_detainees")
            | self.analysis.word_set("exchange_capture_prisoners")
            | self.analysis.word_set("exchange_capture_hostages")
        )

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
        if not nisba and not any(s <= d_start < e for s, e in self.demonyms):
            return None
        previous = [k for k in self.kinds if k.end <= action.start]
        return Cue(spans[0][0], d_end, text[spans[0][0] : d_end], _people_kind(previous, True))

    def _only_hedges(self, start: int, end: int) -> bool:
        """Whether only hedges (نحو، أكثر من، ما لا يقل عن) stand in ``text[start:end]``."""
        return all(
            self._covered(self.hedge_chars, w_start, w_end)
            for w_start, w_end in tokens(self.text, start, end)
        )

    @functools.cached_property
    def person_roles(self) -> frozenset[str]:
        return self.analysis.word_set("exchange_person_roles")

    def _after_release_marker(
        self, action: Cue, end: int, count: int
    ) -> list[tuple[int, int]] | None:
        """The first ``count`` words up to ``end`` after the عن / سراح of a release.

        The action may end with the marker (أفرجت عن، أطلقت سراح) or have it after a subject of
        at most four words and any time phrase (أفرجت طهران بموجبها عن مواطنين …، أفرجت سلطات
        الإقليم الشهر الماضي عن …); None without one.
        """
        if action.word.endswith(("عن", "سراح")):
            return self.analysis.words_in(action.end, end)[:count]
        spans = self.analysis.words_in(action.end, end + 40)
        subject = 0  # words of the subject, a time phrase not counted (الشهر الماضي)
        for index, (w_start, w_end) in enumerate(spans):
            if self.text[w_start:w_end] in ("عن", "سراح"):
                return [t for t in spans[index + 1 : index + 1 + count] if t[1] <= end + 40]
            dated = self._covered(self.date_chars, w_start, w_end) or (
                self.text[w_start:w_end] == "في"
                and index + 1 < len(spans)
                and self._covered(self.date_chars, *spans[index + 1])
            )  # أفرجت طهران في سبتمبر 2023 عن …: a date with its في is a time phrase too
            if not dated and not self._covered(self.adverb_chars, w_start, w_end):
                subject += 1
            if subject > 4 or has_break(self.text, action.end, w_start):
                return None
        return None

    def _released_person(self, action: Cue, limit: int) -> Cue | None:
        """One civilian released, named by what they do, right after عن / سراح.

        "الإفراج عن السياسي البارز محمد قحطان"، "أطلقت سراح صحفي أمريكي": a singular noun
        of ``exchange_person_roles`` (with or without the article) is the object of the
        release: one detainee. A subject may stand between the verb and عن (أفرجت السلطات
        عن الناشط).
        """
        text = self.text
        spans = self._after_release_marker(action, min(limit, action.end + 60), 5)
        if not spans or has_break(text, action.end, spans[0][0]):
            return None
        w_start, w_end = spans[0]
        word = text[w_start:w_end]
        if word not in self.person_roles and bare(word) not in self.person_roles:
            return None
        self.one_person.add(w_start)
        return Cue(w_start, w_end, word, ExchangeKind.DETAINEES.value)

    holding = _lazy_cues("exchange_holding", "holding")

    def _held_by_verb(self, position: int) -> bool:
        """Whether a verb of holding with the people as its pronoun follows in the sentence.

        "بالإفراج عن 23 أرمنياً، بينهم قادة سابقون في الإقليم، تحتجزهم باكو" (``exchange_holding``).
        """
        return any(
            0 <= c.start - position <= 100 and not _sentence_break(self.text, position, c.start)
            for c in self.holding
        )

    def _held_after(self, position: int) -> bool:
        """Whether the people counted before ``position`` are told held in their clause.

        "الإفراج عن اثني عشر راعياً من قبيلة المسيرية كانوا محتجزين": a noun of detainees
        (the held, the arrested) within the clause after them. Then any noun counted right
        after عن / سراح is people released, detainees.
        """
        return self._held_label_after(position) == ExchangeKind.DETAINEES.value

    def _held_label_after(self, position: int) -> str | None:
        """The kind of the first noun of the held in the clause after ``position``, if any.

        Detainees (كانوا محتجزين، رهن الاحتجاز) or hostages (لا يزالون في قبضتها).
        """
        held = (ExchangeKind.DETAINEES.value, ExchangeKind.HOSTAGES.value)
        found = next(
            (
                k
                for k in self.kinds
                if k.label in held
                and 0 <= k.start - position <= 60
                and not has_break(self.text, position, k.start)
            ),
            None,
        )
        if found is None or found.word.endswith("ه"):
            # 40 حاوية محتجزة، 12 شاحنة كانت محتجزة: a plural of things agrees in the feminine
            # singular; people held are محتجزين، كانوا محتجزين
            return None
        if any(
            bare(self.text[s:e]) in self.in_return
            for s, e in self.analysis.words_in(position, found.start)
        ):
            return None  # 20 سعودياً مقابل 250 من عناصر …: the other side's people, not theirs
        return found.label

    def _people_counted_after(self, action: Cue, limit: int) -> Cue | None:
        """People released with their number after them: عن مواطنين فرنسيين اثنين.

        Right after عن / سراح a noun of people (``exchange_persons``), one or two
        demonyms, then a number: the returned cue covers the people and their
        nationality, and the number right after it is their count.
        """
        text = self.text
        spans = self._after_release_marker(action, min(limit, action.end + 80), 8)
        if spans is None or len(spans) < 2 or _sentence_break(text, action.end, spans[0][0]):
            return None
        word = text[spans[0][0] : spans[0][1]]
        if word not in self.persons and bare(word) not in self.persons:
            return None
        index = 1
        while index < min(len(spans), 3) and not has_break(text, spans[0][1], spans[index][0]):
            w_start, w_end = spans[index]
            nisba = w_end - w_start >= 5 and text[w_start:w_end].endswith(("يين", "يون"))
            if not nisba and not any(s <= w_start < e for s, e in self.demonyms):
                break
            index += 1
        if index >= len(spans):
            return None
        end = spans[index - 1][1]  # no demonym: عن صحفيين اثنين
        number = next((q for q in self.numbers if end < q[0] <= end + 2), None)
        if number is None or self._is_vague(text[number[0] : number[1]]):
            return None
        previous = [k for k in self.kinds if k.end <= action.start]
        label = previous[-1].label if previous else ExchangeKind.DETAINEES.value
        self.counted_after[spans[0][0]] = number
        return Cue(spans[0][0], end, text[spans[0][0] : end], label)

    def _mention(
        self, action: Cue, kind: Cue, used: set[int], previous: _Mention | None
    ) -> _Mention | None:
        text = self.text
        segment = segment_label(self.analysis, self.analysis.span(action.start, kind.end))
        if segment is None:
            return None
        sent_start, sent_end = sentence_range(self.analysis, action.start)
        mention = _Mention(
            action.start, kind.end, self._kind_of(kind), segment, (action.start, kind.end)
        )
        end = kind.end
        quantity = self._quantity_before(action.end, kind.start)
        if quantity is not None:
            q_start, _, q = quantity
            if self._is_vague(self.text[q_start : quantity[1]]):
                mention.approximate = True
            else:
                mention.count = _as_count(q.value)
                mention.approximate = bool(q.approximate) or self._hedged(q_start, action.end)
        elif self._vague_word_before(kind.start):
            mention.approximate = True
        else:
            after = self._quantity_after(kind.end, sent_end)  # رفات 12 جندياً
            if after is not None and not self._is_vague(text[after[0] : after[1]]):
                mention.count = _as_count(after[2].value)
                mention.approximate = bool(after[2].approximate)
                end = after[1]
                # the noun it counts is this mention's (جثامين 20 مقاتلاً أعادها الجيش: the
                # bodies returned), never the people of a mention of its own
                counted = self.analysis.words_in(after[1], min(sent_end, after[1] + 20))[:1]
                used.update(k.start for k in self.kinds if counted and k.start == counted[0][0])
        if mention.count is None and not mention.approximate:
            adjective = self._definite_count_after(kind.end, sent_end)  # الرهائن العشرين
            if adjective is not None:
                mention.count, end = adjective[0], max(end, adjective[1])
        if mention.count is None:
            apposed = self._apposed_count(kind.end, sent_end)  # وعددهم 20 رهينة
            if apposed is not None:
                mention.count, end = _as_count(apposed[2].value), max(end, apposed[1])
                mention.approximate = bool(apposed[2].approximate)
        if mention.count is None and kind.start in self.counted_after:
            q_start, q_end, q = self.counted_after[kind.start]  # مواطنين فرنسيين اثنين
            mention.count, mention.approximate, end = _as_count(q.value), bool(q.approximate), q_end
        if mention.count is None and not mention.approximate:
            told = self._told_before(action, kind)  # … نحو 23 أرمنياً … بالإفراج عن هؤلاء المحتجزين
            if told is not None:
                mention.count = _as_count(told[2].value)
                mention.approximate = bool(told[2].approximate) or self._hedged(told[0], 0)
        if mention.count is None and not mention.approximate and kind.word in self.dual:
            mention.count = 2  # رهينتين، جثتي رهينتين: the dual counts two
        if mention.count is None and kind.start in self.one_person:
            mention.count = 1  # الإفراج عن السياسي محمد قحطان: one person
        last = tokens(text, max(0, kind.start - 8), kind.start)[-1:]
        every = bool(last) and text[last[0][0] : last[0][1]] in ("اخر", "آخر")  # آخر مختطف: all
        if (
            mention.count is None
            and not mention.approximate
            and kind.word in self.singular
            and not every
        ):
            mention.count = 1  # أفرجت عن الجندي الإسرائيلي: the singular counts one
        if mention.count is None and not mention.approximate:
            single = self._singular_after(kind, sent_end)  # رفات جندي إسرائيلي: one body
            if single is not None:
                mention.count, end = 1, max(end, single)
            pair = self._dual_after(kind, sent_end)  # رفات جنديين: two
            if pair is not None:
                mention.count, end = 2, max(end, pair)
        if mention.count is None and not mention.approximate:
            boxes = self._containers_before(action.end, kind)  # 55 صندوقاً تحتوي رفات جنود
            if boxes is not None:
                mention.count = _as_count(boxes[2].value)
                mention.approximate = bool(boxes[2].approximate)
        if mention.count is None and not mention.approximate:
            batch = self._transferred(kind, sent_end, used)  # … بعدما نقلت طائراتها 318 محتجزاً
            if batch is not None:
                mention.count, mention.approximate, end = batch[0], batch[1], max(end, batch[2])
        if mention.count is None and not mention.approximate:
            people = self._people_included_after(kind, sent_end)  # دفعة … تضم 85 شخصاً
            if people is not None:
                mention.count = _as_count(people[2].value)
                mention.approximate = bool(people[2].approximate)
                end = max(end, people[1])
        if (
            mention.count is None
            and not mention.approximate
            and mention.kind != ExchangeKind.DOCUMENTS
        ):
            swap = self._swap_counted_after(kind, sent_end)  # … عن 11 أفغانياً مقابل جنديين
            if swap is not None:
                mention.count, mention.count_other, mention.per_side = swap[0], swap[1], True
                end = max(end, swap[2])
        # per side and the other side's number
        for cue in self.all_for_all:
            if action.end <= cue.start <= kind.end + 25 and not has_break(
                text, kind.end, cue.start
            ):
                mention.per_side, mention.count, mention.whole = True, None, True
                end = max(end, cue.end)
        for cue in self.both_sides:
            if kind.end <= cue.start <= kind.end + 25 and not has_break(text, kind.end, cue.start):
                mention.per_side = False  # 1400 محتجز من الجانبين: both sides together
                end = max(end, cue.end)
        for cue in self.per_side:
            if kind.end <= cue.start <= kind.end + 25 and not has_break(text, kind.end, cue.start):
                mention.per_side = True
                end = max(end, cue.end)
        mention.held = mention.kind == ExchangeKind.HOSTAGES and bare(kind.word) in self.held
        if mention.held and mention.per_side is not None:
            mention.kind = ExchangeKind.DETAINEES  # 2900 محتجز من الطرفين: both sides hold them
        mention.held_noun = bare(kind.word) in self.held
        mention.noun = bare(kind.word)
        mention.holder = self._holder_after(kind, sent_end)
        rate = self._rate_after(max(kind.end, end), sent_end) if mention.count else None
        if rate is not None:  # 15 جثماناً عن كل جثمان: so many for each one
            mention.rate, mention.per_side, mention.count_other = True, True, 1
            end = max(end, rate)
        other = self._other_side(kind.end, sent_end, used)
        if other is not None:
            # 33 رهينة مقابل 1900 أسير: what is given in return, of whatever kind, is the
            # other side of one swap; its number is the count of the other side
            if other.kind is not None and self._kind_of(other.kind) != mention.kind:
                self._held_for_prisoners(mention, bare(other.kind.word))
            mention.per_side = True
            end = max(end, other.end)
            if other.count is not None and other.count != mention.count:
                mention.count_other = other.count
        # status
        start = action.start
        found = self._status(action, kind, sent_start, sent_end)
        # a word of adding right before the action (…، إضافة إلى تسليم رفات …) lists it with the
        # exchange before, however many commas stand between, within the sentence
        joined = any(0 <= action.start - j.end <= 2 for j in self.list_joiners)
        listed = (
            previous is not None
            and previous.status is not None
            and previous.evidence[1] <= action.start
            and (
                (
                    action.start - previous.evidence[1] <= 45
                    and not _sentence_break(text, previous.evidence[1], action.start)
                )
                or (joined and not _full_stop(text, previous.evidence[1], action.start))
            )
            and not any(
                word in self.contrasts for word in text[previous.evidence[1] : action.start].split()
            )  # فيما يبقى تبادل المعتقلين عالقاً: a clause of its own
        )  # ستبحث تبادل مذكرات التفاهم، إضافة إلى تبادل جديد للأسرى: one cue, a list
        far = found is not None and found[0].start < action.start - 25 - len(found[0].word)
        if listed and previous is not None and (found is None or far) and mention.count is None:
            mention.status = previous.status
        elif found is not None:
            cue, negated = found
            if negated:
                return None
            if (
                mention.count is None
                and cue.start < action.start
                and self._gap(cue.end, action.start) > 25
                and not self._joined_by_preposition(action)
                and not self._listed_demand(action, cue)
                and not self._purpose_of(action, cue)
                and self._in_return(action, mention) != "object"
            ):
                # a far cue governs something else (اتفاق لوقف النار … وتبادل الأسرى); not a
                # release given in return for what it governs (اقترح تمديد الهدنة لأسابيع
                # مقابل الإفراج عن نصف الرهائن: the release is the proposal's price)
                return None
            mention.status = ExchangeStatus(cue.label)
            if cue.start < action.start and action.start - cue.end <= 45:
                start = cue.start
            elif cue.start >= kind.end:
                end = max(end, cue.end)
        if mention.status is None and found is None and self._named_subject(action):
            mention.status = ExchangeStatus.COMPLETED  # تبادل حزب الله وإسرائيل الأسرى
        if self._conditional(action, found[0] if found is not None else None):
            mention.status = ExchangeStatus.DEMANDED  # لن نعود قبل أن تفرج كينشاسا عن أسرانا
            start = action.start
        if mention.status is None and action.start in self.returns:  # عاد 230 أسيراً
            future = action.word.startswith(("سي", "ست"))
            mention.status = ExchangeStatus.AGREED if future else ExchangeStatus.COMPLETED
        if mention.status is None and found is None and self._future_means(action):
            mention.status = ExchangeStatus.AGREED  # سترد الحكومة على البادرة بالإفراج عن …
        if mention.status is None and found is None and self._announced_done(action):
            mention.status = ExchangeStatus.COMPLETED  # أعلن الجيش الإفراج عن سبعة جنود
        mention.evidence = (start, end)
        mention.nation = next(  # the people's demonym: in or after the kind, or right before
            (
                c
                for s, e, c in self.countries
                if kind.start <= s <= kind.end + 2 or 0 <= kind.start - e <= 2
            ),
            None,
        )
        mention.further = self._further(min(start, action.start)) or (
            previous is not None
            and previous.start < action.start
            and None not in (previous.nation, mention.nation)
            and previous.nation != mention.nation
            and not _full_stop(text, previous.start, action.start)
            and any(w in self.contrasts for w in text[previous.end : action.start].split())
        )  # طالبت طهران بالإفراج عن إيرانيين …، فيما تطالب واشنطن بإطلاق سراح أميركيين
        if mention.count is not None and self._others_after(kind):
            mention.further = True  # وأفرجت الحركة اليوم عن 20 أسيراً آخرين: another batch
        if mention.status is None and mention.whole:
            mention.status = ExchangeStatus.PROPOSED  # صفقة شاملة على قاعدة الكل مقابل الكل
        if mention.status is None and mention.count is None:
            return None  # a topic (ملف تبادل الأسرى), no particular exchange
        return mention

    def _gap(self, start: int, end: int) -> int:
        """How far apart a cue and its action stand, a phrase of the route or go-between not
        counted: "تبحثان عبر الوسيط الإماراتي عملية تبادل" is as near as "تبحثان عملية تبادل".

        The phrase (``exchange_via`` and at most three words, no preposition among them) must
        start right after the cue; with no break between them.
        """
        words = self.analysis.words_in(start, end)
        if not words or words[0][0] not in self.via_starts or has_break(self.text, start, end):
            return end - start
        phrase = words[1:4]
        for index, (w_start, w_end) in enumerate(phrase, start=1):
            if self.text[w_start:w_end] in self.prepositions:
                phrase = words[1:index]
                break
        if len(phrase) == len(words) - 1:
            phrase = phrase[:-1]  # the action's own noun (عملية) stays
        skipped = (phrase[-1][1] if phrase else words[0][1]) - words[0][0]
        return end - start - skipped

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
                or (len(word) >= 5 and word.endswith(("يا", "يين", "يون")))
                or w_start in self.demonym_chars
            ):
                return item
        return None

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

    def date(self, mention: _Mention) -> None:
        """Give the mention the date told in its clause, if any.

        A date inside the mention (أفرجت إسرائيل، الثلاثاء، عن …؛ تبادل الطرفان الشهر الماضي
        جثث …), or right before or after it in its sentence with at most one comma between
        (في ديسمبر 2023 أفرجت باكو عن …؛ ما جرى في مارس 2019، حين أفرجت …).
        """
        text = self.text
        start, end = mention.evidence
        sent_start, sent_end = sentence_range(self.analysis, start)
        near = [
            d
            for d in self.dated
            if sent_start <= d[0]
            and d[1] <= sent_end
            and (
                start <= d[0] < end
                or (
                    0 <= start - d[1] <= 30
                    and text[d[1] : start].count(",") <= 1
                    and not _full_stop(text, d[1], start)
                )
                or (0 <= d[0] - end <= 25 and not has_break(text, end, d[0]))
            )
        ]
        if not near:
            return
        date = min(near, key=lambda d: abs(d[0] - start))
        mention.when = (date[2], date[3])
        mention.recalled = self.this_year is not None and date[3].year < self.this_year

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
            if not (w_start in self.demonym_chars or word.endswith(("يين", "يون", "يا"))):
                return False
        return False

    def _purpose_of(self, action: Cue, cue: Cue) -> bool:
        """Whether the action is the purpose (ل) of the clause its far cue opens.

        "من المقرر أن تجتمع لجنة الإشراف في عمّان خلال أسبوعين لتبادل الكشوف النهائية":
        a meeting scheduled, agreed or demanded to exchange is the exchange so scheduled, however
        many words tell the meeting, while no comma or stop closes the clause and no other
        word of exchanging stands between. So is a verb of exchanging in the cue's complement
        after أن (دعت الأمم المتحدة الطرفين إلى أن يتبادلوا جميع الأسرى، طالبت الحكومة الحركة
        بأن تفرج عن المخطوفين).
        """
        written = self.text[action.start : action.end]
        before = self.analysis.words_in(max(0, action.start - 8), action.start)[-1:]
        complement = bool(before) and self.text[before[0][0] : before[0][1]] in ("ان", "بان")
        return (
            (written.startswith(("ل", "ول", "فل")) or complement)
            and action.start - cue.end <= 120
            and not has_break(self.text, cue.end, action.start)
            and not any(p in self.action_chars for p in range(cue.end, action.start))
        )  # … اتفاق يفتح الطريق أمام صفقة لتبادل الأسرى: the purpose of a deal, not of the cue

    def _conditional(self, action: Cue, cue: Cue | None) -> bool:
        """Whether the action is a condition set by a side: demanded.

        "ما لم تفرج الحكومة عن …"، "بشرط أن يطلق …"، "إذا أُطلق سراح …"، "في حال أفرجت …", or
        "قبل أن" / "إلا بعد" after a negation in
        its clause (لن نعود إلى الطاولة قبل أن تفرج كينشاسا عن أسرانا، لا حوار قبل أن يطلق سراح
        المخطوفين): what must happen first is asked for. A cue after the marker (… ما لم
        يتفق الطرفان على تبادل) still governs.
        """
        words = self.analysis.words_in(max(0, action.start - 16), action.start)[-2:]
        if (
            words
            and self.text[words[-1][0] : words[-1][1]].removeprefix("و") in self.conditions
            and not has_break(self.text, words[-1][0], action.start)
            and (cue is None or cue.start >= action.start)
        ):
            return True  # «إذا أُطلق سراح المختطفين»، لو أفرجت: a release supposed, asked for
        if len(words) < 2 or has_break(self.text, words[0][0], action.start):
            return False
        marker = tuple(self.text[s:e] for s, e in words)
        if cue is not None and cue.start > words[0][0]:
            return False
        if marker in (("ما", "لم"), ("شرط", "ان"), ("بشرط", "ان"), ("شريطه", "ان")):
            return True
        sent_start, _ = sentence_range(self.analysis, action.start)
        if marker not in (("قبل", "ان"), ("الا", "بعد")):
            # لن تدخل في مفاوضات قبل خروج القوات من المدن وإطلاق سراح الأسرى: a verbal noun
            # joined by و to the one قبل governs, in the same clause
            if not self.text.startswith("و", action.start):
                return False
            clause = self.analysis.words_in(max(sent_start, action.start - 100), action.start)
            before = next(
                (
                    w
                    for w in reversed(clause)
                    if self.text[w[0] : w[1]] in ("قبل", "الا")
                    and not has_break(self.text, w[1], action.start)
                    and not any(p in self.action_chars for p in range(w[1], action.start))
                ),
                None,
            )
            if before is None:
                return False
            words = [before]
        comma = self.text.rfind(",", sent_start, words[0][0])
        return any(
            self.text[s:e] in ("لن", "لا", "لم", "ليس", "لسنا", "ولن", "ولا")
            for s, e in self.analysis.words_in(max(sent_start, comma + 1), words[0][0])
        )

    def _future_means(self, action: Cue) -> bool:
        """Whether a verbal noun of releasing after ب is the means of a verb in the future.

        "سترد الحكومة على البادرة بالإفراج عن عدد من المعتقلين"، "ستقوم بإطلاق سراح …": what
        a side will do by releasing is a release agreed. The verb (سـ and an imperfect) stands
        within four words before, in the same clause.
        """
        if not self.text.startswith(("ب", "وب"), action.start):
            return False
        before = self.analysis.words_in(max(0, action.start - 50), action.start)[-4:]
        return any(
            _FUTURE_VERB.fullmatch(self.text[s:e]) is not None
            and not has_break(self.text, e, action.start)
            for s, e in before
        )

    @functools.cached_property
    def announcing(self) -> frozenset[str]:
        return self.analysis.word_set("exchange_announced")

    def _announced_done(self, action: Cue) -> bool:
        """Whether a past verb of announcing governs the action, a verbal noun, with nothing to come.

        "أعلن الجيش، الأحد، الإفراج عن سبعة جنود"، "أعلنت الوزارة عودة 84 أسيراً": a side
        announces what it has done; with a word of the future in the sentence (الأسبوع
        المقبل، غداً) it announces what is to come, and the exchange keeps no status.
        """
        if not _definite(action.word) and action.word not in self.verbal_nouns:
            return False
        sent_start, sent_end = sentence_range(self.analysis, action.start)
        before = self.analysis.words_in(max(sent_start, action.start - 150), action.start)
        verb = next(
            (
                index
                for index in range(len(before) - 1, -1, -1)
                if bare(self.text[before[index][0] : before[index][1]]) in self.announcing
                or self.text[before[index][0] : before[index][1]] in self.announcing
            ),
            None,
        )
        if verb is None or _full_stop(self.text, before[verb][1], action.start):
            return False
        gap = self.text[before[verb][1] : action.start]
        if gap.count(",") not in (0, 2):
            return False  # أعلن "الجيش" (ELN)، كبرى حركات التمرد …، الإفراج: an apposition between
        first, last = gap.find(","), gap.rfind(",")
        words = [
            w
            for w in before[verb + 1 :]
            if first < 0 or w[1] <= before[verb][1] + first or w[0] > before[verb][1] + last
        ]
        if words and words[0] == before[verb + 1] and len(words) > 1:
            # أعلنت وزارة الدفاع، أعلنت جبهة مورو: a subject in construct
            head = self.text[words[0][0] : words[0][1]]
            genitive = self.text[words[1][0] : words[1][1]]
            if not _possessed(head) and genitive not in self.prepositions:
                words = words[2:]
        if len(words) > 5 or not all(self._subject_or_adjective(*word) for word in words):
            return False
        return not any(
            self.text[s:e] in self.future_words or bare(self.text[s:e]) in self.future_words
            for s, e in self.analysis.words_in(sent_start, sent_end)
        )

    @functools.cached_property
    def verbal_nouns(self) -> frozenset[str]:
        """The verbal nouns among the words of exchanging (إطلاق سراح، عودة، إعادة، تسليم)."""
        return frozenset(
            w
            for w in self.analysis.word_set("exchange_actions")
            if w.split()[0] in ("افراج", "اطلاق", "عودة", "عوده", "اعادة", "اعاده", "تسليم")
        )

    def _named_subject(self, action: Cue) -> bool:
        """Whether تبادل is the past verb, a named subject right after it (تبادل حزب الله وإسرائيل)."""
        if self.text[action.start : action.end] not in ("تبادل", "وتبادل", "فتبادل"):
            return False
        following = self.analysis.words_in(action.end, min(len(self.text), action.end + 20))[:1]
        return bool(following) and any(
            e_start <= following[0][0] < e_end for e_start, e_end in self.named
        )

    def _singular_after(self, kind: Cue, limit: int) -> int | None:
        """The end of an indefinite singular noun of a person after a kind of bodies.

        "رفات جندي إسرائيلي"، "جثة رهينة": the remains of one; a definite noun (رفات
        الجنود) or a plural counts nothing.
        """
        if kind.label != ExchangeKind.BODIES.value:
            return None
        following = self.analysis.words_in(kind.end, min(limit, kind.end + 20))[:1]
        if not following or has_break(self.text, kind.end, following[0][0]):
            return None
        word = self.text[following[0][0] : following[0][1]]
        word = word[:-1] if word.endswith("ا") and word[:-1] in self.singular else word
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

    @functools.cached_property
    def moving_or_including(self) -> frozenset[str]:
        return self.transfer | self.included_words | self.inclusion

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

    @functools.cached_property
    def containing(self) -> frozenset[str]:
        return self.analysis.word_set("exchange_containing")

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

    def _kind_of(self, kind: Cue) -> ExchangeKind:
        """The kind a kind noun names; the held (المحتجزين) are hostages where hostages are told.

        In an article that names hostages (رهائن) by their own noun, a bare noun of the
        held (``exchange_held``) names them too; elsewhere it names detainees. (Held from
        both sides are detainees: see :meth:`_mention`.)
        """
        if kind.label == ExchangeKind.DETAINEES.value and bare(kind.word) in self.held:
            hostages = ExchangeKind.HOSTAGES.value
            if any(
                k.label == hostages
                and bare(k.word) not in self.held
                and not bare(k.word).startswith(self.kidnapped_nouns)
                for k in self.kinds
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
        if kind.label == ExchangeKind.DETAINEES.value and self._members_of_forces(kind):
            return ExchangeKind.PRISONERS  # 50 من عناصر الحركة، عنصراً من قوة أمن الحدود
        if kind.label in (ExchangeKind.PRISONERS.value, ExchangeKind.DETAINEES.value):
            nation = self._nation_after(kind)  # 10 أسرى إسرائيليين, told as الرهائن الإسرائيليين
            if nation is not None and nation in self.hostage_nations:
                return ExchangeKind.HOSTAGES
        return ExchangeKind(kind.label)

    @functools.cached_property
    def kidnapping(self) -> frozenset[str]:
        return self.analysis.word_set("exchange_capture_hostages")

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
            stem = regex.sub(r"(?:هما|هم|هن|ها|ه)$", "", word)
            if stem != word and (stem in self.kidnapping or bare(stem) in self.kidnapping):
                return True
            if (
                word in self.copulas
                or word in ("قد", "الذين", "اللذين", "اللواتي")
                or (len(word) >= 5 and word.endswith(("يا", "يين", "يون")))
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
        hostages = any(
            k.label == ExchangeKind.HOSTAGES.value
            and not bare(k.word).startswith(self.kidnapped_nouns)
            and bare(k.word) not in self.held
            for k in self.kinds
        )
        return prisoners and not hostages

    def _members_of_forces(self, kind: Cue) -> bool:
        """Whether members (عناصر، عنصر) are named as members of an armed force or movement.

        Members of a movement, a group, an army or a force (عناصر الحركة، عناصر الجماعة،
        عناصر الحركات المسلحة، عنصراً من قوة أمن الحدود، عناصر من الجيش) are fighters
        taken: prisoners. Members of
        the police, of a group named by its own name or with no owner stay detainees, and so
        do forces with a possessive (عنصر من قواتها), whose holders call them held, and
        members the text calls arrested right after (عناصر الجماعة المعتقلين، الموقوفين);
        held (المحتجزين في سجونها) is said of fighters taken too.
        """
        if bare(kind.word) not in self.member_nouns:
            return False
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
        return _FORCES.fullmatch(self.text[start:end]) is not None and not any(
            n_start <= start < n_end for n_start, n_end in self.named
        )  # عناصر قوات الدعم السريع: a group by its own name

    @functools.cached_property
    def countries(self) -> list[tuple[int, int, str]]:
        return [
            (start, end, entity.id or entity.name or entity.text)
            for start, end, entity in located_entities(self.analysis, (EntityKind.COUNTRY,))
        ]

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
        """The quantity after a count marker following the kind noun (… وعددهم 20 رهينة)."""
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
        for item in self.numbers:
            if marker.end <= item[0] <= marker.end + 3:
                return item
            if (
                marker.end <= item[0]
                and not has_break(self.text, marker.end, item[0])
                and len(tokens(self.text, marker.end, item[0])) <= 4
            ):
                return item  # وعددهم بحسب تقديراتنا أكثر من 100 شخص
        return None

    def _people_between(self, start: int, end: int) -> bool:
        """Whether only nouns of people and demonyms stand in ``text[start:end]``.

        خمسة مواطنين أميركيين محتجزين: the count reaches the kind noun over them.
        """
        words = self.analysis.words_in(start, end)
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
            if index > 0 and len(word) >= 5 and word.endswith(("يا", "يين", "يون")):
                continue  # a demonym after the people, in the accusative (مواطناً أرمنياً)
            if any(s <= w_start < e for s, e in self.demonyms):
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
                        return _OtherSide(count, q_start, kind.end, kind, approximate)
                return _OtherSide(count, q_start, q_end, None, approximate)
        word = self.text[start:end]
        if word in ("الكل", "الجميع"):
            return _OtherSide(None, start, end)
        return None

    def _status(
        self, action: Cue, kind: Cue, sent_start: int, sent_end: int
    ) -> tuple[Cue, bool] | None:
        """The status cue of the exchange and whether it is negated."""
        text = self.text
        for cue in self.statuses:
            if kind.end <= cue.start <= min(kind.end + 40, sent_end):
                gap = text[kind.end : cue.start]
                if ("التي" in gap or "الذي" in gap) and not has_break(text, kind.end, cue.start):
                    return cue, self._negated(cue.start)
        for cue in self.statuses:  # صفقة تبادل تشمل نحو 1400 محتجز
            if action.end <= cue.start and cue.end <= kind.start:
                if "," in text[action.end : cue.start] and "," in text[cue.end : kind.start]:
                    continue  # وأفرج الجانبان، في إطار الاتفاق، عن 95 أسيراً: a parenthetical
                return cue, self._negated(cue.start)
        # "طالبت …، بانسحاب القوات …، وبإطلاق سراح …": a repeated preposition joins the
        # action to the object of a verb before it, however far in its sentence
        reach = sent_start if self._joined_by_preposition(action) else action.start - CUE_WINDOW
        before = [
            c
            for c in self.statuses
            if max(sent_start, reach) <= c.start <= action.start
            and not _full_stop(self.text, c.end, action.start)
        ]  # the sentence, and never past a full stop (a tatweel after one hides it from it)
        if not before:  # دعا البيان إلى …، وانسحاب …، والإفراج عن: one more item of a demand
            before = [
                c
                for c in self.statuses
                if sent_start <= c.start <= action.start
                and not _full_stop(self.text, c.end, action.start)
                and self._listed_demand(action, c)
            ]
        if before:
            before.sort(key=lambda c: c.start)
            cue = before[-1]
            if cue.word in self.inclusion and len(before) > 1:
                cue = before[-2]  # بدأت … تنفيذ عملية تبادل تشمل …: the earlier cue
            between = [self.text[s:e] for s, e in self.analysis.words_in(cue.end, action.start)]
            if bare(cue.word).startswith("اتفاق") and between in (["من"], ["الي"]):
                # الانتقال بالاتفاق من تبادل الأسرى إلى …: من / إلى are not the agreement's
                # own prepositions (على، ل): the exchange is a phase the agreement moves from
                # or to, not a term of it
                return None
            return cue, self._negated(cue.start)
        for cue in self.statuses:  # عملية تبادل الأسرى … مستمرة: the predicate
            if kind.end <= cue.start <= min(kind.end + 80, sent_end):
                if has_break(text, kind.end, cue.start):
                    break
                return cue, self._negated(cue.start)
        return None

    def _negated(self, position: int) -> bool:
        spans = self.analysis.words_in(max(0, position - 12), position)
        words = [self.text[s:e] for s, e in spans[-2:]]
        return bool(words) and (
            words[-1] in NEGATIONS
            or (len(words) == 2 and words[0] in NEGATIONS and words[1] in ("يتم", "تتم"))
        )


#: Kinds of the people a predicate of being held may tell of (not bodies, not documents).
_HELD_SUBJECTS = frozenset(
    {ExchangeKind.PRISONERS.value, ExchangeKind.DETAINEES.value, ExchangeKind.HOSTAGES.value}
)

#: The bodies whose members are fighters taken (عناصر الحركة، عناصر من الجيش), normalised.
_FORCES = regex.compile(
    r"(?:ال)?(?:حرك[ةه]|حركات|جماع[ةه]|جماعات|قو[ةه]|قوات|جيش|جيوش|حرس)"
)  # normalised: ة → ه

#: A word in Latin letters: a name or its acronym beside the Arabic one (ELN، M23).
_LATIN = regex.compile(r"[A-Za-z0-9.\-]+")

#: A verb in the future: سـ, a prefix of the imperfect and at least two letters (سترد، ستقوم),
#: not a noun so spelled (سنوات، ستين، سيطرة، سياسة، سيادة، سيارة).
_FUTURE_VERB = regex.compile(r"[وف]?س[يتن](?!وات|ين$|طر|اس|اد|ار)\p{Arabic}{2,}")


def _people_kind(previous: list[Cue], people: bool) -> str:
    """The kind of people released with no kind noun, given the kind nouns before them.

    Civilians (a noun of people: مواطنين، مدنيين) are detainees, or hostages where the
    last kind told is hostages; people named by nationality alone take the kind named last
    (the other half of a swap), else prisoners.
    """
    last = previous[-1].label if previous else None
    if people:
        hostages = ExchangeKind.HOSTAGES.value
        return hostages if last == hostages else ExchangeKind.DETAINEES.value
    return last or ExchangeKind.PRISONERS.value


def _full_stop(text: str, start: int, end: int) -> bool:
    """Whether a full stop, a question or exclamation mark or a line break lies in the range."""
    return any(mark in text[start:end] for mark in ".!?\n")


def _sentence_break(text: str, start: int, end: int) -> bool:
    """A break other than a comma: a parenthetical (سلمت أوكرانيا، الجمعة، جثث …) may stand between."""
    gap = text[start:end]
    return any(mark in gap for mark in ".;:!?\n") or gap.count(",") > 2


def _compatible(first: _Mention, second: _Mention) -> bool:
    """Whether two mentions can be one exchange: same kind, no disagreeing count or status."""
    return (
        first.kind == second.kind
        and (
            first.status is None
            or second.status is None
            or first.status == second.status
            or _stages_of_one(first, second)
            or _retold(first, second)
        )
        and first.segment == second.segment
        and _same_count(first, second)
        and not (first.whole and second.count is not None)
        and not (second.whole and first.count is not None)
        and _same_time(first, second)
        and first.rate == second.rate  # 15 for each body is no batch of 15 (or of 30)
    )


#: The stages one exchange goes through as it is told: agreed, then under way, then done.
_STAGES = frozenset({ExchangeStatus.AGREED, ExchangeStatus.ONGOING, ExchangeStatus.COMPLETED})


def _retold(first: _Mention, second: _Mention) -> bool:
    """Whether two mentions of the same number tell one exchange, whatever their statuses.

    "ومن بينها الإفراج عن 18 جندياً" … "نطالب بالإفراج الفوري عن جنودنا الثمانية عشر": the
    same people counted again (a background paragraph, a side's demand that the deal be
    kept) are one exchange told twice. One person is not enough to tell (a pilot released, a
    soldier demanded), nor is a rate (15 for each), nor a date that differs.
    """
    return first.count is not None and first.count == second.count and first.count > 1


def _stages_of_one(first: _Mention, second: _Mention) -> bool:
    """Whether two mentions of the same count tell one exchange at two of its stages.

    "ستسلّم الحركة مساءً رفات رهينتين" … "تسلّمت اللجنة رفات الرهينتين": what was agreed or
    scheduled and then done, with the same number, is one exchange.
    """
    return (
        first.count is not None
        and first.count == second.count
        and first.status in _STAGES
        and second.status in _STAGES
    )


def _asked_only(group: list[_Mention], mention: _Mention) -> bool:
    """Whether a counted mention with no status would join only asks, with no number.

    "وبالإفراج عن الأسرى اللبنانيين" (demanded) … "معلومات عن تسليم إسرائيل أسيرين لبنانيين
    مساء اليوم": a release told with its number is not the release a side asks for in
    general; it joins no group that only demands or proposes, count-less.
    """
    return (
        mention.status is None
        and mention.count is not None
        and all(
            m.count is None and m.status in (ExchangeStatus.DEMANDED, ExchangeStatus.PROPOSED)
            for m in group
        )
    )


def _stage(status: ExchangeStatus | None) -> int:
    """How far an exchange has gone: agreed 1, under way 2, done 3, anything else 0."""
    order = (ExchangeStatus.AGREED, ExchangeStatus.ONGOING, ExchangeStatus.COMPLETED)
    return order.index(status) + 1 if status in order else 0


def _same_time(first: _Mention, second: _Mention) -> bool:
    """Whether two mentions may tell one event as to their dates.

    Two dated mentions whose dates do not overlap are two exchanges (تبادلا في مارس الماضي 100
    أسير … أفرج الجانبان اليوم عن 100 أسير); a mention dated to a year before the
    article's is a swap recalled (ما جرى في مارس 2019، حين أفرجت … عن الطيار), never a
    mention of an undated one told as the article's news.
    """
    if first.when is not None and second.when is not None:
        return first.when[0] <= second.when[1] and second.when[0] <= first.when[1]
    return not (_recalled_event(first) or _recalled_event(second))


def _recalled_event(mention: _Mention) -> bool:
    """Whether a mention recalls a swap done in an earlier year (not one agreed then).

    "إعلان المبادئ الذي وقّعه الطرفان في يوليو 2025، والذي نص على … تبادل الأسرى": the date
    of an agreement is when the swap was agreed, not when it happens; the swap it provides
    is the one the article goes on to tell (عملية التبادل … لم تُنفذ حتى اليوم).
    """
    return mention.recalled and mention.status not in (
        ExchangeStatus.AGREED,
        ExchangeStatus.PROPOSED,
        ExchangeStatus.DEMANDED,
    )


def _same_count(first: _Mention, second: _Mention) -> bool:
    """Whether two counts agree: equal, unknown, or N from each side and 2N in all.

    "اتفاق لتبادل 157 أسيراً من كل جانب" and "إطلاق سراح الأسرى الـ314" are one exchange.
    A lopsided swap's total is its two sides added (4 مقابل 45: 49), never twice the first.
    """
    if first.count is None or second.count is None or first.count == second.count:
        return True

    def total(side: _Mention) -> int | None:
        if side.per_side is not True or side.count is None:
            return None
        return side.count + (side.count if side.count_other is None else side.count_other)

    return second.count == total(first) or first.count == total(second)


def _breakdown_of(part: _Mention, mentions: list[_Mention]) -> _Mention | None:
    """The exchange whose total a swap of two numbers breaks down, if any.

    "الإفراج عن نحو 2900 محتجز من الطرفين" … "تشمل 1700 من أسرى الجماعة مقابل 1200":
    1700 and 1200 are the two sides of the 2900, prisoners and detainees alike.
    """
    if part.count is None or part.count_other is None:
        return None
    held = (ExchangeKind.PRISONERS, ExchangeKind.DETAINEES)
    total = part.count + part.count_other
    return next(
        (
            m
            for m in mentions
            if m is not part
            and m.count == total
            and m.per_side is not True
            and (m.kind == part.kind or (m.kind in held and part.kind in held))
        ),
        None,
    )


def _rate_of(rate: _Mention, mentions: list[_Mention]) -> _Mention | None:
    """The swap a rate is the term of, if the article tells it with both its sides counted.

    "تقضي بتسليم 15 جثماناً عن كل جثمان" beside "سلمت الحركة رفات 27 رهينة، مقابل تسلّم
    جثامين 345 فلسطينياً": the rate says how the swap is counted, no exchange of its own.
    Beside handovers of one side only (تسلمت رفات رهينتين) it is the only statement of the
    swap, and stays a record (15, ``count_other`` 1).
    """
    if not rate.rate:
        return None
    return next(
        (
            m
            for m in mentions
            if m is not rate
            and not m.rate
            and m.kind == rate.kind
            and m.segment == rate.segment
            and m.count is not None
            and m.count_other is not None
        ),
        None,
    )


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


def _possessed(word: str) -> bool:
    """Whether a word carries a possessive pronoun (ذويهم، أبناءها، رفاقنا): definite."""
    return len(word) >= 5 and word.endswith(("هم", "ها", "هن", "نا", "كم"))


def _definite(word: str) -> bool:
    """Whether a word carries the article, after its conjunction and preposition (والأسرى)."""
    return word.startswith(("ال", "وال", "فال", "بال", "وبال", "لل", "ولل", "كال"))


def _in_body(text: str, position: int) -> bool:
    """Whether ``position`` stands in a line that ends as a sentence does, not in a title.

    A headline ("… واتفاق على تبادل 157 أسيراً من كل جانب") has no final stop; the
    article's own sentence is the better evidence of the same exchange.
    """
    start = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position)
    line = text[start : end if end >= 0 else len(text)].rstrip()
    return line.endswith((".", "!", "?", "؟", ":", '"', "»", "”"))


def find_exchanges(analysis: Analysis) -> list[Exchange]:
    """Every exchange the document states, one record per exchange."""
    reader = _Reader(analysis)
    mentions = sorted(reader.mentions(), key=lambda m: m.start)
    mentions = [m for m in mentions if not reader.police_news(m)]
    mentions = [m for m in mentions if not _label_of(analysis.norm.text, m, mentions)]
    mentions = [m for m in mentions if not _headline_of(analysis.norm.text, m, mentions)]
    mentions = _named_then_told(analysis, mentions)
    for mention in mentions:
        reader.date(mention)
    for mention in mentions:  # the held told as detainees elsewhere, with the same number
        if (
            mention.held
            and mention.kind == ExchangeKind.HOSTAGES
            and any(
                m.kind == ExchangeKind.DETAINEES and m.held and m.count == mention.count
                for m in mentions
            )
        ):
            mention.kind = ExchangeKind.DETAINEES
    # a title's total of a swap the body tells side by side (أكبر صفقة … تشمل 2900 شخص over
    # يُفرج الحوثيون عن 1200 … مقابل إفراج الحكومة عن 1700): the body's swap is the record
    text = analysis.norm.text
    titles = [
        total
        for m in mentions
        if _in_body(text, m.start)
        for total in (_breakdown_of(m, mentions),)
        if total is not None and not _in_body(text, total.start)
    ]
    mentions = [m for m in mentions if all(m is not t for t in titles)]
    # 2900 محتجز من الطرفين … تشمل 1700 من أسرى الجماعة مقابل 1200: the breakdown of a total
    breakdowns = [m for m in mentions if _breakdown_of(m, mentions) is not None]
    # 15 جثماناً عن كل جثمان beside a swap told with both its sides: the swap's rate
    breakdowns += [m for m in mentions if _rate_of(m, mentions) is not None]
    mentions = [m for m in mentions if all(m is not b for b in breakdowns)]
    groups: list[list[_Mention]] = []
    for strong in (True, False):
        for mention in mentions:
            if (mention.status is not None) != strong:
                continue
            group = (
                None
                if mention.further
                else next(
                    (
                        g
                        for g in groups
                        if all(_compatible(m, mention) for m in g) and not _asked_only(g, mention)
                    ),
                    None,
                )
            )
            if group is None:
                groups.append([mention])
            else:
                group.append(mention)
    records = []
    for group in groups:
        text = analysis.norm.text
        best = max(  # of an exchange told agreed and then done, the mention of it done
            group,
            key=lambda m: (_in_body(text, m.start), m.score, _stage(m.status), -m.start),
        )
        status = best.status or next((m.status for m in group if m.status), ExchangeStatus.AGREED)
        count = (
            best.count
            if best.count is not None
            else next((m.count for m in group if m.count is not None), None)
        )
        approximate = (
            best.approximate if best.count is not None else any(m.approximate for m in group)
        )
        per_side = (
            best.per_side
            if best.per_side is not None
            else next((m.per_side for m in group if m.per_side is not None), None)
        )
        evidence = analysis.span(*best.evidence)
        parts = [
            b
            for b in breakdowns
            if any(_breakdown_of(b, [m]) is m or _rate_of(b, [m]) is m for m in group)
        ]
        extra = tuple(
            sorted(
                {analysis.span(*m.evidence) for m in [*group, *parts] if m is not best} - {evidence}
            )
        )
        confidence = 0.6 + 0.15 * (count is not None) + 0.1 * (best.status is not None)
        records.append(
            Exchange(
                evidence=evidence,
                extractor=__name__,
                confidence=round(min(confidence, 0.95), 2),
                segment=best.segment,
                kind=best.kind,
                status=status,
                count=count,
                count_other=best.count_other,
                per_side=per_side,
                approximate=approximate,
                # attrs' mypy plugin types a ``converter=tuple`` field as ``Iterable[_T_co]``.
                mentions=extra,  # type: ignore[arg-type]
            )
        )
    return records


#: Kinds of people held alive, which a text may name either way (أسرى، محتجزين، عسكريين).
_CAPTIVE_KINDS = frozenset({ExchangeKind.PRISONERS, ExchangeKind.DETAINEES})


def _named_then_told(analysis: Analysis, mentions: list[_Mention]) -> list[_Mention]:
    """An exchange named with no count and the release that tells it right after: one.

    "عملية تبادل محتجزين أُفرج بموجبها عن 85 عسكرياً مقابل 40": the release, with no
    comma or و between (a pronoun of the exchange such as بموجبها may stand there), is the
    exchange just named, counted; it takes the kind the exchange is named by when both are
    kinds of captives (the held, prisoners).
    """
    text = analysis.norm.text
    kept: list[_Mention] = []
    for mention in mentions:
        named = kept[-1] if kept else None
        if (
            named is not None
            and named.count is None
            and not named.whole
            and mention.count is not None
            and ExchangeKind.DOCUMENTS not in (named.kind, mention.kind)
            and named.end <= mention.start
            and not text.startswith("و", mention.start)
            and not has_break(text, named.end, mention.start)
            and len(analysis.words_in(named.end, mention.start)) <= 1
        ):
            if named.kind in _CAPTIVE_KINDS and mention.kind in _CAPTIVE_KINDS:
                mention.kind = named.kind
            mention.start = named.start
            mention.evidence = (named.evidence[0], max(named.evidence[1], mention.evidence[1]))
            mention.status = mention.status or named.status
            kept[-1] = mention
            continue
        kept.append(mention)
    return kept


def _headline_of(text: str, mention: _Mention, mentions: list[_Mention]) -> bool:
    """Whether a mention in a title restates what the body tells with numbers.

    "… تختتمان جولة ثالثة باتفاق على تبادل الجثث والأسرى" over a body that counts the
    bodies and the prisoners (سلّمت … 6000 جثة، توافقا على تبادل يشمل 1200 أسير): the
    headline names the article's exchanges of that kind, whatever status its cue gives
    them; it is no exchange of its own. A counted one in a title is the other side of a swap
    the body tells with that number in return ("… وإسرائيل تعيد 45 جثماناً" over a body's 3
    bodies for 45).
    """
    if mention.whole or _in_body(text, mention.start):
        return False
    if mention.count is not None:  # وإسرائيل تعيد 45 جثماناً over a body's swap of 3 for 45
        return any(
            other.count_other == mention.count
            and (other.kind == ExchangeKind.BODIES) == (mention.kind == ExchangeKind.BODIES)
            and other.segment == mention.segment
            and _in_body(text, other.start)
            for other in mentions
        )
    return any(
        other.kind == mention.kind
        and other.count is not None
        and other.segment == mention.segment
        and _in_body(text, other.start)
        for other in mentions
    )


def _label_of(text: str, mention: _Mention, mentions: list[_Mention]) -> bool:
    """Whether a count-less mention is the label of the exchanges told after its colon.

    "الإعلان عن تسليم جثامين: تسلّمت كييف رفات ألف جندي …": a live blog's or a
    summary's heading before a colon names what the same line then tells with its numbers;
    it is no exchange of its own, whatever its cue (الإعلان).
    """
    if mention.count is not None or not text[mention.end :].lstrip(" ").startswith(":"):
        return False
    return any(
        other is not mention
        and other.kind == mention.kind
        and other.start > mention.end
        and "\n" not in text[mention.end : other.start]
        for other in mentions
    )


@hookimpl
def negotext_extract_records(analysis: Analysis) -> Iterator[Record]:
    yield from find_exchanges(analysis)
