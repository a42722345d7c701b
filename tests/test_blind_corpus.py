"""How the extractors do on the blind articles of ``tests/corpus/blind``.

Helper sessions that never saw the code wrote these articles and coded their gold before any
extractor read them (see its README); most were later studied to fix the extractors, and the
last batches were held out. Each record type must keep the F1 it had over all of them when they
joined the repository, less about two misses' worth, so that a rule fitted to one construction
at the cost of others shows up here. Do not tune rules to these sentences: new blind articles,
scored once before anyone studies them, are the honest measure of a change.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from negotext.evaluate import Report, evaluate

BLIND = Path(__file__).parent / "corpus" / "blind"

#: F1 over all 1469 articles after the last batch (ar_, twenty-sixth session) joined the
#: repository and that session's fixes: round 0.887, exchange 0.926, statement 0.923,
#: territory 0.903, less 0.003 (rounded down). Re-coding gold or fixing an extractor moves a
#: floor to the new F1 less 0.003, in the same commit.
FLOORS = {"round": 0.884, "exchange": 0.923, "statement": 0.920, "territory_claim": 0.900}


@pytest.fixture(scope="module")
def report() -> Report:
    return evaluate(BLIND / "gold", BLIND / "seeds")


def test_every_blind_article_has_its_gold(report: Report) -> None:
    assert (
        len(list((BLIND / "seeds").glob("*.txt")))
        == len(list((BLIND / "gold").glob("*.json")))
        == 1469
    )


@pytest.mark.parametrize("record_type", sorted(FLOORS))
def test_blind_articles_keep_their_score(report: Report, record_type: str) -> None:
    score = report.scores[record_type]
    assert score.f1 >= FLOORS[record_type], (record_type, score)
