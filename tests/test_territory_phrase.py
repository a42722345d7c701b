"""The territory extractor: where a territory phrase ends, which territory a pronoun or a share
names, and who claims it. Sentences here are composed for the tests, not taken from any article.
"""

from __future__ import annotations

import pytest
from tests.test_territory import _same, claims_of, only

from negotext.records import TerritoryClaim

# -- phrase boundaries and claimants (composed sentences) ----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "وتطالب نيامي بانسحاب الجماعة من كل المناطق التي تسيطر عليها.\n\nتشاد والسودان: لا اتفاق",
        "ويصر الجيش على انسحاب الحركة من المناطق التي تسيطر عليها. تشاد تراقب الوضع.",
    ],
)
def test_no_claim_reads_a_name_past_a_full_stop_or_a_heading(text: str) -> None:
    for claim in claims_of(text):
        evidence = text[claim.evidence.start : claim.evidence.end]
        assert "." not in evidence, evidence
        assert "\n" not in evidence, evidence
        assert "تشاد" not in claim.territory.text
        assert claim.claimant is None or "تشاد" not in claim.claimant.text


def test_a_state_before_a_relative_pronoun_holds_its_own_land() -> None:
    claim = only("وقال الوزير إن بوليفيا، التي تسيطر على ساحلها الجنوبي كاملاً منذ عقود، لن تتفاوض.")
    assert (claim.kind, claim.territory.text) == ("control", "ساحلها الجنوبي")
    assert claim.claimant is not None
    assert claim.claimant.text == "بوليفيا"


@pytest.mark.parametrize(
    ("text", "territory"),
    [
        ("وقال المتحدث إن سيادة كمبوديا على أراضيها ومياهها غير قابلة للتفاوض.", "أراضيها ومياهها"),
        ("وتسيطر الجماعة على الأراضي غير المأهولة شرق النهر.", "الأراضي غير المأهولة شرق النهر"),
        ("وتطالب كولومبيا بانسحاب القوات من المنطقة تماماً.", "المنطقة"),
    ],
)
def test_what_is_said_of_a_territory_ends_it(text: str, territory: str) -> None:
    assert only(text).territory.text == territory


def test_a_territory_coordinated_after_an_adverb_of_completeness() -> None:
    found = claims_of("وتطالب كولومبيا بانسحاب القوات من المنطقة تماماً، وكذلك من الجزر الثلاث.")
    assert [c.territory.text for c in found] == ["المنطقة", "الجزر الثلاث"]


def test_a_capital_before_a_share_of_the_relatives_head_is_who_holds_it() -> None:
    claim = only("وتقع جزيرة سانتا مارتا، التي تحتل نيامي نصفها الشمالي منذ سنوات، على الحدود.")
    assert (claim.kind, _same("جزيرة سانتا مارتا", claim.territory.text)) == ("control", True)
    assert claim.claimant is not None
    assert claim.claimant.text == "نيامي"


def test_a_share_with_a_pronoun_is_of_the_territory_told_before() -> None:
    text = "وتحدث التقرير عن منطقة أبيي المتنازع عليها. وتسيطر الجماعة على معظمها منذ عامين."
    assert _same("منطقة أبيي", only(text).territory.text)
    assert only("وتقع بلدة كاسالا قرب الحدود، وتحتل الجماعة نصفها.").share_percent == 50.0


@pytest.mark.parametrize(
    ("text", "territory"),
    [
        (
            "وتطالب بوليفيا بانسحاب القوات من نحو 300 كيلومتر مربع من أراضيها تقدمت إليها العام الماضي.",
            "نحو 300 كيلومتر مربع من أراضيها",  # the measured area, as written
        ),
        (
            "وطالبت الحكومة بانسحاب المتمردين من البلدة الساحلية انسحب الجيش منها.",
            "البلدة الساحلية",
        ),
        # with the relative pronoun the clause describes the territory and stays in it
        (
            "وطالبت الحكومة بانسحاب المتمردين من المدن التي يسيطرون عليها.",
            "المدن التي يسيطرون عليها",
        ),
    ],
)
def test_a_verb_and_its_resumptive_pronoun_after_a_definite_territory_end_it(
    text: str, territory: str
) -> None:
    claim = [c for c in claims_of(text) if c.kind == "withdrawal_demand"]
    assert [c.territory.text for c in claim] == [territory]


