"""Every gazetteer data file and ``titles.json`` has the schema the code reads.

Gazetteer entries: required keys, allowed kinds, ids (``Q<digits>`` or ISO
alpha-2), non-empty Arabic names, references to known countries, and no
surface form naming two different entities unless one of them documents why
in its ``note``; ``place_type`` one of :data:`PLACE_TYPES`. ``countries.json`` and
``cities.json`` must equal what ``tools/build_countries.py`` and
``tools/build_cities.py`` generate from the installed Babel (skipped without Babel).
"""

from __future__ import annotations

import importlib.util
import json
from collections import defaultdict
from pathlib import Path
from typing import Any

import pytest

from helpers_tools import load_tool
from negotext.ar.gazetteer import PLACE_TYPES, Gazetteer, entry_problems, match_key
from negotext.ar.titles import load_title_data

DATA = Path(__file__).parent.parent / "src" / "negotext" / "ar" / "data"
# formats.json beside them holds negotiation formats, not entities (tests/test_formats.py)
GAZETTEER_FILES = sorted(p for p in (DATA / "gazetteer").glob("*.json") if p.name != "formats.json")


def _load(path: Path) -> list[dict[str, Any]]:
    data = json.loads(path.read_text(encoding="utf-8"))
    assert isinstance(data, list), f"{path.name} must hold a JSON list"
    return data


def _all_entries() -> list[tuple[str, dict[str, Any]]]:
    return [(path.name, entry) for path in GAZETTEER_FILES for entry in _load(path)]


def test_the_data_folder_has_the_expected_files() -> None:
    names = {path.name for path in GAZETTEER_FILES}
    assert {
        "countries.json",
        "cities.json",
        "country_variants.json",
        "places.json",
        "organizations.json",
        "groups.json",
        "media.json",
        "people.json",
        "places_ukraine_russia.json",
        "places_caucasus_balkans.json",
        "places_middle_east.json",
        "places_africa.json",
        "places_asia_americas.json",
    } <= names


@pytest.mark.parametrize("path", GAZETTEER_FILES, ids=lambda p: p.name)
def test_every_entry_is_valid(path: Path) -> None:
    problems = {
        f"{entry.get('name')!r}": entry_problems(entry)
        for entry in _load(path)
        if entry_problems(entry)
    }
    assert problems == {}


@pytest.mark.parametrize("path", GAZETTEER_FILES, ids=lambda p: p.name)
def test_required_keys_are_present(path: Path) -> None:
    for entry in _load(path):
        assert {"kind", "name", "names", "id"} <= set(entry), entry.get("name")


def test_people_have_a_role_and_a_country() -> None:
    for file, entry in _all_entries():
        if entry["kind"] == "person":
            assert entry.get("role"), (file, entry["name"])
            assert entry.get("country"), (file, entry["name"])


def test_roles_are_people_s_lists_of_distinct_english_offices() -> None:
    """Only people hold roles, as a list (several when they changed office), each an
    English office as titles are matched against ("Foreign Minister of Kuwait"; an office
    left behind starts with "Former "), none twice."""
    for file, entry in _all_entries():
        roles = entry.get("role")
        if entry["kind"] != "person":
            assert roles is None, (file, entry["name"])
            continue
        assert isinstance(roles, list), (file, entry["name"])
        assert len(set(roles)) == len(roles), (file, entry["name"])
        for role in roles:
            assert role == role.strip(), (file, entry["name"], role)
            assert role[:1].isupper(), (file, entry["name"], role)
            assert "Former " not in role.removeprefix("Former "), (file, entry["name"], role)


def test_country_references_name_known_countries() -> None:
    countries = {e["id"] for _, e in _all_entries() if e["kind"] == "country"}
    for file, entry in _all_entries():
        for key in ("country", "capital_of"):
            if entry.get(key) is not None:
                assert entry[key] in countries, (file, entry["name"], key, entry[key])


