"""Quantities in news Arabic: digits in any script, number words, and vague amounts.

:func:`find_numbers` reads every quantity of a text; :func:`parse_number`
reads a phrase that is exactly one quantity. Both return :class:`Quantity`
records whose spans index the original text.

How it works: the text is normalised (:func:`negotext.ar.normalize`: digits to
ASCII, hamza on alef, ta marbuta and alef maqsura unified, diacritics dropped).
Two patterns, built once at import from the word lists in ``data/numbers.json``,
then do the reading in one pass: a trigger (every number word after any
clitic, or a digit, as one prefix-factored ``re`` pattern) finds where a number
can start, and the run pattern, tried only there, takes the whole run of
number tokens (words or digits) joined by spaces or و, with a percent sign or
word and تقريباً after it. An approximator just before the run (نحو، أكثر من …)
is looked up in a short window. A small grammar then reads the run's tokens
into one or more quantities: "ثلاثة آلاف وخمسمائة" is one, "2022 و2023" two.
Language data lives in the JSON file; this module holds only the logic.

What the spans cover: the number itself, with its approximator and percent
mark when they apply, but not an attached clitic (بألف → ألف, لـ300 → 300).

>>> [q.value for q in find_numbers("أفرج عن 1,200 أسير مقابل ثلاثة آلاف وخمسمائة")]
[1200, 3500]
>>> q = parse_number("نحو 6 آلاف")
>>> q.value, q.approximate
(6000, True)
>>> q = parse_number("عشرات الآلاف")
>>> q.low, q.high
(20000, 99999)
>>> parse_number("عشرين بالمئة").percent
True
>>> parse_number("أحد الأطراف") is None
True
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator, Mapping
from importlib import resources
from typing import Any

import attrs
import regex

from negotext.ar.normalize import Normalized, normalize, normalize_text
from negotext.records import Span

__all__ = ["CLITICS", "Quantity", "find_numbers", "parse_number", "trie_pattern"]


@attrs.frozen
class Quantity:
    """A number as written: its value, bounds, and whether it is vague or a percentage.

    ``value`` is the number (for a vague quantity such as آلاف, the lower
    bound); ``low``/``high`` bound it (``high`` None when unbounded, ``low``
    None for "less than"). An exact number has ``low == high == value``.
    ``qualifier`` names what an approximator said: ``"about"``, ``"more"``,
    ``"at_least"``, ``"less"``, ``"at_most"``, or ``"vague"`` for a plural
    such as آلاف; None for a plain number.
    """

    value: int | float
    text: str
    span: Span
    low: int | float | None = None
    high: int | float | None = None
    approximate: bool = False
    percent: bool = False
    qualifier: str | None = None


# -- data ----------------------------------------------------------------------


def _load_data() -> dict[str, Any]:
    """The word lists of ``data/numbers.json``."""
    path = resources.files("negotext.ar") / "data" / "numbers.json"
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


_DATA = _load_data()


def _norm_keys(table: Mapping[str, Any]) -> dict[str, Any]:
    """A word table keyed by normalised spelling."""
    return {normalize_text(word): value for word, value in table.items()}


#: token kind and payload of every normalised number word
_WORDS: dict[str, tuple[str, Any]] = {}
for _kind in (
    "zero",
    "units",
    "definite_units",
    "teen_heads",
    "ten",
    "tens",
    "hundred",
    "hundreds",
    "scales",
    "plurals",
    "definite_plurals",
    "fractions",
    "few",
):
    for _word, _payload in _norm_keys(_DATA[_kind]).items():
        _WORDS[_word] = ("units" if _kind == "definite_units" else _kind, _payload)
#: Tens with the article: read as tens, but a quantity they start needs a counted noun before.
_DEFINITE_TENS = frozenset(_norm_keys(_DATA["definite_tens"]))
for _word, _payload in _norm_keys(_DATA["definite_tens"]).items():
    _WORDS[_word] = ("tens", _payload)
_DEFINITE_TENS_NOT_AFTER = frozenset(normalize_text(w) for w in _DATA["definite_tens_not_after"])
#: The word before a definite tens word: a definite noun, with a clitic or not (الرهائن، للأسرى).
_DEFINITE_NOUN_BEFORE = regex.compile(r"(?<!\w)(?:[وف]?[بك]?ال|[وف]?لل)(?P<noun>\w{2,})\s+\Z")

#: the least count a plural alone states, by its scale (عشرات: 2 tens, مئات: 3 hundreds)
_PLURAL_LEAST: dict[int, int] = dict(_DATA["plurals"].values())
_APPROX: dict[str, str] = _norm_keys(_DATA["approximators"])
_POST_APPROX: dict[str, str] = _norm_keys(_DATA["post_approximators"])
_STOPLIST = frozenset(normalize_text(w) for w in _DATA["clitic_stoplist"])
_ORDINAL_STEMS = sorted({normalize_text(w) for w in _DATA["ordinal_stems"]}, key=len, reverse=True)
_UNSET = 10**15  # "no scale used yet": larger than any scale word


def trie_pattern(words: Iterable[str], *, word_start: bool = False) -> str:
    """A regex matching exactly ``words``, factored by common prefixes.

    A backtracking engine tries a plain alternation word by word at every
    position; factored as a trie it tests each character once. With
    ``word_start`` a match must start a word: the check comes after the first
    character (``(?<!\\w.)``), so the pattern still opens with a literal and
    ``re`` can skip straight to the characters a word can start with.

    >>> trie_pattern(["ثلاث", "ثلاثه", "ثلاثون"])
    'ثلاث(?:(?:ه|ون))?'
    """
    root: dict[str, Any] = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: dict[str, Any], guard: str = "") -> str:
        branches = [
            re.escape(char) + guard + build(child) for char, child in sorted(node.items()) if char
        ]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(root, r"(?<!\w.)" if word_start else "")


def _alternation(phrases: Iterable[str]) -> str:
    """A regex alternation of literal phrases, longest first, spaces matching any run of space."""
    ordered = sorted(set(phrases), key=len, reverse=True)
    return "|".join(r"\s+".join(regex.escape(part) for part in p.split()) for p in ordered)


_CLITIC = r"(?:[وف]?[بلك]|[وف])"
#: the clitics :data:`_CLITIC` matches, spelt out
CLITICS = ("", "و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك")
#: Digits with thousands separators or a decimal part. At most 20 digits: a longer
#: run is an identifier, not a quantity (and Python will not read huge ints from text).
_DIGITS = (
    r"[0-9]{1,3}(?:\.[0-9]{3}){1,6}(?![0-9])|[0-9]{1,3}(?:,[0-9]{3}){1,6}(?![0-9])(?:\.[0-9]{1,20})?"
    r"|[0-9]{1,20}\.[0-9]{1,20}|[0-9]{1,20},[0-9]{1,2}(?![0-9])(?=\s*(?:الف|مليون|مليار|بليون))|[0-9]{1,20}"
)
_TOKEN = (
    rf"(?:(?<!\w){_CLITIC}??(?P<tok>\L<words>)(?!\w)"
    rf"|(?:(?<!\w)(?:{_CLITIC}|[وف]?[بلك]?ال)\s?)??"
    rf"(?<![0-9A-Za-z])(?<![0-9][.,])(?P<tok>{_DIGITS})(?![0-9]))"
)
_PERCENT = "|".join(
    regex.escape(w).replace(r"\ ", r"\s+")
    for w in sorted({normalize_text(w) for w in _DATA["percent_words"]})
)
#: A run of number tokens from its first token on, with a percent mark and a
#: trailing approximator; matched only where :data:`_TRIGGER` found a token.
_PHRASE = regex.compile(
    rf"{_TOKEN}(?:\s+(?:و\s+)?{_TOKEN})*"
    rf"(?:\s*(?P<pct>%|(?:{_PERCENT})(?!\w)))?"
    rf"(?:\s+(?P<post>{_alternation(_POST_APPROX)})(?!\w))?",
    words=sorted(_WORDS, key=len, reverse=True),
)
#: Where a run can start: a number word (after a clitic) or a digit. A plain
#: ``re`` alternation of literals finds these several times faster than the
#: full pattern scanning every position, so the text is scanned once with it.
_TRIGGER = re.compile(
    rf"(?:{trie_pattern((c + w for c in CLITICS for w in _WORDS), word_start=True)})(?!\w)"
    r"|[0-9](?<![0-9A-Za-z].)(?<![0-9][.,].)"
)
#: An approximator just before a run (نحو، أكثر من، ما لا يقل عن …).
_APPROX_BEFORE = regex.compile(rf"(?<!\w){_CLITIC}??(?P<approx>{_alternation(_APPROX)})\s+\Z")
_ORDINAL_BEFORE = regex.compile(rf"(?<!\w)[وفبلك]*(?:ال)?(?:{'|'.join(_ORDINAL_STEMS)})\s+$")
_TANWIN_FATH = "\u064b"
#: a scale word right after digits, which makes 1.500 a decimal (1.500 مليون)
_SCALE_AHEAD = regex.compile(r"\s*(?:الف|مليون|مليار|بليون)")


# -- tokens and the grammar ----------------------------------------------------


@attrs.frozen
class _Token:
    """One number word or digit string of a match, in normalised offsets."""

    kind: str
    payload: Any
    start: int
    end: int
    #: how it is joined to the token before: "start", "space", "waw" or "break"
    link: str
    word: str
    #: ألفاً/مليوناً written with tanwin (or read as if it were): the singular, not the dual
    tanwin: bool = False


@attrs.frozen
class _State:
    """A quantity being read, token by token; ``prev`` is the state before the last token."""

    first: int
    last: int
    prev: _State | None = None
    total: int | float = 0
    group: int | float = 0
    has_hundreds: bool = False
    has_tens: bool = False
    has_units: bool = False
    #: the unit just read (for teens and "ثلاث مئة"), else 0
    last_unit: int = 0
    digits: bool = False
    scaled: bool = False
    last_scale: int = _UNSET
    #: "head" (أحد، اثنا), "fraction" (نصف) or "few" (بضعة): needs a next word
    pending: str | None = None
    fraction: float = 0.0
    few: tuple[int, int] = (0, 0)
    vague: tuple[int, int] | None = None
    vague_compound: bool = False
    closed: bool = False


def _digits_value(digits: str, original: str, before_scale: bool) -> int | float | None:
    """The value of a digit string (ASCII, separators as normalised), None if it is no number.

    ``1,200`` and ``1.200.000`` are grouped thousands; a single dot before
    exactly three digits is a thousands separator too (``1.200`` = 1200)
    unless a scale word follows (``1.500 مليون`` = 1.5 million), the first
    group is 0, or the original wrote the Arabic decimal sign ``٫``.

    A comma before one or two digits is a decimal comma; the pattern takes it
    only before a scale word (``2,5 مليار``).

    Two dots or more that are not thousands separators (``075.742.224``, a
    code or a phone number; ``1٫200٫300``) make no number at all: None.

    >>> _digits_value("1.200", "1.200", False), _digits_value("1.5", "1.5", False)
    (1200, 1.5)
    >>> _digits_value("075.742.224", "075.742.224", False) is None
    True
    >>> _digits_value("2,5", "2,5", True)
    2.5
    """
    if "," in digits and len(digits.rsplit(",", 1)[1]) < 3:
        return float(digits.replace(",", "."))  # a decimal comma before a scale word
    if "," in digits:
        whole, _, fraction = digits.partition(".")
        whole = whole.replace(",", "")
        return float(f"{whole}.{fraction}") if fraction else int(whole)
    if "." in digits:
        groups = digits.split(".")
        grouped = (
            all(len(g) == 3 for g in groups[1:])
            and not groups[0].startswith("0")
            and "٫" not in original
            and (len(groups) > 2 or not before_scale)
        )
        if grouped:
            return int("".join(groups))
        return float(digits) if len(groups) == 2 else None
    return int(digits)


def _begin(tok: _Token, index: int) -> _State | None:
    """The state after a token that starts a quantity, or None if it cannot start one."""
    kind, payload = tok.kind, tok.payload
    base = _State(first=index, last=index)
    if kind == "zero":
        return attrs.evolve(base, closed=True)
    if kind in ("units", "teen_heads"):
        pending = "head" if kind == "teen_heads" else None
        return attrs.evolve(base, group=payload, has_units=True, last_unit=payload, pending=pending)
    if kind == "ten":
        return attrs.evolve(base, group=10, has_units=True)
    if kind == "tens":
        return attrs.evolve(base, group=payload, has_tens=True)
    if kind in ("hundred", "hundreds"):
        return attrs.evolve(base, group=payload, has_hundreds=True)
    if kind == "scales":
        scale, count = payload
        return attrs.evolve(base, total=scale * _count(tok, count), last_scale=scale, scaled=True)
    if kind == "definite_plurals":  # أطلق سراح الآلاف، العشرات: as vague as آلاف، عشرات
        scale, least = payload, _PLURAL_LEAST.get(payload, 3)
        return attrs.evolve(base, vague=(least * scale, 10 * scale - 1), last_scale=scale)
    if kind == "plurals":
        scale, least = payload
        return attrs.evolve(base, vague=(least * scale, 10 * scale - 1), last_scale=scale)
    if kind == "fractions":
        return attrs.evolve(base, pending="fraction", fraction=payload)
    if kind == "few":
        return attrs.evolve(base, pending="few", few=(payload[0], payload[1]))
    if kind == "digits":
        return attrs.evolve(base, group=payload, digits=True)
    return None  # dropped words do not start a quantity


def _count(tok: _Token, count: int) -> int:
    """How many of a scale a scale word alone states: ألف 1, ألفان 2, ألفا 2 unless ألفاً."""
    if count == 0:
        return 1 if tok.tanwin else 2
    return count


def _extend(st: _State, tok: _Token, index: int) -> _State | None:
    """The state after adding ``tok`` to the quantity ``st``, or None if it starts a new one."""
    if st.closed or tok.link == "break":
        return None
    kind, payload, link = tok.kind, tok.payload, tok.link
    nxt = attrs.evolve(st, last=index, prev=st, last_unit=0)
    if st.pending == "fraction":
        if link == "space" and kind == "scales" and payload[1] == 1:
            scale = payload[0]
            return attrs.evolve(
                nxt, total=st.fraction * scale, last_scale=scale, pending=None, scaled=True
            )
        return None
    if st.pending == "few":
        if link == "space" and kind == "plurals":
            scale = payload[0]
            low, high = st.few
            return attrs.evolve(
                nxt, vague=(low * scale, (high + 1) * scale - 1), last_scale=scale, pending=None
            )
        return None
    if st.vague is not None:
        if (
            link == "space"
            and not st.vague_compound
            and kind in ("definite_plurals", "plurals")
            and st.last_scale < 1000
            and not (kind == "definite_plurals" and payload < 1000)  # no عشرات المئات
        ):
            scale = payload if kind == "definite_plurals" else payload[0]
            low, high = st.vague
            return attrs.evolve(
                nxt, vague=(low * scale, (high + 1) * scale - 1), vague_compound=True
            )
        return None
    after_scale = st.group == 0 and st.scaled and not st.pending
    if kind in ("units", "teen_heads", "ten"):
        value = 10 if kind == "ten" else payload
        if kind == "ten" and link == "space" and 1 <= st.last_unit <= 9 and not st.has_tens:
            return attrs.evolve(nxt, group=st.group + 10, has_tens=True, pending=None)
        if link != "waw" or st.has_units or st.digits or st.pending:
            return None
        if after_scale or st.has_hundreds or st.has_tens:
            pending = "head" if kind == "teen_heads" else None
            return attrs.evolve(
                nxt,
                group=st.group + value,
                has_units=True,
                last_unit=value if kind != "ten" else 0,
                pending=pending,
            )
        return None
    if kind == "tens":
        if link != "waw" or st.has_tens or st.digits:
            return None
        units_first = st.has_units and 1 <= st.group % 100 <= 9
        if units_first or (st.has_hundreds and not st.has_units) or after_scale:
            return attrs.evolve(nxt, group=st.group + payload, has_tens=True, pending=None)
        return None
    if st.pending:
        return None
    if kind in ("hundred", "hundreds"):
        if (
            link == "space"
            and kind == "hundred"
            and 3 <= st.last_unit <= 9
            and st.group == st.last_unit
        ):
            return attrs.evolve(nxt, group=st.group * 100, has_units=False, has_hundreds=True)
        if link == "waw" and after_scale:
            return attrs.evolve(nxt, group=payload, has_hundreds=True)
        return None
    if kind in ("scales", "plurals"):
        scale, count = payload
        if scale >= st.last_scale:
            return None
        if link == "space" and st.group > 0:
            if kind == "scales" and count == 2:
                return None  # ثلاثة ألفين is not a number
            return attrs.evolve(
                nxt,
                total=st.total + st.group * scale,
                group=0,
                has_hundreds=False,
                has_tens=False,
                has_units=False,
                digits=False,
                scaled=True,
                last_scale=scale,
            )
        if link == "waw" and after_scale and kind == "scales":
            return attrs.evolve(nxt, total=st.total + scale * _count(tok, count), last_scale=scale)
        return None
    if kind == "fractions":
        if link == "waw" and after_scale:
            return attrs.evolve(nxt, total=st.total + payload * st.last_scale, closed=True)
        return None
    if kind == "digits":
        if link == "waw" and after_scale and isinstance(payload, int) and payload < st.last_scale:
            return attrs.evolve(
                nxt, group=payload, digits=True, has_hundreds=True, has_tens=True, has_units=True
            )
        return None
    return None


def _settle(st: _State | None) -> _State | None:
    """The last complete state: drop a trailing أحد/نصف/بضعة that never found its partner."""
    while st is not None and st.pending:
        st = st.prev
    return st


def _read(tokens: list[_Token]) -> Iterator[_State]:
    """Read a run of tokens into the quantities it states, in order.

    When a scale word cannot join the quantity read so far, the words since
    its last scale word are given to a new quantity, so that "ثلاثة آلاف
    وخمسة آلاف" is 3000 and 5000, not 3005 and a stray آلاف.
    """
    state: _State | None = None
    index = 0
    while index < len(tokens):
        tok = tokens[index]
        if state is not None:
            extended = _extend(state, tok, index)
            if extended is not None:
                state = extended
                index += 1
                continue
            if tok.kind in ("scales", "plurals") and tok.link == "space" and state.scaled:
                base = state
                while base.prev is not None and base.group != 0:
                    base = base.prev
                if base.group == 0 and base.last < state.last and not base.pending:
                    yield base
                    state = None
                    index = base.last + 1
                    continue
            done = _settle(state)
            if done is not None:
                yield done
        state = _begin(tok, index)
        index += 1
    done = _settle(state)
    if done is not None:
        yield done


def _whole(value: int | float) -> int | float:
    """An integral float as an int (1.5 مليون = 1500000)."""
    if isinstance(value, float) and value.is_integer() and abs(value) < 2**53:
        return int(value)
    return value


# -- finding ----------------------------------------------------------------------


def _tokens(match: regex.Match[str], norm: Normalized) -> list[_Token]:
    """The tokens of one match, with their kinds and how each joins the one before."""
    text = norm.text
    tokens: list[_Token] = []
    prev_end = -1
    words = match.captures("tok")
    starts = match.starts("tok")
    ends = match.ends("tok")
    for i, (word, start, end) in enumerate(zip(words, starts, ends, strict=True)):
        gap = "" if prev_end < 0 else text[prev_end:start].strip()
        link = (
            "start" if prev_end < 0 else ("space" if not gap else "waw" if gap == "و" else "break")
        )
        prev_end = end
        clitic_start = start
        while clitic_start > 0 and start - clitic_start < 3 and text[clitic_start - 1].isalpha():
            clitic_start -= 1
        if text[clitic_start:end] in _STOPLIST:
            tokens.append(_Token("dropped", None, start, end, "break", word))
            continue
        if word[0].isdigit():
            following = text[end : end + 12]
            before_scale = _SCALE_AHEAD.match(following) is not None
            original = norm.original_slice(start, end)
            value = _digits_value(word, original, before_scale)
            if value is None:
                tokens.append(_Token("dropped", None, start, end, "break", word))
            else:
                tokens.append(_Token("digits", value, start, end, link, word))
            continue
        kind, payload = _WORDS[word]
        # وأحد عشر normalises to واحد عشر: read the و as the link and أحد as a teen head.
        if (
            word == "واحد"
            and i + 1 < len(words)
            and _WORDS.get(words[i + 1], ("",))[0] == "ten"
            and not text[end : starts[i + 1]].strip()
            and norm.original[norm.to_original(start + 1)] in "أإ"
        ):
            kind, payload, start = "teen_heads", 1, start + 1
            link = "start" if link == "start" else "waw"
        tanwin = False
        if kind == "scales" and payload[1] == 0:
            a, b = norm.span_to_original(start, end)
            tanwin = _TANWIN_FATH in norm.original[a : b + 1]
        tokens.append(_Token(kind, payload, start, end, link, word, tanwin))
    # ألفا followed by و and more of the number is the accusative ألفاً with its
    # tanwin left out (ألفا وخمسمائة = 1500): the dual construct is followed by a noun.
    for i, tok in enumerate(tokens[:-1]):
        if tok.kind == "scales" and tok.payload[1] == 0 and tokens[i + 1].link == "waw":
            tokens[i] = attrs.evolve(tok, tanwin=True)
    return tokens


def _counts_after_noun(text: str, start: int) -> bool:
    """Whether a definite tens word at ``start`` counts the definite noun before it.

    "الرهائن العشرين" is twenty hostages; "القرن العشرين", "الجولة العشرين" (a
    singular, or a noun in ة) and "الحادي والعشرين"، "في العشرين من" (a clitic,
    or no definite noun) use the word as an ordinal or a date.
    """
    if start > 0 and not text[start - 1].isspace():
        return False
    before = _DEFINITE_NOUN_BEFORE.search(text, max(0, start - 40), start)
    if before is None:
        return False
    noun = before.group("noun")
    return not noun.endswith("ه") and "ال" + noun not in _DEFINITE_TENS_NOT_AFTER


def _quantity(
    state: _State,
    tokens: list[_Token],
    match: regex.Match[str],
    approx: regex.Match[str] | None,
    norm: Normalized,
) -> Quantity | None:
    """The :class:`Quantity` a finished state states, with its approximator and percent mark."""
    first, last = tokens[state.first], tokens[state.last]
    start, end = first.start, last.end
    # The عشر of الحادي عشر is part of an ordinal, not the number ten.
    if (
        state.first == state.last
        and first.kind == "ten"
        and _ORDINAL_BEFORE.search(norm.text, max(0, start - 16), start)
    ):
        return None
    if first.word in _DEFINITE_TENS and not _counts_after_noun(norm.text, start):
        return None
    qualifier: str | None = None
    if state.vague is not None:
        low: int | float | None = state.vague[0]
        high: int | float | None = state.vague[1]
        value: int | float = state.vague[0]
        qualifier = "vague"
    else:
        value = _whole(state.total + state.group)
        low = high = value
    approximate = state.vague is not None
    percent = False
    if state.first == 0 and approx is not None:
        qualifier = _APPROX[" ".join(approx.group("approx").split())]
        start = approx.start("approx")
    if state.last == len(tokens) - 1:
        if match.group("pct"):
            percent = True
            end = match.end("pct")
        if match.group("post"):
            qualifier = _POST_APPROX[" ".join(match.group("post").split())]
            end = match.end("post")
    if qualifier is not None and qualifier != "vague":
        approximate = True
        if qualifier in ("more", "at_least"):
            high = None
        elif qualifier in ("less", "at_most"):
            low = None
            high = value if state.vague is None else high
    a, b = norm.span_to_original(start, end)
    return Quantity(
        value=value,
        text=norm.original[a:b],
        span=Span(a, b),
        low=low,
        high=high,
        approximate=approximate,
        percent=percent,
        qualifier=qualifier,
    )


def _find(norm: Normalized) -> list[Quantity]:
    """Every quantity in a normalised text: one scan for runs, then a small read of each."""
    text = norm.text
    found: list[Quantity] = []
    pos = 0
    while (hit := _TRIGGER.search(text, pos)) is not None:
        match = _PHRASE.match(text, hit.start())
        if match is None:  # cannot happen while the two patterns agree; never loop forever
            pos = hit.start() + 1
            continue
        # The approximator is looked for after the run before (300 على الأقل 400).
        approx = _APPROX_BEFORE.search(text, max(0, hit.start() - 40, pos), hit.start())
        pos = max(match.end(), hit.start() + 1)
        tokens = _tokens(match, norm)
        for state in _read(tokens):
            quantity = _quantity(state, tokens, match, approx, norm)
            if quantity is not None:
                found.append(quantity)
    return found


def find_numbers(text: str, *, norm: Normalized | None = None) -> list[Quantity]:
    """Every quantity in ``text``, in order, with spans into ``text``.

    ``norm`` is ``normalize(text)`` when the caller already has it (the
    document analysis does), so the text is not normalised twice.

    >>> [(q.text, q.value) for q in find_numbers("أفرج عن ألف أسير مقابل ألف")]
    [('ألف', 1000), ('ألف', 1000)]
    """
    if norm is None:
        norm = normalize(text)
    elif norm.original != text:
        raise ValueError("norm must be normalize(text) of the same text")
    return _find(norm)


def parse_number(phrase: str) -> Quantity | None:
    """The quantity ``phrase`` states when the whole phrase is one quantity, else None.

    Surrounding space and a clitic before the number (بألف، لـ300) are allowed;
    anything else makes the phrase not a number. Spans index ``phrase``.

    >>> parse_number("ثلاثة آلاف وخمسمائة").value
    3500
    >>> parse_number("ألف مقابل ألف") is None
    True
    """
    found = find_numbers(phrase)
    if len(found) != 1:
        return None
    quantity = found[0]
    # What is left around the number may be space, diacritics and tatweel, and a clitic before.
    before = normalize_text(phrase[: quantity.span.start])
    after = normalize_text(phrase[quantity.span.end :])
    if after.strip() or not regex.fullmatch(r"\s*(?:[وف]?[بلك]?|ال)\s*", before):
        return None
    return quantity