def test_a_name_before_a_participle_and_its_pronoun_is_no_verb() -> None:
    claim = only("وتطالب الهند بانسحاب القوات من إقليم لاداخ المتنازع عليه.")
    assert _same("إقليم لاداخ", claim.territory.text)


@pytest.mark.parametrize(
    ("text", "territories"),
    [
        (
            "وتطالب الحكومة بانسحاب المتمردين من البلدات والمنشآت العامة، وفي مقدمتها مدينة بونيا ومدن إيتوري.",
            ["البلدات والمنشآت العامة، وفي مقدمتها مدينة بونيا ومدن إيتوري"],
        ),
        (
            "ودعت باماكو إلى خروج الجماعات المسلحة من المدن الشمالية، ولا سيما كيدال.",
            ["المدن الشمالية، ولا سيما كيدال"],
        ),
        (
            "وطالب قائد الحركة بانسحاب الجيش من المدن الرئيسية في إقليم دارفور، وعلى رأسها نيالا والجنينة، قبل أي اتفاق.",
            ["المدن الرئيسية في إقليم دارفور، وعلى رأسها نيالا والجنينة"],
        ),
        # a relative clause or a count makes the territory the one told: the list is an example
        (
            "وتطالب الحكومة بانسحاب المتمردين من المدن التي سيطروا عليها، وفي مقدمتها مدينة بونيا.",
            ["المدن التي سيطروا عليها"],
        ),
    ],
)
def test_a_general_list_and_its_named_items_are_one_territory(
    text: str, territories: list[str]
) -> None:
    """The general words and the items they lead to (وفي مقدمتها، وعلى رأسها، ولا سيما) are the
    places under one claim verb: one claim, the whole phrase as written (CONVENTIONS rule 2),
    whichever of them a coder writes; the items have no name of their own as one territory."""
    found = [c for c in claims_of(text) if c.kind == "withdrawal_demand"]
    assert len(found) == len(territories), [c.territory.text for c in found]
    for claim, territory in zip(found, territories, strict=True):
        assert _same(territory, claim.territory.text), claim.territory.text
        assert claim.territory.name is None or "،" not in territory


def test_a_place_joined_to_a_pronoun_object_by_its_preposition_is_claimed_too() -> None:
    text = (
        "وقال الوزير إن منطقة أبيي يجب أن تعود إلى الإدارة المدنية، "
        "مطالباً الجيش بالانسحاب منها ومن مدينة كادوقلي المجاورة."
    )
    found = [c for c in claims_of(text) if c.kind == "withdrawal_demand"]
    assert len(found) == 2, [c.territory.text for c in found]
    assert _same("منطقة أبيي", found[0].territory.text)
    assert _same("مدينة كادوقلي", found[1].territory.text)


def test_a_kept_territory_named_by_what_it_refers_to() -> None:
    text = (
        'وقالت الحركة في بيان إنها "لن تتخلى عن الأراضي التي حررها مقاتلوها"، '
        "في إشارة إلى مدينة كيدال التي دخلتها الشهر الماضي."
    )
    claim = only(text)
    assert claim.kind == "retention_demand"
    assert _same("مدينة كيدال", claim.territory.text)


def test_ones_own_land_kept_is_not_renamed_by_what_it_refers_to() -> None:
    text = "وقال الرئيس إن بلاده لن تتنازل عن شبر من أراضيها، في إشارة إلى الجزر المتنازع عليها."
    assert [c.territory.text for c in claims_of(text) if "الجزر" in c.territory.text] == []


def test_a_pronoun_after_a_place_and_its_predicate_names_the_place() -> None:
    text = "وقال الوزير إن منطقة أبيي أرض سودانية، ونحن نطالب بانسحاب الميليشيات منها."
    found = [c for c in claims_of(text) if c.kind == "withdrawal_demand"]
    assert [_same("منطقة أبيي", c.territory.text) for c in found] == [True]


