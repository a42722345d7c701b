"""Rounds grouping: how the rounds extractor's mentions become rounds.

The reader (``rounds.reader._Reader``) finds every mention of a round with what the text says
of it there (``rounds.mention._Mention``). Here they are grouped:

* **Event mentions** (a status cue) that can be the same round (``_compatible``: same status
  class, no conflicting venue, ordinal or date, same part of the page) are one group.
* **Weak mentions** (an ordinal, a venue or a relative reference and no cue) join the round
  they fit (``_attach``); one that joins none may imply a status by itself (``_weak_status``).
* A mention only the learned model reads is the last resort and never changes a round told.

``rounds._record`` then turns each group into one record.
"""

from __future__ import annotations

import datetime
import functools
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING

import attrs
import regex

from negotext.ar.dates import MONTHS, Granularity, find_dates, last_of_month
from negotext.ar.normalize import normalize_text
from negotext.extractors._common import ANY_WORDS, SEQUENCE_WORDS
from negotext.records import DateRef, Entity, EntityKind, RoundStatus

if TYPE_CHECKING:
    from negotext.extractors.rounds.mention import _Mention

#: Statuses that can describe the same not-yet-agreed meeting: merged together.
STATUS_CLASS = {
    RoundStatus.HELD: "held",
    RoundStatus.PLANNED: "planned",
    RoundStatus.PROPOSED: "maybe",
    RoundStatus.POSSIBLE: "maybe",
    RoundStatus.CANCELLED: "cancelled",
}

PAST_APART_DAYS = 90  # how long before the article an indefinite dated round is another one

#: How far after its trigger a mention's own words may tell who meets (its clause only).
LEVEL_WINDOW = 80
#: A clause break: who meets is told before it.
LEVEL_BREAK = regex.compile(r"[.,;:!?\n،؛]")
#: Proclitics a word of the level lists may carry (بالرئيسين، للجنة، وبين), not the article.
LEVEL_CLITICS = regex.compile(r"^[وف]?[بلك]?")


@attrs.define
class _Group:
    """Mentions taken to be one round."""

    mentions: list[_Mention]

    @property
    def status(self) -> RoundStatus | None:
        return next((m.status for m in self.mentions if m.status is not None), None)

    @property
    def place(self) -> Entity | None:
        return next((m.place for m in self.mentions if m.place is not None), None)

    @property
    def ordinal(self) -> int | None:
        """The round's place in its series, else the longest count since an event (الرابعة منذ
        اندلاع الحرب over أول جولة منذ تعليق المنبر: `_Mention.since`)."""
        counts = [m.ordinal for m in self.mentions if m.ordinal is not None]
        return self.firm_ordinal or max(counts, default=None)

    @property
    def firm_ordinal(self) -> int | None:
        """The round's place in its series, not counted since an event."""
        return next((_firm(m) for m in self.mentions if _firm(m) is not None), None)


def _meeting_levels(
    mentions: Sequence[_Mention], text: str, word_set: Callable[[str], frozenset[str]]
) -> dict[int, str]:
    """Who meets in each mention, when its own clause tells it: ``"leaders"`` (a summit, the
    dual or plural of a leader's title, a leader's title after بين or يجمع: لقاء بين الرئيسين،
    لقاء يجمع الرئيس السوري ونظيره) or ``"delegations"`` (a round, delegations, ministers, a
    committee, experts: الجولة المقبلة، اجتماع للجنة المشتركة على مستوى وزيري الخارجية);
    a mention that tells both or neither is left out. Keyed by ``id(mention)``."""
    leaders = word_set("round_leaders_level")
    titles = word_set("round_leader_titles")
    gatherers = word_set("round_leader_gatherers")
    delegations = word_set("round_delegations_level")
    title_words = word_set("round_leader_title_words")
    levels: dict[int, str] = {}
    for mention in mentions:
        end = min(len(text), max(mention.end, mention.evidence[1]) + LEVEL_WINDOW)
        found = LEVEL_BREAK.search(text, mention.end, end)
        clause = text[mention.start : found.start() if found else end]
        words = [LEVEL_CLITICS.sub("", w, count=1) for w in regex.findall(r"\w+", clause)]
        told = set()
        for index, word in enumerate(words):
            if word in delegations and not (
                index and words[index - 1] in titles and word in title_words
            ):  # (رئيس الوزراء: a leader's title, not the ministers)
                told.add("delegations")
            if word in leaders or (word in titles and index and words[index - 1] in gatherers):
                told.add("leaders")
        if len(told) == 1:
            levels[id(mention)] = told.pop()
    return levels


#: How many words before a round noun a verbal noun of taking part may stand (للعودة إلى
#: طاولة المفاوضات).
ACCEPTING_WORDS = 3


def _body_sittings(
    mentions: Sequence[_Mention], text: str, word_set: Callable[[str], frozenset[str]]
) -> tuple[frozenset[int], frozenset[int]]:
    """Which mentions tell a standing body sitting, and which name one at all.

    The first set holds the verbs of meeting whose subject, the word right after the verb, is
    a commission, committee or mechanism (``round_sitting_bodies``: اجتمعت اللجنة المشتركة في
    برازيليا، اجتمعت لجنة المتابعة في العاصمة الألمانية); the second, the mentions whose
    sentence names such a body anywhere (عقدت اللجنة اجتماعها، الاجتماع الثالث للجنة). Keyed
    by ``id(mention)``."""
    bodies = word_set("round_sitting_bodies")
    sitting, naming = set(), set()
    for mention in mentions:
        sentence = text[mention.sentence[0] : mention.sentence[1]]
        if any(
            w in bodies or LEVEL_CLITICS.sub("", w, count=1) in bodies
            for w in regex.findall(r"\w+", sentence)
        ):  # (لجنة itself begins with a lam: للجنة، وللجنة are its clitic forms)
            naming.add(id(mention))
        if mention.verb:
            after = regex.findall(r"\w+", text[mention.end : mention.end + 40])[:1]
            if after and after[0] in bodies:
                sitting.add(id(mention))
    return frozenset(sitting), frozenset(naming)


def _body_apart(
    group: _Group, mention: _Mention, sittings: tuple[frozenset[int], frozenset[int]]
) -> bool:
    """Whether a standing body's sitting and a round that names no such body are told apart.

    The mention is a sitting (`_body_sittings`) and no sentence of the group names a body, or
    the group holds a sitting and the mention, naming none, is not a definite noun that tells it
    again. The committee's own meeting is another round than the leaders' summit or the talks
    told before or after it, whatever venue they share: اجتمعت اللجنة المشتركة لوزراء الخارجية
    مرة واحدة في برازيليا is not أول لقاء بين رئيسي البلدين, nor is اجتمعت اللجنة الأمنية
    المشتركة في أديس أبابا the sixth round of talks its paragraph told first; وفق بيان صدر في
    ختام الاجتماع tells the sitting again."""
    sitting, naming = sittings
    if id(mention) in sitting:
        return not any(id(m) in naming for m in group.mentions)
    return (
        not (mention.definite and mention.ordinal is None)
        and id(mention) not in naming
        and any(id(m) in sitting for m in group.mentions)
    )  # (not a definite noun that tells the sitting again: وفق بيان صدر في ختام الاجتماع;
    # but أول لقاء بين رئيسي البلدين, in construct with its ordinal, is a round of its own)


def _accepting(
    mentions: Sequence[_Mention], text: str, word_set: Callable[[str], frozenset[str]]
) -> frozenset[int]:
    """The proposed mentions a party accepts rather than offers: a verbal noun of taking part
    or going back stands right before the round noun, in its clause (مستعدة للمشاركة في جولة
    جدة، مستعد للعودة إلى طاولة المفاوضات). Keyed by ``id(mention)``."""
    words = word_set("round_accepting")
    found = set()
    for mention in mentions:
        if mention.status is not RoundStatus.PROPOSED or mention.verb:
            continue
        before = text[max(0, mention.start - 40) : mention.start]
        cut = LEVEL_BREAK.split(before)[-1]
        if any(w in words for w in regex.findall(r"\w+", cut)[-ACCEPTING_WORDS:]):
            found.add(id(mention))
    return frozenset(found)


def _open_offers(
    mentions: Sequence[_Mention], text: str, word_set: Callable[[str], frozenset[str]]
) -> frozenset[int]:
    """The proposed mentions opened to any round or any place: "any" right before the round
    noun (``ANY_WORDS``: مستعدة لاستضافة أي جولة جديدة) or «في أي» and a noun of place right
    after it (``round_any_places``: مستعدون للجلوس في أي عاصمة محايدة). Such an offer stands
    for whatever round the parties will agree on, not the round another party proposed in an
    earlier sentence (CONVENTIONS rule 11; `_open_offer_apart`). Keyed by ``id(mention)``."""
    places = word_set("round_any_places")
    found = set()
    for mention in mentions:
        if mention.status is not RoundStatus.PROPOSED or mention.verb:
            continue
        before = regex.findall(r"\w+", text[max(0, mention.start - 12) : mention.start])
        inside = regex.findall(r"\w+", text[mention.start : mention.end])
        after = regex.findall(r"\w+", text[mention.end : mention.end + 30])[:3]
        if (
            (before and before[-1] in ANY_WORDS)
            or any(w in ANY_WORDS for w in inside[:1])
            or (len(after) == 3 and after[1] in ANY_WORDS and f"{after[0]} {after[2]}" in places)
        ):
            found.add(id(mention))
    return frozenset(found)


#: How many words before a round noun a verb of resuming or going on may stand (أن تستأنف
#: المحادثات، وستتواصل المباحثات).
GOING_ON_WORDS = 2


def _going_on(
    mentions: Sequence[_Mention],
    text: str,
    word_set: Callable[[str], frozenset[str]],
    published: datetime.date | None = None,
) -> frozenset[int]:
    """The planned mentions that tell the round under way sitting again the next day: a
    definite round noun that says nothing new but its date, the next day (صباح الغد، غداً، في
    اليوم التالي, or the day after the publication date), right after or right before a verb
    of resuming or going on (``round_going_on``: ومن المقرر أن تستأنف المحادثات صباح الغد،
    المحادثات ستستأنف غداً) or of returning, to the table (``round_returning``: الوفود ستعود
    إلى طاولة المحادثات صباح الغد); or ending within the week, after a verb of closing
    (`_closing_this_week`: ومن المنتظر أن تُختتم الجولة الحالية الجمعة). Keyed by
    ``id(mention)``."""
    verbs = word_set("round_going_on")
    days = word_set("round_next_day")
    returning = word_set("round_returning")
    closing = word_set("round_closing")
    found = set()
    for mention in mentions:
        date = mention.date
        if (
            mention.status is not RoundStatus.PLANNED
            or not mention.definite
            or mention.plural
            or mention.ordinal is not None
            or mention.place is not None
            or mention.relative is not None
            or date is None
        ):
            continue
        told = f" {' '.join(normalize_text(date.text).split())} "
        next_day = any(f" {phrase} " in told for phrase in days) or (
            published is not None and date.value is not None and (date.value - published).days == 1
        )
        before = regex.findall(r"\w+", text[max(0, mention.start - 30) : mention.start])
        after = regex.findall(r"\w+", text[mention.end : mention.end + 20])[:1]
        resuming = next_day and (
            any(w in verbs for w in before[-GOING_ON_WORDS:] + after)
            or _returning_to_the_table(before, returning)
        )
        if resuming or _closing_this_week(date, before, after, closing, published):
            found.add(id(mention))
    return frozenset(found)


#: The words between a verb of returning and the round noun it returns to (ستعود إلى طاولة
#: المحادثات، يعودان إلى الطاولة).
TABLE_WORDS = (("الي", "طاوله"), ("الي", "الطاوله"))


