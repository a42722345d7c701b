"""How far two annotators' gold for the same articles agree, scored as `negotext eval` scores output.

    python tools/blind/agreement.py GOLD_A GOLD_B TEXT_DIR

GOLD_A and GOLD_B hold gold files (``*.json``) coding the same articles in TEXT_DIR. Each of
B's required records is turned into the output record it describes and scored against A with
the scorer's own rules (overlapping evidence, key fields agreeing, A's optional records neither
rewarded nor penalised), then the other way round. The F1 of one coder against another is the
ceiling an extractor can be expected to reach against either: disagreement between careful
humans is not an extraction error.
"""

from __future__ import annotations

import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from negotext.document import Document
from negotext.evaluate import RECORD_TYPES, GoldRecord, Score, load_gold, score_extraction
from negotext.pipeline import Extraction
from negotext.records import Entity, Exchange, Record, Round, Span, Statement, TerritoryClaim


def _entity(surface: str | None, name: str | None, span: Span, kind: str) -> Entity | None:
    if surface is None and name is None:
        return None
    return Entity(text=surface or "", span=span, kind=kind, name=name)


def as_output(gold: GoldRecord) -> Record:
    """The output record a required gold record describes, its evidence the first occurrence."""
    f: Mapping[str, Any] = gold.fields
    span = gold.spans[0]
    common = {"evidence": span, "extractor": "annotator"}
    if gold.type == "round":
        return Round(
            status=f["status"],
            ordinal=f.get("ordinal"),
            place=_entity(f.get("place_ar"), f.get("place"), span, "place"),
            **common,
        )
    if gold.type == "exchange":
        return Exchange(kind=f["kind"], status=f["status"], count=f.get("count"), **common)
    if gold.type == "statement":
        speaker = _entity(f.get("speaker_ar"), f.get("speaker"), span, "person")
        return Statement(
            speaker=speaker or Entity(text="", span=span, kind="anonymous"),
            content=gold.spans[-1],
            direct=bool(f.get("direct")),
            verb=f.get("verb_ar") or "",
            **common,
        )
    territory = _entity(f.get("territory_ar"), f.get("territory"), span, "place")
    return TerritoryClaim(
        territory=territory or Entity(text="", span=span, kind="place"), kind=f["kind"], **common
    )


def agreement(gold_a: Path, gold_b: Path, text_dir: Path) -> tuple[dict[str, Score], int]:
    """B scored against A, summed over the articles both code (the others are left out)."""
    totals: dict[str, Score] = {t: Score(0, 0, 0) for t in RECORD_TYPES}
    both = sorted({p.name for p in gold_a.glob("*.json")} & {p.name for p in gold_b.glob("*.json")})
    for name in both:
        a, text = load_gold(gold_a / name, text_dir)
        b, _ = load_gold(gold_b / name, text_dir)
        outputs = tuple(as_output(g) for g in b.records if not g.optional)
        extraction = Extraction(document=Document(text), records=outputs)
        scores, _ = score_extraction(a, text, extraction)
        for record_type, score in scores.items():
            totals[record_type] = totals[record_type] + score
    return totals, len(both)


def main(argv: list[str]) -> int:
    if len(argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    gold_a, gold_b, text_dir = (Path(p) for p in argv)
    names_a = {p.name for p in gold_a.glob("*.json")}
    names_b = {p.name for p in gold_b.glob("*.json")}
    for folder, alone in ((gold_a, names_a - names_b), (gold_b, names_b - names_a)):
        if alone:
            print(f"{len(alone)} gold files only in {folder}, left out", file=sys.stderr)
    for label, (first, second) in (
        ("B against A", (gold_a, gold_b)),
        ("A against B", (gold_b, gold_a)),
    ):
        totals, documents = agreement(first, second, text_dir)
        print(f"{label} ({documents} articles)")
        for record_type, s in totals.items():
            print(
                f"  {record_type:16} tp={s.tp:4} fp={s.fp:4} fn={s.fn:4}"
                f"  P={s.precision:.3f} R={s.recall:.3f} F1={s.f1:.3f}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
