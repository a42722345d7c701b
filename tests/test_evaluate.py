"""negotext.evaluate and `negotext eval`: matching rules, one-to-one scoring, gold errors."""

from __future__ import annotations

import io
import json
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import attrs
import pytest

from helpers_plugins import scripted_plugin
from negotext import Analysis, Entity, Exchange, Record, Round, Span, Statement, TerritoryClaim
from negotext.cli import main
from negotext.evaluate import RECORD_TYPES, GoldFormatError, evaluate

CORPUS = Path(__file__).parent / "corpus"

ARTICLE = (
    "عقد الوفدان الجولة الثالثة من المحادثات في الدوحة يوم الأحد. "
    "واتفق الطرفان على تبادل 50 أسيرا. "
    "وقال وزير الخارجية القطري محمد بن عبد الرحمن إن “المفاوضات تسير بشكل جيد”. "
    "وطالبت الحكومة بانسحاب القوات من مدينة الفاشر. "
    "وأشارت مصادر إلى أن الجولة المقبلة قد تعقد في القاهرة."
)

ROUND_EVIDENCE = "عقد الوفدان الجولة الثالثة من المحادثات في الدوحة"
EXCHANGE_EVIDENCE = "تبادل 50 أسيرا"
STATEMENT_EVIDENCE = "وقال وزير الخارجية القطري محمد بن عبد الرحمن"
STATEMENT_CONTENT = "المفاوضات تسير بشكل جيد"
CLAIM_EVIDENCE = "وطالبت الحكومة بانسحاب القوات من مدينة الفاشر"
SOURCES_EVIDENCE = "وأشارت مصادر إلى أن الجولة المقبلة"


def gold_document(**changes: Any) -> dict[str, Any]:
    gold: dict[str, Any] = {
        "doc": "article.txt",
        "published": "2025-03-02",
        "rounds": [
            {
                "place_ar": "الدوحة",
                "place": "Doha",
                "ordinal": 3,
                "status": "held",
                "evidence": ROUND_EVIDENCE,
            }
        ],
        "exchanges": [
            {"kind": "prisoners", "count": 50, "status": "agreed", "evidence": EXCHANGE_EVIDENCE}
        ],
        "statements": [
            {
                "speaker_ar": "محمد بن عبد الرحمن",
                "speaker": "Mohammed bin Abdulrahman Al Thani",
                "direct": True,
                "content_contains": STATEMENT_CONTENT,
                "evidence": STATEMENT_EVIDENCE,
            },
            {
                "speaker_ar": "مصادر",
                "speaker": None,
                "direct": False,
                "content_contains": None,
                "evidence": SOURCES_EVIDENCE,
                "optional": True,
            },
        ],
        "territory_claims": [
            {
                "claimant": None,
                "territory_ar": "مدينة الفاشر",
                "territory": "El Fasher",
                "kind": "withdrawal_demand",
                "evidence": CLAIM_EVIDENCE,
            }
        ],
    }
    gold.update(changes)
    return gold


def span(text: str, needle: str) -> Span:
    start = text.index(needle)
    return Span(start, start + len(needle))


def entity(text: str, needle: str, kind: str, name: str | None = None) -> Entity:
    return Entity(needle, span(text, needle), kind, name=name)


def perfect(text: str) -> list[Record]:
    """The records a perfect extractor finds in ARTICLE."""
    return [
        Round(
            evidence=span(text, ROUND_EVIDENCE),
            extractor="test",
            status="held",
            ordinal=3,
            place=entity(text, "الدوحة", "place", "Doha"),
        ),
        Exchange(
            evidence=span(text, EXCHANGE_EVIDENCE),
            extractor="test",
            kind="prisoners",
            status="agreed",
            count=50,
        ),
        Statement(
            evidence=span(text, STATEMENT_EVIDENCE),
            extractor="test",
            speaker=entity(text, "محمد بن عبد الرحمن", "person"),
            content=span(text, STATEMENT_CONTENT),
            direct=True,
            verb="قال",
        ),
        TerritoryClaim(
            evidence=span(text, CLAIM_EVIDENCE),
            extractor="test",
            territory=entity(text, "الفاشر", "place", "El Fasher"),
            kind="withdrawal_demand",
        ),
    ]


