"""Writer-grouped cross-validation of the learned round detector, scored on the whole pipeline.

The leave-one-batch-out in ``train.py`` scores the model alone (candidates, located rounds).
What matters is what the rounds extractor makes of it: a trigger the rules give no status
becomes a round when the model's probability reaches ``round_model.BOOST_THRESHOLD``. This
script measures exactly that: for each fold it trains a model on the other writers' articles,
runs the rounds extractor on the fold's articles with that model in place of the shipped one,
and scores the rounds with ``negotext eval``'s matching (round tp / fp / fn, F1).

Folds are **grouped by writer**: the ``wNN`` of the file name, else the batch letter (a_ … g_
were one writer each), the seed articles one more group that is always trained on and never
tested. No fold ever trains and tests on articles by one writer. ``--by batch`` leaves one
file-name batch (``x_``) out instead, as ``train.py``'s selection does.

    python tools/experiments/round_detector/cv.py GOLD TEXT [GOLD TEXT ...] \
        --config shipped --config rules --config core:C=1 --config core:C=0.3:t=0.6 ...

    python tools/experiments/round_detector/cv.py report TSV [BASE_CONFIG]

A config is ``rules`` (no booster), ``oracle`` (the gold's labels and statuses as the
booster: the most any model could add through it), ``shipped`` (the weights in the package, not retrained),
or ``RECIPE[:key=value…]`` where RECIPE is ``core`` or ``wide`` and the keys are ``C`` (L2
strength, default 1), ``t`` (the booster threshold, default 0.7), ``words=0``, ``cues=0``,
``analysis=0`` (feature groups), ``train=BATCHES`` (only batches before this letter, e.g.
``train=m`` for the old configuration's a_ … l_), ``asked=1`` (train only on the triggers
the rules ask the model about, the booster's own population). Needs scikit-learn.
"""

from __future__ import annotations

import argparse
import dataclasses
import re
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from detector import DEFAULT_RECIPE, Article, Model, batch_of, load_articles

import negotext
from negotext import Document
from negotext.evaluate import Score, score_extraction
from negotext.extractors import round_model
from negotext.plugins import disable_plugin

OTHER_EXTRACTORS = (
    "negotext.extractors.statements",
    "negotext.extractors.exchanges",
    "negotext.extractors.territory",
)


def writer_of(name: str) -> str:
    m = re.search(r"_(w\d\d)_", name)
    if m:
        return m.group(1)
    b = batch_of(Path(name))
    return b


def folds_of(articles: Sequence[Article], k: int) -> dict[str, int]:
    """Writer → fold: writers in order of their number, dealt round the folds (so every fold
    holds writers of early and late batches); the seeds are in no fold."""
    writers = sorted({writer_of(a.gold.doc + ".json") for a in articles} - {"seed"})
    return {w: i % k for i, w in enumerate(writers)}


def batch_key(batch: str) -> tuple[int, str]:
    """File-name batches in the order they came: a_ … z_, then aa_, ab_ …"""
    return len(batch), batch


def batch_folds(articles: Sequence[Article]) -> dict[str, int]:
    """Batch → fold (leave one batch out): one fold a file-name batch; the seeds in none."""
    batches = sorted({a.batch for a in articles} - {"seed"})
    return {b: i for i, b in enumerate(batches)}


@dataclass
class Config:
    name: str
    kind: str  # rules | shipped | core | wide
    C: float = 1.0
    threshold: float = 0.7
    recipe: dict[str, Any] | None = None
    train_before: str | None = None  # only batches whose letter is before this
    asked: bool = False  # train only on the triggers the rules ask the model about


def parse_config(text: str) -> Config:
    head, *rest = text.split(":")
    if head in ("rules", "shipped", "oracle"):
        cfg = Config(text, head)
        for item in rest:
            k, v = item.split("=")
            if k == "t":
                cfg.threshold = float(v)
        return cfg
    recipe = {**DEFAULT_RECIPE, "candidates": head}
    cfg = Config(text, head, recipe=recipe)
    for item in rest:
        k, v = item.split("=")
        if k == "C":
            cfg.C = float(v)
        elif k == "t":
            cfg.threshold = float(v)
        elif k == "train":
            cfg.train_before = v
        elif k == "asked":
            cfg.asked = v not in ("0", "false", "no")
        elif k in ("words", "cues", "analysis", "mask_names"):
            recipe[k] = v not in ("0", "false", "no")
        elif k == "window":
            recipe["window"] = int(v)
        else:
            raise SystemExit(f"cv.py: unknown config key {k}")
    return cfg


