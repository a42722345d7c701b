"""The ordinal of a round told away from its noun: constructions of ``rounds.ordinals``.

Sentences here are composed for the tests, not taken from any article.
"""

from __future__ import annotations

from helpers_rounds import rounds_of


def test_an_ordinal_counted_since_an_event_reaches_past_a_long_round() -> None:
    """، هي الأولى منذ …: past the parties, the mediator and the date of a long round."""
    found = rounds_of(
        "عقد وزير الخارجية الأرميني أرارات ميرزويان ونظيره الأذربيجاني جيهون بيراموف، "
        "يوم الأحد في فيينا، جولة محادثات جديدة بحضور المبعوث الأوروبي الخاص لجنوب القوقاز "
        "ومستشار الأمن القومي النمساوي وممثل عن منظمة الأمن والتعاون في أوروبا، هي الأولى منذ توقف المسار في الخريف."
    )
    assert [(r.place and r.place.name, r.ordinal) for r in found] == [("Vienna", 1)]


def test_a_far_ordinal_that_counts_nothing_since_stays_off_the_round() -> None:
    """، هي الأولى with no منذ and no من نوعها past a long round: not read as the round's."""
    found = rounds_of(
        "عقد وزير الخارجية الأرميني أرارات ميرزويان ونظيره الأذربيجاني جيهون بيراموف، "
        "يوم الأحد في فيينا، جولة محادثات جديدة بحضور المبعوث الأوروبي الخاص لجنوب القوقاز "
        "ومستشار الأمن القومي النمساوي وممثل عن منظمة الأمن والتعاون في أوروبا، هي الأولى في قائمة طويلة من الملفات."
    )
    assert [(r.place and r.place.name, r.ordinal) for r in found] == [("Vienna", None)]


def test_a_feminine_ordinal_after_a_masculine_round_noun_is_another_nouns() -> None:
    """لقاء …، وهي الثالثة من نوعها: the ordinal agrees with the operation, not the meeting."""
    found = rounds_of(
        "وجرت عملية التسليم بعد تفاهم تم التوصل إليه في لقاء جمع ممثلين عن الطرفين في جنيف، "
        "وهي الثالثة من نوعها منذ الهدنة."
    )
    assert [(r.place and r.place.name, r.ordinal) for r in found] == [("Geneva", None)]


def test_a_masculine_ordinal_after_a_masculine_round_noun_is_its_own() -> None:
    """لقاء …، وهو الثالث من نوعه: the pair agrees with the meeting, its ordinal."""
    found = rounds_of(
        "وعقد ممثلون عن الطرفين لقاء في جنيف يوم الاثنين، وهو الثالث من نوعه منذ الهدنة."
    )
    assert [(r.place and r.place.name, r.ordinal) for r in found] == [("Geneva", 3)]


def test_a_possessed_dual_with_two_ordinals_names_two_rounds() -> None:
    """في جولتيها الخامسة والسادسة: the dual with its pronoun, one round per ordinal."""
    found = rounds_of(
        "انعقدت الجولة الرابعة في جنيف في آذار، قبل أن تنتقل المفاوضات إلى الدوحة "
        "في جولتيها الخامسة والسادسة."
    )
    assert sorted((r.ordinal, r.place and r.place.name) for r in found) == [
        (4, "Geneva"),
        (5, "Doha"),
        (6, "Doha"),
    ]


def test_a_future_copula_carries_the_ordinal_of_a_round_to_come() -> None:
    """، وهو لقاء إن تحقق سيكون الأول منذ …: سيكون carries the ordinal as ستكون does."""
    found = rounds_of(
        "وتتحدث مصادر دبلوماسية عن احتمال عقد لقاء بين الرئيسين الإثيوبي والإريتري في "
        "نيروبي الشهر المقبل، وهو لقاء إن تحقق سيكون الأول بينهما منذ توقيع اتفاق السلام."
    )
    assert [(r.place and r.place.name, r.ordinal) for r in found] == [("Nairobi", 1)]


def test_the_ordinal_of_a_round_a_meeting_is_set_before_is_that_rounds() -> None:
    """قبل الجولة الخامسة: the experts' meeting offered comes before the fifth round, and the
    ordinal is that later round's, not the meeting's."""
    found = rounds_of(
        "أعلنت الحكومة أنها مستعدة لعقد اجتماع فني مع وفد المعارضة في فيينا قبل الجولة "
        "الخامسة من المفاوضات."
    )
    assert [(r.status.value, r.ordinal, r.place and r.place.name) for r in found] == [
        ("proposed", None, "Vienna")
    ]


