"""Sentences that hold a claim verb but state no claim, or a claim of another kind.

Each sentence is composed for the test. A meeting comprising its members (ضمّ after a noun
of a gathering), a recognition told with its subject after a pronoun object, a sports
report's game, a refused stay told with the conjunction on the negation, a side's own
withdrawal announced earlier in its sentence, and a part of a whole that is no land.
"""

from __future__ import annotations

from negotext.analysis import Analysis
from negotext.document import Document
from negotext.extractors.territory import find_territory_claims
from negotext.records import ClaimKind, TerritoryClaim


def claims_of(text: str) -> list[TerritoryClaim]:
    return find_territory_claims(Analysis(Document(text)))


def kinds_of(text: str) -> list[tuple[ClaimKind, str]]:
    return [(c.kind, c.territory.text) for c in claims_of(text)]


# -- ضمّ: comprised, not annexed ------------------------------------------------------------


def test_meeting_comprising_countries_is_no_annexation() -> None:
    text = "استضافت الدوحة أمس اجتماعاً ثلاثياً ضمّ مصر والأردن وتركيا لبحث الهدنة."
    assert not [k for k, _ in kinds_of(text) if k == ClaimKind.ANNEXATION]


def test_committee_that_comprised_members_is_no_annexation() -> None:
    text = "وعقدت اللجنة التي ضمت العراق وسوريا جلستها الأولى في بغداد."
    assert not [k for k, _ in kinds_of(text) if k == ClaimKind.ANNEXATION]


def test_annexation_by_a_state_is_still_read() -> None:
    text = "ضمت أذربيجان إقليم كلبجار إلى أراضيها عام 2020 بعد الحرب."
    assert ClaimKind.ANNEXATION in [k for k, _ in kinds_of(text)]


# -- a recognition told with its subject after the pronoun ----------------------------------


def test_recogniser_after_pronoun_object_is_no_territory() -> None:
    text = "استولت الميليشيا على بلدة كيسمايو، قبل أن تعترف بها نيروبي إدارةً محلية."
    assert "نيروبي" not in " ".join(t for _, t in kinds_of(text))
    assert not [k for k, _ in kinds_of(text) if k == ClaimKind.RECOGNITION_DEMAND]


def test_recognition_of_itself_as_a_state_is_still_demanded() -> None:
    text = "وتطالب بريشتينا صربيا بالاعتراف بها دولة مستقلة ذات سيادة منذ سنوات."
    found = [c for c in claims_of(text) if c.kind == ClaimKind.RECOGNITION_DEMAND]
    assert found
    assert found[0].territory.name == "Kosovo"


# -- sports reports -------------------------------------------------------------------------


SPORTS = (
    "انتهت المباراة بالتعادل في الدوري المحلي، بعدما سيطر الفريق الضيف على منطقة الوسط "
    "في الشوط الثاني، وأهدر اللاعب ركلة جزاء في الوقت بدل الضائع."
)


def test_sports_report_states_no_claim() -> None:
    assert claims_of(SPORTS) == []


def test_chess_points_kept_are_no_hold() -> None:
    text = (
        "في الجولة السابعة من بطولة الشطرنج تعادل المصنف الأول مع منافسه بعد ثلاثين نقلة، "
        "ليحتفظ كل منهما بأربع نقاط، فيما بقي الأستاذ الكبير في الصدارة."
    )
    assert claims_of(text) == []


def test_a_hold_told_outside_sport_is_still_read() -> None:
    text = "سيطرت القوات الحكومية على مدينة الحديدة بعد معارك عنيفة."
    assert ClaimKind.CONTROL in [k for k, _ in kinds_of(text)]


# -- a refused stay, with و on the negation ------------------------------------------------


def test_refused_stay_with_conjunction_is_a_withdrawal_demand() -> None:
    text = "قال الوزير: العملية مجمدة.. ولن نقبل بقاء القوات الأجنبية في إقليم ترانسنيستريا"
    kinds = [k for k, _ in kinds_of(text)]
    assert ClaimKind.WITHDRAWAL_DEMAND in kinds
    assert ClaimKind.RETENTION_DEMAND not in kinds


# -- who refuses: not the side asked to leave, and the headline's speaker -------------------