def write_set(tmp_path: Path, gold: dict[str, Any], text: str = ARTICLE) -> tuple[Path, Path]:
    gold_dir, text_dir = tmp_path / "gold", tmp_path / "texts"
    gold_dir.mkdir()
    text_dir.mkdir()
    (gold_dir / "article.json").write_text(json.dumps(gold, ensure_ascii=False), "utf-8")
    (text_dir / "article.txt").write_text(text, "utf-8")
    return gold_dir, text_dir


def counts(report: Any) -> dict[str, tuple[int, int, int]]:
    return {name: (s.tp, s.fp, s.fn) for name, s in report.scores.items()}


def run(tmp_path: Path, gold: dict[str, Any], make: Callable[[str], Iterable[Record]]) -> Any:
    gold_dir, text_dir = write_set(tmp_path, gold)
    with scripted_plugin(lambda analysis: make(analysis.text)):
        return evaluate(gold_dir, text_dir)


def test_perfect_output_finds_everything_and_the_optional_gold_is_no_miss(tmp_path: Path) -> None:
    report = run(tmp_path, gold_document(), perfect)
    assert counts(report) == {
        "round": (1, 0, 0),
        "exchange": (1, 0, 0),
        "statement": (1, 0, 0),
        "territory_claim": (1, 0, 0),
    }
    assert (report.micro.tp, report.micro.fp, report.micro.fn) == (4, 0, 0)
    assert report.micro.f1 == 1.0
    assert report.mismatches == ()


def test_no_output_misses_every_required_gold(tmp_path: Path) -> None:
    report = run(tmp_path, gold_document(), lambda text: [])
    assert counts(report)["statement"] == (0, 0, 1)
    assert report.micro.fn == 4
    assert report.micro.precision == 0.0
    assert {m.evidence for m in report.misses} == {
        ROUND_EVIDENCE,
        EXCHANGE_EVIDENCE,
        STATEMENT_EVIDENCE,
        CLAIM_EVIDENCE,
    }


def test_disagreeing_key_field_is_a_miss_and_an_extra_with_the_near_record(tmp_path: Path) -> None:
    def wrong_ordinal(text: str) -> list[Record]:
        records = perfect(text)
        records[0] = Round(
            evidence=span(text, "الجولة الثالثة"),
            extractor="test",
            status="held",
            ordinal=2,
            place=entity(text, "الدوحة", "place"),
        )
        return records

    report = run(tmp_path, gold_document(), wrong_ordinal)
    assert counts(report)["round"] == (0, 1, 1)
    (miss,) = report.misses
    assert miss.where == "rounds[0]"
    assert miss.near[0]["ordinal"] == 2
    (extra,) = report.extras
    assert extra.evidence == "الجولة الثالثة"
    assert miss.near[0]["wrong"] == ["ordinal"]
    # located (an output overlaps it) but with the ordinal wrong
    fields = report.scores["round"].fields
    assert (fields.required, fields.located) == (1, 1)
    assert (fields.rate("status"), fields.rate("ordinal"), fields.rate("place")) == (1.0, 0.0, 1.0)
    assert "near (wrong ordinal)" in report.format(verbose=True)


def test_field_agreement_tells_unlocated_from_wrong_field(tmp_path: Path) -> None:
    def only_claim_with_wrong_kind(text: str) -> list[Record]:
        claim = next(r for r in perfect(text) if isinstance(r, TerritoryClaim))
        return [attrs.evolve(claim, kind="retention_demand")]

    report = run(tmp_path, gold_document(), only_claim_with_wrong_kind)
    rounds, claims = report.scores["round"].fields, report.scores["territory_claim"].fields
    assert (rounds.required, rounds.located, rounds.location_rate) == (1, 0, 0.0)
    assert rounds.rate("status") == 0.0  # nothing located: no rate to speak of
    assert (claims.located, claims.rate("kind"), claims.rate("territory")) == (1, 0.0, 1.0)
    micro_fields = report.micro.fields
    assert (micro_fields.required, micro_fields.located) == (4, 1)
    data = report.to_dict()["types"]["territory_claim"]["fields"]
    assert data == {
        "required": 1,
        "located": 1,
        "location_rate": 1.0,
        "agreement": {"kind": 0.0, "territory": 1.0},
    }
    assert (
        "territory_claim located 1/1 (1.000); of those, right  kind 0.000  territory 1.000"
        in report.format()
    )


