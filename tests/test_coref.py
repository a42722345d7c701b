"""Co-reference inside a document, against a small gazetteer registered by a test plugin."""

from __future__ import annotations

from typing import Any

import pytest

from negotext.analysis import Analysis
from negotext.ar.gazetteer import Gazetteer
from negotext.coref import mention_key
from negotext.document import Document
from negotext.plugins import Resources
from negotext.records import Entity, EntityKind, Span

ENTRIES: list[dict[str, Any]] = [
    {"kind": "country", "id": "IR", "name": "Iran", "names": ["إيران"], "nisba": ["إيران"]},
    {
        "kind": "country",
        "id": "US",
        "name": "United States",
        "names": ["الولايات المتحدة"],
        "nisba": ["أمريك", "أميرك"],
    },
    {"kind": "country", "id": "SD", "name": "Sudan", "names": ["السودان"], "nisba": ["سودان"]},
    {"kind": "country", "id": "QA", "name": "Qatar", "names": ["قطر"], "nisba": ["قطر"]},
    {"kind": "country", "id": "OM", "name": "Oman", "names": ["سلطنة عمان"], "nisba": ["عمان"]},
    {"kind": "place", "id": "Q3616", "name": "Tehran", "names": ["طهران"], "capital_of": "IR"},
    {"kind": "place", "id": "Q61", "name": "Washington", "names": ["واشنطن"], "capital_of": "US"},
    {
        "kind": "person",
        "id": "Q900001",
        "name": "Abbas Araghchi",
        "names": ["عباس عراقجي"],
        "short": ["عراقجي"],
        "role": "Foreign Minister of Iran",
        "country": "IR",
    },
    {
        "kind": "person",
        "id": "Q900002",
        "name": "Steve Witkoff",
        "names": ["ستيف ويتكوف"],
        "short": ["ويتكوف"],
        "role": "US special envoy",
        "country": "US",
    },
    {
        "kind": "person",
        "id": "Q900003",
        "name": "Badr Albusaidi",
        "names": ["بدر البوسعيدي"],
        "short": ["البوسعيدي"],
        "country": "OM",
    },
]


def small_resources() -> Resources:
    """Resources whose gazetteer holds only ENTRIES (none of them from the seeds).

    The built-in word lists still come from the registered plugins; the gazetteer is
    replaced so that these tests do not depend on the built-in gazetteer data.
    """
    resources = Resources()
    resources._gazetteer = Gazetteer(ENTRIES)
    return resources


def analyse(text: str, gazetteer: bool = True) -> Analysis:
    resources = small_resources() if gazetteer else Resources()
    if not gazetteer:
        resources._gazetteer = Gazetteer(ENTRIES[:1])
    return Analysis(Document(text), resources)


def entity_at(analysis: Analysis, words: str, kind: EntityKind, nth: int = 0) -> Entity:
    start = -1
    for _ in range(nth + 1):
        start = analysis.text.index(words, start + 1)
    return Entity(words, Span(start, start + len(words)), kind)


def test_mention_key_strips_clitic_and_normalises() -> None:
    assert mention_key("وبلاده") == mention_key("بلاده")
    assert mention_key("الرئيسُ  الإيراني") == mention_key("الرئيس الايراني")


def test_surname_after_full_name() -> None:
    a = analyse("التقى عباس عراقجي بالوسيط. ثم قال عراقجي إن الأجواء إيجابية.")
    surname = next(e for e in a.entities if e.text == "عراقجي")
    resolved = a.coref.resolve(surname)
    assert (resolved.name, resolved.text, resolved.span) == (
        "Abbas Araghchi",
        "عراقجي",
        surname.span,
    )


def test_title_alone_after_title_and_name() -> None:
    text = (
        "وصل وزير الخارجية الإيراني عباس عراقجي إلى مسقط. "
        "وقال وزير الخارجية الإيراني إن بلاده لن تتخلى عن التخصيب."
    )
    a = analyse(text)
    title = entity_at(a, "وزير الخارجية الإيراني", EntityKind.PERSON, nth=1)
    resolved = a.coref.resolve(title)
    assert resolved.name == "Abbas Araghchi"
    assert resolved.text == "وزير الخارجية الإيراني"
    assert resolved.span == title.span