def test_a_round_a_session_is_proposed_before_lends_it_no_ordinal() -> None:
    """قبل الجولة الرابعة after a proposal: the fourth round is when, not which, the session is."""
    found = rounds_of("واقترح الوسيط عقد جلسة تشاورية في الدوحة قبل الجولة الرابعة.")
    assert [(r.status.value, r.ordinal, r.place and r.place.name) for r in found] == [
        ("proposed", None, "Doha")
    ]


def test_a_conference_named_by_its_city_and_a_number_takes_both() -> None:
    """مؤتمر "لندن 4": the number after the city counts the series' editions, and the city
    in the name is the venue."""
    found = rounds_of(
        'وتدرس بريطانيا الدعوة إلى مؤتمر "لندن 4" في الربيع المقبل لبحث الأزمة الليبية.'
    )
    assert [(r.ordinal, r.place and r.place.name) for r in found] == [(4, "London")]


def test_a_large_number_after_a_city_is_no_edition() -> None:
    """مؤتمر «فيينا 2015»: a year named with the city, no ordinal."""
    found = rounds_of("وعُقد مؤتمر «فيينا 2015» بحضور الطرفين والوسطاء الدوليين.")
    assert [r.ordinal for r in found] == [None]


def test_the_edition_a_first_meeting_counts_from_is_a_round_of_its_own() -> None:
    """الاجتماع الأول … منذ مؤتمر "فيينا 2" في آذار 2021: the second conference is the event
    counted from, held then; not the meeting counted, nor the second meeting to come."""
    found = rounds_of(
        "استضافت العاصمة النمساوية، يوم الأحد، اجتماعاً للجنة المتابعة الدولية بشأن اليمن. "
        'وهو الاجتماع الأول على هذا المستوى منذ مؤتمر "فيينا 2" في آذار 2021. وأعلنت النمسا '
        "أنها ستستضيف اجتماعاً ثانياً للجنة في الخريف المقبل."
    )
    assert sorted(
        ((r.status.value, r.ordinal, r.place and r.place.name) for r in found), key=repr
    ) == [("held", 1, "Vienna"), ("held", 2, "Vienna"), ("planned", 2, None)]


def test_a_meeting_told_as_a_visit_in_apposition_takes_the_visits_ordinal() -> None:
    """«التقى وزيرا الخارجية في الرباط …، في أول زيارة من نوعها منذ القطيعة»: the visit
    in apposition is the meeting told, so its count is the round's."""
    found = rounds_of(
        "تتواصل المفاوضات بين الحكومة والمعارضة بوساطة أممية. التقى وزيرا الخارجية في "
        "الرباط في مارس الماضي، في أول زيارة من نوعها منذ القطيعة."
    )
    assert [(r.ordinal, r.place and r.place.name) for r in found] == [(1, "Rabat")]


def test_a_visit_told_in_the_clause_or_after_another_clause_gives_no_ordinal() -> None:
    """A visit in the verb's own clause may be someone's own (في أول زيارة له), and one told
    after a further clause counts a later trip, not the meeting."""
    for sentence in (
        "التقى وزيرا الخارجية في الرباط في مارس الماضي في أول زيارة من نوعها منذ القطيعة.",
        "التقى وزيرا الخارجية في الرباط في مارس الماضي وبحثا ملف الحدود والتجارة والمياه"
        " والطاقة، ثم زار الوزير مدينة فاس، في أول زيارة له منذ القطيعة.",
    ):
        found = rounds_of("تتواصل المفاوضات بين الحكومة والمعارضة بوساطة أممية. " + sentence)
        assert [r.ordinal for r in found] == [None]


def test_a_visit_in_apposition_past_a_long_clause_of_receiving_gives_its_ordinal() -> None:
    """«استقبل X في المدينة وفداً برئاسة Y، في ثالث زيارة من نوعها»: however long the clause
    of receiving (its subject, venue and object), the phrase the break opens tells it."""
    found = rounds_of(
        "تتواصل المفاوضات بين الحكومة والمعارضة بوساطة أممية. استقبل وزير الداخلية الأردني "
        "اللواء سمير الخطيب في عمّان وفداً من المعارضة المسلحة برئاسة قائدها العسكري سالم "
        "الراشد، في ثالث زيارة من نوعها منذ مطلع العام."
    )
    assert [(r.ordinal, r.place and r.place.name) for r in found] == [(3, "Amman")]


