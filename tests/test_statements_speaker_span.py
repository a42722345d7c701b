"""Where a speaker's name ends and which name an apposition gives.

The sentences are composed for these tests; the names in them are invented.
"""

from __future__ import annotations

from negotext.analysis import Analysis
from negotext.document import Document
from negotext.extractors.statements import find_statements
from negotext.plugins import Resources
from negotext.records import Statement

RESOURCES = Resources()


def _read(text: str) -> list[Statement]:
    return find_statements(Analysis(Document(text), RESOURCES))


def _speakers(text: str) -> list[str]:
    return [s.speaker.text for s in _read(text)]


# -- a name ends before بـ and a noun in construct: the verb's object ---------------------


def test_name_ends_before_ba_and_a_construct() -> None:
    text = 'وأشاد رئيس الاتحاد المحلي جون كامو بجهود الوساطة، قائلاً إن "البطولة نجحت".'
    assert _speakers(text) == ["جون كامو"]


def test_one_word_name_ends_before_ba_and_a_construct() -> None:
    # Two statements: what he admitted (أقر بتفوق …) and the participle's quoted words.
    text = 'وأقر مدرب النادي لوبيز بتفوق المنافس، مؤكداً أن "فريقه لم يكن في يومه".'
    assert _speakers(text) == ["لوبيز", "لوبيز"]


def test_name_starting_with_ba_is_still_a_name() -> None:
    text = 'ورحب الوزير بيتر مولر بنتائج الجولة، مضيفاً أن "الحوار مستمر".'
    assert _speakers(text) == ["بيتر مولر"]


def test_name_whose_last_word_is_definite_before_what_was_said() -> None:
    # بـ on a word, then a definite word and إن: a name, not a preposition's object.
    text = "وقال الشيخ سالم بكر الهاشمي إن الحوار مستمر."
    assert _speakers(text) == ["سالم بكر الهاشمي"]


# -- a title, a comma, a name apposed: the name is the speaker -------------------------


def test_rank_words_before_an_apposed_name() -> None:
    text = 'وقال المدير الفني للدورة، المعلم الدولي كارلوس فيغا، إن "التنظيم كان جيداً".'
    found = _read(text)
    assert [s.speaker.text for s in found] == ["كارلوس فيغا"]
    assert found[0].speaker.role == "المدير الفني للدورة"


def test_name_apposed_to_a_title_that_named_a_body() -> None:
    # "مدرب فلان": the club's name read as the title's; the apposed name is the coach's.
    text = "وقال مدرب سان ماركو، الإيطالي ماريو روسي، في المؤتمر الصحفي: «لعبنا جيداً»."
    assert _speakers(text) == ["ماريو روسي"]


def test_name_apposed_to_a_body_with_a_name() -> None:
    text = 'ويرى الباحث في معهد نورث ريدج، بيتر هانسن، أن "المبادرة فقدت زخمها".'
    assert _speakers(text) == ["بيتر هانسن"]


def test_apposed_name_then_the_verbs_preposition() -> None:
    # After the name's closing comma the clause goes on with what the verb governs.
    text = "وطالب قائد قوات الحماية في الوادي، العقيد سامر دوبان، بإعادة فتح المعابر."
    found = _read(text)
    assert [s.speaker.text for s in found] == ["سامر دوبان"]
    assert text[found[0].content.start : found[0].content.end].startswith("بإعادة فتح")


def test_apposed_name_then_the_described_object() -> None:
    text = "ووصف المتحدث باسم الجبهة، نيكولا بيرتو، الهدنة بأنها «فرصة أخيرة»."
    assert _speakers(text) == ["نيكولا بيرتو"]


def test_apposed_name_then_the_accused_object() -> None:
    text = 'واتهم رئيس لجنة المفقودين في البلدية، هشام كرمو، الشرطة بـ"إخفاء الأدلة".'
    assert _speakers(text) == ["هشام كرمو"]


def test_apposed_name_then_an_object_of_a_verb_that_takes_none() -> None:
    # قال takes no object: a title, a name and a noun after it tell nothing said.
    text = "وقال رئيس البلدية، هشام كرمو، الأسبوع الماضي كلاماً كثيراً."
    assert _speakers(text) == []


def test_named_title_keeps_its_name_without_an_apposed_one() -> None:
    text = 'وقال مدرب الفريق ماريو روسي، في المؤتمر الصحفي، إن "اللاعبين قدموا كل شيء".'
    assert _speakers(text) == ["ماريو روسي"]


