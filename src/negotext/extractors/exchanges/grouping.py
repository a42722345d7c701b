"""Grouping: from the reader's mentions to one record per exchange.

Mentions of the same kind whose counts, statuses, dates and parts of the page do not
disagree are one exchange (``_compatible``); a heading before a colon, a title restating
the body, an exchange named and then told, a total broken down and a rate of a swap told
whole are no exchanges of their own.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from negotext.extractors._common import has_break
from negotext.extractors.exchanges.mention import _STAGES, _Mention
from negotext.records import ExchangeKind, ExchangeStatus

if TYPE_CHECKING:
    from negotext.analysis import Analysis


def _compatible(first: _Mention, second: _Mention) -> bool:
    """Whether two mentions can be one exchange: same kind, no disagreeing count or status."""
    return (
        (first.kind == second.kind or _one_people(first, second))
        and (
            first.status is None
            or second.status is None
            or first.status == second.status
            or _stages_of_one(first, second)
            or _retold(first, second)
        )
        and first.segment == second.segment
        and _same_count(first, second)
        and _same_other_side(first, second)
        and not (first.whole and second.count is not None)
        and not (second.whole and first.count is not None)
        and _same_time(first, second)
        and first.rate == second.rate  # 15 for each body is no batch of 15 (or of 30)
        and not _class_apart(first, second)
        and not _class_apart(second, first)
    )


def _class_apart(uncounted: _Mention, counted: _Mention) -> bool:
    """Whether a class of captives told with no number is another exchange than a counted one.

    "اتفقا على تبادل 1200 أسير من كل جانب" … "وفي الجولة الثانية اتفقا على إعادة جميع الأسرى
    الجرحى ومن هم دون الخامسة والعشرين": the wounded or the young, told with no number, are
    an exchange of their own, not a retelling of the swap counted at large (a mention of the
    same class with its number may still tell it).
    """
    return (
        uncounted.captive_class
        and uncounted.count is None
        and counted.count is not None
        and not counted.captive_class
    )


def _same_other_side(first: _Mention, second: _Mention) -> bool:
    """Whether two swaps do not disagree on what the other side gave in return.

    "أفرجت عن عشرة أمريكيين مقابل 252 مهاجراً" … "أفرجت قبل ذلك عن عشرة أمريكيين مقابل رجل
    الأعمال فلان": the same number of people released for two different returns are two
    swaps, not one told twice.
    """
    return (
        first.count_other is None
        or second.count_other is None
        or first.count_other == second.count_other
    )


def _one_people(first: _Mention, second: _Mention) -> bool:
    """Whether two mentions name the same captives by two words, with the same number.

    "أفرجت الجماعة عن 120 محتجزاً" … "الإفراج عن الأسرى الـ120": an article calls the same
    people held in one place and prisoners in another; the same number (more than one) of
    prisoners and detainees is one exchange, of its best mention's kind (coders code the
    word of the mention they take as the record's evidence).
    """
    return (
        {first.kind, second.kind} <= _CAPTIVE_KINDS
        and first.count is not None
        and first.count == second.count
        and first.count > 1
    )


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
    A swap told with its two sides (2 مقابل 1) is no total of another: its count is one
    side's.
    """
    if first.count is None or second.count is None or first.count == second.count:
        return True

    def total(side: _Mention) -> int | None:
        if side.per_side is not True or side.count is None:
            return None
        return side.count + (side.count if side.count_other is None else side.count_other)

    return (second.count == total(first) and second.count_other is None) or (
        first.count == total(second) and first.count_other is None
    )