def test_the_countryside_in_the_plural_heads_a_territory() -> None:
    claim = only("وتسيطر الجماعة على نحو 40% من أرياف إقليم كيفو الشمالي.")
    assert (claim.kind, claim.share_percent) == ("control", 40.0)
    assert _same("أرياف إقليم كيفو", claim.territory.text)


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        # the side a participle of demanding is addressed to is asked, not who asks
        (
            "وقال وزير خارجية بيرو إن بلاده ترفض الوضع، مطالباً تشيلي بسحب قواتها من جزيرة نورتي.",
            "PE",
        ),
        (
            "وقال وزير خارجية بيرو إن بلاده ترفض ذلك، مطالباً القوات التشيلية بالانسحاب من جزيرة نورتي.",
            "PE",
        ),
        # a town where talks are held is no actor; the government before it is
        ("وجددت الحكومة السودانية في جولة جدة مطالبتها بانسحاب المتمردين من مدينة كادوقلي.", "SD"),
    ],
)
def test_the_claimant_is_who_demands_not_the_side_asked_or_the_venue(
    text: str, claimant: str
) -> None:
    found = [c for c in claims_of(text) if c.kind == "withdrawal_demand"]
    assert len(found) == 1, [c.territory.text for c in found]
    assert found[0].claimant is not None
    assert found[0].claimant.id == claimant, found[0].claimant


@pytest.mark.parametrize(
    ("text", "territory"),
    [
        ("وتسيطر قوات الحكومة على الشمال والشرق منذ عام 2019.", "الشمال والشرق"),
        ("وتحتفظ الجماعة بالجنوب رغم الهجمات.", "الجنوب"),
    ],
)
def test_a_direction_with_the_article_is_a_region_held(text: str, territory: str) -> None:
    assert _same(territory, only(text).territory.text)


def test_a_direction_gone_to_is_no_territory() -> None:
    assert claims_of("وانسحبت القوات إلى الشمال بعد المعارك.") == []


def test_the_conjunction_is_no_part_of_a_named_territory() -> None:
    found = claims_of("وتطالب أذربيجان بانسحاب القوات من كلبجار ولاتشين.")
    assert [c.territory.text for c in found] == ["كلبجار ولاتشين"]
    assert [p.text for p in found[0].parts] == ["كلبجار", "لاتشين"]


def test_places_in_a_row_after_a_coordinated_territory_are_one_more_claim() -> None:
    text = "وتطالب أذربيجان بانسحاب القوات من إقليم قره باغ بالكامل، وكذلك من كلبجار ولاتشين."
    found = [c.territory.text for c in claims_of(text)]
    assert len(found) == 2, found  # the region, then the two places in a row as one claim
    assert _same("كلبجار ولاتشين", found[-1])


@pytest.mark.parametrize(
    ("text", "territory"),
    [
        (
            "وتطالب الحكومة بأن تنسحب قوات الجماعة من أي مواقع قرب مدينة كادوقلي.",
            "أي مواقع قرب مدينة كادوقلي",
        ),
        ("وقالت الجبهة إنها لن تتخلى عن أي أرض حررها مقاتلوها.", "أي أرض حررها مقاتلوها"),
        ("وقال المتحدث إن الحركة لن تتخلى عن أي أرض احتلها مقاتلوها.", "أي أرض احتلها مقاتلوها"),
    ],
)
def test_any_before_a_territory_noun_belongs_to_the_phrase(text: str, territory: str) -> None:
    assert only(text).territory.text == territory


def test_a_capital_after_a_verb_with_a_pronoun_object_is_its_subject() -> None:
    text = "وتطالب الحكومة بالسيادة على ثلاث قرى داخل بيرو تسيطر عليها ليما منذ عقود."
    held = [c for c in claims_of(text) if c.kind == "control"]
    assert len(held) == 1, [c.territory.text for c in held]
    assert held[0].claimant is not None
    assert held[0].claimant.id == "PE"


def test_a_states_army_deployed_holds_for_its_state_and_peacekeepers_claim_nothing() -> None:
    claim = only("وينتشر الجيش الإسرائيلي في المنطقة العازلة منذ أشهر.")
    assert (claim.kind, claim.territory.text) == ("control", "المنطقة العازلة")
    assert claim.claimant is not None
    assert claim.claimant.id == "IL"
    assert claims_of("وتنتشر قوات الأمم المتحدة في المنطقة العازلة منذ عقود.") == []


