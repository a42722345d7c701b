"""Ordinals: الأول، الثالثة، الحادي عشر، الجولة الـ3، and relative references.

:func:`find_ordinals` reads every ordinal of a text in one pass of one
compiled pattern, built once at import from ``data/ordinals.json``, over the
normalised text (:func:`negotext.ar.normalize`); spans index the original.

What is an ordinal here:

- the definite ordinal words, masculine and feminine: الأول/الأولى …
  العاشر/العاشرة, الحادي عشر/الحادية عشرة … التاسع عشر, العشرون/العشرين …,
  الحادي والعشرون …, and beyond a hundred with بعد المئة (الثامن عشر بعد المئة =
  118);
- digits with the article (الـ3، ال3، الـ 3) or after a noun of order
  (الجولة 3، الجولة رقم 3; the span is the digits);
- indefinite ordinals before a noun (أول اجتماع = 1, ثالث جولة = 3) and
  feminine ones after a feminine noun (جولة ثانية = 2);
- relative references (المقبلة، القادمة، التالية → "next"; السابقة، الماضية →
  "previous"; الأخيرة → "last"; الجديدة، جديدة → "new"), with ``value`` None.
  They are reported wherever they stand; whether one qualifies a round is
  for the caller to decide.

An attached clitic is left out of the span (والثالثة → الثالثة; للثالثة → لثالثة,
since ل + ال is written لل). الأول/الثاني after كانون، تشرين، ربيع، جمادى
belong to a month name and are not ordinals.

>>> [(o.text, o.value) for o in find_ordinals("انطلقت الجولة الثالثة بعد أول اجتماع")]
[('الثالثة', 3), ('أول', 1)]
>>> parse_ordinal("الحادية عشرة")
11
>>> find_ordinals("الجولة المقبلة")[0].relative
'next'
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from importlib import resources
from typing import Any

import attrs
import regex

from negotext.ar.normalize import Normalized, normalize, normalize_text
from negotext.ar.numbers import CLITICS, trie_pattern
from negotext.records import Span

__all__ = ["Ordinal", "find_ordinals", "parse_ordinal"]


@attrs.frozen
class Ordinal:
    """An ordinal as written; ``value`` None and ``relative`` set for المقبلة and the like."""

    text: str
    span: Span
    value: int | None
    #: "next", "previous", "last", "new" for relative references, else None.
    relative: str | None = None


def _load_data() -> dict[str, Any]:
    """The word lists of ``data/ordinals.json``."""
    path = resources.files("negotext.ar") / "data" / "ordinals.json"
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


_DATA = _load_data()


def _norm_keys(table: Mapping[str, Any]) -> dict[str, Any]:
    """A word table keyed by normalised spelling."""
    return {normalize_text(word): value for word, value in table.items()}


def _words(words: Iterable[str]) -> list[str]:
    """Normalised words, longest first (for named lists)."""
    return sorted({normalize_text(w) for w in words}, key=len, reverse=True)


def _alternation(phrases: Iterable[str]) -> str:
    """A regex alternation of literal phrases, longest first, spaces matching any run of space."""
    ordered = sorted({normalize_text(p) for p in phrases}, key=len, reverse=True)
    return "|".join(r"\s+".join(regex.escape(part) for part in p.split()) for p in ordered)


_ORDINALS: dict[str, int] = _norm_keys(_DATA["ordinals"])
_STEMS: dict[str, int] = _norm_keys(_DATA["unit_stems"])
_TENS: dict[str, int] = _norm_keys(_DATA["tens"])
_BEFORE_NOUN: dict[str, int] = _norm_keys(_DATA["indefinite_before_noun"])
_AFTER_NOUN: dict[str, int] = _norm_keys(_DATA["indefinite_after_noun"])
_AFTER_MASCULINE: dict[str, int] = _norm_keys(_DATA["indefinite_after_masculine_noun"])
_RELATIVE: dict[str, str] = _norm_keys(_DATA["relative"])
_PARTITIVE: dict[str, int] = _norm_keys(_DATA["partitive"])
_HUNDREDS: dict[str, int] = {
    " ".join(normalize_text(phrase).split()): value for phrase, value in _DATA["hundreds"].items()
}

_CLITIC = r"(?:[وف]?[بكل]|[وف])"
#: the article, or the ل left of it after the clitic ل (للثالثة)
_ARTICLE = r"(?:ال|(?<=ل)ل)"
_NOT_MONTH = rf"(?<!(?:{_alternation(_DATA['month_words'])})\s+)"
_PATTERN = regex.compile(
    rf"(?<!\w){_CLITIC}??{_NOT_MONTH}(?P<o>"
    rf"(?:{_ARTICLE}(?P<cu>\L<stems>)\s+و(?:ال)(?P<ct>\L<tens>)"
    rf"|{_ARTICLE}(?P<tu>\L<stems>)\s+(?:{_alternation(_DATA['ten_words'])})"
    rf"|{_ARTICLE}(?P<t>\L<tens>)"
    rf"|{_ARTICLE}(?P<w>\L<ordinals>))"
    rf"(?:\s+(?P<h>{_alternation(_HUNDREDS)}))?"
    rf"|{_ARTICLE}\s?(?P<d>[0-9]{{1,9}})(?![.,]?[0-9])"
    rf"|(?P<r>\L<relative>)"
    rf"|(?P<p>\L<partitive>)"
    rf"|(?P<b>\L<before>)(?=\s+\p{{Arabic}})(?!\s+(?:{_alternation(_DATA['not_before'])})(?!\w))"
    rf"|(?<=\wه\s)(?P<a>\L<after>)"
    rf"|(?<=(?<!\w)[وفبلك]{{0,2}}(?:{_alternation(_DATA['masculine_nouns'])})\s)(?P<m>\L<masc>)"
    rf")(?!\w)"
    rf"|(?<!\w)[وفبك]{{0,2}}(?:ال|لل)(?:{_alternation(_DATA['nouns'])})\s+(?:رقم\s+)?"
    rf"(?P<o>(?P<n>[0-9]{{1,9}}))(?![.,]?[0-9])",
    stems=_words(_STEMS),
    tens=_words(_TENS),
    ordinals=_words(_ORDINALS),
    relative=_words(_RELATIVE),
    partitive=_words(_PARTITIVE),
    before=_words(_BEFORE_NOUN),
    after=_words(_AFTER_NOUN),
    masc=_words(_AFTER_MASCULINE),
)

#: Where an ordinal can start: any word of the lists, after clitics and the
#: article, or the article before digits. A ``re`` pattern of literals
#: (:func:`~negotext.ar.numbers.trie_pattern`) finds these far faster than the
#: full pattern tried at every position; the full pattern then runs only there.
_ANCHORS = sorted(
    {*_ORDINALS, *_STEMS, *_TENS, *_BEFORE_NOUN, *_AFTER_NOUN, *_AFTER_MASCULINE, *_RELATIVE}
    | set(_PARTITIVE)
    | {normalize_text(n) for n in _DATA["nouns"]},
    key=len,
    reverse=True,
)
_PREFIXES = [clitic + article for clitic in CLITICS for article in ("", "ال", "ل")]
_TRIGGER = re.compile(
    rf"(?:{trie_pattern((p + a for p in _PREFIXES for a in _ANCHORS), word_start=True)})(?!\w)"
    rf"|(?:{trie_pattern((c + 'ال' for c in CLITICS), word_start=True)})\s?[0-9]"
)


def _value(match: regex.Match[str]) -> tuple[int | None, str | None]:
    """The value and relative reference of one match."""
    value, relative = _base_value(match)
    hundreds = match.group("h")
    if hundreds and value is not None:
        return value + _HUNDREDS[" ".join(hundreds.split())], relative
    return value, relative


def _base_value(match: regex.Match[str]) -> tuple[int | None, str | None]:
    """The value and relative reference of one match, hundreds after it left out."""
    group = match.group
    if group("cu"):
        return _STEMS[group("cu")] + _TENS[group("ct")], None
    if group("tu"):
        return _STEMS[group("tu")] + 10, None
    if group("t"):
        return _TENS[group("t")], None
    if group("w"):
        return _ORDINALS[group("w")], None
    if group("d"):
        return int(group("d")), None
    if group("n"):
        return int(group("n")), None
    if group("r"):
        return None, _RELATIVE[group("r")]
    if group("b"):
        return _BEFORE_NOUN[group("b")], None
    if group("m"):
        return _AFTER_MASCULINE[group("m")], None
    if group("p"):
        return _PARTITIVE[group("p")], None
    return _AFTER_NOUN[group("a")], None


def find_ordinals(text: str, *, norm: Normalized | None = None) -> list[Ordinal]:
    """Every ordinal in ``text``, in order, with spans into ``text``.

    ``norm`` is ``normalize(text)`` when the caller already has it (the
    document analysis does), so the text is not normalised twice.

    >>> [(o.text, o.value) for o in find_ordinals("للجولة الـ3 والحادي والعشرين")]
    [('الـ3', 3), ('الحادي والعشرين', 21)]
    """
    if norm is None:
        norm = normalize(text)
    elif norm.original != text:
        raise ValueError("norm must be normalize(text) of the same text")
    found: list[Ordinal] = []
    pos = 0
    while (hit := _TRIGGER.search(norm.text, pos)) is not None:
        match = _PATTERN.match(norm.text, hit.start())
        if match is None:
            pos = hit.end()
            continue
        pos = max(match.end(), hit.start() + 1)
        value, relative = _value(match)
        start, end = norm.span_to_original(*match.span("o"))
        found.append(
            Ordinal(text=text[start:end], span=Span(start, end), value=value, relative=relative)
        )
    return found


def parse_ordinal(phrase: str) -> int | None:
    """The order ``phrase`` states (3 for الثالثة), else None.

    The phrase may hold its noun (الجولة الثالثة); it must state exactly one
    ordinal with a value.

    >>> parse_ordinal("الجولة الـ3"), parse_ordinal("الجولة المقبلة")
    (3, None)
    """
    values = [o.value for o in find_ordinals(phrase) if o.value is not None]
    return values[0] if len(values) == 1 else None
