"""Page segmentation: main article, appended article, related list, boilerplate."""

from __future__ import annotations

import datetime
import itertools

from hypothesis import given
from hypothesis import strategies as st

from negotext.analysis import Analysis
from negotext.ar.dates import DateMention, Granularity
from negotext.document import Document, SegmentKind
from negotext.records import Span
from negotext.segments import parse_markers, segment

ARTICLE = (
    "قال وزير الخارجية السوداني إن الجيش مستعد للعودة إلى منبر جدة للتفاوض "
    "مع قوات الدعم السريع إذا التزمت بما تم الاتفاق عليه سابقا."
)
SECOND = (
    "أعلنت الوساطة القطرية أن جولة جديدة من المحادثات غير المباشرة بين الطرفين "
    "ستعقد الأسبوع المقبل في الدوحة بمشاركة وفود فنية من الجانبين."
)


def kinds(text: str) -> list[tuple[str, str]]:
    return [(str(s.kind), text[s.span.start : s.span.end].strip()) for s in segment(text)]


def test_plain_article_is_one_main_segment() -> None:
    assert kinds(ARTICLE) == [("main", ARTICLE)]


def test_empty_text() -> None:
    assert [s.span for s in segment("")] == [Span(0, 0)]


def test_dateline_prefix_is_boilerplate_and_the_sentence_main() -> None:
    text = "الخرطوم – (وكالات): " + ARTICLE
    assert kinds(text) == [("boilerplate", "الخرطوم – (وكالات):"), ("main", ARTICLE)]


def test_dateline_with_agency_in_parentheses_then_dash() -> None:
    text = "الدوحة (رويترز) - " + SECOND
    assert kinds(text)[0] == ("boilerplate", "الدوحة (رويترز) -")
    assert kinds(text)[1] == ("main", SECOND)


def test_dateline_alone_on_its_line() -> None:
    text = "صحيفة الخليج (الدوحة)\n" + SECOND
    assert kinds(text) == [("boilerplate", "صحيفة الخليج (الدوحة)"), ("main", SECOND)]


def test_read_also_with_a_paragraph_is_an_appended_article() -> None:
    text = f"{ARTICLE}\nاقرأ أيضاً:\nعنوان المقال الثاني\n{SECOND}\n"
    assert kinds(text) == [
        ("main", ARTICLE),
        ("boilerplate", "اقرأ أيضاً:"),
        ("appended", f"عنوان المقال الثاني\n{SECOND}"),
    ]


def test_read_also_with_hamza_spelling_and_see_also() -> None:
    for marker in ("إقرأ أيضاً", "شاهد أيضا", "اقرأ أيضًا"):
        text = f"{ARTICLE}\n{marker}\n{SECOND}"
        assert [k for k, _ in kinds(text)] == ["main", "boilerplate", "appended"], marker


def test_read_also_with_only_headlines_is_a_related_list() -> None:
    text = f"{ARTICLE}\nاقرأ أيضا\nالحوثيون يعلنون استهداف سفينة\nغروندبرغ يزور مسقط\n"
    assert [k for k, _ in kinds(text)] == ["main", "boilerplate", "related"]


def test_read_also_with_long_list_items_is_a_related_list() -> None:
    long_item = "طقس الخميس: أمطار غزيرة ورياح نشطة على المناطق الساحلية وانخفاض في درجات الحرارة"
    for mark in ("- ", "• ", "ــ "):
        text = f"{ARTICLE}\nاقرأ أيضاً\n{mark}الحوثيون يعلنون استهداف سفينة\n{mark}{long_item}\n"
        assert [k for k, _ in kinds(text)] == ["main", "boilerplate", "related"], mark
    # a paragraph after the list items still makes it an article
    text = f"{ARTICLE}\nاقرأ أيضاً\n- عنوان قصير\n{SECOND}\n"
    assert [k for k, _ in kinds(text)] == ["main", "boilerplate", "appended"]


def test_related_list_and_back_to_top_button() -> None:
    text = f"{ARTICLE}\n\nمقالات ذات صلة\n\n  • عنوان أول\n  • عنوان ثان\nزر الذهاب إلى الأعلى"
    assert kinds(text) == [
        ("main", ARTICLE),
        ("boilerplate", "مقالات ذات صلة"),
        ("related", "• عنوان أول\n  • عنوان ثان"),
        ("boilerplate", "زر الذهاب إلى الأعلى"),
    ]


