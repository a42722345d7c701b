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

#: F1 over all 578 articles after the last batch (aa_) joined the repository at the end of
#: the session that re-coded the old gold to tools/blind/CONVENTIONS.md (round 0.833,
#: exchange 0.904, statement 0.894, territory 0.880; 0.886 once places with their preposition
#: told again, من X ومن Y, were one claim; round 0.834 once a verb of hosting with two
#: alternative subjects, قد تستضيفها جنيف أو تونس, named no venue; 0.845 once a party's
#: readiness to meet or host was coded proposed, rule 11; 0.845 (1517/223/332) once an expected
#: round was planned, rule 13; 0.846 once a postponed round's new date was its own planned
#: round, rule 9), less 0.003. Re-coding
#: gold or fixing an extractor moves a floor to the new F1 less 0.003, in the same commit.
FLOORS = {"round": 0.842, "exchange": 0.901, "statement": 0.891, "territory_claim": 0.883}


@pytest.fixture(scope="module")
def report() -> Report:
    return evaluate(BLIND / "gold", BLIND / "seeds")


def test_every_blind_article_has_its_gold(report: Report) -> None:
    assert (
        len(list((BLIND / "seeds").glob("*.txt")))
        == len(list((BLIND / "gold").glob("*.json")))
        == 578
    )


@pytest.mark.parametrize("record_type", sorted(FLOORS))
def test_blind_articles_keep_their_score(report: Report, record_type: str) -> None:
    score = report.scores[record_type]
    assert score.f1 >= FLOORS[record_type], (record_type, score)
