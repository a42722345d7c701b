"""The word sets, patterns and windows that more than one layer of the rounds reader reads.

What only one layer reads is defined in that layer's module; what several share is here,
once, with the reason each word is listed beside it.
"""

from __future__ import annotations

import regex

from negotext.ar.normalize import normalize_text

#: Relative pronouns that carry a cue across a comma (الجولة الخامسة، التي عقدت في روما).
RELATIVES = frozenset({"التي", "الذي", "والتي", "والذي", "اللتين", "اللذين"})

#: The past of كان in every person and number, with و or ف: a round told with it and a place
#: as its predicate took place there (الجولة الأخيرة كانت في X، وكانت جولتا المحادثات في X).
PAST_COPULAS = frozenset(
    normalize_text(conjunction + word)
    for word in ("كان", "كانت", "كانا", "كانتا", "كانوا")
    for conjunction in ("", "و", "ف")
)

#: Conditionals before a verb of outcome: a condition states no round (إذا فشلت المحادثات).
CONDITIONALS = frozenset(normalize_text(w) for w in ("إذا", "وإذا", "لو", "ولو", "حال", "لئن"))

#: Words before أن that make the verb after it a past verb opening a clause (بعد أن عقد
#: الرئيسان …، قبل أن يعقد، منذ أن أجرى): أنّ before a noun never follows them.
THAT_OPENERS = frozenset(normalize_text(w) for w in ("بعد", "وبعد", "قبل", "وقبل", "منذ"))

#: "May" before a present verb (قد تنطلق، وقد تستضيف): the round is only possible.
MAY_WORDS = frozenset({"قد", "وقد", "فقد"})

#: Indefinite adjectives of the next round (في جولة مقبلة), which the ordinals do not read.
NEXT_WORDS = frozenset(normalize_text(w) for w in ("مقبلة", "مقبل", "قادمة", "قادم"))

#: Copulas before a round noun that name the round just told (وهذه هي الجولة الثامنة).
DEMONSTRATIVES = frozenset(
    {"هي", "هو", "وهي", "وهو", "هذه", "هذا", "وهذه", "وهذا", "تلك", "ذلك", "وتلك", "وذلك"}
)

#: Words of purpose before a verbal noun: the noun is then a goal, not an event
#: (الدفع نحو استئناف المحادثات).
PURPOSES = frozenset(
    normalize_text(w) for w in ("إلى", "نحو", "أجل", "بهدف", "لضمان", "أمام", "بشأن")
)

#: Prepositions of what is spoken about (تحدث مسؤولون في X عن لقاء، كشفت مصادر في X حول …).
ABOUT_WORDS = frozenset(normalize_text(w) for w in ("عن", "حول", "بشأن", "بخصوص", "وعن", "وحول"))
TOPICS = frozenset(normalize_text(w) for w in ("حول", "بشأن", "بخصوص", "عن", "لبحث", "لمناقشة"))

#: A contrast, alone or with the pronoun of what it contrasts (لكن، لكنه، ولكنها).
CONTRAST_PRONOUN = regex.compile(r"و?لكن(?:ه|ها|هما|هم)?")
#: أن after إلا / غير / قبل, alone or with a pronoun (إلا أنه، غير أنها).
THAT_PRONOUN = regex.compile(r"ان(?:ه|ها|هما|هم)?")

#: The attached pronouns of the third person, as a verb's object or a noun's possessor: him,
#: her, the two of them, them (جولته، جولتها، جولتهما، جولتهم; جمعهم), longest first, the order
#: a suffix is tried in (a word ends in one of them at most).
THIRD_PERSON_PRONOUNS = ("هما", "هم", "ها", "ه")
#: … of a thing, such as a round: it (ه، ها, also of things in the plural) and the two of them
#: (عقدها، احتضنته، استضافتهما), without هم, which is of persons.
THING_PRONOUNS = ("هما", "ها", "ه")
#: … of more than one person: the two of them and them (جمعهما، جمعهم: both parties).
SEVERAL_PRONOUNS = ("هما", "هم")
#: The attached pronouns of every person: THIRD_PERSON_PRONOUNS, then them (feminine), us, me,
#: you and you (plural) (إنه، إنهن، إننا، إنني، إنك، إنكم).
ATTACHED_PRONOUNS = (*THIRD_PERSON_PRONOUNS, "هن", "نا", "ني", "كم", "ك")

