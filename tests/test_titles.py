"""Titles and roles: parsing, linking to people, unknown and title-only people (composed phrases)."""

from __future__ import annotations

import datetime
import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.strategies import DIACRITICS

from negotext.analysis import Analysis
from negotext.ar import find_entities
from negotext.ar.gazetteer import Gazetteer, entry_problems
from negotext.ar.titles import Title, find_people, find_titles, read_entities
from negotext.document import Document
from negotext.records import Entity, EntityKind


def one_title(text: str) -> Title:
    titles = find_titles(text)
    assert len(titles) == 1, [(t.text, t.role) for t in titles]
    return titles[0]


def person_of(title: Title) -> Entity:
    assert title.person is not None
    assert title.person.kind is EntityKind.PERSON
    return title.person


# -- parsing ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "title", "role"),
    [
        ("قال الرئيس الروسي إن", "الرئيس الروسي", "President of Russia"),
        ("قال وزير الخارجية التركي إن", "وزير الخارجية التركي", "Foreign Minister of Türkiye"),
        ("قال وزير خارجية روسيا إن", "وزير خارجية روسيا", "Foreign Minister of Russia"),
        ("قال المتحدث باسم الكرملين إن", "المتحدث باسم الكرملين", "Spokesperson of Kremlin"),
        (
            "قالت المتحدثة باسم وزارة الخارجية الأميركية إن",
            "المتحدثة باسم وزارة الخارجية الأميركية",
            "Spokesperson of United States Department of State",
        ),
        (
            "قال نائب وزير الخارجية الروسي إن",
            "نائب وزير الخارجية الروسي",
            "Deputy Foreign Minister of Russia",
        ),
        (
            "وصل مبعوث الرئيس الأمريكي إلى موسكو",
            "مبعوث الرئيس الأمريكي",
            "Envoy of the President of United States",
        ),
        (
            "قال المبعوث الأمريكي الخاص إن",
            "المبعوث الأمريكي الخاص",
            "Special Envoy of United States",
        ),
        ("قال رئيس الوفد الأوكراني إن", "رئيس الوفد الأوكراني", "Head of Delegation of Ukraine"),
        ("قال رئيس فريق التفاوض إن", "رئيس فريق التفاوض", "Chief Negotiator"),
        (
            "قال نائب رئيس الوزراء الإيطالي إن",
            "نائب رئيس الوزراء الإيطالي",
            "Deputy Prime Minister of Italy",
        ),
        ("قال حاكم منطقة كورسك إن", "حاكم منطقة كورسك", "Governor of Kursk"),
        (
            "قال رئيس جهاز الاستخبارات التركي إن",
            "رئيس جهاز الاستخبارات التركي",
            "Head of National Intelligence Organization",
        ),
        ("قال المستشار الألماني إن", "المستشار الألماني", "Chancellor of Germany"),
        (
            "قال مساعد الوزير الأميركي إن",
            "مساعد الوزير الأميركي",
            "Aide to the Minister of United States",
        ),
        (
            "قال الأمين العام للأمم المتحدة إن",
            "الأمين العام للأمم المتحدة",
            "Secretary-General of United Nations",
        ),
        (
            "قال المبعوث الأممي إلى اليمن إن",
            "المبعوث الأممي إلى اليمن",
            "Envoy of United Nations to Yemen",
        ),
        (
            "قال الرئيس الأمريكي السابق إن",
            "الرئيس الأمريكي السابق",
            "Former President of United States",
        ),
        ("قال أمير قطر إن", "أمير قطر", "Emir of Qatar"),
        ("قال رئيس الوزراء القطري إن", "رئيس الوزراء القطري", "Prime Minister of Qatar"),
        (
            "قال قائد قوات الدعم السريع إن",
            "قائد قوات الدعم السريع",
            "Commander of Rapid Support Forces",
        ),
        ("وقال للرئيس الروسي إن", "رئيس الروسي", "President of Russia"),
    ],
)
def test_titles_are_parsed_into_role_and_affiliation(text: str, title: str, role: str) -> None:
    found = one_title(text)
    assert (found.text, found.role) == (title, role)
    assert text[found.span.start : found.span.end] == found.text


def test_the_affiliation_is_an_entity() -> None:
    title = one_title("قال وزير الخارجية التركي إن")
    assert title.base == "Foreign Minister"
    assert title.affiliation is not None
    assert (title.affiliation.id, title.affiliation.text) == ("TR", "التركي")


def test_a_bare_role_without_name_or_affiliation_is_no_person() -> None:
    title = one_title("وقال الرئيس إن المحادثات")
    assert (title.role, title.person) == ("President", None)
    assert find_people("وقال الرئيس إن المحادثات") == []