def asked_triggers(articles: Sequence[Article]) -> dict[str, set[tuple[int, int]]]:
    """Per article, the normalised ranges of the triggers the rounds extractor asks the model
    about (those no rule gives a status): the only ones the booster is ever applied to."""
    from negotext.extractors import rounds

    asked: dict[str, set[tuple[int, int]]] = {}
    original = rounds._Reader._model_status
    current: set[tuple[int, int]] = set()

    def spy(self: Any, start: int, end: int) -> Any:
        current.add((start, end))
        return original(self, start, end)

    rounds._Reader._model_status = spy  # type: ignore[method-assign]
    try:
        for a in articles:
            current.clear()
            negotext.extract(
                Document(a.text, id=a.gold.doc, published=a.gold.published), errors="collect"
            )
            asked[a.gold.doc] = set(current)
    finally:
        rounds._Reader._model_status = original  # type: ignore[method-assign]
    return asked


def rounds_score(
    article: Article, model: Model | None, threshold: float, oracle: bool = False
) -> Score:
    """The rounds extractor on one article with ``model`` as the booster (None: no booster;
    ``oracle``: the gold's own labels and statuses, the ceiling of any booster)."""
    saved = round_model.builtin_model, round_model.BOOST_THRESHOLD, round_model.boosted
    try:
        if oracle:
            gold = [(c.start, c.end, 1.0, c.status) for c in article.candidates if c.label == 1]
            round_model.boosted = lambda analysis, model=None: gold  # type: ignore[assignment]
        elif model is None:
            round_model.boosted = lambda analysis, model=None: []  # type: ignore[assignment]
        else:
            round_model.builtin_model = lambda: model  # type: ignore[assignment]
            round_model.BOOST_THRESHOLD = threshold
        doc = Document(article.text, id=article.gold.doc, published=article.gold.published)
        extraction = negotext.extract(doc, errors="collect")
    finally:
        round_model.builtin_model, round_model.BOOST_THRESHOLD, round_model.boosted = saved
    return score_extraction(article.gold, article.text, extraction)[0]["round"]


def report(path: str, base: str = "shipped") -> None:
    """The ``--tsv`` lines as one table: F1 (tp/fp/fn) per config on all folds pooled, on the
    batches from m_ and from t_ (the shipped weights never saw them), on u_ and x_; then per
    fold, the difference from ``base`` on all articles and on t_ and later."""
    subsets = {
        "all": lambda b: True,
        "m_+": lambda b: b != "seed" and batch_key(b) >= batch_key("m_"),
        "t_+": lambda b: b != "seed" and batch_key(b) >= batch_key("t_"),
        "u_": lambda b: b == "u_",
        "x_": lambda b: b == "x_",
        "ad_": lambda b: b == "ad_",
    }
    agg: dict[tuple[str, ...], list[int]] = {}
    names: dict[str, None] = {}
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        name, f, _, b, *counts = line.split("\t")
        names[name] = None
        for s, keep in subsets.items():
            if keep(b):
                for key in ((name, s), (name, s, f)):
                    total = agg.setdefault(key, [0, 0, 0])
                    for i, n in enumerate(counts):
                        total[i] += int(n)

    def f1(key: tuple[str, ...]) -> float:
        tp, fp, fn = agg.get(key, [0, 0, 0])
        return 2 * tp / (2 * tp + fp + fn) if tp else 0.0

    print(f"{'config':<36}" + "".join(f"{s:>22}" for s in subsets))
    for n in names:
        cells = "".join(
            f"{f1((n, s)):>8.4f} {'/'.join(str(x) for x in agg.get((n, s), [0, 0, 0])):>13}"
            for s in subsets
        )
        print(f"{n:<36}{cells}")
    folds = sorted({k[2] for k in agg if len(k) == 3}, key=int)
    for s in ("all", "t_+"):
        print(f"per fold, F1 minus {base}'s ({s}):")
        for n in names:
            d = [f1((n, s, f)) - f1((base, s, f)) for f in folds]
            better, worse = sum(x > 1e-9 for x in d), sum(x < -1e-9 for x in d)
            print(
                f"  {n:<36}" + " ".join(f"{x:+.3f}" for x in d) + f"  better {better} worse {worse}"
            )


