"""Page structure: the main article, appended articles, related lists and boilerplate.

News pages arrive scraped. Around the article stand datelines ("موسكو – (وكالة):",
"البلاد (موسكو)"), breadcrumbs ("رئيسيشؤون دولية"), share and print buttons,
tags ("كلمات دلالية"), "المصدر:" lines, lists of related headlines ("مقالات ذات صلة")
and, after "اقرأ أيضاً" / "شاهد أيضاً", sometimes a whole second article.
:func:`segment` splits a page into :class:`~negotext.document.Segment` s that cover
the text in order, so that extractors can skip boilerplate and mark records found in
an appended article.

The markers are data (``data/lexicons/segment_markers.txt``, lines ``kind: phrase``)
and plugins add to them through the ``segment_markers`` lexicon. The rules, line by
line:

- a line starting with a ``boilerplate`` marker is boilerplate (only that line, and
  only when it is short or has no sentence end: "شارك الرئيس في القمة." stays text);
- a ``related`` marker opens a related list that runs to the end of the page or the
  next marker;
- an ``appended`` marker line is boilerplate; what follows it, up to the next marker,
  is an appended article when it holds at least one paragraph, else a related list;
  but a teaser set inside the article ("اقرأ أيضاً", one or two headlines, then a
  paragraph that goes on with a conjunction or a link word: "ورحب غروندبرغ …"، "كما
  …"، "من جهته …") is a related list of those headlines, and the article resumes
  after them;
- a dateline at the start of a line ("موسكو – (رياليست عربي):") is boilerplate and
  the rest of the line belongs to the article; a line that is only a dateline
  ("البلاد (موسكو)") is boilerplate.

>>> page = "موسكو - (وكالة): قال مسؤول إن المحادثات مستمرة.\\nاقرأ أيضاً\\nعنوان\\n"
>>> [(str(s.kind), page[s.span.start:s.span.end]) for s in segment(page)]
[('boilerplate', 'موسكو - (وكالة): '), ('main', 'قال مسؤول إن المحادثات مستمرة.\\n'), ('boilerplate', 'اقرأ أيضاً\\n'), ('related', 'عنوان\\n')]
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable

import regex

from negotext.ar.normalize import Normalized, normalize, normalize_text
from negotext.document import Segment, SegmentKind
from negotext.records import Span

__all__ = ["PARAGRAPH_WORDS", "parse_markers", "segment"]

#: A line of at least this many words is a paragraph of running text.
PARAGRAPH_WORDS = 12
#: A boilerplate marker line longer than this (in words) that ends a sentence is text.
_SHORT_LINE_WORDS = 12

_KINDS = {
    "appended": SegmentKind.APPENDED,
    "related": SegmentKind.RELATED,
    "boilerplate": SegmentKind.BOILERPLATE,
}

_WORD = r"[\p{L}\p{N}]+"
# "موسكو - (رياليست عربي): " / "القاهرة (رويترز) - " at the start of a line.
_DATELINE_PREFIX = regex.compile(
    rf"^[ \t]*{_WORD}(?:[ \t]+{_WORD}){{0,2}}[ \t]*"
    r"(?:-[ \t]*\([^()\n]{1,40}\)[ \t]*[:\-]?|\([^()\n]{1,40}\)[ \t]*[:\-])[ \t]*"
)
# "البلاد (موسكو)" alone on its line.
_DATELINE_LINE = regex.compile(
    rf"^[ \t]*{_WORD}(?:[ \t]+{_WORD}){{0,2}}[ \t]*(?:-[ \t]*)?\([^()\n]{{1,40}}\)[ \t]*[:\-]?[ \t]*$"
)
_SENTENCE_END = regex.compile(r"[.!?][\"']?\s*$")
# "- عنوان"، "• عنوان"، "ــ عنوان": an item of a list of headlines.
_LIST_ITEM = regex.compile(r"[ \t]*(?:[-•·*–—]|ـ{2,})")


def parse_markers(lines: Iterable[str]) -> tuple[tuple[str, SegmentKind], ...]:
    """``kind: phrase`` lines as ``(normalised phrase, kind)`` pairs, longest phrase first.

    Lines with an unknown kind or no phrase are ignored: a plugin's typo must not
    break every document.

    >>> parse_markers(["related: مقالات ذات صلة", "bogus line"])
    (('مقالات ذات صله', <SegmentKind.RELATED: 'related'>),)
    """
    pairs: dict[str, SegmentKind] = {}
    for line in lines:
        kind, sep, phrase = line.partition(":")
        phrase = normalize_text(phrase.strip())
        if not sep or not phrase or kind.strip() not in _KINDS:
            continue
        pairs.setdefault(phrase, _KINDS[kind.strip()])
    return tuple(sorted(pairs.items(), key=lambda pair: -len(pair[0])))


@functools.lru_cache(maxsize=16)
def _parsed(markers: tuple[str, ...]) -> tuple[tuple[str, SegmentKind], ...]:
    return parse_markers(markers)


@functools.lru_cache(maxsize=16)
def _marker_pattern(markers: tuple[tuple[str, SegmentKind], ...]) -> regex.Pattern[str] | None:
    """One pattern for every marker phrase, anchored at the start of a line."""
    if not markers:
        return None
    return regex.compile(
        r"^[ \t•·*\-]*(?P<marker>\L<markers>)", markers=[phrase for phrase, _ in markers]
    )


@functools.cache
def _builtin_markers() -> tuple[str, ...]:
    from negotext.ar.builtin_data import load_lexicon_files

    return load_lexicon_files().get("segment_markers", ())


def _marker_kind(
    line: str, pattern: regex.Pattern[str] | None, kinds: dict[str, SegmentKind]
) -> SegmentKind | None:
    """The kind of marker ``line`` (normalised) starts with, if it is a marker line."""
    if pattern is None:
        return None
    match = pattern.match(line)
    if match is None:
        return None
    kind = kinds[match.group("marker")]
    words = len(line.split())
    rest = line[match.end() :]
    if kind is SegmentKind.BOILERPLATE:
        # "شارك الرئيس في القمة." is a sentence, not a share button.
        if words > _SHORT_LINE_WORDS and _SENTENCE_END.search(line):
            return None
        # A marker glued to the next word only counts on a very short line (breadcrumbs).
        if rest[:1].isalpha() and words > 4:
            return None
    elif words > 6 or (rest[:1].isalpha()):
        # "اقرأ أيضاً" and "مقالات ذات صلة" stand on their own line.
        return None
    return kind


def segment(
    text: str, markers: Iterable[str] | None = None, norm: Normalized | None = None
) -> tuple[Segment, ...]:
    """Split a scraped page into segments covering ``text`` in order.

    :param markers: ``kind: phrase`` lines (the ``segment_markers`` lexicon); the
        built-in data file when None.
    :param norm: ``normalize(text)`` (default options) when the caller has it.
    """
    if not text:
        return (Segment(SegmentKind.MAIN, Span(0, 0)),)
    if markers is None:
        markers = _builtin_markers()
    # A lexicon is a tuple: parsed once, not once per document.
    pairs = _parsed(markers) if isinstance(markers, tuple) else parse_markers(markers)
    pattern = _marker_pattern(pairs)
    kinds = dict(pairs)
    if norm is None:
        norm = normalize(text)
    lines = _lines(norm.text)
    marks = [_marker_kind(norm.text[a:b], pattern, kinds) for a, b in lines]

    pieces: list[tuple[int, SegmentKind]] = []  # (normalised start, kind)
    state = SegmentKind.MAIN
    resume_at: int | None = None  # the line where the main article goes on after a teaser
    for index, (start, end) in enumerate(lines):
        line = norm.text[start:end]
        mark = marks[index]
        if mark is SegmentKind.BOILERPLATE:
            pieces.append((start, SegmentKind.BOILERPLATE))
            continue
        if mark is SegmentKind.RELATED:
            state = SegmentKind.RELATED
            pieces.append((start, SegmentKind.BOILERPLATE))
            continue
        if mark is SegmentKind.APPENDED:
            resume = (
                _resumes_at(norm, lines, marks, index + 1) if state is SegmentKind.MAIN else None
            )
            state = (
                SegmentKind.RELATED
                if resume is not None
                else _appended_or_related(norm, lines, marks, index + 1)
            )
            resume_at = resume
            pieces.append((start, SegmentKind.BOILERPLATE))
            continue
        if resume_at is not None and index == resume_at:
            state, resume_at = SegmentKind.MAIN, None
        if not line.strip():
            pieces.append((start, pieces[-1][1] if pieces else state))
            continue
        if state is not SegmentKind.RELATED:
            if _DATELINE_LINE.match(line):
                pieces.append((start, SegmentKind.BOILERPLATE))
                continue
            prefix = _DATELINE_PREFIX.match(line)
            if prefix and prefix.end() < len(line.rstrip()):
                pieces.append((start, SegmentKind.BOILERPLATE))
                pieces.append((start + prefix.end(), state))
                continue
        pieces.append((start, state))
    return _merge(pieces, norm.to_original, len(text))


def _lines(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each line, the line break included in the line."""
    spans: list[tuple[int, int]] = []
    start = 0
    while start < len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end + 1
        spans.append((start, end))
        start = end
    return spans


