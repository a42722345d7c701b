"""Titles and roles: "الرئيس الروسي"، "المتحدث باسم الكرملين"، "نائب وزير الخارجية الروسي".

A title is a role phrase (from ``data/titles.json``) and, when the text gives
one, an affiliation right after it: a demonym ("الرئيس الروسي"), a country,
institution or group ("وزير خارجية روسيا"، "المتحدث باسم الكرملين"), an
organisation adjective ("المبعوث الأممي") or another title ("مبعوث الرئيس
الأمريكي" → "Envoy of the President of United States"). ``الخاص`` makes the
role special, ``السابق`` former, and ``لدى``/``إلى`` + a place names where an
envoy or ambassador is sent.

Each title is linked to a person:

- a gazetteer person right after it (an optional comma and honorifics such
  as الشيخ between) or right before it with a comma ("جي دي فانس، نائب
  الرئيس الأميركي");
- else, when the title has an affiliation, one to three words right after it
  that are not function words, verbs or known entities: an unknown person
  (``name`` and ``id`` None, ``role`` the title's role);
- else the holder: the last person of the document with a matching role, or
  the only holder the gazetteer knows, when the article is dated on or after
  the day the gazetteer says that person took the role (an undated article,
  or an older one, may mean whoever held the office then: the title is left
  unnamed rather than named wrong); the person entity then stands at the
  title's span (its ``text`` is the title);
- else, for a title with an affiliation or a standalone role (كبير المفاوضين),
  a title-only person entity (``name`` None).

:func:`read_entities` returns the document's entities with people's roles
filled in; :func:`negotext.ar.find_entities` is its public face.

>>> from negotext.ar.gazetteer import Gazetteer
>>> g = Gazetteer([
...     {"kind": "country", "id": "RU", "name": "Russia", "names": ["روسيا"], "nisba": ["روس"]},
... ])
>>> [(t.text, t.role, t.person.text) for t in find_titles(
...     "قال نائب وزير الخارجية الروسي، ميخائيل جالوزين، إن", g)]
[('نائب وزير الخارجية الروسي', 'Deputy Foreign Minister of Russia', 'ميخائيل جالوزين')]
"""

from __future__ import annotations

import datetime
import functools
import json
import weakref
from collections.abc import Sequence
from importlib import resources
from typing import Any

import attrs
import regex

from negotext.ar.gazetteer import (
    Gazetteer,
    GazetteerEntry,
    Mention,
    PhraseTrie,
    Scanned,
    match_key,
    scan,
)
from negotext.ar.normalize import Normalized, normalize
from negotext.records import Entity, EntityKind, Span

__all__ = [
    "EntityReading",
    "RoleForm",
    "Title",
    "TitleData",
    "find_people",
    "find_titles",
    "load_title_data",
    "read_entities",
]

#: Entity kinds that can be a title's affiliation.
AFFILIATION_KINDS = frozenset(
    {EntityKind.COUNTRY, EntityKind.ORGANIZATION, EntityKind.GROUP, EntityKind.PLACE}
)
#: Most words an unknown name after a title may have.
MAX_NAME_WORDS = 3

_SPACE_ONLY = regex.compile(r"[ \t\r\n\u2028\u2029]+")
_COMMA_GAP = regex.compile(r"[ \t\r\n\u2028\u2029]*,?[ \t\r\n\u2028\u2029]*")
_ARABIC_WORD = regex.compile(r"\p{Arabic}+")
_HYPHEN_GAP = regex.compile(r" ?[-\u2010\u2011\u2013] ?")
# Tanwin marks an indefinite noun or an adverb (مرارًا، أيضًا), never a name.
_TANWIN = regex.compile("[\u064b\u064c\u064d]")
#: The last word of a role form whose affiliation follows as a name (المتحدث باسم …).
_BISM = " " + match_key("باسم")
#: Prepositions before the institution a commentator works at (الباحث في …، لدى …).
_AT = frozenset(match_key(w) for w in ("في", "لدى", "عن"))
#: What a commentator can work at.
_INSTITUTION_KINDS = frozenset({EntityKind.ORGANIZATION, EntityKind.GROUP, EntityKind.MEDIA})


@attrs.frozen
class RoleForm:
    """What a role phrase means: see ``data/titles.json``."""

    role: str
    aliases: tuple[str, ...] = ()
    link: str = "of"
    standalone: bool = False
    affiliation: str | None = None
    #: The role's name when the affiliation is an organisation, group or place.
    org_role: str | None = None
    #: The role's name when nothing follows it (المستشار alone is an adviser).
    bare_role: str | None = None
    #: An office a second title right after it does not belong to: "نائب رئيس الوزراء
    #: وزير الخارجية" is two titles of one person, not the deputy of a minister.
    stacks: bool = False
    #: A gazetteer institution after في or لدى is the affiliation ("الباحث في مجموعة
    #: الأزمات الدولية").
    at: bool = False
    #: A title that news writes before a name even with no affiliation ("النائبة ديمة
    #: طهبوب"): the name after it is read when it visibly ends.
    named: bool = False


