"""Load one of the repository's scripts (``tools/…``) as a module, for the tests of its functions.

The scripts are not part of the installed package, so the tests load them by path.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]


def load_tool(relative_path: str) -> ModuleType:
    """The script at ``ROOT / relative_path`` (e.g. ``tools/build_cities.py``), imported."""
    path = ROOT / relative_path
    spec = importlib.util.spec_from_file_location(path.stem, path)
    if spec is None or spec.loader is None:
        raise ImportError(f"{path}: not a Python script")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
