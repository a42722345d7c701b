"""Negotiation formats, forums, mechanisms and tracks: how writers name talks.

Writers name talks by their format as often as by their venue: منبر جدة، مسار أستانا، آلية
الناقورة، مناقشات جنيف الدولية، صيغة نورماندي، اللجنة العسكرية المشتركة 5+5، منصة 3+3، حوار
بروكسل، اتفاق الدوحة. A format is knowledge, not grammar: the place it is named after is not
always where it meets (مجموعة مينسك never met in Minsk, مسار برلين's committees meet in Tunis
and Geneva), and some formats meet in one place by definition (منبر جدة in Jeddah, آلية
الناقورة in Naqoura). Each format has its Arabic forms, its ``kind``, the gazetteer place it
is ``named_after`` and its usual ``venue`` (both canonical English names of gazetteer
entries, or null). Formats are registered through the gazetteer's hook,
``negotext_register_gazetteer``, as entries with ``"type": "format"``: the built-in ones
(``data/gazetteer/formats.json``, every entry of which is a format) by
:mod:`negotext.ar.builtin_data`, others by any plugin; ``get_resources().formats`` (and
:func:`default_formats`) holds them all.

:class:`Formats` finds every mention of every format in ONE pass over the words of a
normalised text, as the gazetteer does: a dict from a form's first word to the rest of each
form starting with it, proclitics (و ف ب ك ل, ل + ال written لل) read off the first word,
longest form first. Between the words of a form spaces, hyphens, plus signs, quotation marks
and brackets may stand (منصة «3+3»، لجنة "5+5"، اللجنة العسكرية المشتركة (5+5)).

>>> formats = Formats([{"name": "Jeddah Platform", "kind": "platform",
...     "names": ["منبر جدة"], "named_after": "Jeddah", "venue": "Jeddah"}])
>>> text = "في الجولة الرابعة من «منبر جدة» وبمنبر جدة"
>>> [(text[m.span.start:m.span.end], m.format.venue) for m in formats.find(text)]
[('منبر جدة', 'Jeddah'), ('منبر جدة', 'Jeddah')]
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import attrs
import regex

from negotext.ar.builtin_data import FORMAT_FILE
from negotext.ar.gazetteer import PROCLITICS, clitic_readings, entry_origin, match_key
from negotext.ar.normalize import Normalized, normalize
from negotext.records import Span

__all__ = [
    "FORMAT_FILE",
    "FORMAT_KINDS",
    "MEETING_KINDS",
    "Format",
    "FormatError",
    "FormatMention",
    "Formats",
    "default_formats",
    "format_problems",
]


#: What a format is: a platform (منبر), a track (مسار), a process (عملية), a mechanism
#: (آلية), a format (صيغة), a group of states (مجموعة، رباعية), a committee (لجنة), a
#: conference (مؤتمر), a dialogue (حوار), a named series of talks (مناقشات جنيف الدولية), a
#: forum (منتدى، ملتقى), an initiative (مبادرة) or an agreement (اتفاق، إعلان).
FORMAT_KINDS = frozenset(
    {
        "platform",
        "track",
        "process",
        "mechanism",
        "format",
        "group",
        "committee",
        "conference",
        "dialogue",
        "talks",
        "forum",
        "initiative",
        "agreement",
    }
)
#: Kinds whose rounds meet: an agreement's place is where it was signed, not where the
#: rounds told "under" it meet.
MEETING_KINDS = FORMAT_KINDS - {"agreement"}

FORMAT_KEYS = frozenset(
    {
        "type",
        "name",
        "kind",
        "names",
        "named_after",
        "venue",
        "conflict",
        "note",
        "source",
        "plugin",
    }
)

# An Arabic form: letters, marks, digits and what may stand between the words of a name.
_FORM = regex.compile(r"^(?=.*\p{Arabic})[\p{Arabic}\p{M}\s\d\-'.+()]+$")
# A word of the normalised text, as the analysis tokenises it (negotext.analysis.WORD).
_WORD = regex.compile(r"[\p{L}\p{N}%]+(?:[.,]\d+)?")
# What may stand between the words of a form: منصة «3+3»، اللجنة العسكرية المشتركة (5+5).
_GAP = regex.compile(r"""[\s\-+"'()«»“”]+""")


class FormatError(ValueError):
    """A malformed format entry; the message names it."""


def format_problems(entry: Mapping[str, Any]) -> list[str]:
    """What is wrong with one format entry (empty when it is valid): an entry of
    ``formats.json`` (no ``type``: the file's default) or one a plugin registers with
    ``"type": "format"``.

    >>> format_problems({"name": "X", "kind": "summit", "names": ["قمة"], "venue": None})
    ... # doctest: +ELLIPSIS
    ["kind must be one of ['agreement', ...], got 'summit'", 'named_after must be given (a place or null)']
    """
    problems: list[str] = []
    unknown = sorted(set(entry) - FORMAT_KEYS)
    if unknown:
        problems.append(f"unknown keys {unknown}")
    if entry.get("type", "format") != "format":  # absent: a formats.json entry as written
        problems.append(f"type must be 'format', got {entry['type']!r}")
    name = entry.get("name")
    if not isinstance(name, str) or not name.strip():
        problems.append(f"name must be a non-empty English string, got {name!r}")
    if entry.get("kind") not in FORMAT_KINDS:
        problems.append(f"kind must be one of {sorted(FORMAT_KINDS)}, got {entry.get('kind')!r}")
    names = entry.get("names")
    if not isinstance(names, list) or not names:
        problems.append("names must be a non-empty list of Arabic forms")
    else:
        for form in names:
            if not (isinstance(form, str) and _FORM.match(form)):
                problems.append(f"names: {form!r} is not an Arabic form")
    for key in ("named_after", "venue"):
        if key not in entry:
            problems.append(f"{key} must be given (a place or null)")
        elif entry[key] is not None and not (isinstance(entry[key], str) and entry[key].strip()):
            problems.append(f"{key} must be a gazetteer entry's English name or null")
    return problems


