"""The ``negotext`` command: ``extract``, ``eval`` and ``plugins``.

Plain argparse, so installing negotext stays light. :func:`main` takes the
arguments and returns the exit status, which makes it easy to test in
process: 0 when everything went through, 1 when any document (or gold file)
failed, 2 for a usage error such as an unknown plugin name.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import datetime
import io
import json
import os
import sys
import time
from collections.abc import Iterator, Sequence
from typing import IO, Any, TextIO

import attrs

from negotext import __version__
from negotext.document import Document
from negotext.io import InputError, Skipped, read_documents
from negotext.pipeline import extract_many
from negotext.plugins import (
    UnknownPluginError,
    disable_plugin,
    enable_plugin,
    get_plugin_manager,
    get_resources,
    list_plugins,
)
from negotext.records import Record
from negotext.serialize import to_dict, to_json

__all__ = ["CSV_COLUMNS", "main"]

PROG = "negotext"

#: The first CSV columns, shared by every record type; the other fields follow.
CSV_COLUMNS = (
    "type",
    "doc",
    "evidence_start",
    "evidence_end",
    "evidence_text",
    "confidence",
    "extractor",
    "segment",
)

#: Documents after which the progress line appears (on a terminal only).
PROGRESS_AFTER = 3

EPILOG_INPUTS = """\
Inputs: a .txt file is one document, its id the file name; a .jsonl file
holds one document a line, {"id", "text", "published"?, "source"?, "url"?};
a folder is read recursively (.txt and .jsonl, sorted); "-" reads stdin.
A document that cannot be read is reported on stderr as
"negotext: error: FILE[:LINE]: message" and the others go on; the exit
status is 1 when any document failed, 2 for a usage error.
"""

EPILOG_PLUGINS = """\
Plugins are named as `negotext plugins` lists them. Disable plugins for one
run with --disable NAME (repeatable) or the environment variable
NEGOTEXT_DISABLE_PLUGINS=name1,name2; NEGOTEXT_LOAD_PLUGINS=name1,name2
loads only the installed (entry-point) plugins named. Nothing is stored
between runs.
"""


def _date(value: str) -> datetime.date:
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a date as YYYY-MM-DD, got {value!r}") from None


def _add_plugin_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("plugins")
    group.add_argument(
        "--disable",
        metavar="PLUGIN",
        action="append",
        default=[],
        help="do not run this plugin (repeatable)",
    )
    group.add_argument(
        "--only",
        metavar="PLUGIN",
        action="append",
        default=[],
        help="run only these extractor plugins (repeatable); plugins that only "
        "contribute data (record types, gazetteer, word lists) still load",
    )


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``negotext`` command."""
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Read Arabic news about peace and ceasefire negotiations into typed "
        "records (rounds, exchanges, statements, territorial claims), each with "
        "the exact span of its evidence.",
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    ext = commands.add_parser(
        "extract",
        help="extract records from articles",
        description="Extract records from articles and write one record per line.",
        epilog=EPILOG_INPUTS + "\n" + EPILOG_PLUGINS,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    ext.add_argument("paths", nargs="+", metavar="PATH", help="files, folders, or - for stdin")
    ext.add_argument(
        "--published",
        type=_date,
        metavar="YYYY-MM-DD",
        help=(
            "publication date of the .txt and stdin documents: resolves relative dates, and"
            " lets a title alone (الرئيس الأمريكي) name whoever held the office on that day"
        ),
    )
    ext.add_argument(
        "--stdin-format",
        choices=("text", "jsonl"),
        default="text",
        help="how to read '-': one text document (default) or JSON Lines",
    )
    ext.add_argument(
        "--format",
        choices=("jsonl", "csv"),
        default="jsonl",
        help="JSON Lines, one record a line (default), or CSV, one row a record",
    )
    ext.add_argument("-o", "--output", metavar="FILE", help="write here instead of stdout")
    ext.add_argument(
        "--no-progress", action="store_true", help="no progress line, even on a terminal"
    )
    _add_plugin_options(ext)

    ev = commands.add_parser(
        "eval",
        help="score extraction against gold records",
        description="Run the pipeline over the articles TEXT_DIR holds and score it "
        "against the gold JSON files in GOLD_DIR (each names its article with "
        '"doc"): precision, recall and F1 per record type and micro-averaged.',
        epilog=EPILOG_PLUGINS,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    ev.add_argument("gold_dir", metavar="GOLD_DIR")
    ev.add_argument("text_dir", metavar="TEXT_DIR")
    ev.add_argument(
        "-v", "--verbose", action="store_true", help="list every miss and every extra record"
    )
    ev.add_argument("--json", action="store_true", help="print the scores as JSON")
    _add_plugin_options(ev)

    pl = commands.add_parser(
        "plugins",
        help="list plugins",
        description="List the plugins: built-in and installed, enabled or not, with "
        "their hooks and versions.",
        epilog=EPILOG_PLUGINS,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    pl.add_argument("--json", action="store_true", help="print JSON")
    _add_plugin_options(pl)
    return parser


# -- helpers ------------------------------------------------------------------


class _Console:
    """stderr messages in one format: ``negotext: error: ...``."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream

    def error(self, message: str) -> None:
        self.stream.write(f"{PROG}: error: {message}\n")

    def warning(self, message: str) -> None:
        self.stream.write(f"{PROG}: warning: {message}\n")

    def info(self, message: str) -> None:
        self.stream.write(f"{PROG}: {message}\n")


@contextlib.contextmanager
def _plugins_for_run(disable: Sequence[str], only: Sequence[str]) -> Iterator[None]:
    """Disable plugins for the duration of one command, then enable them again.

    Raises :class:`UnknownPluginError` (before disabling anything) for a name
    no plugin has.
    """
    infos = {info.name: info for info in list_plugins()}
    for name in [*disable, *only]:
        if name not in infos:
            raise UnknownPluginError(name, infos)
    names = set(disable)
    if only:
        names |= {
            info.name
            for info in infos.values()
            if "negotext_extract_records" in info.hooks and info.name not in only
        }
    turned_off = []
    try:
        for name in sorted(names):
            if infos[name].enabled:
                disable_plugin(name)
                turned_off.append(name)
        yield
    finally:
        for name in turned_off:
            enable_plugin(name)


def _scalar(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False)
    return value


def _csv_columns() -> list[str]:
    """Shared columns, then every field of every registered record type, in order."""
    columns = list(CSV_COLUMNS)
    for record_type in get_resources().record_types.values():
        for field in attrs.fields(record_type):
            shared = field.name in ("evidence", "confidence", "extractor", "segment")
            if not shared and field.name not in columns:
                columns.append(field.name)
    return columns


def _csv_row(record: Record, document: Document) -> dict[str, Any]:
    data = to_dict(record, document.text, document.id)
    evidence = data.pop("evidence")
    row = {
        "evidence_start": evidence["start"],
        "evidence_end": evidence["end"],
        "evidence_text": evidence["text"],
    }
    row.update((key, _scalar(value)) for key, value in data.items())
    return row


class _Writer:
    """Writes records as JSON Lines or CSV rows."""

    def __init__(self, stream: IO[str], fmt: str) -> None:
        self.stream = stream
        self.csv: csv.DictWriter[str] | None = None
        if fmt == "csv":
            self.csv = csv.DictWriter(stream, fieldnames=_csv_columns(), extrasaction="ignore")
            self.csv.writeheader()

    def write(self, record: Record, document: Document) -> None:
        if self.csv is not None:
            self.csv.writerow(_csv_row(record, document))
        else:
            self.stream.write(to_json(record, document.text, document.id) + "\n")


class _Progress:
    """A one-line counter on stderr, shown only on a terminal and after a few documents."""

    def __init__(self, stream: TextIO, enabled: bool) -> None:
        self.stream = stream
        self.enabled = enabled and stream.isatty()
        self.started = time.monotonic()
        self.shown = False

    def update(self, documents: int, records: int, failed: int) -> None:
        if not self.enabled or documents <= PROGRESS_AFTER:
            return
        rate = documents / max(time.monotonic() - self.started, 1e-9)
        self.stream.write(
            f"\r{PROG}: {documents} documents, {records} records, {failed} failed"
            f" ({rate:.1f} documents/s)"
        )
        self.stream.flush()
        self.shown = True

    def close(self) -> None:
        if self.shown:
            self.stream.write("\r\x1b[K")
            self.stream.flush()


def _utf8(stream: TextIO) -> TextIO:
    """Make ``stream`` write UTF-8 whatever the locale says (Arabic must not crash output)."""
    if isinstance(stream, io.TextIOWrapper) and stream.encoding.lower().replace("-", "") != "utf8":
        stream.reconfigure(encoding="utf-8")
    return stream


# -- commands -----------------------------------------------------------------


def _cmd_extract(args: argparse.Namespace, out: TextIO, err: _Console, stdin: Any) -> int:
    counts = {"documents": 0, "records": 0, "failed": 0}
    progress = _Progress(err.stream, not args.no_progress)

    def documents() -> Iterator[Document]:
        for item in read_documents(
            args.paths, published=args.published, stdin=stdin, stdin_format=args.stdin_format
        ):
            if isinstance(item, Skipped):
                progress.close()
                err.warning(str(item))
            elif isinstance(item, InputError):
                counts["documents"] += 1
                counts["failed"] += 1
                progress.close()
                err.error(str(item))
            else:
                yield item

    with contextlib.ExitStack() as stack:
        if args.output:
            try:
                stream: IO[str] = stack.enter_context(
                    open(args.output, "w", encoding="utf-8", newline="")
                )
            except OSError as error:
                err.error(f"{args.output}: cannot write: {error.strerror or error}")
                return 1
        else:
            stream = _utf8(out)
        writer = _Writer(stream, args.format)
        for extraction in extract_many(documents()):
            counts["documents"] += 1
            for record in extraction:
                writer.write(record, extraction.document)
                counts["records"] += 1
            if extraction.errors:
                counts["failed"] += 1
                progress.close()
                for failure in extraction.errors:
                    err.error(
                        f"{failure.doc_id}: plugin {failure.plugin!r} failed: {failure.message}"
                    )
            progress.update(counts["documents"], counts["records"], counts["failed"])
        stream.flush()
    progress.close()
    err.info(
        f"{counts['documents']} documents, {counts['records']} records, {counts['failed']} failed"
    )
    return 1 if counts["failed"] else 0


def _cmd_eval(args: argparse.Namespace, out: TextIO, err: _Console) -> int:
    from negotext.evaluate import GoldFormatError, evaluate

    try:
        report = evaluate(args.gold_dir, args.text_dir)
    except GoldFormatError as error:
        err.error(str(error))
        return 1
    out = _utf8(out)
    if args.json:
        out.write(json.dumps(report.to_dict(), ensure_ascii=False, indent=2) + "\n")
    else:
        out.write(report.format(verbose=args.verbose) + "\n")
    for message in report.errors:
        err.error(message)
    return 1 if report.errors else 0


def _cmd_plugins(args: argparse.Namespace, out: TextIO) -> int:
    infos = list_plugins()
    if args.json:
        data = [attrs.asdict(info) for info in infos]
        out.write(json.dumps(data, indent=2) + "\n")
        return 0
    width = max((len(info.name) for info in infos), default=4)
    for info in infos:
        state = "" if info.enabled else " (disabled)"
        out.write(f"{info.name:<{width}}  {info.version or '-'}{state}\n")
        for hook in info.hooks:
            out.write(f"{'':<{width}}    {hook}\n")
    return 0


def main(
    argv: Sequence[str] | None = None,
    *,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
    stdin: Any = None,
) -> int:
    """Run the ``negotext`` command with ``argv`` and return its exit status.

    ``stdout``, ``stderr`` and ``stdin`` (a binary stream) default to the
    process's own; tests pass their own.
    """
    out = stdout if stdout is not None else sys.stdout
    err = _Console(stderr if stderr is not None else sys.stderr)
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit:  # --help, --version, usage errors
        return int(exit.code or 0)
    if stdin is None and sys.stdin is not None:
        stdin = sys.stdin.buffer
    try:
        get_plugin_manager()
        with _plugins_for_run(args.disable, args.only):
            if args.command == "extract":
                return _cmd_extract(args, out, err, stdin)
            if args.command == "eval":
                return _cmd_eval(args, out, err)
            return _cmd_plugins(args, out)
    except UnknownPluginError as error:
        err.error(str(error))
        return 2
    except BrokenPipeError:  # `negotext extract ... | head`: stop quietly
        # Point stdout at devnull so the interpreter's final flush does not fail again.
        with contextlib.suppress(OSError, ValueError, io.UnsupportedOperation):
            os.dup2(os.open(os.devnull, os.O_WRONLY), out.fileno())
        return 1
    except KeyboardInterrupt:
        err.error("interrupted")
        return 130


if __name__ == "__main__":
    sys.exit(main())