def test_title_after_name_as_apposition() -> None:
    text = (
        "قال ستيف ويتكوف، المبعوث الأمريكي الخاص، إن الجولة مثمرة. "
        "وأضاف المبعوث الأمريكي الخاص أن واشنطن تنتظر الرد."
    )
    a = analyse(text)
    title = entity_at(a, "المبعوث الأمريكي الخاص", EntityKind.PERSON, nth=1)
    assert a.coref.resolve(title).name == "Steve Witkoff"


def test_counterpart_with_demonym_resolves_through_the_leaders_title() -> None:
    text = (
        "بحث وزير الخارجية الإيراني عباس عراقجي مع نظيره العماني بدر البوسعيدي مسار التفاوض. "
        "وأكد وزير الخارجية العماني أن بلاده مستعدة لاستضافة جولة جديدة."
    )
    a = analyse(text)
    title = entity_at(a, "وزير الخارجية العماني", EntityKind.PERSON)
    assert a.coref.resolve(title).name == "Badr Albusaidi"


def test_counterpart_alone() -> None:
    text = (
        "اتصل وزير الخارجية العماني بدر البوسعيدي بوزير الخارجية الإيراني عباس عراقجي. "
        "وقال نظيره الإيراني إن المحادثات مستمرة."
    )
    a = analyse(text)
    counterpart = entity_at(a, "نظيره الإيراني", EntityKind.PERSON)
    assert a.coref.resolve(counterpart).name == "Abbas Araghchi"


def test_parties_near_capitals_and_countries() -> None:
    text = "استضافت قطر محادثات بين طهران وواشنطن. وقال الوسيط إن الطرفين اتفقا على مواصلة الحوار."
    a = analyse(text)
    parties = a.coref.parties_near(text.index("الطرفين"))
    assert parties is not None
    assert [p.id for p in parties] == ["IR", "US"]
    assert [p.text for p in parties] == ["طهران", "واشنطن"]
    group = a.coref.resolve(entity_at(a, "الطرفين", EntityKind.GROUP))
    assert group.name == "Iran and United States"
    assert group.text == "الطرفين"


def test_parties_from_demonyms_and_latest_pair_wins() -> None:
    text = (
        "تحدث المسؤولون عن إيران والولايات المتحدة. "
        "ثم استؤنفت المحادثات بين الجانبين السوداني والقطري في الدوحة، "
        "وقال مصدر إن البلدين قريبان من اتفاق."
    )
    a = analyse(text)
    parties = a.coref.parties_near(text.index("البلدين"))
    assert parties is not None
    assert [p.id for p in parties] == ["SD", "QA"]


def test_two_names_with_only_a_direction_mark_between_are_no_pair() -> None:
    # A tag line "إيران قطر" is one phrase, with or without the marks a scraped page leaves.
    for between in (" ", " \u061c", "\u200f ", " \u200c"):
        a = analyse(f"كلمات دلالية: إيران{between}قطر")
        assert a.coref.party_pairs == (), repr(between)
    a = analyse("محادثات بين إيران \u061cوقطر")
    assert [(x.id, y.id) for x, y in a.coref.party_pairs] == [("IR", "QA")]


def test_no_pair_gives_none_and_entity_unchanged() -> None:
    a = analyse("قال الوسيط إن الطرفين اتفقا.")
    assert a.coref.parties_near(5) is None
    party = entity_at(a, "الطرفين", EntityKind.GROUP)
    assert a.coref.resolve(party) == party


def test_country_of_capital_person_demonym_and_title() -> None:
    a = analyse("قال عباس عراقجي في طهران إن وزير الخارجية الإيراني سيزور الدوحة.")
    by_text = {e.text: e for e in a.entities}
    assert a.coref.country_of(by_text["طهران"]).id == "IR"  # type: ignore[union-attr]
    assert a.coref.country_of(by_text["عباس عراقجي"]).id == "IR"  # type: ignore[union-attr]
    title = entity_at(a, "وزير الخارجية الإيراني", EntityKind.PERSON)
    country = a.coref.country_of(title)
    assert country is not None
    assert (country.id, country.text) == ("IR", "وزير الخارجية الإيراني")


