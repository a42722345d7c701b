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

#: F1 over all 522 articles after the last batch (z_) joined the repository and the session's
#: last fixes (round 0.846, exchange 0.889, statement 0.890, territory 0.875), less about two
#: misses' worth. Re-coding old gold to tools/blind/CONVENTIONS.md moves a type's floor to its
#: new F1 less 0.003: territory 0.864 after rule 2 (one claim for a list of places), 0.868
#: after rule 3 (an anaphoric territory as written); exchange 0.902 after rules 1 and 1' (a
#: swap is one exchange with count_other), 0.904 after rule 8 (a total and its breakdown);
#: statement 0.893 after rule 10 (an interview answer without a speech verb is optional);
#: round 0.850 after rule 5 (a government offering to host is no venue; rule 6, alternative
#: venues, leaves it there); territory 0.872 after rule 7 (استولى is control), 0.865 after
#: rule 2 on lists coded with one evidence per place; 0.887 once the extractor joins named
#: places in a row into one claim too.
FLOORS = {"round": 0.846, "exchange": 0.901, "statement": 0.890, "territory_claim": 0.884}


@pytest.fixture(scope="module")
def report() -> Report:
    return evaluate(BLIND / "gold", BLIND / "seeds")


def test_every_blind_article_has_its_gold(report: Report) -> None:
    assert (
        len(list((BLIND / "seeds").glob("*.txt")))
        == len(list((BLIND / "gold").glob("*.json")))
        == 522
    )


@pytest.mark.parametrize("record_type", sorted(FLOORS))
def test_blind_articles_keep_their_score(report: Report, record_type: str) -> None:
    score = report.scores[record_type]
    assert score.f1 >= FLOORS[record_type], (record_type, score)
