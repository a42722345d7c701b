"""The built-in rounds extractor (STUB: filled in by a later issue)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from negotext.hookspecs import hookimpl

if TYPE_CHECKING:
    from negotext.analysis import Analysis
    from negotext.records import Record


@hookimpl
def negotext_extract_records(analysis: Analysis) -> Iterator[Record]:
    yield from ()