def test_a_perfect_run_locates_everything_with_every_field_right(tmp_path: Path) -> None:
    report = run(tmp_path, gold_document(), perfect)
    for name, score in report.scores.items():
        assert score.fields.located == score.fields.required == 1, name
        assert all(score.fields.rate(f) == 1.0 for f in score.fields.agreed), name


@pytest.mark.parametrize(
    ("gold_place", "output_place", "found"),
    [
        (("الدوحة", "Doha"), None, False),
        ((None, None), "الدوحة", False),
        ((None, None), None, True),
        (("الدوحة", None), "الدوحة", True),
        (("مدينة الدوحة", None), "الدوحة", True),  # one contains the other
        ((None, "doha"), "الدوحة", True),  # canonical name, any case
        (("القاهرة", "Cairo"), "الدوحة", False),
    ],
)
def test_round_place_rule(
    tmp_path: Path, gold_place: tuple[str | None, str | None], output_place: str | None, found: bool
) -> None:
    gold = gold_document()
    gold["rounds"][0]["place_ar"], gold["rounds"][0]["place"] = gold_place

    def make(text: str) -> list[Record]:
        place = entity(text, output_place, "place", "Doha") if output_place else None
        return [
            Round(
                evidence=span(text, ROUND_EVIDENCE),
                extractor="t",
                status="held",
                ordinal=3,
                place=place,
            )
        ]

    report = run(tmp_path, gold, make)
    assert counts(report)["round"] == ((1, 0, 0) if found else (0, 1, 1))


def test_place_surface_forms_are_compared_normalised(tmp_path: Path) -> None:
    text = ARTICLE.replace("في الدوحة", "في إسطنبول")
    gold = gold_document()
    gold["rounds"][0].update(
        place_ar="اسطنبول", place=None, evidence=ROUND_EVIDENCE.replace("الدوحة", "إسطنبول")
    )
    gold_dir, text_dir = write_set(tmp_path, gold, text)

    def make(analysis: Analysis) -> list[Record]:
        t = analysis.text
        return [
            Round(
                evidence=span(t, "الجولة الثالثة"),
                extractor="t",
                status="held",
                ordinal=3,
                place=entity(t, "إسطنبول", "place"),
            )
        ]

    with scripted_plugin(make):
        report = evaluate(gold_dir, text_dir)
    assert counts(report)["round"] == (1, 0, 0)


@pytest.mark.parametrize(
    "name",
    [
        "MOHAMMED BIN ABDULRAHMAN AL THANI",
        # coders write plain letters where the gazetteer has accents ("Ocalan", "Öcalan")
        "Mohammed bin Abdulrahman Âl Thânî",
    ],
)
def test_statement_found_through_its_content_span_and_speaker_name(
    tmp_path: Path, name: str
) -> None:
    def make(text: str) -> list[Record]:
        return [
            Statement(
                # evidence elsewhere; only the content overlaps the gold
                evidence=span(text, "وأشارت"),
                extractor="t",
                speaker=Entity("الوزير", span(text, "وزير"), "person", name=name),
                content=span(text, "تسير بشكل"),
                direct=True,
                verb="قال",
            )
        ]

    report = run(tmp_path, gold_document(), make)
    assert counts(report)["statement"] == (1, 0, 0)


