"""Co-reference inside a document: surnames, titles, نظيره, الطرفين, بلاده, المدينة ذاتها.

News names a person in full once ("الرئيس الروسي فلاديمير بوتين") and then writes a
surname ("بوتين"), a title ("الرئيس الروسي", "المتحدث باسم الكرملين"), a counterpart
("نظيره الكازاخستاني"), the parties of the talks ("الطرفين", "البلدين") or the
speaker's country ("بلاده"). :class:`Coreference` (``analysis.coref``) resolves such
mentions to what the document (or the gazetteer) named before. A resolved entity
keeps the text and span of the words actually written and takes the name, id, kind
and role of its antecedent.

What it reads: the gazetteer mentions of ``analysis.entities`` (people, countries,
demonyms, capitals), the ``title_heads`` lexicon (nouns that head a title) and the
``party_references`` lexicon (الطرفين …). What it builds, once per document:

- *title links*: a title written next to a named person ("وزير الدفاع الأوكراني
  رستم عمروف", "جي دي فانس، نائب الرئيس الأميركي") links that title to the person
  for the rest of the document; "نظيره الكازاخستاني قاسم جومارت توكاييف" also links
  the title of the leader it counters ("الرئيس" + "الكازاخستاني");
- *party pairs*: two countries (or capitals, or demonyms) joined by و ("روسيا
  وأوكرانيا", "موسكو وكييف", "الجانبين الروسي والأوكراني").

Places are referred back to as well: "المدينة ذاتها" or "المدينة التركية" at an offset
is the last city (of that country) named before it (:meth:`Coreference.same_place`).

Nothing here guesses: a mention with no antecedent is returned unchanged.
"""

from __future__ import annotations

import functools
import itertools
from typing import TYPE_CHECKING

import attrs
import regex

from negotext.records import Entity, EntityKind, Span

if TYPE_CHECKING:
    from negotext.analysis import Analysis
    from negotext.ar.gazetteer import Mention

__all__ = ["Coreference", "TitleLink", "counterpart_title", "mention_key"]

_TOKEN = regex.compile(r"[\p{L}\p{N}_]+|[^\s\p{L}\p{N}_]")
_TOKEN_BACKWARDS = regex.compile(r"(?r)[\p{L}\p{N}_]+|[^\s\p{L}\p{N}_]")
_WORD = regex.compile(r"[\p{L}\p{M}]+")
_CLITIC = regex.compile(r"^(?:و|ف)(?=\p{L}{3,})")
_COUNTRYISH = (EntityKind.COUNTRY, EntityKind.PLACE)
#: How many words a title may run before the name it introduces.
_TITLE_WORDS = 7
#: How many normalised characters around a name are read for its title.
_WINDOW = 160
#: How many tokens next to a name a title can take: a comma, the title, one more.
_TITLE_TOKENS = _TITLE_WORDS + 2


@functools.lru_cache(maxsize=8192)
def mention_key(text: str) -> str:
    """A comparable form of a mention: normalised, without a leading و/ف, single spaces.

    >>> mention_key("والرئيسُ  الأوكراني")
    'الرييس الاوكراني'
    """
    from negotext.ar.normalize import normalize_text

    words = normalize_text(text, hamza=True).split()
    if words:
        words[0] = _CLITIC.sub("", words[0])
    return " ".join(words)


@functools.lru_cache(maxsize=16)
def _keys(words: tuple[str, ...]) -> frozenset[str]:
    """The :func:`mention_key` of every word of a lexicon (once per lexicon, not per document)."""
    return frozenset(mention_key(w) for w in words)


@attrs.frozen
class TitleLink:
    """A title written next to a named person: ``title`` (a :func:`mention_key`) → ``person``."""

    title: str
    person: Entity
    offset: int


