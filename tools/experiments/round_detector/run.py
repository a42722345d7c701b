"""Train, evaluate and cross-validate the learned round detector.

    python tools/experiments/round_detector/run.py train GOLD_DIR TEXT_DIR [GOLD_DIR TEXT_DIR ...] -o model.json
    python tools/experiments/round_detector/run.py evaluate model.json GOLD_DIR TEXT_DIR [--threshold T]
    python tools/experiments/round_detector/run.py lobo GOLD_DIR TEXT_DIR [GOLD_DIR TEXT_DIR ...] [--candidates core|wide]

``train`` and ``lobo`` need scikit-learn; ``evaluate`` needs only negotext.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from detector import DEFAULT_RECIPE, Tally, apply, load_articles, load_model, score_article


def _pairs(dirs: Sequence[str]) -> list[tuple[str, str]]:
    if len(dirs) % 2:
        raise SystemExit("run.py: error: give GOLD_DIR TEXT_DIR pairs")
    return [(dirs[i], dirs[i + 1]) for i in range(0, len(dirs), 2)]


def table(results: Mapping[str, Mapping[str, Tally]]) -> str:
    """Per batch and pooled: candidate P/R/F1, located share and false alarms of model, rules, booster."""
    head = (
        f"{'batch':<7}{'cand P':>7}{'R':>6}{'F1':>6} | {'model loc':>10}{'alarms':>7}{'status':>7}"
        f" | {'rules loc':>10}{'alarms':>7}{'extras':>7}{'status':>7}"
        f" | {'boost +loc':>10}{'alarms':>7}{'= loc':>10} | {'every trig':>10}{'alarms':>7}"
    )
    lines = [head, "-" * len(head)]
    pooled = {"model": Tally(), "rules": Tally(), "booster": Tally(), "every": Tally()}
    rows = list(results.items())
    for _, r in rows:
        for k in pooled:
            pooled[k] = pooled[k] + r[k]
    if len(rows) > 1:
        rows.append(("pooled", pooled))
    for name, r in rows:
        m, ru, bo = r["model"], r["rules"], r["booster"]
        p, rec, f = m.prf()

        def share(t: Tally, n: int | None = None) -> str:
            n = t.located if n is None else n
            return f"{n}/{t.required}"

        def st(t: Tally) -> str:
            return f"{t.status_right / t.located:.2f}" if t.located else "-"

        lines.append(
            f"{name:<7}{p:>7.2f}{rec:>6.2f}{f:>6.2f} | {share(m):>10}{m.alarms:>7}{st(m):>7}"
            f" | {share(ru):>10}{ru.alarms:>7}{ru.extras:>7}{st(ru):>7}"
            f" | {'+' + str(bo.tp):>10}{f'{bo.alarms}/{bo.outputs}':>7}{share(bo):>10}"
            f" | {share(r['every']):>10}{r['every'].alarms:>7}"
        )
    lines.append(
        "loc: required gold rounds located (a positive candidate / a rule record inside the evidence);"
        " alarms: model sentence-clusters or rule records overlapping no gold round;"
        " extras: negotext eval's round fp; status: share of located rounds whose status is right;"
        " boost: model clusters in sentences with no rule round (+loc: gold rounds the rules missed;"
        " alarms/clusters),"
        " = loc: rules and booster together; every trig: every trigger word taken as a round (the candidates' ceiling)."
    )
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="run.py", description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    t = sub.add_parser("train", help="train on gold sets, write the model as JSON")
    t.add_argument("dirs", nargs="+", metavar="GOLD_DIR TEXT_DIR")
    t.add_argument("-o", "--output", required=True)
    t.add_argument("--candidates", choices=("core", "wide"), default=DEFAULT_RECIPE["candidates"])
    t.add_argument(
        "--fixed",
        nargs=2,
        type=float,
        metavar=("C", "THRESHOLD"),
        help="skip the inner selection: train at this C (e.g. chosen by cv.py --by batch)",
    )
    t.add_argument(
        "--booster-threshold",
        type=float,
        default=None,
        help="record this booster threshold in the model's meta (e.g. chosen by cv.py --by batch)",
    )
    e = sub.add_parser("evaluate", help="apply a model to a gold set and compare with the rules")
    e.add_argument("model")
    e.add_argument("dirs", nargs="+", metavar="GOLD_DIR TEXT_DIR")
    e.add_argument("--threshold", type=float, default=None, help="override the model's threshold")
    e.add_argument(
        "--booster-threshold",
        type=float,
        default=None,
        help="also print the table at this threshold (default: the model file's booster_threshold)",
    )
    e.add_argument(
        "--per-batch", action="store_true", help="one row per file-name batch (a_, b_ …)"
    )
    e.add_argument(
        "--show", action="store_true", help="print the booster's additions and the model's alarms"
    )
    v = sub.add_parser("lobo", help="leave-one-batch-out experiment")
    v.add_argument("dirs", nargs="+", metavar="GOLD_DIR TEXT_DIR")
    v.add_argument("--candidates", choices=("core", "wide"), default=DEFAULT_RECIPE["candidates"])
    v.add_argument(
        "--fixed",
        nargs=2,
        type=float,
        metavar=("C", "THRESHOLD"),
        help="skip the inner selection: use this C and threshold in every fold",
    )
    v.add_argument("--json", help="write the per-batch tallies here")
    v.add_argument(
        "--no-mask-names",
        action="store_true",
        help="keep the words of gazetteer names and digits as they are (ablation)",
    )
    v.add_argument(
        "--sweep",
        nargs="+",
        type=float,
        default=[],
        metavar="T",
        help="also score the fold models at these thresholds (pooled and l_ rows)",
    )
    v.add_argument(
        "--without",
        action="append",
        default=[],
        choices=("words", "cues", "analysis"),
        help="ablation: leave a feature group out",
    )
    args = parser.parse_args(argv)

    if args.command == "train":
        from train import fit

        recipe = {**DEFAULT_RECIPE, "candidates": args.candidates}
        articles = load_articles(_pairs(args.dirs), recipe, rules=False)
        model = fit(articles, recipe, *(args.fixed or (None, None)))
        if args.booster_threshold is not None:
            model.meta["booster_threshold"] = args.booster_threshold
        Path(args.output).write_text(
            json.dumps(model.to_json(), ensure_ascii=False, separators=(",", ":")), encoding="utf-8"
        )
        print(
            f"wrote {args.output}: {len(model.weights)} weights, C={model.meta['C']}, "
            f"threshold={model.threshold}, inner LOBO candidate F1={model.meta['inner_lobo_candidate_f1'] or 0:.3f}"
        )
        return 0

    if args.command == "evaluate":
        model = load_model(args.model)
        thresholds = [model.threshold if args.threshold is None else args.threshold]
        booster = args.booster_threshold
        if booster is None and args.threshold is None:
            booster = model.meta.get("booster_threshold")
        if booster is not None and booster != thresholds[0]:
            thresholds.append(booster)
        articles = load_articles(_pairs(args.dirs), model.recipe)
        for threshold in thresholds:
            results: dict[str, dict[str, Tally]] = {}
            for a in articles:
                key = a.batch if args.per_batch else "all"
                probs, statuses = apply(model, a)
                row = results.setdefault(
                    key, {"model": Tally(), "rules": Tally(), "booster": Tally(), "every": Tally()}
                )
                for k, tally in score_article(a, probs, threshold, statuses).items():
                    row[k] = row[k] + tally
                if args.show:
                    _show(a, probs, threshold)
            print(f"{len(articles)} articles, threshold {threshold}")
            print(table(dict(sorted(results.items()))))
        return 0

    from train import lobo

    recipe = {
        **DEFAULT_RECIPE,
        "candidates": args.candidates,
        **dict.fromkeys(args.without, False),
        "mask_names": not args.no_mask_names,
    }
    articles = load_articles(_pairs(args.dirs), recipe)
    sweeps: dict[float, dict[str, dict[str, Tally]]] = {}
    results, models = lobo(
        articles, recipe, tuple(args.fixed) if args.fixed else None, args.sweep, sweeps
    )
    print(
        f"{len(articles)} articles, candidates: {args.candidates}, without: {args.without or 'nothing'}"
    )
    print(table(results))
    print(
        "per fold (C, threshold): "
        + ", ".join(f"{b} {m.meta['C']}/{m.threshold}" for b, m in models.items())
    )
    for t, by_batch in sweeps.items():
        print(f"\nthreshold {t} (every fold):")
        print(
            "\n".join(
                line
                for line in table(by_batch).splitlines()[:-1]
                if line.startswith(("batch", "l_", "pooled"))
            )
        )
    if args.json:
        Path(args.json).write_text(
            json.dumps(
                {b: {k: vars(t) for k, t in r.items()} for b, r in results.items()}, indent=1
            ),
            encoding="utf-8",
        )
    return 0


def _show(article, probs, threshold) -> None:  # type: ignore[no-untyped-def]
    from detector import clusters

    rule_spans = [s for r in article.rule_rounds for s in (r.evidence, *r.mentions)]
    predicted = [c for c, p in zip(article.candidates, probs, strict=True) if p >= threshold]
    for cl in clusters(predicted):
        sentence = cl[0].sentence_span
        boost = not any(s.overlaps(sentence) for s in rule_spans)
        real = any(c.gold for c in cl)
        if boost or not real:
            kind = ("BOOST " if boost else "") + ("real" if real else "ALARM")
            words = ", ".join(article.text[c.span.start : c.span.end] for c in cl)
            print(
                f"  {kind:<11} {article.gold.doc} [{words}] {article.text[sentence.start : sentence.end][:160]}"
            )


if __name__ == "__main__":
    raise SystemExit(main())
