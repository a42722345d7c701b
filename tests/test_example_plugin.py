"""The example plugin package in plugins/ is a well-formed, separately installable plugin.

Its behaviour is tested by its own suite (plugins/negotext-example/tests, run by tox with the
package installed); here, in the core suite, only its packaging is checked, and that it works
when registered on the plugin manager by hand (entry points are off in the core suite).
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from negotext.plugins import get_plugin_manager

PACKAGE = Path(__file__).parent.parent / "plugins" / "negotext-example"


@pytest.mark.skipif(sys.version_info < (3, 11), reason="tomllib is new in Python 3.11")
def test_declares_an_entry_point_in_the_negotext_group() -> None:
    import tomllib

    project = tomllib.loads((PACKAGE / "pyproject.toml").read_text("utf-8"))
    assert project["build-system"]["build-backend"] == "hatchling.build"
    assert "negotext>=0.1" in project["project"]["dependencies"]
    entry_points = project["project"]["entry-points"]["negotext"]
    assert entry_points == {"ceasefire": "negotext_example.ceasefire"}
    module = PACKAGE / "src" / Path(*entry_points["ceasefire"].split(".")).with_suffix(".py")
    assert module.is_file()
    assert (PACKAGE / "tests").is_dir()
    assert (PACKAGE / "README.md").is_file()


def test_registered_by_hand_its_records_come_out() -> None:
    if importlib.util.find_spec("negotext_example") is None:
        pytest.skip("the example plugin is not installed (tox installs it)")
    import negotext
    from negotext_example import ceasefire

    pm = get_plugin_manager()
    if pm.is_registered(ceasefire):
        pytest.skip("the example plugin is already loaded through its entry point")
    pm.register(ceasefire, name="ceasefire-by-hand")
    try:
        result = negotext.extract("واتفق الطرفان على هدنة لمدة 3 أيام.")
    finally:
        pm.unregister(name="ceasefire-by-hand")
    (record,) = [r for r in result if r.type == "ceasefire"]
    assert (record.status.value, record.duration_days) == ("agreed", 3)  # type: ignore[attr-defined]
    assert all(r.type != "ceasefire" for r in negotext.extract("هدنة"))