class Coreference:
    """Resolves mentions to the entities the document named before (``analysis.coref``)."""

    def __init__(self, analysis: Analysis) -> None:
        self.analysis = analysis

    # -- what the document holds -------------------------------------------------

    @functools.cached_property
    def _entities(self) -> tuple[Entity, ...]:
        return tuple(sorted(self.analysis.entities, key=lambda e: (e.span.start, -e.span.end)))

    @functools.cached_property
    def people(self) -> tuple[Entity, ...]:
        """Named people (with a canonical name or a name of two words or more), in order."""
        return tuple(e for e in self._entities if e.kind is EntityKind.PERSON)

    @functools.cached_property
    def _title_heads(self) -> frozenset[str]:
        return _keys(self.analysis.lexicon("title_heads"))

    @functools.cached_property
    def _party_words(self) -> frozenset[str]:
        return _keys(self.analysis.lexicon("party_references"))

    def _tokens_before(self, offset: int) -> list[str]:
        """The last words and punctuation of the normalised text before original ``offset``.

        The last ``_TITLE_TOKENS`` tokens of the window, read backwards (the same tokens
        as reading the whole window forwards, without tokenising all of it).
        """
        norm = self.analysis.norm
        end = norm.to_normalized(offset)
        found = _TOKEN_BACKWARDS.finditer(norm.text, max(0, end - _WINDOW), end)
        return [m.group() for m in itertools.islice(found, _TITLE_TOKENS)][::-1]

    def _tokens_after(self, offset: int) -> list[str]:
        """The first words and punctuation of the normalised text after original ``offset``."""
        norm = self.analysis.norm
        start = norm.to_normalized(offset)
        found = _TOKEN.finditer(norm.text, start, start + _WINDOW)
        return [m.group() for m in itertools.islice(found, _TITLE_TOKENS)]

    @functools.cached_property
    def title_links(self) -> tuple[TitleLink, ...]:
        """Titles written next to named people in this document, in order."""
        links: list[TitleLink] = []
        last_title: str | None = None
        for person in self.people:
            for title in self._titles_around(person):
                words = title.split()
                if words[0].startswith("نظير"):
                    if last_title is None:
                        continue
                    # "نظيره الكازاخستاني X": X holds the leader's title for that country.
                    title = counterpart_title(last_title, words[1:])
                else:
                    last_title = title
                links.append(TitleLink(title, person, person.span.start))
        return tuple(links)

    def _titles_around(self, person: Entity) -> list[str]:
        """Title phrases right before ("الرئيس الروسي X") or after ("X، نائب الرئيس") ``person``."""
        tokens = self._tokens_before(person.span.start)
        titles: list[str] = []
        # Before: up to _TITLE_WORDS words, an optional comma right before the name.
        j = len(tokens) - 1
        if j >= 0 and tokens[j] == ",":
            j -= 1
        # The nearest head word going back, and the heads right before it
        # ("نائب رئيس الوزراء"): "قال الرئيس الروسي" stops before "قال".
        words: list[str] = []
        found_head = False
        while j >= 0 and len(words) < _TITLE_WORDS and _is_word(tokens[j]):
            is_head = self._is_head(tokens[j])
            if found_head and not is_head:
                break
            words.insert(0, tokens[j])
            found_head = found_head or is_head
            j -= 1
        if found_head:
            words[0] = self._head_form(words[0])
            titles.append(mention_key(" ".join(words)))
        # After: "X، title،" or "X، title:".
        following = self._tokens_after(person.span.end)
        if following and following[0] == ",":
            k = 1
            after: list[str] = []
            while k < len(following) and len(after) < _TITLE_WORDS and _is_word(following[k]):
                after.append(following[k])
                k += 1
            if after and self._is_head(after[0]):
                titles.append(mention_key(" ".join(after)))
        return titles

    def _is_head(self, word: str) -> bool:
        return mention_key(self._head_form(word)) in self._title_heads

    def _head_form(self, word: str) -> str:
        """``word`` without a ب/ل proclitic when that leaves a title head ("بوزير" → "وزير")."""
        if word[:1] in ("ب", "ل") and mention_key(word[1:]) in self._title_heads:
            return word[1:]
        return word

    # -- resolution --------------------------------------------------------------

    def resolve(self, entity: Entity) -> Entity:
        """The entity ``entity`` refers to, keeping its own text and span.

        - a surname or short form of a person named earlier → that person;
        - a title held by a person the document named with it → that person;
        - "نظيره الكازاخستاني" → the person holding the leader's title for that country;
        - "الطرفين" / "البلدين" → a group named after the two parties (see
          :meth:`parties_near`);
        - an organisation, place, country, group or medium (named or not, "مكتب
          المبعوث الأممي") → ``entity`` itself: only people are resolved;
        - anything else → ``entity`` itself.
        """
        key = mention_key(entity.text)
        if key in self._party_words:
            pair = self.parties_near(entity.span.start)
            if pair is None:
                return entity
            names = " and ".join(p.name or p.text for p in pair)
            ids = "+".join(p.id for p in pair if p.id) or None
            return attrs.evolve(entity, kind=EntityKind.GROUP, name=names, id=ids)
        if entity.kind not in (EntityKind.PERSON, EntityKind.ANONYMOUS):
            # An institution, place or group speaks for itself, named or not: "مكتب
            # المبعوث الأممي" holds a title but is the office, not the envoy.
            return entity
        if entity.kind is EntityKind.PERSON and entity.id:
            return entity
        antecedent = self.title_holder(entity) or self.antecedent(entity)
        if antecedent is None:
            return entity
        return attrs.evolve(
            antecedent,
            text=entity.text,
            span=entity.span,
            role=antecedent.role or entity.role,
        )

    def title_holder(self, entity: Entity) -> Entity | None:
        """The named person the titles module (``analysis.titles``) linked to this title.

        Reuses :mod:`negotext.ar.titles`: a title written at (or inside) the
        entity's span whose person has a canonical name.
        """
        for title in self.analysis.titles:
            person = title.person
            if person is None or not person.name or not title.span.overlaps(entity.span):
                continue
            if title.span in entity.span or entity.span in title.span:
                if person.role is None and title.role:
                    return attrs.evolve(person, role=title.role)
                return person
        return None

    def antecedent(self, entity: Entity) -> Entity | None:
        """The earlier person ``entity`` (a surname, a title, نظيره …) refers to, else None."""
        key = mention_key(entity.text)
        if not key:
            return None
        words = key.split()
        if words[0].startswith("نظير"):
            counterpart = self._counterpart_title(entity.span.start, words)
            if counterpart is None:
                return None
            key = counterpart
        # A title the document linked to a person before (or right after) this mention.
        best: TitleLink | None = None
        for link in self.title_links:
            if (
                link.title == key
                and link.person.span.start != entity.span.start
                and (link.offset < entity.span.start or best is None)
            ):
                best = link
        if best is not None:
            return best.person
        # A surname: the last word(s) of a person named earlier.
        for person in reversed(self.people):
            if person.span.start >= entity.span.start:
                continue
            full = mention_key(person.text).split()
            if len(full) > len(words) and full[-len(words) :] == words:
                return person
            if person.name and mention_key(person.text) == key:
                return person
        return None

    def _counterpart_title(self, offset: int, words: list[str]) -> str | None:
        """ "نظيره الكازاخستاني" → "الرئيس الكازاخستاني" after "الرئيس الروسي X"."""
        for link in reversed(self.title_links):
            if link.offset < offset:
                return counterpart_title(link.title, words[1:])
        return None

    def last_person(self, offset: int) -> Entity | None:
        """The last person named before original ``offset``."""
        for person in reversed(self.people):
            if person.span.end <= offset:
                return person
        return None

    # -- countries and parties -----------------------------------------------------

    def country_of(self, entity: Entity) -> Entity | None:
        """The country ``entity`` stands for or belongs to, written as ``entity`` is.

        A country or demonym is its own country; a capital ("موسكو"), an
        institution or a person gives the country of its gazetteer entry; a
        title with a demonym ("وزير الخارجية السوداني") gives that demonym's
        country. None when nothing says.
        """
        gazetteer = self.analysis.resources.gazetteer
        code: str | None = None
        country_of = getattr(gazetteer, "country_of", None)
        if callable(country_of):
            code = country_of(entity)
        if code is None and entity.kind is EntityKind.COUNTRY and entity.id:
            code = entity.id
        if code is None:
            inner = [
                e
                for e in self._entities
                if e.kind is EntityKind.COUNTRY and e.span in entity.span and e.span != entity.span
            ]
            if inner:
                return attrs.evolve(inner[-1], text=entity.text, span=entity.span, role=None)
            return None
        name = None
        get = getattr(gazetteer, "get", None)
        entry = get(code) if callable(get) else None
        if entry is not None:
            name = entry.name
        return Entity(entity.text, entity.span, EntityKind.COUNTRY, name=name, id=code)

    @functools.cached_property
    def party_pairs(self) -> tuple[tuple[Entity, Entity], ...]:
        """Pairs of countries the document mentions together ("روسيا وأوكرانيا"), in order."""
        countryish = [e for e in self._entities if e.kind in _COUNTRYISH]
        pairs: list[tuple[Entity, Entity]] = []
        text = self.analysis.text
        for first, second in itertools.pairwise(countryish):
            between = text[first.span.end : second.span.start]
            if not _joins(between):
                continue
            if not "".join(_kept(char) for char in between):
                # Two names with nothing between them (white space, or a direction mark a
                # scraped page left) are one phrase, not a pair.
                continue
            a, b = self.country_of(first), self.country_of(second)
            if a is None or b is None or (a.id and a.id == b.id):
                continue
            pairs.append((a, b))
        return tuple(pairs)

    def parties_near(self, offset: int) -> tuple[Entity, Entity] | None:
        """The two parties of the talks in context at original ``offset``.

        The last pair of countries mentioned together before ``offset`` (or, when
        none comes before, the first pair after it), each as a country entity with
        the text and span of its own mention. None when the document has no pair.
        """
        before = [pair for pair in self.party_pairs if pair[1].span.end <= offset]
        if before:
            return before[-1]
        return self.party_pairs[0] if self.party_pairs else None

    def speaker_country_at(self, offset: int) -> Entity | None:
        """The country "بلاده" / "بلادها" at original ``offset`` stands for.

        The speaker of a sentence is usually its first named person ("قال وزير الخارجية
        الإيراني عباس عراقجي إن بلاده …"): the country of the last person named before
        ``offset`` in the same sentence, else of the first country, capital or demonym
        of the sentence. None when the sentence names none.
        """
        sentence = self.analysis.sentence_at(offset)
        before = [e for e in self._entities if sentence.start <= e.span.start < offset]
        found: Entity | None = None
        for entity in reversed(before):
            if entity.kind is EntityKind.PERSON:
                found = self.country_of(entity)
                if found is not None:
                    break
        if found is None:
            for entity in before:
                if entity.kind in _COUNTRYISH or entity.kind is EntityKind.ORGANIZATION:
                    found = self.country_of(entity)
                    if found is not None:
                        break
        if found is None:
            return None
        # The entity keeps the words actually written: "بلاده" at ``offset``.
        word = _WORD.match(self.analysis.text, offset)
        span = Span(offset, word.end()) if word else Span(offset, offset)
        return attrs.evolve(found, text=self.analysis.slice(span), span=span)

    # -- places ----------------------------------------------------------------------

    def same_place(self, offset: int) -> Entity | None:
        """The place a back-reference at original ``offset`` names, else None.

        Read at ``offset`` (proclitics such as ب، و، في before it are skipped):

        - "المدينة ذاتها/نفسها"، "نفس المدينة"، "ذات المدينة"، "المدينة الساحلية ذاتها"
          → the last city named before ``offset``; "العاصمة ذاتها" → the last capital; "المكان/الموقع ذاته"
          → the last place of any kind; "البلد/الدولة ذاتها" → the last country;
        - "المدينة التركية"، "العاصمة السويسرية" (a noun and a demonym) → the last city
          (or capital) named before ``offset`` that lies in that country; "المدينة
          الساحلية" (an adjective that names no country) → the last city;
        - "الإقليم"، "الإقليم المتنازع عليه" alone → the last region named before
          ``offset`` (the province or disputed territory the article is about).

        The entity keeps the text and span of the words written there and takes the
        name, id and kind of the place it refers to. Nothing is guessed: no such
        place named before gives None.
        """
        norm = self.analysis.norm
        start = norm.to_normalized(offset)
        match = _SAME_PLACE.match(norm.text, start)
        if match is None:
            return None
        noun = match.group("noun") or match.group("noun2") or match.group("noun3")
        demonym_country: str | None = None
        # "المدينة التركية" names a country; "المدينة التركية ذاتها" too; "المدينة
        # الساحلية ذاتها" an adjective that names none.
        adjective = "demonym" if match.group("demonym") else "adjective"
        if match.group(adjective):
            span = self.analysis.span(match.start(adjective), match.end(adjective))
            demonym = next(
                (m for m in self._mentions if m.demonym and m.entity.span.start == span.start),
                None,
            )
            if demonym is not None and demonym.entity.id:
                demonym_country = demonym.entity.id
            elif adjective == "demonym" and not (
                noun == "مدينه"
                and match.group("demonym") in self.analysis.word_set("city_adjectives")
            ):
                return None
            # "المدينة الساحلية"، "المدينة الحدودية" (``city_adjectives``): an adjective that
            # names no country refers back to the last city, as "المدينة الساحلية ذاتها"
        written = self.analysis.span(match.start("phrase"), match.end("phrase"))
        for mention in reversed(self._mentions):
            entity, entry = mention.entity, mention.entry
            if entity.span.end > offset or mention.demonym:
                continue
            if not _place_fits(noun, entity.kind, entry.place_type, entry.capital_of):
                continue
            if (
                demonym_country is not None
                and (entry.capital_of or entry.country) != demonym_country
            ):
                continue
            return attrs.evolve(entity, text=self.analysis.slice(written), span=written, role=None)
        return None

    def told_place(
        self, offset: int, noun: str, place_types: frozenset[str] = frozenset()
    ) -> Entity | None:
        """The named place a definite noun of a kind of place at original ``offset`` refers
        back to (المحطة، المزارع، شبه الجزيرة، المدينة، الإقليم), else None.

        ``noun`` is the noun as normalised, without its article (``"محطه"``, ``"شبه جزيره"``).
        Walking back from ``offset``, the first place named before it that is

        - a place one of whose names in the gazetteer opens with that noun: المحطة after
          "زابوريجيا" (محطة زابوريجيا النووية), المزارع after "مزارع شبعا", شبه الجزيرة after
          "القرم" (شبه جزيرة القرم): the noun is the place's own region noun;
        - or, with ``place_types``, a place of one of those types (``place_type`` of the
          gazetteer) in a country, no capital, named in the noun's paragraph or the one before
          it: المدينة → the last city named, الإقليم → the last region. A capital named before
          is most often its government acting (أعلنت كاراكاس), no city told of; a region in
          no country is most often a part of the world (أوروبا، البلقان); a place named
          paragraphs before was left behind (the venue of an earlier round).

        The entity returned is the place's (its name, id and kind, its text and span where it
        was named); callers keep the words written at ``offset``. Nothing is guessed: no such
        place before ``offset`` gives None.
        """
        near = _paragraph_start(self.analysis.text, offset, 2)
        for mention in reversed(self._mentions):
            entity, entry = mention.entity, mention.entry
            if entity.span.end > offset or mention.demonym or entity.kind is not EntityKind.PLACE:
                continue
            if any(_opens_with(name, noun) for name in entry.names):
                return entity
            if (
                place_types
                and entry.place_type in place_types
                and entry.capital_of is None
                and entry.country is not None
                and entity.span.start >= near
            ):
                return entity
        return None

    @functools.cached_property
    def _mentions(self) -> tuple[Mention, ...]:
        return tuple(
            sorted(self.analysis.entity_reading.mentions, key=lambda m: m.entity.span.start)
        )

    def is_party_reference(self, text: str) -> bool:
        """Whether ``text`` is a word for the two parties ("الطرفين", "البلدين")."""
        return mention_key(text) in self._party_words


