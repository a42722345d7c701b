"""Rounds grouping (``negotext.extractors.round_grouping``): which mentions are one round.

Several mentions of one round in an article are one record; two rounds stay two. Sentences
here are composed for the tests (Ethiopia, Colombia, Mozambique, Nagorno-Karabakh, Cyprus …),
not taken from any corpus article.
"""

from __future__ import annotations

import pytest

from negotext.analysis import Analysis
from negotext.document import Document
from negotext.extractors.rounds import find_rounds
from negotext.records import Round, RoundStatus


def rounds_of(text: str, published: str | None = "2025-06-01") -> list[Round]:
    return find_rounds(Analysis(Document(text, published=published)))


def keys(text: str) -> list[tuple[str, int | None, str | None]]:
    return sorted(
        ((r.status.value, r.ordinal, r.place.name if r.place else None) for r in rounds_of(text)),
        key=repr,
    )


# -- the ordinal a sentence gives the round it tells ------------------------------------


def test_a_round_counted_later_in_its_own_sentence_takes_that_ordinal() -> None:
    text = (
        "استأنف وفدا الحكومة الإثيوبية وجبهة تحرير تيغراي، صباح الأربعاء، مفاوضات مباشرة "
        "في نيروبي برعاية كينية، في ما وصفه مراقبون بأنه الجولة الخامسة من المسار منذ بدء النزاع."
    )
    assert keys(text) == [("held", 5, "Nairobi")]


def test_a_round_told_after_then_is_another_round() -> None:
    """ثم opens what happened next: the summit counted first and the signing after it are
    two rounds, and the first keeps its ordinal without the later one's venue."""
    text = (
        "والتقى الرئيسان في أول قمة بينهما منذ عشر سنوات، ثم وقّع الاثنان في الرباط "
        "اتفاق سلام برعاية أممية."
    )
    assert keys(text) == [("held", 1, None), ("held", None, "Rabat")]


def test_a_round_named_after_a_then_phrase_is_the_one_told() -> None:
    text = (
        "واجتمع وزير الخارجية العماني بوفد المتمردين، ثم بالمبعوث الأممي، في إطار "
        "المحادثات غير المباشرة التي تستضيفها مسقط منذ أسبوع."
    )
    assert keys(text) == [("held", None, "Muscat")]


def test_the_ordinal_of_a_where_clause_keeps_a_later_round_apart() -> None:
    text = (
        "وانتقلت المفاوضات بين الحكومة الإثيوبية والمتمردين إلى أروشا في مطلع الشهر، حيث "
        "استمرت الجولة الثانية ثلاثة أيام قبل أن تتوقف.\n\n"
        "أما الجولة الثالثة، التي انعقدت في العاشر والحادي عشر من الشهر، فقد انتهت دون اتفاق."
    )
    found = {(r.status, r.ordinal) for r in rounds_of(text)}
    assert found == {(RoundStatus.HELD, 2), (RoundStatus.HELD, 3)}
    (second,) = [r for r in rounds_of(text) if r.ordinal == 2]
    assert second.place is not None
    assert second.place.name == "Arusha"


def test_an_ordinal_of_another_venue_is_not_the_round_told() -> None:
    text = (
        "عقدت حكومة موزمبيق والمعارضة المسلحة جولة محادثات في مابوتو يوم الخميس، "
        "بعد أسابيع من الجولة الثانية في لشبونة."
    )
    assert keys(text) == [("held", 2, "Lisbon"), ("held", None, "Maputo")]


def test_a_meeting_counted_in_apposition_and_recalled_is_one_record() -> None:
    text = (
        "اجتمع وزيرا خارجية أرمينيا وأذربيجان في ألماتي يوم الاثنين، وهو أول اجتماع مباشر "
        "بينهما منذ اندلاع الأزمة أواخر العام الماضي.\n"
        "وأسفر الاجتماع، بحسب بيان مشترك صدر صباح الثلاثاء، عن تشكيل لجنة حدودية."
    )
    assert keys(text) == [("held", 1, "Almaty")]


# -- a round recalled with a date long before the article ---------------------------------


def test_a_meeting_recalled_at_the_same_venue_months_back_is_another_round() -> None:
    text = (
        "انطلقت صباح اليوم في جنيف جولة جديدة من المحادثات بين وفدي أرمينيا وأذربيجان "
        "برعاية أوروبية.\n\n"
        "ويعود آخر لقاء بين وزيري خارجية البلدين في جنيف إلى مارس 2023."
    )
    found = sorted(rounds_of(text), key=lambda r: r.evidence.start)
    assert [(r.status, r.place.name if r.place else None) for r in found] == [
        (RoundStatus.HELD, "Geneva"),
        (RoundStatus.HELD, "Geneva"),
    ]
    assert found[1].date is not None
    assert "2023" in found[1].date.text


def test_a_meeting_held_before_at_the_venue_of_an_undated_round_stays_apart() -> None:
    text = (
        "عقد وفدا الحكومة القبرصية والقبارصة الأتراك جولة محادثات في نيقوسيا.\n\n"
        "وسبق ذلك اجتماع لوزيري الخارجية في نيقوسيا في أكتوبر 2023 لم يسفر عن نتيجة."
    )
    assert len(rounds_of(text)) == 2


def test_the_same_round_told_again_at_its_venue_joins_it() -> None:
    text = (
        "عقد وفدا الحكومة القبرصية والقبارصة الأتراك جولة محادثات في نيقوسيا يوم الأحد.\n\n"
        "وقال دبلوماسي إن اجتماع نيقوسيا كان إيجابياً."
    )
    assert keys(text) == [("held", None, "Nicosia")]


def test_an_indefinite_round_with_an_ordinal_after_in_names_the_event_of_its_clause() -> None:
    text = (
        "جلس ممثلو الحكومة الفلبينية والجبهة الوطنية الديمقراطية للمرة الأولى في أوسلو "
        "برعاية نرويجية.\n\n"
        "وبعد أشهر، استؤنفت المحادثات في العاصمة النرويجية ذاتها في جولة ثانية انضم إليها "
        "مراقبون أوروبيون."
    )
    assert keys(text) == [("held", 1, "Oslo"), ("held", 2, "Oslo")]


# -- dates of different units ---------------------------------------------------------------


def test_a_month_and_a_day_in_it_are_one_date() -> None:
    text = (
        "وسطاء: محادثات أديس أبابا بين الحكومة الصومالية وأرض الصومال الشهر المقبل\n\n"
        "أعلن الاتحاد الأفريقي أن وفدي الحكومة الصومالية وأرض الصومال سيستأنفان المحادثات "
        "في أديس أبابا في 12 يوليو المقبل برعاية إثيوبية."
    )
    (found,) = rounds_of(text)
    assert found.status is RoundStatus.PLANNED
    assert len(found.mentions) == 1  # the headline's mention joins the body's round