def _returning_to_the_table(before: Sequence[str], returning: frozenset[str]) -> bool:
    """Whether the words before a round noun are a verb of returning and إلى طاولة (الوفود
    ستعود إلى طاولة المحادثات): the parties going back to the talks they sit at."""
    return (
        len(before) >= 3
        and tuple(before[-2:]) in TABLE_WORDS
        and before[-3].removeprefix("و") in returning
    )


#: How many days after the publication date a round under way may be told to close.
CLOSING_DAYS = 7


def _closing_this_week(
    date: DateRef,
    before: Sequence[str],
    after: Sequence[str],
    closing: frozenset[str],
    published: datetime.date | None,
) -> bool:
    """Whether a verb of closing stands right before or after a round noun dated within the
    week to come (``round_closing``: ومن المنتظر أن تُختتم الجولة الحالية الجمعة، وأن يُختتم
    اللقاء مساء السبت): the round under way ends then, no round of its own. A bare weekday
    after a verb told to come is the coming one; a date written in full counts within
    `CLOSING_DAYS` of the publication date."""
    if not any(w in closing for w in [*before[-GOING_ON_WORDS:], *after]):
        return False
    if _this_week(date):
        return not any(w in ("اليوم", "امس") for w in normalize_text(date.text).split())
    return (
        published is not None
        and date.value is not None
        and 0 < (date.value - published).days <= CLOSING_DAYS
    )


def _sitting_again(groups: Sequence[_Group], mention: _Mention) -> _Group | None:
    """The held round a mention that tells a round going on the next day (`_going_on`) is:
    the one of its part of the page told nearest to it, before or after it (a live page tells
    its latest entry first)."""
    held = [
        g
        for g in groups
        if g.status is RoundStatus.HELD
        and g.mentions[0].segment == mention.segment
        and not all(m.plural for m in g.mentions)
    ]
    return min(
        held,
        key=lambda g: min(abs(m.start - mention.start) for m in g.mentions),
        default=None,
    )


def _accepts(group: _Group, mention: _Mention, accepting: frozenset[int]) -> bool:
    """Whether a party's acceptance (مستعدة للمشاركة في جولة جدة) is the planned round it is
    invited to (تعتزم السعودية والولايات المتحدة استضافة جولة جديدة في جدة): one round, not an
    offer of another; no venue the invitation does not name, no other ordinal or date, in the
    same part of the page."""
    if id(mention) not in accepting or group.status is not RoundStatus.PLANNED:
        return False
    if mention.segment != group.mentions[0].segment or mention.plural:
        return False
    if mention.place is not None and (group.place is None or not _same_venue(group, mention)):
        return False  # (an acceptance names no venue the invitation has not named)
    if mention.date is not None and any(
        _dates_conflict(m.date, mention.date) for m in group.mentions if m.date is not None
    ):
        return False
    return _ordinals_agree(group.mentions, mention)


def _other_level(group: _Group, mention: _Mention, levels: dict[int, str]) -> bool:
    """Whether a round not yet held is told as a meeting of leaders and the mention as a
    round of the delegations, or the other way round: "اقترحت عقد لقاء بين الرئيسين …
    وتركيا مستعدة لاستضافة الجولة المقبلة" proposes two rounds, a summit and the next round
    of talks, whatever status they share. Rounds held are told apart so only when one of
    them is numbered in its series (the committee's twelfth meeting is not the leaders'
    summit told before it); a summit and talks held with it are often one occasion."""
    level = levels.get(id(mention))
    if level is None:
        return False
    if mention.status is RoundStatus.HELD and _firm(mention) is None and group.firm_ordinal is None:
        return False
    return any(levels.get(id(m), level) != level for m in group.mentions)


def _offer_beside_possibility(group: _Group, mention: _Mention, text: str) -> bool:
    """Whether a group and a later mention are an offer and a possibility (one `proposed`,
    the other `possible`: CONVENTIONS rules 11 and 22) and the mention does not name the
    group's round again: "أبدت عُمان استعدادها لاستضافة جولة …، وتركيا لا تمانع استضافة جولة
    ثانية في إسطنبول" tells two rounds, as "الجولة المقبلة قد تُعقد في X، و… مستعدة للقاء
    الرئيس" does; "مستعد للقاء بوتين. اللقاء ممكن" tells one, its second noun definite with
    no venue, ordinal or reference of its own, as do the same noun again with no ordinal of
    its own (قمة محتملة … مستعدون لاستضافة قمة) and a verb of meeting after a proposal of
    that meeting (اقترحوا لقاء بين الرئيسين … من المحتمل أن يلتقي الرئيسان), or a proposal
    of a meeting after a verb of meeting (the same the other way round), though not after or
    as a mere readiness to meet someone (مستعد للقاء الرئيس …، ومن المحتمل أن يلتقيا). A
    noun after لـ whose article is read off the next word (للقاء الرئيس: `_meets_someone`)
    names whom it meets, not a round told."""
    status = group.status
    if status is None or mention.status is None or status is mention.status:
        return False
    if {status, mention.status} != {RoundStatus.PROPOSED, RoundStatus.POSSIBLE}:
        return False
    if any(m.status is mention.status for m in group.mentions):
        return False
    if mention.verb:  # (اقترحوا لقاء بين الرئيسين … من المحتمل أن يلتقي الرئيسان: that meeting)
        return all(_meets_someone(m, text) for m in group.mentions)
    if any(m.verb for m in group.mentions):  # the other way round: من المحتمل أن يلتقي
        return _meets_someone(mention, text)  # الرئيسان … اقترح عقد قمة بين الزعيمين
    if _possibility_after_offer(group, mention):
        return True  # عرضت أنقرة استضافة جولة …، فيما قد تُعقد جولة في الدوحة: two rounds
    if (
        mention.ordinal is None
        and not _meets_someone(mention, text)
        and any(m.head == mention.head for m in group.mentions)
    ):
        return False  # قمة محتملة بين الرئيسين … مستعدون لاستضافة قمة تجمع الرئيسين: the summit
    return not (  # (a verb returned above: only nouns reach here)
        mention.definite
        and mention.place is None
        and mention.ordinal is None
        and mention.relative is None
        and not _meets_someone(mention, text)
    )  # (اللقاء المقترح قد يعقد الشهر المقبل: the bare noun with a date of its own is the same)


def _possibility_after_offer(group: _Group, mention: _Mention) -> bool:
    """Whether a mention tells a round as merely possible after a round only offered or
    proposed, as a round of its own: an indefinite noun, which introduces a round not yet
    told (عرضت أنقرة استضافة جولة مقبلة، فيما قد تُعقد جولة حاسمة في الدوحة أو القاهرة;
    أبدت قطر استعدادها لاستضافة جولة رابعة … وهناك حديث عن أن جولة قد تُعقد في الرياض), or
    a noun set against the offer by أما (مستعدون لاستضافة مؤتمر حوار … أما اللقاء الثنائي
    فقد يُعقد في X): the hedge tells another prospect beside the offer, not the offer again,
    whatever noun it shares with it. Not a noun named by its venue, date or place in the
    series (جولة بروكسل المقبلة: a round known to the reader), nor a round told as possible
    first and offered after (قمة محتملة … مستعدون لاستضافة قمة: one summit)."""
    if mention.status is not RoundStatus.POSSIBLE or mention.verb or mention.plural:
        return False
    if not all(m.status is RoundStatus.PROPOSED and m.end <= mention.start for m in group.mentions):
        return False
    new_noun = (
        not mention.definite
        and not mention.construct
        and not mention.dated
        and mention.relative is None
    )
    return new_noun or mention.contrast


def _open_offer_apart(group: _Group, mention: _Mention, open_offers: frozenset[int]) -> bool:
    """Whether an open offer (`_open_offers`) is told in a sentence of its own after a
    proposed round none of whose mentions is open too: another party's offer, another round
    (اقترح التنظيم عقد جولة في X. وأعلنت الحكومة استعدادها لاستضافة أي جولة جديدة)."""
    return (
        id(mention) in open_offers
        and group.status is RoundStatus.PROPOSED
        and all(m.sentence != mention.sentence for m in group.mentions)
        and not any(id(m) in open_offers for m in group.mentions)
    )


def _hosting_offers(
    mentions: Sequence[_Mention], text: str, word_set: Callable[[str], frozenset[str]]
) -> frozenset[int]:
    """The proposed mentions a party offers to host: a verbal noun of hosting stands right
    before the round noun, in its clause (``round_hosting_nouns``: مستعدة لاستضافة جولة
    مباشرة، عرضت القاهرة استضافة لقاء). The host offers its own round, which
    `_hosting_offer_apart` keeps from another party's proposal. Keyed by ``id(mention)``."""
    nouns = word_set("round_hosting_nouns")
    found = set()
    for mention in mentions:
        if mention.status is not RoundStatus.PROPOSED or mention.verb:
            continue
        clause = LEVEL_BREAK.split(text[max(0, mention.start - 40) : mention.start])[-1]
        before = regex.findall(r"\w+", clause)
        if before and before[-1].removeprefix("و").removeprefix("ل") in nouns:
            found.add(id(mention))
    return frozenset(found)


def _hosting_offer_apart(group: _Group, mention: _Mention, hosting: frozenset[int]) -> bool:
    """Whether a proposed group and a proposed mention are another party's proposal and an
    offer to host (`_hosting_offers`) told after it in a sentence of its own, with a noun
    that introduces a round (indefinite): "اقترحت X عقد اجتماع في Y. … وقالت Z إنها مستعدة
    لاستضافة اجتماع وزاري" and "ندعو إلى العودة إلى طاولة الحوار. … مسقط مستعدة لاستضافة
    جولة مباشرة" tell two rounds (CONVENTIONS rule 11: each offer is a proposed round of its
    own). Either may be the one grouped first; the offer is the one told later. Not an offer
    that names the very sides the proposal names (اقترحت كييف عقد لقاء بين الرئيسين A وB …
    تركيا مستعدة لاستضافة لقاء بين B وA): the host offers to hold that meeting."""
    if group.status is not RoundStatus.PROPOSED or mention.status is not RoundStatus.PROPOSED:
        return False
    if any(m.sentence == mention.sentence for m in group.mentions):
        return False
    sides = _party_keys(mention)
    if len(sides) >= 2 and any(_party_keys(m) == sides for m in group.mentions):
        return False
    offers = [m for m in group.mentions if id(m) in hosting]
    if id(mention) in hosting:
        return (
            not offers
            and not mention.definite
            and all(m.end <= mention.start for m in group.mentions)
        )
    return len(offers) == len(group.mentions) and all(
        not m.definite and mention.end <= m.start for m in offers
    )


def _meets_someone(mention: _Mention, text: str) -> bool:
    """Whether a round noun stands after لـ with its article's lam dropped (للقاء، للاجتماع)
    and no more: its article is read off the word after it, which after a verbal noun of
    meeting is most often whom it meets (مستعد للقاء الرئيس), not a round told before."""
    words = text[mention.start : mention.end].split()
    return len(words) == 1 and words[0].lstrip("وف").startswith("لل")