#: "المدينة ذاتها/نفسها/عينها"، "نفس المدينة"، "المدينة التركية" (normalised text; proclitics
#: before).
_SAME_PLACE = regex.compile(
    r"(?:(?:في|الي|من|داخل)\s+)?(?:[وف])?(?:ب|ل|ك)?(?P<phrase>"
    r"(?:ال|ل)(?P<noun>مدينه|عاصمه|مكان|موقع|بلد|دوله|بلده|منتجع|اقليم)"
    r"\s+(?:(?:(?P<adjective>ال\p{L}+)\s+)?(?:ذاتها|نفسها|عينها|ذاته|نفسه|عينه)\b"
    r"|(?P<demonym>ال\p{L}+(?:يه|ي))\b)"
    r"|(?:نفس|ذات)\s+(?:ال)(?P<noun2>مدينه|عاصمه|مكان|موقع|بلد|دوله|بلده|منتجع|اقليم)\b"
    r"|(?:ال|ل)(?P<noun3>اقليم)(?:\s+المتنازع\s+عليه)?(?![\p{L}\p{M}]))"
)


def _place_fits(
    noun: str, kind: EntityKind, place_type: str | None, capital_of: str | None
) -> bool:
    """Whether a gazetteer place is what a noun such as المدينة or العاصمة refers back to."""
    if noun in ("بلد", "دوله"):
        return kind is EntityKind.COUNTRY
    if kind is not EntityKind.PLACE:
        return False
    if noun == "عاصمه":
        return capital_of is not None
    if noun in ("مدينه", "بلده", "منتجع"):
        return place_type in (None, "city")
    if noun == "اقليم":
        return place_type in (None, "region")
    return place_type not in ("water", "corridor")


