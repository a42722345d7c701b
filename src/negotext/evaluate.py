"""Score extraction against hand-coded gold records: precision, recall and F1 per record type.

A gold set is a folder of JSON files, one per article, in the schema of the
seed corpus (``tests/corpus/README.md``)::

    {"doc": "article.txt", "published": "YYYY-MM-DD" or null,
     "rounds": [...], "exchanges": [...], "statements": [...], "territory_claims": [...]}

``doc`` names the article's text file in the text folder. :func:`evaluate`
runs :func:`negotext.extract` over every article (with the gold
``published`` date) and matches the output against the gold, one to one:

- A gold record is *found* by an output record of the same type whose
  evidence span overlaps one occurrence of the gold ``evidence`` (or of an
  ``evidence_alt``) in the article. For statements the output's content span
  may overlap instead, and the occurrences of ``content_contains`` count as
  gold evidence too.
- and whose key fields agree: rounds by ``status``, ``ordinal`` and place
  (``place_ar`` against the output place's surface text, or ``place`` against
  its canonical name; a null gold place needs a null output place);
  exchanges by ``kind`` and ``count``; statements by speaker (``speaker_ar``
  against the speaker's surface text, or ``speaker`` against its name);
  territory claims by ``kind`` and territory (``territory_ar`` / ``territory``).
  Surface forms are compared after :func:`~negotext.ar.normalize.normalize_text`
  and agree when equal or when one contains the other; canonical names agree
  when equal ignoring case.

Gold records marked ``"optional": true`` are neither rewarded nor penalised:
an output record that matches only an optional gold record is not a false
positive, and an optional gold record left unmatched is not a miss. Output
records of types the gold does not code (a plugin's own types) are not scored.

The matching is a maximum one-to-one matching per document and type (every
output record matches at most one gold record), first over the required gold
records, then over the optional ones with the output records left.
"""

from __future__ import annotations

import datetime
import json
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import attrs

from negotext.ar.normalize import normalize_text
from negotext.document import Document
from negotext.pipeline import Extraction, extract
from negotext.records import (
    ClaimKind,
    Entity,
    Exchange,
    ExchangeKind,
    Record,
    Round,
    RoundStatus,
    Span,
    Statement,
    TerritoryClaim,
)

__all__ = [
    "KEY_FIELDS",
    "RECORD_TYPES",
    "FieldAgreement",
    "GoldDocument",
    "GoldFormatError",
    "GoldRecord",
    "Mismatch",
    "Report",
    "Score",
    "evaluate",
    "load_gold",
    "score_extraction",
]

#: The record types a gold file codes, with the name of each one's list in the file.
RECORD_TYPES: dict[str, str] = {
    "round": "rounds",
    "exchange": "exchanges",
    "statement": "statements",
    "territory_claim": "territory_claims",
}

#: Top-level keys a gold file may carry besides its record lists.
_DOCUMENT_KEYS = ("doc", "published", "source", "url", "comment")


class GoldFormatError(ValueError):
    """A gold file that cannot be scored; the message names the file and the field."""


# -- gold ---------------------------------------------------------------------


@attrs.frozen
class GoldRecord:
    """One hand-coded record, with its evidence located in the article.

    ``fields`` is the record as written in the gold file; ``spans`` are every
    occurrence of its ``evidence`` and ``evidence_alt`` strings (for a
    statement, also of ``content_contains``) in the article text.
    """

    type: str
    where: str
    fields: Mapping[str, Any] = attrs.field(eq=False)
    spans: tuple[Span, ...]
    optional: bool = False

    @property
    def evidence(self) -> str:
        return str(self.fields["evidence"])


@attrs.frozen
class GoldDocument:
    """A parsed gold file: the article it codes and its gold records."""

    path: Path
    doc: str
    published: datetime.date | None
    records: tuple[GoldRecord, ...]
    source: str | None = None
    url: str | None = None


def _occurrences(text: str, needle: str) -> list[Span]:
    """Every (possibly overlapping) occurrence of ``needle`` in ``text``."""
    spans = []
    start = text.find(needle)
    while start != -1:
        spans.append(Span(start, start + len(needle)))
        start = text.find(needle, start + 1)
    return spans


