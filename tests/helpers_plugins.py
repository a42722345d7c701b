"""A test-only extractor plugin whose records the test decides, run alone.

``scripted_plugin(make_records)`` registers a plugin named ``test-scripted``
whose ``negotext_extract_records`` returns ``make_records(analysis)``,
disables every other extractor plugin (so the tests do not depend on the
built-in extractors, which are still being written), and puts everything
back afterwards.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable, Iterator

from negotext import Analysis, Record, hookimpl
from negotext.plugins import disable_plugin, enable_plugin, get_plugin_manager, list_plugins

PLUGIN_NAME = "test-scripted"

MakeRecords = Callable[[Analysis], Iterable[Record]]


class ScriptedPlugin:
    def __init__(self, make_records: MakeRecords) -> None:
        self.make_records = make_records

    @hookimpl
    def negotext_extract_records(self, analysis: Analysis) -> list[Record]:
        return list(self.make_records(analysis))


@contextlib.contextmanager
def scripted_plugin(make_records: MakeRecords) -> Iterator[None]:
    pm = get_plugin_manager()
    others = [
        info.name
        for info in list_plugins()
        if info.enabled and "negotext_extract_records" in info.hooks
    ]
    for name in others:
        disable_plugin(name)
    pm.register(ScriptedPlugin(make_records), name=PLUGIN_NAME)
    try:
        yield
    finally:
        pm.unregister(name=PLUGIN_NAME)
        for name in others:
            enable_plugin(name)