INTERVIEW = (
    "حوار | مسؤول في الحكومة السودانية: لن نتنازل عن شبر من كردفان\n\n"
    "أجرى الحوار: سامي علي\n\n"
    "س: ما وضع الميدان؟\n\n"
    "ج: قوات الدعم السريع تسيطر على معظم مدن كردفان منذ الصيف. نحن نطالب بخروج قوات "
    "الدعم السريع من مدن كردفان، ولن نتنازل عن شبر من كردفان.\n"
)


def test_side_asked_to_leave_is_not_who_refuses() -> None:
    kept = (ClaimKind.RETENTION_DEMAND, ClaimKind.SOVEREIGNTY_CLAIM)
    body = INTERVIEW.index("ج:")
    refusal = next(c for c in claims_of(INTERVIEW) if c.kind in kept and c.evidence.start > body)
    assert refusal.claimant is not None
    assert refusal.claimant.name != "Rapid Support Forces"


def test_refusal_over_a_place_another_holds_is_a_sovereignty_claim() -> None:
    kinds = [(c.kind, c.territory.name) for c in claims_of(INTERVIEW)]
    assert (ClaimKind.SOVEREIGNTY_CLAIM, "Kordofan") in kinds
    assert (ClaimKind.RETENTION_DEMAND, "Kordofan") not in kinds


def test_a_right_recognised_is_no_territory() -> None:
    text = "وطالب المجلس الانتقالي بالاعتراف بحق الجنوب في تقرير مصيره عبر استفتاء."
    assert not [k for k, _ in kinds_of(text) if k == ClaimKind.RECOGNITION_DEMAND]


# -- a negated recognition of a land as another country's: its owner's claim ---------------


def test_land_refused_as_foreign_is_a_sovereignty_claim() -> None:
    text = "وقال رئيس الوزراء الجورجي للصحافيين إن بلاده لن تعترف بأبخازيا روسيةً مهما طال الزمن."
    assert (ClaimKind.SOVEREIGNTY_CLAIM, "أبخازيا") in kinds_of(text)


def test_part_of_its_lands_refused_as_foreign_is_a_sovereignty_claim() -> None:
    text = "وأكدت الحكومة في بيان أن جورجيا لن تعترف بأي من مناطقها المحتلة على أنها روسية."
    assert (ClaimKind.SOVEREIGNTY_CLAIM, "مناطقها المحتلة") in kinds_of(text)


def test_any_land_refused_as_foreign_names_no_territory() -> None:
    text = "وقال الوزير في مؤتمر صحافي: لن نعترف رسمياً بأي أرض محتلة على أنها روسية."
    assert kinds_of(text) == []


def test_negated_recognition_without_predicate_is_no_claim() -> None:
    text = "وأضاف المتحدث أن بلاده لن تعترف بأبخازيا تحت أي ظرف."
    assert kinds_of(text) == []


# -- a headline sums up the body: no claim of its own ----------------------------------------


def test_claim_only_in_an_interview_headline_is_no_record() -> None:
    text = (
        "حوار | وزير الدفاع الموريتاني: لن نقبل بقاء القوات الأجنبية في الإقليم الشمالي\n\n"
        "أجرى الحوار: سليم أحمد\n\n"
        "س: ما موقفكم من المفاوضات؟\n\n"
        "ج: نريد السلام مع جيراننا، والحوار هو الطريق.\n"
    )
    assert kinds_of(text) == []


def test_claim_told_in_the_body_under_a_headline_is_kept() -> None:
    text = (
        "تحليل | الحكومة تشترط انسحاب المتمردين من مدينة غوما\n\n"
        "كينشاسا – خاص\n\n"
        "وتطالب الحكومة بانسحاب المتمردين من مدينة غوما قبل أي اتفاق.\n"
    )
    [claim] = claims_of(text)
    assert claim.kind == ClaimKind.WITHDRAWAL_DEMAND
    assert claim.evidence.start > text.index("\n")


def test_mountain_range_heads_a_territory() -> None:
    text = "وقال المتحدث إن قوات الجيش تسيطر على نحو 70 في المئة من سلسلة جبال زاغروس."
    assert kinds_of(text) == [(ClaimKind.CONTROL, "سلسلة جبال زاغروس")]


# -- a stay told by its verbal noun: a demand only when someone demands or holds on to it ----


def test_stay_as_the_speakers_condition_is_no_retention() -> None:
    text = "وقال المفاوض القبرصي: لا حل ممكناً مع بقاء آلاف الجنود الأتراك في شمال الجزيرة."
    assert not [k for k, _ in kinds_of(text) if k == ClaimKind.RETENTION_DEMAND]


