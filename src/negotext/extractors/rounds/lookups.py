"""What the rounds reader looks up at a position: entities, places and venue words.

Is a place or an actor named at this offset, what kind of place is it (a city, a region, a
building), whose country is an actor, does a venue word (في، إلى، استضافت) introduce it, is
it one of two places given as alternatives or a list. Every rule above asks these, often
of the same entity for every round near it, so the answers that cost a reading of the
text are kept per entity or position. The reader's state is declared here and set by
``reader._Reader``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from negotext.ar.normalize import normalize_text
from negotext.extractors._common import Cue, bare, has_break
from negotext.extractors.rounds.mention import _Located, _starting_within
from negotext.extractors.rounds.text import _previous_words
from negotext.extractors.rounds.words import (
    AREA_NOUNS,
    BUILDING_NOUNS,
    BUILDING_PREPOSITIONS,
    TOPICS,
    VENUE_FILLERS,
)
from negotext.records import Entity, EntityKind

#: The conjunctions of alternatives, normalised: أو, and أم of a question whether (ما إذا
#: كانت ستعقد في جنيف أم في فيينا): places joined by them are no venue yet (rule 6).
ALTERNATIVES = frozenset({"او", "ام"})

#: "At", the preposition of a meeting at a border crossing or point (التقى الضابطان عند معبر
#: واغا), normalised.
AT_WORDS = frozenset(normalize_text(w) for w in ("عند", "وعند"))

if TYPE_CHECKING:
    from negotext.analysis import Analysis
    from negotext.ar.dates import DateMention
    from negotext.ar.formats import Format
    from negotext.ar.ordinals import Ordinal


class _Lookups:
    """What the rounds reader looks up in one document, and its state."""

    # The reader's state, set by ``_Reader.__init__`` (where each is described) and read by
    # every layer.
    analysis: Analysis
    text: str
    _boosts: list[tuple[int, int, float, str]] | None
    dialogue_starts: set[int]
    session_starts: set[int]
    dual_starts: set[int]
    trigger_cues: dict[int, Cue]
    statuses: list[Cue]
    heads: dict[int, int]
    triggers: list[tuple[int, int, str]]
    phone: list[Cue]
    future: list[Cue]
    purposes: list[Cue]
    arrivals: list[Cue]
    context_cues: list[Cue]
    not_talks: list[Cue]
    bodies: list[Cue]
    generic: list[Cue]
    mediation: list[Cue]
    agree_verbs: frozenset[str]
    signing_verbs: frozenset[str]
    holding: frozenset[str]
    adjacent_words: frozenset[str]
    previous_words: frozenset[str]
    continuing: frozenset[str]
    participated: frozenset[str]
    relatives: frozenset[str]
    framework: frozenset[str]
    verbal_nouns: frozenset[str]
    arrival_words: frozenset[str]
    arrived_words: frozenset[str]
    sequence_words: frozenset[str]
    effort_words: frozenset[str]
    during_words: frozenset[str]
    process_states: frozenset[str]
    outcome_words: frozenset[str]
    outcome_nouns: frozenset[str]
    preparing: frozenset[str]
    suspending: frozenset[str]
    venue_words: frozenset[str]
    host_words: frozenset[str]
    holding_verbs: frozenset[str]
    context: bool
    sports: bool
    sport_starts: list[int]
    labour: bool
    dates: list[tuple[int, int, DateMention]]
    ordinals: list[tuple[int, int, Ordinal]]
    formats: list[tuple[int, int, Format]]
    format_venues: set[int]
    places: _Located
    actors: _Located
    _moving_places: list[tuple[int, int, Entity]]
    _gap_places: list[tuple[int, int, Entity]]
    _states: list[tuple[int, int, Entity]]
    _venue_cache: dict[int, bool]
    #: Where the venue a verb of receiving was accepted by starts, by the verb's start.
    received_venues: dict[int, int]
    _countries: dict[Entity, Entity | None]
    _place_types: dict[Entity, str | None]

    def _place_type(self, entity: Entity) -> str | None:
        """The gazetteer's ``place_type`` of a place or building ("city", "region" …)."""
        return self._place_types.get(entity)

    def _building(self, entity: Entity) -> bool:
        """Whether a place is a building: so marked, or named by a building noun (قصر الدرعية)."""
        if self._place_type(entity) == "building":
            return True
        first = normalize_text(entity.text).split()[:1]
        return bool(first) and first[0] in BUILDING_NOUNS

    def _town(self, entity: Entity) -> bool:
        """Whether a place is a city or a town: a place that is neither a region nor a building."""
        return (
            entity.kind == EntityKind.PLACE
            and self._place_type(entity) != "region"
            and not self._building(entity)
        )

    def _inside_building(self, item: tuple[int, int, Entity]) -> bool:
        """Whether an institution is a building said as a place: في / داخل / بـ before it.

        "في البيت الأبيض"، "داخل قصر الإليزيه"، "بالكرملين": the building is where talks are
        held; "أعلن البيت الأبيض" is the institution speaking, and "استضاف قصر الإليزيه
        اجتماعاً" the host (its city, named elsewhere, stays the venue): not a place.
        """
        start, _, entity = item
        if self._place_types.get(entity) != "building":
            return False
        if (
            start
            and self.text[start - 1] == "ب"
            and (start < 2 or not self.text[start - 2].isalpha())
        ):
            return True
        previous = _previous_words(self.analysis, start, 1)
        if previous and bare(previous[0]) in self.analysis.word_set("round_nouns"):
            return True  # قمة البيت الأبيض: a round named by the building it was held in
        return bool(previous) and previous[0] in BUILDING_PREPOSITIONS

    def _place_at(self, position: int) -> bool:
        """Whether a place or country entity starts at normalised ``position``."""
        return any(p_start == position for p_start, _, _ in self.places)

    def _party_at(self, position: int) -> bool:
        """Whether a place, country, group or other actor starts at normalised ``position``,
        or a name in quotation marks (مفاوضات كينشاسا و«إم23»: the government and a group)."""
        if self.text[position : position + 1] in ('"', "«"):
            return True
        return self._place_at(position) or any(
            a_start == position
            for a_start, _, _ in _starting_within(self.actors, position, position)
        )

    def _country(self, entity: Entity) -> Entity | None:
        """An actor as a party: its country, or itself for a group with no country.

        Every round near an actor asks this of it, so the answer is kept per entity.
        """
        if entity not in self._countries:
            self._countries[entity] = self._read_country(entity)
        return self._countries[entity]

    def _read_country(self, entity: Entity) -> Entity | None:
        """An actor's country through co-reference (بوتين → Russia)."""
        resolved = self.analysis.coref.resolve(entity)
        if resolved.kind == EntityKind.COUNTRY:
            return resolved
        country_of = getattr(self.analysis.coref, "country_of", None)
        country = country_of(resolved) if callable(country_of) else None
        if isinstance(country, Entity):
            return country
        return resolved if resolved.kind in (EntityKind.GROUP, EntityKind.ORGANIZATION) else None

    def _venue_before(self, position: int) -> bool:
        """Whether a venue word introduces what starts at ``position`` (في، إلى، استضافت، بـ).

        Asked of the same entity by every round near it, so the answer is kept per position.
        """
        known = self._venue_cache.get(position)
        if known is None:
            known = self._venue_cache[position] = self._read_venue_before(position)
        return known

    def _read_venue_before(self, position: int) -> bool:
        """Whether a venue word introduces what starts at ``position``, read from the text."""
        if self._after_city_noun(position) or self._at_crossing(position):
            return True
        text = self.text
        if (
            position
            and text[position - 1] in "بف"
            and (position < 2 or not text[position - 2].isalpha())
        ):
            return True
        if (
            position > 1
            and text[position - 2 : position] in ("وب", "فب")
            and (position < 3 or not text[position - 3].isalpha())
        ):
            return True  # وبالعاصمة القطرية، وبجدة: بـ after the conjunction
        if _previous_words(self.analysis, position, 2)[1:] == ["هامش"]:
            return True  # التقى … على هامش قمة شرم الشيخ: where the summit was
        if (
            position
            and text[position - 1] == "ل"
            and (position < 2 or not text[position - 2].isalpha())
        ):
            moving = self.analysis.word_set("round_moving")
            if any(
                w.lstrip("وف") in moving for w in _previous_words(self.analysis, position - 1, 6)
            ):
                return True  # تعود المحادثات لمسقط: the preposition of a verb of moving
        # A city noun (مدينة، العاصمة) names a venue (في مدينة جدة، وكانت مدينة جدة قد
        # احتضنت، اختيار مدينة أوهريد مكاناً), but not as the object of a verbal noun
        # governed by بـ / لـ or of a word of topic (انتهت بإعادة مدينة لاشيو، المعارك حول
        # مدينة أوفيرا)
        filler = False
        for word in _previous_words(self.analysis, position, 3):
            if word in VENUE_FILLERS:
                filler = filler or word in self.venue_words  # (not: على بلدة X، عبر مطار X)
                continue
            if word in self.venue_words or bare(word) in self.venue_words:
                return True
            if word[:1] == "ب" and word[1:] in VENUE_FILLERS:
                return True  # بمدينة إسطنبول، بالعاصمة: the preposition is attached
            if word[:1] == "ب" and word[1:] in AREA_NOUNS:
                return True  # في نقطة X بمنطقة راجوري: بـ on an area noun, as on بمدينة
            if word in AREA_NOUNS or word.endswith("يه"):
                continue  # في العاصمة العمانية مسقط
            return filler and not (word[:1] in ("ب", "ل") or word in TOPICS)
        return filler

    def _at_crossing(self, position: int) -> bool:
        """Whether عند and a noun of crossing (``round_crossing_nouns``) introduce what starts
        at ``position``: the crossing itself (عند معبر واغا, the crossing's name holding its
        noun) or the place the crossing is named by (عند معبر رفح).

        Officers and envoys of two sides meet at a border crossing or a point on the line
        of contact, told with عند ("at") where a city is told with في (اجتماع علم عند نقطة X
        على خط السيطرة): عند alone is no venue word, as it also means "when" (عند وصوله).
        """
        words = _previous_words(self.analysis, position, 2)
        crossings = self.analysis.word_set("round_crossing_nouns")
        if len(words) == 2 and words[0] in crossings and words[1] in AT_WORDS:
            return True
        if not words or words[0] not in AT_WORDS:
            return False
        following = self.analysis.words_in(position, min(len(self.text), position + 12))[:1]
        return bool(following) and self.text[slice(*following[0])] in crossings

    def _after_city_noun(self, position: int) -> bool:
        """Whether "في العاصمة" and at most two adjective words stand before ``position``.

        "في العاصمة الجنوب سودانية جوبا": a compound adjective between the city noun and
        the name.
        """
        words = _previous_words(self.analysis, position, 4)
        for index, word in enumerate(words[:3]):
            if word in VENUE_FILLERS:
                return index > 0 and index + 1 < len(words) and words[index + 1] in self.venue_words
        return False

    def _after_filler(self, position: int) -> bool:
        """Whether a city noun stands just before ``position`` (في العاصمة العمانية مسقط)."""
        return any(word in VENUE_FILLERS for word in _previous_words(self.analysis, position, 2))

    def _alternative(self, end: int) -> bool:
        """Whether "أو" (and في) and another place follow what ends at ``end`` (طرابلس أو بنغازي).

        A verb of moving and إلى may stand between (لم يحسم إن كانت ستعقد في أديس أبابا أو
        تنتقل إلى جيبوتي), or a verb of holding and في (قد تُنقل إلى مسقط أو تُعقد في عمّان):
        the second place is still an alternative venue (CONVENTIONS rule 6).
        """
        following = self.analysis.words_in(end, min(len(self.text), end + 40))[:4]
        moving = self.analysis.word_set("round_moving")
        if (
            len(following) == 4
            and self.text[following[1][0] : following[1][1]] in moving
            and self.text[following[2][0] : following[2][1]] == "الي"
        ):
            following = [following[0], following[3]]  # … أو تنتقل إلى جيبوتي
        elif (
            len(following) == 4
            and self.text[following[1][0] : following[1][1]] in self.holding_verbs | self.holding
            and self.text[following[2][0] : following[2][1]] == "في"
        ):
            following = [following[0], following[3]]  # … أو تُعقد في عمّان
        following = following[:3]
        if len(following) == 3 and self.text[following[1][0] : following[1][1]] == "في":
            following = [following[0], following[2]]  # في قصر بعبدا أو في الناقورة
        if not following or self.text[following[0][0] : following[0][1]] not in ALTERNATIVES:
            return False
        return (len(following) >= 2 and self._place_at(following[1][0])) or (
            self._named_venue_phrase(following[0][1])
        )

    def _named_venue_phrase(self, position: int) -> bool:
        """Whether a venue phrase opened by a city or building noun, after في or with بـ
        attached, names one place right after ``position`` (أو في مدينة رويلي، أو بمدينة
        لاشيو، أو في مقر القيادة المركزية): a second venue as concrete as the first, so the
        two are alternatives (CONVENTIONS rule 6).

        A city noun names a place when the gazetteer knows the word after it, or that word is
        a name: no article, not a feminine adjective agreeing with the noun (في مدينة ثالثة،
        في عاصمة خليجية) and no word of a kind of place (``round_unnamed_place_words``: في
        مدينة أخرى). A building noun names one in construct with a definite noun (في مقر
        الأمم المتحدة; not في مقر محايد).
        """
        words = self.analysis.words_in(position, min(len(self.text), position + 60))[:3]
        texts = [self.text[a:b] for a, b in words]
        if texts[:1] == ["في"]:
            words, texts = words[1:], texts[1:]
        elif texts[:1] and texts[0][:1] == "ب" and texts[0][1:] in VENUE_FILLERS | BUILDING_NOUNS:
            texts = [texts[0][1:], *texts[1:]]  # أو بمدينة لاشيو
        if len(words) < 2 or has_break(self.text, position, words[1][0]):
            return False
        noun, name = texts[0], texts[1]
        if noun in VENUE_FILLERS:
            return self._place_at(words[1][0]) or (
                len(name) >= 3
                and name.isalpha()
                and not name.startswith("ال")
                and not name.endswith("ه")
                and name not in self.analysis.word_set("round_unnamed_place_words")
            )
        return noun in BUILDING_NOUNS and name.startswith("ال")

    def _after_alternative(self, start: int) -> bool:
        """Whether "أو" (and في, a verb of moving and إلى, or a verb of holding and في) stands
        before what starts at ``start`` (… أو في الناقورة، … أو تنتقل إلى جيبوتي، … أو
        تُعقد في عمّان), also past the city noun of the second place (… أو في مدينة لاشيو)."""
        words = _previous_words(self.analysis, start, 3)
        if words and (
            words[0] in VENUE_FILLERS or (words[0][:1] == "ب" and words[0][1:] in VENUE_FILLERS)
        ):
            noun = self.analysis.words_in(max(0, start - 40), start)[-1]
            return self._after_alternative(noun[0])  # … أو في مدينة لاشيو
        if (
            len(words) == 3
            and words[0] == "الي"
            and words[1] in self.analysis.word_set("round_moving")
            and words[2] in ALTERNATIVES
        ):
            return True  # … أو تنتقل إلى جيبوتي
        if (
            len(words) == 3
            and words[0] == "في"
            and words[1] in self.holding_verbs | self.holding
            and words[2] in ALTERNATIVES
        ):
            return True  # … أو تُعقد في عمّان
        return bool(words) and (
            words[0] in ALTERNATIVES or (words[0] == "في" and words[1:2] in (["او"], ["ام"]))
        )

    def _listed(self, end: int) -> bool:
        """Whether another country follows what ends at ``end`` with و (مصر وإسرائيل)."""
        following = self.analysis.words_in(end, min(len(self.text), end + 20))[:1]
        if not following or has_break(self.text, end, following[0][0]):
            return False
        word_start = following[0][0]
        return self.text.startswith("و", word_start) and any(
            p_start == word_start + 1 and entity.kind == EntityKind.COUNTRY
            for p_start, _, entity in self.places
        )

    def _country_end(self, start: int) -> int | None:
        """The end of a country (or demonym) entity starting at ``start``, else None."""
        return next(
            (e for s, e, entity in self.places if s == start and entity.kind == EntityKind.COUNTRY),
            None,
        )

    def _clitic_to(self, position: int) -> bool:
        """Whether the place at ``position`` is written with the clitic preposition لـ, the
        article merged into it or not (لطرابلس، للقاهرة، وللخرطوم)."""
        word_start = position
        while word_start and self.text[word_start - 1].isalpha():
            word_start -= 1
        return self.text[word_start:position].lstrip("وف") in ("ل", "لل")
