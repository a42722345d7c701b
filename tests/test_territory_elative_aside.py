"""A pronoun or relative after an aside opened by an elative names the place described.

"مدينة X، أكبر مدن إقليم Y، … سيطروا عليها"، "محطة X، أكبر محطة في أوروبا، التي …": the place
inside the aside is the measure of the one before it, not what the pronoun or the relative
clause refers back to. Sentences are composed for the tests.
"""

from __future__ import annotations

import pytest

from negotext.analysis import Analysis
from negotext.document import Document
from negotext.extractors.territory import find_territory_claims
from negotext.records import TerritoryClaim


def claims_of(text: str) -> list[TerritoryClaim]:
    return find_territory_claims(Analysis(Document(text)))


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        (
            "ولا يزال المتمردون يحيطون بمدينة غوما، أكبر مدن إقليم شمال كيفو، منذ أسابيع "
            "بعد أن سيطروا عليها في الشتاء الماضي.",
            "كيفو",
        ),
        (
            "وقد دخل الجنود محطة زابوريجيا، وهي الأكبر في أوروبا، في ربيع ذلك العام، "
            "وما زالوا يديرونها حتى اليوم.",
            "أوروبا",
        ),
    ],
)
def test_pronoun_after_elative_aside_is_not_the_aside_place(text: str, wrong: str) -> None:
    found = [c for c in claims_of(text) if c.kind == "control"]
    assert found, "no control read"
    assert all(wrong not in c.territory.text for c in found), [c.territory.text for c in found]


@pytest.mark.parametrize(
    ("text", "territory"),
    [
        (
            "ولا يزال الجيش يحاصر مدينة غوما، أكبر مدينة في إقليم شمال كيفو، التي سيطر "
            "عليها المتمردون في الشتاء الماضي.",
            "مدينة غوما",
        ),
        (
            "وتقع على النهر محطة زابوريجيا، أكبر محطة للطاقة في أوروبا، التي استولت عليها "
            "القوات الروسية قبل عامين.",
            "محطة زابوريجيا",
        ),
    ],
)
def test_relative_after_elative_aside_names_the_described_place(text: str, territory: str) -> None:
    found = [c for c in claims_of(text) if c.kind == "control"]
    assert [c.territory.text for c in found] == [territory]
