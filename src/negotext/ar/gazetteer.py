"""The gazetteer: countries, places, institutions, groups, media and people.

A :class:`Gazetteer` is built once from entries (mappings with the keys of the
data files in ``data/gazetteer/``, contributed through the hook
``negotext_register_gazetteer``) and then finds every mention of every entry in
ONE pass over a normalised text: all surface forms go into a single compiled
pattern (a ``regex`` named list, matched longest first), never a loop of one
pattern per entry.

What matching tolerates:

- spelling differences that normalisation removes (diacritics, tatweel, alef
  and hamza forms, ta marbuta, alef maqsura);
- proclitics attached to the first word: و ف ب ك ل and their combinations,
  including the contraction ل + ال → لل ("للكرملين"); the clitics are left out
  of the entity's span ("وبوتين" → "بوتين", "بالكرملين" → "الكرملين",
  "للكرملين" → "كرملين");
- demonyms of countries in all their forms, generated from nisba stems
  (روسي، روسية، الروسيون، الروسيين، روسيتين …) plus the irregular plurals an
  entry lists (الروس، الأمريكان): a demonym is a COUNTRY entity whose text is
  the adjective, and :attr:`Mention.demonym` is True;
- surnames and names that are also ordinary words (``short`` forms: عباس،
  الأسد، الحية، مالي) count only after a full mention of the same entry
  earlier in the text; a place marked ``short_in_country`` (بندر for Bender)
  also after a full mention of its country or of another place in it.

Word boundaries are respected: a form never matches inside a longer word
("مصر" does not match in "مصرف").

>>> g = Gazetteer([
...     {"kind": "country", "id": "RU", "name": "Russia", "names": ["روسيا"], "nisba": ["روس"]},
...     {"kind": "person", "id": "Q7747", "name": "Vladimir Putin",
...      "names": ["فلاديمير بوتين", "بوتين"], "role": "President of Russia", "country": "RU"},
... ])
>>> [(e.text, e.name) for e in g.find("قال الرئيس الروسي وبوتين لروسيا")]
[('الروسي', 'Russia'), ('بوتين', 'Vladimir Putin'), ('روسيا', 'Russia')]
"""

from __future__ import annotations

import datetime
import functools
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import attrs
import regex

from negotext.ar.normalize import Normalized, normalize
from negotext.records import Entity, EntityKind, Span

__all__ = [
    "DEMONYM_SUFFIXES",
    "ENTRY_TYPES",
    "PLACE_TYPES",
    "Gazetteer",
    "GazetteerEntry",
    "GazetteerError",
    "Mention",
    "PhraseTrie",
    "Scanned",
    "clitic_readings",
    "entry_problems",
    "entry_type",
    "find_entities",
    "match_key",
    "scan",
]

#: Suffixes that turn a nisba stem (روس، أمريك) into every demonym form:
#: masculine and feminine singular, duals, sound plurals (nominative and oblique).
DEMONYM_SUFFIXES: tuple[str, ...] = (
    "ي",
    "ية",
    "يان",
    "يين",
    "يتان",
    "يتين",
    "يون",
    "يات",
)

#: The accusative singular of a nisba without the article (مواطناً أرمنياً، 15 سعودياً):
#: the tanwin is a mark normalisation drops, the alef that carries it stays.
ACCUSATIVE_SUFFIX = "يا"

#: Keys an entry may have; anything else is a typo and rejected.
ENTRY_KEYS = frozenset(
    {
        "kind",
        "name",
        "names",
        "id",
        "short",
        "short_in_country",
        "role",
        "since",
        "until",
        "country",
        "capital_of",
        "city",
        "nisba",
        "demonyms",
        "note",
        "source",
        "plugin",
        "place_type",
        "type",
        "fallback",
    }
)
#: What an entry registered through ``negotext_register_gazetteer`` is, told by its
#: ``type``: an ``entity`` (the default when ``type`` is absent), matched by the
#: :class:`Gazetteer`, or a negotiation ``format`` (منبر جدة، آلية الناقورة), matched by
#: :class:`negotext.ar.formats.Formats`. A format's ``kind`` (platform, group …) is not an
#: entity's kind, so ``kind`` cannot tell them apart.
ENTRY_TYPES = ("entity", "format")
#: What a place is (``place_type``): a city (or town), a region (province, territory,
#: disputed area), a crossing, a corridor, a body of water, a facility (plant, dam, base)
#: a building where talks may be held (a palace, a headquarters) or an area of one city (the UN
#: buffer zone of Nicosia). An institution named after its building (البيت الأبيض، الإليزيه) may
#: be a "building" too. A building or an area may name its ``city``.
PLACE_TYPES = frozenset(
    {"city", "region", "crossing", "corridor", "water", "facility", "building", "area"}
)
GAZETTEER_KINDS = frozenset(k.value for k in EntityKind if k is not EntityKind.ANONYMOUS)
ID_PATTERN = regex.compile(r"^(?:Q[1-9][0-9]*|[A-Z]{2})$")
COUNTRY_CODE = regex.compile(r"^[A-Z]{2}$")
ARABIC_FORM = regex.compile(r"^(?=.*\p{Arabic})[\p{Arabic}\p{M}\s\d\-'.]+$")

