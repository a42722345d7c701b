"""A benchmark corpus: the seed articles and deterministic variations of them.

Each generated document takes paragraphs from several seed articles (shuffled
between articles) and varies them the ways real Arabic news varies: diacritics
and tatweel inserted, digits written in Arabic-Indic or Persian script, alef
written with or without hamza, final ي/ى and ة/ه swapped. The same ``seed``
always gives the same corpus.
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Iterator
from pathlib import Path

__all__ = ["Doc", "build_corpus", "load_seeds", "vary"]

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "tests" / "corpus" / "seeds"
CACHE = Path(__file__).resolve().parent / "corpus"

DIACRITICS = "".join(chr(c) for c in range(0x064B, 0x0653))
TATWEEL = "\u0640"
ASCII_DIGITS = "0123456789"
ARABIC_INDIC = "٠١٢٣٤٥٦٧٨٩"
PERSIAN = "۰۱۲۳۴۵۶۷۸۹"
TO_ARABIC_INDIC = str.maketrans(ASCII_DIGITS, ARABIC_INDIC)
TO_PERSIAN = str.maketrans(ASCII_DIGITS + ARABIC_INDIC, PERSIAN * 2)
TO_ASCII = str.maketrans(ARABIC_INDIC + PERSIAN, ASCII_DIGITS * 2)
HAMZA_OFF = str.maketrans("أإآ", "ااا")

ARABIC_WORD = re.compile(r"[\u0621-\u064a]{2,}")
INITIAL_ALEF = re.compile(r"(?<![\u0621-\u064a])ا(?=[\u0621-\u064a])")
FINAL_YAA = re.compile(r"ي(?![\u0621-\u064a])")
FINAL_TAA = re.compile(r"ة(?![\u0621-\u064a])")

#: (id, text) of one document.
Doc = tuple[str, str]


def load_seeds(folder: Path = SEEDS) -> list[Doc]:
    """The vendored seed articles, by file name."""
    return [(p.name, p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.txt"))]


def _add_marks(text: str, rng: random.Random, rate: float, marks: str) -> str:
    """Insert one of ``marks`` after a random letter of a share ``rate`` of the words."""

    def mark(match: re.Match[str]) -> str:
        word = match.group()
        if rng.random() >= rate:
            return word
        at = rng.randrange(1, len(word))  # after a letter, never before the first
        return word[:at] + rng.choice(marks) + word[at:]

    return ARABIC_WORD.sub(mark, text)


def vary(text: str, rng: random.Random) -> str:
    """One deterministic variation of ``text`` (which variations apply is drawn from ``rng``)."""
    if rng.random() < 0.5:
        text = _add_marks(text, rng, rng.uniform(0.1, 0.8), DIACRITICS)
    if rng.random() < 0.3:
        text = _add_marks(text, rng, rng.uniform(0.05, 0.3), TATWEEL)
    digits = rng.random()
    if digits < 0.3:
        text = text.translate(TO_ARABIC_INDIC)
    elif digits < 0.45:
        text = text.translate(TO_PERSIAN)
    elif digits < 0.6:
        text = text.translate(TO_ASCII)
    alef = rng.random()
    if alef < 0.3:
        text = text.translate(HAMZA_OFF)  # the careless spelling: no hamza on alef
    elif alef < 0.5:
        text = INITIAL_ALEF.sub(lambda _: rng.choice("أإا"), text)
    if rng.random() < 0.2:
        text = FINAL_YAA.sub("ى", text)
    if rng.random() < 0.1:
        text = FINAL_TAA.sub("ه", text)
    return text


def _documents(seeds: list[Doc], rng: random.Random) -> Iterator[Doc]:
    """Endless documents: the seeds as they are first, then shuffled mixtures, varied."""
    yield from seeds
    paragraphs = [p for _, text in seeds for p in text.split("\n") if p.strip()]
    number = 0
    while True:
        count = rng.randint(3, 25)
        chosen = [rng.choice(paragraphs) for _ in range(count)]
        yield f"gen-{number:06d}", vary("\n".join(chosen), rng)
        number += 1


def build_corpus(megabytes: float, seed: int = 20250516, save: bool = False) -> list[Doc]:
    """Documents totalling at least ``megabytes`` MB of UTF-8 (10**6 bytes).

    With ``save``, the corpus is written to (and next time read from)
    ``benchmarks/corpus/`` (git-ignored) as JSON Lines.
    """
    path = CACHE / f"corpus-{megabytes:g}mb-seed{seed}.jsonl"
    if save and path.exists():
        with path.open(encoding="utf-8") as lines:
            return [(d["id"], d["text"]) for d in map(json.loads, lines)]
    rng = random.Random(seed)
    target = int(megabytes * 1_000_000)
    total = 0
    corpus: list[Doc] = []
    for doc in _documents(load_seeds(), rng):
        corpus.append(doc)
        total += len(doc[1].encode("utf-8"))
        if total >= target:
            break
    if save:
        CACHE.mkdir(exist_ok=True)
        with path.open("w", encoding="utf-8") as out:
            for doc_id, text in corpus:
                out.write(json.dumps({"id": doc_id, "text": text}, ensure_ascii=False) + "\n")
    return corpus
