"""The built-in language data, registered as an ordinary plugin.

Gazetteer entries come from ``data/gazetteer/*.json`` (each a JSON list of
entries) and word lists from ``data/lexicons/<name>.txt`` (one word or phrase
a line, ``#`` starts a comment). Third-party plugins add to both through the
same hooks. ``data/gazetteer/formats.json`` holds negotiation formats, not
entities: each of its entries is registered with ``"type": "format"`` (the
file's default), the marker any plugin's format entry carries.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable, Iterable, Mapping
from importlib import resources
from typing import Any

from negotext.hookspecs import hookimpl

__all__ = ["DataFileError", "load_gazetteer_files", "load_lexicon_files"]

DATA = resources.files("negotext.ar") / "data"
#: The file of negotiation formats beside the gazetteer files (negotext.ar.formats).
FORMAT_FILE = "formats.json"
#: The ``type`` an entry of a file has when it gives none (negotext.ar.gazetteer.ENTRY_TYPES):
#: every entry of formats.json is a format; other files hold entities.
FILE_TYPES = {FORMAT_FILE: "format"}
#: Files of generated entries of the lowest priority (negotext.ar.gazetteer.GazetteerEntry.fallback):
#: GeoNames' towns, found only by the forms no other entry has (tools/build_geonames_places.py).
FALLBACK_FILES = frozenset({"places_geonames.json"})


class DataFileError(ValueError):
    """A data file that cannot be read; the message names the file and line."""


def _parse_lexicon(name: str, text: str) -> tuple[str, ...]:
    words: list[str] = []
    for number, line in enumerate(text.splitlines(), 1):
        word = line.split("#", 1)[0].strip()
        if not word:
            continue
        if "\t" in word:
            raise DataFileError(
                f"{name}:{number}: a lexicon line holds one word or phrase, got {line!r}"
            )
        words.append(word)
    return tuple(words)


@functools.cache
def load_lexicon_files() -> dict[str, tuple[str, ...]]:
    """Every ``data/lexicons/*.txt`` file as ``{lexicon name: words}``."""
    folder = DATA / "lexicons"
    lexicons: dict[str, tuple[str, ...]] = {}
    for item in sorted(folder.iterdir(), key=lambda p: p.name):
        if item.name.endswith(".txt"):
            lexicons[item.name[: -len(".txt")]] = _parse_lexicon(
                f"lexicons/{item.name}", item.read_text(encoding="utf-8")
            )
    return lexicons


@functools.cache
def load_gazetteer_files() -> tuple[Mapping[str, Any], ...]:
    """Every entry of every ``data/gazetteer/*.json`` file, each tagged with its file, and
    with its ``type`` when the file gives its entries one (formats.json: ``"format"``)."""
    folder = DATA / "gazetteer"
    entries: list[Mapping[str, Any]] = []
    for item in sorted(folder.iterdir(), key=lambda p: p.name):
        if not item.name.endswith(".json"):
            continue
        try:
            data = json.loads(item.read_text(encoding="utf-8"))
        except json.JSONDecodeError as error:
            raise DataFileError(
                f"gazetteer/{item.name}:{error.lineno}: invalid JSON: {error.msg}"
            ) from error
        if not isinstance(data, list):
            raise DataFileError(f"gazetteer/{item.name}: must hold a JSON list of entries")
        for index, entry in enumerate(data):
            if not isinstance(entry, dict):
                raise DataFileError(f"gazetteer/{item.name}: entry {index} is not an object")
            tagged = {**entry, "source": f"gazetteer/{item.name}"}
            if item.name in FILE_TYPES:
                tagged.setdefault("type", FILE_TYPES[item.name])
            if item.name in FALLBACK_FILES:
                tagged["fallback"] = True
            entries.append(tagged)
    return tuple(entries)


@hookimpl
def negotext_register_gazetteer(register: Callable[[Mapping[str, Any]], None]) -> None:
    for entry in load_gazetteer_files():
        register(entry)


@hookimpl
def negotext_register_lexicon(register: Callable[[str, Iterable[str]], None]) -> None:
    for name, words in load_lexicon_files().items():
        register(name, words)