def test_unknown_mention_is_returned_unchanged() -> None:
    a = analyse("قال المتحدث العسكري إن الهدنة صامدة.")
    who = entity_at(a, "المتحدث العسكري", EntityKind.PERSON)
    assert a.coref.resolve(who) == who
    assert a.coref.country_of(who) is None


def test_without_a_gazetteer_nothing_is_guessed() -> None:
    a = analyse("قال الرئيس إن الطرفين اتفقا. وقال الرئيس إن الاتفاق قريب.", gazetteer=False)
    who = entity_at(a, "الرئيس", EntityKind.PERSON, nth=1)
    assert a.coref.resolve(who) == who


def test_speaker_country_for_biladihi() -> None:
    text = "وقال وزير الخارجية الإيراني عباس عراقجي إن واشنطن تماطل وإن بلاده لن تتراجع."
    a = analyse(text)
    country = a.coref.speaker_country_at(text.index("بلاده"))
    assert country is not None
    assert country.id == "IR"


def test_speaker_country_without_a_person_uses_the_first_country() -> None:
    text = "وأكدت طهران أن بلادها مستعدة للحوار مع الولايات المتحدة."
    a = analyse(text)
    country = a.coref.speaker_country_at(text.index("بلادها"))
    assert country is not None
    assert country.id == "IR"
    assert a.coref.speaker_country_at(0) is None


def test_speaker_country_keeps_the_written_word() -> None:
    text = "وقال عباس عراقجي إن بلاده لن تتراجع."
    a = analyse(text)
    at = text.index("بلاده")
    country = a.coref.speaker_country_at(at)
    assert country is not None
    assert (country.text, country.span.start, country.id) == ("بلاده", at, "IR")


def test_an_office_holding_a_title_is_the_office_not_its_holder() -> None:
    text = (
        "وصل المبعوث الأمريكي ستيف ويتكوف أمس. وقال مكتب المبعوث الأمريكي في بيان إن الجولة انتهت."
    )
    a = analyse(text)
    office = entity_at(a, "مكتب المبعوث الأمريكي", EntityKind.ORGANIZATION)
    assert a.coref.resolve(office) == office
    # the title alone is still the person
    title = entity_at(a, "المبعوث الأمريكي", EntityKind.PERSON, nth=1)
    assert a.coref.resolve(title).name == "Steve Witkoff"


PLACES: list[dict[str, Any]] = [
    *ENTRIES,
    {"kind": "country", "id": "TR", "name": "Türkiye", "names": ["تركيا"], "nisba": ["ترك"]},
    {
        "kind": "place",
        "name": "Istanbul",
        "names": ["إسطنبول"],
        "country": "TR",
        "place_type": "city",
    },
    {
        "kind": "place",
        "name": "Ankara",
        "names": ["أنقرة"],
        "capital_of": "TR",
        "country": "TR",
        "place_type": "city",
    },
    {
        "kind": "place",
        "name": "Kunming",
        "names": ["كونمينغ"],
        "country": "CN",
        "place_type": "city",
    },
    {
        "kind": "place",
        "name": "Yunnan",
        "names": ["مقاطعة يونان"],
        "country": "CN",
        "place_type": "region",
    },
]


def analyse_places(text: str) -> Analysis:
    resources = Resources()
    resources._gazetteer = Gazetteer(PLACES)
    return Analysis(Document(text), resources)


def test_the_same_city_is_the_last_city_named() -> None:
    text = "استضافت كونمينغ في مقاطعة يونان أولى الجولات، قبل أن تعقد جولتان في المدينة ذاتها."
    a = analyse_places(text)
    offset = text.index("المدينة ذاتها")
    place = a.coref.same_place(offset)
    assert place is not None
    assert (place.name, place.kind, place.text) == ("Kunming", EntityKind.PLACE, "المدينة ذاتها")
    assert place.span == Span(offset, offset + len("المدينة ذاتها"))
    # With a proclitic, and the other word order.
    text = "عقدت الجولة في كونمينغ، ثم عادوا إلى نفس المدينة وبالمدينة نفسها"
    a = analyse_places(text)
    assert a.coref.same_place(text.index("نفس المدينة")).name == "Kunming"  # type: ignore[union-attr]
    assert a.coref.same_place(text.index("وبالمدينة")).name == "Kunming"  # type: ignore[union-attr]