def test_a_far_visit_not_opening_the_phrase_after_the_break_gives_no_ordinal() -> None:
    """Past a long clause, an ordinal of a visit that does not open the phrase after the
    break (، وبعدها أول زيارة …) tells of something else."""
    found = rounds_of(
        "تتواصل المفاوضات بين الحكومة والمعارضة بوساطة أممية. استقبل وزير الداخلية الأردني "
        "اللواء سمير الخطيب في عمّان وفداً من المعارضة المسلحة برئاسة قائدها العسكري سالم "
        "الراشد، وتحدثت الصحف عن ثالث زيارة من نوعها منذ مطلع العام."
    )
    assert [(r.ordinal, r.place and r.place.name) for r in found] == [(None, "Amman")]


def test_a_first_meeting_in_apposition_takes_the_venue_of_the_clause_before_it() -> None:
    """«صعد الوفد إلى جزيرة X في مارس، في أول لقاء مع Y منذ …»: no verb of meeting tells the
    round, but the apposition says what the clause was, a meeting where the delegation went."""
    found = rounds_of(
        "تتواصل المفاوضات بين الحكومة والمعارضة بوساطة أممية. وكان وفد من البرلمان قد صعد "
        "إلى جزيرة سواكن في أيار الماضي، في أول لقاء علني مع قائد الجيش منذ سنوات."
    )
    assert [(r.ordinal, r.place and r.place.name) for r in found] == [(1, "Suakin")]


def test_a_first_meeting_after_a_clause_naming_no_venue_takes_none() -> None:
    """The apposition after a clause that names no place after في or إلى has no venue."""
    found = rounds_of(
        "تتواصل المفاوضات بين الحكومة والمعارضة بوساطة أممية. وكان وفد من البرلمان قد صعد "
        "إلى مقر القيادة في أيار الماضي، في أول لقاء علني مع قائد الجيش منذ سنوات."
    )
    assert [(r.ordinal, r.place) for r in found] == [(1, None)]


def test_a_future_copula_after_a_comma_carries_the_ordinal_past_a_long_round() -> None:
    """اقترح … عقد لقاء بين … في نيسان، سيكون الأول بينهما منذ …: past the parties, the
    venue and the date, the future copula after the comma counts the round proposed."""
    found = rounds_of(
        "واقترح المبعوث الأوروبي عقد لقاء بين رئيس الوزراء الصربي ورئيس الوزراء الكوسوفي "
        "في فيينا خلال شهر أيار المقبل، سيكون الأول بينهما منذ انهيار الحوار قبل عامين."
    )
    assert [(r.place and r.place.name, r.ordinal) for r in found] == [("Vienna", 1)]


def test_the_subjunctive_copula_carries_the_ordinal_of_a_round_proposed() -> None:
    """مقترح بعقد جولة …، تكون الأولى هناك منذ …: تكون counts the round as ستكون does."""
    found = rounds_of(
        "وتدرس أرمينيا وتركيا مقترحا بعقد جولة جديدة للمبعوثين في جنيف، تكون الأولى هناك منذ 2019."
    )
    assert [(r.place and r.place.name, r.ordinal) for r in found] == [("Geneva", 1)]


def test_a_future_copula_past_a_long_round_counting_nothing_stays_off() -> None:
    """…، سيكون الأول في قائمة …: no منذ and no من نوعه past a round's long list of parties:
    not its ordinal."""
    found = rounds_of(
        "واقترح المبعوث الأوروبي عقد لقاء بين رئيس الوزراء الصربي ورئيس الوزراء الكوسوفي "
        "في فيينا خلال شهر أيار المقبل بحضور ممثلين عن الاتحاد الأوروبي والولايات المتحدة "
        "ومنظمة الأمن والتعاون في أوروبا، سيكون الأول في قائمة طويلة من الملفات."
    )
    assert [(r.place and r.place.name, r.ordinal) for r in found] == [("Vienna", None)]


def test_the_first_contact_since_an_event_in_apposition_is_the_rounds_ordinal() -> None:
    """…، في أول تواصل رفيع المستوى بين البلدين منذ …: the contact is the round told."""
    found = rounds_of(
        "وكانت المحادثات بين إيران والولايات المتحدة قد انطلقت في مسقط يوم السبت، "
        "في أول تواصل رفيع المستوى بين البلدين منذ سنوات."
    )
    assert [(r.place and r.place.name, r.ordinal) for r in found] == [("Muscat", 1)]


