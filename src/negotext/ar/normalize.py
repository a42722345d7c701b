"""Arabic normalisation that remembers where every character came from.

:func:`normalize` returns a :class:`Normalized`: the normalised string and an
offset map back to the original, so a match found in the normalised text is
reported as a span of the original text. The original is never modified.

What it does (each step can be switched off):

- removes diacritics (harakat, tanwin, shadda, sukun, Quranic marks), tatweel
  and invisible format characters (ZWJ, ZWNJ, direction marks, BOM);
- unifies alef forms (أ إ آ ٱ → ا), alef maqsura (ى → ي) and ta marbuta (ة → ه);
- optionally unifies hamza on carriers (ؤ → و, ئ → ي);
- maps Arabic-Indic and Persian digits to ASCII;
- unifies quote marks (“ ” « » „ ″ …  → ``"``; ‘ ’ ‹ › → ``'``) and Arabic
  punctuation (، → ``,``, ؛ → ``;``, ؟ → ``?``, ٪ → ``%``, ٫ → ``.``, ٬ → ``,``);
- folds Persian, Kurdish and Maghrebi letters to Arabic ones (چ → ج، پ → ب، ڤ → ف، گ → ك،
  ژ → ز، ڨ → ق), keheh to kaf;
- folds presentation forms (ﻻ → لا) and unusual spaces to a plain space.

Every replacement is one character for one character, except deletions and
presentation-form expansions; the map stores only the points where the shift
between the two strings changes, so it is small and fast for ordinary text.

>>> n = normalize("قالَ الرئيسُ: «نعم»")
>>> n.text
'قال الرئيس: "نعم"'
>>> n.original_slice(4, 10)  # the original behind a normalised match
'الرئيسُ'
"""

from __future__ import annotations

import bisect
import functools
import itertools
import operator
import re
import unicodedata

import attrs

__all__ = ["Normalized", "normalize", "normalize_text"]

DIACRITICS = (
    "\u0610\u0611\u0612\u0613\u0614\u0615\u0616\u0617\u0618\u0619\u061a"
    + "".join(chr(c) for c in range(0x064B, 0x0660))  # harakat, tanwin, shadda, sukun, maddah…
    + "\u0670"  # superscript alef
    + "".join(chr(c) for c in range(0x06D6, 0x06DD))
    + "".join(chr(c) for c in range(0x06DF, 0x06E5))
    + "\u06e7\u06e8"
    + "".join(chr(c) for c in range(0x06EA, 0x06EE))
    + "\u08d3\u08d4\u08d5\u08d6\u08d7\u08d8\u08d9\u08da\u08db\u08dc\u08dd\u08de\u08df"
    + "\u08e0\u08e1\u08e3\u08e4\u08e5\u08e6\u08e7\u08e8\u08e9\u08ea\u08eb\u08ec\u08ed"
    + "\u08ee\u08ef\u08f0\u08f1\u08f2\u08f3\u08f4\u08f5\u08f6\u08f7\u08f8\u08f9\u08fa"
    + "\u08fb\u08fc\u08fd\u08fe\u08ff"
)
TATWEEL = "\u0640"
INVISIBLE = "\u200b\u200c\u200d\u200e\u200f\u061c\u2066\u2067\u2068\u2069\u202a\u202b\u202c\u202d\u202e\ufeff\u00ad"

