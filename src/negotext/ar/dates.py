"""Dates: month names in both systems, numeric dates, weekdays and relative expressions.

:func:`find_dates` reads every date mention of a text into a :class:`DateMention`
whose ``span`` indexes the original, never-modified text. The text is searched
in its normalised form (:func:`negotext.ar.normalize.normalize`) with one
pattern, compiled once at import from the language data in ``data/dates.json``;
each match is mapped back to the original with the normaliser's offset map.

What is read (see ``docs/dates.md`` for the full list and the rules):

- day, month and year: ``2 يونيو/حزيران 2025``, ``الثاني من يونيو``,
  ``١٦/٥/٢٠٢٥``, ``2025-05-16``; month and year: ``فبراير 2022``; years:
  ``عام 2022``, ``منذ 2014``, ``ربيع 2022`` (a season: year granularity, the
  season in ``part``);
- weekdays with or without يوم, and relative expressions resolved against the
  publication date: ``اليوم``, ``أمس الجمعة``, ``الاثنين المقبل``,
  ``الأسبوع الماضي``, ``قبل يومين``, ``منذ ثلاث سنوات``;
- Hijri months, recognised with ``calendar == "hijri"`` and never converted by calculation; a Hijri day
  the text gives with its Gregorian equivalent (الموافق …) takes that day's value.

A relative mention with no publication date keeps its text and has ``value``
None: it is never guessed.

>>> import datetime
>>> [(m.text, m.value) for m in find_dates("عقدت الجولة يوم الجمعة الماضي", datetime.date(2025, 5, 19))]
[('يوم الجمعة الماضي', datetime.date(2025, 5, 16))]
>>> [(m.text, m.value, m.granularity.value) for m in find_dates("في 2 يونيو/حزيران 2025")]
[('2 يونيو/حزيران 2025', datetime.date(2025, 6, 2), 'day')]
"""

from __future__ import annotations

import bisect
import datetime
import enum
import functools
import json
import re
from collections.abc import Iterator, Mapping, Sequence
from importlib import resources
from typing import Any

import attrs
import regex

from negotext.ar.normalize import Normalized, normalize, normalize_text
from negotext.records import Span

__all__ = ["DateMention", "Granularity", "find_dates", "last_of_month"]


class Granularity(str, enum.Enum):
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    YEAR = "year"


@attrs.frozen
class DateMention:
    """A date as written; ``value`` None when it cannot be resolved (never guessed).

    ``value`` is the first day of the unit the mention names: the day itself, the
    Monday of a week (ISO weeks), the first of a month, 1 January of a year.
    ``relative`` is True when the value depends on the publication date.
    ``calendar`` is ``"gregorian"`` or ``"hijri"`` (Hijri dates are recognised but
    not converted: their ``value`` is None, unless the text states the Gregorian
    day beside them, "15 رمضان 1446هـ الموافق 16 مارس 2025", whose value they take). ``part`` names a part of the unit
    the text narrows to: ``"early"``, ``"mid"``, ``"late"`` (مطلع، منتصف، أواخر)
    or a season (``"spring"``, ``"summer"``, ``"autumn"``, ``"winter"``). ``last`` is
    the last day of a range of days (16 و17 مايو: ``value`` 16 May, ``last`` 17 May).
    """

    text: str
    span: Span
    value: datetime.date | None
    granularity: Granularity
    relative: bool = False
    calendar: str = "gregorian"
    part: str | None = None
    last: datetime.date | None = None


# -- language data ----------------------------------------------------------------


def _load_data() -> dict[str, Any]:
    """The parsed ``data/dates.json``."""
    text = (resources.files("negotext.ar") / "data" / "dates.json").read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


def _n(word: str) -> str:
    """A data word in the form the pattern meets it in normalised text."""
    return normalize_text(word).strip()


def _words(value: Any) -> list[str]:
    """The normalised words of a data list, or of a ``{"words": [...]}`` object."""
    items = value["words"] if isinstance(value, Mapping) else value
    return [_n(word) for word in items]


def _numbered(table: Mapping[str, Any]) -> dict[str, int]:
    """``{"1": [names], ...}`` as ``{normalised name: number}`` (keys starting ``_`` skipped)."""
    return {
        _n(name): int(key)
        for key, names in table.items()
        if not key.startswith("_")
        for name in names
    }


def _grouped(table: Mapping[str, Any]) -> dict[str, str]:
    """``{"group": [words], ...}`` as ``{normalised word: group}``."""
    return {
        _n(word): key for key, words in table.items() if not key.startswith("_") for word in words
    }


_DATA = _load_data()

