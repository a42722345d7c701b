"""The statements extractor's word lists, compiled once into patterns and sets.

Every list is a lexicon (``src/negotext/ar/data/lexicons/<name>.txt``, extensible by
plugins through ``negotext_register_lexicon``); this module turns them into what the
extractor matches with:

- ``reporting_verbs`` and ``relay_verbs`` lines ``past | present | participle stem``
  become every inflection by rule (:func:`verb_forms`);
- verbs and ``relay_phrases`` go into ONE trigger pattern (each list a prefix trie,
  matched longest first), tried only at the words that can start a trigger word
  (:func:`trigger_words`); the expensive parsing only runs where the trigger fires;
- ``channels`` lines ``label: cue`` become one channel pattern and a cue → label map;
- head-word lists become frozen sets of normalised words.

:func:`compile_lexicons` is cached on the words themselves, so the patterns are built
once per set of registered plugins, not once per document.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable

import attrs
import regex

from negotext.ar.normalize import normalize_text
from negotext.ar.numbers import trie_pattern

__all__ = ["LEXICONS", "StatementLexicon", "VerbForm", "compile_lexicons", "verb_forms"]

#: The lexicons the extractor reads, by name.
LEXICONS: tuple[str, ...] = (
    "reporting_verbs",
    "relay_verbs",
    "relay_phrases",
    "channels",
    "title_heads",
    "institution_heads",
    "anonymous_sources",
    "media_heads",
    "non_speaker_heads",
    "speaker_stops",
    "clause_breaks",
    "party_references",
    "verb_openers",
    "envoy_titles",
    "speech_documents",
    "title_modifiers",
    "reporting_nouns",
    "speaker_honorifics",
    "commentator_heads",
    "subject_asides",
    "fronting_adverbs",
    "interview_meetings",
    "interview_first_person",
    "announced_nouns",
    "abstract_nouns",
    "name_compounds",
    "speech_occasions",
    "request_nouns",
    "issuing_verbs",
    "entry_weekdays",
    "office_portfolios",
    "contrast_openers",
    "leader_asides",
    "continuing_auxiliaries",
)

PAST, PRESENT, PARTICIPLE = "past", "present", "participle"


@attrs.frozen
class VerbForm:
    """What a written verb form is: its lemma (the past stem) and its tense.

    ``tells`` marks verbs of telling (fourth field ``tell``): "أبلغ مسؤول القناة 13 بأن …".
    ``needs_subject`` marks verbs that are reporting verbs only with a subject
    written ("ورد مكتب الرئيس بأن"، never "ورد في التقرير أن"): the optional fourth
    field ``subject`` of a line.
    """

    lemma: str
    tense: str
    needs_subject: bool = False
    #: A verb of telling (أبلغ، أخبر): its object is the addressee, the content follows بأن.
    tells: bool = False
    #: A verb of hastening (سارع، بادر، حرص): it reports only through a verbal noun of
    #: reporting after إلى / على ("سارع المتحدث إلى التأكيد على أن …").
    hastens: bool = False
    #: A verb that reports only what it introduces with أن / إن, a colon or a quote, never
    #: an object (fourth field ``that``): "أضاف الهدف الثاني"، "اعترف بوحدة أراضيها".
    that_only: bool = False
    #: A verb of describing (fourth field ``describe``): its forms also take an object
    #: pronoun ("وصفه", "يصفها"), read as "… وصفه فلان بأنه "…"".
    describes: bool = False
    #: A verb that reports also when negated (fourth field ``negated``): "لم يستبعد
    #: الكرملين أن …" says something; "لم يعلن الكرملين …" does not.
    negated: bool = False
    #: A verb whose masculine present with أن is the impersonal passive ("ويذكر أن"):
    #: fourth field ``impersonal``.
    impersonal: bool = False
    #: The form carries an object pronoun (وصفه، يصفها): what it describes stands before it.
    pronoun: bool = False
    #: A verb of renewing or repeating (fourth field ``renew``): it reports an object only
    #: when the object is a verbal noun of reporting ("كرر فلان مطالبته بـ…"، "كرر دعوته").
    renews: bool = False
    #: A verb of undertaking (fourth field ``quoted``): it reports an object or a
    #: preposition only with quoted words in its clause ("تعهد فلان بـ"…"").
    quoted: bool = False
    #: A verb that takes whom it addresses as its object before the preposition of what
    #: it says (fourth field ``address``): "طالب X بـ…"، "دعا X إلى …"، "اتهم X بـ…".
    addresses: bool = False
    #: A verb of posting (fourth field ``post``): it reports only when a page, account
    #: or platform it was posted on stands before what was said ("نشر فلان على منصة إكس
    #: أن …"); with none it spreads or deploys ("نشر قوات"، "نشر بتاريخ").
    posts: bool = False
    #: A verb of insisting (fourth field ``assert``): it reports what it asserts after
    #: أن ("تصر باكو على أن الإقليم …"), not a demand, أن before a verb in the
    #: subjunctive ("تصر باكو على أن تعدّل يريفان دستورها").
    asserts: bool = False
    #: A verb of admitting (fourth field ``admit``): in the past it reports also the noun
    #: of what was admitted after بـ ("أقر المدرب بتفوق المنافس"), besides أن.
    admits: bool = False
    #: A verb whose words follow بـ glued to the word after it (fourth field ``ba``):
    #: "طالب بـ…"، "ندد بـ…"، "اكتفى بـ…".
    says_after_ba: bool = False


#: The attached pronouns of the third person, as a verb's object or a noun's possessor: him,
#: her, the two of them, them ("وصفه", "وصفتها", "يصفهم"; "رئيسها", "مطالبتهما"), longest
#: first (a word ends in one of them at most). A verb of describing takes them as its object.
THIRD_PERSON_PRONOUNS = ("هما", "هم", "ها", "ه")
#: … without the dual هما: him, her, them ("وحلفاؤها", "مطالبته", "نقلتها", "إحاطتهم"). The
#: sites that ask whether a word carries one of these were written without هما; reading it
#: there too would change what they read, so the two sets are kept apart.
PRONOUNS_WITHOUT_DUAL = ("ه", "ها", "هم")


def verb_forms(line: str) -> dict[str, VerbForm]:
    """Every inflection of a ``past | present | participle`` line (normalised words).

    >>> sorted(verb_forms("اكد | يؤكد | مؤكد"))  # doctest: +NORMALIZE_WHITESPACE
    ['اكد', 'اكدا', 'اكدت', 'اكدتا', 'اكدوا', 'تؤكد', 'تؤكدان', 'تؤكدون', 'مؤكد', 'مؤكدا',
     'مؤكدان', 'مؤكده', 'مؤكدون', 'مؤكدين', 'يؤكد', 'يؤكدان', 'يؤكدون']
    >>> sorted(verb_forms("دعا | يدعو | داعي"))  # doctest: +NORMALIZE_WHITESPACE
    ['تدعو', 'تدعوان', 'تدعون', 'داعي', 'داعيا', 'داعيان', 'داعيه', 'داعيون', 'داعيين',
     'دعا', 'دعت', 'دعتا', 'دعوا', 'يدعو', 'يدعوان', 'يدعون']
    """
    parts = [part.strip() for part in line.split("|")]
    parts += ["-"] * (3 - len(parts))
    past, present, participle = parts[:3]
    flags = frozenset(parts[3].split()) if len(parts) > 3 else frozenset()
    needs_subject = "subject" in flags
    tells = "tell" in flags
    hastens = "hasten" in flags
    that_only = "that" in flags
    describes = "describe" in flags
    negated = "negated" in flags
    impersonal = "impersonal" in flags
    renews = "renew" in flags
    quoted = "quoted" in flags
    addresses = "address" in flags
    posts = "post" in flags
    asserts = "assert" in flags
    admits = "admit" in flags
    says_after_ba = "ba" in flags
    cataphoric = "it" in flags
    deems = "view" in flags
    forms: dict[str, VerbForm] = {}
    if not past or past == "-":
        return forms

    def add(form: str, tense: str) -> None:
        if form and form != "-":
            info = VerbForm(
                past,
                tense,
                needs_subject,
                tells,
                hastens,
                that_only,
                describes,
                negated,
                impersonal,
                renews=renews,
                quoted=quoted,
                addresses=addresses,
                posts=posts,
                asserts=asserts,
                admits=admits,
                says_after_ba=says_after_ba,
            )
            forms.setdefault(form, info)
            if cataphoric and tense != PARTICIPLE:
                # "قالها الرئيس صراحة: "…"", "كما قاله فلان: "…"", "قالوها": the pronoun
                # points to the words that follow; read as the bare verb. The plural's
                # alef is not written before it (قالوا → قالوها); a dual's is (قالاها).
                # Only it (ه, ها), not THIRD_PERSON_PRONOUNS: the pronoun stands for the words.
                stem = form[:-1] if form.endswith("وا") else form
                for pronoun in ("ه", "ها"):
                    forms.setdefault(stem + pronoun, info)
            if (
                describes
                and tense != PARTICIPLE
                and not form.endswith("ا")
                and not (deems and tense == PRESENT)
            ):
                # A verb of deeming (``view``) in the present with an object pronoun
                # tells a standing view of what stands before it ("الخط الذي تعتبره
                # كابول "وهمياً""), not words said on an occasion: no form is made.
                for pronoun in THIRD_PERSON_PRONOUNS:
                    forms.setdefault(form + pronoun, attrs.evolve(info, pronoun=True))

    add(past, PAST)
    if past[-1] in "اي":  # defective: دعا → دعت، دعتا، دعوا; نفي → نفت، نفوا
        for suffix in ("ت", "تا", "وا"):
            add(past[:-1] + suffix, PAST)
    else:
        for suffix in ("ت", "ا", "تا", "وا"):
            add(past + suffix, PAST)
    if present != "-":
        add(present, PRESENT)
        if present[0] == "ي":
            add("ت" + present[1:], PRESENT)
        # Plurals and duals; a defective present drops its last letter (يدعو → يدعون).
        plural = present[:-1] if present[-1] in "وي" else present
        for stem, suffix in ((plural, "ون"), (present, "ان")):
            add(stem + suffix, PRESENT)
            if stem[0] == "ي":
                add("ت" + stem[1:] + suffix, PRESENT)
    if participle != "-":
        add(participle, PARTICIPLE)
        for suffix in ("ا", "ه", "ين", "ون", "ان"):
            add(participle + suffix, PARTICIPLE)
    return forms


def _label_pairs(lines: tuple[str, ...]) -> dict[str, str]:
    """``label: cue`` lines as ``{normalised cue: label}``; lines without a label are skipped."""
    pairs: dict[str, str] = {}
    for line in lines:
        label, sep, cue = line.partition(":")
        cue = normalize_text(cue.strip())
        if sep and cue and label.strip():
            pairs.setdefault(cue, label.strip())
    return pairs


def _words(lines: tuple[str, ...]) -> frozenset[str]:
    return frozenset(" ".join(normalize_text(line).split()) for line in lines if line.strip())


_BOUNDARY_BEFORE = r"(?<![\p{L}\p{N}_])"
_BOUNDARY_AFTER = r"(?![\p{L}\p{N}_])"


def _trie_pattern(words: Iterable[str]) -> str:
    """One group matching any of ``words``, the longest first (as ``\\L<words>`` matches):
    :func:`negotext.ar.numbers.trie_pattern` in a group, and a group that matches nothing
    for no words.

    The words share their prefixes (``قال(?:ت|وا)?``), so a position costs about one
    character test per letter instead of a set lookup per possible length: the trigger
    scan runs about four times faster than with a named list.

    >>> _trie_pattern(["قال", "قالت", "اكد"])
    '(?:(?:اكد|قال(?:ت)?))'
    """
    return "(?:" + (trie_pattern(words) or "\uffff") + ")"  # never empty: matches nothing


_WORD_CHARS = regex.compile(r"[\p{L}\p{N}_]+")


def trigger_words(*lists: Iterable[str], lam: Iterable[str] = ()) -> frozenset[str] | None:
    """The first run of word characters of every word of the trigger's lists, and each
    of them after و and after ف; and each word of ``lam`` (present verb forms) after the
    lam of purpose ("ليقول"، "لتعلن").

    The trigger matches only where a run of word characters starts, and that run is
    one of these: the extractor tries the pattern only at such words (see
    ``_Builder.triggers``). None when a list is empty or a word does not start with a
    word character: then the pattern scans the whole text.

    >>> sorted(trigger_words(["بحسب ما"], ["قال"]))
    ['بحسب', 'فبحسب', 'فقال', 'قال', 'وبحسب', 'وقال']
    >>> sorted(trigger_words(["قال", "يقول"], lam=["يقول"]))
    ['فقال', 'فيقول', 'قال', 'ليقول', 'وقال', 'ويقول', 'يقول']
    """
    starts: set[str] = set()
    for words in lists:
        count = 0
        for word in words:
            run = _WORD_CHARS.match(word)
            if run is None:
                return None
            starts.update((run.group(), "و" + run.group(), "ف" + run.group()))
            count += 1
        if not count:
            return None
    starts.update("ل" + word for word in lam if _WORD_CHARS.fullmatch(word))
    return frozenset(starts)


@attrs.frozen
class StatementLexicon:
    """The compiled word lists (see the module docstring)."""

    verbs: dict[str, VerbForm]
    relay_verbs: dict[str, VerbForm]
    relay_phrases: frozenset[str]
    trigger: regex.Pattern[str]
    channel_pattern: regex.Pattern[str] | None
    channels: dict[str, str]
    title_heads: frozenset[str]
    institution_heads: frozenset[str]
    anonymous_heads: frozenset[str]
    media_heads: frozenset[str]
    non_speaker_heads: frozenset[str]
    stops: frozenset[str]
    clause_breaks: frozenset[str]
    party_words: frozenset[str]
    openers: frozenset[str]
    envoy_titles: frozenset[str]
    speech_documents: frozenset[str]
    title_modifiers: frozenset[str]
    reporting_nouns: frozenset[str]
    #: Honorifics before a person's name ("الدكتور فلان"): they head a title.
    honorifics: frozenset[str]
    #: Words of a commentator's role ("الباحث", "السابق"): see ``_Builder._answer``.
    commentators: frozenset[str]
    #: Words between a subject written first and its verb ("الحزب من جهته يطالب").
    subject_asides: frozenset[str]
    #: Adverbs of time opening a phrase fronted before the verb ("منذ قمة X، تحدث …").
    fronting_adverbs: frozenset[str]
    #: Verbal nouns that open what is announced ("أعلن الوزير رفض …"): never a name.
    announced: frozenset[str]
    #: Verbs that only relay ("نقلت وكالة … عن …"), not in ``verbs``.
    relay_only: dict[str, VerbForm]
    #: Nouns of acts and states of affairs that never speak ("وجدد المطالبة بـ…"، "ويخلص
    #: التحليل إلى أن"): see ``Reader.abstract_at``.
    abstract_nouns: frozenset[str] = frozenset()
    #: Definite words that complete a compound given name ("نور الدين"، "فتح الله").
    name_compounds: frozenset[str] = frozenset()
    #: Nouns of an occasion of speaking ("تصريح"، "منشور"، "إحاطة") an aside names between a
    #: speaker and a colon ("فلان في تصريح لـ…:"): see ``Reader.speech_aside``.
    speech_occasions: frozenset[str] = frozenset()
    #: Nouns of asking before "من" ("بطلب من X"): X is the party that asked, the antecedent
    #: of a relative clause after it; see ``_Builder._requester_at``.
    request_nouns: frozenset[str] = frozenset()
    #: Every form of the verbs of issuing a document ("أصدرت"، "يصدر"، "ردت"): whose subject
    #: speaks in "بياناً قالت فيه"; see ``Reader.issuer_before``.
    issuing_verbs: frozenset[str] = frozenset()
    #: Words of meeting an interviewee ("التقينا"، "حاورنا"، "حوارا مع"، "مقابلة مع"), as one
    #: pattern: see ``_Builder._met``.
    meetings: regex.Pattern[str] | None = None
    #: First-person verbs of saying then a colon in an interview answer ("أقول لهم: …"), as
    #: one pattern: see ``_Builder._first_person``.
    first_person: regex.Pattern[str] | None = None
    #: The first run of word characters of every trigger word (see :func:`trigger_words`).
    trigger_starts: frozenset[str] | None = None
    #: Days of the week that label an entry before a colon ("الخميس: …"): see
    #: ``Reader.line_start``.
    entry_weekdays: frozenset[str] = frozenset()
    #: Portfolios written with لل after the office-holder a title serves ("مستشار الرئيس
    #: فلان للشؤون الأمنية"): see ``Reader._served_holder_end``.
    office_portfolios: frozenset[str] = frozenset()
    #: Conjunctions opening a clause of its own after a comma ("، بينما كتب …"، "، فيما
    #: اعتبر …"): see ``Reader._contrast_clause_at``.
    contrast_openers: frozenset[str] = frozenset()
    #: Words opening an aside of who heads a body ("، برئاسة فلان،"): skipped.
    leader_asides: frozenset[str] = frozenset()
    #: Verbs of continuing before a subject and its present verb ("ولا تزال أسمرة تطالب"):
    #: see ``Reader.subject_before``.
    continuing_auxiliaries: frozenset[str] = frozenset()


@functools.lru_cache(maxsize=8)
def _compile(words: tuple[tuple[str, ...], ...]) -> StatementLexicon:
    lists = dict(zip(LEXICONS, words, strict=True))
    verbs: dict[str, VerbForm] = {}
    for line in lists["reporting_verbs"]:
        for form, info in verb_forms(line).items():
            verbs.setdefault(form, info)
    relay_verbs: dict[str, VerbForm] = {}
    for line in lists["relay_verbs"]:
        for form, info in verb_forms(line).items():
            relay_verbs.setdefault(form, info)
    relays = _words(lists["relay_phrases"])
    relay_only = {form: info for form, info in relay_verbs.items() if form not in verbs}
    trigger = regex.compile(
        _BOUNDARY_BEFORE
        + r"(?:(?P<pre>[وف](?=\p{L}{2}))|(?P<lam>ل(?=[يت]\p{L})))?"
        + f"(?:(?P<relay>{_trie_pattern(relays)})"
        + f"|(?P<verb>{_trie_pattern(verbs)})"
        + f"|(?P<relayverb>{_trie_pattern(relay_only)}))"
        + _BOUNDARY_AFTER
    )
    channels = _label_pairs(lists["channels"])
    channel_pattern = (
        regex.compile(
            _BOUNDARY_BEFORE + r"(?:[وفبل]|ال)?(?P<cue>\L<cues>)" + _BOUNDARY_AFTER,
            cues=sorted(channels),
        )
        if channels
        else None
    )
    return StatementLexicon(
        verbs=verbs,
        relay_verbs=relay_verbs,
        relay_phrases=relays,
        trigger=trigger,
        channel_pattern=channel_pattern,
        channels=channels,
        title_heads=_words(lists["title_heads"]),
        institution_heads=_words(lists["institution_heads"]),
        anonymous_heads=_words(lists["anonymous_sources"]),
        media_heads=_words(lists["media_heads"]),
        non_speaker_heads=_words(lists["non_speaker_heads"]),
        stops=_words(lists["speaker_stops"]),
        clause_breaks=_words(lists["clause_breaks"]),
        party_words=_words(lists["party_references"]),
        openers=_words(lists["verb_openers"]),
        envoy_titles=_words(lists["envoy_titles"]),
        speech_documents=_words(lists["speech_documents"]),
        title_modifiers=_words(lists["title_modifiers"]),
        reporting_nouns=_words(lists["reporting_nouns"]),
        honorifics=_words(lists["speaker_honorifics"]),
        commentators=_words(lists["commentator_heads"]),
        subject_asides=_words(lists["subject_asides"]),
        fronting_adverbs=_words(lists["fronting_adverbs"]),
        announced=_words(lists["announced_nouns"]),
        relay_only=relay_only,
        abstract_nouns=_words(lists["abstract_nouns"]),
        name_compounds=_words(lists["name_compounds"]),
        speech_occasions=_words(lists["speech_occasions"]),
        request_nouns=_words(lists["request_nouns"]),
        issuing_verbs=frozenset(
            form for line in lists["issuing_verbs"] for form in verb_forms(line)
        ),
        meetings=_meeting_pattern(lists["interview_meetings"]),
        first_person=_first_person_pattern(lists["interview_first_person"]),
        entry_weekdays=_words(lists["entry_weekdays"]),
        office_portfolios=_words(lists["office_portfolios"]),
        contrast_openers=_words(lists["contrast_openers"]),
        leader_asides=_words(lists["leader_asides"]),
        continuing_auxiliaries=_words(lists["continuing_auxiliaries"]),
        trigger_starts=trigger_words(
            relays,
            verbs,
            relay_only,
            lam=(form for form, info in verbs.items() if info.tense == PRESENT),
        ),
    )


def _meeting_pattern(lines: tuple[str, ...]) -> regex.Pattern[str] | None:
    """One pattern of the ``interview_meetings`` words, each optionally after و or ف."""
    words = sorted(_words(lines), key=len, reverse=True)
    if not words:
        return None
    return regex.compile(r"(?<![\p{L}])[وف]?(?:\L<words>)(?![\p{L}])", words=words)


def _first_person_pattern(lines: tuple[str, ...]) -> regex.Pattern[str] | None:
    """One pattern of the ``interview_first_person`` verbs (optionally after و, ف or لكن,
    and with نا/ني on لكن), then the fewest characters (to whom, how) up to a colon with no
    line break, full stop, question or exclamation mark or quote mark between: the words
    after the colon are the interviewee's saying.

    Or the verb, the person told with لـ ("قلت للمبعوث"، "أقول للعائلات") and then إن
    (group ``that``, with its ``pronoun``): what the interviewee told someone, reported. Without the person
    told ("أقول إن المقترح …") the answer only gives his view, so إن alone does not do.
    The text is normalised, so إن is written ان."""
    words = sorted(_words(lines), key=len, reverse=True)
    if not words:
        return None
    return regex.compile(
        r"(?<![\p{L}])(?:[وف]|(?:[وف]?لكن(?:نا|ني|ي)?\s+))?(?P<verb>\L<words>)(?![\p{L}])"
        r"(?:(?:[^\n:.؟?!«»\"]*?)(?P<colon>:)"
        r"|\s+ل\p{L}+(?:\s[^\n:.؟?!«»\"]*?)??\s(?P<that>ان(?P<pronoun>نا|ني|ه|ها|هم)?)(?![\p{L}]))",
        words=words,
    )


def compile_lexicons(lexicon: Callable[[str], tuple[str, ...]]) -> StatementLexicon:
    """The compiled word lists, given ``analysis.lexicon`` (cached on the words)."""
    return _compile(tuple(tuple(lexicon(name)) for name in LEXICONS))