@attrs.frozen
class TitleData:
    """The title lexicon, normalised and compiled once."""

    roles: dict[str, RoleForm]
    trie: PhraseTrie
    adjectives: dict[str, str]
    special: frozenset[str]
    former: frozenset[str]
    connectors: frozenset[str]
    #: Connectors that name a post (لدى، في): a capital after them is its country.
    posts: frozenset[str]
    connector_roles: frozenset[str]
    honorifics: PhraseTrie
    #: Heads of a field after a title (لشؤون، لحقوق، في الشؤون): see ``complement_end``.
    complements: PhraseTrie
    not_names: frozenset[str]
    #: Words that end a name as written, before alef maqsura is unified (على ≠ علي).
    not_names_as_written: frozenset[str]
    #: Prefixes of imperfect verbs (ي، ت، سي، ست): a first word with one is no name …
    verb_prefixes: tuple[str, ...]
    #: … unless it is one of these first names.
    verb_like_names: frozenset[str]


@functools.cache
def load_title_data() -> TitleData:
    """Read ``data/titles.json`` once."""
    path = resources.files("negotext.ar") / "data" / "titles.json"
    raw: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    roles: dict[str, RoleForm] = {}
    for item in raw["roles"]:
        form = RoleForm(
            role=item["role"],
            aliases=tuple(item.get("aliases", ())),
            link=item.get("link", "of"),
            standalone=bool(item.get("standalone", False)),
            affiliation=item.get("affiliation"),
            org_role=item.get("org_role"),
            bare_role=item.get("bare_role"),
            stacks=bool(item.get("stacks", False)),
            at=bool(item.get("at", False)),
            named=bool(item.get("named", False)),
        )
        for text in item["forms"]:
            roles.setdefault(match_key(text), form)
    adjectives = {
        match_key(word): entity_id
        for word, entity_id in raw["adjectives"].items()
        if word != "comment"
    }
    honorifics = [match_key(word) for word in raw["honorifics"]]
    return TitleData(
        roles=roles,
        trie=PhraseTrie(roles),
        adjectives=adjectives,
        special=frozenset(match_key(w) for w in raw["special"]),
        former=frozenset(match_key(w) for w in raw["former"]),
        connectors=frozenset(match_key(w) for w in raw["connectors"]["to"]),
        posts=frozenset(match_key(w) for w in raw["connectors"]["posts"]),
        connector_roles=frozenset(raw["connectors"]["roles"]),
        honorifics=PhraseTrie(honorifics),
        complements=PhraseTrie([match_key(w) for w in raw["complements"]["heads"]]),
        not_names=frozenset(match_key(w) for w in raw["not_names"]),
        not_names_as_written=frozenset(_as_written(w) for w in raw["not_names_as_written"]),
        verb_prefixes=tuple(match_key(w) for w in raw["verb_prefixes"]["prefixes"]),
        verb_like_names=frozenset(match_key(w) for w in raw["verb_prefixes"]["names"]),
    )


def _as_written(word: str) -> str:
    """``word`` without diacritics, alef forms and alef maqsura kept."""
    return normalize(word, yaa=False, alef=False).text.strip()


@attrs.frozen
class Title:
    """A title as written and what it says.

    ``role`` is the full English role ("Foreign Minister of Russia"), ``base``
    the role word alone ("Foreign Minister"); ``affiliation`` the entity the
    role belongs to (None for a bare "الرئيس", or when it is another title);
    ``person`` the person entity the title was linked to (named, unknown or
    title-only), None for a bare title with nobody to link.
    """

    text: str
    span: Span
    role: str
    base: str
    affiliation: Entity | None = None
    person: Entity | None = None
    former: bool = False


@attrs.frozen
class EntityReading:
    """Everything read about the entities of one text."""

    entities: tuple[Entity, ...]
    titles: tuple[Title, ...]
    mentions: tuple[Mention, ...]


@attrs.frozen
class _Parsed:
    """A title before person linking: word range and meaning."""

    first: int  # first word index
    end: int  # word index after the title
    start: int  # normalised start offset (after clitics)
    stop: int  # normalised end offset
    role: str
    base: str
    bases: tuple[str, ...]  # role words to compare with the gazetteer's roles
    form: RoleForm
    affiliation: Entity | None
    affiliation_entry: GazetteerEntry | None
    to_entry: GazetteerEntry | None
    former: bool
    of: str | None  # what the role is "of": the affiliation's name or "the <inner role>"
    complement: bool = False  # a field follows the role (لشؤون إعادة الإدماج، في الشؤون الروسية)
    unnamed: bool = False  # an affiliation the gazetteer does not know (المتحدث باسم رابطة …)


