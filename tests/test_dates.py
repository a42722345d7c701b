"""Tests for negotext.ar.dates: every construction of issue 3 part 3, its negatives and properties."""

from __future__ import annotations

import datetime
import json
from importlib import resources

import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from tests.strategies import (
    ARABIC_INDIC_DIGITS,
    PERSIAN_DIGITS,
    arabic_text,
    mixed_text,
    with_noise,
)

from negotext.ar.dates import (
    _PATTERN,
    HIJRI_MONTHS,
    MONTHS,
    STRICT_MONTHS,
    WEEKDAYS,
    DateMention,
    Granularity,
    _matches,
    find_dates,
    last_of_month,
)
from negotext.ar.normalize import normalize, normalize_text

D = Granularity.DAY
W = Granularity.WEEK
M = Granularity.MONTH
Y = Granularity.YEAR

#: A Wednesday.
PUB = datetime.date(2025, 5, 21)


def _d(year: int, month: int, day: int) -> datetime.date:
    return datetime.date(year, month, day)


def _read(text: str, published: datetime.date | None = PUB) -> list[tuple[object, ...]]:
    return [(m.text, m.value, m.granularity) for m in find_dates(text, published)]


# -- absolute dates ------------------------------------------------------------------

ABSOLUTE = [
    # day, month (both systems, combined forms), year
    ("وصل الوفد في 2 يونيو/حزيران 2025", "2 يونيو/حزيران 2025", _d(2025, 6, 2), D),
    ("وصل الوفد في 2 حزيران/يونيو 2025", "2 حزيران/يونيو 2025", _d(2025, 6, 2), D),
    ("في 2 يونيو / حزيران 2025", "2 يونيو / حزيران 2025", _d(2025, 6, 2), D),
    ("في 16 مايو (أيار) 2025", "16 مايو (أيار) 2025", _d(2025, 5, 16), D),
    ("في 16 أيار (مايو) 2025", "16 أيار (مايو) 2025", _d(2025, 5, 16), D),
    ("في 16 مايو، 2025", "16 مايو، 2025", _d(2025, 5, 16), D),
    ("في 16 مايو من عام 2025", "16 مايو من عام 2025", _d(2025, 5, 16), D),
    ("في الـ16 من مايو 2025", "الـ16 من مايو 2025", _d(2025, 5, 16), D),
    ("في الثاني من يونيو 2025", "الثاني من يونيو 2025", _d(2025, 6, 2), D),
    ("في الحادي والعشرين من مارس 2023", "الحادي والعشرين من مارس 2023", _d(2023, 3, 21), D),
    ("في أول يناير 2024", "أول يناير 2024", _d(2024, 1, 1), D),
    ("يوم الجمعة 16 مايو/أيار 2025", "يوم الجمعة 16 مايو/أيار 2025", _d(2025, 5, 16), D),
    ("الخميس الموافق 15 مايو 2025", "الخميس الموافق 15 مايو 2025", _d(2025, 5, 15), D),
    ("في 3 كانون الثاني 2024", "3 كانون الثاني 2024", _d(2024, 1, 3), D),
    ("في 3 كانون الثاني/يناير 2024", "3 كانون الثاني/يناير 2024", _d(2024, 1, 3), D),
    ("في 20 تشرين الأول 2023", "20 تشرين الأول 2023", _d(2023, 10, 20), D),
    ("في 20 تشرين ثاني 2023", "20 تشرين ثاني 2023", _d(2023, 11, 20), D),
    ("في 7 كانون الأول 2022", "7 كانون الأول 2022", _d(2022, 12, 7), D),
    ("في 10 شباط 2022", "10 شباط 2022", _d(2022, 2, 10), D),
    ("في 10 فيفري 2022", "10 فيفري 2022", _d(2022, 2, 10), D),
    ("في 5 آذار 2022", "5 آذار 2022", _d(2022, 3, 5), D),
    ("في 5 مارس 2022", "5 مارس 2022", _d(2022, 3, 5), D),
    ("في 9 أبريل 2022", "9 أبريل 2022", _d(2022, 4, 9), D),
    ("في 9 ابريل 2022", "9 ابريل 2022", _d(2022, 4, 9), D),
    ("في 9 إبريل 2022", "9 إبريل 2022", _d(2022, 4, 9), D),
    ("في 9 نيسان 2022", "9 نيسان 2022", _d(2022, 4, 9), D),
    ("في 9 أفريل 2022", "9 أفريل 2022", _d(2022, 4, 9), D),
    ("في 1 ماي 2022", "1 ماي 2022", _d(2022, 5, 1), D),
    ("في 30 يونيه 2022", "30 يونيه 2022", _d(2022, 6, 30), D),
    ("في 30 جوان 2022", "30 جوان 2022", _d(2022, 6, 30), D),
    ("في 4 يوليو 2022", "4 يوليو 2022", _d(2022, 7, 4), D),
    ("في 4 تموز 2022", "4 تموز 2022", _d(2022, 7, 4), D),
    ("في 4 يوليوز 2022", "4 يوليوز 2022", _d(2022, 7, 4), D),
    ("في 4 جويلية 2022", "4 جويلية 2022", _d(2022, 7, 4), D),
    ("في 15 أغسطس 2021", "15 أغسطس 2021", _d(2021, 8, 15), D),
    ("في 15 اغسطس 2021", "15 اغسطس 2021", _d(2021, 8, 15), D),
    ("في 15 آب 2021", "15 آب 2021", _d(2021, 8, 15), D),
    ("في 15 أوت 2021", "15 أوت 2021", _d(2021, 8, 15), D),
    ("في 15 غشت 2021", "15 غشت 2021", _d(2021, 8, 15), D),
    ("في 11 سبتمبر 2001", "11 سبتمبر 2001", _d(2001, 9, 11), D),
    ("في 11 أيلول 2001", "11 أيلول 2001", _d(2001, 9, 11), D),
    ("في 11 ايلول 2001", "11 ايلول 2001", _d(2001, 9, 11), D),
    ("في 11 شتنبر 2001", "11 شتنبر 2001", _d(2001, 9, 11), D),
    ("في 7 أكتوبر 2023", "7 أكتوبر 2023", _d(2023, 10, 7), D),
    ("في 7 اكتوبر 2023", "7 اكتوبر 2023", _d(2023, 10, 7), D),
    ("في 29 نوفمبر 2024", "29 نوفمبر 2024", _d(2024, 11, 29), D),
    ("في 29 نونبر 2024", "29 نونبر 2024", _d(2024, 11, 29), D),
    ("في 8 ديسمبر 2024", "8 ديسمبر 2024", _d(2024, 12, 8), D),
    ("في 8 دجنبر 2024", "8 دجنبر 2024", _d(2024, 12, 8), D),
    ("في 8 يناير 2024", "8 يناير 2024", _d(2024, 1, 8), D),
    ("في 8 جانفي 2024", "8 جانفي 2024", _d(2024, 1, 8), D),
    ("في 8 فبراير 2024", "8 فبراير 2024", _d(2024, 2, 8), D),
    ("في ١٦ مايو ٢٠٢٥", "١٦ مايو ٢٠٢٥", _d(2025, 5, 16), D),
    ("في ۱۶ مايو ۲۰۲۵", "۱۶ مايو ۲۰۲۵", _d(2025, 5, 16), D),
    ("في 16 مايو 2025م", "16 مايو 2025م", _d(2025, 5, 16), D),
    # numeric dates, day first or year first
    ("بتاريخ ١٦/٥/٢٠٢٥", "١٦/٥/٢٠٢٥", _d(2025, 5, 16), D),
    ("بتاريخ 16-5-2025", "16-5-2025", _d(2025, 5, 16), D),
    ("بتاريخ 16.05.2025", "16.05.2025", _d(2025, 5, 16), D),
    ("بتاريخ 2025/05/16", "2025/05/16", _d(2025, 5, 16), D),
    ("بتاريخ 2025-05-16", "2025-05-16", _d(2025, 5, 16), D),
    ("بتاريخ 3/4/2025", "3/4/2025", _d(2025, 4, 3), D),
    # month and year
    ("في فبراير 2022", "فبراير 2022", _d(2022, 2, 1), M),
    ("منذ ديسمبر 2019", "ديسمبر 2019", _d(2019, 12, 1), M),
    ("في مايو/أيار 2024", "مايو/أيار 2024", _d(2024, 5, 1), M),
    ("في مايو (أيار) 2024", "مايو (أيار) 2024", _d(2024, 5, 1), M),
    ("في آذار/مارس 2024", "آذار/مارس 2024", _d(2024, 3, 1), M),
    ("في مارس 2022", "مارس 2022", _d(2022, 3, 1), M),
    ("في آب 2020", "آب 2020", _d(2020, 8, 1), M),
    ("في شهر أغسطس 2020", "شهر أغسطس 2020", _d(2020, 8, 1), M),
    ("في أكتوبر من العام 2023", "أكتوبر من العام 2023", _d(2023, 10, 1), M),
    # years
    ("في عام 2022", "عام 2022", _d(2022, 1, 1), Y),
    ("في العام 2014", "العام 2014", _d(2014, 1, 1), Y),
    ("في سنة ٢٠١٤", "سنة ٢٠١٤", _d(2014, 1, 1), Y),
    ("منذ عام 2022", "عام 2022", _d(2022, 1, 1), Y),
    ("منذ 2014، تغير كل شيء", "2014", _d(2014, 1, 1), Y),
    ("بحلول 2030", "2030", _d(2030, 1, 1), Y),
    ("ميزانية لعام 2025", "عام 2025", _d(2025, 1, 1), Y),
    ("ميزانية للعام 2025", "للعام 2025", _d(2025, 1, 1), Y),
    ("ضمتها روسيا عام 2014م", "عام 2014م", _d(2014, 1, 1), Y),
]