def test_the_extent_of_a_date_follows_its_unit_and_part() -> None:
    import datetime

    from negotext.extractors.round_grouping import _dates_conflict
    from negotext.records import DateRef, Span

    def ref(text: str, value: datetime.date) -> DateRef:
        return DateRef(text, Span(0, len(text)), value)

    july = ref("الشهر المقبل", datetime.date(2025, 7, 1))
    assert not _dates_conflict(july, ref("12 يوليو", datetime.date(2025, 7, 12)))
    assert _dates_conflict(july, ref("20 أغسطس", datetime.date(2025, 8, 20)))
    late = ref("أواخر العام", datetime.date(2025, 1, 1))
    assert not _dates_conflict(late, ref("10 نوفمبر", datetime.date(2025, 11, 10)))
    assert _dates_conflict(late, ref("16 و17 يوليو", datetime.date(2025, 7, 16)))
    late_june = ref("أواخر الشهر الجاري", datetime.date(2025, 6, 1))
    assert _dates_conflict(late_june, july)  # the end of one month is not the next one
    week = ref("الأسبوع المقبل", datetime.date(2025, 7, 7))
    assert not _dates_conflict(week, ref("يوم 14 يوليو", datetime.date(2025, 7, 14)))
    assert _dates_conflict(week, ref("يوم 25 يوليو", datetime.date(2025, 7, 25)))


# -- one statement, one round ----------------------------------------------------------------


def test_two_round_nouns_of_one_statement_are_one_round() -> None:
    text = (
        "عقد وفدا إثيوبيا وإريتريا جولة محادثات في نيروبي.\n\n"
        'وقالت مصادر مطلعة على المشاورات إن أنقرة "لا تمانع في استضافة جولة ختامية في '
        'إسطنبول" لتوقيع الاتفاق.'
    )
    assert keys(text) == [("held", None, "Nairobi"), ("possible", None, "Istanbul")]


# -- the learned model's last resort beside a round told in the same sentence -----------


def test_a_round_named_by_its_ordinal_after_the_rounds_counted_is_one_of_its_own() -> None:
    text = (
        "أجرت الحكومة السودانية والحركة الشعبية أربع جولات من المحادثات منذ عام 2020، "
        "وكانت الجولة الثانية في أديس أبابا الأكثر توتراً."
    )
    assert ("held", 2, "Addis Ababa") in keys(text)


def test_a_round_with_another_ordinal_and_venue_in_the_same_sentence_is_kept() -> None:
    text = (
        "اختتمت في جنيف الجولة الرابعة من المحادثات بين جورجيا وروسيا، وكانت الجولة الثالثة "
        "في فيينا الأكثر توتراً."
    )
    assert keys(text) == [("held", 3, "Vienna"), ("held", 4, "Geneva")]
    text = (
        "عقد وفدا أرمينيا وأذربيجان اجتماعاً في تبليسي يوم الاثنين، وكان اجتماعهما الخامس "
        "في ألماتي هو الأطول."
    )
    assert keys(text) == [("held", 5, "Almaty"), ("held", None, "Tbilisi")]


# -- a round offered after a round held -------------------------------------------------


def test_a_meeting_offered_after_talks_held_is_a_proposal_of_its_own() -> None:
    text = (
        "اختتم وفدا أرمينيا وأذربيجان جولة محادثات في ألماتي يوم الخميس.\n\n"
        "وقال رئيس الوزراء الأرميني إنه مستعد للقاء الرئيس الأذربيجاني في أي مكان."
    )
    assert keys(text) == [("held", None, "Almaty"), ("proposed", None, None)]
    text = (
        "انتهى اجتماع اللجنة العسكرية بين صربيا وكوسوفو في بروكسل مساء الأربعاء. "
        "واقترح الجانب الصربي نقل المحادثات إلى مستوى سياسي أعلى."
    )
    assert keys(text) == [("held", None, "Brussels"), ("proposed", None, None)]


# -- lists joined by the conjunctions of sequence ------------------------------------------


def test_items_of_a_list_joined_by_thumma_and_fa_are_rounds() -> None:
    text = (
        "عقد وفدا أرمينيا وأذربيجان الجولة الأولى من محادثات ترسيم الحدود في ألماتي في مارس "
        "2024، ثم الثانية في تبليسي في مايو 2024، فالثالثة في جنيف في يوليو 2024."
    )
    assert keys(text) == [
        ("held", 1, "Almaty"),
        ("held", 2, "Tbilisi"),
        ("held", 3, "Geneva"),
    ]


def test_an_undated_item_between_past_items_of_a_bare_list_is_held() -> None:
    text = (
        "عقدت الحكومة الفلبينية والمتمردون الشيوعيون أولى جولات المحادثات في أوسلو، "
        "وتلتها أربع جولات: الثانية في روما في 10 أبريل 2024، والثالثة في أوسلو في 2 مايو "
        "2024، ثم الرابعة في لاهاي، فالخامسة في روما في 20 يونيو 2024."
    )
    found = keys(text)
    assert ("held", 4, "The Hague") in found
    assert ("held", 5, "Rome") in found
    text = text.split("، فالخامسة")[0] + "."
    assert keys(text) == [("held", 1, "Oslo"), ("held", 2, "Rome"), ("held", 3, "Oslo")]


# -- a signing told in the pluperfect ---------------------------------------------------


def test_an_agreement_signed_in_the_pluperfect_is_an_earlier_round_than_the_one_told() -> None:
    told = "اختتمت في أديس أبابا جولة جديدة من المحادثات بين الحكومة الإثيوبية وجيش تحرير أورومو."
    earlier = (
        "وكان الطرفان قد وقعا في التاسع عشر من يوليو في أديس أبابا إعلان مبادئ نص على وقف "
        "الأعمال العدائية."
    )
    found = rounds_of(f"{told}\n\n{earlier}", published="2025-09-22")
    assert len(found) == 2
    assert {r.status for r in found} == {RoundStatus.HELD}
    # told in the past simple, the signing is the round's own outcome: one round
    same = earlier.replace("وكان الطرفان قد وقعا", "ووقع الطرفان")
    assert len(rounds_of(f"{told}\n\n{same}", published="2025-09-22")) == 1


def test_an_agreement_signed_months_back_at_the_rounds_venue_is_a_round_of_its_own() -> None:
    text = (
        "عقد وفد الحكومة السودانية ووفد الحركة الشعبية اجتماعاً في جوبا لبحث تنفيذ الاتفاق "
        "الذي وقعه الطرفان في جوبا في الثالث من مارس 2025."
    )
    assert len(rounds_of(text, published="2025-10-07")) == 2
    # signed days before, it may be the meeting's own outcome: one round
    recent = text.replace("مارس", "أكتوبر")
    assert len(rounds_of(recent, published="2025-10-07")) == 1


def test_a_date_told_as_yesterday_or_gone_by_is_past_whatever_the_publication_date() -> None:
    from negotext.extractors.round_grouping import _past
    from negotext.extractors.rounds.reader import _told_past
    from negotext.records import DateRef, Span

    for words, past in [
        ("أمس الخميس", True),
        ("البارحة", True),
        ("الشهر المنصرم", True),
        ("الأسبوع الماضي", True),
        ("الخميس المقبل", False),
    ]:
        date = DateRef(words, Span(0, len(words)), None)
        assert (_past(date), _told_past(date)) == (past, past), words