def _ordinals_agree(
    mentions: Sequence[_Mention], mention: _Mention, counts_apart: bool = False
) -> bool:
    """Whether a mention's ordinal allows it to be the round of ``mentions``.

    Two places in the series must be one; a count since an event can be no more than the
    round's place in its series (الثانية منذ انضمام المدنيين to الاجتماع الخامس عشر, not
    الرابعة منذ … to أولى جولات المسار); with ``counts_apart``, two counts since events that
    differ tell two rounds (وهو ثالث اجتماع منذ … and الجولة هي الأولى منذ …).
    """
    firm = next((_firm(m) for m in mentions if _firm(m) is not None), None)
    counts = [m.ordinal for m in mentions if m.since and m.ordinal is not None]
    if mention.ordinal is None:
        return True
    if not mention.since:
        return (firm is None or firm == mention.ordinal) and all(
            count <= mention.ordinal for count in counts
        )
    if firm is not None:
        return mention.ordinal <= firm
    return not counts_apart or not counts or mention.ordinal in counts


def _firm(mention: _Mention) -> int | None:
    """A mention's ordinal unless it counts since an event (أول لقاء منذ الأزمة): a count of
    its own, which neither tells two rounds apart nor joins a round of that place."""
    return None if mention.since else mention.ordinal


def _entity_key(entity: Entity) -> str:
    return entity.id or entity.name or " ".join(entity.text.split())


def _compatible(group: _Group, mention: _Mention) -> bool:
    """Whether an event mention can be the same round as a group's."""
    status = group.status
    if status is None or mention.status is None:
        return False
    if STATUS_CLASS[status] != STATUS_CLASS[mention.status]:
        return False
    stated = any(_one_statement(m, mention) for m in group.mentions)  # one cue, one round
    if (
        STATUS_CLASS[status] == "maybe"
        and not mention.definite
        and not mention.verb
        and all(m.head != mention.head and not m.verb for m in group.mentions)
        and not stated  # (not: لا تمانع المشاورات … في استضافة جولة ختامية، told in one)
    ):  # (with no venue too: تبحث الدوحة إمكانية تنظيم محادثات، after عرضت استضافة لقاء)
        return False  # قمة محتملة … اقترحت إجراء محادثات: an indefinite noun tells another
    if (
        STATUS_CLASS[status] == "maybe"
        and not mention.definite
        and not mention.verb
        and mention.ordinal is None
        and any(m.ordinal is not None for m in group.mentions)
        and all(m.head != mention.head and not m.verb for m in group.mentions)
        and not stated
    ):
        return False  # مستعدة لعقد الجولة الرابعة … اقترحت عقد لقاء بين الرئيسين: another round
    if (
        STATUS_CLASS[status] == "maybe"
        and mention.ordinal is not None
        and not mention.verb
        and all(
            m.ordinal is None
            and m.head != mention.head
            and not m.verb
            and m.sentence[1] <= mention.sentence[0]
            for m in group.mentions
        )
    ):  # تعمل واشنطن على ترتيب لقاء بين الرئيسين في X. … اقترح الوسيط عقد الجولة الثامنة
        return False  # a round of the track counted, told in a sentence of its own
    if (
        STATUS_CLASS[status] == "maybe"
        and all(m.status is not mention.status for m in group.mentions)
        and not any(_told_together(m, mention) for m in group.mentions)
    ):  # اقترح الوسيط عقد لقاء بين الرئيسين. … وقد يلتقي وزيرا الخارجية في X: an offer and a
        return False  # possibility told apart are two meetings (an offer and "it is possible"
        # told right after it, مستعد للقاء بوتين. اللقاء ممكن, are one)
    if mention.segment != group.mentions[0].segment:
        return False
    if mention.plural and mention.other:
        return False  # قبل أن تُعقد جولتان أخريان في المدينة ذاتها: rounds besides the one told
    place = group.place
    if (
        mention.contrast
        and mention.place is not None
        and place is None
        and all(m.sentence != mention.sentence for m in group.mentions)
    ):
        return False  # …اجتماعهما الثاني عشر في يوليو. أما اللقاء … في الدوحة: another round
    if _latest_apart(group, mention):
        return False  # اختُتمت الجولة … للتذكير: آخر لقاء بين الرجلين عُقد في 2023: another round
    if mention.earlier and not group.mentions[0].earlier:
        return False  # الجولة الثالثة …، بعد جولة يوليو 2024: the round before it, not one told
    if _before_its_earlier(group, mention):
        return False  # …، في الجولة الثالثة بعد جولة أبريل: the round after it, not that one
    if mention.arrival and place is None and mention.place is not None:
        return False  # توجه الوفد إلى أنقرة لإجراء محادثات: not the round told before with no venue
    if (
        place is not None
        and mention.place is not None
        and not _same_venue(group, mention)
        and not _headline_country(group, mention)
    ):
        return False
    previous = any(m.relative == "previous" for m in group.mentions)
    if not mention.plural and (mention.relative == "previous") != previous:
        return False  # الجولة السابقة is not the round just told
    if (
        mention.plural != group.mentions[0].plural
        and ((place is None) != (mention.place is None) or mention.place is not None)
        and not _sittings_of_its_verb(group, mention)
    ):  # ثلاث جولات في أبوظبي do not give the round told of their venue, nor are they it
        return False
    if mention.date is not None and any(
        _dates_conflict(m.date, mention.date) for m in group.mentions if m.date is not None
    ):
        return False  # the talks of يوم الخميس are not the round of مايو 2023
    return _ordinals_agree(group.mentions, mention, counts_apart=True)


#: How far after a verb of meeting the plural that counts its sittings may stand (جلسنا معهم
#: أربع جولات في X، التقى رئيس المخابرات، في اجتماعين متتاليين).
SITTINGS_REACH = 60


def _latest_apart(group: _Group, mention: _Mention) -> bool:
    """Whether a mention and a group are a round told as "the last one" (آخر لقاء بين الرجلين،
    منذ آخر اجتماع رسمي: `_Mention.latest`) and a round told in other sentences.

    Arabic news recalls the latest meeting before the one it reports as background, often at
    the same venue (اختُتمت في بروكسل جولة جديدة … للتذكير: آخر لقاء بين الرجلين في بروكسل عُقد
    في 2023): another round, which neither joins a round told in other sentences nor takes a
    mention told before it (هذا هو اللقاء الأول بين الزعيمين منذ عامين). Its own sentence may
    tell it again (آخر اجتماع عُقد في نيودلهي، وكان الاجتماع الثامن عشر بعد المئة), and so may
    the sentences after it (بعد تعثر آخر جولة في مسقط … وكانت الجولة قد انتهت)."""
    if any(m.sentence == mention.sentence for m in group.mentions):
        return False
    if mention.latest:
        return not all(m.latest for m in group.mentions)
    return all(m.latest for m in group.mentions) and mention.start < group.mentions[0].start


def _sittings_of_its_verb(group: _Group, mention: _Mention) -> bool:
    """Whether a plural mention counts the sittings of a verb of meeting the group holds, as
    its object or after في in its sentence (جلسنا معهم أربع جولات في مانهاست، التقى الوزير
    نظيره، في اجتماعين متتاليين): the verb's own meeting told in parts, one statement, not
    further rounds. Not a plural with an ordinal, another or the previous ones."""
    if not mention.plural or mention.ordinal is not None or mention.other or mention.earlier:
        return False
    return any(
        m.verb
        and not m.plural
        and m.status is mention.status
        and m.sentence == mention.sentence
        and 0 <= mention.start - m.end <= SITTINGS_REACH
        for m in group.mentions
    )


def _before_its_earlier(group: _Group, mention: _Mention) -> bool:
    """Whether a group is a round told as the one before another (بعد جولة 12 أبريل) and the
    mention is that other round, told before it in its sentence: "عاد الوفدان إلى مابوتو، في
    الجولة الثالثة من المحادثات بعد جولة 12 أبريل" tells two rounds, the third and the one
    it came after, however much they share (the venue of the sentence, the status)."""
    first = group.mentions[0]
    return (
        first.earlier
        and not mention.earlier
        and first.sentence == mention.sentence
        and mention.start < first.start
    )


def _yet_to_be_told(
    group: _Group, mention: _Mention, published: datetime.date | None = None
) -> bool:
    """Whether a group is a round not held (planned or called off) that the body tells only
    after a weak mention, in other sentences: "ثم جولة ثانية في أغسطس …" then "الجولة
    الثانية، التي كان منتظراً أن تنعقد منتصف مارس، أُرجئت"; "وصل الوفدان إلى مقر الاجتماعات في
    عمّان …" then "أُعلن تأجيل الجلسة … في عمّان". A round named before any cue tells it is
    the story's round or a past one, not a round still to come or called off further on,
    whose cue tells its own place and number. A mention that names the round as one to come
    does name it: "الجولة المقبلة", a date to come or a future marker in its sentence
    (لقاء لوزراء الخارجية في برازيليا الشهر المقبل), a round the learned model reads as not
    held, and a round named by its city in construct, as a track is (محادثات واشنطن، جولة
    مسقط السادسة, then the round planned or called off there)."""
    body = [m for m in group.mentions if not m.headline]
    return (
        group.status in (RoundStatus.PLANNED, RoundStatus.CANCELLED)
        and mention.relative is None
        and mention.model_status in (None, RoundStatus.HELD)
        and not mention.construct
        and not mention.ahead
        and not _to_come(mention.date, published)
        and not mention.headline
        and bool(body)
        and all(m.start > mention.end and m.sentence != mention.sentence for m in body)
    )


def _same_venue(group: _Group, mention: _Mention) -> bool:
    """Whether a group's venue and a mention's can be one: the same place, or a country or a
    building and a place in that country (محادثات تستضيفها ماليزيا and the round in its city;
    عُقد الاجتماع في قصر تشيراغان and the round in إسطنبول; قمة البيت الأبيض and قمة واشنطن).
    Two buildings, two cities or two countries are two venues."""
    told = next((m for m in group.mentions if m.place is not None), None)
    if told is None or mention.place is None or told.place is None:
        return True
    if _entity_key(told.place) == _entity_key(mention.place):
        return True
    return (
        told.venue_country is not None
        and told.venue_country == mention.venue_country
        and told.venue_broad != mention.venue_broad
    )


#: How many characters may part two sentences told one after the other (a full stop, a
#: paragraph break).
NEXT_SENTENCE_GAP = 3


def _told_together(one: _Mention, other: _Mention) -> bool:
    """Whether two mentions stand in one sentence or in two sentences one right after the
    other."""
    (a_start, a_end), (b_start, _) = sorted((one.sentence, other.sentence))
    return a_start == b_start or 0 <= b_start - a_end <= NEXT_SENTENCE_GAP


def _in_its_sentence(group: _Group, mention: _Mention) -> bool:
    """Whether a group tells its round in the mention's sentence, before it."""
    return any(m.sentence == mention.sentence and m.start < mention.start for m in group.mentions)


def _one_statement(one: _Mention, other: _Mention) -> bool:
    """Whether two mentions' evidence overlap in one sentence: the same words state both."""
    return (
        one.sentence == other.sentence
        and one.status is other.status  # (قمة محتملة … اقترحت إجراء محادثات: two statements)
        and one.evidence[0] < other.evidence[1]
        and other.evidence[0] < one.evidence[1]
        and not one.plural
        and not other.plural
    )


def _headline_country(group: _Group, mention: _Mention) -> bool:
    """Whether a headline names by its country the round the body names by its city.

    "الصين تستضيف جولة رابعة" over "اختُتمت في مدينة كونمينغ … جولة جديدة …، هي الرابعة من
    نوعها": the same ordinal, one venue a country and the other a city.
    """
    if mention.ordinal is None or group.ordinal != mention.ordinal:
        return False
    if not (mention.headline or any(m.headline for m in group.mentions)):
        return False
    kinds = {m.place.kind for m in [*group.mentions, mention] if m.place is not None}
    return kinds == {EntityKind.COUNTRY, EntityKind.PLACE}


WEEKDAYS = frozenset(
    normalize_text(w)
    for w in ("الأحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت")
)