def test_country_ids_are_iso_codes_and_other_ids_are_qids() -> None:
    for file, entry in _all_entries():
        entry_id = entry.get("id")
        if entry["kind"] == "country":
            assert entry_id is not None, (file, entry["name"])
            assert len(entry_id) == 2, (file, entry["name"])
        elif entry_id is not None:
            assert entry_id.startswith("Q"), (file, entry["name"])


def test_an_id_names_one_entity_only() -> None:
    names: dict[str, set[str]] = defaultdict(set)
    for _, entry in _all_entries():
        if entry.get("id"):
            names[entry["id"]].add(entry["name"])
    assert {k: v for k, v in names.items() if len(v) > 1} == {}


def test_shared_surface_forms_are_documented() -> None:
    """A form naming two entities is allowed only when one of them says why in its note."""
    owners: dict[str, dict[tuple[str, str], str]] = defaultdict(dict)
    notes: dict[tuple[str, str], str] = {}
    for _, entry in _all_entries():
        key = (entry["kind"], entry.get("id") or entry["name"])
        notes[key] = notes.get(key, "") + entry.get("note", "")
        for form in entry["names"] + entry.get("short", []):
            owners[match_key(form)][key] = form
    undocumented = []
    for form_key, entities in owners.items():
        if len(entities) < 2:
            continue
        if not any(
            match_key(form) in match_key(notes[key]) or form in notes[key]
            for key, form in entities.items()
        ):
            undocumented.append((form_key, sorted(entities)))
    assert undocumented == []


def test_an_entity_has_one_entry_per_file() -> None:
    """Entries of one key merge (that is how ``country_variants.json`` adds to a country),
    but two entries of one key in the same file are a slip: one place entered twice."""
    for path in GAZETTEER_FILES:
        keys = [(entry["kind"], entry.get("id") or entry["name"]) for entry in _load(path)]
        assert sorted({key for key in keys if keys.count(key) > 1}) == [], path.name


def test_the_widened_place_files_list_each_form_once() -> None:
    """``places_<region>.json`` list no form twice under one entry, once normalised."""
    paths = [path for path in GAZETTEER_FILES if path.name.startswith("places_")]
    assert paths
    for path in paths:
        for entry in _load(path):
            keys = [match_key(form) for form in entry["names"] + entry.get("short", [])]
            assert len(keys) == len(set(keys)), (path.name, entry["name"])


def test_no_generated_city_is_also_in_the_hand_files() -> None:
    """``tools/build_cities.py`` skips a city the hand files name (by English name or any
    form); checked here without Babel too, so that a new hand entry is not shadowed by, or a
    second entity beside, a generated one."""
    names: set[str] = set()
    forms: set[str] = set()
    for path in GAZETTEER_FILES:
        if path.name == "cities.json":
            continue
        for entry in _load(path):
            if entry["kind"] == "place":
                names.add(entry["name"].casefold())
            forms.update(match_key(form) for form in entry["names"] + entry.get("short", []))
    shadowed = [
        entry["name"]
        for entry in _load(DATA / "gazetteer" / "cities.json")
        if entry["name"].casefold() in names or any(match_key(f) in forms for f in entry["names"])
    ]
    assert shadowed == []


def test_place_types_are_known_and_on_places_or_buildings() -> None:
    for file, entry in _all_entries():
        place_type = entry.get("place_type")
        if place_type is None:
            continue
        assert place_type in PLACE_TYPES, (file, entry["name"])
        assert entry["kind"] == "place" or (
            entry["kind"] == "organization" and place_type == "building"
        ), (file, entry["name"])
    assert all(
        entry.get("place_type") == "city" for entry in _load(DATA / "gazetteer" / "cities.json")
    )
    assert all(entry["id"] is None for entry in _load(DATA / "gazetteer" / "cities.json"))


def test_entry_problems_rejects_a_bad_place_type() -> None:
    entry = {"kind": "place", "id": None, "name": "X", "names": ["إكس"], "place_type": "town"}
    assert entry_problems(entry)
    assert entry_problems({**entry, "kind": "person", "place_type": "city"})
    assert not entry_problems({**entry, "kind": "organization", "place_type": "building"})


