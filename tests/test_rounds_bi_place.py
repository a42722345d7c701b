"""The rounds reader's test for a place written with the preposition بـ glued to it."""

from negotext.extractors.rounds.text import _bi_place


def test_bi_place_needs_a_ba_and_a_place_right_after_it() -> None:
    text = "التقى الوفد بأنقرة ثم في الدوحة"
    at = text.index("بأنقرة")
    starts = {at + 1, text.index("الدوحة")}
    assert _bi_place(text, at, starts)
    assert not _bi_place(text, text.index("الدوحة"), starts)  # no ب before it
    assert not _bi_place(text, text.index("الوفد"), starts)
    assert not _bi_place(text, at, set())  # ب but no place after it
    assert not _bi_place(text, len(text), starts)  # past the end