def _this_week(date: DateRef) -> bool:
    """Whether a date is a bare weekday, today or yesterday (الأربعاء، اليوم، أمس)."""
    words = normalize_text(date.text).split()
    return len(words) <= 2 and any(w in WEEKDAYS or w in ("اليوم", "امس") for w in words)


#: A date's words that tell it last month or last year, or a year a story told before
#: (يونيو من العام نفسه، مارس من العام ذاته، في السنة نفسها): the narrative's past.
LONG_AGO_PHRASES = tuple(
    normalize_text(p)
    for p in (
        "الشهر الماضي",
        "العام الماضي",
        "السنة الماضية",
        "العام نفسه",
        "العام ذاته",
        "السنة نفسها",
        "السنة ذاتها",
        "نفس العام",
        "نفس السنة",
    )
)


def _long_ago(date: DateRef) -> bool:
    """Whether a date is last month or last year, or earlier (الشهر الماضي، العام الماضي), or
    in a year the story told before (يونيو من العام نفسه): not a day of this week."""
    text = " ".join(normalize_text(date.text).split())
    return any(p in text for p in LONG_AGO_PHRASES)


#: The months of a year's part (مطلع العام، منتصف العام، أواخر العام، صيف 2024), first and last.
YEAR_PARTS = {
    "early": (1, 4),
    "mid": (5, 8),
    "late": (9, 12),
    "spring": (3, 5),
    "summer": (6, 8),
    "autumn": (9, 11),
    "winter": (1, 12),  # (December to February: either year)
}
#: The days of a month's part (مطلع الشهر، منتصف مايو، أواخر مارس), first and last.
MONTH_PARTS = {"early": (1, 10), "mid": (11, 20), "late": (21, 31)}


@functools.lru_cache(maxsize=1024)
def _granularity(text: str) -> tuple[Granularity, int, str | None]:
    """The unit a date as written names (a day, a week, a month, a year), how many days more
    a range of days runs (16 و17 مايو: one), and the part of the unit it narrows to."""
    found = find_dates(text)
    if not found:
        return Granularity.DAY, 0, None
    first = found[0]
    extra = (first.last - first.value).days if first.last and first.value else 0
    return first.granularity, max(extra, 0), first.part


def _extent(date: DateRef) -> tuple[datetime.date, datetime.date]:
    """The first and last day a resolved date covers: الشهر المقبل is the whole month, so a
    day in it (10 فبراير المقبل) is no other date; أواخر العام is its last months."""
    assert date.value is not None
    start = date.value
    unit, extra, part = _granularity(date.text)
    if unit is Granularity.WEEK:
        return start, start + datetime.timedelta(days=6)
    if unit is Granularity.MONTH:
        end = last_of_month(start)
        if part in MONTH_PARTS:
            first, last = MONTH_PARTS[part]
            return start.replace(day=first), min(end, start.replace(day=min(last, end.day)))
        return start, end
    if unit is Granularity.YEAR:
        first, last = YEAR_PARTS.get(part or "", (1, 12))
        return start.replace(month=first, day=1), last_of_month(start.replace(month=last, day=1))
    return start, start + datetime.timedelta(days=extra)


def _dates_conflict(first: DateRef, second: DateRef) -> bool:
    """Whether two dates name different rounds: days apart, or a different year written.

    Nearby days (arrived on Sunday evening, talks began on Monday) are one round; a month,
    a week or a part of a year is one date with the days in it, never with the next one
    (أواخر الشهر الجاري is not الشهر المقبل).
    """
    if first.value is not None and second.value is not None:
        (a_start, a_end), (b_start, b_end) = _extent(first), _extent(second)
        units = {_granularity(first.text)[0], _granularity(second.text)[0]}
        slack = 0 if units & {Granularity.MONTH, Granularity.YEAR} else 3  # (weeks start on
        # Saturday, Sunday or Monday as the writer counts)
        return (max(a_start, b_start) - min(a_end, b_end)).days > slack
    if _this_week(first) != _this_week(second) and (_long_ago(first) or _long_ago(second)):
        return True  # الأربعاء is not الشهر الماضي
    year = regex.compile(r"\d{4}")
    if not (year.search(first.text) or year.search(second.text)):
        one, other = _day_of_year(first), _day_of_year(second)
        if one is None or other is None:
            return False
        (a_day, a_month), (b_day, b_month) = one, other
        if a_month or b_month:  # a month and a day in it are one date
            return a_day.month != b_day.month
        gap = abs((a_day - b_day).days)
        return min(gap, 366 - gap) > 3  # 16 مايو is not 23 يوليو (31 مايو may be 1 يونيو)
    return normalize_text(first.text).split() != normalize_text(second.text).split()


#: The year any date with no year of its own is read in, to tell its month and day.
SOME_YEAR = datetime.date(2001, 12, 31)
RELATIVE_WORDS = frozenset(
    normalize_text(w)
    for w in ("الماضي", "الماضية", "المقبل", "المقبلة", "الجاري", "القادم", "الحالي", "المنصرم")
)


def _day_of_year(date: DateRef) -> tuple[datetime.date, bool] | None:
    """A date's month and day when it names them and nothing relative (16 مايو، يوليو), and
    whether it names a whole month: dates of an article with no publication date are still
    told apart by them."""
    return None if _this_week(date) else _named_day(date.text)


@functools.lru_cache(maxsize=1024)
def _named_day(text: str) -> tuple[datetime.date, bool] | None:
    if any(w in RELATIVE_WORDS for w in normalize_text(text).split()):
        return None
    found = find_dates(text, SOME_YEAR)
    if not found or found[0].value is None or found[0].part is not None:
        return None
    if found[0].granularity is Granularity.DAY:
        return found[0].value.replace(year=2000), False
    if found[0].granularity is Granularity.MONTH:
        return found[0].value.replace(year=2000, day=1), True
    return None


def _counted_from(group: _Group, mention: _Mention) -> bool:
    """Whether a group is only the event a mention's sentence counts from before it (منذ
    توقيع الاتفاق في X، عُقدت جولات …، أبرزها اجتماع X في مارس): a weak mention after it
    tells a later round, not that event."""
    return not mention.earlier and all(
        m.earlier and m.sentence == mention.sentence and m.end <= mention.start
        for m in group.mentions
    )


def _called_off_uncounted(group: _Group, mention: _Mention) -> bool:
    """Whether a group is a round called off and a weak mention tells the first meeting since
    an event (هذا هو اللقاء الأول بين الزعيمين منذ …، محادثات X، وهي الأولى منذ …): the first
    since is the meeting that breaks the silence, one that sits, not a date postponed or
    cancelled, which broke nothing (the blind coders give no cancelled round a first since
    an event; CONVENTIONS rule 4 counts the meetings that take place) — not even when told as
    what the round called off was to be (وكان من المفترض أن يكون هذا الاجتماع الأول منذ …,
    which `_weak_status` then reads as no round held either). A later place in a series
    stays the round's, called off or not (الجولة، وهي الحادية عشرة منذ اتفاق ستوكهولم)."""
    return mention.since and mention.ordinal == 1 and group.status is RoundStatus.CANCELLED


def _attach(
    groups: list[_Group],
    mention: _Mention,
    published: datetime.date | None = None,
    levels: dict[int, str] | None = None,
    venue_apart: bool = True,
    counts: frozenset[int] = frozenset(),
) -> bool:
    """Join a weak mention (no status cue) to the round it fits; False when none fits.
    Not to a round still to come or called off that the body tells only later
    (`_yet_to_be_told`)."""
    told = [g for g in groups if not _yet_to_be_told(g, mention, published)]
    target = _attach_target(told, mention, published, levels, venue_apart, counts)
    if target is not None:
        target.mentions.append(mention)
    return target is not None


def _attach_target(
    groups: list[_Group],
    mention: _Mention,
    published: datetime.date | None = None,
    levels: dict[int, str] | None = None,
    venue_apart: bool = True,
    counts: frozenset[int] = frozenset(),
) -> _Group | None:
    """The round a weak mention (no status cue) fits, if any (`_attach`); with
    ``venue_apart`` False, a round it fits by its venue only when told in its sentence.
    ``counts`` holds the plurals that count their rounds (`_counting`)."""
    to_come = _to_come(mention.date, published)
    same_segment = [
        g
        for g in groups
        if g.mentions[0].segment == mention.segment
        and not _before_its_earlier(g, mention)
        and not _latest_apart(g, mention)
        and not (to_come and g.status is RoundStatus.HELD)
        and not _counted_from(g, mention)
        and not (mention.earlier and _in_its_sentence(g, mention))
        and not _called_off_uncounted(g, mention)
    ]  # (ترتيبات جولة ثانية في جدة الأسبوع المقبل: not the second round held there; الاجتماع
    # الأول منذ مؤتمر برلين 2: the event counted from is not the round counted)
    counted = False  # whether the round its own sentence tells only counts rounds
    if mention.ordinal is not None and mention.appositive:  # (also في جولة هي الثالثة)
        here = [
            (
                max(
                    m.start
                    for m in g.mentions
                    if m.sentence == mention.sentence and m.start < mention.start
                ),
                index,
            )
            for index, g in enumerate(same_segment)
            if g.ordinal is None
            and any(m.sentence == mention.sentence and m.start < mention.start for m in g.mentions)
        ]
        if here:  # اجتمع الوزيران في الرياض، في أول محادثات …: the round of its own sentence
            nearest = same_segment[max(here)[1]]
            if not _one_of_the_counted(nearest, mention, counts):
                return nearest
            counted = True  # احتضنت X خمس جولات …، وكانت الأولى …، وهي أول محادثات: one of them
    if mention.ordinal is not None:
        for group in same_segment:
            if (
                mention.place is not None
                and group.place is not None
                and not _same_venue(group, mention)
            ):
                continue  # أول اجتماع … في عمّان …، أول لقاء علني … في العاصمة اليمنية: two firsts
            if group.ordinal == mention.ordinal and not (
                mention.date is not None
                and group.status
                in (RoundStatus.PLANNED, RoundStatus.PROPOSED, RoundStatus.POSSIBLE)
                and _past(mention.date, published)
            ):  # (منذ مؤتمر "برلين 2" في حزيران 2021: not the second meeting to come)
                return group
    if mention.place is not None:
        for group in same_segment:
            place = group.place
            if (
                place is not None
                and (venue_apart or any(m.sentence == mention.sentence for m in group.mentions))
                and _same_venue(group, mention)
                and _ordinals_agree(group.mentions, mention)
                and not _dated_apart(group, mention, published)
                and not (
                    mention.model_status is not None
                    and mention.ordinal is not None
                    and group.ordinal is None
                    and group.status is not None
                    and STATUS_CLASS[mention.model_status] != STATUS_CLASS[group.status]
                )
                and not (mention.relative == "next" and group.status is RoundStatus.HELD)
                and not (mention.headline and _under_way_over_another(group, mention))
                and not (
                    (mention.ordinal is not None or mention.date is not None)
                    and not mention.plural
                    and all(m.plural for m in group.mentions)
                )  # ثلاث جولات في X …، الجولة الرابعة في X: not one of the rounds counted
                # (جولات عدة، أبرزها اجتماع العاصمة في 7 أكتوبر: one of them, told by its date)
                and not (
                    mention.date is not None
                    and not _this_week(mention.date)
                    and any(
                        _dates_conflict(m.date, mention.date)
                        for m in group.mentions
                        if m.date is not None and not _this_week(m.date)
                    )
                )  # اجتماع موسع في برلين الشهر المقبل: not the conference held there in 2021
                # (a bare weekday, الأحد, may be the one to come: no conflict)
                and not (
                    mention.date is not None
                    and not mention.construct
                    and group.status
                    in (RoundStatus.PLANNED, RoundStatus.PROPOSED, RoundStatus.POSSIBLE)
                    and _past(mention.date, published)
                )  # اجتماع في X في يناير 2024: not the round proposed there now (but محادثات X,
                # the talks named by their city, are the track the round proposed belongs to)
            ):  # (الاجتماع المقبل … في بروكسل أيضاً: not the meeting held there)
                return group
    if mention.ordinal is not None and mention.definite and mention.appositive and not counted:
        # الاجتماع، وهو الثاني خلال شهر: a definite noun names the round just told of
        told = [
            (max(m.start for m in g.mentions if m.start < mention.start), index)
            for index, g in enumerate(same_segment)
            if g.ordinal is None
            and any(m.start < mention.start for m in g.mentions)
            and not (
                all(m.relative == "next" for m in g.mentions)
                and all(m.sentence != mention.sentence for m in g.mentions)
            )  # وشهد الاجتماع، وهو الأول: not the next meeting told in another sentence
        ]
        last = max(told)[0] if told else 0
        sentence = next(
            (m.sentence for g in same_segment for m in g.mentions if m.start == last), None
        )
        named = [
            t for t in told if _names_again(same_segment[t[1]], mention, sentence)
        ]  # of the rounds the last sentence told, the one told with its noun: الجولة، وهي
        # الثالثة names the جولة just held, not المحادثات that resume next week
        if named or told:  # the round told last before it (a live page tells its rounds in any
            # order)
            return same_segment[max(named or told)[1]]
    if mention.relative == "next" and mention.ordinal is None:
        for group in same_segment:
            if group.status is RoundStatus.HELD:
                continue
            if (
                levels
                and (level := levels.get(id(mention))) is not None
                and any(levels.get(id(m), level) != level for m in group.mentions)
            ):
                continue  # الجولة المقبلة: not the summit of the leaders proposed
            if mention.place is not None and (
                group.status in (RoundStatus.PROPOSED, RoundStatus.POSSIBLE)
                or (
                    group.status is RoundStatus.CANCELLED
                    and not any(m.relative == "next" for m in group.mentions)
                )
                or (
                    group.place is not None
                    and _entity_key(group.place) != _entity_key(mention.place)
                )
            ):
                continue  # الاجتماع المقبل … في الناقورة: not a proposal, nor one called off
            return group
    return None