class _Reader:
    """Reads the titles of one text; see the module docstring."""

    def __init__(
        self,
        text: str,
        scanned: Scanned,
        mentions: Sequence[Mention],
        gazetteer: Gazetteer,
        published: datetime.date | None = None,
    ) -> None:
        self.text = text
        self.scanned = scanned
        self.gazetteer = gazetteer
        self.published = published
        self.data = load_title_data()
        self.mention_at = {m.words[0]: m for m in mentions}
        self.mention_ending = {m.words[1]: m for m in mentions}

    # -- spans ------------------------------------------------------------------

    def original(self, start: int, stop: int) -> tuple[str, Span]:
        a, b = self.scanned.norm.span_to_original(start, stop)
        return self.text[a:b], Span(a, b)

    def gap_is(self, i: int, pattern: regex.Pattern[str]) -> bool:
        """Whether the text between word ``i`` and word ``i + 1`` matches ``pattern``."""
        return pattern.fullmatch(self.scanned.gap(i)) is not None

    # -- parsing ----------------------------------------------------------------

    def parse(self, i: int) -> _Parsed | None:
        """The title starting at word ``i``, without person linking."""
        words = self.scanned.words
        hit = self.data.trie.match_at(self.scanned, i)
        if hit is None:
            return None
        # A gazetteer name that starts inside the role phrase and runs past it
        # ("رئيس جهاز الاستخبارات التركي": the role is رئيس, the rest a name).
        for k in range(i + 1, i + hit[3]):
            inside = self.mention_at.get(k)
            if inside is not None and inside.words[1] > i + hit[3]:
                hit = self.data.trie.match_at(self.scanned, i, max_words=k - i)
                break
        if hit is None:
            return None
        start, stop, key, used = hit
        form = self.data.roles[key]
        j = i + used
        base = form.role
        bases = (form.role, *form.aliases)
        affiliation: Entity | None = None
        entry: GazetteerEntry | None = None
        role_of: str | None = None
        if form.affiliation is not None:
            entry = self.gazetteer.get(form.affiliation)
        if j < len(words) and self.gap_is(j - 1, _SPACE_ONLY):
            mention = self.mention_at.get(j)
            word = self.scanned.word(j)
            if mention is not None and mention.entity.kind in AFFILIATION_KINDS:
                affiliation, entry = mention.entity, mention.entry
                stop, j = words[mention.words[1] - 1][1], mention.words[1]
            elif word in self.data.adjectives and self.gazetteer.get(self.data.adjectives[word]):
                entry = self.gazetteer.get(self.data.adjectives[word])
                assert entry is not None
                text, span = self.original(*words[j])
                affiliation = entry.entity(text, span)
                stop, j = words[j][1], j + 1
            elif (
                form.at
                and mention is None
                and word in _AT
                and j + 1 < len(words)
                and self.gap_is(j, _SPACE_ONLY)
                and (at := self.mention_at.get(j + 1)) is not None
                and at.entity.kind in _INSTITUTION_KINDS
            ):
                # "الباحث في مجموعة الأزمات الدولية": the institution is the affiliation.
                affiliation, entry = at.entity, at.entry
                stop, j = words[at.words[1] - 1][1], at.words[1]
            elif mention is None and not form.stacks:
                inner = self.parse(j)
                if inner is not None and (
                    inner.affiliation is not None or inner.role != inner.base
                ):
                    role_of = f"the {inner.role}"
                    entry, affiliation = inner.affiliation_entry, None
                    stop, j = inner.stop, inner.end
        special = former = False
        to_entry: GazetteerEntry | None = None

        def qualifiers() -> None:
            """الخاص، السابق and لدى/إلى + a destination, in any order."""
            nonlocal special, former, to_entry, stop, j
            while j < len(words) and self.gap_is(j - 1, _SPACE_ONLY):
                word = self.scanned.word(j)
                if word in self.data.special and not special:
                    special, stop, j = True, words[j][1], j + 1
                elif word in self.data.former and not former:
                    former, stop, j = True, words[j][1], j + 1
                elif (
                    word in self.data.connectors
                    and (
                        form.role in self.data.connector_roles
                        or form.role.removeprefix("Special ") in self.data.connector_roles
                    )
                    and (j + 1) in self.mention_at
                    and to_entry is None
                ):
                    target = self.mention_at[j + 1]
                    to_entry = self.destination(target.entry, at_post=word in self.data.posts)
                    if to_entry is None:
                        break
                    stop, j = words[target.words[1] - 1][1], target.words[1]
                else:
                    break

        qualifiers()
        # "المتحدث باسم رابطة الأندية المحترفة": after باسم, a body the gazetteer
        # does not know is still the affiliation, unnamed.
        unnamed = False
        if (
            entry is None
            and role_of is None
            and j < len(words)
            and self.gap_is(j - 1, _SPACE_ONLY)
            and (key.endswith(_BISM) or self._construct(i + used - 1, j))
        ):
            body_end = self._chain_end(j, definite=False)
            if body_end is not None:
                # The body's office, not the country's: "رئيس الاتحاد المصري" is not the
                # President of Egypt, so a demonym inside the body names no affiliation.
                unnamed, stop, j = True, words[body_end - 1][1], body_end
        complement = False
        if j < len(words) and self.gap_is(j - 1, _SPACE_ONLY):
            field_end = self.complement_end(j)
            if field_end is not None:
                complement, stop, j = True, words[field_end - 1][1], field_end
                qualifiers()
        if form.org_role and (
            (entry is not None and entry.kind is not EntityKind.COUNTRY) or unnamed
        ):
            base = form.org_role
        if form.bare_role and entry is None and role_of is None:
            base = form.bare_role
            bases = (form.bare_role, *bases)
        if special and not base.startswith("Special "):
            base = f"Special {base}"
            bases = tuple(f"Special {b}" for b in bases)
        if role_of is None and entry is not None:
            role_of = entry.name if entry.kind is not EntityKind.PERSON else None
        role = base if role_of is None else f"{base} {form.link} {role_of}"
        if to_entry is not None:
            role = f"{role} to {to_entry.name}"
        if former:
            role = f"Former {role}"
        return _Parsed(
            first=i,
            end=j,
            start=start,
            stop=stop,
            role=role,
            base=base,
            bases=bases,
            form=form,
            affiliation=affiliation,
            affiliation_entry=entry,
            to_entry=to_entry,
            former=former,
            of=role_of,
            complement=complement,
            unnamed=unnamed,
        )

    def _construct(self, last: int, j: int) -> bool:
        """Whether a role word ending at word ``last`` heads the definite noun at word ``j``.

        An indefinite role word followed by a definite noun is a construct ("مدرب
        الاتحاد"، "رئيس البلدية"، "وزير الطاقة"، "زعيم الإقليم"): the noun is the body
        the office belongs to, even when the gazetteer does not know it. The noun is
        no gazetteer name, role word or function word.
        """
        if self._written(last).startswith(("ال", "لل")) or j in self.mention_at:
            return False
        word = self.scanned.word(j)
        if (
            word in self.data.not_names
            or not _ARABIC_WORD.fullmatch(word)
            or self.data.trie.match_at(self.scanned, j) is not None
            or self.data.complements.match_at(self.scanned, j, clitics=False) is not None
        ):
            return False
        if self._written(j).startswith("ال"):
            return True
        # "رئيس فريق الوساطة": an indefinite noun, then the definite one that closes the
        # chain right after it.
        k = j + 1
        return (
            k < len(self.scanned.words)
            and self.gap_is(j, _SPACE_ONLY)
            and k not in self.mention_at
            and self._written(k).startswith("ال")
            and self.scanned.word(k) not in self.data.not_names
            and self.data.trie.match_at(self.scanned, k) is None
        )

    def complement_end(self, j: int) -> int | None:
        """The word after a field that starts at word ``j``, else None.

        A field names what an office is for: "لشؤون إعادة الإدماج", "لحقوق
        الإنسان", "للشؤون الأفريقية", "في الشؤون الإسرائيلية". It starts with a
        head (titles.json ``complements``), runs as a construct chain to its first
        definite word or gazetteer name (at most two indefinite words on the
        way), then takes up to two definite adjectives; a name that follows is
        the person's.
        """
        hit = self.data.complements.match_at(self.scanned, j, clitics=False)
        if hit is None:
            return None
        k = j + hit[3]
        return self._chain_end(k, definite=self._written(k - 1).startswith(("ال", "لل")))

    def _chain_end(self, k: int, definite: bool) -> int | None:
        """The end of a construct chain from word ``k``: up to its first definite word
        or gazetteer name (at most two indefinite words before it), then up to two
        definite adjectives; None when no definite word comes.
        """
        words = self.scanned.words
        steps = 0
        while not definite:
            if k >= len(words) or steps >= 2 or not self.gap_is(k - 1, _SPACE_ONLY):
                return None
            mention = self.mention_at.get(k)
            if mention is not None:
                k, definite = self._paired_name_end(mention.words[1]), True
                break
            word = self.scanned.word(k)
            if not _ARABIC_WORD.fullmatch(word) or word in self.data.not_names:
                return None
            definite = self._written(k).startswith("ال")
            k, steps = k + 1, steps + 1
        adjectives = 0
        while adjectives < 2 and k < len(words) and self.gap_is(k - 1, _SPACE_ONLY):
            mention = self.mention_at.get(k)
            if mention is not None and not mention.demonym:
                break
            if not self._written(k).startswith("ال") or self.data.trie.match_at(self.scanned, k):
                break
            k = mention.words[1] if mention is not None else k + 1
            adjectives += 1
        return k

    def _paired_name_end(self, k: int) -> int:
        """Past a second gazetteer name joined by a hyphen at word ``k``, else ``k``.

        A field may name a pair: "لحوار بلغراد-بريشتينا" (for the Belgrade-Pristina
        dialogue).
        """
        mention = self.mention_at.get(k)
        if mention is not None and k > 0 and self.gap_is(k - 1, _HYPHEN_GAP):
            return mention.words[1]
        return k

    def _written(self, k: int) -> str:
        """Word ``k`` as written, diacritics aside."""
        return _as_written(self.original(*self.scanned.words[k])[0])

    def destination(self, entry: GazetteerEntry, at_post: bool) -> GazetteerEntry | None:
        """Where an envoy or ambassador is sent, read from the entity after إلى/لدى/في.

        Countries, organisations, groups and regions without a country
        (الشرق الأوسط) are destinations. A capital after لدى or في stands for
        its country ("السفير الروسي في واشنطن"); after إلى it is where someone
        went ("وصل مبعوث الرئيس إلى موسكو"), and other cities never are.
        """
        if entry.kind in (EntityKind.COUNTRY, EntityKind.ORGANIZATION, EntityKind.GROUP):
            return entry
        if entry.kind is EntityKind.PLACE and entry.country is None:
            return entry
        if at_post and entry.capital_of is not None:
            return self.gazetteer.get(entry.capital_of)
        return None

    # -- people -----------------------------------------------------------------

    def matching_role(self, parsed: _Parsed, entry: GazetteerEntry) -> str | None:
        """The role of a known person that the title describes, else None.

        A person's role matches when it is the title's role word (or an alias,
        with or without "Special") followed by `` of <affiliation>`` (then
        anything, such as `` to Ukraine``), or, for a title without an
        affiliation, when it starts with the role word.
        """
        for role in entry.roles:
            ended = entry.held_until(role) is not None  # kept plain, with the day it ended
            if role.startswith("Former ") != parsed.former and not (parsed.former and ended):
                continue
            plain = role.removeprefix("Former ")
            found = f"Former {role}" if parsed.former and not role.startswith("Former ") else role
            for base in parsed.bases:
                for candidate in (plain, plain.removeprefix("Special ")):
                    if not (candidate == base or candidate.startswith(f"{base} ")):
                        continue
                    rest = candidate[len(base) :] + " "
                    if parsed.to_entry is not None and f" to {parsed.to_entry.name}" not in rest:
                        continue
                    if parsed.of is None or rest.startswith(f" {parsed.form.link} {parsed.of} "):
                        return found
                    # "the Secretary-General of United Nations" also matches "of United Nations".
                    aff = parsed.affiliation_entry
                    if aff is not None and rest.startswith(f" of {aff.name} "):
                        return found
        return None

    def compatible(self, parsed: _Parsed, entry: GazetteerEntry) -> bool:
        """Whether a known person may hold the title: no conflicting country."""
        aff = parsed.affiliation_entry
        if aff is None or entry.country is None:
            return True
        country = aff.id if aff.kind is EntityKind.COUNTRY else (aff.capital_of or aff.country)
        return (
            country is None
            or country == entry.country
            or self.matching_role(parsed, entry) is not None
        )

    def skip_honorifics(self, j: int) -> int:
        """The first word at or after ``j`` that is not an honorific (الشيخ، الفريق أول)."""
        words = self.scanned.words
        while j < len(words):
            hit = self.data.honorifics.match_at(self.scanned, j, clitics=False)
            if hit is None or not self.gap_is(j + hit[3] - 1, _SPACE_ONLY):
                return j
            j += hit[3]
        return j

    def person_after(self, j: int) -> int:
        """Where a person named after a title ending before word ``j`` would start.

        Skips a comma, honorifics that are not part of a known name, and a
        second title ("رئيس الوزراء القطري وزير الخارجية الشيخ محمد …").
        """
        words = self.scanned.words
        if j >= len(words) or not self.gap_is(j - 1, _COMMA_GAP):
            return j
        if j not in self.mention_at:
            j = self.skip_honorifics(j)
        if j < len(words) and j not in self.mention_at:
            second = self.parse(j)
            if second is not None and second.end < len(words):
                for end in (second.end, self._joined_word_end(second.end)):
                    if end is None or end >= len(words):
                        continue
                    k = self.person_after(end)
                    mention = self.mention_at.get(k)
                    if mention is not None and mention.entity.kind is EntityKind.PERSON:
                        return k
        return j

    def _joined_word_end(self, j: int) -> int | None:
        """The word after a definite word joined by و at word ``j``, else None.

        The second of two titles may name a body of two parts the title reading
        stops short of: "أمين مجلس الأمن القومي والدفاع رستم عمروف" (Secretary of
        the National Security and Defense Council).
        """
        if j in self.mention_at or not self.gap_is(j - 1, _SPACE_ONLY):
            return None
        return j + 1 if self._written(j).startswith("وال") else None

    def short_person_after(
        self, parsed: _Parsed, after: int
    ) -> tuple[GazetteerEntry, str, int, int, Span] | None:
        """A known person named by a short form right after a title that fits them.

        "الرئيس عون", "الرئيس اللبناني عون": a short form (a surname that is
        also a word) counts without a full mention before it when the title
        right before it is one of that person's roles. Returns ``(entry, role,
        first word, words, original span)``.
        """
        words = self.scanned.words
        if after >= len(words):
            return None
        k = self.skip_honorifics(after)
        if k >= len(words) or k in self.mention_at or not self.gap_is(k - 1, _COMMA_GAP):
            return None
        for entry, start, stop, used in self.gazetteer.short_forms_at(self.scanned, k):
            if entry.kind is not EntityKind.PERSON:
                continue
            role = self.matching_role(parsed, entry)
            if role is not None:
                return entry, role, k, used, self.original(start, stop)[1]
        return None

    def name_like(self, k: int, first: bool) -> bool:
        """Whether word ``k`` can be part of an unknown name (``first``: its first word)."""
        word = self.scanned.word(k)
        written = _as_written(self.original(*self.scanned.words[k])[0])
        return not (
            k in self.mention_at
            or word in self.data.not_names
            or not _ARABIC_WORD.fullmatch(word)
            or len(word) < 2
            or (first and written.startswith("ال"))
            or (
                first
                and word.startswith(self.data.verb_prefixes)
                and word not in self.data.verb_like_names
            )
            or (
                # والمسؤول, بأفضلية: a clitic before a word; وال alone is a name (دي وال).
                len(written) > 3
                and written.startswith(("وال", "فال", "بال", "لل", "بأ", "بإ", "لأ", "لإ", "كأ"))
            )
            or self.data.trie.match_at(self.scanned, k) is not None
            or (word[0] in "وف" and word[1:] in self.data.not_names)
            or written in self.data.not_names_as_written
            or _TANWIN.search(self.original(*self.scanned.words[k])[0]) is not None
        )

    def unknown_name(self, j: int) -> tuple[int, int] | None:
        """Words ``[j, k)`` that read as an unknown person's name, else None.

        A third word is kept only when it is a family name with the article (علي
        يوسف الشريف) or the name visibly ends after it (punctuation, the end, a
        function word or a verb): in "مدرب الاتحاد لوران بلان بأفضلية المنافس" the
        name is two words.
        """
        words = self.scanned.words
        k = j
        while k < len(words) and k - j < MAX_NAME_WORDS and self.name_like(k, k == j):
            k += 1
            if not self.gap_is(k - 1, _SPACE_ONLY):
                break
        if k - j == MAX_NAME_WORDS and not self._written(k - 1).startswith("ال"):
            ends = (
                k >= len(words)
                or not self.gap_is(k - 1, _SPACE_ONLY)
                or self.scanned.word(k) in self.data.not_names
                or self.scanned.word(k).startswith(self.data.verb_prefixes)
                or (
                    self.scanned.word(k)[0] in "وف"
                    and self.scanned.word(k)[1:] in self.data.not_names
                )
            )
            if not ends:
                k -= 1
        return (j, k) if k > j else None

    def name_ends(self, name: tuple[int, int]) -> bool:
        """Whether an unknown name of two or three words visibly ends after its last word.

        Punctuation, the end of the text, a function word, a verb or a word with a
        preposition (للصحفيين، بأن) must follow.
        """
        j, k = name
        if k - j < 2:
            return False
        words = self.scanned.words
        if k >= len(words) or not self.gap_is(k - 1, _SPACE_ONLY):
            return True
        word = self.scanned.word(k)
        written = self._written(k)
        return (
            word in self.data.not_names
            or word.startswith(self.data.verb_prefixes)
            or (word[0] in "وف" and word[1:] in self.data.not_names)
            or written.startswith(("لل", "بال", "ل", "ب"))
        )

    def unknown_name_before(self, first: int, end: int) -> tuple[int, int] | None:
        """An unknown name of two or three words set off before a title by a comma.

        "أكد علي يوسف، وزير الخارجية السوداني، أن": the words before the comma
        are a name when the title is closed by a comma (or a function word)
        and what stands before the name is a verb, a function word, the start
        of the text or punctuation.
        """
        words = self.scanned.words
        if first < 2 or "," not in self.scanned.gap(first - 1):
            return None
        after = self.scanned.gap(end - 1) if end <= len(words) else ""
        if "," not in after and not (
            end < len(words) and self.scanned.word(end) in self.data.not_names
        ):
            return None
        j = first
        while j > 0 and first - j < MAX_NAME_WORDS:
            if j < first and not self.gap_is(j - 1, _SPACE_ONLY):
                break
            if not self.name_like(j - 1, False):
                break
            j -= 1
        if first - j < 2:
            return None
        while first - j >= 2 and not self.name_like(j, True):
            j += 1
        if first - j < 2:
            return None
        opener = j == 0 or not self.gap_is(j - 1, _SPACE_ONLY)
        if not opener:
            previous = self.scanned.word(j - 1)
            opener = previous in self.data.not_names or (
                previous[0] in "وف" and previous[1:] in self.data.not_names
            )
        return (j, first) if opener else None


