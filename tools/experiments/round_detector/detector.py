"""A small learned detector of round mentions: candidates, features, labels, scoring.

Everything here needs only the standard library and negotext, so a model trained
elsewhere (``train.py``, scikit-learn) is applied with this module alone.

- **Candidates** are the occurrences, in ``Analysis.norm.text``, of a word of the
  rules' own round trigger lists (``round_nouns``, ``round_meet_past``,
  ``round_meet_present``, ``round_meet_future``), with the proclitics and endings
  the rules accept. ``WIDE_LEXICONS`` adds verbs that often carry a round with no
  round noun (hosting, signing, arriving, visiting, resuming); a model records
  which set it was trained on in its recipe.
- **Features** are binary strings: the trigger and its list, the words around it
  by relative position bucket (normalised and clitic-stripped), which of the
  rules' cue lists those words belong to, tense prefixes, whether the clause or
  sentence holds a gazetteer place, a date (future or past of publication) or an
  ordinal, and where the clause breaks and quotes are.
- **Labels** come from the gold: a candidate inside the evidence (or an
  ``evidence_alt``) of a required gold round is positive; one inside only an
  optional round's evidence is *ignored* (not trained on, not scored, never a
  false alarm), as ``negotext eval`` ignores optional records; the rest are
  negative.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import negotext
from negotext import Analysis, Document
from negotext.evaluate import GoldDocument, GoldRecord, load_gold, score_extraction

# The candidates, features and the model's scoring are the package's own, so that what is
# trained here is what the rounds extractor applies (no second copy to drift).
from negotext.extractors.round_model import (
    DEFAULT_RECIPE,
    STATUSES,
    Candidate,
    Model,
    candidates,
)

__all__ = ["DEFAULT_RECIPE", "STATUSES", "Candidate", "Model", "candidates"]

# -- gold --------------------------------------------------------------------------


@dataclass
class Article:
    """One gold article: its analysis, gold rounds, candidates and the rules' rounds."""

    batch: str
    gold: GoldDocument
    text: str
    analysis: Analysis
    rounds: list[GoldRecord]
    candidates: list[Candidate]
    rule_rounds: list[Any] = field(default_factory=list)
    rule_score: Any = None  # negotext eval's Score for rounds on this article


def batch_of(path: Path) -> str:
    """The batch a gold file belongs to: its ``x_`` or ``ab_`` prefix, else ``seed``."""
    m = re.match(r"([a-z]{1,2})_", path.name)
    return f"{m.group(1)}_" if m else "seed"


def label(article_rounds: Sequence[GoldRecord], cands: Iterable[Candidate]) -> None:
    for c in cands:
        inside = [
            i for i, g in enumerate(article_rounds) if any(s.overlaps(c.span) for s in g.spans)
        ]
        c.gold = tuple(inside)
        required = [i for i in inside if not article_rounds[i].optional]
        if required:
            c.label = 1
            c.status = str(article_rounds[required[0]].fields["status"])
        elif inside:
            c.label = None
            c.status = str(article_rounds[inside[0]].fields["status"])
        else:
            c.label = 0


def load_articles(
    pairs: Sequence[tuple[str, str]], recipe: Mapping[str, Any] = DEFAULT_RECIPE, rules: bool = True
) -> list[Article]:
    """Read every gold file of each (gold dir, text dir) pair, its candidates and (optionally) the rules' output."""
    articles = []
    for gold_dir, text_dir in pairs:
        for path in sorted(Path(gold_dir).glob("*.json")):
            gold, text = load_gold(path, text_dir)
            analysis = Analysis(Document(text, id=gold.doc, published=gold.published))
            rounds = [g for g in gold.records if g.type == "round"]
            cands = candidates(analysis, recipe)
            label(rounds, cands)
            rule_rounds, rule_score = [], None
            if rules:
                extraction = negotext.extract(
                    Document(text, id=gold.doc, published=gold.published), errors="collect"
                )
                rule_rounds = [r for r in extraction.records if r.type == "round"]
                rule_score = score_extraction(gold, text, extraction)[0]["round"]
            articles.append(
                Article(
                    batch_of(path), gold, text, analysis, rounds, cands, rule_rounds, rule_score
                )
            )
    return articles


# -- the model ---------------------------------------------------------------------


# -- scoring -----------------------------------------------------------------------