def _one_of_the_counted(group: _Group, mention: _Mention, counts: frozenset[int]) -> bool:
    """Whether a group only counts rounds (خمس جولات، جولتين: its mentions in ``counts``,
    `_counting`) and a single mention with an ordinal in apposition names one of them
    ("احتضنت X خمس جولات …، وكانت الأولى في …، وهي أول محادثات …"): the ordinal is that
    round's, which the count does not name, and no round told before the count's sentence is
    it either. (A plural that counts nothing may be the sittings of one round: اجتماعات مكثفة
    …، في إطار الجولة السادسة.)"""
    return (
        mention.ordinal is not None
        and not mention.plural
        and all(id(m) in counts for m in group.mentions)
    )


def _counting(
    mentions: Sequence[_Mention], text: str, numbers: Sequence[tuple[int, int]]
) -> frozenset[int]:
    """The plural mentions that count their rounds: a number right before or right after
    the noun (خمس جولات، الجولات الثلاث, also when the trigger runs on past the number:
    الجولات الثلاث من المفاوضات; ``numbers`` holds the normalised ranges of the
    document's numbers) or a dual (جولتين، لقاءين، الجولتان). Keyed by ``id(mention)``."""
    found = set()
    for mention in mentions:
        if not mention.plural:
            continue
        words = text[mention.start : mention.end].split()
        head = words[0] if words else ""
        dual = head.endswith(("ين", "ان")) and not head.endswith("يين")  # (تين، تان too)
        head_end = mention.start + len(head)  # الجولات الثلاث من المفاوضات: one trigger
        if dual or any(
            0 <= mention.start - n_end <= 2
            or 0 <= n_start - mention.end <= 2
            or 0 <= n_start - head_end <= 2
            for n_start, n_end in numbers
        ):
            found.add(id(mention))
    return frozenset(found)


def _names_again(group: _Group, mention: _Mention, sentence: tuple[int, int] | None = None) -> bool:
    """Whether a definite noun names again a round told before it with the same noun (الجولة
    after جولة جديدة، الاجتماع after اجتماعهما): a definite noun takes up its own noun, not
    the last round told with another (المحادثات التي تستأنف، لقاء الرئيسين); not a round
    told as another, several, the next or the previous one (جولة أخرى قد تعقد، الجولة
    المقبلة). With ``sentence``, only a mention told in that sentence counts (the sentence
    that told the rounds last, where the two nouns compete)."""
    head = mention.head
    return len(head) >= 3 and any(
        m.start < mention.start
        and (sentence is None or m.sentence == sentence)
        and not (m.other or m.plural or m.relative in ("next", "previous"))
        and len(m.head) >= 3
        and (m.head.startswith(head) or head.startswith(m.head))
        for m in group.mentions
    )


def _anaphoric(mention: _Mention) -> bool:
    """A definite round noun that says nothing new (الاجتماع): the round told just before."""
    return (
        mention.definite
        and mention.place is None
        and mention.ordinal is None
        and mention.relative is None
        and mention.date is None
    )


def _weak_status(
    mention: _Mention, text: str, published: datetime.date | None = None
) -> RoundStatus | None:
    """The status a weak mention that joins no round implies by itself, if any."""
    if mention.relative == "next":
        return RoundStatus.PLANNED
    to_come = (
        mention.date is not None
        and mention.date.value is not None
        and published is not None
        and mention.date.value > published
    )  # (a year written tells no past when the date falls after the publication date)
    if (
        mention.ordinal is not None
        and mention.date is not None
        and (_past(mention.date) or (not mention.plural and _past_month(mention.date, published)))
        and not to_come
    ):
        return RoundStatus.HELD  # الاجتماع الثاني في فبراير الماضي، الجولة الثالثة في يوليو
    if mention.ordinal is not None and to_come and not mention.plural:
        return RoundStatus.PLANNED  # الجولة الرابعة في 16 مارس, told before it: to come
    following = text[mention.evidence[1] : mention.evidence[1] + 60]
    clause = regex.split(r"[,;:.!?\n]", following, maxsplit=1)[0]
    if (
        mention.ordinal == 1
        and not mention.supposed
        and "منذ" in text[mention.evidence[0] : mention.evidence[1]] + clause
    ):  # (not وكان من المفترض أن يكون هذا الاجتماع الأول منذ …: what was to be, not what sat)
        return RoundStatus.HELD  # أول اجتماع منذ … : a first meeting that took place
    return None


#: Words of a date that tell it past whatever the publication date (الماضي، أمس، البارحة).
PAST_DATE_WORDS = frozenset(
    normalize_text(w)
    for w in ("الماضي", "الماضية", "أمس", "بالأمس", "البارحة", "المنصرم", "المنصرمة")
)


#: Words of a date that tell it still to come whatever the publication date (المقبل، القادمة).
FUTURE_DATE_WORDS = frozenset(
    normalize_text(w) for w in ("المقبل", "المقبلة", "القادم", "القادمة", "غدا", "غداً", "الغد")
)


def _to_come(date: DateRef | None, published: datetime.date | None = None) -> bool:
    """Whether a date is told as still to come (الأسبوع المقبل، صباح الغد), or resolves after
    the publication date: a round so dated has not been held."""
    if date is None:
        return False
    if any(w.lstrip("و") in FUTURE_DATE_WORDS for w in normalize_text(date.text).split()):
        return True
    return published is not None and date.value is not None and date.value > published


def _past(date: DateRef, published: datetime.date | None = None) -> bool:
    """Whether a date is told as past (فبراير الماضي، الأسبوع الماضي، أمس الجمعة).

    With a publication date, a date resolved before it is past too; without one, a date
    with its year written (فبراير 2019) is history.
    """
    words = normalize_text(date.text).split()
    if any(word.lstrip("و") in PAST_DATE_WORDS for word in words):
        return True  # فبراير الماضي، أمس الجمعة، البارحة
    if published is not None:
        return date.value is not None and date.value < published
    return regex.search(r"\d{4}", date.text) is not None


def _counted_series(
    mentions: Sequence[_Mention], mention: _Mention, counts: frozenset[int]
) -> _Mention | None:
    """The counted plural told before a held numbered round with no venue of its own that
    names where the rounds it counts sat: the round is one of them, held there (تحليل: ثلاث
    جولات في إسطنبول … ففي الجولة الأولى منتصف مايو؛ شارك في الجولات الثلاث … في إسطنبول …
    في الجولة الأولى، في 16 مايو). None when the round has a venue, when no counted plural
    before it names one, or when the plurals told before it name different venues (جولتين
    في الدوحة، ثم ثلاث جولات في القاهرة: which of them is not said)."""
    if mention.status is not RoundStatus.HELD or mention.place is not None:
        return None
    if mention.ordinal is None or mention.plural:
        return None
    series = [
        m
        for m in mentions
        if id(m) in counts
        and m.start < mention.start
        and m.place is not None
        and m.status in (None, RoundStatus.HELD)
        and not m.other
        and m.relative is None
    ]
    if len({m.place.name or m.place.text for m in series if m.place is not None}) != 1:
        return None
    return series[-1]


def _numbered_by_its_month(mention: _Mention) -> bool:
    """Whether a round is told held only by its number and a month with no year (`_past_month`:
    ففي الجولة الأولى منتصف مايو): nothing else says it is a round told before with no
    number, so it joins only a round of its own number (عقد جولته الأولى في تونس في نوفمبر
    is not the conference told before it in Berlin)."""
    return (
        mention.status is RoundStatus.HELD
        and mention.ordinal is not None
        and mention.date is not None
        and not _past(mention.date)
    )


#: The names of the months as normalised words (مايو، أيار، يونيو، حزيران …).
MONTH_WORDS = frozenset(normalize_text(m) for m in MONTHS)


def _past_month(date: DateRef, published: datetime.date | None) -> bool:
    """Whether a date that names its month, with no year, ends before the publication date
    (في 16 مايو، منتصف مايو، مطلع يونيو، في يوليو told in the autumn): the month written
    fixes the date in the story's year, so a round so dated took place. A bare weekday or a
    part of the year (الخميس، قبل نهاية العام) names no month: its resolution is a guess,
    and a list of the week to come (■ الأسبوع المقبل: الخميس …) tells it ahead."""
    if published is None or date.value is None:
        return False
    if not any(word in MONTH_WORDS for word in regex.findall(r"\p{L}+", normalize_text(date.text))):
        return False
    return _extent(date)[1] < published


def _dated_past_venue(mention: _Mention, published: datetime.date | None) -> bool:
    """A mention with a venue and a past date and no cue (واجتماع نيويورك في يوليو الماضي،
    قمة هانوي في فبراير 2019): a round that took place."""
    return (
        mention.status is None
        and mention.dated_venue
        and mention.date is not None
        and mention.relative != "next"
        and _past(mention.date, published)
    )


def _named_past(mention: _Mention, published: datetime.date | None) -> bool:
    """A round named by its month with no cue and a past date: held.

    "بعد جولة يوليو 2024": a round the story names by when it took place, with a date
    before the publication date (or its year written when there is none), took place —
    unless it is told as still to come (a future marker, قبيل، استعداداً لـ). (A round named
    by its place and then a past date is `_dated_past_venue`.)
    """
    if mention.status is not None or mention.ahead or mention.relative in ("next", "previous"):
        return False
    if mention.plural or not mention.dated or mention.date is None:
        return False
    return _past(mention.date, published)


