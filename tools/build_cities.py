"""Generate ``src/negotext/ar/data/gazetteer/cities.json`` from CLDR through Babel.

CLDR names an exemplar city for every time zone, in Arabic and English
(``babel.Locale("ar").time_zones[tz]["city"]``), and the zone's territory
(``babel.core.get_global("zone_territories")``). Each becomes one gazetteer
entry: ``kind`` place, ``place_type`` city, ``name`` the English CLDR name
(the zone id's last part when CLDR gives none), ``names`` the Arabic name,
``country`` the zone's ISO territory, ``id`` null (no QIDs are invented).

Left out, after review:

- zones that are no city: ``Etc/*``, Antarctic stations, islands and
  archipelagos (:data:`NOT_CITIES`), and the sub-zones of US states
  (``America/Indiana/Knox``: a comma in the Arabic name, or three parts);
- exemplar names that are ordinary Arabic words or people's names
  (:data:`AMBIGUOUS`): سمراء "brown", العيون "the eyes", نوم "sleep",
  ترك "left", ماهي "what is", ديلي (ديلي ميل), جوني "Johnny", سنتر …;
- a city whose English name or any Arabic form is already in the hand-reviewed
  data (``places.json``, ``countries.json``, ``country_variants.json``,
  ``organizations.json`` …): the hand entry is kept and the generated one
  skipped, so no form names two entities (الكويت is the country, طرابلس the
  hand entry, and a capital keeps its ``capital_of``).

The generated file is committed, so negotext has no runtime Babel dependency.

Regenerate (from the repository root)::

    .venv/bin/pip install babel        # or: the "data" dependency group
    .venv/bin/python tools/build_cities.py

``tests/test_data_schema.py`` checks that the committed file equals what the
installed Babel produces (skipped when Babel is not installed).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

GAZETTEER = (
    Path(__file__).resolve().parent.parent / "src" / "negotext" / "ar" / "data" / "gazetteer"
)
OUTPUT = GAZETTEER / "cities.json"

#: Zones (last part of the id) whose exemplar is an island, archipelago, region or
#: station, not a city.
NOT_CITIES = frozenset(
    {
        "Azores", "Bermuda", "Canary", "Cape_Verde", "Faeroe", "Madeira", "South_Georgia",
        "St_Helena", "Chagos", "Christmas", "Cocos", "Comoro", "Kerguelen", "Maldives",
        "Mauritius", "Mayotte", "Reunion", "Galapagos", "Easter", "Marquesas", "Gambier",
        "Chatham", "Kamchatka", "Sakhalin", "Bougainville", "Guadalcanal", "Lord_Howe",
        "Midway", "Wake", "Cayman", "Bahia", "Isle_of_Man", "Efate", "Truk", "Ponape",
        "Kosrae", "Tongatapu", "Guam", "Tahiti", "Mahe", "Fiji", "Kanton", "Enderbury",
        "Kiritimati", "Kwajalein", "Norfolk", "Pitcairn", "Wallis", "Fakaofo", "Saipan",
        "Niue", "Nauru", "Palau", "Jamaica", "Puerto_Rico", "Martinique", "Guadeloupe",
        "Aruba", "Curacao", "Barbados", "Dominica", "Grenada", "Anguilla", "Montserrat",
        "St_Kitts", "St_Lucia", "St_Vincent", "St_Barthelemy", "Antigua", "Grand_Turk",
        "Costa_Rica", "El_Salvador", "Guatemala", "Guyana", "Belize", "Qatar", "Bahrain",
        "Kuwait", "Brunei", "Singapore", "Hong_Kong", "Macau", "Gibraltar", "Jersey",
        "Guernsey", "Malta", "Monaco", "San_Marino", "Vatican", "Andorra", "Luxembourg",
        "Djibouti", "Panama", "Oral", "Unknown", "UTC",
    }
)  # fmt: skip

#: Exemplar names that are also common Arabic words, people's names or names of
#: other things, reviewed by hand: matched anywhere they would do more harm than good.
AMBIGUOUS = frozenset(
    {
        "سمراء",  # Samara: "brown, dark-skinned"
        "العيون",  # El Aaiun: "the eyes"
        "نوم",  # Nome: "sleep"
        "ترك",  # Truk: "he left"
        "ماهي",  # Mahé: "what is"
        "ديلي",  # Dili: ديلي ميل، ديلي تلغراف
        "جوني",  # Juneau: "Johnny"
        "سنتر",  # Center: "centre" in names of malls and firms
        "استر",  # Easter: "cover!"
        "أداك",  # Adak: "your performance" (أداءك)
        "أبيا",  # Apia: "refusing"
        "برثا",  # Perth: the name Bertha
        "دارون",  # Darwin: the naturalist
        "ماكسار",  # Makassar: Maxar, the satellite imagery firm
        "ريجينا",  # Regina: a given name
        "استانلي",  # Stanley: a given name
        "ليندمان",  # Lindeman: a surname
        "جوجو",  # Jujuy: a nickname
        "ثيل",  # Thule
        "كيروف",  # Kirov: also the surname
        "سول",  # Seoul: also سول "Sol", a given name; سيول is the usual spelling
        "بيترسبرغ",  # Petersburg (Indiana): Saint Petersburg's short form
        "ترول",  # Troll station
        "بلم",  # Belém: ب + لم
        "صوفيا",  # Sofia: a common given name
        "كايين",  # Cayenne: the pepper
        "سيتا",  # Ceuta: usually سبتة in Arabic
    }
)


#: The generated cities that are a country's capital (CLDR's time zones do not say): a
#: capital's ``capital_of`` lets «العاصمة الغانية» name Accra as it does the hand entries'.
CAPITAL_OF = {
    "Accra": "GH", "Amsterdam": "NL", "Antananarivo": "MG", "Ashgabat": "TM", "Asunción": "PY",
    "Bangui": "CF", "Banjul": "GM", "Belgrade": "RS", "Bishkek": "KG", "Bissau": "GW",
    "Bratislava": "SK", "Bucharest": "RO", "Colombo": "LK", "Conakry": "GN", "Dakar": "SN",
    "Dhaka": "BD", "Dublin": "IE", "Freetown": "SL", "Gaborone": "BW", "Harare": "ZW",
    "Jakarta": "ID", "Libreville": "GA", "Lima": "PE", "Ljubljana": "SI", "Lusaka": "ZM",
    "Malabo": "GQ", "Managua": "NI", "Manila": "PH", "Maputo": "MZ", "Maseru": "LS",
    "Mbabane": "SZ", "Mexico City": "MX", "Monrovia": "LR", "Montevideo": "UY",
    "Nicosia": "CY", "Port Moresby": "PG", "Port-au-Prince": "HT", "Porto-Novo": "BJ",
    "Riga": "LV", "Santiago": "CL", "Santo Domingo": "DO", "Sarajevo": "BA", "Taipei": "TW",
    "Tallinn": "EE", "Tashkent": "UZ", "Tegucigalpa": "HN", "Thimphu": "BT",
    "Ulaanbaatar": "MN", "Vientiane": "LA", "Vilnius": "LT", "Windhoek": "NA", "Zagreb": "HR",
}  # fmt: skip

#: Arabic forms news sites write beside CLDR's, reviewed by hand.
EXTRA_NAMES = {
    "Bangui": ["بانغي"],
    "Bishkek": ["بيشكك", "بيشكيك"],
    "Bujumbura": ["بوجمبورا"],
    "Melbourne": ["ملبورن"],
    "Mexico City": ["مدينة مكسيكو", "مكسيكو"],
    "Port Moresby": ["بورت مورسبي"],
    "Vladivostok": ["فلاديفوستوك"],
}


def _english(tz: str, english: dict[str, Any]) -> str:
    city = english.get(tz, {}).get("city")
    return city or tz.rsplit("/", 1)[-1].replace("_", " ")


def _known_forms() -> tuple[set[str], set[str]]:
    """English names of hand places and the match keys of every hand-written form."""
    from negotext.ar.gazetteer import match_key

    names: set[str] = set()
    forms: set[str] = set()
    for path in sorted(GAZETTEER.glob("*.json")):
        if path == OUTPUT:
            continue
        for entry in json.loads(path.read_text(encoding="utf-8")):
            if entry["kind"] == "place":
                names.add(entry["name"].casefold())
            for form in entry["names"] + entry.get("short", []):
                forms.add(match_key(form))
    return names, forms


def build_entries() -> list[dict[str, Any]]:
    """One entry per CLDR exemplar city not already in the hand data, sorted by name."""
    import babel  # imported here so that importing this module never needs Babel
    from babel.core import get_global

    from negotext.ar.gazetteer import ARABIC_FORM, match_key

    arabic = babel.Locale("ar").time_zones
    english = babel.Locale("en").time_zones
    territories = get_global("zone_territories")
    known_names, known_forms = _known_forms()
    entries: dict[str, dict[str, Any]] = {}
    for tz in sorted(arabic):
        parts = tz.split("/")
        if parts[0] in ("Etc", "Antarctica") or len(parts) != 2 or parts[-1] in NOT_CITIES:
            continue
        name_ar = (arabic[tz].get("city") or "").strip()
        country = territories.get(tz)
        if not name_ar or not ARABIC_FORM.match(name_ar) or name_ar in AMBIGUOUS:
            continue  # none, a comma or parentheses ("هيبرون (مدينة الخليل)"), or a common word
        if country is None or len(country) != 2 or country == "001":
            continue
        name = _english(tz, english)
        if name.casefold() in known_names or match_key(name_ar) in known_forms:
            continue  # the hand-reviewed entry is kept
        entry: dict[str, Any] = {
            "kind": "place",
            "id": None,
            "name": name,
            "names": [name_ar, *EXTRA_NAMES.get(name, [])],
            "country": country,
        }
        if name in CAPITAL_OF:
            entry["capital_of"] = CAPITAL_OF[name]
        entry["place_type"] = "city"
        entries.setdefault(name, entry)
    return sorted(entries.values(), key=lambda e: e["name"])


def render(entries: list[dict[str, Any]]) -> str:
    """The file's text: a JSON list, one entry a line, so diffs stay readable."""
    lines = [json.dumps(entry, ensure_ascii=False) for entry in entries]
    return "[\n" + ",\n".join(lines) + "\n]\n"


def main() -> int:
    OUTPUT.write_text(render(build_entries()), encoding="utf-8")
    print(f"wrote {OUTPUT}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
