"""Check a writer's batch of blind articles: every gold file loads with negotext's own gold checker.

    python tools/blind/validate.py OUTDIR      # OUTDIR holds texts/*.txt and gold/*.json

It checks format only (fields, enums, that every evidence, evidence_alt, content_contains and
*_ar string is an exact substring of its article); it extracts nothing, so a writer can run it
without seeing what negotext makes of the articles. Exit status 1 when anything is wrong.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from negotext.evaluate import GoldFormatError, load_gold

LISTS = ("rounds", "exchanges", "statements", "territory_claims")


def problems(outdir: Path) -> list[str]:
    """Every problem in the batch, one line each."""
    texts, golds = outdir / "texts", outdir / "gold"
    found: list[str] = []
    for path in sorted(golds.glob("*.json")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            if not (texts / str(data.get("doc"))).is_file():
                raise GoldFormatError(f"{path}: doc {data.get('doc')!r} is not a file in {texts}")
            missing = [key for key in LISTS if key not in data]
            if missing:
                raise GoldFormatError(f"{path}: missing record lists {missing}")
            load_gold(path, texts)
        except (GoldFormatError, ValueError, OSError) as error:
            found.append(f"{path.name}: {type(error).__name__}: {error}")
    n_texts, n_golds = len(list(texts.glob("*.txt"))), len(list(golds.glob("*.json")))
    if n_texts != n_golds:
        found.append(f"{n_texts} articles in {texts} but {n_golds} gold files in {golds}")
    return found


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    outdir = Path(argv[0])
    found = problems(outdir)
    for line in found:
        print("ERROR", line)
    print(f"{len(list((outdir / 'gold').glob('*.json')))} gold files, {len(found)} problems")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