#: First words of a paragraph that goes on with the story told before it: a paragraph
#: opened so after a teaser ("اقرأ أيضاً" + a headline) is the main article again.
_CONTINUATION_WORDS = frozenset(
    normalize_text(word)
    for word in (
        "وقال",
        "وقالت",
        "وأضاف",
        "وأضافت",
        "وأكد",
        "وأكدت",
        "ورحب",
        "ورحبت",
        "واعتبر",
        "واعتبرت",
        "وأشار",
        "وأشارت",
        "وشدد",
        "وشددت",
        "وأوضح",
        "وأوضحت",
        "وتابع",
        "وتابعت",
        "وكان",
        "وكانت",
        "وفي",
        "ومن",
        "وبحسب",
        "ووفق",
        "ووفقا",
        "وحسب",
        "وتأتي",
        "ويأتي",
        "وجاء",
        "وجاءت",
        "وأعلن",
        "وأعلنت",
        "وذكر",
        "وذكرت",
        "ولفت",
        "ولفتت",
        "ونقل",
        "ونقلت",
        "وتطالب",
        "ويطالب",
        "وطالب",
        "وطالبت",
        "وتشير",
        "ويشير",
        "وأفاد",
        "وأفادت",
        "ويرى",
        "وترى",
        "ولم",
        "ولا",
        "وقد",
        "كما",
        "بدوره",
        "بدورها",
    )
)
_CONTINUATION_PAIRS = frozenset(
    normalize_text(pair)
    for pair in (
        "من جهته",
        "من جهتها",
        "من جانبه",
        "من جانبها",
        "في المقابل",
        "إلى ذلك",
        "في غضون",
        "في السياق",
        "في هذا",
        "وفي السياق",
        "وفي المقابل",
    )
)
#: Most headline lines a teaser inside the article shows before the article goes on.
_TEASER_LINES = 2


