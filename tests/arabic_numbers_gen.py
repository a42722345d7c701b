"""Write integers as Arabic number words, in the styles news text uses: the test generator.

Written independently of ``negotext.ar.numbers`` (no shared tables), so the
round trip ``parse_number(to_words(n, style)).value == n`` checks the reader
against a second reading of the grammar:

- hundreds spelt مائة or مئة, and 300–900 joined (ثلاثمائة) or apart (ثلاث مائة);
- units in the masculine (ثلاثة) or feminine (ثلاث) form, also before آلاف;
- nominative (اثنان، عشرون، مائتان) or accusative/genitive (اثنين، عشرين، مائتين);
- dual forms for 2, 200, 2000 and 2,000,000 (مائتا ألف in construct);
- the accusative singular after 11–99 with tanwin written after the alef
  (ألفاً), before it (ألفًا) or not at all (ألفا).

>>> to_words(3500, Style())
'ثلاثة آلاف وخمسمائة'
>>> to_words(225_000, Style(hundred="مئة", case="acc", tanwin="ا"))
'مئتين وخمسة وعشرين ألفا'
>>> to_words(2_200_000, Style(hundred="مئة"))
'مليونان ومئتا ألف'
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Style", "digits", "to_words"]

ARABIC_INDIC = "٠١٢٣٤٥٦٧٨٩"
PERSIAN = "۰۱۲۳۴۵۶۷۸۹"


@dataclass(frozen=True)
class Style:
    """How to write a number: spelling of مائة, gender, case, and tanwin."""

    hundred: str = "مائة"  # or "مئة"
    feminine: bool = False  # ثلاث rather than ثلاثة (also before آلاف, as many outlets do)
    case: str = "nom"  # "nom" (اثنان، عشرون) or "acc" (اثنين، عشرين)
    joined: bool = True  # ثلاثمائة rather than ثلاث مائة
    tanwin: str = "اً"  # ending of the accusative singular: "اً", "ًا" or "ا"
    eight: str = "ثمان"  # stem of 800: ثمانمائة or ثمانيمائة


MASCULINE = ["", "واحد", "اثنان", "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة", "عشرة"]
FEMININE = ["", "واحدة", "اثنتان", "ثلاث", "أربع", "خمس", "ست", "سبع", "ثماني", "تسع", "عشر"]
TENS = ["", "", "عشر", "ثلاث", "أربع", "خمس", "ست", "سبع", "ثمان", "تسع"]
HUNDRED_STEMS = ["", "", "", "ثلاث", "أربع", "خمس", "ست", "سبع", "ثمان", "تسع"]
#: singular, dual nominative, dual accusative, plural
SCALES = {
    10**3: ("ألف", "ألفان", "ألفين", "آلاف"),
    10**6: ("مليون", "مليونان", "مليونين", "ملايين"),
    10**9: ("مليار", "ملياران", "مليارين", "مليارات"),
}


def _unit(n: int, style: Style) -> str:
    """1..10, in the style's gender and case."""
    word = (FEMININE if style.feminine else MASCULINE)[n]
    if n == 2 and style.case == "acc":
        word = "اثنتين" if style.feminine else "اثنين"
    return word


def _tens(n: int, style: Style) -> str:
    """20, 30 … 90."""
    return TENS[n // 10] + ("ين" if style.case == "acc" else "ون")


def _below_hundred(n: int, style: Style) -> str:
    """1..99."""
    if n <= 10:
        return _unit(n, style)
    if n == 11:
        return "إحدى عشرة" if style.feminine else "أحد عشر"
    if n == 12:
        if style.feminine:
            return "اثنتي عشرة" if style.case == "acc" else "اثنتا عشرة"
        return "اثني عشر" if style.case == "acc" else "اثنا عشر"
    if n < 20:
        unit = n - 10
        return f"{FEMININE[unit]} عشرة" if style.feminine else f"{MASCULINE[unit]} عشر"
    unit, tens = n % 10, _tens(n, style)
    if unit == 0:
        return tens
    first = ("إحدى" if style.feminine else "واحد") if unit == 1 else _unit(unit, style)
    return f"{first} و{tens}"


def _hundreds(h: int, style: Style, construct: bool) -> str:
    """100, 200 … 900; ``construct`` for 200 before a scale word (مائتا ألف)."""
    word = style.hundred
    if h == 1:
        return word
    if h == 2:
        stem = word[:-1] + "ت"  # مائة → مائت, مئة → مئت
        if construct:
            return stem + ("ي" if style.case == "acc" else "ا")
        return stem + ("ين" if style.case == "acc" else "ان")
    stem = style.eight if h == 8 else HUNDRED_STEMS[h]
    return stem + word if style.joined else f"{stem} {word}"


def _group(n: int, style: Style, construct: bool = False) -> str:
    """1..999; ``construct`` when a scale word follows."""
    h, rest = divmod(n, 100)
    parts = []
    if h:
        parts.append(_hundreds(h, style, construct and rest == 0))
    if rest:
        parts.append(_below_hundred(rest, style))
    return " و".join(parts)


def _scaled(g: int, scale: int, style: Style) -> str:
    """``g`` × ``scale`` for g in 1..999, with the scale word in the form Arabic gives it."""
    singular, dual_nom, dual_acc, plural = SCALES[scale]
    if g == 1:
        return singular
    if g == 2:
        return dual_acc if style.case == "acc" else dual_nom
    if g <= 10:
        return f"{_group(g, style)} {plural}"
    rest = g % 100
    if rest == 0 or rest <= 2:
        return f"{_group(g, style, construct=True)} {singular}"
    if rest <= 10:
        return f"{_group(g, style)} {plural}"
    return f"{_group(g, style)} {singular}{style.tanwin}"


def to_words(n: int, style: Style) -> str:
    """``n`` (0 to 10**12 − 1) in Arabic words."""
    if n == 0:
        return "صفر"
    parts = []
    for scale in (10**9, 10**6, 10**3):
        g, n = divmod(n, scale)
        if g:
            parts.append(_scaled(g, scale, style))
    if n:
        parts.append(_group(n, style))
    return " و".join(parts)


def digits(n: int, script: str = "ascii", separator: str = "") -> str:
    """``n`` in digits of a script ("ascii", "arabic", "persian"), grouped by ``separator``.

    >>> digits(1234567, "arabic", "٬")
    '١٬٢٣٤٬٥٦٧'
    """
    text = f"{n:,}".replace(",", separator) if separator else str(n)
    table = {"ascii": "0123456789", "arabic": ARABIC_INDIC, "persian": PERSIAN}[script]
    return "".join(table[int(c)] if c.isdigit() else c for c in text)