def _begun_later(arrival: _Mention, mentions: list[_Mention]) -> bool:
    """Whether the round a delegation arrived for is told as held a little later.

    "وصل الوفد إلى الدوحة للمشاركة في جولة جديدة … المفاوضات التي انطلقت صباح الاثنين": the
    arrival planned the round, and the round began: it was held.
    """
    for other in mentions:
        if (
            other is arrival
            or other.status is not RoundStatus.HELD
            or other.arrival
            or not arrival.start < other.start <= arrival.end + 600
            or other.segment != arrival.segment
            or other.plural
            or other.relative == "previous"
            or (other.date is not None and _long_ago(other.date))
        ):
            continue
        if _may_be_the_same(arrival, other):
            return True
    return False


def _may_be_the_same(one: _Mention, other: _Mention) -> bool:
    """Whether two mentions' venues and ordinals allow them to be one round (a missing one does)."""
    if (
        one.place is not None
        and other.place is not None
        and _entity_key(one.place) != _entity_key(other.place)
    ):
        return False
    return _ordinals_agree([one], other)


#: The end of a sentence and whatever blank or punctuation follows it (one boundary).
SENTENCE_BOUNDARY = regex.compile(r"(?:[!?\n]|\.(?!\d))[\s.!?]*")


def _to_begin_later(arrival: _Mention, mentions: list[_Mention], text: str) -> bool:
    """Whether the round a delegation arrived for is told right after as still to begin.

    "وصل الوفد إلى القاهرة مساء الأحد للمشاركة في جولة جديدة …. ومن المقرر أن تنطلق المباحثات
    صباح الاثنين": the delegation is there, the round is planned — told in the arrival's
    sentence or the next one, before another delegation's trip. A round told as the next one
    (الاجتماع المقبل) is another round.
    """
    for other in mentions:
        if (
            other is arrival
            or other.status is not RoundStatus.PLANNED
            or other.arrival
            or not arrival.start < other.start
            or len(SENTENCE_BOUNDARY.findall(text, arrival.end, other.start)) > 1
            or any(m.arrival and arrival.start < m.start < other.start for m in mentions)
            or other.segment != arrival.segment
            or other.plural
            or other.relative is not None
        ):
            continue
        if _may_be_the_same(arrival, other):
            return True
    return False


def _told_in_sequence(group: _Group, mention: _Mention, text: str) -> bool:
    """Whether the later of the mention and one of the group's in their sentence opens with
    ثم: what follows it happened after, another round (التقيا في أول قمة …، ثم وقّعا في جدة
    اتفاقاً); the words right before it only, so a round the sentence goes on to name after a
    second ثم-phrase stays one (اجتمع بوفد …، ثم بفلان، في إطار المحادثات التي …)."""
    for other in group.mentions:
        if other.sentence != mention.sentence or other.start == mention.start:
            continue
        a, b = sorted((other.start, mention.start))
        if any(w in SEQUENCE_WORDS for w in regex.findall(r"\w+", text[a:b])[-3:]):
            return True
    return False


def _party_keys(mention: _Mention) -> frozenset[str]:
    """The parties a mention names, each by its key (`_entity_key`)."""
    return frozenset(_entity_key(p) for p in mention.parties)


def _tells_a_table(mention: _Mention) -> bool:
    """Whether a mention is a verb of meeting told held (اجتمع الوفدان، التقى الوفد): the verb
    names who sat at its table. Not a noun: an indefinite one told anew (بدأت جولة جديدة)
    takes its parties from the page as often as from its clause."""
    return mention.verb and not mention.plural and mention.status is RoundStatus.HELD


def _other_pair_met(group: _Group, mention: _Mention) -> bool:
    """Whether a verb of meeting told held in a sentence of its own names another pair of
    parties than a verb of meeting the group holds (التقى وفد A وفد B في X. … اجتمع وفدا B
    وC في X): each verb tells who sat at its table, and two tables at one venue, each with
    parties the other lacks, are two meetings however much they share (the city, the
    status). Only two verbs, each with two parties or more, neither's parties within the
    other's: a verb that names one side, or the same sides again, may retell the round."""
    if not _tells_a_table(mention):
        return False
    parties = _party_keys(mention)
    if len(parties) < 2:
        return False
    for other in group.mentions:
        if not _tells_a_table(other):
            continue
        if other.sentence == mention.sentence:
            continue
        theirs = _party_keys(other)
        if len(theirs) >= 2 and not parties <= theirs and not theirs <= parties:
            return True
    return False


def _there_too(group: _Group, mention: _Mention, too: frozenset[int]) -> bool:
    """Whether a mention says its round met at a venue "too" (``too``: `_at_a_venue_too`)
    and the group is a round told before at that venue (كانت هناك جولة في إسطنبول أيضاً في 16
    مايو, after the round told in Istanbul): "also" sets the round beside that one, another
    round, though no ordinal or date tells them apart."""
    return (
        id(mention) in too
        and group.place is not None
        and _same_venue(group, mention)
        and any(m.start < mention.start for m in group.mentions)
    )


def _at_a_venue_too(
    mentions: Sequence[_Mention], text: str, word_set: Callable[[str], frozenset[str]]
) -> frozenset[int]:
    """The mentions whose venue a word of "also" follows right away in their own clause
    (``round_also``: جولة في إسطنبول أيضاً، عُقدت بالدوحة أيضا). Keyed by ``id(mention)``."""
    also = word_set("round_also")
    found = set()
    for mention in mentions:
        if mention.place is None:
            continue
        venue = " ".join(normalize_text(mention.place.text).split())
        end = max(mention.end, mention.evidence[1])
        clause = LEVEL_BREAK.split(text[mention.start : end])[0]
        words = " ".join(regex.findall(r"\w+", clause))
        if any(f"{venue} {word}" in words or f"ب{venue} {word}" in words for word in also):
            found.add(id(mention))
    return frozenset(found)


def _told_as_later(
    mentions: Sequence[_Mention], text: str, word_set: Callable[[str], frozenset[str]]
) -> frozenset[int]:
    """The mentions told as a later event another round is set before: a word of
    ``round_before_event`` right before the round noun, or before a verbal noun of its start
    (``round_before_event_nouns``): "مستعدة لعقد اجتماع للخبراء في جنيف قبل الجولة السابعة"
    tells the experts' meeting and the seventh round it comes before, two rounds; the
    ordinal is the later round's. Keyed by ``id(mention)``."""
    before = word_set("round_before_event")
    starts = word_set("round_before_event_nouns")
    found = set()
    for mention in mentions:
        lead = LEVEL_BREAK.split(text[max(0, mention.start - 30) : mention.start])[-1]
        words = regex.findall(r"\w+", lead)[-2:]
        if words and words[-1] in starts:
            words = words[:-1]
        if words and words[-1] in before:
            found.add(id(mention))
    return frozenset(found)


def _set_before(
    mentions: Sequence[_Mention], text: str, word_set: Callable[[str], frozenset[str]]
) -> frozenset[int]:
    """The mentions that are the subject of a verb of coming before a round told just before
    (``round_preceding``): "على أن يسبقه اجتماع لفريق فني في الرياض" after "اتفقت الأطراف على
    عقد الاجتماع الرابع في بكين" tells a technical meeting set before the fourth one, a round
    of its own, not the fourth one nor a round at its venue told before. Keyed by
    ``id(mention)``."""
    verbs = word_set("round_preceding")
    found = set()
    for mention in mentions:
        lead = LEVEL_BREAK.split(text[max(0, mention.start - 20) : mention.start])[-1]
        words = regex.findall(r"\w+", lead)[-1:]
        if words and words[0].lstrip("وف") in verbs:
            found.add(id(mention))
    return frozenset(found)


def _set_before_round(groups: Sequence[_Group], mention: _Mention) -> _Group | None:
    """The round a meeting set before it (`_set_before`) comes before: the last one its
    sentence tells before it."""
    return next(
        (
            g
            for g in reversed(groups)
            if g.status is not None
            and any(m.sentence == mention.sentence and m.start < mention.start for m in g.mentions)
        ),
        None,
    )


def _new_in_paragraph(group: _Group, mention: _Mention, text: str) -> bool:
    """Whether an indefinite round with an ordinal (جولة رابعة) stands in a paragraph after
    every mention of a round told: it introduces a round of its own, as a weekly summary
    tells each conflict in its paragraph (…اللجنة الليبية في طرابلس.\n… تحديد موعد لجولة
    رابعة بين مقديشو وهرجيسا), and its ordinal must not join the round told before."""
    if mention.definite or mention.construct:
        return False
    if mention.headline or any(m.headline for m in group.mentions):
        return False  # a headline's round is the body's
    last = max(m.end for m in group.mentions)
    if not (last < mention.start and "\n" in text[last : mention.start]):
        return False
    if _firm(mention) is not None:
        return True  # (جولة جديدة، هي الثانية منذ …: a count since, no round of its own)
    return (
        mention.place is not None
        and group.place is None
        and not mention.verb
        and all(m.head != mention.head for m in group.mentions)
    )  # …جولة ثانية ستعقد في أبريل.\n… حددت البعثة موعداً لاجتماع اللجنة العسكرية في X


def _dated_apart(group: _Group, mention: _Mention, published: datetime.date | None) -> bool:
    """Whether an indefinite round or a verb of meeting with a date of its own long before the
    article (وكانت جولة في X صيف 2024 قد انتهت دون اتفاق، قبل أن يلتقيا مجدداً في X في آب) is
    another round than one told with no date: a round named anew and dated months back is
    not the news the article tells (which carries no date of its own, or today's); it must not
    join it for sharing its venue."""
    if mention.definite or mention.construct or mention.plural:
        return False  # (a verb of meeting or signing dated months back tells a round anew too:
        # بدأت في باريس صباح اليوم جولة جديدة … قبل أن يلتقيا مجدداً في باريس في آب)
    if mention.ordinal is not None:
        return False  # جولته الأولى في مايو 2023: its ordinal tells which round it is
    if mention.date is None or mention.date.value is None or published is None:
        return False
    if any(m.date is not None and not _this_week(m.date) for m in group.mentions):
        return False  # dated rounds are told apart by their dates (_dates_conflict); a round
        # of this week (اليوم، الأحد) is the news, and a date months back is not it either
    return (published - mention.date.value).days > PAST_APART_DAYS


def _named_as_past(mention: _Mention, published: datetime.date | None) -> bool:
    """Whether a mention with no cue is a past round by its own name (`_dated_past_venue`,
    `_named_past`).

    (في جولة هي الثانية after a round told: the venue the model's reading found is that
    round's, and the ordinal joins it, not a past round of its own.)
    """
    if mention.model_status is not None and mention.appositive and mention.ordinal is not None:
        return False
    return _dated_past_venue(mention, published) or _named_past(mention, published)


def _in_a_round(mention: _Mention, text: str) -> bool:
    """Whether an indefinite round noun follows في (استؤنفت المحادثات …، في جولة ثانية): the
    phrase says what the event of its clause was, as an article would."""
    before = text[max(0, mention.start - 12) : mention.start].split()
    return bool(before) and before[-1] in ("في", "وفي") and not mention.definite