# -- a noun that never speaks after the verb: its object, or a figure of speech --------


def test_verbal_noun_after_the_verb_is_its_object() -> None:
    text = "وقال رئيس الوزراء كامل سعيد إن الحكومة ماضية في الحوار. وجدد المطالبة بانسحاب القوات."
    assert _speakers(text) == ["كامل سعيد", "كامل سعيد"]


def test_described_step_is_the_object_of_the_describer() -> None:
    text = 'وقال الوزير إن الحل قريب. ووصفت الخطوة يومها بأنها "بادرة طيبة".'
    assert _speakers(text) == ["الوزير", "الوزير"]


def test_analysis_that_concludes_reports_nobody() -> None:
    text = "وقال الوزير إن الحل قريب. ويخلص التحليل إلى أن التسوية ما زالت بعيدة."
    assert _speakers(text) == ["الوزير"]


def test_renewed_debate_reports_nobody() -> None:
    text = "وقال الوزير إن الحل قريب. وتجدد الجدل حول مستقبل الاتفاق."
    assert _speakers(text) == ["الوزير"]


# -- a medium told in quotes after لـ ends the name before what was said ----------------


def test_field_title_name_then_medium_in_quotes() -> None:
    text = "وقال الباحث في الشؤون الآسيوية سامي خليل نصار لـ«الوطن» إن «المحادثات تعثرت»."
    found = _read(text)
    assert [s.speaker.text for s in found] == ["سامي خليل نصار"]
    assert found[0].via is not None
    assert found[0].via.text == "الوطن"


# -- a body with a name of its own inside the title, then the person's name ----------


def test_body_name_and_its_purpose_then_the_persons_name() -> None:
    text = 'ويرى الباحث في مركز نبراس للدراسات وليد حامد أن "الملف معقد".'
    found = _read(text)
    assert [s.speaker.text for s in found] == ["وليد حامد"]
    assert found[0].speaker.role == "الباحث في مركز نبراس للدراسات"


def test_body_named_in_quotes_then_the_persons_name() -> None:
    text = 'ويقول الباحث في مؤسسة "الحوار والتنمية" ماركو فيلا إن الحركة "تفاوض بحذر".'
    assert "فيلا" in _speakers(text)[0]


def test_definite_body_without_a_person_keeps_the_title() -> None:
    text = "وقال الباحث في مركز الدراسات الإقليمية إن الملف معقد."
    assert _speakers(text) == ["الباحث في مركز الدراسات الإقليمية"]


# -- a word glued to بـ right after a verb that says its words after بـ ---------------


def test_ba_word_before_a_quote_after_a_verb_of_demanding_is_no_speaker() -> None:
    # "كما طالب بانسحاب عناصر «…»": the quote after the noun ends no name.
    text = 'وقال رئيس اللجنة سامر فلاحي: "الجولة انتهت". كما طالب بانسحاب عناصر «الفصيل» من البلدة.'
    assert _speakers(text) == ["سامر فلاحي", "سامر فلاحي"]


def test_ba_word_after_a_joined_verb_of_demanding_continues_the_clause() -> None:
    text = (
        '14:20 - وزارة الخارجية الكندية تدين القرار، وتطالب بوقف "الإجراءات الأحادية"'
        " وتؤكد أن الأرض محتلة."
    )
    assert _speakers(text) == ["وزارة الخارجية الكندية"] * 3


def test_name_in_ba_before_the_verbs_own_ba_is_the_speaker() -> None:
    # the verb's بـ comes after the word: the word is its subject's name
    text = "وقال الوزير إن الحل قريب. وطالب بيرغمان مراراً بانسحاب القوات من الوادي."
    assert _speakers(text) == ["الوزير", "بيرغمان"]


# -- a name's last word that starts with و ---------------------------------------------


def test_last_name_word_in_waw_before_whom_it_was_told() -> None:
    text = "وقال المدافع كارلوس وينسا للصحافيين عقب المباراة: «لعبنا بشجاعة»."
    assert _speakers(text) == ["كارلوس وينسا"]


def test_last_name_word_in_waw_before_the_verbs_ba() -> None:
    text = "وأشاد رئيس النادي فيكتور واندو بالتنظيم، مؤكداً أن «البطولة نجحت»."
    assert _speakers(text)[0] == "فيكتور واندو"


