"""The learned round detector (``negotext.extractors.round_model``) and how the rounds extractor uses it.

The rules decide first; the model only promotes a round trigger no rule gives a status, in a
sentence where the rules found no round, and never changes a round the rules found.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import negotext
from negotext.analysis import Analysis
from negotext.extractors import round_model
from negotext.extractors.round_grouping import _group
from negotext.extractors.rounds.mention import _Mention
from negotext.records import Entity, EntityKind, RoundStatus, Span

CORPUS = Path(__file__).parent / "corpus"
CONTEXT = "تتواصل المساعي الدبلوماسية لإنهاء النزاع في الإقليم. "
POSSIBLE = "وتحدثت مصادر عن جولة أولى محتملة في أوسلو قبل نهاية العام بين الحكومة والمتمردين."
DATED = "وتحدثت مصادر عن جولة جديدة في نيروبي في مايو المقبل بين الحكومة والمتمردين."


def rounds(
    text: str, published: str | None = "2025-03-01"
) -> list[tuple[str, int | None, str | None]]:
    document = negotext.Document(text, published=published)
    return [
        (r.status.value, r.ordinal, r.place.name if r.place else None)
        for r in negotext.extract(document).rounds
    ]


@pytest.fixture
def rules_only(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(round_model, "BOOST_THRESHOLD", 1.1)  # no probability reaches it


def test_the_shipped_model_loads_with_its_recipe() -> None:
    model = round_model.builtin_model()
    assert model.recipe["candidates"] == "core"
    assert len(model.weights) > 1000
    assert set(model.status_weights) == {s.value for s in RoundStatus}
    assert 0.0 < round_model.BOOST_THRESHOLD < 1.0


def test_candidates_are_the_round_words_with_spans_into_the_text() -> None:
    analysis = Analysis(negotext.Document(CONTEXT + POSSIBLE))
    found = round_model.candidates(analysis, round_model.builtin_model().recipe)
    assert [analysis.text[c.span.start : c.span.end] for c in found] == ["جولة"]
    assert "bias" in found[0].features


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (POSSIBLE, ("possible", 1, "Oslo")),  # its adjective says possible (محتملة)
        (DATED, ("planned", None, "Nairobi")),  # a date to come makes it planned
    ],
)
def test_the_model_adds_a_round_the_rules_leave(
    sentence: str, expected: tuple[str, int | None, str]
) -> None:
    assert rounds(CONTEXT + sentence) == [expected]


def test_a_round_only_the_model_reads_says_so_in_its_confidence() -> None:
    document = negotext.Document(CONTEXT + POSSIBLE, published="2025-03-01")
    (found,) = negotext.extract(document).rounds
    assert found.confidence <= 0.75  # no rule's cue: at most place + ordinal on the base


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize("sentence", [POSSIBLE, DATED])
def test_without_the_model_the_rules_find_no_round_there(sentence: str) -> None:
    assert rounds(CONTEXT + sentence) == []


def _articles() -> list[Path]:
    folders = ("seeds", "composed/seeds", "blind/seeds")
    return [path for folder in folders for path in sorted((CORPUS / folder).glob("*.txt"))]


def _published(path: Path) -> str | None:
    """The article's publication date as its gold gives it (None where unknown), so each is
    read as the dated document it is, not as one of an arbitrary day."""
    gold = path.parent.parent / "gold" / f"{path.stem}.json"
    if not gold.exists():
        return None
    value = json.loads(gold.read_text(encoding="utf-8")).get("published")
    return str(value) if value else None


#: Articles where the rules alone group a round differently from rules and model together.
KNOWN_REGROUPED = {
    # Undated: with no round of its own for «لأول لقاء رفيع … في الرياض», the weak mention
    # joins the summit Saudi Arabia may host (same country) and gives it ordinal 1; the model
    # reads the first meeting as a round and the summit keeps none (the gold's reading).
    "a_ru_ua_riyadh_talks": "rules alone attach أول لقاء in Riyadh to a possible summit in Saudi Arabia",
    # The model reads a mention the rules leave, which counts the possible Lisbon round the
    # fourth: the model fills an ordinal, as the invariant allows it to fill a place.
    "ab_w89_wsahara_geneva_roundtable": "the model gives the possible Lisbon round its ordinal",
    # Since the first person present (نلتقي) is read under a cue, the answer's planned
    # meeting is a round of its own; the model's mention of the held Bouznika round then
    # gives it its ordinal 2 (the gold's reading), which the rules alone leave empty.
    "h_w17_libya_bouznika_interview": "the model gives the held Bouznika round its ordinal",
    # The rules alone join «أول لقاء علني» (the first meeting, held in Sanaa) to the talks
    # held later in Riyadh, giving them ordinal 1; the model reads the first meeting as a
    # mention of its own and the Riyadh talks keep no ordinal (the gold's reading).
    "ae_w109_yemen_roadmap_oped": "the model keeps the Sanaa meeting's ordinal off the Riyadh talks",
    # The rules give «تستعد … لعقد اجتماعها العشرين في الناقورة الأسبوع المقبل» no status of
    # its own and join it, by venue, to the round Lebanon offers to hold in Naqoura, which
    # then takes ordinal 20; the model reads the twentieth meeting as a planned round of its
    # own and the offer keeps no ordinal (the gold's reading).
    "ah_w134_shebaa_border_interview": "the model keeps the planned 20th meeting off the offered round",
    # (ai_w139_taiz_hodeidah_roads_analysis left this list when a verb of sponsoring became a
    # held cue before its noun: «رعت … أول اجتماع» is a round of the rules' own, as the model's.)
    # (ah_w137_cyprus_varosha_oped left it when an ordinal in apposition took the venue of
    # the clause before it: the rules alone read «…في نيويورك، في أول لقاء» as a round of its
    # own in New York, as the model does, no longer joined to the Crans-Montana conference.)
    # (aj_w146_bodies_swap_turkey left it when a round named right after منذ became held: the
    # rules alone now read «منذ الجولة الثالثة في إسطنبول» as the held round, as the model does.)
    # Since 6e44e991 (a verb of sitting with a fronted city is a held round) the rules alone
    # read «وبالدوحة، جلس وزيرا الدفاع … إلى طاولة الجولة الأولى» as a round at Doha without
    # the ordinal of the round noun after طاولة (before, they read no round there); the
    # model's mention of that noun gives it ordinal 1 (the gold's reading).
    "aj_w151_afpak_istanbul_doha_analysis": "the model gives the Doha sitting its first round's ordinal",
    # al_ (joined at stop 24), three articles where the model's grouping is the gold's:
    # the rules alone join «الجولة الثانية في أبوظبي» of the week ahead to the resumption
    # postponed from 1 February, which takes ordinal 2; the model reads the second round as the
    # planned one (the postponed date's new day) and the postponed resumption keeps none.
    "al_w162_week_abudhabi_first_trilateral": "the model keeps the second round's ordinal off the postponed resumption",
    # «قبيل جولة جديدة في الدوحة» (the headline) and «الجولة الحادية عشرة … المقرر أن تنطلق
    # في الدوحة» are one planned round; the rules alone leave a planned round with neither,
    # the model's mention gives it ordinal 11 (the invariant lets it fill only a place).
    "al_w163_goma_icrc_swap": "the model gives the planned Doha round its ordinal 11",
    # «تتعثر الجولة التاسعة من مفاوضات الدوحة»: the rules alone give ordinal 9 to the talks
    # likely to resume in Doha next month and none to the ninth round; the model keeps the 9
    # on the round that faltered (held) and the possible resumption has none.
    "al_w163_rubaya_mining_analysis": "the model keeps ordinal 9 on the held round, off the possible resumption",
    # ap_ (joined at stop 28), two articles where the model's grouping is the gold's: the
    # rules alone join a held meeting told «وهو الأول منذ ثمانية أشهر» in a border village to
    # the next meeting expected there, which takes the ordinal 1 and the held one is lost;
    # the model reads the held first meeting as a round of its own.
    "ap_w195_geneva_gid_round": "the model keeps the held first meeting off the next one expected there",
    # the rules alone give the leaders' first meeting's ordinal 1 to the round held in Doha
    # (a round told by توصلت … في العاصمة القطرية); the model keeps it on the Washington meeting.
    "ap_w201_washington_accords_analysis": "the model keeps the first meeting's ordinal off the Doha round",
    # aq_ (joined at stop 29), two articles where the model reads a round as the gold does:
    # the rules alone join «في أول مائدة مستديرة منذ ٢٠١٩», held in Geneva last April, to the
    # technical round that «قد تُعقد» in Geneva, which takes ordinal 1 and the held one none;
    # the model keeps the held first round table apart (held, 1, Geneva).
    "aq_w208_wsahara_autonomy_oped": "the model keeps the held first round table off the possible Geneva round",
    # «دعا … إلى مائدة مستديرة بجنيف يومي 21 و22 أبريل المقبل، ستكون الأولى»: the rules alone
    # read the invitation as a proposed round; the model reads the dated round it names as
    # planned, with its ordinal 1 (the gold's reading), and the invitation as a proposal.
    "aq_w208_wsahara_geneva_roundtable": "the model reads the dated first round table as planned",
}


def _invariant_params() -> list[Any]:
    return [
        pytest.param(
            path,
            id=path.stem[:24],
            marks=[pytest.mark.xfail(reason=KNOWN_REGROUPED[path.stem], strict=True)]
            if path.stem in KNOWN_REGROUPED
            else [],
        )
        for path in _articles()
    ]


@pytest.mark.parametrize("path", _invariant_params())
def test_the_model_never_changes_a_round_the_rules_found(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every round the rules find is still there with the model, with the same status,
    ordinal and place; the model may only fill a place the rules left empty (its mention of
    the same round names the venue: ثم جولة ثالثة بالعاصمة العمانية)."""
    text = path.read_text(encoding="utf-8")
    published = _published(path)
    with_model = set(rounds(text, published))
    monkeypatch.setattr(round_model, "BOOST_THRESHOLD", 1.1)
    for status, ordinal, place in rounds(text, published):
        assert (status, ordinal, place) in with_model or (
            place is None and any(r[:2] == (status, ordinal) for r in with_model)
        )