def test_statement_speaker_may_contain_the_gold_surface_form(tmp_path: Path) -> None:
    def make(text: str) -> list[Record]:
        return [
            Statement(
                evidence=span(text, STATEMENT_EVIDENCE),
                extractor="t",
                speaker=entity(text, "وزير الخارجية القطري محمد بن عبد الرحمن", "person"),
                content=span(text, STATEMENT_CONTENT),
                direct=True,
                verb="قال",
            ),
            Statement(  # wrong speaker: an extra, and the gold is still found once
                evidence=span(text, STATEMENT_EVIDENCE),
                extractor="t",
                speaker=entity(text, "الحكومة", "organization"),
                content=span(text, STATEMENT_CONTENT),
                direct=True,
                verb="قال",
            ),
        ]

    report = run(tmp_path, gold_document(), make)
    assert counts(report)["statement"] == (1, 1, 0)


def anonymous_sources(text: str) -> list[Record]:
    """The statement of the article's anonymous sources (the optional gold statement)."""
    return [
        Statement(
            evidence=span(text, SOURCES_EVIDENCE),
            extractor="t",
            speaker=entity(text, "مصادر", "anonymous"),
            content=span(text, "الجولة المقبلة قد تعقد"),
            direct=False,
            verb="أشارت",
        )
    ]


def test_output_matching_only_an_optional_gold_is_not_a_false_positive(tmp_path: Path) -> None:
    report = run(tmp_path, gold_document(), anonymous_sources)
    assert counts(report)["statement"] == (0, 0, 1)
    assert report.scores["statement"].ignored == 1


def test_gold_statement_with_no_speaker_agrees_with_any_speaker(tmp_path: Path) -> None:
    """An anonymous source the gold names no speaker for is found whatever speaker is output."""
    gold = gold_document()
    gold["statements"][1].update(speaker_ar=None, optional=False)

    report = run(tmp_path, gold, anonymous_sources)
    assert counts(report)["statement"] == (1, 0, 1)


def test_matching_is_one_to_one(tmp_path: Path) -> None:
    report = run(tmp_path, gold_document(), lambda text: perfect(text)[1:2] * 2)
    assert counts(report)["exchange"] == (1, 1, 0)


def test_matching_is_maximal_not_first_come(tmp_path: Path) -> None:
    # Two gold exchanges; output A overlaps both, output B only the first.
    # Taking A for the first gold would leave the second unmatched.
    gold = gold_document()
    gold["exchanges"] = [
        {"kind": "prisoners", "count": 50, "evidence": "على تبادل 50 أسيرا"},
        {"kind": "prisoners", "count": 50, "evidence": "واتفق الطرفان على"},
    ]

    def make(text: str) -> list[Record]:
        return [
            Exchange(
                evidence=span(text, "الطرفان على تبادل"),
                extractor="t",
                kind="prisoners",
                status="agreed",
                count=50,
            ),
            Exchange(
                evidence=span(text, "50 أسيرا"),
                extractor="t",
                kind="prisoners",
                status="agreed",
                count=50,
            ),
        ]

    report = run(tmp_path, gold, make)
    assert counts(report)["exchange"] == (2, 0, 0)


def test_evidence_alt_counts_as_gold_evidence(tmp_path: Path) -> None:
    gold = gold_document()
    gold["exchanges"][0]["evidence_alt"] = ["واتفق الطرفان"]

    def make(text: str) -> list[Record]:
        return [
            Exchange(
                evidence=span(text, "واتفق"),
                extractor="t",
                kind="prisoners",
                status="agreed",
                count=50,
            )
        ]

    report = run(tmp_path, gold, make)
    assert counts(report)["exchange"] == (1, 0, 0)


def test_territory_by_kind_and_surface_form(tmp_path: Path) -> None:
    def make(text: str) -> list[Record]:
        return [
            TerritoryClaim(
                evidence=span(text, CLAIM_EVIDENCE),
                extractor="t",
                territory=entity(text, "الفاشر", "place"),
                kind="withdrawal_demand",
            ),
            TerritoryClaim(
                evidence=span(text, CLAIM_EVIDENCE),
                extractor="t",
                territory=entity(text, "الفاشر", "place"),
                kind="control",
            ),
        ]

    report = run(tmp_path, gold_document(), make)
    assert counts(report)["territory_claim"] == (1, 1, 0)