def _paragraph_start(text: str, offset: int, count: int) -> int:
    r"""Where the ``count``-th paragraph back from ``offset`` starts (1: its own), blank lines
    between paragraphs skipped.

    >>> _paragraph_start("أ\n\nب\nج", 5, 1), _paragraph_start("أ\n\nب\nج", 5, 2)
    (5, 3)
    >>> _paragraph_start("أ\n\nب\nج", 5, 3)
    0
    """
    start = text.rfind("\n", 0, offset) + 1
    for _ in range(count - 1):
        end = start - 1  # the line break before the paragraph
        while end > 0 and text[end - 1] in "\n\r \t":
            end -= 1
        if end <= 0:
            return 0
        start = text.rfind("\n", 0, end) + 1
    return start


def _opens_with(name: str, noun: str) -> bool:
    """Whether a place's name opens with ``noun`` (normalised, no article) and goes on with
    the words that name it: "محطة زابوريجيا النووية" opens with "محطه", "المحطة" alone not.

    >>> _opens_with("محطة زابوريجيا النووية", "محطه"), _opens_with("محطة", "محطه")
    (True, False)
    """
    words = mention_key(name).split()
    noun = mention_key(noun)  # both normalised alike (ئ/ي of a hamza)
    count = len(noun.split())
    if len(words) <= count:
        return False
    first = " ".join(words[:count])
    return first == noun or first.removeprefix("ال") == noun