# -- a plural with its venues -----------------------------------------------------------------


def test_a_plural_counting_other_rounds_than_its_venues_has_no_venue() -> None:
    """خمس جولات في X وY: a plural that counts more rounds than it names venues says no
    venue is one round's; it is one held round with no venue, not a round at each."""
    text = (
        "وشهد مسار المفاوضات بين الحكومة الفلبينية والمتمردين الشيوعيين خمس جولات رسمية "
        "بين 2016 و2017 في أوسلو وروما وأمستردام."
    )
    assert keys(text) == [("held", None, None)]
    text = (
        "وقال عضو الوفد الكردي: عقدنا حتى الآن أربع جولات من المفاوضات في بغداد وأربيل "
        "منذ تشكيل اللجنة."
    )
    assert [r.place for r in rounds_of(text)] == [None]


def test_a_plural_that_counts_nothing_names_no_round_at_each_venue() -> None:
    """اجتماعات في X وY، تعثر جولات X وY: an indefinite plural with no count says where some
    of its rounds met; it is no round at each venue, and none of them is its own."""
    text = (
        "ومنذ عام 2019 عقدت لجنة المراقبة بين موزمبيق ومتمردي رينامو اجتماعات "
        "متفرقة في مابوتو وبيرا ونامبولا."
    )
    assert all(r.place is None for r in rounds_of(text))
    text = (
        "وقال المفاوض الكولومبي: عقدنا جولات مع جيش التحرير الوطني في هافانا وكاراكاس "
        "بين 2017 و2019، ثم توقف كل شيء."
    )
    assert all(r.place is None for r in rounds_of(text))
    text = (
        "وكان الخلاف على الحدود السبب الرئيسي في تعثر جولات نيروبي وأديس أبابا صيف 2023، "
        "حين رفض الطرفان مقترح الوسطاء."
    )
    assert all(r.place is None for r in rounds_of(text))
    text = "وعقد الطرفان جولات سابقة بين إريتريا وجيبوتي في الدوحة وأسمرة."
    assert all(r.place is None for r in rounds_of(text))
    # a set told with the article, or counted by a dual, keeps a round at each venue
    text = "وكانت الجولات السابقة بين صربيا وكوسوفو قد عُقدت في بروكسل وأوهريد خلال العام الماضي."
    places = sorted(r.place.name for r in rounds_of(text) if r.place is not None)
    assert places == ["Brussels", "Ohrid"]


def test_a_plural_counting_as_many_rounds_as_venues_is_a_round_at_each() -> None:
    text = "وتأتي الجولة بين أرمينيا وأذربيجان بعد لقاءين في جنيف ونيويورك خلال العام الماضي."
    places = sorted(r.place.name for r in rounds_of(text) if r.place is not None)
    assert places == ["Geneva", "New York City"]
    text = "وعُقدت الجولات الثلاث السابقة بين إثيوبيا ومصر في الخرطوم والقاهرة وأديس أبابا."
    places = sorted(r.place.name for r in rounds_of(text) if r.place is not None)
    assert places == ["Addis Ababa", "Cairo", "Khartoum"]


def test_an_ordinal_after_a_count_names_one_of_the_rounds_counted() -> None:
    """أربع جولات …، وكانت الأولى في …، وهي أول محادثات …: the ordinal names one of the
    rounds counted, not the count, which is a held round with no place in a series."""
    text = (
        "واستضافت نيروبي بين عامي 2019 و2020 أربع جولات من الحوار بين الحكومة الصومالية "
        "وإدارة بونتلاند برعاية كينية، وكانت الأولى في الخامس من آذار/مارس 2019، وهي أول "
        "محادثات مباشرة بين الطرفين منذ اندلاع الأزمة."
    )
    found = rounds_of(text)
    assert sorted((r.ordinal for r in found), key=repr) == [1, None]
    count = next(r for r in found if r.ordinal is None)
    assert count.place is not None
    assert count.place.name == "Nairobi"
    assert "الأولى" not in count.evidence.slice(text)


# -- a date two mentions read -----------------------------------------------------------------


def test_a_date_read_by_two_mentions_is_the_nearer_ones() -> None:
    """وجاء اجتماع X بعد اجتماع سابق عُقد في Y في سبتمبر الماضي: the date is the meeting in
    Y's; the meeting in X keeps the date it was told with and is the round told before."""
    text = (
        "اختتمت لجنة المراقبة المشتركة بين حكومة جنوب السودان والمعارضة، أمس الثلاثاء، "
        "اجتماعها في مدينة أروشا التنزانية بحضور الوسطاء.\n\n"
        "وجاء اجتماع أروشا بعد اجتماع سابق عُقد في كمبالا في سبتمبر الماضي، "
        "ناقش ملف نزع السلاح."
    )
    found = rounds_of(text, published="2025-11-05")
    assert sorted((r.place.name if r.place else None, r.date and r.date.text) for r in found) == [
        ("Arusha", "أمس الثلاثاء"),
        ("Kampala", "سبتمبر الماضي"),
    ]


# -- a verb of meeting told with a date of its own -------------------------------------------


@pytest.mark.parametrize(
    "earlier",
    [
        "وكان كبيرا المفاوضين قد اجتمعا في فيينا في يوليو الماضي، من دون اتفاق.",
        "وكان كبيرا المفاوضين قد تفاوضا طويلاً في بروكسل، قبل أن يلتقيا مجدداً في فيينا "
        "في يوليو الماضي.",
    ],
)
def test_a_verb_of_meeting_months_back_is_another_round_than_the_news(earlier: str) -> None:
    """A live page tells its latest entry first: the round that ended and the round that
    began this morning are one; a meeting of the negotiators at the same venue in July,
    told by a verb, is an earlier round, as an indefinite noun dated months back is."""
    text = (
        "١٨:٠٠\nاختتمت في فيينا جولة المحادثات بين صربيا وكوسوفو، وقال المبعوث الأوروبي "
        "إنها كانت بناءة.\n\n١٠:١٥\n" + earlier + "\n\n٠٩:٠٠\nبدأت في العاصمة النمساوية "
        "فيينا صباح اليوم جولة جديدة من المحادثات بين صربيا وكوسوفو."
    )
    found = rounds_of(text, published="2025-11-20")
    today = [r for r in found if r.date is not None and r.date.text == "صباح اليوم"]
    assert len(found) == 2
    assert len(today) == 1
    told = [text[s.start : s.end] for s in (today[0].evidence, *today[0].mentions)]
    assert any(t.startswith("اختتمت") for t in told)


# -- a round at the same venue "too" ---------------------------------------------------------


