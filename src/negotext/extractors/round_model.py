"""A learned detector of round mentions: the booster the rounds extractor consults.

The rules find a round where a cue of status (held, planned, …) governs a round word;
on articles nobody studied they miss about three rounds in ten, mostly sentences whose
cue they have no rule for. A logistic model over the words around every round trigger,
trained on the hand-coded blind corpus, finds most of those: on 28 fresh articles it
located 80 of 103 rounds where the rules located 73. The rounds extractor asks it only
about a trigger it found no status for, and takes the model's status when the
probability reaches :data:`BOOST_THRESHOLD`. The weights are still those trained on 191
articles: retrained on 522 (session 18) they were level at best on the batches these never
saw (round F1 0.8754 both, leave-one-batch-out through the extractor), because the booster
only sees the triggers the rules leave (a perfect booster adds about +0.003).

The weights are a data file (``ar/data/models/round_detector.json``) applied here with the
standard library alone; ``tools/experiments/round_detector/`` trains them (scikit-learn)
with these very features and says how the model was validated.
"""

from __future__ import annotations

import bisect
import functools
import json
import math
import re
import weakref
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

from negotext.analysis import Analysis
from negotext.extractors._common import bare
from negotext.plugins import Resources
from negotext.records import EntityKind, Span

#: The probability from which a trigger the rules found no status for becomes a round.
#: Chosen on held-out batches in the experiment (0.5 finds more, with more false alarms).
BOOST_THRESHOLD = 0.7

#: The rules' round trigger lists (``TRIGGER_LEXICONS`` of the rounds extractor).
CORE_LEXICONS = ("round_nouns", "round_meet_past", "round_meet_present", "round_meet_future")
#: Further verbs and verbal nouns that carry a round where no round noun stands.
WIDE_LEXICONS = (
    *CORE_LEXICONS,
    "round_host",
    "round_signing",
    "round_arrival",
    "round_visit",
    "round_verbal_nouns",
)
#: The rules' cue lists whose words, near a candidate, become features (which list, not
#: which word: the list generalises to words the training articles never used).
CUE_LEXICONS = (
    "round_held",
    "round_held_adjacent",
    "round_held_near",
    "round_held_after",
    "round_outcome",
    "round_during",
    "round_planned",
    "round_planned_near",
    "round_planned_before",
    "round_future_markers",
    "round_proposed",
    "round_proposed_verbs",
    "round_possible",
    "round_possible_after",
    "round_cancelled",
    "round_present",
    "round_not_talks",
    "round_not_talks_subjects",
    "round_sports",
    "round_phone",
    "round_generic",
    "round_previous",
    "round_continuing",
    "round_effort",
    "round_preparing",
    "round_holding_nouns",
    "round_mediation",
    "round_host",
    "round_arrival",
    "round_visit",
    "round_trip_purposes",
    "round_delegations",
    "round_agreements",
    "round_signing",
    "round_context",
    "round_purpose",
    "round_venue",
    "reporting_verbs",
    *CORE_LEXICONS,
)
STATUSES = ("held", "planned", "proposed", "possible", "cancelled")

#: Recipe defaults (stored in the model file; change them there, not here, to keep a model
#: reproducible).
DEFAULT_RECIPE: dict[str, Any] = {
    "version": 1,
    "candidates": "core",  # or "wide" (WIDE_LEXICONS)
    "window": 6,  # words each side, inside the sentence
    "words": True,  # the words themselves (ablation switch)
    "cues": True,  # which of the rules' cue lists the words belong to (ablation switch)
    "analysis": True,  # places, people, dates, ordinals from the Analysis (ablation switch)
    "mask_names": True,  # a word inside a gazetteer entity reads as its kind (<place>), digits as <num>
}

_WORD = re.compile(r"[^\W_]+(?:[.,]\d+)?")
_BREAK = re.compile(r"[,;:!?\n()\[\]]|\.(?!\d)| - | – ")
_QUOTES = '"«»“”'
_PROCLITICS = r"(?:[وف])?(?:[بك]?ال|لل|[بلك])?"
_SUFFIXES = r"(?:ا|ها|هما|هم|ه)?"
_TENSE_WORDS = {"سوف": "fut", "لن": "fut", "قد": "may", "لم": "past", "ولم": "past"}


