"""Golden cases as data: ``tests/cases/<kind>/*.json``, one article and its expected records each.

Known failures run too, as strict xfails, so a fix that makes one pass is reported.
"""

from __future__ import annotations

import json
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