def _sentence_ordinals(
    mentions: list[_Mention],
    text: str,
    published: datetime.date | None,
    later: frozenset[int] = frozenset(),
) -> dict[int, _Mention]:
    """The definite round noun with an ordinal that names, later in its sentence, a round told
    there with none: the event mention's ``id`` → that weak mention.

    "استأنف الوفدان المحادثات في X …، في ما وصفه دبلوماسيون بأنه الجولة الخامسة"، "انتقلت
    المفاوضات إلى X …، حيث استمرت الجولة الثانية أسبوعاً": the sentence tells one round and then
    counts it. The ordinal belongs to that round before any other mention is merged with it
    (a round told later with another ordinal is another round), and never to a round told in
    another sentence with the same venue. Not when the noun counts past rounds (بعد الجولة
    الثانية، الجولة السابقة، جولات), names another one (جولة أخرى) or another venue or date,
    nor when it is the later round the one told is set before (قبل الجولة السابعة: ``later``,
    `_told_as_later`).
    """
    bound: dict[int, _Mention] = {}
    taken: set[int] = set()
    for index, weak in enumerate(mentions):
        if (
            weak.status is not None
            or weak.ordinal is None
            or not (weak.definite or _in_a_round(weak, text))
            or weak.plural
            or weak.other
            or weak.earlier
            or id(weak) in later
            or weak.relative is not None
            or weak.arrival
            or _named_as_past(weak, published)
        ):
            continue
        before = [
            m
            for m in mentions[:index]
            if m.sentence == weak.sentence and m.segment == weak.segment and m.end <= weak.start
        ]
        if not before:
            continue
        event = before[-1]  # the round told right before it in its sentence
        if (
            event.status is None
            or event.ordinal is not None
            or event.plural
            or event.earlier
            or event.relative is not None
            or id(event) in taken
            or not _may_be_the_same(event, weak)
            or (
                weak.date is not None
                and (event.date is None or _dates_conflict(event.date, weak.date))
            )  # a date of its own the round told has not: perhaps another (or since when)
        ):
            continue
        bound[id(event)] = weak
        taken.add(id(event))
    return bound


def _another_round(group: _Group, mention: _Mention) -> bool:
    """Whether a mention's own ordinal or venue tells a round other than a group's.

    A round told in the same sentence keeps the learned model from reading one of its own
    there only when the mention could be it: not when both name different ordinals or
    venues, nor when the group counts rounds (عقدنا ست جولات) and the mention is one of them
    named by its ordinal (وكانت الجولة السادسة في X), nor when the group is the round the
    mention is told to follow (في الجولة الثالثة بعد جولة أبريل) and says which round it is
    (ويأتي الاجتماع بعد جولتين: the meeting told before, no round of its own)."""
    if _before_its_earlier(group, mention) and not _anaphoric(mention):
        return True
    place = group.place
    if (
        place is not None
        and mention.place is not None
        and _entity_key(place) != _entity_key(mention.place)
    ):
        return True
    ordinal = group.ordinal
    if ordinal is not None and mention.ordinal is not None and ordinal != mention.ordinal:
        return True
    return (
        (mention.ordinal is not None or (mention.date is not None and mention.place is not None))
        and not mention.plural
        and all(m.plural for m in group.mentions)
    )  # (جولات عدة، أبرزها اجتماع العاصمة في 7 أكتوبر: one of them, told by its date there)


def _takes(group: _Group, weak: _Mention) -> bool:
    """Whether a group's ordinal and venue allow a weak mention to join it.

    A count since an event told of its sentence's round (التقى الوزيران في X، في أول لقاء
    بينهما منذ الأزمة) says which meeting of those parties the sentence tells: a round told
    in another sentence with another place in its series (عقدت اللجنتان اجتماعهما الثالث
    عشر) is another meeting, not the one counted, however much they share (the status, a
    venue one of them lacks). In one sentence the count may be less than the place in the
    series (الجولة الرابعة، وهي الأولى منذ انهيار الهدنة: `_ordinals_agree`)."""
    place = group.place
    if place is not None and weak.place is not None and not _same_venue(group, weak):
        return False
    return not _counted_apart(group, weak) and _ordinals_agree(group.mentions, weak)


def _counted_apart(group: _Group, mention: _Mention) -> bool:
    """Whether a count since an event in apposition (أول لقاء بينهما منذ الأزمة) differs from
    the place in its series of a round told only in other sentences (اجتماعهما الثالث عشر):
    the count names the meeting of its own sentence, another one (`_takes`). (A round noun
    told anew with such a count, جولة جديدة …، وهي الثانية منذ انضمام مدنيين, may be the
    round of that series told again: `_compatible` lets it join.)"""
    firm = group.firm_ordinal
    return (
        mention.since
        and firm is not None
        and firm != mention.ordinal
        and all(m.sentence != mention.sentence for m in group.mentions)
    )


def _group(
    mentions: list[_Mention],
    text: str,
    published: datetime.date | None = None,
    levels: dict[int, str] | None = None,
    accepting: frozenset[int] = frozenset(),
    going_on: frozenset[int] = frozenset(),
    rules_reading: Mapping[int, _Mention | None] | None = None,
    counts: frozenset[int] = frozenset(),
    too: frozenset[int] = frozenset(),
    later_rounds: frozenset[int] = frozenset(),
    set_before: frozenset[int] = frozenset(),
    open_offers: frozenset[int] = frozenset(),
    sittings: tuple[frozenset[int], frozenset[int]] = (frozenset(), frozenset()),
    hosting: frozenset[int] = frozenset(),
) -> list[_Group]:
    """The rounds ``mentions`` tell, each a group of mentions.

    ``rules_reading`` maps each mention the learned model gave a status (by ``id``) to the
    rules' own reading of its trigger, or None where the rules read no mention there
    (`rules_readings`): where the rules leave that trigger out of every round, the model's
    reading does not join a round told in other sentences by its venue alone
    (`_left_by_the_rules`). ``counts`` holds the plurals that count their rounds
    (`_counting`), ``too`` the mentions told at a venue "too" (`_at_a_venue_too`),
    ``later_rounds`` the mentions told as a later event a round is set before
    (`_told_as_later`), ``set_before`` the meetings told as set before a round
    (`_set_before`), ``open_offers`` the offers open to any round or place
    (`_open_offers`), ``sittings`` the sittings of a standing body and the mentions that
    name one (`_body_sittings`), ``hosting`` the offers to host (`_hosting_offers`)."""
    levels = levels or {}
    rules_reading = rules_reading or {}
    groups: list[_Group] = []
    ordinals = _sentence_ordinals(mentions, text, published, later_rounds)
    bound = {id(m) for m in ordinals.values()}
    # A headline sums up the rounds its body tells: read it after them (`_headline_round`).
    mentions = sorted(mentions, key=lambda m: m.headline)
    for mention in mentions:
        home = _headline_round(groups, mention)
        if home is not None:
            home.mentions.append(mention)
            bound.add(id(mention))
            continue
        if mention.arrival and (
            _begun_later(mention, mentions)
            or (mention.arrived and not _to_begin_later(mention, mentions, text))
        ):  # وصل الوفد …، والمفاوضات التي انطلقت صباح الاثنين; وصل الوفد … للمشاركة في الاجتماع
            mention.status = RoundStatus.HELD
        if id(mention) not in bound and _named_as_past(mention, published):
            mention.status = RoundStatus.HELD
        if mention.status is None or id(mention) in going_on:
            continue  # (a round going on the next day: read once every round is told)
        fits = [
            g
            for g in groups
            if (_compatible(g, mention) or _accepts(g, mention, accepting))
            and not _other_level(g, mention, levels)
            and not _new_in_paragraph(g, mention, text)
            and not _dated_apart(g, mention, published)
            and not _told_in_sequence(g, mention, text)
            and not _there_too(g, mention, too)
            and not _offer_beside_possibility(g, mention, text)
            and not _open_offer_apart(g, mention, open_offers)
            and not _hosting_offer_apart(g, mention, hosting)
            and not _other_pair_met(g, mention)
            and not _body_apart(g, mention, sittings)
            and (id(mention) not in ordinals or _takes(g, ordinals[id(mention)]))
        ]
        target = next(
            (
                g
                for g in reversed(fits)
                if mention.ordinal is not None and g.ordinal == mention.ordinal
            ),
            next(
                (g for g in reversed(fits) if mention.verb and _in_its_sentence(g, mention)),
                fits[0] if fits else None,
            ),
        )  # وأفضت الجولة الأولى: the first round told, not the last one with no ordinal (and
        # of two first rounds, the one told last: أول محادثات في X … ثلاث جولات: الأولى في Y);
        # a verb of meeting, the round its own sentence tells (لتستضيف جولة ثانية، التقى خلالها)
        if (
            target is None
            and _anaphoric(mention)
            and not (
                mention.status in (RoundStatus.PROPOSED, RoundStatus.POSSIBLE)
                and _meets_someone(mention, text)
            )  # مستعد للقاء الرئيس: an offer to meet someone, not the round just told
        ):
            earlier = [g for g in groups if g.mentions[0].segment == mention.segment]
            target = earlier[-1] if earlier else None  # لتحديد موعد الاجتماع: the one just told
            if target is not None and _other_level(target, mention, levels):
                target = None  # (مستعدة لاستضافة الجولة المقبلة after لقاء بين الرئيسين)
            if (
                target is not None
                and target.status is RoundStatus.HELD
                and mention.status in (RoundStatus.PLANNED, RoundStatus.PROPOSED)
            ):  # (مستعد للقاء الرئيس: a meeting offered after talks told as held)
                target = None  # اتفقا على الاجتماع مجدداً: a round held is not planned again
            if (
                target is not None
                and target.status is RoundStatus.CANCELLED
                and mention.status is RoundStatus.PROPOSED
            ):  # أُلغي اجتماع كان مقرراً …. أما أربيل، فأعلنت استعدادها لاستئناف المفاوضات:
                target = None  # an offer after a round called off is a round still to agree on
            if target is not None and _offer_beside_possibility(target, mention, text):
                target = None  # الجولة المقبلة قد تُعقد …، و… مستعدة للقاء الشرع: two rounds
            if target is not None and _open_offer_apart(target, mention, open_offers):
                target = None  # عرضت X استضافة جولة؟ مستعدون للجلوس في أي عاصمة: two offers
        if target is None:
            target = _Group([mention])
            groups.append(target)
        else:
            target.mentions.append(mention)
        if id(mention) in ordinals:
            target.mentions.append(ordinals[id(mention)])  # …، حيث استمرت الجولة الثانية
    for group in list(groups):
        later = _cataphora(groups, group, text, hosting)
        if later is not None:
            later.mentions.extend(group.mentions)
            groups.remove(group)
    for mention in mentions:
        if id(mention) in going_on:  # تستأنف المحادثات صباح الغد: the round under way sits
            # again, told before or after it; a round planned only when none is under way
            sitting = _sitting_again(groups, mention)
            if sitting is None:
                groups.append(_Group([mention]))
            else:
                sitting.mentions.append(mention)
    held = [m for m in mentions if m.status is RoundStatus.HELD]
    for mention in mentions:
        listed = (
            mention.status is None
            and mention.sequel
            and mention.ordinal is None
            and mention.place is not None
            and any(h.sentence == mention.sentence and h.start < mention.start for h in held)
        )  # التقيا ثلاث مرات: …، ثم قمة …، وأخيراً اللقاء القصير في …: the list's own round
        if mention.status is not None or id(mention) in bound:
            continue
        if id(mention) in set_before:
            comes_before = _set_before_round(groups, mention)
            if comes_before is not None:  # على أن يسبقه اجتماع فني: a meeting of its own,
                mention.status = comes_before.status  # planned as the round it comes before
                groups.append(_Group([mention]))
                continue
        apart = id(mention) not in rules_reading or not _left_by_the_rules(
            groups, rules_reading[id(mention)], text, published, levels
        )  # (a mention the model reads and the rules leave: by its venue, only in its sentence)
        if (
            not mention.model_only
            and not listed
            and _attach(
                [g for g in groups if not _body_apart(g, mention, sittings)],
                mention,
                published,
                levels,
                venue_apart=apart,
                counts=counts,
            )
        ):
            continue
        status = None if mention.model_only else _weak_status(mention, text, published)
        if (
            status is None
            and mention.sequel
            and (mention.ordinal or mention.place)
            and any(h.sentence == mention.sentence and h.start < mention.start for h in held)
        ):  # استؤنفت … بأولى جولاتها في القاهرة، ثم جولة ثانية في أديس أبابا
            status = RoundStatus.HELD
        if (
            status is None
            and mention.model_status is not None
            and not any(
                mention.plural or not _another_round(g, mention)
                for g in groups
                if any(m.sentence == mention.sentence for m in g.mentions)
                and not _counted_from(g, mention)
            )
        ):  # the last resort: what the learned model reads where the rules read nothing
            mention.status = mention.model_status
            if not any(
                _compatible(g, mention)
                and (mention.model_only or not _dated_apart(g, mention, published))
                and not _counted_from(g, mention)
                for g in groups
            ):  # (a venue read with a date long past: another round than the news told)
                groups.append(_Group([mention]))  # a round of its own; never changes one told
            continue
        if status is not None:
            mention.status = status
            series = _counted_series(mentions, mention, counts)
            if series is not None:  # ثلاث جولات في إسطنبول … ففي الجولة الأولى منتصف مايو
                mention.place, mention.venue_country = series.place, series.venue_country
            counted = any(
                _in_its_sentence(g, mention) and _one_of_the_counted(g, mention, counts)
                for g in groups
            )
            numbered = _numbered_by_its_month(mention)
            target = next(
                (
                    g
                    for g in groups
                    if _compatible(g, mention)
                    and not _told_in_sequence(g, mention, text)
                    and not _other_level(g, mention, levels)
                    and not _body_apart(g, mention, sittings)
                    and not counted
                    and (not numbered or g.ordinal == mention.ordinal)
                ),
                None,
            )  # (one of the rounds its sentence counts is a round of its own: no other one)
            if target is None:
                groups.append(_Group([mention]))
            else:
                target.mentions.append(mention)
    return _called_off_later(groups)


