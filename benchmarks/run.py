"""Throughput and memory of the negotext pipeline against a baseline keyword pass.

Run from the repository root::

    python benchmarks/run.py            # 20 MB corpus, a table on stdout
    python benchmarks/run.py --mb 2     # quicker, for development
    python benchmarks/run.py --json     # the same numbers as JSON

See benchmarks/README.md for what each number means.
"""

from __future__ import annotations

import argparse
import collections
import functools
import json
import os
import platform
import re
import resource
import sys
import time
import tracemalloc
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Doc, build_corpus
from trie import trie_pattern

import negotext
from negotext import Analysis, Document, extract_many
from negotext.ar.normalize import normalize, normalize_text
from negotext.plugins import get_plugin_manager, get_resources

# -- the baseline's words ------------------------------------------------------------


def _gazetteer_names(entry: Any) -> list[str]:
    """Surface forms of one gazetteer entry, whether a mapping or an entry object."""
    if isinstance(entry, Mapping):
        fields = (entry.get("names"), entry.get("short"))
    else:
        fields = (getattr(entry, "names", None), getattr(entry, "short", None))
    names: list[str] = []
    for value in fields:
        if isinstance(value, str):
            names.append(value)
        elif value:
            names.extend(v for v in value if isinstance(v, str))
    return names


def trigger_words() -> tuple[list[str], dict[str, Any]]:
    """Every registered lexicon word and gazetteer surface name, normalised, deduplicated."""
    resources = get_resources()
    words: dict[str, None] = {}
    lexicon_words = 0
    for lexicon in resources.lexicons.values():
        for word in lexicon:
            lexicon_words += 1
            words[normalize_text(word)] = None
    gazetteer_names = 0
    gazetteer_error = None
    try:
        entries = list(resources.gazetteer.entries)
    except Exception as error:  # the benchmark reports a broken gazetteer, it does not hide it
        entries = []
        gazetteer_error = f"{type(error).__name__}: {error}"
    for entry in entries:
        for name in _gazetteer_names(entry):
            gazetteer_names += 1
            words[normalize_text(name)] = None
    words.pop("", None)
    info = {
        "lexicons": len(resources.lexicons),
        "lexicon_words": lexicon_words,
        "gazetteer_entries": len(entries),
        "gazetteer_names": gazetteer_names,
        "distinct_words": len(words),
        "gazetteer_error": gazetteer_error,
    }
    return list(words), info


# -- passes ----------------------------------------------------------------------------


def pipeline_pass(corpus: list[Doc]) -> dict[str, Any]:
    """negotext.extract_many over the corpus; counts records by type and failures."""
    by_type: collections.Counter[str] = collections.Counter()
    errors: collections.Counter[str] = collections.Counter()
    for result in extract_many(Document(text, id=doc_id) for doc_id, text in corpus):
        by_type.update(record.type for record in result.records)
        errors.update(error.plugin for error in result.errors)
    return {"records": dict(sorted(by_type.items())), "errors": dict(sorted(errors.items()))}


def keyword_pass(pattern: re.Pattern[str]) -> Callable[[list[Doc]], dict[str, Any]]:
    """Normalise each document and find every trigger word with one compiled pattern."""

    def run(corpus: list[Doc]) -> dict[str, Any]:
        hits = 0
        for _, text in corpus:
            for _match in pattern.finditer(normalize_text(text)):
                hits += 1
        return {"hits": hits}

    return run


def scan_pass(pattern: re.Pattern[str], normalized: list[str]) -> Callable[[list[Doc]], Any]:
    """The pattern alone over text normalised beforehand: the scan's own cost."""

    def run(corpus: list[Doc]) -> dict[str, Any]:
        hits = 0
        for text in normalized[: len(corpus)]:
            for _match in pattern.finditer(text):
                hits += 1
        return {"hits": hits}

    return run


def normalize_pass(corpus: list[Doc]) -> dict[str, Any]:
    """negotext.ar.normalize.normalize (text and offset map) alone."""
    breaks = 0
    for _, text in corpus:
        breaks += len(normalize(text)._starts)
    return {"map_points": breaks}


