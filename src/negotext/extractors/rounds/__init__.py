"""The built-in rounds extractor: talks, rounds, meetings and summits between parties.

A round is found in two passes over the shared analysis.

1. **Mentions.** A cheap trigger pass finds round nouns (محادثات، جولة، اجتماع،
   لقاء، قمة …, word list ``round_nouns``) and verbs of meeting (التقى، سيلتقي،
   يلتقي …). Only there do the expensive rules run: the status cue that governs
   the trigger (``round_held``, ``round_planned``, ``round_proposed``,
   ``round_possible``, ``round_cancelled``), its ordinal, venue, date, parties
   and mediators. A mention with a status cue is an *event*; one with only an
   ordinal, a venue or a relative reference (الجولة المقبلة) is a *weak*
   mention; a bare topic mention (استمرار المحادثات، مسار المحادثات) is neither
   and yields nothing.
2. **Rounds.** Event mentions that can be the same round (same status class,
   no conflicting venue or ordinal) are merged into one record; weak mentions
   join the round they fit (same ordinal, same venue, the next round for
   المقبلة). The most informative mention is the evidence, the others are kept
   in ``mentions``.

A phone call is never a round, a host is never a mediator unless the text says
it mediates, and countable plurals (جولات جديدة) name no particular round unless
they were held (عقدوا سلسلة من الاجتماعات).

The package reads in layers, one concept a module. The reader of one document is one
object whose class each module extends by one concept, each using only the layers below it:

- ``lookups``: entities, places and venue words at a position, and the reader's state;
- ``clauses``: what parts or joins two positions (clause breaks, asides, conjunctions);
- ``dates``: the date of a round, and dates that tell when a clause is told;
- ``ordinals``: which round it is;
- ``places``: places the text names beyond the gazetteer (unknown cities, capitals, hosts);
- ``venues``: where a round is held;
- ``formats``: rounds of a negotiation format or track, and where they meet;
- ``arrivals``: delegations arriving for a round, and trips told with no round noun;
- ``parties``: the parties and mediators;
- ``tense``: what a status cue states (tense, modality, the learned model's status);
- ``status``: the cue that governs a trigger;
- ``schedules``: schedules told in the past, rounds called off;
- ``lists``: several rounds told at once (plurals, lists, sequences);
- ``signings``: rounds told by signing an agreement at a place;
- ``filters``: triggers that name no round;
- ``triggers``: the trigger pass;
- ``reader``: the reader itself, every mention read whole.

``mention`` holds what one mention is, ``words`` the word sets and windows several layers
share, ``text`` the tests on the normalised text they share; ``round_grouping`` (beside the
package) groups the mentions into rounds. This module is the plugin: ``find_rounds`` runs
the reader, groups its mentions and makes one record per round.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from typing import TYPE_CHECKING

import regex

from negotext.extractors._common import QUESTION_BULLETS, norm_range
from negotext.extractors.round_grouping import (
    _accepting,
    _at_a_venue_too,
    _body_sittings,
    _counting,
    _dedupe,
    _entity_key,
    _going_on,
    _Group,
    _group,
    _hosting_offers,
    _meeting_levels,
    _one_date_one_round,
    _open_offers,
    _set_before,
    _told_as_later,
    rules_readings,
)
from negotext.extractors.rounds.mention import _Mention
from negotext.extractors.rounds.reader import _Reader
from negotext.extractors.rounds.rescheduled import rescheduled
from negotext.extractors.rounds.signings import SIGNING_HEAD
from negotext.hookspecs import hookimpl
from negotext.records import Entity, EntityKind, Round, RoundStatus

if TYPE_CHECKING:
    from negotext.analysis import Analysis
    from negotext.records import DateRef, Record

__all__ = ["negotext_extract_records"]

#: What opens an interviewer's question on its line: a bullet («■ ما الذي تحقق؟») or the
#: label س (سؤال) with a colon, a dash or a slash («س: هل …؟»).
QUESTION_LINE = regex.compile(rf"[{regex.escape(QUESTION_BULLETS)}]|س\s*[:\-–—/]")
#: What ends a sentence on a line: a full stop or an exclamation mark before a space (not
#: a decimal point), or a question mark (the normalised text writes ؟ as ?).
SENTENCE_END = regex.compile(r"[.!](?=\s)|\?")


def _record(analysis: Analysis, group: _Group) -> Round:
    # The round's status is the one its first statement gives (the lead of the story);
    # the evidence is the clearest mention that states that status.
    first = group.status
    candidates = [m for m in group.mentions if m.status == first] or group.mentions
    text = analysis.norm.text
    if all(_asks(text, m) for m in candidates):
        # a round asked about (كيف تصف أجواء اجتماع الناقورة الأخير؟) and told elsewhere only
        # by a mention with no status cue of its own: the telling, not the question
        candidates = [m for m in group.mentions if not _asks(text, m)] or candidates
    if any(_asked_back(analysis, m) for m in candidates):
        # (ما الذي تغيّر في جولة مسقط الأخيرة؟ جلس X وY …، وكان هذا أول لقاء): the answer tells it
        told_elsewhere = [m for m in group.mentions if not _asked_back(analysis, m)]
        candidates = [m for m in candidates if m in told_elsewhere] or told_elsewhere or candidates
    told = {id(m): _told_in_full(m, group) for m in candidates}
    naming = {id(m) for m in candidates if _names_its_venue(analysis, m)}
    best = max(candidates, key=lambda m: (_sentence_score(m, candidates, naming, told), -m.start))
    others = [m for m in group.mentions if m is not best]
    status = best.status or group.status or RoundStatus.HELD
    place = best.place or group.place
    building = best.building if best.place is not None else None
    if place is not None and _water(analysis, place):
        place = building = None  # على متن سفينة في البحر الأحمر: located, but at no venue
    if place is not None and building is None:
        building = next((m.building for m in group.mentions if m.place == place), None)
    ordinal = best.ordinal if best.ordinal is not None and not best.since else group.ordinal
    relative = best.relative or next((m.relative for m in group.mentions if m.relative), None)
    date = best.date or next((m.date for m in group.mentions if m.date), None)
    mediators = _dedupe([e for m in [best, *others] for e in m.mediators])
    mediator_keys = {_entity_key(e) for e in mediators}
    # The evidence names the parties when it names two; else every mention contributes.
    sources = [best] if len(best.parties) >= 2 else [best, *others]
    parties = _dedupe(
        [e for m in sources for e in m.parties if _entity_key(e) not in mediator_keys]
    )
    if place is not None:
        parties = tuple(
            p for p in parties if _entity_key(p) != _entity_key(place) or p.kind != EntityKind.PLACE
        )
    evidence = analysis.span(*told[id(best)][1])
    mentions = tuple(sorted({analysis.span(*m.evidence) for m in others} - {evidence}))
    strong = sum(m.status is not None and m.model_status is None for m in group.mentions)
    confidence = (
        0.55 + 0.1 * min(strong, 2) + 0.1 * (place is not None) + 0.1 * (ordinal is not None)
    )  # a round only the learned model reads (no rule's cue) stays at 0.75 or below
    return Round(
        evidence=evidence,
        extractor=__name__,
        confidence=round(min(confidence, 0.95), 2),
        segment=best.segment,
        status=status,
        ordinal=ordinal,
        relative=relative,
        place=place,
        building=building,
        date=date,
        # attrs' mypy plugin types a ``converter=tuple`` field as ``Iterable[_T_co]``.
        parties=parties,
        mediators=mediators,
        mentions=mentions,
    )


def _water(analysis: Analysis, place: Entity) -> bool:
    """Whether a place is a body of water (the gazetteer's ``place_type`` "water": a sea, a
    strait, a gulf, a river). Talks sit in a city or a building; a sea named with a round
    locates the ship it met on (اجتماع على متن سفينة أممية في البحر الأحمر) or is what it is
    about (لبحث الملاحة في مضيق هرمز), and the blind coders name no venue for it. The round
    stays a particular meeting, told at a place; its record has no place."""
    entry = analysis.resources.gazetteer.entry_of(place)
    return entry is not None and entry.place_type == "water"


def _names_its_venue(analysis: Analysis, mention: _Mention) -> bool:
    """Whether the mention's own words name its venue (not one taken from the words near it)."""
    if mention.place is None:
        return False
    own = analysis.span(*mention.evidence)
    return own.start <= mention.place.span.start < own.end