MONTHS: dict[str, int] = _numbered(_DATA["months"])
HIJRI_MONTHS: dict[str, int] = _numbered(_DATA["hijri_months"])
STRICT_MONTHS: frozenset[str] = frozenset(_words(_DATA["strict_months"]))
WEEKDAYS: dict[str, int] = _numbered(_DATA["weekdays"])
DAY_ORDINALS: dict[str, int] = {
    _n(word): day for word, day in _DATA["day_ordinals"].items() if not word.startswith("_")
}
RELATIVE_DAYS: dict[str, int] = {
    _n(word): offset for word, offset in _DATA["relative_days"].items() if not word.startswith("_")
}
_QUALIFIER_STEPS = {"past": -1, "past2": -2, "future": 1, "future2": 2, "current": 0}
QUALIFIERS: dict[str, int] = {
    word: _QUALIFIER_STEPS[group] for word, group in _grouped(_DATA["qualifiers"]).items()
}
RELATIVE_UNITS: dict[str, str] = _grouped(_DATA["relative_units"])
COUNT_UNITS: dict[str, tuple[str, int | None]] = {
    _n(word): (unit, {"one": 1, "two": 2, "many": None}[size])
    for unit, sizes in _DATA["count_units"].items()
    if not unit.startswith("_")
    for size, words in sizes.items()
    for word in words
}
COUNT_WORDS: dict[str, int] = {_n(word): n for word, n in _DATA["count_words"].items()}
COUNT_PREPOSITIONS: dict[str, str] = _grouped(_DATA["count_prepositions"])
PARTS: dict[str, str] = _grouped(_DATA["parts"])
SEASONS: dict[str, str] = _grouped(_DATA["seasons"])
ERAS: dict[str, str] = _grouped(_DATA["era_suffixes"])
BARE_YEAR_PREPOSITIONS: frozenset[str] = frozenset(_words(_DATA["bare_year_prepositions"]))
WEEKDAY_NOT_AFTER: frozenset[str] = frozenset(_words(_DATA["weekday_not_after"]))
WEEKDAY_NOT_BEFORE: frozenset[str] = frozenset(_words(_DATA["weekday_not_before"]))
#: Per relative word: the words that, right before or right after it, make it another day.
RELATIVE_DAY_EXCLUSIONS: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    _n(word): (frozenset(_words(rule["not_after"])), frozenset(_words(rule["not_before"])))
    for word, rule in _DATA["relative_day_exclusions"].items()
    if not word.startswith("_")
}
NEEDS_DAY_WORD: frozenset[str] = frozenset(_words(_DATA["needs_day_word"]))
TOMORROW_VERB: frozenset[str] = frozenset(_words(_DATA["tomorrow_verb"]))
TOMORROW_FOLLOWERS: frozenset[str] = frozenset(_words(_DATA["tomorrow_verb"]["followers"]))
EVENT_NOUNS: frozenset[str] = frozenset(_words(_DATA["event_nouns"]))
DAY_ORDINAL_NOT_AFTER: frozenset[str] = frozenset(_words(_DATA["day_ordinal_not_after"]))
CALENDAR_EQUIVALENTS: frozenset[str] = frozenset(
    word for phrase in _words(_DATA["calendar_equivalents"]) for word in phrase.split()
)
NOT_VERBS: frozenset[str] = frozenset(_words(_DATA["tense"]["future_prefix"]["not_verbs"]))

#: Clitics that may be attached to the first word of a date; outside the span.
_PROCLITIC = r"(?:[وف]?(?:[بك]|ل(?!ل))?)"  # لل is ل + ال: the word stays whole
_LEFT = r"(?<![\p{L}\p{M}\p{N}])"
_RIGHT = r"(?![\p{L}\p{M}\p{N}])"
_S = r"[ \t]+"
_OS = r"[ \t]*"


#: The named lists whose words can open a date: the trigger looks for these.
_OPENING_LISTS = (
    "months",
    "hmonths",
    "weekdays",
    "dord",
    "first",
    "mword",
    "dayw",
    "tod",
    "reldays",
    "parts",
    "seasons",
    "this",
    "runits",
    "ycues",
    "y2cues",
    "cpreps",
)


def _pattern_lists() -> dict[str, list[str]]:
    """The named lists of the date pattern, normalised, from the data."""
    return {
        "months": list(MONTHS),
        "hmonths": list(HIJRI_MONTHS),
        "weekdays": list(WEEKDAYS),
        "dord": list(DAY_ORDINALS),
        "first": _words(_DATA["first_day"]),
        "rlink": _words(_DATA["day_range_links"]),
        "mword": _words(_DATA["month_word"]),
        "dayw": _words(_DATA["day_words"]),
        "tod": _words(_DATA["times_of_day"]),
        "reldays": list(RELATIVE_DAYS),
        "qual": list(QUALIFIERS),
        "this": _words(_DATA["this"]),
        "same": _words(_DATA["same"]),
        "runits": list(RELATIVE_UNITS),
        "yunits": [w for w, unit in RELATIVE_UNITS.items() if unit == "year"],
        "munits": [w for w, unit in RELATIVE_UNITS.items() if unit == "month"],
        "ymunits": [w for w, unit in RELATIVE_UNITS.items() if unit in ("year", "month")],
        "cunits": list(COUNT_UNITS),
        "cwords": list(COUNT_WORDS),
        "cpreps": list(COUNT_PREPOSITIONS),
        "cnb": _words(_DATA["count_not_before"]),
        "capprox": _words(_DATA["count_approximators"]),
        "parts": list(PARTS),
        "seasons": list(SEASONS),
        "ycues": _words(_DATA["year_cues"]),
        "y2cues": _words(_DATA["two_year_cues"]),
        "eras": list(ERAS),
        "dlink": _words(_DATA["date_links"]),
    }