def _left_by_the_rules(
    groups: list[_Group],
    rules: _Mention | None,
    text: str,
    published: datetime.date | None = None,
    levels: dict[int, str] | None = None,
) -> bool:
    """Whether the rules' own reading of a trigger the learned model gave a status (``rules``:
    `rules_readings`) joins no round and makes none of its own (`_weak_status`).

    Read with the model's status, a trigger's venue, date and ordinal are read as an
    event's, further than the rules read a weak mention's. Such a mention may then join a
    round by its venue alone only where its sentence tells that round: told apart, it is
    another round the article tells again (a held meeting told again later is not the first
    meeting at that place; «الجولة الأخيرة في جنيف» is not the round to come there), and the
    rules' round it would join must stay as the rules told it."""
    return (
        rules is not None
        and _attach_target(groups, rules, published, levels) is None
        and _weak_status(rules, text, published) is None
    )


def rules_readings(
    read: Sequence[_Mention], rules: Sequence[_Mention]
) -> dict[int, _Mention | None]:
    """For each mention of ``read`` (a document read with the learned model) whose status only
    the model gave, the mention the rules alone read at its trigger (``rules``), or None where
    they read none. Keyed by ``id``."""
    by_trigger: dict[tuple[int, int], list[_Mention]] = {}
    for mention in rules:
        if mention.status is None:
            by_trigger.setdefault((mention.start, mention.end), []).append(mention)
    found: dict[int, _Mention | None] = {}
    for mention in read:
        if mention.model_status is not None:
            twins = by_trigger.get((mention.start, mention.end))
            found[id(mention)] = twins.pop(0) if twins else None
    return found


def _one_date_one_round(mentions: list[_Mention], starts: Callable[[DateRef], int]) -> None:
    """A date two mentions read is the date of the one told nearer before it (``starts`` gives
    a date's normalised start): "وجاء اجتماع أروشا بعد اجتماع سابق عُقد في كمبالا في سبتمبر
    الماضي" dates the meeting in Kampala, not the one in Arusha, which keeps the date it has
    elsewhere (or none). A plural keeps it (جولات …، أبرزها اجتماع العاصمة في 7 أكتوبر), and so
    does a mention whose own phrase holds the nearer one, unless that one is told as another
    round (التقيا في اجتماع في X في يناير: one meeting; اجتماع X بعد اجتماع سابق: two)."""
    readers: dict[tuple[int, int], list[_Mention]] = {}
    for mention in mentions:
        if mention.date is not None:
            readers.setdefault((mention.date.span.start, mention.date.span.end), []).append(mention)
    for told in readers.values():
        date = told[0].date
        if len(told) < 2 or date is None:
            continue
        before = [m for m in told if m.start < starts(date)]
        if not before:
            continue
        nearest = max(before, key=lambda m: m.start)
        another = nearest.earlier or nearest.other or nearest.relative == "previous"
        for mention in told:
            if (
                mention.start < nearest.start
                and not mention.plural
                and (another or not mention.evidence[0] <= nearest.start < mention.evidence[1])
            ):  # (التقيا في اجتماع في X في يناير: the verb's own phrase names the meeting)
                mention.date = None


def _cataphora(
    groups: list[_Group], group: _Group, text: str, hosting: frozenset[int] = frozenset()
) -> _Group | None:
    """The round a group told only by a definite noun that refers (انتهى الاجتماع) names when
    nothing of its own tells it: the first round told after it that it could be. A live page
    tells its latest entry first (انتهى الاجتماع بعد أربع ساعات … ١٠:٠٠ وصل الوفدان إلى X
    للمشاركة في الاجتماع الثالث). Not a later offer to host a round it introduces
    (`_hosting_offer_apart`: للعودة إلى طاولة الحوار … مسقط مستعدة لاستضافة جولة مباشرة)."""
    if not all(_anaphoric(m) and not m.plural and not m.headline for m in group.mentions):
        return None
    first = group.mentions[0]
    last = max(m.end for m in group.mentions)
    later = [
        g
        for g in groups
        if g is not group
        and g.mentions[0].segment == first.segment
        and _told_at(g) > last
        and all(_compatible(g, m) for m in group.mentions)
        and not any(_offer_beside_possibility(g, m, text) for m in group.mentions)
        and not any(_hosting_offer_apart(g, m, hosting) for m in group.mentions)
    ]  # (مستعد للقاء الرئيس …، ومن المحتمل أن يلتقيا في X: an offer, then a possibility)
    return min(later, key=_told_at) if later else None


def _told_at(group: _Group) -> int:
    """Where the body first tells a group's round (its headline aside)."""
    return min((m.start for m in group.mentions if not m.headline), default=0)


def _headline_round(groups: list[_Group], mention: _Mention) -> _Group | None:
    """The round of the body a headline names.

    "… ولقاء مرتقب في بنغازي" over "اقترحت المبعوثة عقد لقاء … في بنغازي"، "جولة رابعة في
    القاهرة الأحد" over "سيصل الوفدان إلى القاهرة الأحد المقبل لعقد جولة جديدة": a headline
    tells the body's news in fewer words, often with another modality or a weekday that
    reads as past; it names that round, not one of its own. The body's round it could be
    (`_compatible`), else the one at its venue, else the one of its ordinal; of several, the
    one of its ordinal, then of its status class, then the first told.
    """
    if not mention.headline:
        return None
    body = [
        g
        for g in groups
        if g.mentions[0].segment == mention.segment and not all(m.headline for m in g.mentions)
    ]
    same: list[_Group] = []
    if mention.status is not None:
        same = [g for g in body if _compatible(g, mention)]
    if not same and mention.place is not None:
        same = [
            g
            for g in body
            if g.place is not None
            and _entity_key(g.place) == _entity_key(mention.place)
            and _ordinals_agree(g.mentions, mention)
            and not _under_way_over_another(g, mention)
        ]
    if not same and _firm(mention) is not None:
        same = [g for g in body if g.firm_ordinal == mention.ordinal]

    def rank(group: _Group) -> tuple[bool, bool]:
        status = mention.status
        return (
            _firm(mention) is None or group.firm_ordinal != mention.ordinal,
            status is None
            or group.status is None
            or STATUS_CLASS[group.status] != STATUS_CLASS[status],
        )

    return min(same, key=rank) if same else None


def _under_way_over_another(group: _Group, mention: _Mention) -> bool:
    """Whether a headline naming a round by its ordinal, as held or under way or with no
    status and nothing to come (مباشر | انطلاق الجولة الـ٦٥ من محادثات جنيف، تغطية مباشرة |
    الجولة الخامسة … في نيروبي), meets at its venue a body's round with no ordinal that
    cannot be the one under way: one told only as the next (الجولة المقبلة ستعقد في جنيف في
    مارس) or one called off (أعلنت الوساطة تأجيل جلسة … التي كانت مقررة صباح الغد). The
    page covers a round going on; the round after it or a sitting put off is another, so the
    headline does not name it (nor lend it its ordinal). A body round of that ordinal is
    still found by it; a headline told as to come (… الشهر المقبل) may name the next round."""
    untold = mention.status is None and not mention.ahead and not _to_come(mention.date)
    return (
        (mention.status is RoundStatus.HELD or untold)
        and _firm(mention) is not None
        and group.ordinal is None
        and (
            all(m.relative == "next" for m in group.mentions)
            or group.status is RoundStatus.CANCELLED
        )
    )


def _called_off_later(groups: list[_Group]) -> list[_Group]:
    """A round told as to come or under way and then as postponed is one round: cancelled.

    "وصل الوزير للمشاركة في الجولة الثالثة، التي تستضيفها تركيا اليوم … أعلن تأجيل الجولة
    الثالثة إلى موعد لاحق"، "الجولة الرابعة المقررة الأسبوع المقبل … أُرجئت الجولة الرابعة":
    the same ordinal, no other venue, in the same part of the page; the later news stands.
    """
    for cancelled in [g for g in groups if g.status is RoundStatus.CANCELLED]:
        ordinal = cancelled.ordinal
        if ordinal is None:
            continue
        for other in [
            g
            for g in groups
            if g is not cancelled
            and g.status in (RoundStatus.HELD, RoundStatus.PLANNED)
            and g.ordinal == ordinal
            and g.mentions[0].segment == cancelled.mentions[0].segment
            and (
                g.place is None
                or cancelled.place is None
                or _entity_key(g.place) == _entity_key(cancelled.place)
            )
            and not any(m.earlier or m.relative == "previous" for m in g.mentions)
            and not _dated_otherwise(g, cancelled)
        ]:
            for mention in other.mentions:
                mention.status = RoundStatus.CANCELLED
            cancelled.mentions.extend(other.mentions)
            groups.remove(other)
    return groups


def _dated_otherwise(one: _Group, other: _Group) -> bool:
    """Whether two groups are told with dates that name different days (اختُتمت الجولة
    الثانية مساء الخميس … وكانت الجولة الثانية مقررة أصلاً في ديسمبر الماضي قبل أن تُرجأ): the
    round held or to come on its date and the date it was first set for and called off are two
    records (a postponed round given a new date is its cancelled record for the old date and
    the round on the new one)."""
    return any(
        _dates_conflict(a.date, b.date)
        for a in one.mentions
        if a.date is not None
        for b in other.mentions
        if b.date is not None
    )


def _dedupe(entities: Sequence[Entity]) -> tuple[Entity, ...]:
    seen: dict[str, Entity] = {}
    for entity in entities:
        seen.setdefault(_entity_key(entity), entity)
    return tuple(seen.values())