# A word: letters, marks, digits. Matches never start or end inside one.
_WORD = regex.compile(r"[\p{L}\p{M}\p{Nd}_]+")
# What may stand between the words of a multi-word name in the text.
_GAP = regex.compile(r"[ \t\r\n\u2028\u2029\-]+")
# Hamza on a carrier folds to the carrier: one character for one, offsets unchanged.
_HAMZA = str.maketrans({"ؤ": "و", "ئ": "ي"})
_ARTICLE = "ال"
_SHADDA = "\u0651"
#: Proclitics that may precede a name, fewest letters first (so that a word that
#: is itself a name, "بوتين", is read before one that strips a clitic, "ب" + …).
PROCLITICS: tuple[str, ...] = ("", "و", "ف", "ب", "ك", "ل", "وب", "وك", "ول", "فب", "فك", "فل")


class GazetteerError(ValueError):
    """A malformed gazetteer entry; the message names where it came from."""


def match_key(form: str) -> str:
    """The normalised key a surface form is matched under.

    >>> match_key("  وزارةُ   الخارجيّة ") == match_key("وزاره الخارجيه")
    True
    >>> match_key("جان-نويل بارو")
    'جان نويل بارو'
    """
    return " ".join(_WORD.findall(normalize(form).text.translate(_HAMZA)))


def _strings(value: Any) -> tuple[str, ...]:
    """A string or a list of strings as a tuple (None → empty)."""
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    return tuple(value)


def entry_type(entry: Mapping[str, Any]) -> Any:
    """What a registered entry is: its ``type``, ``"entity"`` when it has none.

    >>> entry_type({"kind": "place", "name": "X", "names": ["س"]})
    'entity'
    >>> entry_type({"type": "format", "kind": "platform", "name": "X", "names": ["منبر س"]})
    'format'
    """
    return entry.get("type", "entity")


def entry_origin(entry: Mapping[str, Any]) -> str:
    """Where a registered entry came from, for error messages: the ``plugin`` and ``source``
    keys the host adds ("" for an entry built in code).

    >>> entry_origin({"plugin": "negotext-example", "source": "gaza.json", "name": "X"})
    'negotext-example gaza.json'
    """
    return " ".join(str(entry[k]) for k in ("plugin", "source") if entry.get(k))


def entry_problems(entry: Mapping[str, Any]) -> list[str]:
    """What is wrong with one entry (empty when it is valid).

    >>> entry_problems({"kind": "country", "name": "X", "names": ["روسيا"], "id": "ru"})
    ["id must match Q<digits> or an ISO alpha-2 code, got 'ru'"]
    """
    problems: list[str] = []
    unknown = sorted(set(entry) - ENTRY_KEYS)
    if unknown:
        problems.append(f"unknown keys {unknown}")
    if entry_type(entry) != "entity":
        problems.append(
            f"type must be 'entity' (or absent) in the gazetteer, got {entry_type(entry)!r}"
        )
    kind = entry.get("kind")
    if kind not in GAZETTEER_KINDS:
        problems.append(f"kind must be one of {sorted(GAZETTEER_KINDS)}, got {kind!r}")
    name = entry.get("name")
    if not isinstance(name, str) or not name.strip():
        problems.append(f"name must be a non-empty English string, got {name!r}")
    entry_id = entry.get("id")
    if entry_id is not None and not (isinstance(entry_id, str) and ID_PATTERN.match(entry_id)):
        problems.append(f"id must match Q<digits> or an ISO alpha-2 code, got {entry_id!r}")
    names = entry.get("names")
    if not isinstance(names, list) or not names:
        problems.append("names must be a non-empty list of Arabic forms")
    for key in ("names", "short", "nisba", "demonyms"):
        value = entry.get(key, [])
        if not isinstance(value, list):
            problems.append(f"{key} must be a list, got {value!r}")
            continue
        for form in value:
            if not (isinstance(form, str) and form.strip() and ARABIC_FORM.match(form)):
                problems.append(f"{key}: {form!r} is not a non-empty Arabic form")
    role = entry.get("role")
    if role is not None and not (
        isinstance(role, str) or (isinstance(role, list) and all(isinstance(r, str) for r in role))
    ):
        problems.append(f"role must be a string or a list of strings, got {role!r}")
    roles = _strings(role) if role is not None else ()
    problems += _dated_roles_problems("since", entry.get("since"), roles)
    problems += _dated_roles_problems("until", entry.get("until"), roles)
    problems += _order_problems(entry.get("since"), entry.get("until"))
    for key in ("country", "capital_of"):
        value = entry.get(key)
        if value is not None and not (isinstance(value, str) and COUNTRY_CODE.match(value)):
            problems.append(f"{key} must be an ISO alpha-2 code, got {value!r}")
    city = entry.get("city")
    if city is not None and not (
        isinstance(city, str) and city.strip() and entry.get("place_type") in ("building", "area")
    ):
        problems.append(f"city is the English name of a building's or area's city, got {city!r}")
    if "short_in_country" in entry:
        if not isinstance(entry["short_in_country"], bool):
            problems.append(
                f"short_in_country must be true or false, got {entry['short_in_country']!r}"
            )
        elif entry["short_in_country"] and not (
            kind == "place" and entry.get("country") and entry.get("short")
        ):
            problems.append("short_in_country is for a place with a country and short forms")
    if not isinstance(entry.get("fallback", False), bool):
        problems.append(f"fallback must be true or false, got {entry['fallback']!r}")
    if (entry.get("nisba") or entry.get("demonyms")) and kind != "country":
        problems.append("nisba and demonyms are for country entries only")
    place_type = entry.get("place_type")
    if place_type is not None:
        if place_type not in PLACE_TYPES:
            problems.append(f"place_type must be one of {sorted(PLACE_TYPES)}, got {place_type!r}")
        elif kind != "place" and not (kind == "organization" and place_type == "building"):
            problems.append("place_type is for places (and organisations that are buildings)")
    return problems


