"""Golden cases as data: ``tests/cases/<kind>/*.json``, one article and its expected records each.

Known failures run too, as strict xfails, so a fix that makes one pass is reported.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import pytest

CASES = Path(__file__).parent / "cases"


def case_params(kind: str) -> list[Any]:
    """One ``pytest.param`` per case file of ``kind``, named after the file."""
    params = []
    for path in sorted((CASES / kind).glob("*.json")):
        case = json.loads(path.read_text(encoding="utf-8"))
        marks = (
            [pytest.mark.xfail(reason=case["comment"], strict=True)]
            if case["category"] == "known_failure"
            else []
        )
        params.append(pytest.param(path, marks=marks, id=path.stem))
    return params


def assert_case_found(
    case: dict[str, Any],
    found: Sequence[object],
    matches: Callable[[dict[str, Any], Any, str], bool],
) -> None:
    """Every expected record of ``case`` is in ``found`` and nothing else is.

    Each expected record takes one found record that ``matches`` it. Optional
    records may be missing, and are matched last, so that an optional one
    cannot take a required one's match.
    """
    unmatched = list(found)
    for expected in sorted(case["expected"], key=lambda e: bool(e.get("optional"))):
        wanted = {k: v for k, v in expected.items() if k != "optional"}
        match = next((r for r in unmatched if matches(wanted, r, case["input"])), None)
        if match is None:
            assert expected.get("optional"), f"missing {expected} ({case['comment']})"
            continue
        unmatched.remove(match)
    assert unmatched == [], case["comment"]