class _Checker:
    """Reads the fields of one gold file, raising errors that name the file and field."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def fail(self, where: str, message: str) -> GoldFormatError:
        return GoldFormatError(f"{self.path}: {where}: {message}")

    def string(
        self, data: Mapping[str, Any], key: str, where: str, *, required: bool
    ) -> str | None:
        value = data.get(key)
        if value is None:
            if required:
                raise self.fail(f"{where}.{key}" if where else key, "missing or null")
            return None
        if not isinstance(value, str) or not value.strip():
            raise self.fail(
                f"{where}.{key}" if where else key, f"expected a non-empty string, got {value!r}"
            )
        return value

    def choice(self, data: Mapping[str, Any], key: str, where: str, allowed: Iterable[str]) -> str:
        allowed = tuple(allowed)
        value = data.get(key)
        if value not in allowed:
            shown = "missing" if key not in data else repr(value)
            raise self.fail(f"{where}.{key}", f"{shown}, expected one of {', '.join(allowed)}")
        return str(value)

    def integer(self, data: Mapping[str, Any], key: str, where: str) -> int | None:
        value = data.get(key)
        if value is not None and (isinstance(value, bool) or not isinstance(value, int)):
            raise self.fail(f"{where}.{key}", f"expected an integer or null, got {value!r}")
        return value


def _check_record(
    check: _Checker, record_type: str, where: str, data: Any, text: str
) -> GoldRecord:
    if not isinstance(data, Mapping):
        raise check.fail(where, f"expected an object, got {type(data).__name__}")
    evidence = check.string(data, "evidence", where, required=True)
    assert evidence is not None
    needles = [("evidence", evidence)]
    alternatives = data.get("evidence_alt", [])
    if not isinstance(alternatives, list):
        raise check.fail(
            f"{where}.evidence_alt", f"expected a list of strings, got {alternatives!r}"
        )
    for i, alternative in enumerate(alternatives):
        if not isinstance(alternative, str) or not alternative:
            raise check.fail(
                f"{where}.evidence_alt[{i}]", f"expected a string, got {alternative!r}"
            )
        needles.append((f"evidence_alt[{i}]", alternative))
    optional = data.get("optional", False)
    if not isinstance(optional, bool):
        raise check.fail(f"{where}.optional", f"expected true or false, got {optional!r}")

    if record_type == "round":
        check.choice(data, "status", where, (s.value for s in RoundStatus))
        check.integer(data, "ordinal", where)
        check.string(data, "place_ar", where, required=False)
        check.string(data, "place", where, required=False)
    elif record_type == "exchange":
        check.choice(data, "kind", where, (k.value for k in ExchangeKind))
        check.integer(data, "count", where)
    elif record_type == "statement":
        # Both null: an anonymous source the text does not name (the corpus README makes
        # those optional); any speaker the output gives it agrees.
        check.string(data, "speaker_ar", where, required=False)
        check.string(data, "speaker", where, required=False)
        content = check.string(data, "content_contains", where, required=False)
        if content is not None:
            needles.append(("content_contains", content))
    elif record_type == "territory_claim":
        check.choice(data, "kind", where, (k.value for k in ClaimKind))
        territory_ar = check.string(data, "territory_ar", where, required=False)
        territory = check.string(data, "territory", where, required=False)
        if territory_ar is None and territory is None:
            raise check.fail(f"{where}.territory_ar", "a claim needs territory_ar or territory")

    spans: list[Span] = []
    for key, needle in needles:
        found = _occurrences(text, needle)
        if not found:
            raise check.fail(f"{where}.{key}", f"{needle!r} does not occur in the article text")
        spans.extend(found)
    return GoldRecord(record_type, where, dict(data), tuple(sorted(set(spans))), optional)


def load_gold(path: Path | str, text_dir: Path | str) -> tuple[GoldDocument, str]:
    """Parse and check the gold file at ``path``; return it with its article's text.

    Raises :class:`GoldFormatError`, naming the file and the field, when the
    file is not JSON, a field is missing or has a bad value, the article is
    not in ``text_dir``, or an evidence string does not occur in the article.
    """
    path = Path(path)
    check = _Checker(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise GoldFormatError(f"{path}: cannot read: {error.strerror or error}") from error
    except UnicodeDecodeError as error:
        raise GoldFormatError(f"{path}: not UTF-8 (byte {error.start})") from error
    except json.JSONDecodeError as error:
        raise GoldFormatError(
            f"{path}: invalid JSON at line {error.lineno} column {error.colno}: {error.msg}"
        ) from error
    except RecursionError:  # [[[[…: the decoder recurses once a level
        raise GoldFormatError(
            f"{path}: invalid JSON: arrays or objects nested too deeply"
        ) from None
    if not isinstance(data, dict):
        raise GoldFormatError(f"{path}: expected a JSON object, got {type(data).__name__}")
    unknown = sorted(set(data) - set(_DOCUMENT_KEYS) - set(RECORD_TYPES.values()))
    if unknown:
        allowed = ", ".join((*_DOCUMENT_KEYS, *RECORD_TYPES.values()))
        raise check.fail(unknown[0], f"unknown key (allowed: {allowed})")

    doc = check.string(data, "doc", "", required=True)
    assert doc is not None
    published_value = data.get("published")
    published = None
    if published_value is not None:
        try:
            published = datetime.date.fromisoformat(str(published_value))
        except ValueError:
            raise check.fail(
                "published", f"expected YYYY-MM-DD or null, got {published_value!r}"
            ) from None
    text_path = Path(text_dir) / doc
    try:
        # Bytes decoded as is (no newline translation), as `negotext extract` reads them.
        text = text_path.read_bytes().decode("utf-8")
    except (OSError, ValueError) as error:  # ValueError: not UTF-8, or a NUL in the name
        raise check.fail("doc", f"cannot read the article {str(text_path)!r}: {error}") from error

    records: list[GoldRecord] = []
    for record_type, key in RECORD_TYPES.items():
        items = data.get(key, [])
        if not isinstance(items, list):
            raise check.fail(key, f"expected a list, got {type(items).__name__}")
        for i, item in enumerate(items):
            records.append(_check_record(check, record_type, f"{key}[{i}]", item, text))
    gold = GoldDocument(
        path=path,
        doc=doc,
        published=published,
        records=tuple(records),
        source=check.string(data, "source", "", required=False),
        url=check.string(data, "url", "", required=False),
    )
    return gold, text


# -- matching -----------------------------------------------------------------


def _norm(text: str) -> str:
    return " ".join(normalize_text(text).split())


def _surface_agrees(gold: str | None, output: str | None) -> bool:
    """Normalised surface forms agree: equal, or one contains the other."""
    if not gold or not output:
        return False
    a, b = _norm(gold), _norm(output)
    return bool(a and b) and (a in b or b in a)


def _name_agrees(gold: str | None, output: str | None) -> bool:
    """Whether two canonical (Latin-script) names are the same name: compared without case
    or accents, since coders write "Ocalan" or "Imrali" where the gazetteer has "Öcalan" and
    "İmralı"."""
    return bool(gold and output) and _folded(str(gold)) == _folded(str(output))


def _folded(name: str) -> str:
    """A name without case or combining marks ("İmralı" → "imrali")."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return bare.replace("ı", "i")


