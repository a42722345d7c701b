"""How the extractors do on the five seed articles, the issue's acceptance set.

Issue 5 asks for F1 >= 0.85 on the seeds for rounds, exchanges and territory claims; they are
at 1.000, and statements at 0.988. With ten rounds in all, one stray record costs 0.05, far
less than the acceptance bar would notice: a grouping change once split a seed's round in two
and every other gate (train and fresh blind batches, the acceptance bar) let it through. Each
type must keep the F1 it has now, so a change that costs a seed record says so here; a change
that is right and costs one anyway moves the floor in the same commit, saying why.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from negotext.evaluate import Report, evaluate

CORPUS = Path(__file__).parent / "corpus"

#: The issue's acceptance bar for the three record types it names.
ACCEPTANCE = {"round": 0.85, "exchange": 0.85, "territory_claim": 0.85}

#: F1 on the seeds at 070a6330 (1.000 for rounds, exchanges and territory; statements 42/1/0).
FLOORS = {"round": 1.0, "exchange": 1.0, "statement": 0.988, "territory_claim": 1.0}


@pytest.fixture(scope="module")
def report() -> Report:
    return evaluate(CORPUS / "gold", CORPUS / "seeds")


@pytest.mark.parametrize("record_type", sorted(ACCEPTANCE))
def test_the_seeds_meet_the_issues_acceptance_bar(report: Report, record_type: str) -> None:
    score = report.scores[record_type]
    assert score.f1 >= ACCEPTANCE[record_type], (record_type, score)


@pytest.mark.parametrize("record_type", sorted(FLOORS))
def test_the_seeds_keep_their_score(report: Report, record_type: str) -> None:
    score = report.scores[record_type]
    assert score.f1 >= FLOORS[record_type] - 1e-9, (record_type, score)