@pytest.mark.parametrize(("text", "surface", "value", "granularity"), ABSOLUTE)
def test_absolute(text: str, surface: str, value: datetime.date, granularity: Granularity) -> None:
    """Absolute dates get their value with or without a publication date."""
    for published in (PUB, None):
        mentions = find_dates(text, published)
        assert [(m.text, m.value, m.granularity, m.relative) for m in mentions] == [
            (surface, value, granularity, False)
        ]


@pytest.mark.parametrize(
    ("text", "surface", "first", "last"),
    [
        ("عقدت يومي 16 و17 مايو 2025", "يومي 16 و17 مايو 2025", _d(2025, 5, 16), _d(2025, 5, 17)),
        ("من 16 إلى 18 مايو 2025", "16 إلى 18 مايو 2025", _d(2025, 5, 16), _d(2025, 5, 18)),
        ("بين 16-18 مايو/أيار 2025", "16-18 مايو/أيار 2025", _d(2025, 5, 16), _d(2025, 5, 18)),
        ("في الـ16 و17 من مايو", "الـ16 و17 من مايو", _d(2025, 5, 16), _d(2025, 5, 17)),
        ("من ١٦ حتى ١٨ أيار ٢٠٢٥", "١٦ حتى ١٨ أيار ٢٠٢٥", _d(2025, 5, 16), _d(2025, 5, 18)),
    ],
)
def test_day_ranges(text: str, surface: str, first: datetime.date, last: datetime.date) -> None:
    """A range of days before one month is one mention: ``value`` the first day, ``last`` the last."""
    [mention] = find_dates(text, PUB)
    assert (mention.text, mention.value, mention.last, mention.granularity) == (
        surface,
        first,
        last,
        D,
    )


def test_a_single_day_has_no_last_day() -> None:
    [mention] = find_dates("في 16 مايو 2025")
    assert mention.last is None


def test_two_years() -> None:
    assert _read("بين عامي 2014 و2022") == [
        ("عامي 2014", _d(2014, 1, 1), Y),
        ("2022", _d(2022, 1, 1), Y),
    ]
    assert _read("في عام 2022 و2023") == [
        ("عام 2022", _d(2022, 1, 1), Y),
        ("2023", _d(2023, 1, 1), Y),
    ]


