"""Reading one reporting clause: speaker phrase, content, clause ends.

The statements extractor finds *where* something is reported with one trigger
pattern (:mod:`negotext.extractors.statements_lexicon`); this module reads the words
around each trigger, on the normalised text, token by token:

- :meth:`Reader.after_verb` reads what follows a reporting verb: the speaker phrase
  (a title, a name, an institution, an anonymous source, with appositions between
  commas), adverbials to skip (time words, "في بيان", "خلال مؤتمر صحافي", relative
  clauses "، الذي …،", relays "، وفق ما نقلت وكالة …،"), and where the content starts
  (":", a quote, أن / إن / بأن, a preposition the verb governs, or an object);
- :meth:`Reader.subject_before` reads a subject written before its verb ("أن الكرملين
  أعلن أن", "وكان المبعوث … قد صرح أن");
- :meth:`Reader.clause_end` finds where reported speech ends: the sentence end, a
  line break, a semicolon, or a comma that opens a new clause (a continuation verb,
  a participle, a relay, لكن / إلا أن …), never inside a quotation.

Everything here works in normalised offsets; the extractor maps spans back.
"""

from __future__ import annotations

import bisect
import functools
import itertools

import attrs
import regex

from negotext.ar.quotes import Quote, QuoteIndex
from negotext.extractors._common import QUESTION_BULLETS
from negotext.extractors.statements_lexicon import (
    PARTICIPLE,
    PRESENT,
    PRONOUNS_WITHOUT_DUAL,
    THIRD_PERSON_PRONOUNS,
    StatementLexicon,
)
from negotext.records import Entity, EntityKind

__all__ = ["SUBJECT_KINDS", "AfterVerb", "Phrase", "Reader", "Token"]

_TOKEN = regex.compile(r"[\p{L}\p{N}_%]+|[^\s\p{L}\p{N}_%]")
#: The same pattern as one group: ``split`` returns the tokens between the gaps.
_TOKEN_SPLIT = regex.compile(f"({_TOKEN.pattern})")
_COMPLEMENTIZERS = frozenset(
    {"ان", "انه", "انها", "انهم", "انهما", "انني", "اننا", "بان", "بانه", "بانها", "بانهم"}
)
#: Prepositions a reporting verb governs: what follows is the content ("شدد على ضرورة …").
_CONTENT_PREPOSITIONS = frozenset({"علي", "الي", "عن", "من"})
#: Prepositions that open an adverbial to skip ("في بيان", "خلال مؤتمر صحافي").
_ADVERBIAL_PREPOSITIONS = frozenset(
    {
        "في",
        "خلال",
        "عبر",
        "اثناء",
        "لدي",
        "امام",
        "عقب",
        "بعد",
        "قبل",
        "قبيل",
        "بعيد",
        "منذ",
        "وسط",
        "مع",
        "عند",
    }
)
#: Prepositions that open an aside naming a channel or an occasion of speaking between a
#: speaker and a colon ("فلان في تصريح لـ…:"، "فلان على إكس:").
_ASIDE_PREPOSITIONS = frozenset({"في", "عبر", "خلال", "علي"})
#: Adjectives of a channel ("في بيان رسمي", "في مؤتمر صحفي مشترك").
_CHANNEL_ADJECTIVES = frozenset(
    {"رسمي", "مقتضب", "صحفي", "صحافي", "مشترك", "مصور", "متلفز", "مكتوب"}
)
#: Adjectives of a document before its issuer ("البيان الختامي للوسطاء").
_DOCUMENT_ADJECTIVES = frozenset({"ختامي", "الختامي", "مشترك", "المشترك", "رسمي", "الرسمي"})
#: Quantifiers whose noun follows من ("عدد من المسؤولين").
_QUANTIFIERS = frozenset({"كثير", "عدد", "بعض", "معظم", "اغلب", "جميع", "العديد", "عشرات", "مئات"})
#: Conjunctions after which a subject may stand before its verb ("لكن مسؤولا قال إن").
_SUBJECT_ANCHORS = frozenset({"لكن", "ولكن", "بينما", "فيما", "حيث", "اذ", "غير"})
#: Words for a page, account or platform ("على منصته"، "على حسابه"، "في قناته").
_PLATFORM_WORDS = ("منص", "حساب", "صفح", "قنات", "موقع", "مدون")
#: Words of closeness after an anonymous source ("مصدر مطلع على …"، "مقرب من …").
_CLOSE_TO = frozenset(
    {"مطلع", "مطلعه", "مطلعون", "مطلعين", "مقرب", "مقربه", "مقربون", "مقربين", "قريب", "قريبه"}
)
#: "بالقول" after a verb and its object introduces what was said ("ختم حديثه بالقول: …").
_SAYING = frozenset({"بالقول"})
_DESCRIBING = frozenset({"بانه", "بانها", "بانهم", "بانهما"})
#: Prepositions that open a noun's own complement ("الحديث عن لقاء"، "نقل الملف إلى …").
_OWN_COMPLEMENT = frozenset({"عن", "الي", "مع", "حول", "من"})
_RELATIVES = frozenset({"الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان"})
#: Particles and function words that never start or continue a name.
_PARTICLES = frozenset(
    {
        "ل",
        "لم",
        "لن",
        "لا",
        "ما",
        "قد",
        "هو",
        "هي",
        "هم",
        "هذا",
        "هذه",
        "ذلك",
        "تلك",
        "كل",
        "بعض",
        "اي",
        "عدم",
        "غير",
        "بل",
        "او",
        "ام",
        "اذا",
        "لو",
        "كان",
        "كانت",
        "ليس",
        "ليست",
        "انه",
        "كما",
        "ثم",
        "حيث",
        "بينما",
        "فيما",
        "لكن",
        "ولكن",
        "الا",
        "مثل",
        "بما",
        "لما",
        "مما",
        "عما",
        "بمن",
        "لمن",
        "ممن",
        "عمن",
        "نحو",
        "حول",
        "ضد",
        "دون",
    }
)
_NAME_LINKS = frozenset({"بن", "بنت", "ابن", "ابو", "ال", "عبد", "دي", "فون", "دو", "ولد"})
_SENTENCE_MARKS = frozenset({".", "!", "?", ";"})
_NISBA = regex.compile(r"^(?:ال)?\p{L}{3,}(?:ي|يه|يا|يون|يين|يان)$")
_WITH_CLITIC = regex.compile(r"^[وف](?=\p{L}{3,})")
#: How far a speaker phrase and its appositions may run, in tokens.
_MAX_SPEAKER_TOKENS = 40
#: What stands before an indefinite noun that a clause with its own verb describes
#: ("وهو مقترح قالت …"، "وهي خطوة يقول …"، "في خطوة قالت …").
_BEFORE_DESCRIBED = frozenset({"هو", "هي", "وهو", "وهي", "في", "وفي"})
#: Words after which a name is another person's, met, addressed or accompanied.
_COMPANY = frozenset({"مع", "امام", "لدي", "خلال", "عقب", "اثناء", "بحضور", "الي"})
#: A preposition with a third person's pronoun, as normalised ("عليه"، "إليها"، "به"): after
#: a verb it points back to what was told ("رد عليه الكرملين"، "وهو ما شدد عليه فلان").
_PREPOSITION_PRONOUNS = frozenset(
    {"عليه", "عليها", "اليه", "اليها", "به", "بها", "عنه", "عنها", "له", "لها", "فيه", "فيها"}
)
#: What may be the subject of a clause: a gazetteer entity of these kinds (see
#: ``_Builder._clause_subject``, :meth:`Reader.pronoun_before_subject`).
SUBJECT_KINDS = frozenset(
    {
        EntityKind.PERSON,
        EntityKind.COUNTRY,
        EntityKind.PLACE,
        EntityKind.ORGANIZATION,
        EntityKind.GROUP,
    }
)
#: How far (in tokens) the name of a title read without it may stand before what was said.
_TITLE_REACH = 12
#: How many tokens an aside between a speaker's name and what was said may hold.
_ASIDE_WORDS = 10
#: Possessive pronoun suffixes: a word carrying one is a noun, never the start of a name.
#: Not THIRD_PERSON_PRONOUNS: ه is left out, since normalisation writes ة as ه too (a word
#: ending in ه carries the pronoun only where the original writes it, ``pronoun_starts``),
#: and them (feminine), هن, is in.
_POSSESSIVES = ("ها", "هم", "هما", "هن")
#: The token text of the name علي (normalisation writes the preposition على the same).
_NAME_ALI_TOKEN = "علي\u0640"
#: How many words a subject written before its verb may have ("المدير العام للوكالة
#: الدولية للطاقة الذرية رافائيل غروسي يقول").
_MAX_SUBJECT_WORDS = 12
#: How many words a quoted name inside a subject may hold.
_MAX_QUOTED_NAME_WORDS = 4
#: Dashes that open the lines of an interview's questions and answers.
_DASHES = "-–—"
#: A time stamp opening a line of live coverage, with its dash ("12:15 - ", "09:30 | ").
_TIME_STAMP = regex.compile(r"[ \t]*\d{1,2}[:.]\d{2}(?:[ \t]*[-–—|][ \t]*|[ \t]+(?=\p{L}))")
#: A label of a word or two and a bar opening a line of live coverage ("عاجل | "،
#: "تحديث | "): the entry starts after it.
_LINE_LABEL = regex.compile(r"[ \t]*\p{L}+(?:[ \t]+\p{L}+)?[ \t]*\|[ \t]*")
#: A day label opening an entry of a week's summary, with its date and colon ("الخميس: ",
#: "الثلاثاء ٨ يناير: "); the day must be one of ``entry_weekdays``.
_DAY_LABEL = regex.compile(
    r"[ \t]*(?P<day>\p{L}+)(?:[ \t]+\d{1,2}(?:[ \t]+\p{L}+)?(?:[ \t]+\d{4})?)?[ \t]*:[ \t]*"
)
#: A time stamp alone on its line (live coverage: "12:05" above the entry).
_STAMP_LINE = regex.compile(r"[ \t]*\d{1,2}[:.]\d{2}[ \t]*[-–—|]?[ \t]*$")
#: Marks that open an interviewer's question ("■ ما الذي تحقق؟", "* هل تلقيتم دعوة؟").
_BULLETS = QUESTION_BULLETS
#: The letters that label an interview's lines: س (سؤال) a question, ج (جواب) an answer,
#: then a colon or a dash ("س: هل …؟", "ج - لا …", "ج/ …").
_QA_LABEL = regex.compile(r"[ \t]*(?P<label>[سج])[ \t]*[:：\-–—/][ \t]*")
#: How many tokens a line's speaker and its adverbial may run before a colon.
_COLON_REACH = 16
#: Marks that open an item of a list (a week's quotes, a live page's entries) before its
#: speaker: the item is read as a line of its own.
_LIST_BULLETS = frozenset(_DASHES + _BULLETS + "·◦")
#: The most words an unknown name may have.
_MAX_NAME_WORDS = 4


@functools.lru_cache(maxsize=64)
def _opens_what_was_said(token: str) -> bool:
    """Whether a token opens what was said after a speaker: a colon, or أن / إن (not بأن, a
    preposition's object)."""
    return token == ":" or (token in _COMPLEMENTIZERS and not token.startswith("ب"))


def _first_words(words: frozenset[str]) -> frozenset[str]:
    """The first word of every phrase of a word list (the lists live as long as the lexicon)."""
    return frozenset(phrase.split(" ")[0] for phrase in words)


def _tokenize(text: str) -> tuple[tuple[Token, ...], list[int], list[str]]:
    """The tokens of ``text`` (as ``_TOKEN.finditer`` finds them), their starts and texts.

    One ``split`` gives the tokens and the gaps between them, and the offsets follow
    from their lengths: no match object per token.
    """
    pieces = _TOKEN_SPLIT.split(text)  # gap, token, gap, token, …, gap
    offsets = list(itertools.accumulate(map(len, pieces), initial=0))
    words = pieces[1::2]
    starts = offsets[1::2][: len(words)]
    ends = offsets[2::2]
    return tuple(map(Token, words, starts, ends)), starts, words


#: How many words a name given again in brackets after a word may have ("(فيدي)").
_MAX_BRACKETED_ALIAS_WORDS = 2


def _bracketed_alias_at(tokens: tuple[Token, ...], index: int) -> int | None:
    """The index of the ")" closing a bracketed alias that opens at ``index``, else None.

    An alias is one or two words with no digit in brackets right after a word ("(فيدي)",
    "(إم 23)" is none); a group of other marks ("(5+5)") or a longer aside is none."""
    if tokens[index].text != "(" or index == 0 or not tokens[index - 1].word:
        return None
    close = index + 1
    while close < len(tokens) and tokens[close].word:
        close += 1
    size = close - index - 1
    if (
        close < len(tokens)
        and tokens[close].text == ")"
        and 1 <= size <= _MAX_BRACKETED_ALIAS_WORDS
        and not any(t.text[0].isdigit() for t in tokens[index + 1 : close])
    ):
        return close
    return None


def _bracketed_alias_ends(tokens: tuple[Token, ...]) -> dict[int, int]:
    """Where each bracketed alias ends, by where the word before it ends."""
    ends: dict[int, int] = {}
    for index, token in enumerate(tokens):
        if token.text == "(":
            close = _bracketed_alias_at(tokens, index)
            if close is not None:
                ends[tokens[index - 1].end] = tokens[close].end
    return ends


def _without_bracketed_aliases(
    tokens: tuple[Token, ...],
) -> tuple[tuple[Token, ...], list[int], list[str]]:
    """``tokens`` without the short bracketed groups that give a word again by another
    name, and their starts and texts.

    Arabic news gives a body's acronym or short name in brackets right after its name
    ("الاتحاد الدولي للشطرنج (فيدي) قد أعلن", "هيئة الدفاع عن الشعب (ديفنسوريا) في بيان
    إن", "جبهة الوفاق (فاكت) تطالب"): one or two words that a speaker phrase and its verb
    read across, as if unwritten. A group of other marks ("(5+5)"), one after
    punctuation, or a longer aside stays."""
    kept: list[Token] = []
    index = 0
    while index < len(tokens):
        close = _bracketed_alias_at(tokens, index) if tokens[index].text == "(" else None
        if close is not None:
            index = close + 1
            continue
        kept.append(tokens[index])
        index += 1
    if len(kept) == len(tokens):
        return tokens, [t.start for t in tokens], [t.text for t in tokens]
    return tuple(kept), [t.start for t in kept], [t.text for t in kept]


@attrs.define
class Token:
    """A word or a punctuation mark of the normalised text.

    Not frozen, though never changed: a document has a token per word, and a frozen
    attrs class takes about twice as long to build.
    """

    text: str
    start: int
    end: int

    @property
    def word(self) -> bool:
        """Whether the token is a word (not punctuation)."""
        return self.text[0].isalnum() or self.text[0] in "_%"

    @property
    def bare(self) -> str:
        """The word without a leading و/ف clitic."""
        if self.text[0] not in "وف":  # most words: no regex call
            return self.text
        return str(_WITH_CLITIC.sub("", self.text))


@attrs.frozen
class Phrase:
    """A speaker phrase as read: where it stands and what kind of words head it.

    ``head`` is ``"title"``, ``"institution"``, ``"anonymous"``, ``"media"``,
    ``"entity"``, ``"definite"`` or ``"name"``; ``name`` is the span of a name inside
    the phrase (a person's name after a title), if any.
    """

    start: int
    end: int
    head: str
    name: tuple[int, int] | None = None
    plausible: bool = True
    #: For a document ("بيان للجيش", "بيان صادر عن الخارجية"): who issued it.
    owner: Phrase | None = None


@attrs.frozen
class AfterVerb:
    """What follows a reporting verb.

    ``speaker`` and ``apposition`` are phrases (or None); ``content_start`` is where
    what was said starts and ``kind`` how (``"colon"``, ``"quote"``,
    ``"complementizer"``, ``"preposition"``, ``"object"``), both None when nothing is
    said; ``quote`` the quotation that opens the content directly; ``region_end``
    where the reporting clause (speaker and adverbials) ends; ``via`` a relay
    phrase's medium and ``relay_speaker`` the source it names after عن.
    """

    speaker: Phrase | None
    apposition: Phrase | None
    content_start: int | None
    kind: str | None
    quote: Quote | None
    region_end: int
    via: Phrase | None = None
    relay_source: Phrase | None = None
    #: Whom a body speaks through, named after «على لسان» ("أعلنت الحركة، على لسان
    #: المتحدث باسمها فلان، أن …"): see ``Reader.mouth_at``.
    mouth: Phrase | None = None

    def as_object(self, start: int, *, keep_quote: bool = True) -> AfterVerb:
        """This reading when the phrase at ``start`` is the verb's object, not its subject.

        Nobody is named after the verb, and what was said starts at that phrase.
        """
        quote = self.quote if keep_quote else None
        return attrs.evolve(
            self, speaker=None, content_start=start, kind="object", quote=quote, region_end=start
        )