def tense(word: str) -> str | None:
    """A crude tense reading of a verb-like word: future (س + present prefix), present, None."""
    b = word[1:] if word[:1] in "وف" and len(word) > 4 else word
    if b in _TENSE_WORDS:
        return _TENSE_WORDS[b]
    if len(b) >= 5 and b[0] == "س" and b[1] in "يتن":
        return "fut"
    if len(b) >= 4 and b[0] in "يتن":
        return "pres"
    return None


@dataclass
class Candidate:
    """One trigger occurrence: its normalised and original ranges, sentence, features."""

    doc: str
    start: int  # normalised
    end: int
    span: Span  # original
    lexicon: str
    word: str
    sentence: int  # index into the document's sentences
    sentence_span: Span
    features: list[str] = field(default_factory=list)
    label: int | None = None  # 1, 0, or None (ignored: inside an optional round only)
    status: str | None = None
    gold: tuple[int, ...] = ()  # indices of the gold rounds whose evidence holds it


class Lexicons:
    """The word lists a recipe reads, as sets and one trigger pattern.

    ``triggers`` and ``cues`` are ``(list name, words)`` pairs, as ``Analysis.lexicon`` gives them.
    """

    def __init__(
        self,
        triggers: Sequence[tuple[str, Sequence[str]]],
        cues: Sequence[tuple[str, Sequence[str]]],
    ) -> None:
        self.triggers: dict[str, str] = {}
        for name, listed in triggers:
            for word in listed:
                self.triggers.setdefault(" ".join(word.split()), name)
        words = sorted(self.triggers, key=len, reverse=True)
        alternation = "|".join(re.escape(w) for w in words) or "\u0000"
        self.pattern = re.compile(
            rf"(?<![^\W_]){_PROCLITICS}(?P<w>{alternation}){_SUFFIXES}(?![^\W_])"
        )
        self.cues: dict[str, tuple[str, ...]] = {}
        for name, listed in cues:
            for word in listed:
                if " " in word.strip():
                    continue
                self.cues[word] = (*self.cues.get(word, ()), name)

    def cue_lists(self, word: str) -> tuple[str, ...]:
        return self.cues.get(word) or self.cues.get(bare(word)) or ()


#: The word lists each set of plugins (``Resources``) makes, kept as long as it lives: built
#: once however many documents are read (``Resources.word_set`` keeps its sets the same way).
_LEXICONS: weakref.WeakKeyDictionary[Resources, dict[tuple[str, ...], Lexicons]] = (
    weakref.WeakKeyDictionary()
)


def lexicons_for(analysis: Analysis, recipe: Mapping[str, Any]) -> Lexicons:
    """The recipe's word lists as the document's plugins make them."""
    names = WIDE_LEXICONS if recipe.get("candidates") == "wide" else CORE_LEXICONS
    built = _LEXICONS.setdefault(analysis.resources, {})
    if names not in built:
        built[names] = Lexicons(
            tuple((name, analysis.lexicon(name)) for name in names),
            tuple((name, analysis.lexicon(name)) for name in CUE_LEXICONS),
        )
    return built[names]


def _bucket(offset: int) -> str:
    side = "L" if offset < 0 else "R"
    d = abs(offset)
    return f"{side}{d}" if d <= 2 else f"{side}{'n' if d <= 4 else 'f'}"


def _mask(word: str, at: int, starts: Sequence[int], spans: Sequence[tuple[int, int, str]]) -> str:
    """``<kind>`` for a word inside a gazetteer entity, ``<num>`` for digits, else the word."""
    k = bisect.bisect_right(starts, at) - 1
    if k >= 0 and spans[k][0] <= at < spans[k][1]:
        return f"<{spans[k][2]}>"
    if word[:1].isdigit():
        return "<num>"
    return word


def _where(
    ranges: Iterable[tuple[int, int]], clause: tuple[int, int], sentence: tuple[int, int]
) -> str | None:
    """``"clause"`` when a range lies in the clause, ``"sentence"`` when only in the sentence."""
    best = None
    for a, z in ranges:
        if a >= clause[0] and z <= clause[1]:
            return "clause"
        if a >= sentence[0] and z <= sentence[1]:
            best = "sentence"
    return best