def read_entities(
    text: str,
    gazetteer: Gazetteer | None = None,
    norm: Normalized | None = None,
    published: datetime.date | None = None,
) -> EntityReading:
    """Gazetteer mentions, titles and the people they name, read in one go.

    ``entities`` holds every gazetteer entity except those inside a title
    (its affiliation: "الروسي" in "الرئيس الروسي"), with people's roles filled
    in from their titles, plus unknown people named after a title and
    title-only people; in order of their spans, never overlapping.

    :param norm: ``normalize(text)`` (default options) when the caller has it.
    :param published: the article's date; without it no title is named after
        the gazetteer's holder of its office (see the module docstring).
    """
    if gazetteer is None:
        from negotext.plugins import get_resources

        gazetteer = get_resources().gazetteer
    scanned = scan(text, norm)
    mentions = gazetteer.mentions(text, scanned)
    reader = _Reader(text, scanned, mentions, gazetteer, published)
    words = scanned.words
    titles: list[Title] = []
    people: dict[int, Entity] = {}  # mention index → person with its role
    added: list[Entity] = []
    hidden: set[int] = set()  # mentions inside titles
    occupied: set[int] = {n for m in mentions for n in range(*m.words)}  # words already read
    unknown: list[tuple[int, Entity]] = []  # (last word of the name, person)
    shorts: list[tuple[int, Entity, GazetteerEntry]] = []  # short forms a title vouched for
    index_of = {id(m): n for n, m in enumerate(mentions)}
    # People named so far, with the roles they hold: (entity, roles).
    known: list[tuple[Entity, tuple[str, ...], GazetteerEntry | None]] = []
    role_starters = reader.data.trie.starters
    next_mention = 0
    i = 0
    while i < len(words):
        # Keep the list of people named before word i up to date.
        while next_mention < len(mentions) and mentions[next_mention].words[0] < i:
            m = mentions[next_mention]
            if m.entity.kind is EntityKind.PERSON:
                named = people.get(next_mention, m.entity)
                known.append((named, m.entry.roles, m.entry))
            next_mention += 1
        if i in reader.mention_at:
            i = reader.mention_at[i].words[1]
            continue
        if scanned.tokens[i] not in role_starters:  # most words: one set lookup
            i += 1
            continue
        parsed = reader.parse(i)
        if parsed is None:
            i += 1
            continue
        text_, span = reader.original(parsed.start, parsed.stop)
        for n in range(parsed.first, parsed.end):
            mention = reader.mention_at.get(n)
            if mention is not None:
                hidden.add(index_of[id(mention)])
        person: Entity | None = None
        # A known person right after (comma, honorifics and a second title allowed)
        # or right before (with a comma).
        after = reader.person_after(parsed.end)
        candidate = reader.mention_at.get(after) if after < len(words) else None
        before = reader.mention_ending.get(parsed.first)
        if (
            before is not None
            and before.entity.kind is EntityKind.PERSON
            and "," in scanned.gap(parsed.first - 1)
            and reader.compatible(parsed, before.entry)
            and (candidate is None or candidate.entity.kind is not EntityKind.PERSON)
        ):
            candidate = before
        if (
            candidate is not None
            and candidate.entity.kind is EntityKind.PERSON
            and (candidate is before or reader.gap_is(after - 1, _COMMA_GAP))
            and reader.compatible(parsed, candidate.entry)
        ):
            role = reader.matching_role(parsed, candidate.entry)
            if role is None:
                role = (
                    parsed.role if parsed.affiliation_entry is not None else candidate.entity.role
                )
            person = people.setdefault(
                index_of[id(candidate)], attrs.evolve(candidate.entity, role=role)
            )
            known.append((person, (role, *candidate.entry.roles) if role else (), candidate.entry))
            if candidate is not before and candidate.words[0] == reader.skip_honorifics(parsed.end):
                i = candidate.words[1]
        elif (short := reader.short_person_after(parsed, after)) is not None:
            entry, role, k, used, short_span = short
            person = attrs.evolve(entry.entity(short_span.slice(text), short_span), role=role)
            added.append(person)
            known.append((person, (role, *entry.roles), entry))
            occupied.update(range(k, k + used))
            shorts.append((k + used, person, entry))
            i = k + used
        elif (
            parsed.affiliation_entry is not None
            or parsed.complement
            or parsed.unnamed
            or parsed.form.named
            or reader.skip_honorifics(after) != after
        ):
            name = (
                reader.unknown_name(reader.skip_honorifics(after)) if after < len(words) else None
            )
            if (
                name is not None
                and parsed.form.named
                and parsed.affiliation_entry is None
                and not (parsed.complement or parsed.unnamed)
                and not reader.name_ends(name)
            ):
                # A bare title: only a name of two or three words that visibly ends.
                name = None
            skip_to = None
            if name is not None and reader.gap_is(parsed.end - 1, _COMMA_GAP):
                skip_to = name[1]
            else:
                name = reader.unknown_name_before(parsed.first, parsed.end)
                if name is not None and any(n in occupied for n in range(*name)):
                    name = None
            if name is not None:
                name_text, name_span = reader.original(words[name[0]][0], words[name[1] - 1][1])
                person = Entity(name_text, name_span, EntityKind.PERSON, role=parsed.role)
                added.append(person)
                known.append((person, (parsed.role,), None))
                occupied.update(range(*name))
                if name[1] - name[0] > 1:
                    unknown.append((name[1] - 1, person))
                if skip_to is not None:
                    i = skip_to
        if person is None and (parsed.affiliation_entry is not None or parsed.form.standalone):
            name_, id_, role = _holder(reader, parsed, known)
            person = Entity(text_, span, EntityKind.PERSON, name=name_, id=id_, role=role)
            added.append(person)
        elif person is None and parsed.unnamed:
            # No holder is looked for: the body is unknown, so is its spokesperson.
            person = Entity(text_, span, EntityKind.PERSON, role=parsed.role)
            added.append(person)
        occupied.update(range(parsed.first, parsed.end))
        titles.append(
            Title(
                text=text_,
                span=span,
                role=parsed.role,
                base=parsed.base,
                affiliation=parsed.affiliation,
                person=person,
                former=parsed.former,
            )
        )
        i = max(i, parsed.end)
    entities = [
        people.get(n) or _role_as_of(m.entity, m.entry, published)
        for n, m in enumerate(mentions)
        if n not in hidden or n in people
    ]
    entities += added
    entities += _later_surnames(reader, unknown, occupied)
    entities += _later_short_forms(reader, shorts, occupied)
    entities.sort(key=lambda e: (e.span.start, -e.span.end))
    return EntityReading(tuple(entities), tuple(titles), tuple(mentions))


