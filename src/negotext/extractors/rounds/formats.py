"""Rounds of a negotiation format or track (منبر جدة، مسار أستانا) and where they meet.

A round of a format named with it takes the format's fixed venue when the text names
none; a track told as begun at a place tells its first round; talks that began long ago
are no round begun now; an agreement a round ended in tells where it was signed.
"""

from __future__ import annotations

import regex

from negotext.extractors._common import bare, find_cues, has_break, segment_label, sentence_range
from negotext.extractors.round_grouping import _past, _this_week
from negotext.extractors.rounds.mention import _Mention, _starting_within
from negotext.extractors.rounds.text import _negated, _previous_words
from negotext.extractors.rounds.venues import _Venues
from negotext.extractors.rounds.words import (
    FORMAT_PREPOSITIONS,
    RELATIVES,
    SENTENCE_END,
)
from negotext.records import DateRef, Entity, EntityKind, RoundStatus

#: How many days before publication talks must have begun for that beginning to be their first
#: round rather than the round of the news.
BEGUN_LONG_AGO_DAYS = 14


class _Formats(_Venues):
    """The reader's formats and tracks."""

    def _format_venue(
        self, start: int, end: int, sent_start: int
    ) -> tuple[int, int, Entity] | None:
        """The fixed venue of the format the round belongs to, when the text names none.

        A round is the format's when the format's name follows the round noun in construct
        or after من، ضمن، في إطار or ل (الجولة الرابعة من منبر جدة، جولة مناقشات جنيف
        الدولية، الاجتماع الخامس لآلية الناقورة، اجتماع في إطار مسار أستانا), or opens the
        round's clause as the subject whose pronoun the round noun carries (عقدت آلية
        الناقورة اجتماعها). Coders code such a round at the format's venue (منبر جدة meets
        in Jeddah, مبادرة تومايني in Nairobi); a format with no fixed venue (صيغة نورماندي،
        مسار برلين) or an agreement (its place is where it was signed) gives none.
        """
        text = self.text
        for f_start, f_end, fmt in self.formats:
            if not fmt.meets or fmt.venue is None:
                continue
            if f_start >= end:
                if f_start - end > 40 or has_break(text, end, f_start):
                    continue
                gap = [text[a:b] for a, b in self.analysis.words_in(end, f_start)]
                # (الجولة الرابعة من، جولة جديدة ضمن، الاجتماع الخامس لـ: the noun's ordinal or
                # adjective may stand before the word that joins it to the format)
                if gap:  # من، لـ, or a frame word (round_framework: ضمن، في إطار)
                    if gap[-1] not in FORMAT_PREPOSITIONS and gap[-1] not in self.framework:
                        continue
                    before = gap[:-1]
                    if before[-1:] == ["في"] and gap[-1] in self.framework:
                        before = before[:-1]  # في إطار
                    if len(before) > 2:
                        continue
            elif f_end <= start:
                noun = text[start:end].split()[0]
                if f_start < sent_start or not self._possessed(noun):
                    continue
                if start - f_end <= 3 and not has_break(text, f_end, start):
                    if not self._clause_opens_before(f_start):
                        continue  # عقدت آلية الناقورة اجتماعها: the format's own meeting
                elif any(
                    f_end <= t_start < start and kind == "noun"
                    for t_start, _, kind in self.triggers
                ) or any(
                    f_end <= g_start < start and other.meets for g_start, _, other in self.formats
                ):
                    continue  # the pronoun's nearest antecedent is another round or forum
                # (an agreement between them is no meeting: وأفضى إلى «إعلان جدة»، قبل أن
                # تتعثر جولته الثانية is still the platform's round)
                # (انطلق منبر جدة …، قبل أن تتعثر جولته الثانية; آلية إرغنيتي … ما زالت
                # تجتمع، وقد عُقد اجتماعها الأخير: the round of the format its pronoun names)
            else:
                continue
            following = self.analysis.words_in(f_end, min(len(text), f_end + 30))[:1]
            if (
                following
                and text[following[0][0]] == "و"
                and not has_break(text, f_end, following[0][0])
                and self._party_at(following[0][0] + 1)
            ):
                continue  # محادثات مسقط وصنعاء: the cities are the parties, not the format
            venue = self._venue_of_format(f_start, f_end, fmt.venue)
            if venue is not None:
                return venue
        return None

    def _venue_of_format(self, start: int, end: int, venue: str) -> tuple[int, int, Entity] | None:
        """The place a format named at start–end meets in, as the round's venue: the place
        inside its name when that is the venue (منبر جدة), else the gazetteer entry ``venue``
        names, evidenced by the format's name (آلية الناقورة, مبادرة تومايني → Nairobi).
        """
        inside = next(
            (item for item in _starting_within(self.places, start, end) if item[1] <= end),
            None,
        )
        if inside is not None and inside[2].name == venue:
            return inside
        entry = self.analysis.resources.gazetteer.named(venue)
        if entry is None:
            return None
        span = self.analysis.span(start, end)
        return (start, end, entry.entity(self.analysis.slice(span), span))

    def _agreement_venue(self, end: int, limit: int) -> tuple[int, int, Entity] | None:
        """Where the agreement a held round ended in was signed (جولة أولى انتهت بتوقيع
        «إعلان جدة»، التقى الوفدان ووقّعا «إعلان جدة»، أفضى إلى «إطار الدوحة»): an agreement
        of the formats' data named within its clause after a word of signing or outcome
        (توقيع، وقّعا، أسفرت عن، أفضت إلى) was signed where the round was held.
        """
        text = self.text
        signing = self.analysis.word_set("round_signing") | self.analysis.word_set("round_outcome")
        nouns = self.analysis.word_set("round_signing_nouns")
        for f_start, f_end, fmt in self.formats:
            if f_start < end:
                continue
            if f_end > limit or f_start - end > 90 or SENTENCE_END.search(text, end, f_start):
                break
            if fmt.kind != "agreement" or fmt.venue is None:
                continue
            words = [text[a:b] for a, b in self.analysis.words_in(max(end, f_start - 30), f_start)]
            if words[-1:] in (["الى"], ["عن"]):
                words = words[:-1]  # أفضت إلى «إعلان أنقرة»، أسفرت عن توقيع
            if not any(
                w in nouns or w in signing or (w[:1] in "وف" and w[1:] in signing)
                for w in words[-2:]
            ):
                continue
            venue = self._venue_of_format(f_start, f_end, fmt.venue)
            if venue is not None:
                return venue
        return None

    def _track_after(self, position: int) -> bool:
        """Whether a track or the talks as a whole (المسار، الحوار، المحادثات) is the word right
        after ``position``: the subject of a verb of beginning."""
        following = self.analysis.words_in(position, min(len(self.text), position + 30))[:1]
        if not following or has_break(self.text, position, following[0][0]):
            return False
        word = bare(self.text[slice(*following[0])])
        return word in self.analysis.word_set("round_tracks") or word in self.analysis.word_set(
            "round_process_nouns"
        )

    def _tracks_begun(self) -> list[_Mention]:
        """The first round of a track named by its venue, told by the track's beginning.

        "انطلق منبر جدة في مايو 2023"، "منبر جدة الذي انطلق في مايو 2023": a past verb of
        beginning (``round_beginning``) with a track noun (``round_tracks``) in construct with
        a place as its subject, right after it or before it with الذي, and a date long past
        right after the verb: the track's first round, held at that place.
        """
        if not self.context:
            return []
        text = self.text
        tracks = self.analysis.word_set("round_tracks")
        found = []
        for cue in find_cues(self.analysis, {"round_beginning": "begin"}):
            if _negated(text, cue.start):
                continue
            after = self.analysis.words_in(cue.end, min(len(text), cue.end + 40))[:2]
            before = _previous_words(self.analysis, cue.start, 3)
            if after and text[slice(*after[0])].lstrip("و") in tracks:
                noun = after[0]
            elif len(before) >= 3 and before[0] in RELATIVES and bare(before[2]) in tracks:
                noun = self.analysis.words_in(max(0, cue.start - 60), cue.start)[-3]
            else:
                continue
            place = next(
                (
                    item
                    for item in _starting_within(self.places, noun[1], noun[1] + 2)
                    if item[2].kind == EntityKind.PLACE and text[noun[1] : item[0]] == " "
                ),
                None,
            )
            if place is None:
                continue
            date_start = max(cue.end, place[1]) if noun[0] > cue.start else cue.end
            date = next(
                (d for d in self.dates if date_start < d[0] <= date_start + 4), None
            )  # انطلق منبر جدة في مايو 2023
            if date is None:
                continue
            ref = DateRef(date[2].text, date[2].span, date[2].value)
            published = self.analysis.document.published
            if not _past(ref, published) or _this_week(ref):
                continue
            segment = segment_label(self.analysis, self.analysis.span(cue.start, cue.end))
            if segment is None:
                continue
            start, end = min(cue.start, noun[0]), max(date[1], place[1])
            mention = _Mention(start, end, RoundStatus.HELD, (start, end), segment)
            mention.ordinal, mention.place, mention.date = 1, place[2], ref
            mention.sentence = sentence_range(self.analysis, cue.start)
            mention.head = "track"
            found.append(mention)
        return found

    def _began_long_ago(self, mention: _Mention, cue_range: tuple[int, int]) -> bool:
        """Whether the talks as a whole (المحادثات، المفاوضات) are told to have begun on a date
        long past (more than two weeks before publication, or with its year when the
        publication date is unknown): "بدأت المحادثات في فيينا في مارس 2024" tells when and
        where their first round was held; "انطلقت المحادثات اليوم" tells the round of the news.
        """
        verb = self.text[cue_range[0] : cue_range[1]].split()[-1].lstrip("و")
        if verb not in self.analysis.word_set("round_beginning"):
            return False
        if not (
            mention.definite and mention.head in self.analysis.word_set("round_process_nouns")
        ) and not (
            self.text.startswith("ب", mention.start) and self._track_after(cue_range[1])
        ):  # انطلق المسار في أبريل 2024 بلقاء في فيينا: the track began with its first round
            return False
        date = mention.date
        if date is None or date.value is None or _this_week(date):
            return False
        published = self.analysis.document.published
        if published is None:
            return regex.search(r"\d{4}", date.text) is not None
        return (published - date.value).days > BEGUN_LONG_AGO_DAYS