#: A venue of the composed mentions below.
_NAQOURA = Entity("الناقورة", Span(0, 8), EntityKind.PLACE, "Naqoura")
_FIRST = "عقد الوفدان في الناقورة أول اجتماع لهما."
_AGAIN = "وأشار المصدر إلى الاجتماع الثلاثي الذي جمع الوفود آنذاك بحضور الوسيط في الناقورة."


def _weak_read_by_the_model(sentence: tuple[int, int]) -> tuple[_Mention, _Mention]:
    """A trigger the model gives a held status (its reading finds the venue) and the rules'
    own reading of it, with no venue."""
    start = sentence[0] + 20
    model = _Mention(start, start + 7, None, (start, start + 60), "body", place=_NAQOURA)
    model.model_status = RoundStatus.HELD
    model.sentence = sentence
    rules = _Mention(start, start + 7, None, (start, start + 7), "body")
    rules.sentence = sentence
    return model, rules


def _held_first_meeting() -> _Mention:
    first = _Mention(0, 6, RoundStatus.HELD, (0, 30), "body", ordinal=1, place=_NAQOURA)
    first.sentence = (0, len(_FIRST))
    return first


def test_a_mention_the_rules_leave_joins_no_round_of_another_sentence_by_its_venue() -> None:
    """The rules read the trigger and leave it out of every round; the model's reading, which
    found the venue, must not join the first meeting told in another sentence (a meeting
    told again there, perhaps another one) and so change the rules' round."""
    text = _FIRST + " " + _AGAIN
    first = _held_first_meeting()
    model, rules = _weak_read_by_the_model((len(_FIRST) + 1, len(text)))
    groups = _group([first, model], text, rules_reading={id(model): rules})
    assert groups[0].mentions == [first]
    # without the rules' reading to weigh, the model's venue joins it (the old harm)
    first, (model, _) = _held_first_meeting(), _weak_read_by_the_model((len(_FIRST) + 1, len(text)))
    assert _group([first, model], text)[0].mentions == [first, model]


def test_a_mention_the_rules_leave_joins_the_round_its_own_sentence_tells() -> None:
    """In the sentence that tells the round, the model's reading of a mention the rules
    leave may join it by its venue (اقترح الوسيط جولة خامسة قد تستضيفها أوسلو)."""
    text = _FIRST
    first = _held_first_meeting()
    model, rules = _weak_read_by_the_model((0, len(text)))
    groups = _group([first, model], text, rules_reading={id(model): rules})
    assert groups[0].mentions == [first, model]