@attrs.frozen
class GazetteerEntry:
    """One entity the gazetteer knows, merged from every entry with the same key.

    Entries with the same ``kind`` and ``id`` (or, without an id, the same
    ``kind`` and ``name``) are merged: their forms are joined, and the first
    entry's ``name`` and ``country`` are kept. ``roles`` are full role strings
    ("President of Russia"); ``country`` is the ISO code of the country a
    person, place or institution belongs to; ``capital_of`` marks a capital.
    ``since`` pairs a person's role with the first day the data is sure the
    person held it: a title the text leaves unnamed ("وزير الخارجية
    السوداني") is given this person's name only in an article dated on or
    after that day, since an older one may mean whoever held the office then.
    ``until`` pairs a role with the last day the person held it: in an article
    dated later the person is its former holder ("Former Secretary of State …"),
    and a title the text leaves unnamed is not given their name.
    """

    kind: EntityKind
    name: str
    id: str | None
    names: tuple[str, ...] = ()
    short: tuple[str, ...] = ()
    #: A place whose short forms also count after a mention of its country (or a place in it).
    short_in_country: bool = False
    roles: tuple[str, ...] = ()
    since: tuple[tuple[str, datetime.date], ...] = ()
    until: tuple[tuple[str, datetime.date], ...] = ()
    country: str | None = None
    capital_of: str | None = None
    #: The canonical ``name`` of the city a building stands in (the Kremlin: "Moscow"), else
    #: None: a round held in the building was held in that city.
    city: str | None = None
    nisba: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    #: What a place is (:data:`PLACE_TYPES`): "city", "region", "building" …, else None.
    place_type: str | None = None
    #: A generated entry of lower priority than every other (places_geonames.json): it
    #: never merges with another entry, and keeps only the forms no other entry has.
    fallback: bool = False

    @property
    def key(self) -> tuple[str, str]:
        """What identifies the entry when merging: ``(kind, id or name)``."""
        return (self.kind.value, self.id or self.name)

    def held_since(self, role: str) -> datetime.date | None:
        """The first day the data is sure this person held ``role``, None when it does not say."""
        return _day_of(self.since, role)

    def held_until(self, role: str) -> datetime.date | None:
        """The last day this person held ``role``, None while they hold it (or not known)."""
        return _day_of(self.until, role)

    def held_on(self, role: str, day: datetime.date) -> bool | None:
        """Whether the data is sure this person held ``role`` on ``day``: True from its
        ``since`` to its ``until``, False before or after them, None when it does not say."""
        until = self.held_until(role)
        if until is not None and day > until:
            return False
        since = self.held_since(role)
        return None if since is None else since <= day

    def role_on(self, role: str, day: datetime.date | None) -> str | None:
        """``role`` as it stood on ``day``: "Former …" after its ``until`` (or on an unknown
        day, as the data stands today), None before its ``since``, else the role itself."""
        until = self.held_until(role)
        if until is not None and (day is None or day > until):
            return f"Former {role}"
        if day is not None and self.held_on(role, day) is False:
            return None
        return role

    def demonym_forms(self) -> tuple[str, ...]:
        """Every demonym form as matched.

        Each nisba stem with each suffix, with and without the article
        (روسي، الروسي، روسية، الروسية …), then the listed irregular forms as
        written (الروس matches with its article only, proclitics aside).
        """
        forms: list[str] = []
        for stem in self.nisba:
            for suffix in DEMONYM_SUFFIXES:
                forms += [stem + suffix, _ARTICLE + stem + suffix]
        forms += self.demonyms
        return tuple(dict.fromkeys(forms))

    def entity(self, text: str, span: Span) -> Entity:
        """An :class:`Entity` for a mention of this entry."""
        return Entity(
            text=text,
            span=span,
            kind=self.kind,
            name=self.name,
            id=self.id,
            role=self.role_on(self.roles[0], None) if self.roles else None,
        )