def test_a_round_told_at_a_venue_too_is_another_round_there() -> None:
    """«وكانت هناك جولة في جنيف أيضاً في 12 مارس»: "also" after the venue sets the round
    beside the one told there before, though nothing else (an ordinal, a date of the round
    told) keeps them apart."""
    text = (
        "اختتمت في جنيف جولة المحادثات بين أرمينيا وأذربيجان برعاية سويسرية، وهي أول جولة "
        "مباشرة بين الطرفين منذ الحرب. وكانت هناك جولة في جنيف أيضاً في 12 مارس، لكنها "
        "انتهت دون نتائج."
    )
    found = rounds_of(text, published="2025-04-01")
    told = sorted(((r.ordinal, r.place.name if r.place else None) for r in found), key=repr)
    assert told == [(1, "Geneva"), (None, "Geneva")]


# -- a round told as the one another came after -------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "وعاد وفدا الحكومة الموزمبيقية والمتمردين يوم الثلاثاء إلى فندق في مابوتو، في "
            "الجولة الثالثة من المحادثات بعد جولة 12 أبريل. وأسفرت المحادثات عن اتفاق على "
            "تبادل الأسرى.",
            [("held", 3, "Maputo"), ("held", None, "Maputo")],
        ),
        (
            "ورجع المفاوضون من الجانبين أمس إلى قاعة المؤتمرات في كيغالي، في الاجتماع الرابع "
            "للجنة المشتركة عقب اجتماع 3 مارس.",
            [("held", 4, "Kigali"), ("held", None, "Kigali")],
        ),
    ],
)
def test_a_round_told_before_the_one_it_came_after_is_another_round(
    text: str, expected: list[tuple[str, int | None, str | None]]
) -> None:
    """«في الجولة الثالثة بعد جولة 12 أبريل»: the round the sentence counts does not join the
    earlier round told after it with بعد / عقب, though they share the sentence's venue."""
    assert keys(text) == sorted(expected, key=repr)


def test_the_meeting_said_to_come_after_rounds_is_the_one_told_before() -> None:
    """«ويأتي الاجتماع بعد جولتين»: a definite noun that says nothing of its own is the
    meeting just told, not a round of its own beside the earlier rounds."""
    text = (
        "وعقدت لجنة الحدود المشتركة بين كمبوديا وتايلاند اجتماعها الخامس في بنوم بنه اليوم. "
        "ويأتي الاجتماع بعد جولتين عقدتا في بانكوك في مارس الماضي."
    )
    assert [k for k in keys(text) if k[1] == 5] == [("held", 5, "Phnom Penh")]
    assert len(rounds_of(text)) <= 2


# -- a meeting of leaders and a round of the delegations ---------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "واقترحت الرئاسة الكينية عقد لقاء بين الرئيسين الإثيوبي والإريتري قبل نهاية العام. "
        "وقال وزير الخارجية الكيني إن نيروبي «مستعدة لاستضافة الجولة المقبلة في أي وقت».",
        "وعرضت أنغولا استضافة اجتماع جديد بين رئيسي الكونغو ورواندا، فيما دعا الاتحاد "
        "الأفريقي إلى اجتماع عاجل للجنة المشتركة على مستوى وزيري الخارجية.",
        "وقال المبعوث النرويجي إن الجولة المقبلة ستعقد خلال أسابيع، مقترحاً أن تتوج "
        "المحادثات بلقاء يجمع الرئيس الكولومبي وقائد المتمردين.",
    ],
)
def test_a_meeting_of_leaders_and_a_round_of_delegations_are_two_rounds(text: str) -> None:
    """A summit of the leaders offered or planned (لقاء بين الرئيسين، لقاء يجمع الرئيس …)
    and the next round of the delegations' talks (الجولة المقبلة، اجتماع للجنة على مستوى
    الوزراء) are two rounds, though neither is held and neither has a venue."""
    assert len(rounds_of(text)) == 2


def test_a_summit_told_again_is_still_one_round() -> None:
    """The level tells two rounds apart only when each mention tells its own: the summit
    proposed and the meeting told again by a bare noun are one."""
    text = (
        "واقترحت قطر عقد قمة بين الرئيسين الأفغاني والباكستاني في الدوحة. "
        "وقال مسؤول إن اللقاء المقترح قد يعقد الشهر المقبل."
    )
    assert len(rounds_of(text)) == 1


# -- a round dated to come is not the round held ------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "واختتمت في مسقط مساء الخميس جولة من المحادثات بين الحكومة والمتمردين بوساطة عمانية. "
        "وقال الوسيط إن الطرفين اتفقا على تبادل الأسرى، على أن يُبحث ملف الحدود في اجتماع "
        "موسع للطرفين والوسطاء في مسقط الأسبوع المقبل بحضور المبعوث الأممي.",
        "واختتمت في أروشا جولة من المحادثات بين الحكومة والمتمردين. وعن جولة جديدة في أروشا "
        "الأسبوع المقبل قال الوسيط إن الموعد لم يحدد.",
    ],
)
def test_a_round_dated_to_come_does_not_join_the_round_held_there(text: str) -> None:
    """A mention with no cue of its own and a date still to come (الأسبوع المقبل) is not the
    round held at its venue: it is a round of its own, planned."""
    assert sorted(r.status.value for r in rounds_of(text)) == ["held", "planned"]


# -- a party accepting the round it is invited to -----------------------------------------


def test_accepting_the_round_invited_to_is_that_round() -> None:
    """«مستعدة للمشاركة في جولة أوسلو» accepts the round the hosts plan: one round, not an
    offer of another."""
    text = (
        "وأعلنت النرويج والمكسيك أنهما تعتزمان استضافة جولة جديدة من المحادثات بين الحكومة "
        "والمتمردين في أوسلو الشهر المقبل. ورحبت الحركة بالدعوة، وقالت إنها مستعدة للمشاركة "
        "في جولة أوسلو دون شروط."
    )
    assert keys(text) == [("planned", None, "Oslo")]


def test_accepting_names_no_venue_of_its_own() -> None:
    """An acceptance that names a venue the invitation does not stays apart (the venue may be
    another round's, العودة إلى الطاولة من حيث توقفت في X, or a counter-offer)."""
    text = (
        "وأعلن الاتحاد الأفريقي أنه يعتزم استضافة جولة جديدة من المحادثات بين الحكومة "
        "والمعارضة الشهر المقبل. ورحبت المعارضة بالدعوة، وقالت إنها مستعدة للمشاركة في جولة "
        "لومي دون شروط."
    )
    assert len(rounds_of(text)) == 2