def main(argv: Sequence[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    if argv[:1] == ["report"]:
        report(*argv[1:3])
        return 0
    parser = argparse.ArgumentParser(prog="cv.py", description=__doc__.split("\n")[0])
    parser.add_argument("dirs", nargs="+")
    parser.add_argument("--config", action="append", required=True)
    parser.add_argument("--folds", type=int, default=8)
    parser.add_argument(
        "--by",
        choices=("writer", "batch"),
        default="writer",
        help="group folds by writer (--folds of them) or leave one file-name batch out",
    )
    parser.add_argument("--tsv", help="append one line per config and test article here")
    args = parser.parse_args(argv)
    from train import _fit_detector, _fit_status

    for name in OTHER_EXTRACTORS:
        disable_plugin(name)
    pairs = [(args.dirs[i], args.dirs[i + 1]) for i in range(0, len(args.dirs), 2)]
    configs = [parse_config(c) for c in args.config]
    recipes: dict[str, list[Article]] = {}
    for cfg in configs:
        key = repr(sorted((cfg.recipe or {}).items()))
        if cfg.recipe is not None and key not in recipes:
            recipes[key] = load_articles(pairs, cfg.recipe, rules=False)
    base = (
        next(iter(recipes.values()))
        if recipes
        else load_articles(pairs, DEFAULT_RECIPE, rules=False)
    )
    if args.by == "batch":
        fold = batch_folds(base)
        args.folds = len(set(fold.values()))

        def group(a: Article) -> int | None:
            return fold.get(a.batch)
    else:
        fold = folds_of(base, args.folds)

        def group(a: Article) -> int | None:
            return fold.get(writer_of(a.gold.doc + ".json"))

    asked: dict[str, set[tuple[int, int]]] = {}
    lines: list[str] = []  # one a config and test article, for --tsv
    fitted: dict[
        tuple[str, float, str | None, bool, int], Model
    ] = {}  # configs differing in t share
    for cfg in configs:
        t0 = time.time()
        articles = recipes[repr(sorted((cfg.recipe or {}).items()))] if cfg.recipe else base
        by_fold: dict[int, Score] = {}
        for f in range(args.folds):
            test = [a for a in articles if group(a) == f]
            model: Model | None = None
            if cfg.kind == "shipped":
                model = round_model.builtin_model()
            elif (
                cfg.recipe is not None
                and (
                    key := (repr(sorted(cfg.recipe.items())), cfg.C, cfg.train_before, cfg.asked, f)
                )
                in fitted
            ):
                model = fitted[key]
            elif cfg.recipe is not None:
                train = [
                    a
                    for a in articles
                    if group(a) != f
                    and (
                        cfg.train_before is None
                        or a.batch == "seed"
                        or batch_key(a.batch) < batch_key(f"{cfg.train_before}_")
                    )
                ]
                if cfg.asked:
                    asked = asked or asked_triggers(articles)
                    train = [
                        dataclasses.replace(
                            a,
                            candidates=[
                                c
                                for c in a.candidates
                                if any(x < c.end and c.start < y for x, y in asked[a.gold.doc])
                            ],
                        )
                        for a in train
                    ]
                weights, bias = _fit_detector(train, cfg.C)
                sw, sb = _fit_status(train, cfg.C)
                model = Model(weights, bias, 0.5, sw, sb, dict(cfg.recipe))
                fitted[repr(sorted(cfg.recipe.items())), cfg.C, cfg.train_before, cfg.asked, f] = (
                    model
                )
            total = Score()
            for a in test:
                s = rounds_score(a, model, cfg.threshold, cfg.kind == "oracle")
                total = total + s
                lines.append(f"{cfg.name}\t{f}\t{a.gold.doc}\t{a.batch}\t{s.tp}\t{s.fp}\t{s.fn}\n")
            by_fold[f] = total
        if args.tsv:  # written config by config, so that a run cut short keeps what it did
            with open(args.tsv, "a", encoding="utf-8") as out:
                out.writelines(lines)
            lines.clear()
        pooled = sum(by_fold.values(), Score())
        folds = " ".join(f"{by_fold[f].f1:.3f}" for f in sorted(by_fold))
        print(
            f"{cfg.name:<34} pooled F1 {pooled.f1:.4f} (tp {pooled.tp} fp {pooled.fp} fn {pooled.fn})"
            f" | folds {folds} | {time.time() - t0:.0f}s",
            flush=True,
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
