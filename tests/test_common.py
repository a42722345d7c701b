"""The shared cue tables of the built-in extractors: a listed word with its proclitics.

Every sentence and word here is composed for these tests.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from negotext.analysis import Analysis
from negotext.document import Document
from negotext.extractors._common import compile_table
from negotext.extractors.rounds import find_rounds

TABLE = (
    ("البرلمان", "body"),
    ("الجمعية العامة", "body"),
    ("المجلس المحلي", "body"),
    ("حوار", "talks"),
    ("لجنة", "committee"),
)


def cues(text: str, clitics: bool = True) -> list[tuple[str, str, str]]:
    """Each cue as (the text it covers, the listed word, its label), over the whole text."""
    table = compile_table(TABLE, clitics)
    return [(text[c.start : c.end], c.word, c.label) for c in table.find(text)]


@pytest.mark.parametrize(
    ("written", "listed"),
    [
        ("للبرلمان", "البرلمان"),  # ل + البرلمان: the article's alef drops
        ("وللبرلمان", "البرلمان"),  # و + ل + ال
        ("فللبرلمان", "البرلمان"),  # ف + ل + ال
        ("للجمعية العامة", "الجمعية العامة"),  # a listed phrase, its first word after ل
        ("وللمجلس المحلي", "المجلس المحلي"),
        ("بالبرلمان", "البرلمان"),  # ب + ال keeps the article whole
        ("وبالبرلمان", "البرلمان"),
        ("كالبرلمان", "البرلمان"),
        ("والبرلمان", "البرلمان"),
        ("فالمجلس المحلي", "المجلس المحلي"),
        ("البرلمان", "البرلمان"),
    ],
)
def test_a_word_listed_with_its_article_is_found_after_each_proclitic(
    written: str, listed: str
) -> None:
    text = f"وقال النائب البوليفي في كلمة {written} إن الميزانية تأخرت."
    assert cues(text) == [(written, listed, "body")]


def test_a_word_listed_bare_is_still_found_after_lam_and_the_article() -> None:
    text = "دعا الوسيط النرويجي للحوار وللجنة مشتركة، ثم لحوار جديد."
    assert [word for _, word, _ in cues(text)] == ["حوار", "لجنة", "حوار"]


@pytest.mark.parametrize(
    "text",
    [
        "تحدث الوزير لبرلمان منتخب عن الموازنة.",  # ل with no article: another word
        "وصلت الرسالة اللبرلمان متأخرة.",  # no such spelling: the article twice
        "نشر الموقع مقالا عن كللبرلمان.",  # ك before ل: no such run of proclitics
        "قال المتحدث إن الحكومةللبرلمان ستجتمع.",  # inside a word
    ],
)
def test_lam_before_the_rest_of_a_listed_word_needs_the_article_dropped_from_it(
    text: str,
) -> None:
    assert [word for _, word, _ in cues(text) if word == "البرلمان"] == []


def test_without_clitics_the_lam_form_is_not_read() -> None:
    assert cues("قدم الوزير تقريره للبرلمان أمس.", clitics=False) == []


def test_a_range_search_reads_the_lam_form_like_a_whole_text_search() -> None:
    text = "قدم الوزير الكيني تقريره للبرلمان ثم للجمعية العامة."
    table = compile_table(TABLE)
    whole = [(c.start, c.end, c.word) for c in table.find(text)]
    ranged = [(c.start, c.end, c.word) for c in table.find(text, 0, len(text) - 1)]
    assert whole == ranged
    assert [word for _, _, word in whole] == ["البرلمان", "الجمعية العامة"]


NOISE = (
    *("للبرلمان", "وللمجلس", "المحلي", "البرلمان", "لبرلمان", "للحوار", "لجنة", "ل", "و"),
    *("الجمعية", "العامة", "للجمعية", "فلل", "ال", "نواب", "،", "\n"),
)


@given(
    st.lists(
        st.sampled_from(NOISE),
        max_size=30,
    ),
    st.sampled_from([" ", ""]),
)
def test_searching_only_where_a_listed_word_occurs_finds_what_a_full_scan_finds(
    words: list[str], glue: str
) -> None:
    text = glue.join(words) if glue else " ".join(words).replace(" ل ", " ل")
    table = compile_table(TABLE)
    fast = [(c.start, c.end, c.word) for c in table.find(text)]
    full = [
        (m.start(), m.end(), m.group("w") or "ا" + m.group("lw"))
        for m in table.pattern.finditer(text)
    ]
    assert fast == full


@pytest.mark.parametrize(
    "text",
    [
        "وقال رئيس الوزراء الكولومبي خلال جلسة للبرلمان في بوغوتا إن المتمردين يماطلون.",
        "وتحدثت الوزيرة البيروفية عقب اجتماع للبرلمان في ليما عن موقف الحكومة.",
    ],
)
def test_a_meeting_of_a_body_written_after_lam_is_no_round(text: str) -> None:
    opening = "تتواصل الوساطة بين الحكومة الكولومبية والمتمردين في كولومبيا والبيرو.\n"
    assert find_rounds(Analysis(Document(opening + text))) == []