@pytest.mark.parametrize(
    ("text", "territories"),
    [
        # a second demand with its own cue after و: its own claim, the first territory ends
        (
            "وتطالب الجبهة بانسحاب القوات الحكومية من منطقة أبيي وبخروج الميليشيات من البلدات الحدودية الجنوبية.",
            ["منطقة أبيي", "البلدات الحدودية الجنوبية"],
        ),
        (
            "وطالبت باماكو بانسحاب المتمردين من مدينة كيدال والانسحاب من مطار غاو.",
            ["مدينة كيدال", "مطار غاو"],
        ),
        # a side after و with على and a share: the subject of a verb left out, no place
        (
            "وتسيطر الحكومة على نحو 60% من أراضي الإقليم والمتمردون على قرابة 25%.",
            ["أراضي الإقليم"],
        ),
        (
            "ويسيطر الجيش على ثلثي مساحة الجزيرة والانفصاليون على الثلث الباقي تقريباً.",
            ["مساحة الجزيرة"],
        ),
        # places and directions joined by و stay one territory
        ("وتحتل القوات شرق البلاد وجنوبها.", ["شرق البلاد وجنوبها"]),
    ],
)
def test_a_clause_joined_by_wa_ends_the_territory(text: str, territories: list[str]) -> None:
    found = [c.territory.text for c in claims_of(text)]
    assert found == territories


@pytest.mark.parametrize(
    ("text", "territory"),
    [
        # a dual names two places: the second is read even when the gazetteer knows neither
        ("وطالب المجلس العسكري بانسحاب الجماعة من بلدتي كوتكاي ونامتو.", "بلدتي كوتكاي ونامتو"),
        ("سيطرت الحركة على بلدتي لاوكاي وهسيباو في ولاية شان.", "بلدتي لاوكاي وهسيباو"),
        ("وتطالب الحكومة بانسحاب المتمردين من مدينتي غوما وبوكافو.", "مدينتي غوما وبوكافو"),
        # a singular noun names one; a verbal noun after و is a demand of its own
        ("سيطرت الحركة على بلدة لاوكاي وهسيباو.", "بلدة لاوكاي"),
        ("وطالب بانسحاب الجيش من بلدتي كوتكاي وإطلاق سراح الأسرى.", "بلدتي كوتكاي"),
    ],
)
def test_a_dual_region_noun_names_both_places(text: str, territory: str) -> None:
    assert [c.territory.text for c in claims_of(text)] == [territory]


def test_a_pronoun_after_a_comma_opens_no_apposition() -> None:
    """X، وهي المناطق الثلاث التي أعلنت ضمها: the relative clause is said of the noun after the
    pronoun, written as told (CONVENTIONS rule 3), not of the last place before the comma."""
    text = (
        "طالبت أرمينيا بانسحاب القوات الأذربيجانية من قرى تافوش وسيونيك وغيغاركونيك، "
        "وهي المناطق الثلاث التي أعلنت باكو ضمها في مايو 2021."
    )
    annexed = [c for c in claims_of(text) if c.kind == "annexation"]
    assert len(annexed) == 1
    assert annexed[0].territory.text.startswith("المناطق الثلاث")
    assert annexed[0].territory.name is None


# -- a definite noun of a kind of place names the place told before (composed sentences) ------


def _claim_of(text: str, kind: str) -> TerritoryClaim:
    found = [c for c in claims_of(text) if c.kind == kind]
    assert len(found) == 1, [(c.kind, c.territory.text) for c in claims_of(text)]
    return found[0]


def test_the_peninsula_by_the_definite_form_of_its_noun_of_two_words() -> None:
    claim = _claim_of(
        "تبقى شبه جزيرة القرم محور الخلاف. وقد ضمت روسيا شبه الجزيرة بعد استفتاء متنازع عليه.",
        "annexation",
    )
    assert claim.territory.text == "شبه الجزيرة"
    assert claim.territory.name == "Crimea"