def measure(
    name: str,
    run: Callable[[list[Doc]], dict[str, Any]],
    corpus: list[Doc],
    sample: list[Doc],
) -> dict[str, Any]:
    """Time ``run`` over the corpus, then trace its peak memory over ``sample``."""
    size = sum(len(text.encode("utf-8")) for _, text in corpus)
    start = time.perf_counter()
    details = run(corpus)
    seconds = time.perf_counter() - start
    # Peak memory is traced on a sample: tracing slows Python several times over.
    tracemalloc.start()
    run(sample)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return {
        "name": name,
        "documents": len(corpus),
        "megabytes": size / 1e6,
        "seconds": seconds,
        "docs_per_s": len(corpus) / seconds if seconds else float("inf"),
        "mb_per_s": size / 1e6 / seconds if seconds else float("inf"),
        "peak_traced_mb": peak / 1e6,
        **details,
    }


def _lazy_parts(cls: type) -> list[str]:
    """The public ``cached_property`` names of ``cls``, in definition order."""
    return [
        name
        for name, value in vars(cls).items()
        if isinstance(value, functools.cached_property) and not name.startswith("_")
    ]


def breakdown(sample: list[Doc]) -> list[dict[str, Any]]:
    """Where the pipeline's time goes, over ``sample``: each analysis part, then each extractor.

    Each lazily computed part of :class:`~negotext.analysis.Analysis` (every
    public ``cached_property``, in definition order, and those of a part that is
    itself lazy, such as ``coref.title_links``) is forced first, so that an
    extractor's time is its own and not the shared analysis it happens to
    touch first. Parts and extractors are discovered, not listed.
    """
    parts = _lazy_parts(Analysis)
    impls = list(reversed(get_plugin_manager().hook.negotext_extract_records.get_hookimpls()))
    seconds: dict[str, float] = collections.defaultdict(float)
    failures: collections.Counter[str] = collections.Counter()
    for doc_id, text in sample:
        analysis = Analysis(Document(text, id=doc_id))
        for part in parts:
            start = time.perf_counter()
            try:
                value = getattr(analysis, part)
            except Exception:
                failures[f"analysis.{part}"] += 1
                value = None
            seconds[f"analysis.{part}"] += time.perf_counter() - start
            # A part that is itself lazy (analysis.coref): its own parts, one by one.
            for sub in _lazy_parts(type(value)) if value is not None else ():
                start = time.perf_counter()
                try:
                    getattr(value, sub)
                except Exception:
                    failures[f"analysis.{part}.{sub}"] += 1
                seconds[f"analysis.{part}.{sub}"] += time.perf_counter() - start
        for impl in impls:
            start = time.perf_counter()
            try:
                list(impl.function(analysis=analysis) or ())
            except Exception:
                failures[impl.plugin_name] += 1
            seconds[impl.plugin_name] += time.perf_counter() - start
    size = sum(len(text.encode("utf-8")) for _, text in sample) / 1e6
    total = sum(seconds.values()) or 1.0
    return [
        {
            "part": name,
            "seconds": spent,
            "share": spent / total,
            "mb_per_s": size / spent if spent else float("inf"),
            "failures": failures[name],
        }
        for name, spent in sorted(seconds.items(), key=lambda item: -item[1])
    ]


# -- report ------------------------------------------------------------------------------


def _table(results: dict[str, Any]) -> str:
    rows = results["passes"]
    lines = [
        f"negotext {results['negotext_version']} on Python {results['python']}, "
        f"{results['cpus']} CPUs, load average {results['load_average']['before']:.1f} before "
        f"and {results['load_average']['after']:.1f} after (other work on the machine slows "
        "every pass)",
        f"corpus: {results['corpus']['megabytes']:.1f} MB of UTF-8 in "
        f"{results['corpus']['documents']:,} documents (seed {results['corpus']['seed']}, "
        f"built in {results['corpus']['build_seconds']:.1f} s)",
        f"extractors: {', '.join(results['extractors']) or '(none)'}",
        "trigger words: {distinct_words:,} distinct ({lexicon_words:,} words in {lexicons} "
        "lexicons, {gazetteer_names:,} names of {gazetteer_entries:,} gazetteer entries); "
        "pattern {pattern_chars:,} characters".format(**results["trigger_words"]),
    ]
    if results["trigger_words"]["gazetteer_error"]:
        lines.append(
            f"WARNING: gazetteer unavailable: {results['trigger_words']['gazetteer_error']}"
        )
    lines.append("")
    header = f"{'pass':<34}{'docs/s':>10}{'MB/s':>9}{'seconds':>9}{'peak MB':>9}"
    lines += [header, "-" * len(header)]
    for row in rows:
        lines.append(
            f"{row['label']:<34}{row['docs_per_s']:>10,.0f}{row['mb_per_s']:>9.2f}"
            f"{row['seconds']:>9.2f}{row['peak_traced_mb']:>9.2f}"
        )
    lines.append("")
    lines.append(
        f"ratio: the keyword pass is {results['ratio']:.1f}x the pipeline's throughput "
        f"(pipeline at {100 / results['ratio']:.1f}% of the keyword pass's speed)"
        if results["ratio"]
        else "ratio: n/a"
    )
    pipeline = rows[0]
    lines.append(
        f"records: {pipeline['records'] or '{}'}; extractor errors: {pipeline['errors'] or 0}"
    )
    lines.append(f"process peak RSS: {results['max_rss_mb']:.0f} MB (corpus held in memory)")
    if results.get("breakdown"):
        lines += [
            "",
            f"where the pipeline's time goes (over {results['corpus']['breakdown_sample_mb']:g} MB):",
            f"{'part':<40}{'share':>8}{'MB/s':>10}{'failures':>10}",
        ]
        for part in results["breakdown"]:
            lines.append(
                f"{part['part']:<40}{part['share']:>8.1%}{part['mb_per_s']:>10.2f}"
                f"{part['failures']:>10}"
            )
    return "\n".join(lines)