# -- seasons and parts ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "surface", "value", "granularity", "part"),
    [
        ("منذ ربيع 2022", "ربيع 2022", _d(2022, 1, 1), Y, "spring"),
        ("في صيف عام 2023", "صيف عام 2023", _d(2023, 1, 1), Y, "summer"),
        ("في خريف 2021", "خريف 2021", _d(2021, 1, 1), Y, "autumn"),
        ("في شتاء 2022", "شتاء 2022", _d(2022, 1, 1), Y, "winter"),
        ("في ربيع العام الماضي", "ربيع العام الماضي", _d(2024, 1, 1), Y, "spring"),
        ("في مطلع 2022", "مطلع 2022", _d(2022, 1, 1), Y, "early"),
        ("في أواخر عام 2022", "أواخر عام 2022", _d(2022, 1, 1), Y, "late"),
        ("في منتصف يونيو 2024", "منتصف يونيو 2024", _d(2024, 6, 1), M, "mid"),
        ("في أواخر مايو الماضي", "أواخر مايو الماضي", _d(2024, 5, 1), M, "late"),
        ("مطلع الشهر الجاري", "مطلع الشهر الجاري", _d(2025, 5, 1), M, "early"),
        ("نهاية العام الماضي", "نهاية العام الماضي", _d(2024, 1, 1), Y, "late"),
        ("مطلع الأسبوع المقبل", "مطلع الأسبوع المقبل", _d(2025, 5, 26), W, "early"),
        ("منذ مطلع العام", "مطلع العام", _d(2025, 1, 1), Y, "early"),
        ("قبل نهاية الشهر", "نهاية الشهر", _d(2025, 5, 1), M, "late"),
        ("الصيف الماضي", "الصيف الماضي", _d(2024, 1, 1), Y, "summer"),
        ("هذا الصيف", "هذا الصيف", _d(2025, 1, 1), Y, "summer"),
        ("الشتاء المقبل", "الشتاء المقبل", _d(2026, 1, 1), Y, "winter"),
        ("الشتاء الماضي", "الشتاء الماضي", _d(2025, 1, 1), Y, "winter"),
        ("الخريف الماضي", "الخريف الماضي", _d(2024, 1, 1), Y, "autumn"),
    ],
)
def test_parts_and_seasons(
    text: str, surface: str, value: datetime.date, granularity: Granularity, part: str
) -> None:
    [mention] = find_dates(text, PUB)
    assert (mention.text, mention.value, mention.granularity, mention.part) == (
        surface,
        value,
        granularity,
        part,
    )


def test_season_is_not_the_hijri_month() -> None:
    [mention] = find_dates("في ربيع الأول 1446 هـ")
    assert (mention.text, mention.calendar, mention.value) == ("ربيع الأول 1446 هـ", "hijri", None)
    assert mention.granularity is M


# -- relative expressions ---------------------------------------------------------------