class Reader:
    """Token-level reading of one document's normalised text."""

    def __init__(
        self,
        text: str,
        lexicon: StatementLexicon,
        entities: list[tuple[int, int, Entity]],
        hamza_starts: frozenset[int] = frozenset(),
        ali_starts: frozenset[int] = frozenset(),
        pronoun_starts: frozenset[int] = frozenset(),
        date_ends: dict[int, int] | None = None,
        accusative_starts: frozenset[int] = frozenset(),
    ) -> None:
        self.text = text
        #: Normalised starts of words the original writes with tanween fath ("جزءاً"):
        #: an indefinite accusative, never a word of a name.
        self.accusative_starts = accusative_starts
        #: Where each date or time expression ("عام 2023", "أمس", "الأسبوع الماضي")
        #: ends, by its normalised start: an adverbial, never a speaker or a name.
        self.date_ends = date_ends or {}
        #: Normalised starts of words the original ends with the pronoun ه, not ة
        #: ("كلمته", "انسحابه"): normalisation writes both alike.
        self.pronoun_starts = pronoun_starts
        #: Normalised offsets of words the original writes with أ / إ / آ first.
        self.hamza_starts = hamza_starts
        self.lexicon = lexicon
        self.tokens, self._starts, self.words = _tokenize(text)
        #: Where a bracketed alias the tokens leave out ends, by where the word before it
        #: ends ("الاتحاد الدولي للشطرنج (فيدي)").
        self.bracketed_alias_ends = _bracketed_alias_ends(self.tokens)
        self.tokens, self._starts, self.words = _without_bracketed_aliases(self.tokens)
        if ali_starts:
            # The name علي (written with ya) is no preposition على: its token reads apart.
            for index, token in enumerate(self.tokens):
                if token.start in ali_starts and token.text == "علي":
                    token.text = self.words[index] = _NAME_ALI_TOKEN
        self.quotes = QuoteIndex(text)
        #: Gazetteer entities as (normalised start, normalised end, entity), in order.
        self.entities = entities
        self._entity_starts = [start for start, _, _ in entities]
        #: The entities' normalised starts, in order (for bisecting ``entities``).
        self.entity_starts = self._entity_starts
        self._phrases: dict[int, Phrase | None] = {}
        self._chunk_cache: dict[int, tuple[tuple[int, str, str], ...]] = {}

    # -- tokens -------------------------------------------------------------------

    def definite(self, index: int) -> bool:
        """Whether the token at ``index`` carries the article ال.

        A word written with a hamza on its alef ("ألبين", "ألكسندر") does not: the
        article is never written أل, so such a word is a name even though its
        normalised form starts with ال.
        """
        token = self.tokens[index]
        return _definite(token.bare) and token.start not in self.hamza_starts

    def index_at(self, offset: int) -> int:
        """The index of the first token starting at or after ``offset``."""
        return bisect.bisect_left(self._starts, offset)

    def newline_between(self, a: int, b: int) -> bool:
        """Whether a line break lies between normalised offsets ``a`` and ``b``."""
        return "\n" in self.text[a:b]

    def entity_at(self, offset: int) -> tuple[int, int, Entity] | None:
        """The longest gazetteer entity starting at ``offset`` (clitics allowed before it)."""
        index = bisect.bisect_left(self._entity_starts, offset)
        best: tuple[int, int, Entity] | None = None
        while index < len(self.entities) and self.entities[index][0] <= offset + 3:
            start, end, entity = self.entities[index]
            token = self.index_at(offset)
            same_token = token < len(self.tokens) and start < self.tokens[token].end
            if same_token and (best is None or end > best[1]):
                best = (start, end, entity)
            index += 1
        return best

    # -- word classes ---------------------------------------------------------------

    def is_verb(self, word: str) -> bool:
        """Whether ``word`` (with or without و/ف) is a reporting verb form."""
        bare = _WITH_CLITIC.sub("", word)
        return word in self.lexicon.verbs or bare in self.lexicon.verbs

    def is_participle(self, word: str) -> bool:
        """Whether ``word`` is a reporting participle (مضيفاً، مؤكدة …)."""
        form = self.lexicon.verbs.get(word) or self.lexicon.verbs.get(_WITH_CLITIC.sub("", word))
        return form is not None and form.tense == PARTICIPLE

    def _in(self, words: frozenset[str], index: int) -> int:
        """How many tokens from ``index`` on form a phrase of ``words`` (longest), else 0."""
        if 0 <= index < len(self.tokens):
            token = self.tokens[index]
            firsts = _first_words(words)
            if token.text not in firsts and token.bare not in firsts:
                return 0  # most words: no phrase of the list starts with them
        for size, phrase, bare in self._chunks(index):
            if phrase in words or bare in words:
                return size
        return 0

    def _chunks(self, index: int) -> tuple[tuple[int, str, str], ...]:
        """The phrases of 3, 2 and 1 words from ``index`` on: (size, as written, without و/ف).

        Kept per index: every word list is looked up at the same few places.
        """
        found = self._chunk_cache.get(index)
        if found is None:
            chunks: list[tuple[int, str, str]] = []
            for size in (3, 2, 1):
                if index + size > len(self.tokens):
                    continue
                chunk = self.tokens[index : index + size]
                if not all(t.word for t in chunk):
                    continue
                phrase = " ".join(t.text for t in chunk)
                bare = " ".join([chunk[0].bare, *(t.text for t in chunk[1:])])
                chunks.append((size, phrase, bare))
            found = self._chunk_cache[index] = tuple(chunks)
        return found

    def is_relay(self, index: int) -> int:
        """How many tokens a relay phrase at ``index`` covers (0 when none)."""
        return self._in(self.lexicon.relay_phrases, index)

    def is_clause_break(self, index: int) -> int:
        """How many tokens a clause-break phrase at ``index`` covers (0 when none)."""
        return self._in(self.lexicon.clause_breaks, index)

    def head_kind(self, index: int) -> str | None:
        """What the words at ``index`` head: title, institution, anonymous, media, party."""
        lex = self.lexicon
        for words, kind in (
            (lex.non_speaker_heads, "none"),
            (lex.party_words, "party"),
            (lex.speech_documents, "document"),
            (lex.media_heads, "media"),
            (lex.anonymous_heads, "anonymous"),
            (lex.title_heads, "title"),
            (lex.honorifics, "title"),
            (lex.institution_heads, "institution"),
        ):
            if self._in(words, index):
                return kind
        return None

    # -- clause ends ------------------------------------------------------------------

    def clause_end(self, start: int, *, limit: int | None = None) -> int:
        """Where reported speech starting at ``start`` ends (an offset after its last token)."""
        index = self.index_at(start)
        end = start
        previous_end = start
        while index < len(self.tokens):
            token = self.tokens[index]
            if limit is not None and token.start >= limit:
                break
            if (
                index > 0
                and token.start > start
                and self.newline_between(previous_end, token.start)
            ):
                break
            quote = self.quotes.at(token.start)
            if quote is not None and token.text == '"' and quote.start == token.start:
                end = quote.end
                previous_end = quote.end
                index = self.index_at(quote.end)
                if not quote.closed:
                    break
                continue
            if token.text in _SENTENCE_MARKS and self._ends_sentence(token):
                break
            if token.text == "," and self._opens_clause(index + 1):
                break
            end = token.end
            previous_end = token.end
            index += 1
        return end

    def _ends_sentence(self, token: Token) -> bool:
        """Whether a sentence mark ends the sentence (a dot inside 3.5 does not)."""
        if token.text != ".":
            return True
        after = self.text[token.end : token.end + 1]
        return after in ("", " ", "\n", "\t", '"') or not after.isalnum()

    def _opens_clause(self, index: int) -> bool:
        """Whether the words at ``index`` (after a comma) open a new clause."""
        if index >= len(self.tokens) or not self.tokens[index].word:
            return False
        word = self.tokens[index].text
        if self.is_clause_break(index) or self.is_relay(index):
            return True
        if self.is_verb(word):
            return True
        if word in ("وهو", "وهي"):
            # "، وهو الموقف الذي وصفه فلان بأنه "…"": a relative clause that reports.
            for at in range(index + 1, min(index + 4, len(self.tokens) - 1)):
                relative = self.tokens[at].text in _RELATIVES or self.tokens[at].text == "ما"
                if relative and self.is_verb(self.tokens[at + 1].text):
                    return True
        # "، وقال", "، فيما أكد": a conjunction word then a reporting verb.
        return (
            index + 1 < len(self.tokens)
            and word in ("و", "ف", "كما", "ثم", "حيث")
            and self.is_verb(self.tokens[index + 1].text)
        )

    def sentence_start(self, offset: int) -> int:
        """The start of the sentence holding ``offset``.

        Walking back token by token to a sentence mark or a line break, as this
        reads, cost a whole sentence a call: quadratic on a long line with many
        cues (thousands of brackets, colons). The breaks are listed once instead.
        """
        index = self.index_at(offset) - 1
        if index < 0:
            return offset
        token = self.tokens[index]
        if token.text in _SENTENCE_MARKS and self._ends_sentence(token):
            return offset
        if self.newline_between(token.end, offset):
            return offset
        breaks = self._sentence_breaks
        before = bisect.bisect_left(breaks, index) - 1  # the last break before the token
        return self.tokens[breaks[before] + 1].start if before >= 0 else self.tokens[0].start

    @functools.cached_property
    def _sentence_breaks(self) -> list[int]:
        """The tokens a sentence does not run back over: an ending mark, or a line break after."""
        tokens = self.tokens
        return [
            index
            for index, token in enumerate(tokens)
            if (token.text in _SENTENCE_MARKS and self._ends_sentence(token))
            or (
                index + 1 < len(tokens) and self.newline_between(token.end, tokens[index + 1].start)
            )
        ]

    # -- after the verb -----------------------------------------------------------------

    def after_verb(self, verb_end: int, limit: int) -> AfterVerb:
        """Read the speaker phrase, adverbials and content start after a verb.

        A relay between commas ("، نقلا عن مصدر مقرب،") gives ``relay_source``.
        """
        sources: list[Phrase] = []
        mouths: list[Phrase] = []
        found = self._read_after_verb(verb_end, limit, sources, mouths)
        found = self._name_after_title(found, limit)
        if mouths:
            found = attrs.evolve(found, mouth=mouths[0])
        return attrs.evolve(found, relay_source=sources[0]) if sources else found

    def _name_after_title(self, found: AfterVerb, limit: int) -> AfterVerb:
        """A title read without its name, when the name stands right before what was said.

        "أكد القائم بأعمال وزير الخارجية … فلان أن …"، "أعلن عضو اللجنة عن المنطقة الشرقية
        العقيد فلان أن …"، "يقول الباحث في شؤون …، الدكتور فلان: …": the title's complement
        (a preposition, a genitive, an aside between commas) stopped the reading of the
        title, so its name was left out of the speaker (or read as the start of what was
        said). The name is the last words before أن / إن or a colon, after a definite word
        or a comma, with no verb, quote or sentence end between the title and it.
        """
        title = found.apposition if found.apposition is not None else found.speaker
        if title is None or title.head != "title" or found.content_start is None:
            return found
        if found.kind in ("object", "preposition"):
            if found.apposition is None and title.name is not None:
                return found
            first = self.index_at(found.content_start)
            aside = first > 0 and self.tokens[first - 1].text == ","
            if first >= len(self.tokens) or not (
                aside
                or self.tokens[first].text in ("في", "عن")
                or self._is_prepositional(first)
                or self.tokens[first].text.startswith("ل")
                or self._in(self.lexicon.honorifics, first)
            ):
                # ("… باسم الخارجية الدكتور فلان إن": an honorific opens the title's name)
                return found  # "أبلغ الوزير نظيره …": an object, not the title's complement
        elif found.kind in ("colon", "complementizer", "quote"):
            if title.name is not None or found.apposition is not None:
                return found
            first = self.index_at(title.end)
            aside = True
        else:
            return found
        ahead = self._marker_after_name(first, limit, aside=aside)
        if ahead is None and aside and first < len(self.tokens) and self.tokens[first].text == "في":
            # "زعيم المعارضة في كمبوديا فلان لرويترز إن": where the office sits, then the
            # name, read as an adverbial before what was said.
            ahead = self._marker_after_name(first, limit, aside=False)
        if ahead is None:
            return found
        name, marker = ahead
        phrase = Phrase(title.start, name[1], "title", name=name)
        speaker, apposition = (
            (found.speaker, phrase) if found.apposition is not None else (phrase, None)
        )
        if self.tokens[marker].text == ":":
            read = self._content_after(marker + 1, "colon", speaker, apposition, found.via)
        elif self._governed_that(marker):
            read = self._preposition(marker, speaker, apposition, found.via)
        else:
            read = self._complementizer(marker, speaker, apposition, found.via)
        return attrs.evolve(read, relay_source=found.relay_source)

    def _marker_after_name(
        self, index: int, limit: int, *, aside: bool
    ) -> tuple[tuple[int, int], int] | None:
        """A person's name ending right before أن / إن or a colon, within a few words of
        ``index``: the name's span and the marker's index. ``aside``: the name must follow
        a comma (the words before it were an aside, not the title's complement)."""
        marker = index
        aside_at: int | None = None
        while True:
            if marker >= len(self.tokens) or marker - index > _TITLE_REACH:
                return None
            token = self.tokens[marker]
            if token.start >= limit:
                return None
            if marker > index and self.newline_between(self.tokens[marker - 1].end, token.start):
                return None
            if _opens_what_was_said(token.text) or self._governed_that(marker):
                break
            if marker > index + 1 and (
                token.text in _ADVERBIAL_PREPOSITIONS or token.text == "علي"
            ):
                after = self._occasion_before_said(marker, limit)
                if after is not None:
                    # "… فلان في منشور على إكس إن"، "… فلان في مقابلة مع صحيفة "…" من
                    # أن": how or where the words were said stands between the name and
                    # what was said.
                    aside_at = marker
                    marker = after
                    break
            if token.text == "," and marker > index:
                closing = self._aside_closing(marker, limit)
                if closing is not None:
                    # "… فلان، في منشور على منصة إكس، إن …": an aside of where or how
                    # the words were said stands between the name and what was said.
                    aside_at = marker
                    marker = closing + 1
                    break
            if (
                token.text in _SENTENCE_MARKS
                or token.text in ('"', "(", ")")
                or token.text in _COMPANY
                or (token.word and (self.is_verb(token.text) or token.text in _RELATIVES))
                or "نظير" in token.text
            ):
                return None  # "… مع نظيره فلان أن"، "أمام الأمين العام فلان": another person
            marker += 1
        last = marker - 1 if aside_at is None else aside_at - 1
        if last >= index and self.tokens[last].text == ",":
            last -= 1
        for told in range(max(index, last - 3), last + 1):
            # "… فلان لرويترز إن"، "… فلان للصحفيين إن"، "… فلان لقناة الجزيرة أن": whom
            # the words were told stands between the name and what was said.
            token = self.tokens[told]
            medium = self.medium_after_lam(told) if token.text.startswith("ل") else None
            if (
                told > index
                and token.text.startswith("ل")
                and (
                    (medium is not None and self.index_at(medium.end) == last + 1)
                    or (told == last and self._media_entity_in(token) is not None)
                    or (told == last and token.text.startswith("لل") and len(token.text) > 4)
                )
            ):
                last = told - 1
                break
        if last < index or not self.tokens[last].word:
            return None
        name_end = self.tokens[last].end
        for start in range(max(index, last - _MAX_NAME_WORDS), last + 1):
            token = self.tokens[start]
            if start == 0:
                continue
            found = self.entity_at(token.start)
            if (
                not aside
                and found is not None
                and found[0] == token.start
                and found[2].kind is EntityKind.PERSON
                and self.extend_name(found[1]) == name_end
            ):
                return (token.start, name_end), marker  # a person the gazetteer knows
            before = self.tokens[start - 1].text
            ranked = start > 1 and self.head_kind(start - 1) == "title"
            if aside and not (before == "," or (ranked and self.tokens[start - 2].text == ",")):
                continue  # "…، الدكتور فلان:": after the aside's comma (and a rank)
            if not aside and not (
                before == ","
                or ranked
                or self.definite(start - 1)
                or self._entities_ending(self.tokens[start - 1].end)
                # "رئيس حكومة الإقليم المستقلة ذاتياً فلان": an adverb in tanwin ends the office
                or self.tokens[start - 1].start in self.accusative_starts
            ):
                continue  # "… الخارجية النيجيري فلان أن"، "… في كمبوديا فلان": after the title
            if found is not None and found[0] == token.start:
                if found[2].kind is EntityKind.PERSON and self.extend_name(found[1]) == name_end:
                    return (token.start, name_end), marker
                continue
            if start == last or self.definite(start) or self.head_kind(start) is not None:
                continue  # one word or a definite noun: no name of a person
            if self._name_end(start) == name_end:
                return (token.start, name_end), marker
        return None

    def _governed_that(self, index: int) -> bool:
        """Whether a preposition a reporting verb governs and أن / إن open what was said at
        ``index`` ("أشار فلان إلى أن"، "حذر فلان من أن"، "يصر فلان على أن")."""
        return (
            self.tokens[index].text in _CONTENT_PREPOSITIONS
            and index + 1 < len(self.tokens)
            and _opens_what_was_said(self.tokens[index + 1].text)
        )

    def _occasion_before_said(self, index: int, limit: int) -> int | None:
        """An adverbial of how or where words were said at ``index`` ("في منشور على إكس"،
        "في مقابلة مع صحيفة "…"", "خلال مؤتمر صحفي") that runs right up to what was said
        (أن / إن, a colon, or a governed preposition and أن): the index of that marker,
        else None."""
        if index + 1 >= len(self.tokens) or not (
            self._channel_follows(index + 1) or self._occasion_at(index + 1)
        ):
            return None
        after = self._skip_adverbial(index)
        if after >= len(self.tokens) or self.tokens[after].start >= limit:
            return None
        if _opens_what_was_said(self.tokens[after].text) or self._governed_that(after):
            return after
        return None

    def _aside_closing(self, comma: int, limit: int) -> int | None:
        """The comma closing an aside opened by the comma at ``comma``, when the aside is
        an adverbial of channel, time or place ("، في منشور على منصة إكس،"، "، في تصريح
        لقناة "…"،") and أن / إن or a colon follows it: that comma's index, else None."""
        opening = comma + 1
        if opening >= len(self.tokens) or not self._starts_adverbial(opening):
            return None
        at = opening
        while at < len(self.tokens) and at - opening <= _ASIDE_WORDS:
            token = self.tokens[at]
            if token.start >= limit or token.text in _SENTENCE_MARKS:
                return None
            if token.text == '"':
                quote = self.quotes.starting_at(token.start)
                if quote is None or not quote.closed or not self.quoted_name(quote):
                    return None  # quoted words, not a quoted name of a channel
                at = self.index_at(quote.end)
                continue
            if token.text == ",":
                after = at + 1
                if after < len(self.tokens) and _opens_what_was_said(self.tokens[after].text):
                    return at
                return None
            if token.word and (self.is_verb(token.text) or token.text in _RELATIVES):
                return None
            at += 1
        return None

    def mouth_at(self, index: int) -> Phrase | None:
        """The phrase after «على لسان» when the words at token ``index`` are those two:
        the office or person a body or government speaks through ("جددت على لسان وزير
        خارجيتها فلان رفضها …")."""
        if (
            index + 2 < len(self.tokens)
            and self.tokens[index].text == "علي"
            and self.tokens[index + 1].text == "لسان"
        ):
            return self.phrase_at(index + 2)
        return None

    def _read_after_verb(
        self, verb_end: int, limit: int, sources: list[Phrase], mouths: list[Phrase]
    ) -> AfterVerb:
        """The token walk behind :meth:`after_verb`; relay sources go to ``sources``, the
        phrase after «على لسان» (:meth:`mouth_at`) to ``mouths``."""
        index = self.index_at(verb_end)
        speaker: Phrase | None = None
        apposition: Phrase | None = None
        via: Phrase | None = None
        seen_adverbial = False
        steps = 0
        while index < len(self.tokens) and steps < _MAX_SPEAKER_TOKENS:
            steps += 1
            token = self.tokens[index]
            if token.start >= limit or (
                index > 0
                and self.newline_between(self.tokens[index - 1].end, token.start)
                and token.start > verb_end
            ):
                break
            word = token.text
            mouth = self.mouth_at(index)
            if mouth is not None:
                # "أعلنت الحركة، على لسان المتحدث باسمها فلان، أن …": whom it speaks
                # through, an aside before what was said.
                mouths.append(mouth)
                index = self.index_at(mouth.end)
                seen_adverbial = True
                continue
            if word == ":":
                return self._content_after(index + 1, "colon", speaker, apposition, via)
            if word == '"':
                quote = self.quotes.starting_at(token.start)
                if speaker is None and not seen_adverbial and self._quoted_body(quote):
                    # 'أعلن "جيش تحرير تاانغ الوطني"، الحليف …، أنه …': a body named in quotes.
                    assert quote is not None
                    speaker = Phrase(quote.inner_start, quote.inner_end, "institution")
                    index = self._skip_short_relative(self.index_at(quote.end))
                    continue
                return AfterVerb(speaker, apposition, token.start, "quote", quote, token.start, via)
            if word in _COMPLEMENTIZERS:
                return self._complementizer(index, speaker, apposition, via)
            if word in _SENTENCE_MARKS:
                break
            if word == "(":
                index = self._skip_parentheses(index)
                continue
            if word.startswith("ل") and len(word) > 2 and self._media_entity_in(token):
                # "لرويترز": the medium told, a gazetteer medium glued to ل.
                found = self._media_entity_in(token)
                assert found is not None
                via = found
                index = self.index_at(found.end)
                seen_adverbial = seen_adverbial or speaker is not None
                continue
            if word == "ل" and index + 1 < len(self.tokens) and self.tokens[index + 1].text == '"':
                # "لـ"العربي الجديد"": the medium told.
                quote = self.quotes.starting_at(self.tokens[index + 1].start)
                if quote is not None and quote.closed:
                    via = Phrase(quote.inner_start, quote.inner_end, "media")
                    index = self.index_at(quote.end)
                    seen_adverbial = True
                    continue
            if word == ",":
                nxt = index + 1
                if nxt >= len(self.tokens):
                    break
                if self._contrast_clause_at(nxt):
                    break  # "، بينما كتب فلان: "…"": another clause with a verb of its own
                if (
                    self.tokens[nxt].text in (":", '"')
                    or self.tokens[nxt].text in _COMPLEMENTIZERS
                    or self.mouth_at(nxt) is not None
                ):
                    index = nxt
                    continue
                if speaker is not None and self.reporting_noun_at(nxt):
                    # "جدد المتحدث … فلان، تأكيد بلاده أن …": what was said, its noun first.
                    start = self.tokens[nxt].start
                    return AfterVerb(speaker, apposition, start, "object", None, start, via)
                if (
                    self.tokens[nxt].text in _CONTENT_PREPOSITIONS
                    and nxt + 1 < len(self.tokens)
                    and self.tokens[nxt + 1].text in _COMPLEMENTIZERS
                ):
                    index = nxt  # "شدد، خلال استقباله الوفد، على أن …"
                    continue
                relay = self.is_relay(nxt)
                if relay:
                    via = self._relay_medium(nxt + relay) or via
                    if self.tokens[nxt + relay - 1].text == "عن":  # "نقلا عن مصدر"
                        source = self.phrase_at(nxt + relay)
                        if source is not None and source.plausible:
                            sources.append(source)
                    index = self._skip_chunk(nxt)
                    seen_adverbial = True
                    continue
                alias = self._alias(nxt) if speaker is not None and speaker.name is None else None
                if alias is not None and apposition is None:
                    # "القيادي في الفصيل، الذي يُعرف باسم "فلان"،": the name he goes by.
                    apposition = alias
                    index = self._skip_chunk(nxt + 1)
                    continue
                if (
                    self.tokens[nxt].text in _RELATIVES
                    or self._starts_adverbial(nxt)
                    # "، طالبا عدم نشر اسمه،"; not "، واعتبره …", a clause of its own
                    or self.tokens[nxt].text in self.lexicon.verbs
                    # "وطالب وفد الحركة، برئاسة فلان، بانسحاب …": who heads the body
                    or self._in(self.lexicon.leader_asides, nxt)
                ):
                    # "، الذي حضر …،", "، في بيان،", "، طالبا عدم نشر اسمه،": skipped.
                    index = self._skip_chunk(nxt + 1)
                    seen_adverbial = True
                    continue
                if (
                    speaker is not None
                    and speaker.head == "title"
                    and apposition is None
                    and not sources
                ):
                    # "رئيس الإدارة في الإقليم، فلان، …", "مدير المركز لـ"الحركة"، فلان،",
                    # "المدير الفني للنادي، الإسباني فلان،": the title's place or body, then
                    # its name between commas.
                    named = self._apposed_name(nxt)
                    if named is not None and speaker.name is not None:
                        # "مدرب نادي فلان، علان، إن"، "مبعوث الرئيس فلان، علان، إن": a
                        # name read in the title is its body's or another office-holder's
                        # when a person's name is apposed to it right before what was
                        # said: the apposed name is the speaker's.
                        named = named if self._apposed_to_named_title(named) else None
                        if named is not None:
                            speaker = attrs.evolve(speaker, name=None)
                    if named is not None:
                        apposition = named
                        index = self.index_at(named.end)
                        continue
                unnamed = (  # "رئيس الوفد، مبعوث الرئيس …، فلان،": the name after two titles
                    apposition is not None
                    and apposition.head == "title"
                    and apposition.name is None
                    and speaker is not None
                    and speaker.name is None
                )
                if speaker is not None and (apposition is None or unnamed) and not seen_adverbial:
                    phrase = self.phrase_at(nxt)
                    if unnamed and (phrase is None or phrase.head == "title"):
                        phrase = None
                    if phrase is not None and self.is_apposition(phrase, speaker):
                        apposition = phrase
                        index = self._title_portfolio_end(
                            phrase, speaker, self.index_at(phrase.end)
                        )
                        continue
                    if phrase is not None and phrase.head == "title":
                        # "ليونيد باشنيك، حاكم المنطقة المعين من قبل موسكو:" — a
                        # longer title: keep its head phrase, skip the rest of it.
                        apposition = phrase
                        index = self._skip_chunk(self.index_at(phrase.end))
                        continue
                if speaker is not None and self._aside_before_content(nxt):
                    # "وقال فلان، نائب رئيس الوفد، للأناضول، إن …": a short aside between
                    # commas right before what was said is skipped.
                    nxt_token = self.tokens[nxt]
                    if nxt_token.text.startswith("ل"):
                        via = self._media_entity_in(nxt_token) or self.medium_after_lam(nxt) or via
                    index = self._skip_chunk(nxt)
                    seen_adverbial = True
                    continue
                if self._closes_apposed_name(index, speaker, apposition):
                    # "طالب رئيس الإدارة …، الفريق فلان، بالاعتراف …": past the name's
                    # closing comma, the verb's object or preposition follows.
                    index = nxt
                    seen_adverbial = True
                    continue
                if seen_adverbial and speaker is not None:
                    return AfterVerb(
                        speaker,
                        apposition,
                        self.tokens[nxt].start,
                        "object",
                        None,
                        self.tokens[nxt].start,
                        via,
                    )
                if (
                    seen_adverbial
                    and speaker is None
                    and self.tokens[self.index_at(verb_end)].text == ","
                    and self._governed_after_aside(nxt)
                ):
                    # "وكانت الحركة قد طالبت، في رسالة …، بانسحاب …": past an aside the
                    # verb's comma opens, its governed preposition; a subject never opens so
                    # (not "كما طالبت في كامب ديفيد، بـ…", a clause of comparison).
                    start = self.tokens[nxt].start
                    return AfterVerb(None, None, start, "preposition", None, start, via)
                break
            if self._in(self.lexicon.stops, index):
                index += self._in(self.lexicon.stops, index)
                seen_adverbial = seen_adverbial or speaker is not None
                continue
            after_date = self._date_adverbial(index)
            if after_date:
                # "قال عام 2023 إن …", "وقال الوزير الأسبوع الماضي إن …": when, not who.
                index = after_date
                seen_adverbial = seen_adverbial or speaker is not None
                continue
            if self._starts_adverbial(index):
                if word in _CONTENT_PREPOSITIONS and not self._channel_follows(index + 1):
                    return self._preposition(index, speaker, apposition, via)
                via = self.medium_after_lam(index) or via
                index = self._skip_adverbial(index)
                seen_adverbial = True
                continue
            if word in _CONTENT_PREPOSITIONS:
                return self._preposition(index, speaker, apposition, via)
            if (
                speaker is None
                and not seen_adverbial
                and word in ("لي", "لنا")
                and index + 1 < len(self.tokens)
                and self.head_kind(index + 1) in ("title", "anonymous", "institution")
            ):
                index += 1  # "قال لي مسؤول سابق:": the writer told, then the speaker
                continue
            if speaker is None and not seen_adverbial and self._writer_told(index):
                index += 1  # "الرئيس فلان قال لي في لقائنا إنه …": whom it was told
                continue
            if speaker is None and not seen_adverbial and self.pronoun_before_subject(index):
                index += 1  # "رد عليه الكرملين بأن …"، "وتطالب به كراكاس": the subject after
                continue
            if (
                speaker is None
                and not seen_adverbial
                and (self._is_prepositional(index) or self._said_after_ba(index))
            ):
                # "أشاد بالدور التركي", "طالب بوقف القتال": the content, not a speaker.
                return AfterVerb(None, None, token.start, "preposition", None, token.start, via)
            if speaker is None and not seen_adverbial:
                phrase = self.phrase_at(index)
                if phrase is None:
                    return AfterVerb(None, None, token.start, "object", None, token.start, via)
                if phrase.head == "definite" and self.abstract_at(phrase.start):
                    # "وجدد المطالبة بانسحاب …"، "ووصفت الخطوة بأنها …": a noun that never
                    # speaks is no speaker; the caller reads it as the verb's object.
                    phrase = attrs.evolve(phrase, plausible=False)
                speaker = phrase
                index = self.index_at(phrase.end)
                continue
            if word.startswith("ب") and len(word) > 3:
                # "طالب الرئيس بوقف …": a preposition glued to the content.
                return AfterVerb(
                    speaker, apposition, token.start, "preposition", None, token.start, via
                )
            return AfterVerb(speaker, apposition, token.start, "object", None, token.start, via)
        return AfterVerb(speaker, apposition, None, None, None, verb_end, via)

    def _governed_after_aside(self, index: int) -> bool:
        """Whether the word at ``index``, after an aside between commas that follows the
        verb with no subject before it, is the preposition the verb governs: a content
        preposition (إلى، على، من …) or a word glued to بـ that tells what was said
        ("بانسحاب"، "بالإفراج"), never a speaker."""
        return (
            self.tokens[index].text in _CONTENT_PREPOSITIONS
            or self._is_prepositional(index)
            or self._said_after_ba(index)
        )

    def _writer_told(self, index: int) -> bool:
        """Whether "لي" at ``index``, right after a verb of saying, tells whom the words
        were told (the writer or the interviewee), not a name: what was said or an
        adverbial follows it ("قال لي إنه …"، "أكد لي أن …"، "قال لي بوضوح: …"، "قال لي
        في لقائنا الأخير إن …"). "لي" is also a name ("لي تشيانغ"), so it is left to the
        speaker phrase when anything else follows."""
        if self.tokens[index].text != "لي" or index + 1 >= len(self.tokens):
            return False
        following = self.tokens[index + 1].text
        return (
            following in _COMPLEMENTIZERS
            or following in (":", '"')
            or self._starts_adverbial(index + 1)
        )

    def pronoun_before_subject(self, index: int) -> bool:
        """ "رد عليه الكرملين بأن …"، "وتطالب به كراكاس منذ …"، "وهو ما شدد عليه القيادي
        فلان": a preposition with a third person's pronoun at ``index`` points back to
        what was told before, and the verb's subject follows it: a title, an anonymous
        source, an institution or a gazetteer person, body or country."""
        if index + 1 >= len(self.tokens) or self.tokens[index].text not in _PREPOSITION_PRONOUNS:
            return False
        if self.head_kind(index + 1) in ("title", "anonymous", "institution"):
            return True
        found = self.entity_at(self.tokens[index + 1].start)
        return found is not None and found[2].kind in SUBJECT_KINDS

    def _contrast_clause_at(self, index: int) -> bool:
        """ "بينما كتب الرئيس …", "فيما اعتبر الكرملين أن …" at ``index`` (after a comma): a
        conjunction of contrast or of what happens meanwhile, then a verb, opens a clause
        with its own subject and words. The reporting clause before the comma ends there:
        what the later clause says is never the earlier verb's content."""
        size = self._in(self.lexicon.contrast_openers, index)
        return (
            size > 0
            and index + size < len(self.tokens)
            and self.is_verb(self.tokens[index + size].text)
        )

    def _date_adverbial_at(self, index: int) -> bool:
        """Whether a date or time expression starts at token ``index``."""
        return index < len(self.tokens) and self.tokens[index].start in self.date_ends

    def _date_adverbial(self, index: int) -> int:
        """The index past a date or time expression at ``index`` that what was said
        follows within a few words (a colon, a quote, أن / إن), else 0.

        "قال عام 2023 إن …": the date is when it was said. A date before an object
        ("أعلنت عام 2012 استقلال الإقليم") is left to the object's reading.
        """
        end = self.date_ends.get(self.tokens[index].start)
        if end is None:
            return 0
        after = max(self.index_at(end), index + 1)
        if after >= len(self.tokens):
            return 0
        if self.tokens[after].text in ('"', ":") or self._marker_ahead(after):
            return after
        return 0

    def _apposed_name(self, index: int) -> Phrase | None:
        """A person's name at ``index`` (after a demonym: "الإسباني فلان"), a gazetteer
        person or a title with its name, that a comma ends: a name apposed.

        Up to two definite words of rank or nationality may stand before the name
        ("المعلم الدولي فلان"، "الباشا فلان"، "الصربي فلان"): the person's description,
        not a speaker of its own, when the name after them is closed by the comma."""
        start = index
        while (
            index + 1 < len(self.tokens)
            and index - start < 2
            and self.tokens[index].word
            and self.definite(index)
            and self.head_kind(index) is None
            and not self._in(self.lexicon.stops, index)
            and not self._date_adverbial(index)
            and (
                _NISBA.match(self.tokens[index].text)
                or self.entity_at(self.tokens[index].start) is None
            )
        ):
            index += 1  # "الإسباني فلان": his nationality first
        phrase = self.phrase_at(index)
        if phrase is None or not phrase.plausible or phrase.name is None:
            return None
        if phrase.head not in ("name", "entity", "title"):
            return None
        after = self.index_at(phrase.end)
        if after >= len(self.tokens) or self.tokens[after].text != ",":
            return None
        if start < index:
            return attrs.evolve(phrase, start=self.tokens[start].start)
        return phrase

    def _closes_apposed_name(
        self, comma: int, speaker: Phrase | None, apposition: Phrase | None
    ) -> bool:
        """Whether the comma at ``comma`` closes a person's name apposed to the title
        the verb's subject opened with ("وصف المتحدث باسم التحالف، فلان، الاتفاق بأنه
        …", "اتهم رئيس اللجنة …، فلان، الحكومة بـ…").

        Arabic sets the name of a title's holder between commas; the clause then goes on
        where it would have gone on after the subject, so what follows the closing comma
        is the verb's object or preposition, not the end of the reporting clause."""
        return (
            speaker is not None
            and speaker.head == "title"
            and apposition is not None
            and apposition.name is not None
            and self.index_at(apposition.end) == comma
            and comma + 1 < len(self.tokens)
            and self.tokens[comma + 1].word
        )

    def abstract_at(self, offset: int) -> bool:
        """Whether a noun of an act or a state of affairs that never speaks ("المطالبة"،
        "الخطوة"، "التحليل") is the word at ``offset``."""
        return bool(self._in(self.lexicon.abstract_nouns, self.index_at(offset)))

    def _apposed_to_named_title(self, named: Phrase) -> bool:
        """Whether a name apposed to a title that already holds a name ("مدرب نادي فلان،
        علان،") is a person's ("name" or a gazetteer person) and what was said, or an
        aside of where it was said, follows its closing comma."""
        if named.head not in ("name", "entity"):
            return False
        after = self.index_at(named.end) + 1
        if after >= len(self.tokens):
            return False
        word = self.tokens[after].text
        return _opens_what_was_said(word) or word == '"' or self._starts_adverbial(after)

    def _aside_before_content(self, index: int) -> bool:
        """A few words from ``index`` to a comma that a colon, a quote or أن / إن follows."""
        end = index
        while end < len(self.tokens) and end - index <= 4 and self.tokens[end].word:
            if self.tokens[end].text in _COMPLEMENTIZERS or self.is_verb(self.tokens[end].text):
                return False
            end += 1
        if end == index or end + 1 >= len(self.tokens) or self.tokens[end].text != ",":
            return False
        after = self.tokens[end + 1].text
        # "أعلن "جيش …"، الحليف الميداني لكوكانغ، في بيان … أنه": a description, then an
        # adverbial before what was said.
        return (
            after in (":", '"')
            or after in _COMPLEMENTIZERS
            or (self._starts_adverbial(end + 1) and self._marker_in_clause(end + 1))
        )

    def _content_after(
        self,
        index: int,
        kind: str,
        speaker: Phrase | None,
        apposition: Phrase | None,
        via: Phrase | None,
    ) -> AfterVerb:
        """What a colon introduces: a quote, أن / إن, or plain words."""
        if index >= len(self.tokens):
            return AfterVerb(speaker, apposition, None, None, None, len(self.text), via)
        token = self.tokens[index]
        if token.text == '"':
            return AfterVerb(
                speaker,
                apposition,
                token.start,
                "quote",
                self.quotes.starting_at(token.start),
                token.start,
                via,
            )
        if token.text in _COMPLEMENTIZERS:
            return self._complementizer(index, speaker, apposition, via)
        return AfterVerb(speaker, apposition, token.start, kind, None, token.start, via)

    def _complementizer(
        self, index: int, speaker: Phrase | None, apposition: Phrase | None, via: Phrase | None
    ) -> AfterVerb:
        """Content from أن / إن; direct when a quote opens the whole content."""
        token = self.tokens[index]
        nxt = index + 1
        if nxt < len(self.tokens) and self.tokens[nxt].text == '"':
            quote = self.quotes.starting_at(self.tokens[nxt].start)
            if quote is not None and self._quote_is_whole_clause(quote):
                return AfterVerb(speaker, apposition, token.start, "quote", quote, token.start, via)
        return AfterVerb(speaker, apposition, token.start, "complementizer", None, token.start, via)

    def _quote_is_whole_clause(self, quote: Quote) -> bool:
        """A quote right after أن is the content itself when it is not a mere name or word."""
        return len(self.text[quote.inner_start : quote.inner_end].split()) >= 3

    def _preposition(
        self, index: int, speaker: Phrase | None, apposition: Phrase | None, via: Phrase | None
    ) -> AfterVerb:
        """Content from a governed preposition (على، إلى، عن، من), or من أن / إلى أن."""
        token = self.tokens[index]
        nxt = index + 1
        if nxt < len(self.tokens) and self.tokens[nxt].text in _COMPLEMENTIZERS:
            found = self._complementizer(nxt, speaker, apposition, via)
            return attrs.evolve(found, content_start=token.start, region_end=token.start)
        return AfterVerb(speaker, apposition, token.start, "preposition", None, token.start, via)

    def _lone_word_object(self, index: int) -> bool:
        """A single unknown word after a title, not followed by what ends a speaker phrase."""
        end = self._name_end(index)
        if end is None or self.entity_at(self.tokens[index].start) is not None:
            return False
        return self.index_at(end) == index + 1 and not self.followed_by_marker(end)

    def _after_demonym(self, index: int) -> bool:
        """Whether the word before ``index`` is a demonym or other nisba adjective."""
        return (
            index > 0
            and bool(_NISBA.match(self.tokens[index - 1].text))
            and self.definite(index - 1)
        )

    def topic_before(self, offset: int) -> Phrase | None:
        """ "أما آبي أحمد فقال": the topic after أما is the subject of a ف-verb at ``offset``."""
        index = self.index_at(offset) - 1
        first = index
        while (
            first >= 0
            and index - first < 40
            and (self.tokens[first].word or self.tokens[first].text in (",", '"'))
        ):
            if self.tokens[first].bare == "اما":
                if self._in(self.lexicon.stops, first + 1) or self._date_adverbial_at(first + 1):
                    return None  # "أما اليوم فتطالب X …": a time, the subject follows the verb
                quoted = self._quoted_topic(first + 1, self.tokens[index].end)
                if quoted is not None:
                    return quoted
                phrase = self.phrase_at(first + 1)
                if phrase is None:
                    return None
                if phrase.end == self.tokens[index].end:
                    return phrase
                if self._alias_closes_topic(phrase.end, self.tokens[index].end):
                    return phrase
                if (
                    self.tokens[index].text == ","
                    and index > 0
                    and phrase.end == self.tokens[index - 1].end
                ):
                    return phrase  # "أما المتحدث … فلان، فقد أكد"
                comma = self.index_at(phrase.end)
                if (
                    self.tokens[index].text == ","
                    and comma + 1 < index
                    and self.tokens[comma].text == ","
                    and self.tokens[comma + 1].text in _RELATIVES
                    and "," not in (t.text for t in self.tokens[comma + 1 : index])
                ):
                    # "أما فلان، الذي تعادل مع …، فقال إن": the topic, then a relative
                    # clause of its own between commas, then the ف-verb.
                    return phrase
                if index - first >= 16:
                    return None
                # "أما المستشار القانوني للقائد، فلان، فكتب": a title and its name apposed
                # (the name apposed is the speaker's even when the title read a body's
                # name: "أما رئيس وفد إيلن، بابلو بلتران، فأكد").
                comma = self.index_at(phrase.end)
                if comma + 1 > index or self.tokens[comma].text != ",":
                    return None
                words = self.tokens[comma + 1 : index]
                if (
                    phrase.head != "title"
                    or self.tokens[index].text != ","
                    or not 1 <= len(words) <= _MAX_NAME_WORDS
                    or any(self._ends_name(at) for at in range(comma + 1, index))
                ):
                    return None
                name = (words[0].start, words[-1].end)
                return attrs.evolve(phrase, end=words[-1].end, name=name)
            first -= 1
        return None

    def _short_quote_at(self, index: int) -> Quote | None:
        """A closed quote of one to four words opening at token ``index``, else None."""
        if index >= len(self.tokens) or self.tokens[index].text != '"':
            return None
        quote = self.quotes.starting_at(self.tokens[index].start)
        if quote is None or not quote.closed:
            return None
        return quote if 1 <= len(quote.inner(self.text).split()) <= 4 else None

    def _quoted_topic(self, index: int, topic_end: int) -> Phrase | None:
        """ "أما "فلان" فأكد", "أما «الحركة» فتشترط": a topic written in quotes (a nom de
        guerre, a body's short name), the whole topic from ``index`` to ``topic_end``, is
        the ف-verb's subject: the words quoted, read as a speaker phrase when one covers
        them, else as a name."""
        quote = self._short_quote_at(index)
        if quote is None or quote.end != topic_end:
            return None
        inner = self.phrase_at(self.index_at(quote.inner_start))
        if inner is not None and inner.end == quote.inner_end and inner.head != "none":
            return inner
        span = (quote.inner_start, quote.inner_end)
        return Phrase(quote.inner_start, quote.inner_end, "name", name=span)

    def _alias_closes_topic(self, phrase_end: int, topic_end: int) -> bool:
        """ "أما قائد القوات فلان «الكنية» فكتب": a name the topic also goes by, in quotes
        right after it, closes the topic at ``topic_end``."""
        after = self.index_at(phrase_end)
        quote = self._short_quote_at(after)
        return (
            quote is not None
            and quote.start >= phrase_end
            and quote.end == topic_end
            and not self.newline_between(phrase_end, quote.start)
        )

    def relative_subject(self, verb_start: int) -> Phrase | None:
        """ "فروسيا التي ضمت …، تطالب كييف …", "الوزير فلان، الذي …، قال إن": a subject
        opening its sentence, a relative clause after it, then a comma and the verb at
        ``verb_start``."""
        index = self.index_at(verb_start) - 1
        if index < 2 or self.tokens[index].text != ",":
            return None
        first = self.index_at(max(self.sentence_start(verb_start), self.line_start(verb_start)))
        phrase = self.phrase_at(first)
        if phrase is None or not phrase.plausible:
            return None
        at = self.index_at(phrase.end)
        if at < index and self.tokens[at].text == ",":
            at += 1
        if (
            phrase.head in ("name", "entity")
            and phrase.name is not None
            and at < index
            and self.tokens[at - 1].text == ","
            and self.head_kind(at) == "title"
            and all(token.word for token in self.tokens[at:index])
        ):
            # "إلهام أحمد، الرئيسة المشتركة لدائرة …، كتبت أن …": a name, its title
            # between commas, then the verb.
            return phrase
        if phrase.head not in ("title", "institution", "entity", "anonymous"):
            return None
        if at >= index or self.tokens[at].text not in _RELATIVES:
            return None
        if any(not token.word for token in self.tokens[at:index]):
            return None
        found = self.entity_at(phrase.start)
        if phrase.head == "entity" and found is not None and found[0] > phrase.start:
            # "فروسيا": the speaker is written after the conjunction ف / و.
            name = (found[0], phrase.name[1]) if phrase.name is not None else None
            return attrs.evolve(phrase, start=found[0], name=name)
        return phrase

    def _body_at(self, index: int) -> bool:
        """Whether an institution or group (gazetteer or institution head) starts at ``index``."""
        found = self.entity_at(self.tokens[index].start)
        if found is not None and found[2].kind in (
            EntityKind.ORGANIZATION,
            EntityKind.GROUP,
        ):
            return True
        return self.head_kind(index) == "institution"

    def extend_name(self, end: int) -> int:
        """A person's name goes on over "آل ثاني", "بن سلمان" after the gazetteer's form."""
        index = self.index_at(end)
        while (
            index + 1 < len(self.tokens)
            and self.tokens[index].text in ("ال", "بن", "ابن", "بنت")
            and self.tokens[index + 1].word
            and not self.newline_between(end, self.tokens[index].start)
        ):
            end = self.tokens[index + 1].end
            index += 2
        return end

    def medium_after_lam(self, index: int) -> Phrase | None:
        """ "لوكالة رويترز", "لصحيفة الشرق الأوسط": a medium told (ل + medium head)."""
        token = self.tokens[index]
        if _lam_noun(token.text) not in self.lexicon.media_heads:
            return None
        if any(e.kind is not EntityKind.MEDIA for _, _, e in self._entities_in(token)):
            return None  # "للوكالة الدولية للطاقة الذرية": a body, not a news agency
        end = token.end
        nxt = index + 1
        if nxt < len(self.tokens) and self.tokens[nxt].text == '"':
            quote = self.quotes.starting_at(self.tokens[nxt].start)
            if quote is not None and self.quoted_name(quote):
                return Phrase(quote.inner_start, quote.inner_end, "media")  # لشبكة «سي إن إن»
        while nxt < len(self.tokens) and nxt <= index + 3 and not self._ends_name(nxt):
            if self.tokens[nxt].text == '"':
                break
            end = self.tokens[nxt].end
            nxt += 1
        return Phrase(token.start + (2 if token.text.startswith("لل") else 1), end, "media")

    def _is_prepositional(self, index: int) -> bool:
        """A word with a glued preposition (بال…، لل…، ب…) that is not a known name."""
        token = self.tokens[index]
        word = token.text
        if self.entity_at(token.start) is not None or word in self.lexicon.party_words:
            return False
        if self.head_kind(index) is not None:
            return False  # "بعثة الأمم المتحدة": a head noun that starts with ب
        if word.startswith(("بال", "لل", "كال")):
            return True
        if word[:1] in ("ب", "ل") and len(word) > 4 and word.endswith(_POSSESSIVES):
            return True  # "بإطلاقهم", "بانسحابها": a noun with its pronoun is no name
        if word[:1] in ("ب", "ل") and len(word) > 3:
            # "قال بيدرسون إن": a short name right before a marker; else a preposition.
            for size in (1, 2):
                last = index + size - 1
                if last >= len(self.tokens) or not self.tokens[last].word:
                    break
                if size == 2 and self.definite(last):
                    # "أقر المدرب بتفوق المنافس،": a verbal noun on a definite genitive is
                    # the content; a name read apart is a known entity or stands alone.
                    break
                after = last + 1
                if self.followed_by_marker(self.tokens[last].end) and not (
                    after < len(self.tokens)
                    and self.tokens[after].text in _CONTENT_PREPOSITIONS
                    and not self._channel_follows(after + 1)  # "لورانس كانيوكا على منصة إكس"
                ):
                    return False  # not "طالب بانسحاب المرتزقة من …": the content goes on
            return True
        return False

    def _said_after_ba(self, index: int) -> bool:
        """Whether the word at ``index`` is بـ glued to what was said, right after a verb
        whose words follow بـ (fourth field ``ba``: "طالب بـ…"، "ندد بـ…").

        "وتطالب بوقف "…""، "كما طالب بانسحاب عناصر «…»"، "وتطالب باعتراف دولي.": a mark
        after such a word ends no name, the verb says its words after بـ. A name that
        starts with ب is the verb's subject when the verb's own بـ follows within two
        words ("طالبت بوجمبورا مراراً بانسحاب …"، "اكتفى فلان بالتعادل"). Not a known
        entity or a head noun ("بعثة الأمم المتحدة").
        """
        if index < 1:
            return False
        token = self.tokens[index]
        if not token.text.startswith("ب") or len(token.text) <= 3:
            return False
        if self.entity_at(token.start) is not None or self.head_kind(index) is not None:
            return False
        verb = self.tokens[index - 1].text
        form = self.lexicon.verbs.get(verb) or self.lexicon.verbs.get(_WITH_CLITIC.sub("", verb))
        if form is None or not form.says_after_ba:
            return False
        for at in range(index + 1, min(index + 3, len(self.tokens))):
            after = self.tokens[at]
            if not after.word:
                break
            if after.text.startswith("ب") and len(after.text) > 3:
                return False  # the verb's بـ comes after a name
        return True

    def is_apposition(self, phrase: Phrase | None, speaker: Phrase) -> bool:
        """A title or a name between commas after a speaker ("جي دي فانس، نائب الرئيس،").

        An unknown name is an apposition only of a title with no name of its own
        ("رئيس الجمهورية، ليونيد باشنيك"); after a named speaker the words after a
        comma are something else ("بحسب وزارة الصحة، ارتفع عدد الضحايا").
        """
        if phrase is None or not phrase.plausible:
            return False
        if phrase.head not in ("title", "name", "entity"):
            return False
        if phrase.head == "name" and (speaker.head != "title" or speaker.name is not None):
            return False
        index = self.index_at(phrase.end)
        if index >= len(self.tokens) or self.newline_between(phrase.end, self.tokens[index].start):
            return True
        word = self.tokens[index].text
        return (
            word in (",", ":", ".", "(", '"')
            or word in _COMPLEMENTIZERS
            or word in _ADVERBIAL_PREPOSITIONS
            or bool(self._in(self.lexicon.stops, index))
            or word.startswith("لل")
        )

    def _title_portfolio_end(self, phrase: Phrase, speaker: Phrase, index: int) -> int:
        """Past the portfolio that ends a title between commas, else ``index``.

        "فلان، مستشار الرئيس ترامب للشؤون الأفريقية، إن …": the title phrase stops at the
        name inside it, and the words with لل that name the office's field or body go on
        to the comma that closes the apposition. A channel with لل (للصحفيين) is no
        portfolio, and neither are words that run on past the comma's place (no comma).
        After a title with no name ("رئيس الوفد، مستشار الرئيس فلان للشؤون الأمنية، علان،")
        the name after the second title is the speaker, read as before.
        """
        if (
            phrase.head != "title"
            or (speaker.head == "title" and speaker.name is None)
            or index >= len(self.tokens)
            or not self.tokens[index].text.startswith("لل")
            or self._starts_adverbial(index)
        ):
            return index
        end = self._skip_chunk(index)
        if end < len(self.tokens) and self.tokens[end].text == "," and end - index <= 4:
            return end
        return index

    def _starts_adverbial(self, index: int) -> bool:
        """Whether the words at ``index`` open an adverbial to skip."""
        word = self.tokens[index].text
        if word in _ADVERBIAL_PREPOSITIONS or self._in(self.lexicon.stops, index):
            return True
        if word in ("علي",) and self._channel_follows(index + 1):
            return True
        # "للصحفيين", "لوسائل الإعلام": a channel written with ل; "لوكالة رويترز".
        return word.startswith("ل") and (
            self._channel_at(self.tokens[index].start)
            or _lam_noun(word) in self.lexicon.media_heads
        )

    def _channel_follows(self, index: int) -> bool:
        """Whether a channel (or a page, account or platform) follows: "على "تليغرام""."""
        if index < len(self.tokens) and self.tokens[index].text == '"':
            index += 1
        return index < len(self.tokens) and (
            self._channel_at(self.tokens[index].start)
            or self.tokens[index].text.startswith(_PLATFORM_WORDS)
        )

    def _channel_at(self, offset: int) -> bool:
        """Whether a channel cue starts at normalised ``offset``."""
        pattern = self.lexicon.channel_pattern
        return pattern is not None and pattern.match(self.text, offset) is not None

    def _skip_adverbial(self, index: int) -> int:
        """Skip an adverbial: up to a comma, colon, quote opening content, or complementizer.

        "في بيان" with nothing of the kind ahead in the clause ends after the channel
        and its adjectives: "وأكدت القوات في بيان رسمي التزامها …" (the object follows).
        """
        platform = index + 1
        if (
            platform < len(self.tokens)
            and self.tokens[index].text in ("عبر", "علي", "في")
            and self.tokens[platform].text.startswith(_PLATFORM_WORDS)
            and not self._said_ahead(platform)
        ):
            # "أعلن النادي عبر موقعه الرسمي تجديد عقد مدربه": after the page and its
            # adjectives, the object.
            platform += 1
            while platform < len(self.tokens) and (
                (self.definite(platform) and _NISBA.match(self.tokens[platform].text))
                or self.tokens[platform].text in _CHANNEL_ADJECTIVES
            ):
                platform += 1
            if platform < len(self.tokens) and self.tokens[platform].word:
                following = self.tokens[platform].text
                if not (
                    following in ("علي", "عبر", "في")
                    or self._channel_at(self.tokens[platform].start)
                ):
                    return platform
        cue = self._channel_length(index + 1)
        after_cue = -1
        if cue:
            after_cue = index + 1 + cue
            while (after_cue < len(self.tokens) and _NISBA.match(self.tokens[after_cue].text)) or (
                after_cue < len(self.tokens) and self.tokens[after_cue].text in _CHANNEL_ADJECTIVES
            ):
                after_cue += 1
            if not self._marker_in_clause(index + 1):
                return after_cue
        index += 1
        while index < len(self.tokens):
            word = self.tokens[index].text
            if word in (",", ":") or word in _COMPLEMENTIZERS or word in _SENTENCE_MARKS:
                return index
            if word == '"':
                quote = self.quotes.starting_at(self.tokens[index].start)
                if quote is not None and self.quoted_name(quote):
                    before = self.tokens[index - 1].text if index > 0 else ""
                    index = self.index_at(quote.end)  # a name in quotes: منصة "X"
                    if (
                        before.startswith(_PLATFORM_WORDS)
                        and index < len(self.tokens)
                        and self.tokens[index].word
                        and not self._said_ahead(index)
                    ):
                        # "أعلن النادي عبر حسابه على منصة "إكس" دخوله في …": the object
                        # follows the platform's name.
                        return index
                    continue
                return index
            if index == after_cue and word.startswith("بال") and self._is_prepositional(index):
                return index  # "ورحب فلان في بيان بالاتفاق، …": the governed preposition
            if (
                word in _CONTENT_PREPOSITIONS
                and not self._channel_follows(index + 1)
                and not self._marker_ahead(index + 1)
            ):
                # "في الوقت نفسه على ضرورة": the governed preposition opens the content;
                # "في بيان صادر عن مكتبه:" — the colon ahead does.
                return index
            index += 1
        return index

    def posted_on(self, verb_end: int, content_start: int | None) -> bool:
        """Whether a page, account or platform ("على منصة إكس"، "على حسابه"، "عبر
        تلغرام") stands between a verb of posting and what was said."""
        if content_start is None:
            return False
        for index in range(self.index_at(verb_end), self.index_at(content_start)):
            token = self.tokens[index]
            if token.word and (
                _lam_noun(token.text).startswith(_PLATFORM_WORDS)
                or token.bare.startswith(_PLATFORM_WORDS)
                or self._channel_at(token.start)
            ):
                return True
        return False

    def _channel_length(self, index: int) -> int:
        """How many tokens a channel cue at token ``index`` covers (0 when none)."""
        pattern = self.lexicon.channel_pattern
        if pattern is None or index >= len(self.tokens):
            return 0
        match = pattern.match(self.text, self.tokens[index].start)
        if match is None:
            return 0
        return self.index_at(match.end()) - index

    def _marker_in_clause(self, index: int) -> bool:
        """A colon, quote, comma or أن / إن ahead before the sentence ends."""
        while index < len(self.tokens):
            token = self.tokens[index]
            if token.text in (":", '"', ",") or token.text in _COMPLEMENTIZERS:
                return True
            if token.text in _SENTENCE_MARKS or (
                index > 0 and self.newline_between(self.tokens[index - 1].end, token.start)
            ):
                return False
            index += 1
        return False

    def _said_ahead(self, index: int) -> bool:
        """A colon or أن / إن ahead before the next comma or sentence end."""
        while index < len(self.tokens):
            token = self.tokens[index]
            if token.text == ":" or token.text in _COMPLEMENTIZERS:
                return True
            if token.text == "," or token.text in _SENTENCE_MARKS:
                return False
            index += 1
        return False

    def _marker_ahead(self, index: int) -> bool:
        """A colon, a quote or a bare أن / إن within a few words (the content's real start)."""
        for ahead in range(index, min(index + 6, len(self.tokens))):
            word = self.tokens[ahead].text
            if word == ":":
                return True
            if word in _COMPLEMENTIZERS:
                before = self.tokens[ahead - 1].text
                return before not in _CONTENT_PREPOSITIONS and before not in ("في", "ب")
            if word in (",", ".") or word in _SENTENCE_MARKS:
                return False
        return False

    def _skip_chunk(self, index: int) -> int:
        """Skip to the next comma, colon, quote or complementizer (a relative clause, a relay)."""
        while index < len(self.tokens):
            word = self.tokens[index].text
            if word in (",", ":") or word in _COMPLEMENTIZERS or word in _SENTENCE_MARKS:
                return index
            if word == '"':
                quote = self.quotes.starting_at(self.tokens[index].start)
                if quote is not None and self.quoted_name(quote):
                    index = self.index_at(quote.end)
                    continue
                return index
            index += 1
        return index

    def _alias(self, index: int) -> Phrase | None:
        """ "الذي يُعرف باسم "فلان"" / "المعروف باسم "فلان"" at ``index``: the quoted name."""
        at = index
        if at < len(self.tokens) and self.tokens[at].text in _RELATIVES:
            at += 1
            if at >= len(self.tokens) or self.tokens[at].text not in ("يعرف", "تعرف"):
                return None
        elif at >= len(self.tokens) or self.tokens[at].text not in ("المعروف", "المعروفه"):
            return None
        at += 1
        if at + 1 >= len(self.tokens) or self.tokens[at].text not in ("باسم", "ب"):
            return None
        quote = self.quotes.starting_at(self.tokens[at + 1].start)
        if quote is None or not quote.closed or not 1 <= len(quote.inner(self.text).split()) <= 4:
            return None
        span = (quote.inner_start, quote.inner_end)
        return Phrase(quote.inner_start, quote.inner_end, "name", name=span)

    def _quoted_body(self, quote: Quote | None) -> bool:
        """A short closed quote naming a body (an institution head or a gazetteer
        organisation or group first) that the reporting clause goes on after."""
        if quote is None or not quote.closed:
            return False
        words = quote.inner(self.text).split()
        if not 2 <= len(words) <= 7:
            return False
        after = self.index_at(quote.end)
        if (
            after >= len(self.tokens)
            or self.newline_between(quote.end, self.tokens[after].start)
            or self.tokens[after].text in _SENTENCE_MARKS
        ):
            return False  # the quote ends the clause: it is what was said
        first = self.index_at(quote.inner_start)
        if self.head_kind(first) == "institution":
            return True
        found = self.entity_at(quote.inner_start)
        return found is not None and found[2].kind in (EntityKind.ORGANIZATION, EntityKind.GROUP)

    def _skip_short_relative(self, index: int) -> int:
        """After a speaker, a relative clause of one or two words with no comma before
        what was said ("… التي يتزعمها بالإفراج عن …") is skipped."""
        if index >= len(self.tokens) or self.tokens[index].text not in _RELATIVES:
            return index
        for size in (1, 2):
            at = index + 1 + size
            if at >= len(self.tokens) or not all(t.word for t in self.tokens[index + 1 : at]):
                return index
            nxt = self.tokens[at].text
            if (
                nxt in _COMPLEMENTIZERS
                or nxt in _CONTENT_PREPOSITIONS
                or (nxt.startswith("ب") and len(nxt) > 3 and self._is_prepositional(at))
            ):
                return at
        return index

    def quoted_name(self, quote: Quote) -> bool:
        """A short closed quote that names something (منصة "X"، لشبكة «سي إن إن») in a clause.

        It is a name, not the content, when the reporting clause goes on after it: a
        comma, a colon, أن / إن, a preposition or more words, not the sentence end.
        """
        if not quote.closed or len(quote.inner(self.text).split()) > 4:
            return False
        index = self.index_at(quote.end)
        if index >= len(self.tokens) or self.newline_between(quote.end, self.tokens[index].start):
            return False
        return self.tokens[index].text not in _SENTENCE_MARKS

    def _skip_parentheses(self, index: int) -> int:
        """The index after a bracketed group starting at ``index``."""
        depth = 0
        while index < len(self.tokens):
            word = self.tokens[index].text
            depth += word == "("
            depth -= word == ")"
            index += 1
            if depth <= 0:
                break
        return index

    def _relay_medium(self, index: int) -> Phrase | None:
        """The medium after "وفق ما نقلت": "وكالة "تاس" الروسية"."""
        if index < len(self.tokens) and self.tokens[index].text in self.lexicon.relay_verbs:
            index += 1
        if index >= len(self.tokens):
            return None
        phrase = self.phrase_at(index)
        if phrase is not None and (phrase.head == "media" or self._is_media_entity(phrase)):
            return phrase
        return None

    def _is_media_entity(self, phrase: Phrase) -> bool:
        """Whether a phrase starts with a gazetteer medium."""
        found = self.entity_at(phrase.start)
        return found is not None and found[2].kind is EntityKind.MEDIA

    # -- speaker phrases -------------------------------------------------------------

    def phrase_at(self, index: int) -> Phrase | None:
        """The speaker phrase starting at token ``index``, or None when none starts there."""
        if index not in self._phrases:
            self._phrases[index] = self._phrase_at(index)
        return self._phrases[index]

    def _phrase_at(self, index: int) -> Phrase | None:
        """Read the speaker phrase at ``index`` (uncached; see :meth:`phrase_at`)."""
        if index >= len(self.tokens) or not self.tokens[index].word:
            return None
        if (
            self.tokens[index].bare in _QUANTIFIERS
            and index + 2 < len(self.tokens)
            and self.tokens[index + 1].text == "من"
        ):
            # "عدد من المسؤولين", "كثير من المراقبين": the noun after من heads the phrase.
            inner = self.phrase_at(index + 2)
            if inner is None:
                return None
            return attrs.evolve(inner, start=self.tokens[index].start)
        first = self.tokens[index]
        head = self.head_kind(index)
        if head == "none":
            return Phrase(first.start, first.end, "none", plausible=False)
        if head == "party":
            size = self._in(self.lexicon.party_words, index)
            end = self.tokens[index + size - 1].end
            return Phrase(first.start, end, "party")
        found = self.entity_at(first.start)
        if head is None and found is not None and not _is_demonym(found[2], found, self.text):
            _, entity_end, entity = found
            end = self._extend_entity(entity_end)
            return Phrase(
                first.start,
                end,
                "entity",
                name=(first.start, entity_end) if entity.kind is EntityKind.PERSON else None,
            )
        if head is None and found is None and self._owned_title(index):
            # "ودعا رئيسها فلان …", "فقال أمينه العام الشيخ فلان": a title with its
            # pronoun speaks only with the name after it.
            owned = self._headed_phrase(index, "title")
            if owned.name is not None:
                return owned
        if head == "document":
            return self._document_phrase(index)
        if head in ("title", "institution", "anonymous", "media"):
            return self._headed_phrase(index, head)
        if self.definite(index):
            return self._definite_phrase(index)
        return self._name_phrase(index)

    def source_at(self, index: int) -> Phrase | None:
        """The source a relay names ("بحسب مصدر …", "وفقا لمصادر مطلعة", "عن المتحدث …").

        Only a speaker-like phrase is a source: a known entity, a title, an
        institution, an anonymous source, a medium or a document — not "بحسب الخطة"
        or "وفق الجدول الزمني".
        """
        if index >= len(self.tokens):
            return None
        token = self.tokens[index]
        if (
            token.text.startswith("ل")
            and len(token.text) > 3
            and self.entity_at(token.start) is None
        ):
            # "وفقا لمصادر مطلعة", "طبقا للخارجية": the source is glued to ل.
            bare = token.text[1:]
            if bare in self.lexicon.anonymous_heads:
                end = token.end
                nxt = index + 1
                while nxt < len(self.tokens) and not self._ends_name(nxt) and nxt - index <= 3:
                    end = self.tokens[nxt].end
                    nxt += 1
                return Phrase(token.start + 1, end, "anonymous")
            owner = self._after_lam(index)
            if owner is not None and owner.head == "entity":
                return owner
            return None
        phrase = self.phrase_at(index)
        if phrase is None or (
            phrase.head in ("definite", "name") and self.entity_at(token.start) is None
        ):
            return None
        return phrase

    def _media_entity_in(self, token: Token) -> Phrase | None:
        """A gazetteer medium written inside ``token`` after a clitic ("لرويترز")."""
        for start, end, entity in self._entities_in(token):
            if token.start < start and entity.kind is EntityKind.MEDIA:
                return Phrase(start, end, "media")
        return None

    def _document_phrase(self, index: int) -> Phrase:
        """ "البيان", "بيان للجيش السوداني", "بيان صادر عن الخارجية": a document and its issuer."""
        first = self.tokens[index]
        owner: Phrase | None = None
        nxt = index + 1
        definite = self.definite(index)
        while nxt < len(self.tokens) and (
            self.tokens[nxt].text in _CHANNEL_ADJECTIVES
            or (self.definite(nxt) == definite and _NISBA.match(self.tokens[nxt].text))
            or self.tokens[nxt].bare in _DOCUMENT_ADJECTIVES
        ):
            nxt += 1  # "بيان مشترك للجنة", "البيان الختامي للوسطاء", "بيان أمريكي مقتضب"
        if nxt < len(self.tokens) and self.tokens[nxt].text in ("صادر", "صادره"):
            nxt += 1
            if nxt < len(self.tokens) and self.tokens[nxt].text == "عن":
                owner = self.phrase_at(nxt + 1)
        elif nxt < len(self.tokens) and self.tokens[nxt].text.startswith("ل"):
            owner = self._after_lam(nxt)
        if owner is not None and owner.head in ("none", "party", "document", "name"):
            owner = None
        # "البيان الختامي المشترك": with no issuer, the document keeps its adjectives.
        end = owner.end if owner is not None else self.tokens[nxt - 1].end
        return Phrase(first.start, end, "document", owner=owner)

    def _after_lam(self, index: int) -> Phrase | None:
        """The body written after ل ("للجيش السوداني", "لحركة حماس"), as a phrase."""
        token = self.tokens[index]
        for start, end, entity in self._entities_in(token):
            if token.start < start and entity.kind is not EntityKind.PERSON:
                return Phrase(start, self._extend_entity(end), "entity")
        word = token.text[1:]
        if word.startswith("ل"):  # "للجيش": ل + الجيش
            word = "ا" + word
        if self.head_kind(index) is None and not _definite(word):
            return None
        end = token.end
        nxt = index + 1
        while nxt < len(self.tokens) and self.definite(nxt) and _NISBA.match(self.tokens[nxt].text):
            end = self.tokens[nxt].end
            nxt += 1
        return Phrase(token.start + 1, end, "definite")

    def _extend_entity(self, end: int) -> int:
        """Adjectives and a coordinated partner after an entity.

        "وكالة تاس الروسية" keeps "الروسية"; "كييف وحلفاؤها الأوروبيون" is one group.
        """
        index = self.index_at(end)
        if (
            index < len(self.tokens)
            and self.tokens[index].text.startswith("و")
            and len(self.tokens[index].text) > 3
            and not self.newline_between(end, self.tokens[index].start)
            and (
                self.entity_at(self.tokens[index].start) is not None
                or self.tokens[index].text.endswith(PRONOUNS_WITHOUT_DUAL)
            )
            and not self.is_verb(self.tokens[index].text)
        ):
            end = self.tokens[index].end
            index += 1
        while (
            index < len(self.tokens)
            and _NISBA.match(self.tokens[index].text)
            and self.definite(index)
            and not self._in(self.lexicon.stops, index)
        ):
            end = self.tokens[index].end
            index += 1
        return end

    def _headed_phrase(self, index: int, head: str) -> Phrase:
        """A title, institution, anonymous source or medium with its modifiers and name."""
        start = self.tokens[index].start
        head_index = index
        # A head of several words ("وسائل إعلام", "الأمين العام") is read whole.
        size = max(
            self._in(words, index)
            for words in (
                self.lexicon.media_heads,
                self.lexicon.anonymous_heads,
                self.lexicon.title_heads,
                self.lexicon.institution_heads,
            )
        )
        index += max(size, 1)
        end = head_end = self.tokens[index - 1].end
        name: tuple[int, int] | None = None
        placed = False
        while index < len(self.tokens):
            token = self.tokens[index]
            word = token.text
            if not token.word:
                if word == '"':
                    quote = self.quotes.starting_at(token.start)
                    if (
                        quote is not None
                        and quote.closed
                        and len(quote.inner(self.text).split()) <= 3
                    ):
                        end = quote.end  # وكالة "تاس"
                        index = self.index_at(quote.end)
                        continue
                if word == "(" and head == "title" and name is None:
                    after = self._skip_parentheses(index)
                    if after < len(self.tokens) and after - index <= 5:
                        found = self.entity_at(self.tokens[after].start)
                        if (found is not None and found[2].kind is EntityKind.PERSON) or (
                            self._name_end(after) is not None
                            and self.followed_by_marker(self._name_end(after) or 0)
                            and not self.definite(after)
                        ):
                            # "عضو المكتب السياسي لجماعة أنصار الله (الحوثيين) فلان":
                            # another name of the body in brackets, then the person's.
                            index = after
                            continue
                break
            if (
                head == "title"
                and word in ("في", "عن")
                and name is None
                and index + 1 < len(self.tokens)
                and self.tokens[index + 1].text == '"'
            ):
                # "النائب عن "حزب الله" فلان": the body named in quotes is in the title.
                quote = self.quotes.starting_at(self.tokens[index + 1].start)
                after_quote = self.index_at(quote.end) if quote is not None else index
                if (
                    quote is not None
                    and quote.closed
                    and len(quote.inner(self.text).split()) <= 4
                    and after_quote < len(self.tokens)
                    and self._name_end(after_quote) is not None
                    and self.followed_by_marker(self._name_end(after_quote) or 0)
                    and not self.definite(after_quote)
                ):
                    end = quote.end
                    index = after_quote
                    continue
            if (
                head == "title"
                and word in ("في", "عن")
                and index + 1 < len(self.tokens)
                and (self._body_at(index + 1))
                and (word == "في" or name is None)
            ):
                # "القيادي في حركة حماس", "عضو في المكتب السياسي": the body is in the title.
                body = (
                    self.phrase_at(index + 1)
                    if self.head_kind(index + 1) == "institution"
                    else None
                )
                named = self._name_after_named_body(index + 1, body)
                if named:
                    # "الباحث في مركز كارنيغي فلان"، "الباحث في مركز جسور للدراسات فلان"،
                    # "الباحث في مؤسسة "…" فلان": a body with its own name (and what it is
                    # for), then the person's name.
                    end = self.tokens[named - 1].end
                    index = named
                    continue
                index += 1
                continue
            if (
                head == "title"
                and word in ("في", "عن")
                and name is None
                and end > head_end
                and self._place_before_apposition(index + 1)
            ):
                # "رئيسة بعثة الصليب الأحمر في اليمن، فلانة،", "عضو اللجنة عن المنطقة
                # الغربية، اللواء فلان،": where the office sits, before the name apposed.
                index = self._place_before_apposition(index + 1)
                end = self.tokens[index - 1].end
                continue
            if head == "title" and word == "في" and name is None:
                after_place = self._place_before_name(index + 1)
                if after_place:
                    # "رئيس المكتب السياسي للحركة في غزة فلان": where the office sits, then
                    # the name; the place does not cut the name off.
                    end = self.tokens[after_place - 1].end
                    index = after_place
                    continue
                field_end = self._field_before_name(index + 1)
                if field_end is not None:
                    # "الباحث في الشؤون الإسرائيلية مهند مصطفى": the field is in the title.
                    end = self.tokens[field_end - 1].end
                    index = field_end
                    continue
            if head == "anonymous" and word == "في" and index + 1 < len(self.tokens):
                # "مصدر في الخارجية الروسية": where the source sits.
                word = "مطلع"
            if head == "anonymous" and word in _CLOSE_TO and index + 1 < len(self.tokens):
                # "مصدر مطلع على المفاوضات", "مصادر مقربة من الوفد".
                index += 1
                end = token.end
                if token.text == "في":
                    index -= 1
                if self.tokens[index].text in ("علي", "من", "في"):
                    index += 1
                    taken = 0
                    while (
                        index < len(self.tokens)
                        and taken < 4
                        and self.tokens[index].word
                        and not self._ends_name(index)
                        and self.medium_after_lam(index) is None
                        and not self._channel_at(self.tokens[index].start)
                        and not self.tokens[index].text.startswith("قول")  # "… قوله إن"
                    ):
                        end = self.tokens[index].end
                        index += 1
                        taken += 1
                continue
            if (
                word in ("الي", "لدي")
                and not placed
                and any(
                    self._in(self.lexicon.envoy_titles, at) for at in range(head_index, index)
                )  # "نائبة المبعوث الأمريكي إلى الشرق الأوسط"
                and index + 1 < len(self.tokens)
                and self.entity_at(self.tokens[index + 1].start) is not None
            ):
                # "المبعوث الأممي إلى اليمن": the place is part of the title.
                found = self.entity_at(self.tokens[index + 1].start)
                assert found is not None
                end = found[1]
                index = self.index_at(found[1])
                placed = True
                continue
            if self._in(self.lexicon.party_words, index):
                break
            if head == "title" and name is None and end > head_end and word in ("من", "في"):
                named = self._name_after_body(index)
                if named:
                    # "رئيس الحكومة المكلفة من مجلس النواب فلان", "مفوض حقوق الإنسان في
                    # البرلمان الكيني فلان": the body that gave the office, then the name.
                    end = self.tokens[named - 1].end
                    index = named
                    continue
            if (
                word in _COMPLEMENTIZERS
                or word in _CONTENT_PREPOSITIONS
                or (word in _ADVERBIAL_PREPOSITIONS and word != "مع")
                or (
                    self._in(self.lexicon.stops, index)
                    # "المبعوث الحالي فلان": a title's adjective, though a time word too
                    and not (head == "title" and self._in(self.lexicon.title_modifiers, index))
                )
                or self.is_verb(word)
                or self.is_relay(index)
                or word in _RELATIVES
            ):
                break
            found = self.entity_at(token.start)
            if found is not None and found[2].kind is EntityKind.PERSON:
                served_end = (
                    self._served_holder_end(index, head_index + max(size, 1), found)
                    if head == "title" and name is None
                    else None
                )
                if served_end is not None:
                    # "مستشار الرئيس سلفا كير للشؤون الأمنية فلان": whose adviser it is.
                    end = self.tokens[served_end - 1].end
                    index = served_end
                    continue
                name = (found[0], self.extend_name(found[1]))
                end = name[1]
                break
            if found is not None and found[1] > token.start and head != "anonymous":
                # "المتحدث باسم جماعة أنصار الله": a body inside the title.
                end = found[1]
                index = self.index_at(found[1])
                continue

            modifier = self._in(self.lexicon.title_modifiers, index) if head == "title" else 0
            if modifier and not self.definite(index) and name is None:
                # "رئيس الوزراء بالإنابة فلان": a modifier without the article (acting)
                # belongs to the title as those with it do.
                end = self.tokens[index + modifier - 1].end
                index += modifier
                continue
            if head == "anonymous" and self.definite(index) and not _NISBA.match(word):
                break  # "أبلغ مسؤول إسرائيلي القناة 13": the object, not the source
            if (
                self.definite(index)
                and not _NISBA.match(word)
                and self._after_demonym(index)
                and not self._in(self.lexicon.title_modifiers, index)
                and not (head == "title" and self._in(self.lexicon.title_heads, index))
            ):
                # "وصف الرئيس الصومالي الاتفاق": after the demonym, the object; but a rank
                # may follow it ("الخبير العسكري اللواء فلان").
                break
            if head == "title" and name is None:
                body_end = self._lam_body_end(index)
                if (
                    body_end is not None
                    and body_end < len(self.tokens)
                    and self.tokens[body_end].word
                    and not self.definite(body_end)
                    and self._person_or_name_at(body_end)
                ):
                    # "المدير العام للوكالة فلان"، "المدير العام لـ"…" فلان"، "الرئيسة
                    # المشاركة لحزب «…» فلانة": the body the office belongs to, then the
                    # holder's name; not a medium told, which follows the name.
                    end = self.tokens[body_end - 1].end
                    index = body_end
                    continue
            if head == "title" and _lam_noun(word) in self.lexicon.title_heads:
                # "المستشار القانوني لقائد الدعم السريع": the office of another title.
                end = token.end
                index += 1
                continue
            if head in ("title", "institution"):
                genitive_end = self._lam_genitive(index)
                if (
                    genitive_end is None
                    and head == "title"
                    and index > head_index
                    and not self.definite(index - 1)
                    and self.head_kind(index - 1) == "institution"
                ):
                    # "رئيس لجنة شؤون الأسرى": the body's name runs to its definite noun.
                    genitive_end = self._construct_chain(index)
                if genitive_end is not None:
                    # "مفوض البرلمان لحقوق الإنسان", "لجنة الدولة لشؤون الأسرى": what the
                    # office is for belongs to its title.
                    end = self.tokens[genitive_end - 1].end
                    index = genitive_end
                    continue
            if (
                word in ("باسم", "باسمه", "باسمها", "باسمهم")
                or self.definite(index)
                or (
                    word.startswith("لل")
                    # "وقال أمين للصحفيين": whom it was told to, no part of the title
                    and not self._channel_at(token.start)
                    and self.medium_after_lam(index) is None
                )
                or (_NISBA.match(word) and head in ("anonymous", "media", "institution"))
                or self.head_kind(index) in ("title", "institution")
            ):
                end = token.end
                index += 1
                continue
            if head == "anonymous" and word in (
                "مطلع",
                "مطلعه",
                "مقرب",
                "مقربه",
                "رفيع",
                "رفيعه",
                "المستوي",
                "كبير",
                "بارز",
            ):
                end = token.end
                index += 1
                continue
            if head == "media" and word.isdigit():
                end = token.end  # "القناة 12"
                index += 1
                continue
            if head in ("media", "institution"):
                if self.tokens[head_index].text.startswith("ال") or end > head_end:
                    break  # "الرئاسة الروسية التزامها": a definite body has no name after it
                # "وكالة تاس", "حركة حماس": the name of the medium or body.
                end = token.end
                index += 1
                while (
                    index < len(self.tokens)
                    and self.tokens[index].word
                    and (self.definite(index) and _NISBA.match(self.tokens[index].text))
                ):
                    end = self.tokens[index].end
                    index += 1
                break
            if head == "anonymous":
                break
            if head == "title" and name is None and self._construct_before_entity(index):
                # "وزير خارجية أرض الصومال فلان": a noun construct to a country or body
                # is the office, not a name.
                found = self.entity_at(self.tokens[index + 1].start)
                assert found is not None
                end = found[1]
                index = self.index_at(found[1])
                continue
            if head == "title" and name is None:
                owned = self._owned_complement(index)
                if owned:
                    # "وزير خارجيتها فلان", "رئيس أركان جيشها فلان": the office of a body
                    # told before, its pronoun on the last noun, then the name.
                    end = self.tokens[owned - 1].end
                    index = owned
                    continue
            # A name after a title: "الرئيس بوتين", "وزير الدفاع رستم عمروف".
            if self._lone_word_object(index):
                break  # "نفى المتحدث … وجود أي مفاوضات": one word and no marker: the object
            if self.head_kind(index) in ("none", "document", "party"):
                break  # "وصف المتحدث … تصريحات غروسي": the object, not a name
            if self._is_prepositional(index) and not self._body_then_name(index):
                break  # "المتحدث العسكري بالهدنة": the content, not a name
            name_end = self._name_end(index)
            if name_end is None:
                break
            last = self.index_at(name_end) - 1
            after_name = last + 1
            if (
                last > index
                and self.definite(last)
                and after_name < len(self.tokens)
                and self.tokens[after_name].word
                and self.definite(after_name)
                and _NISBA.match(self.tokens[after_name].text)
            ):
                # "مفوضة حقوق الإنسان الروسية فلانة": a construct and its adjective are
                # the office, not a name; the name follows them.
                end = name_end
                index = after_name
                continue
            office_end = after_name
            while (
                last > index
                and self.definite(last)
                and office_end < len(self.tokens)
                and self.tokens[office_end].word
                and (self.definite(office_end) or self.tokens[office_end].text.startswith("وال"))
                and office_end - after_name < 4
            ):
                office_end += 1  # "جهاز الأمن والمخابرات الوطني"
            if (
                last > index
                and self.definite(last)
                and office_end < len(self.tokens)
                and self.tokens[office_end].word
                and not self.definite(office_end)
                and self.head_kind(office_end) is None
                and not self._ends_name(office_end)
                and self._person_or_name_at(office_end)
            ):
                # "مدرب تراكتور الكرواتي فلان أن …", "مدير جهاز الأمن والمخابرات الوطني
                # فلان، …": a noun and its definite words after the title are the office
                # when a name of its own follows them and ends the phrase.
                end = self.tokens[office_end - 1].end
                index = office_end
                continue
            if (
                last > index
                and self.definite(last)
                and after_name < len(self.tokens)
                and self.tokens[after_name].text in ("من", "في")
                and self._name_after_body(after_name)
            ):
                # "مفوض حقوق الإنسان في البرلمان الكيني فلان": a construct to a definite
                # noun is the office, when a body and a name follow it.
                named = self._name_after_body(after_name)
                end = self.tokens[named - 1].end
                index = named
                continue
            name = (token.start, name_end)
            end = name_end
            break
        return Phrase(start, end, head, name=name)

    def _served_holder_end(
        self, index: int, after_head: int, found: tuple[int, int, Entity]
    ) -> int | None:
        """ "مستشار الرئيس سلفا كير للشؤون الأمنية", "مبعوث الرئيس فلان للمهمات الخاصة":
        a person named at ``index`` right after a title head in construct to the phrase's
        own title (it starts at or after ``after_head``), then a portfolio with لل
        (``office_portfolios``) is the office-holder the title serves, part of the title:
        the adviser or envoy speaks, not the person served. The index past the portfolio
        and its adjectives, else None."""
        if not any(
            self.head_kind(at) == "title" and at + self._in(self.lexicon.title_heads, at) == index
            for at in range(max(after_head, index - 3), index)
        ):
            return None
        after = self.index_at(self.extend_name(found[1]))
        if after >= len(self.tokens) or not self.tokens[after].word:
            return None
        word = self.tokens[after].text
        if not word.startswith("لل") or "ال" + word[2:] not in self.lexicon.office_portfolios:
            return None
        end = after + 1
        while (
            end < len(self.tokens)
            and self.tokens[end].word
            and self.definite(end)
            and (_NISBA.match(self.tokens[end].text) or self._in(self.lexicon.title_modifiers, end))
        ):
            end += 1  # "للشؤون الأمنية"، "للمهمات الخاصة"
        return end

    def _lam_body_end(self, index: int) -> int | None:
        """A body after a title's ل at ``index``: ل written apart before its name in
        quotes (لـ"…"), or a body's or medium's head glued to ل with its name in quotes
        ("لحزب «…»") or with the article, a body named before ("للوكالة"). The index past
        it, else None."""
        token = self.tokens[index]
        if token.text == "ل":
            after = index + 1
        elif (
            _lam_noun(token.text) in self.lexicon.institution_heads
            or _lam_noun(token.text) in self.lexicon.media_heads
        ) and not self._channel_at(token.start):
            after = index + 1
            if token.text.startswith("لل") and (
                after >= len(self.tokens) or self.tokens[after].text != '"'
            ):
                return after  # "للوكالة": the body named before
        else:
            return None
        if after >= len(self.tokens) or self.tokens[after].text != '"':
            return None
        quote = self.quotes.starting_at(self.tokens[after].start)
        if quote is None or not quote.closed or not self.quoted_name(quote):
            return None
        return self.index_at(quote.end)

    def _name_after_named_body(self, index: int, body: Phrase | None) -> int:
        """After a title's في: where a person's name starts that follows an indefinite body
        with a name of its own at ``index`` ("مركز كارنيغي"، "مؤسسة "…""), and the genitive
        of what the body is for ("للدراسات الاستراتيجية"), when the name ends right before
        what ends a speaker phrase; else 0."""
        if body is None or body.head != "institution" or self.definite(index):
            return 0
        at = self.index_at(body.end)
        if at < index + 2 or at >= len(self.tokens):
            return 0  # the body's head alone: no name of its own
        token = self.tokens[at]
        if (
            token.text.startswith("لل")
            and self.medium_after_lam(at) is None
            and not self._channel_at(token.start)
        ):
            at = self._past_nisbas(at + 1)  # "للدراسات الاستراتيجية": what the body is for
        if at >= len(self.tokens) or not self.tokens[at].word or self.definite(at):
            return 0
        found = self.entity_at(self.tokens[at].start)
        if found is not None:
            return at if found[2].kind is EntityKind.PERSON else 0
        end = self._name_end(at)
        return at if end is not None and self.followed_by_marker(end) else 0

    def _past_nisbas(self, at: int) -> int:
        """The index past the nisba adjectives with the article from ``at`` on (البرتغالي،
        الاستراتيجية): what follows a body's name before its holder's."""
        while (
            at < len(self.tokens)
            and self.tokens[at].word
            and self.definite(at)
            and _NISBA.match(self.tokens[at].text)
        ):
            at += 1
        return at

    def _body_then_name(self, index: int) -> bool:
        """ "مدرب بنفيكا البرتغالي فلان إن"، "المدير الفني لبيراميدز المصري فلان:": a body
        whose name starts with ب or ل (glued or its own letter), its nisba adjectives, then
        a person's name that ends the phrase: the office, not a preposition's object."""
        at = self._past_nisbas(index + 1)
        if at == index + 1 or at >= len(self.tokens):
            return False
        return (
            self.tokens[at].word
            and not self.definite(at)
            and self.head_kind(at) is None
            and self._person_or_name_at(at)
        )

    def _person_or_name_at(self, index: int) -> bool:
        """Whether a known person, or a name that ends the speaker phrase, starts at token
        ``index``."""
        found = self.entity_at(self.tokens[index].start)
        if found is not None:
            return found[2].kind is EntityKind.PERSON
        name_end = self._name_end(index)
        return name_end is not None and self.followed_by_marker(name_end)

    def _name_after_body(self, index: int) -> int:
        """At a title's من / في (``index``): the index of a person's name that follows a
        body of up to four words ending in a definite noun or adjective ("في البرلمان
        الكيني فلان،", "من مجلس النواب فلان في بيان"), else 0. Not past another title
        ("طلب الوزير من الرئيس فلان": the object) nor past the clause's end."""
        at = index + 1
        while at < len(self.tokens) and at - index <= 5:
            token = self.tokens[at]
            if not token.word or self.head_kind(at) in ("title", "none", "document", "media"):
                return 0
            if at > index + 1 and not self.definite(at) and self.definite(at - 1):
                person = self.entity_at(token.start)
                if person is not None:
                    return at if person[2].kind is EntityKind.PERSON else 0
                end = self._name_end(at)
                if end is None or not self.followed_by_marker(end):
                    return 0
                return at
            if self._ends_name(at) and not self.definite(at):
                return 0
            at += 1
        return 0

    def _lam_genitive(self, index: int) -> int | None:
        """ "لحقوق الإنسان", "لشؤون أسرى الحرب" at ``index``: the index past it, else None.

        A noun glued to ل, up to two more nouns, then the definite noun (and its
        adjectives) they are construct to. Not a medium or channel told ("لوكالة
        رويترز", "للصحفيين") and not a body after ل ("لحركة حماس").
        """
        token = self.tokens[index]
        word = token.text
        if (
            not word.startswith("ل")
            or word.startswith("لل")
            or len(word) < 4
            or self.medium_after_lam(index) is not None
            or self._channel_at(token.start)
            or self.head_kind(index) is not None
            or any(token.start < start < token.end for start, _, _ in self._entities_in(token))
        ):
            return None
        nxt = index + 1
        while nxt < len(self.tokens) and nxt - index <= 3 and self.tokens[nxt].word:
            if (
                self._ends_name(nxt)
                or self.entity_at(self.tokens[nxt].start) is not None
                or self._ba_construct(nxt)  # "فلان بتفوق المنافس": the verb's object
            ):
                return None
            if self.definite(nxt):
                nxt += 1
                while (
                    nxt < len(self.tokens)
                    and self.tokens[nxt].word
                    and self.definite(nxt)
                    and _NISBA.match(self.tokens[nxt].text)
                    and not self._in(self.lexicon.stops, nxt)
                ):
                    nxt += 1
                return nxt
            nxt += 1
        return None

    def _construct_chain(self, index: int) -> int | None:
        """Up to two indefinite nouns from ``index`` and the definite noun they are construct
        to ("شؤون الأسرى", "إعادة الإدماج"): the index past them, else None."""
        nxt = index
        while nxt < len(self.tokens) and nxt - index <= 2 and self.tokens[nxt].word:
            if (
                self._ends_name(nxt)
                or self.entity_at(self.tokens[nxt].start) is not None
                or self._ba_construct(nxt)  # "فلان بتفوق المنافس": the verb's object
            ):
                return None
            if self.definite(nxt):
                return None if nxt == index else nxt + 1
            nxt += 1
        return None

    def _entities_in(self, token: Token) -> list[tuple[int, int, Entity]]:
        """The gazetteer entities that start inside ``token``."""
        first = bisect.bisect_left(self._entity_starts, token.start)
        last = bisect.bisect_left(self._entity_starts, token.end)
        return self.entities[first:last]

    def _place_before_apposition(self, index: int) -> int:
        """After a title's في / عن: the index past a place or a few words that a comma and
        an apposed name follow ("في اليمن، دافني ماريه،", "عن ولاية نهر النيل، العميد
        فلان،"), else 0."""
        found = self.entity_at(self.tokens[index].start) if index < len(self.tokens) else None
        if found is not None and found[2].kind in (EntityKind.COUNTRY, EntityKind.PLACE):
            nxt = self.index_at(found[1])
        else:
            nxt = index
            while (
                nxt < len(self.tokens)
                and nxt - index < 4
                and self.tokens[nxt].word
                and not self._ends_name(nxt)
                and not self._in(self.lexicon.stops, nxt)
            ):
                nxt += 1
            if nxt == index:
                return 0
        if nxt + 1 >= len(self.tokens) or self.tokens[nxt].text != ",":
            return 0
        apposed = self.phrase_at(nxt + 1)
        if apposed is None or not apposed.plausible or apposed.head not in ("title", "name"):
            return 0
        if apposed.head == "title" and apposed.name is None:
            return 0
        after = self.index_at(apposed.end)
        if after >= len(self.tokens) or self.tokens[after].text != ",":
            return 0
        return nxt

    def _place_before_name(self, index: int) -> int:
        """After a title's في: the index past a country or place that a person's name
        follows ("في غزة فلان إن"), else 0."""
        if index >= len(self.tokens):
            return 0
        found = self.entity_at(self.tokens[index].start)
        if found is None or found[2].kind not in (EntityKind.COUNTRY, EntityKind.PLACE):
            return 0
        if _is_demonym(found[2], found, self.text):
            return 0
        after = self.index_at(found[1])
        if after >= len(self.tokens) or not self.tokens[after].word:
            return 0
        person = self.entity_at(self.tokens[after].start)
        if person is not None:
            return after if person[2].kind is EntityKind.PERSON else 0
        end = self._name_end(after)
        if end is None or self.definite(after) or not self.followed_by_marker(end):
            return 0
        return after

    def _construct_before_entity(self, index: int) -> bool:
        """A plain noun at ``index`` construct to the gazetteer country, place or body
        right after it ("خارجية أرض الصومال", "دفاع إيران")."""
        if index + 1 >= len(self.tokens):
            return False
        token = self.tokens[index]
        if (
            not token.word
            or self.definite(index)
            or self._ends_name(index)
            or self.entity_at(token.start) is not None
            or token.text.endswith(_POSSESSIVES)
        ):
            return False
        found = self.entity_at(self.tokens[index + 1].start)
        return (
            found is not None
            and found[0] == self.tokens[index + 1].start
            and found[2].kind
            in (EntityKind.COUNTRY, EntityKind.PLACE, EntityKind.ORGANIZATION, EntityKind.GROUP)
            and not _is_demonym(found[2], found, self.text)
        )

    def _owned_complement(self, index: int) -> int:
        """After a title: up to two plain nouns and a noun with a possessive pronoun
        ("خارجيتها", "أركان جيشها") that a person's name follows; the index past the
        pronoun's noun, else 0."""
        at = index
        while at < len(self.tokens) and at - index <= 2:
            token = self.tokens[at]
            if (
                not token.word
                or self._ends_name(at)
                or self.definite(at)
                or self.entity_at(token.start) is not None
            ):
                return 0
            owned = len(token.text) > 3 and (
                token.text.endswith(_POSSESSIVES)
                or (token.text.endswith("ه") and token.start in self.pronoun_starts)
            )
            if owned:
                after = at + 1
                if after >= len(self.tokens) or not self.tokens[after].word:
                    return 0
                found = self.entity_at(self.tokens[after].start)
                if found is not None:
                    return after if found[2].kind is EntityKind.PERSON else 0
                if self.head_kind(after) == "title":
                    return after  # "وزير خارجيتها السفير فلان"
                end = self._name_end(after)
                if end is None or self.definite(after) or not self.followed_by_marker(end):
                    return 0
                return after
            at += 1
        return 0

    def with_bracketed_alias(self, phrase: Phrase) -> Phrase:
        """``phrase`` with the alias in brackets written right after it, if any: a body's
        acronym is part of how the text names it ("بعثة … في أبيي (يونيسفا)")."""
        end = self.bracketed_alias_ends.get(phrase.end)
        return phrase if end is None else attrs.evolve(phrase, end=end)

    def topic_organ(self, phrase: Phrase) -> bool:
        """Whether ``phrase`` is an institution or an office named by a noun with a
        possessive pronoun ("وزارة خارجيتها", "المتحدث باسمها"): the organ of a body told
        before, through which that body speaks.

        After a topic, "أما الجزائر فأكدت وزارة خارجيتها أن …", the pronoun points back
        to the topic: the organ is the verb's own subject, not its object, and speaks."""
        if phrase.head not in ("institution", "title") or phrase.name is not None:
            return False
        last = self.index_at(phrase.end) - 1
        if last < 0:
            return False
        token = self.tokens[last]
        return len(token.text) > 3 and (
            token.text.endswith(_POSSESSIVES)
            or (token.text.endswith("ه") and token.start in self.pronoun_starts)
        )

    def _owned_title(self, index: int) -> bool:
        """Whether the word at ``index`` is a title with a possessive pronoun ("رئيسها",
        "أمينه العام", "المتحدث باسمها" is read elsewhere): the office of a body told
        before."""
        token = self.tokens[index]
        word = token.bare
        for suffix in THIRD_PERSON_PRONOUNS:
            if len(word) > len(suffix) + 2 and word.endswith(suffix):
                stem = word[: -len(suffix)]
                if stem.endswith("ت"):
                    stem = stem[:-1] + "ه"  # "نائبته": نائبة with its pronoun
                return stem in self.lexicon.title_heads or "ال" + stem in self.lexicon.title_heads
        return False

    def _field_before_name(self, index: int) -> int | None:
        """After a title's في: the index past a definite field that a name follows, else None.

        "الباحث في الشؤون الإسرائيلية مهند مصطفى إن": the field is part of the title;
        "الرئيس في المؤتمر الصحفي إن" has no name after it, so في opens an adverbial.
        """
        first = index
        if (
            index + 1 < len(self.tokens)
            and not self.definite(index)
            and self.tokens[index].word
            and not self._ends_name(index)
            and self.entity_at(self.tokens[index].start) is None
            and self.definite(index + 1)
        ):
            index += 1  # "الباحث في شؤون القرن الأفريقي فلان": a construct field
            found = self.entity_at(self.tokens[index].start)
            if found is not None and found[2].kind is not EntityKind.PERSON:
                index = self.index_at(found[1])  # what the field is about: a region
        while (
            index < len(self.tokens)
            and index - first < 4
            and self.tokens[index].word
            and self.definite(index)
            and not self._in(self.lexicon.stops, index)
            and self.tokens[index].text not in _RELATIVES
        ):
            if self._channel_at(self.tokens[index].start):
                return None
            found = self.entity_at(self.tokens[index].start)
            if found is not None and found[2].kind is not EntityKind.COUNTRY:
                return None  # "المتحدث في القاهرة": a place or body, not a field
            index += 1
        if index == first or not self.definite(index - 1) or index >= len(self.tokens):
            return None
        found = self.entity_at(self.tokens[index].start)
        if found is not None:
            return index if found[2].kind is EntityKind.PERSON else None
        end = self._name_end(index)
        if end is None or not self.followed_by_marker(end) or self.definite(index):
            return None
        return index

    def _definite_phrase(self, index: int) -> Phrase:
        """ "الكرملين", "الخارجية الروسية": a definite noun and its definite adjectives."""
        start = self.tokens[index].start
        end = self.tokens[index].end
        index += 1
        while index < len(self.tokens):
            token = self.tokens[index]
            if not token.word or not self.definite(index) or self._in(self.lexicon.stops, index):
                break
            if token.text in _RELATIVES:
                break
            end = token.end
            index += 1
        return Phrase(start, end, "definite")

    def _name_phrase(self, index: int) -> Phrase | None:
        """An unknown name: a few words not followed by a plain word (else it is an object)."""
        end = self._name_end(index)
        if end is None:
            return None
        nxt = self.index_at(end)
        plausible = nxt >= len(self.tokens) or self._ends_name(nxt)
        return Phrase(
            self.tokens[index].start,
            end,
            "name",
            name=(self.tokens[index].start, end),
            plausible=plausible,
        )

    def _name_end(self, index: int) -> int | None:
        """The end of a name starting at ``index`` (up to _MAX_NAME_WORDS words)."""
        end: int | None = None
        words = 0
        while index < len(self.tokens) and words < _MAX_NAME_WORDS + 2:
            token = self.tokens[index]
            linked = end is not None and self.tokens[index - 1].text in _NAME_LINKS
            if not token.word or (self._ends_name(index) and not linked):
                break  # after "بن" anything is a name: "كريم بن علي"
            if self.definite(index) and words == 0 and not linked:
                break
            if token.start in self.accusative_starts:
                break  # "حمّل المدرب الحكم جزءاً من …": an accusative, the object
            if words == 0 and len(token.text) > 3 and token.text.endswith(_POSSESSIVES):
                break  # "أعلنت رغبتها في …", "وأعلنت ضمها": a noun with its pronoun
            if (
                words > 0
                and token.text.endswith(PRONOUNS_WITHOUT_DUAL)
                and self.reporting_noun_at(index)
            ):
                break  # "كرر زعيم الإقليم فلان مطالبته بـ…": the noun said, no name
            if (
                words == 0
                and token.start in self.pronoun_starts
                and not token.text.endswith("يه")  # "خوسيه"
                and (index + 1 >= len(self.tokens) or self._ends_name(index + 1))
                and not (
                    index + 1 < len(self.tokens)
                    and (
                        self.tokens[index + 1].text in (":", '"')
                        or self.tokens[index + 1].text in _COMPLEMENTIZERS
                    )
                    and not token.text.startswith("قول")  # "عن فلان قوله إن"
                    and not self.reporting_noun_at(index)
                )  # "وقالت شيفرنادزه: "…"": a name in ه right before what was said
            ):  # not "مستشاره فلان": a title with its pronoun before a name
                break  # "اختتم الوزير كلمته أمام …", "أعلن انسحابه من …": his word, no name
            if (
                token.text.startswith("و")
                and words > 0
                and token.text[1:2] != "ل"
                and not linked
                and not self._last_name_word_in_waw(index)
            ):
                break  # not after a link: "توماس دي وال"
            if not linked and self._in(self.lexicon.announced, index):
                break  # "أعلن رئيس الوفد رفض المقترح": what he announced, no name
            if words > 0 and not linked and self._ba_construct(index):
                break  # "أشاد الوزير فلان بجهود الوسطاء": the object after بـ, no name
            end = token.end
            if token.text not in _NAME_LINKS:
                words += 1
            index += 1
            if words >= _MAX_NAME_WORDS:
                break
            if (
                index + 1 < len(self.tokens)
                and self.tokens[index].text == "-"
                and self.tokens[index].start == token.end
                and self.tokens[index + 1].start == self.tokens[index].end
                and self.tokens[index + 1].word
                and self.entity_at(token.start) is None  # not "بلغراد-بريشتينا"
            ):
                index += 1  # "بارنز-ديسي": a name joined by a hyphen with no space
                continue
            if (
                self.definite(index - 1)
                and token.text not in _NAME_LINKS
                and not (index >= 2 and self.tokens[index - 2].text in ("عبد", "ابو", "بو"))
                and not (words == 2 and self._name_goes_on(index))
                and not (words == 2 and token.text in self.lexicon.name_compounds)
                and not self._link_follows(index)
            ):
                break  # "أحمد الشرع": a definite word ends a name, not "عبد الرحمن سهل"
        return end

    def _last_name_word_in_waw(self, index: int) -> bool:
        """Whether the word at ``index``, a name's later word that starts with و ("يوان
        ويسا"، "برنارد وانجالا"), is the name's last word and not و joining another: what
        follows it ends the speaker's phrase (أن / إن, a colon, a comma, a preposition,
        whom it was told: "… ويسا للصحافيين"، "… وانجالا بالتنظيم"). Not a known entity
        ("وترامب") or a head noun ("ووزير الخارجية"): those are another speaker joined by
        و, and not a verb or a word with a pronoun ("وزميله")."""
        token = self.tokens[index]
        if (
            len(token.text) < 4
            or index + 1 >= len(self.tokens)
            or self.entity_at(token.start) is not None
            or self.head_kind(index) is not None
            or self._ends_name(index)
            or token.text.endswith(_POSSESSIVES)
            or token.start in self.pronoun_starts
            or self.definite(index)
        ):
            return False
        nxt = index + 1
        if self.newline_between(token.end, self.tokens[nxt].start):
            return False
        return self.tokens[nxt].text in (",", ":") or (
            self.tokens[nxt].word and self._ends_name(nxt)
        )

    def _link_follows(self, index: int) -> bool:
        """Whether a name link and a word follow at ``index`` ("محمد الأمين ولد سيدي"،
        "نور الدين ولد علي"): the name goes on past its definite word."""
        return (
            index + 1 < len(self.tokens)
            and self.tokens[index].text in _NAME_LINKS
            and self.tokens[index + 1].word
            and not self.newline_between(self.tokens[index].end, self.tokens[index + 1].start)
        )

    def _name_goes_on(self, index: int) -> bool:
        """After a definite word of a name, one plain word that ends the speaker phrase
        continues it: "محمد المولود فلان في بيان", not "أحمد الشرع رئيس …" (a title)
        or "أحمد الشرع الاتفاق" (an object)."""
        if index + 1 >= len(self.tokens):
            return False
        token = self.tokens[index]
        return (
            token.word
            and not self.definite(index)
            and not self._ends_name(index)
            and self.head_kind(index) is None
            and self.entity_at(token.start) is None
            and not token.text.endswith(_POSSESSIVES)
            and self._ends_name(index + 1)
            and not self.is_verb(self.tokens[index + 1].text)  # "… الاجتماع بكلمة قال"
            and not self.newline_between(token.end, self.tokens[index + 1].start)
        )

    def _ends_name(self, index: int) -> bool:
        """Whether the token at ``index`` cannot continue a name (punctuation, particles …)."""
        token = self.tokens[index]
        word = token.text
        return (
            not token.word
            or word in _COMPLEMENTIZERS
            or word in _CONTENT_PREPOSITIONS
            or word in _ADVERBIAL_PREPOSITIONS
            or bool(self._in(self.lexicon.stops, index))
            or self.is_verb(word)
            or bool(self.is_relay(index))
            or word in _RELATIVES
            or word in _SAYING
            or word in _PARTICLES
            or token.bare in _PARTICLES
            or word.startswith("لل")  # "للصحفيين": a name never starts so
            or word == "ب"  # "وتعهد بـ"…"": the preposition written apart
            or self._lam_before_quote(index)  # "فلان لـ"الجزيرة" إن": the medium told
            or self._object_after_ba(index)
            or bool(self._date_adverbial(index))  # "قال فلان العام الماضي إن": a date
            or self.medium_after_lam(index) is not None
            or (word.startswith("ل") and self._media_entity_in(token) is not None)  # "لرويترز"
        )

    def medium_in(self, start: int, end: int) -> Phrase | None:
        """A medium told or quoted between ``start`` and ``end`` ("لصحيفة "الشرق الأوسط"")."""
        index = self.index_at(start)
        while index < len(self.tokens) and self.tokens[index].start < end:
            token = self.tokens[index]
            medium = self.medium_after_lam(index)
            if medium is not None:
                nxt = index + 1
                if nxt < len(self.tokens) and self.tokens[nxt].text == '"':
                    quote = self.quotes.starting_at(self.tokens[nxt].start)
                    if quote is not None and quote.closed:
                        return Phrase(quote.inner_start, quote.inner_end, "media")
                return medium
            if token.text == "ل" and index + 1 < len(self.tokens):
                quote = self.quotes.starting_at(self.tokens[index + 1].start)
                if quote is not None and quote.closed:
                    return Phrase(quote.inner_start, quote.inner_end, "media")
            if index > 0 and self.relayed_by(self.tokens[index - 1].text):
                # "في تصريحات نقلتها وكالة الأنباء الأردنية"
                phrase = self.phrase_at(index)
                if phrase is not None and phrase.head == "media":
                    return phrase
            index += 1
        return None

    def relayed_by(self, word: str) -> bool:
        """ "نقلتها", "نشرتها", "أعلنته": a relay (or reporting) verb with an object pronoun."""
        for suffix in PRONOUNS_WITHOUT_DUAL:
            stem = word[: -len(suffix)]
            if word.endswith(suffix) and (
                stem in self.lexicon.relay_verbs or stem in self.lexicon.verbs
            ):
                return True
        return False

    def followed_by_marker(self, offset: int) -> bool:
        """Whether a phrase ending at ``offset`` is followed by what ends a speaker phrase.

        A comma, colon, quote, sentence end, bracket, أن / إن, a preposition or a time
        word: "قال بيدرسون إن" (a name) but not "طالب بوقف إطلاق النار" (content).
        """
        index = self.index_at(offset)
        if index >= len(self.tokens):
            return True
        token = self.tokens[index]
        if self.newline_between(offset, token.start) or not token.word:
            return True
        word = token.text
        return (
            word in _COMPLEMENTIZERS
            or word in _CONTENT_PREPOSITIONS
            or word in _ADVERBIAL_PREPOSITIONS
            or bool(self._in(self.lexicon.stops, index))
            or word.startswith("لل")
            or self.is_verb(word)
            or self.medium_after_lam(index) is not None
            or self._object_after_ba(index)
            or self._ba_construct(index)
            or self._lam_before_quote(index)
        )

    def _lam_before_quote(self, index: int) -> bool:
        """Whether the token at ``index`` is ل written apart before a quote ("لـ"الجزيرة""،
        "لـ«الشرق الأوسط»"): whom the words were told, a medium named in quotes, which
        ends a speaker's name ("قال الباحث في الشؤون … فلان لـ«…» إن")."""
        nxt = index + 1
        return (
            self.tokens[index].text == "ل"
            and nxt < len(self.tokens)
            and self.tokens[nxt].text == '"'
            and self.tokens[nxt].start - self.tokens[index].end <= 2
        )

    def _object_after_ba(self, index: int) -> bool:
        """Whether the token at ``index`` is بـ glued to a definite noun: the object of a
        verb that takes بـ ("رحب فلان بالمبادرة", "طالب فلان بالإفراج"), which ends a
        speaker's name and is never part of it. Not a known name ("بالي")."""
        token = self.tokens[index]
        word = token.text
        return (
            word.startswith("بال")
            and len(word) > 5
            and _definite(word[1:])
            and self.entity_at(token.start) is None
        )

    def _ba_construct(self, index: int) -> bool:
        """Whether the token at ``index`` is بـ glued to a noun in construct with the
        definite word after it ("بجهود الوسطاء"، "بتفوق المنافس"، "بمستوى التنظيم"): the
        object of a verb that takes بـ ("أشاد فلان بجهود …"، "أقر المدرب بتفوق …"), which
        ends a person's name read after the verb. A name word starting with ب stands
        before another name word or a marker, not before a definite genitive ("بشار
        الأسد" opens a name, so this is asked only after its first word). Not a known
        name, a head noun ("بعثة الأمم المتحدة") or a name link ("بن"), and not a name
        whose definite last word stands right before what was said ("قال الرئيس محمد
        باقر الحكيم إن …")."""
        token = self.tokens[index]
        word = token.text
        nxt = index + 1
        if not (
            word.startswith("ب")
            and len(word) > 3
            and not word.startswith("بال")
            and word not in _NAME_LINKS
            and nxt < len(self.tokens)
            and self.tokens[nxt].word
            and self.definite(nxt)
            and not self.newline_between(token.end, self.tokens[nxt].start)
            and self.entity_at(token.start) is None
            and self.head_kind(index) is None
        ):
            return False
        after = nxt + 1
        return after >= len(self.tokens) or not (
            self.tokens[after].text in (":", '"') or self.tokens[after].text in _COMPLEMENTIZERS
        )

    def clause_initial(self, offset: int) -> bool:
        """Whether a verb at ``offset`` opens its clause (so what follows may be its subject)."""
        index = self.index_at(offset) - 1
        if index < 0:
            return True
        token = self.tokens[index]
        if self.quoted_inside_clause(index):
            return False
        if not token.word or self.newline_between(token.end, offset):
            return True
        stamp = _TIME_STAMP.match(self.text, self.text.rfind("\n", 0, offset) + 1)
        if (stamp is not None and stamp.end() == offset) or "  " in self.text[token.end : offset]:
            # "١٣:١٠ ــ قال …"، "الكرملين يعلق ـــ قال …": after a time stamp opening the
            # line, or where a dash of tatweel stood (normalisation drops it, leaving its
            # spaces), the verb opens its clause.
            return True
        for size in (3, 2, 1):
            first = index - size + 1
            if first < 0:
                continue
            chunk = self.tokens[first : index + 1]
            if not all(t.word for t in chunk):
                continue
            phrase = " ".join(t.text for t in chunk)
            bare = " ".join([chunk[0].bare, *(t.text for t in chunk[1:])])
            if phrase in self.lexicon.openers or bare in self.lexicon.openers:
                return True
        return bool(self._in(self.lexicon.stops, index))

    def describes_indefinite(self, offset: int) -> bool:
        """Whether a verb at ``offset`` opens a clause describing the indefinite noun
        before it ("وهو مقترح قالت الحكومة إنها تدرسه"، "في خطوة قالت الوزارة إنها …"):
        such a clause has its subject after the verb, as a clause-initial verb has."""
        index = self.index_at(offset) - 1
        if index < 1:
            return False
        noun = self.tokens[index]
        opener = self.tokens[index - 1].text
        return (
            noun.word
            and opener in _BEFORE_DESCRIBED
            and not self.definite(index)
            and not noun.text.endswith(_POSSESSIVES)
            and self.entity_at(noun.start) is None
            and self.head_kind(index) is None
            and not self.newline_between(self.tokens[index - 1].end, offset)
        )

    def quoted_inside_clause(self, index: int) -> bool:
        """Whether token ``index`` is a quote mark opening quoted words in the middle of
        a clause ("قالت إن بلادها "ترحب بأي خطوات"", "أن إسلام آباد "تدعو …""): a verb
        right after it is the speaker's own words, not a clause of the writer's."""
        token = self.tokens[index]
        if token.text != '"' or index == 0 or self.quotes.starting_at(token.start) is None:
            return False
        before = self.tokens[index - 1]
        return before.word and not self.newline_between(before.end, token.start)

    def described_quote(self, start: int, end: int, *, glued: bool = False) -> Quote | None:
        """ "وصف الاتفاق بأنه "…"": a quote right after بأنه inside a content (or after
        بـ when ``glued``: "وصفها فلان بـ"الإيجابية"")."""
        index = self.index_at(start)
        while index + 1 < len(self.tokens) and self.tokens[index].start < end:
            if self.tokens[index].text in _DESCRIBING or (glued and self.tokens[index].text == "ب"):
                quote = self.quotes.starting_at(self.tokens[index + 1].start)
                if quote is not None and quote.end <= end + 1:
                    return quote
            index += 1
        return None

    def described_object(self, phrase: Phrase, limit: int) -> bool:
        """Whether the phrase after a verb of describing is what it describes, its object:
        a place, a plain definite noun or an unknown name (no definite word in it, which
        would be the object after a name) with only its own complement
        (a preposition's phrase) between it and بأنه and the quoted description ("حين
        وصف البحر الأحمر بأنه "…""، "ووصف الحديث عن لقاء جديد بأنه "…""، "فتصف عصب بأنها
        "…""). The verb takes an object, and no other stands before بأنه: the describer
        is its subject left unwritten. A title, a body, a person or a country the
        gazetteer knows is the describer ("ووصف الوزير بأنه …" reads as before)."""
        if phrase.head == "entity":
            found = self.entity_at(phrase.start)
            if found is None or found[2].kind is not EntityKind.PLACE:
                return False
        elif phrase.head == "name":
            words = range(self.index_at(phrase.start), self.index_at(phrase.end))
            if any(self.definite(at) for at in words):
                return False  # "ويصف فلان الآلية بأنها": a name, then the object
        elif phrase.head != "definite":
            return False
        index = self.index_at(phrase.end)
        if index >= len(self.tokens):
            return False
        first = self.tokens[index].text
        if first not in _DESCRIBING and first not in _OWN_COMPLEMENT:
            return False
        end = self.clause_end(phrase.end, limit=limit)
        return self.described_quote(phrase.end, end) is not None

    def issuer_before(self, verb_start: int) -> Phrase | None:
        """ "أصدرت حركة حماس بيانا أكدت فيه …": the issuer of the document before the verb.

        The document may carry an adjective of a channel ("ببيان مقتضب أكد فيه") and be
        governed by ب ("ردّت الحركة ببيان وصفت فيه …"); its issuer is the phrase between
        a verb of issuing and the document ("أصدرت السفارة الأمريكية في دمشق بياناً"), or
        the subject written before that verb ("الوزارة أصدرت بياناً"، "أما الحركة
        فأصدرت بياناً").
        """
        index = self.index_at(verb_start) - 1
        while index >= 1 and self.tokens[index].bare in _CHANNEL_ADJECTIVES:
            index -= 1
        if index < 1 or not self._document_word(self.tokens[index].bare):
            return None
        issuing = self.lexicon.issuing_verbs
        ends = self.tokens[index - 1].end
        if self.tokens[index - 1].bare in issuing:
            # "الوزارة أصدرت بياناً وصفت فيه …": the subject before the verb of issuing.
            return self._phrase_ending(index - 2, longest=True) if index >= 2 else None
        for at in range(index - 2, max(index - 9, -1), -1):
            if self.tokens[at].bare not in issuing:
                continue
            phrase = self._issuer_phrase(at + 1)
            if phrase is not None and (
                phrase.end == ends
                or (
                    # "أصدرت السفارة الأمريكية في دمشق بياناً": where the issuer sits
                    self.tokens[self.index_at(phrase.end)].text == "في"
                    and index - self.index_at(phrase.end) <= 3
                )
            ):
                return phrase
            break
        return self._phrase_ending(index - 1)

    def _issuer_phrase(self, start: int) -> Phrase | None:
        """The speaker phrase at token ``start`` when it can issue a document."""
        phrase = self.phrase_at(start)
        if (
            phrase is not None
            and phrase.plausible
            and phrase.head not in ("none", "party", "document", "name")
        ):
            return phrase
        return None

    def _phrase_ending(self, last: int, *, longest: bool = False) -> Phrase | None:
        """The shortest (or ``longest``) issuer phrase ending with token ``last``, within
        eight words: the longest for a subject written before its verb, which nothing
        before it in the clause can continue ("وزارة الخارجية الصومالية أصدرت")."""
        starts = range(last, max(last - 7, -1), -1)
        for start in reversed(starts) if longest else starts:
            phrase = self._issuer_phrase(start)
            if phrase is not None and phrase.end == self.tokens[last].end:
                return phrase
        return None

    def _document_word(self, word: str) -> bool:
        """Whether ``word`` is a document that speaks for its issuer, with tanwin ("بياناً")
        or after ب ("ببيان")."""
        documents = self.lexicon.speech_documents
        for form in (word, word[1:] if word.startswith("ب") else ""):
            if form and (form in documents or form[:-1] in documents):
                return True
        return False

    def told(self, start: int, end: int) -> tuple[int, Phrase | None] | None:
        """ "أبلغ مسؤول القناة 13 بأن …": the addressee between ``start`` and بأن / أن.

        Returns the offset of the complementizer and the addressee when it is a medium,
        or None when no complementizer follows within a few words.
        """
        index = self.index_at(start)
        first = index
        while index < len(self.tokens) and index - first <= 6 and self.tokens[index].start < end:
            if self.tokens[index].text in _COMPLEMENTIZERS:
                addressee = self.phrase_at(first)
                medium = None
                if addressee is not None and (
                    addressee.head == "media" or self._is_media_entity(addressee)
                ):
                    medium = addressee
                return self.tokens[index].start, medium
            if not self.tokens[index].word and self.tokens[index].text != '"':
                return None
            index += 1
        return None

    def reporting_noun_at(self, index: int) -> bool:
        """Whether token ``index`` is a verbal noun of reporting with its pronoun or in
        construct ("مطالبته", "دعوتها", "تأكيد بلاده", "التأكيد")."""
        if index >= len(self.tokens) or not self.tokens[index].word:
            return False
        word = self.tokens[index].bare
        nouns = self.lexicon.reporting_nouns
        if word in nouns:
            return True
        for pronoun in (*THIRD_PERSON_PRONOUNS, ""):
            if pronoun and not word.endswith(pronoun):
                continue
            stem = word[: len(word) - len(pronoun)]
            if stem.endswith("ت") and "ال" + stem[:-1] + "ه" in nouns:
                return True  # "مطالبته": المطالبة with its pronoun
            if pronoun and "ال" + stem in nouns:
                return True  # "تأكيده"
            if not pronoun and "ال" + stem in nouns:
                return True  # "تأكيد بلاده"
        return False

    def reporting_noun(self, offset: int) -> tuple[str, int] | None:
        """ "إلى التأكيد على …" at ``offset``: the verbal noun and where its content starts."""
        index = self.index_at(offset)
        if index + 2 >= len(self.tokens) or self.tokens[index].text not in ("الي", "علي"):
            return None
        noun = self.tokens[index + 1]
        if noun.text not in self.lexicon.reporting_nouns:
            return None
        return noun.text, self.tokens[index + 2].start

    def attributed_quote_lines(self) -> list[tuple[int, int, int]]:
        """Lines that open with quoted words and name who said them after a dash ("«…» —
        فلان في مقابلة مع …", "- «…» — الوزير فلان، في منشور على إكس"), as a summary's
        quote of the week does: (where the quote opens, the speaker's first token, the
        token that ends the attribution: the sentence end or the line's last token + 1).
        """
        found: list[tuple[int, int, int]] = []
        for quote in self.quotes.quotes:
            if not quote.closed:
                continue
            line_start = self.text.rfind("\n", 0, quote.start) + 1
            if self.text[line_start : quote.start].strip(" \t" + "".join(_LIST_BULLETS)):
                continue  # the quote does not open its line
            dash = self.index_at(quote.end)
            if dash + 1 >= len(self.tokens) or self.tokens[dash].text not in _DASHES:
                continue
            if self.newline_between(quote.end, self.tokens[dash + 1].start):
                continue
            line_end = self.text.find("\n", quote.end)
            line_end = len(self.text) if line_end < 0 else line_end
            end = dash + 1
            while end < len(self.tokens) and self.tokens[end].start < line_end:
                if self.tokens[end].text in _SENTENCE_MARKS:
                    break
                end += 1
            after = end + 1
            if after < len(self.tokens) and self.tokens[after].start < line_end:
                continue  # a sentence of the writer's goes on after the attribution
            found.append((quote.start, dash + 1, end))
        return found

    def colon_lines(self) -> list[tuple[int, int, int]]:
        """Lines whose first words are followed by a colon: (start, first token, colon token).

        Only the first colon of a line, at most ``_COLON_REACH`` tokens in.
        """
        found: list[tuple[int, int, int]] = []
        at = self.text.find(":")
        while at >= 0:
            line_start = self.line_start(at)
            if at < line_start:  # the colon of a time stamp ("12:15 - …")
                at = self.text.find(":", at + 1)
                continue
            # "انتهى الاجتماع. بيان مشترك للجنة: "…"": a sentence of the line opens with it.
            line_start = max(line_start, self.sentence_start(at))
            first = self.index_at(line_start)
            colon = self.index_at(at)
            while first < colon and self.tokens[first].text in _LIST_BULLETS:
                first += 1  # "- فلان: "…"", "• فلان: «…»": an item of a list of quotes
            if (
                colon - first <= _COLON_REACH
                and colon > first
                and ":" not in self.text[line_start:at]
            ):
                found.append((self.tokens[first].start, first, colon))
            at = self.text.find(":", at + 1)
        return found

    def stamped(self, offset: int) -> bool:
        """Whether the line holding ``offset`` is an entry of live coverage: a time stamp
        opens it ("14:00 — …"; the dash may be a tatweel, which normalisation drops) or
        stands alone on the line before it."""
        start = self.text.rfind("\n", 0, offset) + 1
        if _TIME_STAMP.match(self.text, start):
            return True
        if start == 0:
            return False
        before = self.text.rfind("\n", 0, start - 1) + 1
        return _STAMP_LINE.match(self.text, before, start - 1) is not None

    def line_start(self, offset: int) -> int:
        """Where the line holding ``offset`` starts, after a live-coverage time stamp
        ("12:15 - ", "10:40 — ", "09:30 | ") when one opens it."""
        start = self.text.rfind("\n", 0, offset) + 1
        stamp = _TIME_STAMP.match(self.text, start)
        if stamp is not None:
            start = stamp.end()
        label = _LINE_LABEL.match(self.text, start)
        # "عاجل | الوزير فلان: "…"": a label of a word or two and a bar open the entry.
        if label is not None and label.end() <= offset:
            return int(label.end())
        return self._after_day_label(start, offset)

    def _after_day_label(self, start: int, offset: int) -> int:
        """Where an entry of a week's summary opens after its day label ("الخميس: فلان في
        مقابلة: «…»"، "الثلاثاء ٨ يناير: …"): the day and its colon label the entry as a time
        stamp does a live one, so what follows is read as opening the line. ``start``
        when no day label opens the line at ``start`` before ``offset``."""
        day = _DAY_LABEL.match(self.text, start)
        if day is None or day.end() > offset:
            return start
        return int(day.end()) if day.group("day") in self.lexicon.entry_weekdays else start

    def answer_lines(self) -> list[tuple[int, int, int, int]]:
        """Interview answers: a line opened by a dash or by the label ج ("ج: …") right
        after a question, a line opened by a dash that ends with a question mark, by a
        bullet ("■ …؟", "* …") or by the label س ("س: …"). (start, end) of the answer's words; where the line introducing the
        interview ends when a colon ends it ("أجاب فلان عن أسئلة …:"), else -1; and
        where the paragraph before the first question ends (it names whom the writer
        met: "التقينا … النائب فلان"), else -1.

        An answer that holds a reporting verb is not read (see :meth:`_reported_answer`).
        """
        found: list[tuple[int, int, int, int]] = []
        lines = []
        at = 0
        for line in self.text.split("\n"):
            lines.append((at, line))
            at += len(line) + 1
        question = False
        intro = -1
        lead = -1
        previous: tuple[int, str] | None = None
        for start, line in lines:
            stripped = line.strip()
            if not stripped:
                continue
            label = _QA_LABEL.match(line)
            labelled = label.group("label") if label is not None and label.end() < len(line) else ""
            dashed = stripped[0] in _DASHES
            if (dashed or labelled == "ج") and question:
                if labelled == "ج" and label is not None:
                    words = start + label.end()
                else:
                    words = start + line.index(stripped[0]) + 1
                while words < start + len(line) and self.text[words] == " ":
                    words += 1
                end = start + len(line.rstrip())
                if end > words and not self._reported_answer(words, end):
                    found.append((words, end, intro, lead))
                question = False
                previous = (start, line)
                continue
            bulleted = stripped[0] in _BULLETS and len(stripped) > 1 and stripped[1] == " "
            asks = (dashed and stripped[-1] in "؟?") or bulleted or labelled == "س"
            if (
                asks
                and previous is not None
                and previous[1].strip()[0] not in _DASHES + _BULLETS
                and _QA_LABEL.match(previous[1]) is None
            ):
                # the first question of a block: the line before may introduce it
                before = previous[1].rstrip()
                intro = previous[0] + len(before) if before.endswith(":") else -1
                lead = previous[0] + len(before)
            question = asks
            previous = (start, line)
        return found

    def _reported_answer(self, start: int, end: int) -> bool:
        """Whether an answer line opens with a reporting verb in its first words: the
        answer is then the writer's account ("- يقول نوري إن …"), read by its verb, not
        the interviewee's own words."""
        index = self.index_at(start)
        words = 0
        while index < len(self.tokens) and self.tokens[index].start < end and words < 3:
            token = self.tokens[index]
            if token.word:
                if self.is_verb(token.text) or self.is_verb(_WITH_CLITIC.sub("", token.text)):
                    return True
                words += 1
            index += 1
        return False

    def titled_name_in(self, start: int, end: int) -> Phrase | None:
        """The first title with a name in ``[start, end)`` ("… النائب سالم قنان،")."""
        index = self.index_at(start)
        while index < len(self.tokens) and self.tokens[index].start < end:
            if self.head_kind(index) == "title":
                phrase = self.phrase_at(index)
                if phrase is not None and phrase.name is not None and phrase.end <= end:
                    return phrase
            index += 1
        return None

    def colon_speaker(self, first: int, colon: int) -> Phrase | None:
        """The speaker a line opens with before its colon (see ``_Builder._colon``)."""
        phrase = self.phrase_at(first)
        if phrase is None or not phrase.plausible:
            return None
        if phrase.head == "entity":
            found = self.entity_at(phrase.start)
            if found is None or found[2].kind in (
                EntityKind.COUNTRY,
                EntityKind.PLACE,
                EntityKind.MEDIA,
            ):
                return None
        elif phrase.head == "document":
            if (
                phrase.owner is None
                and self.index_at(phrase.end) == colon
                and colon + 1 < len(self.tokens)
                and self.quotes.starting_at(self.tokens[colon + 1].start) is not None
            ):
                # "البيان الختامي المشترك: "…"": the document alone labels its quoted
                # words; it speaks (CONVENTIONS rule 24). Unquoted ("البيان الختامي: اتفق
                # الطرفان على …") the line sums up an outcome in the writer's words.
                return phrase
            if phrase.owner is None or not phrase.owner.plausible:
                return None  # "بيان مشترك للجنة: "…"": the issuer speaks, in a statement
        elif phrase.head == "name" and phrase.plausible:
            # "فلان، رئيس الوفد الحكومي: …": a name the gazetteer does not know speaks
            # when its title follows it between a comma and the colon, or when an aside
            # says how or to whom it was said ("فلان للصحافيين:"، "فلان على إكس:").
            after = self.index_at(phrase.end)
            if (
                after + 1 < colon
                and self.tokens[after].text == ","
                and self.head_kind(after + 1) == "title"
            ):
                title = self.phrase_at(after + 1)
                if title is None or self.index_at(title.end) != colon:
                    return None
                phrase = attrs.evolve(
                    phrase,
                    end=self.tokens[colon - 1].end,
                    name=(phrase.start, phrase.end),
                    head="title",
                )
            elif not self.speech_aside(after, colon):
                return None
        elif phrase.head == "definite":
            if not self._surname_labels_quote(phrase, colon):
                return None
            phrase = attrs.evolve(phrase, head="name", name=(phrase.start, phrase.end))
        elif phrase.head not in ("title", "institution", "anonymous"):
            return None
        index = self.index_at(phrase.end)
        if index > colon:
            return None
        if index < colon:
            word = self.tokens[index].text
            if not (
                word == ","
                or word.startswith("ل")  # "فلان للصحافيين:"، "… لقناة X:": whom it was told to
                or word in _ADVERBIAL_PREPOSITIONS
                or self.medium_after_lam(index) is not None
                or self._channel_at(self.tokens[index].start)
                or (word == "علي" and self._channel_follows(index + 1))
            ):
                return None
        colon_start = self.tokens[colon].start
        for between in self.tokens[index:colon]:
            quote = self.quotes.at(between.start) if between.text == '"' else None
            if (
                quote is not None
                and quote.closed
                and quote.end <= colon_start
                and len(quote.inner(self.text).split()) <= 4
            ):
                continue  # "لقناة "الحدث":": a medium's name in quotes
            if (
                between.text in _COMPLEMENTIZERS
                or between.text in _SENTENCE_MARKS
                or between.text == '"'
                or self.is_verb(between.text)
            ):
                return None
        return phrase

    def _surname_labels_quote(self, phrase: Phrase, colon: int) -> bool:
        """Whether a lone word with the article labels quoted words as a person's family
        name ("الأنصاري: «…»"، "فلان للصحافيين في المطار:" with the family name alone).

        Summaries and live coverage cite a person by the family name alone, which most
        often carries the article (a nisba, "الخليفي"، "المرتضى"). Such a word is read as
        a speaker only when it is the phrase's one word and the colon is followed at
        once by a quotation: a common noun with the article labelling a line
        ("الحصيلة: 650 محتجزاً") introduces the writer's words, not a quotation.
        """
        first = self.index_at(phrase.start)
        if self.index_at(phrase.end) != first + 1 or colon + 1 >= len(self.tokens):
            return False
        return self.quotes.starting_at(self.tokens[colon + 1].start) is not None

    def colon_apposition(self, phrase: Phrase, colon: int) -> Phrase | None:
        """ "المتحدث باسم الصليب الأحمر في السودان، فلان:": the person a title with no
        name is, named after a comma right before the colon (or before an aside that
        says how it was said, "، فلان، في منشور على إكس:"), else None."""
        if phrase.head != "title" or phrase.name is not None:
            return None
        index = self.index_at(phrase.end)
        while index < colon and self.tokens[index].text != ",":
            index += 1
        if index + 1 >= colon:
            return None
        named = self.phrase_at(index + 1)
        if named is None or not named.plausible or named.name is None:
            return None
        end = self.index_at(named.end)
        if end == colon or (end < colon and self.speech_aside(end, colon)):
            return named
        return None

    def speech_aside(self, index: int, limit: int) -> bool:
        """Whether an aside at token ``index`` (after a comma, before ``limit``) says how
        or to whom words were said: an audience or medium told ("للصحافيين"، "لقناة …"),
        or a channel or an occasion of speaking after في / عبر / خلال / على ("في تصريح
        لـ…"، "على منصة إكس"، "في إحاطته لمجلس الأمن")."""
        if index < limit and self.tokens[index].text == ",":
            index += 1
        if index >= limit:
            return False
        token = self.tokens[index]
        if token.text.startswith("ل") and (
            self._channel_at(token.start) or self.medium_after_lam(index) is not None
        ):
            return True
        if token.text not in _ASIDE_PREPOSITIONS or index + 1 >= limit:
            return False
        return self._channel_follows(index + 1) or self._occasion_at(index + 1)

    def _occasion_at(self, index: int) -> bool:
        """Whether the word at ``index`` is an occasion of speaking, bare or with a
        possessive ("تصريح"، "إحاطته"، "كلمتها"): see the ``speech_occasions`` lexicon."""
        word = self.tokens[index].text
        if word.startswith("ال") and len(word) > 4:
            word = word[2:]
        forms = {word}
        for suffix in PRONOUNS_WITHOUT_DUAL:
            if word.endswith(suffix) and len(word) > len(suffix) + 2:
                stem = word[: -len(suffix)]
                forms.add(stem)
                if stem.endswith("ت"):
                    forms.add(stem[:-1] + "ه")  # "كلمته" → "كلمه" (كلمة normalised)
                break
        return bool(forms & self.lexicon.speech_occasions)

    def quoted_list_item(self, colon: int, limit: int) -> bool:
        """Whether the colon at token ``colon`` labels an item of a list of quotes: the line
        opens with a bullet and a closed quote right after the colon holds the rest of the
        line up to ``limit`` ("- فلان: «…»", "• الوزير فلان: "…""). A summary's list of what
        was said ("قالوا هذا الأسبوع") writes its items so, often with no full stop; a
        headline's quote is a term the line goes on after ("- لبنان: «الآلية» تجتمع …")."""
        at = self.tokens[colon].start
        line_start = self.text.rfind("\n", 0, at) + 1
        opening = self.text[line_start:at].lstrip(" \t")
        if not opening or opening[0] not in _LIST_BULLETS or colon + 1 >= len(self.tokens):
            return False
        quote = self.quotes.starting_at(self.tokens[colon + 1].start)
        if quote is None or not quote.closed:
            return False
        return self.text[quote.end : limit].strip(" \t.،") == ""

    def sentence_end_in(self, start: int, end: int) -> bool:
        """Whether a sentence mark ends a sentence between ``start`` and ``end``."""
        index = self.index_at(start)
        while index < len(self.tokens) and self.tokens[index].start < end:
            token = self.tokens[index]
            if token.text in _SENTENCE_MARKS and self._ends_sentence(token):
                dots = self.text[token.start - 1 : token.end + 1].count(".")
                if token.text != "." or dots < 2:  # ".." joins a headline's two parts
                    return True
            index += 1
        return False

    def words_name_their_speaker(self, content_start: int) -> bool:
        """Whether the words after a line's colon, at ``content_start``, open with a named
        person of their own and his reporting verb: a title and a name right before the
        verb ("الكرملين: المتحدث دميتري بيسكوف يقول للصحفيين إن …") or right after it
        ("الكرملين: أكد المتحدث دميتري بيسكوف أن …").

        The label before the colon then heads the entry, as a headline does (the body or
        the topic the entry is about); the person named speaks, not the label.
        """
        index = self.index_at(content_start)
        if index >= len(self.tokens):
            return False
        if self.is_verb(self.tokens[index].text):
            phrase = self.phrase_at(index + 1)
            return phrase is not None and self._titled_person(phrase)
        phrase = self.phrase_at(index)
        if phrase is None or not self._titled_person(phrase):
            return False
        after = self.index_at(phrase.end)
        return after < len(self.tokens) and self.is_verb(self.tokens[after].text)

    @staticmethod
    def _titled_person(phrase: Phrase) -> bool:
        """Whether a speaker phrase is a title with the name of its holder ("المتحدث
        دميتري بيسكوف"، "وزير الخارجية بدر عبد العاطي")."""
        return phrase.plausible and phrase.head == "title" and phrase.name is not None

    def content_after_colon(self, colon: int, limit: int) -> AfterVerb:
        """What a line's colon introduces, read as after a reporting verb's colon."""
        found = self._content_after(colon + 1, "colon", None, None, None)
        if found.content_start is not None and found.content_start >= limit:
            return attrs.evolve(found, content_start=None, kind=None)
        return found

    def relative_antecedent(self, verb_start: int) -> Phrase | None:
        """ "الوزير فلان الذي استضاف الاجتماع ووصفه بأنه …": the named antecedent of the
        relative clause a و-verb at ``verb_start`` continues, else None.

        The clause runs from الذي / التي / الذين to the verb with no punctuation between;
        the antecedent is the gazetteer person, body or country ending right before it.
        """
        index = self.index_at(verb_start) - 1
        first = index
        while first >= 0 and index - first < 8 and self.tokens[first].word:
            if self.tokens[first].text in ("الذي", "التي", "الذين") and first > 0:
                before = self.tokens[first - 1]
                for start, end, entity in self._entities_ending(before.end):
                    if entity.kind in (
                        EntityKind.PERSON,
                        EntityKind.ORGANIZATION,
                        EntityKind.GROUP,
                        EntityKind.COUNTRY,
                    ) and not _is_demonym(entity, (start, end, entity), self.text):
                        person = entity.kind is EntityKind.PERSON
                        return Phrase(start, end, "entity", name=(start, end) if person else None)
                return None
            first -= 1
        return None

    def _entities_ending(self, end: int) -> list[tuple[int, int, Entity]]:
        """The gazetteer entities that end at ``end`` (normalised), longest first."""
        first = bisect.bisect_left(self._entity_starts, end - 80)
        last = bisect.bisect_left(self._entity_starts, end)
        found = [e for e in self.entities[first:last] if e[1] == end]
        return sorted(found, key=lambda e: e[0])

    def dated_act(self, offset: int | None) -> bool:
        """Whether an object at ``offset`` is a noun with its pronoun dated by a year:
        "أعلنت ضمها عام 1981", "أعلنت انفصالها عن مولدوفا عام 1990" (an act, not words)."""
        if offset is None:
            return False
        index = self.index_at(offset)
        owned = [
            at
            for at in (index, index + 1)
            if at < len(self.tokens) and self.tokens[at].text.endswith((*_POSSESSIVES, "ه"))
        ]
        if not owned:
            return False
        for at in range(owned[0] + 1, min(owned[0] + 5, len(self.tokens) - 1)):
            token = self.tokens[at]
            if token.text in (",", ".") or token.text in _SENTENCE_MARKS:
                return False
            if token.text == "عام" and self.tokens[at + 1].text.isdigit():
                return True
        return False

    def negation_before(self, verb_start: int) -> int | None:
        """Where a negation right before the verb starts ("لم يستبعد", "ولن يعلن"), else None."""
        index = self.index_at(verb_start) - 1
        if index < 0:
            return None
        token = self.tokens[index]
        if token.text in ("لم", "لن", "ولم", "ولن", "فلم", "فلن"):
            return token.start
        return None

    def told_at_once(self, verb_end: int, content_start: int | None) -> bool:
        """Whether what a verb of telling tells (أن / بأن, a colon or a quote at
        ``content_start``) follows the verb's subject and addressee at once: no reporting
        verb or sentence mark between, and not the أن of "دون أن" / "بدون أن", which opens
        a clause of its own.

        يبلغ is also "reach" and "amount to" ("ويبلغ عدد المشاركين نحو أربعين، بينما يؤكد
        الوسيط أن …"، "قبل أن يبلغ المنتخب النهائي دون أن يخسر"): an أن further on belongs
        to another clause, and nothing was told.
        """
        if content_start is None:
            return False
        last = self.index_at(content_start)
        for index in range(self.index_at(verb_end), last):
            token = self.tokens[index]
            if token.text in _SENTENCE_MARKS or (token.word and self.is_verb(token.text)):
                return False
        return not (last >= 1 and self.tokens[last - 1].bare in ("دون", "بدون"))

    def negated_by_without(self, verb_start: int) -> bool:
        """Whether the verb at ``verb_start`` follows "دون أن" / "بدون أن" (not said)."""
        index = self.index_at(verb_start)
        return (
            index >= 2
            and self.tokens[index - 1].text == "ان"
            and self.tokens[index - 2].bare in ("دون", "بدون")
        )

    def disagrees(self, verb: str, phrase: Phrase, *, continued: bool = False) -> bool:
        """Whether a verb and the phrase after it disagree, so that the phrase is the
        verb's object: a masculine singular verb before a feminine body ("طالب لجنة"), a
        feminine verb continuing with و / ف before a masculine title ("وطالبت الرئيس"), or
        a plural verb before anything ("ودعوا طهران"): a verb before its subject is singular.

        A masculine verb is the bare past stem or a present with ي; a feminine body is
        an institution head ending in ta marbuta (لجنة، وزارة، حركة، الحكومة).
        """
        form = self.lexicon.verbs.get(verb)
        if form is None or form.tense == PARTICIPLE:
            return False
        if _plural_verb(verb, form.tense):
            return True  # "ودعوا طهران إلى …", "تتهمون الإمارات بـ…": the object
        index = self.index_at(phrase.start)
        feminine_head = self.tokens[index].bare.endswith("ه")
        if phrase.head == "institution":
            masculine = verb == form.lemma or verb.startswith("ي")
            return masculine and feminine_head
        if phrase.head == "title" and continued:
            # "وقالت حماس …، وطالبت الرئيس ترامب بـ"…"": a feminine verb continuing its
            # speaker takes a masculine title as its object.
            stem = form.lemma[:-1] if form.lemma[-1] in "اي" else form.lemma
            feminine = verb == stem + "ت" or (
                verb.startswith("ت") and form.tense == PRESENT and not verb.endswith(("ون", "ان"))
            )  # not a past stem of its own in ت ("وتوقع المبعوث", "وتعهد الرئيس")
            return feminine and not feminine_head
        return False

    def marker_ahead(self, offset: int) -> tuple[int, str, Quote | None] | None:
        """أن / إن or a colon within a few words after ``offset`` (no comma, quote or
        sentence end between): where the content starts, its kind and its quote."""
        index = self.index_at(offset)
        first = index
        while index < len(self.tokens) and index - first <= 6:
            word = self.tokens[index].text
            if word in _COMPLEMENTIZERS:
                found = self._complementizer(index, None, None, None)
                assert found.content_start is not None
                assert found.kind is not None
                return found.content_start, found.kind, found.quote
            if word == ":" or word in _SAYING:
                # "ويختم فلان حديثه بالقول: "…"", "واكتفى بالقول إن …".
                if (
                    word != ":"
                    and index + 1 < len(self.tokens)
                    and self.tokens[index + 1].text == ":"
                ):
                    index += 1
                found = self._content_after(index + 1, "colon", None, None, None)
                if found.content_start is None or found.kind is None:
                    return None
                return found.content_start, found.kind, found.quote
            if word in (",", '"', ".") or word in _SENTENCE_MARKS or self.is_verb(word):
                return None
            index += 1
        return None

    def subjunctive_after(self, offset: int) -> bool:
        """Whether the first أن from ``offset`` on (within two words) opens a clause with a
        verb in the present, the subjunctive of what one wants done ("على أن يبقى الإقليم
        …"، "أن تعترف كييف …"), not a statement of fact ("على أن الإقليم …"، "أنها …").

        The verb's word opens with ي or ت and is no known name (يريفان، تركيا). A word
        opening with ت is a verbal noun when it ends in ة or ات or has the shape تفعيل
        ("على أن تنفيذ الاتفاقات …"، "أن تسوية …").
        """
        index = self.index_at(offset)
        for at in range(index, min(index + 2, len(self.tokens))):
            if self.tokens[at].text == "ان" and at + 1 < len(self.tokens):
                token = self.tokens[at + 1]
                word = token.text
                if len(word) < 3 or word[0] not in "يت" or self.entity_at(token.start):
                    return False
                verbal_noun = word.endswith(("ه", "ات")) or (len(word) == 5 and word[3] == "ي")
                return word[0] == "ي" or not verbal_noun
        return False

    def after_content_marker(self, offset: int) -> tuple[int, str, Quote | None] | None:
        """After a verbal noun: "على أن "…"" / "أن …" / ":" → content start, kind and quote."""
        index = self.index_at(offset)
        if index < len(self.tokens) and self.tokens[index].text in _CONTENT_PREPOSITIONS:
            found = self._preposition(index, None, None, None)
        elif index < len(self.tokens) and self.tokens[index].text in _COMPLEMENTIZERS:
            found = self._complementizer(index, None, None, None)
        else:
            return None
        if found.content_start is None or found.kind is None:
            return None
        return found.content_start, found.kind, found.quote

    def quote_before(self, offset: int) -> Quote | None:
        """A closed quotation that ends right before ``offset`` after a comma: '"…"، قال'."""
        index = self.index_at(offset) - 1
        if index >= 0 and self.tokens[index].text == ",":
            index -= 1
        if index < 0 or self.tokens[index].text != '"':
            return None
        quote = self.quotes.at(self.tokens[index].start)
        if quote is None or not quote.closed or quote.end != self.tokens[index].end:
            return None
        return quote

    def after_comma(self, offset: int) -> bool:
        """Whether the token before ``offset`` is a comma or a closing quote (a participle's place)."""
        index = self.index_at(offset) - 1
        return index >= 0 and self.tokens[index].text in (",", '"')

    # -- before the verb ----------------------------------------------------------------

    def subject_before(self, verb_start: int) -> Phrase | None:
        """A subject written before its verb ("أن الكرملين أعلن أن", "لكن مسؤولا قال إن").

        The subject must follow أن / إن, كان, a conjunction (لكن، بينما، فيما، حيث، إذ) or
        stand at the start of its sentence or line, and be a speaker-like phrase
        ending right before the verb (an optional قد and comma between).
        """
        index = self.index_at(verb_start) - 1
        pluperfect = index >= 0 and self.tokens[index].text == "قد"
        if pluperfect:
            index -= 1
        index = self._adverbial_between_commas(index)
        if index >= 0 and self.tokens[index].text == ",":
            index -= 1
        index = self._aside_before(index, pluperfect=pluperfect)
        end_index = index
        words = 0
        while index >= 0 and words < _MAX_SUBJECT_WORDS:
            if not self.tokens[index].word:
                governing = self._quoted_name_governed(index)
                if governing is None:
                    break
                words += index - governing  # 'منظمة "…" الحقوقية قالت': part of the subject
                index = governing
                continue
            if self._is_subject_anchor(self.tokens[index]) or self.closes_continuing(index):
                break
            if index > 0 and self.newline_between(
                self.tokens[index - 1].end, self.tokens[index].start
            ):
                index -= 1
                words += 1
                break  # the subject opens its line
            index -= 1
            words += 1
        if words == 0:
            return None
        if index >= 0:
            anchor = self.tokens[index]
            opens_line = index + 1 <= end_index and self.newline_between(
                anchor.end, self.tokens[index + 1].start
            )
            ends_sentence = anchor.text in _SENTENCE_MARKS and self._ends_sentence(anchor)
            first_word = self.tokens[index + 1].start
            stamped = self.line_start(first_word) == first_word
            # "- الوفد قال إن …", "■ الرئيس قال …؟": a dash or bullet opening the line
            # (an interview's answer or question, a list item) is no word of the clause.
            bulleted = (
                anchor.text in _DASHES + _BULLETS
                and not self.text[self.line_start(anchor.start) : anchor.start].strip()
            )
            # "عاجل: الوزير فلان يعلن …", "ج: الرئيس قال إن …": a label of a word or two
            # and a colon open the line.
            labelled = (
                anchor.text == ":"
                and index - self.index_at(self.line_start(anchor.start)) <= 2
                and all(
                    t.word
                    for t in self.tokens[self.index_at(self.line_start(anchor.start)) : index]
                )
            )
            # "…، وطهران ترد بأن …", "…، ووزير الخارجية يكرر أن …": a clause joined by a
            # comma and و, its subject written before its verb.
            joined = (
                anchor.text == ","
                and index + 1 <= end_index
                and self.tokens[index + 1].text != self.tokens[index + 1].bare
                and self.tokens[index + 1].text.startswith("و")
            )
            if not (
                self._is_subject_anchor(anchor)
                or self.closes_continuing(index)
                or opens_line
                or ends_sentence
                or stamped
                or labelled
                or bulleted
                or joined
            ):
                return None
        phrase = self.phrase_at(index + 1)
        if phrase is not None and phrase.head in ("institution", "title", "entity"):
            phrase = self._placed(phrase, self.tokens[end_index].end)
        if phrase is None or phrase.end != self.tokens[end_index].end or not phrase.plausible:
            return None
        if phrase.head in ("none", "party") and self.entity_at(phrase.start) is None:
            return None
        # "غير أن موراليس قال إن …", "لكن فلان فلاني أكد أن …": an unknown name of one or
        # two words right after أن / إن or a conjunction is the verb's subject; not at a
        # sentence's or line's start, where a fronted noun may be anything.
        if (
            phrase.head == "name"
            and self.entity_at(phrase.start) is None
            and not (index >= 0 and end_index - index <= 2 and self._opens_a_contrast(index))
        ):
            return None
        return phrase

    def _quoted_name_governed(self, index: int) -> int | None:
        """When the token ``index`` closes a short quoted name that the word before its
        opening mark governs ("رئيس حركة «…» فلان قال"، 'منظمة "…" الحقوقية قالت'، "عضو
        البرلمان عن حزب «…» قال"), the index of that word: the name belongs to the subject
        written before the verb. None for any other mark."""
        token = self.tokens[index]
        quote = self.quotes.at(token.start)
        if quote is None or not quote.closed or token.start != quote.end - 1:
            return None  # no closing mark of a quote (the text is normalised: marks are ")
        opening = self.index_at(quote.start)
        inner = self.tokens[opening + 1 : index]
        if (
            opening < 1
            or not 0 < len(inner) <= _MAX_QUOTED_NAME_WORDS
            or not all(word.word for word in inner)
            or not self.tokens[opening - 1].word
        ):
            return None
        return opening - 1

    def apposed_subject_before(self, verb_start: int) -> tuple[Phrase, Phrase] | None:
        """ "رئيس الوفد، اللواء فلان، قال إن …", "وكان المبعوث …، فلان، قد قال …": a title with
        no name of its own, then its holder's name apposed between commas, right before the
        verb (an optional قد between): (the title, the phrase that names its holder).

        The title must stand where :meth:`subject_before` accepts a subject (the start of
        its sentence or line, after كان, أن / إن or a conjunction); the apposition must be
        a name, or a rank or title with a name, ending at the comma before the verb.
        """
        index = self.index_at(verb_start) - 1
        if index >= 0 and self.tokens[index].text == "قد":
            index -= 1
        if index < 2 or self.tokens[index].text != ",":
            return None
        close = index
        at = close - 1
        while at >= 0 and self.tokens[at].word and close - at <= _MAX_NAME_WORDS + 2:
            at -= 1
        if at < 1 or at == close - 1 or self.tokens[at].text != ",":
            return None
        named = self.phrase_at(at + 1)
        if (
            named is None
            or not named.plausible
            or named.name is None
            or named.head not in ("name", "title", "entity")
            or named.end != self.tokens[close - 1].end
        ):
            return None
        if named.head == "entity":
            found = self.entity_at(named.start)
            if found is None or found[2].kind is not EntityKind.PERSON:
                return None
        title = self.subject_before(self.tokens[at].start)
        if title is None or title.head != "title" or title.name is not None:
            return None
        return title, named

    def _aside_before(self, index: int, *, pluperfect: bool) -> int:
        """The index before an aside of up to three words ending at ``index`` that may stand
        between a subject and its verb ("الحزب من جهته يطالب"، "أسمرة ما زالت تطالب"،
        "الرئيس نفسه قال"، with its commas), else ``index``. كان / كانت / كانوا count
        only before قد ("الوزير كان قد قال"): without it they open the subject."""
        for size in (3, 2, 1):
            first = index - size + 1
            if first < 1 or self._in(self.lexicon.subject_asides, first) != size:
                continue
            if size == 1 and self.tokens[first].text in ("كان", "كانت", "كانوا"):
                if not pluperfect:
                    return index
            elif self.tokens[first].text != self.tokens[first].bare:
                return index  # "ومن جهته": a clause of its own opens with و / ف
            before = first - 1
            if self.tokens[before].text == "," and before >= 1:
                before -= 1
            return before if self.tokens[before].word else index
        return index

    def _adverbial_between_commas(self, index: int) -> int:
        """At a comma (``index``) that closes an adverbial of up to six words opened by a
        comma and a preposition ("حزب الله، في بيان مقتضب، يعتبر"، "الوزير، خلال مؤتمر
        صحفي، قال"): the index before the opening comma, else ``index``."""
        if index < 0 or self.tokens[index].text != ",":
            return index
        at = index - 1
        while at > 0 and index - at <= 6 and self.tokens[at].word:
            at -= 1
        if (
            at < 1
            or at == index - 1
            or self.tokens[at].text != ","
            or not (
                self.tokens[at + 1].text in _ADVERBIAL_PREPOSITIONS
                # "وكانت الوساطة، برئاسة الجنرال فلان، قد أعلنت": who heads the body
                or self._in(self.lexicon.leader_asides, at + 1)
            )
            or not self.tokens[at - 1].word
        ):
            return index
        return at - 1

    def _placed(self, phrase: Phrase, end: int) -> Phrase:
        """A body and where it sits, when that ends at ``end``: "لجنة الصليب الأحمر في يريفان"."""
        index = self.index_at(phrase.end)
        if index + 1 >= len(self.tokens) or self.tokens[index].text != "في":
            return phrase
        found = self.entity_at(self.tokens[index + 1].start)
        if found is None or found[2].kind not in (EntityKind.COUNTRY, EntityKind.PLACE):
            return phrase
        return attrs.evolve(phrase, end=found[1]) if found[1] == end else phrase

    def _opens_a_contrast(self, index: int) -> bool:
        """Whether the token at ``index`` opens a main clause whose subject comes first:
        لكن، بينما، فيما …، كان، or أن after غير / إلا / بيد ("غير أن فلان قال"); not أن
        after a verb or a preposition ("اعترف بأن فريقه …"), inside what was said."""
        token = self.tokens[index]
        if token.bare in ("كان", "كانت", "كانوا") or token.text in _SUBJECT_ANCHORS:
            return True
        return (
            token.text in _COMPLEMENTIZERS
            and index > 0
            and self.tokens[index - 1].bare in ("غير", "الا", "بيد")
        )

    def closes_continuing(self, index: int) -> bool:
        """Whether the token at ``index`` ends a verb of continuing written before a subject
        ("ولا تزال أسمرة تطالب …"، "وما زالت الحكومة تؤكد أن …"): like كان, it opens the
        subject of the present verb that follows."""
        if index < 1 or not (self.tokens[index - 1].word and self.tokens[index].word):
            return False
        negator = self.tokens[index - 1].text
        if negator[:1] in ("و", "ف") and len(negator) == 3:
            negator = negator[1:]  # "ولا تزال"، "فما زالت": the short negator keeps its و
        return f"{negator} {self.tokens[index].text}" in self.lexicon.continuing_auxiliaries

    def _is_subject_anchor(self, token: Token) -> bool:
        """Whether a subject may follow ``token`` (أن، كان، لكن …)."""
        word = token.text
        return (
            word in _COMPLEMENTIZERS
            or token.bare in ("كان", "كانت", "كانوا")
            or word in _SUBJECT_ANCHORS
        )


