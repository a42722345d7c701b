"""A postponed round given a new date: the round called off, and the round planned at it.

"أرجئت الجولة الخامسة إلى 20 مارس" tells two things a reader codes apart
(tools/blind/CONVENTIONS.md rule 9): the fifth round as it was scheduled, now
cancelled, and the fifth round at its new date, planned. The extractor reads the first;
this step adds the second, with the round's ordinal, place, parties and mediators, the
new date and, as evidence, the words from the postponing to the new date. The new date may
be told by any mention of the round called off, not only its evidence (أُعلن تأجيل الجولة
… وقال المتحدث إن الجولة أُرجئت إلى 3 أبريل). A round put off with no date (إلى أجل غير
مسمى) stays one cancelled record, as does one whose إلى or حتى stands in a denied clause
(أُرجئ مرة بعد أخرى ولم يُعقد حتى اليوم: how long it has not met). A round read as planned at
the date a word of postponing takes it to (نُقلت الجولة إلى الأسبوع المقبل) is the round put
off as well: it becomes the cancelled record, without that date, beside the planned one.
A sitting of a round, no round while it sits (الجلسة المسائية), put off is one: cancelled,
and planned at its new date like any round put off. A clause after a round called off may tell
what became of it instead of a new date after إلى (``_fates``): "قبل أن تُعقد في أكتوبر" (it
met after all: held), "على أن يُعقد بدلاً منه في 30 يونيو" (set for a new date: planned).
A round told in the past perfect as put off (وكان الاجتماع قد أُرجئ) sat where the round told
just before it did (``_venue_before_put_off``).
A venue such a clause names (على أن يُعقد صباح الغد بعمّان، وستُعقد في أبوظبي أيضاً) is the
planned round's, and the round called off with no venue of its own takes it too: put off, not
moved (``_venue_in_clause``).
"""

from __future__ import annotations

import itertools

import attrs
import regex

from negotext.analysis import Analysis
from negotext.ar.dates import DateMention
from negotext.ar.normalize import normalize_text
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
)
from negotext.extractors.rounds.text import _negated, _previous_words
from negotext.extractors.rounds.words import DEMONSTRATIVES
from negotext.records import DateRef, Entity, EntityKind, Round, RoundStatus

#: The extractor a round this step adds names (the rounds plugin, as every round's).
EXTRACTOR = "negotext.extractors.rounds"

#: How many words (lexicon round_before_new_date) may stand between إلى and the new date.
_BEFORE_DATE_WORDS = 3

#: What may follow a round's noun named by reference (وكانت هذه الجولة مقررة، أن يُعقد
#: الاجتماع في أكتوبر، لكنه أُرجئ): a word of schedule, في, or a contrast; not words of its own.
REFERENCE_FOLLOWERS = frozenset({"في", "قد", "لكنه", "لكنها", "غير", "قبل", ","})
#: A round's noun followed by the past perfect of a verb of postponing (الاجتماع قد أُرجئ،
#: لقاء كان قد تأجل، الجولة كانت قد أُرجئت): the verb, normalised, is group 1.
HAD_BEEN_PUT_OFF = regex.compile(r"\s+(?:[وف]?كان(?:ت)?\s+)?قد\s+(\S+)")
#: The past copula of a schedule (كان، وكانت).
PAST_COPULA = regex.compile(r"(?:^|\s)[وف]?كان(?:ت)?\s")

#: A relative clause set off by commas, with no sentence end in it (، التي كانت مقررة في X
#: يوم 9 يونيو،): an aside on the round, not a clause of its own.
RELATIVE_ASIDE = regex.compile(r",\s*(?:التي|الذي|اللتين|اللذين|الذين)\s[^,.!?\n;:]{1,90},\s*")