RELATIVE = [
    # relative days (PUB is Wednesday 21 May 2025)
    ("قال الكرملين اليوم إن", "اليوم", _d(2025, 5, 21), D),
    ("لم يحدث شيء حتى اليوم", "اليوم", _d(2025, 5, 21), D),
    ("أجراها اليوم الاثنين", "اليوم الاثنين", _d(2025, 5, 21), D),
    ("صباح اليوم", "صباح اليوم", _d(2025, 5, 21), D),
    ("عقده أمس في موسكو", "أمس", _d(2025, 5, 20), D),
    ("جرت أمس الجمعة", "أمس الجمعة", _d(2025, 5, 20), D),
    ("نفى الكرملين، أمس (الثلاثاء)، الاتهامات", "أمس (الثلاثاء)", _d(2025, 5, 20), D),
    ("قال يوم أمس", "يوم أمس", _d(2025, 5, 20), D),
    ("مساء أمس", "مساء أمس", _d(2025, 5, 20), D),
    ("قال بالأمس", "الأمس", _d(2025, 5, 20), D),
    ("وصل أول أمس", "أول أمس", _d(2025, 5, 19), D),
    ("وصل أول من أمس", "أول من أمس", _d(2025, 5, 19), D),
    ("وصل أمس الأول", "أمس الأول", _d(2025, 5, 19), D),
    ("تعقد غداً", "غداً", _d(2025, 5, 22), D),
    ("ستعقد غدا", "غدا", _d(2025, 5, 22), D),
    ("الاجتماع غدا الخميس", "غدا الخميس", _d(2025, 5, 22), D),
    ("الاجتماع غدا في الرياض", "غدا", _d(2025, 5, 22), D),
    ("يصل الوفد غدا.", "غدا", _d(2025, 5, 22), D),
    ("صباح الغد", "صباح الغد", _d(2025, 5, 22), D),
    ("ستعقد بعد غد", "بعد غد", _d(2025, 5, 23), D),
    ("ستعقد بعد الغد", "بعد الغد", _d(2025, 5, 23), D),
    ("قصف خلال الليلة الماضية", "الليلة الماضية", _d(2025, 5, 20), D),
    ("تعقد الليلة جلسة جديدة", "الليلة", _d(2025, 5, 21), D),
    # weekdays with qualifiers
    ("وصلوا يوم الجمعة الماضي", "يوم الجمعة الماضي", _d(2025, 5, 16), D),
    ("اقترح الجمعة الماضية", "الجمعة الماضية", _d(2025, 5, 16), D),
    ("عقدت الأربعاء الماضي", "الأربعاء الماضي", _d(2025, 5, 14), D),
    ("تعقد الاثنين المقبل", "الاثنين المقبل", _d(2025, 5, 26), D),
    ("تعقد يوم الإثنين المقبل", "يوم الإثنين المقبل", _d(2025, 5, 26), D),
    ("تعقد الأربعاء القادم", "الأربعاء القادم", _d(2025, 5, 28), D),
    ("الجمعة قبل الماضية", "الجمعة قبل الماضية", _d(2025, 5, 9), D),
    # bare weekdays and tense
    ("عقدت المحادثات يوم الجمعة", "يوم الجمعة", _d(2025, 5, 16), D),
    ("عقدت المحادثات الجمعة", "الجمعة", _d(2025, 5, 16), D),
    ("وصل الوفد الأربعاء", "الأربعاء", _d(2025, 5, 21), D),
    ("ستعقد المحادثات يوم الجمعة", "يوم الجمعة", _d(2025, 5, 23), D),
    ("سيعقد الاجتماع الأربعاء", "الأربعاء", _d(2025, 5, 28), D),
    ("من المقرر أن تبدأ المحادثات السبت", "السبت", _d(2025, 5, 24), D),
    ("سوف يلتقي الرئيسان الخميس", "الخميس", _d(2025, 5, 22), D),
    ("يلتقي الرئيسان الخميس في الرياض", "الخميس", _d(2025, 5, 22), D),
    ("قال (الثلاثاء) إن", "الثلاثاء", _d(2025, 5, 20), D),
    ("قال مساء الأحد", "مساء الأحد", _d(2025, 5, 18), D),
    ("لقد سيطرت القوات على البلدة يوم السبت", "يوم السبت", _d(2025, 5, 17), D),
    # weeks, months, years
    ("الأسبوع المقبل", "الأسبوع المقبل", _d(2025, 5, 26), W),
    ("الأسبوع الماضي", "الأسبوع الماضي", _d(2025, 5, 12), W),
    ("هذا الأسبوع", "هذا الأسبوع", _d(2025, 5, 19), W),
    ("الشهر الماضي", "الشهر الماضي", _d(2025, 4, 1), M),
    ("الشهر المقبل", "الشهر المقبل", _d(2025, 6, 1), M),
    ("الشهر الجاري", "الشهر الجاري", _d(2025, 5, 1), M),
    ("العام الماضي", "العام الماضي", _d(2024, 1, 1), Y),
    ("العام المقبل", "العام المقبل", _d(2026, 1, 1), Y),
    ("السنة الماضية", "السنة الماضية", _d(2024, 1, 1), Y),
    ("هذا العام", "هذا العام", _d(2025, 1, 1), Y),
    # months without a year
    ("في مايو الماضي", "مايو الماضي", _d(2024, 5, 1), M),
    ("في أبريل الماضي", "أبريل الماضي", _d(2025, 4, 1), M),
    ("في يونيو المقبل", "يونيو المقبل", _d(2025, 6, 1), M),
    ("في مايو/أيار الجاري", "مايو/أيار الجاري", _d(2025, 5, 1), M),
    ("في مارس الماضي", "مارس الماضي", _d(2025, 3, 1), M),
    # a bare month or day within two months of publication is read there whatever the tense
    # («كانت مقررة في يونيو» in May is this June); further away the tense decides the year
    ("وصل في يونيو", "يونيو", _d(2025, 6, 1), M),
    ("وصل في سبتمبر", "سبتمبر", _d(2024, 9, 1), M),
    ("سيصل في يونيو", "يونيو", _d(2025, 6, 1), M),
    ("سيصل في فبراير", "فبراير", _d(2026, 2, 1), M),
    ("سيصل في أبريل", "أبريل", _d(2025, 4, 1), M),
    ("كان مقررا عقدها أواخر يوليو", "أواخر يوليو", _d(2025, 7, 1), M),
    ("في فبراير من العام الماضي", "فبراير من العام الماضي", _d(2024, 2, 1), M),
    ("في 16 مايو الماضي", "16 مايو الماضي", _d(2025, 5, 16), D),
    ("في 16 مايو", "16 مايو", _d(2025, 5, 16), D),
    ("في 30 مايو", "30 مايو", _d(2025, 5, 30), D),
    ("في 30 أغسطس", "30 أغسطس", _d(2024, 8, 30), D),
    ("ستعقد في 10 فبراير", "10 فبراير", _d(2026, 2, 10), D),
    # a weekday picks the one year around publication that fits it (3 May 2025 is a Saturday)
    ("عقدت يوم السبت 3 مايو", "يوم السبت 3 مايو", _d(2025, 5, 3), D),
    ("ستعقد يوم الثلاثاء 3 فبراير", "يوم الثلاثاء 3 فبراير", _d(2026, 2, 3), D),
    ("عقدت يوم الأحد 3 نوفمبر", "يوم الأحد 3 نوفمبر", _d(2024, 11, 3), D),
    # an ordinal after النصف / الأسبوع names a part of the month, not its day
    ("في النصف الثاني من يونيو", "يونيو", _d(2025, 6, 1), M),
    ("خلال الأسبوع الأول من يونيو", "يونيو", _d(2025, 6, 1), M),
    ("ستعقد في 30 مايو", "30 مايو", _d(2025, 5, 30), D),
    ("في 16 من الشهر الجاري", "16 من الشهر الجاري", _d(2025, 5, 16), D),
    ("في الثاني من الشهر الماضي", "الثاني من الشهر الماضي", _d(2025, 4, 2), D),
    # counted
    ("تم قبل يومين", "قبل يومين", _d(2025, 5, 19), D),
    ("منذ يومين فقط", "منذ يومين", _d(2025, 5, 19), D),
    ("قبل ثلاثة أيام", "قبل ثلاثة أيام", _d(2025, 5, 18), D),
    ("قبل 5 أيام", "قبل 5 أيام", _d(2025, 5, 16), D),
    ("قبل ١٥ يوما", "قبل ١٥ يوما", _d(2025, 5, 6), D),
    ("قبل أسبوع", "قبل أسبوع", _d(2025, 5, 12), W),
    ("قبل أسبوعين", "قبل أسبوعين", _d(2025, 5, 5), W),
    ("قبل شهرين", "قبل شهرين", _d(2025, 3, 1), M),
    ("منذ ثلاث سنوات", "منذ ثلاث سنوات", _d(2022, 1, 1), Y),
    ("قبل عامين", "قبل عامين", _d(2023, 1, 1), Y),
    ("قبل نحو عامين", "قبل نحو عامين", _d(2023, 1, 1), Y),
    ("منذ أكثر من ثلاث سنوات", "منذ أكثر من ثلاث سنوات", _d(2022, 1, 1), Y),
    ("قبل حوالي أسبوعين", "قبل حوالي أسبوعين", _d(2025, 5, 5), W),
    ("سيعود بعد يومين", "بعد يومين", _d(2025, 5, 23), D),
    ("ستعقد الجولة بعد أسبوع", "بعد أسبوع", _d(2025, 5, 26), W),
]


@pytest.mark.parametrize(("text", "surface", "value", "granularity"), RELATIVE)
def test_relative(text: str, surface: str, value: datetime.date, granularity: Granularity) -> None:
    """Relative expressions are resolved against the publication date."""
    [mention] = find_dates(text, PUB)
    assert (mention.text, mention.value, mention.granularity, mention.relative) == (
        surface,
        value,
        granularity,
        True,
    )


@pytest.mark.parametrize(("text", "surface", "_value", "granularity"), RELATIVE)
def test_relative_without_publication_date(
    text: str, surface: str, _value: datetime.date, granularity: Granularity
) -> None:
    """Without a publication date a relative mention keeps its text; its value is None."""
    [mention] = find_dates(text)
    assert (mention.text, mention.value, mention.granularity, mention.relative) == (
        surface,
        None,
        granularity,
        True,
    )


