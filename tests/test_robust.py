"""Regression tests for crashes and stalls found by fuzzing the pipeline with odd input.

No test here is timed: a stall is pinned by the invariant its fix keeps (the fast
path gives what the slow definition gives), not by a clock.
"""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st
from tests.strategies import arabic_text

from negotext.ar.normalize import normalize
from negotext.extractors.statements_parse import _SENTENCE_MARKS, Reader

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