def _build_pattern(lists: dict[str, list[str]]) -> regex.Pattern[str]:
    """The one pattern of every date form, with the named lists from the data."""
    L, R, S, OS = _LEFT, _RIGHT, _S, _OS
    month = (
        rf"(?:(?P<m1>\L<months>){R}"
        rf"(?:{OS}/{OS}(?P<m2>\L<months>){R}|{OS}\({OS}(?P<m2>\L<months>){OS}\))?"
        rf"|(?P<h1>\L<hmonths>){R})"
    )
    year_tail = (
        rf"(?:{OS},?{OS}(?:من{S})?(?:\L<ycues>{S})?(?P<y>[0-9]{{4}})(?![0-9])"
        rf"(?:{OS}(?P<era>\L<eras>){R})?"
        rf"|{S}من{S}(?:(?P<ythis>\L<this>){S}\L<yunits>|\L<yunits>{S}(?P<yq>\L<qual>)"
        rf"|\L<yunits>{S}(?P<ysame>\L<same>)){R})"
    )
    month_qualifier = rf"(?:{S}(?P<mq>\L<qual>){R})"
    numeric = (
        r"(?P<num>(?<![0-9/.\-])(?:"
        r"(?P<nd>[0-9]{1,2})(?P<sep>[/.\-])(?P<nm>[0-9]{1,2})(?P=sep)(?P<ny>[0-9]{4})"
        r"|(?P<iy>[0-9]{4})(?P<isep>[/.\-])(?P<im>[0-9]{1,2})(?P=isep)(?P<id>[0-9]{1,2})"
        r")(?![0-9/\-]|\.[0-9]))"
    )
    day_month = (
        rf"(?P<dm>"
        rf"(?:(?:\L<tod>{S})?(?:\L<dayw>{S})?(?P<wd>\L<weekdays>){R}{OS},?{OS}(?:\L<dlink>{S})?)?"
        rf"(?:\L<dayw>{S})?"
        rf"(?:(?:ال)?(?:(?P<d0>0?[1-9]|[12][0-9]|3[01])(?![0-9]){OS}\L<rlink>{OS})?"
        rf"(?P<d>0?[1-9]|[12][0-9]|3[01])(?![0-9]){OS}(?:من{S})?"
        rf"|(?P<dord>\L<dord>){S}من{S}|(?P<first>\L<first>){S}(?:من{S})?)"
        rf"(?:\L<mword>{S})?"
        rf"(?:{month}(?:{year_tail}|{month_qualifier})?"
        rf"|(?P<dmrel>\L<munits>){S}(?:(?P<dmq>\L<qual>)|(?P<dmsame>\L<same>)){R}))"
    )
    month_year = (
        rf"(?P<my>(?:(?P<mpart>\L<parts>){S})?(?:(?P<mw>\L<mword>){S})?"
        rf"{month}(?:{year_tail}|{month_qualifier})?)"
    )
    relative_day = (
        rf"(?P<rel>(?:(?P<rpre>\L<tod>|\L<dayw>){S})?(?P<rw>\L<reldays>){R}"
        rf"(?:{OS},?{OS}(?P<rwd>\L<weekdays>){R}|{OS}\({OS}(?P<rwd>\L<weekdays>){OS}\))?)"
    )
    weekday = (
        rf"(?P<wdb>(?:\L<tod>{S})?(?:\L<dayw>{S})?(?P<w>\L<weekdays>){R}"
        rf"(?:{S}(?P<wq>\L<qual>){R})?)"
    )
    relative_unit = (
        rf"(?P<ru>(?:(?:(?P<rupart>\L<parts>){S}|(?P<ruseason>\L<seasons>){S})?"
        rf"(?:(?P<ruthis>\L<this>){S}(?P<ru1>\L<runits>)|(?P<ru2>\L<runits>){S}(?P<ruq>\L<qual>))"
        rf"|(?P<rupart>\L<parts>){S}(?P<ru3>\L<ymunits>)(?!{S}[0-9])){R})"
    )
    relative_season = rf"(?P<rs>(?:(?P<rsthis>\L<this>){S}(?P<rs1>\L<seasons>)|(?P<rs2>\L<seasons>){S}(?P<rsq>\L<qual>)){R})"
    two_years = rf"(?P<y2>(?P<y2a>(?:\L<y2cues>|\L<ycues>){S}(?P<ya>[0-9]{{4}}))(?![0-9]){OS}(?:و|-|/){OS}(?P<yb>[0-9]{{4}})(?![0-9]))"
    year = (
        rf"(?P<yr>(?:(?P<ypart>\L<parts>){S}|(?P<yseason>\L<seasons>){S})?"
        rf"(?:(?P<ycue>\L<ycues>){S})?(?P<yy>[0-9]{{4}})(?![0-9])(?:{OS}(?P<yera>\L<eras>){R})?)"
    )
    counted = (
        rf"(?P<cnt>(?P<cp>\L<cpreps>){S}(?:\L<capprox>{S})?(?:(?P<cn>[0-9]{{1,3}}|\L<cwords>){S})?(?P<cu>\L<cunits>){R}"
        rf"(?!{OS}[0-9])(?!{S}\L<cnb>{R}))"
    )
    branches = [
        numeric,
        day_month,
        month_year,
        relative_day,
        weekday,
        relative_unit,
        relative_season,
        two_years,
        year,
        counted,
    ]
    pattern = L + _PROCLITIC + "(?:" + "|".join(branches) + ")"
    return regex.compile(pattern, regex.V0, **lists)


def _build_trigger(lists: dict[str, list[str]]) -> re.Pattern[str]:
    """A cheap pattern for the places a date can start: a word that opens one, or a digit.

    The full pattern is costly to try at every character; it is tried only where
    this one matches (the standard ``re`` module scans plain alternations fast).
    """
    words = {word.split()[0] for name in _OPENING_LISTS for word in lists[name]}
    return re.compile(rf"(?<![^\W_])[وفبكل]{{0,2}}(?:{_trie(words)}(?![^\W_])|(?:ال)?[0-9])")


def _trie(words: set[str]) -> str:
    """A regular expression matching exactly ``words``, factored by shared prefixes.

    A factored alternation is scanned faster than a flat one (each letter is tried once).

    >>> _trie({"امس", "اول", "اليوم"})
    'ا(?:ليوم|مس|ول)'
    >>> bool(re.fullmatch(_trie({"يوم", "يومي"}), "يومي"))
    True
    """
    tree: dict[str, Any] = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        branches = [re.escape(char) + emit(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(tree)


#: Object pronouns a verb may carry (استضافها، تعقده، أجراها): still the verb's tense.
_OBJECT = "(?:هما|ها|هم|ه|نا)?"


def _build_tense_pattern() -> re.Pattern[str]:
    """Tense cues: future markers, present verbs of scheduled events, future prefix, past verbs.

    Plain alternations, scanned with the standard ``re`` module (fast on short windows).
    """
    tense = _DATA["tense"]

    def alternation(words: list[str]) -> str:
        return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))

    return re.compile(
        rf"(?<![^\W_])[وف]?(?:(?P<future>{alternation(_words(tense['future']))})"
        rf"|(?P<present>(?:{alternation(_words(tense['future_present']))}){_OBJECT})"
        rf"|(?P<past>(?:{alternation(_words(tense['past']))}){_OBJECT})"
        rf"|(?P<prefix>س[يتن][^\W\d_]{{2,}}))(?![^\W_])"
    )


