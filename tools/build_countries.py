"""Generate ``src/negotext/ar/data/gazetteer/countries.json`` from CLDR through Babel.

Every ISO 3166 alpha-2 territory CLDR names in Arabic becomes one gazetteer
entry: ``id`` the alpha-2 code, ``name`` the English CLDR name, ``names`` the
Arabic CLDR name (a one-word parenthesised alternative, "ميانمار (بورما)",
becomes a second name). Variant spellings news uses, demonyms and nisba stems are NOT
generated here: they live in the hand-reviewed ``country_variants.json``.

The generated file is committed, so negotext has no runtime Babel dependency.

Regenerate (from the repository root)::

    .venv/bin/pip install babel        # or: the "data" dependency group
    .venv/bin/python tools/build_countries.py

``tests/test_data_schema.py`` checks that the committed file equals what the
installed Babel produces (skipped when Babel is not installed).
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

OUTPUT = (
    Path(__file__).resolve().parent.parent
    / "src"
    / "negotext"
    / "ar"
    / "data"
    / "gazetteer"
    / "countries.json"
)

#: CLDR territory codes that are not ISO 3166-1 countries (macro-regions,
#: exceptionally reserved codes, private-use and pseudo-locales). XK (Kosovo)
#: is user-assigned but universally used, so it is kept.
NOT_COUNTRIES = frozenset(
    {"AC", "CP", "CQ", "DG", "EA", "EU", "EZ", "IC", "QO", "TA", "UN", "XA", "XB", "ZZ"}
)

_PARENS = re.compile(r"^(?P<main>[^()]+?)\s*\((?P<alt>[^()]+)\)\s*$")


#: Arabic forms news sites write beside CLDR's, reviewed by hand (with and without the
#: article, and the Argentine name of the Falklands).
EXTRA_NAMES = {
    "FK": ["جزر الفوكلاند", "جزر مالفيناس", "جزر المالفيناس"],
    "TL": ["تيمور الشرقية", "تيمور ليشتي"],
}


def arabic_names(name: str) -> list[str]:
    """The Arabic surface forms of one CLDR name: the name, or its two parenthesised halves."""
    match = _PARENS.match(name)
    if match is None:
        return [name.strip()]
    # "ميانمار (بورما)" names the country twice; "هونغ كونغ الصينية (منطقة إدارية خاصة)"
    # only qualifies it: keep a one-word alternative, drop a descriptive phrase.
    alt = match["alt"].strip()
    return [match["main"].strip()] + ([alt] if " " not in alt else [])


def build_entries() -> list[dict[str, Any]]:
    """One entry per ISO alpha-2 territory, sorted by code."""
    import babel  # imported here so that importing this module never needs Babel

    arabic = babel.Locale("ar").territories
    english = babel.Locale("en").territories
    entries: list[dict[str, Any]] = []
    for code in sorted(arabic):
        if not (len(code) == 2 and code.isalpha() and code.isupper()) or code in NOT_COUNTRIES:
            continue
        entries.append(
            {
                "id": code,
                "kind": "country",
                "name": english.get(code, code),
                "names": arabic_names(arabic[code]) + EXTRA_NAMES.get(code, []),
            }
        )
    return entries


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