def test_the_whole_gazetteer_builds() -> None:
    gazetteer = Gazetteer(entry for _, entry in _all_entries())
    kinds = {entry.kind.value for entry in gazetteer.entries}
    assert kinds == {"country", "place", "organization", "group", "media", "person"}
    assert len(gazetteer) > 700


def test_titles_json_schema() -> None:
    raw = json.loads((DATA / "titles.json").read_text(encoding="utf-8"))
    assert set(raw) >= {
        "roles",
        "adjectives",
        "special",
        "former",
        "connectors",
        "honorifics",
        "not_names",
        "not_names_as_written",
        "verb_prefixes",
    }
    for role in raw["roles"]:
        assert set(role) <= {
            "forms",
            "role",
            "aliases",
            "link",
            "standalone",
            "affiliation",
            "org_role",
            "bare_role",
            "stacks",
            "at",
            "named",
        }
        assert role["forms"], role
        assert all(isinstance(f, str) and f.strip() for f in role["forms"]), role
        assert isinstance(role["role"], str), role
        assert role["role"][0].isupper(), role
    data = load_title_data()
    assert len(data.roles) > 100


def test_title_affiliations_and_adjectives_name_gazetteer_entries() -> None:
    gazetteer = Gazetteer(entry for _, entry in _all_entries())
    raw = json.loads((DATA / "titles.json").read_text(encoding="utf-8"))
    for role in raw["roles"]:
        if "affiliation" in role:
            assert gazetteer.get(role["affiliation"]) is not None, role
    for word, entity_id in raw["adjectives"].items():
        if word != "comment":
            assert gazetteer.get(entity_id) is not None, word


@pytest.mark.skipif(importlib.util.find_spec("babel") is None, reason="babel is not installed")
def test_countries_json_matches_babel() -> None:
    module = load_tool("tools/build_countries.py")
    expected = module.render(module.build_entries())
    assert (DATA / "gazetteer" / "countries.json").read_text(encoding="utf-8") == expected


@pytest.mark.skipif(importlib.util.find_spec("babel") is None, reason="babel is not installed")
def test_cities_json_matches_babel() -> None:
    module = load_tool("tools/build_cities.py")
    expected = module.render(module.build_entries())
    assert (DATA / "gazetteer" / "cities.json").read_text(encoding="utf-8") == expected


def test_cities_json_hand_forms_come_from_the_generator() -> None:
    """Without Babel: every form beside CLDR's and every capital is one the generator adds.

    cities.json is generated; a spelling or capital written into it by hand would pass
    every test that runs without Babel and fail only the data check. Here each entry's
    forms past the first (CLDR's) must be exactly ``EXTRA_NAMES[name]``, and its
    ``capital_of`` exactly ``CAPITAL_OF[name]``.
    """
    module = load_tool("tools/build_cities.py")
    for entry in json.loads((DATA / "gazetteer" / "cities.json").read_text(encoding="utf-8")):
        name = entry["name"]
        assert entry["names"][1:] == module.EXTRA_NAMES.get(name, []), name
        assert entry.get("capital_of") == module.CAPITAL_OF.get(name), name
        assert (entry["id"], entry["place_type"]) == (None, "city"), name


def test_countries_json_hand_forms_come_from_the_generator() -> None:
    """Without Babel: a country's forms past CLDR's one or two are ``EXTRA_NAMES[id]``."""
    module = load_tool("tools/build_countries.py")
    for entry in json.loads((DATA / "gazetteer" / "countries.json").read_text(encoding="utf-8")):
        extra = module.EXTRA_NAMES.get(entry["id"], [])
        cldr = entry["names"][: len(entry["names"]) - len(extra)]
        assert entry["names"][len(cldr) :] == extra, entry["id"]
        assert 1 <= len(cldr) <= 2, entry["id"]