@attrs.frozen
class Mention:
    """A gazetteer match: the entity, the entry behind it and how it was written.

    ``form`` is ``"name"`` (a full name or variant), ``"short"`` (a short form
    accepted after a full mention) or ``"demonym"``; ``clitics`` holds the
    proclitics left out of the span (``"و"`` for "وبوتين").
    """

    entity: Entity
    entry: GazetteerEntry
    form: str
    clitics: str = ""
    #: Indices ``[first, end)`` of the words of :func:`scan` the mention covers.
    words: tuple[int, int] = (0, 0)

    @property
    def demonym(self) -> bool:
        """True when the mention is an adjective or plural of a country ("الروسي")."""
        return self.form == "demonym"


# Ways a form may be written: (entry index, form kind).
_Target = tuple[int, str]


@attrs.frozen
class Scanned:
    """A text prepared for word-level matching: its normalisation, searched string and words.

    ``searched`` is ``norm.text`` with hamza carriers folded (one character for
    one, so offsets are those of ``norm.text``); ``words`` are the ``(start,
    end)`` offsets of its words.
    """

    norm: Normalized
    searched: str
    words: tuple[tuple[int, int], ...]
    #: The normalised text of each word (``tokens[i] == searched[slice of words[i]]``).
    tokens: tuple[str, ...] = ()

    def word(self, i: int) -> str:
        """The normalised text of word ``i``."""
        return self.tokens[i]

    def gap(self, i: int) -> str:
        """What stands between word ``i`` and word ``i + 1`` (to the end after the last)."""
        end = self.words[i][1]
        nxt = self.words[i + 1][0] if i + 1 < len(self.words) else len(self.searched)
        return self.searched[end:nxt]


def scan(text: str, norm: Normalized | None = None) -> Scanned:
    """Normalise ``text`` (unless ``norm`` is given) and split it into words."""
    if norm is None:
        norm = normalize(text)
    # Two replaces, not translate(_HAMZA): translate looks every character up in a
    # dict, 40 times slower on a whole document.
    searched = norm.text.replace("ؤ", "و").replace("ئ", "ي")
    matches = list(_WORD.finditer(searched))
    words = tuple(m.span() for m in matches)
    return Scanned(norm, searched, words, tuple(m.group() for m in matches))


class PhraseTrie:
    """Normalised phrases matched word by word, with proclitics, longest first.

    The first level is a dict from a phrase's first word to the rest of every
    phrase starting with it; a lookup at a word tries each proclitic reading of
    that word (see :data:`PROCLITICS`, and ل + ال written لل) and keeps the
    longest phrase. Used by the gazetteer and by :mod:`negotext.ar.titles`.
    """

    def __init__(self, keys: Iterable[str]) -> None:
        self._first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for key in dict.fromkeys(keys):
            words = key.split(" ")
            if words[0]:
                self._first.setdefault(words[0], []).append((tuple(words[1:]), key))
        for continuations in self._first.values():
            continuations.sort(key=lambda item: -len(item[0]))
        # Every written form a phrase's first word can take (with each proclitic,
        # and ل + ال as لل): one set lookup rules out most words of a text.
        self.starters: set[str] = set()
        for first in self._first:
            self.starters.add(first)
            for clitic in PROCLITICS[1:]:
                self.starters.add(clitic + first)
                if clitic.endswith("ل") and first.startswith(_ARTICLE):
                    self.starters.add(clitic + first[1:])

    def match_at(
        self, scanned: Scanned, i: int, clitics: bool = True, max_words: int = 0
    ) -> tuple[int, int, str, int] | None:
        """The longest phrase starting at word ``i``: ``(start, end, key, words used)``.

        ``start`` and ``end`` are normalised offsets; ``start`` is after the
        proclitics. None when no phrase starts there. ``max_words`` (when not
        0) limits the phrase's length in words.
        """
        word_start, word_end = scanned.words[i]
        word = scanned.tokens[i]
        if clitics and word not in self.starters:
            return None
        first_level = self._first
        best: tuple[int, int, str, int] | None = None
        for first, skip in clitic_readings(word, clitics):
            start = word_start + skip
            for tail, key in first_level.get(first, ()):
                if max_words and len(tail) >= max_words:
                    continue
                end = _continues(scanned, i, tail) if tail else word_end
                if end is not None:
                    if best is None or end > best[1]:
                        best = (start, end, key, len(tail) + 1)
                    break  # continuations are longest first
        return best