def _role_as_of(entity: Entity, entry: GazetteerEntry, published: datetime.date | None) -> Entity:
    """A person named without a title, with the role the data gives them on ``published``.

    "ماركو روبيو" in a 2019 article is Marco Rubio, but not yet the Secretary of State the
    data makes him: a role the gazetteer dates after the article is dropped, not shown.
    "أنتوني بلينكن" in a 2024 article is the Secretary of State, in a 2026 one its former
    holder (the role's ``until``).
    """
    if published is None or entity.role is None:
        return entity
    base = entity.role.removeprefix("Former ")
    if entry.held_until(base) is None:
        base = entity.role  # a role the data itself keeps as "Former …", or a current one
    role = entry.role_on(base, published)
    return entity if role == entity.role else attrs.evolve(entity, role=role)


def _later_surnames(
    reader: _Reader, unknown: Sequence[tuple[int, Entity]], occupied: set[int]
) -> list[Entity]:
    """Later mentions of an unknown person's surname alone ("وأضاف الشريف").

    The last word of a name of two or more words read after a title counts
    as that person where it stands alone later in the text (proclitics
    allowed), outside any gazetteer name or title, and is not a function word.
    When two unknown people share a surname, the one named last wins.
    """
    scanned = reader.scanned
    by_surname: dict[str, list[tuple[int, Entity]]] = {}
    for last, person in unknown:
        surname = scanned.word(last)
        if len(surname) >= 3 and surname not in reader.data.not_names:
            by_surname.setdefault(surname, []).append((last, person))
    if not by_surname:
        return []
    trie = PhraseTrie(by_surname)
    found: list[Entity] = []
    first = min(last for last, _ in unknown) + 1
    for k in range(first, len(scanned.words)):
        if k in occupied:
            continue
        hit = trie.match_at(scanned, k)
        if hit is None or hit[3] != 1:
            continue
        before = [person for last, person in by_surname[hit[2]] if last < k]
        if not before:
            continue
        text, span = reader.original(hit[0], hit[1])
        found.append(Entity(text, span, EntityKind.PERSON, role=before[-1].role))
    return found