def rescheduled(analysis: Analysis, rounds: list[Round]) -> list[Round]:
    """``rounds`` with, after each cancelled one told as put off to a new date, the round
    planned at that date; the cancelled round loses the new date if it had taken it. A
    cancelled round that is the story's round at the date first set for it takes that
    round's ordinal (``_first_date``). A sitting of a round put off (أُرجئت الجلسة المسائية)
    is a cancelled round of its own (``_put_off_sittings``)."""
    rounds = [_first_date(analysis, rounds, record) for record in rounds]
    rounds = [_venue_before_put_off(analysis, rounds, record) for record in rounds]
    rounds = _put_off_sittings(analysis, rounds)
    rounds = _fates(analysis, rounds)
    rounds = _set_again(analysis, rounds)
    cues = find_cues(analysis, {"round_postponing": "postponing"})
    if not cues:
        return rounds
    # the dates with a value, by their normalised range: read once, asked of every round
    dates = [(*norm_range(analysis, d.span), d) for d in analysis.dates if d.value is not None]
    # where places start (a trip's destination after إلى): read once too
    places = frozenset(
        p_start
        for p_start, _, _ in located_entities(analysis, (EntityKind.PLACE, EntityKind.COUNTRY))
    )
    found: list[Round] = []
    added: list[int] = []  # where the rounds planned at a new date stand in ``found``
    for record in rounds:
        found.append(record)
        cancelled = record.status is RoundStatus.CANCELLED
        # a round called off may be told put off to its new date by a later mention of it
        # (أُعلن تأجيل جولة الحوار التي كانت مقررة في X … وقال المتحدث إن الجولة أُرجئت إلى 3
        # أبريل): its evidence first, then its other mentions in the order of the text
        told = [
            record.evidence,
            *(sorted(record.mentions, key=lambda s: s.start) if cancelled else []),
        ]
        new = next(
            (
                found_date
                for span in told
                if (
                    found_date := _new_date(
                        analysis, cues, dates, places, *norm_range(analysis, span), later=cancelled
                    )
                )
                is not None
            ),
            None,
        )
        if new is None:
            continue
        cue, date = new
        if record.status is not RoundStatus.CANCELLED:
            if record.date is None or record.date.span != date.span:
                continue
            # نُقلت الجولة الرابعة إلى الأسبوع المقبل: read as planned at the new date, it is
            # the round put off too
            record = found[-1] = attrs.evolve(record, status=RoundStatus.CANCELLED)
        if record.date is not None and record.date.span == date.span:
            found[-1] = attrs.evolve(record, date=None)  # the old date is not told
        date_end = norm_range(analysis, date.span)[1]
        found.append(
            attrs.evolve(
                found[-1],
                status=RoundStatus.PLANNED,
                date=DateRef(date.text, date.span, date.value),
                evidence=analysis.span(cue.start, date_end),
                mentions=(),
            )
        )
        added.append(len(found) - 1)
    return _told_again(analysis, found, added)