# -- a definite noun takes up its own noun ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "اختتمت في أديس أبابا مساء الأربعاء جولة جديدة من المفاوضات بين الحكومة السودانية "
            "والحركة الشعبية بوساطة أفريقية، على أن تستأنف المحادثات في جوبا مطلع الشهر "
            "المقبل. وكانت الجولة، وهي الرابعة منذ بدء الوساطة، قد تعثرت بسبب الخلاف على "
            "الترتيبات الأمنية.",
            [("held", 4, "Addis Ababa"), ("planned", None, "Juba")],
        ),
        (
            "عقد وفدا أذربيجان وأرمينيا اجتماعا في ألماتي يوم الثلاثاء، على أن تستأنف "
            "المحادثات في موسكو الأسبوع المقبل. وكان الاجتماع، وهو الثالث هذا العام، قد تناول "
            "ترسيم الحدود.",
            [("held", 3, "Almaty"), ("planned", None, "Moscow")],
        ),
    ],
)
def test_a_definite_noun_counted_names_the_round_told_with_its_noun(
    text: str, expected: list[tuple[str, int | None, str | None]]
) -> None:
    """«وكانت الجولة، وهي الرابعة» counts the جولة just held, not the talks told last that
    resume next month: a definite noun takes up a round told with its own noun."""
    assert keys(text) == sorted(expected, key=repr)


# -- an offer and a possibility --------------------------------------------------------------


def test_an_offer_and_a_possibility_told_apart_are_two_rounds() -> None:
    """اقترح X عقد لقاء … (another paragraph) … قد يلتقي وزيرا الخارجية في Y: an offer and a
    possibility told sentences apart are two meetings, not one round of the "maybe" class."""
    text = (
        "اقترح الاتحاد الأفريقي عقد لقاء بين رئيسي إثيوبيا وإريتريا برعاية كينية.\n\n"
        "وفي ملف آخر، تواصل القتال في إقليم أمهرة بين الجيش والميليشيات المحلية.\n\n"
        "وقال دبلوماسيون إن وزيري خارجية البلدين قد يلتقيان في نيروبي الشهر المقبل."
    )
    assert keys(text) == [("possible", None, "Nairobi"), ("proposed", None, None)]


def test_an_offer_and_its_possibility_told_right_after_are_one_round() -> None:
    text = (
        "وقال الرئيس الأرميني إنه مستعد للقاء الرئيس الأذربيجاني في أي وقت. "
        "وأضاف أن اللقاء ممكن قبل نهاية العام."
    )
    assert [r.status for r in rounds_of(text)] == [RoundStatus.PROPOSED]


# -- a round held and the date it was first set for ------------------------------------------


def test_a_round_held_and_its_first_date_called_off_are_two_records() -> None:
    """اختُتمت الجولة الثالثة مساء الأحد … وكانت الجولة الثالثة مقررة أصلاً في مارس الماضي قبل
    أن تُرجأ: the round held on its date and the date it was first set for and called off
    are two records, as a postponed round given a new date is (its cancelled record for the
    old date and the round on the new one); with no other date told, the later news of its
    postponement is the round's."""
    text = (
        "اختتمت في العاصمة التنزانية دار السلام، مساء الأحد، الجولة الثالثة من المحادثات بين "
        "حكومة موزمبيق ومتمردي رينامو.\n\n"
        "وكانت الجولة الثالثة مقررة أصلاً في مارس الماضي، قبل أن تُرجأ بطلب من الحكومة."
    )
    found = rounds_of(text, published="2025-06-10")
    assert sorted((r.status.value, r.ordinal) for r in found) == [("cancelled", 3), ("held", 3)]
    text = (
        "ومن المقرر أن تُعقد الجولة الرابعة بين الحكومة الموزمبيقية ورينامو في مابوتو الأسبوع "
        "المقبل.\n\nوأعلن الوسيط لاحقاً تأجيل الجولة الرابعة إلى موعد لم يحدد."
    )
    found = rounds_of(text, published="2025-06-10")
    assert [(r.status.value, r.ordinal) for r in found] == [("cancelled", 4)]


# -- a new round in a paragraph of its own -----------------------------------------------------


def test_an_indefinite_round_with_its_venue_in_a_later_paragraph_is_a_round_of_its_own() -> None:
    """A weekly summary tells each conflict in its paragraph: a round named anew with a venue
    and another noun, paragraphs after a round told with none, is not that round."""
    text = (
        "اختتمت في جنيف أول جولة من المشاورات بين الحكومة اليمنية والحوثيين، وأعلن المبعوث "
        "الأممي أن جولة ثانية ستعقد في مايو المقبل دون أن يحدد مكانها.\n\n"
        "وفي ملف آخر، حددت بعثة الاتحاد الأفريقي العاشر من مايو موعداً لاجتماع لجنة المراقبة "
        "المشتركة بين السودان وجنوب السودان في جوبا."
    )
    found = rounds_of(text, published="2025-04-01")
    assert sorted(((r.ordinal, r.place.name if r.place else None) for r in found), key=repr) == [
        (1, "Geneva"),
        (2, None),
        (None, "Juba"),
    ]


def test_a_verb_of_meeting_joins_the_round_its_own_sentence_tells() -> None:
    """لتستضيف جولة فنية ثانية، التقى خلالها …: the meeting of the verb is the round told in
    its sentence, not the first round of the article it could also be."""
    text = (
        "واختتم الوفدان الصومالي والإثيوبي في أنقرة أول لقاء مباشر بينهما منذ الأزمة. وقال "
        "الوسيط التركي عقب الاجتماع إن المحادثات كانت بناءة.\n\n"
        "ثم عادت أنقرة لتستضيف جولة فنية ثانية، التقى خلالها الوسيط بالوفدين في قاعة منفصلة."
    )
    found = {r.ordinal: r for r in rounds_of(text, published="2025-04-01")}
    assert sorted(found, key=repr) == [1, 2]
    assert "التقى" in [m.slice(text) for m in found[2].mentions] + [found[2].evidence.slice(text)]


def test_a_round_dated_in_a_year_told_before_is_not_this_weeks_round() -> None:
    """في يونيو من العام نفسه dates a round in the year the story told just before: the
    narrative's past, not the round held this week at the same venue (مساء الثلاثاء), even in
    an article with no publication date."""
    text = (
        "اختتمت في العاصمة الإثيوبية أديس أبابا، مساء الثلاثاء، الجولة الخامسة من المحادثات بين "
        "حكومة جنوب السودان والمعارضة المسلحة.\n\n"
        "وكان المسار قد انطلق في جوبا في مارس 2024، ومنها إلى أديس أبابا التي احتضنت جولة توقيع "
        "اتفاق الهدنة في يونيو من العام نفسه."
    )
    found = rounds_of(text, published=None)
    assert sorted((r.ordinal, r.place.name if r.place else None) for r in found if r.ordinal) == [
        (5, "Addis Ababa")
    ]
    assert len(found) == 2


# -- an offer and a possibility ---------------------------------------------------------


def test_an_offer_to_host_and_no_objection_to_another_round_are_two() -> None:
    """أبدت استعدادها لاستضافة جولة … وتركيا لا تمانع استضافة جولة ثالثة: proposed, then
    possible, each with its own host."""
    assert keys(
        "أبدت قطر استعدادها لاستضافة جولة تجمع الحكومة والمتمردين. وتركيا لا تمانع استضافة "
        "جولة ثالثة في أنقرة إذا نجحت الجولة الحالية."
    ) == [("possible", 3, "Ankara"), ("proposed", None, None)]