def candidates(analysis: Analysis, recipe: Mapping[str, Any] = DEFAULT_RECIPE) -> list[Candidate]:
    """Every trigger occurrence of the document, with its features."""
    lex = lexicons_for(analysis, recipe)
    window = int(recipe.get("window", 6))
    use_words, use_cues = recipe.get("words", True), recipe.get("cues", True)
    use_analysis = recipe.get("analysis", True)
    text = analysis.norm.text
    published = analysis.document.published
    sentences = [
        (analysis.norm.to_normalized(s.start), analysis.norm.to_normalized(s.end))
        for s in analysis.sentences
    ]
    starts = [s for s, _ in sentences]
    words = analysis.words
    word_starts = [w[0] for w in words]
    places = sorted(
        (a, b)
        for a, b, e in analysis.entity_ranges
        if e.kind in (EntityKind.PLACE, EntityKind.COUNTRY)
    )
    mask_names = bool(recipe.get("mask_names", False))  # models without the key predate it
    entity_spans = sorted((a, b, e.kind.value) for a, b, e in analysis.entity_ranges)
    entity_starts = [a for a, _, _ in entity_spans]
    persons = sorted(
        (a, b)
        for a, b, e in analysis.entity_ranges
        if e.kind in (EntityKind.PERSON, EntityKind.GROUP)
    )
    to_norm = analysis.norm.to_normalized
    dates = [(to_norm(d.span.start), to_norm(d.span.end), d) for d in analysis.dates]
    ordinals = [(to_norm(o.span.start), to_norm(o.span.end), o) for o in analysis.ordinals]
    triggers = [(m.start(), m.end(), m.group("w")) for m in lex.pattern.finditer(text)]
    if not use_analysis:
        places, persons, dates, ordinals = [], [], [], []

    found: list[Candidate] = []
    for start, end, word in triggers:
        si = max(bisect.bisect_right(starts, start) - 1, 0)
        s_start, s_end = sentences[si] if sentences else (0, len(text))
        # the clause: between the clause breaks around the candidate, inside the sentence
        c_start = s_start
        for m in _BREAK.finditer(text, s_start, start):
            c_start = m.end()
        after = _BREAK.search(text, end, s_end)
        c_end = after.start() if after else s_end
        span = analysis.span(start, end)
        f: list[str] = [f"lex={lex.triggers[word]}", f"trig={word}", "bias"]
        token = text[start:end]
        if token != word:
            f.append(
                f"trig_affix={'pre' if not token.endswith(word) else ''}{'suf' if not token.startswith(word) else ''}"
            )
        # words around, within the sentence
        k = bisect.bisect_left(word_starts, start)
        k_end = bisect.bisect_left(word_starts, end)
        for offset in range(1, window + 1):
            for direction in (-1, 1):
                i = k - offset if direction < 0 else k_end - 1 + offset
                b = _bucket(direction * offset)
                if i < 0 or i >= len(words) or not (s_start <= words[i][0] < s_end):
                    if offset == 1:
                        f.append(f"w{b}=<edge>")
                    continue
                w = text[words[i][0] : words[i][1]]
                if mask_names:
                    w = _mask(w, words[i][0], entity_starts, entity_spans)
                crossed = _BREAK.search(
                    text, *((words[i][1], start) if direction < 0 else (end, words[i][0]))
                )
                near = "x" if crossed else ""
                if use_words and offset <= 2:
                    f.append(f"w{b}={w}")
                if use_words:
                    f.append(f"b{b}{near}={bare(w)}")
                for name in lex.cue_lists(w) if use_cues else ():
                    f.append(f"cue{b[0]}{'1' if offset <= 2 else 'n'}{near}={name}")
                t = tense(w)
                if t and offset <= 3 and not crossed:
                    f.append(f"tense{b[0]}={t}")
        # the analysis' places, dates and ordinals in the clause and sentence
        for name, ranges in (("place", places), ("person", persons)):
            where = _where(ranges, (c_start, c_end), (s_start, s_end))
            if where:
                f.append(f"{name}@{where}")
        date_where = None
        for a, z, d in dates:
            if s_start <= a and z <= s_end:
                place = "clause" if c_start <= a and z <= c_end else "sentence"
                if date_where != "clause":
                    date_where = place
                if d.value is not None and published is not None:
                    f.append(f"date_{'future' if d.value > published else 'past'}@{place}")
        if date_where:
            f.append(f"date@{date_where}")
        for a, z, o in ordinals:
            if s_start <= a and z <= s_end:
                place = "clause" if c_start <= a and z <= c_end else "sentence"
                f.append(f"ordinal@{place}")
                if end <= a <= end + 25 or start - 25 <= z <= start:
                    f.append("ordinal@adjacent")
                if o.relative:
                    f.append(f"ordinal_rel={o.relative}")
        # punctuation and page structure
        breaks_before = len(_BREAK.findall(text, s_start, start))
        f.append(f"clause#={min(breaks_before, 3)}")
        if text.count('"', s_start, start) % 2 == 1 or any(q in text[s_start:start] for q in "«“"):
            f.append("quoted")
        if "?" in text[s_start:s_end]:
            f.append("question")
        f.append(f"sent#={min(si, 5)}")
        if s_end - s_start < 90:
            f.append("short_sentence")
        f.append(f"segment={analysis.segment_at(span.start).kind.value}")
        other = sum(1 for a, _, _ in triggers if c_start <= a < c_end and a != start)
        if other:
            f.append("other_trigger@clause")
        found.append(
            Candidate(
                analysis.document.id or "",
                start,
                end,
                span,
                lex.triggers[word],
                word,
                si,
                analysis.sentences[si] if analysis.sentences else Span(0, len(analysis.text)),
                f,
            )
        )
    return found