def _sentence_score(
    mention: _Mention,
    candidates: list[_Mention],
    naming: set[int],
    told: dict[int, tuple[int, tuple[int, int]]],
) -> int:
    """How much the mention's sentence states of its round: its own score, or, when its words
    name the venue (its id in ``naming``), the score of a mention after it in its sentence whose words name none.

    A sentence may name its round twice, a clause that tells where it met and a noun that
    restates it (التقى الوزيران في X في مايو، وهو اللقاء الذي انتهى بعد ساعات; استؤنفت
    المحادثات في X …، وأفضت جولتها الأولى إلى …): that is one telling, and the restatement,
    which takes the venue from the clause and may take the date, the parties or an ordinal
    nearest to it, does not displace the words that introduce the round. A signing is no
    such clause: what was signed is not the round, and the round's own noun is its evidence."""
    score = told[id(mention)][0]
    if mention.headline or id(mention) not in naming or mention.head == SIGNING_HEAD:
        return score  # (وقّع الطرفان في X …، في ختام جولة مفاوضات: the round's noun tells it)
    later = [
        told[id(m)][0]
        for m in candidates
        if m.sentence == mention.sentence
        and m.start > mention.start
        and not m.headline
        and id(m) not in naming
    ]
    return max([score, *later])


def _told_in_full(mention: _Mention, group: _Group) -> tuple[int, tuple[int, int]]:
    """How much a mention's sentence states of its round, and the evidence that states it.

    A sentence may tell the status with one noun or verb and the ordinal or venue with
    another in apposition (التقى الوفدان …، في أول اجتماع بينهما; عقد الطرفان … محادثات في X):
    the weak mentions of the round in the mention's sentence (no status of their own) add
    what the mention does not say, and its evidence runs over them."""
    score = mention.score
    start, end = mention.evidence
    if mention.status is None or mention.headline:
        return score, (start, end)
    for weak in group.mentions:
        if weak.status is not None or weak.sentence != mention.sentence or weak is mention:
            continue
        adds = 2 * (weak.place is not None and mention.place is None) + 2 * (
            weak.ordinal is not None and mention.ordinal is None
        )
        if adds:
            score += adds
            start, end = min(start, weak.evidence[0]), max(end, weak.evidence[1])
    return score, (start, end)