_LISTS = _pattern_lists()
_PATTERN = _build_pattern(_LISTS)
_TRIGGER = _build_trigger(_LISTS)
#: What follows a month with no year when the next month carries the year for both
#: (بين مايو ويوليو 2025، من 16 مايو إلى 2 يونيو 2025): the link, the month and the year.
_SHARED_YEAR = regex.compile(
    rf"{_OS}(?:\L<links>){_OS}(?:\L<mword>{_S})?(?:(?:0?[1-9]|[12][0-9]|3[01]){_OS}(?:من{_S})?)?"
    rf"(?P<m>\L<months>){_RIGHT}(?:{_OS}/{_OS}\L<months>{_RIGHT})?{_OS}[,،]?{_OS}"
    rf"(?:من{_S})?(?:(?:عام|سنة){_S})?(?P<y>[0-9]{{4}})(?![0-9])",
    months=_LISTS["months"],
    mword=_LISTS["mword"],
    links=[_n(w) for w in ("و", "إلى", "حتى", "-", "–")],
)
_TENSE = _build_tense_pattern()
_WORD_AFTER = regex.compile(r"[ \t]*(\p{L}+)")
_SENTENCE_END = ".!?;\n"
_TENSE_WINDOW = 300
#: A bare day or month this close to the publication date (in days) is read in the year that
#: puts it there, whatever the tense says: «كانت مقررة يوم 12 مارس» in a paper of 10 March is
#: this March, not last year's; tense only decides the year of dates further away.
_NEAR_DAYS = 62
_TANWIN_FATH = "\u064b"
#: Endings stripped before looking a word up in the not-verbs list (سياستها → سياست → سياسه).
_NOUN_SUFFIXES = ("تها", "تهم", "ته", "ها", "هم", "ات", "ون", "ين", "وا", "ت", "ه", "ا", "ي")


# -- reading ------------------------------------------------------------------------


def find_dates(
    text: str,
    published: datetime.date | None = None,
    *,
    normalized: Normalized | None = None,
    names: Sequence[tuple[int, int]] = (),
) -> list[DateMention]:
    """Every date mention in ``text``, resolved against ``published`` when relative.

    ``normalized`` may pass ``normalize(text)`` (default options) when the caller has it
    already, to save normalising twice; it must be of this very text. ``names`` are
    original spans of names (people, places) in which no word is read as a tense cue:
    "سيريبريان" is a surname, not a verb with the future prefix.

    >>> [(m.text, m.value) for m in find_dates("وصل أمس الجمعة", datetime.date(2025, 5, 17))]
    [('أمس الجمعة', datetime.date(2025, 5, 16))]
    >>> [(m.text, m.value, m.relative) for m in find_dates("قال الاثنين إن")]
    [('الاثنين', None, True)]
    """
    if normalized is not None and normalized.original != text:
        raise ValueError("normalized must be normalize(text) of the text given")
    if isinstance(published, datetime.datetime):
        published = published.date()  # a datetime is a date too, but compares with none
    norm = normalized if normalized is not None else normalize(text)
    reader = _Reader(norm, published)
    if names:
        reader.names = sorted(
            (norm.to_normalized(start), norm.to_normalized(end)) for start, end in names
        )
    mentions: list[DateMention] = []
    for match in _matches(norm.text):
        mentions.extend(reader.read(match))
    return _with_equivalents(mentions, text)


def _with_equivalents(mentions: list[DateMention], text: str) -> list[DateMention]:
    """A Hijri day stated beside its Gregorian equivalent takes that day's value.

    "15 رمضان 1446هـ الموافق 16 مارس 2025" (or the Gregorian first, or the
    other in brackets) is the text's own conversion, so nothing is guessed.
    """
    result = list(mentions)
    for i in range(len(result) - 1):
        first, second = result[i], result[i + 1]
        if {first.calendar, second.calendar} != {"hijri", "gregorian"}:
            continue
        if first.granularity is not Granularity.DAY or second.granularity is not Granularity.DAY:
            continue
        hijri, gregorian = (first, second) if first.calendar == "hijri" else (second, first)
        if hijri.value is not None or gregorian.value is None or gregorian.relative:
            continue
        if _equivalence_gap(text[first.span.end : second.span.start]):
            result[result.index(hijri)] = attrs.evolve(hijri, value=gregorian.value)
    return result


def _equivalence_gap(gap: str) -> bool:
    """Whether ``gap`` only says "which is" (الموافق) or opens a bracket between two dates."""
    words = [_n(word) for word in regex.findall(r"\p{L}+", gap)]
    words = [word for word in words if word not in ("ل", "")]
    if len(gap) > 20 or len(words) > 2:
        return False
    if words:
        return all(word in CALENDAR_EQUIVALENTS for word in words)
    return "(" in gap


def _matches(text: str) -> Iterator[regex.Match[str]]:
    """The matches of the date pattern in normalised ``text``, left to right, not overlapping.

    The same matches as ``_PATTERN.finditer(text)``, found faster: the full pattern is
    tried only where the trigger says a date can start.
    """
    position = 0
    while (trigger := _TRIGGER.search(text, position)) is not None:
        match = _PATTERN.match(text, trigger.start())
        if match is None:
            position = trigger.end()
            continue
        yield match
        position = max(match.end(), trigger.start() + 1)