def test_stay_told_as_a_fact_is_no_retention() -> None:
    text = "وبعد انتهاء المهلة وبقاء القوات الأجنبية في ثلاث قرى حدودية، عاد الوفد إلى العاصمة."
    assert kinds_of(text) == []


def test_decision_to_stay_judged_is_no_retention() -> None:
    text = "ووصف الوزير السابق قرار البقاء في المعبر بأنه خطأ استراتيجي."
    assert kinds_of(text) == []


def test_stay_held_on_to_is_a_retention_demand() -> None:
    held = "ويتمسك قادة الجيش في العاصمة ببقاء قواتهم في قاعدة الوطية."
    assert (ClaimKind.RETENTION_DEMAND, "قاعدة الوطية") in kinds_of(held)
    ours = "وقال المتحدث: نتمسك ببقاء المنطقة الجبلية ضمن الإقليم."
    assert [k for k, _ in kinds_of(ours)] == [ClaimKind.RETENTION_DEMAND]


# -- ، و and the subject of a clause of its own: no further territory of the claim ----------


def test_capital_opening_a_clause_after_a_comma_is_no_territory() -> None:
    says = "وتطالب أنقرة بانسحاب المقاتلين من جبال قنديل، وبغداد تقول إن الملف شأن داخلي."
    assert [t for _, t in kinds_of(says)] == ["جبال قنديل"]
    silent = "وتطالب القاهرة بانسحاب القوات من الجانب الفلسطيني للمعبر، والدوحة لم تعلق بعد."
    assert [t for _, t in kinds_of(silent)] == ["الجانب الفلسطيني للمعبر"]


def test_demonstrative_subject_with_its_predicate_is_no_territory() -> None:
    text = "ويطالب الوفد بانسحاب القوات من المواقع الحدودية، وهذه النقطة مؤجلة إلى الجولة المقبلة."
    assert [t for _, t in kinds_of(text)] == ["المواقع الحدودية"]


def test_capital_listed_after_a_comma_stays_a_territory() -> None:
    text = "وتطالب الحكومة بانسحاب المسلحين من مدينة غزة، ورام الله."
    assert "رام الله" in [t for _, t in kinds_of(text)]


# -- control shared among several sides: no one side's claim --------------------------------


def test_control_shared_among_sides_is_no_claim() -> None:
    text = "فيما تتقاسم الفصائل المسلحة وقوات الدفاع الذاتي السيطرة على بقية القرى الحدودية."
    assert kinds_of(text) == []
    pair = "ويتقاسم الطرفان السيطرة الفعلية على المناطق الواقعة بين النهرين."
    assert kinds_of(pair) == []


def test_control_held_by_one_side_is_still_a_claim() -> None:
    text = "وتفرض قوات الحكومة السيطرة على الجنوب والشرق منذ العام الماضي."
    assert [k for k, _ in kinds_of(text)] == [ClaimKind.CONTROL]


# -- a noun of land alone and indefinite: any land, no territory ----------------------------


def test_land_alone_and_indefinite_is_no_territory() -> None:
    held = "وقال الوزير إن الحكومة لن تفاوض على أرض تحتلها الجماعات المسلحة."
    assert kinds_of(held) == []
    idiom = "ووصف المتحدث القرار بأنه تكريس للسيادة على أرض الواقع في الإقليم."
    assert kinds_of(idiom) == []


def test_land_with_a_name_or_an_owner_stays_a_territory() -> None:
    text = "وتحتل القوات الأجنبية أرض الجزيرة الشمالية منذ عقدين."
    assert [k for k, _ in kinds_of(text)] == [ClaimKind.CONTROL]


# -- a keeping by any arrangement, refused: a withdrawal demand -------------------------------


def test_refused_arrangement_that_keeps_forces_is_a_withdrawal_demand() -> None:
    text = "وقال الوزير: لن نقبل بأي اتفاق يُبقي قوات أجنبية داخل مقاطعة الشمال."
    assert kinds_of(text) == [(ClaimKind.WITHDRAWAL_DEMAND, "مقاطعة الشمال")]
    refused = "وترفض الحكومة أي صيغة تُبقي على مواقع عسكرية داخل ريف المحافظة الشرقية."
    assert [k for k, _ in kinds_of(refused)] == [ClaimKind.WITHDRAWAL_DEMAND]