def counterpart_title(title: str, demonym: list[str]) -> str:
    """The title of a leader's counterpart: the leader's title with the other demonym.

    >>> counterpart_title("وزير الخارجيه الروسي", ["التركي"])
    'وزير الخارجيه التركي'
    >>> counterpart_title("الرييس", ["التركي"])
    'الرييس التركي'
    """
    words = title.split()
    for index in range(len(words) - 1, 0, -1):
        if _NISBA.match(words[index]):
            return " ".join([*words[:index], *demonym, *words[index + 1 :]])
    return " ".join([*words, *demonym])


_NISBA = regex.compile(r"^ال\p{L}{2,}(?:ي|يه)$")


def _joins(between: str) -> bool:
    """Whether ``mention_key(between).strip()`` is "و" or "": nothing but و between names.

    Normalisation maps each character on its own, so the characters are read one at a
    time and the first one that leaves more than a و stops the reading: the text
    between two names a paragraph apart is not normalised (nor kept in
    ``mention_key``'s cache) whole.

    >>> _joins(" و"), _joins(" "), _joins(" وقال "), _joins(" و و ")
    (True, True, False, False)
    """
    kept = ""
    for char in between:
        kept += _kept(char)
        if kept not in ("", "و"):
            return False
    return True


@functools.lru_cache(maxsize=4096)
def _kept(char: str) -> str:
    """What normalisation (as in :func:`mention_key`) leaves of ``char``, white space dropped."""
    from negotext.ar.normalize import normalize_text

    return "".join(normalize_text(char, hamza=True).split())


def _is_word(token: str) -> bool:
    return bool(token) and (token[0].isalpha() or token[0].isdigit())