def test_farms_held_are_a_territory_named_by_the_farms_told_before() -> None:
    claim = _claim_of(
        "يقول لبنان إن مزارع شبعا أرض لبنانية، فيما تحتل إسرائيل المزارع منذ عقود.", "control"
    )
    assert claim.territory.text == "المزارع"
    assert claim.territory.name == "Shebaa Farms"


def test_the_city_is_the_last_city_named_even_a_paragraph_before() -> None:
    claim = _claim_of(
        "خسرت الحكومة لاسعانود قبل عامين.\n\nوقال الوزير إن القوات المحلية سيطرت على المدينة "
        "في أغسطس من ذلك العام.",
        "control",
    )
    assert claim.territory.text == "المدينة"
    assert claim.territory.name == "Las Anod"


def test_the_region_is_the_last_region_named_not_a_capital() -> None:
    claim = _claim_of(
        "تتنازع كاراكاس وجورجتاون على إيسيكيبو منذ قرن، وتدير غيانا نحو 70% من الإقليم.",
        "control",
    )
    assert claim.territory.name == "Essequibo"


def test_a_general_noun_names_no_place_by_a_name_that_opens_with_it() -> None:
    claim = _claim_of(
        "تحدث المبعوث عن إقليم أمهرة. وتطالب الحكومة بانسحاب الميليشيا من المنطقة فوراً.",
        "withdrawal_demand",
    )
    assert claim.territory.text == "المنطقة"
    assert claim.territory.name is None


def test_a_measured_area_is_the_territory_as_written_with_what_it_is_of() -> None:
    claim = _claim_of(
        "وتطالب الحكومة بانسحاب قوات الجار من نحو 150 كيلومتراً مربعاً من أراضيها التي دخلتها "
        "العام الماضي.",
        "withdrawal_demand",
    )
    assert claim.territory.text.startswith("نحو 150 كيلومتراً مربعاً من أراضيها")


def test_the_last_of_three_islands_listed_after_the_tunbs_is_part_of_the_territory() -> None:
    claim = _claim_of(
        "ودعا البيان إلى انسحاب القوات الإيرانية من طنب الكبرى وطنب الصغرى وأبو موسى دون تأخير.",
        "withdrawal_demand",
    )
    assert claim.territory.text.endswith("وأبو موسى")


@pytest.mark.parametrize(
    "text",
    [  # a region of no country (a part of the world), a city told paragraphs before
        "جال الوفد في البلقان طوال الأسبوع.\nوتطالب الحكومة بانسحاب القوات من الإقليم فوراً.",
        "عقدت الجولة الأولى في غوما.\n\nثم توقفت.\n\nوتقدمت الحركة.\n\n"
        "وتطالب الحكومة بانسحاب الحركة من المدينة فوراً.",
    ],
)
def test_a_definite_noun_takes_no_region_of_the_world_nor_a_city_left_behind(text: str) -> None:
    claim = _claim_of(text, "withdrawal_demand")
    assert claim.territory.name is None


@pytest.mark.parametrize(
    ("text", "territory"),
    [  # the cardinal five before an indefinite plural counts the territory, as أربع does
        (
            "ويحتل الجيش منذ آذار 2023 خمس قرى جبلية داخل أراضي الجمهورية.",
            "خمس قرى جبلية داخل أراضي الجمهورية",
        ),
        ("وتسيطر الميليشيا على نحو خمس بلدات في الوادي الشرقي.", "خمس بلدات في الوادي الشرقي"),
    ],
)
def test_five_before_an_indefinite_plural_is_a_count_kept_in_the_territory(
    text: str, territory: str
) -> None:
    claim = _claim_of(text, "control")
    assert claim.territory.text == territory
    assert claim.share_percent is None


def test_a_fifth_before_a_definite_noun_is_a_share_not_a_count() -> None:
    claim = _claim_of("وتسيطر الحركة على خمس مساحة الإقليم الشمالي.", "control")
    assert claim.share_percent == 20.0
    assert not claim.territory.text.startswith("خمس")


