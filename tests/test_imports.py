"""Every module of negotext imports on its own, whatever was imported before it.

An import cycle between two modules goes unseen while the suite imports them in a lucky
order (a test of the package first); a user or a plugin importing the second one alone gets
an ImportError. Each module is imported here in a fresh set of negotext modules.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap

_SCRIPT = textwrap.dedent(
    """
    import importlib, pkgutil, sys
    import negotext
    names = sorted(m.name for m in pkgutil.walk_packages(negotext.__path__, "negotext."))
    failed = []
    for name in names:
        for loaded in [m for m in sys.modules if m == "negotext" or m.startswith("negotext.")]:
            del sys.modules[loaded]
        try:
            importlib.import_module(name)
        except Exception as error:  # report every module that fails, not the first only
            failed.append(f"{name}: {type(error).__name__}: {error}")
    print(len(names))
    print("\\n".join(failed))
    """
)


def test_every_module_imports_alone() -> None:
    result = subprocess.run(
        [sys.executable, "-c", _SCRIPT], capture_output=True, text=True, check=True
    )
    count, *failures = result.stdout.strip().split("\n")
    assert int(count) > 50  # the walk found the package's modules
    assert [f for f in failures if f] == []