# -- linking to the person named next to the title ------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "role", "surface"),
    [
        (
            "قال الرئيس الروسي فلاديمير بوتين إن",
            "Vladimir Putin",
            "President of Russia",
            "فلاديمير بوتين",
        ),
        (
            "وقال نائب وزير الخارجية الروسي، ميخائيل جالوزين، إن",
            "Mikhail Galuzin",
            "Deputy Foreign Minister of Russia",
            "ميخائيل جالوزين",
        ),
        (
            "وقال جي دي فانس، نائب الرئيس الأميركي، إن",
            "JD Vance",
            "Vice President of United States",
            "جي دي فانس",
        ),
        (
            "قال المتحدث باسم الكرملين دميتري بيسكوف إن",
            "Dmitry Peskov",
            "Spokesperson of Kremlin",
            "دميتري بيسكوف",
        ),
        (
            "قالت المتحدثة باسم وزارة الخارجية الأميركية تامي بروس إن",
            "Tammy Bruce",
            "Spokesperson of United States Department of State",
            "تامي بروس",
        ),
        (
            "وصل مبعوث الرئيس الأمريكي ستيف ويتكوف إلى موسكو",
            "Steve Witkoff",
            "Special Envoy of the President of United States",
            "ستيف ويتكوف",
        ),
        (
            "ترأس رئيس الوفد الأوكراني رستم عمروف الاجتماع",
            "Rustem Umerov",
            "Head of Delegation of Ukraine",
            "رستم عمروف",
        ),
        ("أكد الرئيس بوتين التزام روسيا", "Vladimir Putin", "President of Russia", "بوتين"),
        (
            "قال أمير قطر الشيخ تميم بن حمد آل ثاني إن",
            "Tamim bin Hamad Al Thani",
            "Emir of Qatar",
            "الشيخ تميم بن حمد آل ثاني",
        ),
        (
            "قال رئيس الوزراء القطري وزير الخارجية الشيخ محمد بن عبدالرحمن آل ثاني إن",
            "Mohammed bin Abdulrahman Al Thani",
            "Prime Minister of Qatar",
            "الشيخ محمد بن عبدالرحمن آل ثاني",
        ),
        (
            "قال رئيس جهاز الاستخبارات التركي إبراهيم كالين إن",
            "İbrahim Kalın",
            "Director of National Intelligence Organization",
            "إبراهيم كالين",
        ),
        (
            "وقال المبعوث الأممي إلى اليمن هانس غروندبرغ إن",
            "Hans Grundberg",
            "Special Envoy of United Nations to Yemen",
            "هانس غروندبرغ",
        ),
    ],
)
def test_a_title_is_linked_to_the_known_person_next_to_it(
    text: str, name: str, role: str, surface: str
) -> None:
    people = find_people(text)
    assert [(p.name, p.role, p.text) for p in people] == [(name, role, surface)]
    assert text[people[0].span.start : people[0].span.end] == surface


#: A day after every holder the tests below expect took office.
DATED = datetime.date(2026, 1, 15)


def test_a_person_from_another_country_is_not_linked() -> None:
    entities = find_entities("استقبل بوتين الرئيس الأمريكي في موسكو", published=DATED)
    people = [(e.text, e.name, e.role) for e in entities if e.kind is EntityKind.PERSON]
    assert people == [
        ("بوتين", "Vladimir Putin", "President of Russia"),
        ("الرئيس الأمريكي", "Donald Trump", "President of United States"),
    ]


@pytest.mark.parametrize(
    ("text", "surface", "role"),
    [
        (
            "وقال وزير الخارجية السوداني عمر صديق البدوي إن",
            "عمر صديق البدوي",
            "Foreign Minister of Sudan",
        ),
        (
            "قال مساعد الوزير الأميركي جون سميث إن",
            "جون سميث",
            "Aide to the Minister of United States",
        ),
        (
            "وأكد المتحدث باسم حركة حماس، عماد الدين الطحان، أن",
            "عماد الدين الطحان",
            "Spokesperson of Hamas",
        ),
        (
            "وقالت وزيرة الخارجية الكندية ميلاني جولي في بيان",
            "ميلاني جولي",
            "Foreign Minister of Canada",
        ),
    ],
)
def test_an_unknown_name_after_a_title_becomes_a_person(text: str, surface: str, role: str) -> None:
    people = find_people(text)
    assert [(p.text, p.name, p.id, p.role) for p in people] == [(surface, None, None, role)]


def test_an_unknown_name_stops_at_function_words_and_verbs() -> None:
    people = find_people("قال وزير الخارجية الكندي على هامش القمة")
    assert [(p.text, p.name) for p in people] == [("وزير الخارجية الكندي", None)]


# -- titles alone ----------------------------------------------------------------------


def test_a_title_alone_is_the_person_the_document_named() -> None:
    text = "التقى فولوديمير زيلينسكي الوفد. وقال الرئيس الأوكراني إن"
    people = find_people(text)
    assert [(p.text, p.name) for p in people] == [
        ("فولوديمير زيلينسكي", "Volodymyr Zelensky"),
        ("الرئيس الأوكراني", "Volodymyr Zelensky"),
    ]


