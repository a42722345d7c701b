"""The exchange reader: every mention of an exchange in one document.

It finds the words of exchanging and releasing (the actions), pairs each with what it hands
over and reads the mention whole (count, per side, status, date) through the layers it
extends. Also the mentions with no action word (الكل مقابل الكل، صيغة ألف مقابل ألف; a batch
counted whole with its two sides, وشملت الدفعة 80 شخصاً، بواقع 50 … مقابل 30) and those listed
after another (و1700 معتقل، وموسكو عن 120 آخرين).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from negotext.ar.numbers import parse_number
from negotext.extractors._common import (
    Cue,
    bare,
    find_cues,
    has_break,
    segment_label,
    sentence_range,
    tokens,
)
from negotext.extractors.exchanges.kinds import _people_kind
from negotext.extractors.exchanges.mention import _CAPTIVES, _as_count, _Mention, _OtherSide
from negotext.extractors.exchanges.status import CUE_WINDOW
from negotext.extractors.exchanges.swaps import _Swaps
from negotext.extractors.exchanges.text import _definite, _full_stop, _sentence_break
from negotext.records import ExchangeKind, ExchangeStatus

if TYPE_CHECKING:
    from negotext.analysis import Analysis
    from negotext.ar.numbers import Quantity


#: The word between a formula's two numbers (ألف مقابل ألف).
_FORMULA_MARKERS = ("مقابل", "بمقابل")
#: Words of a part of the people (عدد من، بعض، نصف، دفعة من، مجموعة من): some, not all or one.
_PARTS = frozenset({"عدد", "بعض", "نصف", "ثلث", "ربع", "دفعه", "دفعات", "مجموعه", "جزء"})
#: What may stand between a formula's noun and its first number: nothing or an opening quote.
_FORMULA_OPENINGS = ("", '"', "«", "“")


class _Reader(_Swaps):
    """Reads the exchange mentions of one document."""

    def __init__(self, analysis: Analysis) -> None:
        self.analysis = analysis
        self.text = analysis.norm.text
        #: Verbs of handing over that carry their object as a pronoun (سلّمتها، أعادتهم):
        #: where they start. They are words of exchanging whose people are told before.
        self.handed_pronoun: set[int] = set()
        #: Of those, the verbal nouns of exchanging (تبادلها، مبادلتهم): their object is the
        #: pronoun alone, never people told after them (… الأسرى الذين جرى تبادلهم … 4000).
        self.traded_pronoun: set[int] = set()
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
        # إطلاق سراح is listed whole and its إطلاق again as a bare word of releasing: the
        # shorter cue inside the longer one is no action of its own (it would stand as the
        # next action at the same place and cut the longer one's reach to nothing)
        self.actions = [
            c
            for c in self.actions
            if not any(
                a is not c
                and a.start <= c.start
                and c.end <= a.end
                and a.end - a.start > c.end - c.start
                for a in self.actions
            )
        ]
        #: People counted after their nationality (عن مواطنين فرنسيين اثنين): where the
        #: people start → their number.
        self.counted_after: dict[int, tuple[int, int, Quantity]] = {}
        #: One person released, named by a noun of what they do: where the noun starts.
        self.one_person: set[int] = set()
        #: People released named by nationality and name (عن الفرنسيين X وY): where → how many.
        self.named_count: dict[int, int] = {}
        #: Numbers that count the names on a list or a paper (قائمة بـ246 هندياً): where.
        self.in_papers: set[int] = set()
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
        # Verbs of coming back with counted captives as their subject (عاد 230 أسيراً), and
        # phrases of carrying them (طائرة تقل 150 محتجزاً، وعاد ومعه ستة أمريكيين معتقلين)
        returns = [
            c
            for c in find_cues(
                analysis, {"exchange_returns": "action", "exchange_carrying": "carrying"}
            )
            if self._captives_come_back(c)
            # carried captives are counted right after: the definite ones (طائرة تقل الرهائن
            # الأربعة) are those of a release told before, arriving
            and (c.label == "action" or self._counted_after(c.end))
        ]
        self.returns = frozenset(c.start for c in returns)
        #: Of those, the phrases of carrying: the captives they carry stay free for a release
        #: that names them after by a pronoun (حافلات تقل 456 أسيراً. وكانت … قد أفرجت عنهم).
        self.carrying = frozenset(c.start for c in returns if c.label == "carrying")
        if returns:
            self.actions = sorted(self.actions + returns, key=lambda c: c.start)

    def police_news(self, mention: _Mention) -> bool:
        """Whether the mention's sentence holds a word of ordinary crime (سرقة، سطو، احتيال):
        suspects arrested and freed (اعتقلت … قبل أن تفرج عنهم) are no exchange between
        parties to a conflict, however much the wording looks like one."""
        start, end = sentence_range(self.analysis, mention.start)
        return any(start <= cue.start and cue.end <= end for cue in self.crimes)

    def mentions(self) -> Iterator[_Mention]:
        found = []
        for mention in self._mentions_of_actions():
            found.append(mention)
            yield mention
        yield from self._whole_alone(found)
        yield from self._batch_totals(found)

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

    def _batch_totals(self, found: list[_Mention]) -> Iterator[_Mention]:
        """A batch of an exchange counted whole with its two sides, and no word of exchanging.

        "وشملت الدفعة 80 شخصاً، بواقع 50 من عناصر الجيش مقابل 30 من أبناء القرى"، "العملية تضم
        120 شخصاً، بواقع 70 … مقابل 50 …": a verb of including (``exchange_included``,
        ``exchange_inclusion``) with a noun of a batch or an operation (``exchange_stage_nouns``,
        ``exchange_formula_nouns``) as its subject right before or after it, then a number
        (a hedge may stand before it) and a noun of people whose two parts follow and add up
        to it: the batch's count, both sides together, per side false
        (tools/blind/CONVENTIONS.md rule 8). A kind noun of captives needs no parts: "أن تشمل
        المرحلة الثانية نحو 700 معتقل" (an ordinal or a word of what comes next may follow the
        subject) counts a batch of its own. People with no kind noun are the captives the
        article named before (``_people_kind``). A verb in the imperfect (تشمل، ستضم) tells what
        a deal includes: agreed; one in the past (شملت) the batch told with the exchange before
        it: that exchange's status, else completed.
        """
        named = [k for k in self.kinds if k.label != ExchangeKind.DOCUMENTS.value]
        if not named:
            return
        text = self.text
        subjects = self.analysis.word_set("exchange_stage_nouns") | self.analysis.word_set(
            "exchange_formula_nouns"
        )
        ordered = self.analysis.word_set("exchange_later") | self.analysis.word_set(
            "exchange_stage_adjectives"
        )
        containing = self.included_words | self.inclusion
        verbs = [
            Cue(s, e, text[s:e], "included")
            for s, e in self.analysis.words_in(0, len(text))
            if text[s:e].removeprefix("و") in containing
        ]
        for verb in verbs:
            if any(m.start <= verb.start <= max(m.end, m.evidence[1]) for m in found):
                continue
            before = self.analysis.words_in(max(0, verb.start - 20), verb.start)[-1:]
            after = self.analysis.words_in(verb.end, min(len(text), verb.end + 40))[:3]
            start, position = verb.start, verb.end
            if after and bare(text[after[0][0] : after[0][1]]) in subjects:
                position = after[0][1]  # وشملت الدفعة 86 شخصاً: the subject after the verb
                if len(after) > 1 and bare(text[after[1][0] : after[1][1]]) in ordered:
                    position = after[1][1]  # أن تشمل المرحلة الثانية نحو 700 معتقل
            elif before and bare(text[before[0][0] : before[0][1]]) in subjects:
                start = before[0][0]  # العملية تشمل 140 شخصاً: the subject before it
                if has_break(text, before[0][1], verb.start):
                    continue
            else:
                continue
            number = next(
                (
                    q
                    for q in self.numbers
                    if position <= q[0] <= position + 25
                    and (q[0] - position <= 2 or self._only_hedges(position, q[0]))
                ),
                None,
            )
            if number is None or self._is_vague(text[number[0] : number[1]]):
                continue
            count = _as_count(number[2].value)
            following = self.analysis.words_in(number[1], min(len(text), number[1] + 20))[:1]
            if count is None or not following or has_break(text, number[1], following[0][0]):
                continue
            f_start, f_end = following[0]
            word = text[f_start:f_end]
            kind = next((k for k in named if k.start == f_start), None)
            if kind is None and word not in self.persons and bare(word) not in self.persons:
                continue
            previous = [k for k in named if k.end <= verb.start]
            label = (
                self._kind_of(kind).value
                if kind is not None
                else _people_kind(previous, True)
                if previous
                else None
            )
            if label is None:
                continue
            if any(
                min(m.start, m.evidence[0]) < f_end and start < max(m.end, m.evidence[1])
                for m in found
            ):
                continue  # ستشمل تبادل نحو 1400 أسير: the exchange the reader found already
            segment = segment_label(self.analysis, self.analysis.span(start, f_end))
            if segment is None:
                continue
            _, sent_end = sentence_range(self.analysis, verb.start)
            mention = _Mention(
                start,
                f_end,
                ExchangeKind(label),
                segment,
                (start, f_end),
                count=count,
                per_side=False,
                approximate=bool(number[2].approximate),
            )
            parts_end = self._parts_follow(mention, f_end, sent_end)
            if parts_end is None and (kind is None or kind.label == ExchangeKind.BODIES.value):
                continue  # people with no kind noun are a batch only with their two parts
            if parts_end is None:
                mention.per_side = None  # أن تشمل المرحلة الثانية نحو 700 معتقل: the kind noun
                each = next(
                    (
                        c
                        for c in self.per_side
                        if f_end <= c.start <= f_end + 25 and not has_break(text, f_end, c.start)
                    ),
                    None,
                )
                if each is not None and any(m.count == 2 * count for m in found):
                    continue  # تبادل 314 أسيراً …، شملت العملية 157 أسيراً من كل جانب: restated
            told = [m for m in found if m.end <= verb.start and m.status is not None]
            if verb.word.removeprefix("و").startswith(("ت", "ي", "س")):
                mention.status = ExchangeStatus.AGREED  # تشمل، ستضم: what the deal includes
            else:  # وشملت الدفعة: the batch told done, with the exchange told before it
                mention.status = told[-1].status if told else ExchangeStatus.COMPLETED
            mention.evidence = (start, parts_end or f_end)
            yield mention

    def _later_stage(self, action: Cue) -> bool:
        """Whether the action is told as a later stage or batch of an exchange.

        "المرحلة الثانية من التبادل"، "الدفعة الثالثة من الأسرى"، "في المرحلة المقبلة من
        التبادل": a noun of a stage (``exchange_stage_nouns``) and an ordinal past the first
        or a word of what comes next (``exchange_later``) right after it, ending within
        three words before the action or starting the action's own phrase: another exchange
        than the one told before, whatever its count. The action may be the stage noun
        itself, a batch (دفعة ثانية تضم نحو 20 محتجزاً، الدفعة الثالثة من الأسرى): its ordinal
        right after it tells the batch a later one.
        """
        stages = self.analysis.word_set("exchange_stage_nouns")
        later = self.analysis.word_set("exchange_later")
        if bare(action.word) in stages:
            after = self.analysis.words_in(action.end, min(len(self.text), action.end + 20))[:1]
            if (
                after
                and bare(self.text[after[0][0] : after[0][1]]) in later
                and not has_break(self.text, action.end, after[0][0])
            ):
                return True
        words = self.analysis.words_in(max(0, action.start - 40), action.end)
        words = words[-5:]
        for index, (w_start, w_end) in enumerate(words[:-1]):
            if bare(self.text[w_start:w_end]) not in stages:
                continue
            n_start, n_end = words[index + 1]
            if bare(self.text[n_start:n_end]) in later and not has_break(
                self.text, w_start, action.start
            ):
                return True
        return False

    def _class_of_captives(self, kind: Cue) -> bool:
        """Whether the kind noun names a class of captives by condition or age.

        "اتفقا على إعادة جميع الأسرى الجرحى ومن هم دون الخامسة والعشرين"، "إعادة الجرحى
        والشباب": the noun itself or one of the two words right after it in its phrase is a
        word of ``exchange_captive_classes`` (the wounded, the sick). Such an exchange is one
        of its own: a swap counted at large elsewhere in the article is another.
        """
        classes = self.analysis.word_set("exchange_captive_classes")
        if bare(self.text[kind.start : kind.end]) in classes:
            return True
        previous = kind.end
        for w_start, w_end in self.analysis.words_in(kind.end, min(len(self.text), kind.end + 40))[
            :2
        ]:
            if has_break(self.text, previous, w_start):
                return False
            if bare(self.text[w_start:w_end]) in classes:
                return True
            previous = w_end
        return False

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
            if between not in _FORMULA_MARKERS or quantity.value != other.value:
                continue
            if quantity.value < 2:
                continue  # واحد مقابل واحد: the rate of a swap told with its people
            if any(
                q_end <= k.start <= q_end + 3 or o_end <= k.start <= o_end + 3 for k in self.kinds
            ):
                continue  # a counted swap (ألف أسير مقابل ألف أسير), read with its kind noun
            before = self.analysis.words_in(max(0, q_start - 16), q_start)[-1:]
            if not before or bare(self.text[before[0][0] : before[0][1]]) not in nouns:
                continue
            if self.text[before[0][1] : q_start].strip() not in _FORMULA_OPENINGS:
                continue
            found.append(
                (
                    Cue(q_start, o_end, self.text[q_start:o_end], "formula"),
                    _as_count(quantity.value),
                )
            )
        # the numbers with the article (صفقة «الألف مقابل الألف»), which read as no quantity
        for noun in find_cues(self.analysis, {"exchange_formula_nouns": "noun"}):
            words = self.analysis.words_in(noun.end, min(len(self.text), noun.end + 60))[:3]
            if len(words) < 3 or self.text[noun.end : words[0][0]].strip() not in _FORMULA_OPENINGS:
                continue
            first, marker, second = (self.text[s:e] for s, e in words)
            if marker not in _FORMULA_MARKERS or first != second or not first.startswith("ال"):
                continue
            parsed = parse_number(first[2:])
            if parsed is None or parsed.text != first[2:] or parsed.value < 2:
                continue
            if any(words[2][1] <= k.start <= words[2][1] + 3 for k in self.kinds):
                continue  # الألف أسير مقابل الألف أسير: read with its kind noun
            found.append(
                (
                    Cue(words[0][0], words[2][1], self.text[words[0][0] : words[2][1]], "formula"),
                    _as_count(parsed.value),
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
                    if self._other_half(pronoun, mention, previous):
                        continue  # … مقابل 12 سجيناً أفرجت عنهم الهند: the swap's other side
                    previous = mention
                    yield mention
                    continue
                if action.start in self.traded_pronoun:
                    continue
            kind = next(
                (
                    k
                    for k in self.kinds
                    if action.end <= k.start <= min(self._kind_reach(action), next_action)
                    and k.start not in used
                    and (k.label != ExchangeKind.DOCUMENTS.value or self._documents_by(action, k))
                    and not self._object_cut_off(action.end, k.start)
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
            if kind is None:  # وتطالب بالإفراج عن الـ17 الباقين: the rest of those told
                kind = self._remainder(action, previous)
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
            if self._hands_weapons(action, kind):
                continue  # سلّم 70 مقاتلاً من الحركة أسلحتهم، من يسلّم سلاحه: a disarmament
            mention = self._mention(action, kind, used, previous)
            if action.start in self.carrying:
                used.discard(kind.start)  # the people carried: a pronoun after may name them
            if mention is not None and novel:
                mention.further = True  # a new exchange: never a mention of one told before
            if mention is not None and self._other_half(action, mention, previous):
                continue
            if mention is not None:
                previous = mention
                yield mention
                yield from self._listed(action, mention, used)
                yield from self._gapped(action, mention, used)

    def _remainder(self, action: Cue, previous: _Mention | None) -> Cue | None:
        """The rest of the people of the release told before, named by a word of the rest.

        "أفرجت السلطات عن اثنين من المحتجزين الـ19 … وتطالب يريفان بالإفراج عن الـ17
        الباقين"، "وأفرجت في آذار عن ٥ منهم فقط … وتطالب بيروت بإطلاق الباقين": a word of
        the rest with the article (``exchange_remainder``), at most a number with the
        article before it (its count), right after the action and its عن / سراح, names the
        people still held of the group whose release the text told last before it in its
        paragraph: they are of that release's kind. The returned cue is the word of the rest.
        A word of moving (نقل البقية غداً) is none: alone a transfer is no exchange, and the
        rest moved is the same release going on, not a new one.
        """
        if (
            action.word in self.transfer
            or previous is None
            or previous.kind == ExchangeKind.DOCUMENTS
            or previous.end > action.start
            or "\n" in self.text[previous.start : action.start]
        ):
            return None
        rest = self.analysis.word_set("exchange_remainder")
        words = self.analysis.words_in(action.end, min(len(self.text), action.end + 40))[:3]
        for index, (w_start, w_end) in enumerate(words):
            word = self.text[w_start:w_end]
            if has_break(self.text, action.end, w_start):
                return None
            if index == 0 and word in ("عن", "سراح"):
                continue  # بإطلاق سراح الباقين
            if _definite(word) and bare(word) in rest:
                return Cue(w_start, w_end, word, previous.kind.value)
            if not (word.startswith("ال") and self._covered(self.number_chars, w_start + 2, w_end)):
                return None  # الـ17 الباقين: only their number may stand before them
        return None

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

    def _breaks_down(self, mention: _Mention, position: int, other: _OtherSide) -> bool:
        """Whether the count is a total whose parts follow: a breakdown word and a number
        between the kind noun and "مقابل M" that add up to it (42 أسيراً بواقع 30 من جانب
        الحكومة مقابل 12). Then M is a part, not the other side of a swap."""
        if mention.count is None or other.count is None:
            return False
        words = self.analysis.words_in(position, other.start)[:3]
        if not words or not self.opens_breakdown(self.text[words[0][0] : words[0][1]]):
            return False
        part = next((q for q in self.numbers if words[0][1] <= q[0] < other.start), None)
        return part is not None and _as_count(part[2].value) == mention.count - other.count

    def _parts_follow(self, mention: _Mention, position: int, sent_end: int) -> int | None:
        """Where the parts end, if the count is a total whose parts follow in its sentence:
        within a few words of the kind noun, a breakdown word (بواقع، منهم، بينهم) or, after a
        comma, a verb of containing (تشمل، تضم), and the first two numbers after it add up to
        the count (64 أسيراً، بواقع 40 من الجانب الروسي و24 من الأوكراني؛ 90 محتجزاً، تشمل 50
        من الجيش و40 من المتمردين): both sides together, per_side false
        (tools/blind/CONVENTIONS.md rule 8). Numbers that do not add up (37 معتقلاً، منهم 5
        نساء و3 أطفال) are a part told. The end returned is the second part's number's."""
        if mention.count is None:
            return None
        words = self.analysis.words_in(position, sent_end)[:5]
        containing = self.analysis.word_set("exchange_containing") | self.inclusion
        for w_start, w_end in words:
            word = self.text[w_start:w_end]
            if (
                _full_stop(self.text, position, w_start)
                or self.text.count(",", position, w_start) > 1
            ):
                return None
            if self.opens_breakdown(word) or (
                word in containing and "," in self.text[position:w_start]
            ):
                parts = [q for q in self.numbers if w_end <= q[0] < sent_end][:2]
                if (
                    len(parts) == 2
                    and sum(_as_count(q[2].value) or 0 for q in parts) == mention.count
                ):
                    return parts[1][1]
                return None
        return None

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
        mention.some = any(  # عن عدد من عناصر الجماعة، بعض المحتجزين: some of the people
            bare(text[s:e]) in _PARTS for s, e in self.analysis.words_in(action.end, kind.start)
        )
        quantity = self._quantity_before(action.end, kind.start)
        if quantity is not None:
            q_start, _, q = quantity
            if self._is_vague(self.text[q_start : quantity[1]]) or self._vague_word_before(q_start):
                mention.approximate = True  # آلاف الأسرى، بضعة عشر أسيراً: no count
            else:
                mention.count = _as_count(q.value)
                mention.approximate = (
                    bool(q.approximate)
                    or self._hedged(q_start, action.end)
                    or self._hedged_after(quantity[1], kind.end)
                )
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
            apposed = self._apposed_reading(kind.end, sent_end)  # وعددهم 20 رهينة
            if apposed is not None:  # (ونقدّر عددهم بالمئات: approximate, no count)
                a_end, mention.count, mention.approximate = apposed
                end = max(end, a_end)
        if mention.count is None and kind.start in self.counted_after:
            q_start, q_end, q = self.counted_after[kind.start]  # مواطنين فرنسيين اثنين
            mention.count, mention.approximate, end = _as_count(q.value), bool(q.approximate), q_end
        if mention.count is None and not mention.approximate:
            told = self._told_before(action, kind)  # … نحو 23 أرمنياً … بالإفراج عن هؤلاء المحتجزين
            if told is not None:
                mention.count = _as_count(told[2].value)
                mention.approximate = bool(told[2].approximate) or self._hedged(told[0], 0)
        if (
            mention.count is None
            and not mention.approximate
            and (kind.word in self.dual or self._written_dual(kind.start))
        ):
            mention.count = 2  # رهينتين، جثتي رهينتين، مواطنَيْن: the dual counts two
        if mention.count is None and (
            kind.start in self.named_count or kind.start in self.one_person
        ):
            mention.count = self.named_count.get(kind.start, 1)  # عن الفرنسيين X وY: two people
            others = self._others_beside(kind.end, sent_end)  # عن الصحفي X وأربعة آخرين: five
            if others is not None:
                mention.count, end = mention.count + others[0], max(end, others[1])
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
            figure = self._figure_line_count(action.start)  # ٢٨: عدد الرهائن الذين أعيدت رفاتهم
            if figure is not None:
                mention.count, mention.approximate = figure[1], figure[2]
        if mention.count is None and not mention.approximate:
            people = self._people_included_after(kind, sent_end)  # دفعة … تضم 85 شخصاً
            if people is not None:
                mention.count = _as_count(people[2].value)
                mention.approximate = bool(people[2].approximate)
                end = max(end, people[1])
                included = next((k for k in self.kinds if k.end == people[1]), None)
                if (
                    included is not None
                    and included.start not in used
                    and mention.kind.value in _CAPTIVES
                    and self._kind_of(included).value in _CAPTIVES
                ):
                    # لتبادل الأسرى يشمل نحو 700 محتجز: the people included are the exchange's
                    used.add(included.start)
                    mention.kind = self._kind_of(included)
        if (
            mention.count is None
            and not mention.approximate
            and mention.kind != ExchangeKind.DOCUMENTS
        ):
            swap = self._swap_counted_after(kind, sent_end)  # … عن 11 أفغانياً مقابل جنديين
            if swap is not None:
                mention.count, mention.count_other, mention.per_side = swap[0], swap[1], True
                end = max(end, swap[2])
        if mention.count is None and not mention.approximate:
            per_side_rate = self._per_side_rate_after(kind, sent_end)  # بواقع 150 لكل طرف
            if per_side_rate is not None:
                mention.count, mention.approximate = per_side_rate[0], per_side_rate[1]
                mention.per_side, end = True, max(end, per_side_rate[2])
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
        mention.soldiers = (
            kind.label == ExchangeKind.PRISONERS.value
            and not kind.word.startswith(self.prisoner_nouns)
            and not mention.noun.startswith(self.prisoner_nouns)
        )
        mention.holder = self._holder_after(kind, sent_end)
        rate = self._rate_after(max(kind.end, end), sent_end) if mention.count else None
        if rate is not None:  # 15 جثماناً عن كل جثمان: so many for each one
            mention.rate, mention.per_side, mention.count_other = True, True, 1
            end = max(end, rate)
        other = self._other_side(kind.end, sent_end, used)
        if other is not None and self._breaks_down(mention, kind.end, other):
            mention.per_side = False  # 42 أسيراً بواقع 30 … مقابل 12: a total and its parts
            end = max(end, other.end)
            other = None
        parts_end = (
            self._parts_follow(mention, kind.end, sent_end)
            if other is None and mention.per_side is None
            else None
        )
        if parts_end is not None:
            mention.per_side = False  # 64 أسيراً، بواقع 40 … و24 …: a total and its parts
            # the parts' own nouns (بواقع 18 من عناصر الجيش و12 من مقاتلي الحركة) count no
            # exchange of their own: they are the total's, told again by side
            used.update(
                k.start
                for k in self.kinds
                if kind.end < k.start <= parts_end + 30
                and not _sentence_break(text, kind.end, k.start)
            )
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
        if (
            found is not None
            and action.start in self.returns
            and found[0].end <= action.start
            and has_break(text, found[0].end, action.start)
        ):
            found = None  # انتهى كل شيء: عاد 20 أسيراً: the verb of coming back tells its own tense
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
                and not self._demand_over_parenthetical(action, cue)
                and not self._term_included(action, cue)
                and not self._demand_complement(action, cue)
                and not self._object_past_subject(action, cue)
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
        if mention.status is None and found is None:
            mention.status = self._finite_exchanging(action, kind)  # يتبادل البلدان قوائم
        restricted = self._restricted_negation(action)
        if restricted is not None:
            mention.status = ExchangeStatus.COMPLETED  # لم تفرج … إلا عن خمسة: five released
            start = restricted  # the clause of «لم … إلا», not a cue before it
        if self._conditional(action, found[0] if found is not None else None):
            mention.status = ExchangeStatus.DEMANDED  # لن نعود قبل أن تفرج كينشاسا عن أسرانا
            start = action.start
        if mention.status is None and action.start in self.returns:  # عاد 230 أسيراً
            future = action.word.startswith(("سي", "ست"))
            present = not future and action.word.startswith(("ي", "ت"))  # يعود اليوم 200
            before = self.analysis.words_in(max(0, action.start - 6), action.start)[-1:]
            if present and before and self.text[before[0][0] : before[0][1]] in ("ان", "لان"):
                future = True  # ينتظر أن تصل 12 رهينة: the subjunctive tells what is to come
            mention.status = (
                ExchangeStatus.AGREED
                if future
                else ExchangeStatus.ONGOING
                if present
                else ExchangeStatus.COMPLETED
            )
        if mention.status is None and found is None and self._future_means(action):
            mention.status = ExchangeStatus.AGREED  # سترد الحكومة على البادرة بالإفراج عن …
        if mention.status is None and found is None and self._obligation(action):
            mention.status = ExchangeStatus.DEMANDED  # إن على الحركة إطلاق جميع الرهائن
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
        mention.captive_class = self._class_of_captives(kind)
        if mention.count is not None and self._others_after(kind):
            mention.further = True  # وأفرجت الحركة اليوم عن 20 أسيراً آخرين: another batch
        if self._later_stage(action):
            mention.further = True  # المرحلة الثانية من التبادل قد تشمل أكثر من ألف أسير
        if mention.status is None and mention.whole:
            mention.status = ExchangeStatus.PROPOSED  # صفقة شاملة على قاعدة الكل مقابل الكل
        if mention.kind == ExchangeKind.DOCUMENTS:
            # a number near lists or papers counts the people they name (قوائم بأسماء 300
            # أسير، الوثائق المتعلقة بالمفقودين الذين يقدر عددهم بنحو 1600), not the papers
            mention.count = mention.count_other = None
            if self._two_documents(kind):
                mention.count, mention.per_side = 2, False  # تبادل الوفدان مذكرتين
        if mention.status is None and mention.count is None:
            return None  # a topic (ملف تبادل الأسرى), no particular exchange
        if (
            mention.status not in (ExchangeStatus.DEMANDED, ExchangeStatus.PROPOSED)
            and any(action.end <= q < kind.end for q in self.in_papers)
            and not self._asked_back_after(kind.end, sent_end)
        ):
            # سلّمت إسلام آباد قائمة بـ246 هندياً: a list of names handed over is a step of the
            # talks, not the people handed over; unless the sentence goes on to ask for them
            # by a pronoun (قائمة بأسماء 12 شخصاً …، وطالبنا بالإفراج عنهم)
            return None
        return mention

    def _two_documents(self, kind: Cue) -> bool:
        """Whether the documents are told by the indefinite dual of their noun: two of them.

        "تبادل الوفدان مذكرتين"، "تبادل البلدان قائمتين بالمنشآت النووية": the dual written
        (``exchange_documents_dual``) counts two documents, one from each side. Not its
        construct (مسودتي مذكرتين) nor the definite dual (المذكرتين), which coders leave
        uncounted.
        """
        written = self.text[kind.start : kind.end].removeprefix("و")
        return written in self.analysis.word_set("exchange_documents_dual")

    def _asked_back_after(self, start: int, end: int) -> bool:
        """Whether a release or return with its people as a pronoun follows in the range.

        "… قائمة بأسماء 339 طفلاً …، وطالب بإعادتهم"، "وطالبنا بالإفراج عنهم جميعاً": the
        people the list names are the ones the sentence asks for.
        """
        return any(
            start <= a.start < end and self._pronoun_object(a) is not None for a in self.actions
        )

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
        published = self.analysis.document.published
        if published is not None:
            # a swap recalled lies in an earlier year and more than a season back: last month
            # told in January (الشهر الماضي → December) is the article's news, not a recall
            mention.recalled = date[3].year < published.year and (published - date[3]).days > 92
        else:
            mention.recalled = self.this_year is not None and date[3].year < self.this_year
