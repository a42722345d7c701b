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

The package reads in layers, one concept a module. The reader of one document is one
object whose class each module extends by one concept, each using only the layers below it:

- ``lookups``: what the reader looks up (cues of the word lists, numbers, entities, dates
  and the positions they cover), and the reader's state;
- ``counts``: counts and per-side numbers;
- ``holding``: whether soldiers or members of a force are told held (detainees by rule 21);
- ``kinds``: the kind a kind noun names in its article;
- ``all_for_all``: the kind of an exchange of all for all (الكل مقابل الكل), told before it;
- ``partitives``: the group told before whose part a release counts (خمسة منهم، سوى عشرة منها);
- ``objects``: which words an action takes as the people or things it hands over;
- ``people``: the people a release counts or names after it with no kind noun;
- ``status``: the status cue of a mention, and statuses told with no cue;
- ``antecedents``: the people a release names by a pronoun, told before it;
- ``swaps``: a mention that is the other side of the swap told before it;
- ``reader``: the actions and every mention read whole.

``mention`` holds what one mention is, ``text`` the tests on the normalised text they all
share, ``grouping`` how mentions become one record per exchange. This module is the plugin:
``find_exchanges`` runs the reader, groups its mentions and makes the records.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from negotext.extractors.exchanges.grouping import (
    _absorb_earlier_stage,
    _absorb_uncounted,
    _breakdown_of,
    _groups,
    _headline_of,
    _in_body,
    _label_of,
    _named_then_told,
    _rate_of,
    _stage,
)
from negotext.extractors.exchanges.reader import _Reader
from negotext.hookspecs import hookimpl
from negotext.records import Exchange, ExchangeKind, ExchangeStatus

if TYPE_CHECKING:
    from negotext.analysis import Analysis
    from negotext.records import Record

__all__ = ["find_exchanges", "negotext_extract_records"]

#: The statuses whose count-less mention is the one counted exchange of another kind of
#: captives told with that status (see ``grouping._absorb_uncounted``).
_ABSORBED = frozenset({ExchangeStatus.AGREED, ExchangeStatus.COMPLETED, ExchangeStatus.PROPOSED})


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
    for mention in mentions:  # soldiers told held elsewhere, with the same number (rule 21)
        if (
            mention.soldiers
            and mention.kind == ExchangeKind.PRISONERS
            and mention.count is not None
            and any(
                m.soldiers and m.kind == ExchangeKind.DETAINEES and m.count == mention.count
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
    groups = _groups(mentions)
    _absorb_uncounted(groups, _ABSORBED)
    _absorb_earlier_stage(analysis, groups)
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
                mentions=extra,
            )
        )
    return records


@hookimpl
def negotext_extract_records(analysis: Analysis) -> Iterator[Record]:
    yield from find_exchanges(analysis)