def test_a_title_alone_is_the_holder_the_gazetteer_knows() -> None:
    people = find_people("أعرب الرئيس الكازاخستاني عن دعمه", published=DATED)
    assert [(p.text, p.name, p.role) for p in people] == [
        ("الرئيس الكازاخستاني", "Kassym-Jomart Tokayev", "President of Kazakhstan")
    ]
    people = find_people("وقال المتحدث باسم الكرملين إن", published=DATED)
    assert [(p.text, p.name) for p in people] == [("المتحدث باسم الكرملين", "Dmitry Peskov")]


@pytest.mark.parametrize(
    "published",
    [
        None,  # undated: it may be from any year
        datetime.date(2019, 6, 1),  # Trump's first term, which the data does not date
    ],
)
def test_a_title_alone_names_nobody_the_article_may_predate(
    published: datetime.date | None,
) -> None:
    people = find_people("وقال الرئيس الأمريكي إن بلاده ستدعم الاتفاق", published=published)
    assert [(p.text, p.name, p.role) for p in people] == [
        ("الرئيس الأمريكي", None, "President of United States")
    ]


@pytest.mark.parametrize(
    ("published", "name"),
    [
        (datetime.date(2024, 11, 30), "Joe Biden"),  # held until 2025-01-19 in the data
        (datetime.date(2025, 1, 19), "Joe Biden"),
        (datetime.date(2025, 1, 20), "Donald Trump"),  # since 2025-01-20
    ],
)
def test_a_title_alone_names_whoever_held_it_that_day(published: datetime.date, name: str) -> None:
    people = find_people("وقال الرئيس الأمريكي إن", published=published)
    assert [(p.name, p.role) for p in people] == [(name, "President of United States")]


@pytest.mark.parametrize(
    ("published", "role"),
    [
        (datetime.date(2024, 6, 1), "Secretary of State of United States"),
        (datetime.date(2026, 3, 1), "Former Secretary of State of United States"),
        (None, "Former Secretary of State of United States"),  # as the data stands today
    ],
)
def test_a_name_takes_the_role_it_had_on_the_articles_day(
    published: datetime.date | None, role: str
) -> None:
    people = find_people("وقال أنتوني بلينكن إن", published=published)
    assert [(p.name, p.role) for p in people] == [("Antony Blinken", role)]


def test_a_former_title_still_names_a_holder_whose_role_ended() -> None:
    people = find_people(
        "وقال وزير الخارجية الأمريكي السابق أنتوني بلينكن إن", published=datetime.date(2026, 3, 1)
    )
    assert [(p.name, p.role) for p in people] == [
        ("Antony Blinken", "Former Secretary of State of United States")
    ]


def test_a_title_alone_names_the_holder_from_the_day_the_data_gives() -> None:
    people = find_people("وقال الرئيس الأمريكي إن", published=datetime.date(2025, 1, 20))
    assert [p.name for p in people] == ["Donald Trump"]


def test_a_holder_the_data_does_not_date_is_never_named_from_a_title_alone() -> None:
    gazetteer = Gazetteer(
        [
            {"kind": "country", "id": "RU", "name": "Russia", "names": ["روسيا"], "nisba": ["روس"]},
            {
                "kind": "person",
                "name": "Some Minister",
                "names": ["فلان الفلاني"],
                "role": ["Foreign Minister of Russia"],
            },
        ]
    )
    people = find_people("وقال وزير الخارجية الروسي إن", gazetteer, published=DATED)
    assert [(p.name, p.role) for p in people] == [(None, "Foreign Minister of Russia")]
    # The text names the person earlier: the title is that person, dated or not.
    people = find_people("قال فلان الفلاني أمس. وقال وزير الخارجية الروسي إن", gazetteer)
    assert [p.name for p in people] == ["Some Minister", "Some Minister"]


@pytest.mark.parametrize(
    ("published", "role"),
    [
        (None, "Secretary of State of United States"),  # undated: the role the data gives
        (datetime.date(2019, 5, 1), None),  # a senator then: the data's role is not shown
        (datetime.date(2025, 5, 1), "Secretary of State of United States"),
    ],
)
def test_a_name_alone_keeps_the_data_s_role_only_from_the_day_it_was_held(
    published: datetime.date | None, role: str | None
) -> None:
    people = find_people("وقال ماركو روبيو إن المحادثات بناءة", published=published)
    assert [(p.name, p.role) for p in people] == [("Marco Rubio", role)]
    # A title in the text says the role whatever the date.
    people = find_people("وقال وزير الخارجية الأمريكي ماركو روبيو إن", published=published)
    assert [(p.name, p.role) for p in people] == [
        ("Marco Rubio", "Secretary of State of United States")
    ]