@pytest.mark.parametrize(
    ("text", "city"),
    [  # a city as a verb's subject acts for its government: no pronoun of land names it
        (
            "اجتاحت القوات الإقليم الشمالي قبل عامين. وأعلنت أنقرة في صيف 2025 ضمه إلى أراضيها.",
            "أنقرة",
        ),
        ("وتنتشر الفصائل في بلدات سهل الغاب، وتطالب حلب بالإبقاء عليها هناك.", "حلب"),
        ("دخلت القوات مدينة الموصل ثم أعلنت بغداد في اليوم التالي استعادتها.", "بغداد"),
    ],
)
def test_a_city_acting_as_the_subject_is_no_antecedent_of_a_pronoun_of_land(
    text: str, city: str
) -> None:
    assert all(c.territory.text != city for c in claims_of(text))


def test_the_pronoun_after_a_city_acting_names_the_place_before_it() -> None:
    claim = _claim_of(
        "دخلت القوات مدينة الموصل ثم أعلنت بغداد في اليوم التالي استعادتها.", "control"
    )
    assert claim.territory.name == "Mosul"


def test_a_capital_after_a_noun_is_a_place_a_pronoun_may_name() -> None:
    claim = _claim_of("احتل الجيش مدينة كابول في الصيف ثم أعلنت القيادة ضمها.", "annexation")
    assert claim.territory.name == "Kabul"


@pytest.mark.parametrize(
    ("text", "territory"),
    [
        ("وقال المتحدث باسم الحكومة: «لن نفرّط في ذرة من ترابنا».", "ترابنا"),
        ("وقال رئيس الحكومة للصحافيين: لن نتنازل عن شبر واحد من أراضينا.", "أراضينا"),
        ("وأضاف الوزير: لن نتنازل عن شبر من مياهنا الإقليمية.", "مياهنا الإقليمية"),
    ],
)
def test_our_land_after_a_measure_is_possessed_not_an_accusative_predicate(
    text: str, territory: str
) -> None:
    """أراضينا، ترابنا: the alef is the pronoun of "we", not the accusative of إقليماً."""
    claim = only(text)
    assert claim.kind == "retention_demand"
    assert _same(territory, claim.territory.text), claim.territory.text


def test_our_borders_after_a_measure_are_no_land_of_ours() -> None:
    """حدودنا is no noun of land (``territory_land_stems``): the refusal names no territory."""
    assert claims_of("وقال المتحدث: لن نتنازل عن شبر من حدودنا مهما كلّف الأمر.") == []


@pytest.mark.parametrize(
    ("text", "territory"),
    [  # سمّى and اعتبر take the name as a second object, with no ب before it
        ('وتطالب أنقرة بإخلاء ما تسميه "قبرص المحتلة" فوراً.', "قبرص"),
        ('ويطالب المجلس بأن تخلي أرمينيا ما يسميه "قره باغ المحتلة".', "قره باغ"),
        ('وتطالب تايلاند بسحب ما تسميه "الوجود العسكري" من جزيرة كو كود.', "جزيرة كو كود"),
    ],
)
def test_a_territory_or_forces_named_without_ba_after_ma_and_a_verb_of_naming(
    text: str, territory: str
) -> None:
    claim = only(text)
    assert claim.kind == "withdrawal_demand"
    assert claim.territory.text.startswith(territory)


def test_a_verb_of_describing_needs_ba_before_its_name() -> None:
    # وصف names with ب: the word after تصفه with no ب is no name, nothing is named as left
    assert not claims_of('وتطالب أنقرة بإخلاء ما تصفه "قبرص المحتلة" فوراً.')


def test_an_end_demanded_of_a_hold_told_as_what_the_demander_calls_it() -> None:
    claim = only("وتطالب طوكيو منذ عقود بإنهاء ما تصفه بالاحتلال الروسي لجزر الكوريل.")
    assert claim.kind == "withdrawal_demand"
    assert claim.territory.text.startswith("جزر الكوريل")


@pytest.mark.parametrize(
    ("text", "kind", "territory"),
    [  # ما تبقى من X: what remains of X, the claim is over X, تبقى no keeping
        ("وأعلن المتمردون أنهم استولوا على ما تبقى من مدينة بوساسو.", "control", "مدينة بوساسو"),
        (
            "وتطالب الحكومة بسحب ما تبقى من عناصر الميليشيا من منطقة تيبستي.",
            "withdrawal_demand",
            "منطقة تيبستي",
        ),
        (
            "وتسيطر القوات على معظم إقليم أوغادين، وتطالب مقديشو بانسحاب القوات الإثيوبية مما تبقى منه.",
            "withdrawal_demand",
            "معظم إقليم أوغادين",
        ),
    ],
)
def test_what_remains_of_a_territory_is_read_through(text: str, kind: str, territory: str) -> None:
    claim = next(c for c in claims_of(text) if c.kind == kind)
    assert claim.territory.text.startswith(territory)
    assert all(c.kind != "retention_demand" for c in claims_of(text))


