"""Check the forms of some gazetteer files before they join the data: hits and collisions.

For every surface form (``names`` and ``short``) of the entries in the files given:

- how often it is found, on its own gazetteer, in the texts of the corpora
  (``tests/corpus/**/*.txt``), in the golden cases (``tests/cases/*/*.json``) and in
  the string literals of the test modules, with each hit in context, so that a form
  found where it is not the place can be dropped or made a ``short`` form;
- whether its normalised key equals a form of another entry in the rest of the data
  (a person, group, organisation, country or its demonym, another place) or a word or
  phrase of a lexicon (``data/lexicons/*.txt``);
- whether two entries of the files given share a form, or one entry lists a form twice;
- for actors (people, groups, organisations, media), as notes to read: the one-word
  ``names`` (matched on their own anywhere, with no full mention first: a surname that is
  also a word or a common name belongs in ``short``), and a person's current role that
  another person of the data holds too (a title that names no one, "وزير الخارجية
  الكويتي", is then linked to nobody rather than to the one holder).

Run from the repository root::

    .venv/bin/python tools/check_gazetteer_forms.py src/negotext/ar/data/gazetteer/places_caucasus.json
    .venv/bin/python tools/check_gazetteer_forms.py FILE... --hits   # every hit in context
    .venv/bin/python tools/check_gazetteer_forms.py src/negotext/ar/data/gazetteer/formats.json

``formats.json`` (negotiation formats, not entities) is checked on its own: every
``named_after`` and ``venue`` must be a gazetteer entry's name, and no form may be a
place, country, person or group of the gazetteer or name two formats.

It prints a report and exits 1 when a collision is found (hits are for reading). Hits in
the blind batch kept clean as a yardstick (``--withhold``, by default ``t_``: see
``tests/corpus/blind/README.md``) are counted but never shown.
"""

from __future__ import annotations

import argparse
import ast
import json
import sys
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "src" / "negotext" / "ar" / "data"
FORMAT_FILE = "formats.json"  # negotiation formats (negotext.ar.formats), checked on their own