@attrs.frozen
class _Found:
    """One reading of a match before its span is mapped: normalised offsets and the date."""

    start: int
    end: int
    value: datetime.date | None
    granularity: Granularity
    relative: bool = False
    calendar: str = "gregorian"
    part: str | None = None
    last: datetime.date | None = None


class _Reader:
    """Turns matches of the date pattern in one normalised text into mentions."""

    def __init__(self, norm: Normalized, published: datetime.date | None) -> None:
        self.norm = norm
        self.text = norm.text
        self.published = published
        #: Normalised spans of names, in order: no tense cue is read inside one.
        self.names: list[tuple[int, int]] = []
        #: The last resolved mention read (matches come in text order), for «العام نفسه».
        self.last_told: _Found | None = None

    def _in_name(self, index: int) -> bool:
        at = bisect.bisect_right(self.names, (index, len(self.text) + 1)) - 1
        return at >= 0 and self.names[at][0] <= index < self.names[at][1]

    def read(self, match: regex.Match[str]) -> Iterator[DateMention]:
        """The mentions one match states (none when the context rules it out)."""
        for found in self._dispatch(match):
            if found.value is not None and found.granularity is not Granularity.WEEK:
                self.last_told = found
            start, end = self.norm.span_to_original(found.start, found.end)
            yield DateMention(
                text=self.norm.original[start:end],
                span=Span(start, end),
                value=found.value,
                granularity=found.granularity,
                relative=found.relative,
                calendar=found.calendar,
                part=found.part,
                last=found.last,
            )

    def _dispatch(self, m: regex.Match[str]) -> list[_Found]:
        readers = (
            ("num", self._numeric),
            ("dm", self._day_month),
            ("my", self._month_year),
            ("rel", self._relative_day),
            ("wdb", self._weekday),
            ("ru", self._relative_unit),
            ("rs", self._relative_season),
            ("y2", self._two_years),
            ("yr", self._year),
            ("cnt", self._counted),
        )
        for name, reader in readers:
            if m.group(name) is not None:
                try:
                    return reader(m)
                except (ValueError, OverflowError):
                    # Arithmetic beyond the calendar's range: the mention is kept unresolved.
                    return [_Found(m.start(name), m.end(name), None, _GRANULARITY_OF[name], True)]
        return []

    # -- context ------------------------------------------------------------------

    def _word_before(self, index: int) -> str:
        """The run of letters that ends right before ``index`` (spaces and tabs skipped)."""
        chunk = self.text[max(0, index - 40) : index].rstrip(" \t")
        start = len(chunk)
        while start > 0 and chunk[start - 1].isalpha():
            start -= 1
        return chunk[start:]

    def _word_after(self, index: int) -> str:
        """The run of letters that starts right after ``index`` (spaces and tabs skipped)."""
        found = _WORD_AFTER.match(self.text, index, index + 40)
        return found.group(1) if found else ""

    def _tense(self, index: int) -> int:
        """+1 when the clause before ``index`` is in the future tense, else -1 (past).

        The cue nearest before ``index`` within its sentence decides.
        """
        lo = max(0, index - _TENSE_WINDOW)
        start = max(self.text.rfind(c, lo, index) for c in _SENTENCE_END) + 1
        start = max(start, lo)
        last = 0
        for cue in _TENSE.finditer(self.text, start, index):
            if self.names and self._in_name(cue.start()):
                continue
            if cue.group("past") is not None:
                last = -1
            elif cue.group("prefix") is not None:
                if not _is_not_verb(cue.group("prefix")):
                    last = 1
            else:
                last = 1
        return last if last else -1

    # -- branches -----------------------------------------------------------------

    def _numeric(self, m: regex.Match[str]) -> list[_Found]:
        if m.group("nd") is not None:
            day, month, year = int(m.group("nd")), int(m.group("nm")), int(m.group("ny"))
        else:
            day, month, year = int(m.group("id")), int(m.group("im")), int(m.group("iy"))
        try:
            value = datetime.date(year, month, day)
        except ValueError:
            return []
        return [_Found(m.start("num"), m.end("num"), value, Granularity.DAY)]

    def _day_month(self, m: regex.Match[str]) -> list[_Found]:
        start, end = m.start("dm"), m.end("dm")
        if m.group("d") is not None:
            day = int(m.group("d"))
        elif m.group("dord") is not None:
            day = DAY_ORDINALS[m.group("dord")]
        else:
            day = 1
        if m.group("dmsame") is not None:  # 27 من الشهر نفسه: the month last told
            told = self.last_told
            if told is None or told.granularity not in (Granularity.DAY, Granularity.MONTH):
                return [_Found(start, end, None, Granularity.DAY, True)]
            assert told.value is not None
            value = _safe_date(told.value.year, told.value.month, day)
            return [_Found(start, end, value, Granularity.DAY, told.relative)]
        if m.group("dmrel") is not None:  # 16 من الشهر الجاري
            if self.published is None:
                return [_Found(start, end, None, Granularity.DAY, True)]
            first = _add_months(_first_of_month(self.published), QUALIFIERS[m.group("dmq")])
            return [
                _Found(start, end, _safe_date(first.year, first.month, day), Granularity.DAY, True)
            ]
        if m.group("h1") is not None:
            return [_Found(start, end, None, Granularity.DAY, calendar="hijri")]
        month = _month_number(m)
        if month is None:
            return []
        if m.group("dord") is not None and self._word_before(start) in DAY_ORDINAL_NOT_AFTER:
            # النصف الثاني من فبراير: a part of the month, not its second day.
            month_start = m.start("m1")
            year, relative = self._year_of(m, month, None, month_start)
            value = None if year is None else _safe_date(year, month, 1)
            return [_Found(month_start, end, value, Granularity.MONTH, relative)]
        year, relative = self._year_of(m, month, day, start)
        value = None if year is None else _safe_date(year, month, day)
        first_day = int(m.group("d0")) if m.group("d0") is not None else None
        if first_day is not None and first_day < day and year is not None:
            # 16 و17 مايو: the range starts the mention's value and ends at ``last``.
            range_start = _safe_date(year, month, first_day)
            return [_Found(start, end, range_start, Granularity.DAY, relative, last=value)]
        return [_Found(start, end, value, Granularity.DAY, relative)]

    def _month_year(self, m: regex.Match[str]) -> list[_Found]:
        start, end = m.start("my"), m.end("my")
        part = PARTS.get(m.group("mpart") or "")
        has_context = any(
            m.group(g) is not None for g in ("m2", "y", "ythis", "yq", "mq", "mw", "mpart")
        )
        if m.group("h1") is not None:
            if m.group("h1") in STRICT_MONTHS and not has_context:
                return []
            return [_Found(start, end, None, Granularity.MONTH, calendar="hijri", part=part)]
        month = _month_number(m)
        if month is None:
            # Two different months side by side ("مايو/يونيو"): read the first one alone.
            return []
        if m.group("m1") in STRICT_MONTHS and not has_context:
            return []
        year, relative = self._year_of(m, month, None, start)
        value = None if year is None else _safe_date(year, month, 1)
        return [_Found(start, end, value, Granularity.MONTH, relative, part=part)]

    def _year_of(
        self, m: regex.Match[str], month: int, day: int | None, start: int
    ) -> tuple[int | None, bool]:
        """The year of a month mention and whether it depends on the publication date."""
        if m.group("y") is not None:
            return int(m.group("y")), False
        if m.group("ysame") is not None:  # فبراير من العام نفسه: the year last told
            told = self.last_told  # (only mentions with a value are kept as told)
            if told is None or told.value is None:
                return None, True
            return told.value.year, told.relative
        shared = _SHARED_YEAR.match(self.text, m.end())
        if shared is not None and _plausible_year(int(shared.group("y"))):
            # مايو ويوليو 2025: the year of the month after is this one's too (أكتوبر ومارس
            # 2025: the October before it).
            year = int(shared.group("y"))
            return (year if month <= MONTHS[shared.group("m")] else year - 1), False
        published = self.published
        if published is None:
            return None, True
        if self._word_before(start) in EVENT_NOUNS:
            return None, True  # هجوم 7 أكتوبر: an event of some past year, not guessed
        if m.group("ythis") is not None:
            return published.year, True
        if m.group("yq") is not None:
            return published.year + QUALIFIERS[m.group("yq")], True
        here = (published.month, published.day if day is not None else 1)
        there = (month, day if day is not None else 1)
        if m.group("mq") is not None:
            # مايو الماضي: the last May before the publication month; 16 مايو الماضي: the
            # last 16 May before the publication day. المقبل likewise forward.
            steps = QUALIFIERS[m.group("mq")]
            if steps == 0:
                return published.year, True
            if day is None:
                here = (published.month, 1)
            if steps < 0:
                year = published.year if there < here else published.year - 1
                return year + steps + 1, True
            year = published.year if there > here else published.year + 1
            return year + steps - 1, True
        weekday = m.group("wd")
        if weekday is not None and day is not None:
            # يوم السبت 3 مايو: the one year around publication whose 3 May is a Saturday.
            fits = [
                year
                for year in _years_around(published)
                if (date := _safe_date(year, month, day)) and date.weekday() == WEEKDAYS[weekday]
            ]
            if len(fits) == 1:
                return fits[0], True
        if self._tense(start) > 0:
            by_tense = published.year if there >= here else published.year + 1
        else:
            by_tense = published.year if there <= here else published.year - 1
        return _near_year(published, month, day, by_tense), True

    def _relative_day(self, m: regex.Match[str]) -> list[_Found]:
        start, end = m.start("rel"), m.end("rel")
        word = m.group("rw")
        if self._relative_word_ruled_out(m, word):
            return []
        if self.published is None:
            return [_Found(start, end, None, Granularity.DAY, True)]
        value = self.published + datetime.timedelta(days=RELATIVE_DAYS[word])
        return [_Found(start, end, value, Granularity.DAY, True)]

    def _relative_word_ruled_out(self, m: regex.Match[str], word: str) -> bool:
        """Whether the context makes a bare relative word something else (اليوم التالي، غدا الوضع).

        A time-of-day word or يوم before it, or a weekday after it, confirms it.
        """
        if m.group("rpre") is not None or m.group("rwd") is not None:
            return False
        if word in NEEDS_DAY_WORD:
            return True
        if word in RELATIVE_DAY_EXCLUSIONS:
            not_after, not_before = RELATIVE_DAY_EXCLUSIONS[word]
            return (
                self._word_before(m.start("rel")) in not_after
                or self._word_after(m.end("rw")) in not_before
            )
        if word in TOMORROW_VERB:
            return not self._reads_as_tomorrow(m)
        return False

    def _reads_as_tomorrow(self, m: regex.Match[str]) -> bool:
        """Whether a bare غدا is "tomorrow" rather than the verb "became" (see the data)."""
        original_end = self.norm.span_to_original(m.start("rw"), m.end("rw"))[1]
        if _TANWIN_FATH in self.norm.original[original_end - 2 : original_end + 1]:
            return True
        rest = self.text[m.end("rw") : m.end("rw") + 40].lstrip(" \t")
        if not rest or not rest[0].isalnum():
            return True  # غدا. / غدا، : the end of a clause
        if self._word_after(m.end("rw")) in TOMORROW_FOLLOWERS:
            return True
        return self._tense(m.start("rel")) > 0

    def _weekday(self, m: regex.Match[str]) -> list[_Found]:
        start, end = m.start("wdb"), m.end("wdb")
        if self._word_before(start) in WEEKDAY_NOT_AFTER:
            return []
        if m.group("wq") is None and self._word_after(m.end("w")) in WEEKDAY_NOT_BEFORE:
            return []
        if self.published is None:
            return [_Found(start, end, None, Granularity.DAY, True)]
        weekday = WEEKDAYS[m.group("w")]
        if m.group("wq") is not None and QUALIFIERS[m.group("wq")] != 0:
            steps = QUALIFIERS[m.group("wq")]
            value = _weekday_near(self.published, weekday, steps, strict=True)
        else:
            value = _weekday_near(self.published, weekday, self._tense(start), strict=False)
        return [_Found(start, end, value, Granularity.DAY, True)]

    def _relative_unit(self, m: regex.Match[str]) -> list[_Found]:
        start, end = m.start("ru"), m.end("ru")
        unit = RELATIVE_UNITS[m.group("ru1") or m.group("ru2") or m.group("ru3")]
        # هذا العام، مطلع العام (a part of a bare year or month: the current one), العام الماضي
        qualifier = m.group("ruq")
        steps = 0 if qualifier is None else QUALIFIERS[qualifier]
        part = PARTS.get(m.group("rupart") or "") or SEASONS.get(m.group("ruseason") or "")
        granularity = _GRANULARITY_OF_UNIT[unit]
        if m.group("ruseason") is not None:
            granularity = Granularity.YEAR
            if unit != "year":
                return []
        if self.published is None:
            return [_Found(start, end, None, granularity, True, part=part)]
        return [
            _Found(start, end, _shift(self.published, unit, steps), granularity, True, part=part)
        ]

    def _relative_season(self, m: regex.Match[str]) -> list[_Found]:
        start, end = m.start("rs"), m.end("rs")
        season = SEASONS[m.group("rs1") or m.group("rs2")]
        steps = 0 if m.group("rsthis") is not None else QUALIFIERS[m.group("rsq")]
        if self.published is None:
            return [_Found(start, end, None, Granularity.YEAR, True, part=season)]
        year = _season_year(self.published, season, steps)
        return [_Found(start, end, datetime.date(year, 1, 1), Granularity.YEAR, True, part=season)]

    def _two_years(self, m: regex.Match[str]) -> list[_Found]:
        found = []
        for group, span_group in (("ya", "y2a"), ("yb", "yb")):
            year = int(m.group(group))
            value = datetime.date(year, 1, 1) if _plausible_year(year) else None
            found.append(_Found(m.start(span_group), m.end(span_group), value, Granularity.YEAR))
        return found

    def _year(self, m: regex.Match[str]) -> list[_Found]:
        start, end = m.start("yr"), m.end("yr")
        year = int(m.group("yy"))
        part = PARTS.get(m.group("ypart") or "") or SEASONS.get(m.group("yseason") or "")
        cued = any(m.group(g) is not None for g in ("ycue", "ypart", "yseason", "yera"))
        if not cued and self._word_before(start) not in BARE_YEAR_PREPOSITIONS:
            return []
        era = ERAS.get(m.group("yera") or "", "gregorian")
        if era == "hijri":
            return [_Found(start, end, None, Granularity.YEAR, calendar="hijri", part=part)]
        if not _plausible_year(year) and m.group("yera") is None:
            return []
        return [_Found(start, end, _safe_date(year, 1, 1), Granularity.YEAR, part=part)]

    def _counted(self, m: regex.Match[str]) -> list[_Found]:
        start, end = m.start("cnt"), m.end("cnt")
        unit, size = COUNT_UNITS[m.group("cu")]
        number = m.group("cn")
        if number is None:
            if size is None:  # منذ أيام: "some days ago", no date
                return []
            count = size
        elif size == 2:  # a number before a dual ("ثلاثة يومين") is no phrase
            return []
        else:
            # Plural after 3 to 10 (قبل ثلاثة أيام), singular after 11 and more (قبل 11 يوما).
            count = int(number) if number.isdigit() else COUNT_WORDS[number]
        direction = -1 if COUNT_PREPOSITIONS[m.group("cp")] == "past" else 1
        if direction > 0 and self._tense(start) < 0:
            return []
        granularity = _GRANULARITY_OF_UNIT[unit]
        if self.published is None:
            return [_Found(start, end, None, granularity, True)]
        if unit == "day":
            value = self.published + datetime.timedelta(days=direction * count)
        else:
            value = _shift(self.published, unit, direction * count)
        return [_Found(start, end, value, granularity, True)]