def _put_off_sittings(analysis: Analysis, rounds: list[Round]) -> list[Round]:
    """``rounds`` with a cancelled round for each sitting of a round put off or called off.

    "أُعلن تأجيل الجلسة المسائية إلى صباح الغد"، "أُرجئت جلسة ختامية كانت مقررة اليوم بين
    الوفدين": a session named as a part of a round's programme (an adjective of
    ``round_session_parts``: المسائية، الختامية) is no round while it sits, but called off
    it is coded as one (CONVENTIONS rule 9: a postponed round is cancelled), and planned at
    the new date its إلى gives (``rescheduled``). The word of postponing or calling off
    governs the session right before it, not negated; a story that tells no round has no
    sitting of one. Named with the article, the session is a sitting of the round the story
    tells, and its venue is that round's, the last held or planned round with a venue told
    before it; an indefinite session (جلسة مسائية) is a sitting of its own whose venue is
    not told."""
    if not rounds:
        return rounds
    text = analysis.norm.text
    cues = find_cues(analysis, {"round_postponing": "postponing", "round_cancelled": "cancelled"})
    sessions = find_cues(analysis, {"round_session_nouns": "noun"}, suffixes=True)
    parts = analysis.word_set("round_session_parts")
    told = [
        (record, [norm_range(analysis, s) for s in (record.evidence, *record.mentions)])
        for record in rounds
    ]
    added: list[Round] = []
    for session in sessions:
        cue = next(
            (c for c in cues if c.end <= session.start and not text[c.end : session.start].strip()),
            None,
        )
        following = analysis.words_in(session.end, min(len(text), session.end + 30))[:1]
        if (
            cue is None
            or not following
            or text[following[0][0] : following[0][1]] not in parts
            or _negated(text, cue.start)
            or any(
                w.removeprefix("و") in NEGATIONS for w in _previous_words(analysis, cue.start, 2)
            )
        ):
            continue
        end = following[0][1]
        if any(a < end and cue.start < b for _, spans in told for a, b in spans):
            continue  # a round read already: its sitting told, or the round itself
        evidence = analysis.span(cue.start, end)
        segment = segment_label(analysis, evidence)
        if segment is None:
            continue
        place = None
        if text[session.start : session.end].lstrip("وفبل").startswith("ال"):
            place = next(
                (
                    r.place
                    for r, _ in reversed(told)
                    if r.evidence.start < evidence.start
                    and r.place is not None
                    and r.status in (RoundStatus.HELD, RoundStatus.PLANNED)
                ),
                None,
            )
        added.append(
            Round(
                evidence=evidence,
                extractor=EXTRACTOR,
                confidence=0.75,
                segment=segment,
                status=RoundStatus.CANCELLED,
                place=place,
            )
        )
    found = list(rounds)
    for record in added:  # in the order of the text, the others left in theirs
        at = next(
            (i for i, r in enumerate(found) if r.evidence.start > record.evidence.start), len(found)
        )
        found.insert(at, record)
    return found


#: The word that opens a clause of fate with قبل or على (قبل أن، على أن), normalised.
THAT = normalize_text("أن")
#: The opener of a clause of fate that tells the round met after all (قبل أن تُعقد).
BEFORE = normalize_text("قبل")
#: The noun of an appointed date (موعد، موعداً، موعدها), which a date set for a round names.
DATE_NOUN = normalize_text("موعد")
#: The word that joins two places of which the venue is one, not yet settled (أو).
OR = normalize_text("أو")


