"""The example plugin, as installed: discovered through its entry point, its records come out."""

from __future__ import annotations

import importlib.metadata
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import negotext
from negotext.cli import main
from negotext.plugins import get_resources, list_plugins
from negotext.serialize import from_json, to_json
from negotext_example import Ceasefire, CeasefireStatus

ARTICLE = (
    "أعلن الوسطاء التوصل إلى اتفاق على وقف إطلاق النار في قطاع غزة لمدة 6 أسابيع. "
    "وطالبت الأمم المتحدة بهدنة إنسانية في السودان. "
    "واتهمت الحكومة المتمردين بخرق الهدنة."
)


def test_is_installed_and_discovered_through_its_entry_point() -> None:
    dist = importlib.metadata.distribution("negotext-example")
    (entry_point,) = [ep for ep in dist.entry_points if ep.group == "negotext"]
    assert (entry_point.name, entry_point.value) == ("ceasefire", "negotext_example.ceasefire")
    info = next(p for p in list_plugins() if p.name == "ceasefire")
    assert info.enabled
    assert info.version == dist.version
    assert info.hooks == (
        "negotext_extract_records",
        "negotext_register_gazetteer",
        "negotext_register_record_types",
    )


def test_record_type_is_registered() -> None:
    assert get_resources().record_types["ceasefire"] is Ceasefire


def test_records_come_out_of_extract() -> None:
    result = negotext.extract(ARTICLE, id="doc")
    ceasefires = result.of_type(Ceasefire)
    assert [(c.status, c.term, c.duration_days) for c in ceasefires] == [
        (CeasefireStatus.AGREED, "وقف إطلاق النار", 42),
        (CeasefireStatus.DEMANDED, "هدنة", None),
        (CeasefireStatus.VIOLATED, "هدنة", None),
    ]
    first = ceasefires[0]
    assert ARTICLE[first.evidence.start : first.evidence.end] == "اتفاق على وقف إطلاق النار"
    assert all(c.extractor == "ceasefire" for c in ceasefires)


def test_records_serialise_and_round_trip() -> None:
    result = negotext.extract(ARTICLE, id="doc")
    for record in result.of_type(Ceasefire):
        line = to_json(record, ARTICLE, "doc")
        assert json.loads(line)["type"] == "ceasefire"
        assert from_json(line) == record


def test_gazetteer_entry_is_registered_and_used() -> None:
    (entry,) = [
        e for e in get_resources().gazetteer.lookup("محور نتساريم") if e.name == "Netzarim Corridor"
    ]
    assert "ceasefire" in entry.sources  # merged with a built-in entry of the same name, if any
    text = "ودعت مصر إلى هدنة في محور نتساريم."
    (ceasefire,) = negotext.extract(text).of_type(Ceasefire)
    assert ceasefire.area is not None
    assert (ceasefire.area.text, ceasefire.area.name) == ("محور نتساريم", "Netzarim Corridor")


def test_format_is_registered_through_the_gazetteer_hook() -> None:
    text = "وانطلقت الجولة الثانية من مفاوضات شرم الشيخ بين الوفدين يوم الاثنين."
    (mention,) = negotext.Analysis(negotext.Document(text)).formats
    assert (mention.format.name, mention.format.venue) == (
        "Sharm El Sheikh Gaza talks",
        "Sharm El Sheikh",
    )
    assert not get_resources().gazetteer.lookup("مفاوضات شرم الشيخ")  # a format, no entity


def test_records_come_out_of_the_command(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, "utf-8")
    out, err = io.StringIO(), io.StringIO()
    assert main(["extract", str(tmp_path)], stdout=out, stderr=err) == 0, err.getvalue()
    records = [json.loads(line) for line in out.getvalue().splitlines()]
    ceasefires = [r for r in records if r["type"] == "ceasefire"]
    assert [r["status"] for r in ceasefires] == ["agreed", "demanded", "violated"]
    assert ceasefires[0]["doc"] == "a.txt"


def test_disable_for_one_run(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, "utf-8")
    out = io.StringIO()
    assert (
        main(["extract", "--disable", "ceasefire", str(tmp_path)], stdout=out, stderr=io.StringIO())
        == 0
    )
    assert '"type": "ceasefire"' not in out.getvalue()


def test_the_installed_negotext_program_finds_the_plugin(tmp_path: Path) -> None:
    """The console script, in a fresh process, discovers the plugin through its entry point."""
    (tmp_path / "a.txt").write_text(ARTICLE, "utf-8")
    script = Path(sys.executable).with_name("negotext")
    env = {key: value for key, value in os.environ.items() if not key.startswith("NEGOTEXT_")}
    result = subprocess.run(
        [str(script), "extract", str(tmp_path / "a.txt")],
        capture_output=True,
        env=env,
        check=False,
    )
    assert result.returncode == 0, result.stderr.decode("utf-8")
    types = [json.loads(line)["type"] for line in result.stdout.decode("utf-8").splitlines()]
    assert types.count("ceasefire") == 3