def test_keeping_by_any_arrangement_not_refused_stays_a_retention() -> None:
    text = "وقال المتحدث إن أي اتفاق سيبقي قواتنا في المنطقة العازلة."
    assert [k for k, _ in kinds_of(text)] == [ClaimKind.RETENTION_DEMAND]


# -- a side's own withdrawal announced earlier in its sentence ---------------------------------


def test_own_withdrawal_announced_past_an_aside_is_no_demand() -> None:
    text = (
        "جاء إعلان جبهة التحرير الشمالية، مطلع آذار/مارس الماضي، سحب عناصرها من الأراضي "
        "الكينية إلى معاقلها في الجبال بعد مفاوضات طويلة."
    )
    assert not [k for k, _ in kinds_of(text) if k == ClaimKind.WITHDRAWAL_DEMAND]


def test_own_withdrawal_told_after_announcing_that_it_was_done_is_no_demand() -> None:
    text = (
        "وأعلنت القيادة العامة لجبهة التحرير الشمالية أن التنظيم سحب "
        '"جميع مقاتليه" من الأراضي الكينية إلى الشمال.'
    )
    assert not [k for k, _ in kinds_of(text) if k == ClaimKind.WITHDRAWAL_DEMAND]


def test_own_withdrawal_in_a_row_of_announced_deeds_is_no_demand() -> None:
    text = (
        "التنظيم أعلن حل نفسه في شباط، وسلّم عناصره أسلحتهم في نيروبي في نيسان، "
        "وسحب مقاتليه من الأراضي الكينية في حزيران."
    )
    assert not [k for k, _ in kinds_of(text) if k == ClaimKind.WITHDRAWAL_DEMAND]


def test_withdrawal_demanded_after_an_announcement_stays_a_demand() -> None:
    text = (
        "وأعلنت الحكومة الكينية، في بيان مساء الأحد، مطالبتها التنظيم بسحب مقاتليه "
        "من الأراضي الكينية."
    )
    assert ClaimKind.WITHDRAWAL_DEMAND in [k for k, _ in kinds_of(text)]


def test_duty_to_withdraw_after_an_announcement_stays_a_demand() -> None:
    text = "وكرر الرئيس الشروط التي أعلنها، وقال إن على التنظيم أن يسحب مقاتليه من الأراضي الكينية."
    assert ClaimKind.WITHDRAWAL_DEMAND in [k for k, _ in kinds_of(text)]


# -- a part of no land: the whole after من is no place, territory or polity --------------------


def test_part_of_an_identity_is_no_sovereignty_claim() -> None:
    text = "وقال الحاكم إن «جزيرة باسيلان جزء لا يتجزأ من ثقافة الإقليم»، مؤكداً دعمه للحوار."
    assert not [k for k, _ in kinds_of(text) if k == ClaimKind.SOVEREIGNTY_CLAIM]


def test_security_part_of_security_is_no_sovereignty_claim() -> None:
    text = "وصرح الوزير بأن استقرار إدلب جزء لا يتجزأ من استقرار المنطقة كلها."
    assert not [k for k, _ in kinds_of(text) if k == ClaimKind.SOVEREIGNTY_CLAIM]


def test_part_of_a_country_stays_a_sovereignty_claim() -> None:
    text = "وقال الوزير إن إقليم الأوغادين جزء لا يتجزأ من إثيوبيا."
    assert ClaimKind.SOVEREIGNTY_CLAIM in [k for k, _ in kinds_of(text)]


def test_part_of_a_state_with_its_demonym_stays_a_sovereignty_claim() -> None:
    text = "وأكد المتحدث أن إقليم الأوغادين جزء لا يتجزأ من الدولة الإثيوبية."
    assert ClaimKind.SOVEREIGNTY_CLAIM in [k for k, _ in kinds_of(text)]


# -- a capital a delegation leaves: the venue of the talks -----------------------------------


def test_delegation_not_leaving_a_capital_is_no_retention() -> None:
    text = "وأكد رئيس الوفد أن الوفد لن يغادر مسقط قبل التوصل إلى تفاهم نهائي."
    assert not kinds_of(text)


def test_we_will_not_leave_a_capital_before_a_deal_is_no_retention() -> None:
    text = "وقال المتحدث للصحافيين: «لن نغادر أنقرة قبل الاتفاق على قوائم المحتجزين»."
    assert not kinds_of(text)


def test_leaving_a_capital_with_a_mechanism_is_no_withdrawal() -> None:
    text = "وقال المفاوض أمام مقر الاجتماع: نريد أن نخرج من القاهرة بجدول زمني واضح للهدنة."
    assert not kinds_of(text)