def _fates(analysis: Analysis, rounds: list[Round]) -> list[Round]:
    """``rounds`` with, after each round called off, the round a clause after it says it
    became: "فقد أُرجئت الجولة الرابعة …، قبل أن تنعقد في مسقط يوم 11 من الشهر نفسه" (it met
    after all: held), "أُرجئ اجتماع كان مرتقباً في X …، على أن يُعقد بدلاً منه في 30 يونيو"
    (set for another date: planned; tools/blind/CONVENTIONS.md rule 9).

    The clause opens with قبل أن or على أن (``round_fate_openers``) and a verb of holding
    whose subject is the round (``round_fate_verbs``), in the sentence of the round called
    off, after its evidence, with no other round told between; it runs to the next break. The
    round it tells is the round called off, with its ordinal, parties and mediators, the
    clause's date and, as evidence, the clause. A round set for a new date (على أن) needs that
    date (rule 9: planned "when the text gives" it) and keeps its venue unless the clause names
    another; a round that met after all (قبل أن) takes only the venue the clause names, since
    a round put off may meet elsewhere. A round read there already (تلتئم أواخر الشهر) is that
    round: it takes the ordinal it lacks, and no record is added."""
    if not any(r.status is RoundStatus.CANCELLED for r in rounds):
        return rounds
    text = analysis.norm.text
    verbs = analysis.word_set("round_fate_verbs")
    openers = analysis.word_set("round_fate_openers")
    dates = [(*norm_range(analysis, d.span), d) for d in analysis.dates]
    places = located_entities(analysis, (EntityKind.PLACE, EntityKind.COUNTRY))
    spans = [norm_range(analysis, r.evidence) for r in rounds]
    found = list(rounds)
    fates: dict[int, Round] = {}  # the round each round called off became, by its index
    for index, record in enumerate(rounds):
        if record.status is not RoundStatus.CANCELLED:
            continue
        start, end = spans[index]
        _, sent_end = sentence_range(analysis, start)
        words = analysis.words_in(end, sent_end)
        for (a, b), (c, d), (e, f) in zip(words, words[1:], words[2:], strict=False):
            if (
                text[a:b].lstrip("و") not in openers
                or text[c:d] != THAT
                or text[e:f].lstrip("و") not in verbs
            ):
                continue
            if any(end <= s < a for s, _ in spans):
                break  # another round told between: the clause is that round's
            clause_end = next(
                (x for x, _ in analysis.words_in(f, sent_end) if has_break(text, f, x)), sent_end
            )  # (the word after the break: the clause ends before it)
            held = text[a:b].lstrip("و") == BEFORE
            date = next((dt for x, _, dt in dates if f <= x < clause_end), None)
            place = next((entity for x, _, entity in places if f <= x < clause_end), None)
            if date is None and (not held or place is None):
                break  # no new date told (rule 9), nor where or when it met
            status = RoundStatus.HELD if held else RoundStatus.PLANNED
            venue = _venue_in_clause(analysis, places, f, clause_end)
            if not held and record.place is None and venue is not None:
                # على أن يُعقد صباح الغد في مقر المفاوضات بعمّان: put off, not moved; the
                # round called off was to meet there too
                found[index] = attrs.evolve(record, place=venue)
            told = next(
                (i for i, (x, y) in enumerate(spans) if i != index and x < clause_end and a < y),
                None,
            )
            if told is not None:
                other = found[told]
                if other.status is status and other.ordinal is None:
                    found[told] = attrs.evolve(other, ordinal=record.ordinal)
                break
            if place is None and not held:
                place = record.place  # على أن يُعقد بدلاً منه في 30 يونيو: where it was to be
            # (to the clause's last word, without the break after it)
            evidence_end = (analysis.words_in(f, clause_end) or [(e, f)])[-1][1]
            fates[index] = attrs.evolve(
                record,
                status=status,
                place=place,
                date=DateRef(date.text, date.span, date.value) if date is not None else None,
                evidence=analysis.span(a, evidence_end),
                mentions=(),
            )
            break
    return [r for index, record in enumerate(found) for r in (record, fates.get(index)) if r]


def _noun_stem(word: str) -> str:
    """``word`` without و and the article (واللقاء → لقاء), a round noun as its lexicon lists
    it; not ``bare``, which takes the ل of لقاء for a preposition."""
    return word.removeprefix("و").removeprefix("ال")