def test_an_offer_to_meet_someone_is_not_the_meeting_that_may_follow() -> None:
    """مستعد للقاء الرئيس …، ومن المحتمل أن يلتقيا في X: للقاء read definite off the name
    after it names no round told; the possibility is a round of its own."""
    assert keys(
        "س: متى يلتقي الزعيمان مجدداً؟\nج: رئيس الوزراء مستعد للقاء الرئيس الإريتري في أي وقت، "
        "ومن المحتمل أن يلتقيا على هامش قمة الاتحاد الأفريقي في أديس أبابا."
    ) == [("possible", None, "Addis Ababa"), ("proposed", None, None)]


def test_a_bare_definite_possibility_after_an_offer_is_that_offer() -> None:
    """مستعد للقاء … اللقاء ممكن: the bare definite noun names the meeting offered."""
    assert keys(
        "وأعلن الكرملين أن الرئيس الروسي مستعد للقاء نظيره الأوكراني. اللقاء ممكن إذا توافرت "
        "الشروط."
    ) == [("proposed", None, None)]


def test_a_round_that_may_be_held_after_an_offer_to_host_one_is_another_round() -> None:
    """عرضت X استضافة جولة …، فيما قد تُعقد جولة في Y: the indefinite noun of the hedge
    introduces another prospect beside the offer, whatever noun it shares with it."""
    assert keys(
        "وعرضت كينيا استضافة جولة مقبلة من المباحثات بين الحكومة الصومالية والمعارضة، فيما "
        "يرى دبلوماسيون أن جولة قد تُعقد في جيبوتي قبل نهاية الصيف."
    ) == [("possible", None, "Djibouti"), ("proposed", None, None)]


def test_a_meeting_set_against_an_offer_by_amma_is_another_round() -> None:
    """مستعدون لاستضافة مؤتمر … أما اللقاء الثنائي فقد يُعقد في X أو Y: أما sets the meeting
    apart from the conference offered, a round of its own."""
    found = rounds_of(
        "وأبدت تونس استعدادها لاستضافة مؤتمر مصالحة ليبي شامل قبل نهاية العام. أما اللقاء "
        "الثنائي بين الدبيبة وحفتر فقد يُعقد في الرباط أو القاهرة بعد الانتخابات."
    )
    assert sorted(r.status.value for r in found) == ["possible", "proposed"]


def test_a_round_named_by_its_venue_after_an_offer_is_still_that_offer() -> None:
    """مستعدة لاستضافة جولة … يرجح أن تُعقد جولة أديس أبابا المقبلة: a round named by its
    venue is one the reader knows, not a new prospect (the rule must not fire)."""
    assert keys(
        "وأبدت إثيوبيا استعدادها لاستضافة جولة جديدة من المحادثات في أديس أبابا. ويرجح "
        "مراقبون أن تُعقد جولة أديس أبابا المقبلة على مستوى الخبراء أولاً."
    ) == [("proposed", None, "Addis Ababa")]


def test_a_summit_proposed_after_a_possible_meeting_of_the_leaders_is_that_meeting() -> None:
    """من المحتمل أن يلتقي الرئيسان … وكان الوفد قد اقترح عقد قمة بين الزعيمين: the same
    meeting told the other way round (possible first, then the proposal), one round."""
    assert keys(
        "قالت الرئاسة الفرنسية إنه من المحتمل أن يلتقي الرئيس الأذربيجاني مع رئيس الوزراء "
        "الأرميني قريباً. وكان الوفد الأرميني قد اقترح الأسبوع الماضي عقد قمة بين الزعيمين "
        "لإنهاء الخلاف."
    ) == [("possible", None, None)]


# -- a leaders' summit and a committee's numbered meeting -------------------------------


def test_a_committees_numbered_meeting_is_not_the_summit_told_before() -> None:
    """القمة التي جمعت الرئيس … ورئيس الوزراء … and الاجتماع الخامس للجنتين: both held, the
    summit of leaders (رئيس الوزراء a leader's title, not ministers) and the fifth meeting
    of the committees, two rounds."""
    assert keys(
        "وكانت القمة التي جمعت الرئيس الإثيوبي ورئيس الوزراء الصومالي في نيروبي قد فتحت الباب "
        "أمام الحوار. وعقدت اللجنتان الفنيتان الاجتماع الخامس للجنتين الشهر الماضي."
    ) == [("held", 5, None), ("held", None, "Nairobi")]


# -- two verbs of meeting at one venue, each with its own pair of parties ----------------


def test_two_verbs_of_meeting_at_one_city_with_other_pairs_are_two_rounds() -> None:
    text = (
        "التقى وزير الخارجية المصري نظيره الإثيوبي في جيبوتي لبحث ملف السد.\n\n"
        "وبعد يومين، اجتمع وزيرا خارجية السودان وإريتريا في جيبوتي لمناقشة أمن الحدود."
    )
    assert keys(text) == [("held", None, "Djibouti"), ("held", None, "Djibouti")]


def test_a_verb_of_meeting_retelling_the_same_pair_joins_the_round() -> None:
    text = (
        "التقى وزير الخارجية المصري نظيره الإثيوبي في جيبوتي لبحث ملف السد.\n\n"
        "واجتمع الوزيران المصري والإثيوبي في جيبوتي لأكثر من ثلاث ساعات."
    )
    assert keys(text) == [("held", None, "Djibouti")]


# -- offers and meetings set before a round: rounds of their own ------------------------


def test_readiness_to_resume_after_a_meeting_called_off_is_an_offer_of_its_own() -> None:
    """«أُلغي اجتماع كان مقرراً … . أما الحكومة فأعلنت استعدادها لاستئناف المفاوضات»: the
    readiness offers talks still to agree on (CONVENTIONS rule 11), not the meeting called
    off (rule 9 keeps a called-off meeting and what replaces it apart)."""
    text = (
        "وفي أديس أبابا، أُلغي اجتماع كان مقرراً بين وفدي الحكومة والجبهة لبحث ملف الحدود. "
        "أما الجبهة، فأعلنت استعدادها لاستئناف المفاوضات في أي وقت."
    )
    assert keys(text) == [("cancelled", None, "Addis Ababa"), ("proposed", None, None)]


def test_a_meeting_set_before_a_planned_round_is_a_planned_round_of_its_own() -> None:
    """«اتفق الطرفان على عقد الاجتماع الخامس في نيروبي …، على أن يسبقه اجتماع لخبراء في
    كمبالا»: the experts' meeting comes first, planned as the fifth one, at its own venue; it
    is neither the fifth meeting nor the earlier meeting told at Kampala."""
    text = (
        "وكان الاجتماع الرابع قد عُقد في كمبالا في مارس الماضي. واتفق الطرفان على عقد "
        "الاجتماع الخامس في نيروبي الشهر المقبل، على أن يسبقه اجتماع لفريق من الخبراء في "
        "كمبالا."
    )
    assert keys(text) == [
        ("held", 4, "Kampala"),
        ("planned", 5, "Nairobi"),
        ("planned", None, "Kampala"),
    ]