def _plural_verb(verb: str, tense: str) -> bool:
    """Whether a verb form carries the plural's suffix: the past in وا ("دعوا"، "أكدوا"), the
    present in ون ("يطالبون"، "تتهمون"). A verb written before its subject agrees with it
    in gender only and stays singular, so the phrase after a plural verb is its object."""
    return (tense != PRESENT and verb.endswith("وا")) or (tense == PRESENT and verb.endswith("ون"))


def _lam_noun(word: str) -> str:
    """The noun a word glued to ل holds: "لوكالة" → "وكالة", "للتلفزيون" → "التلفزيون".

    >>> _lam_noun("للتلفزيون"), _lam_noun("لصحيفة"), _lam_noun("قال")
    ('التلفزيون', 'صحيفة', '')
    """
    if not word.startswith("ل") or len(word) < 3:
        return ""
    if word.startswith("لل") and len(word) > 3:
        return "ال" + word[2:]
    return word[1:]


def _definite(word: str) -> bool:
    """A word with the article: "ال…" without a possessive suffix ("التزامها" is not).

    >>> _definite("الروسيه"), _definite("التزامها")
    (True, False)
    """
    # Not a set of THIRD_PERSON_PRONOUNS: ه is left out ("الروسيه" is الروسية normalised)
    # and us and you (plural), نا and كم, are in.
    return (
        word.startswith("ال")
        and word not in _NOT_ARTICLE
        and not word.endswith(("ها", "هم", "هما", "نا", "كم"))
    )


#: Words that start with ال without carrying the article (إلى، إلا، الذي …).
_NOT_ARTICLE = frozenset(
    {"الي", "الا", "الان", "الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان", "اللي"}
)


def _is_demonym(entity: Entity, found: tuple[int, int, Entity], text: str) -> bool:
    """A country entity written as an adjective ("الروسي") rather than a name."""
    if entity.kind is not EntityKind.COUNTRY:
        return False
    written = text[found[0] : found[1]]
    return bool(_NISBA.match(written)) and not entity.text.endswith("ا")