def _texts() -> Iterator[tuple[str, str]]:
    """``(where, text)`` for every corpus text, golden case and test-module string."""
    for path in sorted((ROOT / "tests" / "corpus").rglob("*.txt")):
        yield str(path.relative_to(ROOT)), path.read_text(encoding="utf-8")
    for path in sorted((ROOT / "tests" / "cases").rglob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        for case in data if isinstance(data, list) else [data]:
            yield str(path.relative_to(ROOT)), str(case.get("input", ""))
    for path in sorted((ROOT / "tests").glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and any("\u0600" <= ch <= "\u06ff" for ch in node.value)
            ):
                yield f"{path.relative_to(ROOT)}:{node.lineno}", node.value


def _load(path: Path) -> list[dict[str, Any]]:
    return list(json.loads(path.read_text(encoding="utf-8")))


def _check_formats(path: Path, show_hits: bool, withheld: tuple[str, ...]) -> int:
    """``formats.json``: its forms' hits, and forms that are a place, country, person or
    group of the gazetteer (an organisation may be the same body: reported, not a problem)."""
    from negotext.ar.formats import Formats
    from negotext.ar.gazetteer import Gazetteer, match_key

    entries = _load(path)
    gazetteer = Gazetteer(
        entry
        for other in sorted((DATA / "gazetteer").glob("*.json"))
        if other.name != FORMAT_FILE
        for entry in _load(other)
    )
    names = {entry.name for entry in gazetteer.entries}
    problems: list[str] = []
    owners: dict[str, set[str]] = defaultdict(set)
    for entry in entries:
        for key in ("named_after", "venue"):
            if entry.get(key) is not None and entry[key] not in names:
                problems.append(f"{entry['name']}: {key} {entry[key]!r} is no gazetteer entry")
        for form in entry["names"]:
            owners[match_key(form)].add(entry["name"])
            for other in gazetteer.lookup(form):
                label = f"{other.kind.value} {other.name}"
                if other.kind.value == "organization":
                    print(f"note  {entry['name']}: {form} is also {label}")
                else:
                    problems.append(f"{entry['name']}: {form} is also {label}")
    for key, owner in owners.items():
        if len(owner) > 1:
            problems.append(f"{key} names {sorted(owner)}")
    formats = Formats(entries)
    hits: dict[str, list[str]] = defaultdict(list)
    for where, text in _texts():
        for mention in formats.find(text):
            span = mention.span
            hits[f"{text[span.start : span.end]} → {mention.format.name}"].append(
                _hit_place(where, text, span.start, span.end, withheld)
            )
    print(
        f"{len(entries)} formats, {len(owners)} normalised forms; {len(hits)} forms found in tests"
    )
    return _report(hits, problems, show_hits)


def _hit_place(where: str, text: str, start: int, end: int, withheld: tuple[str, ...]) -> str:
    """Where a form was found, with 40 characters either side, but no text of a withheld
    (clean) batch: its articles are counted, never shown."""
    if where.startswith(withheld):
        return "(withheld batch): ……"
    context = text[max(0, start - 40) : end + 40].replace("\n", " ")
    return f"{where}: …{context}…"


def _report(hits: dict[str, list[str]], problems: list[str], show_hits: bool) -> int:
    """Print each form's hits (most first; where, with --hits) and the problems; exit 1 if any."""
    for form, places in sorted(hits.items(), key=lambda item: -len(item[1])):
        print(f"{len(places):4d}  {form}")
        if show_hits:
            for place in places:
                print(f"        {place}")
    for problem in problems:
        print(f"PROBLEM {problem}")
    return 1 if problems else 0


ACTOR_KINDS = frozenset({"person", "group", "organization", "media"})


def _actor_notes(new: list[dict[str, Any]], others: list[dict[str, Any]]) -> None:
    """Print, for the actors among ``new``, their one-word ``names`` and the current roles
    of a person that someone else holds too (see the module docstring)."""
    from negotext.ar.gazetteer import match_key

    def roles(entry: dict[str, Any]) -> list[str]:
        role = entry.get("role") or []
        return [role] if isinstance(role, str) else list(role)

    holders: dict[str, set[str]] = defaultdict(set)
    for entry in [*others, *new]:
        if entry.get("kind") == "person":
            for role in roles(entry):
                if not role.startswith("Former "):
                    holders[role].add(entry["name"])
    for entry in new:
        if entry.get("kind") not in ACTOR_KINDS:
            continue
        alone = [form for form in entry["names"] if " " not in match_key(form)]
        if alone:
            print(f"note  {entry['name']}: matched alone anywhere: {', '.join(alone)}")
        for role in roles(entry) if entry.get("kind") == "person" else []:
            shared = sorted(holders.get(role, set()) - {entry["name"]})
            if shared:
                print(f"note  {entry['name']}: {role!r} is also held by {', '.join(shared)}")


def main(argv: list[str] | None = None) -> int:
    from negotext.ar.builtin_data import FORMAT_FILE as formats_file
    from negotext.ar.gazetteer import Gazetteer, GazetteerEntry, match_key

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--hits", action="store_true", help="print every hit in context")
    parser.add_argument(
        "--withhold",
        action="append",
        default=None,
        help="a blind batch prefix whose hits are counted, not shown (default: t_)",
    )
    args = parser.parse_args(argv)
    withheld = tuple(f"tests/corpus/blind/seeds/{p}" for p in (args.withhold or ["t_"]))
    if any(path.name == formats_file for path in args.files):
        return max(
            _check_formats(path, args.hits, withheld)
            for path in args.files
            if path.name == formats_file
        )
    checked = {path.resolve() for path in args.files}
    new = [entry for path in args.files for entry in _load(path)]
    others = [
        entry
        for path in sorted((DATA / "gazetteer").glob("*.json"))
        if path.resolve() not in checked and path.name != FORMAT_FILE
        for entry in _load(path)
    ]
    problems: list[str] = []

    # Forms of the rest of the data, demonyms included, by normalised key.
    rest: dict[str, set[str]] = defaultdict(set)
    for entry in Gazetteer(others).entries:
        label = f"{entry.kind.value} {entry.name}"
        for form in (*entry.names, *entry.short):
            rest[match_key(form)].add(label)
        for form in GazetteerEntry.demonym_forms(entry):
            rest[match_key(form)].add(f"demonym of {entry.name}")
    lexicon: dict[str, set[str]] = defaultdict(set)
    for path in sorted((DATA / "lexicons").glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            word = line.split("#", 1)[0].strip()
            if word:
                lexicon[match_key(word)].add(path.stem)

    owners: dict[str, set[str]] = defaultdict(set)
    for entry in new:
        keys = [match_key(form) for form in entry["names"] + entry.get("short", [])]
        for key in {k for k in keys if keys.count(k) > 1}:
            problems.append(f"{entry['name']}: lists {key} twice")
        for key in set(keys):
            owners[key].add(entry["name"])
            if key in rest:
                problems.append(f"{entry['name']}: {key} is also {sorted(rest[key])}")
            if key in lexicon:
                problems.append(f"{entry['name']}: {key} is in lexicons {sorted(lexicon[key])}")
    for key, names in owners.items():
        if len(names) > 1:
            problems.append(f"{key} names {sorted(names)} (document it in a note if meant)")

    _actor_notes(new, others)

    # Hits of each new form, found by a gazetteer of the new entries alone.
    gazetteer = Gazetteer(new)
    hits: dict[str, list[str]] = defaultdict(list)
    for where, text in _texts():
        for mention in gazetteer.mentions(text):
            span = mention.entity.span
            hits[f"{mention.entity.text} → {mention.entry.name}"].append(
                _hit_place(where, text, span.start, span.end, withheld)
            )
    print(f"{len(new)} entries, {len(owners)} normalised forms; {len(hits)} forms found in tests")
    return _report(hits, problems, args.hits)


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT / "src"))
    raise SystemExit(main())