def test_waw_joining_a_noun_with_its_pronoun_is_no_name_word() -> None:
    text = "وقال الوزير سامي كريم وزميله في مؤتمر صحفي إن المحادثات مستمرة."
    assert _speakers(text) == ["سامي كريم"]


# -- the one phrase before بأنه after a verb of describing is what it describes ---------


def test_noun_with_its_complement_before_the_description_is_described() -> None:
    text = (
        "وقال الرئيس كمال ناصر إن اللقاء غير مجد. ووصف الحديث عن جولة جديدة مع الوفد الآخر"
        ' بأنه "مضيعة للوقت".'
    )
    assert _speakers(text) == ["كمال ناصر", "كمال ناصر"]


def test_place_before_the_description_is_described() -> None:
    text = 'وقال الرئيس كمال ناصر إن بلاده تريد منفذا. ووصف البحر الأحمر بأنه "شريان حياة".'
    assert _speakers(text) == ["كمال ناصر", "كمال ناصر"]


def test_titled_person_before_the_description_still_describes() -> None:
    text = 'وقال الرئيس كمال ناصر إن الحل قريب. ووصف الوزير سامر فلاحي بأنه "شريك موثوق".'
    assert _speakers(text) == ["كمال ناصر", "سامر فلاحي"]


# -- a title's name before a governed preposition and أن, or an occasion of speaking -----


def test_title_name_before_a_governed_preposition_and_that() -> None:
    # The name starts like a glued preposition (لـ), so the title stopped before it.
    text = "ولفت الناطق باسم الهيئة لوكاس بيري إلى أن اللجنة ستجتمع الأسبوع المقبل."
    assert _speakers(text) == ["لوكاس بيري"]


def test_title_name_before_an_occasion_of_speaking() -> None:
    text = (
        "وحذّر رئيس الغرفة التجارية لأصحاب المصانع برونو داسيلفا كوستا في مقابلة مع "
        "إذاعة «صوت الساحل» من أن الإضراب «سيشل الموانئ»."
    )
    assert _speakers(text) == ["برونو داسيلفا كوستا"]


def test_title_without_a_name_before_an_occasion_stays_the_speaker() -> None:
    text = "وحذّر رئيس الحكومة في كلمة أمام البرلمان من أن الأزمة «قد تطول»."
    assert _speakers(text) == ["رئيس الحكومة"]


def test_adverb_before_a_governed_preposition_is_no_name() -> None:
    text = "وأشار المتحدث باسم الجيش بوضوح إلى أن الانسحاب سيكتمل خلال أيام."
    assert _speakers(text) == ["المتحدث باسم الجيش"]


def test_title_name_after_an_adverb_in_tanwin_before_a_governed_preposition() -> None:
    # The body's name starts like a glued بـ; ذاتياً ends the office, the name follows it.
    text = "ويصرّ رئيس إدارة بلاتوريا المستقلة ذاتياً سامي برادة على أن الإقليم سيستقل."
    assert _speakers(text) == ["سامي برادة"]


# -- a title, ل and the body the office belongs to, then the holder's name ---------------


def test_title_body_after_lam_with_the_article_then_the_name() -> None:
    # "للوكالة" is the agency named before, not a news agency told.
    text = 'وقال المدير التنفيذي للوكالة كوفي أمبروز إن "التفتيش سيستأنف الشهر المقبل".'
    assert _speakers(text) == ["كوفي أمبروز"]


def test_title_body_after_lam_in_quotes_then_the_name() -> None:
    text = 'وأكد الرئيس التنفيذي لـ"نورث غاز" ماتياس هولم أن الشركة "لن تنسحب".'
    assert _speakers(text) == ["ماتياس هولم"]


def test_title_party_after_lam_with_its_name_in_quotes_then_the_name() -> None:
    text = "وكتبت الرئيسة المشاركة لحزب «الخضر» إيلين فاسكو على منصة إكس: «لن نصمت بعد اليوم»."
    assert _speakers(text) == ["إيلين فاسكو"]


def test_medium_told_after_a_title_without_a_name_is_no_body() -> None:
    text = 'وقال المتحدث باسم الهيئة لوكالة "أنباء الساحل" إن التفتيش "سيستأنف قريباً".'
    assert _speakers(text) == ["المتحدث باسم الهيئة"]
