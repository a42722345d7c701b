"""Score one version of negotext's extractors on pooled batches of blind articles.

    python tools/blind/score_batches.py SRC BATCH_DIR [BATCH_DIR ...]

SRC is a ``src`` folder of any commit (``git archive <sha> src | tar -x -C /tmp/base``), so a
new batch can be scored at the commit it arrived at and again later, with the same scorer;
each BATCH_DIR holds ``texts/`` (or ``seeds/``) and ``gold/``. Prints per record type tp, fp,
fn, precision, recall, F1 and, where SRC's scorer reports it, where the misses are (located
share and per-field agreement; see docs/eval.md).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

RUN = "import sys; from negotext.cli import main; sys.exit(main())"


def main(argv: list[str]) -> int:
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    src, batches = argv[0], [Path(d) for d in argv[1:]]
    with tempfile.TemporaryDirectory() as tmp:
        texts, golds = Path(tmp, "texts"), Path(tmp, "gold")
        texts.mkdir()
        golds.mkdir()
        for batch in batches:
            folder = batch / "texts" if (batch / "texts").is_dir() else batch / "seeds"
            for path in folder.glob("*.txt"):
                shutil.copy(path, texts)
            for path in (batch / "gold").glob("*.json"):
                shutil.copy(path, golds)
        env = dict(os.environ, PYTHONPATH=src)
        done = subprocess.run(
            [sys.executable, "-c", RUN, "eval", "--json", str(golds), str(texts)],
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
    if not done.stdout.strip():
        print(done.stderr, file=sys.stderr)
        return 2
    report = json.loads(done.stdout)
    print(f"{report['documents']} documents, extractors from {src}")
    for name, s in report["types"].items():
        line = (
            f"{name:16} tp={s['tp']:4} fp={s['fp']:4} fn={s['fn']:4}"
            f"  P={s['precision']:.3f} R={s['recall']:.3f} F1={s['f1']:.3f}"
        )
        fields = s.get("fields")
        if fields:
            agreement = " ".join(f"{k}={v:.2f}" for k, v in fields["agreement"].items())
            line += f"  located {fields['located']}/{fields['required']} ({fields['location_rate']:.2f}) {agreement}"
        print(line)
    for error in report.get("errors", []):
        print("ERROR", error)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