@dataclass
class Model:
    """Weights of a logistic detector (and of a status classifier), as read from JSON."""

    weights: dict[str, float]
    bias: float
    threshold: float
    status_weights: dict[str, dict[str, float]]
    status_bias: dict[str, float]
    recipe: dict[str, Any]
    meta: dict[str, Any] = field(default_factory=dict)

    def score(self, features: Iterable[str]) -> float:
        z = self.bias + sum(self.weights.get(f, 0.0) for f in features)
        return 1 / (1 + math.exp(-z)) if z > -700 else 0.0

    def status(self, features: Iterable[str]) -> str:
        fs = list(features)
        best, best_z = STATUSES[0], -math.inf
        for s, w in self.status_weights.items():
            z = self.status_bias.get(s, 0.0) + sum(w.get(f, 0.0) for f in fs)
            if z > best_z:
                best, best_z = s, z
        return best

    def to_json(self, digits: int = 3) -> dict[str, Any]:
        """The model as JSON data, weights rounded to ``digits`` decimals (zeros dropped)."""

        classes = sorted(self.status_weights)

        def small(weights: Mapping[str, float]) -> dict[str, float]:
            rounded = {f: round(w, digits) for f, w in sorted(weights.items())}
            return {f: w for f, w in rounded.items() if w}

        return {
            "format": "negotext-round-detector/1",
            "recipe": self.recipe,
            "threshold": self.threshold,
            "detector": {"bias": round(self.bias, digits), "weights": small(self.weights)},
            # one row of weights a feature, a column a status (the feature names stored once)
            "status": {
                "classes": classes,
                "bias": [round(self.status_bias[c], digits) for c in classes],
                "weights": {
                    f: row
                    for f in sorted({f for w in self.status_weights.values() for f in w})
                    if any(
                        row := [round(self.status_weights[c].get(f, 0.0), digits) for c in classes]
                    )
                },
            },
            "meta": self.meta,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Model:
        return cls(
            weights=dict(data["detector"]["weights"]),
            bias=float(data["detector"]["bias"]),
            threshold=float(data["threshold"]),
            status_weights={
                c: {f: row[k] for f, row in data["status"]["weights"].items() if row[k]}
                for k, c in enumerate(data["status"]["classes"])
            },
            status_bias=dict(zip(data["status"]["classes"], data["status"]["bias"], strict=True)),
            recipe=dict(data["recipe"]),
            meta=dict(data.get("meta", {})),
        )


@functools.cache
def builtin_model() -> Model:
    """The model shipped with negotext (read once)."""
    path = resources.files("negotext.ar.data").joinpath("models/round_detector.json")
    return Model.from_json(json.loads(path.read_text(encoding="utf-8")))


def boosted(analysis: Analysis, model: Model | None = None) -> list[tuple[int, int, float, str]]:
    """The triggers the model takes for rounds: normalised range, probability and status."""
    model = model or builtin_model()
    found = []
    for candidate in candidates(analysis, model.recipe):
        probability = model.score(candidate.features)
        if probability >= BOOST_THRESHOLD:
            found.append(
                (candidate.start, candidate.end, probability, model.status(candidate.features))
            )
    return found