def test_gold_published_date_reaches_the_pipeline(tmp_path: Path) -> None:
    seen = []
    gold_dir, text_dir = write_set(tmp_path, gold_document())
    with scripted_plugin(lambda analysis: seen.append(analysis.document) or []):
        evaluate(gold_dir, text_dir)
    assert [(d.id, str(d.published)) for d in seen] == [("article.txt", "2025-03-02")]


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda g: g["rounds"][0].pop("status"), "rounds[0].status: missing, expected one of held"),
        (lambda g: g["exchanges"][0].update(kind="cats"), "exchanges[0].kind: 'cats', expected"),
        (lambda g: g["exchanges"][0].update(count="50"), "exchanges[0].count: expected an integer"),
        (
            lambda g: g["statements"][0].update(evidence="ليس في النص"),
            "statements[0].evidence: 'ليس في النص' does not occur",
        ),
        (
            lambda g: g["statements"][0].update(content_contains="غائب"),
            "statements[0].content_contains: 'غائب' does not occur",
        ),
        (
            lambda g: g["statements"][1].update(speaker_ar=""),
            "statements[1].speaker_ar: expected a non-empty string",
        ),
        (
            lambda g: g["territory_claims"][0].pop("evidence"),
            "territory_claims[0].evidence: missing",
        ),
        (lambda g: g.update(doc="missing.txt"), "doc: cannot read the article"),
        # A NUL in the name raised ValueError from the file system call: a traceback.
        (lambda g: g.update(doc="article.txt\x00"), "doc: cannot read the article"),
        (lambda g: g.pop("doc"), "doc: missing"),
        (lambda g: g.update(published="March 2025"), "published: expected YYYY-MM-DD"),
        (lambda g: g.update(rounds={}), "rounds: expected a list"),
        (lambda g: g.update(round=[]), "round: unknown key"),
        (lambda g: g["rounds"].append("x"), "rounds[1]: expected an object"),
    ],
)
def test_malformed_gold_names_file_and_field(
    tmp_path: Path, change: Callable[[dict[str, Any]], Any], message: str
) -> None:
    gold = gold_document()
    change(gold)
    gold_dir, text_dir = write_set(tmp_path, gold)
    with pytest.raises(GoldFormatError) as caught:
        evaluate(gold_dir, text_dir)
    assert str(caught.value).startswith(f"{gold_dir / 'article.json'}: ")
    assert message in str(caught.value)


def test_gold_that_is_not_json(tmp_path: Path) -> None:
    gold_dir, text_dir = write_set(tmp_path, gold_document())
    (gold_dir / "article.json").write_text('{"doc": "article.txt",\n  oops}', "utf-8")
    with pytest.raises(GoldFormatError, match=r"article\.json: invalid JSON at line 2 column 3"):
        evaluate(gold_dir, text_dir)


def test_gold_nested_too_deeply_is_a_format_error(tmp_path: Path) -> None:
    """json.loads recurses once a level: deep nesting raised RecursionError, a traceback."""
    gold_dir, text_dir = write_set(tmp_path, gold_document())
    deep = "[" * 100_000 + "]" * 100_000
    (gold_dir / "article.json").write_text(f'{{"doc": "article.txt", "rounds": {deep}}}', "utf-8")
    with pytest.raises(GoldFormatError, match=r"article\.json: invalid JSON: .* nested too deeply"):
        evaluate(gold_dir, text_dir)


def test_empty_gold_folder_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(GoldFormatError, match="no gold files"):
        evaluate(tmp_path, tmp_path)


def test_seed_gold_scores_all_four_types() -> None:
    report = evaluate(CORPUS / "gold", CORPUS / "seeds")
    assert report.documents == 5
    assert set(report.scores) == set(RECORD_TYPES)
    # 64 gold records, 10 of them optional: every required one is found or missed.
    for name, score in report.scores.items():
        required = sum(
            not record.get("optional", False)
            for path in (CORPUS / "gold").glob("*.json")
            for record in json.loads(path.read_text("utf-8"))[RECORD_TYPES[name]]
        )
        assert score.tp + score.fn == required, name