def test_an_analysis_passes_the_document_date_to_titles() -> None:
    text = "وقال الرئيس الأمريكي إن"
    dated = Analysis(Document(text, published="2025-06-01")).entity_reading.entities
    undated = Analysis(Document(text)).entity_reading.entities
    assert [e.name for e in dated if e.kind is EntityKind.PERSON] == ["Donald Trump"]
    assert [e.name for e in undated if e.kind is EntityKind.PERSON] == [None]


@pytest.mark.parametrize(
    ("since", "problem"),
    [
        ({"President of Russia": "2012"}, "must be a YYYY-MM-DD date"),
        ({"President of Russia": 2012}, "must be a YYYY-MM-DD date"),
        ({"Prime Minister of Russia": "2012-05-07"}, "is not one of the entry's roles"),
        (["2012-05-07"], "since must map roles"),
    ],
)
def test_a_malformed_since_is_named(since: object, problem: str) -> None:
    entry = {
        "kind": "person",
        "name": "Vladimir Putin",
        "names": ["بوتين"],
        "role": ["President of Russia"],
        "since": since,
    }
    assert any(problem in p for p in entry_problems(entry)), entry_problems(entry)


@pytest.mark.parametrize(
    ("until", "problem"),
    [
        ({"President of Russia": "2030"}, "until: 'President of Russia' must be a YYYY-MM-DD"),
        ({"Prime Minister of Russia": "2030-05-07"}, "is not one of the entry's roles"),
        ({"President of Russia": "2011-01-01"}, "ends (2011-01-01) before it starts"),
    ],
)
def test_a_malformed_until_is_named(until: object, problem: str) -> None:
    entry = {
        "kind": "person",
        "name": "Vladimir Putin",
        "names": ["بوتين"],
        "role": ["President of Russia"],
        "since": {"President of Russia": "2012-05-07"},
        "until": until,
    }
    assert any(problem in p for p in entry_problems(entry)), entry_problems(entry)


def test_a_title_nobody_holds_in_the_data_is_a_title_only_person() -> None:
    people = find_people("قال وزير الخارجية البوروندي إن")
    assert [(p.text, p.name, p.id, p.role) for p in people] == [
        ("وزير الخارجية البوروندي", None, None, "Foreign Minister of Burundi")
    ]
    people = find_people("قال رئيس فريق التفاوض إن")
    assert [(p.text, p.name, p.role) for p in people] == [
        ("رئيس فريق التفاوض", None, "Chief Negotiator")
    ]


def test_a_title_with_several_possible_holders_is_not_guessed() -> None:
    # Two US special envoys are in the data: the title alone names neither.
    people = find_people("وقال المبعوث الأمريكي الخاص إن")
    assert [(p.text, p.name) for p in people] == [("المبعوث الأمريكي الخاص", None)]


# -- find_entities ---------------------------------------------------------------------


def test_find_entities_returns_everything_in_order_without_overlaps() -> None:
    text = (
        "ناقش الرئيس الروسي فلاديمير بوتين ونظيره الكازاخستاني قاسم جومارت توكاييف "
        "نتائج المحادثات بين روسيا وأوكرانيا في إسطنبول"
    )
    entities = find_entities(text)
    assert [(e.text, e.kind.value, e.name) for e in entities] == [
        ("فلاديمير بوتين", "person", "Vladimir Putin"),
        ("الكازاخستاني", "country", "Kazakhstan"),
        ("قاسم جومارت توكاييف", "person", "Kassym-Jomart Tokayev"),
        ("روسيا", "country", "Russia"),
        ("أوكرانيا", "country", "Ukraine"),
        ("إسطنبول", "place", "Istanbul"),
    ]
    for a, b in itertools.pairwise(entities):
        assert a.span.end <= b.span.start
    for entity in entities:
        assert text[entity.span.start : entity.span.end] == entity.text


def test_read_entities_keeps_the_raw_mentions() -> None:
    reading = read_entities("قال الرئيس الروسي فلاديمير بوتين")
    assert [m.entity.text for m in reading.mentions] == ["الروسي", "فلاديمير بوتين"]
    assert reading.mentions[0].demonym
    assert [e.text for e in reading.entities] == ["فلاديمير بوتين"]


def test_the_analysis_exposes_titles_and_the_reading() -> None:
    analysis = Analysis(Document("قال المتحدث باسم الكرملين دميتري بيسكوف إن"))
    assert [t.role for t in analysis.titles] == ["Spokesperson of Kremlin"]
    assert [e.name for e in analysis.entities] == ["Kremlin", "Dmitry Peskov"]
    assert [e.name for e in analysis.entity_reading.entities] == ["Dmitry Peskov"]


HARAKAT = "".join(c for c in DIACRITICS if c not in "\u064b\u064c\u064d")
TITLED = (
    "الرئيس الروسي فلاديمير بوتين",
    "وزير الخارجية التركي هاكان فيدان",
    "المتحدث باسم الكرملين",
    "الرئيس الأوكراني",
    "رئيس الوفد الأوكراني رستم عمروف",
    "وزير الخارجية السوداني علي يوسف",
)


