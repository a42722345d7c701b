"""The built-in statements extractor: who said what, how and where.

An ordinary plugin (``negotext_extract_records``) on the shared analysis. It reads
the normalised text once with one trigger pattern (reporting verbs in every form and
relay phrases, :mod:`negotext.extractors.statements_lexicon`), then reads the words
around each trigger (:mod:`negotext.extractors.statements_parse`):

- ``قال / أكد / أعلن … SPEAKER (، apposition،) (adverbials) أن | إن | : | "…" | على …``:
  a statement with that speaker;
- ``SUBJECT (قد) VERB أن`` after أن / كان ("يُذكر أن الكرملين أعلن أن …");
- a continuation with no subject (``وأضاف: "…"``، ``كما أشار إلى``، ``لكنه شدد``)
  belongs to the last speaker; so does a participle (``مضيفاً "…"``), but only when it
  introduces quoted words (the corpus coding rule);
- relays: ``بحسب مصدر …، CONTENT`` and ``CONTENT، حسبما نقلت صحيفة … عن SPEAKER``.
  A medium that relays is ``via``, never the speaker.

``direct`` is True when the content is quoted words the reporting clause introduces
directly (``قال: "…"``, ``أن "…"`` opening the whole content); a quoted fragment
inside reported speech is reported. Records in an appended article are marked
``segment="appended"``; boilerplate and related lists yield nothing.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Iterator
from typing import TYPE_CHECKING

import attrs
import regex

from negotext.ar.normalize import normalize_text
from negotext.document import SegmentKind
from negotext.extractors.statements_lexicon import (
    PARTICIPLE,
    PAST,
    PRESENT,
    THIRD_PERSON_PRONOUNS,
    StatementLexicon,
    VerbForm,
    compile_lexicons,
)
from negotext.extractors.statements_parse import SUBJECT_KINDS as _SUBJECT_KINDS
from negotext.extractors.statements_parse import AfterVerb, Phrase, Reader
from negotext.hookspecs import hookimpl
from negotext.records import Entity, EntityKind, Span, Statement

if TYPE_CHECKING:
    from negotext.analysis import Analysis
    from negotext.ar.quotes import Quote
    from negotext.records import Record

__all__ = ["find_statements", "negotext_extract_records"]

#: Words before a verb that make it a continuation of the last speaker ("كما أشار"), and
#: قد joined by و / ف, which joins its verb to the sentence before as و alone does ("وقد
#: قالها صراحة: …"، "فقد كتب على إكس: …"); bare قد after a subject is the pluperfect's.
_CONTINUATION_CUES = frozenset(
    {"كما", "ثم", "لكنه", "لكنها", "ولكنه", "ولكنها", "بل", "فيما", "وقد", "فقد"}
)
#: Conjunctions carrying the verb's subject as a pronoun ("لكنه اتهم …", "إلا أنها أكدت").
_PRONOUN_SUBJECTS = frozenset(
    {"لكنه", "لكنها", "لكنهم", "لكنهما", "ولكنه", "ولكنها", "ولكنهم", "انه", "انها", "انهم"}
)
#: Prepositions after which a person is no clause's subject ("مع الرئيس", "عن الوزير").
_PREPOSITIONS = frozenset(
    {"في", "مع", "عن", "من", "الي", "علي", "ب", "ل", "بين", "خلال", "لدي", "امام", "عند", "حول"}
)
#: Prepositions that govern a quote right after them, a quoted term and no predicate
#: ("سيبقى عند "الخط الأصفر"", "ضد "الإرهاب"").
_QUOTE_GOVERNORS = _PREPOSITIONS | frozenset({"ضد", "نحو", "حتي", "دون", "تحت", "بعد", "قبل"})
_SUBJECT_HEADS = frozenset({"title", "institution", "entity"})
#: Prepositions before a quoted term ("بـ"قرارات مجلس الأمن"", "إلى "الحوار الوطني"").
_NAMING_PREPOSITIONS = frozenset({"ب", "ل", "الي", "علي", "عن", "من", "في"})
#: Relay phrases that say only with a document after them ("جاء في بيان صادر عن …:").
_CAME_IN = frozenset({"جاء في", "ورد في"})
#: Conjunctions that open a clause of its own after a statement ("…، فيما نشر فلان …").
_CLAUSE_OPENERS = frozenset({"فيما", "بينما", "في حين", "حين", "عندما"})
#: How a participle ends in the accusative of a circumstance, normalised (قائلاً، مؤكدة،
#: قائلين، قائلتين): the forms a writer uses for how someone spoke.
_CIRCUMSTANTIAL_ENDINGS = ("ا", "ه", "ة", "ين", "ان")
#: Words after which a relay still opens its clause ("لكن بحسب مصادر، …"، "إذ وفق …").
_RELAY_OPENERS = frozenset(
    {"لكن", "ولكن", "اذ", "حيث", "اما", "كما", "ان", "انه", "انها", "بل", "ثم", "الا", "غير"}
)
#: How relay words begin, to tell "وبحسب"، "فوفق" (a conjunction first) from "وفق".
_RELAY_STEMS = ("بحسب", "حسب", "وفق", "طبق", "نقل", "تبع")

#: How an indefinite accusative is written with its tanwin ("جزءاً"، "أرضًا").
_ACCUSATIVE_TANWIN = ("اً", "ًا", "ً")
#: Prepositions opening a considered noun's own complement before the predicate.
_CONSIDERED_COMPLEMENT = frozenset({"علي", "في", "من"})

#: أن / إن as written after a conjunction that opens a clause ("إلا أن"، "بعد أن").
_THAT = frozenset({"ان"})
#: Words whose أن opens a new clause, not reported words ("إلا أن"، "غير أن"، "بعد أن").
_BEFORE_NEW_CLAUSE = frozenset({"الا", "غير", "بعد", "قبل", "لكن", "رغم", "برغم", "منذ"})
#: Conjunctions that open a clause with its own subject ("بينما تقول X"، "فيما رفضت Y").
_CLAUSE_CONJUNCTIONS = frozenset({"بينما", "فيما", "لكن", "ولكن"})
#: Conjunctions of time or manner after which a verb keeps its clause's subject ("حين
#: أعلن"، "إذ قال"، "عندما كتب"، "بعدما أكد").
_TEMPORAL = frozenset({"حين", "حينما", "عندما", "اذ", "بعدما", "لما"})
#: A semicolon joins a clause that explains the one before it ("لم يخفِ فلان ذلك؛ فقد قال
#: …"): the subject of the clause before carries over as after a full stop.
_SEMICOLONS = frozenset({";", "؛"})
#: Marks after which a subjectless verb joined by و / ف continues the clause before's subject.
_SENTENCE_JOINS = frozenset({"."}) | _SEMICOLONS
#: The pronoun that opens a relative clause of comment on what was just told ("وهو ما
#: رفضه فلان"، "وهي ما نفته الوزارة"، "وهذا ما أكده المتحدث").
_WHICH_PRONOUNS = frozenset({"وهو", "وهي", "وهذا", "وذلك"})
#: How far (in tokens) a participle may stand from the "وهو ما" clause it follows.
_WHICH_REACH = 24
#: How far (in characters) a continuation may stand from the statement it continues.
_CONTINUATION_REACH = 700
#: A word whose first letter is an alef with hamza or madda (never the article ال).
_HAMZA_WORD = regex.compile(r"(?<![\p{L}\p{M}])[أإآ]")
_CLITIC = regex.compile(r"^[وف](?=\p{L}{2})")
#: The name علي written with a final ya (the preposition على normalises to the same word).
_NAME_ALI = regex.compile(r"(?<![\p{L}\p{M}])علي(?![\p{L}\p{M}])")
#: The attached pronouns of a third person (أجريناه، أجرته معها، معهم) by which the words
#: after "حوار خاص" refer back to the interviewee: THIRD_PERSON_PRONOUNS and them (feminine),
#: هن.
_REFERRING = (*THIRD_PERSON_PRONOUNS, "هن")
#: A word of four letters or more ending in the pronoun ه as written (not ة).
_PRONOUN_WORD = regex.compile(r"(?<![\p{L}\p{M}])(?:\p{L}\p{M}*){3,}ه\p{M}*(?![\p{L}\p{M}])")
#: A word the original writes with tanween fath ("جزءاً", "جزءًا", "تفاؤلاً"): an indefinite
#: accusative, an object or an adverb, never a word of a person's name. The tanween ends the
#: word (at most an alef after it); one written inside a word is a stray mark, not tanween.
_ACCUSATIVE_WORD = regex.compile(
    r"(?<![\p{L}\p{M}])[\p{L}\p{M}]*\u064b\p{M}*(?:ا\p{M}*)?(?![\p{L}\p{M}])"
)
#: An adjective of relation as written without the article ("رسمي"، "أمريكية").
_NISBA_WORD = regex.compile(r"^\p{L}{3,}(?:ي|ية|يه|يا|يون|يين|يان)$")
#: What the trigger pattern counts as a word character (its boundaries), as runs.
_WORD_RUN = regex.compile(r"[\p{L}\p{N}_]+")

#: A word written with a damma on its first letter (after a و/ف clitic): the mark of the
#: passive voice on a verb ("أُعلن"، "وأُعلنت"، "تُتَّهم"). A letter, not a tatweel.
_DAMMA_FIRST = regex.compile(
    r"(?<![\p{L}\p{M}])(?:[وف]\p{M}*(?=[\u0621-\u063f\u0641-\u064a]\u064f))?"
    r"[\u0621-\u063f\u0641-\u064a]\u064f"
)


@hookimpl
def negotext_extract_records(analysis: Analysis) -> Iterator[Record]:
    """Statements of the main article and appended articles (not of boilerplate)."""
    yield from find_statements(analysis)


#: How many words a medium's name before a relay may have ("وكالة الأنباء الإثيوبية").
_MEDIUM_WORDS = 6


@attrs.define
class _Last:
    """The last statement's speaker and channel, for continuations."""

    speaker: Entity
    channel: str | None
    end: int
    segment: int


def find_statements(analysis: Analysis) -> list[Statement]:
    """Every statement in the document, in order."""
    lexicon = compile_lexicons(analysis.lexicon)
    norm = analysis.norm
    entities = [
        (norm.to_normalized(e.span.start), norm.to_normalized(e.span.end), e)
        for e in analysis.entities
    ]
    hamza_starts = frozenset(
        norm.to_normalized(m.start()) for m in _HAMZA_WORD.finditer(analysis.text)
    )
    ali_starts = frozenset(norm.to_normalized(m.start()) for m in _NAME_ALI.finditer(analysis.text))
    pronoun_starts = frozenset(
        norm.to_normalized(m.start()) for m in _PRONOUN_WORD.finditer(analysis.text)
    )
    accusative_starts = frozenset(
        norm.to_normalized(m.start()) for m in _ACCUSATIVE_WORD.finditer(analysis.text)
    )
    date_ends = {
        norm.to_normalized(d.span.start): norm.to_normalized(d.span.end) for d in analysis.dates
    }
    reader = Reader(
        norm.text,
        lexicon,
        entities,
        hamza_starts,
        ali_starts,
        pronoun_starts,
        date_ends,
        accusative_starts,
    )
    builder = _Builder(analysis, reader, lexicon)
    return builder.run()