#: Words that open the event a round is counted or dated from (منذ توقيع الاتفاق في جنيف).
SINCE_WORDS = frozenset(normalize_text(w) for w in ("منذ", "ومنذ", "فمنذ", "مُنذ"))
#: Prepositions that order one event after or before another (الاجتماع بعد أشهر من القمة).
ORDERING_WORDS = frozenset(
    normalize_text(w) for w in ("بعد", "قبل", "عقب", "قبيل", "إثر", "وبعد", "وقبل")
)

#: The letters every form of proposing shares after its prefix (اقترح، نقترح، يقترحون،
#: اقتراح، مقترحاً): a proposal of countable rounds puts one round forward.
PROPOSING_ROOT = "قترح"

#: Words that open a that-clause (أن، إن، بأن، وأن).
THAT_WORDS = frozenset({"ان", "بان", "وان", "لان"})

LIST_ITEM_WINDOW = 90
#: Where an item of a list ends at the latest: a clause break or the end of its sentence.
ITEM_END = regex.compile(r"[,;:!?\n]|\.(?!\d)")

#: Words that stand between a venue preposition and the venue (في العاصمة العمانية مسقط).
VENUE_FILLERS = frozenset(
    {"العاصمه", "عاصمه", "مدينه", "المدينه", "بلده", "البلده", "قريه", "القريه", "منتجع", "مطار"}
)  # and a village, a resort or an airport (في قرية إرغنيتي، في منتجع كرانس مونتانا، في مطار أرغايل)

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

#: Prepositions that join a round to the format it belongs to, beside the frame words of
#: round_framework (الجولة الرابعة من منبر جدة، الاجتماع الخامس لآلية الناقورة).
FORMAT_PREPOSITIONS = frozenset({"من", "ل"})
#: An object pronoun after a verb (استضافتها، احتضنتهما، استضافه، استضافهم).
HOSTED_PRONOUN = regex.compile(rf"(?:{'|'.join(THIRD_PERSON_PRONOUNS)})$")

#: Verbal nouns of calling off (تأجيل، إلغاء، إرجاء): a predicate after a schedule is a verb.
CALLING_OFF_NOUNS = frozenset(normalize_text(w) for w in ("تأجيل", "إلغاء", "إرجاء"))

#: A clause joined by و or ف after a comma (، وتركزت، فيما; not the preposition في).
CONJOINED_CLAUSE = regex.compile(r",\s*(?!في\b)[وف]\p{L}")
#: An aside between a modal and its أن clause (من المرجح، بحسب مصادر أمريكية …، أن).
LONG_ASIDE = regex.compile(r",[^,.\n]{1,70},")
#: Asides in a row between a verb of signing and its venue or agreement share their commas
#: (وقّع الرئيسان، الخميس، في جدة، على الاتفاق: a day and the venue, each between commas).
ASIDES = regex.compile(r"(?:,[^,.\n]{1,70})+,")

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


#: في opening a sentence or clause before a fronted place (في بروكسل، أُرجئ …; في جنيف، جلس
#: الوفدان …), normalised: read by the venues of round cues and of verbs of sitting alike.
FRONTING_WORDS = frozenset(normalize_text(w) for w in ("في", "وفي", "ففي"))

#: The clitic preposition بـ, after و / ف or alone, written onto a fronted place instead of
#: في (وبجدة، انعقدت …؛ وبمسقط جلس الطرفان …), normalised.
FRONTING_CLITICS = tuple(normalize_text(w) for w in ("وب", "فب", "ب"))