def _entity_agrees(gold_ar: str | None, gold_name: str | None, entity: Entity | None) -> bool:
    """A gold entity (surface form and/or canonical name) against an output entity."""
    if entity is None:
        return gold_ar is None and gold_name is None
    return _surface_agrees(gold_ar, entity.text) or _name_agrees(gold_name, entity.name)


def _enum_value(value: Any) -> Any:
    return getattr(value, "value", value)


def _field_agreement(gold: GoldRecord, record: Record) -> dict[str, bool]:
    """Whether each key field of ``record`` agrees with ``gold`` (the fields a match is decided on)."""
    g = gold.fields
    if isinstance(record, Round):
        return {
            "status": _enum_value(record.status) == g.get("status"),
            "ordinal": record.ordinal == g.get("ordinal"),
            "place": _entity_agrees(g.get("place_ar"), g.get("place"), record.place),
        }
    if isinstance(record, Exchange):
        return {
            "kind": _enum_value(record.kind) == g.get("kind"),
            "count": record.count == g.get("count"),
        }
    if isinstance(record, Statement):
        if g.get("speaker_ar") is None and g.get("speaker") is None:
            return {"speaker": True}
        return {
            "speaker": _surface_agrees(g.get("speaker_ar"), record.speaker.text)
            or _name_agrees(g.get("speaker"), record.speaker.name)
        }
    if isinstance(record, TerritoryClaim):
        return {
            "kind": _enum_value(record.kind) == g.get("kind"),
            "territory": _surface_agrees(g.get("territory_ar"), record.territory.text)
            or _name_agrees(g.get("territory"), record.territory.name),
        }
    return {"type": False}


def _fields_agree(gold: GoldRecord, record: Record) -> bool:
    return all(_field_agreement(gold, record).values())


def _record_spans(record: Record) -> tuple[Span, ...]:
    if isinstance(record, Statement):
        return (record.evidence, record.content)
    return (record.evidence,)


