"""The trie pattern matches exactly what the plain alternation (longest first) matches.

Not part of the default test run: ``pytest benchmarks/test_trie.py``.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).resolve().parent))

from trie import build_trie, trie_pattern

ALPHABET = "ابتلم-]^\\[ .()"
words = st.lists(st.text(alphabet=ALPHABET, min_size=1, max_size=5), min_size=1, max_size=20)


def alternation(ws: list[str]) -> re.Pattern[str]:
    return re.compile("|".join(re.escape(w) for w in sorted(set(ws), key=len, reverse=True)))


@given(words, st.text(alphabet=ALPHABET, max_size=40))
@example(["ab", "abc", "b"], "abcab b")
@example(["-", "]", "^", "\\"], "a-]^\\")
def test_trie_finds_what_the_alternation_finds(ws: list[str], text: str) -> None:
    trie = re.compile(trie_pattern(ws))
    naive = alternation(ws)
    assert [m.span() for m in trie.finditer(text)] == [m.span() for m in naive.finditer(text)]


@given(words)
def test_every_word_matches_whole(ws: list[str]) -> None:
    trie = re.compile(trie_pattern(ws))
    for w in ws:
        assert trie.fullmatch(w), w


def test_empty_words_are_skipped() -> None:
    assert build_trie(["", "ا"]) == {"ا": {"": {}}}
    with pytest.raises(ValueError, match="no words"):
        trie_pattern(["", ""])