def _set_again(analysis: Analysis, rounds: list[Round]) -> list[Round]:
    """``rounds`` with, after each round called off, the round planned at the new date a
    future verb of holding the round (``round_fate_future_verbs``) then sets it for.

    "أما اجتماع إرغنيتي الذي كان مقرراً في التاسع من يونيو فقد تأجل …، وسيُعقد في ١٤ يوليو
    المقبل"، "الاجتماع الثاني عشر …، الذي كان مقرراً في ديسمبر وأُرجئ …، سيُعقد في ٢٩ يناير":
    in the sentence of the round called off, after its evidence; "أُرجئ لقاء كان مقرراً الخميس في
    مابوتو … . وقال المتحدث إن اللقاء سيعقد «الأسبوع المقبل»": in the next sentence, with the
    round's own noun (a round noun of its evidence, with the article) as the verb's subject
    right before it. A round put off and given a new date is a cancelled record and a planned
    one at that date (tools/blind/CONVENTIONS.md rule 9), so the clause needs a date and no
    other round told between; the planned round keeps the round's ordinal, venue, parties and
    mediators, and takes the clause's date and, as evidence, the clause. A round read there already is that
    round: planned with no venue, it takes the venue (and the ordinal it lacks) of the round
    put off, and no record is added. A verb of setting a date (``round_new_date_setting``) in
    the round's sentence does the same when its clause names the date or the round's holding
    ("أُرجئ اللقاء …، وحُدد له موعد جديد في ٩ أبريل"، "وحددت الثاني من فبراير موعداً جديداً له"،
    "لكنها تأجلت …، وقد تقرر عقدها منتصف مايو": ``_sets_its_date``). A venue the clause names (وستُعقد في أبوظبي أيضاً) is the
    planned round's, and the venue of the round put off if it has none, even with no date
    (``_venue_in_clause``)."""
    if not any(r.status is RoundStatus.CANCELLED for r in rounds):
        return rounds
    text = analysis.norm.text
    verbs = analysis.word_set("round_fate_future_verbs")
    setting = analysis.word_set("round_new_date_setting")
    nouns = analysis.word_set("round_nouns")
    dates = [(*norm_range(analysis, d.span), d) for d in analysis.dates]
    places = located_entities(analysis, (EntityKind.PLACE, EntityKind.COUNTRY))
    spans = [norm_range(analysis, r.evidence) for r in rounds]
    found = list(rounds)
    added: dict[int, Round] = {}
    for index, record in enumerate(rounds):
        if record.status is not RoundStatus.CANCELLED:
            continue
        start, end = spans[index]
        _, sent_end = sentence_range(analysis, start)
        own_nouns = {_noun_stem(text[x:y]) for x, y in analysis.words_in(start, end)} & nouns
        following = analysis.words_in(sent_end, min(len(text), sent_end + 400))
        next_end = sentence_range(analysis, following[0][0])[1] if following else sent_end
        words = analysis.words_in(end, next_end)
        for position, (a, b) in enumerate(words):
            verb = text[a:b].removeprefix("و")
            sets_date = verb in setting
            if verb not in verbs and not sets_date:
                continue
            if sets_date and a >= sent_end:
                continue  # a date set in the next sentence may be anything's
            opener = a
            if a >= sent_end:  # the next sentence: the round's own noun, its subject
                subject = text[slice(*words[position - 1])] if position else ""
                if not (subject.startswith("ال") and _noun_stem(subject) in own_nouns):
                    break
                opener = words[position - 1][0]
            if any(end <= s < opener for i, (s, _) in enumerate(spans) if i != index):
                break  # another round told between: the verb is that round's
            limit = sent_end if a < sent_end else next_end
            clause_end = next(
                (x for x, _ in analysis.words_in(b, limit) if has_break(text, b, x)), limit
            )
            if sets_date and not _sets_its_date(analysis, b, clause_end):
                continue  # وتقرر أن …: something else decided
            date = next((dt for x, _, dt in dates if b <= x < clause_end), None)
            if _negated(text, a):
                break
            venue = _venue_in_clause(analysis, places, b, clause_end)
            if venue is not None and record.place is None:
                # وستُعقد في أبوظبي أيضاً: put off, not moved; it was to meet there too
                record = found[index] = attrs.evolve(record, place=venue)
            if date is None:
                break  # no new date told (rule 9)
            told = next(
                (
                    i
                    for i, (x, y) in enumerate(spans)
                    if i != index and x < clause_end and opener < y
                ),
                None,
            )
            if told is not None:  # a round read there already: the round put off, set again
                other = found[told]
                if other.status is RoundStatus.PLANNED and other.place is None:
                    found[told] = attrs.evolve(
                        other, place=record.place, ordinal=other.ordinal or record.ordinal
                    )
                break
            evidence_end = (analysis.words_in(b, clause_end) or [(a, b)])[-1][1]
            added[index] = attrs.evolve(
                record,
                status=RoundStatus.PLANNED,
                place=venue or record.place,
                date=DateRef(date.text, date.span, date.value),
                evidence=analysis.span(opener, evidence_end),
                mentions=(),
            )
            break
    return [r for index, record in enumerate(found) for r in (record, added.get(index)) if r]


def _sets_its_date(analysis: Analysis, start: int, end: int) -> bool:
    """Whether the clause ``[start, end)`` after a verb of setting a date
    (``round_new_date_setting``) sets the date of the round called off before it: it names a
    date (موعد، موعداً جديداً) or the round's own verbal noun of holding (عقدها، انعقاده,
    ``round_holding_of_it``). "وحُدد له موعد جديد في ٩ أبريل"، "وقد تقرر عقدها منتصف مايو" do;
    "وتقرر تشكيل لجنة فنية في ٩ أبريل" sets something else."""
    text = analysis.norm.text
    of_it = analysis.word_set("round_holding_of_it")
    return any(
        text[a:b].startswith(DATE_NOUN) or text[a:b] in of_it
        for a, b in analysis.words_in(start, end)
    )