def test_a_first_meeting_at_another_venue_is_not_the_first_round_told() -> None:
    """«عقد الطرفان أول اجتماع … في عمّان … . وفي مايو، زار السفير صنعاء، في أول لقاء علني …
    في العاصمة اليمنية منذ الحرب»: two firsts at two venues (the second counted since the
    war) are two rounds; an equal ordinal does not join a round held elsewhere."""
    text = (
        "عقد الطرفان أول اجتماع للجنة العسكرية في عمّان في مارس الماضي. وفي مايو، زار "
        "السفير صنعاء، في أول لقاء علني بين الجانبين في العاصمة اليمنية منذ الحرب."
    )
    assert keys(text) == [("held", 1, "Amman"), ("held", 1, "Sanaa")]


def test_a_meeting_counted_since_an_event_is_not_a_round_of_another_place_in_a_series() -> None:
    """«عقدت اللجنتان اجتماعهما التاسع …» then «التقى X وY في Z، في أول لقاء بينهما منذ …»:
    the count since an event names the meeting of its own sentence, another meeting than the
    ninth one told before, though the ninth has no venue and both were held."""
    found = rounds_of(
        "عقدت لجنتا الحدود الكينية والصومالية يوم الاثنين اجتماعهما التاسع في المنطقة "
        "الحدودية.\nوفي ملف آخر، التقى كبيرا مفاوضي الحكومة والمعارضة الخميس في جنيف بحضور "
        "المبعوث الأممي، في أول لقاء بينهما منذ تشكيل الحكومة الجديدة."
    )
    assert sorted((r.ordinal, r.place and r.place.name) for r in found) == [
        (1, "Geneva"),
        (9, None),
    ]


# -- the round under way told as ending or sitting again soon --------------------------------

#: A round under way in Kampala, opened the day before a Sunday's story.
_OPENED = (
    "انطلقت في كمبالا أمس السبت جولة جديدة من المحادثات بين حكومة بوروندي والمعارضة "
    "بوساطة أوغندية. "
)


@pytest.mark.parametrize(
    "sentence",
    [
        "ومن المنتظر أن تُختتم الجولة الحالية الخميس، بحسب مصدر في الوساطة.",
        "ويُتوقع أن يُختتم اللقاء مساء الأربعاء بإعلان مشترك.",
        "وقال مصدر في الوساطة إن الوفود ستعود إلى طاولة المحادثات صباح الغد.",
    ],
)
def test_the_round_under_way_told_as_closing_or_resuming_soon_is_that_round(
    sentence: str,
) -> None:
    assert keys(_OPENED + sentence) == [("held", None, "Kampala")]


def test_returning_to_the_table_next_month_is_a_round_of_its_own() -> None:
    text = _OPENED + "وقال مصدر في الوساطة إن الوفود ستعود إلى طاولة المحادثات الشهر المقبل."
    assert keys(text) == [("held", None, "Kampala"), ("planned", None, None)]


# -- a date in the words quoted after a round ----------------------------------------------


def test_a_date_in_words_quoted_after_the_round_is_not_its_date() -> None:
    text = (
        "اختتم وفدا حكومة موزمبيق والمعارضة أمس جولتهما الرابعة من المحادثات في جيبوتي. "
        "وقال رئيس الوفد الحكومي للصحفيين بعد الاجتماع: «لن نتراجع عن اتفاق عام 2019»."
    )
    assert keys(text) == [("held", 4, "Djibouti")]


def test_a_date_right_after_the_round_outside_a_quote_is_still_its_date() -> None:
    text = (
        "وكان وفدا حكومة موزمبيق والمعارضة قد عقدا جولة أولى في جيبوتي في مارس 2023، "
        "وقال رئيس الوفد الحكومي بعدها: «لن نتراجع»."
    )
    [found] = rounds_of(text)
    assert found.date is not None
    assert "2023" in found.date.text


# -- a count since an event and a round called off ---------------------------------------


def test_a_count_since_an_event_does_not_join_a_round_called_off() -> None:
    """هذا هو اللقاء الأول … منذ …: the meeting that sits today, not the date put off."""
    text = (
        "بدأ وزيرا خارجية إثيوبيا وإريتريا صباح اليوم اجتماعهما في نيروبي. وكان الاجتماع "
        "مقرراً أصلاً في العاشر من مارس، قبل أن يُؤجَّل بطلب من أسمرة. وقال الوسيط الكيني "
        "إن هذا هو اللقاء الأول بين الوزيرين منذ اندلاع الأزمة."
    )
    assert keys(text) == [("cancelled", None, None), ("held", 1, "Nairobi")]


def test_a_count_since_an_event_still_joins_a_round_held() -> None:
    """The same count after a meeting that sat is that meeting's (CONVENTIONS rule 4)."""
    text = (
        "عقد وزيرا خارجية إثيوبيا وإريتريا اجتماعاً في نيروبي يوم الجمعة. "
        "وهذا هو الاجتماع الأول من نوعه منذ اندلاع الأزمة بين البلدين."
    )
    assert keys(text) == [("held", 1, "Nairobi")]


def test_a_count_of_what_a_round_called_off_was_to_be_tells_no_meeting_held() -> None:
    """وكان من المفترض أن يكون هذا الاجتماع الأول منذ …: no count for the round put off, and
    no first meeting sat."""
    text = (
        "أعلنت الوساطة الكينية إرجاء اجتماع وزيري خارجية إثيوبيا وإريتريا الذي كان مقرراً "
        "عقده في نيروبي يوم الجمعة. وكان من المفترض أن يكون هذا الاجتماع الأول من نوعه "
        "منذ اندلاع الأزمة بين البلدين."
    )
    assert keys(text) == [("cancelled", None, "Nairobi")]


def test_a_later_place_counted_since_an_event_stays_with_a_round_called_off() -> None:
    """الجولة، وهي الخامسة منذ …: the place in its series of the round put off."""
    text = (
        "أعلن الوسيط الأممي إرجاء جولة المفاوضات بين الحكومة السودانية وقوات الدعم السريع "
        "التي كانت مقررة في جدة يوم الأحد. وكان من المنتظر أن يبحث الطرفان خلال الجولة، "
        "وهي الخامسة منذ اندلاع الحرب، ترتيبات وقف إطلاق النار."
    )
    assert keys(text) == [("cancelled", 5, "Jeddah")]


# -- a round named before the round to come or called off that the page tells later ------

_LIVE_PAGE = (
    "تغطية مباشرة | محادثات نيقوسيا بين القبارصة اليونانيين والأتراك\n\n"
    "آخر تحديث: الثلاثاء ٣ يونيو ٢٠٢٥ - ١٨:٠٠ بتوقيت نيقوسيا\n\n"
    "٠٩:٣٠ — انطلاق اليوم الثاني من المحادثات الثنائية في نيقوسيا بمشاركة وفدي القبارصة "
    "اليونانيين والأتراك، في مقر البعثة الأممية داخل المنطقة العازلة.\n\n"
)


