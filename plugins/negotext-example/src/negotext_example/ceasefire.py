"""The ``ceasefire`` plugin: ceasefire and truce mentions as :class:`Ceasefire` records.

Everything a negotext plugin can do, in one small module:

- ``negotext_register_record_types`` adds the record type, so it serialises;
- ``negotext_register_gazetteer`` adds a place the built-in gazetteer lacks,
  and a negotiation format (an entry with ``"type": "format"``) whose rounds
  meet at a fixed venue;
- ``negotext_extract_records`` reads the shared analysis of each document
  (normalised text with its offset map, segments, gazetteer entities) and
  returns records whose spans index the original text.

The rules are deliberately simple: a ceasefire term (وقف إطلاق النار، هدنة،
تهدئة …), its status from the nearest cue word before it in the sentence
(اتفاق → agreed, مقترح → proposed, طالب → demanded, خرق → violated …), a
duration when one is stated after it ("لمدة 42 يوماً"), and the first place
the gazetteer finds right after it. One record per sentence.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Callable, Iterator
from typing import Any, ClassVar

import attrs

from negotext import Analysis, Entity, EntityKind, Record, hookimpl

__all__ = ["Ceasefire", "CeasefireStatus"]

PLUGIN_NAME = "ceasefire"


class CeasefireStatus(str, enum.Enum):
    """What the text says about the ceasefire."""

    AGREED = "agreed"
    PROPOSED = "proposed"
    DEMANDED = "demanded"
    VIOLATED = "violated"
    IN_FORCE = "in_force"
    MENTIONED = "mentioned"  # named, with no cue to say more

    def __str__(self) -> str:
        return str(self.value)


@attrs.frozen(kw_only=True)
class Ceasefire(Record):
    """A ceasefire or truce the article mentions.

    ``term`` is the phrase as written, ``duration_days`` the stated length in
    days (weeks are converted), ``area`` the place it covers when known.
    """

    type: ClassVar[str] = "ceasefire"

    status: CeasefireStatus = attrs.field(converter=CeasefireStatus)
    term: str
    duration_days: int | None = None
    area: Entity | None = None


# Patterns over the normalised text (alef forms unified, ة → ه, ى → ي, no
# diacritics, ASCII digits). Proclitics (و ف ب ل ك, ال) may precede the term.
TERM = re.compile(
    r"(?<!\w)[وفبلك]{0,2}(?:ال)?"
    r"(?P<term>وقف(?:ا)? (?:\w+ ){0,3}?ل?اطلاق النار|هدنه|تهدئه)"
    r"(?!\w)"
)
CUES: tuple[tuple[CeasefireStatus, re.Pattern[str]], ...] = (
    (CeasefireStatus.VIOLATED, re.compile(r"خرق|خروقات|انتهاك|انتهك")),
    (CeasefireStatus.IN_FORCE, re.compile(r"سريان|يسري|دخل حيز التنفيذ|دخول")),
    (CeasefireStatus.AGREED, re.compile(r"اتفاق|اتفق|توصل|وقع|ابرم")),
    (CeasefireStatus.PROPOSED, re.compile(r"مقترح|اقترح|مبادره|خطه")),
    (CeasefireStatus.DEMANDED, re.compile(r"طالب|يطالب|تطالب|دعا|دعت|يدعو|ضروره")),
)
IN_FORCE_AFTER = re.compile(r"^\W*(?:\w+ ){0,3}?حيز التنفيذ")
DURATION = re.compile(r"^\W*(?:\w+ ){0,4}?لمده (\d+) (يوما|يوم|ايام|اسبوعا|اسبوع|اسابيع)")
SENTENCE_END = re.compile(r"[.!?\n]")
AREA_KINDS = (EntityKind.PLACE, EntityKind.COUNTRY)


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """The normalised sentence around ``[start, end)``."""
    before = max((m.end() for m in SENTENCE_END.finditer(text, 0, start)), default=0)
    after = SENTENCE_END.search(text, end)
    return before, after.start() if after else len(text)


def _status(before: str, after: str) -> tuple[CeasefireStatus, int | None]:
    """The status and, when a cue decides it, where the cue starts in ``before``."""
    if IN_FORCE_AFTER.match(after):
        return CeasefireStatus.IN_FORCE, None
    best: tuple[int, CeasefireStatus] | None = None
    for status, pattern in CUES:
        for match in pattern.finditer(before):
            if best is None or match.start() > best[0]:
                best = (match.start(), status)
    if best is None:
        return CeasefireStatus.MENTIONED, None
    return best[1], best[0]


def _duration(after: str) -> int | None:
    match = DURATION.match(after)
    if not match:
        return None
    number, unit = int(match.group(1)), match.group(2)
    return number * 7 if unit.startswith(("اسبوع", "اسابيع")) else number


def _area(analysis: Analysis, start: int, end: int) -> Entity | None:
    """The first place or country the gazetteer found in original ``[start, end)``."""
    for entity in analysis.entities:
        if entity.kind in AREA_KINDS and start <= entity.span.start < end:
            return entity
    return None


@hookimpl
def negotext_extract_records(analysis: Analysis) -> Iterator[Record]:
    text = analysis.norm.text
    done_sentences: set[int] = set()
    for match in TERM.finditer(text):
        sentence_start, sentence_end = _sentence(text, match.start(), match.end())
        if sentence_start in done_sentences:
            continue
        term_span = analysis.span(match.start("term"), match.end("term"))
        if analysis.in_boilerplate(term_span):
            continue
        done_sentences.add(sentence_start)
        before = text[sentence_start : match.start()]
        after = text[match.end() : sentence_end]
        status, cue_at = _status(before, after)
        evidence_start = sentence_start + cue_at if cue_at is not None else match.start("term")
        evidence = analysis.span(evidence_start, match.end("term"))
        area_end = analysis.span(match.end(), min(match.end() + 40, sentence_end)).end
        yield Ceasefire(
            evidence=evidence,
            extractor=PLUGIN_NAME,
            confidence=0.6 if status is CeasefireStatus.MENTIONED else 0.8,
            segment=str(analysis.segment_at(evidence.start).kind),
            status=status,
            term=analysis.slice(term_span),
            duration_days=_duration(after),
            area=_area(analysis, term_span.end, area_end),
        )


@hookimpl
def negotext_register_record_types(register: Callable[[type[Record]], None]) -> None:
    register(Ceasefire)


@hookimpl
def negotext_register_gazetteer(register: Callable[[dict[str, Any]], None]) -> None:
    register(
        {
            "kind": "place",
            "name": "Netzarim Corridor",
            "names": ["محور نتساريم", "ممر نتساريم"],
            "country": "PS",
        }
    )
    # A format, not an entity: the same hook, marked by its type. Its rounds meet at its
    # venue (a gazetteer place's canonical name), which the rounds extractor then gives them.
    register(
        {
            "type": "format",
            "kind": "talks",
            "name": "Sharm El Sheikh Gaza talks",
            "names": ["مفاوضات شرم الشيخ", "محادثات شرم الشيخ"],
            "named_after": "Sharm El Sheikh",
            "venue": "Sharm El Sheikh",
            "conflict": "Gaza",
        }
    )