def _on_a_question_line(text: str, mention: _Mention) -> bool:
    """Whether the mention stands on an interviewer's question line: a line opened by a bullet
    or the label س and closed by a question mark («■ كيف تصف أجواء الاجتماع الأخير؟»، «س: متى
    يعقد الاجتماع المقبل؟»). A title that asks («بعد قمة X: هل يقترب السلام؟») is no
    interviewer's question."""
    line_start = text.rfind("\n", 0, mention.start) + 1
    line_end = text.find("\n", mention.end)
    line = text[line_start : len(text) if line_end < 0 else line_end].strip()
    return bool(QUESTION_LINE.match(line)) and line.rstrip(" \"'»”").endswith("?")


def _asks(text: str, mention: _Mention) -> bool:
    """Whether the mention stands in an interviewer's question: on a question line
    (`_on_a_question_line`), in the sentence its question mark closes. The question takes
    its round as told, but the story around it is what tells it, so a mention there is the
    evidence of its round only when the round has no mention outside a question.

    The interviewer may first state what the question is about («■ تنعقد الجولة الخامسة في
    X الشهر المقبل. ماذا تنتظرون منها؟»، «س: عُقد اجتماعكم الأخير في Y. ماذا تحقق؟»): that
    sentence tells its round as any sentence of the story does, and is no question."""
    if not _on_a_question_line(text, mention):
        return False
    line_end = text.find("\n", mention.end)
    end = SENTENCE_END.search(text, mention.end, len(text) if line_end < 0 else line_end)
    return end is None or end.group() == "?"


def _asked_back(analysis: Analysis, mention: _Mention) -> bool:
    """Whether the mention is a round called by its venue's name and "the last" in an
    interviewer's question (كيف تقيّمون جولة بروكسل الأخيرة؟، ما الذي تغيّر في جولة مسقط
    الأخيرة؟، كيف تقرأ نتائج اجتماع الناقورة الأخير في 7 كانون الثاني؟): the venue stands
    right after the round's noun as its name, the word of ``round_asked_last`` right after
    the venue, and the mention in the first sentence of its line, which a question mark
    closes at the line's end (however the line opens: a bullet, a dash, nothing).

    A round named so is one the reader already knows: the question points back at the
    round the introduction or the answer tells (بعد أيام من جولة … عُقدت في بروكسل، غداة
    الاجتماع الثالث …، جلس X وY …، وكان هذا أول لقاء), tells nothing of its own, and is
    neither that round's evidence nor, when the reader misses the telling, a round of its
    own. A question that describes the round instead (كيف تقيّمين الجولة الأخيرة في جنيف؟،
    اللقاء الأخير … في بروكسل) may be all the story says of it, and stays."""
    if not _names_its_venue(analysis, mention) or mention.place is None:
        return False
    text = analysis.norm.text
    venue_start, venue_end = norm_range(analysis, mention.place.span)
    if len(text[mention.start : venue_start].split()) != 1:
        return False  # (الجولة الأخيرة في جنيف: described, not named by its venue)
    after = text[venue_end : mention.evidence[1] + 1].split()
    if not after or after[0].strip("?\"'»”") not in analysis.word_set("round_asked_last"):
        return False
    line_start = text.rfind("\n", 0, mention.start) + 1
    line_end = text.find("\n", mention.end)
    line_end = len(text) if line_end < 0 else line_end
    if SENTENCE_END.search(text, line_start, mention.start):
        return False  # (■ عُقد اجتماعكم الأخير في Y. ماذا تحقق؟: the first sentence tells it)
    end = SENTENCE_END.search(text, mention.end, line_end)
    return end is not None and end.group() == "?" and not text[end.end() : line_end].strip(" \"'»”")