def _overlaps(gold: GoldRecord, record: Record) -> bool:
    return any(a.overlaps(b) for a in _record_spans(record) for b in gold.spans)


def matches(gold: GoldRecord, record: Record) -> bool:
    """Whether output ``record`` finds ``gold``: same type, overlapping evidence, key fields agree."""
    return record.type == gold.type and _overlaps(gold, record) and _fields_agree(gold, record)


def _max_matching(
    golds: Sequence[int], outputs: Sequence[int], edges: Callable[[int, int], bool]
) -> dict[int, int]:
    """A maximum one-to-one matching (Kuhn's augmenting paths): ``{output: gold}``."""
    owner: dict[int, int] = {}

    def augment(gold: int, seen: set[int]) -> bool:
        for output in outputs:
            if output in seen or not edges(gold, output):
                continue
            seen.add(output)
            if output not in owner or augment(owner[output], seen):
                owner[output] = gold
                return True
        return False

    for gold in golds:
        augment(gold, set())
    return owner


# -- scores -------------------------------------------------------------------


#: The key fields of each record type, in the order reports list them.
KEY_FIELDS: dict[str, tuple[str, ...]] = {
    "round": ("status", "ordinal", "place"),
    "exchange": ("kind", "count"),
    "statement": ("speaker",),
    "territory_claim": ("kind", "territory"),
}


@attrs.frozen
class FieldAgreement:
    """Where the misses of one record type are: not located at all, or located with a wrong field.

    A required gold record is *located* when some output record of its type
    overlaps its evidence, whatever its fields say. For each located record,
    ``agreed[field]`` counts whether the closest such output (the one that
    matched it, or else the one agreeing on the most key fields) has that
    field right. Record F1 counts a record with one wrong field as a miss and
    an extra; these figures say which field it was.
    """

    required: int = 0
    located: int = 0
    agreed: Mapping[str, int] = attrs.field(factory=dict, eq=False)

    @property
    def location_rate(self) -> float:
        return self.located / self.required if self.required else 0.0

    def rate(self, field: str) -> float:
        """The share of located records whose ``field`` agrees (0.0 when none is located)."""
        return self.agreed.get(field, 0) / self.located if self.located else 0.0

    def __add__(self, other: FieldAgreement) -> FieldAgreement:
        agreed = dict(self.agreed)
        for field, count in other.agreed.items():
            agreed[field] = agreed.get(field, 0) + count
        return FieldAgreement(self.required + other.required, self.located + other.located, agreed)

    def to_dict(self) -> dict[str, Any]:
        return {
            "required": self.required,
            "located": self.located,
            "location_rate": round(self.location_rate, 4),
            "agreement": {field: round(self.rate(field), 4) for field in self.agreed},
        }

    def describe(self, record_type: str) -> str:
        fields = "".join(
            f"  {field} {self.rate(field):.3f}"
            for field in KEY_FIELDS.get(record_type, tuple(self.agreed))
        )
        return (
            f"{record_type:<16}located {self.located}/{self.required} ({self.location_rate:.3f});"
            f" of those, right{fields}"
        )


@attrs.frozen
class Score:
    """True positives, false positives and false negatives, and the figures they give.

    ``ignored`` counts output records that matched only an optional gold
    record. A ratio whose denominator is zero is reported as 0.0. ``fields``
    says where the misses are (:class:`FieldAgreement`).
    """

    tp: int = 0
    fp: int = 0
    fn: int = 0
    ignored: int = 0
    fields: FieldAgreement = attrs.field(factory=FieldAgreement, eq=False)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: Score) -> Score:
        return Score(
            self.tp + other.tp,
            self.fp + other.fp,
            self.fn + other.fn,
            self.ignored + other.ignored,
            self.fields + other.fields,
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "ignored": self.ignored,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "fields": self.fields.to_dict(),
        }


def _key_fields(record_type: str, source: Mapping[str, Any] | Record) -> dict[str, Any]:
    """The fields a match is decided on, for a gold record (mapping) or an output record."""
    if isinstance(source, Mapping):
        keys = {
            "round": ("status", "ordinal", "place_ar", "place"),
            "exchange": ("kind", "count"),
            "statement": ("speaker_ar", "speaker"),
            "territory_claim": ("kind", "territory_ar", "territory"),
        }[record_type]
        return {key: source.get(key) for key in keys}

    def entity(value: Entity | None) -> str | None:
        if value is None:
            return None
        return value.text if value.name is None else f"{value.text} ({value.name})"

    if isinstance(source, Round):
        return {
            "status": source.status.value,
            "ordinal": source.ordinal,
            "place": entity(source.place),
        }
    if isinstance(source, Exchange):
        return {"kind": source.kind.value, "count": source.count}
    if isinstance(source, Statement):
        return {"speaker": entity(source.speaker)}
    if isinstance(source, TerritoryClaim):
        return {"kind": source.kind.value, "territory": entity(source.territory)}
    return {}