@pytest.mark.parametrize(
    ("later", "other"),
    [
        (
            "قال المتحدث باسم الأمم المتحدة إن جولة ثالثة من المنتظر أن تلتئم في نيقوسيا "
            "مطلع أكتوبر.",
            ("planned", 3, "Nicosia"),
        ),
        (
            "أفاد مصدر أممي بأن اجتماعاً للفرق الفنية كان مقرراً الليلة في نيقوسيا أُلغي "
            "بسبب خلاف على جدول الأعمال.",
            ("cancelled", None, "Nicosia"),
        ),
    ],
)
def test_a_round_named_before_a_round_to_come_or_called_off_is_not_that_round(
    later: str, other: tuple[str, int | None, str | None]
) -> None:
    text = _LIVE_PAGE + "١٧:٤٥ — " + later
    assert keys(text) == sorted([("held", None, "Nicosia"), other], key=repr)


def test_a_round_named_with_a_date_to_come_is_the_round_planned_later() -> None:
    text = (
        "وتوقع الوسيط لقاء لوزيري الخارجية في نيقوسيا الشهر المقبل. "
        "ومن المتوقع أن يعقد الاجتماع الثاني للجنة المشتركة في نيقوسيا."
    )
    assert keys(text) == [("planned", 2, "Nicosia")]


# -- the last round before the one reported ---------------------------------------------


def test_the_last_meeting_recalled_after_a_round_is_another_round() -> None:
    text = (
        "عقد دبلوماسيون من إثيوبيا وإريتريا، الأربعاء، جولة مشاورات حول ترسيم الحدود. "
        "وكان آخر لقاء بين زعيمي البلدين قد عُقد قبل سنوات."
    )
    assert keys(text) == [("held", None, None), ("held", None, None)]


def test_the_last_meeting_told_again_in_its_own_sentence_is_one_round() -> None:
    text = (
        "عقد دبلوماسيون من إثيوبيا وإريتريا، الأربعاء، جولة مشاورات حول ترسيم الحدود. "
        "وكان آخر اجتماع للجنة الحدود قد عُقد في جيبوتي، وكان الاجتماع العاشر لها."
    )
    assert keys(text) == [("held", 10, "Djibouti"), ("held", None, None)]


def test_another_meeting_after_the_noun_is_not_the_last_one() -> None:
    text = (
        "عقد دبلوماسيون من إثيوبيا وإريتريا، الأربعاء، جولة مشاورات حول ترسيم الحدود. "
        "وقال الوسيط إن لقاءً آخر قد يُعقد قبل نهاية الشهر."
    )
    assert keys(text) == [("held", None, None), ("possible", None, None)]


# -- a standing body's own sitting -------------------------------------------------------


def test_a_committee_sitting_is_not_the_talks_told_before_it() -> None:
    """اجتمعت اللجنة …: a joint committee meeting by itself is its own round, not the round of
    talks the paragraph told first, whose venue it must not lend."""
    text = (
        "انتهت الجولة الرابعة من المحادثات بين الحكومة الكولومبية وجيش التحرير الوطني، يوم "
        "الجمعة، دون اتفاق على هدنة. وفي كيتو، اجتمعت اللجنة الفنية المشتركة بين الطرفين "
        "للمرة الأولى منذ عام، واتفقت على تبادل قوائم المحتجزين."
    )
    assert keys(text) == [("held", 1, "Quito"), ("held", 4, None)]


def test_a_first_summit_is_not_the_committee_sitting_told_after_it() -> None:
    """أول لقاء بين رئيسي البلدين, told with no venue the gazetteer knows, does not take the
    committee's sitting told later, nor its venue."""
    text = (
        "في العاشر من مارس 2024 جلس الرئيس الإثيوبي والرئيس الإريتري إلى طاولة واحدة في "
        "جزيرة دهلك، في أول لقاء بين رئيسي البلدين منذ سنوات، برعاية الاتحاد الأفريقي.\n\n"
        "ولم يتكرر ذلك. اجتمعت اللجنة المشتركة لوزراء الخارجية مرة واحدة في أسمرة في مايو، "
        "قبل أن تتوقف اجتماعاتها."
    )
    assert keys(text) == [("held", 1, None), ("held", None, "Asmara")]


def test_the_sitting_told_again_by_a_definite_noun_is_one_round() -> None:
    text = (
        "اجتمعت لجنة التنسيق العسكري بين أرمينيا وأذربيجان في مدينة تبليسي يوم الثلاثاء "
        "لبحث ترسيم الحدود. وصدر بيان مشترك في ختام الاجتماع في تبليسي."
    )
    assert keys(text) == [("held", None, "Tbilisi")]


# -- a live page's headline and the rounds that cannot be the one it covers ---------------


def test_a_live_headline_does_not_lend_its_ordinal_to_the_next_round() -> None:
    """مباشر | الجولة الـ١٢ …: the round the page covers is going on; the next round the body
    tells at the same venue (الجولة المقبلة ستعقد في نيروبي) is another, with no ordinal."""
    text = (
        "مباشر | انطلاق الجولة الـ١٢ من محادثات نيروبي بين إثيوبيا وإريتريا\n\n"
        "١٦:٣٠ — وقال الوسيط الكيني إن الجولة المقبلة بين إثيوبيا وإريتريا ستعقد في نيروبي "
        "في أيلول/سبتمبر المقبل."
    )
    assert keys(text) == [("held", 12, "Nairobi"), ("planned", None, "Nairobi")]


def test_a_live_headline_does_not_name_a_meeting_called_off_at_its_venue() -> None:
    """تغطية مباشرة | الجولة السابعة … في مابوتو over a ministers' meeting called off there:
    the sitting put off is not the round under way, nor does it take its ordinal."""
    text = (
        "تغطية مباشرة | الجولة السابعة من محادثات موزمبيق والمتمردين في مابوتو\n\n"
        "١٠:٠٠ — وتنطلق اليوم الجولة السابعة من المحادثات بين حكومة موزمبيق والمتمردين "
        "بوساطة جنوب أفريقية.\n\n"
        "١٧:١٠ — كان من المقرر أن يلتقي وزيرا دفاع موزمبيق وجنوب أفريقيا في مابوتو مساء "
        "اليوم، لكن اللقاء أُلغي بسبب خلافات على جدول الأعمال."
    )
    found = keys(text)
    assert ("held", 7, "Maputo") in found
    assert ("cancelled", None, "Maputo") in found
    assert ("cancelled", 7, "Maputo") not in found


def test_a_headline_announcing_the_next_round_still_names_it() -> None:
    """Negative: a headline that itself tells the round to come (الجولة الـ١٢ … الشهر
    المقبل) is the next round the body tells at its venue: one round."""
    text = (
        "الجولة الـ١٢ من محادثات نيروبي بين إثيوبيا وإريتريا الشهر المقبل\n\n"
        "وقال الوسيط الكيني إن الجولة المقبلة بين إثيوبيا وإريتريا ستعقد في نيروبي "
        "في أيلول/سبتمبر المقبل."
    )
    assert [k[0] for k in keys(text)] == ["planned"]