def _only_asked_unnamed(text: str, group: _Group) -> bool:
    """Whether a round is only asked about, in interviewers' questions, by words that name
    neither its venue nor its ordinal («■ متى اجتمعت اللجنة آخر مرة؟»، «س: أين وصلت
    المحادثات اليوم؟»، «■ ما الذي خرجتم به من لقاء الرئيس الأسبوع الماضي؟»). The question
    takes up a round the answer tells, or the process as a whole; on its own it names no
    particular round, and the answer's round is the record. A question that names the venue
    or the ordinal (كيف تقيّم اجتماع جنيف الأخير؟، ماذا تحقق في الجولة الثالثة؟) still tells
    its round when nothing else does. The whole question line counts: what the interviewer
    reports before asking («■ هناك حديث عن جولة جديدة. هل ستشاركون؟») is hearsay the question
    puts to the answer, and names no round the story tells."""
    return (
        group.place is None
        and group.ordinal is None
        and all(_on_a_question_line(text, m) for m in group.mentions)
    )


def _rounds_in_general(group: _Group, counts: frozenset[int], places: list[int]) -> bool:
    """Whether a round is only a countable plural told as held that names nothing of its
    rounds: no number counts them, and no venue, date or ordinal tells which («على غرار ما
    جرى في الجولات السابقة»، «جرت لقاءات قصيرة وجهاً لوجه»، «لقاءات منفصلة يعقدها رئيس
    البعثة مع كل طرف»، «الاجتماعات الإنسانية التي تُعقد على هامش المحادثات»). Such a plural
    tells how talks go in general, not particular meetings; «عقدوا ثلاث جولات»، «جولات عدة في
    أنقرة وإسطنبول بين عامي 2013 و2015»، «لقاءات في المنامة» name rounds and stay. ``counts``
    holds the ids of the plural mentions a number counts (`round_grouping._counting`);
    ``places``, where the places the document names start: a plural whose own words name
    places (جولات في أنقرة وإسطنبول، لقاءات في باريس ولندن) tells where they sat, and stays."""
    return (
        group.place is None
        and group.ordinal is None
        and all(
            m.plural
            and m.status is RoundStatus.HELD
            and id(m) not in counts
            and m.date is None
            and not any(m.evidence[0] <= p < m.evidence[1] for p in places)
            for m in group.mentions
        )
    )


def _date_start(analysis: Analysis, date: DateRef) -> int:
    return norm_range(analysis, date.span)[0]


def find_rounds(analysis: Analysis) -> list[Round]:
    """Every round the document states, one record per round."""
    mentions = list(_Reader(analysis).mentions())
    starts = functools.partial(_date_start, analysis)
    _one_date_one_round(mentions, starts)
    rules_reading: dict[int, _Mention | None] = {}
    if any(m.model_status is not None for m in mentions):
        # where the learned model gave a trigger a status, the rules' own reading of it: the
        # document read again with no boost (`round_grouping._left_by_the_rules`)
        rules_mentions = list(_Reader(analysis, boost=False).mentions())
        _one_date_one_round(rules_mentions, starts)
        rules_reading = rules_readings(mentions, rules_mentions)
    text = analysis.norm.text
    levels = _meeting_levels(mentions, text, analysis.word_set)
    accepting = _accepting(mentions, text, analysis.word_set)
    published = analysis.document.published
    going_on = _going_on(mentions, text, analysis.word_set, published)
    numbers = [norm_range(analysis, n.span) for n in analysis.numbers]
    counts = _counting(mentions, text, numbers)
    too = _at_a_venue_too(mentions, text, analysis.word_set)
    later_rounds = _told_as_later(mentions, text, analysis.word_set)
    set_before = _set_before(mentions, text, analysis.word_set)
    open_offers = _open_offers(mentions, text, analysis.word_set)
    sittings = _body_sittings(mentions, text, analysis.word_set)
    hosting = _hosting_offers(mentions, text, analysis.word_set)
    groups = _group(
        mentions,
        text,
        published,
        levels,
        accepting,
        going_on,
        rules_reading,
        counts,
        too,
        later_rounds,
        set_before,
        open_offers,
        sittings,
        hosting,
    )
    groups = [g for g in groups if not _only_asked_unnamed(text, g)]
    groups = [g for g in groups if not all(_asked_back(analysis, m) for m in g.mentions)]
    places = [
        norm_range(analysis, e.span)[0] for e in analysis.entities if e.kind == EntityKind.PLACE
    ]
    groups = [g for g in groups if not _rounds_in_general(g, counts, places)]
    return rescheduled(analysis, [_record(analysis, g) for g in groups])


@hookimpl
def negotext_extract_records(analysis: Analysis) -> Iterator[Record]:
    yield from find_rounds(analysis)