def _sample(corpus: list[Doc], megabytes: float) -> list[Doc]:
    target = megabytes * 1e6
    total = 0
    sample: list[Doc] = []
    for doc in corpus:
        sample.append(doc)
        total += len(doc[1].encode("utf-8"))
        if total >= target:
            break
    return sample


def main(argv: Iterable[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mb", type=float, default=20.0, help="corpus size in MB (default 20)")
    parser.add_argument("--seed", type=int, default=20250516, help="corpus random seed")
    parser.add_argument(
        "--memory-mb", type=float, default=2.0, help="size of the sample traced for peak memory"
    )
    parser.add_argument(
        "--breakdown-mb",
        type=float,
        default=1.0,
        help="size of the sample timed part by part (0: no breakdown)",
    )
    parser.add_argument("--save", action="store_true", help="keep the corpus in benchmarks/corpus/")
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    args = parser.parse_args(list(argv) if argv is not None else None)

    load_before = os.getloadavg()[0]
    start = time.perf_counter()
    corpus = build_corpus(args.mb, args.seed, save=args.save)
    build_seconds = time.perf_counter() - start
    sample = _sample(corpus, args.memory_mb)

    pm = get_plugin_manager()
    extractors = [i.plugin_name for i in reversed(pm.hook.negotext_extract_records.get_hookimpls())]
    words, word_info = trigger_words()
    pattern = re.compile(trie_pattern(words)) if words else re.compile(r"(?!)")
    word_info["pattern_chars"] = len(pattern.pattern)
    normalized = [normalize_text(text) for _, text in corpus]

    passes = [
        ("pipeline (extract_many)", "pipeline", pipeline_pass),
        ("keyword pass (normalize + scan)", "keyword", keyword_pass(pattern)),
        ("  keyword scan alone", "scan", scan_pass(pattern, normalized)),
        ("normalize() alone", "normalize", normalize_pass),
    ]
    rows = []
    for label, name, run in passes:
        row = measure(name, run, corpus, sample)
        row["label"] = label
        rows.append(row)
    by_name = {row["name"]: row for row in rows}
    parts = breakdown(_sample(corpus, args.breakdown_mb)) if args.breakdown_mb > 0 else []
    ratio = (
        by_name["keyword"]["mb_per_s"] / by_name["pipeline"]["mb_per_s"]
        if by_name["pipeline"]["mb_per_s"]
        else None
    )
    results = {
        "negotext_version": negotext.__version__,
        "python": platform.python_version(),
        "machine": platform.machine(),
        "cpus": os.cpu_count(),
        "load_average": {"before": load_before, "after": os.getloadavg()[0]},
        "corpus": {
            "documents": len(corpus),
            "megabytes": sum(len(t.encode("utf-8")) for _, t in corpus) / 1e6,
            "seed": args.seed,
            "build_seconds": build_seconds,
            "memory_sample_mb": args.memory_mb,
            "breakdown_sample_mb": args.breakdown_mb,
        },
        "extractors": extractors,
        "trigger_words": word_info,
        "passes": rows,
        "ratio": ratio,
        "breakdown": parts,
        "max_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }
    if args.json:
        print(json.dumps(results, indent=2, ensure_ascii=False))
    else:
        print(_table(results))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