_GRANULARITY_OF = {
    "num": Granularity.DAY,
    "dm": Granularity.DAY,
    "my": Granularity.MONTH,
    "rel": Granularity.DAY,
    "wdb": Granularity.DAY,
    "ru": Granularity.WEEK,
    "rs": Granularity.YEAR,
    "y2": Granularity.YEAR,
    "yr": Granularity.YEAR,
    "cnt": Granularity.DAY,
}
_GRANULARITY_OF_UNIT = {
    "day": Granularity.DAY,
    "week": Granularity.WEEK,
    "month": Granularity.MONTH,
    "year": Granularity.YEAR,
}


# -- small pure helpers --------------------------------------------------------------


@functools.lru_cache(maxsize=1024)
def _is_not_verb(word: str) -> bool:
    """Whether a word starting س + ي/ت/ن is a listed noun or name (not a future verb).

    >>> _is_not_verb("وسياستها"), _is_not_verb("سيطرت"), _is_not_verb("ستعقد")
    (True, True, False)
    """
    if word[:1] in "وف" and word[1:2] == "س":
        word = word[1:]
    stems = [word[: -len(s)] for s in _NOUN_SUFFIXES if word.endswith(s)]
    candidates = [word, *stems, *(stem + "ه" for stem in stems)]  # سيطرت → سيطره
    return any(c in NOT_VERBS for c in candidates)