def test_a_first_contact_counted_from_no_event_stays_off_the_round() -> None:
    """…، في أول اتصال هاتفي بين الوزيرين: no منذ, perhaps a contact of another kind."""
    found = rounds_of(
        "وكانت المحادثات بين إيران والولايات المتحدة قد انطلقت في مسقط يوم السبت، "
        "في أول اتصال هاتفي بين الوزيرين."
    )
    assert [(r.place and r.place.name, r.ordinal) for r in found] == [("Muscat", None)]


def test_a_bare_feminine_ordinal_after_wa_stands_for_the_round_noun_before_it() -> None:
    """بعد جولة أولى … وثانية في X: the bare ثانية is the second round, held in X."""
    found = rounds_of(
        "استأنف الوسطاء محادثات الهدنة بين الحكومة والمتمردين، بعد جولة أولى احتضنتها أروشا "
        "في يناير الماضي وثانية في كمبالا قبل أسبوعين.",
        published="2025-06-01",
    )
    assert (2, "Kampala") in [(r.ordinal, r.place and r.place.name) for r in found]


def test_a_bare_masculine_ordinal_after_a_masculine_round_noun_agrees_with_it() -> None:
    """بعد لقاء أول عُقد في X ثم ثانٍ في Y: ثانٍ agrees with لقاء and is the second one."""
    found = rounds_of(
        "يلتقي الوزيران الأرميني والأذربيجاني غداً، بعد لقاء أول بينهما عُقد في فيينا في مارس 2024 "
        "ثم ثانٍ في براغ في سبتمبر 2024.",
        published="2025-06-01",
    )
    assert (2, "Prague") in [(r.ordinal, r.place and r.place.name) for r in found]


def test_a_bare_word_of_time_after_a_first_round_is_no_second_round() -> None:
    """ثانية as "a second" of time, with no venue nor date after it, counts no round."""
    found = rounds_of(
        "انطلقت جولة أولى من مفاوضات السلام بين وفدي الحكومة والمتمردين في أروشا عند العاشرة "
        "ودقيقة وثانية بالتوقيت المحلي.",
        published="2025-06-01",
    )
    assert [r.ordinal for r in found] == [1]


def _held_by_ordinal(text: str) -> list[tuple[int | None, str | None]]:
    return sorted(
        (r.ordinal, r.place and r.place.name)
        for r in rounds_of(text, published="2025-06-01")
        if r.status.value == "held"
    )


def test_a_list_after_a_plural_with_no_cue_takes_the_venue_of_its_clause() -> None:
    """نظمت … جولتين … في X، الأولى في …، والثانية في …: two rounds held in X."""
    assert _held_by_ordinal(
        "ونظّمت الأمم المتحدة جولتين من المشاورات بين الحكومة والمعارضة في أوسلو، "
        "الأولى في مارس 2021 والثانية في يونيو 2021، قبل أن يتوقف المسار."
    ) == [(1, "Oslo"), (2, "Oslo")]


def test_a_list_after_a_semicolon_with_a_verb_of_holding_in_each_item() -> None:
    """جولتين …؛ الأولى عقدها الوسيط في X …، والثانية جرت في Y: each item its round."""
    assert _held_by_ordinal(
        "وجاء الاتفاق ثمرة جولتين من المحادثات المباشرة بين الحكومة والمتمردين؛ الأولى عقدها "
        "الوسيط الأفريقي في أروشا مع قادة الحركة وممثلي الأحزاب المعارضة في مايو 2023، "
        "والثانية جرت في كمبالا في يوليو 2023."
    ) == [(1, "Arusha"), (2, "Kampala")]


def test_a_list_after_a_colon_far_past_a_long_plural() -> None:
    """بعد لقاءين … (a long relative clause and an aside): الأول في X …، والثاني في Y."""
    assert _held_by_ordinal(
        "ويأتي الاجتماع بعد لقاءين غير رسميين بين زعيمي الطرفين رعاهما المبعوث الأممي الخاص، "
        "وشارك فيهما إلى جانب الوفدين ممثلو الدول الضامنة الثلاث ووزراء خارجيتها ومستشاروهم "
        "القانونيون وخبراء الخرائط: "
        "الأول في فيينا في مارس 2024، والثاني في براغ في سبتمبر 2024."
    ) == [(1, "Vienna"), (2, "Prague")]