# -- the command --------------------------------------------------------------


def cli(argv: list[str]) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    status = main(argv, stdout=out, stderr=err)
    return status, out.getvalue(), err.getvalue()


def test_eval_command_prints_a_table(tmp_path: Path) -> None:
    gold_dir, text_dir = write_set(tmp_path, gold_document())
    with scripted_plugin(lambda analysis: perfect(analysis.text)[:2]):
        status, out, err = cli(["eval", str(gold_dir), str(text_dir)])
    assert status == 0, err
    lines = out.splitlines()
    assert lines[0] == "1 documents"
    assert lines[1].split() == ["type", "tp", "fp", "fn", "precision", "recall", "f1"]
    assert lines[2].split() == ["round", "1", "0", "0", "1.000", "1.000", "1.000"]
    assert lines[4].split() == ["statement", "0", "0", "1", "0.000", "0.000", "0.000"]
    assert lines[6].split() == ["micro", "2", "0", "2", "1.000", "0.500", "0.667"]
    assert "MISS" not in out


def test_eval_verbose_lists_misses_and_extras_with_evidence(tmp_path: Path) -> None:
    gold_dir, text_dir = write_set(tmp_path, gold_document())

    def make(analysis: Analysis) -> list[Record]:
        text = analysis.text
        return [
            Exchange(
                evidence=span(text, "أسيرا"),
                extractor="t",
                kind="hostages",
                status="agreed",
                count=50,
            )
        ]

    with scripted_plugin(make):
        status, out, _ = cli(["eval", "--verbose", str(gold_dir), str(text_dir)])
    assert status == 0
    assert f"evidence: {ROUND_EVIDENCE}" in out
    assert "MISS  article.txt exchange" in out
    assert "EXTRA article.txt exchange" in out
    assert "kind='hostages'" in out
    assert "near (wrong kind): extractor='t', evidence='أسيرا', kind='hostages', count=50" in out
    assert "exchange        located 1/1 (1.000); of those, right  kind 0.000  count 1.000" in out


def test_eval_json(tmp_path: Path) -> None:
    gold_dir, text_dir = write_set(tmp_path, gold_document())
    with scripted_plugin(lambda analysis: perfect(analysis.text)):
        status, out, _ = cli(["eval", "--json", str(gold_dir), str(text_dir)])
    assert status == 0
    data = json.loads(out)
    assert data["types"]["statement"] == {
        "tp": 1,
        "fp": 0,
        "fn": 0,
        "ignored": 0,
        "precision": 1.0,
        "recall": 1.0,
        "f1": 1.0,
        "fields": {
            "required": 1,
            "located": 1,
            "location_rate": 1.0,
            "agreement": {"speaker": 1.0},
        },
    }
    assert data["micro"]["tp"] == 4
    assert data["misses"] == []
    assert data["extras"] == []


def test_eval_malformed_gold_is_one_line_and_status_1(tmp_path: Path) -> None:
    gold = gold_document()
    gold["rounds"][0]["status"] = "done"
    gold_dir, text_dir = write_set(tmp_path, gold)
    status, out, err = cli(["eval", str(gold_dir), str(text_dir)])
    assert status == 1
    assert out == ""
    assert err == (
        f"negotext: error: {gold_dir / 'article.json'}: rounds[0].status: 'done', expected one "
        "of held, planned, proposed, possible, cancelled\n"
    )


def test_eval_reports_extractor_failures(tmp_path: Path) -> None:
    gold_dir, text_dir = write_set(tmp_path, gold_document())

    def broken(analysis: Analysis) -> list[Record]:
        raise RuntimeError("boom")

    with scripted_plugin(broken):
        status, out, err = cli(["eval", str(gold_dir), str(text_dir)])
    assert status == 1
    assert "micro" in out
    assert "negotext: error: plugin 'test-scripted' failed on document 'article.txt'" in err
    assert "RuntimeError: boom" in err
