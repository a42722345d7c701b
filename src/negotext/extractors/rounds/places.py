"""Places the text names around a round, beyond the gazetteer's entities.

Cities and towns the gazetteer does not know but the text names as one (في مدينة X، في X
شمالي Y), capitals named by their country's adjective (العاصمة العمانية), hosts (احتضنت
جيبوتي، استضافتها), buildings with their city, places given only as a reference point or a
visit, a round told "in the same city" as the one before it, a later round of a series held
where the round just told before it was (وعُقدت الجولة الأولى في جدة …، لكن الجولة الثانية
انتهت دون اختراق), and a sitting put off (تأجيل الجلسة المسائية) in the city the title gives
the talks the story covers.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from negotext.ar.normalize import normalize_text
from negotext.extractors._common import bare, has_break
from negotext.extractors.rounds.lookups import AT_WORDS
from negotext.extractors.rounds.mention import _Mention, _starting_within
from negotext.extractors.rounds.ordinals import _Ordinals
from negotext.extractors.rounds.text import _previous_words
from negotext.extractors.rounds.words import (
    AREA_NOUNS,
    ATTRIBUTE_WINDOW,
    BUILDING_NOUNS,
    HOSTED_PRONOUN,
    RELATIVES,
    SENTENCE_END,
    THING_PRONOUNS,
    VENUE_FILLERS,
)
from negotext.records import Entity, EntityKind, RoundStatus

#: Words that follow a city noun but are no city's name (في العاصمة العمانية خلال الأشهر).
NOT_NAMES = frozenset(
    normalize_text(w)
    for w in (
        "خلال",
        "منذ",
        "بعد",
        "قبل",
        "حيث",
        "يوم",
        "أمس",
        "اليوم",
        "في",
        "نفسها",
        "نفسه",
        "ذاتها",
    )
)

#: Words of emphasis after a place (في أبيي نفسها، في الخرطوم ذاتها), normalised.
ITSELF_WORDS = frozenset(
    normalize_text(w) for w in ("نفسها", "نفسه", "ذاتها", "ذاته", "عينها", "عينه")
)

#: Nouns of a part of a city (في ضاحية X شمالي العاصمة): the venue is the city, not the part.
SUBURB_NOUNS = frozenset(normalize_text(w) for w in ("ضاحية", "ضواحي", "حي", "أحياء"))

#: What may stand between a building and its city: بـ، في، داخل, and a city noun (في قصر الدرعية
#: بالرياض، في قصر تشيراغان بمدينة إسطنبول، في قصر الأمم في مدينة جنيف، في مقر الأمم المتحدة
#: داخل المنطقة العازلة: the area of a city the building is in).
BUILDING_CITY_GAP = regex.compile(
    r"(?:(?:ب|في|ف|داخل)?|(?:ب|في ?)(?:ال)?(?:مدينه|عاصمه|بلده|جزيره))"
)

#: Words that open an adjunct naming the event of the clause before its comma (…، في أول
#: لقاء بينهما؛ …، خلال الاجتماع الثالث؛ …، ضمن جولة …), and the noun في / ضمن may govern
#: before the round (…، في إطار ثاني اجتماع), normalised.
ADJUNCT_OPENERS = frozenset(normalize_text(w) for w in ("في", "خلال", "ضمن"))
ADJUNCT_FRAMES = frozenset(normalize_text(w) for w in ("إطار",))

#: "In the same city" (في المدينة ذاتها، في العاصمة نفسها): the city of the round told before.
SAME_CITY = regex.compile(
    r"في (?:ال)?(?:مدينه|عاصمه|بلده|قريه)(?: ال\p{L}+يه)? (?:ذاتها|نفسها|عينها)"
)  # في المدينة الساحلية ذاتها: with an adjective too; في القرية نفسها: a village too


#: "There" right after a round (اتفق الطرفان في جولتهما الثانية هناك، أن يُعقد اجتماع جديد
#: هناك): the round sat where the round told before it did, as with في المدينة نفسها.
THERE = regex.compile(r"\s+هناك(?!\p{L})")


class _Places(_Ordinals):
    """The reader's places named in the text."""

    def _named_city(
        self, start: int, end: int, limit: int, reach: int = 60
    ) -> tuple[int, int, Entity] | None:
        """A city the gazetteer does not know, named as one right after the round.

        "في مدينة غابالا الأذربيجانية", "في العاصمة … X": the word after the city noun (and
        its adjectives) is the venue, kept as written with no name or id. With no name
        after it, "في العاصمة العمانية" is the capital the gazetteer knows for that country.
        """
        spans = self.analysis.words_in(end, min(limit, end + reach))
        capital: tuple[int, int, Entity] | None = None
        for index, (t_start, t_end) in enumerate(spans[:-1]):
            word = self.text[t_start:t_end]
            if self._cause_word(t_start, t_end) or (
                self._opens_event(spans, index)
                and any(
                    c.label == "cancelled"
                    and t_start - ATTRIBUTE_WINDOW <= c.start < t_start
                    and not SENTENCE_END.search(self.text, c.start, t_start)
                    for c in self.statuses
                )  # the cue of calling off, before or after the round noun
            ):
                return capital  # أُرجئ الاجتماع بسبب / بعد اشتباكات في مدينة X: the event's
            if (
                index
                and word in self.analysis.word_set("round_crossing_nouns")
                and self.text[slice(*spans[index - 1])] in AT_WORDS
            ):  # اجتماع علم عند نقطة تيتوال: the crossing's name, as after في مدينة
                crossing = self._crossing_name(*spans[index + 1])
                if crossing is not None:
                    return crossing
                continue
            attached = word[:1] == "ب" and word[1:] in VENUE_FILLERS  # بالعاصمة القطرية
            if word not in VENUE_FILLERS and not attached:
                continue
            if self._after_alternative(t_start):
                continue  # في كونمينغ أو في مدينة رويلي: an alternative venue (rule 6)
            if not (
                attached
                or (
                    index
                    and self.text[spans[index - 1][0] : spans[index - 1][1]] in self.venue_words
                )
                or self._host_subject(t_start)
                or (index and self._reference_point(spans[index + 1][0]))
            ):
                continue  # في العاصمة …، احتضنت العاصمة الكينية: the subject of hosting too
                # (and a reference point when no venue is named: بفندق …، شمالي العاصمة الكينية)
            for n_start, n_end in spans[index + 1 : index + 4]:
                name = self.text[n_start:n_end]
                compound = self._country_end(n_start)  # العاصمة الجنوب أفريقية
                if compound is not None and compound > n_end:
                    if word.endswith("عاصمه"):
                        capital = capital or self._capital(t_start + attached, n_start, compound)
                    if capital is not None:
                        return capital
                if name.endswith("يه") and name.startswith("ال"):
                    if capital is None and word.endswith("عاصمه"):
                        capital = self._capital(t_start + attached, n_start, n_end)
                    if capital is not None:
                        return capital  # العاصمة الأمريكية: the capital the gazetteer knows
                    continue  # العاصمة الكينية …
                if name in NOT_NAMES or has_break(self.text, end, n_start):
                    return capital  # في العاصمة العمانية خلال …: no name follows
                if name.startswith("و") and n_start > spans[index + 1][0]:
                    return capital  # في المدينة الكينية ووقعا: و past the adjective joins a clause
                span = self.analysis.span(n_start, n_end)
                return n_start, n_end, Entity(self.analysis.slice(span), span, EntityKind.PLACE)
        return None

    def _crossing_name(self, start: int, end: int) -> tuple[int, int, Entity] | None:
        """The name of a crossing or border point, the word at ``start``–``end`` right after
        عند and its noun (عند معبر مارغارا، عند نقطة تيتوال): the place the gazetteer knows
        there, else the word kept as written with no name or id, as for a town after
        في مدينة. A word of the point's kind (عند نقطة تفتيش، عند نقطة عبور:
        ``round_crossing_kinds``), an adjective (حدودية), a common noun or a word with the
        article (عند نقطة الخلاف، عند نقطة معينة) names none.
        """
        known = next(
            (item for item in _starting_within(self.places, start, start) if item[0] == start),
            None,
        )
        if known is not None:
            return known
        name = self.text[start:end]
        if (
            len(name) < 3
            or not name.isalpha()
            or name.startswith("ال")
            or name.endswith(("ه", "يه"))
            or name in self.analysis.word_set("round_crossing_kinds")
            or name in NOT_NAMES
            or any(a < end and start < b for a, b, _ in self.dates)
            or any(
                a < end and start < b for a, b, _ in _starting_within(self.actors, start - 60, end)
            )
        ):
            return None
        span = self.analysis.span(start, end)
        return start, end, Entity(self.analysis.slice(span), span, EntityKind.PLACE)

    def _event_after_between(self, start: int, end: int) -> bool:
        """Whether a word of ``round_cause_events`` (بعد، إثر، عقب، بعدما) opens, between
        ``start`` and ``end``, the event after which a round was called off or put off
        (أُلغي الاجتماع بعد التصعيد في البحر الأحمر، أُرجئت الجولة إثر الغارة على بلدة في
        …): a place past it is where that event happened, as after a word of cause
        (``_cause_between``)."""
        words = self.analysis.words_in(start, end)
        return any(self._opens_event(words, index) for index in range(len(words)))

    def _opens_event(self, words: Sequence[tuple[int, int]], index: int) -> bool:
        """Whether ``words[index]`` is a word of ``round_cause_events`` that opens an event:
        not before a date or a time of day (بعد ظهر اليوم، بعد الظهر، بعد أسبوع: the round's
        own time) nor before a round noun (بعد اجتماع: another round, read as such by the
        venue rules)."""
        a, b = words[index]
        word = self.text[a:b]
        events = self.analysis.word_set("round_cause_events")
        if word not in events and (
            f"{' '.join(_previous_words(self.analysis, a, 1))} {word}" not in events
        ):
            return False
        if index + 1 >= len(words):
            return False
        f_start, f_end = words[index + 1]
        return not (
            self.text[f_start:f_end].removeprefix("ال")
            in self.analysis.word_set("round_cause_not_events")
            or any(d_start <= f_start < d_end for d_start, d_end, _ in self.dates)
            or any(t_start == f_start for t_start, _, _ in self.triggers)
        )

    def _town_before(self, p_start: int) -> tuple[int, int, Entity] | None:
        """A town the gazetteer does not know, located by the place at ``p_start``.

        "في ديليجان بأرمينيا"، "في X شمالي Y"، "في X بضواحي Y": one or two unknown words
        between في and a place told with بـ or a word of reference (``round_reference_points``)
        name the nearer, more specific place, kept as written with no name or id. A building
        (في قصر X بإسطنبول), a known place, a date, a round noun or a common noun with the
        article is no such town.
        """
        text = self.text
        before = [
            (a, b)
            for a, b in reversed(self.analysis.words_in(max(0, p_start - 80), p_start))
            if b < p_start
        ]  # nearest first
        kept: list[tuple[int, int]] = []
        for a, b in before:
            if has_break(text, b, kept[-1][0] if kept else p_start):
                break
            kept.append((a, b))
        words = [text[a:b] for a, b in kept]
        index = 0
        attached = text[p_start - 1 : p_start] == "ب" and any(
            e_start == p_start and entity.kind == EntityKind.COUNTRY
            for e_start, _, entity in _starting_within(self.places, p_start, p_start)
        )  # بأرمينيا: a country told with بـ (not في مؤتمر صحفي بالدوحة: a city)
        if not attached:
            if words[:1] and words[0] in VENUE_FILLERS:
                index = 1  # شمالي العاصمة …
            if words[index : index + 1] == ["من"]:
                index += 1  # بالقرب من …
            points = self.analysis.word_set("round_reference_points")
            if len(words) > index and words[index] in points:
                index += 1
            elif " ".join(reversed(words[index : index + 2])) in points:
                index += 2
            else:
                return None
        town: list[tuple[int, int]] = []
        for (a, b), word in zip(kept[index:], words[index:], strict=True):
            if word in ("في", "وفي"):
                break
            if (
                len(town) == 2
                or len(word) < 3
                or not word.isalpha()
                or word.startswith("ال")
                or word in VENUE_FILLERS
                or word in AREA_NOUNS
                or word in SUBURB_NOUNS
                or word in BUILDING_NOUNS
                or bare(word) in BUILDING_NOUNS
                or word in NOT_NAMES
                or word.endswith("ه")  # جلسة، مزرعة، مغلقة: a common noun or its adjective
                or a in self.trigger_cues
                or any(d_start < b and a < d_end for d_start, d_end, _ in self.dates)
                or any(e_end > a for _, e_end, _ in _starting_within(self.places, a - 60, b))
                or any(e_end > a for _, e_end, _ in _starting_within(self.actors, a - 60, b))
            ):
                return None
            town.insert(0, (a, b))
        else:
            return None
        if not town or (len(town) == 2 and text[town[1][0] : town[1][1]].endswith("ي")):
            return None  # مؤتمر صحفي: a noun and its adjective
        span = self.analysis.span(town[0][0], town[-1][1])
        return town[0][0], town[-1][1], Entity(self.analysis.slice(span), span, EntityKind.PLACE)

    def _capital(self, start: int, adj_start: int, adj_end: int) -> tuple[int, int, Entity] | None:
        """The capital of the country whose adjective spans ``[adj_start, adj_end)``.

        "العاصمة العمانية" names Muscat: the phrase from ``start`` is kept as written,
        with the name and id of the gazetteer's capital of that country.
        """
        country = next(
            (
                e.id
                for p_start, _, e in self.places
                if p_start == adj_start and e.kind == EntityKind.COUNTRY and e.id
            ),
            None,
        )
        if country is None:
            return None
        entry = self.analysis.resources.gazetteer.capital(country)
        if entry is None:
            return None
        span = self.analysis.span(start, adj_end)
        return start, adj_end, entry.entity(self.analysis.slice(span), span)

    def _capital_of_adjective(self, start: int, end: int) -> tuple[int, int, Entity] | None:
        """The capital named by the country adjective at ``start``–``end`` right after the
        city noun العاصمة and a venue word (في العاصمة القطرية، بالعاصمة المكسيكية، إلى
        العاصمة العمانية): the phrase from the city noun, with the name and id of the
        gazetteer's capital of that country, so that it stands among a round's places as a
        city named there does (a round with no verb of its own, ففي الجولة الخامسة بالعاصمة
        المكسيكية، …, had none). When the city's name follows (العاصمة التركية أنقرة), the
        name is the place."""
        before = self.analysis.words_in(max(0, start - 14), start)[-1:]
        following = self.analysis.words_in(end, min(len(self.text), end + 30))[:1]
        if not before or (
            following
            and not has_break(self.text, end, following[0][0])
            and self._place_at(following[0][0])
        ):
            return None
        a, b = before[0]
        word = self.text[a:b]
        if not word.endswith("العاصمه") or self.text[b:start].strip():
            return None
        prefix = word[: -len("العاصمه")]
        if prefix not in ("", "ب", "وب", "فب"):
            return None  # والعاصمة القطرية: a conjunct, no venue phrase
        if not self._venue_before(a + len(prefix)):
            return None  # اجتماع العاصمة الكينية: a round named by it, read by co-reference
        return self._capital(a + len(prefix), start, end)

    def _itself(self, end: int) -> bool:
        """Whether نفسها / ذاتها (نفسه، ذاته، عينها) follows the place ending at ``end`` (في
        أبيي نفسها، في الخرطوم ذاتها): the place is named with emphasis as where the round
        is, even a region otherwise read as the talks' topic."""
        following = self.analysis.words_in(end, min(len(self.text), end + 12))[:1]
        return (
            bool(following)
            and not has_break(self.text, end, following[0][0])
            and self.text[slice(*following[0])] in ITSELF_WORDS
        )

    def _qualifies_someone(self, start: int, end: int) -> bool:
        """Whether the place at ``start``–``end`` after في says where people are from, not
        where they met: two cities joined by و (كبيرا المفاوضين في كيشيناو وتيراسبول), or
        a city between a title and the name of who holds it (المسؤول عن ملف التفاوض في
        تيراسبول فيتالي إغناتيف). One round is held in one city, and a person's name
        right after a place closes the noun phrase the place qualifies."""
        following = self.analysis.words_in(end, min(len(self.text), end + 30))[:1]
        if following and not has_break(self.text, end, following[0][0]):
            after = following[0][0]
            if self.text.startswith("و", after) and any(
                p == after + 1 and e.kind == EntityKind.PLACE
                for p, _, e in _starting_within(self.places, after + 1, after + 1)
            ):
                return True  # في كيشيناو وتيراسبول
            if any(
                a == after and e.kind == EntityKind.PERSON
                for a, _, e in _starting_within(self.actors, after, after)
            ):
                return True  # في تيراسبول فيتالي إغناتيف
        if self.text[start - 1 : start] == "و" and (
            start < 2 or not self.text[start - 2].isalpha()
        ):
            return any(
                e_end <= start - 1
                and not self.text[e_end : start - 1].strip()
                and e.kind == EntityKind.PLACE
                for _, e_end, e in _starting_within(self.places, max(0, start - 40), start)
            )  # … وتيراسبول: the second of two cities
        return False

    def _hosting_capital(self, start: int, end: int) -> tuple[int, int, Entity] | None:
        """The capital named by the country adjective at ``start``–``end`` as the subject of a
        verb of hosting right after it (وكانت العاصمة القطرية قد احتضنت، العاصمة الكينية
        تستضيف), as a city named there is (وكانت الدوحة قد احتضنت)."""
        before = self.analysis.words_in(max(0, start - 12), start)[-1:]
        if not before or not self._host_after(end):
            return None
        a, b = before[0]
        if not self.text[a:b].endswith("عاصمه") or self.text[b:start].strip():
            return None
        return self._capital(a, start, end)

    def _host_after(self, position: int, relative: bool = False) -> bool:
        """Whether a verb of hosting follows what ends at ``position`` (القاهرة ستستضيف).

        With ``relative``, also past a relative pronoun, for a round after it: الدوحة التي
        تستضيف جولة جديدة (not for a round told before the host, in another clause)."""
        following = self.analysis.words_in(position, min(len(self.text), position + 30))
        if not following:
            return False
        word = self.text[following[0][0] : following[0][1]]
        if has_break(self.text, position, following[0][0]) and not (
            relative
            and word in RELATIVES
            and self.text[position : following[0][0]].strip() in ("،", ",")
        ):  # (أبوظبي، التي استضافت اللقاء الأول: the relative clause set off by a comma)
            return False
        if (word in ("قد", "وقد", "لقد") or (relative and word in RELATIVES)) and len(
            following
        ) > 1:
            word = self.text[following[1][0] : following[1][1]]  # أبوظبي قد استضافت
        # (الدوحة التي تستضيف جولة جديدة: the host in a relative clause before the round)
        return word in self.host_words or (word[0] == "ل" and word[1:] in self.host_words)

    def _host_subject(self, position: int) -> bool:
        """Whether what starts at ``position`` follows a verb of hosting (احتضنت جيبوتي)."""
        words = _previous_words(self.analysis, position, 1)
        if not words:
            return False
        word = words[0]
        if word[:1] in ("و", "ف") and word[1:] in self.host_words:
            return True  # واحتضنت العاصمة الكينية
        return word in self.host_words or any(
            word.endswith(pronoun) and word[: -len(pronoun)] in self.host_words
            for pronoun in THING_PRONOUNS
        )  # اللتين احتضنتهما جنيف: the verb with the rounds' pronoun

    def _hosts_it(self, word: str) -> bool:
        """Whether ``word`` is a verb of hosting with the round's pronoun (استضافتها، احتضنته،
        احتضنتهما، تستضيفها), also after و or التي (the round's relative clause)."""
        stem = HOSTED_PRONOUN.sub("", word)
        return stem != word and (
            stem in self.host_words or (stem[:1] in "وف" and stem[1:] in self.host_words)
        )

    def _hosted_in(self, cue_range: tuple[int, int]) -> tuple[int, int, Entity] | None:
        """A place the gazetteer does not know, right after a verb of hosting and في.

        "استضاف في بوتراجايا اجتماعاً": a host verb names where, so the word after في
        is the venue, kept as written with no name or id.
        """
        cue_word = self.text[cue_range[0] : cue_range[1]].split()[-1].lstrip("وف")
        if cue_word not in self.host_words:
            return None
        spans = self.analysis.words_in(cue_range[1], min(len(self.text), cue_range[1] + 40))[:2]
        if len(spans) < 2 or self.text[spans[0][0] : spans[0][1]] != normalize_text("في"):
            return None
        n_start, n_end = spans[1]
        if has_break(self.text, cue_range[1], n_start) or self.text.startswith("ال", n_start):
            return None
        if any(d_start <= n_start < d_end for d_start, d_end, _ in self.dates):
            return None  # استضافت في أبريل الماضي: a date, not a place
        span = self.analysis.span(n_start, n_end)
        return n_start, n_end, Entity(self.analysis.slice(span), span, EntityKind.PLACE)

    def _reference_point(self, position: int) -> bool:
        """Whether the place at ``position`` is told as a reference point for another.

        "في بوتراجايا، قرب العاصمة كوالالمبور"، "بفندق … في ضاحية …، شمالي العاصمة
        الكينية"، "بالقرب من …": a word of ``round_reference_points`` before it (past a city
        noun such as العاصمة, and past من after بالقرب) locates the place before it; the
        venue is that place, and this one only when no other is named.
        """
        words = _previous_words(self.analysis, position, 3)
        if words and words[0] in VENUE_FILLERS:
            words = words[1:]  # قرب العاصمة كوالالمبور
        if words[:1] == ["من"]:
            words = words[1:]  # بالقرب من …
        if not words:
            return False
        points = self.analysis.word_set("round_reference_points")
        return words[0] in points or " ".join(reversed(words[:2])) in points

    def _visited(self, position: int) -> bool:
        """Whether the place at ``position`` is where someone went on a visit or tour (خلال
        زيارته الأخيرة إلى بيروت، في زيارة إلى الرياض، خلال جولته في المنطقة)."""
        words = _previous_words(self.analysis, position, 3)
        if not words or words[0] not in ("الى", "الي", "في"):
            return False
        return any(w.startswith(("زيار", "وزيار", "بزيار", "لزيار", "جولت")) for w in words[1:3])

    def _building_city(
        self, chosen: tuple[int, int, Entity], candidates: Sequence[tuple[int, int, int, Entity]]
    ) -> tuple[tuple[int, int, Entity], Entity | None]:
        """A building named with its city (في قصر الدرعية بالرياض، في البيت الأبيض بواشنطن).

        The city is the venue and the building is kept apart; a building alone (في قصر
        تشيراغان) stays the venue. Returns the venue and the building, if any.
        """
        buildings = [c for c in candidates if self._building(c[3])]
        cities = [
            c
            for c in candidates
            if c[3].kind == EntityKind.PLACE
            and not self._building(c[3])
            and self._place_type(c[3]) != "region"
        ]
        for _, b_start, b_end, building in buildings:
            for _, c_start, c_end, city in cities:
                if c_start < b_end:
                    continue
                gap = self.text[b_end:c_start].strip(" ,")
                if BUILDING_CITY_GAP.fullmatch(gap) and chosen[0] in (b_start, c_start):
                    return self._city_of_area((c_start, c_end, city)), building
        if self._place_type(chosen[2]) == "area":
            return self._city_of_area(chosen), None
        if self._building(chosen[2]):
            city_of = self._city_of_building(chosen)
            if city_of is not None:  # في قصر ميرافلوريس: held in Caracas
                return city_of, chosen[2]
        return chosen, None

    def _city_of_area(self, item: tuple[int, int, Entity]) -> tuple[int, int, Entity]:
        """The city of an area the gazetteer places in one city (``place_type`` "area": في
        المنطقة العازلة بنيقوسيا, Nicosia), kept as written with that city's name and id, as a
        building named alone is (``_city_of_building``); any other place as it is. A round
        held in the area was held in its city."""
        if self._place_type(item[2]) != "area":
            return item
        return self._city_of_building(item) or item

    def _city_of_building(self, item: tuple[int, int, Entity]) -> tuple[int, int, Entity] | None:
        """The city a building named alone stands in, as the gazetteer's ``city`` of its entry
        tells (الكرملين: Moscow; قصر تشيراغان: Istanbul): the building as written, with the
        name and id of that city, as a capital named by its country's adjective is kept
        (``_capital``). A round held in the building was held in the city; the building is
        kept apart (the record's ``building``)."""
        gazetteer = self.analysis.resources.gazetteer
        entry = gazetteer.entry_of(item[2])
        if entry is None or entry.city is None:
            return None
        city = gazetteer.named(entry.city)
        if city is None or city.kind != EntityKind.PLACE:
            return None
        return item[0], item[1], city.entity(item[2].text, item[2].span)

    def _construct_venue(self, mention: _Mention, p_start: int, p_end: int, entity: Entity) -> bool:
        """Whether a city follows the round noun in construct (مفاوضات جدة، جولة مسقط).

        A city right after the noun names where the round is held; two cities joined
        by و (محادثات موسكو وكييف) or a city before مع name the parties instead — but not
        after a dual or a countable plural, which counts a round at each (قمتي جدة وشرم الشيخ).
        A country named like its capital (اجتماع جيبوتي، محادثات الكويت) names the city too
        (``round_capital_named_countries``); any other country so placed is a topic or a party.
        """
        if mention.verb or not (
            entity.kind == EntityKind.PLACE
            or self._place_type(entity) == "building"
            or (
                entity.kind == EntityKind.COUNTRY
                and normalize_text(self.text[p_start:p_end])
                in self.analysis.word_set("round_capital_named_countries")
            )
        ):
            return False  # (قمة البيت الأبيض: a building the gazetteer holds as an institution)
        if p_start <= mention.end or self.text[mention.end : p_start].strip():
            return False
        following = self.analysis.words_in(p_end, min(len(self.text), p_end + 20))[:1]
        if not following or has_break(self.text, p_end, following[0][0]):
            return True
        word = self.text[following[0][0] : following[0][1]]
        return word != "مع" and not (
            word.startswith("و") and self._party_at(following[0][0] + 1) and not mention.plural
        )  # (قمتي جدة وشرم الشيخ: two rounds counted, one at each city)

    def _adjunct_venue(self, start: int, sent_start: int) -> tuple[int, int, Entity] | None:
        """The place of the clause a round is set beside as its adjunct, after a comma.

        "زار الوفد الزعيم المسجون في جزيرة X يوم الأحد، في أول لقاء بينهما منذ …"، "وقّع
        الوزيران الاتفاق عند نقطة حدودية في X، خلال الاجتماع الثالث للجنة": the round noun,
        opened by في / خلال / ضمن (في إطار) right after a comma and told with no place of
        its own, names the event the clause before the comma tells, so that clause's venue
        (a place after في / إلى / بـ, or after a building noun they govern, ending the clause
        but for a date) is the round's. A place with more words after it in the clause is
        where something else in it happened.
        """
        opener = start
        for o_start, _, _ in self.ordinals:
            if o_start < start and not self.text[o_start:start].strip(" ").count(" "):
                opener = min(opener, o_start)  # في أول لقاء، في ثالث اجتماع
        words = _previous_words(self.analysis, opener, 3)
        if len(words) > 1 and words[0] in ADJUNCT_FRAMES and words[1] in ADJUNCT_OPENERS:
            words = words[1:]  # …، في إطار ثاني اجتماع
        if not words or words[0] not in ADJUNCT_OPENERS:
            return None
        head = self.text.rfind(words[0], sent_start, opener)
        comma = self.text[:head].rstrip()
        if not comma.endswith(",") or len(comma) - 1 <= sent_start:
            return None
        comma_at = len(comma) - 1
        for p_start, p_end, entity in reversed(_starting_within(self.places, sent_start, comma_at)):
            if p_end > comma_at:
                continue
            before = _previous_words(self.analysis, p_start, 2)
            if (
                entity.kind != EntityKind.PLACE
                or not (
                    self._venue_before(p_start)
                    or (len(before) == 2 and before[1] in self.venue_words)
                )  # في سجن جزيرة X، عند معبر X: a building or a facility of the place
                or len(self.analysis.words_in(p_end, self._past_date(p_end, comma_at))) > 0
            ):
                return None  # only the place that closes the clause
            return p_start, p_end, entity
        return None

    def _same_place_after(self, mention: _Mention) -> Entity | None:
        """The place a back-reference after في in the round's clause names (في المدينة ذاتها،
        في المدينة التركية), as the analysis' co-reference reads it."""
        limit = min(mention.sentence[1] or len(self.text), mention.end + ATTRIBUTE_WINDOW)
        words = self.analysis.words_in(mention.start, limit)
        for index, (a, b) in enumerate(words[:-1]):
            if SENTENCE_END.search(self.text, mention.start, a):
                break
            if self._hosts_it(self.text[a:b]):
                # الجولة الأولى، التي احتضنتها المدينة ذاتها: the back-reference hosts it
                offset = self.analysis.norm.to_original(words[index + 1][0])
                place = self.analysis.coref.same_place(offset)
                if place is not None and place.kind != EntityKind.COUNTRY:
                    return place
                break
        low = max(mention.sentence[0], mention.start - ATTRIBUTE_WINDOW)
        before = self.analysis.words_in(low, mention.start)
        for index, (a, b) in enumerate(before[:-1]):
            word = self.text[a:b]
            if not (
                word in ("في", "الي") or word in self.host_words or word[1:] in self.host_words
            ) or has_break(self.text, a, mention.start):
                continue
            # احتضنت المدينة الساحلية الجولة الأولى، عاد الوفدان إلى المدينة الساحلية لجولة
            # ثانية: the back-reference in the round's own clause, before it
            offset = self.analysis.norm.to_original(before[index + 1][0])
            place = self.analysis.coref.same_place(offset)
            if place is not None and place.kind != EntityKind.COUNTRY:
                return place
        for a, b in self.analysis.words_in(mention.end, limit):
            if has_break(self.text, mention.end, a):
                return None
            if self.text[a:b] != "في":
                continue
            offset = self.analysis.norm.to_original(a)
            place = self.analysis.coref.same_place(offset)
            if place is not None and place.kind != EntityKind.COUNTRY:
                return place
        return None

    def _same_city(self, found: list[_Mention]) -> None:
        """A round "في المدينة ذاتها / نفسها" or "هناك" (there, right after it) is held in the
        city of the round told before it.

        "استضافت بكين أولى جولات هذا المسار في كونمينغ …، قبل أن تُعقد جولتان أخريان في
        المدينة ذاتها": the place the analysis' co-reference gives (``coref.same_place``: also
        "في المدينة التركية", the last city named in that country), else the city last named
        as a round's venue (في المدينة الساحلية ذاتها).
        """
        for index, mention in enumerate(found):
            if mention.place is not None or mention.status is None:
                continue
            referred = self._same_place_after(mention)
            if referred is not None:
                mention.place = referred
                continue
            if not any(  # جولتهما الثانية هناك: "there" after the noun or its phrase
                THERE.match(self.text, position) for position in (mention.end, mention.evidence[1])
            ):
                match = SAME_CITY.search(self.text, mention.end, mention.end + ATTRIBUTE_WINDOW)
                if match is None or SENTENCE_END.search(self.text, mention.end, match.start()):
                    continue
                if self.analysis.words_in(mention.end, match.start()) and has_break(
                    self.text, mention.end, match.start()
                ):
                    continue
            before = [
                m.place
                for m in found[:index]
                if m.place is not None
                and m.place.kind == EntityKind.PLACE
                and self._place_type(m.place) not in ("region", "building")
            ]
            if before:
                mention.place = before[-1]
        self._series_venue(found)
        self._sittings_of_the_story(found)

    def _series_venue(self, found: list[_Mention]) -> None:
        """A later round of a series, told held with no place, sat where the one before it did.

        "عُقدت الجولة الأولى من المحادثات في جدة في مايو، لكن الجولة الثانية في نوفمبر انتهت
        دون اختراق"، "جولة إسطنبول الأولى … . وبعد الجولة الثانية في مطلع يونيو …": a writer
        who retells a series names the venue once and moves on in order, so a held round
        with a higher ordinal and no place of its own, in the same sentence as the earlier
        round or the next one of its paragraph, took place in that round's city. Only when
        the last round told before it with a place is that earlier one (a round at another
        venue between them means the series moved), and only for a held round: where a
        round to come will sit is not told by where the last one sat (the gold leaves it
        open), and a city (not a country, region or building) is a series' venue.
        """
        for index, mention in enumerate(found):
            if (
                mention.place is not None
                or mention.status not in (RoundStatus.HELD, None)
                or mention.ordinal is None
                or mention.ordinal < 2
                or mention.plural
                or mention.other
            ):
                continue
            between: set[str | None] = set()  # the places of unnumbered rounds in between
            for before in reversed(found[:index]):
                if before.start >= mention.start or before.place is None:
                    continue
                if "\n" in self.text[before.start : mention.start] or SENTENCE_END.search(
                    self.text, before.sentence[1], mention.sentence[0]
                ):
                    break  # another paragraph, or more than one sentence back
                if before.ordinal is None:
                    between.add(before.place.name)
                    continue  # وقّع الطرفان "إعلان جدة": the round itself again, or its venue
                if (
                    before.ordinal < mention.ordinal
                    and before.status is RoundStatus.HELD
                    and self._town(before.place)
                    and between <= {before.place.name}
                ):
                    mention.place = before.place
                break

    def _sittings_of_the_story(self, found: list[_Mention]) -> None:
        """A sitting put off with no place of its own was to sit where the story's talks are.

        "مباشر | مفاوضات الأسرى في عمّان" and below it "تأجيل الجلسة المسائية التي كانت مقررة
        اليوم": a session noun (جلسة, ``round_session_nouns``) as the trigger or in the round's
        evidence names a sitting of the talks the story covers, not a meeting of its own, so
        the sitting called off was to be held in the city the title gives those talks (and
        ``rescheduled`` gives its new date the same place). Only a city (not a region, a
        country or a building) named for a round in the title's line counts, and only for a
        cancelled sitting with no ordinal, in the title's part of the page: a sitting proposed
        or possible (اقترحوا عقد جلسة مباشرة، قد تُعقد جلسة التوقيع) may be held anywhere, and
        one held is the story's round itself, told with its place where it was held.
        """
        title_end = self.text.find("\n")
        if title_end < 0:
            return
        story = next(
            (
                m
                for m in found
                if m.start < title_end and m.place is not None and self._town(m.place)
            ),
            None,
        )
        if story is None:
            return
        sessions = self.analysis.word_set("round_session_nouns")
        for mention in found:
            if (
                mention.place is None
                and mention.status is RoundStatus.CANCELLED
                and mention.ordinal is None
                and mention.start > title_end
                and mention.segment == story.segment
                and (
                    mention.start in self.session_starts
                    or any(
                        bare(self.text[a:b]) in sessions
                        for a, b in self.analysis.words_in(*mention.evidence)
                    )  # تأجيل الجلسة المسائية …: the sitting its evidence tells
                )
            ):
                mention.place = story.place

    def _city_of_host_country(self, found: list[_Mention]) -> None:
        """A round told by its host country after a city in its sentence is held in the city.

        "التقى وزيرا الخارجية في مدينة ألماتي الكازاخية في مايو، في محادثات استضافتها
        كازاخستان": the talks in apposition are the meeting told just before, and the city
        (in that country, by the gazetteer) names its venue better than the country.
        """
        gazetteer = self.analysis.resources.gazetteer
        for index, mention in enumerate(found):
            if mention.place is None or mention.place.kind != EntityKind.COUNTRY:
                continue
            for before in reversed(found[:index]):
                if before.sentence != mention.sentence:
                    break
                if before.place is None or before.place.kind != EntityKind.PLACE:
                    continue
                entry = gazetteer.entry_of(before.place)
                if entry is not None and entry.country and entry.country == mention.place.id:
                    mention.place = before.place
                break
