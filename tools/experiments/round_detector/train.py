"""Training (scikit-learn) and the leave-one-batch-out experiment.

Only this module needs scikit-learn; the model it writes is plain JSON that
``detector.Model`` applies with the standard library.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from detector import STATUSES, Article, Model, Tally, apply, score_article
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression

#: Regularisation strengths tried by the inner leave-one-batch-out.
C_GRID = (0.1, 0.3, 1.0, 3.0)
THRESHOLDS = tuple(round(0.2 + 0.05 * i, 2) for i in range(13))  # 0.20 … 0.80
BOOSTER_THRESHOLD = 0.7
MIN_COUNT = 2  # a feature seen fewer times in training is dropped


def _examples(
    articles: Sequence[Article], keep: set[str], target: str
) -> tuple[list[dict[str, float]], list[Any]]:
    """Feature rows (only features in ``keep``) and targets of the candidates whose ``target``
    attribute (``label`` or ``status``) is set."""
    X, y = [], []
    for a in articles:
        for c in a.candidates:
            if getattr(c, target) is not None:
                X.append({f: 1.0 for f in c.features if f in keep})
                y.append(getattr(c, target))
    return X, y


def _vocabulary(articles: Sequence[Article]) -> set[str]:
    counts: dict[str, int] = {}
    for a in articles:
        for c in a.candidates:
            if c.label is None:
                continue
            for f in set(c.features):
                counts[f] = counts.get(f, 0) + 1
    return {f for f, n in counts.items() if n >= MIN_COUNT}


def _fit_detector(articles: Sequence[Article], C: float) -> tuple[dict[str, float], float]:
    keep = _vocabulary(articles)
    X, y = _examples(articles, keep, "label")
    vec = DictVectorizer()
    clf = LogisticRegression(C=C, max_iter=2000)
    clf.fit(vec.fit_transform(X), y)
    weights = {
        name: float(w)
        for name, w in zip(vec.get_feature_names_out(), clf.coef_[0], strict=True)
        if abs(w) > 1e-6
    }
    return weights, float(clf.intercept_[0])


def _fit_status(
    articles: Sequence[Article], C: float
) -> tuple[dict[str, dict[str, float]], dict[str, float]]:
    """A multinomial classifier of status over candidates inside gold rounds (optional ones too)."""
    keep = _vocabulary(articles)
    X, y = _examples(articles, keep, "status")
    vec = DictVectorizer()
    clf = LogisticRegression(C=C, max_iter=2000)
    clf.fit(vec.fit_transform(X), y)
    names = vec.get_feature_names_out()
    classes = [str(k) for k in clf.classes_]
    if len(classes) == 2:  # binary: sklearn keeps one row of weights, for classes[1]
        coef = [-clf.coef_[0], clf.coef_[0]]
        intercept = [-clf.intercept_[0], clf.intercept_[0]]
    else:
        coef, intercept = list(clf.coef_), list(clf.intercept_)
    weights = {
        s: {n: float(w) for n, w in zip(names, row, strict=True) if abs(w) > 1e-6}
        for s, row in zip(classes, coef, strict=True)
    }
    return weights, {s: float(b) for s, b in zip(classes, intercept, strict=True)}


def _oof_probs(articles: Sequence[Article], C: float) -> list[tuple[Article, list[float]]]:
    """Out-of-fold probabilities by leave-one-batch-out over ``articles``."""
    batches = sorted({a.batch for a in articles})
    out = []
    for b in batches:
        train = [a for a in articles if a.batch != b]
        weights, bias = _fit_detector(train, C)
        m = Model(weights, bias, 0.5, {}, {}, {})
        for a in articles:
            if a.batch == b:
                out.append((a, [m.score(c.features) for c in a.candidates]))
    return out


def _f1(scored: Sequence[tuple[Article, list[float]]], threshold: float) -> float:
    tp = fp = fn = 0
    for a, probs in scored:
        for c, p in zip(a.candidates, probs, strict=True):
            if c.label is None:
                continue
            if p >= threshold:
                tp += c.label
                fp += 1 - c.label
            else:
                fn += c.label
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def choose(articles: Sequence[Article]) -> tuple[float, float, float]:
    """C and threshold by an inner leave-one-batch-out over ``articles`` (candidate F1)."""
    best = (-1.0, 1.0, 0.5)
    for C in C_GRID:
        scored = _oof_probs(articles, C)
        for t in THRESHOLDS:
            f = _f1(scored, t)
            if f > best[0] + 1e-9:
                best = (f, C, t)
    return best[1], best[2], best[0]


def fit(
    articles: Sequence[Article],
    recipe: Mapping[str, Any],
    C: float | None = None,
    threshold: float | None = None,
) -> Model:
    """Train on ``articles``; C and threshold chosen by inner leave-one-batch-out unless given."""
    inner_f1 = None
    if C is None or threshold is None:
        C, threshold, inner_f1 = choose(articles)
    weights, bias = _fit_detector(articles, C)
    status_weights, status_bias = _fit_status(articles, C)
    meta = {
        "learner": "scikit-learn LogisticRegression (L2, lbfgs)",
        "C": C,
        "inner_lobo_candidate_f1": inner_f1,
        "trained_on": sorted({a.batch for a in articles}),
        "articles": len(articles),
        "candidates": sum(1 for a in articles for c in a.candidates if c.label is not None),
        "positives": sum(1 for a in articles for c in a.candidates if c.label == 1),
        "statuses": list(STATUSES),
        # the threshold suggested for the booster reading (README: fewer alarms, same gain)
        "booster_threshold": BOOSTER_THRESHOLD,
    }
    return Model(weights, bias, threshold, status_weights, status_bias, dict(recipe), meta)


def lobo(
    articles: Sequence[Article],
    recipe: Mapping[str, Any],
    fixed: tuple[float, float] | None = None,
    sweep: Sequence[float] = (),
    sweeps: dict[float, dict[str, dict[str, Tally]]] | None = None,
) -> tuple[dict[str, dict[str, Tally]], dict[str, Model]]:
    """Leave one batch out: per held-out batch, the model's, the rules' and the booster's tallies.

    With ``sweep``, the fold models are also scored at each of those thresholds, into ``sweeps``.
    """
    if sweeps is None:
        sweeps = {}
    results: dict[str, dict[str, Tally]] = {}
    models: dict[str, Model] = {}
    for b in sorted({a.batch for a in articles}):
        train = [a for a in articles if a.batch != b]
        test = [a for a in articles if a.batch == b]
        model = fit(train, recipe, *(fixed or (None, None)))
        models[b] = model
        total = {"model": Tally(), "rules": Tally(), "booster": Tally(), "every": Tally()}
        for a in test:
            probs, statuses = apply(model, a)
            for k, t in score_article(a, probs, model.threshold, statuses).items():
                total[k] = total[k] + t
        results[b] = total
        if sweep:
            for t in sweep:
                row = sweeps.setdefault(t, {}).setdefault(
                    b, {"model": Tally(), "rules": Tally(), "booster": Tally(), "every": Tally()}
                )
                for a in test:
                    probs, statuses = apply(model, a)
                    for k, tally in score_article(a, probs, t, statuses).items():
                        row[k] = row[k] + tally
    return results, models
