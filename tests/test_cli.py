"""The `negotext` command: inputs, outputs, bad input, plugins, exit statuses."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from helpers_plugins import PLUGIN_NAME, scripted_plugin
from negotext import Analysis, Entity, Exchange, Record, Span, Statement, __version__
from negotext.cli import CSV_COLUMNS, main
from negotext.plugins import list_plugins

ARTICLE = "وقال الوزير إن “المحادثات مستمرة”. واتفق الطرفان على تبادل 50 أسيرا."
OTHER = "أعلنت الوساطة عن جولة جديدة من المفاوضات في جدة."


def find_records(analysis: Analysis) -> list[Record]:
    """A statement wherever قال stands and an exchange wherever تبادل stands."""
    text = analysis.text
    records: list[Record] = []
    if (at := text.find("وقال الوزير")) != -1:
        records.append(
            Statement(
                evidence=Span(at, at + len("وقال الوزير")),
                extractor=PLUGIN_NAME,
                speaker=Entity("الوزير", Span(at + 5, at + 11), "person", role="minister"),
                content=Span(at + 16, at + 31),
                direct=True,
                verb="قال",
            )
        )
    if (at := text.find("تبادل 50 أسيرا")) != -1:
        records.append(
            Exchange(
                evidence=Span(at, at + 14),
                extractor=PLUGIN_NAME,
                kind="prisoners",
                status="agreed",
                count=50,
                per_side=None,
            )
        )
    return records


@pytest.fixture
def scripted() -> object:
    with scripted_plugin(find_records):
        yield


@pytest.fixture
def seen() -> list[object]:
    """The documents the pipeline received, in order."""
    documents: list[object] = []

    def record(analysis: Analysis) -> list[Record]:
        documents.append(analysis.document)
        return find_records(analysis)

    with scripted_plugin(record):
        yield documents


class FakeTTY(io.StringIO):
    def isatty(self) -> bool:
        return True


def run(*argv: str, stdin: bytes = b"", stderr: io.StringIO | None = None) -> tuple[int, str, str]:
    out = io.StringIO()
    err = stderr if stderr is not None else io.StringIO()
    status = main(list(argv), stdout=out, stderr=err, stdin=io.BytesIO(stdin))
    return status, out.getvalue(), err.getvalue()


def lines(out: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in out.splitlines()]


# -- reading ------------------------------------------------------------------


@pytest.mark.usefixtures("scripted")
def test_txt_file_gives_json_lines_with_the_file_name_as_doc(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, "utf-8")
    status, out, err = run("extract", str(path))
    assert status == 0
    records = lines(out)
    assert [r["type"] for r in records] == ["statement", "exchange"]
    assert {r["doc"] for r in records} == {"a.txt"}
    start = ARTICLE.index("تبادل")
    assert records[1]["evidence"] == {"start": start, "end": start + 14, "text": "تبادل 50 أسيرا"}
    assert records[0]["speaker"]["role"] == "minister"
    assert err == "negotext: 1 documents, 2 records, 0 failed\n"


def test_offsets_index_the_file_characters_with_crlf_kept(
    tmp_path: Path, seen: list[object]
) -> None:
    path = tmp_path / "crlf.txt"
    path.write_bytes(("سطر أول\r\n" + ARTICLE).encode("utf-8"))
    status, out, _ = run("extract", str(path))
    assert status == 0
    exchange = lines(out)[1]
    assert exchange["evidence"]["start"] == len("سطر أول\r\n") + ARTICLE.index("تبادل")
    assert exchange["evidence"]["text"] == "تبادل 50 أسيرا"


def test_published_applies_to_txt_files(tmp_path: Path, seen: list[object]) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, "utf-8")
    status, _, _ = run("extract", "--published", "2025-05-16", str(tmp_path / "a.txt"))
    assert status == 0
    assert str(seen[0].published) == "2025-05-16"  # type: ignore[attr-defined]


def test_bad_published_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, _, _ = run("extract", "--published", "16/05/2025", str(tmp_path))
    assert status == 2
    assert "expected a date as YYYY-MM-DD, got '16/05/2025'" in capsys.readouterr().err


def test_jsonl_documents_carry_their_fields(tmp_path: Path, seen: list[object]) -> None:
    path = tmp_path / "batch.jsonl"
    rows = [
        {
            "id": "x1",
            "text": ARTICLE,
            "published": "2025-01-02",
            "source": "SANA",
            "url": "http://e/1",
        },
        {"id": 7, "text": OTHER},
    ]
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n\n", "utf-8")
    status, out, _ = run("extract", str(path))
    assert status == 0
    assert [(d.id, str(d.published), d.source, d.url) for d in seen] == [  # type: ignore[attr-defined]
        ("x1", "2025-01-02", "SANA", "http://e/1"),
        ("7", "None", None, None),
    ]
    assert {r["doc"] for r in lines(out)} == {"x1"}


def test_folders_are_read_recursively_and_sorted(tmp_path: Path, seen: list[object]) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.txt").write_text(OTHER, "utf-8")
    (tmp_path / "a.txt").write_text(ARTICLE, "utf-8")
    (tmp_path / "c.jsonl").write_text(json.dumps({"id": "c1", "text": OTHER}), "utf-8")
    (tmp_path / ".hidden.txt").write_text(OTHER, "utf-8")
    (tmp_path / "notes.md").write_text("# notes", "utf-8")
    status, _, err = run("extract", str(tmp_path))
    assert status == 0
    assert [d.id for d in seen] == ["a.txt", "z.txt", "c1"]  # type: ignore[attr-defined]
    assert f"negotext: warning: {tmp_path / 'notes.md'}: skipped (not .txt or .jsonl)\n" in err
    assert err.endswith("negotext: 3 documents, 2 records, 0 failed\n")


def test_a_folder_with_nothing_to_read_is_an_error(tmp_path: Path, seen: list[object]) -> None:
    (tmp_path / "notes.md").write_text("# notes", "utf-8")
    (tmp_path / "empty").mkdir()
    status, out, err = run("extract", str(tmp_path), str(tmp_path / "empty"))
    assert status == 1
    assert out == ""
    assert f"negotext: error: {tmp_path}: no .txt or .jsonl files in this folder\n" in err
    assert f"negotext: error: {tmp_path / 'empty'}: no .txt or .jsonl files in this folder\n" in err
    assert err.endswith("negotext: 2 documents, 0 records, 2 failed\n")


def test_stdin_as_text_and_as_jsonl(seen: list[object]) -> None:
    status, out, _ = run("extract", "-", stdin=ARTICLE.encode("utf-8"))
    assert status == 0
    assert {r["doc"] for r in lines(out)} == {"<stdin>"}
    line = json.dumps({"id": "s1", "text": OTHER}).encode()
    status, _, _ = run("extract", "--stdin-format", "jsonl", "-", stdin=line)
    assert status == 0
    assert [d.id for d in seen] == ["<stdin>", "s1"]  # type: ignore[attr-defined]


# -- writing ------------------------------------------------------------------


@pytest.mark.usefixtures("scripted")
def test_csv_has_flat_columns_and_json_for_nested_fields(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, "utf-8")
    status, out, _ = run("extract", "--format", "csv", str(tmp_path / "a.txt"))
    assert status == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    header = out.splitlines()[0].split(",")
    assert tuple(header[: len(CSV_COLUMNS)]) == CSV_COLUMNS
    statement, exchange = rows
    assert statement["type"] == "statement"
    assert statement["evidence_text"] == "وقال الوزير"
    assert json.loads(statement["speaker"])["text"] == "الوزير"
    assert statement["direct"] == "true"
    assert exchange["count"] == "50"
    assert exchange["per_side"] == ""
    assert exchange["speaker"] == ""


@pytest.mark.usefixtures("scripted")
def test_output_file(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, "utf-8")
    target = tmp_path / "out.jsonl"
    status, out, _ = run("extract", "-o", str(target), str(tmp_path / "a.txt"))
    assert status == 0
    assert out == ""
    assert len(lines(target.read_text("utf-8"))) == 2


def test_unwritable_output_file(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, "utf-8")
    status, _, err = run("extract", "-o", str(tmp_path / "no" / "out.jsonl"), str(tmp_path))
    assert status == 1
    assert "cannot write: No such file or directory" in err


@pytest.mark.usefixtures("scripted")
def test_progress_only_on_a_terminal_and_after_a_few_documents(tmp_path: Path) -> None:
    for i in range(5):
        (tmp_path / f"{i}.txt").write_text(ARTICLE, "utf-8")
    tty = FakeTTY()
    run("extract", str(tmp_path), stderr=tty)
    assert "\rnegotext: 5 documents, 10 records, 0 failed" in tty.getvalue()
    _, _, err = run("extract", str(tmp_path))
    assert "\r" not in err
    tty = FakeTTY()
    run("extract", str(tmp_path / "0.txt"), str(tmp_path / "1.txt"), stderr=tty)
    assert "\r" not in tty.getvalue()


# -- bad input ----------------------------------------------------------------


@pytest.fixture
def messy(tmp_path: Path) -> Path:
    """A folder with one good article, a good JSONL line, and every kind of bad input."""
    (tmp_path / "good.txt").write_text(ARTICLE, "utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "latin1.txt").write_bytes("قال ".encode() + "café".encode("latin-1"))
    (tmp_path / "batch.jsonl").write_text(
        "\n".join(
            [
                json.dumps({"id": "j1", "text": ARTICLE}, ensure_ascii=False),
                '{"id": "j2", "text": ',
                json.dumps({"text": OTHER}),
                json.dumps({"id": "j4", "text": 5}),
                json.dumps({"id": "j5", "text": OTHER, "published": "yesterday"}),
                "[1, 2]",
                json.dumps({"id": "j7", "text": "  "}),
            ]
        ),
        "utf-8",
    )
    return tmp_path


@pytest.mark.usefixtures("scripted")
def test_each_bad_input_is_one_line_and_good_documents_go_through(messy: Path) -> None:
    status, out, err = run("extract", str(messy))
    assert status == 1
    assert {r["doc"] for r in lines(out)} == {"good.txt", "j1"}
    jsonl = messy / "batch.jsonl"
    assert err.splitlines() == [
        f"negotext: error: {jsonl}:2: invalid JSON at column 22: Expecting value",
        f"negotext: error: {jsonl}:3: missing field 'id'",
        f"negotext: error: {jsonl}:4: field 'text' must be a string, got int",
        f"negotext: error: {jsonl}:5: field 'published' must be YYYY-MM-DD or null, got 'yesterday'",
        f"negotext: error: {jsonl}:6: expected a JSON object, got list",
        f"negotext: error: {jsonl}:7: field 'text' is empty",
        f"negotext: error: {messy / 'binary.txt'}: binary file (NUL byte at byte 8), not UTF-8 text",
        f"negotext: error: {messy / 'empty.txt'}: empty file",
        f"negotext: error: {messy / 'latin1.txt'}: invalid UTF-8 at byte 10",
        "negotext: 11 documents, 4 records, 9 failed",
    ]


def test_missing_and_unreadable_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, seen: list[object]
) -> None:
    good = tmp_path / "good.txt"
    good.write_text(ARTICLE, "utf-8")
    locked = tmp_path / "locked.txt"
    locked.write_text(ARTICLE, "utf-8")
    real_read_bytes = Path.read_bytes

    def read_bytes(self: Path) -> bytes:  # root reads anything: simulate EACCES
        if self == locked:
            raise PermissionError(13, "Permission denied", str(self))
        return real_read_bytes(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    status, _, err = run("extract", str(locked), str(tmp_path / "nope.txt"), str(good))
    assert status == 1
    assert [d.id for d in seen] == ["good.txt"]  # type: ignore[attr-defined]
    assert err.splitlines() == [
        f"negotext: error: {locked}: cannot read: Permission denied",
        f"negotext: error: {tmp_path / 'nope.txt'}: no such file or directory",
        "negotext: 3 documents, 2 records, 2 failed",
    ]


def test_invalid_utf8_in_a_jsonl_line_names_the_line_and_byte(tmp_path: Path) -> None:
    path = tmp_path / "b.jsonl"
    path.write_bytes(b'{"id": "1", "text": "ok"}\n{"id": "2", "text": "\xff"}\n')
    status, _, err = run("extract", str(path))
    assert status == 1
    assert f"negotext: error: {path}:2: invalid UTF-8 at byte 47\n" in err


@pytest.mark.usefixtures("scripted")
def test_a_lone_surrogate_in_a_jsonl_field_names_the_line_and_field(tmp_path: Path) -> None:
    """JSON may escape a lone surrogate (\\ud800): no UTF-8 output can hold it, so the
    run crashed writing the record; the line is reported and the next one goes through."""
    path = tmp_path / "s.jsonl"
    path.write_text(
        json.dumps({"id": "1", "text": ARTICLE.replace("المحادثات", "\ud800")})
        + "\n"
        + json.dumps({"id": "2\udfff", "text": ARTICLE})
        + "\n"
        + json.dumps({"id": "3", "text": ARTICLE, "source": "\ud83d"})
        + "\n"
        + json.dumps({"id": "4", "text": ARTICLE})
        + "\n",
        "ascii",
    )
    for fmt in ("jsonl", "csv"):
        status, _, err = run("extract", str(path), "--format", fmt)
        assert status == 1
        assert err.splitlines() == [
            f"negotext: error: {path}:1: field 'text' holds a lone surrogate (\\ud800) at "
            "character 16, not Unicode text",
            f"negotext: error: {path}:2: field 'id' holds a lone surrogate (\\udfff) at "
            "character 1, not Unicode text",
            f"negotext: error: {path}:3: field 'source' holds a lone surrogate (\\ud83d) at "
            "character 0, not Unicode text",
            "negotext: 4 documents, 2 records, 3 failed",
        ]
    assert '"doc": "4"' in run("extract", str(path))[1]


@pytest.mark.parametrize(
    ("encoding", "name"), [("utf-16", "UTF-16"), ("utf-16-be", "UTF-16"), ("utf-32", "UTF-32")]
)
def test_a_utf16_or_utf32_file_is_named_as_such(tmp_path: Path, encoding: str, name: str) -> None:
    """A file saved "as Unicode" was reported as binary for its NUL bytes."""
    bom = "\ufeff" if encoding == "utf-16-be" else ""
    (tmp_path / "a.txt").write_bytes((bom + ARTICLE).encode(encoding))
    line = json.dumps({"id": "b", "text": ARTICLE}, ensure_ascii=False)
    (tmp_path / "b.jsonl").write_bytes((bom + line).encode(encoding))
    status, _, err = run("extract", str(tmp_path))
    assert status == 1
    for file in ("a.txt", "b.jsonl"):
        assert (
            f"negotext: error: {tmp_path / file}: {name} text (byte order mark at byte 0), "
            "not UTF-8; re-save it as UTF-8\n"
        ) in err


@pytest.mark.usefixtures("scripted")
def test_a_jsonl_line_nested_too_deeply_is_reported_and_the_next_goes_through(
    tmp_path: Path,
) -> None:
    """json.loads recurses once a level: RecursionError stopped the whole run."""
    path = tmp_path / "deep.jsonl"
    deep = "[" * 100_000 + "]" * 100_000
    path.write_text(
        f'{{"id": "1", "text": {deep}}}\n' + json.dumps({"id": "2", "text": ARTICLE}) + "\n",
        "utf-8",
    )
    status, out, err = run("extract", str(path))
    assert status == 1
    assert {r["doc"] for r in lines(out)} == {"2"}
    assert err.splitlines()[0] == (
        f"negotext: error: {path}:1: invalid JSON: arrays or objects nested too deeply"
    )


def test_extractor_failure_names_plugin_and_document(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, "utf-8")
    (tmp_path / "b.txt").write_text(OTHER, "utf-8")

    def fragile(analysis: Analysis) -> list[Record]:
        if analysis.document.id == "b.txt":
            raise ZeroDivisionError("division by zero")
        return find_records(analysis)

    with scripted_plugin(fragile):
        status, out, err = run("extract", str(tmp_path))
    assert status == 1
    assert len(lines(out)) == 2
    assert err.splitlines() == [
        "negotext: error: b.txt: plugin 'test-scripted' failed: ZeroDivisionError: division by zero",
        "negotext: 2 documents, 2 records, 1 failed",
    ]


# -- plugins ------------------------------------------------------------------


def test_unknown_plugin_is_one_line_and_status_2(tmp_path: Path) -> None:
    status, out, err = run("extract", "--disable", "no-such-plugin", str(tmp_path))
    assert status == 2
    assert out == ""
    assert len(err.splitlines()) == 1
    assert err.startswith("negotext: error: unknown plugin 'no-such-plugin'; known plugins: ")


@pytest.mark.usefixtures("scripted")
def test_disable_is_for_one_run_only(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, "utf-8")
    status, out, _ = run("extract", "--disable", PLUGIN_NAME, str(tmp_path))
    assert status == 0
    assert out == ""
    assert next(i for i in list_plugins() if i.name == PLUGIN_NAME).enabled
    status, out, _ = run("extract", str(tmp_path))
    assert len(lines(out)) == 2


@pytest.mark.usefixtures("scripted")
def test_only_keeps_the_named_extractors_and_the_data_plugins(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, "utf-8")
    status, out, _ = run("extract", "--only", PLUGIN_NAME, str(tmp_path))
    assert status == 0
    assert len(lines(out)) == 2  # the record types still serialise: negotext.records stays
    extractor = next(i.name for i in list_plugins() if i.name.startswith("negotext.extractors"))
    status, out, _ = run("extract", "--only", extractor, str(tmp_path))
    assert status == 0
    assert PLUGIN_NAME not in out


@pytest.mark.usefixtures("scripted")
def test_plugins_lists_hooks_versions_and_state() -> None:
    status, out, _ = run("plugins")
    assert status == 0
    assert f"negotext.records {__version__}" in " ".join(out.split())
    assert "negotext_register_record_types" in out
    status, out, _ = run("plugins", "--json")
    data = {p["name"]: p for p in json.loads(out)}
    assert data[PLUGIN_NAME] == {
        "name": PLUGIN_NAME,
        "hooks": ["negotext_extract_records"],
        "version": None,
        "enabled": True,
    }
    status, out, _ = run("plugins", "--json", "--disable", PLUGIN_NAME)
    assert {p["name"]: p["enabled"] for p in json.loads(out)}[PLUGIN_NAME] is False


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == 0
    assert capsys.readouterr().out == f"negotext {__version__}\n"


def test_no_command_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 2
    assert "the following arguments are required: COMMAND" in capsys.readouterr().err


def test_command_runs_as_a_program(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, "utf-8")
    (tmp_path / "bad.txt").write_bytes(b"\xff\xfe")
    env = {**os.environ, "NEGOTEXT_LOAD_PLUGINS": "", "PYTHONIOENCODING": "ascii"}
    result = subprocess.run(
        [sys.executable, "-m", "negotext.cli", "extract", str(tmp_path)],
        capture_output=True,
        env=env,
        check=False,
    )
    assert result.returncode == 1
    stdout, stderr = result.stdout.decode("utf-8"), result.stderr.decode("utf-8")
    for line in stdout.splitlines():
        assert json.loads(line)["doc"] == "a.txt"
    assert f"negotext: error: {tmp_path / 'bad.txt'}: invalid UTF-8 at byte 0\n" in stderr
    assert stderr.splitlines()[-1].startswith("negotext: 2 documents, ")