def test_items_after_a_colon_that_name_no_round_are_none() -> None:
    """الملفات العالقة: الأول في الشمال والثاني في الجنوب: no dated items, no rounds."""
    found = rounds_of(
        "وبعد جولتين من المحادثات بين الحكومة والمتمردين، بقي ملفان عالقان بين الطرفين: "
        "الأول في الشمال والثاني في الجنوب.",
        published="2025-06-01",
    )
    assert [r.ordinal for r in found if r.ordinal is not None] == []


def _held_at(text: str) -> list[tuple[int | None, str | None]]:
    return [
        (r.ordinal, r.place and r.place.name)
        for r in rounds_of(text, published="2025-06-01")
        if r.status.value == "held"
    ]


def test_then_in_a_date_after_a_meeting_tells_its_next_meeting() -> None:
    """التقى الوفدان في X في 10 مارس، ثم في 2 أبريل: a second round, held in X."""
    assert _held_at(
        "وانتقلت مفاوضات السلام إلى أروشا، حيث التقى وفدا الحكومة والمتمردين في 10 مارس 2024، "
        "ثم في 2 أبريل 2024، قبل أن تتوقف المحادثات."
    ) == [(None, "Arusha"), (None, "Arusha")]


def test_then_in_a_venue_after_a_meeting_tells_its_next_meeting_there() -> None:
    """جلس الرئيسان في X يوم …، ثم في Y بعد ثلاثة أسابيع: held in X, then in Y."""
    assert _held_at(
        "حين جلس الرئيس الأرميني ورئيس الوزراء الأذربيجاني في فيينا يوم 3 مارس 2024، "
        "ثم في براغ بعد ثلاثة أسابيع، بدا أن مفاوضات السلام اقتربت من نهايتها."
    ) == [(None, "Vienna"), (None, "Prague")]


def test_then_in_a_venue_after_a_dual_tells_its_second_round() -> None:
    """بعد جولتين عُقدتا في X ثم في Y: one round at each venue."""
    held = _held_at(
        "وانطلقت اليوم جولة ثالثة من المحادثات بين الحكومة والمتمردين في نيروبي، بعد جولتين "
        "عُقدتا في أروشا ثم في كمبالا."
    )
    assert sorted(place or "" for _, place in held) == ["Arusha", "Kampala", "Nairobi"]


def test_then_in_after_a_dual_with_ordinals_is_where_the_second_sat() -> None:
    """الجولتان الأولى والثانية عُقدتا في X عام … ثم في Y في …: the second sat in Y."""
    assert _held_at(
        "تذكير: الجولتان الأولى والثانية من المحادثات بين الحكومة والمتمردين عُقدتا في أروشا "
        "عام 2022 ثم في كمبالا في ديسمبر 2023."
    ) == [(1, "Arusha"), (2, "Kampala")]


def test_then_in_no_venue_nor_date_tells_no_round() -> None:
    """ثم في ظل التصعيد: a phrase of circumstance, no next round."""
    assert _held_at(
        "التقى وزيرا خارجية أرمينيا وأذربيجان في فيينا في مارس 2024، ثم في ظل التصعيد "
        "توقفت مفاوضات السلام."
    ) == [(None, "Vienna")]


def test_an_ordinal_past_a_definite_adjective_of_the_meeting_is_its_own() -> None:
    """الاجتماع الخاص الثالث: an adjective that agrees with the noun parts it from its ordinal."""
    found = rounds_of(
        "واختتم الوفدان الأحد الاجتماع الخاص الثالث للجنة التنسيق العسكرية الذي عُقد في مدينة نيروبي."
    )
    assert [(r.place and r.place.name, r.ordinal) for r in found] == [("Nairobi", 3)]


def test_an_indefinite_ordinal_past_an_adjective_of_a_masculine_meeting_is_its_own() -> None:
    """اجتماع خاص ثانٍ: an indefinite adjective, then the masculine ordinal of the meeting."""
    found = rounds_of(
        "واقترح المبعوث الأممي عقد اجتماع خاص ثانٍ بين الحكومة السودانية وقوات الدعم السريع "
        "في فيينا قبل نهاية الشتاء."
    )
    assert [(r.status.value, r.ordinal) for r in found] == [("proposed", 2)]