@attrs.frozen
class Mismatch:
    """A miss (a gold record nothing found) or an extra (an output record that matched no gold).

    ``near`` describes, for a miss, the output records of the same type whose
    evidence overlaps but whose key fields disagree: the usual reason for it.
    """

    kind: str  # "miss" or "extra"
    doc: str
    type: str
    evidence: str
    start: int | None
    end: int | None
    fields: Mapping[str, Any] = attrs.field(eq=False)
    extractor: str | None = None
    where: str | None = None
    near: tuple[Mapping[str, Any], ...] = attrs.field(default=(), eq=False)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "kind": self.kind,
            "doc": self.doc,
            "type": self.type,
            "evidence": self.evidence,
            "start": self.start,
            "end": self.end,
            "fields": dict(self.fields),
        }
        if self.kind == "miss":
            data["gold"] = self.where
            data["near"] = [dict(n) for n in self.near]
        else:
            data["extractor"] = self.extractor
        return data

    def describe(self) -> str:
        fields = ", ".join(f"{k}={v!r}" for k, v in self.fields.items() if v is not None)
        origin = f" [{self.where}]" if self.kind == "miss" else f" [{self.extractor}]"
        position = f"{self.start}-{self.end}" if self.start is not None else "?"
        lines = [f"{self.kind.upper():5} {self.doc} {self.type} {position}{origin} {fields}"]
        lines.append(f"      evidence: {self.evidence}")
        for near in self.near:
            shown = ", ".join(f"{k}={v!r}" for k, v in near.items() if k != "wrong")
            wrong = near.get("wrong")
            label = f"near (wrong {', '.join(wrong)})" if wrong else "near"
            lines.append(f"      {label}: {shown}")
        return "\n".join(lines)


@attrs.frozen
class Report:
    """The scores of one evaluation: per record type, micro-averaged, and every mismatch."""

    scores: Mapping[str, Score] = attrs.field(eq=False)
    mismatches: tuple[Mismatch, ...] = ()
    documents: int = 0
    #: Extractor failures, one line each ("plugin 'x' failed on document 'y': ...").
    errors: tuple[str, ...] = ()

    @property
    def micro(self) -> Score:
        total = Score()
        for score in self.scores.values():
            total = total + score
        return total

    @property
    def misses(self) -> list[Mismatch]:
        return [m for m in self.mismatches if m.kind == "miss"]

    @property
    def extras(self) -> list[Mismatch]:
        return [m for m in self.mismatches if m.kind == "extra"]

    def to_dict(self) -> dict[str, Any]:
        return {
            "documents": self.documents,
            "types": {name: score.to_dict() for name, score in self.scores.items()},
            "micro": self.micro.to_dict(),
            "errors": list(self.errors),
            "misses": [m.to_dict() for m in self.misses],
            "extras": [m.to_dict() for m in self.extras],
        }

    def format(self, verbose: bool = False) -> str:
        """The report as a table (and, when ``verbose``, every miss and extra)."""
        header = f"{'type':<16}{'tp':>5}{'fp':>5}{'fn':>5}{'precision':>11}{'recall':>8}{'f1':>7}"
        lines = [f"{self.documents} documents", header]
        rows = [*self.scores.items(), ("micro", self.micro)]
        for name, s in rows:
            lines.append(
                f"{name:<16}{s.tp:>5}{s.fp:>5}{s.fn:>5}"
                f"{s.precision:>11.3f}{s.recall:>8.3f}{s.f1:>7.3f}"
            )
        lines.append(
            "where the misses are (located: an output of the type overlaps the gold evidence):"
        )
        for name, s in self.scores.items():
            lines.append("  " + s.fields.describe(name))
        if verbose:
            for mismatch in self.mismatches:
                lines.append(mismatch.describe())
        return "\n".join(lines)