ALEF_FORMS = {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا"}
YAA_FORMS = {"ى": "ي", "ی": "ي", "ې": "ي"}
TAA_FORMS = {"ة": "ه"}
HAMZA_FORMS = {"ؤ": "و", "ئ": "ي"}
#: Persian, Kurdish and Maghrebi letters Arabic news writes in foreign names (قرة چوخ،
#: پزشكيان، لاچين، كييڤ، گرگر), folded to the Arabic letter that spells the same name
#: in most outlets (جوخ، بزشكيان، لاجين، كييف).
OTHER_LETTERS = {
    "ک": "ك",
    "ڪ": "ك",
    "گ": "ك",
    "ڭ": "ك",
    "چ": "ج",
    "پ": "ب",
    "ڤ": "ف",
    "ڥ": "ف",
    "ڨ": "ق",
    "ژ": "ز",
    "ۆ": "و",
    "ە": "ه",
}
DIGITS = {chr(0x0660 + i): str(i) for i in range(10)} | {chr(0x06F0 + i): str(i) for i in range(10)}
QUOTES = dict.fromkeys("“”„‟«»″‶〝〞＂❝❞⹂", '"') | dict.fromkeys("‘’‚‛‹›′‵❛❜", "'")
PUNCTUATION = {
    "،": ",",
    "٬": ",",
    "؛": ";",
    "؟": "?",
    "٪": "%",
    "٫": ".",
    "۔": ".",
    "٭": "*",
    "–": "-",
    "—": "-",
    "‒": "-",
    "―": "-",
    "−": "-",
    "…": "…",
}
SPACES = dict.fromkeys(
    "\xa0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000", " "
)


@functools.lru_cache(maxsize=32)
def _table(
    diacritics: bool, alef: bool, yaa: bool, taa: bool, hamza: bool, digits: bool, punctuation: bool
) -> dict[int, str | None]:
    """The ``str.translate`` table for one combination of options, built once."""
    mapping: dict[str, str] = {}
    # Presentation forms first, so that later steps apply to what they expand to.
    for code in list(range(0xFB50, 0xFE00)) + list(range(0xFE70, 0xFEFD)):
        char = chr(code)
        folded = unicodedata.normalize("NFKC", char)
        if folded != char and all("\u0600" <= c <= "\u06ff" or c == " " for c in folded):
            mapping[char] = folded.strip() or char
    mapping |= OTHER_LETTERS | SPACES
    if alef:
        mapping |= ALEF_FORMS
    if yaa:
        mapping |= YAA_FORMS
    if taa:
        mapping |= TAA_FORMS
    if hamza:
        mapping |= HAMZA_FORMS
    if digits:
        mapping |= DIGITS
    if punctuation:
        mapping |= QUOTES | PUNCTUATION
    deleted = INVISIBLE + ((DIACRITICS + TATWEEL) if diacritics else "")
    table: dict[int, str | None] = {ord(c): None for c in deleted}

    def settle(value: str) -> str:
        # Apply the mapping to its own output until nothing changes, so that
        # normalisation is idempotent (ﻷ → لأ → لا).
        out = "".join(mapping.get(c, c) for c in value if c not in deleted)
        return out if out == value else settle(out)

    for char in mapping:
        if char not in deleted:
            table[ord(char)] = settle(mapping[char])
    # Drop identity entries: they only slow translate down.
    return {k: v for k, v in table.items() if v != chr(k)}


@functools.lru_cache(maxsize=32)
def _irregular_pattern(table_key: tuple[bool, ...]) -> re.Pattern[str]:
    """Characters whose output is not exactly one character: the map's break points.

    A plain character class, so the standard ``re`` module (an order of
    magnitude faster than ``regex`` at this) compiles it.
    """
    table = _table(*table_key)
    chars = sorted(chr(k) for k, v in table.items() if v is None or len(v) != 1)
    return re.compile("[" + "".join(re.escape(c) for c in chars) + "]+")


@attrs.frozen
class Normalized:
    """A normalised string with a map from its offsets back to the original.

    ``_starts`` and ``_shifts`` describe the map piecewise: from normalised
    offset ``_starts[k]`` on, the original offset is ``i + _shifts[k]``.
    """

    text: str
    original: str
    _starts: tuple[int, ...] = attrs.field(alias="starts", repr=False)
    _shifts: tuple[int, ...] = attrs.field(alias="shifts", repr=False)
    #: The map read backwards, built by :meth:`to_normalized` on first use.
    _inverse: tuple[list[int], list[int], list[int]] | None = attrs.field(
        init=False, default=None, eq=False, repr=False
    )

    def to_original(self, index: int) -> int:
        """The original offset of the character at normalised ``index``.

        ``index == len(text)`` maps to ``len(original)``.
        """
        if not 0 <= index <= len(self.text):
            raise IndexError(f"offset {index} is outside the normalised text (0..{len(self.text)})")
        if index == len(self.text):
            return len(self.original)
        k = bisect.bisect_right(self._starts, index) - 1
        return index + (self._shifts[k] if k >= 0 else 0)

    def span_to_original(self, start: int, end: int) -> tuple[int, int]:
        """The original span ``[start', end')`` whose characters produced ``text[start:end]``."""
        if end < start:
            raise ValueError(f"end must be >= start, got start={start} end={end}")
        orig_start = self.to_original(start)
        if end == start:
            return orig_start, orig_start
        # The span runs up to the next kept character, so that marks deleted
        # after the last matched letter (its diacritics, tatweel) stay with it;
        # but never short of the last character's source (inside a ligature).
        return orig_start, max(self.to_original(end - 1) + 1, self.to_original(end))

    def to_normalized(self, index: int) -> int:
        """The first normalised offset whose original offset is at or after ``index``.

        The map never decreases, so this is one search over the map's pieces, not a
        binary search calling :meth:`to_original` at every step.
        """
        if self._inverse is None:
            object.__setattr__(self, "_inverse", self._pieces())
        assert self._inverse is not None
        firsts, shifts, stops = self._inverse
        k = bisect.bisect_right(stops, index)  # the first piece reaching ``index``
        if k == len(stops):
            return len(self.text)
        return max(firsts[k], index - shifts[k])

    def _pieces(self) -> tuple[list[int], list[int], list[int]]:
        """The map's non-empty pieces: first normalised offset, shift, original stop."""
        starts = [0, *self._starts]
        shifts = [0, *self._shifts]
        ends = [*self._starts, len(self.text)]
        # Built with map and compress, not a loop: a text full of diacritics has a
        # piece per word.
        nonempty = list(map(operator.lt, starts, ends))
        firsts = list(itertools.compress(starts, nonempty))
        kept = list(itertools.compress(shifts, nonempty))
        # Where a piece stops in the original: its normalised end plus its shift.
        stops = list(map(operator.add, itertools.compress(ends, nonempty), kept))
        return firsts, kept, stops

    def original_slice(self, start: int, end: int) -> str:
        """The original text behind ``text[start:end]``."""
        a, b = self.span_to_original(start, end)
        return self.original[a:b]


def normalize(
    text: str,
    *,
    diacritics: bool = True,
    alef: bool = True,
    yaa: bool = True,
    taa: bool = True,
    hamza: bool = False,
    digits: bool = True,
    punctuation: bool = True,
) -> Normalized:
    """Normalise Arabic ``text``; see the module docstring for each option."""
    key = (diacritics, alef, yaa, taa, hamza, digits, punctuation)
    table = _table(*key)
    normalized = text.translate(table)
    if len(normalized) == len(text) and _irregular_pattern(key).search(text) is None:
        return Normalized(normalized, text, starts=(), shifts=())
    starts: list[int] = []
    shifts: list[int] = []
    out_pos = 0  # normalised offset of the next character
    in_pos = 0  # original offset of the next character
    for match in _irregular_pattern(key).finditer(text):
        out_pos += match.start() - in_pos  # the regular run before the match
        in_pos = match.start()
        if not match.group().translate(table):
            # Deletions only (the common case: diacritics, tatweel): one break point.
            in_pos = match.end()
            starts.append(out_pos)
            shifts.append(in_pos - out_pos)
            continue
        for char in match.group():
            replacement = table.get(ord(char), char)
            if replacement is None:
                in_pos += 1
                continue
            for _ in replacement:
                starts.append(out_pos)
                shifts.append(in_pos - out_pos)
                out_pos += 1
            in_pos += 1
        # From here on the shift is constant again.
        starts.append(out_pos)
        shifts.append(in_pos - out_pos)
    return Normalized(normalized, text, starts=tuple(starts), shifts=tuple(shifts))


def normalize_text(text: str, **options: bool) -> str:
    """Only the normalised string, for word lists and lookups."""
    return normalize(text, **options).text