def test_an_indefinite_ordinal_past_a_noun_of_a_feminine_round_is_its_own() -> None:
    """جولة متابعة ثالثة: the feminine ordinal after a feminine round and its complement."""
    found = rounds_of(
        "وكانت جولة متابعة ثالثة بين الحكومة الإثيوبية وجبهة تحرير تيغراي مقررة في كمبالا "
        "مطلع الشهر قد أُلغيت."
    )
    assert [(r.status.value, r.ordinal) for r in found] == [("cancelled", 3)]


def test_an_ordinal_that_agrees_with_the_noun_between_is_not_the_rounds() -> None:
    """اجتماع اللجنة الثالثة: the feminine ordinal after a masculine meeting is the committee's."""
    found = rounds_of("وعقد الطرفان في جنيف أمس اجتماع اللجنة الثالثة المعنية بالمفقودين.")
    assert [(r.place and r.place.name, r.ordinal) for r in found] == [("Geneva", None)]


def test_a_reference_past_the_subject_after_a_meeting_is_not_the_rounds() -> None:
    """وحضر الاجتماع السفير السابق: the subject after the meeting, the former ambassador."""
    from negotext.analysis import Analysis
    from negotext.document import Document
    from negotext.extractors.rounds.reader import _Reader

    text = (
        "عقدت لجنة الإشراف على وقف إطلاق النار اجتماعها في الناقورة يوم الأربعاء. "
        "وحضر الاجتماع السفير السابق كريم نصار ممثلاً عن لبنان."
    )
    mentions = list(_Reader(Analysis(Document(text))).mentions())
    assert mentions
    assert [(m.ordinal, m.relative) for m in mentions] == [(None, None)] * len(mentions)


def test_a_visit_in_apposition_counts_the_round_a_delegation_travels_for() -> None:
    """وصل وفد … لإجراء جولة جديدة من المحادثات …، في ثالث زيارة علنية من نوعها: the visit
    is the trip the round is held on, so its count is the round's, over "new"."""
    found = rounds_of(
        "وصل وفد من الحركة الشعبية برئاسة كبير مفاوضيها، صباح الأربعاء، إلى العاصمة الكينية "
        "نيروبي، لإجراء جولة جديدة من المحادثات مع ممثلي الحكومة بحضور وسطاء أفارقة، في ثالث "
        "زيارة علنية من نوعها منذ مطلع العام."
    )
    assert [(r.place and r.place.name, r.ordinal) for r in found] == [("Nairobi", 3)]


def test_a_visit_in_apposition_counts_talks_told_by_their_noun() -> None:
    """اختتم وفد … أربعة أيام من المباحثات … في نجامينا، في أول زيارة رسمية …: the talks'."""
    found = rounds_of(
        "اختتم وفد حركة العدل والمساواة برئاسة أمينها العام، مساء الخميس، أربعة أيام من "
        "المباحثات مع مسؤولين تشاديين في نجامينا، في أول زيارة رسمية لوفد الحركة إلى تشاد منذ عقد."
    )
    assert [(r.place and r.place.name, r.ordinal) for r in found] == [("N'Djamena", 1)]


def test_a_frame_after_a_comma_gives_its_ordinal_to_the_round_just_told() -> None:
    """…، في إطار ثالث اجتماع من نوعه منذ …: the phrase says which meeting the round of its
    sentence is, as "، في ثالث اجتماع" does; one round, with the venue of the clause."""
    found = rounds_of(
        "يصل وفد حكومي إلى جوبا الأحد لإجراء جولة محادثات مع ممثلي المعارضة بوساطة كينية، "
        "في إطار ثالث اجتماع من نوعه منذ توقيع اتفاق السلام."
    )
    assert [(r.place and r.place.name, r.ordinal) for r in found] == [("Juba", 3)]


def test_a_frame_inside_a_clause_of_its_own_names_another_meeting() -> None:
    """اتفق الطرفان على مواصلة التفاوض في إطار ثالث اجتماع يعقد …: no comma opens the frame,
    so the meeting is one of its own, not the round just held."""
    found = rounds_of(
        "أجرى وفد حكومي في جوبا جولة محادثات مع ممثلي المعارضة بوساطة كينية، واتفق الطرفان "
        "على مواصلة التفاوض في إطار ثالث اجتماع يعقد الشهر المقبل في نيروبي."
    )
    assert [(r.place and r.place.name, r.ordinal) for r in found] == [
        ("Juba", None),
        ("Nairobi", 3),
    ]