def score_extraction(
    gold: GoldDocument, text: str, extraction: Extraction
) -> tuple[dict[str, Score], list[Mismatch]]:
    """Score one article's output against its gold records."""
    scores: dict[str, Score] = {}
    mismatches: list[Mismatch] = []
    for record_type in RECORD_TYPES:
        golds = [g for g in gold.records if g.type == record_type]
        outputs = [r for r in extraction.records if r.type == record_type]

        def edge(
            g: int, o: int, golds: list[GoldRecord] = golds, outputs: list[Record] = outputs
        ) -> bool:
            return matches(golds[g], outputs[o])

        required = [i for i, g in enumerate(golds) if not g.optional]
        optional = [i for i, g in enumerate(golds) if g.optional]
        found = _max_matching(required, range(len(outputs)), edge)
        left = [o for o in range(len(outputs)) if o not in found]
        found_optional = _max_matching(optional, left, edge)
        matched_golds = set(found.values())
        #: For each required gold record nothing matched: the outputs that overlap it, and
        #: which of their key fields agree (the misses' reasons, and where they are).
        overlapping = {
            i: [(r, _field_agreement(golds[i], r)) for r in outputs if _overlaps(golds[i], r)]
            for i in required
            if i not in matched_golds
        }
        fields = _locate(len(required), len(matched_golds), overlapping.values(), record_type)

        for i, nearby in overlapping.items():
            g = golds[i]
            near = tuple(
                {
                    "extractor": r.extractor,
                    "evidence": r.evidence.slice(text),
                    **_key_fields(record_type, r),
                    "wrong": [f for f, ok in agreement.items() if not ok],
                }
                for r, agreement in nearby
            )
            first = g.spans[0]
            mismatches.append(
                Mismatch(
                    "miss",
                    gold.doc,
                    record_type,
                    g.evidence,
                    first.start,
                    first.end,
                    _key_fields(record_type, g.fields),
                    where=g.where,
                    near=near,
                )
            )
        for o, record in enumerate(outputs):
            if o in found or o in found_optional:
                continue
            mismatches.append(
                Mismatch(
                    "extra",
                    gold.doc,
                    record_type,
                    record.evidence.slice(text),
                    record.evidence.start,
                    record.evidence.end,
                    _key_fields(record_type, record),
                    extractor=record.extractor,
                )
            )
        scores[record_type] = Score(
            tp=len(found),
            fp=len(outputs) - len(found) - len(found_optional),
            fn=len(required) - len(found),
            ignored=len(found_optional),
            fields=fields,
        )
    return scores, mismatches


def _locate(
    required: int,
    matched: int,
    overlapping: Iterable[Sequence[tuple[Record, Mapping[str, bool]]]],
    record_type: str,
) -> FieldAgreement:
    """How many required gold records some output overlaps, and which key fields the closest has right.

    A matched record is located with every field right; for an unmatched one, ``overlapping``
    gives the outputs over its evidence with their field agreement (none: not located).
    """
    agreed = dict.fromkeys(KEY_FIELDS.get(record_type, ()), matched)
    located = matched
    for nearby in overlapping:
        if not nearby:
            continue
        located += 1
        closest = max((agreement for _, agreement in nearby), key=lambda a: sum(a.values()))
        for field, ok in closest.items():
            agreed[field] = agreed.get(field, 0) + ok
    return FieldAgreement(required, located, agreed)


def evaluate(gold_dir: Path | str, text_dir: Path | str) -> Report:
    """Run the pipeline over the articles the gold files in ``gold_dir`` name and score it.

    Every ``*.json`` file in ``gold_dir`` (not recursive) is a gold file; its
    ``doc`` names the article in ``text_dir``. All gold files are checked
    before anything runs, so a malformed one fails fast with a
    :class:`GoldFormatError` naming the file and the field. Extractor failures
    do not stop the evaluation: they are listed in ``Report.errors``.
    """
    gold_dir = Path(gold_dir)
    if not gold_dir.is_dir():
        raise GoldFormatError(f"{gold_dir}: not a directory")
    paths = sorted(gold_dir.glob("*.json"))
    if not paths:
        raise GoldFormatError(f"{gold_dir}: no gold files (*.json)")
    loaded = [load_gold(path, text_dir) for path in paths]

    totals = {record_type: Score() for record_type in RECORD_TYPES}
    mismatches: list[Mismatch] = []
    errors: list[str] = []
    for gold, text in loaded:
        document = Document(
            text, id=gold.doc, published=gold.published, source=gold.source, url=gold.url
        )
        extraction = extract(document, errors="collect")
        errors.extend(str(error) for error in extraction.errors)
        scores, found = score_extraction(gold, text, extraction)
        for record_type, score in scores.items():
            totals[record_type] = totals[record_type] + score
        mismatches.extend(found)
    return Report(totals, tuple(mismatches), len(loaded), tuple(errors))