# Proclitics by their first letter, for a quick test of a word's first character.
_CLITICS_BY_LETTER: dict[str, tuple[str, ...]] = {}
for _clitic in PROCLITICS[1:]:
    _CLITICS_BY_LETTER[_clitic[0]] = (*_CLITICS_BY_LETTER.get(_clitic[0], ()), _clitic)


@functools.lru_cache(maxsize=8192)
def clitic_readings(word: str, clitics: bool) -> tuple[tuple[str, int], ...]:
    """Each way to read ``word``: itself, then without each proclitic it may carry.

    Each reading comes with how many characters of the word it leaves out. ل + ال is
    written لل: "للكرملين" is also read as الكرملين, starting at كرملين. Kept per
    word: a text repeats its words. Shared by every matcher that reads names off
    proclitics as the gazetteer does (:mod:`negotext.ar.formats`).

    >>> clitic_readings("وللكرملين", True)
    (('وللكرملين', 0), ('للكرملين', 1), ('لكرملين', 2), ('الكرملين', 3))
    """
    readings = [(word, 0)]
    if not clitics:
        return tuple(readings)
    for clitic in _CLITICS_BY_LETTER.get(word[:1], ()):
        if not word.startswith(clitic) or len(word) - len(clitic) < 2:
            continue
        rest = word[len(clitic) :]
        readings.append((rest, len(clitic)))
        if clitic.endswith("ل") and rest.startswith("ل") and len(rest) > 2:
            readings.append((_ARTICLE + rest[1:], len(clitic) + 1))
    return tuple(readings)