def _venue_in_clause(
    analysis: Analysis, places: list[tuple[int, int, Entity]], start: int, end: int
) -> Entity | None:
    """The first place named in ``[start, end)`` right after في or داخل
    (``round_clause_new_venue_prepositions``) or with بـ written
    on it: "وسيُعقد في جنيف"، "سيُعقد الأسبوع المقبل بالدوحة"; not a party's country named in
    the clause (سيُعقد بين السودان وتشاد), nor one of two places joined by أو: a venue not
    settled yet (ما إذا كانت ستعقد في دار السلام أو في نامبولا)."""
    text = analysis.norm.text
    prepositions = analysis.word_set("round_clause_new_venue_prepositions")
    for x, y, entity in places:
        if not start <= x < end:
            continue
        previous = text[start:x].split()[-1:]
        if (previous and previous[0] in prepositions) or (
            x > start and text[x - 1] == "ب" and (x - 1 == start or text[x - 2].isspace())
        ):
            if text[y:end].split()[:1] == [OR]:
                return None
            return entity
    return None


def _told_again(analysis: Analysis, rounds: list[Round], added: list[int]) -> list[Round]:
    """``rounds`` without the planned rounds that tell a round put off again at its new date.

    "أُرجئ لقاء نواكشوط إلى 22 فبراير" … "الأسبوع المقبل: استئناف لقاء نواكشوط المؤجل في 22
    فبراير": a round planned on the day a round was put off to (``added``: the indexes of the
    rounds planned at a new date), which the text calls the one put off (المؤجل، المؤجلة,
    ``round_postponed_adjectives``), of no other ordinal and at no other venue, is that round
    told again (one record per event); its evidence joins the new date's round's mentions.
    Another round planned that day (ومن المنتظر أن تستأنف المحادثات غداً) stays its own."""
    rounds = list(rounds)
    dropped: set[int] = set()
    postponed = analysis.word_set("round_postponed_adjectives")
    text = analysis.norm.text
    for index in added:
        new = rounds[index]
        if new.date is None or new.date.value is None:
            continue
        for other_index, other in enumerate(rounds):
            if (
                other_index in dropped
                or other_index in added
                or other.status is not RoundStatus.PLANNED
                or other.date is None
                or other.date.value != new.date.value
                or other.ordinal not in (None, new.ordinal)
                or (
                    other.place is not None
                    and new.place is not None
                    and (other.place.id or other.place.name) != (new.place.id or new.place.name)
                )
                or not any(
                    text[a:b] in postponed
                    for a, b in analysis.words_in(*norm_range(analysis, other.evidence))
                )
            ):
                continue
            spans = {*new.mentions, other.evidence, *other.mentions} - {new.evidence}
            new = rounds[index] = attrs.evolve(
                new, mentions=tuple(sorted(spans, key=lambda s: (s.start, s.end)))
            )
            dropped.add(other_index)
    return [r for i, r in enumerate(rounds) if i not in dropped]