@attrs.frozen
class Format:
    """One negotiation format, forum, mechanism or track."""

    name: str
    kind: str
    names: tuple[str, ...]
    #: The canonical name of the gazetteer place (or country) the format is named after.
    named_after: str | None = None
    #: The canonical name of the gazetteer place where it usually meets, None when it has
    #: no fixed venue (صيغة نورماندي، اللجنة العسكرية المشتركة 5+5).
    venue: str | None = None
    conflict: str | None = None

    @property
    def meets(self) -> bool:
        """Whether rounds are held in it (not an agreement, whose place is its signing)."""
        return self.kind in MEETING_KINDS


@attrs.frozen
class FormatMention:
    """A format named in a text: ``start`` and ``end`` index the normalised text,
    ``span`` the original; proclitics (وبمنبر) are left out of both."""

    format: Format
    start: int
    end: int
    span: Span


class Formats:
    """Every format, matched in one pass over a text's words.

    :param entries: format entries (``type`` absent or ``"format"``); a malformed one
        raises a :class:`FormatError` naming the plugin and file it came from (the
        ``plugin`` and ``source`` keys the host adds), the entry and each bad field.
    """

    def __init__(self, entries: Iterable[Mapping[str, Any]]) -> None:
        formats: list[Format] = []
        first: dict[str, list[tuple[tuple[str, ...], int]]] = {}
        for raw in entries:
            problems = format_problems(raw)
            if problems:
                raise FormatError(
                    f"{entry_origin(raw) or 'formats'}: format {raw.get('name')!r}: {'; '.join(problems)}"
                )
            entry = Format(
                name=raw["name"].strip(),
                kind=raw["kind"],
                names=tuple(raw["names"]),
                named_after=raw.get("named_after"),
                venue=raw.get("venue"),
                conflict=raw.get("conflict"),
            )
            index = len(formats)
            formats.append(entry)
            for form in entry.names:
                words = tuple(match_key(form).split(" "))
                if words[0]:
                    first.setdefault(words[0], []).append((words[1:], index))
        for continuations in first.values():
            continuations.sort(key=lambda item: -len(item[0]))
        self.formats: tuple[Format, ...] = tuple(formats)
        self._first = first
        # Every written form a first word can take (with each proclitic, ل + ال as لل): one
        # set lookup rules out most words of a text, as in the gazetteer's trie.
        self._starters: set[str] = set()
        for word in first:
            self._starters.add(word)
            for clitic in PROCLITICS[1:]:
                self._starters.add(clitic + word)
                if clitic.endswith("ل") and word.startswith("ال"):
                    self._starters.add(clitic + word[1:])

    def __len__(self) -> int:
        return len(self.formats)

    def __repr__(self) -> str:
        return f"<Formats: {len(self.formats)} formats>"

    def find(
        self,
        text: str,
        norm: Normalized | None = None,
        words: Sequence[tuple[int, int]] | None = None,
    ) -> list[FormatMention]:
        """Every format mention in ``text``, in order, never overlapping.

        :param norm: ``normalize(text)`` when the caller has it.
        :param words: the word ranges of ``norm.text`` (``Analysis.words``) when the caller
            has them: the text is not tokenised again.
        """
        if norm is None:
            norm = normalize(text)
        searched = norm.text
        if words is None:
            words = [m.span() for m in _WORD.finditer(searched)]
        tokens = [searched[a:b].replace("ؤ", "و").replace("ئ", "ي") for a, b in words]
        found: list[FormatMention] = []
        i, count = 0, len(tokens)
        starters = self._starters
        while i < count:
            if tokens[i] not in starters:
                i += 1
                continue
            hit = self._match_at(searched, words, tokens, i)
            if hit is None:
                i += 1
                continue
            start, end, index, used = hit
            found.append(
                FormatMention(
                    self.formats[index], start, end, Span(*norm.span_to_original(start, end))
                )
            )
            i += used
        return found

    def _match_at(
        self,
        searched: str,
        words: Sequence[tuple[int, int]],
        tokens: Sequence[str],
        i: int,
    ) -> tuple[int, int, int, int] | None:
        """The longest form starting at word ``i``: ``(start, end, format index, words)``."""
        best: tuple[int, int, int, int] | None = None
        for reading, skip in clitic_readings(tokens[i], True):
            for tail, index in self._first.get(reading, ()):
                end = words[i][1]
                for offset, expected in enumerate(tail, 1):
                    k = i + offset
                    if (
                        k >= len(tokens)
                        or tokens[k] != expected
                        or not _GAP.fullmatch(searched, end, words[k][0])
                    ):
                        break
                    end = words[k][1]
                else:
                    if best is None or end > best[1]:
                        best = (words[i][0] + skip, end, index, len(tail) + 1)
                    break  # continuations are longest first
        return best


def default_formats() -> Formats:
    """The formats of the plugins registered now: the built-in ``formats.json`` and every
    plugin's, all registered through ``negotext_register_gazetteer``
    (``negotext.plugins.get_resources().formats``, built once per set of plugins)."""
    from negotext.plugins import get_resources  # the plugins module imports this one

    return get_resources().formats
