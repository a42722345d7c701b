"""Negotiation formats (``data/gazetteer/formats.json``, ``negotext.ar.formats``).

The data's shape (kinds, Arabic forms, the places it names being gazetteer entries, no form
shared or also a place), and matching: proclitics, quotation marks and plus signs between
the words of a name, longest form first. Sentences are composed for these tests.
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path
from typing import Any

import pytest

from negotext.analysis import Analysis
from negotext.ar.builtin_data import load_gazetteer_files
from negotext.ar.formats import (
    FORMAT_KINDS,
    FormatError,
    Formats,
    default_formats,
    format_problems,
)
from negotext.ar.gazetteer import match_key
from negotext.document import Document
from negotext.plugins import get_resources

FILE = Path(__file__).parent.parent / "src" / "negotext" / "ar" / "data" / "gazetteer" / "formats.json"


def _entries() -> list[dict[str, Any]]:
    data = json.loads(FILE.read_text(encoding="utf-8"))
    assert isinstance(data, list)
    return data


def test_every_entry_is_valid() -> None:
    assert {e["name"]: format_problems(e) for e in _entries() if format_problems(e)} == {}


def test_there_are_formats_of_every_kind_that_meets_across_conflicts() -> None:
    entries = _entries()
    assert len(entries) >= 60
    assert {e["kind"] for e in entries} == FORMAT_KINDS
    assert len({e["conflict"] for e in entries}) >= 30


def test_named_places_and_venues_are_gazetteer_entries() -> None:
    names = {entry.name for entry in get_resources().gazetteer.entries}
    for entry in _entries():
        for key in ("named_after", "venue"):
            assert entry[key] is None or entry[key] in names, (entry["name"], key)


def test_a_format_named_after_a_place_names_it_in_one_of_its_forms() -> None:
    places = {entry.name: entry for entry in get_resources().gazetteer.entries}
    for entry in _entries():
        if entry["named_after"] is None:
            continue
        place = {match_key(form) for form in places[entry["named_after"]].names}
        assert any(
            f" {key} " in f" {match_key(form)} " for form in entry["names"] for key in place
        ), entry["name"]


def test_no_form_names_two_formats_nor_is_a_place_or_an_actor() -> None:
    gazetteer = get_resources().gazetteer
    owners: dict[str, set[str]] = defaultdict(set)
    for entry in _entries():
        keys = [match_key(form) for form in entry["names"]]
        assert len(keys) == len(set(keys)), entry["name"]
        for form, key in zip(entry["names"], keys, strict=True):
            owners[key].add(entry["name"])
            kinds = {e.kind.value for e in gazetteer.lookup(form)}
            assert kinds <= {"organization"}, (entry["name"], form, kinds)  # the same body
    assert {k: v for k, v in owners.items() if len(v) > 1} == {}


def test_the_file_is_no_gazetteer_file() -> None:
    assert not any(e["source"].endswith("formats.json") for e in load_gazetteer_files())


def test_a_malformed_entry_is_named() -> None:
    with pytest.raises(FormatError, match="Lake talks"):
        Formats([{"name": "Lake talks", "kind": "summit", "names": ["محادثات البحيرة"]}])


def _found(text: str) -> list[tuple[str, str, str | None]]:
    return [
        (text[m.span.start : m.span.end], m.format.name, m.format.venue)
        for m in default_formats().find(text)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "عقد الطرفان جولتهما الخامسة في إطار «منبر جدة» بعد توقف طويل",
            [("منبر جدة", "Jeddah Platform", "Jeddah")],
        ),
        (
            "واجتمع وزراء منصة «٣+٣» في باكو، وبمسار آستانا",
            [("منصة «٣+٣", "3+3 platform", None), ("مسار آستانا", "Astana format", "Astana")],
        ),
        (
            'التأمت اللجنة العسكرية المشتركة (5+5) ثم "لجنة 5+5" مرة أخرى',
            [
                ("اللجنة العسكرية المشتركة (5+5", "5+5 Joint Military Commission", None),
                ("لجنة 5+5", "5+5 Joint Military Commission", None),
            ],
        ),
        (
            "وقال الرؤساء المشاركون لمجموعة مينسك إن الاجتماع في فيينا",
            [("مجموعة مينسك", "OSCE Minsk Group", None)],
        ),
        ("عاد وفد من مينسك إلى جدة بعد جولة في الناقورة", []),
    ],
)
def test_formats_are_found_with_clitics_quotes_and_plus_signs(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert _found(text) == expected


def test_the_longest_form_wins() -> None:
    text = "انتهت الجولة الأولى من مناقشات جنيف الدولية أمس"
    assert _found(text) == [("مناقشات جنيف الدولية", "Geneva International Discussions", "Geneva")]


def test_the_analysis_holds_formats_with_normalised_ranges() -> None:
    text = "وتعثّر مسارُ الدوحة بعد أن اجتمعت آليةُ الناقورة"
    analysis = Analysis(Document(text))
    found = [(m.format.name, analysis.norm.text[m.start : m.end]) for m in analysis.formats]
    assert found == [("Doha track", "مسار الدوحه"), ("Naqoura mechanism", "اليه الناقوره")]