class Gazetteer:
    """All entries, matched in one pass over a normalised text.

    :param entries: mappings as in the data files (see ``docs/gazetteer.md``);
        each is validated and a :class:`GazetteerError` names the source of a
        malformed one.
    """

    def __init__(
        self, entries: Iterable[Mapping[str, Any]], fallback_cues: Iterable[str] = ()
    ) -> None:
        #: Words right before which a fallback entry's form counts (a preposition of place,
        #: a place noun): lexicon ``fallback_place_cues``. A fallback form also counts
        #: right after a place with و (a list of towns).
        self._fallback_cues = frozenset(match_key(cue) for cue in fallback_cues)
        merged: dict[tuple[str, str], GazetteerEntry] = {}
        fallbacks: dict[tuple[str, str], GazetteerEntry] = {}
        for raw in entries:
            problems = entry_problems(raw)
            if problems:
                raise GazetteerError(
                    f"{entry_origin(raw) or 'gazetteer'}: entry {raw.get('name')!r}: {'; '.join(problems)}"
                )
            entry = _entry_from_mapping(raw)
            if entry.fallback:
                fallbacks.setdefault(entry.key, entry)
                continue
            previous = merged.get(entry.key)
            merged[entry.key] = entry if previous is None else _merge(previous, entry)
        # Fallback entries come after every other and never merge into one: the hand
        # entry of a name is kept whole (their forms are added after every other's, below).
        for merge_key, entry in fallbacks.items():
            merged.setdefault(merge_key, entry)
        self.entries: tuple[GazetteerEntry, ...] = tuple(merged.values())
        self._by_key = {entry.key: entry for entry in self.entries}
        self._by_id = {entry.id: entry for entry in self.entries if entry.id}
        self._by_name: dict[str, GazetteerEntry] = {}
        for entry in self.entries:
            self._by_name.setdefault(entry.name, entry)  # the first of a name, as listed
        self._capitals: dict[str, GazetteerEntry] = {}
        for entry in self.entries:
            if entry.capital_of:
                self._capitals.setdefault(entry.capital_of, entry)  # the first, as listed
        # Surface key (normalised words joined by one space) → what it names.
        self._targets: dict[str, list[_Target]] = {}
        for index, entry in enumerate(self.entries):
            if entry.fallback:
                continue
            for form in entry.names:
                self._add(match_key(form), (index, "name"))
            for form in entry.short:
                self._add(match_key(form), (index, "short"))
            for form in entry.demonym_forms():
                self._add(match_key(form), (index, "demonym"))
        # The accusative singular (أرمنياً، سعودياً: the tanwin falls away, the alef stays)
        # only where it names nothing else: روسياً is روسيا, a name already.
        for index, entry in enumerate(self.entries):
            for stem in entry.nisba:
                key = match_key(stem + ACCUSATIVE_SUFFIX)
                if key not in self._targets:
                    self._add(key, (index, "demonym"))
        # A fallback entry's form counts only where no other entry claims it: a name that
        # is a person, an organisation, a group or a hand-written place is that, never the town.
        for index, entry in enumerate(self.entries):
            if entry.fallback:
                for form in entry.names:
                    key = match_key(form)
                    if key not in self._targets or all(
                        self.entries[i].fallback for i, _ in self._targets[key]
                    ):
                        self._add(key, (index, "name"))
        self._trie = PhraseTrie(self._targets)
        # Country code → the places whose short forms a mention of that country licenses.
        self._short_in: dict[str, list[int]] = {}
        for index, entry in enumerate(self.entries):
            if entry.short_in_country and entry.country:
                self._short_in.setdefault(entry.country, []).append(index)
        # Keys some entry lists with a shadda, where the shadda tells readings apart.
        self._shadda_keys = {
            match_key(name) for entry in self.entries for name in entry.names if _SHADDA in name
        }

    def _add(self, key: str, target: _Target) -> None:
        if not key:
            return
        targets = self._targets.setdefault(key, [])
        if target not in targets:
            targets.append(target)

    def __len__(self) -> int:
        return len(self.entries)

    def __repr__(self) -> str:
        return f"<Gazetteer of {len(self.entries)} entries, {len(self._targets)} surface forms>"

    # -- lookups --------------------------------------------------------------

    def get(self, key: str) -> GazetteerEntry | None:
        """The entry with id ``key`` (a QID or ISO code), else None."""
        return self._by_id.get(key)

    def named(self, name: str) -> GazetteerEntry | None:
        """The first entry whose canonical ``name`` is ``name`` (a format's venue names its
        place so), else None."""
        return self._by_name.get(name)

    def capital(self, country: str) -> GazetteerEntry | None:
        """The first entry that is the capital of ``country`` (its ISO code), else None."""
        return self._capitals.get(country)

    def entry_of(self, entity: Entity) -> GazetteerEntry | None:
        """The entry an entity came from (by id, else by kind and name), else None."""
        if entity.id:
            return self._by_id.get(entity.id)
        if entity.name:
            return self._by_key.get((entity.kind.value, entity.name))
        return None

    def country_of(self, entity: Entity) -> str | None:
        """The ISO code of the country an entity stands for or belongs to, else None.

        A country (or demonym) gives its own code; a capital, city, institution
        or person gives the ``country`` of its entry.
        """
        if entity.kind is EntityKind.COUNTRY and entity.id:
            return entity.id
        entry = self.entry_of(entity)
        if entry is None:
            return None
        return entry.capital_of or entry.country

    def holders(self, role: str) -> list[GazetteerEntry]:
        """People whose roles include ``role`` (compared case-insensitively)."""
        wanted = role.casefold()
        return [
            entry
            for entry in self.entries
            if entry.kind is EntityKind.PERSON and any(r.casefold() == wanted for r in entry.roles)
        ]

    def lookup(self, form: str) -> list[GazetteerEntry]:
        """Entries a whole surface form (as listed, without clitics) names, in data order."""
        return [self.entries[index] for index, _ in self._targets.get(match_key(form), [])]

    def short_forms_at(
        self, scanned: Scanned, i: int
    ) -> list[tuple[GazetteerEntry, int, int, int]]:
        """Entries whose ``short`` form starts at word ``i``: ``(entry, start, end, words)``.

        :meth:`mentions` reads a short form only after a full mention; a caller
        with other evidence (a title right before it: "الرئيس عون") asks here.
        ``start`` and ``end`` are normalised offsets, after the proclitics.
        """
        hit = self._trie.match_at(scanned, i)
        if hit is None:
            return []
        start, end, key, used = hit
        return [
            (self.entries[index], start, end, used)
            for index, form in self._targets[key]
            if form == "short"
        ]

    # -- matching -------------------------------------------------------------

    def mentions(self, text: str, scanned: Scanned | None = None) -> list[Mention]:
        """Every gazetteer mention in ``text`` with its entry, in order.

        One pass over the words of the normalised text: each word is looked up
        (with each possible proclitic stripped) in the first level of a word
        trie, and the longest key starting there wins.

        :param scanned: ``scan(text)`` when the caller has it.
        """
        if scanned is None:
            scanned = scan(text)
        norm = scanned.norm
        found: list[Mention] = []
        seen: dict[int, int] = {}  # entry index → start of its last full mention
        countries: set[str] = set()  # countries a full mention has named, itself or a place in it
        i = 0
        tokens, starters = scanned.tokens, self._trie.starters
        count = len(tokens)
        while i < count:
            if tokens[i] not in starters:  # the common case, checked inline for speed
                i += 1
                continue
            hit = self._trie.match_at(scanned, i)
            if hit is None:
                i += 1
                continue
            start, end, key, used = hit
            a, b = norm.span_to_original(start, end)
            target = _choose(self._targets[key], seen, self._marked(text[a:b], key))
            if target is None:
                i += 1
                continue
            index, form = target
            entry = self.entries[index]
            if entry.fallback and not self._fallback_cued(scanned, i, start, found):
                i += 1
                continue
            if form != "short":
                seen[index] = start
                country = entry.id if entry.kind is EntityKind.COUNTRY else entry.country
                if country and country not in countries:
                    countries.add(country)
                    for licensed in self._short_in.get(country, ()):
                        seen.setdefault(licensed, start)
            word_start = scanned.words[i][0]
            clitic_start = a if word_start == start else norm.to_original(word_start)
            found.append(
                Mention(
                    entry.entity(text[a:b], Span(a, b)),
                    entry,
                    form,
                    text[clitic_start:a],
                    (i, i + used),
                )
            )
            i += used
        return found

    def _fallback_cued(
        self, scanned: Scanned, i: int, start: int, found: Sequence[Mention]
    ) -> bool:
        """Whether a fallback form at word ``i`` (its name starting at ``start``) stands
        where a place is named: after a preposition of place or a place noun (في، قرب،
        مدينة …, with their proclitics), or with و right after a place. Not with the
        clitic ب: a name starting with ب (باولو، بسنيك) would read as ب + a town."""
        clitics = scanned.searched[scanned.words[i][0] : start]
        if i == 0 or not _GAP.fullmatch(
            scanned.searched, scanned.words[i - 1][1], start - len(clitics)
        ):
            return False
        if clitics.startswith("و") and found and found[-1].words[1] == i:
            return found[-1].entity.kind is EntityKind.PLACE
        return any(
            reading in self._fallback_cues
            for reading, _ in clitic_readings(scanned.tokens[i - 1], True)
        )

    def _marked(self, original: str, key: str) -> int | None:
        """The entry a shadda (or its absence) singles out among a form's readings.

        "عمّان" (Amman) and "عُمان" (Oman) are one key once diacritics are gone.
        When an entry lists the form with a shadda, the original decides: the
        entry whose listed form has the same shaddas as the original wins.
        """
        targets = self._targets[key]
        if len(targets) < 2 or key not in self._shadda_keys:
            return None
        marked = _shadda_skeleton(original)
        for index, _ in targets:
            if any(_shadda_skeleton(name) == marked for name in self.entries[index].names):
                return index
        return None

    def find(self, text: str) -> list[Entity]:
        """Every entity mention in ``text``, in order, with spans into ``text``."""
        return [mention.entity for mention in self.mentions(text)]


