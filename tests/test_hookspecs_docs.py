"""Meta-tests: every hook is specified, documented with its exact signature, and tested.

Shaped like datasette's ``tests/test_docs.py``: the hook specifications are the
source of truth, and ``docs/plugins.md`` and the test suite must keep up.
"""

from __future__ import annotations

import inspect
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from negotext import hookspecs

ROOT = Path(__file__).parent.parent
DOCS = ROOT / "docs" / "plugins.md"
TESTS = Path(__file__).parent

HOOKS: dict[str, Callable[..., Any]] = {
    name: function
    for name, function in vars(hookspecs).items()
    if name.startswith("negotext_") and hasattr(function, f"{hookspecs.PROJECT_NAME}_spec")
}


def signature_of(function: Callable[..., Any]) -> str:
    """``name(param: Type, ...) -> Return`` as written in the source."""
    signature = inspect.signature(function)
    params = ", ".join(
        f"{p.name}: {p.annotation}" if p.annotation is not inspect.Parameter.empty else p.name
        for p in signature.parameters.values()
    )
    returns = signature.return_annotation
    suffix = f" -> {returns}" if returns is not inspect.Signature.empty else ""
    return f"{function.__name__}({params}){suffix}"


def documented_hooks() -> dict[str, str]:
    """``### negotext_…(…)`` headings under ``## Hooks`` in docs/plugins.md, by hook name."""
    text = DOCS.read_text(encoding="utf-8")
    match = re.search(r"^## Hooks\s*$(.*?)(?=^## |\Z)", text, re.M | re.S)
    assert match, "docs/plugins.md has no '## Hooks' section"
    return {
        heading.split("(", 1)[0]: heading
        for heading in re.findall(r"^### (negotext_\w+\(.*)$", match.group(1), re.M)
    }


def test_there_are_hooks() -> None:
    assert {
        "negotext_extract_records",
        "negotext_register_gazetteer",
        "negotext_register_record_types",
    } <= set(HOOKS)


@pytest.mark.parametrize("name", sorted(HOOKS))
def test_hook_names_follow_the_house_pattern(name: str) -> None:
    assert re.fullmatch(r"negotext_[a-z]+_[a-z_]+", name)
    if name.startswith("negotext_register_"):
        assert list(inspect.signature(HOOKS[name]).parameters) == ["register"]


@pytest.mark.parametrize("name", sorted(HOOKS))
def test_hookspec_docstring_says_when_params_and_return(name: str) -> None:
    function = HOOKS[name]
    doc = inspect.getdoc(function)
    assert doc, f"{name} has no docstring"
    assert doc.startswith("Called "), f"{name}: the docstring must open by saying when it is called"
    for param in inspect.signature(function).parameters:
        assert f":param {param}:" in doc, f"{name}: parameter {param!r} is not documented"
    assert re.search(r"\bReturn", doc), f"{name}: the docstring must say what to return"
    spec = getattr(function, f"{hookspecs.PROJECT_NAME}_spec")
    if spec.get("firstresult"):
        assert "Stops at first non-None result" in doc, name


@pytest.mark.parametrize("name", sorted(HOOKS))
def test_hook_is_documented_with_its_exact_signature(name: str) -> None:
    documented = documented_hooks()
    assert name in documented, f"{name} is missing from docs/plugins.md '## Hooks'"
    assert documented[name] == signature_of(HOOKS[name]).replace("'", "")


def test_docs_list_no_hook_that_does_not_exist() -> None:
    assert set(documented_hooks()) <= set(HOOKS)


@pytest.mark.parametrize("name", sorted(HOOKS))
def test_every_hook_is_implemented_by_some_test(name: str) -> None:
    """Some test module (not this one) defines an implementation of the hook."""
    pattern = re.compile(rf"^\s*def {name}\(", re.M)
    implementing = [
        path.name
        for path in sorted(TESTS.rglob("*.py"))
        if path.name != Path(__file__).name and pattern.search(path.read_text(encoding="utf-8"))
    ]
    assert implementing, f"no test implements {name}"


def test_signature_of() -> None:
    def negotext_example(register: Callable[[str], None]) -> None: ...

    assert signature_of(negotext_example) == (
        "negotext_example(register: Callable[[str], None]) -> None"
    )