class _Builder:
    """Walks the triggers of one document and builds its statements."""

    def __init__(self, analysis: Analysis, reader: Reader, lexicon: StatementLexicon) -> None:
        self.analysis = analysis
        self.reader = reader
        self.lexicon = lexicon
        self.statements: list[Statement] = []
        self.last: _Last | None = None
        #: Normalised ranges already read as part of a statement's reporting clause or content.
        self.consumed_until = 0
        #: A channel the reporting clause names by its subject ("وأضاف البيان").
        self.pending_channel: str | None = None
        norm = analysis.norm
        #: Where each page segment starts, in normalised offsets.
        self._segment_starts = [norm.to_normalized(s.span.start) for s in analysis.segments]
        self._entity_starts = [e.span.start for e in analysis.entities]
        #: The normalised range of the last statement's content.
        self._content: tuple[int, int] = (0, 0)
        #: The speaker of each interview's answers, by (intro, lead) as ``_answer`` gets them.
        self._interviewees: dict[tuple[int, int], Entity | None] = {}
        #: Where the paragraph before the article's first interview question ends: it
        #: presents the interviewee (a later block's paragraph only changes the subject).
        self._first_lead: int | None = None
        #: Who answers the article's first questions (see ``_answer``).
        self._first_speaker: Entity | None = None
        #: Where the words written with a damma on their first letter start (normalised).
        self._damma_starts = frozenset(
            norm.to_normalized(m.start()) for m in _DAMMA_FIRST.finditer(analysis.text)
        )

    # -- driving ------------------------------------------------------------------------

    def run(self) -> list[Statement]:
        """Read every trigger (and every line a speaker opens with a colon) in order,
        outside boilerplate and related lists."""
        lines: list[tuple[int, int, int, int, int]] = sorted(
            [(start, first, colon, -1, -1) for start, first, colon in self.reader.colon_lines()]
            + [
                (start, -1, end, intro, lead)
                for start, end, intro, lead in self.reader.answer_lines()
            ]
        )
        attributed = self.reader.attributed_quote_lines()
        for match in self.triggers():
            start = match.start()
            while lines and lines[0][0] < start:
                self._line(*lines.pop(0))
            while attributed and attributed[0][0] < start:
                self._attributed_quote(*attributed.pop(0))
            if start < self.consumed_until or self._quoted_in_content(start):
                continue
            if self._segment_kind(start) in (SegmentKind.BOILERPLATE, SegmentKind.RELATED):
                continue
            if self._present_in_headline(match):
                continue
            if match.group("lam") is not None:
                if match.group("verb") is not None:
                    self._purpose(match)
            elif match.group("relay") is not None:
                self._relay(match)
            elif match.group("relayverb") is not None:
                self._relayed(match)
            else:
                self._verb(match)
        for line in lines:
            self._line(*line)
        for quote_line in attributed:
            self._attributed_quote(*quote_line)
        return self.statements

    def _line(self, start: int, first: int, end: int, intro: int, lead: int) -> None:
        """A colon line (``first`` its first token, ``end`` its colon token) or an
        interview answer (``first`` -1, ``end`` the end of its words, ``intro`` the end
        of the line introducing the interview or -1, ``lead`` the end of the paragraph
        before the first question or -1)."""
        if first >= 0:
            self._colon(start, first, end)
        else:
            self._answer(start, end, intro, lead)

    def _interviewee(self, intro: int) -> Entity | None:
        """The person the line introducing an interview names (ending at ``intro``): the
        speaker of a statement that line reports ("وقال المتحدث باسم … إن …. وفيما يلي نص
        الحوار:"), else the first person it names."""
        if intro < 0:
            return None
        line_start = self.reader.text.rfind("\n", 0, intro) + 1
        to_original = self.analysis.norm.to_original
        first, last = to_original(line_start), to_original(intro)
        for statement in self.statements:
            if first <= statement.evidence.start and statement.evidence.end <= last:
                speaker = statement.speaker
                if speaker.kind is EntityKind.PERSON and speaker.name is None:
                    # "استقبلنا وزير الخارجية فلان … وقال الوزير إن …": the title the
                    # statement used stands for the person the line named with it.
                    phrase = self.reader.titled_name_in(line_start, intro)
                    if phrase is not None and phrase.start < self.analysis.norm.to_normalized(
                        statement.evidence.start
                    ):
                        head = normalize_text(speaker.text).split()[0].removeprefix("ال")
                        if head in self.reader.text[phrase.start : phrase.end]:
                            return self._speaker(phrase, None)
                return speaker
        for start, end, entity in self.reader.entities:
            if start >= line_start and end <= intro and entity.kind is EntityKind.PERSON:
                return self.analysis.coref.resolve(entity)
        return None

    def _met(self, lead: int) -> Entity | None:
        """The titled person the paragraph before an interview's questions names ("التقينا
        عضو لجنة الحوار، النائب فلان، للحديث عن …")."""
        if lead < 0:
            return None
        reader = self.reader
        paragraph = reader.text.rfind("\n", 0, lead) + 1
        pattern = self.lexicon.meetings
        met = pattern.search(reader.text, paragraph, lead) if pattern is not None else None
        if met is None:
            return None
        index = reader.index_at(met.end())
        if met.group().endswith("خاص") and index < len(reader.tokens):
            # "في حوار خاص مع فلان": the person after مع; "في حوار خاص أجريناه معه",
            # "في حوار خاص معها": a relative clause or مع whose pronoun is someone the
            # paragraph named before, the speaker of what it reports before
            token = reader.tokens[index]
            following = token.bare
            written = self.analysis.slice(self.analysis.span(token.start, token.end))
            if following == "مع":
                index += 1
            elif (
                len(following) > 2
                and following.endswith(_REFERRING)
                and not written.rstrip("\u064b\u064c\u064d\u064e\u064f\u0650\u0652").endswith("ة")
            ):  # a pronoun, not a noun's ة ("حوار خاص لصحيفة …")
                return self._reported_before(paragraph, met.start())
        if index < len(reader.tokens) and reader.tokens[index].text == '"':
            quote = reader.quotes.starting_at(reader.tokens[index].start)
            if quote is not None and reader.quoted_name(quote):
                index = reader.index_at(quote.end)  # "التقت "الصحيفة" فلانا": who met
        if index < len(reader.tokens) and reader.tokens[index].start < lead:
            # "حاورنا السفير السابق …، فلان، حول …", "التقينا فلانا، عضو اللجنة، …": the
            # person met and the name apposed, read as after a reporting verb.
            after = reader.after_verb(reader.tokens[index].start, lead)
            phrase = after.speaker
            named = phrase is not None and (
                phrase.name is not None
                or (after.apposition is not None and after.apposition.name is not None)
            )
            if (
                phrase is not None
                and named
                and phrase.plausible
                and phrase.head in ("title", "entity", "name")
            ):
                return self._speaker(phrase, after.apposition)
            if phrase is not None and phrase.head == "title" and not named:
                # "حاورنا المستشار السابق لدى الوزارة والباحث في …، فلان، حول …": a long
                # title, then the name apposed after the first comma of the sentence.
                apposed = self._apposed_name(reader.index_at(phrase.end), lead)
                if apposed is not None:
                    return self._titled_speaker(phrase, apposed)
        phrase = reader.titled_name_in(met.end(), lead)
        return self._speaker(phrase, None) if phrase is not None else None

    def _reported_before(self, start: int, end: int) -> Entity | None:
        """The speaker of the first statement reported between normalised ``start`` and
        ``end`` ("قال المتحدث باسم … إن …. وجاء ذلك في حوار خاص أجريناه معه"): the
        interviewee the paragraph introducing an interview refers back to."""
        to_original = self.analysis.norm.to_original
        first, last = to_original(start), to_original(end)
        for statement in self.statements:
            if first <= statement.evidence.start and statement.evidence.end <= last:
                return statement.speaker
        return None

    def _commentator(self, speaker: Entity) -> bool:
        """Whether the interviewee's role makes him a commentator ("الباحث في …",
        "السفير السابق"): a word of the ``commentator_heads`` list."""
        role = speaker.role or ""
        return any(word in self.lexicon.commentators for word in normalize_text(role).split())

    def _speaks_for_a_party(self, start: int, end: int) -> bool:
        """Whether an answer from ``start`` to ``end`` speaks in the first person plural
        ("نحن", "موقفنا", "اتفقنا", "لكننا"), outside words it quotes from others: the
        interviewee speaks for a side of the talks, not as an observer of them."""
        reader = self.reader
        for token in reader.tokens[reader.index_at(start) : reader.index_at(end)]:
            word = token.bare
            # "اتفقنا", "موقفنا", "لدينا"; not a noun's accusative "إعلانا", "أحيانا",
            # "علناً" (its tanween written in the original)
            if not (word == "نحن" or (len(word) > 3 and word.endswith("نا"))) or word.endswith(
                "انا"
            ):
                continue
            written = self.analysis.slice(self.analysis.span(token.start, token.end))
            if _ACCUSATIVE_WORD.fullmatch(written):
                continue
            quote = reader.quotes.at(token.start)
            if quote is None or quote.start <= start:
                return True  # not "… وقال الوزير إن "أسلحتنا …"": another's words
        return False

    def _apposed_name(self, index: int, end: int) -> Phrase | None:
        """The name after the first comma from token ``index`` on, before ``end`` and the
        sentence's end: a person the gazetteer knows, a title with its name or a name."""
        reader = self.reader
        while index + 1 < len(reader.tokens) and reader.tokens[index].start < end:
            token = reader.tokens[index]
            if token.text in (".", "?", ":", "\n"):
                return None
            if token.text == ",":
                apposed = reader.phrase_at(index + 1)
                if (
                    apposed is None
                    or not apposed.plausible
                    or apposed.name is None
                    or apposed.head not in ("title", "entity", "name")
                    or apposed.end > end
                ):
                    return None
                return apposed
            index += 1
        return None

    def _answer(self, start: int, end: int, intro: int = -1, lead: int = -1) -> None:
        """ "- هل ألغيت القمة؟" then "- لا أحد تحدث عن إلغاء …": the interviewee answers.

        An answer line of an interview (a dash after a dashed question) is what the
        interviewee says, quoted in the interview (direct), verb "-", when the answer
        speaks for a side (:meth:`_speaks_for_a_party`); an interview whose introduction
        names nobody it met gives no statements.
        """
        if start < self.consumed_until or self._segment_kind(start) in (
            SegmentKind.BOILERPLATE,
            SegmentKind.RELATED,
        ):
            return
        key = (intro, lead)
        if key in self._interviewees:
            speaker = self._interviewees[key]
        else:
            # Who answers is read once, at the interview's first answer: the person its
            # introduction names or says was met. Not the last speaker: a person an
            # earlier answer quotes, or a source of the lead, is not the interviewee.
            speaker = self._interviewee(intro) or self._met(lead)
            self._interviewees[key] = speaker
        if self._first_lead is None:
            self._first_lead = lead
            self._first_speaker = self._lead_person(lead) or speaker
        # An answer's own first-person saying ("أقول لهم: …") is the interviewee's: the
        # person the lead before the article's first questions presents by title and name
        # (else whom it says was met; a later block's paragraph only changes the subject).
        if self._first_speaker is not None and self._first_person(start, end, self._first_speaker):
            return
        if speaker is None:
            return
        if self._commentator(speaker) and not self._speaks_for_a_party(start, end):
            return  # an analyst's account of the talks, not a side's words
        self._add(
            verb="-",
            evidence=(start, end),
            content=(start, end),
            direct=True,
            speaker=speaker,
            channel="interview",
            via=None,
        )

    def _titled_speaker(self, phrase: Phrase, apposed: Phrase) -> Entity:
        """A long title and the name apposed after its first comma ("نائب وزير حقوق
        الإنسان وعضو الوفد …، فلان، عن …"): the apposed name, set off by commas, is the
        person, even where the title seems to end in a name of its own ("حقوق الإنسان")."""
        if phrase.name is not None:
            after = self.reader.text[apposed.end : apposed.end + 2].lstrip()
            if not after.startswith((",", "،")):
                # "… فلان عن مسار المفاوضات، وعن العلاقة …": no name set off by commas,
                # the title's own name is the person.
                return self._speaker(phrase, None)
            return self._speaker(apposed, None)
        return self._speaker(phrase, apposed)

    def _lead_person(self, lead: int) -> Entity | None:
        """The first titled person the paragraph before an interview's questions names
        ("يتحدث نائب الوزير …، فلان، عن …"): whom the interview presents."""
        if lead < 0:
            return None
        reader = self.reader
        paragraph = reader.text.rfind("\n", 0, lead) + 1
        index = reader.index_at(paragraph)
        while index < len(reader.tokens) and reader.tokens[index].start < lead:
            if reader.tokens[index].text in (".", "?", "\n"):
                return None  # only the paragraph's first sentence presents him
            if reader.head_kind(index) == "title":
                phrase = reader.phrase_at(index)
                if phrase is None or phrase.end > lead:
                    return None
                # "نائب وزير حقوق الإنسان وعضو الوفد …، فلان، عن …": the name apposed
                # after the title's first comma before a name the title seems to carry.
                apposed = self._apposed_name(reader.index_at(phrase.end), lead)
                if apposed is not None:
                    return self._titled_speaker(phrase, apposed)
                return self._speaker(phrase, None) if phrase.name is not None else None
            index += 1
        return None

    def _first_person(self, start: int, end: int, speaker: Entity) -> bool:
        """ "- أقول لهم: لن نتخلى عن …": the interviewee's own saying in his answer.

        A first-person verb of saying, then a colon (``interview_first_person``), in an
        answer between normalised ``start`` and ``end`` is a statement of the interviewee:
        the verb, direct, the words after the colon to the end of their quote or sentence.
        The verb, whom it was said to (لـ) and إن ("- قلنا للوسطاء إننا مستعدون …") is
        one too, reported: the words after إن (from إن when it carries their subject,
        "إننا"). Whether one was added.
        """
        pattern = self.lexicon.first_person
        if pattern is None:
            return False
        text = self.reader.text
        added = False
        for said in pattern.finditer(text, start, end):
            told = said.group("colon") is None  # "قلت للمبعوث إننا …": reported, not quoted
            if not told:
                words = said.end("colon")
            elif said.group("pronoun") is not None:
                words = said.start("that")  # "إننا نقبل …": the pronoun is its subject
            else:
                words = said.end("that")  # "إن قطر مستعدة …"
            while words < end and text[words] == " ":
                words += 1
            if words >= end:
                continue
            quote = self.reader.quotes.starting_at(words)
            if quote is not None and quote.end <= end:
                stop = quote.end
            else:
                stop = words
                while stop < end and text[stop] not in ".!؟?":
                    stop += 1
            self._add(
                verb=said.group("verb"),
                evidence=(said.start("verb"), stop),
                content=(words, stop),
                direct=not told,
                speaker=speaker,
                channel="interview",
                via=None,
            )
            added = True
        return added

    def triggers(self) -> Iterator[regex.Match[str]]:
        """The trigger pattern's matches in the normalised text, as ``finditer`` gives them.

        A trigger starts where a run of word characters starts, and that run is the
        first word of a trigger word, or that word after و/ف: the pattern is tried only
        there, not at every character (a third of the time the scan took).
        """
        text = self.reader.text
        trigger = self.lexicon.trigger
        starts = self.lexicon.trigger_starts
        if starts is None:
            yield from trigger.finditer(text)
            return
        end = 0
        for at in self._runs_in(starts):
            if at < end:
                continue  # inside the last trigger ("بحسب ما")
            match = trigger.match(text, at)
            if match is not None:
                end = match.end()
                yield match

    def _runs_in(self, words: frozenset[str]) -> Iterator[int]:
        """Where each run of word characters that is one of ``words`` starts, in order.

        The reader's word tokens are the runs, except that a token runs over "%"
        ("50%", "100%وقال"): the runs inside such a token are read on their own. Its
        other tokens are single marks, never one of ``words``.
        """
        reader = self.reader
        found = itertools.compress(itertools.count(), map(words.__contains__, reader.words))
        text = reader.text
        percent: set[int] = set()  # the tokens holding a "%"
        at = text.find("%")
        while at >= 0:
            percent.add(reader.index_at(at + 1) - 1)
            at = text.find("%", at + 1)
        if not percent:
            yield from (reader.tokens[index].start for index in found)
            return
        for index in sorted(percent.union(found)):
            token = reader.tokens[index]
            if index not in percent:
                yield token.start
                continue
            for run in _WORD_RUN.finditer(text, token.start, token.end):
                if run.group() in words:
                    yield run.start()

    def _segment_opens_at(self, offset: int) -> bool:
        """Whether ``offset`` is on the first line of the document or of a page segment."""
        first = self.reader.text[:offset].strip() == "" or offset in self._segment_starts
        segment = self._segment_starts[self._segment_index(offset)]
        return first or self.reader.text[segment:offset].strip() == ""

    def _present_in_headline(self, match: regex.Match[str]) -> bool:
        """Whether a present verb of saying stands in a headline: the first line of the
        page or of an appended article, with no sentence end ("طهران ترد على البيان:
        الجزر …"، "الأرصاد تحذر: منخفض جوي …"، "حصاد الأسبوع: أنقرة تُقرّ «…»").

        A headline tells the news in the present tense; what was said is reported in the
        body, and a headline that repeats it is no statement of its own (CONVENTIONS rule
        12). A lead sentence on the first line ends with its full stop and is read.
        """
        verb = match.group("verb")
        form = self.lexicon.verbs.get(verb) if verb is not None else None
        if form is None or form.tense != PRESENT or match.group("lam") is not None:
            return False
        text = self.reader.text
        line_start = text.rfind("\n", 0, match.start()) + 1
        if not self._segment_opens_at(line_start):
            return False
        return not self.reader.sentence_end_in(line_start, self._line_end(match.start()))

    def _segment_index(self, offset: int) -> int:
        """The index of the page segment holding normalised ``offset``."""
        return max(bisect.bisect_right(self._segment_starts, offset) - 1, 0)

    def _segment_kind(self, offset: int) -> SegmentKind:
        """The kind of the page segment holding normalised ``offset``."""
        return self.analysis.segments[self._segment_index(offset)].kind

    # -- verbs ----------------------------------------------------------------------------

    def _wanted_after_that(self, verb_start: int) -> bool:
        """Whether the verb at ``verb_start`` stands right after a bare أن: a present verb
        there is in the subjunctive, what is expected, wanted or demanded ("ومن المتوقع أن
        يدعو الوسيط …"، "وتصر باكو على أن تعترف يريفان بأن …"، "وعلى كيشيناو أن تعترف
        بها"), not words anyone said. After "بعد أن"، "قبل أن"، "منذ أن" … the أن opens a
        clause of fact ("قبل أن تنفي ياوندي أنها …"), which keeps its statement."""
        tokens = self.reader.tokens
        index = self.reader.index_at(verb_start)
        return (
            index >= 1
            and tokens[index - 1].text in _THAT
            and not (index >= 2 and tokens[index - 2].bare in _BEFORE_NEW_CLAUSE)
        )

    def _verb(self, match: regex.Match[str]) -> None:
        """A reporting verb: its speaker (after it, before it, or the last one) and content."""
        reader = self.reader
        verb_end = match.end("verb")
        form = self.lexicon.verbs[match.group("verb")]
        start = match.start()
        limit = self._line_end(verb_end)
        if form.tense == PARTICIPLE:
            self._participle(match, limit)
            return
        if form.pronoun:
            self._described(match, limit)
            return
        if self._passive(match):
            return  # "أُعلن أن الاجتماع سيعقد …"، "تُتَّهم الجماعة بـ…": no one speaks
        if reader.negated_by_without(start):
            return  # "دون أن يؤكد الجانب الآخر ذلك": what was not said
        if form.tense == PRESENT and not match.group("pre") and self._wanted_after_that(start):
            return  # "ومن المتوقع أن يدعو الوسيط الأطراف …": what is awaited, not said
        negation = reader.negation_before(start)
        if negation is not None:
            if not form.negated:
                return  # "ولم يعلن الكرملين موعدا": what was not said
            # "كما لم يستبعد الكرملين أن …": the clause opens before its negation.
            start = negation
        if not match.group("pre") and negation is None:
            subject = reader.subject_before(match.start("verb"))
            if subject is not None and self._pluperfect(match, subject):
                # "وكان الاتحاد قد أعلن الأسبوع الماضي انسحابه": the subject stands before
                # قد; what follows the verb is its object, never its subject.
                self._subject_first(match, limit, subject=subject)
                return
        before = reader.index_at(start) - 1
        if match.group("pre") == "ف":
            topic = reader.topic_before(start)
        elif not match.group("pre") and before >= 0 and reader.tokens[before].text == "فقد":
            # "أما المتحدث …، فقد أكد أن …": the topic before فقد.
            topic = reader.topic_before(reader.tokens[before].start)
        elif not match.group("pre"):
            # "فروسيا، التي ضمت …، تطالب كييف بالانسحاب": the subject before its relative.
            topic = reader.relative_subject(start)
        else:
            topic = None
        relative = (
            not match.group("pre")
            and before >= 1
            and reader.tokens[before].text in ("الذي", "التي", "الذين")
        )
        relative_quoted = relative and self._relative_quoted(match, limit)
        if (
            relative
            and not relative_quoted
            and (
                reader.after_verb(verb_end, limit).kind not in ("complementizer", "quote", "colon")
                or reader.tokens[reader.index_at(verb_end)].text in ("فيه", "فيها")
            )
        ):
            # "المقاطعات التي أعلنت موسكو ضمها", "الذين تطالب الحركة بالإفراج عنهم": the
            # clause tells of its antecedent; "تصريح فلان الذي قال فيه": of a speech.
            return
        if not match.group("pre") and negation is None and self._in_which(match, limit):
            return
        if (
            not match.group("pre")
            and not reader.clause_initial(start)
            and not relative
            and not self._describing_clause(start, verb_end, limit)
        ):
            issuer = reader.issuer_before(start)
            if issuer is not None:
                # "أصدرت حركة حماس بيانا أكدت فيه أنها …": the issuer speaks.
                self.pending_channel = "statement"
                self._subject_first(match, limit, subject=issuer, in_document=True)
                self.pending_channel = None
                return
            # "أن الكرملين أعلن أن": the subject stands before the verb.
            self._subject_first(match, limit)
            return
        after = reader.after_verb(verb_end, limit)
        if relative_quoted and after.speaker is not None:
            after = after.as_object(after.speaker.start)  # "الذي وصف العملية بأنها "…""
        if (
            topic is not None
            and topic.plausible
            and topic.head not in ("none", "party")
            and after.speaker is not None
            and not (after.speaker.head == "title" and after.speaker.name is not None)
            and not (form.that_only and after.kind in ("complementizer", "quote", "colon"))
            and not (
                after.kind in ("complementizer", "quote", "colon")
                and reader.topic_organ(after.speaker)
            )
        ):
            # (a verb that takes no object, "أما الإقليم فيقول الكرملين إنه …", has the
            # phrase after it for its subject: the topic is what it speaks about; so
            # does the topic's organ before what was said, "أما الجزائر فأكدت وزارة
            # خارجيتها أن …": the pronoun is the topic's, the ministry speaks for it)
            # "أما روبيو فوصف اللقاء بأنه "…"": after the topic's ف-verb, its object.
            start = after.speaker.start
            after = after.as_object(start)
        speaker_phrase = after.speaker
        if (
            speaker_phrase is not None
            and not match.group("pre")
            and before >= 0
            and reader.tokens[before].bare in _PRONOUN_SUBJECTS
        ):
            # "لكنه اتهم الحوثيين بـ"المماطلة"": the pronoun on لكن is the verb's subject;
            # the phrase after the verb is its object.
            speaker_phrase = attrs.evolve(speaker_phrase, plausible=False)
        if speaker_phrase is not None and reader.disagrees(
            match.group("verb"), speaker_phrase, continued=bool(match.group("pre"))
        ):
            # "وطالب لجنة الحكام بمراجعة اللقطة": a masculine verb does not take a
            # feminine body as its subject; the body is the object.
            speaker_phrase = attrs.evolve(speaker_phrase, plausible=False)
        addressed = False
        if (
            speaker_phrase is not None
            and speaker_phrase.plausible
            and form.addresses
            and speaker_phrase.head not in ("title", "anonymous", "media", "document")
            and speaker_phrase.name is None
            and '"' not in reader.text[speaker_phrase.start : speaker_phrase.end]
            and (after.kind == "preposition" or self._glued_preposition(after))
            and self._same_sentence_demand(match)
        ):
            # "أكدت الحركة أنها "…"، واتهمت قيادة الجيش بـ"…"", "… إن "…"، وطالب المجتمع
            # الدولي بالاعتراف …": joined by "، و" to a statement of its sentence, the verb
            # goes on with that speaker; the phrase before its preposition is whom it
            # addresses, its object (a body or a country; a person named or titled, or a
            # body with its name, is a new speaker: "، وطالبت منظمة "…" بالإفراج").
            speaker_phrase = attrs.evolve(speaker_phrase, plausible=False)
            addressed = True
        if (
            speaker_phrase is not None
            and form.describes
            and speaker_phrase.head == "definite"
            and reader.described_quote(
                speaker_phrase.end, reader.clause_end(speaker_phrase.end, limit=limit)
            )
            is not None
            and reader.text[speaker_phrase.end : speaker_phrase.end + 5].strip().startswith("ب")
        ) or (
            speaker_phrase is not None
            and form.describes
            and reader.described_object(speaker_phrase, limit)
        ):
            # "ووصف الخطاب الإثيوبي بأنه "…"": a plain noun right before بأنه is what was
            # described, the verb's object; the describer is the subject left unwritten.
            speaker_phrase = attrs.evolve(speaker_phrase, plausible=False)
        if speaker_phrase is not None and self._considered_object(match, speaker_phrase):
            # "، وتعتبر الضحلة جزءاً من …": the noun is what is considered, not who.
            speaker_phrase = attrs.evolve(speaker_phrase, plausible=False)
        if speaker_phrase is not None and not speaker_phrase.plausible:
            if speaker_phrase.head == "none":
                return
            if form.that_only and reader.abstract_at(speaker_phrase.start):
                # "ويخلص التحليل إلى أن …"، "وتقول الخلاصة إن …": a verb that takes no
                # object has the noun for its subject, a figure of speech: nobody speaks.
                return
            # An unknown "name" followed by a plain word is the object, not a speaker.
            after = after.as_object(speaker_phrase.start, keep_quote=False)
            speaker_phrase = None
        if speaker_phrase is not None and speaker_phrase.head in ("none", "party"):
            oblique = reader.text[speaker_phrase.start : speaker_phrase.end].endswith("ين")
            if speaker_phrase.head == "none" or not oblique or not match.group("pre"):
                return
            # "وحثت الجانبين على …", "ودعا الطرفين إلى …": a dual in the accusative is
            # the addressee, the verb's object; the subject is left unwritten.
            after = after.as_object(speaker_phrase.start, keep_quote=False)
            speaker_phrase = None
        document_channel: str | None = None
        document: Phrase | None = None
        if speaker_phrase is not None and speaker_phrase.head == "document":
            # "وأفاد بيان للجيش بأن …": a document with its issuer named speaks for it;
            # "وأضاف البيان أن …": the document alone is the speaker (CONVENTIONS rule 24),
            # its issuer the last speaker, kept as its canonical name.
            document_channel = "statement"
            if speaker_phrase.owner is None:
                document = speaker_phrase
            speaker_phrase = speaker_phrase.owner
            after = attrs.evolve(after, speaker=speaker_phrase)
        evidence_start = start
        speaker: Entity | None = None
        continuation = False
        topical = False
        relay_source = after.relay_source
        if (
            speaker_phrase is not None
            and relay_source is not None
            and (speaker_phrase.head == "media" or _is_media(speaker_phrase, reader))
        ):
            # "أفادت وكالة تسنيم، نقلا عن مصدر مقرب، بأن …": the source speaks, the medium relays.
            after = attrs.evolve(after, via=speaker_phrase)
            speaker = self._speaker(relay_source, None)
        elif speaker_phrase is not None:
            speaker = self._speaker(speaker_phrase, after.apposition)
        elif (mouth := self._mouth(after)) is not None:
            # "أما الحكومة فقد جددت على لسان وزير خارجيتها فلان رفضها …": with no subject
            # written after the verb, the person named after «على لسان» speaks; what
            # follows is what was said, an object too.
            speaker = mouth
            topical = True
        elif topic is not None and topic.plausible and topic.head not in ("none", "party"):
            speaker = self._speaker(topic, None)  # "أما آبي أحمد فقال إن …"
            evidence_start = topic.start
            topical = True
        elif (
            form.tense != PRESENT
            and (not form.needs_subject or after.kind in ("colon", "quote"))
            and self._continues(match)
        ):
            if self._tells_the_writer_someone_unread(match):
                return
            continuation = True
            subject = (
                self._clause_subject(match)
                or reader.relative_antecedent(start)
                or self._previous_sentence_subject(match)
            )
            speaker = self._speaker(subject, None) if subject else self._last_speaker(start)
        elif form.tense == PRESENT and (
            self._present_continues(match, after) or (addressed and self._continues(match))
        ):
            continuation = True  # "وتؤكد أن …", "ويضيف: "…"" in a present-tense account
            subject = self._clause_subject(match)
            speaker = self._speaker(subject, None) if subject else self._last_speaker(start)
        elif relative:
            # "فلان الذي قال لوكالة … إن …", "الحكومة التي تقول إن …": the relative's
            # antecedent speaks.
            antecedent = self._antecedent(before)
            if antecedent is None or not self._agrees_with_relative(match, before):
                return
            speaker = self._speaker(antecedent, None)
        elif (temporal := self._temporal_subject(match, after)) is not None:
            # "ذهب الوزير فلان أبعد من ذلك، حين أعلن أن …": the verb after حين / إذ has
            # the subject of the clause it tells the manner of.
            speaker = self._speaker(temporal, None)
        elif not match.group("pre") and document is None:
            # "وكان المبعوث …، قد صرح أن": "قد" opens the verb, the subject is before it.
            self._subject_first(match, limit)
            return
        if speaker is None and document is not None:
            # "وقال بيان مشترك صدر في ختام الاجتماع إن …", "فقد طالب البيان X بـ…" with no
            # issuer named and no speaker before it to continue: the document speaks
            # (CONVENTIONS rule 24), as an organisation.
            speaker = self._document_speaker(document, None)
        if after.content_start is None and speaker is not None and speaker_phrase is not None:
            quote = reader.quote_before(start)
            if quote is not None:
                # '"نحن مستعدون"، قال المتحدث': the quote before the verb is the content.
                after = attrs.evolve(after, content_start=quote.start, kind="quote", quote=quote)
                evidence_start = quote.start
        if speaker is None or after.content_start is None:
            return
        if document is not None:
            speaker = self._document_speaker(document, speaker)
        if (
            after.kind == "object"
            and speaker_phrase is None
            and document is None
            and not continuation
            and not topical
            and not relative_quoted
        ):
            return
        verb = match.group("verb")
        if form.hastens:
            # "وسارع المتحدث إلى التأكيد على أن …": a verbal noun of reporting says it.
            noun = (
                reader.reporting_noun(after.content_start)
                if after.kind == "preposition" and after.content_start is not None
                else None
            )
            if noun is None:
                return
            verb, content_start = noun
            after = attrs.evolve(after, content_start=content_start, kind="preposition")
            found = reader.after_content_marker(content_start)
            if found is not None:
                after = attrs.evolve(after, content_start=found[0], kind=found[1], quote=found[2])
        if form.tells and after.kind == "object" and after.content_start is not None:
            told = reader.told(after.content_start, limit)
            if told is None:
                return  # "وتبلغ القيمة الإجمالية للجوائز …": بلغ, nothing told
            # "أبلغ مسؤول إسرائيلي القناة 13 بأن …": the addressee is no content.
            content_start, medium = told
            after = attrs.evolve(
                after, content_start=content_start, kind="complementizer", via=after.via or medium
            )
        if (
            form.renews
            and after.kind == "object"
            and not reader.reporting_noun_at(reader.index_at(after.content_start or 0))
        ):
            return  # "كرر الجيش هجماته": no word said; "كرر فلان مطالبته بـ…" is
        if after.kind == "object" and reader.dated_act(after.content_start):
            return  # "وأعلنت ضمها عام 1981": a dated act of its own, nothing said
        if (
            ((form.describes and form.tense == PRESENT) or form.quoted)
            and after.kind in ("object", "preposition")
            and (form.quoted or after.kind == "object")
            and after.content_start is not None
            and reader.quotes.next_after(
                after.content_start, reader.clause_end(after.content_start, limit=limit)
            )
            is None
        ):
            # "وتعتبر X الإقليم جزءاً من أراضيها": a standing view; "وتعهد الجيش بتسهيل
            # المساعدات": an undertaking; no words given.
            return
        if (
            (form.that_only or form.tells)
            and after.kind not in ("complementizer", "quote", "colon")
            and not self._admitted(form, after)
        ):
            # "وقال دبلوماسي أوروبي مشارك في المحادثات إن …": the words after a few more
            # of the speaker's; "أضاف اللاعب الهدف الثاني" says nothing; a verb of telling
            # tells what بأن / أن introduces, not a preposition's object ("وأبلغت واشنطن
            # بذلك"، "ويبلغ حجم التخزين في البحيرة نحو …": بلغ, "amount to").
            assert after.content_start is not None
            found = reader.marker_ahead(after.content_start)
            if found is None:
                return
            after = attrs.evolve(after, content_start=found[0], kind=found[1], quote=found[2])
        if form.tells and not reader.told_at_once(verb_end, after.content_start):
            return  # "يبلغ المنتخب النهائي دون أن يخسر": بلغ, "reach"; nothing told
        if self._demanded(form, after):
            return  # "تصر موسكو على أن تعترف كييف بـ…": a demand, not words asserted
        if form.posts and not reader.posted_on(verb_end, after.content_start):
            return  # "وتنشر القوة دورياتها"، "نشر بتاريخ": no page posted on, nothing said
        self.pending_channel = document_channel
        self._emit(
            verb=verb,
            evidence_start=evidence_start,
            after=after,
            speaker=speaker,
            continuation=continuation,
            limit=limit,
        )

    def _purpose(self, match: regex.Match[str]) -> None:
        """ "خرج الوزير من الاجتماع ليقول إن …"، "لتعلن الحكومة بعد أيام أن …": a present
        verb of saying after the lam of purpose tells what the subject of its clause said.

        The verb's own subject is written after it ("لتعلن X أن") or, most often, left
        unwritten: then the subject of the clause the lam clause completes speaks, the
        first speaker-like phrase of that clause (:meth:`_purpose_subject`). Only words
        given after أن / إن, a colon or a quote are read: "ليعلنا اتفاقاً"، "ليؤكد
        الالتزامات ذاتها" tell the purpose of an act, no words said.
        """
        reader = self.reader
        form = self.lexicon.verbs[match.group("verb")]
        if form.tense != PRESENT or reader.negated_by_without(match.start()):
            return
        verb_end = match.end("verb")
        limit = self._line_end(verb_end)
        after = reader.after_verb(verb_end, limit)
        if after.kind not in ("complementizer", "quote", "colon") or after.content_start is None:
            return
        phrase = after.speaker
        apposition = after.apposition
        if (
            phrase is None
            or not phrase.plausible
            or phrase.head in ("none", "party", "media", "document")
            or reader.disagrees(match.group("verb"), phrase)
        ):
            phrase = self._purpose_subject(reader.index_at(match.start()))
            apposition = None
        if phrase is None:
            return
        self._emit(
            verb=match.group("verb"),
            evidence_start=match.start(),
            after=after,
            speaker=self._speaker(phrase, apposition),
            continuation=False,
            limit=limit,
        )

    def _purpose_subject(self, lam: int) -> Phrase | None:
        """The subject of the clause a verb after the lam of purpose (token ``lam``)
        completes: its first speaker-like phrase (a title, an institution, a gazetteer
        person, body or country, not after a preposition) in the clause's words before
        the lam, from the last comma or semicolon back to the sentence's start ("وقف
        الرئيس فلان أمام البرلمان ليقول"، "عاد فلان هذا الأسبوع ليقول")."""
        reader = self.reader
        first = reader.index_at(reader.sentence_start(reader.tokens[lam].start))
        end = lam
        while end > first:
            start = end - 1
            while start > first and reader.tokens[start - 1].text not in (",", "؛", ";"):
                start -= 1
            for at in range(start, end):
                token = reader.tokens[at]
                if not token.word or (at > 0 and reader.tokens[at - 1].bare in _PREPOSITIONS):
                    continue
                if reader.is_verb(token.text) or token.text in _THAT:
                    return None  # a reporting clause before: "قال إن X خرج ليقول"
                found = reader.entity_at(token.start)
                named = found is not None and found[2].kind in _SUBJECT_KINDS
                if not named and reader.head_kind(at) not in ("title", "institution"):
                    continue
                phrase = reader.phrase_at(at)
                if phrase is not None and phrase.plausible and phrase.head in _SUBJECT_HEADS:
                    return phrase
            end = start - 1
        return None

    def _colon(self, start: int, first: int, colon: int) -> None:
        """ "كتائب القسام، في بيان عبر تلغرام: "…"": a line that opens with its speaker.

        Live coverage and headlines attribute words with a colon and no verb. The
        speaker must open the line and be speaker-like (a title, an institution, an
        anonymous source or a known person or body, not a place: "غزة:" is a dateline);
        between it and the colon only an adverbial or an aside may stand, no verb. A
        headline (a line with no sentence end) is not read; an item of a list of quotes,
        a bullet and words quoted to the line's end, is read without one.
        """
        reader = self.reader
        if start < self.consumed_until or self._segment_kind(start) in (
            SegmentKind.BOILERPLATE,
            SegmentKind.RELATED,
        ):
            return
        phrase = reader.colon_speaker(first, colon)
        if phrase is None:
            self._answer_by_name(start, first, colon)
            return
        limit = self._line_end(start)
        if self._segment_opens_at(start) or not (
            reader.sentence_end_in(reader.tokens[colon].end, limit)
            or reader.stamped(start)
            or reader.quoted_list_item(colon, limit)
        ):
            # a headline ("الكرملين: لا موعد للجولة المقبلة"): no sentence of the body; an
            # entry of live coverage under its time stamp is one, with or without a full
            # stop, and so is an item of a list of quotes ("- فلان: «…»")
            return
        after = reader.content_after_colon(colon, limit)
        if after.content_start is None:
            return
        if len(reader.text[after.content_start : limit].split()) < 3:
            return  # "المصدر: وكالات.": a credit, not words said
        if after.kind != "quote" and reader.words_name_their_speaker(after.content_start):
            return  # "الكرملين: المتحدث فلان يقول إن …": a label; the person named speaks
        answer = self._answers_a_question(start)
        if phrase.head == "document" and phrase.owner is not None:
            # "بيان مشترك للجنة: "…"": the issuer speaks, in a statement.
            self.pending_channel = "statement"
            evidence_start = phrase.start
            phrase = phrase.owner
            self._emit(
                verb=":",
                evidence_start=evidence_start,
                after=after,
                speaker=self._speaker(phrase, None),
                continuation=False,
                limit=limit,
            )
            return
        if phrase.head == "document":
            self.pending_channel = "statement"  # "البيان الختامي: "…"": the document speaks
        self._emit(
            verb=":",
            evidence_start=phrase.start,
            after=after,
            speaker=self._speaker(phrase, reader.colon_apposition(phrase, colon)),
            continuation=False,
            limit=limit,
            answer=answer,
        )

    def _attributed_quote(self, start: int, first: int, end: int) -> None:
        """ "«…» — فلان في مقابلة مع قناة …": a line that opens with quoted words and names
        who said them after a dash, the mirror of a colon line ("فلان في مقابلة: «…»"), as
        a summary's quote of the week is written. The speaker after the dash must be
        speaker-like as a colon line's (see ``Reader.colon_speaker``), with only an aside
        after it; the quoted words are his, direct."""
        reader = self.reader
        if self._segment_kind(start) in (SegmentKind.BOILERPLATE, SegmentKind.RELATED):
            return
        quote = reader.quotes.starting_at(start)
        if quote is None:
            return
        phrase = reader.colon_speaker(first, end)
        if phrase is None:
            return
        after = AfterVerb(
            speaker=None,
            apposition=None,
            content_start=quote.start,
            kind="quote",
            quote=quote,
            region_end=quote.start,
        )
        self._emit(
            verb="—",
            evidence_start=quote.start,
            after=after,
            speaker=self._speaker(phrase, reader.colon_apposition(phrase, end)),
            continuation=False,
            limit=self._line_end(start),
        )

    def _answer_by_name(self, start: int, first: int, colon: int) -> None:
        """ "ليفا: نحن مستعدون …" after "المحاور: هل …؟": an interview answer labelled with
        a word of the name of a person the article named before (the interviewee's
        surname), his words with no speech verb, direct (CONVENTIONS rule 10)."""
        reader = self.reader
        if not self._answers_a_question(start) or colon - first > 2:
            return
        label = reader.text[reader.tokens[first].start : reader.tokens[colon].start].split()

        def surname(begin: int, end: int) -> bool:
            words = reader.text[begin:end].split()
            return 0 < len(label) < len(words) and words[-len(label) :] == label

        speaker: Entity | None = None
        for begin, end, entity in reader.entities:
            if begin >= start:
                break
            if entity.kind is EntityKind.PERSON and surname(begin, end):
                speaker = self.analysis.coref.resolve(entity)
        at = 0
        while speaker is None:
            # a person the article names after a title ("وزير الخارجية … فلان الفلاني")
            phrase = reader.titled_name_in(at, start)
            if phrase is None:
                break
            if phrase.name is not None and surname(*phrase.name):
                speaker = self._speaker(phrase, None)
            at = phrase.end
        if speaker is None:
            return
        limit = self._line_end(start)
        after = reader.content_after_colon(colon, limit)
        if after.content_start is None:
            return
        self._emit(
            verb=":",
            evidence_start=reader.tokens[first].start,
            after=after,
            speaker=speaker,
            continuation=False,
            limit=limit,
            answer=True,
        )

    def _answers_a_question(self, start: int) -> bool:
        """Whether the line at normalised ``start`` follows a labelled question ("المحاور: هل
        ستعودون إلى جدة؟" then "رئيس الوفد: لن نعود …"): an interview answer, the
        interviewee's own words with no speech verb, direct (CONVENTIONS rule 10)."""
        text = self.reader.text
        end = start
        while True:
            line_start = text.rfind("\n", 0, max(end - 1, 0)) + 1 if end > 0 else 0
            line = text[line_start:end].strip()
            if line or line_start == 0:
                break
            end = line_start
        label, colon, rest = line.partition(":")
        # a label of words ("المحاور"), not a time stamp ("10:15 …")
        labelled = any(c.isalpha() for c in label) and not any(c.isdigit() for c in label)
        return bool(colon and labelled and rest.rstrip().endswith(("؟", "?")))

    def _subject_first(
        self,
        match: regex.Match[str],
        limit: int,
        subject: Phrase | None = None,
        *,
        in_document: bool = False,
    ) -> None:
        """ "يُذكر أن الكرملين أعلن أن …", "وكان المبعوث … قد صرح أن "…"".

        Background speech in this order counts only when its words are given (أن /
        إن / ":" / a quote, or a quoted description: "وكان الرئيس قد وصف المذكرة بأنها
        "…""), not "وكان X قد دعا إلى عقد القمة"; a line of live coverage ("X يعلن …")
        may report an object. ``in_document``: the verb tells what a document of the
        ``subject`` says ("أصدرت الوزارة بياناً رحبت فيه بـ…"), so its object or
        preposition is what was said, as after a verb written first.
        """
        reader = self.reader
        holder: Phrase | None = None
        if subject is None:
            subject = reader.subject_before(match.start("verb"))
        if subject is None:
            apposed = reader.apposed_subject_before(match.start("verb"))
            if apposed is None:
                return
            # "رئيس الوفد، اللواء فلان، قال إن …": the title's holder, named between commas
            title, holder = apposed
            subject = attrs.evolve(title, end=holder.end)
        after = reader.after_verb(match.end("verb"), limit)
        form = self.lexicon.verbs[match.group("verb")]
        if in_document and after.speaker is not None:
            # "ببيان وصفت فيه المقترح بأنه «…»": the issuer speaks, so the phrase after
            # the verb is what it describes or addresses, never a speaker.
            after = after.as_object(after.speaker.start)
        if (
            in_document
            and after.kind in ("object", "preposition")
            and after.speaker is None
            and after.content_start is not None
            and not (form.that_only or form.hastens or form.renews or form.quoted)
            and reader.tokens[reader.index_at(match.end("verb"))].text in ("فيه", "فيها")
        ):
            pass  # "بياناً رحبت فيه بـ«…»"، "ببيان أكدت فيه تقديرها للمبادرة"
        elif after.kind not in ("complementizer", "quote", "colon"):
            start = after.speaker.start if after.speaker is not None else after.content_start
            described = (
                start is not None
                and reader.described_quote(start, reader.clause_end(start, limit=limit)) is not None
            )
            if (
                not described
                and not self._live_line(match, subject)
                and not self._background_act(match, subject)
            ):
                return
            # "وزارة الدفاع الروسية تؤكد عودة 84 عسكريا", "منتدى العائلات يطالب الحكومة
            # بـ"…"": a line of live coverage, its subject first and a present verb; what
            # follows the verb is its object.
            if start is None:
                return
            kind = "object" if described or after.kind is None else after.kind
            if kind == "object" and not described and reader.dated_act(start):
                return  # "وكانت كوسوفو قد أعلنت استقلالها عام 2008": a dated act
            after = attrs.evolve(
                after, speaker=None, content_start=start, kind=kind, region_end=start
            )
        if (
            after.speaker is not None
            and after.kind == "complementizer"
            and self.lexicon.verbs[match.group("verb")].describes
        ):
            # "المبعوث فلان يصف الأجواء بأنها "…"": with its subject before it, the
            # phrase after a verb of describing is what it describes.
            start = after.speaker.start
            after = after.as_object(start)
        if after.speaker is not None or after.content_start is None:
            return
        if self._demanded(form, after):
            return  # "يريفان تصرّ على أن يبقى الطريق …": a demand, not words asserted
        self._emit(
            verb=match.group("verb"),
            evidence_start=subject.start,
            after=after,
            speaker=self._mouth(after) or self._holder_speaker(subject, holder),
            continuation=False,
            limit=limit,
        )

    def _holder_speaker(self, subject: Phrase, holder: Phrase | None) -> Entity:
        """The speaker of a subject written before its verb: with the holder of its title
        apposed between commas ("رئيس الوفد، فلان، قال"), the person named, the title his
        role; else the subject itself."""
        if holder is None:
            return self._speaker(subject, None)
        title_end = self.reader.tokens[self.reader.index_at(holder.start) - 1].start
        return self._speaker(attrs.evolve(subject, end=title_end), holder)

    def _admitted(self, form: VerbForm, after: AfterVerb) -> bool:
        """Whether a verb of admitting (``admit``) in the past governs with بـ the noun of
        what was admitted ("أقر المدرب بتفوق المنافس"، "أقر فلان بصعوبة المباراة"): its
        words, though no أن follows. Not its object ("أقر البرلمان الموازنة": passed), nor
        a definite noun after بـ ("أقر الوزيران بالأحرف الأولى نص …": initialled)."""
        if not (form.admits and form.tense == PAST and after.kind == "preposition"):
            return False
        if after.content_start is None:
            return False
        word = self.reader.tokens[self.reader.index_at(after.content_start)].text
        return word.startswith("ب") and not word.startswith("بال") and len(word) > 3

    def _demanded(self, form: VerbForm, after: AfterVerb) -> bool:
        """Whether a verb of insisting (``assert``) introduces what it wants done, أن
        before a verb in the subjunctive ("تصر باكو على أن تعدّل يريفان دستورها"), not
        what it asserts ("تصر باكو على أن الإقليم …")."""
        return (
            form.asserts
            and after.kind == "complementizer"
            and after.content_start is not None
            and self.reader.subjunctive_after(after.content_start)
        )

    def _mouth(self, after: AfterVerb) -> Entity | None:
        """The person named after «على لسان» (a title and a name, or a name), who speaks
        for the subject left before the verb or unwritten ("الحركة قالت على لسان فلان إن
        …"); a title or an office with no name (``على لسان قائده``, ``على لسان وزارة
        خارجيتها``) leaves the subject the speaker."""
        mouth = after.mouth
        if mouth is None or mouth.name is None or not mouth.plausible:
            return None
        return self._speaker(mouth, None)

    def _background_act(self, match: regex.Match[str], subject: Phrase) -> bool:
        """ "وكانت الحركة قد طالبت بالإفراج عن …", "وكان النادي قد أعلن انسحابه من …"،
        "وكان الاتحاد قد أعلن تأجيل المباراة": كان, its subject, قد and a past verb of
        announcing or demanding with its object.

        The pluperfect tells what the subject had said before; a verb that reports only
        what أن / إن introduces (``that``), a verb of telling or hastening, and a
        description without its words ("وكان الوزير قد وصف الأجواء بالإيجابية") do not.
        """
        form = self.lexicon.verbs[match.group("verb")]
        if form.tense == PRESENT or form.that_only or form.tells or form.hastens:
            return False
        if form.describes:
            return False  # "وكان الوزير قد وصف الأجواء بالإيجابية": no words given
        # "وكانت بنوم بنه قد أعلنت عزمها …", and an event the subject announced ("وكان
        # الاتحاد قد أعلن تأجيل المباراة"، "وكانت روسيا قد أعلنت استعادة السيطرة"): what
        # it said then, as coders code it; a dated act of its own is not (see dated_act).
        return self._pluperfect(match, subject)

    def _pluperfect(self, match: regex.Match[str], subject: Phrase) -> bool:
        """Whether the verb stands in "كان SUBJECT قد VERB": its subject is before it."""
        reader = self.reader
        before_verb = reader.index_at(match.start("verb")) - 1
        before_subject = reader.index_at(subject.start) - 1
        if before_verb < 1 or before_subject < 0 or reader.tokens[before_verb].text != "قد":
            return False
        if reader.tokens[before_verb - 1].end != subject.end:
            return False
        return reader.tokens[before_subject].bare in ("كان", "كانت", "كانوا")

    def _live_line(self, match: regex.Match[str], subject: Phrase) -> bool:
        """A present verb whose subject opens a line of the body (not a headline)."""
        form = self.lexicon.verbs[match.group("verb")]
        if form.tense != PRESENT or form.that_only or form.tells or form.hastens:
            return False
        text = self.reader.text
        line_start = self.reader.line_start(subject.start)
        label = text[line_start : subject.start].strip()
        if label and not (label.endswith(":") and len(label[:-1].split()) <= 2):
            return False  # not "عاجل: الوزير فلان يعلن …": a label opens the line
        if self._segment_opens_at(subject.start):
            return False
        if subject.head not in ("title", "institution", "entity", "anonymous"):
            return False
        return self.reader.sentence_end_in(match.end(), self._line_end(match.end()))

    def _continues(self, match: regex.Match[str]) -> bool:
        """Whether a verb with no subject continues the last speaker ("وأضاف", "كما أشار")."""
        if match.group("pre"):
            return True
        index = self.reader.index_at(match.start()) - 1
        if index < 0:
            return False
        before = self.reader.tokens[index].text
        if before in _CONTINUATION_CUES or _CLITIC.sub("", before) in _CONTINUATION_CUES:
            return True
        if before == ",":
            # "وردا على سؤال حول موقف روسيا، قال: …": an introductory phrase joined by و
            # to what came before, then the verb with no subject of its own.
            reader = self.reader
            first = reader.index_at(reader.sentence_start(match.start()))
            if first < index:
                token = reader.tokens[first]
                joined = token.text != token.bare or (
                    token.text[:1] in "وف" and token.text[1:] in _PREPOSITIONS
                )  # "وردا على سؤال"، "وعن الخطوة التالية"
                return (
                    joined
                    and reader.head_kind(first) is None
                    and reader.entity_at(token.start) is None
                    and not any(self._reports(t.text) for t in reader.tokens[first:index])
                )
        return False

    def _present_continues(self, match: regex.Match[str], after: AfterVerb) -> bool:
        """Whether a present verb with no subject continues the last speaker.

        An impersonal passive ("ويذكر أن") is masculine and writes like the active, so
        a masculine present of a verb marked ``impersonal`` continues only with a colon
        or a quote, or with أن / إن after a clause with its subject ("يستقبل الرئيس …،
        ويقول إن …"); any other present also with أن / إن ("ويضيف أن …", "وتؤكد أن …").
        """
        form = self.lexicon.verbs[match.group("verb")]
        if not self._continues(match) or form.needs_subject:
            return False
        if after.kind in ("quote", "colon"):
            return True
        glued = self._glued_preposition(after)
        if (after.kind == "preposition" or glued) and self._same_sentence_demand(match):
            return True  # "لكن تبليسي تقول إن …، وتطالب بإطلاق سراحهم فورا"
        return after.kind == "complementizer" and (
            match.group("verb").startswith("ت")
            or not form.impersonal
            or self._clause_subject(match) is not None
        )

    def _glued_preposition(self, after: AfterVerb) -> bool:
        """Whether what follows the verb (read as its object) opens with بـ glued to what
        it governs ("بـ"المماطلة"", "بالإفراج"): a preposition, not an object."""
        if after.kind != "object" or after.content_start is None:
            return False
        text, start = self.reader.text, after.content_start
        if text[start] != "ب":
            return False
        if text[start + 1 : start + 2] == '"':
            return True  # "بـ"المماطلة"": the preposition cut off by a tatweel before a quote
        return self.reader._is_prepositional(self.reader.index_at(start))

    def _same_sentence_demand(self, match: regex.Match[str]) -> bool:
        """A present verb joined by "، و" to a statement of the same sentence, with the
        preposition it governs: "وتتهم الجبهة الحكومة بالمماطلة …، وتطالب بالإفراج عنهم"."""
        reader = self.reader
        index = reader.index_at(match.start())
        if match.group("pre") != "و" or index < 1 or reader.tokens[index - 1].text != ",":
            return False
        last = self.last
        return last is not None and last.end >= reader.sentence_start(match.start())

    def _clause_subject(self, match: regex.Match[str]) -> Phrase | None:
        """ "قاد رئيس الأساقفة فلان مسيرة …، وقال: …": the subject of the clause before.

        A verb joined by "، و" / "، ف" to a clause of the same sentence continues the first
        speaker-like phrase of that clause (a title, an institution, a gazetteer person,
        body or country, not after a preposition: "تتمسك كييف بمطلب …، وتقول إن …"),
        not the last speaker, when no statement was read in the sentence yet.
        """
        reader = self.reader
        index = reader.index_at(match.start())
        if (
            not match.group("pre")
            and index >= 2
            and reader.tokens[index - 1].text in ("لكنه", "لكنها", "ولكنه", "ولكنها")
        ):
            index -= 1  # "غادر فلان القاعة دون تصريح، لكنه كتب لاحقا أن …"
        elif not match.group("pre") and self.lexicon.verbs[match.group("verb")].tense == PARTICIPLE:
            pass  # "أقر المدرب فلان بأفضلية المنافس، مؤكداً أن …"
        elif not match.group("pre"):
            return None
        if index < 1:
            return None
        if reader.tokens[index - 1].text != ",":
            if not match.group("pre") or not reader.tokens[index - 1].word:
                return None
            # "الرئيس فلان ينشر صوراً للأسرى ويكتب: …": و joins the verb to its clause
            # with no comma written; the clause's subject is the same.
            return self._sentence_subject(match.start(), index)
        return self._sentence_subject(match.start(), index - 1)

    def _which_clause_subject(self, match: regex.Match[str]) -> Phrase | None:
        """ "…، وهو ما نفته هيئة الأركان، مؤكدة أن "…"", "وهو ما رفضه رئيس الحكومة فلان،
        قائلاً إن …": a participle right after a relative clause of comment ("وهو ما" and
        a verb whose object is ما: a pronoun on the verb or after its preposition, "شدد
        عليه") continues that clause's subject, who answers what was told before it, not
        the speaker of the statement before "وهو ما".

        The subject stands right after the verb (or its preposition with the pronoun) and
        is a title, an institution or a gazetteer person, body or country; no other comma
        stands between it and the participle's.
        """
        reader = self.reader
        comma = reader.index_at(match.start()) - 1
        if match.group("pre") or comma < 4 or reader.tokens[comma].text != ",":
            return None
        which = comma - 1
        while which > max(comma - _WHICH_REACH, 0):
            token = reader.tokens[which]
            if not token.word:
                return None  # another comma, a quote or a sentence mark first
            if token.text == "ما" and reader.tokens[which - 1].text in _WHICH_PRONOUNS:
                break
            which -= 1
        else:
            return None
        at = which + 2  # past "ما" and the verb
        if at < comma and reader.pronoun_before_subject(at):
            at += 1  # "وهو ما شدد عليه فلان"
        if at >= comma:
            return None
        found = reader.entity_at(reader.tokens[at].start)
        named = found is not None and found[2].kind in _SUBJECT_KINDS
        if not named and reader.head_kind(at) not in ("title", "institution"):
            return None
        phrase = reader.phrase_at(at)
        if phrase is None or not phrase.plausible or phrase.head not in _SUBJECT_HEADS:
            return None
        if phrase.end > reader.tokens[comma].start:
            return None
        return phrase

    def _sentence_subject(self, offset: int, comma: int) -> Phrase | None:
        """The first speaker-like phrase of the sentence holding ``offset``, before the
        comma token ``comma``, when no statement was read in that sentence yet."""
        reader = self.reader
        index = comma + 1
        sentence = reader.sentence_start(offset)
        if self.last is not None and self.last.end > sentence:
            # "أكد فلان أن …، فيما نشر الرئيس فلان صورا …، وكتب: …": a clause that opens
            # after the last statement with a conjunction has its own subject.
            opener = reader.index_at(self.last.end)
            while opener < comma and reader.tokens[opener].text in (",", '"'):
                opener += 1
            if opener >= comma or reader.tokens[opener].text not in _CLAUSE_OPENERS:
                return None
            sentence = reader.tokens[opener].end
        verb_at = -1
        first = self._after_fronted_adverbial(
            self._last_clause_start(reader.index_at(sentence), comma), comma
        )
        for at in range(first, index - 1):
            token = reader.tokens[at]
            if not token.word:
                continue
            if verb_at >= 0 and at > verb_at + 1:
                # "تطالب جماعات … بانسحاب الجيش من …، وتقول": after a reporting verb only
                # its subject right after it, not a noun of what it introduced.
                return None
            if reader.is_verb(token.text) and not self._impersonal(token.text):
                verb_at = at
                continue
            if token.text in ("ان", "انه", "انها", "انهم", "بان", "بانه", "بانها") and not (
                at > 0 and self._impersonal(reader.tokens[at - 1].text)
            ):
                # "…، وقال إن «خسارة X …»، مؤكداً": not inside what was said; but "يُذكر
                # أن الزعيم … كان قد صرح …، ودعا": after an impersonal verb, the subject.
                return None
            found = reader.entity_at(token.start)
            named = found is not None and found[2].kind in _SUBJECT_KINDS
            if not named and reader.head_kind(at) not in ("title", "institution"):
                topic = self._named_topic(at)
                if topic is not None:
                    return topic
                continue
            if at > 0 and reader.tokens[at - 1].bare in _PREPOSITIONS:
                continue
            phrase = reader.phrase_at(at)
            if phrase is not None and phrase.plausible and phrase.head in _SUBJECT_HEADS:
                return phrase
        return None

    def _named_topic(self, at: int) -> Phrase | None:
        """ "أما فلان فتعادل …، وأوضح أن …": a name the gazetteer does not know, as the
        topic after أما (one to three words, then a comma or a word with ف), is the subject
        of its sentence."""
        reader = self.reader
        if at == 0 or reader.tokens[at - 1].bare != "اما":
            return None
        for after in range(at + 1, min(at + 4, len(reader.tokens))):
            follows = reader.tokens[after].text
            if follows == "," or (follows.startswith("ف") and len(follows) > 3):
                start, end = reader.tokens[at].start, reader.tokens[after - 1].end
                return Phrase(start, end, "name", name=(start, end))
            if not reader.tokens[after].word or reader.is_verb(follows):
                return None
        return None

    def _temporal_subject(self, match: regex.Match[str], after: AfterVerb) -> Phrase | None:
        """ "أبدى الوزير فلان تفاؤلاً حذراً، إذ قال إن …", "أما الرئيسة فلانة فكانت أوضح حين
        قالت إن …": a verb right after a conjunction of time or manner (``_TEMPORAL``), with
        no subject after it and its words given, has the subject of its sentence's clause
        before the conjunction, when no statement was read in that sentence yet."""
        reader = self.reader
        if match.group("pre") or after.speaker is not None:
            return None
        if after.kind not in ("complementizer", "quote", "colon", "preposition"):
            return None
        index = reader.index_at(match.start()) - 1
        if index < 1 or reader.tokens[index].bare not in _TEMPORAL:
            return None
        if reader.tokens[index - 1].text in (",", "؛", ";"):
            index -= 1
        return self._sentence_subject(self._clause_before_semicolon(match.start(), index), index)

    def _clause_before_semicolon(self, offset: int, index: int) -> int:
        """Where to look for the subject a verb at ``offset`` continues, when the token
        ``index`` before it is where its clause joins the one before: a semicolon ends no
        thought in Arabic prose but joins an explanation to the clause it explains
        ("بدا الرئيس فلان في موقف صعب؛ إذ قال …"، "لم يخفِ الوزير فلان ذلك؛ فقد قال …"),
        so the clause before it, not the clause after it, holds the subject; else
        ``offset`` itself."""
        token = self.reader.tokens[index]
        return token.start if token.text in _SEMICOLONS else offset

    def _joined_sentence_start(self, match: regex.Match[str]) -> int | None:
        """Where the sentence the verb opens starts, when و / ف joins it to the sentence
        before: on the verb ("وقال …") or on قد before it ("وقد قالها صراحة: …"، "فقد كتب
        على إكس: …"); None when the verb does not open its sentence so."""
        reader = self.reader
        start = match.start()
        if match.group("pre"):
            return start if reader.sentence_start(start) == start else None
        index = reader.index_at(start) - 1
        if index < 0 or reader.tokens[index].text not in ("وقد", "فقد"):
            return None
        opening: int = reader.tokens[index].start
        return opening if reader.sentence_start(opening) == opening else None

    def _previous_sentence_subject(self, match: regex.Match[str]) -> Phrase | None:
        """ "يتمسك الرئيس فلان بأن …. وقال في مقابلة إن …": a verb that opens its sentence
        with no subject continues the subject of the sentence before it, when that
        sentence (in the same paragraph) told of someone doing something else and no
        statement was read in it; the last speaker spoke before that sentence."""
        reader = self.reader
        start = self._joined_sentence_start(match)
        if start is None:
            return None
        index = reader.index_at(start) - 1
        if (
            index < 1
            or reader.tokens[index].text not in _SENTENCE_JOINS
            or reader.newline_between(reader.tokens[index].end, start)
        ):
            return None
        previous = reader.sentence_start(reader.tokens[index].start)
        if reader.newline_between(previous, start):
            return None
        if self.last is not None and self.last.end > previous:
            return None
        return self._opening_subject(reader.tokens[index].start)

    def _tells_the_writer_someone_unread(self, match: regex.Match[str]) -> bool:
        """ "وقد قال لي أحد المسؤولين …": the verb tells the writer (لي / لنا) and words
        follow that are its subject, though no speaker phrase was read in them; neither
        the last speaker nor the sentence before speaks ("وقال لي: «…»" continues)."""
        tokens = self.reader.tokens
        told = self.reader.index_at(match.end())
        return (
            told + 1 < len(tokens) and tokens[told].text in ("لي", "لنا") and tokens[told + 1].word
        )

    def _after_fronted_adverbial(self, first: int, comma: int) -> int:
        """Where a clause opening at token ``first`` goes on after a fronted adverbial:
        a prepositional phrase before the verb closed by a comma ("وفي واشنطن، أبدى
        الرئيس فلان …"، "وللمرة الأولى منذ قمة X، تحدث الرئيس فلان …"). A place or a
        body named in it is where or when the clause happens, never its subject, which
        follows the verb after the comma. ``first`` itself when the clause opens with no
        preposition or a verb comes before the first comma (before ``comma``)."""
        tokens = self.reader.tokens
        if first >= comma:
            return first
        opener = tokens[first].bare
        if opener[:1] in ("و", "ف") and len(opener) > 2:
            opener = opener[1:]
        glued = opener.startswith(("لل", "بال"))
        fronting = opener in _PREPOSITIONS or opener in self.lexicon.fronting_adverbs
        if not fronting and not glued:
            return first
        for at in range(first + 1, comma):
            token = tokens[at]
            if token.text == ",":
                return at + 1
            if self.reader.is_verb(token.text):
                return first
        return first

    def _last_clause_start(self, first: int, comma: int) -> int:
        """Where the last clause before the comma token ``comma`` opens, from the token
        ``first`` (a sentence's start) on: after a contrasting or temporal conjunction
        with its أن ("…، إلا أن دمشق أعلنت …"، "بعد أن رفضت X …"، "بينما تقول Y …"), else
        ``first``. The phrase a participle continues is that clause's subject, not a noun
        of an earlier clause of its sentence."""
        tokens = self.reader.tokens
        start = first
        for at in range(first + 1, comma):
            token = tokens[at]
            after_that = token.text in _THAT and tokens[at - 1].bare in _BEFORE_NEW_CLAUSE
            if after_that or token.bare in _CLAUSE_CONJUNCTIONS:
                start = at + 1
        return start

    def _in_which(self, match: regex.Match[str], limit: int) -> bool:
        """ "نشر فلان على منصة إكس رسالة قال فيها: "…"", "افتتح الوزير فلان الاجتماع
        بكلمة قال فيها: …": a verb with فيه / فيها after it says what a speech or a post
        of the sentence's subject holds; that subject speaks. Whether it was read so."""
        reader = self.reader
        after_index = reader.index_at(match.end("verb"))
        if after_index >= len(reader.tokens) or reader.tokens[after_index].text not in (
            "فيه",
            "فيها",
        ):
            return False
        if reader.issuer_before(match.start()) is not None:
            return False  # "أصدرت الحركة بيانا أكدت فيه": the issuer, read in its statement
        after = reader.after_verb(match.end("verb"), limit)
        if after.speaker is not None or after.kind not in ("complementizer", "quote", "colon"):
            return False
        subject = self._opening_subject(match.start())
        if subject is None:
            return False
        self._emit(
            verb=match.group("verb"),
            evidence_start=match.start(),
            after=after,
            speaker=self._speaker(subject, None),
            continuation=False,
            limit=limit,
        )
        return True

    def _opening_subject(self, offset: int) -> Phrase | None:
        """The subject of the clause that opens the sentence holding ``offset``: the first
        title, institution or known person or body after its opening verb (and قد), not
        after a preposition, before ``offset``."""
        reader = self.reader
        first = reader.index_at(reader.sentence_start(offset))
        end = reader.index_at(offset)
        for at in range(first, min(end, first + 5)):
            token = reader.tokens[at]
            if not token.word or (at > 0 and reader.tokens[at - 1].bare in _PREPOSITIONS):
                continue
            found = reader.entity_at(token.start)
            named = found is not None and found[2].kind in _SUBJECT_KINDS - {EntityKind.PLACE}
            if not named and reader.head_kind(at) not in ("title", "institution"):
                continue
            phrase = reader.phrase_at(at)
            if phrase is None or not phrase.plausible or phrase.head not in _SUBJECT_HEADS:
                continue
            if phrase.end > offset:
                return None
            if at >= 2 and reader.tokens[at - 1].text == ",":
                # "نشر فلان، مستشار القائد، تدوينة …": the name before its title apposed.
                earlier = reader.phrase_at(at - 3) if at >= 3 else None  # (no token before 0)
                for name in (earlier, reader.phrase_at(at - 2)):
                    if (
                        name is not None
                        and name.name is not None
                        and name.plausible
                        and name.end == reader.tokens[at - 2].end
                    ):
                        return name
            return phrase
        return None

    def _agrees_with_relative(self, match: regex.Match[str], relative: int) -> bool:
        """Whether the verb after the relative pronoun at token ``relative`` is its own
        ("الذي قال"، "التي قالت"، "الذين قالوا"), not a verb with another subject
        ("المسلحين، الذين تقول الحكومة إنهم …"). Checked only after a comma, where the
        antecedent is set off: right after its noun the relative was always read so."""
        reader = self.reader
        if reader.tokens[relative - 1].text != ",":
            return True
        verb: str = match.group("verb")
        form = self.lexicon.verbs[verb]
        relative_word = reader.tokens[relative].text
        if form.tense == PRESENT:
            if relative_word == "التي":
                return verb.startswith("ت") and not verb.endswith("ون")
            if relative_word == "الذي":
                return verb.startswith("ي") and not verb.endswith(("ون", "ان"))
            return verb.endswith("ون")
        if relative_word == "التي":
            return verb.endswith("ت")
        if relative_word == "الذي":
            return not verb.endswith(("ت", "وا"))
        return verb.endswith("وا")

    def _antecedent(self, relative: int) -> Phrase | None:
        """The speaker-like phrase ending right before the relative pronoun at token
        ``relative`` (a known person or body, a title, an institution or a name), the
        longest that fits in a few words of its clause."""
        reader = self.reader
        last = relative - 1
        if last > 0 and reader.tokens[last].text == ",":
            last -= 1  # "… الرئيس فلان، الذي كتب أن …": a relative clause set off by a comma
        if last < 0 or not reader.tokens[last].word:
            return None
        first = last
        while first > 0 and last - first < 6 and reader.tokens[first - 1].word:
            first -= 1
        # A known person or body, a title or an institution first; an unknown name only
        # when none ends there.
        for heads in (("title", "institution", "entity", "anonymous"), ("name",)):
            for at in range(first, last + 1):
                if (
                    at > 0
                    and reader.tokens[at - 1].bare in _PREPOSITIONS
                    and not self._requester_at(at)
                ):
                    continue  # "مع الوزير الذي قال": not the clause's subject
                phrase = reader.phrase_at(at)
                if (
                    phrase is None
                    or not phrase.plausible
                    or phrase.end != reader.tokens[last].end
                    or phrase.head not in heads
                ):
                    continue
                if phrase.head == "title" and phrase.name is None and at == last:
                    continue  # "باسم أمين الذي …": a lone title word ends a name
                if phrase.head == "name" and (
                    reader.definite(last)
                    or any(
                        token.text != token.bare or token.text.startswith(("بال", "لل"))
                        for token in reader.tokens[at : last + 1]
                    )
                ):
                    # "وتوّج باللقب فلان": a verb and its object, then the name; "رغم
                    # المطالب التي وُصفت": a definite noun, not a name.
                    continue
                return phrase
        return None

    def _requester_at(self, index: int) -> bool:
        """Whether the token at ``index`` follows "بطلب من" (or a like noun of asking,
        ``request_nouns``): the party that asked, the one a relative clause after it
        goes on about ("أُرجئت الجولة بطلب من موسكو، التي قالت إن …")."""
        tokens = self.reader.tokens
        return (
            index > 1
            and tokens[index - 1].bare == "من"
            and tokens[index - 2].text in self.lexicon.request_nouns
        )

    def _passive(self, match: regex.Match[str]) -> bool:
        """Whether the verb is written in the passive voice, with a damma on its first
        letter: a past form ("أُعلن أن …"، "وأُعلن عن اجتماع"، "نُشر في: …": an active
        past never opens with a damma), or a present form of a verb whose active present
        opens with a fatha, the derived forms whose past opens with a connecting alef
        ("تُتَّهم الجماعة بـ…"، "تُختتم الجولة الجمعة": اتهم، اختتم، اعتبر، استبعد). The
        active present of أعلن، طالب، شدد itself takes the damma ("تُطالب"، "يُعلن")."""
        if match.start() not in self._damma_starts:
            return False
        form = self.lexicon.verbs[match.group("verb")]
        if form.tense == PAST:
            return True
        lemma = form.lemma
        connecting_alef = lemma.startswith("ا") and (len(lemma) >= 5 or lemma.startswith("ات"))
        return form.tense == PRESENT and connecting_alef

    def _impersonal(self, word: str) -> bool:
        """Whether ``word`` is the masculine present of an impersonal verb ("يذكر", "ويذكر")."""
        form = self.lexicon.verbs.get(word) or self.lexicon.verbs.get(_CLITIC.sub("", word))
        return form is not None and form.impersonal and _CLITIC.sub("", word).startswith("ي")

    def _reports(self, word: str) -> bool:
        """Whether ``word`` is a reporting verb that carries its own subject ("وقال")."""
        form = self.lexicon.verbs.get(word) or self.lexicon.verbs.get(_CLITIC.sub("", word))
        return form is not None and not form.needs_subject

    def _document_speaker(self, document: Phrase, issuer: Entity | None) -> Entity:
        """ "وأضاف البيان أن …": the document written as the subject is the speaker
        (CONVENTIONS rule 24: the text makes the document speak); who issued it, the
        speaker it continues, is kept as its kind, canonical name and id. With no issuer
        named and none to continue ("وجاء في البيان المشترك أن …"), the document speaks
        as an organisation of its own."""
        span = self.analysis.span(document.start, document.end)
        if issuer is None:
            return Entity(self.analysis.slice(span), span, EntityKind.ORGANIZATION)
        return attrs.evolve(issuer, text=self.analysis.slice(span), span=span, role=None)

    def _last_speaker(self, offset: int, reach: int = _CONTINUATION_REACH) -> Entity | None:
        """The last statement's speaker, when it stands near enough in the same segment."""
        last = self.last
        if last is None or offset - last.end > reach:
            return None
        if last.segment != self._segment_index(offset):
            return None
        return last.speaker

    def _describing_clause(self, start: int, verb_end: int, limit: int) -> bool:
        """Whether the verb at ``start`` opens a clause on the indefinite noun before it
        with its subject after it and what was said after that ("وهو مقترح قالت الحكومة
        إنها تدرسه"); not when an indefinite adjective follows, the verb then being a noun
        itself ("وفي أول رد رسمي، قال …")."""
        reader = self.reader
        if not reader.describes_indefinite(start):
            return False
        after = reader.after_verb(verb_end, limit)
        if after.speaker is None or after.kind not in ("complementizer", "quote", "colon"):
            return False
        first = reader.index_at(after.speaker.start)
        return not (not reader.definite(first) and _NISBA_WORD.match(reader.tokens[first].text))

    def _participle(self, match: regex.Match[str], limit: int) -> None:
        """ "مضيفاً "…"", "واصفاً المحادثات بأنها "…"": a statement only with quoted words."""
        reader = self.reader
        adverbial = False
        if not match.group("pre") and not reader.after_comma(match.start()):
            adverbial = self._adverbial_participle(match)
            if not adverbial:
                return  # "مطالب روسية": a noun, not a participle continuing a statement
        verb_end = match.end("verb")
        clause_end = reader.clause_end(verb_end, limit=limit)
        quote = reader.quotes.next_after(verb_end, max(clause_end, verb_end + 1))
        if quote is None:
            return
        if self._introduces(quote, verb_end, clause_end, limit):
            after = AfterVerb(None, None, quote.start, "quote", quote, quote.start)
        elif self._closes_with(quote, clause_end):
            # "مشيراً إلى أن الجيش سيبقى "ما دام …"": reported words that end quoted.
            read = reader.after_verb(verb_end, limit)
            start = read.speaker.start if read.speaker is not None else read.content_start
            if start is None:
                return
            kind = "object" if read.speaker is not None or read.kind is None else read.kind
            after = AfterVerb(None, None, start, kind, None, start, read.via)
        else:
            return
        if adverbial:
            # its own clause's subject acts by saying, never a speaker of sentences before
            subject = self._sentence_subject(match.start(), reader.index_at(match.start()))
            if subject is None:
                return
        else:
            subject = self._which_clause_subject(match) or self._clause_subject(match)
        speaker = self._speaker(subject, None) if subject else self._last_speaker(match.start())
        if speaker is None:
            return
        self._emit(
            verb=match.group("verb"),
            evidence_start=match.start(),
            after=after,
            speaker=speaker,
            continuation=True,
            limit=limit,
        )

    def _adverbial_participle(self, match: regex.Match[str]) -> bool:
        """ "ودافع فلان عن قراره قائلاً: «…»", "ردّ الرئيس … في كلمة قائلاً: "…"": a
        participle of saying in the accusative with tanwin, written right before a colon,
        tells how the subject of its clause acted: by saying the words quoted.

        No comma or و is needed before it: the tanwin makes it a circumstantial
        participle, never a noun ("مطالب روسية"), and the colon after it opens the words
        said. Before a quote with no colon the same form may be an adverb ("اتفقا على
        الاجتماع مجدداً "في …""), so a quote alone is not enough."""
        reader = self.reader
        word = match.group("verb")
        if match.group("pre") or not word.endswith("ا"):
            return False
        after = reader.index_at(match.end("verb"))
        return after < len(reader.tokens) and reader.tokens[after].text == ":"

    def _relative_quoted(self, match: regex.Match[str], limit: int) -> bool:
        """Whether a verb of saying right after a relative pronoun gives its antecedent's
        words quoted after an object or a preposition, as a participle does ("… الوزير
        فلان، الذي وصف العملية بأنها "…""، "… الوزير فلان، الذي أكد دعم بلاده «…»"، "لجنة
        …، التي دعت الأطراف إلى "…""): what it says, not an act told of the antecedent
        ("المقاطعات التي أعلنت موسكو ضمها": no quote; "تصريح فلان الذي قال فيه": a speech).
        The phrase after the verb must be its object, not a speaker of its own."""
        reader = self.reader
        verb_end = match.end("verb")
        index = reader.index_at(verb_end)
        if index >= len(reader.tokens) or reader.tokens[index].text in ("فيه", "فيها"):
            return False
        after = reader.after_verb(verb_end, limit)
        if after.kind in ("complementizer", "quote", "colon") and not (
            after.speaker is not None and self.lexicon.verbs[match.group("verb")].describes
        ):
            return False  # read as before
        if after.speaker is not None and after.speaker.head in _SUBJECT_HEADS | {"anonymous"}:
            return False
        clause_end = reader.clause_end(verb_end, limit=limit)
        quote = reader.quotes.next_after(verb_end, max(clause_end, verb_end + 1))
        if quote is None or any(
            token.text == "," for token in reader.tokens[index : reader.index_at(quote.start)]
        ):
            return False  # "التي أعلنت ضمها في 2022، وهو شرط تصفه كييف بأنه «…»": not its words
        return self._introduces(quote, verb_end, clause_end, limit) or self._closes_with(
            quote, clause_end
        )

    def _considered_object(self, match: regex.Match[str], phrase: Phrase) -> bool:
        """Whether the phrase after a verb of considering is its first object: a plain noun
        (no name, title or body the gazetteer knows) followed at once by an indefinite
        accusative, the second object, or by its own complement and then one ("، وتعتبر
        الضحلة جزءاً من …"، "وتعتبر أراضي البشتون على الجانب الآخر امتداداً …"). With its subject written, the subject stands between the
        verb and the object ("وتعتبر بكين الضحلة جزءاً"), so a noun that the predicate
        follows at once is what is considered; the considerer is the subject left unwritten,
        never that noun."""
        considering = self.analysis.word_set("territory_considering_verbs")
        if match.group("verb") not in considering or phrase.head not in ("definite", "name"):
            return False
        reader = self.reader
        if phrase.head == "name" and reader.entity_at(phrase.start) is not None:
            return False
        words = [
            token  # quote marks aside ("“أرضاً أفغانية”")
            for token in reader.tokens[
                reader.index_at(phrase.end) : reader.index_at(phrase.end) + 6
            ]
            if token.word
        ][:4]
        # the noun's own complement may stand first ("على الجانب الآخر")
        own_complement = bool(words) and words[0].text in _CONSIDERED_COMPLEMENT
        words = words[1:] if own_complement else words[:1]
        norm = self.analysis.norm
        for token in words:
            if token.text in _THAT:
                return False
            written = self.analysis.text[
                norm.to_original(token.start) : norm.to_original(token.end)
            ]
            if written.endswith(_ACCUSATIVE_TANWIN) or token.text.endswith("ءا"):
                return True
        return False

    def _described(self, match: regex.Match[str], limit: int) -> None:
        """ "وهو ما وصفه فلان بأنه "…"", "ووصفه بأنه "…"": a description, quoted, of what
        stands before the verb (its object pronoun).

        The describer is the phrase after the verb, or, with no phrase and و/ف before
        the verb, the antecedent of its relative clause, the subject of its own clause
        ("فيما ترفض كابول الاعتراف بـ…، وتعتبره "…""، "غير أن فلان رفض الفكرة واعتبرها
        "…"", as :meth:`_clause_subject` reads it) or else the last speaker. Only a
        quoted description is read.
        """
        reader = self.reader
        verb_end = match.end("verb")
        after = reader.after_verb(verb_end, limit)
        clause_end = reader.clause_end(verb_end, limit=limit)
        quote = reader.described_quote(verb_end, clause_end, glued=True)
        if (
            quote is None
            and match.group("pre")
            and after.kind == "quote"
            and after.quote is not None
        ):
            quote = after.quote  # "واعتبره "خطوة مهمة لبناء الثقة"": the predicate quoted
        phrase = after.speaker
        if quote is None and phrase is not None and phrase.end - phrase.start >= 2:
            # "وهو ما تعتبره العاصمة "احتلالا زاحفا"": the describer, then the predicate
            # quoted right after it (a verb of deeming takes it with no بـ). A quote
            # after a definite word closes the phrase as its predicate, not as a body's
            # quoted name ("حركة "…"").
            if after.kind == "quote" and after.quote is not None:
                if reader.index_at(after.quote.start) == reader.index_at(phrase.end):
                    quote = after.quote
            else:
                first = reader.index_at(phrase.start) + 1
                for index in range(first, reader.index_at(phrase.end)):
                    token = reader.tokens[index]
                    inner = reader.quotes.starting_at(token.start) if token.text == '"' else None
                    if inner is not None and inner.end == phrase.end:
                        if reader.definite(index - 1):
                            quote = inner
                            phrase = attrs.evolve(phrase, end=reader.tokens[index - 1].end)
                        break
        if quote is None:
            return
        speaker: Entity | None
        if phrase is not None and phrase.end - phrase.start < 2:
            phrase = None  # "ووصفه بـ"…"": the glued preposition, no describer
        if phrase is not None:
            if not phrase.plausible or phrase.head in ("none", "party", "document", "media"):
                return
            speaker = self._speaker(phrase, after.apposition)
        elif match.group("pre"):
            subject = self.reader.relative_antecedent(match.start()) or self._clause_subject(match)
            if subject is not None:
                speaker = self._speaker(subject, None)
            else:
                speaker = self._last_speaker(match.start())
        else:
            return
        if speaker is None:
            return
        described = AfterVerb(None, None, quote.start, "quote", quote, quote.start, after.via)
        self._emit(
            verb=match.group("verb"),
            evidence_start=match.start(),
            after=described,
            speaker=speaker,
            continuation=phrase is None,
            limit=limit,
        )

    def _introduces(self, quote: Quote, verb_end: int, clause_end: int, limit: int) -> bool:
        """Whether a participle introduces ``quote`` as what was said.

        The quote opens the content: right after the participle or a colon
        (``مضيفاً: "…"``), as the whole clause after أن / على أن (``مضيفاً أن "…"``),
        right after the governed preposition (``داعياً إلى "…"``), or as the
        description after بأنه (``واصفاً إياها بأنها "…"``). A quoted fragment inside
        reported words (``مؤكداً أن البحث "لم يتطرق …"``) is no statement of its own.
        """
        reader = self.reader
        after = reader.after_verb(verb_end, limit)
        if after.kind == "quote":
            return after.quote is not None and after.quote.start == quote.start
        if after.kind == "complementizer" and after.content_start is not None:
            # "واصفاً إياها بأنها "تاريخية"": a short description after بأن is quoted words.
            # "معتبراً أن الحوار "هو الطريق الوحيد"": a subject, then its predicate quoted.
            index = reader.index_at(after.content_start)
            between = reader.index_at(quote.start) - index - 1
            if between == 0:
                return reader.tokens[index].text.startswith("ب")
            # "مؤكداً أن مسقط "ستبقى منفتحة …" بين الأطراف": the subject's predicate quoted,
            # also when the clause goes on after it.
            # A longer subject ("مضيفاً أن نزع سلاح الحركة "شرط لا رجعة فيه"") as well:
            # words only, ending on a definite noun or a name, as a subject does; not a
            # verb and its object ("أن نيقوسيا لن تقبل "…"") or a preposition governing
            # the quote ("أن الجيش سيبقى عند "الخط الأصفر"": a quoted term inside
            # reported words).
            if between <= 2:
                return len(quote.inner(reader.text).split()) >= 2
            last = index + between
            return (
                between <= 4
                and len(quote.inner(reader.text).split()) >= 2
                and all(reader.tokens[at].word for at in range(index + 1, last + 1))
                and reader.tokens[last].text not in _QUOTE_GOVERNORS
                and (
                    reader.definite(last) or reader.entity_at(reader.tokens[last].start) is not None
                )
            )
        if after.kind == "preposition" and after.content_start is not None:
            index = reader.index_at(after.content_start) + 1
            if index < len(reader.tokens) and reader.tokens[index].start == quote.start:
                return True
            first = index - 1
            if (
                reader.tokens[first].text.startswith("ب")
                and index + 1 < len(reader.tokens)
                and reader.tokens[index + 1].start == quote.start
                and reader.definite(index)
            ):
                # "مطالباً بتسليم المعسكرات "من دون …"": a verbal noun and its definite
                # genitive, then the quoted words the participle reports.
                return True
        # A participle has no subject: a phrase read as one is its object.
        start = after.speaker.start if after.speaker is not None else after.content_start
        if after.kind in ("object", "preposition") and start is not None:
            described = reader.described_quote(start, clause_end)
            if described is not None:
                return described.start == quote.start
            # "متهماً الجماعة بـ"ارتكاب جرائم حرب"": an object, then what it is charged with.
            index = reader.index_at(quote.start) - 1
            first = reader.index_at(start)
            return (  # also "متهماً الجزائر بالقيام بـ"أعمال عدائية"": a verbal noun between
                (after.kind == "object" or after.speaker is not None)
                and index > first
                and reader.tokens[index].text == "ب"
                and index - first <= 3
            )
        return False

    def _closes_with(self, quote: Quote, clause_end: int) -> bool:
        """Whether quoted words of a few words close the participle's clause: "مطالباً
        بتطبيق المادة 140 «من دون مماطلة»", "لافتاً إلى أن الوساطة ممكنة "إذا توافرت
        الإرادة"": the clause ends on the speaker's own words, so it reports them. A short
        quoted name inside the clause ("داعياً إلى الالتزام بـ"إعلان جدة" في …") does not."""
        reader = self.reader
        text = reader.text
        words = len(quote.inner(text).split())
        if words < 3:
            return False
        before = reader.index_at(quote.start) - 1
        if before >= 0 and reader.tokens[before].bare in _NAMING_PREPOSITIONS and words < 5:
            return False  # "داعيا إلى الالتزام بـ"قرارات مجلس الأمن"": a term, not words
        return not text[quote.end : max(clause_end, quote.end)].strip(" ،,.")

    # -- relays ---------------------------------------------------------------------------

    def _relayed(self, match: regex.Match[str]) -> None:
        """ "نقلت القناة 12 الإسرائيلية عن مسؤول إسرائيلي قوله إن …": the source speaks."""
        reader = self.reader
        start = match.start()
        limit = self._line_end(match.end())
        after_verb = reader.index_at(match.end())
        if after_verb < len(reader.tokens) and reader.tokens[after_verb].text == "عن":
            self._relayed_from_unwritten_medium(match, after_verb, limit)
            return
        if not match.group("pre") and not reader.clause_initial(start):
            return
        medium = reader.phrase_at(after_verb)
        if medium is None or not (medium.head == "media" or _is_media(medium, reader)):
            return
        index = reader.index_at(medium.end)
        steps = 0
        while index < len(reader.tokens) and reader.tokens[index].text != "عن" and steps < 8:
            if reader.tokens[index].text in (".", ":", '"'):
                return
            index += 1
            steps += 1
        if index >= len(reader.tokens) or reader.tokens[index].text != "عن":
            return
        relayed = self._relay_source(index)
        if relayed is None:
            return
        source, position = relayed
        after = reader.after_verb(position, limit)
        apposition = (
            after.speaker if after.speaker is not None and after.speaker.head == "title" else None
        )
        if after.kind not in ("complementizer", "quote", "colon"):
            # "عن مسؤولين أميركيين لم تسمهم أن …": a few words on the source first.
            found = reader.marker_ahead(position)
            if found is None:
                return
            after = attrs.evolve(
                after, speaker=None, content_start=found[0], kind=found[1], quote=found[2]
            )
            apposition = None
        if after.content_start is None:
            return
        self._emit(
            verb=match.group("relayverb"),
            evidence_start=start,
            after=attrs.evolve(after, via=medium),
            speaker=self._speaker(source, apposition),
            continuation=False,
            limit=limit,
        )

    def _relay_source(self, about: int) -> tuple[Phrase, int] | None:
        """The source named after عن at token ``about`` and where its words may begin:
        after قوله when it follows ("عن مسؤول قوله إن"), else right after the source; None
        when no plausible speaker follows عن."""
        reader = self.reader
        source = reader.phrase_at(about + 1)
        if source is None or not source.plausible or source.head in ("none", "party", "media"):
            return None
        position = source.end
        said = reader.index_at(position)
        if said < len(reader.tokens) and reader.tokens[said].text.startswith("قول"):
            position = reader.tokens[said].end
        return source, position

    def _relayed_from_unwritten_medium(
        self, match: regex.Match[str], about: int, limit: int
    ) -> None:
        """ "، ونقلت عن مندوبها الدائم فلان قوله إن …"، "قناة … تنقل عن فلان قوله إن …"، "غير
        أن التلفزيون نقل عن الوزير فلان قوله إن …": a verb of relaying with عن right after
        it has its medium before it (its subject, or the subject of the clause it joins),
        not after it; the source after عن speaks, when its words follow it (after قوله, or
        right after it: "تنقل عن مسؤول عسكري: …"، "نقلت عن دبلوماسي أن …"). ``about`` is
        the index of عن."""
        relayed = self._relay_source(about)
        if relayed is None:
            return
        source, position = relayed
        after = self.reader.after_verb(position, limit)
        if (
            after.speaker is not None
            or after.kind not in ("complementizer", "quote", "colon")
            or after.content_start is None
        ):
            return  # "نقل القوات عن الحدود إلى …": no source's words
        self._emit(
            verb=match.group("relayverb"),
            evidence_start=match.start(),
            after=attrs.evolve(after, speaker=None, apposition=None),
            speaker=self._speaker(source, None),
            continuation=False,
            limit=limit,
        )

    def _relay(self, match: regex.Match[str]) -> None:
        """ "بحسب مصدر …، CONTENT" and "CONTENT، حسبما نقلت صحيفة … عن SPEAKER"."""
        reader = self.reader
        relay_index = reader.index_at(match.start())
        size = reader.is_relay(relay_index) or 1
        index = relay_index + size
        verb = match.group("relay")
        if index < len(reader.tokens) and (
            reader.tokens[index].text in self.lexicon.relay_verbs
            or reader.relayed_by(reader.tokens[index].text)
        ):
            verb = reader.tokens[index].text  # "نقلت", "أعلنته"
            index += 1
            if index < len(reader.tokens) and reader.tokens[index].text in ("به", "بها"):
                index += 1  # "وفق ما أفاد به مقر التنسيق"
        via: Phrase | None = None
        source = reader.source_at(index) or self._known_speaker_at(index)
        if source is not None and (source.head == "media" or _is_media(source, reader)):
            via = source
            after_source = reader.index_at(source.end)
            # "صحيفة "لوفيجارو" الفرنسية في موقعها الإلكتروني عن المتحدث …"
            while after_source < len(reader.tokens) and reader.tokens[after_source].text not in (
                "عن",
                ",",
                ".",
                ":",
            ):
                after_source += 1
                if after_source - index > 12:
                    break
            if after_source < len(reader.tokens) and reader.tokens[after_source].text == "عن":
                source = reader.source_at(after_source + 1)
            else:
                source = None
        channel: str | None = None
        if verb in _CAME_IN and (source is None or source.head != "document"):
            return  # "جاء في المرتبة الثانية": only a document says
        document: Phrase | None = None
        speaker: Entity | None = None
        if source is not None and source.head == "document":
            # "وفق بيان صادر عن الخارجية": the issuer speaks, in a statement; "وجاء في
            # البيان أن …": the document alone speaks (CONVENTIONS rule 24); "بحسب البيان"
            # attributes a detail, not words of the document's own.
            if source.owner is None and verb in _CAME_IN:
                document = source
            source, channel = source.owner, "statement"
        if document is not None:
            # "وجاء في البيان المشترك أن …" with no speaker before it: the document itself
            # speaks, as an organisation.
            speaker = self._document_speaker(document, self._last_speaker(match.start()))
            source = document
        elif source is None or not source.plausible or source.head in ("none", "party", "media"):
            return
        apposition = None
        end_index = reader.index_at(source.end)
        if end_index < len(reader.tokens) and reader.tokens[end_index].text == ",":
            candidate = reader.phrase_at(end_index + 1)
            if reader.is_apposition(candidate, source):
                apposition = candidate
        if speaker is None:
            speaker = self._speaker(source, apposition)
        relay_end = (apposition or source).end
        clause_before = self._clause_before(match.start())
        if verb in _CAME_IN:
            clause_before = None  # "وفي المقابل، جاء في بيان …:": what follows is said
        if clause_before is not None and _credits_unnamed_source(source):
            return
        line_limit = self._line_end(relay_end)
        if clause_before is not None:
            content = Span(*clause_before)
            if self._covered(content):
                return
            evidence = (clause_before[0], relay_end)
        else:
            if self._inside_a_clause(relay_index):
                # "وعددهم بحسب الحكومة 23 شخصاً"، "إقليم متنازع عليه وفق الأمم المتحدة، و…":
                # a relay after a word of its own clause attributes a detail of that
                # clause, not what follows it.
                return
            # "وبحسب مصدر دبلوماسي، لم يحقق الاجتماع …": the content follows.
            index = reader.index_at(relay_end)
            comma = index
            while (
                comma < len(reader.tokens)
                and comma - index < 15
                and reader.tokens[comma].text not in (",", ".", ":", '"')
            ):
                comma += 1
            if comma < len(reader.tokens) and reader.tokens[comma].text == ",":
                # "بحسب دبلوماسي غربي تحدث لوكالة رويترز …، فإن …": the content follows the comma.
                if via is None:
                    via = reader.medium_in(relay_end, reader.tokens[comma].start)
                index = comma + 1
            if index >= len(reader.tokens):
                return
            content_start = reader.tokens[index].start
            content_end = reader.clause_end(content_start, limit=line_limit)
            if content_end <= content_start:
                return
            content = Span(content_start, content_end)
            evidence = (match.start(), content_end)
        direct = False
        if (
            clause_before is None
            and comma < len(reader.tokens)
            and reader.tokens[comma].text == ":"
        ):
            # "جاء في بيان صادر عن مكتب الرئيس: "…"": what the document says follows.
            quote = (
                reader.quotes.starting_at(reader.tokens[comma + 1].start)
                if (comma + 1 < len(reader.tokens))
                else None
            )
            if quote is not None and quote.inner_end > quote.inner_start:
                content = Span(quote.inner_start, quote.inner_end)
                evidence = (match.start(), quote.end)
                direct = True
            elif comma + 1 < len(reader.tokens):
                start = reader.tokens[comma + 1].start
                end = reader.clause_end(start, limit=line_limit)
                if end <= start:
                    return
                content = Span(start, end)
                evidence = (match.start(), end)
        self._add(
            verb=verb,
            evidence=evidence,
            content=(content.start, content.end),
            direct=direct,
            speaker=speaker,
            channel=channel,
            via=self._via(via),
        )
        self.consumed_until = max(self.consumed_until, relay_end)

    def _inside_a_clause(self, relay_index: int) -> bool:
        """Whether the relay at token ``relay_index`` follows a word of its own clause on its
        line, with no comma, conjunction or clause opener between ("محتجزون في باكو وفق
        يريفان"), rather than opening a clause ("وبحسب …", "، بحسب …", "لكن بحسب …")."""
        reader = self.reader
        if relay_index == 0:
            return False
        relay, before = reader.tokens[relay_index], reader.tokens[relay_index - 1]
        conjunction = relay.text[0] in "وف" and relay.text[1:].startswith(_RELAY_STEMS)
        return (
            not conjunction
            and before.word
            and not reader.newline_between(before.end, relay.start)
            and before.bare not in _RELAY_OPENERS
            and not before.text[0].isdigit()
            and not self._medium_ends_at(relay_index - 1)
        )

    def _medium_ends_at(self, index: int) -> bool:
        """Whether a medium's name ends at token ``index`` ("وكالة الأنباء الإثيوبية نقلاً
        عن …", its acronym in brackets read across): the medium relays the source after
        the relay, which opens its own clause, not a detail of the medium's."""
        reader = self.reader
        end = reader.tokens[index].end
        for start in range(index, max(index - _MEDIUM_WORDS, -1), -1):
            phrase = reader.phrase_at(start)
            if (
                phrase is not None
                and phrase.end == end
                and (phrase.head == "media" or _is_media(phrase, reader))
            ):
                return True
        return False

    def _known_speaker_at(self, index: int) -> Phrase | None:
        """A name the gazetteer does not know, after a relay, that already spoke in the
        document ("يقول نوري إن …" … "بحسب نوري"): that speaker is the source."""
        phrase = self.reader.phrase_at(index)
        if phrase is None or phrase.head != "name" or not phrase.plausible:
            return None
        written = self.analysis.slice(self.analysis.span(phrase.start, phrase.end))
        for statement in self.statements:
            said = statement.speaker.text
            if said == written or said.endswith(" " + written):
                return phrase
        return None

    def _clause_before(self, relay_start: int) -> tuple[int, int] | None:
        """The clause a trailing relay attributes ("CONTENT، حسبما نقلت …"), else None."""
        reader = self.reader
        index = reader.index_at(relay_start) - 1
        if index < 0 or reader.tokens[index].text != ",":
            return None
        end = reader.tokens[index].start
        start = reader.sentence_start(end)
        if end - start < 10:
            return None
        return (start, end)

    def _covered(self, content: Span) -> bool:
        """Whether a statement already reports (part of) ``content`` (normalised offsets)."""
        original = self.analysis.span(content.start, content.end)
        return any(
            s.content.overlaps(original) or s.evidence.overlaps(original) for s in self.statements
        )

    # -- building records -----------------------------------------------------------------

    def _line_end(self, offset: int) -> int:
        """The normalised offset of the end of the line holding ``offset``."""
        end = self.reader.text.find("\n", offset)
        return len(self.reader.text) if end < 0 else end

    def _emit(
        self,
        *,
        verb: str,
        evidence_start: int,
        after: AfterVerb,
        speaker: Entity,
        continuation: bool,
        limit: int,
        answer: bool = False,
    ) -> None:
        """Build one statement from a reading of its reporting clause (``answer``: an
        interview answer, given as the interviewee's words, direct)."""
        reader = self.reader
        # A channel the clause named by its subject ("وأضاف البيان"), used once.
        pending, self.pending_channel = self.pending_channel, None
        content_start = after.content_start
        assert content_start is not None
        if after.kind == "quote" and after.quote is not None:
            quote = after.quote
            content = (quote.inner_start, quote.inner_end)
            evidence_end = quote.end
            direct = quote.inner_end > quote.inner_start
            if not direct:
                return
        else:
            end = reader.clause_end(content_start, limit=limit)
            content = (content_start, end)
            evidence_end = end
            direct = False
            described = (
                reader.described_quote(content_start, end) if after.kind == "object" else None
            )
            if described is not None:
                # "وصف الرئيس الاتفاق بأنه "بداية صفحة جديدة"": the quoted words are said.
                content = (described.inner_start, described.inner_end)
                evidence_end = described.end
                direct = True
        if content[1] <= content[0]:
            return
        if after.via is None:
            told = reader.medium_in(evidence_start, content_start)
            if told is not None:
                after = attrs.evolve(after, via=told)
        channel = self._channel(evidence_start, content_start)
        if pending is not None:
            channel = pending
        if (
            channel is None
            and continuation
            and self.last is not None
            and self.last.speaker == speaker
        ):
            channel = self.last.channel
        if answer:
            direct = True
            channel = channel or "interview"
        elif verb == ":":
            # "المتحدث باسم الخارجية: الجلسة ستبدأ بعد الظهر": the words given after a named
            # speaker and a colon are his own, quoted or not (CONVENTIONS rule 12).
            direct = True
        self._add(
            verb=verb,
            evidence=(evidence_start, evidence_end),
            content=content,
            direct=direct,
            speaker=speaker,
            channel=channel,
            via=self._via(after.via),
        )
        self.consumed_until = max(self.consumed_until, after.region_end)
        self._content = content

    def _quoted_in_content(self, offset: int) -> bool:
        """Whether ``offset`` lies in quoted words inside the last statement's content
        ("كتب فلان أن التصريحات «استفزازية وتهدد السلم»"): the speaker's own words, whose
        verbs report nothing of their own."""
        quote = self.reader.quotes.at(offset)
        return (
            quote is not None
            and quote.closed
            and quote.inner_start <= offset
            and self._content[0] <= quote.start
            and quote.inner_end <= self._content[1]
            # not a mark left open in an earlier sentence and paired with a later one
            and quote.start >= self.reader.sentence_start(offset)
        )

    def _add(
        self,
        *,
        verb: str,
        evidence: tuple[int, int],
        content: tuple[int, int],
        direct: bool,
        speaker: Entity,
        channel: str | None,
        via: Entity | None,
    ) -> None:
        """Map a statement's normalised spans to the original text and keep it."""
        if speaker.kind is EntityKind.MEDIA:
            return  # "ذكرت وكالة X أن …": a medium relaying the news is no speaker
        analysis = self.analysis
        evidence_span = analysis.span(*evidence)
        content_span = analysis.span(*content)
        segment = analysis.segment_at(evidence_span.start).kind
        if segment in (SegmentKind.BOILERPLATE, SegmentKind.RELATED):
            return
        original_verb = self._original_verb(evidence, verb)
        self.statements.append(
            Statement(
                evidence=evidence_span,
                extractor=__name__,
                segment=str(
                    SegmentKind.APPENDED if segment is SegmentKind.APPENDED else SegmentKind.MAIN
                ),
                speaker=speaker,
                content=content_span,
                direct=direct,
                verb=original_verb,
                channel=channel,
                via=via,
            )
        )
        self.last = _Last(speaker, channel, content[1], self._segment_index(content[0]))

    def _original_verb(self, evidence: tuple[int, int], verb: str) -> str:
        """The verb as written in the original text (diacritics kept), without و/ف."""
        text = self.reader.text
        position = text.find(verb, evidence[0], evidence[1])
        if position < 0:
            return verb
        span = self.analysis.span(position, position + len(verb))
        return self.analysis.slice(span)

    def _channel(self, start: int, end: int) -> str | None:
        """The channel named between the sentence start and the content, if any."""
        pattern = self.lexicon.channel_pattern
        if pattern is None:
            return None
        sentence = self.reader.sentence_start(start)
        match = pattern.search(self.reader.text, min(sentence, start), max(end, start))
        return self.lexicon.channels.get(match.group("cue")) if match else None

    def _via(self, phrase: Phrase | None) -> Entity | None:
        """The medium entity a relay phrase names (the gazetteer's, else as written)."""
        if phrase is None:
            return None
        span = self.analysis.span(phrase.start, phrase.end)
        first = bisect.bisect_left(self.reader.entity_starts, phrase.start)
        last = bisect.bisect_left(self.reader.entity_starts, phrase.end)
        for _start, end, entity in self.reader.entities[first:last]:
            if end <= phrase.end and entity.kind is EntityKind.MEDIA:
                return entity
        text = self.analysis.slice(span)
        quoted = regex.search(r"[\"“”«»„](?P<name>[^\"“”«»„]+)[\"“”«»„]", text)
        name_span = span
        if quoted is not None:
            name_span = Span(span.start + quoted.start("name"), span.start + quoted.end("name"))
        return Entity(self.analysis.slice(name_span), name_span, EntityKind.MEDIA)

    def _speaker(self, phrase: Phrase, apposition: Phrase | None) -> Entity:
        """The speaker entity a phrase (and an apposition) names, resolved by coref."""
        analysis = self.analysis
        coref = analysis.coref
        whole = analysis.span(phrase.start, phrase.end)
        members = self._coordinated(whole)
        if len(members) > 1:
            # "مصر وقطر", "بوتين وترامب": several speakers together, one group.
            names = [m.name or m.text for m in members]
            return Entity(analysis.slice(whole), whole, EntityKind.GROUP, name=" and ".join(names))
        if phrase.name is None and phrase.head in ("institution", "entity", "definite"):
            # "الاتحاد الدولي للشطرنج (فيدي)": the body as written, its acronym too.
            phrase = self.reader.with_bracketed_alias(phrase)
        if phrase.head == "institution" and phrase.name is not None:
            # "مكتب رئيس الوزراء الإسرائيلي بنيامين نتنياهو": the office speaks, not the
            # person whose office it is.
            span = analysis.span(phrase.start, phrase.end)
            return Entity(analysis.slice(span), span, EntityKind.ORGANIZATION)
        title: Phrase | None = None
        named = phrase
        if phrase.name is None and apposition is not None and apposition.name is not None:
            title, named = phrase, apposition  # "المتحدثة باسم …، تامي بروس"
        elif phrase.name is not None and apposition is not None and apposition.head == "title":
            title = apposition  # "جي دي فانس، نائب الرئيس الأميركي"
        if named.name is not None:
            name_span = analysis.span(*named.name)
            person = self._entity_in(name_span, EntityKind.PERSON)
            role_phrase = title or (named if named.name[0] > named.start else None)
            role = None
            if role_phrase is not None:
                end = role_phrase.end if role_phrase is not named else named.name[0]
                role = analysis.slice(analysis.span(role_phrase.start, end)).strip(" ،,")
            if person is not None:
                return attrs.evolve(coref.resolve(person), role=person.role or role or None)
            entity = Entity(
                analysis.slice(name_span), name_span, EntityKind.PERSON, role=role or None
            )
            return coref.resolve(entity)
        span = analysis.span(phrase.start, phrase.end)
        text = analysis.slice(span)
        if phrase.head == "anonymous":
            return Entity(text, span, EntityKind.ANONYMOUS)
        if phrase.head == "media":
            return Entity(text, span, EntityKind.MEDIA)
        found = self._entity_in(span, None)
        if found is not None and found.span.start == span.start:
            if found.kind in (EntityKind.COUNTRY, EntityKind.PLACE):
                country = coref.country_of(found)
                if country is not None:
                    return attrs.evolve(country, text=text, span=span)
            return attrs.evolve(coref.resolve(found), text=text, span=span)
        if phrase.head == "title":
            if self._entity_in(span, EntityKind.PERSON) is not None:
                # "مستشار الرئيس سلفا كير للشؤون الأمنية": the person inside the title is
                # the one it serves, not its holder; the title is left as written.
                return Entity(text, span, EntityKind.PERSON)
            return coref.resolve(Entity(text, span, EntityKind.PERSON))
        for earlier in reversed(self.statements):
            said = earlier.speaker
            if said.kind is EntityKind.PERSON and said.text.endswith(" " + text):
                # "محمد البخيتي" … "وأشار البخيتي": the surname of a person who spoke.
                return attrs.evolve(said, text=text, span=span)
        body = Entity(text, span, EntityKind.ORGANIZATION)
        resolved = coref.resolve(body)
        if phrase.head == "institution" and resolved.kind is EntityKind.PERSON:
            return body  # "مكتب المبعوث الأممي": the office, not the envoy it names
        return resolved

    def _coordinated(self, span: Span) -> list[Entity]:
        """Named entities joined by و inside a speaker phrase (not demonyms or titles)."""
        entities = self.analysis.entities
        # The entities are in order of their starts: only those from the first starting
        # at or after the span's start to the last starting by its end can be inside it.
        first = bisect.bisect_left(self._entity_starts, span.start)
        last = bisect.bisect_right(self._entity_starts, span.end)
        inside = [
            e
            for e in entities[first:last]
            if e.span in span
            and e.kind
            in (
                EntityKind.COUNTRY,
                EntityKind.PLACE,
                EntityKind.ORGANIZATION,
                EntityKind.GROUP,
                EntityKind.PERSON,
            )
        ]
        members: list[Entity] = []
        for entity in inside:
            if not members:
                if entity.span.start != span.start:
                    return []
                members.append(entity)
                continue
            gap = self.analysis.text[members[-1].span.end : entity.span.start].strip()
            if gap not in ("و", ""):
                break
            if gap == "":
                continue
            members.append(entity)
        return members

    def _entity_in(self, span: Span, kind: EntityKind | None) -> Entity | None:
        """The first gazetteer entity (of ``kind``) inside ``span``, not a demonym."""
        entities = self.analysis.entities
        first = bisect.bisect_left(self._entity_starts, span.start)
        for entity in entities[first:]:
            if entity.span.start >= span.end:
                break
            if entity.span in span and (kind is None or entity.kind is kind):
                if (
                    kind is None
                    and entity.kind is EntityKind.COUNTRY
                    and entity.span.start != span.start
                ):
                    continue
                return entity
        return None


def _credits_unnamed_source(source: Phrase) -> bool:
    """Whether a trailing relay's source has no name ("…، بحسب مصدر في البعثة",
    "…، وفق ما نقلته صحيفة … عن مصادر دبلوماسية"): such a relay sources a detail of the
    news (a meeting planned, a proposal, a figure), not words of a speaker of its own.
    The blind gold codes none of 195 such relays required, and leaves 38 uncoded in
    articles of 31 writers (CONVENTIONS rule 24 reads «بحسب البيان» the same way)."""
    return source.head == "anonymous"


def _is_media(phrase: Phrase, reader: Reader) -> bool:
    """Whether a phrase starts with a gazetteer medium."""
    found = reader.entity_at(phrase.start)
    return found is not None and found[2].kind is EntityKind.MEDIA
