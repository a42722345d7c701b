"""The built-in rounds extractor: talks, rounds, meetings and summits between parties.

A round is found in two passes over the shared analysis.

1. **Mentions.** A cheap trigger pass finds round nouns (محادثات، جولة، اجتماع،
   لقاء، قمة …, word list ``round_nouns``) and verbs of meeting (التقى، سيلتقي،
   يلتقي …). Only there do the expensive rules run: the status cue that governs
   the trigger (``round_held``, ``round_planned``, ``round_proposed``,
   ``round_possible``, ``round_cancelled``), its ordinal, venue, date, parties
   and mediators. A mention with a status cue is an *event*; one with only an
   ordinal, a venue or a relative reference (الجولة المقبلة) is a *weak*
   mention; a bare topic mention (استمرار المحادثات، مسار المحادثات) is neither
   and yields nothing.
2. **Rounds.** Event mentions that can be the same round (same status class,
   no conflicting venue or ordinal) are merged into one record; weak mentions
   join the round they fit (same ordinal, same venue, the next round for
   المقبلة). The most informative mention is the evidence, the others are kept
   in ``mentions``.

A phone call is never a round, a host is never a mediator unless the text says
it mediates, and countable plurals (جولات جديدة) name no particular round unless
they were held (عقدوا سلسلة من الاجتماعات).
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

import attrs
import regex

from negotext.ar.normalize import normalize_text
from negotext.extractors import round_model
from negotext.extractors._common import (
    NEGATIONS,
    QUESTION_WHETHER,
    Cue,
    bare,
    find_cues,
    has_break,
    located_entities,
    norm_range,
    segment_label,
    sentence_range,
    tokens,
)
from negotext.extractors.round_grouping import (
    WEEKDAYS,
    _dedupe,
    _entity_key,
    _Group,
    _group,
    _past,
    _this_week,
)
from negotext.hookspecs import hookimpl
from negotext.records import DateRef, Entity, EntityKind, Round, RoundStatus

if TYPE_CHECKING:
    from negotext.analysis import Analysis
    from negotext.ar.dates import DateMention
    from negotext.ar.ordinals import Ordinal
    from negotext.records import Record

__all__ = ["negotext_extract_records"]

#: Word lists of triggers and what kind of trigger each is.
TRIGGER_LEXICONS = {
    "round_nouns": "noun",
    "round_meet_past": "held",
    "round_meet_future": "planned",
    "round_meet_present": "present",
}
#: Word lists of status cues and the status each states ("" states none).
STATUS_LEXICONS = {
    "round_held": "held",
    "round_held_adjacent": "held_adjacent",
    "round_moving_subjunctive": "held_adjacent",
    "round_during": "during_adjacent",
    "round_held_near": "held_near",
    "round_sequence": "held_near",
    "round_outcome": "held_outcome_near",
    "round_outcome_nouns": "held_outcome_near",
    "round_held_after": "held_after",
    "round_possible_after": "possible_after",
    "round_planned_near": "planned_near",
    "round_planned": "planned",
    "round_planned_before": "planned_before",
    "round_ready": "proposed_adjacent",  # (before round_proposed: its label wins for both)
    "round_proposed": "proposed",
    "round_proposed_verbs": "proposed_object",
    "round_planned_verbs": "planned_object",
    "round_arranging": "proposed_adjacent",
    "round_wanting": "proposed_adjacent",
    "round_possible": "possible",
    "round_cancelled": "cancelled",
    "round_present": "present",
    "round_neutral": "",
}
#: Labels of verbs that govern a round only as the object of a verbal noun of holding (اقترح
#: عقد جولة، قرر الرؤساء عقد الجولة المقبلة) or through a that-clause.
OBJECT_LABELS = frozenset({"proposed_object", "planned_object"})
#: Statuses a cue may state from after the round noun (a relative clause: التي عقدت).
AFTER_STATUSES = frozenset(
    {
        "held",
        "held_relative",
        "held_near",
        "held_outcome_near",
        "planned",
        "planned_near",
        "cancelled",
        "possible",
        "present",
    }
)
#: Statuses a cue states only after the round noun and only when no cue before it governs
#: it (محادثات استمرت ساعات، مشاورات رعتها الأمم المتحدة).
AFTER_ONLY_STATUSES = frozenset({"held_after", "possible_after"})
#: Relative pronouns that carry a cue across a comma (الجولة الخامسة، التي عقدت في روما).
RELATIVES = frozenset({"التي", "الذي", "والتي", "والذي", "اللتين", "اللذين"})
#: Words that carry an ordinal after a clause break: "، وهي الأولى منذ …".
ORDINAL_COPULAS = frozenset(
    {"هي", "هو", "وهي", "وهو", "كانت", "كان", "وكانت", "وكان", "لتكون", "ستكون", "تعد", "وتعد"}
)
#: "Any" before a round noun: no particular round (أي جولة قادمة يجب أن تبدأ بملف الرواتب).
ANY_WORDS = frozenset({"اي", "لاي", "باي", "واي"})
#: Conditionals before a verb of outcome: a condition states no round (إذا فشلت المحادثات).
CONDITIONALS = frozenset(normalize_text(w) for w in ("إذا", "وإذا", "لو", "ولو", "حال", "لئن"))
#: "In turn" (بدوره، بدورها), which reads as دورة (a session) with a pronoun once normalised.
IN_TURN = frozenset({"بدوره", "بدورها", "بدورهم", "بدورهما", "وبدوره", "وبدورها"})
#: Words after which a verb opens a clause (قد عقد، فقد عُقد، حيث أجرى محادثات، عندما عقد، ثم
#: عقد), each with the conjunctions it takes (وقد، فقد، ولقد، وعندما، فحين).
CLAUSE_OPENERS = frozenset(
    normalize_text(conjunction + word)
    for word in (
        *("قد", "لقد", "حيث", "عندما", "بعدما", "حين", "حينما", "كما", "إذ", "ثم"),
        *("فيما", "بينما"),  # فيما عُقد آخر لقاء: a contrasting clause
    )
    for conjunction in ("", "و", "ف")
)
#: Words before أن that make the verb after it a past verb opening a clause (بعد أن عقد
#: الرئيسان …، قبل أن يعقد، منذ أن أجرى): أنّ before a noun never follows them.
THAT_OPENERS = frozenset(normalize_text(w) for w in ("بعد", "وبعد", "قبل", "وقبل", "منذ"))
#: Verbs of being and becoming between a round and its predicate (بات ممكناً، يبدو ممكناً).
COPULAS_OF_BECOMING = frozenset(
    normalize_text(w)
    for w in ("بات", "باتت", "أصبح", "أصبحت", "صار", "صارت", "يبدو", "تبدو", "يظل", "تظل")
)
#: Nouns an adjective of possibility describes instead of the round (في أقرب وقت ممكن).
NOT_PREDICATED = frozenset(
    normalize_text(w) for w in ("وقت", "فرصة", "قدر", "حد", "مدى", "موعد", "أجل")
)
#: "May" before a present verb (قد تنطلق، وقد تستضيف): the round is only possible.
MAY_WORDS = frozenset({"قد", "وقد", "فقد"})
#: The past of كان before قد and a past verb: the pluperfect (وكان الطرفان قد وقّعا).
PAST_BEING = frozenset(
    conjunction + word
    for word in ("كان", "كانت", "كانا", "كانتا", "كانوا")
    for conjunction in ("", "و")
)
#: لم with its conjunctions: a present form after it tells the past (ولم تسفر الجولة عن نتائج).
JUSSIVE_NEGATIONS = frozenset({"لم", "ولم", "فلم"})
#: Indefinite adjectives of the next round (في جولة مقبلة), which the ordinals do not read.
NEXT_WORDS = frozenset(normalize_text(w) for w in ("مقبلة", "مقبل", "قادمة", "قادم"))
#: Exceptives that make a negation before them mean "only" (لم يكن … سوى، ما … إلا).
EXCEPTIVES = frozenset(normalize_text(w) for w in ("سوى", "إلا"))
#: Copulas before a round noun that name the round just told (وهذه هي الجولة الثامنة).
DEMONSTRATIVES = frozenset(
    {"هي", "هو", "وهي", "وهو", "هذه", "هذا", "وهذه", "وهذا", "تلك", "ذلك", "وتلك", "وذلك"}
)
#: Words that follow a city noun but are no city's name (في العاصمة العمانية خلال الأشهر).
NOT_NAMES = frozenset(
    normalize_text(w)
    for w in (
        "خلال",
        "منذ",
        "بعد",
        "قبل",
        "حيث",
        "يوم",
        "أمس",
        "اليوم",
        "في",
        "نفسها",
        "نفسه",
        "ذاتها",
    )
)
#: Words of purpose before a verbal noun: the noun is then a goal, not an event
#: (الدفع نحو استئناف المحادثات).
PURPOSES = frozenset(
    normalize_text(w) for w in ("إلى", "نحو", "أجل", "بهدف", "لضمان", "أمام", "بشأن")
)
#: Words that introduce what talks are about: a place after them is the topic, not the venue.
#: Prepositions of an adjunct of time that relates one event to another (بعد محادثات في X).
TIMING_WORDS = frozenset(
    normalize_text(w)
    for w in ("بعد", "وبعد", "قبل", "وقبل", "عقب", "وعقب", "إثر", "اثر", "غداة", "عشية")
)
#: Prepositions of what is spoken about (تحدث مسؤولون في X عن لقاء، كشفت مصادر في X حول …).
ABOUT_WORDS = frozenset(normalize_text(w) for w in ("عن", "حول", "بشأن", "بخصوص", "وعن", "وحول"))
TOPICS = frozenset(normalize_text(w) for w in ("حول", "بشأن", "بخصوص", "عن", "لبحث", "لمناقشة"))
#: Auxiliaries between a negation and the verb it negates (لم يتم تحديد موعد).
AUXILIARIES = frozenset({"يتم", "تتم", "يكن", "تكن", "يجر", "تجر"})
#: An adjective of a plural or dual round noun: a non-human plural takes a feminine singular
#: adjective (الجولات السابقة، جولات متتالية، الاجتماعات الثلاثة), a dual a dual one.
PLURAL_ADJECTIVE = regex.compile(r"(?!في$|فيه$)\p{L}{2,}(?:ه|تين|تان)")
#: A contrast, alone or with the pronoun of what it contrasts (لكن، لكنه، ولكنها).
CONTRAST_PRONOUN = regex.compile(r"و?لكن(?:ه|ها|هما|هم)?")
#: أن after إلا / غير / قبل, alone or with a pronoun (إلا أنه، غير أنها).
THAT_PRONOUN = regex.compile(r"ان(?:ه|ها|هما|هم)?")
#: How far after a contrast its verb of calling off may stand (غير أن الزيارة المقررة أُرجئت).
CALLED_OFF_WORDS = 3
#: Words that open the event a round is counted or dated from (منذ توقيع الاتفاق في جنيف).
SINCE_WORDS = frozenset(normalize_text(w) for w in ("منذ", "ومنذ", "مُنذ"))
#: The verbal noun of signing, with its proclitics (توقيع اتفاق، منذ توقيع، بتوقيع الاتفاق).
SIGNING_NOUNS = frozenset(
    normalize_text(w) for w in ("توقيع", "وتوقيع", "بتوقيع", "وبتوقيع", "التوقيع", "بالتوقيع")
)
#: Prepositions that order one event after or before another (الاجتماع بعد أشهر من القمة).
ORDERING_WORDS = frozenset(
    normalize_text(w) for w in ("بعد", "قبل", "عقب", "قبيل", "إثر", "وبعد", "وقبل")
)
#: Connectives made with أن that join clauses, not report one (غير أن، إلا أن، كما أن).
CONNECTIVES = frozenset(
    normalize_text(w) for w in ("غير", "إلا", "كما", "رغم", "برغم", "بيد", "حيث", "لو", "ولو")
)
#: Words that open a that-clause (أن، إن، بأن، وأن).
THAT_WORDS = frozenset({"ان", "بان", "وان", "لان"})
#: How many words before a verbal noun of hosting the city offering to host may stand
#: (نيروبي قد عرضت الشهر الماضي استضافة).
OFFER_WORDS = 5
#: How many days before publication talks must have begun for that beginning to be their first
#: round rather than the round of the news.
BEGUN_LONG_AGO_DAYS = 14
#: How many words the parties of a plural (بين وزيري خارجية البلدين) may take before its verb.
PARTIES_WORDS = 8
#: How far after a round a list of its items may begin, and one item after another.
LIST_WINDOW = 140
#: The conjunction of sequence as a word before an item of a list (، ثم الرابعة في مسقط).
SEQUENCE_WORDS = frozenset({"ثم", "وثم"})
LIST_ITEM_WINDOW = 90
#: Where an item of a list ends at the latest: a clause break or the end of its sentence.
ITEM_END = regex.compile(r"[,;:!?\n]|\.(?!\d)")
#: Copulas an item of a list may open with (، كانت الأولى في مسقط).
COPULAS = frozenset({"كانت", "كان", "وكانت", "وكان"})
#: Words that stand between a venue preposition and the venue (في العاصمة العمانية مسقط).
VENUE_FILLERS = frozenset(
    {"العاصمه", "عاصمه", "مدينه", "المدينه", "بلده", "البلده", "قريه", "القريه", "منتجع", "مطار"}
)  # and a village, a resort or an airport (في قرية إرغنيتي، في منتجع كرانس مونتانا، في مطار أرغايل)
#: Nouns of a part of a city (في ضاحية X شمالي العاصمة): the venue is the city, not the part.
SUBURB_NOUNS = frozenset(normalize_text(w) for w in ("ضاحية", "ضواحي", "حي", "أحياء"))
#: Nouns of an area that stand between في and a place the gazetteer knows (في منطقة "قازاخ"),
#: but name no unknown place after them (في منطقة محايدة).
AREA_NOUNS = frozenset({"منطقه", "اقليم", "محافظه", "ولايه"})
VENUE_WORDS_EXTRA = frozenset(normalize_text(w) for w in ("في", "إلى"))
#: Words before a building the gazetteer holds as an institution that make it a venue
#: (في البيت الأبيض، داخل قصر الإليزيه); "بـ" attached counts too.
BUILDING_PREPOSITIONS = frozenset(normalize_text(w) for w in ("في", "داخل", "وفي", "وداخل"))

#: Prepositions before an agreement noun that make it no object of a verb of signing
#: (وقعت اشتباكات رغم الاتفاق).
PREPOSITIONS = frozenset(
    normalize_text(w)
    for w in ("رغم", "بعد", "قبل", "منذ", "عن", "من", "في", "حول", "بشأن", "ضد", "لـ", "مع", "عبر")
)

#: Words before a round that tell it as still to come (قبيل قمة ألاسكا).
AHEAD_WORDS = frozenset(normalize_text(w) for w in ("قبل", "قبيل", "وقبيل", "وقبل", "حتى"))

#: Nouns that name a building (قصر الدرعية، فندق …، مقر …): a place they open is a building.
BUILDING_NOUNS = frozenset(
    normalize_text(w) for w in ("قصر", "فندق", "مقر", "مبنى", "منتجع", "القصر", "الفندق", "المقر")
)

#: What may stand between a building and its city: بـ، في، and a city noun (في قصر الدرعية
#: بالرياض، في قصر تشيراغان بمدينة إسطنبول، في قصر الأمم في مدينة جنيف).
BUILDING_CITY_GAP = regex.compile(r"(?:(?:ب|في|ف)?|(?:ب|في ?)(?:ال)?(?:مدينه|عاصمه|بلده|جزيره))")

#: A verbal noun of postponing or cancelling with a pronoun (تأجيلها، إرجاؤها، إلغاؤه).
CANCELLED_PRONOUN = regex.compile(r"\b(?:تاجيل|ارجاء|ارجاؤ|الغاء|الغاؤ|الغائ)(?:ها|هما|ه)\b")
#: Punctuation that ends a clause (comma, semicolon, colon).
CLAUSE_PUNCTUATION = regex.compile(r"[,;:]")
#: A short aside set off by commas (، صباح الاثنين،).
ASIDE = regex.compile(r",[^,\n]{1,32},")
#: Conjunctions that open a contrasting clause: a city before them is not the venue of a
#: round after them (وصل الوزير إلى باريس، فيما تعثرت المفاوضات).
CONTRASTS = frozenset(
    normalize_text(w) for w in ("فيما", "وفيما", "بينما", "وبينما", "حين", "لكن", "ولكن")
)
#: The end of a sentence (not a decimal point).
SENTENCE_END = regex.compile(r"[!?\n]|\.(?!\d)")
#: "Other" after a round noun (جولتان أخريان، لقاء آخر).
OTHER_WORDS = frozenset(
    normalize_text(w) for w in ("أخرى", "أخريان", "أخريين", "آخر", "آخران", "آخرين", "أخريات")
)
#: "In the same city" (في المدينة ذاتها، في العاصمة نفسها): the city of the round told before.
SAME_CITY = regex.compile(
    r"في (?:ال)?(?:مدينه|عاصمه|بلده)(?: ال\p{L}+يه)? (?:ذاتها|نفسها|عينها)"
)  # في المدينة الساحلية ذاتها: with an adjective too
#: An object pronoun after a verb (استضافتها، احتضنتهما، استضافه، استضافهم).
#: Prepositions that join a round to the format it belongs to, beside the frame words of
#: round_framework (الجولة الرابعة من منبر جدة، الاجتماع الخامس لآلية الناقورة).
FORMAT_PREPOSITIONS = frozenset({"من", "ل"})
HOSTED_PRONOUN = regex.compile(r"(?:هما|هم|ها|ه)$")
#: The parties of a round and their names in an aside, then في: the venue follows (اجتماع بين
#: كبيري المفاوضين، بيتار بتكوفيتش عن صربيا وبسنيك بيسليمي عن كوسوفو، في العاصمة البلجيكية).
BETWEEN_ASIDE = regex.compile(
    r"\s+بين [^,.;:\n]{2,60},[^,.;:\n]{2,90}, في (?!ظل|اطار|سياق|ضوء|حين|وقت|الوقت)"
)
#: Words that make a verbal noun of resuming a topic or a prospect, not an event (تحدث عن
#: فرص استئناف المفاوضات، حول بدء المحادثات، جهود استئناف الحوار).
PROSPECTS = frozenset(
    normalize_text(w)
    for w in (
        "عن",
        "حول",
        "بشأن",
        "فرص",
        "فرصة",
        "آفاق",
        "إمكانية",
        "إمكانيات",
        "احتمال",
        "احتمالات",
        "شروط",
        "مستقبل",
        "جهود",
        "مساعي",
        "دعوات",
        "آمال",
        "مطالب",
    )
)
#: Verbs of faltering: a round they tell that "was scheduled" did not take place.
FALTERING = frozenset(
    normalize_text(w) for w in ("تعثرت", "تعثر", "تعطلت", "تعطل", "تعذرت", "تعذر", "تعثرتا")
)
#: Past verbs of the passive periphrasis (تم التوصل إليه، جرى التوقيع عليه): the verbal noun
#: after them tells a past event.
PASSIVE_AUXILIARIES = frozenset(normalize_text(w) for w in ("تم", "وتم", "جرى", "وجرى", "فتم"))
#: "Was scheduled" right after the round (جولة كانت مقررة، الاجتماع الذي كان من المقرر).
WAS_SCHEDULED = regex.compile(r"\s*(?:التي |الذي |اللتين |اللذين )?كان(?:ت)? (?:من )?(?:ال)?مقرر")
#: A schedule told in the past of the round it follows, in its clause: a relative clause
#: (، التي كان مقرراً أن تنطلق، الذي كان من المفترض عقده، الذي كان مرتقباً) or the adjective right after the
#: noun (وكان اجتماع مقرر في باريس … قد أُلغي).
SCHEDULE_TOLD = regex.compile(
    r"(?:(?P<relative>و?(?:التي|الذي|اللتين|اللذين)) )?"
    r"(?:كان(?:ت)? (?:من )?(?:ال)?(?:مقرر|مفترض|منتظر|مرتقب)\p{L}*|كان(?:ت)? (?:يفترض|ينتظر)|(?:مقرر|مرتقب|مزمع)\p{L}{0,3})\b"
)
#: Verbal nouns of calling off (تأجيل، إلغاء، إرجاء): a predicate after a schedule is a verb.
CALLING_OFF_NOUNS = frozenset(normalize_text(w) for w in ("تأجيل", "إلغاء", "إرجاء"))
#: Definite participles of schedule that open a relative clause after a comma with no
#: pronoun (الاجتماع الثاني عشر، المقرر عقده الأسبوع المقبل في …).
SCHEDULE_PARTICIPLES = frozenset(
    normalize_text(w) for w in ("المقرر", "المقررة", "المزمع", "المزمعة", "المرتقب", "المرتقبة")
)
#: Verbs and the noun of inviting (دعا، سيدعو، دعوة) without proclitics, normalised.
INVITING = frozenset(
    normalize_text(w)
    for w in ("دعا", "دعت", "دعوا", "دعتا", "يدعو", "تدعو", "سيدعو", "ستدعو", "دعوة", "الدعوة")
)
#: The meeting nouns an invitation convenes (اجتماع), without proclitics, normalised.
MEETING_NOUNS = frozenset(normalize_text(w) for w in ("اجتماع", "الاجتماع", "اجتماعا"))
#: A word that names more than one party: a dual or a plural (الطرفان، الوفدين، ممثلو،
#: المفاوضون) or one joined by و to another (وجيش التحرير).
PARTIES_WORD = regex.compile(r"^و\p{L}{2,}|\p{L}{2,}(?:ان|ين|ون|و)$")
#: A month and year fronted at the opening of a clause (ففي نوفمبر 2019 عقد، وفي مارس 2023 أجرى).
FRONTED_DATE = regex.compile(r"(?:^|[,;:.\n]\s*|\s)(?:[وف]|فف)?في \p{L}+ \d{4}\s+$")
#: An aside between a cue and its round noun, up to the whole window a cue reaches (ستستضيف
#: الدوحة، بحسب مصادر دبلوماسية مطلعة تحدثت لوكالة للأنباء شريطة عدم الكشف عن هويتها، جولة).
CUE_ASIDE = regex.compile(r",[^,.;:\n]{1,105},")
#: A clause joined by و or ف after a comma (، وتركزت، فيما; not the preposition في).
CONJOINED_CLAUSE = regex.compile(r",\s*(?!في\b)[وف]\p{L}")
#: An aside between a modal and its أن clause (من المرجح، بحسب مصادر أمريكية …، أن).
LONG_ASIDE = regex.compile(r",[^,.\n]{1,70},")
#: Asides in a row between a verb of signing and its venue or agreement share their commas
#: (وقّع الرئيسان، الخميس، في جدة، على الاتفاق: a day and the venue, each between commas).
ASIDES = regex.compile(r"(?:,[^,.\n]{1,70})+,")

SPORTS_WORDS = 4  # different words of sport that make a document a sports report
LABOUR_WORDS = 3  # different words of unions, strikes and pay that make a labour report
BEFORE_WINDOW = 110  # how far before a trigger its governing cue may stand
NEAR_WINDOW = 45  # … when the cue is an ordinary verb of happening or arriving
AFTER_WINDOW = 60  # how far after it a relative-clause cue may stand
AFTER_ONLY_WINDOW = 25  # … a cue of the noun's own phrase (محادثات استمرت ساعات)
ATTRIBUTE_WINDOW = 70  # how far venue, date and ordinal may stand from the trigger
PARTY_WINDOW = 110
SIGNING_WINDOW = 160  # how far after a verb of signing its agreement may stand past a venue
PRESENT_DATE_WINDOW = 75  # how far after a present verb of holding its date to come may stand
FAR_REACH = 50  # how much further a venue may stand past the parties of a relative clause
FAR_REACH_VERB = 100  # … past the long subject and object of a verb of meeting
APPOSITION_WINDOW = 90  # how far "، وهو الثاني" may stand after a round with a long name
ARRIVAL_REACH = 110  # how much further a verb of arriving may stand before its word of purpose
KIND_WINDOW = 170  # … and "، هي الرابعة من نوعها" after a round with a long list of parties
SCHEDULE_WINDOW = 150  # how far after a round its schedule may stand past its parties


@attrs.define
class _Mention:
    """One mention of a round, with what the text says about it there (normalised offsets)."""

    start: int
    end: int
    status: RoundStatus | None
    evidence: tuple[int, int]
    segment: str
    ordinal: int | None = None
    relative: str | None = None
    place: Entity | None = None
    date: DateRef | None = None
    parties: list[Entity] = attrs.Factory(list)
    mediators: list[Entity] = attrs.Factory(list)
    #: Whether the round noun has the article (الاجتماع): it may name a round told before.
    definite: bool = False
    #: Whether the ordinal is told of the noun in apposition (الاجتماع، وهو الثاني).
    appositive: bool = False
    #: Whether the trigger is a verb of meeting (التقى): its subject and object come first.
    verb: bool = False
    #: Whether the mention counts several rounds (عقدا ثلاث جولات، جولتين): never one round.
    plural: bool = False
    #: Whether the venue is a city in construct (مفاوضات جدة), not said with في.
    construct: bool = False
    #: How much further than the usual window its venue may stand: past the subject and
    #: object of a verb of meeting or of a relative clause that names the parties (القمة التي
    #: جمعت الرئيس … ورئيس الوزراء … في البيت الأبيض بواشنطن).
    far: int = 0
    #: Whether "other" follows the noun (جولتان أخريان، لقاء آخر): not the round just told.
    other: bool = False

    #: Whether the venue and then the date follow the noun in its own phrase (اجتماع نيويورك
    #: في يوليو الماضي، القمة الأولى في سنغافورة في يونيو 2018).
    dated_venue: bool = False

    #: The round noun without clitics or article (قمه for لاستضافة قمة، القمة).
    head: str = ""
    #: The sentence the mention stands in (normalised range).
    sentence: tuple[int, int] = (0, 0)
    #: Whether the mention continues a sequence (ثم جولة ثانية في أديس أبابا، والثالثة …).
    sequel: bool = False

    #: Whether the mention stands in a headline (a line with no final full stop).
    headline: bool = False
    #: The building of the venue when its city is named with it (في قصر الدرعية بالرياض).
    building: Entity | None = None
    #: Whether the venue is the fixed venue of the round's format (الجولة الرابعة من منبر
    #: جدة), known rather than told: weaker evidence of the round than a venue the text names.
    format_venue: bool = False
    #: Whether the round is planned by a delegation arriving for it (وصل الوفد … للمشاركة).
    arrival: bool = False
    #: Whether that verb tells the delegation has arrived (وصل، not يصل or توجه): the round
    #: it came for takes place unless the story tells it as still to begin.
    arrived: bool = False
    #: Whether the round is told after بعد / عقب in another round's sentence (الجولة الثالثة …،
    #: بعد جولة يوليو 2024): an earlier round, never that one.
    earlier: bool = False
    #: Whether أما opens the round's phrase (أما اللقاء الذي كان مرتقباً في X فقد …): a topic
    #: set against what was told before, not that round told again.
    contrast: bool = False
    #: Whether a date follows the noun in construct (جولة يوليو 2024): a round named by it.
    dated: bool = False
    #: Whether the round is told as still to come (a future marker in its sentence, قبيل،
    #: استعداداً لـ): a round named by its place is then no past round.
    ahead: bool = False
    #: The learned model's status (``round_model``) for a mention no rule gives one: used only
    #: when the mention joins no round told and no rule's round shares its sentence.
    model_status: RoundStatus | None = None
    #: Whether only the model keeps the mention (the rules would drop it as a mere topic).
    model_only: bool = False
    #: The country of the venue (the gazetteer's), and whether the venue is the whole country
    #: or a building in it rather than a city or town: such a venue and a city of that
    #: country can be one round's (`round_grouping._same_venue`).
    venue_country: str | None = None
    venue_broad: bool = False
    #: Whether the ordinal counts the rounds since an event (أول لقاء بينهما منذ الأزمة، وهي
    #: الثانية منذ انضمام مدنيين): a count of its own, which the round's place in its series
    #: (الجولة الرابعة من المفاوضات) told elsewhere overrides.
    since: bool = False

    @property
    def score(self) -> int:
        """How much this mention states: the clearest one becomes the evidence.

        A headline states the story's round too, but the coders' evidence is the body's.
        """
        return (
            -4 * self.headline
            + 2 * (self.place is not None and not self.format_venue)
            + self.format_venue
            + 2 * (self.ordinal is not None)
            + (self.date is not None)
            + min(len(self.parties), 2)
            + 2 * min(len(self.mediators), 1)
            + 2 * (self.status is not None)
        )


class _Located(list[tuple[int, int, Entity]]):
    """Entities with their normalised ranges, and their starts for bisection when in order."""

    def __init__(self, items: list[tuple[int, int, Entity]]) -> None:
        super().__init__(items)
        self.starts = [start for start, _, _ in items]
        self.ordered = all(a <= b for a, b in zip(self.starts, self.starts[1:], strict=False))


def _starting_within(items: _Located, lo: int, hi: int) -> Sequence[tuple[int, int, Entity]]:
    """The items that start in ``[lo, hi]``, in their order: a slice found by bisection.

    Entities come in text order, so the ones near a round are one contiguous run;
    a list out of order is returned whole (the caller filters it anyway).
    """
    if not items.ordered:
        return items
    return items[bisect.bisect_left(items.starts, lo) : bisect.bisect_right(items.starts, hi)]


def _previous_words(source: Analysis | str, position: int, count: int) -> list[str]:
    """The ``count`` words before ``position``, nearest first (no clause break crossed).

    ``source`` is the normalised text, or better the analysis: its words are
    then read from the text tokenised once (``Analysis.words_in``).
    """
    if isinstance(source, str):
        text = source
        found = tokens(text, max(0, position - 40), position)
    else:
        text = source.norm.text
        found = source.words_in(max(0, position - 40), position)
    words: list[str] = []
    for start, end in reversed(found):
        if has_break(text, end, position):
            break
        words.append(text[start:end])
        if len(words) == count:
            break
    return words


def _negated(text: str, position: int) -> bool:
    """Whether the word at ``position`` is negated (لم يلتقيا، لم يتم تحديد موعد)."""
    words = _previous_words(text, position, 2)
    if words and words[0] in NEGATIONS:
        return True
    return len(words) == 2 and words[0] in AUXILIARIES and words[1] in NEGATIONS


def _present_tense(word: str) -> bool:
    """Whether a word looks like a present-tense verb (تمهد، يفضي), not a past one (توقفت)."""
    return len(word) >= 4 and word[0] in "يت" and not word.endswith(("ت", "تا"))


def _topic_between(words: list[str]) -> bool:
    """Whether a topic word stands among the words between a round and a place.

    عن introduces the topic only right after the round or its cue (محادثات عن الأوضاع في …);
    after a noun it names whom (بممثلين عن الحوثيين في مسقط).
    """
    about = normalize_text("عن")
    return any(
        word in TOPICS and (word != about or index == 0 or words[index - 1] in ("قد",))
        for index, word in enumerate(words)
    )


def _building_after_topic(words: list[str]) -> bool:
    """Whether في and a building noun follow the last topic word among ``words``.

    "اجتماعاً بشأن قبرص في مقر المنظمة الدولية بنيويورك": the building opens a venue
    phrase of its own, so the city after it is where the round is, not its topic.
    """
    last = max((i for i, word in enumerate(words) if word in TOPICS), default=-1)
    return any(
        word in BUILDING_PREPOSITIONS and words[i + 1] in BUILDING_NOUNS
        for i, word in enumerate(words[last + 1 : -1], start=last + 1)
    )


def _closing_quote(text: str, position: int) -> bool:
    """Whether the last quotation mark before ``position`` closes a quotation in its line."""
    line_start = text.rfind("\n", 0, position) + 1
    return text.count('"', line_start, position) % 2 == 0


def _clause_initial(text: str, cue: Cue) -> bool:
    """Whether a cue opens its clause (عقد مسؤولون …، وعقد الوفدان …، قد عقد …)."""
    if text[cue.start] in "لب" and not cue.word.startswith(text[cue.start]):
        return False  # لعقد اجتماع، بعقد جولة: a verbal noun of purpose, not the verb
    if text[cue.start] in "وف" and not cue.word.startswith(text[cue.start]):
        return True
    before = text[max(0, cue.start - 6) : cue.start]
    if "\n" in before[len(before.rstrip()) :]:
        return True  # a paragraph opens with it
    before = before.rstrip()
    if before.endswith('"') and _closing_quote(text, cue.start):
        return False  # واقترحت «قسد» عقد الجولة: a quoted name ends there, no clause
    if not before or before[-1] in ",;:.!?\"'-–)":
        return True
    if FRONTED_DATE.search(text, max(0, cue.start - 40), cue.start):
        return True  # ففي نوفمبر 2019 عقد الوزراء أول اجتماع لهم: after a fronted date
    previous = _previous_words(text, cue.start, 2)
    if previous[:1] == ["ان"] and previous[1:] and previous[1] in THAT_OPENERS:
        return True  # بعد أن عقد الرئيسان في أبوظبي أول قمة: أن opens a verb's clause
    return bool(previous) and previous[0] in CLAUSE_OPENERS


class _Reader:
    """Reads the round mentions of one document."""

    def __init__(self, analysis: Analysis) -> None:
        self.analysis = analysis
        self.text = analysis.norm.text
        self._boosts: list[tuple[int, int, float, str]] | None = None  # read when first asked
        nouns = {"round_nouns": "noun"}
        verbs = {name: kind for name, kind in TRIGGER_LEXICONS.items() if kind != "noun"}
        triggers = [
            c
            for c in find_cues(analysis, nouns, suffixes=True)
            if self.text[c.start : c.end] not in IN_TURN
        ]  # بدورها: "in turn", not دورة (a session) with a pronoun
        sit = analysis.word_set("round_sit")
        first = analysis.word_set("round_meet_first_person")
        receive = analysis.word_set("round_receive")
        triggers += [
            c
            for c in find_cues(analysis, verbs)
            if (
                (c.word not in sit and c.word not in first and c.word not in receive)
                or (c.word in receive and self._receives_a_delegation_at_a_place(c))
                or (
                    c.word not in receive and self._sits_at_a_place(c, first_person=c.word in first)
                )
            )
        ]  # جلس الطرفان في جدة (not: جلس الوفدان في غرفتين منفصلتين، التقينا الوزير في مكتبه)
        dialogues = self._dialogues(analysis)
        #: Where dialogue is a round noun: its verbal noun governs it, so it heads its own
        #: trigger (الجولة الثامنة منذ إطلاق الحوار في كراكاس: two rounds).
        self.dialogue_starts = {c.start for c in dialogues}
        triggers += dialogues
        sessions = [
            c
            for c in find_cues(analysis, {"round_session_nouns": "noun"}, suffixes=True)
            if not self._part_of_a_round(c)
        ]  # جلسة لجنة الميكانيزم (not: الجلسة الأولى من الجولة الثالثة، الجلسة الختامية)
        #: Where a session noun (جلسة) is the trigger: a round only as a sitting of its own.
        self.session_starts = {c.start for c in sessions}
        triggers += sessions
        triggers += self._gatherings(analysis, triggers)
        duals = self._construct_duals(analysis)
        #: Where a dual in construct stands (اجتماعي جنيف، اجتماعا جنيف): two rounds counted.
        self.dual_starts = {c.start for c in duals}
        triggers = [c for c in triggers if c.start not in self.dual_starts] + duals
        triggers += self._construct_duals(analysis, "round_construct_nouns")  # مؤتمر برلين
        triggers.sort(key=lambda c: c.start)
        self.trigger_cues = {c.start: c for c in triggers}
        self.statuses = find_cues(analysis, STATUS_LEXICONS, suffixes=True)
        self.agree_verbs = analysis.word_set("round_agree")
        for cue in find_cues(analysis, {"round_held_initial": "held"}):
            if self._agreed_object(cue.start) is not None:
                continue  # اتفقا على مواصلة التواصل وعقد لقاء آخر: a verbal noun agreed on
            if _clause_initial(self.text, cue) and not self._object_after_aside(cue):
                self.statuses.append(cue)
            elif self._relative_verb(cue):  # الاجتماع الأخير الذي عُقد، بلقاء … عُقد الثلاثاء
                self.statuses.append(Cue(cue.start, cue.end, cue.word, "held_relative"))
        self.statuses += self._sendings(analysis)
        # on its own: "على أن" overlaps the cues it stands before (على أن يعقد)
        self.statuses += find_cues(analysis, {"round_planned_adjacent": "planned_adjacent"})
        self.statuses.sort(key=lambda c: c.start)
        moving = analysis.word_set("round_moving")
        self.host_words_early = analysis.word_set("round_host")
        self._moving_places = located_entities(analysis, (EntityKind.PLACE, EntityKind.COUNTRY))
        self.statuses = [
            c
            for c in self.statuses
            if c.word.split()[-1] not in moving or self._moved_to_a_place(c)
        ]  # انتقلت المفاوضات إلى مرحلة جديدة: no round moved anywhere
        subjunctive = analysis.word_set("round_moving_subjunctive")
        self.statuses = [
            c
            for c in self.statuses
            if c.word not in subjunctive
            or self._subjunctive_of_a_past_story(c.start, sentence_range(analysis, c.start)[0])
        ]  # قبل أن تعود المحادثات إلى مسقط (not: تعود المحادثات إلى جنيف, told as news)
        #: The end of the first noun of each trigger cluster (its head), by cluster start.
        self.heads: dict[int, int] = {}
        self.dates = [(*norm_range(analysis, d.span), d) for d in analysis.dates]
        self._gap_places = located_entities(analysis, (EntityKind.PLACE,))
        self.triggers = self._cluster(triggers)
        self.phone = find_cues(analysis, {"round_phone": "phone"})
        self.future = find_cues(analysis, {"round_future_markers": "future"})
        self.holding = analysis.word_set("round_holding_nouns")
        self.adjacent_words = analysis.word_set("round_held_adjacent")
        self.previous_words = analysis.word_set("round_previous")
        self.continuing = analysis.word_set("round_continuing")
        self.participated = analysis.word_set("round_participated")
        self.relatives = analysis.word_set("round_relatives")
        self.framework = analysis.word_set("round_framework")
        self.purposes = find_cues(analysis, {"round_purpose": "purpose"})
        self.verbal_nouns = analysis.word_set("round_verbal_nouns")
        self.arrivals = find_cues(analysis, {"round_arrival": "arrival", "round_visit": "visit"})
        self.arrival_words = analysis.word_set("round_arrival")
        self.arrived_words = analysis.word_set("round_arrived")
        self.sequence_words = analysis.word_set("round_sequence")
        self.effort_words = analysis.word_set("round_effort")
        self.during_words = analysis.word_set("round_during")
        self.process_states = analysis.word_set("round_process_states")
        self.outcome_words = analysis.word_set("round_outcome")
        self.outcome_nouns = analysis.word_set("round_outcome_nouns")
        self.preparing = analysis.word_set("round_preparing")
        self.suspending = analysis.word_set("round_suspended")
        countries = {e.id for e in analysis.entities if e.kind == EntityKind.COUNTRY and e.id}
        armed = any(e.kind == EntityKind.GROUP for e in analysis.entities)
        self.context_cues = find_cues(analysis, {"round_context": "context"})
        self.context = (
            len(countries) >= 2
            or bool(countries and armed)  # الحكومة اليمنية والحوثيين: a state and a group
            or bool(self.context_cues)
        )  # a document about parties or talks at all
        sport_cues = find_cues(analysis, {"round_sports": "sport"})
        #: A sports report (four or more different words of sport): rounds are fixtures.
        self.sports = len({c.word for c in sport_cues}) >= SPORTS_WORDS
        self.sport_starts = [c.start for c in sport_cues]
        labour = {c.word for c in find_cues(analysis, {"round_labour": "labour"})}
        #: A report on a labour dispute (a union and two more words of strikes or pay, and no
        #: two states nor a state and an armed group): a union's meetings are wage talks.
        self.labour = (
            len(labour) >= LABOUR_WORDS
            and any("نقاب" in word or "اتحاد" in word for word in labour)
            and not (len(countries) >= 2 or (countries and armed))
        )
        self._states = [
            (*norm_range(analysis, e.span), e)
            for e in analysis.entities
            if e.kind in (EntityKind.COUNTRY, EntityKind.GROUP)
        ]
        self.not_talks = find_cues(analysis, {"round_not_talks": "other"})
        self.bodies = find_cues(analysis, {"round_not_talks_subjects": "body"})
        self.generic = find_cues(analysis, {"round_generic": "generic"})
        self.mediation = find_cues(analysis, {"round_mediation": "mediation"})
        self.venue_words = analysis.word_set("round_venue") | VENUE_WORDS_EXTRA
        self.host_words = analysis.word_set("round_host")
        self.holding_verbs = self.host_words | analysis.word_set("round_present")
        self._venue_cache: dict[int, bool] = {}
        self._countries: dict[Entity, Entity | None] = {}
        gazetteer = analysis.resources.gazetteer
        self._place_types: dict[Entity, str | None] = {}
        for entity in analysis.entities:
            if entity.kind in (EntityKind.PLACE, EntityKind.ORGANIZATION):
                entry = gazetteer.entry_of(entity)
                self._place_types[entity] = entry.place_type if entry is not None else None
        #: Negotiation formats named in the text (منبر جدة، مسار برلين، مجموعة مينسك), as
        #: normalised ranges: a place inside one's name is a venue only where it meets.
        self.formats = [(m.start, m.end, m.format) for m in analysis.formats]
        #: Places inside a format's name that is where the format meets (جدة in منبر جدة):
        #: a venue only when the text names no other.
        self.format_venues: set[int] = set()
        #: Where envoys and ambassadors are posted (المبعوث الأممي إلى السودان، السفير لدى
        #: مصر): a place inside such a title is part of someone's role, never a venue.
        postings = [norm_range(analysis, t.span) for t in analysis.titles if " to " in t.role]
        places = []
        for item in located_entities(
            analysis, (EntityKind.PLACE, EntityKind.COUNTRY, EntityKind.ORGANIZATION)
        ):
            if item[2].kind == EntityKind.ORGANIZATION and not self._inside_building(item):
                continue
            if any(a <= item[0] and item[1] <= b for a, b in postings):
                continue  # بحضور المبعوث الأمريكي إلى سوريا: the envoy's post, not the venue
            named_in = next((f for a, b, f in self.formats if a <= item[0] < b), None)
            if named_in is not None:
                if named_in.venue != item[2].name:
                    continue  # مسار برلين، مجموعة مينسك، اتفاق أوسلو: the name, not a venue
                self.format_venues.add(item[0])
            places.append(item)
        self.places = _Located(places)
        self.actors = _Located(
            located_entities(
                analysis,
                (EntityKind.COUNTRY, EntityKind.ORGANIZATION, EntityKind.PERSON, EntityKind.GROUP),
            )
        )
        self.ordinals = [(*norm_range(analysis, o.span), o) for o in analysis.ordinals]
        self.dates = [(*norm_range(analysis, d.span), d) for d in analysis.dates]

    def _receives_a_delegation_at_a_place(self, cue: Cue) -> bool:
        """Whether a verb of receiving (round_receive) tells a meeting: a delegation is its
        object, and a place follows in its clause after في or ب (استقبل الرئيس وفد الحركة
        بنيروبي، استقبلت الرياض وفداً من المتمردين في قصر اليمامة بالرياض; not: استقبل الوزير
        وفداً عسكرياً، استقبل الرئيس السفير في مكتبه)."""
        starts = {
            start
            for start, _, _ in located_entities(
                self.analysis, (EntityKind.PLACE, EntityKind.COUNTRY)
            )
        }
        words = self.analysis.words_in(cue.end, min(len(self.text), cue.end + 140))[:16]
        delegation = False
        for index, (a, b) in enumerate(words):
            word = self.text[a:b]
            if not delegation:
                delegation = any(w.startswith(("وفد", "وفود")) for w in (word, bare(word)))
                venue = False
            elif word == "في":
                after = words[index + 1 : index + 3]
                venue = bool(after) and after[0][0] in starts
                if (
                    not venue
                    and len(after) == 2
                    and self.text[after[0][0] : after[0][1]] in VENUE_FILLERS
                ):
                    venue = after[1][0] in starts
            else:
                venue = word.startswith("ب") and a + 1 in starts  # وفد إيمرالي بأنقرة
            if delegation or venue:
                gap = ASIDES.sub(" ", self.text[cue.end : a]).rstrip().removesuffix(",")
                if has_break(gap, 0, len(gap)):  # ، اليوم الإثنين، وفد …، في X: asides
                    return False
            if venue:
                return True
        return False

    def _sits_at_a_place(self, cue: Cue, first_person: bool = False) -> bool:
        """Whether a verb of sitting tells parties meeting at a place: its first في in its
        clause, past its subject, is followed by a place (after a city noun too), and the
        subject is more than one party (جلس الطرفان في جدة، جلس ممثلو الطرفين للمرة الأولى في
        مدينة جدة، جلسا في جنيف; not: جلس الرئيس في مقعده بقاعة المؤتمر في أديس أبابا).

        A verb in the first person (التقيت X، الذي يسمي نفسه وزيراً، في بندر; جلسنا مع الحكومة
        في جيبوتي) has the speaker's side and the other for its parties; an aside opened by a
        relative pronoun between commas does not end its clause.
        """
        starts = {
            start
            for start, _, _ in located_entities(
                self.analysis, (EntityKind.PLACE, EntityKind.COUNTRY)
            )
        }
        words = self.analysis.words_in(cue.end, min(len(self.text), cue.end + 110))[:14]
        verb = self.text[cue.start : cue.end].lstrip("وف")
        several = first_person or verb.endswith(("ا", "تا", "وا", "ان", "ون"))  # جلسا، يجلسان
        clause_start = cue.end
        for index, (a, b) in enumerate(words[:-1]):
            if first_person and self.text[a:b] in RELATIVES and self._right_after_comma(a):
                aside_end = self.text.find(",", b, min(len(self.text), b + 80))
                if aside_end > 0 and not SENTENCE_END.search(self.text, b, aside_end):
                    clause_start = aside_end + 1  # التقيت X، الذي يسمي نفسه وزيراً، في بندر
                continue
            if a < clause_start:
                continue
            if has_break(self.text, clause_start, a):
                return False
            word = self.text[a:b]
            if word != "في":
                several = several or bool(PARTIES_WORD.search(word))
                continue
            after = words[index + 1 : index + 3]
            if after[0][0] in starts:
                return several
            if len(after) == 2 and self.text[after[0][0] : after[0][1]] in VENUE_FILLERS:
                return several and after[1][0] in starts
            return False  # جلس الوفدان في قاعتين منفصلتين: the first في names no place
        return False

    def _dialogues(self, analysis: Analysis) -> list[Cue]:
        """Dialogue as the object of a verbal noun of holding or starting right before it
        (استئناف الحوار، إجراء حوار شامل): a round noun there only."""
        found = find_cues(analysis, {"round_dialogue": "noun"})
        if not found:
            return []
        holding = analysis.word_set("round_holding_nouns") | analysis.word_set("round_verbal_nouns")
        ready = analysis.word_set("round_ready")
        return [
            cue
            for cue in found
            if (previous := _previous_words(analysis, cue.start, 2))
            and (
                (
                    self.text[cue.start : cue.end].startswith(("حوار", "الحوار"))
                    and (
                        (
                            bare(previous[0]) in holding
                            and previous[0][:1] not in "لب"  # لاستئناف الحوار: a purpose
                        )
                        or " ".join(previous[::-1]) in ready  # مستعدة لرعاية حوار: offered
                    )
                    and previous[1:] != ["منذ"]  # منذ إطلاق الحوار: a time the span starts from
                )
                or (
                    self.text[cue.start : cue.end].startswith(("لحوار", "للحوار"))
                    and previous[0] in ready  # مستعد لحوار مع الرئيس: a dialogue offered
                )
            )
        ]

    def _gatherings(self, analysis: Analysis, triggers: Sequence[Cue]) -> list[Cue]:
        """Verbs of bringing parties together told as the meeting itself (``round_gathering``).

        "حين جمع الوسيط الرئيسَ A ورئيسَ B في X" (held), "سيجمع الطرفين في X" (planned),
        "سيحاول جمع الطرفين مجدداً في X"، "نجحت أنقرة في جمع A وB في X" (the verbal noun, a
        noun trigger the verb before it governs). Only with no round noun before it in its
        clause (لقاء جمع، القمة التي جمعت: that round's relative clause), an object that
        names parties (a named party or a word for both sides, or the pronoun of the two)
        and a place after the first في of its clause.
        """
        found = find_cues(analysis, {"round_gathering": "gathering"})
        if not found:
            return []
        text = self.text
        kinds = (EntityKind.PERSON, EntityKind.COUNTRY, EntityKind.GROUP, EntityKind.ORGANIZATION)
        party_starts = {start for start, _, _ in located_entities(analysis, kinds)}
        place_starts = {
            start
            for start, _, _ in located_entities(analysis, (EntityKind.PLACE, EntityKind.COUNTRY))
        }
        references = analysis.word_set("party_references")
        nouns = [c.start for c in triggers]
        gathered = []
        for cue in found:
            word = text[cue.start : cue.end]
            verb = word[1:] if word[:1] in "وف" and not word.startswith(cue.word) else word
            if _negated(text, cue.start):
                continue
            index = bisect.bisect_left(nouns, cue.start)
            if (
                index
                and cue.start - nouns[index - 1] < 90
                and not has_break(text, nouns[index - 1], cue.start)
            ):
                continue  # لقاء جمع X وY، القمة التي جمعت: the round noun's relative clause
            previous = [
                "" if a in party_starts or a in place_starts else text[a:b]
                for a, b in reversed(analysis.words_in(max(0, cue.start - 40), cue.start))
                if not has_break(text, b, cue.start)
            ][:4]  # nearest first; a name is no verb (نجحت تركيا في جمع)
            label = self._gathering_tense(verb, previous)
            if label is None:
                continue
            several = verb.endswith(("هما", "هم"))  # جمعهما: the pronoun of both parties
            named = 0  # named parties in the object; one and a conjoined noun is two
            spans = analysis.words_in(cue.end, min(len(text), cue.end + 170))[:24]
            at_place = False
            for i, (a, b) in enumerate(spans[:-1]):
                if has_break(text, cue.end, a):
                    break
                w = text[a:b]
                if w != "في":
                    if (
                        a in party_starts
                        or (w[:1] in "وب" and a + 1 in party_starts)
                        or (named and w.startswith("وال"))
                    ):
                        named += 1  # الرئيس A والرئيس B، الحكومة التشادية والمعارضة
                    several = several or named >= 2 or w in references or bare(w) in references
                    continue
                after = spans[i + 1 : i + 3]
                if after[0][0] in place_starts:
                    at_place = True
                elif len(after) == 2 and text[after[0][0] : after[0][1]] in VENUE_FILLERS:
                    at_place = after[1][0] in place_starts
                break
            if several and at_place:
                gathered.append(Cue(cue.start, cue.end, cue.word, label))
        return gathered

    @staticmethod
    def _gathering_tense(verb: str, previous: list[str]) -> str | None:
        """The trigger kind of a verb of bringing together, from its tense or what governs it.

        A finite verb tells its tense (جمع held, يجمع present, سيجمع planned). The bare form
        after a preposition or a verb is the verbal noun: after the past of a verb of managing
        (نجحت في جمع، تمكن من جمع) it was held; after a verb to come or a purpose (سيحاول
        جمع، يسعى إلى جمع، لجمع) it is only possible; after anything else it tells nothing.
        """
        if verb in ("لجمع", "بجمع"):
            return "possible" if verb == "لجمع" else None
        if verb != "جمع":
            if verb.startswith(("سي", "ست")):
                return "planned"
            return "present" if verb.startswith(("ي", "ت")) else "held"
        words = [w[1:] if w[:1] in "وف" and len(w) > 4 else w for w in previous[:4]]
        if any(_present_tense(w) or (w[:1] == "س" and _present_tense(w[1:])) for w in words[:3]):
            return "possible"  # سيحاول الوسيط جمع، يسعى إلى جمع
        if previous[:1] and previous[0] in ("في", "من", "علي", "الي"):
            success = any(w.startswith(("نجح", "تمكن", "افلح")) for w in words[1:])
            return "held" if success else None  # نجحت أنقرة في جمع، تمكن من جمع
        return "held"  # حين جمع الوسيط: the past verb itself

    def _construct_duals(
        self, analysis: Analysis, lexicon: str = "round_construct_duals"
    ) -> list[Cue]:
        """Nouns that are round nouns only in construct with a place right after: the duals of
        round nouns (جولتا جدة، اجتماعي جنيف) and a conference named by its city (مؤتمر برلين
        الثاني، مؤتمر كرانس مونتانا; ``round_construct_nouns``). A purpose with لـ after the
        place other than talks (``round_talks_purposes``: للحوار، للسلام) says it gathers for
        something else (مؤتمر القاهرة لإعادة إعمار غزة، مؤتمر باريس لدعم لبنان)."""
        duals = find_cues(analysis, {lexicon: "noun"})
        if not duals:
            return []
        talks = analysis.word_set("round_talks_purposes")
        places = {start: end for start, end, _ in located_entities(analysis, (EntityKind.PLACE,))}
        found = []
        for cue in duals:
            following = analysis.words_in(cue.end, min(len(self.text), cue.end + 3))[:1]
            if (
                not following
                or following[0][0] not in places
                or has_break(self.text, cue.end, following[0][0])
            ):
                continue
            end = places[following[0][0]]
            after = [
                self.text[a:b]
                for a, b in analysis.words_in(end, min(len(self.text), end + 30))[:2]
                if not has_break(self.text, end, a)
            ]
            purpose = next((w for w in after if w.startswith("ل") and len(w) >= 4), None)
            if purpose is not None and not (purpose[1:] in talks or "ال" + purpose[2:] in talks):
                continue  # مؤتمر القاهرة لإعادة الإعمار: a conference for something else
            found.append(cue)
        return found

    def _object_after_aside(self, cue: Cue) -> bool:
        """Whether a word of holding after an aside is the object of a modal cue before it.

        "لم يستبعد فيدان، في تصريحات لوكالة الأناضول، عقد لقاء يجمع الرئيسين": the comma
        closes an aside, and عقد is the verbal noun the cue before the aside governs, not a
        verb opening a clause.
        """
        before = self.text[max(0, cue.start - 70) : cue.start]
        match = regex.search(r",[^,\n]{1,60},\s*$", before)
        if match is None:
            return False
        aside = cue.start - len(before) + match.start()
        return any(
            c.label in ("possible", "proposed", "proposed_object", "planned", "planned_object")
            and 0 <= aside - c.end <= 25
            and not has_break(self.text, c.end, aside)
            for c in self.statuses
        )

    def _relative_verb(self, cue: Cue) -> bool:
        """Whether a verb of holding that opens no clause is a relative clause's verb.

        "الاجتماع الأخير الذي عُقد في تونس"، "بلقاء على مستوى كبيرَي المفاوضين عُقد الثلاثاء":
        after a relative pronoun or a noun, not after a preposition or a word of purpose or
        time (بعد عقد جولة، إلى عقد، لعقد: a verbal noun). It states a status only after the
        round noun (as ``held_relative``).
        """
        text = self.text
        if text[cue.start] in "لب" and not cue.word.startswith(text[cue.start]):
            return False
        previous = _previous_words(self.analysis, cue.start, 1)
        if not previous:
            return False
        word = previous[0]
        if word in RELATIVES:
            return True
        return not (
            word in PREPOSITIONS
            or word in PURPOSES
            or word in AHEAD_WORDS
            or word in TOPICS
            or word in ("علي", "الي", "اعاده", "امكانيه", "ضروره", "اهميه")
            or bare(word) in self.analysis.word_set("round_verbal_nouns")
        )

    def _sendings(self, analysis: Analysis) -> list[Cue]:
        """ "أرسلت الحكومة وفداً": a verb of sending and a delegation noun, as one status cue."""
        verbs = find_cues(analysis, {"round_send_past": "held", "round_send_future": "planned"})
        nouns = find_cues(analysis, {"round_delegations": "delegation"})
        found = []
        for verb in verbs:
            for noun in nouns:
                if verb.end <= noun.start <= verb.end + 30 and not has_break(
                    self.text, verb.end, noun.start
                ):
                    found.append(Cue(verb.start, noun.end, verb.word, verb.label))
                    break
        return found

    def _part_of_a_round(self, cue: Cue) -> bool:
        """Whether a session noun names a part of a round, not a round: an adjective of a part
        of the day or programme right after it (الجلسة الختامية، جلسة مسائية), or, after at
        most one word, the round it belongs to with من or ل (الجلسة الأولى من الجولة الثالثة،
        الجلسة الختامية لمفاوضات جنيف)."""
        text = self.text
        following = self.analysis.words_in(cue.end, min(len(text), cue.end + 40))[:3]
        words = [text[a:b] for a, b in following]
        if words and words[0] in self.analysis.word_set("round_session_parts"):
            return True
        nouns = self.analysis.word_set("round_nouns")
        for k, word in enumerate(words[:2]):
            if has_break(text, cue.end, following[k][0]):
                return False
            if word == "من" and k + 1 < len(words) and bare(words[k + 1]) in nouns:
                return True
            if word.startswith("ل") and bare(word) in nouns:
                return True
        return False

    def _session_of_a_round_told(self, index: int, sent_start: int, date_start: int | None) -> bool:
        """Whether a session (told with no ordinal nor "next" of its own) is a sitting of a
        round told, not a round: it has the article and no date (قال عقب الجلسة), or it follows
        another round noun in its sentence with no date of its own after it ("اختتم الوفدان
        جولتهما الثالثة …، بعد جلسة لم تتجاوز أربعين دقيقة"); not "جاء الاجتماع استكمالاً
        للجلسة التي عقدت في الثالث من الشهر"."""
        start, end, _ = self.triggers[index]
        if start not in self.session_starts:
            return False
        if date_start is None and self.text[start:end].lstrip("وف").startswith(("ال", "بال", "لل")):
            return True  # قال عقب الجلسة: the sitting of the round told, named by its article
        if not index:
            return False
        return self.triggers[index - 1][0] >= sent_start and (
            date_start is None or date_start < end
        )

    def _not_talks(self, end: int) -> bool:
        """Whether a word that is not talks follows the trigger (الجولة الثالثة من الدوري)."""
        # جلسة للحكومة، اجتماع للبرلمان: the cue table reads ل before a listed word's article.
        for cue in self.not_talks:
            if end <= cue.start <= end + 30:
                gap = self.analysis.words_in(end, cue.start)
                if not gap and bare(cue.word) == "دوري" and self._meeting_noun_before(end):
                    continue  # اجتماعها الدوري، الاجتماع الدوري: a periodic meeting, not a league
                if all(
                    self.text[s:e] == "من" or any(o[0] <= s < o[1] for o in self.ordinals)
                    for s, e in gap
                ) and not has_break(self.text, end, cue.start):
                    return True
        return False

    def _meeting_noun_before(self, end: int) -> bool:
        """Whether the word ending at ``end`` is a meeting noun (اجتماع، لقاء، اجتماعها)."""
        words = _previous_words(self.analysis, end, 1)
        return bool(words) and any(stem in words[0] for stem in ("اجتماع", "لقاء", "لقاءات"))

    def _cluster(self, triggers: list[Cue]) -> list[tuple[int, int, str]]:
        """Adjacent triggers (الجولة الثالثة من المفاوضات، محادثات السلام) as one trigger."""
        clusters: list[tuple[int, int, str]] = []
        for cue in triggers:
            if clusters:
                start, end, kind = clusters[-1]
                gap = self.text[end : cue.start]
                if (
                    len(gap) <= 22
                    and not has_break(self.text, end, cue.start)
                    and kind == "noun"
                    and cue.label == "noun"
                    and not any(
                        end <= c.start and c.end <= cue.start for c in self.statuses if c.label
                    )  # جولة مسقط بعد تأجيل جولة: a cue between them tells another round
                    and not self._coordinated(end, cue.start)
                    and cue.start not in self.dialogue_starts
                    and not any(
                        self.text[a:b] in SINCE_WORDS or self.text[a:b] in ORDERING_WORDS
                        for a, b in self.analysis.words_in(end, cue.start)
                    )  # جولة هي الثالثة منذ مفاوضات جنيف: the talks since which it is counted;
                    # الاجتماع بعد أشهر من القمة: one event ordered after another
                ):
                    clusters[-1] = (start, cue.end, kind)
                    continue
            clusters.append((cue.start, cue.end, cue.label))
            self.heads[cue.start] = cue.end
        return clusters

    # -- one mention ------------------------------------------------------------

    def mentions(self) -> Iterator[_Mention]:
        found: list[_Mention] = []
        for index, (start, end, kind) in enumerate(self.triggers):
            mention = self._mention(index, start, end, kind)
            listed = (
                self._listed_rounds(start, end)
                if kind == "noun" and self._plural(start, end, None)
                else []
            )
            bare_plural = mention is None and kind == "noun" and self._plural(start, end, None)
            if not listed and (mention is not None or bare_plural):
                listed = self._ordinal_list(mention, index)
            if not listed and bare_plural and found:
                listed = self._ordinals_in_its_clause(found[-1], start, end)
            if mention is not None and not (listed and mention.plural):
                found.append(
                    mention
                )  # (ثلاث جولات …: الأولى في …، والثانية في …: the list names them)
                found += self._coordinated_venues(mention)
            found += listed
        found += self._worked_towards()
        self._postponed_by_pronoun(found)
        found += self._signings()
        found += self._signing_nouns(found)
        found += self._trips()
        found += self._tracks_begun()
        found.sort(key=lambda m: m.start)
        found += self._elided_earlier(found)
        found.sort(key=lambda m: m.start)
        self._city_of_host_country(found)
        self._same_city(found)
        self._told_in_sequence(found)
        gazetteer = self.analysis.resources.gazetteer
        for mention in found:
            if mention.place is not None:
                mention.venue_country = gazetteer.country_of(mention.place)
                mention.venue_broad = mention.place.kind == EntityKind.COUNTRY or self._building(
                    mention.place
                )
        yield from (m for m in found if not self._asked_whether(m.start))

    def _asked_whether(self, position: int) -> bool:
        """Whether ``position`` stands in a yes/no question (هل هناك موعد للجولة المقبلة؟).

        A question opened by هل (after a speaker's label too: س: هل …؟) asks whether a round
        is, will be or was: it tells none; the answer after it tells what there is. A question
        with a question word (ما الذي تغير بعد قمة X؟، ما موقفكم من مقترح استضافة جولة؟)
        takes the round it names as told, and stays.
        """
        start, end = sentence_range(self.analysis, position)
        if not self.text[start:end].rstrip(" \"'»”").endswith("?"):
            return False
        for a, b in self.analysis.words_in(start, min(end, start + 40))[:4]:
            if self.text[a:b] in QUESTION_WHETHER:
                before = self.text[start:a]
                return not regex.search(r"\p{L}", before) or before.rstrip().endswith(":")
        return False

    def _adjective_status(self, end: int) -> RoundStatus | None:
        """The status an adjective of the round noun states within its next two words (قمة
        مقترحة، جولة أولى محتملة، اللقاء المقترح), before a preposition or a break."""
        possible = self.analysis.word_set("round_possible_after")
        proposed = self.analysis.word_set("round_proposed_after")
        for a, b in self.analysis.words_in(end, min(len(self.text), end + 30))[:2]:
            if has_break(self.text, end, a):
                return None
            word = self.text[a:b]
            if word in possible:
                return RoundStatus.POSSIBLE
            if word in proposed:
                return RoundStatus.PROPOSED
        return None

    def _to_come(self, date: DateRef) -> bool:
        """Whether a date is after the publication date (unknown: not)."""
        published = self.analysis.document.published
        return date.value is not None and published is not None and date.value > published

    def _model_status(self, start: int, end: int) -> RoundStatus | None:
        """The learned model's status for the round trigger at ``start``–``end`` when it takes
        it for a round (``round_model``); asked only where no rule gives a status, and never
        after a word of denial in its sentence (نفى المجلس عقد لقاء سري في …)."""
        if self._boosts is None:
            self._boosts = round_model.boosted(self.analysis)
        status = next(
            (s for b_start, b_end, _, s in self._boosts if b_start < end and start < b_end), None
        )
        if status is None:
            return None
        sent_start, _ = sentence_range(self.analysis, start)
        denials = self.analysis.word_set("round_denials")
        if any(
            bare(self.text[a:b]) in denials or self.text[a:b] in denials
            for a, b in self.analysis.words_in(sent_start, start)
        ):
            return None
        return RoundStatus(status)

    def _coordinated_venues(self, mention: _Mention) -> list[_Mention]:
        """Further rounds a plural at a venue lists by their venues joined by و.

        "بعد اجتماعي جنيف في مارس ونيويورك في يوليو الماضيين"، "بعد لقاءين في بروكسل في فبراير،
        وفي مدينة أوهريد في مارس": a round in each city, each with the date after its city; only
        dates, في and a city noun may stand between them (a comma only before وفي).
        """
        if not (mention.plural and mention.place is not None):
            return []
        text = self.text
        here = next(
            (item for item in self.places if item[2] is mention.place and item[0] >= mention.end),
            None,
        )
        held = self.analysis.word_set("round_held") if mention.status == RoundStatus.HELD else ()
        if here is None or any(
            text[a:b] != "في" and text[a:b] not in VENUE_FILLERS
            for a, b in self._own_verb_skipped(self.analysis.words_in(mention.end, here[0]), held)
        ):
            return []  # (تناوبت على استضافتها أديس أبابا والقاهرة: hosts, not its own venues)
        position = here[1]
        found = []
        for p_start, p_end, entity in _starting_within(self.places, position, position + 60):
            if p_start < position or entity.kind == EntityKind.ORGANIZATION:
                continue
            between = self.analysis.words_in(position, p_start)
            joined = [i for i, (a, b) in enumerate(between) if text[a:b] in ("وفي", "وب")]
            if text[p_start - 1 : p_start] == "و":
                start, rest = p_start - 1, self.analysis.words_in(position, p_start - 1)
            elif len(joined) == 1:
                start, rest = between[joined[0]][0], between[: joined[0]]
                if any(text[a:b] not in VENUE_FILLERS for a, b in between[joined[0] + 1 :]):
                    break  # وفي مدينة أوهريد: only a city noun between وفي and the city
            else:
                break
            gap = text[position:start]
            if has_break(gap.rstrip().removesuffix(",") if joined else gap, 0, len(gap.rstrip())):
                break
            if not all(
                text[a:b] == "في" or any(d0 <= a and b <= d1 for d0, d1, _ in self.dates)
                for a, b in rest
            ):
                break
            other = attrs.evolve(mention, start=start, end=p_end, evidence=(start, p_end))
            other.place, other.building, other.date, other.dated_venue = entity, None, None, False
            other.plural = (
                False  # one round at each venue: it may be told again (الجولة الثانية في …)
            )
            date = next(
                (
                    d
                    for d in self.dates
                    if p_end <= d[0] <= p_end + 4 and text[p_end : d[0]].strip() in ("", "في")
                ),
                None,
            )
            if date is not None:
                other.date = DateRef(date[2].text, date[2].span, date[2].value)
                other.evidence = (start, date[1])
                other.dated_venue = True
            found.append(other)
            position = other.evidence[1]
        return found

    def _own_verb_skipped(
        self, words: list[tuple[int, int]], verbs: frozenset[str] | tuple[()]
    ) -> list[tuple[int, int]]:
        """``words`` without the plural subject's own verb of holding (and قد before it) when
        they open with it: "الجولات السابقة قد عُقدت في فيينا وجنيف" lists its venues after
        the verb as "جولتين في فيينا وجنيف" does right after the noun."""
        text = self.text
        numbers = [norm_range(self.analysis, n.span) for n in self.analysis.numbers]
        skip = 0
        while skip < min(len(words), 3) and (
            PLURAL_ADJECTIVE.fullmatch(text[slice(*words[skip])])
            or any(n0 <= words[skip][0] and words[skip][1] <= n1 for n0, n1 in numbers)
        ):
            skip += 1  # (الجولات السابقة، جولات متتالية، الجولات الثلاث السابقة، جولتين متتاليتين)
        if skip < len(words) and text[slice(*words[skip])] == "بين":  # its parties (بين X وY)
            skip = next(
                (
                    i
                    for i in range(skip + 2, min(len(words), skip + PARTIES_WORDS))
                    if text[slice(*words[i])] in MAY_WORDS
                    or text[slice(*words[i])] in verbs
                    or text[slice(*words[i])] == "في"
                ),
                skip,
            )
        if skip < len(words) and text[slice(*words[skip])] in MAY_WORDS:
            skip += 1
        if skip < len(words) and text[slice(*words[skip])] in verbs:
            skip += 1
        if skip and skip < len(words) and text[slice(*words[skip])] == "في":
            return words[skip:]
        return words

    def _told_in_sequence(self, found: list[_Mention]) -> None:
        """A round told after قبل أن / بعد أن with a past date of its own was held.

        "رعى الاتحاد الأفريقي جولات عدة، قبل أن تُعقد في أديس أبابا آخر جولة مباشرة في ديسمبر
        2023": the subjunctive after قبل أن takes the tense of the story, which its date says
        is past (قبل أن تُعقد جولة … الشهر المقبل stays planned; with no date, no change).
        """
        published = self.analysis.document.published
        for mention in found:
            if (
                mention.status == RoundStatus.HELD
                and bare(self.text[mention.evidence[0] :].split(" ", 1)[0]).lstrip("و") in FALTERING
                and WAS_SCHEDULED.match(self.text, mention.end)
            ):
                mention.status = RoundStatus.CANCELLED  # تعثرت جولة كانت مقررة في جنيف
                continue
            if mention.status != RoundStatus.PLANNED or mention.date is None:
                continue
            if not _past(mention.date, published):
                continue
            cue = mention.evidence[0]
            if not self.text.startswith("ان ", cue):
                continue
            before = _previous_words(self.analysis, cue, 1)
            if before and before[0].lstrip("و") in ("قبل", "بعد"):
                mention.status = RoundStatus.HELD

    def _city_of_host_country(self, found: list[_Mention]) -> None:
        """A round told by its host country after a city in its sentence is held in the city.

        "التقى وزيرا الخارجية في مدينة ألماتي الكازاخية في مايو، في محادثات استضافتها
        كازاخستان": the talks in apposition are the meeting told just before, and the city
        (in that country, by the gazetteer) names its venue better than the country.
        """
        gazetteer = self.analysis.resources.gazetteer
        for index, mention in enumerate(found):
            if mention.place is None or mention.place.kind != EntityKind.COUNTRY:
                continue
            for before in reversed(found[:index]):
                if before.sentence != mention.sentence:
                    break
                if before.place is None or before.place.kind != EntityKind.PLACE:
                    continue
                entry = gazetteer.entry_of(before.place)
                if entry is not None and entry.country and entry.country == mention.place.id:
                    mention.place = before.place
                break

    def _same_city(self, found: list[_Mention]) -> None:
        """A round "في المدينة ذاتها / نفسها" is held in the city of the round told before it.

        "استضافت بكين أولى جولات هذا المسار في كونمينغ …، قبل أن تُعقد جولتان أخريان في
        المدينة ذاتها": the place the analysis' co-reference gives (``coref.same_place``: also
        "في المدينة التركية", the last city named in that country), else the city last named
        as a round's venue (في المدينة الساحلية ذاتها).
        """
        for index, mention in enumerate(found):
            if mention.place is not None or mention.status is None:
                continue
            referred = self._same_place_after(mention)
            if referred is not None:
                mention.place = referred
                continue
            match = SAME_CITY.search(self.text, mention.end, mention.end + ATTRIBUTE_WINDOW)
            if match is None or SENTENCE_END.search(self.text, mention.end, match.start()):
                continue
            if self.analysis.words_in(mention.end, match.start()) and has_break(
                self.text, mention.end, match.start()
            ):
                continue
            before = [
                m.place
                for m in found[:index]
                if m.place is not None
                and m.place.kind == EntityKind.PLACE
                and self._place_type(m.place) not in ("region", "building")
            ]
            if before:
                mention.place = before[-1]

    def _same_place_after(self, mention: _Mention) -> Entity | None:
        """The place a back-reference after في in the round's clause names (في المدينة ذاتها،
        في المدينة التركية), as the analysis' co-reference reads it."""
        limit = min(mention.sentence[1] or len(self.text), mention.end + ATTRIBUTE_WINDOW)
        words = self.analysis.words_in(mention.start, limit)
        for index, (a, b) in enumerate(words[:-1]):
            if SENTENCE_END.search(self.text, mention.start, a):
                break
            if self._hosts_it(self.text[a:b]):
                # الجولة الأولى، التي احتضنتها المدينة ذاتها: the back-reference hosts it
                offset = self.analysis.norm.to_original(words[index + 1][0])
                place = self.analysis.coref.same_place(offset)
                if place is not None and place.kind != EntityKind.COUNTRY:
                    return place
                break
        low = max(mention.sentence[0], mention.start - ATTRIBUTE_WINDOW)
        before = self.analysis.words_in(low, mention.start)
        for index, (a, b) in enumerate(before[:-1]):
            word = self.text[a:b]
            if not (
                word in ("في", "الي") or word in self.host_words or word[1:] in self.host_words
            ) or has_break(self.text, a, mention.start):
                continue
            # احتضنت المدينة الساحلية الجولة الأولى، عاد الوفدان إلى المدينة الساحلية لجولة
            # ثانية: the back-reference in the round's own clause, before it
            offset = self.analysis.norm.to_original(before[index + 1][0])
            place = self.analysis.coref.same_place(offset)
            if place is not None and place.kind != EntityKind.COUNTRY:
                return place
        for a, b in self.analysis.words_in(mention.end, limit):
            if has_break(self.text, mention.end, a):
                return None
            if self.text[a:b] != "في":
                continue
            offset = self.analysis.norm.to_original(a)
            place = self.analysis.coref.same_place(offset)
            if place is not None and place.kind != EntityKind.COUNTRY:
                return place
        return None

    def _hosts_it(self, word: str) -> bool:
        """Whether ``word`` is a verb of hosting with the round's pronoun (استضافتها، احتضنته،
        احتضنتهما، تستضيفها), also after و or التي (the round's relative clause)."""
        stem = HOSTED_PRONOUN.sub("", word)
        return stem != word and (
            stem in self.host_words or (stem[:1] in "وف" and stem[1:] in self.host_words)
        )

    def _trips(self) -> list[_Mention]:
        """A delegation travelling to a place to negotiate, told with no round noun.

        "وفد إسرائيلي أمني يتوجه إلى القاهرة الخميس لبحث آلية تشغيل المعبر": a delegation
        noun next to a verb of arriving (``round_arrival``), إلى and a place, then a word of
        purpose (``round_trip_purposes``) in the clause: a round planned there (not held:
        it has not begun). A round noun in the clause tells the round itself instead.

        A verb of visiting (``round_visit``) takes the place as its object with no إلى
        ("وفد من X سيزور دمشق قريباً لاستكمال النقاش"، "زار وفد حكومي نجامينا لبحث …"): the
        visit to come is planned, the one told in the past held.
        """
        text = self.text
        delegations = find_cues(self.analysis, {"round_delegations": "delegation"}, suffixes=True)
        purposes = find_cues(self.analysis, {"round_trip_purposes": "purpose"})
        found = []
        for verb in self.arrivals:
            if not self.context or _negated(text, verb.start):
                continue
            visit = verb.label == "visit"  # وفد من X سيزور دمشق قريباً لاستكمال النقاش
            if not any(
                (0 <= verb.start - d.end <= 40 and not has_break(text, d.end, verb.start))
                or (0 <= d.start - verb.end <= 3)
                for d in delegations
            ):
                continue  # no delegation travels
            sent_start, sent_end = sentence_range(self.analysis, verb.start)
            to = normalize_text("إلى")
            place = next(
                (
                    item
                    for item in _starting_within(self.places, verb.end, verb.end + 70)
                    if item[2].kind != EntityKind.ORGANIZATION
                    and (
                        _previous_words(self.analysis, item[0], 1) == [to]
                        if not visit
                        else not set(_previous_words(self.analysis, item[0], 1))
                        & (PREPOSITIONS | VENUE_WORDS_EXTRA)
                    )  # (a visit takes the place as its object: يزور X)
                    and not has_break(text, verb.end, item[0])
                ),
                None,
            )
            if place is None:
                continue
            purpose = next(
                (
                    p
                    for p in purposes
                    if place[1] <= p.start <= place[1] + 40
                    and (
                        not has_break(text, place[1], p.start)
                        or self._date_then_comma(place[1], p.start)
                    )
                ),
                None,
            )
            if purpose is None:
                continue
            breaks = [m.start() for m in CLAUSE_PUNCTUATION.finditer(text, purpose.end, sent_end)]
            clause_end = min([sent_end, *breaks])
            if any(verb.start <= t_start < clause_end for t_start, _, _ in self.triggers):
                continue  # للمشاركة في جولة جديدة: the round noun tells the round
            segment = segment_label(self.analysis, self.analysis.span(verb.start, purpose.end))
            if segment is None:
                continue
            word = text[verb.start : verb.end].lstrip("وف")
            status = (
                RoundStatus.HELD
                if visit and not word.startswith(("ي", "ت", "س"))
                else RoundStatus.PLANNED
            )  # زار الوفد X لبحث …: the visit took place; يزور، سيزور: to come
            mention = _Mention(verb.start, verb.end, status, (verb.start, purpose.end), segment)
            mention.verb = True
            mention.arrival = not visit
            mention.arrived = not visit and self._arrived(verb.start, verb.end)
            mention.sentence = (sent_start, sent_end)
            mention.head = "trip"
            mention.place = place[2]
            date = self._date(verb.end, purpose.start, verb.start, verb.end)
            if date is not None:
                mention.date = DateRef(date[2].text, date[2].span, date[2].value)
            found.append(mention)
        return found

    def _date_then_comma(self, start: int, end: int) -> bool:
        """Whether only a date and a comma part ``start`` from ``end`` (إلى القاهرة الأسبوع
        المقبل، لاستكمال البحث): the purpose is still the trip's."""
        gap = self.text[start:end]
        if gap.count(",") != 1 or not gap.rstrip().endswith(","):
            return False
        return any(
            start <= d_start and d_end <= end and not self.text[start:d_start].strip()
            for d_start, d_end, _ in self.dates
        )

    def _signings(self) -> list[_Mention]:
        """Rounds told by signing or reaching an agreement at a place (held there).

        "وقّع الزعيمان على نص المعاهدة في البيت الأبيض"، "الاتفاق الذي وقّعه X وY في دمشق"،
        "توصلا في مدينة أوهريد إلى اتفاق": a past verb of signing (``round_signing``) whose
        object is an agreement (``round_agreements``: after the verb in its clause, with
        على / إلى or nothing before it) or which describes one in a relative clause
        (الاتفاق الذي وقّعه) is a held round where the venue after the verb names it.
        With no venue it tells no round.
        """
        text = self.text
        agreements = find_cues(self.analysis, {"round_agreements": "agreement"}, suffixes=True)
        found = []
        for cue in find_cues(self.analysis, {"round_signing": "signing"}, suffixes=True):
            word = text[cue.start : cue.end]
            if word[0] in "وف" and (
                not cue.word.startswith(word[0]) or word[1:].startswith(cue.word[:3])
            ):
                word = word[1:]  # ووقّع: the conjunction before a verb that opens with و
            if not word.startswith(cue.word[:3]):
                previous = _previous_words(self.analysis, cue.start, 2)
                if not (
                    word.startswith("ال")
                    and previous
                    and previous[0] in PASSIVE_AUXILIARIES
                    and previous[1:] not in ([r] for r in RELATIVES)
                ):
                    continue  # التوصل، بالتوقيع: a verbal noun with its article, no verb
                # اتفاق تم التوصل إليه في جنيف: the verbal noun after تم / جرى is a past verb.
                # (Not yet after a relative, الاتفاق الذي جرى التوصل إليه في X: an agreement
                # recalled inside another round's sentence, whose grouping takes its venue.)
                cue = Cue(self.text.rfind(previous[0], 0, cue.start), cue.end, cue.word, cue.label)
            if word.startswith("ي") and _previous_words(self.analysis, cue.start, 2)[1:] not in (
                ["قبل"],
                ["بعد"],
            ):
                continue  # يوقعا only after قبل أن / بعد أن: the past told in the subjunctive
            if _negated(text, cue.start) or not self.context:
                continue
            sent_start, sent_end = sentence_range(self.analysis, cue.start)
            agreement = self._signs_agreement(cue, agreements, sent_end)
            if agreement is None:
                continue
            segment = segment_label(self.analysis, self.analysis.span(cue.start, cue.end))
            if segment is None:
                continue
            mention = _Mention(cue.start, cue.end, RoundStatus.HELD, (cue.start, cue.end), segment)
            mention.verb = True
            mention.sentence = (sent_start, sent_end)
            mention.head = "signing"
            mention.earlier = self._pluperfect(cue.start, sent_start)
            hi = min(sent_end, cue.end + ATTRIBUTE_WINDOW + 40)
            place = self._place(mention, cue.end, hi, [], cue.start)
            if place is None or place[2].kind == EntityKind.COUNTRY:  # في العاصمة التونسية
                place = self._named_city(cue.start, cue.end, sent_end, 130) or place
            where = None if place is not None else self._where_before(cue.start, sent_start)
            if place is None and where is None and agreement[1] <= cue.start:
                where = self._agreement_place(agreement)  # اتفاق واشنطن الذي وقّعه …
            if where is not None:  # انتقل المسار إلى الرباط، حيث وقّع الطرفان إعلان مبادئ
                mention.place = where[2]
                mention.evidence = (
                    min(where[0], agreement[0], cue.start),
                    max(where[1], agreement[1], cue.end),
                )
                found.append(mention)
                continue
            if place is None or place[0] < cue.end:
                continue  # a signing told with no venue in its clause
            asides = ASIDES if agreement[0] >= place[1] else ASIDE  # the venue before its object
            gap = asides.sub(" ", text[cue.end : place[0]])
            if has_break(gap, 0, len(gap)) and not self._venue_in_aside(cue.end, place, agreement):
                continue  # (a short aside between commas, السبت، does not part them)
            if agreement[0] > cue.start and place[0] >= agreement[1]:
                between = [text[a:b] for a, b in self.analysis.words_in(agreement[1], place[0])]
                if (
                    len(between) > 6
                    or self._place_type(place[2]) == "region"
                    or any(
                        (w in PREPOSITIONS and w != "في")
                        or w in TOPICS
                        or (w.startswith("ل") and len(w) > 3)
                        for w in between
                    )
                ):
                    continue  # اتفاقاً لوقف إطلاق النار في غزة: the agreement's topic
            mention.place = place[2]
            date = self._date(cue.end, place[1] + 40, cue.start, cue.end)
            end = place[1]
            if date is not None and not has_break(text, cue.end, date[0]):
                mention.date = DateRef(date[2].text, date[2].span, date[2].value)
                end = max(end, date[1])
            mention.evidence = (cue.start, end)
            found.append(mention)
        return found

    def _pluperfect(self, position: int, sent_start: int) -> bool:
        """Whether the past verb at ``position`` is told in the pluperfect (وكان الطرفان قد
        وقّعا في X إعلان مبادئ، وكانت الحكومة قد توصلت إلى اتفاق): before the news the
        article tells, so another, earlier round than the one it reports."""
        words = _previous_words(self.analysis, position, 7)
        if words[:1] not in (["قد"], ["وقد"]):
            return False
        for word in words[1:]:
            if word in PAST_BEING:
                start = self.text.rfind(word, sent_start, position)
                return start >= 0 and not has_break(self.text, start, position)
        return False

    def _signing_nouns(self, found: list[_Mention]) -> list[_Mention]:
        """The verbal noun of signing an agreement at a city (a round there, as the verb is).

        "بعد عامين على توقيع اتفاق السلام بين X وY في جدة" (held: a signing told as a point
        in time, after بعد / منذ / على / عقب / إثر / تم / جرى, or with a past date), "اقترح
        توقيع المعاهدة في واشنطن" (proposed, planned or possible: the cue that governs it).
        The agreement follows the noun in construct (or after على); the venue is a city or
        building after في in its clause, past the agreement's name and its parties.
        """
        text = self.text
        nouns = (
            [(a, b) for a, b in self.analysis.words_in(0, len(text)) if text[a:b] in SIGNING_NOUNS]
            if "توقيع" in text
            else []
        )
        if not nouns or not self.context:
            return []
        agreements = {
            c.start: c
            for c in find_cues(self.analysis, {"round_agreements": "agreement"}, suffixes=True)
        }
        made = []
        for start, end in nouns:
            following = self.analysis.words_in(end, min(len(text), end + 12))[:2]
            if not following:
                continue
            first = following[0][0]
            if text[following[0][0] : following[0][1]] == "علي" and len(following) > 1:
                first = following[1][0]  # التوقيع على الاتفاق
            agreement = agreements.get(first)
            if agreement is None or _negated(text, start):
                continue
            sent_start, sent_end = sentence_range(self.analysis, start)
            clause = ITEM_END.search(text, agreement.end, sent_end)
            limit = min(clause.start() if clause else sent_end, agreement.end + 110)
            place = next(
                (
                    (p_start, p_end, entity)
                    for p_start, p_end, entity in _starting_within(
                        self.places, agreement.end, limit
                    )
                    if p_end <= limit
                    and entity.kind == EntityKind.PLACE
                    and self._place_type(entity) != "region"
                    and self._venue_before(p_start)
                ),
                None,
            )
            if place is None or any(
                text[a:b] in TOPICS or text[a:b] in SINCE_WORDS or text[a:b] in ORDERING_WORDS
                for a, b in self.analysis.words_in(agreement.end, place[0])
            ):
                continue  # اتفاق حول الممرات في X: a topic, not where it was signed
            status = self._signing_noun_status(start, sent_start, place[1], limit)
            if status is None:
                continue
            segment = segment_label(self.analysis, self.analysis.span(start, end))
            if segment is None:
                continue
            mention = _Mention(start, end, status, (start, place[1]), segment)
            mention.sentence, mention.head = (sent_start, sent_end), "signing"
            mention.place = place[2]
            previous = _previous_words(self.analysis, start, 1)
            mention.earlier = bool(previous) and (
                previous[0] in SINCE_WORDS or previous[0] in ORDERING_WORDS
            )  # منذ توقيع الاتفاق في X: the event another round is counted from
            date = next((d for d in self.dates if place[1] <= d[0] and d[1] <= limit + 30), None)
            if date is not None and not SENTENCE_END.search(text, place[1], date[0]):
                mention.date = DateRef(date[2].text, date[2].span, date[2].value)
            if any(
                m.status is not None
                and m.start <= place[0] < m.evidence[1] + 1
                and m.place is not None
                and _entity_key(m.place) == _entity_key(place[2])
                for m in found
            ):
                continue  # the signing a verb or a round noun already told there
            made.append(mention)
        return made

    def _signing_noun_status(
        self, start: int, sent_start: int, place_end: int, limit: int
    ) -> RoundStatus | None:
        """The status of a signing told by its verbal noun, from what governs it."""
        for cue in self.statuses:
            if sent_start <= cue.start and cue.end <= start and start - cue.end <= 30:
                gap = [self.text[a:b] for a, b in self.analysis.words_in(cue.end, start)]
                if any(w[:1] == "ل" and len(w) > 3 for w in gap):
                    continue  # الدعوة لحضور احتفالية توقيع: the cue governs another noun
                if not has_break(self.text, cue.end, start):
                    label = cue.label
                    if label in ("proposed", "proposed_object", "proposed_adjacent"):
                        return RoundStatus.PROPOSED
                    if label in ("planned", "planned_object", "planned_before", "planned_near"):
                        return RoundStatus.PLANNED
                    if label == "possible":
                        return RoundStatus.POSSIBLE
        previous = _previous_words(self.analysis, start, 1)
        word = self.text[start : start + 6]
        if (
            previous
            and (
                previous[0] in SINCE_WORDS
                or previous[0] in ORDERING_WORDS
                or previous[0] in ("علي", "تم", "جري", "وتم", "وجري")
            )
        ) or word.startswith(("بتوقيع", "وبتوقيع")):
            return RoundStatus.HELD  # بعد عامين على توقيع، منذ توقيع، انتهت بتوقيع
        published = self.analysis.document.published
        for d_start, d_end, date in self.dates:
            if (
                place_end <= d_start
                and d_end <= limit + 30
                and date.value is not None
                and published is not None
                and date.value < published
            ):
                return RoundStatus.HELD  # توقيع الاتفاق في X في 2 نوفمبر 2022
        return None

    def _venue_in_aside(
        self, verb_end: int, place: tuple[int, int, Entity], agreement: tuple[int, int]
    ) -> bool:
        """Whether the venue stands in an aside between the verb and its agreement.

        "توصلا، في مارس الماضي وبمدينة لوساكا، إلى تفاهم"، "وقّعا قبل ذلك، في جنيف، اتفاقاً":
        the aside opens after the verb (or a word or two after it) and closes right before
        the agreement, with at most إلى / على between; nothing else breaks the clause.
        """
        text = self.text
        if agreement[0] < place[1]:
            return False
        before, after = text[verb_end : place[0]], text[place[1] : agreement[0]]
        if before.count(",") != 1 or after.count(",") != 1:
            return False
        if has_break(before.replace(",", " "), 0, len(before)) or has_break(
            after.replace(",", " "), 0, len(after)
        ):
            return False  # a full stop, a line or another break between them
        closing = after.rstrip()
        for word in ("الي", "علي"):
            if closing.endswith(" " + word) or closing == word:
                closing = closing[: -len(word)].rstrip()
        return closing.endswith(",") and len(after) <= 60

    def _agreement_place(self, agreement: tuple[int, int]) -> tuple[int, int, Entity] | None:
        """The city an agreement is named by in construct (اتفاق واشنطن، إعلان جدة), where it
        was signed when a relative clause tells its signing (اتفاق واشنطن الذي وقّعه …)."""
        return next(
            (
                item
                for item in _starting_within(self.places, agreement[1], agreement[1] + 2)
                if item[2].kind == EntityKind.PLACE
                and self.text[agreement[1] : item[0]] == " "
                and self._place_type(item[2]) != "region"
            ),
            None,
        )

    def _signs_agreement(
        self, cue: Cue, agreements: list[Cue], sent_end: int
    ) -> tuple[int, int] | None:
        """The agreement a verb of signing has as its object or relative head, if any."""
        text = self.text
        allowed = {"علي", "الي", "نص", "مسوده", "بالاحرف", "الاولي"}
        for agreement in agreements:
            if cue.end <= agreement.start <= min(sent_end, cue.end + SIGNING_WINDOW):
                gap = ASIDES.sub(" ", text[cue.end : agreement.start])
                # (توصل الطرفان في جنيف، برعاية الأمم المتحدة والصليب الأحمر، إلى اتفاق)
                if has_break(gap, 0, len(gap)):
                    continue  # (a short aside between commas does not part them)
                if text[cue.end : agreement.start].split()[-1:] in (["في"], ["ضمن"], ["وفي"]):
                    continue  # وقّعا في الدوحة في إطار الوساطة: a phrase, no object of signing
                if self._venue_right_before(cue.end, agreement.start):
                    return agreement.start, agreement.end  # وقّعت X وY، السبت، في الدوحة اتفاقاً
                if agreement.start > cue.end + 90:
                    continue
                if text[agreement.start] in "لب" and not agreement.word.startswith(
                    text[agreement.start]
                ):
                    continue  # وقعت انتهاكات للاتفاق: a genitive, no object
                spans = self.analysis.words_in(cue.end, agreement.start)
                words = [text[a:b] for a, b in spans]
                if (words[-1:] and words[-1] in allowed) or not words:
                    return agreement.start, agreement.end  # توصلا … إلى اتفاق، وقّعا على نص
                fi = [i for i, w in enumerate(words) if w == "في"]
                if fi and not all(
                    any(d0 <= a and b <= d1 for d0, d1, _ in [*self.dates, *self.places])
                    for a, b in spans[fi[-1] + 1 :]
                ):
                    continue  # وقع انفجار في مقر الاتفاق: the agreement is in another phrase
                if len(words) <= 6 and not any(
                    (w in PREPOSITIONS and w != "في") or w in TOPICS for w in words
                ):
                    return agreement.start, agreement.end  # وقّعا في أكتوبر الماضي اتفاقاً
            if agreement.end <= cue.start and cue.start - agreement.end <= 40:
                gap = [text[a:b] for a, b in self.analysis.words_in(agreement.end, cue.start)]
                if not gap and not has_break(text, agreement.end, cue.start):
                    first = text[agreement.start : agreement.end].lstrip("وف")
                    if not first.startswith(("ال", "بال", "لل")):
                        return agreement.start, agreement.end  # بيان مشترك وُقّع: its relative
                if gap and gap[-1] in RELATIVES and not has_break(text, agreement.end, cue.start):
                    return (
                        agreement.start,
                        agreement.end,
                    )  # الاتفاق الذي وقّعه، اتفاق الجزائر الذي وُقّع
        return None

    def _venue_right_before(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` ends in في and a venue (a place, or a capital named by its
        country: في العاصمة القطرية), with only short asides and dates after it.

        "وقّعت حكومة الكونغو الديمقراطية وتحالف … المتمرد، السبت، في العاصمة القطرية اتفاق
        إطار": past a long subject, the venue right before the agreement makes it the
        verb's object.
        """
        text = self.text
        spans = self.analysis.words_in(start, end)
        words = [text[a:b] for a, b in spans]
        for index in reversed([i for i, w in enumerate(words) if w == "في"]):
            rest = spans[index + 1 : index + 3]
            if not rest:
                continue
            firsts = {rest[0][0]}
            if text[rest[0][0] : rest[0][1]] in VENUE_FILLERS and len(rest) > 1:
                firsts.add(rest[1][0])  # في العاصمة القطرية: the capital named by its country
            placed = [
                p1
                for p0, p1, e in self.places
                if e.kind != EntityKind.ORGANIZATION and p0 in firsts
            ]
            rest = spans[index + 1 :]
            if not placed:
                continue
            return all(
                text[a:b] == "في" or any(d0 <= a and b <= d1 for d0, d1, _ in self.dates)
                for a, b in rest
                if a >= placed[0]
            )  # في واشنطن، في يونيو/حزيران، اتفاق: a date may follow the venue
        return False

    def _postponed_by_pronoun(self, found: list[_Mention]) -> None:
        """A round postponed or cancelled by a verbal noun with its pronoun, later in its sentence.

        "تعتزم عقد جولة حوار … في جنيف، قبل أن يُعلن تأجيلها إلى أجل غير مسمى": the pronoun
        names the round told just before in the sentence, which is cancelled (not one held).
        """
        text = self.text
        for match in CANCELLED_PRONOUN.finditer(text):
            if _negated(text, match.start()) or any(
                w in NEGATIONS or w.removeprefix("و") in NEGATIONS
                for w in _previous_words(self.analysis, match.start(), 3)
            ):
                continue  # لم يُعلن تأجيلها
            sent_start, _ = sentence_range(self.analysis, match.start())
            told = [
                m
                for m in found
                if sent_start <= m.start < match.start()
                and not m.plural
                and m.status is not RoundStatus.HELD
            ]
            if told:
                mention = told[-1]
                mention.status = RoundStatus.CANCELLED
                mention.evidence = (mention.evidence[0], max(mention.evidence[1], match.end()))

    def _worked_towards(self) -> list[_Mention]:
        """A round planned by a pronoun: "نعمل على عقدها في بروكسل" after a round just told.

        A verb of working towards (``round_effort``), على or إلى and a verbal noun of
        holding with a pronoun plan the round the pronoun names: the last round noun in
        the 250 characters before, with no round event between.
        """
        found = []
        for cue in find_cues(self.analysis, {"round_effort": "effort"}):
            spans = self.analysis.words_in(cue.end, min(len(self.text), cue.end + 30))[:2]
            if len(spans) < 2 or self.text[spans[0][0] : spans[0][1]] not in ("علي", "الي"):
                continue
            a, b = spans[1]
            word = self.text[a:b]
            stem = regex.sub(r"(?:ها|هما|ه)$", "", word)
            if stem == word or bare(stem) not in self.holding:
                continue  # عقدها: the verbal noun with its pronoun
            if not any(
                b - 250 <= t_end <= cue.start and k == "noun" for _, t_end, k in self.triggers
            ):
                continue  # no round told before it for the pronoun to name
            segment = segment_label(self.analysis, self.analysis.span(cue.start, b))
            if segment is None or not self.context or _negated(self.text, cue.start):
                continue
            sent_start, sent_end = sentence_range(self.analysis, a)
            mention = _Mention(a, b, RoundStatus.PLANNED, (cue.start, b), segment)
            mention.sentence = (sent_start, sent_end)
            mention.head = "pronoun"
            place = self._place(mention, a, min(sent_end, b + ATTRIBUTE_WINDOW), [], cue.start)
            if place is not None:
                mention.place = place[2]
                mention.evidence = (cue.start, max(b, place[1]))
            found.append(mention)
        return found

    def _listed_rounds(self, start: int, end: int) -> list[_Mention]:
        """Rounds listed by ordinal and date after a counted plural and a colon.

        "ثلاث جولات مباشرة … في إسطنبول: الأولى في 16 مايو، والثانية في 2 يونيو": each
        ordinal with its date is a round, held at the plural's venue when its date is past.
        """
        segment = segment_label(self.analysis, self.analysis.span(start, end))
        if segment is None or not self.context:
            return []
        sent_start, sent_end = sentence_range(self.analysis, start)
        colon = self.text.find(":", end, min(sent_end, end + 80))
        if colon < 0 or SENTENCE_END.search(self.text, end, colon):
            return []
        place = next(
            (
                item
                for item in _starting_within(self.places, end, colon)
                if item[1] <= colon and self._venue_before(item[0])
            ),
            None,
        )
        published = self.analysis.document.published
        listed = []
        for o_start, o_end, ordinal in self.ordinals:
            if not colon < o_start < sent_end or ordinal.value is None:
                continue
            date = next(
                (d for d in self.dates if o_end <= d[0] <= o_end + 6 and d[1] <= sent_end),
                None,
            )
            if date is None:
                continue
            ref = DateRef(date[2].text, date[2].span, date[2].value)
            future = any(sent_start <= m.start < sent_end for m in self.future)
            if not (_past(ref, published) or (published is None and not future)):
                continue  # only rounds told as past are read from a list
            mention = _Mention(o_start, o_end, RoundStatus.HELD, (o_start, date[1]), segment)
            mention.ordinal = ordinal.value
            mention.place = place[2] if place else None
            mention.date = ref
            mention.sentence = (sent_start, sent_end)
            listed.append(mention)
        return listed if len(listed) >= 2 else []

    def _ordinal_list(self, mention: _Mention | None, index: int) -> list[_Mention]:
        """Rounds a list of ordinals with their head left out distributes after a round.

        "عقد الطرفان جولتين، كانت الأولى في فيينا في مارس والثانية بجنيف في مايو"، "عُقدت
        الجولة الأولى في 3 مارس، والثانية في 5 أبريل، وجميعها في فيينا": each ordinal that
        stands for its noun (after و، a comma, كانت or the verb of holding, not after a round
        noun) and has a venue or a date of its own is a round, with the status of the round it
        continues and that round's venue, or the venue "all of them" share after the list
        (وجميعها في، وكلها في). A plural or a dual is then told by the list (two items at
        least); a round with an ordinal of its own keeps its record and the list adds to it.
        """
        if mention is None:  # a plural told with no status nor venue (بعد ثلاث جولات …)
            start, end, _ = self.triggers[index]
            segment = segment_label(self.analysis, self.analysis.span(start, end))
            if segment is None or not self.context:
                return []
            mention = _Mention(start, end, None, (start, end), segment, plural=True)
        elif mention.status is None or not (mention.plural or mention.ordinal is not None):
            return []
        if mention.plural and mention.status is not None:
            named = self._ordinals_of_plural(mention)
            if named:
                return named
        sent_start, sent_end = sentence_range(self.analysis, mention.start)
        next_trigger = (
            self.triggers[index + 1][0] if index + 1 < len(self.triggers) else len(self.text)
        )
        limit = min(sent_end, next_trigger, mention.end + LIST_WINDOW)
        items: list[tuple[int, int, int, int]] = []  # item start, ordinal range, value
        for o_start, o_end, ordinal in self.ordinals:
            if o_start < mention.end or ordinal.value is None:
                continue
            if o_start >= min(sent_end, items[-1][0] + LIST_ITEM_WINDOW if items else limit):
                break
            opens = self._elided_head(o_start)
            if opens is None or not self._item_attribute(o_end):
                continue
            if items and self.text[self._item_end(items[-1][2], opens) : opens].strip(" ,"):
                break  # a list is told item after item
            if ordinal.value == mention.ordinal or any(i[3] == ordinal.value for i in items):
                break
            items.append((opens, o_start, o_end, ordinal.value))
        if len(items) < (2 if mention.plural and mention.ordinal is None else 1):
            return []
        ends = [
            self._item_end(o_end, items[i + 1][0] if i + 1 < len(items) else sent_end)
            for i, (_, _, o_end, _) in enumerate(items)
        ]
        shared = self._shared_venue(ends[-1], sent_end)
        if shared is not None and mention.place is None and not mention.plural:
            mention.place = shared
        listed = []
        for (opens, o_start, o_end, value), end in zip(items, ends, strict=True):
            item = _Mention(o_start, o_end, mention.status, (opens, end), mention.segment)
            item.ordinal, item.sentence = value, (sent_start, sent_end)
            item.parties, item.mediators = list(mention.parties), list(mention.mediators)
            item.place = self._venue_within(o_end, end) or shared or mention.place
            item.date = self._date_within(o_end, end)
            listed.append(item)
        if mention.status is None:  # only rounds told as past are read from a bare list: each
            # item dated in the past, or undated between items that are (الثالثة في 26 أبريل،
            # ثم الرابعة في مسقط، فالخامسة في 23 مايو)
            published = self.analysis.document.published
            while listed and listed[-1].date is None:
                listed.pop()  # an undated item after the last dated one: perhaps still to come
            if not listed or not all(
                _past(i.date, published) for i in listed if i.date is not None
            ):
                return []
            for item in listed:
                item.status = RoundStatus.HELD
        return listed

    def _venue_within(self, start: int, end: int) -> Entity | None:
        """The first place wholly inside ``start``–``end`` told as a venue (no organisation)."""
        return next(
            (
                entity
                for p_start, p_end, entity in _starting_within(self.places, start, end)
                if p_end <= end
                and entity.kind != EntityKind.ORGANIZATION
                and self._venue_before(p_start)
            ),
            None,
        )

    def _date_within(self, start: int, end: int) -> DateRef | None:
        """The first date wholly inside ``start``–``end``."""
        date = next((d for d in self.dates if start <= d[0] and d[1] <= end), None)
        return None if date is None else DateRef(date[2].text, date[2].span, date[2].value)

    def _elided_earlier(self, found: list[_Mention]) -> list[_Mention]:
        """An earlier round told by its ordinal alone after بعد / عقب / قبل and a verb of
        holding, in the sentence of a round told (الجولة الثانية في X، بعد أولى عُقدت في
        المدينة ذاتها في مارس): held, with its ordinal; its venue is the place of its own
        clause (the city "ذاتها" names is read as for any round)."""
        text = self.text
        elided = []
        for o_start, o_end, ordinal in self.ordinals:
            if ordinal.value is None or text.startswith("ال", o_start):
                continue
            if _previous_words(self.analysis, o_start, 1) not in (["بعد"], ["عقب"], ["قبل"]):
                continue
            if not any(
                c.label in ("held", "held_near") and 0 < c.start - o_end <= 2 for c in self.statuses
            ):
                continue  # بعد ثانية عُقدت، بعد أولى جرت: an elided round held
            sent_start, sent_end = sentence_range(self.analysis, o_start)
            told = [
                m
                for m in found
                if sent_start <= m.start < o_start and m.status is not None and not m.plural
            ]
            if not told or told[-1].ordinal == ordinal.value:
                continue  # no round in its sentence whose noun it leaves out
            clause = ITEM_END.search(text, o_end, sent_end)
            end = clause.start() if clause else sent_end
            mention = _Mention(o_start, o_end, RoundStatus.HELD, (o_start, end), told[-1].segment)
            mention.ordinal, mention.sentence, mention.earlier = (
                ordinal.value,
                told[-1].sentence,
                True,
            )
            mention.place = self._venue_within(o_end, end)
            mention.date = self._date_within(o_end, end)
            elided.append(mention)
        return elided

    def _ordinals_in_its_clause(self, told: _Mention, start: int, end: int) -> list[_Mention]:
        """Rounds a dual or plural with ordinals names after في in the clause of a round told.

        "قبل أن تعود المحادثات إلى X في الجولتين الثالثة والرابعة"، "انتقلت المفاوضات إلى X في
        جولاتها الثانية والثالثة": the plural tells which rounds the clause's round was, so
        each ordinal is a round with that round's status and venue.
        """
        if told.status is None or told.plural or told.ordinal is not None:
            return []
        if _previous_words(self.analysis, start, 1) not in (["في"], ["خلال"]):
            return []
        if not told.end <= start or has_break(self.text, told.end, start):
            return []  # not the clause of the round told
        segment = segment_label(self.analysis, self.analysis.span(start, end))
        if segment is None or segment != told.segment:
            return []
        plural = _Mention(start, end, told.status, (start, end), segment, plural=True)
        plural.place, plural.date = told.place, told.date
        plural.sentence, plural.verb = told.sentence, told.verb
        plural.arrival, plural.arrived = told.arrival, told.arrived  # عادت المحادثات إلى X
        plural.parties, plural.mediators = list(told.parties), list(told.mediators)
        return self._ordinals_of_plural(plural)

    def _ordinals_of_plural(self, mention: _Mention) -> list[_Mention]:
        """The rounds a dual or plural names by ordinals joined by و right after it.

        "احتضنت مسقط الجولتين الأولى والثانية من المحادثات": one round for each ordinal,
        with the plural's status, venue and date.
        """
        text = self.text
        values: list[tuple[int, int, int]] = []
        position = self.heads.get(mention.start, mention.end)
        for o_start, o_end, ordinal in self.ordinals:
            if o_start < position:
                continue
            gap = text[position:o_start]
            if ordinal.value is None or gap != (" و" if values else " "):
                break
            values.append((o_start - len(gap.strip()), o_end, ordinal.value))
            position = o_end
        if len(values) < 2:
            return []
        named = []
        for index, (start, end, value) in enumerate(values):
            told = (mention.start if index == 0 else start, end)  # الجولتين الأولى، والثانية
            item = attrs.evolve(mention, start=start, end=end, evidence=told)
            item.ordinal, item.plural, item.relative = value, False, None
            item.parties, item.mediators = list(mention.parties), list(mention.mediators)
            named.append(item)
        return named

    def _elided_head(self, o_start: int) -> int | None:
        """Where the item of a list opens when the ordinal at ``o_start`` stands for its noun
        (والثانية، ، الأولى، كانت الأولى، عُقدت أولاهما), else None.

        The conjunctions of sequence join items as و does: ف as a clitic (فالخامسة في روما)
        and ثم as a word (، ثم الرابعة في مسقط), where the item then opens."""
        text = self.text
        start = o_start - 1 if o_start and text[o_start - 1] in "وف" else o_start
        if start and text[start - 1].isalpha():
            return None  # a clitic other than و and ف (بالثانية، للثانية)
        if start < o_start:
            return start
        before = text[max(0, start - 3) : start].rstrip()
        if before.endswith((",", ":")):
            return start
        previous = _previous_words(self.analysis, start, 1)
        if previous and previous[0] in SEQUENCE_WORDS:
            return start - len(previous[0]) - 1  # ، ثم الرابعة في مسقط
        if previous and (
            previous[0] in COPULAS or previous[0] in self.analysis.word_set("round_held")
        ):
            return start
        return None

    def _item_attribute(self, o_end: int) -> bool:
        """Whether a venue or a date follows an ordinal right away (الثانية في مارس، والثالثة
        بجنيف، الأولى في 3 مارس)."""
        following = self.analysis.words_in(o_end, min(len(self.text), o_end + 30))
        if not following or has_break(self.text, o_end, following[0][0]):
            return False
        word = self.text[slice(*following[0])]
        if word == "في" or any(d[0] == following[0][0] for d in self.dates):
            return True
        return word[:1] == "ب" and any(p[0] == following[0][0] + 1 for p in self.places)

    def _item_end(self, o_end: int, limit: int) -> int:
        """Where the item of a list whose ordinal ends at ``o_end`` ends: at the next clause
        break, the next item or ``limit``."""
        found = ITEM_END.search(self.text, o_end, limit)
        end = found.start() if found else limit
        return len(self.text[o_end:end].rstrip()) + o_end

    def _shared_venue(self, end: int, sent_end: int) -> Entity | None:
        """The venue "all of them" share after a list (، وجميعها في فيينا، وكلها بجنيف)."""
        following = self.analysis.words_in(end, min(sent_end, end + 40))
        if len(following) < 2 or self.text[end : following[0][0]].strip(" ,"):
            return None
        if self.text[slice(*following[0])] not in self.analysis.word_set("round_all_of_them"):
            return None
        return next(
            (
                entity
                for p_start, _, entity in _starting_within(self.places, following[1][0], sent_end)
                if p_start <= following[1][1] + 12
                and entity.kind != EntityKind.ORGANIZATION
                and self._venue_before(p_start)
            ),
            None,
        )

    def _mention(self, index: int, start: int, end: int, kind: str) -> _Mention | None:
        text = self.text
        segment = segment_label(self.analysis, self.analysis.span(start, end))
        if segment is None or not self.context:
            return None  # boilerplate, or a document about no negotiation at all
        if any(end <= p.start <= end + 14 for p in self.phone):
            return None  # a phone call is not a round
        if self._not_talks(end) or _previous_words(self.analysis, start, 1) == ["هامش"]:
            return None  # الجولة الثالثة من الدوري، على هامش القمة
        previous = _previous_words(self.analysis, start, 2)
        if previous[:1] in ([w] for w in ANY_WORDS) or previous == ["من", "بد"]:
            return None  # أي جولة قادمة، لا بد من مفاوضات جادة: no particular round
        sent_start, sent_end = sentence_range(self.analysis, start)
        if self.labour:
            return None  # لقاء ثالث بين نقابة الأطباء ووزير الصحة: wage talks, no round
        if self.sports and not (
            self._political(sent_start, sent_end)
            and any(sent_start <= c.start < sent_end for c in self.context_cues)
            and not self._sport_told(kind, end, sent_start, sent_end)
        ):  # (يلتقي المنتخب القطري نظيره البحريني، قبل أن تنطلق الجولة الرابعة: teams' fixtures)
            return None  # الجولة الخامسة ستنطلق يوم الجمعة: a fixture of a sports report
        previous_end = self.triggers[index - 1][1] if index else 0
        next_start = self.triggers[index + 1][0] if index + 1 < len(self.triggers) else len(text)

        status: RoundStatus | None
        cue_range: tuple[int, int] | None = None
        #: Whether the mention counts rounds no verb says were held: they name particular
        #: rounds only at a venue of their own phrase (بعد لقاءين في بروكسل; not: بعد جولات).
        venue_needed = False
        modelled = False  # whether the status below is only the learned model's
        if kind in ("held", "planned", "possible"):
            if _negated(text, start):
                return None
            status = RoundStatus(kind)
            if status is RoundStatus.PLANNED:  # كان من المقرر أن يلتقيا …، قبل أن يؤجل اللقاء
                scheduled = self._scheduled_but(start, end, sent_start, sent_end, called=True)
                if scheduled is not None:
                    status, cue_range = RoundStatus.CANCELLED, scheduled
        else:
            verdict, status, cue_range = self._status(
                start, end, sent_start, sent_end, previous_end, next_start
            )
            if verdict == "negated":
                return None  # لم تعقد المحادثات
            if status in (None, RoundStatus.PLANNED):
                scheduled = self._scheduled_but(
                    start, end, sent_start, sent_end, called=status is not None
                )
                if scheduled is not None:  # كان من المقرر عقد لقاء …، إلا أن دمشق أعلنت …
                    status, cue_range = RoundStatus.CANCELLED, scheduled
            if status in (None, RoundStatus.PLANNED):
                called_off = self._called_off(start, end, min(sent_end, next_start))
                if called_off is not None:  # الجولة …، التي كان مقرراً أن تنطلق …، أُرجئت
                    status, cue_range = RoundStatus.CANCELLED, called_off
            if status in (RoundStatus.PLANNED, RoundStatus.PROPOSED) and self._contrast_calls_off(
                end, min(sent_end, next_start)
            ):  # دعا الوسيط إلى مشاورات في X، قبل أن تُلغى; اتفقا على لقاء، لكنه أُرجئ
                status = RoundStatus.CANCELLED
            if status is not RoundStatus.CANCELLED and not (
                status is RoundStatus.HELD and cue_range is not None and cue_range[1] <= start
            ):  # (كان مقرراً …، وقد عُقد: a verb before it tells it was held)
                schedule = self._past_schedule(start, end, sent_start, min(sent_end, next_start))
                if schedule is not None:  # كان يفترض أن تُعقد جولة … الشهر الماضي: called off
                    status, cue_range = RoundStatus.CANCELLED, schedule
            if status is None:  # no rule's cue: the learned model's reading, to find venue and date
                status = self._model_status(start, end)
                modelled = status is not None
            if (
                status is RoundStatus.HELD
                and cue_range is not None
                and cue_range[1] <= start
                and self._arriving(*cue_range)
            ):  # وصل الوفد إلى القاهرة للمشاركة في جولة: not begun (not: وصلت المفاوضات إلى …)
                status = RoundStatus.PLANNED
            if (
                status is RoundStatus.PLANNED
                and cue_range is not None
                and cue_range[1] <= start
                and self._subjunctive_of_a_past_story(cue_range[0], sent_start)
            ):  # انتقلت الجولة الثانية إلى روما، قبل أن تعود المحادثات إلى مسقط: past
                status = RoundStatus.HELD
            plural = self._plural(start, end, cue_range)
            if plural and not self._held_by_verb(status, cue_range):
                held = self._held_verb_after(end) or self._held_verb_before(
                    start, sent_start, previous_end
                )  # بعد جولتين عُقدتا في أنقرة; عُقدت في الدوحة ست جولات … أفضت إلى
                if held is not None:
                    status, cue_range = RoundStatus.HELD, held
                elif status in (RoundStatus.HELD, None) or (
                    status is RoundStatus.PLANNED
                    and cue_range is not None
                    and cue_range[0] >= end
                    and text[start:end].lstrip("وف").startswith("ال")
                ):  # (الاجتماعات الفنية ستُستأنف الأسبوع المقبل في X: the series, resumed there)
                    venue_needed = True  # بعد لقاءين في بروكسل، سبقتها جولتا جدة في مايو
                else:
                    return None  # الدعوة إلى عقد جولات جديدة: no particular round
            if cue_range is not None and any(
                cue_range[1] <= c.start and c.end <= start for c in self.bodies
            ):
                return None  # عقد مجلس الأمن اجتماعاً: a body's session, not talks
            if kind == "present" and previous[:1] == ["قد"]:
                status = RoundStatus.POSSIBLE  # الطرفان قد يلتقيان: "may" before the verb
                cue_range = (text.rfind("قد", 0, start), end)
            if kind == "present" and status is None and self._future_after(end):
                status = RoundStatus.PLANNED  # يلتقي غداً في القاهرة: to come
                cue_range = (start, end)
            if kind == "present" and status is None:
                return None  # يلتقي with no modal cue says nothing of a round
            if kind == "present" and status is RoundStatus.HELD:
                status = RoundStatus.PLANNED

        if (
            status is RoundStatus.PROPOSED
            and cue_range is not None
            and self._convened(cue_range, start)
        ):  # دعت المفوضية الطرفين إلى اجتماع تقييمي: a meeting convened by who invites to it
            status = RoundStatus.PLANNED
        if status in (RoundStatus.PLANNED, RoundStatus.PROPOSED) and any(
            c.label == "possible_after" and 0 <= c.start - end <= 2 for c in self.statuses
        ):  # يجري التحضير لقمة محتملة، تسعى إلى ترتيب لقاء محتمل: the round's own adjective
            # says it is only possible, whatever the verb that prepares or proposes it
            status = RoundStatus.POSSIBLE
        if status is RoundStatus.PLANNED:
            modal = self._modal_of_pronoun(end, min(sent_end, next_start))
            if modal is not None:  # ستُعقد …، مرجحاً أن تستضيفها روما: where is only likely
                status = RoundStatus.POSSIBLE
        mention = _Mention(start, end, status, (start, end), segment, verb=kind != "noun")
        if mention.verb:  # التقى X، يوم الأربعاء، بممثل …، في مدينة بندر: up to the next round
            mention.far = max(0, min(FAR_REACH_VERB, min(next_start, sent_end) - end - 110))
        elif cue_range is not None and cue_range[0] >= end and self._gathering(cue_range):
            mention.far = FAR_REACH  # القمة التي جمعت X وY في البيت الأبيض بواشنطن
        else:  # اجتماع بين كبيري المفاوضين، X عن صربيا وY عن كوسوفو، في العاصمة البلجيكية
            between = BETWEEN_ASIDE.match(text, end, min(sent_end, next_start))
            if between is not None:
                mention.far = min(FAR_REACH_VERB, max(0, between.end() - end - 25))
        mention.arrival = (
            status is RoundStatus.PLANNED and cue_range is not None and self._arriving(*cue_range)
        )
        mention.arrived = mention.arrival and cue_range is not None and self._arrived(*cue_range)
        mention.plural = self._plural(start, end, cue_range)
        following = self.analysis.words_in(end, min(len(text), end + 12))[:1]
        mention.other = bool(following) and text[following[0][0] : following[0][1]] in OTHER_WORDS
        mention.sentence = (sent_start, sent_end)
        mention.head = bare(text[start:end].split()[0])
        mention.sequel = self._sequel_at(start)
        mention.earlier = self._told_as_earlier(start, sent_start)
        mention.contrast = _previous_words(self.analysis, start, 1) in (["اما"], ["واما"])
        if not mention.earlier and text[start] == "و" and index and mention.sequel:
            told = self.triggers[index - 1][0]  # بعد لقاء إسطنبول في يوليو ومحادثات جنيف
            mention.earlier = told >= sent_start and self._told_as_earlier(told, sent_start)
        line_end = text.find("\n", end)
        line = text[text.rfind("\n", 0, start) + 1 : len(text) if line_end < 0 else line_end]
        mention.headline = not line.rstrip().endswith((".", "!", "?", '"', ":"))
        first_word = text[start:end].split()[0].lstrip("وف")
        mention.definite = first_word.startswith(("ال", "بال", "لل", "كال"))
        lo, hi = max(sent_start, start - ATTRIBUTE_WINDOW), min(sent_end, end + ATTRIBUTE_WINDOW)
        ordinal_range = self._ordinal(mention, sent_start, sent_end, previous_end, next_start)
        mediators = self._mediators(mention, sent_start, sent_end)
        mention.mediators = [e for _, _, e in mediators]
        party_end = min(
            [sent_end, next_start]
            + [
                c.start
                for c in self.statuses
                if end < c.start and (cue_range is None or c.start != cue_range[0])
            ]
        )
        parties = self._parties(mention, cue_range, (sent_start, party_end), mediators)
        mention.parties = [e for _, _, e in parties]
        place = self._place(
            mention,
            lo,
            self._past_parties(end, hi, sent_end, parties),
            parties,
            cue_range[0] if cue_range else None,
        )
        if place is None and status is not None:
            # القمة التي استضافها البيت الأبيض: the host of its own relative clause comes
            # before the city of the sentence's event
            place = self._host_clause_venue(end, min(sent_end, next_start), own=True)
        if place is None and status is RoundStatus.HELD:
            place = self._named_city(start, end, sent_end) or self._place(
                mention, sent_start, hi, parties, sent_start, cities_only=True
            )  # جولتين عُقدتا في العاصمة الأردنية: its own city noun before the sentence's city
        if place is None and status is not None and cue_range is not None and cue_range[1] < start:
            reach = min(150, max(60, start - cue_range[1]))  # past a long subject and asides
            place = self._named_city(
                cue_range[0], cue_range[1], start, reach
            )  # اختتمت في العاصمة …
        if status is not None and (place is None or place[2].kind == EntityKind.COUNTRY):
            reach = (
                130 if mention.verb else 60 + mention.far
            )  # التقى X، مساء الثلاثاء، Y في العاصمة الفرنسية
            place = self._named_city(start, end, sent_end, reach) or place  # في مدينة أوهريد
        if place is None and cue_range is not None:
            place = self._hosted_in(cue_range)
        if place is None and status is not None:
            place = self._arrival_venue(start, sent_start)  # وصل الوفد إلى الدوحة … لجولة
        if place is None and status is not None:
            place = self._offered_host(start)  # عرضت نيروبي استضافة محادثات
        if place is None and status is not None:  # (a verb of meeting is its own cue)
            place = self._where_before(min(cue_range[0], start) if cue_range else start, sent_start)
        if place is None and status is not None:
            place = self._host_clause_venue(end, min(sent_end, next_start))
        if place is None and status is not None:
            place = self._scheduled_clause_venue(end, min(sent_end, next_start))
        if place is None and status is RoundStatus.HELD and cue_range is not None:
            place = self._verb_clause_venue(cue_range, start, end, min(sent_end, next_start))
        if place is None and status is not None:
            place = self._format_venue(start, end, sent_start)  # الجولة الرابعة من منبر جدة
            if place is None and status is RoundStatus.HELD:
                place = self._agreement_venue(end, min(sent_end, next_start))
            mention.format_venue = place is not None
        if place is not None:  # في ديليجان بأرمينيا: the town, not the country that locates it
            place = self._town_before(place[0]) or place
        elif status is not None:  # في مانهاست بضواحي نيويورك
            place = next(
                (
                    town
                    for p_start, _, _ in _starting_within(self.places, end, hi)
                    if (town := self._town_before(p_start)) is not None
                    and town[0] > end
                    and not has_break(text, end, town[0])
                ),
                None,
            )
        if venue_needed and (
            place is None
            or place[0] < end
            or has_break(text, end, place[0])
            or self._host_subject(place[0])
        ):  # بعد جولات لم تسفر عن شيء: rounds in general, no particular one; تلته أربعة
            return None  # اجتماعات تناوبت على استضافتها أديس أبابا والقاهرة: hosts in turn
        date_low = cue_range[0] if cue_range and cue_range[0] < start else start - 25
        if status in (RoundStatus.PROPOSED, RoundStatus.POSSIBLE) and cue_range:
            date_low = max(date_low, cue_range[1], start - 3)  # اقترح الجمعة: when it was proposed
        fronted = self._fronted_date(
            min(start, cue_range[0]) if cue_range else start, sent_start
        )  # ففي مايو 2023، وبعد أسابيع من اندلاع الحرب، جلس الطرفان في جدة: when it was held
        date = self._date(
            max(sent_start, fronted) if fronted is not None else max(lo, date_low), hi, start, end
        )
        if (
            mention.ordinal is None
            and mention.relative is None
            and self._session_of_a_round_told(
                index, sent_start, date[0] if date is not None and date[0] < next_start else None
            )  # (a date after the next round noun is that round's)
        ):
            return None  # اختتم الوفدان جولتهما …، بعد جلسة لم تتجاوز ساعة: the round's sitting
        if (
            place is None
            and date is None
            and mention.ordinal is None
            and not mention.definite
            and cue_range is not None
            and cue_range[1] <= start
            and self._career_clause(cue_range[0])
        ):  # الذي شارك في مفاوضات سابقة: the person's career, no particular round
            return None
        if place is not None:
            mention.place = place[2]
        if date is not None:
            mention.date = DateRef(date[2].text, date[2].span, date[2].value)
        if place is not None and date is not None:
            mention.dated_venue = self._dated_venue(end, place[:2], date[:2])
        if place is not None and place[0] >= end and not text[end : place[0]].strip():
            mention.construct = not self._venue_before(place[0]) and self._construct_venue(
                mention, place[0], place[1], place[2]
            )  # قمة ألاسكا: a round named by its place
        if date is not None and date[0] >= end and not text[end : date[0]].strip():
            mention.dated = True  # جولة يوليو 2024: a round named by its month
        before = _previous_words(self.analysis, start, 1)
        mention.ahead = (
            any(sent_start <= m.start < sent_end for m in self.future)
            or (bool(before) and (before[0] in AHEAD_WORDS or bare(before[0]) in self.preparing))
            or (first_word.startswith("ل") and not first_word.startswith("لقاء"))
        )  # قبيل قمة ألاسكا، استعداداً لقمة ألاسكا، قمة ألاسكا المقبلة: still to come
        points = [start, end]
        if cue_range is not None:
            points += list(cue_range)
        for found_range in (place, date, *parties[:2], *mediators[:2]):
            if found_range is not None and found_range[0] >= min(points):
                points += [found_range[0], found_range[1]]
        if ordinal_range is not None:
            points += list(ordinal_range)
        mention.evidence = (max(min(points), sent_start), min(max(points), sent_end))
        if mention.relative == "next" and mention.status is RoundStatus.HELD:
            mention.status = RoundStatus.PLANNED  # وعقد الاجتماع المقبل: the next one is to come
        if modelled:  # grouping takes it only as the last resort
            mention.model_status = self._adjective_status(end) or mention.status
            if (
                mention.model_status is RoundStatus.HELD
                and mention.date is not None
                and self._to_come(mention.date)
            ):
                mention.model_status = RoundStatus.PLANNED  # لقاء جديد في أبريل: a date to come
            mention.status = None
        if (
            mention.status is None
            and mention.ordinal is None
            and mention.relative is None
            and mention.place is None
        ):
            if mention.model_status is None:
                return None  # a topic mention: no event
            mention.model_only = True  # … unless the learned model reads a round in it
        if (
            cue_range is not None
            and (
                text[cue_range[0] : cue_range[1]].lstrip("و") in self.during_words
                or bare(text[cue_range[0] : cue_range[1]]) in self.outcome_nouns
            )  # (يحذر مراقبون من انهيار المفاوضات: no particular round broke down)
            and mention.place is None
            and mention.ordinal is None
            and mention.date is None
        ):
            return None  # خلال المفاوضات السابقة: talks in general, no particular round
        if (
            cue_range is not None
            and (
                text[cue_range[0] : cue_range[1]] in self.process_states
                or (
                    self._arriving(*cue_range)
                    and cue_range[1] <= start
                    and not text[cue_range[1] : start].strip()
                )  # أين وصلت المفاوضات؟: how far the talks got, not who came for them
            )
            and mention.place is None
            and mention.ordinal is None
            and mention.date is None
            and not mention.plural
        ):
            return None  # تعثرت محادثات السلام بين الطرفين: the state of the process, no round
        if (
            mention.status is RoundStatus.HELD
            and mention.ordinal is None
            and mention.relative is None
            and cue_range is not None
            and self._began_long_ago(mention, cue_range)
        ):
            mention.ordinal = 1  # بدأت المحادثات في مسقط في أبريل 2024: their first round
        return mention

    def _track_after(self, position: int) -> bool:
        """Whether a track or the talks as a whole (المسار، الحوار، المحادثات) is the word right
        after ``position``: the subject of a verb of beginning."""
        following = self.analysis.words_in(position, min(len(self.text), position + 30))[:1]
        if not following or has_break(self.text, position, following[0][0]):
            return False
        word = bare(self.text[slice(*following[0])])
        return word in self.analysis.word_set("round_tracks") or word in self.analysis.word_set(
            "round_process_nouns"
        )

    def _tracks_begun(self) -> list[_Mention]:
        """The first round of a track named by its venue, told by the track's beginning.

        "انطلق منبر جدة في مايو 2023"، "منبر جدة الذي انطلق في مايو 2023": a past verb of
        beginning (``round_beginning``) with a track noun (``round_tracks``) in construct with
        a place as its subject, right after it or before it with الذي, and a date long past
        right after the verb: the track's first round, held at that place.
        """
        if not self.context:
            return []
        text = self.text
        tracks = self.analysis.word_set("round_tracks")
        found = []
        for cue in find_cues(self.analysis, {"round_beginning": "begin"}):
            if _negated(text, cue.start):
                continue
            after = self.analysis.words_in(cue.end, min(len(text), cue.end + 40))[:2]
            before = _previous_words(self.analysis, cue.start, 3)
            if after and text[slice(*after[0])].lstrip("و") in tracks:
                noun = after[0]
            elif len(before) >= 3 and before[0] in RELATIVES and bare(before[2]) in tracks:
                noun = self.analysis.words_in(max(0, cue.start - 60), cue.start)[-3]
            else:
                continue
            place = next(
                (
                    item
                    for item in _starting_within(self.places, noun[1], noun[1] + 2)
                    if item[2].kind == EntityKind.PLACE and text[noun[1] : item[0]] == " "
                ),
                None,
            )
            if place is None:
                continue
            date_start = max(cue.end, place[1]) if noun[0] > cue.start else cue.end
            date = next(
                (d for d in self.dates if date_start < d[0] <= date_start + 4), None
            )  # انطلق منبر جدة في مايو 2023
            if date is None:
                continue
            ref = DateRef(date[2].text, date[2].span, date[2].value)
            published = self.analysis.document.published
            if not _past(ref, published) or _this_week(ref):
                continue
            segment = segment_label(self.analysis, self.analysis.span(cue.start, cue.end))
            if segment is None:
                continue
            start, end = min(cue.start, noun[0]), max(date[1], place[1])
            mention = _Mention(start, end, RoundStatus.HELD, (start, end), segment)
            mention.ordinal, mention.place, mention.date = 1, place[2], ref
            mention.sentence = sentence_range(self.analysis, cue.start)
            mention.head = "track"
            found.append(mention)
        return found

    def _began_long_ago(self, mention: _Mention, cue_range: tuple[int, int]) -> bool:
        """Whether the talks as a whole (المحادثات، المفاوضات) are told to have begun on a date
        long past (more than two weeks before publication, or with its year when the
        publication date is unknown): "بدأت المحادثات في فيينا في مارس 2024" tells when and
        where their first round was held; "انطلقت المحادثات اليوم" tells the round of the news.
        """
        verb = self.text[cue_range[0] : cue_range[1]].split()[-1].lstrip("و")
        if verb not in self.analysis.word_set("round_beginning"):
            return False
        if not (
            mention.definite and mention.head in self.analysis.word_set("round_process_nouns")
        ) and not (
            self.text.startswith("ب", mention.start) and self._track_after(cue_range[1])
        ):  # انطلق المسار في أبريل 2024 بلقاء في فيينا: the track began with its first round
            return False
        date = mention.date
        if date is None or date.value is None or _this_week(date):
            return False
        published = self.analysis.document.published
        if published is None:
            return regex.search(r"\d{4}", date.text) is not None
        return (published - date.value).days > BEGUN_LONG_AGO_DAYS

    def _modal_of_pronoun(self, end: int, limit: int) -> Cue | None:
        """A modal of likelihood whose أن clause holds a verb with the round's pronoun.

        "الجولة المقبلة ستُعقد …، مرجحاً أن تستضيفها العاصمة الإيطالية روما": the round is
        to come, but the modal (مرجحاً، يُحتمل، من المرجح، لا يستبعد) says where or when it
        will be is only likely: the round is possible.
        """
        for cue in self.statuses:
            if not end <= cue.start <= min(limit, end + AFTER_WINDOW + 40):
                continue
            if cue.label != "possible" or _negated(self.text, cue.start):
                continue
            following = self.analysis.words_in(cue.end, min(limit, cue.end + 40))[:2]
            words = [self.text[a:b] for a, b in following]
            if cue.word.endswith(" ان"):
                words = ["ان", *words]
            if (
                len(words) >= 2
                and words[0] == "ان"
                and _present_tense(words[1])
                and words[1].endswith(("ها", "هما"))
                and regex.sub(r"(?:ها|هما)$", "", words[1]) in self.holding_verbs
            ):  # not: مرجحاً أن يحضرها الوزير (who attends is what is likely)
                return cue
        return None

    def _gathering(self, cue_range: tuple[int, int]) -> bool:
        """Whether a cue after the round is a verb of bringing together (جمعت، جمعهما)."""
        word = self.text[cue_range[0] : cue_range[1]].split()[-1].lstrip("وف")
        return word.startswith("جمع")

    def _told_as_earlier(self, start: int, sent_start: int) -> bool:
        """Whether the round at ``start`` follows بعد / عقب in another round's sentence.

        "الجولة الثالثة …، بعد جولة يوليو 2024": another, earlier round.
        """
        words = _previous_words(self.analysis, start, 6)
        after = words[:1] in (["بعد"], ["عقب"]) or (
            words[:1] == ["علي"] and any(word in ("بعد", "عقب") for word in words[2:6])
        )  # ويأتي الاجتماع بعد أقل من شهرين على القمة (not: بعد أيام من المفاوضات, spent in them)
        head = self.text[start:].split(maxsplit=1)[0]
        if words[:1] == ["من"] and words[2:3] in (["بعد"], ["عقب"]) and not head.endswith("ات"):
            after = True  # بعد أشهر من القمة: one meeting, a time after it (not a process)
        return after and any(sent_start <= t_start < start for t_start, _, _ in self.triggers)

    def _sport_told(self, kind: str, end: int, sent_start: int, sent_end: int) -> bool:
        """Whether a trigger in a sports report names a fixture, though two states are named
        around it: a round noun in a sentence with a word of sport (يلتقي المنتخب القطري نظيره
        البحريني، قبل أن تنطلق الجولة الرابعة), or a verb of meeting whose subject, right after
        it, is a word of sport (يلتقي المنتخب …); not a leaders' meeting told beside a match
        (حضر المباراة الرئيس الجزائري، الذي التقى نظيره التونسي في الحمامات)."""
        if kind == "noun":
            return any(sent_start <= p < sent_end for p in self.sport_starts)
        subject = self.analysis.words_in(end, min(sent_end, end + 40))[:2]
        return any(a <= p < b for a, b in subject for p in self.sport_starts)

    def _political(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` names two states, or a state and an armed group."""
        here = [e for s, _, e in self._states if start <= s < end]
        countries = {e.id or e.text for e in here if e.kind == EntityKind.COUNTRY}
        groups = any(e.kind == EntityKind.GROUP for e in here)
        return len(countries) >= 2 or bool(countries and groups)

    def _indefinite(self, start: int) -> bool:
        """Whether the round noun at ``start`` has no article (جولة، لجولة، مفاوضات).

        A verb after an indefinite noun in its clause is its relative clause (جولة …
        تبدأ يوم الخميس), as التي is after a definite one.
        """
        first = self.text[start:].split(maxsplit=1)[0].lstrip("وف")
        return not first.startswith(("ال", "بال", "لل", "كال")) and not regex.search(
            r"(?:ها|هما|هم|ته)$",
            first,  # جولتها، اجتماعهما: a possessive makes it definite
        )

    def _dated_venue(self, end: int, place: tuple[int, int], date: tuple[int, int]) -> bool:
        """Whether the venue, then the date, follow the noun at ``end`` in its own phrase."""
        between = [self.text[a:b] for a, b in self.analysis.words_in(end, place[0])]
        if len(between) > 2 or has_break(self.text, end, date[0]):
            return False
        first = next((t for t in self.triggers if t[1] == end), None)
        start = first[0] if first else end
        if any(
            not c.label and 0 <= start - c.end <= 3 for c in self.statuses
        ):  # وكان من المقرر أن تنطلق الجولة في جوبا يوم الأحد الماضي: scheduled, not held
            return False
        gap = [self.text[a:b] for a, b in self.analysis.words_in(place[1], date[0])]
        return place[1] <= date[0] and len(gap) <= 2 and "منذ" not in gap

    def _sequel_at(self, start: int) -> bool:
        """Whether the round noun at ``start`` is joined to what comes before by و, ثم or
        وأخيراً (the last of a list: التقيا ثلاث مرات: …، ثم قمة …، وأخيراً اللقاء القصير في …)."""
        if self.text[start] == "و" and not self.text.startswith("وفد", start):
            return True
        return _previous_words(self.analysis, start, 1) in (["ثم"], ["وثم"], ["واخيرا"], ["اخيرا"])

    def _subjunctive_of_a_past_story(self, position: int, sent_start: int) -> bool:
        """Whether the present verb at ``position`` follows قبل أن / بعد أن after a past verb
        of holding or moving in its sentence, so it tells the past (ثم انتقلت الجولة الثانية
        إلى روما، قبل أن تعود المحادثات إلى مسقط)."""
        if _previous_words(self.analysis, position, 2) not in (["ان", "قبل"], ["ان", "بعد"]):
            return False
        return any(
            sent_start <= c.start < position
            and c.label in ("held", "held_near", "held_outcome_near")  # (وأسفرت عن، قبل أن)
            and not self.text[c.start : c.end].lstrip("وف").startswith(("ي", "ت", "س"))
            for c in self.statuses
        )

    def _moved_to_a_place(self, cue: Cue) -> bool:
        """Whether a verb of moving takes a round to a place (انتقلت الجولة الثانية إلى روما،
        الجولة الثالثة عادت إلى مسقط، عادت الرياض لتستضيف جولة)."""
        to = normalize_text("إلى")
        spans = self.analysis.words_in(cue.end, min(len(self.text), cue.end + 90))
        for index, (a, b) in enumerate(spans):
            if has_break(self.text, cue.end, a):
                return False
            word = self.text[a:b]
            if index <= 1 and word.startswith("ل") and word[1:] in self.host_words_early:
                return True  # عادت الرياض لتستضيف
            if (
                index <= 3
                and word[:1] == "ل"
                and any(p_start == a + 1 for p_start, _, _ in self._moving_places)
            ):
                return True  # عادت المحادثات لمسقط: the preposition attached
            if word == to and index + 1 < len(spans):
                following = spans[index + 1][0]
                return any(p_start == following for p_start, _, _ in self._moving_places) or (
                    self.text[following : spans[index + 1][1]] in VENUE_FILLERS
                )
        return False

    def _coordinated(self, end: int, start: int) -> bool:
        """Whether the noun at ``start`` is another round joined by و (لقاء إسطنبول في يوليو
        ومحادثات جنيف), not a noun of the same phrase (الجولة الثالثة من المفاوضات)."""
        if self.text[start] == "و" and not self.text.startswith("وفد", start):
            return True  # (الوفد المفاوض is a noun that starts with و)
        return any(end <= d_start < start for d_start, _, _ in self.dates) or any(
            end <= p_start < start and p_end <= start for p_start, p_end, _ in self._gap_places
        )

    def _plural(self, start: int, end: int, cue_range: tuple[int, int] | None) -> bool:
        """Whether the trigger counts several rounds (جولات جديدة، سلسلة من الاجتماعات).

        Only the head noun counts: "الجولة المقبلة من اجتماعات اللجنة" is one round of a
        series, not the series.
        """
        if start in self.dual_starts:
            return True  # بعد اجتماعي جنيف في مارس ونيويورك في يوليو: a dual in construct
        low = min(cue_range[0], start) if cue_range else start
        head_end = self.heads.get(start, end)
        if any(
            0 <= start - o_end <= 2 and o.value is not None and not self.text.startswith("ال", o_s)
            for o_s, o_end, o in self.ordinals
        ):
            return False  # أولى جولات هذا المسار، ثالث اجتماعات اللجنة: one round of the series
        return any(low <= g.start and g.end <= head_end for g in self.generic)

    def _status(
        self,
        start: int,
        end: int,
        sent_start: int,
        sent_end: int,
        previous_end: int,
        next_start: int,
    ) -> tuple[str, RoundStatus | None, tuple[int, int] | None]:
        """The status cue governing the trigger at ``[start, end)``.

        Returns ``(verdict, status, cue range)``: the verdict is ``"cue"`` when
        a cue governs the trigger, ``"negated"`` when that cue is negated,
        ``"none"`` when no cue governs it.
        """
        text = self.text
        if _previous_words(self.analysis, start, 1) in ([w] for w in self.continuing):
            return "none", None, None  # أن تستمر المشاورات عشرة أيام: the round told, going on
        predicate = self._possible_predicate(start, end, sent_end)
        if predicate is not None:  # أكد أن لقاء بين الرئيسين X وY ممكن «في المرحلة النهائية»
            return "cue", RoundStatus.POSSIBLE, predicate
        adjacent = [
            c
            for c in self.statuses
            if c.label
            and c.label not in AFTER_ONLY_STATUSES
            and c.label != "held_relative"
            and 0 <= start - c.end <= 2
        ]
        adjacent = [
            c
            for c in adjacent
            if (c.label not in OBJECT_LABELS or self._holding_before(start))
            and not self._duration_before(c)
        ]  # دعت القمة: the summit is who calls, not what is called for
        if adjacent and self._after_to_come(adjacent[-1]):
            return "none", None, None  # من المنتظر أن تقترح البعثة عقب اجتماع سرت: not yet held
        if adjacent and adjacent[-1].label.startswith("proposed"):
            own = self._own_possible_clause(end, min(sent_end, next_start))
            if own is not None:  # ترتيب جولة جديدة … بين الطرفين قد تعقد في X: may be held
                return self._judge(own)
        if adjacent:
            return self._judge(adjacent[-1])  # أرجئت جولة المفاوضات التي كان من المقرر …
        after = [
            c
            for c in self.statuses
            if (
                c.label in AFTER_STATUSES
                or (c.label in AFTER_ONLY_STATUSES and c.start - end <= AFTER_ONLY_WINDOW)
            )
            and (c.label != "possible_after" or c.start - end <= 2)  # لقاء محتمل: its adjective
            and end <= c.start <= min(end + AFTER_WINDOW, sent_end, next_start)
            and not (next_start < len(text) and 0 <= next_start - c.end <= 2)
            and (c.label != "held_relative" or len(self.analysis.words_in(end, c.start)) <= 4)
            # الاجتماع الأخير الذي عُقد (not: محادثات جنيف بعد … مؤتمر برلين، الذي عقد)
            # بعد تأجيل جولة: the cue of the next noun
            and (
                not has_break(text, end, c.start)
                or self._relative_before(c.start)
                or self._right_after_comma(c.start)
            )
        ]
        if after and self._subject_of_relative(start):
            after = []  # الزخم الذي أطلقته قمة X بدأ يتلاشى: the verb after is the head's
        after = [c for c in after if not self._listed_calling_off(c)]
        if after and after[0].label not in AFTER_ONLY_STATUSES:
            cue = after[0]
            gap = text[end : cue.start]
            if (
                cue.start - end <= 25
                or any(word in gap for word in RELATIVES)
                or (self._indefinite(start) and not has_break(text, end, cue.start))
            ) and not (
                CONJOINED_CLAUSE.search(text, end, cue.end)
                and self._own_clause_cue(start, sent_start)
            ):  # جولة جديدة من المفاوضات مع الحكومة تبدأ يوم الخميس: its relative clause
                return self._judge(cue)
        if self._agreed_on(start):
            return "cue", RoundStatus.PLANNED, None  # اتفق الوزيران على عقد الاجتماع الخامس
        words = _previous_words(self.analysis, start, 2)
        if len(words) == 2 and words[1] in ("قد", "وقد") and _present_tense(words[0]):
            return "cue", RoundStatus.POSSIBLE, None  # وقد تمهد لجولة: may lead to a round
        low = max(sent_start, start - BEFORE_WINDOW, previous_end)
        for cue in reversed([c for c in self.statuses if low <= c.start and c.end <= start]):
            if (
                not cue.label
                or cue.label.endswith("_adjacent")
                or cue.label in AFTER_ONLY_STATUSES
                or cue.label == "held_relative"
            ):
                continue  # a phrase that states no status (الى عقد) here: look further back
            if cue.label in OBJECT_LABELS and not (
                self._holding_before(start)
                or self._that_clause(cue.end, start)
                or self._proposed_directly(cue, start)
            ):
                continue  # عرض التلفزيون صوراً للاجتماع: not a proposal of the meeting
            if cue.label in OBJECT_LABELS and self._called_for_else(cue, start):
                continue  # أدعو المبعوث إلى الضغط لعقد الجولة: the call is for pressing
            if self._contrast_between(cue.end, start):
                break  # أُرجئ اللقاء، بعد توتر جديد، فيما عُقد آخر لقاء: the other clause's verb
            if self._subject_told_before(cue.start):
                break  # لكنه أُرجئ بعد تسريب تفاصيل الاجتماع الأول: the verb's subject is "ه"
            if self._clause_between(cue.end, start):
                comma = self.text.rfind(",", low, cue.start)
                if comma >= 0 and not self._clause_between(comma, start):
                    continue  # أجرى الوزير، الذي وصل إلى الرياض مساء الاثنين، محادثات: an aside's
                break  # …، التي عقدت في روما، كانت من أكثر الجولات: another clause's verb
            if (
                cue.label.endswith("_near")
                and start
                - cue.end
                - self._asides_length(cue.end, start)
                - max(
                    self._venue_phrase_length(cue.end, start), self._adjuncts_length(cue.end, start)
                )
                > NEAR_WINDOW
                and not any(
                    cue.end <= p.start and self._purpose_of(p, start) for p in self.purposes
                )
            ):
                continue  # بدأت الحرب … المحادثات: an ordinary verb far from the round
            return self._judge(cue)
        arrival = self._arrival_for(start, sent_start, previous_end)
        if arrival is not None:  # وصل الوفد برئاسة … إلى مقر … في البلدة، للمشاركة في الاجتماع
            return self._judge(arrival)
        following = self.analysis.words_in(end, min(len(text), end + 24))[:2]
        if (
            len(following) == 2
            and text[following[0][0] : following[0][1]] == "قد"
            and _present_tense(text[following[1][0] : following[1][1]])
            and not has_break(text, end, following[1][1])
        ):
            return "cue", RoundStatus.POSSIBLE, (following[0][0], following[1][1])  # لقاء قد يجمع
        if after and not self._governs_next(after[0], sent_end, next_start):
            return self._judge(after[0])
        if self._agreed_on(start):
            return "cue", RoundStatus.PLANNED, None  # اتفق الوزيران على الاجتماع مجدداً
        proposer = self._proposer_before(start, max(sent_start, start - BEFORE_WINDOW))
        if proposer is not None:
            return self._judge(proposer)  # دعت القمة … إلى مفاوضات مباشرة
        if self._worked_on(start):
            return "cue", RoundStatus.PLANNED, None  # نعمل على عقد اجتماع موسع في القاهرة
        words = _previous_words(self.analysis, start, 2)
        if (
            words
            and words[0].lstrip("وف") in self.verbal_nouns  # not لبدء: a purpose
            and (len(words) < 2 or words[1] not in PURPOSES)
            and (len(words) < 2 or words[1].lstrip("و") not in PROSPECTS)
        ):
            return "cue", self._present_at(start), None  # أعلنت استئناف المحادثات
        return "none", None, None

    def _own_clause_cue(self, start: int, sent_start: int) -> bool:
        """Whether a verb stating a status opens the round's own clause before it, with no
        break between (عُقدت آخر جولاتها في X الشهر الماضي، ويُتوقع استئنافها): that verb, not
        one of the clause conjoined after a comma, tells the round's status."""
        return any(
            (
                c.label in ("held", "planned", "cancelled", "proposed", "possible")
                or self._proposed_directly(c, start)  # اقترح جولة جديدة …، ويرجّح أن
            )
            and sent_start <= c.start
            and c.end <= start
            and start - c.end <= 30
            and not has_break(self.text, c.end, start)
            and not _negated(self.text, c.start)
            for c in self.statuses
        )

    def _arrival_for(self, start: int, sent_start: int, previous_end: int) -> Cue | None:
        """The verb of arriving whose clause a word of purpose right before the round completes.

        "وصل الوفد العسكري برئاسة اللواء … إلى مقر البعثة الأممية في مدينة سرت، للمشاركة في
        الاجتماع الرابع للجنة": past a long subject, the destination and a comma, the purpose
        (للمشاركة في، لعقد، لإجراء) still says what the delegation came for. The verb must be
        the nearest cue before the purpose, and إلى (where it went) must stand between them.
        """
        purpose = next((p.start for p in self.purposes if self._purpose_of(p, start)), None)
        if purpose is None and self._for_the_round(start):
            purpose = start  # عاد الوفدان إلى جدة في أكتوبر لجولة ثانية: لـ on the noun itself
        if purpose is None:
            return None
        low = max(sent_start, purpose - BEFORE_WINDOW - ARRIVAL_REACH, previous_end)
        cue = next(
            (c for c in reversed(self.statuses) if c.label and low <= c.start and c.end <= purpose),
            None,
        )
        if cue is None or not self._arriving(cue.start, cue.end):
            return None
        between = self.text[cue.end : purpose]
        if SENTENCE_END.search(between) or between.count(",") > 2 or ";" in between:
            return None
        words = [self.text[a:b] for a, b in self.analysis.words_in(cue.end, purpose)]
        if normalize_text("إلى") not in words or any(w in CONTRASTS for w in words):
            return None
        return cue

    def _clause_between(self, start: int, end: int) -> bool:
        """Whether a clause break parts a cue ending at ``start`` from the round at ``end``.

        Asides between commas (، يوم الأحد، ; ، برعاية قطرية،) part nothing, nor does a list
        the cue's clause opens with a colon (التقيا ثلاث مرات: القمة الأولى في …، ثم قمة …،
        وأخيراً اللقاء القصير في …)."""
        gap = CUE_ASIDE.sub(" ", self.text[start:end])
        head, colon, tail = gap.partition(":")
        if (
            colon
            and not has_break(head, 0, len(head))
            and not SENTENCE_END.search(tail)
            and ";" not in tail
            and all(part.strip().startswith(("و", "ثم")) for part in tail.split(",")[1:])
        ):
            return False
        return has_break(gap, 0, len(gap))

    def _fronted_date(self, position: int, sent_start: int) -> int | None:
        """Where a date fronted at the opening of a clause stands, when only asides part it
        from the clause at ``position`` (ففي مايو 2023، وبعد أسابيع قليلة من اندلاع الحرب، جلس
        …; وفي مارس الماضي عقد …): the time of that clause's round."""
        for d_start, d_end, _ in self.dates:
            if not sent_start <= d_start < position or d_end > position:
                continue
            opening = max(  # (…؛ ففي مايو 2023: a clause after a semicolon opens there)
                sent_start, *(self.text.rfind(m, sent_start, d_start) + 1 for m in ";:")
            )
            lead = [self.text[a:b] for a, b in self.analysis.words_in(opening, d_start)]
            if any(w not in ("في", "وفي", "ففي") for w in lead):
                continue
            gap = LONG_ASIDE.sub(" ", self.text[d_end:position]).strip()
            if gap in ("", ","):
                return d_start
        return None

    def _worked_on(self, start: int) -> bool:
        """Whether a verb of working towards (``round_effort``), على or إلى and a verbal noun
        of holding stand right before the round (نعمل على عقد اجتماع، تسعى إلى إجراء محادثات):
        a round planned, as the same verbs plan it by its pronoun (نعمل على عقدها)."""
        words = _previous_words(self.analysis, start, 3)
        return (
            len(words) == 3
            and bare(words[0]) in self.holding
            and words[1] in ("علي", "الي")
            and words[2].lstrip("و") in self.effort_words
            and not _negated(self.text, start - sum(len(w) + 1 for w in words))
        )

    def _for_the_round(self, start: int) -> bool:
        """Whether the round noun at ``start`` carries لـ of purpose (لجولة ثانية، للجولة)."""
        cue = self.trigger_cues.get(start)
        if cue is None:
            return False
        word = self.text.find(cue.word, cue.start, cue.end)
        return self.text[cue.start : max(cue.start, word)].lstrip("وف").startswith("ل")

    def _purpose_of(self, purpose: Cue, start: int) -> bool:
        """Whether a word of purpose (لعقد، لإجراء) governs the round at ``start``: right before
        it, or before an ordinal in construct with it (لعقد ثالث لقاء بينهما)."""
        if not purpose.end <= start:
            return False
        if start - purpose.end <= 4:
            return True
        between = self.analysis.words_in(purpose.end, start)
        return len(between) == 1 and any(
            o_start == between[0][0] and o_end == between[0][1] and o.value is not None
            for o_start, o_end, o in self.ordinals
        )

    def _visited(self, position: int) -> bool:
        """Whether the place at ``position`` is where someone went on a visit or tour (خلال
        زيارته الأخيرة إلى بيروت، في زيارة إلى الرياض، خلال جولته في المنطقة)."""
        words = _previous_words(self.analysis, position, 3)
        if not words or words[0] not in ("الى", "الي", "في"):
            return False
        return any(w.startswith(("زيار", "وزيار", "بزيار", "لزيار", "جولت")) for w in words[1:3])

    def _duration_before(self, cue: Cue) -> bool:
        """Whether a duration cue counts the time left before the round, not time spent in it.

        "قبل أيام من الاجتماع الثاني عشر، قبيل ساعات من القمة، قبل ثلاثة أسابيع من الجولة": the
        round is still to come (بعد عشرة أيام من المفاوضات is time spent negotiating).
        """
        if cue.label != "held_adjacent" or not cue.word.endswith(" من"):
            return False
        words = _previous_words(self.analysis, cue.start, 3)
        return any(w.lstrip("و") in ("قبل", "قبيل") for w in words[:3])

    def _after_to_come(self, cue: Cue) -> bool:
        """Whether "بعد / عقب" before a round stands in a clause told as still to come.

        "ومن المنتظر أن تقترح البعثة عقب اجتماع سرت جولة حوار": what follows the meeting is
        expected, so the meeting has not been held yet either (it is the one planned).
        """
        if cue.label != "held_adjacent" or cue.word.lstrip("و") not in ("بعد", "عقب"):
            return False
        return any(
            c.label in ("planned", "planned_near", "possible", "proposed")
            and 0 <= cue.start - c.end <= 60
            and not has_break(self.text, c.end, cue.start)
            for c in self.statuses
        )

    def _agreed_on(self, start: int) -> bool:
        """Whether the round is what parties agreed on (اتفق الوزيران على الاجتماع مجدداً)."""
        words = _previous_words(self.analysis, start, 7)
        if words and bare(words[0]) in self.holding:
            if words[0].startswith("و") and self._agreed_object(start - len(words[0]) - 1):
                return True  # اتفقا على مواصلة التواصل وعقد لقاء آخر
            words = words[1:]  # اتفق الوزيران على عقد الاجتماع الخامس
        if not words or words[0] not in ("على", "علي"):
            return False
        return any(word.lstrip("وف") in self.agree_verbs for word in words[1:6])
        # (اتفق الوفدان في ختامها على الالتقاء مجدداً: past the subject and a short phrase)

    def _agreed_object(self, position: int) -> int | None:
        """Where "اتفق … على" stands when the word at ``position`` is a verbal noun joined by و
        to what the parties agreed on (اتفقا على مواصلة التواصل وعقد لقاء آخر), else None."""
        if self.text[position : position + 1] != "و":
            return None
        words = _previous_words(self.analysis, position, 7)
        for index, word in enumerate(words[:4]):
            if word in ("على", "علي"):
                if any(w.lstrip("وف") in self.agree_verbs for w in words[index + 1 : index + 4]):
                    return position
                return None
        return None

    def _proposer_before(self, start: int, low: int) -> Cue | None:
        """A verb of calling or proposing that governs a round after إلى / عقد across another noun.

        "دعت القمة في بيانها إلى مفاوضات": the summit named between the verb and the
        round is the verb's subject, so the call reaches the round.
        """
        if not self._holding_before(start):
            return None
        cues = [c for c in self.statuses if low <= c.start and c.end <= start]
        for cue in reversed(cues):
            if cue.label in OBJECT_LABELS:
                return None if self._called_for_else(cue, start) else cue
            if cue.label and not cue.label.endswith("_adjacent") and cue.label != "held_relative":
                return None  # a nearer cue states something else (not: عقد, the verbal noun)
        return None

    def _host_subject(self, position: int) -> bool:
        """Whether what starts at ``position`` follows a verb of hosting (احتضنت جيبوتي)."""
        words = _previous_words(self.analysis, position, 1)
        if not words:
            return False
        word = words[0]
        if word[:1] in ("و", "ف") and word[1:] in self.host_words:
            return True  # واحتضنت العاصمة الكينية
        return word in self.host_words or any(
            word.endswith(pronoun) and word[: -len(pronoun)] in self.host_words
            for pronoun in ("هما", "ها", "ه")
        )  # اللتين احتضنتهما جنيف: the verb with the rounds' pronoun

    def _governs_next(self, cue: Cue, sent_end: int, next_start: int) -> bool:
        """Whether a cue opens the clause of the next round noun (، ومن المتوقع أن تعقد جولة).

        Such a cue states the status of the round after it, not of the one before.
        """
        return next_start < sent_end and not has_break(self.text, cue.end, next_start)

    def _scheduled_but(
        self, start: int, end: int, sent_start: int, sent_end: int, called: bool = False
    ) -> tuple[int, int] | None:
        """A schedule told in the past and then contradicted in its sentence: cancelled.

        "كان من المقرر عقد لقاء بين وفدي الحكومة و"قسد" في باريس …، إلا أن دمشق أعلنت عدم
        المشاركة فيه": a phrase of schedule (كان من المقرر، كان مقرراً) in the round's clause
        before it and then إلا أن / لكن / غير أن after it (also with the round's pronoun:
        لكنه، إلا أنها) say the round did not take place. With ``called`` (a round some cue
        tells as planned) the contrast, or قبل أن, must bring a verb of calling off within
        its next words (لكنه أُرجئ، غير أن الزيارة أُلغيت), as قبل أن always must (قبل أن
        يؤجل اللقاء).
        """
        text = self.text
        if set(_previous_words(self.analysis, start, 1)) & DEMONSTRATIVES:
            return (
                None  # كان من المقرر أن تنطلق هذه الجولة …، لكنها أُجلت: the round told, held later
            )
        schedule = next(
            (
                c
                for c in reversed(self.statuses)
                if not c.label
                and ("مقرر" in c.word or "مفترض" in c.word)
                and c.word.split()[0].lstrip("و") in ("كان", "كانت")
                and max(sent_start, start - BEFORE_WINDOW) <= c.start
                and c.end <= start
                and not has_break(text, c.end, start)
            ),
            None,
        )
        if schedule is None:
            return None
        if self._contrast_calls_off(end, sent_end, any_contrast=not called):
            return schedule.start, schedule.end
        return None

    def _other_round_in_adjunct(self, end: int, position: int) -> bool:
        """Whether another round, in an adjunct of time after the round (بعد محادثات، قبل
        أيام من اجتماع، عقب لقاء) or opening a that-clause (على أن يلتقيا), stands between
        the round and ``position``: what follows it is its own, not the round's (عقدوا جولة
        جديدة بعد محادثات في X، اتفقا في ختام الجولة الخامسة على أن يلتقيا في X)."""
        timing = next(
            (a for a, b in self.analysis.words_in(end, position) if self.text[a:b] in TIMING_WORDS),
            position,
        )
        return any(
            end < t_start < position
            and (
                timing < t_start  # جولة جديدة بعد محادثات في X
                or set(_previous_words(self.analysis, t_start, 1)) & THAT_WORDS
            )  # في ختام الجولة الخامسة على أن يلتقيا مجدداً في X
            for t_start, _, _ in self.triggers
        )

    def _round_before_adjunct(self, p_start: int, p_end: int, start: int) -> bool:
        """Whether the place at ``p_start``–``p_end`` follows another round told before it
        in the clause, and an adjunct of time (بعد، قبل، عقب) then opens the round at
        ``start``: the place is that round's (الجولة الحالية في X بعد الجولة الثانية)."""
        if not any(
            self.text[a:b] in TIMING_WORDS for a, b in self.analysis.words_in(p_end, start)
        ) or has_break(self.text, p_end, start):
            return False
        return any(
            t_end <= p_start
            and p_start - t_end <= ATTRIBUTE_WINDOW
            and not has_break(self.text, t_end, p_start)
            for _, t_end, _ in self.triggers
        )

    def _subject_told_before(self, position: int) -> bool:
        """Whether a contrast or that-word with a pronoun (لكنه، لكنها، إلا أنها، غير أنه)
        stands right before the verb at ``position``: the pronoun is the verb's subject, a
        round told before it, so no round noun after the verb is what the verb tells of."""
        words = _previous_words(self.analysis, position, 1)
        if not words:
            return False
        word = words[0]
        return (CONTRAST_PRONOUN.fullmatch(word) is not None and word.lstrip("و") != "لكن") or (
            THAT_PRONOUN.fullmatch(word) is not None
            and word != "ان"
            and _previous_words(self.analysis, position - len(word) - 1, 1) in (["الا"], ["غير"])
        )

    def _contrast_calls_off(self, end: int, limit: int, any_contrast: bool = False) -> bool:
        """Whether a contrast (لكنه، إلا أنها، غير أن) or قبل أن after the round, up to
        ``limit``, brings a verb of calling off within its next words (لكنه أُرجئ، قبل أن
        تُلغى، غير أن الزيارة أُلغيت); with ``any_contrast`` the contrast alone is enough."""
        text = self.text
        spans = self.analysis.words_in(end, limit)
        words = [text[a:b] for a, b in spans]
        for index, word in enumerate(words):
            if CONTRAST_PRONOUN.fullmatch(word):
                after = index + 1
            elif word in ("الا", "غير", "قبل") and THAT_PRONOUN.fullmatch(
                "".join(words[index + 1 : index + 2])
            ):
                after = index + 2
            else:
                continue
            if any_contrast and word != "قبل":
                return True
            if after >= len(spans):
                continue
            low, high = spans[after][0], spans[min(len(spans) - 1, after + CALLED_OFF_WORDS)][0]
            if any(
                c.label == "cancelled" and low <= c.start <= high and not _negated(text, c.start)
                for c in self.statuses
            ):
                return True
        return False

    def _past_schedule(
        self, start: int, end: int, sent_start: int, limit: int
    ) -> tuple[int, int] | None:
        """A schedule told in the past of the round, in its own clause: it did not take place.

        "كان يفترض أن تُعقد جولة تقييم في X الشهر الماضي"، "الجولة السابعة التي كان مقرراً أن
        تنطلق الشهر المقبل"، "القمة التي كان يفترض أن تستضيفها X": كان with مقرر، مفترض،
        يفترض، مرتقب or منتظر tells what was to be, and so that it was not (coders code such a
        round as called off even with no verb of calling off). The schedule stands before the
        round with no break, or after it as its relative clause (or adjective) before any
        clause break. Returns its range.
        """
        text = self.text
        if set(_previous_words(self.analysis, start, 1)) & DEMONSTRATIVES:
            return None  # كان من المقرر أن تنطلق هذه الجولة: the round told, held later
        for c in reversed(self.statuses):
            if c.end > start:
                continue
            if c.start < max(sent_start, start - BEFORE_WINDOW):
                break
            if (
                not c.label
                and c.word.split()[0].lstrip("و") in ("كان", "كانت")
                and any(k in c.word for k in ("مقرر", "مفترض", "يفترض", "مرتقب", "منتظر"))
                and not has_break(text, c.end, start)
            ):
                return c.start, c.end
        schedule = SCHEDULE_TOLD.search(text, end, min(limit, end + SCHEDULE_WINDOW))
        if schedule is None or "كان" not in schedule.group(0):
            return None
        gap = text[end : schedule.start()]
        if SENTENCE_END.search(gap) or CLAUSE_PUNCTUATION.search(
            gap.rsplit(",", 1)[0] if schedule.group("relative") else gap
        ):
            return None  # …، وكانت مقررة: the schedule of another clause
        return schedule.start(), schedule.end()

    def _called_off(self, start: int, end: int, limit: int) -> tuple[int, int] | None:
        """The cue that calls off a round told with its schedule in the past: cancelled.

        "الجولة الجديدة من المفاوضات بين …، التي كان مقرراً أن تنطلق يوم الاثنين في
        الدوحة، أُرجئت"، "وكان اجتماع مقرر في باريس بين وفدي … قد أُلغي"، "قرر تعليق
        الجولة الثامنة التي كانت مقررة في العاصمة المكسيكية": the schedule (``SCHEDULE_TOLD``)
        stands in the round's clause, after its parties and complements (a comma only before
        a relative pronoun), and a word of postponing, cancelling or suspending is the
        predicate after it or governs the round right before it. A predicate past the
        schedule reaches as far as the sentence, up to the next round told. Returns the
        cue's range.
        """
        text = self.text
        schedule = SCHEDULE_TOLD.search(text, end, min(limit, end + SCHEDULE_WINDOW))
        if schedule is None:
            return None
        gap = text[end : schedule.start()]
        if SENTENCE_END.search(gap) or (
            CLAUSE_PUNCTUATION.search(gap) and not schedule.group("relative")
        ):
            return None  # …، وكانت مقررة: the schedule of another clause
        if schedule.group("relative") and CLAUSE_PUNCTUATION.search(gap.rsplit(",", 1)[0]):
            return None  # …، في حين …، التي كانت مقررة: past a clause of its own
        before = self.analysis.words_in(max(0, start - 20), start)[-1:]
        if before and (
            text[before[0][0] : before[0][1]] in self.suspending
            or any(c.label == "cancelled" and c.start == before[0][0] for c in self.statuses)
        ):
            return before[0]  # تعليق الجولة الثامنة التي كانت مقررة
        for cue in self.statuses:
            if not schedule.end() <= cue.start < limit:
                continue
            if cue.label.startswith("held"):
                return None  # وكان اجتماع مقرر … قد عُقد رغم تأجيل الانتخابات: it was held
            if (
                cue.label == "cancelled"
                and bare(cue.word) not in CALLING_OFF_NOUNS  # a verb, not تأجيل الانتخابات
                and not _negated(text, cue.start)
            ):
                return cue.start, cue.end  # …، أُرجئت إلى موعد لم يُحدَّد
        return None

    def _career_clause(self, cue_start: int) -> bool:
        """Whether the cue at ``cue_start`` is a verb of taking part opening a relative
        clause (الذي شارك في، التي شاركت في، الذين يشاركون في): the clause tells who a
        person is by the talks they took part in, not a round of its own."""
        words = self.analysis.words_in(cue_start, min(len(self.text), cue_start + 12))[:1]
        if not words or self.text[words[0][0] : words[0][1]] not in self.participated:
            return False
        return _previous_words(self.analysis, cue_start, 1) in ([w] for w in self.relatives)

    def _held_verb_after(self, end: int) -> tuple[int, int] | None:
        """A verb of holding right after a countable plural (بعد جولتين عُقدتا في أنقرة).

        The rounds counted were held, as when the verb comes first (عقدا جولتين).
        """
        following = self.analysis.words_in(end, min(len(self.text), end + 12))[:1]
        if following and self.text[following[0][0] : following[0][1]] in RELATIVES:
            end = following[0][1]  # الجولتين اللتين استضافتهما إسطنبول
        for cue in self.statuses:
            if (
                cue.label in ("held", "held_relative")
                and 0 <= cue.start - end <= 3
                and not has_break(self.text, end, cue.start)
                and not _negated(self.text, cue.start)
            ):
                return cue.start, cue.end
        return None

    def _held_verb_before(
        self, start: int, sent_start: int, previous_end: int
    ) -> tuple[int, int] | None:
        """A verb of holding that opens the clause of a countable plural (عُقدت في الدوحة ست
        جولات من المحادثات أفضت إلى …): the nearest cue before it, in its clause past a venue
        and short asides, says the rounds counted were held, whatever follows them."""
        low = max(sent_start, start - BEFORE_WINDOW, previous_end)
        for cue in reversed([c for c in self.statuses if low <= c.start and c.end <= start]):
            if not cue.label or cue.label.endswith("_adjacent") or cue.label == "held_relative":
                continue
            gap = ASIDE.sub(" ", self.text[cue.end : start])
            if cue.label != "held" or has_break(gap, 0, len(gap)) or _negated(self.text, cue.start):
                return None
            return cue.start, cue.end
        return None

    def _held_by_verb(self, status: RoundStatus | None, cue_range: tuple[int, int] | None) -> bool:
        """Whether a verb says the round was held (عقدوا), not a preposition (بعد جولات).

        Countable plurals name particular meetings only when a verb says they were held.
        """
        if status is not RoundStatus.HELD or cue_range is None:
            return False
        word = " ".join(self.text[cue_range[0] : cue_range[1]].split())
        if any(
            w.lstrip("وف") in self.outcome_words | self.during_words | self.sequence_words
            for w in word.split()
        ):  # لم تسفر الجولات السابقة، خلال الجولات: rounds in general; سبقتها جولتا: when
            return False
        return word not in self.adjacent_words and word[1:] not in self.adjacent_words

    def _venue_phrase_length(self, start: int, end: int) -> int:
        """The length of a venue phrase (في … بالرياض) opening ``[start, end)``.

        "انطلقت في مقر الأمانة العامة لمجلس التعاون الخليجي بالرياض، الأربعاء، مشاورات":
        where the round was held does not part the verb from it.
        """
        first = self.analysis.words_in(start, end)[:1]
        if not first or self.text[first[0][0] : first[0][1]] != "في":
            return 0
        ends = [
            p_end
            for _, p_end, _ in _starting_within(self.places, start, end)
            if p_end <= end and not has_break(self.text, start, p_end)
        ]
        return max(ends) - start if ends else 0

    def _adjuncts_length(self, start: int, end: int) -> int:
        """The length of a time and a venue phrase fronted before the subject (انطلقت صباح اليوم
        الخميس في بلدة تيبو بإقليم نورتي دي سانتاندير الجولة الخامسة): the verb still governs it.

        Only dates, then a phrase of في and a place or a city noun running up to ``end``.
        """
        words = self.analysis.words_in(start, end)
        if not words or has_break(self.text, start, end):
            return 0
        dated = [(a, b) for a, b in words if any(d0 <= a and b <= d1 for d0, d1, _ in self.dates)]
        rest = [(a, b) for a, b in words if (a, b) not in dated]
        if not rest or self.text[rest[0][0] : rest[0][1]] != "في" or len(rest) < 2:
            return 0
        after = self.text[rest[1][0] : rest[1][1]]
        if not (
            after in VENUE_FILLERS
            or after in AREA_NOUNS
            or any(p_start == rest[1][0] for p_start, _, _ in self.places)
        ):
            return 0
        if len(rest) > 9 or any(
            (w in TOPICS or w in PREPOSITIONS or w in ("علي", "الي", "ضد")) and w != "في"
            for w in (self.text[a:b] for a, b in rest[1:])
        ):
            return 0  # انطلقت صباح اليوم في الفاشر احتجاجات ضد المحادثات: a subject of its own
        return end - (dated[0][0] if dated else rest[0][0])

    def _asides_length(self, start: int, end: int) -> int:
        """The length of the short asides between commas in ``[start, end)``.

        Times and datelines set off by commas (انطلقت، صباح الاثنين، …; بدأ وفد …، اليوم
        السبت، مباحثات) do not part a verb from the round it governs.
        """
        return sum(len(m.group()) for m in ASIDE.finditer(self.text, start, end))

    def _own_possible_clause(self, end: int, limit: int) -> Cue | None:
        """The round's own clause of "قد" and a present verb (جولة جديدة من المحادثات بين
        الطرفين قد تعقد في X), past its complements with no break: a round proposed or
        arranged that may then be held is told as possible, its own clause's modality."""
        for cue in self.statuses:
            if cue.start < end or cue.start > min(limit, end + AFTER_WINDOW):
                continue
            if cue.label == "possible" and cue.word.startswith("قد"):
                return None if has_break(self.text, end, cue.start) else cue
        return None

    def _listed_calling_off(self, cue: Cue) -> bool:
        """Whether a cue after the round is a noun of calling off joined by و, an item of a
        list of its own (جولة ثالثة في جنيف، وتبادل بين …، وتأجيل في الحديدة): a verbal noun
        coordinated after the round is no predicate of it."""
        word = self.text[cue.start : cue.end]
        if bare(word.removeprefix("و")) not in CALLING_OFF_NOUNS:
            return False
        return word.startswith("و") or _previous_words(self.analysis, cue.start, 1) == ["و"]

    def _right_after_comma(self, position: int) -> bool:
        """Whether a cue opens the clause after a comma (جولة جديدة، عقدت في بروكسل)."""
        return self.text[max(0, position - 3) : position].rstrip().endswith(",")

    def _possible_predicate(self, start: int, end: int, sent_end: int) -> tuple[int, int] | None:
        """An adjective of possibility that is the predicate of an indefinite round noun
        opening a that-clause, past the noun's own phrase (أن لقاء بين الرئيسين X وY ممكن،
        أن لقاءً ثنائياً في المنطقة العازلة ممكن خلال سبتمبر، أن طرح لقاء مباشر بات ممكناً):
        the round is possible. Not an adjective of a time or a chance (في أقرب وقت ممكن), nor
        one past another verb of the clause than a copula."""
        if not self._indefinite(start):
            return None
        before = _previous_words(self.analysis, start, 2)
        if not set(before) & (THAT_WORDS | {"ان"}):
            return None
        adjectives = self.analysis.word_set("round_possible_after")
        spans = self.analysis.words_in(end, min(sent_end, end + 90))[:10]
        previous = ""
        for a, b in spans:
            if has_break(self.text, end, a):
                return None
            word = self.text[a:b]
            if word in adjectives or bare(word) in adjectives:
                if previous in NOT_PREDICATED:
                    return None  # في أقرب وقت ممكن: a time, not the round
                return a, b
            if word not in COPULAS_OF_BECOMING and _present_tense(word):
                return None  # a verb of the clause: the adjective is another's
            previous = word
        return None

    def _proposed_directly(self, cue: Cue, start: int) -> bool:
        """Whether a verb of proposing has the round noun for its direct object (يقترح الرئيس
        البرازيلي جولة جديدة من الحوار، تقترح محادثات لتفادي الاشتباكات، اقترح لقاءً مع X): an
        indefinite noun with no preposition on it, after the verb and at most its subject and
        an adverb, in its clause (not: عرض التلفزيون صوراً للاجتماع، عرض خلال الاجتماع)."""
        if cue.label != "proposed_object" or not (
            _present_tense(cue.word) or cue.word.startswith(("اقترح", "عرض", "طرح"))
        ):
            return False
        if cue.word.startswith(("اقتراح", "مقترح")) or cue.word.endswith(("ه", "ها", "هم", "نا")):
            return False  # the nouns of proposing take the verbal noun of holding
        word = self.text[start:].split(maxsplit=1)[0]
        trigger = self.trigger_cues.get(start)
        if trigger is None or not word.lstrip("وف").startswith(trigger.word):
            return False  # للاجتماع، بجولة: a preposition on the noun, no object
        if not self._indefinite(start) or has_break(self.text, cue.end, start):
            return False
        spans = self.analysis.words_in(cue.end, start)
        names = _starting_within(self.actors, cue.end, start)
        between = [
            self.text[a:b]
            for a, b in spans
            if not any(n_start <= a < n_end for n_start, n_end, _ in names)
        ]  # (a name is the subject: لولا دا سيلفا)
        return len(spans) <= 8 and not any(
            w in PREPOSITIONS
            or w in TOPICS
            or w in ORDERING_WORDS
            or w.startswith(("لل", "بال"))
            or _present_tense(w)  # تقترح هدنة تعقبها مفاوضات: the round is another's
            for w in between
        )

    def _subject_of_relative(self, start: int) -> bool:
        """Whether the round noun is the subject of a relative clause's verb right before it
        (الزخم الذي أطلقته قمة واشنطن بدأ يتلاشى، الأمل الذي صنعته المحادثات تبدد): a verb after
        the round's phrase then closes the relative clause and tells of its head, not the round.
        """
        words = _previous_words(self.analysis, start, 2)
        return (
            len(words) == 2
            and words[1] in RELATIVES
            and words[0] not in PREPOSITIONS
            and words[0] not in THAT_WORDS
            and len(words[0]) >= 3
            and words[0][0] not in "لب"
        )

    def _called_for_else(self, cue: Cue, start: int) -> bool:
        """Whether a verb of calling or proposing calls for something else, of which holding
        the round is only the purpose: إلى and a noun that is no verbal noun of holding stand
        between it and لـ with the verbal noun before the round (وأدعو المبعوث إلى الضغط لعقد
        الجولة المقبلة; not: دعا إلى عقد جولة). After the noun of inviting, إلى names whom it
        invites (وجّه دعوة إلى زعيمي الطرفين لعقد اجتماع): the invitation is to the round."""
        if cue.word.startswith(("دعوه", "دعوت", "دعوات")):
            return False
        previous = _previous_words(self.analysis, start, 1)
        if not previous or not previous[0].startswith("ل") or bare(previous[0]) not in self.holding:
            return False
        words = [self.text[a:b] for a, b in self.analysis.words_in(cue.end, start)]
        return any(
            words[i] == normalize_text("إلى") and bare(words[i + 1]) not in self.holding
            for i in range(len(words) - 2)
        )  # (the last word is the verbal noun of holding itself)

    def _holding_before(self, position: int) -> bool:
        """Whether a verbal noun of holding stands right before ``position`` (عقد اجتماع)."""
        words = _previous_words(self.analysis, position, 2)
        if words and words[0] == normalize_text("إلى"):
            return True  # سيدعو الأطراف إلى جولة ثانية
        if len(words) == 2 and words[0] == "في" and bare(words[1]) in self.holding:
            return True  # دعوة إلى الطرفين للمشاركة في جولة جديدة
        return bool(words) and (words[0] in self.holding or bare(words[0]) in self.holding)

    def _relative_before(self, position: int) -> bool:
        """Whether a relative pronoun opens the clause a cue stands in (، التي عقدت)."""
        words = _previous_words(self.analysis, position, 1)
        return bool(words) and words[0] in RELATIVES

    def _judge(self, cue: Cue) -> tuple[str, RoundStatus | None, tuple[int, int] | None]:
        if cue.label == "during_adjacent":
            return "cue", self._during(cue), (cue.start, cue.end)
        if cue.label == "held_outcome_near":
            before = _previous_words(self.analysis, cue.start, 1)
            if before and before[0] in CONDITIONALS:
                return "none", None, None  # إذا فشلت المحادثات: a condition, no fact
            if (
                cue.word[0] in "تي"
                and not (before and before[0] in JUSSIVE_NEGATIONS)
                and not self._subjunctive_of_a_past_story(
                    cue.start, sentence_range(self.analysis, cue.start)[0]
                )  # انطلق المنبر في مايو، قبل أن تتعثر جولته الثانية: the past
            ):
                return "none", None, None  # يأمل أن تسفر المحادثات: not yet
            return "cue", RoundStatus.HELD, (cue.start, cue.end)  # لم تسفر الجولة عن نتائج
        if self._unscheduled(cue):  # ولم يحدد الجانبان موعداً لجولة رابعة: only possible
            return "cue", RoundStatus.POSSIBLE, (cue.start, cue.end)
        if _negated(self.text, cue.start) and not self._exclusive_after(cue.end):
            return "negated", None, (cue.start, cue.end)
        if (
            cue.label.startswith("held")
            and set(_previous_words(self.analysis, cue.start, 1)) & CONDITIONALS
        ):
            return "none", None, None  # إذا تعثرت جولة الدوحة، لو عُقدت القمة: a condition, no fact
        modal = self._modal_before(cue)
        if modal is not None:
            return self._judge(modal)  # يرتقب أن تستضيف: the expectation states it
        if cue.label == "present":
            may = _previous_words(self.analysis, cue.start, 1)
            if may and may[0] in MAY_WORDS:  # قد تنطلق، وقد تستضيف باكو جولة رابعة
                return "cue", RoundStatus.POSSIBLE, (cue.start - len(may[0]) - 1, cue.end)
            return "cue", self._present(cue), (cue.start, cue.end)
        if (
            cue.label in ("proposed", "proposed_object")
            and _present_tense(cue.word)
            and set(_previous_words(self.analysis, cue.start, 1)) & MAY_WORDS
        ):  # وقد تقترح قريباً جولة: a proposal that may come, of a round only possible
            return "cue", RoundStatus.POSSIBLE, (cue.start, cue.end)
        label = cue.label.removesuffix("_before").removesuffix("_adjacent").removesuffix("_near")
        label = label.removesuffix("_after").removesuffix("_relative")
        status = RoundStatus(label.removesuffix("_object"))
        if status is RoundStatus.PLANNED and self._told_before_or_after(cue):
            status = RoundStatus.HELD  # التقى الوفدان …، قبل أن تُعقد الجولة الثالثة: the past
        return "cue", status, (cue.start, cue.end)

    def _unscheduled(self, cue: Cue) -> bool:
        """Whether a cue of setting a date (موعد، تحديد موعد) is negated in its clause: "ولم
        يحدد الجانبان موعداً لجولة رابعة"، "لم تسفر الاتصالات عن تحديد موعد لجولة رابعة"،
        "دون تحديد موعد لجولة": no date set, so the round is only possible, not planned and not
        denied. The negation may govern the verb before the noun of the date, past its subject
        (up to four words, in the clause)."""
        if cue.label not in ("planned", "planned_before") or "موعد" not in cue.word:
            return False
        following = self.analysis.words_in(cue.end, min(len(self.text), cue.end + 60))[:8]
        if any(
            self.text[a:b].removeprefix("ال") in NEXT_WORDS
            for a, b in following
            if not has_break(self.text, cue.end, a)
        ):
            return False  # لا موعد محدداً للجولة المقبلة: the next round is still to come
        words = _previous_words(self.analysis, cue.start, 5)
        return any(
            word.removeprefix("و") in NEGATIONS or word in ("بدون", "وبدون") for word in words
        )

    def _told_before_or_after(self, cue: Cue) -> bool:
        """Whether "أن تعقد" follows قبل / بعد in a sentence told in the past.

        "التقى الوفدان في 16 مايو …، قبل أن تُعقد الجولة الثالثة في قصر تشيراغان يوم 23
        يوليو": the subjunctive after قبل أن / بعد أن tells what happened, unless a future
        marker or a date still to come stands in the sentence.
        """
        if not cue.word.startswith("ان "):
            return False
        if _previous_words(self.analysis, cue.start, 1) not in (
            ["قبل"],
            ["بعد"],
            ["وقبل"],
            ["وبعد"],
        ):
            return False
        sent_start, sent_end = sentence_range(self.analysis, cue.start)
        if any(sent_start <= m.start < sent_end for m in self.future) or self._future_date(cue.end):
            return False
        return any(
            sent_start <= t_start < cue.start and kind == "held"
            for t_start, _, kind in self.triggers
        ) or any(
            sent_start <= c.start < cue.start and c.label in ("held", "held_near")
            for c in self.statuses
        )  # the main clause is told in the past

    def _arriving(self, start: int, end: int) -> bool:
        """Whether a cue is a verb of a delegation arriving or travelling (وصل، توجه)."""
        words = self.text[start:end].split()
        if len(words) != 1:
            return False
        word = words[0]
        return word in self.arrival_words or (word[0] in "وف" and word[1:] in self.arrival_words)

    def _arrived(self, start: int, end: int) -> bool:
        """Whether a verb of arriving is in the past of arriving (وصل الوفد، ووصلت الوفود)."""
        word = self.text[start:end].strip()
        return word in self.arrived_words or (word[:1] in "وف" and word[1:] in self.arrived_words)

    def _during(self, cue: Cue) -> RoundStatus | None:
        """A round "during" which something is done: held, or planned when a future verb
        before it (سيبحث الوزيران خلال لقائهما) or a future marker in its sentence tells it.

        In the أن clause of an expectation (من المنتظر أن يبحث الطرفان خلال الجولة) the round
        is only expected: planned, and told with no status when the expectation is told in
        the past (وكان من المنتظر أن يبحث …: the round of the story, held or not).
        """
        sent_start, _ = sentence_range(self.analysis, cue.start)
        expected = self._expectation_before(cue.start, max(sent_start, cue.start - 60))
        if expected is not None:
            return expected if isinstance(expected, RoundStatus) else None
        named = [(a, b) for a, b, _ in [*self.actors, *self.places]]
        for a, b in self.analysis.words_in(max(sent_start, cue.start - 60), cue.start):
            word = self.text[a:b].lstrip("و")
            if (
                len(word) >= 5
                and word[0] == "س"
                and word[1] in "يتن"
                and not any(s <= a < e for s, e in named)  # ستيف ويتكوف، ستوكهولم: names
            ):
                return RoundStatus.PLANNED  # سيبحث الوزيران خلال لقائهما
        return self._present_at(cue.start)

    def _convened(self, cue_range: tuple[int, int], start: int) -> bool:
        """Whether a call before a meeting (اجتماع) is an invitation that convenes it.

        "دعت مفوضية الاتحاد الطرفين إلى اجتماع تقييمي"، "سيدعو إلى اجتماع آخر"، "وجّه دعوة
        إلى زعيمي الشطرين لعقد اجتماع": who invites to a meeting (دعا إلى اجتماع) convenes it,
        so it is planned; a call for talks, a round or a summit (دعا إلى مفاوضات، إلى جولة
        جديدة، إلى عقد اجتماع) stays a proposal. The verbal noun عقد is an invitation's only
        with the noun دعوة.
        """
        text = self.text
        if cue_range[1] > start or bare(text[start:].split(" ", 1)[0]) not in MEETING_NOUNS:
            return False
        word = bare(text[cue_range[0] : cue_range[1]].split()[0])
        if word not in INVITING:
            return False
        after = [text[a:b] for a, b in self.analysis.words_in(start, start + 40)][1:4]
        if "مع" in after:
            return False  # دعا إلى اجتماع مع الرئيس المصري: a party asks to meet the other
        between = [bare(text[a:b]) for a, b in self.analysis.words_in(cue_range[1], start)]
        return word == "دعوه" or "عقد" not in between

    def _expectation_before(self, position: int, low: int) -> RoundStatus | bool | None:
        """Whether an expectation's أن clause holds ``position``: PLANNED, False when the
        expectation is told in the past (وكان من المنتظر أن), None when there is none."""
        for c in reversed(self.statuses):
            if c.end > position or c.start < low:
                continue
            if not (
                c.label == "planned"
                or (not c.label and any(w in c.word for w in ("مقرر", "مفترض", "منتظر")))
            ):
                return None  # a nearer cue of its own
            that = [self.text[a:b] for a, b in self.analysis.words_in(c.end, position)][:1]
            if that != ["ان"] and not c.word.endswith(" ان"):
                return None
            before = _previous_words(self.analysis, c.start, 1)
            past = c.word.split()[0].lstrip("و") in ("كان", "كانت") or (
                bool(before) and before[0].lstrip("و") in ("كان", "كانت")
            )
            return False if past else RoundStatus.PLANNED
        return None

    def _exclusive_after(self, position: int) -> bool:
        """Whether an exceptive (سوى، إلا) follows in the sentence: "only", not "not".

        "لم يكن تأجيل الاجتماع سوى مؤشر على …": the negation and the exceptive
        together affirm the postponement.
        """
        _, sent_end = sentence_range(self.analysis, position)
        return any(
            self.text[a:b] in EXCEPTIVES for a, b in self.analysis.words_in(position, sent_end)
        )

    def _modal_before(self, cue: Cue) -> Cue | None:
        """A status cue whose أن clause holds a present verb (يرتقب أن تستضيف).

        The modal may stand apart from أن by its subject or an aside (لم يستبعد الكرملين
        أن تستضيف; من المرجح، بحسب مصادر …، أن تعقد): the cue "أن تعقد" then only
        says that a round is told, and the modal says how sure it is.
        """
        that_inside = cue.word.startswith("ان ")
        subjunctive = (
            cue.label in ("proposed", "proposed_object", "planned", "planned_object")
            and _present_tense(self.text[cue.start : cue.end])
            and _previous_words(self.analysis, cue.start, 1) == ["ان"]
        )  # يرجح مراقبون أن يطرح الوسطاء فكرة عقد جولة: the proposal is only likely
        if cue.label != "present" and not that_inside and not subjunctive:
            return None
        for other in reversed(self.statuses):
            if other.end > cue.start or cue.start - other.end > 90:
                continue
            if not other.label or other.label in ("present", "held_near") or other is cue:
                continue
            if other.label.endswith(("_adjacent", "_after", "_relative")) or other.label == "held":
                continue
            if self._that_clause(other.end, cue.start, that_inside):
                return other
            if other.word.endswith(" ان") and not self.text[other.end : cue.start].strip():
                return other  # إمكانية أن تستضيف: the modal's own أن
        return None

    def _that_clause(self, start: int, end: int, that_inside: bool = False) -> bool:
        """Whether ``[start, end)`` is a subject (three words at most, asides apart) and أن.

        With ``that_inside`` the أن is the cue's own first word and is not looked for.
        """
        text = self.text
        gap = LONG_ASIDE.sub(",", text[start:end]).strip()
        gap = gap.strip(",").strip()
        if has_break(gap, 0, len(gap)):
            return False
        words = [gap[a:b] for a, b in tokens(gap, 0, len(gap))]
        if not that_inside:
            if not words or words[-1] != "ان":
                return False
            words = words[:-1]
        return len(words) <= 3 and "ان" not in words

    def _present(self, cue: Cue) -> RoundStatus:
        """A present-tense verb: planned with a future marker in its sentence, else held.

        Its clause may name the round and its venue before the date to come (وتجري وفود
        أميركية وأوكرانية مشاورات في جنيف يوم الأحد, told on a Saturday): planned.
        """
        if self._future_date(cue.end, reach=PRESENT_DATE_WINDOW) or self._weekday_after(cue.end):
            return RoundStatus.PLANNED
        return self._present_at(cue.start)

    def _weekday_after(self, position: int) -> bool:
        """Whether a bare weekday (يوم الأحد، الخميس) follows a present verb in its clause.

        The present with a weekday and no اليوم tells the coming day (وتجري وفود … مشاورات
        في جنيف يوم الأحد); "تستضيف الدوحة اليوم الاثنين جولة" is today's round.
        """
        for d_start, _, date in self.dates:
            if not position <= d_start <= position + PRESENT_DATE_WINDOW:
                continue
            if has_break(self.text, position, d_start):
                return False
            words = normalize_text(date.text).split()
            return (
                any(w in WEEKDAYS for w in words)
                and all(w in WEEKDAYS or w in ("يوم", "صباح", "مساء") for w in words)
                and _previous_words(self.analysis, d_start, 1) != ["منذ"]
            )
        return False

    def _present_at(self, position: int) -> RoundStatus:
        """Planned with a future marker in the sentence or a date of its clause still to
        come (تنطلق يوم الاثنين, told on a Sunday), else held."""
        sent_start, sent_end = sentence_range(self.analysis, position)
        future = any(sent_start <= m.start < sent_end for m in self.future)
        return RoundStatus.PLANNED if future or self._future_date(position) else RoundStatus.HELD

    def _future_after(self, position: int) -> bool:
        """Whether a future marker or a date to come follows ``position`` in its clause
        (يلتقي غداً، يجتمعان الأسبوع المقبل)."""
        return self._future_date(position) or any(
            position <= m.start <= position + 40 and not has_break(self.text, position, m.start)
            for m in self.future
        )

    def _future_date(self, position: int, reach: int = 30) -> bool:
        """Whether a date after the publication date follows ``position`` in its clause."""
        published = self.analysis.document.published
        if published is None:
            return False
        for d_start, _, date in self.dates:
            if position <= d_start <= position + reach and not has_break(
                self.text, position, d_start
            ):
                if _previous_words(self.analysis, d_start, 1) == ["منذ"]:
                    return False  # تستضيف منذ الأحد: under way since then
                return date.value is not None and date.value > published
        return False

    def _ordinal(
        self, mention: _Mention, sent_start: int, sent_end: int, previous_end: int, next_start: int
    ) -> tuple[int, int] | None:
        """Set the ordinal or relative reference (الجولة الثالثة، أول اجتماع، هي الأولى).

        Returns the range of the ordinal found, for the evidence.
        """
        text = self.text
        best: tuple[int, int, Ordinal] | None = None
        for o_start, o_end, ordinal in sorted(self.ordinals, key=lambda o: o[2].value is None):
            if o_start < sent_start or o_end > sent_end:
                continue
            if any(d_start <= o_start < d_end for d_start, d_end, _ in self.dates):
                continue  # الجمعة الماضية: a date, not the round's place in a series
            if _previous_words(self.analysis, o_start, 1) == ["ال"]:
                continue  # محمد بن عبد الرحمن آل ثاني عقد لقاء: a family's name, no ordinal
            before = (
                previous_end <= o_start
                and o_end <= mention.start
                and mention.start - o_end <= 14
                and not has_break(text, o_end, mention.start)
                and not text.startswith("ال", o_start)  # المرحلة الثانية من المحادثات: the phase's
            )  # أول اجتماع، ثالث جولة
            inside = mention.start <= o_start < mention.end  # الجولة الثالثة من المفاوضات
            after = False
            if mention.end <= o_start <= min(mention.end + 40, next_start):
                gap = [text[a:b] for a, b in self.analysis.words_in(mention.end, o_start)]
                if not has_break(text, mention.end, o_start) and (
                    all(word in ORDINAL_COPULAS for word in gap)
                    or self._adjective_gap(gap, text[o_start:o_end])
                    or self._talks_adjectives(gap, text[o_start:o_end])
                    or self._place_in_construct(mention, o_start)
                ):
                    after = True  # الجولة الثالثة، مفاوضات هي الأولى (not: مفاوضات المرحلة الثانية)
                    if gap and gap[0] in ORDINAL_COPULAS and mention.definite:
                        mention.appositive = True  # الجولة هي الثانية: the round just told
                else:
                    words = _previous_words(self.analysis, o_start, 1)
                    after = bool(words) and words[0] in ORDINAL_COPULAS  # ، وهي الأولى
                    if (
                        not after
                        and mention.definite
                        and (
                            text[mention.end : o_start].strip() == ","
                            or ASIDE.fullmatch(text[mention.end : o_start].strip())
                        )
                        and text.startswith("ال", o_start)
                    ):
                        after = True  # الاجتماع، الرابع من نوعه، …; الاجتماع، بصيغة …، الثاني
                    mention.appositive = after
            elif (
                mention.end + 40
                < o_start
                <= min(
                    mention.end + (KIND_WINDOW if self._of_its_kind(o_end) else APPOSITION_WINDOW),
                    next_start,
                )
            ):
                words = _previous_words(self.analysis, o_start, 1)
                lead_text = text[max(0, o_start - 12) : o_start].rstrip()
                after = bool(words) and (
                    words[0] in ("وهو", "وهي")  # long name، وهو الثاني
                    or (
                        words[0] in ("هو", "هي")
                        and lead_text.removesuffix(words[0]).rstrip().endswith(",")
                    )  # جولة جديدة من الحوار …، هي الخامسة
                )
                mention.appositive = after
            if after and self._other_nouns_ordinal(o_start):
                after = False  # للقاء الرئيس، في زيارة هي السابعة له: the visit's
                mention.appositive = False
            if before or inside or after:
                best = (o_start, o_end, ordinal)
                break
        if best is None and mention.verb:
            best = self._time_ordinal(mention.end, min(sent_end, next_start))
        if best is None and self._previous_after(mention.start):
            mention.relative = "previous"  # جولة سابقة من المفاوضات
        following = self.analysis.words_in(mention.end, min(len(text), mention.end + 12))[:1]
        if best is None and following and text[following[0][0] : following[0][1]] in NEXT_WORDS:
            mention.relative = "next"  # في جولة مقبلة: indefinite, but still the next one
        if best is not None:
            ordinal = best[2]
            mention.ordinal = ordinal.value
            mention.relative = ordinal.relative
            mention.since = ordinal.value is not None and self._counted_since(
                max(best[1], mention.end), sent_end
            )  # (وهو ثالث اجتماع تعقده اللجنة منذ: past the noun the ordinal is in construct with)
            previous = _previous_words(self.analysis, mention.start, 1)
            if previous and (previous[0] in DEMONSTRATIVES or previous[0] in self.framework):
                mention.appositive = True  # وهذه هي الجولة الثامنة، في إطار الجولة السادسة
            if (
                previous == ["في"]
                and previous_end > sent_start
                and self.text[: mention.start].rstrip()[:-2].rstrip().endswith(",")
            ):  # استأنف الوفدان المحادثات في جدة، في الجولة الثانية من "منبر جدة": that round
                mention.appositive = True
            if best[1] <= mention.start and not text.startswith("ال", best[0]):
                mention.definite = (
                    True  # خامس لقاء: an ordinal in construct makes the noun definite
                )
                lead = _previous_words(self.analysis, best[0], 1)
                if lead == ["في"] and previous_end > sent_start:
                    mention.appositive = True  # التقى المبعوثان …، في خامس لقاء بينهما
                if lead and lead[0] in ORDINAL_COPULAS and previous_end > 0:
                    mention.appositive = True  # عقدت اللجنة اجتماعها …، وهو ثاني اجتماع
            return best[0], best[1]
        return None

    def _counted_since(self, position: int, limit: int) -> bool:
        """Whether منذ follows within a few words of its clause (أول جولة تُعقد منذ، الثانية
        منذ، أول لقاء بينهما منذ): the ordinal counts from that event on."""
        for w_start, w_end in self.analysis.words_in(position, min(limit, position + 40))[:4]:
            if has_break(self.text, position, w_start):
                return False
            if self.text[w_start:w_end] in SINCE_WORDS:
                return True
        return False

    def _other_nouns_ordinal(self, o_start: int) -> bool:
        """Whether the copula before an ordinal describes a noun of its own after في, not a
        round (في زيارة هي السابعة له، في خطوة هي الأولى من نوعها): that noun's ordinal."""
        words = self.analysis.words_in(max(0, o_start - 50), o_start)[-3:]
        if len(words) < 3 or has_break(self.text, words[0][0], o_start):
            return False
        preposition, _, copula = (self.text[a:b] for a, b in words)
        return (
            preposition in ("في", "وفي")
            and copula in ("هي", "هو")
            and words[1][0] not in self.trigger_cues
            and not self.text.startswith("ال", words[1][0])
        )

    def _place_in_construct(self, mention: _Mention, o_start: int) -> bool:
        """Whether only the place the round is named by parts it from a definite ordinal
        (جولة جنيف الثانية، اجتماع الناقورة الثاني، مؤتمر برلين الثالث): the noun in
        construct takes the article of its place, and the ordinal agrees with the noun."""
        if mention.definite or not self.text.startswith("ال", o_start):
            return False
        return any(
            p_start == mention.end + 1 and self.text[p_end:o_start] == " "
            for p_start, p_end, entity in _starting_within(self.places, mention.end, o_start)
            if entity.kind == EntityKind.PLACE
        )

    def _time_ordinal(self, end: int, limit: int) -> tuple[int, int, Ordinal] | None:
        """The ordinal of "للمرة الثالثة" in a meeting verb's clause (تجتمع اللجنة للمرة الثالثة،
        التقى الرئيسان للمرة الأولى): how many times they have met, past the verb's subject.

        Only for a verb of meeting: after a round noun it may tell someone else's first
        time (يشارك في الاجتماع للمرة الأولى مدني).
        """
        for o_start, o_end, ordinal in self.ordinals:
            if not end <= o_start <= min(limit, end + ATTRIBUTE_WINDOW + 20):
                continue
            if has_break(self.text, end, o_start) or ordinal.value is None:
                continue
            if [bare(w) for w in _previous_words(self.analysis, o_start, 1)] in (["مره"], ["لمره"]):
                return o_start, o_end, ordinal
        return None

    def _of_its_kind(self, position: int) -> bool:
        """Whether "من نوعه / من نوعها" follows an ordinal (هي الرابعة من نوعها): it counts rounds."""
        following = self.analysis.words_in(position, min(len(self.text), position + 14))[:2]
        words = [self.text[a:b] for a, b in following]
        return len(words) == 2 and words[0] == "من" and words[1].startswith("نوع")

    @staticmethod
    def _adjective_gap(gap: list[str], ordinal: str) -> bool:
        """Whether one relational adjective parts the noun from its ordinal (جولة فنية ثانية).

        It agrees with the ordinal in definiteness (الجولة الفنية الثانية), so the ordinal
        is the round's, not a noun's after it.
        """
        if len(gap) != 1 or not gap[0].endswith(("يه", "ي")) or len(gap[0]) < 4:
            return False
        return gap[0].startswith("ال") == ordinal.startswith("ال")

    def _talks_adjectives(self, gap: list[str], ordinal: str) -> bool:
        """Whether only adjectives of the round's talks part it from its ordinal (جولة
        المحادثات المباشرة الرابعة، جولة المفاوضات غير المباشرة الثالثة): a word of
        ``round_talks_adjectives`` (غير before it too), agreeing with the ordinal in
        definiteness, so the ordinal is the round's, not a noun's after it."""
        adjectives = self.analysis.word_set("round_talks_adjectives")
        if not gap or len(gap) > 3 or gap[-1] not in adjectives:
            return False
        return all(w in adjectives or w == "غير" for w in gap) and gap[-1].startswith(
            "ال"
        ) == ordinal.startswith("ال")

    def _previous_after(self, start: int) -> bool:
        """Whether the round noun at ``start`` is called earlier (جولة سابقة) by a listed word."""
        following = self.analysis.words_in(start, min(len(self.text), start + 30))[1:2]
        return bool(following) and (
            self.text[following[0][0] : following[0][1]] in self.previous_words
        )

    def _place(
        self,
        mention: _Mention,
        lo: int,
        hi: int,
        parties: Sequence[tuple[int, int, Entity]],
        cue_start: int | None,
        cities_only: bool = False,
    ) -> tuple[int, int, Entity] | None:
        """The venue: a place (or a country that is not a party) after في / إلى / استضافت.

        A venue before the round noun must stand in its clause or after its cue
        (عُقد في الناقورة، اليوم الثلاثاء، اجتماع). ``cities_only`` is the fallback
        for a held round named with no venue of its own (وقعت … في الدوحة … في ختام
        جولة مفاوضات): the city where the sentence's event took place.
        """
        party_keys = {_entity_key(e) for _, _, e in parties}
        told = mention.status or (RoundStatus.PLANNED if mention.relative == "next" else None)
        candidates = []  # (الاجتماع المقبل للجنة في تايلاند: the next round is planned there)
        for p_start, p_end, entity in _starting_within(self.places, lo, hi + 40 + mention.far):
            if p_start < lo or p_end > hi + (40 if mention.verb else 30) + mention.far:
                continue
            if entity.kind == EntityKind.COUNTRY and p_end <= mention.start:
                capital = self._hosting_capital(p_start, p_end)
                if capital is not None:  # وكانت العاصمة القطرية قد احتضنت الجولة الأولى
                    p_start, p_end, entity = capital
            if (
                told in (RoundStatus.PROPOSED, RoundStatus.POSSIBLE)
                and p_end <= mention.start
                and self._visited(p_start)
            ):
                continue  # اقترح، خلال زيارته الأخيرة إلى بيروت، عقد جولة: where it was proposed
            if p_end > mention.end + 110 and CONJOINED_CLAUSE.search(
                self.text, mention.end, p_start
            ):
                continue  # …، وتركزت على سلامة الملاحة في البحر الأسود: past a clause of its own
            after_cue = (
                cue_start is not None
                and mention.end <= cue_start < p_start
                and not has_break(self.text, cue_start, p_start)
            )  # not past a clause of its own: قمة محتملة بين الرئيسين، اقترحت … في غوما
            if (
                (mention.verb or mention.far)
                and p_start >= mention.end
                and p_end <= mention.end + 110 + mention.far
            ):
                after_cue = True  # التقى الوزير، اليوم، نظيره … في عمّان: past subject and object
            if p_end > hi and has_break(self.text, mention.end, p_start) and not after_cue:
                continue  # …، التي تستضيفها العاصمة الأردنية عمّان: the venue of the cue
            if p_start >= mention.end and SENTENCE_END.search(self.text, mention.end, p_start):
                continue  # a place of the next sentence
            if p_start >= mention.end and any(
                mention.end < t_start < p_start
                and has_break(self.text, mention.end, t_start)
                and (not mention.verb or self._cue_right_before(t_start))
                for t_start, _, _ in self.triggers
            ):
                continue  # الجولة الأولى، قبل أن تنتقل الجولة الثانية إلى X: the next round's
                # (ستلتقي الوفود مجدداً، فيما اقترحت واشنطن أن تُعقد الجولة الثالثة في X)
            if (
                p_start >= mention.end
                and not mention.verb
                and self._said_between(mention.end, p_start)
            ):
                continue  # ختام الجولة أن الأطراف اتفقت على … في البحر الأسود: what was said
            between = (  # the words from the round to a place after it
                {self.text[a:b] for a, b in self.analysis.words_in(mention.end, p_start)}
                if p_start >= mention.end
                else set()
            )
            if between & SEQUENCE_WORDS:
                continue  # عُقدتا في جيبوتي عام 2020 ثم في أنقرة: the next event's venue
            if p_start >= mention.end and self._other_round_in_adjunct(mention.end, p_start):
                continue  # جولة جديدة بعد محادثات في نيروبي: the venue of the talks before it
            if p_end <= mention.start and self._round_before_adjunct(p_start, p_end, mention.start):
                continue  # تأتي الجولة الحالية في X بعد الجولة الثانية: the current round's
            if between & CONDITIONALS:
                continue  # لقاء ممكن إذا تحقق تقدم في جولة فيينا: where the condition is met
            if p_start >= mention.end and self._cause_between(mention.end, p_start):
                continue  # أُرجئ الاجتماع بسبب القتال في مأرب: where the cause happened
            if not mention.verb and between & SINCE_WORDS:
                continue  # الجولة الثالثة … منذ توقيع الاتفاق في جنيف: where it is counted from
            if (
                p_end <= mention.start
                and has_break(self.text, p_end, mention.start)
                and (cue_start is None or p_start < cue_start)
            ):
                continue  # a venue before the round stands in its clause, or after its cue
            if p_end <= mention.start and self._that_between(p_end, mention.start):
                continue  # أعلن في مؤتمر صحفي بأوسلو أن الجولة ستعقد …: where it was said
            if (
                p_end <= mention.start
                and not self._host_subject(p_start)
                and any(
                    self.text[a:b] in ABOUT_WORDS
                    for a, b in self.analysis.words_in(
                        p_end,
                        cue_start
                        if cue_start is not None and p_end <= cue_start
                        else mention.start,
                    )
                )
            ):
                continue  # تحدث مسؤولون في بيروت عن اقتراح لعقد لقاء: where the talk of it is
            gap = self.text[(cue_start if after_cue and cue_start else mention.end) : p_start]
            if (
                p_start >= mention.end
                and _topic_between(gap.rsplit(",", 1)[-1].split())
                and not self._after_filler(p_start)
                and not _building_after_topic(gap.rsplit(",", 1)[-1].split())
            ):
                continue  # محادثات حول سلامة الملاحة في البحر الأسود: the topic, not the venue
            if (
                cities_only
                and p_end <= mention.start
                and self._contrast_between(p_end, mention.start)
            ):
                continue  # وصل الوزير إلى باريس، فيما تعثرت المفاوضات: another clause's city
            construct = False
            if not (
                self._venue_before(p_start)
                or self._host_after(p_end, relative=p_end <= mention.start)
                or self._host_subject(p_start)
            ):
                construct = self._construct_venue(mention, p_start, p_end, entity)
                if not construct:
                    continue
            if entity.kind == EntityKind.COUNTRY and self._listed(p_end):
                continue  # في الولايات المتحدة ومصر وإسرائيل: a list of parties, not a venue
            if self._alternative(p_end) or self._after_alternative(p_start):
                continue  # في طرابلس أو بنغازي: not yet a venue
            held_in = (
                told in (RoundStatus.HELD, RoundStatus.PLANNED, RoundStatus.CANCELLED)
                and 0 <= p_start - mention.end <= (110 if mention.verb else 25) + mention.far
                and not has_break(self.text, mention.end, p_start)
            ) or (
                self._host_subject(p_start)
                or self._host_after(p_end, relative=p_end <= mention.start)
            )  # عقد الاجتماع المقبل في أرمينيا، الكويت قد استضافت: a party can host
            # (a meeting verb reaches past its subject and object: التقى X Y في إقليم كردستان)
            if self._place_type(entity) == "region" and not (
                self._right_after_cue(cue_start, p_start)  # القمة … ستعقد في ألاسكا
                or self._host_subject(p_start)
                or self._host_after(p_end, relative=p_end <= mention.start)
                or self._after_filler(p_start)
                or (held_in and not cities_only)
            ):
                continue  # في تيغراي: a region named near a round is its topic, not its venue
            if entity.kind == EntityKind.COUNTRY and (
                cities_only
                or told is None
                or (_entity_key(entity) in party_keys and not held_in)
                or [*_previous_words(self.analysis, p_start, 1), ""][0] in VENUE_FILLERS
            ):
                continue  # a party, or the adjective of العاصمة الكازاخية: not the venue
            distance = p_start - mention.end if p_start >= mention.end else mention.start - p_end
            penalty = (
                (0 if p_start >= mention.end else 10)
                + (80 if self._reference_point(p_start) else 0)  # في بوتراجايا، قرب العاصمة …
                + (50 if entity.kind == EntityKind.COUNTRY else 0)  # a city names it better
                + (40 if construct else 0)  # a venue said with في or a host verb names it better
                + (30 if self._place_type(entity) == "region" else 0)  # a city names it better
            )
            if p_start in self.format_venues:
                penalty += 200  # جولة من محادثات جنيف … في فيينا: the venue the text names wins
            candidates.append((distance + penalty, p_start, p_end, entity))
        if any(
            c[1] >= mention.end and c[3].kind == EntityKind.PLACE and self._venue_before(c[1])
            for c in candidates
        ):  # استضافت بكين … أولى جولات هذا المسار في كونمينغ: the host is the government
            candidates = [
                c for c in candidates if not (c[2] <= mention.start and self._host_subject(c[1]))
            ] or candidates
        if not candidates:
            return None
        _, p_start, p_end, entity = min(candidates, key=lambda c: c[0])
        chosen = (p_start, p_end, entity)
        city, building = self._building_city(chosen, candidates)
        mention.building = building
        return city

    def _format_venue(
        self, start: int, end: int, sent_start: int
    ) -> tuple[int, int, Entity] | None:
        """The fixed venue of the format the round belongs to, when the text names none.

        A round is the format's when the format's name follows the round noun in construct
        or after من، ضمن، في إطار or ل (الجولة الرابعة من منبر جدة، جولة مناقشات جنيف
        الدولية، الاجتماع الخامس لآلية الناقورة، اجتماع في إطار مسار أستانا), or opens the
        round's clause as the subject whose pronoun the round noun carries (عقدت آلية
        الناقورة اجتماعها). Coders code such a round at the format's venue (منبر جدة meets
        in Jeddah, مبادرة تومايني in Nairobi); a format with no fixed venue (صيغة نورماندي،
        مسار برلين) or an agreement (its place is where it was signed) gives none.
        """
        text = self.text
        for f_start, f_end, fmt in self.formats:
            if not fmt.meets or fmt.venue is None:
                continue
            if f_start >= end:
                if f_start - end > 40 or has_break(text, end, f_start):
                    continue
                gap = [text[a:b] for a, b in self.analysis.words_in(end, f_start)]
                # (الجولة الرابعة من، جولة جديدة ضمن، الاجتماع الخامس لـ: the noun's ordinal or
                # adjective may stand before the word that joins it to the format)
                if gap:  # من، لـ, or a frame word (round_framework: ضمن، في إطار)
                    if gap[-1] not in FORMAT_PREPOSITIONS and gap[-1] not in self.framework:
                        continue
                    before = gap[:-1]
                    if before[-1:] == ["في"] and gap[-1] in self.framework:
                        before = before[:-1]  # في إطار
                    if len(before) > 2:
                        continue
            elif f_end <= start:
                noun = text[start:end].split()[0]
                if f_start < sent_start or not self._possessed(noun):
                    continue
                if start - f_end <= 3 and not has_break(text, f_end, start):
                    if not self._clause_opens_before(f_start):
                        continue  # عقدت آلية الناقورة اجتماعها: the format's own meeting
                elif any(
                    f_end <= t_start < start and kind == "noun"
                    for t_start, _, kind in self.triggers
                ) or any(
                    f_end <= g_start < start and other.meets for g_start, _, other in self.formats
                ):
                    continue  # the pronoun's nearest antecedent is another round or forum
                # (an agreement between them is no meeting: وأفضى إلى «إعلان جدة»، قبل أن
                # تتعثر جولته الثانية is still the platform's round)
                # (انطلق منبر جدة …، قبل أن تتعثر جولته الثانية; آلية إرغنيتي … ما زالت
                # تجتمع، وقد عُقد اجتماعها الأخير: the round of the format its pronoun names)
            else:
                continue
            following = self.analysis.words_in(f_end, min(len(text), f_end + 30))[:1]
            if (
                following
                and text[following[0][0]] == "و"
                and not has_break(text, f_end, following[0][0])
                and self._party_at(following[0][0] + 1)
            ):
                continue  # محادثات مسقط وصنعاء: the cities are the parties, not the format
            venue = self._venue_of_format(f_start, f_end, fmt.venue)
            if venue is not None:
                return venue
        return None

    def _venue_of_format(self, start: int, end: int, venue: str) -> tuple[int, int, Entity] | None:
        """The place a format named at start–end meets in, as the round's venue: the place
        inside its name when that is the venue (منبر جدة), else the gazetteer entry ``venue``
        names, evidenced by the format's name (آلية الناقورة, مبادرة تومايني → Nairobi).
        """
        inside = next(
            (item for item in _starting_within(self.places, start, end) if item[1] <= end),
            None,
        )
        if inside is not None and inside[2].name == venue:
            return inside
        entry = self.analysis.resources.gazetteer.named(venue)
        if entry is None:
            return None
        span = self.analysis.span(start, end)
        return (start, end, entry.entity(self.analysis.slice(span), span))

    def _agreement_venue(self, end: int, limit: int) -> tuple[int, int, Entity] | None:
        """Where the agreement a held round ended in was signed (جولة أولى انتهت بتوقيع
        «إعلان جدة»، التقى الوفدان ووقّعا «إعلان جدة»، أفضى إلى «إطار الدوحة»): an agreement
        of the formats' data named within its clause after a word of signing or outcome
        (توقيع، وقّعا، أسفرت عن، أفضت إلى) was signed where the round was held.
        """
        text = self.text
        signing = self.analysis.word_set("round_signing") | self.analysis.word_set("round_outcome")
        for f_start, f_end, fmt in self.formats:
            if f_start < end:
                continue
            if f_end > limit or f_start - end > 90 or SENTENCE_END.search(text, end, f_start):
                break
            if fmt.kind != "agreement" or fmt.venue is None:
                continue
            words = [text[a:b] for a, b in self.analysis.words_in(max(end, f_start - 30), f_start)]
            if words[-1:] in (["الى"], ["عن"]):
                words = words[:-1]  # أفضت إلى «إعلان أنقرة»، أسفرت عن توقيع
            if not any(
                w in SIGNING_NOUNS or w in signing or (w[:1] in "وف" and w[1:] in signing)
                for w in words[-2:]
            ):
                continue
            venue = self._venue_of_format(f_start, f_end, fmt.venue)
            if venue is not None:
                return venue
        return None

    def _possessed(self, noun: str) -> bool:
        """Whether a round noun carries a possessive pronoun (اجتماعها، جولته، لقاؤهما), read
        against the round nouns: a bare feminine noun ends in ه too once normalised (جوله)."""
        nouns = self.analysis.word_set("round_nouns")
        for word in (noun, noun[1:]) if noun[:1] in "وفبل" else (noun,):
            for suffix in ("هما", "هم", "ها", "ه"):
                if not word.endswith(suffix) or word.startswith("ال"):
                    continue
                stem = word[: -len(suffix)]
                if stem in nouns or (stem.endswith("ت") and stem[:-1] + "ه" in nouns):
                    return True
        return False

    def _cue_right_before(self, position: int) -> bool:
        """Whether a status cue (a verb of holding: تعقد، اختتمت) stands right before
        ``position``: the round noun there is told in a clause of its own."""
        return any(c.end <= position and position - c.end <= 2 for c in self.statuses)

    def _clause_opens_before(self, position: int) -> bool:
        """Whether a status cue (a verb of holding: عقدت، ستعقد، اختتمت) or only a clause
        break stands right before ``position``: the format is the subject of its clause, not
        the object of another noun."""
        if not _previous_words(self.analysis, position, 1):
            return True
        return any(c.end <= position and position - c.end <= 2 for c in self.statuses)

    def _past_parties(
        self, end: int, hi: int, sent_end: int, parties: Sequence[tuple[int, int, Entity]]
    ) -> int:
        """How far the venue may stand: the attribute window counts from the round's own
        parties told after it, not from the round noun.

        "عقد لقاء ثلاثي يجمع ممثلين عن A وB وC، ربما في X"، "اجتماع موسع بمشاركة الدول
        الضامنة الثلاث، A وB وC، ربما في X": a long list of parties pushed the venue out of
        reach. A party past a clause of its own (لكن، فيما، أن، …، وX) is not the round's.
        """
        complement_end = end
        for p_start, p_end, _ in parties:
            if p_start < end or p_end <= complement_end:
                continue
            if (
                self._contrast_between(end, p_start)
                or self._that_between(end, p_start)
                or CONJOINED_CLAUSE.search(self.text, end, p_start)
                or SENTENCE_END.search(self.text, end, p_start)
            ):
                continue
            complement_end = p_end
        if complement_end == end:
            return hi
        return min(sent_end, max(hi, complement_end + ATTRIBUTE_WINDOW // 2))

    def _cause_between(self, start: int, end: int) -> bool:
        """Whether a word of ``round_causes`` (بسبب، جراء، نتيجة، على خلفية) opens in
        ``[start, end)``: what follows it is the round's cause, and a place in it is where
        the cause happened (أُلغي الاجتماع جراء المعارك في الفاشر), not the venue."""
        return any(self._cause_word(a, b) for a, b in self.analysis.words_in(start, end))

    def _cause_word(self, start: int, end: int) -> bool:
        """Whether the word at ``[start, end)`` is (or closes) a word of ``round_causes``."""
        causes = self.analysis.word_set("round_causes")
        word = self.text[start:end]
        return word in causes or (
            f"{' '.join(_previous_words(self.analysis, start, 1))} {word}" in causes
        )

    def _that_between(self, start: int, end: int) -> bool:
        """Whether a that-clause opens between ``start`` and ``end`` (أن، إن، بأن، على أن;
        not بعد أن، قبل أن, which tell when, nor غير أن، إلا أن، كما أن, which join two
        clauses): what stands before it belongs to the clause that reports or agrees on the
        round, not to the round's own."""
        words = self.analysis.words_in(start, end)
        return any(
            self.text[a:b] in THAT_WORDS
            and (
                index == 0 or self.text[slice(*words[index - 1])] not in THAT_OPENERS | CONNECTIVES
            )
            for index, (a, b) in enumerate(words)
        )

    def _reference_point(self, position: int) -> bool:
        """Whether the place at ``position`` is told as a reference point for another.

        "في بوتراجايا، قرب العاصمة كوالالمبور"، "بفندق … في ضاحية …، شمالي العاصمة
        الكينية"، "بالقرب من …": a word of ``round_reference_points`` before it (past a city
        noun such as العاصمة, and past من after بالقرب) locates the place before it; the
        venue is that place, and this one only when no other is named.
        """
        words = _previous_words(self.analysis, position, 3)
        if words and words[0] in VENUE_FILLERS:
            words = words[1:]  # قرب العاصمة كوالالمبور
        if words[:1] == ["من"]:
            words = words[1:]  # بالقرب من …
        if not words:
            return False
        points = self.analysis.word_set("round_reference_points")
        return words[0] in points or " ".join(reversed(words[:2])) in points

    def _said_between(self, start: int, end: int) -> bool:
        """Whether a that-clause with no status cue opens in ``[start, end)``.

        "ختام تلك الجولة أن الأطراف اتفقت على … في البحر الأسود": a place in what was
        said or agreed is not the round's venue; "يتوقع أن تعقد في مسقط" names it.
        """
        thats = [a for a, b in self.analysis.words_in(start, end) if self.text[a:b] == "ان"]
        return bool(thats) and not any(
            thats[-1] <= c.end and c.start < end for c in self.statuses
        )  # any cue, even one that states nothing (كان من المقرر أن تعقد)

    def _right_after_cue(self, cue_start: int | None, p_start: int) -> bool:
        """Whether a place follows the round's status cue right after في (ستعقد في ألاسكا)."""
        if cue_start is None or cue_start >= p_start or has_break(self.text, cue_start, p_start):
            return False
        words = [self.text[a:b] for a, b in self.analysis.words_in(cue_start, p_start)]
        return len(words) == 2 and words[-1] == "في"

    def _contrast_between(self, start: int, end: int) -> bool:
        """Whether a contrasting conjunction (فيما، بينما، في حين) stands in ``[start, end)``."""
        return any(self.text[a:b] in CONTRASTS for a, b in self.analysis.words_in(start, end))

    def _named_city(
        self, start: int, end: int, limit: int, reach: int = 60
    ) -> tuple[int, int, Entity] | None:
        """A city the gazetteer does not know, named as one right after the round.

        "في مدينة غابالا الأذربيجانية", "في العاصمة … X": the word after the city noun (and
        its adjectives) is the venue, kept as written with no name or id. With no name
        after it, "في العاصمة العمانية" is the capital the gazetteer knows for that country.
        """
        spans = self.analysis.words_in(end, min(limit, end + reach))
        capital: tuple[int, int, Entity] | None = None
        for index, (t_start, t_end) in enumerate(spans[:-1]):
            word = self.text[t_start:t_end]
            attached = word[:1] == "ب" and word[1:] in VENUE_FILLERS  # بالعاصمة القطرية
            if word not in VENUE_FILLERS and not attached:
                continue
            if not (
                attached
                or (
                    index
                    and self.text[spans[index - 1][0] : spans[index - 1][1]] in self.venue_words
                )
                or self._host_subject(t_start)
                or (index and self._reference_point(spans[index + 1][0]))
            ):
                continue  # في العاصمة …، احتضنت العاصمة الكينية: the subject of hosting too
                # (and a reference point when no venue is named: بفندق …، شمالي العاصمة الكينية)
            for n_start, n_end in spans[index + 1 : index + 4]:
                name = self.text[n_start:n_end]
                compound = self._country_end(n_start)  # العاصمة الجنوب أفريقية
                if compound is not None and compound > n_end:
                    if word.endswith("عاصمه"):
                        capital = capital or self._capital(t_start + attached, n_start, compound)
                    if capital is not None:
                        return capital
                if name.endswith("يه") and name.startswith("ال"):
                    if capital is None and word.endswith("عاصمه"):
                        capital = self._capital(t_start + attached, n_start, n_end)
                    if capital is not None:
                        return capital  # العاصمة الأمريكية: the capital the gazetteer knows
                    continue  # العاصمة الكينية …
                if name in NOT_NAMES or has_break(self.text, end, n_start):
                    return capital  # في العاصمة العمانية خلال …: no name follows
                if name.startswith("و") and n_start > spans[index + 1][0]:
                    return capital  # في المدينة الكينية ووقعا: و past the adjective joins a clause
                span = self.analysis.span(n_start, n_end)
                return n_start, n_end, Entity(self.analysis.slice(span), span, EntityKind.PLACE)
        return None

    def _town_before(self, p_start: int) -> tuple[int, int, Entity] | None:
        """A town the gazetteer does not know, located by the place at ``p_start``.

        "في ديليجان بأرمينيا"، "في X شمالي Y"، "في X بضواحي Y": one or two unknown words
        between في and a place told with بـ or a word of reference (``round_reference_points``)
        name the nearer, more specific place, kept as written with no name or id. A building
        (في قصر X بإسطنبول), a known place, a date, a round noun or a common noun with the
        article is no such town.
        """
        text = self.text
        before = [
            (a, b)
            for a, b in reversed(self.analysis.words_in(max(0, p_start - 80), p_start))
            if b < p_start
        ]  # nearest first
        kept: list[tuple[int, int]] = []
        for a, b in before:
            if has_break(text, b, kept[-1][0] if kept else p_start):
                break
            kept.append((a, b))
        words = [text[a:b] for a, b in kept]
        index = 0
        attached = text[p_start - 1 : p_start] == "ب" and any(
            e_start == p_start and entity.kind == EntityKind.COUNTRY
            for e_start, _, entity in _starting_within(self.places, p_start, p_start)
        )  # بأرمينيا: a country told with بـ (not في مؤتمر صحفي بالدوحة: a city)
        if not attached:
            if words[:1] and words[0] in VENUE_FILLERS:
                index = 1  # شمالي العاصمة …
            if words[index : index + 1] == ["من"]:
                index += 1  # بالقرب من …
            points = self.analysis.word_set("round_reference_points")
            if len(words) > index and words[index] in points:
                index += 1
            elif " ".join(reversed(words[index : index + 2])) in points:
                index += 2
            else:
                return None
        town: list[tuple[int, int]] = []
        for (a, b), word in zip(kept[index:], words[index:], strict=True):
            if word in ("في", "وفي"):
                break
            if (
                len(town) == 2
                or len(word) < 3
                or not word.isalpha()
                or word.startswith("ال")
                or word in VENUE_FILLERS
                or word in AREA_NOUNS
                or word in SUBURB_NOUNS
                or word in BUILDING_NOUNS
                or bare(word) in BUILDING_NOUNS
                or word in NOT_NAMES
                or word.endswith("ه")  # جلسة، مزرعة، مغلقة: a common noun or its adjective
                or a in self.trigger_cues
                or any(d_start < b and a < d_end for d_start, d_end, _ in self.dates)
                or any(e_end > a for _, e_end, _ in _starting_within(self.places, a - 60, b))
                or any(e_end > a for _, e_end, _ in _starting_within(self.actors, a - 60, b))
            ):
                return None
            town.insert(0, (a, b))
        else:
            return None
        if not town or (len(town) == 2 and text[town[1][0] : town[1][1]].endswith("ي")):
            return None  # مؤتمر صحفي: a noun and its adjective
        span = self.analysis.span(town[0][0], town[-1][1])
        return town[0][0], town[-1][1], Entity(self.analysis.slice(span), span, EntityKind.PLACE)

    def _capital(self, start: int, adj_start: int, adj_end: int) -> tuple[int, int, Entity] | None:
        """The capital of the country whose adjective spans ``[adj_start, adj_end)``.

        "العاصمة العمانية" names Muscat: the phrase from ``start`` is kept as written,
        with the name and id of the gazetteer's capital of that country.
        """
        country = next(
            (
                e.id
                for p_start, _, e in self.places
                if p_start == adj_start and e.kind == EntityKind.COUNTRY and e.id
            ),
            None,
        )
        if country is None:
            return None
        entry = self.analysis.resources.gazetteer.capital(country)
        if entry is None:
            return None
        span = self.analysis.span(start, adj_end)
        return start, adj_end, entry.entity(self.analysis.slice(span), span)

    def _offered_host(self, start: int) -> tuple[int, int, Entity] | None:
        """The city that offers, proposes or stands ready to host the round: the subject of
        the verb governing the verbal noun of hosting right before the round noun, next to it
        (عرضت نيروبي استضافة محادثات، وكانت نيروبي قد عرضت الشهر الماضي استضافة اجتماع،
        اقترحت أبوجا بدورها استضافة لقاء): the direct object of the offer, not لاستضافة after
        a word of readiness or invitation. Only a city, the last place or actor before it: a
        country adjective tells whose official offers (عرض الرئيس الكيني استضافة …)."""
        words = self.analysis.words_in(max(0, start - 80), start)
        if not words or has_break(self.text, words[-1][1], start):
            return None
        noun = self.text[slice(*words[-1])].removeprefix("و")
        if noun not in self.analysis.word_set("round_hosting_nouns"):
            return None  # the object of the offer, not لاستضافة (بدعوة أنغولا لاستضافة قمة)
        noun_start = words[-1][0]
        low = words[max(0, len(words) - 1 - OFFER_WORDS)][0]
        last = next(
            (
                item
                for item in reversed([*_starting_within(self.actors, low, noun_start)])
                if item[1] <= noun_start
            ),
            None,
        )
        host = next(
            (
                (p_start, p_end, entity)
                for p_start, p_end, entity in reversed(
                    _starting_within(self.places, low, noun_start)
                )
                if p_end <= noun_start
            ),
            None,
        )
        if (
            host is None
            or host[2].kind != EntityKind.PLACE
            or (last is not None and last[0] > host[0])  # another actor is the subject
            or has_break(self.text, host[0], noun_start)
            or self._venue_before(host[0])
        ):
            return None
        return host

    def _hosting_capital(self, start: int, end: int) -> tuple[int, int, Entity] | None:
        """The capital named by the country adjective at ``start``–``end`` as the subject of a
        verb of hosting right after it (وكانت العاصمة القطرية قد احتضنت، العاصمة الكينية
        تستضيف), as a city named there is (وكانت الدوحة قد احتضنت)."""
        before = self.analysis.words_in(max(0, start - 12), start)[-1:]
        if not before or not self._host_after(end):
            return None
        a, b = before[0]
        if not self.text[a:b].endswith("عاصمه") or self.text[b:start].strip():
            return None
        return self._capital(a, start, end)

    def _country_end(self, start: int) -> int | None:
        """The end of a country (or demonym) entity starting at ``start``, else None."""
        return next(
            (e for s, e, entity in self.places if s == start and entity.kind == EntityKind.COUNTRY),
            None,
        )

    def _host_clause_venue(
        self, end: int, limit: int, own: bool = False
    ) -> tuple[int, int, Entity] | None:
        """The capital named after a verb of hosting in the round's relative clause.

        "جولة جديدة من الحوار …، استضافتها العاصمة البلجيكية يوم الخميس": the verb with
        the round's pronoun makes its subject the venue.
        """
        for cue in self.statuses:
            if not end <= cue.start <= min(limit, end + AFTER_WINDOW + 40):
                continue
            word = self.text[cue.start : cue.end].split()[-1].lstrip("وف")
            if own and not self._hosts_it(self.text[cue.start : cue.end].split()[-1]):
                continue  # only a verb with the round's pronoun (التي استضافها البيت الأبيض)
            if word in self.host_words or (word in self.venue_words and word.endswith("ها")):
                following = self.analysis.words_in(cue.end, limit)[:1]
                for p_start, p_end, entity in [*self.places, *self.actors]:
                    if not following or p_start != following[0][0] or p_end > limit:
                        continue
                    if entity.kind != EntityKind.ORGANIZATION or (
                        self._place_type(entity) == "building"
                    ):  # استضافتها العاصمة التونسية، التي استضافها البيت الأبيض
                        return p_start, p_end, entity
                return self._named_city(cue.start, cue.start, limit)
        return None

    def _scheduled_clause_venue(self, end: int, limit: int) -> tuple[int, int, Entity] | None:
        """The city named in the round's relative clause of schedule after a comma.

        "إرجاء الجولة السادسة من المحادثات … بين إيران والولايات المتحدة، التي كان مقرراً
        عقدها في مسقط"، "أُرجئ الاجتماع الفني …، الذي كان مقرراً الخميس الماضي في الرياض": a
        relative pronoun opening the first clause after the round, a word of schedule or
        holding in it (مقرر، عقد) and a city after في in that clause.
        """
        text = self.text
        comma = text.find(",", end, min(limit, end + 90))
        if comma >= 0 and SENTENCE_END.search(text, end, comma):
            comma = -1
        opening = comma
        if comma < 0 or text[comma + 1 : comma + 2].strip():
            # no comma: the relative pronoun right after the round's own phrase (جولة
            # المفاوضات مع الحكومة التي كانت مقررة في …)
            opening = next(
                (
                    a
                    for a, b in self.analysis.words_in(end, min(limit, end + 90))
                    if text[a:b] in RELATIVES and not has_break(text, end, a)
                ),
                comma,
            )
        if opening < 0:
            return None
        spans = tokens(text, opening, min(limit, opening + 70))
        if not spans or (
            text[spans[0][0] : spans[0][1]] not in RELATIVES
            and text[spans[0][0] : spans[0][1]].removeprefix("و") not in SCHEDULE_PARTICIPLES
        ):
            return None  # …، المقرر عقده الأسبوع المقبل في منطقة …: a participle as relative
        scheduled = text[spans[0][0] : spans[0][1]] not in RELATIVES
        named: tuple[int, int, Entity] | None = None  # a city not in the gazetteer
        for a, b in spans[1:]:
            if has_break(text, spans[0][1], a):
                return named
            word = text[a:b]
            if "مقرر" in word or bare(word) in self.holding or word in self.holding:
                scheduled = True
                continue
            if word in TOPICS or self._cause_word(a, b):
                return named  # …، الذي كان مقرراً الخميس بسبب القتال في …: the cause's place
            if not scheduled:
                continue
            if word == "في" and named is None:
                named = self._named_city(a, a, limit, 40)  # في العاصمة الكينية، في مدينة …
            for p_start, p_end, entity in self.places:
                if (
                    p_start == a
                    and entity.kind == EntityKind.PLACE
                    and self._place_type(entity) != "building"
                    and (
                        _previous_words(self.analysis, a, 1) == ["في"]
                        or (
                            _previous_words(self.analysis, a, 2)[:1] in ([w] for w in AREA_NOUNS)
                            and _previous_words(self.analysis, a, 2)[1:] == ["في"]
                        )  # في منطقة غازاخ
                    )
                ):
                    return p_start, p_end, entity  # a region too: عقده في منطقة قازاخ
        return named

    def _verb_clause_venue(
        self, cue_range: tuple[int, int], start: int, end: int, limit: int
    ) -> tuple[int, int, Entity] | None:
        """The venue of a clause opened by a verb of holding, past its subject's complements.

        "عُقد، يوم الأربعاء، اجتماع لجنة «الميكانيزم» المكلفة بمراقبة اتفاق وقف الأعمال
        العدائية في مقر قيادة قوات اليونيفيل في بلدة الناقورة"، "انعقدت الجولة الثالثة من
        المحادثات في يونيو الماضي بفندق ويندسور في ضاحية جيجيري شمالي العاصمة الكينية": the
        verb (before the round, past short asides) takes the في phrase that closes its clause,
        however long the round's complements; the clause ends at the first comma. A place
        after a word of topic (حول، بشأن) is no venue.
        """
        text = self.text
        if cue_range[1] > start or not any(
            c.label == "held" and (c.start, c.end) == cue_range for c in self.statuses
        ):
            return None
        gap = ASIDE.sub(" ", text[cue_range[1] : start])
        if has_break(gap, 0, len(gap)):
            return None
        clause = CLAUSE_PUNCTUATION.search(text, end, limit)
        clause_end = clause.start() if clause else limit
        full_stop = SENTENCE_END.search(text, end, clause_end)
        if full_stop is not None:
            clause_end = full_stop.start()
        for a, b in self.analysis.words_in(end, clause_end):
            word = text[a:b]
            if word in TOPICS or self._cause_word(a, b):
                return None
            for p_start, p_end, entity in _starting_within(self.places, a, b):
                if entity.kind == EntityKind.COUNTRY or self._place_type(entity) == "region":
                    continue
                if self._venue_before(p_start) and not self._reference_point(p_start):
                    return p_start, p_end, entity
        return self._named_city(end, end, clause_end, clause_end - end)

    def _where_before(self, position: int, sent_start: int) -> tuple[int, int, Entity] | None:
        """The place a "where" clause opening before the cue refers to (… مدينة جنيف، حيث
        يُنتظر أن تلتئم جولة جديدة): the city named right before حيث."""
        where = normalize_text("حيث")
        opener = next(
            (
                a
                for a, b in reversed(
                    self.analysis.words_in(max(sent_start, position - 30), position)
                )
                if self.text[a:b].lstrip("و") == where
            ),
            None,
        )
        if opener is None or has_break(self.text, opener, position):
            return None
        for p_start, p_end, entity in reversed(
            _starting_within(self.places, max(sent_start, opener - 60), opener)
        ):
            if (
                p_end <= opener
                and entity.kind == EntityKind.PLACE
                and self._place_type(entity) != "region"
                and len(self.analysis.words_in(p_end, self._past_date(p_end, opener))) <= 1
                and (
                    self._venue_before(p_start)
                    or _previous_words(self.analysis, p_start, 1) == ["من"]
                    or self._clitic_to(p_start)
                )
            ):  # انطلق المسار من كراكاس، حيث عُقدت الجولة الأولى; توجه الوفد للقاهرة حيث
                return p_start, p_end, entity
        low = max(sent_start, opener - 60)
        found = self._named_city(low, low, opener, reach=opener - low)  # إلى مدينة أروشا، حيث
        if found is not None and len(self.analysis.words_in(found[1], opener)) <= 1:
            return found
        return None

    def _clitic_to(self, position: int) -> bool:
        """Whether the place at ``position`` is written with the clitic preposition لـ, the
        article merged into it or not (لطرابلس، للقاهرة، وللخرطوم)."""
        word_start = position
        while word_start and self.text[word_start - 1].isalpha():
            word_start -= 1
        return self.text[word_start:position].lstrip("وف") in ("ل", "لل")

    def _past_date(self, start: int, end: int) -> int:
        """``end``, or the start of a date that fills ``start``–``end`` but for a comma or في
        (إلى جنيف صباح اليوم، حيث; إلى جنيف في الثالث من مارس حيث): a time told between a
        place and what follows leaves the two adjacent."""
        for d_start, d_end, _ in self.dates:
            if start <= d_start and d_end <= end:
                before = self.text[start:d_start].strip()
                if before in ("", "في", ",") and not self.text[d_end:end].strip(" ,"):
                    return start
        return end

    def _arrival_venue(self, start: int, sent_start: int) -> tuple[int, int, Entity] | None:
        """Where a delegation arrives for the round: its venue.

        "وصل وفد حماس إلى العاصمة القطرية مساء الأحد، استعداداً لجولة جديدة": the round
        (after a word of purpose or preparing, or with لـ) is held where the verb of
        arriving before it in the sentence takes the delegation.
        """
        words = _previous_words(self.analysis, start, 2)
        first = self.text[start:].split(maxsplit=1)[0]
        purpose = (
            (first.startswith("ل") and not first.startswith("لقاء"))
            or any(bare(w) in self.preparing for w in words)
            or any(self._purpose_of(p, start) for p in self.purposes)
        )
        low = max(sent_start, start - 2 * BEFORE_WINDOW)  # past a long delegation name
        arrivals = [c for c in self.arrivals if low <= c.start and c.end <= start]
        if not arrivals:
            return None
        verb = arrivals[-1]
        where = normalize_text("حيث")
        if not purpose and not (
            verb.label == "visit"
            and any(
                self.text[a:b].lstrip("و") == where
                for a, b in self.analysis.words_in(verb.end, start)
            )
        ):  # زار مسقط حيث أجرى محادثات: talks where the visit took him
            return None
        found = [
            (p_start, p_end, entity)
            for p_start, p_end, entity in _starting_within(self.places, verb.end, start)
            if p_end <= start
            and entity.kind != EntityKind.ORGANIZATION
            and (
                _previous_words(self.analysis, p_start, 1) == [normalize_text("إلى")]
                or verb.label == "visit"
            )
        ]
        if found:  # زار وزير الخارجية الإيراني مسقط: the city visited is the last, not a demonym
            return found[-1] if verb.label == "visit" else found[0]
        return self._named_city(verb.start, verb.end, start, reach=start - verb.end)

    def _hosted_in(self, cue_range: tuple[int, int]) -> tuple[int, int, Entity] | None:
        """A place the gazetteer does not know, right after a verb of hosting and في.

        "استضاف في بوتراجايا اجتماعاً": a host verb names where, so the word after في
        is the venue, kept as written with no name or id.
        """
        cue_word = self.text[cue_range[0] : cue_range[1]].split()[-1].lstrip("وف")
        if cue_word not in self.host_words:
            return None
        spans = self.analysis.words_in(cue_range[1], min(len(self.text), cue_range[1] + 40))[:2]
        if len(spans) < 2 or self.text[spans[0][0] : spans[0][1]] != normalize_text("في"):
            return None
        n_start, n_end = spans[1]
        if has_break(self.text, cue_range[1], n_start) or self.text.startswith("ال", n_start):
            return None
        if any(d_start <= n_start < d_end for d_start, d_end, _ in self.dates):
            return None  # استضافت في أبريل الماضي: a date, not a place
        span = self.analysis.span(n_start, n_end)
        return n_start, n_end, Entity(self.analysis.slice(span), span, EntityKind.PLACE)

    def _inside_building(self, item: tuple[int, int, Entity]) -> bool:
        """Whether an institution is a building said as a place: في / داخل / بـ before it.

        "في البيت الأبيض"، "داخل قصر الإليزيه"، "بالكرملين": the building is where talks are
        held; "أعلن البيت الأبيض" is the institution speaking, and "استضاف قصر الإليزيه
        اجتماعاً" the host (its city, named elsewhere, stays the venue): not a place.
        """
        start, _, entity = item
        if self._place_types.get(entity) != "building":
            return False
        if (
            start
            and self.text[start - 1] == "ب"
            and (start < 2 or not self.text[start - 2].isalpha())
        ):
            return True
        previous = _previous_words(self.analysis, start, 1)
        if previous and bare(previous[0]) in self.analysis.word_set("round_nouns"):
            return True  # قمة البيت الأبيض: a round named by the building it was held in
        return bool(previous) and previous[0] in BUILDING_PREPOSITIONS

    def _place_type(self, entity: Entity) -> str | None:
        """The gazetteer's ``place_type`` of a place or building ("city", "region" …)."""
        return self._place_types.get(entity)

    def _building(self, entity: Entity) -> bool:
        """Whether a place is a building: so marked, or named by a building noun (قصر الدرعية)."""
        if self._place_type(entity) == "building":
            return True
        first = normalize_text(entity.text).split()[:1]
        return bool(first) and first[0] in BUILDING_NOUNS

    def _building_city(
        self, chosen: tuple[int, int, Entity], candidates: Sequence[tuple[int, int, int, Entity]]
    ) -> tuple[tuple[int, int, Entity], Entity | None]:
        """A building named with its city (في قصر الدرعية بالرياض، في البيت الأبيض بواشنطن).

        The city is the venue and the building is kept apart; a building alone (في قصر
        تشيراغان) stays the venue. Returns the venue and the building, if any.
        """
        buildings = [c for c in candidates if self._building(c[3])]
        cities = [
            c
            for c in candidates
            if c[3].kind == EntityKind.PLACE
            and not self._building(c[3])
            and self._place_type(c[3]) != "region"
        ]
        for _, b_start, b_end, building in buildings:
            for _, c_start, c_end, city in cities:
                if c_start < b_end:
                    continue
                gap = self.text[b_end:c_start].strip(" ,")
                if BUILDING_CITY_GAP.fullmatch(gap) and chosen[0] in (b_start, c_start):
                    return (c_start, c_end, city), building
        return chosen, None

    def _host_after(self, position: int, relative: bool = False) -> bool:
        """Whether a verb of hosting follows what ends at ``position`` (القاهرة ستستضيف).

        With ``relative``, also past a relative pronoun, for a round after it: الدوحة التي
        تستضيف جولة جديدة (not for a round told before the host, in another clause)."""
        following = self.analysis.words_in(position, min(len(self.text), position + 30))
        if not following or has_break(self.text, position, following[0][0]):
            return False
        word = self.text[following[0][0] : following[0][1]]
        if (word in ("قد", "وقد", "لقد") or (relative and word in RELATIVES)) and len(
            following
        ) > 1:
            word = self.text[following[1][0] : following[1][1]]  # أبوظبي قد استضافت
        # (الدوحة التي تستضيف جولة جديدة: the host in a relative clause before the round)
        return word in self.host_words or (word[0] == "ل" and word[1:] in self.host_words)

    def _after_city_noun(self, position: int) -> bool:
        """Whether "في العاصمة" and at most two adjective words stand before ``position``.

        "في العاصمة الجنوب سودانية جوبا": a compound adjective between the city noun and
        the name.
        """
        words = _previous_words(self.analysis, position, 4)
        for index, word in enumerate(words[:3]):
            if word in VENUE_FILLERS:
                return index > 0 and index + 1 < len(words) and words[index + 1] in self.venue_words
        return False

    def _after_filler(self, position: int) -> bool:
        """Whether a city noun stands just before ``position`` (في العاصمة العمانية مسقط)."""
        return any(word in VENUE_FILLERS for word in _previous_words(self.analysis, position, 2))

    def _construct_venue(self, mention: _Mention, p_start: int, p_end: int, entity: Entity) -> bool:
        """Whether a city follows the round noun in construct (مفاوضات جدة، جولة مسقط).

        A city right after the noun names where the round is held; two cities joined
        by و (محادثات موسكو وكييف) or a city before مع name the parties instead — but not
        after a dual or a countable plural, which counts a round at each (قمتي جدة وشرم الشيخ).
        """
        if mention.verb or not (
            entity.kind == EntityKind.PLACE or self._place_type(entity) == "building"
        ):
            return False  # (قمة البيت الأبيض: a building the gazetteer holds as an institution)
        if p_start <= mention.end or self.text[mention.end : p_start].strip():
            return False
        following = self.analysis.words_in(p_end, min(len(self.text), p_end + 20))[:1]
        if not following or has_break(self.text, p_end, following[0][0]):
            return True
        word = self.text[following[0][0] : following[0][1]]
        return word != "مع" and not (
            word.startswith("و") and self._party_at(following[0][0] + 1) and not mention.plural
        )  # (قمتي جدة وشرم الشيخ: two rounds counted, one at each city)

    def _party_at(self, position: int) -> bool:
        """Whether a place, country, group or other actor starts at normalised ``position``,
        or a name in quotation marks (مفاوضات كينشاسا و«إم23»: the government and a group)."""
        if self.text[position : position + 1] in ('"', "«"):
            return True
        return self._place_at(position) or any(
            a_start == position
            for a_start, _, _ in _starting_within(self.actors, position, position)
        )

    def _place_at(self, position: int) -> bool:
        """Whether a place or country entity starts at normalised ``position``."""
        return any(p_start == position for p_start, _, _ in self.places)

    def _alternative(self, end: int) -> bool:
        """Whether "أو" (and في) and another place follow what ends at ``end`` (طرابلس أو بنغازي)."""
        following = self.analysis.words_in(end, min(len(self.text), end + 24))[:3]
        if len(following) == 3 and self.text[following[1][0] : following[1][1]] == "في":
            following = [following[0], following[2]]  # في قصر بعبدا أو في الناقورة
        return (
            len(following) >= 2
            and self.text[following[0][0] : following[0][1]] == "او"
            and self._place_at(following[1][0])
        )

    def _after_alternative(self, start: int) -> bool:
        """Whether "أو" (and في) stands before what starts at ``start`` (… أو في الناقورة)."""
        words = _previous_words(self.analysis, start, 2)
        return bool(words) and (words[0] == "او" or words[:2] == ["في", "او"])

    def _listed(self, end: int) -> bool:
        """Whether another country follows what ends at ``end`` with و (مصر وإسرائيل)."""
        following = self.analysis.words_in(end, min(len(self.text), end + 20))[:1]
        if not following or has_break(self.text, end, following[0][0]):
            return False
        word_start = following[0][0]
        return self.text.startswith("و", word_start) and any(
            p_start == word_start + 1 and entity.kind == EntityKind.COUNTRY
            for p_start, _, entity in self.places
        )

    def _venue_before(self, position: int) -> bool:
        """Whether a venue word introduces what starts at ``position`` (في، إلى، استضافت، بـ).

        Asked of the same entity by every round near it, so the answer is kept per position.
        """
        known = self._venue_cache.get(position)
        if known is None:
            known = self._venue_cache[position] = self._read_venue_before(position)
        return known

    def _read_venue_before(self, position: int) -> bool:
        """Whether a venue word introduces what starts at ``position``, read from the text."""
        if self._after_city_noun(position):
            return True
        text = self.text
        if (
            position
            and text[position - 1] in "بف"
            and (position < 2 or not text[position - 2].isalpha())
        ):
            return True
        if _previous_words(self.analysis, position, 2)[1:] == ["هامش"]:
            return True  # التقى … على هامش قمة شرم الشيخ: where the summit was
        if (
            position
            and text[position - 1] == "ل"
            and (position < 2 or not text[position - 2].isalpha())
        ):
            moving = self.analysis.word_set("round_moving")
            if any(
                w.lstrip("وف") in moving for w in _previous_words(self.analysis, position - 1, 6)
            ):
                return True  # تعود المحادثات لمسقط: the preposition of a verb of moving
        for word in _previous_words(self.analysis, position, 3):
            if word in self.venue_words or bare(word) in self.venue_words:
                return True
            if word[:1] == "ب" and word[1:] in VENUE_FILLERS:
                return True  # بمدينة إسطنبول، بالعاصمة: the preposition is attached
            if word in VENUE_FILLERS or word in AREA_NOUNS or word.endswith("يه"):
                continue  # في العاصمة العمانية مسقط
            return False
        return False

    def _date(self, lo: int, hi: int, start: int, end: int) -> tuple[int, int, DateMention] | None:
        """The date nearest the trigger in its window, not a "since" date (منذ عام 2022)."""
        candidates = []
        for d_start, d_end, date in self.dates:
            if d_start < lo or d_end > hi:
                continue
            if "منذ" in self.text[max(0, d_start - 8) : d_start] or self.text.startswith(
                "منذ", d_start
            ):  # (منذ ٤ سنوات read as one date: how long since, not when)
                continue
            since = _previous_words(self.analysis, d_start, 4)
            if "منذ" in since and since[0] == "في":
                continue  # منذ اندلاع الحرب في 15 أبريل: the event the span starts from
            if d_end <= start and self._sequel_at(start):
                continue  # لقاء أوهريد في مارس واجتماع فيينا: the date before is the first one's
            if d_start >= end and self._since_between(end, d_start):
                continue  # أول لقاء بينهما منذ اندلاع الأزمة أواخر العام الماضي: the date of
                # the event the round is counted from, not the round's
            distance = d_start - end if d_start >= end else start - d_end
            candidates.append((abs(distance), (d_start, d_end, date)))
        return min(candidates, key=lambda c: c[0])[1] if candidates else None

    def _since_between(self, start: int, end: int) -> bool:
        """Whether منذ opens a phrase between ``start`` and ``end`` that runs on to ``end``
        (no clause break after it): what stands at ``end`` belongs to the event since which
        the round is counted (الرابعة منذ توقيع الاتفاق في أكتوبر الماضي)."""
        text = self.text
        for w_start, w_end in reversed(self.analysis.words_in(start, end)):
            if has_break(text, w_end, end):
                return False
            if text[w_start:w_end] in SINCE_WORDS:
                return True
        return False

    def _mediators(
        self, mention: _Mention, sent_start: int, sent_end: int
    ) -> list[tuple[int, int, Entity]]:
        """Entities named right after a mediation cue (بوساطة تركية، برعاية قطرية مصرية)."""
        found: list[tuple[int, int, Entity]] = []
        for cue in self.mediation:
            if not (sent_start <= cue.start < sent_end):
                continue
            if not (mention.start - 100 <= cue.start <= mention.end + 150):
                continue
            after = [a for a in self.actors if cue.end <= a[0] <= cue.end + 30 and a[1] <= sent_end]
            if cue.word.startswith(("تتوسط", "يتوسط", "توسط")) and not after:
                before = [a for a in self.actors if cue.start - 40 <= a[1] <= cue.start]
                after = before[-1:]
            for item in after:
                if all(_entity_key(item[2]) != _entity_key(f[2]) for f in found):
                    found.append(item)
        return found

    def _parties(
        self,
        mention: _Mention,
        cue_range: tuple[int, int] | None,
        limits: tuple[int, int],
        mediators: Sequence[tuple[int, int, Entity]],
    ) -> list[tuple[int, int, Entity]]:
        """The parties: countries (or armed groups) around the trigger, not mediators or venue.

        "بين X وY" right after the trigger names them; otherwise the actors in
        the clause are taken, each as its country (بوتين → Russia), and
        co-reference resolves "الطرفين" / "الجانبين" when nothing is named.
        """
        lo = max(limits[0], (cue_range[0] if cue_range else mention.start) - 30)
        hi = min(limits[1], mention.end + PARTY_WINDOW)
        mediator_keys = {_entity_key(e) for _, _, e in mediators}
        mediator_ranges = [(s, e) for s, e, _ in mediators]
        candidates = []
        for a_start, a_end, entity in _starting_within(self.actors, lo, hi):
            if a_start < lo or a_end > hi or _entity_key(entity) in mediator_keys:
                continue
            if any(s <= a_start < e for s, e in mediator_ranges):
                continue
            if a_start > mention.end and self._venue_before(a_start):
                continue  # في تركيا: a venue, not a party
            if self._host_subject(a_start):
                continue  # احتضنت جيبوتي قمة: the host, not a party
            candidates.append((a_start, a_end, entity))
        between = self.text.find("بين", mention.end, min(hi, mention.end + 40))
        if between >= 0:
            named = [c for c in candidates if between < c[0] <= between + 45]
            if len(named) >= 2:
                candidates = named
        found: list[tuple[int, int, Entity]] = []
        for a_start, a_end, entity in candidates:
            country = self._country(entity)
            if country is not None and all(
                _entity_key(country) != _entity_key(f[2]) for f in found
            ):
                found.append((a_start, a_end, country))
        parties_near = getattr(self.analysis.coref, "parties_near", None)
        if len(found) < 2 and callable(parties_near):
            original = self.analysis.norm.to_original(mention.start)
            for entity in parties_near(original) or ():
                if isinstance(entity, Entity) and all(
                    _entity_key(entity) != _entity_key(f[2]) for f in found
                ):
                    found.append((mention.start, mention.start, entity))
        return found

    def _country(self, entity: Entity) -> Entity | None:
        """An actor as a party: its country, or itself for a group with no country.

        Every round near an actor asks this of it, so the answer is kept per entity.
        """
        if entity not in self._countries:
            self._countries[entity] = self._read_country(entity)
        return self._countries[entity]

    def _read_country(self, entity: Entity) -> Entity | None:
        """An actor's country through co-reference (بوتين → Russia)."""
        resolved = self.analysis.coref.resolve(entity)
        if resolved.kind == EntityKind.COUNTRY:
            return resolved
        country_of = getattr(self.analysis.coref, "country_of", None)
        country = country_of(resolved) if callable(country_of) else None
        if isinstance(country, Entity):
            return country
        return resolved if resolved.kind in (EntityKind.GROUP, EntityKind.ORGANIZATION) else None


def _record(analysis: Analysis, group: _Group) -> Round:
    # The round's status is the one its first statement gives (the lead of the story);
    # the evidence is the clearest mention that states that status.
    first = group.status
    candidates = [m for m in group.mentions if m.status == first] or group.mentions
    best = max(candidates, key=lambda m: (m.score, -m.start))
    others = [m for m in group.mentions if m is not best]
    status = best.status or group.status or RoundStatus.HELD
    place = best.place or group.place
    building = best.building if best.place is not None else None
    if place is not None and building is None:
        building = next((m.building for m in group.mentions if m.place == place), None)
    ordinal = best.ordinal if best.ordinal is not None and not best.since else group.ordinal
    relative = best.relative or next((m.relative for m in group.mentions if m.relative), None)
    date = best.date or next((m.date for m in group.mentions if m.date), None)
    mediators = _dedupe([e for m in [best, *others] for e in m.mediators])
    mediator_keys = {_entity_key(e) for e in mediators}
    # The evidence names the parties when it names two; else every mention contributes.
    sources = [best] if len(best.parties) >= 2 else [best, *others]
    parties = _dedupe(
        [e for m in sources for e in m.parties if _entity_key(e) not in mediator_keys]
    )
    if place is not None:
        parties = tuple(
            p for p in parties if _entity_key(p) != _entity_key(place) or p.kind != EntityKind.PLACE
        )
    evidence = analysis.span(*best.evidence)
    mentions = tuple(sorted({analysis.span(*m.evidence) for m in others} - {evidence}))
    strong = sum(m.status is not None and m.model_status is None for m in group.mentions)
    confidence = (
        0.55 + 0.1 * min(strong, 2) + 0.1 * (place is not None) + 0.1 * (ordinal is not None)
    )  # a round only the learned model reads (no rule's cue) stays at 0.75 or below
    return Round(
        evidence=evidence,
        extractor=__name__,
        confidence=round(min(confidence, 0.95), 2),
        segment=best.segment,
        status=status,
        ordinal=ordinal,
        relative=relative,
        place=place,
        building=building,
        date=date,
        # attrs' mypy plugin types a ``converter=tuple`` field as ``Iterable[_T_co]``.
        parties=parties,  # type: ignore[arg-type]
        mediators=mediators,  # type: ignore[arg-type]
        mentions=mentions,  # type: ignore[arg-type]
    )


def find_rounds(analysis: Analysis) -> list[Round]:
    """Every round the document states, one record per round."""
    mentions = list(_Reader(analysis).mentions())
    groups = _group(mentions, analysis.norm.text, analysis.document.published)
    return [_record(analysis, g) for g in groups]


@hookimpl
def negotext_extract_records(analysis: Analysis) -> Iterator[Record]:
    yield from find_rounds(analysis)