def _new_date(
    analysis: Analysis,
    cues: list[Cue],
    dates: list[tuple[int, int, DateMention]],
    places: frozenset[int],
    start: int,
    end: int,
    later: bool = False,
) -> tuple[Cue, DateMention] | None:
    """The cue of postponing and the date after its إلى (or حتى), for a round whose evidence is
    ``[start, end)``: the cue in the round's sentence, no later than the round's evidence
    ends, then إلى and, at most a few words on, a date, in the same sentence. ``dates`` are
    the document's dates with their normalised ranges, ``places`` where its places start.

    A round read as called off (``later``) takes the cue later in its sentence too (كان
    مقرراً عقد الجولة الثانية في 25 أغسطس، غير أنها أُرجئت إلى منتصف سبتمبر): what calls
    it off is that cue. A relative clause between commas after the round (تأجيل الجولة
    السادسة، التي كانت مقررة في X يوم 9 يونيو، إلى 23 يونيو) does not part the cue from
    its إلى, nor does a comma right before إلى that closes the round's long phrase. An إلى
    of a place (the destination of a trip put off) is passed for the next one."""
    sent_start, sent_end = sentence_range(analysis, start)
    text = analysis.norm.text
    to_words = analysis.word_set("round_postponed_to")  # إلى، حتى
    before = analysis.word_set("round_before_new_date")
    for cue in cues:
        if not (sent_start <= cue.start <= (sent_end if later else end) and cue.end <= sent_end):
            continue
        words = analysis.words_in(cue.end, sent_end)
        for to, (to_start, _) in enumerate(words[:-1]):
            if text[to_start : words[to][1]] not in to_words:
                continue
            gap = RELATIVE_ASIDE.sub(" ", text[cue.end : to_start])
            # a comma that closes the round's complements right before إلى parts nothing
            # (أُرجئ اجتماع … بين وفد الحزب ووزير العدل، إلى الخميس المقبل): the date must
            # follow anyway
            gap = gap.rstrip().removesuffix(",")
            if has_break(gap, 0, len(gap)):
                break  # أرجئت الجولة، ودعت الوساطة إلى …: another clause's إلى
            if any(w.removeprefix("و") in NEGATIONS for w in gap.split()):
                break  # أُرجئ مرة بعد أخرى ولم يُعقد حتى اليوم: a denial's حتى, no new date
            date = _date_after(text, words[to + 1 : to + 2 + _BEFORE_DATE_WORDS], dates, before)
            if date is not None:
                return cue, date
            if words[to + 1][0] not in places:
                break  # إلى أن يتفق الطرفان، إلى ما بعد …: no date
            # أرجأ الوفد وصوله إلى القاهرة الذي كان مقرراً اليوم إلى صباح الغد: إلى of the
            # trip's destination, then the إلى of the new date
    return None


def _date_after(
    text: str,
    words: list[tuple[int, int]],
    dates: list[tuple[int, int, DateMention]],
    before: frozenset[str],
) -> DateMention | None:
    """The date that opens ``words``, or follows the words that may stand before a new date
    (إلى يوم 20 مارس، إلى موعد جديد في 15 يوليو; not إلى أن يتفق …)."""
    for first in words:
        for d_start, d_end, date in dates:
            if d_start <= first[0] < d_end:
                return date
        if text[first[0] : first[1]] not in before:
            return None
    return None