def _breakdown_of(part: _Mention, mentions: list[_Mention]) -> _Mention | None:
    """The exchange whose total a swap of two numbers breaks down, if any.

    "الإفراج عن نحو 2900 محتجز من الطرفين" … "تشمل 1700 من أسرى الجماعة مقابل 1200":
    1700 and 1200 are the two sides of the 2900, prisoners and detainees alike. A total
    told as a later stage or batch (``further``: دفعة ثانية تضم نحو 20 محتجزاً after a swap of
    14 for 6) is another exchange, whatever its number, not the swap's total.
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
            and not m.further
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


#: A sentence stop inside a line (not the two dots of a headline's pause: مسقط.. وآمال).
_STOP_INSIDE = re.compile(r"(?<!\.)[.!?؟](?!\.) ")


def _in_body(text: str, position: int) -> bool:
    """Whether ``position`` stands in a line that ends as a sentence does, not in a title.

    A headline ("… واتفاق على تبادل 157 أسيراً من كل جانب") has no final stop; the
    article's own sentence is the better evidence of the same exchange.
    """
    start = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position)
    line = text[start : end if end >= 0 else len(text)].rstrip()
    if line.endswith(('"', "»", "”")) and len(line) < 150 and not _STOP_INSIDE.search(line):
        # a headline that ends on a quoted phrase (… وسط آمال بصفقة "الكل مقابل الكل"): short,
        # one phrase, no stop before its closing quote
        return line.rstrip('"»”').rstrip().endswith((".", "!", "?", "؟"))
    return line.endswith((".", "!", "?", "؟", ":", '"', "»", "”"))


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
            and (
                (
                    not has_break(text, named.end, mention.start)
                    and len(analysis.words_in(named.end, mention.start)) <= 1
                )
                or _terms_after(analysis, named.end, mention.start)
            )
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


#: Words that open the terms of an exchange just named (على أن، بحيث), normalised.
_TERMS = (("علي", "ان"), ("بحيث",))


def _terms_after(analysis: Analysis, end: int, start: int) -> bool:
    """Whether the release at ``start`` tells the terms of the exchange named before ``end``.

    "اتفق الطرفان على تبادل المحتجزين، على أن تفرج الحكومة عن 40 …"، "على صفقة لتبادل
    الأسرى، بحيث يفرج كل طرف عن 40 أسيراً": after at most a comma, على أن or بحيث opens a
    clause whose release counts the exchange just named, within a few words and no stop.
    """
    text = analysis.norm.text
    gap = text[end:start]
    if "\n" in gap or any(mark in gap for mark in ".!?؟;:"):
        return False
    words = [text[s:e] for s, e in analysis.words_in(end, start)]
    if len(words) > 7 or text[end:start].lstrip(" ,")[:1] in ("", "و"):
        return False
    return any(tuple(words[: len(terms)]) == terms for terms in _TERMS)


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


def _groups(mentions: list[_Mention]) -> list[list[_Mention]]:
    """The mentions (in text order) grouped into exchanges, one group per exchange.

    Mentions with a status are placed first, then those without; each joins the first group
    it is compatible with in every mention (``_compatible``), unless it is counted with no
    status and the group only asks with no count (``_asked_only``), else starts a group. A
    further event (ثم جرى تبادل …) always starts a group of its own.
    """
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
                        if all(_compatible(m, mention) or _named_apart(g, m, mention) for m in g)
                        and not _asked_only(g, mention)
                    ),
                    None,
                )
            )
            if group is None:
                groups.append([mention])
            else:
                group.append(mention)
    return groups


def _named_apart(group: list[_Mention], member: _Mention, mention: _Mention) -> bool:
    """Whether a count-less member parts a counted mention from a group only by its word.

    "اتفاق لتبادل المحتجزين" … "يُفرج عن 1700 من عناصر الجماعة المحتجزين … مقابل 1200" …
    "وقّعنا اتفاق الإفراج عن 1700 من أسرانا مقابل 1200": the group's counted mention and
    the new one name the same people by two words with the same number (``_one_people``);
    the member that names them with no number, by the group's word, is no other exchange.
    """
    return (
        member.count is None
        and mention.count is not None
        and any(
            other.count is not None
            and other.kind == member.kind
            and _one_people(other, mention)
            and _compatible(other, mention)
            for other in group
        )
        and (
            member.status is None
            or mention.status is None
            or member.status == mention.status
            or _stages_of_one(member, mention)
        )
        and member.segment == mention.segment
        and not member.whole
        and _same_time(member, mention)
    )


def _absorb_uncounted(groups: list[list[_Mention]], statuses: frozenset[ExchangeStatus]) -> None:
    """Merge an exchange told with no number into the one counted exchange of its status.

    "اتفاق لتبادل نحو 2900 محتجز من الطرفين" … "أنجزنا اليوم اتفاقاً لتبادل الأسرى": an
    article names the same captives as prisoners in one place and as detainees or hostages
    in another; a group of count-less mentions of one status (agreed, done, proposed), none
    of them all for all or some (عدد من، مئات: another batch, the other side's return), is
    the exchange of that status the article counts, when exactly one
    group of another kind of captives has that status and a number (in the same part of the
    page), or when of several such groups exactly one is counted before the mention.
    Demands stay apart: a side asks for all its people while a deal counts some.
    """
    captives = {ExchangeKind.PRISONERS, ExchangeKind.DETAINEES, ExchangeKind.HOSTAGES}
    for group in list(groups):
        first = group[0]
        if (
            first.kind not in captives
            or first.status not in statuses
            or any(
                m.count is not None
                or m.approximate
                or m.some
                or m.whole
                or m.captive_class
                or m.status != first.status
                for m in group
            )
            or any(m.kind != first.kind or m.segment != first.segment for m in group)
        ):
            continue
        counted = [
            other
            for other in groups
            if other is not group
            and other[0].kind in captives
            and other[0].kind != first.kind
            and any(
                m.count is not None and m.status == first.status and m.segment == first.segment
                for m in other
            )
        ]
        if len(counted) > 1:
            # two swaps of that status: a mention with no number points back to the one told
            # before it (… أفرجت عن 10 مقابل 252. وقالت الأخرى إنها "أعادت أبناءها المختطفين".
            # وقبل ذلك أفرجت عن 10 مقابل …), when only one is
            counted = [
                other
                for other in counted
                if any(m.count is not None and m.start < first.start for m in other)
            ]
        if len(counted) == 1:
            counted[0].extend(group)
            groups.remove(group)


#: The stages before an exchange is done: what is agreed, what is under way.
_EARLIER_STAGES = frozenset({ExchangeStatus.AGREED, ExchangeStatus.ONGOING})
#: A word and its proclitics (و، ب، ل، the article), as the norm text writes them.
_PROCLITICS = re.compile(r"^(?:و|ف)?(?:ب|ل|ك)?(?:ال|ل)?")


def _named_as_event(analysis: Analysis, mention: _Mention) -> bool:
    """Whether a mention names its exchange as one event or deal, with no quantifier of all.

    "تنفيذ اتفاق تبادل الأسرى"، "تبدأ اليوم عملية تبادل الأسرى التي اتفق عليها الطرفان":
    a noun of a deal or an operation (``exchange_event_nouns``) in the mention or among the
    two words before it names one exchange the article may count elsewhere. A verb of
    agreeing (اتفقا على تبادل الأسرى) tells a new agreement, and a quantifier of all (اتفاق
    على تبادل جميع الأسرى الجرحى) a class of captives: another exchange.
    """
    text = analysis.norm.text
    nouns = analysis.word_set("exchange_event_nouns")
    quantifiers = analysis.word_set("exchange_quantifiers")
    before = re.findall(r"\w+", text[max(0, mention.start - 40) : mention.start])[-2:]
    inside = re.findall(r"\w+", text[mention.start : mention.end])
    stems = {_PROCLITICS.sub("", word, count=1) for word in before + inside}
    return bool(stems & nouns) and not any(word in quantifiers for word in inside)


def _absorb_earlier_stage(analysis: Analysis, groups: list[list[_Mention]]) -> None:
    """Merge an exchange agreed or under way, told with no number, into the one done.

    "بدأ الطرفان تنفيذ اتفاق تبادل الأسرى" … "شملت إطلاق سراح 887 أسيراً"، "تبدأ اليوم عملية
    تبادل الأسرى التي اتفق عليها الطرفان" … "شملت عملية التبادل 240 أسيراً": an article names
    the exchange by its deal or its operation and then counts it done; the count-less mention
    of an earlier stage is that exchange, when exactly one group of its kind (in the same
    part of the page) is counted and done. All for all, some of a group, a further event and
    a new agreement told by its verb (``_named_as_event``) stay apart: another exchange.
    """
    for group in list(groups):
        if any(
            m.count is not None
            or m.status not in _EARLIER_STAGES
            or m.approximate
            or m.some
            or m.whole
            or m.further
            or m.captive_class
            or m.kind != group[0].kind
            or m.segment != group[0].segment
            or not _named_as_event(analysis, m)
            for m in group
        ):
            continue
        done = [
            other
            for other in groups
            if other is not group
            and other[0].kind == group[0].kind
            and other[0].segment == group[0].segment
            and any(m.count is not None for m in other)
            and any(m.status == ExchangeStatus.COMPLETED for m in other)
        ]
        if len(done) == 1:
            done[0].extend(group)
            groups.remove(group)