def _continues(scanned: Scanned, i: int, tail: tuple[str, ...]) -> int | None:
    """The end of word ``i + len(tail)`` when the words after ``i`` are ``tail``, else None."""
    tokens, words = scanned.tokens, scanned.words
    if i + len(tail) >= len(tokens):
        return None
    end = words[i][1]
    for offset, expected in enumerate(tail, 1):
        if tokens[i + offset] != expected:
            return None
        start, next_end = words[i + offset]
        if not _GAP.fullmatch(scanned.searched, end, start):
            return None
        end = next_end
    return end


def _shadda_skeleton(form: str) -> str:
    """``match_key`` of ``form`` with its shaddas kept."""
    kept = normalize(form.replace(_SHADDA, "\ue000")).text.replace("\ue000", _SHADDA)
    return " ".join(_WORD.findall(kept.translate(_HAMZA)))


def _choose(
    targets: Sequence[_Target], seen: Mapping[int, int], marked: int | None = None
) -> _Target | None:
    """The reading of an ambiguous form: the entry mentioned last, else the first listed.

    A short form needs an earlier full mention of its entry; ``marked`` (an
    entry index singled out by a shadda) wins outright.
    """
    if marked is not None:
        for target in targets:
            if target[0] == marked:
                return target
    best: _Target | None = None
    best_seen = -1
    for target in targets:
        index, form = target
        position = seen.get(index, -1)
        if form == "short" and position < 0:
            continue
        if best is None or position > best_seen:
            best, best_seen = target, position
    return best