@given(st.lists(st.sampled_from(TITLED), min_size=1, max_size=5), st.data())
def test_diacritics_do_not_change_the_people_found(parts: list[str], data: st.DataObject) -> None:
    # Harakat, shadda and sukun; not tanwin, which marks a word as no name (see docs/titles.md).
    text = "قال " + " وقال ".join(f"{part} إن" for part in parts)
    noisy = "".join(
        c
        + (
            data.draw(st.sampled_from(HARAKAT))
            if "\u0621" <= c <= "\u064a" and data.draw(st.booleans())
            else ""
        )
        for c in text
    )
    plain = [(p.name, p.role) for p in find_people(text)]
    assert [(p.name, p.role) for p in find_people(noisy)] == plain
    for person in find_people(noisy):
        assert noisy[person.span.start : person.span.end] == person.text


def test_adverbs_with_tanwin_are_not_names() -> None:
    people = find_people("وطالب الرئيس الأوكراني مرارًا وتكرارًا بأن تغادر القوات")
    assert [(p.text, p.role) for p in people] == [("الرئيس الأوكراني", "President of Ukraine")]


def test_a_person_before_a_regional_title() -> None:
    people = find_people("وقال ليونيد باشنيك، حاكم المنطقة المعين من قبل موسكو، إن")
    assert [(p.text, p.name) for p in people] == [("ليونيد باشنيك", "Leonid Pasechnik")]


def test_a_bare_chancellor_is_an_adviser() -> None:
    title = one_title("بوفد برئاسة المستشار فلاديمير ميدينسكي")
    assert title.role == "Adviser"
    assert person_of(title).name == "Vladimir Medinsky"
    assert one_title("قال المستشار الألماني إن").role == "Chancellor of Germany"


def test_two_titles_separated_by_a_comma_name_the_same_person() -> None:
    text = "طالب نائب رئيس الوزراء الإيطالي، وزير الخارجية أنطونيو تاجاني، إسرائيل"
    titles = find_titles(text)
    assert [(t.text, person_of(t).name) for t in titles] == [
        ("نائب رئيس الوزراء الإيطالي", "Antonio Tajani"),
        ("وزير الخارجية", "Antonio Tajani"),
    ]


@pytest.mark.parametrize(
    ("text", "role", "surface"),
    [
        (
            "وصرح السفير الروسي لدى الولايات المتحدة ألكسندر دارتشييف بأن",
            "Ambassador of Russia to United States",
            "ألكسندر دارتشييف",
        ),
        (
            "وقال السفير الروسي في واشنطن ألكسندر دارتشييف إن",
            "Ambassador of Russia to United States",
            "ألكسندر دارتشييف",
        ),
        (
            "قالت الممثلة الخاصة للأمين العام للأمم المتحدة في ليبيا هانا تيتيه",
            "Special Representative of United Nations to Libya",
            "هانا تيتيه",
        ),
    ],
)
def test_envoys_and_ambassadors_are_posted_somewhere(text: str, role: str, surface: str) -> None:
    people = find_people(text)
    assert [(p.text, p.role) for p in people] == [(surface, role)]


def test_a_name_that_begins_with_hamza_alef_lam_is_not_an_article() -> None:
    # ألكسندر begins with أل, not with the article ال.
    people = find_people("قال وزير الخارجية البيلاروسي ألكسندر ماتوي إن")
    assert [p.text for p in people] == ["ألكسندر ماتوي"]


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "قال أمين مجلس الأمن الروسي سيرغي شويغو إن",
            "Sergei Shoigu",
            "Secretary of Russian Security Council",
        ),
        (
            "قال نائب رئيس مجلس الأمن الروسي دميتري ميدفيديف إن",
            "Dmitry Medvedev",
            "Deputy Chairman of Russian Security Council",
        ),
        (
            "وقال المتحدث العسكري لجماعة الحوثي يحيى سريع إن",
            "Yahya Saree",
            "Military Spokesperson of Houthis",
        ),
        (
            "وأعلن رئيس هيئة شؤون الأسرى الفلسطينية قدورة فارس أن",
            "Qadura Fares",
            "Head of the Prisoners Committee of Palestinian Territories",
        ),
    ],
)
def test_more_offices(text: str, name: str | None, role: str) -> None:
    assert [(p.name, p.role) for p in find_people(text)] == [(name, role)]


def test_an_unknown_persons_surname_later_is_the_same_person() -> None:
    text = "وقال وزير الخارجية السوداني عمر صديق البدوي إن بلاده مستعدة. وأضاف البدوي أن"
    people = find_people(text)
    assert [(p.text, p.role) for p in people] == [
        ("عمر صديق البدوي", "Foreign Minister of Sudan"),
        ("البدوي", "Foreign Minister of Sudan"),
    ]
    assert people[1].span.start == text.rindex("البدوي")