@pytest.mark.parametrize("word", ["ذاتها", "نفسها", "عينها"])
def test_every_word_of_sameness_refers_back_to_the_last_city(word: str) -> None:
    # عينها is as much "the same" as ذاتها and نفسها (في المدينة عينها).
    text = f"عقد الوفدان جولتهما الأولى في إسطنبول، ثم التقيا ثانية في المدينة {word} بعد شهر"
    place = analyse_places(text).coref.same_place(text.index("المدينة"))
    assert place is not None
    assert (place.name, place.text) == ("Istanbul", f"المدينة {word}")


def test_the_city_of_a_country_is_the_last_city_of_that_country() -> None:
    text = "التقى الوفدان في إسطنبول، ثم زارا كونمينغ، واتفقا على الالتقاء مجددا في المدينة التركية"
    a = analyse_places(text)
    place = a.coref.same_place(text.index("المدينة التركية"))
    assert place is not None
    assert (place.name, place.text) == ("Istanbul", "المدينة التركية")
    text = "عقدت الجولة في إسطنبول ثم انتقلت إلى العاصمة ذاتها"
    assert analyse_places(text).coref.same_place(text.index("العاصمة ذاتها")) is None
    text = "عقدت الجولة في أنقرة ثم في إسطنبول، وعادت إلى العاصمة ذاتها"
    place = analyse_places(text).coref.same_place(text.index("العاصمة ذاتها"))
    assert place is not None
    assert place.name == "Ankara"


def test_no_place_before_gives_nothing() -> None:
    text = "ستعقد الجولة في المدينة ذاتها التي استضافت إسطنبول"
    a = analyse_places(text)
    assert a.coref.same_place(text.index("المدينة ذاتها")) is None
    assert a.coref.same_place(text.index("الجولة")) is None
    text = "التقوا في إسطنبول ثم في المدينة الصينية"
    assert analyse_places(text).coref.same_place(text.index("المدينة الصينية")) is None


def test_the_region_alone_is_the_last_region_named() -> None:
    text = "تمسكت أنقرة بمقاطعة يونان، وقالت إن الإقليم جزء من أراضيها، ثم زارت كونمينغ"
    a = analyse_places(text)
    place = a.coref.same_place(text.index("الإقليم"))
    assert place is not None
    assert (place.name, place.text) == ("Yunnan", "الإقليم")
    text = "قبل أن تعقد الجولة في الإقليم المتنازع عليه"
    assert analyse_places(text).coref.same_place(text.index("الإقليم")) is None


def test_the_same_city_with_an_adjective() -> None:
    text = "جلس الطرفان للمرة الأولى في كونمينغ، ثم استؤنفت المحادثات في المدينة الساحلية ذاتها"
    place = analyse_places(text).coref.same_place(text.index("المدينة الساحلية ذاتها"))
    assert place is not None
    assert (place.name, place.text) == ("Kunming", "المدينة الساحلية ذاتها")


def test_feminine_title_heads_are_heads() -> None:
    # The definite feminine of a listed title is a title head too (النائبة، المنسقة، القيادية).
    heads = set(Analysis(Document("نص"), small_resources()).lexicon("title_heads"))
    for word in ("النائبه", "المنسقه", "القياديه", "العضوه", "القايده"):
        assert word in heads or mention_key(word) in {mention_key(h) for h in heads}, word


def test_a_city_noun_with_an_adjective_of_no_country_is_the_last_city() -> None:
    text = "عقدت الجولة الأولى في إسطنبول، ثم احتضنت المدينة الساحلية جولة ثانية"
    place = analyse_places(text).coref.same_place(text.index("المدينة الساحلية"))
    assert place is not None
    assert (place.name, place.text) == ("Istanbul", "المدينة الساحلية")
    # An unknown adjective that may be a demonym guesses nothing.
    text = "عقدت الجولة الأولى في إسطنبول، ثم احتضنت المدينة الكورية جولة ثانية"
    assert analyse_places(text).coref.same_place(text.index("المدينة الكورية")) is None