def _later_short_forms(
    reader: _Reader, shorts: Sequence[tuple[int, Entity, GazetteerEntry]], occupied: set[int]
) -> list[Entity]:
    """Later mentions of a short form a title vouched for ("الرئيس عون … وأكد عون").

    Once "الرئيس عون" has named Joseph Aoun, a later "عون" alone is him too,
    as it would be after his full name, outside any gazetteer name or title.
    """
    if not shorts:
        return []
    found: list[Entity] = []
    scanned = reader.scanned
    for k in range(min(after for after, _, _ in shorts), len(scanned.words)):
        if k in occupied or k in reader.mention_at:
            continue
        for entry, start, stop, _used in reader.gazetteer.short_forms_at(scanned, k):
            before = [person for after, person, e in shorts if e is entry and after <= k]
            if before:
                text, span = reader.original(start, stop)
                found.append(attrs.evolve(entry.entity(text, span), role=before[-1].role))
                break
    return found


def _holder(
    reader: _Reader,
    parsed: _Parsed,
    known: Sequence[tuple[Entity, tuple[str, ...], GazetteerEntry | None]],
) -> tuple[str | None, str | None, str]:
    """Who holds a title the text does not name: ``(name, id, role)``.

    The last person of the document whose role matches, else the only holder
    the gazetteer knows if the article is dated on or after the day that
    person took the role, else nobody (``(None, None, title role)``).
    """
    for entity, _roles, entry in reversed(known):
        if entry is not None:
            role = reader.matching_role(parsed, entry)
            if role is not None:
                return entity.name, entity.id, role
    nobody = (None, None, parsed.role)
    if reader.published is None:
        return nobody
    if parsed.affiliation_entry is None and parsed.to_entry is None:
        return nobody
    cache = _HOLDERS.setdefault(reader.gazetteer, {})
    key = (
        parsed.bases,
        parsed.of,
        parsed.form.link,
        parsed.to_entry.name if parsed.to_entry else None,
        parsed.former,
    )
    if key not in cache:
        exact = _exact_roles(parsed)
        cache[key] = tuple(
            (entry, role)
            for entry in reader.gazetteer.entries
            if entry.kind is EntityKind.PERSON
            for role in entry.roles
            if role in exact
        )
    # Of holders one after another (بلينكن then روبيو), the one the dates put in office; a
    # holder held only later, or not dated at all, is no guess.
    holders = [(e, r) for e, r in cache[key] if e.held_on(r, reader.published)]
    if len(holders) != 1:
        return nobody
    entry, role = holders[0]
    return entry.name, entry.id, role