def _first_date(analysis: Analysis, rounds: list[Round], record: Round) -> Round:
    """``record``, with the ordinal of the round it names when it is that round at the date
    first set for it.

    "عقدت اللجنتان اجتماعهما الثالث عشر في X … وكان هذا الاجتماع مقرراً في 22 يناير، لكنه
    أُرجئ"، "اختتمت اللجنة اجتماعها الحادي عشر … وكان مقرراً أن يُعقد الاجتماع في أكتوبر
    الماضي، غير أنه أُرجئ": a schedule told in the past (كان … مقرراً، كان يفترض) of a round
    named by reference (a demonstrative, or its noun with the article and no words of its
    own) is the round the story tells, called off at its first date: a cancelled record of
    its own (CONVENTIONS rule 9), with the ordinal of that round, the first held or planned
    record before it whose own noun is counted by an ordinal right after it (الجولة
    السابعة، اجتماعهما الثالث عشر). A round told with no ordinal of its own (جولة جديدة …،
    هي الثامنة) lends none."""
    if record.status is not RoundStatus.CANCELLED or record.ordinal is not None:
        return record
    text = analysis.norm.text
    start, end = norm_range(analysis, record.evidence)
    sent_start, _ = sentence_range(analysis, start)
    nouns = analysis.word_set("round_nouns") | analysis.word_set("round_session_nouns")
    schedule = analysis.lexicon("round_schedule_stems")
    words = analysis.words_in(start, end)
    index = next((i for i, (a, b) in enumerate(words) if bare(text[a:b]) in nouns), None)
    if index is None:
        return record
    a, b = words[index]
    before = _previous_words(analysis, a, 1)
    if not (set(before) & DEMONSTRATIVES or text[a:b].lstrip("وف").startswith("ال")):
        return record  # جولة كانت مقررة: an indefinite round, not the one told
    following = text[b : b + 12].split()[:1]
    if following and not (
        following[0] in REFERENCE_FOLLOWERS or any(k in following[0] for k in schedule)
    ):
        return record  # المحادثات حول المرحلة الثانية: a round named by its own words
    told = text[sent_start:end]
    if not (PAST_COPULA.search(told) and any(k in told for k in schedule)):
        return record  # a round put off with no schedule told in the past
    stem = bare(text[a:b]).removesuffix("ه")
    ordinals = {norm_range(analysis, o.span)[0]: o.value for o in analysis.ordinals}
    for other in rounds:
        if other.evidence.start >= record.evidence.start:
            break
        if other.status not in (RoundStatus.HELD, RoundStatus.PLANNED) or other.ordinal is None:
            continue
        spans = analysis.words_in(*norm_range(analysis, other.evidence))
        for (c, d), after in itertools.pairwise(spans):
            if bare(text[c:d]).startswith(stem) and ordinals.get(after[0]) == other.ordinal:
                return attrs.evolve(record, ordinal=other.ordinal)
    return record


def _venue_before_put_off(analysis: Analysis, rounds: list[Round], record: Round) -> Round:
    """``record``, at the venue of the round the story has just told when it tells, as
    background in the past perfect, that this round had been put off before it met.

    "عقدت لجنة «الميكانيزم» اجتماعها … في مقر اليونيفيل بالناقورة. وكان الاجتماع قد أُرجئ من
    الإثنين الماضي"، "سيلتقون في القاهرة الأسبوع المقبل، وهو لقاء كان قد تأجل مرتين": the
    round named by reference (after a demonstrative or a pronoun, or with the article) and
    then «(كان) قد» and a verb of postponing (``round_postponing``) is the round told just
    before, in its sentence or the one before it: it was put off from a date, not from the
    place where it met or is to meet. The cancelled record with no venue of its own takes the
    venue (and building) of the nearest held or planned record before it; a round told with no
    venue lends none, and a round further back lends none either. A schedule told first
    (وكانت هذه الجولة مقررة في أكتوبر، قبل أن تُرجأ) names the date first set, and the blind
    coders mostly leave its place out: it is not read here."""
    if record.status is not RoundStatus.CANCELLED or record.place is not None:
        return record
    text = analysis.norm.text
    start, end = norm_range(analysis, record.evidence)
    nouns = analysis.word_set("round_nouns")
    postponing = analysis.word_set("round_postponing")
    for a, b in analysis.words_in(start, end):
        word = text[a:b]
        if word not in nouns and bare(word) not in nouns:
            continue  # لقاء: its lam is no proclitic, so the word itself is asked too
        referred = set(_previous_words(analysis, a, 1)) & DEMONSTRATIVES or word.lstrip(
            "وف"
        ).startswith("ال")
        put_off = HAD_BEEN_PUT_OFF.match(text, b)
        if not (referred and put_off and put_off.group(1) in postponing):
            return record  # أُرجئ الاجتماع، جولة كانت مقررة: not a round told before
        break
    else:
        return record
    sent_start, _ = sentence_range(analysis, start)
    previous_start = sentence_range(analysis, sent_start - 2)[0] if sent_start > 1 else 0
    told = [
        other
        for other in rounds
        if other.evidence.start < record.evidence.start
        and other.status in (RoundStatus.HELD, RoundStatus.PLANNED)
    ]
    if not told:
        return record
    nearest = max(told, key=lambda other: other.evidence.start)
    if nearest.place is None or norm_range(analysis, nearest.evidence)[0] < previous_start:
        return record
    return attrs.evolve(record, place=nearest.place, building=nearest.building)