def test_a_surname_before_the_full_name_is_nothing() -> None:
    text = "وأضاف البدوي أن. وقال وزير الخارجية السوداني عمر صديق البدوي إن"
    assert [p.text for p in find_people(text)] == ["عمر صديق البدوي"]


def test_the_gazetteer_names_a_holder_only_for_an_exact_office() -> None:
    # The data holds one UN envoy (to Yemen): "the UN envoy" in a Libya story is not him.
    people = find_people("وقالت المبعوثة الأممية في مؤتمر صحفي في جنيف إن")
    assert [(p.text, p.name) for p in people] == [("المبعوثة الأممية", None)]
    people = find_people("وقال وزير الخارجية الأمريكي إن", published=DATED)
    assert [(p.name, p.role) for p in people] == [
        ("Marco Rubio", "Secretary of State of United States")
    ]


def test_a_word_with_a_conjunction_and_the_article_is_no_name() -> None:
    people = find_people("التقى الرئيس الكرواتي والمسؤول الماليزي")
    assert [(p.text, p.name) for p in people] == [("الرئيس الكرواتي", None)]


@pytest.mark.parametrize(
    "text",
    [
        "الرئيس الكرواتي يستقبل نظيره",
        "وزير الخارجية الكرواتي سيزور موسكو",
        "وزير الخارجية الكرواتي تلقى اتصالا",
    ],
)
def test_an_imperfect_verb_after_a_title_is_no_name(text: str) -> None:
    people = find_people(text)
    assert [p.name for p in people] == [None]
    assert people[0].text.startswith(("الرئيس", "وزير"))


def test_first_names_that_look_like_verbs_are_still_names() -> None:
    people = find_people("قال وزير الخارجية الكرواتي يوسف حداد إن")
    assert [p.text for p in people] == ["يوسف حداد"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وأكد علي يوسف الشريف، وزير الخارجية السوداني، أن بلاده", "علي يوسف الشريف"),
        ("علي يوسف الشريف، وزير الخارجية السوداني، قال", "علي يوسف الشريف"),
        ("قال المسؤول الكبير، وزير الخارجية السوداني، إن", "وزير الخارجية السوداني"),
        ("في بيان مشترك، وزير الخارجية السوداني قال", "وزير الخارجية السوداني"),
    ],
)
def test_an_unknown_name_set_off_before_a_title(text: str, expected: str) -> None:
    assert [p.text for p in find_people(text)] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "أجرى الرئيس الأمريكي اتصالاً هاتفياً مع نظيره",
        "أعلن الرئيس الأمريكي انسحاب الولايات المتحدة من الاتفاق",
        "أكد وزير الخارجية الكرواتي رفض بلاده",
    ],
)
def test_verbal_nouns_and_tanwin_words_after_a_title_are_no_names(text: str) -> None:
    assert all(p.text.startswith(("الرئيس", "وزير")) for p in find_people(text))


# -- a field between the title and the name ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "surface", "name", "role"),
    [
        (
            "وقال نائب رئيس الوزراء المولدوفي لشؤون إعادة الإدماج أوليغ سيريبريان إن",
            "أوليغ سيريبريان",
            "Oleg Serebrian",
            "Deputy Prime Minister of Moldova",
        ),
        (
            "وأكد وزير الدولة القطري للشؤون الخارجية محمد الخليفي أن",
            "محمد الخليفي",
            "Mohammed Al-Khulaifi",
            "Minister of State of Qatar",
        ),
        (
            "وقال المبعوث الأمريكي لشؤون الرهائن آدم بوهلر إن",
            "آدم بوهلر",
            "Adam Boehler",
            "Special Envoy of United States for Hostage Affairs",
        ),
        (
            "وقال نائب وزير الخارجية اليمني لشؤون المغتربين سامي عبد الكريم إن",
            "سامي عبد الكريم",
            None,
            "Deputy Foreign Minister of Yemen",
        ),
        (
            "ويرى الباحث في الشؤون التركية سمير صالحة أن",
            "سمير صالحة",
            None,
            "Researcher",
        ),
        (
            "وكتبت رئيسة بعثة اللجنة الدولية للصليب الأحمر في السودان، ماري لوران، أن",
            "ماري لوران",
            None,
            "Head of Mission of International Committee of the Red Cross to Sudan",
        ),
    ],
)
def test_a_field_after_the_title_leaves_the_name_to_the_person(
    text: str, surface: str, name: str | None, role: str
) -> None:
    people = find_people(text)
    assert [(p.text, p.name, p.role) for p in people] == [(surface, name, role)]


def test_a_field_is_part_of_the_title() -> None:
    title = one_title("قال مفوض الاتحاد الأوروبي لشؤون إدارة الأزمات حجة لحبيب إن")
    assert title.text == "مفوض الاتحاد الأوروبي لشؤون إدارة الأزمات"
    assert person_of(title).text == "حجة لحبيب"


