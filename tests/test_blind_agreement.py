"""tools/blind/agreement.py: one coder's gold scored against another's with eval's rules."""

from __future__ import annotations

import importlib.util
import json
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
TOOL = ROOT / "tools" / "blind" / "agreement.py"
SEEDS = ROOT / "tests" / "corpus" / "seeds"
GOLD = ROOT / "tests" / "corpus" / "gold"


@pytest.fixture(scope="module")
def agreement():
    spec = importlib.util.spec_from_file_location("blind_agreement", TOOL)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_coder_agrees_with_itself(agreement):
    totals, documents = agreement.agreement(GOLD, GOLD, SEEDS)
    assert documents == len(list(GOLD.glob("*.json")))
    for record_type, score in totals.items():
        assert score.fp == score.fn == 0, record_type
        assert score.tp > 0, record_type


def test_a_changed_key_field_is_a_disagreement(agreement, tmp_path):
    first = tmp_path / "first"
    second = tmp_path / "second"
    shutil.copytree(GOLD, first)
    shutil.copytree(GOLD, second)
    path = next(p for p in sorted(second.glob("*.json")) if json.loads(p.read_text("utf-8"))["rounds"])
    data = json.loads(path.read_text("utf-8"))
    round_ = next(r for r in data["rounds"] if not r.get("optional"))
    round_["ordinal"] = (round_.get("ordinal") or 0) + 7
    path.write_text(json.dumps(data, ensure_ascii=False), "utf-8")

    totals, _ = agreement.agreement(first, second, SEEDS)
    assert totals["round"].fp == 1
    assert totals["round"].fn == 1
    assert totals["exchange"].fp == totals["exchange"].fn == 0


def test_an_article_only_one_coder_coded_is_skipped_and_said(agreement, tmp_path, capsys):
    first = tmp_path / "first"
    first.mkdir()
    one = sorted(GOLD.glob("*.json"))[0]
    shutil.copy(one, first)
    _totals, documents = agreement.agreement(first, GOLD, SEEDS)
    assert documents == 1
    assert "not in" in capsys.readouterr().err
