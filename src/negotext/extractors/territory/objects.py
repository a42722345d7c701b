"""From a cue to its object: what stands between a cue and the territory phrase.

A verb's subject (سيطرت القوات على), the forces of a withdrawal (انسحاب القوات الروسية من),
a time or an area (منذ عام 1967، نحو مئتي كيلومتر مربع من), whose sovereignty is recognised
(الاعتراف بسيادة روسيا على) and where a line or a handing over ends are skipped here, so that
the phrase reader starts at the territory.
"""

from __future__ import annotations

import itertools

from negotext.ar.normalize import normalize_text
from negotext.extractors._common import Cue, bare, has_break, norm_range, sentence_range
from negotext.extractors.territory.fields import YEAR, FieldReader
from negotext.extractors.territory.phrase import Phrase
from negotext.extractors.territory.words import REMAINDER_OF, full_stop_in, possessive_forces
from negotext.records import EntityKind


class ObjectReader(FieldReader):
    """From a cue to its object: what stands between a cue and the territory phrase."""

    def _recognised_object(self, position: int, limit: int) -> int:
        """Where the object of a recognition starts: its word with ب, past the subject of
        the verb (تعترف كييف والعالم بهذه المناطق), adjectives and who recognises (لاعتراف
        فعلي" من بلغراد باستقلال كوسوفو). A name that starts with ب (بلغراد) is no object.
        """
        spans = self.analysis.words_in(position, min(limit, position + 80))[:6]
        for index, (t_start, t_end) in enumerate(spans):
            if has_break(self.text, position, t_start):
                break
            word = self._word(t_start, t_end)
            entity = next((e for e in self._entities if e[0] == t_start), None)
            if word.startswith("ب") and len(word) > 2 and entity is None:
                return t_start
            if word == "ب" and index + 1 < len(spans):
                return spans[index + 1][0]  # بـ«السيادة الروسية»: ب written apart, then quoted
            if self._is_noun(word) or (word in self.prepositions and word != "من"):
                break
        return position

    def _own_statehood_at(self, cue: Cue) -> tuple[int, int] | None:
        """The object of a recognition when it is a noun of statehood with a pronoun
        (``territory_own_statehood``: باستقلالها، باستقلاله), past who recognises (باعتراف صربيا
        باستقلالها): its span, or None."""
        _, sent_end = sentence_range(self.analysis, cue.start)
        position = self._recognised_object(cue.end, sent_end)
        word = self.analysis.words_in(position, min(sent_end, position + 30))[:1]
        if not word or word[0][0] != position or has_break(self.text, cue.end, position):
            return None
        written = self._word(*word[0])
        owned = self.analysis.word_set("territory_own_statehood")
        return word[0] if written in owned or written.lstrip("و") in owned else None

    def _sovereignty_over(self, position: int, limit: int) -> int:
        """Past whose sovereignty is recognised to what it is over: الاعتراف بسيادة روسيا على
        شبه جزيرة القرم، بالسيادة المغربية على الصحراء (the territory is after على)."""
        spans = self.analysis.words_in(position, min(limit, position + 60))[:5]
        sovereignty = normalize_text("سيادة")
        if not spans:
            return position
        first = bare(self._word(*spans[0]))
        owned = first.removesuffix("ها").removesuffix("ه").removesuffix("هم").removesuffix("نا")
        if first != sovereignty and owned != sovereignty[:-1] + "ت":
            return position  # بسيادة روسيا، بسيادتها: whose sovereignty, then على
        for t_start, t_end in spans[1:]:
            if has_break(self.text, position, t_start):
                break
            if self._word(t_start, t_end) == "علي":
                return t_end
        return position

    def _handed_end(self, phrase: Phrase) -> int | None:
        """Where the object of handing over ends: before an adverb of completeness or the
        receiver after ل (تسليم المدينة بالكامل للسلطات المركزية، إعادة البلدات للجيش)."""
        words = self.analysis.words_in(phrase.start, phrase.end)
        for t_start, t_end in words[1:]:
            word = self._word(t_start, t_end)
            if word in self.full_words or word.startswith("لل"):
                return len(self.text[:t_start].rstrip())
        return None

    def _after_adjectives(self, position: int) -> list[tuple[int, int]]:
        """The first word after ``position``, or the pronoun object up to three words on.

        "بانسحاب فوري منها"، "انسحاب إسرائيلي كامل منها"، "انسحاب القوات منه": adjectives of
        the verbal noun or who withdraws (no preposition, no territory noun) may stand before
        its pronoun object; so may "مما تبقى" before it (انسحاب القوات مما تبقى منها: what
        remains of the territory the pronoun names).
        """
        spans = self.analysis.words_in(position, min(len(self.text), position + 80))[:6]
        remaining = self.analysis.word_set("territory_remaining_verbs")
        reach = 4
        for index, (t_start, _) in enumerate(spans):
            if index >= reach or has_break(self.text, position, t_start):
                break
            word = self._word(*spans[index])
            if word in self.object_pronouns:
                return spans[index : index + 1]
            if (
                word == "مما"
                and index + 2 < len(spans)
                and self._word(*spans[index + 1]) in remaining
                and self._word(*spans[index + 2]) in self.object_pronouns
            ):
                reach = index + 3  # مما تبقى منها: the pronoun two words on
            if word in self.leading_prepositions or self._is_noun(word):
                break
        return spans[:1]

    def _since_end(self, position: int, limit: int) -> int | None:
        """Where a time since which something holds ends, منذ at ``position``: منذ and a date
        right after it (منذ مطلع 2025، منذ الثامن من ديسمبر 2024، منذ عام 1967), or منذ and an
        event dated within ten words (منذ سقوط النظام في ديسمبر 2024، منذ انسحابها من الجنوب في
        شباط الماضي): the phrase ends with its date. None when no منذ stands at ``position`` or
        no date closes it in its clause."""
        spans = self.analysis.words_in(position, min(limit, position + 160))[:11]
        if not spans or spans[0][0] != position or self._word(*spans[0]) != "منذ":
            return None
        for index, (t_start, t_end) in enumerate(spans[1:], start=1):
            if has_break(self.text, position, t_start) or (
                index > 1 and self._word(t_start, t_end) == "منذ"
            ):
                return None
            for date in self.analysis.dates:
                d_start, d_end = norm_range(self.analysis, date.span)
                if d_start <= t_start < d_end:
                    return d_end
            if YEAR.fullmatch(self._word(t_start, t_end)):
                return t_end  # منذ عام 1967
        return None

    def _after_subject(self, position: int, limit: int) -> int:
        """Skip a subject between a verb of control and its "على" (سيطرت القوات على …), and a
        time since which it holds (تسيطر القوات منذ سقوط النظام في ديسمبر 2024 على …): the
        words of that time count for no word of the subject."""
        spans = self.analysis.words_in(position, min(limit, position + 240))[:24]
        since = next(
            (
                (t[0], end)
                for t in spans[:8]
                if self._word(*t) == "منذ" and (end := self._since_end(t[0], limit)) is not None
            ),
            None,
        )
        if since is not None:
            spans = [t for t in spans if not since[0] < t[0] < since[1]]
        spans = spans[:8]
        first: int | None = None
        told = False  # a territory already stands after the verb: its object, no subject
        # (a في after it opens a time or place; a من may go on the territory: الجزء الشمالي من X)
        for index, (t_start, t_end) in enumerate(spans):
            if has_break(self.text, position, t_start):
                return first if first is not None else self._after_parenthetical(position, limit)
            word = self._word(t_start, t_end)
            if word == "علي":
                return t_start  # a long subject (قوات دفاع شعب جنوب السودان فعلياً على) ends at على
            if index and self._other_conjunct(t_start, t_end):
                break  # تحتل مدناً عدة وتفرض حصاراً على …: the على of another verb
            if (
                word in self.prepositions
                and index < 4
                and first is None
                and not (told and word == "في")
            ):
                first = t_start  # سيطرت في التسعينيات على …: على, if it comes, is the one
            told = told or self._object_head(t_start, t_end)
        return first if first is not None else position

    def _object_head(self, start: int, end: int) -> bool:
        """Whether a word after a transitive verb of control is a territory (a territory noun,
        or a named place that is no country or capital): a preposition after it then opens a
        time or place phrase of the clause (احتل الجيش مدينة X في مايو), not the subject's
        end before "على"."""
        if bare(self._word(start, end)) in self.nouns:
            return True
        place = self._place_at(start)
        return (
            place is not None
            and place[0] < end
            and place[2].kind != EntityKind.COUNTRY
            and not self._capital(place[2])
        )

    def _after_parenthetical(self, position: int, limit: int) -> int:
        """A subject with a parenthetical between commas before its "على".

        "تسيطر الحركة، المدعومة من رواندا، على مدينتي غوما وبوكافو": the preposition
        right after the closing comma, no full stop and no third comma between; a time since
        which it holds may stand between the comma and على, as it may after a subject with no
        aside (تسيطر الحركة، المدعومة من …، منذ مطلع العام على …).
        """
        spans = self.analysis.words_in(position, min(limit, position + 160))[:16]
        for previous, (t_start, _) in itertools.pairwise(spans):
            gap = self.text[previous[1] : t_start]
            if full_stop_in(self.text[position:t_start]):
                break
            if "," not in gap:
                continue
            commas = self.text[position:t_start].count(",")
            if commas < 2:
                continue
            if commas == 2:
                after = self._since_end(t_start, limit) or t_start
                following = self.analysis.words_in(after, limit)[:1]
                if (
                    following
                    and self._word(*following[0]) == "علي"
                    and not has_break(self.text, after, following[0][0])
                ):
                    return following[0][0]
            break
        return position

    def _past_time_and_manner(self, position: int, limit: int) -> int:
        """Past what may stand between a verb of annexing or holding (and its subject) and the
        territory it takes: a time (ضمت في سبتمبر 2022 أربع مقاطعات، احتلت إسرائيل عام 1967
        هضبة الجولان) and adverbs of how or by what (``territory_verb_adverbs``: رسمياً، فعلياً،
        بموجبه), up to three of them; ``position`` when none stands there."""
        adverbs = self.analysis.word_set("territory_verb_adverbs")
        year = normalize_text("عام")
        for _ in range(3):
            dated = self._after_dated(position, limit)  # في سبتمبر 2022، في مارس الماضي
            if dated != position:
                position = dated
                continue
            spans = self.analysis.words_in(position, limit)[:2]
            if not spans or has_break(self.text, position, spans[0][0]):
                break
            first = self._word(*spans[0])
            if first == year and len(spans) == 2 and YEAR.fullmatch(self._word(*spans[1])):
                position = spans[1][1]  # عام 1967
                continue
            if first in adverbs or bare(first) in adverbs:
                position = spans[0][1]  # رسمياً، بموجبه
                continue
            break
        return position

    def _skip_since_and_area(self, position: int, limit: int) -> int:
        """Skip "منذ (عام) YEAR" and a measured area (نحو مئتي كيلومتر مربع من) before a territory.

        "تحتل منذ عام 2021 نحو مئتي كيلومتر مربع من الأراضي الأرمينية": the territory is
        what the area is measured of; "تسيطر على نحو 400 كيلومتر مربع (إضافية) داخل الأراضي
        السورية": the territory is what the area lies inside (``territory_area_additions``:
        إضافية, a word of more between).
        """
        spans = self.analysis.words_in(position, min(limit, position + 120))
        index = 0
        if (
            len(spans) > 2
            and self._word(*spans[1]) == "منذ"
            and self._word(*spans[0]).startswith("ال")
            and not self._is_noun(self._word(*spans[0]))
            and self._place_at(spans[0][0]) is None  # تحتل روسيا القرم منذ 2014: the territory
            and not has_break(self.text, spans[0][1], spans[1][0])
        ):
            index = 1  # تحتل الحركة منذ مطلع العام مدينة …: a subject that names no entity
        if index < len(spans) and self._word(*spans[index]) == "منذ":
            since_end = self._since_end(spans[index][0], limit)
            if since_end is not None and not any(
                norm_range(self.analysis, d.span)[0] == spans[index + 1][0]
                for d in self.analysis.dates
            ):
                # منذ انسحابها من الجنوب في شباط الماضي خمس تلال: an event and its date
                index = next((i for i, t in enumerate(spans) if t[0] >= since_end), len(spans))
                return spans[index][0] if index < len(spans) else position
            index += 1
            date_end = next(
                (
                    norm_range(self.analysis, d.span)[1]
                    for d in self.analysis.dates
                    if index < len(spans)
                    and norm_range(self.analysis, d.span)[0] == spans[index][0]
                ),
                None,
            )  # منذ مطلع العام، منذ أكتوبر 2023: the date told, whatever its shape
            if date_end is not None:
                while index < len(spans) and spans[index][0] < date_end:
                    index += 1
            elif index < len(spans) and bare(self._word(*spans[index])) == "عام":
                index += 1
                if index < len(spans) and YEAR.fullmatch(self._word(*spans[index])):
                    index += 1
                else:
                    return position
            elif index < len(spans) and YEAR.fullmatch(self._word(*spans[index])):
                index += 1
            else:
                return position
        on = index + 1 if index < len(spans) and self._word(*spans[index]) == "علي" else index
        remainder = self._remainder_of(spans, on)
        if remainder is not None:
            return spans[remainder][0]  # استولت على ما تبقى من مدينة X: X, what remains of it
        units = self.analysis.word_set("territory_area_units")
        additions = self.analysis.word_set("territory_area_additions")
        for end in range(index + 1, min(len(spans), index + 6)):
            if has_break(self.text, position, spans[end][0]):
                break
            words = [self._word(*t) for t in spans[index:end]]
            text = " ".join(words)
            if any(text.endswith(u) for u in units) and self._word(*spans[end]) == "من":
                return spans[end][0]  # نحو مئتي كيلومتر مربع من …
            inside = end + 1 if self._word(*spans[end]) in additions else end
            if (
                any(text.endswith(u) for u in units)
                and inside + 1 < len(spans)
                and self._word(*spans[inside]) == normalize_text("داخل")
                and not has_break(self.text, position, spans[inside + 1][0])
            ):  # نحو 400 كيلومتر مربع (إضافية) داخل الأراضي السورية: the area lies inside it
                return spans[inside + 1][0]
        return spans[index][0] if index and index < len(spans) else position

    def _controlled_over(self, cue: Cue) -> int | None:
        """Where على ends after a noun of control with its owner's pronoun and adjectives
        (سيطرته شبه الكاملة على، سيطرتها الإدارية والأمنية على، سيطرتها الفعلية على): up to
        four adjectives with the article (و between them, شبه before one) or adverbs of how
        much (بالكامل، تقريباً: ``territory_completeness``, ``territory_control_hedges``), no
        تحت before the noun (تحت سيطرتها الكاملة على مدى عامين: whose control, over no
        territory). على may carry the territory's pronoun (بسطت سيطرتها الكاملة عليه: the
        territory told before). None when على does not follow so."""
        before = self.analysis.words_in(max(0, cue.start - 12), cue.start)[-1:]
        if before and self._word(*before[0]) == normalize_text("تحت"):
            return None
        adverbs = self.completeness_words | self.analysis.word_set("territory_control_hedges")
        spans = self.analysis.words_in(cue.end, min(len(self.text), cue.end + 80))[:5]
        for index, (t_start, t_end) in enumerate(spans):
            if has_break(self.text, cue.end, t_start):
                return None
            word = self._word(t_start, t_end)
            if word == "علي" or (word in ("عليه", "عليها") and index):
                return t_end if index else None
            if word in adverbs:
                continue
            if not (word.lstrip("و").startswith("ال") or word == normalize_text("شبه")):
                return None
            if word != normalize_text("شبه") and (
                self._is_noun(word) or self._place_at(t_start) is not None
            ):
                return None
        return None

    def _retreated_from(self, position: int, limit: int) -> int | None:
        """Where the territory fallen back from starts: after عن, past who falls back and a
        measure of how little (لن يتراجع الجيش متراً واحداً عن …، لن نتراجع "شبراً" عن …),
        within five words of the verb; None with no عن (لن يتراجع أمام الضغوط)."""
        for t_start, t_end in self.analysis.words_in(position, min(limit, position + 80))[:6]:
            if has_break(self.text, position, t_start):
                return None
            word = self._word(t_start, t_end)
            if word == "عن":
                return t_end
            if word in self.prepositions:
                return None
        return None

    def _skip_forces(
        self, position: int, limit: int, direct: bool, transitive: bool = False
    ) -> int | None:
        """Skip what stands between a withdrawal cue and the territory left.

        That is the withdrawing forces or actor (القوات الروسية، الولايات المتحدة)
        and adverbs (الكامل، بالكامل); then "من" must follow, unless the cue
        takes the territory as its object (تغادر القوات الأراضي). Returns where
        the territory phrase starts, or None when nothing is withdrawn from.
        """
        spans = self.analysis.words_in(position, min(limit, position + 80))
        forces = self.forces_forms
        foreign = self.bare_forms("territory_foreign")
        index = 0

        assets = self.bare_forms("territory_withdrawn_assets") if transitive else set()

        def is_forces(word: str) -> bool:  # القوات، وحداتها، جنوده
            if bare(word) in forces or possessive_forces(word, forces):
                return True
            # سحب السفن الصينية من …، بسحب أي وجود عسكري من …: what a transitive verb withdraws
            return bare(word) in assets or possessive_forces(word, assets)

        def skip_adverbs() -> None:
            nonlocal index
            while index < len(spans) and self._word(*spans[index]) in self.full_words:
                index += 1

        def skip_modifiers() -> None:  # القوات الروسية، الجيش المالي وحلفائه
            nonlocal index
            while index < len(spans):
                word = self._word(*spans[index])
                adjective = (
                    word.endswith(("يه", "ي"))
                    and not self._is_noun(word)
                    and word not in self.prepositions  # إلى, normalised الي, is no adjective
                ) or bare(word) in foreign  # المقاتلين الأجانب: a broken plural adjective
                coordinated = word.startswith("و") and (
                    bare(word) in forces  # والمقاتلين
                    or (
                        word.endswith(("ه", "ها", "هم"))
                        and not self._is_noun(word)
                        and self._place_at(spans[index][0]) is None
                    )  # الجيش المالي وحلفائه
                )
                if adjective or coordinated or self._actor_at(spans[index][0], 0) is not None:
                    index += 1
                    continue
                break

        skip_adverbs()
        remainder = self._remainder_of(spans, index)
        if remainder is not None and is_forces(self._word(*spans[remainder])):
            index = remainder  # بسحب ما تبقى من عناصر الشرطة من …: the forces that remain
        named_at = self._named_as(spans, index)
        if named_at is not None and direct and self._names_territory(spans[named_at]):
            return spans[named_at][0]  # بإخلاء ما تسميه "كشمير المحتلة": the territory named
        if named_at is not None:
            # انسحاب ما تصفه بالتشكيلات غير الشرعية من …، ما وصفها بـ"الهياكل الموازية" من …:
            # who withdraws is what the speaker calls so, whatever noun names it
            index = named_at + 1
            skip_modifiers()
        elif (
            index + 1 < len(spans)
            and self._demonstrative(self._word(*spans[index]))
            and is_forces(self._word(*spans[index + 1]))
        ):
            index += 1  # سحب هذه القوات من …، خروج تلك العناصر من …: forces told before
        elif (
            index + 1 < len(spans)
            and self._word(*spans[index]) in self.any_forces
            and is_forces(self._word(*spans[index + 1]))
        ):
            index += 1  # ببقاء أي قوات أجنبية في …، انسحاب أية قوات من …: any forces
        if named_at is None:
            counted = index
            while index < len(spans) and self._counts_forces(*spans[index]):
                index += 1  # نحو 40 ألف جندي، جميع المرتزقة
            if index < len(spans) and not is_forces(self._word(*spans[index])):
                index = counted
            if (
                transitive
                and index + 1 < len(spans)
                and not is_forces(self._word(*spans[index]))
                and self._word(*spans[index + 1]).startswith("و")
                and is_forces(self._word(*spans[index + 1]))
                and not has_break(self.text, position, spans[index + 1][0])
            ):
                index += 1  # يسحب إدارته وقواته من …: forces among what is withdrawn
            actor = self._actor_at(spans[index][0], 1) if index < len(spans) else None
            if (
                transitive
                and index < len(spans)
                and not is_forces(self._word(*spans[index]))
                and actor is None
            ):
                return None  # سحب الأسلحة الثقيلة من …: no forces withdrawn
            if index < len(spans) and is_forces(self._word(*spans[index])):
                construct = not self._word(*spans[index]).lstrip("وف").startswith("ال")
                index += 1
                skip_modifiers()
                if (
                    direct
                    and construct
                    and index + 1 < len(spans)
                    and self._word(*spans[index]).startswith("ال")
                    and not self._is_noun(self._word(*spans[index]))
                    and self._place_at(spans[index][0]) is None
                    and not has_break(self.text, position, spans[index + 1][0])
                ):  # بمغادرة مقاتلي الحزب جبال قنديل، أن تغادر قوات التحالف الدولي قاعدة …:
                    index += 1  # the forces' owner in the genitive, then its adjectives
                    skip_modifiers()
            elif actor is not None:
                while index < len(spans) and spans[index][0] < actor[1]:
                    index += 1  # انسحاب الولايات المتحدة من …: the one who withdraws
                counted = index
                while counted < len(spans) and self._counts_forces(*spans[counted]):
                    counted += 1  # تسحب إثيوبيا جميع قواتها، نحو 40 ألف جندي
                if (
                    transitive
                    and counted < len(spans)
                    and self._word(*spans[counted]) != "من"
                    and not is_forces(self._word(*spans[counted]))
                ):
                    return None  # أن تسحب إثيوبيا أسلحتها الثقيلة من …: the subject, then
                    # what it withdraws, no forces
        skip_adverbs()
        if index >= len(spans) or has_break(self.text, position, spans[index][0]):
            return None
        if direct:
            named_at = self._named_as(spans, index)
            if named_at is not None and self._names_territory(spans[named_at]):
                index = named_at  # أن تخلي باكستان ما تسميه "كشمير المحتلة": the object named
            return spans[index][0]
        deployed = self.analysis.word_set("territory_deployed")
        deploying = self.analysis.word_set("territory_deploying")
        previous = ""
        # انسحاب المرتزقة من …; who withdraws may be told at length (انسحاب الوحدات الخاصة
        # التابعة لشرطة الإقليم من …), but a من past على is another verb's (بعد الانسحاب الأول
        # يسيطر على نحو نصف مساحة …: the من of the share held)
        for t_start, t_end in spans[index : index + 9]:
            if has_break(self.text, position, t_start):
                return None
            word = self._word(t_start, t_end)
            if word == "علي":
                return None
            if word == "من":
                return t_start
            if word == "مما":  # انسحاب الجيش مما تسميه "الأراضي المحتلة": what one calls it
                named = self.analysis.words_in(t_end, min(limit, t_end + 40))[:2]
                if (
                    len(named) == 2
                    and self._word(*named[0]) in self.analysis.word_set("territory_naming")
                    and not has_break(self.text, t_end, named[1][0])
                ):
                    return named[1][0]
                if (  # انسحاب القوات مما تبقى من مقاطعة X: what remains of it
                    len(named) == 2
                    and self._word(*named[0]) in self.analysis.word_set("territory_remaining_verbs")
                    and self._word(*named[1]) in REMAINDER_OF
                    and not has_break(self.text, t_end, named[1][1])
                ):  # مما تبقى منها: of a territory told before, the pronoun names it
                    return named[1][1] if self._word(*named[1]) == "من" else named[1][0]
                return None
            if word == "في" and (previous in deployed or previous.lstrip("و") in deploying):
                # سحب جنودها المنتشرين في إقليم …، انسحاب الجنود الذين تقول إنهم ينتشرون في
                # …: where they are deployed
                return t_start
            if word == "الي":
                return self._line_after(t_end, limit)  # انسحاب القوات إلى الخطوط التي …
            previous = word
        return None

    def _named_as(self, spans: list[tuple[int, int]], index: int) -> int | None:
        """Where the name starts in "ما تصفه بـ X" at ``spans[index]``: ما, a verb of naming
        (``territory_naming``: تصفه، وصفها، يسميها …) and the name with ب joined to it or
        written apart (بـ"الهياكل الموازية"), or with no ب where the verb takes the name as
        its second object (ما تسميه "الوجود العسكري"، ما تعتبره أراضيها: سمّى، اعتبر، عدّ، رأى
        name without ب; ``territory_naming_with_ba``: وصف needs it); None when the words are
        no such naming."""
        if index + 2 >= len(spans) or self._word(*spans[index]) != "ما":
            return None
        verb = self._word(*spans[index + 1])
        if verb not in self.analysis.word_set("territory_naming"):
            return None
        name = index + 2
        if self._word(*spans[name]) == "ب" and name + 1 < len(spans):
            name += 1  # بـ"…": ب written apart, the name quoted
        elif not self._word(*spans[name]).startswith("ب") and (
            verb in self.analysis.word_set("territory_naming_with_ba")
            or self._word(*spans[name]) in self.prepositions
        ):
            return None
        if has_break(self.text, spans[index][0], spans[name][0]):
            return None
        return name

    def _remainder_of(self, spans: list[tuple[int, int]], index: int) -> int | None:
        """Where the noun starts after "ما تبقى من" at ``spans[index]`` (a verb of
        ``territory_remaining_verbs``: ما تبقى من مدينة X، ما بقي من القوات): what remains of
        it is the noun itself for a claim; None when the words are not so, or a break stands
        between."""
        if index + 3 >= len(spans) or self._word(*spans[index]) != "ما":
            return None
        if (
            self._word(*spans[index + 1]) not in self.analysis.word_set("territory_remaining_verbs")
            or self._word(*spans[index + 2]) != "من"
        ):
            return None
        if has_break(self.text, spans[index][0], spans[index + 3][0]):
            return None
        return index + 3

    def _names_territory(self, span: tuple[int, int]) -> bool:
        """Whether the name of a naming (ما تسميه X) is a territory: a territory noun or a
        named place, ب joined to it or not (بالأراضي المحتلة، "كشمير المحتلة"). Forces named
        so (ما تصفه بالميليشيات) are who withdraws, not what is left."""
        return self._is_noun(self._word(*span)) or self._place_at(span[0]) is not None

    def _line_after(self, position: int, limit: int) -> int | None:
        """Where a line withdrawn to starts after إلى (الخطوط التي كانت تتمركز فيها، ما وراء
        الخط الأزرق), or None: a withdrawal to anything else names no territory left."""
        spans = self.analysis.words_in(position, min(limit, position + 40))[:4]
        lines = self.analysis.word_set("territory_lines")
        index = 0
        if [self._word(*t) for t in spans[:2]] == ["ما", "وراء"]:
            index = 2
        if (
            index + 1 < len(spans)
            and bare(self._word(*spans[index])) in lines
            and not has_break(self.text, spans[index][1], spans[index + 1][0])
        ):
            return spans[index][0]  # a line said which (حدود عام 1991), not إلى الحدود
        return None

    def _counts_forces(self, start: int, end: int) -> bool:
        """Whether a word counts the forces of a withdrawal: a number, hedge or quantifier."""
        word = self._word(start, end)
        if word in self.share_words or word in self.quantifiers:
            return True
        return any(q_start <= start < q_end for q_start, q_end in self.number_ranges)