def test_tags_share_source_and_breadcrumb_lines() -> None:
    text = (
        "الرئيسيةأخبار عربية\n"
        f"{ARTICLE}\n"
        "طباعة شارك السودان جدة\n"
        "المصدر: وكالات\n"
        "كلمات دلالية: السودان الدعم السريع\n"
    )
    assert [k for k, _ in kinds(text)] == ["boilerplate", "main", "boilerplate"]


def test_a_sentence_starting_like_a_marker_is_text() -> None:
    sentence = (
        "شارك وزير الخارجية الإيراني في جولة المحادثات غير المباشرة مع الوفد الأميركي "
        "التي استضافتها العاصمة العمانية مسقط يوم السبت."
    )
    assert kinds(sentence) == [("main", sentence)]


def test_markers_are_data_and_extensible() -> None:
    text = f"{ARTICLE}\nلا تفوتك\n{SECOND}"
    assert [k for k, _ in kinds(text)] == ["main"]
    custom = [*parse_markers_source(), "appended: لا تفوتك"]
    assert [str(s.kind) for s in segment(text, custom)] == ["main", "boilerplate", "appended"]


def parse_markers_source() -> list[str]:
    from negotext.ar.builtin_data import load_lexicon_files

    return list(load_lexicon_files()["segment_markers"])


def test_parse_markers_ignores_bad_lines() -> None:
    assert parse_markers(["nonsense", "unknown: كلمة", "related:"]) == ()


def test_analysis_uses_segments_and_does_not_resolve_relative_dates_outside_main(
    monkeypatch: object,
) -> None:
    text = f"{ARTICLE}\nاقرأ أيضاً\nقال مسؤول أمس إن {SECOND}"
    analysis = Analysis(Document(text, published=datetime.date(2025, 5, 20)))
    assert analysis.segment_at(len(text) - 3).kind is SegmentKind.APPENDED
    yesterday_main = text.index("سابقا")
    yesterday_appended = text.index("أمس")

    def fake_find_dates(
        _text: str, published: datetime.date | None, **_options: object
    ) -> list[DateMention]:
        return [
            DateMention(
                "سابقا",
                Span(yesterday_main, yesterday_main + 5),
                datetime.date(2025, 5, 19),
                Granularity.DAY,
                relative=True,
            ),
            DateMention(
                "أمس",
                Span(yesterday_appended, yesterday_appended + 3),
                datetime.date(2025, 5, 19),
                Granularity.DAY,
                relative=True,
            ),
        ]

    import negotext.analysis as analysis_module

    monkeypatch.setattr(analysis_module, "find_dates", fake_find_dates)  # type: ignore[attr-defined]
    main_date, appended_date = analysis.dates
    assert main_date.value == datetime.date(2025, 5, 19)
    assert appended_date.value is None


TEXTS = st.text(
    alphabet="ابتثجحخدرزسشصضطظعغفقكلمنهوي \n.:()-–،اقرأ أيضاًمقالات ذات صلة", max_size=300
)


@given(TEXTS)
def test_segments_cover_the_text_in_order(text: str) -> None:
    segments = segment(text)
    assert segments[0].span.start == 0
    assert segments[-1].span.end == len(text)
    for before, after in itertools.pairwise(segments):
        assert before.span.end == after.span.start
        assert before.kind is not after.kind or before.span.length == 0


LEAD = "أعلن المبعوث الأممي التوصل إلى اتفاق لتبادل المحتجزين بين الطرفين بعد أسبوعين من المفاوضات في مسقط.\n\n"
GOES_ON = (
    "ورحب المبعوث في بيان بالاتفاق واعتبره خطوة مهمة لبناء الثقة بين الأطراف اليمنية المتحاربة.\n"
)


def test_a_teaser_inside_the_article_does_not_end_it() -> None:
    page = LEAD + "اقرأ أيضا\nالحوثيون يعلنون استهداف سفينة تجارية\n\n" + GOES_ON
    kinds = [(s.kind, page[s.span.start : s.span.end].strip()[:12]) for s in segment(page)]
    assert [k for k, _ in kinds] == [
        SegmentKind.MAIN,
        SegmentKind.BOILERPLATE,
        SegmentKind.RELATED,
        SegmentKind.MAIN,
    ]
    assert kinds[-1][1] == GOES_ON.strip()[:12]


def test_an_appended_article_still_starts_with_its_own_lead() -> None:
    second = "قال مسؤول عسكري إن الجماعة استهدفت سفينة تجارية في البحر الأحمر صباح اليوم بصاروخ.\n"
    page = LEAD + "اقرأ أيضا\nالحوثيون يعلنون استهداف سفينة تجارية\n\n" + second
    assert [s.kind for s in segment(page)][-1] is SegmentKind.APPENDED