def _month_number(m: regex.Match[str]) -> int | None:
    """The month a match names; None when a combined form names two different months."""
    first = MONTHS[m.group("m1")]
    second = m.group("m2")
    if second is not None and MONTHS[second] != first:
        return None
    return first


def _plausible_year(year: int) -> bool:
    """Whether a four-digit number read as a Gregorian year is one news would name."""
    return 1800 <= year <= 2199


def _years_around(published: datetime.date) -> tuple[int, int, int]:
    """The years a day or month with no year of its own may be in: the one before, the
    publication year and the one after."""
    return published.year - 1, published.year, published.year + 1


def _near_year(published: datetime.date, month: int, day: int | None, by_tense: int) -> int:
    """The year of a bare day or month: the one within ``_NEAR_DAYS`` of publication, if any,
    else the one the tense chose."""
    if _days_away(published, by_tense, month, day) <= _NEAR_DAYS:
        return by_tense
    for year in _years_around(published):
        if year != by_tense and _days_away(published, year, month, day) <= _NEAR_DAYS:
            return year
    return by_tense


def _days_away(published: datetime.date, year: int, month: int, day: int | None) -> int:
    """Days between ``published`` and the day (or the nearest day of the month) in ``year``."""
    if day is not None:
        date = _safe_date(year, month, day)
        return abs((date - published).days) if date else _NEAR_DAYS + 1
    first = datetime.date(year, month, 1)
    last = last_of_month(first)
    if first <= published <= last:
        return 0
    return min(abs((first - published).days), abs((last - published).days))