def test_an_unfinished_field_is_no_field() -> None:
    # no definite word closes the chain: the words after لشؤون are not read as a field
    title = one_title("قال وزير الخارجية الكندي لشؤون كثيرة جدا")
    assert title.text == "وزير الخارجية الكندي"


def test_a_second_title_joined_by_and_with_a_pronoun_affiliation() -> None:
    people = find_people("وقال رئيس وفد الحركة والمتحدث باسمها حازم قاسم إن")
    assert [(p.text, p.name) for p in people] == [("حازم قاسم", "Hazem Qassem")]


def test_commentators_with_a_nationality_are_title_only_people() -> None:
    people = find_people("وقال المحلل الإسرائيلي إن الاتفاق هش")
    assert [(p.text, p.role) for p in people] == [("المحلل الإسرائيلي", "Analyst of Israel")]
    assert find_people("وقال خبير إن الاتفاق هش") == []


@pytest.mark.parametrize(
    ("text", "surface", "name", "role"),
    [
        ("إن الرئيس عون شدد على الانسحاب", "عون", "Joseph Aoun", "President of Lebanon"),
        ("وقال الرئيس اللبناني عون إن", "عون", "Joseph Aoun", "President of Lebanon"),
        ("والتقى رئيس الوزراء سلام الوفد", "سلام", "Nawaf Salam", "Prime Minister of Lebanon"),
        ("وقال الرئيس الشرع إن", "الشرع", "Ahmed al-Sharaa", "President of Syria"),
    ],
)
def test_a_short_form_right_after_a_title_the_person_holds(
    text: str, surface: str, name: str, role: str
) -> None:
    people = find_people(text)
    assert [(p.text, p.name, p.role) for p in people] == [(surface, name, role)]


@pytest.mark.parametrize(
    "text",
    [
        "وقال عون إن",  # no title: عون is the word 'aid'
        "وقال الرئيس سلام إن",  # Nawaf Salam is no president
        "وقال الرئيس الأسد إن",  # a former president needs السابق
    ],
)
def test_a_short_form_needs_a_title_that_fits(text: str) -> None:
    assert find_people(text) == []


def test_an_ambassador_rank_between_title_and_name_is_an_honorific() -> None:
    people = find_people("وقال المتحدث باسم الرئاسة المصرية السفير أحمد فهمي إن")
    assert [(p.text, p.role) for p in people] == [
        ("أحمد فهمي", "Spokesperson of Egyptian Presidency")
    ]
    # السفير is still a title of its own
    title = one_title("وقال السفير الروسي لدى واشنطن إن")
    assert title.role == "Ambassador of Russia to United States"


def test_compound_demonyms_name_the_leader() -> None:
    people = find_people("وقال الزعيم الكوري الشمالي إن", published=DATED)
    assert [(p.name, p.role) for p in people] == [("Kim Jong Un", "Leader of North Korea")]
    people = find_people("وقال الزعيم القبرصي التركي إن", published=DATED)
    assert [p.name for p in people] == ["Tufan Erhürman"]


def test_a_short_form_a_title_vouched_for_is_the_person_later_too() -> None:
    people = find_people("إن الرئيس عون شدد على الانسحاب، وأضاف عون أن لبنان ملتزم")
    assert [(p.text, p.name) for p in people] == [("عون", "Joseph Aoun"), ("عون", "Joseph Aoun")]
    # before the title it is still the word 'aid'
    people = find_people("طلب عون دولي، ثم قال الرئيس عون إن")
    assert [(p.text, p.name) for p in people] == [("عون", "Joseph Aoun")]
    assert people[0].span.start > 10


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "أعلن المتحدث الرسمي باسم اتحاد الكرة المصري أن المباراة ستقام",
            "المتحدث الرسمي باسم اتحاد الكرة المصري",
        ),
        ("قال المتحدث باسم هيئة التفاوض إن", "المتحدث باسم هيئة التفاوض"),
        ("وقال المتحدث باسم الحكومة، أحمد سالم، إن", "أحمد سالم"),
    ],
)
def test_a_spokesperson_of_a_body_the_gazetteer_does_not_know(text: str, surface: str) -> None:
    people = find_people(text)
    assert [(p.text, p.name, p.role) for p in people] == [(surface, None, "Spokesperson")]


def test_an_unknown_body_never_borrows_a_known_spokesperson() -> None:
    people = find_people("قال بيسكوف إن الجولة انتهت، وقال المتحدث باسم هيئة التفاوض إن")
    assert [(p.text, p.name) for p in people] == [
        ("بيسكوف", "Dmitry Peskov"),
        ("المتحدث باسم هيئة التفاوض", None),
    ]


def test_a_second_title_of_the_same_person_is_not_an_affiliation() -> None:
    titles = find_titles("التقت الصحيفة نائب رئيس الوزراء وزير الخارجية الباكستاني إسحاق دار أمس")
    assert [(t.text, t.role) for t in titles] == [
        ("نائب رئيس الوزراء", "Deputy Prime Minister"),
        ("وزير الخارجية الباكستاني", "Foreign Minister of Pakistan"),
    ]
    assert {person_of(t).name for t in titles} == {"Ishaq Dar"}
    # An envoy or an aide of a title still belongs to it.
    assert one_title("وصل مبعوث الرئيس الأمريكي إلى موسكو").role == (
        "Envoy of the President of United States"
    )