def _resumes_at(
    norm: Normalized,
    lines: list[tuple[int, int]],
    marks: list[SegmentKind | None],
    first: int,
) -> int | None:
    """The line where the main article resumes after a teaser, else None.

    A teaser inside an article: "اقرأ أيضاً", one or two short headlines (list items
    or not, no sentence end), then a paragraph whose first words go on with the
    story ("ورحب …"، "كما …"، "من جهته …"). An appended article starts with its own
    headline and lead, not with a conjunction.
    """
    headlines = 0
    for index in range(first, len(lines)):
        if marks[index] is not None:
            return None
        start, end = lines[index]
        line = norm.text[start:end].strip()
        if not line:
            continue
        words = line.split()
        if len(words) >= PARAGRAPH_WORDS:
            if headlines == 0:
                return None
            first_word = words[0].strip("\"'«»(")
            if first_word in _CONTINUATION_WORDS or " ".join(words[:2]) in _CONTINUATION_PAIRS:
                return index
            return None
        if _SENTENCE_END.search(line):
            return None
        headlines += 1
        if headlines > _TEASER_LINES:
            return None
    return None


def _appended_or_related(
    norm: Normalized,
    lines: list[tuple[int, int]],
    marks: list[SegmentKind | None],
    first: int,
) -> SegmentKind:
    """After "اقرأ أيضاً": an article when a paragraph follows before the next marker.

    A line opened by a list mark ("- عنوان"، "• عنوان"، "ــ عنوان") is an item of a
    list of headlines, however long, not a paragraph.
    """
    for (start, end), mark in zip(lines[first:], marks[first:], strict=True):
        if mark is not None:
            break
        line = norm.text[start:end]
        # Read the mark in the original: normalisation drops the tatweel of "ــ".
        original_start = norm.original.rfind("\n", 0, norm.to_original(start)) + 1
        if _LIST_ITEM.match(norm.original, original_start):
            continue
        if len(line.split()) >= PARAGRAPH_WORDS:
            return SegmentKind.APPENDED
    return SegmentKind.RELATED


def _merge(
    pieces: list[tuple[int, SegmentKind]], to_original: Callable[[int], int], length: int
) -> tuple[Segment, ...]:
    """Adjacent pieces of one kind as one segment, with spans in the original text."""
    merged: list[tuple[int, SegmentKind]] = []
    for start, kind in pieces:
        if merged and merged[-1][1] is kind:
            continue
        merged.append((start, kind))
    if not merged:
        return (Segment(SegmentKind.MAIN, Span(0, length)),)
    starts = [0] + [to_original(start) for start, _ in merged[1:]]
    ends = [*starts[1:], length]
    return tuple(
        Segment(kind, Span(a, b))
        for (a, b, (_, kind)) in zip(starts, ends, merged, strict=True)
        if b > a or len(merged) == 1
    )