def test_past_weekday_on_the_publication_day_is_that_day() -> None:
    friday = _d(2025, 5, 16)
    assert _read("عقدت يوم الجمعة", friday) == [("يوم الجمعة", friday, D)]
    assert _read("عقدت يوم الجمعة الماضي", friday) == [("يوم الجمعة الماضي", _d(2025, 5, 9), D)]
    assert _read("ستعقد يوم الجمعة", friday) == [("يوم الجمعة", _d(2025, 5, 23), D)]


def test_tense_is_read_in_the_sentence_of_the_date() -> None:
    text = "ستعقد الجولة المقبلة في جدة. وكانت الجولة الأولى عقدت الجمعة"
    assert _read(text) == [("الجمعة", _d(2025, 5, 16), D)]
    text = "قال المتحدث إن المحادثات ستعقد الجمعة"
    assert _read(text) == [("الجمعة", _d(2025, 5, 23), D)]
    text = "قال الجمعة إن المحادثات ستستأنف"
    assert _read(text) == [("الجمعة", _d(2025, 5, 16), D)]
    text = "ستعقد القمة بعد أن عقدت الجولة الأولى الجمعة"
    assert _read(text) == [("الجمعة", _d(2025, 5, 16), D)]


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("منذ هجوم 7 أكتوبر", "7 أكتوبر"),
        ("في ذكرى ثورة 25 يناير", "25 يناير"),
        ("منذ أحداث 11 سبتمبر", "11 سبتمبر"),
    ],
)
def test_a_named_event_without_a_year_is_not_given_one(text: str, surface: str) -> None:
    """An event named by its day (هجوم 7 أكتوبر) happened in some past year: value None."""
    [mention] = find_dates(text, PUB)
    assert (mention.text, mention.value, mention.granularity) == (surface, None, D)


def test_an_impossible_day_is_kept_unresolved() -> None:
    assert _read("في 30 فبراير 2024") == [("30 فبراير 2024", None, D)]


def test_several_dates_in_one_text() -> None:
    text = "قال الكرملين، أمس، إن الوفد الروسي سيصل الاثنين المقبل، بعد جولة في 16 مايو/أيار 2025."
    assert _read(text) == [
        ("أمس", _d(2025, 5, 20), D),
        ("الاثنين المقبل", _d(2025, 5, 26), D),
        ("16 مايو/أيار 2025", _d(2025, 5, 16), D),
    ]


def test_clitics_stay_outside_the_span() -> None:
    assert _read("والجمعة وفي عام 2022 وبعام 2023") == [
        ("الجمعة", _d(2025, 5, 16), D),
        ("عام 2022", _d(2022, 1, 1), Y),
        ("عام 2023", _d(2023, 1, 1), Y),
    ]
    assert _read("يومي السبت والأحد") == [
        ("يومي السبت", _d(2025, 5, 17), D),
        ("الأحد", _d(2025, 5, 18), D),
    ]


# -- Hijri -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "surface", "granularity"),
    [
        ("في شهر رمضان", "شهر رمضان", M),
        ("في شهر محرم", "شهر محرم", M),
        ("في رمضان 1446", "رمضان 1446", M),
        ("في 15 شعبان 1446 هـ", "15 شعبان 1446 هـ", D),
        ("في ربيع الأول", "ربيع الأول", M),
        ("في ربيع الآخر", "ربيع الآخر", M),
        ("في ربيع الثاني", "ربيع الثاني", M),
        ("في جمادى الأولى", "جمادى الأولى", M),
        ("في جمادى الآخرة", "جمادى الآخرة", M),
        ("في 10 ذي الحجة", "10 ذي الحجة", D),
        ("في ذو القعدة 1445", "ذو القعدة 1445", M),
        ("في 3 صفر 1446", "3 صفر 1446", D),
        ("في 27 رجب", "27 رجب", D),
        ("في 1 شوال", "1 شوال", D),
        ("عام 1446 هـ", "عام 1446 هـ", Y),
        ("عام 1446هـ", "عام 1446هـ", Y),
    ],
)
def test_hijri_is_recognised_not_converted(
    text: str, surface: str, granularity: Granularity
) -> None:
    [mention] = find_dates(text, PUB)
    assert (mention.text, mention.value, mention.granularity, mention.calendar) == (
        surface,
        None,
        granularity,
        "hijri",
    )


@pytest.mark.parametrize(
    ("text", "hijri_surface"),
    [
        ("يوم الأحد 15 رمضان 1446هـ الموافق 16 مارس 2025", "يوم الأحد 15 رمضان 1446هـ"),
        ("في 15 رمضان 1446 هـ، الموافقة لـ16 مارس 2025،", "15 رمضان 1446 هـ"),
        ("يوم 16 مارس 2025 الموافق 15 رمضان 1446هـ", "15 رمضان 1446هـ"),
        ("يوم 16 مارس 2025 (15 رمضان 1446هـ)", "15 رمضان 1446هـ"),
        ("في ١٥ رمضان ١٤٤٦هـ الموافق ١٦ مارس ٢٠٢٥", "١٥ رمضان ١٤٤٦هـ"),
    ],
)
def test_hijri_day_with_its_stated_gregorian_equivalent_takes_its_value(
    text: str, hijri_surface: str
) -> None:
    by_calendar = {m.calendar: m for m in find_dates(text, PUB)}
    assert by_calendar["hijri"].text == hijri_surface
    assert by_calendar["hijri"].value == by_calendar["gregorian"].value == _d(2025, 3, 16)


@pytest.mark.parametrize(
    "text",
    [
        "في 15 رمضان 1446هـ، وفي 16 مارس 2025 عقدت جولة أخرى",  # two events, not one day twice
        "في 15 رمضان 1446هـ الموافق الأحد",  # a weekday is no stated conversion
        "في شهر رمضان الموافق مارس 2025",  # months, not days
    ],
)
def test_hijri_stays_unconverted_without_a_stated_gregorian_day(text: str) -> None:
    hijri = [m for m in find_dates(text, PUB) if m.calendar == "hijri"]
    assert hijri
    assert all(m.value is None for m in hijri)


