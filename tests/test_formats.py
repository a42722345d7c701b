"""Negotiation formats (``data/gazetteer/formats.json``, ``negotext.ar.formats``).

The data's shape (kinds, Arabic forms, the places it names being gazetteer entries, no form
shared or also a place), and matching: proclitics, quotation marks and plus signs between
the words of a name, longest form first. Sentences are composed for these tests.
"""

from __future__ import annotations

import contextlib
import json
from collections import defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from negotext import extract, hookimpl
from negotext.analysis import Analysis
from negotext.ar.builtin_data import load_gazetteer_files
from negotext.ar.formats import (
    FORMAT_KINDS,
    FormatError,
    Formats,
    default_formats,
    format_problems,
)
from negotext.ar.gazetteer import Gazetteer, GazetteerError, match_key
from negotext.document import Document
from negotext.plugins import PluginError, get_plugin_manager, get_resources
from negotext.records import Round

FILE = (
    Path(__file__).parent.parent / "src" / "negotext" / "ar" / "data" / "gazetteer" / "formats.json"
)


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


def test_the_file_is_registered_as_formats_not_entities() -> None:
    # formats.json goes through negotext_register_gazetteer like every gazetteer file,
    # each of its entries marked as a format (the file's default type), none an entity
    from_file = [e for e in load_gazetteer_files() if e["source"].endswith("formats.json")]
    assert len(from_file) == len(_entries())
    assert {e["type"] for e in from_file} == {"format"}
    assert not any(e.get("type") == "format" for e in load_gazetteer_files() if e not in from_file)
    resources = get_resources()
    assert [f.name for f in resources.formats.formats] == [e["name"] for e in _entries()]
    assert default_formats() is resources.formats
    assert not resources.gazetteer.lookup("منبر جدة")  # no entity


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


# -- formats from plugins: the gazetteer hook, "type": "format" ------------------------

CEDAR_FORUM = {
    "type": "format",
    "name": "Cedar Dialogue Forum",
    "kind": "forum",
    "names": ["منتدى الأرز للحوار"],
    "named_after": None,
    "venue": "Lucerne",
}
# Composed for this test: a round of a format no built-in data knows, told with no place.
CEDAR_ROUND = (
    "وتتواصل الوساطة بين الطرفين. عقدت الجولة الثالثة من منتدى الأرز للحوار يوم الثلاثاء "
    "بحضور وفدين رفيعين."
)


class FormatPlugin:
    def __init__(self, *entries: dict[str, Any]) -> None:
        self.entries = entries

    @hookimpl
    def negotext_register_gazetteer(self, register: Callable[[dict[str, Any]], None]) -> None:
        for entry in self.entries:
            register(entry)


@contextlib.contextmanager
def registered(plugin: object, name: str) -> Iterator[None]:
    get_plugin_manager().register(plugin, name=name)
    try:
        yield
    finally:
        get_plugin_manager().unregister(name=name)


def _round_places(text: str) -> list[str | None]:
    records = extract(Document(text, id="cedar")).records
    return [r.place.name if r.place else None for r in records if isinstance(r, Round)]


def test_a_plugin_format_is_found_and_gives_its_round_a_venue() -> None:
    assert _round_places(CEDAR_ROUND) == [None]  # unknown format: no venue
    with registered(FormatPlugin(CEDAR_FORUM), "test-cedar-forum"):
        analysis = Analysis(Document(CEDAR_ROUND))
        (mention,) = analysis.formats
        assert mention.format.name == "Cedar Dialogue Forum"
        assert CEDAR_ROUND[mention.span.start : mention.span.end] == "منتدى الأرز للحوار"
        assert "Jeddah Platform" in {f.name for f in analysis.resources.formats.formats}
        assert not analysis.resources.gazetteer.lookup("منتدى الأرز للحوار")  # no entity
        assert _round_places(CEDAR_ROUND) == ["Lucerne"]
    assert _round_places(CEDAR_ROUND) == [None]  # gone with its plugin


@pytest.mark.parametrize(
    ("entry", "field"),
    [
        ({**CEDAR_FORUM, "kind": "summit"}, "kind must be one of"),
        ({k: v for k, v in CEDAR_FORUM.items() if k != "venue"}, "venue must be given"),
        ({**CEDAR_FORUM, "names": ["Cedar Forum"]}, "names: 'Cedar Forum' is not an Arabic form"),
        ({**CEDAR_FORUM, "id": "Q1"}, r"unknown keys \['id'\]"),
    ],
)
def test_a_malformed_plugin_format_names_the_plugin_entry_and_field(
    entry: dict[str, Any], field: str
) -> None:
    pattern = rf"test-bad-format: format 'Cedar Dialogue Forum': .*{field}"
    with (
        registered(FormatPlugin(entry), "test-bad-format"),
        pytest.raises(FormatError, match=pattern),
    ):
        get_resources().formats  # noqa: B018


def test_an_unknown_entry_type_names_the_plugin_and_the_field() -> None:
    pattern = (
        r"plugin 'test-bad-type'.*'Cedar Dialogue Forum': "
        r"type must be one of \['entity', 'format'\].*got 'forum'"
    )
    plugin = FormatPlugin({**CEDAR_FORUM, "type": "forum"})
    with registered(plugin, "test-bad-type"), pytest.raises(PluginError, match=pattern):
        get_resources().gazetteer  # noqa: B018


def test_a_format_entry_is_no_gazetteer_entry_nor_an_entity_a_format() -> None:
    with pytest.raises(GazetteerError, match="type must be 'entity'"):
        Gazetteer([CEDAR_FORUM])
    with pytest.raises(FormatError, match="type must be 'format', got 'entity'"):
        Formats([{**CEDAR_FORUM, "type": "entity"}])