@pytest.mark.parametrize(
    ("text", "surface", "role"),
    [
        ("وأقر مدرب الاتحاد لوران بلان بأفضلية المنافس", "لوران بلان", "Coach"),
        ("وقال رئيس البلدية محمد الزعبي إن الموازنة", "محمد الزعبي", "Head"),
        ("وقال رئيس لجنة المتابعة محمد سالم إن", "محمد سالم", "Head"),
        ("كرر زعيم الإقليم فاديم سميرنوف مطالبته بالاعتراف", "فاديم سميرنوف", "Leader"),
        ("وقال نائب رئيس الوفد الحكومي يحيى علي إن", "يحيى علي", "Deputy Chairman"),
        ("وقال وزير الطاقة الإسرائيلي إيلي يشاي إن", "إيلي يشاي", "Minister"),
    ],
)
def test_a_role_word_heading_a_body_the_gazetteer_does_not_know(
    text: str, surface: str, role: str
) -> None:
    # An indefinite role word and a definite noun are a construct: the noun is the body,
    # and the name after it is the person's.
    people = find_people(text)
    assert [(p.text, p.name, p.role) for p in people] == [(surface, None, role)]


def test_a_body_after_a_role_word_is_never_a_countrys_office() -> None:
    # "رئيس الاتحاد المصري" heads a federation, not Egypt: no holder is looked for.
    people = find_people("وقال رئيس الاتحاد المصري إن المباراة ستقام")
    assert [(p.name, p.role) for p in people] == [(None, "Head")]


def test_a_commentator_at_an_institution() -> None:
    people = find_people("ويرى الباحث في مركز كارنيغي ألكسندر باونوف أن الكرملين يراهن")
    assert [(p.text, p.role) for p in people] == [
        ("ألكسندر باونوف", "Researcher of Carnegie Endowment for International Peace")
    ]
    people = find_people("ويرى الباحث في معهد الدراسات الاستراتيجية أحمد سالم أن")
    assert [(p.text, p.role) for p in people] == [("أحمد سالم", "Researcher")]


def test_a_field_and_a_destination_before_the_name() -> None:
    text = (
        "تحدثت المبعوثة النرويجية الخاصة لعملية السلام في الفلبين، إنغريد لي هالفورسن، "
        "عن تفاصيل الاتفاق. تقول هالفورسن إن الطرفين"
    )
    title = find_titles(text)[0]
    assert title.text == "المبعوثة النرويجية الخاصة لعملية السلام في الفلبين"
    assert title.role == "Special Envoy of Norway to Philippines"
    people = find_people(text)
    assert [p.text for p in people] == ["إنغريد لي هالفورسن", "هالفورسن"]


def test_a_third_word_is_part_of_the_name_only_when_the_name_visibly_ends() -> None:
    assert [p.text for p in find_people("وقال وزير الخارجية السوداني علي يوسف الشريف إن")] == [
        "علي يوسف الشريف"
    ]
    assert [p.text for p in find_people("وقال المبعوث الفرنسي جان إيف لودريان، إن")] == [
        "جان إيف لودريان"
    ]
    assert [p.text for p in find_people("وأشاد المبعوث الفرنسي جان إيف بالجهود المبذولة")] == [
        "جان إيف"
    ]


def test_a_member_of_parliament_is_named_even_without_an_affiliation() -> None:
    people = find_people("وقالت النائبة ديمة طهبوب للصحفيين إن الأرقام غير واقعية")
    assert [(p.text, p.role) for p in people] == [("ديمة طهبوب", "Member of Parliament")]
    people = find_people('قال النائب عن "حزب الله" حسن فضل الله، في مقابلة')
    assert [(p.text, p.name) for p in people] == [("حسن فضل الله", "Hassan Fadlallah")]
    # A bare title reads no name that does not visibly end, nor a verbal noun.
    assert [p.text for p in find_people("وطالب النائب بإجراء تحقيق عاجل")] == []
    assert [t.role for t in find_titles("وقال النائب العام إن التحقيق مستمر")] == [
        "Attorney General"
    ]


def test_a_standalone_wal_is_part_of_a_name() -> None:
    people = find_people("ويرى الباحث في الشؤون القوقازية توماس دي وال أن المعاهدة أنجزت")
    assert [p.text for p in people] == ["توماس دي وال"]


def test_co_chairs_alone_are_a_title_only_speaker() -> None:
    people = find_people("وقال الرؤساء المشاركون في بيان ختامي إن الجولة كانت بناءة")
    assert [(p.text, p.role) for p in people] == [("الرؤساء المشاركون", "Co-chair")]