# -- negatives -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "بسبب الحرب",
        "مارس ضغوطاً كبيرة على الوفد",
        "وقد مارس الرئيس صلاحياته",
        "زار أب الأسير السجن",
        "سيارات نيسان",
        "عدد الأسرى صفر",
        "الرئيس رجب طيب أردوغان",
        "قال رمضان قديروف",
        "بين الاثنين خلافات",
        "الأحد عشر كوكباً",
        "في اليوم التالي",
        "في ذلك اليوم",
        "اليوم الأول من المفاوضات",
        "اليوم العالمي للسلام",
        "في تلك الليلة",
        "الليلة الأولى من الهدنة",
        "غدا الوضع أكثر تعقيداً",
        "غدا من الواضح أن الطرفين متباعدان",
        "قبل يومين من القمة",
        "بعد ثلاثة أيام من المحادثات",
        "انسحب الجيش بعد يومين",
        "منذ أيام",
        "أفرج عن 2000 أسير",
        "في 2000 موقع",
        "الساعة 16/5",
        "نسبة 3.5.2",
        "في 45 مارس",
        "الجمعية العامة",
        "كانون النار",
        "الشهر",
        "في الغد المشرق",
        "في ذلك العام",
        "عطلة نهاية الأسبوع",
        "نحو 1500 جندي",
        "بتاريخ 31/2/2025",
    ],
)
def test_not_a_date(text: str) -> None:
    assert find_dates(text, PUB) == []


# -- data ---------------------------------------------------------------------------------


def test_data_file_schema() -> None:
    """Every section of data/dates.json the reader needs is there with the right shape."""
    raw = (resources.files("negotext.ar") / "data" / "dates.json").read_text(encoding="utf-8")
    data = json.loads(raw)
    for table in ("months", "hijri_months"):
        numbers = {k for k in data[table] if not k.startswith("_")}
        assert numbers == {str(n) for n in range(1, 13)}
        for key in numbers:
            assert data[table][key], f"{table} {key} has no names"
            assert all(isinstance(name, str) and name.strip() == name for name in data[table][key])
    assert {k for k in data["weekdays"] if not k.startswith("_")} == {str(n) for n in range(7)}
    assert sorted(v for k, v in data["day_ordinals"].items() if not k.startswith("_")) == list(
        range(1, 32)
    )
    assert set(data["qualifiers"]) - {"_about"} == {"past", "past2", "future", "future2", "current"}
    for unit, sizes in data["count_units"].items():
        if not unit.startswith("_"):
            assert set(sizes) == {"one", "two", "many"}
    strict = {normalize_text(w) for w in data["strict_months"]["words"]}
    assert strict <= set(MONTHS) | set(HIJRI_MONTHS)


def test_every_data_word_is_a_clean_string() -> None:
    """Every word of the data file is a non-empty string that normalisation does not empty."""
    raw = (resources.files("negotext.ar") / "data" / "dates.json").read_text(encoding="utf-8")

    def leaves(node: object, key: str = "") -> list[str]:
        if key.startswith("_"):
            return []
        if isinstance(node, dict):
            return [w for k, v in node.items() for w in leaves(v, k) + leaves(k)]
        if isinstance(node, list):
            return [w for item in node for w in leaves(item)]
        return [node] if isinstance(node, str) else []

    words = leaves(json.loads(raw))
    assert len(words) > 300
    for word in words:
        assert word == word.strip()
        assert normalize_text(word).strip(), word


def test_no_name_is_two_months() -> None:
    """A normalised month name maps to one month (ambiguity would be silently resolved)."""
    raw = (resources.files("negotext.ar") / "data" / "dates.json").read_text(encoding="utf-8")
    data = json.loads(raw)
    seen: dict[str, str] = {}
    for key, names in data["months"].items():
        if key.startswith("_"):
            continue
        for name in names:
            norm = normalize_text(name)
            assert seen.setdefault(norm, key) == key, name


# -- properties ------------------------------------------------------------------------------

#: Date phrases and random text run together, with or without spaces between them.
date_soup = st.lists(
    st.sampled_from([case[0] for case in ABSOLUTE + RELATIVE]) | arabic_text, max_size=6
).flatmap(lambda parts: st.sampled_from([" ", "", "،", "\n"]).map(lambda sep: sep.join(parts)))


PHRASES = [
    "عقدت المحادثات يوم الجمعة الماضي في إسطنبول",
    "قال الكرملين، أمس (الثلاثاء)، إن الجولة ستعقد الاثنين المقبل",
    "في 2 يونيو/حزيران 2025 ومنذ عام 2022 وفي فبراير 2022",
    "بتاريخ 16/5/2025 وقبل ثلاثة أيام وفي 15 رمضان 1446 هـ",
    "في الثاني من يونيو وفي مايو (أيار) الماضي وربيع 2022",
]

published_dates = st.dates(datetime.date(1901, 1, 1), datetime.date(2099, 12, 31))
weekday_names = st.sampled_from(sorted(WEEKDAYS.items()))


def _original_name(normalized: str) -> str:
    """A weekday's name as written (with its hamza) from its normalised form."""
    return {"الاحد": "الأحد", "الاربعاء": "الأربعاء", "الجمعه": "الجمعة"}.get(
        normalized, normalized
    )


@given(published=published_dates, weekday=weekday_names)
@example(published=_d(2025, 5, 16), weekday=("الجمعه", 4))
def test_past_weekday_lands_in_the_week_before(
    published: datetime.date, weekday: tuple[str, int]
) -> None:
    name, number = weekday
    [mention] = find_dates(f"عقدت يوم {_original_name(name)}", published)
    value = mention.value
    assert value is not None
    assert value <= published
    assert (published - value).days < 7
    assert value.weekday() == number


@given(
    published=published_dates,
    weekday=weekday_names,
    qualifier=st.sampled_from(["المقبل", "القادم"]),
)
def test_next_weekday_lands_in_the_week_after(
    published: datetime.date, weekday: tuple[str, int], qualifier: str
) -> None:
    name, number = weekday
    for text in (f"تعقد يوم {_original_name(name)} {qualifier}", f"ستعقد {_original_name(name)}"):
        [mention] = find_dates(text, published)
        value = mention.value
        assert value is not None
        assert value > published
        assert (value - published).days <= 7
        assert value.weekday() == number


@given(published=published_dates, weekday=weekday_names)
def test_last_weekday_is_strictly_before(
    published: datetime.date, weekday: tuple[str, int]
) -> None:
    name, number = weekday
    [mention] = find_dates(f"يوم {_original_name(name)} الماضي", published)
    value = mention.value
    assert value is not None
    assert 1 <= (published - value).days <= 7
    assert value.weekday() == number


@given(published=published_dates, word=st.sampled_from(["الماضي", "المقبل"]))
def test_relative_week_is_a_monday_next_to_publication(published: datetime.date, word: str) -> None:
    [mention] = find_dates(f"الأسبوع {word}", published)
    value = mention.value
    assert value is not None
    assert value.weekday() == 0
    assert mention.granularity is W
    this_monday = published - datetime.timedelta(days=published.weekday())
    assert (value - this_monday).days == (7 if word == "المقبل" else -7)