@dataclass
class Tally:
    """What one detector (or the rules, or the booster) did on a set of articles."""

    required: int = 0
    located: int = 0
    alarms: int = 0  # predicted clusters / records that overlap no gold round at all
    outputs: int = 0  # predicted clusters / records
    tp: int = 0  # candidate level
    fp: int = 0
    fn: int = 0
    status_right: int = 0
    extras: int = 0  # rules only: negotext eval's extras (fp) for rounds

    def __add__(self, o: Tally) -> Tally:
        return Tally(*(getattr(self, k) + getattr(o, k) for k in self.__dataclass_fields__))

    @property
    def located_share(self) -> float:
        return self.located / self.required if self.required else 0.0

    def prf(self) -> tuple[float, float, float]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def clusters(predicted: Sequence[Candidate]) -> Iterator[list[Candidate]]:
    """Predicted-positive candidates grouped by sentence: one cluster a sentence."""
    by_sentence: dict[int, list[Candidate]] = {}
    for c in predicted:
        by_sentence.setdefault(c.sentence, []).append(c)
    yield from by_sentence.values()


def score_article(
    article: Article,
    probs: Sequence[float],
    threshold: float,
    statuses: Sequence[str] | None = None,
) -> dict[str, Tally]:
    """The model, the rules and the booster on one article."""
    rounds = article.rounds
    required = [i for i, g in enumerate(rounds) if not g.optional]
    model, rules, booster = (
        Tally(required=len(required)),
        Tally(required=len(required)),
        Tally(required=len(required)),
    )
    predicted = [c for c, p in zip(article.candidates, probs, strict=True) if p >= threshold]
    for c, p in zip(article.candidates, probs, strict=True):
        if c.label is None:
            continue
        if p >= threshold:
            model.tp += c.label == 1
            model.fp += c.label == 0
        else:
            model.fn += c.label == 1
    # located by the model, and the status of its most confident candidate there
    prob_of = {id(c): p for c, p in zip(article.candidates, probs, strict=True)}
    status_of = {
        id(c): s for c, s in zip(article.candidates, statuses or [None] * len(probs), strict=True)
    }
    model_located: set[int] = set()
    for i in required:
        inside = [c for c in predicted if i in c.gold]
        if inside:
            model_located.add(i)
            best = max(inside, key=lambda c: prob_of[id(c)])
            model.status_right += status_of[id(best)] == rounds[i].fields["status"]
    model.located = len(model_located)
    model_clusters = list(clusters(predicted))
    model.outputs = len(model_clusters)
    model.alarms = sum(1 for cl in model_clusters if not any(c.gold for c in cl))
    # the rules: a record locates a gold round when its evidence overlaps one
    rules_located: set[int] = set()
    for r in article.rule_rounds:
        hit = [i for i, g in enumerate(rounds) if any(s.overlaps(r.evidence) for s in g.spans)]
        rules_located.update(i for i in hit if not rounds[i].optional)
        rules.alarms += not hit
    for i in rules_located:
        best = [
            r for r in article.rule_rounds if any(s.overlaps(r.evidence) for s in rounds[i].spans)
        ]
        rules.status_right += any(str(r.status.value) == rounds[i].fields["status"] for r in best)
    rules.located = len(rules_located)
    rules.outputs = len(article.rule_rounds)
    if article.rule_score is not None:
        rules.extras = article.rule_score.fp
        assert rules.located == article.rule_score.fields.located, article.gold.doc
    # the booster: model clusters in sentences where the rules found no round
    rule_spans = [s for r in article.rule_rounds for s in (r.evidence, *r.mentions)]
    boost_located: set[int] = set()
    for cl in model_clusters:
        sentence = cl[0].sentence_span
        if any(s.overlaps(sentence) for s in rule_spans):
            continue
        booster.outputs += 1
        golds = {i for c in cl for i in c.gold}
        booster.alarms += not golds
        boost_located.update(i for i in golds if i in required and i not in rules_located)
    booster.located = len(rules_located | boost_located)
    booster.tp = len(boost_located)  # gold rounds the booster adds
    for i in boost_located:
        best = max((c for c in predicted if i in c.gold), key=lambda c: prob_of[id(c)])
        booster.status_right += status_of[id(best)] == rounds[i].fields["status"]
    # the trivial detector: every trigger word is a round mention
    every = Tally(required=len(required))
    every.located = sum(1 for i in required if any(i in c.gold for c in article.candidates))
    every_clusters = list(clusters(article.candidates))
    every.outputs = len(every_clusters)
    every.alarms = sum(1 for cl in every_clusters if not any(c.gold for c in cl))
    return {"model": model, "rules": rules, "booster": booster, "every": every}


def load_model(path: str | Path) -> Model:
    import json

    return Model.from_json(json.loads(Path(path).read_text(encoding="utf-8")))


def apply(model: Model, article: Article) -> tuple[list[float], list[str]]:
    probs = [model.score(c.features) for c in article.candidates]
    statuses = [model.status(c.features) for c in article.candidates]
    return probs, statuses