def _exact_roles(parsed: _Parsed) -> set[str]:
    """The role strings a gazetteer person must hold exactly to be a title's only holder.

    Exact, not a prefix: "المبعوث الأممي" (Envoy of United Nations) must not
    name the one UN envoy the data happens to hold; "الرئيس الأوكراني" names
    whoever holds "President of Ukraine".
    """
    if parsed.of is None:
        return set()
    tail = f" to {parsed.to_entry.name}" if parsed.to_entry is not None else ""
    prefix = "Former " if parsed.former else ""
    return {f"{prefix}{base} {parsed.form.link} {parsed.of}{tail}" for base in parsed.bases}


#: Gazetteer holders of a title, per gazetteer: the search runs once per title.
_HOLDERS: weakref.WeakKeyDictionary[
    Gazetteer, dict[Any, tuple[tuple[GazetteerEntry, str], ...]]
] = weakref.WeakKeyDictionary()


def find_titles(
    text: str, gazetteer: Gazetteer | None = None, published: datetime.date | None = None
) -> list[Title]:
    """Every title in ``text``, in order, each with the person it was linked to.

    ``published`` is the article's date: see :func:`read_entities`.
    """
    return list(read_entities(text, gazetteer, published=published).titles)


def find_people(
    text: str, gazetteer: Gazetteer | None = None, published: datetime.date | None = None
) -> list[Entity]:
    """Every person entity in ``text`` (known, unknown and title-only), roles filled in.

    ``published`` is the article's date: see :func:`read_entities`.
    """
    entities = read_entities(text, gazetteer, published=published).entities
    return [e for e in entities if e.kind is EntityKind.PERSON]