def test_what_remains_of_something_else_is_no_territory() -> None:
    # ما تبقى من الوقت: time, no territory after it, no claim
    assert not claims_of("واستولت الحركة على ما تبقى من الوقت في الجلسة.")


@pytest.mark.parametrize(
    ("text", "territory"),
    [
        ("وتسيطر بوليفيا على الوادي الشرقي حالياً بعد معارك طويلة.", "الوادي الشرقي"),
        ("واقترح الوسيط انسحاب القوات من التلال الثلاث أولاً، ثم ترسيم الحدود.", "التلال الثلاث"),
        ("وقالت الوزارة إن نيامي ضمت الإقليم الشمالي رسمياً في الربيع.", "الإقليم الشمالي"),
    ],
)
def test_an_adverb_of_time_or_manner_after_a_territory_ends_it(text: str, territory: str) -> None:
    assert [c.territory.text for c in claims_of(text)] == [territory]


@pytest.mark.parametrize(
    ("text", "territory"),
    [
        (
            "وطالبت الحركة بانسحاب الجيش إلى الخطوط التي كان يقف عندها قبل الهجوم.",
            "الخطوط",
        ),
        (
            "وقال القائد إن قواته لن تنسحب من البلدات الجنوبية التي تقول إنها تسيطر عليها.",
            "البلدات الجنوبية",
        ),
    ],
)
def test_a_relative_pronoun_whose_clause_is_cut_off_is_no_part_of_the_territory(
    text: str, territory: str
) -> None:
    assert [c.territory.text for c in claims_of(text)] == [territory]


def test_a_relative_clause_read_to_its_end_stays_in_the_territory() -> None:
    claim = only("وطالبت الحركة بانسحاب الجيش من المواقع التي أقامها قرب النهر.")
    assert claim.territory.text.startswith("المواقع التي أقامها")


@pytest.mark.parametrize(
    ("text", "territory", "claimant"),
    [
        (
            "وهذا ما ترفضه مدريد التي تعتبر جبل طارق جزءاً من أراضيها منذ قرون.",
            "جبل طارق",
            "مدريد",
        ),
        (
            "وهو اقتراح تعارضه الهند التي تعتبر لاداخ جزءاً لا يتجزأ من أراضيها.",
            "لاداخ",
            "الهند",
        ),
        (
            "في خطوة ترفضها أثينا التي تتمسك بأن الجزيرة تقع داخل أراضيها.",
            "الجزيرة",
            "أثينا",
        ),
    ],
)
def test_a_state_heading_a_relative_clause_of_considering_is_who_claims(
    text: str, territory: str, claimant: str
) -> None:
    claim = only(text)
    assert (claim.kind, _same(territory, claim.territory.text)) == ("sovereignty_claim", True)
    assert claim.claimant is not None
    assert claim.claimant.text == claimant


def test_a_capital_heading_a_relative_clause_with_its_pronoun_is_the_territory() -> None:
    found = claims_of("وتبقى القدس التي تحتلها إسرائيل جزءاً من الأراضي الفلسطينية.")
    sovereignty = [c for c in found if c.kind == "sovereignty_claim"]
    assert [_same("القدس", c.territory.text) for c in sovereignty] == [True]


@pytest.mark.parametrize(
    "text",
    [
        "وأعلنت الجمهورية الجديدة استقلالها، بينما لا تزال أثينا تعتبرها إقليماً تابعاً لها.",
        "بينما تعتبرها مدريد إقليماً تابعاً لها منذ قرون.",
    ],
)
def test_a_capital_next_to_a_verb_of_considering_is_no_territory(text: str) -> None:
    for claim in claims_of(text):
        assert not claim.territory.text.startswith(("أثينا", "مدريد")), claim.territory.text
