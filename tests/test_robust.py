"""Regression tests for crashes and stalls found by fuzzing the pipeline with odd input.

No test here is timed: a stall is pinned by the invariant its fix keeps (the fast
path gives what the slow definition gives), not by a clock.
"""

from __future__ import annotations

import itertools

import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from tests.strategies import arabic_text

from negotext import extract
from negotext.analysis import Analysis
from negotext.ar import sentences
from negotext.ar.normalize import normalize
from negotext.ar.sentences import MAX_SENTENCE, split_sentences
from negotext.document import Document
from negotext.extractors.statements_parse import _SENTENCE_MARKS, Reader
from negotext.extractors.territory.reader import Reader as TerritoryReader
from negotext.serialize import RecordFormatError, from_json

#: Pieces of text that make or break sentences and lines, and words between them.
_PIECES = st.sampled_from(
    ["قال", "الوزير", ":", "(", ")", ".", "!", "؟", "?", ";", "3.5", "\n", " ", "، ", '"', "«»"]
)
_TEXTS = st.one_of(arabic_text, st.lists(_PIECES, max_size=60).map("".join))


def _walked_sentence_start(reader: Reader, offset: int) -> int:
    """The sentence start as first written: walk back token by token to a mark or a line break."""
    index = reader.index_at(offset) - 1
    start = offset
    while index >= 0:
        token = reader.tokens[index]
        if token.text in _SENTENCE_MARKS and reader._ends_sentence(token):
            break
        if reader.newline_between(token.end, start):
            break
        start = token.start
        index -= 1
    return start


@given(_TEXTS, st.data())
@example("قال: (((( الوزير ((((", None)
@example("\n(\n", None)
def test_sentence_start_from_listed_breaks_is_the_walk_back(
    text: str, data: st.DataObject | None
) -> None:
    """sentence_start walked a whole sentence a call: 30 KB of brackets on one line with a
    few hundred colons took minutes. It now bisects breaks listed once; same answers."""
    norm = normalize(text).text
    reader = Reader(norm, None, [])  # type: ignore[arg-type]  # the lexicon is not read here
    offsets = range(len(norm) + 1)
    if data is not None and len(norm) > 40:
        offsets = data.draw(st.lists(st.integers(0, len(norm)), max_size=40))
    for offset in offsets:
        assert reader.sentence_start(offset) == _walked_sentence_start(reader, offset)


def _covered(text: str, spans: list[tuple[int, int]]) -> set[int]:
    """The offsets of the non-space characters the spans cover."""
    return {i for a, b in spans for i in range(a, b) if not text[i].isspace()}


@given(_TEXTS, st.integers(1, 30))
@example("ا" * 50 + " ب", 10)
@example("كلمة " * 20, 12)
def test_a_sentence_longer_than_the_limit_is_cut_at_a_space(text: str, limit: int) -> None:
    """A text with no full stop and no line break was one sentence however long, and
    extractors scan windows up to its edges around every cue: quadratic. Sentences
    now run at most MAX_SENTENCE characters, cut at a space, losing nothing."""
    whole = [(s.start, s.end) for s in split_sentences(text)]
    try:
        sentences.MAX_SENTENCE = limit
        cut = [(s.start, s.end) for s in split_sentences(text)]
    finally:
        sentences.MAX_SENTENCE = MAX_SENTENCE
    assert _covered(text, cut) == _covered(text, whole)
    for (_, end), (start, _) in itertools.pairwise(cut):
        assert end < start
    for start, end in cut:
        piece = text[start:end]
        assert piece == piece.strip()
        assert end - start <= limit or not any(c.isspace() for c in piece)
        # Each piece lies inside one sentence of the uncut text.
        assert any(a <= start and end <= b for a, b in whole)


def test_sentences_of_the_corpus_are_far_below_the_limit() -> None:
    """The limit changes no sentence of real news (the corpus's longest: 395 characters)."""
    from pathlib import Path

    corpus = Path(__file__).parent / "corpus"
    for path in [*corpus.glob("seeds/*.txt"), *corpus.glob("blind/seeds/*.txt")]:
        norm = normalize(path.read_text(encoding="utf-8")).text
        assert all(s.end - s.start <= MAX_SENTENCE // 2 for s in split_sentences(norm)), path


def test_a_long_line_with_no_full_stop_is_read_in_sentences() -> None:
    words = "وقال الوزير إن المحادثات مستمرة وأفرجت حماس عن ثلاثة أسرى " * 400
    result = extract(words)
    assert result.ok
    assert all(s.end - s.start <= MAX_SENTENCE for s in split_sentences(normalize(words).text))


def test_a_record_nested_too_deeply_is_a_format_error() -> None:
    """json.loads recurses once a level: RecursionError escaped from_json's contract."""
    deep = "[" * 100_000 + "]" * 100_000
    with pytest.raises(RecordFormatError, match="nested too deeply"):
        from_json(f'{{"type": "round", "evidence": {deep}}}')


_LAND = ("ارض", "الارض", "اراضي", "منطقة", "جزء")


@given(
    st.lists(st.sampled_from([*_LAND, "من", "و", " ", "\n", "،", "3.5", "ها"]), max_size=40).map(
        "".join
    ),
    st.sets(st.sampled_from(_LAND), min_size=1),
)
@example("جزءامنالارض" * 30 + " الارض", {"الارض", "ارض"})
def test_whole_words_are_the_analysis_words_equal_to_one_of_them(
    text: str, words: set[str]
) -> None:
    """Territory's _whole_words tokenised the run of non-space characters around every
    occurrence of a word: a 14 KB word repeating a territory noun took 7 s (100 KB timed
    out). A run is now tokenised once; the answer is still the whole text's tokens."""
    analysis = Analysis(Document(text))
    norm = analysis.norm.text
    found = sorted(TerritoryReader(analysis)._whole_words(frozenset(words)))
    assert found == [(a, b) for a, b in analysis.words if norm[a:b] in words]