def test_a_contact_in_apposition_reaches_past_the_occasion_the_round_is_held_on() -> None:
    """لقاء … قد يعقد على هامش القمة …، في أول اتصال رفيع منذ …: the summit after هامش is
    the occasion, no round of its own, so the apposition still counts the meeting."""
    found = rounds_of(
        "قال دبلوماسي إن لقاء بين وزيري خارجية كينيا والصومال قد يعقد على هامش القمة "
        "الأفريقية الشهر المقبل، في أول اتصال رفيع منذ تصاعد الخلاف البحري."
    )
    assert [r.ordinal for r in found] == [1]


def test_a_contact_in_apposition_stops_at_a_round_told_after_the_meeting() -> None:
    """لقاء … قد يعقد … بعد القمة الأفريقية، في أول اتصال …: the summit is a round of its
    own told in between, so the apposition is not read as the meeting's."""
    found = rounds_of(
        "قال دبلوماسي إن لقاء بين وزيري خارجية كينيا والصومال قد يعقد الشهر المقبل بعد القمة "
        "الأفريقية، في أول اتصال رفيع منذ تصاعد الخلاف البحري."
    )
    assert [r.ordinal for r in found] == [None]


def test_a_meeting_verbs_times_reach_past_a_subject_of_two_titled_parties() -> None:
    """جلس وزير … ووزير … في نيروبي للمرة الثالثة: the count of the verb's own clause, past a
    long subject and the venue."""
    found = rounds_of(
        "وبعد أسبوع جلس وزير الخارجية الإثيوبي جيديون تيموثيوس ووزير الخارجية الإريتري عثمان "
        "صالح محمد في نيروبي للمرة الثالثة برعاية كينية."
    )
    assert [(r.place and r.place.name, r.ordinal) for r in found] == [("Nairobi", 3)]


def test_far_times_past_a_clause_break_are_not_the_meeting_verbs() -> None:
    """جلس … في نيروبي برعاية كينية، وأعلن … للمرة الثالثة: far past the verb and a comma,
    the count is the later clause's."""
    found = rounds_of(
        "وبعد أسبوع جلس وزير الخارجية الإثيوبي جيديون تيموثيوس ووزير الخارجية الإريتري عثمان "
        "صالح محمد في نيروبي برعاية كينية، وأعلن الوسيط تمديد الهدنة للمرة الثالثة."
    )
    assert [(r.place and r.place.name, r.ordinal) for r in found] == [("Nairobi", None)]


def test_the_sitting_told_in_a_rounds_own_clause_counts_it() -> None:
    """كانت محادثات صعبة دامت أسبوعاً، وجلس فيها الوفدان … للمرة الأولى منذ …: the verb of
    sitting carries the round's pronoun, so its count is the round's."""
    found = rounds_of(
        "قال الوسيط إنها كانت محادثات صعبة في أديس أبابا دامت أسبوعاً، وجلس فيها وفدا الحكومة "
        "والمعارضة في قاعة واحدة للمرة الأولى منذ اندلاع النزاع."
    )
    assert [r.ordinal for r in found] == [1]


def test_someone_elses_first_time_in_a_rounds_clause_is_not_its_count() -> None:
    """محادثات …، وشارك فيها مراقبون … للمرة الأولى: the observers' first time, no count."""
    found = rounds_of(
        "قال الوسيط إنها كانت محادثات صعبة في أديس أبابا دامت أسبوعاً، وشارك فيها مراقبون "
        "من الاتحاد الأفريقي للمرة الأولى منذ اندلاع النزاع."
    )
    assert [r.ordinal for r in found] == [None]


def test_a_gathering_in_a_plural_rounds_relative_clause_counts_it() -> None:
    """لقاءات أسمرة السرية في مارس 2019 التي جمعت لأول مرة مسؤولين …: the relative clause
    tells the meetings' own sitting, so its count is theirs."""
    found = rounds_of(
        "وتذكّر الأوساط الدبلوماسية بلقاءات أسمرة السرية في مارس 2019 التي جمعت لأول مرة "
        "مسؤولين كباراً من إثيوبيا وإريتريا برعاية سعودية."
    )
    assert [(r.place and r.place.name, r.ordinal) for r in found] == [("Asmara", 1)]


#: A sentence that makes the story one about negotiations, before a sentence under test.
TALKS = "تتواصل المفاوضات بين الحكومة والمعارضة بوساطة أممية. "


