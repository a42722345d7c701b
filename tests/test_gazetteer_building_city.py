"""The ``city`` of a building in the gazetteer: the city a round held in it was held in."""

from __future__ import annotations

import json
from pathlib import Path

from negotext.ar.gazetteer import Gazetteer, entry_problems

GAZETTEER = Path(__file__).parent.parent / "src" / "negotext" / "ar" / "data" / "gazetteer"


def test_entry_problems_takes_a_city_only_for_a_building() -> None:
    """``city`` names the city a building stands in (the Kremlin: Moscow), nothing else."""
    entry = {"kind": "place", "id": None, "name": "X", "names": ["إكس"], "place_type": "building"}
    assert not entry_problems({**entry, "city": "Moscow"})
    assert entry_problems({**entry, "city": ""})
    assert entry_problems({**entry, "place_type": "city", "city": "Moscow"})


def test_entry_problems_takes_a_city_for_an_area_of_one_city() -> None:
    """An area of one city (the UN buffer zone of Nicosia) may name its city too."""
    entry = {"kind": "place", "id": None, "name": "X", "names": ["إكس"], "place_type": "area"}
    assert not entry_problems({**entry, "city": "Nicosia"})
    assert entry_problems({**entry, "place_type": "region", "city": "Nicosia"})


def test_a_building_s_city_is_a_place_the_gazetteer_names() -> None:
    """Every building's ``city`` is the canonical name of a place entry (the venue rules
    look it up by name), and the merged entry keeps it."""
    entries = [
        entry
        for path in sorted(GAZETTEER.glob("*.json"))
        if path.name != "formats.json"
        for entry in json.loads(path.read_text(encoding="utf-8"))
    ]
    gazetteer = Gazetteer(entries)
    with_city = [e for e in entries if "city" in e]
    assert with_city
    for entry in with_city:
        city = gazetteer.named(entry["city"])
        assert city is not None, entry["name"]
        assert city.kind.value == "place", entry["name"]
        building = gazetteer.named(entry["name"])
        assert building is not None
        assert building.city == entry["city"]
