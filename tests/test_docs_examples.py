"""The ``>>>`` examples in the documentation run, and print what the page says they print.

Each fenced ``python`` block of README.md and docs/*.md that holds a ``>>>`` prompt is a
doctest; the blocks of one page share their names, in page order, as a reader typing them
would. An example nobody runs drifts from the code (one in docs/titles.md did).
"""

from __future__ import annotations

import doctest
from pathlib import Path

import pytest
import regex

ROOT = Path(__file__).resolve().parent.parent
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
FENCE = regex.compile(r"^```python[ \t]*\n(.*?)^```[ \t]*$", regex.MULTILINE | regex.DOTALL)


def _pages_with_examples() -> list[Path]:
    return [p for p in PAGES if any(">>>" in b for b in FENCE.findall(p.read_text("utf-8")))]


def test_the_documentation_has_examples_to_run() -> None:
    assert len(_pages_with_examples()) >= 5


@pytest.mark.parametrize("page", _pages_with_examples(), ids=lambda p: p.name)
def test_a_page_s_examples_run_as_written(page: Path) -> None:
    text = page.read_text("utf-8")
    parser = doctest.DocTestParser()
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    globs: dict[str, object] = {}
    for block in FENCE.finditer(text):
        if ">>>" not in block.group(1):
            continue
        line = text.count("\n", 0, block.start(1))
        test = parser.get_doctest(block.group(1), globs, page.name, str(page), line)
        runner.run(test, clear_globs=False)
        globs.update(test.globs)  # a DocTest runs in a copy: carry the page's names on
    result = runner.summarize(verbose=False)
    assert result.failed == 0, f"{result.failed} of {result.attempted} examples in {page.name} fail"