def test_a_round_described_as_the_first_past_its_date_takes_that_ordinal() -> None:
    """لقاء … في الدوحة في …، وُصف بأنه الأول من نوعه: a pronoun on أن after a verb of
    describing tells the round's count as "وهو الأول" does."""
    found = rounds_of(
        "وسبق ذلك لقاء ثنائي بين الرئيسين في الدوحة في الخامس من أيار/مايو من العام نفسه، "
        "وُصف بأنه الأول من نوعه دون وساطة."
    )
    assert [(r.place and r.place.name, r.ordinal) for r in found] == [("Doha", 1)]


def test_a_round_that_mattered_because_it_was_the_first_takes_that_ordinal() -> None:
    found = rounds_of(TALKS + "لكن اجتماع عمّان في آذار كان حاسماً لأنه الأول بينهما منذ سنوات.")
    assert [(r.place and r.place.name, r.ordinal) for r in found] == [("Amman", 1)]


def test_a_visit_described_as_the_first_lends_the_meeting_no_ordinal() -> None:
    """في زيارة وُصفت بأنها الأولى: the visit's count, not the meeting's."""
    found = rounds_of(TALKS + "التقى الوزيران في الدوحة، في زيارة وُصفت بأنها الأولى منذ سنوات.")
    assert [(r.place and r.place.name, r.ordinal) for r in found] == [("Doha", None)]


def test_a_masculine_partitive_ordinal_lists_the_rounds_of_a_masculine_dual() -> None:
    """لقاءين عُقد أولهما في … والثاني في …: أولهما is "the first of the two" after a
    masculine noun, as أولاهما is after a feminine one, and عُقد opens its item."""
    found = rounds_of(
        TALKS + "وجاء الاتفاق بعد لقاءين عُقد أولهما في أسمرة في شباط/فبراير والثاني في "
        "مدينة كسلا في نيسان/أبريل."
    )
    assert [(r.status.value, r.ordinal, r.place and r.place.name) for r in found] == [
        ("held", 1, "Asmara"),
        ("held", 2, "Kassala"),
    ]


def test_list_items_opened_by_a_conjunction_and_a_verb_of_holding_are_rounds() -> None:
    """، إذ عُقدت الأولى في …، فيما التأمت الثانية في …: each item told by its own verb
    after a conjunction of "while" or "as" is one of the dual's rounds."""
    found = rounds_of(
        TALKS + "وكانت فيينا قد استضافت جولتين من الحوار برعاية المبعوث السابق، إذ عُقدت "
        "الأولى في أيلول 2019، فيما التأمت الثانية في شباط 2020."
    )
    assert [(r.status.value, r.ordinal, r.place and r.place.name) for r in found] == [
        ("held", 1, "Vienna"),
        ("held", 2, "Vienna"),
    ]


def test_an_ordinal_after_a_conjunction_and_a_verb_with_no_venue_nor_date_is_no_item() -> None:
    """، فيما انتهت الثانية بـ …: with no venue nor date after it the ordinal tells how a
    round ended, not a round of its own."""
    found = rounds_of(
        TALKS + "وأسفرت الجولة الأولى في فيينا عن تبادل للأسرى، فيما انتهت الثانية باتفاق "
        "على تبادل آخر."
    )
    assert [(r.status.value, r.ordinal, r.place and r.place.name) for r in found] == [
        ("held", 1, "Vienna"),
    ]


def test_a_short_sentence_that_counts_rounds_hands_its_list_to_the_next() -> None:
    """جولتان فقط. الأولى في …، والثانية في …: an answer that only counts the rounds, and
    the sentence after it that lists them from the first."""
    found = rounds_of(
        TALKS + "كم مرة التقيتم بالوفد الحكومي؟ - جولتان فقط. الأولى في لوساكا في آذار "
        "2024، والثانية في أروشا في حزيران 2024.",
        published="2025-01-10",
    )
    assert [(r.status.value, r.ordinal, r.place and r.place.name) for r in found] == [
        ("held", 1, "Lusaka"),
        ("held", 2, "Arusha"),
    ]


def test_a_long_sentence_with_rounds_keeps_its_list_to_itself() -> None:
    """A sentence that tells more than the count (its time, its venue) is read alone: the
    ordinals of the next sentence are not its list."""
    found = rounds_of(
        TALKS + "وعقد الطرفان جولتين من المحادثات في العام الماضي برعاية الاتحاد الأفريقي. "
        "الأولى في آذار 2024 والثانية في حزيران 2024.",
        published="2025-01-10",
    )
    assert [r.ordinal for r in found] == [None]