@given(published=published_dates, month=st.integers(1, 12))
def test_past_month_is_within_a_year_before(published: datetime.date, month: int) -> None:
    name = next(n for n, number in MONTHS.items() if number == month)
    [mention] = find_dates(f"في {name} الماضي", published)
    value = mention.value
    assert value is not None
    assert value.month == month
    assert value < published.replace(day=1)
    assert (published - value).days <= 366 + 31


@pytest.mark.parametrize("published", [datetime.date.min, datetime.date.max])
def test_calendar_edges_leave_mentions_unresolved(published: datetime.date) -> None:
    """Arithmetic past year 1 or 9999 gives value None, never an exception."""
    text = "أمس وغداً والجمعة الماضية والأسبوع المقبل والعام الماضي والصيف المقبل وقبل ثلاث سنوات"
    mentions = find_dates(text, published)
    assert len(mentions) == 7
    for mention in mentions:
        _check_mention(text, mention)


@given(published=published_dates, count=st.integers(3, 10), digits=st.booleans())
def test_counted_days_go_back_that_many_days(
    published: datetime.date, count: int, digits: bool
) -> None:
    words = {
        3: "ثلاثة",
        4: "أربعة",
        5: "خمسة",
        6: "ستة",
        7: "سبعة",
        8: "ثمانية",
        9: "تسعة",
        10: "عشرة",
    }
    number = str(count) if digits else words[count]
    [mention] = find_dates(f"وقع الهجوم قبل {number} أيام", published)
    assert mention.value == published - datetime.timedelta(days=count)
    [yesterday] = find_dates("وقال أمس", published)
    assert yesterday.value == published - datetime.timedelta(days=1)


@given(published=published_dates, month=st.integers(1, 12), future=st.booleans())
def test_a_month_without_a_year_is_the_near_one_else_the_nearest_by_tense(
    published: datetime.date, month: int, future: bool
) -> None:
    """A bare month within two months of publication is read there; further, by tense."""
    name = next(n for n, number in MONTHS.items() if number == month and n not in STRICT_MONTHS)
    verb = "ستعقد" if future else "عقدت"
    [mention] = find_dates(f"{verb} الجولة في {name}", published)
    value = mention.value
    assert value is not None
    assert value.month == month
    this_month = published.replace(day=1)

    def days_away(first: datetime.date) -> int:
        last = (first + datetime.timedelta(days=31)).replace(day=1) - datetime.timedelta(days=1)
        return max(0, (first - published).days, (published - last).days)

    candidates = [datetime.date(y, month, 1) for y in range(published.year - 1, published.year + 2)]
    near = [first for first in candidates if days_away(first) <= 62]
    if near:
        assert value == near[0]
    elif future:
        assert this_month <= value < this_month + datetime.timedelta(days=366)
    else:
        assert this_month - datetime.timedelta(days=366) < value <= this_month


@given(phrase=st.sampled_from(PHRASES), clitic=st.sampled_from(["و", "ف"]))
def test_a_clitic_before_a_date_changes_nothing(phrase: str, clitic: str) -> None:
    plain = [(m.text, m.value, m.granularity) for m in find_dates(f"قال {phrase}", PUB)]
    attached = [(m.text, m.value, m.granularity) for m in find_dates(f"قال {clitic}{phrase}", PUB)]
    assert attached == plain


@given(text=mixed_text, published=st.none() | published_dates)
def test_never_crashes_and_spans_index_the_original(
    text: str, published: datetime.date | None
) -> None:
    for mention in find_dates(text, published):
        _check_mention(text, mention)


@given(text=date_soup | arabic_text, published=st.none() | published_dates)
def test_never_crashes_on_arabic_text(text: str, published: datetime.date | None) -> None:
    for mention in find_dates(text, published):
        _check_mention(text, mention)


@given(text=date_soup | arabic_text | mixed_text)
def test_the_trigger_misses_no_match(text: str) -> None:
    """Trying the full pattern only where the trigger fires finds what a full scan finds."""
    norm = normalize_text(text)
    assert [m.span() for m in _matches(norm)] == [m.span() for m in _PATTERN.finditer(norm)]


def test_the_trigger_misses_no_match_in_the_corpus(seed_texts: dict[str, str]) -> None:
    phrases = " ، ".join(case[0] for case in ABSOLUTE + RELATIVE)
    for text in [*seed_texts.values(), phrases]:
        norm = normalize_text(text)
        assert [m.span() for m in _matches(norm)] == [m.span() for m in _PATTERN.finditer(norm)]


def _check_mention(text: str, mention: DateMention) -> None:
    assert 0 <= mention.span.start < mention.span.end <= len(text)
    assert text[mention.span.start : mention.span.end] == mention.text


@given(data=st.data(), phrase=st.sampled_from(PHRASES), published=published_dates)
def test_noise_and_digit_script_do_not_change_what_is_found(
    data: st.DataObject, phrase: str, published: datetime.date
) -> None:
    expected = [(m.value, m.granularity, m.relative) for m in find_dates(phrase, published)]
    assert expected
    digits = data.draw(st.sampled_from(["0123456789", ARABIC_INDIC_DIGITS, PERSIAN_DIGITS]))
    changed = phrase.translate(str.maketrans("0123456789", digits))
    noisy = data.draw(with_noise(changed))
    mentions = find_dates(noisy, published)
    assert [(m.value, m.granularity, m.relative) for m in mentions] == expected
    for mention in mentions:
        _check_mention(noisy, mention)


def test_seed_corpus_dates(seed_texts: dict[str, str]) -> None:
    """The dates the gold records name are found in the seed articles, text for text."""
    found = {name: [m.text for m in find_dates(text)] for name, text in seed_texts.items()}
    everything = [t for texts in found.values() for t in texts]
    for surface in ("يوم الجمعة", "يوم الجمعة الماضي", "أمس الجمعة", "فبراير 2022", "ربيع 2022"):
        assert surface in everything
    for text in seed_texts.values():
        for mention in find_dates(text):
            _check_mention(text, mention)


