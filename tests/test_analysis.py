"""The shared per-document analysis: what every extractor reads."""

from __future__ import annotations

import pytest

from negotext import Document
from negotext.analysis import Analysis


@pytest.mark.parametrize("mark", ["ـ", "ً", "ـــ", "\u200f"])
def test_a_mark_after_a_full_stop_does_not_hide_the_sentence_break(mark: str) -> None:
    text = f"قال الرئيس إنه مستعد.{mark} وأضاف الوزير أن الجولة ستعقد."
    analysis = Analysis(Document(text))
    sentences = [analysis.slice(s) for s in analysis.sentences]
    assert sentences == [f"قال الرئيس إنه مستعد.{mark}", "وأضاف الوزير أن الجولة ستعقد."]


def test_sentence_at_finds_the_sentence_of_an_offset() -> None:
    text = "عقدت الجولة الأولى في الدوحة. وستعقد الثانية في القاهرة."
    analysis = Analysis(Document(text))
    second = text.index("وستعقد")
    assert analysis.slice(analysis.sentence_at(second + 3)).startswith("وستعقد")
    assert analysis.slice(analysis.sentence_at(2)).startswith("عقدت")


def test_parts_are_computed_once_and_shared() -> None:
    analysis = Analysis(Document("أكد الكرملين أن المحادثات ستستمر في إسطنبول."))
    assert analysis.norm is analysis.norm
    assert analysis.entities is analysis.entities
    assert analysis.sentences is analysis.sentences


def test_norm_yaa_tells_the_preposition_from_the_name() -> None:
    text = "وقال مستشار المرشدِ علي أكبر ولايتي إن الرد سيكون على الطاولة"
    analysis = Analysis(Document(text))
    norm, written = analysis.norm.text, analysis.norm_yaa.text
    assert len(norm) == len(written)
    assert norm.count("علي") == 2
    name = norm.index("علي")
    preposition = norm.index("علي", name + 1)
    assert written[name : name + 3] == "علي"
    assert written[preposition : preposition + 3] == "على"


@pytest.mark.parametrize(
    "text",
    [
        "أفرجت حماس عن 12.5.6 أسير، ووصل 3,4.5% منهم إلى رام الله ١٢٫٥.",
        "..1.2.3..4,5,6 وال  ab,7 x%y",
        "",
        "كلمة",
    ],
)
def test_words_in_reads_a_range_as_tokenising_it_alone(text: str) -> None:
    from negotext.analysis import WORD

    analysis = Analysis(Document(text))
    norm = analysis.norm.text
    for start in range(len(norm) + 2):
        for end in range(start - 2, len(norm) + 3):
            expected = [m.span() for m in WORD.finditer(norm, start, max(start, end))]
            assert analysis.words_in(start, end) == expected, (start, end)
    assert list(analysis.words) == [m.span() for m in WORD.finditer(norm)]