def test_forces_leaving_a_capital_stay_a_withdrawal_demand() -> None:
    text = "وطالب البيان بأن تغادر القوات الأجنبية بغداد خلال عام."
    assert (ClaimKind.WITHDRAWAL_DEMAND, "بغداد") in kinds_of(text)


def test_not_leaving_a_city_that_is_no_capital_stays_a_retention() -> None:
    text = "وقال قائد الفصيل إن مقاتليه لن يغادروا مدينة الفاشر مهما كان الثمن."
    assert ClaimKind.RETENTION_DEMAND in [k for k, _ in kinds_of(text)]


# -- a withdrawal weighed for what it brings: the subject of a clause, no demand -------------


def test_any_withdrawal_that_would_give_an_edge_is_no_demand() -> None:
    text = (
        "وحذّر الوزير من التنازلات، معتبراً أن أي انسحاب من مدينة باخموت سيفتح الطريق أمام هجوم جديد."
    )
    assert not [k for k, _ in kinds_of(text) if k == ClaimKind.WITHDRAWAL_DEMAND]


def test_withdrawal_from_joined_places_that_would_weaken_is_no_demand() -> None:
    text = "ويرى قادة عسكريون أن الانسحاب من خيرسون وزابوريجيا سيضعف خطوط الدفاع كلها."
    assert not [k for k, _ in kinds_of(text) if k == ClaimKind.WITHDRAWAL_DEMAND]


def test_withdrawal_that_cannot_happen_but_by_a_vote_is_no_demand() -> None:
    text = "وقال الرئيس إن أي انسحاب من إقليم كاراباخ لا يمكن أن يتم إلا بقرار من البرلمان."
    assert not [k for k, _ in kinds_of(text) if k == ClaimKind.WITHDRAWAL_DEMAND]


def test_withdrawal_that_remains_a_condition_stays_a_demand() -> None:
    text = "وأكد المتحدث أن انسحاب القوات من مدينة الفاشر سيبقى شرطاً لأي هدنة."
    assert ClaimKind.WITHDRAWAL_DEMAND in [k for k, _ in kinds_of(text)]


def test_withdrawal_named_a_condition_stays_a_demand() -> None:
    text = "وقال الوزير إن انسحاب المتمردين من مدينة غوما شرط أساسي لأي اتفاق."
    assert ClaimKind.WITHDRAWAL_DEMAND in [k for k, _ in kinds_of(text)]


# -- a withdrawal a signed text stipulated: a past term recounted, no one's demand ------------


def test_withdrawal_an_accord_stipulated_is_no_demand() -> None:
    text = (
        "ووقّع الطرفان في نيروبي عام 2019 «اتفاق كيسومو» الذي نصّ على خروج المقاتلين من "
        "مدينة كاكوما، لكنه بقي حبراً على ورق."
    )
    assert not [k for k, _ in kinds_of(text) if k == ClaimKind.WITHDRAWAL_DEMAND]


def test_withdrawal_a_signed_text_stipulated_plainly_is_no_demand() -> None:
    text = "فالوثيقة التي وقعها الطرفان في لوساكا نصّت بوضوح على انسحاب القوات من إقليم كاسيسي، ولم يُنفذ منها شيء."
    assert not [k for k, _ in kinds_of(text) if k == ClaimKind.WITHDRAWAL_DEMAND]


def test_withdrawal_an_accord_must_stipulate_stays_a_demand() -> None:
    text = "وقال الوزير إن أي اتفاق يجب أن ينص على انسحاب المسلحين من مدينة كاكوما فوراً."
    assert ClaimKind.WITHDRAWAL_DEMAND in [k for k, _ in kinds_of(text)]


def test_withdrawal_demanded_as_an_accord_stipulated_stays_a_demand() -> None:
    text = "ويطالب الجيش بانسحاب المقاتلين من مدينة كاكوما كما نص اتفاق كيسومو."
    assert ClaimKind.WITHDRAWAL_DEMAND in [k for k, _ in kinds_of(text)]


def test_withdrawal_an_accord_stipulated_as_its_news_stays_a_demand() -> None:
    text = "ونص الاتفاق على انسحاب القوات الأجنبية من أراضي زامبيا خلال ستين يوماً."
    assert ClaimKind.WITHDRAWAL_DEMAND in [k for k, _ in kinds_of(text)]