def test_analysis_dates_use_the_publication_date() -> None:
    """The shared analysis reads dates once, against the document's publication date."""
    from negotext.analysis import Analysis
    from negotext.document import Document

    text = "جرت المحادثات أمس الجمعة في إسطنبول، وستعقد الجولة المقبلة الأسبوع المقبل."
    analysis = Analysis(Document(text, published=_d(2025, 5, 17)))
    assert [(m.text, m.value) for m in analysis.dates] == [
        ("أمس الجمعة", _d(2025, 5, 16)),
        ("الأسبوع المقبل", _d(2025, 5, 19)),
    ]
    for mention in analysis.dates:
        assert analysis.slice(mention.span) == mention.text


def test_a_normalised_text_can_be_passed_in() -> None:
    text = "عقدت المحادثات يوم الجمعة الماضي، وستُستأنف في 2 يونيو/حزيران 2025"
    assert find_dates(text, PUB, normalized=normalize(text)) == find_dates(text, PUB)
    with pytest.raises(ValueError, match="normalize"):
        find_dates(text, PUB, normalized=normalize("نص آخر"))


def test_a_publication_datetime_counts_as_its_date() -> None:
    moment = datetime.datetime(2025, 5, 21, 23, 59)
    text = "أمس والصيف الماضي والجمعة"
    assert find_dates(text, moment) == find_dates(text, PUB)
    assert all(type(m.value) is datetime.date for m in find_dates(text, moment))


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        # An agreement to hold a meeting, and the meeting called "next": a coming date,
        # though the agreement itself is in the past tense.
        ("اتفق الطرفان على عقد الاجتماع المقبل في 19 ديسمبر", "19 ديسمبر", _d(2025, 12, 19)),
        ("اتفقا على عقد لقاء جديد خلال شهر فبراير", "شهر فبراير", _d(2026, 2, 1)),
        (
            "توافقا مبدئيا على عقد الاجتماع المقبل للجنة خلال سبتمبر/أيلول",
            "سبتمبر/أيلول",
            _d(2025, 9, 1),
        ),
        # A present verb of a coming event, with an object pronoun or not.
        ("وتجري الوفود مشاورات في جنيف يوم الأحد", "يوم الأحد", _d(2025, 5, 25)),
        ("في الجولة التي تستضيفها تركيا الخميس", "الخميس", _d(2025, 5, 22)),
        # A past verb with an object pronoun, and dual past verbs, stay past.
        ("خلال محادثات استضافها رئيس الوزراء يوم الاثنين", "يوم الاثنين", _d(2025, 5, 19)),
        ("بعد جولتين عقدتا في أنقرة في سبتمبر", "سبتمبر", _d(2024, 9, 1)),
        ("بعد جولتين في يوليو وأغسطس الماضيين", "أغسطس الماضيين", _d(2024, 8, 1)),
    ],
)
def test_tense_of_agreements_to_meet_and_of_verbs_with_pronouns(
    text: str, surface: str, value: datetime.date
) -> None:
    found = [(m.text, m.value) for m in find_dates(text, PUB)]
    assert (surface, value) in found, found


def test_a_name_is_no_tense_cue() -> None:
    # سيريبريان starts like a future verb (سي + …): inside a name it says nothing.
    text = "التقى نائب رئيس الوزراء أوليغ سيريبريان، يوم الأربعاء، بممثل الإقليم"
    name = text.index("أوليغ سيريبريان")
    names = [(name, name + len("أوليغ سيريبريان"))]
    assert [m.value for m in find_dates(text, PUB, names=names)] == [_d(2025, 5, 21)]
    assert [m.value for m in find_dates(text, PUB)] == [_d(2025, 5, 28)]


def test_the_analysis_passes_its_names_to_the_dates() -> None:
    from negotext.analysis import Analysis
    from negotext.document import Document

    text = "التقى كبير المفاوضين المولدوفيين أوليغ سيريبريان، يوم الأربعاء، بممثل الإقليم"
    analysis = Analysis(Document(text, published=PUB))
    assert [(m.text, m.value) for m in analysis.dates] == [("يوم الأربعاء", _d(2025, 5, 21))]


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        # العام نفسه / الشهر نفسه name the year or month the text last told, not today's
        (
            "عقدت الجولة الأولى في يونيو 2023، والثانية في فبراير من العام نفسه",
            "فبراير من العام نفسه",
            _d(2023, 2, 1),
        ),
        (
            "وقع الاتفاق في مارس 2019 ثم انسحب في سبتمبر من العام ذاته",
            "سبتمبر من العام ذاته",
            _d(2019, 9, 1),
        ),
        ("التقيا في 3 أبريل 2024، ثم في 21 من الشهر نفسه", "21 من الشهر نفسه", _d(2024, 4, 21)),
        (
            "وصل الوفد يوم 5 مايو، وعاد في الثامن عشر من الشهر نفسه",
            "الثامن عشر من الشهر نفسه",
            _d(2025, 5, 18),
        ),
    ],
)
def test_the_same_year_or_month_is_the_one_last_told(
    text: str, surface: str, value: datetime.date
) -> None:
    found = [(m.text, m.value) for m in find_dates(text, PUB)]
    assert (surface, value) in found, found


@pytest.mark.parametrize("text", ["في فبراير من العام نفسه", "في 21 من الشهر نفسه"])
def test_the_same_year_with_none_told_before_is_not_guessed(text: str) -> None:
    [mention] = find_dates(text, PUB)
    assert mention.value is None


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        # a month with no year takes the year of the month joined to it
        ("عقدت ثلاث جولات بين مايو ويوليو 2023", "مايو", _d(2023, 5, 1)),
        ("بين أبريل/نيسان ومايو/أيار 2022", "أبريل/نيسان", _d(2022, 4, 1)),
        ("من 16 مايو إلى 2 يونيو 2021", "16 مايو", _d(2021, 5, 16)),
        ("امتدت المحادثات من أكتوبر حتى مارس 2024", "أكتوبر", _d(2023, 10, 1)),
    ],
)
def test_a_month_shares_the_year_of_the_month_joined_to_it(
    text: str, surface: str, value: datetime.date
) -> None:
    found = [(m.text, m.value) for m in find_dates(text, PUB)]
    assert (surface, value) in found, found


@pytest.mark.parametrize(
    ("day", "last"),
    [("2024-02-10", "2024-02-29"), ("2025-02-01", "2025-02-28"), ("2025-12-31", "2025-12-31")],
)
def test_last_of_month_knows_leap_years_and_december(day: str, last: str) -> None:
    assert last_of_month(datetime.date.fromisoformat(day)) == datetime.date.fromisoformat(last)