def _safe_date(year: int, month: int, day: int) -> datetime.date | None:
    """``date(year, month, day)``, or None for a day the month does not have (30 فبراير)."""
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None


def _first_of_month(day: datetime.date) -> datetime.date:
    return day.replace(day=1)


def last_of_month(day: datetime.date) -> datetime.date:
    """The last day of the month ``day`` is in (29 February in a leap year)."""
    return _add_months(_first_of_month(day), 1) - datetime.timedelta(days=1)


def _add_months(first: datetime.date, months: int) -> datetime.date:
    """The first of the month ``months`` after the month of ``first``.

    >>> _add_months(datetime.date(2025, 1, 1), -2)
    datetime.date(2024, 11, 1)
    """
    index = first.year * 12 + first.month - 1 + months
    return datetime.date(index // 12, index % 12 + 1, 1)


def _shift(published: datetime.date, unit: str, steps: int) -> datetime.date:
    """The start of the week, month or year ``steps`` units from the one holding ``published``.

    >>> _shift(datetime.date(2025, 5, 21), "week", -1)  # a Wednesday: last week's Monday
    datetime.date(2025, 5, 12)
    """
    if unit == "week":
        monday = published - datetime.timedelta(days=published.weekday())
        return monday + datetime.timedelta(weeks=steps)
    if unit == "month":
        return _add_months(_first_of_month(published), steps)
    if unit == "year":
        return datetime.date(published.year + steps, 1, 1)
    return published + datetime.timedelta(days=steps)


#: The month each season starts in; winter starts in December of the year before its label
#: (شتاء 2022 is December 2021 to February 2022).
_SEASON_START = {"spring": 3, "summer": 6, "autumn": 9, "winter": 12}


def _season_year(published: datetime.date, season: str, steps: int) -> int:
    """The year label of the season ``steps`` occurrences from publication.

    Past (``steps < 0``): the latest one over before publication; future: the first one
    starting after it; current (0): the one under way, else the next one.

    >>> d = datetime.date(2025, 8, 10)
    >>> _season_year(d, "summer", -1), _season_year(d, "summer", 0), _season_year(d, "summer", 1)
    (2024, 2025, 2026)
    >>> _season_year(datetime.date(2025, 5, 1), "winter", -1)  # December 2024 to February 2025
    2025
    """
    month = _SEASON_START[season]
    occurrences = []
    for label in range(published.year - 3, published.year + 4):
        first = datetime.date(label - 1 if season == "winter" else label, month, 1)
        occurrences.append((label, first, _add_months(first, 3)))
    if steps < 0:
        over = [label for label, _, stop in occurrences if stop <= published]
        return over[steps]
    if steps > 0:
        coming = [label for label, first, _ in occurrences if first > published]
        return coming[steps - 1]
    return next(label for label, _, stop in occurrences if published < stop)


def _weekday_near(
    published: datetime.date, weekday: int, steps: int, *, strict: bool
) -> datetime.date:
    """The ``weekday`` ``steps`` occurrences before (negative) or after (positive) ``published``.

    Going back, ``strict=False`` lets the publication day itself count (a past-tense
    "عقدت يوم الجمعة" published on a Friday is that Friday); going forward the day
    is always strictly after publication.

    >>> _weekday_near(datetime.date(2025, 5, 16), 4, -1, strict=False)  # a Friday
    datetime.date(2025, 5, 16)
    >>> _weekday_near(datetime.date(2025, 5, 16), 4, -1, strict=True)
    datetime.date(2025, 5, 9)
    >>> _weekday_near(datetime.date(2025, 5, 16), 4, 1, strict=False)
    datetime.date(2025, 5, 23)
    """
    if steps < 0:
        back = (published.weekday() - weekday) % 7
        if back == 0 and strict:
            back = 7
        return published - datetime.timedelta(days=back + 7 * (-steps - 1))
    ahead = (weekday - published.weekday()) % 7 or 7
    return published + datetime.timedelta(days=ahead + 7 * (max(steps, 1) - 1))