def _dated_roles_problems(key: str, dated: Any, roles: tuple[str, ...]) -> list[str]:
    """What is wrong with an entry's ``since`` or ``until``: a mapping of its roles to dates."""
    if dated is None:
        return []
    if not isinstance(dated, dict):
        return [f"{key} must map roles to YYYY-MM-DD dates, got {dated!r}"]
    problems: list[str] = []
    for role, day in dated.items():
        if role not in roles:
            problems.append(f"{key}: {role!r} is not one of the entry's roles {list(roles)}")
        if _iso_day(day) is None:
            problems.append(f"{key}: {role!r} must be a YYYY-MM-DD date, got {day!r}")
    return problems


def _order_problems(since: Any, until: Any) -> list[str]:
    """A role held until a day before the one it was held since."""
    if not (isinstance(since, dict) and isinstance(until, dict)):
        return []
    problems: list[str] = []
    for role, last in until.items():
        first_day, last_day = _iso_day(since.get(role)), _iso_day(last)
        if first_day is not None and last_day is not None and last_day < first_day:
            problems.append(f"until: {role!r} ends ({last}) before it starts ({since[role]})")
    return problems


def _iso_day(value: Any) -> datetime.date | None:
    """A YYYY-MM-DD string as a date, else None."""
    if not (isinstance(value, str) and len(value) == 10):
        return None
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        return None


def _day_of(dated: tuple[tuple[str, datetime.date], ...], role: str) -> datetime.date | None:
    """The day ``dated`` (an entry's ``since`` or ``until``) gives ``role``, None if none."""
    return next((day for held, day in dated if held == role), None)


def _dated_roles(raw: Mapping[str, str] | None) -> tuple[tuple[str, datetime.date], ...]:
    """A validated ``since`` or ``until`` mapping as (role, date) pairs."""
    return tuple((role, datetime.date.fromisoformat(day)) for role, day in (raw or {}).items())


def _entry_from_mapping(raw: Mapping[str, Any]) -> GazetteerEntry:
    origin = raw.get("plugin") or raw.get("source")
    return GazetteerEntry(
        kind=EntityKind(raw["kind"]),
        name=raw["name"].strip(),
        id=raw.get("id"),
        names=_strings(raw.get("names")),
        short=_strings(raw.get("short")),
        short_in_country=bool(raw.get("short_in_country", False)),
        roles=_strings(raw.get("role")),
        since=_dated_roles(raw.get("since")),
        until=_dated_roles(raw.get("until")),
        country=raw.get("country"),
        capital_of=raw.get("capital_of"),
        city=raw.get("city"),
        nisba=_strings(raw.get("nisba")),
        demonyms=_strings(raw.get("demonyms")),
        sources=(origin,) if origin else (),
        place_type=raw.get("place_type"),
        fallback=bool(raw.get("fallback", False)),
    )


def _join(a: tuple[str, ...], b: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(a + b))


def _merge(first: GazetteerEntry, later: GazetteerEntry) -> GazetteerEntry:
    """Two entries for the same entity: forms and roles joined, the first's scalars kept.

    A form one entry lists as ``short`` is short, even if another lists it as a
    name: this is how the hand-reviewed data demotes a generated name that is
    also a common word (مالي, "financial", for Mali).
    """
    short = _join(first.short, later.short)
    return attrs.evolve(
        first,
        names=tuple(n for n in _join(first.names, later.names) if n not in short),
        short=short,
        short_in_country=first.short_in_country or later.short_in_country,
        roles=_join(first.roles, later.roles),
        since=first.since + tuple(p for p in later.since if first.held_since(p[0]) is None),
        until=first.until + tuple(p for p in later.until if first.held_until(p[0]) is None),
        country=first.country or later.country,
        capital_of=first.capital_of or later.capital_of,
        city=first.city or later.city,
        nisba=_join(first.nisba, later.nisba),
        demonyms=_join(first.demonyms, later.demonyms),
        sources=_join(first.sources, later.sources),
        place_type=first.place_type or later.place_type,
    )


def find_entities(
    text: str, gazetteer: Gazetteer | None = None, published: datetime.date | None = None
) -> list[Entity]:
    """Entity mentions in ``text`` using ``gazetteer`` (default: every registered entry).

    Gazetteer mentions with people's roles filled in from their titles, plus
    the unknown and title-only people titles introduce, in order, never
    overlapping: see :func:`negotext.ar.titles.read_entities`. ``published``,
    the article's date, lets a title the text leaves unnamed take the name of
    the person the gazetteer says held the office then.
    """
    from negotext.ar.titles import read_entities

    return list(read_entities(text, gazetteer, published=published).entities)
